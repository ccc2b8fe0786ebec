"""Set 4, batch 1: genuine registrations of one person (typed by hand)."""
from set4_lib import *  # noqa: F401,F403

# 1 Outlook 2007, Dutch form with misspelt labels
add("form-nl-outlook-typos", outlook(
    "Meedenker Een <m.een@schetswijk.example.nl>",
    "aanmelding leergang Stadswijkstudies", "2010-03-02 09:12",
    """Goedemorgen,

Graag meld ik mij aan voor de leergang Almere: Sociale ambities in een groeiende stad.

Naaam: Meedenker Een
Organsatie: Stichting Schetswijk
Fuctie: opbouwwerker
Emial: m.een@schetswijk.example.nl
Telefon: 036-5201144
Dieet: geen

Factuuradres: Stichting Schetswijk, t.a.v. administratie, Postbus 1207, 1300 BE Almere

Met vriendelijke groet,
Meedenker Een"""),
    X("Dutch form, labels misspelt (Naaam, Organsatie, Fuctie, Emial, Telefon); diet 'geen' is no diet",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Een", email="m.een@schetswijk.example.nl",
          organisation="Stichting Schetswijk", role="opbouwwerker",
          phone="036-5201144",
          invoice_address="Stichting Schetswijk, t.a.v. administratie, Postbus 1207, 1300 BE Almere")]))

# 2 Thunderbird, labels on one line, values on the next
add("form-nl-label-next-line", tb(
    "Buurtcoach Twee <buurtcoach.twee@oefenhof.example.org>",
    "Aanmelding", "2010-03-03 14:40",
    """Beste mensen,

Hierbij mijn aanmelding voor de vierdaagse leergang.

Naam:
Buurtcoach Twee

Organisatie:
Zorggroep Oefenhof

Functie:
teamleider wijkzorg

Telefoonnummer:
06 41 22 87 90

Dieetwensen:
vegetarisch

Factuur naar:
Zorggroep Oefenhof
Crediteurenadministratie
Postbus 60433
1320 AK Almere

Groet,
Buurtcoach Twee
"""),
    X("form with each label alone on its line and the value below; four-line invoice address joined",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Twee", email="buurtcoach.twee@oefenhof.example.org",
          organisation="Zorggroep Oefenhof", role="teamleider wijkzorg",
          phone="06 41 22 87 90", diet="vegetarisch",
          invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere")]))

# 3 Gmail, English form
add("form-en-gmail", gmail(
    "Enrollee Three <enrollee.three@gmail.example.com>",
    "Registration - Almere course", "2010-03-04 20:05",
    """Hello,

I would like to register for the four-day course in Almere.

Name: Enrollee Three
Organisation: Example Neighbourhood Alliance
Job title: community development officer
Email: e.three@alliance.example.org
Phone: +31 20 555 0143
Dietary requirements: no pork

Invoice address: Example Neighbourhood Alliance, Finance, Keizersgracht 1, 1015 AA Amsterdam
PO number: PO-2010-0318

Best wishes,
Enrollee Three"""),
    X("English form sent from a private Gmail address; the work address in the text is the one to use; PO label not kept",
      "register", "en", people=1, persons=[P(
          name="Enrollee Three", email="e.three@alliance.example.org",
          organisation="Example Neighbourhood Alliance",
          role="community development officer", phone="+31 20 555 0143",
          diet="no pork",
          invoice_address="Example Neighbourhood Alliance, Finance, Keizersgracht 1, 1015 AA Amsterdam",
          invoice_reference="PO-2010-0318")]))

# 4 municipal staff, free text with signature
add("free-text-signature-almere", outlook(
    "Luisteraar Vier <lvier@almere.nl>",
    "Leergang sociale ambities", "2010-03-08 08:47",
    """Hoi,

Ik wil graag meedoen aan de leergang deSTADSWIJKstudies. Mijn teamleider heeft al toestemming gegeven.

Groeten,

Luisteraar Vier
Beleidsadviseur Onderwijs
Gemeente Almere | Dienst Maatschappelijke Ontwikkeling
Afdeling Beleid en Regie
Stadhuisplein 1 | Postbus 200 | 1300 AE Almere
T 036 539 1822 | M 06 1020 3344
lvier@almere.nl"""),
    X("municipal staff registering herself in free text; role, phone (office first) from the signature; department is not the organisation",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Vier", email="lvier@almere.nl",
          organisation="Gemeente Almere", role="Beleidsadviseur Onderwijs",
          phone="036 539 1822")]))

