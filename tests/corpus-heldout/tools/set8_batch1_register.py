"""Set 8, batch 1: registrations of one person (001-039).

Every message and every label is typed by hand; see set8_lib.py for the
client shapes. Labels say what a careful course secretary reads in the
mail.
"""
from set8_lib import (add, X, P, ok_code, outlook365, gmail2, yahoo2, ios,
                      owa, tb115, outlook2010, macmail, with_attachments,
                      attachment, samsung, outlookmac16, ox, ox_quote_nl,
                      help_nl, notes, groupwise, alt_mail, winmail, emclient,
                      outlook_android, proton, ipad, tutanota, claws,
                      outlook2003, keep_subject, spark, oe, o365_quote_nl,
                      fastmail, roundcube, kmail, lib, ROBOT)

C = ok_code

# 001 ---------------------------------------------------------------------
add("form-nl-o365-invoice-block", outlook365(
    "Ontwerper Een <ontwerper.een@kaartblad.example.org>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-02 09:12",
    """Goedemorgen,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere (vier dagen vanaf 1 juni).

Naam: Ontwerper Een
Organisatie: Stichting Kaartblad
Functie: projectleider wijkaanpak
E-mail: ontwerper.een@kaartblad.example.org
Telefoon: 036 555 1201
Dieet: vegetarisch

Factuuradres:
Stichting Kaartblad
t.a.v. financiële administratie
Postbus 5501
1300 AA Almere
Kenmerk: KB-2010-014

Met vriendelijke groet,

Ontwerper Een
Projectleider wijkaanpak
Stichting Kaartblad | Kaartbladweg 1 | 1315 AA Almere
T 036 555 1201
"""),
    X("a form with the invoice address over four lines and its Kenmerk below",
      "register", "nl", people=1, persons=[P(
          name="Ontwerper Een", email="ontwerper.een@kaartblad.example.org",
          organisation="Stichting Kaartblad", role="projectleider wijkaanpak",
          phone="036 555 1201", diet="vegetarisch",
          invoice_address="Stichting Kaartblad, t.a.v. financiële administratie, Postbus 5501, 1300 AA Almere",
          invoice_reference="KB-2010-014")]))

# 002 ---------------------------------------------------------------------
add("free-text-gmail-signature", gmail2(
    "Gangmaker Twee <gangmaker.twee@buurtwerkmeetlat.example.nl>",
    "Aanmelding", "2010-03-02 14:40",
    """Hallo,

Ik wil mij graag aanmelden voor de leergang over de sociale ambities van Almere. Mijn leidinggevende heeft al akkoord gegeven.

Groet,
Gangmaker Twee

--
Gangmaker Twee
opbouwwerker
Buurtwerk Meetlat
06 5550 2202
"""),
    X("free text; organisation, function and phone only in the signature",
      "register", "nl", people=1, persons=[P(
          name="Gangmaker Twee",
          email="gangmaker.twee@buurtwerkmeetlat.example.nl",
          organisation="Buurtwerk Meetlat", role="opbouwwerker",
          phone="06 5550 2202")]))

# 003 ---------------------------------------------------------------------
add("prose-en-nonnative-yahoo", yahoo2(
    "Wayfinder Three <wayfinder.three@languagebridge.example.org>",
    "subscription for course", "2010-03-03 20:15",
    """Hello,

My name is Wayfinder Three and I am working as coordinator of volunteers at Example Language Bridge Almere. We give language lessons for newcomers in the city. I would like to subscribe me for the course of four days which starts at 1 june.

My phone number is 06-555 03 303, and for the lunch: I eat only halal.

The invoice please send to our office: Example Language Bridge Almere, Grote Markt 55, 1315 JG Almere.

Thank you very much and best regards,
Wayfinder Three

Sent from Yahoo Mail on Android
"""),
    X("English of a non-native writer, every detail in running sentences",
      "register", "en", people=1, persons=[P(
          name="Wayfinder Three",
          email="wayfinder.three@languagebridge.example.org",
          organisation="Example Language Bridge Almere",
          role="coordinator of volunteers", phone="06-555 03 303",
          diet="halal",
          invoice_address="Example Language Bridge Almere, Grote Markt 55, 1315 JG Almere")]))

# 004 ---------------------------------------------------------------------
add("terse-iphone-one-line", ios(
    "Bruggenbouwer Vier <bruggenbouwer.vier@welzijnlegenda.example.nl>",
    "aanmelding", "2010-03-04 07:58",
    """Meld mij aan svp voor de leergang.
Bruggenbouwer Vier, Welzijn Legenda, buurtcoach. 06 5550 4404

Verstuurd vanaf mijn iPhone
"""),
    X("two lines from a phone: name, organisation, function and phone on one line",
      "register", "nl", people=1, persons=[P(
          name="Bruggenbouwer Vier",
          email="bruggenbouwer.vier@welzijnlegenda.example.nl",
          organisation="Welzijn Legenda", role="buurtcoach",
          phone="06 5550 4404")]))

# 005 ---------------------------------------------------------------------
add("municipal-owa-department", owa(
    "Aanjager Vijf <aanjager.vijf@almere.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-04 11:20",
    """Beste collega's van het programmasecretariaat,

Hierbij meld ik mij aan voor deSTADSWIJKstudies.

Naam: Aanjager Vijf
Afdeling: Beleid Sociaal Domein, DMO
Functie: senior beleidsadviseur
Tel: 036 555 0505

Groet,
Aanjager Vijf
"""),
    X("municipal staff; the department line is not the organisation",
      "register", "nl", people=1, persons=[P(
          name="Aanjager Vijf", email="aanjager.vijf@almere.nl",
          organisation="Gemeente Almere", role="senior beleidsadviseur",
          phone="036 555 0505")]))

