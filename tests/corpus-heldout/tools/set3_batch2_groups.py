"""Set 3, batch 2: groups, forwarded participants, answers to 'details missing'."""
from set3_lib import *  # noqa: F401,F403
from set3_lib import html_grid, rfc822_part, incomplete_nl, incomplete_en  # noqa: F401
from email.message import EmailMessage
import lib

# 037 two people, shared organisation stated once
_ia = "Stichting Pilotwijk, Postbus 1201, 1300 BE Almere"
add("group2-shared-org", outlook(
    "Groepsleider Eenenveertig <g41@pilotwijk.example.nl>", "Aanmelding 2 personen",
    "2010-03-10 10:41", """Beste organisatie,

Wij melden de volgende twee medewerkers van Stichting Pilotwijk aan:

1. Groepsleider Eenenveertig, teammanager, g41@pilotwijk.example.nl, 036 540 4141
2. Opbouwwerker Tweeënveertig, opbouwwerker, o42@pilotwijk.example.nl, 036 540 4242

Factuuradres voor beiden: Stichting Pilotwijk, Postbus 1201, 1300 BE Almere.

Met vriendelijke groet,
Groepsleider Eenenveertig"""),
    X("two people, organisation and invoice address stated once", "register", "nl", people=2,
      persons=[P("Groepsleider Eenenveertig", "g41@pilotwijk.example.nl", "Stichting Pilotwijk",
                 "teammanager", "036 540 4141", invoice_address=_ia),
               P("Opbouwwerker Tweeënveertig", "o42@pilotwijk.example.nl", "Stichting Pilotwijk",
                 "opbouwwerker", "036 540 4242", invoice_address=_ia)]))

# 038 three municipal staff, 'Allen van Gemeente Almere'
add("group3-almere", notes(
    "Teamleider Drieënveertig <t.drieenveertig@almere.nl>", "Aanmelding team Jeugd",
    "2010-03-12 15:43", """Beste secretariaat,

Vanuit het team Jeugd melden zich aan (allen Gemeente Almere, DMO):

- Teamleider Drieënveertig, teamleider, t.drieenveertig@almere.nl
- Adviseur Vierenveertig, beleidsadviseur jeugd, a.vierenveertig@almere.nl
- Adviseur Vijfenveertig, beleidsadviseur onderwijs, a.vijfenveertig@almere.nl (vegetarisch)

Groet,
Teamleider Drieënveertig"""),
    X("three municipal staff in a bulleted list", "register", "nl", people=3,
      persons=[P("Teamleider Drieënveertig", "t.drieenveertig@almere.nl", "Gemeente Almere", "teamleider"),
               P("Adviseur Vierenveertig", "a.vierenveertig@almere.nl", "Gemeente Almere", "beleidsadviseur jeugd"),
               P("Adviseur Vijfenveertig", "a.vijfenveertig@almere.nl", "Gemeente Almere",
                 "beleidsadviseur onderwijs", diet="vegetarisch")]))

