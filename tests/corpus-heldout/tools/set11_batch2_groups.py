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
    "Ketellapper Eenenveertig <k.eenenveertig@blauwborst.example.nl>",
    "Aanmelding 3 medewerkers leergang", "2010-03-03 10:14",
    """Beste secretariaat,

Namens Stichting Blauwborst meld ik de volgende drie medewerkers aan voor de leergang deSTADSWIJKstudies:

1. Scharensliep Vierenveertig, coördinator buurtnetwerken, s.vierenveertig@blauwborst.example.nl, 036 555 4101
2. Kolendrager Vijfenveertig, opbouwwerker, k.vijfenveertig@blauwborst.example.nl, 036 555 4107
3. Koperslager Zesenveertig, beleidsmedewerker, k.zesenveertig@blauwborst.example.nl, 036 555 4112

Eén factuur voor alle drie graag naar: Stichting Blauwborst, Postbus 10120, 1301 AC Almere, o.v.v. kostenplaats 4410.

Met vriendelijke groet,

Ketellapper Eenenveertig
Directeur Stichting Blauwborst
036 555 4100
"""), L("a director registers three staff in a numbered list; the shared "
        "invoice goes to all three; her own phone is not theirs",
        "register", "nl", people=3, persons=[
            P(name="Scharensliep Vierenveertig", email="s.vierenveertig@blauwborst.example.nl",
              organisation="Stichting Blauwborst",
              role="coördinator buurtnetwerken", phone="036 555 4101",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410"),
            P(name="Kolendrager Vijfenveertig", email="k.vijfenveertig@blauwborst.example.nl",
              organisation="Stichting Blauwborst", role="opbouwwerker",
              phone="036 555 4107",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410"),
            P(name="Koperslager Zesenveertig", email="k.zesenveertig@blauwborst.example.nl",
              organisation="Stichting Blauwborst", role="beleidsmedewerker",
              phone="036 555 4112",
              invoice_address="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
              invoice_reference="kostenplaats 4410")]))

# 36
_rows = [("Tinnegieter Zevenenveertig", "teamleider jeugd", "t.zevenenveertig@grauwegans.example.nl", "vegetarisch"),
         ("Goudsmid Achtenveertig", "ambulant hulpverlener", "g.achtenveertig@grauwegans.example.nl", ""),
         ("Zilversmid Negenenveertig", "gezinsmanager", "z.negenenveertig@grauwegans.example.nl", "halal"),
         ("Graveur Vijftig", "gedragswetenschapper", "g.vijftig@grauwegans.example.nl", "")]
_txt = """Goedemiddag,

Hierbij meld ik namens Jeugdzorg De Grauwe Gans vier collega's aan voor de leergang:

Naam\tFunctie\tE-mail\tDieet
""" + "\n".join("\t".join(r) for r in _rows) + """

Voor allen geldt:
Organisatie: Jeugdzorg De Grauwe Gans
Factuuradres: Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere
Inkoopnummer: IO-10-1187

Met vriendelijke groet,
Letterzetter Eenenvijftig
P&O-adviseur
Jeugdzorg De Grauwe Gans
"""
add("hr-grid-four-voor-allen", outlook365(
    "Letterzetter Eenenvijftig <l.eenenvijftig@grauwegans.example.nl>",
    "Aanmelding 4 deelnemers DSWS Almere", "2010-03-04 13:35", _txt,
    html=html_grid11(["Naam", "Functie", "E-mail", "Dieet"], _rows,
                     intro="Goedemiddag,\n\nHierbij meld ik namens Jeugdzorg De Grauwe Gans vier collega's aan voor de leergang:",
                     outro="Voor allen geldt:\nOrganisatie: Jeugdzorg De Grauwe Gans\nFactuuradres: Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere\nInkoopnummer: IO-10-1187\n\nMet vriendelijke groet,\nLetterzetter Eenenvijftig\nP&O-adviseur\nJeugdzorg De Grauwe Gans")),
    L("HR registers four in a table (tabs in the text, a grid in the HTML); "
      "organisation and invoice stated once 'voor allen'; empty diet cells "
      "are no diet", "register", "nl", people=4, persons=[
          P(name="Tinnegieter Zevenenveertig", email="t.zevenenveertig@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="teamleider jeugd",
            diet="vegetarisch",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Goudsmid Achtenveertig", email="g.achtenveertig@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="ambulant hulpverlener",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Zilversmid Negenenveertig", email="z.negenenveertig@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="gezinsmanager",
            diet="halal",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187"),
          P(name="Graveur Vijftig", email="g.vijftig@grauwegans.example.nl",
            organisation="Jeugdzorg De Grauwe Gans", role="gedragswetenschapper",
            invoice_address="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
            invoice_reference="IO-10-1187")]))

# 37
add("colleague-and-i-prose", gmail2(
    "Wagenmaker Vierenvijftig <wagenmaker.vierenvijftig@kwelder.example.org>",
    "Aanmelding leergang (2 personen)", "2010-03-05 09:09",
    """Goedemorgen,

Mijn collega Lijndraaier Vijfenvijftig en ik willen ons graag aanmelden voor de leergang "Almere: Sociale ambities in een groeiende stad". We werken allebei als wijkcoach bij Welzijn De Kwelder in Almere Haven. Lijndraaier is te bereiken via l.vijfenvijftig@kwelder.example.org.

De factuur voor ons tweeën graag naar Welzijn De Kwelder, Sluis 12, 1357 NZ Almere.

Hartelijke groet,

Wagenmaker Vierenvijftig
Welzijn De Kwelder
06 555 18 240
"""), L("'Mijn collega ... en ik' in prose; 'allebei als wijkcoach'; the "
        "writer keeps her signature phone to herself",
        "register", "nl", people=2, persons=[
            P(name="Wagenmaker Vierenvijftig", email="wagenmaker.vierenvijftig@kwelder.example.org",
              organisation="Welzijn De Kwelder", role="wijkcoach",
              phone="06 555 18 240",
              invoice_address="Welzijn De Kwelder, Sluis 12, 1357 NZ Almere"),
            P(name="Lijndraaier Vijfenvijftig", email="l.vijfenvijftig@kwelder.example.org",
              organisation="Welzijn De Kwelder", role="wijkcoach",
              invoice_address="Welzijn De Kwelder, Sluis 12, 1357 NZ Almere")]))

# 38
add("municipal-teamlead-five", notes(
    "Paraplumaker Zesenvijftig/DMO/Almere <pzesenvijftig@almere.nl>",
    "Aanmelding team Wijkzaken voor leergang", "2010-03-08 16:02",
    """Beste collega's van het secretariaat,

Ik meld vijf medewerkers van mijn team Wijkzaken aan voor de leergang. Zelf kan ik helaas niet, vanwege het bestuurlijk overleg op die dinsdagen.

- Tegelzetter Zevenenvijftig, wijkmanager Almere Buiten, tzevenenvijftig@almere.nl
- Glazenmaker Achtenvijftig, wijkmanager Almere Poort, gachtenvijftig@almere.nl
- Houtdraaier Negenenvijftig, gebiedsregisseur, hnegenenvijftig@almere.nl
- Vatenmaker Zestig, wijkadviseur, vzestig@almere.nl
- Blikslager Eenenzestig, projectleider leefbaarheid, beenenzestig@almere.nl

Alle vijf zijn van de gemeente Almere, dus een factuur is niet nodig.

Groet,
Paraplumaker Zesenvijftig
teamleider Wijkzaken, gemeente Almere
036-5554000
"""), L("a municipal team lead registers five of her team (not herself); "
        "no invoice; her phone is hers", "register", "nl", people=5, persons=[
            P(name="Tegelzetter Zevenenvijftig", email="tzevenenvijftig@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager Almere Buiten"),
            P(name="Glazenmaker Achtenvijftig", email="gachtenvijftig@almere.nl",
              organisation="Gemeente Almere", role="wijkmanager Almere Poort"),
            P(name="Houtdraaier Negenenvijftig", email="hnegenenvijftig@almere.nl",
              organisation="Gemeente Almere", role="gebiedsregisseur"),
            P(name="Vatenmaker Zestig", email="vzestig@almere.nl",
              organisation="Gemeente Almere", role="wijkadviseur"),
            P(name="Blikslager Eenenzestig", email="beenenzestig@almere.nl",
              organisation="Gemeente Almere", role="projectleider leefbaarheid")]))

# 39
add("english-both-of-us", macmail(
    "Millwright SixtyFour <millwright.sixtyfour@curlew.example.com>",
    "Two registrations - Sample Curlew Trust", "2010-03-09 12:20",
    """Dear course team,

Please register both of us from Sample Curlew Trust for the Almere course:

- Millwright SixtyFour, programme manager (millwright.sixtyfour@curlew.example.com)
- Shipwright SixtyFive, community researcher (shipwright.sixtyfive@curlew.example.com)

Shipwright is vegetarian. One invoice for both of us to Sample Curlew Trust,
Finance Office, Weerwater 40, 1316 AA Almere, reference PO 5521-B.

Best wishes,
Millwright SixtyFour
Sample Curlew Trust
+31 36 555 7725
"""), L("English, two in a list, 'one invoice for both of us'; the writer is "
        "one of the two and keeps his phone", "register", "en", people=2,
        persons=[
            P(name="Millwright SixtyFour", email="millwright.sixtyfour@curlew.example.com",
              organisation="Sample Curlew Trust", role="programme manager",
              phone="+31 36 555 7725",
              invoice_address="Sample Curlew Trust, Finance Office, Weerwater 40, 1316 AA Almere",
              invoice_reference="PO 5521-B"),
            P(name="Shipwright SixtyFive", email="shipwright.sixtyfive@curlew.example.com",
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
Naam: Ankersmid Zesenzestig
Functie: manager zorg en welzijn
E-mail: a.zesenzestig@devlier.example.nl
Telefoon: 036 555 6301

Deelnemer 2
Naam: Molenmaker Zevenenzestig
Functie: welzijnscoördinator
E-mail: m.zevenenzestig@devlier.example.nl
Telefoon: 036 555 6318
Dieet: geen varkensvlees

Deelnemer 3
Naam: Scheepsbouwer Achtenzestig
Functie: vrijwilligerscoördinator
E-mail: s.achtenzestig@devlier.example.nl

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
            P(name="Ankersmid Zesenzestig", email="a.zesenzestig@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="manager zorg en welzijn",
              phone="036 555 6301",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03"),
            P(name="Molenmaker Zevenenzestig", email="m.zevenenzestig@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="welzijnscoördinator",
              phone="036 555 6318", diet="geen varkensvlees",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03"),
            P(name="Scheepsbouwer Achtenzestig", email="s.achtenzestig@devlier.example.nl",
              organisation="Zorgcentrum De Vlier", role="vrijwilligerscoördinator",
              invoice_address="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
              invoice_reference="2010/DSWS/03")]))

# 41
add("semicolon-rows-header", tb(
    "Pijpenmaker Negenenzestig <p.negenenzestig@dijkgraaf-wonen.example.nl>",
    "aanmelding 4 pers.", "2010-03-11 14:58",
    """Hallo,

Graag de volgende vier mensen van Woningcorporatie Dijkgraaf aanmelden:

naam; functie; e-mail; telefoon
Pijpenmaker Negenenzestig; manager wonen; p.negenenzestig@dijkgraaf-wonen.example.nl; 036 555 9901
Kammenmaker Zeventig; woonconsulent; k.zeventig@dijkgraaf-wonen.example.nl; 036 555 9914
Knopenmaker Eenenzeventig; leefbaarheidsconsulent; k.eenenzeventig@dijkgraaf-wonen.example.nl; 036 555 9920
Lakenvolder Vierenzeventig; sociaal beheerder; l.vierenzeventig@dijkgraaf-wonen.example.nl; 036 555 9931

Factuur: Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere.

Groet,
Pijpenmaker
"""), L("four semicolon rows under a header row, the writer among them",
        "register", "nl", people=4, persons=[
            P(name="Pijpenmaker Negenenzestig", email="p.negenenzestig@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="manager wonen",
              phone="036 555 9901",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Kammenmaker Zeventig", email="k.zeventig@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="woonconsulent",
              phone="036 555 9914",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Knopenmaker Eenenzeventig", email="k.eenenzeventig@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf",
              role="leefbaarheidsconsulent", phone="036 555 9920",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere"),
            P(name="Lakenvolder Vierenzeventig", email="l.vierenzeventig@dijkgraaf-wonen.example.nl",
              organisation="Woningcorporatie Dijkgraaf", role="sociaal beheerder",
              phone="036 555 9931",
              invoice_address="Woningcorporatie Dijkgraaf, Postbus 555, 1300 AN Almere")]))

# 42
_r8 = [("Lakenverver Vijfenzeventig", "teamleider", "l.vijfenzeventig@kluutzorg.example.nl", "-"),
       ("Garenspinner Zesenzeventig", "wijkverpleegkundige", "g.zesenzeventig@kluutzorg.example.nl", "-"),
       ("Wolkammer Zevenenzeventig", "wijkverpleegkundige", "w.zevenenzeventig@kluutzorg.example.nl", "vegetarisch"),
       ("Stoelvlechter Achtenzeventig", "casemanager dementie", "s.achtenzeventig@kluutzorg.example.nl", "-"),
       ("Dakpannenlegger Negenenzeventig", "verzorgende IG", "d.negenenzeventig@kluutzorg.example.nl", "halal"),
       ("Straatmaker Tachtig", "praktijkbegeleider", "s.tachtig@kluutzorg.example.nl", "-"),
       ("Putjesschepper Eenentachtig", "zorgcoördinator", "p.eenentachtig@kluutzorg.example.nl", "glutenvrij"),
       ("Kruier Vierentachtig", "welzijnsmedewerker", "k.vierentachtig@kluutzorg.example.nl", "-")]
_t8 = ("Beste secretariaat,\n\nHierbij de aanmelding van acht medewerkers van "
       "Thuiszorg De Kluut voor de leergang (zie tabel). Ik weet dat er maar een "
       "beperkt aantal plaatsen per organisatie is; zet de rest dan maar op de "
       "wachtlijst.\n\n" + "\n".join("%s | %s | %s | %s" % r for r in _r8) +
       "\n\nAllen werkzaam bij Thuiszorg De Kluut. Eén verzamelfactuur naar "
       "Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere.\n\n"
       "Vriendelijke groet,\nSjouwer Vijfentachtig\nOpleidingscoördinator\nThuiszorg De Kluut\n036 555 3000")
add("eight-table-diet-column", alt_mail(
    "Sjouwer Vijfentachtig <s.vijfentachtig@kluutzorg.example.nl>",
    "Aanmelding 8 medewerkers Thuiszorg De Kluut", "2010-03-12 09:40", _t8,
    html_grid11(["Naam", "Functie", "E-mail", "Dieet"], _r8,
                intro="Beste secretariaat,\n\nHierbij de aanmelding van acht medewerkers van Thuiszorg De Kluut voor de leergang (zie tabel). Ik weet dat er maar een beperkt aantal plaatsen per organisatie is; zet de rest dan maar op de wachtlijst.",
                outro="Allen werkzaam bij Thuiszorg De Kluut. Eén verzamelfactuur naar Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere.\n\nVriendelijke groet,\nSjouwer Vijfentachtig\nOpleidingscoördinator\nThuiszorg De Kluut\n036 555 3000"),
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
    "Beiaardier Zesentachtig <beiaardier.zesentachtig@example.nl>",
    "aanmelding twee personen", "2010-03-15 19:20",
    """Goedenavond,

Wij willen ons met zijn tweeën aanmelden voor de leergang:

- ikzelf, Beiaardier Zesentachtig, coördinator van het Buurthuis De Rietzanger (tel. 036 555 8203)
- onze vrijwilliger Torenwachter Zevenentachtig, die de huiswerkbegeleiding doet; hij heeft alleen een privé-adres: torenwachterzevenentachtig@example.com

De rekening graag naar het buurthuis: Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere.

Met vriendelijke groet,
Beiaardier Zesentachtig
"""), L("a coordinator and a volunteer with a private address; 'die de "
        "huiswerkbegeleiding doet' is no function title", "register", "nl",
        people=2, persons=[
            P(name="Beiaardier Zesentachtig", email="beiaardier.zesentachtig@example.nl",
              organisation="Buurthuis De Rietzanger", role="coördinator",
              phone="036 555 8203",
              invoice_address="Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere"),
            P(name="Torenwachter Zevenentachtig", email="torenwachterzevenentachtig@example.com",
              organisation="Buurthuis De Rietzanger", role="vrijwilliger",
              invoice_address="Buurthuis De Rietzanger, Rietzangerweg 3, 1341 AB Almere")]))

# 44
add("two-pools-municipal-and-partner", outlook2010(
    "Nachtwaker Achtentachtig <nachtentachtig@almere.nl>", "Aanmelding Nachtwaker Achtentachtig en Vuurtorenwachter Negenentachtig",
    "2010-03-16 10:30",
    """Beste secretariaat,

Graag meld ik mijzelf en mijn vaste samenwerkingspartner aan:

- Nachtwaker Achtentachtig, gemeente Almere, programmamanager Sociale Agenda, nachtentachtig@almere.nl
- Vuurtorenwachter Negenentachtig, Woonstichting De Meeuw, gebiedsmanager Almere Haven, v.negenentachtig@meeuw-wonen.example.nl

Voor mij hoeft er uiteraard geen factuur te komen. De factuur voor Vuurtorenwachter kan naar Woonstichting De Meeuw, Postbus 888, 1300 AW Almere.

Met vriendelijke groet,
Nachtwaker Achtentachtig
Gemeente Almere | DMO
036 555 9102
"""), L("a municipal officer and her housing-association partner: two "
        "pools, the invoice for the partner only", "register", "nl",
        people=2, persons=[
            P(name="Nachtwaker Achtentachtig", email="nachtentachtig@almere.nl",
              organisation="Gemeente Almere",
              role="programmamanager Sociale Agenda", phone="036 555 9102"),
            P(name="Vuurtorenwachter Negenentachtig", email="v.negenentachtig@meeuw-wonen.example.nl",
              organisation="Woonstichting De Meeuw",
              role="gebiedsmanager Almere Haven",
              invoice_address="Woonstichting De Meeuw, Postbus 888, 1300 AW Almere")]))

# 45
add("name-address-lines-alle-drie", roundcube(
    "Walvisvaarder Negentig <w.negentig@veenmol.example.org>",
    "Aanmelding leergang DSWS", "2010-03-17 15:12",
    """Hoi,

Hierbij drie aanmeldingen:

Walvisvaarder Negentig <w.negentig@veenmol.example.org>, coördinator
Haringpakker Eenennegentig <h.eenennegentig@veenmol.example.org>, jongerenwerker
Garnalenpeller Vierennegentig <g.vierennegentig@veenmol.example.org>, jongerenwerker

Alle drie van Jongerenwerk De Veenmol. Factuur naar Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere, kenmerk DSWS-VM.

Gr,
Walvisvaarder
"""), L("three 'Name <address>, function' lines, 'Alle drie van'; "
        "'kenmerk' is a label word", "register", "nl", people=3, persons=[
            P(name="Walvisvaarder Negentig", email="w.negentig@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="coördinator",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM"),
            P(name="Haringpakker Eenennegentig", email="h.eenennegentig@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="jongerenwerker",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM"),
            P(name="Garnalenpeller Vierennegentig", email="g.vierennegentig@veenmol.example.org",
              organisation="Jongerenwerk De Veenmol", role="jongerenwerker",
              invoice_address="Jongerenwerk De Veenmol, Bazaarweg 9, 1324 AP Almere",
              invoice_reference="DSWS-VM")]))

# 46
add("excel-paste-six", outlook(
    "Mosselkweker Vijfennegentig <m.vijfennegentig@zonnedauw.example.nl>",
    "Aanmelding leergang - Zorggroep Zonnedauw", "2010-03-18 11:11",
    """Goedemorgen,

Hierbij, zoals telefonisch besproken, de zes deelnemers van Zorggroep Zonnedauw (geplakt uit ons overzicht):

Voornaam Achternaam\tFunctie\tE-mail\tTelefoon
Oesterkweker Zesennegentig\tlocatiemanager\to.zesennegentig@zonnedauw.example.nl\t036-5556601
Bijenhouder Zevenennegentig\tteamleider\tb.zevenennegentig@zonnedauw.example.nl\t036-5556602
Imker Achtennegentig\tcliëntadviseur\ti.achtennegentig@zonnedauw.example.nl\t036-5556603
Geitenhoeder Negenennegentig\tbeleidsmedewerker\tg.negenennegentig@zonnedauw.example.nl\t036-5556604
Ganzenhoeder Honderd\tpraktijkopleider\tg.honderd@zonnedauw.example.nl\t036-5556605
Zwanendrijver Honderdeen\tgeestelijk verzorger\tz.honderdeen@zonnedauw.example.nl\t036-5556606

Facturen graag naar ons servicebureau: Zorggroep Zonnedauw, Servicebureau Financiën, Postbus 7070, 1300 GB Almere, onder vermelding van kostenplaats 8012.

Met vriendelijke groet,

Mosselkweker Vijfennegentig
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
                ("Oesterkweker Zesennegentig", "locatiemanager", "o.zesennegentig@zonnedauw.example.nl", "036-5556601"),
                ("Bijenhouder Zevenennegentig", "teamleider", "b.zevenennegentig@zonnedauw.example.nl", "036-5556602"),
                ("Imker Achtennegentig", "cliëntadviseur", "i.achtennegentig@zonnedauw.example.nl", "036-5556603"),
                ("Geitenhoeder Negenennegentig", "beleidsmedewerker", "g.negenennegentig@zonnedauw.example.nl", "036-5556604"),
                ("Ganzenhoeder Honderd", "praktijkopleider", "g.honderd@zonnedauw.example.nl", "036-5556605"),
                ("Zwanendrijver Honderdeen", "geestelijk verzorger", "z.honderdeen@zonnedauw.example.nl", "036-5556606")]]))

# 47
add("english-two-for-all", outlookcom(
    "Ropemaker OneHundredTwo <ropemaker.onehundredtwo@example.org>",
    "Registration: 2 staff of Example Avocet Refugee Support",
    "2010-03-19 10:05",
    """Good morning,

I'd like to register two people from Example Avocet Refugee Support:

Ropemaker OneHundredTwo - caseworker - ropemaker.onehundredtwo@example.org - 06 5554 1180
Lockkeeper OneHundredThree - volunteer coordinator - lockkeeper.onehundredthree@example.org - 06 5554 1193

For all: invoice to Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere, reference AVO-2010-12.

Kind regards,
Ropemaker
""", lang="en"), L("English, two lines 'name - function - address - phone', "
                   "the invoice 'For all'", "register", "en", people=2,
                   persons=[
                       P(name="Ropemaker OneHundredTwo", email="ropemaker.onehundredtwo@example.org",
                         organisation="Example Avocet Refugee Support",
                         role="caseworker", phone="06 5554 1180",
                         invoice_address="Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere",
                         invoice_reference="AVO-2010-12"),
                       P(name="Lockkeeper OneHundredThree", email="lockkeeper.onehundredthree@example.org",
                         organisation="Example Avocet Refugee Support",
                         role="volunteer coordinator", phone="06 5554 1193",
                         invoice_address="Example Avocet Refugee Support, PO Box 3131, 1303 AB Almere",
                         invoice_reference="AVO-2010-12")]))

# 48
add("three-diets-parentheses", zimbra(
    "Eendenkooiker Honderdvier <eendenkooiker.honderdvier@lijster.example.nl>",
    "Inschrijving 3 collega's", "2010-03-22 14:44",
    """Beste,

Namens Speel-o-theek en Opvoedpunt De Lijster schrijf ik drie collega's in voor de leergang:

Eendenkooiker Honderdvier (dat ben ik), pedagogisch adviseur, eendenkooiker.honderdvier@lijster.example.nl
Valkenier Honderdvijf, opvoedondersteuner, v.honderdvijf@lijster.example.nl (eet vegetarisch)
Jachtopziener Honderdzes, opvoedondersteuner, j.honderdzes@lijster.example.nl (geen noten i.v.m. allergie)

Factuuradres voor alle drie: Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere.

Groeten,
Eendenkooiker
"""), L("three lines, diets in brackets after two of them; the writer is "
        "the first", "register", "nl", people=3, persons=[
            P(name="Eendenkooiker Honderdvier", email="eendenkooiker.honderdvier@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="pedagogisch adviseur",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere"),
            P(name="Valkenier Honderdvijf", email="v.honderdvijf@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="opvoedondersteuner", diet="vegetarisch",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere"),
            P(name="Jachtopziener Honderdzes", email="j.honderdzes@lijster.example.nl",
              organisation="Speel-o-theek en Opvoedpunt De Lijster",
              role="opvoedondersteuner", diet="geen noten",
              invoice_address="Opvoedpunt De Lijster, Lijsterweg 77, 1313 BB Almere")]))

# 49
add("two-second-without-address", iphone(
    "Houtvester Honderdzeven <h.honderdzeven@buizerd.example.nl>", "Aanmelding 2x",
    "2010-03-23 17:31",
    """Hallo, hierbij meld ik mezelf en mijn collega Vogelvanger Honderdacht aan voor de leergang. Wij zijn allebei maatschappelijk werker bij Stichting De Buizerd. Het mailadres van Vogelvanger weet ik niet uit mijn hoofd, dat stuur ik morgen na.

Houtvester Honderdzeven
06-55571034

Verstuurd vanaf mijn iPhone"""),
    L("two registered, the second without an address yet ('stuur ik morgen "
      "na')", "register", "nl", people=2, persons=[
          P(name="Houtvester Honderdzeven", email="h.honderdzeven@buizerd.example.nl",
            organisation="Stichting De Buizerd", role="maatschappelijk werker",
            phone="06-55571034"),
          P(name="Vogelvanger Honderdacht", organisation="Stichting De Buizerd",
            role="maatschappelijk werker")]))

# 50
add("four-and-a-question-swap-days", owa(
    "Rattenvanger Honderdnegen <r.honderdnegen@kokmeeuw.example.nl>",
    "Aanmelding 4 medewerkers + vraag", "2010-03-24 11:58",
    """Goedemorgen,

Namens MEE De Kokmeeuw meld ik vier consulenten aan:

Rattenvanger Honderdnegen - r.honderdnegen@kokmeeuw.example.nl
Klokkenluider Honderdtien - k.honderdtien@kokmeeuw.example.nl
Koetsier Honderdelf - k.honderdelf@kokmeeuw.example.nl
Palfrenier Honderdtwaalf - p.honderdtwaalf@kokmeeuw.example.nl

Allen consulent bij MEE De Kokmeeuw. Factuur: MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere.

Nog een vraag: mogen wij per dag wisselen wie er gaat, als iemand een keer verhinderd is? Of moet het steeds dezelfde persoon zijn?

Met vriendelijke groet,
Rattenvanger Honderdnegen
MEE De Kokmeeuw
036 555 2233
"""), L("four names with addresses, 'Allen consulent bij'; asks whether "
        "they may swap per day; the writer is one of them and keeps his "
        "signature phone", "register", "nl", q="yes", people=4, persons=[
            P(name="Rattenvanger Honderdnegen", email="r.honderdnegen@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              phone="036 555 2233",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Klokkenluider Honderdtien", email="k.honderdtien@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Koetsier Honderdelf", email="k.honderdelf@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere"),
            P(name="Palfrenier Honderdtwaalf", email="p.honderdtwaalf@kokmeeuw.example.nl",
              organisation="MEE De Kokmeeuw", role="consulent",
              invoice_address="MEE De Kokmeeuw, Postbus 1033, 1300 BA Almere")]))

# 51
add("municipal-department-seven", outlook2010(
    "Gemeente Almere - DMO Secretariaat Zorg <dmo-zorg@almere.nl>",
    "Aanmeldingen afdeling Zorg en Welzijn", "2010-03-25 09:20",
    """Beste collega's,

Namens het afdelingshoofd Zorg en Welzijn melden wij de volgende zeven collega's van de gemeente Almere aan:

Stalknecht Honderddertien, beleidsadviseur Wmo, shonderddertien@almere.nl, 036-5559501
Hoefbeslager Honderdveertien, beleidsadviseur jeugd, hhonderdveertien@almere.nl, 036-5559502
Liedjeszanger Honderdvijftien, accountmanager welzijn, lhonderdvijftien@almere.nl, 036-5559503
Orgeldraaier Honderdzestien, senior beleidsadviseur, ohonderdzestien@almere.nl, 036-5559504
Poppenspeler Honderdzeventien, contractmanager, phonderdzeventien@almere.nl, 036-5559505
Goochelaar Honderdachttien, beleidsadviseur mantelzorg, ghonderdachttien@almere.nl, 036-5559506
Koorddanser Honderdnegentien, projectleider Sociale Agenda, khonderdnegentien@almere.nl, 036-5559507

Met vriendelijke groet,

Secretariaat afdeling Zorg en Welzijn
Dienst Maatschappelijke Ontwikkeling
Gemeente Almere
"""), L("a department's secretariat registers seven municipal colleagues, "
        "comma lines", "register", "nl", people=7, persons=[
            P(name=n, email=e, organisation="Gemeente Almere", role=r, phone=t)
            for n, r, e, t in [
                ("Stalknecht Honderddertien", "beleidsadviseur Wmo", "shonderddertien@almere.nl", "036-5559501"),
                ("Hoefbeslager Honderdveertien", "beleidsadviseur jeugd", "hhonderdveertien@almere.nl", "036-5559502"),
                ("Liedjeszanger Honderdvijftien", "accountmanager welzijn", "lhonderdvijftien@almere.nl", "036-5559503"),
                ("Orgeldraaier Honderdzestien", "senior beleidsadviseur", "ohonderdzestien@almere.nl", "036-5559504"),
                ("Poppenspeler Honderdzeventien", "contractmanager", "phonderdzeventien@almere.nl", "036-5559505"),
                ("Goochelaar Honderdachttien", "beleidsadviseur mantelzorg", "ghonderdachttien@almere.nl", "036-5559506"),
                ("Koorddanser Honderdnegentien", "projectleider Sociale Agenda", "khonderdnegentien@almere.nl", "036-5559507")]]))

# 52
_cs, _cb = conf_nl("Steenhouwer Twee", "K4XPM-7RN2D",
                   "Stichting Buurtkracht Almere Haven", "opbouwwerker",
                   "s.twee@buurtkracht.example.nl", phone="036-5551847",
                   ia="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
                   ir="4500031877")
add("reply-confirmation-adds-two", outlook2010(
    "Steenhouwer Twee <s.twee@buurtkracht.example.nl>", "RE: " + _cs,
    "2010-03-26 10:02",
    """Goedemorgen,

Dank voor de bevestiging. Ik wil graag ook nog twee collega's aanmelden:

Vuurspuwer Honderdtwintig, opbouwwerker, v.honderdtwintig@buurtkracht.example.nl
Kunstrijder Honderdeenentwintig, buurtbemiddelaar, k.honderdeenentwintig@buurtkracht.example.nl

Zelfde organisatie en factuuradres als bij mij, met hetzelfde inkoopordernummer.

Met vriendelijke groet,

Steenhouwer Twee
Opbouwwerker Haven-Centrum
Stichting Buurtkracht Almere Haven
T 036-5551847 | M 06-55512093
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                      "2010-03-02 09:41",
                      "Steenhouwer Twee", _cs, _cb),
    irt=rirt("confirmation", "K4XPM-7RN2D")),
    L("a reply to her own confirmation that registers two colleagues; "
      "'zelfde organisatie en factuuradres als bij mij' points to the quoted "
      "confirmation, which states them; the code is hers, in the quote",
      "register", "nl", code="K4XPM-7RN2D", people=2, persons=[
          P(name="Vuurspuwer Honderdtwintig", email="v.honderdtwintig@buurtkracht.example.nl",
            organisation="Stichting Buurtkracht Almere Haven", role="opbouwwerker",
            invoice_address="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
            invoice_reference="4500031877"),
          P(name="Kunstrijder Honderdeenentwintig", email="k.honderdeenentwintig@buurtkracht.example.nl",
            organisation="Stichting Buurtkracht Almere Haven",
            role="buurtbemiddelaar",
            invoice_address="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
            invoice_reference="4500031877")]))

# 53
add("apple-bullets-five", apple(
    "Stadsomroeper Honderdvierentwintig <stadsomroeper@stichting-otterspoor.example.org>",
    "Aanmelding vijf deelnemers Otterspoor", "2010-03-29 13:03",
    """Beste mensen,

Stichting Otterspoor (maatschappelijke dienstverlening) meldt de volgende vijf collega's aan:

• Stadsomroeper Honderdvierentwintig – directeur – stadsomroeper@stichting-otterspoor.example.org
• Brugwachter Honderdvijfentwintig – maatschappelijk werker – brugwachter@stichting-otterspoor.example.org
• Trekschuitvaarder Honderdzesentwintig – maatschappelijk werker – trekschuitvaarder@stichting-otterspoor.example.org
• Loodsman Honderdzevenentwintig – schuldhulpverlener – loodsman@stichting-otterspoor.example.org
• Zeevaarder Honderdachtentwintig – sociaal raadslid – zeevaarder@stichting-otterspoor.example.org

Factuur graag naar Stichting Otterspoor, Postbus 22, 1300 AA Almere.

Hartelijke groet,
Stadsomroeper Honderdvierentwintig
"""), L("five bullet lines with en dashes from Apple Mail", "register",
        "nl", people=5, persons=[
            P(name=n, email=e, organisation="Stichting Otterspoor", role=r,
              invoice_address="Stichting Otterspoor, Postbus 22, 1300 AA Almere")
            for n, r, e in [
                ("Stadsomroeper Honderdvierentwintig", "directeur", "stadsomroeper@stichting-otterspoor.example.org"),
                ("Brugwachter Honderdvijfentwintig", "maatschappelijk werker", "brugwachter@stichting-otterspoor.example.org"),
                ("Trekschuitvaarder Honderdzesentwintig", "maatschappelijk werker", "trekschuitvaarder@stichting-otterspoor.example.org"),
                ("Loodsman Honderdzevenentwintig", "schuldhulpverlener", "loodsman@stichting-otterspoor.example.org"),
                ("Zeevaarder Honderdachtentwintig", "sociaal raadslid", "zeevaarder@stichting-otterspoor.example.org")]]))

# 54
_r3 = [("Name", "Role", "E-mail"),
       ("Hedgelayer OneHundredTwentyNine", "outreach worker", "h.onehundredtwentynine@example.net"),
       ("Chimneysweep OneHundredThirty", "outreach worker", "c.onehundredthirty@example.net"),
       ("Candlemaker OneHundredThirtyOne", "team manager", "c.onehundredthirtyone@example.net")]
add("english-owa-three-table", mail_html(
    "Candlemaker OneHundredThirtyOne <c.onehundredthirtyone@example.net>",
    "Registration Sample Plover Street Team (3 people)", "2010-03-30 15:40",
    html_grid11(_r3[0], _r3[1:],
                intro="Hello,\n\nWe would like to register three members of the Sample Plover Street Team for the course:",
                outro="All three work for Sample Plover Street Team. Invoice: Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere, PO 10/443.\n\nRegards,\nCandlemaker OneHundredThirtyOne\nTeam manager\n+31 36 555 6677"),
    text=("Hello,\n\nWe would like to register three members of the Sample Plover Street Team for the course:\n\n"
          "Name\tRole\tE-mail\n" + "\n".join("\t".join(r) for r in _r3[1:]) +
          "\n\nAll three work for Sample Plover Street Team. Invoice: Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere, PO 10/443.\n\nRegards,\nCandlemaker OneHundredThirtyOne\nTeam manager\n+31 36 555 6677\n"),
    style="outlook", agent="Microsoft Office Outlook 14.0"),
    L("English table of three with the writer as the third; 'All three work "
      "for'; her phone is hers", "register", "en", people=3, persons=[
          P(name="Hedgelayer OneHundredTwentyNine", email="h.onehundredtwentynine@example.net",
            organisation="Sample Plover Street Team", role="outreach worker",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443"),
          P(name="Chimneysweep OneHundredThirty", email="c.onehundredthirty@example.net",
            organisation="Sample Plover Street Team", role="outreach worker",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443"),
          P(name="Candlemaker OneHundredThirtyOne", email="c.onehundredthirtyone@example.net",
            organisation="Sample Plover Street Team", role="team manager",
            phone="+31 36 555 6677",
            invoice_address="Sample Plover Street Team, Finance, Stationsplein 8, 1315 KT Almere",
            invoice_reference="PO 10/443")]))

# ---- forwards ----------------------------------------------------------------

# 55
add("manager-forwards-oorspronkelijk", outlook(
    "Kaapvaarder Honderdvierendertig <k.honderdvierendertig@bergeend.example.nl>",
    "FW: aanmelding leergang", "2010-03-31 08:47",
    """Goedemorgen,

Hieronder de aanmelding van onze medewerker Kaartenmaker Honderdvijfendertig, ik ga akkoord. De factuur kan naar Stichting Bergeend, Postbus 4040, 1300 EA Almere, o.v.v. kostenplaats 510.

Met vriendelijke groet,
Kaapvaarder Honderdvierendertig
Manager Welzijn, Stichting Bergeend
036 555 4040
""" + outlook_quote_nl("Kaartenmaker Honderdvijfendertig", "dinsdag 30 maart 2010 16:12",
                       "Kaapvaarder Honderdvierendertig", "aanmelding leergang",
                       """Hoi Kaapvaarder,

Zou jij mij willen aanmelden voor de leergang van de gemeente (zie folder)? Ik denk dat het goed past bij mijn rol in het buurtnetwerk.

Kaartenmaker Honderdvijfendertig
buurtnetwerker
Stichting Bergeend
k.honderdvijfendertig@bergeend.example.nl
06-55533417""")),
    L("a manager forwards his staff member's request and approves it; her "
      "details from her own mail, the invoice from his; his phone is not hers",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Kaartenmaker Honderdvijfendertig", email="k.honderdvijfendertig@bergeend.example.nl",
          organisation="Stichting Bergeend", role="buurtnetwerker",
          phone="06-55533417",
          invoice_address="Stichting Bergeend, Postbus 4040, 1300 EA Almere",
          invoice_reference="kostenplaats 510")]))

# 56
add("gmail-colleague-forwards-form", gmail2(
    "Landmeter Honderdzesendertig <landmeter.honderdzesendertig@watersnip.example.nl>",
    "Fwd: Aanmelding leergang Almere", "2010-04-01 11:20",
    """Namens mijn collega Sterrenkijker, die zelf niet kon mailen vanuit het buitenland. Zie haar gegevens hieronder.

Landmeter
""" + gmail_forward_nl("Sterrenkijker Honderdzevenendertig <s.honderdzevenendertig@watersnip.example.nl>",
                       "2010-03-31 21:40", "Aanmelding leergang Almere",
                       "Landmeter Honderdzesendertig <landmeter.honderdzesendertig@watersnip.example.nl>",
                       """Landmeter, wil jij dit doorsturen naar aanmelden@example.org? Mijn mail weigert hier.

Naam: Sterrenkijker Honderdzevenendertig
Organisatie: Stichting Watersnip
Functie: sportbuurtcoach
Telefoon: 06-55588120
Factuur: Stichting Watersnip, Postbus 909, 1300 AX Almere

Dank je!
Sterrenkijker""")),
    L("a colleague forwards a filled-in form from Gmail (Dutch interface, "
      "half-English block); the participant's address is the From of the "
      "forwarded mail", "register", "nl", fwd="yes", people=1, persons=[P(
          name="Sterrenkijker Honderdzevenendertig", email="s.honderdzevenendertig@watersnip.example.nl",
          organisation="Stichting Watersnip", role="sportbuurtcoach",
          phone="06-55588120",
          invoice_address="Stichting Watersnip, Postbus 909, 1300 AX Almere")]))

# 57
add("apple-forward-location-manager", macmail(
    "Alchemist Honderdachtendertig <a.honderdachtendertig@tapuit.example.nl>",
    "Fwd: leergang DSWS", "2010-04-06 09:05",
    """Goedemorgen,

Graag wil ik onderstaande collega aanmelden voor de leergang. Zij werkt bij ons op locatie De Duin als activiteitenbegeleider. Factuur graag naar Woonzorgcentrum De Tapuit, Duinweg 2, 1338 TT Almere.

Met vriendelijke groet,
Alchemist Honderdachtendertig
locatiemanager Woonzorgcentrum De Tapuit
""" + apple_forward_nl("Kruidenmenger Honderdnegenendertig <k.honderdnegenendertig@tapuit.example.nl>",
                       "2010-04-02 15:33", "leergang DSWS",
                       "Alchemist Honderdachtendertig <a.honderdachtendertig@tapuit.example.nl>",
                       """Hoi Alchemist,

Ik heb de folder over de leergang gelezen, zou je me daarvoor willen aanmelden als je het goed vindt? Ik ben vegetarisch, voor de lunch.

Groetjes,
Kruidenmenger""")),
    L("Apple Mail's 'Begin doorgestuurd bericht:'; the function and invoice "
      "in the forwarder's text; 'bij ons' makes the forwarder's "
      "organisation hers", "register", "nl", fwd="yes", people=1,
    persons=[P(name="Kruidenmenger Honderdnegenendertig", email="k.honderdnegenendertig@tapuit.example.nl",
               organisation="Woonzorgcentrum De Tapuit",
               role="activiteitenbegeleider", diet="vegetarisch",
               invoice_address="Woonzorgcentrum De Tapuit, Duinweg 2, 1338 TT Almere")]))

# 58
_inner = rfc822([
    "From: Tandentrekker Honderdveertig <t.honderdveertig@zeearend.example.org>",
    "To: Barbier Honderdeenenveertig <b.honderdeenenveertig@zeearend.example.org>",
    "Subject: Aanmelding leergang Sociale ambities",
    "Date: " + d("2010-04-07 10:02"),
    "Message-ID: <4BBC3A11.6050308@zeearend.example.org>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8; format=flowed",
    "Content-Transfer-Encoding: 8bit"],
    """Hallo Barbier,

Zoals besproken: wil je mij aanmelden voor de leergang in Almere?

Tandentrekker Honderdveertig
Trajectbegeleider
Leerwerkbedrijf De Zeearend
036 555 0912
""")
add("tb-forward-as-attachment", fwd_as_attachment(
    "Barbier Honderdeenenveertig <b.honderdeenenveertig@zeearend.example.org>", "Fwd: Aanmelding leergang Sociale ambities",
    "2010-04-07 13:15",
    """Beste secretariaat,

In de bijlage het verzoek van mijn collega Tandentrekker om hem aan te melden. Ik ben zijn leidinggevende en ga akkoord. Factuur graag naar Leerwerkbedrijf De Zeearend, Industrieweg 18, 1332 BT Almere.

Groet,
Barbier Honderdeenenveertig
""", _inner),
    L("Thunderbird forwards the request as an attached message/rfc822; the "
      "participant's address is only in the attached mail's From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Tandentrekker Honderdveertig", email="t.honderdveertig@zeearend.example.org",
          organisation="Leerwerkbedrijf De Zeearend", role="Trajectbegeleider",
          phone="036 555 0912",
          invoice_address="Leerwerkbedrijf De Zeearend, Industrieweg 18, 1332 BT Almere")]))

# 59
add("notes-hr-forward", notes(
    "Personeelszaken Stichting De Fuut <pz@defuut.example.nl>",
    "Doorsturen: aanmelding leergang", "2010-04-08 14:10",
    """Geacht secretariaat,

Hierbij sturen wij u de aanmelding door van onze medewerker mevrouw Chocolatier Honderdvierenveertig. Facturering via Stichting De Fuut, afdeling P&O, Postbus 777, 1300 AT Almere, kenmerk P&O/2010/118.

Met vriendelijke groet,
Afdeling Personeelszaken
Stichting De Fuut
""" + notes_forward_nl("Personeelszaken/DEFUUT", "2010-04-08 14:09",
                       "Chocolatier Honderdvierenveertig/DEFUUT", "Personeelszaken/DEFUUT@DEFUUT",
                       "2010-04-06 11:47", "aanmelding leergang",
                       """Beste collega's van P&O,

Mijn leidinggevende heeft goedkeuring gegeven voor de leergang van de gemeente. Willen jullie mij aanmelden?

Chocolatier Honderdvierenveertig
ergotherapeut wijkteam Noord
c.honderdvierenveertig@defuut.example.nl
tel. 036 555 7713""")),
    L("HR forwards from Lotus Notes ('----- Doorgestuurd door ...'); the "
      "participant's signature gives her details; 'kenmerk' is a label word",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Chocolatier Honderdvierenveertig", email="c.honderdvierenveertig@defuut.example.nl",
          organisation="Stichting De Fuut", role="ergotherapeut wijkteam Noord",
          phone="036 555 7713",
          invoice_address="Stichting De Fuut, afdeling P&O, Postbus 777, 1300 AT Almere",
          invoice_reference="P&O/2010/118")]))

# 60
add("english-director-forward", outlook(
    "Basketweaver OneHundredFortyFive <b.onehundredfortyfive@example.com>", "FW: Almere course",
    "2010-04-09 09:33",
    """Hello,

Please register Stonecutter (below) for the Almere course. I'm her director and
approve the cost. Invoice to Example Sandpiper Youth Trust, Accounts,
Markt 12, 1354 AA Almere, PO 2010-0092.

Regards,
Basketweaver OneHundredFortyFive
Director, Example Sandpiper Youth Trust
""" + outlook_orig_en("Stonecutter OneHundredFortySix", "s.onehundredfortysix@example.com",
                      "2010-04-08 17:20", "Basketweaver OneHundredFortyFive", "Almere course",
                      """Hi Basketweaver,

Would it be OK for me to do the course in Almere the municipality sent round?
I think it'd be really useful for the youth participation work.

Stonecutter OneHundredFortySix
Youth Participation Worker
Example Sandpiper Youth Trust
06 5557 2290"""), lang="EN"),
    L("an English director forwards with Outlook's '-----Original "
      "Message-----' and [mailto:]; her signature gives her details",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Stonecutter OneHundredFortySix", email="s.onehundredfortysix@example.com",
          organisation="Example Sandpiper Youth Trust",
          role="Youth Participation Worker", phone="06 5557 2290",
          invoice_address="Example Sandpiper Youth Trust, Accounts, Markt 12, 1354 AA Almere",
          invoice_reference="PO 2010-0092")]))

