"""Set 10, batch 2: several colleagues at once, and forwarded registrations.

Shared details (organisation, invoice address and reference) are stated
once and hold for everyone the mail registers. Every message text and
every label is typed by hand.
"""
from set10_lib import (add, L, P, outlook, outlook2010, outlook365, gmail2,
                       apple, macmail, tb, tb115, notes, owa, gw_reply,
                       zimbra, html_mail10, with_atts, text_att, rfc822_part,
                       inotes_html, gmail_forward_nl, apple_forward_nl,
                       tb_forward_nl, notes_forward_nl, outlook_quote_nl,
                       outlook_orig_en, zimbra_forward_nl, help_nl, help_en,
                       rirt, tb_quote_nl, ios_quote_en, ios, outlookcom,
                       spark, horde, squirrel, sogo, ox, emclient, gmail,
                       plain, d, lib)
from email.message import EmailMessage

# 1 -- Outlook 2010: three colleagues, organisation and invoice once
add("group3-shared-invoice", outlook2010(
    '"Lakwerker Tweeënveertig" <l.tweeenveertig@stadsring.example.nl>',
    "Aanmelding 3 medewerkers Stadsring Welzijn", "2010-03-09 10:20",
    """Geacht programmasecretariaat,

Graag melden wij de volgende drie medewerkers van Stichting Stadsring Welzijn aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Factuuradres (voor alle drie): Stichting Stadsring Welzijn, Postbus 2900, 1300 CD Almere
Ons kenmerk: INK-2010-118

Naam: Sleutelmaker Drie
Functie: wijkteamleider
E-mail: s.drie@stadsring.example.nl

Naam: Vergulder Vijf
Functie: schuldhulpverlener
E-mail: v.vijf@stadsring.example.nl

Naam: Leidekker Negenentwintig
Functie: jongerenwerker
E-mail: l.negenentwintig@stadsring.example.nl
Dieet: vegetarisch

Met vriendelijke groet,

Lakwerker Tweeënveertig
Afdeling P&O
Stichting Stadsring Welzijn
036-5552942"""),
    L("group of three; the contact (P&O) is not registered", "register", "nl",
      people=3, persons=[
          P("Sleutelmaker Drie", "s.drie@stadsring.example.nl",
            "Stichting Stadsring Welzijn", "wijkteamleider",
            invoice_address="Stichting Stadsring Welzijn, Postbus 2900, 1300 CD Almere",
            invoice_reference="INK-2010-118"),
          P("Vergulder Vijf", "v.vijf@stadsring.example.nl",
            "Stichting Stadsring Welzijn", "schuldhulpverlener",
            invoice_address="Stichting Stadsring Welzijn, Postbus 2900, 1300 CD Almere",
            invoice_reference="INK-2010-118"),
          P("Leidekker Negenentwintig", "l.negenentwintig@stadsring.example.nl",
            "Stichting Stadsring Welzijn", "jongerenwerker", diet="vegetarisch",
            invoice_address="Stichting Stadsring Welzijn, Postbus 2900, 1300 CD Almere",
            invoice_reference="INK-2010-118")]))

# 2 -- Gmail, English prose, two colleagues
add("group2-en-prose", gmail2(
    "Marble Sixty <marble60@youthnet.example.org>",
    "Two registrations from Example Youth Network", "2010-03-10 16:42",
    """Dear secretariat,

I'd like to register two of my colleagues at Example Youth Network for the course: Falcon Twelve, who works as a youth worker (falcon12@youthnet.example.org), and Beacon Ninety-Nine, our team coordinator (beacon99@youthnet.example.org).

Please send the invoice to Example Youth Network, Finance, P.O. Box 60, 1000 AB Amsterdam, with reference YN-2010-04.

Many thanks,
Marble Sixty
Office manager, Example Youth Network"""),
    L("English prose, two colleagues, invoice once", "register", "en",
      people=2, persons=[
          P("Falcon Twelve", "falcon12@youthnet.example.org",
            "Example Youth Network", "youth worker",
            invoice_address="Example Youth Network, Finance, P.O. Box 60, 1000 AB Amsterdam",
            invoice_reference="YN-2010-04"),
          P("Beacon Ninety-Nine", "beacon99@youthnet.example.org",
            "Example Youth Network", "team coordinator",
            invoice_address="Example Youth Network, Finance, P.O. Box 60, 1000 AB Amsterdam",
            invoice_reference="YN-2010-04")]))

# 3 -- Outlook 365: an HTML table of five, shared details below it
T3 = [("Naam", "Functie", "E-mail", "Telefoon"),
      ("Wolkammer Een", "buurtmakelaar", "w.een@wijkwerk-stad.example.nl", "06 5550 0001"),
      ("Zadelmaker Twee", "sociaal werker", "z.twee@wijkwerk-stad.example.nl", "06 5550 0002"),
      ("Stoelenmatter Vier", "ouderenwerker", "s.vier@wijkwerk-stad.example.nl", "06 5550 0004"),
      ("Kaasmaker Zestien", "teamleider", "k.zestien@wijkwerk-stad.example.nl", ""),
      ("Mouter Achtenvijftig", "opbouwwerker", "m.achtenvijftig@wijkwerk-stad.example.nl", "06 5550 0058")]
rows = "".join(
    "<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                     '<p class="MsoNormal">%s</p></td>' % (lib.esc(c) or "&nbsp;")
                     for c in r) + "</tr>\n" for r in T3)
html3 = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
         '</head><body lang="NL"><div class="WordSection1">'
         '<p class="MsoNormal">Goedemorgen,</p><p class="MsoNormal">&nbsp;</p>'
         '<p class="MsoNormal">Wij melden de volgende vijf collega\'s aan voor de '
         'leergang:</p><p class="MsoNormal">&nbsp;</p>'
         '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
         'style="border-collapse:collapse;border:none">\n' + rows + '</table>'
         '<p class="MsoNormal">&nbsp;</p>'
         '<p class="MsoNormal">Organisatie: Wijkwerk Stad Almere<br>'
         'Factuuradres: Wijkwerk Stad Almere, Postbus 555, 1300 BA Almere<br>'
         'Factuurkenmerk: WWS-LG-2010</p><p class="MsoNormal">&nbsp;</p>'
         '<p class="MsoNormal">Met vriendelijke groet,</p>'
         '<p class="MsoNormal">Stroper Vierendertig<br>managementassistent</p>'
         '</div></body></html>\n')
