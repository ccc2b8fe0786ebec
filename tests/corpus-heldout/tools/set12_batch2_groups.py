"""Set 12, batch 2: registrations of two to eight people (035-054) and
forwarded registrations (055-062). Every text and label typed by hand.

Codes of this batch's people:
  Annemiek Basaltink   Q4ZT8-MW2K7   (her confirmation is quoted in 051)
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import add, P, L, conf_nl, rirt, quote, qp  # noqa: F401

# 035 -- numbered list, invoice "voor allen" below
_ia35 = "Stichting Basalt, Postbus 3110, 1300 EC Almere"
add("group3-numbered-nl-outlook", outlook2010(
    "Wendy Basaltink <w.basaltink@basalt.example.nl>",
    "Aanmelding 3 medewerkers Stichting Basalt", "2010-03-15 11:20",
    """Goedemorgen,

Namens Stichting Basalt meld ik de volgende collega's aan voor de leergang:

1. Wendy Basaltink, teamleider, w.basaltink@basalt.example.nl, 036-5401290
2. Okke Steenwijk, buurtwerker, o.steenwijk@basalt.example.nl, 036-5401291
3. Nadia Kiezeloord, jongerenwerker, n.kiezeloord@basalt.example.nl, 036-5401295

Voor allen: factuur naar Stichting Basalt, Postbus 3110, 1300 EC Almere, kenmerk BAS-2010-031.

Met vriendelijke groet,
Wendy Basaltink
"""), L("numbered list, invoice for all below", "register", "nl", people=3,
        persons=[P(name="Wendy Basaltink", email="w.basaltink@basalt.example.nl",
                   organisation="Stichting Basalt", role="teamleider",
                   phone="036-5401290", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031"),
                 P(name="Okke Steenwijk", email="o.steenwijk@basalt.example.nl",
                   organisation="Stichting Basalt", role="buurtwerker",
                   phone="036-5401291", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031"),
                 P(name="Nadia Kiezeloord", email="n.kiezeloord@basalt.example.nl",
                   organisation="Stichting Basalt", role="jongerenwerker",
                   phone="036-5401295", invoice_address=_ia35,
                   invoice_reference="BAS-2010-031")]))

# 036 -- two people, tab-separated, Gmail
add("group2-tabs-nl-gmail", gmail(
    "Rik Puimveld <rik.puimveld@gmail.example.com>", "aanmelding met z'n tweeën",
    "2010-03-17 20:05",
    """Hoi,

Mijn collega en ik willen ons aanmelden. We werken allebei bij Stichting Zeepsteen.

Rik Puimveld\tprojectmedewerker\trik@zeepsteen.example.org\t06-21 33 40 18
Lisa Marmeren\tcoördinator vrijwilligers\tlisa@zeepsteen.example.org\t06-38 10 22 71

Factuur naar Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere.

Groet,
Rik"""),
    L("two people on tabbed lines; organisation and invoice for both",
      "register", "nl", people=2, persons=[
          P(name="Rik Puimveld", email="rik@zeepsteen.example.org",
            organisation="Stichting Zeepsteen", role="projectmedewerker",
            phone="06-21 33 40 18",
            invoice_address="Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere"),
          P(name="Lisa Marmeren", email="lisa@zeepsteen.example.org",
            organisation="Stichting Zeepsteen",
            role="coördinator vrijwilligers", phone="06-38 10 22 71",
            invoice_address="Stichting Zeepsteen, Ravelijn 8, 1312 GS Almere")]))

# 037 -- four people, semicolons, Thunderbird
_o37 = "Woonstichting Kwartsiet"
add("group4-semicolons-nl-tb", tb(
    "Bert Kwartsema <b.kwartsema@kwartsiet.example.nl>",
    "Aanmeldingen leergang", "2010-03-22 09:48",
    """Beste mensen,

Woonstichting Kwartsiet meldt vier medewerkers aan (naam; functie; e-mail):

Bert Kwartsema; wijkconsulent; b.kwartsema@kwartsiet.example.nl
Tineke Zandhoven; wijkconsulent; t.zandhoven@kwartsiet.example.nl
Hamid Steenkamp; sociaal beheerder; h.steenkamp@kwartsiet.example.nl
Joke Leemstra; manager Wonen; j.leemstra@kwartsiet.example.nl

Ik begrijp dat er tot 11 mei maximaal drie per organisatie zijn; zet de vierde dan maar op de wachtlijst.
Factuuradres: Woonstichting Kwartsiet, Postbus 60210, 1320 AE Almere.

