"""Set 7, batch 1: registrations of one person (001-039).

Typed by hand: the text of every message and its label. The labels say
what a careful course secretary reads in the mail; they are not computed
from anything here.
"""
from set7_lib import (add, X, P, outlook365, o365_quote_nl, gmail, tb, ios,
                      proton, fastmail, roundcube, samsung, outlook_android,
                      mailspring, zoho, sogo, outlook2010, outlook2003, owa,
                      groupwise, notes, apple, kmail, android, plain,
                      hotmail_html, ORG)

# 001 ---------------------------------------------------------------------
add("form-nl-o365-aligned", outlook365(
    '"Een, Cursusganger" <cursusganger.een@werktekening.example.nl>',
    "Aanmelding leergang Sociale ambities", "2010-03-02 09:12", """\
Goedemorgen,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere (vier dagen, start 1 juni).

Naam deelnemer      : Cursusganger Een
Organisatie         : Stichting Werktekening
Functie             : beleidsadviseur wonen en zorg
E-mail              : cursusganger.een@werktekening.example.nl
Telefoon (direct)   : 036 555 0141
Dieet               : geen
Factuur naar        : Stichting Werktekening, afd. Financiën, Postbus 60211, 1320 AE Almere
Ons kenmerk         : inkoopnummer 2010-0412

Met vriendelijke groet,

Cursusganger Een
Stichting Werktekening
"""), X("a form with aligned colons; 'geen' diet is no diet; the reference keeps 'inkoopnummer'",
        "register", "nl", people=1, persons=[P(
            name="Cursusganger Een",
            email="cursusganger.een@werktekening.example.nl",
            organisation="Stichting Werktekening",
            role="beleidsadviseur wonen en zorg", phone="036 555 0141",
            invoice_address="Stichting Werktekening, afd. Financiën, Postbus 60211, 1320 AE Almere",
            invoice_reference="inkoopnummer 2010-0412")]))

# 002 ---------------------------------------------------------------------
add("prose-en-gmail-signature", gmail(
    "Practitioner Two <practitioner.two@communitybuilders.example.com>",
    "Almere course - registration", "2010-03-03 21:47", """\
Hi,

I'd like to sign up for the course on social ambitions in Almere, all four days. A colleague who did one of the earlier editions in Rotterdam recommended it to me.

Please quote PO 10-3317 on the invoice, otherwise our finance people send it back.

Thanks a lot,

Practitioner Two
Community Development Worker
Example Community Builders
+31 36 555 0217
"""), X("prose; name, function, organisation and phone only in the signature, the address is the From",
        "register", "en", people=1, persons=[P(
            name="Practitioner Two",
            email="practitioner.two@communitybuilders.example.com",
            organisation="Example Community Builders",
            role="Community Development Worker", phone="+31 36 555 0217",
            invoice_reference="PO 10-3317")]))

# 003 ---------------------------------------------------------------------
add("prose-nl-thunderbird", tb(
    "Stadmaker Drie <stadmaker.drie@ontwerpnet.example.nl>",
    "opgeven leergang", "2010-03-04 13:30", """\
Beste mensen,

Via onze teamleider hoorde ik van de leergang in de Nieuwe Bibliotheek en ik wil mij daar graag voor opgeven. Ik ben Stadmaker Drie en ik werk als wijkverpleegkundige bij Thuiszorg Ontwerpnet in Almere Buiten. U kunt mij bereiken op 06-55531408. Ik eet vegetarisch.

De rekening mag naar ons hoofdkantoor: Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere.

Groet,
Stadmaker Drie
"""), X("prose with every detail in the sentences; email is the From",
        "register", "nl", people=1, persons=[P(
            name="Stadmaker Drie", email="stadmaker.drie@ontwerpnet.example.nl",
            organisation="Thuiszorg Ontwerpnet", role="wijkverpleegkundige",
            phone="06-55531408", diet="vegetarisch",
            invoice_address="Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere")]))

# 004 ---------------------------------------------------------------------
add("terse-nl-iphone", ios(
    "Polderaar Vier <p.vier@steigerwerk.example.nl>",
    "Aanmelden", "2010-03-05 07:58", """\
Meld mij aan voor de leergang aub. Polderaar Vier, jongerenwerker bij Jeugdhulp Steigerwerk, 06-55540932. Factuurgegevens volgen via onze administratie.

Verstuurd vanaf mijn iPhone"""), X(
        "terse phone mail; the invoice details are to follow, so none is given",
        "register", "nl", people=1, persons=[P(
            name="Polderaar Vier", email="p.vier@steigerwerk.example.nl",
            organisation="Jeugdhulp Steigerwerk", role="jongerenwerker",
            phone="06-55540932")]))

# 005 ---------------------------------------------------------------------
add("form-en-proton-own-labels", proton(
    "Apprentice Five <apprentice.five@example.net>",
    "Registration: Social ambitions in a growing city", "2010-03-08 11:05", """\
Hello,

Please register me for the four-day course.

Full name: Apprentice Five
Employer: Example Food Bank Almere
Job title: volunteer coordinator
Email: apprentice.five@example.net
Mobile: +31 6 5550 7713
Dietary requirements: vegan
Billing address: Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere
Purchase order: none needed

Best wishes,
Apprentice Five

Sent with Proton Mail secure email.
"""), X("English form with its own labels; no purchase order",
        "register", "en", people=1, persons=[P(
            name="Apprentice Five", email="apprentice.five@example.net",
            organisation="Example Food Bank Almere",
            role="volunteer coordinator", phone="+31 6 5550 7713",
            diet="vegan",
            invoice_address="Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere")]))

# 006 ---------------------------------------------------------------------
add("municipal-nl-o365", outlook365(
    "Netwerker Zes <nzes@almere.nl>",
    "aanmelding deSTADSWIJKstudies", "2010-03-09 10:20", """\
Hoi,

Bij deze meld ik mij aan voor de vier dagen van deSTADSWIJKstudies.

Naam: Netwerker Zes
Functie: beleidsmedewerker jeugd
Afdeling: Dienst Maatschappelijke Ontwikkeling, afdeling Jeugd & Onderwijs
Telefoon: 036 555 6012
Mail: nzes@almere.nl

Een factuur is niet nodig, ik werk bij de gemeente.

Groeten,
Netwerker Zes
"""), X("municipal staff: the organisation is Gemeente Almere, the department line is not; no invoice",
        "register", "nl", people=1, persons=[P(
            name="Netwerker Zes", email="nzes@almere.nl",
            organisation="Gemeente Almere", role="beleidsmedewerker jeugd",
            phone="036 555 6012")]))

