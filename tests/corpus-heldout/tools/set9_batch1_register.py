"""Set 9, batch 1: registrations of one person (001-039).

Every message and every label is typed by hand; nothing is computed.
"""
from set9_lib import (add, X, P, zimbra, horde, gmail2, iphone, outlook,
                      squirrel, inotes_html, entourage, outlook2010, tb,
                      hotmail2010, gmail_quote_nl, answer_nl, outlook365,
                      htc, oe, gmail, evolution, blackberry, macmail,
                      winmobile, keep_subject, outlook2003, android,
                      outlook_quote_nl, fastmail, macoutlook, notes,
                      roundcube, ipad, webmail, owa, ox, gmx, plain, ROBOT, ORG)

# 001 ---------------------------------------------------------------------
add("form-nl-zimbra-invoice-block", zimbra(
    "Dirigent Een <d.een@toonladder.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies Almere", "2010-03-02 09:41",
    """Goedemorgen,

Via onze directeur kreeg ik de brochure van de leergang "Almere: Sociale ambities in een groeiende stad". Ik meld mij graag aan voor de vier dagen.

Naam: Dirigent Een
Organisatie: Stichting Toonladder
Functie: coördinator vrijwilligerswerk
E-mail: d.een@toonladder.example.nl
Telefoon: 036 555 1201
Dieetwensen: geen

Factuuradres:
Stichting Toonladder
t.a.v. financiële administratie
Postbus 55012
1300 BA Almere
Factuurkenmerk: TL/2010/014

Met vriendelijke groet,

Dirigent Een
Stichting Toonladder"""),
    X("a Zimbra form with a five-line invoice address and its own reference label",
      "register", "nl", people=1, persons=[P(
          name="Dirigent Een", email="d.een@toonladder.example.nl",
          organisation="Stichting Toonladder",
          role="coördinator vrijwilligerswerk", phone="036 555 1201",
          invoice_address="Stichting Toonladder, t.a.v. financiële administratie, Postbus 55012, 1300 BA Almere",
          invoice_reference="TL/2010/014")]))

# 002 ---------------------------------------------------------------------
add("free-text-horde-signature", horde(
    "Fluitist Twee <f.twee@maatstreep.example.org>",
    "aanmelding leergang Almere", "2010-03-03 14:07",
    """Beste mensen,

Hierbij wil ik mij aanmelden voor de leergang deSTADSWIJKstudies op locatie Almere (1 juni, 23 september, 2 en 23 november). Ik werk in het ambulante team en ben vooral benieuwd naar de dag over wonen met en zonder zorgen.

De factuur kan naar het postadres in mijn handtekening, onder vermelding van kostenplaats 3120.

Vriendelijke groet,

Fluitist Twee
gedragswetenschapper ambulant team
Jeugdhulp Maatstreep
Postbus 2207, 1302 CE Almere
T 036 555 2207 (ma/di/do)
"""),
    X("free text; the details and the invoice address are in the signature",
      "register", "nl", people=1, persons=[P(
          name="Fluitist Twee", email="f.twee@maatstreep.example.org",
          organisation="Jeugdhulp Maatstreep",
          role="gedragswetenschapper ambulant team", phone="036 555 2207",
          invoice_address="Postbus 2207, 1302 CE Almere",
          invoice_reference="kostenplaats 3120")]))

# 003 ---------------------------------------------------------------------
add("prose-en-nonnative-gmail", gmail2(
    "Drummer Three <drummer.three@languagechoir.example.org>",
    "inscription for the course in Almere", "2010-03-04 20:15",
    """Dear Sir, Madam,

My name is Drummer Three and I am working since two years as language coach by the Example Choir of Languages Almere, it is a foundation what helps newcomers with learning Dutch by singing and conversation. My director has given me the folder of your course and I would like very much to make the inscription for all four days.

My phone is 06 5550 3303 and my mail is this one. I do not eat pork, please.

For the bill you can send to our office: Example Choir of Languages Almere, Koorstraat 3C, 1315 JG Almere.

I hope my Dutch will be enough for the lessons, else I will ask my colleagues :)

Many greetings,
Drummer Three"""),
    X("non-native English prose: 'make the inscription for all four days'",
      "register", "en", people=1, persons=[P(
          name="Drummer Three", email="drummer.three@languagechoir.example.org",
          organisation="Example Choir of Languages Almere",
          role="language coach", phone="06 5550 3303", diet="no pork",
          invoice_address="Example Choir of Languages Almere, Koorstraat 3C, 1315 JG Almere")]))

# 004 ---------------------------------------------------------------------
add("one-line-iphone", iphone(
    "Trommelaar Vier <trommelaar.vier@stemvork.example.nl>",
    "Aanmelding", "2010-03-05 07:52",
    """Graag aanmelden voor de leergang: Trommelaar Vier, jongerenwerker bij Buurtwerk Stemvork. 06 5554 0404. Factuur naar Buurtwerk Stemvork, Postbus 404, 1300 AK Almere

Verzonden vanaf mijn iPhone"""),
    X("everything in one line from a phone; the address is the From",
      "register", "nl", people=1, persons=[P(
          name="Trommelaar Vier", email="trommelaar.vier@stemvork.example.nl",
          organisation="Buurtwerk Stemvork", role="jongerenwerker",
          phone="06 5554 0404",
          invoice_address="Buurtwerk Stemvork, Postbus 404, 1300 AK Almere")]))

# 005 ---------------------------------------------------------------------
add("municipal-outlook2007-last-first", outlook(
    "\"Vijf, Organist\" <o.vijf@almere.nl>",
    "Aanmelding leergang Sociale ambities", "2010-03-08 11:20",
    """Hallo,

Ik wil mij graag aanmelden voor de leergang Almere: Sociale ambities in een groeiende stad.

Mijn gegevens:
Organist Vijf
Beleidsmedewerker wonen en zorg
Dienst Maatschappelijke Ontwikkeling, afdeling Beleid
Gemeente Almere
tel. 036 555 0505

Ik heb geen dieetwensen.

Groet,
Organist"""),
    X("municipal staff, 'Last, First' display name; the department is not the organisation",
      "register", "nl", people=1, persons=[P(
          name="Organist Vijf", email="o.vijf@almere.nl",
          organisation="Gemeente Almere",
          role="Beleidsmedewerker wonen en zorg", phone="036 555 0505")]))