Met vriendelijke groet,
Bert Kwartsema
"""), L("four on semicolon lines; the fourth knowingly for the waiting list",
        "register", "nl", people=4, persons=[
            P(name=n, email=e, organisation=_o37, role=r,
              invoice_address="Woonstichting Kwartsiet, Postbus 60210, 1320 AE Almere")
            for n, r, e in [
                ("Bert Kwartsema", "wijkconsulent", "b.kwartsema@kwartsiet.example.nl"),
                ("Tineke Zandhoven", "wijkconsulent", "t.zandhoven@kwartsiet.example.nl"),
                ("Hamid Steenkamp", "sociaal beheerder", "h.steenkamp@kwartsiet.example.nl"),
                ("Joke Leemstra", "manager Wonen", "j.leemstra@kwartsiet.example.nl")]]))

# 038 -- English, bullets, "for all of them" above
_ia38 = "Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere"
add("group3-bullets-en-apple", apple(
    "Grace Pebbleton <grace@marble-trust.example.com>",
    "Registrations - three staff", "2010-03-24 15:12",
    """Hello,

I'd like to register three of our staff. For all of them: Sample Marble Trust, invoice to Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere, reference MT-0419.

- Grace Pebbleton, Head of Services, grace@marble-trust.example.com
- Arthur Cobblestone, Outreach worker, arthur@marble-trust.example.com
- Nell Gravelly, Volunteer coordinator, nell@marble-trust.example.com

Many thanks,
Grace"""),
    L("bullets below a line that holds the shared details", "register", "en",
      people=3, persons=[
          P(name=n, email=e, organisation="Sample Marble Trust", role=r,
            invoice_address=_ia38, invoice_reference="MT-0419")
          for n, r, e in [
              ("Grace Pebbleton", "Head of Services", "grace@marble-trust.example.com"),
              ("Arthur Cobblestone", "Outreach worker", "arthur@marble-trust.example.com"),
              ("Nell Gravelly", "Volunteer coordinator", "nell@marble-trust.example.com")]]))

# 039 -- an HTML grid of five from two organisations (a partnership)
_rows39 = [("Emma Keistra", "Zorggroep Graniet", "wijkverpleegkundige", "e.keistra@zorggroep-graniet.example.nl"),
           ("Ruben Grafiet", "Zorggroep Graniet", "casemanager dementie", "r.grafiet@zorggroep-graniet.example.nl"),
           ("Selma Graniet-Bos", "Zorggroep Graniet", "teamcoach", "s.granietbos@zorggroep-graniet.example.nl"),
           ("Kevin Leisteenhuis", "Welzijn Leisteen", "ouderenwerker", "k.leisteenhuis@leisteen.example.nl"),
           ("Marja Schalieman", "Welzijn Leisteen", "vrijwilligersconsulent", "m.schalieman@leisteen.example.nl")]
_t39 = ("Beste secretariaat,\n\nVoor het samenwerkingsverband Wonen met Zorg Haven melden wij de volgende vijf mensen aan. Facturen graag per organisatie naar het eigen hoofdkantoor.\n\n"
        + "\n".join(" | ".join(r) for r in _rows39) +
        "\n\nMet vriendelijke groet,\nEmma Keistra\n")
add("group5-html-grid-nl", mail_html(
    "Emma Keistra <e.keistra@zorggroep-graniet.example.nl>",
    "Aanmelding samenwerkingsverband (5 personen)", "2010-03-25 10:30",
    html_grid11(["Naam", "Organisatie", "Functie", "E-mail"], _rows39,
                intro="Beste secretariaat,\n\nVoor het samenwerkingsverband Wonen met Zorg Haven melden wij de volgende vijf mensen aan. Facturen graag per organisatie naar het eigen hoofdkantoor.",
                outro="Met vriendelijke groet,\nEmma Keistra"),
    text=_t39, agent="Microsoft Office Outlook 12.0"),
    L("HTML grid of five in two organisations; no invoice address given",
      "register", "nl", people=5, persons=[
          P(name=n, email=e, organisation=o, role=r) for n, o, r, e in _rows39]))

# 040 -- labelled blocks, "Voor alle deelnemers" above
_ia40 = "Jeugdhulp Veldspaat, Postbus 1717, 1300 BS Almere"
add("group2-blocks-nl-owa", owa(
    "Petra Veldspaat-Kok <p.veldspaatkok@veldspaat.example.nl>",
    "Aanmelding leergang 2 personen", "2010-03-29 13:14",
    """Goedemiddag,

Voor alle deelnemers geldt:
Organisatie: Jeugdhulp Veldspaat
Factuuradres: Jeugdhulp Veldspaat, Postbus 1717, 1300 BS Almere
Kenmerk: JV/OPL/2010/12

Deelnemer 1
Naam: Petra Veldspaat-Kok
Functie: gedragswetenschapper
E-mail: p.veldspaatkok@veldspaat.example.nl
Telefoon: 036-5470030

