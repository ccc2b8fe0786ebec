"""Set 2, batch 2: groups, forwards and registrations answering the robot (hand-written)."""
from email.message import EmailMessage

from set2_lib import (add, X, P, plain, tb, mutt, iphone, outlook, gmail,
                      apple, webmail, with_attachments, attachment, rfc822_part,
                      d, mid, nxt, quote, incomplete_nl, incomplete_en, conf_nl,
                      robot_mid, ROBOT)
import lib

# ---- groups ---------------------------------------------------------------

add("outlook-nl-twelve-municipal-allen-van", outlook(
    "Coordinator Honderd <choneerd@almere.nl>".replace("choneerd", "chonderd"),
    "Aanmelding 12 medewerkers DMO voor de leergang", "2010-03-05 11:30", """\
Beste collega's van het programmasecretariaat,

Hierbij meld ik de volgende twaalf medewerkers aan voor de leergang deSTADSWIJKstudies:

Beleidsmaker Een - beleidsmaker.een@almere.nl
Beleidsmaker Twee - beleidsmaker.twee@almere.nl
Beleidsmaker Drie - beleidsmaker.drie@almere.nl
Beleidsmaker Vier - beleidsmaker.vier@almere.nl
Beleidsmaker Vijf - beleidsmaker.vijf@almere.nl
Beleidsmaker Zes - beleidsmaker.zes@almere.nl
Beleidsmaker Zeven - beleidsmaker.zeven@almere.nl
Beleidsmaker Acht - beleidsmaker.acht@almere.nl
Beleidsmaker Negen - beleidsmaker.negen@almere.nl
Beleidsmaker Tien - beleidsmaker.tien@almere.nl
Beleidsmaker Elf - beleidsmaker.elf@almere.nl
Beleidsmaker Twaalf - beleidsmaker.twaalf@almere.nl

Allen van Gemeente Almere, DMO, afdeling Beleid. Zelf doe ik niet mee.

Met vriendelijke groet,

Coordinator Honderd
Gemeente Almere | Dienst Maatschappelijke Ontwikkeling
"""), X("twelve municipal colleagues above 'Allen van Gemeente Almere, DMO'; the sender does not take part",
        "register", "nl", people=12, persons=[
            P("Beleidsmaker Een", "beleidsmaker.een@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Twee", "beleidsmaker.twee@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Drie", "beleidsmaker.drie@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Vier", "beleidsmaker.vier@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Vijf", "beleidsmaker.vijf@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Zes", "beleidsmaker.zes@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Zeven", "beleidsmaker.zeven@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Acht", "beleidsmaker.acht@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Negen", "beleidsmaker.negen@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Tien", "beleidsmaker.tien@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Elf", "beleidsmaker.elf@almere.nl", "Gemeente Almere"),
            P("Beleidsmaker Twaalf", "beleidsmaker.twaalf@almere.nl", "Gemeente Almere")]))

add("tb-nl-three-numbered-shared-invoice", tb(
    "Hoofd Achtendertig <hoofd38@scholengroep-proefpolder.example.nl>",
    "Aanmelding drie deelnemers Scholengroep Proefpolder", "2010-03-10 13:05", """\
Geachte organisatie,

Namens Scholengroep Proefpolder meld ik drie collega's aan:

1. Docent Eenenveertig, zorgcoördinator, docent41@scholengroep-proefpolder.example.nl
2. Docent Tweeënveertig, teamleider onderbouw, docent42@scholengroep-proefpolder.example.nl
3. Docent Drieënveertig, schoolmaatschappelijk werker, docent43@scholengroep-proefpolder.example.nl

De facturen graag naar: Scholengroep Proefpolder, Centraal Bureau, Postbus 1400, 1300 BK Almere, onder vermelding van ordernummer SP-10-227.

Met vriendelijke groet,
Hoofd Achtendertig
Directeur onderwijs, Scholengroep Proefpolder
"""), X("three numbered colleagues; one invoice address and order number below the list for all",
        "register", "nl", people=3, persons=[
            P("Docent Eenenveertig", "docent41@scholengroep-proefpolder.example.nl",
              "Scholengroep Proefpolder", "zorgcoördinator", None, None,
              "Scholengroep Proefpolder, Centraal Bureau, Postbus 1400, 1300 BK Almere",
              "ordernummer SP-10-227"),
            P("Docent Tweeënveertig", "docent42@scholengroep-proefpolder.example.nl",
              "Scholengroep Proefpolder", "teamleider onderbouw", None, None,
              "Scholengroep Proefpolder, Centraal Bureau, Postbus 1400, 1300 BK Almere",
              "ordernummer SP-10-227"),
            P("Docent Drieënveertig", "docent43@scholengroep-proefpolder.example.nl",
              "Scholengroep Proefpolder", "schoolmaatschappelijk werker", None, None,
              "Scholengroep Proefpolder, Centraal Bureau, Postbus 1400, 1300 BK Almere",
              "ordernummer SP-10-227")]))