# 006 ---------------------------------------------------------------------
add("form-odd-labels-squirrelmail", squirrel(
    "cellist.zes@speeldoos.example.com",
    "inschrijving leergang 2010", "2010-03-09 16:33",
    """Goedemiddag,

Hierbij schrijf ik mij in voor de leergang in de Nieuwe Bibliotheek.

naam en toenaam : Cellist Zes
werkzaam bij  : Kinderopvang Speeldoos, locatie De Vlieger
funktie : pedagogisch coach
emailadres : cellist.zes@speeldoos.example.com
tel.nr. : 036-5550606
dieetwens(en) : lactosevrij
factuur t.a.v. : Kinderopvang Speeldoos, afd. personeelszaken, Speeldooslaan 6, 1335 AB Almere

gr. Cellist Zes
"""),
    X("odd label spellings ('naam en toenaam', 'funktie', 'werkzaam bij'); a From without a name",
      "register", "nl", people=1, persons=[P(
          name="Cellist Zes", email="cellist.zes@speeldoos.example.com",
          organisation="Kinderopvang Speeldoos, locatie De Vlieger",
          role="pedagogisch coach", phone="036-5550606", diet="lactosevrij",
          invoice_address="Kinderopvang Speeldoos, afd. personeelszaken, Speeldooslaan 6, 1335 AB Almere")]))

# 007 ---------------------------------------------------------------------
add("html-only-inotes-table", inotes_html(
    "Harpist Zeven <harpist.zeven@cadans.example.nl>",
    "Aanmeldformulier leergang deSTADSWIJKstudies", "2010-03-10 10:05",
    """<html><body><font size=2 face="Default Sans Serif,Verdana,Arial,Helvetica,sans-serif"><div>Beste organisatie,</div><div>&nbsp;</div><div>Graag meld ik mij aan voor de leergang in Almere. Mijn gegevens staan in het formulier hieronder.</div><div>&nbsp;</div>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td><b>Naam</b></td><td>Harpist Zeven</td></tr>
<tr><td><b>Organisatie</b></td><td>Zorggroep Cadans</td></tr>
<tr><td><b>Functie</b></td><td>wijkverpleegkundige Almere Buiten</td></tr>
<tr><td><b>E-mailadres</b></td><td>harpist.zeven@cadans.example.nl</td></tr>
<tr><td><b>Telefoonnummer</b></td><td>036 555 0707</td></tr>
<tr><td><b>Dieet</b></td><td>glutenvrij</td></tr>
<tr><td><b>Factuuradres</b></td><td>Zorggroep Cadans, Postbus 707, 1300 AA Almere</td></tr>
<tr><td><b>Inkoopnummer</b></td><td>IN-10-0707</td></tr>
</table>
<div>&nbsp;</div><div>Met vriendelijke groet,<br>Harpist Zeven</div></font></body></html>
"""),
    X("HTML only from Lotus iNotes: a two-column table of labels and values",
      "register", "nl", people=1, persons=[P(
          name="Harpist Zeven", email="harpist.zeven@cadans.example.nl",
          organisation="Zorggroep Cadans",
          role="wijkverpleegkundige Almere Buiten", phone="036 555 0707",
          diet="glutenvrij",
          invoice_address="Zorggroep Cadans, Postbus 707, 1300 AA Almere",
          invoice_reference="IN-10-0707")]))

# 008 ---------------------------------------------------------------------
add("prose-en-native-entourage", entourage(
    "Piper Eight <piper.eight@rhythmyouth.example.org>",
    "Registration - Sociale ambities course", "2010-03-11 13:48",
    """Hello,

I'd like to register for the four-day course "Almere: Sociale ambities in een groeiende stad". I run the outreach work at Sample Rhythm Youth Almere, a small charity offering music workshops for teenagers in Almere Haven and Poort. Although I'm British, I've lived here for six years and follow Dutch fine, so the language shouldn't be a problem.

Best to reach me on my mobile, 06 5550 8808. No dietary requirements.

Please invoice Sample Rhythm Youth Almere, Havenkade 8, 1354 AB Almere, quoting purchase order PO-RY-0810.

Many thanks,
Piper Eight
Outreach Lead | Sample Rhythm Youth Almere
"""),
    X("native English prose from Entourage; the function is in the signature",
      "register", "en", people=1, persons=[P(
          name="Piper Eight", email="piper.eight@rhythmyouth.example.org",
          organisation="Sample Rhythm Youth Almere", role="Outreach Lead",
          phone="06 5550 8808",
          invoice_address="Sample Rhythm Youth Almere, Havenkade 8, 1354 AB Almere",
          invoice_reference="purchase order PO-RY-0810")]))

# 009 ---------------------------------------------------------------------
_t009 = """Beste,

Hieronder mijn gegevens voor de aanmelding voor de leergang (uit ons opleidingsoverzicht geplakt):

Naam\tOrganisatie\tFunctie\tE-mail\tTelefoon
Violist Negen\tMEE Partituur\tcliëntondersteuner\tviolist.negen@meepartituur.example.nl\t036 555 0909

De factuur graag naar MEE Partituur, Postbus 909, 1300 AX Almere, met ons ordernummer MP-2010-31.

Groet,
Violist Negen"""
_h009 = """<html><body lang=NL><div class=WordSection1>
<p class=MsoNormal>Beste,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Hieronder mijn gegevens voor de aanmelding voor de leergang (uit ons opleidingsoverzicht geplakt):</p><p class=MsoNormal>&nbsp;</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Naam</b></p></td><td><p class=MsoNormal><b>Organisatie</b></p></td><td><p class=MsoNormal><b>Functie</b></p></td><td><p class=MsoNormal><b>E-mail</b></p></td><td><p class=MsoNormal><b>Telefoon</b></p></td></tr>
<tr><td><p class=MsoNormal>Violist Negen</p></td><td><p class=MsoNormal>MEE Partituur</p></td><td><p class=MsoNormal>cli&euml;ntondersteuner</p></td><td><p class=MsoNormal>violist.negen@meepartituur.example.nl</p></td><td><p class=MsoNormal>036 555 0909</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>De factuur graag naar MEE Partituur, Postbus 909, 1300 AX Almere, met ons ordernummer MP-2010-31.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Groet,</p><p class=MsoNormal>Violist Negen</p>
</div></body></html>
"""
add("table-row-outlook2010-tabs", outlook2010(
    "Violist Negen <violist.negen@meepartituur.example.nl>",
    "Aanmelding leergang Almere", "2010-03-12 15:02", _t009, html=_h009),
    X("a header row and one row pasted from a spreadsheet (tabs in the text, a table in the HTML)",
      "register", "nl", people=1, persons=[P(
          name="Violist Negen", email="violist.negen@meepartituur.example.nl",
          organisation="MEE Partituur", role="cliëntondersteuner",
          phone="036 555 0909",
          invoice_address="MEE Partituur, Postbus 909, 1300 AX Almere",
          invoice_reference="ordernummer MP-2010-31")]))