# 5 Lotus Notes, prose
add("prose-nl-notes", notes(
    "Studiemaat Vijf <Studiemaat.Vijf@woonmaquette.example.nl>",
    "Deelname leergang", "2010-03-09 11:20",
    """Geachte heer, mevrouw,

Via onze directeur kreeg ik de folder van de leergang Sociale ambities in een groeiende stad. Ik zou daar graag aan deelnemen. Ik werk als wijkconsulent bij Woonstichting Maquette in Almere Haven en ben bereikbaar op 036-5330021. De factuur kan naar ons hoofdkantoor, Grote Markt 12, 1315 JG Almere, onder vermelding van kostenplaats 3310.

Ik heb een glutenallergie.

Met vriendelijke groet,

Studiemaat Vijf"""),
    X("registration in prose: role, organisation, phone, invoice address and reference (kind word kept), gluten allergy as diet",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Vijf", email="studiemaat.vijf@woonmaquette.example.nl",
          organisation="Woonstichting Maquette", role="wijkconsulent",
          phone="036-5330021", diet="glutenallergie",
          invoice_address="Grote Markt 12, 1315 JG Almere",
          invoice_reference="kostenplaats 3310")]))

# 6 Outlook HTML-only with a table
_html6 = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 12 (filtered medium)"></head>
<body lang=NL link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal><span style='font-family:"Arial","sans-serif"'>Beste organisatie,<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-family:"Arial","sans-serif"'>Hierbij meld ik mij aan voor de leergang:<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=180 valign=top><p class=MsoNormal><b>Naam</b></p></td><td width=300 valign=top><p class=MsoNormal>Meedenker Zes</p></td></tr>
<tr><td width=180 valign=top><p class=MsoNormal><b>Organisatie</b></p></td><td width=300 valign=top><p class=MsoNormal>Welzijn Kladblok</p></td></tr>
<tr><td width=180 valign=top><p class=MsoNormal><b>Functie</b></p></td><td width=300 valign=top><p class=MsoNormal>manager sociale participatie</p></td></tr>
<tr><td width=180 valign=top><p class=MsoNormal><b>E-mail</b></p></td><td width=300 valign=top><p class=MsoNormal><a href="mailto:zes@kladblok.example.nl">zes@kladblok.example.nl</a></p></td></tr>
<tr><td width=180 valign=top><p class=MsoNormal><b>Telefoon</b></p></td><td width=300 valign=top><p class=MsoNormal>036 &#8211; 548 77 10</p></td></tr>
<tr><td width=180 valign=top><p class=MsoNormal><b>Factuuradres</b></p></td><td width=300 valign=top><p class=MsoNormal>Welzijn Kladblok<br>Postbus 10145<br>1301 AC Almere</p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-family:"Arial","sans-serif"'>Met vriendelijke groet,<br>Meedenker Zes<o:p></o:p></span></p>
</div></body></html>
"""
add("html-only-table-outlook", outlook(
    "Meedenker Zes <zes@kladblok.example.nl>", "Aanmelding leergang Almere",
    "2010-03-10 10:03", "", html_only=True, html=_html6),
    X("Outlook HTML-only mail with a two-column table; phone written with an en dash as typed",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Zes", email="zes@kladblok.example.nl",
          organisation="Welzijn Kladblok", role="manager sociale participatie",
          phone="036 \u2013 548 77 10",
          invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere")]))

# 7 municipal web form relay
add("webform-relay", plain(
    "Website gemeente Almere <noreply@almere.nl>",
    "Webformulier: aanmelding deSTADSWIJKstudies", "2010-03-11 13:31",
    """Er is een formulier ingevuld op www.almere.nl.

Formulier: Aanmelden leergang deSTADSWIJKstudies
Ingevuld op: 11-03-2010 13:31

Naam deelnemer: Buurtcoach Zeven
E-mailadres: b.zeven@jeugdproefvlak.example.org
Organisatie: Jeugdwerk Proefvlak
Functie: jongerenwerker
Telefoon: 0365012277
Dieetwensen: -
Factuuradres: Jeugdwerk Proefvlak, Kruidenweg 4, 1334 AB Almere
Opmerkingen: -

Dit bericht is automatisch verstuurd. U kunt niet antwoorden op dit adres.""",
    reply_to="b.zeven@jeugdproefvlak.example.org",
    extra=[("X-Mailer", "Formulierenmodule 3.2")]),
    X("web form relay: sender is noreply with the participant in Reply-To and in the fields",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Zeven", email="b.zeven@jeugdproefvlak.example.org",
          organisation="Jeugdwerk Proefvlak", role="jongerenwerker",
          phone="0365012277",
          invoice_address="Jeugdwerk Proefvlak, Kruidenweg 4, 1334 AB Almere")]))

# 8 secretary registers a colleague
add("colleague-by-secretary", outlook(
    "Secretariaat Bibliotheek Ontwerpstad <secretariaat@ontwerpstad-bieb.example.nl>",
    "Aanmelding collega voor leergang", "2010-03-15 15:55",
    """Goedemiddag,

Namens mijn collega Luisteraar Acht wil ik haar aanmelden voor de leergang deSTADSWIJKstudies in de Nieuwe Bibliotheek.