# 006 ---------------------------------------------------------------------
add("nl-text-english-labels-tb115", tb115(
    "Koploper Zes <k.zes@hoogtelijn.example.com>",
    "Aanmelding leergang Almere", "2010-03-05 10:02",
    """Goedemorgen,

Via onze teamleider kreeg ik de brochure van de leergang. Hierbij mijn gegevens:

Name: Koploper Zes
Organisation: Woonstichting Hoogtelijn
Position: wijkconsulent
Email: k.zes@hoogtelijn.example.com
Phone: 036-5550606
Invoice address: Woonstichting Hoogtelijn, Afdeling Crediteuren, Postbus 5566, 1300 BG Almere
PO number: 4500-5566

Vriendelijke groet,
Koploper Zes
"""),
    X("Dutch mail with the form's labels in English",
      "register", "nl", people=1, persons=[P(
          name="Koploper Zes", email="k.zes@hoogtelijn.example.com",
          organisation="Woonstichting Hoogtelijn", role="wijkconsulent",
          phone="036-5550606",
          invoice_address="Woonstichting Hoogtelijn, Afdeling Crediteuren, Postbus 5566, 1300 BG Almere",
          invoice_reference="4500-5566")]))

# 007 ---------------------------------------------------------------------
add("labels-above-values-outlook2010", outlook2010(
    "Pleinmaker Zeven <pleinmaker.zeven@windroos.example.org>",
    "Aanmeldformulier deSTADSWIJKstudies", "2010-03-08 13:30",
    """Geachte heer/mevrouw,

Hieronder het aanmeldformulier, ingevuld.

Naam deelnemer
Pleinmaker Zeven

Organisatie
Jeugdhulp Windroos

Functie
jeugdprofessional

E-mailadres
pleinmaker.zeven@windroos.example.org

Telefoonnummer
06 5550 7007

Dieetwensen
geen

Factuuradres
Jeugdhulp Windroos
Postbus 5577
1300 BH Almere

Met vriendelijke groet,
Pleinmaker Zeven
"""),
    X("each label on its own line with the value on the line below; diet 'geen'",
      "register", "nl", people=1, persons=[P(
          name="Pleinmaker Zeven",
          email="pleinmaker.zeven@windroos.example.org",
          organisation="Jeugdhulp Windroos", role="jeugdprofessional",
          phone="06 5550 7007",
          invoice_address="Jeugdhulp Windroos, Postbus 5577, 1300 BH Almere")]))

# 008 ---------------------------------------------------------------------
VCF_8 = """BEGIN:VCARD\r
VERSION:3.0\r
N:Acht;Kartograaf;;;\r
FN:Kartograaf Acht\r
ORG:MEE Routekaart;\r
TITLE:senior adviseur participatie\r
TEL;type=WORK;type=VOICE;type=pref:036 555 0808\r
EMAIL;type=INTERNET;type=WORK;type=pref:kartograaf.acht@meeroutekaart.example.nl\r
END:VCARD\r
"""
add("signature-and-vcard-macmail", with_attachments(macmail(
    "Kartograaf Acht <kartograaf.acht@meeroutekaart.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-09 16:45",
    """Goedemiddag,

Bij deze meld ik me aan voor de leergang deSTADSWIJKstudies op locatie Almere. Mijn gegevens staan hieronder en in mijn visitekaartje.

Lunch: ik ben vegetariër.

Hartelijke groet,

Kartograaf Acht
senior adviseur participatie
MEE Routekaart
T 036 555 0808
kartograaf.acht@meeroutekaart.example.nl
"""), [attachment(VCF_8.encode(), "text", "vcard", "Kartograaf Acht.vcf")]),
    X("details in the signature, repeated in an attached vCard",
      "register", "nl", people=1, persons=[P(
          name="Kartograaf Acht",
          email="kartograaf.acht@meeroutekaart.example.nl",
          organisation="MEE Routekaart", role="senior adviseur participatie",
          phone="036 555 0808", diet="vegetariër")]))

# 009 ---------------------------------------------------------------------
T9 = [("Name", "Surveyor Nine"),
      ("Organisation", "Sample Family Route Almere"),
      ("Job title", "family coach"),
      ("E-mail", "surveyor.nine@familyroute.example.com"),
      ("Telephone", "+31 6 5550 9090"),
      ("Dietary requirements", "lactose free"),
      ("Invoice address", "Sample Family Route Almere, Attn. Accounts Payable, Postbus 5599, 1300 BK Almere"),
      ("Invoice reference", "FR-2010-09")]
H9 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
      '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
      '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
      '<p class="MsoNormal">Dear organisers,<o:p></o:p></p>'
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
      '<p class="MsoNormal">Please register me for the course &#8220;Almere: Sociale '
      'ambities in een groeiende stad&#8221;. My details:<o:p></o:p></p>'
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
      '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
      'style="border-collapse:collapse;border:none">' +
      "".join('<tr><td width="180" valign="top" style="border:solid windowtext 1.0pt;'
              'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>%s<o:p></o:p></b></p></td>'
              '<td width="420" valign="top" style="border:solid windowtext 1.0pt;'
              'border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s'
              '<o:p></o:p></p></td></tr>' % (lib.esc(a), lib.esc(b)) for a, b in T9) +
      '</table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
      '<p class="MsoNormal">Kind regards,<o:p></o:p></p>'
      '<p class="MsoNormal">Surveyor Nine<o:p></o:p></p></div></body></html>\n')
add("html-only-o365-word-table-en", outlook365(
    "Surveyor Nine <surveyor.nine@familyroute.example.com>",
    "Registration deSTADSWIJKstudies Almere", "2010-03-10 09:30",
    "", lang="EN", html=H9, html_only=True),
    X("HTML only: a two-column Word table of labels and values",
      "register", "en", people=1, persons=[P(
          name="Surveyor Nine", email="surveyor.nine@familyroute.example.com",
          organisation="Sample Family Route Almere", role="family coach",
          phone="+31 6 5550 9090", diet="lactose free",
          invoice_address="Sample Family Route Almere, Attn. Accounts Payable, Postbus 5599, 1300 BK Almere",
          invoice_reference="FR-2010-09")]))

