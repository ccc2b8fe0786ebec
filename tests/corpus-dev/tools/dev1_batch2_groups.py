"""Development set dev1, batch 2: groups, forwards, answers to the
robot's "details missing" mail.  Every message and label typed by hand."""
from set2_lib import (add, outlook, gmail, tb, mutt, apple, iphone, webmail,
                     plain, X, P, with_attachments, rfc822_part, quote,
                     incomplete_nl, incomplete_en, robot_mid, lib)

IA_OW = "Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere"

add("outlook-nl-group3-table-shared-org", outlook(
    "Groep Een <groep.een@ontwerpwijk.example.nl>",
    "Aanmelding 3 medewerkers Stichting Ontwerpwijk", "2010-03-15 09:20",
    """Goedemorgen,

Namens Stichting Ontwerpwijk meld ik de volgende drie medewerkers aan voor de leergang:

Naam	Functie	E-mail	Telefoon
Groep Twee	opbouwwerker	groep.twee@ontwerpwijk.example.nl	06-11002200
Groep Drie	sociaal makelaar	groep.drie@ontwerpwijk.example.nl	06-11003300
Groep Vier	teamleider	groep.vier@ontwerpwijk.example.nl	06-11004400

Factuuradres voor alle drie: Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere. Graag ons ordernummer OW-2010-31 vermelden.

Groep Drie eet vegetarisch.

Met vriendelijke groet,
Groep Een
Office manager Stichting Ontwerpwijk"""),
  X("three colleagues in a tab table; organisation and invoice stated once for all; one diet for one person; the writer is not registered", "register", "nl", people=3, persons=[
      P(name="Groep Twee", email="groep.twee@ontwerpwijk.example.nl", organisation="Stichting Ontwerpwijk", role="opbouwwerker", phone="06-11002200", invoice_address=IA_OW, invoice_reference="OW-2010-31"),
      P(name="Groep Drie", email="groep.drie@ontwerpwijk.example.nl", organisation="Stichting Ontwerpwijk", role="sociaal makelaar", phone="06-11003300", diet="vegetarisch", invoice_address=IA_OW, invoice_reference="OW-2010-31"),
      P(name="Groep Vier", email="groep.vier@ontwerpwijk.example.nl", organisation="Stichting Ontwerpwijk", role="teamleider", phone="06-11004400", invoice_address=IA_OW, invoice_reference="OW-2010-31")]))

add("gmail-nl-group2-me-and-colleague", gmail(
    "Groep Vijf <groep.vijf@zorgtesthaven.example.nl>",
    "Aanmelding (2 personen)", "2010-03-16 13:00",
    """Hallo,

Mijn collega en ik willen ons graag aanmelden voor de leergang.

1) Groep Vijf, locatiemanager, groep.vijf@zorgtesthaven.example.nl, 036-5407701
2) Groep Zes, verpleegkundig specialist, groep.zes@zorgtesthaven.example.nl, 036-5407702, glutenvrij

Wij werken allebei bij Zorgcentrum Testhaven. De facturen kunnen naar Postbus 2210, 1302 CE Almere.

Groetjes,
Groep Vijf"""),
  X("writer and colleague on numbered comma lines; organisation and invoice address in a sentence for both", "register", "nl", people=2, persons=[
      P(name="Groep Vijf", email="groep.vijf@zorgtesthaven.example.nl", organisation="Zorgcentrum Testhaven", role="locatiemanager", phone="036-5407701", invoice_address="Postbus 2210, 1302 CE Almere"),
      P(name="Groep Zes", email="groep.zes@zorgtesthaven.example.nl", organisation="Zorgcentrum Testhaven", role="verpleegkundig specialist", phone="036-5407702", diet="glutenvrij", invoice_address="Postbus 2210, 1302 CE Almere")]))

