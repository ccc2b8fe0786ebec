"""Set 4, batch 2: groups, forwarded participants, more single registrations."""
from email.message import EmailMessage

from set4_lib import *  # noqa: F401,F403

# 37 two people, invoice address for both stated once
add("group2-nl-invoice-once", outlook(
    "Klasgenoot Eenenveertig <k41@wijkatelier-proefzone.example.nl>",
    "Aanmelding twee medewerkers", "2010-03-12 11:11",
    """Goedemorgen,

Wij melden graag twee medewerkers aan voor de leergang:

1. Klasgenoot Eenenveertig, projectleider, k41@wijkatelier-proefzone.example.nl, 036-5211041
2. Klasgenoot Tweeenveertig, wijkontwikkelaar, k42@wijkatelier-proefzone.example.nl, 036-5211042

Factuuradres voor beiden: Stichting Wijkatelier Proefzone, Bolderweg 2, 1332 AT Almere, o.v.v. project 2010-17.

Met vriendelijke groet,
Klasgenoot Eenenveertig
Stichting Wijkatelier Proefzone"""),
    X("two colleagues numbered on one line each; organisation (signature) and invoice address stated once for both; o.v.v. dropped, 'project' kept",
      "register", "nl", people=2, persons=[
          P(name="Klasgenoot Eenenveertig", email="k41@wijkatelier-proefzone.example.nl",
            organisation="Stichting Wijkatelier Proefzone", role="projectleider",
            phone="036-5211041",
            invoice_address="Stichting Wijkatelier Proefzone, Bolderweg 2, 1332 AT Almere",
            invoice_reference="project 2010-17"),
          P(name="Klasgenoot Tweeenveertig", email="k42@wijkatelier-proefzone.example.nl",
            organisation="Stichting Wijkatelier Proefzone", role="wijkontwikkelaar",
            phone="036-5211042",
            invoice_address="Stichting Wijkatelier Proefzone, Bolderweg 2, 1332 AT Almere",
            invoice_reference="project 2010-17")]))

# 38 three municipal staff, plain-text columns
add("group3-almere-columns", mutt(
    "Pionier Drieenveertig <pdrieenveertig@almere.nl>",
    "Aanmelding 3 deelnemers DMO", "2010-03-16 08:30",
    """Beste collega's,

Graag de volgende drie collega's aanmelden (allen Gemeente Almere, DMO):

Naam                     Functie                   E-mail
Pionier Drieenveertig    beleidsmedewerker jeugd   pdrieenveertig@almere.nl
Pionier Vierenveertig    accountmanager welzijn    pvierenveertig@almere.nl
Pionier Vijfenveertig    senior beleidsadviseur    pvijfenveertig@almere.nl

Pionier Vijfenveertig is vegetariër.

Groet,
Pionier Drieenveertig
Afdeling Beleid en Regie, tel. 036 539 9043"""),
    X("three municipal staff in plain-text columns; 'allen Gemeente Almere, DMO' gives the organisation; the writer's phone completes her own line",
      "register", "nl", people=3, persons=[
          P(name="Pionier Drieenveertig", email="pdrieenveertig@almere.nl",
            organisation="Gemeente Almere", role="beleidsmedewerker jeugd",
            phone="036 539 9043"),
          P(name="Pionier Vierenveertig", email="pvierenveertig@almere.nl",
            organisation="Gemeente Almere", role="accountmanager welzijn"),
          P(name="Pionier Vijfenveertig", email="pvijfenveertig@almere.nl",
            organisation="Gemeente Almere", role="senior beleidsadviseur",
            diet="vegetariër")]))