add("outlook-en-four-html-table-org-for-all", outlook(
    "HR Officer Sixty <hr60@example-youthcare.example.org>",
    "Registration of four staff members", "2010-03-12 10:20", """\
Dear Sir or Madam,

Please register the following four members of staff for the course. Organisation for all four: Example Youth Care Almere.

Name                 | Function             | E-mail
Worker Sixtyone      | family coach         | worker61@example-youthcare.example.org
Worker Sixtytwo      | youth worker         | worker62@example-youthcare.example.org
Worker Sixtythree    | team manager         | worker63@example-youthcare.example.org
Worker Sixtyfour     | behavioural scientist| worker64@example-youthcare.example.org

Invoice address (one invoice for all): Example Youth Care Almere, Finance Department, Box 501, 1300 AM Almere. Reference: HR-TRAIN-2010.

Kind regards,
HR Officer Sixty
""", lang="EN-GB"), X("four staff in a text table; organisation, invoice address and reference given once for all",
                     "register", "en", people=4, persons=[
                         P("Worker Sixtyone", "worker61@example-youthcare.example.org",
                           "Example Youth Care Almere", "family coach", None, None,
                           "Example Youth Care Almere, Finance Department, Box 501, 1300 AM Almere",
                           "HR-TRAIN-2010"),
                         P("Worker Sixtytwo", "worker62@example-youthcare.example.org",
                           "Example Youth Care Almere", "youth worker", None, None,
                           "Example Youth Care Almere, Finance Department, Box 501, 1300 AM Almere",
                           "HR-TRAIN-2010"),
                         P("Worker Sixtythree", "worker63@example-youthcare.example.org",
                           "Example Youth Care Almere", "team manager", None, None,
                           "Example Youth Care Almere, Finance Department, Box 501, 1300 AM Almere",
                           "HR-TRAIN-2010"),
                         P("Worker Sixtyfour", "worker64@example-youthcare.example.org",
                           "Example Youth Care Almere", "behavioural scientist", None, None,
                           "Example Youth Care Almere, Finance Department, Box 501, 1300 AM Almere",
                           "HR-TRAIN-2010")]))

add("gmail-nl-self-plus-colleague", gmail(
    "Opbouwwerker Zeventig <opbouw70@stichting-proefwijk.example.nl>",
    "Aanmelding 2 personen", "2010-03-15 09:45", """\
Hallo,

Ik meld mezelf en mijn collega aan voor de leergang.

Naam: Opbouwwerker Zeventig
Functie: opbouwwerker
Telefoon: 06-70707070

Naam: Opbouwwerker Eenenzeventig
Functie: opbouwwerker
E-mail: opbouw71@stichting-proefwijk.example.nl
Telefoon: 06-71717171

Wij werken allebei bij Stichting Proefwijk. Factuur graag naar Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere.

Groet,
Opbouwwerker Zeventig
"""), X("self plus a colleague; the sender's email is the From address; organisation and invoice shared",
        "register", "nl", people=2, persons=[
            P("Opbouwwerker Zeventig", "opbouw70@stichting-proefwijk.example.nl",
              "Stichting Proefwijk", "opbouwwerker", "06-70707070", None,
              "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere"),
            P("Opbouwwerker Eenenzeventig", "opbouw71@stichting-proefwijk.example.nl",
              "Stichting Proefwijk", "opbouwwerker", "06-71717171", None,
              "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")]))

add("outlook-nl-five-excel-paste", outlook(
    "Personeelszaken Vijftig <pz50@welzijnshuis-modelstad.example.nl>",
    "Aanmeldingen Welzijnshuis Modelstad", "2010-03-17 15:00", """\
Goedemiddag,

Hieronder de vijf medewerkers van Welzijnshuis Modelstad die deelnemen (geplakt uit onze lijst):

Naam\tFunctie\tE-mail\tTelefoon
Ouderenwerker Een\touderenadviseur\tow1@welzijnshuis-modelstad.example.nl\t036-5481001
Ouderenwerker Twee\tmantelzorgconsulent\tow2@welzijnshuis-modelstad.example.nl\t036-5481002
Ouderenwerker Drie\tsociaal werker\tow3@welzijnshuis-modelstad.example.nl\t036-5481003
Ouderenwerker Vier\tteamleider\tow4@welzijnshuis-modelstad.example.nl\t036-5481004
Ouderenwerker Vijf\tvrijwilligerscoördinator\tow5@welzijnshuis-modelstad.example.nl\t036-5481005

Factuuradres voor alle vijf: Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere, kenmerk WM/SCH/2010.

Met vriendelijke groet,
Personeelszaken Vijftig
"""), X("five people pasted from a spreadsheet (tabs); invoice for all below; 'kenmerk' is the label word, not part of the reference",
        "register", "nl", people=5, persons=[
            P("Ouderenwerker Een", "ow1@welzijnshuis-modelstad.example.nl",
              "Welzijnshuis Modelstad", "ouderenadviseur", "036-5481001", None,
              "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere", "WM/SCH/2010"),
            P("Ouderenwerker Twee", "ow2@welzijnshuis-modelstad.example.nl",
              "Welzijnshuis Modelstad", "mantelzorgconsulent", "036-5481002", None,
              "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere", "WM/SCH/2010"),
            P("Ouderenwerker Drie", "ow3@welzijnshuis-modelstad.example.nl",
              "Welzijnshuis Modelstad", "sociaal werker", "036-5481003", None,
              "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere", "WM/SCH/2010"),
            P("Ouderenwerker Vier", "ow4@welzijnshuis-modelstad.example.nl",
              "Welzijnshuis Modelstad", "teamleider", "036-5481004", None,
              "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere", "WM/SCH/2010"),
            P("Ouderenwerker Vijf", "ow5@welzijnshuis-modelstad.example.nl",
              "Welzijnshuis Modelstad", "vrijwilligerscoördinator", "036-5481005", None,
              "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere", "WM/SCH/2010")]))

