"""Dev set 9, batch 1: genuine registrations (001-030).

Every message text and every label is typed by hand here. Codes used in
this batch: Stoelenmatter Een K4TR7-9WMQ2 (018).
"""
import sys
sys.dont_write_bytecode = True
from dev9_lib import *  # noqa: F401,F403

# 001 -- Outlook 2010 (Dutch), a form filled in by hand
add("form-outlook-hobo", outlook2010(
    "Kaarsenmaker Zeven <k.zeven@hobo.example.nl>",
    "Aanmelding leergang Sociale ambities",
    "2010-03-04 09:12",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Kaarsenmaker Zeven
Organisatie: Stichting Hobo
Functie: teamleider wijkteam Haven
E-mail: k.zeven@hobo.example.nl
Telefoon: 036 540 11 22
Dieet: geen
Factuuradres: Stichting Hobo, t.a.v. crediteurenadministratie, Postbus 1207, 1300 BE Almere

Met vriendelijke groet,

Kaarsenmaker Zeven
Teamleider wijkteam Haven
Stichting Hobo
T: 036 540 11 22
E: k.zeven@hobo.example.nl
"""),
    L("a filled-in form in Outlook, one person, own organisation", "register", "nl",
      people=1, persons=[P(name="Kaarsenmaker Zeven", email="k.zeven@hobo.example.nl",
                           organisation="Stichting Hobo", role="teamleider wijkteam Haven",
                           phone="036 540 11 22",
                           invoice_address="Stichting Hobo, t.a.v. crediteurenadministratie, Postbus 1207, 1300 BE Almere")]))

# 002 -- Gmail, prose
add("prose-gmail-fagot", gmail(
    "Touwslager Vier <touwslager.vier@example.com>",
    "deelname leergang",
    "2010-03-09 21:40",
    """Beste organisatie,

Via mijn leidinggevende hoorde ik van de leergang over de sociale ambities van Almere. Ik zou daar graag aan deelnemen. Ik werk als opbouwwerker bij Welzijn Fagot in Almere Buiten; mijn werkadres is t.vier@fagot.example.org, daar kunt u de bevestiging ook naartoe sturen. Ik eet vegetarisch.

De factuur graag naar Welzijn Fagot, Postbus 3310, 1300 EH Almere.

Hartelijke groet,
Touwslager Vier
06 41 22 93 07
"""),
    L("prose self-registration from a private address, work address in the text", "register", "nl",
      people=1, persons=[P(name="Touwslager Vier", email="t.vier@fagot.example.org",
                           organisation="Welzijn Fagot", role="opbouwwerker",
                           phone="06 41 22 93 07", diet="vegetarisch",
                           invoice_address="Welzijn Fagot, Postbus 3310, 1300 EH Almere")]))

# 003 -- iPhone, municipal staff, terse
add("terse-iphone-gemeente", iphone(
    "Mandenvlechter Negen <m.negen@almere.nl>",
    "Aanmelden",
    "2010-03-10 07:58",
    """Graag aanmelden voor de leergang sociale ambities.
Mandenvlechter Negen, beleidsadviseur jeugd, Gemeente Almere, tel 036 539 90 14

Verstuurd vanaf mijn iPhone"""),
    L("terse municipal registration from a phone", "register", "nl",
      people=1, persons=[P(name="Mandenvlechter Negen", email="m.negen@almere.nl",
                           organisation="Gemeente Almere", role="beleidsadviseur jeugd",
                           phone="036 539 90 14")]))

# 004 -- Outlook 2007, a secretary registers her director
add("secretary-for-director", outlook(
    "Secretariaat Zorggroep Cello <secretariaat@cello.example.nl>",
    "Aanmelding dhr. Elf",
    "2010-03-15 11:03",
    """Geachte heer, mevrouw,

Namens onze bestuurder, de heer Klokkengieter Elf, wil ik graag een plaats reserveren voor de leergang in Almere (alle vier de dagen).

Gegevens:
Klokkengieter Elf
bestuurder Zorggroep Cello
k.elf@cello.example.nl
036 521 30 00 (via het secretariaat)

Factuur graag onder vermelding van kostenplaats 4410 naar:
Zorggroep Cello
Afdeling Financiën
Postbus 60140
1320 AC Almere

Met vriendelijke groet,

Lijstenmaker Vijf
Directiesecretaresse
Zorggroep Cello
"""),
    L("a secretary registers her director; his details, the secretariat's phone as given for him", "register", "nl",
      people=1, persons=[P(name="Klokkengieter Elf", email="k.elf@cello.example.nl",
                           organisation="Zorggroep Cello", role="bestuurder",
                           phone="036 521 30 00",
                           invoice_address="Zorggroep Cello, Afdeling Financiën, Postbus 60140, 1320 AC Almere",
                           invoice_reference="kostenplaats 4410")]))

# 005 -- Outlook 2010, a group of three with shared organisation and invoice
add("group3-numbered-harp", outlook2010(
    "Zeefmaker Twee <z.twee@harp.example.nl>",
    "Aanmelding 3 medewerkers Woonstichting Harp",
    "2010-03-18 14:25",
    """Beste mensen,

Wij melden de volgende drie collega's aan voor de leergang:

1. Zeefmaker Twee, wijkconsulent, z.twee@harp.example.nl
2. Glasblazer Tien, sociaal beheerder, g.tien@harp.example.nl
3. Bezembinder Zes, projectleider leefbaarheid, b.zes@harp.example.nl

Voor alle drie geldt:
Organisatie: Woonstichting Harp
Factuuradres: Woonstichting Harp, Postbus 2050, 1300 CB Almere
Ons kenmerk: HARP-2010-017

Bezembinder Zes eet glutenvrij.

Met vriendelijke groet,

Zeefmaker Twee
Wijkconsulent
Woonstichting Harp
T 036 548 77 00
"""),
    L("three colleagues in a numbered list, organisation and invoice once for all; writer is one of them", "register", "nl",
      people=3, persons=[
          P(name="Zeefmaker Twee", email="z.twee@harp.example.nl", organisation="Woonstichting Harp",
            role="wijkconsulent", phone="036 548 77 00",
            invoice_address="Woonstichting Harp, Postbus 2050, 1300 CB Almere", invoice_reference="HARP-2010-017"),
          P(name="Glasblazer Tien", email="g.tien@harp.example.nl", organisation="Woonstichting Harp",
            role="sociaal beheerder",
            invoice_address="Woonstichting Harp, Postbus 2050, 1300 CB Almere", invoice_reference="HARP-2010-017"),
          P(name="Bezembinder Zes", email="b.zes@harp.example.nl", organisation="Woonstichting Harp",
            role="projectleider leefbaarheid", diet="glutenvrij",
            invoice_address="Woonstichting Harp, Postbus 2050, 1300 CB Almere", invoice_reference="HARP-2010-017")]))

# 006 -- Apple Mail, two people in prose
add("two-prose-apple", apple(
    "Pijpenmaker Dertien <p.dertien@klarinet.example.org>",
    "Leergang Almere - aanmelding twee personen",
    "2010-03-22 16:47",
    """Hallo,

Mijn collega Netbreier Veertien en ik willen ons graag samen aanmelden voor de vier studiedagen. Wij werken allebei bij Stichting Klarinet, ik als programmamaker en Netbreier als ambulant hulpverlener. Zijn mailadres is n.veertien@klarinet.example.org.

De factuur kan naar ons hoofdkantoor: Stichting Klarinet, Grote Markt 12, 1315 JG Almere.

Groet,

Pijpenmaker Dertien
Stichting Klarinet
06-2837 1190
"""),
    L("two colleagues in prose; writer keeps her phone", "register", "nl",
      people=2, persons=[
          P(name="Pijpenmaker Dertien", email="p.dertien@klarinet.example.org", organisation="Stichting Klarinet",
            role="programmamaker", phone="06-2837 1190",
            invoice_address="Stichting Klarinet, Grote Markt 12, 1315 JG Almere"),
          P(name="Netbreier Veertien", email="n.veertien@klarinet.example.org", organisation="Stichting Klarinet",
            role="ambulant hulpverlener",
            invoice_address="Stichting Klarinet, Grote Markt 12, 1315 JG Almere")]))

# 007 -- Outlook (Dutch) forward: a team leader passes on a staff member's request
_o7 = ol2010_quote_nl("Kantklosser Vijftien", "k.vijftien@pauk.example.nl", "2010-03-23 10:02",
                      "Hoefsmid Drie", "leergang",
                      """Hoi Hoefsmid,

Zou jij mij willen aanmelden voor die leergang van de gemeente? Het lijkt me heel nuttig voor ons project in Poort. Ik ben gezinscoach, mijn nummer is 06 1188 4420.

Dank je!
Kantklosser""")
add("forward-outlook-pauk", outlook2010(
    "Hoefsmid Drie <h.drie@pauk.example.nl>",
    "FW: leergang",
    "2010-03-23 10:31",
    """Goedemorgen,

Graag meld ik onderstaande collega aan voor de leergang. Zij werkt bij Jeugdzorg Pauk. De factuur kan naar Jeugdzorg Pauk, Postbus 1060, 1300 BB Almere, o.v.v. ordernummer 10/223.

Met vriendelijke groet,
Hoefsmid Drie
Teamleider Jeugdzorg Pauk
""" + _o7),
    L("a team leader forwards a staff member's request; the participant is in the forwarded mail", "register", "nl",
      fwd="yes", people=1, persons=[P(name="Kantklosser Vijftien", email="k.vijftien@pauk.example.nl",
                                      organisation="Jeugdzorg Pauk", role="gezinscoach", phone="06 1188 4420",
                                      invoice_address="Jeugdzorg Pauk, Postbus 1060, 1300 BB Almere",
                                      invoice_reference="ordernummer 10/223")]))

# 008 -- reply to the robot's "details missing" mail (Dutch)
_s8, _b8 = incomplete_nl("Schoorsteenveger Acht", ["organisatie", "functie"],
                         [("Naam", "Schoorsteenveger Acht"), ("E-mail", "s.acht@example.nl")])
add("reply-incomplete-nl", tb(
    "Schoorsteenveger Acht <s.acht@example.nl>",
    "Re: " + _s8,
    "2010-03-25 19:05",
    """Hierbij de ontbrekende gegevens:

Organisatie: Buurtwerk Trombone
Functie: buurtbemiddelaar

Groeten,
Schoorsteenveger Acht

""" + tb_quote_nl("2010-03-25 18:40", "deSTADSWIJKstudies Almere", _b8),
    irt=rirt("incomplete", "s.acht@example.nl")),
    L("answer to the robot's details-missing mail with the missing organisation and function", "register", "nl",
      people=1, persons=[P(name="Schoorsteenveger Acht", email="s.acht@example.nl",
                           organisation="Buurtwerk Trombone", role="buurtbemiddelaar")]))

# 009 -- reply to the robot's "details missing" mail (English)
_s9, _b9 = incomplete_en("Lamplighter Twelve", ["organisation"],
                         [("Name", "Lamplighter Twelve"), ("E-mail", "lamplighter.twelve@oboe.example.com"),
                          ("Function", "research fellow")])
add("reply-incomplete-en", gmail(
    "Lamplighter Twelve <lamplighter.twelve@oboe.example.com>",
    "Re: " + _s9,
    "2010-03-29 08:14",
    """Apologies - the organisation is the Example Oboe Trust (Amsterdam office). Invoice to Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam, reference PO 77120.

Best,
Lamplighter Twelve
""" + gmail_quote_en("2010-03-28 22:51", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b9),
    irt=rirt("incomplete", "lamplighter.twelve@oboe.example.com")),
    L("English answer to details-missing; organisation and invoice given", "register", "en",
      people=1, persons=[P(name="Lamplighter Twelve", email="lamplighter.twelve@oboe.example.com",
                           organisation="Example Oboe Trust", role="research fellow",
                           invoice_address="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
                           invoice_reference="PO 77120")]))

# 010 -- English, Gmail, prose
add("english-prose-lute", gmail(
    "Basketweaver Three <b.three@lute.example.com>",
    "Registration - Almere course",
    "2010-04-01 13:20",
    """Dear organisers,

I would like to register for the four-day course "Almere: Sociale ambities in een groeiende stad". I work as a community development officer at Sample Lute Housing in Almere and my Dutch is good enough to follow the sessions.

Phone: +31 6 3301 8872
Dietary: no pork please
Invoice: Sample Lute Housing, Finance, P.O. Box 888, 1300 AW Almere

Many thanks,
Basketweaver Three
"""),
    L("English prose registration", "register", "en",
      people=1, persons=[P(name="Basketweaver Three", email="b.three@lute.example.com",
                           organisation="Sample Lute Housing", role="community development officer",
                           phone="+31 6 3301 8872", diet="no pork",
                           invoice_address="Sample Lute Housing, Finance, P.O. Box 888, 1300 AW Almere")]))

# 011 -- Hotmail, HTML only
add("html-only-hotmail", hotmail2010(
    "Klompenmaker Twintig <klompenmaker20@example.com>",
    "inschrijving",
    "2010-04-06 22:10",
    """Goedenavond,

Ik wil me inschrijven voor de leergang Almere: Sociale ambities in een groeiende stad.

Klompenmaker Twintig
Vrijwilligerscoördinator bij Zorgcentrum Mandoline
klompenmaker20@example.com
06 5512 0043

Met vriendelijke groet""", html_only=True),
    L("HTML-only webmail registration, details under the sentence", "register", "nl",
      people=1, persons=[P(name="Klompenmaker Twintig", email="klompenmaker20@example.com",
                           organisation="Zorgcentrum Mandoline", role="Vrijwilligerscoördinator",
                           phone="06 5512 0043")]))

# 012 -- phone, base64 utf-8, terse with colon lines
add("phone-b64-terse", phone_b64(
    "Turfsteker Zestien <t.zestien@luit.example.nl>",
    "aanmelding leergang",
    "2010-04-08 07:33",
    """Meld mij aan aub.
Turfsteker Zestien
Woningcorporatie Luit, huurdersconsulent
06-19283746

Verzonden vanaf mijn Android-telefoon"""),
    L("terse registration from a phone, base64 body", "register", "nl",
      people=1, persons=[P(name="Turfsteker Zestien", email="t.zestien@luit.example.nl",
                           organisation="Woningcorporatie Luit", role="huurdersconsulent",
                           phone="06-19283746")]))

# 013 -- registration that also asks something
add("register-plus-question", outlook(
    "Rietsnijder Achttien <r.achttien@viola.example.nl>",
    "Aanmelding + vraag over parkeren",
    "2010-04-12 10:45",
    """Beste organisatie,

Graag meld ik mij aan voor de leergang.

Naam: Rietsnijder Achttien
Functie: manager wonen en zorg
Organisatie: Welzijnsgroep Viola
E-mail: r.achttien@viola.example.nl
Telefoon: 036 523 41 90

Ik kom met de auto uit Lelystad. Is er bij de bibliotheek een mogelijkheid om te parkeren, of moet ik in een garage staan?

Met vriendelijke groet,
Rietsnijder Achttien
"""),
    L("registration with a parking question", "register", "nl", q="yes",
      people=1, persons=[P(name="Rietsnijder Achttien", email="r.achttien@viola.example.nl",
                           organisation="Welzijnsgroep Viola", role="manager wonen en zorg",
                           phone="036 523 41 90")]))

# 014 -- English registration that asks about the language
add("register-question-en", macmail(
    "Ropemaker Nine <ropemaker.nine@bassoon.example.org>",
    "Sign me up - and a question",
    "2010-04-13 15:02",
    """Hello,

Please register me for the course:

Ropemaker Nine
Programme lead, Bassoon Care Foundation
ropemaker.nine@bassoon.example.org
+31 20 555 0192

One question: will the speakers' slides be available afterwards? Some sessions will be hard for me in Dutch.

Thanks,
Ropemaker
"""),
    L("English registration that asks about slides", "register", "en", q="yes",
      people=1, persons=[P(name="Ropemaker Nine", email="ropemaker.nine@bassoon.example.org",
                           organisation="Bassoon Care Foundation", role="Programme lead",
                           phone="+31 20 555 0192")]))

# 015 -- HTML grid of four (two organisations)
_g15 = html_grid11(["Naam", "Functie", "Organisatie", "E-mail"],
                   [["Scharensliep Eenentwintig", "wijkagent", "Politie Flevoland", "s.eenentwintig@politie.example.nl"],
                    ["Slotenmaker Tweeëntwintig", "jongerenwerker", "Buurtwerk Trombone", "s.tweeentwintig@trombone.example.org"],
                    ["Letterzetter Drieëntwintig", "jongerenwerker", "Buurtwerk Trombone", "l.drieentwintig@trombone.example.org"],
                    ["Borstelmaker Vierentwintig", "teamleider", "Buurtwerk Trombone", "b.vierentwintig@trombone.example.org"]],
                   intro="Beste organisatie,\n\nNamens het netwerk Veilig Poort melden wij de volgende vier personen aan voor de leergang:",
                   outro="Facturen graag per organisatie.\n\nMet vriendelijke groet,\nBorstelmaker Vierentwintig\nBuurtwerk Trombone")
_t15 = """Beste organisatie,

Namens het netwerk Veilig Poort melden wij de volgende vier personen aan voor de leergang:

Naam | Functie | Organisatie | E-mail
Scharensliep Eenentwintig | wijkagent | Politie Flevoland | s.eenentwintig@politie.example.nl
Slotenmaker Tweeëntwintig | jongerenwerker | Buurtwerk Trombone | s.tweeentwintig@trombone.example.org
Letterzetter Drieëntwintig | jongerenwerker | Buurtwerk Trombone | l.drieentwintig@trombone.example.org
Borstelmaker Vierentwintig | teamleider | Buurtwerk Trombone | b.vierentwintig@trombone.example.org

Facturen graag per organisatie.

Met vriendelijke groet,
Borstelmaker Vierentwintig
Buurtwerk Trombone
"""
add("grid4-two-orgs", mail_html(
    "Borstelmaker Vierentwintig <b.vierentwintig@trombone.example.org>",
    "Aanmelding netwerk Veilig Poort (4 personen)",
    "2010-04-14 12:12", _g15, text=_t15, style="outlook",
    agent="Microsoft Outlook 14.0"),
    L("an HTML table of four people from two organisations", "register", "nl",
      people=4, persons=[
          P(name="Scharensliep Eenentwintig", email="s.eenentwintig@politie.example.nl",
            organisation="Politie Flevoland", role="wijkagent"),
          P(name="Slotenmaker Tweeëntwintig", email="s.tweeentwintig@trombone.example.org",
            organisation="Buurtwerk Trombone", role="jongerenwerker"),
          P(name="Letterzetter Drieëntwintig", email="l.drieentwintig@trombone.example.org",
            organisation="Buurtwerk Trombone", role="jongerenwerker"),
          P(name="Borstelmaker Vierentwintig", email="b.vierentwintig@trombone.example.org",
            organisation="Buurtwerk Trombone", role="teamleider")]))

# 016 -- Thunderbird, the original attached as message/rfc822
_in16 = rfc822(["From: Uurwerkmaker Vijfentwintig <u.vijfentwintig@doedelzak.example.nl>",
                "To: Kaasmaker Zesentwintig <k.zesentwintig@doedelzak.example.nl>",
                "Subject: graag aanmelden leergang",
                "Date: Mon, 19 Apr 2010 09:10:22 +0200",
                "Message-ID: <4BCC0F1E.2030105@doedelzak.example.nl>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit"],
               """Kaasmaker,

Kun jij mij aanmelden voor de leergang Sociale ambities? Ik heb er met
onze directeur over gesproken en het mag. Ik ben beleidsmedewerker
participatie, telefoon 036 530 88 12. Ik ben allergisch voor noten.

Uurwerkmaker
""")
add("forward-attached-tb", fwd_as_attachment(
    "Kaasmaker Zesentwintig <k.zesentwintig@doedelzak.example.nl>",
    "Fwd: graag aanmelden leergang",
    "2010-04-19 09:44",
    """Goedemorgen,

In de bijlage het verzoek van mijn collega. Wilt u haar aanmelden? Zij werkt bij Stichting Doedelzak; de factuur graag naar Stichting Doedelzak, Postbus 10001, 1301 AA Almere.

Kaasmaker Zesentwintig
Stichting Doedelzak
""", _in16),
    L("a colleague forwards the participant's request attached as message/rfc822", "register", "nl",
      fwd="yes", people=1, persons=[P(name="Uurwerkmaker Vijfentwintig", email="u.vijfentwintig@doedelzak.example.nl",
                                      organisation="Stichting Doedelzak", role="beleidsmedewerker participatie",
                                      phone="036 530 88 12", diet="allergisch voor noten",
                                      invoice_address="Stichting Doedelzak, Postbus 10001, 1301 AA Almere")]))

# 017 -- doubt overcome, now definite
add("now-definite", owa(
    "Zeilnaaier Zevenentwintig <z.zevenentwintig@fagot.example.org>",
    "RE: leergang - nu definitief",
    "2010-04-20 16:20",
    """Beste organisatie,

Vorige maand mailde ik dat ik nog moest overleggen. Inmiddels heb ik toestemming van mijn leidinggevende en meld ik mij hierbij definitief aan.

Zeilnaaier Zevenentwintig
ouderenadviseur
Welzijn Fagot
z.zevenentwintig@fagot.example.org
036 533 20 20
"""),
    L("earlier hesitation, now a definite registration", "register", "nl",
      people=1, persons=[P(name="Zeilnaaier Zevenentwintig", email="z.zevenentwintig@fagot.example.org",
                           organisation="Welzijn Fagot", role="ouderenadviseur", phone="036 533 20 20")]))

# 018 -- a colleague added in reply to the writer's own confirmation
_s18, _b18 = conf_nl("Stoelenmatter Een", "K4TR7-9WMQ2", "Stichting Hobo", "wijkcoach",
                     "s.een@hobo.example.nl")
add("colleague-in-reply-to-conf", outlook2010(
    "Stoelenmatter Een <s.een@hobo.example.nl>",
    "RE: " + _s18,
    "2010-04-22 09:05",
    """Dank voor de bevestiging. Mijn collega Lantaarnopsteker Achtentwintig wil ook graag mee. Kunt u haar ook aanmelden? Zij is wijkcoach net als ik, l.achtentwintig@hobo.example.nl. Zelfde factuuradres.

Groet,
Stoelenmatter Een
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-04-21 14:12",
                      "Stoelenmatter Een", _s18, _b18),
    irt=rirt("confirmation", "K4TR7-9WMQ2")),
    L("a colleague added in reply to the writer's own confirmation; code of the writer carried", "register", "nl",
      code="K4TR7-9WMQ2", people=1,
      persons=[P(name="Lantaarnopsteker Achtentwintig", email="l.achtentwintig@hobo.example.nl",
                 organisation="Stichting Hobo", role="wijkcoach")]))

