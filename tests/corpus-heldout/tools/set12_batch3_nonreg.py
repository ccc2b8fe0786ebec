"""Set 12, batch 3: people's mail that registers no one (063-104):
questions, help, conditional and hesitant mail, declines, other events,
vendors, the organiser's own mail, corrections without a code, thanks and
complaints. Every text and label typed by hand.

Codes of this batch's people:
  Wolkammer Honderdeen       7HNC3-PV9TD   (question on his confirmation, 069)
  Wolspinner Honderdtwee     XR5MB-K2W8F   (reminder quoted, 072)
  Hovenier Zes               J9QXW-3FM6A   (digest, 092; she is of 045)
  Borstelmaker Vierenvijftig B2TPV-7NQ4C   (digest, 092; he is of 035)
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import (add, L, O, conf_nl, help_nl, rirt, quote,  # noqa: F401
                       reminder_nl, digest_nl, ORG_FROM, SIG_NL)


def q(slug, msg, why, intent, lang, code=None):
    add(slug, msg, L(why, intent, lang, code=code))


# ---- questions that use registration words ---------------------------------
q("question-fee-municipal-partner", outlook2010(
    "Linnenwever Honderddrie <l.honderddrie@basalt.example.nl>", "Vraag over aanmelden",
    "2010-03-03 10:12",
    """Goedemorgen,

Voordat ik mijn team aanmeld: wij voeren een deel van ons werk uit in opdracht van de gemeente Almere. Vallen wij dan onder de gemeentelijke plaatsen zonder kosten, of betalen wij de EUR 1.000 per persoon?

Met vriendelijke groet,
Linnenwever Honderddrie
Stichting Basalt"""),
  "a question before registering", "question", "nl")

q("question-en-part-time", gmail(
    "Farrier TwentyEight <farrier.twentyeight@example.com>", "Question about registering",
    "2010-03-10 18:40",
    """Hi,

I work part-time (three days a week) and can't make Thursday 23 September. Can I still register for the course if I miss one day, and would the fee be lower?

Thanks,
Farrier TwentyEight"""),
  "asks whether she may register while missing a day", "question", "en")

q("question-register-later-nl-iphone", iphone(
    "Tapijtknoper Honderdvier <t.honderdvier@example.nl>", "aanmelden na 1 juni?",
    "2010-04-02 12:30",
    """Kan ik me ook nog aanmelden als de eerste dag al geweest is? Dus vanaf dag 2 instromen?

Tapijtknoper

Verstuurd vanaf mijn iPhone"""),
  "a question about registering later", "question", "nl")

q("question-invoice-timing-tb", tb(
    "Administratie Welzijn Leisteen <administratie@leisteen.example.nl>",
    "Factuur aanmeldingen leergang", "2010-04-07 14:55",
    """Geachte heer, mevrouw,

Enkele collega's van ons hebben zich aangemeld voor de leergang. Wanneer kunnen wij de facturen verwachten: na aanmelding of pas na afloop van de vier dagen? In verband met onze begroting zou het prettig zijn als de factuur nog in 2010 komt.

Met vriendelijke groet,
Administratie Welzijn Leisteen"""),
  "the administration asks when invoices come", "question", "nl")

q("question-accessibility-nl", webmail(
    "Behanger Honderdvijf <behanger.honderdvijf@example.org>", "Toegankelijkheid",
    "2010-04-09 09:03",
    """Beste,

Ik overweeg me aan te melden, maar ik zit in een rolstoel. Is het Nieuwe Lokaal op de 4de verdieping met een lift bereikbaar en is er een invalidentoilet?

Groet,
Behanger Honderdvijf"""),
  "a question before registering: is the venue accessible", "question", "nl")

q("question-en-substitute-rules", outlook(
    "Tinker TwentyNine <t.twentynine@flint-trust.example.com>",
    "Registration - can we share a seat?", "2010-04-13 11:30",
    """Dear organisers,

Before we register: would it be possible for two of us to share one registration, one person for days 1 and 2 and the other for days 3 and 4? We would of course pay one fee.