# 39 four people, HTML-only table, after 11 May
_html39 = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 12 (filtered medium)"></head>
<body lang=NL link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal>Geachte organisatie,</p>
<p class=MsoNormal>Nu de grens van drie per organisatie vervallen is, melden wij de volgende vier medewerkers van Zorggroep Oefenhof aan:</p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal><b>Functie</b></p></td><td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><b>Telefoon</b></p></td><td><p class=MsoNormal><b>Dieet</b></p></td></tr>
<tr><td><p class=MsoNormal>Meeloper Zesenveertig</p></td><td><p class=MsoNormal>wijkverpleegkundige</p></td><td><p class=MsoNormal>mz46@oefenhof.example.org</p></td><td><p class=MsoNormal>036-5270046</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
<tr><td><p class=MsoNormal>Meeloper Zevenenveertig</p></td><td><p class=MsoNormal>specialist ouderengeneeskunde</p></td><td><p class=MsoNormal>mz47@oefenhof.example.org</p></td><td><p class=MsoNormal>036-5270047</p></td><td><p class=MsoNormal>vegetarisch</p></td></tr>
<tr><td><p class=MsoNormal>Meeloper Achtenveertig</p></td><td><p class=MsoNormal>teamcoach</p></td><td><p class=MsoNormal>mz48@oefenhof.example.org</p></td><td><p class=MsoNormal>036-5270048</p></td><td><p class=MsoNormal>&nbsp;</p></td></tr>
<tr><td><p class=MsoNormal>Meeloper Negenenveertig</p></td><td><p class=MsoNormal>beleidsadviseur</p></td><td><p class=MsoNormal>mz49@oefenhof.example.org</p></td><td><p class=MsoNormal>036-5270049</p></td><td><p class=MsoNormal>glutenvrij</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Factuur: Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere, bestelnummer OH-10-221.</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Met vriendelijke groet,<br>Buurtcoach Twee<br>teamleider wijkzorg</p>
</div></body></html>
"""
add("group4-html-table", outlook(
    "Buurtcoach Twee <buurtcoach.twee@oefenhof.example.org>",
    "Aanmelding 4 medewerkers Zorggroep Oefenhof", "2010-05-12 10:20", "",
    html_only=True, html=_html39),
    X("four colleagues in an HTML table, sent by a team leader who is not among them; invoice stated once; 'bestelnummer' kept",
      "register", "nl", people=4, persons=[
          P(name="Meeloper Zesenveertig", email="mz46@oefenhof.example.org",
            organisation="Zorggroep Oefenhof", role="wijkverpleegkundige",
            phone="036-5270046",
            invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere",
            invoice_reference="bestelnummer OH-10-221"),
          P(name="Meeloper Zevenenveertig", email="mz47@oefenhof.example.org",
            organisation="Zorggroep Oefenhof", role="specialist ouderengeneeskunde",
            phone="036-5270047", diet="vegetarisch",
            invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere",
            invoice_reference="bestelnummer OH-10-221"),
          P(name="Meeloper Achtenveertig", email="mz48@oefenhof.example.org",
            organisation="Zorggroep Oefenhof", role="teamcoach",
            phone="036-5270048",
            invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere",
            invoice_reference="bestelnummer OH-10-221"),
          P(name="Meeloper Negenenveertig", email="mz49@oefenhof.example.org",
            organisation="Zorggroep Oefenhof", role="beleidsadviseur",
            phone="036-5270049", diet="glutenvrij",
            invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere",
            invoice_reference="bestelnummer OH-10-221")]))

# 40 English, two people, "Both are with ..."
add("group2-en-both-with", gmail(
    "Collaborator Fifty <collaborator50@trialhousing.example.org>",
    "Two registrations", "2010-03-26 14:02",
    """Hello,

I'd like to register two people for the Almere course:

