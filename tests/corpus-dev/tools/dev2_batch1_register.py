"""dev2, batch 1: genuine registrations (001-030).

Every message and every label is typed by hand; the labels say what a
careful course secretary reads in the mail.
"""
from dev2_lib import *  # noqa: F401,F403
from dev2_lib import (add, X, P, outlook, outlook2010, outlook2003, outlook365,
                      o365_quote_en, outlook_quote_nl, gmail, gmail_fwd, tb,
                      tb_fwd_nl, macoutlook, owa, hotmail_html, iphone, ios,
                      groupwise, claws, gmx, notes, apple, roundcube, fastmail,
                      zoho, kmail, proton, sogo, incomplete_nl, ORG, ROBOT,
                      INVITE_NL, INVITE_SUBJ, lib)


# 001 ------------------------------------------------------------------
add("outlook2010-nl-form-kenmerk", outlook2010(
    '"Proefpersoon Een" <p.een@kladversie.example.nl>',
    "Aanmelding leergang deSTADSWIJKstudies Almere", "2010-03-03 09:42",
    """Geachte heer/mevrouw,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere (1 juni, 23 september, 2 en 23 november).

Naam: Proefpersoon Een
Organisatie: Stichting Kladversie
Functie: coördinator vrijwilligerswerk
E-mail: p.een@kladversie.example.nl
Telefoon: 036 555 21 40
Dieetwensen: vegetarisch
Factuuradres: Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere
Kenmerk factuur: KV-2010-031

Met vriendelijke groet,

Proefpersoon Een
Stichting Kladversie
Coördinator vrijwilligerswerk
T 036 555 21 40
"""),
    X("a form with colons and a signature that repeats it: one registration",
      "register", "nl", people=1, persons=[P(
          name="Proefpersoon Een", email="p.een@kladversie.example.nl",
          organisation="Stichting Kladversie",
          role="coördinator vrijwilligerswerk", phone="036 555 21 40",
          diet="vegetarisch",
          invoice_address="Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere",
          invoice_reference="KV-2010-031")]))

# 002 ------------------------------------------------------------------
add("gmail-en-prose-signature", gmail(
    "Attendant Two <attendant.two@neighbourhoodlab.example.com>",
    "Registration - Sociale ambities in een groeiende stad", "2010-03-04 14:05",
    """Hello,

I would like to register for the four-day course in Almere (June to November). I work as a community organiser at Example Neighbourhood Lab, mostly in Almere Haven, and the programme fits very well with our work on resident initiatives.

For the invoice: Example Neighbourhood Lab, Finance, Grote Markt 55, 1315 JG Almere, reference NL-PO-2217.

No dietary requirements.

Best regards,

Attendant Two
Community organiser
Example Neighbourhood Lab
+31 36 555 0190
"""),
    X("prose registration, details in the text and the signature; 'reference' is the kind word of a field, not kept; no diet",
      "register", "en", people=1, persons=[P(
          name="Attendant Two",
          email="attendant.two@neighbourhoodlab.example.com",
          organisation="Example Neighbourhood Lab", role="community organiser",
          phone="+31 36 555 0190",
          invoice_address="Example Neighbourhood Lab, Finance, Grote Markt 55, 1315 JG Almere",
          invoice_reference="NL-PO-2217")]))

# 003 ------------------------------------------------------------------
add("tb-nl-form-plus-question-hearing", tb(
    "Schakelaar Drie <schakelaar.drie@voetnoot.example.org>",
    "aanmelding + vraag", "2010-03-08 10:17",
    """Goedemorgen,

Graag meld ik mij aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Schakelaar Drie
Organisatie: Welzijn Voetnoot
Functie: ouderenadviseur
Telefoon: 06-5551 2873
E-mail: schakelaar.drie@voetnoot.example.org
Factuur: Welzijn Voetnoot, Kerkgracht 2, 1354 AM Almere

Ik ben slechthorend. Is er in het Nieuwe Lokaal een ringleiding, of kan ik anders vooraan zitten?

Vriendelijke groet,
Schakelaar Drie
"""),
    X("a registration that also asks about a hearing loop: register, question yes",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Schakelaar Drie", email="schakelaar.drie@voetnoot.example.org",
          organisation="Welzijn Voetnoot", role="ouderenadviseur",
          phone="06-5551 2873",
          invoice_address="Welzijn Voetnoot, Kerkgracht 2, 1354 AM Almere")]))

# 004 ------------------------------------------------------------------
add("o365-nl-manager-akkoord-gegeven", outlook365(
    '"Stuurman Vier" <s.vier@kantlijn.example.nl>',
    "Aanmelding deSTADSWIJKstudies", "2010-03-15 16:20",
    """Beste mensen,

Een paar weken geleden heb ik de brochure van de leergang ontvangen. Inmiddels heeft mijn manager akkoord gegeven, dus bij dezen meld ik mij aan voor alle vier de dagen.

Ik werk als gedragswetenschapper bij Jeugdzorg Kantlijn, team Almere Buiten. De factuur kan naar ons centrale adres: Jeugdzorg Kantlijn, afdeling Financiën, Postbus 5540, 1300 BM Almere. Graag met vermelding van kostenplaats 4410.

Ik eet geen vlees en geen vis.

Met vriendelijke groet,

Stuurman Vier
Gedragswetenschapper | Jeugdzorg Kantlijn
T: 036 555 47 10
M: 06 5550 8831
E: s.vier@kantlijn.example.nl
Adres: Bouwmeesterweg 14, 1333 LX Almere
"""),
    X("the manager's approval is already given: a definite registration; first phone; the signature address is no invoice address",
      "register", "nl", people=1, persons=[P(
          name="Stuurman Vier", email="s.vier@kantlijn.example.nl",
          organisation="Jeugdzorg Kantlijn", role="gedragswetenschapper",
          phone="036 555 47 10", diet="geen vlees en geen vis",
          invoice_address="Jeugdzorg Kantlijn, afdeling Financiën, Postbus 5540, 1300 BM Almere",
          invoice_reference="kostenplaats 4410")]))

