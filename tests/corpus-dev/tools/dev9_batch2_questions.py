"""Dev set 9, batch 2: questions and requests for help that use
registration words but register no one (031-055).

Codes used here: Kuipersknecht Drie 7HX2M-QP4ZB (046), Lamplighter Twelve
R8DW3-6KT5N (047), Stoelenmatter Een K4TR7-9WMQ2 (048).
"""
import sys
sys.dont_write_bytecode = True
from dev9_lib import *  # noqa: F401,F403

add("q-nog-mogelijk", outlook2010(
    "Kaarsgieter Drieënveertig <k.drieenveertig@hobo.example.nl>",
    "Is aanmelden nog mogelijk?",
    "2010-05-20 10:02",
    """Goedemorgen,

Is aanmelden voor de leergang nog mogelijk, of zijn alle plaatsen al vergeven? Ik wil eerst weten of er nog ruimte is voordat ik het intern aanvraag.

Met vriendelijke groet,

Kaarsgieter Drieënveertig
Beleidsmedewerker
Stichting Hobo
T: 036 540 11 30
E: k.drieenveertig@hobo.example.nl
Postbus 1207 | 1300 BE Almere
"""),
    L("asks whether registration is still possible before asking internally", "question", "nl"))

add("q-hoe-schrijf-ik-me-in", gmail(
    "Netbreier Vierenveertig <netbreier44@example.nl>",
    "vraagje",
    "2010-03-03 20:11",
    """Hallo,

Hoe schrijf ik me in voor de leergang? Moet dat via een formulier op een website of kan ik gewoon mailen? En wat moet ik dan allemaal opgeven?

Groetjes,
Netbreier Vierenveertig
"""),
    L("asks how to register", "help", "nl"))

add("q-tot-wanneer", iphone(
    "Zeepzieder Vijfenveertig <z.vijfenveertig@klarinet.example.org>",
    "Deadline?",
    "2010-04-02 17:45",
    """Tot wanneer kan ik me registreren? Ik ben tot half mei met verlof en wil het daarna pas regelen.

Zeepzieder Vijfenveertig
Stichting Klarinet

Verzonden vanaf mijn iPhone"""),
    L("asks until when registration is open", "question", "nl"))

add("q-colleague-later-en", gmail(
    "Candlemaker Eight <candlemaker.eight@bassoon.example.org>",
    "Question about registering a colleague",
    "2010-04-09 11:30",
    """Hello,

Can my colleague register later, once her contract has been extended? She will only know in June. And if she registers after the first day, does she pay the full fee of EUR 1,000?

Best regards,

Candlemaker Eight
Head of Programmes | Bassoon Care Foundation
T: +31 20 555 0100
E: candlemaker.eight@bassoon.example.org
Herengracht 9, 1015 BA Amsterdam
"""),
    L("asks whether a colleague can register later and about the fee", "question", "en"))

add("q-kosten-gemeente", owa(
    "Reepschieter Zesenveertig <r.zesenveertig@almere.nl>",
    "kosten leergang voor gemeentemedewerkers",
    "2010-03-11 09:19",
    """Hoi,

Klopt het dat gemeentemedewerkers niets betalen? Ik werk bij Stadsbeheer, niet bij DMO. Geldt dat dan ook voor mij als ik me zou aanmelden?

Reepschieter Zesenveertig
Gemeente Almere, Stadsbeheer
"""),
    L("a municipal employee asks whether the free seats apply to her before registering", "question", "nl"))

add("q-programma-pdf", hotmail2010(
    "Stempelsnijder Zevenenveertig <stempelsnijder47@example.com>",
    "programma",
    "2010-03-12 22:48",
    """Goedenavond,

Kunt u mij het programma van de vier dagen toesturen? Dan kan ik beoordelen of ik me aanmeld.

Vriendelijke groet,
Stempelsnijder Zevenenveertig"""),
    L("asks for the programme before deciding", "help", "nl"))

add("q-een-dag", tb(
    "Sleutelmaker Achtenveertig <s.achtenveertig@viola.example.nl>",
    "Aanmelden voor alleen dag 3?",
    "2010-04-15 13:13",
    """Geachte organisatie,

Kan ik mij ook aanmelden voor alleen de derde dag (Wonen met en zonder zorgen)? De andere dagen zijn minder relevant voor mijn werk. Wat zijn dan de kosten?

Met vriendelijke groet,
Sleutelmaker Achtenveertig
Welzijnsgroep Viola
"""),
    L("asks whether one can register for one day only", "question", "nl"))

add("q-max-per-org", outlook(
    "Wagenmaker Negenenveertig <w.negenenveertig@harp.example.nl>",
    "Hoeveel aanmeldingen per organisatie",
    "2010-03-30 15:40",
    """Beste organisatie,

Wij overwegen met vijf mensen deel te nemen. Ik las ergens dat er een maximum per organisatie geldt. Hoeveel mensen mogen wij aanmelden, en komt de rest dan op een wachtlijst?

Met vriendelijke groet,

Wagenmaker Negenenveertig
Manager Wonen
Woonstichting Harp
T 036 548 77 10
"""),
    L("asks how many people one organisation may register", "question", "nl"))

