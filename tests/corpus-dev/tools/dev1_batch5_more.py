"""Development set dev1, batch 5: more registrations in other shapes.
Every message and label typed by hand."""
from set2_lib import (add, outlook, gmail, tb, mutt, apple, iphone, webmail,
                     plain, X, P, quote, conf_nl, conf_en, robot_mid, lib)

add("tb-en-label-colon-next-line", tb(
    "Dev Person Fortythree <dp43@examplecommunity.example.org>",
    "Registration form", "2010-03-26 11:11",
    """Dear Sir or Madam,

Please find my registration below.

Name:
Dev Person Fortythree

Organisation:
Example Community Trust

Function:
volunteer coordinator

Telephone:
036 - 123 4343

Invoice address:
Example Community Trust
Finance Department
Grote Markt 12
1315 JG Almere

Kind regards,
Dev Person Fortythree"""),
  X("English labels with a colon on their own line, value on the next", "register", "en", people=1, persons=[P(
      name="Dev Person Fortythree", email="dp43@examplecommunity.example.org",
      organisation="Example Community Trust", role="volunteer coordinator",
      phone="036 - 123 4343",
      invoice_address="Example Community Trust, Finance Department, Grote Markt 12, 1315 JG Almere")]))

add("outlook-nl-naam-deelnemer-labels", outlook(
    "Ontwikkel Vierenveertig <vierenveertig@woningstichting-schets.example.nl>",
    "Aanmeldformulier leergang", "2010-03-30 08:58",
    """Naam deelnemer: Ontwikkel Vierenveertig
Naam organisatie: Woningstichting Schetsstad
Functie deelnemer: projectleider herstructurering
E-mailadres deelnemer: vierenveertig@woningstichting-schets.example.nl
Telefoonnummer deelnemer: 036-5489044
Bijzonderheden (dieet e.d.): rolstoel, graag een toegankelijke zaal
Factuuradres: Woningstichting Schetsstad, Postbus 60, 1300 AB Almere
Ordernummer: 4500125001"""),
  X("form copied from an intranet template with long labels; 'Bijzonderheden' is not a diet", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vierenveertig", email="vierenveertig@woningstichting-schets.example.nl",
      organisation="Woningstichting Schetsstad", role="projectleider herstructurering",
      phone="036-5489044",
      invoice_address="Woningstichting Schetsstad, Postbus 60, 1300 AB Almere",
      invoice_reference="4500125001")]))

_s, _b = conf_nl("Ontwikkel Acht", "K2FM9-DV5HU", "Bibliotheek Oefenstad", "programmamaker educatie",
                 "acht@bibliotheekoefenstad.example.nl", diet="veganistisch",
                 ia="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere")
add("outlook-nl-me-too-forwarded-confirmation", outlook(
    "Ontwikkel Vijfenveertig <vijfenveertig@bibliotheekoefenstad.example.nl>",
    "FW: " + _s, "2010-03-09 10:30",
    """Goedemorgen,

Mijn collega Ontwikkel Acht stuurde mij haar bevestiging door. Ik wil mij ook graag aanmelden, met dezelfde factuurgegevens als zij.

Ontwikkel Vijfenveertig
Bibliotheek Oefenstad
Adviseur mediawijsheid
036-5331045

-----Oorspronkelijk bericht-----
Van: Ontwikkel Acht
Verzonden: maandag 8 maart 2010 9:20
Aan: Ontwikkel Vijfenveertig
Onderwerp: FW: """ + _s + """

Leuk als jij ook meegaat!

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: maandag 8 maart 2010 9:14
Aan: Ontwikkel Acht
Onderwerp: """ + _s + "\n\n" + _b),
  X("registers herself, 'same invoice details' as the colleague whose forwarded confirmation states them; the mail carries the colleague's code", "register", "nl", code="K2FM9-DV5HU", people=1, persons=[P(
      name="Ontwikkel Vijfenveertig", email="vijfenveertig@bibliotheekoefenstad.example.nl",
      organisation="Bibliotheek Oefenstad", role="Adviseur mediawijsheid", phone="036-5331045",
      invoice_address="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere")]))

