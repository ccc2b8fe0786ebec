"""Set 5, batch 5: cancellations, substitutions and status requests,
typed by hand."""
from set5_lib import (add, X, P, plain, tb, mutt, iphone, outlook, outlook2010,
                      gmail, apple, webmail, macoutlook, pegasus, opera, thebat,
                      seamonkey, zarafa, sylpheed, postbox, notes, groupwise,
                      oe, evolution, android, blackberry, claws, yahoo,
                      hotmail_html, quote, conf_nl, conf_en, wait_nl, wait_en,
                      reminder_nl, outlook_quote_nl, outlook_quote_en)

# ---- cancellations -------------------------------------------------------

add("cancel-code-own-text", outlook2010(
    "Aanschuiver Vijf <a.vijf@bestek.example.nl>",
    "Afmelding leergang", "2010-04-12 09:05",
    """Goedemorgen,

Door een wisseling van functie kan ik helaas niet deelnemen aan de leergang. Ik meld mij hierbij af. Mijn referentiecode is M2WXE-7HTCN.

Met vriendelijke groet,
Aanschuiver Vijf
Woningstichting Bestek"""),
    X("cancellation with the code in her own text", "cancel", "nl", code="M2WXE-7HTCN"))

add("cancel-code-subject-only-en", macoutlook(
    "Peer TwentyOne <peer21@housingpartners.example.com>",
    "Cancel [N6BFZ-2KDYR]", "2010-04-20 17:20",
    """Hi,

Unfortunately I have to withdraw from the course - our team has been reorganised and I can't free the days. Sorry!

Peer"""),
    X("English cancellation, the code only in the subject", "cancel", "en", code="N6BFZ-2KDYR"))

s, b = conf_nl("Kennismaker Zes", "R5JYB-K9PQS", "Buurtteam Rasterwijk",
               "maatschappelijk werker", "k.zes@rasterwijk.example.org",
               phone="036 541 30 30", diet="vegetarisch", ir="BT-0310")
add("cancel-code-in-quote-mutt", mutt(
    "Kennismaker Zes <k.zes@rasterwijk.example.org>",
    "Re: Uw aanmelding", "2010-04-02 10:40",
    """Hallo,

Ik moet helaas afzeggen, ik ga per 1 mei ergens anders werken. Wil je mij
van de lijst halen?

Groet,
Kennismaker

On Tue, Mar 09, 2010 at 04:52:11PM +0100, deSTADSWIJKstudies Almere wrote:
""" + quote(b)),
    X("cancellation; the code only in the quoted confirmation (subject changed by the writer)", "cancel", "nl", code="R5JYB-K9PQS"))

add("cancel-colleague-no-code", groupwise(
    "Secretariaat Jeugdhulp Prototype <secretariaat@prototype.example.nl>",
    "afmelding Buurtgenoot Negen", "2010-03-30 11:00",
    """Goedemorgen,

Ik heb op 12 maart mijn collega Buurtgenoot Negen aangemeld. Hij heeft een
andere baan gevonden en komt dus niet. Wilt u hem afmelden? Een code heeft
hij nooit ontvangen, zijn postbus was geblokkeerd.

Vriendelijke groet,
Ondersteuner Tien
secretariaat Jeugdhulp Prototype"""),
    X("a secretary cancels a colleague without code", "cancel", "nl"))

add("cancel-director-by-pa-en", outlook(
    "Assistant Eleven <assistant11@carecoop.example.com>",
    "Cancellation - Director Twelve (Z6HMN-4BRTE)", "2010-05-03 10:10", lang="EN", body=
    """Dear Sir/Madam,

Due to a board commitment, Ms Director Twelve is no longer able to attend the course. Please cancel her registration (reference Z6HMN-4BRTE).

Kind regards,

Assistant Eleven
Executive Assistant to the Board
Example Care Cooperative"""),
    X("a PA cancels for her director with the code", "cancel", "en", code="Z6HMN-4BRTE"))