# 005 ------------------------------------------------------------------
add("macoutlook-en-budget-approved", macoutlook(
    "Emissary Five <e.five@housingtrust.example.net>",
    "Registration for the Almere course", "2010-03-22 11:03",
    """Dear organisers,

Our training budget for 2010 was approved at yesterday's board meeting, so I can now confirm: please register me for "Almere: Sociale ambities in een groeiende stad", all four days.

Kind regards,

Emissary Five
Tenant Participation Adviser
Example Housing Trust Flevoland
T: +31 36 555 3302
E: e.five@housingtrust.example.net
Invoices: Example Housing Trust Flevoland, Accounts Payable, Stationsplein 9, 1315 KT Almere, PO 2010-118
"""),
    X("the budget is approved already: 'please register me'; invoice line in the signature",
      "register", "en", people=1, persons=[P(
          name="Emissary Five", email="e.five@housingtrust.example.net",
          organisation="Example Housing Trust Flevoland",
          role="Tenant Participation Adviser", phone="+31 36 555 3302",
          invoice_address="Example Housing Trust Flevoland, Accounts Payable, Stationsplein 9, 1315 KT Almere",
          invoice_reference="PO 2010-118")]))

# 006 ------------------------------------------------------------------
TUSSENSTAND_IA = "Zorggroep Tussenstand, Financiële administratie, Havenweg 40, 1311 HJ Almere"
add("owa-nl-group3-numbered-incl-self", owa(
    '"Stadsganger Zes" <s.zes@tussenstand.example.org>',
    "Aanmelding drie deelnemers Zorggroep Tussenstand", "2010-03-25 13:30",
    """Goedemiddag,

Namens Zorggroep Tussenstand meld ik drie deelnemers aan voor de leergang, waaronder mijzelf:

1. Stadsganger Zes, teamleider wijkzorg, s.zes@tussenstand.example.org, 036 555 60 12
2. Meekijker Zeven, wijkverpleegkundige, m.zeven@tussenstand.example.org, 036 555 60 19
3. Kartrekker Acht, casemanager dementie, k.acht@tussenstand.example.org, 036 555 60 27 (glutenvrij)

De facturen graag naar: Zorggroep Tussenstand, Financiële administratie, Havenweg 40, 1311 HJ Almere, onder vermelding van ordernummer ZT-10-0077.

Met vriendelijke groet,

Stadsganger Zes
Teamleider Wijkzorg
Zorggroep Tussenstand
"""),
    X("a team lead registers three, herself first; organisation and invoice stated once for all",
      "register", "nl", people=3, persons=[
          P(name="Stadsganger Zes", email="s.zes@tussenstand.example.org",
            organisation="Zorggroep Tussenstand", role="teamleider wijkzorg",
            phone="036 555 60 12", invoice_address=TUSSENSTAND_IA,
            invoice_reference="ordernummer ZT-10-0077"),
          P(name="Meekijker Zeven", email="m.zeven@tussenstand.example.org",
            organisation="Zorggroep Tussenstand", role="wijkverpleegkundige",
            phone="036 555 60 19", invoice_address=TUSSENSTAND_IA,
            invoice_reference="ordernummer ZT-10-0077"),
          P(name="Kartrekker Acht", email="k.acht@tussenstand.example.org",
            organisation="Zorggroep Tussenstand",
            role="casemanager dementie", phone="036 555 60 27",
            diet="glutenvrij", invoice_address=TUSSENSTAND_IA,
            invoice_reference="ordernummer ZT-10-0077")]))

# 007 ------------------------------------------------------------------
add("outlook2010-nl-almere-terse-signature", outlook2010(
    '"Bruggenbouwer Negen" <n.bruggenbouwer@almere.nl>',
    "aanmelding leergang", "2010-03-29 08:55",
    """Hallo,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies. Ik heb met mijn afdelingshoofd afgesproken dat ik alle vier de dagen ga.

Groet,

Bruggenbouwer Negen
Beleidsmedewerker Wonen en Zorg
Gemeente Almere | Dienst Maatschappelijke Ontwikkeling
Stadhuisplein 1 | Postbus 555 | 1300 AN Almere
T 036 555 91 14
"""),
    X("municipal staff registering herself; department line and postal address are not organisation or invoice address",
      "register", "nl", people=1, persons=[P(
          name="Bruggenbouwer Negen", email="n.bruggenbouwer@almere.nl",
          organisation="Gemeente Almere",
          role="Beleidsmedewerker Wonen en Zorg", phone="036 555 91 14")]))

