"""Set 12, batch 2: registrations of two to eight people (035-054) and
forwarded registrations (055-062). Every text and label typed by hand.

Codes of this batch's people:
  Hoedenmaker Eenenzestig Q4ZT8-MW2K7   (her confirmation is quoted in 051)
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import add, P, L, conf_nl, rirt, quote, qp  # noqa: F401

# 035 -- numbered list, invoice "voor allen" below
_ia35 = "Stichting Basalt, Postbus 3110, 1300 EC Almere"
add("group3-numbered-nl-outlook", outlook2010(
    "Knopenmaker Eenenvijftig <k.eenenvijftig@basalt.example.nl>",
    "Aanmelding 3 medewerkers Stichting Basalt", "2010-03-15 11:20",
    """Goedemorgen,

Namens Stichting Basalt meld ik de volgende collega's aan voor de leergang:

1. Knopenmaker Eenenvijftig, teamleider, k.eenenvijftig@basalt.example.nl, 036-5401290
2. Borstelmaker Vierenvijftig, buurtwerker, b.vierenvijftig@basalt.example.nl, 036-5401291
3. Bezembinder Vijfenvijftig, jongerenwerker, b.vijfenvijftig@basalt.example.nl, 036-5401295

Voor allen: factuur naar Stichting Basalt, Postbus 3110, 1300 EC Almere, kenmerk BAS-2010-031.

Met vriendelijke groet,
Knopenmaker Eenenvijftig
"""), L("numbered list, invoice for all below", "register", "nl", people=3,
        persons=[P(name="Knopenmaker Eenenvijftig", email="k.eenenvijftig@basalt.example.nl",
                   organisation="Stichting Basalt", role="teamleider",
                   phone="036-5401290", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031"),
                 P(name="Borstelmaker Vierenvijftig", email="b.vierenvijftig@basalt.example.nl",
                   organisation="Stichting Basalt", role="buurtwerker",
                   phone="036-5401291", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031"),
                 P(name="Bezembinder Vijfenvijftig", email="b.vijfenvijftig@basalt.example.nl",
                   organisation="Stichting Basalt", role="jongerenwerker",
                   phone="036-5401295", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031")]))

# 036 -- two people, tab-separated, Gmail
add("group2-tabs-nl-gmail", gmail(
    "Blikslager Zesenvijftig <blikslager.zesenvijftig@gmail.example.com>", "aanmelding met z'n tweeën",
    "2010-03-17 20:05",
    """Hoi,

Mijn collega en ik willen ons aanmelden. We werken allebei bij Stichting Zeepsteen.

Blikslager Zesenvijftig\tprojectmedewerker\tblikslager@zeepsteen.example.org\t06-21 33 40 18
Ankersmid Zevenenvijftig\tcoördinator vrijwilligers\tankersmid@zeepsteen.example.org\t06-38 10 22 71

Factuur naar Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere.

Groet,
Blikslager"""),
    L("two people on tabbed lines; organisation and invoice for both",
      "register", "nl", people=2, persons=[
          P(name="Blikslager Zesenvijftig", email="blikslager@zeepsteen.example.org",
            organisation="Stichting Zeepsteen", role="projectmedewerker",
            phone="06-21 33 40 18",
            invoice_address="Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere"),
          P(name="Ankersmid Zevenenvijftig", email="ankersmid@zeepsteen.example.org",
            organisation="Stichting Zeepsteen",
            role="coördinator vrijwilligers", phone="06-38 10 22 71",
            invoice_address="Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere")]))

# 037 -- four people, semicolons, Thunderbird
_o37 = "Woonstichting Kwartsiet"
add("group4-semicolons-nl-tb", tb(
    "Messenmaker Dertig <m.dertig@kwartsiet.example.nl>",
    "Aanmeldingen leergang", "2010-03-22 09:48",
    """Beste mensen,

Woonstichting Kwartsiet meldt vier medewerkers aan (naam; functie; e-mail):

Messenmaker Dertig; wijkconsulent; m.dertig@kwartsiet.example.nl
Slotenmaker Twintig; wijkconsulent; s.twintig@kwartsiet.example.nl
Klokkenmaker Zestig; sociaal beheerder; k.zestig@kwartsiet.example.nl
Brillenslijper Vijftig; manager Wonen; b.vijftig@kwartsiet.example.nl

Ik begrijp dat er tot 11 mei maximaal drie per organisatie zijn; zet de vierde dan maar op de wachtlijst.
Factuuradres: Woonstichting Kwartsiet, Postbus 60210, 1320 AE Almere.

