"""Set 9, batch 2: groups (040-051), forwarded participants (052-056) and
answers to the robot's "details missing" mail (057-060).

Every message and every label is typed by hand; nothing is computed.
"""
from email.message import EmailMessage

from set9_lib import (add, X, P, outlook2010, tb, notes, outlook365, yahoo2,
                      zimbra, zimbra_forward_nl, gmail2, macmail, ipad,
                      with_attachments, rfc822_part, iphone, quote, d,
                      incomplete_nl, incomplete_en, zimbra_quote_nl,
                      tb_quote_nl, squirrel, squirrel_quote, tb115, ios,
                      ios_quote_nl, outlook_quote_en)
from lib import text_part

# 040 ---------------------------------------------------------------------
add("group3-numbered-one-invoice-outlook2010", outlook2010(
    "Dirigent Veertig <d.veertig@notenbalk.example.nl>",
    "Aanmelding leergang - drie deelnemers Welzijn Notenbalk",
    "2010-03-15 10:30",
    """Beste organisatie,

Vanuit Welzijn Notenbalk willen wij ons met z'n drieën aanmelden voor de leergang "Almere: Sociale ambities in een groeiende stad". Wij werken alle drie bij Welzijn Notenbalk in Almere Stad:

1. Dirigent Veertig, teamleider welzijn ouderen, d.veertig@notenbalk.example.nl
2. Fluitist Eenenveertig, opbouwwerker, f.eenenveertig@notenbalk.example.nl
3. Trommelaar Tweeënveertig, ouderenadviseur, t.tweeenveertig@notenbalk.example.nl

Fluitist eet vegetarisch; wij anderen hebben geen dieetwensen.

Eén factuur voor alle drie graag naar: Welzijn Notenbalk, t.a.v. administratie, Notenbalk 40, 1311 AB Almere, o.v.v. projectnummer NB-4040.

Met vriendelijke groet,

Dirigent Veertig
teamleider welzijn ouderen
Welzijn Notenbalk
036 555 4040"""),
    X("three colleagues in a numbered list; organisation and one invoice stated once; the writer is number 1",
      "register", "nl", people=3, persons=[
          P(name="Dirigent Veertig", email="d.veertig@notenbalk.example.nl",
            organisation="Welzijn Notenbalk", role="teamleider welzijn ouderen",
            phone="036 555 4040",
            invoice_address="Welzijn Notenbalk, t.a.v. administratie, Notenbalk 40, 1311 AB Almere",
            invoice_reference="projectnummer NB-4040"),
          P(name="Fluitist Eenenveertig", email="f.eenenveertig@notenbalk.example.nl",
            organisation="Welzijn Notenbalk", role="opbouwwerker",
            diet="vegetarisch",
            invoice_address="Welzijn Notenbalk, t.a.v. administratie, Notenbalk 40, 1311 AB Almere",
            invoice_reference="projectnummer NB-4040"),
          P(name="Trommelaar Tweeënveertig", email="t.tweeenveertig@notenbalk.example.nl",
            organisation="Welzijn Notenbalk", role="ouderenadviseur",
            invoice_address="Welzijn Notenbalk, t.a.v. administratie, Notenbalk 40, 1311 AB Almere",
            invoice_reference="projectnummer NB-4040")]))

# 041 ---------------------------------------------------------------------
_t041 = """Dear Sir or Madam,

On behalf of Example Chord Network I would like to register four of our staff for the course "Almere: Sociale ambities in een groeiende stad":

Name\tFunction\tE-mail\tPhone
Fiddler FortyFour\tcommunity worker\tfiddler44@chordnetwork.example.org\t036 555 4444
Bugler FortyFive\tvolunteer coordinator\tbugler45@chordnetwork.example.org\t036 555 4545
Minstrel FortySix\tyouth worker\tminstrel46@chordnetwork.example.org\t06 5554 6046
Balladeer FortySeven\tteam leader\tballadeer47@chordnetwork.example.org\t036 555 4747

Minstrel FortySix is vegan.

Invoice for all four to: Example Chord Network, Finance Department, P.O. Box 4141, 1300 CA Almere, with our purchase order number 4141-10.

Kind regards,

Cantor FortyThree
HR & Training Officer
Example Chord Network
036 555 4300"""
_rows041 = [("Fiddler FortyFour", "community worker", "fiddler44@chordnetwork.example.org", "036 555 4444"),
            ("Bugler FortyFive", "volunteer coordinator", "bugler45@chordnetwork.example.org", "036 555 4545"),
            ("Minstrel FortySix", "youth worker", "minstrel46@chordnetwork.example.org", "06 5554 6046"),
            ("Balladeer FortySeven", "team leader", "balladeer47@chordnetwork.example.org", "036 555 4747")]