# 010 ---------------------------------------------------------------------
add("comma-line-samsung", samsung(
    "Stuurman Tien <stuurman.tien@speelkaart.example.nl>",
    "Aanmelding leergang", "2010-03-11 12:05",
    """Goedemiddag, graag aanmelden:
Stuurman Tien, Kinderopvang Speelkaart, pedagogisch coach, stuurman.tien@speelkaart.example.nl, 06-55501010.
Factuur naar: Kinderopvang Speelkaart, Verhaalweg 10, 1317 AB Almere



Verzonden vanaf mijn Galaxy
"""),
    X("the details on one line separated by commas, invoice on the next",
      "register", "nl", people=1, persons=[P(
          name="Stuurman Tien", email="stuurman.tien@speelkaart.example.nl",
          organisation="Kinderopvang Speelkaart", role="pedagogisch coach",
          phone="06-55501010",
          invoice_address="Kinderopvang Speelkaart, Verhaalweg 10, 1317 AB Almere")]))

# 011 ---------------------------------------------------------------------
add("municipal-from-private-gmail", gmail2(
    "Dijkwachter Elf <dijkwachter11@example.com>",
    "aanmelding leergang", "2010-03-12 21:10",
    """Goedenavond,

Ik stuur dit even vanaf mijn privéadres, want mijn werkmail doet het thuis niet. Graag meld ik mij aan voor de leergang. Mijn werkadres is dijkwachter.elf@almere.nl, daar wil ik de bevestiging graag op ontvangen.

Ik werk bij de gemeente Almere als wijkregisseur in stadsdeel Almere Buiten. Telefoon werk: 036 555 1111.

Groeten,
Dijkwachter Elf
"""),
    X("municipal staff writing from a private address; the work address in the text",
      "register", "nl", people=1, persons=[P(
          name="Dijkwachter Elf", email="dijkwachter.elf@almere.nl",
          organisation="Gemeente Almere", role="wijkregisseur",
          phone="036 555 1111")]))

# 012 ---------------------------------------------------------------------
add("form-en-nonnative-outlookmac", outlookmac16(
    "Navigator Twelve <navigator.twelve@youthharbour.example.org>",
    "Application study programme", "2010-03-15 10:40",
    """Dear Sir/Madam,

Herewith I want to apply for the study programme deSTADSWIJKstudies in Almere.

Name: Navigator Twelve
Organization: Example Youth Harbour Almere
Function: streetworker
E-mail: navigator.twelve@youthharbour.example.org
Tel.: 06 5551 2120
Dietary: no pork
Billing: Example Youth Harbour Almere, Havenstraat 12, 1319 AA Almere, ref. YH/2010/12

With kind regards,
Navigator Twelve
""", lang="en"),
    X("English form with 'Billing' holding the address and 'ref.' the reference",
      "register", "en", people=1, persons=[P(
          name="Navigator Twelve",
          email="navigator.twelve@youthharbour.example.org",
          organisation="Example Youth Harbour Almere", role="streetworker",
          phone="06 5551 2120", diet="no pork",
          invoice_address="Example Youth Harbour Almere, Havenstraat 12, 1319 AA Almere",
          invoice_reference="YH/2010/12")]))

# 013 ---------------------------------------------------------------------
_s13, _b13 = help_nl()
add("filled-in-reply-to-help-mail", ox(
    "Vormgever Dertien <vormgever.dertien@atlaskust.example.nl>",
    "Re: " + _s13, "2010-03-16 14:20",
    """Dank voor uw snelle antwoord. Hierbij ingevuld:

Naam: Vormgever Dertien
Organisatie: Bibliotheek Atlaskust
E-mail: vormgever.dertien@atlaskust.example.nl
Functie: programmamaker
Telefoon: 036 555 1313
Factuuradres en kenmerk (voor organisaties): Bibliotheek Atlaskust, Postbus 5513, 1300 CA Almere, kenmerk BA-13

Groet,
Vormgever Dertien""" + ox_quote_nl("2010-03-16 11:02", ROBOT, _b13)),
    X("the robot's how-to-register mail answered with its form filled in above the quote",
      "register", "nl", people=1, persons=[P(
          name="Vormgever Dertien",
          email="vormgever.dertien@atlaskust.example.nl",
          organisation="Bibliotheek Atlaskust", role="programmamaker",
          phone="036 555 1313",
          invoice_address="Bibliotheek Atlaskust, Postbus 5513, 1300 CA Almere",
          invoice_reference="kenmerk BA-13")]))

# 014 ---------------------------------------------------------------------
add("form-notes-legal-disclaimer", notes(
    "Wegwijzer Veertien <wegwijzer.veertien@hoogteprofiel.example.nl>",
    "Aanmelding deSTADSWIJKstudies op locatie Almere", "2010-03-17 15:05",
    """Geachte organisatie,

Hierbij meld ik mij aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Wegwijzer Veertien
Functie: locatiemanager
Organisatie: Zorggroep Hoogteprofiel
Telefoon: 036 555 1414
E-mail: wegwijzer.veertien@hoogteprofiel.example.nl
Dieet: glutenvrij
Factuuradres: Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere
Ordernummer: ZH-55-14

Met vriendelijke groet,

Wegwijzer Veertien

-----------------------------------------------------------------------
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als
dit bericht niet voor u bestemd is, wordt u verzocht de afzender
hiervan op de hoogte te stellen en het bericht te verwijderen. Zorggroep
Hoogteprofiel is ingeschreven bij de Kamer van Koophandel onder nummer
55514555.
This e-mail message is intended exclusively for the addressee(s). If
you are not the intended recipient, please notify the sender and
delete this message.
-----------------------------------------------------------------------
"""),
    X("a form above a long two-language disclaimer with a chamber of commerce number",
      "register", "nl", people=1, persons=[P(
          name="Wegwijzer Veertien",
          email="wegwijzer.veertien@hoogteprofiel.example.nl",
          organisation="Zorggroep Hoogteprofiel", role="locatiemanager",
          phone="036 555 1414", diet="glutenvrij",
          invoice_address="Zorggroep Hoogteprofiel, Centrale Administratie, Postbus 5514, 1300 CB Almere",
          invoice_reference="ZH-55-14")]))