add("gmail-nl-form-work-address-in-form", gmail(
    "Ontwikkel Zesenveertig <zesenveertig.thuis@gmail.example.com>",
    "Aanmelding leergang", "2010-04-01 22:22",
    """Goedenavond,

Vanaf thuis, maar graag alles naar mijn werkadres:

Naam: Ontwikkel Zesenveertig
E-mail: o.zesenveertig@ggdmodelregio.example.nl
Organisatie: GGD Modelregio
Functie: sociaal verpleegkundige
Telefoon (werk): 088 - 0029 646

Factuur via ordernummer 2010-0902 naar GGD Modelregio, Postbus 1120, 1200 BC Hilversum.

Groet,
Ontwikkel Zesenveertig"""),
  X("sent from home; the address in the form is hers, not the From; 'ordernummer 2010-0902' keeps its kind word", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zesenveertig", email="o.zesenveertig@ggdmodelregio.example.nl",
      organisation="GGD Modelregio", role="sociaal verpleegkundige", phone="088 - 0029 646",
      invoice_address="GGD Modelregio, Postbus 1120, 1200 BC Hilversum",
      invoice_reference="ordernummer 2010-0902")]))

add("blackberry-nl-base64", plain(
    "Ontwikkel Zevenenveertig <zevenenveertig@politie-proef.example.nl>",
    "Aanmelding", "2010-04-06 07:12",
    """Goedemorgen, hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies Almere. Ontwikkel Zevenenveertig, teamchef basisteam Almere Stad, Politie Proefland. Tel 06-47474747. Factuur naar Politie Proefland, Postbus 2000, 1300 CA Almere, kostenplaats 30.41.

Verzonden vanaf mijn draadloze BlackBerry®-handheld""", cte="base64",
    extra=[("X-Mailer", "BlackBerry Email (5.0.0.592)")]),
  X("BlackBerry base64; everything in one run of text", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zevenenveertig", email="zevenenveertig@politie-proef.example.nl",
      organisation="Politie Proefland", role="teamchef basisteam Almere Stad", phone="06-47474747",
      invoice_address="Politie Proefland, Postbus 2000, 1300 CA Almere",
      invoice_reference="kostenplaats 30.41")]))

add("opera-en-form-na-diet", plain(
    "Dev Person Fortyeight <dp48@exampleyouth.example.org>",
    "Registration - Dev Person Fortyeight", "2010-04-08 12:00",
    """Hello,

Registration:
Full name: Dev Person Fortyeight
Employer: Example Youth Work Almere
Position: team leader streetwork
Phone no.: 0031 (0)36 202 3048
Dietary: n/a
Billing address: Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere
Our ref.: YW-ALM-48

Regards""", extra=[("User-Agent", "Opera Mail/10.51 (Win32)")]),
  X("'Full name', 'Employer', 'Position'; diet 'n/a' is none; 'Our ref.:' is a label", "register", "en", people=1, persons=[P(
      name="Dev Person Fortyeight", email="dp48@exampleyouth.example.org",
      organisation="Example Youth Work Almere", role="team leader streetwork",
      phone="0031 (0)36 202 3048",
      invoice_address="Example Youth Work Almere, att. M. Finance, Bolderbaan 5, 1333 AA Almere",
      invoice_reference="YW-ALM-48")]))

add("wlm-nl-see-signature", plain(
    "Ontwikkel Negenenveertig <negenenveertig@vluchtelingenwerk-test.example.org>",
    "aanmelding leergang, gegevens in handtekening", "2010-04-12 10:40",
    """Goedemorgen,

Ik meld me aan voor de leergang, mijn gegevens staan hieronder. De factuur mag naar ons kantooradres.

Groet,

Ontwikkel Negenenveertig
Maatschappelijk begeleider statushouders
Vluchtelingenwerk Testregio
Postbus 5070
1300 BL Almere
tel. 036 - 53 99 49 9
negenenveertig@vluchtelingenwerk-test.example.org""", charset="utf-8", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726")]),
  X("details only in the signature; invoice to the office address in it", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Negenenveertig", email="negenenveertig@vluchtelingenwerk-test.example.org",
      organisation="Vluchtelingenwerk Testregio", role="Maatschappelijk begeleider statushouders",
      phone="036 - 53 99 49 9",
      invoice_address="Vluchtelingenwerk Testregio, Postbus 5070, 1300 BL Almere")]))

