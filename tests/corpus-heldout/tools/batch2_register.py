# Genuine registrations, part 2 (033-064). Messages and labels by hand.
from lib import *  # noqa

# 033 details only in an attached .docx
body = """Beste,

In de bijlage vindt u het ingevulde aanmeldformulier voor de leergang.

Met vriendelijke groet,
Deelnemer Vierenvijftig
"""
att = attachment(docx(["Aanmeldformulier deSTADSWIJKstudies op locatie Almere",
                       "Naam: Deelnemer Vierenvijftig",
                       "Organisatie: Stichting Voorbeeld Welzijn",
                       "Functie: sociaal werker",
                       "E-mail: d.54@voorbeeldwelzijn.example.nl",
                       "Telefoon: 036-5385454",
                       "Factuuradres: Postbus 3838, 1300 EE Almere"]),
                 "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Aanmeldformulier leergang Almere.docx")
m = mixed(text_part(body, charset="windows-1252", cte="quoted-printable"), [att])
headers(m, "Deelnemer Vierenvijftig <d.54@voorbeeldwelzijn.example.nl>",
        "Aanmeldformulier", "Tue, 20 Apr 2010 11:11:11 +0200",
        mid="<001501cae07a$1c2d3e40$54f5a6b7$@voorbeeldwelzijn.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(33, "nl-details-in-docx", m, X(
    "The details are only in the attached Word form; the text alone carries no organisation or role, so a person must read the attachment.",
    "human", "nl"))

# 034 details only in an attached PDF (scan-like)
body = """Goedemiddag,

Bijgaand het aanmeldformulier van onze medewerker. Graag een bevestiging.

Groet,
Afdeling P&O
Voorbeeld Onderwijsgroep
"""
att = attachment(pdf(["Aanmeldformulier leergang deSTADSWIJKstudies Almere",
                      "Naam: Cursist Vijfenvijftig",
                      "Organisatie: Voorbeeld Onderwijsgroep",
                      "Functie: schoolmaatschappelijk werker",
                      "E-mail: c.55@voorbeeldonderwijs.example.nl",
                      "Handtekening leidinggevende: akkoord"]),
                 "application", "pdf", "scan_aanmelding_0420.pdf")
m = mixed(text_part(body), [att])
headers(m, "P&O Voorbeeld Onderwijsgroep <peno@voorbeeldonderwijs.example.nl>",
        "aanmelding", "Tue, 20 Apr 2010 15:45:02 +0200",
        mid="<4BCDB01E.4080600@voorbeeldonderwijs.example.nl>")
add(34, "nl-details-in-pdf", m, X(
    "HR sends a scanned PDF form; the participant is named only in the PDF, so a person must read it.",
    "human", "nl"))

# 035 English, attachment-only
body = """Hello,

Please find attached the registration form for our new colleague. Let me know if anything else is needed.

Kind regards,
HR Officer Fifty-Six
Example Care Foundation
"""
att = attachment(docx(["Registration form", "Name: Participant Fifty-Seven",
                       "Organisation: Example Care Foundation", "Role: nurse practitioner",
                       "Email: participant.57@examplecare.example.com"]),
                 "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "registration_form_P57.docx")
m = mixed(alt(body, html_outlook(body, "EN-GB"), charset="windows-1252"), [att])
headers(m, "HR Officer Fifty-Six <hr.56@examplecare.example.com>",
        "Registration form attached", "Wed, 21 Apr 2010 10:30:00 +0200",
        mid="<5E6F70818293A4B5@mail.examplecare.example.com>",
        extra=[("X-Mailer", "Microsoft Office Outlook 14.0")])
add(35, "en-details-in-docx", m, X(
    "English mail whose participant is only in the attached form; the sender is HR, not the participant.",
    "human", "en"))

# 036 web form relay (Dutch), From noreply, Reply-To the participant
body = """Er is een nieuwe inzending van het formulier "Aanmelden leergang Almere".

Naam: Deelnemer Achtenvijftig
E-mailadres: d.58@buurtwerknoord.example.nl
Organisatie: Buurtwerk Noord (voorbeeld)
Functie: jongerenwerker
Telefoonnummer: 0612345658
Dieetwensen: veganistisch
Factuuradres: Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere
Factuurkenmerk:
Opmerkingen:

--
Deze e-mail is verzonden vanaf het contactformulier op www.stadswijkstudies.example.org
"""
m = single(text_part(body))
headers(m, "Website deSTADSWIJKstudies <noreply@stadswijkstudies.example.org>",
        "Nieuwe inzending: Aanmelden leergang Almere", "Thu, 22 Apr 2010 22:04:51 +0200",
        mid="<c0ffee58a1b2c3d4e5f6@www.stadswijkstudies.example.org>",
        reply_to="Deelnemer Achtenvijftig <d.58@buurtwerknoord.example.nl>",
        extra=[("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)")])
add(36, "webform-nl-relay", m, X(
    "A web form submission relayed by the site; the participant is in the fields (and Reply-To), not the noreply sender; empty fields carry nothing.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Achtenvijftig", email="d.58@buurtwerknoord.example.nl",
        organisation="Buurtwerk Noord (voorbeeld)", role="jongerenwerker",
        phone="0612345658", diet="veganistisch",
        invoice_address="Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere")]))

