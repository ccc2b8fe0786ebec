"""dev2, batch 4: how to register and the programme (076-085), status
questions (086-093), cancellations (094-097) and substitutions (098-100).

Labels typed by hand.
"""
from dev2_lib import (add, X, P, outlook, outlook2010, outlook365, owa,
                      outlook_quote_nl, gmail, gmail_fwd, claws, android, oe,
                      apple, webmail, sogo, ios, iphone, fastmail, tb,
                      tb_reply_en, evolution, hotmail_html, conf_en, wait_nl,
                      quote)

ROBOT_LINE = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# ---- help -------------------------------------------------------------

# 076
add("outlook2010-nl-how-to-register-signature", outlook2010(
    '"Wijkganger Eenennegentig" <w.eenennegentig@taalproef.example.org>',
    "Hoe aanmelden?", "2010-03-02 09:10",
    """Goedemorgen,

Ik heb de brochure van deSTADSWIJKstudies op locatie Almere gelezen en wil mij graag aanmelden. Hoe gaat dat precies? Is er een aanmeldformulier dat ik moet invullen, of kan ik gewoon mailen?

Met vriendelijke groet,

Wijkganger Eenennegentig
Taalcoach-coördinator
Stichting Taalproef
Meerstraat 5, 1357 AB Almere
T 036 555 72 91
"""),
    X("asks how registering works (form or mail) before doing it; the robot's how-to answers it",
      "help", "nl"))

# 077
add("outlook-en-programme-and-how-to-sign-up", outlook(
    "Lookout NinetyTwo <l.ninetytwo@volunteerhub.example.org>",
    "Programme and registration", "2010-03-08 13:20",
    """Hello,

Could you send me the full programme of the course, and tell me how to sign up? I was forwarded the invitation but the attachment was missing.

Thanks,

Lookout NinetyTwo
Volunteer Support Officer
Example Volunteer Hub
T: +31 36 555 9292
E: l.ninetytwo@volunteerhub.example.org
A: Wisselweg 33, 1314 CB Almere
""", lang="EN"),
    X("asks for the programme and how to sign up; T:/E:/A: signature",
      "help", "en"))

# 078
add("claws-nl-programme-before-registering", claws(
    "Stadsganger Vierennegentig <s.vierennegentig@warmloop.example.nl>",
    "programma leergang", "2010-03-15 11:35",
    """Beste,

Graag ontvang ik het programma van de vier dagen, met de tijden en de sprekers. Ik wil het voorleggen aan mijn leidinggevende voordat ik mij inschrijf.

Met vriendelijke groet,

Stadsganger Vierennegentig
Beleidsmedewerker sport en bewegen
Sportbedrijf Warmloop
Adres: Sportweg 4, 1324 AA Almere
Tel: 036 555 27 94
"""),
    X("asks for the programme before registering",
      "help", "nl"))

# 079
add("o365-nl-which-details-for-four", outlook365(
    '"Deelgenoot Vijfennegentig" <d.vijfennegentig@kantlijn.example.nl>',
    "Welke gegevens voor inschrijving?", "2010-03-19 14:00",
    """Goedemiddag,

Ik wil vier collega's inschrijven voor de leergang. Welke gegevens hebben jullie per deelnemer nodig, en kan dat in één mail?

Met vriendelijke groet,

Deelgenoot Vijfennegentig
Managementassistent
Jeugdzorg Kantlijn
T: 036 555 47 95
E: d.vijfennegentig@kantlijn.example.nl
"""),
    X("which details are needed per participant and whether one mail will do: how to register",
      "help", "nl"))

# 080
add("gmail-en-where-is-the-form", gmail(
    "Ranger NinetySix <ranger96@mwn.example.net>",
    "registration - is there a form?", "2010-03-25 10:50",
    """Hi there,

The brochure says to contact the municipality for registration, and someone gave me this address. Is there an online form somewhere? I'd like to know what I need to send to register.

Thanks,
Ranger NinetySix
Community Health Worker
Example Migrant Women Network
06 5559 6096
"""),
    X("asks where the form is and what to send to register",
      "help", "en"))

