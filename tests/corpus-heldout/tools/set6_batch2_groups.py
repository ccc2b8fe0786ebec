"""Set 6, batch 2: several people at once, forwarded participants and
answers to the robot's "details missing" mail (typed by hand)."""
from email.message import EmailMessage

from set6_lib import *  # noqa: F401,F403

# 040 Outlook 2010, two colleagues, invoice for both stated once
body = """Goedemiddag,

Wij melden twee medewerkers aan voor deSTADSWIJKstudies Almere:

1. Kringlid Veertig, wijkcoach, kringlid40@zorggroepontwerp.example.com, 036-5554040
2. Kringlid Eenenveertig, casemanager dementie, kringlid41@zorggroepontwerp.example.com, 036-5554141 (vegetarisch)

Beiden werken bij Zorggroep Ontwerp, regio Almere.
De factuur graag voor beide deelnemers naar:
Zorggroep Ontwerp
Financiële Administratie
Postbus 404
1300 AD Almere
o.v.v. 2010/OPL/040

Met vriendelijke groet,

Notulist Veertig
Afdeling Opleidingen, Zorggroep Ontwerp"""
inv = "Zorggroep Ontwerp, Financiële Administratie, Postbus 404, 1300 AD Almere"
add("group2-nl-outlook2010-numbered", outlook2010("Notulist Veertig <opleidingen@zorggroepontwerp.example.com>",
    "Aanmelding 2 medewerkers leergang", "2010-03-10 14:02", body),
    X("two colleagues numbered; organisation and invoice stated once for both", "register", "nl",
      people=2,
      persons=[P(name="Kringlid Veertig", email="kringlid40@zorggroepontwerp.example.com",
                 organisation="Zorggroep Ontwerp", role="wijkcoach", phone="036-5554040",
                 invoice_address=inv, invoice_reference="2010/OPL/040"),
               P(name="Kringlid Eenenveertig", email="kringlid41@zorggroepontwerp.example.com",
                 organisation="Zorggroep Ontwerp", role="casemanager dementie",
                 phone="036-5554141", diet="vegetarisch",
                 invoice_address=inv, invoice_reference="2010/OPL/040")]))

# 041 Thunderbird, English, three people in blocks (the second later sends a colleague: GZ3CP-88BUR)
body = """Dear registration team,

On behalf of Example Neighbourhood Works I would like to register three
of our staff for the course. All three are based at our Almere office.

Listener FortyOne
  neighbourhood coordinator, Almere Haven
  listener41@neighbourhoodworks.example.org
  036 555 4101

Listener FortyTwo
  youth participation worker
  listener42@neighbourhoodworks.example.org
  036 555 4202
  diet: vegetarian

Listener FortyThree
  team leader community centres
  listener43@neighbourhoodworks.example.org
  036 555 4303

Invoices: Example Neighbourhood Works, Finance, PO Box 2202, 1300 CE
Almere, reference ENW-TRAIN-2010.

Kind regards,
Companion Two
Volunteer Programme Manager"""
inv = "Example Neighbourhood Works, Finance, PO Box 2202, 1300 CE Almere"
add("group3-en-thunderbird-blocks", tb("Companion Two <companion.two@neighbourhoodworks.example.org>",
    "Registration of three staff members", "2010-03-11 10:40", body),
    X("three people in blocks; organisation and invoice stated once; the writer is not a participant",
      "register", "en", people=3,
      persons=[P(name="Listener FortyOne", email="listener41@neighbourhoodworks.example.org",
                 organisation="Example Neighbourhood Works",
                 role="neighbourhood coordinator, Almere Haven", phone="036 555 4101",
                 invoice_address=inv, invoice_reference="ENW-TRAIN-2010"),
               P(name="Listener FortyTwo", email="listener42@neighbourhoodworks.example.org",
                 organisation="Example Neighbourhood Works", role="youth participation worker",
                 phone="036 555 4202", diet="vegetarian",
                 invoice_address=inv, invoice_reference="ENW-TRAIN-2010"),
               P(name="Listener FortyThree", email="listener43@neighbourhoodworks.example.org",
                 organisation="Example Neighbourhood Works", role="team leader community centres",
                 phone="036 555 4303",
                 invoice_address=inv, invoice_reference="ENW-TRAIN-2010")]))