add("nl-two-one-without-email", mutt(
    "Penningmeester Vierennegentig <pm94@woonbond-testkwartier.example.nl>",
    "Aanmelding twee bestuursleden", "2010-03-19 20:30", """\
Beste secretariaat,

Vanuit de Woonbond Testkwartier willen twee bestuursleden deelnemen:

- Bestuurslid Vijfennegentig (voorzitter), bestuurslid95@woonbond-testkwartier.example.nl
- Bestuurslid Zesennegentig (algemeen bestuurslid), heeft geen e-mail; bereikbaar via 036-5319696

Factuur naar Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere.

Met vriendelijke groet,
Penningmeester Vierennegentig
"""), X("two board members; one has no email (phone instead); the sender is not a participant",
        "register", "nl", people=2, persons=[
            P("Bestuurslid Vijfennegentig", "bestuurslid95@woonbond-testkwartier.example.nl",
              "Woonbond Testkwartier", "voorzitter", None, None,
              "Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere"),
            P("Bestuurslid Zesennegentig", None, "Woonbond Testkwartier",
              "algemeen bestuurslid", "036-5319696", None,
              "Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere")]))

add("en-two-orgs-partnership", apple(
    "Partner Eightyeight <partner88@example-foodbank.example.org>",
    "Two registrations (two organisations)", "2010-03-22 12:40", """\
Hello,

We are a partnership of two organisations and would like to register one person each.

Partner Eightyeight
Example Food Bank Almere, volunteer manager
partner88@example-foodbank.example.org
Invoice: Example Food Bank Almere, Industrieweg 52, 1332 XX Almere

Partner Eightynine
Example Debt Help Almere, debt counsellor
partner89@example-debthelp.example.org
Invoice: Example Debt Help Almere, Postbus 89, 1300 AC Almere, ref. DH-889

Thank you!
Partner Eightyeight
"""), X("two people from two organisations, each with their own invoice address",
        "register", "en", people=2, persons=[
            P("Partner Eightyeight", "partner88@example-foodbank.example.org",
              "Example Food Bank Almere", "volunteer manager", None, None,
              "Example Food Bank Almere, Industrieweg 52, 1332 XX Almere"),
            P("Partner Eightynine", "partner89@example-debthelp.example.org",
              "Example Debt Help Almere", "debt counsellor", None, None,
              "Example Debt Help Almere, Postbus 89, 1300 AC Almere", "DH-889")]))

add("nl-six-semicolon-org-for-all", webmail(
    "Regiomanager Zestig <rm60@zorggroep-voorbeeldhaven.example.org>",
    "aanmelding 6 deelnemers", "2010-03-24 08:20", """\
Goedemorgen,

Organisatie voor allen: Zorggroep Voorbeeldhaven.
Factuuradres: Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere.

Deelnemers (naam; functie; e-mail):
Wijkverpleegkundige Een; wijkverpleegkundige; wv1@zorggroep-voorbeeldhaven.example.org
Wijkverpleegkundige Twee; wijkverpleegkundige; wv2@zorggroep-voorbeeldhaven.example.org
Casemanager Drie; casemanager dementie; cm3@zorggroep-voorbeeldhaven.example.org
Casemanager Vier; casemanager dementie; cm4@zorggroep-voorbeeldhaven.example.org
Teamleider Vijf; teamleider thuiszorg; tl5@zorggroep-voorbeeldhaven.example.org
Stafmedewerker Zes; stafmedewerker kwaliteit; sm6@zorggroep-voorbeeldhaven.example.org

Wij hebben begrepen dat er tot 11 mei maximaal drie plaatsen per organisatie zijn; zet de overige drie dan maar op de wachtlijst.

Groet,
Regiomanager Zestig
""", agent="Horde Application Framework 3"),
    X("six people, semicolon lines; organisation and invoice address stated once above the list",
      "register", "nl", people=6, persons=[
          P("Wijkverpleegkundige Een", "wv1@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "wijkverpleegkundige", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere"),
          P("Wijkverpleegkundige Twee", "wv2@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "wijkverpleegkundige", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere"),
          P("Casemanager Drie", "cm3@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "casemanager dementie", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere"),
          P("Casemanager Vier", "cm4@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "casemanager dementie", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere"),
          P("Teamleider Vijf", "tl5@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "teamleider thuiszorg", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere"),
          P("Stafmedewerker Zes", "sm6@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "stafmedewerker kwaliteit", None, None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere")]))