# 081
add("gmail-nl-forwarded-tip-how-to-register", gmail(
    "Dagloper Zevenennegentig <dagloper97@oefenlokaal.example.nl>",
    "Fwd: Leergang deSTADSWIJKstudies Almere", "2010-04-01 15:30",
    """Goedemiddag,

Deze mail kreeg ik van een collega doorgestuurd. Hoe meld ik mij hiervoor aan, en tot wanneer kan dat?

Groet,
Dagloper Zevenennegentig
docent Maatschappelijke Zorg, ROC Oefenlokaal
036 555 63 97

""" + gmail_fwd("Stuurman Dertig <s.dertig@oefenlokaal.example.nl>",
                "Wed, Mar 31, 2010 at 4:02 PM",
                "Leergang deSTADSWIJKstudies Almere",
                "Dagloper Zevenennegentig <dagloper97@oefenlokaal.example.nl>",
                """Hoi, is dit niet iets voor jou? Vier dagen over de sociale ontwikkeling van Almere, 1 juni t/m 23 november, in de Nieuwe Bibliotheek. Kosten 1000 euro, die kunnen uit het teambudget. Zelf meld ik mij ook aan.

Groet, S.
""")),
    X("forwards a colleague's tip and asks how and until when to register; the colleague's 'zelf meld ik mij ook aan' is not addressed to the robot",
      "help", "nl"))

# 082
add("android-nl-where-and-what-time", android(
    "Polderling Achtennegentig <polderling98@kladschrift.example.org>",
    "locatie en tijden leergang", "2010-04-08 08:15",
    """Goedemorgen,

Waar is de leergang precies, en hoe laat beginnen en eindigen de dagen? Dan kan ik kijken of ik het met de kinderopvang rond krijg voordat ik mij aanmeld.

Groet,
Polderling Achtennegentig
Maatschappelijk begeleider
Vluchtelingenhulp Kladschrift
06 5554 9898
"""),
    X("venue and times, before registering: the programme answers it",
      "help", "nl"))

# 083
add("oe-nl-information-registration-and-cost", oe(
    "Meekijker Negenennegentig <meekijker99@voorzet.example.nl>",
    "informatie", "2010-04-14 20:20",
    """Goedenavond,

Graag ontvang ik informatie over de inschrijving voor de leergang en de kosten.

Met vriendelijke groet,
Meekijker Negenennegentig
Stichting Wijkpost Voorzet
Spoordreef 3
1315 GN Almere
036 555 77 99
"""),
    X("asks for information on registering and the fee, with an address block under the name",
      "help", "nl"))

# 084
add("apple-en-course-dates-before-signing-up", apple(
    "Voyager Hundred <voyager100@regionalcare.example.net>",
    "Course dates?", "2010-04-20 11:45",
    """Hello,

Which dates are the four course days, and where exactly is it held? I'd like to block them in my calendar before I sign up.

Kind regards,

Voyager Hundred
Senior Adviser Community Care
Example Regional Care Partners
T +31 320 555 100
"""),
    X("dates and venue before signing up: the programme",
      "help", "en"))

# 085
add("webmail-nl-resend-instructions", webmail(
    "Kartrekker Honderdeen <kartrekker101@leesproef.example.org>",
    "aanmeldinstructies opnieuw", "2010-05-03 13:05",
    """Hallo,

Mijn collega had een mail van jullie met uitleg hoe je je voor de leergang aanmeldt, maar die is zij kwijt. Kunt u die uitleg nog een keer sturen? Dan regel ik de inschrijving voor ons team.

Met vriendelijke groet,
Kartrekker Honderdeen
Medewerker bedrijfsbureau
Bibliotheek Leesproef
T 036 555 80 01
""", agent="Horde Application Framework 3"),
    X("asks for the how-to again; the team's registration is still to come",
      "help", "nl"))

# ---- status -------------------------------------------------------------