# 042 OWA, four municipal staff
body = """Beste programmasecretariaat,

Vanuit de sector Werk en Inkomen melden wij de volgende vier collega's aan
voor de leergang (allen Gemeente Almere, geen factuur nodig):

- Ambtgenoot Tweeenveertig, klantmanager, agenoot42@almere.nl, 036-5394242
- Ambtgenoot Drieenveertig, teamleider schuldhulp, agenoot43@almere.nl, 036-5394343
- Ambtgenoot Vierenveertig, beleidsmedewerker armoede, agenoot44@almere.nl, 036-5394444, vegetarisch
- Ambtgenoot Vijfenveertig, werkcoach, agenoot45@almere.nl, 036-5394545

Met vriendelijke groet,

Ambtgenoot Zesenveertig
Managementondersteuning Werk en Inkomen
Gemeente Almere"""
people = [("Ambtgenoot Tweeenveertig", "klantmanager", "agenoot42@almere.nl", "036-5394242", None),
          ("Ambtgenoot Drieenveertig", "teamleider schuldhulp", "agenoot43@almere.nl", "036-5394343", None),
          ("Ambtgenoot Vierenveertig", "beleidsmedewerker armoede", "agenoot44@almere.nl", "036-5394444", "vegetarisch"),
          ("Ambtgenoot Vijfenveertig", "werkcoach", "agenoot45@almere.nl", "036-5394545", None)]
add("group4-nl-owa-almere", owa("Ambtgenoot Zesenveertig <agenoot46@almere.nl>",
    "Aanmelding 4 collega's Werk en Inkomen", "2010-03-12 11:30", body),
    X("four municipal colleagues in a bulleted list; no invoice", "register", "nl", people=4,
      persons=[P(name=n, email=e, organisation="Gemeente Almere", role=r, phone=t, diet=dd)
               for n, r, e, t, dd in people]))

# 043 Gmail, two people in prose
body = """Hallo,

Mijn collega Gastspreker Zevenenveertig en ik willen ons graag aanmelden
voor de leergang. Wij werken allebei als wijkverpleegkundige bij
Thuiszorg Kladwerk in Almere Poort. Mijn collega is bereikbaar via
gast47@thuiszorgkladwerk.example.nl en 06-55504747; zelf ben ik
bereikbaar op 06-55504848.

De factuur mag naar Thuiszorg Kladwerk, Postbus 4748, 1300 EK Almere.

Groetjes,
Gastheer Achtenveertig
gastheer48@thuiszorgkladwerk.example.nl"""
inv = "Thuiszorg Kladwerk, Postbus 4748, 1300 EK Almere"
add("group2-nl-gmail-prose", gmail("Gastheer Achtenveertig <gastheer48@thuiszorgkladwerk.example.nl>",
    "aanmelding voor twee", "2010-03-17 20:44", body),
    X("two people in prose, the writer and her colleague; shared role and organisation", "register", "nl",
      people=2,
      persons=[P(name="Gastspreker Zevenenveertig", email="gast47@thuiszorgkladwerk.example.nl",
                 organisation="Thuiszorg Kladwerk", role="wijkverpleegkundige",
                 phone="06-55504747", invoice_address=inv),
               P(name="Gastheer Achtenveertig", email="gastheer48@thuiszorgkladwerk.example.nl",
                 organisation="Thuiszorg Kladwerk", role="wijkverpleegkundige",
                 phone="06-55504848", invoice_address=inv)]))

# 044 Lotus Notes, three people, organisation and invoice above the list
body = """Geachte heer, mevrouw,

Namens MEE Schaalmodel meld ik drie medewerkers aan voor de leergang
deSTADSWIJKstudies op locatie Almere.

Organisatie: MEE Schaalmodel
Factuuradres: MEE Schaalmodel, Afdeling Financien, Landdrostdreef 9, 1314 SK Almere
Kostenplaats: 0944

Deelnemer 1
Naam: Klankbord Negenenveertig
Functie: consulent jeugd
E-mail: k.49@meeschaalmodel.example.org
Telefoon: 036 555 4949

Deelnemer 2
Naam: Klankbord Vijftig
Functie: consulent volwassenen
E-mail: k.50@meeschaalmodel.example.org
Telefoon: 036 555 5050

Deelnemer 3
Naam: Klankbord Eenenvijftig
Functie: manager dienstverlening
E-mail: k.51@meeschaalmodel.example.org
Telefoon: 036 555 5151
Dieet: geen gluten

Met vriendelijke groet,

Kringganger Negen
MEE Schaalmodel"""
inv = "MEE Schaalmodel, Afdeling Financien, Landdrostdreef 9, 1314 SK Almere"
add("group3-nl-notes-blocks", notes("Kringganger Negen <k.negen@meeschaalmodel.example.org>",
    "Aanmelding drie medewerkers MEE", "2010-03-23 09:20", body),
    X("organisation and invoice above three numbered blocks; 'Kostenplaats:' is a label",
      "register", "nl", people=3,
      persons=[P(name="Klankbord Negenenveertig", email="k.49@meeschaalmodel.example.org",
                 organisation="MEE Schaalmodel", role="consulent jeugd", phone="036 555 4949",
                 invoice_address=inv, invoice_reference="0944"),
               P(name="Klankbord Vijftig", email="k.50@meeschaalmodel.example.org",
                 organisation="MEE Schaalmodel", role="consulent volwassenen", phone="036 555 5050",
                 invoice_address=inv, invoice_reference="0944"),
               P(name="Klankbord Eenenvijftig", email="k.51@meeschaalmodel.example.org",
                 organisation="MEE Schaalmodel", role="manager dienstverlening",
                 phone="036 555 5151", diet="geen gluten",
                 invoice_address=inv, invoice_reference="0944")]))