Naam: Luisteraar Acht
Functie: coördinator leesbevordering
E-mail: l.acht@ontwerpstad-bieb.example.nl
Organisatie: Bibliotheek Ontwerpstad

De factuur graag naar Bibliotheek Ontwerpstad, afdeling Financiën, Stadhuisplein 101, 1315 XC Almere, o.v.v. kostenplaats 88-12.

Met vriendelijke groet,

Secretaresse Negen
Secretariaat directie
Bibliotheek Ontwerpstad
036 - 548 60 00"""),
    X("a secretary registers a colleague; the secretary's own phone is not the participant's; o.v.v. dropped from the reference",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Acht", email="l.acht@ontwerpstad-bieb.example.nl",
          organisation="Bibliotheek Ontwerpstad",
          role="coördinator leesbevordering",
          invoice_address="Bibliotheek Ontwerpstad, afdeling Financiën, Stadhuisplein 101, 1315 XC Almere",
          invoice_reference="kostenplaats 88-12")]))

# 9 PA registers her manager, English, Gmail-shaped corporate mail
add("manager-by-assistant-en", gmail(
    "Assistant Ten <assistant.ten@familyservices.example.com>",
    "Course registration for our director", "2010-03-16 10:18",
    """Dear Sir or Madam,

I am writing on behalf of our director, Scholar Eleven, who would like to attend the course "Almere: Sociale ambities in een groeiende stad".

His details:
Scholar Eleven
Director, Sample Family Services
scholar.eleven@familyservices.example.com
Direct line: +31 36 520 9911

Please send the invoice to Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere, quoting cost code FS-DIR-10.

Kind regards,
Assistant Ten
PA to the Director"""),
    X("an assistant registers her director; his direct line is given for him; the invoice reference keeps 'cost code'",
      "register", "en", people=1, persons=[P(
          name="Scholar Eleven", email="scholar.eleven@familyservices.example.com",
          organisation="Sample Family Services", role="Director",
          phone="+31 36 520 9911",
          invoice_address="Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere",
          invoice_reference="cost code FS-DIR-10")]))

# 10 Voornaam / Tussenvoegsel / Achternaam
add("form-nl-split-name", webmail(
    "Luisteraar van Twaalf <lvtwaalf@zandbak-ggz.example.nl>",
    "aanmelden", "2010-03-17 21:40",
    """Goedenavond,

Voornaam: Luisteraar
Tussenvoegsel: van
Achternaam: Twaalf
Organisatie: GGZ Zandbak
Functie: sociaal psychiatrisch verpleegkundige
Telefoon: 06-18273645
E-mail: lvtwaalf@zandbak-ggz.example.nl
Dieet: lactosevrij
Factuuradres: GGZ Zandbak, Postbus 3001, 1300 EA Almere
Kenmerk: 2010-SPV-044

Vriendelijke groet,
Luisteraar van Twaalf""", agent="Horde Application Framework 3"),
    X("name given in three fields (Voornaam, Tussenvoegsel, Achternaam): joined as written in the signature; 'Kenmerk:' label dropped",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar van Twaalf", email="lvtwaalf@zandbak-ggz.example.nl",
          organisation="GGZ Zandbak", role="sociaal psychiatrisch verpleegkundige",
          phone="06-18273645", diet="lactosevrij",
          invoice_address="GGZ Zandbak, Postbus 3001, 1300 EA Almere",
          invoice_reference="2010-SPV-044")]))

# 11 one line with semicolons
add("one-line-semicolons", mutt(
    "Studiemaat Dertien <s13@humanitas-conceptwijk.example.org>",
    "Aanmelding leergang", "2010-03-18 07:55",
    """Graag aanmelden: Studiemaat Dertien; Humanitas Conceptwijk; vrijwilligerscoördinator; s13@humanitas-conceptwijk.example.org; 036-5314400; geen dieet.

Factuur: Humanitas Conceptwijk, Waterlelie 30, 1343 TK Almere.

-- 
Studiemaat Dertien"""),
    X("all details on one line separated by semicolons; 'geen dieet' is no diet",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Dertien", email="s13@humanitas-conceptwijk.example.org",
          organisation="Humanitas Conceptwijk", role="vrijwilligerscoördinator",
          phone="036-5314400",
          invoice_address="Humanitas Conceptwijk, Waterlelie 30, 1343 TK Almere")]))

# 12 numbered form
add("numbered-form-nl", oe(
    "Meedenker Veertien <meedenker14@sportprobeer.example.nl>",
    "Inschrijving Stadswijkstudies", "2010-03-19 16:12",
    """Hallo,

Hieronder mijn gegevens voor de inschrijving.

1. Naam: Meedenker Veertien
2. Organisatie: Sportservice Probeerstad
3. Functie: buurtsportcoach
4. Telefoon: 036-5290017
5. E-mail: meedenker14@sportprobeer.example.nl
6. Dieetwensen: vegan
7. Factuuradres: Sportservice Probeerstad, Sportweg 2, 1326 AA Almere