# 019 -- details only in the signature
add("details-in-signature", outlook(
    "Hoedenmaker Negentien <h.negentien@mandoline.example.nl>",
    "Aanmelding",
    "2010-04-26 08:50",
    """Hierbij meld ik mij aan voor de leergang Sociale ambities in een groeiende stad.

Met vriendelijke groet,

Hoedenmaker Negentien
Locatiemanager
Zorgcentrum Mandoline | Bolderweg 3 | 1332 AT Almere
T: 036 547 10 10
M: 06 2020 3131
E: h.negentien@mandoline.example.nl
"""),
    L("a one-sentence registration, details only in the signature; first phone kept", "register", "nl",
      people=1, persons=[P(name="Hoedenmaker Negentien", email="h.negentien@mandoline.example.nl",
                           organisation="Zorgcentrum Mandoline", role="Locatiemanager",
                           phone="036 547 10 10")]))

# 020 -- a municipal team of two
add("municipal-two", outlook2010(
    "Tegelbakker Dertig <t.dertig@almere.nl>",
    "Aanmelding DMO",
    "2010-04-27 13:37",
    """Hallo,

Vanuit de afdeling Samenleving melden wij ons aan:
- Tegelbakker Dertig, beleidsmedewerker wonen, t.dertig@almere.nl
- Schaatsenmaker Eenendertig, programmamanager Sociale Agenda, s.eenendertig@almere.nl

Groet,
Tegelbakker Dertig
Gemeente Almere, DMO
"""),
    L("two municipal staff in a bulleted list", "register", "nl",
      people=2, persons=[
          P(name="Tegelbakker Dertig", email="t.dertig@almere.nl", organisation="Gemeente Almere",
            role="beleidsmedewerker wonen"),
          P(name="Schaatsenmaker Eenendertig", email="s.eenendertig@almere.nl", organisation="Gemeente Almere",
            role="programmamanager Sociale Agenda")]))

