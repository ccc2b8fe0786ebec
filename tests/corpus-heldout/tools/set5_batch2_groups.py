"""Set 5, batch 2: groups, forwarded participants, answers to the robot's
"details missing" mail, and a registration only in a .pdf (typed by hand)."""
from email.message import EmailMessage

import lib
from set5_lib import (add, X, P, plain, tb, mutt, iphone, outlook, outlook2010,
                      gmail, apple, webmail, macoutlook, notes, groupwise, oe,
                      yahoo, zarafa, html_only, with_attachments, attachment,
                      rfc822_part, quote, incomplete_nl, incomplete_en, d,
                      alt, _hdr, nxt)

INV_DB = "Stichting Denkbeeld, Postbus 1180, 1300 BD Almere"
add("group3-nl-org-once", outlook2010(
    "Teamleider Drieenveertig <tl43@denkbeeld.example.nl>",
    "Aanmelding 3 medewerkers Stichting Denkbeeld", "2010-03-04 09:30",
    """Beste organisatie,

Namens Stichting Denkbeeld meld ik de volgende drie medewerkers aan voor de leergang:

1. Teamleider Drieenveertig, teamleider opbouwwerk, tl43@denkbeeld.example.nl, 036-5401130
2. Vakgenoot Vierenveertig, opbouwwerker, vv44@denkbeeld.example.nl, 036-5401131
3. Vakgenoot Vijfenveertig, jongerenwerker, vv45@denkbeeld.example.nl, 06-4800 1245 (vegetarisch)

De facturen graag naar: Stichting Denkbeeld, Postbus 1180, 1300 BD Almere, o.v.v. project 2010-WIJK.

Met vriendelijke groet,
Teamleider Drieenveertig"""),
    X("three people in a numbered list, organisation and invoice stated once", "register", "nl",
      people=3, persons=[
          P("Teamleider Drieenveertig", "tl43@denkbeeld.example.nl", "Stichting Denkbeeld",
            "teamleider opbouwwerk", "036-5401130", invoice_address=INV_DB,
            invoice_reference="project 2010-WIJK"),
          P("Vakgenoot Vierenveertig", "vv44@denkbeeld.example.nl", "Stichting Denkbeeld",
            "opbouwwerker", "036-5401131", invoice_address=INV_DB,
            invoice_reference="project 2010-WIJK"),
          P("Vakgenoot Vijfenveertig", "vv45@denkbeeld.example.nl", "Stichting Denkbeeld",
            "jongerenwerker", "06-4800 1245", "vegetarisch", invoice_address=INV_DB,
            invoice_reference="project 2010-WIJK")]))

add("group2-en-prose", gmail(
    "Member FortySix <member46@youthtrust.example.com>",
    "Two registrations", "2010-03-09 13:15",
    """Hi,

My colleague Member FortySeven and I would both like to register. We both work at Sample Youth Trust, I as a youth worker and she as a play worker. My email is member46@youthtrust.example.com and hers is member47@youthtrust.example.com. She is vegetarian.

Invoice for both: Sample Youth Trust, Finance Dept, Havenstraat 9, 1319 AA Almere.

Thanks!
Member FortySix
036 720 1850"""),
    X("two people in English prose; role and invoice stated once for both; the signature phone is the writer's", "register", "en",
      people=2, persons=[
          P("Member FortySix", "member46@youthtrust.example.com", "Sample Youth Trust",
            "youth worker", "036 720 1850",
            invoice_address="Sample Youth Trust, Finance Dept, Havenstraat 9, 1319 AA Almere"),
          P("Member FortySeven", "member47@youthtrust.example.com", "Sample Youth Trust",
            "play worker", diet="vegetarian",
            invoice_address="Sample Youth Trust, Finance Dept, Havenstraat 9, 1319 AA Almere")]))