Bedankt!
Meedenker Veertien"""),
    X("numbered form from Outlook Express (ISO-8859-1)",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Veertien", email="meedenker14@sportprobeer.example.nl",
          organisation="Sportservice Probeerstad", role="buurtsportcoach",
          phone="036-5290017", diet="vegan",
          invoice_address="Sportservice Probeerstad, Sportweg 2, 1326 AA Almere")]))

# 13 bulleted English
add("bulleted-en-apple", apple(
    "Newcomer Fifteen <n.fifteen@debtadvice.example.org>",
    "Sign up: Almere course", "2010-03-22 12:30",
    """Hi there,

Please sign me up for the Almere course (all four days):

- Name: Newcomer Fifteen
- Organisation: Example Debt Advice Flevoland
- Role: senior debt counsellor
- Phone: 036 750 1500
- Email: n.fifteen@debtadvice.example.org
- Diet: vegetarian, no mushrooms
- Invoice: Example Debt Advice Flevoland, Markt 8, 1354 AA Almere

Thanks,
Newcomer

Sent from my MacBook"""),
    X("English bulleted form from Apple Mail",
      "register", "en", people=1, persons=[P(
          name="Newcomer Fifteen", email="n.fifteen@debtadvice.example.org",
          organisation="Example Debt Advice Flevoland",
          role="senior debt counsellor", phone="036 750 1500",
          diet="vegetarian, no mushrooms",
          invoice_address="Example Debt Advice Flevoland, Markt 8, 1354 AA Almere")]))

# 14 aligned without colons
add("aligned-no-colons-mutt", mutt(
    "Buurtcoach Zestien <zestien@vwproefrit.example.nl>",
    "aanmelding", "2010-03-23 22:14",
    """Dag,

Naam            Buurtcoach Zestien
Organisatie     Vluchtelingenwerk Proefrit
Functie         maatschappelijk begeleider
Telefoon        06 3030 4141
E-mail          zestien@vwproefrit.example.nl
Dieet           halal

Factuur graag per mail naar administratie@vwproefrit.example.nl.

Groet,
Buurtcoach Zestien"""),
    X("labels and values aligned with spaces, no colons; no postal invoice address given (only an e-mail for the invoice), so none labelled",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Zestien", email="zestien@vwproefrit.example.nl",
          organisation="Vluchtelingenwerk Proefrit",
          role="maatschappelijk begeleider", phone="06 3030 4141",
          diet="halal")]))

# 15 iPhone, short
add("iphone-short", iphone(
    "Studiemaat Zeventien <studiemaat17@buurtbeheer-concept.example.nl>",
    "Aanmelding", "2010-03-24 18:02",
    """Hoi, hierbij meld ik me aan voor de leergang. Studiemaat Zeventien, wijkbeheerder bij Buurtbeheer Concept, tel 06 55 66 12 34.

Gr Studiemaat

Verstuurd vanaf mijn iPhone"""),
    X("short iPhone mail with all details in one sentence; email from the From address",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Zeventien",
          email="studiemaat17@buurtbeheer-concept.example.nl",
          organisation="Buurtbeheer Concept", role="wijkbeheerder",
          phone="06 55 66 12 34")]))

# 16 Evolution base64
add("evolution-form", evolution(
    "Meedenker Achttien <m18@rocschetsland.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-25 09:09",
    """Goedemorgen,

Ik meld mij aan voor de leergang.

Naam: Meedenker Achttien
Functie: docent maatschappelijke zorg
Organisatie: ROC Schetsland
Adres: Koningsdaalseweg 99, 1315 KA Almere
Tel.: 036 - 5207 207
Email: m18@rocschetsland.example.nl

Factuur: ROC Schetsland, t.a.v. afdeling Inkoop, Koningsdaalseweg 99, 1315 KA Almere, ordernummer 10/0452.

Met vriendelijke groet,
Meedenker Achttien"""),
    X("Evolution (base64); invoice address and reference on one line after 'Factuur:'; reference keeps 'ordernummer'",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Achttien", email="m18@rocschetsland.example.nl",
          organisation="ROC Schetsland", role="docent maatschappelijke zorg",
          phone="036 - 5207 207",
          invoice_address="ROC Schetsland, t.a.v. afdeling Inkoop, Koningsdaalseweg 99, 1315 KA Almere",
          invoice_reference="ordernummer 10/0452")]))

# 17 GroupWise, free text
add("groupwise-free-text", groupwise(
    "Luisteraar Negentien <LNegentien@schuldhulp-testkust.example.nl>",
    "Leergang Almere", "2010-03-29 11:44",
    """Beste organisatie,

Graag wil ik me inschrijven voor de leergang Sociale ambities in een groeiende stad. Ik ben werkzaam als schuldhulpverlener bij Schuldhulp Testkust. Mijn telefoonnummer is 036-5409988.

Ik eet geen vis.

