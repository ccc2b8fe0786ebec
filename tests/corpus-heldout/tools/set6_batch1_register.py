"""Set 6, batch 1: registrations of one person (typed by hand)."""
from set6_lib import *  # noqa: F401,F403

# 001 Outlook 2010, Dutch form, own labels
body = """Goedemorgen,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies Almere (vier dagen, start 1 juni).

Naam deelnemer: Gespreksgenoot Een
Werkgever: Stichting Schetsboek
Functie: coördinator buurtkamers
Mailadres: g.een@schetsboek.example.nl
Tel. werk: 036 - 555 01 01
Bijzonderheden lunch: vegetarisch, geen vis
Factuur naar: Stichting Schetsboek, t.a.v. crediteurenadministratie, Postbus 1101, 1300 BC Almere
Onze referentie: SB-2010-014

Met vriendelijke groet,

Gespreksgenoot Een
Stichting Schetsboek"""
add("form-nl-outlook2010", outlook2010("Gespreksgenoot Een <g.een@schetsboek.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-02 09:12", body),
    X("Dutch form with own labels; 'Onze referentie' is a field label", "register", "nl", people=1,
      persons=[P(name="Gespreksgenoot Een", email="g.een@schetsboek.example.nl",
                 organisation="Stichting Schetsboek", role="coördinator buurtkamers",
                 phone="036 - 555 01 01", diet="vegetarisch, geen vis",
                 invoice_address="Stichting Schetsboek, t.a.v. crediteurenadministratie, Postbus 1101, 1300 BC Almere",
                 invoice_reference="SB-2010-014")]))

# 002 Thunderbird, English free text with signature
body = """Hello,

I would like to sign up for the four-day course on social ambitions in
Almere that starts on 1 June. I manage the volunteer programme at our
community centre in Almere Haven and the themes (especially day 4) fit
our work very well.

Please send the invoice to our finance office:
Example Neighbourhood Works
Finance, PO Box 2202
1300 CE Almere

Many thanks,

Companion Two
Volunteer Programme Manager
Example Neighbourhood Works
tel. +31 36 555 0202
companion.two@neighbourhoodworks.example.org
"""
add("free-en-thunderbird-sig", tb("Companion Two <companion.two@neighbourhoodworks.example.org>",
    "Registration - Almere course", "2010-03-03 14:40", body),
    X("English free text; details in the signature; invoice address below", "register", "en", people=1,
      persons=[P(name="Companion Two", email="companion.two@neighbourhoodworks.example.org",
                 organisation="Example Neighbourhood Works", role="Volunteer Programme Manager",
                 phone="+31 36 555 0202",
                 invoice_address="Example Neighbourhood Works, Finance, PO Box 2202, 1300 CE Almere")]))

# 003 Gmail, Dutch prose (she cancels later: 68SUH-2SQT2)
body = """Beste organisatie,

Via onze directeur kreeg ik de folder van de leergang. Ik wil me graag
opgeven. Ik ben Gespreksgenoot Drie en werk als opbouwwerker bij Stichting
Kladversie in Almere Buiten. Je kunt me bereiken op 06 - 5550 0303.

De rekening mag naar ons kantoor: Stichting Kladversie, Kruisweg 3,
1335 AA Almere, onder vermelding van kostenplaats 4471.

Alvast bedankt!
Gespreksgenoot"""
add("prose-nl-gmail", gmail("Gespreksgenoot Drie <gespreksgenoot3@kladversie.example.nl>",
    "opgave leergang", "2010-03-03 21:05", body),
    X("Dutch prose; email from From; 'kostenplaats 4471' in running text", "register", "nl", people=1,
      persons=[P(name="Gespreksgenoot Drie", email="gespreksgenoot3@kladversie.example.nl",
                 organisation="Stichting Kladversie", role="opbouwwerker",
                 phone="06 - 5550 0303",
                 invoice_address="Stichting Kladversie, Kruisweg 3, 1335 AA Almere",
                 invoice_reference="kostenplaats 4471")]))

# 004 Lotus Notes, Dutch form, ISO-8859-1
body = """Hierbij de aanmelding van ondergetekende voor de leergang "Sociale ambities in een groeiende stad".

Naam                    : Tafelgenoot Vier
Organisatie             : Zorggroep Ontwerp
Afdeling                : Wijkverpleging Almere Stad
Functie                 : teamleider
E-mail                  : tafelgenoot.vier@zorggroepontwerp.example.com
Telefoon                : 036 - 555 04 04
Dieet                   : geen
Factuuradres            : Zorggroep Ontwerp, Financiële Administratie, Postbus 404, 1300 AD Almere
Kenmerk factuur         : 2010/OPL/044

Met vriendelijke groet,

Tafelgenoot Vier
Teamleider Wijkverpleging Almere Stad
Zorggroep Ontwerp"""
add("form-nl-notes", notes("Tafelgenoot Vier <tafelgenoot.vier@zorggroepontwerp.example.com>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-04 10:31", body),
    X("Notes form aligned with spaces before the colon; 'geen' diet; department line is not the organisation",
      "register", "nl", people=1,
      persons=[P(name="Tafelgenoot Vier", email="tafelgenoot.vier@zorggroepontwerp.example.com",
                 organisation="Zorggroep Ontwerp", role="teamleider", phone="036 - 555 04 04",
                 invoice_address="Zorggroep Ontwerp, Financiële Administratie, Postbus 404, 1300 AD Almere",
                 invoice_reference="2010/OPL/044")]))

# 005 iPhone, short Dutch sentences
body = """Hoi, wil me graag aanmelden voor de leergang in juni.
Stadsdenker Vijf, jongerenwerker bij Jeugdhulp Drukproef. Mobiel 06-55500505.
Factuur via onze administratie, adres volgt nog van mijn leidinggevende.

Gr Stadsdenker

Verzonden vanaf mijn iPhone"""
add("short-nl-iphone", iphone("Stadsdenker Vijf <s.vijf@jeugdhulpdrukproef.example.nl>",
    "Aanmelding", "2010-03-05 07:48", body),
    X("short iPhone mail; role and organisation in one sentence; invoice address not given yet",
      "register", "nl", people=1,
      persons=[P(name="Stadsdenker Vijf", email="s.vijf@jeugdhulpdrukproef.example.nl",
                 organisation="Jeugdhulp Drukproef", role="jongerenwerker",
                 phone="06-55500505")]))

