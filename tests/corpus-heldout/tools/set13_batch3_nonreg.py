"""Set 13, batch 3: people's mail that registers no one (typed by hand)."""
from set13_lib import *  # noqa: F401,F403
from set13_lib import add, L, O, P, quote, rirt, ORG_FROM

# ---- questions with registration words -------------------------------------

add("question-one-day-dinkel", outlook(
    "Persoon Zevenentachtig <p.zevenentachtig@dinkel.example.nl>",
    "Vraag over aanmelding", "2010-03-05 10:20",
    """Goedemorgen,

Kan ik mij ook voor alleen de eerste dag aanmelden (1 juni)? De andere dagen
heb ik al andere verplichtingen. En wat kost dat dan?

Met vriendelijke groet,
Persoon Zevenentachtig
Stichting Dinkel
"""), L("asks whether one day can be booked: a question, no registration",
        "question", "nl"))

add("question-volunteer-fee-eem", gmail(
    "Persoon Achtentachtig <p.achtentachtig@eem.example.nl>",
    "kosten aanmelding vrijwilliger", "2010-03-09 19:02",
    """Hallo,

Ik ben vrijwilliger bij Welzijn Eem en wil mij misschien aanmelden. Moet ik
als vrijwilliger ook de volle 1.000 euro betalen, of is daar een regeling voor?

Groet,
Persoon Achtentachtig
"""), L("asks about the fee for volunteers before registering", "question", "nl"))

add("question-municipal-free", outlook(
    "Persoon Negenentachtig <pnegenentachtig@almere.nl>",
    "Gratis voor gemeente?", "2010-03-12 14:00",
    """Hoi,

Klopt het dat aanmelden voor medewerkers van de gemeente kosteloos is? En
geldt dat ook voor collega's die via een detacheringsbureau bij ons werken?

Groet,
Persoon Negenentachtig
Gemeente Almere
"""), L("a municipal question about the free seats", "question", "nl"))

add("question-en-language", gmail(
    "Person Seventy-Five <p.seventyfive@avon.example.com>",
    "Language of the course?", "2010-03-15 11:30",
    """Hello,

Before I register: will the sessions be in Dutch only, or is there any English?
My Dutch is limited.

Best,
Person Seventy-Five
"""), L("English question before registering", "question", "en"))

add("question-seats-left-regge", iphone(
    "Persoon Negentig <p.negentig@regge.example.nl>", "Nog plaats?",
    "2010-05-20 08:15",
    """Zijn er nog plaatsen vrij voor de leergang? Dan meld ik me misschien nog aan.

Verstuurd vanaf mijn iPhone"""), L("asks whether seats are left; registers no one",
                                   "question", "nl"))

_c, _b = conf_nl("Persoon Eenennegentig", "W3P8N-6HK2D", "Stichting Slinge",
                 "beleidsmedewerker", "p.eenennegentig@slinge.example.nl")
