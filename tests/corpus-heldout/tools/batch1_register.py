# Genuine registrations, part 1 (001-032). Messages and labels by hand.
from lib import *  # noqa

# 001 Thunderbird, format=flowed, Dutch form
body = """Beste organisatie,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere (vier bijeenkomsten vanaf 1 juni).

Naam: Deelnemer Een
Organisatie: Stichting Voorbeeld
Functie: coördinator buurtwerk
E-mail: deelnemer.een@stichtingvoorbeeld.example.nl
Telefoon: 036-5123456
Factuuradres: Stichting Voorbeeld, t.a.v. crediteurenadministratie, Postbus 1001, 1300 AA Almere

Met vriendelijke groet,

Deelnemer Een
Stichting Voorbeeld
"""
m = single(text_part(body, flowed=True))
headers(m, "Deelnemer Een <deelnemer.een@stichtingvoorbeeld.example.nl>",
        "Aanmelding leergang Almere", "Mon, 8 Mar 2010 10:14:22 +0100",
        mid="<4B94C0DE.3040507@stichtingvoorbeeld.example.nl>",
        extra=[("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 5.1; nl; rv:1.9.1.8) Gecko/20100227 Thunderbird/3.0.3")])
add(1, "tb-flowed-nl-form", m, X(
    "A Thunderbird form-style self-registration with every field stated.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Een",
        email="deelnemer.een@stichtingvoorbeeld.example.nl",
        organisation="Stichting Voorbeeld", role="coördinator buurtwerk",
        phone="036-5123456",
        invoice_address="Stichting Voorbeeld, t.a.v. crediteurenadministratie, Postbus 1001, 1300 AA Almere")]))

# 002 Apple Mail, English form, quoted-printable
body = """Dear Sir or Madam,

I would like to register for the course "Almere: Social ambitions in a growing city".

Name: Participant Two
Organisation: Welzijn Voorbeeldstad
Position: community development officer
Email: p.two@welzijnvoorbeeldstad.example.nl
Phone: +31 36 555 0102
Dietary requirements: vegetarian

Kind regards,
Participant Two
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Participant Two <p.two@welzijnvoorbeeldstad.example.nl>",
        "Registration", "Tue, 9 Mar 2010 21:03:11 +0100",
        mid="<A1B2C3D4-0002-4E5F-9A8B-7C6D5E4F3A2B@welzijnvoorbeeldstad.example.nl>",
        extra=[("X-Mailer", "Apple Mail (2.1077)")])
add(2, "apple-en-form", m, X(
    "An English self-registration laid out as a form.",
    "register", "en", people=1, persons=[dict(
        name="Participant Two", email="p.two@welzijnvoorbeeldstad.example.nl",
        organisation="Welzijn Voorbeeldstad",
        role="community development officer", phone="+31 36 555 0102",
        diet="vegetarian")]))

# 003 Outlook 2007, windows-1252, free text with signature
body = """Goedemorgen,

Via onze directeur kreeg ik de folder van de leergang "Sociale ambities in een groeiende stad". Ik wil mij hier graag voor aanmelden. De factuur kan naar ons postadres hieronder, onder vermelding van kostenplaats 4410.

Met vriendelijke groet,

Collega Drie
Teamleider Maatschappelijk Werk
Zorggroep Voorbeeld
Postbus 2020 | 1301 BB Almere
T 036 – 5 200 300
E c.drie@zorggroepvoorbeeld.example.nl

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "\"Drie, Collega\" <c.drie@zorggroepvoorbeeld.example.nl>",
        "aanmelding leergang", "Wed, 10 Mar 2010 08:47:36 +0100",
        mid="<1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F60@EXCH01.zorggroepvoorbeeld.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
               ("Thread-Index", "AcrAHiZkQmVbT1tKRhuw2Q5gJ0n0Rw=="),
               ("Content-Language", "nl")])
add(3, "outlook-nl-freetext-signature", m, X(
    "Free-text self-registration; every detail sits in the Outlook signature, the invoice address is the centrale Postbus there.",
    "register", "nl", people=1, persons=[dict(
        name="Collega Drie", email="c.drie@zorggroepvoorbeeld.example.nl",
        organisation="Zorggroep Voorbeeld",
        role="Teamleider Maatschappelijk Werk", phone="036 – 5 200 300",
        invoice_address="Postbus 2020, 1301 BB Almere",
        invoice_reference="kostenplaats 4410")]))

# 004 plain, prose only, no signature
body = """Hallo,

Ik ben Medewerker Vier en ik werk als opbouwwerker bij Buurtwerk Noord (voorbeeld). Ik zou graag meedoen met de vier studiedagen in juni tot en met november. Ik ben bereikbaar op 06-12345604 en via dit mailadres. Ik eet geen vlees.

groetjes
"""
m = single(text_part(body, charset="iso-8859-1", cte="8bit"))
headers(m, "medewerker.vier@buurtwerknoord.example.nl",
        "meedoen leergang", "Thu, 11 Mar 2010 13:30:02 +0100",
        mid="<20100311123002.GA2211@buurtwerknoord.example.nl>",
        extra=[("User-Agent", "Mutt/1.5.20 (2009-06-14)")])
add(4, "mutt-nl-prose-no-signature", m, X(
    "Self-registration in prose with no signature; name, role, organisation and phone are in the sentences, the address is the From.",
    "register", "nl", people=1, persons=[dict(
        name="Medewerker Vier",
        email="medewerker.vier@buurtwerknoord.example.nl",
        organisation="Buurtwerk Noord (voorbeeld)", role="opbouwwerker",
        phone="06-12345604", diet="geen vlees")]))

# 005 Gmail English free text with signature
body = """Hi,

I'd like to sign up for the Almere study programme (the four days starting 1 June). I work for Stichting De Voorbeeldbrug as a project manager for the youth programmes.

Invoice can go to our office: Stichting De Voorbeeldbrug, Voorbeeldweg 12, 1312 CD Almere, ref. PO-2010-118.

Thanks!

--
Attendee Five
Project manager youth
Stichting De Voorbeeldbrug
+31 6 1234 5605
"""
m = alt(body, html_gmail(body), cte="quoted-printable")
headers(m, "Attendee Five <attendee.five@gmail.example.com>",
        "Sign up Almere course", "Fri, 12 Mar 2010 16:22:48 +0100",
        mid="<a9b8c7d6e5f41003120722x4b3c2d1e@mail.gmail.example.com>")
