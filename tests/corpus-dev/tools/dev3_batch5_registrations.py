"""dev3, batch 5: genuine registrations of ordinary kinds.

Every message and every label is typed by hand. Forms, prose, groups,
forwards, municipal staff, a reply to the organiser's invitation and an
answer to the robot's "details missing" mail.
"""
from dev3_lib import (add, X, P, code, outlook2010, gmail2, iphone, tb,
                      outlook365, owa, outlook, ios, macmail, roundcube,
                      yahoo, sogo, samsung, hotmail_html, zoho, tb115,
                      incomplete_nl, o365_quote_nl, when_nl, INVITE_SUBJ,
                      INVITE_NL, notes, groupwise)

# ---------------------------------------------------------------------------
add("form-nl-outlook2010-inkoopnummer", outlook2010(
    "Rietdekker Een <rietdekker.een@naaldwerk.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies",
    "2010-04-12 07:52",
    """Goedemorgen,

Via de gemeente hoorden wij van de leergang in Almere. Graag meld ik mij aan voor alle vier de dagen.

Naam:                 Rietdekker Een
Organisatie:          Stichting Naaldwerk
Functie:              coördinator vrijwilligers
E-mail:               rietdekker.een@naaldwerk.example.nl
Telefoon:             036 555 0141
Dieet:                vegetarisch
Factuuradres:         Stichting Naaldwerk
                      t.a.v. financiële administratie
                      Postbus 1412
                      1300 BK Almere

Wilt u op de factuur ons inkoopnummer NW-2010-031 vermelden? Anders kan onze administratie hem niet verwerken.

Met vriendelijke groet,

Rietdekker Een
coördinator vrijwilligers
Stichting Naaldwerk
"""), X("a form with aligned colons and a four-line invoice address; the "
        "inkoopnummer asked for in running text", "register", "nl",
        people=1, persons=[P(
            name="Rietdekker Een",
            email="rietdekker.een@naaldwerk.example.nl",
            organisation="Stichting Naaldwerk",
            role="coördinator vrijwilligers", phone="036 555 0141",
            diet="vegetarisch",
            invoice_address="Stichting Naaldwerk, t.a.v. financiële "
            "administratie, Postbus 1412, 1300 BK Almere",
            invoice_reference="inkoopnummer NW-2010-031")]))

add("prose-en-gmail-po", gmail2(
    "Plasterer Two <plasterer.two@loomcollective.example.org>",
    "Registration - Almere course",
    "2010-03-09 14:05",
    """Dear organisers,

I would like to register for the four-day course "Almere: Sociale ambities in een groeiende stad". I work at Example Loom Collective, a small organisation that runs sewing and repair workshops in Almere Haven, and the themes of days 1 and 4 in particular are close to our daily work.

My details:
Plasterer Two
community organiser, Example Loom Collective
plasterer.two@loomcollective.example.org
+31 6 5550 2290

Please send the invoice to Example Loom Collective, Havenweg 12, 1311 AB Almere, and quote PO LC-0412 on it.

No dietary requirements.

Best wishes,
Plasterer Two
"""), X("English prose with a short details block; 'quote PO LC-0412'",
        "register", "en", people=1, persons=[P(
            name="Plasterer Two",
            email="plasterer.two@loomcollective.example.org",
            organisation="Example Loom Collective",
            role="community organiser", phone="+31 6 5550 2290",
            invoice_address="Example Loom Collective, Havenweg 12, "
            "1311 AB Almere",
            invoice_reference="PO LC-0412")]))

add("terse-nl-iphone", iphone(
    "Tegelzetter Drie <tegelzetter.drie@patroonblad.example.nl>",
    "Aanmelding",
    "2010-03-23 08:12",
    """Hallo, graag wil ik mij aanmelden voor de leergang in Almere.

Tegelzetter Drie
Opbouwwerker Welzijn Patroonblad
06-55503318

Factuur graag naar ons kantoor, het adres staat op onze website.

Verstuurd vanaf mijn iPhone"""),
    X("terse registration from a phone; the invoice address is not "
      "given ('staat op onze website')", "register", "nl", people=1,
      persons=[P(name="Tegelzetter Drie",
                 email="tegelzetter.drie@patroonblad.example.nl",
                 organisation="Welzijn Patroonblad", role="Opbouwwerker",
                 phone="06-55503318")]))

add("prose-nl-thunderbird-signature", tb(
    "Boekbinder Vier <boekbinder.vier@stiksel.example.nl>",
    "aanmelding deSTADSWIJKstudies Almere",
    "2010-04-20 16:44",
    """Beste mensen,

Van een collega van de gemeente kreeg ik de brochure van deSTADSWIJKstudies doorgestuurd. Het programma sluit mooi aan bij waar wij als cliëntondersteuners in de wijken tegenaan lopen, zeker dag 3 over schulden in de middenklasse. Ik meld mij daarom graag aan.

De factuur kan naar MEE Stiksel, afdeling Financiën, Garenweg 40, 1324 KL Almere. Een kenmerk hebben wij niet nodig.

Ik eet geen vis.

Hartelijke groet,

Boekbinder Vier
Cliëntondersteuner | MEE Stiksel
T: 036 555 0427
M: 06 5550 4471
E: boekbinder.vier@stiksel.example.nl
"""), X("prose with a T:/M:/E: signature; two phones, the first is taken; "
        "a diet in a sentence", "register", "nl", people=1, persons=[P(
            name="Boekbinder Vier",
            email="boekbinder.vier@stiksel.example.nl",
            organisation="MEE Stiksel", role="Cliëntondersteuner",
            phone="036 555 0427", diet="geen vis",
            invoice_address="MEE Stiksel, afdeling Financiën, "
            "Garenweg 40, 1324 KL Almere")]))