add("outlook-nl-group5-almere-blocks", outlook(
    "Groep Zeven <gzeven@almere.nl>",
    "Aanmeldingen DMO voor leergang", "2010-03-17 10:45",
    """Beste,

Hierbij de aanmeldingen vanuit het cluster Samenleving. Allen Gemeente Almere, DMO.

Naam: Groep Acht
Functie: beleidsadviseur armoede
E-mail: gacht@almere.nl
Tel: 036-5399801

Naam: Groep Negen
Functie: beleidsadviseur participatie
E-mail: gnegen@almere.nl
Tel: 036-5399802

Naam: Groep Tien
Functie: accountmanager maatschappelijke organisaties
E-mail: gtien@almere.nl
Tel: 036-5399803
Dieet: vegetarisch

Naam: Groep Elf
Functie: projectleider Almere 2.0
E-mail: gelf@almere.nl
Tel: 036-5399804

Naam: Groep Twaalf
Functie: clustermanager
E-mail: gtwaalf@almere.nl
Tel: 06-50509812

Met vriendelijke groet,
Groep Zeven
Secretariaat cluster Samenleving"""),
  X("five municipal staff in repeated blocks; 'Allen Gemeente Almere, DMO' gives the organisation", "register", "nl", people=5, persons=[
      P(name="Groep Acht", email="gacht@almere.nl", organisation="Gemeente Almere", role="beleidsadviseur armoede", phone="036-5399801"),
      P(name="Groep Negen", email="gnegen@almere.nl", organisation="Gemeente Almere", role="beleidsadviseur participatie", phone="036-5399802"),
      P(name="Groep Tien", email="gtien@almere.nl", organisation="Gemeente Almere", role="accountmanager maatschappelijke organisaties", phone="036-5399803", diet="vegetarisch"),
      P(name="Groep Elf", email="gelf@almere.nl", organisation="Gemeente Almere", role="projectleider Almere 2.0", phone="036-5399804"),
      P(name="Groep Twaalf", email="gtwaalf@almere.nl", organisation="Gemeente Almere", role="clustermanager", phone="06-50509812")]))

add("tb-en-group4-list", tb(
    "Group Person Thirteen <gp13@examplecarehomes.example.com>",
    "Registration of four staff members", "2010-03-19 11:30",
    """Dear organisers,

Example Care Homes Flevoland would like to register the following four people for the course:

* Group Person Fourteen - location manager Almere Stad - gp14@examplecarehomes.example.com
* Group Person Fifteen - location manager Almere Buiten - gp15@examplecarehomes.example.com
* Group Person Sixteen - policy officer - gp16@examplecarehomes.example.com
* Group Person Seventeen - HR adviser - gp17@examplecarehomes.example.com

All invoices to: Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere, PO 10-55300.

Kind regards,
Group Person Thirteen
Executive Secretary
Example Care Homes Flevoland
036 - 300 1300"""),
  X("four staff in a starred list with dashes; shared organisation from the sentence and shared invoice; the writer's phone is not theirs", "register", "en", people=4, persons=[
      P(name="Group Person Fourteen", email="gp14@examplecarehomes.example.com", organisation="Example Care Homes Flevoland", role="location manager Almere Stad", invoice_address="Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere", invoice_reference="PO 10-55300"),
      P(name="Group Person Fifteen", email="gp15@examplecarehomes.example.com", organisation="Example Care Homes Flevoland", role="location manager Almere Buiten", invoice_address="Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere", invoice_reference="PO 10-55300"),
      P(name="Group Person Sixteen", email="gp16@examplecarehomes.example.com", organisation="Example Care Homes Flevoland", role="policy officer", invoice_address="Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere", invoice_reference="PO 10-55300"),
      P(name="Group Person Seventeen", email="gp17@examplecarehomes.example.com", organisation="Example Care Homes Flevoland", role="HR adviser", invoice_address="Example Care Homes Flevoland, Accounts, Veluwedreef 1, 1314 AX Almere", invoice_reference="PO 10-55300")]))

