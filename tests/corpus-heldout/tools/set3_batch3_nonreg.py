"""Set 3, batch 3: people who must not be registered (questions, help, human)."""
from set3_lib import *  # noqa: F401,F403

Q = lambda why, lang, **kw: X(why, "question", lang, q="yes", **kw)  # noqa: E731
HU = lambda why, lang, q="no", **kw: X(why, "human", lang, q=q, **kw)  # noqa: E731
HE = lambda why, lang, **kw: X(why, "help", lang, **kw)  # noqa: E731

# 062
add("q-register-miss-day2", outlook(
    "Toehoorder Honderddrie <t103@pilotwijk.example.nl>", "Vraag over aanmelding",
    "2010-03-05 10:03", """Goedemorgen,

Ik wil me eigenlijk graag aanmelden, maar op 23 september ben ik op vakantie. Kan ik me dan toch aanmelden voor de andere drie dagen, en is de prijs dan lager?

Met vriendelijke groet,
Toehoorder Honderddrie
Stichting Pilotwijk"""),
    Q("asks whether she may register while missing a day; not a registration yet", "nl"))

# 063
add("q-group-discount", plain(
    "Directeur Honderdvier <dir104@buurtnetwerk.example.nl>", "Aanmelden met meerdere mensen",
    "2010-03-08 13:04", """Geachte heer/mevrouw,

Wij overwegen om met vijf medewerkers in te schrijven. Is er bij aanmelding van een groep korting mogelijk? En klopt het dat er maximaal drie per organisatie kunnen deelnemen?

Met vriendelijke groet,
Directeur Honderdvier
Buurtnetwerk Testhaven""", extra=[("X-Mailer", "Microsoft Office Outlook 11")]),
    Q("questions about group discount and the cap per organisation", "nl"))

# 064
add("q-en-register-each-day", gmail(
    "Visitor Hundredfive <visitor105@mail.example.net>", "Question about registering",
    "2010-03-09 19:05", """Hi,

Do I need to register separately for each of the four days, or does one registration cover all of them? And can I register a colleague later on?

Thanks,
Visitor Hundredfive"""),
    Q("English question about how registration covers the days", "en"))

# 065
add("q-fee-volunteers", tb(
    "Vrijwilliger Honderdzes <v106@taalhuis.example.org>", "kosten voor vrijwilligersorganisatie",
    "2010-03-11 20:06", """Goedenavond,

Wij zijn een kleine vrijwilligersorganisatie (Taalhuis Proefstad) zonder budget voor opleidingen. Geldt de bijdrage van 1000 euro ook voor ons, of is er een regeling? Anders kunnen wij helaas niet inschrijven.

Vriendelijke groet,
Vrijwilliger Honderdzes"""),
    Q("asks about the fee for a volunteer organisation", "nl"))

# 066 help
add("help-hoe-aanmelden", android(
    "Stadsgenoot Honderdzeven <sg107@example.com>", "aanmelden?",
    "2010-03-12 12:07", """Hoe kan ik mij aanmelden voor de leergang? Moet ik een formulier invullen?"""),
    HE("asks how to register", "nl"))

# 067 help
add("help-en-programme", hotmail(
    "Learner Hundredeight <learner108@hotmail.example.com>", "programme",
    "2010-03-15 09:08", """Hello, could you send me the full programme of the four days and the venue? Thank you, Learner"""),
    HE("asks for the programme", "en"))

# 068 help
add("help-colleague-how", outlook(
    "Teamleider Honderdnegen <t109@ergenswijk.example.org>", "Hoe collega aanmelden",
    "2010-03-17 11:09", """Hallo,

Hoe meld ik een collega aan? Moet zij zelf mailen of kan ik dat voor haar doen, en welke gegevens hebben jullie dan nodig?

Groet,
Teamleider Honderdnegen"""),
    HE("asks how to register a colleague and which details are needed", "nl"))

# 069
add("q-almere-seats-left", notes(
    "Medewerker Honderdtien/DSO/Almere <m110@almere.nl>", "Nog plaatsen voor gemeente?",
    "2010-04-20 08:10", """Goedemorgen,

Zijn er nog plaatsen voor medewerkers van de gemeente? Zo ja, dan meld ik me wellicht aan, maar ik wil eerst weten of het zin heeft.

Groet,
Medewerker Honderdtien"""),
    Q("asks whether municipal seats are left; 'wellicht' is no registration", "nl"))