code("VB2K8-6MRHT", "Glazenier Vijf")
add("form-nl-o365-mistyped-address", outlook365(
    "Glazenier Vijf <glazenier.vijf@kantklos.example.nl>",
    "Aanmelding leergang Almere 2010",
    "2010-04-15 14:20",
    """Geachte organisatie,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Naam: Glazenier Vijf
Organisatie: Jeugdhulp Kantklos
Functie: gedragswetenschapper
E-mail: glazenier.vijf@kantkols.example.nl
Telefoon: 036 555 0583
Dieetwensen: geen varkensvlees
Factuuradres: Jeugdhulp Kantklos, Postbus 3307, 1300 EH Almere
Kenmerk: JK/OPL/2010-12

Met vriendelijke groet,

Glazenier Vijf
Gedragswetenschapper
Jeugdhulp Kantklos
"""), X("a form whose address is mistyped (kantkols for kantklos); the "
        "address in the form is labelled as written (its confirmation "
        "bounces, 001)", "register", "nl", people=1, persons=[P(
            name="Glazenier Vijf",
            email="glazenier.vijf@kantkols.example.nl",
            organisation="Jeugdhulp Kantklos",
            role="gedragswetenschapper", phone="036 555 0583",
            diet="geen varkensvlees",
            invoice_address="Jeugdhulp Kantklos, Postbus 3307, "
            "1300 EH Almere",
            invoice_reference="JK/OPL/2010-12")]))

code("3NW7F-QD8KA", "Mandenmaker Zes")
code("H8T4R-2MZXC", "Touwslager Zeven")
code("K2D9V-W7NQF", "Pottenbakker Acht")
TABLE_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{border:solid windowtext 1.0pt;}
--></style>
</head>
<body lang=NL link="#0563C1" vlink="#954F72">
<div class=WordSection1>
<p class=MsoNormal>Goedemiddag,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Namens Woonstichting Schering meld ik drie deelnemers aan voor de leergang, mijzelf inbegrepen:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=200 valign=top><p class=MsoNormal><b>Naam<o:p></o:p></b></p></td><td width=200 valign=top><p class=MsoNormal><b>Functie<o:p></o:p></b></p></td><td width=260 valign=top><p class=MsoNormal><b>E-mail<o:p></o:p></b></p></td></tr>
<tr><td width=200 valign=top><p class=MsoNormal>Mandenmaker Zes<o:p></o:p></p></td><td width=200 valign=top><p class=MsoNormal>teamleider wijkbeheer<o:p></o:p></p></td><td width=260 valign=top><p class=MsoNormal><a href="mailto:mandenmaker.zes@schering.example.nl">mandenmaker.zes@schering.example.nl</a><o:p></o:p></p></td></tr>
<tr><td width=200 valign=top><p class=MsoNormal>Touwslager Zeven<o:p></o:p></p></td><td width=200 valign=top><p class=MsoNormal>wijkconsulent<o:p></o:p></p></td><td width=260 valign=top><p class=MsoNormal><a href="mailto:touwslager.zeven@schering.example.nl">touwslager.zeven@schering.example.nl</a><o:p></o:p></p></td></tr>
<tr><td width=200 valign=top><p class=MsoNormal>Pottenbakker Acht<o:p></o:p></p></td><td width=200 valign=top><p class=MsoNormal>leefbaarheidsconsulent<o:p></o:p></p></td><td width=260 valign=top><p class=MsoNormal><a href="mailto:p.acht@schering.example.nl">p.acht@schering.example.nl</a><o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Touwslager Zeven eet vegetarisch; voor de anderen geen bijzonderheden.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Eén factuur voor ons drieën graag naar: Woonstichting Schering, t.a.v. crediteurenadministratie, Postbus 60125, 1320 AC Almere, onder vermelding van ordernummer WS-4410.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mandenmaker Zes<o:p></o:p></p>
<p class=MsoNormal>Teamleider Wijkbeheer<o:p></o:p></p>
<p class=MsoNormal>Woonstichting Schering<o:p></o:p></p>
<p class=MsoNormal>T 036 555 0611<o:p></o:p></p>
</div>
</body>
</html>
"""
add("group3-nl-o365-word-table", outlook365(
    "Mandenmaker Zes <mandenmaker.zes@schering.example.nl>",
    "Aanmelding drie medewerkers Woonstichting Schering",
    "2010-05-06 11:02",
    """Goedemiddag,

Namens Woonstichting Schering meld ik drie deelnemers aan voor de leergang, mijzelf inbegrepen:

Naam	Functie	E-mail
Mandenmaker Zes	teamleider wijkbeheer	mandenmaker.zes@schering.example.nl
Touwslager Zeven	wijkconsulent	touwslager.zeven@schering.example.nl
Pottenbakker Acht	leefbaarheidsconsulent	p.acht@schering.example.nl

