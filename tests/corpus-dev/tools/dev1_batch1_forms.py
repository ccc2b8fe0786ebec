"""Development set dev1, batch 1: one person registering with a form.

Every message and every label is typed by hand.
"""
from set2_lib import (add, outlook, gmail, tb, mutt, apple, iphone, webmail,
                     plain, X, P, html_part, lib)

add("outlook-nl-form-colons", outlook(
    "Ontwikkel Een <o.een@ontwerpwijk.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-02 10:12",
    """Geachte heer/mevrouw,

Graag meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Ontwikkel Een
Organisatie: Stichting Ontwerpwijk
Functie: coördinator opbouwwerk
E-mail: o.een@ontwerpwijk.example.nl
Telefoon: 036-5301122
Factuuradres: Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere
Dieet: geen

Met vriendelijke groet,

Ontwikkel Een
"""),
  X("plain Dutch form with colons; diet 'geen' is no diet; invoice address on one line", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Een", email="o.een@ontwerpwijk.example.nl",
      organisation="Stichting Ontwerpwijk", role="coördinator opbouwwerk",
      phone="036-5301122",
      invoice_address="Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere")]))

add("gmail-en-form", gmail(
    "Dev Person Two <devperson.two@gmail.example.com>",
    "Registration", "2010-03-03 21:40",
    """Hello,

I would like to register for the course on social ambitions in Almere.

Name: Dev Person Two
Organisation: Example Community Trust
Job title: community development officer
Email: devperson.two@gmail.example.com
Telephone: +31 6 2418 7730
Dietary requirements: vegetarian
Invoice address: Example Community Trust, Finance Department, Grote Markt 12, 1315 JG Almere
PO number: ECT-2010-044

Thanks,
Dev"""),
  X("English form; 'PO number:' is a field label, so the reference is the number only", "register", "en", people=1, persons=[P(
      name="Dev Person Two", email="devperson.two@gmail.example.com",
      organisation="Example Community Trust", role="community development officer",
      phone="+31 6 2418 7730", diet="vegetarian",
      invoice_address="Example Community Trust, Finance Department, Grote Markt 12, 1315 JG Almere",
      invoice_reference="ECT-2010-044")]))

add("tb-nl-label-next-line", tb(
    "Ontwikkel Drie <drie@welzijnproefpolder.example.org>",
    "aanmelding", "2010-03-04 08:55",
    """Goedemorgen,

Hierbij mijn aanmelding:

Naam
Ontwikkel Drie

Organisatie
Welzijn Proefpolder

Functie
teamleider maatschappelijk werk

Telefoonnummer
06 - 41 22 90 18

Factuuradres
Welzijn Proefpolder
Afdeling Financiën
Kruisstraat 4
1311 AB Almere

Kostenplaats
4410

Groet,
Ontwikkel Drie
"""),
  X("labels on one line, values on the next; multi-line invoice address; the cost centre is under a label so only the number", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Drie", email="drie@welzijnproefpolder.example.org",
      organisation="Welzijn Proefpolder", role="teamleider maatschappelijk werk",
      phone="06 - 41 22 90 18",
      invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere",
      invoice_reference="4410")]))

add("mutt-nl-aligned-no-colons", mutt(
    "Ontwikkel Vier <vier@zorgtesthaven.example.nl>",
    "Inschrijving deSTADSWIJKstudies Almere", "2010-03-04 14:03",
    """Hallo,

Ik schrijf me in voor de leergang. Mijn gegevens:

Naam            Ontwikkel Vier
Organisatie     Zorgcentrum Testhaven
Functie         manager wonen en zorg
Telefoon        036 540 77 21
E-mail          vier@zorgtesthaven.example.nl
Dieet           lactosevrij

De factuur graag naar ons postadres: Postbus 2210, 1302 CE Almere.

Ontwikkel Vier
"""),
  X("columns aligned with spaces, no colons; invoice address in running text", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vier", email="vier@zorgtesthaven.example.nl",
      organisation="Zorgcentrum Testhaven", role="manager wonen en zorg",
      phone="036 540 77 21", diet="lactosevrij",
      invoice_address="Postbus 2210, 1302 CE Almere")]))

add("outlook-nl-voornaam-achternaam", outlook(
    "Zes, O. van der <o.vanderzes@schetsstad-wonen.example.nl>",
    "Aanmelding", "2010-03-05 11:30",
    """Beste mensen,

Via deze weg meld ik me aan voor deSTADSWIJKstudies Almere.

Voornaam: Ontwikkel
Tussenvoegsel: van der
Achternaam: Zes
Organisatie: Woningstichting Schetsstad
Afdeling: Wijkbeheer
Functie: wijkconsulent
Telefoon: 036-5489031
E-mail: o.vanderzes@schetsstad-wonen.example.nl
Factuuradres: Woningstichting Schetsstad, Postbus 60, 1300 AB Almere
Inkoopordernummer: 4500123987

Met vriendelijke groet,
Ontwikkel van der Zes"""),
  X("Voornaam/Tussenvoegsel/Achternaam joined into one name; the department is not the organisation", "register", "nl", people=1, persons=[P(
      name="Ontwikkel van der Zes", email="o.vanderzes@schetsstad-wonen.example.nl",
      organisation="Woningstichting Schetsstad", role="wijkconsulent",
      phone="036-5489031",
      invoice_address="Woningstichting Schetsstad, Postbus 60, 1300 AB Almere",
      invoice_reference="4500123987")]))