# 007 ---------------------------------------------------------------------
_html007 = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=NL link="#0563C1" vlink="#954F72">
<div class=WordSection1>
<p class=MsoNormal>Beste secretariaat,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hierbij mijn aanmelding voor de leergang Almere: Sociale ambities in een groeiende stad.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=180 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Naam<o:p></o:p></b></p></td>
<td width=300 valign=top style='border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Bijwoner Zeven<o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Werkgever<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Woonstichting Ruwbouw<o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Functie<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>wijkconsulent Almere Poort<o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>E-mail<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><a href="mailto:b.zeven@ruwbouw.example.nl">b.zeven@ruwbouw.example.nl</a><o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Telefoon<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>036 555 7170<o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Factuuradres<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Woonstichting Ruwbouw<o:p></o:p></p><p class=MsoNormal>Crediteurenadministratie<o:p></o:p></p><p class=MsoNormal>Postbus 10300<o:p></o:p></p><p class=MsoNormal>1301 AH Almere<o:p></o:p></p></td></tr>
<tr><td valign=top style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Kenmerk<o:p></o:p></b></p></td>
<td valign=top style='border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>WR-2010-088<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>Bijwoner Zeven<o:p></o:p></p>
</div>
</body>
</html>
"""
add("table-nl-o365-html-only", outlook365(
    "Bijwoner Zeven <b.zeven@ruwbouw.example.nl>",
    "Aanmelding leergang", "2010-03-10 15:41", "", html=_html007,
    html_only=True), X(
        "HTML-only Word table with its own labels; the four-line invoice address joined with ', '; 'Kenmerk' is a field label",
        "register", "nl", people=1, persons=[P(
            name="Bijwoner Zeven", email="b.zeven@ruwbouw.example.nl",
            organisation="Woonstichting Ruwbouw",
            role="wijkconsulent Almere Poort", phone="036 555 7170",
            invoice_address="Woonstichting Ruwbouw, Crediteurenadministratie, Postbus 10300, 1301 AH Almere",
            invoice_reference="WR-2010-088")]))

# 008 ---------------------------------------------------------------------
add("assistant-en-mailspring", mailspring(
    "Office Assistant Forty <office@refugeementors.example.org>",
    "Course registration for our director", "2010-03-11 09:36", """\
Good morning,

On behalf of our director I would like to register her for the course "Almere: Sociale ambities in een groeiende stad".

Her details:
Name: Steward Eight
Position: Director
Email: steward.eight@refugeementors.example.org

Our organisation is Example Refugee Mentors. The invoice can be sent to Example Refugee Mentors, Finance, P.O. Box 2244, 1300 CE Almere.

If you need anything else, you can reach me on 036 555 8040.

Kind regards,

Office Assistant Forty
Office manager | Example Refugee Mentors
"""), X("an assistant registers her director; the assistant's phone is hers, not the director's",
        "register", "en", people=1, persons=[P(
            name="Steward Eight",
            email="steward.eight@refugeementors.example.org",
            organisation="Example Refugee Mentors", role="Director",
            invoice_address="Example Refugee Mentors, Finance, P.O. Box 2244, 1300 CE Almere")]))

# 009 ---------------------------------------------------------------------
add("caps-tabs-nl-roundcube", roundcube(
    "Inschrijver Negen <inschrijver.negen@voorstudie.example.nl>",
    "Inschrijving leergang 2010", "2010-03-12 14:02", """\
Goedemiddag,

Hieronder mijn gegevens voor de leergang.

NAAM\t\tInschrijver Negen
ORGANISATIE\tHumanitas Voorstudie
FUNCTIE\t\tcoördinator thuisadministratie
TELEFOON\t036-5559021
E-MAIL\t\tinschrijver.negen@voorstudie.example.nl
FACTUUR\t\tHumanitas Voorstudie, Postbus 412, 1300 AK Almere
REFERENTIE\tproject HV-THA-10

Groet,
Inschrijver Negen
"""), X("labels in capitals with tabs; 'REFERENTIE' is a label, the value keeps 'project'",
        "register", "nl", people=1, persons=[P(
            name="Inschrijver Negen",
            email="inschrijver.negen@voorstudie.example.nl",
            organisation="Humanitas Voorstudie",
            role="coördinator thuisadministratie", phone="036-5559021",
            invoice_address="Humanitas Voorstudie, Postbus 412, 1300 AK Almere",
            invoice_reference="project HV-THA-10")]))

# 010 ---------------------------------------------------------------------
add("unlabelled-nl-samsung", samsung(
    "Wijkmaker Tien <wijkmaker.tien@schetslijn.example.nl>",
    "Aanmelding", "2010-03-15 18:12", """\
Graag aanmelden voor deSTADSWIJKstudies:

Wijkmaker Tien
Buurtwerk Schetslijn
opbouwwerker
06 5551 0010
wijkmaker.tien@schetslijn.example.nl

Factuur naar Buurtwerk Schetslijn, Postbus 5050, 1300 KA Almere

Groet Wijkmaker



Verzonden vanaf mijn Samsung Galaxy-smartphone."""), X(
        "unlabelled lines from a phone: name, organisation, function, phone, address",
        "register", "nl", people=1, persons=[P(
            name="Wijkmaker Tien",
            email="wijkmaker.tien@schetslijn.example.nl",
            organisation="Buurtwerk Schetslijn", role="opbouwwerker",
            phone="06 5551 0010",
            invoice_address="Buurtwerk Schetslijn, Postbus 5050, 1300 KA Almere")]))

# 011 ---------------------------------------------------------------------
add("terse-en-outlook-android", outlook_android(
    "Envoy Eleven <envoy.eleven@tenantsvoice.example.org>",
    "Sign me up", "2010-03-16 08:03", """\
