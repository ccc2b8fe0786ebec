"""Set 2, batch 5: cancellations, substitutions, status questions (hand-written)."""
from set2_lib import (add, X, P, plain, tb, mutt, iphone, outlook, gmail,
                      apple, webmail, quote, conf_nl, conf_en, wait_nl, wait_en,
                      reminder_nl, robot_mid, TITLE)
import lib
from set2_lib import d, mid, nxt

# ---- cancellations ------------------------------------------------------------

add("cancel-nl-code-in-text", outlook(
    "Medewerker Tweeënveertig <m42@welzijnshuis-modelstad.example.nl>",
    "Afmelding leergang", "2010-04-27 09:30", """\
Geachte heer/mevrouw,

Door een reorganisatie kan ik helaas niet deelnemen aan de leergang. Hierbij meld ik mij af. Mijn referentiecode is A6PZR-4WKMT.

Met vriendelijke groet,
Medewerker Tweeënveertig
"""), X("cancellation with the code in own text", "cancel", "nl", code="A6PZR-4WKMT"))

add("cancel-en-code-in-text", gmail(
    "Attendee Thirty <attendee.thirty@example-refugee-help.example.org>",
    "Cancellation", "2010-05-04 17:00", """\
Hello,

I'm sorry, but I have to cancel my registration for the Almere course: I'm moving abroad in May. My code is U7HXD-5MBRK.

Best wishes,
Attendee Thirty
"""), X("English cancellation with the code in own text", "cancel", "en", code="U7HXD-5MBRK"))

add("cancel-nl-no-code", webmail(
    "Vrijwilliger Negentig <vrijwilliger90@woonbond-testkwartier.example.nl>",
    "afmelden", "2010-05-06 20:00", """\
Beste,

Ik meld me af voor de leergang, het past toch niet in mijn agenda. Sorry voor het ongemak.

Groet,
Vrijwilliger Negentig
""", agent="Horde Application Framework 3"), X("cancellation without a code", "cancel", "nl"))

add("cancel-en-no-code", outlook(
    "Delegate Forty <delegate40@sample-care.example.org>",
    "Please cancel my registration", "2010-05-07 08:15", """\
Dear Sir or Madam,

Please cancel my registration for the course. My manager has withdrawn the budget, unfortunately.

Kind regards,
Delegate Forty
""", lang="EN-GB"), X("English cancellation without a code", "cancel", "en"))

s, body = conf_nl("Deelneemster Zes", "E4RTW-9CJNQ", "GGD Voorbeeldland", "epidemioloog",
                  "d.zes@ggd-voorbeeldland.example.nl", phone="088-0011223",
                  ia="GGD Voorbeeldland, Postbus 1120, 1300 BC Almere", ir="FIN/2010/0321")