Met vriendelijke groet,
Messenmaker Dertig
"""), L("four on semicolon lines; the fourth knowingly for the waiting list",
        "register", "nl", people=4, persons=[
            P(name=n, email=e, organisation=_o37, role=r,
              invoice_address="Woonstichting Kwartsiet, Postbus 60210, 1320 AE Almere")
            for n, r, e in [
                ("Messenmaker Dertig", "wijkconsulent", "m.dertig@kwartsiet.example.nl"),
                ("Slotenmaker Twintig", "wijkconsulent", "s.twintig@kwartsiet.example.nl"),
                ("Klokkenmaker Zestig", "sociaal beheerder", "k.zestig@kwartsiet.example.nl"),
                ("Brillenslijper Vijftig", "manager Wonen", "b.vijftig@kwartsiet.example.nl")]]))

# 038 -- English, bullets, "for all of them" above
_ia38 = "Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere"
add("group3-bullets-en-apple", apple(
    "Ostler Eighteen <ostler@marble-trust.example.com>",
    "Registrations - three staff", "2010-03-24 15:12",
    """Hello,

I'd like to register three of our staff. For all of them: Sample Marble Trust, invoice to Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere, reference MT-0419.

- Ostler Eighteen, Head of Services, ostler@marble-trust.example.com
- Scrivener Nineteen, Outreach worker, scrivener@marble-trust.example.com
- Bellringer Twenty, Volunteer coordinator, bellringer@marble-trust.example.com

Many thanks,
Ostler"""),
    L("bullets below a line that holds the shared details", "register", "en",
      people=3, persons=[
          P(name=n, email=e, organisation="Sample Marble Trust", role=r,
            invoice_address=_ia38, invoice_reference="MT-0419")
          for n, r, e in [
              ("Ostler Eighteen", "Head of Services", "ostler@marble-trust.example.com"),
              ("Scrivener Nineteen", "Outreach worker", "scrivener@marble-trust.example.com"),
              ("Bellringer Twenty", "Volunteer coordinator", "bellringer@marble-trust.example.com")]]))

# 039 -- an HTML grid of five from two organisations (a partnership)
_rows39 = [("Graveur Vierenzestig", "Zorggroep Graniet", "wijkverpleegkundige", "g.vierenzestig@zorggroep-graniet.example.nl"),
           ("Letterzetter Vijfenzestig", "Zorggroep Graniet", "casemanager dementie", "l.vijfenzestig@zorggroep-graniet.example.nl"),
           ("Papierschepper Zesenzestig", "Zorggroep Graniet", "teamcoach", "p.zesenzestig@zorggroep-graniet.example.nl"),
           ("Kalligraaf Zevenenzestig", "Welzijn Leisteen", "ouderenwerker", "k.zevenenzestig@leisteen.example.nl"),
           ("Landmeter Achtenzestig", "Welzijn Leisteen", "vrijwilligersconsulent", "l.achtenzestig@leisteen.example.nl")]
_t39 = ("Beste secretariaat,\n\nVoor het samenwerkingsverband Wonen met Zorg Haven melden wij de volgende vijf mensen aan. Facturen graag per organisatie naar het eigen hoofdkantoor.\n\n"
        + "\n".join(" | ".join(r) for r in _rows39) +
        "\n\nMet vriendelijke groet,\nGraveur Vierenzestig\n")
add("group5-html-grid-nl", mail_html(
    "Graveur Vierenzestig <g.vierenzestig@zorggroep-graniet.example.nl>",
    "Aanmelding samenwerkingsverband (5 personen)", "2010-03-25 10:30",
    html_grid11(["Naam", "Organisatie", "Functie", "E-mail"], _rows39,
                intro="Beste secretariaat,\n\nVoor het samenwerkingsverband Wonen met Zorg Haven melden wij de volgende vijf mensen aan. Facturen graag per organisatie naar het eigen hoofdkantoor.",
                outro="Met vriendelijke groet,\nGraveur Vierenzestig"),
    text=_t39, agent="Microsoft Office Outlook 12.0"),
    L("HTML grid of five in two organisations; no invoice address given",
      "register", "nl", people=5, persons=[
          P(name=n, email=e, organisation=o, role=r) for n, o, r, e in _rows39]))

# 040 -- labelled blocks, "Voor alle deelnemers" above
_ia40 = "Jeugdhulp Veldspaat, Postbus 1717, 1300 BS Almere"
add("group2-blocks-nl-owa", owa(
    "Vioolbouwer Negenenzestig <v.negenenzestig@veldspaat.example.nl>",
    "Aanmelding leergang 2 personen", "2010-03-29 13:14",
    """Goedemiddag,

Voor alle deelnemers geldt:
Organisatie: Jeugdhulp Veldspaat
Factuuradres: Jeugdhulp Veldspaat, Postbus 1717, 1300 BS Almere
Kenmerk: JV/OPL/2010/12

Deelnemer 1
Naam: Vioolbouwer Negenenzestig
Functie: gedragswetenschapper
E-mail: v.negenenzestig@veldspaat.example.nl
Telefoon: 036-5470030

Deelnemer 2
Naam: Orgelbouwer Zeventig
Functie: gezinscoach
E-mail: o.zeventig@veldspaat.example.nl
Telefoon: 036-5470044
Dieet: vegetarisch

