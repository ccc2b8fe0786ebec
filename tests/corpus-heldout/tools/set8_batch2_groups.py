"""Set 8, batch 2: registrations of several people (040-051), forwarded
participants (052-056) and answers to the robot's "details missing" mail
(057-060).

Every message and every label is typed by hand; see set8_lib.py for the
client shapes.
"""
from set8_lib import (add, X, P, ok_code, outlook365, fastmail, outlook2010,
                      gmail2, outlook_android, outlookcom, notes, sogo,
                      emclient, tb115, tb_forward_en, outlookmac16,
                      macol_quote_nl, yahoo2, quote, incomplete_nl, o365_quote_en,
                      ios, ios_quote_nl, o365_quote_nl, lib, ROBOT)

C = ok_code

# 040 ---------------------------------------------------------------------
add("two-in-one-sentence-nl", outlook365(
    "Gangmaker Eenenveertig <gangmaker.41@buurtwerkmeetlat.example.nl>",
    "Aanmelding twee opbouwwerkers", "2010-04-26 10:00",
    """Goedemorgen,

Mijn collega Gangmaker Veertig (gangmaker.veertig@buurtwerkmeetlat.example.nl) en ik willen ons graag aanmelden voor de leergang. Wij werken allebei als opbouwwerker bij Buurtwerk Meetlat.

Eén factuur voor ons tweeën is prima: Buurtwerk Meetlat, Meetlatstraat 40, 1315 AB Almere.

Met vriendelijke groet,

Gangmaker Eenenveertig
Buurtwerk Meetlat
06 5554 1410
"""),
    X("'Mijn collega ... en ik': two people in one sentence, function and invoice stated once",
      "register", "nl", people=2, persons=[
          P(name="Gangmaker Veertig",
            email="gangmaker.veertig@buurtwerkmeetlat.example.nl",
            organisation="Buurtwerk Meetlat", role="opbouwwerker",
            invoice_address="Buurtwerk Meetlat, Meetlatstraat 40, 1315 AB Almere"),
          P(name="Gangmaker Eenenveertig",
            email="gangmaker.41@buurtwerkmeetlat.example.nl",
            organisation="Buurtwerk Meetlat", role="opbouwwerker",
            phone="06 5554 1410",
            invoice_address="Buurtwerk Meetlat, Meetlatstraat 40, 1315 AB Almere")]))

# 041 ---------------------------------------------------------------------
add("pipe-table-three-en", fastmail(
    "Forager HundredEight <forager.108@compassnetwork.example.org>",
    "Registration of three colleagues", "2010-04-27 14:00",
    """Hello,

I'd like to register three colleagues from Example Compass Network for the course:

| Name               | Email                                   | Role                 |
|--------------------|-----------------------------------------|----------------------|
| Navigator FortyTwo | navigator.42@compassnetwork.example.org | neighbourhood broker |
| Weaver FortyThree  | weaver.43@compassnetwork.example.org    | project lead         |
| Surveyor FortyFour | surveyor.44@compassnetwork.example.org  | policy officer       |

Please put all three on a single invoice to Example Compass Network, Kompasweg 42, 1314 AB Almere, PO 42-2010.

I won't attend myself.

Best regards,
Forager HundredEight
Office manager, Example Compass Network
"""),
    X("a plain-text table drawn with pipes; an office manager registers three, not herself",
      "register", "en", people=3, persons=[
          P(name="Navigator FortyTwo", email="navigator.42@compassnetwork.example.org",
            organisation="Example Compass Network", role="neighbourhood broker",
            invoice_address="Example Compass Network, Kompasweg 42, 1314 AB Almere",
            invoice_reference="PO 42-2010"),
          P(name="Weaver FortyThree", email="weaver.43@compassnetwork.example.org",
            organisation="Example Compass Network", role="project lead",
            invoice_address="Example Compass Network, Kompasweg 42, 1314 AB Almere",
            invoice_reference="PO 42-2010"),
          P(name="Surveyor FortyFour", email="surveyor.44@compassnetwork.example.org",
            organisation="Example Compass Network", role="policy officer",
            invoice_address="Example Compass Network, Kompasweg 42, 1314 AB Almere",
            invoice_reference="PO 42-2010")]))