add("cancel-nl-code-only-in-quote", gmail(
    "Deelneemster Zes <d.zes@ggd-voorbeeldland.example.nl>", "Afmelden",
    "2010-05-10 10:00", """\
Beste,

Ik kan helaas toch niet meedoen, wilt u mij afmelden?

Groet,
Deelneemster Zes

Op 19 maart 2010 15:38 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "E4RTW-9CJNQ")),
    X("cancellation whose only code is in the quoted confirmation (subject replaced)",
      "cancel", "nl", code="E4RTW-9CJNQ"))

s, body = conf_en("Member Fiftytwo", "Y5KMB-2TQXD", "Example Food Bank Almere",
                  "operations manager", "member52@example-foodbank.example.org",
                  phone="036 521 00 52", diet="kosher",
                  ia="Example Food Bank Almere, Industrieweg 52, 1332 XX Almere")
add("cancel-en-outlook-quote-only", outlook(
    "Member Fiftytwo <member52@example-foodbank.example.org>", "Cancellation",
    "2010-05-11 13:30", """\
Hello,

Unfortunately I cannot come after all. Please cancel my place so someone on the waiting list can have it.

Regards,
Member Fiftytwo

From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: Tuesday, March 30, 2010 11:12 AM
To: Member Fiftytwo
Subject: """ + s + "\n\n" + body + "\n", lang="EN-GB",
    irt=robot_mid("confirmation", "Y5KMB-2TQXD")),
    X("Outlook reply with a new subject; the code is only in the quoted confirmation",
      "cancel", "en", code="Y5KMB-2TQXD"))

add("cancel-nl-manager-on-behalf-code", outlook(
    "Leidinggevende Vierhonderd <lg400@jeugdwerk-oost.example.nl>",
    "Afmelding Jongerenwerker Vierhonderdeen (code G9WQC-3MHZT)", "2010-05-12 16:00", """\
Goedemiddag,

Onze medewerker Jongerenwerker Vierhonderdeen is per 1 mei uit dienst. Wilt u hem afmelden voor de leergang? Zijn code is G9WQC-3MHZT.

Met vriendelijke groet,
Leidinggevende Vierhonderd
Jeugdwerk Oost
"""), X("a manager cancels for a former employee, with the employee's code",
        "cancel", "nl", code="G9WQC-3MHZT"))

add("cancel-nl-after-deadline-kosten", tb(
    "Docent Drieënveertig <docent43@scholengroep-proefpolder.example.nl>",
    "Afmelding Q5HYS-8MTVA", "2010-05-21 08:45", """\
Beste organisatie,

Helaas moet ik mij afmelden voor de leergang (code Q5HYS-8MTVA): ik ben aangenomen voor een functie buiten Almere. Ik begrijp dat de bijdrage na 18 mei verschuldigd blijft; onze administratie is op de hoogte.

Met vriendelijke groet,
Docent Drieënveertig
"""), X("cancellation after the free-cancellation date, the writer accepts the fee",
        "cancel", "nl", code="Q5HYS-8MTVA"))

s, body = wait_nl("Wachtende Een", "N4KX7-PW2QA", 3, "Stichting Proefwijk", "buurtwerker",
                  "wachtende1@stichting-proefwijk.example.nl")
add("cancel-nl-off-waitlist", outlook(
    "Wachtende Een <wachtende1@stichting-proefwijk.example.nl>", "RE: " + s,
    "2010-05-08 10:00", """\
afmelden

Ik heb inmiddels een andere cursus gevonden. Dank!

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 6 mei 2010 14:02
Aan: Wachtende Een
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("waitlist", "N4KX7-PW2QA")),
    X("off the waiting list with the word the robot asked for", "cancel", "nl",
      code="N4KX7-PW2QA"))

s, body = conf_nl("Opbouwwerker Zeventig", "M2CJV-6XRTP", "Stichting Proefwijk",
                  "opbouwwerker", "opbouw70@stichting-proefwijk.example.nl",
                  phone="06-70707070",
                  ia="Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")
add("cancel-nl-iphone-short-reply", iphone(
    "Opbouwwerker Zeventig <opbouw70@stichting-proefwijk.example.nl>", "Re: " + s,
    "2010-05-14 07:20", """\
Afmelden svp, kan helaas niet meer.

Verstuurd vanaf mijn iPhone

Op 15 mrt. 2010 om 09:46 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "M2CJV-6XRTP")),
    X("short iPhone cancellation; code in the subject and the quote", "cancel", "nl",
      code="M2CJV-6XRTP"))

add("cancel-nl-ziek-code", outlook(
    "Casemanager Drie <cm3@zorggroep-voorbeeldhaven.example.org>",
    "Afmelding leergang i.v.m. ziekte", "2010-05-17 11:00", """\
Beste,

Ik ben voor langere tijd ziek en meld mij daarom af voor de leergang. Mijn referentiecode: K8DFT-4NWVB. Misschien kan iemand van de wachtlijst mijn plaats krijgen.

Met vriendelijke groet,
Casemanager Drie
"""), X("cancellation because of illness, with the code", "cancel", "nl", code="K8DFT-4NWVB"))

add("cancel-en-html-only-code", outlook(
    "Worker Sixtythree <worker63@example-youthcare.example.org>", "Cancel - R2MWK-7HDQJ",
    "2010-05-13 15:45", "", lang="EN-GB", html_only=True,
    html="""<html><body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>Dear organiser,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>I will not be able to attend the course and hereby cancel my registration (reference <b>R2MWK-7HDQJ</b>).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal>Worker Sixtythree<o:p></o:p></p>
</div></body></html>
"""), X("HTML-only English cancellation with the code", "cancel", "en", code="R2MWK-7HDQJ"))

add("cancel-nl-base64-subject-code", plain(
    "Ouderenwerker Vier <ow4@welzijnshuis-modelstad.example.nl>",
    "Afmelding [C3QNW-8JTVK]", "2010-05-15 09:00", """\
Goedemorgen,

Wilt u mijn aanmelding intrekken? Ik ga per juni met pensioen.

Vriendelijke groet,
Ouderenwerker Vier
""", cte="base64", extra=[("X-Mailer", "Evolution 2.28.3")]),
    X("withdraws her registration, base64, code only in the subject", "cancel", "nl",
      code="C3QNW-8JTVK"))

add("cancel-nl-colleague-no-code", outlook(
    "Ouderenwerker Een <ow1@welzijnshuis-modelstad.example.nl>",
    "afmelding collega", "2010-05-16 14:00", """\
Hallo,

Mijn collega Ouderenwerker Vijf kan niet meer deelnemen aan de leergang. Wilt u haar afmelden? Zij is zelf met vakantie, daarom mail ik.

Groet,
Ouderenwerker Een
"""), X("cancels a colleague without any code", "cancel", "nl"))

s, body = reminder_nl("Gebiedsmanager Zes", "H5XBT-2KQMW", 1, "dinsdag 1 juni 2010",
                      "Ambities van bewoners")
add("cancel-nl-reply-reminder-after-deadline", outlook(
    "Gebiedsmanager Zes <gm.zes@almere.nl>", "RE: " + s, "2010-05-26 08:30", """\
Afmelden graag, ik moet helaas naar een spoedoverleg met de wethouder op alle dagen in juni en heb besloten de leergang te laten schieten.

Gebiedsmanager Zes

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 25 mei 2010 10:00
Aan: Gebiedsmanager Zes
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("reminder", "H5XBT-2KQMW")),
    X("cancellation in a reply to the reminder after the closing date", "cancel", "nl",
      code="H5XBT-2KQMW"))