Hi, please sign me up for the Almere course. Envoy Eleven, tenant participation adviser, Example Tenants' Voice Almere, 06 5551 1100. Invoice by email to invoices@tenantsvoice.example.org, ref TV-0316.

Get Outlook for Android
"""), X("terse phone mail; an invoice by email only gives no invoice address; 'ref' is not part of the reference",
        "register", "en", people=1, persons=[P(
            name="Envoy Eleven", email="envoy.eleven@tenantsvoice.example.org",
            organisation="Example Tenants' Voice Almere",
            role="tenant participation adviser", phone="06 5551 1100",
            invoice_reference="TV-0316")]))

# 012 ---------------------------------------------------------------------
add("dash-bullets-nl-outlook2010", outlook2010(
    "Leergenoot Twaalf <l.twaalf@bouwplaat.example.nl>",
    "Aanmelding deSTADSWIJKstudies Almere", "2010-03-17 11:44", """\
Geacht secretariaat,

Hierbij meld ik mij aan voor de leergang:

– naam: Leergenoot Twaalf
– organisatie: MEE Bouwplaat
– functie: consulent
– telefoon: 036 555 1212
– e-mail: l.twaalf@bouwplaat.example.nl
– lunch: lactosevrij
– factuuradres: MEE Bouwplaat, t.a.v. financiële administratie, Randstad 2121, 1316 BZ Almere
– kostenplaats: 6120

Met vriendelijke groet,

Leergenoot Twaalf
Consulent | MEE Bouwplaat
"""), X("en-dash bullets; 'kostenplaats:' is a field label, so the reference is the number",
        "register", "nl", people=1, persons=[P(
            name="Leergenoot Twaalf", email="l.twaalf@bouwplaat.example.nl",
            organisation="MEE Bouwplaat", role="consulent",
            phone="036 555 1212", diet="lactosevrij",
            invoice_address="MEE Bouwplaat, t.a.v. financiële administratie, Randstad 2121, 1316 BZ Almere",
            invoice_reference="6120")]))

# 013 ---------------------------------------------------------------------
add("voornaam-achternaam-nl-gmail", gmail(
    "Praktijkmaker Dertien <praktijkmaker13@example.com>",
    "Aanmeldformulier leergang Almere", "2010-03-18 20:15", """\
Goedenavond,

Ik heb het aanmeldformulier uit de folder overgetypt:

Voornaam: Praktijkmaker
Achternaam: Dertien
Werkgever: GGZ Proefmodel
Functie: sociaal psychiatrisch verpleegkundige
Zakelijk e-mailadres: p.dertien@proefmodel.example.nl
Telefoonnummer: 036 555 1313
Dieetwensen: geen varkensvlees
Factuuradres: GGZ Proefmodel, Antwoordnummer 1313, 1300 VB Almere

Ik stuur dit vanaf mijn privéadres omdat mijn werkmail thuis niet werkt; bevestiging graag naar mijn werkadres.

Vriendelijke groet,
Praktijkmaker Dertien
"""), X("name split over Voornaam/Achternaam given whole; from a private address, the work address in the text wins",
        "register", "nl", people=1, persons=[P(
            name="Praktijkmaker Dertien", email="p.dertien@proefmodel.example.nl",
            organisation="GGZ Proefmodel",
            role="sociaal psychiatrisch verpleegkundige",
            phone="036 555 1313", diet="geen varkensvlees",
            invoice_address="GGZ Proefmodel, Antwoordnummer 1313, 1300 VB Almere")]))

# 014 ---------------------------------------------------------------------
add("prose-en-fastmail-question-lift", fastmail(
    "Pupil Fourteen <pupil14@fastmail.example.com>",
    "Registration and a question about access", "2010-03-19 10:27", """\
Dear organisers,

I would like to register for the four days of deSTADSWIJKstudies in Almere. I am an independent social researcher (my one-person business is called Pupil Fourteen Research) and I work mostly for housing associations in Flevoland.

Phone: 06 5551 4140
Invoice address: Pupil Fourteen Research, Kruidenwijk 14, 1339 AB Almere

I use a wheelchair. Is the Nieuwe Lokaal on the 4th floor reachable by lift, and is there an accessible toilet on that floor?

Kind regards,
Pupil Fourteen
"""), X("a registration that also asks about the lift; the own one-person business is the organisation",
        "register", "en", q="yes", people=1, persons=[P(
            name="Pupil Fourteen", email="pupil14@fastmail.example.com",
            organisation="Pupil Fourteen Research",
            role="independent social researcher", phone="06 5551 4140",
            invoice_address="Pupil Fourteen Research, Kruidenwijk 14, 1339 AB Almere")]))

# 015 ---------------------------------------------------------------------
add("private-nl-proton-work-address", proton(
    "C. Vijftien <cvijftien.thuis@example.net>",
    "Inschrijving deSTADSWIJKstudies", "2010-03-21 16:50", """\
Beste organisatie,

Graag schrijf ik mij in voor de leergang deSTADSWIJKstudies op locatie Almere.

Ik ben Cursusganger Vijftien, schuldhulpverlener bij Schuldhulp Rekenvoorbeeld. Mijn werkmail is c.vijftien@rekenvoorbeeld.example.nl, daar wil ik de bevestiging graag ontvangen. Telefonisch ben ik bereikbaar op 036 555 1515 (ma t/m do).

De factuur kan naar: Schuldhulp Rekenvoorbeeld, Postbus 1515, 1300 BL Almere, onder vermelding van bestelnummer 45-00915.

Hartelijke groet,
Cursusganger Vijftien

Sent with Proton Mail secure email.
"""), X("from a private address, the work address in the text wins; the reference keeps 'bestelnummer'",
        "register", "nl", people=1, persons=[P(
            name="Cursusganger Vijftien",
            email="c.vijftien@rekenvoorbeeld.example.nl",
            organisation="Schuldhulp Rekenvoorbeeld",
            role="schuldhulpverlener", phone="036 555 1515",
            invoice_address="Schuldhulp Rekenvoorbeeld, Postbus 1515, 1300 BL Almere",
            invoice_reference="bestelnummer 45-00915")]))

# 016 ---------------------------------------------------------------------
add("form-nl-groupwise", groupwise(
    "Stadmaker Zestien <SZestien@vluchtelingenwerk-steigerstad.example.nl>",
    "Aanmelding", "2010-03-22 09:05", """\
