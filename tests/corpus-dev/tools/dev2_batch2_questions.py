"""dev2, batch 2: questions that use registration words (031-055).

None of these asks for a seat: they ask about costs, who may come, days,
accreditation, the waiting list, the invoice ... often with a complete
signature, and some in reply to the robot's confirmation or waiting-list
notice (the code then in the quote). Labels typed by hand.
"""
from dev2_lib import (add, X, outlook, outlook2010, outlook2003, outlook365,
                      o365_quote_en, outlook_quote_nl, gmail, gmail_reply_en,
                      tb, tb_reply_en, apple, notes, webmail, yahoo, oe,
                      android, opera, seamonkey, owa, ios, ios_quote_en, zoho,
                      conf_nl, conf_en, wait_en, ROBOT, quote)

ROBOT_LINE = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# 031 ------------------------------------------------------------------
add("outlook2010-nl-costs-vat-before-registering", outlook2010(
    '"Wegbereider Negenenveertig" <w.negenenveertig@kantlijn.example.nl>',
    "Vraag over kosten leergang", "2010-03-05 10:10",
    """Geachte heer/mevrouw,

Wij overwegen om drie medewerkers aan te melden voor de leergang deSTADSWIJKstudies op locatie Almere. Voordat ik dat doe, wil ik graag weten of de bijdrage van EUR 1.000,- per deelnemer inclusief of exclusief btw is, en of de lunch en het lesmateriaal daarbij zijn inbegrepen. Wij moeten dat vooraf in onze begroting opnemen.

Met vriendelijke groet,

Wegbereider Negenenveertig
Manager Bedrijfsvoering
Jeugdzorg Kantlijn
Bouwmeesterweg 14, 1333 LX Almere
T 036 555 47 00 | M 06 5550 4949
w.negenenveertig@kantlijn.example.nl
"""),
    X("asks about VAT and what the fee includes before registering anyone; full signature, no seat asked",
      "question", "nl", q="yes"))

# 032 ------------------------------------------------------------------
add("outlook-en-housing-association-eligible", outlook(
    "Voyager Fifty <voyager.fifty@housingtrust.example.net>",
    "Who can register?", "2010-03-09 09:15",
    """Dear Sir/Madam,

A colleague passed me the brochure of the course "Almere: Sociale ambities in een groeiende stad". It mentions social-sector organisations. Is a housing association counted as one, or are the 40 seats meant for welfare and care organisations only? If we are eligible, I would like to sign up two of our neighbourhood managers.

Kind regards,

Voyager Fifty
Head of Neighbourhood Management
Example Housing Trust Flevoland
T: +31 36 555 3300
M: +31 6 5550 5050
E: voyager.fifty@housingtrust.example.net
A: Stationsplein 9, 1315 KT Almere
""", lang="EN"),
    X("whether a housing association may register at all; 'if we are eligible' registers nobody yet; form-like signature",
      "question", "en", q="yes"))

# 033 ------------------------------------------------------------------
add("tb-nl-volunteers-fee", tb(
    "Stadsganger Eenenvijftig <s.eenenvijftig@handopsteken.example.nl>",
    "Inschrijven vrijwilligers?", "2010-03-11 14:45",
    """Beste organisatie,

Bij onze vrijwilligerscentrale zijn veel vrijwilligers actief die als buurtvader of taalmaatje direct met bewoners werken. Kunnen zij zich ook inschrijven voor de leergang? En geldt de bijdrage van 1.000 euro dan ook voor hen? Voor vrijwilligers is dat een groot bedrag, en wij hebben er geen budget voor.

Hoor graag van u.

Vriendelijke groet,

Stadsganger Eenenvijftig
Coördinator
Vrijwilligerscentrale Handopsteken
Adres: Grote Markt 81, 1315 JD Almere
Tel.: 036 555 44 00
E-mail: s.eenenvijftig@handopsteken.example.nl
"""),
    X("may volunteers register and do they pay: a question, signature with Adres/Tel./E-mail labels",
      "question", "nl", q="yes"))