# 021 -- a contact-form relay
add("contact-form-relay", webform(
    "Website Stichting Klarinet <wordpress@klarinet.example.org>",
    "Nieuw bericht via contactformulier",
    "2010-04-28 20:15",
    """Van: Vlechter Tweeëndertig <v.tweeendertig@example.nl>
Onderwerp: Aanmelding leergang Almere

Berichttekst:
Ik wil mij graag aanmelden voor de leergang van deSTADSWIJKstudies. Ik ben vrijwilliger bij Stichting Klarinet (taalmaatje). Telefoon 06 4455 6677.

--
Deze e-mail is verzonden vanaf een contactformulier op Stichting Klarinet (http://klarinet.example.org)
""", reply_to="v.tweeendertig@example.nl"),
    L("a contact-form relay carrying one registration; the address in the text", "register", "nl",
      people=1, persons=[P(name="Vlechter Tweeëndertig", email="v.tweeendertig@example.nl",
                           organisation="Stichting Klarinet", role="taalmaatje", phone="06 4455 6677")]))

# 022 -- an invoice reference in running text
add("inkooporder-running-text", tb115(
    "Verver Drieëndertig <v.drieendertig@pauk.example.nl>",
    "Aanmelding leergang",
    "2010-05-03 10:10",
    """Geachte organisatie,

Graag schrijf ik mij in voor de leergang. Ik ben gedragswetenschapper bij Jeugdzorg Pauk (v.drieendertig@pauk.example.nl, 036 529 11 00). Wilt u op de factuur inkooporder 4500-7781 vermelden? Het factuuradres is Jeugdzorg Pauk, Postbus 1060, 1300 BB Almere.

Vriendelijke groet,
Verver Drieëndertig
"""),
    L("registration with an invoice reference in running text", "register", "nl",
      people=1, persons=[P(name="Verver Drieëndertig", email="v.drieendertig@pauk.example.nl",
                           organisation="Jeugdzorg Pauk", role="gedragswetenschapper",
                           phone="036 529 11 00", invoice_address="Jeugdzorg Pauk, Postbus 1060, 1300 BB Almere",
                           invoice_reference="inkooporder 4500-7781")]))