# 008 ------------------------------------------------------------------
add("o365-en-hr-forwards-colleague", outlook365(
    "Lookout Eleven <l.eleven@carecollective.example.org>",
    "FW: Almere course - can you register me?", "2010-04-06 10:12",
    """Hello,

Please register our colleague Voyager Twelve (below) for the course. Invoice to Sample Care Collective, attn. Finance, Marktweg 3, 1334 BA Almere, cost centre 560.

Kind regards,
Lookout Eleven
HR Officer | Sample Care Collective
+31 36 555 7781
""" + o365_quote_en(
        "Voyager Twelve <v.twelve@carecollective.example.org>",
        "2010-04-01 16:40",
        "Lookout Eleven <l.eleven@carecollective.example.org>",
        "Almere course - can you register me?",
        """Hi,

Could you register me for the deSTADSWIJKstudies course in Almere? My manager is fine with it. I'm a peer support worker in the Almere Poort team. My mobile is 06 5559 2201. I'm vegan, if they ask.

Thanks!
Voyager Twelve
"""), lang="EN"),
    X("HR forwards the colleague's own request and asks to register her; her address is the From of the forwarded mail; HR's phone is not hers",
      "register", "en", fwd="yes", people=1, persons=[P(
          name="Voyager Twelve", email="v.twelve@carecollective.example.org",
          organisation="Sample Care Collective", role="peer support worker",
          phone="06 5559 2201", diet="vegan",
          invoice_address="Sample Care Collective, attn. Finance, Marktweg 3, 1334 BA Almere",
          invoice_reference="cost centre 560")]))

# 009 ------------------------------------------------------------------
add("gmail-nl-manager-forwards-approved", gmail(
    "Aanjager Dertien <a.dertien@rekenblad.example.org>",
    "Fwd: leergang Almere", "2010-04-08 09:20",
    """Goedemorgen,

Hieronder het verzoek van onze schuldhulpverlener Deelgenoot Veertien. Ik ga akkoord; willen jullie haar aanmelden? Factuur aan Schuldhulp Rekenblad, Postbus 5561, 1300 BR Almere.

Met vriendelijke groet,
Aanjager Dertien
Manager Schuldhulpverlening
Schuldhulp Rekenblad

""" + gmail_fwd(
        "Deelgenoot Veertien <d.veertien@rekenblad.example.org>",
        "Wed, Apr 7, 2010 at 4:12 PM", "leergang Almere",
        "Aanjager Dertien <a.dertien@rekenblad.example.org>",
        """Hoi,

Mag ik naar deSTADSWIJKstudies in Almere? Dag 3 gaat over schulden bij middenklassers, dat is precies ons werkveld. Kosten 1000 euro voor de vier dagen. Zou jij mij willen aanmelden als je akkoord bent?

Groetjes,
Deelgenoot Veertien
schuldhulpverlener
06 5550 3349
""")),
    X("the manager agrees and forwards the employee's request: her registration, her address from the forwarded From",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Deelgenoot Veertien", email="d.veertien@rekenblad.example.org",
          organisation="Schuldhulp Rekenblad", role="schuldhulpverlener",
          phone="06 5550 3349",
          invoice_address="Schuldhulp Rekenblad, Postbus 5561, 1300 BR Almere")]))

# 010 ------------------------------------------------------------------
add("hotmail-nl-html-bold-labels-private", hotmail_html(
    "Polderling Vijftien <polderling15@live.example.com>",
    "Inschrijving leergang", "2010-04-12 21:47",
    """<html>
<head>
<style><!--
.hmmessage P
{
margin:0px;
padding:0px
}
body.hmmessage
{
font-size: 10pt;
font-family:Verdana
}
--></style>
</head>
<body class='hmmessage'>
Beste organisatie,<br><br>Graag schrijf ik mij in voor de leergang in de Nieuwe Bibliotheek.<br><br><b>Naam:</b> Polderling Vijftien<br><b>Werkgever:</b> Kinderopvang Kleurplaat<br><b>Functie:</b> pedagogisch beleidsmedewerker<br><b>E-mail werk:</b> p.vijftien@kleurplaat.example.nl<br><b>Telefoon:</b> 036 555 38 02<br><b>Factuuradres:</b> Kinderopvang Kleurplaat, Randstad 22-14, 1316 BW Almere<br><br>Ik mail vanaf mijn privéadres omdat ons mailsysteem vandaag plat ligt.<br><br>Groet,<br>Polderling Vijftien<br> 		 	   		  <br /><hr />Nieuw: Hotmail met nog meer opslagruimte</body>
</html>
"""),
    X("HTML-only form from a private address; the work address in the form wins",
      "register", "nl", people=1, persons=[P(
          name="Polderling Vijftien", email="p.vijftien@kleurplaat.example.nl",
          organisation="Kinderopvang Kleurplaat",
          role="pedagogisch beleidsmedewerker", phone="036 555 38 02",
          invoice_address="Kinderopvang Kleurplaat, Randstad 22-14, 1316 BW Almere")]))

# 011 ------------------------------------------------------------------
add("iphone-nl-terse-one-line", iphone(
    "Dijkganger Zestien <dijkganger16@voorzet.example.nl>",
    "Aanmelding", "2010-04-13 07:52",
    """Graag aanmelden voor de leergang Almere, alle 4 dagen.
Dijkganger Zestien, Stichting Wijkpost Voorzet, buurtbemiddelaar, 06 5552 7710.
Factuur: Stichting Wijkpost Voorzet, Spoordreef 3, 1315 GN Almere

Verstuurd vanaf mijn iPhone"""),
    X("terse registration from a phone: one line with name, organisation, function, phone",
      "register", "nl", people=1, persons=[P(
          name="Dijkganger Zestien", email="dijkganger16@voorzet.example.nl",
          organisation="Stichting Wijkpost Voorzet", role="buurtbemiddelaar",
          phone="06 5552 7710",
          invoice_address="Stichting Wijkpost Voorzet, Spoordreef 3, 1315 GN Almere")]))

