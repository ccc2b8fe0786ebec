"""Set 3, batch 1: registrations of one person (hand-written text and labels)."""
from set3_lib import *  # noqa: F401,F403
from set3_lib import html_table, html_grid, with_attachments  # noqa: F401
import lib

# 001 Dutch form, Outlook, misspelt labels
add("form-nl-outlook-typos", outlook(
    "Toehoorder Een <t.een@pilotwijk.example.nl>", "aanmelding leergang Almere",
    "2010-03-02 09:12", """Goedemorgen,

Graag meld ik mij aan voor de leergang Sociale ambities in een groeiende stad.

Naam: Toehoorder Een
Organistie: Stichting Pilotwijk
Funtie: opbouwwerker
Emial: t.een@pilotwijk.example.nl
Telefon: 036-5401122
Dieet: geen

Factuuradres: Stichting Pilotwijk, Postbus 1201, 1300 BE Almere

Met vriendelijke groet,
Toehoorder Een"""),
    X("Dutch form with misspelt labels; diet 'geen' is no diet", "register", "nl",
      people=1, persons=[P("Toehoorder Een", "t.een@pilotwijk.example.nl",
                           "Stichting Pilotwijk", "opbouwwerker", "036-5401122",
                           invoice_address="Stichting Pilotwijk, Postbus 1201, 1300 BE Almere")]))

# 002 label on one line, value on the next (Thunderbird)
add("form-nl-label-next-line", tb(
    "Wijkwerker Twee <wijkwerker.twee@ergenswijk.example.org>",
    "Inschrijving deSTADSWIJKstudies", "2010-03-03 14:40", """Hallo,

Hierbij mijn inschrijving.

Naam
Wijkwerker Twee

Organisatie
Welzijn Ergenswijk

Functie
coördinator buurtwerk

Telefoon
06 41 22 90 17

E-mail
wijkwerker.twee@ergenswijk.example.org

Vegetarisch graag.

Groet,
Wijkwerker"""),
    X("labels on their own line with the value below; diet in a sentence", "register", "nl",
      people=1, persons=[P("Wijkwerker Twee", "wijkwerker.twee@ergenswijk.example.org",
                           "Welzijn Ergenswijk", "coördinator buurtwerk",
                           "06 41 22 90 17", "vegetarisch")]))

# 003 English form, Gmail
add("form-en-gmail", gmail(
    "Attendee Three <attendee.three@gmail.example.com>", "Registration",
    "2010-03-04 20:05", """Hello,

I would like to register for the course in Almere.

Name: Attendee Three
Organisation: Example Community Trust
Position: project officer
Email: attendee.three@gmail.example.com
Phone: +31 6 1234 0303
Dietary requirements: no pork

Invoice address: Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam
PO number: ECT-2010-117

Best regards,
Attendee Three"""),
    X("English form with invoice details; 'PO number:' is a field label", "register", "en",
      people=1, persons=[P("Attendee Three", "attendee.three@gmail.example.com",
                           "Example Community Trust", "project officer",
                           "+31 6 1234 0303", "no pork",
                           "Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam",
                           "ECT-2010-117")]))

# 004 free text with signature, municipal staff, Notes
add("free-text-signature-almere-notes", notes(
    "Kwartiermaker Vier/DMO/Almere <k.vier@almere.nl>", "Aanmelden",
    "2010-03-04 10:31", """Beste collega's,

Ik wil graag deelnemen aan de leergang die in juni begint. Mijn gegevens staan hieronder.

Met vriendelijke groet,

Kwartiermaker Vier
beleidsmedewerker jeugd
Gemeente Almere, Dienst Maatschappelijke Ontwikkeling
afdeling Beleid
T 036 539 9012
k.vier@almere.nl"""),
    X("free text, details only in the signature; municipal staff", "register", "nl",
      people=1, persons=[P("Kwartiermaker Vier", "k.vier@almere.nl", "Gemeente Almere",
                           "beleidsmedewerker jeugd", "036 539 9012")]))