Deelnemer 2
Naam: Mohammed Ertsberg
Functie: gezinscoach
E-mail: m.ertsberg@veldspaat.example.nl
Telefoon: 036-5470044
Dieet: vegetarisch

Met vriendelijke groet,
Petra Veldspaat-Kok"""),
    L("labelled blocks with shared details above", "register", "nl",
      people=2, persons=[
          P(name="Petra Veldspaat-Kok", email="p.veldspaatkok@veldspaat.example.nl",
            organisation="Jeugdhulp Veldspaat", role="gedragswetenschapper",
            phone="036-5470030", invoice_address=_ia40,
            invoice_reference="JV/OPL/2010/12"),
          P(name="Mohammed Ertsberg", email="m.ertsberg@veldspaat.example.nl",
            organisation="Jeugdhulp Veldspaat", role="gezinscoach",
            phone="036-5470044", diet="vegetarisch", invoice_address=_ia40,
            invoice_reference="JV/OPL/2010/12")]))

# 041 -- a municipal team lead registers four colleagues
add("group4-municipal-nl", outlook2010(
    "Anja Kleibeek <akleibeek@almere.nl>", "aanmelding team Wijkaanpak",
    "2010-03-31 08:33",
    """Hallo,

Vanuit team Wijkaanpak (DMO, Gemeente Almere) komen de volgende vier mensen:

Anja Kleibeek - teamleider - akleibeek@almere.nl
Frits Zandvoort - wijkmanager Haven - fzandvoort@almere.nl
Ilona Mergelink - wijkmanager Buiten - imergelink@almere.nl
Sem Brokken - beleidsmedewerker - sbrokken@almere.nl

Groet,
Anja
"""), L("municipal team of four, no invoice", "register", "nl", people=4,
        persons=[P(name=n, email=e, organisation="Gemeente Almere", role=r)
                 for n, r, e in [
                     ("Anja Kleibeek", "teamleider", "akleibeek@almere.nl"),
                     ("Frits Zandvoort", "wijkmanager Haven", "fzandvoort@almere.nl"),
                     ("Ilona Mergelink", "wijkmanager Buiten", "imergelink@almere.nl"),
                     ("Sem Brokken", "beleidsmedewerker", "sbrokken@almere.nl")]]))

# 042 -- "Allen werkzaam bij" prose
add("group3-allen-werkzaam-nl-zimbra", zimbra(
    "Karin Lavendel <k.lavendel@lavastroom.example.nl>",
    "Inschrijving leergang Almere", "2010-04-06 16:45",
    """Beste organisatie,

Graag schrijf ik drie mensen in: mijzelf (Karin Lavendel, directeur), Jan-Willem Tuf (coördinator mantelzorg, jw.tuf@lavastroom.example.nl) en Bettie Kalkman (maatschappelijk werker, b.kalkman@lavastroom.example.nl). Allen werkzaam bij Stichting Lavastroom.

De facturen kunnen naar Stichting Lavastroom, Postbus 45, 1300 AA Almere.

Groet,
Karin Lavendel
036 - 534 09 09"""),
    L("three in running text; the writer has her From and keeps her phone",
      "register", "nl", people=3, persons=[
          P(name="Karin Lavendel", email="k.lavendel@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="directeur",
            phone="036 - 534 09 09",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere"),
          P(name="Jan-Willem Tuf", email="jw.tuf@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="coördinator mantelzorg",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere"),
          P(name="Bettie Kalkman", email="b.kalkman@lavastroom.example.nl",
            organisation="Stichting Lavastroom", role="maatschappelijk werker",
            invoice_address="Stichting Lavastroom, Postbus 45, 1300 AA Almere")]))

# 043 -- English, "my colleague and I"
add("group2-en-prose-colleague", tb(
    "Simon Shale <simon.shale@shale-housing.example.org>",
    "Two registrations", "2010-04-08 12:01",
    """Dear all,

My colleague Rosa Pumice (rosa.pumice@shale-housing.example.org) and I would both like to attend the course. We work at Example Shale Housing, I as tenant participation lead and Rosa as a housing officer.

Invoice for both to Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere.

Thanks,
Simon Shale
+31 36 512 7781"""),
    L("English prose: the writer and a colleague", "register", "en", people=2,
      persons=[P(name="Simon Shale", email="simon.shale@shale-housing.example.org",
                 organisation="Example Shale Housing",
                 role="tenant participation lead", phone="+31 36 512 7781",
                 invoice_address="Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere"),
               P(name="Rosa Pumice", email="rosa.pumice@shale-housing.example.org",
                 organisation="Example Shale Housing", role="housing officer",
                 invoice_address="Example Shale Housing, Finance Department, Randstad 22-01, 1316 BW Almere")]))

# 044 -- three people plus a question
add("group3-question-nl-outlook", outlook(
    "Gijs Hardsteen <g.hardsteen@hardsteen.example.nl>",
    "Aanmelding + vraag over dag 3", "2010-04-09 10:55",
    """Geachte heer, mevrouw,