_h041 = ("<html><body lang=EN-GB><div class=WordSection1>"
         "<p class=MsoNormal>Dear Sir or Madam,</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>On behalf of Example Chord Network I would like to register four of our staff "
         "for the course &quot;Almere: Sociale ambities in een groeiende stad&quot;:</p><p class=MsoNormal>&nbsp;</p>"
         "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
         "<tr><td><p class=MsoNormal><b>Name</b></p></td><td><p class=MsoNormal><b>Function</b></p></td>"
         "<td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><b>Phone</b></p></td></tr>" +
         "".join("<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % c for c in r) + "</tr>" for r in _rows041) +
         "</table><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Minstrel FortySix is vegan.</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Invoice for all four to: Example Chord Network, Finance Department, P.O. Box 4141, "
         "1300 CA Almere, with our purchase order number 4141-10.</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Kind regards,</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Cantor FortyThree<br>HR &amp; Training Officer<br>Example Chord Network<br>036 555 4300</p>"
         "</div></body></html>\n")
_inv041 = "Example Chord Network, Finance Department, P.O. Box 4141, 1300 CA Almere"
add("group4-en-table-hr-outlook2010", outlook2010(
    "Cantor FortyThree <cantor43@chordnetwork.example.org>",
    "Registration of four staff members", "2010-03-22 14:18", _t041,
    lang="EN", html=_h041),
    X("HR registers four colleagues (not herself) in a table; one invoice for all four",
      "register", "en", people=4, persons=[
          P(name="Fiddler FortyFour", email="fiddler44@chordnetwork.example.org",
            organisation="Example Chord Network", role="community worker",
            phone="036 555 4444", invoice_address=_inv041,
            invoice_reference="purchase order number 4141-10"),
          P(name="Bugler FortyFive", email="bugler45@chordnetwork.example.org",
            organisation="Example Chord Network", role="volunteer coordinator",
            phone="036 555 4545", invoice_address=_inv041,
            invoice_reference="purchase order number 4141-10"),
          P(name="Minstrel FortySix", email="minstrel46@chordnetwork.example.org",
            organisation="Example Chord Network", role="youth worker",
            phone="06 5554 6046", diet="vegan", invoice_address=_inv041,
            invoice_reference="purchase order number 4141-10"),
          P(name="Balladeer FortySeven", email="balladeer47@chordnetwork.example.org",
            organisation="Example Chord Network", role="team leader",
            phone="036 555 4747", invoice_address=_inv041,
            invoice_reference="purchase order number 4141-10")]))

# 042 ---------------------------------------------------------------------
add("group2-one-sentence-thunderbird", tb(
    "Hoornist Achtenveertig <h.achtenveertig@contrapunt.example.nl>",
    "aanmelding 2 personen leergang Almere", "2010-03-26 16:02",
    """Hallo,

Mijn collega Pianist Negenenveertig (p.negenenveertig@contrapunt.example.nl) en ik willen ons graag aanmelden voor de leergang. Wij zijn allebei trajectbegeleider bij GGZ Contrapunt.

De factuur voor ons tweeën kan naar GGZ Contrapunt, Crediteurenadministratie, Postbus 1010, 1300 BC Almere, onder vermelding van kostenplaats 4849.

Groet,
Hoornist Achtenveertig
06 5554 8048"""),
    X("'Mijn collega ... en ik' in one sentence; 'allebei trajectbegeleider bij'; the writer keeps her phone",
      "register", "nl", people=2, persons=[
          P(name="Hoornist Achtenveertig", email="h.achtenveertig@contrapunt.example.nl",
            organisation="GGZ Contrapunt", role="trajectbegeleider",
            phone="06 5554 8048",
            invoice_address="GGZ Contrapunt, Crediteurenadministratie, Postbus 1010, 1300 BC Almere",
            invoice_reference="kostenplaats 4849"),
          P(name="Pianist Negenenveertig", email="p.negenenveertig@contrapunt.example.nl",
            organisation="GGZ Contrapunt", role="trajectbegeleider",
            invoice_address="GGZ Contrapunt, Crediteurenadministratie, Postbus 1010, 1300 BC Almere",
            invoice_reference="kostenplaats 4849")]))

# 043 ---------------------------------------------------------------------
add("group5-municipal-team-lead-notes", notes(
    "Organist Vijftig <o.vijftig@almere.nl>",
    "Aanmelding vijf medewerkers Wijkzaken", "2010-03-29 09:12",
    """Goedemorgen,

Graag meld ik de volgende vijf medewerkers van mijn team aan voor de leergang "Almere: Sociale ambities in een groeiende stad" (gemeentelijke plaatsen):

   Harpist Eenenvijftig (wijkregisseur Almere Haven) - h.eenenvijftig@almere.nl
   Violist Tweeënvijftig (wijkregisseur Almere Stad) - v.tweeenvijftig@almere.nl
   Cellist Drieënvijftig (beleidsmedewerker leefbaarheid) - c.drieenvijftig@almere.nl
   Stemmer Vierenvijftig (gebiedsmanager Almere Poort) - s.vierenvijftig@almere.nl
   Klokkenist Vijfenvijftig (projectleider buurtinitiatieven) - k.vijfenvijftig@almere.nl

Een factuur is niet nodig. Zelf ben ik op de dagen helaas verhinderd.

Met vriendelijke groet,

Organist Vijftig
teamleider Wijkzaken
Gemeente Almere, Dienst Maatschappelijke Ontwikkeling
036 555 5000"""),
    X("a municipal team lead registers five of her team (not herself); no invoice",
      "register", "nl", people=5, persons=[
          P(name="Harpist Eenenvijftig", email="h.eenenvijftig@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Almere Haven"),
          P(name="Violist Tweeënvijftig", email="v.tweeenvijftig@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Almere Stad"),
          P(name="Cellist Drieënvijftig", email="c.drieenvijftig@almere.nl",
            organisation="Gemeente Almere", role="beleidsmedewerker leefbaarheid"),
          P(name="Stemmer Vierenvijftig", email="s.vierenvijftig@almere.nl",
            organisation="Gemeente Almere", role="gebiedsmanager Almere Poort"),
          P(name="Klokkenist Vijfenvijftig", email="k.vijfenvijftig@almere.nl",
            organisation="Gemeente Almere", role="projectleider buurtinitiatieven")]))

# 044 ---------------------------------------------------------------------
_inv044 = "Jeugdzorg Canon, afdeling Financiën, Postbus 5600, 1300 CB Almere"
add("group3-blocks-shared-block-o365", outlook365(
    "Koorzanger Zesenvijftig <k.zesenvijftig@jeugdzorgcanon.example.nl>",
    "Aanmelding leergang Almere (3 deelnemers)", "2010-04-01 11:47",
    """Geachte heer/mevrouw,

Hierbij meld ik namens Jeugdzorg Canon drie medewerkers aan voor de leergang.

Deelnemer 1
Naam: Luitspeler Zevenenvijftig
Functie: gezinscoach
E-mail: l.zevenenvijftig@jeugdzorgcanon.example.nl
Telefoon: 06 5555 7057

Deelnemer 2
Naam: Slagwerker Achtenvijftig
Functie: gedragsdeskundige
E-mail: s.achtenvijftig@jeugdzorgcanon.example.nl
Telefoon: 06 5555 8058
Dieet: glutenvrij

Deelnemer 3
Naam: Contrabassist Negenenvijftig
Functie: teamleider ambulante hulp
E-mail: c.negenenvijftig@jeugdzorgcanon.example.nl

Voor alle deelnemers geldt:
Organisatie: Jeugdzorg Canon
Factuuradres: Jeugdzorg Canon, afdeling Financiën, Postbus 5600, 1300 CB Almere
Kostenplaats: 560-OPL

Met vriendelijke groet,

Koorzanger Zesenvijftig
HR-adviseur
Jeugdzorg Canon
T 036 555 5600"""),
    X("HR: three numbered blocks, then 'Voor alle deelnemers geldt' with organisation and invoice",
      "register", "nl", people=3, persons=[
          P(name="Luitspeler Zevenenvijftig", email="l.zevenenvijftig@jeugdzorgcanon.example.nl",
            organisation="Jeugdzorg Canon", role="gezinscoach",
            phone="06 5555 7057", invoice_address=_inv044,
            invoice_reference="560-OPL"),
          P(name="Slagwerker Achtenvijftig", email="s.achtenvijftig@jeugdzorgcanon.example.nl",
            organisation="Jeugdzorg Canon", role="gedragsdeskundige",
            phone="06 5555 8058", diet="glutenvrij", invoice_address=_inv044,
            invoice_reference="560-OPL"),
          P(name="Contrabassist Negenenvijftig", email="c.negenenvijftig@jeugdzorgcanon.example.nl",
            organisation="Jeugdzorg Canon", role="teamleider ambulante hulp",
            invoice_address=_inv044, invoice_reference="560-OPL")]))

# 045 ---------------------------------------------------------------------
_inv045 = "Zorgcentrum Polyfonie, Crediteuren, Postbus 6000, 1300 CC Almere"
add("group6-semicolon-csv-after-cap-o365", outlook365(
    "Accordeonist Zestig <a.zestig@polyfonie.example.nl>",
    "Aanmelding zes medewerkers Zorgcentrum Polyfonie", "2010-05-14 09:20",
    """Goedemorgen,

Nu het maximum van drie deelnemers per organisatie vervallen is, melden wij alsnog zes collega's aan voor de leergang. Alle zes zijn werkzaam bij Zorgcentrum Polyfonie. Hieronder de gegevens uit onze opleidingsadministratie:

naam;e-mail;functie;telefoon
Dirigent Eenenzestig;d.eenenzestig@polyfonie.example.nl;verzorgende IG;036 555 6161
Fluitist Tweeënzestig;f.tweeenzestig@polyfonie.example.nl;activiteitenbegeleider;036 555 6262
Trommelaar Drieënzestig;t.drieenzestig@polyfonie.example.nl;teamleider;036 555 6363
Organist Vierenzestig;o.vierenzestig@polyfonie.example.nl;geestelijk verzorger;036 555 6464
Harpist Vijfenzestig;h.vijfenzestig@polyfonie.exmaple.nl;specialist ouderengeneeskunde;036 555 6565
Beiaardier Zesenzestig;b.zesenzestig@polyfonie.example.nl;maatschappelijk werker;036 555 6666

De facturen (graag per deelnemer) naar Zorgcentrum Polyfonie, Crediteuren, Postbus 6000, 1300 CC Almere, met vermelding van ordernummer PF-2010-060.

Met vriendelijke groet,

Accordeonist Zestig
medewerker opleidingen
Zorgcentrum Polyfonie"""),
    X("six lines separated by semicolons under a header row, after the limit per organisation ended; one address mistyped ('exmaple') is kept as given",
      "register", "nl", people=6, persons=[
          P(name="Dirigent Eenenzestig", email="d.eenenzestig@polyfonie.example.nl",
            organisation="Zorgcentrum Polyfonie", role="verzorgende IG",
            phone="036 555 6161", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060"),
          P(name="Fluitist Tweeënzestig", email="f.tweeenzestig@polyfonie.example.nl",
            organisation="Zorgcentrum Polyfonie", role="activiteitenbegeleider",
            phone="036 555 6262", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060"),
          P(name="Trommelaar Drieënzestig", email="t.drieenzestig@polyfonie.example.nl",
            organisation="Zorgcentrum Polyfonie", role="teamleider",
            phone="036 555 6363", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060"),
          P(name="Organist Vierenzestig", email="o.vierenzestig@polyfonie.example.nl",
            organisation="Zorgcentrum Polyfonie", role="geestelijk verzorger",
            phone="036 555 6464", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060"),
          P(name="Harpist Vijfenzestig", email="h.vijfenzestig@polyfonie.exmaple.nl",
            organisation="Zorgcentrum Polyfonie", role="specialist ouderengeneeskunde",
            phone="036 555 6565", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060"),
          P(name="Beiaardier Zesenzestig", email="b.zesenzestig@polyfonie.example.nl",
            organisation="Zorgcentrum Polyfonie", role="maatschappelijk werker",
            phone="036 555 6666", invoice_address=_inv045,
            invoice_reference="ordernummer PF-2010-060")]))

# 046 ---------------------------------------------------------------------
_inv046 = "Sample Metronome Debt Help Flevoland, Schuldweg 67, 1314 CD Almere"
add("group2-en-nonnative-prose-squirrelmail", squirrel(
    "Oboist SixtySeven <oboist67@metronomedebt.example.org>",
    "Registration two persons", "2010-04-02 15:40",
    """Hello,

We are two collegues from Sample Metronome Debt Help Flevoland and we want both to participate on the course in Almere. Me, I am Oboist SixtySeven, I am budget coach, and my collegue is Drummer SixtyEight, she is volunteer coordinator. Her email is drummer68@metronomedebt.example.org, mine you see above. My phone is 06 5556 7067.

Please make one invoice for us both to Sample Metronome Debt Help Flevoland, Schuldweg 67, 1314 CD Almere.

Drummer is eating halal food.

Best regards,
Oboist SixtySeven
"""),
    X("two people in non-native English prose; the writer's address is the From ('mine you see above')",
      "register", "en", people=2, persons=[
          P(name="Oboist SixtySeven", email="oboist67@metronomedebt.example.org",
            organisation="Sample Metronome Debt Help Flevoland", role="budget coach",
            phone="06 5556 7067", invoice_address=_inv046),
          P(name="Drummer SixtyEight", email="drummer68@metronomedebt.example.org",
            organisation="Sample Metronome Debt Help Flevoland",
            role="volunteer coordinator", diet="halal",
            invoice_address=_inv046)]))

# 047 ---------------------------------------------------------------------
add("group2-municipal-and-partner-o365", outlook365(
    "Tamboer Negenenzestig <t.negenenzestig@almere.nl>",
    "Aanmelding leergang: gemeente en Grondtoon", "2010-04-08 16:25",
    """Beste secretariaat,

Graag meld ik mijzelf en mijn vaste partner bij de woningcorporatie aan voor de leergang. Wij werken in Almere Poort samen aan de wijkaanpak en willen de leergang graag samen volgen.

- Tamboer Negenenzestig, wijkregisseur Almere Poort, gemeente Almere (t.negenenzestig@almere.nl)
- Speelman Zeventig, projectleider leefbaarheid, Woningcorporatie Grondtoon (s.zeventig@grondtoon.example.nl, 036 555 7070)

Voor mij is geen factuur nodig; de factuur voor Speelman graag naar Woningcorporatie Grondtoon, Postbus 2828, 1300 BL Almere.

Met vriendelijke groet,

Tamboer Negenenzestig
Wijkregisseur Almere Poort
Gemeente Almere
06 5556 9069"""),
    X("a municipal officer and a housing-association partner: two pools, the invoice for the partner only",
      "register", "nl", people=2, persons=[
          P(name="Tamboer Negenenzestig", email="t.negenenzestig@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Almere Poort",
            phone="06 5556 9069"),
          P(name="Speelman Zeventig", email="s.zeventig@grondtoon.example.nl",
            organisation="Woningcorporatie Grondtoon",
            role="projectleider leefbaarheid", phone="036 555 7070",
            invoice_address="Woningcorporatie Grondtoon, Postbus 2828, 1300 BL Almere")]))

# 048 ---------------------------------------------------------------------
_inv048 = "Zorggroep Cadans, Postbus 707, 1300 AA Almere, t.a.v. HRM/opleidingen"
_p048 = [("Blazer Tweeënzeventig", "b.tweeenzeventig@cadans.example.nl", "wijkverpleegkundige"),
         ("Dirigent Drieënzeventig", "d.drieenzeventig@cadans.example.nl", "verzorgende IG"),
         ("Fluitist Vierenzeventig", "f.vierenzeventig@cadans.example.nl", "teamleider wonen"),
         ("Trommelaar Vijfenzeventig", "t.vijfenzeventig@cadans.example.nl", "casemanager dementie"),
         ("Organist Zesenzeventig", "o.zesenzeventig@cadans.example.nl", "activiteitenbegeleider"),
         ("Cellist Zevenenzeventig", "c.zevenenzeventig@cadans.example.nl", "wijkverpleegkundige"),
         ("Harpist Achtenzeventig", "h.achtenzeventig@cadans.example.nl", "specialist ouderengeneeskunde"),
         ("Violist Negenenzeventig", "v.negenenzeventig@cadans.example.nl", "locatiemanager"),
         ("Componist Tachtig", "c.tachtig@cadans.example.nl", "fysiotherapeut"),
         ("Stemmer Eenentachtig", "s.eenentachtig@cadans.example.nl", "praktijkondersteuner")]
add("group10-hr-notes-numbered-dashes", notes(
    "Opleidingen Zorggroep Cadans <opleidingen@cadans.example.nl>",
    "Aanmelding 10 medewerkers leergang deSTADSWIJKstudies", "2010-05-12 10:05",
    """Geachte heer/mevrouw,

Nu het maximum per organisatie na 11 mei niet meer geldt, melden wij de volgende tien medewerkers van Zorggroep Cadans aan voor de leergang "Almere: Sociale ambities in een groeiende stad":

1. Blazer Tweeënzeventig - wijkverpleegkundige - b.tweeenzeventig@cadans.example.nl
2. Dirigent Drieënzeventig - verzorgende IG - d.drieenzeventig@cadans.example.nl
3. Fluitist Vierenzeventig - teamleider wonen - f.vierenzeventig@cadans.example.nl
4. Trommelaar Vijfenzeventig - casemanager dementie - t.vijfenzeventig@cadans.example.nl
5. Organist Zesenzeventig - activiteitenbegeleider - o.zesenzeventig@cadans.example.nl
6. Cellist Zevenenzeventig - wijkverpleegkundige - c.zevenenzeventig@cadans.example.nl
7. Harpist Achtenzeventig - specialist ouderengeneeskunde - h.achtenzeventig@cadans.example.nl
8. Violist Negenenzeventig - locatiemanager - v.negenenzeventig@cadans.example.nl
9. Componist Tachtig - fysiotherapeut - c.tachtig@cadans.example.nl
10. Stemmer Eenentachtig - praktijkondersteuner - s.eenentachtig@cadans.example.nl

Alle facturen naar Zorggroep Cadans, Postbus 707, 1300 AA Almere, t.a.v. HRM/opleidingen, kostenplaats 7100.

Met vriendelijke groet,

Zanger Eenenzeventig
adviseur opleidingen, afdeling HRM
Zorggroep Cadans
036 555 7100"""),
    X("ten numbered lines 'name - function - address' from HR's shared Notes mailbox, after the limit ended",
      "register", "nl", people=10, persons=[
          P(name=n, email=e, organisation="Zorggroep Cadans", role=r,
            invoice_address=_inv048, invoice_reference="kostenplaats 7100")
          for n, e, r in [
              ("Blazer Tweeënzeventig", "b.tweeenzeventig@cadans.example.nl", "wijkverpleegkundige"),
              ("Dirigent Drieënzeventig", "d.drieenzeventig@cadans.example.nl", "verzorgende IG"),
              ("Fluitist Vierenzeventig", "f.vierenzeventig@cadans.example.nl", "teamleider wonen"),
              ("Trommelaar Vijfenzeventig", "t.vijfenzeventig@cadans.example.nl", "casemanager dementie"),
              ("Organist Zesenzeventig", "o.zesenzeventig@cadans.example.nl", "activiteitenbegeleider"),
              ("Cellist Zevenenzeventig", "c.zevenenzeventig@cadans.example.nl", "wijkverpleegkundige"),
              ("Harpist Achtenzeventig", "h.achtenzeventig@cadans.example.nl", "specialist ouderengeneeskunde"),
              ("Violist Negenenzeventig", "v.negenenzeventig@cadans.example.nl", "locatiemanager"),
              ("Componist Tachtig", "c.tachtig@cadans.example.nl", "fysiotherapeut"),
              ("Stemmer Eenentachtig", "s.eenentachtig@cadans.example.nl", "praktijkondersteuner")]]))

# 049 ---------------------------------------------------------------------
_inv049 = "Bibliotheek Octaafstad, t.a.v. de controller, Postbus 1111, 1300 BD Almere"
add("group3-angle-brackets-macmail", macmail(
    "Klokkenist Tweeëntachtig <k.tweeentachtig@octaafstad.example.nl>",
    "Aanmelding leergang (3x Bibliotheek Octaafstad)", "2010-05-03 13:22",
    """Goedemiddag,

Wij melden ons aan voor de leergang:

Klokkenist Tweeëntachtig <k.tweeentachtig@octaafstad.example.nl>, mediacoach
Koorzanger Drieëntachtig <k.drieentachtig@octaafstad.example.nl>, coördinator taalhuis
Hoornist Vierentachtig <h.vierentachtig@octaafstad.example.nl>, educatief medewerker

Alle drie van Bibliotheek Octaafstad. De factuur naar Bibliotheek Octaafstad, t.a.v. de controller, Postbus 1111, 1300 BD Almere.

Hartelijke groet,
Klokkenist Tweeëntachtig
036 555 8282
"""),
    X("three 'Name <address>, function' lines; 'Alle drie van' gives the organisation; the writer is the first",
      "register", "nl", people=3, persons=[
          P(name="Klokkenist Tweeëntachtig", email="k.tweeentachtig@octaafstad.example.nl",
            organisation="Bibliotheek Octaafstad", role="mediacoach",
            phone="036 555 8282", invoice_address=_inv049),
          P(name="Koorzanger Drieëntachtig", email="k.drieentachtig@octaafstad.example.nl",
            organisation="Bibliotheek Octaafstad", role="coördinator taalhuis",
            invoice_address=_inv049),
          P(name="Hoornist Vierentachtig", email="h.vierentachtig@octaafstad.example.nl",
            organisation="Bibliotheek Octaafstad", role="educatief medewerker",
            invoice_address=_inv049)]))

# 050 ---------------------------------------------------------------------
_inv050 = "Vrijwilligerscentrale Samenzang, Zangstraat 85, 1316 AB Almere"
add("group2-coordinator-and-volunteer-yahoo", yahoo2(
    "Pianist Vijfentachtig <pianist85@samenzang.example.org>",
    "Aanmelding voor mij en een vrijwilliger", "2010-04-14 20:48",
    """Goedenavond,

Ik ben coördinator van het maatjesproject bij Vrijwilligerscentrale Samenzang en meld mij graag aan voor de leergang. Ik wil ook een van onze vaste vrijwilligers aanmelden, Luitspeler Zesentachtig. Zij is vrijwilliger maatjesproject bij ons en heeft veel ervaring met gezinnen in de schulden. Haar mailadres is luitspeler86@gmail.example.com.

Mijn telefoonnummer is 06 5558 5085.

Voor ons allebei één factuur aan: Vrijwilligerscentrale Samenzang, Zangstraat 85, 1316 AB Almere.

Hartelijke groet,
Pianist Vijfentachtig"""),
    X("a coordinator registers herself and a volunteer with a private address; one invoice for both",
      "register", "nl", people=2, persons=[
          P(name="Pianist Vijfentachtig", email="pianist85@samenzang.example.org",
            organisation="Vrijwilligerscentrale Samenzang",
            role="coördinator van het maatjesproject", phone="06 5558 5085",
            invoice_address=_inv050),
          P(name="Luitspeler Zesentachtig", email="luitspeler86@gmail.example.com",
            organisation="Vrijwilligerscentrale Samenzang",
            role="vrijwilliger maatjesproject", invoice_address=_inv050)]))

# 051 ---------------------------------------------------------------------
_t051 = """Beste organisatie,

Hierbij meld ik vier collega's aan voor de leergang deSTADSWIJKstudies op locatie Almere:

Naam\tFunctie\tE-mail\tTelefoon\tDieet
Contrabassist Achtentachtig\twijkcoach\tc.achtentachtig@tegenstem.example.nl\t06 5558 8088\t-
Bandleider Negenentachtig\twijkcoach\tb.negenentachtig@tegenstem.example.nl\t06 5558 9089\tvegetarisch
Liedjesschrijver Negentig\tteamleider\tl.negentig@tegenstem.example.nl\t06 5559 0090\t-
Tamboer Eenennegentig\tgezinsondersteuner\tt.eenennegentig@tegenstem.example.nl\t06 5559 1091\tlactosevrij

Allen werkzaam bij Stichting Wijkteams Tegenstem. Factuuradres voor alle vier: Stichting Wijkteams Tegenstem, Postbus 8700, 1300 CD Almere, kostenplaats 8700-11.

Met vriendelijke groet,

Slagwerker Zevenentachtig
opleidingscoördinator
Stichting Wijkteams Tegenstem"""
_rows051 = [("Contrabassist Achtentachtig", "wijkcoach", "c.achtentachtig@tegenstem.example.nl", "06 5558 8088", "-"),
            ("Bandleider Negenentachtig", "wijkcoach", "b.negenentachtig@tegenstem.example.nl", "06 5558 9089", "vegetarisch"),
            ("Liedjesschrijver Negentig", "teamleider", "l.negentig@tegenstem.example.nl", "06 5559 0090", "-"),
            ("Tamboer Eenennegentig", "gezinsondersteuner", "t.eenennegentig@tegenstem.example.nl", "06 5559 1091", "lactosevrij")]
_h051 = ("<html><body lang=NL><div class=WordSection1>"
         "<p class=MsoNormal>Beste organisatie,</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Hierbij meld ik vier collega&#8217;s aan voor de leergang deSTADSWIJKstudies op locatie Almere:</p>"
         "<p class=MsoNormal>&nbsp;</p><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>"
         "<tr><td><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal><b>Functie</b></p></td>"
         "<td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><b>Telefoon</b></p></td>"
         "<td><p class=MsoNormal><b>Dieet</b></p></td></tr>" +
         "".join("<tr>" + "".join("<td><p class=MsoNormal>%s</p></td>" % c for c in r) + "</tr>" for r in _rows051) +
         "</table><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Allen werkzaam bij Stichting Wijkteams Tegenstem. Factuuradres voor alle vier: "
         "Stichting Wijkteams Tegenstem, Postbus 8700, 1300 CD Almere, kostenplaats 8700-11.</p>"
         "<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Met vriendelijke groet,</p><p class=MsoNormal>&nbsp;</p>"
         "<p class=MsoNormal>Slagwerker Zevenentachtig<br>opleidingsco&ouml;rdinator<br>Stichting Wijkteams Tegenstem</p>"
         "</div></body></html>\n")
_inv051 = "Stichting Wijkteams Tegenstem, Postbus 8700, 1300 CD Almere"
add("group4-spreadsheet-table-diet-column-outlook2010", outlook2010(
    "Slagwerker Zevenentachtig <s.zevenentachtig@tegenstem.example.nl>",
    "Aanmelding leergang: 4 medewerkers Wijkteams Tegenstem", "2010-04-06 11:30",
    _t051, html=_h051),
    X("a table of four with a diet column ('-' is none); 'Allen werkzaam bij' and one invoice address for all",
      "register", "nl", people=4, persons=[
          P(name="Contrabassist Achtentachtig", email="c.achtentachtig@tegenstem.example.nl",
            organisation="Stichting Wijkteams Tegenstem", role="wijkcoach",
            phone="06 5558 8088", invoice_address=_inv051,
            invoice_reference="kostenplaats 8700-11"),
          P(name="Bandleider Negenentachtig", email="b.negenentachtig@tegenstem.example.nl",
            organisation="Stichting Wijkteams Tegenstem", role="wijkcoach",
            phone="06 5558 9089", diet="vegetarisch", invoice_address=_inv051,
            invoice_reference="kostenplaats 8700-11"),
          P(name="Liedjesschrijver Negentig", email="l.negentig@tegenstem.example.nl",
            organisation="Stichting Wijkteams Tegenstem", role="teamleider",
            phone="06 5559 0090", invoice_address=_inv051,
            invoice_reference="kostenplaats 8700-11"),
          P(name="Tamboer Eenennegentig", email="t.eenennegentig@tegenstem.example.nl",
            organisation="Stichting Wijkteams Tegenstem", role="gezinsondersteuner",
            phone="06 5559 1091", diet="lactosevrij", invoice_address=_inv051,
            invoice_reference="kostenplaats 8700-11")]))

# 052 ---------------------------------------------------------------------
add("forward-zimbra-from-hr", zimbra(
    "Violist Honderdtweeënvijftig <v.honderdtweeenvijftig@toonladder.example.nl>",
    "Fwd: leergang Almere", "2010-04-12 14:40",
    """Goedemiddag,

Hieronder de vraag van onze collega Speelman Tweeënnegentig. Graag aanmelden voor de leergang; de factuur kan naar Stichting Toonladder, t.a.v. financiële administratie, Postbus 55012, 1300 BA Almere.

Met vriendelijke groet,
Violist Honderdtweeënvijftig
P&O, Stichting Toonladder""" + zimbra_forward_nl(
        "\"Speelman Tweeënnegentig\" <speelman92@toonladder.example.nl>",
        "\"Violist Honderdtweeënvijftig\" <v.honderdtweeenvijftig@toonladder.example.nl>",
        "2010-04-12 09:05", "leergang Almere",
        """Hoi,

Ik zou graag naar de leergang in Almere gaan waar de brochure van rondging. Kun jij mij aanmelden? Ik werk als buurtbemiddelaar, telefoon 06 5559 2092.

Groetjes,
Speelman""")),
    X("HR forwards a colleague's request in Zimbra's '----- Doorgestuurd bericht -----' block; the participant's address is the forwarded From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Speelman Tweeënnegentig", email="speelman92@toonladder.example.nl",
          organisation="Stichting Toonladder", role="buurtbemiddelaar",
          phone="06 5559 2092",
          invoice_address="Stichting Toonladder, t.a.v. financiële administratie, Postbus 55012, 1300 BA Almere")]))

# 053 ---------------------------------------------------------------------
add("forward-en-outlook2010-manager", outlook2010(
    "Conductor HundredFiftyThree <conductor153@duettenants.example.org>",
    "FW: Almere course", "2010-04-15 09:50",
    """Hello,

Please register Trumpeter NinetyThree (below) for the course. The invoice can go to Sample Duet Tenants Almere, Duetlaan 9, 1315 AB Almere.

Regards,
Conductor HundredFiftyThree
Director, Sample Duet Tenants Almere""" + outlook_quote_en(
        "Trumpeter NinetyThree [mailto:trumpeter93@duettenants.example.org]",
        "Wednesday, April 14, 2010 4:32 PM", "Conductor HundredFiftyThree",
        "Almere course",
        """Hi Conductor,

I'd love to attend the Almere course from the brochure you circulated. For the registration my function is tenant support officer, and my phone number is 06 5559 3093.

Could you arrange it?

Thanks,
Trumpeter"""), lang="EN"),
    X("a director forwards a staff member's request under Outlook's From/Sent/To/Subject block; the participant's address is in the quoted From",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Trumpeter NinetyThree", email="trumpeter93@duettenants.example.org",
          organisation="Sample Duet Tenants Almere", role="tenant support officer",
          phone="06 5559 3093",
          invoice_address="Sample Duet Tenants Almere, Duetlaan 9, 1315 AB Almere")]))

# 054 ---------------------------------------------------------------------
add("forward-gmail-dutch-volunteer", gmail2(
    "Componist Honderdvierenvijftig <componist154@refrein.example.nl>",
    "Fwd: aanmelding leergang", "2010-05-04 16:15",
    """Beste mensen,

Zie het bericht hieronder van Zanger Vierennegentig, vrijwilliger thuisadministratie bij Humanitas Refrein. Wilt u haar aanmelden? De factuur mag naar Humanitas Refrein, ter attentie van de penningmeester, Refreinstraat 16, 1312 AA Almere.

Groet,
Componist Honderdvierenvijftig
coördinator vrijwilligers Humanitas Refrein

---------- Doorgestuurd bericht ----------
Van: Zanger Vierennegentig <zanger94@gmail.example.com>
Datum: 4 mei 2010 14:02
Onderwerp: aanmelding leergang
Aan: Componist Honderdvierenvijftig <componist154@refrein.example.nl>


Hallo Componist,

Wil jij mij aanmelden voor de leergang in de bibliotheek? Ik heb er veel zin in. Mijn telefoon is 06 5559 4094 en ik eet geen vlees.

Groetjes,
Zanger"""),
    X("a volunteer coordinator forwards a volunteer's mail (Gmail's Dutch forward block); her address is the forwarded From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Zanger Vierennegentig", email="zanger94@gmail.example.com",
          organisation="Humanitas Refrein", role="vrijwilliger thuisadministratie",
          phone="06 5559 4094", diet="geen vlees",
          invoice_address="Humanitas Refrein, ter attentie van de penningmeester, Refreinstraat 16, 1312 AA Almere")]))