# 045 Outlook HTML only, English table of five
rows = [("Sitter FiftyTwo", "care coordinator", "sitter52@caregroup.example.com", "036 555 5252", ""),
        ("Sitter FiftyThree", "district nurse", "sitter53@caregroup.example.com", "036 555 5353", "vegetarian"),
        ("Sitter FiftyFour", "social worker", "sitter54@caregroup.example.com", "036 555 5454", ""),
        ("Sitter FiftyFive", "team manager north", "sitter55@caregroup.example.com", "036 555 5555", "halal"),
        ("Sitter FiftySix", "policy officer", "sitter56@caregroup.example.com", "036 555 5656", "")]
cell = ("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        "<p class=MsoNormal>%s<o:p></o:p></p></td>")
html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"
        "<meta name=Generator content=\"Microsoft Word 12 (filtered medium)\"></head>"
        "<body lang=EN-GB link=blue vlink=purple><div class=WordSection1>"
        "<p class=MsoNormal>Dear Sir or Madam,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Sample Care Group Almere would like to register the following five "
        "colleagues for the course deSTADSWIJKstudies Almere:<o:p></o:p></p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
        "<tr>" + "".join(cell % ("<b>%s</b>" % x) for x in
                         ("Name", "Function", "E-mail", "Phone", "Dietary wishes")) + "</tr>" +
        "".join("<tr>" + "".join(cell % (x or "&nbsp;") for x in r) + "</tr>" for r in rows) +
        "</table><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Please send one invoice for all five to: Sample Care Group Almere, "
        "Accounts Payable, Postbus 5200, 1300 EZ Almere, quoting order number 4500-5256.<o:p></o:p></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Kind regards,<o:p></o:p></p>"
        "<p class=MsoNormal>Scribe FiftySeven<o:p></o:p></p><p class=MsoNormal>HR &amp; Training, "
        "Sample Care Group Almere<o:p></o:p></p></div></body></html>\n")
inv = "Sample Care Group Almere, Accounts Payable, Postbus 5200, 1300 EZ Almere"
add("group5-en-outlook-html-table", outlook("Scribe FiftySeven <training@caregroup.example.com>",
    "Registration five participants deSTADSWIJKstudies", "2010-03-26 15:15", "", lang="EN",
    html_only=True, html=html),
    X("HTML table of five; one invoice for all; 'order number 4500-5256' in running text",
      "register", "en", people=5,
      persons=[P(name=n, email=e, organisation="Sample Care Group Almere", role=r, phone=t,
                 diet=(dd or None), invoice_address=inv, invoice_reference="order number 4500-5256")
               for n, r, e, t, dd in rows]))

# 046 iPhone, two people, one line each
body = """Graag 2 aanmeldingen voor de leergang:
Voorganger Achtenvijftig - jeugdwerker - voorganger58@jongerenwerkplaats.example.nl - 06 5550 5858
Voorganger Negenenvijftig - coördinator inloophuis - voorganger59@jongerenwerkplaats.example.nl - 06 5550 5959
Beiden van Stichting Jongerenwerkplaats, factuur naar Postbus 5859, 1300 EM Almere
Dank!

Verzonden vanaf mijn iPhone"""
inv = "Stichting Jongerenwerkplaats, Postbus 5859, 1300 EM Almere"
add("group2-nl-iphone-lines", iphone("Voorganger Negenenvijftig <voorganger59@jongerenwerkplaats.example.nl>",
    "2 aanmeldingen", "2010-04-01 22:03", body),
    X("two people one line each with dashes; organisation and invoice after 'Beiden van'",
      "register", "nl", people=2,
      persons=[P(name="Voorganger Achtenvijftig", email="voorganger58@jongerenwerkplaats.example.nl",
                 organisation="Stichting Jongerenwerkplaats", role="jeugdwerker",
                 phone="06 5550 5858", invoice_address=inv),
               P(name="Voorganger Negenenvijftig", email="voorganger59@jongerenwerkplaats.example.nl",
                 organisation="Stichting Jongerenwerkplaats", role="coördinator inloophuis",
                 phone="06 5550 5959", invoice_address=inv)]))

