"""Set 12, batch 1: genuine registrations of one person (001-034).

Every text and every label below is typed by hand. Organisations are named
after stones and minerals; people's names are invented.

Codes of this batch's people (used again in batch 5):
  Lantaarnopsteker Vijftien G7RKM-4TQ2X   (confirmation quoted in 141)
  Rietdekker Zestien        H3WPN-8CYD5
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import (add, P, L, conf_nl, conf_en, incomplete_nl,  # noqa: F401
                       incomplete_en, help_nl, rirt, quote, SIG_NL)

# 001 -- a filled-in form, Outlook 2010, invoice address on three lines
add("form-nl-outlook2010-invoice", outlook2010(
    "Lantaarnopsteker Vijftien <l.vijftien@basalt.example.nl>",
    "Aanmelding leergang Sociale ambities", "2010-03-04 09:12",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Lantaarnopsteker Vijftien
Organisatie: Stichting Basalt
Functie: coördinator buurtnetwerken
E-mail: l.vijftien@basalt.example.nl
Telefoon: 036 - 540 12 88
Dieet: vegetarisch

Factuuradres:
Stichting Basalt
t.a.v. crediteurenadministratie
Postbus 3110
1300 EC Almere
Kenmerk: BAS-2010-017

Met vriendelijke groet,
Lantaarnopsteker Vijftien
"""), L("form with labels, multi-line invoice address joined", "register",
        "nl", people=1, persons=[P(
            name="Lantaarnopsteker Vijftien", email="l.vijftien@basalt.example.nl",
            organisation="Stichting Basalt",
            role="coördinator buurtnetwerken", phone="036 - 540 12 88",
            diet="vegetarisch",
            invoice_address="Stichting Basalt, t.a.v. crediteurenadministratie, Postbus 3110, 1300 EC Almere",
            invoice_reference="BAS-2010-017")]))

# 002 -- free prose, Gmail
add("prose-nl-gmail", gmail(
    "Rietdekker Zestien <rietdekker.zestien@gmail.example.com>",
    "leergang sociale ambities", "2010-03-05 21:47",
    """Hallo,

Via mijn leidinggevende kreeg ik de folder van jullie leergang, en ik wil daar graag aan meedoen. Ik werk als opbouwwerker bij Welzijn Leisteen in Almere Haven, mijn werkmail is r.zestien@leisteen.example.nl (die lees ik het meest, dus graag daarheen). Mijn telefoonnummer is 06-41 77 20 93.

De rekening mag naar ons kantoor: Welzijn Leisteen, Kerkgracht 14, 1354 AE Almere.

Groeten,
Rietdekker
"""), L("prose; work address in the text wins over the private From",
        "register", "nl", people=1, persons=[P(
            name="Rietdekker Zestien", email="r.zestien@leisteen.example.nl",
            organisation="Welzijn Leisteen", role="opbouwwerker",
            phone="06-41 77 20 93",
            invoice_address="Welzijn Leisteen, Kerkgracht 14, 1354 AE Almere")]))

# 003 -- terse one-liner from an iPhone, municipal
add("terse-nl-iphone-municipal", iphone(
    "Mandenvlechter Zeventien <m.zeventien@almere.nl>", "aanmelding", "2010-03-08 07:55",
    """Graag aanmelden voor de leergang. Mandenvlechter Zeventien, wijkregisseur Stad-Oost, Gemeente Almere

Verstuurd vanaf mijn iPhone"""),
    L("one line with name, role, municipal organisation", "register", "nl",
      people=1, persons=[P(name="Mandenvlechter Zeventien", email="m.zeventien@almere.nl",
                           organisation="Gemeente Almere",
                           role="wijkregisseur Stad-Oost")]))

# 004 -- English, Apple Mail
add("prose-en-apple", apple(
    "Lamplighter Thirteen <l.thirteen@flint-trust.example.com>",
    "Registration - Social ambitions course", "2010-03-09 14:20",
    """Dear organisers,

I would like to register for the four-day course "Almere: Social ambitions in a growing city". I am a programme manager at the Sample Flint Trust, which runs two community centres in Almere Buiten.

My details:
Lamplighter Thirteen
Programme manager, Sample Flint Trust
+31 36 720 4410
l.thirteen@flint-trust.example.com

Please send the invoice to our finance team, quoting PO 7731:
Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere

I am vegan, in case lunch is provided.

Best wishes,
Lamplighter"""),
    L("English prose with a block of details", "register", "en", people=1,
      persons=[P(name="Lamplighter Thirteen",
                 email="l.thirteen@flint-trust.example.com",
                 organisation="Sample Flint Trust", role="Programme manager",
                 phone="+31 36 720 4410", diet="vegan",
                 invoice_address="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere",
                 invoice_reference="PO 7731")]))