# 055 ---------------------------------------------------------------------
_in055 = EmailMessage()
_in055["From"] = "Beiaardier Vijfennegentig <b.vijfennegentig@stemvork.example.nl>"
_in055["To"] = "Hoornist Honderdvijfenvijftig <h.honderdvijfenvijftig@stemvork.example.nl>"
_in055["Subject"] = "leergang Almere"
_in055["Date"] = d("2010-05-05 11:20")
_in055["Message-ID"] = "<4BE13A.5090701@stemvork.example.nl>"
_in055["User-Agent"] = "Mozilla Thunderbird"
_in055.set_content("""Hoi,

Ik zou graag deelnemen aan de leergang "Almere: Sociale ambities in een groeiende stad". Wil jij dat regelen?

Groet,
Beiaardier Vijfennegentig
buurtsportcoach, Buurtwerk Stemvork
06 5559 5095 | b.vijfennegentig@stemvork.example.nl
""", charset="utf-8", cte="8bit")
_att055 = rfc822_part(_in055)
_att055["Content-Disposition"] = 'attachment; filename="leergang Almere.eml"'
_m055 = tb115(
    "Hoornist Honderdvijfenvijftig <h.honderdvijfenvijftig@stemvork.example.nl>",
    "Fwd: leergang Almere", "2010-05-05 15:02",
    """Goedemiddag,

In de bijlage de aanvraag van Beiaardier Vijfennegentig, buurtsportcoach in mijn team. Graag aanmelden. Factuur naar Buurtwerk Stemvork, Postbus 404, 1300 AK Almere.

Met vriendelijke groet,
Hoornist Honderdvijfenvijftig
teamleider Buurtwerk Stemvork""")
add("forward-as-attachment-thunderbird", with_attachments(_m055, [_att055]),
    X("a team lead forwards the request as an attached message; the participant's address is in its From and signature",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Beiaardier Vijfennegentig", email="b.vijfennegentig@stemvork.example.nl",
          organisation="Buurtwerk Stemvork", role="buurtsportcoach",
          phone="06 5559 5095",
          invoice_address="Buurtwerk Stemvork, Postbus 404, 1300 AK Almere")]))