add("en-three-bullets-all-from", tb(
    "Manager Thirtythree <manager33@example-sheltered.example.org>",
    "Registrations", "2010-03-26 16:16", """\
Hi,

Three of us would like to attend:

* Carer Thirtyfour (care coordinator) - carer34@example-sheltered.example.org
* Carer Thirtyfive (night team lead) - carer35@example-sheltered.example.org, vegetarian
* Manager Thirtythree (that's me, location manager)

All from Example Sheltered Housing. Invoice to Example Sheltered Housing, Postbus 55, 1300 AA Almere, PO 2010-3333.

Thanks,
Manager Thirtythree
"""), X("three bullets including the sender; 'All from ...' and one invoice for all",
        "register", "en", people=3, persons=[
            P("Carer Thirtyfour", "carer34@example-sheltered.example.org",
              "Example Sheltered Housing", "care coordinator", None, None,
              "Example Sheltered Housing, Postbus 55, 1300 AA Almere", "PO 2010-3333"),
            P("Carer Thirtyfive", "carer35@example-sheltered.example.org",
              "Example Sheltered Housing", "night team lead", None, "vegetarian",
              "Example Sheltered Housing, Postbus 55, 1300 AA Almere", "PO 2010-3333"),
            P("Manager Thirtythree", "manager33@example-sheltered.example.org",
              "Example Sheltered Housing", "location manager", None, None,
              "Example Sheltered Housing, Postbus 55, 1300 AA Almere", "PO 2010-3333")]))

add("outlook-nl-eight-municipal-blocks", outlook(
    "Teamleider Tweehonderd <tl200@almere.nl>",
    "Aanmelding team Wijkaanpak", "2010-03-30 14:25", """\
Beste secretariaat,

Graag meld ik mijn team aan. Allen van Gemeente Almere, DMO, team Wijkaanpak.

Wijkregisseur Een, wijkregisseur Haven, wr.een@almere.nl
Wijkregisseur Twee, wijkregisseur Stad, wr.twee@almere.nl
Wijkregisseur Drie, wijkregisseur Buiten, wr.drie@almere.nl
Wijkregisseur Vier, wijkregisseur Poort, wr.vier@almere.nl
Gebiedsmanager Vijf, gebiedsmanager, gm.vijf@almere.nl
Gebiedsmanager Zes, gebiedsmanager, gm.zes@almere.nl
Beleidsadviseur Zeven, beleidsadviseur wijkaanpak, ba.zeven@almere.nl
Teamleider Tweehonderd, teamleider (ikzelf), tl200@almere.nl

Mvg,
Teamleider Tweehonderd
"""), X("eight municipal staff including the sender; 'Allen van Gemeente Almere' stated above the list",
        "register", "nl", people=8, persons=[
            P("Wijkregisseur Een", "wr.een@almere.nl", "Gemeente Almere", "wijkregisseur Haven"),
            P("Wijkregisseur Twee", "wr.twee@almere.nl", "Gemeente Almere", "wijkregisseur Stad"),
            P("Wijkregisseur Drie", "wr.drie@almere.nl", "Gemeente Almere", "wijkregisseur Buiten"),
            P("Wijkregisseur Vier", "wr.vier@almere.nl", "Gemeente Almere", "wijkregisseur Poort"),
            P("Gebiedsmanager Vijf", "gm.vijf@almere.nl", "Gemeente Almere", "gebiedsmanager"),
            P("Gebiedsmanager Zes", "gm.zes@almere.nl", "Gemeente Almere", "gebiedsmanager"),
            P("Beleidsadviseur Zeven", "ba.zeven@almere.nl", "Gemeente Almere",
              "beleidsadviseur wijkaanpak"),
            P("Teamleider Tweehonderd", "tl200@almere.nl", "Gemeente Almere", "teamleider")]))