text3 = """Goedemorgen,

Wij melden de volgende vijf collega's aan voor de leergang:

Naam\tFunctie\tE-mail\tTelefoon
Wolkammer Een\tbuurtmakelaar\tw.een@wijkwerk-stad.example.nl\t06 5550 0001
Zadelmaker Twee\tsociaal werker\tz.twee@wijkwerk-stad.example.nl\t06 5550 0002
Stoelenmatter Vier\touderenwerker\ts.vier@wijkwerk-stad.example.nl\t06 5550 0004
Kaasmaker Zestien\tteamleider\tk.zestien@wijkwerk-stad.example.nl\t
Mouter Achtenvijftig\topbouwwerker\tm.achtenvijftig@wijkwerk-stad.example.nl\t06 5550 0058

Organisatie: Wijkwerk Stad Almere
Factuuradres: Wijkwerk Stad Almere, Postbus 555, 1300 BA Almere
Factuurkenmerk: WWS-LG-2010

Met vriendelijke groet,

Stroper Vierendertig
managementassistent"""
add("o365-table-five", outlook365(
    "Stroper Vierendertig <s.vierendertig@wijkwerk-stad.example.nl>",
    "Aanmelding leergang - 5 collega's", "2010-03-11 09:12", text3,
    html=html3),
    L("five people in a table; organisation and invoice below it",
      "register", "nl", people=5, persons=[
          P(n, e, "Wijkwerk Stad Almere", r, t or None,
            invoice_address="Wijkwerk Stad Almere, Postbus 555, 1300 BA Almere",
            invoice_reference="WWS-LG-2010") for n, r, e, t in T3[1:]]))

# 4 -- Thunderbird: a numbered list, one person per line
add("tb-numbered-four", tb(
    "Bakker Eenentachtig <bakker81@buurtbemiddeling-flevo.example.nl>",
    "Aanmelding vier medewerkers Buurtbemiddeling", "2010-03-12 13:30",
    """Beste organisatie,

Hierbij meld ik vier collega's van Buurtbemiddeling Flevoland aan:

1. Vuurwerker Dertien, coördinator, vuurwerker13@buurtbemiddeling-flevo.example.nl
2. Vogelkooi Vierentwintig, bemiddelaar, vk24@buurtbemiddeling-flevo.example.nl
3. Zilversmid Negenenveertig, bemiddelaar, zilversmid49@buurtbemiddeling-flevo.example.nl
4. Molenaar Zevenentachtig, trainer, molenaar87@buurtbemiddeling-flevo.example.nl

De factuur graag naar Buurtbemiddeling Flevoland, Postbus 81, 1300 AG Almere.

Met vriendelijke groet,
Bakker Eenentachtig
Buurtbemiddeling Flevoland"""),
    L("numbered list of four, comma-separated", "register", "nl", people=4,
      persons=[P(n, e, "Buurtbemiddeling Flevoland", r,
                 invoice_address="Buurtbemiddeling Flevoland, Postbus 81, 1300 AG Almere")
               for n, r, e in [
                   ("Vuurwerker Dertien", "coördinator", "vuurwerker13@buurtbemiddeling-flevo.example.nl"),
                   ("Vogelkooi Vierentwintig", "bemiddelaar", "vk24@buurtbemiddeling-flevo.example.nl"),
                   ("Zilversmid Negenenveertig", "bemiddelaar", "zilversmid49@buurtbemiddeling-flevo.example.nl"),
                   ("Molenaar Zevenentachtig", "trainer", "molenaar87@buurtbemiddeling-flevo.example.nl")]]))

# 5 -- myself and a colleague
add("self-and-colleague", owa(
    "Koperslager Zeventig <k.zeventig@mantelzorgpunt.example.nl>",
    "aanmelding 2 personen", "2010-03-15 15:05",
    """Goedemiddag,

Ik meld mijzelf en mijn collega aan voor de leergang Sociale ambities in een groeiende stad.

1) Koperslager Zeventig, coördinator mantelzorg, k.zeventig@mantelzorgpunt.example.nl, 036-5557070
2) Glasblazer Negenenzestig, consulent, g.negenenzestig@mantelzorgpunt.example.nl

Wij werken allebei bij Mantelzorgpunt Almere. Factuur naar Mantelzorgpunt Almere, Postbus 70, 1300 AH Almere, kenmerk MZP-070.

Groet,
Koperslager Zeventig"""),
    L("two: the writer and a colleague", "register", "nl", people=2, persons=[
        P("Koperslager Zeventig", "k.zeventig@mantelzorgpunt.example.nl",
          "Mantelzorgpunt Almere", "coördinator mantelzorg", "036-5557070",
          invoice_address="Mantelzorgpunt Almere, Postbus 70, 1300 AH Almere",
          invoice_reference="MZP-070"),
        P("Glasblazer Negenenzestig", "g.negenenzestig@mantelzorgpunt.example.nl",
          "Mantelzorgpunt Almere", "consulent",
          invoice_address="Mantelzorgpunt Almere, Postbus 70, 1300 AH Almere",
          invoice_reference="MZP-070")]))

# 6 -- Lotus Notes: eight people from a housing corporation
B6 = [("Ruitenwasser Eenentwintig", "woonconsulent", "r.eenentwintig@steigerhout.example.nl"),
      ("Dakdekker Tweeëntwintig", "woonconsulent", "d.tweeentwintig@steigerhout.example.nl"),
      ("Stukadoor Zesentwintig", "sociaal beheerder", "s.zesentwintig@steigerhout.example.nl"),
      ("Loodgieter Zevenentwintig", "sociaal beheerder", "l.zevenentwintig@steigerhout.example.nl"),
      ("Voeger Achtentwintig", "wijkregisseur", "v.achtentwintig@steigerhout.example.nl"),
      ("Timmerman Tweeëndertig", "wijkregisseur", "t.tweeendertig@steigerhout.example.nl"),
      ("Behanger Drieëndertig", "leefbaarheidsmedewerker", "b.drieendertig@steigerhout.example.nl"),
      ("Schilder Vijfendertig", "manager wonen", "s.vijfendertig@steigerhout.example.nl")]