# 056 ---------------------------------------------------------------------
add("forward-applemail-begin-doorgestuurd", macmail(
    "Cellist Honderdzesenvijftig <c.honderdzesenvijftig@speeldoos.example.com>",
    "Doorgestuurd: aanmelding leergang", "2010-05-07 10:12",
    """Goedemorgen,

Graag onze pedagogisch medewerker Accordeonist Zesennegentig aanmelden, zie haar mail hieronder. Zij werkt op locatie De Vlieger van Kinderopvang Speeldoos. De factuur kan naar Kinderopvang Speeldoos, afd. personeelszaken, Speeldooslaan 6, 1335 AB Almere.

Met vriendelijke groet,
Cellist Honderdzesenvijftig
locatiemanager

Begin doorgestuurd bericht:

Van: Accordeonist Zesennegentig <accordeonist96@speeldoos.example.com>
Onderwerp: aanmelding leergang
Datum: 6 mei 2010 09:12:33 CEST
Aan: Cellist Honderdzesenvijftig <c.honderdzesenvijftig@speeldoos.example.com>

Dag Cellist,

Mag ik mij voor de leergang opgeven? Mijn mobiel is 06 5559 6096. Ik ben allergisch voor noten.

Groet, Accordeonist
"""),
    X("a location manager forwards with Apple Mail's 'Begin doorgestuurd bericht:'; an allergy is her diet",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Accordeonist Zesennegentig", email="accordeonist96@speeldoos.example.com",
          organisation="Kinderopvang Speeldoos", role="pedagogisch medewerker",
          phone="06 5559 6096", diet="allergisch voor noten",
          invoice_address="Kinderopvang Speeldoos, afd. personeelszaken, Speeldooslaan 6, 1335 AB Almere")]))