add("outlook-nl-group2-html-table", outlook(
    "Groep Achttien <g.achttien@schetsstad-wonen.example.nl>",
    "Aanmelding leergang - 2 deelnemers Woningstichting Schetsstad", "2010-03-22 14:14",
    "", html_only=True, html="""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=NL>
<p class=MsoNormal>Goedemiddag,</p>
<p class=MsoNormal>Woningstichting Schetsstad meldt de volgende twee deelnemers aan:</p>
<table border=1 cellspacing=0 cellpadding=3>
<tr><td><b>Naam</b></td><td><b>Functie</b></td><td><b>E-mail</b></td><td><b>Telefoon</b></td><td><b>Dieet</b></td></tr>
<tr><td>Groep Achttien</td><td>manager wonen</td><td>g.achttien@schetsstad-wonen.example.nl</td><td>036-5489000</td><td>&nbsp;</td></tr>
<tr><td>Groep Negentien</td><td>leefbaarheidsconsulent</td><td>g.negentien@schetsstad-wonen.example.nl</td><td>036-5489045</td><td>vegetarisch</td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Factuuradres:<br>Woningstichting Schetsstad<br>Postbus 60<br>1300 AB Almere</p>
<p class=MsoNormal>Inkoopordernummer: 4500124410</p>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Met vriendelijke groet,<br>Groep Achttien</p>
</body></html>
"""),
  X("HTML-only table with header row; the writer is one of the two; empty diet cell", "register", "nl", people=2, persons=[
      P(name="Groep Achttien", email="g.achttien@schetsstad-wonen.example.nl", organisation="Woningstichting Schetsstad", role="manager wonen", phone="036-5489000", invoice_address="Woningstichting Schetsstad, Postbus 60, 1300 AB Almere", invoice_reference="4500124410"),
      P(name="Groep Negentien", email="g.negentien@schetsstad-wonen.example.nl", organisation="Woningstichting Schetsstad", role="leefbaarheidsconsulent", phone="036-5489045", diet="vegetarisch", invoice_address="Woningstichting Schetsstad, Postbus 60, 1300 AB Almere", invoice_reference="4500124410")]))

add("mutt-nl-group3-semicolons", mutt(
    "Groep Twintig <twintig@bibliotheekoefenstad.example.nl>",
    "aanmelding drie collega's", "2010-03-24 16:40",
    """Beste,

Graag drie aanmeldingen van Bibliotheek Oefenstad:

Groep Eenentwintig; adviseur leesbevordering; eenentwintig@bibliotheekoefenstad.example.nl; 036-5331011
Groep Tweeëntwintig; vestigingsmanager Almere Haven; tweeentwintig@bibliotheekoefenstad.example.nl; 036-5331012
Groep Drieëntwintig; medewerker collectie; drieentwintig@bibliotheekoefenstad.example.nl; 036-5331013

Factuur: Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere, kostenplaats 2200.

Groep Twintig
"""),
  X("three semicolon lines; 'kostenplaats 2200' in the invoice sentence keeps its kind word", "register", "nl", people=3, persons=[
      P(name="Groep Eenentwintig", email="eenentwintig@bibliotheekoefenstad.example.nl", organisation="Bibliotheek Oefenstad", role="adviseur leesbevordering", phone="036-5331011", invoice_address="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere", invoice_reference="kostenplaats 2200"),
      P(name="Groep Tweeëntwintig", email="tweeentwintig@bibliotheekoefenstad.example.nl", organisation="Bibliotheek Oefenstad", role="vestigingsmanager Almere Haven", phone="036-5331012", invoice_address="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere", invoice_reference="kostenplaats 2200"),
      P(name="Groep Drieëntwintig", email="drieentwintig@bibliotheekoefenstad.example.nl", organisation="Bibliotheek Oefenstad", role="medewerker collectie", phone="036-5331013", invoice_address="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere", invoice_reference="kostenplaats 2200")]))

add("apple-en-group2-prose", apple(
    "Group Person Twentyfour <gp24@examplecollege.example.edu>",
    "Two registrations from Example College", "2010-03-29 10:02",
    """Dear colleagues,

My colleague Group Person Twentyfive (gp25@examplecollege.example.edu) and I would both like to attend. Each of us is a lecturer in social work at Example College Almere. Group Person Twentyfive does not eat meat.

Invoice please to Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere, cost centre 8120.

Best wishes,
Group Person Twentyfour
+31 36 548 1224"""),
  X("two people in prose; the writer's phone belongs to the writer only", "register", "en", people=2, persons=[
      P(name="Group Person Twentyfour", email="gp24@examplecollege.example.edu", organisation="Example College Almere", role="lecturer in social work", phone="+31 36 548 1224", invoice_address="Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere", invoice_reference="cost centre 8120"),
      P(name="Group Person Twentyfive", email="gp25@examplecollege.example.edu", organisation="Example College Almere", role="lecturer in social work", diet="does not eat meat", invoice_address="Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere", invoice_reference="cost centre 8120")]))