Met vriendelijke groet,
Vioolbouwer Negenenzestig"""),
    L("labelled blocks with shared details above", "register", "nl",
      people=2, persons=[
          P(name="Vioolbouwer Negenenzestig", email="v.negenenzestig@veldspaat.example.nl",
            organisation="Jeugdhulp Veldspaat", role="gedragswetenschapper",
            phone="036-5470030", invoice_address=_ia40,
            invoice_reference="JV/OPL/2010/12"),
          P(name="Orgelbouwer Zeventig", email="o.zeventig@veldspaat.example.nl",
            organisation="Jeugdhulp Veldspaat", role="gezinscoach",
            phone="036-5470044", diet="vegetarisch", invoice_address=_ia40,
            invoice_reference="JV/OPL/2010/12")]))

# 041 -- a municipal team lead registers four colleagues
add("group4-municipal-nl", outlook2010(
    "Pianostemmer Eenenzeventig <peenenzeventig@almere.nl>", "aanmelding team Wijkaanpak",
    "2010-03-31 08:33",
    """Hallo,

Vanuit team Wijkaanpak (DMO, Gemeente Almere) komen de volgende vier mensen:

Pianostemmer Eenenzeventig - teamleider - peenenzeventig@almere.nl
Poppenspeler Vierenzeventig - wijkmanager Haven - pvierenzeventig@almere.nl
Goochelaar Vijfenzeventig - wijkmanager Buiten - gvijfenzeventig@almere.nl
Koorddanser Zesenzeventig - beleidsmedewerker - kzesenzeventig@almere.nl

Groet,
Pianostemmer
"""), L("municipal team of four, no invoice", "register", "nl", people=4,
        persons=[P(name=n, email=e, organisation="Gemeente Almere", role=r)
                 for n, r, e in [
                     ("Pianostemmer Eenenzeventig", "teamleider", "peenenzeventig@almere.nl"),
                     ("Poppenspeler Vierenzeventig", "wijkmanager Haven", "pvierenzeventig@almere.nl"),
                     ("Goochelaar Vijfenzeventig", "wijkmanager Buiten", "gvijfenzeventig@almere.nl"),
                     ("Koorddanser Zesenzeventig", "beleidsmedewerker", "kzesenzeventig@almere.nl")]]))

# 042 -- "Allen werkzaam bij" prose
add("group3-allen-werkzaam-nl-zimbra", zimbra(
    "Jongleur Zevenenzeventig <j.zevenenzeventig@lavastroom.example.nl>",
    "Inschrijving leergang Almere", "2010-04-06 16:45",
    """Beste organisatie,

Graag schrijf ik drie mensen in: mijzelf (Jongleur Zevenenzeventig, directeur), Zwaardslikker Achtenzeventig (coördinator mantelzorg, z.achtenzeventig@lavastroom.example.nl) en Beiaardier Negenenzeventig (maatschappelijk werker, b.negenenzeventig@lavastroom.example.nl). Allen werkzaam bij Stichting Lavastroom.

De facturen kunnen naar Stichting Lavastroom, Postbus 45, 1300 AA Almere.

Groet,
Jongleur Zevenenzeventig
036 - 534 09 09"""),
    L("three in running text; the writer has her From and keeps her phone",
      "register", "nl", people=3, persons=[
          P(name="Jongleur Zevenenzeventig", email="j.zevenenzeventig@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="directeur",
            phone="036 - 534 09 09",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere"),
          P(name="Zwaardslikker Achtenzeventig", email="z.achtenzeventig@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="coördinator mantelzorg",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere"),
          P(name="Beiaardier Negenenzeventig", email="b.negenenzeventig@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="maatschappelijk werker",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere")]))

# 043 -- English, "my colleague and I"
add("group2-en-prose-colleague", tb(
    "Clockmaker TwentyOne <clockmaker.twentyone@shale-housing.example.org>",
    "Two registrations", "2010-04-08 12:01",
    """Dear all,

My colleague Milliner Ten (milliner.ten@shale-housing.example.org) and I would both like to attend the course. We work at Example Shale Housing, I as tenant participation lead and Milliner as a housing officer.

Invoice for both to Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere.

Thanks,
Clockmaker TwentyOne
+31 36 512 7781"""),
    L("English prose: the writer and a colleague", "register", "en", people=2,
      persons=[P(name="Clockmaker TwentyOne", email="clockmaker.twentyone@shale-housing.example.org",
                 organisation="Example Shale Housing",
                 role="tenant participation lead", phone="+31 36 512 7781",
                 invoice_address="Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere"),
               P(name="Milliner Ten", email="milliner.ten@shale-housing.example.org",
                 organisation="Example Shale Housing", role="housing officer",
                 invoice_address="Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere")]))

# 044 -- three people plus a question
add("group3-question-nl-outlook", outlook(
    "Stadsomroeper Negenduizend <s.negenduizend@hardsteen.example.nl>",
    "Aanmelding + vraag over dag 3", "2010-04-09 10:55",
    """Geachte heer, mevrouw,

Wij melden de volgende drie medewerkers van Thuiszorg Hardsteen aan:

- Stadsomroeper Negenduizend, regiomanager, 036-5290011
- Nachtwaker Eenentachtig, wijkverpleegkundige, n.eenentachtig@hardsteen.example.nl
- Havenmeester Vierentachtig, wijkverpleegkundige, h.vierentachtig@hardsteen.example.nl

Factuuradres voor alle drie: Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere.

Is het mogelijk dat op dag 3 (2 november) iemand anders van ons team komt als een van hen dan verhinderd is? Of moet dat per se dezelfde persoon zijn?

Met vriendelijke groet,
Stadsomroeper Negenduizend"""),
    L("three people and a question about sending someone else on one day",
      "register", "nl", q="yes", people=3, persons=[
          P(name="Stadsomroeper Negenduizend", email="s.negenduizend@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="regiomanager",
            phone="036-5290011",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere"),
          P(name="Nachtwaker Eenentachtig", email="n.eenentachtig@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="wijkverpleegkundige",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere"),
          P(name="Havenmeester Vierentachtig", email="h.vierentachtig@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="wijkverpleegkundige",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere")]))

# 045 -- eight people in a plain-text table
_r45 = [("Hovenier Zes", "wijkcoach", "h.zes@dolomiet.example.nl"),
        ("Klompenmaker Negen", "wijkcoach", "k.negen@dolomiet.example.nl"),
        ("Touwslager Tien", "jongerenwerker", "t.tien@dolomiet.example.nl"),
        ("Pottenbakker Twaalf", "opbouwwerker", "p.twaalf@dolomiet.example.nl"),
        ("Zouter Honderddertig", "sociaal makelaar", "z.honderddertig@dolomiet.example.nl"),
        ("Tapper Honderdzestig", "sociaal makelaar", "t.honderdzestig@dolomiet.example.nl"),
        ("Pâtissier Dertien", "ouderenwerker", "p.dertien@dolomiet.example.nl"),
        ("Scharensliep Elf", "teamleider", "s.elf@dolomiet.example.nl")]
add("group8-text-table-nl-tb", tb(
    "Scharensliep Elf <s.elf@dolomiet.example.nl>",
    "Aanmelding team Stichting Dolomiet (8)", "2010-04-12 09:02",
    """Beste organisatie,

Ons hele team wil graag mee. Ik weet van het maximum van drie tot 11 mei; de rest mag op de wachtlijst en schuift door als dat kan.

Naam                 Functie            E-mail
-------------------  -----------------  ---------------------------------
""" + "\n".join("%-20s %-18s %s" % r for r in _r45) + """

Allen van Stichting Dolomiet, factuuradres Stichting Dolomiet, Postbus 30012, 1303 AA Almere.

Met vriendelijke groet,
Scharensliep Elf
teamleider
"""), L("eight in a column table; shared organisation and invoice below",
        "register", "nl", people=8, persons=[
            P(name=n, email=e, organisation="Stichting Dolomiet", role=r,
              invoice_address="Stichting Dolomiet, Postbus 30012, 1303 AA Almere")
            for n, r, e in _r45]))

# 046 -- the writer and a colleague without an address
add("group2-second-no-address-nl", iphone(
    "Ketelbikker Vijfentachtig <k.vijfentachtig@kiezel.example.org>",
    "Aanmelding leergang", "2010-04-14 17:20",
    """Hoi,

Graag wil ik mezelf en mijn collega Kolenboer Zesentachtig aanmelden. Wij zijn allebei buurtwerker bij Buurtwerk Kiezel. Kolenboer zit deze week op vakantie, zijn mailadres weet ik niet uit m'n hoofd.

Groeten,
Ketelbikker

Verstuurd vanaf mijn iPhone"""),
    L("the second person without an address", "register", "nl", people=2,
      persons=[P(name="Ketelbikker Vijfentachtig", email="k.vijfentachtig@kiezel.example.org",
                 organisation="Buurtwerk Kiezel", role="buurtwerker"),
               P(name="Kolenboer Zesentachtig", organisation="Buurtwerk Kiezel",
                 role="buurtwerker")]))

# 047 -- a volunteer organisation, two people, Hotmail with HTML
add("group2-hotmail-volunteers-nl", hotmail2010(
    "Melkboer Zevenentachtig <melkboer.zevenentachtig@hotmail.example.com>",
    "aanmelding vrijwilligers", "2010-04-15 22:31",
    """Goedenavond,

Wij zijn twee vrijwilligers van Bewonersvereniging De Keien in Almere Stad. Wij willen ons aanmelden:
Melkboer Zevenentachtig, voorzitter, 036-5302211
Bollenkweker Achtentachtig, penningmeester, bollenkweker.achtentachtig@example.nl, 06-24401183

De rekening kan naar Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere.