# 010 ---------------------------------------------------------------------
add("free-text-tb-abbrev-signature", tb(
    "Componist Tien <c.tien@contrapunt.example.nl>",
    "Aanmelding leergang Almere 2010", "2010-03-12 21:40",
    """Dag,

Graag meld ik me aan voor de vierdaagse leergang van deSTADSWIJKstudies in Almere. Als teamleider zie ik dagelijks wat schulden en eenzaamheid met mensen doen, dus vooral dag 3 spreekt me aan.

Facturen ontvangen wij graag op: GGZ Contrapunt, Crediteurenadministratie, Postbus 1010, 1300 BC Almere.

Hartelijke groet,
Componist Tien

-- 
Componist Tien | teamleider FACT Almere Stad
GGZ Contrapunt
T 036 555 1010 | M 06 5551 0100
E c.tien@contrapunt.example.nl
"""),
    X("free text with a one-letter-label signature (T / M / E); the first phone written",
      "register", "nl", people=1, persons=[P(
          name="Componist Tien", email="c.tien@contrapunt.example.nl",
          organisation="GGZ Contrapunt", role="teamleider FACT Almere Stad",
          phone="036 555 1010",
          invoice_address="GGZ Contrapunt, Crediteurenadministratie, Postbus 1010, 1300 BC Almere")]))

# 011 ---------------------------------------------------------------------
add("private-hotmail-work-address-in-text", hotmail2010(
    "Klokkenist Elf <klokkenist_elf@hotmail.example.com>",
    "aanmelding leergang", "2010-03-15 19:12",
    """Hallo,

Ik stuur dit vanaf mijn privé-mail omdat mijn werkmail het vandaag niet doet. Ik wil mij graag aanmelden voor de leergang in Almere. Wilt u de bevestiging naar mijn werkadres sturen: k.elf@octaafstad.example.nl

Naam: Klokkenist Elf
Werkgever: Bibliotheek Octaafstad
Functie: programmamaker informatievaardigheden
Telefoon werk: 036 555 1111

Factuur: Bibliotheek Octaafstad, t.a.v. de controller, Postbus 1111, 1300 BD Almere

Bedankt!
Klokkenist"""),
    X("from a private Hotmail address; the work address in the text is the one to use",
      "register", "nl", people=1, persons=[P(
          name="Klokkenist Elf", email="k.elf@octaafstad.example.nl",
          organisation="Bibliotheek Octaafstad",
          role="programmamaker informatievaardigheden", phone="036 555 1111",
          invoice_address="Bibliotheek Octaafstad, t.a.v. de controller, Postbus 1111, 1300 BD Almere")]))

# 012 ---------------------------------------------------------------------
add("form-en-company-position-outlook2010", outlook2010(
    "Chorister Twelve <chorister.twelve@overture-care.example.com>",
    "Registration course Almere", "2010-03-16 13:30",
    """Good afternoon,

Please find my registration for the course below.

Full name: Chorister Twelve
Company: Example Overture Elderly Care
Position: activity coordinator, location De Schakel
Mobile: +31 6 5551 2120
E-mail: chorister.twelve@overture-care.example.com
Food: vegetarian
Billing address: Example Overture Elderly Care, Accounts Payable, P.O. Box 1212, 1300 BE Almere
PO: 4500012120

Thanking you in advance,
Chorister Twelve""", lang="EN"),
    X("an English form with 'Company', 'Position', 'Food', 'Billing address', 'PO'",
      "register", "en", people=1, persons=[P(
          name="Chorister Twelve", email="chorister.twelve@overture-care.example.com",
          organisation="Example Overture Elderly Care",
          role="activity coordinator, location De Schakel",
          phone="+31 6 5551 2120", diet="vegetarian",
          invoice_address="Example Overture Elderly Care, Accounts Payable, P.O. Box 1212, 1300 BE Almere",
          invoice_reference="4500012120")]))

# 013 ---------------------------------------------------------------------
_s013, _b013 = answer_nl(
    "Stemmer Dertien", "Vraag over kosten voor kleine stichting",
    "Voor kleine vrijwilligersorganisaties geldt dezelfde bijdrage van EUR 1.000\n"
    "per deelnemer; een korting kunnen wij helaas niet geven. Wel kunt u de\n"
    "plaats tijdens de leergang aan een collega overdragen, bijvoorbeeld als\n"
    "een dag beter past bij iemand anders uit uw team.")
add("reply-to-answer-registers-gmail", gmail2(
    "Stemmer Dertien <stemmer13@tussenspel.example.org>",
    "Re: " + _s013, "2010-03-17 09:26",
    """Dank u voor het duidelijke antwoord. Wij hebben het in het team besproken en ik schrijf mij toch in.

Stemmer Dertien
Stichting Tussenspel, coördinator buurtbemiddeling
06 5551 3013

Factuuradres: Stichting Tussenspel, Tussenweg 13, 1324 XX Almere""" +
    gmail_quote_nl("2010-03-16 16:41", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b013),
    irt="<regbot.answer.5d1e0c7a33b2f1e4@example.org>"),
    X("registers in reply to the secretariat's answer (sent through the robot) about the fee",
      "register", "nl", people=1, persons=[P(
          name="Stemmer Dertien", email="stemmer13@tussenspel.example.org",
          organisation="Stichting Tussenspel", role="coördinator buurtbemiddeling",
          phone="06 5551 3013",
          invoice_address="Stichting Tussenspel, Tussenweg 13, 1324 XX Almere")]))