# 012 ------------------------------------------------------------------
add("tb-en-form-plus-question-slides", tb(
    "Caller Seventeen <caller.seventeen@urbanstudies.example.edu>",
    "Registration + question about materials", "2010-04-14 15:31",
    """Dear secretariat,

I'd like to sign up for the course "Almere: Sociale ambities in een groeiende stad".

Name: Caller Seventeen
Institution: Sample Institute for Urban Studies
Position: lecturer in urban sociology
Phone: +31 20 555 4412
Billing address: Sample Institute for Urban Studies, Financial Services, Campuslaan 1, 1098 XH Amsterdam
Budget code: SIUS-RES-0420
Dietary needs: lactose-free

One question: will the lecturers' slides be shared afterwards? I would like to use some of the material (with credits) in my own teaching.

Best wishes,
Caller Seventeen
"""),
    X("a form registration that also asks about the slides: register, question yes; 'Budget code:' is a field label",
      "register", "en", q="yes", people=1, persons=[P(
          name="Caller Seventeen",
          email="caller.seventeen@urbanstudies.example.edu",
          organisation="Sample Institute for Urban Studies",
          role="lecturer in urban sociology", phone="+31 20 555 4412",
          diet="lactose-free",
          invoice_address="Sample Institute for Urban Studies, Financial Services, Campuslaan 1, 1098 XH Amsterdam",
          invoice_reference="SIUS-RES-0420")]))

# 013 ------------------------------------------------------------------
_s, _b = incomplete_nl("Koploper Achttien", ["Organisatie", "Functie"], [
    ("Naam", "Koploper Achttien"),
    ("E-mail", "k.achttien@taalproef.example.org"),
    ("Telefoon", "036 555 72 90")])