# 005 prose, no labels
add("prose-nl", plain(
    "Buurtgenoot Vijf <b.vijf@steekproef.example.nl>", "leergang",
    "2010-03-05 08:47", """Geachte heer, mevrouw,

Mijn naam is Buurtgenoot Vijf en ik werk als wijkconsulent bij Woningcorporatie Steekproef. Ik wil mij graag aanmelden voor de vierdaagse leergang over Almere. U kunt mij bereiken op 036 521 44 80 of via dit mailadres. De factuur kan naar onze afdeling crediteuren, Postbus 3300, 1302 AH Almere, onder vermelding van kostenplaats 7120.

Met vriendelijke groet,
Buurtgenoot Vijf"""),
    X("registration in prose; invoice reference with its kind word", "register", "nl",
      people=1, persons=[P("Buurtgenoot Vijf", "b.vijf@steekproef.example.nl",
                           "Woningcorporatie Steekproef", "wijkconsulent",
                           "036 521 44 80",
                           invoice_address="afdeling crediteuren, Postbus 3300, 1302 AH Almere",
                           invoice_reference="kostenplaats 7120")]))

# 006 HTML-only Outlook with a table
_rows = [("Naam", "Stadsgenoot Zes"), ("Organisatie", "Zorgcentrum Proefhaven"),
         ("Functie", "teamleider thuiszorg"), ("E-mail", "s.zes@proefhaven.example.org"),
         ("Telefoon", "036 530 7766"), ("Dieetwensen", "glutenvrij"),
         ("Factuuradres", "Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere")]
add("html-only-table-nl", outlook(
    "Stadsgenoot Zes <s.zes@proefhaven.example.org>", "Aanmelding studiedagen Almere",
    "2010-03-08 11:20", "", html_only=True, html=html_table(
        _rows, intro="Geachte organisatie,\n\nHierbij meld ik mij aan voor deSTADSWIJKstudies Almere:",
        outro="Met vriendelijke groet,\nStadsgenoot Zes")),
    X("HTML-only mail, the details in a table", "register", "nl",
      people=1, persons=[P("Stadsgenoot Zes", "s.zes@proefhaven.example.org",
                           "Zorgcentrum Proefhaven", "teamleider thuiszorg",
                           "036 530 7766", "glutenvrij",
                           "Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere")]))

# 007 web form relay
add("webform-relay", plain(
    "Website Almere <noreply@www.almere.nl>", "Formulier: Aanmelding leergang deSTADSWIJKstudies",
    "2010-03-09 15:02", """Er is een formulier ingevuld op www.almere.nl.

Formulier: Aanmelding leergang deSTADSWIJKstudies
Ingezonden op: 09-03-2010 15:02

voornaam: Inschrijver
achternaam: Zeven
e-mailadres: inschrijver7@modelpolder.example.nl
organisatie: Jeugdzorg Modelpolder
functie: gedragswetenschapper
telefoonnummer: 0320 288 107
dieetwensen: -
factuuradres: Jeugdzorg Modelpolder, Postbus 77, 8200 AB Lelystad
opmerkingen:

Dit is een automatisch gegenereerd bericht.""",
    reply_to="inschrijver7@modelpolder.example.nl",
    extra=[("X-Mailer", "PHP/5.2.6")]),
    X("web form relayed by a noreply sender; first and last name in two fields", "register", "nl",
      people=1, persons=[P("Inschrijver Zeven", "inschrijver7@modelpolder.example.nl",
                           "Jeugdzorg Modelpolder", "gedragswetenschapper",
                           "0320 288 107",
                           invoice_address="Jeugdzorg Modelpolder, Postbus 77, 8200 AB Lelystad")]))

# 008 secretary registers her manager
add("secretary-registers-manager", outlook(
    "Secretariaat Buurtnetwerk <secretariaat@testhaven.example.nl>",
    "Aanmelding directeur", "2010-03-09 09:55", """Goedemorgen,

Namens onze directeur, mevrouw Toehoorder Acht, wil ik haar aanmelden voor de leergang deSTADSWIJKstudies Almere.

Naam: Toehoorder Acht
Functie: directeur-bestuurder
Organisatie: Buurtnetwerk Testhaven
E-mail: t.acht@testhaven.example.nl
Telefoon: 036 534 0090

De factuur graag naar Buurtnetwerk Testhaven, Markt 12, 1353 AB Almere.

Met vriendelijke groet,

Ondersteuner Negen
managementassistent
Buurtnetwerk Testhaven
036 534 0091"""),
    X("the secretary registers her director; her own phone is not the director's", "register", "nl",
      people=1, persons=[P("Toehoorder Acht", "t.acht@testhaven.example.nl",
                           "Buurtnetwerk Testhaven", "directeur-bestuurder",
                           "036 534 0090",
                           invoice_address="Buurtnetwerk Testhaven, Markt 12, 1353 AB Almere")]))