add(5, "gmail-en-freetext-signature", m, X(
    "English free-text self-registration from a private Gmail address, details in text and signature.",
    "register", "en", people=1, persons=[dict(
        name="Attendee Five", email="attendee.five@gmail.example.com",
        organisation="Stichting De Voorbeeldbrug",
        role="project manager for the youth programmes",
        phone="+31 6 1234 5605",
        invoice_address="Stichting De Voorbeeldbrug, Voorbeeldweg 12, 1312 CD Almere",
        invoice_reference="PO-2010-118")]))

# 006 Outlook HTML only, Dutch, table
html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=NL link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal>Geachte heer/mevrouw,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=160 valign=top><p class=MsoNormal><b>Naam<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>Voorbeeld Persoon<o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>Organisatie<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>Woningcorporatie Voorbeeld Wonen<o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>Functie<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>wijkconsulent<o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>E-mail<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal><a href="mailto:v.persoon@voorbeeldwonen.example.nl">v.persoon@voorbeeldwonen.example.nl</a><o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>Telefoon<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>036 &#8211; 540 11 22<o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>Factuuradres<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>Postbus 3030, 1300 CC Almere<o:p></o:p></p></td></tr>
<tr><td width=160 valign=top><p class=MsoNormal><b>Kenmerk<o:p></o:p></b></p></td><td width=300 valign=top><p class=MsoNormal>VW/OPL/2010-07<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>Voorbeeld Persoon<o:p></o:p></p>
</div></body></html>
"""
m = single(html_part(html, charset="windows-1252"))
headers(m, "Voorbeeld Persoon <v.persoon@voorbeeldwonen.example.nl>",
        "Aanmelding deSTADSWIJKstudies", "Mon, 15 Mar 2010 11:05:40 +0100",
        mid="<002001cac42e$5e1f0a40$1a5d1ec0$@voorbeeldwonen.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(6, "outlook-html-only-nl-table", m, X(
    "HTML-only Outlook mail; the registration is a two-column table.",
    "register", "nl", people=1, persons=[dict(
        name="Voorbeeld Persoon", email="v.persoon@voorbeeldwonen.example.nl",
        organisation="Woningcorporatie Voorbeeld Wonen", role="wijkconsulent",
        phone="036 – 540 11 22", invoice_address="Postbus 3030, 1300 CC Almere",
        invoice_reference="VW/OPL/2010-07")]))

# 007 HTML only English (web mail)
html = """<div style="font-family: Verdana; font-size: 10pt">Hello,<br><br>
Please register me for the deSTADSWIJKstudies course in Almere.<br><br>
<b>Name:</b> Participant Six<br>
<b>Organisation:</b> GGD Voorbeeldregio<br>
<b>Job title:</b> health promotion advisor<br>
<b>E-mail:</b> participant.six@ggdvoorbeeldregio.example.nl<br>
<b>Telephone:</b> 088 000 2206<br>
<b>Invoice address:</b> GGD Voorbeeldregio, attn. finance, Postbus 606, 8200 AA Lelystad<br><br>
Best regards,<br>Participant Six</div>
"""
m = single(html_part(html))
headers(m, "\"Participant Six\" <participant.six@ggdvoorbeeldregio.example.nl>",
        "Registration deSTADSWIJKstudies Almere", "Tue, 16 Mar 2010 14:41:09 +0100",
        mid="<web-20100316134109-6@webmail.ggdvoorbeeldregio.example.nl>",
        extra=[("User-Agent", "SquirrelMail/1.4.19")])
add(7, "webmail-html-only-en", m, X(
    "HTML-only English registration with bold labels.",
    "register", "en", people=1, persons=[dict(
        name="Participant Six",
        email="participant.six@ggdvoorbeeldregio.example.nl",
        organisation="GGD Voorbeeldregio", role="health promotion advisor",
        phone="088 000 2206",
        invoice_address="GGD Voorbeeldregio, attn. finance, Postbus 606, 8200 AA Lelystad")]))

# 008 iPhone short
body = """Hoi, graag wil ik me aanmelden voor de leergang.
Cursist Zeven, jongerenwerker bij Stichting Voorbeeld Jeugd. 06-12345607

Verzonden vanaf mijn iPhone"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Cursist Zeven <cursist.zeven@voorbeeldjeugd.example.nl>",
        "Aanmelding", "Wed, 17 Mar 2010 07:58:13 +0100",
        mid="<7A0F2B11-3C1D-4F0A-8E77-0E1C2D3B4A07@voorbeeldjeugd.example.nl>",
        extra=[("X-Mailer", "iPhone Mail (7E18)")])
add(8, "iphone-nl-short", m, X(
    "A one-line self-registration from an iPhone; the address comes from From.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Zeven", email="cursist.zeven@voorbeeldjeugd.example.nl",
        organisation="Stichting Voorbeeld Jeugd", role="jongerenwerker",
        phone="06-12345607")]))

# 009 base64 utf-8 form, Dutch, diet with special chars
body = """Beste mensen,

Hierbij mijn aanmelding:

Naam:            Aanmelder Acht
Organisatie:     Vluchtelingenwerk Voorbeeld
Functie:         maatschappelijk begeleider
E-mailadres:     aanmelder.acht@vluchtelingenwerkvoorbeeld.example.nl
Telefoonnummer:  0320-123408
Dieetwensen:     halal
Factuuradres:    Vluchtelingenwerk Voorbeeld, Voorbeeldlaan 8, 1314 EF Almere
Factuurkenmerk:  opleidingen 2010 – AA

Alvast bedankt!

Aanmelder Acht
"""
m = single(text_part(body, cte="base64"))
headers(m, "Aanmelder Acht <aanmelder.acht@vluchtelingenwerkvoorbeeld.example.nl>",
        "Aanmelding leergang deSTADSWIJKstudies", "Thu, 18 Mar 2010 09:12:55 +0100",
        mid="<1268899975.4471.8.camel@werkplek08>",
        extra=[("X-Mailer", "Evolution 2.28.1")])