# 042 ---------------------------------------------------------------------
add("csv-lines-with-header-hr", outlook2010(
    "Koploper Honderdnegen <koploper.109@welzijnlegenda.example.nl>",
    "Aanmelding 4 medewerkers Welzijn Legenda", "2010-05-03 10:30",
    """Goedemorgen,

Namens Welzijn Legenda meld ik de volgende vier medewerkers aan voor de leergang deSTADSWIJKstudies. Ik heb de gegevens uit onze opleidingsadministratie gehaald:

naam;e-mail;functie;telefoon
Aanjager Vijfenveertig;aanjager.45@welzijnlegenda.example.nl;ouderenadviseur;06 5554 5450
Koploper Zesenveertig;koploper.46@welzijnlegenda.example.nl;jongerenwerker;06 5554 6460
Pleinmaker Zevenenveertig;pleinmaker.47@welzijnlegenda.example.nl;sociaal werker;06 5554 7470
Stuurman Achtenveertig;stuurman.48@welzijnlegenda.example.nl;buurtbemiddelaar;06 5554 8480

Factuur voor alle vier naar Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere, inkoopnummer WL-0042.

Met vriendelijke groet,

Koploper Honderdnegen
Medewerker P&O
Welzijn Legenda
036 555 1090
"""),
    X("semicolon-separated lines under a header row, pasted from an administration; HR does not register herself",
      "register", "nl", people=4, persons=[
          P(name="Aanjager Vijfenveertig", email="aanjager.45@welzijnlegenda.example.nl",
            organisation="Welzijn Legenda", role="ouderenadviseur",
            phone="06 5554 5450",
            invoice_address="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
            invoice_reference="inkoopnummer WL-0042"),
          P(name="Koploper Zesenveertig", email="koploper.46@welzijnlegenda.example.nl",
            organisation="Welzijn Legenda", role="jongerenwerker",
            phone="06 5554 6460",
            invoice_address="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
            invoice_reference="inkoopnummer WL-0042"),
          P(name="Pleinmaker Zevenenveertig", email="pleinmaker.47@welzijnlegenda.example.nl",
            organisation="Welzijn Legenda", role="sociaal werker",
            phone="06 5554 7470",
            invoice_address="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
            invoice_reference="inkoopnummer WL-0042"),
          P(name="Stuurman Achtenveertig", email="stuurman.48@welzijnlegenda.example.nl",
            organisation="Welzijn Legenda", role="buurtbemiddelaar",
            phone="06 5554 8480",
            invoice_address="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
            invoice_reference="inkoopnummer WL-0042")]))

# 043 ---------------------------------------------------------------------
R43 = [("Kartograaf Negenenveertig", "wijkregisseur Haven", "kartograaf.49@almere.nl", "036 555 4949"),
       ("Dijkwachter Vijftig", "beleidsmedewerker Jeugd", "dijkwachter.50@almere.nl", "036 555 5050"),
       ("Wegwijzer Eenenvijftig", "consulent Werk en Inkomen", "wegwijzer.51@almere.nl", "036 555 5151"),
       ("Landmeter Tweeënvijftig", "accountmanager maatschappelijke organisaties", "landmeter.52@almere.nl", "036 555 5252"),
       ("Bouwmeester Drieënvijftig", "projectleider Sociale Agenda", "bouwmeester.53@almere.nl", "036 555 5353")]


def _td(x, head=False):
    tag = "b" if head else "span"
    return ('<td valign="top" style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt">'
            '<p class="MsoNormal"><%s>%s</%s><o:p></o:p></p></td>' % (tag, lib.esc(x), tag))


H43 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
       '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
       '<body lang="NL"><div class="WordSection1">'
       '<p class="MsoNormal">Beste secretariaat,<o:p></o:p></p>'
       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<p class="MsoNormal">Namens het managementteam van DMO meld ik de volgende '
       'collega&#8217;s aan voor deSTADSWIJKstudies:<o:p></o:p></p>'
       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" cellpadding="0" '
       'style="border-collapse:collapse;border:none"><tr>' +
       "".join(_td(x, True) for x in ("Naam", "Functie", "E-mail", "Telefoon")) + '</tr>' +
       "".join("<tr>" + "".join(_td(x) for x in r) + "</tr>" for r in R43) +
       '</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<p class="MsoNormal">Het gaat om gemeentelijke plaatsen, een factuur is dus niet '
       'nodig.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
       '<p class="MsoNormal">Met vriendelijke groet,<o:p></o:p></p>'
       '<p class="MsoNormal">Vormgever Honderdtien<o:p></o:p></p>'
       '<p class="MsoNormal">Managementondersteuning DMO<o:p></o:p></p>'
       '<p class="MsoNormal">Gemeente Almere<o:p></o:p></p></div></body></html>\n')