# 039 four people in an HTML table (Outlook HTML-only), invoice below
_ia39 = "Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere"
add("group4-html-table", outlook(
    "Directie Proefhaven <directie@proefhaven.example.org>", "Aanmelding deelnemers Zorgcentrum Proefhaven",
    "2010-03-16 09:46", "", html_only=True, html=html_grid(
        ["Naam", "Functie", "E-mail", "Telefoon", "Dieet"],
        [["Zorgmanager Zesenveertig", "zorgmanager", "z46@proefhaven.example.org", "036 530 4646", ""],
         ["Verpleegkundige Zevenenveertig", "wijkverpleegkundige", "v47@proefhaven.example.org", "036 530 4747", "halal"],
         ["Coach Achtenveertig", "coach mantelzorg", "c48@proefhaven.example.org", "036 530 4848", ""],
         ["Planner Negenenveertig", "planner", "p49@proefhaven.example.org", "036 530 4949", "geen varkensvlees"]],
        intro="Geachte organisatie,\n\nNamens Zorgcentrum Proefhaven melden wij de volgende medewerkers aan voor deSTADSWIJKstudies Almere:",
        outro="De factuur graag naar: Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere, onder vermelding van inkoopnummer IN-2010-049.\n\nMet vriendelijke groet,\nDirectie Zorgcentrum Proefhaven")),
    X("four people in an HTML table; organisation and invoice stated once", "register", "nl", people=4,
      persons=[P("Zorgmanager Zesenveertig", "z46@proefhaven.example.org", "Zorgcentrum Proefhaven",
                 "zorgmanager", "036 530 4646", invoice_address=_ia39, invoice_reference="inkoopnummer IN-2010-049"),
               P("Verpleegkundige Zevenenveertig", "v47@proefhaven.example.org", "Zorgcentrum Proefhaven",
                 "wijkverpleegkundige", "036 530 4747", "halal", _ia39, "inkoopnummer IN-2010-049"),
               P("Coach Achtenveertig", "c48@proefhaven.example.org", "Zorgcentrum Proefhaven",
                 "coach mantelzorg", "036 530 4848", invoice_address=_ia39, invoice_reference="inkoopnummer IN-2010-049"),
               P("Planner Negenenveertig", "p49@proefhaven.example.org", "Zorgcentrum Proefhaven",
                 "planner", "036 530 4949", "geen varkensvlees", _ia39, "inkoopnummer IN-2010-049")]))

# 040 English, two people in prose
_ia40 = "Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam"
add("group2-en-prose", gmail(
    "Fellow Fifty <fellow.fifty@communitytrust.example.com>", "Two registrations",
    "2010-03-22 14:50", """Dear organisers,

Please register two of us from Example Community Trust: myself (Fellow Fifty, programme lead, 020 555 5050) and my colleague Learner Fiftyone (community organiser, l.fiftyone@communitytrust.example.com, 020 555 5151).

Invoice for both to Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam.

Thanks a lot,
Fellow Fifty"""),
    X("two people in English prose; the writer's address from From", "register", "en", people=2,
      persons=[P("Fellow Fifty", "fellow.fifty@communitytrust.example.com", "Example Community Trust",
                 "programme lead", "020 555 5050", invoice_address=_ia40),
               P("Learner Fiftyone", "l.fiftyone@communitytrust.example.com", "Example Community Trust",
                 "community organiser", "020 555 5151", invoice_address=_ia40)]))

# 041 five people, plain text table with tabs/spaces (mutt)
_o = "Welzijn Ergenswijk"
_ia41 = "Welzijn Ergenswijk, Postbus 520, 1300 AM Almere"
add("group5-plain-columns", mutt(
    "Coordinator Tweeënvijftig <c52@ergenswijk.example.org>", "Aanmelding Welzijn Ergenswijk (5 personen)",
    "2010-03-25 13:52", """Goedemiddag,

Hierbij melden wij vijf medewerkers van Welzijn Ergenswijk aan.

Naam                         Functie               E-mail
Coordinator Tweeënvijftig    coördinator           c52@ergenswijk.example.org
Werker Drieënvijftig         sociaal werker        w53@ergenswijk.example.org
Werker Vierenvijftig         sociaal werker        w54@ergenswijk.example.org
Werker Vijfenvijftig         jongerenwerker        w55@ergenswijk.example.org
Werker Zesenvijftig          ouderenwerker         w56@ergenswijk.example.org

Factuur: Welzijn Ergenswijk, Postbus 520, 1300 AM Almere, kostenplaats 5200.

Groet,
Coordinator Tweeënvijftig
036 548 5252"""),
    X("five people in plain-text columns; invoice stated once; signature phone is the writer's", "register", "nl", people=5,
      persons=[P("Coordinator Tweeënvijftig", "c52@ergenswijk.example.org", _o, "coördinator", "036 548 5252", invoice_address=_ia41, invoice_reference="kostenplaats 5200"),
               P("Werker Drieënvijftig", "w53@ergenswijk.example.org", _o, "sociaal werker", invoice_address=_ia41, invoice_reference="kostenplaats 5200"),
               P("Werker Vierenvijftig", "w54@ergenswijk.example.org", _o, "sociaal werker", invoice_address=_ia41, invoice_reference="kostenplaats 5200"),
               P("Werker Vijfenvijftig", "w55@ergenswijk.example.org", _o, "jongerenwerker", invoice_address=_ia41, invoice_reference="kostenplaats 5200"),
               P("Werker Zesenvijftig", "w56@ergenswijk.example.org", _o, "ouderenwerker", invoice_address=_ia41, invoice_reference="kostenplaats 5200")]))