# 047 Outlook 2007, a Word table pasted: tabs in the text part, six people
people = [("Wijkwachter Zestig", "buurtconciërge", "wijkwachter60@plattegrond.example.nl", "036-5556060", ""),
          ("Wijkwachter Eenenzestig", "woonconsulent", "wijkwachter61@plattegrond.example.nl", "036-5556161", ""),
          ("Wijkwachter Tweeenzestig", "sociaal beheerder", "wijkwachter62@plattegrond.example.nl", "036-5556262", "vegetarisch"),
          ("Wijkwachter Drieenzestig", "leefbaarheidsconsulent", "wijkwachter63@plattegrond.example.nl", "036-5556363", ""),
          ("Wijkwachter Vierenzestig", "projectleider herstructurering", "wijkwachter64@plattegrond.example.nl", "036-5556464", ""),
          ("Wijkwachter Vijfenzestig", "manager wonen", "wijkwachter65@plattegrond.example.nl", "036-5556565", "geen varkensvlees")]
table = "Naam\tFunctie\tE-mail\tTelefoon\tDieet\n" + "\n".join(
    "\t".join((n, r, e, t, dd)) for n, r, e, t, dd in people)
body = ("Beste organisatie,\n\nWoonstichting Plattegrond meldt de onderstaande zes medewerkers aan voor de "
        "leergang deSTADSWIJKstudies op locatie Almere.\n\n" + table +
        "\n\nFactuuradres voor alle zes: Woonstichting Plattegrond, Postbus 808, 1300 AH Almere, "
        "onder vermelding van inkoopnummer 10-0860.\n\nWij realiseren ons dat er tot 11 mei maximaal drie "
        "plaatsen per organisatie zijn; de andere drie staan dan graag op de wachtlijst.\n\n"
        "Met vriendelijke groet,\n\nNotulist Negentig\nManagementassistent directie\nWoonstichting Plattegrond")
inv = "Woonstichting Plattegrond, Postbus 808, 1300 AH Almere"
add("group6-nl-outlook-tabs", outlook("Notulist Negentig <n.negentig@plattegrond.example.nl>",
    "Aanmelding 6 medewerkers Woonstichting Plattegrond", "2010-04-06 11:45", body),
    X("Word table with tabs in the text part; invoice for all six below", "register", "nl", people=6,
      persons=[P(name=n, email=e, organisation="Woonstichting Plattegrond", role=r, phone=t,
                 diet=(dd or None), invoice_address=inv, invoice_reference="inkoopnummer 10-0860")
               for n, r, e, t, dd in people]))

# 048 Evolution, English, three blocks separated by dashes
body = """Hello,

Three registrations from Example Debt Relief Trust (same invoice address
for all: Example Debt Relief Trust, Stationsstraat 12, 1315 JR Almere):

---
Name: Reader SixtySix
Function: debt counsellor
E-mail: reader66@debtrelief.example.org
Phone: 036 555 6666
---
Name: Reader SixtySeven
Function: budget coach
E-mail: reader67@debtrelief.example.org
Phone: 036 555 6767
Diet: vegan
---
Name: Reader SixtyEight
Function: volunteer coordinator
E-mail: reader68@debtrelief.example.org
Phone: 036 555 6868
---

Best regards,
Reader Twelve"""
inv = "Example Debt Relief Trust, Stationsstraat 12, 1315 JR Almere"
add("group3-en-evolution-dashes", evolution("Reader Twelve <reader12@debtrelief.example.org>",
    "3 more registrations", "2010-04-08 09:10", body),
    X("three blocks between dashes; invoice stated once in brackets", "register", "en", people=3,
      persons=[P(name="Reader SixtySix", email="reader66@debtrelief.example.org",
                 organisation="Example Debt Relief Trust", role="debt counsellor",
                 phone="036 555 6666", invoice_address=inv),
               P(name="Reader SixtySeven", email="reader67@debtrelief.example.org",
                 organisation="Example Debt Relief Trust", role="budget coach",
                 phone="036 555 6767", diet="vegan", invoice_address=inv),
               P(name="Reader SixtyEight", email="reader68@debtrelief.example.org",
                 organisation="Example Debt Relief Trust", role="volunteer coordinator",
                 phone="036 555 6868", invoice_address=inv)]))

# 049 Horde webmail, a list of ten
names = ["Negenenzestig", "Zeventig", "Eenenzeventig", "Tweeenzeventig", "Drieenzeventig",
         "Vierenzeventig", "Vijfenzeventig", "Zesenzeventig", "Zevenenzeventig", "Achtenzeventig"]
roles = ["wijkwerker", "wijkwerker", "opbouwwerker", "opbouwwerker", "jongerenwerker",
         "jongerenwerker", "ouderenadviseur", "maatschappelijk werker", "teamleider", "teamleider"]
nums = list(range(69, 79))
lines = ["%d. Buurtwerker %s, %s, buurtwerker%d@concepthaven.example.nl" % (i + 1, n, r, k)
         for i, (n, r, k) in enumerate(zip(names, roles, nums))]