# 006 Outlook Web App, municipal employee (free)
body = """Beste collega's van het programmasecretariaat,

Ik meld me aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Wijkkenner Zes
Afdeling: DMO, Sector Welzijn en Zorg
Functie: beleidsadviseur wonen en zorg
Telefoon: 036 - 539 06 06 (bereikbaar ma t/m do)
Mail: wkenner6@almere.nl

Een factuur is voor mij niet nodig neem ik aan, ik zit bij de gemeente.

Groet,
Wijkkenner Zes"""
add("form-nl-owa-almere", owa("Wijkkenner Zes <wkenner6@almere.nl>",
    "aanmelding leergang", "2010-03-05 11:20", body),
    X("municipal employee; department is not the organisation; no invoice", "register", "nl", people=1,
      persons=[P(name="Wijkkenner Zes", email="wkenner6@almere.nl", organisation="Gemeente Almere",
                 role="beleidsadviseur wonen en zorg", phone="036 - 539 06 06")]))

# 007 Yahoo, English (his confirmation bounces: mailbox full, ZQTER-ZAWR3)
body = """Dear Sir/Madam,

Please register me for the course "Almere: Social ambitions in a growing city" (1 June, 23 September, 2 and 23 November).

Name: Correspondent Seven
Organisation: Sample Elderly Care Almere
Position: client adviser
Email: correspondent7@elderlycare.example.com
Telephone: 036 555 0707
Invoice address: Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere
PO number: 7700-118

Kind regards,
Correspondent Seven"""
add("form-en-yahoo", yahoo("Correspondent Seven <correspondent7@elderlycare.example.com>",
    "Course registration", "2010-03-08 16:02", body),
    X("English form; 'PO number:' is a field label", "register", "en", people=1,
      persons=[P(name="Correspondent Seven", email="correspondent7@elderlycare.example.com",
                 organisation="Sample Elderly Care Almere", role="client adviser",
                 phone="036 555 0707",
                 invoice_address="Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere",
                 invoice_reference="7700-118")]))

# 008 Outlook 2003 text only: a management assistant registers her director
body = """Geachte heer/mevrouw,

Namens onze directeur, de heer Voortrekker Acht, meld ik hem aan voor de leergang deSTADSWIJKstudies Almere.

Gegevens deelnemer:
Naam: Voortrekker Acht
Functie: directeur-bestuurder
E-mail: v.acht@plattegrond.example.nl
Telefoon: 036 - 555 08 00

De factuur kan naar: Woonstichting Plattegrond, Postbus 808, 1300 AH Almere, o.v.v. inkoopnummer 10-0808.

Dieetwensen heeft de heer Acht niet.

Wilt u de bevestiging aan hem sturen en mij in cc zetten?

Met vriendelijke groet,

Notulist Negentig
Managementassistent directie
Woonstichting Plattegrond
T 036 - 555 08 90"""
add("secretary-nl-outlook2003", outlook2003("Notulist Negentig <n.negentig@plattegrond.example.nl>",
    "Aanmelding dhr. Voortrekker Acht", "2010-03-09 09:55", body),
    X("assistant registers her director: organisation and invoice for him, not her phone; 'o.v.v.' dropped",
      "register", "nl", people=1,
      persons=[P(name="Voortrekker Acht", email="v.acht@plattegrond.example.nl",
                 organisation="Woonstichting Plattegrond", role="directeur-bestuurder",
                 phone="036 - 555 08 00",
                 invoice_address="Woonstichting Plattegrond, Postbus 808, 1300 AH Almere",
                 invoice_reference="inkoopnummer 10-0808")]))

# 009 GroupWise, capitals and tabs
body = """AANMELDING LEERGANG DESTADSWIJKSTUDIES ALMERE

NAAM:\t\tKringganger Negen
ORGANISATIE:\tMEE Schaalmodel
FUNCTIE:\tconsulent
EMAIL:\t\tk.negen@meeschaalmodel.example.org
TELEFOON:\t036 555 0909
DIEET:\t\tveganistisch
FACTUUR:\tMEE Schaalmodel, Afdeling Financien, Landdrostdreef 9, 1314 SK Almere

Met vriendelijke groet,
Kringganger Negen"""
add("caps-tabs-nl-groupwise", groupwise("Kringganger Negen <k.negen@meeschaalmodel.example.org>",
    "AANMELDING", "2010-03-09 13:14", body),
    X("labels in capitals with tabs", "register", "nl", people=1,
      persons=[P(name="Kringganger Negen", email="k.negen@meeschaalmodel.example.org",
                 organisation="MEE Schaalmodel", role="consulent", phone="036 555 0909",
                 diet="veganistisch",
                 invoice_address="MEE Schaalmodel, Afdeling Financien, Landdrostdreef 9, 1314 SK Almere")]))

# 010 Apple Mail, English bullets
body = """Good afternoon,

I'd like to register for deSTADSWIJKstudies Almere. My details:

• Name – Panelist Ten
• Organisation – Sample Youth Network Flevoland
• Role – street-level youth worker
• Email – panelist.ten@youthnetwork.example.org
• Mobile – 06 5550 1010
• Diet – no pork please

Invoices go to our central office in Lelystad:
Sample Youth Network Flevoland
Attn. Finance
Zuiderwagenplein 10
8224 AD Lelystad

Best,
Panelist Ten"""
add("bullets-en-apple", apple("Panelist Ten <panelist.ten@youthnetwork.example.org>",
    "Registration deSTADSWIJKstudies", "2010-03-10 15:33", body),
    X("English bullets with en dashes; invoice address over four lines", "register", "en", people=1,
      persons=[P(name="Panelist Ten", email="panelist.ten@youthnetwork.example.org",
                 organisation="Sample Youth Network Flevoland", role="street-level youth worker",
                 phone="06 5550 1010", diet="no pork please",
                 invoice_address="Sample Youth Network Flevoland, Attn. Finance, Zuiderwagenplein 10, 8224 AD Lelystad")]))