Goedemorgen,

Aanmelding voor de leergang Almere: Sociale ambities in een groeiende stad.

Naam:\t\t\tStadmaker Zestien
Organisatie:\t\tVluchtelingenwerk Steigerstad
Functie:\t\tteamleider maatschappelijke begeleiding
E-mail:\t\t\tszestien@vluchtelingenwerk-steigerstad.example.nl
Telefoon:\t\t036-5551616
Factuur t.a.v.:\t\tVluchtelingenwerk Steigerstad, Boogschutterstraat 16, 1324 RJ Almere
Dieet:\t\t\t-

Met vriendelijke groet,

Stadmaker Zestien
"""), X("a form with tabs; the address in mixed case is lower-cased; '-' diet is none",
        "register", "nl", people=1, persons=[P(
            name="Stadmaker Zestien",
            email="szestien@vluchtelingenwerk-steigerstad.example.nl",
            organisation="Vluchtelingenwerk Steigerstad",
            role="teamleider maatschappelijke begeleiding",
            phone="036-5551616",
            invoice_address="Vluchtelingenwerk Steigerstad, Boogschutterstraat 16, 1324 RJ Almere")]))

# 017 ---------------------------------------------------------------------
add("form-en-zoho-institution", zoho(
    "Mentor Seventeen <m.seventeen@socialwork.example.edu>",
    "Registration for the Almere learning programme", "2010-03-23 13:18", """\
Dear programme secretariat,

I would like to take part in the learning programme in Almere. My details:

Name - Mentor Seventeen
Institution - Sample Institute of Social Work
Role - senior lecturer community work
E-mail - m.seventeen@socialwork.example.edu
Telephone - +31 20 555 1717
Invoice - Sample Institute of Social Work, Accounts Payable, P.O. Box 1717, 1000 BA Amsterdam
Cost centre - SW-2010-17

Best regards,
Mentor Seventeen
"""), X("'Name - value' lines; 'Institution' is the organisation; 'Cost centre -' is a field label",
        "register", "en", people=1, persons=[P(
            name="Mentor Seventeen", email="m.seventeen@socialwork.example.edu",
            organisation="Sample Institute of Social Work",
            role="senior lecturer community work", phone="+31 20 555 1717",
            invoice_address="Sample Institute of Social Work, Accounts Payable, P.O. Box 1717, 1000 BA Amsterdam",
            invoice_reference="SW-2010-17")]))

# 018 ---------------------------------------------------------------------
add("form-nl-sogo", sogo(
    "Netwerker Achttien <netwerker.achttien@oefenbaan.example.nl>",
    "aanmelding", "2010-03-24 11:11", """\
Dag,

Naam deelnemer: Netwerker Achttien
Organisatie: Sportbedrijf Oefenbaan
Functie: buurtsportcoach
Mailadres: netwerker.achttien@oefenbaan.example.nl
Tel.: 036 555 1818
Bijzonderheden lunch: notenallergie
Factuur: Sportbedrijf Oefenbaan, Postbus 1818, 1300 CC Almere, kostenplaats 8180

Groet,
Netwerker Achttien
"""), X("a form with own labels; the reference 'kostenplaats 8180' written in the invoice value",
        "register", "nl", people=1, persons=[P(
            name="Netwerker Achttien",
            email="netwerker.achttien@oefenbaan.example.nl",
            organisation="Sportbedrijf Oefenbaan", role="buurtsportcoach",
            phone="036 555 1818", diet="notenallergie",
            invoice_address="Sportbedrijf Oefenbaan, Postbus 1818, 1300 CC Almere",
            invoice_reference="kostenplaats 8180")]))

# 019 ---------------------------------------------------------------------
add("notes-nl-question-certificate", notes(
    "Bijwoner Negentien <Bijwoner.Negentien@speelmodel.example.nl>",
    "Aanmelding leergang + vraag", "2010-03-25 10:44", """\
Geachte heer/mevrouw,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies.

Naam: Bijwoner Negentien
Organisatie: Kinderopvang Speelmodel
Functie: pedagogisch beleidsmedewerker
Telefoon: 036 555 1919
E-mail: bijwoner.negentien@speelmodel.example.nl
Factuuradres: Kinderopvang Speelmodel, Postbus 1919, 1300 DD Almere

Ik heb nog een vraag: krijgen de deelnemers na afloop een bewijs van deelname? Ik heb dat nodig voor mijn herregistratie in het beroepsregister.

Met vriendelijke groet,

Bijwoner Negentien
Kinderopvang Speelmodel
"""), X("a full registration that also asks for a certificate of attendance",
        "register", "nl", q="yes", people=1, persons=[P(
            name="Bijwoner Negentien",
            email="bijwoner.negentien@speelmodel.example.nl",
            organisation="Kinderopvang Speelmodel",
            role="pedagogisch beleidsmedewerker", phone="036 555 1919",
            invoice_address="Kinderopvang Speelmodel, Postbus 1919, 1300 DD Almere")]))

# 020 ---------------------------------------------------------------------
add("manager-nl-iphone-for-member", ios(
    "Teamleider Polder <teamleider.polder@schaalschets.example.nl>",
    "aanmelding medewerker", "2010-03-26 17:22", """\
Goedemiddag,

Ik wil graag een medewerker van mijn team aanmelden: Cursusganger Twintig, casemanager dementie, c.twintig@schaalschets.example.nl, 06 5552 0200.

Zorggroep Schaalschets, factuur graag naar Postbus 2020, 1300 EE Almere, o.v.v. kostenplaats 2020-DEM.

Groet,
Teamleider Polder
Zorggroep Schaalschets

Verstuurd vanaf mijn iPhone"""), X(
        "a team lead registers a member from a phone; 'o.v.v.' is not part of the reference",
        "register", "nl", people=1, persons=[P(
            name="Cursusganger Twintig",
            email="c.twintig@schaalschets.example.nl",
            organisation="Zorggroep Schaalschets", role="casemanager dementie",
            phone="06 5552 0200", invoice_address="Postbus 2020, 1300 EE Almere",
            invoice_reference="kostenplaats 2020-DEM")]))

# 021 ---------------------------------------------------------------------
add("surname-first-en-o365", outlook365(
    "Novice TwentyOne <novice.twentyone@learningtrust.example.org>",
    "Registration form", "2010-03-29 09:50", """\