add("outlook-nl-kenmerk-running-text", outlook(
    "Ontwikkel Vijftig <vijftig@meevoorbeeldland.example.org>",
    "Aanmelding leergang Sociale ambities", "2010-04-13 13:50",
    """Beste organisatie,

Hierbij meld ik mij aan als deelnemer. Ik ben consulent bij MEE Voorbeeldland en bereikbaar op 06-50505050. Wilt u op de factuur ons kenmerk 2010/044 vermelden? Het adres is MEE Voorbeeldland, Postbus 333, 1300 AH Almere.

Vegetarisch graag (wel vis).

Met vriendelijke groet,
Ontwikkel Vijftig"""),
  X("prose; 'kenmerk' is not kept; diet with a note as written", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vijftig", email="vijftig@meevoorbeeldland.example.org",
      organisation="MEE Voorbeeldland", role="consulent", phone="06-50505050",
      diet="Vegetarisch graag (wel vis)",
      invoice_address="MEE Voorbeeldland, Postbus 333, 1300 AH Almere",
      invoice_reference="2010/044")]))

add("outlook-nl-po-follows-later", outlook(
    "Ontwikkel Eenenvijftig <eenenvijftig@schoolbestuur-test.example.nl>",
    "Aanmelding", "2010-04-14 09:00",
    """Goedemorgen,

Naam: Ontwikkel Eenenvijftig
Organisatie: Schoolbestuur Testkwartier
Functie: intern begeleider
Telefoon: 036 - 534 00 51
Factuuradres: Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere
Inkoopnummer: volgt

Met vriendelijke groet,
Ontwikkel Eenenvijftig"""),
  X("purchase number 'volgt' (follows later) is no reference", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Eenenvijftig", email="eenenvijftig@schoolbestuur-test.example.nl",
      organisation="Schoolbestuur Testkwartier", role="intern begeleider", phone="036 - 534 00 51",
      invoice_address="Schoolbestuur Testkwartier, Postbus 10150, 1301 AD Almere")]))

add("outlook-nl-group6-invoice-above", outlook(
    "Groep Vijftig <groep.vijftig@welzijnproefpolder.example.org>",
    "Aanmelding 6 deelnemers Welzijn Proefpolder", "2010-04-15 11:45",
    """Goedemorgen,

Factuurgegevens voor onderstaande deelnemers:
Welzijn Proefpolder
Afdeling Financiën
Kruisstraat 4
1311 AB Almere
Ordernummer: WP-1088

Deelnemers:
Groep Eenenvijftig - ouderenadviseur - g51@welzijnproefpolder.example.org
Groep Tweeënvijftig - jongerenwerker - g52@welzijnproefpolder.example.org
Groep Drieënvijftig - opbouwwerker - g53@welzijnproefpolder.example.org
Groep Vierenvijftig - maatschappelijk werker - g54@welzijnproefpolder.example.org
Groep Vijfenvijftig - schuldhulpverlener - g55@welzijnproefpolder.example.org
Groep Zesenvijftig - teamleider - g56@welzijnproefpolder.example.org

Ik begrijp dat er tot 11 mei maximaal drie per organisatie worden geplaatst; de andere drie mogen op de wachtlijst.

Met vriendelijke groet,
Groep Vijftig
Welzijn Proefpolder"""),
  X("six people with the invoice block above the list; organisation from the subject/signature; more than the per-organisation limit, still six registrations", "register", "nl", people=6, persons=[
      P(name="Groep Eenenvijftig", email="g51@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="ouderenadviseur", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088"),
      P(name="Groep Tweeënvijftig", email="g52@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="jongerenwerker", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088"),
      P(name="Groep Drieënvijftig", email="g53@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="opbouwwerker", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088"),
      P(name="Groep Vierenvijftig", email="g54@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="maatschappelijk werker", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088"),
      P(name="Groep Vijfenvijftig", email="g55@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="schuldhulpverlener", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088"),
      P(name="Groep Zesenvijftig", email="g56@welzijnproefpolder.example.org", organisation="Welzijn Proefpolder", role="teamleider", invoice_address="Welzijn Proefpolder, Afdeling Financiën, Kruisstraat 4, 1311 AB Almere", invoice_reference="WP-1088")]))