add("webmail-nl-misspelt-labels", webmail(
    "ontwikkel.zeven@kpnmail.example.nl",
    "aanmeldig leergang", "2010-03-06 16:21",
    """Beste,

hierbij meld ik mij aan

naam : Ontwikkel Zeven
organisatie : Stichting Buurtkracht Oefenstad
fucntie : vrijwilligerscoordinator
tel. nr : 0365-223344
emial : ontwikkel.zeven@kpnmail.example.nl
dieetwesen : geen varkensvlees

factuur naar: Stichting Buurtkracht Oefenstad, Waterlelie 8, 1317 AP Almere

groetjes Ontwikkel"""),
  X("lower-case labels with typos and space before colon; no name in From", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zeven", email="ontwikkel.zeven@kpnmail.example.nl",
      organisation="Stichting Buurtkracht Oefenstad", role="vrijwilligerscoordinator",
      phone="0365-223344", diet="geen varkensvlees",
      invoice_address="Stichting Buurtkracht Oefenstad, Waterlelie 8, 1317 AP Almere")]))

add("apple-nl-numbered", apple(
    "Ontwikkel Acht <acht@bibliotheekoefenstad.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-08 09:14",
    """Goedemorgen,

Zoals gevraagd in de uitnodiging hierbij mijn gegevens:

1. Naam: Ontwikkel Acht
2. Organisatie: Bibliotheek Oefenstad
3. Functie: programmamaker educatie
4. E-mailadres: acht@bibliotheekoefenstad.example.nl
5. Telefoonnummer: 036 - 533 10 10
6. Dieetwensen: veganistisch
7. Factuuradres: Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere

Met vriendelijke groet,

Ontwikkel Acht
Bibliotheek Oefenstad"""),
  X("numbered form", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Acht", email="acht@bibliotheekoefenstad.example.nl",
      organisation="Bibliotheek Oefenstad", role="programmamaker educatie",
      phone="036 - 533 10 10", diet="veganistisch",
      invoice_address="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere")]))

add("outlook-nl-bullets", outlook(
    "Ontwikkel Negen <onegen@almere.nl>",
    "Aanmelding leergang", "2010-03-08 13:47",
    """Hoi,

Ik wil graag meedoen aan de leergang. Gegevens:

•	Naam: Ontwikkel Negen
•	Afdeling: DMO, team Jeugd
•	Functie: beleidsadviseur jeugd
•	Tel: 036 539 9412
•	Dieet: glutenvrij

Groet,
Ontwikkel Negen
Gemeente Almere"""),
  X("municipal employee with bullets; department line is not the organisation; email from From", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Negen", email="onegen@almere.nl",
      organisation="Gemeente Almere", role="beleidsadviseur jeugd",
      phone="036 539 9412", diet="glutenvrij")]))

add("mutt-nl-semicolons", mutt(
    "Ontwikkel Tien <tien@meevoorbeeldland.example.org>",
    "aanmelding leergang Almere", "2010-03-09 10:02",
    """Graag aanmelden:

Ontwikkel Tien; MEE Voorbeeldland; regiomanager; tien@meevoorbeeldland.example.org; 06-12093847

Factuur naar MEE Voorbeeldland, Postbus 333, 1300 AH Almere, o.v.v. projectcode MEE-AL-17.

Dank!
"""),
  X("one line with semicolons; reference 'o.v.v. projectcode' keeps the kind word 'projectcode'", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Tien", email="tien@meevoorbeeldland.example.org",
      organisation="MEE Voorbeeldland", role="regiomanager",
      phone="06-12093847",
      invoice_address="MEE Voorbeeldland, Postbus 333, 1300 AH Almere",
      invoice_reference="projectcode MEE-AL-17")]))

add("outlook-en-html-table", outlook(
    "Dev Person Eleven <d.eleven@examplehousing.example.com>",
    "Registration deSTADSWIJKstudies Almere", "2010-03-10 15:20",
    "", lang="EN", html_only=True, html="""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=EN-GB>
<p class=MsoNormal>Dear organisers,</p>
<p class=MsoNormal>Please register me for the course. My details are below.</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=180><p class=MsoNormal><b>Name</b></p></td><td width=300><p class=MsoNormal>Dev Person Eleven</p></td></tr>
<tr><td><p class=MsoNormal><b>Organisation</b></p></td><td><p class=MsoNormal>Example Housing Partners</p></td></tr>
<tr><td><p class=MsoNormal><b>Position</b></p></td><td><p class=MsoNormal>Head of Neighbourhood Services</p></td></tr>
<tr><td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><a href="mailto:d.eleven@examplehousing.example.com">d.eleven@examplehousing.example.com</a></p></td></tr>
<tr><td><p class=MsoNormal><b>Phone</b></p></td><td><p class=MsoNormal>+31 (0)36 720 4410</p></td></tr>
<tr><td><p class=MsoNormal><b>Invoice address</b></p></td><td><p class=MsoNormal>Example Housing Partners<br>Accounts Payable<br>P.O. Box 4410<br>1300 EK Almere</p></td></tr>
<tr><td><p class=MsoNormal><b>Your reference</b></p></td><td><p class=MsoNormal>PO 77-1203</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kind regards,<br>Dev Person Eleven</p>
</body></html>
"""),
  X("HTML-only table; invoice address lines with <br> joined; reference 'PO 77-1203' as written in the cell", "register", "en", people=1, persons=[P(
      name="Dev Person Eleven", email="d.eleven@examplehousing.example.com",
      organisation="Example Housing Partners", role="Head of Neighbourhood Services",
      phone="+31 (0)36 720 4410",
      invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere",
      invoice_reference="PO 77-1203")]))