# 014 ---------------------------------------------------------------------
add("form-o365-disclaimer-kvk", outlook365(
    "Koorzanger Veertien <k.veertien@klankbord.example.nl>",
    "Aanmelding deSTADSWIJKstudies Almere", "2010-03-18 10:44",
    """Goedemorgen,

Hierbij mijn aanmelding voor de leergang.

Naam deelnemer: Koorzanger Veertien
Organisatie: Vluchtelingenwerk Klankbord
Functie: maatschappelijk begeleider statushouders
E-mail: k.veertien@klankbord.example.nl
Tel: 036 555 1414
Lunch: halal
Factuuradres: Vluchtelingenwerk Klankbord, Postbus 1414, 1300 BF Almere

Met vriendelijke groet,
Koorzanger Veertien

Vluchtelingenwerk Klankbord | Klankbordplein 14 | 1314 AB Almere | KvK 41055514
_______________________________________________________________
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onbedoeld heeft ontvangen, verzoeken wij u de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.
This e-mail is intended only for the addressee(s). If you received it in error, please notify the sender and delete it. No rights can be derived from this message."""),
    X("a form above an office line with a chamber-of-commerce number and a two-language disclaimer",
      "register", "nl", people=1, persons=[P(
          name="Koorzanger Veertien", email="k.veertien@klankbord.example.nl",
          organisation="Vluchtelingenwerk Klankbord",
          role="maatschappelijk begeleider statushouders", phone="036 555 1414",
          diet="halal",
          invoice_address="Vluchtelingenwerk Klankbord, Postbus 1414, 1300 BF Almere")]))

# 015 ---------------------------------------------------------------------
add("signature-mobile-and-landline-htc", htc(
    "Hoornist Vijftien <hoornist15@vioolsleutel.example.nl>",
    "Aanmelding leergang", "2010-03-19 07:35",
    """Hoi,

Bij deze meld ik mij aan voor de leergang Sociale ambities in een groeiende stad.

Hoornist Vijftien
Wijkverpleegkundige, Thuiszorg Vioolsleutel
mobiel 06 5551 5150 / vast 036 555 1515
hoornist15@vioolsleutel.example.nl

Factuur naar Thuiszorg Vioolsleutel, afdeling opleidingen, Sleutelhof 15, 1341 AB Almere

Verzonden vanaf mijn HTC"""),
    X("from an HTC phone; a mobile before a landline (the first one written)",
      "register", "nl", people=1, persons=[P(
          name="Hoornist Vijftien", email="hoornist15@vioolsleutel.example.nl",
          organisation="Thuiszorg Vioolsleutel", role="Wijkverpleegkundige",
          phone="06 5551 5150",
          invoice_address="Thuiszorg Vioolsleutel, afdeling opleidingen, Sleutelhof 15, 1341 AB Almere")]))

# 016 ---------------------------------------------------------------------
add("prose-nl-formal-outlook-express", oe(
    "Pianist Zestien <p.zestien@refrein.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies op locatie Almere",
    "2010-03-22 11:58",
    """Geachte heer/mevrouw,

Met veel belangstelling heb ik de brochure van deSTADSWIJKstudies op locatie Almere gelezen, die ik via de nieuwsbrief van onze koepelorganisatie ontving. Graag wil ik mij hierbij aanmelden als deelnemer aan de vierdaagse leergang "Almere: Sociale ambities in een groeiende stad".

Ik ben werkzaam als sociaal raadsman bij Humanitas Refrein, waar ik mij voornamelijk bezighoud met de ondersteuning van gezinnen met betalingsachterstanden. De thema's van de derde bijeenkomst sluiten daarom bijzonder goed aan bij mijn dagelijkse werkzaamheden.

U kunt mij bereiken op telefoonnummer 036 - 555 16 16 of via dit e-mailadres. Ten aanzien van de lunch heb ik geen bijzondere wensen.

De factuur kunt u richten aan Humanitas Refrein, ter attentie van de penningmeester, Refreinstraat 16, 1312 AA Almere.

In afwachting van uw bevestiging verblijf ik,

met vriendelijke groet,

Pianist Zestien""", ver="6.00.2900.5843"),
    X("long formal Dutch prose; every detail in a sentence",
      "register", "nl", people=1, persons=[P(
          name="Pianist Zestien", email="p.zestien@refrein.example.nl",
          organisation="Humanitas Refrein", role="sociaal raadsman",
          phone="036 - 555 16 16",
          invoice_address="Humanitas Refrein, ter attentie van de penningmeester, Refreinstraat 16, 1312 AA Almere")]))

# 017 ---------------------------------------------------------------------
add("mixed-nl-en-gmail-invoice-by-mail", gmail(
    "Bassist Zeventien <bassist17@tuningfork.example.org>",
    "aanmelding / registration", "2010-03-23 16:20",
    """Hi there,

Ik wil me graag aanmelden voor de leergang, sounds really interesting. Onze manager vindt het ook een goed idee, dus het budget is geregeld.

Name: Bassist Zeventien
Org: Example Tuning Fork Trust
Job: community organiser
Mobiel: 06 5551 7017

Invoice graag naar finance@tuningfork.example.org, wij hebben geen postadres voor facturen meer (alles digitaal).

Thanks!
Bassist"""),
    X("Dutch mixed with English (mostly Dutch); the invoice goes by e-mail only, so no invoice address",
      "register", "nl", people=1, persons=[P(
          name="Bassist Zeventien", email="bassist17@tuningfork.example.org",
          organisation="Example Tuning Fork Trust", role="community organiser",
          phone="06 5551 7017")]))

# 018 ---------------------------------------------------------------------
add("numbered-form-evolution", evolution(
    "Luitspeler Achttien <l.achttien@ggdmaatsoort.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-03-24 08:47",
    """Goedemorgen,

Aanmelding voor de leergang deSTADSWIJKstudies:

1. Naam: Luitspeler Achttien
2. Organisatie: GGD Maatsoort
3. Functie: jeugdverpleegkundige
4. E-mailadres: l.achttien@ggdmaatsoort.example.nl
5. Telefoonnummer: 088 555 1818
6. Dieetwensen: n.v.t.
7. Factuuradres: GGD Maatsoort, Postbus 1818, 8200 AA Lelystad
8. Kenmerk: GGD-OPL-18

Met vriendelijke groet,
Luitspeler Achttien
"""),
    X("a numbered form (base64 from Evolution); 'n.v.t.' diet is no diet",
      "register", "nl", people=1, persons=[P(
          name="Luitspeler Achttien", email="l.achttien@ggdmaatsoort.example.nl",
          organisation="GGD Maatsoort", role="jeugdverpleegkundige",
          phone="088 555 1818",
          invoice_address="GGD Maatsoort, Postbus 1818, 8200 AA Lelystad",
          invoice_reference="GGD-OPL-18")]))