body6 = """Geachte heer/mevrouw,

Woningcorporatie Steigerhout meldt de volgende acht medewerkers aan voor de leergang deSTADSWIJKstudies op locatie Almere.

""" + "\n\n".join("Naam: %s\nFunctie: %s\nE-mail: %s" % b for b in B6) + """

Alle deelnemers: Woningcorporatie Steigerhout
Factuuradres: Woningcorporatie Steigerhout, Postbus 8, 1300 AA Almere
Kenmerk: PO 4500012345

Met vriendelijke groet,

Ijzervlechter Achtenzeventig
Opleidingscoördinator
Woningcorporatie Steigerhout"""
add("notes-group-eight", notes(
    "Ijzervlechter Achtenzeventig <i.achtenzeventig@steigerhout.example.nl>",
    "Aanmelding 8 deelnemers Steigerhout", "2010-03-16 11:11", body6),
    L("eight people in blocks; shared organisation and invoice at the end",
      "register", "nl", people=8, persons=[
          P(n, e, "Woningcorporatie Steigerhout", r,
            invoice_address="Woningcorporatie Steigerhout, Postbus 8, 1300 AA Almere",
            invoice_reference="PO 4500012345") for n, r, e in B6]))

# 7 -- a municipal manager registers three team members
add("gemeente-manager-three", outlook(
    '"Putjesschepper Elf" <PElf@almere.nl>',
    "Aanmelding medewerkers Wijkzaken", "2010-03-17 08:40",
    """Beste collega's,

Vanuit het team Wijkzaken wil ik de volgende medewerkers aanmelden voor de leergang:

- Netenboeter Vijftien, wijkmanager Haven, NVijftien@almere.nl
- Lantaarnopsteker Negentien, wijkmanager Stad-Oost, LNegentien@almere.nl
- Turfsteker Eenenveertig, beleidsmedewerker leefbaarheid, TEenenveertig@almere.nl

Met vriendelijke groet,

Putjesschepper Elf
Teammanager Wijkzaken
Gemeente Almere"""),
    L("municipal manager registers three; the manager is not one of them",
      "register", "nl", people=3, persons=[
          P("Netenboeter Vijftien", "NVijftien@almere.nl", "Gemeente Almere",
            "wijkmanager Haven"),
          P("Lantaarnopsteker Negentien", "LNegentien@almere.nl",
            "Gemeente Almere", "wijkmanager Stad-Oost"),
          P("Turfsteker Eenenveertig", "TEenenveertig@almere.nl",
            "Gemeente Almere", "beleidsmedewerker leefbaarheid")]))

# 8 -- forwarded by a manager (Outlook, Dutch original block)
orig8 = """Hoi Zwavelstok,

Zoals besproken zou ik graag meedoen aan de leergang in Almere. Wil jij mij aanmelden?

Mijn gegevens:
Naam: Bierbrouwer Zesenzestig
Functie: jeugdconsulent
Telefoon: 06 5550 6666

Groet,
Bierbrouwer Zesenzestig
Jeugdpunt Noorderplassen"""
add("forward-manager-outlook", outlook(
    '"Zwavelstok Negentig" <z.negentig@jeugdpunt.example.nl>',
    "FW: leergang Almere", "2010-03-18 10:03",
    """Goedemorgen,

Graag aanmelden voor de leergang, zie hieronder. De factuur kan naar Jeugdpunt Noorderplassen, Postbus 90, 1300 AJ Almere.

Met vriendelijke groet,
Zwavelstok Negentig
Teamleider Jeugdpunt Noorderplassen""" + outlook_quote_nl(
        "Bierbrouwer Zesenzestig", "woensdag 17 maart 2010 16:21",
        "Zwavelstok Negentig", "leergang Almere", orig8)
    .replace("Van: Bierbrouwer Zesenzestig",
             "Van: Bierbrouwer Zesenzestig [mailto:b.zesenzestig@jeugdpunt.example.nl]")),
    L("forwarded by the manager; the invoice address is the manager's",
      "register", "nl", fwd="yes", people=1, persons=[
          P("Bierbrouwer Zesenzestig", "b.zesenzestig@jeugdpunt.example.nl",
            "Jeugdpunt Noorderplassen", "jeugdconsulent", "06 5550 6666",
            invoice_address="Jeugdpunt Noorderplassen, Postbus 90, 1300 AJ Almere")]))

# 9 -- forwarded by a colleague (Gmail in Dutch: a half-English block)
orig9 = """Hallo Veerman,

Kun jij mijn aanmelding doorsturen naar het juiste adres? Ik kan het niet vinden in de folder.

Naam: Touwtrekker Drieënzeventig
Organisatie: Speel-o-theek Het Wiel
Functie: coördinator vrijwilligers
E-mail: touwtrekker73@example.com

Dank je!
Touwtrekker"""
add("forward-colleague-gmail-nl", gmail2(
    "Veerman Zesenveertig <veerman46@example.com>",
    "Fwd: aanmelding leergang", "2010-03-19 20:30",
    """Hierbij de aanmelding van mijn collega Touwtrekker, zie onder.

Groet, Veerman""" + gmail_forward_nl(
        "Touwtrekker Drieënzeventig <touwtrekker73@example.com>",
        "2010-03-19 18:02", "aanmelding leergang",
        "Veerman Zesenveertig <veerman46@example.com>", orig9)),
    L("forwarded by a colleague through Gmail", "register", "nl", fwd="yes",
      people=1, persons=[
          P("Touwtrekker Drieënzeventig", "touwtrekker73@example.com",
            "Speel-o-theek Het Wiel", "coördinator vrijwilligers")]))

# 10 -- forwarded as an attachment (message/rfc822), English
inner10 = EmailMessage()
inner10["From"] = "Kestrel Thirty <kestrel30@example.org>"
inner10["To"] = "Lighthouse Eight <lighthouse8@example.org>"
inner10["Subject"] = "Almere course - can you register me?"
inner10["Date"] = d("2010-03-22 09:10")
inner10["Message-ID"] = "<4BA7231E.5070901@example.org>"
inner10.set_content("""Hi Lighthouse,

Could you register me for the Almere course? You said the department would pay.

Name: Kestrel Thirty
Role: outreach worker
Organisation: Example Homeless Outreach
Mobile: 06 5550 3030

Thanks,
Kestrel
""")
m10 = outlook2010(
    '"Lighthouse Eight" <lighthouse8@example.org>',
    "FW: Almere course - can you register me?", "2010-03-22 11:47",
    """Hello,

Please register my colleague, see the attached message. Invoice to Example Homeless Outreach, Finance Department, P.O. Box 8, 1300 AK Almere, cost code EHO-88.

Regards,
Lighthouse Eight
Head of Services""", lang="EN")
add("forward-as-attachment-en", with_atts(m10, [rfc822_part(inner10)]),
    L("forwarded as message/rfc822 by the head of services", "register", "en",
      fwd="yes", people=1, persons=[
          P("Kestrel Thirty", "kestrel30@example.org", "Example Homeless Outreach",
            "outreach worker", "06 5550 3030",
            invoice_address="Example Homeless Outreach, Finance Department, "
            "P.O. Box 8, 1300 AK Almere", invoice_reference="EHO-88")]))