# 023 -- English, semicolon list of three
add("english-semicolons", outlook2010(
    "Glassblower Four <glassblower.four@oboe.example.com>",
    "Registrations Example Oboe Trust",
    "2010-05-04 11:11",
    """Dear Sir or Madam,

Please register the following three staff of the Example Oboe Trust for all four days:
Glassblower Four; senior researcher; glassblower.four@oboe.example.com
Clockmender Five; project officer; clockmender.five@oboe.example.com
Beekeeper Six; intern; beekeeper.six@oboe.example.com

Invoice to Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam, reference PO 77135.

Kind regards,
Glassblower Four
""", lang="EN"),
    L("English list of three in semicolons", "register", "en",
      people=3, persons=[
          P(name="Glassblower Four", email="glassblower.four@oboe.example.com", organisation="Example Oboe Trust",
            role="senior researcher", invoice_address="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
            invoice_reference="PO 77135"),
          P(name="Clockmender Five", email="clockmender.five@oboe.example.com", organisation="Example Oboe Trust",
            role="project officer", invoice_address="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
            invoice_reference="PO 77135"),
          P(name="Beekeeper Six", email="beekeeper.six@oboe.example.com", organisation="Example Oboe Trust",
            role="intern", invoice_address="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
            invoice_reference="PO 77135")]))