add("nl-four-blocks-invoice-above", outlook(
    "Directeur Honderdtien <dir110@maatschappelijkwerk-proefstad.example.nl>",
    "Aanmelding 4 medewerkers MW Proefstad", "2010-04-01 11:11", """\
Geachte heer/mevrouw,

Factuuradres voor alle deelnemers hieronder: Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere, kenmerk MWP-OPL-110.

Naam: Hulpverlener Een
Functie: schuldhulpverlener
E-mail: hv.een@maatschappelijkwerk-proefstad.example.nl

Naam: Hulpverlener Twee
Functie: maatschappelijk werker
E-mail: hv.twee@maatschappelijkwerk-proefstad.example.nl
Dieet: vegetarisch

Naam: Hulpverlener Drie
Functie: maatschappelijk werker
E-mail: hv.drie@maatschappelijkwerk-proefstad.example.nl

Naam: Hulpverlener Vier
Functie: teamcoördinator
E-mail: hv.vier@maatschappelijkwerk-proefstad.example.nl
Telefoon: 036-5355004

Met vriendelijke groet,

Directeur Honderdtien
Maatschappelijk Werk Proefstad
"""), X("four form blocks; invoice address stated once above them; organisation from the sender's signature",
        "register", "nl", people=4, persons=[
            P("Hulpverlener Een", "hv.een@maatschappelijkwerk-proefstad.example.nl",
              "Maatschappelijk Werk Proefstad", "schuldhulpverlener", None, None,
              "Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere", "MWP-OPL-110"),
            P("Hulpverlener Twee", "hv.twee@maatschappelijkwerk-proefstad.example.nl",
              "Maatschappelijk Werk Proefstad", "maatschappelijk werker", None, "vegetarisch",
              "Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere", "MWP-OPL-110"),
            P("Hulpverlener Drie", "hv.drie@maatschappelijkwerk-proefstad.example.nl",
              "Maatschappelijk Werk Proefstad", "maatschappelijk werker", None, None,
              "Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere", "MWP-OPL-110"),
            P("Hulpverlener Vier", "hv.vier@maatschappelijkwerk-proefstad.example.nl",
              "Maatschappelijk Werk Proefstad", "teamcoördinator", "036-5355004", None,
              "Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere", "MWP-OPL-110")]))

add("gmail-html-two-municipal-plus-partner", gmail(
    "Projectleider Driehonderd <pl300@almere.nl>",
    "Aanmelding: 1 collega + 1 partner", "2010-04-05 10:00", """\
Beste secretariaat,

Graag meld ik aan:

Naam: Projectleider Driehonderd (ikzelf)
Organisatie: Gemeente Almere
Functie: projectleider Sociale Agenda

Naam: Partner Driehonderdeen
Organisatie: Stichting Proefwijk
Functie: directeur
E-mail: partner301@stichting-proefwijk.example.nl
Factuuradres: Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere

Groet,
Projectleider Driehonderd
"""), X("a municipal sender plus an external partner; only the partner has invoice details",
        "register", "nl", people=2, persons=[
            P("Projectleider Driehonderd", "pl300@almere.nl", "Gemeente Almere",
              "projectleider Sociale Agenda"),
            P("Partner Driehonderdeen", "partner301@stichting-proefwijk.example.nl",
              "Stichting Proefwijk", "directeur", None, None,
              "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")]))

# ---- forwards ---------------------------------------------------------------

add("gmail-nl-forward-colleague", gmail(
    "Leidinggevende Vierhonderd <lg400@jeugdwerk-oost.example.nl>",
    "Fwd: aanmelding leergang", "2010-04-06 09:30", """\
Hierbij de aanmelding van mijn medewerker, zie onder. Akkoord vanuit Jeugdwerk Oost; factuur naar Jeugdwerk Oost, Postbus 4066, 1300 GA Almere.

Groet,
Leidinggevende Vierhonderd

---------- Forwarded message ----------
From: Jongerenwerker Vierhonderdeen <jw401@jeugdwerk-oost.example.nl>
Date: 2010/4/5
Subject: aanmelding leergang
To: Leidinggevende Vierhonderd <lg400@jeugdwerk-oost.example.nl>


Hoi,

Wil jij mij aanmelden voor de leergang in de bibliotheek? Mijn gegevens:

Naam: Jongerenwerker Vierhonderdeen
Functie: jongerenwerker
Tel: 06-40140140
Dieet: halal

Thanks!
"""), X("manager forwards an employee's request in Gmail; participant is in the forwarded part",
        "register", "nl", fwd="yes", people=1, persons=[P(
            "Jongerenwerker Vierhonderdeen", "jw401@jeugdwerk-oost.example.nl", "Jeugdwerk Oost",
            "jongerenwerker", "06-40140140", "halal",
            "Jeugdwerk Oost, Postbus 4066, 1300 GA Almere")]))