add(9, "evolution-nl-form-base64", m, X(
    "A Dutch form sent base64-encoded; all fields stated, diet halal.",
    "register", "nl", people=1, persons=[dict(
        name="Aanmelder Acht",
        email="aanmelder.acht@vluchtelingenwerkvoorbeeld.example.nl",
        organisation="Vluchtelingenwerk Voorbeeld",
        role="maatschappelijk begeleider", phone="0320-123408", diet="halal",
        invoice_address="Vluchtelingenwerk Voorbeeld, Voorbeeldlaan 8, 1314 EF Almere",
        invoice_reference="opleidingen 2010 – AA")]))

# 010 municipal staff form
body = """Beste,

Namens de Dienst Maatschappelijke Ontwikkeling meld ik mij aan voor de leergang.

Naam: Medewerker Negen
Afdeling: Dienst Maatschappelijke Ontwikkeling, team Wijkgericht Werken
Functie: beleidsadviseur wonen en zorg
E-mail: mnegen@almere.nl
Tel: 036-5399109

Groet,
Medewerker Negen
Gemeente Almere
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "\"Negen, Medewerker\" <mnegen@almere.nl>",
        "Aanmelding leergang deSTADSWIJKstudies", "Fri, 19 Mar 2010 10:02:17 +0100",
        mid="<F3A0B1C2D3E4F5A6B7C8D9E0F1A2B3C4@MBX02.almere.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
               ("Content-Language", "nl")])
add(10, "outlook-nl-municipal-form", m, X(
    "Municipal staff member registers herself; organisation is Gemeente Almere (DMO), no invoice needed.",
    "register", "nl", people=1, persons=[dict(
        name="Medewerker Negen", email="mnegen@almere.nl",
        organisation="Gemeente Almere",
        role="beleidsadviseur wonen en zorg", phone="036-5399109")]))

# 011 municipal staff free text, Lotus Notes style
raw = """From: Beleidsmedewerker Tien <btien@almere.nl>
To: aanmelden@example.org
Subject: aanmelden studiedagen
Date: Mon, 22 Mar 2010 15:31:44 +0100
Message-ID: <OF8A1B2C3D.4E5F6071-ONC12576E8.00512345-C12576E8.00513A2B@almere.nl>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

Graag zou ik deelnemen aan de leergang Sociale ambities in een groeiende s=
tad. Mijn leidinggevende heeft al akkoord gegeven.

Met vriendelijke groet,

Beleidsmedewerker Tien
Gemeente Almere
Dienst Maatschappelijke Ontwikkeling
Afdeling Onderwijs
telefoon 036 539 91 10
e-mail btien@almere.nl
"""
add(11, "notes-nl-municipal-freetext", Raw(raw), X(
    "Lotus Notes free text from a municipal employee; approval already given, details in the signature.",
    "register", "nl", people=1, persons=[dict(
        name="Beleidsmedewerker Tien", email="btien@almere.nl",
        organisation="Gemeente Almere",
        phone="036 539 91 10")]))

# 012 two colleagues, "Allen van Gemeente Almere"
body = """Beste organisatie,

Hierbij meld ik twee collega's aan voor de leergang:

1. Collega Elf, senior beleidsmedewerker jeugd, celf@almere.nl, 036-5399111
2. Collega Twaalf, programmamanager Almere 2.0, ctwaalf@almere.nl, 036-5399112

Allen van Gemeente Almere.

Met vriendelijke groet,

Secretariaat Dertien
Gemeente Almere
"""
m = single(text_part(body, charset="windows-1252", cte="quoted-printable"))
headers(m, "Secretariaat Dertien <sdertien@almere.nl>",
        "Aanmelding 2 collega's DMO", "Tue, 23 Mar 2010 09:20:00 +0100",
        mid="<C12576E9002A3B4C@almere.nl>")
add(12, "nl-two-colleagues-municipal", m, X(
    "A secretary registers two municipal colleagues (not herself); the organisation is stated once for both.",
    "register", "nl", people=2, persons=[
        dict(name="Collega Elf", email="celf@almere.nl",
             organisation="Gemeente Almere",
             role="senior beleidsmedewerker jeugd", phone="036-5399111"),
        dict(name="Collega Twaalf", email="ctwaalf@almere.nl",
             organisation="Gemeente Almere",
             role="programmamanager Almere 2.0", phone="036-5399112")]))

# 013 three people, organisation for all, one invoice address
body = """Goedemiddag,

Wij willen graag met drie medewerkers deelnemen aan deSTADSWIJKstudies Almere.

Naam: Deelnemer Veertien
Functie: manager wijkteams
E-mail: d.veertien@welzijnvoorbeeldstad.example.nl

Naam: Deelnemer Vijftien
Functie: opbouwwerker
E-mail: d.vijftien@welzijnvoorbeeldstad.example.nl

Naam: Deelnemer Zestien
Functie: beleidsmedewerker
E-mail: d.zestien@welzijnvoorbeeldstad.example.nl
Dieet: glutenvrij

Organisatie voor allen: Welzijn Voorbeeldstad

Factuuradres:
Welzijn Voorbeeldstad
t.a.v. financiële administratie
Voorbeeldplein 1
1315 GH Almere
Kenmerk: WV-2010-031