# 057 ---------------------------------------------------------------------
_s057, _b057 = incomplete_nl("Fluitist Zevenennegentig", ["Organisatie", "Functie"],
                             [("Naam", "Fluitist Zevenennegentig"),
                              ("E-mail", "f97@dwarsfluit.example.net")])
add("details-missing-answer-above-zimbra", zimbra(
    "Fluitist Zevenennegentig <f97@dwarsfluit.example.net>",
    "Re: " + _s057, "2010-04-27 12:05",
    """Sorry, vergeten. Hier de rest:

Organisatie: Stichting Dwarsfluit
Functie: wijkcoach
Telefoon: 06 5559 7097
Factuur: Stichting Dwarsfluit, Fluitpad 30, 1343 AB Almere

Groet, Fluitist""" + zimbra_quote_nl(
        "\"deSTADSWIJKstudies Almere\" <aanmelden@example.org>",
        "\"Fluitist Zevenennegentig\" <f97@dwarsfluit.example.net>",
        "2010-04-27 11:31", _s057, _b057),
    irt="<regbot.incomplete.3c9a80d1e5f27b44@example.org>"),
    X("answers 'details missing' above Zimbra's quote; name and address from the quoted 'Wat wij wel hebben begrepen'",
      "register", "nl", people=1, persons=[P(
          name="Fluitist Zevenennegentig", email="f97@dwarsfluit.example.net",
          organisation="Stichting Dwarsfluit", role="wijkcoach",
          phone="06 5559 7097",
          invoice_address="Stichting Dwarsfluit, Fluitpad 30, 1343 AB Almere")]))