add("cancel-after-free-date-fee-question", oe(
    "Inwoner Dertien <inwoner13@modelkust.example.org>",
    "Afmelding C9YWK-P3LAS", "2010-05-20 14:30",
    """Geachte heer/mevrouw,

Helaas moet ik mij afmelden voor de leergang (code C9YWK-P3LAS) wegens ziekte
van een gezinslid. Ik weet dat de kosteloze afmeldtermijn op 18 mei is
verstreken. Is er in deze situatie toch een mogelijkheid om de kosten niet
of gedeeltelijk in rekening te brengen?

Met vriendelijke groet,
Inwoner Dertien
Vluchtelingenwerk Modelkust"""),
    X("cancellation after 18 May asking about the fee", "cancel", "nl", code="C9YWK-P3LAS", q="yes"))

add("cancel-after-closing-en", outlook(
    "Fellow ThirtyFour <FELLOW34@CAREAGENCY.EXAMPLE.COM>",
    "CANCELLATION D4RPQ-8WJUM", "2010-05-28 08:30", lang="EN", body=
    """Good morning,

PLEASE CANCEL MY PLACE, CODE D4RPQ-8WJUM. I AM BEING TRANSFERRED TO OUR UTRECHT BRANCH.

Regards
Fellow ThirtyFour"""),
    X("cancellation after the closing date, in capitals", "cancel", "en", code="D4RPQ-8WJUM"))

add("cancel-after-course-started", sylpheed(
    "Student Negenentwintig <snegenentwintig@almere.nl>",
    "afmelden resterende dagen A5KXS-Z3HVN", "2010-10-05 09:00",
    """Beste organisatie,

Ik heb dag 1 en 2 met veel plezier gevolgd, maar door een nieuwe functie
kan ik de laatste twee dagen (2 en 23 november) niet meer komen. Wilt u
mij voor de rest van de leergang afmelden? Code A5KXS-Z3HVN.

Groet,
Student Negenentwintig"""),
    X("cancels the remaining days after the course started", "cancel", "nl", code="A5KXS-Z3HVN"))

s, b = wait_en("Fellow SixtyThree", "K8DPZ-3NHWC", 2, "Example Care Cooperative",
               "occupational therapist", "fellow63@carecoop.example.com",
               ia="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
               ir="PO 2010-0331")