Best regards,
Tinker TwentyNine
Sample Flint Trust""", lang="EN"),
  "asks about sharing one seat before registering", "question", "en")

_s69, _b69 = conf_nl("Wolkammer Honderdeen", "7HNC3-PV9TD", "Stichting Agaat",
                     "beleidsmedewerker", "w.honderdeen@agaat.example.org")
q("question-reply-confirmation-nl", outlook2010(
    "Wolkammer Honderdeen <w.honderdeen@agaat.example.org>", "RE: " + _s69,
    "2010-04-16 08:44",
    """Dank voor de bevestiging. Moeten wij ter voorbereiding op dag 1 iets lezen? En komt er een literatuurlijst?

Wolkammer""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                              "2010-04-15 17:05", "Wolkammer Honderdeen", _s69, _b69),
    irt=rirt("confirmation", "7HNC3-PV9TD")),
  "a question in reply to his confirmation (code in the quote)", "question",
  "nl", code="7HNC3-PV9TD")

q("question-certificate-before-nl", android(
    "Stukadoor Honderdzes <stukadoor.honderdzes@example.nl>", "accreditatie?",
    "2010-04-20 20:11",
    """Hallo, is de leergang geaccrediteerd voor het Registerplein? Dan meld ik me aan. Groet Stukadoor Honderdzes"""),
  "asks about accreditation; registration depends on it", "question", "nl")

q("question-how-many-seats-left-zimbra", zimbra(
    "Loodgieter Honderdzeven <l.honderdzeven@mergelland.example.nl>",
    "nog plaatsen vrij?", "2010-05-12 13:20",
    """Goedemiddag,

Zijn er nog plaatsen vrij in de leergang? Nu het maximum van drie per organisatie vervallen is, wil ik misschien nog een vierde collega inschrijven.

Groet,
Loodgieter Honderdzeven"""),
  "asks whether seats are left", "question", "nl")

_s72, _h72, _t72 = reminder_nl("Wolspinner Honderdtwee", "XR5MB-K2W8F", 1,
                                    "dinsdag 1 juni 2010")
q("question-reply-reminder-nl", iphone(
    "Wolspinner Honderdtwee <w.honderdtwee@kiezel.example.org>", "Re: " + _s72,
    "2010-05-25 19:02",
    """Is er een garderobe? Ik kom direct van een andere afspraak met een grote tas.

Verstuurd vanaf mijn iPhone

Op 25 mei 2010 om 09:00 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

""" + quote(_h72 + "\n\n[...]\n\n" + _t72),
    irt=rirt("reminder", "XR5MB-K2W8F")),
  "a question in reply to the reminder (code in the quote)", "question",
  "nl", code="XR5MB-K2W8F")

# ---- help ------------------------------------------------------------------
q("help-how-to-register-nl", gmail(
    "Dakdekker Honderdacht <dakdekker.honderdacht@gmail.example.com>", "Hoe aanmelden?",
    "2010-03-02 21:15",
    """Hallo,

Ik zag de folder van de leergang. Hoe kan ik me aanmelden? Moet ik een formulier invullen?

Groet,
Dakdekker"""),
  "how to register", "help", "nl")

q("help-programme-en", apple(
    "Saddler Thirty <saddler@pumice-lab.example.com>", "Programme?",
    "2010-03-19 08:30",
    """Hello,

Could you send me the full programme of the course, with times and speakers? I'd like to show it to my manager.

Thanks,
Saddler"""),
  "asks for the programme", "help", "en")

q("help-folder-nl-outlook", outlook(
    "Meubelmaker Honderdnegen <m.honderdnegen@example.org>", "folder leergang",
    "2010-04-01 10:00",
    """Goedemorgen,

Kunt u mij de folder en het programma van de leergang toesturen? Dan kijk ik of het iets voor ons is.

Met vriendelijke groet,
Meubelmaker Honderdnegen"""),
  "asks for the leaflet and the programme", "help", "nl")