Met vriendelijke groet,
Luisteraar Negentien"""),
    X("GroupWise, registration in free text; 'geen vis' is a diet",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Negentien",
          email="lnegentien@schuldhulp-testkust.example.nl",
          organisation="Schuldhulp Testkust", role="schuldhulpverlener",
          phone="036-5409988", diet="geen vis")]))

# 18 Yahoo, English, private address; work address in the text
add("yahoo-private-en", yahoo(
    "Scholar Twenty <scholar_20@yahoo.example.com>",
    "registration", "2010-03-30 22:51",
    """Dear organisers,

I would like to register for the course. I'm writing from my private account; please use my work address for all correspondence: scholar.twenty@trialhousing.example.org

Name: Scholar Twenty
Organisation: Sample Housing Partners
Position: neighbourhood manager
Tel: 06 1357 2468

Regards,
Scholar Twenty"""),
    X("private Yahoo sender asks that the work address in the text be used; no invoice details",
      "register", "en", people=1, persons=[P(
          name="Scholar Twenty", email="scholar.twenty@trialhousing.example.org",
          organisation="Sample Housing Partners", role="neighbourhood manager",
          phone="06 1357 2468")]))

# 19 Hotmail HTML only
add("hotmail-html-only", hotmail_html(
    "Meedenker Eenentwintig <meedenker21@hotmail.example.com>",
    "Aanmelding leergang", "2010-04-01 19:20",
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
Hallo,<br><br>Ik wil me graag aanmelden voor de cursus in de Nieuwe Bibliotheek.<br><br>Naam: Meedenker Eenentwintig<br>Werkgever: Stichting Mantelzorg Probeerhaven<br>Functie: consulent mantelzorg<br>Telefoon: 06-27384950<br>E-mail werk: meedenker21@mantelzorg-probeerhaven.example.nl<br><br>Groetjes,<br>Meedenker<br> 		 	   		  <br /><hr />Nieuw: Windows Live Messenger. <a href='http://www.example.com/messenger' target='_new'>Download nu</a></body>
</html>"""),
    X("Hotmail HTML-only; 'Werkgever' is the organisation; work e-mail in the text preferred over the Hotmail From",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Eenentwintig",
          email="meedenker21@mantelzorg-probeerhaven.example.nl",
          organisation="Stichting Mantelzorg Probeerhaven",
          role="consulent mantelzorg", phone="06-27384950")]))

# 20 Android K-9
add("android-k9", android(
    "Buurtcoach Tweeentwintig <bc22@almere.nl>",
    "Aanmelding sociale ambities", "2010-04-06 07:33",
    """Goedemorgen, ik wil mij aanmelden voor de leergang. Ik ben wijkregisseur in Almere Buiten (gemeente). Telefoon 06 4455 6677.

Buurtcoach Tweeentwintig

--
Verzonden van mijn Android-telefoon met K-9 Mail."""),
    X("municipal staff from a phone; organisation Gemeente Almere; 'wijkregisseur' is the role",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Tweeentwintig", email="bc22@almere.nl",
          organisation="Gemeente Almere", role="wijkregisseur",
          phone="06 4455 6677")]))

# 21 BlackBerry
add("blackberry-en", blackberry(
    "Associate TwentyThree <associate23@alliance.example.org>",
    "Almere course - please register me", "2010-04-07 17:10",
    """Hi, please register me for the Almere course. Associate TwentyThree, project lead at Example Neighbourhood Alliance, mobile +31 6 2323 2323. Same invoice address as my colleague Enrollee Three (Finance dept, Keizersgracht 1, 1015 AA Amsterdam). Thanks
Sent from my BlackBerry\u00ae smartphone"""),
    X("BlackBerry (base64); the invoice address 'same as my colleague' is then spelled out, so it is taken",
      "register", "en", people=1, persons=[P(
          name="Associate TwentyThree", email="associate23@alliance.example.org",
          organisation="Example Neighbourhood Alliance", role="project lead",
          phone="+31 6 2323 2323",
          invoice_address="Finance dept, Keizersgracht 1, 1015 AA Amsterdam")]))

# 22 Claws Mail
add("claws-form", claws(
    "Studiemaat Vierentwintig <sv24@kunstcentrum-proefzaal.example.nl>",
    "Aanmelding cursus", "2010-04-08 13:13",
    """Geachte organisatie,

Hierbij wil ik mij aanmelden.

Naam      : Studiemaat Vierentwintig
Organisatie: Kunstcentrum Proefzaal
Functie   : educatief medewerker
Telefoon  : 036-5384251
Dieet     : geen varkensvlees

Factuuradres:
Kunstcentrum Proefzaal
Postbus 1999
1300 BZ Almere
Kenmerk: EDU/2010/17

Met groet,
Studiemaat Vierentwintig"""),
    X("Claws Mail, ISO-8859-1; colons aligned with spaces before them",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Vierentwintig",
          email="sv24@kunstcentrum-proefzaal.example.nl",
          organisation="Kunstcentrum Proefzaal", role="educatief medewerker",
          phone="036-5384251", diet="geen varkensvlees",
          invoice_address="Kunstcentrum Proefzaal, Postbus 1999, 1300 BZ Almere",
          invoice_reference="EDU/2010/17")]))

