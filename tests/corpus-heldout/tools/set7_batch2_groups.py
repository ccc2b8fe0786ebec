"""Set 7, batch 2: several people in one mail (040-051), forwarded
participants (052-056) and answers to the robot's "details missing" mail
(057-060).

Typed by hand: the text of every message and its label.
"""
from email.message import EmailMessage

from set7_lib import (add, X, P, outlook365, o365_quote_nl, o365_quote_en,
                      gmail, tb, ios, ios_quote_nl, proton, fastmail,
                      roundcube, outlook2010, notes, zarafa, d, h,
                      with_attachments, rfc822_part, incomplete_nl,
                      incomplete_en, quote, robot_mid, ROBOT)

# 040 ---------------------------------------------------------------------
add("two-nl-o365-numbered", outlook365(
    "Polderaar Veertig <p.veertig@steigerwerk.example.nl>",
    "Aanmelding 2 deelnemers Jeugdhulp Steigerwerk", "2010-04-27 10:02", """\
Beste organisatie,

Mijn collega en ik willen ons graag aanmelden voor de leergang deSTADSWIJKstudies.

1. Polderaar Veertig, gezinscoach, p.veertig@steigerwerk.example.nl, 06 5554 0040
2. Bijwoner Eenenveertig, gedragswetenschapper, b.eenenveertig@steigerwerk.example.nl, 06 5554 1041

Wij werken allebei bij Jeugdhulp Steigerwerk. De factuur voor ons beiden graag naar Jeugdhulp Steigerwerk, Postbus 4040, 1300 HA Almere, met vermelding van kostenplaats 4041.

Met vriendelijke groet,

Polderaar Veertig
Gezinscoach
Jeugdhulp Steigerwerk
"""), X("two numbered people; organisation and invoice stated once for both",
        "register", "nl", people=2, persons=[
            P(name="Polderaar Veertig", email="p.veertig@steigerwerk.example.nl",
              organisation="Jeugdhulp Steigerwerk", role="gezinscoach",
              phone="06 5554 0040",
              invoice_address="Jeugdhulp Steigerwerk, Postbus 4040, 1300 HA Almere",
              invoice_reference="kostenplaats 4041"),
            P(name="Bijwoner Eenenveertig",
              email="b.eenenveertig@steigerwerk.example.nl",
              organisation="Jeugdhulp Steigerwerk",
              role="gedragswetenschapper", phone="06 5554 1041",
              invoice_address="Jeugdhulp Steigerwerk, Postbus 4040, 1300 HA Almere",
              invoice_reference="kostenplaats 4041")]))

# 041 ---------------------------------------------------------------------
add("three-en-gmail-bullets", gmail(
    "Steward FortyTwo <steward42@mediation.example.org>",
    "3 registrations - Sample Neighbourhood Mediation", "2010-04-28 15:48", """\
Dear secretariat,

We would like to register three people from our organisation:

- Steward FortyTwo (steward42@mediation.example.org, 06 5554 2042)
- Tutor FortyThree (tutor43@mediation.example.org, 06 5554 3043)
- Novice FortyFour (novice44@mediation.example.org)

Each of us is a neighbourhood mediation coordinator at Sample Neighbourhood Mediation Almere. One invoice for the three of us, please, to Sample Neighbourhood Mediation Almere, Finance, Postbus 4242, 1300 HB Almere.

Novice is vegetarian.

Thanks and regards,
Steward FortyTwo
"""), X("three bulleted people; role, organisation and invoice stated once; one diet",
        "register", "en", people=3, persons=[
            P(name="Steward FortyTwo", email="steward42@mediation.example.org",
              organisation="Sample Neighbourhood Mediation Almere",
              role="neighbourhood mediation coordinator", phone="06 5554 2042",
              invoice_address="Sample Neighbourhood Mediation Almere, Finance, Postbus 4242, 1300 HB Almere"),
            P(name="Tutor FortyThree", email="tutor43@mediation.example.org",
              organisation="Sample Neighbourhood Mediation Almere",
              role="neighbourhood mediation coordinator", phone="06 5554 3043",
              invoice_address="Sample Neighbourhood Mediation Almere, Finance, Postbus 4242, 1300 HB Almere"),
            P(name="Novice FortyFour", email="novice44@mediation.example.org",
              organisation="Sample Neighbourhood Mediation Almere",
              role="neighbourhood mediation coordinator", diet="vegetarian",
              invoice_address="Sample Neighbourhood Mediation Almere, Finance, Postbus 4242, 1300 HB Almere")]))