add("group4-municipal-html-table", outlook(
    "Afdelingshoofd Achtenveertig <ahachtenveertig@almere.nl>",
    "Aanmelding vier medewerkers DMO", "2010-03-10 15:02",
    "", html_only=True, html="""<html><body lang=NL>
<p class=MsoNormal>Beste collega's,</p>
<p class=MsoNormal>Voor de leergang meld ik vier medewerkers van mijn afdeling aan (allen Gemeente Almere, DMO, Samenleving):</p>
<table class=MsoNormalTable border=1 cellpadding=0>
<tr><td><b>Naam</b></td><td><b>Functie</b></td><td><b>E-mail</b></td><td><b>Telefoon</b></td></tr>
<tr><td>Wijkgenoot Negenenveertig</td><td>beleidsmedewerker WMO</td><td>wnegenenveertig@almere.nl</td><td>036 539 9401</td></tr>
<tr><td>Wijkgenoot Vijftig</td><td>accountmanager maatschappelijke organisaties</td><td>wvijftig@almere.nl</td><td>036 539 9402</td></tr>
<tr><td>Wijkgenoot Eenenvijftig</td><td>wijkmanager Stad-Oost</td><td>weenenvijftig@almere.nl</td><td>036 539 9403</td></tr>
<tr><td>Wijkgenoot Tweeenvijftig</td><td>projectleider</td><td>wtweeenvijftig@almere.nl</td><td>036 539 9404</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Met vriendelijke groet,<br>Afdelingshoofd Achtenveertig<br>Gemeente Almere</p>
</body></html>
"""),
    X("a head of department registers four municipal staff in an HTML table; she is not one of them", "register", "nl",
      people=4, persons=[
          P("Wijkgenoot Negenenveertig", "wnegenenveertig@almere.nl", "Gemeente Almere",
            "beleidsmedewerker WMO", "036 539 9401"),
          P("Wijkgenoot Vijftig", "wvijftig@almere.nl", "Gemeente Almere",
            "accountmanager maatschappelijke organisaties", "036 539 9402"),
          P("Wijkgenoot Eenenvijftig", "weenenvijftig@almere.nl", "Gemeente Almere",
            "wijkmanager Stad-Oost", "036 539 9403"),
          P("Wijkgenoot Tweeenvijftig", "wtweeenvijftig@almere.nl", "Gemeente Almere",
            "projectleider", "036 539 9404")]))

INV_BL = "Zorggroep Blauwdruk, Crediteuren, Postbus 1000, 1300 BA Almere"
add("group3-blocks-notes", notes(
    "Opleidingscoordinator Drieenvijftig <ocd53@blauwdruk.example.org>",
    "Aanmelding deelnemers Zorggroep Blauwdruk", "2010-03-15 11:40",
    """Geachte heer/mevrouw,

Hierbij meld ik drie deelnemers van Zorggroep Blauwdruk aan.

Deelnemer 1
Naam: Verkenner Vierenvijftig
Functie: wijkverpleegkundige
E-mail: v54@blauwdruk.example.org
Telefoon: 036-548 20 40

Deelnemer 2
Naam: Verkenner Vijfenvijftig
Functie: casemanager dementie
E-mail: v55@blauwdruk.example.org
Telefoon: 036-548 20 41
Dieet: zoutarm

Deelnemer 3
Naam: Verkenner Zesenvijftig
Functie: specialistisch verpleegkundige
E-mail: v56@blauwdruk.example.org

Factuuradres (voor alle drie): Zorggroep Blauwdruk, Crediteuren, Postbus 1000, 1300 BA Almere
Kostenplaats: 4410-WZ

Met vriendelijke groet,

Opleidingscoordinator Drieenvijftig
Zorggroep Blauwdruk
036-548 20 00"""),
    X("three blocks; invoice and cost centre for all three; the coordinator's phone not given to them", "register", "nl",
      people=3, persons=[
          P("Verkenner Vierenvijftig", "v54@blauwdruk.example.org", "Zorggroep Blauwdruk",
            "wijkverpleegkundige", "036-548 20 40", invoice_address=INV_BL,
            invoice_reference="4410-WZ"),
          P("Verkenner Vijfenvijftig", "v55@blauwdruk.example.org", "Zorggroep Blauwdruk",
            "casemanager dementie", "036-548 20 41", "zoutarm", invoice_address=INV_BL,
            invoice_reference="4410-WZ"),
          P("Verkenner Zesenvijftig", "v56@blauwdruk.example.org", "Zorggroep Blauwdruk",
            "specialistisch verpleegkundige", invoice_address=INV_BL,
            invoice_reference="4410-WZ")]))