# 042 two people from different organisations, blocks
add("group2-two-orgs-blocks", tb(
    "Netwerker Zevenenvijftig <n57@buurtnetwerk.example.nl>", "Aanmelding twee deelnemers",
    "2010-03-30 11:57", """Beste,

Wij komen graag met z'n tweeën, uit twee organisaties van ons netwerk:

Naam: Netwerker Zevenenvijftig
Organisatie: Buurtnetwerk Testhaven
Functie: netwerkcoördinator
E-mail: n57@buurtnetwerk.example.nl

Naam: Partner Achtenvijftig
Organisatie: Bibliotheek Proefstad
Functie: medewerker educatie
E-mail: p58@bibliotheek.example.nl

Elke organisatie krijgt graag een eigen factuur, naar het adres van de organisatie.

Groet,
Netwerker"""),
    X("two blocks, two organisations; no invoice address stated", "register", "nl", people=2,
      persons=[P("Netwerker Zevenenvijftig", "n57@buurtnetwerk.example.nl", "Buurtnetwerk Testhaven", "netwerkcoördinator"),
               P("Partner Achtenvijftig", "p58@bibliotheek.example.nl", "Bibliotheek Proefstad", "medewerker educatie")]))

# 043 ten people, numbered, municipal
_rows43 = [("Ambtenaar Zestig", "a60", "beleidsmedewerker zorg"),
           ("Ambtenaar Eenenzestig", "a61", "beleidsmedewerker welzijn"),
           ("Ambtenaar Tweeënzestig", "a62", "accountmanager maatschappelijke organisaties"),
           ("Ambtenaar Drieënzestig", "a63", "wijkmanager Haven"),
           ("Ambtenaar Vierenzestig", "a64", "wijkmanager Buiten"),
           ("Ambtenaar Vijfenzestig", "a65", "wijkmanager Stad"),
           ("Ambtenaar Zesenzestig", "a66", "senior beleidsadviseur"),
           ("Ambtenaar Zevenenzestig", "a67", "projectleider Sociale Agenda"),
           ("Ambtenaar Achtenzestig", "a68", "onderzoeker"),
           ("Ambtenaar Negenenzestig", "a69", "communicatieadviseur")]
add("group10-almere-numbered", outlook(
    "Afdelingshoofd Negenenvijftig <a.negenenvijftig@almere.nl>", "Aanmelding 10 deelnemers DMO",
    "2010-03-31 16:59", "Beste secretariaat,\n\nNamens de afdeling Beleid van de Dienst Maatschappelijke Ontwikkeling meld ik de volgende tien collega's aan. Allen Gemeente Almere.\n\n"
    + "\n".join("%d. %s (%s) - %s@almere.nl" % (i + 1, n, r, e) for i, (n, e, r) in enumerate(_rows43))
    + "\n\nIk kom zelf niet mee.\n\nMet vriendelijke groet,\n\nAfdelingshoofd Negenenvijftig\nhoofd afdeling Beleid, DMO\nGemeente Almere"),
    X("ten municipal staff in a numbered list; the writer does not come", "register", "nl", people=10,
      persons=[P(n, e + "@almere.nl", "Gemeente Almere", r) for n, e, r in _rows43]))