# ---- for a person ----------------------------------------------------------
q("conditional-budget-nl", outlook2010(
    "Houtdraaier Honderdtien <h.honderdtien@grind.example.nl>", "Aanmelding onder voorbehoud",
    "2010-03-08 15:20",
    """Beste,

Ik wil me graag aanmelden, maar ik moet eerst toestemming van mijn manager hebben voor het budget. Zodra ik die heb, hoort u van mij. Kunt u alvast een plekje voor mij reserveren?

Houtdraaier Honderdtien
Stichting Grindpad"""),
  "conditional: waits for his manager's consent", "human", "nl")

q("hesitant-en-maybe", gmail(
    "Bowyer ThirtyOne <bowyer.thirtyone@example.com>", "maybe registering",
    "2010-03-16 22:05",
    """Hi,

I'm thinking about joining the course but I'm not sure yet whether I can get the days off. If I can, I'll send my details next week. Is that still in time?

Bowyer"""),
  "hesitant; will send details later", "human", "en")

q("conditional-if-colleague-nl-tb", tb(
    "Molenmaker Honderdelf <molenmaker.honderdelf@kalksteen.example.nl>", "aanmelding?",
    "2010-04-08 11:11",
    """Hoi,

Als mijn collega Imker ook meegaat, wil ik me graag aanmelden. Hij weet het pas over een week. Ik laat het dan weten.

Groetjes,
Molenmaker Honderdelf
MEE Kalksteen"""),
  "conditional on a colleague", "human", "nl")

q("needs-permission-municipal-nl", owa(
    "Korenmolenaar Honderddertien <khonderddertien@almere.nl>", "leergang",
    "2010-04-12 10:40",
    """Goedemorgen,

Mijn afdelingshoofd moet nog akkoord geven, maar ik zou graag meedoen. Zet mij voorlopig maar nergens op; ik meld me als het rond is.

Korenmolenaar Honderddertien
Gemeente Almere"""),
  "needs permission; says explicitly not to register him yet", "human", "nl")

q("decline-invitation-nl", outlook2010(
    "Directie Stichting Puimsteen <directie@puimsteen.example.nl>",
    "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
    "2010-04-06 09:15",
    """Geachte programmasecretariaat,

Dank voor de uitnodiging. Helaas zullen wij dit jaar niet deelnemen aan de leergang; onze mensen zitten al in een ander opleidingstraject. Wij wensen u een goede leergang toe.

Met vriendelijke groet,
Directie Stichting Puimsteen"""),
  "declines the invitation", "human", "nl")

q("decline-en-no-budget", outlook(
    "Wheelwright ThirtyTwo <w.thirtytwo@example-granite.example.com>",
    "RE: Invitation: Almere social ambitions course", "2010-04-09 16:50",
    """Dear all,

Thanks for thinking of us, but we won't be registering anyone this year - no training budget left. Please keep us on your list for next year.

Best,
Wheelwright""", lang="EN"),
  "declines: no budget", "human", "en")

q("decline-not-relevant-nl-iphone", iphone(
    "Dijkwachter Honderdveertien <d.honderdveertien@example.nl>", "Re: leergang",
    "2010-04-14 07:33",
    """Nee, dank je, dit is niet voor mij. Ik meld me niet aan.

Verstuurd vanaf mijn iPhone"""),
  "declines", "human", "nl")

q("other-event-netwerkdag-nl", outlook2010(
    "Lichtwachter Honderdvijftien <l.honderdvijftien@example.org>", "Aanmelding netwerkbijeenkomst 15 april",
    "2010-04-02 13:00",
    """Beste,

Hierbij meld ik mij aan voor de netwerkbijeenkomst Sociale Agenda op 15 april in het Stadhuis.

Lichtwachter Honderdvijftien
Stichting Zeepsteen"""),
  "registers for another event (a network meeting)", "human", "nl")