Groetjes, Melkboer"""),
    L("two volunteers; the writer without an address in the text has her From",
      "register", "nl", people=2, persons=[
          P(name="Melkboer Zevenentachtig", email="melkboer.zevenentachtig@hotmail.example.com",
            organisation="Bewonersvereniging De Keien", role="voorzitter",
            phone="036-5302211",
            invoice_address="Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere"),
          P(name="Bollenkweker Achtentachtig", email="bollenkweker.achtentachtig@example.nl",
            organisation="Bewonersvereniging De Keien", role="penningmeester",
            phone="06-24401183",
            invoice_address="Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere")]))

# 048 -- Zimbra, shared invoice "voor allen" above the names
add("group3-voor-allen-above-nl", zimbra(
    "Schaapherder Negenentachtig <s.negenentachtig@mergelland.example.nl>",
    "Aanmelding leergang", "2010-04-19 11:11",
    """Beste,

Voor allen: Stichting Mergelland, factuur naar Stichting Mergelland, Postbus 711, 1300 AS Almere.

Schaapherder Negenentachtig, teamleider ambulante begeleiding, 036-5332010
Ganzenhoeder Negentig, ambulant begeleider, g.negentig@mergelland.example.nl
Kaasmaker Eenennegentig, ambulant begeleider, k.eenennegentig@mergelland.example.nl

Dank en groet,
Schaapherder"""),
    L("shared details above the names", "register", "nl", people=3, persons=[
        P(name="Schaapherder Negenentachtig", email="s.negenentachtig@mergelland.example.nl",
          organisation="Stichting Mergelland",
          role="teamleider ambulante begeleiding", phone="036-5332010",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere"),
        P(name="Ganzenhoeder Negentig", email="g.negentig@mergelland.example.nl",
          organisation="Stichting Mergelland", role="ambulant begeleider",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere"),
        P(name="Kaasmaker Eenennegentig", email="k.eenennegentig@mergelland.example.nl",
          organisation="Stichting Mergelland", role="ambulant begeleider",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere")]))

# 049 -- a manager registers two staff, not herself
add("group2-not-myself-nl-owa", owa(
    "Bierbrouwer Vierennegentig <b.vierennegentig@zorggroep-graniet.example.nl>",
    "aanmelding twee medewerkers", "2010-04-20 14:04",
    """Beste secretariaat,

Ikzelf kan helaas niet, maar ik meld graag twee medewerkers van Zorggroep Graniet aan:

Naam: Stroopstoker Vijfennegentig
Functie: praktijkverpleegkundige
E-mail: s.vijfennegentig@zorggroep-graniet.example.nl

Naam: Mosterdmaker Zesennegentig
Functie: wijkverpleegkundige
E-mail: m.zesennegentig@zorggroep-graniet.example.nl

Factuur t.a.v. afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere.

Met vriendelijke groet,
Bierbrouwer Vierennegentig
Manager Wijkzorg
036-5309000"""),
    L("two staff registered by their manager, who does not come", "register",
      "nl", people=2, persons=[
          P(name="Stroopstoker Vijfennegentig", email="s.vijfennegentig@zorggroep-graniet.example.nl",
            organisation="Zorggroep Graniet", role="praktijkverpleegkundige",
            invoice_address="afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere"),
          P(name="Mosterdmaker Zesennegentig", email="m.zesennegentig@zorggroep-graniet.example.nl",
            organisation="Zorggroep Graniet", role="wijkverpleegkundige",
            invoice_address="afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere")]))

# 050 -- two colleagues added in reply to the writer's own confirmation
_s50, _b50 = conf_nl("Hoedenmaker Eenenzestig", "Q4ZT8-MW2K7", "Stichting Obsidiaan",
                     "teamleider", "h.eenenzestig@obsidiaan.example.org",
                     ia="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere")
add("group2-reply-own-confirmation-nl", outlook2010(
    "Hoedenmaker Eenenzestig <h.eenenzestig@obsidiaan.example.org>", "RE: " + _s50,
    "2010-04-22 09:37",
    """Dank voor de bevestiging. Twee collega's willen ook graag mee, wilt u hen ook inschrijven?

Suikerbakker Zevenennegentig, opbouwwerker, s.zevenennegentig@obsidiaan.example.org
Wafelbakker Achtennegentig, jongerenwerker, w.achtennegentig@obsidiaan.example.org

Zelfde factuuradres als hieronder.

Groet,
Hoedenmaker""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                               "2010-04-21 16:12", "Hoedenmaker Eenenzestig", _s50,
                               _b50),
    irt=rirt("confirmation", "Q4ZT8-MW2K7")),
    L("two colleagues added in reply to the writer's own confirmation (code in the quote)",
      "register", "nl", code="Q4ZT8-MW2K7", people=2, persons=[
          P(name="Suikerbakker Zevenennegentig", email="s.zevenennegentig@obsidiaan.example.org",
            organisation="Stichting Obsidiaan", role="opbouwwerker",
            invoice_address="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere"),
          P(name="Wafelbakker Achtennegentig", email="w.achtennegentig@obsidiaan.example.org",
            organisation="Stichting Obsidiaan", role="jongerenwerker",
            invoice_address="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere")]))