add("outlook-nl-doorgestuurd-van-verzonden", outlook(
    "Afdelingshoofd Vijfhonderd <ah500@ggd-voorbeeldland.example.nl>",
    "FW: deelname leergang Almere", "2010-04-07 13:40", """\
Goedemiddag,

Onderstaande medewerker mag deelnemen, graag aanmelden. Factuur: GGD Voorbeeldland, Postbus 1120, 1300 BC Almere, kenmerk FIN/2010/0500.

Met vriendelijke groet,
Afdelingshoofd Vijfhonderd

________________________________
Van: Preventiewerker Vijfhonderdeen
Verzonden: dinsdag 6 april 2010 16:12
Aan: Afdelingshoofd Vijfhonderd
Onderwerp: deelname leergang Almere

Hoi,

Ik zou graag meedoen aan deSTADSWIJKstudies. Mijn gegevens voor de aanmelding:

Preventiewerker Vijfhonderdeen
preventiemedewerker jeugd
pw501@ggd-voorbeeldland.example.nl
088-0011501

Groet, Preventiewerker Vijfhonderdeen
"""), X("Outlook forward (Van:/Verzonden:/Aan:/Onderwerp:); manager adds invoice details",
        "register", "nl", fwd="yes", people=1, persons=[P(
            "Preventiewerker Vijfhonderdeen", "pw501@ggd-voorbeeldland.example.nl",
            "GGD Voorbeeldland", "preventiemedewerker jeugd", "088-0011501", None,
            "GGD Voorbeeldland, Postbus 1120, 1300 BC Almere", "FIN/2010/0500")]))

inner = EmailMessage()
inner["From"] = "Analyst Sixhundredone <analyst601@example-university.example.edu>"
inner["To"] = "Professor Sixhundred <prof600@example-university.example.edu>"
inner["Subject"] = "Almere course - my details"
inner["Date"] = d("2010-04-08 09:02")
inner["Message-ID"] = "<C0FFEE01-6001-4A2B-9C3D-600100000001@example-university.example.edu>"
inner.set_content("""\
Dear Professor Sixhundred,

As discussed, here are my details for the Almere course registration:

Name: Analyst Sixhundredone
Position: research assistant
Organisation: Example University, Urban Studies group
Phone: +31 20 555 6601

Best,
Analyst Sixhundredone
""")
outer = EmailMessage()
outer["From"] = "Professor Sixhundred <prof600@example-university.example.edu>"
outer["To"] = "aanmelden@example.org"
outer["Subject"] = "Fwd: Almere course - my details"
outer["Date"] = d("2010-04-08 11:15")
outer["Message-ID"] = mid("apple", nxt(), "example-university.example.edu")
outer["X-Mailer"] = "Apple Mail (2.1078)"
outer.make_mixed()
b = EmailMessage()
b.set_content("""\
Please register my research assistant (details in the attached mail). Invoice: Example University, Faculty Office, PO Box 64, 1000 AA Amsterdam, project URB-64.

Professor Sixhundred
""")
outer.attach(b)
outer.attach(rfc822_part(inner))
add("apple-en-forward-rfc822", outer, X(
    "Apple Mail forward as message/rfc822; the participant's email is the From of the forwarded mail",
    "register", "en", fwd="yes", people=1, persons=[P(
        "Analyst Sixhundredone", "analyst601@example-university.example.edu",
        "Example University, Urban Studies group", "research assistant", "+31 20 555 6601",
        None, "Example University, Faculty Office, PO Box 64, 1000 AA Amsterdam",
        "project URB-64")]))

add("outlook-en-original-message-forward", outlook(
    "Coordinator Sevenhundred <coord700@example-refugee-help.example.org>",
    "FW: Registration Almere", "2010-04-09 10:10", """\
Hello,

See below: please register our volunteer for the course. Invoice to Example Refugee Help, attn. Finance, Voorbeeldgracht 100, 1017 AA Amsterdam.

Regards,
Coordinator Sevenhundred

-----Original Message-----
From: Volunteer Sevenhundredone [mailto:vol701@example-refugee-help.example.org]
Sent: Thursday, April 08, 2010 8:45 PM
To: Coordinator Sevenhundred
Subject: Registration Almere

Hi, I'd like to join the course, can you register me? Volunteer Sevenhundredone, language buddy coordinator, 06 7010 7010. No pork please.
""", lang="EN-GB"), X("Outlook '-----Original Message-----' forward; participant's address in the forwarded header",
                     "register", "en", fwd="yes", people=1, persons=[P(
                         "Volunteer Sevenhundredone", "vol701@example-refugee-help.example.org",
                         "Example Refugee Help", "language buddy coordinator", "06 7010 7010",
                         "No pork", "Example Refugee Help, attn. Finance, Voorbeeldgracht 100, 1017 AA Amsterdam")]))