# 019 ---------------------------------------------------------------------
add("form-with-question-speech-to-text", outlook2010(
    "Slagwerker Negentien <s.negentien@samenklank.example.nl>",
    "Aanmelding leergang + vraag", "2010-03-25 14:10",
    """Beste organisatie,

Graag meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Slagwerker Negentien
Organisatie: Welzijn Samenklank
Functie: opbouwwerker Almere Haven
E-mail: s.negentien@samenklank.example.nl
Telefoon (alleen sms): 06 5551 9190

Ik ben slechthorend en werk bij bijeenkomsten met een schrijftolk. Kan mijn tolk de vier dagen bijwonen, en moet ik daarvoor een extra plaats aanvragen? De tolk wordt via het UWV vergoed.

Factuur: Welzijn Samenklank, Postbus 1919, 1300 BG Almere

Vriendelijke groet,
Slagwerker Negentien"""),
    X("a registration that also asks whether her speech-to-text interpreter may attend",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Slagwerker Negentien", email="s.negentien@samenklank.example.nl",
          organisation="Welzijn Samenklank", role="opbouwwerker Almere Haven",
          phone="06 5551 9190",
          invoice_address="Welzijn Samenklank, Postbus 1919, 1300 BG Almere")]))

# 020 ---------------------------------------------------------------------
add("assistant-registers-director-o365", outlook365(
    "Accordeonist Honderdtwintig <a.honderdtwintig@klankkast.example.nl>",
    "Aanmelding leergang Almere - dhr. Bandleider Twintig", "2010-03-26 13:05",
    """Goedemiddag,

Namens de heer Bandleider Twintig, directeur-bestuurder van Woonstichting Klankkast, meld ik hem aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Zijn e-mailadres is b.twintig@klankkast.example.nl; de correspondentie mag ook via mij lopen.
Dieet: geen bijzonderheden.
De factuur graag naar Woonstichting Klankkast, t.a.v. crediteurenadministratie, Postbus 2020, 1300 BH Almere, met inkoopnummer KK-2010-112.

Met vriendelijke groet,

Accordeonist Honderdtwintig
managementassistent directie
Woonstichting Klankkast
T 036 555 2000"""),
    X("an assistant registers her director; her own phone is not his",
      "register", "nl", people=1, persons=[P(
          name="Bandleider Twintig", email="b.twintig@klankkast.example.nl",
          organisation="Woonstichting Klankkast", role="directeur-bestuurder",
          invoice_address="Woonstichting Klankkast, t.a.v. crediteurenadministratie, Postbus 2020, 1300 BH Almere",
          invoice_reference="inkoopnummer KK-2010-112")]))

# 021 ---------------------------------------------------------------------
add("website-contact-form-relay", plain(
    "deSTADSWIJKstudies website <wordpress@trancity.example.nl>",
    "[deSTADSWIJKstudies] Aanmelding Almere", "2010-03-29 22:03",
    """Van: Oboist Eenentwintig <oboist21@sportritmiek.example.nl>
Onderwerp: Aanmelding Almere

Berichttekst:
Ik wil graag deelnemen aan de leergang in Almere. Ik ben buurtsportcoach bij Sportbedrijf Ritmiek. Tel 06 5552 1021. Factuur naar Sportbedrijf Ritmiek, Postbus 2121, 1300 BJ Almere.

--
Deze e-mail is verzonden via het contactformulier op deSTADSWIJKstudies (http://www.trancity.example.nl)""",
    reply_to="Oboist Eenentwintig <oboist21@sportritmiek.example.nl>",
    extra=[("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)")]),
    X("a website contact form relayed by the site (its own sender, the participant in Reply-To and in the text)",
      "register", "nl", people=1, persons=[P(
          name="Oboist Eenentwintig", email="oboist21@sportritmiek.example.nl",
          organisation="Sportbedrijf Ritmiek", role="buurtsportcoach",
          phone="06 5552 1021",
          invoice_address="Sportbedrijf Ritmiek, Postbus 2121, 1300 BJ Almere")]))

# 022 ---------------------------------------------------------------------
add("details-in-subject-blackberry", blackberry(
    "Liedjesschrijver Tweeëntwintig <liedjes22@buurtorkest.example.org>",
    "Aanmelding leergang: Liedjesschrijver Tweeëntwintig, Stichting Buurtorkest, buurtconciërge",
    "2010-03-30 17:44",
    """Zie onderwerp. Bereikbaar op 06 5552 2202. De factuurgegevens stuurt mijn leidinggevende u nog.

Verzonden vanaf mijn BlackBerry\u00ae"""),
    X("the details in the subject line, a phone number in the body; invoice details to follow",
      "register", "nl", people=1, persons=[P(
          name="Liedjesschrijver Tweeëntwintig", email="liedjes22@buurtorkest.example.org",
          organisation="Stichting Buurtorkest", role="buurtconciërge",
          phone="06 5552 2202")]))

# 023 ---------------------------------------------------------------------
add("one-person-business-macmail", macmail(
    "Harmonist Drieëntwintig <harmonist@tempoadvies.example.nl>",
    "Aanmelding leergang Almere", "2010-03-31 10:16",
    """Goedendag,

Als zelfstandig adviseur sociaal domein werk ik veel voor Almeerse welzijnsorganisaties, en ik zou de leergang graag volgen. Mijn eenmanszaak heet Tempo Sociaal Advies; de factuur kan naar het adres hieronder.

Met vriendelijke groet,

Harmonist Drieëntwintig
Tempo Sociaal Advies
Maatweg 23
1338 CD Almere
06 5552 3023
www.tempoadvies.example.nl
"""),
    X("a self-employed adviser; her one-person business is the organisation; invoice to the address below",
      "register", "nl", people=1, persons=[P(
          name="Harmonist Drieëntwintig", email="harmonist@tempoadvies.example.nl",
          organisation="Tempo Sociaal Advies",
          role="zelfstandig adviseur sociaal domein", phone="06 5552 3023",
          invoice_address="Maatweg 23, 1338 CD Almere")]))

# 024 ---------------------------------------------------------------------
add("municipal-one-liner-winmobile", winmobile(
    "Tamboer Vierentwintig <t.vierentwintig@almere.nl>",
    "leergang", "2010-04-01 08:05",
    """Meld mij s.v.p. aan voor de leergang. Tamboer Vierentwintig, wijkmanager Almere Buiten, gemeente Almere, 06 5552 4024"""),
    X("a municipal one-liner from a Windows Mobile phone",
      "register", "nl", people=1, persons=[P(
          name="Tamboer Vierentwintig", email="t.vierentwintig@almere.nl",
          organisation="Gemeente Almere", role="wijkmanager Almere Buiten",
          phone="06 5552 4024")]))