add("gmail-nl-freetext-signature", gmail(
    "Ontwikkel Twaalf <ontwikkel12@gmail.example.com>",
    "Leergang Almere", "2010-03-10 22:05",
    """Beste organisatie,

Van mijn leidinggevende kreeg ik de uitnodiging voor de leergang Sociale ambities in een groeiende stad. Ik wil me daar graag voor aanmelden. Ik eet vegetarisch, als dat uitmaakt voor de lunch.

De rekening kan naar ons kantoor, zie hieronder.

Hartelijke groet,

Ontwikkel Twaalf
Jongerenwerker
Stichting Jong Proefstad
Markt 33
1354 AB Almere
T 036 - 521 88 00
M 06 - 19 28 37 46"""),
  X("free text with a signature; invoice to the office address in the signature; two phones, the office one first", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Twaalf", email="ontwikkel12@gmail.example.com",
      organisation="Stichting Jong Proefstad", role="Jongerenwerker",
      phone="036 - 521 88 00", diet="vegetarisch",
      invoice_address="Stichting Jong Proefstad, Markt 33, 1354 AB Almere")]))

add("tb-en-freetext", tb(
    "Dev Person Thirteen <thirteen@examplecollege.example.edu>",
    "Course registration", "2010-03-11 12:40",
    """Dear Sir or Madam,

I am a lecturer in urban sociology at Example College Almere and would like to take part in the four-day course "Almere: Sociale ambities in een groeiende stad". Please send the invoice to our finance office, Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere, quoting cost centre 8120.

I have no dietary requirements.

Best wishes,

Dev Person Thirteen
Lecturer, Urban Sociology
Example College Almere
+31 36 548 1200"""),
  X("English free text; invoice address and 'cost centre 8120' in running text", "register", "en", people=1, persons=[P(
      name="Dev Person Thirteen", email="thirteen@examplecollege.example.edu",
      organisation="Example College Almere", role="Lecturer, Urban Sociology",
      phone="+31 36 548 1200",
      invoice_address="Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere",
      invoice_reference="cost centre 8120")]))