# 070 hypothetical
add("q-hypothetical-ill", apple(
    "Kwartiermaker Honderdelf <k111@steekproef.example.nl>", "Vraag over voorwaarden",
    "2010-04-21 21:11", """Beste,

Stel dat ik me aanmeld en daarna langdurig ziek word: moet mijn werkgever dan toch de volle 1000 euro betalen, ook na 18 mei?

Groet,
Kwartiermaker Honderdelf"""),
    Q("a hypothetical question about the terms", "nl"))

# 071
add("q-en-accreditation", outlook(
    "Attendee Hundredtwelve <a112@youthcare.example.org>", "Accreditation points?",
    "2010-03-23 14:12", """Dear organisers,

Several of my colleagues are interested in registering. Is the course accredited for SKJ points, and will participants receive a certificate?

Kind regards,
Attendee Hundredtwelve
Example Youth Care Flevoland""", lang="EN"),
    Q("English question about accreditation before registering", "en"))

# 072
add("q-invoice-other-entity", groupwise(
    "Administratie Honderddertien <adm113@mee.example.nl>", "Factuur aanmeldingen",
    "2010-04-26 10:13", """Goedemorgen,

Collega's van ons hebben zich aangemeld voor de leergang. Kan de factuur in plaats van naar MEE Voorbeeldland naar onze holding worden gestuurd, en kan daar ons inkoopnummer op? Welke gegevens heeft u daarvoor nodig?

Met vriendelijke groet,
Administratie Honderddertien"""),
    Q("finance asks about invoicing registrations of others; no code", "nl"))

# 073
add("q-en-before-register-lunch", yahoo(
    "Fellow Hundredfourteen <fellow114@yahoo.example.com>", "before I register",
    "2010-04-01 17:14", """Hello,

Before I register: is lunch included, and is there a vegan option? I'd also like to know whether the venue is wheelchair accessible.

Thanks!
Fellow Hundredfourteen"""),
    Q("questions before registering", "en"))

# 074
add("q-colleague-registered-full", plain(
    "Werker Honderdvijftien <w115@pilotwijk.example.nl>", "Nog plek?",
    "2010-05-10 15:15", """Hoi,

Mijn collega is al aangemeld. Kan ik ook nog mee, of zitten we als Stichting Pilotwijk al aan het maximum? Laat maar weten, dan stuur ik mijn gegevens.

Werker Honderdvijftien""", extra=[("User-Agent", "Alpine 2.00 (LNX 1167 2008-08-23)")]),
    Q("asks whether there is room before sending details", "nl"))

# 075
add("q-en-only-day3", evolution(
    "Visitor Hundredsixteen <v116@urbanstudies.example.org>", "Attending one day only",
    "2010-04-12 08:16", """Hi,

I am only interested in the theme of day 3 (Wonen met en zonder zorgen). Is it possible to attend only that day, and what would it cost?

Best,
Visitor Hundredsixteen"""),
    Q("asks to attend one day only", "en"))

# 076
add("q-borrel", wlm(
    "Toehoorder Honderdzeventien <t117@example.nl>", "afsluiting",
    "2010-05-20 16:17", """Hallo,

Ik ben al aangemeld. Moet ik me voor de afsluitende bijeenkomst op 23 november apart aanmelden, en mag mijn partner mee?

Groet,
Toehoorder Honderdzeventien"""),
    Q("an already registered person asks about the closing meeting", "nl"))

# 077
add("q-free-for-hired-staff", outlook(
    "Interim Honderdachttien <interim118@almere.nl>", "Gratis deelname voor inhuur?",
    "2010-03-29 11:18", """Beste,

Ik werk als interim-projectleider bij de gemeente (ingehuurd via een bureau), met een almere.nl-adres. Geldt de gratis deelname voor gemeentemedewerkers ook voor mij, of moet mijn bureau betalen? Afhankelijk daarvan meld ik me aan.

Groet,
Interim Honderdachttien"""),
    Q("asks whether hired staff join free; registration depends on the answer", "nl"))