Dear Sir/Madam,

Please find my registration below.

Surname: TwentyOne
First name: Novice
Organisation: Sample Learning Trust
Position: family support worker
E-mail: novice.twentyone@learningtrust.example.org
Telephone: 036 555 2121
Special dietary needs: coeliac (gluten free)
Invoice to: Sample Learning Trust, attn. Finance, Wittevrouwen 21, 1358 CD Almere
PO number: 4500-2121

Yours faithfully,
Novice TwentyOne
""", lang="EN"), X("surname and first name in two fields, given whole in reading order; 'PO number:' is a label",
                   "register", "en", people=1, persons=[P(
                       name="Novice TwentyOne",
                       email="novice.twentyone@learningtrust.example.org",
                       organisation="Sample Learning Trust",
                       role="family support worker", phone="036 555 2121",
                       diet="coeliac (gluten free)",
                       invoice_address="Sample Learning Trust, attn. Finance, Wittevrouwen 21, 1358 CD Almere",
                       invoice_reference="4500-2121")]))

# 022 ---------------------------------------------------------------------
add("shared-mailbox-nl-gmail", gmail(
    "Info Wijkatelier <info.wijkatelier@example.com>",
    "Aanmelding Praktijkmaker Tweeentwintig", "2010-03-30 14:35", """\
Hallo,

Ik stuur dit vanaf de computer in ons wijkgebouw, dus vanuit het algemene mailadres. Ik wil me graag aanmelden voor de leergang.

Naam: Praktijkmaker Tweeentwintig
Organisatie: Stichting Wijkatelier Proefvlak
Functie: kunstenaar-projectleider
Mijn eigen mailadres: p.tweeentwintig@proefvlak.example.nl (graag de bevestiging daarheen)
Tel: 06-55522022
Factuur: Stichting Wijkatelier Proefvlak, Wijkgebouw De Schets, Noorderplassen 22, 1335 AA Almere

Groetjes,
Praktijkmaker Tweeentwintig
"""), X("from a shared address; her own address in the text is the email",
        "register", "nl", people=1, persons=[P(
            name="Praktijkmaker Tweeentwintig",
            email="p.tweeentwintig@proefvlak.example.nl",
            organisation="Stichting Wijkatelier Proefvlak",
            role="kunstenaar-projectleider", phone="06-55522022",
            invoice_address="Stichting Wijkatelier Proefvlak, Wijkgebouw De Schets, Noorderplassen 22, 1335 AA Almere")]))

# 023 ---------------------------------------------------------------------
add("two-phones-en-apple", apple(
    "Steward TwentyThree <s.twentythree@homecare.example.com>",
    "Registering for deSTADSWIJKstudies Almere", "2010-03-31 12:06", """\
Hello,

I would like to register for the course. I'm the district manager for Almere of Sample Home Care Flevoland.

Office: 036 555 2323
Mobile: 06 5552 3230

Please send the invoice to our head office: Sample Home Care Flevoland, Finance Department, Lelystraat 23, 8232 AA Lelystad, and quote order number HC-23-2010.

Vegetarian lunch please.

Regards,
Steward TwentyThree"""), X(
        "prose and lines; with two phones the first written is taken; 'order number' kept",
        "register", "en", people=1, persons=[P(
            name="Steward TwentyThree", email="s.twentythree@homecare.example.com",
            organisation="Sample Home Care Flevoland", role="district manager",
            phone="036 555 2323", diet="Vegetarian",
            invoice_address="Sample Home Care Flevoland, Finance Department, Lelystraat 23, 8232 AA Lelystad",
            invoice_reference="order number HC-23-2010")]))

# 024 ---------------------------------------------------------------------
add("webform-relay-nl", plain(
    "Agenda Sociaal Almere <noreply@agendasociaal.example.net>",
    "Nieuw bericht via het formulier: Almere: Sociale ambities in een groeiende stad",
    "2010-04-01 22:41", """\
Er is een nieuw bericht verstuurd via het aanmeldformulier op agendasociaal.example.net.

Activiteit: deSTADSWIJKstudies op locatie Almere (1 juni 2010)
------------------------------------------------------------
Naam:          Polderaar Vierentwintig
E-mailadres:   polderaar24@ontwerpkust.example.nl
Organisatie:   Bibliotheek Ontwerpkust
Functie:       leesbevorderaar
Telefoon:      036 555 2424
Opmerking:     Ik eet vegetarisch. Factuur graag naar Bibliotheek Ontwerpkust, Stadhuisplein 24, 1315 XC Almere.
------------------------------------------------------------

U kunt op dit bericht antwoorden; uw antwoord gaat naar de afzender van het formulier.

Agenda Sociaal Almere - dit bericht is automatisch verstuurd.
""", reply_to="Polderaar Vierentwintig <polderaar24@ontwerpkust.example.nl>",
    extra=[("X-Mailer", "AgendaSociaal formulieren 2.3")]), X(
        "a listing site relays a person's form (noreply sender, Reply-To the participant): a genuine registration",
        "register", "nl", people=1, persons=[P(
            name="Polderaar Vierentwintig",
            email="polderaar24@ontwerpkust.example.nl",
            organisation="Bibliotheek Ontwerpkust", role="leesbevorderaar",
            phone="036 555 2424", diet="vegetarisch",
            invoice_address="Bibliotheek Ontwerpkust, Stadhuisplein 24, 1315 XC Almere")]))

# 025 ---------------------------------------------------------------------
add("letter-nl-outlook2003", outlook2003(
    "Cursusganger Vijfentwintig <cvijfentwintig@blanco.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-06 10:15", """\
Geachte dames en heren,

Naar aanleiding van de uitnodiging van de gemeente Almere meld ik mij hierbij aan als deelnemer aan de leergang "Almere: Sociale ambities in een groeiende stad".

Ik ben werkzaam als manager welzijn ouderen bij Welzijn Blanco. De factuur kunt u richten aan Welzijn Blanco, ter attentie van de heer Boekhouder, Postbus 2525, 1300 EG Almere, onder vermelding van ordernummer W-10-025.