# 037 web form English (HTML only table)
html = """<html><body>
<h3>New registration - Almere course</h3>
<table border="0" cellpadding="4">
<tr><td><b>Full name</b></td><td>Participant Fifty-Nine</td></tr>
<tr><td><b>Email</b></td><td>Participant.59@ExampleYouth.example.com</td></tr>
<tr><td><b>Organisation</b></td><td>Example Youth Services</td></tr>
<tr><td><b>Job title</b></td><td>youth worker</td></tr>
<tr><td><b>Phone</b></td><td>06 12 34 56 59</td></tr>
<tr><td><b>Dietary requirements</b></td><td>none</td></tr>
<tr><td><b>Invoice address</b></td><td>Example Youth Services, Voorbeeldpad 53, 1325 RS Almere</td></tr>
<tr><td><b>PO / reference</b></td><td>EYS-0459</td></tr>
</table>
<p style="color:#888">Submitted via the registration form on stadswijkstudies.example.org</p>
</body></html>
"""
m = single(html_part(html))
headers(m, "Registration form <forms@stadswijkstudies.example.org>",
        "[Form] New registration - Almere course", "Fri, 23 Apr 2010 07:12:00 +0200",
        mid="<form.59.1272000720@stadswijkstudies.example.org>",
        reply_to="participant.59@exampleyouth.example.com")
add(37, "webform-en-html-table", m, X(
    "An HTML-only web form submission in English; the address is written in mixed case and 'none' means no diet.",
    "register", "en", people=1, persons=[dict(
        name="Participant Fifty-Nine", email="participant.59@exampleyouth.example.com",
        organisation="Example Youth Services", role="youth worker",
        phone="06 12 34 56 59",
        invoice_address="Example Youth Services, Voorbeeldpad 53, 1325 RS Almere",
        invoice_reference="EYS-0459")]))

# 038 HR/opleidingsportaal enrolment
body = """Geachte opleider,

Via het Opleidingsportaal van Zorggroep Voorbeeld is de volgende inschrijving goedgekeurd:

Opleiding:       deSTADSWIJKstudies op locatie Almere (4 dagen)
Medewerker:      Medewerker Zestig
E-mail:          m.zestig@zorggroepvoorbeeld.example.nl
Functie:         regiomanager wijkzorg
Kostenplaats:    KP-7720
Factuuradres:    Zorggroep Voorbeeld, Crediteurenadministratie, Postbus 2020, 1301 BB Almere
Goedgekeurd door: Leidinggevende Eenenzestig

Wij verzoeken u de inschrijving te bevestigen aan de medewerker.

Dit bericht is automatisch aangemaakt door het Opleidingsportaal. U kunt op dit bericht antwoorden.
"""
m = alt(body, "<html><body><pre style=\"font-family:Segoe UI\">" + esc(body) + "</pre></body></html>\n")
headers(m, "Opleidingsportaal Zorggroep Voorbeeld <opleidingen@zorggroepvoorbeeld.example.nl>",
        "Inschrijving goedgekeurd: deSTADSWIJKstudies op locatie Almere - Medewerker Zestig",
        "Mon, 26 Apr 2010 06:00:12 +0200",
        mid="<portal.enrol.60.20100426060012@zorggroepvoorbeeld.example.nl>",
        extra=[("X-Mailer", "Opleidingsportaal 3.2")])
add(38, "crm-nl-enrolment-approved", m, X(
    "An HR-portal enrolment notice; it is system-made but asks for a confirmation and carries no auto-reply marks, and it registers the named employee.",
    "register", "nl", people=1, persons=[dict(
        name="Medewerker Zestig", email="m.zestig@zorggroepvoorbeeld.example.nl",
        organisation="Zorggroep Voorbeeld", role="regiomanager wijkzorg",
        invoice_address="Zorggroep Voorbeeld, Crediteurenadministratie, Postbus 2020, 1301 BB Almere",
        invoice_reference="KP-7720")]))

# 039 Outlook Express, iso-8859-1, QP
raw = """From: "Cursist Tweeenzestig" <cursist62@example.nl>
To: <aanmelden@example.org>
Subject: Aanmelding leergang
Date: Tue, 27 Apr 2010 19:48:03 +0200
Message-ID: <001a01cae634$8f1e2d30$0200a8c0@thuispc>
MIME-Version: 1.0
Content-Type: text/plain;
\tformat=flowed;
\tcharset="iso-8859-1";
\treply-type=original
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
X-MSMail-Priority: Normal
X-Mailer: Microsoft Outlook Express 6.00.2900.5843
X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.5579

Geachte heer, mevrouw,

Hierbij wil ik mij aanmelden voor de leergang "Sociale ambities in een =

groeiende stad".
Ik ben vrijwilligerscoördinator bij Stichting Voorbeeld Vrijwilligers=20
Almere.
Mijn telefoonnummer is 036-5316262. Ik mail vanaf mijn priv=E9adres.

Factuur graag naar: Stichting Voorbeeld Vrijwilligers Almere, Voorbeeldhof=
 62, 1335 TU Almere.

Met vriendelijke groet,
Cursist Twee=EBnzestig=20
"""
add(39, "oe-nl-iso88591-private", Raw(raw), X(
    "Outlook Express from a private address; the registration uses that address since no other is given.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Tweeënzestig", email="cursist62@example.nl",
        organisation="Stichting Voorbeeld Vrijwilligers Almere",
        role="vrijwilligerscoördinator", phone="036-5316262",
        invoice_address="Stichting Voorbeeld Vrijwilligers Almere, Voorbeeldhof 62, 1335 TU Almere")]))