# 011 relay of a course-listing web form (noreply sender, Reply-To)
body = """Er is een nieuwe inschrijving binnengekomen via het formulier op
www.sociaalalmere.example.nl/agenda.

Activiteit:      deSTADSWIJKstudies op locatie Almere (leergang, 4 dagen)
Ingevuld op:     11-03-2010 om 20:17

Naam:            Leergenoot Elf
Organisatie:     Humanitas Voorontwerp
Functie:         vrijwilligerscoördinator thuisadministratie
E-mailadres:     leergenoot11@voorontwerp.example.net
Telefoonnummer:  036-5551111
Opmerkingen:     Ik kom met de trein. Lactose-intolerant.
Factuuradres:    Humanitas Voorontwerp, Postbus 1111, 1300 CA Almere

--
Dit bericht is automatisch verstuurd door het formulier van sociaalalmere.example.nl.
Beantwoorden gaat naar de inzender."""
add("webform-relay-nl", plain("Formulieren sociaalalmere <noreply@sociaalalmere.example.nl>",
    "Nieuwe inschrijving: deSTADSWIJKstudies op locatie Almere", "2010-03-11 20:17", body,
    reply_to="Leergenoot Elf <leergenoot11@voorontwerp.example.net>",
    extra=[("X-Mailer", "PHPMailer 5.1")]),
    X("web form relay on the participant's behalf; diet in the remarks", "register", "nl", people=1,
      persons=[P(name="Leergenoot Elf", email="leergenoot11@voorontwerp.example.net",
                 organisation="Humanitas Voorontwerp",
                 role="vrijwilligerscoördinator thuisadministratie", phone="036-5551111",
                 diet="Lactose-intolerant",
                 invoice_address="Humanitas Voorontwerp, Postbus 1111, 1300 CA Almere")]))

# 012 Evolution (base64), English form (thanks later: L384F-5XAA4)
body = """Hi there,

Registration for the Almere course, as discussed with Ms Endlich-Blom on the phone:

Name: Reader Twelve
Organisation: Example Debt Relief Trust
Function: debt counsellor
E-mail: reader12@debtrelief.example.org
Phone: 036 555 1212
Special dietary needs: none
Invoice to: Example Debt Relief Trust, Stationsstraat 12, 1315 JR Almere
Reference: DRT/Training/2010

Cheers,
Reader Twelve"""
add("form-en-evolution", evolution("Reader Twelve <reader12@debtrelief.example.org>",
    "Registration", "2010-03-12 10:05", body),
    X("English form in base64; 'none' diet; 'Reference:' is a field label", "register", "en", people=1,
      persons=[P(name="Reader Twelve", email="reader12@debtrelief.example.org",
                 organisation="Example Debt Relief Trust", role="debt counsellor",
                 phone="036 555 1212",
                 invoice_address="Example Debt Relief Trust, Stationsstraat 12, 1315 JR Almere",
                 invoice_reference="DRT/Training/2010")]))

# 013 Hotmail HTML only, private address, work address in the text
html = """<html><head><style><!--.hmmessage P{margin:0px;padding:0px}body.hmmessage{font-size: 10pt;font-family:Verdana}--></style></head>
<body class='hmmessage'>
Beste mensen,<br><br>Ik stuur dit van mijn priv&eacute;-adres omdat mijn werkmail het even niet doet.<br>
Ik wil mij aanmelden voor de leergang.<br><br>
Naam: Polderling Dertien<br>
Organisatie: Welzijn Proefdruk<br>
Functie: maatschappelijk werker<br>
Werkmail: p.dertien@proefdruk.example.nl<br>
Telefoon: 036-5551313<br>
Factuur: Welzijn Proefdruk, Postbus 1313, 1300 CD Almere<br><br>
Stuur de bevestiging graag naar mijn werkmail.<br><br>
Groetjes,<br>Polderling<br><br>
<hr>Nieuw: Hotmail met Messenger. <a href='http://example.com/hotmail'>Probeer het nu</a></body></html>
"""
add("html-nl-hotmail-private", hotmail_html("Polderling 13 <polderling13@hotmail.example.com>",
    "aanmelding leergang stadswijkstudies", "2010-03-14 22:41", html),
    X("HTML-only from a private address; the work address in the text is the one", "register", "nl",
      people=1,
      persons=[P(name="Polderling Dertien", email="p.dertien@proefdruk.example.nl",
                 organisation="Welzijn Proefdruk", role="maatschappelijk werker",
                 phone="036-5551313",
                 invoice_address="Welzijn Proefdruk, Postbus 1313, 1300 CD Almere")]))

# 014 K-9 Android, unlabelled lines
body = """Goedemiddag, hierbij meld ik me aan voor de leergang:

Zaalgenoot Veertien
Sportservice Testveld
buurtsportcoach
06-55501414
z.veertien@testveld.example.nl

Factuuradres: Sportservice Testveld, Bolderweg 14, 1332 AT Almere

--
Verzonden vanaf mijn Android-telefoon met K-9 Mail."""
add("lines-nl-k9", android("Zaalgenoot Veertien <z.veertien@testveld.example.nl>",
    "Aanmelding leergang", "2010-03-15 13:22", body),
    X("details as unlabelled lines under each other", "register", "nl", people=1,
      persons=[P(name="Zaalgenoot Veertien", email="z.veertien@testveld.example.nl",
                 organisation="Sportservice Testveld", role="buurtsportcoach",
                 phone="06-55501414",
                 invoice_address="Sportservice Testveld, Bolderweg 14, 1332 AT Almere")]))

# 015 Claws, free text with signature and diet in the text
body = """Dag,

Mijn leidinggevende heeft ingestemd, dus bij dezen meld ik me aan voor
de vier studiedagen. Voor de lunch: ik eet halal.

De factuur graag naar GGZ Oefenterrein, t.a.v. administratie,
Postbus 1515, 1300 CE Almere, met ons projectnummer P-1015.

Hartelijke groet,

Cursusganger Vijftien
Preventiemedewerker
GGZ Oefenterrein, locatie Almere
Postbus 1515
1300 CE Almere
T: 036 555 15 15
E: cursusganger15@oefenterrein.example.org"""
add("free-nl-claws-sig", claws("Cursusganger Vijftien <cursusganger15@oefenterrein.example.org>",
    "aanmelding studiedagen", "2010-03-16 08:50", body),
    X("free text, details in the signature; invoice address and project number in the text",
      "register", "nl", people=1,
      persons=[P(name="Cursusganger Vijftien", email="cursusganger15@oefenterrein.example.org",
                 organisation="GGZ Oefenterrein", role="Preventiemedewerker",
                 phone="036 555 15 15", diet="halal",
                 invoice_address="GGZ Oefenterrein, t.a.v. administratie, Postbus 1515, 1300 CE Almere",
                 invoice_reference="projectnummer P-1015")]))