add("group2-semicolons-iphone", iphone(
    "Bezoeker Zevenenvijftig <bz57@peuterwerk.example.nl>",
    "Aanmelding 2 pers", "2010-03-18 19:44",
    """Hoi, graag 2 aanmeldingen van Peuterwerk Tekentafel:
Bezoeker Zevenenvijftig; pedagogisch medewerker; bz57@peuterwerk.example.nl; 06-1357 2468
Bezoeker Achtenvijftig; locatieleider; ba58@peuterwerk.example.nl; 06-8642 1357
Factuur naar hoofdkantoor, Postbus 10044, 1301 AA Almere.
Groet Bezoeker

Verzonden vanaf mijn iPhone"""),
    X("two semicolon lines from a phone, organisation and invoice once", "register", "nl",
      people=2, persons=[
          P("Bezoeker Zevenenvijftig", "bz57@peuterwerk.example.nl", "Peuterwerk Tekentafel",
            "pedagogisch medewerker", "06-1357 2468",
            invoice_address="Postbus 10044, 1301 AA Almere"),
          P("Bezoeker Achtenvijftig", "ba58@peuterwerk.example.nl", "Peuterwerk Tekentafel",
            "locatieleider", "06-8642 1357",
            invoice_address="Postbus 10044, 1301 AA Almere")]))

add("group5-en-list-outlook", outlook2010(
    "HR Officer FiftyNine <hr59@carecoop.example.com>",
    "Registrations - Example Care Cooperative (5)", "2010-03-22 10:05", lang="EN", body=
    """Dear course team,

Please register the following five staff of Example Care Cooperative:

- Fellow Sixty, community nurse, fellow60@carecoop.example.com
- Fellow SixtyOne, social worker, fellow61@carecoop.example.com
- Fellow SixtyTwo, team coordinator, fellow62@carecoop.example.com
- Fellow SixtyThree, occupational therapist, fellow63@carecoop.example.com
- Fellow SixtyFour, care assistant, fellow64@carecoop.example.com

I understand only three can be confirmed before 11 May; please put the other two on the waiting list.

Invoices: Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere, PO 2010-0331.

Best regards,
HR Officer FiftyNine
Learning & Development"""),
    X("five people in a bulleted list; invoice and PO once for all", "register", "en",
      people=5, persons=[
          P("Fellow Sixty", "fellow60@carecoop.example.com", "Example Care Cooperative",
            "community nurse", invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
            invoice_reference="PO 2010-0331"),
          P("Fellow SixtyOne", "fellow61@carecoop.example.com", "Example Care Cooperative",
            "social worker", invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
            invoice_reference="PO 2010-0331"),
          P("Fellow SixtyTwo", "fellow62@carecoop.example.com", "Example Care Cooperative",
            "team coordinator", invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
            invoice_reference="PO 2010-0331"),
          P("Fellow SixtyThree", "fellow63@carecoop.example.com", "Example Care Cooperative",
            "occupational therapist", invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
            invoice_reference="PO 2010-0331"),
          P("Fellow SixtyFour", "fellow64@carecoop.example.com", "Example Care Cooperative",
            "care assistant", invoice_address="Example Care Cooperative, Accounts Payable, Grote Markt 40, 1315 JG Almere",
            invoice_reference="PO 2010-0331")]))