# 015 ---------------------------------------------------------------------
add("mobile-and-landline-groupwise", groupwise(
    "Landmeter Vijftien <landmeter.vijftien@rekenraam.example.org>",
    "Aanmelding leergang", "2010-03-18 09:50",
    """Goedemorgen,

Graag zou ik deelnemen aan de leergang. Mijn gegevens:

Naam: Landmeter Vijftien
Organisatie: Schuldhulp Rekenraam
Functie: schuldhulpverlener
Mobiel: 06 5551 5150
Vast: 036 555 1515
E-mail: landmeter.vijftien@rekenraam.example.org
Factuur: Schuldhulp Rekenraam, Rekenraamstraat 15, 1315 RR Almere

Met vriendelijke groet,
Landmeter Vijftien
"""),
    X("a form with a mobile and a landline number (the first written is taken)",
      "register", "nl", people=1, persons=[P(
          name="Landmeter Vijftien",
          email="landmeter.vijftien@rekenraam.example.org",
          organisation="Schuldhulp Rekenraam", role="schuldhulpverlener",
          phone="06 5551 5150",
          invoice_address="Schuldhulp Rekenraam, Rekenraamstraat 15, 1315 RR Almere")]))

# 016 ---------------------------------------------------------------------
add("long-polite-prose-director", outlook2010(
    "Havenmeester Zestien <havenmeester.zestien@wijkkompas.example.nl>",
    "Aanmelding deSTADSWIJKstudies op locatie Almere", "2010-03-19 11:25",
    """Geachte heer, mevrouw,

Met veel belangstelling heb ik de brochure van deSTADSWIJKstudies op locatie Almere gelezen. De thema's sluiten naadloos aan bij de koers die onze stichting de komende jaren wil varen, in het bijzonder waar het gaat om het aanboren van de krachten die in de wijken al aanwezig zijn. Ik meld mij daarom graag aan als deelnemer aan de leergang.

Ik ben directeur-bestuurder van Stichting Wijkkompas. U kunt mij bereiken op 036 555 1616 of via dit e-mailadres.

De factuur kunt u richten aan Stichting Wijkkompas, Kompasplein 16, 1311 AB Almere, onder vermelding van projectnummer WK-1016.

Ik zie uit naar de eerste bijeenkomst op 1 juni.

Met vriendelijke groet,

Havenmeester Zestien
directeur-bestuurder
Stichting Wijkkompas
"""),
    X("long polite prose; every detail in sentences, the reference after 'onder vermelding van'",
      "register", "nl", people=1, persons=[P(
          name="Havenmeester Zestien",
          email="havenmeester.zestien@wijkkompas.example.nl",
          organisation="Stichting Wijkkompas", role="directeur-bestuurder",
          phone="036 555 1616",
          invoice_address="Stichting Wijkkompas, Kompasplein 16, 1311 AB Almere",
          invoice_reference="projectnummer WK-1016")]))

# 017 ---------------------------------------------------------------------
add("mixed-nl-en-yahoo-work-address", yahoo2(
    "Bouwmeester Zeventien <bouwmeester17@yahoo.example.com>",
    "leergang aanmelding", "2010-03-22 19:40",
    """Hi,

Ik wil graag joinen voor de leergang, sounds really interesting! My details:

Naam: Bouwmeester Zeventien
Werk: Sportbedrijf Looproute, buurtsportcoach
Werkmail: b.zeventien@looproute.example.nl (please use this one, niet mijn yahoo)
Tel: 06 5551 7170

Factuur kan naar Sportbedrijf Looproute, t.a.v. administratie, Baanweg 17, 1318 AB Almere.

Thanks!
Bouwmeester

Verzonden vanaf Yahoo Mail op Android
"""),
    X("Dutch mixed with English from a private address; the work address in the text; 'Werk:' holds organisation and function",
      "register", "nl", people=1, persons=[P(
          name="Bouwmeester Zeventien", email="b.zeventien@looproute.example.nl",
          organisation="Sportbedrijf Looproute", role="buurtsportcoach",
          phone="06 5551 7170",
          invoice_address="Sportbedrijf Looproute, t.a.v. administratie, Baanweg 17, 1318 AB Almere")]))

# 018 ---------------------------------------------------------------------
T18 = """Beste organisatie,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies.

*Naam:* Ontwerper Achttien
*Organisatie:* Humanitas Noordpijl
*Functie:* vrijwilligerscoördinator
*E-mail:* ontwerper.achttien@noordpijl.example.org
*Telefoon:* 06 5551 8180
*Factuuradres:* Humanitas Noordpijl, Noordpijl 18, 1325 AB Almere

Hartelijke groet,
Ontwerper Achttien
"""
H18 = ('<div dir="ltr"><div>Beste organisatie,</div><div><br></div><div>Graag meld '
       'ik mij aan voor de leergang deSTADSWIJKstudies.</div><div><br></div>'
       '<div><b>Naam:</b> Ontwerper Achttien</div>'
       '<div><b>Organisatie:</b> Humanitas Noordpijl</div>'
       '<div><b>Functie:</b> vrijwilligersco&ouml;rdinator</div>'
       '<div><b>E-mail:</b> <a href="mailto:ontwerper.achttien@noordpijl.example.org">'
       'ontwerper.achttien@noordpijl.example.org</a></div>'
       '<div><b>Telefoon:</b> 06 5551 8180</div>'
       '<div><b>Factuuradres:</b> Humanitas Noordpijl, Noordpijl 18, 1325 AB Almere</div>'
       '<div><br></div><div>Hartelijke groet,</div><div>Ontwerper Achttien</div></div>\n')
add("gmail-bold-labels-as-asterisks", alt_mail(
    "Ontwerper Achttien <ontwerper.achttien@noordpijl.example.org>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-23 10:10", T18, H18,
    style="gmail"),
    X("Gmail bold labels: '*Naam:*' in the text part, <b> in the HTML",
      "register", "nl", people=1, persons=[P(
          name="Ontwerper Achttien",
          email="ontwerper.achttien@noordpijl.example.org",
          organisation="Humanitas Noordpijl", role="vrijwilligerscoördinator",
          phone="06 5551 8180",
          invoice_address="Humanitas Noordpijl, Noordpijl 18, 1325 AB Almere")]))