# ---- not cancellations: negations, conditions, questions --------------------

add("status-en-please-do-not-cancel", gmail(
    "Researcher Sixtyfour <r64@example-university.example.edu>",
    "Please do NOT cancel my registration (N8QHT-3ZCWB)", "2010-05-19 09:10", """\
Hello,

A colleague told me that registrations without payment would be cancelled. Please do not cancel my registration: the university will pay the invoice this month. Could you tell me whether my seat is still confirmed? My code is N8QHT-3ZCWB.

Thanks,
Researcher Sixtyfour
"""), X("'please do not cancel' and asks whether the seat stands: a status request",
        "status", "en", code="N8QHT-3ZCWB"))

s, body = conf_nl("Coach Zevenenvijftig", "V8GLN-5RXJD", "Stichting Proefwijk", "wijkcoach",
                  "coach57@stichting-proefwijk.example.nl", phone="036-5401150",
                  ia="Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")
add("human-nl-niet-afmelden-wel-komen", outlook(
    "Coach Zevenenvijftig <coach57@stichting-proefwijk.example.nl>", "RE: " + s,
    "2010-05-20 09:00", """\
Beste,

Ik wil mij niet afmelden, hoor! Mijn collega dacht dat ik me had afgemeld omdat ik op 2 november niet kan, maar ik kom de andere dagen gewoon. Dit ter bevestiging.

Met vriendelijke groet,
Coach Zevenenvijftig

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 1 april 2010 9:41
Aan: Coach Zevenenvijftig
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("confirmation", "V8GLN-5RXJD")),
    X("a negated cancellation: she stays, nothing to change", "human", "nl",
      code="V8GLN-5RXJD"))

s, body = conf_nl("Hulpverlener Twee", "W9JCP-3TDHX", "Maatschappelijk Werk Proefstad",
                  "maatschappelijk werker", "hv.twee@maatschappelijkwerk-proefstad.example.nl",
                  diet="vegetarisch",
                  ia="Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere",
                  ir="MWP-OPL-110")
add("q-nl-stel-dat-ziek-reply-confirmation", gmail(
    "Hulpverlener Twee <hv.twee@maatschappelijkwerk-proefstad.example.nl>", "Re: " + s,
    "2010-04-02 09:00", """\
Beste,

Dank voor de bevestiging. Stel dat ik ziek word vlak voor een van de dagen, kan ik dan kosteloos afmelden, of kan een collega die dag overnemen?

Groet,
Hulpverlener Twee

Op 1 april 2010 11:12 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "W9JCP-3TDHX")),
    X("'stel dat ik ziek word': a question about cancelling, not a cancellation",
      "question", "nl", code="W9JCP-3TDHX", q="yes"))

add("q-en-if-i-cancel-now-charged", outlook(
    "Worker Sixtyone <worker61@example-youthcare.example.org>",
    "Question about cancelling (ref. D4MQX-9WBRT)", "2010-05-20 16:00", """\
Dear organiser,

If I cancel now, will my organisation still be charged the full fee? I may have to attend a court hearing on 1 June, but I'm not sure yet. In case I can't come, could a colleague take over day 1 only?

Reference: D4MQX-9WBRT

Kind regards,
Worker Sixtyone
""", lang="EN-GB"), X("conditional question about cancelling after the free date; nothing to cancel",
                     "question", "en", code="D4MQX-9WBRT", q="yes"))