add("group2-columns-mutt", mutt(
    "Kwartierbaas Vijfenzestig <kv65@wijkpunt.example.nl>",
    "aanmelding twee collega's", "2010-03-25 14:14",
    """Dag,

Graag meld ik twee collega's van Stichting Wijkpunt Denkbeeld-Oost aan:

Naam                     Functie            E-mail                          Telefoon
Teamlid Zesenzestig      sociaal makelaar   t66@wijkpunt.example.nl         036-5361101
Teamlid Zevenenzestig    buurtconcierge     t67@wijkpunt.example.nl         036-5361102

Ik kom zelf niet mee.

Groet,
Kwartierbaas Vijfenzestig
directeur"""),
    X("plain-text columns; the director registers two colleagues and says she does not come", "register", "nl",
      people=2, persons=[
          P("Teamlid Zesenzestig", "t66@wijkpunt.example.nl", "Stichting Wijkpunt Denkbeeld-Oost",
            "sociaal makelaar", "036-5361101"),
          P("Teamlid Zevenenzestig", "t67@wijkpunt.example.nl", "Stichting Wijkpunt Denkbeeld-Oost",
            "buurtconcierge", "036-5361102")]))

add("group6-word-table-tabs", outlook(
    "Secretariaat Welzijn Tekentafel <secretariaat@tekentafel.example.nl>",
    "Aanmelding 6 medewerkers", "2010-04-06 11:00",
    """Goedemorgen,

Welzijn Tekentafel meldt zes medewerkers aan voor de leergang. Let op: de eerste drie graag direct, de andere drie op de wachtlijst als het maximum van drie per organisatie nog geldt.

Naam\tFunctie\tE-mail
Luistervink Achtenzestig\touderenadviseur\tl68@tekentafel.example.nl
Luistervink Negenenzestig\tmantelzorgconsulent\tl69@tekentafel.example.nl
Luistervink Zeventig\tbuurtwerker\tl70@tekentafel.example.nl
Luistervink Eenenzeventig\tjongerenwerker\tl71@tekentafel.example.nl
Luistervink Tweeenzeventig\tvrijwilligerscoordinator\tl72@tekentafel.example.nl
Luistervink Drieenzeventig\tteamleider\tl73@tekentafel.example.nl

Factuuradres voor allen:
Welzijn Tekentafel
Postbus 60300
1320 AH Almere
Bestelnummer: WT-2010-19

Met vriendelijke groet,
Secretariaat Welzijn Tekentafel
036-530 77 00""".replace("\\t", "\t")),
    X("six people in a Word table (tabs in the text part); invoice for all; the secretariat's phone not theirs", "register", "nl",
      people=6, persons=[
          P("Luistervink " + n, "l%d@tekentafel.example.nl" % k, "Welzijn Tekentafel", r,
            invoice_address="Welzijn Tekentafel, Postbus 60300, 1320 AH Almere",
            invoice_reference="WT-2010-19")
          for n, k, r in (("Achtenzestig", 68, "ouderenadviseur"),
                          ("Negenenzestig", 69, "mantelzorgconsulent"),
                          ("Zeventig", 70, "buurtwerker"),
                          ("Eenenzeventig", 71, "jongerenwerker"),
                          ("Tweeenzeventig", 72, "vrijwilligerscoordinator"),
                          ("Drieenzeventig", 73, "teamleider"))]))

add("group2-en-forward-style-apple", apple(
    "Coordinator SeventyFour <coord74@refugeewelcome.example.org>",
    "Two volunteers for the course", "2010-04-12 17:30",
    """Hello,

We would like to register two of our senior volunteers:

Volunteer SeventyFive
volunteer75@refugeewelcome.example.org
06 3311 7575
language buddy coordinator

Volunteer SeventySix
volunteer76@refugeewelcome.example.org
06 3311 7676
housing support volunteer
(gluten-free, please)

Both are with Example Refugee Welcome Almere. Invoice: Example Refugee Welcome Almere, Postbus 5050, 1300 AH Almere.

Warm regards,
Coordinator SeventyFour"""),
    X("two blocks without labels, 'Both are with ...' and one invoice below", "register", "en",
      people=2, persons=[
          P("Volunteer SeventyFive", "volunteer75@refugeewelcome.example.org",
            "Example Refugee Welcome Almere", "language buddy coordinator", "06 3311 7575",
            invoice_address="Example Refugee Welcome Almere, Postbus 5050, 1300 AH Almere"),
          P("Volunteer SeventySix", "volunteer76@refugeewelcome.example.org",
            "Example Refugee Welcome Almere", "housing support volunteer", "06 3311 7676",
            "gluten-free", invoice_address="Example Refugee Welcome Almere, Postbus 5050, 1300 AH Almere")]))