# 044 English, three people, one line each with semicolons
_ia44 = "Example Youth Care Flevoland, Finance Department, Postbus 70, 1300 AB Almere"
add("group3-en-semicolons", hotmail(
    "Manager Seventy <manager70@youthcare.example.org>", "Registrations Example Youth Care",
    "2010-04-06 08:07", """Dear Sir/Madam,

We'd like to register three staff members:

Manager Seventy; regional manager; manager70@youthcare.example.org; 036 525 7070
Coach Seventyone; family coach; coach71@youthcare.example.org; 036 525 7171
Coach Seventytwo; family coach; coach72@youthcare.example.org; 036 525 7272

All three are with Example Youth Care Flevoland. Invoice: Example Youth Care Flevoland, Finance Department, Postbus 70, 1300 AB Almere.

Regards,
Manager Seventy"""),
    X("three people, one line each; organisation and invoice stated once below", "register", "en", people=3,
      persons=[P("Manager Seventy", "manager70@youthcare.example.org", "Example Youth Care Flevoland", "regional manager", "036 525 7070", invoice_address=_ia44),
               P("Coach Seventyone", "coach71@youthcare.example.org", "Example Youth Care Flevoland", "family coach", "036 525 7171", invoice_address=_ia44),
               P("Coach Seventytwo", "coach72@youthcare.example.org", "Example Youth Care Flevoland", "family coach", "036 525 7272", invoice_address=_ia44)]))

# 045 two people: self plus colleague, Dutch prose, Apple
add("group2-self-and-colleague-prose", apple(
    "Docent Drieënzeventig <d73@roc.example.nl>", "Aanmelding",
    "2010-04-08 20:37", """Beste organisatie,

Mijn collega Docent Vierenzeventig (d74@roc.example.nl) en ik willen ons graag aanmelden voor de leergang. Wij zijn allebei docent burgerschap bij ROC Oefenstad. De factuur mag naar ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere.

Hartelijke groet,
Docent Drieënzeventig"""),
    X("the writer and her colleague in one sentence", "register", "nl", people=2,
      persons=[P("Docent Drieënzeventig", "d73@roc.example.nl", "ROC Oefenstad", "docent burgerschap",
                 invoice_address="ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere"),
               P("Docent Vierenzeventig", "d74@roc.example.nl", "ROC Oefenstad", "docent burgerschap",
                 invoice_address="ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere")]))

# 046 six people, Dutch form blocks from web-based Outlook, org given once at top
_o46 = "Woningcorporatie Steekproef"
_ia46 = "Woningcorporatie Steekproef, afdeling crediteuren, Postbus 3300, 1302 AH Almere"
_p46 = [("Wijkconsulent Vijfenzeventig", "wc75", "wijkconsulent"),
        ("Wijkconsulent Zesenzeventig", "wc76", "wijkconsulent"),
        ("Huismeester Zevenenzeventig", "hm77", "huismeester"),
        ("Projectleider Achtenzeventig", "pl78", "projectleider leefbaarheid"),
        ("Adviseur Negenenzeventig", "ad79", "adviseur bewonersparticipatie"),
        ("Manager Tachtig", "mg80", "manager wonen")]