# 23 registration that also asks something (parking)
add("register-with-question-nl", outlook(
    "Meedenker Vijfentwintig <m25@zorgoefenhof.example.nl>",
    "Aanmelding + vraag", "2010-04-12 10:41",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang.

Naam: Meedenker Vijfentwintig
Organisatie: Zorggroep Oefenhof
Functie: casemanager dementie
Telefoon: 036-5278800
E-mail: m25@zorgoefenhof.example.nl

Ik kom met de auto uit Lelystad. Kan ik parkeren bij de bibliotheek, en wordt het parkeren vergoed?

Met vriendelijke groet,
Meedenker Vijfentwintig"""),
    X("a complete registration that also asks about parking: register with question",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Meedenker Vijfentwintig", email="m25@zorgoefenhof.example.nl",
          organisation="Zorggroep Oefenhof", role="casemanager dementie",
          phone="036-5278800")]))

# 24 registration asking about invoice split
add("register-with-question-en", tb(
    "Newcomer TwentySix <ntwentysix@familyservices.example.com>",
    "Registration + invoice question", "2010-04-13 15:06",
    """Dear organiser,

I'd like to register for the course.

Name: Newcomer TwentySix
Organisation: Sample Family Services
Role: youth worker
Phone: +31 36 520 9926
Invoice: Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere

Could the fee be invoiced in two parts, half in 2010 and half in 2011? Our budget year makes that easier.

Best regards,
Newcomer TwentySix
"""),
    X("registration that also asks whether the fee can be split: question yes",
      "register", "en", q="yes", people=1, persons=[P(
          name="Newcomer TwentySix", email="ntwentysix@familyservices.example.com",
          organisation="Sample Family Services", role="youth worker",
          phone="+31 36 520 9926",
          invoice_address="Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere")]))

# 25 after the closing date
add("after-closing-date", outlook(
    "Luisteraar Zevenentwintig <lz27@welzijnkladblok.example.nl>",
    "Aanmelding leergang (laat, sorry)", "2010-05-27 09:02",
    """Beste,

Ik weet dat de aanmeldtermijn net verstreken is, maar ik meld me toch aan, mocht er nog plek zijn.

Naam: Luisteraar Zevenentwintig
Organisatie: Welzijn Kladblok
Functie: ouderenadviseur
Telefoon: 036 - 548 77 27
E-mail: lz27@welzijnkladblok.example.nl

Met vriendelijke groet,
Luisteraar Zevenentwintig"""),
    X("registration after the closing date (25 May): still a registration; the robot decides what to answer",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Zevenentwintig", email="lz27@welzijnkladblok.example.nl",
          organisation="Welzijn Kladblok", role="ouderenadviseur",
          phone="036 - 548 77 27")]))

# 26 Apple Mail English prose
add("prose-en-apple", apple(
    "Enrollee TwentyEight <enrollee28@youthcare-trial.example.org>",
    "Almere course", "2010-04-14 08:15",
    """Good morning,

My name is Enrollee TwentyEight and I coordinate the family coaching team at Example Youth Services Flevoland. I'd very much like to join the four-day course on social ambitions in Almere. You can reach me on 036 202 2828. I'm vegetarian.

The invoice should go to our office at Stationsplein 5, 1315 NT Almere, attention of Finance.

Many thanks,
Enrollee"""),
    X("English prose; the function is only a verb phrase ('I coordinate the family coaching team'), so no role is labelled",
      "register", "en", people=1, persons=[P(
          name="Enrollee TwentyEight", email="enrollee28@youthcare-trial.example.org",
          organisation="Example Youth Services Flevoland",
          phone="036 202 2828", diet="vegetarian",
          invoice_address="Stationsplein 5, 1315 NT Almere, attention of Finance")]))

# 27 Outlook English, long signature
add("outlook-en-signature", outlook(
    "Scholar TwentyNine <s.twentynine@alliance.example.org>",
    "Registration deSTADSWIJKstudies", "2010-04-15 11:37",
    """Dear colleagues,

Please register me for deSTADSWIJKstudies Almere.

Best regards,

Scholar TwentyNine
Policy Advisor Housing & Care
Example Neighbourhood Alliance
T: +31 20 555 0129
M: +31 6 2929 2929
E: s.twentynine@alliance.example.org
www.alliance.example.org

This e-mail and any attachments are confidential and intended solely for the addressee.""", lang="EN"),
    X("English free text; everything from the signature, office phone first",
      "register", "en", people=1, persons=[P(
          name="Scholar TwentyNine", email="s.twentynine@alliance.example.org",
          organisation="Example Neighbourhood Alliance",
          role="Policy Advisor Housing & Care", phone="+31 20 555 0129")]))

# 28 invoice reference inkoopordernummer
add("form-nl-po", outlook(
    "Buurtcoach Dertig <bc30@woonmaquette.example.nl>",
    "Aanmelding", "2010-04-19 14:20",
    """Beste organisatie,

Graag meld ik mij aan.

Naam: Buurtcoach Dertig
Organisatie: Woonstichting Maquette
Functie: leefbaarheidsconsulent
Telefoon: 036 533 0030
Factuuradres: Woonstichting Maquette, Grote Markt 12, 1315 JG Almere
Inkoopordernummer: 4500120330

Met vriendelijke groet,
Buurtcoach Dertig"""),
    X("form with the invoice reference under the label 'Inkoopordernummer:' (label not kept)",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Dertig", email="bc30@woonmaquette.example.nl",
          organisation="Woonstichting Maquette", role="leefbaarheidsconsulent",
          phone="036 533 0030",
          invoice_address="Woonstichting Maquette, Grote Markt 12, 1315 JG Almere",
          invoice_reference="4500120330")]))

# 29 a shared mailbox registers a named person
add("shared-mailbox-registers", webmail(
    "Info Buurthuis Proefstuk <info@buurthuis-proefstuk.example.nl>",
    "aanmelding leergang", "2010-04-20 16:48",
    """Beste organisatie,

Vanuit ons buurthuis willen wij graag onze coördinator aanmelden:

Studiemaat Eenendertig
coördinator buurthuis
studiemaat31@buurthuis-proefstuk.example.nl
06-31313131

Factuur naar Stichting Buurthuis Proefstuk, Lindenhof 3, 1354 HK Almere.

Vriendelijke groet,
namens het team, Meedenker Tweeendertig""", agent="Zimbra 6.0.5_GA (ZimbraWebClient - FF3.0)"),
    X("a shared mailbox registers a named coordinator; her own address in the text; the organisation from the invoice line",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Eenendertig",
          email="studiemaat31@buurthuis-proefstuk.example.nl",
          organisation="Stichting Buurthuis Proefstuk", role="coördinator buurthuis",
          phone="06-31313131",
          invoice_address="Stichting Buurthuis Proefstuk, Lindenhof 3, 1354 HK Almere")]))

# 30 with .docx attachment, details also in text
_m30 = outlook(
    "Meedenker Drieendertig <m33@ggdzandbak.example.nl>",
    "Aanmeldformulier leergang", "2010-04-21 09:58",
    """Goedemorgen,

In de bijlage het ingevulde aanmeldformulier. Voor de zekerheid ook hier mijn gegevens:

Naam: Meedenker Drieendertig
Organisatie: GGD Zandbak
Functie: jeugdverpleegkundige
Telefoon: 088-1003333

Met vriendelijke groet,
Meedenker Drieendertig""")
add("docx-and-text", with_attachments(_m30, [attachment(lib.docx([
    "Aanmeldformulier deSTADSWIJKstudies Almere",
    "Naam: Meedenker Drieendertig", "Organisatie: GGD Zandbak",
    "Functie: jeugdverpleegkundige", "Telefoon: 088-1003333"]),
    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
    "aanmeldformulier.docx")]),
    X("form attached as .docx and the same details typed in the mail: a registration",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Drieendertig", email="m33@ggdzandbak.example.nl",
          organisation="GGD Zandbak", role="jeugdverpleegkundige",
          phone="088-1003333")]))

# 31 details only in an attached pdf
_m31 = gmail(
    "Luisteraar Vierendertig <luisteraar34@gmail.example.com>",
    "Aanmelding", "2010-04-22 20:30",
    """Hallo,

Zie bijgaand mijn aanmeldformulier.

Groet,
Luisteraar""")
add("pdf-only", with_attachments(_m31, [attachment(lib.pdf([
    "Aanmeldformulier deSTADSWIJKstudies",
    "Naam: Luisteraar Vierendertig",
    "Organisatie: Stichting Schetswijk",
    "Functie: buurtbemiddelaar",
    "Telefoon: 06 3434 3434"]), "application", "pdf", "aanmelding.pdf")]),
    X("the details are only in an attached PDF: a person must read it",
      "human", "nl"))

# 32 Notes, PA registers a director
add("director-by-pa-notes", notes(
    "Secretaresse Vijfendertig <Secretaresse.Vijfendertig@woonmaquette.example.nl>",
    "Aanmelding directeur-bestuurder", "2010-04-26 12:05",
    """Geachte heer/mevrouw,

Hierbij meld ik de directeur-bestuurder van Woonstichting Maquette, de heer Meedenker Zesendertig, aan voor de leergang deSTADSWIJKstudies op locatie Almere.

E-mail: m.zesendertig@woonmaquette.example.nl

Voor vragen kunt u mij bereiken op 036-5330000.

Factuuradres: Woonstichting Maquette, Grote Markt 12, 1315 JG Almere

Met vriendelijke groet,

Secretaresse Vijfendertig
Bestuurssecretariaat"""),
    X("the secretary registers the director; role from the text; her phone is hers, not his",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Zesendertig", email="m.zesendertig@woonmaquette.example.nl",
          organisation="Woonstichting Maquette", role="directeur-bestuurder",
          invoice_address="Woonstichting Maquette, Grote Markt 12, 1315 JG Almere")]))

# 33 answer to the robot's "details missing" mail (nl), Gmail quote
_s, _b = incomplete_nl("Studiemaat Zevenendertig", ["Organisatie", "Functie"],
                       [("Naam", "Studiemaat Zevenendertig"),
                        ("E-mail", "studiemaat37@gmail.example.com")])
add("answer-details-missing-nl", gmail(
    "Studiemaat Zevenendertig <studiemaat37@gmail.example.com>", "Re: " + _s,
    "2010-04-27 19:44",
    """Sorry, vergeten! Organisatie: Stichting Mantelzorg Probeerhaven, functie: steunpuntmedewerker. Tel 06 3737 3737.

Op 27 april 2010 19:02 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(_b), irt=robot_mid("incomplete", "studiemaat37")),
    X("answer to the robot's 'details missing' mail with the organisation and function; name and address from the quote and From",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Zevenendertig", email="studiemaat37@gmail.example.com",
          organisation="Stichting Mantelzorg Probeerhaven",
          role="steunpuntmedewerker", phone="06 3737 3737")]))

