"""Set 5, batch 1: registrations of one person, typed by hand."""
from set5_lib import (add, X, P, plain, tb, mutt, iphone, outlook, outlook2010,
                      gmail, apple, webmail, macoutlook, pegasus, opera, thebat,
                      seamonkey, zarafa, sylpheed, postbox, notes, groupwise,
                      oe, evolution, android, blackberry, claws, yahoo,
                      hotmail_html, html_only, with_attachments, attachment)

add("form-nl-outlook2010", outlook2010(
    "Vakgenoot Een <v.een@denkbeeld.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-02 10:14",
    """Goedemorgen,

Graag meld ik mij aan voor de leergang Sociale ambities in een groeiende stad.

Naam: Vakgenoot Een
Organisatie: Stichting Denkbeeld
Functie: opbouwwerker
E-mail: v.een@denkbeeld.example.nl
Telefoon: 036-5401122
Dieet: geen

Factuuradres: Stichting Denkbeeld, t.a.v. crediteurenadministratie, Postbus 1180, 1300 BD Almere

Met vriendelijke groet,
Vakgenoot Een"""),
    X("Dutch form in Outlook 2010, all fields on their labels", "register", "nl",
      people=1, persons=[P("Vakgenoot Een", "v.een@denkbeeld.example.nl",
                           "Stichting Denkbeeld", "opbouwwerker", "036-5401122",
                           invoice_address="Stichting Denkbeeld, t.a.v. crediteurenadministratie, Postbus 1180, 1300 BD Almere")]))

add("form-nl-misspelt-thunderbird", tb(
    "Verkenner Twee <verkenner.twee@blauwdruk.example.org>",
    "aanmelding", "2010-03-03 14:40",
    """Beste mensen,

Hierbij mijn aanmelding:

Naaam: Verkenner Twee
Organsiatie: Zorggroep Blauwdruk
Funktie: wijkverpleegkundige
Emial: verkenner.twee@blauwdruk.example.org
Telefon: 06 4411 2093
Dieetwensen: lactosevrij
Factuuradres: Zorggroep Blauwdruk, afd. Financien, Lindelaan 4, 1335 AA Almere
Kostenplaats: 6620

groet,
Verkenner"""),
    X("Dutch form with misspelt labels; the cost centre is a field label, kept without it", "register", "nl",
      people=1, persons=[P("Verkenner Twee", "verkenner.twee@blauwdruk.example.org",
                           "Zorggroep Blauwdruk", "wijkverpleegkundige", "06 4411 2093",
                           "lactosevrij",
                           "Zorggroep Blauwdruk, afd. Financien, Lindelaan 4, 1335 AA Almere",
                           "6620")]))

add("form-en-gmail", gmail(
    "Observer Three <observer.three@gmail.example.com>",
    "Registration - Social ambitions course", "2010-03-04 20:05",
    """Dear organisers,

I would like to register for the four-day course in Almere.

Full name: Observer Three
Organisation: Example Tenants Network
Position: community organiser
Email: observer3@tenants.example.org
Mobile: +31 6 2230 4471
Dietary requirements: vegan

Invoice to: Example Tenants Network, Finance, Kruisstraat 12, 1315 AB Almere
PO number: ETN-2010-044

Best wishes,
Observer Three"""),
    X("English form from a private Gmail address; the text gives the work address", "register", "en",
      people=1, persons=[P("Observer Three", "observer3@tenants.example.org",
                           "Example Tenants Network", "community organiser",
                           "+31 6 2230 4471", "vegan",
                           "Example Tenants Network, Finance, Kruisstraat 12, 1315 AB Almere",
                           "ETN-2010-044")]))

add("label-next-line-notes", notes(
    "Teamlid Vier/Welzijn Tekentafel <teamlid.vier@tekentafel.example.nl>",
    "Inschrijving leergang", "2010-03-05 09:02",
    """Geachte heer/mevrouw,

Ik schrijf mij graag in voor de leergang.

Naam
Teamlid Vier

Werkgever
Welzijn Tekentafel

Functie
ouderenadviseur

Telefoonnummer
036 - 530 77 81

Met vriendelijke groet,

Teamlid Vier
Welzijn Tekentafel"""),
    X("Lotus Notes, each label on a line of its own with the value below; employer named 'Werkgever'", "register", "nl",
      people=1, persons=[P("Teamlid Vier", "teamlid.vier@tekentafel.example.nl",
                           "Welzijn Tekentafel", "ouderenadviseur", "036 - 530 77 81")]))