add("outlook-nl-form-plus-sig", outlook(
    "Ontwikkel Veertien <o.veertien@ggdmodelregio.example.nl>",
    "Aanmelding: deSTADSWIJKstudies Almere", "2010-03-12 09:33",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang.

Naam: Ontwikkel Veertien
Organisatie: GGD Modelregio
Functie: epidemioloog
Telefoon: 088 - 0029 540
Dieetwensen: halal

Factuur: GGD Modelregio, Postbus 1120, 1200 BC Hilversum, onder vermelding van ordernummer 2010-0815.

Met vriendelijke groet,

Ontwikkel Veertien
Epidemioloog | GGD Modelregio
Postbus 1120 | 1200 BC Hilversum
T 088 - 0029 540 | M 06 - 5544 3322
www.ggdmodelregio.example.nl

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen."""),
  X("form plus signature and disclaimer; 'ordernummer 2010-0815' in running text keeps the kind word", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Veertien", email="o.veertien@ggdmodelregio.example.nl",
      organisation="GGD Modelregio", role="epidemioloog",
      phone="088 - 0029 540", diet="halal",
      invoice_address="GGD Modelregio, Postbus 1120, 1200 BC Hilversum",
      invoice_reference="ordernummer 2010-0815")]))

add("iphone-nl-short", iphone(
    "Ontwikkel Vijftien <vijftien@almere.nl>",
    "Aanmelden leergang", "2010-03-12 17:58",
    """Hoi, meld mij aan voor de leergang sociale ambities. Ontwikkel Vijftien, wijkmanager Almere Haven, 06 28 39 40 51. Geen dieet.

Verstuurd vanaf mijn iPhone"""),
  X("short iPhone mail from a municipal address; role and phone in one sentence", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vijftien", email="vijftien@almere.nl",
      organisation="Gemeente Almere", role="wijkmanager Almere Haven",
      phone="06 28 39 40 51")]))

add("outlook-en-form-typos", outlook(
    "Dev Person Sixteen <sixteen@exampleyouth.example.org>",
    "Registraton", "2010-03-15 10:10",
    """Good morning,

Herewith my registration for the course.

Nmae: Dev Person Sixteen
Organistion: Example Youth Work Almere
Fuction: outreach worker
Emial: sixteen@exampleyouth.example.org
Tel: 036 - 202 3030
Diet: no pork, no alcohol in food
Invoice adress: Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere

Regards,
Dev""", lang="EN"),
  X("English form with misspelt labels", "register", "en", people=1, persons=[P(
      name="Dev Person Sixteen", email="sixteen@exampleyouth.example.org",
      organisation="Example Youth Work Almere", role="outreach worker",
      phone="036 - 202 3030", diet="no pork, no alcohol in food",
      invoice_address="Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere")]))

add("oe-nl-latin1-form", plain(
    "\"Ontwikkel Zeventien\" <zeventien@humanitasproef.example.nl>",
    "Aanmelding studieprogramma Almere 2.0", "2010-03-16 11:45",
    """Geachte organisatie,

Hierbij meld ik mij aan voor de vierdaagse leergang deSTADSWIJKstudies.

Naam:           Ontwikkel Zeventien
Organisatie:    Humanitas afdeling Proefstad
Functie:        coördinator thuisadministratie
Telefoon:       036-5377788
E-mail:         zeventien@humanitasproef.example.nl
Dieet:          geen

Factuuradres:
Humanitas afdeling Proefstad
t.a.v. penningmeester
Postbus 10021
1301 AA Almere

Met vriendelijke groet,
Ontwikkel Zeventien""", charset="iso-8859-1", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]),
  X("Outlook Express ISO-8859-1 form; invoice address as a block under its label", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zeventien", email="zeventien@humanitasproef.example.nl",
      organisation="Humanitas afdeling Proefstad", role="coördinator thuisadministratie",
      phone="036-5377788",
      invoice_address="Humanitas afdeling Proefstad, t.a.v. penningmeester, Postbus 10021, 1301 AA Almere")]))

add("evolution-nl-base64-prose", plain(
    "Ontwikkel Achttien <achttien@vluchtelingenwerk-test.example.org>",
    "Deelname leergang", "2010-03-17 19:30",
    """Beste mensen van het programmasecretariaat,

Ik heb met veel interesse de brochure gelezen over de leergang in Almere. Als regiocoördinator van Vluchtelingenwerk Testregio werk ik dagelijks met de thema's diversiteit en identiteit, dus ik meld me graag aan. U kunt mij bereiken op 06-33445566.

Onze factuur graag naar Vluchtelingenwerk Testregio, Postbus 5070, 1300 BL Almere, met vermelding van kenmerk VW/OPL/2010/12.

Ik eet geen vlees en geen vis.

Vriendelijke groet,
Ontwikkel Achttien""", cte="base64",
    extra=[("X-Mailer", "Evolution 2.28.3")]),
  X("prose in base64; role and organisation in one sentence; 'kenmerk' is not kept", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Achttien", email="achttien@vluchtelingenwerk-test.example.org",
      organisation="Vluchtelingenwerk Testregio", role="regiocoördinator",
      phone="06-33445566", diet="geen vlees en geen vis",
      invoice_address="Vluchtelingenwerk Testregio, Postbus 5070, 1300 BL Almere",
      invoice_reference="VW/OPL/2010/12")]))

add("gmail-nl-werkgever-mobiel", gmail(
    "Ontwikkel Negentien <negentien.ontwikkel@gmail.example.com>",
    "aanmelding deSTADSWIJKstudies", "2010-03-18 07:50",
    """Goedemorgen,

Graag meld ik mij aan.

Naam: Ontwikkel Negentien
Werkgever: Kinderopvang Speelwijk
Functie: pedagogisch beleidsmedewerker
Mobiel: 0612345098
Dieet: notenallergie

Factuur naar: Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere

Groet, Ontwikkel"""),
  X("'Werkgever' for organisation, 'Mobiel' for phone; mail from a private address", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Negentien", email="negentien.ontwikkel@gmail.example.com",
      organisation="Kinderopvang Speelwijk", role="pedagogisch beleidsmedewerker",
      phone="0612345098", diet="notenallergie",
      invoice_address="Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere")]))

add("outlook-nl-inline-name-no-label", outlook(
    "Ontwikkel Twintig <twintig@almere.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies", "2010-03-18 14:22",
    """Ja, ik doe graag mee.

Ontwikkel Twintig
Beleidsmedewerker Wonen
Dienst Stedelijke Ontwikkeling
Gemeente Almere
T (036) 539 92 21

________________________________
Van: Programmasecretariaat DMO
Verzonden: maandag 1 maart 2010 9:00
Aan: DMO-Allen
Onderwerp: Uitnodiging leergang deSTADSWIJKstudies

Beste collega's,

De gemeente vult twintig van de zestig plaatsen in de leergang "Almere: Sociale ambities in een groeiende stad". Wie wil deelnemen, meldt zich aan door een mail te sturen naar aanmelden@example.org met naam, functie en telefoonnummer.

Met vriendelijke groet,
Programmasecretariaat DMO"""),
  X("short 'yes' reply to the organiser's internal invitation (forwarded to the robot address by the writer); signature completes her details", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Twintig", email="twintig@almere.nl",
      organisation="Gemeente Almere", role="Beleidsmedewerker Wonen",
      phone="(036) 539 92 21")]))

add("tb-en-form-bullets-dashes", tb(
    "Dev Person Twentyone <p21@examplecarehomes.example.com>",
    "Sign up - social ambitions course", "2010-03-19 16:05",
    """Hi there,

Please sign me up for all four days.

- Name: Dev Person Twentyone
- Organisation: Example Care Homes Flevoland
- Role: quality and innovation lead
- Mobile: 06 1122 3344
- Dietary: coeliac (strictly gluten-free please)
- Billing: Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere
- PO: 10-55281

Cheers,
Dev Person Twentyone"""),
  X("dashed English list; 'Billing' is the invoice address, 'PO:' a field label", "register", "en", people=1, persons=[P(
      name="Dev Person Twentyone", email="p21@examplecarehomes.example.com",
      organisation="Example Care Homes Flevoland", role="quality and innovation lead",
      phone="06 1122 3344", diet="coeliac (strictly gluten-free please)",
      invoice_address="Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere",
      invoice_reference="10-55281")]))

add("webmail-nl-tussenvoegsel-name", webmail(
    "Ontwikkel de Tweeëntwintig <o.detweeentwintig@wijkteams-test.example.nl>",
    "Aanmelding", "2010-03-22 09:01",
    """Goedemorgen,

Hierbij meld ik me aan voor de leergang "Almere: sociale ambities in een groeiende stad".

Achternaam: de Tweeëntwintig
Voornaam: Ontwikkel
Organisatie: Wijkteams Testland
Functie: procesbegeleider
Telefoon: 06-24681357
E-mail: o.detweeentwintig@wijkteams-test.example.nl
Factuuradres: zie hieronder

Wijkteams Testland
Financiële administratie
Postbus 777
1300 AT Almere

Met vriendelijke groet,

Ontwikkel de Tweeëntwintig""", agent="Horde Application Framework 3"),
  X("Achternaam before Voornaam; 'Factuuradres: zie hieronder' then the address as a block", "register", "nl", people=1, persons=[P(
      name="Ontwikkel de Tweeëntwintig", email="o.detweeentwintig@wijkteams-test.example.nl",
      organisation="Wijkteams Testland", role="procesbegeleider",
      phone="06-24681357",
      invoice_address="Wijkteams Testland, Financiële administratie, Postbus 777, 1300 AT Almere")]))

add("outlook-nl-table-html-alt", outlook(
    "Ontwikkel Drieëntwintig <o.drieentwintig@politie-proef.example.nl>",
    "Aanmelding leergang Almere", "2010-03-23 10:40",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang.

Naam	Ontwikkel Drieëntwintig
Organisatie	Politie Proefland, district Almere
Functie	wijkagent
Telefoon	0900-8844 (vragen naar Ontwikkel Drieëntwintig)
E-mail	o.drieentwintig@politie-proef.example.nl
Dieet	-

Met vriendelijke groet,
Ontwikkel Drieëntwintig""",
    html="""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=NL>
<p class=MsoNormal>Goedemorgen,</p>
<p class=MsoNormal>Hierbij meld ik mij aan voor de leergang.</p>
<table border=0 cellpadding=0>
<tr><td><p class=MsoNormal>Naam</p></td><td><p class=MsoNormal>Ontwikkel Drie&euml;ntwintig</p></td></tr>
<tr><td><p class=MsoNormal>Organisatie</p></td><td><p class=MsoNormal>Politie Proefland, district Almere</p></td></tr>
<tr><td><p class=MsoNormal>Functie</p></td><td><p class=MsoNormal>wijkagent</p></td></tr>
<tr><td><p class=MsoNormal>Telefoon</p></td><td><p class=MsoNormal>0900-8844 (vragen naar Ontwikkel Drie&euml;ntwintig)</p></td></tr>
<tr><td><p class=MsoNormal>E-mail</p></td><td><p class=MsoNormal>o.drieentwintig@politie-proef.example.nl</p></td></tr>
<tr><td><p class=MsoNormal>Dieet</p></td><td><p class=MsoNormal>-</p></td></tr>
</table>
<p class=MsoNormal>Met vriendelijke groet,<br>Ontwikkel Drie&euml;ntwintig</p>
</body></html>
"""),
  X("tab-separated table (a Word table in the HTML part); diet '-' is none; the phone is the number without the note", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Drieëntwintig", email="o.drieentwintig@politie-proef.example.nl",
      organisation="Politie Proefland, district Almere", role="wijkagent",
      phone="0900-8844")]))