add("group3-self-and-two-groupwise", groupwise(
    "Wijkcoach Zevenenzeventig <wc77@woonkracht.example.nl>",
    "Aanmelding leergang (3 personen)", "2010-04-14 09:45",
    """Goedemorgen,

Ik meld mezelf en twee collega's aan. We werken alle drie bij Woonkracht Bouwtekening.

- Wijkcoach Zevenenzeventig (ikzelf), leefbaarheidsconsulent, 036-5373701
- Wijkcoach Achtenzeventig, sociaal beheerder, wc78@woonkracht.example.nl, 036-5373702
- Wijkcoach Negenenzeventig, huurdersconsulent, wc79@woonkracht.example.nl, 036-5373703

Factuur: Woonkracht Bouwtekening, Postbus 4040, 1300 AK Almere, ordernummer 88001234.

Groet,
Wijkcoach Zevenenzeventig"""),
    X("the writer registers herself and two colleagues; her own address is the From", "register", "nl",
      people=3, persons=[
          P("Wijkcoach Zevenenzeventig", "wc77@woonkracht.example.nl", "Woonkracht Bouwtekening",
            "leefbaarheidsconsulent", "036-5373701",
            invoice_address="Woonkracht Bouwtekening, Postbus 4040, 1300 AK Almere",
            invoice_reference="ordernummer 88001234"),
          P("Wijkcoach Achtenzeventig", "wc78@woonkracht.example.nl", "Woonkracht Bouwtekening",
            "sociaal beheerder", "036-5373702",
            invoice_address="Woonkracht Bouwtekening, Postbus 4040, 1300 AK Almere",
            invoice_reference="ordernummer 88001234"),
          P("Wijkcoach Negenenzeventig", "wc79@woonkracht.example.nl", "Woonkracht Bouwtekening",
            "huurdersconsulent", "036-5373703",
            invoice_address="Woonkracht Bouwtekening, Postbus 4040, 1300 AK Almere",
            invoice_reference="ordernummer 88001234")]))

TEN = [("Tachtig", "t80", "wijkagent"), ("Eenentachtig", "t81", "jeugdagent"),
       ("Tweeentachtig", "t82", "wijkagent"), ("Drieentachtig", "t83", "teamchef"),
       ("Vierentachtig", "t84", "wijkagent"), ("Vijfentachtig", "t85", "buurtregisseur"),
       ("Zesentachtig", "t86", "wijkagent"), ("Zevenentachtig", "t87", "jeugdcoordinator"),
       ("Achtentachtig", "t88", "wijkagent"), ("Negenentachtig", "t89", "operationeel expert")]
add("group10-list-zarafa", zarafa(
    "Planner Negentig <planner90@politie-proef.example.nl>",
    "Aanmelding 10 deelnemers basisteam Almere", "2010-04-19 08:30",
    """Geachte organisatie,

Namens het basisteam Almere-Stad van Politie Proefland meld ik de onderstaande tien collega's aan.
Wij begrijpen dat er mogelijk niet voor iedereen plaats is; plaats de overigen dan op de wachtlijst.

""" + "\n".join("Waarnemer %s, %s (%s@politie-proef.example.nl)" % (n, r, e) for n, e, r in TEN) + """

Factuuradres: Politie Proefland, Financieel Dienstencentrum, Postbus 700, 1300 AS Almere
Kostenplaats: BT-AS-2010

Met vriendelijke groet,
Planner Negentig
Basisteam Almere-Stad""", ),
    X("ten people in one list, organisation and invoice once", "register", "nl",
      people=10, persons=[
          P("Waarnemer " + n, e + "@politie-proef.example.nl", "Politie Proefland", r,
            invoice_address="Politie Proefland, Financieel Dienstencentrum, Postbus 700, 1300 AS Almere",
            invoice_reference="BT-AS-2010") for n, e, r in TEN]))