# 016 Outlook for Mac, English form
body = """Dear organiser,

Please find my registration below.

Full name: Onlooker Sixteen
Job title: Community development officer
Organisation: Example Housing Cooperative Almere
E-mail: onlooker16@housingcoop.example.com
Direct line: 036 555 1616
Dietary requirements: coeliac (strictly gluten-free)
Billing address: Example Housing Cooperative Almere, Accounts, Grote Markt 16, 1315 JG Almere
Cost centre: HC-4416

Regards,
Onlooker Sixteen"""
add("form-en-macoutlook", macoutlook("Onlooker Sixteen <onlooker16@housingcoop.example.com>",
    "deSTADSWIJKstudies registration", "2010-03-16 17:12", body),
    X("English form; 'Cost centre:' is a field label", "register", "en", people=1,
      persons=[P(name="Onlooker Sixteen", email="onlooker16@housingcoop.example.com",
                 organisation="Example Housing Cooperative Almere",
                 role="Community development officer", phone="036 555 1616",
                 diet="coeliac (strictly gluten-free)",
                 invoice_address="Example Housing Cooperative Almere, Accounts, Grote Markt 16, 1315 JG Almere",
                 invoice_reference="HC-4416")]))

# 017 KMail, tabs, ISO-8859-15
body = """Hallo,

Hierbij meld ik mij aan:

Naam\t\tKoersgenoot Zeventien
Organisatie\tBibliotheek Kladstad
Functie\t\tprogrammamaker jeugd & educatie
E-mail\t\tkoersgenoot17@kladstad.example.nl
Telefoon\t036-5551717
Factuur\t\tBibliotheek Kladstad, Stadhuisplein 17, 1315 XC Almere
Kenmerk\t\tLG-2010-17

Met vriendelijke groet,
Koersgenoot Zeventien"""
add("tabs-nl-kmail", kmail("Koersgenoot Zeventien <koersgenoot17@kladstad.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-17 11:47", body),
    X("labels and values separated by tabs only", "register", "nl", people=1,
      persons=[P(name="Koersgenoot Zeventien", email="koersgenoot17@kladstad.example.nl",
                 organisation="Bibliotheek Kladstad", role="programmamaker jeugd & educatie",
                 phone="036-5551717",
                 invoice_address="Bibliotheek Kladstad, Stadhuisplein 17, 1315 XC Almere",
                 invoice_reference="LG-2010-17")]))

# 018 Outlook 2007 HTML only with a table (she corrects a detail later: WYVR3-ZLUMQ)
rows = [("Naam", "Vraagbaak Achttien"), ("Organisatie", "Vluchtelingenwerk Schetsstad"),
        ("Functie", "trajectbegeleider statushouders"),
        ("E-mail", "vraagbaak18@schetsstad.example.org"), ("Telefoon", "036 - 555 18 18"),
        ("Dieetwensen", "geen varkensvlees"),
        ("Factuuradres", "Vluchtelingenwerk Schetsstad, Postbus 1818, 1300 BH Almere")]
html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
        'content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 12 '
        '(filtered medium)"></head><body lang=NL link=blue vlink=purple><div class=Section1>'
        '<p class=MsoNormal>Beste organisatie,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>'
        '<p class=MsoNormal>Hierbij mijn aanmelding voor de leergang:<o:p></o:p></p>'
        '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse\'>'
        + "".join('<tr><td width=160 valign=top style=\'width:120pt;border:solid windowtext 1.0pt;'
                  'padding:0cm 5.4pt 0cm 5.4pt\'><p class=MsoNormal><b>%s<o:p></o:p></b></p></td>'
                  '<td width=300 valign=top style=\'width:225pt;border:solid windowtext 1.0pt;'
                  'padding:0cm 5.4pt 0cm 5.4pt\'><p class=MsoNormal>%s<o:p></o:p></p></td></tr>'
                  % (k, v) for k, v in rows) +
        '</table><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Met vriendelijke groet,'
        '<o:p></o:p></p><p class=MsoNormal>Vraagbaak Achttien<o:p></o:p></p></div></body></html>\n')
add("table-nl-outlook-html", outlook("Vraagbaak Achttien <vraagbaak18@schetsstad.example.org>",
    "Aanmelding leergang", "2010-03-18 10:10", "", html_only=True, html=html),
    X("HTML-only Outlook table with bold labels", "register", "nl", people=1,
      persons=[P(name="Vraagbaak Achttien", email="vraagbaak18@schetsstad.example.org",
                 organisation="Vluchtelingenwerk Schetsstad",
                 role="trajectbegeleider statushouders", phone="036 - 555 18 18",
                 diet="geen varkensvlees",
                 invoice_address="Vluchtelingenwerk Schetsstad, Postbus 1818, 1300 BH Almere")]))

# 019 Gmail, English, registration that also asks about parking
body = """Hello,

I'd like to register for the course starting 1 June.

Name: Envoy Nineteen
Organisation: Sample Migrant Council Almere
Role: HR adviser
Email: envoy19@migrantcouncil.example.net
Phone: 06 5550 1919
Invoice: Sample Migrant Council Almere, Spoordreef 19, 1315 GN Almere

One question: I will come by car on all four days. Is there any
arrangement for parking near the library, or should I use the public
garage and claim it?

Thanks a lot,
Envoy Nineteen"""
add("form-en-gmail-question", gmail("Envoy Nineteen <envoy19@migrantcouncil.example.net>",
    "Registration + question about parking", "2010-03-19 12:30", body),
    X("registration that also asks about parking (question for a person)", "register", "en",
      q="yes", people=1,
      persons=[P(name="Envoy Nineteen", email="envoy19@migrantcouncil.example.net",
                 organisation="Sample Migrant Council Almere", role="HR adviser",
                 phone="06 5550 1919",
                 invoice_address="Sample Migrant Council Almere, Spoordreef 19, 1315 GN Almere")]))