# 005 -- almost nothing but the signature
add("signature-only-nl-outlook", outlook(
    "Zadelmaker Achttien <z.achttien@zorggroep-graniet.example.nl>",
    "Aanmelding", "2010-03-10 11:03",
    """Bij deze meld ik mij aan.

Met vriendelijke groet,

Zadelmaker Achttien
Teamleider Wijkzorg
Zorggroep Graniet
T 036 - 530 90 12
M 06 - 2011 4478
www.zorggroep-graniet.example.nl

Werkdagen: ma, di, do
"""), L("details only in the signature; two phones, the first kept",
        "register", "nl", people=1, persons=[P(
            name="Zadelmaker Achttien",
            email="z.achttien@zorggroep-graniet.example.nl",
            organisation="Zorggroep Graniet", role="Teamleider Wijkzorg",
            phone="036 - 530 90 12")]))

# 006 -- an HTML table typed in a webmail editor, with a text part
_rows6 = [("Naam", "Glasblazer Negentien"), ("Organisatie", "Woonstichting Kwartsiet"),
          ("Functie", "sociaal beheerder"), ("E-mail", "g.negentien@kwartsiet.example.nl"),
          ("Telefoon", "036 - 522 61 07"), ("Factuuradres", "Postbus 60210, 1320 AE Almere"),
          ("Kenmerk", "inkooporder 10-0482")]
add("html-table-nl", mail_html(
    "Glasblazer Negentien <g.negentien@kwartsiet.example.nl>",
    "Inschrijving leergang deSTADSWIJKstudies", "2010-03-11 10:41",
    html_table11(_rows6, intro="Beste mensen,\n\nHierbij mijn inschrijving:",
                 outro="Vriendelijke groet,\nGlasblazer"),
    text="Beste mensen,\n\nHierbij mijn inschrijving:\n\n" + "\n".join(
        "%s\t%s" % r for r in _rows6) + "\n\nVriendelijke groet,\nGlasblazer\n",
    agent="Zimbra 6.0.5_GA_2213"),
    L("HTML table with text alternative", "register", "nl", people=1,
      persons=[P(name="Glasblazer Negentien",
                 email="g.negentien@kwartsiet.example.nl",
                 organisation="Woonstichting Kwartsiet",
                 role="sociaal beheerder", phone="036 - 522 61 07",
                 invoice_address="Postbus 60210, 1320 AE Almere",
                 invoice_reference="inkooporder 10-0482")]))

# 007 -- an answer to the robot's "details missing" mail
_s7, _b7 = incomplete_nl("Sluiswachter Negenenvijftig", ["Organisatie", "Functie"],
                         [("Naam", "Sluiswachter Negenenvijftig"),
                          ("E-mail", "sluiswachter.negenenvijftig@example.nl")])
add("reply-incomplete-nl-tb", tb(
    "Sluiswachter Negenenvijftig <sluiswachter.negenenvijftig@example.nl>", "Re: " + _s7,
    "2010-03-12 16:30",
    """Excuus, vergeten. Ik werk bij Stichting Zandsteen als jongerenwerker.
Tel. 06 18 33 90 57

Sluiswachter""" + tb_quote_nl("2010-03-12 15:02",
                      "deSTADSWIJKstudies Almere", _b7),
    irt=rirt("incomplete", "negenenvijftig")),
    L("answer to 'wij missen nog gegevens' with the missing organisation and role",
      "register", "nl", people=1, persons=[P(
          name="Sluiswachter Negenenvijftig", email="sluiswachter.negenenvijftig@example.nl",
          organisation="Stichting Zandsteen", role="jongerenwerker",
          phone="06 18 33 90 57")]))