Wij melden de volgende drie medewerkers van Thuiszorg Hardsteen aan:

- Gijs Hardsteen, regiomanager, 036-5290011
- Wietske Brokje, wijkverpleegkundige, w.brokje@hardsteen.example.nl
- Anton Kiezelstra, wijkverpleegkundige, a.kiezelstra@hardsteen.example.nl

Factuuradres voor alle drie: Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere.

Is het mogelijk dat op dag 3 (2 november) iemand anders van ons team komt als een van hen dan verhinderd is? Of moet dat per se dezelfde persoon zijn?

Met vriendelijke groet,
Gijs Hardsteen"""),
    L("three people and a question about sending someone else on one day",
      "register", "nl", q="yes", people=3, persons=[
          P(name="Gijs Hardsteen", email="g.hardsteen@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="regiomanager",
            phone="036-5290011",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere"),
          P(name="Wietske Brokje", email="w.brokje@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="wijkverpleegkundige",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere"),
          P(name="Anton Kiezelstra", email="a.kiezelstra@hardsteen.example.nl",
            organisation="Thuiszorg Hardsteen", role="wijkverpleegkundige",
            invoice_address="Thuiszorg Hardsteen, Postbus 900, 1300 AX Almere")]))

# 045 -- eight people in a plain-text table
_r45 = [("Ellen Zandsloot", "wijkcoach", "e.zandsloot@dolomiet.example.nl"),
        ("Bram Grintweg", "wijkcoach", "b.grintweg@dolomiet.example.nl"),
        ("Chantal Keienburg", "jongerenwerker", "c.keienburg@dolomiet.example.nl"),
        ("Dirk Mergelsma", "opbouwwerker", "d.mergelsma@dolomiet.example.nl"),
        ("Evi Marmerstein", "sociaal makelaar", "e.marmerstein@dolomiet.example.nl"),
        ("Ferry Slakkenhuis", "sociaal makelaar", "f.slakkenhuis@dolomiet.example.nl"),
        ("Gül Tufanoglu", "ouderenwerker", "g.tufanoglu@dolomiet.example.nl"),
        ("Hein Basaltema", "teamleider", "h.basaltema@dolomiet.example.nl")]
add("group8-text-table-nl-tb", tb(
    "Hein Basaltema <h.basaltema@dolomiet.example.nl>",
    "Aanmelding team Stichting Dolomiet (8)", "2010-04-12 09:02",
    """Beste organisatie,

Ons hele team wil graag mee. Ik weet van het maximum van drie tot 11 mei; de rest mag op de wachtlijst en schuift door als dat kan.

Naam                 Functie            E-mail
-------------------  -----------------  ---------------------------------
""" + "\n".join("%-20s %-18s %s" % r for r in _r45) + """

Allen van Stichting Dolomiet, factuuradres Stichting Dolomiet, Postbus 30012, 1303 AA Almere.

Met vriendelijke groet,
Hein Basaltema
teamleider
"""), L("eight in a column table; shared organisation and invoice below",
        "register", "nl", people=8, persons=[
            P(name=n, email=e, organisation="Stichting Dolomiet", role=r,
              invoice_address="Stichting Dolomiet, Postbus 30012, 1303 AA Almere")
            for n, r, e in _r45]))

# 046 -- the writer and a colleague without an address
add("group2-second-no-address-nl", iphone(
    "Marieke Kiezelbeek <m.kiezelbeek@kiezel.example.org>",
    "Aanmelding leergang", "2010-04-14 17:20",
    """Hoi,

Graag wil ik mezelf en mijn collega Dennis Steenmeijer aanmelden. Wij zijn allebei buurtwerker bij Buurtwerk Kiezel. Dennis zit deze week op vakantie, zijn mailadres weet ik niet uit m'n hoofd.

Groeten,
Marieke

Verstuurd vanaf mijn iPhone"""),
    L("the second person without an address", "register", "nl", people=2,
      persons=[P(name="Marieke Kiezelbeek", email="m.kiezelbeek@kiezel.example.org",
                 organisation="Buurtwerk Kiezel", role="buurtwerker"),
               P(name="Dennis Steenmeijer", organisation="Buurtwerk Kiezel",
                 role="buurtwerker")]))

# 047 -- a volunteer organisation, two people, Hotmail with HTML
add("group2-hotmail-volunteers-nl", hotmail2010(
    "Truus Grindel <truus.grindel@hotmail.example.com>",
    "aanmelding vrijwilligers", "2010-04-15 22:31",
    """Goedenavond,