add("group2-en-macoutlook", macoutlook(
    "Associate NinetyOne <a91@sampleschool.example.org>",
    "Registration x2", "2010-04-27 12:00",
    """Hi,

Could you register both me and my colleague Associate NinetyTwo (a92@sampleschool.example.org) for the course? We're both at Sample Primary School Foundation Almere; I coordinate the internships and she is our remedial teacher.

Invoice to: Sample Primary School Foundation Almere
Attn. Office Manager
Postbus 2100
1300 CC Almere

Thanks,
Associate NinetyOne
036 711 0091"""),
    X("two people in English, organisation once; the writer's function only as a verb gives no role; invoice block joined", "register", "en",
      people=2, persons=[
          P("Associate NinetyOne", "a91@sampleschool.example.org",
            "Sample Primary School Foundation Almere", phone="036 711 0091",
            invoice_address="Sample Primary School Foundation Almere, Attn. Office Manager, Postbus 2100, 1300 CC Almere"),
          P("Associate NinetyTwo", "a92@sampleschool.example.org",
            "Sample Primary School Foundation Almere", "remedial teacher",
            invoice_address="Sample Primary School Foundation Almere, Attn. Office Manager, Postbus 2100, 1300 CC Almere")]))

# ---- forwarded participants ---------------------------------------------

add("fwd-gmail", gmail(
    "Manager NinetyThree <manager93@migrantsupport.example.org>",
    "Fwd: aanmelding leergang", "2010-03-26 10:10",
    """Hierbij de aanmelding van onze medewerker, zij kreeg geen antwoord van het oude adres.

Groet,
Manager NinetyThree

---------- Forwarded message ----------
From: Adviseur Vierennegentig <adviseur94@migrantsupport.example.org>
Date: 2010/3/24
Subject: aanmelding leergang
To: Manager NinetyThree <manager93@migrantsupport.example.org>

Hoi,

Kun jij mij aanmelden voor de leergang? Mijn gegevens:

Adviseur Vierennegentig
juridisch adviseur, Sample Migrant Support
06-9494 9494

Dank je!"""),
    X("a manager forwards her employee's details (Gmail); the participant is the forwarded writer", "register", "nl",
      fwd="yes", people=1, persons=[P("Adviseur Vierennegentig", "adviseur94@migrantsupport.example.org",
                                      "Sample Migrant Support", "juridisch adviseur", "06-9494 9494")]))

add("fwd-outlook2010-nl", outlook2010(
    "Teamleider Vijfennegentig <tl95@kinderopvang.example.nl>",
    "FW: Leergang", "2010-04-08 14:20",
    """Ter aanmelding doorgestuurd.

Met vriendelijke groet,
Teamleider Vijfennegentig

Van: Medewerker Zesennegentig
Verzonden: woensdag 7 april 2010 16:02
Aan: Teamleider Vijfennegentig
Onderwerp: Leergang

Hoi,

Ik wil graag mee naar de leergang in de bibliotheek. Kun je me aanmelden?

Medewerker Zesennegentig
pedagogisch medewerker BSO
Kinderopvang Prototype B.V.
m.zesennegentig@kinderopvang.example.nl
036 - 521 19 96"""),
    X("Outlook 2010 forward (Van:/Verzonden:) with the participant's signature", "register", "nl",
      fwd="yes", people=1, persons=[P("Medewerker Zesennegentig", "m.zesennegentig@kinderopvang.example.nl",
                                      "Kinderopvang Prototype B.V.", "pedagogisch medewerker BSO",
                                      "036 - 521 19 96")]))