# 058 ---------------------------------------------------------------------
_s058, _b058 = incomplete_nl("Organist Achtennegentig", ["Organisatie", "Functie"],
                             [("Naam", "Organist Achtennegentig"),
                              ("E-mail", "o.achtennegentig@ggdmaatsoort.example.nl"),
                              ("Telefoon", "088 555 9898")])
_q058 = quote(_b058).split("\n")
_i = _q058.index(">   - Functie") + 1
_body058 = "\n".join(_q058[:_i] + ["", "Organisatie: GGD Maatsoort", "Functie: sociaal verpleegkundige",
                                   "Factuur: GGD Maatsoort, Postbus 1818, 8200 AA Lelystad", ""] + _q058[_i:])
add("details-missing-inline-thunderbird", tb(
    "Organist Achtennegentig <o.achtennegentig@ggdmaatsoort.example.nl>",
    "Re: " + _s058, "2010-04-28 08:44",
    "Op 27-4-2010 17:02, deSTADSWIJKstudies Almere schreef:\n" + _body058 +
    "\n\nGroet,\nOrganist Achtennegentig",
    irt="<regbot.incomplete.6e01fa2c9d4b8a13@example.org>"),
    X("answers typed between the quoted lines of 'details missing'; the rest from its 'Wat wij wel hebben begrepen'",
      "register", "nl", people=1, persons=[P(
          name="Organist Achtennegentig", email="o.achtennegentig@ggdmaatsoort.example.nl",
          organisation="GGD Maatsoort", role="sociaal verpleegkundige",
          phone="088 555 9898",
          invoice_address="GGD Maatsoort, Postbus 1818, 8200 AA Lelystad")]))