Wij zijn twee vrijwilligers van Bewonersvereniging De Keien in Almere Stad. Wij willen ons aanmelden:
Truus Grindel, voorzitter, 036-5302211
Henk Brokkeling, penningmeester, henk.brokkeling@example.nl, 06-24401183

De rekening kan naar Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere.

Groetjes, Truus"""),
    L("two volunteers; the writer without an address in the text has her From",
      "register", "nl", people=2, persons=[
          P(name="Truus Grindel", email="truus.grindel@hotmail.example.com",
            organisation="Bewonersvereniging De Keien", role="voorzitter",
            phone="036-5302211",
            invoice_address="Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere"),
          P(name="Henk Brokkeling", email="henk.brokkeling@example.nl",
            organisation="Bewonersvereniging De Keien", role="penningmeester",
            phone="06-24401183",
            invoice_address="Bewonersvereniging De Keien, p/a Keienpad 7, 1324 TR Almere")]))

# 048 -- Zimbra, shared invoice "voor allen" above the names
add("group3-voor-allen-above-nl", zimbra(
    "Inge Kalksma <i.kalksma@mergelland.example.nl>",
    "Aanmelding leergang", "2010-04-19 11:11",
    """Beste,

Voor allen: Stichting Mergelland, factuur naar Stichting Mergelland, Postbus 711, 1300 AS Almere.

Inge Kalksma, teamleider ambulante begeleiding, 036-5332010
Robin Mergelink, ambulant begeleider, r.mergelink@mergelland.example.nl
Saskia Tufsma, ambulant begeleider, s.tufsma@mergelland.example.nl

Dank en groet,
Inge"""),
    L("shared details above the names", "register", "nl", people=3, persons=[
        P(name="Inge Kalksma", email="i.kalksma@mergelland.example.nl",
          organisation="Stichting Mergelland",
          role="teamleider ambulante begeleiding", phone="036-5332010",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere"),
        P(name="Robin Mergelink", email="r.mergelink@mergelland.example.nl",
          organisation="Stichting Mergelland", role="ambulant begeleider",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere"),
        P(name="Saskia Tufsma", email="s.tufsma@mergelland.example.nl",
          organisation="Stichting Mergelland", role="ambulant begeleider",
          invoice_address="Stichting Mergelland, Postbus 711, 1300 AS Almere")]))

# 049 -- a manager registers two staff, not herself
add("group2-not-myself-nl-owa", owa(
    "Carla Graniet <c.graniet@zorggroep-graniet.example.nl>",
    "aanmelding twee medewerkers", "2010-04-20 14:04",
    """Beste secretariaat,

Ikzelf kan helaas niet, maar ik meld graag twee medewerkers van Zorggroep Graniet aan:

Naam: Fleur Steenhart
Functie: praktijkverpleegkundige
E-mail: f.steenhart@zorggroep-graniet.example.nl

Naam: Jochem Kiezer
Functie: wijkverpleegkundige
E-mail: j.kiezer@zorggroep-graniet.example.nl

Factuur t.a.v. afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere.

Met vriendelijke groet,
Carla Graniet
Manager Wijkzorg
036-5309000"""),
    L("two staff registered by their manager, who does not come", "register",
      "nl", people=2, persons=[
          P(name="Fleur Steenhart", email="f.steenhart@zorggroep-graniet.example.nl",
            organisation="Zorggroep Graniet", role="praktijkverpleegkundige",
            invoice_address="afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere"),
          P(name="Jochem Kiezer", email="j.kiezer@zorggroep-graniet.example.nl",
            organisation="Zorggroep Graniet", role="wijkverpleegkundige",
            invoice_address="afdeling Opleidingen, Zorggroep Graniet, Postbus 300, 1300 AH Almere")]))

# 050 -- two colleagues added in reply to the writer's own confirmation
_s50, _b50 = conf_nl("Annemiek Basaltink", "Q4ZT8-MW2K7", "Stichting Obsidiaan",
                     "teamleider", "a.basaltink@obsidiaan.example.org",
                     ia="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere")
add("group2-reply-own-confirmation-nl", outlook2010(
    "Annemiek Basaltink <a.basaltink@obsidiaan.example.org>", "RE: " + _s50,
    "2010-04-22 09:37",
    """Dank voor de bevestiging. Twee collega's willen ook graag mee, wilt u hen ook inschrijven?

Thijs Obbink, opbouwwerker, t.obbink@obsidiaan.example.org
Naima Keizer, jongerenwerker, n.keizer@obsidiaan.example.org

Zelfde factuuradres als hieronder.