add("question-reply-confirmation-parking", tb(
    "Persoon Eenennegentig <p.eenennegentig@slinge.example.nl>", "Re: " + _c,
    "2010-04-20 09:40",
    """Dank u wel. Kunt u mij vertellen of ik in de parkeergarage onder het
stadhuis kan parkeren, en wat dat kost?

Groet,
Persoon Eenennegentig

Op 19-4-2010 16:11, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=rirt("confirmation", "W3P8N-6HK2D")),
    L("a question in reply to the confirmation; the code is quoted", "question",
      "nl", code="W3P8N-6HK2D"))

_r = reminder_nl("Persoon Tweeennegentig", "Q9X4M-2RB7T", 1, "dinsdag 1 juni 2010")
add("question-reply-reminder-prepare", apple(
    "Persoon Tweeennegentig <p.tweeennegentig@niers.example.nl>", "Re: " + _r[0],
    "2010-05-25 20:50",
    """Moet ik voor de eerste dag nog iets lezen of voorbereiden?

Persoon Tweeënnegentig
""" + apple_quote_nl("2010-05-25 06:00", "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                     _r[1] + "\n\n" + _r[2]),
    irt=rirt("reminder", "Q9X4M-2RB7T")),
    L("a question in reply to the reminder, code quoted", "question", "nl",
      code="Q9X4M-2RB7T"))

add("question-intern-along-gein", roundcube(
    "Persoon Drieennegentig <p.drieennegentig@gein.example.nl>",
    "stagiaire meenemen?", "2010-04-01 13:20",
    """Beste,

Ik ben al aangemeld voor de leergang. Mag ik mijn stagiaire meenemen zonder
dat zij zich apart aanmeldt? Zij betaalt geen bijdrage neem ik aan?

Vriendelijke groet,
Persoon Drieënnegentig
"""), L("asks whether an intern may come along; no registration", "question", "nl"))

add("question-four-colleagues-linge", outlook(
    "Persoon Vierennegentig <p.vierennegentig@linge.example.nl>",
    "Aanmelden met vier collega's?", "2010-04-05 10:00",
    """Goedemorgen,

Wij zouden graag met vier collega's komen. In de folder staat maximaal drie
per organisatie. Kan de vierde op een wachtlijst, of hoe werkt dat?

Met vriendelijke groet,
Persoon Vierennegentig
"""), L("asks about the limit of three before registering anyone", "question", "nl"))

add("question-en-each-day", outlook(
    "Person Seventy-Six <p.seventysix@wye.example.com>",
    "Registering for each day?", "2010-04-09 16:45",
    """Hi,

Do we need to register separately for each of the four days, or does one
registration cover all of them? And can a colleague take one of the days?

Regards,
Person Seventy-Six
""", lang="EN"), L("English question about how registration covers the days",
                   "question", "en"))

# ---- how to register, programme ---------------------------------------------

add("help-how-register", gmail(
    "Persoon Vijfennegentig <p.vijfennegentig@example.com>", "aanmelden?",
    "2010-03-06 12:00",
    """Hoe kan ik mij aanmelden voor de leergang? Ik kan op de website geen
formulier vinden.

Persoon Vijfennegentig
"""), L("asks how to register", "help", "nl"))

add("help-programme-mark", notes(
    "Persoon Zesennegentig <p.zesennegentig@mark.example.nl>",
    "Programma leergang", "2010-03-11 09:30",
    """Geachte heer/mevrouw,

Kunt u mij het volledige programma van de vier dagen toesturen, met de
sprekers? Dan kan ik beoordelen of ik mij aanmeld.

Met vriendelijke groet,
Persoon Zesennegentig
Zorggroep Mark"""), L("asks for the programme", "help", "nl"))

add("help-en-how", apple(
    "Person Seventy-Seven <p.seventyseven@example.com>", "How to sign up",
    "2010-03-19 09:09",
    """Hi, what do I need to send to sign up, and could you send me the programme?

Thanks
Person Seventy-Seven"""), L("English: how to register and the programme", "help", "en"))

add("help-form-please", iphone(
    "Persoon Zevenennegentig <p.zevenennegentig@lek.example.nl>",
    "Aanmeldformulier", "2010-04-03 22:40",
    """Kunt u mij het aanmeldformulier sturen?

Verstuurd vanaf mijn iPhone"""), L("asks for a form", "help", "nl"))

# ---- for a person -----------------------------------------------------------

add("conditional-permission-vecht", outlook(
    "Persoon Achtennegentig <p.achtennegentig@vecht.example.nl>",
    "Aanmelding onder voorbehoud", "2010-03-22 15:15",
    """Goedemiddag,

Ik wil me graag aanmelden, maar eerst moet mijn leidinggevende akkoord geven
voor de kosten. Zodra ik dat heb, laat ik het u weten. Wilt u alvast een plek
voor mij vasthouden?

Met vriendelijke groet,
Persoon Achtennegentig
Zorggroep Vecht
"""), L("conditional: waits for permission", "human", "nl"))

add("hesitant-thinking-aa", gmail2(
    "Persoon Negenennegentig <p.negenennegentig@aa.example.nl>",
    "leergang", "2010-03-26 21:05",
    """Hoi,

Ik zit erover te denken om me aan te melden voor de leergang, maar ik weet nog
niet of ik 23 november kan. Ik kom er later op terug.

Groet,
Persoon Negenennegentig
"""), L("hesitant: not yet", "human", "nl"))

add("en-needs-approval", outlook(
    "Person Seventy-Eight <p.seventyeight@trent.example.com>",
    "Registration - pending approval", "2010-04-06 09:00",
    """Hello,

I'm keen to register but I need sign-off from my director first, which
should come next week. I'll confirm then.

Regards,
Person Seventy-Eight
""", lang="EN"), L("English: needs approval first", "human", "en"))

add("decline-invitation-dommel", outlook(
    "Persoon Honderd <p.honderd@dommel.example.nl>",
    "RE: Uitnodiging leergang Almere", "2010-03-16 10:10",
    """Geachte heer/mevrouw,

Dank voor de uitnodiging. Helaas kan ik niet deelnemen; ik meld mij dus niet
aan. Wellicht een volgende keer.

Met vriendelijke groet,
Persoon Honderd
""" + outlook_quote_nl(ORG_FROM, "maandag 15 maart 2010 14:00", "Persoon Honderd",
                       "Uitnodiging leergang Almere",
                       """Geachte relatie,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een
groeiende stad". Aanmelden kan via aanmelden@example.org.""")),
    L("declines the invitation", "human", "nl"))