Voor vragen ben ik bereikbaar op telefoonnummer 036 555 2500.

Hoogachtend,

Cursusganger Vijfentwintig
Manager Welzijn Ouderen
Welzijn Blanco
"""), X("a formal letter; the reference keeps 'ordernummer'; 'onder vermelding van' is not part of it",
        "register", "nl", people=1, persons=[P(
            name="Cursusganger Vijfentwintig",
            email="cvijfentwintig@blanco.example.nl",
            organisation="Welzijn Blanco", role="manager welzijn ouderen",
            phone="036 555 2500",
            invoice_address="Welzijn Blanco, ter attentie van de heer Boekhouder, Postbus 2525, 1300 EG Almere",
            invoice_reference="ordernummer W-10-025")]))

# 026 ---------------------------------------------------------------------
add("bullets-en-owa", owa(
    "Practitioner TwentySix <practitioner.26@youthworks.example.net>",
    "Registration Almere course", "2010-04-07 15:33", """\
Hi there,

Registration for the four-day course:

* Name: Practitioner TwentySix
* Organisation: Example Youth Works Almere
* Job: street-based youth worker
* Email: practitioner.26@youthworks.example.net
* Phone: 036 555 2626
* Diet: no pork, no alcohol in the food
* Invoice: Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere
* Budget code: YW-26-OUT

Cheers,
Practitioner TwentySix
"""), X("asterisk bullets; 'Budget code:' is a field label",
        "register", "en", people=1, persons=[P(
            name="Practitioner TwentySix",
            email="practitioner.26@youthworks.example.net",
            organisation="Example Youth Works Almere",
            role="street-based youth worker", phone="036 555 2626",
            diet="no pork, no alcohol in the food",
            invoice_address="Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere",
            invoice_reference="YW-26-OUT")]))

# 027 ---------------------------------------------------------------------
add("form-nl-mailspring", mailspring(
    "Leergenoot Zevenentwintig <leergenoot27@proefles.example.nl>",
    "Opgave leergang Sociale ambities", "2010-04-08 08:47", """\
Goedemorgen,

Bij dezen geef ik mij op:

naam / Leergenoot Zevenentwintig
school / ROC Proefles
functie / docent maatschappelijke zorg
e-mail / leergenoot27@proefles.example.nl
telefoon / 036 555 2727
factuur naar / ROC Proefles, Afdeling Inkoop, Postbus 2727, 1300 GA Almere
inkoopordernummer / 4500027270

Vriendelijke groet,
Leergenoot Zevenentwintig
"""), X("'label / value' lines; the school is the organisation; the order number label is a label",
        "register", "nl", people=1, persons=[P(
            name="Leergenoot Zevenentwintig",
            email="leergenoot27@proefles.example.nl",
            organisation="ROC Proefles", role="docent maatschappelijke zorg",
            phone="036 555 2727",
            invoice_address="ROC Proefles, Afdeling Inkoop, Postbus 2727, 1300 GA Almere",
            invoice_reference="4500027270")]))

# 028 ---------------------------------------------------------------------
_html028 = """\
<html>
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
Hallo,<br><br>Ik wil mij graag aanmelden voor de leergang in Almere.<br><br><b>Naam:</b> Wijkmaker Achtentwintig<br><b>Organisatie:</b> Stichting Proefopstelling<br><b>Functie:</b> coördinator mantelzorgondersteuning<br><b>E-mail werk:</b> w.achtentwintig@proefopstelling.example.org<br><b>Telefoon:</b> 036 555 2828<br><b>Factuuradres:</b> Stichting Proefopstelling, Postbus 2828, 1300 GB Almere<br><b>Dieet:</b> halal<br><br>Met vriendelijke groet,<br>Wijkmaker Achtentwintig<br> 		 	   		  <br /><hr />Nieuw: Hotmail met extra veel opslagruimte. <a href='http://www.example.com/hotmail' target='_new'>Meer informatie</a></body>
</html>"""
add("bold-labels-nl-hotmail-html", hotmail_html(
    "Wijkmaker Achtentwintig <wijkmaker28@hotmail.example.com>",
    "aanmelding leergang", "2010-04-09 19:02", _html028), X(
        "HTML only from a private address; bold labels; the work address in the text is the email",
        "register", "nl", people=1, persons=[P(
            name="Wijkmaker Achtentwintig",
            email="w.achtentwintig@proefopstelling.example.org",
            organisation="Stichting Proefopstelling",
            role="coördinator mantelzorgondersteuning", phone="036 555 2828",
            diet="halal",
            invoice_address="Stichting Proefopstelling, Postbus 2828, 1300 GB Almere")]))

# 029 ---------------------------------------------------------------------
add("tabs-only-nl-kmail", kmail(
    "Bijwoner Negenentwintig <bijwoner29@rasterland.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-12 09:29", """\
Goedemorgen,

Mijn gegevens voor de leergang:

Bijwoner Negenentwintig\tGGD Rasterland\tjeugdarts\t036 555 2929\tbijwoner29@rasterland.example.nl

Factuur: GGD Rasterland, Postbus 2929, 1300 GC Almere, inkoopnummer 10-2929.

Met vriendelijke groet,
Bijwoner Negenentwintig
"""), X("one tab-separated line of details; the reference keeps 'inkoopnummer'",
        "register", "nl", people=1, persons=[P(
            name="Bijwoner Negenentwintig",
            email="bijwoner29@rasterland.example.nl",
            organisation="GGD Rasterland", role="jeugdarts",
            phone="036 555 2929",
            invoice_address="GGD Rasterland, Postbus 2929, 1300 GC Almere",
            invoice_reference="inkoopnummer 10-2929")]))

# 030 ---------------------------------------------------------------------
add("municipal-nl-outlook2010-stadsdeel", outlook2010(
    "Stadmaker Dertig <sdertig@almere.nl>",
    "Aanmelding leergang", "2010-04-13 11:55", """\
Beste collega's van het programmasecretariaat,

Ik meld mij aan voor de leergang deSTADSWIJKstudies.

Stadmaker Dertig
Wijkregisseur Almere Buiten
Stadsdeel Buiten
Gemeente Almere
T 036 555 3030
E sdertig@almere.nl