# 11 -- Apple Mail forward, two people in the original
orig11 = """Beste Wijnboer,

Wij willen ons graag allebei aanmelden voor de leergang van de gemeente Almere:

Naam: Korenmolen Tweeënvijftig
Functie: buurtwerker
E-mail: korenmolen52@stichtingtussenland.example.nl

Naam: Rijwielhersteller Vierenvijftig
Functie: buurtwerker
E-mail: rijwiel54@stichtingtussenland.example.nl

Wil jij het doorsturen? Dank!"""
add("forward-apple-two", apple(
    "Wijnboer Vijfenvijftig <wijnboer55@stichtingtussenland.example.nl>",
    "Fwd: aanmelding leergang", "2010-03-23 09:30",
    """Goedemorgen,

Hieronder de aanmelding van twee buurtwerkers van Stichting Tussenland. De factuur mag naar Stichting Tussenland, Postbus 55, 1300 AL Almere.

Met vriendelijke groet,
Wijnboer Vijfenvijftig
directeur Stichting Tussenland""" + apple_forward_nl(
        "Korenmolen Tweeënvijftig <korenmolen52@stichtingtussenland.example.nl>",
        "2010-03-22 15:44", "aanmelding leergang",
        "Wijnboer Vijfenvijftig <wijnboer55@stichtingtussenland.example.nl>",
        orig11)),
    L("forwarded by the director; two people in the quoted original",
      "register", "nl", fwd="yes", people=2, persons=[
          P("Korenmolen Tweeënvijftig", "korenmolen52@stichtingtussenland.example.nl",
            "Stichting Tussenland", "buurtwerker",
            invoice_address="Stichting Tussenland, Postbus 55, 1300 AL Almere"),
          P("Rijwielhersteller Vierenvijftig", "rijwiel54@stichtingtussenland.example.nl",
            "Stichting Tussenland", "buurtwerker",
            invoice_address="Stichting Tussenland, Postbus 55, 1300 AL Almere")]))

# 12 -- Lotus Notes forward by a department secretary
orig12 = """Beste Schaatsenmaker,

Wil je ons aanmelden voor de leergang deSTADSWIJKstudies?

Naam: Kleermaker Achtendertig
Functie: manager zorg
E-mail: kleermaker38@zorgcentrumdeboog.example.nl

Naam: Naaister Negenendertig
Functie: teamleider thuiszorg
E-mail: naaister39@zorgcentrumdeboog.example.nl
Dieet: glutenvrij

Groet, Kleermaker"""
add("forward-notes-secretary", notes(
    "Schaatsenmaker Eenenzestig <schaatsen61@zorgcentrumdeboog.example.nl>",
    "Doorsturen: aanmelding leergang", "2010-03-24 14:08",
    """Goedemiddag,

Hierbij stuur ik de aanmelding van twee van onze managers door.

Organisatie: Zorgcentrum De Boog
Factuuradres: Zorgcentrum De Boog, Postbus 61, 1300 AM Almere
Kenmerk: DB-OPL-61

Met vriendelijke groet,
Schaatsenmaker Eenenzestig
Secretariaat Zorgcentrum De Boog""" + notes_forward_nl(
        "Schaatsenmaker Eenenzestig/DeBoog", "2010-03-24 14:06",
        "Kleermaker Achtendertig/DeBoog", "Schaatsenmaker Eenenzestig/DeBoog@DeBoog",
        "2010-03-24 11:30", "aanmelding leergang", orig12)),
    L("Notes forward; the secretary adds the organisation and invoice",
      "register", "nl", fwd="yes", people=2, persons=[
          P("Kleermaker Achtendertig", "kleermaker38@zorgcentrumdeboog.example.nl",
            "Zorgcentrum De Boog", "manager zorg",
            invoice_address="Zorgcentrum De Boog, Postbus 61, 1300 AM Almere",
            invoice_reference="DB-OPL-61"),
          P("Naaister Negenendertig", "naaister39@zorgcentrumdeboog.example.nl",
            "Zorgcentrum De Boog", "teamleider thuiszorg", diet="glutenvrij",
            invoice_address="Zorgcentrum De Boog, Postbus 61, 1300 AM Almere",
            invoice_reference="DB-OPL-61")]))

# 13 -- Thunderbird forward, one person
orig13 = """Goedemiddag,

Ik wil me graag aanmelden voor de leergang Sociale ambities.

Zeepzieder Vierenzestig
Gezondheidsmakelaar, Stichting Gezond Flevo
06 5550 6464"""
add("forward-tb-single", tb(
    "Eendenkooi Vijf <eendenkooi5@gezondflevo.example.nl>",
    "Fwd: Aanmelding leergang Sociale ambities", "2010-03-25 16:16",
    """Deze kwam bij ons algemene adres binnen, graag verwerken.

Eendenkooi Vijf
Receptie Stichting Gezond Flevo""" + tb_forward_nl(
        "Aanmelding leergang Sociale ambities", "2010-03-25 13:48",
        "Zeepzieder Vierenzestig <zeepzieder64@gezondflevo.example.nl>",
        "info@gezondflevo.example.nl", orig13)),
    L("forwarded from a general address by the reception", "register", "nl",
      fwd="yes", people=1, persons=[
          P("Zeepzieder Vierenzestig", "zeepzieder64@gezondflevo.example.nl",
            "Stichting Gezond Flevo", "Gezondheidsmakelaar", "06 5550 6464")]))