Touwslager Zeven eet vegetarisch; voor de anderen geen bijzonderheden.

Eén factuur voor ons drieën graag naar: Woonstichting Schering, t.a.v. crediteurenadministratie, Postbus 60125, 1320 AC Almere, onder vermelding van ordernummer WS-4410.

Met vriendelijke groet,

Mandenmaker Zes
Teamleider Wijkbeheer
Woonstichting Schering
T 036 555 0611
""", html=TABLE_HTML),
    X("three colleagues in a Word table, the writer first; one invoice for "
      "all three; the writer keeps her signature phone to herself",
      "register", "nl", people=3, persons=[
          P(name="Mandenmaker Zes",
            email="mandenmaker.zes@schering.example.nl",
            organisation="Woonstichting Schering",
            role="teamleider wijkbeheer", phone="036 555 0611",
            invoice_address="Woonstichting Schering, t.a.v. "
            "crediteurenadministratie, Postbus 60125, 1320 AC Almere",
            invoice_reference="ordernummer WS-4410"),
          P(name="Touwslager Zeven",
            email="touwslager.zeven@schering.example.nl",
            organisation="Woonstichting Schering", role="wijkconsulent",
            diet="vegetarisch",
            invoice_address="Woonstichting Schering, t.a.v. "
            "crediteurenadministratie, Postbus 60125, 1320 AC Almere",
            invoice_reference="ordernummer WS-4410"),
          P(name="Pottenbakker Acht", email="p.acht@schering.example.nl",
            organisation="Woonstichting Schering",
            role="leefbaarheidsconsulent",
            invoice_address="Woonstichting Schering, t.a.v. "
            "crediteurenadministratie, Postbus 60125, 1320 AC Almere",
            invoice_reference="ordernummer WS-4410")]))

code("6PF3K-TJ9RW", "Imker Negen")
add("municipal-nl-owa", owa(
    "Imker Negen <imker.negen@almere.nl>",
    "aanmelding",
    "2010-03-02 10:15",
    """Goedemorgen,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies.

Imker Negen
Wijkregisseur Almere Buiten
Gemeente Almere, Dienst Maatschappelijke Ontwikkeling
Tel. 036 555 0912"""),
    X("a municipal employee in two lines and a signature; the department "
      "line is not the organisation", "register", "nl", people=1,
      persons=[P(name="Imker Negen", email="imker.negen@almere.nl",
                 organisation="Gemeente Almere",
                 role="Wijkregisseur Almere Buiten",
                 phone="036 555 0912")]))

code("E5RB7-JX2MC", "Klokkengieter Tien")
add("forward-nl-outlook2010-manager", outlook2010(
    "Zadelmaker Elf <zadelmaker.elf@vingerhoed.example.nl>",
    "FW: Leergang Almere",
    "2010-04-27 13:30",
    """Hallo,

Akkoord van mijn kant: wilt u mijn medewerker Klokkengieter Tien aanmelden voor de leergang? Haar gegevens staan hieronder.
De factuur graag naar Thuiszorg Vingerhoed, Postbus 2210, 1300 CE Almere, met kostenplaats 5120 erop.

Met vriendelijke groet,

Zadelmaker Elf
Manager wijkverpleging
Thuiszorg Vingerhoed
036 555 1100

-----Oorspronkelijk bericht-----
Van: Klokkengieter Tien
Verzonden: maandag 26 april 2010 9:12
Aan: Zadelmaker Elf
Onderwerp: Leergang Almere

Hoi,

Zou ik de leergang deSTADSWIJKstudies in Almere mogen volgen? Vier dagen, 1 juni t/m 23 november. Hieronder mijn gegevens; als je akkoord bent kun je ze zo doorsturen.

Klokkengieter Tien
wijkverpleegkundige team Stad-Oost
klokkengieter.tien@vingerhoed.example.nl
06 5550 1027
lactosevrij

Groetjes,
Klokkengieter
"""), X("a manager forwards her employee's request with her consent and "
        "the invoice; the internal forward shows a name only, the address "
        "is in the employee's own lines", "register", "nl", fwd="yes",
        people=1, persons=[P(
            name="Klokkengieter Tien",
            email="klokkengieter.tien@vingerhoed.example.nl",
            organisation="Thuiszorg Vingerhoed",
            role="wijkverpleegkundige team Stad-Oost",
            phone="06 5550 1027", diet="lactosevrij",
            invoice_address="Thuiszorg Vingerhoed, Postbus 2210, "
            "1300 CE Almere",
            invoice_reference="kostenplaats 5120")]))

code("QW5E8-RK3HN", "Saddler Twelve")
code("M4X7B-9FJ2T", "Farrier Thirteen")
add("group2-en-ios-colleague", ios(
    "Saddler Twelve <saddler.twelve@threadnetwork.example.org>",
    "Registration 2 people",
    "2010-03-30 19:47",
    """Hello,

Please register me and my colleague Farrier Thirteen (farrier.thirteen@threadnetwork.example.org) for the Almere course. Each of us works as a peer educator at Sample Thread Network Almere.

One invoice for the two of us to Sample Thread Network Almere, Postbus 880, 1300 AW Almere please.