# 009 English prose, Apple Mail
add("prose-en-apple", apple(
    "Learner Nine <learner.nine@samplecare.example.com>", "Almere course - sign me up",
    "2010-03-10 21:14", """Dear organisers,

I'm Learner Nine, policy advisor at Sample Care Group, and I'd like to take part in the four-day course on Almere starting 1 June. I'm vegan, if that matters for the lunches. My mobile is 06 2200 9009.

Invoices go to Sample Care Group, Accounts Payable, P.O. Box 909, 3500 AA Utrecht.

Thanks,
Learner"""),
    X("English prose registration", "register", "en",
      people=1, persons=[P("Learner Nine", "learner.nine@samplecare.example.com",
                           "Sample Care Group", "policy advisor", "06 2200 9009", "vegan",
                           "Sample Care Group, Accounts Payable, P.O. Box 909, 3500 AA Utrecht")]))

# 010 form without colons, aligned (mutt)
add("form-aligned-no-colons-mutt", mutt(
    "Wijkwerker Tien <w.tien@ergenswijk.example.org>", "Aanmelding",
    "2010-03-11 13:03", """Aanmelding deSTADSWIJKstudies Almere

Naam          Wijkwerker Tien
Organisatie   Welzijn Ergenswijk
Functie       jongerenwerker
Telefoon      036 548 1010
E-mail        w.tien@ergenswijk.example.org
Dieet         halal

--
Wijkwerker Tien"""),
    X("aligned form without colons", "register", "nl",
      people=1, persons=[P("Wijkwerker Tien", "w.tien@ergenswijk.example.org",
                           "Welzijn Ergenswijk", "jongerenwerker", "036 548 1010", "halal")]))

# 011 registration with a question
add("register-with-question", groupwise(
    "Kwartiermaker Elf <kwartiermaker.elf@bibliotheek.example.nl>",
    "aanmelding + vraag", "2010-03-12 10:10", """Beste mensen,

Ik meld mij aan voor deSTADSWIJKstudies:
Naam: Kwartiermaker Elf
Organisatie: Bibliotheek Proefstad
Functie: programmamaker
Telefoon: 036 533 1111

Is er bij de bibliotheek in Almere parkeergelegenheid, of kan ik beter met de trein komen?

Hartelijke groet,
Kwartiermaker Elf"""),
    X("registration that also asks about parking", "register", "nl", q="yes",
      people=1, persons=[P("Kwartiermaker Elf", "kwartiermaker.elf@bibliotheek.example.nl",
                           "Bibliotheek Proefstad", "programmamaker", "036 533 1111")]))

# 012 Outlook Express, ISO-8859-1, Voornaam/Tussenvoegsel/Achternaam
add("form-oe-tussenvoegsel", oe(
    "Buurtgenoot van Twaalf <bvtwaalf@mee.example.nl>", "Opgave cursus",
    "2010-03-15 16:22", """Geachte heer/mevrouw,

Hierbij geef ik mij op voor de leergang.

Voornaam: Buurtgenoot
Tussenvoegsel: van
Achternaam: Twaalf
Werkgever: MEE Voorbeeldland
Functie: cliëntondersteuner
Tel.: 0320-221212
E-mail: bvtwaalf@mee.example.nl
Dieetwensen: lactosevrij

Met vriendelijke groet,
Buurtgenoot van Twaalf"""),
    X("name in three fields; 'Werkgever' is the organisation", "register", "nl",
      people=1, persons=[P("Buurtgenoot van Twaalf", "bvtwaalf@mee.example.nl",
                           "MEE Voorbeeldland", "cliëntondersteuner", "0320-221212",
                           "lactosevrij")]))

# 013 iPhone short registration, details on one line
add("iphone-one-line", iphone(
    "Stadsgenoot Dertien <stadsgenoot13@ggd.example.nl>", "Aanmelding leergang",
    "2010-03-16 07:41", """Graag aanmelden: Stadsgenoot Dertien, GGD Modelregio, epidemioloog, 06-13131313.

Verzonden vanaf mijn iPhone"""),
    X("all details on one line from a phone", "register", "nl",
      people=1, persons=[P("Stadsgenoot Dertien", "stadsgenoot13@ggd.example.nl",
                           "GGD Modelregio", "epidemioloog", "06-13131313")]))