# 034 ------------------------------------------------------------------
add("gmail-en-intern-student-rate", gmail(
    "Herald FiftyTwo <herald52@carecollective.example.org>",
    "Can our intern sign up?", "2010-03-16 11:30",
    """Hi,

We have a third-year social work student doing her internship with us until January. She is very interested in the Almere course. Is it possible for an intern to register, and if so, is there a reduced fee for students? She would of course come on behalf of our organisation.

Thanks in advance,

Herald FiftyTwo
Team Leader Home Support | Sample Care Collective
Marktweg 3, 1334 BA Almere
T +31 36 555 7700 | M +31 6 5558 5252
"""),
    X("may an intern register, is there a student rate: a question",
      "question", "en", q="yes"))

# 035 ------------------------------------------------------------------
add("o365-nl-share-one-seat", outlook365(
    '"Kartrekker Vierenvijftig" <k.vierenvijftig@conceptlijn.example.nl>',
    "Eén plaats delen?", "2010-03-18 15:05",
    """Goedemiddag,

Binnen Buurtwerk Conceptlijn hebben twee collega's belangstelling voor de leergang, maar ze kunnen allebei maar twee van de vier dagen. Is het mogelijk om één plaats te delen, zodat de een op 1 juni en 23 september komt en de ander op 2 en 23 november? Dan melden we ze op één inschrijving aan en betalen we één keer de bijdrage.

Met vriendelijke groet,

Kartrekker Vierenvijftig
Coördinator opbouwwerk
Buurtwerk Conceptlijn
T: 036 555 18 54
E: k.vierenvijftig@conceptlijn.example.nl
Adres: Postbus 5573, 1300 BE Almere
"""),
    X("whether two colleagues may split one seat; nobody registered; T:/E:/Adres: signature",
      "question", "nl", q="yes"))

# 036 ------------------------------------------------------------------
add("webmail-nl-only-days-1-and-4", webmail(
    "Dagloper Vijfenvijftig <dagloper55@voetnoot.example.org>",
    "Inschrijven voor losse dagen", "2010-03-23 12:12",
    """Hallo,

Kan ik mij ook inschrijven voor alleen dag 1 (Ambities van bewoners) en dag 4 (Aanwezige krachten aanboren)? De andere twee thema's liggen verder van mijn werk af. En als dat kan, wat kost dat dan?

Groeten,

Dagloper Vijfenvijftig
jongerenwerker, Welzijn Voetnoot
06 5552 0955
"""),
    X("asks whether one can register for two of the four days and what that costs",
      "question", "nl", q="yes"))

# 037 ------------------------------------------------------------------
add("apple-en-accreditation-register-points", apple(
    "Lookout FiftySix <lookout56@youthmentors.example.org>",
    "Accreditation for registered social workers", "2010-03-26 09:50",
    """Dear organisers,

Several of our staff are listed in the professional register for social workers and need to collect accredited training hours. Is the course accredited (or will accreditation be applied for), and how many points would the four days give? That would make it much easier for them to register.

With kind regards,

Lookout FiftySix
Quality & Training Officer
Example Youth Mentors Almere
Tel. 036 555 8100
"""),
    X("accreditation for a professional register; 'register' here is not a registration",
      "question", "en", q="yes"))

# 038 ------------------------------------------------------------------
_s, _b = wait_en("Wayfarer TwentyFour", "7WQ3M-K8PTA", 1,
                 "Example Youth Mentors Almere", "youth worker",
                 "w.twentyfour@youthmentors.example.org", cap=True,
                 phone="036 555 8133",
                 ia="Example Youth Mentors Almere, Finance, Bolderweg 18, 1332 AZ Almere",
                 ir="Purchase order YM-0419")
add("o365-en-waitlist-chances-code-in-quote", outlook365(
    "Wayfarer TwentyFour <w.twentyfour@youthmentors.example.org>",
    "RE: " + _s, "2010-04-20 09:12",
    """Hello,

Thank you. How likely is it that I'll get a seat after 11 May? I need to know whether to keep 1 June free in my diary or let my team plan me in for that day.

Regards,
Wayfarer TwentyFour
Youth worker | Example Youth Mentors Almere
036 555 8133
""" + o365_quote_en(ROBOT_LINE, "2010-04-19 14:03",
                    "w.twentyfour@youthmentors.example.org", _s, _b),
    lang="EN"),
    X("in reply to his waiting-list notice (limit per organisation) he asks how likely a seat is: a question for a person, not a status request; code in the quote",
      "question", "en", code="7WQ3M-K8PTA", q="yes"))