add("cancel-off-waiting-list-en", outlook2010(
    "Fellow SixtyThree <fellow63@carecoop.example.com>",
    "RE: " + s, "2010-04-26 13:00", lang="EN", body=
    """Hi,

Please take me off the waiting list - I've found another course in the autumn that fits my schedule better.

Thanks,
Fellow SixtyThree""" + outlook_quote_en("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                                        "22 March 2010 10:06", "Fellow SixtyThree", s, b)),
    X("off the waiting list, in reply to the waiting-list mail", "cancel", "en", code="K8DPZ-3NHWC"))

s, b = reminder_nl("Teamlid Zesenzestig", "Q4WBN-8ZTKF", 1, "dinsdag 1 juni 2010",
                   "Ambities van bewoners")
add("cancel-reply-to-reminder", thebat(
    "Teamlid Zesenzestig <t66@wijkpunt.example.nl>",
    "Re: " + s, "2010-05-25 20:10",
    """Hallo,

Zeg mijn deelname maar af, ik lig met een gebroken been thuis en dat
duurt nog maanden. Alle dagen dus.

Groet, Teamlid Zesenzestig

Op 25-5-2010 9:00, deSTADSWIJKstudies Almere schreef:
""" + quote(b)),
    X("cancels all days in reply to a reminder; code in the subject and the quote", "cancel", "nl", code="Q4WBN-8ZTKF"))

add("cancel-private-address-no-code-en", gmail(
    "Associate Forty <associate.forty@gmail.example.com>",
    "Cancelling my registration", "2010-05-12 21:45",
    """Hi,

Writing from my personal address as I'm on leave. I registered in April (Associate Forty, Sample Primary School Foundation Almere) but I won't be able to attend after all. Please cancel my place. I don't have the code with me, sorry.

Best,
Associate Forty"""),
    X("cancellation from a private address without code", "cancel", "en"))

add("cancel-municipal-short-code", outlook2010(
    "Wijkgenoot Vijftig <wvijftig@almere.nl>",
    "Afmelden", "2010-04-23 16:55",
    """Graag afmelden: S6TJW-9MBXP (Wijkgenoot Vijftig). Ik ben per mei gedetacheerd.

Groet, Wijkgenoot"""),
    X("short municipal cancellation with the code", "cancel", "nl", code="S6TJW-9MBXP"))

add("cancel-withdraw-code-subject", outlook2010(
    "Teamleider Drieenveertig <tl43@denkbeeld.example.nl>",
    "Intrekken aanmelding P9LXC-4RGWF", "2010-05-10 08:45",
    """Beste,

Ik trek mijn aanmelding in; mijn twee collega's gaan wel. Excuses voor het ongemak.

Met vriendelijke groet,
Teamleider Drieenveertig"""),
    X("'ik trek mijn aanmelding in' with the code in the subject; only the writer cancels", "cancel", "nl", code="P9LXC-4RGWF"))

add("cancel-volunteer-by-coordinator-en", apple(
    "Coordinator SeventyFour <coord74@refugeewelcome.example.org>",
    "Cancellation Volunteer SeventyFive", "2010-05-05 12:00",
    """Hello,

Volunteer SeventyFive has had to step back from her role with us, so she will not attend. Could you please cancel her place? Her reference is R7CKX-2PLMV.

Volunteer SeventySix will still come.

Warm regards,
Coordinator SeventyFour"""),
    X("a coordinator cancels one volunteer with her code", "cancel", "en", code="R7CKX-2PLMV"))

s, b = conf_nl("Teamlid Vier", "QP6RD-ZJ84K", "Welzijn Tekentafel", "ouderenadviseur",
               "teamlid.vier@tekentafel.example.nl", phone="036 - 530 77 81")
add("cancel-notes-reply-conf", notes(
    "Teamlid Vier/Welzijn Tekentafel <teamlid.vier@tekentafel.example.nl>",
    "Antw: " + s, "2010-04-15 15:40",
    """Beste,

Met spijt moet ik mij afmelden voor de leergang. Ik ga met zwangerschapsverlof.

Met vriendelijke groet,
Teamlid Vier


deSTADSWIJKstudies Almere <aanmelden@example.org>
05-03-2010 09:02

Aan
teamlid.vier@tekentafel.example.nl
Onderwerp
""" + s + "\n\n" + b),
    X("Notes reply to her confirmation, cancelling; code in the subject and quote", "cancel", "nl", code="QP6RD-ZJ84K"))

# ---- substitutions --------------------------------------------------------

add("subst-code-own-text", tb(
    "Vakgenoot Vierenveertig <vv44@denkbeeld.example.nl>",
    "Vervanging leergang", "2010-05-17 11:20",
    """Beste,

Ik kan helaas niet aan de leergang deelnemen. Mijn collega Vakgenoot
Honderdveertig neemt mijn plaats in. Mijn code is Y3HNK-7QDZS.

Haar gegevens:
Vakgenoot Honderdveertig, opbouwwerker
vh140@denkbeeld.example.nl
036-5401140

Groet,
Vakgenoot Vierenveertig"""),
    X("substitution with code in own text; the colleague's details", "substitute", "nl", code="Y3HNK-7QDZS",
      people=1, persons=[P("Vakgenoot Honderdveertig", "vh140@denkbeeld.example.nl",
                           role="opbouwwerker", phone="036-5401140")]))

add("subst-code-subject-only-en", apple(
    "Member Seven <member.seven@youthtrust.example.com>",
    "Substitute [H3ZUV-W6LMD]", "2010-05-21 09:00",
    """Hello,

I'm afraid I can't come after all. My colleague Member HundredFortyOne (m141@youthtrust.example.com), also a youth worker here, will take my place.

Thanks,
Member Seven"""),
    X("English substitution, code only in the subject", "substitute", "en", code="H3ZUV-W6LMD",
      people=1, persons=[P("Member HundredFortyOne", "m141@youthtrust.example.com",
                           role="youth worker")]))

s, b = conf_nl("Wijkgenoot Acht", "E8CKT-N2RFY", "Gemeente Almere", "wijkregisseur Haven",
               "wacht@almere.nl", free=True, phone="(036) 539 9213", diet="noten")
add("subst-code-in-quote-municipal", outlook2010(
    "Wijkgenoot Acht <wacht@almere.nl>",
    "RE: aanmelding", "2010-05-14 10:30",
    """Hoi,

Ik ga de leergang niet redden door de verkiezingsdrukte. Mijn collega Wijkgenoot Honderdtweeenveertig (wh142@almere.nl, wijkregisseur Poort) gaat in mijn plaats.

Groet,
Wijkgenoot Acht

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 11 maart 2010 13:12
Aan: Wijkgenoot Acht
Onderwerp: """ + s + "\n\n" + b),
    X("municipal substitution, the code only in the quoted confirmation; colleague with an almere.nl address", "substitute", "nl", code="E8CKT-N2RFY",
      people=1, persons=[P("Wijkgenoot Honderdtweeenveertig", "wh142@almere.nl", "Gemeente Almere",
                           "wijkregisseur Poort")]))

add("subst-no-code-en", yahoo(
    "Partner Fifteen <partner_fifteen@yahoo.example.com>",
    "change of participant", "2010-05-06 18:30",
    """Hi,

Instead of me, my colleague Adviser HundredFortyThree will attend the course. Her email is a143@migrantsupport.example.org and her phone 06 1430 1430. I don't have my code here, I'm at home.

Regards
Partner"""),
    X("substitution without code from a private address", "substitute", "en",
      people=1, persons=[P("Adviser HundredFortyThree", "a143@migrantsupport.example.org",
                           phone="06 1430 1430")]))

add("subst-manager-swaps-en", outlook2010(
    "HR Officer FiftyNine <hr59@carecoop.example.com>",
    "Change of participant - L2XQF-5VRKT", "2010-05-11 14:00", lang="EN", body=
    """Dear course team,

Fellow Sixty (L2XQF-5VRKT) has left Example Care Cooperative. In his place we would like to send Fellow HundredFortyFour, community nurse, fellow144@carecoop.example.com. Invoice details stay the same.

Best regards,
HR Officer FiftyNine
Learning & Development"""),
    X("a manager swaps a leaver for a new colleague; organisation given", "substitute", "en", code="L2XQF-5VRKT",
      people=1, persons=[P("Fellow HundredFortyFour", "fellow144@carecoop.example.com",
                           "Example Care Cooperative", "community nurse")]))

s, b = reminder_nl("Waarnemer Drieentachtig", "X5RMV-2JQTL", 3, "dinsdag 2 november 2010",
                   "Wonen met en zonder zorgen")
add("subst-reply-reminder-after-start", zarafa(
    "Waarnemer Drieentachtig <t83@politie-proef.example.nl>",
    "RE: " + s, "2010-10-27 07:50",
    """Goedemorgen,

Vervanging: ik ben overgeplaatst naar Lelystad. Vanaf dag 3 komt mijn
opvolger als teamchef, Waarnemer Honderdvijfenveertig
(t145@politie-proef.example.nl), in mijn plaats.

Met vriendelijke groet,
Waarnemer Drieentachtig

-----Oorspronkelijk bericht-----
""" + quote(b)),
    X("substitution in reply to a reminder after the course started; the successor's role is stated", "substitute", "nl", code="X5RMV-2JQTL",
      people=1, persons=[P("Waarnemer Honderdvijfenveertig", "t145@politie-proef.example.nl",
                           role="teamchef")]))

add("subst-en-after-free-date", gmail(
    "Observer Three <observer.three@gmail.example.com>",
    "Colleague instead of me - T9FLC-3MVXA", "2010-05-24 12:00",
    """Hi,

My registration (T9FLC-3MVXA): I can no longer attend because of a family matter. Our director has asked my colleague Organiser HundredFortySix to go instead. Her details:

Organiser HundredFortySix
community organiser, Example Tenants Network
organiser146@tenants.example.org
036 548 1460

Thanks,
Observer Three"""),
    X("substitution with code in text, a full block for the colleague", "substitute", "en", code="T9FLC-3MVXA",
      people=1, persons=[P("Organiser HundredFortySix", "organiser146@tenants.example.org",
                           "Example Tenants Network", "community organiser", "036 548 1460")]))

# ---- status -----------------------------------------------------------------

add("status-no-code-bounced", webmail(
    "Verkenner Vijfentwintig <verkenner25@woonkracht.example.nl>",
    "Aanmelding ontvangen?", "2010-04-13 10:00",
    """Hoi,

Ik heb me op 6 april aangemeld maar nooit een bevestiging gehad. Is mijn
aanmelding wel binnengekomen? Ons mailadres was die week even stuk.

Groet,
Verkenner Vijfentwintig""", agent="SquirrelMail/1.4.20"),
    X("asks whether her registration arrived, without code", "status", "nl"))

add("status-code-en", blackberry(
    "Guest TwentySeven <guest27@familyservices.example.com>",
    "Still registered?", "2010-05-19 08:10",
    """Hi - just checking I'm still registered for the course, code W8MRL-6TPXE. My PA said something about a mix-up.
Sent from my BlackBerry® wireless device"""),
    X("status request with the code", "status", "en", code="W8MRL-6TPXE"))

add("status-code-subject-only", outlook(
    "Verkenner Twee <verkenner.twee@blauwdruk.example.org>",
    "Status aanmelding [B7NQ3-HW2ZE]", "2010-05-04 13:00",
    """Goedemiddag,

Kunt u bevestigen dat mijn plaats nog staat? Onze afdeling is verhuisd en ik wil zeker weten dat de gegevens kloppen.

Met vriendelijke groet,
Verkenner Twee"""),
    X("status with the code only in the subject", "status", "nl", code="B7NQ3-HW2ZE"))

s, b = conf_en("Partner Fifteen", "U7GRB-5NZHW", "Sample Migrant Support", "caseworker",
               "p.fifteen@migrantsupport.example.org", phone="06 1999 4022", diet="no pork",
               ia="Sample Migrant Support, Postbus 60120, 1320 AC Almere", ir="SMS-117")
add("status-code-in-quote-en", yahoo(
    "Partner Fifteen <partner_fifteen@yahoo.example.com>",
    "Re: my registration", "2010-04-28 21:00",
    """Hello, is my place still confirmed? I haven't heard anything since this mail.
Partner

--- On Thu, 3/18/10, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(b)),
    X("status; the code only in the quoted confirmation", "status", "en", code="U7GRB-5NZHW"))

s, b = wait_nl("Luistervink Tweeenzeventig", "M9TZQ-4HVXB", 1, "Welzijn Tekentafel",
               "vrijwilligerscoordinator", "l72@tekentafel.example.nl",
               ia="Welzijn Tekentafel, Postbus 60300, 1320 AH Almere", ir="WT-2010-19")
add("status-waitlist-position", evolution(
    "Luistervink Tweeenzeventig <l72@tekentafel.example.nl>",
    "Re: " + s, "2010-05-12 09:30",
    """Goedemorgen,

Op welke plaats van de wachtlijst sta ik nu? Na 11 mei zou de grens van drie
per organisatie vervallen.

Groet,
Luistervink Tweeenzeventig

Op wo, 2010-04-06 om 11:01 +0200, schreef deSTADSWIJKstudies Almere:
""" + quote(b)),
    X("waiting-list position, code in subject and quote", "status", "nl", code="M9TZQ-4HVXB"))

add("status-after-closing-code", zarafa(
    "Teamlid Zeventien <t.zeventien@wijkpunt.example.nl>",
    "Klopt mijn aanmelding nog?", "2010-05-28 10:15",
    """Beste,

Ik had doorgegeven dat ik 23 september niet kan. Ik wil me zeker NIET
afmelden voor de rest. Staat mijn aanmelding nog? Code J3QEV-9SWCT.

Groet,
Teamlid Zeventien"""),
    X("after the closing date: asks whether her registration stands, explicitly not cancelling", "status", "nl", code="J3QEV-9SWCT"))

add("status-team-en", outlook2010(
    "HR Officer FiftyNine <hr59@carecoop.example.com>",
    "Status of our registrations", "2010-04-19 09:00", lang="EN", body=
    """Dear course team,

Could you tell me the status of the five people I registered on 22 March? I have confirmations for three of them, but I don't know where the other two are on the waiting list.

Best regards,
HR Officer FiftyNine"""),
    X("an HR officer asks after the five people she registered", "status", "en"))