# 086
add("sogo-nl-no-confirmation-received", sogo(
    "Tochtgenoot Achtenveertig <tochtgenoot48@kladschrift.example.org>",
    "geen bevestiging ontvangen", "2010-05-26 09:05",
    """Goedemorgen,

Vorige week woensdag heb ik mij aangemeld voor de leergang, maar ik heb nog geen bevestiging ontvangen (ook niet in mijn spamfolder). Ben ik wel ingeschreven?

Groet,
Tochtgenoot Achtenveertig
Vluchtelingenhulp Kladschrift
06 5554 4848
"""),
    X("registered last week, no confirmation: asks whether she is registered, no code",
      "status", "nl"))

# 087
add("outlook2010-nl-check-registration-code-in-text", outlook2010(
    '"Voorloper Eenendertig" <v.eenendertig@warmloop.example.nl>',
    "registratie controleren", "2010-05-18 09:00",
    """Beste organisatie,

Kunt u voor mij nagaan of mijn registratie voor de leergang nog in orde is? Mijn referentiecode is Z4TN6-XQ8DB. Ik vraag het omdat onze mailserver vorige week storing had.

Met vriendelijke groet,
Voorloper Eenendertig
Buurtsportcoach | Sportbedrijf Warmloop
036 555 27 81
"""),
    X("asks whether his registration is in order, code in the text",
      "status", "nl", code="Z4TN6-XQ8DB"))

# 088
add("ios-en-am-i-registered-by-manager", ios(
    "Trainee TwentyThree <t.twentythree@youthmentors.example.org>",
    "Am I registered?", "2010-04-26 18:10",
    """Hi, my manager registered me and three colleagues for the Almere course about a week ago. Could you tell me whether I'm on the list? I haven't seen anything yet.
Trainee TwentyThree
Youth worker, Example Youth Mentors Almere

Sent from my iPhone"""),
    X("registered by his manager, asks whether he is on the list; no code",
      "status", "en"))

# 089
add("iphone-nl-status-code-in-subject-only", iphone(
    "Dijkganger Zestien <dijkganger16@voorzet.example.nl>",
    "Status aanmelding K5QM9-VD3TW", "2010-05-20 12:30",
    """Sta ik ingeschreven voor alle vier de dagen?

Verstuurd vanaf mijn iPhone"""),
    X("one line asking whether he is registered; the code typed in the subject",
      "status", "nl", code="K5QM9-VD3TW"))

# 090
_s46, _b46 = wait_nl("Stadsganger Zesenveertig", "E2WQ8-MT6VD", 4,
                     "Zorggroep Tussenstand", "cliëntadviseur",
                     "s.zesenveertig@tussenstand.example.org",
                     phone="036 555 60 46",
                     ia="Zorggroep Tussenstand, Financiële administratie, Havenweg 40, 1311 HJ Almere",
                     ir="ordernummer ZT-10-0077")