add("gmail-en-group2-both-from", gmail(
    "Group Person Fiftyseven <gp57@examplearts.example.org>",
    "Two of us", "2010-04-16 16:16",
    """Hi!

Please register the two of us, both from Example Arts Collective:

Group Person Fiftyseven, artistic director, gp57@examplearts.example.org, 06 5757 5757
Group Person Fiftyeight, education officer, gp58@examplearts.example.org, 06 5858 5858 (vegetarian)

One invoice for both to Example Arts Collective, Grote Markt 2, 1315 JG Almere please.

Thanks a lot,
Group Person Fiftyseven"""),
  X("two comma lines, 'both from' gives the organisation, one invoice for both; diet in brackets", "register", "en", people=2, persons=[
      P(name="Group Person Fiftyseven", email="gp57@examplearts.example.org", organisation="Example Arts Collective", role="artistic director", phone="06 5757 5757", invoice_address="Example Arts Collective, Grote Markt 2, 1315 JG Almere"),
      P(name="Group Person Fiftyeight", email="gp58@examplearts.example.org", organisation="Example Arts Collective", role="education officer", phone="06 5858 5858", diet="vegetarian", invoice_address="Example Arts Collective, Grote Markt 2, 1315 JG Almere")]))

add("tb-nl-group3-different-invoice", tb(
    "Groep Negenenvijftig <g59@zorgtesthaven.example.nl>",
    "Aanmelding drie deelnemers", "2010-04-19 10:10",
    """Beste,

Graag de volgende aanmeldingen:

Naam: Groep Zestig
Organisatie: Zorgcentrum Testhaven
Functie: activiteitenbegeleider
E-mail: g60@zorgtesthaven.example.nl
Factuur: Zorgcentrum Testhaven, Postbus 2210, 1302 CE Almere

Naam: Groep Eenenzestig
Organisatie: Thuiszorg Testhaven (zusterorganisatie)
Functie: wijkverpleegkundige
E-mail: g61@thuiszorg-testhaven.example.nl
Factuur: Thuiszorg Testhaven, Postbus 2211, 1302 CE Almere

Naam: Groep Tweeënzestig
Organisatie: Zorgcentrum Testhaven
Functie: vrijwilligerscoördinator
E-mail: g62@zorgtesthaven.example.nl
Factuur: Zorgcentrum Testhaven, Postbus 2210, 1302 CE Almere

Met vriendelijke groet,
Groep Negenenvijftig"""),
  X("three blocks, each with its own organisation and invoice address; the bracket note is part of the organisation as written", "register", "nl", people=3, persons=[
      P(name="Groep Zestig", email="g60@zorgtesthaven.example.nl", organisation="Zorgcentrum Testhaven", role="activiteitenbegeleider", invoice_address="Zorgcentrum Testhaven, Postbus 2210, 1302 CE Almere"),
      P(name="Groep Eenenzestig", email="g61@thuiszorg-testhaven.example.nl", organisation="Thuiszorg Testhaven (zusterorganisatie)", role="wijkverpleegkundige", invoice_address="Thuiszorg Testhaven, Postbus 2211, 1302 CE Almere"),
      P(name="Groep Tweeënzestig", email="g62@zorgtesthaven.example.nl", organisation="Zorgcentrum Testhaven", role="vrijwilligerscoördinator", invoice_address="Zorgcentrum Testhaven, Postbus 2210, 1302 CE Almere")]))

add("outlook-nl-almere-dso-signature", outlook(
    "Ontwikkel Drieënzestig <odrieenzestig@almere.nl>",
    "leergang", "2010-04-20 15:30",
    """Hallo,

Graag meld ik me aan voor de leergang Sociale ambities. Vegetarisch.

Met vriendelijke groet,

Ontwikkel Drieënzestig
Stedenbouwkundige
Gemeente Almere | Dienst Stedelijke Ontwikkeling
Afdeling Ruimtelijke Plannen
Postbus 200 | 1300 AE Almere
T: 036 - 539 96 63
E: odrieenzestig@almere.nl
www.almere.nl"""),
  X("municipal employee, details in the signature; the postal address is not an invoice address (no fee)", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Drieënzestig", email="odrieenzestig@almere.nl",
      organisation="Gemeente Almere", role="Stedenbouwkundige",
      phone="036 - 539 96 63", diet="Vegetarisch")]))