# 020 Pegasus, a self-employed adviser
body = """Geachte organisatie,

Als zelfstandig adviseur werk ik veel voor wijkteams in Almere en ik wil
graag deelnemen aan de leergang.

Naam: Stadsbouwer Twintig
Bedrijf: Adviesbureau Kladpapier
Functie: zelfstandig adviseur participatie
E-mail: stadsbouwer20@kladpapier.example.com
Telefoon: 06 - 5550 2020
Factuuradres: Adviesbureau Kladpapier, Zwanenweg 20, 1358 AB Almere

Met vriendelijke groet,

Stadsbouwer Twintig"""
add("form-nl-pegasus-zzp", pegasus("Stadsbouwer Twintig <stadsbouwer20@kladpapier.example.com>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-22 09:03", body),
    X("self-employed adviser, 'Bedrijf' as the organisation label", "register", "nl", people=1,
      persons=[P(name="Stadsbouwer Twintig", email="stadsbouwer20@kladpapier.example.com",
                 organisation="Adviesbureau Kladpapier", role="zelfstandig adviseur participatie",
                 phone="06 - 5550 2020",
                 invoice_address="Adviesbureau Kladpapier, Zwanenweg 20, 1358 AB Almere")]))

# 021 Alpine, a lecturer at an applied university (example.edu)
body = """Dear colleagues,

I lecture in social work at Sample University of Applied Sciences,
Almere campus, and would like to take part in the course this year.

Name:          Apprentice TwentyOne
Institution:   Sample University of Applied Sciences
Position:      lecturer social work
E-mail:        a.twentyone@sampleuas.example.edu
Phone:         036 555 2121
Diet:          vegetarian

The invoice should go to the faculty office:
Sample University of Applied Sciences, Faculty of Social Studies,
Hospitaaldreef 21, 1315 RC Almere, budget code FSS-210.

Regards,
Apprentice TwentyOne"""
add("form-en-alpine", alpine("Apprentice TwentyOne <a.twentyone@sampleuas.example.edu>",
    "registration deSTADSWIJKstudies", "2010-03-23 14:18", body),
    X("'Institution' as organisation; 'budget code FSS-210' in running text", "register", "en", people=1,
      persons=[P(name="Apprentice TwentyOne", email="a.twentyone@sampleuas.example.edu",
                 organisation="Sample University of Applied Sciences", role="lecturer social work",
                 phone="036 555 2121", diet="vegetarian",
                 invoice_address="Sample University of Applied Sciences, Faculty of Social Studies, Hospitaaldreef 21, 1315 RC Almere",
                 invoice_reference="budget code FSS-210")]))

# 022 Zarafa, Dutch form (her out-of-office answers the confirmation: BHFX3-HEPV4)
body = """Goedendag,

Bij deze wil ik mij inschrijven voor de leergang.

Naam: Bijzitter Tweeentwintig
Organisatie: Woonstichting Plattegrond
Functie: wijkconsulent Almere Poort
E-mail: b.tweeentwintig@plattegrond.example.nl
Tel: 036 - 555 22 22
Factuuradres: Woonstichting Plattegrond, Postbus 808, 1300 AH Almere
Kenmerk: inkoopnummer 10-0822

Met vriendelijke groet,
Bijzitter Tweeentwintig"""
add("form-nl-zarafa", zarafa("Bijzitter Tweeentwintig <b.tweeentwintig@plattegrond.example.nl>",
    "Inschrijving leergang", "2010-03-24 10:44", body),
    X("Dutch form; 'Kenmerk:' is a label but the value itself says 'inkoopnummer'", "register", "nl",
      people=1,
      persons=[P(name="Bijzitter Tweeentwintig", email="b.tweeentwintig@plattegrond.example.nl",
                 organisation="Woonstichting Plattegrond", role="wijkconsulent Almere Poort",
                 phone="036 - 555 22 22",
                 invoice_address="Woonstichting Plattegrond, Postbus 808, 1300 AH Almere",
                 invoice_reference="inkoopnummer 10-0822")]))

# 023 The Bat!, windows-1252, initials and a 'tussenvoegsel' in prose
body = """Geachte dames en heren,

Hierbij geef ik mij op voor de leergang deSTADSWIJKstudies op locatie Almere.
Ik ben werkzaam als wijkagent-coördinator bij Politie Flevoland-Proefstuk,
basiseenheid Almere-Stad.

Mijn gegevens:
  naam:       Meereiziger Drieëntwintig
  e-mail:     meereiziger23@proefstuk.example.org
  telefoon:   0900 - 555 2323 (via de meldkamer, vraag naar mij)
  mobiel:     06 - 5550 2323

Betaling van de deelnamekosten loopt via ons bureau bedrijfsvoering:
Politie Flevoland-Proefstuk, Bedrijfsvoering, Postbus 2323, 8200 AA Lelystad.
Graag onder vermelding van bestelnummer 4500023.

Hoogachtend,

Meereiziger Drieëntwintig"""
add("form-nl-thebat-police", thebat("Meereiziger Drieëntwintig <meereiziger23@proefstuk.example.org>",
    "opgave leergang", "2010-03-25 16:20", body),
    X("windows-1252 with a diaeresis in the name; two phones, the first is taken; role in the prose",
      "register", "nl", people=1,
      persons=[P(name="Meereiziger Drieëntwintig", email="meereiziger23@proefstuk.example.org",
                 organisation="Politie Flevoland-Proefstuk", role="wijkagent-coördinator",
                 phone="0900 - 555 2323",
                 invoice_address="Politie Flevoland-Proefstuk, Bedrijfsvoering, Postbus 2323, 8200 AA Lelystad",
                 invoice_reference="bestelnummer 4500023")]))

# 024 Nokia, English, terse
body = """Register me pls for the Almere course (all 4 days).
Wayfarer TwentyFour, outreach worker, Example Street Health Almere.
Mob 06 5550 2424. Invoice: Example Street Health, Kemphaanweg 24, 1351 AB Almere.
Sent from my Nokia"""
add("terse-en-nokia", nokia("Wayfarer TwentyFour <wayfarer24@streethealth.example.org>",
    "Almere course", "2010-03-29 08:15", body),
    X("terse English from a phone, base64", "register", "en", people=1,
      persons=[P(name="Wayfarer TwentyFour", email="wayfarer24@streethealth.example.org",
                 organisation="Example Street Health Almere", role="outreach worker",
                 phone="06 5550 2424",
                 invoice_address="Example Street Health, Kemphaanweg 24, 1351 AB Almere")]))