add("outlook-nl-group8-almere", outlook(
    "Groep Zesentwintig <gzesentwintig@almere.nl>",
    "Deelnemers Gemeente Almere leergang deSTADSWIJKstudies", "2010-03-31 12:00",
    """Beste,

Bijgaand de deelnemers vanuit Gemeente Almere (allen DMO, geen kosten):

1.	Groep Zevenentwintig, beleidsmedewerker zorg, gzevenentwintig@almere.nl
2.	Groep Achtentwintig, beleidsmedewerker welzijn, gachtentwintig@almere.nl
3.	Groep Negenentwintig, wijkregisseur Stad, gnegenentwintig@almere.nl
4.	Groep Dertig, wijkregisseur Buiten, gdertig@almere.nl
5.	Groep Eenendertig, wijkregisseur Haven, geenendertig@almere.nl
6.	Groep Tweeëndertig, senior beleidsmedewerker integratie, gtweeendertig@almere.nl
7.	Groep Drieëndertig, adviseur communicatie, gdrieendertig@almere.nl
8.	Groep Vierendertig, stagiair beleid, gvierendertig@almere.nl

Groep Tweeëndertig en Groep Vierendertig eten halal.

Met vriendelijke groet,
Groep Zesentwintig
Managementondersteuning DMO"""),
  X("eight municipal staff in a numbered list; diets given after the list for two", "register", "nl", people=8, persons=[
      P(name="Groep Zevenentwintig", email="gzevenentwintig@almere.nl", organisation="Gemeente Almere", role="beleidsmedewerker zorg"),
      P(name="Groep Achtentwintig", email="gachtentwintig@almere.nl", organisation="Gemeente Almere", role="beleidsmedewerker welzijn"),
      P(name="Groep Negenentwintig", email="gnegenentwintig@almere.nl", organisation="Gemeente Almere", role="wijkregisseur Stad"),
      P(name="Groep Dertig", email="gdertig@almere.nl", organisation="Gemeente Almere", role="wijkregisseur Buiten"),
      P(name="Groep Eenendertig", email="geenendertig@almere.nl", organisation="Gemeente Almere", role="wijkregisseur Haven"),
      P(name="Groep Tweeëndertig", email="gtweeendertig@almere.nl", organisation="Gemeente Almere", role="senior beleidsmedewerker integratie", diet="halal"),
      P(name="Groep Drieëndertig", email="gdrieendertig@almere.nl", organisation="Gemeente Almere", role="adviseur communicatie"),
      P(name="Groep Vierendertig", email="gvierendertig@almere.nl", organisation="Gemeente Almere", role="stagiair beleid", diet="halal")]))

add("webmail-nl-group2-label-next-line", webmail(
    "Groep Vijfendertig <vijfendertig@kinderopvang-speelwijk.example.nl>",
    "aanmelding leergang", "2010-04-06 09:39",
    """Goedemorgen,

Wij willen ons met z'n tweeën aanmelden.

Deelnemer 1
Naam: Groep Vijfendertig
Functie: directeur
E-mail: vijfendertig@kinderopvang-speelwijk.example.nl
Telefoon: 036-5300035

Deelnemer 2
Naam: Groep Zesendertig
Functie: pedagogisch coach
E-mail: zesendertig@kinderopvang-speelwijk.example.nl
Telefoon: 036-5300036

Organisatie: Kinderopvang Speelwijk
Factuuradres:
Kinderopvang Speelwijk
Havenkade 2
1354 CA Almere

Met vriendelijke groet,
Groep Vijfendertig""", agent="Zimbra 6.0.5 (ZimbraWebClient - FF3.0)"),
  X("two numbered blocks; organisation and invoice address below the blocks for both", "register", "nl", people=2, persons=[
      P(name="Groep Vijfendertig", email="vijfendertig@kinderopvang-speelwijk.example.nl", organisation="Kinderopvang Speelwijk", role="directeur", phone="036-5300035", invoice_address="Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere"),
      P(name="Groep Zesendertig", email="zesendertig@kinderopvang-speelwijk.example.nl", organisation="Kinderopvang Speelwijk", role="pedagogisch coach", phone="036-5300036", invoice_address="Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere")]))