Met vriendelijke groet,
Deelnemer Veertien
manager wijkteams, Welzijn Voorbeeldstad
"""
m = single(text_part(body, flowed=True))
headers(m, "Deelnemer Veertien <d.veertien@welzijnvoorbeeldstad.example.nl>",
        "Aanmelding 3 deelnemers Welzijn Voorbeeldstad", "Wed, 24 Mar 2010 13:44:31 +0100",
        mid="<4BAA0A0F.9080102@welzijnvoorbeeldstad.example.nl>",
        extra=[("User-Agent", "Thunderbird 2.0.0.24 (Windows/20100228)")])
inv = "Welzijn Voorbeeldstad, t.a.v. financiële administratie, Voorbeeldplein 1, 1315 GH Almere"
add(13, "nl-three-shared-org-invoice", m, X(
    "Contact registers herself and two colleagues; organisation, invoice address and reference stated once for all three.",
    "register", "nl", people=3, persons=[
        dict(name="Deelnemer Veertien", email="d.veertien@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="manager wijkteams",
             invoice_address=inv, invoice_reference="WV-2010-031"),
        dict(name="Deelnemer Vijftien", email="d.vijftien@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="opbouwwerker",
             invoice_address=inv, invoice_reference="WV-2010-031"),
        dict(name="Deelnemer Zestien", email="d.zestien@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="beleidsmedewerker",
             diet="glutenvrij", invoice_address=inv, invoice_reference="WV-2010-031")]))

# 014 five people in an Outlook HTML table with invoice below
rows = [("Medewerker Eenentwintig", "teamleider", "m.eenentwintig@zorggroepvoorbeeld.example.nl", "06-12345621"),
        ("Medewerker Tweeëntwintig", "wijkverpleegkundige", "m.tweeentwintig@zorggroepvoorbeeld.example.nl", "06-12345622"),
        ("Medewerker Drieëntwintig", "casemanager dementie", "m.drieentwintig@zorggroepvoorbeeld.example.nl", "06-12345623"),
        ("Medewerker Vierentwintig", "beleidsadviseur", "m.vierentwintig@zorggroepvoorbeeld.example.nl", "06-12345624"),
        ("Medewerker Vijfentwintig", "locatiemanager", "m.vijfentwintig@zorggroepvoorbeeld.example.nl", "06-12345625")]
trs = "\n".join("<tr>" + "".join("<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>" % esc(c) for c in r) + "</tr>" for r in rows)
html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>
<body lang=NL><div class=WordSection1>
<p class=MsoNormal>Beste organisatie,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Zorggroep Voorbeeld meldt de volgende vijf medewerkers aan voor de leergang:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal><b>Functie</b></p></td><td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><b>Mobiel</b></p></td></tr>
""" + trs + """
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>De factuur graag naar: Zorggroep Voorbeeld, afdeling HR/Opleidingen, Postbus 2020, 1301 BB Almere, o.v.v. ordernummer 45001877.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>HR-adviseur Zesentwintig<o:p></o:p></p>
<p class=MsoNormal>Zorggroep Voorbeeld | HR/Opleidingen<o:p></o:p></p>
</div></body></html>
"""
text = """Beste organisatie,

Zorggroep Voorbeeld meldt de volgende vijf medewerkers aan voor de leergang:

Naam\tFunctie\tE-mail\tMobiel
""" + "\n".join("\t".join(r) for r in rows) + """

De factuur graag naar: Zorggroep Voorbeeld, afdeling HR/Opleidingen, Postbus 2020, 1301 BB Almere, o.v.v. ordernummer 45001877.

Met vriendelijke groet,
HR-adviseur Zesentwintig
Zorggroep Voorbeeld | HR/Opleidingen
"""
m = alt(text, html, cte="quoted-printable")
headers(m, "HR-adviseur Zesentwintig <hr.zesentwintig@zorggroepvoorbeeld.example.nl>",
        "Aanmelding vijf medewerkers leergang Almere", "Thu, 25 Mar 2010 10:10:10 +0100",
        mid="<6B1C2D3E4F506172@EXCH01.zorggroepvoorbeeld.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 14.0"), ("Content-Language", "nl-NL")])
inv = "Zorggroep Voorbeeld, afdeling HR/Opleidingen, Postbus 2020, 1301 BB Almere"
add(14, "outlook-nl-five-table", m, X(
    "HR registers five colleagues in a table (not herself); the organisation and one invoice address/order number apply to all.",
    "register", "nl", people=5, persons=[
        dict(name=r[0], email=r[2], organisation="Zorggroep Voorbeeld", role=r[1],
             phone=r[3], invoice_address=inv, invoice_reference="ordernummer 45001877")
        for r in rows]))

# 015 twelve municipal staff, plain list
people12 = [("Ambtenaar Een", "aeen", "beleidsmedewerker welzijn"),
            ("Ambtenaar Twee", "atwee", "wijkregisseur Haven"),
            ("Ambtenaar Drie", "adrie", "wijkregisseur Buiten"),
            ("Ambtenaar Vier", "avier", "beleidsadviseur onderwijs"),
            ("Ambtenaar Vijf", "avijf", "accountmanager maatschappelijke organisaties"),
            ("Ambtenaar Zes", "azes", "beleidsmedewerker zorg"),
            ("Ambtenaar Zeven", "azeven", "projectleider sociale agenda"),
            ("Ambtenaar Acht", "aacht", "teamleider wijkgericht werken"),
            ("Ambtenaar Negen", "anegen", "strategisch adviseur"),
            ("Ambtenaar Tien", "atien", "beleidsmedewerker cultuur"),
            ("Ambtenaar Elf", "aelf", "wijkregisseur Stad"),
            ("Ambtenaar Twaalf", "atwaalf", "beleidsmedewerker jeugd")]
lines = "\n".join("- %s (%s), %s@almere.nl" % (n, r, a) for n, a, r in people12)
body = """Beste collega's van het aanmeldadres,

Zoals afgesproken met het programmasecretariaat meld ik namens DMO de volgende twaalf medewerkers aan voor de leergang. Allen van Gemeente Almere, dus er hoeft geen factuur te komen.

""" + lines + """

Wil je de bevestigingen rechtstreeks naar de collega's sturen?

Dank je wel,
Managementassistent Dertig
Gemeente Almere | Dienst Maatschappelijke Ontwikkeling
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Managementassistent Dertig <mdertig@almere.nl>",
        "Aanmelding 12 medewerkers DMO", "Fri, 26 Mar 2010 11:55:03 +0100",
        mid="<A0B1C2D3E4F50617@MBX01.almere.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(15, "outlook-nl-twelve-municipal", m, X(
    "A management assistant registers twelve municipal colleagues (not herself), one per line; organisation stated once; the closing question is a request, not a question needing an answer.",
    "register", "nl", people=12, persons=[
        dict(name=n, email=a + "@almere.nl", organisation="Gemeente Almere", role=r)
        for n, a, r in people12]))

# 016 English, four people, shared org
body = """Dear organisers,

On behalf of Example Housing Association I would like to register the following four staff members for the Almere course:

Colleague One - neighbourhood manager - colleague.one@examplehousing.example.com
Colleague Two - tenant participation officer - colleague.two@examplehousing.example.com
Colleague Three - policy advisor - colleague.three@examplehousing.example.com
Colleague Four - area director - colleague.four@examplehousing.example.com