# 014 English with label on next line, Hotmail
add("form-en-hotmail-next-line", hotmail(
    "Fellow Fourteen <fellow14@hotmail.example.com>", "course registration",
    "2010-03-17 19:30", """Hi there,

please find my details below.

Full name
Fellow Fourteen

Organization
Refugee Support Almere (example)

Job title
volunteer coordinator

Telephone
036 123 1414

Thank you!"""),
    X("English, label above value; email from the From header", "register", "en",
      people=1, persons=[P("Fellow Fourteen", "fellow14@hotmail.example.com",
                           "Refugee Support Almere (example)", "volunteer coordinator",
                           "036 123 1414")]))

# 015 numbered form, Windows Live Mail
add("form-numbered-wlm", wlm(
    "Inschrijver Vijftien <inschrijver15@roc.example.nl>", "Aanmeldformulier",
    "2010-03-18 12:12", """Beste organisatie,

1. Naam: Inschrijver Vijftien
2. Organisatie: ROC Oefenstad
3. Functie: docent maatschappijleer
4. E-mail: inschrijver15@roc.example.nl
5. Telefoon: 036 540 1515
6. Dieet: vis wel, vlees niet
7. Factuuradres: ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere
8. Kenmerk: bestelnummer 4500-1515

Groeten,
Inschrijver Vijftien"""),
    X("numbered form; 'Kenmerk:' is a field label, the kind word 'bestelnummer' stays", "register", "nl",
      people=1, persons=[P("Inschrijver Vijftien", "inschrijver15@roc.example.nl",
                           "ROC Oefenstad", "docent maatschappijleer", "036 540 1515",
                           "vis wel, vlees niet",
                           "ROC Oefenstad, Onderwijsweg 15, 1315 AA Almere",
                           "bestelnummer 4500-1515")]))

# 016 a manager registers a colleague, English
add("manager-registers-colleague-en", outlook(
    "Fellow Sixteen <f.sixteen@communitytrust.example.com>",
    "Registration for a member of my team", "2010-03-18 17:45", """Dear all,

I would like to register my colleague Attendee Seventeen for the Almere course. She works as a neighbourhood researcher in my team at Example Community Trust and her email address is a.seventeen@communitytrust.example.com. She is vegetarian.

Please invoice us at Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam, reference 2010-RES-17.

Kind regards,

Fellow Sixteen
Head of Research
Example Community Trust
+31 20 555 1616""", lang="EN"),
    X("a head of team registers her colleague; her own phone is not the colleague's", "register", "en",
      people=1, persons=[P("Attendee Seventeen", "a.seventeen@communitytrust.example.com",
                           "Example Community Trust", "neighbourhood researcher",
                           diet="vegetarian",
                           invoice_address="Example Community Trust, Finance, Keizersgracht 1, 1015 AA Amsterdam",
                           invoice_reference="2010-RES-17")]))

# 017 Yahoo, very informal, lower case
add("informal-yahoo", yahoo(
    "toehoorder achttien <toehoorder18@yahoo.example.com>", "hoi",
    "2010-03-19 23:50", """hoi ik wil me graag inschrijven voor de studiedagen in almere

naam toehoorder achttien
ik werk bij stichting pilotwijk als vrijwilligerscoordinator
tel 0612181818

groetjes"""),
    X("informal lower-case registration, email from From", "register", "nl",
      people=1, persons=[P("toehoorder achttien", "toehoorder18@yahoo.example.com",
                           "stichting pilotwijk", "vrijwilligerscoordinator",
                           "0612181818")]))

# 018 Evolution base64, Dutch form with a different email in the text
add("form-evolution-other-address", evolution(
    "Wijkwerker Negentien <wnegentien@example.net>", "Aanmelding deSTADSWIJKstudies",
    "2010-03-22 09:00", """Goedemorgen,

Ik stuur dit vanaf mijn privé-adres, maar gebruik a.u.b. mijn werkadres.

Naam: Wijkwerker Negentien
Organisatie: Vluchtelingenwerk Proefregio
Functie: maatschappelijk begeleider
E-mail: w.negentien@vluchtelingenwerk.example.nl
Telefoon: 036 537 1919

Groet,
Wijkwerker Negentien"""),
    X("sent from a private address; the work address in the text is the one to use", "register", "nl",
      people=1, persons=[P("Wijkwerker Negentien", "w.negentien@vluchtelingenwerk.example.nl",
                           "Vluchtelingenwerk Proefregio", "maatschappelijk begeleider",
                           "036 537 1919")]))