add("kmail-en-prose-phone-intl", plain(
    "Dev Person Twentyfour <dp24@exampleuniversity.example.edu>",
    "Participation in Almere course", "2010-03-24 13:13",
    """Dear colleagues,

I am a PhD candidate at the Example University department of human geography, working on new towns, and I would very much like to take part in the course in Almere. My supervisor has agreed that the department pays the fee; the invoice should go to Example University, Department of Human Geography, attn. secretariat, P.O. Box 80115, 3508 TC Utrecht. Please mention project number HG-2231 on it.

I can be reached on +31 30 253 0000 (office).

With kind regards,
Dev Person Twentyfour
PhD candidate
Example University""", extra=[("User-Agent", "KMail/1.12.4 (Linux/2.6.31; KDE/4.3.4)")]),
  X("English prose; 'project number HG-2231' in running text keeps its kind words", "register", "en", people=1, persons=[P(
      name="Dev Person Twentyfour", email="dp24@exampleuniversity.example.edu",
      organisation="Example University", role="PhD candidate",
      phone="+31 30 253 0000",
      invoice_address="Example University, Department of Human Geography, attn. secretariat, P.O. Box 80115, 3508 TC Utrecht",
      invoice_reference="project number HG-2231")]))

add("outlook-nl-windows1252-quotes", outlook(
    "Ontwikkel Vijfentwintig <vijfentwintig@corporatie-oefenhuis.example.nl>",
    "Aanmelding ‘Sociale ambities in een groeiende stad’", "2010-03-25 08:20",
    """Geachte heer, mevrouw,

Namens mezelf meld ik mij aan voor de leergang ‘Almere: Sociale ambities in een groeiende stad’.

Naam: Ontwikkel Vijfentwintig
Functie: senior beleidsadviseur maatschappelijk vastgoed
Organisatie: Corporatie Oefenhuis
Adres: Spoordreef 40, 1315 GP Almere
Telefoon: 036 – 750 40 40
E-mail: vijfentwintig@corporatie-oefenhuis.example.nl
Factuur: naar bovenstaand adres, t.a.v. afdeling Control, o.v.v. budgetnummer 7100.330

Met vriendelijke groet,
Ontwikkel Vijfentwintig"""),
  X("the invoice goes to the address given above, t.a.v. Control (the address, then the t.a.v.); 'o.v.v. budgetnummer' keeps the kind word", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vijfentwintig", email="vijfentwintig@corporatie-oefenhuis.example.nl",
      organisation="Corporatie Oefenhuis", role="senior beleidsadviseur maatschappelijk vastgoed",
      phone="036 – 750 40 40",
      invoice_address="Spoordreef 40, 1315 GP Almere, t.a.v. afdeling Control",
      invoice_reference="budgetnummer 7100.330")]))