# 61
add("forward-two-colleagues", tb(
    "Suikerraffinadeur Honderdzevenenveertig <s.honderdzevenenveertig@snor-welzijn.example.nl>",
    "Fwd: Re: leergang gemeente", "2010-04-12 10:10",
    """Beste,

Hierbij de aanmelding van twee van mijn mensen, zie onderstaande mail van Jeneverstoker. Graag één factuur voor beiden naar Welzijnsgroep De Snor, Postbus 1616, 1301 AP Almere.

Suikerraffinadeur Honderdzevenenveertig
directeur Welzijnsgroep De Snor
""" + tb_forward_nl("Re: leergang gemeente", "2010-04-09 16:58",
                    "Jeneverstoker Honderdachtenveertig <j.honderdachtenveertig@snor-welzijn.example.nl>",
                    "Suikerraffinadeur Honderdzevenenveertig <s.honderdzevenenveertig@snor-welzijn.example.nl>",
                    """Suikerraffinadeur,

Fijn dat het kan. Dan graag aanmelden:
- Jeneverstoker Honderdachtenveertig, ouderenadviseur, j.honderdachtenveertig@snor-welzijn.example.nl
- Wijnkoper Honderdnegenenveertig, ouderenadviseur, w.honderdnegenenveertig@snor-welzijn.example.nl

Groet, Jeneverstoker""")),
    L("a director forwards a colleague's mail that names two people "
      "(Thunderbird's Dutch forward table); one invoice for both",
      "register", "nl", fwd="yes", people=2, persons=[
          P(name="Jeneverstoker Honderdachtenveertig", email="j.honderdachtenveertig@snor-welzijn.example.nl",
            organisation="Welzijnsgroep De Snor", role="ouderenadviseur",
            invoice_address="Welzijnsgroep De Snor, Postbus 1616, 1301 AP Almere"),
          P(name="Wijnkoper Honderdnegenenveertig", email="w.honderdnegenenveertig@snor-welzijn.example.nl",
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
""" + zimbra_forward_nl("\"Tabaksplanter Honderdvijftig\" <t.honderdvijftig@wijkteams-poort.example.nl>",
                        "\"Secretariaat\" <secretariaat@wijkteams-poort.example.nl>",
                        "2010-04-13 14:02", "opgave cursus",
                        """Hallo secretariaat,

Kunnen jullie mij opgeven voor de leergang van DMO? Gegevens:
Tabaksplanter Honderdvijftig, wijkteammedewerker, 06-55542017.
Ik eet geen vlees.

Dank!
Tabaksplanter""")),
    L("a secretariat forwards from Zimbra ('----- Doorgestuurd bericht "
      "-----'); 'onze nieuwe medewerker' gives her organisation to him; "
      "'Ik eet geen vlees' gives 'geen vlees'", "register", "nl", fwd="yes",
      people=1, persons=[P(
          name="Tabaksplanter Honderdvijftig", email="t.honderdvijftig@wijkteams-poort.example.nl",
          organisation="Stichting Wijkteams Almere Poort",
          role="wijkteammedewerker", phone="06-55542017", diet="geen vlees",
          invoice_address="Stichting Wijkteams Almere Poort, Columbusplein 5, 1363 BA Almere")]))