add("decline-en", gmail(
    "Person Seventy-Nine <p.seventynine@exe.example.com>", "Re: Almere course",
    "2010-03-17 12:00",
    """Thanks for thinking of us, but none of our team can make the dates this
year, so we won't be registering.

All the best,
Person Seventy-Nine
"""), L("English decline", "human", "en"))

add("other-event-network-schipbeek", outlook(
    "Persoon Honderdeen <p.honderdeen@schipbeek.example.nl>",
    "Aanmelding netwerkbijeenkomst 12 mei", "2010-04-27 11:20",
    """Beste,

Hierbij meld ik mij aan voor de netwerkbijeenkomst wijkgericht werken op
12 mei in het stadhuis.

Persoon Honderdeen
Welzijn Schipbeek
"""), L("registers for another event (12 May network meeting)", "human", "nl"))

add("other-course-mi-giessen", tb(
    "Persoon Honderdtwee <p.honderdtwee@giessen.example.nl>",
    "Inschrijving cursus motiverende gespreksvoering", "2010-04-08 14:30",
    """Goedemiddag,

Graag schrijf ik mij in voor de cursus motiverende gespreksvoering in juni.
Mijn gegevens: Persoon Honderdtwee, Zorggroep Giessen, casemanager.

Groet
"""), L("another course, sent to the wrong address", "human", "nl"))

add("other-event-en-conference", gmail(
    "Person Eighty <p.eighty@tamar.example.com>",
    "Registration: European Cities Conference", "2010-04-15 08:00",
    """Dear organisers,

I'd like to register for the European Cities Conference in Rotterdam on
10-11 June. Please send me the invoice.

Person Eighty
Example Tamar Trust
"""), L("English registration for another conference", "human", "en"))

add("vendor-catering", outlook(
    "Persoon Honderddrie <verkoop@smaakvol.example.nl>",
    "Cateringaanbod voor uw leergang", "2010-03-29 09:00",
    """Geachte organisatie,

Wij zagen dat u in juni een leergang organiseert in Almere. Graag bieden wij
onze lunchcatering aan, vanaf EUR 12,50 per deelnemer. Aanmelden voor een
proeverij kan via deze mail.

Met vriendelijke groet,
Persoon Honderddrie
Smaakvol Catering"""), L("a caterer's sales mail", "human", "nl"))