# 14 -- three colleagues and a question
add("group3-with-question", macmail(
    "Schoorsteenveger Achttien <sv18@kinderopvang-klimrek.example.nl>",
    "Aanmelding drie collega's + vraag", "2010-03-26 10:45",
    """Beste organisatie,

Ik meld de volgende collega's van Kinderopvang Klimrek aan:

Naam: Klimrek Eenenzeventig
Functie: pedagogisch coach
E-mail: k.eenenzeventig@kinderopvang-klimrek.example.nl

Naam: Glijbaan Tweeënzeventig
Functie: locatiemanager
E-mail: g.tweeenzeventig@kinderopvang-klimrek.example.nl

Naam: Wipwap Vierenzeventig
Functie: beleidsmedewerker
E-mail: w.vierenzeventig@kinderopvang-klimrek.example.nl

Factuur: Kinderopvang Klimrek, Postbus 18, 1300 AN Almere.

Nog een vraag: kunnen collega's elkaar onderling vervangen als iemand een dag niet kan, of moet het steeds dezelfde persoon zijn?

Met vriendelijke groet,
Schoorsteenveger Achttien
Kinderopvang Klimrek"""),
    L("three colleagues plus a question about swapping days", "register",
      "nl", q="yes", people=3, persons=[
          P(n, e, "Kinderopvang Klimrek", r,
            invoice_address="Kinderopvang Klimrek, Postbus 18, 1300 AN Almere")
          for n, r, e in [
              ("Klimrek Eenenzeventig", "pedagogisch coach", "k.eenenzeventig@kinderopvang-klimrek.example.nl"),
              ("Glijbaan Tweeënzeventig", "locatiemanager", "g.tweeenzeventig@kinderopvang-klimrek.example.nl"),
              ("Wipwap Vierenzeventig", "beleidsmedewerker", "w.vierenzeventig@kinderopvang-klimrek.example.nl")]]))

# 15 -- English, "Name - Role - email" lines
add("group3-en-dashes", outlookcom(
    "Saffron Eleven <saffron11@example.com>",
    "Registrations: three staff members", "2010-03-29 14:20",
    """Dear course team,

Please register the following three staff members of Example Care Collective:

Cobalt Fourteen - district nurse - cobalt14@example.com
Juniper Twentytwo - social worker - juniper22@example.com
Meadow Seventyseven - team lead - meadow77@example.com

Invoice: Example Care Collective, Accounts, Postbus 1111, 1300 AP Almere. Reference: ECC/2010/11

Kind regards,
Saffron Eleven
HR officer""", lang="en"),
    L("English, one line per person with dashes", "register", "en", people=3,
      persons=[P(n, e, "Example Care Collective", r,
                 invoice_address="Example Care Collective, Accounts, Postbus 1111, 1300 AP Almere",
                 invoice_reference="ECC/2010/11")
               for n, r, e in [
                   ("Cobalt Fourteen", "district nurse", "cobalt14@example.com"),
                   ("Juniper Twentytwo", "social worker", "juniper22@example.com"),
                   ("Meadow Seventyseven", "team lead", "meadow77@example.com")]]))

# 16 -- labels on their own line, two people
add("group2-labels-own-line", spark(
    "Hengelmaker Drieënveertig <hengel43@dorpshuisdekoog.example.nl>",
    "Aanmelding twee personen Dorpshuis De Koog", "2010-03-30 19:55",
    """Hallo,

Wij komen met z'n tweeën:

Naam
Hengelmaker Drieënveertig
E-mail
hengel43@dorpshuisdekoog.example.nl
Functie
beheerder

Naam
Netwerker Vijfenveertig
E-mail
netwerker45@dorpshuisdekoog.example.nl
Functie
programmamaker

Organisatie
Dorpshuis De Koog

Groet,
Hengelmaker"""),
    L("two people, labels on their own line, organisation once", "register",
      "nl", people=2, persons=[
          P("Hengelmaker Drieënveertig", "hengel43@dorpshuisdekoog.example.nl",
            "Dorpshuis De Koog", "beheerder"),
          P("Netwerker Vijfenveertig", "netwerker45@dorpshuisdekoog.example.nl",
            "Dorpshuis De Koog", "programmamaker")]))

# 17 -- HTML only: one two-column table per person
def _t2(rows):
    return ('<table border="0" cellpadding="2" style="font-family:Calibri">\n' +
            "".join('<tr><td style="width:120px;color:#555">%s</td><td>%s</td></tr>\n'
                    % (lib.esc(a), lib.esc(b)) for a, b in rows) + "</table>\n")
html17 = ('<html><body><p>Beste heer/mevrouw,</p><p>Hierbij melden wij twee '
          'medewerkers aan voor de leergang deSTADSWIJKstudies.</p>'
          '<p><b>Eerste medewerker</b></p>' +
          _t2([("Naam", "Fluitenmaker Zevenenvijftig"), ("Functie", "buurtcoach"),
               ("E-mail", "fluit57@welzijnskompas.example.nl"),
               ("Telefoon", "06-55505757")]) +
          '<p><b>Tweede medewerker</b></p>' +
          _t2([("Naam", "Trommelmaker Negenenvijftig"), ("Functie", "buurtcoach"),
               ("E-mail", "trommel59@welzijnskompas.example.nl"),
               ("Telefoon", "06-55505959")]) +
          '<p><b>Organisatie en facturering</b></p>' +
          _t2([("Organisatie", "Welzijnscoöperatie Kompasroos"),
               ("Factuuradres", "Welzijnscoöperatie Kompasroos, Postbus 57, 1300 AR Almere"),
               ("Kenmerk", "KR-2010-57")]) +
          '<p>Met vriendelijke groet,<br>Orgeldraaier Zesenvijftig<br>'
          'office manager</p></body></html>\n')
add("html-tables-per-person", html_mail10(
    "Orgeldraaier Zesenvijftig <orgel56@welzijnskompas.example.nl>",
    "Aanmelding leergang (2 deelnemers)", "2010-03-31 10:31", html17,
    style="plain", agent="Microsoft Outlook 14.0"),
    L("HTML only, a table per person and one for the shared details",
      "register", "nl", people=2, persons=[
          P("Fluitenmaker Zevenenvijftig", "fluit57@welzijnskompas.example.nl",
            "Welzijnscoöperatie Kompasroos", "buurtcoach", "06-55505757",
            invoice_address="Welzijnscoöperatie Kompasroos, Postbus 57, 1300 AR Almere",
            invoice_reference="KR-2010-57"),
          P("Trommelmaker Negenenvijftig", "trommel59@welzijnskompas.example.nl",
            "Welzijnscoöperatie Kompasroos", "buurtcoach", "06-55505959",
            invoice_address="Welzijnscoöperatie Kompasroos, Postbus 57, 1300 AR Almere",
            invoice_reference="KR-2010-57")]))