add("tb-nl-inline-forward-two", tb(
    "Bestuurssecretaris Achthonderd <bs800@kunstcentrum-testlaan.example.nl>",
    "Fwd: Aanmelding deSTADSWIJKstudies", "2010-04-12 15:55", """\
Beste,

De mail hieronder kwam bij ons binnen in plaats van bij u. Wilt u deze twee collega's aanmelden?

Groet,
Bestuurssecretaris Achthonderd

-------- Origineel bericht --------
Onderwerp: Aanmelding deSTADSWIJKstudies
Datum: Mon, 12 Apr 2010 10:02:11 +0200
Van: Educatiemedewerker Achthonderdeen <em801@kunstcentrum-testlaan.example.nl>
Aan: info@kunstcentrum-testlaan.example.nl

Graag melden wij ons aan:

Naam: Educatiemedewerker Achthonderdeen
Functie: educatiemedewerker
E-mail: em801@kunstcentrum-testlaan.example.nl

Naam: Programmeur Achthonderdtwee
Functie: programmeur jeugd
E-mail: pr802@kunstcentrum-testlaan.example.nl

Organisatie: Kunstcentrum Testlaan
Factuur: Kunstcentrum Testlaan, Testlaan 1, 1315 TL Almere
"""), X("Thunderbird inline forward of a two-person registration that went to the wrong address",
        "register", "nl", fwd="yes", people=2, persons=[
            P("Educatiemedewerker Achthonderdeen", "em801@kunstcentrum-testlaan.example.nl",
              "Kunstcentrum Testlaan", "educatiemedewerker", None, None,
              "Kunstcentrum Testlaan, Testlaan 1, 1315 TL Almere"),
            P("Programmeur Achthonderdtwee", "pr802@kunstcentrum-testlaan.example.nl",
              "Kunstcentrum Testlaan", "programmeur jeugd", None, None,
              "Kunstcentrum Testlaan, Testlaan 1, 1315 TL Almere")]))

# ---- registrations that answer the robot ----------------------------------

s, body = incomplete_nl("Beheerder Negenhonderd",
                        ["Organisatie", "Functie"],
                        [("Naam", "Beheerder Negenhonderd"),
                         ("E-mail", "beheer900@buurtcentrum-testwijk.example.nl")])