# 078
add("q-en-deadline-extension", apple(
    "Manager Hundrednineteen <m119@samplecare.example.com>", "Registration deadline",
    "2010-05-24 18:19", """Dear organisers,

Our board only decides on training budgets on 27 May. Could we register two people after the 25 May deadline, if seats are left?

Regards,
Manager Hundrednineteen
Sample Care Group"""),
    Q("asks whether registration after the deadline is possible", "en"))

# 079
add("q-where-form", eudora(
    "Secretaresse Honderdtwintig <sec120@ggd.example.nl>", "aanmeldformulier",
    "2010-03-31 10:20", """Geachte heer, mevrouw,

In de folder staat dat men zich kan aanmelden, maar ik vind nergens een aanmeldformulier. Is er een formulier dat ik kan invullen voor drie collega's, of volstaat een mail met hun namen?

Met vriendelijke groet,
Secretaresse Honderdtwintig
GGD Modelregio"""),
    HE("asks how to register colleagues; names not yet given", "nl"))

# 080 speaker
add("q-speaker-register", gmail(
    "Spreker Honderdeenentwintig <spreker121@university.example.edu>", "Spreker dag 2 - aanmelden?",
    "2010-05-04 09:21", """Beste organisatie,

Ik verzorg op 23 september de tweede lezing. Moet ik mij ook als deelnemer aanmelden om de andere dagen bij te wonen, of kan ik als spreker gewoon aanschuiven?

Hartelijke groet,
Spreker Honderdeenentwintig"""),
    Q("a speaker asks whether she must register", "nl"))

# 081 conditional, full form
add("conditional-manager-approval", outlook(
    "Buurtgenoot Honderdtweeëntwintig <b122@steekproef.example.nl>", "Aanmelding (onder voorbehoud)",
    "2010-03-19 14:22", """Beste organisatie,

Als mijn leidinggevende akkoord geeft, wil ik graag deelnemen. Ik hoor dat volgende week. Mijn gegevens alvast:

Naam: Buurtgenoot Honderdtweeëntwintig
Organisatie: Woningcorporatie Steekproef
Functie: sociaal beheerder
Telefoon: 036 521 1222

Ik laat het weten zodra ik groen licht heb.

Groet,
Buurtgenoot"""),
    HU("conditional on the manager's approval, with a full form: not yet a registration", "nl"))

# 082 hesitant English
add("hesitant-en-pencil", gmail(
    "Attendee Hundredtwentythree <a123@communitytrust.example.com>", "Almere course",
    "2010-03-26 16:23", """Hi,

I'm thinking about joining the course but I'm not sure yet whether I can free up four days. Could you pencil me in for now? I'll confirm by the end of April.

Attendee Hundredtwentythree
Example Community Trust"""),
    HU("hesitant: asks to be pencilled in, will confirm later", "en", q="yes"))

# 083 budget
add("conditional-budget", tb(
    "Werker Honderdvierentwintig <w124@taalhuis.example.org>", "Aanmelding volgt",
    "2010-04-14 10:24", """Beste,

Ik meld me aan zodra ons budget voor 2010 rond is; dat is naar verwachting half mei. Ik hoop dat er dan nog plaats is.

Groet,
Werker Honderdvierentwintig
Taalhuis Proefstad"""),
    HU("registration announced for later, once the budget is settled", "nl"))

# 084 decline
add("decline-invitation-nl", outlook(
    "Directeur Honderdvijfentwintig <d125@jeugdzorg.example.nl>", "RE: Uitnodiging deSTADSWIJKstudies Almere",
    "2010-03-04 09:25", """Geachte heer, mevrouw,

Dank voor de uitnodiging. Helaas kunnen wij dit jaar niet deelnemen aan de leergang; onze medewerkers zitten midden in een reorganisatie. Wij wensen u een inspirerend programma.

Met vriendelijke groet,
Directeur Honderdvijfentwintig
Jeugdzorg Modelpolder

-----Oorspronkelijk bericht-----
Van: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: maandag 1 maart 2010 10:00
Onderwerp: Uitnodiging deSTADSWIJKstudies Almere

Graag nodigen wij u uit om medewerkers aan te melden voor de leergang."""),
    HU("declines the invitation", "nl"))