add("webmail-nl-subject-only-details", webmail(
    "Ontwikkel Vierenzestig <vierenzestig@buurthuis-proef.example.nl>",
    "Aanmelding Ontwikkel Vierenzestig, Buurthuis Proefwijk, coördinator", "2010-04-21 11:00",
    """Zie onderwerp. Telefoon 036-5255264. Factuur naar Buurthuis Proefwijk, Lindelaan 3, 1325 AB Almere.

Ontwikkel""", agent="Horde Application Framework 3"),
  X("name, organisation and function only in the subject line", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Vierenzestig", email="vierenzestig@buurthuis-proef.example.nl",
      organisation="Buurthuis Proefwijk", role="coördinator", phone="036-5255264",
      invoice_address="Buurthuis Proefwijk, Lindelaan 3, 1325 AB Almere")]))

add("apple-en-question-end-form", apple(
    "Dev Person Sixtyfive <dp65@examplefoundation.example.net>",
    "Register + quick question", "2010-04-22 09:40",
    """Hello,

Name: Dev Person Sixtyfive
Organisation: Example Foundation for Neighbourhoods
Role: senior researcher
Phone: 020 555 0165
Invoice: Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam, ref. EFN/2010/ALM-2

Is it OK if I bring a laptop to take notes, and is there wifi at the venue?

Best,
Dev Person Sixtyfive"""),
  X("English registration with the reference after 'ref.' on the invoice line, plus a practical question", "register", "en", q="yes", people=1, persons=[P(
      name="Dev Person Sixtyfive", email="dp65@examplefoundation.example.net",
      organisation="Example Foundation for Neighbourhoods", role="senior researcher",
      phone="020 555 0165",
      invoice_address="Example Foundation for Neighbourhoods, Herengracht 500, 1017 CB Amsterdam",
      invoice_reference="EFN/2010/ALM-2")]))

add("mutt-nl-form-extension", mutt(
    "Ontwikkel Zesenzestig <zesenzestig@corporatie-oefenhuis.example.nl>",
    "aanmelding deSTADSWIJKstudies", "2010-04-23 10:05",
    """Beste,

Naam:        Ontwikkel Zesenzestig
Organisatie: Corporatie Oefenhuis
Functie:     bewonersconsulent
Telefoon:    036 750 40 40, toestel 266
Dieet:       geen bijzonderheden

Factuur graag naar Corporatie Oefenhuis, t.a.v. afdeling Control, Spoordreef 40, 1315 GP Almere, o.v.v. budgetnummer 7100.331.

Groet,
Ontwikkel Zesenzestig
"""),
  X("phone with an extension as written; 'geen bijzonderheden' is no diet", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zesenzestig", email="zesenzestig@corporatie-oefenhuis.example.nl",
      organisation="Corporatie Oefenhuis", role="bewonersconsulent",
      phone="036 750 40 40, toestel 266",
      invoice_address="Corporatie Oefenhuis, t.a.v. afdeling Control, Spoordreef 40, 1315 GP Almere",
      invoice_reference="budgetnummer 7100.331")]))

add("gmail-nl-form-inkoopordernummer", gmail(
    "Ontwikkel Zevenenzestig <zevenenzestig@sportproef.example.nl>",
    "Aanmelding Ontwikkel Zevenenzestig", "2010-04-26 08:08",
    """Beste organisatie,

Graag meld ik mij aan voor deSTADSWIJKstudies Almere.

Naam: Ontwikkel Zevenenzestig
Functie: manager accommodaties
Organisatie: Sportservice Proefstad
Telefoonnummer: +31 6 67 67 67 67
Factuur: Sportservice Proefstad, Postbus 200, 1300 AE Almere
Ons inkoopordernummer: SP-2010-67

Met sportieve groet,
Ontwikkel Zevenenzestig"""),
  X("Gmail form; 'Ons inkoopordernummer:' is a label", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zevenenzestig", email="zevenenzestig@sportproef.example.nl",
      organisation="Sportservice Proefstad", role="manager accommodaties",
      phone="+31 6 67 67 67 67",
      invoice_address="Sportservice Proefstad, Postbus 200, 1300 AE Almere",
      invoice_reference="SP-2010-67")]))