# 019 English, Zimbra, bulleted
add("form-en-bullets-zimbra", zimbra(
    "Visitor Twenty <visitor.twenty@housing.example.org>", "Sign up: Almere study days",
    "2010-03-23 10:44", """Good morning,

I'd like to sign up for deSTADSWIJKstudies Almere.

- Name: Visitor Twenty
- Organisation: Example Housing Foundation Almere
- Role: tenant participation officer
- Phone: 036 520 2020
- Diet: none

Regards,
Visitor Twenty"""),
    X("English bulleted form; diet 'none' is no diet", "register", "en",
      people=1, persons=[P("Visitor Twenty", "visitor.twenty@housing.example.org",
                           "Example Housing Foundation Almere",
                           "tenant participation officer", "036 520 2020")]))

# 020 municipal staff, very short, Outlook
add("almere-short-outlook", outlook(
    "Stadsgenoot Eenentwintig <s.eenentwintig@almere.nl>", "aanmelding",
    "2010-03-24 08:31", """Hoi,

Ik wil me graag aanmelden voor de leergang.

Stadsgenoot Eenentwintig
Senior beleidsadviseur Wonen
Gemeente Almere | Dienst Stedelijke Ontwikkeling
T (036) 539 2121"""),
    X("short mail of municipal staff, details in the signature", "register", "nl",
      people=1, persons=[P("Stadsgenoot Eenentwintig", "s.eenentwintig@almere.nl",
                           "Gemeente Almere", "Senior beleidsadviseur Wonen",
                           "(036) 539 2121")]))

# 021 semicolon line, Eudora
add("semicolon-line-eudora", eudora(
    "Inschrijver Tweeëntwintig <i22@jeugdzorg.example.nl>", "Inschrijving",
    "2010-03-25 11:05", """Geachte organisatie,

Inschrijving: Inschrijver Tweeëntwintig; Jeugdzorg Modelpolder; teamleider ambulante hulp; i22@jeugdzorg.example.nl; 0320 288 122; dieet: geen.
Factuur naar: Jeugdzorg Modelpolder, Postbus 77, 8200 AB Lelystad, o.v.v. project 2210.

Vriendelijke groet,
I. Tweeëntwintig"""),
    X("one line with semicolons; 'o.v.v.' dropped, 'project' kept", "register", "nl",
      people=1, persons=[P("Inschrijver Tweeëntwintig", "i22@jeugdzorg.example.nl",
                           "Jeugdzorg Modelpolder", "teamleider ambulante hulp",
                           "0320 288 122",
                           invoice_address="Jeugdzorg Modelpolder, Postbus 77, 8200 AB Lelystad",
                           invoice_reference="project 2210")]))

# 022 after the closing date
add("register-after-closing", gmail(
    "Buurtgenoot Drieëntwintig <buurtgenoot23@gmail.example.com>",
    "Aanmelding (te laat?)", "2010-05-27 13:13", """Beste organisatie,

Ik zag pas vandaag de uitnodiging. Ik meld mij toch aan, mocht er nog plek zijn:

Naam: Buurtgenoot Drieëntwintig
Organisatie: Stichting Pilotwijk
Functie: buurtbemiddelaar
Telefoon: 06 2323 2323

Groet,
Buurtgenoot"""),
    X("registration after the closing date, still a registration", "register", "nl",
      people=1, persons=[P("Buurtgenoot Drieëntwintig", "buurtgenoot23@gmail.example.com",
                           "Stichting Pilotwijk", "buurtbemiddelaar", "06 2323 2323")]))