# 34 answer to the "details missing" mail (en), Outlook
_s, _b = incomplete_en(None, ["Name", "Organisation"],
                       [("E-mail", "office.38@debtadvice.example.org")])
add("answer-details-missing-en", outlook(
    "Office 38 <office.38@debtadvice.example.org>", "RE: " + _s,
    "2010-04-28 09:26",
    """Apologies - the registration is for me:

Name: Associate ThirtyEight
Organisation: Example Debt Advice Flevoland
Function: intake officer
Phone: 036 750 1538

Regards,
Associate ThirtyEight""" + outlook_quote_en(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "27 April 2010 17:40", "office.38@debtadvice.example.org", _s, _b),
    lang="EN", irt=robot_mid("incomplete", "office38")),
    X("answer to the 'details missing' mail in English; the address is the From address",
      "register", "en", people=1, persons=[P(
          name="Associate ThirtyEight", email="office.38@debtadvice.example.org",
          organisation="Example Debt Advice Flevoland", role="intake officer",
          phone="036 750 1538")]))

# 35 answer to the "details missing" mail, only one missing line, Thunderbird
_s, _b = incomplete_nl("Buurtcoach Negenendertig", ["Functie"],
                       [("Naam", "Buurtcoach Negenendertig"),
                        ("Organisatie", "Jeugdwerk Proefvlak"),
                        ("E-mail", "bc39@jeugdproefvlak.example.org")])