body = ("Beste secretariaat,\n\nBuurtwerk Concepthaven wil met het hele uitvoerende team meedoen. "
        "Hieronder de tien namen:\n\n" + "\n".join(lines) +
        "\n\nOrganisatie voor allemaal: Buurtwerk Concepthaven.\nFactuur: Buurtwerk Concepthaven, "
        "Postbus 3535, 1300 EF Almere.\n\nWij weten dat het maximum tot 11 mei drie per organisatie is; "
        "zet de anderen dan maar op de wachtlijst.\n\nGroeten,\nBuurtgenoot Vijfendertig\ngebiedsmanager")
inv = "Buurtwerk Concepthaven, Postbus 3535, 1300 EF Almere"
add("group10-nl-horde-list", webmail("Buurtgenoot Vijfendertig <buurtgenoot35@concepthaven.example.nl>",
    "aanmelding team Buurtwerk Concepthaven (10 personen)", "2010-04-13 16:30", body,
    agent="Internet Messaging Program (IMP) H3 (4.3.6)"),
    X("numbered list of ten, organisation and invoice stated once below", "register", "nl", people=10,
      persons=[P(name="Buurtwerker " + n, email="buurtwerker%d@concepthaven.example.nl" % k,
                 organisation="Buurtwerk Concepthaven", role=r, invoice_address=inv)
               for n, r, k in zip(names, roles, nums)]))

# 050 GroupWise, two people, shared organisation said in a sentence
body = """Goedemorgen,

Graag melden wij ons beiden aan voor de leergang. Wij zijn allebei
werkzaam bij Vluchtelingenwerk Schetsstad.

Naam: Tolk Negenenzeventig
Functie: maatschappelijk begeleider
E-mail: tolk79@schetsstad.example.org
Telefoon: 036 - 555 79 79

Naam: Tolk Tachtig
Functie: coördinator taalmaatjes
E-mail: tolk80@schetsstad.example.org
Telefoon: 036 - 555 80 80
Dieet: halal

Factuur: Vluchtelingenwerk Schetsstad, Postbus 1818, 1300 BH Almere.

Met vriendelijke groet,
Tolk Negenenzeventig"""
inv = "Vluchtelingenwerk Schetsstad, Postbus 1818, 1300 BH Almere"
add("group2-nl-groupwise", groupwise("Tolk Negenenzeventig <tolk79@schetsstad.example.org>",
    "aanmelding leergang (2 personen)", "2010-04-20 08:55", body),
    X("two blocks, organisation in a sentence above", "register", "nl", people=2,
      persons=[P(name="Tolk Negenenzeventig", email="tolk79@schetsstad.example.org",
                 organisation="Vluchtelingenwerk Schetsstad", role="maatschappelijk begeleider",
                 phone="036 - 555 79 79", invoice_address=inv),
               P(name="Tolk Tachtig", email="tolk80@schetsstad.example.org",
                 organisation="Vluchtelingenwerk Schetsstad", role="coördinator taalmaatjes",
                 phone="036 - 555 80 80", diet="halal", invoice_address=inv)]))

# 051 Apple Mail, English, a manager registers herself and three (she asks after them later)
body = """Dear organisers,

I'd like to register myself and three members of my team at Sample
Youth Network Flevoland for the course:

- me: Guide EightyOne, regional manager, guide81@youthnetwork.example.org, 06 5550 8181
- Guide EightyTwo, youth worker, guide82@youthnetwork.example.org, 06 5550 8282
- Guide EightyThree, youth worker, guide83@youthnetwork.example.org, 06 5550 8383
- Guide EightyFour, school social worker, guide84@youthnetwork.example.org, 06 5550 8484 (vegetarian)

I understand only three can be confirmed before 11 May; put whoever is
last on the waiting list.

Invoice address for all four:
Sample Youth Network Flevoland, Attn. Finance, Zuiderwagenplein 10,
8224 AD Lelystad

Thanks,
Guide EightyOne"""
inv = "Sample Youth Network Flevoland, Attn. Finance, Zuiderwagenplein 10, 8224 AD Lelystad"
add("group4-en-apple-self-and-team", apple("Guide EightyOne <guide81@youthnetwork.example.org>",
    "Registration: 4 people Sample Youth Network", "2010-04-22 13:48", body),
    X("a manager registers herself and three; invoice for all four below", "register", "en", people=4,
      persons=[P(name="Guide EightyOne", email="guide81@youthnetwork.example.org",
                 organisation="Sample Youth Network Flevoland", role="regional manager",
                 phone="06 5550 8181", invoice_address=inv),
               P(name="Guide EightyTwo", email="guide82@youthnetwork.example.org",
                 organisation="Sample Youth Network Flevoland", role="youth worker",
                 phone="06 5550 8282", invoice_address=inv),
               P(name="Guide EightyThree", email="guide83@youthnetwork.example.org",
                 organisation="Sample Youth Network Flevoland", role="youth worker",
                 phone="06 5550 8383", invoice_address=inv),
               P(name="Guide EightyFour", email="guide84@youthnetwork.example.org",
                 organisation="Sample Youth Network Flevoland", role="school social worker",
                 phone="06 5550 8484", diet="vegetarian", invoice_address=inv)]))