inner = EmailMessage()
inner["From"] = "Trainee NinetySeven <trainee97@tenants.example.org>"
inner["To"] = "Observer Three <observer3@tenants.example.org>"
inner["Subject"] = "course registration"
inner["Date"] = d("2010-04-09 09:00")
inner["Message-ID"] = "<C0FFEE97-0001-4A1B-9C77-0E1D2A3B4C97@tenants.example.org>"
inner.set_content("""Hi Observer,

As discussed: could you pass this on to the course people? I'd like to join.

Trainee NinetySeven
tenant support trainee, Example Tenants Network
06 9797 1010
""")
m = apple("Observer Three <observer3@tenants.example.org>",
          "Fwd: course registration", "2010-04-09 11:30",
          "Forwarding my colleague's registration, see attached.\n\nObserver")
m = with_attachments(m, [rfc822_part(inner)])
add("fwd-apple-rfc822", m,
    X("Apple Mail forward as message/rfc822; the participant's address is in its From", "register", "en",
      fwd="yes", people=1, persons=[P("Trainee NinetySeven", "trainee97@tenants.example.org",
                                      "Example Tenants Network", "tenant support trainee", "06 9797 1010")]))

add("fwd-yahoo-en", yahoo(
    "Partner Fifteen <partner_fifteen@yahoo.example.com>",
    "Fw: registration", "2010-04-13 20:40",
    """Please see below - my colleague asked me to send this on.
Partner

--- On Tue, 4/13/10, Caseworker NinetyEight <cw98@migrantsupport.example.org> wrote:

From: Caseworker NinetyEight <cw98@migrantsupport.example.org>
Subject: registration
To: partner_fifteen@yahoo.example.com
Date: Tuesday, April 13, 2010, 3:12 PM

Hi Partner, can you register me too for the Almere course? I work as a caseworker at Sample Migrant Support, phone 06 9898 2020. Thanks!
CW"""),
    X("Yahoo '--- On ... wrote:' forward; the colleague in the forwarded text registers", "register", "en",
      fwd="yes", people=1, persons=[P("Caseworker NinetyEight", "cw98@migrantsupport.example.org",
                                      "Sample Migrant Support", "caseworker", "06 9898 2020")]))

add("fwd-notes", notes(
    "Secretariaat GGZ Werkplaats <secretariaat@ggzwerkplaats.example.nl>",
    "Doorgestuurd: Aanmelding leergang", "2010-04-20 10:25",
    """Zie onderstaande aanmelding.

Met vriendelijke groet,
Secretariaat

----- Doorgestuurd door Secretariaat GGZ Werkplaats/GGZW op 20-04-2010 10:24 -----

Psycholoog Negenennegentig/GGZW
19-04-2010 17:02
Aan
Secretariaat GGZ Werkplaats/GGZW@GGZW
Onderwerp
Aanmelding leergang

Wil je mij aanmelden voor de leergang deSTADSWIJKstudies?
Naam: Psycholoog Negenennegentig
Functie: GZ-psycholoog
E-mail: p99@ggzwerkplaats.example.nl
Tel: 036-5409999
Organisatie: GGZ Werkplaats Fictief"""),
    X("Lotus Notes 'Doorgestuurd door' forward; the participant's form inside", "register", "nl",
      fwd="yes", people=1, persons=[P("Psycholoog Negenennegentig", "p99@ggzwerkplaats.example.nl",
                                      "GGZ Werkplaats Fictief", "GZ-psycholoog", "036-5409999")]))

# ---- answers to the robot's "details missing" mail ----------------------

s, b = incomplete_nl("Honderd", ["organisatie", "functie"], [("Naam", "Honderd"), ("E-mail", "honderd@sportwijk.example.org")])
add("answer-incomplete-nl", tb(
    "Vrijwilliger Honderd <honderd@sportwijk.example.org>",
    "Re: " + s, "2010-03-31 09:12",
    """Excuus, hier de rest:

Naam: Vrijwilliger Honderd
Organisatie: Sportservice Rasterstad
Functie: vrijwilliger buurtsport
Telefoon: 06 1001 0010

Op 30-03-2010 17:40, deSTADSWIJKstudies Almere schreef:
""" + quote(b), irt="<regbot.incomplete.0001a@example.org>"),
    X("answer to the robot's 'details missing' mail with the full name and the missing fields", "register", "nl",
      people=1, persons=[P("Vrijwilliger Honderd", "honderd@sportwijk.example.org",
                           "Sportservice Rasterstad", "vrijwilliger buurtsport", "06 1001 0010")]))