add("html-only-table-five-municipal", outlook365(
    "Vormgever Honderdtien <vormgever.honderdtien@almere.nl>",
    "Aanmelding collega's DMO voor deSTADSWIJKstudies", "2010-05-04 09:10",
    "", html=H43, html_only=True),
    X("HTML only: a Word table with a header row; a management assistant registers five municipal colleagues",
      "register", "nl", people=5, persons=[
          P(name="Kartograaf Negenenveertig", email="kartograaf.49@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Haven",
            phone="036 555 4949"),
          P(name="Dijkwachter Vijftig", email="dijkwachter.50@almere.nl",
            organisation="Gemeente Almere", role="beleidsmedewerker Jeugd",
            phone="036 555 5050"),
          P(name="Wegwijzer Eenenvijftig", email="wegwijzer.51@almere.nl",
            organisation="Gemeente Almere", role="consulent Werk en Inkomen",
            phone="036 555 5151"),
          P(name="Landmeter Tweeënvijftig", email="landmeter.52@almere.nl",
            organisation="Gemeente Almere",
            role="accountmanager maatschappelijke organisaties",
            phone="036 555 5252"),
          P(name="Bouwmeester Drieënvijftig", email="bouwmeester.53@almere.nl",
            organisation="Gemeente Almere", role="projectleider Sociale Agenda",
            phone="036 555 5353")]))

# 044 ---------------------------------------------------------------------
add("participant-blocks-en-gmail", gmail2(
    "Weaver FiftyFour <weaver.54@mappingcollective.example.net>",
    "Two registrations - Sample Mapping Collective Almere", "2010-05-05 11:45",
    """Hello,

We would like to register two people from Sample Mapping Collective Almere:

Participant 1 (that's me)
Name: Weaver FiftyFour
Role: community mapper
Email: weaver.54@mappingcollective.example.net
Phone: 06 5555 4540

Participant 2
Name: Lamplighter FiftyFive
Role: data analyst
Email: lamplighter.55@mappingcollective.example.net
Phone: 06 5555 5550
Diet: vegetarian

Invoice (for both): Sample Mapping Collective Almere, Kaartweg 54, 1316 AB Almere
Our reference: SMC-54

Cheers,
Weaver
"""),
    X("'Participant 1 (that's me)' and 'Participant 2' blocks; organisation in the intro, invoice for both below",
      "register", "en", people=2, persons=[
          P(name="Weaver FiftyFour", email="weaver.54@mappingcollective.example.net",
            organisation="Sample Mapping Collective Almere", role="community mapper",
            phone="06 5555 4540",
            invoice_address="Sample Mapping Collective Almere, Kaartweg 54, 1316 AB Almere",
            invoice_reference="SMC-54"),
          P(name="Lamplighter FiftyFive",
            email="lamplighter.55@mappingcollective.example.net",
            organisation="Sample Mapping Collective Almere", role="data analyst",
            phone="06 5555 5550", diet="vegetarian",
            invoice_address="Sample Mapping Collective Almere, Kaartweg 54, 1316 AB Almere",
            invoice_reference="SMC-54")]))

# 045 ---------------------------------------------------------------------
add("two-dash-lines-outlook-android", outlook_android(
    "Pleinmaker Zesenvijftig <pleinmaker.56@rocmeetpunt.example.nl>",
    "Aanmelding 2 docenten", "2010-05-06 07:50",
    """Graag aanmelden voor de leergang:
Pleinmaker Zesenvijftig - pleinmaker.56@rocmeetpunt.example.nl
Vormgever Zevenenvijftig - vormgever.57@rocmeetpunt.example.nl
Beiden docent Zorg & Welzijn bij ROC Meetpunt. Factuur volgt via onze administratie, die neemt contact op.

Outlook voor Android downloaden
"""),
    X("'name - address' lines from a phone, function and organisation for both; the invoice 'volgt', so no address",
      "register", "nl", people=2, persons=[
          P(name="Pleinmaker Zesenvijftig", email="pleinmaker.56@rocmeetpunt.example.nl",
            organisation="ROC Meetpunt", role="docent Zorg & Welzijn"),
          P(name="Vormgever Zevenenvijftig", email="vormgever.57@rocmeetpunt.example.nl",
            organisation="ROC Meetpunt", role="docent Zorg & Welzijn")]))

# 046 ---------------------------------------------------------------------
add("three-in-prose-en-nonnative", outlookcom(
    "Tracker Sixty <tracker.60@wayfinding.example.org>",
    "inscription of 3 persons", "2010-05-07 13:20",
    """Dear madam, sir,

We are with three colleagues of Example Wayfinding Trust who want to follow the course: mister Helmsman FiftyEight (he is team leader), misses Ferryman FiftyNine (social worker) and me, Tracker Sixty (project officer).

Mails: helmsman.58@wayfinding.example.org, ferryman.59@wayfinding.example.org and mine is tracker.60@wayfinding.example.org.

Please send the bill for the three persons to Example Wayfinding Trust, Postbus 5560, 1300 DA Almere.

Ferryman eats no meat.

Kind regards,
Tracker Sixty
Example Wayfinding Trust
06 5556 0600
""", lang="en"),
    X("three people in the prose of a non-native writer, the addresses in a separate sentence",
      "register", "en", people=3, persons=[
          P(name="Helmsman FiftyEight", email="helmsman.58@wayfinding.example.org",
            organisation="Example Wayfinding Trust", role="team leader",
            invoice_address="Example Wayfinding Trust, Postbus 5560, 1300 DA Almere"),
          P(name="Ferryman FiftyNine", email="ferryman.59@wayfinding.example.org",
            organisation="Example Wayfinding Trust", role="social worker",
            diet="no meat",
            invoice_address="Example Wayfinding Trust, Postbus 5560, 1300 DA Almere"),
          P(name="Tracker Sixty", email="tracker.60@wayfinding.example.org",
            organisation="Example Wayfinding Trust", role="project officer",
            phone="06 5556 0600",
            invoice_address="Example Wayfinding Trust, Postbus 5560, 1300 DA Almere")]))