Groet,
Stadmaker
"""), X("municipal staff with a signature only; 'Stadsdeel Buiten' is a department line",
        "register", "nl", people=1, persons=[P(
            name="Stadmaker Dertig", email="sdertig@almere.nl",
            organisation="Gemeente Almere",
            role="Wijkregisseur Almere Buiten", phone="036 555 3030")]))

# 031 ---------------------------------------------------------------------
add("terse-en-samsung", samsung(
    "Pupil ThirtyOne <pupil.31@migrantsupport.example.org>",
    "Course", "2010-04-14 07:16", """\
Please register: Pupil ThirtyOne, case worker, Example Migrant Support Almere, pupil.31@migrantsupport.example.org, 06 5553 1031. Invoice to Example Migrant Support Almere, Postbus 3131, 1300 GD Almere.



Sent from my Samsung Galaxy smartphone."""), X(
        "one sentence from a phone with all details",
        "register", "en", people=1, persons=[P(
            name="Pupil ThirtyOne", email="pupil.31@migrantsupport.example.org",
            organisation="Example Migrant Support Almere", role="case worker",
            phone="06 5553 1031",
            invoice_address="Example Migrant Support Almere, Postbus 3131, 1300 GD Almere")]))

# 032 ---------------------------------------------------------------------
_txt032 = """\
Hallo,

Graag meld ik mij aan, zie de tabel hieronder.

Naam\tOrganisatie\tFunctie\tTelefoon\tE-mail
Inschrijver Tweeendertig\tWoonstichting Ruwbouw\tsociaal beheerder\t036 555 3232\ti.tweeendertig@ruwbouw.example.nl

De factuur mag naar hetzelfde adres als die van mijn collega Bijwoner Zeven (Woonstichting Ruwbouw, Crediteurenadministratie, Postbus 10300, 1301 AH Almere).

Groet,
Inschrijver Tweeendertig
"""
_html032 = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=NL><div class=WordSection1>
<p class=MsoNormal>Hallo,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Graag meld ik mij aan, zie de tabel hieronder.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal><b>Organisatie</b></p></td><td><p class=MsoNormal><b>Functie</b></p></td><td><p class=MsoNormal><b>Telefoon</b></p></td><td><p class=MsoNormal><b>E-mail</b></p></td></tr>
<tr><td><p class=MsoNormal>Inschrijver Tweeendertig</p></td><td><p class=MsoNormal>Woonstichting Ruwbouw</p></td><td><p class=MsoNormal>sociaal beheerder</p></td><td><p class=MsoNormal>036 555 3232</p></td><td><p class=MsoNormal>i.tweeendertig@ruwbouw.example.nl</p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>De factuur mag naar hetzelfde adres als die van mijn collega Bijwoner Zeven (Woonstichting Ruwbouw, Crediteurenadministratie, Postbus 10300, 1301 AH Almere).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Groet,<o:p></o:p></p><p class=MsoNormal>Inschrijver Tweeendertig<o:p></o:p></p>
</div></body></html>
"""
add("table-nl-o365-tabs-in-text", outlook365(
    "Inschrijver Tweeendertig <i.tweeendertig@ruwbouw.example.nl>",
    "Aanmelding leergang Almere", "2010-04-15 13:40", _txt032, html=_html032),
    X("a one-row table (tabs in the text part); a colleague's name is mentioned but only she registers",
      "register", "nl", people=1, persons=[P(
          name="Inschrijver Tweeendertig",
          email="i.tweeendertig@ruwbouw.example.nl",
          organisation="Woonstichting Ruwbouw", role="sociaal beheerder",
          phone="036 555 3232",
          invoice_address="Woonstichting Ruwbouw, Crediteurenadministratie, Postbus 10300, 1301 AH Almere")]))

# 033 ---------------------------------------------------------------------
add("form-en-fastmail-employer", fastmail(
    "Tutor ThirtyThree <tutor33@example.org>",
    "Application - Almere social ambitions course", "2010-04-16 16:04", """\
Hello,

I'd like to apply for a place on the course.

Name: Tutor ThirtyThree
Employer: Example Debt Buddies Almere
Function: volunteer debt buddy trainer
Work e-mail: t.thirtythree@debtbuddies.example.org
Phone: 06 5553 3033
Diet: halal
Invoice: Example Debt Buddies Almere, c/o Finance volunteer, Kemphaanweg 33, 1357 AB Almere

Thank you,
Tutor ThirtyThree
"""), X("form with 'Employer'; the work e-mail in the text wins over the private From",
        "register", "en", people=1, persons=[P(
            name="Tutor ThirtyThree", email="t.thirtythree@debtbuddies.example.org",
            organisation="Example Debt Buddies Almere",
            role="volunteer debt buddy trainer", phone="06 5553 3033",
            diet="halal",
            invoice_address="Example Debt Buddies Almere, c/o Finance volunteer, Kemphaanweg 33, 1357 AB Almere")]))

# 034 ---------------------------------------------------------------------
add("short-prose-nl-k9", android(
    "Polderaar Vierendertig <polderaar34@example.nl>",
    "leergang", "2010-04-19 12:12", """\
Hoi, ik wil graag meedoen met de leergang. Ik ben Polderaar Vierendertig, buurtbemiddelaar bij Stichting Werktekening. Mijn nummer is 06 5553 4034. Factuur kan naar onze financiële administratie, die heeft jullie adres al: Stichting Werktekening, afd. Financiën, Postbus 60211, 1320 AE Almere.

Groet!
--
Verzonden van mijn Android-telefoon met K-9 Mail."""), X(
        "short prose from a phone; email is the From",
        "register", "nl", people=1, persons=[P(
            name="Polderaar Vierendertig", email="polderaar34@example.nl",
            organisation="Stichting Werktekening", role="buurtbemiddelaar",
            phone="06 5553 4034",
            invoice_address="Stichting Werktekening, afd. Financiën, Postbus 60211, 1320 AE Almere")]))