# 040 BlackBerry
body = """Meld mij aan svp voor leergang almere. Persoon Drieenzestig, manager wonen, Voorbeeld Wonen. Factuur naar postbus 3030 1300 CC Almere

Verzonden vanaf mijn draadloze BlackBerry®-toestel"""
m = single(text_part(body, cte="base64"))
headers(m, "p.63@voorbeeldwonen.example.nl",
        "Aanmelding", "Wed, 28 Apr 2010 07:21:19 +0000",
        mid="<1234567890-1272439279-cardhu_decombobulator_blackberry.rim.net-63@bda.example.net>",
        extra=[("Sensitivity", "Normal"), ("Importance", "Normal")])
add(40, "blackberry-nl-oneliner", m, X(
    "A one-line BlackBerry registration without display name; name, role, organisation and invoice address are in the line.",
    "register", "nl", people=1, persons=[dict(
        name="Persoon Drieenzestig", email="p.63@voorbeeldwonen.example.nl",
        organisation="Voorbeeld Wonen", role="manager wonen",
        invoice_address="postbus 3030 1300 CC Almere")]))

# 041 first name / last name split
body = """Aanmelding leergang deSTADSWIJKstudies

Voornaam: Cursist
Achternaam: Vierenzestig
Organisatie: GGZ Voorbeeld
Functie: preventiewerker
E-mail: cursist.vierenzestig@ggzvoorbeeld.example.nl
Telefoon: 036-5406464
Factuuradres: GGZ Voorbeeld, Postbus 6464, 1300 FF Almere
Kenmerk factuur: 2010/PREV/64
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "cursist.vierenzestig@ggzvoorbeeld.example.nl",
        "Aanmelding leergang deSTADSWIJKstudies", "Wed, 28 Apr 2010 14:02:40 +0200",
        mid="<20100428120240.64ABC@ggzvoorbeeld.example.nl>")
add(41, "nl-firstname-lastname-split", m, X(
    "The name is split into Voornaam and Achternaam; the reader joins them.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Vierenzestig", email="cursist.vierenzestig@ggzvoorbeeld.example.nl",
        organisation="GGZ Voorbeeld", role="preventiewerker", phone="036-5406464",
        invoice_address="GGZ Voorbeeld, Postbus 6464, 1300 FF Almere",
        invoice_reference="2010/PREV/64")]))

# 042 tussenvoegsel
body = """Beste,

Graag meld ik mij aan.

Voorletters: M.
Tussenvoegsel: van der
Achternaam: Vijfenzestig
Roepnaam: Medewerker
Organisatie: Stichting Voorbeeld Mantelzorg
Functie: teamleider
E-mail: m.vandervijfenzestig@voorbeeldmantelzorg.example.nl

Met vriendelijke groet,
Medewerker van der Vijfenzestig
"""
m = single(text_part(body, flowed=True))
headers(m, "Medewerker van der Vijfenzestig <m.vandervijfenzestig@voorbeeldmantelzorg.example.nl>",
        "aanmelding", "Thu, 29 Apr 2010 09:09:09 +0200",
        mid="<4BD93155.3000407@voorbeeldmantelzorg.example.nl>")
add(42, "nl-tussenvoegsel", m, X(
    "A form with initials, tussenvoegsel and surname; the signature gives the full name.",
    "register", "nl", people=1, persons=[dict(
        name="Medewerker van der Vijfenzestig",
        email="m.vandervijfenzestig@voorbeeldmantelzorg.example.nl",
        organisation="Stichting Voorbeeld Mantelzorg", role="teamleider")]))

# 043 English, only a signature carries the details
body = """Please register me for the course.

Thanks,

Participant Sixty-Six | Programme Officer
Example Foundation for Social Inclusion
T: +31 (0)36 000 6666
www.examplefoundation.example.org
"""
m = alt(body, html_gmail(body))
headers(m, "Participant Sixty-Six <p66@examplefoundation.example.org>",
        "Almere course", "Thu, 29 Apr 2010 16:40:00 +0200",
        mid="<o2z66a1b2c3d1004290740k@mail.examplefoundation.example.org>")
add(43, "en-one-line-signature", m, X(
    "A one-line request; everything else is in the signature.",
    "register", "en", people=1, persons=[dict(
        name="Participant Sixty-Six", email="p66@examplefoundation.example.org",
        organisation="Example Foundation for Social Inclusion",
        role="Programme Officer", phone="+31 (0)36 000 6666")]))

# 044 tab-separated paste from Excel, four people
rows = [("Deelnemer Zevenenzestig", "buurtcoach", "d.67@welzijnvoorbeeldstad.example.nl"),
        ("Deelnemer Achtenzestig", "buurtcoach", "d.68@welzijnvoorbeeldstad.example.nl"),
        ("Deelnemer Negenenzestig", "teamleider", "d.69@welzijnvoorbeeldstad.example.nl"),
        ("Deelnemer Zeventig", "stagiaire", "d.70@welzijnvoorbeeldstad.example.nl")]
body = """Hoi,

Hierbij onze aanmeldingen (uit ons overzicht gekopieerd):

naam\tfunctie\te-mail
""" + "\n".join("\t".join(r) for r in rows) + """

Organisatie: Welzijn Voorbeeldstad. De factuur graag naar ons hoofdkantoor, Voorbeeldplein 1, 1315 GH Almere.

Groet,
Teamleider Eenenzeventig
"""
m = single(text_part(body, charset="windows-1252", cte="quoted-printable"))
headers(m, "Teamleider Eenenzeventig <t.71@welzijnvoorbeeldstad.example.nl>",
        "aanmeldingen Welzijn Voorbeeldstad", "Fri, 30 Apr 2010 11:20:00 +0200",
        mid="<00aa01cae84f$71717171$71a1b1c1$@welzijnvoorbeeldstad.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
inv = "Voorbeeldplein 1, 1315 GH Almere"
add(44, "nl-excel-paste-four", m, X(
    "Four colleagues pasted from a spreadsheet (tab-separated) by a team lead who is not in the list; shared organisation and invoice address.",
    "register", "nl", people=4, persons=[
        dict(name=n, email=e, organisation="Welzijn Voorbeeldstad", role=r, invoice_address=inv)
        for n, r, e in rows]))

# 045 numbered list, "Allen van ..."
body = """Beste organisatie,