# 025 Opera Mail, after the information meeting
body = """Beste organisatoren,

Naar aanleiding van de informatiebijeenkomst van vorige week donderdag in het stadhuis meld ik me hierbij aan.

Ik ben Bezoeker Vijfentwintig, schuldhulpmaatje-coördinator bij Schuldhulp Voorbeeldpolder.
Telefonisch ben ik bereikbaar op 036-5552525 (di, wo, do).
Mijn mailadres is bezoeker25@voorbeeldpolder.example.nl.

Omdat wij een kleine stichting zijn, graag de factuur per post naar:
Schuldhulp Voorbeeldpolder
t.a.v. penningmeester
Kerkgracht 25
1354 AM Almere

Groet,
Bezoeker Vijfentwintig"""
add("prose-nl-opera", opera("Bezoeker Vijfentwintig <bezoeker25@voorbeeldpolder.example.nl>",
    "Aanmelding na informatiebijeenkomst", "2010-03-30 19:40", body),
    X("prose with role and organisation in one sentence; four-line invoice address", "register", "nl",
      people=1,
      persons=[P(name="Bezoeker Vijfentwintig", email="bezoeker25@voorbeeldpolder.example.nl",
                 organisation="Schuldhulp Voorbeeldpolder", role="schuldhulpmaatje-coördinator",
                 phone="036-5552525",
                 invoice_address="Schuldhulp Voorbeeldpolder, t.a.v. penningmeester, Kerkgracht 25, 1354 AM Almere")]))

# 026 Gnus, formal English
body = """To whom it may concern,

I hereby apply for a place in the course "Almere: Sociale ambities in
een groeiende stad".

  Surname, first name : Scribe, TwentySix
  Organisation        : Example Library Partners
  Function            : outreach librarian
  E-mail              : scribe26@librarypartners.example.net
  Telephone           : 036 555 2626

Invoice: Example Library Partners, Attn. Administration,
Weerwaterplein 26, 1315 HA Almere.

Yours faithfully,
TwentySix Scribe"""
add("form-en-gnus-surname-first", gnus("TwentySix Scribe <scribe26@librarypartners.example.net>",
    "Application: course Almere", "2010-04-01 11:11", body),
    X("'Surname, first name' label: the name kept as written in the form", "register", "en", people=1,
      persons=[P(name="Scribe, TwentySix", email="scribe26@librarypartners.example.net",
                 organisation="Example Library Partners", role="outreach librarian",
                 phone="036 555 2626",
                 invoice_address="Example Library Partners, Attn. Administration, Weerwaterplein 26, 1315 HA Almere")]))

# 027 Outlook 2010, registration plus a question about a laptop
body = """Beste,

Ik wil me graag aanmelden voor de leergang.

Naam: Denker Zevenentwintig
Organisatie: Stichting Ateliergroen
Functie: projectleider groene buurtinitiatieven
E-mail: denker27@ateliergroen.example.org
Telefoon: 036 555 27 27
Factuuradres: Stichting Ateliergroen, Postbus 2727, 1300 EA Almere

Ik heb nog een vraag: is er op de locatie wifi, zodat ik tijdens de
interactieve delen op mijn laptop aantekeningen kan maken?

Vriendelijke groet,
Denker Zevenentwintig"""
add("form-nl-outlook2010-wifi-question", outlook2010("Denker Zevenentwintig <denker27@ateliergroen.example.org>",
    "Aanmelding + vraag", "2010-04-06 09:27", body),
    X("registration that also asks about wifi", "register", "nl", q="yes", people=1,
      persons=[P(name="Denker Zevenentwintig", email="denker27@ateliergroen.example.org",
                 organisation="Stichting Ateliergroen",
                 role="projectleider groene buurtinitiatieven", phone="036 555 27 27",
                 invoice_address="Stichting Ateliergroen, Postbus 2727, 1300 EA Almere")]))

# 028 AOL webmail, HTML only, English
body = """Hi,

my employer asked me to register for your course. Here goes:

Traveller TwentyEight
Family coach, Sample Family Support Almere
traveller28@familysupport.example.com
036 555 2828

Please bill Sample Family Support Almere, Postbus 2828, 1300 EB Almere.
Our purchase order is PO-10-2828.

Thanks,
Traveller"""
add("html-en-aol", aol_html("Traveller28 <traveller28@aol.example.com>",
    "course registration", "2010-04-07 21:55", body),
    X("AOL HTML only from a private address; the work address in the text; 'purchase order' kept",
      "register", "en", people=1,
      persons=[P(name="Traveller TwentyEight", email="traveller28@familysupport.example.com",
                 organisation="Sample Family Support Almere", role="Family coach",
                 phone="036 555 2828",
                 invoice_address="Sample Family Support Almere, Postbus 2828, 1300 EB Almere",
                 invoice_reference="PO-10-2828")]))

# 029 Windows Mobile, a manager registers a team member
body = """Goedemorgen,

Graag meld ik mijn medewerker Inschrijver Negenentwintig aan voor de leergang.
Hij is ambulant hulpverlener bij ons team Almere Haven.
Zijn mail: i.negenentwintig@jeugdhulpdrukproef.example.nl, tel 036-5552929.

Factuur naar Jeugdhulp Drukproef, Postbus 2929, 1300 EC Almere, kostenplaats 729.

Mvg,
Voortrekker Negenennegentig
Teammanager Jeugdhulp Drukproef
Verzonden vanaf mijn Windows Mobile-telefoon"""
add("manager-nl-winmobile", winmobile("Voortrekker Negenennegentig <v.99@jeugdhulpdrukproef.example.nl>",
    "Aanmelding medewerker", "2010-04-08 07:31", body),
    X("a team manager registers a team member; organisation from the manager's signature",
      "register", "nl", people=1,
      persons=[P(name="Inschrijver Negenentwintig", email="i.negenentwintig@jeugdhulpdrukproef.example.nl",
                 organisation="Jeugdhulp Drukproef", role="ambulant hulpverlener",
                 phone="036-5552929",
                 invoice_address="Jeugdhulp Drukproef, Postbus 2929, 1300 EC Almere",
                 invoice_reference="kostenplaats 729")]))