# 024 -- Lotus Notes forward
add("notes-forward", notes(
    "Ketellapper Vierendertig <k.vierendertig@cello.example.nl>",
    "Doorsturen: Aanmelding leergang",
    "2010-05-05 14:00",
    """Hierbij het verzoek van mijn medewerker om aangemeld te worden. Factuur via kostenplaats 4420.

Met vriendelijke groet,
Ketellapper Vierendertig
Zorggroep Cello
""" + notes_forward_nl("Ketellapper Vierendertig/Cello", "2010-05-05 13:58",
                       "Wolkammer Vijfendertig/Cello", "Ketellapper Vierendertig/Cello@Cello",
                       "2010-05-04 17:20", "Aanmelding leergang",
                       """Hoi,

Ik wil graag naar de leergang Sociale ambities. Wil je mij aanmelden?
Wolkammer Vijfendertig, casemanager dementie
w.vijfendertig@cello.example.nl
06 2222 4545
""")),
    L("Lotus Notes forward of a staff member's request", "register", "nl",
      fwd="yes", people=1, persons=[P(name="Wolkammer Vijfendertig", email="w.vijfendertig@cello.example.nl",
                                      organisation="Zorggroep Cello", role="casemanager dementie",
                                      phone="06 2222 4545", invoice_reference="kostenplaats 4420")]))