# 025 ---------------------------------------------------------------------
_h025 = ("<html>\n<head>\n<style><!--\n.hmmessage P\n{\nmargin:0px;\npadding:0px\n}\n"
         "body.hmmessage\n{\nfont-size: 10pt;\nfont-family:Verdana\n}\n--></style>\n"
         "</head>\n<body class='hmmessage'>\nHallo,<br><br>Ik meld me aan voor de "
         "leergang Sociale ambities in een groeiende stad!<br><br>"
         "<font color='#1f497d'><b>Naam:</b></font> Speelman Vijfentwintig<br>"
         "<font color='#1f497d'><b>School:</b></font> ROC Toonhoogte, opleiding Maatschappelijke Zorg<br>"
         "<font color='#1f497d'><b>Functie:</b></font> docent en stagecoördinator<br>"
         "<font color='#1f497d'><b>Mail:</b></font> speelman25@toonhoogte.example.nl<br>"
         "<font color='#1f497d'><b>Mobiel:</b></font> 06-55525025<br>"
         "<font color='#1f497d'><b>Eten:</b></font> veganistisch<br>"
         "<font color='#1f497d'><b>Rekening naar:</b></font> ROC Toonhoogte, Centrale Administratie, "
         "Postbus 2525, 1300 BK Almere<br><br>Groetjes,<br>Speelman<br> \t\t \t   \t\t  "
         "</body>\n</html>\n")
add("html-only-hotmail-coloured-labels", hotmail2010(
    "Speelman Vijfentwintig <speelman25@toonhoogte.example.nl>",
    "Aanmelding!", "2010-04-06 20:31", "", html=_h025, html_only=True),
    X("HTML only from Hotmail with coloured bold labels ('School', 'Eten', 'Rekening naar')",
      "register", "nl", people=1, persons=[P(
          name="Speelman Vijfentwintig", email="speelman25@toonhoogte.example.nl",
          organisation="ROC Toonhoogte, opleiding Maatschappelijke Zorg",
          role="docent en stagecoördinator", phone="06-55525025",
          diet="veganistisch",
          invoice_address="ROC Toonhoogte, Centrale Administratie, Postbus 2525, 1300 BK Almere")]))

# 026 ---------------------------------------------------------------------
add("invoice-pdf-only-order-number-o365", outlook365(
    "Beiaardier Zesentwintig <b.zesentwintig@metronoom.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies", "2010-04-07 09:33",
    """Goedemorgen,

Ik meld mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Beiaardier Zesentwintig
Organisatie: Schuldhulp Metronoom
Functie: schuldhulpverlener
Telefoon: 036 555 2626

Facturen ontvangen wij uitsluitend digitaal, als pdf via crediteuren@metronoom.example.nl. Vermeld daarbij ons inkoopordernummer 4500026026, anders kunnen wij de factuur niet verwerken.

Met vriendelijke groet,
Beiaardier Zesentwintig"""),
    X("invoices only as a pdf by e-mail (no invoice address); the order number in running text keeps its kind word",
      "register", "nl", people=1, persons=[P(
          name="Beiaardier Zesentwintig", email="b.zesentwintig@metronoom.example.nl",
          organisation="Schuldhulp Metronoom", role="schuldhulpverlener",
          phone="036 555 2626",
          invoice_reference="inkoopordernummer 4500026026")]))

# 027 ---------------------------------------------------------------------
add("latin1-subject-outlook2003-cp1252", keep_subject(outlook2003(
    "Zanger Zevenentwintig <zanger27@wijkmelodie.example.nl>",
    "Aanmelding leergang Sociale ambities (één deelnemer)", "2010-04-08 14:25",
    """Beste medewerker,

Hierbij meld ik mij aan voor de leergang \u201cAlmere: Sociale ambities in een groeiende stad\u201d. De bijdrage van \u20ac 1.000,- is door onze directie goedgekeurd.

Naam:            Zanger Zevenentwintig
Organisatie:     Stichting Wijkmelodie
Functie:         coördinator mantelzorgondersteuning
Telefoon:        036 555 2727
Dieet:           geen varkensvlees
Factuuradres:    Stichting Wijkmelodie, Melodiestraat 27, 1318 AB Almere

Met vriendelijke groet,

Zanger Zevenentwintig
Stichting Wijkmelodie"""),
    "=?iso-8859-1?Q?Aanmelding_leergang_Sociale_ambities_=28=E9=E9n_deelnemer=29?="),
    X("Outlook 2003 plain text in windows-1252 (curly quotes, euro sign) under an ISO-8859-1 encoded-word subject",
      "register", "nl", people=1, persons=[P(
          name="Zanger Zevenentwintig", email="zanger27@wijkmelodie.example.nl",
          organisation="Stichting Wijkmelodie",
          role="coördinator mantelzorgondersteuning", phone="036 555 2727",
          diet="geen varkensvlees",
          invoice_address="Stichting Wijkmelodie, Melodiestraat 27, 1318 AB Almere")]))

# 028 ---------------------------------------------------------------------
add("bullets-k9-budget-number", android(
    "Blazer Achtentwintig <blazer28@grondtoon.example.nl>",
    "Aanmelding leergang", "2010-04-09 12:50",
    """Hallo,

Graag wil ik me aanmelden:

\u2022 Naam: Blazer Achtentwintig
\u2022 Functie: wijkconsulent Almere Stad-Oost
\u2022 Organisatie: Woningcorporatie Grondtoon
\u2022 Mail: blazer28@grondtoon.example.nl
\u2022 Tel: 036 555 2828
\u2022 Factuuradres: Woningcorporatie Grondtoon, Postbus 2828, 1300 BL Almere
\u2022 Budgetnummer: 28-OPL-2010

Groet,
Blazer"""),
    X("bullet dots before each label, from K-9 Mail",
      "register", "nl", people=1, persons=[P(
          name="Blazer Achtentwintig", email="blazer28@grondtoon.example.nl",
          organisation="Woningcorporatie Grondtoon",
          role="wijkconsulent Almere Stad-Oost", phone="036 555 2828",
          invoice_address="Woningcorporatie Grondtoon, Postbus 2828, 1300 BL Almere",
          invoice_reference="28-OPL-2010")]))