Groet,
Annemiek""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                               "2010-04-21 16:12", "Annemiek Basaltink", _s50,
                               _b50),
    irt=rirt("confirmation", "Q4ZT8-MW2K7")),
    L("two colleagues added in reply to the writer's own confirmation (code in the quote)",
      "register", "nl", code="Q4ZT8-MW2K7", people=2, persons=[
          P(name="Thijs Obbink", email="t.obbink@obsidiaan.example.org",
            organisation="Stichting Obsidiaan", role="opbouwwerker",
            invoice_address="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere"),
          P(name="Naima Keizer", email="n.keizer@obsidiaan.example.org",
            organisation="Stichting Obsidiaan", role="jongerenwerker",
            invoice_address="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere")]))

# 051 -- Lotus Notes, three people, one line each
add("group3-notes-nl", notes(
    "Wim Zandsteeg <Wim.Zandsteeg@zandsteen.example.org>",
    "Aanmelding leergang Sociale ambities - 3 deelnemers", "2010-04-26 10:18",
    """Goedemorgen,

Hierbij melden wij aan (Stichting Zandsteen):

Wim Zandsteeg, manager jeugd, 036-5458040
Ayla Grindbaan, jongerenwerker, a.grindbaan@zandsteen.example.org
Koen Keyser, jongerenwerker, k.keyser@zandsteen.example.org

Factuur: Stichting Zandsteen, Postbus 1444, 1300 BK Almere, ref. ZS-JEUGD-10

Met vriendelijke groet,
Wim Zandsteeg
"""), L("three lines in Notes; 'ref.' is a label", "register", "nl", people=3,
        persons=[
            P(name="Wim Zandsteeg", email="wim.zandsteeg@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="manager jeugd",
              phone="036-5458040",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10"),
            P(name="Ayla Grindbaan", email="a.grindbaan@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="jongerenwerker",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10"),
            P(name="Koen Keyser", email="k.keyser@zandsteen.example.org",
              organisation="Stichting Zandsteen", role="jongerenwerker",
              invoice_address="Stichting Zandsteen, Postbus 1444, 1300 BK Almere",
              invoice_reference="ZS-JEUGD-10")]))

# 052 -- English, two people, "for both" at the end
add("group2-en-for-both-outlook", outlook(
    "Olivia Flintham <o.flintham@flint-trust.example.com>",
    "Registration for two", "2010-04-28 15:49",
    """Hi there,

Please register:
Olivia Flintham - Youth worker - o.flintham@flint-trust.example.com
Ben Quartzley - Youth worker - b.quartzley@flint-trust.example.com

Both Sample Flint Trust; invoice for both to Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere.

Cheers,
Olivia""", lang="EN"),
    L("English pair; shared details after the list", "register", "en",
      people=2, persons=[
          P(name="Olivia Flintham", email="o.flintham@flint-trust.example.com",
            organisation="Sample Flint Trust", role="Youth worker",
            invoice_address="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere"),
          P(name="Ben Quartzley", email="b.quartzley@flint-trust.example.com",
            organisation="Sample Flint Trust", role="Youth worker",
            invoice_address="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere")]))

# 053 -- Android, terse pair
add("group2-terse-android-nl", android(
    "Jesse Leemkuil <j.leemkuil@lava-kinderopvang.example.nl>",
    "2 aanmeldingen", "2010-05-03 08:14",
    """Aanmelden graag: Jesse Leemkuil en Sophie Grauwacke (s.grauwacke@lava-kinderopvang.example.nl), beiden pedagogisch coach bij Kinderopvang Lava.

Verzonden met K-9 Mail"""),
    L("a terse pair from a phone", "register", "nl", people=2, persons=[
        P(name="Jesse Leemkuil", email="j.leemkuil@lava-kinderopvang.example.nl",
          organisation="Kinderopvang Lava", role="pedagogisch coach"),
        P(name="Sophie Grauwacke", email="s.grauwacke@lava-kinderopvang.example.nl",
          organisation="Kinderopvang Lava", role="pedagogisch coach")]))

# 054 -- Apple Mail, a diet per person
add("group3-diets-nl-apple", apple(
    "Marco Obsidiaan <m.obsidiaan@welzijn-tufsteen.example.nl>",
    "Inschrijving drie collega's", "2010-05-06 13:27",
    """Beste organisatie,

Graag schrijf ik drie collega's van Welzijn Tufsteen in:

Marco Obsidiaan (coördinator), glutenvrij
Dunya Kalkan (ouderenwerker, d.kalkan@welzijn-tufsteen.example.nl), vegetarisch
Lars Leisteen (ouderenwerker, l.leisteen@welzijn-tufsteen.example.nl)

Voor alle drie: factuur naar Welzijn Tufsteen, Postbus 50071, 1305 AB Almere, kenmerk WT-OPL-88.

Groet,
Marco"""),
    L("diets per person; shared invoice below", "register", "nl", people=3,
      persons=[
          P(name="Marco Obsidiaan", email="m.obsidiaan@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="coördinator", diet="glutenvrij",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88"),
          P(name="Dunya Kalkan", email="d.kalkan@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="ouderenwerker",
            diet="vegetarisch",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88"),
          P(name="Lars Leisteen", email="l.leisteen@welzijn-tufsteen.example.nl",
            organisation="Welzijn Tufsteen", role="ouderenwerker",
            invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
            invoice_reference="WT-OPL-88")]))

# ---- forwarded registrations ------------------------------------------------

# 055 -- Outlook Dutch forward of a colleague's request
add("fwd-outlook-nl", outlook2010(
    "Judith Steenbakker <j.steenbakker@marmer.example.nl>",
    "FW: aanmelding leergang", "2010-03-18 10:05",
    """Hierbij doorgestuurd, de aanmelding van mijn collega. Zij kon het adres niet vinden.

Judith Steenbakker
Afdeling P&O, Woonstichting Marmer""" + outlook_quote_nl(
        "Mila Marmerhof", "woensdag 17 maart 2010 16:40",
        "Judith Steenbakker", "aanmelding leergang",
        """Hoi Judith,

Wil jij mij aanmelden voor die leergang van de gemeente? Gegevens:
Mila Marmerhof, wijkconsulent, Woonstichting Marmer
m.marmerhof@marmer.example.nl / 06-50 22 18 44

Dank je!
Mila""")),
    L("forward: the participant is in the quoted mail", "register", "nl",
      fwd="yes", people=1, persons=[P(
          name="Mila Marmerhof", email="m.marmerhof@marmer.example.nl",
          organisation="Woonstichting Marmer", role="wijkconsulent",
          phone="06-50 22 18 44")]))

# 056 -- Gmail forward, Dutch interface
add("fwd-gmail-nl", gmail(
    "Teun Krijtenberg <teun.krijtenberg@gmail.example.com>",
    "Fwd: Inschrijving", "2010-03-26 19:40",
    """Zie hieronder, graag inschrijven.""" + gmail_forward_nl(
        "Ans Kalkhaven <ans.kalkhaven@krijt.example.nl>", "2010-03-26 15:02",
        "Inschrijving", "Teun Krijtenberg <teun.krijtenberg@gmail.example.com>",
        """Teun,

Kun jij mij inschrijven voor de leergang? Ik ben Ans Kalkhaven, coördinator mantelzorg bij Stichting Krijtlijn, tel. 036-5374491.
Factuur naar Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere.

Ans""")),
    L("Gmail forward; the participant's address is the forwarded From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Ans Kalkhaven", email="ans.kalkhaven@krijt.example.nl",
          organisation="Stichting Krijtlijn", role="coördinator mantelzorg",
          phone="036-5374491",
          invoice_address="Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere")]))