Collaborator Fifty (that's me), tenant participation advisor, 036 744 5050
Collaborator FiftyOne, area manager, collaborator51@trialhousing.example.org, 036 744 5051

Both are with Sample Housing Partners. Invoice to Sample Housing Partners, PO Box 2210, 1300 CE Almere, reference SHP-TRAIN-10.

Thanks a lot,
Collaborator Fifty"""),
    X("two people, the writer herself (address from From) and a colleague; 'Both are with' gives the organisation to both",
      "register", "en", people=2, persons=[
          P(name="Collaborator Fifty", email="collaborator50@trialhousing.example.org",
            organisation="Sample Housing Partners", role="tenant participation advisor",
            phone="036 744 5050",
            invoice_address="Sample Housing Partners, PO Box 2210, 1300 CE Almere",
            invoice_reference="SHP-TRAIN-10"),
          P(name="Collaborator FiftyOne", email="collaborator51@trialhousing.example.org",
            organisation="Sample Housing Partners", role="area manager",
            phone="036 744 5051",
            invoice_address="Sample Housing Partners, PO Box 2210, 1300 CE Almere",
            invoice_reference="SHP-TRAIN-10")]))

# 41 three people in blocks, organisation and invoice above (Notes)
add("group3-blocks-notes", notes(
    "Personeelszaken Concept <PZ@buurtbeheer-concept.example.nl>",
    "Aanmeldingen leergang deSTADSWIJKstudies", "2010-04-09 15:15",
    """Geachte organisatie,

Organisatie: Buurtbeheer Concept
Factuuradres: Buurtbeheer Concept, t.a.v. P&O, Postbus 4040, 1300 GA Almere
Kostenplaats: 620

Deelnemers:

Naam: Klasgenoot Tweeenvijftig
Functie: buurtbeheerder
E-mail: k52@buurtbeheer-concept.example.nl

Naam: Klasgenoot Drieenvijftig
Functie: coördinator buurtbemiddeling
E-mail: k53@buurtbeheer-concept.example.nl
Dieet: vegetarisch

Naam: Klasgenoot Vierenvijftig
Functie: opzichter
E-mail: k54@buurtbeheer-concept.example.nl

Met vriendelijke groet,
afdeling P&O"""),
    X("P&O registers three people in blocks; organisation and invoice stated once above the list; 'Kostenplaats:' is a field label, value kept as 620",
      "register", "nl", people=3, persons=[
          P(name="Klasgenoot Tweeenvijftig", email="k52@buurtbeheer-concept.example.nl",
            organisation="Buurtbeheer Concept", role="buurtbeheerder",
            invoice_address="Buurtbeheer Concept, t.a.v. P&O, Postbus 4040, 1300 GA Almere",
            invoice_reference="620"),
          P(name="Klasgenoot Drieenvijftig", email="k53@buurtbeheer-concept.example.nl",
            organisation="Buurtbeheer Concept", role="coördinator buurtbemiddeling",
            diet="vegetarisch",
            invoice_address="Buurtbeheer Concept, t.a.v. P&O, Postbus 4040, 1300 GA Almere",
            invoice_reference="620"),
          P(name="Klasgenoot Vierenvijftig", email="k54@buurtbeheer-concept.example.nl",
            organisation="Buurtbeheer Concept", role="opzichter",
            invoice_address="Buurtbeheer Concept, t.a.v. P&O, Postbus 4040, 1300 GA Almere",
            invoice_reference="620")]))

# 42 prose: myself and a colleague
add("group2-prose-self-colleague", tb(
    "Meeloper Vijfenvijftig <mv55@bibliotheek-ontwerpstad.example.nl>",
    "Aanmelding", "2010-04-16 09:45",
    """Beste organisatie,

Mijn collega Meeloper Zesenvijftig (mv56@bibliotheek-ontwerpstad.example.nl) en ik willen ons graag samen aanmelden voor de leergang. Zij is programmamaker, ik ben hoofd publieksdiensten. De factuur kan naar Bibliotheek Ontwerpstad, Stadhuisplein 101, 1315 XC Almere.

Hartelijke groet,

Meeloper Vijfenvijftig
Hoofd Publieksdiensten
Bibliotheek Ontwerpstad
036-5486055
"""),
    X("prose: the writer and a colleague; the writer's signature gives her own role and phone; organisation for both",
      "register", "nl", people=2, persons=[
          P(name="Meeloper Vijfenvijftig", email="mv55@bibliotheek-ontwerpstad.example.nl",
            organisation="Bibliotheek Ontwerpstad", role="Hoofd Publieksdiensten",
            phone="036-5486055",
            invoice_address="Bibliotheek Ontwerpstad, Stadhuisplein 101, 1315 XC Almere"),
          P(name="Meeloper Zesenvijftig", email="mv56@bibliotheek-ontwerpstad.example.nl",
            organisation="Bibliotheek Ontwerpstad", role="programmamaker",
            invoice_address="Bibliotheek Ontwerpstad, Stadhuisplein 101, 1315 XC Almere")]))

# 43 team leader registers five municipal staff, dashes
add("group5-almere-team", outlook(
    "Teamleider Zevenenvijftig <tzevenenvijftig@almere.nl>",
    "aanmelding team Wijkzaken", "2010-03-31 16:40",
    """Hallo,

Vanuit het team Wijkzaken (Gemeente Almere) meld ik de volgende vijf collega's aan:

- Pionier Achtenvijftig - wijkmanager Haven - pachtenvijftig@almere.nl
- Pionier Negenenvijftig - wijkmanager Stad - pnegenenvijftig@almere.nl
- Pionier Zestig - wijkmanager Buiten - pzestig@almere.nl
- Pionier Eenenzestig - wijkcoördinator - peenenzestig@almere.nl
- Pionier Tweeenzestig - adviseur leefbaarheid - ptweeenzestig@almere.nl

Zelf kom ik niet mee.

Groet,
Teamleider Zevenenvijftig
Teamleider Wijkzaken"""),
    X("a team leader registers five municipal staff (not herself), one line each with dashes",
      "register", "nl", people=5, persons=[
          P(name="Pionier Achtenvijftig", email="pachtenvijftig@almere.nl",
            organisation="Gemeente Almere", role="wijkmanager Haven"),
          P(name="Pionier Negenenvijftig", email="pnegenenvijftig@almere.nl",
            organisation="Gemeente Almere", role="wijkmanager Stad"),
          P(name="Pionier Zestig", email="pzestig@almere.nl",
            organisation="Gemeente Almere", role="wijkmanager Buiten"),
          P(name="Pionier Eenenzestig", email="peenenzestig@almere.nl",
            organisation="Gemeente Almere", role="wijkcoördinator"),
          P(name="Pionier Tweeenzestig", email="ptweeenzestig@almere.nl",
            organisation="Gemeente Almere", role="adviseur leefbaarheid")]))

# 44 ten municipal staff
add("group10-almere-list", outlook(
    "Afdelingshoofd Drieenzestig <adrieenzestig@almere.nl>",
    "Aanmelding tien medewerkers Gemeente Almere", "2010-03-05 13:25",
    """Beste organisatie,

Hierbij meld ik tien medewerkers van de Gemeente Almere aan voor de leergang. Allen werkzaam bij de Dienst Maatschappelijke Ontwikkeling.

Vierenzestig, Member - m.vierenzestig@almere.nl
Vijfenzestig, Member - m.vijfenzestig@almere.nl
Zesenzestig, Member - m.zesenzestig@almere.nl
Zevenenzestig, Member - m.zevenenzestig@almere.nl
Achtenzestig, Member - m.achtenzestig@almere.nl
Negenenzestig, Member - m.negenenzestig@almere.nl
Zeventig, Member - m.zeventig@almere.nl
Eenenzeventig, Member - m.eenenzeventig@almere.nl
Tweeenzeventig, Member - m.tweeenzeventig@almere.nl
Drieenzeventig, Member - m.drieenzeventig@almere.nl

De functies volgen nog.

Met vriendelijke groet,
Afdelingshoofd Drieenzestig"""),
    X("ten municipal staff, names written 'Surname, First' as in the list; all Gemeente Almere; no roles given yet",
      "register", "nl", people=10, persons=[
          P(name="Vierenzestig, Member", email="m.vierenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Vijfenzestig, Member", email="m.vijfenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Zesenzestig, Member", email="m.zesenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Zevenenzestig, Member", email="m.zevenenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Achtenzestig, Member", email="m.achtenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Negenenzestig, Member", email="m.negenenzestig@almere.nl", organisation="Gemeente Almere"),
          P(name="Zeventig, Member", email="m.zeventig@almere.nl", organisation="Gemeente Almere"),
          P(name="Eenenzeventig, Member", email="m.eenenzeventig@almere.nl", organisation="Gemeente Almere"),
          P(name="Tweeenzeventig, Member", email="m.tweeenzeventig@almere.nl", organisation="Gemeente Almere"),
          P(name="Drieenzeventig, Member", email="m.drieenzeventig@almere.nl", organisation="Gemeente Almere")]))

# 45 English, three people, bullets, invoice below
add("group3-en-bullets", outlook(
    "Collaborator SeventyFour <c74@debtadvice.example.org>",
    "Registrations: 3 staff Example Debt Advice Flevoland", "2010-04-23 10:05",
    """Dear organiser,

Please register the following staff of Example Debt Advice Flevoland:

* Collaborator SeventyFour - team manager - c74@debtadvice.example.org
* Collaborator SeventyFive - budget coach - c75@debtadvice.example.org - vegetarian
* Collaborator SeventySix - volunteer coordinator - c76@debtadvice.example.org

Invoice address (one invoice for all three, please):
Example Debt Advice Flevoland
Markt 8
1354 AA Almere
Purchase order 77-2010

Kind regards,
Collaborator SeventyFour
Team Manager
Example Debt Advice Flevoland
Tel. 036 750 1574""", lang="EN"),
    X("three staff in bullets, the writer among them (her phone from the signature); one invoice address below for all; 'Purchase order' kept",
      "register", "en", people=3, persons=[
          P(name="Collaborator SeventyFour", email="c74@debtadvice.example.org",
            organisation="Example Debt Advice Flevoland", role="team manager",
            phone="036 750 1574",
            invoice_address="Example Debt Advice Flevoland, Markt 8, 1354 AA Almere",
            invoice_reference="Purchase order 77-2010"),
          P(name="Collaborator SeventyFive", email="c75@debtadvice.example.org",
            organisation="Example Debt Advice Flevoland", role="budget coach",
            diet="vegetarian",
            invoice_address="Example Debt Advice Flevoland, Markt 8, 1354 AA Almere",
            invoice_reference="Purchase order 77-2010"),
          P(name="Collaborator SeventySix", email="c76@debtadvice.example.org",
            organisation="Example Debt Advice Flevoland", role="volunteer coordinator",
            invoice_address="Example Debt Advice Flevoland, Markt 8, 1354 AA Almere",
            invoice_reference="Purchase order 77-2010")]))

# 46 two people from an iPhone
add("group2-iphone", iphone(
    "Klasgenoot Zevenenzeventig <k77@sportprobeer.example.nl>",
    "Aanmelding 2x", "2010-04-30 21:12",
    """Hoi! Graag 2 aanmeldingen van Sportservice Probeerstad: ikzelf (Klasgenoot Zevenenzeventig, sportconsulent) en Klasgenoot Achtenzeventig (k78@sportprobeer.example.nl, combinatiefunctionaris). Factuur zoals vorig jaar naar Sportweg 2, 1326 AA Almere.

Groet Klasgenoot

Verzonden vanaf mijn iPhone"""),
    X("two people in one sentence from an iPhone; the writer's address is the From address",
      "register", "nl", people=2, persons=[
          P(name="Klasgenoot Zevenenzeventig", email="k77@sportprobeer.example.nl",
            organisation="Sportservice Probeerstad", role="sportconsulent",
            invoice_address="Sportweg 2, 1326 AA Almere"),
          P(name="Klasgenoot Achtenzeventig", email="k78@sportprobeer.example.nl",
            organisation="Sportservice Probeerstad", role="combinatiefunctionaris",
            invoice_address="Sportweg 2, 1326 AA Almere")]))

# 47 four lines with semicolons
add("group4-semicolon-lines", webmail(
    "Meeloper Negenenzeventig <mnz79@ggz-zandbak.example.nl>",
    "aanmeldingen GGZ Zandbak", "2010-05-14 12:00",
    """Goedemiddag,

Onderstaand vier aanmeldingen vanuit GGZ Zandbak (naam; functie; e-mail; telefoon):

Meeloper Negenenzeventig; psychiater; mnz79@ggz-zandbak.example.nl; 036-5411079
Meeloper Tachtig; maatschappelijk werker; mt80@ggz-zandbak.example.nl; 036-5411080
Meeloper Eenentachtig; ervaringsdeskundige; me81@ggz-zandbak.example.nl; 036-5411081
Meeloper Tweeentachtig; verpleegkundig specialist; mt82@ggz-zandbak.example.nl; 036-5411082

Factuuradres: GGZ Zandbak, Postbus 3001, 1300 EA Almere.

Vriendelijke groet,
Meeloper Negenenzeventig""", agent="Internet Messaging Program (IMP) H3 (4.3.7)"),
    X("four people, one line each with semicolons in the order the header line names; one invoice address",
      "register", "nl", people=4, persons=[
          P(name="Meeloper Negenenzeventig", email="mnz79@ggz-zandbak.example.nl",
            organisation="GGZ Zandbak", role="psychiater", phone="036-5411079",
            invoice_address="GGZ Zandbak, Postbus 3001, 1300 EA Almere"),
          P(name="Meeloper Tachtig", email="mt80@ggz-zandbak.example.nl",
            organisation="GGZ Zandbak", role="maatschappelijk werker", phone="036-5411080",
            invoice_address="GGZ Zandbak, Postbus 3001, 1300 EA Almere"),
          P(name="Meeloper Eenentachtig", email="me81@ggz-zandbak.example.nl",
            organisation="GGZ Zandbak", role="ervaringsdeskundige", phone="036-5411081",
            invoice_address="GGZ Zandbak, Postbus 3001, 1300 EA Almere"),
          P(name="Meeloper Tweeentachtig", email="mt82@ggz-zandbak.example.nl",
            organisation="GGZ Zandbak", role="verpleegkundig specialist", phone="036-5411082",
            invoice_address="GGZ Zandbak, Postbus 3001, 1300 EA Almere")]))

# 48 six people, Outlook text + Word table
_t48 = """Beste organisatie,

Namens Welzijn Kladblok melden wij zes medewerkers aan:

Naam\tFunctie\tE-mail
Pionier Drieentachtig\tsociaal werker\tp83@kladblok.example.nl
Pionier Vierentachtig\tsociaal werker\tp84@kladblok.example.nl
Pionier Vijfentachtig\tteamleider\tp85@kladblok.example.nl
Pionier Zesentachtig\tjongerenwerker\tp86@kladblok.example.nl
Pionier Zevenentachtig\tbuurtbemiddelaar\tp87@kladblok.example.nl
Pionier Achtentachtig\tvrijwilligersconsulent\tp88@kladblok.example.nl

Factuuradres: Welzijn Kladblok, Postbus 10145, 1301 AC Almere

Met vriendelijke groet,

Meedenker Zes
manager sociale participatie"""
_rows = "".join("<tr><td><p class=MsoNormal>%s</p></td><td><p class=MsoNormal>%s</p></td><td><p class=MsoNormal>%s</p></td></tr>\n" % tuple(l.split("\t")) for l in _t48.split("\n") if "\t" in l)
_h48 = ("""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body lang=NL><div class=WordSection1>
<p class=MsoNormal>Beste organisatie,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Namens Welzijn Kladblok melden wij zes medewerkers aan:</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
""" + _rows + """</table><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Factuuradres: Welzijn Kladblok, Postbus 10145, 1301 AC Almere</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Met vriendelijke groet,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Meedenker Zes<br>manager sociale participatie</p>
</div></body></html>
""")
add("group6-outlook-table", outlook(
    "Meedenker Zes <zes@kladblok.example.nl>", "Aanmelding zes medewerkers",
    "2010-05-17 09:31", _t48, html=_h48),
    X("six colleagues in a Word table (tabs in the text part) sent by a manager who registered herself earlier; she is not among them",
      "register", "nl", people=6, persons=[
          P(name="Pionier Drieentachtig", email="p83@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="sociaal werker", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere"),
          P(name="Pionier Vierentachtig", email="p84@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="sociaal werker", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere"),
          P(name="Pionier Vijfentachtig", email="p85@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="teamleider", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere"),
          P(name="Pionier Zesentachtig", email="p86@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="jongerenwerker", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere"),
          P(name="Pionier Zevenentachtig", email="p87@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="buurtbemiddelaar", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere"),
          P(name="Pionier Achtentachtig", email="p88@kladblok.example.nl", organisation="Welzijn Kladblok",
            role="vrijwilligersconsulent", invoice_address="Welzijn Kladblok, Postbus 10145, 1301 AC Almere")]))

# 49 Gmail forward: a manager forwards an employee's mail
add("forward-gmail", gmail(
    "Manager Negenentachtig <manager89@schetswijk.example.nl>",
    "Fwd: aanmelding leergang", "2010-04-02 08:55",
    """Graag aanmelden, akkoord van mijn kant. Factuur naar Stichting Schetswijk, t.a.v. administratie, Postbus 1207, 1300 BE Almere.

Manager Negenentachtig
Stichting Schetswijk

---------- Forwarded message ----------
From: Klasgenoot Negentig <klasgenoot90@schetswijk.example.nl>
Date: 2010/4/1
Subject: aanmelding leergang
To: Manager Negenentachtig <manager89@schetswijk.example.nl>


Hoi, zou je mij willen aanmelden voor de leergang in de bibliotheek? Mijn gegevens:

Klasgenoot Negentig
straatcoach
06 9090 9090

Dank je!
"""),
    X("a manager forwards an employee's request with her approval: the employee registers; email from the forwarded From; organisation and invoice from the manager",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Klasgenoot Negentig", email="klasgenoot90@schetswijk.example.nl",
          organisation="Stichting Schetswijk", role="straatcoach",
          phone="06 9090 9090",
          invoice_address="Stichting Schetswijk, t.a.v. administratie, Postbus 1207, 1300 BE Almere")]))

# 50 Outlook forward in Dutch
add("forward-outlook-nl", outlook(
    "Secretariaat Humanitas Conceptwijk <secretariaat@humanitas-conceptwijk.example.org>",
    "FW: Aanmelding cursus Almere", "2010-04-06 11:02",
    """Hierbij doorgestuurd de aanmelding van onze vrijwilliger.

Met vriendelijke groet,
Secretariaat Humanitas Conceptwijk

-----Oorspronkelijk bericht-----
Van: Meeloper Eenennegentig [mailto:meeloper91@humanitas-conceptwijk.example.org]
Verzonden: maandag 5 april 2010 20:14
Aan: Secretariaat Humanitas Conceptwijk
Onderwerp: Aanmelding cursus Almere

Wil je mij aanmelden voor de leergang van de gemeente?

Naam: Meeloper Eenennegentig
Functie: vrijwilliger thuisadministratie
Telefoon: 036-5314491
Organisatie: Humanitas Conceptwijk

Groet,
Meeloper"""),
    X("Outlook 'Van:/Verzonden:' forward: the participant is in the forwarded message",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Meeloper Eenennegentig", email="meeloper91@humanitas-conceptwijk.example.org",
          organisation="Humanitas Conceptwijk", role="vrijwilliger thuisadministratie",
          phone="036-5314491")]))

# 51 Apple Mail message/rfc822 forward
_inner = EmailMessage()
_inner["From"] = "Listener NinetyTwo <listener92@youthcare-trial.example.org>"
_inner["To"] = "Enrollee TwentyEight <enrollee28@youthcare-trial.example.org>"
_inner["Subject"] = "Almere course"
_inner["Date"] = d("2010-04-19 16:20")
_inner["Message-ID"] = "<inner51.listener92@youthcare-trial.example.org>"
_inner.set_content("""Hi Enrollee,

Could you pass on my registration for the Almere course? Details:

Listener NinetyTwo
Family coach, Example Youth Services Flevoland
listener92@youthcare-trial.example.org
036 202 2892

Thanks!
Listener
""")
_outer = EmailMessage()
_outer.make_mixed()
_outer.attach(text_part("""Please find my colleague's registration attached.

Enrollee TwentyEight
"""))
_outer.attach(rfc822_part(_inner))
add("forward-apple-rfc822", set2_lib._hdr(_outer, nxt(), "apple",
    "Enrollee TwentyEight <enrollee28@youthcare-trial.example.org>",
    "Fwd: Almere course", "2010-04-20 08:40", "aanmelden@example.org",
    None, None, None, None, [("X-Mailer", "Apple Mail (2.1078)")]),
    X("Apple Mail forward as an attached message/rfc822: the participant is the inner message's writer",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Listener NinetyTwo", email="listener92@youthcare-trial.example.org",
          organisation="Example Youth Services Flevoland", role="Family coach",
          phone="036 202 2892")]))

# 52 Thunderbird inline forward, English
add("forward-thunderbird-en", tb(
    "Scholar TwentyNine <s.twentynine@alliance.example.org>",
    "Fwd: Registration Almere", "2010-04-26 14:30",
    """Forwarding this on behalf of our new colleague, who does not have the course address.

Scholar

-------- Original Message --------
Subject: Registration Almere
Date: Mon, 26 Apr 2010 13:55:02 +0200
From: Associate NinetyThree <associate93@alliance.example.org>
To: Scholar TwentyNine <s.twentynine@alliance.example.org>

Hi Scholar,

Could you sign me up as well? I'm the new programme officer.

Associate NinetyThree
Example Neighbourhood Alliance
+31 20 555 0193
"""),
    X("Thunderbird inline forward: the new colleague in the forwarded part registers",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Associate NinetyThree", email="associate93@alliance.example.org",
          organisation="Example Neighbourhood Alliance", role="programme officer",
          phone="+31 20 555 0193")]))

# 53 Lotus Notes forward
add("forward-notes", notes(
    "Studiemaat Vijf <Studiemaat.Vijf@woonmaquette.example.nl>",
    "Doorst: aanmelding", "2010-05-04 10:12",
    """Ter aanmelding van mijn collega bij Woonstichting Maquette.

Met vriendelijke groet, Studiemaat Vijf

----- Doorgestuurd door Studiemaat Vijf/Maquette op 04-05-2010 10:11 -----

Van:	Pionier Vierennegentig/Maquette
Aan:	Studiemaat Vijf/Maquette@Maquette
Datum:	03-05-2010 16:47
Onderwerp:	aanmelding

Studiemaat, kun jij mij ook aanmelden voor de leergang? Ik ben buurtconsulent in Poort.
E-mail: p.vierennegentig@woonmaquette.example.nl, tel. 036-5330094. Kostenplaats 3310 net als bij jou.

Groet, Pionier"""),
    X("Lotus Notes forward ('Doorgestuurd door'); Notes names in the header, the participant's address in his text, the organisation in the forwarder's line; 'Kostenplaats 3310' kept with its kind word",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Pionier Vierennegentig", email="p.vierennegentig@woonmaquette.example.nl",
          organisation="Woonstichting Maquette", role="buurtconsulent",
          phone="036-5330094", invoice_reference="Kostenplaats 3310")]))

# 54 Windows Live Mail form
add("wlm-form", oe(
    "Studiemaat Vijfennegentig <sv95@mantelzorg-probeerhaven.example.nl>",
    "Aanmelden leergang", "2010-03-30 10:00",
    """Goedemorgen,

Hierbij meld ik mij aan:

naam : Studiemaat Vijfennegentig
organisatie : Stichting Mantelzorg Probeerhaven
functie : directeur
tel : 036-5225095
mail : sv95@mantelzorg-probeerhaven.example.nl
dieet : geen
factuuradres : Stichting Mantelzorg Probeerhaven, Havenweg 14, 1357 AA Almere

met vriendelijke groet,
Studiemaat Vijfennegentig""", ver="14.0.8089.726"),
    X("Windows Live Mail, lower-case labels with a space before the colon; 'geen' diet",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Vijfennegentig", email="sv95@mantelzorg-probeerhaven.example.nl",
          organisation="Stichting Mantelzorg Probeerhaven", role="directeur",
          phone="036-5225095",
          invoice_address="Stichting Mantelzorg Probeerhaven, Havenweg 14, 1357 AA Almere")]))

# 55 Outlook Web Access, English, misspelt labels
add("owa-en-typos", webmail(
    "Enrollee NinetySix <enrollee96@familyservices.example.com>",
    "registraton", "2010-04-27 12:12",
    """Hello,

Nmae: Enrollee NinetySix
Organistion: Sample Family Services
Functon: family therapist
Telephon: +31 36 520 9996
E-mial: enrollee96@familyservices.example.com
Diet: none

Invoice to Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere.

Regards
Enrollee""", agent="Microsoft Outlook Web Access 8.1"),
    X("English form with misspelt labels from Outlook Web Access; 'none' diet",
      "register", "en", people=1, persons=[P(
          name="Enrollee NinetySix", email="enrollee96@familyservices.example.com",
          organisation="Sample Family Services", role="family therapist",
          phone="+31 36 520 9996",
          invoice_address="Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere")]))

# 56 reply to the organiser's invitation, quoting it
add("reply-to-invitation", outlook(
    "Meedenker Zevenennegentig <mz97@vwproefrit.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-03-03 09:40",
    """Beste,

Leuk initiatief, ik meld me graag aan.

Meedenker Zevenennegentig
regiomanager
Vluchtelingenwerk Proefrit
036-5388097

Factuur naar: Vluchtelingenwerk Proefrit, Postbus 1144, 1300 BC Almere""" + outlook_quote_nl(
        "Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
        "maandag 1 maart 2010 10:00", "Meedenker Zevenennegentig",
        "Uitnodiging leergang deSTADSWIJKstudies Almere",
        """Geachte heer/mevrouw,

Graag nodigen wij u en uw collega's uit voor de leergang "Almere: Sociale ambities in een groeiende stad", vier dagen in 2010. U kunt zich van 1 maart tot 25 mei aanmelden door een mail te sturen naar aanmelden@example.org met uw naam, organisatie, functie en e-mailadres.

Met vriendelijke groet,

Programmasecretariaat DMO""")),
    X("a registration in reply to the organiser's invitation, quoted below; details from the signature",
      "register", "nl", people=1, persons=[P(
          name="Meedenker Zevenennegentig", email="mz97@vwproefrit.example.nl",
          organisation="Vluchtelingenwerk Proefrit", role="regiomanager",
          phone="036-5388097",
          invoice_address="Vluchtelingenwerk Proefrit, Postbus 1144, 1300 BC Almere")]))

# 57 Eudora, project number
add("eudora-projectnummer", plain(
    "Luisteraar Achtennegentig <la98@kunstcentrum-proefzaal.example.nl>",
    "aanmelding leergang", "2010-04-28 16:00",
    """Hierbij meld ik mij aan voor deSTADSWIJKstudies.

Luisteraar Achtennegentig
hoofd educatie, Kunstcentrum Proefzaal
tel 036-5384298

Factuur: Kunstcentrum Proefzaal, Postbus 1999, 1300 BZ Almere, projectnummer P-0912.""",
    charset="iso-8859-1", cte="quoted-printable",
    extra=[("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9")]),
    X("Eudora; role and organisation on one signature line; 'projectnummer' kept",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Achtennegentig", email="la98@kunstcentrum-proefzaal.example.nl",
          organisation="Kunstcentrum Proefzaal", role="hoofd educatie",
          phone="036-5384298",
          invoice_address="Kunstcentrum Proefzaal, Postbus 1999, 1300 BZ Almere",
          invoice_reference="projectnummer P-0912")]))

# 58 English, registers a colleague with her in Cc
add("colleague-cc-en", outlook(
    "Scholar Eleven <scholar.eleven@familyservices.example.com>",
    "Registration for my colleague", "2010-05-06 09:15",
    """Dear organiser,

I'd like to register my colleague Newcomer NinetyNine (in cc) for the course, as our second participant. She is our quality officer.

Her e-mail: newcomer99@familyservices.example.com
Invoice as for me: Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere, cost code FS-DIR-10.

Best,
Scholar Eleven
Director, Sample Family Services""", lang="EN",
    cc="Newcomer NinetyNine <newcomer99@familyservices.example.com>"),
    X("a director registers a colleague who is in Cc; the director's details are not hers",
      "register", "en", people=1, persons=[P(
          name="Newcomer NinetyNine", email="newcomer99@familyservices.example.com",
          organisation="Sample Family Services", role="quality officer",
          invoice_address="Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere",
          invoice_reference="cost code FS-DIR-10")]))

# 59 HR portal relay (auto-generated, yet a registration)
add("hr-portal-relay", plain(
    "HR Opleidingsportaal Zorggroep Oefenhof <noreply-hr@oefenhof.example.org>",
    "Opleidingsaanvraag goedgekeurd: deSTADSWIJKstudies Almere", "2010-04-19 07:30",
    """Geachte opleidingsverstrekker,

Onderstaande opleidingsaanvraag is goedgekeurd door de leidinggevende. Wij verzoeken u de medewerker in te schrijven.

Opleiding:        deSTADSWIJKstudies Almere (4 dagen, 2010)
Medewerker:       Studiemaat Honderdeenenveertig
Personeelsnummer: 104141
Functie:          wijkverpleegkundige
Afdeling:         Wijkzorg Almere Buiten
E-mail:           sh141@oefenhof.example.org
Telefoon:         036-5270141
Kostenplaats:     WZ-4410
Factuuradres:     Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere

Goedgekeurd door: Buurtcoach Twee, 16-04-2010

Dit bericht is automatisch verzonden door het HR Opleidingsportaal van Zorggroep Oefenhof.
Vragen? Mail naar opleidingen@oefenhof.example.org.""",
    reply_to="opleidingen@oefenhof.example.org",
    extra=[("Auto-Submitted", "auto-generated"),
           ("X-Mailer", "HR Opleidingsportaal 2.4")]),
    X("an HR portal asks the course to register an approved employee: sent by a machine, but a registration a secretary would act on",
      "register", "nl", people=1, persons=[P(
          name="Studiemaat Honderdeenenveertig", email="sh141@oefenhof.example.org",
          organisation="Zorggroep Oefenhof", role="wijkverpleegkundige",
          phone="036-5270141",
          invoice_address="Zorggroep Oefenhof, Crediteurenadministratie, Postbus 60433, 1320 AK Almere",
          invoice_reference="WZ-4410")]))

# 60 Outlook 2003 text only, English from a Dutch organisation, with a question
add("outlook2003-en-question", plain(
    "Member HundredFortyTwo <member142@jeugdwerk-voorbeeldkust.example.nl>",
    "Registration deSTADSWIJKstudies", "2010-05-05 14:50",
    """Dear Sir, Madam,

Hereby I register for the course "Almere: Sociale ambities in een groeiende stad".

Name: Member HundredFortyTwo
Organisation: Jeugdwerk Voorbeeldkust
Function: team manager youth work
Telephone: 036-5233142
Email: member142@jeugdwerk-voorbeeldkust.example.nl

Is it possible to receive the invoice only after the first course day? Our budget for 2010 is released in June.

With kind regards,
Member HundredFortyTwo""", charset="iso-8859-1", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Office Outlook 11"),
           ("Thread-Index", "AcrsVx0p3kGm1Yb1QkW0y6e7f2L9kA==")]),
    X("English form from a Dutch organisation (Outlook 2003, text only) that also asks about the invoice date",
      "register", "en", q="yes", people=1, persons=[P(
          name="Member HundredFortyTwo", email="member142@jeugdwerk-voorbeeldkust.example.nl",
          organisation="Jeugdwerk Voorbeeldkust", role="team manager youth work",
          phone="036-5233142")]))

# 61 Gmail HTML-only, Dutch prose with a list of dietary needs
add("gmail-html-only-prose", html_only(
    "Luisteraar Honderddrieenveertig <luisteraar143@gmail.example.com>",
    "Aanmelding voor de leergang", "2010-05-08 10:05",
    """<div dir="ltr">Goedemorgen,<div><br></div><div>Graag meld ik mij aan voor de leergang deSTADSWIJKstudies. Ik werk als zelfstandig adviseur burgerparticipatie (eenmanszaak <b>Adviesbureau Meedoen Voorbeeld</b>) en ben bereikbaar op 06-14314314.</div><div><br></div><div>Mijn dieetwensen: vegetarisch, geen noten (allergie).</div><div><br></div><div>De factuur kan naar Adviesbureau Meedoen Voorbeeld, Bloemenweg 143, 1338 AB Almere.</div><div><br></div><div>Hartelijke groet,</div><div>Luisteraar Honderddrieenveertig</div></div>
""", style="gmail"),
    X("Gmail HTML-only prose from a self-employed adviser; diet as written after 'Mijn dieetwensen:'",
      "register", "nl", people=1, persons=[P(
          name="Luisteraar Honderddrieenveertig", email="luisteraar143@gmail.example.com",
          organisation="Adviesbureau Meedoen Voorbeeld", role="zelfstandig adviseur burgerparticipatie",
          phone="06-14314314", diet="vegetarisch, geen noten (allergie)",
          invoice_address="Adviesbureau Meedoen Voorbeeld, Bloemenweg 143, 1338 AB Almere")]))