Thanks!
Saddler Twelve
+31 6 5551 2012

Sent from my iPhone"""),
    X("two people from a phone, the writer first; role and invoice stated "
      "once for both; the writer's phone is her own", "register", "en",
      people=2, persons=[
          P(name="Saddler Twelve",
            email="saddler.twelve@threadnetwork.example.org",
            organisation="Sample Thread Network Almere",
            role="peer educator", phone="+31 6 5551 2012",
            invoice_address="Sample Thread Network Almere, Postbus 880, "
            "1300 AW Almere"),
          P(name="Farrier Thirteen",
            email="farrier.thirteen@threadnetwork.example.org",
            organisation="Sample Thread Network Almere",
            role="peer educator",
            invoice_address="Sample Thread Network Almere, Postbus 880, "
            "1300 AW Almere")]))

_s, _b = incomplete_nl("Hoefsmid Veertien", ["Organisatie", "Functie"],
                       [("Naam", "Hoefsmid Veertien"),
                        ("E-mail", "h.veertien@telraam.example.nl")])
add("details-missing-answer-nl-o365", outlook365(
    "Hoefsmid Veertien <h.veertien@telraam.example.nl>",
    "RE: " + _s,
    "2010-05-17 15:02",
    """Excuses, te snel op verzenden gedrukt.

Organisatie: Schuldhulp Telraam
Functie: budgetcoach
Telefoon: 036 555 1414
Factuur: Schuldhulp Telraam, Telraamhof 3, 1335 ZZ Almere

Groet,
Hoefsmid Veertien""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>",
        "2010-05-17 10:21", "Hoefsmid Veertien <h.veertien@telraam.example.nl>",
        _s, _b, line=True)),
    X("an answer to the robot's 'details missing' mail: what the answer "
      "adds and what the quoted mail understood", "register", "nl",
      people=1, persons=[P(
          name="Hoefsmid Veertien", email="h.veertien@telraam.example.nl",
          organisation="Schuldhulp Telraam", role="budgetcoach",
          phone="036 555 1414",
          invoice_address="Schuldhulp Telraam, Telraamhof 3, "
          "1335 ZZ Almere")]))

code("TR6M2-8BKWD", "Letterzetter Vijftien")
add("form-nl-notes-spaced-colons", notes(
    "Letterzetter Vijftien <letterzetter.vijftien@borduurring.example.nl>",
    "Aanmelding deSTADSWIJKstudies",
    "2010-04-06 09:03",
    """Geachte heer, mevrouw,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere (1 juni, 23 september, 2 en 23 november 2010).

Naam deelnemer : Letterzetter Vijftien
Organisatie : GGZ Borduurring
Functie : sociaal psychiatrisch verpleegkundige
E-mailadres : letterzetter.vijftien@borduurring.example.nl
Telefoonnummer : 036 555 1515
Dieetwens : halal
Factuuradres : GGZ Borduurring, Postbus 1515, 1300 DA Almere
Kostenplaats : 71-220

Met vriendelijke groet,

Letterzetter Vijftien
Sociaal Psychiatrisch Verpleegkundige
GGZ Borduurring - team Almere Stad"""),
    X("a Lotus Notes form with a space before each colon; 'Kostenplaats :' "
      "is a field label", "register", "nl", people=1, persons=[P(
          name="Letterzetter Vijftien",
          email="letterzetter.vijftien@borduurring.example.nl",
          organisation="GGZ Borduurring",
          role="sociaal psychiatrisch verpleegkundige",
          phone="036 555 1515", diet="halal",
          invoice_address="GGZ Borduurring, Postbus 1515, 1300 DA Almere",
          invoice_reference="71-220")]))

code("5GH2N-XA7QP", "Schrijnwerker Zeventien")
add("colleague-nl-groupwise-new-employee", groupwise(
    "Steenhouwer Zestien <steenhouwer.zestien@garenklos.example.nl>",
    "Aanmelding nieuwe collega",
    "2010-03-16 11:25",
    """Beste organisatie,

Per 1 april komt er een nieuwe collega bij ons team: Schrijnwerker Zeventien, maatschappelijk begeleider. Ik wil hem graag nu al aanmelden voor de leergang, want de plaatsen gaan snel.

Zijn mailadres wordt schrijnwerker.zeventien@garenklos.example.nl. Het account wordt pas eind maart aangemaakt, dus tot die tijd kunt u mij mailen als er iets is.

De factuur kan naar Vluchtelingenwerk Garenklos, Postbus 4017, 1300 GA Almere, projectnummer VG-2010-07.

Met vriendelijke groet,

Steenhouwer Zestien
Teamcoördinator
Vluchtelingenwerk Garenklos
036 555 1616"""),
    X("a team coordinator registers a new colleague (not herself); her own "
      "phone is not his (his confirmation bounces, 009)", "register",
      "nl", people=1, persons=[P(
          name="Schrijnwerker Zeventien",
          email="schrijnwerker.zeventien@garenklos.example.nl",
          organisation="Vluchtelingenwerk Garenklos",
          role="maatschappelijk begeleider",
          invoice_address="Vluchtelingenwerk Garenklos, Postbus 4017, "
          "1300 GA Almere",
          invoice_reference="projectnummer VG-2010-07")]))