add("q-nl-hoef-niet-af-te-melden-dag3", tb(
    "Docent Eenenveertig <docent41@scholengroep-proefpolder.example.nl>",
    "Dag 3 - Q2WDX-7KJNA", "2010-05-18 20:10", """\
Beste,

Ik hoef me toch niet af te melden als ik alleen 2 november mis? Ik kom alle andere dagen wel. Code: Q2WDX-7KJNA.

Groet,
Docent Eenenveertig
"""), X("asks whether missing one day requires cancelling: a question", "question", "nl",
        code="Q2WDX-7KJNA", q="yes"))

# ---- substitutions -----------------------------------------------------------

add("subst-nl-code-in-text", outlook(
    "Adviseur Vijfenveertig <a.vijfenveertig@corporatie-voorbeeldhuis.example.nl>",
    "Vervanging leergang, code F6NTR-2HWKZ", "2010-05-03 10:00", """\
Beste organisatie,

Door een nieuwe functie kan ik niet meer deelnemen. Mijn collega Adviseur Zesenveertig neemt mijn plaats in (referentiecode F6NTR-2HWKZ).

Haar gegevens:
Naam: Adviseur Zesenveertig
Functie: adviseur leefbaarheid
E-mail: a.zesenveertig@corporatie-voorbeeldhuis.example.nl
Telefoon: 036-5406046

Met vriendelijke groet,
Adviseur Vijfenveertig
Corporatie Voorbeeldhuis
"""), X("substitution with the code in own text; person 1 is the colleague",
        "substitute", "nl", code="F6NTR-2HWKZ", people=1, persons=[P(
            "Adviseur Zesenveertig", "a.zesenveertig@corporatie-voorbeeldhuis.example.nl",
            None, "adviseur leefbaarheid", "036-5406046")]))

s, body = reminder_nl("Teamleider Zesenzestig", "D9SRB-7HCVW", 1, "dinsdag 1 juni 2010",
                      "Ambities van bewoners")