# 019 ---------------------------------------------------------------------
add("form-and-hearing-loop-question", winmail(
    "Gangmaker Negentien <gangmaker.negentien@peilschaal.example.nl>",
    "Aanmelding", "2010-03-24 13:15",
    """Goedemiddag,

Ik wil me graag aanmelden voor de leergang.

Naam: Gangmaker Negentien
Organisatie: Thuiszorg Peilschaal
Functie: wijkverpleegkundige
E-mail: gangmaker.negentien@peilschaal.example.nl
Telefoon: 06 5551 9190

Ik ben slechthorend. Is er in het Nieuwe Lokaal een ringleiding, of kan ik beter vooraan gaan zitten?

Met vriendelijke groet,
Gangmaker Negentien

Verzonden vanuit Mail voor Windows
"""),
    X("a form, then a question about a hearing loop in the room",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Gangmaker Negentien",
          email="gangmaker.negentien@peilschaal.example.nl",
          organisation="Thuiszorg Peilschaal", role="wijkverpleegkundige",
          phone="06 5551 9190")]))

# 020 ---------------------------------------------------------------------
add("assistant-registers-dean-emclient", emclient(
    "Tracker HundredSix <tracker.hundredsix@polytechnic.example.edu>",
    "Registration Dean - deSTADSWIJKstudies", "2010-03-25 09:45",
    """Dear Sir/Madam,

On behalf of our dean I would like to register him for the course "Almere: Sociale ambities in een groeiende stad".

Name: Pathmaker Twenty
Position: Dean, School of Social Studies
Email: pathmaker.twenty@polytechnic.example.edu
Direct line: +31 36 555 2020

Please send the invoice to: Sample Polytechnic Flevoland, Finance Office, PO Box 5520, 1300 CC Almere, quoting purchase order PO-2020-55.

If you need anything else, please contact me.

Kind regards,

Tracker HundredSix
Management Assistant to the Dean
Sample Polytechnic Flevoland
+31 36 555 2099
"""),
    X("an assistant registers her dean; the organisation from her signature, not her phone",
      "register", "en", people=1, persons=[P(
          name="Pathmaker Twenty",
          email="pathmaker.twenty@polytechnic.example.edu",
          organisation="Sample Polytechnic Flevoland",
          role="Dean, School of Social Studies", phone="+31 36 555 2020",
          invoice_address="Sample Polytechnic Flevoland, Finance Office, PO Box 5520, 1300 CC Almere",
          invoice_reference="purchase order PO-2020-55")]))

# 021 ---------------------------------------------------------------------
T21 = """Nieuwe aanmelding via Example Agenda Flevoland

Evenement: deSTADSWIJKstudies op locatie Almere (1 juni 2010)
Ingevuld op: 26-03-2010 16:01

Naam: Aanjager Eenentwintig
E-mail: aanjager21@dwarsdoorsnede.example.org
Organisatie: GGZ Dwarsdoorsnede
Functie: ervaringsdeskundige
Telefoon: 06 5552 1210
Opmerking: -

Dit bericht is automatisch verstuurd door Example Agenda Flevoland. Antwoorden op dit bericht gaan naar de deelnemer.
"""
H21 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
       '<h2 style="color:#0a6e3c">Nieuwe aanmelding via Example Agenda Flevoland</h2>'
       '<p>Evenement: <b>deSTADSWIJKstudies op locatie Almere (1 juni 2010)</b><br>'
       'Ingevuld op: 26-03-2010 16:01</p><table cellpadding="4">'
       '<tr><td>Naam</td><td>Aanjager Eenentwintig</td></tr>'
       '<tr><td>E-mail</td><td>aanjager21@dwarsdoorsnede.example.org</td></tr>'
       '<tr><td>Organisatie</td><td>GGZ Dwarsdoorsnede</td></tr>'
       '<tr><td>Functie</td><td>ervaringsdeskundige</td></tr>'
       '<tr><td>Telefoon</td><td>06 5552 1210</td></tr>'
       '<tr><td>Opmerking</td><td>-</td></tr></table>'
       '<p style="color:#888;font-size:11px">Dit bericht is automatisch verstuurd '
       'door Example Agenda Flevoland. Antwoorden op dit bericht gaan naar de '
       'deelnemer.</p></body></html>\n')
add("event-site-form-relay", alt_mail(
    "Example Agenda Flevoland <noreply@agendaflevoland.example.com>",
    "Nieuwe aanmelding: deSTADSWIJKstudies op locatie Almere", "2010-03-26 16:02",
    T21, H21, reply_to="Aanjager Eenentwintig <aanjager21@dwarsdoorsnede.example.org>",
    extra=[("X-Mailer", "AgendaFlevoland-Forms/2.4")]),
    X("an event site relays its form: noreply sender, the participant in Reply-To and in the form",
      "register", "nl", people=1, persons=[P(
          name="Aanjager Eenentwintig",
          email="aanjager21@dwarsdoorsnede.example.org",
          organisation="GGZ Dwarsdoorsnede", role="ervaringsdeskundige",
          phone="06 5552 1210")]))

# 022 ---------------------------------------------------------------------
add("typos-in-labels-outlook-android", outlook_android(
    "Koploper Tweeëntwintig <koploper.22@kompasstad.example.nl>",
    "Aanmelding leergang", "2010-03-29 08:20",
    """Goedemorgen,

Graag aanmelden voor de leergang:

Naaam: Koploper Tweeëntwintig
Organsatie: Vluchtelingenwerk Kompasstad
Funtcie: maatschappelijk begeleider
emial: koploper.22@kompasstad.example.nl
tel: 06-55522222

factuur naar Vluchtelingenwerk Kompasstad, Postbus 5522, 1300 CE Almere

Groet Koploper

Outlook voor Android downloaden
"""),
    X("a form typed on a phone with misspelt labels",
      "register", "nl", people=1, persons=[P(
          name="Koploper Tweeëntwintig", email="koploper.22@kompasstad.example.nl",
          organisation="Vluchtelingenwerk Kompasstad",
          role="maatschappelijk begeleider", phone="06-55522222",
          invoice_address="Vluchtelingenwerk Kompasstad, Postbus 5522, 1300 CE Almere")]))