# 029 ---------------------------------------------------------------------
_inv029 = """Geachte partners,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een
groeiende stad", die deSTADSWIJKstudies in opdracht van de gemeente Almere
organiseert op 1 juni, 23 september, 2 november en 23 november 2010 in De
Nieuwe Bibliotheek. De gemeente vult twintig van de zestig plaatsen zelf; de
overige veertig zijn bestemd voor maatschappelijke organisaties. De bijdrage
is EUR 1.000 per deelnemer.

Aanmelden kan tot 25 mei door een mail aan aanmelden@example.org met naam,
organisatie, functie, telefoonnummer en factuuradres.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere"""
add("reply-to-invitation-outlook2010", outlook2010(
    "Cellist Negenentwintig <c.negenentwintig@klankmaker.example.org>",
    "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
    "2010-04-12 10:22",
    """Beste secretariaat,

Dank voor de uitnodiging. Namens Stichting Klankmaker meld ik mij aan.

Cellist Negenentwintig
projectleider wijkaanpak
036 555 2929
Factuuradres: Stichting Klankmaker, Postbus 2929, 1300 BM Almere

Groet,
Cellist""" + outlook_quote_nl("Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
                              "vrijdag 9 april 2010 15:10", "partners-leergang@almere.nl",
                              "Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
                              _inv029)),
    X("registers in reply to the organiser's invitation (quoted below an Outlook 2010 block)",
      "register", "nl", people=1, persons=[P(
          name="Cellist Negenentwintig", email="c.negenentwintig@klankmaker.example.org",
          organisation="Stichting Klankmaker", role="projectleider wijkaanpak",
          phone="036 555 2929",
          invoice_address="Stichting Klankmaker, Postbus 2929, 1300 BM Almere")]))

# 030 ---------------------------------------------------------------------
add("ascii-box-table-fastmail", fastmail(
    "Trommelaar Dertig <trommelaar30@dwarsfluit.example.net>",
    "Aanmelding leergang Almere", "2010-04-13 22:10",
    """Goedenavond,

Hierbij meld ik mij aan. Mijn gegevens:

+--------------+-------------------------------------+
| naam         | Trommelaar Dertig                   |
| organisatie  | Stichting Dwarsfluit                |
| functie      | maatschappelijk werker              |
| e-mail       | trommelaar30@dwarsfluit.example.net |
| telefoon     | 06 5553 0030                        |
| dieet        | vegetarisch                         |
| factuur naar | Stichting Dwarsfluit, Fluitpad 30,  |
|              | 1343 AB Almere                      |
+--------------+-------------------------------------+

Groet,
Trommelaar Dertig"""),
    X("an ASCII table with borders; the invoice address runs over two rows",
      "register", "nl", people=1, persons=[P(
          name="Trommelaar Dertig", email="trommelaar30@dwarsfluit.example.net",
          organisation="Stichting Dwarsfluit", role="maatschappelijk werker",
          phone="06 5553 0030", diet="vegetarisch",
          invoice_address="Stichting Dwarsfluit, Fluitpad 30, 1343 AB Almere")]))

# 031 ---------------------------------------------------------------------
add("prose-en-native-macoutlook", macoutlook(
    "Conductor ThirtyOne <conductor31@harmonyhousing.example.com>",
    "Course registration", "2010-04-14 11:05",
    """Dear colleagues,

I would like to sign up for the four-day course in Almere. I'm the tenant participation officer at Example Harmony Housing Almere, where I work with residents' committees across the eastern districts, so the fourth day in particular should be very relevant.

You can reach me on 036 555 3131. I'm a vegetarian.

Please send the invoice to Example Harmony Housing Almere, attn. Finance, Postbus 3131, 1300 BN Almere.

Best regards,

Conductor ThirtyOne"""),
    X("native English prose from Outlook for Mac 2011",
      "register", "en", people=1, persons=[P(
          name="Conductor ThirtyOne", email="conductor31@harmonyhousing.example.com",
          organisation="Example Harmony Housing Almere",
          role="tenant participation officer", phone="036 555 3131",
          diet="vegetarian",
          invoice_address="Example Harmony Housing Almere, attn. Finance, Postbus 3131, 1300 BN Almere")]))

# 032 ---------------------------------------------------------------------
add("sentences-and-ps-thunderbird", tb(
    "Klokkenist Tweeëndertig <k.tweeendertig@samenspel.example.nl>",
    "Aanmelding", "2010-04-15 16:42",
    """Beste organisatie,

Mijn naam is Klokkenist Tweeëndertig en ik werk als casemanager dementie bij Zorgcoöperatie Samenspel. Ik wil graag deelnemen aan de leergang "Almere: Sociale ambities in een groeiende stad". De factuur mag naar Zorgcoöperatie Samenspel, Postbus 3232, 1300 BP Almere. Ik eet geen vis.

Met vriendelijke groet,
Klokkenist Tweeëndertig

PS Mijn telefoonnummer is 036 555 3232."""),
    X("details in sentences, the phone in a P.S.; 'ik eet geen vis' gives the diet",
      "register", "nl", people=1, persons=[P(
          name="Klokkenist Tweeëndertig", email="k.tweeendertig@samenspel.example.nl",
          organisation="Zorgcoöperatie Samenspel", role="casemanager dementie",
          phone="036 555 3232", diet="geen vis",
          invoice_address="Zorgcoöperatie Samenspel, Postbus 3232, 1300 BP Almere")]))

# 033 ---------------------------------------------------------------------
add("notes-signature-address-below", notes(
    "Fluitist Drieendertig <f.drieendertig@solo.example.nl>",
    "Aanmelding leergang", "2010-04-16 09:15",
    """Geachte heer, mevrouw,

Hierbij meld ik mij aan voor de leergang Almere: Sociale ambities in een groeiende stad. De factuur graag naar onderstaand adres, t.a.v. afdeling Financiën.

Met vriendelijke groet,

Fluitist Drieëndertig
Jobcoach

Leerwerkbedrijf Solo
Solostraat 33
1333 AB Almere
Tel. 036 555 3333
E-mail: f.drieendertig@solo.example.nl"""),
    X("Lotus Notes (ISO-8859-1); the signature gives function, organisation, phone and the invoice address",
      "register", "nl", people=1, persons=[P(
          name="Fluitist Drieëndertig", email="f.drieendertig@solo.example.nl",
          organisation="Leerwerkbedrijf Solo", role="Jobcoach",
          phone="036 555 3333",
          invoice_address="Solostraat 33, 1333 AB Almere")]))