# ---- forwarded participants ----

# 052 Outlook 2010, an HR officer forwards a colleague's request
fwd = outlook_quote_nl("Deelgenoot Vijfentachtig", "maandag 12 april 2010 16:02",
    "Personeelszaken Welzijn Proefdruk", "aanvraag scholing leergang Almere",
    """Hoi,

Mijn leidinggevende is akkoord: wil jij mij aanmelden voor de leergang
deSTADSWIJKstudies Almere (folder zit in de bijlage van de vorige mail)?

Mijn gegevens:
Deelgenoot Vijfentachtig
ouderenadviseur
deelgenoot85@proefdruk.example.nl
036-5558585

Dank je!
Deelgenoot""")
body = """Goedemorgen,

Hieronder de aanvraag van onze collega. Wilt u haar aanmelden? De factuur
kan naar Welzijn Proefdruk, Postbus 1313, 1300 CD Almere, o.v.v.
kostenplaats 3185.

Met vriendelijke groet,
Personeelszaken Welzijn Proefdruk""" + fwd
add("fwd-nl-outlook2010-hr", outlook2010("Personeelszaken Welzijn Proefdruk <pz@proefdruk.example.nl>",
    "FW: aanvraag scholing leergang Almere", "2010-04-13 09:06", body),
    X("HR forwards a colleague's request in an Outlook quote; invoice from HR's own text",
      "register", "nl", fwd="yes", people=1,
      persons=[P(name="Deelgenoot Vijfentachtig", email="deelgenoot85@proefdruk.example.nl",
                 organisation="Welzijn Proefdruk", role="ouderenadviseur", phone="036-5558585",
                 invoice_address="Welzijn Proefdruk, Postbus 1313, 1300 CD Almere",
                 invoice_reference="kostenplaats 3185")]))

# 053 Gmail forward, English (she asks her status later: ME4SN-7VYVK)
body = """Please register Seeker EightySix (below). She's our new neighbourhood
mediator; invoice as usual to Example Housing Cooperative Almere,
Accounts, Grote Markt 16, 1315 JG Almere.

Thanks,
Onlooker Sixteen

---------- Forwarded message ----------
From: Seeker EightySix <seeker86@housingcoop.example.com>
Date: 2010/4/14
Subject: course
To: Onlooker Sixteen <onlooker16@housingcoop.example.com>


Hi Onlooker,

Could you register me for the Almere course you mentioned? I'm free on
all four days. Name as in my signature, mobile 06 5550 8686.

Thanks!

--
Seeker EightySix
Neighbourhood mediator
Example Housing Cooperative Almere
"""
add("fwd-en-gmail", gmail("Onlooker Sixteen <onlooker16@housingcoop.example.com>",
    "Fwd: course", "2010-04-14 14:22", body),
    X("Gmail forward; participant's address in the forwarded From line", "register", "en", fwd="yes",
      people=1,
      persons=[P(name="Seeker EightySix", email="seeker86@housingcoop.example.com",
                 organisation="Example Housing Cooperative Almere", role="Neighbourhood mediator",
                 phone="06 5550 8686",
                 invoice_address="Example Housing Cooperative Almere, Accounts, Grote Markt 16, 1315 JG Almere")]))

# 054 Lotus Notes forward in Dutch
body = """Graag aanmelden s.v.p. Factuur naar GGD Schaalstad, Postbus 3333, 1300 EE Almere, kostenplaats 6087.

Groet,
Contributor ThirtyThree

----- Doorgestuurd door Contributor ThirtyThree/GGD/Schaalstad op 19-04-2010 10:12 -----

Van:\tNavigator Zevenentachtig/GGD/Schaalstad
Aan:\tContributor ThirtyThree/GGD/Schaalstad@GGD
Datum:\t16-04-2010 17:45
Onderwerp:\tleergang Almere

Hoi,

Ik zou heel graag mee willen doen aan de leergang deSTADSWIJKstudies. Kun jij mij aanmelden?
Naam: Navigator Zevenentachtig
Functie: jeugdverpleegkundige
Mail: navigator87@ggdschaalstad.example.nl
Tel: 036 555 8787
Ik eet vegetarisch.

Groet, Navigator"""
add("fwd-nl-notes", notes("Contributor ThirtyThree <contributor33@ggdschaalstad.example.nl>",
    "Doorsturen: leergang Almere", "2010-04-19 10:12", body),
    X("Notes forward 'Doorgestuurd door'; organisation from the forwarder and the invoice line",
      "register", "nl", fwd="yes", people=1,
      persons=[P(name="Navigator Zevenentachtig", email="navigator87@ggdschaalstad.example.nl",
                 organisation="GGD Schaalstad", role="jeugdverpleegkundige", phone="036 555 8787",
                 diet="vegetarisch",
                 invoice_address="GGD Schaalstad, Postbus 3333, 1300 EE Almere",
                 invoice_reference="kostenplaats 6087")]))