add("gmail-nl-absence-note", gmail(
    "Ontwikkel Zesentwintig <o.zesentwintig@sportproef.example.nl>",
    "Aanmelding leergang (23 sept afwezig)", "2010-03-26 12:02",
    """Hallo,

Ik meld me aan voor de leergang. Op 23 september ben ik helaas op vakantie, de andere drie dagen ben ik er.

Naam: Ontwikkel Zesentwintig
Organisatie: Sportservice Proefstad
Functie: buurtsportcoach
Tel: 06-52525252
Factuur: Sportservice Proefstad, Postbus 200, 1300 AE Almere

Groet,
Ontwikkel"""),
  X("registration that mentions one day away; nothing to answer", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zesentwintig", email="o.zesentwintig@sportproef.example.nl",
      organisation="Sportservice Proefstad", role="buurtsportcoach",
      phone="06-52525252",
      invoice_address="Sportservice Proefstad, Postbus 200, 1300 AE Almere")]))

add("alpine-en-aligned", plain(
    "Dev Person Twentyseven <dp27@examplefoundation.example.net>",
    "registration", "2010-03-29 09:47",
    """Good morning,

Registration for the Almere course:

  name          Dev Person Twentyseven
  organisation  Example Foundation for Neighbourhoods
  function      programme director
  phone         020 555 0127
  diet          none

Invoice to: Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam.

-- 
Dev Person Twentyseven
Example Foundation for Neighbourhoods""",
    extra=[("User-Agent", "Alpine 2.00 (LFD 1167 2008-08-23)")]),
  X("lower-case aligned English columns; diet 'none' is no diet; sig separator", "register", "en", people=1, persons=[P(
      name="Dev Person Twentyseven", email="dp27@examplefoundation.example.net",
      organisation="Example Foundation for Neighbourhoods", role="programme director",
      phone="020 555 0127",
      invoice_address="Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam")]))

add("outlook-nl-question-too", outlook(
    "Ontwikkel Achtentwintig <o.achtentwintig@schoolbestuur-test.example.nl>",
    "Aanmelding + vraag", "2010-03-30 15:31",
    """Goedemiddag,

Hierbij meld ik mij aan voor de leergang:

Naam: Ontwikkel Achtentwintig
Organisatie: Schoolbestuur Testkwartier
Functie: bestuurssecretaris
Telefoon: 036 - 534 00 80
Factuuradres: Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere

Is er bij de Nieuwe Bibliotheek parkeergelegenheid, of kan ik beter met de trein komen?

Met vriendelijke groet,
Ontwikkel Achtentwintig"""),
  X("complete registration that also asks about parking", "register", "nl", q="yes", people=1, persons=[P(
      name="Ontwikkel Achtentwintig", email="o.achtentwintig@schoolbestuur-test.example.nl",
      organisation="Schoolbestuur Testkwartier", role="bestuurssecretaris",
      phone="036 - 534 00 80",
      invoice_address="Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere")]))