All from Example Housing Association. Please send one invoice for all four to:
Example Housing Association, Finance Department, Voorbeeldkade 40, 1316 JK Almere
Purchase order: EHA-77310

Many thanks,
Office Manager Five
Example Housing Association
"""
m = single(text_part(body, cte="7bit"))
headers(m, "Office Manager Five <office.five@examplehousing.example.com>",
        "Course registration - 4 staff", "Mon, 29 Mar 2010 09:30:00 +0200",
        mid="<20100329073000.1B2C3@mail.examplehousing.example.com>")
inv = "Example Housing Association, Finance Department, Voorbeeldkade 40, 1316 JK Almere"
four = [("Colleague One", "neighbourhood manager"), ("Colleague Two", "tenant participation officer"),
        ("Colleague Three", "policy advisor"), ("Colleague Four", "area director")]
add(16, "en-four-staff-shared-invoice", m, X(
    "English group registration of four staff by an office manager who is not herself a participant; one invoice for all.",
    "register", "en", people=4, persons=[
        dict(name=n, email=n.lower().replace(" ", ".") + "@examplehousing.example.com",
             organisation="Example Housing Association", role=r,
             invoice_address=inv, invoice_reference="EHA-77310") for n, r in four]))

# 017 contact registers self plus one colleague (Dutch)
body = """Hallo,

Ik wil mezelf en mijn collega aanmelden voor de leergang in Almere.

Ikzelf: Participant Achttien, directeur, p.achttien@buurtwerknoord.example.nl, 036-5118018
Mijn collega: Participant Negentien, coördinator vrijwilligers, p.negentien@buurtwerknoord.example.nl

We werken allebei bij Buurtwerk Noord (voorbeeld). Factuur naar Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere.

Groeten,
Participant Achttien
"""
m = single(text_part(body, charset="iso-8859-1", cte="quoted-printable"))
headers(m, "Participant Achttien <p.achttien@buurtwerknoord.example.nl>",
        "aanmelding 2 personen", "Tue, 30 Mar 2010 17:12:40 +0200",
        mid="<000c01cad01a$2b3c4d50$81966ef0$@buurtwerknoord.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
inv = "Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere"
add(17, "nl-self-plus-colleague", m, X(
    "The sender registers herself and one colleague; organisation and invoice address apply to both.",
    "register", "nl", people=2, persons=[
        dict(name="Participant Achttien", email="p.achttien@buurtwerknoord.example.nl",
             organisation="Buurtwerk Noord (voorbeeld)", role="directeur", phone="036-5118018",
             invoice_address=inv),
        dict(name="Participant Negentien", email="p.negentien@buurtwerknoord.example.nl",
             organisation="Buurtwerk Noord (voorbeeld)", role="coördinator vrijwilligers",
             invoice_address=inv)]))

# 018 three colleagues, sender not coming
body = """Beste,

Zelf kan ik helaas niet, maar ik meld drie collega's van MEE Voorbeeld aan:

Naam: Cursist Twintig
E-mail: c.twintig@meevoorbeeld.example.nl
Functie: consulent

Naam: Cursist Eenendertig
E-mail: c.eenendertig@meevoorbeeld.example.nl
Functie: consulent
Dieet: vegetarisch

Naam: Cursist Tweeëndertig
E-mail: c.tweeendertig@meevoorbeeld.example.nl
Functie: teamcoach

Factuur: MEE Voorbeeld, Postbus 4040, 1300 DD Almere

Met vriendelijke groet,

Regiomanager Drieëndertig
MEE Voorbeeld
06-12345633
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Regiomanager =?utf-8?q?Drie=C3=ABndertig?= <r.drieendertig@meevoorbeeld.example.nl>",
        "Aanmelding drie collega's", "Wed, 31 Mar 2010 08:05:59 +0200",
        mid="<4BB2E6B7.5060309@meevoorbeeld.example.nl>")
inv = "MEE Voorbeeld, Postbus 4040, 1300 DD Almere"
add(18, "nl-three-colleagues-sender-not", m, X(
    "A manager registers three colleagues and says she will not come herself; her signature is not a participant.",
    "register", "nl", people=3, persons=[
        dict(name="Cursist Twintig", email="c.twintig@meevoorbeeld.example.nl",
             organisation="MEE Voorbeeld", role="consulent", invoice_address=inv),
        dict(name="Cursist Eenendertig", email="c.eenendertig@meevoorbeeld.example.nl",
             organisation="MEE Voorbeeld", role="consulent", diet="vegetarisch", invoice_address=inv),
        dict(name="Cursist Tweeëndertig", email="c.tweeendertig@meevoorbeeld.example.nl",
             organisation="MEE Voorbeeld", role="teamcoach", invoice_address=inv)]))

# 019 register my colleague (Dutch)
body = """Goedemorgen,

Ik wil graag mijn collega Collega Vierendertig aanmelden voor de leergang deSTADSWIJKstudies. Zij is beleidsmedewerker bij ons en haar e-mailadres is c.vierendertig@stichtingvoorbeeld.example.nl.

De factuur mag naar Stichting Voorbeeld, Postbus 1001, 1300 AA Almere.

Vriendelijke groet,

Office Manager Vijfendertig
Stichting Voorbeeld
"""
m = single(text_part(body, flowed=True))
headers(m, "Office Manager Vijfendertig <om.vijfendertig@stichtingvoorbeeld.example.nl>",
        "Aanmelding collega", "Thu, 1 Apr 2010 09:41:12 +0200",
        mid="<4BB44E58.2000105@stichtingvoorbeeld.example.nl>",
        extra=[("User-Agent", "Thunderbird 2.0.0.24 (Windows/20100228)")])
add(19, "nl-register-my-colleague", m, X(
    "The sender registers her colleague, not herself: the participant is the colleague.",
    "register", "nl", people=1, persons=[dict(
        name="Collega Vierendertig", email="c.vierendertig@stichtingvoorbeeld.example.nl",
        organisation="Stichting Voorbeeld", role="beleidsmedewerker",
        invoice_address="Stichting Voorbeeld, Postbus 1001, 1300 AA Almere")]))