# 047 ---------------------------------------------------------------------
add("municipal-and-partner-two-pools", outlook365(
    "Stuurman Eenenzestig <stuurman.61@almere.nl>",
    "Aanmelding leergang: gemeente en corporatie samen", "2010-05-10 15:00",
    """Beste organisatie,

Koploper Tweeënzestig en ik werken in Almere Poort samen aan de wijkaanpak en willen de leergang graag samen volgen. Bij deze melden wij ons beiden aan.

1. Stuurman Eenenzestig, wijkregisseur Almere Poort, gemeente Almere, stuurman.61@almere.nl, 036 555 6161
2. Koploper Tweeënzestig, wijkconsulent, Woonstichting Hoogtelijn, koploper.62@hoogtelijn.example.com, 06 5556 2620

Voor mij hoeft er geen factuur te komen. De factuur voor Koploper graag naar Woonstichting Hoogtelijn, Afdeling Crediteuren, Postbus 5566, 1300 BG Almere.

Met vriendelijke groet,
Stuurman Eenenzestig
""", cc="Koploper Tweeënzestig <koploper.62@hoogtelijn.example.com>"),
    X("a municipal officer and a partner from a housing association in one mail; the invoice only for the partner",
      "register", "nl", people=2, persons=[
          P(name="Stuurman Eenenzestig", email="stuurman.61@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Almere Poort",
            phone="036 555 6161"),
          P(name="Koploper Tweeënzestig", email="koploper.62@hoogtelijn.example.com",
            organisation="Woonstichting Hoogtelijn", role="wijkconsulent",
            phone="06 5556 2620",
            invoice_address="Woonstichting Hoogtelijn, Afdeling Crediteuren, Postbus 5566, 1300 BG Almere")]))

# 048 ---------------------------------------------------------------------
INV48 = "Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere"
add("fixed-width-columns-six-notes", notes(
    "Aanjager Honderdelf <aanjager.111@hoogteprofiel.example.nl>",
    "Aanmelding zes medewerkers Zorggroep Hoogteprofiel", "2010-05-12 10:20",
    """Geachte heer/mevrouw,

Nu het maximum van drie deelnemers per organisatie is vervallen, meldt Zorggroep Hoogteprofiel graag nog zes medewerkers aan voor de leergang:

Naam                        Functie                  E-mail
Gangmaker Drieënzestig      teamleider wijkzorg      gangmaker.63@hoogteprofiel.example.nl
Vormgever Vierenzestig      casemanager dementie     vormgever.64@hoogteprofiel.example.nl
Kartograaf Vijfenzestig     wijkverpleegkundige      kartograaf.65@hoogteprofiel.example.nl
Landmeter Zesenzestig       specialist ouderenzorg   landmeter.66@hoogteprofiel.example.nl
Dijkwachter Zevenenzestig   beleidsadviseur          dijkwachter.67@hoogteprofiel.example.nl
Havenmeester Achtenzestig   locatiemanager           havenmeester.68@hoogteprofiel.example.nl

Alle facturen naar Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere, met ordernummer ZH-55-48.

Met vriendelijke groet,

Aanjager Honderdelf
Opleidingscoördinator
Zorggroep Hoogteprofiel
"""),
    X("columns aligned with spaces in a Notes mail; six people after the limit per organisation ended",
      "register", "nl", people=6, persons=[
          P(name="Gangmaker Drieënzestig", email="gangmaker.63@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="teamleider wijkzorg",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48"),
          P(name="Vormgever Vierenzestig", email="vormgever.64@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="casemanager dementie",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48"),
          P(name="Kartograaf Vijfenzestig", email="kartograaf.65@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="wijkverpleegkundige",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48"),
          P(name="Landmeter Zesenzestig", email="landmeter.66@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="specialist ouderenzorg",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48"),
          P(name="Dijkwachter Zevenenzestig", email="dijkwachter.67@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="beleidsadviseur",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48"),
          P(name="Havenmeester Achtenzestig", email="havenmeester.68@hoogteprofiel.example.nl",
            organisation="Zorggroep Hoogteprofiel", role="locatiemanager",
            invoice_address=INV48, invoice_reference="ordernummer ZH-55-48")]))