# 023 ---------------------------------------------------------------------
add("one-person-consultancy-proton", proton(
    "Ferryman TwentyThree <ferryman.twentythree@crossings.example.com>",
    "Course registration", "2010-03-30 22:10",
    """Hello,

I run a one-person consultancy, Sample Crossings Consultancy, advising housing associations on resident participation. I would very much like to take part in the course.

Name: Ferryman TwentyThree
Organisation: Sample Crossings Consultancy
Role: independent consultant
Phone: 06 5552 3230
Invoice address: Sample Crossings Consultancy, Dijkgraafstraat 23, 1334 AB Almere

Best,
Ferryman

Sent with Proton Mail secure email.
"""),
    X("a one-person consultancy named as the organisation",
      "register", "en", people=1, persons=[P(
          name="Ferryman TwentyThree",
          email="ferryman.twentythree@crossings.example.com",
          organisation="Sample Crossings Consultancy",
          role="independent consultant", phone="06 5552 3230",
          invoice_address="Sample Crossings Consultancy, Dijkgraafstraat 23, 1334 AB Almere")]))

# 024 ---------------------------------------------------------------------
add("municipal-ipad-one-line", ipad(
    "Vormgever Vierentwintig <vormgever.vierentwintig@almere.nl>",
    "Leergang", "2010-03-31 17:44",
    """Meld me aan voor de leergang.
Vormgever Vierentwintig, teamleider Wijkzaken Stad, gemeente Almere. 06 5552 4240

Verzonden vanaf mijn iPad
"""),
    X("municipal staff from an iPad, all on one line",
      "register", "nl", people=1, persons=[P(
          name="Vormgever Vierentwintig",
          email="vormgever.vierentwintig@almere.nl",
          organisation="Gemeente Almere", role="teamleider Wijkzaken Stad",
          phone="06 5552 4240")]))

# 025 ---------------------------------------------------------------------
add("tutanota-html-only-en", tutanota(
    "Weaver TwentyFive <weaver.twentyfive@atlas.example.net>",
    "Register for course Almere", "2010-04-01 10:30",
    """Hi,

I'd like to register for the four-day course in Almere.

Name: Weaver TwentyFive
Organisation: Example Neighbourhood Atlas
Role: community organiser
Mobile: 06 5552 5250
Diet: vegan
Invoice to: Example Neighbourhood Atlas, Atlasweg 25, 1312 AB Almere
Our reference: NA-25

Thanks,
Weaver TwentyFive
"""),
    X("HTML only from Tutanota; 'Our reference:' is a field label",
      "register", "en", people=1, persons=[P(
          name="Weaver TwentyFive", email="weaver.twentyfive@atlas.example.net",
          organisation="Example Neighbourhood Atlas", role="community organiser",
          phone="06 5552 5250", diet="vegan",
          invoice_address="Example Neighbourhood Atlas, Atlasweg 25, 1312 AB Almere",
          invoice_reference="NA-25")]))

# 026 ---------------------------------------------------------------------
add("invoice-by-mail-only-claws", claws(
    "Kartograaf Zesentwintig <kartograaf.26@topografie.example.nl>",
    "Aanmelding deSTADSWIJKstudies", "2010-04-06 09:05",
    """Goedemorgen,

Hierbij meld ik mij aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Kartograaf Zesentwintig
Organisatie: Welzijn Topografie
Functie: coördinator mantelzorg
Telefoon: 036 555 2626
Dieet: geen varkensvlees

De factuur graag digitaal naar facturen@topografie.example.nl (wij verwerken geen papieren facturen meer).

Met vriendelijke groet,
Kartograaf Zesentwintig
"""),
    X("ISO-8859-1; the invoice goes only to a mail address, so no invoice address",
      "register", "nl", people=1, persons=[P(
          name="Kartograaf Zesentwintig", email="kartograaf.26@topografie.example.nl",
          organisation="Welzijn Topografie", role="coördinator mantelzorg",
          phone="036 555 2626", diet="geen varkensvlees")]))

# 027 ---------------------------------------------------------------------
add("latin1-encoded-subject-outlook2003", keep_subject(outlook2003(
    "Stuurman Zevenentwintig <stuurman.27@schaalstok.example.nl>",
    "Aanmelding leergang (coördinator jongerenwerk)", "2010-04-07 14:35",
    """Beste mensen,

Bij deze wil ik mij opgeven voor de leergang deSTADSWIJKstudies.

Naam: Stuurman Zevenentwintig
Organisatie: Stichting Schaalstok
Functie: coördinator jongerenwerk
E-mail: stuurman.27@schaalstok.example.nl
Telefoon: 036-555 27 27
Dieetwensen: geen

Factuuradres: Stichting Schaalstok, Schaalstokweg 27, 1321 AB Almere
Kostenplaats: 2727

Met vriendelijke groet,

Stuurman Zevenentwintig
"""), "=?iso-8859-1?Q?Aanmelding_leergang_=28co=F6rdinator_jongerenwerk=29?="),
    X("windows-1252 text with an ISO-8859-1 encoded-word subject; 'Kostenplaats:' is a field label",
      "register", "nl", people=1, persons=[P(
          name="Stuurman Zevenentwintig", email="stuurman.27@schaalstok.example.nl",
          organisation="Stichting Schaalstok", role="coördinator jongerenwerk",
          phone="036-555 27 27",
          invoice_address="Stichting Schaalstok, Schaalstokweg 27, 1321 AB Almere",
          invoice_reference="2727")]))

# 028 ---------------------------------------------------------------------
add("bullet-dots-spark-en", spark(
    "Helmsman TwentyEight <helmsman.28@debtcompass.example.org>",
    "Course registration", "2010-04-08 11:50",
    """Hello,

Please register me for the course:

• Name: Helmsman TwentyEight
• Organisation: Sample Debt Compass Flevoland
• Job title: debt counsellor
• Email: helmsman.28@debtcompass.example.org
• Phone: 06 5552 8280
• Invoice: Sample Debt Compass Flevoland, Postbus 5528, 1300 CF Almere

Regards,
Helmsman
"""),
    X("a form with bullet dots before each label",
      "register", "en", people=1, persons=[P(
          name="Helmsman TwentyEight", email="helmsman.28@debtcompass.example.org",
          organisation="Sample Debt Compass Flevoland", role="debt counsellor",
          phone="06 5552 8280",
          invoice_address="Sample Debt Compass Flevoland, Postbus 5528, 1300 CF Almere")]))