add("html-table-outlook", outlook(
    "Aanschuiver Vijf <a.vijf@bestek.example.nl>",
    "Aanmelding", "2010-03-08 11:26",
    "", html_only=True, html="""<html><body lang=NL>
<p class=MsoNormal>Hallo,</p>
<p class=MsoNormal>Hierbij mijn gegevens voor de leergang:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=180><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal>Aanschuiver Vijf</p></td></tr>
<tr><td><p class=MsoNormal><b>Organisatie</b></p></td><td><p class=MsoNormal>Woningstichting Bestek</p></td></tr>
<tr><td><p class=MsoNormal><b>Functie</b></p></td><td><p class=MsoNormal>wijkconsulent</p></td></tr>
<tr><td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><a href="mailto:a.vijf@bestek.example.nl">a.vijf@bestek.example.nl</a></p></td></tr>
<tr><td><p class=MsoNormal><b>Tel.</b></p></td><td><p class=MsoNormal>036-5299100 (doorkies 214)</p></td></tr>
<tr><td><p class=MsoNormal><b>Inkoopordernummer</b></p></td><td><p class=MsoNormal>4500-88217</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Groet, Aanschuiver</p>
</body></html>
"""),
    X("Outlook HTML-only table; order number under a field label", "register", "nl",
      people=1, persons=[P("Aanschuiver Vijf", "a.vijf@bestek.example.nl",
                           "Woningstichting Bestek", "wijkconsulent",
                           "036-5299100 (doorkies 214)", invoice_reference="4500-88217")]))

add("free-text-signature-mutt", mutt(
    "Kennismaker Zes <k.zes@rasterwijk.example.org>",
    "deelname leergang", "2010-03-09 16:51",
    """Hallo,

Ik wil graag meedoen met de leergang die in juni begint. Ik werk sinds
januari bij het buurtteam en dit lijkt me een goede manier om de stad beter
te leren kennen. Ik eet vegetarisch.

Graag ons kenmerk BT-0310 op de factuur vermelden.

--
Kennismaker Zes
maatschappelijk werker | Buurtteam Rasterwijk
Kerkgracht 3, 1354 AR Almere
t 036 541 30 30"""),
    X("free text with a signature below '--'; the office address in the signature is not an invoice address; 'kenmerk' dropped", "register", "nl",
      people=1, persons=[P("Kennismaker Zes", "k.zes@rasterwijk.example.org",
                           "Buurtteam Rasterwijk", "maatschappelijk werker",
                           "036 541 30 30", "vegetarisch", invoice_reference="BT-0310")]))

add("prose-en-apple", apple(
    "Member Seven <member.seven@youthtrust.example.com>",
    "Course in Almere", "2010-03-10 08:33",
    """Hello,

My name is Member Seven and I am a youth worker with Sample Youth Trust in Almere Buiten. My manager suggested I join your course on social ambitions, so please sign me up for all four days. You can reach me on 036 720 1840. No special dietary needs.

Thanks,
Member

Sent from my iMac"""),
    X("English prose: name, organisation and role in one sentence", "register", "en",
      people=1, persons=[P("Member Seven", "member.seven@youthtrust.example.com",
                           "Sample Youth Trust", "youth worker", "036 720 1840")]))

add("form-nl-municipal", outlook2010(
    "Wijkgenoot Acht <wacht@almere.nl>",
    "Aanmelding leergang (medewerker gemeente)", "2010-03-11 13:12",
    """Hallo,

Graag aanmelden voor de leergang.

Naam:            Wijkgenoot Acht
Afdeling:        DMO, team Wijkzaken
Functie:         wijkregisseur Haven
Telefoon:        (036) 539 9213
Mobiel:          06 5012 8847
Allergie:        noten

Groet,
Wijkgenoot Acht
Gemeente Almere"""),
    X("municipal employee; department line not the organisation; office phone first", "register", "nl",
      people=1, persons=[P("Wijkgenoot Acht", "wacht@almere.nl", "Gemeente Almere",
                           "wijkregisseur Haven", "(036) 539 9213", "noten")]))

add("colleague-registered-groupwise", groupwise(
    "Secretariaat Jeugdhulp Prototype <secretariaat@prototype.example.nl>",
    "aanmelding collega", "2010-03-12 10:45",
    """Goedemorgen,

Namens mijn collega Buurtgenoot Negen wil ik graag een aanmelding doen voor
de leergang deSTADSWIJKstudies.

Zijn gegevens:
Buurtgenoot Negen, gezinscoach
e-mail: b.negen@prototype.example.nl
tel. 036 - 521 66 40

Jeugdhulp Prototype
Factuur graag naar: Postbus 2207, 1302 CE Almere, onder vermelding van ordernummer JP10-117.

Vriendelijke groet,
Ondersteuner Tien
secretariaat Jeugdhulp Prototype
036 - 521 66 00"""),
    X("a secretary registers a colleague: his details, the organisation and invoice; not her own phone", "register", "nl",
      people=1, persons=[P("Buurtgenoot Negen", "b.negen@prototype.example.nl",
                           "Jeugdhulp Prototype", "gezinscoach", "036 - 521 66 40",
                           invoice_address="Postbus 2207, 1302 CE Almere",
                           invoice_reference="ordernummer JP10-117")]))