add("vendor-venue", webmail(
    "Zalenverhuur Polderhuis <info@polderhuis.example.nl>",
    "Vergaderzaal beschikbaar najaar 2010", "2010-04-12 10:00",
    """Beste organisator,

Voor uw najaarsbijeenkomsten hebben wij nog zalen beschikbaar voor 20 tot 80
personen. Reserveren of aanmelden voor een rondleiding? Beantwoord deze mail.

Met vriendelijke groet,
Team Polderhuis"""), L("a venue offer", "human", "nl"))

add("vendor-en-registration-software", gmail(
    "Person Eighty-One <p.eightyone@eventsoft.example.com>",
    "Automate your course registrations", "2010-04-19 15:00",
    """Hi there,

Still handling course registrations by email? Our platform lets attendees
register, cancel and substitute online. Can I book a 15-minute demo with you?

Best,
Person Eighty-One
Account Executive, Example EventSoft"""), L("English sales mail about registration software",
                                            "human", "en"))

add("organiser-room-info", outlook(
    ORG_FROM, "Ter info: zaal 23 september", "2010-04-21 12:00",
    """Hallo,

Ter info voor de mailbox: op 23 september zitten we niet in het Nieuwe Lokaal
maar in de Raadzaal. Ik pas de bevestigingen handmatig aan.

Groet,
Programmasecretariaat"""), O("the organiser's own note to the mailbox", "nl"))

add("organiser-phone-registration", outlook(
    ORG_FROM, "Telefonische aanmelding", "2010-04-22 09:30",
    """Persoon Honderdvier (Welzijn Geul, p.honderdvier@geul.example.nl) belde
vanochtend; zij wil zich aanmelden maar twijfelt nog over de datum van dag 4.
Ik bel haar vrijdag terug.

Programmasecretariaat DMO"""), O("the organiser passes on a phone call: registers no one", "nl"))

add("correction-no-code-phone", gmail(
    "Persoon Honderdvijf <p.honderdvijf@roer.example.nl>", "wijziging telefoonnummer",
    "2010-04-23 10:30",
    """Hallo,

Ik ben aangemeld voor de leergang. Mijn telefoonnummer is gewijzigd, het is
nu 06-12121212. Mijn code heb ik niet meer bij de hand.

Groet,
Persoon Honderdvijf
"""), L("a correction without a code", "human", "nl"))

add("correction-en-name-no-code", outlook(
    "Person Eighty-Two <p.eightytwo@severn.example.com>", "Spelling of my name",
    "2010-04-26 14:00",
    """Hello,

My name was misspelled when I registered last week; it should be Person
Eighty-Two, with a hyphen. Could you correct it?

Thanks,
Person Eighty-Two
""", lang="EN"), L("English correction without a code", "human", "en"))

add("thanks-confirmation-swalm", iphone(
    "Persoon Honderdzes <p.honderdzes@swalm.example.nl>", "Re: bevestiging",
    "2010-04-27 18:00",
    """Dank voor de snelle bevestiging, tot 1 juni!

Verstuurd vanaf mijn iPhone"""), L("thanks", "human", "nl"))

add("thanks-en-day-one", gmail(
    "Person Eighty-Three <p.eightythree@wye.example.com>", "Thank you",
    "2010-06-02 09:00",
    """Just wanted to say thanks for a brilliant first day yesterday. Looking
forward to September.

Person Eighty-Three
"""), L("English thanks after day 1", "human", "en"))

add("complaint-auto-mails-berkel", outlook(
    "Persoon Honderdzeven <p.honderdzeven@berkel.example.nl>", "Klacht",
    "2010-05-03 11:00",
    """Geachte heer/mevrouw,

Ik krijg nu al voor de derde keer een automatische mail van uw systeem terwijl
ik alleen een vraag had gesteld. Ik wil graag een mens spreken.

Persoon Honderdzeven
"""), L("a complaint about the automatic replies", "human", "nl"))