add("q-help-en", proton(
    "Thatchmender Ten <thatchmender.ten@example.org>",
    "how to sign up?",
    "2010-04-04 10:00",
    """Hi there,

How do I sign up for the Almere course? Is there a registration form, or what details should I send?

Thanks,
Thatchmender Ten"""),
    L("asks how to sign up", "help", "en"))

add("q-factuur-vooraf", outlook2010(
    "Dakpannenbakker Vijftig <d.vijftig@pauk.example.nl>",
    "Vraag vooraf over facturering",
    "2010-04-16 11:55",
    """Goedemorgen,

Voordat wij collega's aanmelden: kan de factuur op naam van ons inkoopteam, met een inkoopordernummer dat we pas na aanmelding krijgen? En kan de factuur in twee delen (2010 en 2011)?

Met vriendelijke groet,

Dakpannenbakker Vijftig
Controller
Jeugdzorg Pauk
T: 036 529 11 40
E: d.vijftig@pauk.example.nl
"""),
    L("invoice questions before registering anyone", "question", "nl"))

add("q-vervanger-mogelijk", roundcube(
    "Korfvlechter Eenenvijftig <k.eenenvijftig@trombone.example.org>",
    "registratie en vervanging",
    "2010-04-20 08:31",
    """Beste,

Als ik mij registreer en op een van de dagen niet kan, mag er dan een collega in mijn plaats komen? Dat bepaalt of ik me aanmeld of een collega.

Groet,
Korfvlechter Eenenvijftig
Buurtwerk Trombone
"""),
    L("asks whether a colleague may replace her on one day, before registering", "question", "nl"))

add("q-accreditatie", apple(
    "Bootwerker Tweeënvijftig <b.tweeenvijftig@mandoline.example.nl>",
    "Accreditatie?",
    "2010-04-21 19:22",
    """Goedenavond,

Is de leergang geaccrediteerd voor het registerplein of voor het kwaliteitsregister V&VN? Anders kan ik mijn inschrijving niet vergoed krijgen.

Met groet,
Bootwerker Tweeënvijftig
Zorgcentrum Mandoline"""),
    L("asks about accreditation (register words), no registration", "question", "nl"))

add("q-wachtlijst-hoe-lang", samsung(
    "Kistenmaker Drieënvijftig <k.drieenvijftig@example.nl>",
    "wachtlijst",
    "2010-05-19 12:12",
    """Hallo, als ik me nu nog inschrijf kom ik dan op een wachtlijst? En hoe groot is de kans dat ik er dan toch nog bij kan?

Kistenmaker Drieënvijftig

Verzonden vanaf Samsung Mobile"""),
    L("asks about the waiting list before registering", "question", "nl"))

add("q-locatie-bereikbaar", gmail(
    "Hengelmaker Vierenvijftig <hengelmaker54@example.com>",
    "rolstoel",
    "2010-05-02 14:02",
    """Beste organisatie,

Ik denk erover mij aan te melden, maar ik zit in een rolstoel. Is de zaal op de 4de verdieping goed bereikbaar met een lift?

Vriendelijke groet,
Hengelmaker Vierenvijftig
"""),
    L("asks about accessibility before registering", "question", "nl"))

add("q-studenten-korting", gmail2(
    "Student Vijfenvijftig <student55@uni.example.nl>",
    "Korting voor studenten?",
    "2010-03-26 23:40",
    """Hoi,

Ik ben masterstudent sociologie en schrijf mijn scriptie over Almere. Kan ik me als student inschrijven tegen een lager tarief? EUR 1.000 is voor mij niet te betalen.

Groeten,
Student Vijfenvijftig
"""),
    L("a student asks for a discount before registering", "question", "nl"))

add("q-what-is-registered-en", outlookcom(
    "Bookbinder Eleven <bookbinder.eleven@example.com>",
    "Registration query",
    "2010-04-23 09:09",
    """Good morning,

My manager told me she registered the whole team last week. How can I check whether I am registered? I haven't received anything.

Kind regards,
Bookbinder Eleven
Sample Lute Housing
""", lang="en"),
    L("asks whether she was registered by her manager (no code)", "status", "en"))

add("q-nl-ben-ik-aangemeld", horde(
    "Molenbouwer Zesenvijftig <m.zesenvijftig@luit.example.nl>",
    "ben ik aangemeld?",
    "2010-05-07 10:40",
    """Goedemorgen,

Onze afdeling zou mij hebben aangemeld, maar ik heb geen bevestiging gehad. Kunt u nagaan of mijn aanmelding binnen is?

Molenbouwer Zesenvijftig
Woningcorporatie Luit
"""),
    L("asks whether a registration made for her has arrived", "status", "nl"))