# 030 OWA, municipal employee (absent one day later: 6MC89-RL8A2)
body = """Hallo,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies.

Naam: Stadsdenker Dertig
Functie: wijkregisseur Almere Buiten
Afdeling: DMO / Wijkzaken
E-mail: sdertig@almere.nl
Telefoon: 036 - 539 30 30
Dieet: glutenvrij

Groeten,
Stadsdenker Dertig
Gemeente Almere"""
add("form-nl-owa-almere-2", owa("Stadsdenker Dertig <sdertig@almere.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-04-09 13:02", body),
    X("municipal employee with diet", "register", "nl", people=1,
      persons=[P(name="Stadsdenker Dertig", email="sdertig@almere.nl", organisation="Gemeente Almere",
                 role="wijkregisseur Almere Buiten", phone="036 - 539 30 30", diet="glutenvrij")]))

# 031 Sylpheed, PO box and cost centre
body = """Beste,

Hierbij mijn opgave voor de leergang van juni t/m november.

Naam: Tochtgenoot Eenendertig
Functie: coördinator mantelzorgondersteuning
Organisatie: Welzijn Proefdruk
Email: tochtgenoot31@proefdruk.example.nl
Telefoon: 036-5553131

Factuur: Welzijn Proefdruk, Postbus 1313, 1300 CD Almere (kostenplaats 3131 vermelden a.u.b.)

Groet,
Tochtgenoot Eenendertig"""
add("form-nl-sylpheed", sylpheed("Tochtgenoot Eenendertig <tochtgenoot31@proefdruk.example.nl>",
    "opgave leergang", "2010-04-12 10:00", body),
    X("Dutch form; 'kostenplaats 3131' in brackets after the address", "register", "nl", people=1,
      persons=[P(name="Tochtgenoot Eenendertig", email="tochtgenoot31@proefdruk.example.nl",
                 organisation="Welzijn Proefdruk", role="coördinator mantelzorgondersteuning",
                 phone="036-5553131",
                 invoice_address="Welzijn Proefdruk, Postbus 1313, 1300 CD Almere",
                 invoice_reference="kostenplaats 3131")]))

# 032 GMX webmail, Dutch, name split in Voornaam/Achternaam with the whole name in the greeting
body = """Hallo,

graag meld ik mij aan voor de leergang op 1 juni, 23 september, 2 en 23 november.

Voornaam: TweeEnDertig
Achternaam: Zaalwachter
Organisatie: Stichting Kladversie
Functie: buurtbemiddelaar
E-mail: zaalwachter32@kladversie.example.nl
Telefoon: 036 555 3232
Factuur: Stichting Kladversie, Kruisweg 3, 1335 AA Almere

Vriendelijke groeten,
TweeEnDertig Zaalwachter"""
add("split-name-nl-gmx", gmx("TweeEnDertig Zaalwachter <zaalwachter32@kladversie.example.nl>",
    "aanmelding", "2010-04-13 20:12", body),
    X("first and last name in two fields; the whole name is in the closing", "register", "nl", people=1,
      persons=[P(name="TweeEnDertig Zaalwachter", email="zaalwachter32@kladversie.example.nl",
                 organisation="Stichting Kladversie", role="buurtbemiddelaar", phone="036 555 3232",
                 invoice_address="Stichting Kladversie, Kruisweg 3, 1335 AA Almere")]))

# 033 Lotus Notes, English from a Dutch organisation
body = """Dear Sir, Madam,

Apologies for writing in English, my Dutch is not good enough yet. I
would like to take part in the course on social ambitions in Almere.

Name: Contributor ThirtyThree
Organisation: GGD Schaalstad
Function: epidemiologist, youth health monitor
E-mail: contributor33@ggdschaalstad.example.nl
Phone: 036 555 3333

Invoice: GGD Schaalstad, Postbus 3333, 1300 EE Almere, cost centre 6033.

Kind regards,
Contributor ThirtyThree"""
add("form-en-notes", notes("Contributor ThirtyThree <contributor33@ggdschaalstad.example.nl>",
    "Registration course", "2010-04-14 15:50", body),
    X("English form from Notes; 'cost centre 6033' in running text", "register", "en", people=1,
      persons=[P(name="Contributor ThirtyThree", email="contributor33@ggdschaalstad.example.nl",
                 organisation="GGD Schaalstad", role="epidemiologist, youth health monitor",
                 phone="036 555 3333",
                 invoice_address="GGD Schaalstad, Postbus 3333, 1300 EE Almere",
                 invoice_reference="cost centre 6033")]))

# 034 Postbox, format=flowed, order number
body = """Goedemiddag,

Hierbij meld ik me aan voor deSTADSWIJKstudies op locatie Almere. Ik werk als senior adviseur maatschappelijk vastgoed bij Woonstichting Plattegrond en ben vooral benieuwd naar dag 3.

Naam: Denktank Vierendertig
E-mail: d.vierendertig@plattegrond.example.nl
Telefoon: 036 - 555 34 34
Dieetwensen: lactosevrij

Factuur: Woonstichting Plattegrond, Postbus 808, 1300 AH Almere, ordernummer 10-0834.

Met hartelijke groet,
Denktank Vierendertig"""
add("form-nl-postbox", postbox("Denktank Vierendertig <d.vierendertig@plattegrond.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-15 14:05", body),
    X("format=flowed; role and organisation in the prose; 'ordernummer 10-0834'", "register", "nl",
      people=1,
      persons=[P(name="Denktank Vierendertig", email="d.vierendertig@plattegrond.example.nl",
                 organisation="Woonstichting Plattegrond",
                 role="senior adviseur maatschappelijk vastgoed", phone="036 - 555 34 34",
                 diet="lactosevrij",
                 invoice_address="Woonstichting Plattegrond, Postbus 808, 1300 AH Almere",
                 invoice_reference="ordernummer 10-0834")]))