# 042 ---------------------------------------------------------------------
add("two-municipal-nl-outlook2010", outlook2010(
    "Teamleider Wijkzaken <teamleider.wijkzaken@almere.nl>",
    "Aanmelding twee medewerkers team Wijkzaken", "2010-04-28 08:55", """\
Goedemorgen,

Graag meld ik twee medewerkers van mijn team aan voor de leergang:

Stadmaker Vijfenveertig - svijfenveertig@almere.nl - 036 555 4545
Netwerker Zesenveertig - nzesenveertig@almere.nl - 036 555 4646

Beiden zijn wijkmanager bij team Wijkzaken, Stadsdeel Stad. Zij zijn in dienst van de gemeente, dus er hoeft geen factuur te komen.

Met vriendelijke groet,

Teamleider Wijkzaken
Gemeente Almere
"""), X("a team lead registers two municipal colleagues (not herself); role stated once; Gemeente Almere, no invoice",
        "register", "nl", people=2, persons=[
            P(name="Stadmaker Vijfenveertig", email="svijfenveertig@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager",
              phone="036 555 4545"),
            P(name="Netwerker Zesenveertig", email="nzesenveertig@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager",
              phone="036 555 4646")]))

# 043 ---------------------------------------------------------------------
_rows043 = [
    ("Inschrijver Zevenenveertig", "wijkverpleegkundige", "i.zevenenveertig@bouwblok.example.nl", "06 5554 7047", ""),
    ("Cursusganger Achtenveertig", "casemanager", "c.achtenveertig@bouwblok.example.nl", "06 5554 8048", "vegetarisch"),
    ("Leergenoot Negenenveertig", "locatiemanager", "l.negenenveertig@bouwblok.example.nl", "06 5554 9049", ""),
    ("Bijwoner Vijftig", "geestelijk verzorger", "b.vijftig@bouwblok.example.nl", "06 5555 0050", "glutenvrij"),
]
_html043 = ("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=NL><div class=WordSection1>
<p class=MsoNormal>Beste medewerkers van het secretariaat,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Namens Zorggroep Bouwblok meld ik de volgende vier collega&#8217;s aan voor de leergang deSTADSWIJKstudies:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTable15Grid4Accent1 border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td style='background:#4472C4;padding:0cm 5.4pt'><p class=MsoNormal><b><span style='color:white'>Naam</span></b></p></td>
<td style='background:#4472C4;padding:0cm 5.4pt'><p class=MsoNormal><b><span style='color:white'>Functie</span></b></p></td>
<td style='background:#4472C4;padding:0cm 5.4pt'><p class=MsoNormal><b><span style='color:white'>E-mail</span></b></p></td>
<td style='background:#4472C4;padding:0cm 5.4pt'><p class=MsoNormal><b><span style='color:white'>Mobiel</span></b></p></td>
<td style='background:#4472C4;padding:0cm 5.4pt'><p class=MsoNormal><b><span style='color:white'>Dieet</span></b></p></td></tr>
""" + "".join(
    "<tr>" + "".join("<td style='border:solid #8EAADB 1.0pt;padding:0cm 5.4pt'>"
                     "<p class=MsoNormal>%s<o:p></o:p></p></td>" % (c or "&nbsp;")
                     for c in r) + "</tr>\n" for r in _rows043) + """\
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Factuuradres: Zorggroep Bouwblok, Postbus 4343, 1300 HC Almere<o:p></o:p></p>
<p class=MsoNormal>Inkoopordernummer: ZB-2010-0430<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Secretaris Bouwblok</b><o:p></o:p></p>
<p class=MsoNormal>Bestuurssecretariaat | Zorggroep Bouwblok<o:p></o:p></p>
<p class=MsoNormal>T 036 555 4300<o:p></o:p></p>
</div></body></html>
""")
add("four-nl-o365-html-table", outlook365(
    "Secretaris Bouwblok <bestuurssecretariaat@bouwblok.example.nl>",
    "Aanmelding 4 deelnemers", "2010-04-30 11:20", "", html=_html043,
    html_only=True), X(
        "HTML-only table of four from the board office; organisation and invoice stated once; the writer's phone is not theirs",
        "register", "nl", people=4, persons=[
            P(name=r[0], email=r[2], organisation="Zorggroep Bouwblok",
              role=r[1], phone=r[3], diet=r[4] or None,
              invoice_address="Zorggroep Bouwblok, Postbus 4343, 1300 HC Almere",
              invoice_reference="ZB-2010-0430") for r in _rows043]))

# 044 ---------------------------------------------------------------------
add("five-en-outlook2010-blocks", outlook2010(
    "Envoy Eleven <envoy.eleven@tenantsvoice.example.org>",
    "Five more participants - Example Tenants' Voice Almere", "2010-05-03 09:40",
    """\
Dear secretariat,

I registered myself in March. Our board has now decided to send five more of our staff. Their details are below.

Organisation: Example Tenants' Voice Almere
Invoice address for all five: Example Tenants' Voice Almere, Finance, Postbus 5151, 1300 JA Almere
Please quote purchase order TV-0503 on the invoice.

1.
Steward FiftyOne
tenant adviser
s.fiftyone@tenantsvoice.example.org
06 5555 1051

2.
Practitioner FiftyTwo
tenant adviser
p.fiftytwo@tenantsvoice.example.org
06 5555 2052

3.
Mentor FiftyThree
community organiser
m.fiftythree@tenantsvoice.example.org
06 5555 3053

4.
Pupil FiftyFour
policy officer housing
p.fiftyfour@tenantsvoice.example.org
06 5555 4054

5.
Apprentice FiftyFive
trainee tenant adviser
a.fiftyfive@tenantsvoice.example.org
06 5555 5055

Kind regards,

Envoy Eleven
Tenant participation adviser
Example Tenants' Voice Almere
""", lang="EN"), X(
        "five numbered blocks, organisation and invoice above them; the writer registered earlier and is not one of them",
        "register", "en", people=5, persons=[
            P(name=n, email=e, organisation="Example Tenants' Voice Almere",
              role=r, phone=t,
              invoice_address="Example Tenants' Voice Almere, Finance, Postbus 5151, 1300 JA Almere",
              invoice_reference="purchase order TV-0503")
            for n, r, e, t in [
                ("Steward FiftyOne", "tenant adviser", "s.fiftyone@tenantsvoice.example.org", "06 5555 1051"),
                ("Practitioner FiftyTwo", "tenant adviser", "p.fiftytwo@tenantsvoice.example.org", "06 5555 2052"),
                ("Mentor FiftyThree", "community organiser", "m.fiftythree@tenantsvoice.example.org", "06 5555 3053"),
                ("Pupil FiftyFour", "policy officer housing", "p.fiftyfour@tenantsvoice.example.org", "06 5555 4054"),
                ("Apprentice FiftyFive", "trainee tenant adviser", "a.fiftyfive@tenantsvoice.example.org", "06 5555 5055")]]))

# 045 ---------------------------------------------------------------------
add("two-lines-nl-iphone", ios(
    "Cursusganger Zesenvijftig <c56@oefenbaan.example.nl>",
    "Aanmelding 2 personen", "2010-05-04 07:41", """\
Graag 2 aanmeldingen:
Cursusganger Zesenvijftig, buurtsportcoach, c56@oefenbaan.example.nl
Wijkmaker Zevenenvijftig, combinatiefunctionaris, w57@oefenbaan.example.nl
Beiden Sportbedrijf Oefenbaan. Factuur naar hetzelfde adres als bij onze collega Netwerker Achttien.

Verstuurd vanaf mijn iPhone"""), X(
        "one line per person from a phone; 'the same address as our colleague' does not state an invoice address",
        "register", "nl", people=2, persons=[
            P(name="Cursusganger Zesenvijftig", email="c56@oefenbaan.example.nl",
              organisation="Sportbedrijf Oefenbaan", role="buurtsportcoach"),
            P(name="Wijkmaker Zevenenvijftig", email="w57@oefenbaan.example.nl",
              organisation="Sportbedrijf Oefenbaan",
              role="combinatiefunctionaris")]))

# 046 ---------------------------------------------------------------------
add("manager-and-two-nl-thunderbird", tb(
    "Praktijkmaker Achtenvijftig <p.achtenvijftig@rasterland.example.nl>",
    "Aanmelding drie medewerkers GGD Rasterland", "2010-05-04 14:26", """\
Beste organisatie,

Ik wil mijzelf en twee collega's van mijn team aanmelden voor de leergang.

Mijzelf: Praktijkmaker Achtenvijftig, teamleider jeugdgezondheidszorg, p.achtenvijftig@rasterland.example.nl, 036 555 5858.
Polderaar Negenenvijftig, jeugdverpleegkundige, p.negenenvijftig@rasterland.example.nl, 036 555 5959.
Inschrijver Zestig, doktersassistent, i.zestig@rasterland.example.nl, 036 555 6060. Zij eet geen vis.

De facturen graag naar GGD Rasterland, Postbus 2929, 1300 GC Almere, inkoopnummer 10-5860.

Met vriendelijke groet,

Praktijkmaker Achtenvijftig
Teamleider JGZ
GGD Rasterland
"""), X("a team lead registers herself and two; organisation and invoice stated once",
        "register", "nl", people=3, persons=[
            P(name="Praktijkmaker Achtenvijftig",
              email="p.achtenvijftig@rasterland.example.nl",
              organisation="GGD Rasterland",
              role="teamleider jeugdgezondheidszorg", phone="036 555 5858",
              invoice_address="GGD Rasterland, Postbus 2929, 1300 GC Almere",
              invoice_reference="inkoopnummer 10-5860"),
            P(name="Polderaar Negenenvijftig",
              email="p.negenenvijftig@rasterland.example.nl",
              organisation="GGD Rasterland", role="jeugdverpleegkundige",
              phone="036 555 5959",
              invoice_address="GGD Rasterland, Postbus 2929, 1300 GC Almere",
              invoice_reference="inkoopnummer 10-5860"),
            P(name="Inschrijver Zestig", email="i.zestig@rasterland.example.nl",
              organisation="GGD Rasterland", role="doktersassistent",
              phone="036 555 6060", diet="geen vis",
              invoice_address="GGD Rasterland, Postbus 2929, 1300 GC Almere",
              invoice_reference="inkoopnummer 10-5860")]))

# 047 ---------------------------------------------------------------------
_rows047 = [
    ("Cursusganger Eenenzestig", "wijkverpleegkundige", "c.eenenzestig@ontwerpnet.example.nl", "06 5556 1061"),
    ("Stadmaker Tweeenzestig", "wijkverpleegkundige", "s.tweeenzestig@ontwerpnet.example.nl", "06 5556 2062"),
    ("Netwerker Drieenzestig", "verzorgende IG", "n.drieenzestig@ontwerpnet.example.nl", "06 5556 3063"),
    ("Bijwoner Vierenzestig", "teamcoach", "b.vierenzestig@ontwerpnet.example.nl", "06 5556 4064"),
    ("Leergenoot Vijfenzestig", "casemanager dementie", "l.vijfenzestig@ontwerpnet.example.nl", "06 5556 5065"),
    ("Wijkmaker Zesenzestig", "praktijkopleider", "w.zesenzestig@ontwerpnet.example.nl", "06 5556 6066"),
]
add("six-nl-zarafa-tab-table", zarafa(
    "Opleidingen Ontwerpnet <opleidingen@ontwerpnet.example.nl>",
    "Aanmeldingen Thuiszorg Ontwerpnet", "2010-05-06 16:12", """\
Geachte heer/mevrouw,

Namens Thuiszorg Ontwerpnet meld ik de volgende zes medewerkers aan voor de leergang "Almere: Sociale ambities in een groeiende stad":

Naam\tFunctie\tE-mailadres\tTelefoon
""" + "\n".join("\t".join(r) for r in _rows047) + """

Factuuradres voor alle zes: Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere, kostenplaats 7700.

Met vriendelijke groet,

Afdeling Opleidingen
Thuiszorg Ontwerpnet
"""), X("a tab-separated table of six from the training department; invoice stated once for all",
        "register", "nl", people=6, persons=[
            P(name=r[0], email=r[2], organisation="Thuiszorg Ontwerpnet",
              role=r[1], phone=r[3],
              invoice_address="Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere",
              invoice_reference="kostenplaats 7700") for r in _rows047]))

# 048 ---------------------------------------------------------------------
add("two-en-fastmail-prose", fastmail(
    "Tutor SixtySeven <tutor67@foodbank.example.org>",
    "Two volunteers for the Almere course", "2010-05-07 20:30", """\
Hello,

My fellow volunteer Novice SixtyEight and I would both like to take part in the course. Each of us is a location coordinator at Example Food Bank Almere (I run the Haven location, Novice runs Buiten).

You can reach me at tutor67@foodbank.example.org or 06 5556 7067, and Novice at novice68@foodbank.example.org or 06 5556 8068.

The invoice can go to our treasurer: Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere.

With thanks,
Tutor SixtySeven
"""), X("two people in prose; role and organisation stated once for both",
        "register", "en", people=2, persons=[
            P(name="Tutor SixtySeven", email="tutor67@foodbank.example.org",
              organisation="Example Food Bank Almere",
              role="location coordinator", phone="06 5556 7067",
              invoice_address="Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere"),
            P(name="Novice SixtyEight", email="novice68@foodbank.example.org",
              organisation="Example Food Bank Almere",
              role="location coordinator", phone="06 5556 8068",
              invoice_address="Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere")]))

# 049 ---------------------------------------------------------------------
add("four-nl-roundcube-dash-blocks", roundcube(
    "Praktijkmaker Negenenzestig <p.negenenzestig@vluchtelingenwerk-steigerstad.example.nl>",
    "Aanmelding vier deelnemers", "2010-05-10 10:10", """\
Goedemorgen,

Hierbij de aanmelding van vier deelnemers. Organisatie voor alle vier: Vluchtelingenwerk Steigerstad.
Factuur naar: Vluchtelingenwerk Steigerstad, Boogschutterstraat 16, 1324 RJ Almere

----------------------------
Naam: Praktijkmaker Negenenzestig
Functie: coördinator taalmaatjes
E-mail: p.negenenzestig@vluchtelingenwerk-steigerstad.example.nl
Telefoon: 036 555 6969
Dieet: geen
----------------------------
Naam: Stadmaker Zeventig
Functie: maatschappelijk begeleider
E-mail: s.zeventig@vluchtelingenwerk-steigerstad.example.nl
Telefoon: 036 555 7070
Dieet: halal
----------------------------
Naam: Polderaar Eenenzeventig
Functie: maatschappelijk begeleider
E-mail: p.eenenzeventig@vluchtelingenwerk-steigerstad.example.nl
Telefoon: 036 555 7171
Dieet: vegetarisch
----------------------------
Naam: Cursusganger Tweeenzeventig
Functie: stagiair
E-mail: c.tweeenzeventig@vluchtelingenwerk-steigerstad.example.nl
Telefoon: 036 555 7272
----------------------------

Met vriendelijke groet,
Praktijkmaker Negenenzestig
"""), X("four blocks between dashes; organisation and invoice stated once above",
        "register", "nl", people=4, persons=[
            P(name=n, email=e, organisation="Vluchtelingenwerk Steigerstad",
              role=r, phone=t, diet=dt,
              invoice_address="Vluchtelingenwerk Steigerstad, Boogschutterstraat 16, 1324 RJ Almere")
            for n, r, e, t, dt in [
                ("Praktijkmaker Negenenzestig", "coördinator taalmaatjes", "p.negenenzestig@vluchtelingenwerk-steigerstad.example.nl", "036 555 6969", None),
                ("Stadmaker Zeventig", "maatschappelijk begeleider", "s.zeventig@vluchtelingenwerk-steigerstad.example.nl", "036 555 7070", "halal"),
                ("Polderaar Eenenzeventig", "maatschappelijk begeleider", "p.eenenzeventig@vluchtelingenwerk-steigerstad.example.nl", "036 555 7171", "vegetarisch"),
                ("Cursusganger Tweeenzeventig", "stagiair", "c.tweeenzeventig@vluchtelingenwerk-steigerstad.example.nl", "036 555 7272", None)]]))

# 050 ---------------------------------------------------------------------
add("three-en-proton-semicolons", proton(
    "Mentor SeventyThree <m.seventythree@socialwork.example.edu>",
    "Registration of three lecturers", "2010-05-11 13:57", """\
Dear colleagues,

Following our colleague Mentor Seventeen, three more lecturers of the Sample Institute of Social Work would like to join:

Mentor SeventyThree; lecturer social work; m.seventythree@socialwork.example.edu; +31 20 555 7373
Tutor SeventyFour; lecturer community development; t.seventyfour@socialwork.example.edu; +31 20 555 7474
Pupil SeventyFive; research assistant; p.seventyfive@socialwork.example.edu; +31 20 555 7575

One invoice for all three to Sample Institute of Social Work, Accounts Payable, P.O. Box 1717, 1000 BA Amsterdam, with cost centre SW-2010-50.

Best regards,
Mentor SeventyThree

Sent with Proton Mail secure email.
"""), X("three people on semicolon lines; a colleague named who registered earlier is not one of them; invoice stated once",
        "register", "en", people=3, persons=[
            P(name=n, email=e, organisation="Sample Institute of Social Work",
              role=r, phone=t,
              invoice_address="Sample Institute of Social Work, Accounts Payable, P.O. Box 1717, 1000 BA Amsterdam",
              invoice_reference="cost centre SW-2010-50")
            for n, r, e, t in [
                ("Mentor SeventyThree", "lecturer social work", "m.seventythree@socialwork.example.edu", "+31 20 555 7373"),
                ("Tutor SeventyFour", "lecturer community development", "t.seventyfour@socialwork.example.edu", "+31 20 555 7474"),
                ("Pupil SeventyFive", "research assistant", "p.seventyfive@socialwork.example.edu", "+31 20 555 7575")]]))

# 051 ---------------------------------------------------------------------
_rows051 = [
    ("Wijkmaker Zesenzeventig", "ouderenadviseur", "w.zesenzeventig@blanco.example.nl"),
    ("Netwerker Zevenenzeventig", "sociaal werker", "n.zevenenzeventig@blanco.example.nl"),
    ("Bijwoner Achtenzeventig", "sociaal werker", "b.achtenzeventig@blanco.example.nl"),
    ("Leergenoot Negenenzeventig", "opbouwwerker", "l.negenenzeventig@blanco.example.nl"),
    ("Inschrijver Tachtig", "jongerenwerker", "i.tachtig@blanco.example.nl"),
    ("Stadmaker Eenentachtig", "jongerenwerker", "s.eenentachtig@blanco.example.nl"),
    ("Polderaar Tweeentachtig", "vrijwilligerscoördinator", "p.tweeentachtig@blanco.example.nl"),
    ("Cursusganger Drieentachtig", "mantelzorgconsulent", "c.drieentachtig@blanco.example.nl"),
    ("Praktijkmaker Vierentachtig", "teamleider sociaal werk", "p.vierentachtig@blanco.example.nl"),
    ("Netwerker Vijfentachtig", "beleidsmedewerker", "n.vijfentachtig@blanco.example.nl"),
]
add("ten-nl-notes-list", notes(
    "Personeelszaken Welzijn Blanco <pz@blanco.example.nl>",
    "Aanmelding 10 medewerkers Welzijn Blanco", "2010-05-12 11:03", """\
Geacht programmasecretariaat,

Nu de beperking tot drie deelnemers per organisatie is vervallen, meldt Welzijn Blanco graag de volgende tien medewerkers aan voor de leergang deSTADSWIJKstudies op locatie Almere:

""" + "\n".join("%d. %s - %s - %s" % (i, r[0], r[1], r[2])
                for i, r in enumerate(_rows051, 1)) + """

Allen zijn werkzaam bij Welzijn Blanco. De factuur voor alle tien graag naar Welzijn Blanco, Postbus 2525, 1300 EG Almere, ordernummer W-10-051.

Met vriendelijke groet,

Personeelszaken
Welzijn Blanco
"""), X("a list of ten from HR after the per-organisation limit ended; organisation and invoice stated once",
        "register", "nl", people=10, persons=[
            P(name=r[0], email=r[2], organisation="Welzijn Blanco", role=r[1],
              invoice_address="Welzijn Blanco, Postbus 2525, 1300 EG Almere",
              invoice_reference="ordernummer W-10-051") for r in _rows051]))

# 052 ---------------------------------------------------------------------
add("forward-nl-o365-hr", outlook365(
    "P&O Proefopstelling <peno@proefopstelling.example.org>",
    "FW: Aanvraag opleiding deSTADSWIJKstudies", "2010-04-14 09:30", """\
Goedemorgen,

Hieronder de aanvraag van onze medewerker; de leidinggevende heeft toestemming gegeven. Wilt u haar aanmelden? De factuur graag naar Stichting Proefopstelling, Postbus 2828, 1300 GB Almere, o.v.v. opleidingsbudget OB-2010-86.

Met vriendelijke groet,

Afdeling P&O
Stichting Proefopstelling
""" + o365_quote_nl("Bijwoner Zesentachtig <b.zesentachtig@proefopstelling.example.org>",
                    "2010-04-12 16:44", "P&O Proefopstelling <peno@proefopstelling.example.org>",
                    "Aanvraag opleiding deSTADSWIJKstudies", """\
Beste P&O,

Ik wil graag de leergang deSTADSWIJKstudies op locatie Almere volgen (4 dagen, juni t/m november). Mijn leidinggevende staat erachter.

Mijn gegevens voor de aanmelding:
Bijwoner Zesentachtig
maatschappelijk werker
06 5558 6086

Alvast bedankt!
Bijwoner""")), X(
        "HR forwards a worker's request (Outlook 365 Van:/Verzonden: block); her address is the forwarded From; invoice from HR",
        "register", "nl", fwd="yes", people=1, persons=[P(
            name="Bijwoner Zesentachtig",
            email="b.zesentachtig@proefopstelling.example.org",
            organisation="Stichting Proefopstelling",
            role="maatschappelijk werker", phone="06 5558 6086",
            invoice_address="Stichting Proefopstelling, Postbus 2828, 1300 GB Almere",
            invoice_reference="opleidingsbudget OB-2010-86")]))

# 053 ---------------------------------------------------------------------
add("forward-en-gmail-volunteer", gmail(
    "Coordinator Youth Works <coordinator@youthworks.example.net>",
    "Fwd: course", "2010-04-29 10:05", """\
Hello,

Please register Novice EightySeven, one of our volunteers, for the course (see her mail below). We will pay for her place: Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere.

Thanks,
Coordinator
Example Youth Works Almere

---------- Forwarded message ---------
From: Novice EightySeven <novice87@example.com>
Date: Wed, Apr 28, 2010 at 8:14 PM
Subject: course
To: Coordinator Youth Works <coordinator@youthworks.example.net>


Hi! I saw the flyer for the Almere course in the office. I'd love to join if you can pay for it. I've been a volunteer homework coach with you for two years now. My number is 06 5558 7087.

Novice
"""), X("a coordinator forwards a volunteer's mail; the volunteer's address is the forwarded From; 'homework coach' with you is her role",
        "register", "en", fwd="yes", people=1, persons=[P(
            name="Novice EightySeven", email="novice87@example.com",
            organisation="Example Youth Works Almere",
            role="volunteer homework coach", phone="06 5558 7087",
            invoice_address="Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere")]))

# 054 ---------------------------------------------------------------------
_fw054 = """\
Hoi Teamleider,

Zou jij mij willen aanmelden voor de leergang van de gemeente? Ik heb er veel zin in.

Cursusganger Achtentachtig
ambulant hulpverlener
c.achtentachtig@rekenvoorbeeld.example.nl
06 5558 8088

Groetjes!"""
add("forward-nl-ios", ios(
    "Teamleider Rekenvoorbeeld <teamleider@rekenvoorbeeld.example.nl>",
    "Fwd: Aanmelding leergang", "2010-05-05 08:12", """\
Graag aanmelden. Factuur naar Schuldhulp Rekenvoorbeeld, Postbus 1515, 1300 BL Almere.

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Cursusganger Achtentachtig <c.achtentachtig@rekenvoorbeeld.example.nl>
> Datum: 4 mei 2010 om 17:31:22 CEST
> Aan: Teamleider Rekenvoorbeeld <teamleider@rekenvoorbeeld.example.nl>
> Onderwerp: Aanmelding leergang
>
""" + quote(_fw054)), X(
        "an iPhone forward ('Begin doorgestuurd bericht:') with two words from the team lead; the organisation is in the invoice line",
        "register", "nl", fwd="yes", people=1, persons=[P(
            name="Cursusganger Achtentachtig",
            email="c.achtentachtig@rekenvoorbeeld.example.nl",
            organisation="Schuldhulp Rekenvoorbeeld",
            role="ambulant hulpverlener", phone="06 5558 8088",
            invoice_address="Schuldhulp Rekenvoorbeeld, Postbus 1515, 1300 BL Almere")]))

# 055 ---------------------------------------------------------------------
_in055 = EmailMessage()
_in055["From"] = "Practitioner EightyNine <p.eightynine@carecoop.example.com>"
_in055["To"] = "Training Desk <training@carecoop.example.com>"
_in055["Subject"] = "Request: deSTADSWIJKstudies Almere"
_in055["Date"] = d("2010-05-06 13:02")
_in055["Message-ID"] = "<%s@carecoop.example.com>" % h("in055")[:20]
_in055.set_content("""\
Dear Training Desk,

I would like to attend the four-day course "Almere: Sociale ambities in een
groeiende stad" (1 June to 23 November). My manager agreed during our
appraisal last week.

I work as a district care coordinator in Almere Stad. My extension is
036 555 8989.

Kind regards,
Practitioner EightyNine
""")
_m055 = outlook365(
    "Training Desk <training@carecoop.example.com>",
    "FW: Request: deSTADSWIJKstudies Almere", "2010-05-07 09:15", """\
Good morning,

Please register our colleague for the course; her request is attached. Example Care Cooperative Almere will pay: please send the invoice to Example Care Cooperative Almere, Accounts Payable, Postbus 8900, 1300 KB Almere, quoting training budget TB-89.

Kind regards,
Training Desk
Example Care Cooperative Almere
""", lang="EN")
add("forward-en-o365-attached", with_attachments(_m055, [rfc822_part(_in055)]),
    X("a training desk forwards the request as an attached message; the participant's address is only in its From",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Practitioner EightyNine", email="p.eightynine@carecoop.example.com",
          organisation="Example Care Cooperative Almere",
          role="district care coordinator", phone="036 555 8989",
          invoice_address="Example Care Cooperative Almere, Accounts Payable, Postbus 8900, 1300 KB Almere",
          invoice_reference="training budget TB-89")]))

# 056 ---------------------------------------------------------------------
add("forward-nl-thunderbird-volunteer", tb(
    "Stadmaker Coördinator <coordinator@wijkatelier.example.nl>",
    "Fwd: Meedoen leergang", "2010-05-10 15:40", """\
Beste secretariaat,

Hieronder de aanmelding van een van onze vrijwilligers. Stichting Wijkatelier Proefvlak betaalt; factuur naar Wijkgebouw De Schets, Noorderplassen 22, 1335 AA Almere.

Groet,
Stadmaker Coördinator



-------- Doorgestuurd bericht --------
Onderwerp: Meedoen leergang
Datum: Sun, 9 May 2010 21:12:40 +0200
Van: Leergenoot Negentig <leergenoot90@example.nl>
Aan: coordinator@wijkatelier.example.nl

Hoi,

Ik zou graag meedoen aan die leergang in de bibliotheek waar je het over had. Ik ben nu twee jaar vrijwillig buurtbemiddelaar bij jullie en wil er meer over leren.

Bereikbaar op 06 5559 0090.

Groet,
Leergenoot Negentig
"""), X("a Thunderbird inline forward of a volunteer; her address is the forwarded From; organisation and invoice from the forwarder",
        "register", "nl", fwd="yes", people=1, persons=[P(
            name="Leergenoot Negentig", email="leergenoot90@example.nl",
            organisation="Stichting Wijkatelier Proefvlak",
            role="vrijwillig buurtbemiddelaar", phone="06 5559 0090",
            invoice_address="Wijkgebouw De Schets, Noorderplassen 22, 1335 AA Almere")]))

# 057 ---------------------------------------------------------------------
_s057, _b057 = incomplete_nl("Inschrijver Eenennegentig", ["Organisatie", "Factuuradres"], [
    ("Naam", "Inschrijver Eenennegentig"),
    ("E-mailadres", "inschrijver91@example.nl"),
    ("Functie", "mantelzorgconsulent"),
    ("Telefoon", "06 5559 1091")])
add("details-answer-nl-o365", outlook365(
    "Inschrijver Eenennegentig <inschrijver91@example.nl>",
    "RE: " + _s057, "2010-04-16 12:30", """\
Goedemiddag,

Excuus, vergeten. Ik werk bij Zorggroep Bouwblok.
Factuuradres: Zorggroep Bouwblok, Postbus 4343, 1300 HC Almere

Groet,
Inschrijver Eenennegentig
""" + o365_quote_nl("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                    "2010-04-16 11:58", "Inschrijver Eenennegentig <inschrijver91@example.nl>",
                    _s057, _b057), irt=robot_mid("incomplete", "i057")), X(
        "an answer to 'wij missen nog gegevens': organisation and invoice added, name, address, function and phone from the quoted mail",
        "register", "nl", people=1, persons=[P(
            name="Inschrijver Eenennegentig", email="inschrijver91@example.nl",
            organisation="Zorggroep Bouwblok", role="mantelzorgconsulent",
            phone="06 5559 1091",
            invoice_address="Zorggroep Bouwblok, Postbus 4343, 1300 HC Almere")]))

# 058 ---------------------------------------------------------------------
_s058, _b058 = incomplete_en("Envoy NinetyTwo", ["Organisation", "Function"], [
    ("Name", "Envoy NinetyTwo"),
    ("E-mail address", "envoy92@communitybuilders.example.com"),
    ("Phone", "+31 36 555 9292")])
add("details-answer-en-gmail", gmail(
    "Envoy NinetyTwo <envoy92@communitybuilders.example.com>",
    "Re: " + _s058, "2010-04-20 17:05", """\
Sorry about that! I'm with Example Community Builders, same as my colleague Practitioner Two, and I work as a youth participation officer. Invoice as for her, PO 10-3317.

Envoy

On Tue, Apr 20, 2010 at 4:41 PM deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(_b058), irt=robot_mid("incomplete", "i058")), X(
        "an answer to 'details missing' adding organisation and function; name, address and phone from the quoted mail",
        "register", "en", people=1, persons=[P(
            name="Envoy NinetyTwo", email="envoy92@communitybuilders.example.com",
            organisation="Example Community Builders",
            role="youth participation officer", phone="+31 36 555 9292",
            invoice_reference="PO 10-3317")]))