Graag melden wij de volgende collega's aan voor de leergang:

1) Collega Tweeënzeventig - opbouwwerker - c.72@welzijnvoorbeeldstad.example.nl
2) Collega Drieënzeventig - ouderenadviseur - c.73@welzijnvoorbeeldstad.example.nl
3) Collega Vierenzeventig - manager - c.74@welzijnvoorbeeldstad.example.nl

Allen van Welzijn Voorbeeldstad.
Collega Drieënzeventig eet vegetarisch.

Met vriendelijke groet,
Collega Vierenzeventig
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Collega Vierenzeventig <c.74@welzijnvoorbeeldstad.example.nl>",
        "Aanmelding 3 collega's", "Mon, 3 May 2010 08:33:00 +0200",
        mid="<4BDE6F88.2050001@welzijnvoorbeeldstad.example.nl>")
add(45, "nl-numbered-three-allen-van", m, X(
    "A numbered list of three (including the sender as number 3); organisation stated once; the diet note belongs to person 2.",
    "register", "nl", people=3, persons=[
        dict(name="Collega Tweeënzeventig", email="c.72@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="opbouwwerker"),
        dict(name="Collega Drieënzeventig", email="c.73@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="ouderenadviseur", diet="vegetarisch"),
        dict(name="Collega Vierenzeventig", email="c.74@welzijnvoorbeeldstad.example.nl",
             organisation="Welzijn Voorbeeldstad", role="manager")]))

# 046 after the deadline
body = """Beste organisatie,

Ik hoorde pas gisteren van de leergang en hoop dat ik nog mee kan doen. Mijn gegevens:

Naam: Aanmelder Vijfenzeventig
Organisatie: Stichting Voorbeeld
Functie: beleidsmedewerker
E-mail: a.75@stichtingvoorbeeld.example.nl
Telefoon: 036-5127575

Met vriendelijke groet,
Aanmelder Vijfenzeventig
"""
m = single(text_part(body))
headers(m, "Aanmelder Vijfenzeventig <a.75@stichtingvoorbeeld.example.nl>",
        "Aanmelding (laat, excuses)", "Thu, 27 May 2010 10:10:00 +0200",
        mid="<4BFE2A48.7070705@stichtingvoorbeeld.example.nl>")
add(46, "nl-register-after-deadline", m, X(
    "A registration sent after registration closed (25 May); it is still a registration, the robot's closed reply handles the rest.",
    "register", "nl", people=1, persons=[dict(
        name="Aanmelder Vijfenzeventig", email="a.75@stichtingvoorbeeld.example.nl",
        organisation="Stichting Voorbeeld", role="beleidsmedewerker", phone="036-5127575")]))

# 047 address differs from From
body = """Dag,

Ik stuur dit vanaf mijn privéadres omdat mijn werkmail even niet werkt. Graag alle correspondentie naar mijn werkadres: cursist.76@bibliotheekvoorbeeldstad.example.nl

Naam: Cursist Zesenzeventig
Organisatie: Bibliotheek Voorbeeldstad
Functie: mediacoach

Groet,
Cursist Zesenzeventig
"""
m = alt(body, html_gmail(body))
headers(m, "Cursist Zesenzeventig <cursist76.prive@gmail.example.com>",
        "aanmelding leergang", "Tue, 4 May 2010 21:30:00 +0200",
        mid="<q2t76b1c2d31005041230w@mail.gmail.example.com>")
add(47, "gmail-nl-work-address-differs", m, X(
    "Sent from a private address but the writer asks for the work address: that stated address is the participant's.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Zesenzeventig", email="cursist.76@bibliotheekvoorbeeldstad.example.nl",
        organisation="Bibliotheek Voorbeeldstad", role="mediacoach")]))

# 048 reply to the organiser's invitation
body = """Ja, ik doe graag mee!

Deelnemer Zevenenzeventig
Wijkteam Haven, Stichting Voorbeeld Welzijn
coördinator
06-12345677

Op 3 mei 2010 16:00 schreef Secretariaat DMO <secretariaat@almere.nl>:
> Geachte relatie,
>
> De gemeente Almere organiseert samen met deSTADSWIJKstudies de leergang
> "Almere: Sociale ambities in een groeiende stad": vier bijeenkomsten op
> 1 juni, 23 september, 2 november en 23 november 2010.
>
> U kunt zich aanmelden door een mail te sturen naar aanmelden@example.org
> met uw naam, organisatie, functie en e-mailadres.
>
> Met vriendelijke groet,
>
> Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
"""
m = alt(body, html_gmail(body))
headers(m, "Deelnemer Zevenenzeventig <d.77@voorbeeldwelzijn.example.nl>",
        "Re: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
        "Wed, 5 May 2010 09:02:33 +0200",
        mid="<r2u77c1d2e31005050002x@mail.voorbeeldwelzijn.example.nl>",
        irt="<invite.20100503@almere.nl>")
add(48, "gmail-nl-yes-to-invitation", m, X(
    "A reply to the organiser's invitation (which named the robot's address) saying yes with a signature; the quoted invitation is not the participant.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Zevenenzeventig", email="d.77@voorbeeldwelzijn.example.nl",
        organisation="Stichting Voorbeeld Welzijn", role="coördinator",
        phone="06-12345677")]))