q("other-course-en", tb(
    "Drover ThirtyFour <drover.thirtyfour@example.com>",
    "Registration Summer School urban studies", "2010-04-15 10:10",
    """Dear sir/madam,

I would like to register for the Summer School "Urban Futures" in Amsterdam (July 2010). Please find my details below.

Drover ThirtyFour, PhD candidate, drover.thirtyfour@example.com

Regards,
Drover"""),
  "registers for a different course elsewhere", "human", "en")

q("other-date-dag-2009-nl", hotmail2010(
    "Postkoetsier Honderdzestien <postkoetsier.honderdzestien@hotmail.example.com>",
    "aanmelding studiedag", "2010-03-12 11:50",
    """Goedemorgen,

Vorig jaar was er in november een studiedag over de Sociale Agenda. Is daar dit jaar weer een vervolg op? Dan wil ik me daarvoor aanmelden.

Postkoetsier"""),
  "asks about a different study day", "human", "nl")

q("vendor-catering-nl", outlook(
    "Catering De Kei <info@cateringdekei.example.nl>",
    "Offerte lunch voor uw leergang", "2010-03-15 09:00",
    """Geachte organisatie,

Wij lazen dat u in juni een leergang organiseert in De Nieuwe Bibliotheek. Graag verzorgen wij de lunch voor uw deelnemers: biologisch, lokaal en met aandacht voor dieetwensen. In de bijlage vindt u onze brochure. Mogen wij u een offerte sturen?

Met vriendelijke groet,
Catering De Kei"""),
  "a vendor offers catering", "human", "nl")

q("vendor-en-venue", webmail(
    "Events Team <events@slate-venues.example.com>",
    "Venue for your course in Almere?", "2010-04-05 12:00",
    """Hello,

We noticed your upcoming course in Almere. Our venue in Almere Poort seats up to 80 and offers full catering and AV. Would you like to register your interest for a viewing?

Kind regards,
Events Team, Slate Venues"""),
  "a vendor offers a venue ('register your interest')", "human", "en")

q("vendor-registration-software-nl", mutt15(
    "Koetsier Honderdzeventien <koetsier@inschrijfsoft.example.nl>",
    "Aanmeldingen verwerken? Dat kan makkelijker", "2010-04-19 14:14",
    """Beste organisator,

Verwerkt u aanmeldingen nog handmatig per mail? Met InschrijfSoft kunnen deelnemers zich online aanmelden en afmelden, en krijgt u automatisch een overzicht. Graag laat ik u een demo zien.

Met vriendelijke groet,
Koetsier Honderdzeventien"""),
  "a vendor of registration software", "human", "nl")

# ---- the organiser's own mail ------------------------------------------------
add("organiser-test-mail", outlook2010(
    ORG_FROM, "test", "2010-03-01 08:30",
    """Test of het adres werkt. Graag niet beantwoorden.

Programmasecretariaat DMO"""),
    O("the organiser tests the address", "nl"))

add("organiser-passes-on-registration", outlook2010(
    ORG_FROM, "Aanmelding via telefoon: mw. Honderdachttien", "2010-04-21 11:20",
    """Ter info voor het overzicht: mevrouw Stalknecht Honderdachttien (Stichting Agaat, s.honderdachttien@agaat.example.org) belde om zich aan te melden. Ik heb haar gevraagd zelf nog een mail te sturen naar dit adres.

Programmasecretariaat DMO
Gemeente Almere"""),
    O("the organiser passes on a phone call: registers no one", "nl"))

add("organiser-room-note", owa(
    ORG_FROM, "Zaal dag 3 gewijzigd?", "2010-05-19 15:45",
    """Notitie voor onszelf: de bibliotheek meldt dat het Nieuwe Lokaal op 2 november mogelijk bezet is. Nog niets naar deelnemers sturen tot dit bevestigd is.

Secretariaat"""),
    O("an internal note from the organiser", "nl"))