# 029 ---------------------------------------------------------------------
add("windows-live-mail-invoice-request", oe(
    "Dijkwachter Negenentwintig <dijkwachter.29@kaartvlak.example.nl>",
    "Aanmelding leergang Almere", "2010-04-09 13:00",
    """Goedemiddag,

Graag meld ik mij aan voor de leergang in Almere.

Naam: Dijkwachter Negenentwintig
Organisatie: GGD Kaartvlak
Functie: jeugdverpleegkundige
Telefoon: 06 5552 9290
Dieet: vis wel, vlees niet

Wilt u de factuur sturen naar GGD Kaartvlak, Postbus 5529, 1300 CD Almere, onder kostenplaats 7729?

Met vriendelijke groet,
Dijkwachter Negenentwintig
""", ver="15.4.3555.308"),
    X("Windows Live Mail, ISO-8859-1; the invoice asked for as a polite request, not a question",
      "register", "nl", people=1, persons=[P(
          name="Dijkwachter Negenentwintig",
          email="dijkwachter.29@kaartvlak.example.nl",
          organisation="GGD Kaartvlak", role="jeugdverpleegkundige",
          phone="06 5552 9290", diet="vis wel, vlees niet",
          invoice_address="GGD Kaartvlak, Postbus 5529, 1300 CD Almere",
          invoice_reference="kostenplaats 7729")]))

# 030 ---------------------------------------------------------------------
add("reply-all-on-managers-call", outlook365(
    "Pleinmaker Dertig <pleinmaker.dertig@looproute.example.nl>",
    "RE: deSTADSWIJKstudies: wie gaat er mee?", "2010-04-12 09:35",
    """Hoi,

Ja, ik wil graag! Bij deze meld ik mij aan voor de leergang.

Groet,
Pleinmaker Dertig
sportregisseur
Sportbedrijf Looproute
06 5553 0300""" + o365_quote_nl(
        "Gangmaker Honderdzeven <g.honderdzeven@looproute.example.nl>",
        "2010-04-09 16:10", "Team Wijksport <team.wijksport@looproute.example.nl>",
        "deSTADSWIJKstudies: wie gaat er mee?",
        """Hallo allemaal,

In de bijlage de brochure van de leergang deSTADSWIJKstudies. Wij kunnen met maximaal drie mensen mee; Bouwmeester gaat al. Wie interesse heeft: meld je zelf aan via aanmelden@example.org en zet mij even in de cc.

Groet,
Gangmaker"""),
    cc="Gangmaker Honderdzeven <g.honderdzeven@looproute.example.nl>"),
    X("a reply-all to the manager's call to the team; the writer registers herself, details in her signature",
      "register", "nl", people=1, persons=[P(
          name="Pleinmaker Dertig", email="pleinmaker.dertig@looproute.example.nl",
          organisation="Sportbedrijf Looproute", role="sportregisseur",
          phone="06 5553 0300")]))

# 031 ---------------------------------------------------------------------
add("native-en-prose-fastmail", fastmail(
    "Lamplighter ThirtyOne <lamplighter31@meridian.example.com>",
    "Signing up", "2010-04-13 15:20",
    """Hi there,

I'd like to sign up for the deSTADSWIJKstudies course in Almere. I'm Lamplighter ThirtyOne, housing officer at Example Housing Meridian; you can reach me on 06 5553 1310 or at this address.

Please invoice Example Housing Meridian, Meridian House, Stationsplein 31, 1315 AB Almere, marking it with order number HM-31-2010.

No dietary requirements.

Many thanks,
Lamplighter
"""),
    X("English prose; 'No dietary requirements' is no diet",
      "register", "en", people=1, persons=[P(
          name="Lamplighter ThirtyOne", email="lamplighter31@meridian.example.com",
          organisation="Example Housing Meridian", role="housing officer",
          phone="06 5553 1310",
          invoice_address="Example Housing Meridian, Meridian House, Stationsplein 31, 1315 AB Almere",
          invoice_reference="order number HM-31-2010")]))

# 032 ---------------------------------------------------------------------
add("dotted-leaders-tb115", tb115(
    "Bruggenbouwer Tweeëndertig <bruggenbouwer.32@kaartblad.example.org>",
    "Aanmelding", "2010-04-14 10:12",
    """Goedemorgen,

Hierbij het ingevulde formulier:

Naam...............: Bruggenbouwer Tweeëndertig
Organisatie........: Stichting Kaartblad
Functie............: wijkcoördinator
E-mail.............: bruggenbouwer.32@kaartblad.example.org
Telefoon...........: 036-555 32 32
Dieetwensen........: halal
Factuuradres.......: Stichting Kaartblad, Postbus 5501, 1300 AA Almere

Groet,
Bruggenbouwer Tweeëndertig
"""),
    X("labels followed by dotted leaders",
      "register", "nl", people=1, persons=[P(
          name="Bruggenbouwer Tweeëndertig",
          email="bruggenbouwer.32@kaartblad.example.org",
          organisation="Stichting Kaartblad", role="wijkcoördinator",
          phone="036-555 32 32", diet="halal",
          invoice_address="Stichting Kaartblad, Postbus 5501, 1300 AA Almere")]))

# 033 ---------------------------------------------------------------------
add("pipe-signature-roundcube", roundcube(
    "Wegwijzer Drieëndertig <wegwijzer.33@meeroutekaart.example.nl>",
    "Leergang juni", "2010-04-15 12:00",
    """Hallo,

Ik wil graag meedoen aan de leergang die in juni begint. Kunt u mij inschrijven?

Groet,

Wegwijzer Drieëndertig | teamleider | MEE Routekaart | 06 5553 3330 | wegwijzer.33@meeroutekaart.example.nl
"""),
    X("a two-line request; the details in a one-line signature split by pipes",
      "register", "nl", people=1, persons=[P(
          name="Wegwijzer Drieëndertig",
          email="wegwijzer.33@meeroutekaart.example.nl",
          organisation="MEE Routekaart", role="teamleider",
          phone="06 5553 3330")]))