# 020 register my colleague (English)
body = """Hello,

I'd like to register my colleague Participant Thirty-Six for the course. Her details:

participant.36@ggdvoorbeeldregio.example.nl
Senior epidemiologist, GGD Voorbeeldregio
phone 088 000 2236

I'm her team lead; please copy me on the confirmation if possible.

Best,
Team Lead Thirty-Seven
GGD Voorbeeldregio
"""
m = alt(body, html_gmail(body))
headers(m, "Team Lead Thirty-Seven <teamlead.37@ggdvoorbeeldregio.example.nl>",
        "Registration for my colleague", "Fri, 2 Apr 2010 12:00:41 +0200",
        mid="<j2ub0c3a1e51004020300x6d7e8f90@mail.ggdvoorbeeldregio.example.nl>")
add(20, "en-register-my-colleague", m, X(
    "The sender registers a colleague; the colleague is the participant, the sender only wants a copy.",
    "register", "en", people=1, persons=[dict(
        name="Participant Thirty-Six", email="participant.36@ggdvoorbeeldregio.example.nl",
        organisation="GGD Voorbeeldregio", role="Senior epidemiologist",
        phone="088 000 2236")]))

# 021 PA registers director
body = """Geachte heer/mevrouw,

Namens mijn directeur, mevrouw Directeur Achtendertig, meld ik haar aan voor de leergang deSTADSWIJKstudies op locatie Almere. Zij is directeur-bestuurder van Stichting Voorbeeld Welzijn.
Correspondentie graag naar haar eigen adres: directeur.38@voorbeeldwelzijn.example.nl, met mij in cc.

Factuurgegevens: Stichting Voorbeeld Welzijn, Postbus 3838, 1300 EE Almere, kenmerk DIR/38.

Met vriendelijke groet,

Secretaresse Negenendertig
Stichting Voorbeeld Welzijn
T 036 538 38 39
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Secretaresse Negenendertig <secretariaat@voorbeeldwelzijn.example.nl>",
        "Aanmelding mw. Directeur Achtendertig", "Tue, 6 Apr 2010 10:25:00 +0200",
        mid="<7F8E9D0C1B2A3948@voorbeeldwelzijn.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(21, "outlook-nl-pa-registers-director", m, X(
    "A secretary registers her director; the phone in the signature is the secretary's, not the participant's.",
    "register", "nl", people=1, persons=[dict(
        name="Directeur Achtendertig", email="directeur.38@voorbeeldwelzijn.example.nl",
        organisation="Stichting Voorbeeld Welzijn", role="directeur-bestuurder",
        invoice_address="Stichting Voorbeeld Welzijn, Postbus 3838, 1300 EE Almere",
        invoice_reference="DIR/38")]))

# 022 Gmail forward of colleague's registration
body = """Hoi, deze kwam bij mij binnen maar hoort bij jullie denk ik. Groet, Veertig

---------- Forwarded message ----------
From: Deelnemer Eenenveertig <d.41@voorbeeldonderwijs.example.nl>
Date: 2010/4/6
Subject: aanmelding leergang Almere
To: Contact Veertig <contact.veertig@gmail.example.com>


Beste Veertig,

Kun jij mij aanmelden voor de leergang? Mijn gegevens:
Deelnemer Eenenveertig
intern begeleider, Voorbeeld Onderwijsgroep
d.41@voorbeeldonderwijs.example.nl
06-12345641

Dank!
"""
m = alt(body, html_gmail(body))
headers(m, "Contact Veertig <contact.veertig@gmail.example.com>",
        "Fwd: aanmelding leergang Almere", "Wed, 7 Apr 2010 20:14:09 +0200",
        mid="<x2q5a6b7c8d1004071114w9e8d7c6b@mail.gmail.example.com>")
add(22, "gmail-nl-forward-colleague", m, X(
    "A Gmail forward: the participant is the original author in the forwarded part, not the forwarder.",
    "register", "nl", fwd="yes", people=1, persons=[dict(
        name="Deelnemer Eenenveertig", email="d.41@voorbeeldonderwijs.example.nl",
        organisation="Voorbeeld Onderwijsgroep", role="intern begeleider",
        phone="06-12345641")]))

# 023 Outlook forward (Van:/Verzonden:/Aan:/Onderwerp:)
body = """Ter verwerking, zie onderstaande aanmelding van onze collega.

Groet,
Medewerker Tweeënveertig
Voorbeeld Wonen

-----Oorspronkelijk bericht-----
Van: Persoon Drieënveertig
Verzonden: donderdag 8 april 2010 9:12
Aan: Medewerker Tweeënveertig
Onderwerp: leergang sociale ambities

Hoi,

Zou jij mij willen aanmelden voor die leergang waar je het over had? Hieronder mijn gegevens.

Naam: Persoon Drieënveertig
Functie: projectleider leefbaarheid
E-mail: p.43@voorbeeldwonen.example.nl
Telefoon: 036-5404343
Factuur via ons gebruikelijke adres: Voorbeeld Wonen, Postbus 3030, 1300 CC Almere

Groetjes,
Persoon Drieënveertig
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Medewerker =?windows-1252?q?Twee=EBnveertig?= <m.42@voorbeeldwonen.example.nl>",
        "FW: leergang sociale ambities", "Thu, 8 Apr 2010 09:30:51 +0200",
        mid="<9A8B7C6D5E4F3021@EXCH02.voorbeeldwonen.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Topic", "leergang sociale ambities")])
add(23, "outlook-nl-fw-colleague", m, X(
    "An Outlook FW: of a colleague's request; the participant is in the forwarded part.",
    "register", "nl", fwd="yes", people=1, persons=[dict(
        name="Persoon Drieënveertig", email="p.43@voorbeeldwonen.example.nl",
        organisation="Voorbeeld Wonen", role="projectleider leefbaarheid",
        phone="036-5404343", invoice_address="Voorbeeld Wonen, Postbus 3030, 1300 CC Almere")]))

# 024 Apple Mail forward as attached message/rfc822
inner = EmailMessage()
headers(inner, "Participant Forty-Four <participant.44@example.com>",
        "Almere course", "Thu, 8 Apr 2010 18:02:00 +0200",
        to="Coordinator Forty-Five <coordinator.45@voorbeeldbrug.example.nl>",
        mid="<B1C2D3E4-44@example.com>")