# 039 ------------------------------------------------------------------
_s, _b = conf_nl("Schakelaar Drie", "5MFZ2-KQ8RD", "Welzijn Voetnoot",
                 "ouderenadviseur", "schakelaar.drie@voetnoot.example.org",
                 phone="06-5551 2873",
                 ia="Welzijn Voetnoot, Kerkgracht 2, 1354 AM Almere")
add("tb-nl-colleague-as-guest-reply-confirmation", tb(
    "Schakelaar Drie <schakelaar.drie@voetnoot.example.org>",
    "Re: " + _s, "2010-03-09 13:40",
    """Beste,

Dank voor de bevestiging. Mijn collega van het ouderenwerk zou graag op 2 november (Wonen met en zonder zorgen) een keer meekomen om te kijken. Mag dat, als toehoorder, of moet zij zich dan apart aanmelden en betalen?

Groet,
Schakelaar Drie
Ouderenadviseur | Welzijn Voetnoot
Kerkgracht 2, 1354 AM Almere
06-5551 2873

Op 08-03-10 10:18, deSTADSWIJKstudies Almere schreef:
""" + quote(_b)),
    X("in reply to her confirmation: may a colleague come along one day, or must she register; the colleague is not named and not registered",
      "question", "nl", code="5MFZ2-KQ8RD", q="yes"))

# 040 ------------------------------------------------------------------
_s, _b = conf_en("Attendant Two", "R7TQ4-NB9WE", "Example Neighbourhood Lab",
                 "community organiser",
                 "attendant.two@neighbourhoodlab.example.com",
                 phone="+31 36 555 0190",
                 ia="Example Neighbourhood Lab, Finance, Grote Markt 55, 1315 JG Almere",
                 ir="NL-PO-2217")
add("gmail-en-parking-wheelchair-reply-confirmation", gmail(
    "Attendant Two <attendant.two@neighbourhoodlab.example.com>",
    "Re: " + _s, "2010-03-05 08:50",
    """Hello,

Thanks for confirming my seat. I use a wheelchair and come by car. Is there a disabled parking space near the library, and is the 4th floor reachable by lift?

Best,
Attendant Two
Community organiser | Example Neighbourhood Lab
+31 36 555 0190
""" + gmail_reply_en("Thu, Mar 4, 2010 at 2:06 PM", ROBOT_LINE, _b)),
    X("an accessibility question in reply to the confirmation; code in the quote",
      "question", "en", code="R7TQ4-NB9WE", q="yes"))

# 041 ------------------------------------------------------------------
add("outlook2010-nl-other-municipality-free-seat", outlook2010(
    '"Meekijker Zevenenvijftig" <m.zevenenvijftig@oefendam.example.nl>',
    "Aanmelden als medewerker van een andere gemeente", "2010-03-30 10:30",
    """Geachte heer/mevrouw,

Ik werk als beleidsmedewerker sociaal domein bij de gemeente Oefendam, een buurgemeente van Almere. Vallen medewerkers van andere gemeenten onder de twintig plaatsen van de gemeente (zonder kosten), of onder de plaatsen voor organisaties? Anders gezegd: kan ik mij kosteloos aanmelden?

Met vriendelijke groet,

Meekijker Zevenenvijftig
Beleidsmedewerker sociaal domein
Gemeente Oefendam
T: 0320 555 057
E: m.zevenenvijftig@oefendam.example.nl
Adres: Raadhuisplein 1, 3891 AA Oefendam
"""),
    X("which pool another municipality's staff fall in; 'kan ik mij kosteloos aanmelden?' is a question, not a registration",
      "question", "nl", q="yes"))