# 034 ---------------------------------------------------------------------
add("prose-intro-then-form-roundcube", roundcube(
    "Violist Vierendertig <violist34@kwartnoot.example.nl>",
    "Aanmelding leergang deSTADSWIJKstudies op locatie", "2010-04-19 13:37",
    """Goedemiddag,

Onze teamleider wees ons op de leergang van deSTADSWIJKstudies. Het thema van de vierde dag, aanwezige krachten aanboren, is precies waar ons buurtteam dit jaar mee bezig is. Ik doe daarom graag mee; hieronder mijn gegevens.

Naam: Violist Vierendertig
Organisatie: Buurtteam Kwartnoot
Functie: sociaal werker
Telefoon: 06 5553 4034
Dieet: geen

Factuuradres: Buurtteam Kwartnoot, p/a Kwartnootplein 34, 1325 AB Almere
Kenmerk: BK34-2010

Met vriendelijke groet,
Violist Vierendertig"""),
    X("a paragraph of why, then the form (Roundcube, format=flowed)",
      "register", "nl", people=1, persons=[P(
          name="Violist Vierendertig", email="violist34@kwartnoot.example.nl",
          organisation="Buurtteam Kwartnoot", role="sociaal werker",
          phone="06 5553 4034",
          invoice_address="Buurtteam Kwartnoot, p/a Kwartnootplein 34, 1325 AB Almere",
          invoice_reference="BK34-2010")]))

# 035 ---------------------------------------------------------------------
add("unlabelled-lines-ipad", ipad(
    "Speelman Vijfendertig <speelman35@halvenoot.example.org>",
    "Aanmelding leergang", "2010-04-20 07:58",
    """Graag aanmelden:

Speelman Vijfendertig
ambulant hulpverlener
Stichting Halve Noot
06 5553 5035
speelman35@halvenoot.example.org

Factuur: Stichting Halve Noot, Nootweg 35, 1336 AB Almere

Verstuurd vanaf mijn iPad"""),
    X("unlabelled lines from an iPad: name, function, organisation, phone, address",
      "register", "nl", people=1, persons=[P(
          name="Speelman Vijfendertig", email="speelman35@halvenoot.example.org",
          organisation="Stichting Halve Noot", role="ambulant hulpverlener",
          phone="06 5553 5035",
          invoice_address="Stichting Halve Noot, Nootweg 35, 1336 AB Almere")]))

# 036 ---------------------------------------------------------------------
add("general-mailbox-roundcube-old", webmail(
    "Wijkcentrum De Toonzaal <info@wijkcentrumtoonzaal.example.nl>",
    "Aanmelding leergang", "2010-04-21 10:40",
    """Goedemorgen,

Ik meld mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Harpist Zesendertig
Functie: beheerder
Organisatie: Wijkcentrum De Toonzaal
Telefoon: 036 555 3636

Ik heb geen eigen mailadres op het werk; alle post voor mij mag naar dit algemene adres, dat lees ik dagelijks.
De factuur kan naar Wijkcentrum De Toonzaal, Toonzaalplein 36, 1317 AB Almere.

Met vriendelijke groet,
Harpist Zesendertig"""),
    X("from the community centre's general mailbox, which the writer says to use for her",
      "register", "nl", people=1, persons=[P(
          name="Harpist Zesendertig", email="info@wijkcentrumtoonzaal.example.nl",
          organisation="Wijkcentrum De Toonzaal", role="beheerder",
          phone="036 555 3636",
          invoice_address="Wijkcentrum De Toonzaal, Toonzaalplein 36, 1317 AB Almere")]))

# 037 ---------------------------------------------------------------------
add("municipal-writes-english-owa", owa(
    "Lutenist ThirtySeven <l.thirtyseven@almere.nl>",
    "Registration for the course", "2010-04-22 15:55",
    """Dear organisers,

I would like to register for the course "Almere: Sociale ambities in een groeiende stad". I am a policy advisor on diversity at the Municipality of Almere (Social Development Department), and I joined from Rotterdam last year, so my Dutch is still a work in progress.

My direct line is 036 555 3737. I eat kosher, so a sealed meal or something simple would be great.

Kind regards,

Lutenist ThirtySeven
Policy Advisor Diversity
Municipality of Almere"""),
    X("municipal staff writing English ('Municipality of Almere' is Gemeente Almere); 'I eat kosher'",
      "register", "en", people=1, persons=[P(
          name="Lutenist ThirtySeven", email="l.thirtyseven@almere.nl",
          organisation="Gemeente Almere", role="Policy Advisor Diversity",
          phone="036 555 3737", diet="kosher")]))

# 038 ---------------------------------------------------------------------
add("form-with-question-photos-ox", ox(
    "Zanger Achtendertig <zanger38@maatgevoel.example.nl>",
    "Aanmelding leergang en een vraag", "2010-04-23 11:11",
    """Goedemorgen,

Hierbij meld ik mij aan voor de leergang.

Naam: Zanger Achtendertig
Organisatie: Jeugdwerk Maatgevoel
Functie: ambulant jongerenwerker
Telefoon: 06 5553 8038
Factuuradres: Jeugdwerk Maatgevoel, Postbus 3838, 1300 BR Almere

Ik heb nog een vraag: worden er tijdens de bijeenkomsten foto's of filmopnames gemaakt die later online komen? Vanwege mijn werk met jongeren uit de wijk wil ik daar liever niet op staan.

Met vriendelijke groet,
Zanger Achtendertig"""),
    X("a registration that also asks whether photos are taken and put online",
      "register", "nl", q="yes", people=1, persons=[P(
          name="Zanger Achtendertig", email="zanger38@maatgevoel.example.nl",
          organisation="Jeugdwerk Maatgevoel", role="ambulant jongerenwerker",
          phone="06 5553 8038",
          invoice_address="Jeugdwerk Maatgevoel, Postbus 3838, 1300 BR Almere")]))

# 039 ---------------------------------------------------------------------
add("checkbox-form-notes", notes(
    "Componist Negenendertig <componist39@cadans.example.nl>",
    "Aanmeldformulier leergang", "2010-04-26 09:02",
    """Goedemorgen,

Het aanmeldformulier dat onze locatiemanager rondstuurde, ingevuld:

Naam:          Componist Negenendertig
Organisatie:   Zorggroep Cadans
Functie:       teamleider thuiszorg
E-mail:        componist39@cadans.example.nl
Telefoon:      036 555 3939
Dieetwensen:   [x] vegetarisch  [ ] veganistisch  [ ] halal  [ ] anders: ....
Factuuradres:  Zorggroep Cadans, Postbus 707, 1300 AA Almere

Groeten,
Componist"""),
    X("a form with check boxes for the diet (Lotus Notes): the ticked one is the diet",
      "register", "nl", people=1, persons=[P(
          name="Componist Negenendertig", email="componist39@cadans.example.nl",
          organisation="Zorggroep Cadans", role="teamleider thuiszorg",
          phone="036 555 3939", diet="vegetarisch",
          invoice_address="Zorggroep Cadans, Postbus 707, 1300 AA Almere")]))