# 008 -- an answer to the how-to mail, filled in between the quote
_s8, _b8 = help_nl("Brugwachter Eenentwintig")
add("reply-help-nl-filled-in", gmail(
    "Brugwachter Eenentwintig <brugwachter.eenentwintig@obsidiaan.example.org>", "Re: " + _s8,
    "2010-03-15 09:26",
    """Dank voor de uitleg! Hier komt ie:

  Naam: Brugwachter Eenentwintig
  Organisatie: Stichting Obsidiaan
  E-mail: brugwachter.eenentwintig@obsidiaan.example.org
  Functie: projectleider participatie
  Telefoon: 036 - 548 31 20
  Factuuradres en kenmerk (voor organisaties): Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere, kenmerk OBS/PAR/10

Groet, Brugwachter""" + gmail_quote_nl("2010-03-14 20:11",
                                "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                                _b8),
    irt=rirt("help", "eenentwintig")),
    L("the how-to mail's form filled in; 'kenmerk' is a field label, not "
      "kept", "register", "nl", people=1,
      persons=[P(name="Brugwachter Eenentwintig",
                 email="brugwachter.eenentwintig@obsidiaan.example.org",
                 organisation="Stichting Obsidiaan",
                 role="projectleider participatie", phone="036 - 548 31 20",
                 invoice_address="Stichting Obsidiaan, Grote Markt 31, 1315 JG Almere",
                 invoice_reference="OBS/PAR/10")]))

# 009 -- after the closing date
add("late-nl-outlook", outlook2010(
    "Torenwachter Vierentwintig <t.vierentwintig@mee-kalksteen.example.nl>",
    "Aanmelding (laat, sorry)", "2010-05-27 08:40",
    """Goedemorgen,

Ik weet dat de inschrijving gesloten is, maar ik hoorde pas gisteren van deze leergang. Ik wil me toch graag aanmelden, mocht er nog een plekje zijn:

Torenwachter Vierentwintig
consulent, MEE Kalksteen
06 - 5512 3098

Groet,
Torenwachter Vierentwintig
"""), L("registration after 25 May: still a registration", "register", "nl",
        people=1, persons=[P(name="Torenwachter Vierentwintig",
                             email="t.vierentwintig@mee-kalksteen.example.nl",
                             organisation="MEE Kalksteen", role="consulent",
                             phone="06 - 5512 3098")]))

# 010 -- partial details: only a name and an organisation
add("partial-nl-android", android(
    "Ketellapper Vijfentwintig <kvijfentwintig@example.com>", "Aanmelden", "2010-03-16 12:05",
    """Ik wil mij graag aanmelden voor de leergang sociale ambities.

Ketellapper Vijfentwintig
Buurtwerk Kiezel
"""), L("partial: name and organisation, address from From", "register",
        "nl", people=1, persons=[P(name="Ketellapper Vijfentwintig",
                                   email="kvijfentwintig@example.com",
                                   organisation="Buurtwerk Kiezel")]))

# 011 -- registration that also asks about parking
add("form-nl-question-parking", owa(
    "Turfsteker Zesentwintig <turfsteker.zesentwintig@puimsteen.example.nl>",
    "Aanmelding + vraag", "2010-03-17 14:51",
    """Beste secretariaat,

Graag meld ik mij aan voor de leergang:

Naam: Turfsteker Zesentwintig
Organisatie: Stichting Puimsteen
Functie: beleidsadviseur
Tel: 036-5310077

Factuur graag naar Stichting Puimsteen, Postbus 1204, 1300 BE Almere, o.v.v. kostenplaats 5120.

Nog een vraag: kan ik bij de bibliotheek parkeren, of moet ik in een parkeergarage gaan staan? Ik kom met de auto uit Lelystad.

Alvast bedankt,
Turfsteker Zesentwintig"""),
    L("registration plus a question about parking", "register", "nl", q="yes",
      people=1, persons=[P(
          name="Turfsteker Zesentwintig", email="turfsteker.zesentwintig@puimsteen.example.nl",
          organisation="Stichting Puimsteen", role="beleidsadviseur",
          phone="036-5310077",
          invoice_address="Stichting Puimsteen, Postbus 1204, 1300 BE Almere",
          invoice_reference="kostenplaats 5120")]))

# 012 -- Thunderbird, Dutch text with English labels
add("form-mixed-labels-tb", tb(
    "Klokkengieter Zevenentwintig <klokkengieter@leisteen-advies.example.nl>",
    "aanmelding", "2010-03-18 22:14",
    """Hoi,

Bij deze mijn aanmelding.

Name: Klokkengieter Zevenentwintig
Company: Leisteen Advies
Position: zelfstandig adviseur sociaal domein
Mobile: 06 2290 3345
Invoice: Leisteen Advies, Bergweg 3, 1357 CA Almere

Groetjes,
Klokkengieter
"""), L("Dutch mail with English field labels", "register", "nl", people=1,
        persons=[P(name="Klokkengieter Zevenentwintig",
                   email="klokkengieter@leisteen-advies.example.nl",
                   organisation="Leisteen Advies",
                   role="zelfstandig adviseur sociaal domein",
                   phone="06 2290 3345",
                   invoice_address="Leisteen Advies, Bergweg 3, 1357 CA Almere")]))

# 013 -- a website contact form relayed by PHPMailer
add("webform-relay-nl", webform(
    "Website Stichting Agaat <website@agaat.example.org>",
    "Nieuw bericht via contactformulier: aanmelding leergang",
    "2010-03-19 10:02",
    """Van: Orgeldraaier Achtentwintig <o.achtentwintig@agaat.example.org>
Onderwerp: aanmelding leergang

Berichttekst:
Collega's, willen jullie dit doorzetten naar de gemeente? Ik wil me inschrijven voor de leergang Sociale ambities. Orgeldraaier Achtentwintig, teamleider jeugd bij Stichting Agaat, telefoon 036 - 533 02 19.

--
Deze e-mail is verzonden via het contactformulier op agaat.example.org
""", to="aanmelden@example.org",
    reply_to="Orgeldraaier Achtentwintig <o.achtentwintig@agaat.example.org>"),
    L("contact form relay: the person and her address are in the text",
      "register", "nl", people=1, persons=[P(
          name="Orgeldraaier Achtentwintig", email="o.achtentwintig@agaat.example.org",
          organisation="Stichting Agaat", role="teamleider jeugd",
          phone="036 - 533 02 19")]))

# 014 -- an assistant registers her director
add("assistant-for-director-nl", outlook2010(
    "Secretariaat Directie Jaspis <secretariaat@zorggroep-jaspis.example.nl>",
    "Aanmelding dhr. Negenentwintig", "2010-03-22 09:30",
    """Geachte heer, mevrouw,

Namens de heer Th. Negenentwintig, directeur-bestuurder van Zorggroep Jaspis, meld ik hem aan voor de leergang "Almere: Sociale ambities in een groeiende stad".
Zijn e-mailadres is t.negenentwintig@zorggroep-jaspis.example.nl.

De factuur kunt u richten aan Zorggroep Jaspis, afdeling Financiën, Hoofdweg 220, 1311 AX Almere, onder vermelding van ordernummer 2010/0093.

Met vriendelijke groet,

Marskramer Achtenvijftig
Directiesecretaresse
Zorggroep Jaspis
036 - 539 11 00
"""), L("an assistant registers her director: his address and the invoice, "
        "not her phone", "register", "nl", people=1, persons=[P(
            name="Th. Negenentwintig", email="t.negenentwintig@zorggroep-jaspis.example.nl",
            organisation="Zorggroep Jaspis", role="directeur-bestuurder",
            invoice_address="Zorggroep Jaspis, afdeling Financiën, Hoofdweg 220, 1311 AX Almere",
            invoice_reference="ordernummer 2010/0093")]))

# 015 -- private Gmail, work address given in the text
add("private-from-work-address-nl", gmail_ios(
    "Zeilmaker Eenendertig <zeilmakereenendertig@gmail.example.com>",
    "Inschrijving Sociale ambities", "2010-03-23 20:18",
    """Goedenavond,

Ik stuur dit even vanaf mijn privéadres omdat ik thuis werk. Ik wil mij inschrijven voor de vier dagen van de leergang.

Zeilmaker Eenendertig
wijkverpleegkundige bij Thuiszorg Agaat
werkmail: z.eenendertig@thuiszorg-agaat.example.nl
06-30 44 18 72

Vriendelijke groet,
Zeilmaker"""),
    L("private From, work address in the text wins", "register", "nl",
      people=1, persons=[P(name="Zeilmaker Eenendertig",
                           email="z.eenendertig@thuiszorg-agaat.example.nl",
                           organisation="Thuiszorg Agaat",
                           role="wijkverpleegkundige", phone="06-30 44 18 72")]))

# 016 -- Hotmail, HTML only
add("html-only-nl-hotmail", hotmail2010(
    "Netbreier Vierendertig <netbreier.vierendertig@hotmail.example.com>",
    "aanmelden leergang", "2010-03-24 13:07",
    """hallo,
ik wil me aanmelden voor de leergang in almere.
naam: Netbreier Vierendertig
werk: vrijwilligerscoördinator bij Vrijwilligerscentrale Zandloper
tel 06 47 01 22 89
factuur naar Vrijwilligerscentrale Zandloper, Schoolstraat 4, 1354 AJ Almere
groetjes Netbreier""", html_only=True),
    L("HTML only, lower-case labels", "register", "nl", people=1, persons=[P(
        name="Netbreier Vierendertig", email="netbreier.vierendertig@hotmail.example.com",
        organisation="Vrijwilligerscentrale Zandloper",
        role="vrijwilligerscoördinator", phone="06 47 01 22 89",
        invoice_address="Vrijwilligerscentrale Zandloper, Schoolstraat 4, 1354 AJ Almere")]))

# 017 -- a BlackBerry, two lines
add("terse-nl-blackberry", bb_kpn(
    "Stoelenmatter Vijfendertig <s.vijfendertig@marmer.example.nl>", "Leergang",
    "2010-03-25 17:44",
    """Meld mij aan svp. Stoelenmatter Vijfendertig, manager wonen, Woonstichting Marmer. 06-53 90 11 27.
Verzonden vanaf mijn BlackBerry®"""),
    L("two lines from a phone", "register", "nl", people=1, persons=[P(
        name="Stoelenmatter Vijfendertig", email="s.vijfendertig@marmer.example.nl",
        organisation="Woonstichting Marmer", role="manager wonen",
        phone="06-53 90 11 27")]))

# 018 -- Horde, with a diet in running text
add("prose-nl-horde-diet", horde(
    "Rietsnijder Zesendertig <r.zesendertig@kiezel.example.org>",
    "Aanmelding leergang 2010", "2010-03-26 11:15",
    """Beste organisatie,

Graag schrijf ik mij in voor de leergang Almere: Sociale ambities in een groeiende stad. Ik ben buurtcoach bij Buurtwerk Kiezel en bereikbaar op 036 - 521 40 66. Voor de lunch: ik eet halal.

De factuur kan naar Buurtwerk Kiezel, Postbus 10330, 1301 AH Almere.

Hartelijke groet,
Rietsnijder Zesendertig"""),
    L("prose with a diet in running text", "register", "nl", people=1,
      persons=[P(name="Rietsnijder Zesendertig",
                 email="r.zesendertig@kiezel.example.org",
                 organisation="Buurtwerk Kiezel", role="buurtcoach",
                 phone="036 - 521 40 66", diet="halal",
                 invoice_address="Buurtwerk Kiezel, Postbus 10330, 1301 AH Almere")]))

# 019 -- English registration that also asks something
add("en-question-slides-outlook", outlook(
    "Ropemaker Fourteen <ropemaker.fourteen@example-granite.example.com>",
    "Course registration", "2010-03-29 10:10",
    """Hello,

Please register me for the course. Name: Ropemaker Fourteen, Senior researcher at the Example Granite Institute, phone +31 20 555 0187.

Invoice to: Example Granite Institute, Accounts Payable, Keizersgracht 800, 1017 EE Amsterdam. Our reference: EGI-ALM-01.

One question: will the lectures be in Dutch only? My Dutch is fine for reading but slow for listening.

Kind regards,
Ropemaker""", lang="EN"),
    L("English registration with a question about the language",
      "register", "en", q="yes", people=1, persons=[P(
          name="Ropemaker Fourteen",
          email="ropemaker.fourteen@example-granite.example.com",
          organisation="Example Granite Institute", role="Senior researcher",
          phone="+31 20 555 0187",
          invoice_address="Example Granite Institute, Accounts Payable, Keizersgracht 800, 1017 EE Amsterdam",
          invoice_reference="EGI-ALM-01")]))

# 020 -- municipal colleague, Outlook with a long disclaimer
add("municipal-nl-disclaimer", outlook2010(
    "Tinnegieter Zevenendertig <tzevenendertig@almere.nl>", "aanmelding leergang DMO",
    "2010-03-30 08:58",
    """Hallo,

Ik wil graag deelnemen aan de leergang.

Tinnegieter Zevenendertig
Beleidsmedewerker Wonen en Zorg
Dienst Maatschappelijke Ontwikkeling
Gemeente Almere
Tel. 036 - 539 9482

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u vriendelijk verzocht dit aan de afzender te melden. De gemeente Almere staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail.
"""), L("municipal staff member, details in the signature", "register", "nl",
        people=1, persons=[P(name="Tinnegieter Zevenendertig", email="tzevenendertig@almere.nl",
                             organisation="Gemeente Almere",
                             role="Beleidsmedewerker Wonen en Zorg",
                             phone="036 - 539 9482")]))

# 021 -- Windows Live Mail, prose
add("prose-nl-wlm", wlm(
    "Koperslager Achtendertig <koperslager.achtendertig@veldspaat.example.nl>",
    "Leergang deSTADSWIJKstudies", "2010-03-31 19:22",
    """Beste mensen,

Na het lezen van de folder ben ik erg enthousiast. Ik meld me hierbij aan. Ik werk als maatschappelijk werker bij Jeugdhulp Veldspaat, telefoonnummer 036-5470021.

Vriendelijke groeten,
Koperslager Achtendertig"""),
    L("prose from Windows Live Mail", "register", "nl", people=1, persons=[P(
        name="Koperslager Achtendertig", email="koperslager.achtendertig@veldspaat.example.nl",
        organisation="Jeugdhulp Veldspaat", role="maatschappelijk werker",
        phone="036-5470021")]))

# 022 -- a cable provider's webmail, base64 latin-1, accented name
add("base64-latin1-nl-webmail", cable_webmail(
    "Caféhouder Drieëntwintig <cafehouder.drieentwintig@example.nl>", "Aanmelding", "2010-04-01 15:33",
    """Geachte heer/mevrouw,

Hierbij wil ik mij aanmelden voor de leergang.

Naam: Caféhouder Drieëntwintig
Organisatie: Stichting Lavastroom
Functie: bestuurslid (vrijwilliger)
Telefoon: 036-5339210
Dieetwensen: geen varkensvlees

Met vriendelijke groet,
Caféhouder Drieëntwintig
"""), L("base64 iso-8859-1 body, accented name", "register", "nl", people=1,
        persons=[P(name="Caféhouder Drieëntwintig", email="cafehouder.drieentwintig@example.nl",
                   organisation="Stichting Lavastroom",
                   role="bestuurslid (vrijwilliger)", phone="036-5339210",
                   diet="geen varkensvlees")]))

# 023 -- a reply to the organiser's invitation, sent to the robot
_inv23 = """Geachte partners,

Graag nodigen wij u en uw medewerkers uit voor de leergang "Almere: Sociale ambities in een groeiende stad" van deSTADSWIJKstudies. De leergang bestaat uit vier dagen: 1 juni, 23 september, 2 november en 23 november 2010.

Aanmelden kan tot 25 mei via aanmelden@example.org. De kosten bedragen EUR 1.000 per deelnemer; per organisatie zijn tot 11 mei maximaal drie plaatsen beschikbaar.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere"""
add("reply-invitation-nl-owa", owa(
    "Zilversmid Negenendertig <z.negenendertig@zandsteen.example.org>",
    "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
    "2010-04-06 10:47",
    """Dank voor de uitnodiging. Ik doe graag mee.

Zilversmid Negenendertig
Manager Welzijn, Stichting Zandsteen
036 - 545 80 30""" + owa_quote_nl("Programmasecretariaat DMO",
                                  "secretariaat@almere.nl", "2010-04-02 11:00",
                                  "Partners Sociale Agenda",
                                  "Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
                                  _inv23)),
    L("reply to the organiser's invitation, addressed to the robot",
      "register", "nl", people=1, persons=[P(
          name="Zilversmid Negenendertig", email="z.negenendertig@zandsteen.example.org",
          organisation="Stichting Zandsteen", role="Manager Welzijn",
          phone="036 - 545 80 30")]))

# 024 -- Lotus Notes
add("notes-nl-form", notes(
    "Wagenmaker Veertig <Wagenmaker.Veertig@grind.example.nl>",
    "Aanmelding leergang Sociale ambities", "2010-04-07 13:29",
    """Goedemiddag,

Graag de volgende aanmelding:

Naam:           W. (Wagenmaker) Veertig
Organisatie:    Stichting Grindpad
Functie:        hoofd ondersteuning
Telefoon:       036 - 538 72 00
E-mail:         wagenmaker.veertig@grind.example.nl
Factuuradres:   Stichting Grindpad, Antwoordnummer 1450, 1300 VB Almere
Ons kenmerk:    GP-10-221

Met vriendelijke groet / Kind regards,

Wagenmaker Veertig
"""), L("Notes form; the name as written on its line", "register", "nl",
        people=1, persons=[P(name="W. (Wagenmaker) Veertig",
                             email="wagenmaker.veertig@grind.example.nl",
                             organisation="Stichting Grindpad",
                             role="hoofd ondersteuning", phone="036 - 538 72 00",
                             invoice_address="Stichting Grindpad, Antwoordnummer 1450, 1300 VB Almere",
                             invoice_reference="GP-10-221")]))

# 025 -- English one-liner from a phone, details in the signature
add("terse-en-gmail-ios", gmail_ios(
    "Lockkeeper Fifteen <lockkeeper@slatewell-consult.example.com>",
    "sign me up", "2010-04-08 07:12",
    """Hi - please sign me up for the Almere course (all four days). Invoice details in my signature.

--
Lockkeeper Fifteen | Director
Slatewell Consulting
Prinsengracht 1, 1015 DK Amsterdam
+31 6 1122 9087"""),
    L("English one-liner; the signature holds the rest and is named as the "
      "invoice address", "register", "en", people=1, persons=[P(
          name="Lockkeeper Fifteen", email="lockkeeper@slatewell-consult.example.com",
          organisation="Slatewell Consulting", role="Director",
          phone="+31 6 1122 9087",
          invoice_address="Prinsengracht 1, 1015 DK Amsterdam")]))

# 026 -- Zimbra, "o.v.v." reference
add("zimbra-nl-ovv", zimbra(
    "Voerman Eenenveertig <v.eenenveertig@kalksteen.example.nl>",
    "inschrijving", "2010-04-09 11:55",
    """Goedemorgen,

Ik schrijf mij in voor de leergang Sociale ambities in een groeiende stad.

Voerman Eenenveertig, ouderenadviseur
MEE Kalksteen
036 - 533 71 40

Factuur graag naar MEE Kalksteen, Postbus 2290, 1300 CG Almere o.v.v. project 'Sociale Agenda'.

Dank je wel!
Voerman"""),
    L("invoice reference in running text, kind word kept", "register", "nl",
      people=1, persons=[P(name="Voerman Eenenveertig",
                           email="v.eenenveertig@kalksteen.example.nl",
                           organisation="MEE Kalksteen",
                           role="ouderenadviseur", phone="036 - 533 71 40",
                           invoice_address="MEE Kalksteen, Postbus 2290, 1300 CG Almere",
                           invoice_reference="project 'Sociale Agenda'")]))

# 027 -- Yahoo, registration plus a question about a certificate
add("yahoo-nl-question-certificate", yahoo2(
    "Veerman Vierenveertig <veerman_vierenveertig@yahoo.example.com>",
    "Aanmelding leergang + certificaat?", "2010-04-12 21:03",
    """Hallo,

Ik wil graag meedoen aan alle vier de dagen. Mijn gegevens:
Veerman Vierenveertig
Stichting Mergelland, ambulant begeleider
06-12 98 44 03

Krijgen we na afloop een certificaat of bewijs van deelname? Dat is voor mijn registratie bij de beroepsvereniging.

Groet Veerman"""),
    L("registration plus a question about a certificate", "register", "nl",
      q="yes", people=1, persons=[P(
          name="Veerman Vierenveertig", email="veerman_vierenveertig@yahoo.example.com",
          organisation="Stichting Mergelland", role="ambulant begeleider",
          phone="06-12 98 44 03")]))

# 028 -- a phone's stock client, base64 utf-8
add("phone-base64-nl", phone_b64(
    "Strandjutter Vijfenveertig <s.vijfenveertig@lava-kinderopvang.example.nl>",
    "Aanmelding", "2010-04-13 18:25",
    """Hoi, ik meld me aan voor de leergang. Strandjutter Vijfenveertig, locatiemanager Kinderopvang Lava. Mijn nummer is 06 44 20 77 15. Factuur naar kantoor, adres staat op de website, of bel even.

Verzonden vanaf mijn HTC"""),
    L("phone, base64; no invoice address given", "register", "nl", people=1,
      persons=[P(name="Strandjutter Vijfenveertig",
                 email="s.vijfenveertig@lava-kinderopvang.example.nl",
                 organisation="Kinderopvang Lava", role="locatiemanager",
                 phone="06 44 20 77 15")]))

# 029 -- Outlook, purchase order number
add("form-nl-po-outlook365", outlook365(
    "Pijpenmaker Zesenveertig <p.zesenveertig@tufsteen-welzijn.example.nl>",
    "Aanmelding leergang – P. Zesenveertig", "2010-04-14 09:09",
    """Beste,

Graag meld ik mij aan.

Naam: Pijpenmaker Zesenveertig
Functie: manager Welzijn Ouderen
Organisatie: Welzijn Tufsteen
Telefoon: 036 - 547 19 00
Factuuradres: Welzijn Tufsteen, Postbus 50071, 1305 AB Almere
Inkoopordernummer: PO 45-2210

Met vriendelijke groet,
Pijpenmaker Zesenveertig"""),
    L("form with a purchase order number", "register", "nl", people=1,
      persons=[P(name="Pijpenmaker Zesenveertig", email="p.zesenveertig@tufsteen-welzijn.example.nl",
                 organisation="Welzijn Tufsteen",
                 role="manager Welzijn Ouderen", phone="036 - 547 19 00",
                 invoice_address="Welzijn Tufsteen, Postbus 50071, 1305 AB Almere",
                 invoice_reference="PO 45-2210")]))

# 030 -- SquirrelMail at a school
add("squirrel-nl-school", squirrel(
    "K. Zevenenveertig <k.zevenenveertig@hogeschool-kwarts.example.nl>",
    "aanmelding leergang Almere", "2010-04-15 14:40",
    """Geachte organisatie,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een
groeiende stad".

dr. Kaarsenmaker Zevenenveertig
docent-onderzoeker Sociale Studies
Hogeschool Kwarts
tel. 036 - 520 33 40

Factuuradres: Hogeschool Kwarts, Financiële Administratie, Postbus 7021,
1300 HA Almere. Kenmerk: 10-SSA-004.

Met vriendelijke groet,
Kaarsenmaker Zevenenveertig
"""), L("SquirrelMail, latin-1; the name as written in the signature block",
        "register", "nl", people=1, persons=[P(
            name="dr. Kaarsenmaker Zevenenveertig", email="k.zevenenveertig@hogeschool-kwarts.example.nl",
            organisation="Hogeschool Kwarts",
            role="docent-onderzoeker Sociale Studies", phone="036 - 520 33 40",
            invoice_address="Hogeschool Kwarts, Financiële Administratie, Postbus 7021, 1300 HA Almere",
            invoice_reference="10-SSA-004")]))

# 031 -- an answer to the English "details missing" mail
_s31, _b31 = incomplete_en("Beekeeper Sixteen", ["Organisation", "Function"],
                           [("Name", "Beekeeper Sixteen"),
                            ("E-mail", "b.sixteen@example.org")])
add("reply-incomplete-en-gw", gw_reply(
    "Beekeeper Sixteen <b.sixteen@example.org>", "Re: " + _s31,
    "2010-04-16 10:20",
    """Organisation: Example Flint Housing Almere
Function: neighbourhood manager

Regards, Beekeeper""" + groupwise_quote("deSTADSWIJKstudies Almere",
                                    "aanmelden@example.org",
                                    "2010-04-15 17:31", _b31),
    irt=rirt("incomplete", "sixteen")),
    L("answer to 'details missing' with only the missing fields", "register",
      "en", people=1, persons=[P(
          name="Beekeeper Sixteen", email="b.sixteen@example.org",
          organisation="Example Flint Housing Almere",
          role="neighbourhood manager")]))

# 032 -- Outlook for Mac, diet "geen"
add("macoutlook-nl-diet-geen", macoutlook(
    "Lijmkoker Achtenveertig <lijmkoker.achtenveertig@krijt.example.nl>",
    "Aanmelding", "2010-04-19 16:02",
    """Beste,

Hierbij mijn aanmelding voor de leergang Sociale ambities.

Naam: Lijmkoker Achtenveertig
Organisatie: Stichting Krijtlijn
Functie: directeur
Telefoon: 036 - 537 44 90
Dieetwensen: geen

Factuuradres: Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere

Hartelijke groet,
Lijmkoker"""),
    L("'geen' is no diet", "register", "nl", people=1, persons=[P(
        name="Lijmkoker Achtenveertig", email="lijmkoker.achtenveertig@krijt.example.nl",
        organisation="Stichting Krijtlijn", role="directeur",
        phone="036 - 537 44 90",
        invoice_address="Stichting Krijtlijn, Marktgracht 2, 1312 AE Almere")]))

# 033 -- Outlook HTML only, English
add("html-only-en-word", word_html_only(
    "Falconer Seventeen <f.seventeen@sample-quarry.example.com>",
    "Registration", "2010-04-20 11:36",
    """Dear Sir/Madam,

I hereby register for the course starting on 1 June.

Name: Falconer Seventeen
Organisation: Sample Quarry Foundation
Job title: Community development officer
Telephone: 036 - 529 00 18

Invoice address: Sample Quarry Foundation, P.O. Box 1800, 1300 BK Almere

Kind regards,
Falconer Seventeen""", lang="EN-GB"),
    L("HTML-only form in English", "register", "en", people=1, persons=[P(
        name="Falconer Seventeen", email="f.seventeen@sample-quarry.example.com",
        organisation="Sample Quarry Foundation",
        role="Community development officer", phone="036 - 529 00 18",
        invoice_address="Sample Quarry Foundation, P.O. Box 1800, 1300 BK Almere")]))

# 034 -- hesitation first, then a firm registration
add("hesitant-then-firm-nl-ox", ox(
    "Leerlooier Negenenveertig <l.negenenveertig@stichting-dolomiet.example.nl>",
    "leergang", "2010-04-21 20:50",
    """Beste organisatie,

Ik heb lang getwijfeld of ik vier dagen vrij kon maken, maar mijn teamleider heeft vandaag ja gezegd. Dus bij deze: ik meld me aan.

Leerlooier Negenenveertig
medewerker Sociale Activering, Stichting Dolomiet
036-5481130

Groet, Leerlooier"""),
    L("the doubt is past: a firm registration", "register", "nl", people=1,
      persons=[P(name="Leerlooier Negenenveertig",
                 email="l.negenenveertig@stichting-dolomiet.example.nl",
                 organisation="Stichting Dolomiet",
                 role="medewerker Sociale Activering", phone="036-5481130")]))