inner.set_content("""Hi,

As discussed, could you register me for the Almere course?

Participant Forty-Four
freelance trainer working for Stichting De Voorbeeldbrug
participant.44@example.com
06 1234 5644
Diet: no pork

Thanks
""")
outer = EmailMessage()
outer.set_content("""Dear colleagues,

Please find below the registration of our trainer. Invoice to Stichting De Voorbeeldbrug, Voorbeeldweg 12, 1312 CD Almere.

Regards,
Coordinator Forty-Five

Begin forwarded message:

""")
outer.add_attachment(inner, disposition="inline")
headers(outer, "Coordinator Forty-Five <coordinator.45@voorbeeldbrug.example.nl>",
        "Fwd: Almere course", "Fri, 9 Apr 2010 08:15:27 +0200",
        mid="<C2D3E4F5-45@voorbeeldbrug.example.nl>",
        extra=[("X-Mailer", "Apple Mail (2.1078)")])
add(24, "apple-en-forward-rfc822", outer, X(
    "Apple Mail forward with the original attached as message/rfc822; the participant is the trainer in the forwarded mail, the invoice address comes from the forwarder.",
    "register", "en", fwd="yes", people=1, persons=[dict(
        name="Participant Forty-Four", email="participant.44@example.com",
        organisation="Stichting De Voorbeeldbrug", role="freelance trainer",
        phone="06 1234 5644", diet="no pork",
        invoice_address="Stichting De Voorbeeldbrug, Voorbeeldweg 12, 1312 CD Almere")]))

# 025 organiser forwards a registration she received directly
body = """Graag verwerken, deze aanmelding kwam bij mij binnen.

Secretariaat

-----Oorspronkelijk bericht-----
Van: Deelnemer Zesenveertig [mailto:d.46@bibliotheekvoorbeeldstad.example.nl]
Verzonden: vrijdag 9 april 2010 14:03
Aan: Secretariaat DMO
Onderwerp: Aanmelding leergang

Geachte mevrouw,

Ik meld me aan voor de leergang op locatie Almere.

Deelnemer Zesenveertig
Bibliotheek Voorbeeldstad, coördinator educatie
036 - 548 46 46
Factuur: Bibliotheek Voorbeeldstad, Stadhuisplein 1, 1315 XX Almere

Met vriendelijke groet
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Secretariaat DMO <secretariaat@almere.nl>",
        "FW: Aanmelding leergang", "Fri, 9 Apr 2010 15:20:00 +0200",
        mid="<0A1B2C3D4E5F6A7B@MBX01.almere.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(25, "organiser-forwards-registration", m, X(
    "The organiser forwards a registration she received herself and asks to process it; the participant is in the forwarded part.",
    "register", "nl", fwd="yes", people=1, persons=[dict(
        name="Deelnemer Zesenveertig", email="d.46@bibliotheekvoorbeeldstad.example.nl",
        organisation="Bibliotheek Voorbeeldstad", role="coördinator educatie",
        phone="036 - 548 46 46",
        invoice_address="Bibliotheek Voorbeeldstad, Stadhuisplein 1, 1315 XX Almere")]))

# 026 reply to the robot's incomplete mail (Dutch), completing details
body = """Hierbij de ontbrekende gegevens:

Organisatie: Stichting Voorbeeld Jeugd
Functie: ambulant hulpverlener
Telefoon: 06-12345647

Groet, Deelnemer Zevenenveertig

Op 12 april 2010 10:02 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:
> Beste Deelnemer Zevenenveertig,
>
> Dank voor uw bericht over de leergang
> "Almere: Sociale ambities in een groeiende stad".
> Om u te kunnen aanmelden missen wij nog:
>   - organisatie
>
> Wat wij wel hebben begrepen:
>   Naam: Deelnemer Zevenenveertig
>   E-mail: d.47@voorbeeldjeugd.example.nl
>
> Antwoord op deze mail met de ontbrekende gegevens, bijvoorbeeld:
>
>   Naam: ...
>   Organisatie: ...
>   E-mail: ...
>   Functie: ...
>   Telefoon: ...
>
> Uw plaats in de volgorde van aanmelding blijft bewaard.
>
> Met vriendelijke groet,
>
> Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
> secretariaat@almere.nl
"""
m = alt(body, html_gmail(body))
headers(m, "Deelnemer Zevenenveertig <d.47@voorbeeldjeugd.example.nl>",
        "Re: Aanmelding Almere: Sociale ambities in een groeiende stad: wij missen nog gegevens",
        "Mon, 12 Apr 2010 11:40:13 +0200",
        mid="<n2k1e2d3c4b1004120240z5a6b7c8d@mail.voorbeeldjeugd.example.nl>",
        irt="<incomplete.4712@example.org>")
add(26, "gmail-nl-reply-incomplete", m, X(
    "A reply to the robot's 'gegevens missen' mail that supplies the missing organisation; name and address come from the quoted part and the From.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Zevenenveertig", email="d.47@voorbeeldjeugd.example.nl",
        organisation="Stichting Voorbeeld Jeugd", role="ambulant hulpverlener",
        phone="06-12345647")]))

# 027 English reply to incomplete, Outlook quote
body = """Apologies, here is what was missing:

Organisation: Example Care Foundation
Job title: quality officer
Invoice address: Example Care Foundation, Voorbeeldsingel 48, 1318 PQ Almere

Participant Forty-Eight

From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: Tuesday, April 13, 2010 08:05
To: Participant Forty-Eight
Subject: Registration for Almere: Sociale ambities in een groeiende stad: details missing

Dear Participant Forty-Eight,

Thank you for your mail about the course
"Almere: Sociale ambities in een groeiende stad".
To register you we still need:
  - organisation

What we did understand:
  Name: Participant Forty-Eight
  E-mail: participant.48@examplecare.example.com

Please reply to this mail with the missing details, for example:
...
"""
m = alt(body, html_outlook(body, "EN-US"), charset="windows-1252")
headers(m, "Participant Forty-Eight <participant.48@examplecare.example.com>",
        "RE: Registration for Almere: Sociale ambities in een groeiende stad: details missing",
        "Tue, 13 Apr 2010 09:17:45 +0200",
        mid="<3C4D5E6F70818293@mail.examplecare.example.com>",
        irt="<incomplete.4812@example.org>",
        extra=[("X-Mailer", "Microsoft Office Outlook 14.0")])
add(27, "outlook-en-reply-incomplete", m, X(
    "English Outlook reply completing an incomplete registration.",
    "register", "en", people=1, persons=[dict(
        name="Participant Forty-Eight", email="participant.48@examplecare.example.com",
        organisation="Example Care Foundation", role="quality officer",
        invoice_address="Example Care Foundation, Voorbeeldsingel 48, 1318 PQ Almere")]))

# 028 reply to incomplete, top-post minimal, iPhone
body = """Organisatie is Welzijn Voorbeeldstad, ik ben wijkcoach.

