"""Set 11, batch 2: registrations of several people, and forwarded ones.

Every message text and every label below is typed by hand.
"""
from set11_lib import *  # noqa: F401,F403
from set11_lib import (add, L, P, outlook, outlook2010, outlook365, gmail,
                       gmail2, apple, macmail, tb, tb115, notes, zimbra,
                       owa, mail_html, html_grid11, html_table11, ios,
                       roundcube, provider_webmail, fastmail, winmail,
                       outlookcom, oe, gw_reply, conf_nl, rirt, quote,
                       ol2010_quote_nl, outlook_quote_nl, gmail_forward_nl,
                       apple_forward_nl, notes_forward_nl, outlook_orig_en,
                       zimbra_forward_nl, tb_forward_nl, o365_quote_nl,
                       fwd_as_attachment, rfc822, d, alt_mail, iphone,
                       when_nl)

# 35
add("numbered-three-one-invoice", outlook2010(
    "Marjan Teunissen <m.teunissen@blauwborst.example.nl>",
    "Aanmelding 3 medewerkers leergang", "2010-03-03 10:14",
    """Beste secretariaat,

Namens Stichting Blauwborst meld ik de volgende drie medewerkers aan voor de leergang deSTADSWIJKstudies:

1. Rianne Veldkamp, coördinator buurtnetwerken, r.veldkamp@blauwborst.example.nl, 036 555 4101
2. Hasan Yilmaz, opbouwwerker, h.yilmaz@blauwborst.example.nl, 036 555 4107
3. Claudia Meijer, beleidsmedewerker, c.meijer@blauwborst.example.nl, 036 555 4112

Eén factuur voor alle drie graag naar: Stichting Blauwborst, Postbus 10120, 1301 AC Almere, o.v.v. kostenplaats 4410.

Met vriendelijke groet,

Marjan Teunissen
Directeur Stichting Blauwborst
036 555 4100
"""), L("a director registers three staff in a numbered list; the shared "
        "invoice goes to all three; her own phone is not theirs",
        "register", "nl", people=3, persons=[
            P(name="Rianne Veldkamp", email="r.veldkamp@blauwborst.example.nl",
              organisation="Stichting Blauwborst",
              role="coördinator buurtnetwerken", phone="036 555 4101",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410"),
            P(name="Hasan Yilmaz", email="h.yilmaz@blauwborst.example.nl",
              organisation="Stichting Blauwborst", role="opbouwwerker",
              phone="036 555 4107",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410"),
            P(name="Claudia Meijer", email="c.meijer@blauwborst.example.nl",
              organisation="Stichting Blauwborst", role="beleidsmedewerker",
              phone="036 555 4112",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410")]))

# 36
_rows = [("Jeroen Pauw", "teamleider jeugd", "j.pauw@grauwegans.example.nl", "vegetarisch"),
         ("Esther Lammers", "ambulant hulpverlener", "e.lammers@grauwegans.example.nl", ""),
         ("Kofi Mensah", "gezinsmanager", "k.mensah@grauwegans.example.nl", "halal"),
         ("Liesbeth Kok", "gedragswetenschapper", "l.kok@grauwegans.example.nl", "")]
_txt = """Goedemiddag,

Hierbij meld ik namens Jeugdzorg De Grauwe Gans vier collega's aan voor de leergang:

Naam\tFunctie\tE-mail\tDieet
""" + "\n".join("\t".join(r) for r in _rows) + """

Voor allen geldt:
Organisatie: Jeugdzorg De Grauwe Gans
Factuuradres: Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere
Inkoopnummer: IO-10-1187

Met vriendelijke groet,
Anja Rietveld
P&O-adviseur
Jeugdzorg De Grauwe Gans
"""
add("hr-grid-four-voor-allen", outlook365(
    "Anja Rietveld <a.rietveld@grauwegans.example.nl>",
    "Aanmelding 4 deelnemers DSWS Almere", "2010-03-04 13:35", _txt,
    html=html_grid11(["Naam", "Functie", "E-mail", "Dieet"], _rows,
                     intro="Goedemiddag,\n\nHierbij meld ik namens Jeugdzorg De Grauwe Gans vier collega's aan voor de leergang:",
                     outro="Voor allen geldt:\nOrganisatie: Jeugdzorg De Grauwe Gans\nFactuuradres: Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere\nInkoopnummer: IO-10-1187\n\nMet vriendelijke groet,\nAnja Rietveld\nP&O-adviseur\nJeugdzorg De Grauwe Gans")),
    L("HR registers four in a table (tabs in the text, a grid in the HTML); "
      "organisation and invoice stated once 'voor allen'; empty diet cells "
      "are no diet", "register", "nl", people=4, persons=[
          P(name="Jeroen Pauw", email="j.pauw@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="teamleider jeugd",
            diet="vegetarisch",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Esther Lammers", email="e.lammers@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="ambulant hulpverlener",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Kofi Mensah", email="k.mensah@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="gezinsmanager",
            diet="halal",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Liesbeth Kok", email="l.kok@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="gedragswetenschapper",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187")]))

# 37
add("colleague-and-i-prose", gmail2(
    "Mirjam Hofman <mirjam.hofman@kwelder.example.org>",
    "Aanmelding leergang (2 personen)", "2010-03-05 09:09",
    """Goedemorgen,

Mijn collega Niels de Ruiter en ik willen ons graag aanmelden voor de leergang "Almere: Sociale ambities in een groeiende stad". We werken allebei als wijkcoach bij Welzijn De Kwelder in Almere Haven. Niels is te bereiken via n.deruiter@kwelder.example.org.

De factuur voor ons tweeën graag naar Welzijn De Kwelder, Sluis 12, 1357 NZ Almere.

Hartelijke groet,

Mirjam Hofman
Welzijn De Kwelder
06 555 18 240
"""), L("'Mijn collega ... en ik' in prose; 'allebei als wijkcoach'; the "
        "writer keeps her signature phone to herself",
        "register", "nl", people=2, persons=[
            P(name="Mirjam Hofman", email="mirjam.hofman@kwelder.example.org",
              organisation="Welzijn De Kwelder", role="wijkcoach",
              phone="06 555 18 240",
              invoice_address="Welzijn De Kwelder, Sluis 12, 1357 NZ Almere"),
            P(name="Niels de Ruiter", email="n.deruiter@kwelder.example.org",
              organisation="Welzijn De Kwelder", role="wijkcoach",
              invoice_address="Welzijn De Kwelder, Sluis 12, 1357 NZ Almere")]))

# 38
add("municipal-teamlead-five", notes(
    "Corine Baars/DMO/Almere <cbaars@almere.nl>",
    "Aanmelding team Wijkzaken voor leergang", "2010-03-08 16:02",
    """Beste collega's van het secretariaat,

Ik meld vijf medewerkers van mijn team Wijkzaken aan voor de leergang. Zelf kan ik helaas niet, vanwege het bestuurlijk overleg op die dinsdagen.

- Marco Groen, wijkmanager Almere Buiten, mgroen@almere.nl
- Saskia van Dam, wijkmanager Almere Poort, svandam@almere.nl
- Remco Jacobs, gebiedsregisseur, rjacobs@almere.nl
- Nadia Bouzid, wijkadviseur, nbouzid@almere.nl
- Tim Hoogland, projectleider leefbaarheid, thoogland@almere.nl

Alle vijf zijn van de gemeente Almere, dus een factuur is niet nodig.

Groet,
Corine Baars
teamleider Wijkzaken, gemeente Almere
036-5554000
"""), L("a municipal team lead registers five of her team (not herself); "
        "no invoice; her phone is hers", "register", "nl", people=5, persons=[
            P(name="Marco Groen", email="mgroen@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager Almere Buiten"),
            P(name="Saskia van Dam", email="svandam@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager Almere Poort"),
            P(name="Remco Jacobs", email="rjacobs@almere.nl",
              organisation="Gemeente Almere", role="gebiedsregisseur"),
            P(name="Nadia Bouzid", email="nbouzid@almere.nl",
              organisation="Gemeente Almere", role="wijkadviseur"),
            P(name="Tim Hoogland", email="thoogland@almere.nl",
              organisation="Gemeente Almere", role="projectleider leefbaarheid")]))

# 39
add("english-both-of-us", macmail(
    "Oliver Grant <oliver.grant@curlew.example.com>",
    "Two registrations - Sample Curlew Trust", "2010-03-09 12:20",
    """Dear course team,

Please register both of us from Sample Curlew Trust for the Almere course:

- Oliver Grant, programme manager (oliver.grant@curlew.example.com)
- Priya Raman, community researcher (priya.raman@curlew.example.com)

Priya is vegetarian. One invoice for both of us to Sample Curlew Trust,
Finance Office, Weerwater 40, 1316 AA Almere, reference PO 5521-B.

Best wishes,
Oliver Grant
Sample Curlew Trust
+31 36 555 7725
"""), L("English, two in a list, 'one invoice for both of us'; the writer is "
        "one of the two and keeps his phone", "register", "en", people=2,
        persons=[
            P(name="Oliver Grant", email="oliver.grant@curlew.example.com",
              organisation="Sample Curlew Trust", role="programme manager",
              phone="+31 36 555 7725",
              invoice_address="Sample Curlew Trust, Finance Office, Weerwater 40, 1316 AA Almere",
              invoice_reference="PO 5521-B"),
            P(name="Priya Raman", email="priya.raman@curlew.example.com",
              organisation="Sample Curlew Trust", role="community researcher",
              diet="vegetarian",
              invoice_address="Sample Curlew Trust, Finance Office, Weerwater 40, 1316 AA Almere",
              invoice_reference="PO 5521-B")]))

# 40
add("three-blocks-shared-below", tb115(
    "Secretariaat Zorgcentrum De Vlier <secretariaat@devlier.example.nl>",
    "Aanmeldingen leergang deSTADSWIJKstudies", "2010-03-10 11:45",
    """Geachte heer/mevrouw,

Hierbij melden wij drie medewerkers aan.

Deelnemer 1
Naam: Henk Brink
Functie: manager zorg en welzijn
E-mail: h.brink@devlier.example.nl
Telefoon: 036 555 6301

Deelnemer 2
Naam: Sevda Arslan
Functie: welzijnscoördinator
E-mail: s.arslan@devlier.example.nl
Telefoon: 036 555 6318
Dieet: geen varkensvlees

Deelnemer 3
Naam: Lia Groenewoud
Functie: vrijwilligerscoördinator
E-mail: l.groenewoud@devlier.example.nl

Voor alle deelnemers:
Organisatie: Zorgcentrum De Vlier
Factuuradres: Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere
Referentie: 2010/DSWS/03

Met vriendelijke groet,
namens de directie,
Secretariaat Zorgcentrum De Vlier
"""), L("three labelled blocks, the shared details once under 'Voor alle "
        "deelnemers:'; a general mailbox sends it", "register", "nl",
        people=3, persons=[
            P(name="Henk Brink", email="h.brink@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="manager zorg en welzijn",
              phone="036 555 6301",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03"),
            P(name="Sevda Arslan", email="s.arslan@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="welzijnscoördinator",
              phone="036 555 6318", diet="geen varkensvlees",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03"),
            P(name="Lia Groenewoud", email="l.groenewoud@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="vrijwilligerscoördinator",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03")]))

# 41
add("semicolon-rows-header", tb(
    "Frank Timmer <f.timmer@dijkgraaf-wonen.example.nl>",
    "aanmelding 4 pers.", "2010-03-11 14:58",
    """Hallo,

Graag de volgende vier mensen van Woningcorporatie Dijkgraaf aanmelden:

naam; functie; e-mail; telefoon
Frank Timmer; manager wonen; f.timmer@dijkgraaf-wonen.example.nl; 036 555 9901
Ayla Demir; woonconsulent; a.demir@dijkgraaf-wonen.example.nl; 036 555 9914
Bas Kloosterman; leefbaarheidsconsulent; b.kloosterman@dijkgraaf-wonen.example.nl; 036 555 9920
Inge Roos; sociaal beheerder; i.roos@dijkgraaf-wonen.example.nl; 036 555 9931

Factuur: Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere.

Groet,
Frank
"""), L("four semicolon rows under a header row, the writer among them",
        "register", "nl", people=4, persons=[
            P(name="Frank Timmer", email="f.timmer@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="manager wonen",
              phone="036 555 9901",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Ayla Demir", email="a.demir@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="woonconsulent",
              phone="036 555 9914",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Bas Kloosterman", email="b.kloosterman@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf",
              role="leefbaarheidsconsulent", phone="036 555 9920",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Inge Roos", email="i.roos@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="sociaal beheerder",
              phone="036 555 9931",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere")]))

# 42
_r8 = [("Monique Alberts", "teamleider", "m.alberts@kluutzorg.example.nl", "-"),
       ("Ricardo Martina", "wijkverpleegkundige", "r.martina@kluutzorg.example.nl", "-"),
       ("Joyce Verbeek", "wijkverpleegkundige", "j.verbeek@kluutzorg.example.nl", "vegetarisch"),
       ("Stefan Huisman", "casemanager dementie", "s.huisman@kluutzorg.example.nl", "-"),
       ("Naima Amrani", "verzorgende IG", "n.amrani@kluutzorg.example.nl", "halal"),
       ("Wim de Boer", "praktijkbegeleider", "w.deboer@kluutzorg.example.nl", "-"),
       ("Chantal Verkerk", "zorgcoördinator", "c.verkerk@kluutzorg.example.nl", "glutenvrij"),
       ("Youssef Haddou", "welzijnsmedewerker", "y.haddou@kluutzorg.example.nl", "-")]
_t8 = ("Beste secretariaat,\n\nHierbij de aanmelding van acht medewerkers van "
       "Thuiszorg De Kluut voor de leergang (zie tabel). Ik weet dat er maar een "
       "beperkt aantal plaatsen per organisatie is; zet de rest dan maar op de "
       "wachtlijst.\n\n" + "\n".join("%s | %s | %s | %s" % r for r in _r8) +
       "\n\nAllen werkzaam bij Thuiszorg De Kluut. Eén verzamelfactuur naar "
       "Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere.\n\n"
       "Vriendelijke groet,\nPaula Snijders\nOpleidingscoördinator\nThuiszorg De Kluut\n036 555 3000")
add("eight-table-diet-column", alt_mail(
    "Paula Snijders <p.snijders@kluutzorg.example.nl>",
    "Aanmelding 8 medewerkers Thuiszorg De Kluut", "2010-03-12 09:40", _t8,
    html_grid11(["Naam", "Functie", "E-mail", "Dieet"], _r8,
                intro="Beste secretariaat,\n\nHierbij de aanmelding van acht medewerkers van Thuiszorg De Kluut voor de leergang (zie tabel). Ik weet dat er maar een beperkt aantal plaatsen per organisatie is; zet de rest dan maar op de wachtlijst.",
                outro="Allen werkzaam bij Thuiszorg De Kluut. Eén verzamelfactuur naar Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere.\n\nVriendelijke groet,\nPaula Snijders\nOpleidingscoördinator\nThuiszorg De Kluut\n036 555 3000"),
    style="outlook", extra=[("X-Mailer", "Microsoft Office Outlook 12.0")]),
    L("eight in a table with a diet column ('-' is no diet); 'Allen "
      "werkzaam bij', one collective invoice; the writer is not among them",
      "register", "nl", people=8, persons=[
          P(name=n, email=e, organisation="Thuiszorg De Kluut", role=r,
            **({"diet": dt} if dt != "-" else {}),
            invoice_address="Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere")
          for n, r, e, dt in _r8]))

# 43
add("coordinator-and-volunteer", provider_webmail(
    "Truus Kamphuis <truus.kamphuis@example.nl>",
    "aanmelding twee personen", "2010-03-15 19:20",
    """Goedenavond,

Wij willen ons met zijn tweeën aanmelden voor de leergang:

- ikzelf, Truus Kamphuis, coördinator van het Buurthuis De Rietzanger (tel. 036 555 8203)
- onze vrijwilliger Ahmed Benali, die de huiswerkbegeleiding doet; hij heeft alleen een privé-adres: ahmedbenali@example.com

De rekening graag naar het buurthuis: Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere.

Met vriendelijke groet,
Truus Kamphuis
"""), L("a coordinator and a volunteer with a private address; 'die de "
        "huiswerkbegeleiding doet' is no function title", "register", "nl",
        people=2, persons=[
            P(name="Truus Kamphuis", email="truus.kamphuis@example.nl",
              organisation="Buurthuis De Rietzanger", role="coördinator",
              phone="036 555 8203",
              invoice_address="Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere"),
            P(name="Ahmed Benali", email="ahmedbenali@example.com",
              organisation="Buurthuis De Rietzanger", role="vrijwilliger",
              invoice_address="Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere")]))

# 44
add("two-pools-municipal-and-partner", outlook2010(
    "Eline Vos <evos@almere.nl>", "Aanmelding Eline Vos en Gert Span",
    "2010-03-16 10:30",
    """Beste secretariaat,

Graag meld ik mijzelf en mijn vaste samenwerkingspartner aan:

- Eline Vos, gemeente Almere, programmamanager Sociale Agenda, evos@almere.nl
- Gert Span, Woonstichting De Meeuw, gebiedsmanager Almere Haven, g.span@meeuw-wonen.example.nl

Voor mij hoeft er uiteraard geen factuur te komen. De factuur voor Gert kan naar Woonstichting De Meeuw, Postbus 888, 1300 AW Almere.

Met vriendelijke groet,
Eline Vos
Gemeente Almere | DMO
036 555 9102
"""), L("a municipal officer and her housing-association partner: two "
        "pools, the invoice for the partner only", "register", "nl",
        people=2, persons=[
            P(name="Eline Vos", email="evos@almere.nl",
              organisation="Gemeente Almere",
              role="programmamanager Sociale Agenda", phone="036 555 9102"),
            P(name="Gert Span", email="g.span@meeuw-wonen.example.nl",
              organisation="Woonstichting De Meeuw",
              role="gebiedsmanager Almere Haven",
              invoice_address="Woonstichting De Meeuw, Postbus 888, 1300 AW Almere")]))

# 45
add("name-address-lines-alle-drie", roundcube(
    "Jan-Willem Kok <jw.kok@veenmol.example.org>",
    "Aanmelding leergang DSWS", "2010-03-17 15:12",
    """Hoi,

Hierbij drie aanmeldingen:

Jan-Willem Kok <jw.kok@veenmol.example.org>, coördinator
Merel Stam <m.stam@veenmol.example.org>, jongerenwerker
Rachid Ouali <r.ouali@veenmol.example.org>, jongerenwerker

Alle drie van Jongerenwerk De Veenmol. Factuur naar Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere, kenmerk DSWS-VM.

Gr,
Jan-Willem
"""), L("three 'Name <address>, function' lines, 'Alle drie van'; "
        "'kenmerk' is a label word", "register", "nl", people=3, persons=[
            P(name="Jan-Willem Kok", email="jw.kok@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="coördinator",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM"),
            P(name="Merel Stam", email="m.stam@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="jongerenwerker",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM"),
            P(name="Rachid Ouali", email="r.ouali@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="jongerenwerker",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM")]))

# 46
add("excel-paste-six", outlook(
    "Henriëtte Lubbers <h.lubbers@zonnedauw.example.nl>",
    "Aanmelding leergang - Zorggroep Zonnedauw", "2010-03-18 11:11",
    """Goedemorgen,

Hierbij, zoals telefonisch besproken, de zes deelnemers van Zorggroep Zonnedauw (geplakt uit ons overzicht):

Voornaam Achternaam\tFunctie\tE-mail\tTelefoon
Gerda Kuiper\tlocatiemanager\tg.kuiper@zonnedauw.example.nl\t036-5556601
Mustafa Ceylan\tteamleider\tm.ceylan@zonnedauw.example.nl\t036-5556602
Renate Bosma\tcliëntadviseur\tr.bosma@zonnedauw.example.nl\t036-5556603
Peter Wesselink\tbeleidsmedewerker\tp.wesselink@zonnedauw.example.nl\t036-5556604
Dewi Soerjadi\tpraktijkopleider\td.soerjadi@zonnedauw.example.nl\t036-5556605
Hilde Vonk\tgeestelijk verzorger\th.vonk@zonnedauw.example.nl\t036-5556606

Facturen graag naar ons servicebureau: Zorggroep Zonnedauw, Servicebureau Financiën, Postbus 7070, 1300 GB Almere, onder vermelding van kostenplaats 8012.

Met vriendelijke groet,

Henriëtte Lubbers
Afdeling Opleidingen
Zorggroep Zonnedauw
"""), L("six rows pasted from a spreadsheet with tabs, the header row in "
        "the text; 'kostenplaats 8012' after 'onder vermelding van'",
        "register", "nl", people=6, persons=[
            P(name=n, email=e, organisation="Zorggroep Zonnedauw", role=r,
              phone=t,
              invoice_address="Zorggroep Zonnedauw, Servicebureau Financiën, Postbus 7070, 1300 GB Almere",
              invoice_reference="kostenplaats 8012")
            for n, r, e, t in [
                ("Gerda Kuiper", "locatiemanager", "g.kuiper@zonnedauw.example.nl", "036-5556601"),
                ("Mustafa Ceylan", "teamleider", "m.ceylan@zonnedauw.example.nl", "036-5556602"),
                ("Renate Bosma", "cliëntadviseur", "r.bosma@zonnedauw.example.nl", "036-5556603"),
                ("Peter Wesselink", "beleidsmedewerker", "p.wesselink@zonnedauw.example.nl", "036-5556604"),
                ("Dewi Soerjadi", "praktijkopleider", "d.soerjadi@zonnedauw.example.nl", "036-5556605"),
                ("Hilde Vonk", "geestelijk verzorger", "h.vonk@zonnedauw.example.nl", "036-5556606")]]))

# 47
add("english-two-for-all", outlookcom(
    "Grace Mbeki <grace.mbeki@example.org>",
    "Registration: 2 staff of Example Avocet Refugee Support",
    "2010-03-19 10:05",
    """Good morning,

I'd like to register two people from Example Avocet Refugee Support:

Grace Mbeki - caseworker - grace.mbeki@example.org - 06 5554 1180
Tom Hendry - volunteer coordinator - tom.hendry@example.org - 06 5554 1193

For all: invoice to Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere, reference AVO-2010-12.

Kind regards,
Grace
""", lang="en"), L("English, two lines 'name - function - address - phone', "
                   "the invoice 'For all'", "register", "en", people=2,
                   persons=[
                       P(name="Grace Mbeki", email="grace.mbeki@example.org",
                         organisation="Example Avocet Refugee Support",
                         role="caseworker", phone="06 5554 1180",
                         invoice_address="Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere",
                         invoice_reference="AVO-2010-12"),
                       P(name="Tom Hendry", email="tom.hendry@example.org",
                         organisation="Example Avocet Refugee Support",
                         role="volunteer coordinator", phone="06 5554 1193",
                         invoice_address="Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere",
                         invoice_reference="AVO-2010-12")]))

# 48
add("three-diets-parentheses", zimbra(
    "Romy Bakker <romy.bakker@lijster.example.nl>",
    "Inschrijving 3 collega's", "2010-03-22 14:44",
    """Beste,

Namens Speel-o-theek en Opvoedpunt De Lijster schrijf ik drie collega's in voor de leergang:

Romy Bakker (dat ben ik), pedagogisch adviseur, romy.bakker@lijster.example.nl
Sietske Hoekman, opvoedondersteuner, s.hoekman@lijster.example.nl (eet vegetarisch)
Ilona Wessels, opvoedondersteuner, i.wessels@lijster.example.nl (geen noten i.v.m. allergie)

Factuuradres voor alle drie: Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere.

Groeten,
Romy
"""), L("three lines, diets in brackets after two of them; the writer is "
        "the first", "register", "nl", people=3, persons=[
            P(name="Romy Bakker", email="romy.bakker@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="pedagogisch adviseur",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere"),
            P(name="Sietske Hoekman", email="s.hoekman@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="opvoedondersteuner", diet="vegetarisch",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere"),
            P(name="Ilona Wessels", email="i.wessels@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="opvoedondersteuner", diet="geen noten",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere")]))

# 49
add("two-second-without-address", iphone(
    "Marcel Dijkman <m.dijkman@buizerd.example.nl>", "Aanmelding 2x",
    "2010-03-23 17:31",
    """Hallo, hierbij meld ik mezelf en mijn collega Anita Schepers aan voor de leergang. Wij zijn allebei maatschappelijk werker bij Stichting De Buizerd. Het mailadres van Anita weet ik niet uit mijn hoofd, dat stuur ik morgen na.

Marcel Dijkman
06-55571034

Verstuurd vanaf mijn iPhone"""),
    L("two registered, the second without an address yet ('stuur ik morgen "
      "na')", "register", "nl", people=2, persons=[
          P(name="Marcel Dijkman", email="m.dijkman@buizerd.example.nl",
            organisation="Stichting De Buizerd", role="maatschappelijk werker",
            phone="06-55571034"),
          P(name="Anita Schepers", organisation="Stichting De Buizerd",
            role="maatschappelijk werker")]))

# 50
add("four-and-a-question-swap-days", owa(
    "Sjoerd Brandsma <s.brandsma@kokmeeuw.example.nl>",
    "Aanmelding 4 medewerkers + vraag", "2010-03-24 11:58",
    """Goedemorgen,

Namens MEE De Kokmeeuw meld ik vier consulenten aan:

Sjoerd Brandsma - s.brandsma@kokmeeuw.example.nl
Linda Post - l.post@kokmeeuw.example.nl
Erwin Vink - e.vink@kokmeeuw.example.nl
Jamila Tahiri - j.tahiri@kokmeeuw.example.nl

Allen consulent bij MEE De Kokmeeuw. Factuur: MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere.

Nog een vraag: mogen wij per dag wisselen wie er gaat, als iemand een keer verhinderd is? Of moet het steeds dezelfde persoon zijn?

Met vriendelijke groet,
Sjoerd Brandsma
MEE De Kokmeeuw
036 555 2233
"""), L("four names with addresses, 'Allen consulent bij'; asks whether "
        "they may swap per day; the writer is one of them and keeps his "
        "signature phone", "register", "nl", q="yes", people=4, persons=[
            P(name="Sjoerd Brandsma", email="s.brandsma@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              phone="036 555 2233",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Linda Post", email="l.post@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Erwin Vink", email="e.vink@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Jamila Tahiri", email="j.tahiri@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere")]))

# 51
add("municipal-department-seven", outlook2010(
    "Gemeente Almere - DMO Secretariaat Zorg <dmo-zorg@almere.nl>",
    "Aanmeldingen afdeling Zorg en Welzijn", "2010-03-25 09:20",
    """Beste collega's,

Namens het afdelingshoofd Zorg en Welzijn melden wij de volgende zeven collega's van de gemeente Almere aan:

Ans Verbruggen, beleidsadviseur Wmo, averbruggen@almere.nl, 036-5559501
Kevin Doorn, beleidsadviseur jeugd, kdoorn@almere.nl, 036-5559502
Miriam Sahin, accountmanager welzijn, msahin@almere.nl, 036-5559503
Hugo Brands, senior beleidsadviseur, hbrands@almere.nl, 036-5559504
Ellen Overbeek, contractmanager, eoverbeek@almere.nl, 036-5559505
Jasper Wit, beleidsadviseur mantelzorg, jwit@almere.nl, 036-5559506
Roos Maas, projectleider Sociale Agenda, rmaas@almere.nl, 036-5559507

Met vriendelijke groet,

Secretariaat afdeling Zorg en Welzijn
Dienst Maatschappelijke Ontwikkeling
Gemeente Almere
"""), L("a department's secretariat registers seven municipal colleagues, "
        "comma lines", "register", "nl", people=7, persons=[
            P(name=n, email=e, organisation="Gemeente Almere", role=r, phone=t)
            for n, r, e, t in [
                ("Ans Verbruggen", "beleidsadviseur Wmo", "averbruggen@almere.nl", "036-5559501"),
                ("Kevin Doorn", "beleidsadviseur jeugd", "kdoorn@almere.nl", "036-5559502"),
                ("Miriam Sahin", "accountmanager welzijn", "msahin@almere.nl", "036-5559503"),
                ("Hugo Brands", "senior beleidsadviseur", "hbrands@almere.nl", "036-5559504"),
                ("Ellen Overbeek", "contractmanager", "eoverbeek@almere.nl", "036-5559505"),
                ("Jasper Wit", "beleidsadviseur mantelzorg", "jwit@almere.nl", "036-5559506"),
                ("Roos Maas", "projectleider Sociale Agenda", "rmaas@almere.nl", "036-5559507")]]))

# 52
_cs, _cb = conf_nl("Marloes Verhoeven", "K4XPM-7RN2D",
                   "Stichting Buurtkracht Almere Haven", "opbouwwerker",
                   "m.verhoeven@buurtkracht.example.nl", phone="036-5551847",
                   ia="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
                   ir="4500031877")
add("reply-confirmation-adds-two", outlook2010(
    "Marloes Verhoeven <m.verhoeven@buurtkracht.example.nl>", "RE: " + _cs,
    "2010-03-26 10:02",
    """Goedemorgen,

Dank voor de bevestiging. Ik wil graag ook nog twee collega's aanmelden:

Gijs Oosterhuis, opbouwwerker, g.oosterhuis@buurtkracht.example.nl
Samira Achahbar, buurtbemiddelaar, s.achahbar@buurtkracht.example.nl

Zelfde organisatie en factuuradres als bij mij, met hetzelfde inkoopordernummer.

Met vriendelijke groet,

Marloes Verhoeven
Opbouwwerker Haven-Centrum
Stichting Buurtkracht Almere Haven
T 036-5551847 | M 06-55512093
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                      "2010-03-02 09:41",
                      "Marloes Verhoeven", _cs, _cb),
    irt=rirt("confirmation", "K4XPM-7RN2D")),
    L("a reply to her own confirmation that registers two colleagues; "
      "'zelfde organisatie en factuuradres als bij mij' points to the quoted "
      "confirmation, which states them; the code is hers, in the quote",
      "register", "nl", code="K4XPM-7RN2D", people=2, persons=[
          P(name="Gijs Oosterhuis", email="g.oosterhuis@buurtkracht.example.nl",
            organisation="Stichting Buurtkracht Almere Haven", role="opbouwwerker",
            invoice_address="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
            invoice_reference="4500031877"),
          P(name="Samira Achahbar", email="s.achahbar@buurtkracht.example.nl",
            organisation="Stichting Buurtkracht Almere Haven",
            role="buurtbemiddelaar",
            invoice_address="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
            invoice_reference="4500031877")]))

# 53
add("apple-bullets-five", apple(
    "Femke Dekkers <femke@stichting-otterspoor.example.org>",
    "Aanmelding vijf deelnemers Otterspoor", "2010-03-29 13:03",
    """Beste mensen,

Stichting Otterspoor (maatschappelijke dienstverlening) meldt de volgende vijf collega's aan:

• Femke Dekkers – directeur – femke@stichting-otterspoor.example.org
• Hamid Boukhari – maatschappelijk werker – hamid@stichting-otterspoor.example.org
• Janneke Mulder – maatschappelijk werker – janneke@stichting-otterspoor.example.org
• Wessel van Dijk – schuldhulpverlener – wessel@stichting-otterspoor.example.org
• Carla Pinto – sociaal raadslid – carla@stichting-otterspoor.example.org

Factuur graag naar Stichting Otterspoor, Postbus 22, 1300 AA Almere.

Hartelijke groet,
Femke Dekkers
"""), L("five bullet lines with en dashes from Apple Mail", "register",
        "nl", people=5, persons=[
            P(name=n, email=e, organisation="Stichting Otterspoor", role=r,
              invoice_address="Stichting Otterspoor, Postbus 22, 1300 AA Almere")
            for n, r, e in [
                ("Femke Dekkers", "directeur", "femke@stichting-otterspoor.example.org"),
                ("Hamid Boukhari", "maatschappelijk werker", "hamid@stichting-otterspoor.example.org"),
                ("Janneke Mulder", "maatschappelijk werker", "janneke@stichting-otterspoor.example.org"),
                ("Wessel van Dijk", "schuldhulpverlener", "wessel@stichting-otterspoor.example.org"),
                ("Carla Pinto", "sociaal raadslid", "carla@stichting-otterspoor.example.org")]]))

# 54
_r3 = [("Name", "Role", "E-mail"),
       ("Adam Kowalski", "outreach worker", "a.kowalski@example.net"),
       ("Beatrice Osei", "outreach worker", "b.osei@example.net"),
       ("Claire Dubois", "team manager", "c.dubois@example.net")]
add("english-owa-three-table", mail_html(
    "Claire Dubois <c.dubois@example.net>",
    "Registration Sample Plover Street Team (3 people)", "2010-03-30 15:40",
    html_grid11(_r3[0], _r3[1:],
                intro="Hello,\n\nWe would like to register three members of the Sample Plover Street Team for the course:",
                outro="All three work for Sample Plover Street Team. Invoice: Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere, PO 10/443.\n\nRegards,\nClaire Dubois\nTeam manager\n+31 36 555 6677"),
    text=("Hello,\n\nWe would like to register three members of the Sample Plover Street Team for the course:\n\n"
          "Name\tRole\tE-mail\n" + "\n".join("\t".join(r) for r in _r3[1:]) +
          "\n\nAll three work for Sample Plover Street Team. Invoice: Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere, PO 10/443.\n\nRegards,\nClaire Dubois\nTeam manager\n+31 36 555 6677\n"),
    style="outlook", agent="Microsoft Office Outlook 14.0"),
    L("English table of three with the writer as the third; 'All three work "
      "for'; her phone is hers", "register", "en", people=3, persons=[
          P(name="Adam Kowalski", email="a.kowalski@example.net",
            organisation="Sample Plover Street Team", role="outreach worker",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443"),
          P(name="Beatrice Osei", email="b.osei@example.net",
            organisation="Sample Plover Street Team", role="outreach worker",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443"),
          P(name="Claire Dubois", email="c.dubois@example.net",
            organisation="Sample Plover Street Team", role="team manager",
            phone="+31 36 555 6677",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443")]))

# ---- forwards ----------------------------------------------------------------

# 55
add("manager-forwards-oorspronkelijk", outlook(
    "Hans Koopman <h.koopman@bergeend.example.nl>",
    "FW: aanmelding leergang", "2010-03-31 08:47",
    """Goedemorgen,

Hieronder de aanmelding van onze medewerker Sanne Bijl, ik ga akkoord. De factuur kan naar Stichting Bergeend, Postbus 4040, 1300 EA Almere, o.v.v. kostenplaats 510.

Met vriendelijke groet,
Hans Koopman
Manager Welzijn, Stichting Bergeend
036 555 4040
""" + outlook_quote_nl("Sanne Bijl", "dinsdag 30 maart 2010 16:12",
                       "Hans Koopman", "aanmelding leergang",
                       """Hoi Hans,

Zou jij mij willen aanmelden voor de leergang van de gemeente (zie folder)? Ik denk dat het goed past bij mijn rol in het buurtnetwerk.

Sanne Bijl
buurtnetwerker
Stichting Bergeend
s.bijl@bergeend.example.nl
06-55533417""")),
    L("a manager forwards his staff member's request and approves it; her "
      "details from her own mail, the invoice from his; his phone is not hers",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Sanne Bijl", email="s.bijl@bergeend.example.nl",
          organisation="Stichting Bergeend", role="buurtnetwerker",
          phone="06-55533417",
          invoice_address="Stichting Bergeend, Postbus 4040, 1300 EA Almere",
          invoice_reference="kostenplaats 510")]))

# 56
add("gmail-colleague-forwards-form", gmail2(
    "Ruben Schaap <ruben.schaap@watersnip.example.nl>",
    "Fwd: Aanmelding leergang Almere", "2010-04-01 11:20",
    """Namens mijn collega Yasmina, die zelf niet kon mailen vanuit het buitenland. Zie haar gegevens hieronder.

Ruben
""" + gmail_forward_nl("Yasmina Chaouch <y.chaouch@watersnip.example.nl>",
                       "2010-03-31 21:40", "Aanmelding leergang Almere",
                       "Ruben Schaap <ruben.schaap@watersnip.example.nl>",
                       """Ruben, wil jij dit doorsturen naar aanmelden@example.org? Mijn mail weigert hier.

Naam: Yasmina Chaouch
Organisatie: Stichting Watersnip
Functie: sportbuurtcoach
Telefoon: 06-55588120
Factuur: Stichting Watersnip, Postbus 909, 1300 AX Almere

Dank je!
Yasmina""")),
    L("a colleague forwards a filled-in form from Gmail (Dutch interface, "
      "half-English block); the participant's address is the From of the "
      "forwarded mail", "register", "nl", fwd="yes", people=1, persons=[P(
          name="Yasmina Chaouch", email="y.chaouch@watersnip.example.nl",
          organisation="Stichting Watersnip", role="sportbuurtcoach",
          phone="06-55588120",
          invoice_address="Stichting Watersnip, Postbus 909, 1300 AX Almere")]))

# 57
add("apple-forward-location-manager", macmail(
    "Carolien Post <c.post@tapuit.example.nl>",
    "Fwd: leergang DSWS", "2010-04-06 09:05",
    """Goedemorgen,

Graag wil ik onderstaande collega aanmelden voor de leergang. Zij werkt bij ons op locatie De Duin als activiteitenbegeleider. Factuur graag naar Woonzorgcentrum De Tapuit, Duinweg 2, 1338 TT Almere.

Met vriendelijke groet,
Carolien Post
locatiemanager Woonzorgcentrum De Tapuit
""" + apple_forward_nl("Femmy Ruiter <f.ruiter@tapuit.example.nl>",
                       "2010-04-02 15:33", "leergang DSWS",
                       "Carolien Post <c.post@tapuit.example.nl>",
                       """Hoi Carolien,

Ik heb de folder over de leergang gelezen, zou je me daarvoor willen aanmelden als je het goed vindt? Ik ben vegetarisch, voor de lunch.

Groetjes,
Femmy""")),
    L("Apple Mail's 'Begin doorgestuurd bericht:'; the function and invoice "
      "in the forwarder's text; 'bij ons' makes the forwarder's "
      "organisation hers", "register", "nl", fwd="yes", people=1,
    persons=[P(name="Femmy Ruiter", email="f.ruiter@tapuit.example.nl",
               organisation="Woonzorgcentrum De Tapuit",
               role="activiteitenbegeleider", diet="vegetarisch",
               invoice_address="Woonzorgcentrum De Tapuit, Duinweg 2, 1338 TT Almere")]))

# 58
_inner = rfc822([
    "From: Lars Hagen <l.hagen@zeearend.example.org>",
    "To: Ineke Smal <i.smal@zeearend.example.org>",
    "Subject: Aanmelding leergang Sociale ambities",
    "Date: " + d("2010-04-07 10:02"),
    "Message-ID: <4BBC3A11.6050308@zeearend.example.org>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8; format=flowed",
    "Content-Transfer-Encoding: 8bit"],
    """Hallo Ineke,

Zoals besproken: wil je mij aanmelden voor de leergang in Almere?

Lars Hagen
Trajectbegeleider
Leerwerkbedrijf De Zeearend
036 555 0912
""")
add("tb-forward-as-attachment", fwd_as_attachment(
    "Ineke Smal <i.smal@zeearend.example.org>", "Fwd: Aanmelding leergang Sociale ambities",
    "2010-04-07 13:15",
    """Beste secretariaat,

In de bijlage het verzoek van mijn collega Lars om hem aan te melden. Ik ben zijn leidinggevende en ga akkoord. Factuur graag naar Leerwerkbedrijf De Zeearend, Industrieweg 18, 1332 BT Almere.

Groet,
Ineke Smal
""", _inner),
    L("Thunderbird forwards the request as an attached message/rfc822; the "
      "participant's address is only in the attached mail's From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Lars Hagen", email="l.hagen@zeearend.example.org",
          organisation="Leerwerkbedrijf De Zeearend", role="Trajectbegeleider",
          phone="036 555 0912",
          invoice_address="Leerwerkbedrijf De Zeearend, Industrieweg 18, 1332 BT Almere")]))

# 59
add("notes-hr-forward", notes(
    "Personeelszaken Stichting De Fuut <pz@defuut.example.nl>",
    "Doorsturen: aanmelding leergang", "2010-04-08 14:10",
    """Geacht secretariaat,

Hierbij sturen wij u de aanmelding door van onze medewerker mevrouw Pauline Veenstra. Facturering via Stichting De Fuut, afdeling P&O, Postbus 777, 1300 AT Almere, kenmerk P&O/2010/118.

Met vriendelijke groet,
Afdeling Personeelszaken
Stichting De Fuut
""" + notes_forward_nl("Personeelszaken/DEFUUT", "2010-04-08 14:09",
                       "Pauline Veenstra/DEFUUT", "Personeelszaken/DEFUUT@DEFUUT",
                       "2010-04-06 11:47", "aanmelding leergang",
                       """Beste collega's van P&O,

Mijn leidinggevende heeft goedkeuring gegeven voor de leergang van de gemeente. Willen jullie mij aanmelden?

Pauline Veenstra
ergotherapeut wijkteam Noord
p.veenstra@defuut.example.nl
tel. 036 555 7713""")),
    L("HR forwards from Lotus Notes ('----- Doorgestuurd door ...'); the "
      "participant's signature gives her details; 'kenmerk' is a label word",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Pauline Veenstra", email="p.veenstra@defuut.example.nl",
          organisation="Stichting De Fuut", role="ergotherapeut wijkteam Noord",
          phone="036 555 7713",
          invoice_address="Stichting De Fuut, afdeling P&O, Postbus 777, 1300 AT Almere",
          invoice_reference="P&O/2010/118")]))

# 60
add("english-director-forward", outlook(
    "Martin Hale <m.hale@example.com>", "FW: Almere course",
    "2010-04-09 09:33",
    """Hello,

Please register Aisha (below) for the Almere course. I'm her director and
approve the cost. Invoice to Example Sandpiper Youth Trust, Accounts,
Markt 12, 1354 AA Almere, PO 2010-0092.

Regards,
Martin Hale
Director, Example Sandpiper Youth Trust
""" + outlook_orig_en("Aisha Rahman", "a.rahman@example.com",
                      "2010-04-08 17:20", "Martin Hale", "Almere course",
                      """Hi Martin,

Would it be OK for me to do the course in Almere the municipality sent round?
I think it'd be really useful for the youth participation work.

Aisha Rahman
Youth Participation Worker
Example Sandpiper Youth Trust
06 5557 2290"""), lang="EN"),
    L("an English director forwards with Outlook's '-----Original "
      "Message-----' and [mailto:]; her signature gives her details",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Aisha Rahman", email="a.rahman@example.com",
          organisation="Example Sandpiper Youth Trust",
          role="Youth Participation Worker", phone="06 5557 2290",
          invoice_address="Example Sandpiper Youth Trust, Accounts, Markt 12, 1354 AA Almere",
          invoice_reference="PO 2010-0092")]))

# 61
add("forward-two-colleagues", tb(
    "Gerard Mos <g.mos@snor-welzijn.example.nl>",
    "Fwd: Re: leergang gemeente", "2010-04-12 10:10",
    """Beste,

Hierbij de aanmelding van twee van mijn mensen, zie onderstaande mail van Dirk. Graag één factuur voor beiden naar Welzijnsgroep De Snor, Postbus 1616, 1301 AP Almere.

Gerard Mos
directeur Welzijnsgroep De Snor
""" + tb_forward_nl("Re: leergang gemeente", "2010-04-09 16:58",
                    "Dirk Willems <d.willems@snor-welzijn.example.nl>",
                    "Gerard Mos <g.mos@snor-welzijn.example.nl>",
                    """Gerard,

Fijn dat het kan. Dan graag aanmelden:
- Dirk Willems, ouderenadviseur, d.willems@snor-welzijn.example.nl
- Mieke Hartman, ouderenadviseur, m.hartman@snor-welzijn.example.nl

Groet, Dirk""")),
    L("a director forwards a colleague's mail that names two people "
      "(Thunderbird's Dutch forward table); one invoice for both",
      "register", "nl", fwd="yes", people=2, persons=[
          P(name="Dirk Willems", email="d.willems@snor-welzijn.example.nl",
            organisation="Welzijnsgroep De Snor", role="ouderenadviseur",
            invoice_address="Welzijnsgroep De Snor, Postbus 1616, 1301 AP Almere"),
          P(name="Mieke Hartman", email="m.hartman@snor-welzijn.example.nl",
            organisation="Welzijnsgroep De Snor", role="ouderenadviseur",
            invoice_address="Welzijnsgroep De Snor, Postbus 1616, 1301 AP Almere")]))

# 62
add("zimbra-forward-new-employee", zimbra(
    "Secretariaat Wijkteams Almere Poort <secretariaat@wijkteams-poort.example.nl>",
    "Fwd: opgave cursus", "2010-04-13 15:45",
    """Geachte heer/mevrouw,

Zie onderstaande opgave van onze nieuwe medewerker. Factuuradres: Stichting Wijkteams Almere Poort, Columbusplein 5, 1363 BA Almere.

Met vriendelijke groet,
Secretariaat
""" + zimbra_forward_nl("\"Koen Verschuren\" <k.verschuren@wijkteams-poort.example.nl>",
                        "\"Secretariaat\" <secretariaat@wijkteams-poort.example.nl>",
                        "2010-04-13 14:02", "opgave cursus",
                        """Hallo secretariaat,

Kunnen jullie mij opgeven voor de leergang van DMO? Gegevens:
Koen Verschuren, wijkteammedewerker, 06-55542017.
Ik eet geen vlees.

Dank!
Koen""")),
    L("a secretariat forwards from Zimbra ('----- Doorgestuurd bericht "
      "-----'); 'onze nieuwe medewerker' gives her organisation to him; "
      "'Ik eet geen vlees' gives 'geen vlees'", "register", "nl", fwd="yes",
      people=1, persons=[P(
          name="Koen Verschuren", email="k.verschuren@wijkteams-poort.example.nl",
          organisation="Stichting Wijkteams Almere Poort",
          role="wijkteammedewerker", phone="06-55542017", diet="geen vlees",
          invoice_address="Stichting Wijkteams Almere Poort, Columbusplein 5, 1363 BA Almere")]))