# 023 two phone numbers, Apple
add("two-phones-apple", apple(
    "Kwartiermaker Vierentwintig <kwm24@steekproef.example.nl>", "Deelname leergang",
    "2010-03-29 15:50", """Geachte heer, mevrouw,

Graag meld ik mij aan als deelnemer.

Naam: Kwartiermaker Vierentwintig
Organisatie: Woningcorporatie Steekproef
Functie: gebiedsmanager Haven
Telefoon: 036 521 4424 (kantoor) / 06 2424 2424 (mobiel)
Factuuradres: Woningcorporatie Steekproef, afdeling crediteuren, Postbus 3300, 1302 AH Almere

Met vriendelijke groet,
Kwartiermaker Vierentwintig"""),
    X("two phone numbers: the first (office) one is taken", "register", "nl",
      people=1, persons=[P("Kwartiermaker Vierentwintig", "kwm24@steekproef.example.nl",
                           "Woningcorporatie Steekproef", "gebiedsmanager Haven",
                           "036 521 4424",
                           invoice_address="Woningcorporatie Steekproef, afdeling crediteuren, Postbus 3300, 1302 AH Almere")]))

# 024 English HTML-only Outlook, one-row grid
add("html-grid-en-one-row", outlook(
    "Learner Twentyfive <learner25@youthcare.example.org>", "Registration form",
    "2010-03-30 09:25", "", lang="EN", html_only=True, html=html_grid(
        ["Name", "Organisation", "Job title", "E-mail", "Telephone"],
        [["Learner Twentyfive", "Example Youth Care Flevoland", "family coach",
          "learner25@youthcare.example.org", "036 525 2525"]],
        intro="Dear Sir or Madam,\n\nHereby I register for the Almere course:",
        outro="Kind regards,\nLearner Twentyfive")),
    X("HTML-only, a table with a header row and one person", "register", "en",
      people=1, persons=[P("Learner Twentyfive", "learner25@youthcare.example.org",
                           "Example Youth Care Flevoland", "family coach", "036 525 2525")]))

# 025 Android, short English
add("android-en-short", android(
    "Fellow Twentysix <fellow26@mail.example.net>", "Register",
    "2010-04-01 18:02", """Please register me for the Almere course.
Fellow Twentysix, researcher, Example Institute for Urban Studies, 06 2626 2626.
Sent from my Android phone"""),
    X("short English registration from a phone", "register", "en",
      people=1, persons=[P("Fellow Twentysix", "fellow26@mail.example.net",
                           "Example Institute for Urban Studies", "researcher",
                           "06 2626 2626")]))

# 026 Dutch, windows-1252 Outlook, registering a colleague (same org)
add("colleague-nl-outlook", outlook(
    "Toehoorder Zevenentwintig <t27@welzijnergenswijk.example.org>",
    "Aanmelding collega", "2010-04-06 10:18", """Beste organisatie,

Ik meld graag mijn collega aan voor de leergang:

Naam: Wijkwerker Achtentwintig
E-mail: w28@welzijnergenswijk.example.org
Functie: ouderenadviseur
Organisatie: Welzijn Ergenswijk

Zelf kan ik helaas niet, ik zit die dagen in een ander traject.

Met vriendelijke groet,

Toehoorder Zevenentwintig
manager welzijn
Welzijn Ergenswijk
036 548 2727"""),
    X("a manager registers a colleague and says she herself cannot come", "register", "nl",
      people=1, persons=[P("Wijkwerker Achtentwintig", "w28@welzijnergenswijk.example.org",
                           "Welzijn Ergenswijk", "ouderenadviseur")]))

# 027 KMail-like plain with German-style quoted signature
add("mutt-en-formal", mutt(
    "Attendee Twentynine <a29@university.example.edu>", "Application for the course 'Almere: Sociale ambities'",
    "2010-04-07 08:08", """Dear madam, dear sir,

With this e-mail I register for the four-day course "Almere: Sociale ambities in een groeiende stad".

  Name:          Attendee Twentynine
  Affiliation:   Example University, Department of Human Geography
  Position:      PhD candidate
  Phone:         +31 30 253 2929
  Diet:          vegetarian

Invoice: Example University, Department of Human Geography, P.O. Box 80115, 3508 TC Utrecht, cost centre 29-HG

Yours faithfully,
Attendee Twentynine"""),
    X("English, 'Affiliation' with a department; cost centre kept with its kind word", "register", "en",
      people=1, persons=[P("Attendee Twentynine", "a29@university.example.edu",
                           "Example University, Department of Human Geography",
                           "PhD candidate", "+31 30 253 2929", "vegetarian",
                           "Example University, Department of Human Geography, P.O. Box 80115, 3508 TC Utrecht",
                           "cost centre 29-HG")]))