code("8ZN3W-PC4KT", "Stonemason Eighteen")
add("prose-en-applemail", macmail(
    "Stonemason Eighteen <stonemason.eighteen@patchworkcare.example.com>",
    "Course registration",
    "2010-05-11 21:14",
    """Dear Sir or Madam,

I am writing to register for the deSTADSWIJKstudies course in Almere this year. I coordinate care for elderly residents in Almere Stad for Example Patchwork Care, and our director would like one of us to take part.

For your records:

Stonemason Eighteen
Care coordinator
Example Patchwork Care
stonemason.eighteen@patchworkcare.example.com
+31 36 555 1818

No pork for me, please. Please address the invoice to Example Patchwork Care, Finance Department, P.O. Box 1818, 1300 BB Almere.

Kind regards,
Stonemason Eighteen"""),
    X("English prose with a details block; diet and invoice in sentences",
      "register", "en", people=1, persons=[P(
          name="Stonemason Eighteen",
          email="stonemason.eighteen@patchworkcare.example.com",
          organisation="Example Patchwork Care", role="Care coordinator",
          phone="+31 36 555 1818", diet="no pork",
          invoice_address="Example Patchwork Care, Finance Department, "
          "P.O. Box 1818, 1300 BB Almere")]))

code("D7K4Q-3VMXE", "Vlechter Negentien")
add("form-nl-roundcube-private-address", roundcube(
    "Vlechter Negentien <vlechter19@mail.example.com>",
    "Aanmelding leergang",
    "2010-04-01 20:31",
    """Goedenavond,

Ik stuur dit vanaf mijn privéadres omdat mijn werkmail thuis niet werkt. Ik wil mij graag aanmelden voor de leergang in Almere.

Naam: Vlechter Negentien
Werkgever: Kinderopvang Knoopjesdoos
Functie: pedagogisch coach
Mailadres werk: vlechter.negentien@knoopjesdoos.example.nl
Mobiel: 06 5551 9019
Factuur: Kinderopvang Knoopjesdoos, Knoopsgat 19, 1334 BV Almere

Graag de bevestiging naar mijn werkadres.

Vriendelijke groet,
Vlechter Negentien"""),
    X("from a private address; the work address in the form is the one to "
      "use", "register", "nl", people=1, persons=[P(
          name="Vlechter Negentien",
          email="vlechter.negentien@knoopjesdoos.example.nl",
          organisation="Kinderopvang Knoopjesdoos",
          role="pedagogisch coach", phone="06 5551 9019",
          invoice_address="Kinderopvang Knoopjesdoos, Knoopsgat 19, "
          "1334 BV Almere")]))

code("FQ8T2-N6HWA", "Graveur Tweeëntwintig")
code("R3J9X-KE5TN", "Lijstenmaker Drieëntwintig")
add("group4-nl-outlook2010-hr-tabs", outlook2010(
    "Hoedenmaker Vierentwintig <hoedenmaker.vierentwintig@spoelwiel.example.nl>",
    "Aanmelding 4 medewerkers Sportbedrijf Spoelwiel",
    "2010-05-10 15:40",
    """Goedemiddag,

Hierbij meld ik namens Sportbedrijf Spoelwiel de volgende vier medewerkers aan voor de leergang deSTADSWIJKstudies:

Naam	Functie	E-mail	Telefoon
Kantklosser Twintig	buurtsportcoach	kantklosser.twintig@spoelwiel.example.nl	06 5552 0020
Edelsmid Eenentwintig	buurtsportcoach	edelsmid.eenentwintig@spoelwiel.example.nl	06 5552 0121
Graveur Tweeëntwintig	teamleider sport en bewegen	graveur.tweeentwintig@spoelwiel.example.nl	06 5552 0222
Lijstenmaker Drieëntwintig	beleidsmedewerker	lijstenmaker.drieentwintig@spoelwiel.example.nl	06 5552 0323

Wij begrijpen dat tot 11 mei maximaal drie deelnemers per organisatie geplaatst worden; Lijstenmaker Drieëntwintig mag wat ons betreft op de wachtlijst.

De factuur voor alle vier graag naar Sportbedrijf Spoelwiel, Postbus 2323, 1300 EK Almere, o.v.v. kostenplaats 8812.

Met vriendelijke groet,

Hoedenmaker Vierentwintig
Adviseur HR
Sportbedrijf Spoelwiel
"""), X("HR registers four colleagues in a tab table with a header row "
        "(not herself); one invoice for all four, 'o.v.v. kostenplaats "
        "8812'", "register", "nl", people=4, persons=[
            P(name="Kantklosser Twintig",
              email="kantklosser.twintig@spoelwiel.example.nl",
              organisation="Sportbedrijf Spoelwiel",
              role="buurtsportcoach", phone="06 5552 0020",
              invoice_address="Sportbedrijf Spoelwiel, Postbus 2323, "
              "1300 EK Almere", invoice_reference="kostenplaats 8812"),
            P(name="Edelsmid Eenentwintig",
              email="edelsmid.eenentwintig@spoelwiel.example.nl",
              organisation="Sportbedrijf Spoelwiel",
              role="buurtsportcoach", phone="06 5552 0121",
              invoice_address="Sportbedrijf Spoelwiel, Postbus 2323, "
              "1300 EK Almere", invoice_reference="kostenplaats 8812"),
            P(name="Graveur Tweeëntwintig",
              email="graveur.tweeentwintig@spoelwiel.example.nl",
              organisation="Sportbedrijf Spoelwiel",
              role="teamleider sport en bewegen", phone="06 5552 0222",
              invoice_address="Sportbedrijf Spoelwiel, Postbus 2323, "
              "1300 EK Almere", invoice_reference="kostenplaats 8812"),
            P(name="Lijstenmaker Drieëntwintig",
              email="lijstenmaker.drieentwintig@spoelwiel.example.nl",
              organisation="Sportbedrijf Spoelwiel",
              role="beleidsmedewerker", phone="06 5552 0323",
              invoice_address="Sportbedrijf Spoelwiel, Postbus 2323, "
              "1300 EK Almere", invoice_reference="kostenplaats 8812")]))