# 051 -- Lotus Notes, three people, one line each
add("group3-notes-nl", notes(
    "Palingroker Negenennegentig <Palingroker.Negenennegentig@zandsteen.example.org>",
    "Aanmelding leergang Sociale ambities - 3 deelnemers", "2010-04-26 10:18",
    """Goedemorgen,

Hierbij melden wij aan (Stichting Zandsteen):

Palingroker Negenennegentig, manager jeugd, 036-5458040
Oesterkweker Achtduizend, jongerenwerker, o.achtduizend@zandsteen.example.org
Garnalenpeller Tweehonderd, jongerenwerker, g.tweehonderd@zandsteen.example.org

Factuur: Stichting Zandsteen, Postbus 1444, 1300 BK Almere, ref. ZS-JEUGD-10

Met vriendelijke groet,
Palingroker Negenennegentig
"""), L("three lines in Notes; 'ref.' is a label", "register", "nl", people=3,
        persons=[
            P(name="Palingroker Negenennegentig", email="palingroker.negenennegentig@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="manager jeugd",
              phone="036-5458040",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10"),
            P(name="Oesterkweker Achtduizend", email="o.achtduizend@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="jongerenwerker",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10"),
            P(name="Garnalenpeller Tweehonderd", email="g.tweehonderd@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="jongerenwerker",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10")]))

# 052 -- English, two people, "for both" at the end
add("group2-en-for-both-outlook", outlook(
    "Chimneysweep TwentyTwo <c.twentytwo@flint-trust.example.com>",
    "Registration for two", "2010-04-28 15:49",
    """Hi there,

Please register:
Chimneysweep TwentyTwo - Youth worker - c.twentytwo@flint-trust.example.com
Ratcatcher TwentyThree - Youth worker - r.twentythree@flint-trust.example.com

Both Sample Flint Trust; invoice for both to Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere.

Cheers,
Chimneysweep""", lang="EN"),
    L("English pair; shared details after the list", "register", "en",
      people=2, persons=[
          P(name="Chimneysweep TwentyTwo", email="c.twentytwo@flint-trust.example.com",
            organisation="Sample Flint Trust", role="Youth worker",
            invoice_address="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere"),
          P(name="Ratcatcher TwentyThree", email="r.twentythree@flint-trust.example.com",
            organisation="Sample Flint Trust", role="Youth worker",
            invoice_address="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere")]))

# 053 -- Android, terse pair
add("group2-terse-android-nl", android(
    "Netboeter Driehonderd <n.driehonderd@lava-kinderopvang.example.nl>",
    "2 aanmeldingen", "2010-05-03 08:14",
    """Aanmelden graag: Netboeter Driehonderd en Scheepsbouwer Vierhonderd (s.vierhonderd@lava-kinderopvang.example.nl), beiden pedagogisch coach bij Kinderopvang Lava.

Verzonden met K-9 Mail"""),
    L("a terse pair from a phone", "register", "nl", people=2, persons=[
        P(name="Netboeter Driehonderd", email="n.driehonderd@lava-kinderopvang.example.nl",
          organisation="Kinderopvang Lava", role="pedagogisch coach"),
        P(name="Scheepsbouwer Vierhonderd", email="s.vierhonderd@lava-kinderopvang.example.nl",
          organisation="Kinderopvang Lava", role="pedagogisch coach")]))

# 054 -- Apple Mail, a diet per person
add("group3-diets-nl-apple", apple(
    "Sloepenroeier Vijfhonderd <s.vijfhonderd@welzijn-tufsteen.example.nl>",
    "Inschrijving drie collega's", "2010-05-06 13:27",
    """Beste organisatie,

Graag schrijf ik drie collega's van Welzijn Tufsteen in:

Sloepenroeier Vijfhonderd (coördinator), glutenvrij
Voddenman Zeshonderd (ouderenwerker, v.zeshonderd@welzijn-tufsteen.example.nl), vegetarisch
Schillenboer Zevenhonderd (ouderenwerker, s.zevenhonderd@welzijn-tufsteen.example.nl)

Voor alle drie: factuur naar Welzijn Tufsteen, Postbus 50071, 1305 AB Almere, kenmerk WT-OPL-88.

Groet,
Sloepenroeier"""),
    L("diets per person; shared invoice below", "register", "nl", people=3,
      persons=[
          P(name="Sloepenroeier Vijfhonderd", email="s.vijfhonderd@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="coördinator", diet="glutenvrij",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88"),
          P(name="Voddenman Zeshonderd", email="v.zeshonderd@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="ouderenwerker",
            diet="vegetarisch",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88"),
          P(name="Schillenboer Zevenhonderd", email="s.zevenhonderd@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="ouderenwerker",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88")]))

# ---- forwarded registrations ------------------------------------------------

# 055 -- Outlook Dutch forward of a colleague's request
add("fwd-outlook-nl", outlook2010(
    "Doodgraver Achthonderd <d.achthonderd@marmer.example.nl>",
    "FW: aanmelding leergang", "2010-03-18 10:05",
    """Hierbij doorgestuurd, de aanmelding van mijn collega. Zij kon het adres niet vinden.

Doodgraver Achthonderd
Afdeling P&O, Woonstichting Marmer""" + outlook_quote_nl(
        "Kistenmaker Negenhonderd", "woensdag 17 maart 2010 16:40",
        "Doodgraver Achthonderd", "aanmelding leergang",
        """Hoi Doodgraver,

Wil jij mij aanmelden voor die leergang van de gemeente? Gegevens:
Kistenmaker Negenhonderd, wijkconsulent, Woonstichting Marmer
k.negenhonderd@marmer.example.nl / 06-50 22 18 44

Dank je!
Kistenmaker""")),
    L("forward: the participant is in the quoted mail", "register", "nl",
      fwd="yes", people=1, persons=[P(
          name="Kistenmaker Negenhonderd", email="k.negenhonderd@marmer.example.nl",
          organisation="Woonstichting Marmer", role="wijkconsulent",
          phone="06-50 22 18 44")]))

# 056 -- Gmail forward, Dutch interface
add("fwd-gmail-nl", gmail(
    "Houtvester Duizend <houtvester.duizend@gmail.example.com>",
    "Fwd: Inschrijving", "2010-03-26 19:40",
    """Zie hieronder, graag inschrijven.""" + gmail_forward_nl(
        "Houthakker Tweeduizend <houthakker.tweeduizend@krijt.example.nl>", "2010-03-26 15:02",
        "Inschrijving", "Houtvester Duizend <houtvester.duizend@gmail.example.com>",
        """Houtvester,

Kun jij mij inschrijven voor de leergang? Ik ben Houthakker Tweeduizend, coördinator mantelzorg bij Stichting Krijtlijn, tel. 036-5374491.
Factuur naar Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere.

Houthakker""")),
    L("Gmail forward; the participant's address is the forwarded From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Houthakker Tweeduizend", email="houthakker.tweeduizend@krijt.example.nl",
          organisation="Stichting Krijtlijn", role="coördinator mantelzorg",
          phone="036-5374491",
          invoice_address="Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere")]))