add("complaint-fee-lauwers", yahoo2(
    "Persoon Honderdacht <p.honderdacht@lauwers.example.nl>", "Prijs leergang",
    "2010-03-31 16:00",
    """Beste,

Ik vind 1.000 euro voor vier dagen erg veel voor een kleine organisatie als
de onze. Daarom melden wij ons niet aan. Is daar nooit over nagedacht?

Persoon Honderdacht"""), L("complains about the fee and registers no one", "human", "nl"))

add("journalist-request", gmail(
    "Persoon Honderdnegen <redactie@almeerse-krant.example.nl>",
    "Persaanvraag leergang", "2010-05-06 10:00",
    """Goedemorgen,

Voor een artikel over de sociale agenda zou ik graag een deel van de eerste dag
bijwonen als journalist. Moet ik mij daarvoor aanmelden?

Persoon Honderdnegen, redacteur"""), L("a journalist's request", "human", "nl"))

add("student-thesis", gmail(
    "Persoon Honderdtien <p.honderdtien@student.example.nl>",
    "Scriptie over Almere 2.0", "2010-04-14 23:10",
    """Beste,

Ik ben student bestuurskunde en schrijf mijn scriptie over de schaalsprong van
Almere. Mag ik een paar deelnemers van de leergang interviewen?

Groeten,
Persoon Honderdtien"""), L("a student's request", "human", "nl"))

_c, _b = conf_nl("Persoon Honderdelf", "M2C9V-7XQ4B", "Welzijn Geul",
                 "wijkcoach", "p.honderdelf@geul.example.nl")
add("one-day-absent-geul", outlook(
    "Persoon Honderdelf <p.honderdelf@geul.example.nl>", "RE: " + _c,
    "2010-09-10 12:00",
    """Goedemiddag,

Op 23 september ben ik helaas verhinderd (bruiloft in de familie). De andere
dagen kom ik gewoon. Ik meld me dus niet af.

Groet,
Persoon Honderdelf
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "dinsdag 20 april 2010 10:00", "Persoon Honderdelf", _c, _b),
    irt=rirt("confirmation", "M2C9V-7XQ4B")),
    L("absent one day only, not a cancellation; code quoted", "human", "nl",
      code="M2C9V-7XQ4B"))

add("double-invoice-reest", outlook(
    "Persoon Honderdtwaalf <crediteuren@reest.example.nl>", "Dubbele factuur",
    "2010-06-15 09:00",
    """Geachte heer/mevrouw,

Wij hebben voor dezelfde deelnemer (Persoon Zevenentwintig) twee facturen
ontvangen. Wilt u er een crediteren?

Persoon Honderdtwaalf
Crediteurenadministratie Stichting Reest
"""), L("a double invoice", "human", "nl"))

add("speaker-office", outlook(
    "Persoon Honderddertien <secretariaat.leerstoel@universiteit.example.nl>",
    "Spreker 2 november", "2010-09-01 10:00",
    """Geachte heer/mevrouw,

Namens de hoogleraar die op 2 november spreekt: kunt u laten weten hoe laat
hij verwacht wordt en of er een beamer aanwezig is? Hij hoeft zich niet aan te
melden, neem ik aan?

Met vriendelijke groet,
Persoon Honderddertien
secretariaat leerstoel"""), L("a speaker's office", "human", "nl"))

add("job-application", gmail(
    "Persoon Honderdveertien <p.honderdveertien@example.com>", "Open sollicitatie",
    "2010-05-10 13:00",
    """Geachte heer/mevrouw,

Graag solliciteer ik naar een functie als projectondersteuner bij het
programmasecretariaat. Mijn cv stuur ik op verzoek toe.

Met vriendelijke groet,
Persoon Honderdveertien"""), L("a job application", "human", "nl"))

add("conditional-group-if-room-zaan", outlook(
    "Persoon Honderdvijftien <p.honderdvijftien@zaan.example.nl>",
    "Eventueel drie aanmeldingen", "2010-05-18 10:00",
    """Goedemorgen,

Als er na 25 mei nog plaatsen over zijn, willen wij misschien met drie mensen
komen. Kunt u laten weten of dat kan? Dan stuur ik de namen.

Met vriendelijke groet,
Persoon Honderdvijftien
Stichting Zaanoever
"""), L("conditional group, no names given", "human", "nl"))

add("en-complaint-no-reply", outlook(
    "Person Eighty-Four <p.eightyfour@avon.example.com>",
    "Still no answer", "2010-04-28 17:00",
    """Hello,

I sent a question about accessibility two weeks ago and have had no answer.
I use a wheelchair; is the fourth floor of the library accessible?

Person Eighty-Four
""", lang="EN"), L("English complaint with an accessibility question, no registration",
                   "human", "en"))

_qs, _qb = question_nl("Persoon Zevenentachtig", "Vraag over aanmelding")
add("chase-reply-question-ack-dinkel", outlook(
    "Persoon Zevenentachtig <p.zevenentachtig@dinkel.example.nl>", "RE: " + _qs,
    "2010-03-19 09:00",
    """Goedemorgen,

Twee weken geleden kreeg ik dit bericht, maar nog steeds geen antwoord op mijn
vraag over één dag. Wilt u er alstublieft naar kijken?

Persoon Zevenentachtig
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "vrijdag 5 maart 2010 10:21", "Persoon Zevenentachtig", _qs, _qb),
    irt=rirt("question", "p.zevenentachtig@dinkel.example.nl")),
    L("chases an unanswered question in reply to the robot's receipt", "human", "nl"))