# 034 ---------------------------------------------------------------------
add("prose-introduction-o365", outlook365(
    "Landmeter Vierendertig <landmeter.34@peilschaal.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-16 14:30",
    """Beste lezer,

Mijn naam is Landmeter Vierendertig en ik werk als wijkverpleegkundige bij Thuiszorg Peilschaal. Via een collega hoorde ik van de leergang en ik wil mij daar graag voor aanmelden. Ik ben bereikbaar op 06 5553 4340. Ik eet vegetarisch.

De factuur mag naar ons hoofdkantoor: Thuiszorg Peilschaal, Peilweg 34, 1324 AB Almere.

Hartelijke groet,
Landmeter Vierendertig
"""),
    X("prose introduction: 'Mijn naam is ... ik werk als ... bij ...'",
      "register", "nl", people=1, persons=[P(
          name="Landmeter Vierendertig", email="landmeter.34@peilschaal.example.nl",
          organisation="Thuiszorg Peilschaal", role="wijkverpleegkundige",
          phone="06 5553 4340", diet="vegetarisch",
          invoice_address="Thuiszorg Peilschaal, Peilweg 34, 1324 AB Almere")]))

# 035 ---------------------------------------------------------------------
add("unlabelled-lines-iphone-diet", ios(
    "Havenmeester Vijfendertig <h.vijfendertig@dwarsdoorsnede.example.org>",
    "Aanmelding", "2010-04-19 07:40",
    """Aanmelding:
Havenmeester Vijfendertig
GGZ Dwarsdoorsnede
psychiatrisch verpleegkundige
06 5553 5350
Dieet: notenallergie

Verstuurd vanaf mijn iPhone
"""),
    X("unlabelled lines from a phone with one labelled diet line",
      "register", "nl", people=1, persons=[P(
          name="Havenmeester Vijfendertig",
          email="h.vijfendertig@dwarsdoorsnede.example.org",
          organisation="GGZ Dwarsdoorsnede", role="psychiatrisch verpleegkundige",
          phone="06 5553 5350", diet="notenallergie")]))

# 036 ---------------------------------------------------------------------
add("general-info-mailbox-signed", outlook2010(
    "Kinderopvang Speelkaart <info@speelkaart.example.nl>",
    "Aanmelding leergang", "2010-04-20 10:05",
    """Goedemorgen,

Ik wil mij graag aanmelden voor de leergang deSTADSWIJKstudies. Ik werk als locatiemanager bij Kinderopvang Speelkaart. Ik mail vanuit ons algemene adres; antwoorden kunnen hier ook naartoe.

Telefoon: 036 555 3636

Factuur graag naar: Kinderopvang Speelkaart, Verhaalweg 10, 1317 AB Almere.

Met vriendelijke groet,

Bouwmeester Zesendertig
Locatiemanager
Kinderopvang Speelkaart
"""),
    X("sent from the organisation's general mailbox, which the writer says to use; no other address given",
      "register", "nl", people=1, persons=[P(
          name="Bouwmeester Zesendertig", email="info@speelkaart.example.nl",
          organisation="Kinderopvang Speelkaart", role="locatiemanager",
          phone="036 555 3636",
          invoice_address="Kinderopvang Speelkaart, Verhaalweg 10, 1317 AB Almere")]))

# 037 ---------------------------------------------------------------------
add("municipal-en-city-of-almere", outlook365(
    "Surveyor ThirtySeven <surveyor.thirtyseven@almere.nl>",
    "Registration", "2010-04-21 11:11",
    """Hi,

I'd like to register for the course.

Surveyor ThirtySeven
Programme manager Social Agenda
City of Almere
surveyor.thirtyseven@almere.nl
+31 36 555 3737

Thanks,
Surveyor
""", lang="EN"),
    X("municipal staff writing English, 'City of Almere' in the signature: Gemeente Almere",
      "register", "en", people=1, persons=[P(
          name="Surveyor ThirtySeven", email="surveyor.thirtyseven@almere.nl",
          organisation="Gemeente Almere", role="Programme manager Social Agenda",
          phone="+31 36 555 3737")]))

# 038 ---------------------------------------------------------------------
add("form-en-and-privacy-question", gmail2(
    "Gardener ThirtyEight <gardener38@lantern.example.org>",
    "Registration deSTADSWIJKstudies", "2010-04-22 16:16",
    """Dear course team,

I would like to register for deSTADSWIJKstudies.

Name: Gardener ThirtyEight
Organisation: Example Lantern Elderly Care
Position: team leader home care
Phone: 06 5553 8380
Invoice: Example Lantern Elderly Care, Lantaarnpad 38, 1336 AB Almere

One question: will a list of participants be shared with the group beforehand? If so, I would prefer that my phone number is not on it. Is that possible?

Kind regards,
Gardener ThirtyEight
"""),
    X("a form and a question about the participants' list and her phone number",
      "register", "en", q="yes", people=1, persons=[P(
          name="Gardener ThirtyEight", email="gardener38@lantern.example.org",
          organisation="Example Lantern Elderly Care",
          role="team leader home care", phone="06 5553 8380",
          invoice_address="Example Lantern Elderly Care, Lantaarnpad 38, 1336 AB Almere")]))

# 039 ---------------------------------------------------------------------
add("indented-form-kmail", kmail(
    "Ontwerper Negenendertig <o.negenendertig@hoogtelijn.example.com>",
    "Aanmelding deSTADSWIJKstudies", "2010-04-23 09:20",
    """Goedemorgen,

Graag meld ik mij aan:

    Naam          : Ontwerper Negenendertig
    Organisatie   : Woonstichting Hoogtelijn
    Functie       : projectleider leefbaarheid
    E-mail        : o.negenendertig@hoogtelijn.example.com
    Telefoon      : 06 5553 9390
    Factuuradres  : Postbus 5566, 1300 BG Almere
    Kostenplaats  : 8839

Met vriendelijke groet,
Ontwerper Negenendertig
"""),
    X("an indented form with spaces before the colons",
      "register", "nl", people=1, persons=[P(
          name="Ontwerper Negenendertig",
          email="o.negenendertig@hoogtelijn.example.com",
          organisation="Woonstichting Hoogtelijn",
          role="projectleider leefbaarheid", phone="06 5553 9390",
          invoice_address="Postbus 5566, 1300 BG Almere",
          invoice_reference="8839")]))