s, b = incomplete_en("Sir or Madam", ["name", "organisation"], [("E-mail", "x101@familyservices.example.com")])
add("answer-incomplete-en", outlook2010(
    "x101@familyservices.example.com",
    "RE: " + s, "2010-04-15 08:05", lang="EN", body=
    """Sorry - my name is Helper HundredOne, family support worker at Example Family Centre Almere.

From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: 14 April 2010 18:02
To: x101@familyservices.example.com
Subject: """ + s + "\n\n" + b, irt="<regbot.incomplete.0002b@example.org>"),
    X("answer to the English 'details missing' mail, the name and organisation in one sentence above an Outlook quote", "register", "en",
      people=1, persons=[P("Helper HundredOne", "x101@familyservices.example.com",
                           "Example Family Centre Almere", "family support worker")]))

s, b = incomplete_nl("Teamlid Honderdtwee", ["functie", "telefoonnummer"],
                     [("Naam", "Teamlid Honderdtwee"), ("Organisatie", "Buurtteam Rasterwijk")])
add("answer-incomplete-iphone-short", iphone(
    "Teamlid Honderdtwee <th102@rasterwijk.example.org>",
    "Re: " + s, "2010-04-22 12:30",
    """Functie: wijkverpleegkundige
Tel 06 1020 1020

Verstuurd vanaf mijn iPhone

Op 22 apr. 2010 om 11:58 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

""" + quote(b), irt="<regbot.incomplete.0003c@example.org>"),
    X("short answer from a phone; name and organisation are in the robot's quoted mail", "register", "nl",
      people=1, persons=[P("Teamlid Honderdtwee", "th102@rasterwijk.example.org",
                           "Buurtteam Rasterwijk", "wijkverpleegkundige", "06 1020 1020")]))

s, b = incomplete_nl("heer/mevrouw", ["naam", "organisatie", "functie"], [("E-mail", "info@buurthuis-proef.example.nl")])
add("answer-incomplete-shared-mailbox", oe(
    "Buurthuis De Proefkamer <info@buurthuis-proef.example.nl>",
    "Re: " + s, "2010-05-03 10:40",
    """Beste,

De aanmelding was voor onze beheerder:
Beheerder Honderddrie, beheerder buurthuis De Proefkamer (Stichting Denkbeeld)
Zijn eigen mailadres is b103@buurthuis-proef.example.nl, tel 036-5301030.

Groet, Buurthuis De Proefkamer

----- Original Message -----
From: deSTADSWIJKstudies Almere
To: info@buurthuis-proef.example.nl
Sent: Friday, April 30, 2010 4:15 PM
Subject: """ + s + "\n\n" + quote(b)),
    X("a shared mailbox answers 'details missing' for its manager, with his own address", "register", "nl",
      people=1, persons=[P("Beheerder Honderddrie", "b103@buurthuis-proef.example.nl",
                           "Stichting Denkbeeld", "beheerder buurthuis De Proefkamer",
                           "036-5301030")]))

# ---- details only in a PDF ------------------------------------------------

m = outlook2010("Administratie Honderdvier <admin104@schuldhulp.example.nl>",
                "Aanmelding", "2010-04-29 15:15",
                "Goedemiddag,\n\nIn de bijlage vindt u het ingevulde aanmeldformulier.\n\nMet vriendelijke groet,\nAdministratie Schuldhulpmaatje Denkbeeld")
m = with_attachments(m, [attachment(lib.pdf(["Aanmeldformulier leergang", "Naam: Coach Honderdvijf",
                                             "Organisatie: Schuldhulpmaatje Denkbeeld",
                                             "Functie: budgetcoach"]), "application", "pdf",
                                    "aanmeldformulier.pdf")])
add("details-only-in-pdf", m,
    X("the details are only in the attached PDF: a person must read it", "human", "nl", people="-"))