# 057 -- Apple Mail forward
add("fwd-apple-nl", apple(
    "Houtzager Drieduizend <h.drieduizend@grind.example.nl>",
    "Fwd: Aanmelding Sociale ambities", "2010-04-07 08:50",
    """Goedemorgen, graag de onderstaande aanmelding verwerken. Groet, Houtzager""" +
    apple_forward_nl("Kolenbrander Vierduizend <k.vierduizend@grind.example.nl>",
                     "2010-04-06 17:20", "Aanmelding Sociale ambities",
                     "Houtzager Drieduizend <h.drieduizend@grind.example.nl>",
                     """Hoi Houtzager,

Ik wil me graag aanmelden voor de leergang.
Kolenbrander Vierduizend
medewerker cliëntondersteuning
Stichting Grindpad
036-5387210

Groetjes, Kolenbrander""")),
    L("Apple Mail forward", "register", "nl", fwd="yes", people=1, persons=[P(
        name="Kolenbrander Vierduizend", email="k.vierduizend@grind.example.nl",
        organisation="Stichting Grindpad", role="medewerker cliëntondersteuning",
        phone="036-5387210")]))

# 058 -- Thunderbird, the original attached as message/rfc822
_in58 = rfc822(["From: Rozenkweker Vijfduizend <r.vijfduizend@hogeschool-kwarts.example.nl>",
                "To: Secretariaat Sociale Studies <sociale.studies@hogeschool-kwarts.example.nl>",
                "Subject: aanmelding leergang gemeente",
                "Date: Mon, 12 Apr 2010 14:11:05 +0200",
                "Message-ID: <4BC30F09.2020807@hogeschool-kwarts.example.nl>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable"],
               qp("""Beste collega's,

Willen jullie mij aanmelden voor de leergang "Almere: Sociale ambities in een groeiende stad"?

Rozenkweker Vijfduizend
lector Stedelijke Samenleving
Hogeschool Kwarts
036 - 520 33 77

Factuur via jullie, zoals gebruikelijk: Hogeschool Kwarts, Financiële Administratie, Postbus 7021, 1300 HA Almere.
"""))
add("fwd-attached-rfc822-tb", fwd_as_attachment(
    "Secretariaat Sociale Studies <sociale.studies@hogeschool-kwarts.example.nl>",
    "Fwd: aanmelding leergang gemeente", "2010-04-13 09:05",
    "Goedemorgen,\n\nIn de bijlage de aanmelding van onze lector. Wilt u haar inschrijven?\n\nMet vriendelijke groet,\nSecretariaat Sociale Studies\n",
    _in58),
    L("forward as an attached message", "register", "nl", fwd="yes",
      people=1, persons=[P(
          name="Rozenkweker Vijfduizend", email="r.vijfduizend@hogeschool-kwarts.example.nl",
          organisation="Hogeschool Kwarts", role="lector Stedelijke Samenleving",
          phone="036 - 520 33 77",
          invoice_address="Hogeschool Kwarts, Financiële Administratie, Postbus 7021, 1300 HA Almere")]))