add("group6-blocks-owa", plain(
    "Manager Tachtig <mg80@steekproef.example.nl>", "Aanmelding medewerkers Steekproef",
    "2010-04-12 12:08", "Goedemiddag,\n\nOrganisatie: Woningcorporatie Steekproef\nFactuuradres: Woningcorporatie Steekproef, afdeling crediteuren, Postbus 3300, 1302 AH Almere\n\nDeelnemers:\n\n"
    + "\n\n".join("Naam: %s\nFunctie: %s\nE-mail: %s@steekproef.example.nl" % (n, r, e) for n, e, r in _p46)
    + "\n\nMet vriendelijke groet,\nManager Tachtig",
    charset="utf-8", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Outlook Web Access 8.1")]),
    X("six people in blocks; organisation and invoice once above", "register", "nl", people=6,
      persons=[P(n, e + "@steekproef.example.nl", _o46, r, invoice_address=_ia46) for n, e, r in _p46]))

# 047 three people, English, HTML grid via Gmail-ish
add("group3-en-html-grid", outlook(
    "Partner Eightyone <p81@refugeehelp.example.org>", "Registration of 3 participants",
    "2010-04-14 15:18", "", lang="EN", html_only=True, html=html_grid(
        ["Name", "Role", "Email", "Diet"],
        [["Partner Eightyone", "team leader", "p81@refugeehelp.example.org", "-"],
         ["Worker Eightytwo", "caseworker", "w82@refugeehelp.example.org", "vegan"],
         ["Worker Eightythree", "caseworker", "w83@refugeehelp.example.org", "-"]],
        intro="Hello,\n\nWe register the following staff of Example Refugee Help Foundation:",
        outro="Invoice address: Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam\n\nBest regards,\nPartner Eightyone")),
    X("three people in an HTML table, organisation in the intro", "register", "en", people=3,
      persons=[P("Partner Eightyone", "p81@refugeehelp.example.org", "Example Refugee Help Foundation", "team leader",
                 invoice_address="Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam"),
               P("Worker Eightytwo", "w82@refugeehelp.example.org", "Example Refugee Help Foundation", "caseworker", diet="vegan",
                 invoice_address="Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam"),
               P("Worker Eightythree", "w83@refugeehelp.example.org", "Example Refugee Help Foundation", "caseworker",
                 invoice_address="Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam")]))

# 048 two people, Notes, second one registers herself in cc
add("group2-notes-cc", notes(
    "Coordinator Vierentachtig/MEE <c84@mee.example.nl>", "Aanmelding MEE Voorbeeldland",
    "2010-04-20 09:48", """Goedemorgen,

Graag melden wij ons aan met twee personen van MEE Voorbeeldland:

Coordinator Vierentachtig, regiocoördinator, c84@mee.example.nl, 0320 221 284
Ondersteuner Vijfentachtig, cliëntondersteuner, o85@mee.example.nl, 0320 221 285

Met vriendelijke groet,
Coordinator Vierentachtig""", cc="Ondersteuner Vijfentachtig <o85@mee.example.nl>"),
    X("two people, one per line with commas; colleague in cc", "register", "nl", people=2,
      persons=[P("Coordinator Vierentachtig", "c84@mee.example.nl", "MEE Voorbeeldland", "regiocoördinator", "0320 221 284"),
               P("Ondersteuner Vijfentachtig", "o85@mee.example.nl", "MEE Voorbeeldland", "cliëntondersteuner", "0320 221 285")]))

# 049 Gmail forward of a colleague's registration
add("forward-gmail", gmail(
    "Opbouwwerker Zesentachtig <opbouw86@gmail.example.com>", "Fwd: aanmelding leergang",
    "2010-03-18 08:26", """Zie hieronder, de aanmelding van mijn collega. Zij kon het adres niet vinden.

---------- Forwarded message ----------
From: Buurtwerker Zevenentachtig <bw87@pilotwijk.example.nl>
Date: 2010/3/17
Subject: aanmelding leergang
To: Opbouwwerker Zesentachtig <opbouw86@gmail.example.com>


Hoi, wil jij mij aanmelden voor die leergang in Almere? Mijn gegevens:

Buurtwerker Zevenentachtig
Stichting Pilotwijk
buurtwerker Stedenwijk
036 540 8787

Dank je!"""),
    X("a colleague's registration forwarded from Gmail; email from the forwarded From", "register", "nl", fwd="yes",
      people=1, persons=[P("Buurtwerker Zevenentachtig", "bw87@pilotwijk.example.nl", "Stichting Pilotwijk",
                           "buurtwerker Stedenwijk", "036 540 8787")]))

# 050 Outlook forward "Van:/Verzonden:"
add("forward-outlook-van-verzonden", outlook(
    "Secretariaat Welzijn <secretariaat@ergenswijk.example.org>", "FW: Aanmelding studiedagen",
    "2010-03-26 10:28", """Ter info, graag deze collega aanmelden.

Met vriendelijke groet,
Secretariaat Welzijn Ergenswijk

Van: Wijkwerker Achtentachtig
Verzonden: donderdag 25 maart 2010 17:02
Aan: Secretariaat Welzijn
Onderwerp: Aanmelding studiedagen

Wil je mij aanmelden voor deSTADSWIJKstudies?

Naam: Wijkwerker Achtentachtig
Functie: schuldhulpverlener
E-mail: w88@ergenswijk.example.org
Telefoon: 036 548 8888

Groet, Wijkwerker"""),
    X("Outlook forward; the participant is in the quoted mail, organisation from the forwarder", "register", "nl", fwd="yes",
      people=1, persons=[P("Wijkwerker Achtentachtig", "w88@ergenswijk.example.org", "Welzijn Ergenswijk",
                           "schuldhulpverlener", "036 548 8888")]))

# 051 Apple Mail forward as message/rfc822
_inner = EmailMessage()
_inner["From"] = "Learner Eightynine <l89@university.example.edu>"
_inner["To"] = "Professor Ninety <prof90@university.example.edu>"
_inner["Subject"] = "Almere course"
_inner["Date"] = d("2010-04-02 11:00")
_inner["Message-ID"] = "<inner89@university.example.edu>"
_inner.set_content("""Dear Professor Ninety,

Could you forward my registration for the Almere course to the organisers? I don't have their address.

Learner Eightynine
Research Master student, Example University
06 8989 8989
""")
_m51 = apple("Professor Ninety <prof90@university.example.edu>", "Fwd: Almere course",
             "2010-04-02 13:30", """Dear organisers,

Please register my student, see the attached mail. The university will pay: Example University, Department of Human Geography, P.O. Box 80115, 3508 TC Utrecht.

Best,
Professor Ninety""")
add("forward-apple-rfc822", with_attachments(_m51, [rfc822_part(_inner)]),
    X("Apple forward with the student's mail attached as message/rfc822", "register", "en", fwd="yes",
      people=1, persons=[P("Learner Eightynine", "l89@university.example.edu", "Example University",
                           "Research Master student", "06 8989 8989",
                           invoice_address="Example University, Department of Human Geography, P.O. Box 80115, 3508 TC Utrecht")]))

# 052 Thunderbird inline forward, English
add("forward-tb-inline-en", tb(
    "Manager Ninetyone <m91@samplecare.example.com>", "Fwd: registration",
    "2010-04-13 09:19", """FYI - please register Attendee Ninetytwo, see below. Invoice as usual to Sample Care Group, Accounts Payable, P.O. Box 909, 3500 AA Utrecht.

-------- Original Message --------
Subject: registration
Date: Mon, 12 Apr 2010 16:40:11 +0200
From: Attendee Ninetytwo <a92@samplecare.example.com>
To: Manager Ninetyone <m91@samplecare.example.com>

Hi, I'd like to join the Almere course. I'm the new neighbourhood coach in Almere Haven; phone 030 600 9292. Could you register me?

Attendee"""),
    X("Thunderbird inline forward by the manager", "register", "en", fwd="yes",
      people=1, persons=[P("Attendee Ninetytwo", "a92@samplecare.example.com", "Sample Care Group",
                           "neighbourhood coach", "030 600 9292",
                           "Sample Care Group, Accounts Payable, P.O. Box 909, 3500 AA Utrecht")]))

# 053 Notes forward
add("forward-notes", notes(
    "Teamleider Drieënnegentig/GGD <t93@ggd.example.nl>", "Doorsturen: Aanmelding",
    "2010-04-21 14:39", """Hierbij de aanmelding van onze medewerker.

Teamleider Drieënnegentig
GGD Modelregio

----- Doorgestuurd door Teamleider Drieënnegentig/GGD op 21-04-2010 14:38 -----

Van:    Medewerker Vierennegentig/GGD
Aan:    Teamleider Drieënnegentig/GGD@GGD
Datum:  21-04-2010 11:02
Onderwerp:      Aanmelding

Wil je me aanmelden voor de leergang in Almere?
Medewerker Vierennegentig, jeugdarts, m94@ggd.example.nl, tel. 088 002 9494"""),
    X("Notes forward of a colleague's request", "register", "nl", fwd="yes",
      people=1, persons=[P("Medewerker Vierennegentig", "m94@ggd.example.nl", "GGD Modelregio",
                           "jeugdarts", "088 002 9494")]))

# 054-057 answers to the robot's "details missing" mail
_s, _b = incomplete_nl("Stadsgenoot Vijfennegentig", ["uw organisatie", "uw functie"],
                       [("Naam", "Stadsgenoot Vijfennegentig"), ("E-mail", "s95@example.net")])
add("answer-incomplete-nl", outlook(
    "Stadsgenoot Vijfennegentig <s95@example.net>", "RE: " + _s, "2010-04-06 09:55",
    """Organisatie: Stichting Pilotwijk
Functie: vrijwilliger taalmaatje

Groet, Stadsgenoot

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: maandag 5 april 2010 16:12
Aan: Stadsgenoot Vijfennegentig
Onderwerp: """ + _s + "\n\n" + _b, irt=robot_mid("incomplete", "s95")),
    X("answer to 'details missing' with organisation and function; name from the quote", "register", "nl",
      people=1, persons=[P("Stadsgenoot Vijfennegentig", "s95@example.net", "Stichting Pilotwijk",
                           "vrijwilliger taalmaatje")]))

_s, _b = incomplete_en(None, ["your name", "your organisation"],
                       [("E-mail", "visitor96@mail.example.net")])
add("answer-incomplete-en", gmail(
    "visitor96@mail.example.net", "Re: " + _s, "2010-04-07 21:06",
    "Sorry! Name: Visitor Ninetysix, organisation: Example Housing Foundation Almere, I'm a housing officer.\n\nOn Wed, Apr 7, 2010 at 8:40 PM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:\n\n"
    + quote(_b), irt=robot_mid("incomplete", "v96")),
    X("answer to 'details missing' in English, details in one line", "register", "en",
      people=1, persons=[P("Visitor Ninetysix", "visitor96@mail.example.net",
                           "Example Housing Foundation Almere", "housing officer")]))

_s, _b = incomplete_nl("Kwartiermaker Zevenennegentig", ["uw organisatie"],
                       [("Naam", "Kwartiermaker Zevenennegentig"), ("E-mail", "k97@example.com"),
                        ("Functie", "buurtsportcoach")])
add("answer-incomplete-top-post", iphone(
    "Kwartiermaker Zevenennegentig <k97@example.com>", "Re: " + _s, "2010-04-15 07:57",
    "Gemeente Almere, ik ben buurtsportcoach bij Sport Almere (onderdeel van de gemeente).\n\nVerstuurd vanaf mijn iPhone\n\nOp 14 apr. 2010 om 17:03 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:\n\n"
    + quote(_b), irt=robot_mid("incomplete", "k97")),
    X("iPhone answer to 'details missing': organisation Gemeente Almere (from a private address)", "register", "nl",
      people=1, persons=[P("Kwartiermaker Zevenennegentig", "k97@example.com", "Gemeente Almere",
                           "buurtsportcoach")]))

_s, _b = incomplete_nl("Buurtgenoot Achtennegentig", ["uw functie", "factuuradres"],
                       [("Naam", "Buurtgenoot Achtennegentig"), ("E-mail", "b98@bibliotheek.example.nl"),
                        ("Organisatie", "Bibliotheek Proefstad")])
add("answer-incomplete-below-quote", tb(
    "Buurtgenoot Achtennegentig <b98@bibliotheek.example.nl>", "Re: " + _s, "2010-04-19 10:08",
    "Op 19-04-2010 9:51, deSTADSWIJKstudies Almere schreef:\n" + quote(_b)
    + "\n\nFunctie: leesconsulent\nFactuuradres: Bibliotheek Proefstad, Stadhuisplein 101, 1315 XC Almere\n\nMvg,\nBuurtgenoot Achtennegentig",
    irt=robot_mid("incomplete", "b98")),
    X("answer below the quoted 'details missing' mail", "register", "nl",
      people=1, persons=[P("Buurtgenoot Achtennegentig", "b98@bibliotheek.example.nl",
                           "Bibliotheek Proefstad", "leesconsulent",
                           invoice_address="Bibliotheek Proefstad, Stadhuisplein 101, 1315 XC Almere")]))

# 058 HR portal relay
add("hr-portal-relay", plain(
    "Opleidingsportaal Zorgcentrum Proefhaven <opleidingen@proefhaven.example.org>",
    "Opleidingsaanvraag goedgekeurd: deSTADSWIJKstudies Almere", "2010-04-22 06:00",
    """Geachte opleidingsaanbieder,

Onderstaande opleidingsaanvraag is goedgekeurd door de leidinggevende. Wij verzoeken u de medewerker in te schrijven.

Medewerker:        Toehoorder Negenennegentig
Personeelsnummer:  100999
Functie:           specialist ouderenzorg
Afdeling:          Wijkteam Haven
E-mail:            t99@proefhaven.example.org
Telefoon:          036 530 9999
Opleiding:         deSTADSWIJKstudies op locatie Almere (4 dagen)
Kostenplaats:      4130
Factuur naar:      Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere

Dit bericht is automatisch verzonden door het opleidingsportaal. Vragen? Mail opleidingen@proefhaven.example.org.""",
    extra=[("Auto-Submitted", "auto-generated")]),
    X("an HR portal asks to enrol an approved employee: a registration, though sent by a machine", "register", "nl",
      people=1, persons=[P("Toehoorder Negenennegentig", "t99@proefhaven.example.org", "Zorgcentrum Proefhaven",
                           "specialist ouderenzorg", "036 530 9999",
                           invoice_address="Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere",
                           invoice_reference="4130")]))

# 059 registration with a CV attached, details in the body
add("register-with-docx-cv", with_attachments(outlook(
    "Wijkwerker Honderd <w100@vluchtelingenwerk.example.nl>", "Aanmelding + cv",
    "2010-04-23 11:00", """Geachte organisatie,

Hierbij meld ik mij aan voor deSTADSWIJKstudies Almere. Voor de volledigheid stuur ik mijn cv mee.

Naam: Wijkwerker Honderd
Organisatie: Vluchtelingenwerk Proefregio
Functie: teamleider
E-mail: w100@vluchtelingenwerk.example.nl
Telefoon: 036 537 1000

Met vriendelijke groet,
Wijkwerker Honderd"""), [attachment(lib.docx(["Curriculum vitae", "Wijkwerker Honderd",
    "2005-heden: teamleider, Vluchtelingenwerk Proefregio"]),
    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "cv.docx")]),
    X("registration in the body; the attached CV adds nothing", "register", "nl",
      people=1, persons=[P("Wijkwerker Honderd", "w100@vluchtelingenwerk.example.nl",
                           "Vluchtelingenwerk Proefregio", "teamleider", "036 537 1000")]))

# 060 English, Windows Live Mail, with label typos
add("form-en-typos-wlm", wlm(
    "Fellow Hundredone <fellow101@example.net>", "Registation",
    "2010-05-03 14:01", """Dear Sir/Madam

Hereby my registation for the course.

Nmae: Fellow Hundredone
Organisaton: Example Institute for Urban Studies
Fucntion: senior researcher
Emial: f.hundredone@urbanstudies.example.org
Tel: 020 700 1010

With kind regards
Fellow Hundredone"""),
    X("English form with typos; the email in the text differs from From", "register", "en",
      people=1, persons=[P("Fellow Hundredone", "f.hundredone@urbanstudies.example.org",
                           "Example Institute for Urban Studies", "senior researcher", "020 700 1010")]))

# 061 reply to a colleague's confirmation: 'me too'
_s, _b = conf_nl("Docent Drieënzeventig", "R7KWA-3MDPX", "ROC Oefenstad", "docent burgerschap",
                 "d73@roc.example.nl", ia="ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere")
add("colleague-forwarded-confirmation-me-too", outlook(
    "Docent Honderdtwee <d102@roc.example.nl>", "FW: " + _s, "2010-04-26 09:02",
    """Goedemorgen,

Mijn collega stuurde mij haar bevestiging door. Ik wil mij ook graag aanmelden:

Naam: Docent Honderdtwee
Functie: teamleider Zorg & Welzijn
Organisatie: ROC Oefenstad
Telefoon: 036 540 1020

Factuur op hetzelfde adres als mijn collega: ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere.

Met vriendelijke groet,
Docent Honderdtwee

Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 8 april 2010 20:38
Aan: Docent Drieënzeventig
Onderwerp: """ + _s + "\n\n" + _b),
    X("a new registration above a forwarded confirmation of someone else; the quoted code is not hers", "register", "nl",
      code="R7KWA-3MDPX",
      people=1, persons=[P("Docent Honderdtwee", "d102@roc.example.nl", "ROC Oefenstad",
                           "teamleider Zorg & Welzijn", "036 540 1020",
                           invoice_address="ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere")]))