_c, _b = conf_nl("Persoon Vijfentwintig", "N8Q3T-6YD9E", "Zorggroep Vecht",
                 "clustermanager", "p.vijfentwintig@vecht.example.nl")
add("thanks-reply-confirmation-vecht", ox(
    "Persoon Vijfentwintig <p.vijfentwintig@vecht.example.nl>", "Re: " + _c,
    "2010-04-15 10:00",
    """Prima, dank u wel!

Persoon Vijfentwintig

""" + ox_quote_nl("2010-04-15 09:26", ROBOT, _b),
    irt=rirt("confirmation", "N8Q3T-6YD9E")),
    L("thanks in reply to the confirmation (code quoted)", "human", "nl",
      code="N8Q3T-6YD9E"))

_c, _b = conf_nl("Persoon Zevenenvijftig", "P9R4V-7ZE2F", "Stichting Dommel",
                 "maatschappelijk werker", "p.zevenenvijftig@dommel.example.nl")
add("question-reply-confirmation-certificate", gmail(
    "Persoon Zevenenvijftig <p.zevenenvijftig@dommel.example.nl>", "Re: " + _c,
    "2010-04-27 12:30",
    """Dank voor de bevestiging. Telt de leergang mee voor accreditatie bij het
beroepsregister, en krijg ik een bewijs van deelname?

Persoon Zevenenvijftig

""" + gmail_quote_nl("2010-04-26 10:15", ROBOT, _b),
    irt=rirt("confirmation", "P9R4V-7ZE2F")),
    L("a question in reply to her confirmation", "question", "nl", code="P9R4V-7ZE2F"))

_cs, _cb = closed_nl("Persoon Honderdzevenendertig")
add("question-reply-closed-aa", iphone(
    "Persoon Honderdzevenendertig <p.honderdzevenendertig@aa.example.nl>",
    "Re: " + _cs, "2010-05-26 08:00",
    """Is er echt geen enkele mogelijkheid meer? Ik zou ook op de wachtlijst willen.

Verstuurd vanaf mijn iPhone
""" + ios_quote_nl("2010-05-26 07:40", ROBOT, _cb),
    irt=rirt("closed", "p.honderdzevenendertig@aa.example.nl")),
    L("asks, in reply to 'registration closed', whether a place is still possible",
      "question", "nl"))