_ds, _db = digest_nl("20 mei 2010", "19 mei 2010 07:00", 12, 1, "dinsdag 1 juni 2010",
                     [("Gemeente Almere", 14, 6, 20, 0),
                      ("Organisaties", 40, 0, 40, 7)],
                     [("Hovenier Zes", "Stichting Dolomiet", "J9QXW-3FM6A",
                       "Organisaties", "wachtlijst", "19-5 14:02")],
                     [("Borstelmaker Vierenvijftig", "Stichting Basalt", "B2TPV-7NQ4C",
                       "zelf", "19-5 16:40")],
                     [], [("Stichting Basalt", 2, "EUR 2.000,00",
                           [("Knopenmaker Eenenvijftig", "5VDKQ-H8M2R", "bevestigd", "EUR 1.000,00"),
                            ("Bezembinder Vijfenvijftig", "N6TRC-2WX9P", "bevestigd", "EUR 1.000,00")])],
                     "EUR 40.000,00", 6, 0)
add("organiser-reply-digest", outlook2010(
    ORG_FROM, "RE: " + _ds, "2010-05-20 09:12",
    """Voor de duidelijkheid: mevrouw Zes mag van de wachtlijst af zodra er bij Dolomiet iemand uitvalt, dat is met hun teamleider afgesproken. Ik regel het zelf.

Secretariaat""" + ol2010_quote_nl("regbot", "aanmelden@example.org",
                                  "2010-05-20 07:00", "secretariaat@almere.nl",
                                  _ds, _db),
    to="aanmelden@example.org", irt=rirt("digest", "2010-05-20")),
    O("the organiser replies to the daily digest (quoted codes are no one's request)", "nl"))

# ---- corrections without a code, thanks, complaints, and more ---------------
q("correction-no-code-phone-nl", tb(
    "Rietdekker Zestien <r.zestien@leisteen.example.nl>", "correctie telefoonnummer",
    "2010-03-09 09:40",
    """Beste,

In mijn aanmelding van vorige week stond een verkeerd telefoonnummer. Het juiste nummer is 06-41 77 20 39.

Groet,
Rietdekker Zestien"""),
  "a correction without a code", "human", "nl")

q("correction-no-code-diet-en", apple(
    "Lamplighter Thirteen <l.thirteen@flint-trust.example.com>", "Dietary update",
    "2010-04-23 12:12",
    """Hello again,

A small correction to my registration: I'm no longer vegan, vegetarian is fine.

Lamplighter"""),
  "a correction without a code", "human", "en")

q("correction-no-code-invoice-nl", outlook2010(
    "Glasblazer Negentien <g.negentien@kwartsiet.example.nl>", "Wijziging factuuradres",
    "2010-04-26 10:01",
    """Goedemorgen,

Het factuuradres bij mijn aanmelding klopt niet meer: wij zijn verhuisd. Het nieuwe adres is Woonstichting Kwartsiet, Stationsstraat 40, 1315 KZ Almere.

Met vriendelijke groet,
Glasblazer Negentien"""),
  "a correction of the invoice address without a code", "human", "nl")

q("thanks-nl", iphone(
    "Mandenvlechter Zeventien <m.zeventien@almere.nl>", "Re: bedankt",
    "2010-03-08 19:40",
    """Top, dank voor de snelle bevestiging!

Verstuurd vanaf mijn iPhone"""),
  "thanks", "human", "nl")

q("thanks-en-after-day1", gmail(
    "Lamplighter Thirteen <l.thirteen@flint-trust.example.com>", "Thank you for day 1",
    "2010-06-02 08:20",
    """Dear organisers,

Just a note to say how much I enjoyed yesterday. Looking forward to September!

Lamplighter"""),
  "thanks after the first day", "human", "en")

q("complaint-no-reply-nl", outlook(
    "Torenwachter Vierentwintig <t.vierentwintig@mee-kalksteen.example.nl>", "Geen reactie",
    "2010-05-31 11:00",
    """Geachte heer, mevrouw,

Ik heb op 27 mei een aanmelding gestuurd en nog steeds niets gehoord. Morgen begint de leergang. Kan iemand mij alstublieft bellen? 06 - 5512 3098.

Torenwachter Vierentwintig"""),
  "a complaint: no answer yet", "human", "nl")