code("G6WM3-B8TRZ", "Stoelenmatter Vijfentwintig")
add("one-line-nl-yahoo-semicolons", yahoo(
    "Stoelenmatter Vijfentwintig <stoelenmatter25@yahoo.example.com>",
    "aanmelding leergang almere",
    "2010-03-18 12:12",
    """Graag aanmelden: Stoelenmatter Vijfentwintig; Humanitas Stopnaald; vrijwilligerscoördinator; s.vijfentwintig@stopnaald.example.nl; 06-55525025; factuur naar Humanitas Stopnaald, Naaldstraat 25, 1312 TT Almere

Groet, Stoelenmatter"""),
    X("one line with semicolons from a private Yahoo address; the "
      "organisation's address in the line", "register", "nl", people=1,
      persons=[P(name="Stoelenmatter Vijfentwintig",
                 email="s.vijfentwintig@stopnaald.example.nl",
                 organisation="Humanitas Stopnaald",
                 role="vrijwilligerscoördinator", phone="06-55525025",
                 invoice_address="Humanitas Stopnaald, Naaldstraat 25, "
                 "1312 TT Almere")]))

code("2MW8C-TZ6RB", "Joiner TwentySix")
add("form-en-sogo-purchase-order", sogo(
    "Joiner TwentySix <joiner.twentysix@spindlehousing.example.com>",
    "Registration for the Almere course",
    "2010-04-29 10:10",
    """Hello,

I'd like to register for the course. My details:

Name: Joiner TwentySix
Organisation: Sample Spindle Housing
Position: housing officer
Email: joiner.twentysix@spindlehousing.example.com
Telephone: +31 36 555 2626
Dietary requirements: none
Billing address: Sample Spindle Housing, Accounts Payable, Spoelstraat 26, 1315 SP Almere
Purchase order: SH-2210

Regards,
Joiner TwentySix"""),
    X("an English form; 'Purchase order:' is a field label; 'none' is no "
      "diet", "register", "en", people=1, persons=[P(
          name="Joiner TwentySix",
          email="joiner.twentysix@spindlehousing.example.com",
          organisation="Sample Spindle Housing", role="housing officer",
          phone="+31 36 555 2626",
          invoice_address="Sample Spindle Housing, Accounts Payable, "
          "Spoelstraat 26, 1315 SP Almere",
          invoice_reference="SH-2210")]))

code("Y4B7H-M2QKS", "Kaarsenmaker Zevenentwintig")
add("forward-nl-gmail-volunteer", gmail2(
    "Houtdraaier Zevenendertig <houtdraaier.zevenendertig@lappendeken.example.nl>",
    "Fwd: leergang Almere",
    "2010-04-08 10:50",
    """Beste organisatie,

Hieronder de aanmelding van een van onze vrijwilligers, Kaarsenmaker Zevenentwintig. Hij is maatjescoördinator bij Stichting Lappendeken en wij betalen zijn deelname. Factuur graag naar Stichting Lappendeken, Lapjesweg 7, 1333 LP Almere.

Met vriendelijke groet,
Houtdraaier Zevenendertig
Coördinator vrijwilligers, Stichting Lappendeken

---------- Forwarded message ----------
From: Kaarsenmaker Zevenentwintig <kaarsenmaker27@mail.example.net>
Date: 2010/4/7
Subject: leergang Almere
To: Houtdraaier Zevenendertig <houtdraaier.zevenendertig@lappendeken.example.nl>


Hoi,

Ik zou heel graag meedoen aan die leergang van de gemeente waar je het over had. Als de stichting het betaalt, wil je me dan aanmelden?

Kaarsenmaker Zevenentwintig
06 5552 7027
kaarsenmaker27@mail.example.net
"""), X("a volunteer coordinator forwards a volunteer's request and pays "
        "for it; the forwarder's statement gives his function", "register",
        "nl", fwd="yes", people=1, persons=[P(
            name="Kaarsenmaker Zevenentwintig",
            email="kaarsenmaker27@mail.example.net",
            organisation="Stichting Lappendeken",
            role="maatjescoördinator", phone="06 5552 7027",
            invoice_address="Stichting Lappendeken, Lapjesweg 7, "
            "1333 LP Almere")]))