# 028 manager registers himself via assistant's account (GroupWise), almere
add("almere-assistant-for-manager", groupwise(
    "Secretariaat Sector Zorg <zorg.secretariaat@almere.nl>",
    "Aanmelding dhr. Stadsgenoot Dertig", "2010-04-08 14:32", """Goedemiddag,

Graag melden wij dhr. Stadsgenoot Dertig, afdelingsmanager Zorg en Welzijn, aan voor deSTADSWIJKstudies.
Zijn e-mailadres is s.dertig@almere.nl, telefoon 036 539 3030.

Met vriendelijke groet,
Secretariaat Sector Zorg
Gemeente Almere"""),
    X("a municipal secretariat registers its manager", "register", "nl",
      people=1, persons=[P("Stadsgenoot Dertig", "s.dertig@almere.nl", "Gemeente Almere",
                           "afdelingsmanager Zorg en Welzijn", "036 539 3030")]))

# 029 Dutch Thunderbird, 'Ja, ik kom' after seeing the brochure, with question
add("register-question-fee", tb(
    "Buurtgenoot Eenendertig <b31@buurtnetwerk.example.nl>", "Re: Uitnodiging deSTADSWIJKstudies",
    "2010-04-09 09:41", """Beste,

Leuk initiatief! Ik meld me aan.

Buurtgenoot Eenendertig
Buurtnetwerk Testhaven, projectleider Samen Sterk
tel. 036 534 3131

Kan de factuur in twee delen (2010 en 2011)? Dat zou ons budget erg helpen.

Groet, Buurtgenoot

> Op 1 maart 2010 schreef Gemeente Almere:
> Graag nodigen wij u uit voor deSTADSWIJKstudies op locatie Almere,
> een vierdaagse leergang voor maatschappelijke organisaties en overheid."""),
    X("registration in reply to the invitation, with a question about the invoice", "register", "nl", q="yes",
      people=1, persons=[P("Buurtgenoot Eenendertig", "b31@buurtnetwerk.example.nl",
                           "Buurtnetwerk Testhaven", "projectleider Samen Sterk",
                           "036 534 3131")]))

# 030 Hotmail Dutch with misspelled everything
add("typos-hotmail-nl", hotmail(
    "Kwartiermaker 32 <kwartiermaker32@hotmail.example.com>", "aanmleding",
    "2010-04-12 22:15", """Goedeavond,

Bij deze wil ik me aanmleden voor de lergang in almere.

Naam: Kwartiermaker Tweeëndertig
Organsatie: Stichting Pilotwijk
Funktie: maatschapelijk werker
Tel: 06-32323232

mvg Kwartiermaker"""),
    X("many typos in labels and text", "register", "nl",
      people=1, persons=[P("Kwartiermaker Tweeëndertig", "kwartiermaker32@hotmail.example.com",
                           "Stichting Pilotwijk", "maatschapelijk werker", "06-32323232")]))

# 031 English, registers her manager
add("assistant-registers-director-en", apple(
    "Office Thirtythree <office@refugeehelp.example.org>", "Registration of our director",
    "2010-04-13 11:11", """Dear course team,

On behalf of our director, Fellow Thirtyfour, I would like to register him for the course in Almere.

Name: Fellow Thirtyfour
Position: Director
Organisation: Example Refugee Help Foundation
Email: f.thirtyfour@refugeehelp.example.org
Phone: 020 600 3434
Diet: no fish

Invoice address: Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam

Kind regards,
Office Thirtythree
Office manager"""),
    X("an office manager registers her director", "register", "en",
      people=1, persons=[P("Fellow Thirtyfour", "f.thirtyfour@refugeehelp.example.org",
                           "Example Refugee Help Foundation", "Director", "020 600 3434",
                           "no fish", "Example Refugee Help Foundation, Postbus 3434, 1000 AA Amsterdam")]))