# 059 ---------------------------------------------------------------------
_s059, _b059 = incomplete_en("Cantor NinetyNine", ["Organisation", "Phone"],
                             [("Name", "Cantor NinetyNine"),
                              ("E-mail", "cantor99@duettenants.example.org"),
                              ("Function", "community development worker")])
add("details-missing-en-answer-squirrel", squirrel(
    "Cantor NinetyNine <cantor99@duettenants.example.org>",
    "Re: " + _s059, "2010-04-29 10:10",
    """Dear secretariat,

My organisation is Sample Duet Tenants Almere and my phone is 06 5559 9099. The invoice please to Sample Duet Tenants Almere, Duetlaan 9, 1315 AB Almere.

Cantor""" + squirrel_quote("2010-04-29 09:48",
                           "deSTADSWIJKstudies Almere", _b059),
    irt="<regbot.incomplete.b27c5e9f04d16a38@example.org>"),
    X("answers the English 'details missing' mail in prose; name, address and function from its 'What we did understand'",
      "register", "en", people=1, persons=[P(
          name="Cantor NinetyNine", email="cantor99@duettenants.example.org",
          organisation="Sample Duet Tenants Almere",
          role="community development worker", phone="06 5559 9099",
          invoice_address="Sample Duet Tenants Almere, Duetlaan 9, 1315 AB Almere")]))

# 060 ---------------------------------------------------------------------
_s060, _b060 = incomplete_nl("Cellist Honderd", ["Organisatie", "Functie"],
                             [("Naam", "Cellist Honderd"),
                              ("E-mail", "c.honderd@almere.nl")])
add("details-missing-municipal-ios", ios(
    "Cellist Honderd <c.honderd@almere.nl>",
    "Re: " + _s060, "2010-05-06 17:31",
    "Gemeente Almere, afdeling Zorg en Welzijn, beleidsmedewerker mantelzorg. 036 555 1000" +
    ios_quote_nl("2010-05-06 17:20", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b060),
    irt="<regbot.incomplete.0f4d7b19ea6c2358@example.org>"),
    X("one line from an iPhone under 'details missing': organisation, department, function, phone",
      "register", "nl", people=1, persons=[P(
          name="Cellist Honderd", email="c.honderd@almere.nl",
          organisation="Gemeente Almere", role="beleidsmedewerker mantelzorg",
          phone="036 555 1000")]))
