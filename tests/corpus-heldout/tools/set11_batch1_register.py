"""Set 11, batch 1: registrations of one person each.

Every message text and every label below is typed by hand.
"""
from set11_lib import *  # noqa: F401,F403
from set11_lib import (add, L, P, outlook, outlook2010, outlook2003, gmail,
                       gmail2, iphone, apple, macmail, tb, tb115, notes,
                       evolution, zimbra, hotmail2010, webform, blackberry,
                       bb_kpn, provider_webmail, gmail_ios, ipad, owa, kmail,
                       squirrel, mail_html, html_table11, with_atts, text_att,
                       vcard, incomplete_nl, incomplete_en, help_nl,
                       ol2010_quote_nl, gmail_quote_nl, tb_quote_en,
                       o365_quote_nl, outlook365, entourage, ios, rirt,
                       answer_nl, android, horde, roundcube, thebat,
                       samsung, apple_quote_nl, yahoo2)

ROB = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# 1
add("ol2010-form-buurtkracht", outlook2010(
    "Steenhouwer Twee <s.twee@buurtkracht.example.nl>",
    "Aanmelding leergang Sociale ambities", "2010-03-02 09:41",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Naam: Steenhouwer Twee
Organisatie: Stichting Buurtkracht Almere Haven
Functie: opbouwwerker
E-mail: s.twee@buurtkracht.example.nl
Telefoon: 036-5551847
Dieet: geen
Factuuradres: Stichting Buurtkracht Almere Haven
t.a.v. financiële administratie
Postbus 30114
1303 AC Almere
Inkoopordernummer: 4500031877

Met vriendelijke groet,

Steenhouwer Twee
Opbouwwerker Haven-Centrum
Stichting Buurtkracht Almere Haven
T 036-5551847 | M 06-55512093
"""), L("a filled-in form in Outlook 2010; the invoice address runs over four "
        "lines, the order number has a field label (not kept)", "register",
        "nl", people=1, persons=[P(
            name="Steenhouwer Twee", email="s.twee@buurtkracht.example.nl",
            organisation="Stichting Buurtkracht Almere Haven", role="opbouwwerker",
            phone="036-5551847",
            invoice_address="Stichting Buurtkracht Almere Haven, t.a.v. financiële administratie, Postbus 30114, 1303 AC Almere",
            invoice_reference="4500031877")]))

# 2
add("gmail-prose-jongerenwerk", gmail(
    "Lantaarnopsteker Drie <lantaarnopstekerdrie.rietvink@example.com>",
    "aanmelding studiedagen", "2010-03-03 22:17",
    """Hoi,

Via mijn teamleider kreeg ik de folder van de leergang over Almere 2.0 en ik wil me graag aanmelden. Ik werk sinds een jaar als jongerenwerker bij Stichting Rietvink in Almere Buiten en vooral de dag over ambities van bewoners lijkt me heel waardevol voor ons werk met jongeren uit de Molenbuurt.

De factuur kan naar ons kantoor: Stichting Rietvink, Kruidenweg 14, 1338 GA Almere. Ik ben vegetariër, mocht dat voor de lunch uitmaken.

Groetjes,
Lantaarnopsteker Drie
jongerenwerker Stichting Rietvink
06-55538210
"""), L("free prose from Gmail with a private address; invoice address in a "
        "sentence, vegetarian", "register", "nl", people=1, persons=[P(
            name="Lantaarnopsteker Drie", email="lantaarnopstekerdrie.rietvink@example.com",
            organisation="Stichting Rietvink", role="jongerenwerker",
            phone="06-55538210", diet="vegetariër",
            invoice_address="Stichting Rietvink, Kruidenweg 14, 1338 GA Almere")]))

# 3
add("iphone-municipal-short", iphone(
    "Polderaar Vier <pvier@almere.nl>", "Aanmelden", "2010-03-04 07:52",
    """Goedemorgen, ik wil me graag aanmelden voor de leergang Sociale ambities van DMO. Ik ben beleidsadviseur wonen bij de gemeente Almere.

Gr Polderaar Vier
06-55547711

Verzonden vanaf mijn iPhone"""),
    L("municipal staff, short from an iPhone; 'bij de gemeente Almere' in a "
      "line; no invoice", "register", "nl", people=1, persons=[P(
          name="Polderaar Vier", email="pvier@almere.nl",
          organisation="Gemeente Almere", role="beleidsadviseur wonen",
          phone="06-55547711")]))

# 4
add("tb-english-form-expat", tb(
    "Lamplighter Five <lamplighter.five@heronhousing.example.com>",
    "Registration - Almere course", "2010-03-05 14:03",
    """Dear organisers,

I would like to register for the four-day course in Almere. My Dutch is
reasonable for listening, so I hope that is fine.

Name:            Lamplighter Five
Organisation:    Example Heron Housing Almere
Position:        community development officer
Email:           lamplighter.five@heronhousing.example.com
Phone:           +31 36 555 2290
Dietary needs:   no pork please
Invoice to:      Example Heron Housing Almere, Accounts Payable,
                 Grote Markt 3, 1315 JE Almere
PO number:       HH-10-0447

Best regards,
Lamplighter
"""), L("an English form from Thunderbird; the invoice address wraps onto a "
        "second aligned line; 'PO number:' is a field label", "register", "en",
        people=1, persons=[P(
            name="Lamplighter Five", email="lamplighter.five@heronhousing.example.com",
            organisation="Example Heron Housing Almere",
            role="community development officer", phone="+31 36 555 2290",
            diet="no pork",
            invoice_address="Example Heron Housing Almere, Accounts Payable, Grote Markt 3, 1315 JE Almere",
            invoice_reference="HH-10-0447")]))

# 5
add("outlook-html-table-lisdodde", mail_html(
    "Mandenmaker Zes <m.zes@lisdodde.example.nl>",
    "Aanmeldformulier deSTADSWIJKstudies", "2010-03-08 11:26",
    html_table11([
        ("Naam", "Mandenmaker Zes"),
        ("Organisatie", "Zorggroep Lisdodde"),
        ("Functie", "manager wijkverpleging Almere Stad"),
        ("E-mail", "m.zes@lisdodde.example.nl"),
        ("Telefoon", "036 555 6120"),
        ("Dieetwensen", "lactosevrij"),
        ("Factuuradres", "Zorggroep Lisdodde, Postbus 1207, 1300 BE Almere"),
        ("Kostenplaats", "KP 7310"),
    ], intro="Geachte heer, mevrouw,\n\nHierbij meld ik mij aan voor de leergang. Mijn gegevens staan hieronder.",
       outro="Met vriendelijke groet,\n\nMandenmaker Zes\nZorggroep Lisdodde"),
    agent="Microsoft Office Outlook 12.0"),
    L("HTML only, the details in a two-column table; 'Kostenplaats' is the "
      "field label, its value 'KP 7310' is kept", "register", "nl", people=1,
      persons=[P(name="Mandenmaker Zes", email="m.zes@lisdodde.example.nl",
                 organisation="Zorggroep Lisdodde",
                 role="manager wijkverpleging Almere Stad",
                 phone="036 555 6120", diet="lactosevrij",
                 invoice_address="Zorggroep Lisdodde, Postbus 1207, 1300 BE Almere",
                 invoice_reference="KP 7310")]))

# 6
add("applemail-prose-diet", apple(
    "Klompenmaker Zeven <klompenmaker@klompenmaker-advies.example.nl>",
    "Deelname leergang Almere", "2010-03-09 16:48",
    """Beste mensen,

Graag schrijf ik mij in voor de vierdaagse leergang deSTADSWIJKstudies in Almere. Als zelfstandig adviseur werk ik veel voor welzijnsorganisaties in Flevoland, en de thema's sluiten daar mooi op aan.

Ik eet geen vis. Verder geen bijzonderheden.

De factuur graag aan mijn bureau, Klompenmaker Advies, Brederoplein 22, 1321 KX Almere, onder vermelding van project 2010-014.

Hartelijke groet,

Klompenmaker Zeven
Klompenmaker Advies – sociaal beleid en participatie
06 555 41 902
www.klompenmaker-advies.example.nl
"""), L("prose from Apple Mail; a one-person business is the organisation; "
        "'geen vis' in a sentence; 'project 2010-014' after 'onder vermelding "
        "van'", "register", "nl", people=1, persons=[P(
            name="Klompenmaker Zeven", email="klompenmaker@klompenmaker-advies.example.nl",
            organisation="Klompenmaker Advies", role="zelfstandig adviseur",
            phone="06 555 41 902", diet="geen vis",
            invoice_address="Klompenmaker Advies, Brederoplein 22, 1321 KX Almere",
            invoice_reference="project 2010-014")]))

# 7
add("notes-municipal-department", notes(
    "Touwslager Acht/DMO/Almere <tacht@almere.nl>",
    "aanmelding leergang sociale agenda", "2010-03-10 10:05",
    """Hallo,

Graag meld ik me aan voor de leergang.

Touwslager Acht
senior beleidsmedewerker jeugd
Gemeente Almere
Dienst Maatschappelijke Ontwikkeling, afdeling Beleid
Stadhuisplein 1, Postbus 200, 1300 AE Almere
tel. 036-5559371
"""), L("municipal staff from Lotus Notes; the department lines are not the "
        "organisation; no invoice", "register", "nl", people=1, persons=[P(
            name="Touwslager Acht", email="tacht@almere.nl",
            organisation="Gemeente Almere",
            role="senior beleidsmedewerker jeugd", phone="036-5559371")]))

# 8
add("providerwebmail-volunteer-coord", provider_webmail(
    "Hoefsmid Negen <hoefsmidnegen@example.nl>", "Inschrijving cursus",
    "2010-03-11 20:34",
    """Geachte organisatie,

Hierbij wil ik mij opgeven voor de cursus "Sociale ambities in een groeiende stad".

Ik ben vrijwilligerscoördinator bij Vrijwilligerscentrale De Kievit in Almere. Dit is mijn privé-adres, maar u kunt het gewoon gebruiken. Overdag ben ik bereikbaar op 036 555 7480.

De rekening kan naar het adres hieronder.

Met vriendelijke groeten,
Hoefsmid Negen

Vrijwilligerscentrale De Kievit
Schoolstraat 9
1334 AT Almere
"""), L("webmail of a consumer provider, iso-8859-1; private address is the "
        "one to use; the invoice goes to the address below", "register", "nl",
        people=1, persons=[P(
            name="Hoefsmid Negen", email="hoefsmidnegen@example.nl",
            organisation="Vrijwilligerscentrale De Kievit",
            role="vrijwilligerscoördinator", phone="036 555 7480",
            invoice_address="Vrijwilligerscentrale De Kievit, Schoolstraat 9, 1334 AT Almere")]))

# 9
add("ol2003-register-and-ask-parking", outlook2003(
    "\"Tien, Zadelmaker\" <z.tien@grutto-welzijn.example.nl>",
    "Aanmelding + vraag", "2010-03-12 13:10",
    """Goedemiddag,

Ik meld mij aan voor de leergang deSTADSWIJKstudies.

Naam: Zadelmaker Tien
Organisatie: Welzijn De Grutto
Functie: teamleider maatschappelijk werk
Tel: 036-5553308
Factuur: Welzijn De Grutto, t.a.v. afdeling financiën, Ambachtsweg 40, 1311 AJ Almere

Een vraag: kan ik bij de bibliotheek parkeren of moet ik echt in een van de garages gaan staan? Ik kom vanuit Lelystad met de auto.

Met vriendelijke groet,
Zadelmaker Tien
"""), L("Outlook 2003 plain text with a 'Last, First' display name; registers "
        "and asks about parking", "register", "nl", q="yes", people=1,
        persons=[P(name="Zadelmaker Tien", email="z.tien@grutto-welzijn.example.nl",
                   organisation="Welzijn De Grutto",
                   role="teamleider maatschappelijk werk", phone="036-5553308",
                   invoice_address="Welzijn De Grutto, t.a.v. afdeling financiën, Ambachtsweg 40, 1311 AJ Almere")]))

# 10
add("kmail-partial-no-org", kmail(
    "Glasblazer Elf <glasblazer.elf@example.org>", "leergang Almere",
    "2010-03-15 08:55",
    """Goedemorgen,

Ik wil mij graag aanmelden voor de leergang in Almere die op 1 juni begint.

Glasblazer Elf
"""), L("only a name and the From address; no organisation or function: a "
        "registration with details missing", "register", "nl", people=1,
        persons=[P(name="Glasblazer Elf", email="glasblazer.elf@example.org")]))

# 11
add("evolution-base64-form", evolution(
    "Boekbinder Twaalf <b.twaalf@meerkoet.example.org>",
    "Aanmelding DSWS Almere", "2010-03-16 15:22",
    """Beste,

Mijn aanmelding voor de leergang:

1. Naam: Boekbinder Twaalf
2. Organisatie: Schuldhulp De Meerkoet
3. Functie: schuldhulpverlener
4. E-mailadres: b.twaalf@meerkoet.example.org
5. Telefoonnummer: 036 555 9034
6. Dieetwensen: halal
7. Factuuradres: Schuldhulp De Meerkoet, Randstad 21-07, 1314 BA Almere
8. Ordernummer: SDM/2010/033

Groet,
Boekbinder
"""), L("numbered form from Evolution in base64; 'Ordernummer:' is a field "
        "label", "register", "nl", people=1, persons=[P(
            name="Boekbinder Twaalf", email="b.twaalf@meerkoet.example.org",
            organisation="Schuldhulp De Meerkoet", role="schuldhulpverlener",
            phone="036 555 9034", diet="halal",
            invoice_address="Schuldhulp De Meerkoet, Randstad 21-07, 1314 BA Almere",
            invoice_reference="SDM/2010/033")]))

# 12
_s, _b = incomplete_nl("Glasblazer Elf", ["uw organisatie", "uw functie"],
                       [("Naam", "Glasblazer Elf"),
                        ("E-mailadres", "glasblazer.elf@example.org")])
add("reply-incomplete-elf", tb(
    "Glasblazer Elf <glasblazer.elf@example.org>", "Re: " + _s, "2010-03-15 10:12",
    """Excuus, te snel op verzenden gedrukt.

Organisatie: Stichting Zilverreiger
Functie: ambulant begeleider
Telefoon: 06-55520871
Factuur naar: Stichting Zilverreiger, Postbus 10432, 1301 AK Almere, kenmerk AP-DSWS

Groet, Glasblazer

Op 15-3-2010 8:56, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=rirt("incomplete", "glasblazer.elf@example.org")),
    L("answer to the robot's 'details missing' mail: the name and address "
      "come from its quote, the rest from the answer; 'kenmerk' is a label "
      "word, not kept", "register", "nl", people=1, persons=[P(
          name="Glasblazer Elf", email="glasblazer.elf@example.org",
          organisation="Stichting Zilverreiger",
          role="ambulant begeleider", phone="06-55520871",
          invoice_address="Stichting Zilverreiger, Postbus 10432, 1301 AK Almere",
          invoice_reference="AP-DSWS")]))