# 049 English group of three, flowed
body = """Dear secretariat,

We would like to register three people from Example Youth Services for the Almere programme:

- Participant Seventy-Eight, youth worker, participant.78@exampleyouth.example.com
- Participant Seventy-Nine, youth worker, participant.79@exampleyouth.example.com, vegetarian
- Participant Eighty, senior policy officer, participant.80@exampleyouth.example.com

Invoice for all three: Example Youth Services, Voorbeeldpad 53, 1325 RS Almere, reference EYS-0480.

Best wishes,
Participant Eighty
"""
m = single(text_part(body, flowed=True))
headers(m, "Participant Eighty <participant.80@exampleyouth.example.com>",
        "Three registrations", "Thu, 6 May 2010 13:00:00 +0200",
        mid="<4BE2A1F0.8000001@exampleyouth.example.com>",
        extra=[("User-Agent", "Mozilla/5.0 (X11; U; Linux i686; en-GB; rv:1.9.1.9) Gecko/20100411 Thunderbird/3.0.4")])
inv = "Example Youth Services, Voorbeeldpad 53, 1325 RS Almere"
add(49, "tb-en-three-bullets", m, X(
    "English bullet list of three, the sender is the third; one invoice address and reference for all.",
    "register", "en", people=3, persons=[
        dict(name="Participant Seventy-Eight", email="participant.78@exampleyouth.example.com",
             organisation="Example Youth Services", role="youth worker",
             invoice_address=inv, invoice_reference="EYS-0480"),
        dict(name="Participant Seventy-Nine", email="participant.79@exampleyouth.example.com",
             organisation="Example Youth Services", role="youth worker", diet="vegetarian",
             invoice_address=inv, invoice_reference="EYS-0480"),
        dict(name="Participant Eighty", email="participant.80@exampleyouth.example.com",
             organisation="Example Youth Services", role="senior policy officer",
             invoice_address=inv, invoice_reference="EYS-0480")]))

# 050 "Dieetwensen: geen"
body = """Naam: Medewerker Eenentachtig
Organisatie: Voorbeeld Onderwijsgroep
Functie: directeur basisschool
E-mail: m.81@voorbeeldonderwijs.example.nl
Telefoon: 036-5208181
Dieetwensen: geen
Factuuradres: Voorbeeld Onderwijsgroep, Postbus 8181, 1300 GG Almere
"""
m = single(text_part(body, cte="7bit"))
headers(m, "Medewerker Eenentachtig <m.81@voorbeeldonderwijs.example.nl>",
        "Aanmelding leergang Almere", "Fri, 7 May 2010 08:00:00 +0200",
        mid="<20100507060000.81@voorbeeldonderwijs.example.nl>")
add(50, "nl-bare-form-diet-none", m, X(
    "A bare form with no greeting; 'Dieetwensen: geen' means there is no diet to record.",
    "register", "nl", people=1, persons=[dict(
        name="Medewerker Eenentachtig", email="m.81@voorbeeldonderwijs.example.nl",
        organisation="Voorbeeld Onderwijsgroep", role="directeur basisschool",
        phone="036-5208181",
        invoice_address="Voorbeeld Onderwijsgroep, Postbus 8181, 1300 GG Almere")]))

# 051 English two people, two organisations
body = """Hi there,

Could you register the two of us? We're running a joint project and would like to follow the course together.

1. Participant Eighty-Two - project lead - Example Housing Association - participant.82@examplehousing.example.com
2. Participant Eighty-Three - community worker - Buurtwerk Noord (voorbeeld) - p.83@buurtwerknoord.example.nl

Each organisation pays for its own person; invoices to the usual addresses please (Example Housing Association, Voorbeeldkade 40, 1316 JK Almere / Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere).

Thanks a lot,
Participant Eighty-Two
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Participant Eighty-Two <participant.82@examplehousing.example.com>",
        "2 registrations (joint project)", "Mon, 10 May 2010 10:00:00 +0200",
        mid="<20100510080000.82@mail.examplehousing.example.com>")
add(51, "en-two-orgs-two-invoices", m, X(
    "Two people from two organisations, each with its own invoice address.",
    "register", "en", people=2, persons=[
        dict(name="Participant Eighty-Two", email="participant.82@examplehousing.example.com",
             organisation="Example Housing Association", role="project lead",
             invoice_address="Example Housing Association, Voorbeeldkade 40, 1316 JK Almere"),
        dict(name="Participant Eighty-Three", email="p.83@buurtwerknoord.example.nl",
             organisation="Buurtwerk Noord (voorbeeld)", role="community worker",
             invoice_address="Buurtwerk Noord, Voorbeeldstraat 18, 1324 LM Almere")]))

# 052 municipal employee plus external partner
body = """Beste,

Ik meld mezelf aan, en ook onze partner in het project Wijkaanpak Haven:

Ikzelf: Ambtenaar Vierentachtig, wijkmanager, Gemeente Almere, avierentachtig@almere.nl
Partner: Deelnemer Vijfentachtig, directeur Stichting Voorbeeld Buurthuis, d.85@voorbeeldbuurthuis.example.nl
Factuur voor de partner naar: Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere

Groet,
Ambtenaar Vierentachtig
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Ambtenaar Vierentachtig <avierentachtig@almere.nl>",
        "Aanmelding leergang (2 personen)", "Tue, 11 May 2010 12:12:12 +0200",
        mid="<B2C3D4E5F6071829@MBX02.almere.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(52, "outlook-nl-municipal-plus-partner", m, X(
    "A municipal employee registers herself and an external partner; the invoice address is for the partner only.",
    "register", "nl", people=2, persons=[
        dict(name="Ambtenaar Vierentachtig", email="avierentachtig@almere.nl",
             organisation="Gemeente Almere", role="wijkmanager"),
        dict(name="Deelnemer Vijfentachtig", email="d.85@voorbeeldbuurthuis.example.nl",
             organisation="Stichting Voorbeeld Buurthuis", role="directeur",
             invoice_address="Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere")]))

# 053 re-send: no confirmation received
body = """Goedendag,

Twee weken geleden heb ik mij aangemeld, maar ik heb nooit een bevestiging ontvangen. Misschien is er iets misgegaan, dus bij deze nogmaals:

Cursist Zesentachtig
Stichting Voorbeeld Jeugd, gezinscoach
c.86@voorbeeldjeugd.example.nl
06-12345686
"""
m = single(text_part(body))
headers(m, "Cursist Zesentachtig <c.86@voorbeeldjeugd.example.nl>",
        "Nogmaals aanmelding", "Wed, 12 May 2010 09:45:00 +0200",
        mid="<4BEA5C6C.8608@voorbeeldjeugd.example.nl>")
add(53, "nl-resend-no-confirmation", m, X(
    "A registration sent again because no confirmation arrived; it is a registration (duplicates are the robot's business), not a question.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Zesentachtig", email="c.86@voorbeeldjeugd.example.nl",
        organisation="Stichting Voorbeeld Jeugd", role="gezinscoach", phone="06-12345686")]))

# 054 municipal staff writing in English
body = """Dear colleagues,

I would like to take part in the deSTADSWIJKstudies programme. I started at the municipality last month as an international policy advisor (Gemeente Almere, Economic Affairs), so I'm writing in English.

Name: Medewerker Eighty-Seven
E-mail: m87@almere.nl
Phone: 036 539 9187

Regards,
Medewerker Eighty-Seven
"""
m = alt(body, html_outlook(body, "EN-GB"), charset="windows-1252")
headers(m, "Medewerker Eighty-Seven <m87@almere.nl>",
        "Registration deSTADSWIJKstudies", "Wed, 12 May 2010 14:14:14 +0200",
        mid="<C3D4E5F607182930@MBX01.almere.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(54, "outlook-en-municipal", m, X(
    "An English registration from a municipal employee.",
    "register", "en", people=1, persons=[dict(
        name="Medewerker Eighty-Seven", email="m87@almere.nl",
        organisation="Gemeente Almere", role="international policy advisor",
        phone="036 539 9187")]))

# 055 Outlook with inline logo (multipart/related) and long disclaimer
body = """Beste organisatie,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Met vriendelijke groet,

Deelnemer Achtentachtig
Adviseur maatschappelijk vastgoed
Voorbeeld Wonen
Postbus 3030 | 1300 CC Almere
T 036 540 88 88 | M 06 1234 5688

[logo Voorbeeld Wonen]

Aan dit bericht kunnen geen rechten worden ontleend. Voorbeeld Wonen is niet aansprakelijk voor schade als gevolg van onjuiste of onvolledige overbrenging van de inhoud van dit bericht.
"""
html = html_outlook(body).replace("[logo Voorbeeld Wonen]", '<img width=120 height=40 src="cid:image001.png@01CAF1A2.3B4C5D60" alt="logo Voorbeeld Wonen">')
rel = EmailMessage()
rel.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
rel.add_related(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, maintype="image", subtype="png",
                cid="<image001.png@01CAF1A2.3B4C5D60>", filename="image001.png")
m = EmailMessage()
m.make_alternative()
m.attach(text_part(body, cte="quoted-printable"))
m.attach(rel)
headers(m, "Deelnemer Achtentachtig <d.88@voorbeeldwonen.example.nl>",
        "Aanmelding leergang", "Thu, 13 May 2010 10:20:30 +0200",
        mid="<D4E5F60718293A4B@EXCH02.voorbeeldwonen.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 14.0")])
add(55, "outlook-nl-related-logo-disclaimer", m, X(
    "Outlook mail with an inline logo and a disclaimer; details in the signature, two phone numbers of which the first (office) is taken.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Achtentachtig", email="d.88@voorbeeldwonen.example.nl",
        organisation="Voorbeeld Wonen", role="Adviseur maatschappelijk vastgoed",
        phone="036 540 88 88")]))

# 056 shared mailbox registers a named participant
body = """Goedemiddag,

Vanuit het algemene secretariaat melden wij aan:

Naam deelnemer: Persoon Negenentachtig
E-mail deelnemer: p.89@voorbeeldbuurthuis.example.nl
Functie: activiteitenbegeleider
Organisatie: Stichting Voorbeeld Buurthuis
Factuur: Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere

Met vriendelijke groet,
Secretariaat Stichting Voorbeeld Buurthuis
"""
m = single(text_part(body))
headers(m, "Info Stichting Voorbeeld Buurthuis <info@voorbeeldbuurthuis.example.nl>",
        "aanmelding deelnemer", "Fri, 14 May 2010 13:31:00 +0200",
        mid="<4BED3264.89@voorbeeldbuurthuis.example.nl>")