add("outlook-en-group3-aligned", outlook(
    "Group Person Thirtyseven <gp37@examplefoundation.example.net>",
    "Registrations", "2010-04-08 15:55",
    """Dear Sir/Madam,

Please register the following three staff of Example Foundation for Neighbourhoods:

Name                        Function                 E-mail
Group Person Thirtyseven    programme manager        gp37@examplefoundation.example.net
Group Person Thirtyeight    researcher               gp38@examplefoundation.example.net
Group Person Thirtynine     communications officer   gp39@examplefoundation.example.net

Invoice address: Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam
Reference: EFN/2010/ALM

Kind regards,
Group Person Thirtyseven
020 555 0137""", lang="EN"),
  X("aligned English column table; writer is in the list, her phone only for her", "register", "en", people=3, persons=[
      P(name="Group Person Thirtyseven", email="gp37@examplefoundation.example.net", organisation="Example Foundation for Neighbourhoods", role="programme manager", phone="020 555 0137", invoice_address="Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam", invoice_reference="EFN/2010/ALM"),
      P(name="Group Person Thirtyeight", email="gp38@examplefoundation.example.net", organisation="Example Foundation for Neighbourhoods", role="researcher", invoice_address="Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam", invoice_reference="EFN/2010/ALM"),
      P(name="Group Person Thirtynine", email="gp39@examplefoundation.example.net", organisation="Example Foundation for Neighbourhoods", role="communications officer", invoice_address="Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam", invoice_reference="EFN/2010/ALM")]))

add("gmail-nl-group-mixed-orgs", gmail(
    "Groep Veertig <groep.veertig@gmail.example.com>",
    "Aanmelding namens Netwerk Buurtkracht", "2010-04-13 20:20",
    """Beste organisatie,

Namens het Netwerk Buurtkracht melden wij twee mensen aan, van verschillende organisaties:

- Groep Eenenveertig, Stichting Buurtkracht Oefenstad, coördinator, eenenveertig@buurtkracht-oefen.example.org, 06-41000041
- Groep Tweeënveertig, Humanitas afdeling Proefstad, vrijwilliger, tweeenveertig@humanitasproef.example.nl, 06-42000042

Elke organisatie krijgt graag haar eigen factuur, naar het adres dat bij u bekend is.

Groeten,
Groep Veertig"""),
  X("two people of two organisations; no invoice address is stated ('bij u bekend'), so none is labelled", "register", "nl", people=2, persons=[
      P(name="Groep Eenenveertig", email="eenenveertig@buurtkracht-oefen.example.org", organisation="Stichting Buurtkracht Oefenstad", role="coördinator", phone="06-41000041"),
      P(name="Groep Tweeënveertig", email="tweeenveertig@humanitasproef.example.nl", organisation="Humanitas afdeling Proefstad", role="vrijwilliger", phone="06-42000042")]))

# ---- forwards ----------------------------------------------------------

add("gmail-nl-fwd-colleague", gmail(
    "Doorstuur Een <doorstuur.een@meevoorbeeldland.example.org>",
    "Fwd: aanmelding leergang", "2010-03-18 08:30",
    """Zie hieronder de aanmelding van mijn collega, ze kreeg jullie adres niet goed in haar mail.

Groet, Doorstuur Een

---------- Forwarded message ----------
From: Doorstuur Twee <doorstuur.twee@meevoorbeeldland.example.org>
Date: 2010/3/17
Subject: aanmelding leergang
To: Doorstuur Een <doorstuur.een@meevoorbeeldland.example.org>


Hoi, kun jij dit doorsturen naar het aanmeldadres?

Naam: Doorstuur Twee
Functie: cliëntondersteuner
Organisatie: MEE Voorbeeldland
Tel: 06-22334455
Factuur: MEE Voorbeeldland, Postbus 333, 1300 AH Almere

Dank je!
"""),
  X("Gmail forward: the participant is the author of the forwarded mail; her address from its From", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Twee", email="doorstuur.twee@meevoorbeeldland.example.org",
      organisation="MEE Voorbeeldland", role="cliëntondersteuner", phone="06-22334455",
      invoice_address="MEE Voorbeeldland, Postbus 333, 1300 AH Almere")]))