# 059 ---------------------------------------------------------------------
_s059, _b059 = incomplete_nl(None, ["Naam", "Organisatie"], [
    ("E-mailadres", "team.ouderen@blanco.example.nl"),
    ("Functie", "ouderenwerker")])
add("details-answer-nl-team-mailbox", outlook2010(
    "Team Ouderenwerk <team.ouderen@blanco.example.nl>",
    "RE: " + _s059, "2010-04-21 10:48", """\
Goedemorgen,

De aanmelding van gisteren is voor onze collega Polderaar Drieennegentig, ouderenwerker bij Welzijn Blanco. Haar eigen mailadres is p.drieennegentig@blanco.example.nl; wilt u de bevestiging daarheen sturen? Haar telefoonnummer is 036 555 9393.
Factuur: Welzijn Blanco, Postbus 2525, 1300 EG Almere.

Met vriendelijke groet,
Team Ouderenwerk
Welzijn Blanco
""" + "\n\n-----Oorspronkelijk bericht-----\nVan: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]\n"
    "Verzonden: dinsdag 20 april 2010 15:02\nAan: Team Ouderenwerk\nOnderwerp: " + _s059 + "\n\n" + _b059,
    irt=robot_mid("incomplete", "i059")), X(
        "a team mailbox answers for its member: name, organisation and her own address from the text",
        "register", "nl", people=1, persons=[P(
            name="Polderaar Drieennegentig",
            email="p.drieennegentig@blanco.example.nl",
            organisation="Welzijn Blanco", role="ouderenwerker",
            phone="036 555 9393",
            invoice_address="Welzijn Blanco, Postbus 2525, 1300 EG Almere")]))

# 060 ---------------------------------------------------------------------
_s060, _b060 = incomplete_nl(None, ["Naam"], [
    ("Organisatie", "Bibliotheek Ontwerpkust"),
    ("Functie", "mediacoach"),
    ("E-mailadres", "mediacoach@ontwerpkust.example.nl"),
    ("Telefoon", "036 555 9494")])
add("details-answer-nl-ios-name", ios(
    "Mediacoach Ontwerpkust <mediacoach@ontwerpkust.example.nl>",
    "Re: " + _s060, "2010-04-22 08:21", """\
Oeps, mijn naam vergeten: Netwerker Vierennegentig.

Verstuurd vanaf mijn iPhone""" + ios_quote_nl(
        "2010-04-21 17:10", "deSTADSWIJKstudies Almere <aanmelden@example.org>",
        _b060), irt=robot_mid("incomplete", "i060")), X(
        "an answer giving only the name; organisation, function, address and phone from the quoted mail",
        "register", "nl", people=1, persons=[P(
            name="Netwerker Vierennegentig",
            email="mediacoach@ontwerpkust.example.nl",
            organisation="Bibliotheek Ontwerpkust", role="mediacoach",
            phone="036 555 9494")]))