# 049 ---------------------------------------------------------------------
add("three-in-one-sentence-sogo", sogo(
    "Koploper Negenenzestig <koploper.69@kaartvlak.example.nl>",
    "Aanmelding jeugdartsen GGD Kaartvlak", "2010-05-13 10:45",
    """Goedemorgen,

Graag melden wij ons aan voor de leergang: Koploper Negenenzestig (koploper.69@kaartvlak.example.nl), Stuurman Zeventig (stuurman.70@kaartvlak.example.nl) en Landmeter Eenenzeventig (landmeter.71@kaartvlak.example.nl), alle drie jeugdarts bij GGD Kaartvlak.

Factuur: GGD Kaartvlak, Postbus 5529, 1300 CD Almere, kostenplaats 7729.

Met vriendelijke groet,

Koploper Negenenzestig
jeugdarts
GGD Kaartvlak
036 555 6969
"""),
    X("three names with their addresses in brackets in one sentence; the writer is the first of them",
      "register", "nl", people=3, persons=[
          P(name="Koploper Negenenzestig", email="koploper.69@kaartvlak.example.nl",
            organisation="GGD Kaartvlak", role="jeugdarts", phone="036 555 6969",
            invoice_address="GGD Kaartvlak, Postbus 5529, 1300 CD Almere",
            invoice_reference="kostenplaats 7729"),
          P(name="Stuurman Zeventig", email="stuurman.70@kaartvlak.example.nl",
            organisation="GGD Kaartvlak", role="jeugdarts",
            invoice_address="GGD Kaartvlak, Postbus 5529, 1300 CD Almere",
            invoice_reference="kostenplaats 7729"),
          P(name="Landmeter Eenenzeventig", email="landmeter.71@kaartvlak.example.nl",
            organisation="GGD Kaartvlak", role="jeugdarts",
            invoice_address="GGD Kaartvlak, Postbus 5529, 1300 CD Almere",
            invoice_reference="kostenplaats 7729")]))

# 050 ---------------------------------------------------------------------
INV50 = "Sample Polytechnic Flevoland, Finance Office, PO Box 5520, 1300 CC Almere"
add("seven-numbered-en-assistant", emclient(
    "Tracker HundredSix <tracker.hundredsix@polytechnic.example.edu>",
    "Registration of seven staff members", "2010-05-17 14:05",
    """Dear Sir/Madam,

Following the registration of our dean, seven more staff members of Sample Polytechnic Flevoland would like to take part in the course:

1. Pathmaker SeventyTwo <pathmaker.72@polytechnic.example.edu>, senior lecturer social work
2. Navigator SeventyThree <navigator.73@polytechnic.example.edu>, lecturer urban studies
3. Surveyor SeventyFour <surveyor.74@polytechnic.example.edu>, researcher
4. Gardener SeventyFive <gardener.75@polytechnic.example.edu>, lecturer nursing
5. Weaver SeventySix <weaver.76@polytechnic.example.edu>, programme coordinator
6. Forager SeventySeven <forager.77@polytechnic.example.edu>, lecturer law
7. Lamplighter SeventyEight <lamplighter.78@polytechnic.example.edu>, internship coordinator

The invoice address is the same as for the dean's registration: Sample Polytechnic Flevoland, Finance Office, PO Box 5520, 1300 CC Almere. Please quote PO 4500-7711 on the invoice.

Kind regards,

Tracker HundredSix
Management Assistant to the Dean
Sample Polytechnic Flevoland
+31 36 555 2099
"""),
    X("a numbered list of seven 'Name <address>, function'; the assistant's phone is hers, not theirs",
      "register", "en", people=7, persons=[
          P(name="Pathmaker SeventyTwo", email="pathmaker.72@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="senior lecturer social work",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Navigator SeventyThree", email="navigator.73@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="lecturer urban studies",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Surveyor SeventyFour", email="surveyor.74@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="researcher",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Gardener SeventyFive", email="gardener.75@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="lecturer nursing",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Weaver SeventySix", email="weaver.76@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="programme coordinator",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Forager SeventySeven", email="forager.77@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="lecturer law",
            invoice_address=INV50, invoice_reference="PO 4500-7711"),
          P(name="Lamplighter SeventyEight", email="lamplighter.78@polytechnic.example.edu",
            organisation="Sample Polytechnic Flevoland", role="internship coordinator",
            invoice_address=INV50, invoice_reference="PO 4500-7711")]))