q("complaint-robot-en", outlook(
    "Ropemaker Fourteen <ropemaker.fourteen@example-granite.example.com>",
    "Automated replies", "2010-04-02 17:05",
    """Hello,

I keep getting automated mails about my registration. Could a human being please confirm that I am actually registered? I'd rather not receive any more robot mail.

Ropemaker""", lang="EN"),
  "a complaint about the automated mails", "human", "en")

q("journalist-nl", gmail(
    "Redactie Almere Vandaag <redactie@almerevandaag.example.nl>",
    "Persaanmelding leergang?", "2010-05-20 10:30",
    """Goedemorgen,

Wij willen graag een stuk schrijven over de leergang Sociale ambities. Kan een verslaggever op 1 juni een uur aanwezig zijn? Moet ik haar daarvoor aanmelden?

Met vriendelijke groet,
Redactie Almere Vandaag"""),
  "a journalist asks to attend for an hour", "human", "nl")

q("student-thesis-nl", hotmail2010(
    "Smidsknecht Honderdnegentien <smidsknecht.honderdnegentien@student.example.nl>", "afstudeeronderzoek",
    "2010-04-28 14:00",
    """Beste,

Ik ben student Sociologie en doe onderzoek naar samenwerking in het sociale domein in Almere. Zou ik als toehoorder bij de leergang mogen zijn? Ik kan de bijdrage helaas niet betalen.

Met vriendelijke groet,
Smidsknecht Honderdnegentien"""),
  "a student asks to attend without paying", "human", "nl")

q("absence-one-day-no-code-nl", owa(
    "Tinnegieter Zevenendertig <tzevenendertig@almere.nl>", "23 september",
    "2010-09-10 09:15",
    """Hallo,

Op 23 september kan ik helaas niet, ik zit dan in een raadsvergadering. De andere dagen kom ik wel.

Tinnegieter Zevenendertig"""),
  "absent one day, no code: not a cancellation", "human", "nl")

q("double-invoice-nl", outlook2010(
    "Crediteurenadministratie Basalt <crediteuren@basalt.example.nl>",
    "Dubbele factuur", "2010-06-15 11:30",
    """Geachte heer, mevrouw,

Wij ontvingen twee facturen voor mevrouw L. Vijftien (leergang Sociale ambities). Wilt u een van beide crediteren?

Met vriendelijke groet,
Crediteurenadministratie Stichting Basalt"""),
  "a double invoice", "human", "nl")

q("speaker-office-nl", outlook(
    "Bureau prof. Honderdtwintig <bureau.honderdtwintig@universiteit.example.nl>",
    "Dag 2: presentatie en parkeerkaart", "2010-09-01 14:20",
    """Geachte organisatie,

Voor dag 2 van de leergang wil professor Honderdtwintig graag weten of er een beamer met HDMI aanwezig is, en of er een parkeerkaart voor hem klaarligt. Hij hoeft uiteraard niet aangemeld te worden als spreker.

Met vriendelijke groet,
Bureau prof. Honderdtwintig"""),
  "a speaker's office with practical questions", "human", "nl")

q("apology-double-registration-nl", gmail(
    "Netbreier Vierendertig <netbreier.vierendertig@hotmail.example.com>",
    "oeps dubbel aangemeld", "2010-03-25 09:10",
    """Hoi, ik geloof dat ik me per ongeluk twee keer heb aangemeld (ook via mijn werkmail). Wilt u controleren dat ik er maar één keer in sta? Sorry!

Netbreier"""),
  "asks to check a double registration", "human", "nl")

q("out-of-scope-job-en", gmail(
    "Knifegrinder ThirtyThree <knifegrinder.thirtythree@example.com>",
    "Application", "2010-05-05 16:16",
    """Dear Sir or Madam,

I'd like to apply for any vacancy in your organisation in the field of social policy. Please find my CV attached - or let me know where to register as a candidate.

Regards,
Knifegrinder ThirtyThree"""),
  "a job application", "human", "en")