add("outlook-en-pa-registers-director", outlook(
    "PA Sixtyeight <pa68@examplecollege.example.edu>",
    "Registration of our Dean", "2010-04-27 14:14",
    """Dear organisers,

On behalf of our Dean, Dev Person Sixtynine, I would like to register him for the course "Almere: Sociale ambities in een groeiende stad".

His e-mail address is dean69@examplecollege.example.edu; for practical matters please contact me on +31 36 548 1268.

Invoice to Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere, cost centre 1000.

Kind regards,
PA Sixtyeight
Personal Assistant to the Dean
Example College Almere""", lang="EN"),
  X("PA registers the dean; her phone is for practical matters and is not his; his role is Dean", "register", "en", people=1, persons=[P(
      name="Dev Person Sixtynine", email="dean69@examplecollege.example.edu",
      organisation="Example College Almere", role="Dean",
      invoice_address="Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere",
      invoice_reference="cost centre 1000")]))

add("tb-nl-two-phones-mobile-first", tb(
    "Ontwikkel Zeventig <zeventig@reclassering-test.example.nl>",
    "Aanmelding leergang Almere", "2010-04-28 09:30",
    """Goedemorgen,

Hierbij meld ik mij aan.

Ontwikkel Zeventig
werkbegeleider taakstraffen, Reclassering Testland
mobiel 06 - 70 70 70 70, kantoor 088 - 804 10 70
vegetarisch

Factuur: Reclassering Testland, t.a.v. Crediteurenadministratie, Antwoordnummer 1234, 3500 VB Utrecht, kostenplaats 6610.

Groet,
Ontwikkel Zeventig"""),
  X("unlabelled lines; two phones with the mobile written first (the first is taken)", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Zeventig", email="zeventig@reclassering-test.example.nl",
      organisation="Reclassering Testland", role="werkbegeleider taakstraffen",
      phone="06 - 70 70 70 70", diet="vegetarisch",
      invoice_address="Reclassering Testland, t.a.v. Crediteurenadministratie, Antwoordnummer 1234, 3500 VB Utrecht",
      invoice_reference="kostenplaats 6610")]))

add("outlook-nl-group2-colleague-and-me-prose", outlook(
    "Ontwikkel Eenenzeventig <eenenzeventig@cultuurhuis-proef.example.org>",
    "Aanmelding twee medewerkers Cultuurhuis", "2010-04-29 16:00",
    """Beste organisatie,

Graag meld ik mijzelf en mijn collega Ontwikkel Tweeënzeventig aan voor de leergang. Ik ben zakelijk leider van Cultuurhuis Proefstad, zij is onze programmeur (tweeenzeventig@cultuurhuis-proef.example.org). Zij eet glutenvrij.

De facturen graag naar Cultuurhuis Proefstad, Esplanade 10, 1315 TA Almere, met projectnummer CP-48.

Met vriendelijke groet,
Ontwikkel Eenenzeventig
036-5300071"""),
  X("writer and colleague in prose; the writer's phone only for her", "register", "nl", people=2, persons=[
      P(name="Ontwikkel Eenenzeventig", email="eenenzeventig@cultuurhuis-proef.example.org", organisation="Cultuurhuis Proefstad", role="zakelijk leider", phone="036-5300071", invoice_address="Cultuurhuis Proefstad, Esplanade 10, 1315 TA Almere", invoice_reference="projectnummer CP-48"),
      P(name="Ontwikkel Tweeënzeventig", email="tweeenzeventig@cultuurhuis-proef.example.org", organisation="Cultuurhuis Proefstad", role="programmeur", diet="glutenvrij", invoice_address="Cultuurhuis Proefstad, Esplanade 10, 1315 TA Almere", invoice_reference="projectnummer CP-48")]))

add("iphone-nl-register-waitlist-ok", iphone(
    "Ontwikkel Drieënzeventig <drieenzeventig@kinderopvang-speelwijk.example.nl>",
    "Aanmelding (desnoods wachtlijst)", "2010-05-05 12:40",
    """Hallo, ik meld me aan voor de leergang, desnoods op de wachtlijst. Ontwikkel Drieënzeventig, locatiemanager Kinderopvang Speelwijk, 06-73737373. Factuur naar Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere.

Verstuurd vanaf mijn iPhone"""),
  X("registration that accepts the waiting list", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Drieënzeventig", email="drieenzeventig@kinderopvang-speelwijk.example.nl",
      organisation="Kinderopvang Speelwijk", role="locatiemanager", phone="06-73737373",
      invoice_address="Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere")]))