add("outlook2010-nl-waitlist-position-code-in-quote", outlook2010(
    '"Stadsganger Zesenveertig" <s.zesenveertig@tussenstand.example.org>',
    "RE: " + _s46, "2010-05-25 08:50",
    """Goedemorgen,

Ik stond vorige week op plaats 4 van de wachtlijst. Op welke plaats sta ik nu?

Met vriendelijke groet,
Stadsganger Zesenveertig
Cliëntadviseur, Zorggroep Tussenstand
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "maandag 17 mei 2010 11:21",
                       "s.zesenveertig@tussenstand.example.org", _s46, _b46)),
    X("her place on the waiting list now, in reply to the notice; code in subject and quote",
      "status", "nl", code="E2WQ8-MT6VD"))

# 091
add("owa-nl-contact-asks-after-her-three", owa(
    '"Stadsganger Zes" <s.zes@tussenstand.example.org>',
    "Stand van zaken aanmeldingen Zorggroep Tussenstand", "2010-04-07 10:15",
    """Goedemorgen,

Op 25 maart heb ik drie deelnemers van Zorggroep Tussenstand aangemeld: mijzelf, Meekijker Zeven en Kartrekker Acht. Ik heb zelf een bevestiging gekregen, maar mijn collega's zeggen dat zij niets hebben ontvangen. Staan zij wel ingeschreven?

Met vriendelijke groet,
Stadsganger Zes
Teamleider Wijkzorg
Zorggroep Tussenstand
"""),
    X("the contact person asks after the colleagues she registered herself; no code",
      "status", "nl"))

# 092
_s, _b = conf_en("Keeper ThirtyThree", "P9KW2-HD6MV", "Sample Debt Advice Almere",
                 "volunteer coordinator", "keeper33@debtadvice.example.com",
                 phone="036 555 9024", diet="halal",
                 ia="Sample Debt Advice Almere, Hospitaalweg 7, 1315 RA Almere",
                 ir="order number SDA-2010-14")
add("fastmail-en-deleted-invite-still-registered", fastmail(
    "Keeper ThirtyThree <keeper33@debtadvice.example.com>",
    "Re: " + _s, "2010-05-12 09:25",
    """Hello,

I accidentally deleted the calendar invitation that came with this mail and my calendar now shows the course days as cancelled. Am I still registered for all four days?

Thanks,
Keeper ThirtyThree

On Mon, 3 May 2010, at 09:49, deSTADSWIJKstudies Almere wrote:
""" + quote(_b)),
    X("in reply to her confirmation: deleted the calendar item, is she still registered; code in subject and quote; not a cancellation",
      "status", "en", code="P9KW2-HD6MV"))

# 093
add("o365-en-status-code-in-text", outlook365(
    "Ranger TwentyTwo <r.twentytwo@youthmentors.example.org>",
    "Status of my registration", "2010-04-28 14:40",
    """Dear secretariat,

Could you tell me the status of my registration (reference 4DV8R-HM5QZ)? My colleagues received different mails and I'm not sure whether I'm on the waiting list or have a seat.

Kind regards,
Ranger TwentyTwo
Mentor Coordinator
Example Youth Mentors Almere
""", lang="EN"),
    X("seat or waiting list, code in the text",
      "status", "en", code="4DV8R-HM5QZ"))

# ---- cancellations ------------------------------------------------------

# 094
add("evolution-nl-withdraw-registration-code", evolution(
    "Stuurman Dertig <s.dertig@oefenlokaal.example.nl>",
    "Intrekken registratie leergang", "2010-05-14 10:10",
    """Beste organisatie,

Helaas moet ik mijn registratie voor de leergang intrekken: ik word per 1 juni gedetacheerd bij een ander ROC buiten de regio. Mijn code is M2HV9-FK5RT. Ik meld mij hiermee af vóór 18 mei, dus ik ga ervan uit dat er geen kosten zijn.

Met vriendelijke groet,
Stuurman Dertig
teamleider Zorg en Welzijn, ROC Oefenlokaal
"""),
    X("withdraws his registration with his code, before 18 May",
      "cancel", "nl", code="M2HV9-FK5RT"))

# 095
_s, _b = conf_en("Caller Seventeen", "T6BX2-RW8NJ",
                 "Sample Institute for Urban Studies",
                 "lecturer in urban sociology",
                 "caller.seventeen@urbanstudies.example.edu",
                 phone="+31 20 555 4412", diet="lactose-free",
                 ia="Sample Institute for Urban Studies, Financial Services, Campuslaan 1, 1098 XH Amsterdam",
                 ir="SIUS-RES-0420")
add("tb-en-cancel-code-only-in-quote", tb(
    "Caller Seventeen <caller.seventeen@urbanstudies.example.edu>",
    "Cancellation", "2010-05-10 16:20",
    """Dear secretariat,

Unfortunately I have to cancel my registration: my teaching schedule for the autumn has changed and I cannot attend on the Tuesdays. My apologies.

Best wishes,
Caller Seventeen
""" + tb_reply_en("14/04/2010 15:32", ROBOT_LINE, _b),
    irt="<regbot.confirmation.caller17@example.org>"),
    X("cancels under a new subject; the code only in the quoted confirmation",
      "cancel", "en", code="T6BX2-RW8NJ"))

# 096
add("hotmail-nl-cancel-no-code-new-job", hotmail_html(
    "Polderling Vijftien <polderling15@live.example.com>",
    "afmelding leergang", "2010-05-16 21:05",
    """<html>
<head>
<style><!--
.hmmessage P
{
margin:0px;
padding:0px
}
body.hmmessage
{
font-size: 10pt;
font-family:Verdana
}
--></style>
</head>
<body class='hmmessage'>
Beste organisatie,<br><br>Mijn aanmelding voor de leergang kan vervallen; ik heb een nieuwe baan buiten Almere en ga daar al op 1 juni beginnen. Mijn code heb ik helaas niet meer, de bevestiging staat in mijn werkmail waar ik geen toegang meer toe heb.<br><br>Groet,<br>Polderling Vijftien<br> 		 	   		  </body>
</html>
"""),
    X("'mijn aanmelding kan vervallen' without a code, from the private address she registered from",
      "cancel", "nl"))

# 097
add("outlook2010-nl-off-waiting-list-afmelden", outlook2010(
    '"Stadsganger Zesenveertig" <s.zesenveertig@tussenstand.example.org>',
    "RE: " + _s46, "2010-05-28 14:02",
    """Afmelden graag; ik heb inmiddels een andere cursus gevonden.

Stadsganger Zesenveertig
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "maandag 17 mei 2010 11:21",
                       "s.zesenveertig@tussenstand.example.org", _s46, _b46)),
    X("'afmelden' in reply to her waiting-list notice: off the list; code in subject and quote",
      "cancel", "nl", code="E2WQ8-MT6VD"))