add(56, "nl-shared-mailbox-registers-named", m, X(
    "A shared info@ mailbox registers a named participant with her own address; the mailbox is not the participant.",
    "register", "nl", people=1, persons=[dict(
        name="Persoon Negenentachtig", email="p.89@voorbeeldbuurthuis.example.nl",
        organisation="Stichting Voorbeeld Buurthuis", role="activiteitenbegeleider",
        invoice_address="Stichting Voorbeeld Buurthuis, Voorbeeldsteeg 85, 1351 VW Almere")]))

# 057 Android/HTC plain
body = """Hallo, hierbij meld ik me aan: Deelnemer Negentig, GGD Voorbeeldregio (sociaal verpleegkundige), tel 0612345690.
Groet

-- Verzonden vanaf mijn HTC"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "d.negentig@ggdvoorbeeldregio.example.nl",
        "Aanmelding leergang", "Sat, 15 May 2010 11:02:00 +0200",
        mid="<htc.90.1273914120@ggdvoorbeeldregio.example.nl>")
add(57, "htc-nl-short", m, X(
    "A short phone registration; the address is only in From.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Negentig", email="d.negentig@ggdvoorbeeldregio.example.nl",
        organisation="GGD Voorbeeldregio", role="sociaal verpleegkundige",
        phone="0612345690")]))

# 058 other municipality (not Almere)
body = """Geachte organisatie,

Ook buiten Almere is er belangstelling voor uw leergang. Graag meld ik mij aan.

Naam: Beleidsmedewerker Eenennegentig
Organisatie: Gemeente Voorbeeldstad
Functie: beleidsmedewerker Wmo
E-mail: b.91@voorbeeldstad.example.nl
Factuuradres: Gemeente Voorbeeldstad, Postbus 91, 9999 ZZ Voorbeeldstad
Inkoopordernummer: 4500091091

Met vriendelijke groet,
Beleidsmedewerker Eenennegentig
"""
m = alt(body, html_outlook(body), charset="windows-1252")
headers(m, "Beleidsmedewerker Eenennegentig <b.91@voorbeeldstad.example.nl>",
        "Aanmelding leergang Almere", "Mon, 17 May 2010 09:15:00 +0200",
        mid="<E5F607182930A4B5@mail.voorbeeldstad.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(58, "outlook-nl-other-municipality", m, X(
    "An employee of another municipality registers; she is not Almere staff, so an invoice address and order number are given.",
    "register", "nl", people=1, persons=[dict(
        name="Beleidsmedewerker Eenennegentig", email="b.91@voorbeeldstad.example.nl",
        organisation="Gemeente Voorbeeldstad", role="beleidsmedewerker Wmo",
        invoice_address="Gemeente Voorbeeldstad, Postbus 91, 9999 ZZ Voorbeeldstad",
        invoice_reference="4500091091")]))

# 059 semicolon list, seven people
seven = [("Medewerker Tweeënnegentig", "wijkwerker"), ("Medewerker Drieënnegentig", "wijkwerker"),
         ("Medewerker Vierennegentig", "teamleider"), ("Medewerker Vijfennegentig", "sociaal werker"),
         ("Medewerker Zesennegentig", "sociaal werker"), ("Medewerker Zevenennegentig", "beleidsadviseur"),
         ("Medewerker Achtennegentig", "directeur")]
addr = ["m.92", "m.93", "m.94", "m.95", "m.96", "m.97", "m.98"]
body = """Beste,

Hierbij de aanmelding van zeven medewerkers van Stichting Voorbeeld Welzijn (naam;functie;e-mail):

""" + "\n".join("%s;%s;%s@voorbeeldwelzijn.example.nl" % (n, r, a) for (n, r), a in zip(seven, addr)) + """

Factuuradres: Stichting Voorbeeld Welzijn, Postbus 3838, 1300 EE Almere
Kenmerk: SVW-LG-2010

Ik weet dat er tot 11 mei maximaal drie plaatsen per organisatie waren; de overige vier mogen op de wachtlijst.

Groet,
Medewerker Achtennegentig, directeur
"""
m = single(text_part(body, cte="quoted-printable"))
headers(m, "Medewerker Achtennegentig <m.98@voorbeeldwelzijn.example.nl>",
        "Aanmelding 7 medewerkers", "Tue, 18 May 2010 16:16:16 +0200",
        mid="<4BF2A0A0.9898@voorbeeldwelzijn.example.nl>")
inv = "Stichting Voorbeeld Welzijn, Postbus 3838, 1300 EE Almere"
add(59, "nl-semicolon-seven", m, X(
    "Seven people as semicolon-separated lines, the director (sender) is the last; one invoice address and reference for all.",
    "register", "nl", people=7, persons=[
        dict(name=n, email=a + "@voorbeeldwelzijn.example.nl", organisation="Stichting Voorbeeld Welzijn",
             role=r, invoice_address=inv, invoice_reference="SVW-LG-2010")
        for (n, r), a in zip(seven, addr)]))

# 060 English, register plus question about sending someone on one day
body = """Hello,

Please sign me up:
Participant Ninety-Nine
Example Care Foundation, team leader home care
participant.99@examplecare.example.com

Question: if I cannot attend day 4, may a colleague come in my place just for that day?

Thank you,
Participant Ninety-Nine
"""
m = single(text_part(body, flowed=True))
headers(m, "Participant Ninety-Nine <participant.99@examplecare.example.com>",
        "Sign-up + question", "Wed, 19 May 2010 11:11:00 +0200",
        mid="<4BF3AAE4.9999@examplecare.example.com>")
add(60, "en-register-question-one-day-substitute", m, X(
    "A registration that also asks whether a colleague may come for one day: register, question yes.",
    "register", "en", q="yes", people=1, persons=[dict(
        name="Participant Ninety-Nine", email="participant.99@examplecare.example.com",
        organisation="Example Care Foundation", role="team leader home care")]))

# 061 Outlook Express-like HTML+text base64 windows-1252
body = """Goedenavond,