# 035 iPad, sentences
body = """Beste mevrouw, meneer,

Graag wil ik me inschrijven voor de leergang. Mijn naam is Buurtgenoot Vijfendertig en ik ben gebiedsmanager bij Buurtwerk Concepthaven. U kunt mij mailen op buurtgenoot35@concepthaven.example.nl of bellen op 06 5550 3535.
De factuur graag naar Buurtwerk Concepthaven, Postbus 3535, 1300 EF Almere.

Vriendelijke groet,
Buurtgenoot Vijfendertig

Verstuurd vanaf mijn iPad"""
add("prose-nl-ipad", ipad("Buurtgenoot Vijfendertig <buurtgenoot35@concepthaven.example.nl>",
    "Inschrijving leergang", "2010-04-16 18:25", body),
    X("iPad prose", "register", "nl", people=1,
      persons=[P(name="Buurtgenoot Vijfendertig", email="buurtgenoot35@concepthaven.example.nl",
                 organisation="Buurtwerk Concepthaven", role="gebiedsmanager",
                 phone="06 5550 3535",
                 invoice_address="Buurtwerk Concepthaven, Postbus 3535, 1300 EF Almere")]))

# 036 SeaMonkey, registration plus a question about splitting the invoice
body = """Hallo,

Ik meld me aan voor de leergang.

Naam: Leerling Zesendertig
Organisatie: ROC Proefstuk
Functie: docent maatschappelijke zorg
E-mail: leerling36@rocproefstuk.example.nl
Telefoon: 036 - 555 36 36
Factuuradres: ROC Proefstuk, Postbus 3636, 1300 EG Almere

Is het mogelijk de factuur te splitsen over twee boekjaren, de helft in
2010 en de helft begin 2011? Ons scholingsbudget 2010 is bijna op.

Groet,
Leerling Zesendertig"""
add("form-nl-seamonkey-question", seamonkey("Leerling Zesendertig <leerling36@rocproefstuk.example.nl>",
    "aanmelding leergang (en vraag over factuur)", "2010-04-19 11:36", body),
    X("registration that also asks to split the invoice", "register", "nl", q="yes", people=1,
      persons=[P(name="Leerling Zesendertig", email="leerling36@rocproefstuk.example.nl",
                 organisation="ROC Proefstuk", role="docent maatschappelijke zorg",
                 phone="036 - 555 36 36",
                 invoice_address="ROC Proefstuk, Postbus 3636, 1300 EG Almere")]))

# 037 BlackBerry (base64), English
body = """Hi - please register me for the 4 course days.
Name: Pathfinder ThirtySeven
Org: Example Refugee Housing Almere
Title: housing officer
Email: pathfinder37@refugeehousing.example.org
Cell: +31 6 5550 3737
Invoice: Example Refugee Housing Almere, Markt 37, 1354 AE Almere. Ref EXRH-37.
Thx
Sent from my BlackBerry® wireless device"""
add("form-en-blackberry", blackberry("Pathfinder ThirtySeven <pathfinder37@refugeehousing.example.org>",
    "Registration", "2010-04-21 17:42", body),
    X("BlackBerry base64; 'Ref' dropped from the reference", "register", "en", people=1,
      persons=[P(name="Pathfinder ThirtySeven", email="pathfinder37@refugeehousing.example.org",
                 organisation="Example Refugee Housing Almere", role="housing officer",
                 phone="+31 6 5550 3737",
                 invoice_address="Example Refugee Housing Almere, Markt 37, 1354 AE Almere",
                 invoice_reference="EXRH-37")]))

# 038 Outlook 2010, HTML only, English, bold labels in paragraphs
html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 14 (filtered medium)"></head>
<body lang=EN-GB link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal>Dear course team,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hereby I register for deSTADSWIJKstudies Almere 2010.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Name:</b> Auditor ThirtyEight<o:p></o:p></p>
<p class=MsoNormal><b>Organisation:</b> Sample Elderly Care Almere<o:p></o:p></p>
<p class=MsoNormal><b>Function:</b> location manager De Polderhof<o:p></o:p></p>
<p class=MsoNormal><b>E-mail:</b> <a href="mailto:auditor38@elderlycare.example.com">auditor38@elderlycare.example.com</a><o:p></o:p></p>
<p class=MsoNormal><b>Telephone:</b> 036 555 3838<o:p></o:p></p>
<p class=MsoNormal><b>Diet:</b> kosher<o:p></o:p></p>
<p class=MsoNormal><b>Invoice address:</b> Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Auditor ThirtyEight<o:p></o:p></p>
</div></body></html>
"""
add("html-en-outlook2010-bold", outlook2010("Auditor ThirtyEight <auditor38@elderlycare.example.com>",
    "Registration deSTADSWIJKstudies", "2010-04-26 08:38", "", lang="EN", html_only=True, html=html),
    X("HTML-only with bold labels, English", "register", "en", people=1,
      persons=[P(name="Auditor ThirtyEight", email="auditor38@elderlycare.example.com",
                 organisation="Sample Elderly Care Almere", role="location manager De Polderhof",
                 phone="036 555 3838", diet="kosher",
                 invoice_address="Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere")]))

# 039 Gmail, an intern registers herself with her supervisor in Cc
body = """Beste organisatie,

Mijn stagebegeleider (in cc) heeft goedgekeurd dat ik de leergang volg
als onderdeel van mijn afstudeerstage. Hierbij dus mijn aanmelding:

Naam: Stagiair Negenendertig
Stageplek: Buurtwerk Concepthaven
Functie: stagiair opbouwwerk (afstudeerstage)
Mail: stagiair39@concepthaven.example.nl
Mobiel: 06 - 5550 3939

De kosten worden door Buurtwerk Concepthaven betaald; factuur naar
Postbus 3535, 1300 EF Almere, t.a.v. Buurtgenoot Vijfendertig.

Groetjes,
Stagiair Negenendertig"""
add("intern-nl-gmail-cc", gmail("Stagiair Negenendertig <stagiair39@concepthaven.example.nl>",
    "Aanmelding leergang stagiair", "2010-05-03 10:19", body,
    cc="Buurtgenoot Vijfendertig <buurtgenoot35@concepthaven.example.nl>"),
    X("an intern registers herself, supervisor in Cc; 'Stageplek' is the organisation",
      "register", "nl", people=1,
      persons=[P(name="Stagiair Negenendertig", email="stagiair39@concepthaven.example.nl",
                 organisation="Buurtwerk Concepthaven", role="stagiair opbouwwerk (afstudeerstage)",
                 phone="06 - 5550 3939",
                 invoice_address="Postbus 3535, 1300 EF Almere, t.a.v. Buurtgenoot Vijfendertig")]))