# 051 ---------------------------------------------------------------------
add("registered-coordinator-adds-two-volunteers", gmail2(
    "Ontwerper Achttien <ontwerper.achttien@noordpijl.example.org>",
    "Aanmelding twee vrijwilligers Humanitas Noordpijl", "2010-05-18 11:00",
    """Beste organisatie,

Ik ben zelf al aangemeld (mijn code is VK9D2-W6P5X). Naast mijzelf wil ik graag twee vrijwilligers van Humanitas Noordpijl aanmelden, die allebei als vrijwilliger thuisadministratie bij ons werken:

- Gangmaker Negenenzeventig, gangmaker79@example.com, 06 5557 9790
- Wegwijzer Tachtig, wegwijzer80@example.net

De factuur mag naar hetzelfde adres als bij mijn eigen aanmelding.

Hartelijke groet,
Ontwerper Achttien
Humanitas Noordpijl
"""),
    X("a registered coordinator gives her own code and registers two volunteers; the invoice 'as for my registration' states no address",
      "register", "nl", code=C("VK9D2-W6P5X"), people=2, persons=[
          P(name="Gangmaker Negenenzeventig", email="gangmaker79@example.com",
            organisation="Humanitas Noordpijl", role="vrijwilliger thuisadministratie",
            phone="06 5557 9790"),
          P(name="Wegwijzer Tachtig", email="wegwijzer80@example.net",
            organisation="Humanitas Noordpijl", role="vrijwilliger thuisadministratie")]))

# 052 ---------------------------------------------------------------------
add("tb115-forwarded-message-en", tb115(
    "Weaver HundredTwelve <weaver.112@lantern.example.org>",
    "Fwd: Almere course", "2010-04-28 09:00",
    """Hi,

Forwarding the request of our colleague below; please register her. The invoice can go to the same address as for Gardener ThirtyEight: Example Lantern Elderly Care, Lantaarnpad 38, 1336 AB Almere.

Thanks,
Weaver HundredTwelve
HR advisor, Example Lantern Elderly Care""" + tb_forward_en(
        "Almere course", "2010-04-27 17:10",
        "Forager EightyOne <forager.81@lantern.example.org>",
        "Weaver HundredTwelve <weaver.112@lantern.example.org>",
        """Hi Weaver,

I'd like to join the Almere course that Gardener is doing too. My details: Forager EightyOne, district nurse, Example Lantern Elderly Care, phone 06 5558 1810.

Could you register me? Thanks!

Forager
"""), lang="en"),
    X("Thunderbird's forward table (Subject/Date/From/To with tabs); HR adds the invoice address",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Forager EightyOne", email="forager.81@lantern.example.org",
          organisation="Example Lantern Elderly Care", role="district nurse",
          phone="06 5558 1810",
          invoice_address="Example Lantern Elderly Care, Lantaarnpad 38, 1336 AB Almere")]))

# 053 ---------------------------------------------------------------------
add("outlookmac-forward-manager-nl", outlookmac16(
    "Havenmeester Honderddertien <havenmeester.113@windroos.example.org>",
    "FW: leergang deSTADSWIJKstudies", "2010-04-29 08:30",
    """Goedemorgen,

Graag aanmelden voor de leergang, zie hieronder. De factuur kan naar Jeugdhulp Windroos, Postbus 5577, 1300 BH Almere.

Groet,
Havenmeester Honderddertien
manager Jeugd
Jeugdhulp Windroos""" + macol_quote_nl(
        "Aanjager Tweeëntachtig <aanjager.82@windroos.example.org>",
        "2010-04-28 15:20",
        "Havenmeester Honderddertien <havenmeester.113@windroos.example.org>",
        "leergang deSTADSWIJKstudies",
        """Hoi Havenmeester,

Zoals besproken wil ik graag meedoen aan deSTADSWIJKstudies. Kun jij mij aanmelden? Mijn gegevens: Aanjager Tweeëntachtig, gezinscoach, 06 5558 2820.

Groet,
Aanjager
""")),
    X("Outlook for Mac forward 'Van:/Datum:/Aan:/Onderwerp:'; the manager's signature gives the organisation",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Aanjager Tweeëntachtig", email="aanjager.82@windroos.example.org",
          organisation="Jeugdhulp Windroos", role="gezinscoach",
          phone="06 5558 2820",
          invoice_address="Jeugdhulp Windroos, Postbus 5577, 1300 BH Almere")]))