code("0XWN4-P7GDT", "Klompenmaker Achtentwintig")
add("prose-nl-samsung-on-leave", samsung(
    "Klompenmaker Achtentwintig <klompenmaker.achtentwintig@rijgdraad.example.nl>",
    "Aanmelding",
    "2010-03-25 17:20",
    """Goedemiddag,

Ik ben op dit moment met verlof maar wil mij toch alvast aanmelden voor de leergang deSTADSWIJKstudies, voordat de plaatsen op zijn. Ik werk als sociaal werker bij Buurtwerk Rijgdraad in Almere Haven. Mijn nummer is 06 5552 8028. De factuur kan naar ons kantoor: Buurtwerk Rijgdraad, De Steek 28, 1353 RD Almere.

Met vriendelijke groet,
Klompenmaker Achtentwintig

Verzonden vanaf mijn Samsung Galaxy-smartphone."""),
    X("prose from a phone by someone on leave (his out-of-office answers "
      "the confirmation, 024)", "register", "nl", people=1, persons=[P(
          name="Klompenmaker Achtentwintig",
          email="klompenmaker.achtentwintig@rijgdraad.example.nl",
          organisation="Buurtwerk Rijgdraad", role="sociaal werker",
          phone="06 5552 8028",
          invoice_address="Buurtwerk Rijgdraad, De Steek 28, "
          "1353 RD Almere")]))