# 025 -- answer to the organiser's invitation, sent to the robot
_inv = """Geachte relatie,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een groeiende stad", vier dagen in 2010. Aanmelden kan tot 25 mei via aanmelden@example.org.

Met vriendelijke groet,
Programmasecretariaat DMO"""
add("reply-to-invitation", gmail_ios(
    "Zadelmaker Zesendertig <z.zesendertig@harp.example.nl>",
    "Re: Uitnodiging leergang Sociale ambities",
    "2010-05-06 18:30",
    """Dank voor de uitnodiging, ik kom graag! Zadelmaker Zesendertig, wijkconsulent Woonstichting Harp. Factuur naar Woonstichting Harp, Postbus 2050, 1300 CB Almere.

""" + gmail_quote_nl("2010-05-06 09:00", "Programmasecretariaat DMO <secretariaat@almere.nl>", _inv),
    to="aanmelden@example.org"),
    L("yes to the organiser's invitation, sent to the robot", "register", "nl",
      people=1, persons=[P(name="Zadelmaker Zesendertig", email="z.zesendertig@harp.example.nl",
                           organisation="Woonstichting Harp", role="wijkconsulent",
                           invoice_address="Woonstichting Harp, Postbus 2050, 1300 CB Almere")]))

# 026 -- windows-1252 Outlook, halal
add("outlook-halal", outlook(
    "Beeldsnijder Zevenendertig <b.zevenendertig@luit.example.nl>",
    "Inschrijving leergang sociale ambities",
    "2010-05-10 09:30",
    """Goedemorgen,

Ik schrijf mij graag in voor de leergang.

Naam: Beeldsnijder Zevenendertig
Functie: consulent bewonersparticipatie
Organisatie: Woningcorporatie Luit
Telefoon: 036 538 00 61
Dieetwensen: halal

Factuur: Woningcorporatie Luit, Afd. Crediteuren, Postbus 200, 1300 AE Almere

Bij voorbaat dank,
Beeldsnijder Zevenendertig
"""),
    L("form with diet halal, Outlook windows-1252", "register", "nl",
      people=1, persons=[P(name="Beeldsnijder Zevenendertig", email="b.zevenendertig@luit.example.nl",
                           organisation="Woningcorporatie Luit", role="consulent bewonersparticipatie",
                           phone="036 538 00 61", diet="halal",
                           invoice_address="Woningcorporatie Luit, Afd. Crediteuren, Postbus 200, 1300 AE Almere")]))