# 057 -- Apple Mail forward
add("fwd-apple-nl", apple(
    "Rachid Grintveld <r.grintveld@grind.example.nl>",
    "Fwd: Aanmelding Sociale ambities", "2010-04-07 08:50",
    """Goedemorgen, graag de onderstaande aanmelding verwerken. Groet, Rachid""" +
    apple_forward_nl("Bea Grindhuis <b.grindhuis@grind.example.nl>",
                     "2010-04-06 17:20", "Aanmelding Sociale ambities",
                     "Rachid Grintveld <r.grintveld@grind.example.nl>",
                     """Hoi Rachid,

Ik wil me graag aanmelden voor de leergang.
Bea Grindhuis
medewerker cliëntondersteuning
Stichting Grindpad
036-5387210

Groetjes, Bea""")),
    L("Apple Mail forward", "register", "nl", fwd="yes", people=1, persons=[P(
        name="Bea Grindhuis", email="b.grindhuis@grind.example.nl",
        organisation="Stichting Grindpad", role="medewerker cliëntondersteuning",
        phone="036-5387210")]))

# 058 -- Thunderbird, the original attached as message/rfc822
_in58 = rfc822(["From: Vera Kwartsveld <v.kwartsveld@hogeschool-kwarts.example.nl>",
                "To: Secretariaat Sociale Studies <sociale.studies@hogeschool-kwarts.example.nl>",
                "Subject: aanmelding leergang gemeente",
                "Date: Mon, 12 Apr 2010 14:11:05 +0200",
                "Message-ID: <4BC30F09.2020807@hogeschool-kwarts.example.nl>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable"],
               qp("""Beste collega's,

Willen jullie mij aanmelden voor de leergang "Almere: Sociale ambities in een groeiende stad"?

Vera Kwartsveld
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
          name="Vera Kwartsveld", email="v.kwartsveld@hogeschool-kwarts.example.nl",
          organisation="Hogeschool Kwarts", role="lector Stedelijke Samenleving",
          phone="036 - 520 33 77",
          invoice_address="Hogeschool Kwarts, Financiële Administratie, Postbus 7021, 1300 HA Almere")]))

# 059 -- Lotus Notes forward
add("fwd-notes-nl", notes(
    "Ria Zandduin <Ria.Zandduin@zandsteen.example.org>",
    "Doorsturen: leergang", "2010-04-23 11:42",
    """Ter verwerking.

Ria Zandduin
Secretariaat Stichting Zandsteen""" + notes_forward_nl(
        "Ria Zandduin/Zandsteen", "2010-04-23 11:41",
        "Milan Steenwerf/Zandsteen", "Ria Zandduin/Zandsteen@Zandsteen",
        "2010-04-22 16:05", "leergang",
        """Ria, wil je mij aanmelden voor de leergang Sociale ambities? Ik ben dan vier dagen weg.
Milan Steenwerf, jongerenwerker Haven, milan.steenwerf@zandsteen.example.org""")),
    L("Notes forward; the participant gives his address in the text",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Milan Steenwerf", email="milan.steenwerf@zandsteen.example.org",
          organisation="Stichting Zandsteen", role="jongerenwerker Haven")]))

# 060 -- Outlook English forward
add("fwd-outlook-en", outlook(
    "Helen Marbleby <h.marbleby@marble-trust.example.com>",
    "FW: Course in Almere", "2010-04-27 14:30",
    """Please see below - Daniel would like to join the course. Invoice as before (Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere).

Helen""" + outlook_orig_en("Daniel Chalkwright", "d.chalkwright@marble-trust.example.com",
                          "2010-04-27 11:02", "Helen Marbleby", "Course in Almere",
                          """Helen,

Could you sign me up for the social ambitions course in June? I'm happy to go to all four days.

Daniel Chalkwright
Community Officer
Sample Marble Trust
+31 36 700 1192"""), lang="EN"),
    L("English forward; the forwarder adds the invoice address", "register",
      "en", fwd="yes", people=1, persons=[P(
          name="Daniel Chalkwright", email="d.chalkwright@marble-trust.example.com",
          organisation="Sample Marble Trust", role="Community Officer",
          phone="+31 36 700 1192",
          invoice_address="Sample Marble Trust, 12 Weerwater Lane, 1325 PA Almere")]))

# 061 -- Thunderbird inline forward of two people
add("fwd-tb-inline-two-nl", tb(
    "Paul Dolomietstra <p.dolomietstra@stichting-dolomiet.example.nl>",
    "Fwd: aanmelding 2 collega's leergang", "2010-05-04 10:10",
    """Doorgestuurd voor de aanmelding, zie hieronder.

Paul Dolomietstra
Stichting Dolomiet""" + tb_forward_nl("aanmelding 2 collega's leergang", "2010-05-03 17:00",
                        "Jolanda Kalkweg <j.kalkweg@stichting-dolomiet.example.nl>",
                        "Paul Dolomietstra <p.dolomietstra@stichting-dolomiet.example.nl>",
                        """Paul,

Nina en ik willen graag naar de leergang:
- Jolanda Kalkweg, maatschappelijk werker, 036-5481140
- Nina Zwerfsteen, maatschappelijk werker, n.zwerfsteen@stichting-dolomiet.example.nl, 036-5481141

Groet,
Jolanda""")),
    L("inline forward of two people", "register", "nl", fwd="yes", people=2,
      persons=[P(name="Jolanda Kalkweg", email="j.kalkweg@stichting-dolomiet.example.nl",
                 organisation="Stichting Dolomiet",
                 role="maatschappelijk werker", phone="036-5481140"),
               P(name="Nina Zwerfsteen",
                 email="n.zwerfsteen@stichting-dolomiet.example.nl",
                 organisation="Stichting Dolomiet",
                 role="maatschappelijk werker", phone="036-5481141")]))

# 062 -- iPhone forward in English
add("fwd-iphone-en", iphone(
    "Mark Slatery <mark.slatery@shale-housing.example.org>",
    "Fwd: Almere course", "2010-05-10 07:58",
    """Please register Joyce, see below.

Sent from my iPhone

Begin forwarded message:

> From: Joyce Gneissen <joyce.gneissen@shale-housing.example.org>
> Date: 9 May 2010 21:14:03 GMT+02:00
> To: Mark Slatery <mark.slatery@shale-housing.example.org>
> Subject: Almere course
>
> Hi Mark, yes please put me down for the course. Joyce Gneissen, Housing officer, Example Shale Housing. Mobile 06 1987 2210.
> Thanks! J."""),
    L("iPhone forward, quoted with '>'", "register", "en", fwd="yes",
      people=1, persons=[P(
          name="Joyce Gneissen", email="joyce.gneissen@shale-housing.example.org",
          organisation="Example Shale Housing", role="Housing officer",
          phone="06 1987 2210")]))