# 042 ------------------------------------------------------------------
add("notes-nl-cap-per-team-or-organisation", notes(
    "Voorloper Achtenvijftig <v.achtenvijftig@tekenvel.example.nl>",
    "maximum aantal deelnemers per organisatie", "2010-04-01 13:40",
    """Goedemiddag,

In uw uitnodiging staat dat er per organisatie tot 11 mei ten hoogste drie mensen kunnen worden ingeschreven. Thuiszorg Tekenvel heeft in Almere vier wijkteams die organisatorisch los van elkaar staan. Geldt het maximum voor Thuiszorg Tekenvel als geheel, of per team? Ik wil voorkomen dat collega's zich aanmelden en dan op een wachtlijst komen.

Met vriendelijke groet,

Voorloper Achtenvijftig
Regiomanager Almere
Thuiszorg Tekenvel
Postbus 5599, 1300 CA Almere
telefoon 036 555 58 58
"""),
    X("how the limit per organisation applies to separate teams: a question",
      "question", "nl", q="yes"))

# 043 ------------------------------------------------------------------
add("o365-en-binding-and-invoice-timing", outlook365(
    "Emissary FiftyNine <e.fiftynine@mwn.example.net>",
    "Question before registering", "2010-04-07 14:20",
    """Dear secretariat,

Before I register two colleagues: is a registration binding from the moment we send it, and when will the invoice be sent - before the first day or after the course? Our financial year ends 30 June, which is why I ask.

Kind regards,

Emissary FiftyNine
Finance & Operations
Example Migrant Women Network
T: +31 36 555 5959
E: e.fiftynine@mwn.example.net
""", lang="EN"),
    X("before registering: is it binding, when is the invoice sent",
      "question", "en", q="yes"))

# 044 ------------------------------------------------------------------
add("yahoo-nl-tenants-may-register", yahoo(
    "Polderling Zestig <polderling60@yahoo.example.com>",
    "aanmelden bewoners", "2010-04-09 19:30",
    """Geachte mevrouw, heer,

Ik ben voorzitter van Huurdersvereniging Proefwoning in Almere Haven. Wij zijn geen professionals maar actieve bewoners. Het thema van dag 1, Ambities van bewoners, gaat eigenlijk over ons. Mogen bewoners zich ook inschrijven voor de leergang, en moeten wij dan ook 1000 euro betalen? Dat kan een huurdersvereniging niet opbrengen.

Met vriendelijke groet,

Polderling Zestig
voorzitter Huurdersvereniging Proefwoning
Sluiswachter 3, 1351 BK Almere
tel. 036 555 06 60
"""),
    X("may residents register and must they pay: a question",
      "question", "nl", q="yes"))

# 045 ------------------------------------------------------------------
_s, _b = conf_nl("Proefpersoon Een", "H3KD8-PX2MV", "Stichting Kladversie",
                 "coördinator vrijwilligerswerk", "p.een@kladversie.example.nl",
                 phone="036 555 21 40", diet="vegetarisch",
                 ia="Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere",
                 ir="KV-2010-031")