# 085 decline English
add("decline-invitation-en", apple(
    "Fellow Hundredtwentysix <f126@refugeehelp.example.org>", "Re: Invitation Almere course",
    "2010-03-06 12:26", """Dear organisers,

Thank you for the kind invitation. Unfortunately none of our staff can attend this year; we will gladly consider it next time.

Best wishes,
Fellow Hundredtwentysix"""),
    HU("declines the invitation in English", "en"))

# 086 vendor
add("vendor-catering", outlook(
    "Cateraar Honderdzevenentwintig <info@lunchproef.example.com>", "Lunch voor uw leergang",
    "2010-03-15 10:27", """Geachte mevrouw, meneer,

Via de website van de gemeente zag ik dat u in juni een leergang organiseert in De Nieuwe Bibliotheek. Wij verzorgen biologische lunches voor groepen tot 80 personen. Zal ik u een offerte sturen voor de vier dagen?

Met vriendelijke groet,
Cateraar Honderdzevenentwintig
LunchProef Catering"""),
    HU("a caterer writes personally to offer lunches", "nl", q="yes"))

# 087 vendor English
add("vendor-en-recording", gmail(
    "Producer Hundredtwentyeight <p128@videoproof.example.com>", "Recording your lectures",
    "2010-04-08 11:28", """Hello,

I run a small video company and would love to record the lectures of your course in Almere for an online archive. Would you be open to a short call next week?

Cheers,
Producer Hundredtwentyeight"""),
    HU("a vendor offers to record the lectures", "en", q="yes"))

# 088 other course with form
add("other-course-form", outlook(
    "Medewerker Honderdnegenentwintig <m129@mee.example.nl>", "Aanmelding Leergang Jeugd en Gezin 2010",
    "2010-03-22 13:29", """Beste organisatie,

Hierbij meld ik mij aan voor de Leergang Jeugd en Gezin (start 14 september 2010, Lelystad).

Naam: Medewerker Honderdnegenentwintig
Organisatie: MEE Voorbeeldland
Functie: gezinscoach
Telefoon: 0320 221 129

Met vriendelijke groet,
Medewerker Honderdnegenentwintig"""),
    HU("a complete form, but for another course: a person should see it", "nl"))

# 089 other event
add("other-event-netwerk", plain(
    "Werker Honderddertig <w130@ergenswijk.example.org>", "aanmelding netwerkbijeenkomst 12 mei",
    "2010-05-06 09:30", """Hallo,

Ik kom graag naar de netwerkbijeenkomst Sociale Agenda op 12 mei in het stadhuis. Met mij komt ook mijn collega Werker Honderdeenendertig.

Groet,
Werker Honderddertig
Welzijn Ergenswijk"""),
    HU("registration for another event (the 12 May network meeting)", "nl"))

# 090 organiser: reply to the digest
add("organiser-reply-digest", outlook(
    ORG, "RE: Dagoverzicht 2010-04-14: 31 bevestigd, 29 vrij, 0 wachtend; 2 voor u",
    "2010-04-14 08:30", """Hoi,

De twee berichten voor mij heb ik afgehandeld. Bij Docent Drieënzeventig [R7KWA-3MDPX] en Docent Vierenzeventig [R7KWB-9PLQT] klopt de organisatie, die laat ik staan. Manager Seventy [M7TYQ-2HJ4W] heeft gebeld, dat is goed.

Groet, secretariaat

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: woensdag 14 april 2010 07:00
Aan: Programmasecretariaat DMO
Onderwerp: Dagoverzicht 2010-04-14: 31 bevestigd, 29 vrij, 0 wachtend; 2 voor u

Dagoverzicht van de aanmeldingen, 2010-04-14
Almere: Sociale ambities in een groeiende stad

WAT IS ER VERANDERD
  Nieuwe aanmeldingen (3):
    - Docent Drieënzeventig, ROC Oefenstad [R7KWA-3MDPX] in organisaties: bevestigd (2010-04-08 20:38)
    - Docent Vierenzeventig, ROC Oefenstad [R7KWB-9PLQT] in organisaties: bevestigd (2010-04-08 20:38)
    - Manager Seventy, Example Youth Care Flevoland [M7TYQ-2HJ4W] in organisaties: bevestigd (2010-04-06 08:07)"""),
    HU("the organiser's reply to the digest, quoting several codes: no code label", "nl"))