# 059 -- Lotus Notes forward
add("fwd-notes-nl", notes(
    "Tuinder Zesduizend <Tuinder.Zesduizend@zandsteen.example.org>",
    "Doorsturen: leergang", "2010-04-23 11:42",
    """Ter verwerking.

Tuinder Zesduizend
Secretariaat Stichting Zandsteen""" + notes_forward_nl(
        "Tuinder Zesduizend/Zandsteen", "2010-04-23 11:41",
        "Mattenklopper Zevenduizend/Zandsteen", "Tuinder Zesduizend/Zandsteen@Zandsteen",
        "2010-04-22 16:05", "leergang",
        """Tuinder, wil je mij aanmelden voor de leergang Sociale ambities? Ik ben dan vier dagen weg.
Mattenklopper Zevenduizend, jongerenwerker Haven, mattenklopper.zevenduizend@zandsteen.example.org""")),
    L("Notes forward; the participant gives his address in the text",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Mattenklopper Zevenduizend", email="mattenklopper.zevenduizend@zandsteen.example.org",
          organisation="Stichting Zandsteen", role="jongerenwerker Haven")]))

# 060 -- Outlook English forward
add("fwd-outlook-en", outlook(
    "Ploughman TwentyFour <p.twentyfour@marble-trust.example.com>",
    "FW: Course in Almere", "2010-04-27 14:30",
    """Please see below - Candlemaker would like to join the course. Invoice as before (Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere).

Ploughman""" + outlook_orig_en("Candlemaker TwentySix", "c.twentysix@marble-trust.example.com",
                          "2010-04-27 11:02", "Ploughman TwentyFour", "Course in Almere",
                          """Ploughman,

Could you sign me up for the social ambitions course in June? I'm happy to go to all four days.

Candlemaker TwentySix
Community Officer
Sample Marble Trust
+31 36 700 1192"""), lang="EN"),
    L("English forward; the forwarder adds the invoice address", "register",
      "en", fwd="yes", people=1, persons=[P(
          name="Candlemaker TwentySix", email="c.twentysix@marble-trust.example.com",
          organisation="Sample Marble Trust", role="Community Officer",
          phone="+31 36 700 1192",
          invoice_address="Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere")]))

# 061 -- Thunderbird inline forward of two people
add("fwd-tb-inline-two-nl", tb(
    "Schoenlapper Honderd <s.honderd@stichting-dolomiet.example.nl>",
    "Fwd: aanmelding 2 collega's leergang", "2010-05-04 10:10",
    """Doorgestuurd voor de aanmelding, zie hieronder.

Schoenlapper Honderd
Stichting Dolomiet""" + tb_forward_nl("aanmelding 2 collega's leergang", "2010-05-03 17:00",
                        "Kleermaker Tachtig <k.tachtig@stichting-dolomiet.example.nl>",
                        "Schoenlapper Honderd <s.honderd@stichting-dolomiet.example.nl>",
                        """Schoenlapper,

Lakenverver en ik willen graag naar de leergang:
- Kleermaker Tachtig, maatschappelijk werker, 036-5481140
- Lakenverver Tienduizend, maatschappelijk werker, l.tienduizend@stichting-dolomiet.example.nl, 036-5481141

Groet,
Kleermaker""")),
    L("inline forward of two people", "register", "nl", fwd="yes", people=2,
      persons=[P(name="Kleermaker Tachtig", email="k.tachtig@stichting-dolomiet.example.nl",
                 organisation="Stichting Dolomiet",
                 role="maatschappelijk werker", phone="036-5481140"),
               P(name="Lakenverver Tienduizend",
                 email="l.tienduizend@stichting-dolomiet.example.nl",
                 organisation="Stichting Dolomiet",
                 role="maatschappelijk werker", phone="036-5481141")]))

# 062 -- iPhone forward in English
add("fwd-iphone-en", iphone(
    "Ferryman TwentyFive <ferryman.twentyfive@shale-housing.example.org>",
    "Fwd: Almere course", "2010-05-10 07:58",
    """Please register Glazier, see below.

Sent from my iPhone

Begin forwarded message:

> From: Glazier TwentySeven <glazier.twentyseven@shale-housing.example.org>
> Date: 9 May 2010 21:14:03 GMT+02:00
> To: Ferryman TwentyFive <ferryman.twentyfive@shale-housing.example.org>
> Subject: Almere course
>
> Hi Ferryman, yes please put me down for the course. Glazier TwentySeven, Housing officer, Example Shale Housing. Mobile 06 1987 2210.
> Thanks! G."""),
    L("iPhone forward, quoted with '>'", "register", "en", fwd="yes",
      people=1, persons=[P(
          name="Glazier TwentySeven", email="glazier.twentyseven@shale-housing.example.org",
          organisation="Example Shale Housing", role="Housing officer",
          phone="06 1987 2210")]))