Bij dezen meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Cursist Honderd
Organisatie: Stichting Voorbeeld Vrijwilligers Almere
Functie: bestuurslid (vrijwilliger)
E-mail: cursist.honderd@example.nl
Dieet: geen varkensvlees

Vriendelijke groeten,
Cursist Honderd
"""
m = alt(body, "<html><body><font face=Arial size=2>" + "<br>".join(esc(l) for l in body.split("\n")) + "</font></body></html>\n",
        charset="windows-1252", cte="base64")
headers(m, "\"Cursist Honderd\" <cursist.honderd@example.nl>",
        "aanmelding", "Wed, 19 May 2010 22:40:00 +0200",
        mid="<000901caf78f$4a5b6c70$0100a8c0@pc100>",
        extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-Priority", "3")])
add(61, "oe-nl-base64-html-text", m, X(
    "Outlook Express HTML+text, both base64 windows-1252; a plain form.",
    "register", "nl", people=1, persons=[dict(
        name="Cursist Honderd", email="cursist.honderd@example.nl",
        organisation="Stichting Voorbeeld Vrijwilligers Almere",
        role="bestuurslid (vrijwilliger)", diet="geen varkensvlees")]))

# 062 Apple Mail HTML+text, role in English, Dutch mail
body = """Beste organisatie,

Graag meld ik mij aan voor de leergang. Mijn gegevens staan hieronder.

Participant Honderdeen
Community manager
Stichting De Voorbeeldbrug
participant.101@voorbeeldbrug.example.nl
+31 6 1234 5101

Hartelijke groet
"""
m = alt(body, html_apple(body))
headers(m, "Participant Honderdeen <participant.101@voorbeeldbrug.example.nl>",
        "Aanmelding", "Thu, 20 May 2010 08:08:08 +0200",
        mid="<E6F70819-101A-4B2C-8D3E-4F5061728394@voorbeeldbrug.example.nl>",
        extra=[("X-Mailer", "Apple Mail (2.1078)")])
add(62, "apple-nl-signature-block", m, X(
    "Dutch request with an unlabelled signature block carrying name, role, organisation, address and phone.",
    "register", "nl", people=1, persons=[dict(
        name="Participant Honderdeen", email="participant.101@voorbeeldbrug.example.nl",
        organisation="Stichting De Voorbeeldbrug", role="Community manager",
        phone="+31 6 1234 5101")]))

# 063 reply-all on the organiser's mail with a colleague registration, English Outlook
body = """Hi,

Further to the invitation below: please register my colleague Colleague Hundred-Two (colleague.102@examplehousing.example.com), our new tenant engagement lead. Invoice to Example Housing Association, Finance Department, Voorbeeldkade 40, 1316 JK Almere.

Regards,
Office Manager Five

From: Secretariaat DMO [mailto:secretariaat@almere.nl]
Sent: 03 May 2010 16:00
To: Office Manager Five
Subject: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad

Geachte relatie,

De gemeente Almere organiseert samen met deSTADSWIJKstudies de leergang ...
U kunt zich aanmelden door een mail te sturen naar aanmelden@example.org.
"""
m = alt(body, html_outlook(body, "EN-GB"), charset="windows-1252")
headers(m, "Office Manager Five <office.five@examplehousing.example.com>",
        "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
        "Thu, 20 May 2010 15:00:00 +0200",
        cc="Secretariaat DMO <secretariaat@almere.nl>",
        mid="<F70819293A4B5C6D@mail.examplehousing.example.com>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(63, "outlook-en-colleague-reply-to-invite", m, X(
    "An English reply to the invitation that registers a colleague (the sender is not the participant); the quoted invitation is not a forwarded registration.",
    "register", "en", people=1, persons=[dict(
        name="Colleague Hundred-Two", email="colleague.102@examplehousing.example.com",
        organisation="Example Housing Association", role="tenant engagement lead",
        invoice_address="Example Housing Association, Finance Department, Voorbeeldkade 40, 1316 JK Almere")]))

# 064 registration with organisation on the invoice line only
body = """Beste,

Ik wil mij graag aanmelden voor de leergang.

Naam: Deelnemer Honderddrie
Functie: wijkagent (in het kader van het veiligheidshuis)
E-mail: d.103@politievoorbeeld.example.nl
Organisatie: Politie Voorbeeldland, district Almere
Factuur: t.a.v. Bureau Opleidingen, Postbus 103, 1300 HH Almere
Kenmerk: BO-2010-103

Dank en groet,
Deelnemer Honderddrie
"""
m = single(text_part(body, charset="iso-8859-1", cte="quoted-printable"))
headers(m, "Deelnemer Honderddrie <d.103@politievoorbeeld.example.nl>",
        "Aanmelding leergang", "Fri, 21 May 2010 07:45:00 +0200",
        mid="<201005210545.103@politievoorbeeld.example.nl>")
add(64, "nl-form-iso-qp", m, X(
    "An ISO-8859-1 quoted-printable form with every field.",
    "register", "nl", people=1, persons=[dict(
        name="Deelnemer Honderddrie", email="d.103@politievoorbeeld.example.nl",
        organisation="Politie Voorbeeldland, district Almere",
        role="wijkagent (in het kader van het veiligheidshuis)",
        invoice_address="t.a.v. Bureau Opleidingen, Postbus 103, 1300 HH Almere",
        invoice_reference="BO-2010-103")]))