# 18 -- a CSV attached, the same people in the text
m18 = tb115(
    "Hooiberg Tweeënnegentig <hooiberg92@vluchtelingenhuis.example.nl>",
    "Aanmelding leergang: drie medewerkers", "2010-04-01 12:12",
    """Goedemiddag,

Wij melden drie medewerkers van Vluchtelingenhuis Flevoland aan. Ik heb de lijst ook als bestand bijgevoegd voor uw administratie.

Strodekker Vijfennegentig, taalcoach, strodekker95@vluchtelingenhuis.example.nl
Wilgenknotter Zesennegentig, maatschappelijk begeleider, wilg96@vluchtelingenhuis.example.nl
Veldwachter Zevenennegentig, teamleider, veldwachter97@vluchtelingenhuis.example.nl

Factuuradres: Vluchtelingenhuis Flevoland, Postbus 92, 1300 AS Almere

Met vriendelijke groet,
Hooiberg Tweeënnegentig
Vluchtelingenhuis Flevoland""")
csv18 = ("naam;functie;e-mail\r\n"
         "Strodekker Vijfennegentig;taalcoach;strodekker95@vluchtelingenhuis.example.nl\r\n"
         "Wilgenknotter Zesennegentig;maatschappelijk begeleider;wilg96@vluchtelingenhuis.example.nl\r\n"
         "Veldwachter Zevenennegentig;teamleider;veldwachter97@vluchtelingenhuis.example.nl\r\n")
add("group3-csv-attached", with_atts(m18, [text_att(
    csv18, "csv", "deelnemers leergang.csv", charset="windows-1252",
    cte="quoted-printable")]),
    L("three in the text and the same three in a CSV", "register", "nl",
      people=3, persons=[
          P(n, e, "Vluchtelingenhuis Flevoland", r,
            invoice_address="Vluchtelingenhuis Flevoland, Postbus 92, 1300 AS Almere")
          for n, r, e in [
              ("Strodekker Vijfennegentig", "taalcoach", "strodekker95@vluchtelingenhuis.example.nl"),
              ("Wilgenknotter Zesennegentig", "maatschappelijk begeleider", "wilg96@vluchtelingenhuis.example.nl"),
              ("Veldwachter Zevenennegentig", "teamleider", "veldwachter97@vluchtelingenhuis.example.nl")]]))

# 19 -- two, one of them with a diet, phone numbers per person
add("group2-diet-one", horde(
    "Ganzenhoeder Eenennegentig <ganzen91@example.nl>",
    "aanmelding leergang", "2010-04-02 09:47",
    """Goedemorgen,

Namens Stichting Buurtzorg Kwartel meld ik aan:

Ganzenhoeder Eenennegentig (dat ben ik zelf), wijkverpleegkundige, tel. 06-55509191
Kantwerkster Achtennegentig, wijkverpleegkundige, kantwerk98@example.nl, tel. 06-55509898, eet geen varkensvlees

Factuur naar Stichting Buurtzorg Kwartel, Postbus 91, 1300 AT Almere.

Vriendelijke groet,
Ganzenhoeder"""),
    L("the writer and a colleague, a diet in words", "register", "nl",
      people=2, persons=[
          P("Ganzenhoeder Eenennegentig", "ganzen91@example.nl",
            "Stichting Buurtzorg Kwartel", "wijkverpleegkundige", "06-55509191",
            invoice_address="Stichting Buurtzorg Kwartel, Postbus 91, 1300 AT Almere"),
          P("Kantwerkster Achtennegentig", "kantwerk98@example.nl",
            "Stichting Buurtzorg Kwartel", "wijkverpleegkundige", "06-55509898",
            "geen varkensvlees",
            invoice_address="Stichting Buurtzorg Kwartel, Postbus 91, 1300 AT Almere")]))