code("N9T3K-4WHRB", "Zeefdrukker Negenentwintig")
add("html-only-nl-hotmail-bold-labels", hotmail_html(
    "Zeefdrukker Negenentwintig <zeefdrukker29@hotmail.example.com>",
    "Inschrijving leergang",
    "2010-05-04 22:03",
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
Hallo,<br><br>Hierbij schrijf ik mij in voor de leergang deSTADSWIJKstudies.<br><br><b>Naam:</b> Zeefdrukker Negenentwintig<br><b>Organisatie:</b> Bibliotheek Ezelsoor<br><b>Functie:</b> mediacoach<br><b>E-mail (werk):</b> z.negenentwintig@ezelsoor.example.nl<br><b>Telefoon:</b> 036 555 2929<br><b>Factuuradres:</b> Bibliotheek Ezelsoor, Bladwijzerlaan 29, 1316 EZ Almere<br><b>Dieet:</b> geen<br><br>Ik werk op maandag, dinsdag en donderdag; de vier data komen goed uit.<br><br>Groet,<br>Zeefdrukker<br> 		 	   		  </body>
</html>
"""), X("Hotmail HTML only with bold labels, from a private address; the "
        "work address in the form", "register", "nl", people=1, persons=[P(
            name="Zeefdrukker Negenentwintig",
            email="z.negenentwintig@ezelsoor.example.nl",
            organisation="Bibliotheek Ezelsoor", role="mediacoach",
            phone="036 555 2929",
            invoice_address="Bibliotheek Ezelsoor, Bladwijzerlaan 29, "
            "1316 EZ Almere")]))

code("7HC2R-VX9MP", "Tinnegieter Eenendertig")
add("municipal-group2-nl-o365-teamlead", outlook365(
    "Instrumentmaker Tweeëndertig <instrumentmaker.tweeendertig@almere.nl>",
    "Aanmelding twee collega's DMO",
    "2010-03-04 09:55",
    """Hallo,

Ik meld twee collega's van mijn team aan voor de leergang (zelf kan ik helaas niet):

- Orgelbouwer Dertig, beleidsadviseur jeugd, orgelbouwer.dertig@almere.nl, tel. 036 555 3030
- Tinnegieter Eenendertig, beleidsadviseur wonen, tinnegieter.eenendertig@almere.nl, tel. 036 555 3131

Beiden werken bij de afdeling Beleid van de Dienst Maatschappelijke Ontwikkeling.

Groet,

Instrumentmaker Tweeëndertig
Teamleider Beleid Sociaal Domein
Gemeente Almere
"""), X("a municipal team lead registers two colleagues, not herself; "
        "department lines are not the organisation", "register", "nl",
        people=2, persons=[
            P(name="Orgelbouwer Dertig", email="orgelbouwer.dertig@almere.nl",
              organisation="Gemeente Almere",
              role="beleidsadviseur jeugd", phone="036 555 3030"),
            P(name="Tinnegieter Eenendertig",
              email="tinnegieter.eenendertig@almere.nl",
              organisation="Gemeente Almere",
              role="beleidsadviseur wonen", phone="036 555 3131")]))

code("WK5P9-2RDHT", "Engraver ThirtyThree")
add("form-en-o365-bicycle-question", outlook365(
    "Engraver ThirtyThree <engraver.thirtythree@tapestrycare.example.org>",
    "Registration and a question about bicycle parking",
    "2010-04-14 11:11",
    """Dear organisers,

Please register me for the four course days:

Name: Engraver ThirtyThree
Organisation: Example Tapestry Elderly Care
Role: activities coordinator
Email: engraver.thirtythree@tapestrycare.example.org
Phone: +31 36 555 3333
Invoice: Example Tapestry Elderly Care, Administration, Wandtapijtweg 33, 1318 TC Almere

One question: I will come by bicycle from Almere Haven. Is there a guarded bicycle parking near De Nieuwe Bibliotheek, and may I bring my pannier bag into the room?

Kind regards,
Engraver ThirtyThree
""", lang="EN"),
    X("a registration that also asks about bicycle parking", "register",
      "en", q="yes", people=1, persons=[P(
          name="Engraver ThirtyThree",
          email="engraver.thirtythree@tapestrycare.example.org",
          organisation="Example Tapestry Elderly Care",
          role="activities coordinator", phone="+31 36 555 3333",
          invoice_address="Example Tapestry Elderly Care, Administration, "
          "Wandtapijtweg 33, 1318 TC Almere")]))

add("form-nl-zoho-voornaam-achternaam", zoho(
    "Kettingmaker Achtendertig <kettingmaker.achtendertig@kettingsteek.example.nl>",
    "Aanmeldformulier leergang",
    "2010-05-19 09:30",
    """Beste organisator,

Hieronder mijn gegevens voor de leergang deSTADSWIJKstudies.

Voornaam: Kettingmaker
Achternaam: Achtendertig
Organisatie: Buurtbemiddeling Kettingsteek
Functie: coördinator buurtbemiddeling
E-mail: kettingmaker.achtendertig@kettingsteek.example.nl
Telefoon: 036 555 3838
Factuuradres: Buurtbemiddeling Kettingsteek, Schakelstraat 38, 1325 KS Almere
Ordernummer: BK-2010-38

Met vriendelijke groet,
Kettingmaker Achtendertig"""),
    X("Voornaam/Achternaam form; 'Ordernummer:' is a field label",
      "register", "nl", people=1, persons=[P(
          name="Kettingmaker Achtendertig",
          email="kettingmaker.achtendertig@kettingsteek.example.nl",
          organisation="Buurtbemiddeling Kettingsteek",
          role="coördinator buurtbemiddeling", phone="036 555 3838",
          invoice_address="Buurtbemiddeling Kettingsteek, Schakelstraat 38, "
          "1325 KS Almere",
          invoice_reference="BK-2010-38")]))

add("reply-to-invitation-nl-outlook2010", outlook2010(
    "Uurwerkmaker Vierendertig <uurwerkmaker.vierendertig@werkbank.example.nl>",
    "RE: " + INVITE_SUBJ,
    "2010-03-03 14:22",
    """Goedemiddag,

Naar aanleiding van onderstaande uitnodiging meld ik mij aan. Ik ben docent maatschappelijke zorg bij ROC Werkbank en begeleid stagiairs in de Almeerse wijken.

E-mail: uurwerkmaker.vierendertig@werkbank.example.nl
Telefoon: 036 555 3434
Factuuradres: ROC Werkbank, Crediteurenadministratie, Postbus 3434, 1300 HK Almere
Bestelnummer: 45-3434

Met vriendelijke groet,
Uurwerkmaker Vierendertig

-----Oorspronkelijk bericht-----
Van: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: maandag 1 maart 2010 10:00
Aan: Uurwerkmaker Vierendertig
Onderwerp: """ + INVITE_SUBJ + """

""" + INVITE_NL + "\n"),
    X("a reply to the organiser's invitation, sent to the registration "
      "address; function in a sentence, 'Bestelnummer:' a field label",
      "register", "nl", people=1, persons=[P(
          name="Uurwerkmaker Vierendertig",
          email="uurwerkmaker.vierendertig@werkbank.example.nl",
          organisation="ROC Werkbank",
          role="docent maatschappelijke zorg", phone="036 555 3434",
          invoice_address="ROC Werkbank, Crediteurenadministratie, "
          "Postbus 3434, 1300 HK Almere",
          invoice_reference="45-3434")]))

code("C8V2T-5NJQW", "Clockmaker ThirtySix")
add("prose-en-thunderbird-two", tb115(
    "Locksmith ThirtyFive <locksmith.thirtyfive@bobbinyouth.example.org>",
    "Two registrations - Example Bobbin Youth Almere",
    "2010-03-11 16:05",
    """Hi,

My colleague and I would both like to attend the deSTADSWIJKstudies course. I am Locksmith ThirtyFive, youth worker, and my colleague is Clockmaker ThirtySix (clockmaker.thirtysix@bobbinyouth.example.org), our homework support coordinator. We both work at Example Bobbin Youth Almere.

Could the invoice for both of us go to Example Bobbin Youth Almere, Spoelweg 36, 1336 BY Almere? Please mention order number EB-10-077 on it.

Clockmaker is vegan.

Cheers,
Locksmith ThirtyFive
Youth worker | Example Bobbin Youth Almere
+31 6 5553 5035
""", lang="en"),
    X("two people in English prose, the writer first; a polite request for "
      "the invoice is not a question; the order number in running text",
      "register", "en", people=2, persons=[
          P(name="Locksmith ThirtyFive",
            email="locksmith.thirtyfive@bobbinyouth.example.org",
            organisation="Example Bobbin Youth Almere", role="youth worker",
            phone="+31 6 5553 5035",
            invoice_address="Example Bobbin Youth Almere, Spoelweg 36, "
            "1336 BY Almere",
            invoice_reference="order number EB-10-077"),
          P(name="Clockmaker ThirtySix",
            email="clockmaker.thirtysix@bobbinyouth.example.org",
            organisation="Example Bobbin Youth Almere",
            role="homework support coordinator", diet="vegan",
            invoice_address="Example Bobbin Youth Almere, Spoelweg 36, "
            "1336 BY Almere",
            invoice_reference="order number EB-10-077")]))