# 055 Thunderbird inline forward, English
body = """Hello, forwarding this on behalf of our volunteer - can you register him?
We'll pay: Sample Migrant Council Almere, Spoordreef 19, 1315 GN Almere.

Envoy Nineteen

-------- Original Message --------
Subject: 	Almere course
Date: 	Tue, 20 Apr 2010 19:31:07 +0200
From: 	Voyager EightyEight <voyager88@freemail.example.net>
To: 	Envoy Nineteen <envoy19@migrantcouncil.example.net>

Dear Envoy,

As agreed I'd love to join the course on behalf of the council. I
coordinate our homework clubs as a volunteer.
My phone is 06 5550 8888. Please use my private e-mail above.

Best, Voyager"""
add("fwd-en-thunderbird-volunteer", tb("Envoy Nineteen <envoy19@migrantcouncil.example.net>",
    "Fwd: Almere course", "2010-04-21 09:02", body),
    X("Thunderbird inline forward; a volunteer; role only as a verb gives no role", "register", "en",
      fwd="yes", people=1,
      persons=[P(name="Voyager EightyEight", email="voyager88@freemail.example.net",
                 organisation="Sample Migrant Council Almere", phone="06 5550 8888",
                 invoice_address="Sample Migrant Council Almere, Spoordreef 19, 1315 GN Almere")]))

# 056 Apple Mail, message/rfc822 forward
inner = EmailMessage()
inner["From"] = "Stadsgids Negenentachtig <stadsgids89@ateliergroen.example.org>"
inner["To"] = "Denker Zevenentwintig <denker27@ateliergroen.example.org>"
inner["Subject"] = "aanmelding leergang"
inner["Date"] = d("2010-04-26 16:10")
inner["Message-ID"] = "<4BD5A%s@ateliergroen.example.org>" % h("inner56")[:10]
inner.set_content("""Hoi Denker,

Zoals besproken: ik wil ook graag mee naar de leergang. Wil jij het
doorsturen naar het aanmeldadres?

Stadsgids Negenentachtig
natuurgids / educatief medewerker
Stichting Ateliergroen
036 555 89 89
""")
outer = apple("Denker Zevenentwintig <denker27@ateliergroen.example.org>",
    "Fwd: aanmelding leergang", "2010-04-27 08:40",
    "Hierbij nog een aanmelding van onze organisatie, zie bijgevoegd bericht.\n"
    "Factuur graag naar hetzelfde adres als bij mij: Stichting Ateliergroen, Postbus 2727, 1300 EA Almere.\n\n"
    "Groet,\nDenker")
outer = with_attachments(outer, [rfc822_part(inner)])
add("fwd-nl-apple-rfc822", outer,
    X("Apple message/rfc822 forward; participant's address only in the forwarded From header",
      "register", "nl", fwd="yes", people=1,
      persons=[P(name="Stadsgids Negenentachtig", email="stadsgids89@ateliergroen.example.org",
                 organisation="Stichting Ateliergroen", role="natuurgids / educatief medewerker",
                 phone="036 555 89 89",
                 invoice_address="Stichting Ateliergroen, Postbus 2727, 1300 EA Almere")]))

# ---- answers to the robot's "details missing" mail ----

# 057 Dutch, adds the organisation and function, quoting the robot
s, b = incomplete_nl("Zoeker Negentig", ["organisatie", "functie"],
                     [("Naam", "Zoeker Negentig"), ("E-mail", "zoeker90@buurtpastoraat.example.nl")])
body = """Excuses, vergeten. Hierbij de ontbrekende gegevens:

Organisatie: Stichting Buurtpastoraat Kladstad
Functie: buurtpastor
Telefoon: 036 555 90 90
Factuuradres: Stichting Buurtpastoraat Kladstad, Kerkplein 90, 1315 KA Almere

Groet,
Zoeker Negentig

Op 22-04-2010 11:02, deSTADSWIJKstudies Almere schreef:
""" + quote(b)
add("missing-reply-nl-thunderbird", tb("Zoeker Negentig <zoeker90@buurtpastoraat.example.nl>",
    "Re: " + s, "2010-04-22 13:30", body, irt=robot_mid("incomplete", "zoeker90")),
    X("answer to 'details missing': name and email from the quoted robot mail and the signature",
      "register", "nl", people=1,
      persons=[P(name="Zoeker Negentig", email="zoeker90@buurtpastoraat.example.nl",
                 organisation="Stichting Buurtpastoraat Kladstad", role="buurtpastor",
                 phone="036 555 90 90",
                 invoice_address="Stichting Buurtpastoraat Kladstad, Kerkplein 90, 1315 KA Almere")]))