# ---- substitutions ------------------------------------------------------

# 098
add("owa-nl-substitute-code-in-text", owa(
    '"Meekijker Zeven" <m.zeven@tussenstand.example.org>',
    "Vervanging leergang", "2010-05-20 15:00",
    """Beste organisatie,

Door een langdurige invalbeurt op een andere locatie kan ik de leergang niet volgen. Mijn collega Dijkganger Honderdtwee neemt mijn plaats in. Zij is ook wijkverpleegkundige bij Zorggroep Tussenstand; haar e-mailadres is d.honderdtwee@tussenstand.example.org en haar telefoonnummer 036 555 61 02.

Mijn referentiecode is Q8DW5-M3TFA.

Met vriendelijke groet,
Meekijker Zeven
"""),
    X("a colleague takes her seat, with code; person 1 is the colleague",
      "substitute", "nl", code="Q8DW5-M3TFA", people=1, persons=[P(
          name="Dijkganger Honderdtwee",
          email="d.honderdtwee@tussenstand.example.org",
          organisation="Zorggroep Tussenstand", role="wijkverpleegkundige",
          phone="036 555 61 02")]))

# 099
add("o365-en-substitute-no-code", outlook365(
    "Voyager Twelve <v.twelve@carecollective.example.org>",
    "Colleague instead of me", "2010-05-11 10:30",
    """Hello,

I won't be able to attend the course after all, as I'm moving to another team. My colleague Herald HundredThree (h.hundredthree@carecollective.example.org) will take my place. She is a peer support worker as well. I don't have my reference code at hand, sorry - I registered through our HR office in April.

Kind regards,
Voyager Twelve
""", lang="EN"),
    X("a colleague takes her place, no code; the mail names no organisation for the colleague",
      "substitute", "en", people=1, persons=[P(
          name="Herald HundredThree",
          email="h.hundredthree@carecollective.example.org",
          role="peer support worker")]))

# 100
add("o365-nl-substitute-municipal-code-in-subject", outlook365(
    '"Stadsganger Zesendertig" <s.zesendertig@almere.nl>',
    "Vervanging A6RM8-ZT3QK", "2010-05-21 09:40",
    """Hoi,

Ik kan niet meer deelnemen; in mijn plaats gaat mijn collega Verbinder Honderdvier (v.honderdvier@almere.nl), beleidsadviseur jeugd bij DMO.

Groet,
Stadsganger Zesendertig
Gemeente Almere
"""),
    X("a municipal colleague takes his seat; code in the subject; DMO is a department, the organisation is Gemeente Almere",
      "substitute", "nl", code="A6RM8-ZT3QK", people=1, persons=[P(
          name="Verbinder Honderdvier", email="v.honderdvier@almere.nl",
          organisation="Gemeente Almere", role="beleidsadviseur jeugd")]))