add("subst-nl-reply-reminder-vervanging-quote-only", gmail(
    "Teamleider Zesenzestig <tl66@jeugdwerk-oost.example.nl>", "vervanging", "2010-05-25 12:00", """\
vervanging: mijn collega Jongerenwerker Zevenenzestig (jw67@jeugdwerk-oost.example.nl) gaat in mijn plaats, ik ben overgeplaatst.

Op 25 mei 2010 10:00 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(body) + "\n", irt=robot_mid("reminder", "D9SRB-7HCVW")),
    X("substitution in reply to a reminder; the code is only in the quote",
      "substitute", "nl", code="D9SRB-7HCVW", people=1, persons=[P(
          "Jongerenwerker Zevenenzestig", "jw67@jeugdwerk-oost.example.nl")]))

add("subst-nl-no-code", webmail(
    "Manager Eenenvijftig <manager51@kunstcentrum-testlaan.example.nl>",
    "collega gaat in mijn plaats", "2010-05-05 13:00", """\
Beste,

Ik kan helaas niet. Mijn collega Educatiemedewerker Tweeënvijftig (ed52@kunstcentrum-testlaan.example.nl, educatief medewerker) gaat in mijn plaats. Mijn code kan ik niet meer vinden.

Groet,
Manager Eenenvijftig
""", agent="SquirrelMail/1.4.19"), X("substitution without a code", "substitute", "nl",
                                   people=1, persons=[P(
                                       "Educatiemedewerker Tweeënvijftig",
                                       "ed52@kunstcentrum-testlaan.example.nl", None,
                                       "educatief medewerker")]))

add("subst-nl-manager-swaps", outlook(
    "Regiomanager Zestig <rm60@zorggroep-voorbeeldhaven.example.org>",
    "Wijziging deelnemer Zorggroep Voorbeeldhaven", "2010-05-07 09:00", """\
Goedemorgen,

In plaats van Wijkverpleegkundige Twee (code B7RKW-4PMZD) komt Wijkverpleegkundige Drie, wv3@zorggroep-voorbeeldhaven.example.org, ook wijkverpleegkundige. Factuur blijft hetzelfde.

Met vriendelijke groet,
Regiomanager Zestig
"""), X("a manager swaps one participant for another, with the code of the one leaving",
        "substitute", "nl", code="B7RKW-4PMZD", people=1, persons=[P(
            "Wijkverpleegkundige Drie", "wv3@zorggroep-voorbeeldhaven.example.org", None,
            "wijkverpleegkundige")]))

add("subst-en-full-details-subject-code", apple(
    "Partner Eightyeight <partner88@example-foodbank.example.org>",
    "Substitute for X6TBN-3QRWM", "2010-05-10 14:30", """\
Hello,

I cannot attend after all. My colleague will take my seat:

Name: Volunteer Eightyseven
Organisation: Example Food Bank Almere
Function: volunteer coordinator
E-mail: vol87@example-foodbank.example.org
Phone: 06 8787 8787
Diet: vegetarian

Same invoice address as for me.

Best,
Partner Eightyeight
"""), X("substitution with full details of the colleague; code in the subject; invoice 'same as for me' is not stated in the mail",
        "substitute", "en", code="X6TBN-3QRWM", people=1, persons=[P(
            "Volunteer Eightyseven", "vol87@example-foodbank.example.org",
            "Example Food Bank Almere", "volunteer coordinator", "06 8787 8787",
            "vegetarian")]))

# ---- status ---------------------------------------------------------------------

add("status-nl-after-deadline-code", outlook(
    "Beleidsmaker Vijf <beleidsmaker.vijf@almere.nl>", "Status aanmelding T8VJD-B6QLE",
    "2010-05-28 09:00", """\
Hoi,

Ik hoorde dat de aanmelding gesloten is. Ben ik nu definitief aangemeld? Mijn code is T8VJD-B6QLE; mijn eerste bevestiging kwam niet aan.

Groet,
Beleidsmaker Vijf
"""), X("status request after the closing date, with the code", "status", "nl",
        code="T8VJD-B6QLE"))

add("status-en-code-in-text", gmail(
    "Partner Eightynine <partner89@example-debthelp.example.org>",
    "Am I registered?", "2010-04-07 10:00", """\
Hello,

I got an automatic reply about my holiday being sent to you, sorry! Just to check: is my registration confirmed? Code L9BWT-5QXMD.

Thanks,
Partner Eightynine
"""), X("English status request with the code", "status", "en", code="L9BWT-5QXMD"))

add("status-nl-waitlist-positie", tb(
    "Laatkomer Vijfenveertig <laat45@stichting-proefwijk.example.nl>",
    "Wachtlijst P7ZKA-4NDRX", "2010-05-24 12:00", """\
Beste,

Op welke plaats van de wachtlijst sta ik nu? Code P7ZKA-4NDRX.

Groet,
Laatkomer Vijfenveertig
"""), X("asks her waiting-list position with the code", "status", "nl", code="P7ZKA-4NDRX"))

add("status-nl-code-subject-only", plain(
    "Bestuurder Drieënzestig <bestuurder63@vluchtelingenwerk-voorbeeld.example.org>",
    "Stand van zaken [S9HRX-6WMKC]", "2010-05-03 11:00", """\
Hoe staat het met mijn aanmelding?
""", extra=[("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726")]),
    X("one-line status request, the code only in the subject", "status", "nl",
      code="S9HRX-6WMKC"))

add("status-en-no-code", outlook(
    "Controller Fiftyfive <controller55@example-sheltered.example.org>",
    "Registration status?", "2010-05-26 10:30", """\
Dear Sir/Madam,

I registered in April but I have deleted the confirmation by accident. Could you tell me whether I am still registered?

Kind regards,
Controller Fiftyfive
""", lang="EN-GB"), X("status request after the closing date without a code", "status", "en"))

s, body = conf_nl("Gebiedsmanager Vijf", "Z6PCW-8KNRH", "Gemeente Almere", "gebiedsmanager",
                  "gm.vijf@almere.nl", free=True)
add("status-nl-reply-confirmation-after-closing", iphone(
    "Gebiedsmanager Vijf <gm.vijf@almere.nl>", "Re: " + s, "2010-05-29 18:00", """\
Staat mijn aanmelding nog? Iemand zei dat de inschrijving dicht is en dat niet-betaalde plekken vervallen.

Verstuurd vanaf mijn iPhone

Op 30 mrt. 2010 om 14:26 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "Z6PCW-8KNRH")),
    X("confirmed participant asks after the closing date whether the seat stands",
      "status", "nl", code="Z6PCW-8KNRH"))