# 054 ---------------------------------------------------------------------
add("notes-doorgestuurd-door", notes(
    "Kartograaf Vierentachtig <kartograaf.84@hoogteprofiel.example.nl>",
    "Doorsturen: Aanmelding leergang Almere", "2010-04-30 11:05",
    """Goedemorgen,

Hierbij doorgestuurd de aanmelding van onze medewerker. Zij wil graag deelnemen. Factuur: Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere, ordernummer ZH-55-83.

Met vriendelijke groet,

Kartograaf Vierentachtig
Afdeling Opleidingen
Zorggroep Hoogteprofiel

----- Doorgestuurd door Kartograaf Vierentachtig/Opleidingen/ZHP op 30-04-2010 11:03 -----

Van:	Gangmaker Drieëntachtig/Wijkzorg/ZHP
Aan:	Kartograaf Vierentachtig/Opleidingen/ZHP@ZHP
Datum:	29-04-2010 16:40
Onderwerp:	Aanmelding leergang Almere

Beste Kartograaf,

Ik wil me graag aanmelden voor de leergang deSTADSWIJKstudies. Mijn gegevens:
Naam: Gangmaker Drieëntachtig
Functie: wijkverpleegkundige
E-mail: gangmaker.83@hoogteprofiel.example.nl
Telefoon: 06 5558 3830

Groet,
Gangmaker
"""),
    X("Lotus Notes '----- Doorgestuurd door ... -----' with a Notes name in Van:; the address in the participant's form",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Gangmaker Drieëntachtig", email="gangmaker.83@hoogteprofiel.example.nl",
          organisation="Zorggroep Hoogteprofiel", role="wijkverpleegkundige",
          phone="06 5558 3830",
          invoice_address="Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere",
          invoice_reference="ordernummer ZH-55-83")]))

# 055 ---------------------------------------------------------------------
add("double-forward-gmail-en", gmail2(
    "Pathmaker EightySeven <pathmaker.87@familyroute.example.com>",
    "Fwd: Fwd: course Almere", "2010-05-03 10:00",
    """Hello,

Please register Lamplighter EightyFive (see below, approved by her manager). Invoice to Sample Family Route Almere, Attn. Accounts Payable, Postbus 5599, 1300 BK Almere.

Thanks,
Pathmaker EightySeven
HR officer
Sample Family Route Almere

---------- Forwarded message ---------
From: Helmsman EightySix <helmsman.86@familyroute.example.com>
Date: Fri, Apr 30, 2010 at 4:12 PM
Subject: Fwd: course Almere
To: Pathmaker EightySeven <pathmaker.87@familyroute.example.com>


Approved. Can you take care of the registration?

Helmsman

---------- Forwarded message ---------
From: Lamplighter EightyFive <lamplighter.85@familyroute.example.com>
Date: Thu, Apr 29, 2010 at 9:03 AM
Subject: course Almere
To: Helmsman EightySix <helmsman.86@familyroute.example.com>


Hi Helmsman,

Could I join the course in Almere? It fits my work as family coach perfectly. My mobile is 06 5558 5850.

Lamplighter
"""),
    X("forwarded twice (participant to manager to HR); the participant is the innermost sender",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Lamplighter EightyFive", email="lamplighter.85@familyroute.example.com",
          organisation="Sample Family Route Almere", role="family coach",
          phone="06 5558 5850",
          invoice_address="Sample Family Route Almere, Attn. Accounts Payable, Postbus 5599, 1300 BK Almere")]))

# 056 ---------------------------------------------------------------------
add("yahoo-doorgestuurd-volunteer", yahoo2(
    "Wegwijzer Negenentachtig <wegwijzer89@yahoo.example.com>",
    "Fw: leergang", "2010-05-04 20:30",
    """Hallo,

Hieronder de aanmelding van een van onze vrijwilligers. Zij is taalmaatje bij Vluchtelingenwerk Kompasstad. Een factuur graag naar Vluchtelingenwerk Kompasstad, Postbus 5522, 1300 CE Almere.

Groeten,
Wegwijzer Negenentachtig
coördinator vrijwilligers Vluchtelingenwerk Kompasstad


----- Doorgestuurd bericht -----
Van: Stuurman Achtentachtig <stuurman88@example.net>
Aan: Wegwijzer Negenentachtig <wegwijzer89@yahoo.example.com>
Verzonden: maandag 3 mei 2010 21:14
Onderwerp: leergang

Hoi Wegwijzer,

Ik doe graag mee met die leergang waar je het over had. Mijn telefoonnummer is 06 5558 8880. Ik eet geen vlees.

Groetjes,
Stuurman
"""),
    X("Yahoo '----- Doorgestuurd bericht -----'; the coordinator gives the volunteer's function, organisation and invoice",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Stuurman Achtentachtig", email="stuurman88@example.net",
          organisation="Vluchtelingenwerk Kompasstad", role="taalmaatje",
          phone="06 5558 8880", diet="geen vlees",
          invoice_address="Vluchtelingenwerk Kompasstad, Postbus 5522, 1300 CE Almere")]))

# 057 ---------------------------------------------------------------------
_s57, _b57 = incomplete_nl("Kartograaf Honderdeen", ["Organisatie", "Functie"],
                           [("Naam", "Kartograaf Honderdeen"),
                            ("E-mailadres", "kartograaf.101@topografie.example.nl"),
                            ("Telefoon", "06 5551 0101")])
_q57 = quote(_b57).replace(
    ">   - Organisatie", ">   - Organisatie\nWelzijn Topografie\n>").replace(
    ">   - Functie", ">   - Functie\nouderenadviseur\n>")