add("apple-en-question-too", apple(
    "Dev Person Twentynine <dp29@examplehealth.example.com>",
    "Registration and a question", "2010-04-01 10:15",
    """Dear organisers,

Please register me:

Name: Dev Person Twentynine
Organisation: Example Health Centre Almere Buiten
Role: practice manager
Phone: 036 - 845 12 12
Dietary needs: kosher if possible

Invoices go to Example Health Centre Almere Buiten, Baltimoreweg 3, 1334 AA Almere.

Will the course be taught in Dutch only? My Dutch is fine for listening but I would prefer to write in English.

Best,
Dev Person Twentynine"""),
  X("English registration that also asks about the course language", "register", "en", q="yes", people=1, persons=[P(
      name="Dev Person Twentynine", email="dp29@examplehealth.example.com",
      organisation="Example Health Centre Almere Buiten", role="practice manager",
      phone="036 - 845 12 12", diet="kosher if possible",
      invoice_address="Example Health Centre Almere Buiten, Baltimoreweg 3, 1334 AA Almere")]))

add("mutt-nl-no-greeting-form", mutt(
    "Ontwikkel Dertig <dertig@cultuurhuis-proef.example.org>",
    "deSTADSWIJKstudies: aanmelding Ontwikkel Dertig", "2010-04-06 22:48",
    """naam: Ontwikkel Dertig
org: Cultuurhuis Proefstad
functie: artistiek leider
tel: +31 (0)6 4949 0101
e-mail: dertig@cultuurhuis-proef.example.org
factuur: Cultuurhuis Proefstad, Esplanade 10, 1315 TA Almere
kenmerk: CP-2010-OPL
dieet: vegetarisch
"""),
  X("bare form without greeting or sentence; abbreviated labels; 'kenmerk:' is a label", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Dertig", email="dertig@cultuurhuis-proef.example.org",
      organisation="Cultuurhuis Proefstad", role="artistiek leider",
      phone="+31 (0)6 4949 0101", diet="vegetarisch",
      invoice_address="Cultuurhuis Proefstad, Esplanade 10, 1315 TA Almere",
      invoice_reference="CP-2010-OPL")]))

add("outlook-nl-other-email-in-form", outlook(
    "Secretariaat Welzijn Proefpolder <secretariaat@welzijnproefpolder.example.org>",
    "Aanmelding directeur voor leergang", "2010-04-07 11:11",
    """Goedemorgen,

Namens onze directeur meld ik haar aan voor de leergang deSTADSWIJKstudies.

Naam: Ontwikkel Eenendertig
Functie: directeur-bestuurder
Organisatie: Welzijn Proefpolder
E-mail: o.eenendertig@welzijnproefpolder.example.org
Telefoon: 036-5301100
Dieet: visallergie

Factuur graag naar Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere.

Met vriendelijke groet,

Ontwikkel Tweeëndertig
Managementassistent
Welzijn Proefpolder
036-5301101"""),
  X("assistant registers her director; the director's own address and phone from the form; the assistant's phone is not hers", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Eenendertig", email="o.eenendertig@welzijnproefpolder.example.org",
      organisation="Welzijn Proefpolder", role="directeur-bestuurder",
      phone="036-5301100", diet="visallergie",
      invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere")]))

add("gmail-nl-colleague-prose", gmail(
    "Ontwikkel Drieëndertig <drieendertig@buurtwerk-oefen.example.nl>",
    "Aanmelding collega", "2010-04-08 09:09",
    """Beste organisatie,

Mijn collega Ontwikkel Vierendertig wil graag deelnemen aan de leergang maar zit deze week op cursus, daarom meld ik hem aan. Hij is opbouwwerker bij Buurtwerk Oefenstad en bereikbaar op vierendertig@buurtwerk-oefen.example.nl of 06-98765012.

De factuur kan naar Buurtwerk Oefenstad, Postbus 1010, 1300 BA Almere, kostenplaats 320.

Groeten,
Ontwikkel Drieëndertig
Teamleider Buurtwerk Oefenstad
036-5112233"""),
  X("colleague registered in prose; the colleague gets the organisation and invoice details, not the writer's phone", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vierendertig", email="vierendertig@buurtwerk-oefen.example.nl",
      organisation="Buurtwerk Oefenstad", role="opbouwwerker",
      phone="06-98765012",
      invoice_address="Buurtwerk Oefenstad, Postbus 1010, 1300 BA Almere",
      invoice_reference="kostenplaats 320")]))

add("outlook-en-manager-registers", outlook(
    "Dev Person Thirtyfive <dp35@examplehousing.example.com>",
    "Registration for one of my team", "2010-04-09 14:30",
    """Hello,

I'd like to register Dev Person Thirtysix from my team for the course. Her details:

Dev Person Thirtysix
Neighbourhood coordinator, Example Housing Partners
dp36@examplehousing.example.com
+31 36 720 4433

Please invoice us as before: Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere, PO 77-1260.

Thanks,
Dev Person Thirtyfive
Head of Department
Example Housing Partners""", lang="EN"),
  X("manager registers a team member (no label); role and organisation on one line", "register", "en", people=1, persons=[P(
      name="Dev Person Thirtysix", email="dp36@examplehousing.example.com",
      organisation="Example Housing Partners", role="Neighbourhood coordinator",
      phone="+31 36 720 4433",
      invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere",
      invoice_reference="PO 77-1260")]))