add("gmail-nl-reply-incomplete-details", gmail(
    "Beheerder Negenhonderd <beheer900@buurtcentrum-testwijk.example.nl>",
    "Re: " + s, "2010-04-13 09:20", """\
Excuus, vergeten. Hier de rest:

Organisatie: Buurtcentrum Testwijk
Functie: beheerder / gastheer
Factuuradres: Buurtcentrum Testwijk, Lindelaan 33, 1324 KL Almere

Groet, Beheerder Negenhonderd

Op 12 april 2010 17:44 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(body) + "\n", irt=robot_mid("incomplete", "beheer900")),
    X("answers the robot's 'missing details' mail with the missing fields; name and email from the quote and From",
      "register", "nl", people=1, persons=[P(
          "Beheerder Negenhonderd", "beheer900@buurtcentrum-testwijk.example.nl",
          "Buurtcentrum Testwijk", "beheerder / gastheer", None, None,
          "Buurtcentrum Testwijk, Lindelaan 33, 1324 KL Almere")]))

s, body = incomplete_en(None, ["Name", "Organisation"],
                        [("E-mail", "helpdesk@example-consultancy.example.com")])
add("outlook-en-reply-incomplete-shared-mailbox", outlook(
    "Helpdesk Example Consultancy <helpdesk@example-consultancy.example.com>",
    "RE: " + s, "2010-04-14 11:00", """\
Hello,

Sorry, the registration came from our shared mailbox. It is for:

Name: Consultant Ninehundredten
Organisation: Example Social Consultancy B.V.
Function: junior consultant
E-mail: consultant910@example-consultancy.example.com

Invoice as before: Example Social Consultancy B.V., Herengracht 44, 1015 BN Amsterdam

Regards,
Helpdesk

From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: Tuesday, April 13, 2010 4:30 PM
To: Helpdesk Example Consultancy
Subject: """ + s + "\n\n" + body + "\n", lang="EN-GB",
    irt=robot_mid("incomplete", "helpdesk")),
    X("reply from a shared mailbox to the 'details missing' mail, naming the real participant",
      "register", "en", people=1, persons=[P(
          "Consultant Ninehundredten", "consultant910@example-consultancy.example.com",
          "Example Social Consultancy B.V.", "junior consultant", None, None,
          "Example Social Consultancy B.V., Herengracht 44, 1015 BN Amsterdam")]))

s, body = incomplete_nl("Zorgverlener Negenhonderdtwintig", ["Organisatie"],
                        [("Naam", "Zorgverlener Negenhonderdtwintig"),
                         ("Functie", "POH-GGZ"),
                         ("E-mail", "zv920@huisartsen-proefstad.example.nl")])
add("iphone-nl-reply-incomplete-short", iphone(
    "Zorgverlener Negenhonderdtwintig <zv920@huisartsen-proefstad.example.nl>",
    "Re: " + s, "2010-04-15 19:51", """\
Organisatie is Huisartsenpraktijk Proefstad.

Verstuurd vanaf mijn iPhone

Op 15 apr. 2010 om 14:03 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:\n\n""" + quote(body) + "\n",
    irt=robot_mid("incomplete", "zv920")),
    X("one-line answer from an iPhone to the 'missing details' mail; the rest is in the quoted robot mail",
      "register", "nl", people=1, persons=[P(
          "Zorgverlener Negenhonderdtwintig", "zv920@huisartsen-proefstad.example.nl",
          "Huisartsenpraktijk Proefstad", "POH-GGZ")]))

s, body = conf_nl("Cursist van Negen", "H7KQ2-MZ4RW", "Woonbond Testkwartier",
                  "bestuurslid (vrijwilliger)", "cvnegen@woonbond-testkwartier.example.nl",
                  phone="036-5317788", diet="glutenvrij",
                  ia="Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere, t.a.v. de penningmeester")
add("nl-reply-confirmation-add-colleague", plain(
    "\"Cursist van Negen\" <cvnegen@woonbond-testkwartier.example.nl>",
    "Re: " + s, "2010-03-16 10:30", """\
Dank voor de bevestiging. Graag meld ik ook mijn medebestuurder aan:

Naam: Bestuurder van Tien
Functie: bestuurslid huurdersbelangen
E-mail: bvtien@woonbond-testkwartier.example.nl
Telefoon: 036-5317799

Zelfde organisatie en factuuradres als ik.

Groet,
Cursist van Negen

----- Original Message -----
From: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
To: <cvnegen@woonbond-testkwartier.example.nl>
Sent: Friday, March 12, 2010 9:51 AM
Subject: """ + s + "\n\n" + quote(body) + "\n", charset="iso-8859-1",
    cte="quoted-printable", style="outlook",
    irt=robot_mid("confirmation", "H7KQ2-MZ4RW"),
    extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5843")]),
    X("reply to her own confirmation registering a colleague with 'same organisation and invoice address as me' (from the quoted confirmation); the quoted code is hers",
      "register", "nl", code="H7KQ2-MZ4RW", people=1, persons=[P(
          "Bestuurder van Tien", "bvtien@woonbond-testkwartier.example.nl",
          "Woonbond Testkwartier", "bestuurslid huurdersbelangen", "036-5317799", None,
          "Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere, t.a.v. de penningmeester")]))

add("en-resend-no-confirmation-form-again", gmail(
    "Trainee Twentyone <trainee21@example-housing.example.org>",
    "Registration (sent again)", "2010-04-16 08:08", """\
Hello,

I registered two weeks ago from my phone but never received anything, so here is my registration again:

Name: Trainee Twentyone
Organisation: Example Housing Trust
Role: housing officer
Phone: 036 522 21 21
Invoice address: Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere

Regards,
Trainee Twentyone
"""), X("a full registration sent again because no confirmation came",
        "register", "en", people=1, persons=[P(
            "Trainee Twentyone", "trainee21@example-housing.example.org",
            "Example Housing Trust", "housing officer", "036 522 21 21", None,
            "Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere")]))

add("nl-colleague-fw-invitation-registers-self", outlook(
    "Gezinscoach Elfhonderd <gc1100@example-youthcare.example.org>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies", "2010-04-19 12:12", """\
Goedemiddag,

Mijn collega stuurde mij onderstaande uitnodiging door. Ik wil mij graag aanmelden:

Gezinscoach Elfhonderd
gezinscoach, Example Youth Care Almere
036-5211100
Factuur: Example Youth Care Almere, Box 501, 1300 AM Almere

Met vriendelijke groet,
Gezinscoach Elfhonderd

Van: Collega Elfhonderdeen
Verzonden: vrijdag 16 april 2010 15:01
Aan: Gezinscoach Elfhonderd
Onderwerp: FW: Uitnodiging leergang deSTADSWIJKstudies

Iets voor jou?

Van: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: donderdag 25 maart 2010 16:02
Onderwerp: Uitnodiging leergang deSTADSWIJKstudies

Geachte relatie,

De gemeente Almere nodigt u uit om deel te nemen aan de leergang deSTADSWIJKstudies op locatie Almere. Aanmelden kan bij aanmelden@example.org.
"""), X("registers herself on top of a forwarded invitation; the forward is not the participant",
        "register", "nl", people=1, persons=[P(
            "Gezinscoach Elfhonderd", "gc1100@example-youthcare.example.org",
            "Example Youth Care Almere", "gezinscoach", "036-5211100", None,
            "Example Youth Care Almere, Box 501, 1300 AM Almere")]))