add("outlook-en-group4-table-html-alt", outlook(
    "Group Person Seventyfour <gp74@examplehousing.example.com>",
    "Registration Example Housing Partners (4)", "2010-05-06 10:00",
    """Dear organisers,

Please register:

Name	Role	E-mail	Diet
Group Person Seventyfive	housing officer	gp75@examplehousing.example.com	-
Group Person Seventysix	tenant participation adviser	gp76@examplehousing.example.com	halal
Group Person Seventyseven	asset manager	gp77@examplehousing.example.com	-
Group Person Seventyeight	trainee	gp78@examplehousing.example.com	vegan

All Example Housing Partners. Invoice: Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere, PO 77-1400.

Kind regards,
Group Person Seventyfour""", lang="EN"),
  X("four people in a tab table; 'All Example Housing Partners'; '-' diets are none", "register", "en", people=4, persons=[
      P(name="Group Person Seventyfive", email="gp75@examplehousing.example.com", organisation="Example Housing Partners", role="housing officer", invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere", invoice_reference="PO 77-1400"),
      P(name="Group Person Seventysix", email="gp76@examplehousing.example.com", organisation="Example Housing Partners", role="tenant participation adviser", diet="halal", invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere", invoice_reference="PO 77-1400"),
      P(name="Group Person Seventyseven", email="gp77@examplehousing.example.com", organisation="Example Housing Partners", role="asset manager", invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere", invoice_reference="PO 77-1400"),
      P(name="Group Person Seventyeight", email="gp78@examplehousing.example.com", organisation="Example Housing Partners", role="trainee", diet="vegan", invoice_address="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere", invoice_reference="PO 77-1400")]))

add("gmail-nl-fwd-private-to-work", gmail(
    "Doorstuur Negenenzeventig <d79@buurtwerk-oefen.example.nl>",
    "Fwd: Aanmelding leergang", "2010-05-07 08:45",
    """Doorgestuurd vanaf mijn werkadres, de eerste kwam niet aan geloof ik.

---------- Forwarded message ----------
From: Doorstuur Negenenzeventig <d79.prive@hotmail.example.com>
Date: 2010/5/6
Subject: Aanmelding leergang
To: aanmeldn@example.org


Naam: Doorstuur Negenenzeventig
Organisatie: Buurtwerk Oefenstad
Functie: buurtbemiddelaar
Telefoon: 06-79797979
Factuur: Buurtwerk Oefenstad, Postbus 1010, 1300 BA Almere, kostenplaats 320"""),
  X("she forwards her own earlier mail (sent to a misspelt address) from her work address; the participant is the forwarded author, so her private address; 'kostenplaats 320' after a label keeps its kind word as written", "register", "nl", fwd="yes", people=1, persons=[P(
      name="Doorstuur Negenenzeventig", email="d79.prive@hotmail.example.com",
      organisation="Buurtwerk Oefenstad", role="buurtbemiddelaar", phone="06-79797979",
      invoice_address="Buurtwerk Oefenstad, Postbus 1010, 1300 BA Almere",
      invoice_reference="kostenplaats 320")]))

add("outlook-nl-form-nvt-same-address", outlook(
    "Ontwikkel Tachtig <tachtig@ggdmodelregio.example.nl>",
    "Aanmelding leergang Almere", "2010-05-10 09:15",
    """Geachte heer, mevrouw,

Bij deze meld ik mij aan voor de leergang.

Naam: Ontwikkel Tachtig
Geslacht: man
Organisatie: GGD Modelregio
Functie: beleidsadviseur gezondheidsbevordering
Werkadres: Postbus 1120, 1200 BC Hilversum
Telefoon: 088-0029680
Dieetwensen: n.v.t.
Factuur: via ordernummer 2010-1011, zelfde adres als werkadres

Met vriendelijke groet,
Ontwikkel Tachtig"""),
  X("diet 'n.v.t.' is none; invoice 'same as work address' which the mail states; reference after 'via' keeps 'ordernummer'", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Tachtig", email="tachtig@ggdmodelregio.example.nl",
      organisation="GGD Modelregio", role="beleidsadviseur gezondheidsbevordering",
      phone="088-0029680",
      invoice_address="Postbus 1120, 1200 BC Hilversum",
      invoice_reference="ordernummer 2010-1011")]))