# 091 organiser passes on a phone registration
add("organiser-phone-registration", outlook(
    ORG, "Telefonische aanmelding", "2010-04-28 14:31", """Aan de robot / voor de administratie:

Vanochtend telefonisch aangemeld:
Naam: Stadsgenoot Honderdtweeëndertig
Organisatie: Gemeente Almere, DSO
Functie: planoloog
E-mail: s132@almere.nl

Graag verwerken.

Secretariaat DMO"""),
    HU("the organiser's own mail, even a registration she passes on", "nl"))

# 092 organiser asks for the list
add("organiser-list-request", notes(
    "Programmasecretariaat DMO <secretariaat@almere.nl>", "Deelnemerslijst",
    "2010-05-26 09:32", """Kun je mij de actuele deelnemerslijst sturen, met organisaties en dieetwensen? Die heb ik nodig voor de catering van 1 juni.

Dank, secretariaat"""),
    HU("the organiser asks for the list", "nl", q="yes"))

# 093 correction with code
_s, _b = conf_nl("Wijkwerker Tien", "W9TKN-4RXEB", "Welzijn Ergenswijk", "jongerenwerker",
                 "w.tien@ergenswijk.example.org", phone="036 548 1010", diet="halal",
                 ia=None)
add("correction-phone-code", tb(
    "Wijkwerker Tien <w.tien@ergenswijk.example.org>", "Re: " + _s, "2010-03-12 08:33",
    """Dank voor de bevestiging. Mijn telefoonnummer is inmiddels veranderd: 06 1010 1010 (het vaste nummer vervalt).

Groet,
Wijkwerker Tien

Op 11-03-2010 13:04, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=robot_mid("confirmation", "W9TKN-4RXEB")),
    HU("a correction of her own phone number, with code", "nl", code="W9TKN-4RXEB"))

# 094 correction without code
add("correction-name-no-code", outlook(
    "Buurtgenoot van Twaalf <bvtwaalf@mee.example.nl>", "Correctie naam",
    "2010-03-16 09:34", """Geachte organisatie,

In de bevestiging staat mijn achternaam met een kleine letter. Het is Van Twaalf, met een hoofdletter V. Wilt u dat aanpassen voor het naambordje?

Met vriendelijke groet,
Buurtgenoot van Twaalf"""),
    HU("a correction of the spelling of her own name, no code", "nl", q="yes"))

# 095 correction English with code, invoice address
add("correction-en-invoice-code", outlook(
    "Attendee Three <attendee.three@gmail.example.com>", "Invoice address - ref. A3TQH-8KZNE",
    "2010-03-20 10:35", """Hello,

Our finance department has moved. Please send the invoice for my registration (A3TQH-8KZNE) to: Example Community Trust, Finance, Prinsengracht 200, 1016 HE Amsterdam.

Thanks,
Attendee Three""", lang="EN"),
    HU("a correction of her invoice address, code in subject and text", "en", code="A3TQH-8KZNE"))

# 096 thanks reply
_s, _b = conf_nl("Stadsgenoot Zes", "S6ZPH-2NQWT", "Zorgcentrum Proefhaven", "teamleider thuiszorg",
                 "s.zes@proefhaven.example.org", phone="036 530 7766", diet="glutenvrij",
                 ia="Zorgcentrum Proefhaven, t.a.v. administratie, Havenweg 4, 1333 AA Almere")
add("thanks-reply-confirmation", outlook(
    "Stadsgenoot Zes <s.zes@proefhaven.example.org>", "RE: " + _s, "2010-03-08 11:36",
    """Dank u wel, ik kijk ernaar uit!

Stadsgenoot Zes

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: maandag 8 maart 2010 11:21
Aan: Stadsgenoot Zes
Onderwerp: """ + _s + "\n\n" + _b, irt=robot_mid("confirmation", "S6ZPH-2NQWT")),
    HU("a thank-you reply to the confirmation; carries its code", "nl", code="S6ZPH-2NQWT"))

# 097 thanks English, no code
add("thanks-en-no-code", iphone(
    "Learner Nine <learner.nine@samplecare.example.com>", "Thanks!",
    "2010-03-11 07:37", """Got the confirmation, thanks a lot. See you on 1 June!

Sent from my iPhone"""),
    HU("a thank-you without a code", "en"))

# 098 one-day absence with code
add("absence-one-day-code", notes(
    "Kwartiermaker Vier/DMO/Almere <k.vier@almere.nl>", "Afwezig 23 september",
    "2010-09-06 10:38", """Beste secretariaat,

Op 23 september (dag 2) kan ik helaas niet, ik heb dan een raadsvergadering. De andere dagen kom ik gewoon. Mijn code is K4VDM-7EPRA.

Groet,
Kwartiermaker Vier"""),
    HU("absent one day only, not a cancellation", "nl", code="K4VDM-7EPRA"))

# 099 one-day absence English no code
add("absence-one-day-en", gmail(
    "Fellow Twentysix <fellow26@mail.example.net>", "2 November",
    "2010-10-25 09:39", """Hi, I won't be able to make it on 2 November (conference abroad), but I'll be there on the 23rd. Can I get the slides of day 3 afterwards?

Fellow Twentysix"""),
    HU("absent one day, asks for the slides", "en", q="yes"))

# 100 remove from invitation list
add("remove-from-mailing", plain(
    "Receptie Honderdveertig <receptie@zorgproef.example.nl>", "uitschrijven",
    "2010-03-03 10:40", """Wilt u ons verwijderen uit uw verzendlijst voor uitnodigingen? Wij ontvangen uw mails op het algemene adres en niemand hier is de juiste persoon.

Receptie Zorgproef""", extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]),
    HU("asks to be taken off the invitation list ('uitschrijven' is not a cancellation)", "nl"))

# 101 complaint about invoice with code
add("invoice-complaint-code", outlook(
    "Administratie Woningcorporatie <crediteuren@steekproef.example.nl>", "Factuur deSTADSWIJKstudies - kostenplaats ontbreekt",
    "2010-06-10 11:41", """Geachte heer/mevrouw,

Wij hebben de factuur ontvangen voor Buurtgenoot Vijf (code B5VWC-6TMFA). Hierop ontbreekt onze kostenplaats 7120, waardoor wij de factuur niet kunnen verwerken. Wilt u een gecorrigeerde factuur sturen?

Met vriendelijke groet,
Afdeling crediteuren
Woningcorporatie Steekproef"""),
    HU("finance asks for a corrected invoice, with a participant's code", "nl", code="B5VWC-6TMFA", q="yes"))

# 102 press
add("q-press-en", outlook(
    "Journalist Hundredfortytwo <j142@citypaper.example.com>", "Press attendance",
    "2010-05-25 15:42", """Dear organisers,

I write for an Almere city paper. Could I attend the first day as press, without registering as a participant? I would like to write a short piece.

Kind regards,
Journalist Hundredfortytwo""", lang="EN"),
    Q("a journalist asks to attend as press", "en"))

# 103 wants only the presentations
add("q-presentations-only", tb(
    "Werker Honderddrieënveertig <w143@bibliotheek.example.nl>", "Niet aanmelden, wel presentaties",
    "2010-05-12 13:43", """Beste,

Ik kan mij helaas niet aanmelden voor de leergang, maar ik ben wel erg geïnteresseerd. Kunt u mij na afloop de presentaties sturen?

Groet,
Werker Honderddrieënveertig"""),
    Q("does not register; asks for the presentations", "nl"))

# 104 waiting-list-style question without code from someone not registered
add("q-en-waiting-list-how", zimbra(
    "Visitor Hundredfortyfour <v144@housing.example.org>", "waiting list?",
    "2010-05-18 10:44", """Hi,

I heard the course is full. If I put my name down now, how does the waiting list work: would I be told in time if a seat comes free before 1 June?

Best,
Visitor Hundredfortyfour"""),
    Q("asks how the waiting list works; no details given", "en"))