add("outlook-nl-fwd-van-verzonden", outlook(
    "Doorstuur Drie <d.drie@ggdmodelregio.example.nl>",
    "FW: Aanmelding deSTADSWIJKstudies", "2010-03-23 11:02",
    """Ter info/afhandeling doorgestuurd.

Met vriendelijke groet,
Doorstuur Drie
Secretariaat GGD Modelregio

________________________________
Van: Doorstuur Vier
Verzonden: maandag 22 maart 2010 17:12
Aan: Doorstuur Drie
Onderwerp: Aanmelding deSTADSWIJKstudies

Hoi,

Wil jij mij aanmelden voor de leergang in Almere? Mijn gegevens:

Doorstuur Vier
Jeugdarts, GGD Modelregio
d.vier@ggdmodelregio.example.nl
088 - 0029 600

Factuur zoals gebruikelijk via ordernummer 2010-0877.

Dank,
Doorstuur Vier"""),
  X("Outlook 'Van:/Verzonden:' forward without the forwarded sender's address in the header; the address is in the quoted text; 'zoals gebruikelijk' gives no invoice address", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Vier", email="d.vier@ggdmodelregio.example.nl",
      organisation="GGD Modelregio", role="Jeugdarts", phone="088 - 0029 600",
      invoice_reference="ordernummer 2010-0877")]))

_inner = plain("Forward Person Five <fp5@exampleyouth.example.org>",
               "Almere course - please register me", "2010-03-29 16:40",
               """Hi,

Could you pass this on to the course registration? I'd like to join.

Forward Person Five
Youth worker, Example Youth Work Almere
036 - 202 3055
Invoice: Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere

Thanks!""")
_outer = apple("Forward Person Six <fp6@exampleyouth.example.org>",
               "Fwd: Almere course - please register me", "2010-03-30 09:10",
               """Registration for my colleague below, forwarded as requested.

Forward Person Six
Office Example Youth Work Almere""")
add("apple-en-fwd-rfc822", with_attachments(_outer, [rfc822_part(_inner)]),
  X("Apple Mail forward as attached message/rfc822; participant's address only in the inner From", "register", "en", fwd="yes", people=1, persons=[P(
      name="Forward Person Five", email="fp5@exampleyouth.example.org",
      organisation="Example Youth Work Almere", role="Youth worker", phone="036 - 202 3055",
      invoice_address="Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere")]))

add("tb-nl-fwd-inline", tb(
    "Doorstuur Zeven <zeven@cultuurhuis-proef.example.org>",
    "Fwd: Inschrijving Almere", "2010-04-07 10:00",
    """Goedemorgen, graag onderstaande aanmelding verwerken.

Doorstuur Zeven

-------- Origineel bericht --------
Onderwerp: 	Inschrijving Almere
Datum: 	Tue, 06 Apr 2010 21:15:33 +0200
Van: 	Doorstuur Acht <doorstuur.acht@hotmail.example.com>
Aan: 	zeven@cultuurhuis-proef.example.org

Dag Zeven,

Zoals besproken wil ik graag mee met de leergang. Ik ben per 1 april educatiemedewerker bij Cultuurhuis Proefstad, dus de factuur mag naar het Cultuurhuis (Esplanade 10, 1315 TA Almere). Mijn werkmail heb ik nog niet, gebruik dit adres maar.

Ik ben vegetariër.
Telefoon: 06 1357 2468

Groet,
Doorstuur Acht"""),
  X("Thunderbird inline forward; participant writes from a private address, which is hers; diet as written", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Acht", email="doorstuur.acht@hotmail.example.com",
      organisation="Cultuurhuis Proefstad", role="educatiemedewerker", phone="06 1357 2468",
      diet="vegetariër", invoice_address="Esplanade 10, 1315 TA Almere")]))

add("outlook-en-fwd-original-message", outlook(
    "Forward Person Nine <fp9@examplehealth.example.com>",
    "FW: registration", "2010-04-12 08:50",
    """Please see below.

-----Original Message-----
From: Forward Person Ten [mailto:fp10@examplehealth.example.com]
Sent: 09 April 2010 17:02
To: Forward Person Nine
Subject: registration

Hi, please register me for the Almere course when you send yours:

Name: Forward Person Ten
Role: GP
Organisation: Example Health Centre Almere Buiten
Phone: 036 - 845 12 10
Diet: none

Invoice to the centre as usual: Example Health Centre Almere Buiten, Baltimoreweg 3, 1334 AA Almere.""", lang="EN"),
  X("Outlook '-----Original Message-----' forward with a mailto From", "register", "en", fwd="yes", people=1, persons=[P(
      name="Forward Person Ten", email="fp10@examplehealth.example.com",
      organisation="Example Health Centre Almere Buiten", role="GP", phone="036 - 845 12 10",
      invoice_address="Example Health Centre Almere Buiten, Baltimoreweg 3, 1334 AA Almere")]))