# 027 -- a director registers two staff, not herself
add("director-two-staff", apple(
    "Vioolbouwer Achtendertig <v.achtendertig@viola.example.nl>",
    "aanmelding twee medewerkers",
    "2010-05-11 07:45",
    """Goedemorgen,

Zelf kan ik helaas niet, maar ik meld graag twee van mijn mensen aan:

Orgeldraaier Negenendertig (buurtcoach) - o.negenendertig@viola.example.nl
Trommelbouwer Veertig (buurtcoach) - t.veertig@viola.example.nl

Beiden Welzijnsgroep Viola. Factuur naar Welzijnsgroep Viola, Postbus 5000, 1300 ZZ Almere.

Vioolbouwer Achtendertig
directeur Welzijnsgroep Viola
"""),
    L("a director registers two staff, not herself", "register", "nl",
      people=2, persons=[
          P(name="Orgeldraaier Negenendertig", email="o.negenendertig@viola.example.nl",
            organisation="Welzijnsgroep Viola", role="buurtcoach",
            invoice_address="Welzijnsgroep Viola, Postbus 5000, 1300 ZZ Almere"),
          P(name="Trommelbouwer Veertig", email="t.veertig@viola.example.nl",
            organisation="Welzijnsgroep Viola", role="buurtcoach",
            invoice_address="Welzijnsgroep Viola, Postbus 5000, 1300 ZZ Almere")]))