# 058 English answer, Gmail
s, b = incomplete_en("Trekker NinetyOne", ["organisation"],
                     [("Name", "Trekker NinetyOne"), ("E-mail", "trekker91@gmail.example.com"),
                      ("Function", "family therapist")])
body = """Sorry, I work for GGZ Oefenterrein (Almere outpatient clinic). Invoice
to GGZ Oefenterrein, t.a.v. administratie, Postbus 1515, 1300 CE Almere.
Phone 036 555 9191.

Trekker

On Fri, Apr 23, 2010 at 9:14 AM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:
""" + quote(b)
add("missing-reply-en-gmail", gmail("Trekker NinetyOne <trekker91@gmail.example.com>",
    "Re: " + s, "2010-04-23 10:02", body, irt=robot_mid("incomplete", "trekker91")),
    X("answer to 'details missing' adding the organisation; name, address and function from the quote",
      "register", "en", people=1,
      persons=[P(name="Trekker NinetyOne", email="trekker91@gmail.example.com",
                 organisation="GGZ Oefenterrein", role="family therapist", phone="036 555 9191",
                 invoice_address="GGZ Oefenterrein, t.a.v. administratie, Postbus 1515, 1300 CE Almere")]))

# 059 Outlook top-post with Van:/Verzonden: quote
s, b = incomplete_nl(None, ["naam", "organisatie"],
                     [("E-mail", "wijkteam.noord@zorggroepontwerp.example.com"), ("Functie", "wijkverpleegkundige")])
body = ("Goedemiddag,\n\nDe aanmelding was voor mijzelf, ik mailde vanuit ons teamadres.\n\n"
        "Naam: Teamspeler Tweeennegentig\nOrganisatie: Zorggroep Ontwerp\n"
        "Mijn eigen mail: teamspeler92@zorggroepontwerp.example.com\nTelefoon: 036-5559292\n"
        "Factuur: Zorggroep Ontwerp, Financiële Administratie, Postbus 404, 1300 AD Almere\n\n"
        "Met vriendelijke groet,\nTeamspeler Tweeennegentig\nWijkteam Noord" +
        outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                         "maandag 26 april 2010 15:20", "Wijkteam Noord", s, b))
add("missing-reply-nl-outlook-team", outlook("Wijkteam Noord <wijkteam.noord@zorggroepontwerp.example.com>",
    "RE: " + s, "2010-04-26 16:05", body, irt=robot_mid("incomplete", "wijkteamnoord")),
    X("answer from a team mailbox: the participant's own address in the text; role from the quote",
      "register", "nl", people=1,
      persons=[P(name="Teamspeler Tweeennegentig", email="teamspeler92@zorggroepontwerp.example.com",
                 organisation="Zorggroep Ontwerp", role="wijkverpleegkundige", phone="036-5559292",
                 invoice_address="Zorggroep Ontwerp, Financiële Administratie, Postbus 404, 1300 AD Almere")]))

# 060 Dutch answer, short, from Outlook Express
s, b = incomplete_nl("Vraagsteller Drieennegentig", ["organisatie"],
                     [("Naam", "Vraagsteller Drieennegentig"),
                      ("E-mail", "vraagsteller93@sportservicetestveld.example.nl"),
                      ("Telefoon", "036-5559393")])
body = ("Organisatie is Sportservice Testveld, ik ben daar buurtsportcoach.\n"
        "Factuur: Sportservice Testveld, Bolderweg 14, 1332 AT Almere.\n\nVraagsteller\n\n"
        "----- Original Message -----\nFrom: \"deSTADSWIJKstudies Almere\" <aanmelden@example.org>\n"
        "To: <vraagsteller93@sportservicetestveld.example.nl>\nSent: Tuesday, May 04, 2010 9:41 AM\n"
        "Subject: " + s + "\n\n\n" + quote(b))
add("missing-reply-nl-oe", oe("Vraagsteller Drieennegentig <vraagsteller93@sportservicetestveld.example.nl>",
    "Re: " + s, "2010-05-04 12:15", body, irt=robot_mid("incomplete", "vraagsteller93")),
    X("answer to 'details missing'; name, address and phone from the quote", "register", "nl",
      people=1,
      persons=[P(name="Vraagsteller Drieennegentig", email="vraagsteller93@sportservicetestveld.example.nl",
                 organisation="Sportservice Testveld", role="buurtsportcoach", phone="036-5559393",
                 invoice_address="Sportservice Testveld, Bolderweg 14, 1332 AT Almere")]))