add("outlook2003-nl-answers-details-missing", outlook2003(
    '"Koploper Achttien" <k.achttien@taalproef.example.org>',
    "RE: " + _s, "2010-04-14 11:02",
    """Excuses, die was ik vergeten:

Organisatie: Stichting Taalproef
Functie: projectleider taalhuis

Factuur graag naar Stichting Taalproef, Meerstraat 5, 1357 AB Almere.

Groet,
Koploper Achttien
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "woensdag 14 april 2010 10:31",
                       "Koploper Achttien", _s, _b),
    irt="<regbot.incomplete.5d1e0a9c@example.org>"),
    X("an answer to the robot's 'details missing' mail: the writer with what the answer adds and what the quoted mail understood",
      "register", "nl", people=1, persons=[P(
          name="Koploper Achttien", email="k.achttien@taalproef.example.org",
          organisation="Stichting Taalproef", role="projectleider taalhuis",
          phone="036 555 72 90",
          invoice_address="Stichting Taalproef, Meerstraat 5, 1357 AB Almere")]))

# 014 ------------------------------------------------------------------
CONCEPT_IA = "Buurtwerk Conceptlijn, Postbus 5573, 1300 BE Almere"
add("apple-nl-two-prose-me-and-colleague", apple(
    "Wijkganger Negentien <w.negentien@conceptlijn.example.nl>",
    "aanmelding leergang voor twee collega's", "2010-04-15 11:25",
    """Beste organisatie,

Ik wil mij graag aanmelden voor de leergang deSTADSWIJKstudies op locatie Almere, samen met mijn collega Dagloper Twintig. Wij zijn allebei opbouwwerker bij Buurtwerk Conceptlijn in Almere Stad-West.

Ik ben bereikbaar op 036 555 18 60. Het e-mailadres van mijn collega is d.twintig@conceptlijn.example.nl, haar telefoonnummer 036 555 18 63.

Eén factuur voor ons beiden graag naar Buurtwerk Conceptlijn, Postbus 5573, 1300 BE Almere, kenmerk BC/2010/12.

Met hartelijke groet,

Wijkganger Negentien
Buurtwerk Conceptlijn
"""),
    X("two people in prose, the writer first; role, organisation and invoice shared",
      "register", "nl", people=2, persons=[
          P(name="Wijkganger Negentien", email="w.negentien@conceptlijn.example.nl",
            organisation="Buurtwerk Conceptlijn", role="opbouwwerker",
            phone="036 555 18 60", invoice_address=CONCEPT_IA,
            invoice_reference="BC/2010/12"),
          P(name="Dagloper Twintig", email="d.twintig@conceptlijn.example.nl",
            organisation="Buurtwerk Conceptlijn", role="opbouwwerker",
            phone="036 555 18 63", invoice_address=CONCEPT_IA,
            invoice_reference="BC/2010/12")]))

# 015 ------------------------------------------------------------------
_rows = [("Seeker TwentyOne", "programme manager",
          "s.twentyone@youthmentors.example.org", "036 555 8120"),
         ("Ranger TwentyTwo", "mentor coordinator",
          "r.twentytwo@youthmentors.example.org", "036 555 8121"),
         ("Trainee TwentyThree", "youth worker",
          "t.twentythree@youthmentors.example.org", "036 555 8127"),
         ("Wayfarer TwentyFour", "youth worker",
          "w.twentyfour@youthmentors.example.org", "036 555 8133")]
_txt = ("""Dear Sir or Madam,

Please register the following four staff members of Example Youth Mentors Almere for all four course days:

Name\tPosition\tE-mail\tPhone
""" + "".join("%s\t%s\t%s\t%s\n" % r for r in _rows) + """
One invoice for all four, please: Example Youth Mentors Almere, Finance, Bolderweg 18, 1332 AZ Almere. Purchase order YM-0419.

Kind regards,

Seeker TwentyOne
Programme Manager
Example Youth Mentors Almere
""")
_cell = ('<td style="border:solid #A6A6A6 1.0pt;padding:0cm 5.4pt"><p '
         'class=MsoNormal>%s<o:p></o:p></p></td>')
_html = (lib.html_outlook("Dear Sir or Madam,\n\nPlease register the following four staff members of Example Youth Mentors Almere for all four course days:\n", "EN-GB")
         .replace("Word 12", "Word 15").replace("charset=windows-1252", "charset=utf-8")
         .replace("</div>\n</body>",
                  '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                  'style="border-collapse:collapse;border:none">\n' +
                  "<tr>" + "".join(_cell % ("<b>%s</b>" % c) for c in
                                   ("Name", "Position", "E-mail", "Phone")) + "</tr>\n" +
                  "".join("<tr>" + "".join(_cell % lib.esc(c) for c in r) + "</tr>\n"
                          for r in _rows) +
                  "</table>\n" +
                  "".join("<p class=MsoNormal>%s<o:p></o:p></p>\n" % (lib.esc(l) or "&nbsp;")
                          for l in ["", "One invoice for all four, please: Example Youth Mentors Almere, Finance, Bolderweg 18, 1332 AZ Almere. Purchase order YM-0419.", "", "Kind regards,", "", "Seeker TwentyOne", "Programme Manager", "Example Youth Mentors Almere"]) +
                  "</div>\n</body>"))
YM_IA = "Example Youth Mentors Almere, Finance, Bolderweg 18, 1332 AZ Almere"
add("o365-en-group4-word-table", outlook365(
    "Seeker TwentyOne <s.twentyone@youthmentors.example.org>",
    "Registration of four staff - Example Youth Mentors Almere",
    "2010-04-19 14:02", _txt, lang="EN", html=_html),
    X("four staff in a Word table (tabs in the text part), the writer among them; invoice and order for all four",
      "register", "en", people=4, persons=[
          P(name=n, email=e, organisation="Example Youth Mentors Almere",
            role=r, phone=ph, invoice_address=YM_IA,
            invoice_reference="Purchase order YM-0419")
          for n, r, e, ph in _rows]))

# 016 ------------------------------------------------------------------
add("gmx-nl-after-thinking-form", gmx(
    "Tochtgenoot Vijfentwintig <tochtgenoot.25@gmx.example.net>",
    "Aanmelding deSTADSWIJKstudies", "2010-04-20 20:14",
    """Goedenavond,

Vorige maand twijfelde ik nog, maar ik heb erover nagedacht en ik meld mij nu aan voor de leergang. Mijn directeur vindt het ook een goed idee.

Naam: Tochtgenoot Vijfentwintig
Organisatie: Vrijwilligerscentrale Handopsteken
Functie: consulent vrijwillige inzet
E-mail: t.vijfentwintig@handopsteken.example.nl
Telefoon: 036 555 44 08
Factuuradres: Vrijwilligerscentrale Handopsteken, Grote Markt 81, 1315 JD Almere
Dieet: geen

Met vriendelijke groet,
Tochtgenoot Vijfentwintig
"""),
    X("the doubt is over ('ik meld mij nu aan'); private sender, the work address in the form wins; 'geen' is no diet",
      "register", "nl", people=1, persons=[P(
          name="Tochtgenoot Vijfentwintig",
          email="t.vijfentwintig@handopsteken.example.nl",
          organisation="Vrijwilligerscentrale Handopsteken",
          role="consulent vrijwillige inzet", phone="036 555 44 08",
          invoice_address="Vrijwilligerscentrale Handopsteken, Grote Markt 81, 1315 JD Almere")]))

# 017 ------------------------------------------------------------------
add("notes-nl-secretary-registers-director", notes(
    "Gangmaker Zesentwintig <g.zesentwintig@plattegrond.example.nl>",
    "Aanmelding directeur Woonstichting Plattegrond", "2010-04-21 10:40",
    """Geachte heer, mevrouw,

Namens mevrouw Kartrekker Zevenentwintig, directeur Wonen van Woonstichting Plattegrond, meld ik haar aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Haar gegevens:
E-mail: k.zevenentwintig@plattegrond.example.nl
Telefoon: 06 5553 0417

Mevrouw Kartrekker eet geen varkensvlees.

De factuur kan naar Woonstichting Plattegrond, t.a.v. Financiële Administratie, Postbus 5577, 1300 BH Almere, o.v.v. inkoopnummer 10-2231.

Met vriendelijke groet,

Gangmaker Zesentwintig
Directiesecretaresse
Woonstichting Plattegrond
T 036 555 90 02
"""),
    X("a secretary registers her director, not herself; the secretary's own phone is not the director's",
      "register", "nl", people=1, persons=[P(
          name="Kartrekker Zevenentwintig",
          email="k.zevenentwintig@plattegrond.example.nl",
          organisation="Woonstichting Plattegrond", role="directeur Wonen",
          phone="06 5553 0417", diet="geen varkensvlees",
          invoice_address="Woonstichting Plattegrond, t.a.v. Financiële Administratie, Postbus 5577, 1300 BH Almere",
          invoice_reference="inkoopnummer 10-2231")]))

# 018 ------------------------------------------------------------------
add("ios-en-terse-from-phone", ios(
    "Rambler TwentyEight <rambler28@mwn.example.net>",
    "Register", "2010-04-23 08:03",
    """Hi, please register me for the course in Almere (4 days).
Rambler TwentyEight
Example Migrant Women Network - project lead
06 5558 1290
Invoice: Example Migrant Women Network, Postbus 5590, 1300 BW Almere

Sent from my iPhone"""),
    X("terse registration from a phone with a short signature",
      "register", "en", people=1, persons=[P(
          name="Rambler TwentyEight", email="rambler28@mwn.example.net",
          organisation="Example Migrant Women Network", role="project lead",
          phone="06 5558 1290",
          invoice_address="Example Migrant Women Network, Postbus 5590, 1300 BW Almere")]))

# 019 ------------------------------------------------------------------
add("groupwise-nl-aligned-werkgever-mobiel", groupwise(
    "Dwarskijker Negenentwintig <dwarskijker29@tekenvel.example.nl>",
    "Inschrijving leergang Sociale ambities", "2010-04-26 13:12",
    """Goedemiddag,

Hierbij mijn inschrijving voor de leergang.

Naam                : Dwarskijker Negenentwintig
Werkgever           : Thuiszorg Tekenvel
Functie             : wijkverpleegkundige
Mobiel              : 06 5550 7712
Dieet               : geen
Factuur naar        : Thuiszorg Tekenvel, Postbus 5599, 1300 CA Almere
Inkoopnummer        : TS10-0392

Met groet,
Dwarskijker Negenentwintig
"""),
    X("aligned form with 'Werkgever' and 'Mobiel'; 'geen' is no diet; 'Inkoopnummer :' is a field label",
      "register", "nl", people=1, persons=[P(
          name="Dwarskijker Negenentwintig",
          email="dwarskijker29@tekenvel.example.nl",
          organisation="Thuiszorg Tekenvel", role="wijkverpleegkundige",
          phone="06 5550 7712",
          invoice_address="Thuiszorg Tekenvel, Postbus 5599, 1300 CA Almere",
          invoice_reference="TS10-0392")]))

# 020 ------------------------------------------------------------------
add("claws-nl-form-plus-question-leave-early", claws(
    "Stuurman Dertig <s.dertig@oefenlokaal.example.nl>",
    "aanmelding leergang Almere", "2010-04-28 09:33",
    """Beste organisatie,

Ik meld mij graag aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Stuurman Dertig
Organisatie: ROC Oefenlokaal
Functie: teamleider Zorg en Welzijn
Telefoon: 036 555 63 30
Factuuradres: ROC Oefenlokaal, Crediteurenadministratie, Postbus 5601, 1300 CC Almere

Een vraag: op dinsdag 2 november heb ik om 16.00 uur een examencommissie. Is het een probleem als ik die dag om 15.15 uur wegga?

Met vriendelijke groet,
Stuurman Dertig
"""),
    X("a registration that also asks whether leaving early on day 3 is a problem",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Stuurman Dertig", email="s.dertig@oefenlokaal.example.nl",
          organisation="ROC Oefenlokaal", role="teamleider Zorg en Welzijn",
          phone="036 555 63 30",
          invoice_address="ROC Oefenlokaal, Crediteurenadministratie, Postbus 5601, 1300 CC Almere")]))

# 021 ------------------------------------------------------------------
add("outlook2010-nl-reply-to-invitation-form", outlook2010(
    '"Voorloper Eenendertig" <v.eenendertig@warmloop.example.nl>',
    "RE: " + INVITE_SUBJ, "2010-04-29 10:05",
    """Geachte heer/mevrouw,

Naar aanleiding van uw uitnodiging meld ik mij graag aan.

Naam: Voorloper Eenendertig
Organisatie: Sportbedrijf Warmloop
Functie: buurtsportcoach
E-mail: v.eenendertig@warmloop.example.nl
Telefoon: 036 555 27 81
Factuuradres: Sportbedrijf Warmloop, Sportweg 4, 1324 AA Almere

Met vriendelijke groet,
Voorloper Eenendertig
""" + outlook_quote_nl("Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
                       "maandag 1 maart 2010 11:00",
                       "directie@warmloop.example.nl", INVITE_SUBJ, INVITE_NL)),
    X("a form in reply to the organiser's invitation (quoted): the writer registers",
      "register", "nl", people=1, persons=[P(
          name="Voorloper Eenendertig", email="v.eenendertig@warmloop.example.nl",
          organisation="Sportbedrijf Warmloop", role="buurtsportcoach",
          phone="036 555 27 81",
          invoice_address="Sportbedrijf Warmloop, Sportweg 4, 1324 AA Almere")]))

# 022 ------------------------------------------------------------------
SDA_IA = "Sample Debt Advice Almere, Hospitaalweg 7, 1315 RA Almere"
add("fastmail-en-two-blocks-one-invoice", fastmail(
    "Pathfinder ThirtyTwo <pathfinder32@debtadvice.example.com>",
    "Two registrations - Sample Debt Advice Almere", "2010-05-03 09:48",
    """Good morning,

We would like to register two people from Sample Debt Advice Almere:

Name: Pathfinder ThirtyTwo
Role: debt counsellor
Email: pathfinder32@debtadvice.example.com
Phone: 036 555 9021

Name: Keeper ThirtyThree
Role: volunteer coordinator
Email: keeper33@debtadvice.example.com
Phone: 036 555 9024
Diet: halal

One invoice for both, please: Sample Debt Advice Almere, Hospitaalweg 7, 1315 RA Almere, order number SDA-2010-14.

Thank you,
Pathfinder ThirtyTwo
"""),
    X("two blocks, organisation and invoice stated once for both",
      "register", "en", people=2, persons=[
          P(name="Pathfinder ThirtyTwo", email="pathfinder32@debtadvice.example.com",
            organisation="Sample Debt Advice Almere", role="debt counsellor",
            phone="036 555 9021", invoice_address=SDA_IA,
            invoice_reference="order number SDA-2010-14"),
          P(name="Keeper ThirtyThree", email="keeper33@debtadvice.example.com",
            organisation="Sample Debt Advice Almere",
            role="volunteer coordinator", phone="036 555 9024", diet="halal",
            invoice_address=SDA_IA,
            invoice_reference="order number SDA-2010-14")]))

# 023 ------------------------------------------------------------------
add("roundcube-nl-tabs-form", roundcube(
    "Deelgenoot Vierendertig <deelgenoot34@tussenruimte.example.org>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-05-04 14:22",
    """Hallo,

Hierbij meld ik mij aan:

Naam:\tDeelgenoot Vierendertig
Organisatie:\tGGZ Tussenruimte
Functie:\tpsychiatrisch verpleegkundige, FACT-team Almere
Telefoon:\t036 555 12 09
E-mail:\tdeelgenoot34@tussenruimte.example.org
Dieet:\tvegetarisch, geen noten
Factuur:\tGGZ Tussenruimte, Factuuradministratie, Postbus 5619, 1300 CE Almere
Kenmerk:\tKP 7730

Groet,
Deelgenoot Vierendertig
"""),
    X("a form with tabs; 'Kenmerk:' is a field label",
      "register", "nl", people=1, persons=[P(
          name="Deelgenoot Vierendertig",
          email="deelgenoot34@tussenruimte.example.org",
          organisation="GGZ Tussenruimte",
          role="psychiatrisch verpleegkundige, FACT-team Almere",
          phone="036 555 12 09", diet="vegetarisch, geen noten",
          invoice_address="GGZ Tussenruimte, Factuuradministratie, Postbus 5619, 1300 CE Almere",
          invoice_reference="KP 7730")]))

# 024 ------------------------------------------------------------------
add("o365-nl-teamlead-two-municipal-not-self", outlook365(
    '"Verbinder Vijfendertig" <v.vijfendertig@almere.nl>',
    "Aanmelding twee medewerkers DMO", "2010-05-06 11:14",
    """Beste collega's,

Voor de leergang meld ik twee medewerkers van mijn team aan (ikzelf kan helaas niet):

- Stadsganger Zesendertig, beleidsadviseur jeugd, s.zesendertig@almere.nl, 036 555 40 36
- Meekijker Zevenendertig, accountmanager maatschappelijke organisaties, m.zevenendertig@almere.nl, 036 555 40 37

Beiden werken bij de Dienst Maatschappelijke Ontwikkeling.

Groet,
Verbinder Vijfendertig
Teamleider Jeugd en Onderwijs
Gemeente Almere
"""),
    X("a municipal team lead registers two of her staff, not herself",
      "register", "nl", people=2, persons=[
          P(name="Stadsganger Zesendertig", email="s.zesendertig@almere.nl",
            organisation="Gemeente Almere", role="beleidsadviseur jeugd",
            phone="036 555 40 36"),
          P(name="Meekijker Zevenendertig", email="m.zevenendertig@almere.nl",
            organisation="Gemeente Almere",
            role="accountmanager maatschappelijke organisaties",
            phone="036 555 40 37")]))

# 025 ------------------------------------------------------------------
add("zoho-en-prose-director-go-ahead", zoho(
    "Wanderer ThirtyEight <wanderer38@sew.example.com>",
    "Registration - deSTADSWIJKstudies Almere", "2010-05-07 16:45",
    """Dear programme secretariat,

After our conversation at the network meeting, my director has given the go-ahead, so I'm registering for the course. I'm the operations manager at Example Social Enterprise Works, a work-experience company in Almere Buiten.

You can reach me on 036 555 6620 or 06 5557 3381. I don't eat fish.

Please address the invoice to Example Social Enterprise Works, Administration, Markerkant 13-10, 1316 AB Almere, with our reference SEW/TR/2010/07.

Kind regards,
Wanderer ThirtyEight
Operations Manager
Example Social Enterprise Works
"""),
    X("prose registration once the director agreed; first of two phones",
      "register", "en", people=1, persons=[P(
          name="Wanderer ThirtyEight", email="wanderer38@sew.example.com",
          organisation="Example Social Enterprise Works",
          role="operations manager", phone="036 555 6620", diet="no fish",
          invoice_address="Example Social Enterprise Works, Administration, Markerkant 13-10, 1316 AB Almere",
          invoice_reference="SEW/TR/2010/07")]))

# 026 ------------------------------------------------------------------
add("tb-nl-forwards-own-earlier-registration", tb(
    "Koploper Negenendertig <k.negenendertig@leesproef.example.org>",
    "Fwd: Aanmelding leergang", "2010-05-10 09:02",
    """Goedemorgen,

Onderstaande aanmelding stuurde ik vorige week naar het adres uit de brochure, maar ik kreeg het advies hem naar dit adres door te sturen. Bij dezen.

Groet,
Koploper Negenendertig

""" + tb_fwd_nl("Aanmelding leergang", "Tue, 04 May 2010 15:10:22 +0200",
                "Koploper Negenendertig <k.negenendertig@leesproef.example.org>",
                "programma-dmo@almere.nl", """Beste mevrouw,

Graag meld ik mij aan voor deSTADSWIJKstudies op locatie Almere.

Naam: Koploper Negenendertig
Organisatie: Bibliotheek Leesproef
Functie: coördinator educatie
Telefoon: 036 555 80 39
Factuuradres: Bibliotheek Leesproef, Postbus 5630, 1300 CM Almere

Met vriendelijke groet,
Koploper Negenendertig
""")),
    X("her own registration, sent to another address first, forwarded inline to the robot",
      "register", "nl", fwd="yes", people=1, persons=[P(
          name="Koploper Negenendertig",
          email="k.negenendertig@leesproef.example.org",
          organisation="Bibliotheek Leesproef", role="coördinator educatie",
          phone="036 555 80 39",
          invoice_address="Bibliotheek Leesproef, Postbus 5630, 1300 CM Almere")]))

# 027 ------------------------------------------------------------------
add("kmail-nl-aligned-invoice-block", kmail(
    "Aanjager Veertig <aanjager40@oefenwijk.example.nl>",
    "Aanmelding", "2010-05-12 10:30",
    """Beste mensen,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

  Naam          Aanjager Veertig
  Organisatie   Stichting Oefenwijk
  Functie       kwartiermaker Almere Poort
  Telefoon      036 555 31 40
  E-mail        aanjager40@oefenwijk.example.nl

Factuurgegevens:
  Stichting Oefenwijk
  t.a.v. de penningmeester
  Tussen de Vaarten 200
  1318 AB Almere
  projectnummer OW-2010-5

Groeten,
Aanjager Veertig
"""),
    X("aligned labels without colons and an invoice block over several lines with a project number",
      "register", "nl", people=1, persons=[P(
          name="Aanjager Veertig", email="aanjager40@oefenwijk.example.nl",
          organisation="Stichting Oefenwijk", role="kwartiermaker Almere Poort",
          phone="036 555 31 40",
          invoice_address="Stichting Oefenwijk, t.a.v. de penningmeester, Tussen de Vaarten 200, 1318 AB Almere",
          invoice_reference="projectnummer OW-2010-5")]))

# 028 ------------------------------------------------------------------
add("proton-en-private-sender-work-address", proton(
    "Auditor FortyOne <auditor41@proton.example.com>",
    "Registration deSTADSWIJKstudies Almere", "2010-05-14 19:55",
    """Hello,

I'd like to register for the Almere course. I'm writing from my personal account; please use my work address below for everything.

Full name: Auditor FortyOne
Employer: Example Volunteer Hub
Job title: training coordinator
Work e-mail: a.fortyone@volunteerhub.example.org
Phone: 06 5556 4101
Billing address: Example Volunteer Hub, Finance, Wisselweg 33, 1314 CB Almere

Thank you,
Auditor FortyOne

Sent with Proton Mail secure email.
"""),
    X("a private sender giving her work address in the form: the address in the text wins",
      "register", "en", people=1, persons=[P(
          name="Auditor FortyOne", email="a.fortyone@volunteerhub.example.org",
          organisation="Example Volunteer Hub", role="training coordinator",
          phone="06 5556 4101",
          invoice_address="Example Volunteer Hub, Finance, Wisselweg 33, 1314 CB Almere")]))

# 029 ------------------------------------------------------------------
_people29 = [("Gangmaker", "Vijfenveertig", "praktijkverpleegkundige",
              "g.vijfenveertig@tussenstand.example.org", "036 555 60 45"),
             ("Stadsganger", "Zesenveertig", "cliëntadviseur",
              "s.zesenveertig@tussenstand.example.org", "036 555 60 46"),
             ("Dijkganger", "Zevenenveertig", "manager wijkteams",
              "d.zevenenveertig@tussenstand.example.org", "036 555 60 47")]
add("outlook2010-nl-hr-three-tabs-after-cap", outlook2010(
    '"Wegwijzer Vierenveertig" <w.vierenveertig@tussenstand.example.org>',
    "Aanmelding drie medewerkers (na 11 mei)", "2010-05-17 11:20",
    """Goedemorgen,

Nu het maximum van drie per organisatie na 11 mei is vervallen, melden wij nog drie medewerkers van Zorggroep Tussenstand aan. Hun collega's Stadsganger Zes, Meekijker Zeven en Kartrekker Acht staan al ingeschreven.

Voornaam\tAchternaam\tFunctie\tE-mail\tTelefoon
""" + "".join("%s\t%s\t%s\t%s\t%s\n" % r for r in _people29) + """
Factuuradres en ordernummer zoals bij de eerdere aanmeldingen: Zorggroep Tussenstand, Financiële administratie, Havenweg 40, 1311 HJ Almere, ordernummer ZT-10-0077.

Met vriendelijke groet,

Wegwijzer Vierenveertig
Afdeling P&O
Zorggroep Tussenstand
"""),
    X("HR registers three more after the limit per organisation ended; the three already registered are named but not registered again; the writer is not one of them",
      "register", "nl", people=3, persons=[
          P(name="%s %s" % (a, b), email=e, organisation="Zorggroep Tussenstand",
            role=r, phone=ph, invoice_address=TUSSENSTAND_IA,
            invoice_reference="ordernummer ZT-10-0077")
          for a, b, r, e, ph in _people29]))

# 030 ------------------------------------------------------------------
add("sogo-nl-one-line-semicolons", sogo(
    "Tochtgenoot Achtenveertig <tochtgenoot48@kladschrift.example.org>",
    "aanmelding leergang 1 juni e.v.", "2010-05-19 08:40",
    """Goedemorgen, graag meld ik mij aan voor de leergang:
Tochtgenoot Achtenveertig; Vluchtelingenhulp Kladschrift; maatschappelijk begeleider; tochtgenoot48@kladschrift.example.org; 06 5554 4848; factuur naar Vluchtelingenhulp Kladschrift, Postbus 5648, 1300 CV Almere
Dank u wel!
"""),
    X("one line of details separated by semicolons",
      "register", "nl", people=1, persons=[P(
          name="Tochtgenoot Achtenveertig",
          email="tochtgenoot48@kladschrift.example.org",
          organisation="Vluchtelingenhulp Kladschrift",
          role="maatschappelijk begeleider", phone="06 5554 4848",
          invoice_address="Vluchtelingenhulp Kladschrift, Postbus 5648, 1300 CV Almere")]))