add("gmail-nl-fwd-webform-relay", gmail(
    "Doorstuur Elf <doorstuur.elf@woonzorg-proef.example.nl>",
    "Fwd: Nieuw bericht via contactformulier", "2010-04-20 09:15",
    """Dit kwam binnen via ons contactformulier, maar is voor jullie bedoeld.

---------- Forwarded message ----------
From: Website Woonzorg Proefland <noreply@woonzorg-proef.example.nl>
Date: 2010/4/19
Subject: Nieuw bericht via contactformulier
To: info@woonzorg-proef.example.nl


Er is een nieuw bericht verstuurd via het contactformulier.

Naam: Doorstuur Twaalf
E-mailadres: d.twaalf@woonzorg-proef.example.nl
Telefoonnummer: 036 5442212
Onderwerp: Leergang Almere
Bericht: Ik wil mij graag aanmelden voor de leergang Sociale ambities. Ik ben wijkverpleegkundige bij Woonzorg Proefland. Factuur naar Woonzorg Proefland, Postbus 42, 1300 AA Almere.

--
Dit bericht is automatisch verstuurd door de website."""),
  X("forwarded web form relay: the participant is the person in the form, address from the form field, not the noreply sender", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Twaalf", email="d.twaalf@woonzorg-proef.example.nl",
      organisation="Woonzorg Proefland", role="wijkverpleegkundige", phone="036 5442212",
      invoice_address="Woonzorg Proefland, Postbus 42, 1300 AA Almere")]))

add("outlook-nl-fwd-manager-note", outlook(
    "Doorstuur Dertien <dertien@schoolbestuur-test.example.nl>",
    "Doorst: aanmelding", "2010-04-22 13:31",
    """Hierbij de aanmelding van onze nieuwe beleidsmedewerker, ik heb akkoord gegeven. Factuur graag naar Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere, t.a.v. Doorstuur Dertien.

Doorstuur Dertien
Directeur Onderwijs

-----Oorspronkelijk bericht-----
Van: Doorstuur Veertien [mailto:veertien@schoolbestuur-test.example.nl]
Verzonden: donderdag 22 april 2010 11:20
Aan: Doorstuur Dertien
Onderwerp: aanmelding

Hoi, mag ik mij aanmelden voor de leergang in Almere? Mijn gegevens: Doorstuur Veertien, beleidsmedewerker kwaliteit, tel. 036 - 534 00 84.

Groet, Veertien"""),
  X("manager forwards an employee's request with approval and invoice details above; the 'Oorspronkelijk bericht' holds the participant", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Veertien", email="veertien@schoolbestuur-test.example.nl",
      organisation="Schoolbestuur Testkwartier", role="beleidsmedewerker kwaliteit", phone="036 - 534 00 84",
      invoice_address="Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere, t.a.v. Doorstuur Dertien")]))

# ---- answers to the robot's "details missing" mail -------------------

_s, _b = incomplete_nl("Aanvul Een", ["Organisatie", "Functie"],
                       [("Naam", "Aanvul Een"), ("E-mail", "aanvul.een@gmail.example.com")])
add("gmail-nl-answer-incomplete", gmail(
    "Aanvul Een <aanvul.een@gmail.example.com>", "Re: " + _s, "2010-03-25 19:01",
    """Organisatie: Stichting Ontwerpwijk
Functie: vrijwilliger bewonersplatform

Factuur graag naar: Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere

Groet, Aanvul Een

2010/3/25 deSTADSWIJKstudies Almere <aanmelden@example.org>

""" + quote(_b), irt=robot_mid("incomplete", "aanvul1")),
  X("answer to the robot's 'details missing' mail: the missing fields in the reply, the name and address as understood", "register", "nl", people=1, persons=[P(
      name="Aanvul Een", email="aanvul.een@gmail.example.com",
      organisation="Stichting Ontwerpwijk", role="vrijwilliger bewonersplatform",
      invoice_address=IA_OW)]))