add("inline-answers-between-quoted-lines", tb115(
    "Kartograaf Honderdeen <kartograaf.101@topografie.example.nl>",
    "Re: " + _s57, "2010-04-20 15:30",
    "Hierbij de ontbrekende gegevens, tussen de regels.\n\n"
    "Op 20-04-2010 om 14:02 schreef deSTADSWIJKstudies Almere:\n" + _q57 +
    """

De factuur graag digitaal naar facturen@topografie.example.nl, net als bij mijn collega.

Groet,
Kartograaf Honderdeen
"""),
    X("answers typed between the quoted lines of the 'details missing' mail; name, address and phone from its 'Wat wij wel hebben begrepen'",
      "register", "nl", people=1, persons=[P(
          name="Kartograaf Honderdeen", email="kartograaf.101@topografie.example.nl",
          organisation="Welzijn Topografie", role="ouderenadviseur",
          phone="06 5551 0101")]))

# 058 ---------------------------------------------------------------------
_s58, _b58 = incomplete_nl("Navigator HundredTwo", ["Organisatie"],
                           [("Naam", "Navigator HundredTwo"),
                            ("E-mailadres", "navigator.102@languagebridge.example.org"),
                            ("Telefoon", "06 5551 0202")])
add("english-answer-to-dutch-incomplete", outlook365(
    "Navigator HundredTwo <navigator.102@languagebridge.example.org>",
    "RE: " + _s58, "2010-04-21 10:15",
    """Hello,

Sorry, my Dutch is not so good. The organisation is Example Language Bridge Almere, same as my colleague Wayfinder Three. My function: NT2 teacher.

Invoice to our office please: Example Language Bridge Almere, Grote Markt 55, 1315 JG Almere.

Regards,
Navigator""" + o365_quote_en(ROBOT, "2010-04-21 09:02",
                             "Navigator HundredTwo <navigator.102@languagebridge.example.org>",
                             _s58, _b58, line=True), lang="EN"),
    X("an answer in English to the Dutch 'details missing' mail",
      "register", "en", people=1, persons=[P(
          name="Navigator HundredTwo", email="navigator.102@languagebridge.example.org",
          organisation="Example Language Bridge Almere", role="NT2 teacher",
          phone="06 5551 0202",
          invoice_address="Example Language Bridge Almere, Grote Markt 55, 1315 JG Almere")]))

# 059 ---------------------------------------------------------------------
_s59, _b59 = incomplete_nl("Havenmeester Honderddrie", ["Organisatie", "Functie"],
                           [("Naam", "Havenmeester Honderddrie"),
                            ("E-mailadres", "havenmeester.103@wijkkompas.example.nl")])
add("iphone-answer-org-function-invoice", ios(
    "Havenmeester Honderddrie <havenmeester.103@wijkkompas.example.nl>",
    "Re: " + _s59, "2010-04-22 18:05",
    """Organisatie: Stichting Wijkkompas, functie: wijkcoach. Factuur zoals bij onze directeur: Stichting Wijkkompas, Kompasplein 16, 1311 AB Almere.

Verstuurd vanaf mijn iPhone""" + ios_quote_nl(
        "2010-04-22 16:40", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b59)),
    X("a short answer from a phone: organisation, function and invoice on one line; name and address from the quote",
      "register", "nl", people=1, persons=[P(
          name="Havenmeester Honderddrie",
          email="havenmeester.103@wijkkompas.example.nl",
          organisation="Stichting Wijkkompas", role="wijkcoach",
          invoice_address="Stichting Wijkkompas, Kompasplein 16, 1311 AB Almere")]))

# 060 ---------------------------------------------------------------------
_s60, _b60 = incomplete_nl("Pleinmaker Honderdvier", ["Functie"],
                           [("Naam", "Pleinmaker Honderdvier"),
                            ("Organisatie", "Gemeente Almere"),
                            ("E-mailadres", "pleinmaker.104@almere.nl")])
add("municipal-answer-function-phone", outlook365(
    "Pleinmaker Honderdvier <pleinmaker.104@almere.nl>",
    "RE: " + _s60, "2010-04-26 08:45",
    """Functie: stadsdeelmanager Almere Haven
Tel 036 555 1040

Groet, Pleinmaker""" + o365_quote_nl(ROBOT, "2010-04-23 17:12",
                                     "Pleinmaker Honderdvier <pleinmaker.104@almere.nl>",
                                     _s60, _b60, line=True)),
    X("municipal staff add a function and a phone above the quoted 'details missing' mail",
      "register", "nl", people=1, persons=[P(
          name="Pleinmaker Honderdvier", email="pleinmaker.104@almere.nl",
          organisation="Gemeente Almere", role="stadsdeelmanager Almere Haven",
          phone="036 555 1040")]))