add("webmail-nl-squirrel-late-night", webmail(
    "Ontwikkel Zevenendertig <zevenendertig@zzp-proef.example.nl>",
    "Inschrijving", "2010-04-12 23:51",
    """Goedenavond,

Als zelfstandig adviseur (Zevenendertig Advies) wil ik me graag inschrijven voor de leergang in Almere. Ik werk veel voor corporaties in Almere Poort.

Gegevens voor de factuur:
Zevenendertig Advies
Ontwikkel Zevenendertig
Boeglaan 17
1318 AB Almere
KvK 32100987

Telefonisch ben ik bereikbaar op 06 - 87 65 43 21.

Vriendelijke groet,
Ontwikkel Zevenendertig""", agent="SquirrelMail/1.4.20", charset="iso-8859-1"),
  X("self-employed adviser; her one-person firm is the organisation; invoice address block ends before the KvK number", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zevenendertig", email="zevenendertig@zzp-proef.example.nl",
      organisation="Zevenendertig Advies", role="zelfstandig adviseur",
      phone="06 - 87 65 43 21",
      invoice_address="Zevenendertig Advies, Ontwikkel Zevenendertig, Boeglaan 17, 1318 AB Almere")]))

add("outlook-nl-almere-form-cc-manager", outlook(
    "Ontwikkel Achtendertig <oachtendertig@almere.nl>",
    "Aanmelding leergang Sociale ambities", "2010-04-13 08:44",
    """Goedemorgen,

In overleg met mijn leidinggevende (in cc) meld ik mij aan.

Naam: Ontwikkel Achtendertig
Dienst/afdeling: DMO / Onderwijs
Functie: beleidsmedewerker onderwijshuisvesting
Telefoonnummer: 036 - 539 94 80
Dieetwensen: geen

Met vriendelijke groet,

Ontwikkel Achtendertig
Gemeente Almere""", cc="Ontwikkel Negenendertig <onegenendertig@almere.nl>"),
  X("municipal registration with the manager in cc; 'Dienst/afdeling' is not the organisation", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Achtendertig", email="oachtendertig@almere.nl",
      organisation="Gemeente Almere", role="beleidsmedewerker onderwijshuisvesting",
      phone="036 - 539 94 80")]))

add("iphone-en-short", iphone(
    "Dev Person Forty <dp40@examplearts.example.org>",
    "Almere course", "2010-04-14 18:12",
    """Hi - please register me for the Almere course. Dev Person Forty, community arts producer at Example Arts Collective, mobile 06 3030 4040. Invoice to Example Arts Collective, Grote Markt 2, 1315 JG Almere. Vegan.

Sent from my iPhone"""),
  X("short English iPhone registration in one paragraph", "register", "en", people=1, persons=[P(
      name="Dev Person Forty", email="dp40@examplearts.example.org",
      organisation="Example Arts Collective", role="community arts producer",
      phone="06 3030 4040", diet="Vegan",
      invoice_address="Example Arts Collective, Grote Markt 2, 1315 JG Almere")]))

add("tb-nl-freetext-invoice-block", tb(
    "Ontwikkel Eenenveertig <eenenveertig@reclassering-test.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies Almere 2010", "2010-04-15 10:27",
    """Beste,

Graag meld ik mij aan voor de leergang. Ik werk als unitmanager bij Reclassering Testland, unit Almere. Voor de lunch: ik ben allergisch voor selderij.

Factuuradres:
Reclassering Testland
t.a.v. Crediteurenadministratie
Antwoordnummer 1234
3500 VB Utrecht
Vermelden: kostenplaats 6610 / Ontwikkel Eenenveertig

Met vriendelijke groet,

Ontwikkel Eenenveertig
Unitmanager
Reclassering Testland | Unit Almere
Telefoon 088 - 804 10 41
eenenveertig@reclassering-test.example.nl"""),
  X("free text plus invoice block; 'Vermelden:' is a label, the reference as written after it", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Eenenveertig", email="eenenveertig@reclassering-test.example.nl",
      organisation="Reclassering Testland", role="unitmanager",
      phone="088 - 804 10 41", diet="allergisch voor selderij",
      invoice_address="Reclassering Testland, t.a.v. Crediteurenadministratie, Antwoordnummer 1234, 3500 VB Utrecht",
      invoice_reference="kostenplaats 6610 / Ontwikkel Eenenveertig")]))

add("outlook-nl-after-closing", outlook(
    "Ontwikkel Tweeënveertig <tweeenveertig@woonzorg-proef.example.nl>",
    "Nog aanmelden?", "2010-05-27 09:05",
    """Goedemorgen,

Ik zie dat de aanmelding op 25 mei gesloten is, maar ik hoop dat ik nog mee kan doen. Mijn gegevens:

Naam: Ontwikkel Tweeënveertig
Organisatie: Woonzorg Proefland
Functie: regiomanager Almere
Telefoon: 06-42424242
Factuuradres: Woonzorg Proefland, Postbus 42, 1300 AA Almere

Met vriendelijke groet,
Ontwikkel Tweeënveertig"""),
  X("a complete registration after the closing date: still a registration (the robot tells her it is closed)", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Tweeënveertig", email="tweeenveertig@woonzorg-proef.example.nl",
      organisation="Woonzorg Proefland", role="regiomanager Almere",
      phone="06-42424242",
      invoice_address="Woonzorg Proefland, Postbus 42, 1300 AA Almere")]))