add("manager-registered-by-pa-en", outlook(
    "Assistant Eleven <assistant11@carecoop.example.com>",
    "Registration for Ms Director Twelve", "2010-03-15 09:20", lang="EN", body=
    """Dear Sir/Madam,

On behalf of our director, Ms Director Twelve, I would like to register her for the course "Sociale ambities in een groeiende stad".

Name: Director Twelve
Job title: Managing Director
Organisation: Example Care Cooperative
E-mail: d.twelve@carecoop.example.com
Direct line: 036 610 2200

Please send the invoice to our accounts department: Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere.

Many thanks,

Assistant Eleven
Executive Assistant to the Board
Example Care Cooperative
T: 036 610 2201"""),
    X("a PA registers her director; the director's details and invoice, not the PA's phone", "register", "en",
      people=1, persons=[P("Director Twelve", "d.twelve@carecoop.example.com",
                           "Example Care Cooperative", "Managing Director", "036 610 2200",
                           invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere")]))

add("webform-relay", plain(
    "Website Gemeente Almere <noreply@almere.nl>",
    "Webformulier: aanmelding leergang deSTADSWIJKstudies", "2010-03-16 22:17",
    """Er is een formulier ingevuld op www.almere.nl.

Formulier: Aanmelden leergang deSTADSWIJKstudies
Ingevuld op: 16-03-2010 22:17

Voornaam en achternaam : Inwoner Dertien
Organisatie            : Vluchtelingenwerk Modelkust
Functie                : coordinator vrijwilligers
E-mailadres            : inwoner13@modelkust.example.org
Telefoonnummer         : 0365 112 233
Dieetwensen            : halal
Factuuradres           : Vluchtelingenwerk Modelkust, Stationsstraat 22, 1315 NA Almere
Referentie factuur     : VWM/2010/08
Opmerkingen            : -

Dit bericht is automatisch verzonden. Antwoorden op dit bericht worden niet gelezen.""",
    reply_to="inwoner13@modelkust.example.org"),
    X("municipal web form relayed from a noreply address with Reply-To", "register", "nl",
      people=1, persons=[P("Inwoner Dertien", "inwoner13@modelkust.example.org",
                           "Vluchtelingenwerk Modelkust", "coordinator vrijwilligers",
                           "0365 112 233", "halal",
                           "Vluchtelingenwerk Modelkust, Stationsstraat 22, 1315 NA Almere",
                           "VWM/2010/08")]))

add("prose-nl-iphone", iphone(
    "Reiziger Veertien <reiziger14@denkwijk.example.nl>",
    "Aanmelden", "2010-03-17 07:48",
    """Goedemorgen, ik wil me graag aanmelden voor de leergang. Ik ben Reiziger Veertien, vrijwilligerscoordinator bij Humanitas Denkwijk. Mijn nummer is 06-38 29 11 04. Ik ben vegetarier.

Verstuurd vanaf mijn iPhone"""),
    X("prose from an iPhone, one paragraph", "register", "nl",
      people=1, persons=[P("Reiziger Veertien", "reiziger14@denkwijk.example.nl",
                           "Humanitas Denkwijk", "vrijwilligerscoordinator",
                           "06-38 29 11 04", "vegetarier")]))

add("form-en-misspelt-yahoo", yahoo(
    "Partner Fifteen <partner_fifteen@yahoo.example.com>",
    "registraton", "2010-03-18 19:02",
    """Hi,

Pls register me:

Nmae: Partner Fifteen
Organisaton: Sample Migrant Support
Positon: caseworker
E-mial: p.fifteen@migrantsupport.example.org
Phone no: 06 1999 4022
Diet: no pork

Invoice adress: Sample Migrant Support, Postbus 60120, 1320 AC Almere
Our ref: SMS-117

Regards
Partner"""),
    X("English form with misspelt labels from Yahoo; work address in the text", "register", "en",
      people=1, persons=[P("Partner Fifteen", "p.fifteen@migrantsupport.example.org",
                           "Sample Migrant Support", "caseworker", "06 1999 4022", "no pork",
                           "Sample Migrant Support, Postbus 60120, 1320 AC Almere", "SMS-117")]))

add("one-line-semicolons-evolution", evolution(
    "Vakgenoot Zestien <vz@fictiefland.example.nl>",
    "aanmelding leergang", "2010-03-19 11:11",
    """Aanmelding: Vakgenoot Zestien; MEE Fictiefland; clientondersteuner; vz@fictiefland.example.nl; 036-5350880; geen dieet.
Factuur naar MEE Fictiefland, Postbus 3031, 1303 AA Almere o.v.v. kostenplaats 3120.

Groet, Vakgenoot"""),
    X("one line with semicolons; kostenplaats kept with its word, not o.v.v.", "register", "nl",
      people=1, persons=[P("Vakgenoot Zestien", "vz@fictiefland.example.nl", "MEE Fictiefland",
                           "clientondersteuner", "036-5350880",
                           invoice_address="MEE Fictiefland, Postbus 3031, 1303 AA Almere",
                           invoice_reference="kostenplaats 3120")]))

add("voornaam-achternaam-opera", opera(
    "Teamlid Zeventien <t.zeventien@wijkpunt.example.nl>",
    "Aanmeldformulier leergang", "2010-03-22 15:30",
    """Goedemiddag,

Voornaam: Teamlid
Achternaam: Zeventien
Organisatie: Stichting Wijkpunt Denkbeeld-Oost
Functie: sociaal makelaar
Telefoon werk: 036 - 536 10 99
E-mail: t.zeventien@wijkpunt.example.nl
Bijzonderheden: glutenvrij

Met groet,
Teamlid Zeventien"""),
    X("first and last name in two fields, whole name in the sign-off", "register", "nl",
      people=1, persons=[P("Teamlid Zeventien", "t.zeventien@wijkpunt.example.nl",
                           "Stichting Wijkpunt Denkbeeld-Oost", "sociaal makelaar",
                           "036 - 536 10 99", "glutenvrij")]))

add("form-nl-pegasus-numbered", pegasus(
    "\"Aanwezige Achttien\" <aanwezige18@bibliotheek-raster.example.nl>",
    "Inschrijving", "2010-03-23 10:00",
    """Beste organisatie,

1. Naam: Aanwezige Achttien
2. Organisatie: Bibliotheek Rasterstad
3. Functie: programmamaker
4. E-mailadres: aanwezige18@bibliotheek-raster.example.nl
5. Telefoon: 036-7505000
6. Dieetwensen: geen
7. Factuuradres: Bibliotheek Rasterstad, Postbus 90, 1300 AB Almere

Hartelijke groet,
Aanwezige Achttien"""),
    X("numbered Dutch form in Pegasus Mail", "register", "nl",
      people=1, persons=[P("Aanwezige Achttien", "aanwezige18@bibliotheek-raster.example.nl",
                           "Bibliotheek Rasterstad", "programmamaker", "036-7505000",
                           invoice_address="Bibliotheek Rasterstad, Postbus 90, 1300 AB Almere")]))

add("aligned-no-colons-claws", claws(
    "Ontdekker Negentien <o19@ggzwerkplaats.example.nl>",
    "Aanmelding leergang Almere", "2010-03-24 12:41",
    """Hallo,

Naam           Ontdekker Negentien
Instelling     GGZ Werkplaats Fictief
Functie        ervaringsdeskundige
Telefoon       06 2844 1370
Dieet          vegetarisch

Factuur naar de financiele administratie, Veluwedreef 8, 1314 BK Almere,
kenmerk 2010-FIN-221.

Ontdekker"""),
    X("aligned without colons; 'Instelling' names the organisation; kenmerk label dropped", "register", "nl",
      people=1, persons=[P("Ontdekker Negentien", "o19@ggzwerkplaats.example.nl",
                           "GGZ Werkplaats Fictief", "ervaringsdeskundige", "06 2844 1370",
                           "vegetarisch", "financiele administratie, Veluwedreef 8, 1314 BK Almere",
                           "2010-FIN-221")]))

add("signature-only-company-oe", oe(
    "Stagiair Twintig <stagiair20@denkbeeld.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-25 09:37",
    """Geachte secretariaat,

Hierbij wil ik mij aanmelden voor de leergang deSTADSWIJKstudies op locatie.
Mijn leidinggevende heeft hiervoor toestemming gegeven.

Met vriendelijke groeten,

Stagiair Twintig
Projectmedewerker participatie

St. Denkbeeld
Bezoekadres: Schoolstraat 10, Almere
Tel: 036 - 540 11 00"""),
    X("Outlook Express; the organisation written 'St. Denkbeeld' in the signature, kept as written", "register", "nl",
      people=1, persons=[P("Stagiair Twintig", "stagiair20@denkbeeld.example.nl",
                           "St. Denkbeeld", "Projectmedewerker participatie",
                           "036 - 540 11 00")]))

add("en-form-macoutlook", macoutlook(
    "Peer TwentyOne <peer21@housingpartners.example.com>",
    "Sign-up: course Almere 2010", "2010-03-29 14:02",
    """Hi there,

Please find my details below for the course.

Name – Peer TwentyOne
Employer – Example Housing Cooperative
Role – Tenant participation officer
Phone – 036 548 9090
Email – peer21@housingpartners.example.com
Dietary – kosher

Invoice: please email it to invoices@housingpartners.example.com, quoting cost code HP-TP-10.

Kind regards,
Peer"""),
    X("Outlook for Mac, en-dash labels; invoice by e-mail gives no invoice address", "register", "en",
      people=1, persons=[P("Peer TwentyOne", "peer21@housingpartners.example.com",
                           "Example Housing Cooperative", "Tenant participation officer",
                           "036 548 9090", "kosher", invoice_reference="cost code HP-TP-10")]))

add("nl-prose-private-address-hotmail", hotmail_html(
    "Inwoner Tweeentwintig <inwoner_22@hotmail.example.com>",
    "Inschrijven leergang", "2010-03-30 21:55",
    """<html><head><style>.hmmessage P{margin:0px;padding:0px}body.hmmessage{font-size: 10pt;font-family:Verdana}</style></head>
<body class='hmmessage'>Beste,<br><br>Ik stuur dit vanaf mijn prive-adres omdat mijn werkmail even niet werkt.
Ik wil mij graag aanmelden voor de leergang. Ik ben Inwoner Tweeentwintig en werk als jongerenwerker bij
Stichting Speelruimte Denkbeeld. Mijn werkadres is <a href="mailto:i.22@speelruimte.example.nl">i.22@speelruimte.example.nl</a>,
daar graag de bevestiging naartoe. Telefoon: 06 - 1020 3040.<br><br>Groetjes,<br>Inwoner<br> 		 	   		  </body></html>
"""),
    X("HTML-only Hotmail from a private address; the text gives the work address for the confirmation", "register", "nl",
      people=1, persons=[P("Inwoner Tweeentwintig", "i.22@speelruimte.example.nl",
                           "Stichting Speelruimte Denkbeeld", "jongerenwerker",
                           "06 - 1020 3040")]))

add("registration-with-question", zarafa(
    "Teamlid Drieentwintig <td23@blauwdruk.example.org>",
    "Aanmelding + vraag over parkeren", "2010-03-31 10:20",
    """Goedemorgen,

Ik meld mij aan voor de leergang:

Naam: Teamlid Drieentwintig
Organisatie: Zorggroep Blauwdruk
Functie: locatiemanager
Telefoon: 036 - 548 20 20

Kan ik bij de bibliotheek parkeren, of is er een garage in de buurt die u aanraadt?

Groeten,
Teamlid Drieentwintig"""),
    X("registration that also asks about parking", "register", "nl", q="yes",
      people=1, persons=[P("Teamlid Drieentwintig", "td23@blauwdruk.example.org",
                           "Zorggroep Blauwdruk", "locatiemanager", "036 - 548 20 20")]))

add("en-registration-question-invoice", thebat(
    "Colleague TwentyFour <c24@debtadvice.example.net>",
    "Registration (and a question)", "2010-04-01 11:05",
    """Dear secretariat,

I'd like to register for the course:

Colleague TwentyFour
Debt counsellor, Sample Debt Help Almere
phone 036 303 4455

Can the invoice be split over two budget years (2010 and 2011)? Our finance team needs to know before the order can be raised.

Best regards,
Colleague TwentyFour"""),
    X("English registration in a block, also asking about splitting the invoice", "register", "en", q="yes",
      people=1, persons=[P("Colleague TwentyFour", "c24@debtadvice.example.net",
                           "Sample Debt Help Almere", "Debt counsellor", "036 303 4455")]))

add("form-nl-webmail-squirrel", webmail(
    "Verkenner Vijfentwintig <verkenner25@woonkracht.example.nl>",
    "Aanmelding leergang", "2010-04-06 09:58",
    """Hoi,

Hierbij mijn aanmelding.

Naam: Verkenner Vijfentwintig
Organisatie: Woonkracht Bouwtekening (voorheen Woningstichting Bestek Noord)
Functie: leefbaarheidsconsulent
Telefoon: 036 - 5 37 37 37
Dieet: vegetarisch, geen vis

Groet,
Verkenner""", agent="SquirrelMail/1.4.20"),
    X("SquirrelMail form; the organisation keeps its 'voorheen' remark as written", "register", "nl",
      people=1, persons=[P("Verkenner Vijfentwintig", "verkenner25@woonkracht.example.nl",
                           "Woonkracht Bouwtekening (voorheen Woningstichting Bestek Noord)",
                           "leefbaarheidsconsulent", "036 - 5 37 37 37",
                           "vegetarisch, geen vis")]))

add("invoice-block-android", android(
    "Bezoeker Zesentwintig <bezoeker26@sportwijk.example.org>",
    "Aanmelding", "2010-04-07 17:14",
    """Hallo, graag aanmelden voor de leergang.

Bezoeker Zesentwintig
buurtsportcoach
Sportservice Rasterstad
06 5566 7788

Factuur:
Sportservice Rasterstad
t.a.v. administratie
Bolderweg 2
1332 AZ Almere
ref. 10-0407

--
Verzonden vanaf mijn Android-telefoon met K-9 Mail."""),
    X("K-9 from a phone; a multi-line invoice block joined with commas", "register", "nl",
      people=1, persons=[P("Bezoeker Zesentwintig", "bezoeker26@sportwijk.example.org",
                           "Sportservice Rasterstad", "buurtsportcoach", "06 5566 7788",
                           invoice_address="Sportservice Rasterstad, t.a.v. administratie, Bolderweg 2, 1332 AZ Almere",
                           invoice_reference="10-0407")]))

add("en-prose-blackberry", blackberry(
    "Guest TwentySeven <guest27@familyservices.example.com>",
    "Course", "2010-04-08 08:12",
    """Hi - please register me for the Almere course (all 4 days). Guest TwentySeven, team leader, Example Family Centre Almere. Tel 036 222 9012. Vegetarian please.
Sent from my BlackBerry® wireless device"""),
    X("BlackBerry English, one line with everything", "register", "en",
      people=1, persons=[P("Guest TwentySeven", "guest27@familyservices.example.com",
                           "Example Family Centre Almere", "team leader", "036 222 9012",
                           "Vegetarian")]))

add("form-nl-seamonkey-dashes", seamonkey(
    "Kennismaker Achtentwintig <km28@peuterwerk.example.nl>",
    "aanmelding leergang dSWs", "2010-04-09 13:33",
    """Goedemiddag,

- naam: Kennismaker Achtentwintig
- organisatie: Peuterwerk Tekentafel
- functie: pedagogisch coach
- mail: km28@peuterwerk.example.nl
- telefoon: 036 - 532 44 10
- factuur: Peuterwerk Tekentafel, Postbus 10044, 1301 AA Almere, inkoopnummer 2010-311

Groeten"""),
    X("bulleted lower-case form in SeaMonkey; inkoopnummer kept with its word", "register", "nl",
      people=1, persons=[P("Kennismaker Achtentwintig", "km28@peuterwerk.example.nl",
                           "Peuterwerk Tekentafel", "pedagogisch coach", "036 - 532 44 10",
                           invoice_address="Peuterwerk Tekentafel, Postbus 10044, 1301 AA Almere",
                           invoice_reference="inkoopnummer 2010-311")]))

add("municipal-en-sylpheed", sylpheed(
    "Student Negenentwintig <snegenentwintig@almere.nl>",
    "Inschrijving leergang", "2010-04-12 10:02",
    """Beste organisatie,

Graag schrijf ik mij in voor de leergang.

Ik werk bij de gemeente (DMO, afdeling Onderwijs) als beleidsadviseur
jeugd. Telefonisch bereikbaar op 036 539 8170.

Dieet: geen varkensvlees.

Groet,
Student Negenentwintig"""),
    X("municipal staff in prose; Gemeente Almere, department not the organisation", "register", "nl",
      people=1, persons=[P("Student Negenentwintig", "snegenentwintig@almere.nl",
                           "Gemeente Almere", "beleidsadviseur jeugd", "036 539 8170",
                           "geen varkensvlees")]))

add("late-registration", postbox(
    "Reiziger Dertig <r30@sportwijk.example.org>",
    "Aanmelding (nog mogelijk?)", "2010-05-27 09:15",
    """Beste,

Ik zag pas net dat de inschrijving gesloten is, maar ik meld mij toch aan
in de hoop dat er nog een plekje is.

Naam: Reiziger Dertig
Organisatie: Sportservice Rasterstad
Functie: combinatiefunctionaris
Telefoon: 06 1122 9900

Groet,
Reiziger Dertig"""),
    X("a registration after the closing date; still a registration, the robot decides", "register", "nl",
      people=1, persons=[P("Reiziger Dertig", "r30@sportwijk.example.org",
                           "Sportservice Rasterstad", "combinatiefunctionaris", "06 1122 9900")]))

add("html-gmail-only-en", html_only(
    "Observer ThirtyOne <observer31@gmail.example.com>",
    "Registration", "2010-04-13 23:03",
    """<div dir="ltr">Dear all,<div><br></div><div>I&#39;d like to take part in the course. Details:</div><div><br></div><div><b>Name:</b> Observer ThirtyOne</div><div><b>Organisation:</b> Example Refugee Welcome Almere</div><div><b>Role:</b> volunteer coordinator</div><div><b>Phone:</b> 06 4455 1122</div><div><br></div><div>My organisation is a charity; the invoice can go to our treasurer, Example Refugee Welcome Almere, Postbus 5050, 1300 AH Almere.</div><div><br></div><div>Thank you!</div><div>Observer</div></div>
""", style="gmail"),
    X("Gmail HTML only, bold labels; invoice address in a sentence", "register", "en",
      people=1, persons=[P("Observer ThirtyOne", "observer31@gmail.example.com",
                           "Example Refugee Welcome Almere", "volunteer coordinator",
                           "06 4455 1122",
                           invoice_address="Example Refugee Welcome Almere, Postbus 5050, 1300 AH Almere")]))

add("form-nl-notes-phone-international", notes(
    "Teamlid Tweeendertig <Teamlid.Tweeendertig@zorgkompas.example.nl>",
    "Aanmelding Leergang", "2010-04-14 08:55",
    """Goedemorgen,

Via onze regiomanager kreeg ik de uitnodiging. Bij deze meld ik mij aan.

Naam:  Teamlid Tweeendertig
Organisatie:  Zorgkompas Flevoland (locatie Almere Stad)
Functie:  zorgcoordinator
Telefoon:  +31 (0)36 - 549 70 00
Dieet:  diabetes (suikervrij graag)

Met vriendelijke groet,

Teamlid Tweeendertig"""),
    X("Lotus Notes form; international phone kept as written; address in mixed case lower-cased", "register", "nl",
      people=1, persons=[P("Teamlid Tweeendertig", "teamlid.tweeendertig@zorgkompas.example.nl",
                           "Zorgkompas Flevoland (locatie Almere Stad)", "zorgcoordinator",
                           "+31 (0)36 - 549 70 00", "diabetes (suikervrij graag)")]))

add("cv-attached-form-typed", with_attachments(outlook2010(
    "Aanwezige Drieendertig <a33@denkwijk.example.nl>",
    "Aanmelding leergang", "2010-04-15 11:49",
    """Beste organisatie,

Hierbij meld ik mij aan. Voor de volledigheid stuur ik mijn cv mee.

Naam: Aanwezige Drieendertig
Organisatie: Humanitas Denkwijk
Functie: thuisadministratie-coordinator
Telefoon: 036-5315000
E-mail: a33@denkwijk.example.nl

Met vriendelijke groet,
Aanwezige Drieendertig"""), [attachment(b"%PDF-1.4\n% cv\n", "application", "pdf", "cv_aanwezige.pdf")]),
    X("form typed in the mail, a cv attached that adds nothing", "register", "nl",
      people=1, persons=[P("Aanwezige Drieendertig", "a33@denkwijk.example.nl",
                           "Humanitas Denkwijk", "thuisadministratie-coordinator",
                           "036-5315000")]))

add("en-form-outlook-capitals", outlook(
    "Fellow ThirtyFour <FELLOW34@CAREAGENCY.EXAMPLE.COM>",
    "REGISTRATION", "2010-04-16 10:30", lang="EN", body=
    """Good morning,

NAME: Fellow ThirtyFour
COMPANY: Sample Home Care Agency
JOB: district nurse
TEL: 036 200 1111
DIET: none

Regards"""),
    X("English form in capitals; address lower-cased; 'none' diet is no diet", "register", "en",
      people=1, persons=[P("Fellow ThirtyFour", "fellow34@careagency.example.com",
                           "Sample Home Care Agency", "district nurse", "036 200 1111")]))

add("nl-reply-to-invitation", outlook2010(
    "Buurtgenoot Vijfendertig <b35@tekentafel.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies", "2010-04-19 13:05",
    """Beste mevrouw,

Dank voor de uitnodiging. Ik kom graag, meld u mij maar aan.
Mijn gegevens: Buurtgenoot Vijfendertig, buurtbemiddelaar bij Welzijn Tekentafel, tel. 036-530 78 00.

Groet,
Buurtgenoot Vijfendertig

Van: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: vrijdag 16 april 2010 15:12
Aan: Buurtgenoot Vijfendertig
Onderwerp: Uitnodiging leergang deSTADSWIJKstudies

Geachte heer/mevrouw,

Graag nodigen wij u uit voor de leergang deSTADSWIJKstudies op locatie Almere.
Aanmelden kan door een mail te sturen naar aanmelden@example.org met uw naam,
organisatie, functie en telefoonnummer.

Met vriendelijke groet,
Programmasecretariaat DMO""", to="aanmelden@example.org"),
    X("reply to the organiser's invitation, redirected to the robot: a registration", "register", "nl",
      people=1, persons=[P("Buurtgenoot Vijfendertig", "b35@tekentafel.example.nl",
                           "Welzijn Tekentafel", "buurtbemiddelaar", "036-530 78 00")]))

add("hr-portal-relay", plain(
    "Opleidingsportaal Zorggroep Blauwdruk <no-reply@portal.blauwdruk.example.org>",
    "Aanvraag externe opleiding goedgekeurd - graag inschrijven", "2010-04-20 06:00",
    """Geachte opleidingsverstrekker,

Onderstaande aanvraag voor een externe opleiding is goedgekeurd. Wij verzoeken
u de medewerker in te schrijven.

Opleiding      : deSTADSWIJKstudies op locatie Almere
Medewerker     : Verkenner Zesendertig
Functie        : teamleider wijkzorg
E-mail         : v36@blauwdruk.example.org
Telefoon       : 036-548 20 31
Kostenplaats   : 4410-WZ
Factuuradres   : Zorggroep Blauwdruk, Crediteuren, Postbus 1000, 1300 BA Almere

Dit is een automatisch bericht van het opleidingsportaal.""",
    extra=[("Auto-Submitted", "auto-generated")],
    reply_to="opleidingen@blauwdruk.example.org"),
    X("HR portal asks to register an approved employee; a registration although a machine sent it", "register", "nl",
      people=1, persons=[P("Verkenner Zesendertig", "v36@blauwdruk.example.org",
                           "Zorggroep Blauwdruk", "teamleider wijkzorg", "036-548 20 31",
                           invoice_address="Zorggroep Blauwdruk, Crediteuren, Postbus 1000, 1300 BA Almere",
                           invoice_reference="4410-WZ")]))

add("en-student-registered-by-teacher", gmail(
    "Lecturer ThirtySeven <lecturer37@university.example.edu>",
    "Registration of a trainee", "2010-04-21 16:40",
    """Dear organisers,

One of our trainee social workers, Student ThirtyEight (student38@university.example.edu), is doing her placement with Example Neighbourhood Watch Almere and would benefit greatly from the course. Please register her as a participant; her placement organisation will pay the fee.

Invoice to: Example Neighbourhood Watch Almere, Marktgracht 7, 1315 AB Almere.

Kind regards,
Lecturer ThirtySeven
Senior lecturer, School of Social Work
Example University of Applied Sciences"""),
    X("a lecturer registers a student; her organisation is the placement, not the school", "register", "en",
      people=1, persons=[P("Student ThirtyEight", "student38@university.example.edu",
                           "Example Neighbourhood Watch Almere", "trainee social worker",
                           invoice_address="Example Neighbourhood Watch Almere, Marktgracht 7, 1315 AB Almere")]))

add("nl-kmail-tabs", plain(
    "Wijkgenoot Negenendertig <wg39@bewonersplatform.example.nl>",
    "Aanmelding leergang stadswijkstudies", "2010-04-22 20:20",
    """Beste mensen,

Als voorzitter van het bewonersplatform wil ik graag de leergang volgen.

Naam:\tWijkgenoot Negenendertig
Organisatie:\tBewonersplatform Rasterwijk
Functie:\tvoorzitter
Tel.:\t06-2020 1919

Voor de factuur: wij zijn een vrijwilligersorganisatie; kan dat via de gemeentelijke subsidie? Graag even contact.

Groet,
Wijkgenoot Negenendertig""".replace("\\t", "\t"),
    extra=[("User-Agent", "KMail/1.12.4 (Linux/2.6.31-20-generic; KDE/4.3.2; i686; ; )")]),
    X("KMail with tabs; a registration that also asks about paying through the subsidy", "register", "nl", q="yes",
      people=1, persons=[P("Wijkgenoot Negenendertig", "wg39@bewonersplatform.example.nl",
                           "Bewonersplatform Rasterwijk", "voorzitter", "06-2020 1919")]))

add("en-signature-rich-outlook2010", outlook2010(
    "Associate Forty <associate40@sampleschool.example.org>",
    "Sign me up please", "2010-04-23 12:12", lang="EN", body=
    """Hi,

Please sign me up for the course, I've heard good things from colleagues. Invoice details will follow from our office manager.

Cheers,

Associate Forty | School Social Worker
Sample Primary School Foundation Almere
M +31 (0)6 3030 4040 | T +31 (0)36 711 0000
www.sampleschool.example.org
P Please consider the environment before printing this e-mail"""),
    X("English, everything in a rich signature; mobile is written first and is the first number", "register", "en",
      people=1, persons=[P("Associate Forty", "associate40@sampleschool.example.org",
                           "Sample Primary School Foundation Almere", "School Social Worker",
                           "+31 (0)6 3030 4040")]))

add("nl-tussenvoegsel", tb(
    "Inwoner van der Eenenveertig <i.vandereenenveertig@schuldhulp.example.nl>",
    "Aanmelding", "2010-04-26 09:09",
    """Beste organisatie,

Graag meld ik mij aan:

Voornaam: Inwoner
Tussenvoegsel: van der
Achternaam: Eenenveertig
Organisatie: Schuldhulpmaatje Denkbeeld
Functie: coordinator
Telefoon: 06-41 41 41 41

Met vriendelijke groet,

Inwoner van der Eenenveertig"""),
    X("Voornaam/Tussenvoegsel/Achternaam, the whole name in the sign-off", "register", "nl",
      people=1, persons=[P("Inwoner van der Eenenveertig", "i.vandereenenveertig@schuldhulp.example.nl",
                           "Schuldhulpmaatje Denkbeeld", "coordinator", "06-41 41 41 41")]))

add("nl-form-iso-outlook-express-late-april", oe(
    "Ontdekker Tweeenveertig <ontdekker42@kinderopvang.example.nl>",
    "inschrijving leergang sociale ambities", "2010-04-28 14:50",
    """Goedemiddag,

Graag wil ik mij inschrijven voor de leergang "Sociale ambities in een groeiende stad".

Naam: Ontdekker Tweeënveertig
Organisatie: Kinderopvang Prototype B.V.
Functie: clustermanager
Telefoon: 036 - 521 19 19
Dieet: geen

Factuur t.a.v. Ontdekker Tweeënveertig, Kinderopvang Prototype B.V., Dukaatstraat 5, 1326 AX Almere, ons kenmerk KOP/OP/2010/12.

Met vriendelijke groet,
Ontdekker Tweeënveertig"""),
    X("ISO-8859-1 with a diaeresis in the name; B.V. kept in the organisation; 'ons kenmerk' dropped", "register", "nl",
      people=1, persons=[P("Ontdekker Tweeënveertig", "ontdekker42@kinderopvang.example.nl",
                           "Kinderopvang Prototype B.V.", "clustermanager", "036 - 521 19 19",
                           invoice_address="t.a.v. Ontdekker Tweeënveertig, Kinderopvang Prototype B.V., Dukaatstraat 5, 1326 AX Almere",
                           invoice_reference="KOP/OP/2010/12")]))