# 032 Dutch from webmail (Horde), form with invoice reference in running text
add("webmail-form-ordernummer", webmail(
    "Inschrijver Vijfendertig <i35@ggdmodelregio.example.nl>", "Aanmelding leergang Almere",
    "2010-04-14 13:35", """Geachte heer/mevrouw,

Naam: Inschrijver Vijfendertig
Organisatie: GGD Modelregio
Functie: sociaal verpleegkundige
Telefoon: 088 002 3535
E-mail: i35@ggdmodelregio.example.nl

Wilt u op de factuur ordernummer 45003535 vermelden? De factuur kan naar GGD Modelregio, Postbus 35, 8200 AA Lelystad.

Met vriendelijke groet,
Inschrijver Vijfendertig""", agent="Internet Messaging Program (IMP) H3 (4.3.6)"),
    X("webmail form, invoice reference in running text", "register", "nl",
      people=1, persons=[P("Inschrijver Vijfendertig", "i35@ggdmodelregio.example.nl",
                           "GGD Modelregio", "sociaal verpleegkundige", "088 002 3535",
                           invoice_address="GGD Modelregio, Postbus 35, 8200 AA Lelystad",
                           invoice_reference="ordernummer 45003535")]))

# 033 Notes, English speaker in Dutch org, mixed
add("notes-en-almere", notes(
    "Visitor Thirtysix <v.thirtysix@almere.nl>", "Registration deSTADSWIJKstudies",
    "2010-04-15 09:36", """Hello,

I would like to join the course. My Dutch is not yet good enough to write this in Dutch, sorry.

Visitor Thirtysix
Programme manager Economy & Participation
Municipality of Almere
phone 036 539 3636"""),
    X("English from a municipal address; organisation is Gemeente Almere", "register", "en",
      people=1, persons=[P("Visitor Thirtysix", "v.thirtysix@almere.nl", "Gemeente Almere",
                           "Programme manager Economy & Participation", "036 539 3636")]))

# 034 Gmail Dutch registration with diet and allergy
add("gmail-nl-allergy", gmail(
    "Wijkwerker Zevenendertig <wijkwerker37@gmail.example.com>", "Opgave leergang",
    "2010-04-16 16:37", """Hallo,

Graag geef ik mij op voor de leergang. Ik werk als zelfstandig adviseur (eenmanszaak Wijkadvies Zevenendertig) en betaal zelf.

Naam: Wijkwerker Zevenendertig
Functie: adviseur participatie
Telefoon: 06 3737 3737
Dieet: notenallergie!
Factuuradres: Wijkadvies Zevenendertig, Zeilstraat 37, 1335 AB Almere

Groet,
Wijkwerker"""),
    X("a self-employed adviser registering herself; organisation from the sentence", "register", "nl",
      people=1, persons=[P("Wijkwerker Zevenendertig", "wijkwerker37@gmail.example.com",
                           "Wijkadvies Zevenendertig", "adviseur participatie",
                           "06 3737 3737", "notenallergie!",
                           "Wijkadvies Zevenendertig, Zeilstraat 37, 1335 AB Almere")]))

# 035 Outlook English reply to the brochure mail, with a question
add("en-register-question-language", outlook(
    "Attendee Thirtyeight <a38@samplecare.example.com>", "RE: deSTADSWIJKstudies Almere",
    "2010-04-19 10:38", """Hi,

Yes, count me in please. Attendee Thirtyeight, quality manager at Sample Care Group, tel 030 600 3838.

One question: are the lectures in Dutch only, or is there any English material?

Best,
Attendee

-----Original Message-----
From: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Sent: maandag 1 maart 2010 10:00
Subject: deSTADSWIJKstudies Almere

Graag nodigen wij u uit voor de leergang deSTADSWIJKstudies op locatie Almere.""", lang="EN"),
    X("registration with a question about the language of the lectures", "register", "en", q="yes",
      people=1, persons=[P("Attendee Thirtyeight", "a38@samplecare.example.com",
                           "Sample Care Group", "quality manager", "030 600 3838")]))

# 036 details in a .pdf attachment only
add("details-in-pdf", with_attachments(outlook(
    "Toehoorder Negenendertig <t39@proefhaven.example.org>", "Aanmeldformulier leergang",
    "2010-04-20 11:39", """Goedemorgen,

Bijgaand het ingevulde aanmeldformulier.

Met vriendelijke groet,
Toehoorder Negenendertig"""), [attachment(lib.pdf([
        "Aanmeldformulier deSTADSWIJKstudies Almere", "Naam: Toehoorder Negenendertig",
        "Organisatie: Zorgcentrum Proefhaven", "Functie: locatiemanager",
        "Telefoon: 036 530 3939"]), "application", "pdf", "aanmeldformulier.pdf")]),
    X("the details are only in an attached PDF form: a person must read it", "human", "nl"))