# 13
_s, _b = incomplete_en("Quarryman Thirteen", ["your organisation", "your function"],
                       [("Name", "Quarryman Thirteen"),
                        ("E-mail address", "q.thirteen@example.com")])
add("reply-incomplete-en", gmail2(
    "Quarryman Thirteen <q.thirteen@example.com>", "Re: " + _s, "2010-03-17 12:40",
    """Sorry about that - here they are:

Organisation: Sample Kingfisher Care Almere
Function: family support worker
Phone: 06 5550 3317

Invoices go to Sample Kingfisher Care Almere, Finance, Veluwedreef 5, 1324 AA Almere.

Quarryman

On Wed, Mar 17, 2010 at 9:02 AM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(_b), irt=rirt("incomplete", "q.thirteen@example.com")),
    L("answer in English to the English 'details missing' mail; name and "
      "address from the quoted robot mail", "register", "en", people=1,
      persons=[P(name="Quarryman Thirteen", email="q.thirteen@example.com",
                 organisation="Sample Kingfisher Care Almere",
                 role="family support worker", phone="06 5550 3317",
                 invoice_address="Sample Kingfisher Care Almere, Finance, Veluwedreef 5, 1324 AA Almere")]))

# 14
add("assistant-registers-director", outlook365(
    "Klokkengieter Veertien <k.veertien@lepelaar-wonen.example.nl>",
    "Aanmelding dhr. S. Vijftien, directeur-bestuurder", "2010-03-18 09:30",
    """Geachte heer/mevrouw,

Namens de heer Schoorsteenveger Vijftien, directeur-bestuurder van Woonstichting De Lepelaar, meld ik hem aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Zijn e-mailadres is s.vijftien@lepelaar-wonen.example.nl. Post en facturen graag naar:
Woonstichting De Lepelaar
t.a.v. bestuurssecretariaat
Postbus 60045
1320 AA Almere

Wilt u de bevestiging ook in cc aan mij sturen? Dan zet ik de data in zijn agenda.

Met vriendelijke groet,

Klokkengieter Veertien
Managementassistent Raad van Bestuur
Woonstichting De Lepelaar
T 036 555 0400
"""), L("an assistant registers her director; her own phone is not his; "
        "the cc request is a polite request, not a question", "register", "nl",
        people=1, persons=[P(
            name="Schoorsteenveger Vijftien", email="s.vijftien@lepelaar-wonen.example.nl",
            organisation="Woonstichting De Lepelaar", role="directeur-bestuurder",
            invoice_address="Woonstichting De Lepelaar, t.a.v. bestuurssecretariaat, Postbus 60045, 1320 AA Almere")]))

# 15
add("english-prose-native", macmail(
    "Wheelwright Sixteen <wheelwright.sixteen@example.org>", "Place on the Almere course",
    "2010-03-19 17:05",
    """Hello,

I'd like to book a place on the Almere course (1 June to 23 November). I'm the
project lead for the tenant participation programme at Sample Brent Goose
Housing, and we've been asked by the municipality to send someone.

You can reach me on 036 555 8812 during office hours. I'm vegan, if that
matters for lunch.

Please address the invoice to our finance team, Sample Brent Goose Housing,
Postbus 2020, 1300 CA Almere, quoting purchase order 77120.

Many thanks,
Wheelwright Sixteen
"""), L("native English prose from Apple Mail on macOS; the invoice reference "
        "keeps 'purchase order'", "register", "en", people=1, persons=[P(
            name="Wheelwright Sixteen", email="wheelwright.sixteen@example.org",
            organisation="Sample Brent Goose Housing",
            role="project lead for the tenant participation programme",
            phone="036 555 8812", diet="vegan",
            invoice_address="Sample Brent Goose Housing, Postbus 2020, 1300 CA Almere",
            invoice_reference="purchase order 77120")]))

# 16
add("zimbra-signature-details", zimbra(
    "Turfsteker Zeventien <t.zeventien@otter-jeugd.example.nl>",
    "Aanmelding leergang", "2010-03-22 10:20",
    """Beste organisatie,

Ik meld mij graag aan voor de leergang. Mijn gegevens vindt u in mijn handtekening. Facturen lopen bij ons via het centrale adres: Jeugdhulp De Otter, Postbus 1550, 1300 BN Almere, graag met vermelding van kostenplaats 2210.

Vriendelijke groet,

Turfsteker Zeventien
Gezinscoach
Jeugdhulp De Otter
Almere Poort
T: 036-5552745
E: t.zeventien@otter-jeugd.example.nl
"""), L("Zimbra; 'mijn gegevens vindt u in mijn handtekening'; a location "
        "line under the organisation is not part of its name",
        "register", "nl", people=1, persons=[P(
            name="Turfsteker Zeventien", email="t.zeventien@otter-jeugd.example.nl",
            organisation="Jeugdhulp De Otter", role="Gezinscoach",
            phone="036-5552745",
            invoice_address="Jeugdhulp De Otter, Postbus 1550, 1300 BN Almere",
            invoice_reference="kostenplaats 2210")]))

# 17
add("bb-kpn-one-line", bb_kpn(
    "Sluiswachter Achttien <s.achttien@tureluur.example.nl>", "Aanmelding leergang",
    "2010-03-23 18:44",
    """Meld mij aan svp: Sluiswachter Achttien, wijkagent-coördinator bij Buurtbemiddeling Tureluur, 06-55590412. Factuur naar kantoor, adres heeft jullie administratie al volgens mijn collega.
Gr Sluiswachter

Verzonden vanaf mijn draadloze BlackBerry®-toestel"""),
    L("one line from a BlackBerry; 'adres heeft jullie administratie al' "
      "states no invoice address", "register", "nl", people=1, persons=[P(
          name="Sluiswachter Achttien", email="s.achttien@tureluur.example.nl",
          organisation="Buurtbemiddeling Tureluur",
          role="wijkagent-coördinator", phone="06-55590412")]))

# 18
add("gmail-ios-register-question", gmail_ios(
    "Tolgaarder Negentien <tolgaardernegentien@example.com>",
    "Inschrijving + vraag over certificaat", "2010-03-24 21:12",
    """Hallo,

Ik wil me graag inschrijven voor de leergang deSTADSWIJKstudies.

Naam: Tolgaarder Negentien
Werkgever: MEE Dotterbloem
Functie: consulent
Telefoon: 06 555 73 006

Krijgen deelnemers na afloop een certificaat of bewijs van deelname? Dat heb ik nodig voor mijn registratie in het beroepsregister.

Groet,
Tolgaarder

Verstuurd vanaf mijn iPhone"""),
    L("Gmail app on an iPhone; 'Werkgever:' as the organisation label; asks "
      "about a certificate", "register", "nl", q="yes", people=1, persons=[P(
          name="Tolgaarder Negentien", email="tolgaardernegentien@example.com",
          organisation="MEE Dotterbloem", role="consulent",
          phone="06 555 73 006")]))

# 19
add("disclaimer-bilingual", outlook(
    "L. (Leerlooier) Twintig <l.twintig@wilgenroos.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-25 14:37",
    """Geachte secretariaat,

Hierbij meld ik mij aan voor de leergang.

Naam: Leerlooier Twintig
Functie: coördinator mantelzorgondersteuning
Organisatie: Stichting Wilgenroos
Telefoon: 036 - 555 12 64
Dieet: glutenvrij
Factuuradres: Stichting Wilgenroos, crediteurenadministratie, Postbus 3310, 1302 AB Almere
Factuurkenmerk: MZ-2010-09

Met vriendelijke groet,
Leerlooier Twintig

Stichting Wilgenroos | Postbus 3310 | 1302 AB Almere | KvK 39088812

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. Stichting Wilgenroos sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische verzending.
This e-mail is intended exclusively for the addressee(s). Disclosure to or use by others is not permitted. Stichting Wilgenroos accepts no liability arising from electronic transmission.
"""), L("Outlook 2007 with a display name holding initials; a two-language "
        "disclaimer under the form", "register", "nl", people=1, persons=[P(
            name="Leerlooier Twintig", email="l.twintig@wilgenroos.example.nl",
            organisation="Stichting Wilgenroos",
            role="coördinator mantelzorgondersteuning", phone="036 - 555 12 64",
            diet="glutenvrij",
            invoice_address="Stichting Wilgenroos, crediteurenadministratie, Postbus 3310, 1302 AB Almere",
            invoice_reference="MZ-2010-09")]))

# 20
add("webform-relay", webform(
    "Website Wijkcentrum De Kluut <wordpress@dekluut.example.org>",
    "[De Kluut] Nieuw bericht via contactformulier", "2010-03-26 11:03",
    """Van: Zeilmaker Eenentwintig <z.eenentwintig@dekluut.example.org>
Onderwerp: Aanmelding leergang gemeente

Bericht:
Beste secretariaat, via ons eigen websiteformulier (het andere adres werkte niet vanaf mijn pc) meld ik mij aan voor de leergang Sociale ambities in een groeiende stad. Ik ben beheerder van Wijkcentrum De Kluut in Almere Buiten, telefoon 036 555 4470. Factuur graag naar Wijkcentrum De Kluut, Kluutstraat 2, 1333 RM Almere.

--
Deze e-mail is verzonden vanaf een contactformulier op Wijkcentrum De Kluut (http://www.dekluut.example.org)
""", reply_to="Zeilmaker Eenentwintig <z.eenentwintig@dekluut.example.org>"),
    L("a website contact form relayed by the site, the participant in the "
      "text and in Reply-To", "register", "nl", people=1, persons=[P(
          name="Zeilmaker Eenentwintig", email="z.eenentwintig@dekluut.example.org",
          organisation="Wijkcentrum De Kluut", role="beheerder",
          phone="036 555 4470",
          invoice_address="Wijkcentrum De Kluut, Kluutstraat 2, 1333 RM Almere")]))

# 21
add("private-address-work-details", hotmail2010(
    "Netboeter Vierentwintig <netboeter_vierentwintig77@example.com>", "aanmelding",
    "2010-03-29 19:58",
    """Goedenavond,

Ik meld me hierbij aan voor de leergang. Ik stuur dit vanaf mijn prive-adres omdat de mail op het werk plat ligt; gebruik graag mijn werkadres n.vierentwintig@ijsvogel-kinderopvang.example.nl voor de bevestiging.

Ik ben locatiemanager bij Kinderopvang De IJsvogel, locatie Stedenwijk. Telefoon werk 036 555 3391.

Factuur naar: Kinderopvang De IJsvogel, Postbus 4411, 1300 AW Almere

Groet,
Netboeter Vierentwintig"""),
    L("from a private Hotmail address; the work address in the text is the "
      "one to use; an organisation with its location", "register", "nl",
      people=1, persons=[P(
          name="Netboeter Vierentwintig", email="n.vierentwintig@ijsvogel-kinderopvang.example.nl",
          organisation="Kinderopvang De IJsvogel, locatie Stedenwijk",
          role="locatiemanager", phone="036 555 3391",
          invoice_address="Kinderopvang De IJsvogel, Postbus 4411, 1300 AW Almere")]))

# 22
add("vcard-attached", with_atts(owa(
    "Kaarsenmaker Vijfentwintig <k.vijfentwintig@brandgans.example.nl>", "Aanmelding",
    "2010-03-30 09:14",
    """Goedemorgen,

Ik meld mij aan voor de leergang deSTADSWIJKstudies op locatie Almere. Mijn visitekaartje zit in de bijlage.

Functie: programmamanager participatie
Organisatie: Re-integratiebedrijf Brandgans
Tel.: 036 555 0817
Factuuradres: Re-integratiebedrijf Brandgans, Televisieweg 62, 1322 AM Almere

Met vriendelijke groet,
Kaarsenmaker Vijfentwintig
"""), [text_att(vcard("Kaarsenmaker Vijfentwintig", "Re-integratiebedrijf Brandgans",
                      "k.vijfentwintig@brandgans.example.nl", "036 555 0817"),
                "x-vcard", "Kaarsenmaker Vijfentwintig.vcf")]),
    L("Outlook Web App with a vCard attached; the details are also in the "
      "text", "register", "nl", people=1, persons=[P(
          name="Kaarsenmaker Vijfentwintig", email="k.vijfentwintig@brandgans.example.nl",
          organisation="Re-integratiebedrijf Brandgans",
          role="programmamanager participatie", phone="036 555 0817",
          invoice_address="Re-integratiebedrijf Brandgans, Televisieweg 62, 1322 AM Almere")]))

# 23
add("mobile-and-landline", thebat(
    "Zeepzieder Zesentwintig <zeepzieder.zesentwintig@scholekster.example.nl>", "opgave leergang",
    "2010-04-01 08:31",
    """Goedemorgen,

Graag geef ik mij op voor de leergang.

Zeepzieder Zesentwintig
Sportbuurtwerker
Sportservice De Scholekster
Mobiel: 06-55514230
Vast: 036-5554120
Factuur: Sportservice De Scholekster, Bolderweg 11, 1332 AT Almere, o.v.v. inkoopnummer 10-2218
"""), L("The Bat!, windows-1252; mobile written before the landline; "
        "'inkoopnummer 10-2218' after 'o.v.v.' keeps its kind word",
        "register", "nl", people=1, persons=[P(
            name="Zeepzieder Zesentwintig", email="zeepzieder.zesentwintig@scholekster.example.nl",
            organisation="Sportservice De Scholekster", role="Sportbuurtwerker",
            phone="06-55514230",
            invoice_address="Sportservice De Scholekster, Bolderweg 11, 1332 AT Almere",
            invoice_reference="inkoopnummer 10-2218")]))

# 24
add("municipal-english", outlook2010(
    "Ferryman TwentySeven <ftwentyseven@almere.nl>", "Registration for the course",
    "2010-04-06 11:50",
    """Hi,

I would like to sign up for the course "Almere: Sociale ambities in een groeiende stad". I work for the Municipality of Almere as a policy officer for integration and diversity (DMO). Phone 036 555 9460.

Kind regards,
Ferryman TwentySeven
""", lang="EN"), L("municipal staff writing English, 'Municipality of Almere'",
                   "register", "en", people=1, persons=[P(
                       name="Ferryman TwentySeven", email="ftwentyseven@almere.nl",
                       organisation="Municipality of Almere",
                       role="policy officer for integration and diversity",
                       phone="036 555 9460")]))

# 25
_hs, _hb = help_nl()
add("reply-help-mail-filled", roundcube(
    "Stoelenmatter Achtentwintig <stoelenmatter.achtentwintig@karekiet.example.org>", "Re: " + _hs,
    "2010-04-07 14:25",
    """Dank voor de uitleg, hierbij dan mijn gegevens:

  Naam: Stoelenmatter Achtentwintig
  Organisatie: Humanitas Karekiet
  E-mail: stoelenmatter.achtentwintig@karekiet.example.org
  Functie: coördinator maatjesprojecten
  Telefoon: 036 555 2981
  Factuuradres en kenmerk: Humanitas Karekiet, Postbus 60321, 1320 AH Almere, kenmerk 2010-ALM-07

Met vriendelijke groet,
Stoelenmatter Achtentwintig

Op 07.04.2010 13:02, deSTADSWIJKstudies Almere schreef:
""" + quote(_hb), irt=rirt("help", "stoelenmatter.achtentwintig@karekiet.example.org")),
    L("the robot's how-to mail answered with its own form filled in, the "
      "rest of the how-to mail quoted below", "register", "nl", people=1,
      persons=[P(name="Stoelenmatter Achtentwintig", email="stoelenmatter.achtentwintig@karekiet.example.org",
                 organisation="Humanitas Karekiet",
                 role="coördinator maatjesprojecten", phone="036 555 2981",
                 invoice_address="Humanitas Karekiet, Postbus 60321, 1320 AH Almere",
                 invoice_reference="2010-ALM-07")]))

# 26
add("ipad-unlabelled-lines", ipad(
    "Sigarenmaker Negenentwintig <sigarenmaker.negenentwintig@wulp.example.nl>", "Aanmelding",
    "2010-04-08 22:03",
    """Graag aanmelden voor de leergang:

Sigarenmaker Negenentwintig
Stichting Wulp, maatschappelijke opvang
Casemanager
sigarenmaker.negenentwintig@wulp.example.nl
06 555 60 718

Factuur naar Stichting Wulp, Postbus 1105, 1300 BC Almere

Verstuurd vanaf mijn iPad"""),
    L("unlabelled lines from an iPad; 'Stichting Wulp, maatschappelijke "
      "opvang' is the organisation with what it does", "register", "nl",
      people=1, persons=[P(
          name="Sigarenmaker Negenentwintig", email="sigarenmaker.negenentwintig@wulp.example.nl",
          organisation="Stichting Wulp", role="Casemanager",
          phone="06 555 60 718",
          invoice_address="Stichting Wulp, Postbus 1105, 1300 BC Almere")]))

# 27
add("entourage-english-question", entourage(
    "Bellfounder Thirty <b.thirty@example.com>",
    "Registration and a question", "2010-04-09 10:47",
    """Dear secretariat,

Please register me for the Almere course:

Name: Bellfounder Thirty
Organisation: Example Lapwing Foundation
Role: research and policy advisor
Phone: +31 20 555 3190
Invoice address: Example Lapwing Foundation, Keizersgracht 555, 1017 DR Amsterdam

One question: our office is in Amsterdam, though we run two projects in
Almere Haven. Does that matter for the seats reserved for organisations?

Thanks,
Bellfounder Thirty
"""), L("Entourage, English form; asks whether an Amsterdam office matters "
        "for the seats", "register", "en", q="yes", people=1, persons=[P(
            name="Bellfounder Thirty", email="b.thirty@example.com",
            organisation="Example Lapwing Foundation",
            role="research and policy advisor", phone="+31 20 555 3190",
            invoice_address="Example Lapwing Foundation, Keizersgracht 555, 1017 DR Amsterdam")]))

# 28
add("hotmail-html-bold-labels", hotmail2010(
    "Hoedenmaker Eenendertig <hoedenmaker.e@example.nl>", "inschrijving leergang",
    "2010-04-12 20:11", "",
    html=("<html>\n<head>\n<style><!--\n.hmmessage P\n{\nmargin:0px;\npadding:0px\n}\n"
          "body.hmmessage\n{\nfont-size: 10pt;\nfont-family:Verdana\n}\n--></style>\n"
          "</head>\n<body class='hmmessage'>\nHallo,<br><br>Ik meld me aan voor de "
          "leergang in Almere.<br><br><b><font color=\"#0000ff\">Naam:</font></b> "
          "Hoedenmaker Eenendertig<br><b><font color=\"#0000ff\">Werk:</font></b> "
          "Buurtteam Oeverzwaluw, Almere Stad-West<br><b><font color=\"#0000ff\">"
          "Wat ik doe:</font></b> wijkverpleegkundige<br><b><font color=\"#0000ff\">"
          "Bellen:</font></b> 06-55508762<br><b><font color=\"#0000ff\">Rekening:"
          "</font></b> Buurtteam Oeverzwaluw, Waterlandseweg 8, 1336 AA Almere<br>"
          "<br>Groetjes Hoedenmaker<br> \t\t \t   \t\t  </body>\n</html>\n"),
    html_only=True),
    L("HTML-only Hotmail with coloured bold labels of her own ('Werk', 'Wat ik "
      "doe', 'Bellen', 'Rekening'); the district after the comma belongs to "
      "the team's name as written", "register", "nl", people=1, persons=[P(
          name="Hoedenmaker Eenendertig", email="hoedenmaker.e@example.nl",
          organisation="Buurtteam Oeverzwaluw, Almere Stad-West",
          role="wijkverpleegkundige", phone="06-55508762",
          invoice_address="Buurtteam Oeverzwaluw, Waterlandseweg 8, 1336 AA Almere")]))

# 29
add("after-closing-date", android(
    "Pruikenmaker Vierendertig <p.vierendertig@watersnip.example.nl>",
    "Nog plek? Aanmelding leergang", "2010-05-27 12:02",
    """Beste,

Ik zie dat de aanmeldtermijn eigenlijk voorbij is, maar ik meld me toch aan; mocht er nog ruimte zijn dan hoor ik het graag.

Pruikenmaker Vierendertig
Buurtsportcoach, Stichting Watersnip
06-55521199
"""), L("a registration two days after the closing date; 'mocht er nog "
        "ruimte zijn dan hoor ik het graag' is no question to answer",
        "register", "nl", people=1, persons=[P(
            name="Pruikenmaker Vierendertig", email="p.vierendertig@watersnip.example.nl",
            organisation="Stichting Watersnip", role="Buurtsportcoach",
            phone="06-55521199")]))

# 30
add("horde-flowed-long-prose", horde(
    "Horlogemaker Vijfendertig <h.vijfendertig@kwak.example.org>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-13 16:30",
    """Geachte mevrouw, heer,

Met veel belangstelling heb ik de brochure van de leergang "Almere: Sociale ambities in een groeiende stad" gelezen. Als regiomanager van GGZ De Kwak ben ik dagelijks bezig met de vraag hoe onze cliënten een plek kunnen vinden in de wijken van Almere, en juist de derde dag over wonen met en zonder zorgen sluit daar naadloos op aan. Ik meld mij daarom graag aan voor alle vier de dagen.

Mijn secretariaat is bereikbaar op 036 555 8040; u kunt mij ook rechtstreeks mailen op dit adres. De factuur kan naar GGZ De Kwak, afdeling Financiën, Postbus 5003, 1300 EA Almere, onder vermelding van ordernummer 2010-0381.

Met vriendelijke groet,

drs. Horlogemaker Vijfendertig
regiomanager Almere
GGZ De Kwak
"""), L("long formal prose from Horde IMP, format=flowed; 'ordernummer "
        "2010-0381' after 'onder vermelding van'", "register", "nl",
        people=1, persons=[P(
            name="Horlogemaker Vijfendertig", email="h.vijfendertig@kwak.example.org",
            organisation="GGZ De Kwak", role="regiomanager Almere",
            phone="036 555 8040",
            invoice_address="GGZ De Kwak, afdeling Financiën, Postbus 5003, 1300 EA Almere",
            invoice_reference="ordernummer 2010-0381")]))

# 31
add("yahoo-municipal-private", yahoo2(
    "Orgelbouwer Zesendertig <orgelbouwer.zesendertig@example.com>", "Aanmelding",
    "2010-04-14 07:15",
    """Goedemorgen,
Hierbij mijn aanmelding voor de leergang. Ik werk bij de gemeente Almere als wijkregisseur Almere Haven, mijn werkmail is ozesendertig@almere.nl (die doet het thuis niet).
Tel 06 555 30 447
Groet Orgelbouwer Zesendertig
"""), L("municipal staff from a private Yahoo address; the work address in "
        "the text is the one to use; 'gemeente Almere' in a line",
        "register", "nl", people=1, persons=[P(
            name="Orgelbouwer Zesendertig", email="ozesendertig@almere.nl",
            organisation="Gemeente Almere", role="wijkregisseur Almere Haven",
            phone="06 555 30 447")]))

# 32
add("squirrel-latin1-labels-odd", squirrel(
    "Vioolbouwer Zevenendertig <v.zevenendertig@kiekendief.example.nl>", "aanmelding cursus Almere",
    "2010-04-15 13:42",
    """Hallo,

Voor de leergang:

naam deelnemer : Vioolbouwer Zevenendertig
werkzaam bij : Dorpshuis De Kiekendief
functie : beheerder / coördinator vrijwilligers
tel. nr. : 036 555 22 09
eten : geen bijzonderheden
rekening t.a.v. : Dorpshuis De Kiekendief, penningmeester, Kiekendiefweg 1, 1358 AA Almere

m.vr.gr.
V. Zevenendertig
"""), L("SquirrelMail, latin-1, labels of his own with a space before the "
        "colon; 'geen bijzonderheden' is no diet", "register", "nl",
        people=1, persons=[P(
            name="Vioolbouwer Zevenendertig", email="v.zevenendertig@kiekendief.example.nl",
            organisation="Dorpshuis De Kiekendief",
            role="beheerder / coördinator vrijwilligers", phone="036 555 22 09",
            invoice_address="Dorpshuis De Kiekendief, penningmeester, Kiekendiefweg 1, 1358 AA Almere")]))

# 33
add("ios-reply-to-organiser-invite", ios(
    "Kantklosser Achtendertig <k.achtendertig@stern-wonen.example.nl>",
    "Re: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-04-16 08:02",
    """Dank voor de uitnodiging! Ik doe graag mee namens Woonzorg De Zwarte Stern. Ik ben daar teammanager wonen en welzijn. Telefoon 036 555 1706. Factuur mag naar ons hoofdkantoor, Postbus 2288, 1302 CG Almere, t.a.v. Woonzorg De Zwarte Stern, crediteuren.

Kantklosser

Op 14 apr. 2010 om 16:20 heeft Programmasecretariaat DMO <secretariaat@almere.nl> het volgende geschreven:

> Geachte partners,
>
> Graag nodigen wij u uit om medewerkers aan te melden voor de leergang
> deSTADSWIJKstudies op locatie Almere (1 juni, 23 september, 2 en 23
> november 2010). Aanmelden kan door een mail met naam, organisatie,
> functie, telefoon en factuuradres te sturen naar aanmelden@example.org.
>
> Met vriendelijke groet,
> Programmasecretariaat DMO
> Gemeente Almere""", to="aanmelden@example.org",
    cc="secretariaat@almere.nl"),
    L("a reply to the organiser's invitation, sent to the robot's address "
      "with the organiser in cc; the invoice address is given in an order "
      "of her own", "register", "nl", people=1, persons=[P(
          name="Kantklosser Achtendertig", email="k.achtendertig@stern-wonen.example.nl",
          organisation="Woonzorg De Zwarte Stern",
          role="teammanager wonen en welzijn", phone="036 555 1706",
          invoice_address="Postbus 2288, 1302 CG Almere, t.a.v. Woonzorg De Zwarte Stern, crediteuren")]))

# 34
add("outlook-windows1252-prose-dayoff", outlook(
    "Borstelmaker Negenendertig <b.negenendertig@ekster.example.nl>",
    "Aanmelding leergang 1 juni – 23 november", "2010-04-19 15:55",
    """Geachte heer, mevrouw,

Namens Stichting De Ekster (dagbesteding) meld ik mij aan voor de leergang. Ik ben als teamcoördinator verantwoordelijk voor onze drie locaties in Almere Stad.

Mijn telefoonnummer is 036 555 4802. De nota kan naar Stichting De Ekster, t.a.v. mevrouw B. Veertig, Postbus 1881, 1300 BW Almere; graag met het kenmerk “Leergang DMO – Negenendertig”.

Met vriendelijke groet,
Borstelmaker Negenendertig
"""), L("Outlook 2007, windows-1252 with curly quotes and an en dash; the "
        "reference is the text inside the quotes", "register", "nl",
        people=1, persons=[P(
            name="Borstelmaker Negenendertig", email="b.negenendertig@ekster.example.nl",
            organisation="Stichting De Ekster", role="teamcoördinator",
            phone="036 555 4802",
            invoice_address="Stichting De Ekster, t.a.v. mevrouw B. Veertig, Postbus 1881, 1300 BW Almere",
            invoice_reference="Leergang DMO – Negenendertig")]))