# 035 ---------------------------------------------------------------------
add("form-nl-zoho-bijzonderheden", zoho(
    "Cursusganger Vijfendertig <c35@werkplaatszuid.example.nl>",
    "Aanmelding voor de leergang", "2010-04-20 10:35", """\
Beste organisatoren,

Aanmelding:

Naam: Cursusganger Vijfendertig
Organisatie: Buurtwerk Schetslijn, locatie Werkplaats Zuid
Functie: sociaal werker
E-mail: c35@werkplaatszuid.example.nl
Telefoon: 036 555 3535
Bijzonderheden: ik ben slechthorend; graag een plaats vooraan
Factuur: Buurtwerk Schetslijn, Postbus 5050, 1300 KA Almere

Met groet,
Cursusganger Vijfendertig
"""), X("'Bijzonderheden' is not a diet; the organisation is written with its location",
        "register", "nl", people=1, persons=[P(
            name="Cursusganger Vijfendertig",
            email="c35@werkplaatszuid.example.nl",
            organisation="Buurtwerk Schetslijn, locatie Werkplaats Zuid",
            role="sociaal werker", phone="036 555 3535",
            invoice_address="Buurtwerk Schetslijn, Postbus 5050, 1300 KA Almere")]))

# 036 ---------------------------------------------------------------------
add("oneliner-en-sogo-signature", sogo(
    "Envoy ThirtySix <envoy36@policelab.example.org>",
    "Please register me", "2010-04-21 14:58", """\
Please register me for the course in Almere (all four days). Invoice to the address below, reference POL-36.

--
Envoy ThirtySix
Community liaison officer
Example Police Lab Flevoland
Postbus 3636, 1300 GE Almere
+31 36 555 3636
"""), X("a one-line request; the signature completes it and the mail sends the invoice to the signature address",
        "register", "en", people=1, persons=[P(
            name="Envoy ThirtySix", email="envoy36@policelab.example.org",
            organisation="Example Police Lab Flevoland",
            role="Community liaison officer", phone="+31 36 555 3636",
            invoice_address="Postbus 3636, 1300 GE Almere",
            invoice_reference="POL-36")]))

# 037 ---------------------------------------------------------------------
_inv037 = """\
Geachte relatie,

Graag nodigen wij u en uw organisatie uit voor de leergang "Almere:
Sociale ambities in een groeiende stad" van deSTADSWIJKstudies, op 1 juni,
23 september, 2 en 23 november 2010 in De Nieuwe Bibliotheek.

Aanmelden kan tot 25 mei 2010 door een mail met naam, organisatie,
functie, e-mailadres, telefoonnummer en factuuradres te sturen naar
aanmelden@example.org.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere"""
add("reply-invitation-nl-iphone", ios(
    "Stadmaker Zevenendertig <s.zevenendertig@concepthof.example.nl>",
    "Re: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-04-22 21:20",
    """\
Ja, ik kom graag!

Stadmaker Zevenendertig
Sportservice Concepthof, buurtsportcoach senioren
06 5553 7037
Factuur naar Sportservice Concepthof, Postbus 3737, 1300 GF Almere

Verstuurd vanaf mijn iPhone""" + """

Op 15 mrt. 2010 om 10:00 heeft Programmasecretariaat DMO <secretariaat@almere.nl> het volgende geschreven:

""" + "\n".join(("> " + l).rstrip() for l in _inv037.split("\n")),
    extra=[("In-Reply-To", "<uitnodiging-leergang-2010@almere.nl>")]), X(
        "a reply to the organiser's invitation, sent to the registration address, with her details",
        "register", "nl", people=1, persons=[P(
            name="Stadmaker Zevenendertig",
            email="s.zevenendertig@concepthof.example.nl",
            organisation="Sportservice Concepthof",
            role="buurtsportcoach senioren", phone="06 5553 7037",
            invoice_address="Sportservice Concepthof, Postbus 3737, 1300 GF Almere")]))

# 038 ---------------------------------------------------------------------
add("register-en-gmail-question-language", gmail(
    "Apprentice ThirtyEight <apprentice38@refugeewelcome.example.net>",
    "Registration + language question", "2010-04-23 11:38", """\
Dear secretariat,

I'd like to register for the course.

Name: Apprentice ThirtyEight
Organisation: Example Refugee Welcome Almere
Role: intercultural mediator
Email: apprentice38@refugeewelcome.example.net
Phone: 06 5553 8038
Invoice address: Example Refugee Welcome Almere, Postbus 3838, 1300 GG Almere

One question: will all sessions be in Dutch? My Dutch is good for conversation (B1), but I'm not sure I can follow academic lectures. Are the slides available in English, or is there any support?

Best,
Apprentice ThirtyEight
"""), X("a full registration that also asks about the language of the sessions",
        "register", "en", q="yes", people=1, persons=[P(
            name="Apprentice ThirtyEight",
            email="apprentice38@refugeewelcome.example.net",
            organisation="Example Refugee Welcome Almere",
            role="intercultural mediator", phone="06 5553 8038",
            invoice_address="Example Refugee Welcome Almere, Postbus 3838, 1300 GG Almere")]))

# 039 ---------------------------------------------------------------------
add("aanmeldstrook-nl-outlook2010", outlook2010(
    "Netwerker Negenendertig <netwerker39@voorstudie.example.nl>",
    "Ingevulde aanmeldstrook leergang", "2010-04-26 09:03", """\
Goedemorgen,

Hieronder de ingevulde aanmeldstrook.

AANMELDSTROOK deSTADSWIJKstudies op locatie ALMERE
..................................................................
Ondergetekende, Netwerker Negenendertig
werkzaam bij Humanitas Voorstudie
in de functie van vrijwilligerscoördinator
meldt zich aan voor de leergang op 1 juni, 23 september, 2 en 23 november 2010.
E-mail: netwerker39@voorstudie.example.nl
Telefoon: 036-5553939
De bijdrage van € 1.000,- wordt betaald door: Humanitas Voorstudie, Postbus 412, 1300 AK Almere
..................................................................

Met vriendelijke groet,
Netwerker Negenendertig
"""), X("a filled-in slip in sentences ('Ondergetekende ... werkzaam bij ... in de functie van'); paid by is the invoice address",
        "register", "nl", people=1, persons=[P(
            name="Netwerker Negenendertig",
            email="netwerker39@voorstudie.example.nl",
            organisation="Humanitas Voorstudie",
            role="vrijwilligerscoördinator", phone="036-5553939",
            invoice_address="Humanitas Voorstudie, Postbus 412, 1300 AK Almere")]))