add("answer-details-missing-tb", tb(
    "Buurtcoach Negenendertig <bc39@jeugdproefvlak.example.org>", "Re: " + _s,
    "2010-04-29 10:10",
    """Functie: ambulant jongerenwerker

Op 29-4-2010 9:55, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=robot_mid("incomplete", "bc39")),
    X("one-line answer to the 'details missing' mail; the rest is in the quoted robot mail",
      "register", "nl", people=1, persons=[P(
          name="Buurtcoach Negenendertig", email="bc39@jeugdproefvlak.example.org",
          organisation="Jeugdwerk Proefvlak", role="ambulant jongerenwerker")]))

# 36 KMail, form in English from a Dutch organisation
add("kmail-form-en", plain(
    "Listener Forty <listener40@rocschetsland.example.nl>",
    "Registration", "2010-05-03 13:00",
    """Dear Sir/Madam,

Herewith my registration.

Full name:     Listener Forty
Organisation:  ROC Schetsland
Function:      team leader Care & Welfare
E-mail:        listener40@rocschetsland.example.nl
Telephone:     036 5207 240
Dietary needs: kosher

Invoice to: ROC Schetsland, afdeling Inkoop, Koningsdaalseweg 99, 1315 KA Almere, order number 10/0460

Regards,
Listener Forty""", extra=[("User-Agent", "KMail/1.12.4 (Linux/2.6.32-5-686; KDE/4.4.5; i686; ; )")]),
    X("KMail, English form; 'order number' kept with the reference",
      "register", "en", people=1, persons=[P(
          name="Listener Forty", email="listener40@rocschetsland.example.nl",
          organisation="ROC Schetsland", role="team leader Care & Welfare",
          phone="036 5207 240", diet="kosher",
          invoice_address="ROC Schetsland, afdeling Inkoop, Koningsdaalseweg 99, 1315 KA Almere",
          invoice_reference="order number 10/0460")]))