add("outlook2010-nl-split-invoice-reply-confirmation", outlook2010(
    '"Proefpersoon Een" <p.een@kladversie.example.nl>',
    "RE: " + _s, "2010-03-10 15:25",
    """Geachte heer/mevrouw,

Dank voor de bevestiging. Onze financiële afdeling vraagt of de factuur in twee delen kan worden gestuurd: de helft in 2010 en de helft in januari 2011, omdat ons opleidingsbudget voor dit jaar bijna op is. Is dat mogelijk?

Met vriendelijke groet,

Proefpersoon Een
Coördinator vrijwilligerswerk
Stichting Kladversie
T 036 555 21 40
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "woensdag 3 maart 2010 9:43",
                       "p.een@kladversie.example.nl", _s, _b)),
    X("asks to split the invoice over two years, in reply to her confirmation; code in the subject and quote",
      "question", "nl", code="H3KD8-PX2MV", q="yes"))

# 046 ------------------------------------------------------------------
add("zoho-en-organisation-outside-almere", zoho(
    "Pathfinder SixtyOne <p.sixtyone@regionalcare.example.net>",
    "Eligibility - organisation outside Almere", "2010-04-12 10:00",
    """Hello,

We are a care provider based in Lelystad, but about a third of our clients live in Almere and two of our teams work there daily. Can people from our organisation register for the course, or is it reserved for Almere-based organisations?

Kind regards,

Pathfinder SixtyOne
Regional Director
Example Regional Care Partners
Postbus 5661, 8200 AA Lelystad
T +31 320 555 061
"""),
    X("whether an organisation from outside Almere may register",
      "question", "en", q="yes"))

# 047 ------------------------------------------------------------------
add("outlook2003-nl-group-discount-five", outlook2003(
    '"Gangmaker Vierenzestig" <g.vierenzestig@plattegrond.example.nl>',
    "Groepskorting bij vijf inschrijvingen?", "2010-04-14 09:05",
    """Goedemorgen,

Woonstichting Plattegrond wil mogelijk vijf medewerkers laten deelnemen aan de leergang. Is er een korting als wij vijf plaatsen afnemen? En hoe verhoudt zich dat tot het maximum van drie per organisatie tot 11 mei?

Met vriendelijke groet,

Gangmaker Vierenzestig
Hoofd Leefbaarheid
Woonstichting Plattegrond
Postbus 5577, 1300 BH Almere
T 036 555 90 64
"""),
    X("a discount for five seats and the limit per organisation: a question, nobody named",
      "question", "nl", q="yes"))

# 048 ------------------------------------------------------------------
add("oe-nl-retired-volunteer-fee", oe(
    "Dijkganger Vijfenzestig <dijkganger65@thuis.example.nl>",
    "inschrijving als gepensioneerde", "2010-04-16 16:16",
    """Geachte heer/mevrouw,

Tot vorig jaar was ik beleidsadviseur bij de gemeente. Nu ben ik met pensioen, maar nog actief als vrijwilliger bij Stichting Soepkom. Ik zou graag de leergang volgen. Is dat mogelijk voor iemand die niet namens een organisatie komt, en geldt dan het volle tarief van 1.000 euro?

Met vriendelijke groet,

Dijkganger Vijfenzestig
Lindenlaan 12
1341 AB Almere
036 555 65 65
"""),
    X("'ik zou graag de leergang volgen' but asks whether it is possible and at what fee: a question before registering",
      "question", "nl", q="yes"))

# 049 ------------------------------------------------------------------
_s, _b = conf_en("Rambler TwentyEight", "G8PK4-WT2VH",
                 "Example Migrant Women Network", "project lead",
                 "rambler28@mwn.example.net", phone="06 5558 1290",
                 ia="Example Migrant Women Network, Postbus 5590, 1300 BW Almere")
add("ios-en-assistance-dog-reply-confirmation", ios(
    "Rambler TwentyEight <rambler28@mwn.example.net>",
    "Re: " + _s, "2010-04-23 12:31",
    """Hi, thanks for the confirmation. I have an assistance dog - is that ok in the library's meeting room? She's very calm.
Rambler TwentyEight

Sent from my iPhone""" + ios_quote_en("2010-04-23 08:04", ROBOT_LINE, _b)),
    X("a short question from a phone in reply to the confirmation; code in the subject and quote",
      "question", "en", code="G8PK4-WT2VH", q="yes"))

# 050 ------------------------------------------------------------------
add("android-nl-leave-at-four-worth-registering", android(
    "Wijkganger Zesenzestig <w.zesenzestig@warmloop.example.nl>",
    "inschrijving en eindtijd", "2010-04-20 12:40",
    """Hoi,

Ik zou me graag inschrijven, maar op dinsdagen moet ik om 16.00 uur weg voor de training van een jeugdteam. Dan mis ik steeds het laatste halfuur. Is dat een probleem voor de organisatie, of is het laatste deel van de dag zo belangrijk dat u het afraadt?

Groet,
Wijkganger Zesenzestig
buurtsportcoach Sportbedrijf Warmloop
06 5556 6066
"""),
    X("'ik zou me graag inschrijven, maar' and asks whether leaving at four is a problem: a question, no registration yet",
      "question", "nl", q="yes"))

# 051 ------------------------------------------------------------------
add("outlook2010-nl-take-seat-to-new-employer-code", outlook2010(
    '"Dwarskijker Negenentwintig" <dwarskijker29@tekenvel.example.nl>',
    "Registratie bij overstap naar andere werkgever", "2010-05-05 11:11",
    """Geachte heer/mevrouw,

Ik ben ingeschreven voor de leergang (registratiecode D7XR3-BN6QM) namens Thuiszorg Tekenvel. Per 1 juni ga ik aan de slag bij Zorggroep Tussenstand. Kan ik mijn plaats meenemen naar mijn nieuwe werkgever, en wie betaalt dan de bijdrage? Thuiszorg Tekenvel heeft de factuur nog niet ontvangen.

Met vriendelijke groet,

Dwarskijker Negenentwintig
wijkverpleegkundige
06 5550 7712
"""),
    X("a registered participant asks whether she can take her seat to a new employer and who pays: a question, code in her text",
      "question", "nl", code="D7XR3-BN6QM", q="yes"))

# 052 ------------------------------------------------------------------
add("opera-en-germany-invoice-in-english", opera(
    "Seeker SixtySeven <s.sixtyseven@stadtteil.example.org>",
    "Participants from Germany / invoice in English", "2010-04-22 08:30",
    """Dear Sir or Madam,

We are a neighbourhood work association from Duisburg and run a cross-border exchange with partners in Almere. Two of our staff would like to sign up for the course. Is registration open to organisations from abroad, and can the invoice be made out in English with our EU VAT number (DE 555 123 456)?

Best regards,

Seeker SixtySeven
Project Coordinator
Example Stadtteilarbeit e.V.
Phone +49 203 555 6767
"""),
    X("whether organisations from abroad may register, and an English invoice: a question",
      "question", "en", q="yes"))

# 053 ------------------------------------------------------------------
add("seamonkey-nl-next-year-instead", seamonkey(
    "Dagloper Achtenzestig <d.achtenzestig@leesproef.example.org>",
    "leergang volgend jaar?", "2010-04-27 10:45",
    """Goedemorgen,

Ik zie dat de leergang op 1 juni begint. Dit jaar komt het mij slecht uit (we verhuizen met de bibliotheek). Wordt de leergang volgend jaar herhaald? Dan schrijf ik mij liever voor die editie in. Kunt u mij laten weten of dat gepland is?

Met vriendelijke groet,

Dagloper Achtenzestig
Teamleider Collectie
Bibliotheek Leesproef
T 036 555 80 68
"""),
    X("asks whether the course is repeated next year; would register then, not now",
      "question", "nl", q="yes"))

# 054 ------------------------------------------------------------------
add("outlook2010-nl-after-closing-date", outlook2010(
    '"Aanjager Negenenzestig" <a.negenenzestig@oefenwijk.example.nl>',
    "Aanmelden na de sluitingsdatum?", "2010-05-20 16:35",
    """Beste mensen,

Onze nieuwe collega begint op 1 juni. Ze kan zich dus pas aanmelden als haar contract rond is, waarschijnlijk eind mei. Is aanmelden na 25 mei nog mogelijk als er nog plaatsen vrij zijn? En kan zij dan ook nog op 1 juni instromen?

Met vriendelijke groet,

Aanjager Negenenzestig
Directeur
Stichting Oefenwijk
Tussen de Vaarten 200, 1318 AB Almere
T 036 555 31 69
"""),
    X("whether a new colleague can still register after 25 May: a question, nobody named",
      "question", "nl", q="yes"))

# 055 ------------------------------------------------------------------
add("owa-en-shared-mailbox-two-participants", owa(
    "Trainee Seventy <t.seventy@debtadvice.example.com>",
    "One e-mail address for two participants?", "2010-05-11 13:15",
    """Hello,

Two of our volunteers who would like to take part do not have a personal work e-mail address; they both use our shared mailbox info@debtadvice.example.com. Can we register both of them with that address, or does each participant need a separate address for the confirmation and the reference code?

Regards,

Trainee Seventy
Office Manager
Sample Debt Advice Almere
Hospitaalweg 7, 1315 RA Almere
T: 036 555 9000
"""),
    X("whether two volunteers can share one address when they register: a question, the volunteers are not named",
      "question", "en", q="yes"))