Verzonden vanaf mijn iPhone

Op 13 apr. 2010 om 14:22 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

> Beste Cursist Negenenveertig,
>
> Dank voor uw bericht over de leergang
> "Almere: Sociale ambities in een groeiende stad".
> Om u te kunnen aanmelden missen wij nog:
>   - organisatie
>
> Wat wij wel hebben begrepen:
>   Naam: Cursist Negenenveertig
>   E-mail: c.49@welzijnvoorbeeldstad.example.nl
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Cursist Negenenveertig <c.49@welzijnvoorbeeldstad.example.nl>",
        "Re: Aanmelding Almere: Sociale ambities in een groeiende stad: wij missen nog gegevens",
        "Tue, 13 Apr 2010 18:03:09 +0200",
        mid="<0F1E2D3C-49@welzijnvoorbeeldstad.example.nl>",
        irt="<incomplete.4913@example.org>",
        extra=[("X-Mailer", "iPhone Mail (7E18)")])
add(28, "iphone-nl-reply-incomplete", m, X(
    "One-line iPhone reply to the incomplete mail giving organisation and role; name and address from the quote.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Negenenveertig", email="c.49@welzijnvoorbeeldstad.example.nl",
        organisation="Welzijn Voorbeeldstad", role="wijkcoach")]))

# 029 absence in the subject
body = """Beste organisatie,

Ik ben op 2 november (dag 3) helaas afwezig vanwege een congres, maar ik wil graag wel deelnemen aan de leergang.

Naam: Deelnemer Vijftig
Organisatie: GGD Voorbeeldregio
Functie: jeugdarts
E-mail: d.vijftig@ggdvoorbeeldregio.example.nl

Met vriendelijke groet,
Deelnemer Vijftig
"""
m = single(text_part(body))
headers(m, "Deelnemer Vijftig <d.vijftig@ggdvoorbeeldregio.example.nl>",
        "ik ben afwezig op dag 3 maar wil me aanmelden", "Wed, 14 Apr 2010 10:44:00 +0200",
        mid="<4BC5802C.1010508@ggdvoorbeeldregio.example.nl>")
add(29, "nl-absence-subject-register", m, X(
    "Subject mentions absence on day 3 but the mail is a plain registration; nothing is asked.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Vijftig", email="d.vijftig@ggdvoorbeeldregio.example.nl",
        organisation="GGD Voorbeeldregio", role="jeugdarts")]))

# 030 English, will miss day 2
body = """Hello,

I will miss day 2 (23 September) because of leave, but I'd still very much like to register for the course.

Participant Fifty-One
Trainer, Voorbeeld Onderwijsgroep
participant.51@voorbeeldonderwijs.example.nl
"""
m = single(text_part(body, flowed=True))
headers(m, "Participant Fifty-One <participant.51@voorbeeldonderwijs.example.nl>",
        "Registration (absent on day 2)", "Thu, 15 Apr 2010 16:30:30 +0200",
        mid="<4BC723E6.6000903@voorbeeldonderwijs.example.nl>",
        extra=[("User-Agent", "Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; en-US; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4")])
add(30, "en-absent-day2-register", m, X(
    "English registration that mentions missing day 2; still a registration with no question.",
    "register", "en", people=1, persons=[dict(
        name="Participant Fifty-One", email="participant.51@voorbeeldonderwijs.example.nl",
        organisation="Voorbeeld Onderwijsgroep", role="Trainer")]))

# 031 registration plus question (parking)
body = """Goedemiddag,

Ik meld mij aan voor de leergang. Is er bij de bibliotheek ook parkeergelegenheid, of kan ik beter met de trein komen?

Naam: Cursist Tweeënvijftig
Organisatie: Stichting Voorbeeld Mantelzorg
Functie: consulent mantelzorg
Telefoon: 036-5215252

Hartelijke groet,
Cursist Tweeënvijftig
"""
m = alt(body, html_apple(body))
headers(m, "Cursist =?utf-8?q?Twee=C3=ABnvijftig?= <c.52@voorbeeldmantelzorg.example.nl>",
        "Aanmelding + vraag parkeren", "Fri, 16 Apr 2010 13:13:13 +0200",
        mid="<D4E5F6A7-52@voorbeeldmantelzorg.example.nl>",
        extra=[("X-Mailer", "Apple Mail (2.1078)")])
add(31, "apple-nl-register-question-parking", m, X(
    "A registration that also asks about parking: register, question yes.",
    "register", "nl", q="yes", people=1, persons=[dict(
        name="Cursist Tweeënvijftig", email="c.52@voorbeeldmantelzorg.example.nl",
        organisation="Stichting Voorbeeld Mantelzorg", role="consulent mantelzorg",
        phone="036-5215252")]))

# 032 English registration plus question about VAT
body = """Dear organiser,

Please register me for the four-day course:

Name: Participant Fifty-Three
Organisation: Example Youth Services
Role: team manager
Email: participant.53@exampleyouth.example.com
Invoice address: Example Youth Services, Voorbeeldpad 53, 1325 RS Almere
Invoice reference: EYS-0453

One question: is the EUR 1,000 fee inclusive or exclusive of VAT? Our finance department needs to know.

Kind regards,
Participant Fifty-Three
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Participant Fifty-Three <participant.53@exampleyouth.example.com>",
        "Registration and a question", "Mon, 19 Apr 2010 08:59:00 +0200",
        mid="<20100419065900.GA5353@exampleyouth.example.com>")
add(32, "en-register-question-vat", m, X(
    "English registration with a question about VAT: register, question yes.",
    "register", "en", q="yes", people=1, persons=[dict(
        name="Participant Fifty-Three", email="participant.53@exampleyouth.example.com",
        organisation="Example Youth Services", role="team manager",
        invoice_address="Example Youth Services, Voorbeeldpad 53, 1325 RS Almere",
        invoice_reference="EYS-0453")]))