add("q-aanmeldformulier-kapot", outlook365(
    "Wolspinner Zevenenvijftig <w.zevenenvijftig@fagot.example.org>",
    "Aanmeldformulier werkt niet",
    "2010-04-27 16:16",
    """Beste,

Ik probeer me via de link in de folder in te schrijven maar krijg een foutmelding. Is er een andere manier om me aan te melden?

Met vriendelijke groet,

Wolspinner Zevenenvijftig
Welzijn Fagot
M: 06 3434 5656
"""),
    L("reports the form failing and asks another way to register", "help", "nl"))

add("q-aanmelden-en-afmelden-voorwaarden", zimbra(
    "Lakstoker Achtenvijftig <l.achtenvijftig@doedelzak.example.nl>",
    "Voorwaarden aanmelden / afmelden",
    "2010-05-12 13:50",
    """Beste,

Wat zijn de voorwaarden als ik me aanmeld en later weer afmeld? Tot wanneer kan dat kosteloos? Ik wil dat weten voordat ik me inschrijf.

Groet,
Lakstoker Achtenvijftig
Stichting Doedelzak
"""),
    L("asks about the cancellation terms before registering", "question", "nl"))

add("q-registreren-vooraf-en", tb(
    "Ropewalker Thirteen <ropewalker13@example.org>",
    "Do I need to register beforehand?",
    "2010-05-26 09:15",
    """Hello,

Do I need to register beforehand, or can I just turn up on 1 June? I saw registration closed yesterday. Is there a list of cancellations?

Regards,
Ropewalker Thirteen
"""),
    L("after the closing date, asks whether she can just turn up", "question", "en"))

add("q-zaal-ochtend", android(
    "Dijkwerker Negenenvijftig <d.negenenvijftig@example.nl>",
    "inloop",
    "2010-05-28 07:05",
    """Hoe laat begint de inloop? En is er koffie voor aanmelders? Groet, Dijkwerker Negenenvijftig"""),
    L("a short question about the time of the doors", "question", "nl"))

add("q-status-with-code", tb115(
    "Kuipersknecht Drie <k.drie@klarinet.example.org>",
    "Vraag over mijn aanmelding 7HX2M-QP4ZB",
    "2010-05-17 14:40",
    """Beste,

Ik heb code 7HX2M-QP4ZB gekregen maar sta ik nu op de wachtlijst of heb ik een plaats? In de mail stond iets over een maximum per organisatie.

Groet,
Kuipersknecht Drie
"""),
    L("asks the status of her registration with her code", "status", "nl", code="7HX2M-QP4ZB"))

_s47, _b47 = conf_en("Lamplighter Twelve", "R8DW3-6KT5N", "Example Oboe Trust", "research fellow",
                     "lamplighter.twelve@oboe.example.com", ia="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
                     ir="PO 77120")
add("q-reply-conf-en-hotel", gmail(
    "Lamplighter Twelve <lamplighter.twelve@oboe.example.com>",
    "Re: " + _s47,
    "2010-05-20 21:03",
    """Thanks for confirming. Could you recommend a hotel near the library for the night before day 1? I am coming from Utrecht and rather not travel at 7 am.

Lamplighter
""" + gmail_quote_en("2010-03-29 08:20", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b47),
    irt=rirt("confirmation", "R8DW3-6KT5N")),
    L("a question in reply to her own confirmation; code in the quote", "question", "en", code="R8DW3-6KT5N"))

_s48, _b48 = reminder_full_nl("Stoelenmatter Een", "K4TR7-9WMQ2", 2, "donderdag 23 september 2010")
add("q-reply-reminder-parkeren", outlook2010(
    "Stoelenmatter Een <s.een@hobo.example.nl>",
    "RE: " + _s48,
    "2010-09-16 10:22",
    """Hallo,

Wordt het parkeren in de garage vergoed, of moeten we dat zelf declareren? Ik kom zeker.

Groet,
Stoelenmatter Een
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-09-16 07:00",
                      "Stoelenmatter Een", _s48, _b48),
    irt=rirt("reminder", "K4TR7-9WMQ2")),
    L("a parking question in reply to the reminder; code in subject and quote", "question", "nl",
      code="K4TR7-9WMQ2"))

add("q-certificaat", yahoo2(
    "Touwtrekker Zestig <touwtrekker60@example.nl>",
    "certificaat na afloop",
    "2010-04-30 18:18",
    """Beste mensen,

Krijgen deelnemers na afloop een certificaat of bewijs van deelname? Mijn werkgever vraagt daarom voordat ik mij mag inschrijven.

Met vriendelijke groet,
Touwtrekker Zestig"""),
    L("asks about a certificate before registering", "question", "nl"))
