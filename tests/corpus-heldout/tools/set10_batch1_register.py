"""Set 10, batch 1: registrations of one person (Dutch and English).

Every message text and every label below is typed by hand; set10_lib only
wraps them the way a mail client does.
"""
from set10_lib import (add, L, P, outlook, outlook2010, outlook365, gmail2,
                       apple, macmail, tb115, tb, iphone, ios, android,
                       samsung, owa, notes, gw_reply, yahoo2, hotmail2010,
                       zimbra, horde, squirrel, roundcube, proton, fastmail,
                       webform, topdesk, mutt15, evolution, blackberry,
                       winmobile, emclient, spark, outlookcom, tutanota,
                       aol_html, word_html_only, html_mail10, with_atts,
                       attachment, vcard, lib, help_nl, incomplete_nl,
                       incomplete_en, rirt, quote, tb_quote_nl,
                       outlook_quote_nl, gmail_quote_en, kmail, gmx, oe,
                       text_att)

# 1 -- Outlook 2007, Dutch, a form with "label: value" lines
add("outlook-form-lantaarnlicht", outlook(
    '"Kantklosser Negentien" <k.negentien@lantaarnlicht.example.nl>',
    "Aanmelding leergang Sociale ambities", "2010-03-08 09:41",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Kantklosser Negentien
Organisatie: Stichting Lantaarnlicht
Functie: coördinator buurtwerk
E-mail: k.negentien@lantaarnlicht.example.nl
Telefoon: 036-5550191
Factuuradres: Postbus 1190, 1300 BD Almere
Factuurkenmerk: LL-2010-017

Met vriendelijke groet,

Kantklosser Negentien
Stichting Lantaarnlicht"""),
    L("single, Outlook form with every field", "register", "nl", people=1,
      persons=[P("Kantklosser Negentien", "k.negentien@lantaarnlicht.example.nl",
                 "Stichting Lantaarnlicht", "coördinator buurtwerk",
                 "036-5550191", invoice_address="Postbus 1190, 1300 BD Almere",
                 invoice_reference="LL-2010-017")]))

# 2 -- Gmail, Dutch prose, details in the signature
add("gmail-prose-pannenkoek", gmail2(
    "Rietdekker Elf <rietdekker.elf@example.com>",
    "aanmelden leergang", "2010-03-09 21:17",
    """Beste organisatie,

Via mijn leidinggevende kreeg ik de folder van deSTADSWIJKstudies. Ik wil mij graag aanmelden voor alle vier de dagen. Ik werk als wijkcoach bij Welzijnswerk De Pannenkoek in Almere Haven.

Groet,
Rietdekker Elf

--
Rietdekker Elf | wijkcoach
Welzijnswerk De Pannenkoek
06 4100 2311"""),
    L("single, prose with the details in a signature", "register", "nl",
      people=1,
      persons=[P("Rietdekker Elf", "rietdekker.elf@example.com",
                 "Welzijnswerk De Pannenkoek", "wijkcoach", "06 4100 2311")]))

# 3 -- Apple Mail, labels on their own line, values on the next
add("apple-labels-own-line", apple(
    "Zeilmaker Dertig <zeilmaker@dakgoot.example.nl>",
    "Inschrijving deSTADSWIJKstudies Almere", "2010-03-10 14:02",
    """Hallo,

Graag schrijf ik me in voor de leergang. Mijn gegevens:

Naam
Zeilmaker Dertig

Organisatie
Woonstichting Dakgoot

Functie
sociaal beheerder

E-mailadres
zeilmaker@dakgoot.example.nl

Telefoonnummer
036 555 0417

Factuur naar
Woonstichting Dakgoot, afdeling Financiën, Postbus 3001, 1303 AA Almere

Dank en groet,
Zeilmaker"""),
    L("single, labels on their own line", "register", "nl", people=1,
      persons=[P("Zeilmaker Dertig", "zeilmaker@dakgoot.example.nl",
                 "Woonstichting Dakgoot", "sociaal beheerder", "036 555 0417",
                 invoice_address="Woonstichting Dakgoot, afdeling Financiën, "
                 "Postbus 3001, 1303 AA Almere")]))

# 4 -- Thunderbird 115, English form
add("tb115-english-form", tb115(
    "Thimble Eighty <thimble.eighty@youthnet.example.org>",
    "Registration - Almere course", "2010-03-11 10:55",
    """Dear organisers,

I would like to register for the four-day course in Almere.

Name: Thimble Eighty
Organisation: Example Youth Network
Position: programme officer
Email: thimble.eighty@youthnet.example.org
Phone: +31 20 555 0188
Dietary requirements: vegetarian
Invoice address: Example Youth Network, Keizersgracht 1-A, 1015 AA Amsterdam
PO number: PO-44817

Kind regards,
Thimble Eighty""", lang="en"),
    L("single, English form, PO number as the invoice reference", "register",
      "en", people=1,
      persons=[P("Thimble Eighty", "thimble.eighty@youthnet.example.org",
                 "Example Youth Network", "programme officer",
                 "+31 20 555 0188", "vegetarian",
                 "Example Youth Network, Keizersgracht 1-A, 1015 AA Amsterdam",
                 "PO-44817")]))

# 5 -- iPhone, short
add("iphone-short", iphone(
    "Tegelzetter Vijftig <tegelzetter50@example.nl>",
    "Aanmelden", "2010-03-12 07:48",
    """Hoi, bij deze meld ik me aan voor de leergang Sociale ambities.

Tegelzetter Vijftig
Jongerenwerker, Stichting Speelkwartier
06-19208844

Verstuurd vanaf mijn iPhone"""),
    L("single, phone, signature-style lines", "register", "nl", people=1,
      persons=[P("Tegelzetter Vijftig", "tegelzetter50@example.nl",
                 "Stichting Speelkwartier", "Jongerenwerker", "06-19208844")]))

# 6 -- Outlook 365, municipal staff
add("o365-gemeente-staff", outlook365(
    "Klokkenluider Veertien <KVeertien@almere.nl>",
    "Deelname leergang", "2010-03-15 11:30",
    """Beste collega's van het programmasecretariaat,

Ik wil graag deelnemen aan de leergang deSTADSWIJKstudies op locatie Almere. Mijn leidinggevende heeft al akkoord gegeven.

Functie: beleidsmedewerker Jeugd
Afdeling: Dienst Maatschappelijke Ontwikkeling
Toestel: 036-5559921

Met vriendelijke groet,

Klokkenluider Veertien
Gemeente Almere"""),
    L("single, municipal staff; the department is not an organisation field",
      "register", "nl", people=1,
      persons=[P("Klokkenluider Veertien", "KVeertien@almere.nl",
                 "Gemeente Almere", "beleidsmedewerker Jeugd",
                 "036-5559921")]))

# 7 -- Lotus Notes, ISO-8859-1, a diet
add("notes-latin1-diet", notes(
    "Pottenbakker Drieëntwintig <p.drieentwintig@ruggensteun.example.nl>",
    "Aanmelding leergang 2010", "2010-03-16 13:12",
    """Geachte heer/mevrouw,

Hierbij wil ik mij aanmelden voor de leergang deSTADSWIJKstudies.

Naam: Pottenbakker Drieëntwintig
Organisatie: Coöperatie Ruggensteun
Functie: teamleider maatschappelijke opvang
Telefoon: 036 - 555 23 23
Dieetwensen: lactosevrij

De factuur kan naar onze financiële administratie, Postbus 77, 1300 AB Almere, onder vermelding van kostenplaats 4410.

Met vriendelijke groet,

Pottenbakker Drieëntwintig"""),
    L("single, Notes latin-1, invoice in a sentence", "register", "nl",
      people=1,
      persons=[P("Pottenbakker Drieëntwintig",
                 "p.drieentwintig@ruggensteun.example.nl",
                 "Coöperatie Ruggensteun", "teamleider maatschappelijke opvang",
                 "036 - 555 23 23", "lactosevrij", "Postbus 77, 1300 AB Almere",
                 "kostenplaats 4410")]))

# 8 -- Hotmail, HTML only, a two-column table
TABLE8 = """<html>
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
Goedemiddag,<br><br>Hierbij mijn aanmelding:<br><br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Naam</b></td><td>Hoedenmaker Twaalf</td></tr>
<tr><td><b>Organisatie</b></td><td>Vrijwilligerscentrale Zandloper</td></tr>
<tr><td><b>Functie</b></td><td>consulent vrijwillige inzet</td></tr>
<tr><td><b>E-mail</b></td><td>hoedenmaker12@example.com</td></tr>
<tr><td><b>Telefoon</b></td><td>06 3322 1100</td></tr>
<tr><td><b>Factuuradres</b></td><td>Vrijwilligerscentrale Zandloper, Grote Markt 9, 1315 JG Almere</td></tr>
</table>
<br>Vriendelijke groet,<br>Hoedenmaker Twaalf<br> \t\t \t   \t\t  </body>
</html>
"""
add("hotmail-html-table", hotmail2010(
    "Hoedenmaker Twaalf <hoedenmaker12@example.com>",
    "Aanmelding", "2010-03-17 15:20", "", html=TABLE8, html_only=True),
    L("single, HTML-only table", "register", "nl", people=1,
      persons=[P("Hoedenmaker Twaalf", "hoedenmaker12@example.com",
                 "Vrijwilligerscentrale Zandloper", "consulent vrijwillige inzet",
                 "06 3322 1100",
                 invoice_address="Vrijwilligerscentrale Zandloper, Grote Markt 9, "
                 "1315 JG Almere")]))

# 9 -- a web form (Contact Form 7) on an organisation's site
add("webform-contactform7", webform(
    "Stichting Kruimelpad <wordpress@kruimelpad.example.nl>",
    "[Kruimelpad] Aanmelding leergang Almere", "2010-03-18 16:05",
    """Van: Bezembinder Zestig <b.zestig@kruimelpad.example.nl>
Onderwerp: Aanmelding leergang Almere

Naam: Bezembinder Zestig
E-mail: b.zestig@kruimelpad.example.nl
Organisatie: Stichting Kruimelpad
Functie: ouderenadviseur
Telefoon: 036-5550660
Opmerkingen: Graag aanmelden voor de leergang Sociale ambities, alle vier de dagen.

--
Deze e-mail is verzonden vanaf het contactformulier op Stichting Kruimelpad (http://www.kruimelpad.example.nl)""",
    reply_to="Bezembinder Zestig <b.zestig@kruimelpad.example.nl>"),
    L("single, a web form's mail; the person is in the form", "register", "nl",
      people=1,
      persons=[P("Bezembinder Zestig", "b.zestig@kruimelpad.example.nl",
                 "Stichting Kruimelpad", "ouderenadviseur", "036-5550660")]))

# 10 -- registration with a question (accessibility)
add("outlook2010-with-question", outlook2010(
    '"Mandenvlechter Acht" <m.acht@zorgkring.example.nl>',
    "Aanmelding + vraag over toegankelijkheid", "2010-03-19 10:10",
    """Geachte organisatie,

Ik meld mij aan voor de leergang Almere: Sociale ambities in een groeiende stad.

Naam: Mandenvlechter Acht
Organisatie: Zorgkring Flevo-Oost
Functie: cliëntondersteuner
E-mail: m.acht@zorgkring.example.nl

Ik zit in een rolstoel. Is het Nieuwe Lokaal op de 4de verdieping met een lift bereikbaar, en is er een invalidenparkeerplaats in de buurt?

Met vriendelijke groet,
Mandenvlechter Acht"""),
    L("single with a question about access", "register", "nl", q="yes",
      people=1,
      persons=[P("Mandenvlechter Acht", "m.acht@zorgkring.example.nl",
                 "Zorgkring Flevo-Oost", "cliëntondersteuner")]))

# 11 -- English prose with a question
add("gmail-en-prose-question", gmail2(
    "Lantern Fortyone <lantern.41@example.com>",
    "Sign-up for the Almere course (and a question)", "2010-03-19 19:44",
    """Hello,

Please sign me up for the Almere course on social ambitions. I am a community development worker with Example Neighbourhood Trust, and I moved to Almere last year.

One question: are the lectures in Dutch only? My Dutch is fine for conversation but I may struggle with academic talks.

Best wishes,
Lantern Fortyone
Community development worker
Example Neighbourhood Trust
+31 6 5550 4141"""),
    L("single, English prose with a question", "register", "en", q="yes",
      people=1,
      persons=[P("Lantern Fortyone", "lantern.41@example.com",
                 "Example Neighbourhood Trust", "Community development worker",
                 "+31 6 5550 4141")]))

# 12 -- Samsung, base64, short form
add("samsung-b64-form", samsung(
    "Touwslager Negen <touwslager9@example.nl>",
    "Aanmelding leergang", "2010-03-22 08:15",
    """Naam: Touwslager Negen
Organisatie: Buurtbemiddeling Windroos
Functie: projectleider
Tel: 06 1234 0909
Mail: touwslager9@example.nl

Graag aanmelden voor de vier dagen, dank!

Verzonden vanaf mijn Samsung-apparaat"""),
    L("single, phone form in base64", "register", "nl", people=1,
      persons=[P("Touwslager Negen", "touwslager9@example.nl",
                 "Buurtbemiddeling Windroos", "projectleider", "06 1234 0909")]))

# 13 -- OWA 2010 with a long disclaimer
add("owa-disclaimer", owa(
    "Lijstenmaker Tachtig <L.Tachtig@ggdpolderkust.example.nl>",
    "Aanmelding Lijstenmaker Tachtig", "2010-03-23 12:40",
    """Goedemiddag,

Hierbij meld ik mij aan voor de leergang "Sociale ambities in een groeiende stad".

Naam: Lijstenmaker Tachtig
Functie: epidemioloog
Organisatie: GGD Polderkust
Telefoon: 088 555 80 80
Factuuradres: GGD Polderkust, t.a.v. crediteurenadministratie, Postbus 80, 8200 AB Lelystad
Kenmerk: 2010/OPL/0080

Met vriendelijke groet,
Lijstenmaker Tachtig

-------------------------------------------------------------------
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. GGD Polderkust sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische verzending. Heeft u dit bericht per vergissing ontvangen, stel de afzender dan op de hoogte en verwijder het bericht.
-------------------------------------------------------------------"""),
    L("single, OWA with a disclaimer", "register", "nl", people=1,
      persons=[P("Lijstenmaker Tachtig", "L.Tachtig@ggdpolderkust.example.nl",
                 "GGD Polderkust", "epidemioloog", "088 555 80 80",
                 invoice_address="GGD Polderkust, t.a.v. crediteurenadministratie, "
                 "Postbus 80, 8200 AB Lelystad",
                 invoice_reference="2010/OPL/0080")]))

# 14 -- GroupWise, a numbered form for one person
add("groupwise-numbered", gw_reply(
    '"Ketelmaker Zevenenveertig" <KZevenenveertig@woonwijzer.example.nl>',
    "aanmelding deSTADSWIJKstudies", "2010-03-24 09:03",
    """Goedemorgen,

Zoals gevraagd in de folder mijn gegevens voor de aanmelding:

1. Naam: Ketelmaker Zevenenveertig
2. Organisatie: Woonwijzer Almere
3. Functie: wijkconsulent
4. E-mail: KZevenenveertig@woonwijzer.example.nl
5. Telefoon: 036-5554747
6. Factuuradres: Woonwijzer Almere, Postbus 4747, 1300 CA Almere

Met vriendelijke groet,
Ketelmaker Zevenenveertig"""),
    L("single, numbered form lines", "register", "nl", people=1,
      persons=[P("Ketelmaker Zevenenveertig",
                 "KZevenenveertig@woonwijzer.example.nl", "Woonwijzer Almere",
                 "wijkconsulent", "036-5554747",
                 invoice_address="Woonwijzer Almere, Postbus 4747, 1300 CA Almere")]))

# 15 -- Yahoo app, English, a diet
add("yahoo-en-diet", yahoo2(
    "Pebble Sixteen <pebble_sixteen@example.com>",
    "Course registration", "2010-03-25 22:31",
    """Hi there,

I'd like to register for "Almere: Social ambitions in a growing city".

Name: Pebble Sixteen
Organisation: Example Refugee Support
Role: caseworker
Phone: 06 5550 1616
Diet: vegan, and no nuts please

Thanks!
Pebble

Sent from Yahoo Mail on Android"""),
    L("single, English, diet with two wishes", "register", "en", people=1,
      persons=[P("Pebble Sixteen", "pebble_sixteen@example.com",
                 "Example Refugee Support", "caseworker", "06 5550 1616",
                 "vegan, and no nuts please")]))

# 16 -- K-9 Mail on Android, quoted-printable
add("k9-short-form", android(
    "Smid Honderd <smid.honderd@example.nl>",
    "Aanmelding leergang Almere", "2010-03-26 17:50",
    """Beste,

Graag meld ik mij aan.

Naam: Smid Honderd
Org.: Jeugdhulp Eilandspoor
Functie: gezinscoach
Telefoon: 06-55001000

Groet, Smid

--
Verzonden van mijn Android telefoon met K-9 Mail. Excuses voor de beknoptheid."""),
    L("single, abbreviated label Org.", "register", "nl", people=1,
      persons=[P("Smid Honderd", "smid.honderd@example.nl",
                 "Jeugdhulp Eilandspoor", "gezinscoach", "06-55001000")]))

# 17 -- mutt, ISO-8859-15 with a euro sign
add("mutt-latin9-euro", mutt15(
    "Vlechter Drieënnegentig <vlechter93@schuldwijzer.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-29 08:20",
    """Dag secretariaat,

Ik meld me aan voor de leergang en ga akkoord met de bijdrage van
€ 1.000,- die mijn werkgever betaalt.

Naam:         Vlechter Drieënnegentig
Organisatie:  Schuldwijzer Flevoland
Functie:      schuldhulpverlener
Telefoon:     036 555 9393
Factuur aan:  Schuldwijzer Flevoland, Postbus 93, 1300 AK Almere
Kenmerk:      SW/93/2010

Groeten,
Vlechter"""),
    L("single, latin-9 with a euro sign, aligned form", "register", "nl",
      people=1,
      persons=[P("Vlechter Drieënnegentig", "vlechter93@schuldwijzer.example.nl",
                 "Schuldwijzer Flevoland", "schuldhulpverlener", "036 555 9393",
                 invoice_address="Schuldwijzer Flevoland, Postbus 93, 1300 AK Almere",
                 invoice_reference="SW/93/2010")]))

# 18 -- Outlook 2010, details in the text and the form attached as .docx
m18 = outlook2010(
    '"Glazenier Zeventien" <g.zeventien@leeshuisflevo.example.nl>',
    "Aanmeldformulier leergang", "2010-03-30 14:44",
    """Goedemiddag,

In de bijlage het ingevulde aanmeldformulier. Voor het gemak ook hieronder:

Naam: Glazenier Zeventien
Organisatie: Leeshuis Flevopolder
Functie: coördinator taalhuis
E-mail: g.zeventien@leeshuisflevo.example.nl
Telefoon: 036 555 1717

Met vriendelijke groet,
Glazenier Zeventien""")
add("outlook2010-docx-form", with_atts(m18, [attachment(
    lib.docx(["Aanmeldformulier deSTADSWIJKstudies Almere",
              "Naam: Glazenier Zeventien",
              "Organisatie: Leeshuis Flevopolder",
              "Functie: coördinator taalhuis",
              "E-mail: g.zeventien@leeshuisflevo.example.nl",
              "Telefoon: 036 555 1717"]),
    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Aanmeldformulier Zeventien.docx")]),
    L("single, the text and a .docx form say the same", "register", "nl",
      people=1,
      persons=[P("Glazenier Zeventien",
                 "g.zeventien@leeshuisflevo.example.nl",
                 "Leeshuis Flevopolder", "coördinator taalhuis",
                 "036 555 1717")]))

# 19 -- only a scanned-style PDF form; the text says "see attachment"
m19 = apple(
    "Orgelbouwer Zes <orgelbouwer6@example.nl>",
    "aanmelding", "2010-03-31 11:11",
    """Goedemorgen,

Bijgaand mijn aanmeldformulier voor de leergang in Almere.

Hartelijke groet,
Orgelbouwer Zes""")
add("apple-pdf-form-only", with_atts(m19, [attachment(
    lib.pdf(["Aanmeldformulier deSTADSWIJKstudies op locatie Almere",
             "Naam: Orgelbouwer Zes",
             "Organisatie: Huiskamerproject De Waterlijn",
             "Functie: opbouwwerker",
             "E-mail: orgelbouwer6@example.nl",
             "Telefoon: 06 5550 6006"]),
    "application", "pdf", "aanmelding_orgelbouwer.pdf")]),
    L("single; the details are only in the PDF a secretary opens",
      "register", "nl", people=1,
      persons=[P("Orgelbouwer Zes", "orgelbouwer6@example.nl",
                 "Huiskamerproject De Waterlijn", "opbouwwerker",
                 "06 5550 6006")]))

# 20 -- Zimbra with a vCard
m20 = zimbra(
    "Kaarsenmaker Eenendertig <k31@vangnetflevo.example.nl>",
    "Aanmelding leergang Almere", "2010-04-01 10:02",
    """Goedemorgen,

Namens Vangnet Flevo meld ik mij aan voor de leergang. Ik ben aandachtsfunctionaris huiselijk geweld. Mijn contactgegevens staan in het visitekaartje.

Factuur graag naar: Vangnet Flevo, Postbus 31, 1300 AC Almere

Groet,
Kaarsenmaker Eenendertig""")
add("zimbra-vcard", with_atts(m20, [text_att(
    vcard("Kaarsenmaker Eenendertig", "Vangnet Flevo", "k31@vangnetflevo.example.nl",
          "+31 36 555 3131"), "x-vcard", "Kaarsenmaker Eenendertig.vcf")]),
    L("single; phone only in the vCard a secretary opens", "register", "nl",
      people=1,
      persons=[P("Kaarsenmaker Eenendertig", "k31@vangnetflevo.example.nl",
                 "Vangnet Flevo", "aandachtsfunctionaris huiselijk geweld",
                 "+31 36 555 3131",
                 invoice_address="Vangnet Flevo, Postbus 31, 1300 AC Almere")]))

# 21 -- Proton, English, invoice wording
add("proton-en-invoice", proton(
    "Copper Seventeen <copper17@example.org>",
    "Registration: Almere social ambitions course", "2010-04-06 09:26",
    """Good morning,

Please register me for all four days.

Copper Seventeen
Policy adviser, Example Housing Alliance
copper17@example.org / +31 36 555 1777

Invoice to: Example Housing Alliance, attn. Accounts Payable, P.O. Box 1717, 1300 AD Almere
Our reference: EHA-TRN-17

Regards,
Copper"""),
    L("single, English, invoice lines below the signature block",
      "register", "en", people=1,
      persons=[P("Copper Seventeen", "copper17@example.org",
                 "Example Housing Alliance", "Policy adviser",
                 "+31 36 555 1777",
                 invoice_address="Example Housing Alliance, attn. Accounts "
                 "Payable, P.O. Box 1717, 1300 AD Almere",
                 invoice_reference="EHA-TRN-17")]))

# 22 -- Roundcube, format=flowed prose
add("roundcube-flowed-prose", roundcube(
    "Beeldhouwer Tweeënzestig <beeldhouwer62@example.nl>",
    "Aanmelding", "2010-04-07 20:12",
    """Goedenavond,

Mag ik mij bij dezen aanmelden voor de leergang deSTADSWIJKstudies op locatie Almere? Ik ben Beeldhouwer Tweeënzestig en ik werk sinds twee jaar als buurtsportcoach bij Sportservice Lage Vaart. De thema's van dag 1 en dag 4 sluiten precies aan bij waar wij in de wijk mee bezig zijn. U kunt mij bereiken op 06 5550 6262.

De factuur kan naar Sportservice Lage Vaart, Sportlaan 62, 1321 AB Almere.

Met vriendelijke groet,
Beeldhouwer Tweeënzestig"""),
    L("single, flowed prose with every detail in sentences", "register", "nl",
      people=1,
      persons=[P("Beeldhouwer Tweeënzestig", "beeldhouwer62@example.nl",
                 "Sportservice Lage Vaart", "buurtsportcoach", "06 5550 6262",
                 invoice_address="Sportservice Lage Vaart, Sportlaan 62, "
                 "1321 AB Almere")]))

# 23 -- a reply to the robot's how-to mail, with the form filled in
hs, hb = help_nl(None)
add("reply-to-help-filled", tb(
    "Wever Vierentachtig <wever84@rechtswinkel.example.nl>",
    "Re: " + hs, "2010-04-08 09:14",
    """Hierbij alsnog mijn gegevens:

Naam: Wever Vierentachtig
Organisatie: Rechtswinkel Almere-Buiten
E-mail: wever84@rechtswinkel.example.nl
Functie: juridisch medewerker
Telefoon: 036-5558484
Factuuradres en kenmerk: Rechtswinkel Almere-Buiten, Postbus 84, 1330 AA Almere, kenmerk RW84

Met vriendelijke groet,
Wever Vierentachtig""" + tb_quote_nl("2010-04-07 16:40", "deSTADSWIJKstudies Almere", hb),
    irt=rirt("help", "wever84")),
    L("reply to the robot's help mail; address and reference on one line",
      "register", "nl", people=1,
      persons=[P("Wever Vierentachtig", "wever84@rechtswinkel.example.nl",
                 "Rechtswinkel Almere-Buiten", "juridisch medewerker",
                 "036-5558484",
                 invoice_address="Rechtswinkel Almere-Buiten, Postbus 84, "
                 "1330 AA Almere", invoice_reference="RW84")]))

# 24 -- a reply to "wij missen nog gegevens", restating everything
ins, inb = incomplete_nl("Steenhouwer Achttien", ["Organisatie", "Functie"],
                         [("Naam", "Steenhouwer Achttien"),
                          ("E-mail", "steenhouwer18@example.com")])
add("reply-to-incomplete-nl", outlook(
    '"Steenhouwer Achttien" <steenhouwer18@example.com>',
    "RE: " + ins, "2010-04-08 13:37",
    """Excuus, vergeten. Hier nogmaals compleet:

Naam: Steenhouwer Achttien
Organisatie: Stichting Open Huis Stedenwijk
Functie: vrijwilligerscoördinator
E-mail: steenhouwer18@example.com

Groet,
Steenhouwer Achttien""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "donderdag 8 april 2010 11:02", "Steenhouwer Achttien", ins, inb),
    irt=rirt("incomplete", "steenhouwer18")),
    L("reply to the incomplete mail with all details in the writer's text",
      "register", "nl", people=1,
      persons=[P("Steenhouwer Achttien", "steenhouwer18@example.com",
                 "Stichting Open Huis Stedenwijk", "vrijwilligerscoördinator")]))

# 25 -- a reply to "details missing" in English
ies, ieb = incomplete_en("Anchor Thirteen", ["Organisation"],
                         [("Name", "Anchor Thirteen"),
                          ("E-mail", "anchor13@example.org"),
                          ("Function", "youth worker")])
add("reply-to-incomplete-en", gmail2(
    "Anchor Thirteen <anchor13@example.org>",
    "Re: " + ies, "2010-04-09 08:05",
    """Sorry about that. Here are my details again:

Name: Anchor Thirteen
Organisation: Example Youth Network
Function: youth worker
E-mail: anchor13@example.org

Anchor""" + gmail_quote_en("2010-04-08 17:22",
                           "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                           ieb),
    irt=rirt("incomplete", "anchor13")),
    L("English reply to the incomplete mail, full details again", "register",
      "en", people=1,
      persons=[P("Anchor Thirteen", "anchor13@example.org",
                 "Example Youth Network", "youth worker")]))

# 26 -- GroupWise, municipal staff on a sub-domain
add("groupwise-dmo-staff", gw_reply(
    '"Schoenlapper Zeven" <SZeven@dmo.almere.nl>',
    "Aanmelden leergang", "2010-04-12 10:48",
    """Hallo,

Graag wil ik mij aanmelden voor de leergang deSTADSWIJKstudies.

Schoenlapper Zeven
Senior beleidsadviseur Wonen en Zorg
Dienst Maatschappelijke Ontwikkeling
Gemeente Almere
T 036 555 7007"""),
    L("single, municipal staff on dmo.almere.nl", "register", "nl", people=1,
      persons=[P("Schoenlapper Zeven", "SZeven@dmo.almere.nl",
                 "Gemeente Almere", "Senior beleidsadviseur Wonen en Zorg",
                 "036 555 7007")]))

# 27 -- English, an international organisation
add("macmail-en-international", macmail(
    "Harbour Nineteen <h.nineteen@example.org>",
    "Registration for the course in Almere", "2010-04-13 15:35",
    """Dear Sir or Madam,

On behalf of Example Cities Foundation I would like to register myself for the course "Almere: Sociale ambities in een groeiende stad".

Name: Harbour Nineteen
Job title: research fellow
Organisation: Example Cities Foundation
E-mail: h.nineteen@example.org
Telephone: +44 20 7946 0919
Invoice: Example Cities Foundation, 19 Example Street, London EC1A 1AA, United Kingdom

With best regards,
Harbour Nineteen"""),
    L("single, English, foreign invoice address", "register", "en", people=1,
      persons=[P("Harbour Nineteen", "h.nineteen@example.org",
                 "Example Cities Foundation", "research fellow",
                 "+44 20 7946 0919",
                 invoice_address="Example Cities Foundation, 19 Example Street, "
                 "London EC1A 1AA, United Kingdom")]))

# 28 -- a ticket system (TOPdesk): a service desk registers one employee
add("topdesk-on-behalf", topdesk(
    "Servicedesk Opleidingen Zorggroep Veenbes <opleidingen@veenbes.example.nl>",
    "Melding O 1004 233 - Aanmelding leergang Almere", "2010-04-14 09:58",
    """Geachte heer/mevrouw,

Namens onze medewerker melden wij aan voor de leergang deSTADSWIJKstudies op locatie Almere:

Naam medewerker: Sigarenmaker Vijfenzestig
E-mail medewerker: s.vijfenzestig@veenbes.example.nl
Functie: wijkverpleegkundige
Afdeling: Wijkteam Haven
Organisatie: Zorggroep Veenbes
Factuuradres: Zorggroep Veenbes, Crediteurenadministratie, Postbus 650, 1300 BR Almere
Factuurkenmerk: KP 6510

Vragen over deze aanmelding kunt u beantwoorden via deze mail.

Met vriendelijke groet,
Servicedesk Opleidingen
Zorggroep Veenbes""",
    reply_to="opleidingen@veenbes.example.nl"),
    L("single, registered by a service desk through TOPdesk", "register", "nl", people=1,
      persons=[P("Sigarenmaker Vijfenzestig", "s.vijfenzestig@veenbes.example.nl",
                 "Zorggroep Veenbes", "wijkverpleegkundige",
                 invoice_address="Zorggroep Veenbes, Crediteurenadministratie, "
                 "Postbus 650, 1300 BR Almere", invoice_reference="KP 6510")]))

# 29 -- Tutanota, HTML only
add("tutanota-html-only", tutanota(
    "Mozaïeklegger Negentig <mozaiek90@example.org>",
    "Aanmelding leergang Sociale ambities", "2010-04-15 21:03",
    """Beste mensen,

Ik wil me graag aanmelden.
Naam: Mozaïeklegger Negentig
Organisatie: Stichting Buurtmoestuin Kikkerbuurt
Functie: projectcoördinator (vrijwillig)
Telefoon: 06 5550 9090

Groet,
Mozaïeklegger"""),
    L("single, HTML-only with one div per line", "register", "nl", people=1,
      persons=[P("Mozaïeklegger Negentig", "mozaiek90@example.org",
                 "Stichting Buurtmoestuin Kikkerbuurt",
                 "projectcoördinator (vrijwillig)", "06 5550 9090")]))

# 30 -- AOL webmail, English, HTML only, ASCII
add("aol-html-en", aol_html(
    "Willow Twenty <willow20@example.com>",
    "register me please", "2010-04-16 13:29",
    """Hello,

please register me for the Almere course:
Willow Twenty, family support worker at Example Family Centre.
My number is 06 5550 2020.

Thank you,
Willow"""),
    L("single, English, one sentence holds name, role and organisation",
      "register", "en", people=1,
      persons=[P("Willow Twenty", "willow20@example.com",
                 "Example Family Centre", "family support worker",
                 "06 5550 2020")]))

# 31 -- Windows Mobile, windows-1252
add("winmobile-short", winmobile(
    "Kuiper Vierenveertig <kuiper44@buurtwerkplaats.example.nl>",
    "Aanmelding", "2010-04-19 07:31",
    """Goedemorgen, via deze weg meld ik mij aan voor de leergang.
Naam: Kuiper Vierenveertig
Organisatie: Buurtwerkplaats Muziekwijk
Functie: coördinator
Factuur: t.a.v. administratie Buurtwerkplaats Muziekwijk, Postbus 44, 1300 AE Almere
Gr. Kuiper

Verzonden vanaf mijn Windows Mobile-telefoon"""),
    L("single, phone; 'Factuur:' line is the invoice address", "register",
      "nl", people=1,
      persons=[P("Kuiper Vierenveertig", "kuiper44@buurtwerkplaats.example.nl",
                 "Buurtwerkplaats Muziekwijk", "coördinator",
                 invoice_address="t.a.v. administratie Buurtwerkplaats "
                 "Muziekwijk, Postbus 44, 1300 AE Almere")]))

# 32 -- eM Client, registration with a question about the invoice
add("emclient-question-invoice", emclient(
    "Hoefsmid Vijfentwintig <hoefsmid25@wijkkracht.example.nl>",
    "Aanmelding en vraag factuur", "2010-04-20 11:47",
    """Goedemorgen,

Ik meld mij aan voor de leergang:

Naam: Hoefsmid Vijfentwintig
Organisatie: Wijkkracht Poort
Functie: opbouwwerker
E-mail: hoefsmid25@wijkkracht.example.nl
Telefoon: 036 555 2525

Is het mogelijk de factuur in twee delen te sturen, de helft in 2010 en de helft in 2011? Dat past beter bij onze subsidie.

Vriendelijke groet,
Hoefsmid Vijfentwintig"""),
    L("single with a question about splitting the invoice", "register", "nl",
      q="yes", people=1,
      persons=[P("Hoefsmid Vijfentwintig", "hoefsmid25@wijkkracht.example.nl",
                 "Wijkkracht Poort", "opbouwwerker", "036 555 2525")]))

# 33 -- Outlook 2007 HTML only (passed on by a gateway)
add("outlook-html-only", word_html_only(
    '"Boekbinder Eenenvijftig" <B.Eenenvijftig@thuisadmin.example.nl>',
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-21 15:15",
    """Beste heer, mevrouw,

Hierbij meld ik mij aan:

Naam: Boekbinder Eenenvijftig
Organisatie: Thuisadministratie Flevoland
Functie: vrijwilligerscoördinator
E-mail: B.Eenenvijftig@thuisadmin.example.nl
Dieet: halal

Met vriendelijke groet,
Boekbinder Eenenvijftig"""),
    L("single, Word HTML with no text part", "register", "nl", people=1,
      persons=[P("Boekbinder Eenenvijftig",
                 "B.Eenenvijftig@thuisadmin.example.nl",
                 "Thuisadministratie Flevoland", "vrijwilligerscoördinator",
                 diet="halal")]))

# 34 -- Fastmail, English, signature with "-- "
add("fastmail-en-sigdash", fastmail(
    "Quill Fifty <quill50@example.net>",
    "Almere course: registration", "2010-04-22 10:21",
    """Hello,

I'd like to take part in the Almere course. Details below.

Name: Quill Fifty
Organisation: Example Debt Advice Foundation
Function: trainer
Email: quill50@example.net

Regards,
Quill

-- 
Quill Fifty
Example Debt Advice Foundation
www.example.net"""),
    L("single, English, a '-- ' signature below the form", "register", "en",
      people=1,
      persons=[P("Quill Fifty", "quill50@example.net",
                 "Example Debt Advice Foundation", "trainer")]))

# 35 -- KMail, ISO-8859-15 QP, prose with invoice reference
add("kmail-prose-reference", kmail(
    "Klompenmaker Zesendertig <klompen36@example.nl>",
    "aanmelding leergang Almere", "2010-04-23 16:48",
    """Hallo,

Ik (Klompenmaker Zesendertig, maatschappelijk werker bij Stichting
Welzijn Tussenwater) meld me aan voor de leergang. Wilt u op de factuur
ons inkoopnummer 2010-0036 vermelden? De factuur kan naar ons
postadres: Postbus 36, 1300 AF Almere.

Groeten,
Klompenmaker"""),
    L("single, prose: name, role, organisation in one bracket", "register",
      "nl", people=1,
      persons=[P("Klompenmaker Zesendertig", "klompen36@example.nl",
                 "Stichting Welzijn Tussenwater", "maatschappelijk werker",
                 invoice_address="Postbus 36, 1300 AF Almere",
                 invoice_reference="2010-0036")]))