_s, _b = incomplete_en("Dev Fill Two", ["Organisation"],
                       [("Name", "Dev Fill Two"), ("E-mail", "dfill2@examplearts.example.org"), ("Function", "dancer and workshop leader")])
add("outlook-en-answer-incomplete", outlook(
    "Dev Fill Two <dfill2@examplearts.example.org>", "RE: " + _s, "2010-04-02 10:30",
    """Sorry, forgot that: Example Arts Collective. Invoice to Example Arts Collective, Grote Markt 2, 1315 JG Almere.

Dev Fill Two

-----Original Message-----
From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: 02 April 2010 10:02
To: Dev Fill Two
Subject: """ + _s + "\n\n" + _b, lang="EN", irt=robot_mid("incomplete", "fill2")),
  X("English answer to 'details missing' with the organisation in a sentence, the quote unprefixed under Outlook's header", "register", "en", people=1, persons=[P(
      name="Dev Fill Two", email="dfill2@examplearts.example.org",
      organisation="Example Arts Collective", role="dancer and workshop leader",
      invoice_address="Example Arts Collective, Grote Markt 2, 1315 JG Almere")]))

_s, _b = incomplete_nl(None, ["Naam", "Organisatie"],
                       [("E-mail", "info@buurthuis-proef.example.nl")])
add("tb-nl-answer-incomplete-other-person", tb(
    "Buurthuis Proefwijk <info@buurthuis-proef.example.nl>", "Re: " + _s, "2010-04-16 11:20",
    """Excuus, de aanmelding was voor onze beheerder:

Naam: Aanvul Drie
Organisatie: Buurthuis Proefwijk
Functie: beheerder
E-mail: aanvul.drie@buurthuis-proef.example.nl
Telefoon: 036-5255255

Op 16-4-2010 10:58, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=robot_mid("incomplete", "aanvul3")),
  X("answer from a shared mailbox naming the participant with her own address", "register", "nl", people=1, persons=[P(
      name="Aanvul Drie", email="aanvul.drie@buurthuis-proef.example.nl",
      organisation="Buurthuis Proefwijk", role="beheerder", phone="036-5255255")]))

_s, _b = incomplete_nl("Aanvul Vier", ["Functie"],
                       [("Naam", "Aanvul Vier"), ("Organisatie", "Gemeente Almere"), ("E-mail", "avier@almere.nl")])
add("iphone-nl-answer-incomplete-one-word", iphone(
    "Aanvul Vier <avier@almere.nl>", "Re: " + _s, "2010-04-21 07:40",
    """Wijkregisseur Poort

Verstuurd vanaf mijn iPhone

Op 20 apr. 2010 om 16:45 heeft "deSTADSWIJKstudies Almere" <aanmelden@example.org> het volgende geschreven:

""" + quote(_b), irt=robot_mid("incomplete", "aanvul4")),
  X("one-line answer giving the missing function; the rest from the quoted 'understood' block", "register", "nl", people=1, persons=[P(
      name="Aanvul Vier", email="avier@almere.nl",
      organisation="Gemeente Almere", role="Wijkregisseur Poort")]))

_s, _b = incomplete_nl("Aanvul Vijf", ["Organisatie"],
                       [("Naam", "Aanvul Vijf"), ("E-mail", "aanvul5@zzp-proef.example.nl")])
add("mutt-nl-answer-incomplete-prose", mutt(
    "Aanvul Vijf <aanvul5@zzp-proef.example.nl>", "Re: " + _s, "2010-04-26 14:02",
    """Ik ben zelfstandig procesbegeleider, mijn bedrijf heet Vijf Procesbegeleiding. De factuur mag naar Vijf Procesbegeleiding, Operetteweg 5, 1323 VA Almere. Mijn telefoonnummer is 06-55500555.

On Mon, Apr 26, 2010 at 01:31:40PM +0200, deSTADSWIJKstudies Almere wrote:
""" + quote(_b), irt=robot_mid("incomplete", "aanvul5")),
  X("prose answer with the company name in a sentence", "register", "nl", people=1, persons=[P(
      name="Aanvul Vijf", email="aanvul5@zzp-proef.example.nl",
      organisation="Vijf Procesbegeleiding", role="zelfstandig procesbegeleider", phone="06-55500555",
      invoice_address="Vijf Procesbegeleiding, Operetteweg 5, 1323 VA Almere")]))