# 20 -- a reply to the robot's English how-to mail, two people
hs, hb = help_en(None)
add("reply-to-help-en-two", ios(
    "Saddle Thirtythree <saddle33@example.org>",
    "Re: " + hs, "2010-04-06 18:30",
    """Great, here we go:

Name: Saddle Thirtythree
Organisation: Example Street Theatre
Function: community artist
E-mail: saddle33@example.org
Phone: 06 5550 3333

Name: Easel Thirtyfour
Organisation: Example Street Theatre
Function: producer
E-mail: easel34@example.org

Invoice address and reference: Example Street Theatre, Havenkade 34, 1351 AB Almere, ref. EST-34

Sent from my iPhone""" + ios_quote_en("2010-04-06 14:02",
                                        "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                                        hb),
    irt=rirt("help", "saddle33")),
    L("English reply to the how-to mail with two people", "register", "en",
      people=2, persons=[
          P("Saddle Thirtythree", "saddle33@example.org", "Example Street Theatre",
            "community artist", "06 5550 3333",
            invoice_address="Example Street Theatre, Havenkade 34, 1351 AB Almere",
            invoice_reference="EST-34"),
          P("Easel Thirtyfour", "easel34@example.org", "Example Street Theatre",
            "producer",
            invoice_address="Example Street Theatre, Havenkade 34, 1351 AB Almere",
            invoice_reference="EST-34")]))

# 21 -- Lotus iNotes, HTML only, six people in a table
rows21 = [("Wagenmaker Een", "w.een@ouderenbond-waterkant.example.nl", "ouderenadviseur"),
          ("Wagenmaker Twee", "w.twee@ouderenbond-waterkant.example.nl", "ouderenadviseur"),
          ("Hovenier Drie", "h.drie@ouderenbond-waterkant.example.nl", "vrijwilligerscoördinator"),
          ("Hovenier Vier", "h.vier@ouderenbond-waterkant.example.nl", "bestuurslid"),
          ("Spinner Vijf", "s.vijf@ouderenbond-waterkant.example.nl", "consulent wonen"),
          ("Spinner Zes", "s.zes@ouderenbond-waterkant.example.nl", "projectleider")]
html21 = ('<br><font size=2 face="sans-serif">Geachte heer/mevrouw,</font><br><br>'
          '<font size=2 face="sans-serif">Hierbij melden wij zes medewerkers van '
          'Ouderenbond Waterkant aan voor de leergang:</font><br><br>'
          '<table width=100% border=1 cellspacing=0 cellpadding=2>'
          '<tr><td><b><font size=2 face="sans-serif">Naam</font></b></td>'
          '<td><b><font size=2 face="sans-serif">E-mail</font></b></td>'
          '<td><b><font size=2 face="sans-serif">Functie</font></b></td></tr>' +
          "".join('<tr><td><font size=2 face="sans-serif">%s</font></td>'
                  '<td><font size=2 face="sans-serif">%s</font></td>'
                  '<td><font size=2 face="sans-serif">%s</font></td></tr>'
                  % (lib.esc(n), lib.esc(e), lib.esc(r)) for n, e, r in rows21) +
          '</table><br><font size=2 face="sans-serif">Factuuradres: Ouderenbond '
          'Waterkant, Postbus 6, 1300 AV Almere</font><br><font size=2 '
          'face="sans-serif">Met vriendelijke groet,<br>Bruggenwachter '
          'Zevenendertig<br>secretaris Ouderenbond Waterkant</font><br>\n')
add("inotes-table-six", inotes_html(
    "Bruggenwachter Zevenendertig <b.zevenendertig@ouderenbond-waterkant.example.nl>",
    "Aanmelding leergang - zes personen", "2010-04-07 11:58", html21),
    L("Lotus iNotes HTML table of six", "register", "nl", people=6, persons=[
        P(n, e, "Ouderenbond Waterkant", r,
          invoice_address="Ouderenbond Waterkant, Postbus 6, 1300 AV Almere")
        for n, e, r in rows21]))

# 22 -- English, two people, shared invoice in the signature block
add("group2-en-sigblock", gmail(
    "Prism Fortyfour <prism44@example.net>",
    "Almere course - 2 places", "2010-04-08 12:34",
    """Hi,

We would like to book two places on the Almere course for:

- Prism Fortyfour (myself), project manager
- Velvet Fortyseven, velvet47@example.net, evaluator

We are both with Example Social Research.

Best,
Prism

Example Social Research
Invoices: Postbus 4447, 1300 AW Almere | VAT NL000000000B01
Purchase order: ESR-0447"""),
    L("English, the writer and a colleague; invoice details in the signature",
      "register", "en", people=2, persons=[
          P("Prism Fortyfour", "prism44@example.net", "Example Social Research",
            "project manager", invoice_address="Postbus 4447, 1300 AW Almere",
            invoice_reference="ESR-0447"),
          P("Velvet Fortyseven", "velvet47@example.net", "Example Social Research",
            "evaluator", invoice_address="Postbus 4447, 1300 AW Almere",
            invoice_reference="ESR-0447")]))

# 23 -- forwarded by a manager, Outlook 2007 English block
orig23 = """Dear Ember,

I would very much like to attend the course in Almere this year. Would the organisation be able to cover the fee?

Best wishes,
Tundra Fiftytwo
Housing support worker
Example Housing First
06 5550 5252"""
add("forward-manager-en", outlook(
    '"Ember Sixtyone" <ember61@housingfirst.example.org>',
    "FW: Almere course", "2010-04-09 09:09",
    """Hello,

Please register Tundra (below) for the Almere course. We will pay; invoice to Example Housing First, P.O. Box 61, 1300 AX Almere.

Regards,
Ember Sixtyone
Team manager""" + outlook_orig_en(
        "Tundra Fiftytwo", "tundra52@housingfirst.example.org",
        "2010-04-08 16:30", "Ember Sixtyone", "Almere course", orig23),
    lang="EN"),
    L("forwarded by the team manager; English Outlook block", "register",
      "en", fwd="yes", people=1, persons=[
          P("Tundra Fiftytwo", "tundra52@housingfirst.example.org",
            "Example Housing First", "Housing support worker", "06 5550 5252",
            invoice_address="Example Housing First, P.O. Box 61, 1300 AX Almere")]))

# 24 -- four people separated by semicolons
add("group4-semicolons", squirrel(
    "Kolenboer Tweeëntachtig <kolenboer82@example.nl>",
    "Aanmelding 4 personen", "2010-04-12 14:40",
    """Geachte secretariaat,

Graag meld ik de volgende vier vrijwilligers van Stichting Voedselhulp Zuidkant aan (naam; e-mail; rol):

Pompenmaker Eenentwintig; pomp21@example.nl; coördinator uitgifte
Karrenvoerder Drieëntwintig; karren23@example.nl; intaker
Sluiswachter Vijfentwintig; sluis25@example.nl; intaker
Dijkwerker Zevenentwintig; dijk27@example.nl; penningmeester

De factuur kan naar Stichting Voedselhulp Zuidkant, Postbus 82, 1300 AZ Almere.

Met vriendelijke groet,
Kolenboer Tweeëntachtig
voorzitter"""),
    L("four people, semicolon columns with a header in the sentence",
      "register", "nl", people=4, persons=[
          P(n, e, "Stichting Voedselhulp Zuidkant", r,
            invoice_address="Stichting Voedselhulp Zuidkant, Postbus 82, 1300 AZ Almere")
          for n, e, r in [
              ("Pompenmaker Eenentwintig", "pomp21@example.nl", "coördinator uitgifte"),
              ("Karrenvoerder Drieëntwintig", "karren23@example.nl", "intaker"),
              ("Sluiswachter Vijfentwintig", "sluis25@example.nl", "intaker"),
              ("Dijkwerker Zevenentwintig", "dijk27@example.nl", "penningmeester")]]))

# 25 -- Zimbra forward by an assistant
orig25 = """Hallo Spoorwachter,

Wil jij mij inschrijven voor de leergang in de bibliotheek? Alle vier de dagen staan al in mijn agenda.

Naam: Lijnwerker Achtenveertig
Functie: regisseur armoedebeleid
Telefoon: 036-5554848

Groet, Lijnwerker"""
add("forward-zimbra-assistant", zimbra(
    "Spoorwachter Achtenzestig <spoor68@stichtingstapsteen.example.nl>",
    "Fwd: inschrijven leergang", "2010-04-13 10:01",
    """Goedemorgen,

Bij dezen de aanmelding van mijn collega van Stichting Stapsteen.
Factuuradres: Stichting Stapsteen, t.a.v. de administratie, Postbus 68, 1300 BA Almere
Factuurkenmerk: STP-048

Met vriendelijke groet,
Spoorwachter Achtenzestig
Managementondersteuning""" + zimbra_forward_nl(
        "\"Lijnwerker Achtenveertig\" <lijn48@stichtingstapsteen.example.nl>",
        "\"Spoorwachter Achtenzestig\" <spoor68@stichtingstapsteen.example.nl>",
        "2010-04-12 17:20", "inschrijven leergang", orig25)),
    L("Zimbra forward by an assistant who adds the invoice details",
      "register", "nl", fwd="yes", people=1, persons=[
          P("Lijnwerker Achtenveertig", "lijn48@stichtingstapsteen.example.nl",
            "Stichting Stapsteen", "regisseur armoedebeleid", "036-5554848",
            invoice_address="Stichting Stapsteen, t.a.v. de administratie, "
            "Postbus 68, 1300 BA Almere", invoice_reference="STP-048")]))

# 26 -- two people from two partner organisations
add("group2-two-organisations", sogo(
    "Kistenmaker Eenendertig <kisten31@buurtteam-oost.example.nl>",
    "Aanmelding namens samenwerkingsverband Buurtteam Oost", "2010-04-14 15:50",
    """Goedemiddag,

Namens het samenwerkingsverband Buurtteam Oost melden we twee mensen aan, elk van een eigen organisatie:

Naam: Kistenmaker Eenendertig
Organisatie: Stichting Welzijn Oost
Functie: buurtwerker
E-mail: kisten31@buurtteam-oost.example.nl
Factuuradres: Stichting Welzijn Oost, Postbus 31, 1300 BB Almere

Naam: Schelpenvisser Vierendertig
Organisatie: MEE Flevoveld
Functie: consulent
E-mail: schelp34@meeflevoveld.example.nl
Factuuradres: MEE Flevoveld, Postbus 34, 8200 AC Lelystad
Kenmerk: MEE-34-2010

Groet,
Kistenmaker"""),
    L("two people, each with their own organisation and invoice", "register",
      "nl", people=2, persons=[
          P("Kistenmaker Eenendertig", "kisten31@buurtteam-oost.example.nl",
            "Stichting Welzijn Oost", "buurtwerker",
            invoice_address="Stichting Welzijn Oost, Postbus 31, 1300 BB Almere"),
          P("Schelpenvisser Vierendertig", "schelp34@meeflevoveld.example.nl",
            "MEE Flevoveld", "consulent",
            invoice_address="MEE Flevoveld, Postbus 34, 8200 AC Lelystad",
            invoice_reference="MEE-34-2010")]))

# 27 -- HTML with an ordered list of seven, and a text part
names27 = [("Vlotter Een", "vlotter1@jongerenloket.example.nl"),
           ("Vlotter Twee", "vlotter2@jongerenloket.example.nl"),
           ("Roeier Drie", "roeier3@jongerenloket.example.nl"),
           ("Roeier Vier", "roeier4@jongerenloket.example.nl"),
           ("Zwemmer Vijf", "zwemmer5@jongerenloket.example.nl"),
           ("Zwemmer Zes", "zwemmer6@jongerenloket.example.nl"),
           ("Duiker Zeven", "duiker7@jongerenloket.example.nl")]
html27 = ('<html><body><div style="font-family:Arial;font-size:10pt">'
          '<p>Beste organisatie,</p><p>Het Jongerenloket Almere meldt de '
          'volgende zeven jongerencoaches aan voor de leergang:</p><ol>' +
          "".join("<li>%s (%s)</li>" % (lib.esc(n), lib.esc(e)) for n, e in names27) +
          '</ol><p>Allen functie: jongerencoach.<br>Factuur: Jongerenloket '
          'Almere, Postbus 7, 1300 BC Almere, onder vermelding van JLA-7.</p>'
          '<p>Met vriendelijke groet,<br>Stuurman Zevenenzeventig</p>'
          '</div></body></html>\n')
text27 = ("Beste organisatie,\n\nHet Jongerenloket Almere meldt de volgende zeven "
          "jongerencoaches aan voor de leergang:\n\n" +
          "\n".join("%d. %s (%s)" % (i, n, e) for i, (n, e) in enumerate(names27, 1)) +
          "\n\nAllen functie: jongerencoach.\nFactuur: Jongerenloket Almere, "
          "Postbus 7, 1300 BC Almere, onder vermelding van JLA-7.\n\n"
          "Met vriendelijke groet,\nStuurman Zevenenzeventig")
add("html-ol-seven", html_mail10(
    "Stuurman Zevenenzeventig <stuurman77@jongerenloket.example.nl>",
    "Aanmelding 7 jongerencoaches", "2010-04-15 09:27", html27, text=text27,
    style="ox", agent="Open-Xchange Mailer v6.18.2-Rev12"),
    L("seven in an ordered list; one role for all", "register", "nl",
      people=7, persons=[
          P(n, e, "Jongerenloket Almere", "jongerencoach",
            invoice_address="Jongerenloket Almere, Postbus 7, 1300 BC Almere",
            invoice_reference="JLA-7") for n, e in names27]))

# 28 -- prose: the writer and two colleagues
add("group3-prose", emclient(
    "Boomkweker Zesenveertig <boomkweker46@natuurlijkbuiten.example.nl>",
    "Aanmelding leergang", "2010-04-16 13:13",
    """Hallo,

Ik wil mezelf graag aanmelden, en ook mijn collega's Bloemist Zevenenveertig (bloemist47@natuurlijkbuiten.example.nl) en Imker Negenenveertig (imker49@natuurlijkbuiten.example.nl). Wij zijn alle drie natuurcoach bij Stichting Natuurlijk Buiten en willen graag leren hoe wij in de wijken beter kunnen samenwerken met de gemeente.

De rekening kan naar Stichting Natuurlijk Buiten, Postbus 46, 1300 BE Almere.

Vriendelijke groet,
Boomkweker Zesenveertig
06-55504646"""),
    L("prose: the writer and two named colleagues, one role for all three",
      "register", "nl", people=3, persons=[
          P("Boomkweker Zesenveertig", "boomkweker46@natuurlijkbuiten.example.nl",
            "Stichting Natuurlijk Buiten", "natuurcoach", "06-55504646",
            invoice_address="Stichting Natuurlijk Buiten, Postbus 46, 1300 BE Almere"),
          P("Bloemist Zevenenveertig", "bloemist47@natuurlijkbuiten.example.nl",
            "Stichting Natuurlijk Buiten", "natuurcoach",
            invoice_address="Stichting Natuurlijk Buiten, Postbus 46, 1300 BE Almere"),
          P("Imker Negenenveertig", "imker49@natuurlijkbuiten.example.nl",
            "Stichting Natuurlijk Buiten", "natuurcoach",
            invoice_address="Stichting Natuurlijk Buiten, Postbus 46, 1300 BE Almere")]))