# 028 -- Yahoo on Android, English, short
add("yahoo-android-en", yahoo_android(
    "Sailstitcher Seven <sailstitcher7@example.com>",
    "register",
    "2010-05-14 12:40",
    """Hi, please register me for the Almere course. Sailstitcher Seven, volunteer coordinator at Sample Lute Housing, sailstitcher7@example.com, mob +31 6 1212 9898. Thanks!

Sent from Yahoo Mail on Android"""),
    L("short English registration from a phone app, base64 parts", "register", "en",
      people=1, persons=[P(name="Sailstitcher Seven", email="sailstitcher7@example.com",
                           organisation="Sample Lute Housing", role="volunteer coordinator",
                           phone="+31 6 1212 9898")]))

# 029 -- OWA HTML only, municipal
add("owa-html-gemeente", owa_html_only(
    "Pianostemmer Eenenveertig <p.eenenveertig@almere.nl>",
    "aanmelding leergang",
    "2010-05-18 15:15",
    """Beste collega's,

Ik meld me aan voor de leergang. Ik werk bij Stadsdeel Haven als gebiedsregisseur.

Pianostemmer Eenenveertig
Gemeente Almere
06 5151 7272
"""),
    L("HTML-only OWA registration of a municipal employee", "register", "nl",
      people=1, persons=[P(name="Pianostemmer Eenenveertig", email="p.eenenveertig@almere.nl",
                           organisation="Gemeente Almere", role="gebiedsregisseur",
                           phone="06 5151 7272")]))

# 030 -- Outlook, one day before closing, with a tab-separated block
add("tabbed-block-last-day", outlook2010(
    "Fluitenmaker Tweeënveertig <f.tweeenveertig@doedelzak.example.nl>",
    "Aanmelding (laatste dag?)",
    "2010-05-24 17:55",
    """Beste,

Hopelijk ben ik nog op tijd. Bij dezen meld ik me aan.

Naam:\tFluitenmaker Tweeënveertig
Functie:\tteamleider schuldhulp
Organisatie:\tStichting Doedelzak
E-mail:\tf.tweeenveertig@doedelzak.example.nl
Telefoon:\t036 531 42 42

Met vriendelijke groet,
Fluitenmaker Tweeënveertig
"""),
    L("a tab-separated form the day before the closing date", "register", "nl",
      people=1, persons=[P(name="Fluitenmaker Tweeënveertig", email="f.tweeenveertig@doedelzak.example.nl",
                           organisation="Stichting Doedelzak", role="teamleider schuldhulp",
                           phone="036 531 42 42")]))
