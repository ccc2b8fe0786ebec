"""Set 9, batch 3: mail from people that registers no one (061-103):
details only in an attachment, questions, how-to requests, and mail for a
person (conditional, partial, declines, vendors, other events, the
organiser, corrections, thanks, absences, a complaint).

Every message and every label is typed by hand; nothing is computed.
"""
import lib
from set9_lib import (add, X, P, outlook2010, outlook365, groupwise, gmail2,
                      zimbra, htc, macmail, tb115, kmail, outlookcom, squirrel,
                      notes, tb, proton, ios, ios_quote_nl, evolution,
                      outlook2003, yahoo2, iphone, fastmail, owa, oe, entourage,
                      roundcube, hotmail2010, with_attachments, attachment,
                      conf_nl, status_nl, answer_nl, cancelled_nl,
                      reminder_nl, substitution_old_nl, quote, outlook_quote_nl,
                      o365_quote_nl, gmail_quote_nl, zimbra_quote_nl,
                      tb_quote_nl, android, d, ORG)

# 061 ---------------------------------------------------------------------
_pdf061 = lib.pdf([
    "AANMELDFORMULIER leergang deSTADSWIJKstudies op locatie Almere",
    "",
    "Naam: Harpist Honderdeen",
    "Organisatie: Stichting Buurtorkest",
    "Functie: coordinator bewonersinitiatieven",
    "E-mail: harpist101@buurtorkest.example.org",
    "Telefoon: 06 5550 1101",
    "Factuuradres: Stichting Buurtorkest, Orkestlaan 22, 1321 AB Almere",
])
add("details-only-in-pdf-attachment", with_attachments(outlook2010(
    "Harpist Honderdeen <harpist101@buurtorkest.example.org>",
    "Aanmeldformulier", "2010-04-13 15:20",
    """Goedemiddag,

Bijgaand het ingevulde aanmeldformulier.

Met vriendelijke groet,
Harpist Honderdeen"""),
    [attachment(_pdf061, "application", "pdf", "aanmeldformulier_ingevuld.pdf")]),
    X("the details are only in an attached pdf form: a person must read it",
      "human", "nl"))

# 062 ---------------------------------------------------------------------
add("question-share-one-seat-o365", outlook365(
    "Violist Honderdtwee <v.honderdtwee@maatstreep.example.org>",
    "Vraag over aanmelding: plaats delen", "2010-03-10 09:55",
    """Goedemorgen,

Wij overwegen om ons aan te melden voor de leergang, maar hebben eerst een vraag. Kunnen twee collega's samen één plaats delen, zodat ieder twee van de vier dagen komt? En betalen wij in dat geval één keer de bijdrage van EUR 1.000?

Met vriendelijke groet,
Violist Honderdtwee
Jeugdhulp Maatstreep"""),
    X("asks before registering whether two colleagues may share one seat and one fee",
      "question", "nl", q="yes"))

# 063 ---------------------------------------------------------------------
add("question-province-pool-groupwise", groupwise(
    "Pianist Honderddrie <p.honderddrie@flevoland.example.nl>",
    "Aanmelding leergang: onder welke plaatsen val ik?", "2010-03-12 14:30",
    """Geachte secretariaat,

Ik werk bij de provincie Flevoland als beleidsadviseur sociaal domein en wil mij graag aanmelden voor de leergang. Val ik onder de twintig plaatsen van de gemeente of onder de plaatsen voor organisaties? En betaal ik dan ook de bijdrage van EUR 1.000?

Met vriendelijke groet,
Pianist Honderddrie"""),
    X("a provincial civil servant asks which pool she would fall under before registering",
      "question", "nl", q="yes"))

# 064 ---------------------------------------------------------------------
add("question-en-language-gmail", gmail2(
    "Songsmith HundredFour <songsmith104@languagechoir.example.org>",
    "Language of the course?", "2010-03-16 19:02",
    """Hi,

I am interested to register for the course in Almere, but my Dutch is still at A2 level. Are the lectures and discussions in Dutch only, or is there some English too? If it is all Dutch I think it will be too difficult for me.

Kind regards,
Songsmith HundredFour"""),
    X("asks in what language the course is before registering",
      "question", "en", q="yes"))

# 065 ---------------------------------------------------------------------
add("question-volunteers-and-cap-zimbra", zimbra(
    "Trommelaar Honderdvijf <t.honderdvijf@samenklank.example.nl>",
    "maximum per organisatie", "2010-03-18 11:40",
    """Goedemorgen,

Wij willen graag drie medewerkers en twee vrijwilligers van Welzijn Samenklank aanmelden. Tellen de vrijwilligers ook mee voor het maximum van drie plaatsen per organisatie? Dan wachten wij met aanmelden tot na 11 mei.

Met vriendelijke groet,
Trommelaar Honderdvijf
Welzijn Samenklank"""),
    X("asks whether volunteers count for the limit per organisation before registering five",
      "question", "nl", q="yes"))

# 066 ---------------------------------------------------------------------
_s066, _b066 = conf_nl("Hoornist Vijftien", "N3F8Q-7VKX2", "Thuiszorg Vioolsleutel",
                       "Wijkverpleegkundige", "hoornist15@vioolsleutel.example.nl",
                       phone="06 5551 5150",
                       ia="Thuiszorg Vioolsleutel, afdeling opleidingen, Sleutelhof 15, 1341 AB Almere")
add("question-invoice-later-reply-to-confirmation-htc", htc(
    "Hoornist Vijftien <hoornist15@vioolsleutel.example.nl>",
    "Re: " + _s066, "2010-03-19 12:48",
    """Dank voor de bevestiging! Nog een vraag: onze opleidingssubsidie komt pas in juli binnen. Kan de factuur ook na 1 juli gestuurd worden?

Groet, Hoornist

Verzonden vanaf mijn HTC

----- Reply message -----
Van: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
Datum: vr, mrt 19, 2010 07:36
Onderwerp: """ + _s066 + """
Aan: <hoornist15@vioolsleutel.example.nl>

""" + _b066,
    irt="<regbot.confirmation.8a5c2e0b71f4d936@example.org>"),
    X("asks in reply to her confirmation whether the invoice can wait until July (code in subject and quote)",
      "question", "nl", code="N3F8Q-7VKX2", q="yes"))

# 067 ---------------------------------------------------------------------
add("question-assistance-dog-macmail", macmail(
    "Fluitist Honderdzeven <f.honderdzeven@partituur.example.nl>",
    "Vraag: assistentiehond", "2010-03-24 10:30",
    """Goedemorgen,

Voordat ik mij aanmeld voor de leergang: ik ben slechtziend en heb een geleidehond. Is het goed als zij meekomt naar De Nieuwe Bibliotheek, ook tijdens de lunch?

Vriendelijke groet,
Fluitist Honderdzeven"""),
    X("asks before registering whether her guide dog may come along",
      "question", "nl", q="yes"))

# 068 ---------------------------------------------------------------------
add("question-new-job-from-june-tb115", tb115(
    "Organist Honderdacht <organist108@speeldoos.example.com>",
    "aanmelding en nieuwe functie", "2010-04-02 13:14",
    """Hallo,

Ik heb mij vorige week aangemeld voor de leergang. Per 1 juni krijg ik binnen Kinderopvang Speeldoos een nieuwe functie (van pedagogisch medewerker naar locatiemanager). Moet ik dat doorgeven, of maakt dat voor de aanmelding niet uit?

Groet,
Organist Honderdacht"""),
    X("a registered participant asks whether her new function from June matters (no code)",
      "question", "nl", q="yes"))

# 069 ---------------------------------------------------------------------
add("question-lectures-online-kmail", kmail(
    "Cellist Honderdnegen <cellist109@kwartnoot.example.nl>",
    "Lezingen terug te zien?", "2010-04-07 21:05",
    """Dag,

Worden de referaten van de leergang opgenomen of later op papier of online gezet? Een aantal collega's die zich niet kunnen aanmelden, zou de lezingen graag terugzien.

Groeten,
Cellist Honderdnegen
Buurtteam Kwartnoot"""),
    X("asks whether the lectures will be recorded or published",
      "question", "nl", q="yes"))

# 070 ---------------------------------------------------------------------
add("question-phd-reduced-fee-outlookcom", outlookcom(
    "Harpist Honderdtien <h.honderdtien@uva-social.example.edu>",
    "Tarief voor promovendi?", "2010-04-09 10:02",
    """Beste organisatie,

Ik ben promovendus en doe onderzoek naar schuldenproblematiek bij middeninkomens in nieuwe steden. Ik zou de leergang graag volgen als onderdeel van mijn onderzoek. Is er een gereduceerd tarief voor promovendi of studenten, of geldt ook voor mij de bijdrage van EUR 1.000?

Met vriendelijke groet,
Harpist Honderdtien"""),
    X("a PhD student asks for a reduced fee before registering",
      "question", "nl", q="yes"))

# 071 ---------------------------------------------------------------------
add("question-en-no-email-participant-outlookcom", outlookcom(
    "Minstrel HundredEleven <minstrel111@harmonyhousing.example.com>",
    "Registering a colleague without e-mail", "2010-04-12 15:44",
    """Hello,

One of our caretakers would like to take part in the course, but he has no e-mail address of his own. Can I register him and receive the confirmation and reminders on his behalf, or does every participant need their own address?

Best wishes,
Minstrel HundredEleven
Example Harmony Housing Almere""", lang="en"),
    X("asks whether she may register a colleague who has no e-mail address",
      "question", "en", q="yes"))

# 072 ---------------------------------------------------------------------
add("question-difference-national-programme-squirrel", squirrel(
    "Stemmer Honderdtwaalf <stemmer112@tussenspel.example.org>",
    "verschil met landelijke leergang", "2010-04-15 08:31",
    """Goedemorgen,

Vorig jaar heb ik de landelijke leergang van deSTADSWIJKstudies gevolgd. Is dit programma in Almere een herhaling daarvan, of is het helemaal anders? Ik wil me pas aanmelden als er echt nieuwe stof in zit.

Groet,
Stemmer Honderdtwaalf
"""),
    X("asks how this programme differs from the national one before registering",
      "question", "nl", q="yes"))

# 073 ---------------------------------------------------------------------
add("question-hypothetical-merger-notes", notes(
    "Klokkenist Honderddertien <k.honderddertien@klankkast.example.nl>",
    "Vraag over aanmelding bij fusie", "2010-04-19 11:50",
    """Geachte heer, mevrouw,

Onze organisatie gaat in september mogelijk fuseren met een andere woningcorporatie. Stel dat wij nu twee collega's aanmelden: gaan die aanmeldingen dan over naar de nieuwe organisatie, en naar welk adres gaat dan de factuur?

Met vriendelijke groet,

Klokkenist Honderddertien
Woonstichting Klankkast"""),
    X("a hypothetical question about a merger in September before registering",
      "question", "nl", q="yes"))

# 074 ---------------------------------------------------------------------
add("question-arrive-late-code-typed-tb", tb(
    "Componist Tien <c.tien@contrapunt.example.nl>",
    "later komen op 23 september", "2010-09-10 16:05",
    """Beste secretariaat,

Mag ik op donderdag 23 september een uur later komen? Ik moet die ochtend als getuige bij een zitting van de rechtbank zijn. Mijn referentiecode is H9C5T-2WKRM.

Hartelijke groet,
Componist Tien

-- 
Componist Tien | teamleider FACT Almere Stad
GGZ Contrapunt
T 036 555 1010 | M 06 5551 0100
"""),
    X("asks whether he may come an hour late on day 2; the code typed in his text",
      "question", "nl", code="H9C5T-2WKRM", q="yes"))

# 075 ---------------------------------------------------------------------
add("question-reading-list-proton", proton(
    "Beiaardier Honderdvijftien <beiaardier115@proton.example.com>",
    "Literatuur vooraf?", "2010-05-04 20:40",
    """Goedenavond,

Ik heb mij onlangs aangemeld voor de leergang. Is er een leeslijst of literatuur die ik vooraf kan bestuderen, bijvoorbeeld de Sociale Agenda waarnaar de brochure verwijst?

Vriendelijke groet,
Beiaardier Honderdvijftien"""),
    X("asks for a reading list before the course",
      "question", "nl", q="yes"))

# 076 ---------------------------------------------------------------------
add("question-information-stand-outlook2010", outlook2010(
    "Zanger Honderdzestien <z.honderdzestien@schuldhulpmetronoom.example.nl>",
    "Aanmelden voor een informatiestand op 23 november?", "2010-05-06 10:18",
    """Beste organisatie,

Schuldhulp Metronoom zou op de vierde dag graag een kleine informatiestand neerzetten over vroegsignalering van schulden. Kunnen wij ons daarvoor aanmelden, en zo ja, bij wie?

Met vriendelijke groet,

Zanger Honderdzestien
communicatieadviseur
Schuldhulp Metronoom"""),
    X("asks whether her organisation can 'register' for an information stand on day 4",
      "question", "nl", q="yes"))

# 077 ---------------------------------------------------------------------
add("question-parking-before-registering-ios", ios(
    "Blazer Honderdzeventien <blazer117@ritmiek.example.nl>",
    "Parkeren", "2010-05-10 07:48",
    """Goedemorgen, mijn collega en ik willen ons aanmelden, maar eerst een vraag: kunnen we bij de bibliotheek parkeren met een dagkaart, of moeten we in de garage staan? We komen met de bus van het sportbedrijf.

Groet, Blazer"""),
    X("asks about parking before she and a colleague register",
      "question", "nl", q="yes"))

# 078 ---------------------------------------------------------------------
_s078, _b078 = status_nl("Luitspeler Achttien", "D5RW9-J2NTC", "bevestigd",
                         "GGD Maatsoort", "jeugdverpleegkundige",
                         "l.achttien@ggdmaatsoort.example.nl",
                         phone="088 555 1818",
                         ia="GGD Maatsoort, Postbus 1818, 8200 AA Lelystad",
                         ir="GGD-OPL-18")
add("question-guests-reply-to-status-evolution", evolution(
    "Luitspeler Achttien <l.achttien@ggdmaatsoort.example.nl>",
    "Re: " + _s078, "2010-05-20 09:12",
    """Dank voor het overzicht. Nog een vraag: de brochure zegt dat de gasten uit de praktijk later bekend worden gemaakt. Weet u al wie er op 1 juni komen?

Groet,
Luitspeler Achttien

Op do, 20-05-2010 om 08:40 +0200, schreef deSTADSWIJKstudies Almere:
""" + quote(_b078),
    irt="<regbot.status.c41e6a0f93d2b587@example.org>"),
    X("asks about the practice guests in reply to the status reply (code in the subject and the quote)",
      "question", "nl", code="D5RW9-J2NTC", q="yes"))

# 079 ---------------------------------------------------------------------
add("help-how-to-register-gmail", gmail2(
    "Trommelaar Honderdnegentien <trommelaar119@gmail.example.com>",
    "aanmelden?", "2010-03-09 22:17",
    """Hallo,

Hoe kan ik mij aanmelden voor de leergang in Almere? Ik zie op de website van Trancity geen formulier.

Groet,
Trommelaar Honderdnegentien"""),
    X("asks how to register", "help", "nl"))

# 080 ---------------------------------------------------------------------
add("help-programme-request-outlook2003", outlook2003(
    "Organist Honderdtwintig <o.honderdtwintig@refrein.example.nl>",
    "programma leergang", "2010-03-26 10:40",
    """Goedemorgen,

Graag ontvang ik het programma van de vier dagen, met de tijden en de sprekers, zodat ik het met mijn leidinggevende kan bespreken.

Met vriendelijke groet,
Organist Honderdtwintig"""),
    X("asks for the programme of the four days", "help", "nl"))

# 081 ---------------------------------------------------------------------
add("help-en-how-to-sign-up-yahoo", yahoo2(
    "Piper HundredTwentyOne <piper121@yahoo.example.com>",
    "How to sign up", "2010-04-16 18:26",
    """Hello, how do I sign up for the Almere course? Is there a form I need to fill in?

Thanks,
Piper"""),
    X("asks in English how to sign up", "help", "en"))

# 082 ---------------------------------------------------------------------
add("help-form-please-iphone", iphone(
    "Cellist Honderdtweeëntwintig <cellist122@halvenoot.example.org>",
    "Aanmeldformulier", "2010-05-11 12:02",
    """Stuur mij svp het aanmeldformulier voor de leergang. Dank!

Verzonden vanaf mijn iPhone"""),
    X("asks for the registration form from a phone", "help", "nl"))

# 083 ---------------------------------------------------------------------
add("conditional-new-contract-full-form-o365", outlook365(
    "Harpist Honderddrieëntwintig <h.honderddrieentwintig@samenspel.example.nl>",
    "Aanmelding onder voorbehoud", "2010-04-20 14:55",
    """Beste organisatie,

Ik meld mij onder voorbehoud aan: mijn nieuwe contract bij Zorgcoöperatie Samenspel gaat in per 1 mei, maar is nog niet getekend. Zodra het rond is, laat ik het u weten; tot die tijd wil ik nog niet definitief ingeschreven worden.

Naam: Harpist Honderddrieëntwintig
Organisatie: Zorgcoöperatie Samenspel
Functie: wijkverpleegkundige
E-mail: h.honderddrieentwintig@samenspel.example.nl
Telefoon: 036 555 1230
Factuuradres: Zorgcoöperatie Samenspel, Postbus 3232, 1300 BP Almere

Met vriendelijke groet,
Harpist Honderddrieëntwintig"""),
    X("a full form 'onder voorbehoud' until her contract is signed: a person decides",
      "human", "nl"))

# 084 ---------------------------------------------------------------------
add("hesitant-en-hold-place-fastmail", fastmail(
    "Fiddler HundredTwentyFour <fiddler124@tuningfork.example.org>",
    "Reserve a place?", "2010-04-08 17:20",
    """Hello,

Our board decides on the training budget on 20 April. Could you keep a place for me until then? I will confirm straight after the meeting.

My details, in case that helps:
Fiddler HundredTwentyFour
Example Tuning Fork Trust
project manager
06 5551 2424

Best,
Fiddler"""),
    X("asks to hold a place until the board meeting, with her details: not yet a registration",
      "human", "en", q="yes"))

# 085 ---------------------------------------------------------------------
add("partial-two-days-zimbra", zimbra(
    "Violist Honderdvijfentwintig <violist125@stemvork.example.nl>",
    "Aanmelding 1 juni en 23 september", "2010-04-22 09:48",
    """Goedemorgen,

Graag meld ik mij aan voor 1 juni en 23 september. In november zit ik op een andere opleiding, dus die twee dagen kan ik niet.

Naam: Violist Honderdvijfentwintig
Organisatie: Buurtwerk Stemvork
Functie: opbouwwerker
Telefoon: 06 5551 2525
Factuur: Buurtwerk Stemvork, Postbus 404, 1300 AK Almere

Met vriendelijke groet,
Violist Honderdvijfentwintig"""),
    X("registers for two of the four days only: a person must decide",
      "human", "nl"))

# 086 ---------------------------------------------------------------------
_s086, _b086 = answer_nl(
    "Componist Honderdzesentwintig", "Korting voor vrijwilligersorganisatie?",
    "Een korting op de bijdrage van EUR 1.000 per deelnemer is helaas niet\n"
    "mogelijk; dat geldt voor alle maatschappelijke organisaties.")
add("decline-after-answer-owa", owa(
    "Componist Honderdzesentwintig <componist126@samenzang.example.org>",
    "RE: " + _s086, "2010-04-23 11:25",
    """Dank voor uw snelle antwoord. Dan zien wij helaas af van deelname; dat bedrag past niet in onze begroting. Misschien een volgende keer.

Met vriendelijke groet,
Componist Honderdzesentwintig
Vrijwilligerscentrale Samenzang
________________________________
Van: deSTADSWIJKstudies Almere [aanmelden@example.org]
Verzonden: vrijdag 23 april 2010 9:02
Aan: Componist Honderdzesentwintig
Onderwerp: """ + _s086 + """

""" + _b086,
    irt="<regbot.answer.91b0e4d2c57a3f68@example.org>"),
    X("declines in reply to the secretariat's answer about a discount", "human", "nl"))

# 087 ---------------------------------------------------------------------
add("decline-director-invitation-outlook2010", outlook2010(
    "Stemmer Honderdzevenentwintig <directie@wijkmelodie.example.nl>",
    "RE: Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
    "2010-04-14 16:40",
    """Geachte secretariaat,

Dank voor de uitnodiging. Helaas kunnen wij dit jaar niemand vrijmaken voor vier dagen; onze teams zijn door de bezuinigingen al zwaar belast. Wij volgen de resultaten graag via de nieuwsbrief.

Met vriendelijke groet,

Stemmer Honderdzevenentwintig
directeur Stichting Wijkmelodie""" + outlook_quote_nl(
        "Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
        "vrijdag 9 april 2010 15:10", "partners-leergang@almere.nl",
        "Uitnodiging leergang Almere: Sociale ambities in een groeiende stad",
        """Geachte partners,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een
groeiende stad" op 1 juni, 23 september, 2 november en 23 november 2010.
Aanmelden kan tot 25 mei door een mail aan aanmelden@example.org.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere""")),
    X("a director declines the organiser's invitation for her organisation", "human", "nl"))

# 088 ---------------------------------------------------------------------
add("vendor-sound-rental-o365", outlook365(
    "Trommelaar Honderdachtentwintig <verhuur@stagerental.example.com>",
    "Geluid en microfoons voor uw leergang", "2010-04-26 10:05",
    """Geachte organisator,

Wij zagen dat u dit jaar een leergang organiseert in De Nieuwe Bibliotheek in Almere. Example Stage Rental verzorgt al jaren geluid, microfoons en beamers voor congressen en studiedagen in Flevoland. Voor een programma met lezingen en interactie met zestig deelnemers adviseren wij twee handmicrofoons en een tafelset voor de sprekers.

Graag sturen wij u vrijblijvend een offerte voor alle vier de dagen.

Met vriendelijke groet,

Trommelaar Honderdachtentwintig
accountmanager
Example Stage Rental
036 555 1280"""),
    X("a sound-rental company offers its services, written personally", "human", "nl"))

# 089 ---------------------------------------------------------------------
add("vendor-photographer-gmail", gmail2(
    "Hoornist Honderdnegenentwintig <info@fotolichtmeter.example.nl>",
    "Fotografie tijdens uw studiedagen", "2010-05-03 13:33",
    """Goedemiddag,

Ik ben zelfstandig fotograaf in Almere en fotografeer regelmatig congressen en bijeenkomsten van maatschappelijke organisaties. Graag kom ik een keer kennismaken om te bespreken hoe ik de leergang kan vastleggen voor uw verslag of website. Mijn portfolio staat op www.fotolichtmeter.example.nl.

Met vriendelijke groet,
Hoornist Honderdnegenentwintig
Fotografie Lichtmeter
06 5551 2929"""),
    X("a photographer offers to photograph the course days", "human", "nl"))

# 090 ---------------------------------------------------------------------
add("other-event-symposium-full-form-outlook2010", outlook2010(
    "Pianist Honderddertig <p.honderddertig@jeugdzorgcanon.example.nl>",
    "Aanmelding symposium Jeugd in de Wijk 10 juni", "2010-05-05 09:10",
    """Beste organisatie,

Hierbij meld ik mij aan voor het symposium "Jeugd in de Wijk" op donderdag 10 juni 2010 in Lelystad.

Naam: Pianist Honderddertig
Organisatie: Jeugdzorg Canon
Functie: gezinscoach
E-mail: p.honderddertig@jeugdzorgcanon.example.nl
Telefoon: 06 5551 3030
Workshopkeuze: ronde 1 - B, ronde 2 - D

Met vriendelijke groet,
Pianist Honderddertig"""),
    X("a full form for another event (a symposium on 10 June in Lelystad) sent here by mistake",
      "human", "nl"))

# 091 ---------------------------------------------------------------------
add("other-course-full-form-zimbra", zimbra(
    "Luitspeler Honderdeenendertig <luitspeler131@toonladder.example.nl>",
    "Aanmelding cursus Motiverende gespreksvoering", "2010-05-17 14:22",
    """Goedemiddag,

Graag meld ik mij aan voor de cursus Motiverende gespreksvoering in het najaar (vier dinsdagmiddagen vanaf 7 september).

Naam: Luitspeler Honderdeenendertig
Organisatie: Stichting Toonladder
Functie: maatschappelijk werker
E-mail: luitspeler131@toonladder.example.nl
Telefoon: 036 555 1310
Factuuradres: Stichting Toonladder, t.a.v. financiële administratie, Postbus 55012, 1300 BA Almere

Met vriendelijke groet,
Luitspeler Honderdeenendertig"""),
    X("a full form for another course (motivational interviewing, from 7 September)",
      "human", "nl"))

# 092 ---------------------------------------------------------------------
add("organiser-phone-registration-outlook2010", outlook2010(
    ORG, "Telefonische aanmelding", "2010-04-21 15:32",
    """Telefonisch aangemeld bij mij, graag verwerken:

Naam: Slagwerker Honderdtweeëndertig
Organisatie: Stichting Klankmaker
Functie: buurtcoach
E-mail: slagwerker132@klankmaker.example.org
Telefoon: 036 555 1320
Factuur: Stichting Klankmaker, Postbus 2929, 1300 BM Almere

Groet,
Secretariaat DMO"""),
    X("the organiser passes on a registration she took by phone: her own mail is for a person",
      "human", "nl"))

# 093 ---------------------------------------------------------------------
add("organiser-practice-guests-day2-outlook2010", outlook2010(
    ORG, "Praktijkgasten dag 2", "2010-09-06 10:15",
    """Ter informatie voor het dossier: de gasten uit de praktijk op 23 september zijn Beiaardier Honderddrieëndertig (bewonersinitiatief Almere Haven) en Bandleider Honderddrieëndertig (ondernemersvereniging Stad-Centrum). Zij hoeven niet aangemeld te worden en krijgen geen factuur, wel graag een naambordje.

Secretariaat DMO"""),
    X("the organiser notes the practice guests of day 2; nobody is to be registered", "human", "nl"))

# 094 ---------------------------------------------------------------------
add("organiser-announces-group-outlook2010", outlook2010(
    ORG, "Aanmeldingen Zorgcentrum Polyfonie", "2010-05-13 16:50",
    """Ter info: morgen komen er waarschijnlijk zes aanmeldingen binnen van Zorgcentrum Polyfonie. Dat is met hun directie afgestemd, dus niet schrikken van het aantal.

Secretariaat DMO"""),
    X("the organiser announces a group that will register tomorrow", "human", "nl"))

# 095 ---------------------------------------------------------------------
add("correction-phone-code-in-text-oe", oe(
    "Pianist Zestien <p.zestien@refrein.example.nl>",
    "Wijziging telefoonnummer", "2010-04-06 10:20",
    """Geachte heer/mevrouw,

Mijn telefoonnummer is gewijzigd. Het nieuwe nummer is 036 - 555 16 60. Mijn referentiecode is G2XH6-9TRMB.

Met vriendelijke groet,

Pianist Zestien"""),
    X("corrects his phone number, with his code in the text", "human", "nl",
      code="G2XH6-9TRMB"))

# 096 ---------------------------------------------------------------------
add("correction-company-name-code-subject-macmail", macmail(
    "Harmonist Drieëntwintig <harmonist@tempoadvies.example.nl>",
    "Wijziging gegevens 2JMV7-TK9RQ", "2010-04-09 08:55",
    """Goedemorgen,

Mijn bedrijfsnaam is per 1 april gewijzigd in Tempo Sociaal Advies & Training. Wilt u die naam op de factuur zetten? Het adres blijft hetzelfde.

Met vriendelijke groet,

Harmonist Drieëntwintig
"""),
    X("corrects the name of her business on the invoice; the code only in the subject", "human", "nl",
      code="2JMV7-TK9RQ"))

# 097 ---------------------------------------------------------------------
add("correction-budget-number-no-code-k9", android(
    "Blazer Achtentwintig <blazer28@grondtoon.example.nl>",
    "budgetnummer klopt niet", "2010-04-12 13:05",
    """Hallo,

Ik heb bij mijn aanmelding vorige week een verkeerd budgetnummer opgegeven. Het moet 28-OPL-2010-B zijn in plaats van 28-OPL-2010.

Groet,
Blazer Achtentwintig"""),
    X("corrects the budget number given at registration, without a code", "human", "nl"))

# 098 ---------------------------------------------------------------------
_s098, _b098 = conf_nl("Trommelaar Dertig", "V8DN4-3QTHM", "Stichting Dwarsfluit",
                       "maatschappelijk werker", "trommelaar30@dwarsfluit.example.net",
                       phone="06 5553 0030", diet="vegetarisch",
                       ia="Stichting Dwarsfluit, Fluitpad 30, 1343 AB Almere")
add("thanks-reply-to-confirmation-fastmail", fastmail(
    "Trommelaar Dertig <trommelaar30@dwarsfluit.example.net>",
    "Re: " + _s098, "2010-04-14 07:10",
    """Dank voor de snelle bevestiging, ik kijk ernaar uit!

Trommelaar

On Tue, Apr 13, 2010, at 22:10, deSTADSWIJKstudies Almere wrote:
""" + quote(_b098),
    irt="<regbot.confirmation.2f6b9d0e84a1c357@example.org>"),
    X("thanks for the confirmation (code in the subject and the quote)", "human", "nl",
      code="V8DN4-3QTHM"))

# 099 ---------------------------------------------------------------------
_s099, _b099 = cancelled_nl("Slagwerker Achtenvijftig", "T9MR3-QX6WC")
add("not-meant-reply-to-cancellation-o365", outlook365(
    "Slagwerker Achtenvijftig <s.achtenvijftig@jeugdzorgcanon.example.nl>",
    "RE: " + _s099, "2010-05-10 17:25",
    """Beste secretariaat,

Dit was niet de bedoeling! Mijn teamleider heeft mij afgemeld omdat hij dacht dat mijn zwangerschapsverlof al in juni begint, maar dat is pas in december. Ik wil graag gewoon blijven deelnemen. Kunt u mijn aanmelding herstellen?

Met vriendelijke groet,
Slagwerker Achtenvijftig
Jeugdzorg Canon""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-05-10 14:03",
        "Slagwerker Achtenvijftig <s.achtenvijftig@jeugdzorgcanon.example.nl>",
        _s099, _b099),
    irt="<regbot.cancelled.7d2a0f58c1e9b364@example.org>"),
    X("in reply to the cancellation receipt: her team lead cancelled her by mistake and she wants her seat back",
      "human", "nl", code="T9MR3-QX6WC"))

# 100 ---------------------------------------------------------------------
_s100, _h100, _t100 = reminder_nl("Klokkenist Tweeëndertig", "J7QM4-8RBXT", 2,
                                  "donderdag 23 september 2010", tomorrow=True)
add("absence-day2-reply-to-reminder-tb", tb(
    "Klokkenist Tweeëndertig <k.tweeendertig@samenspel.example.nl>",
    "Re: " + _s100, "2010-09-22 11:40",
    """Beste organisatie,

Morgen kan ik helaas niet komen: er is een cliënt overleden en ik begeleid de familie. De andere dagen ben ik er gewoon bij.

Met vriendelijke groet,
Klokkenist Tweeëndertig""" + tb_quote_nl(
        "2010-09-22 10:00", "deSTADSWIJKstudies Almere",
        _h100 + "\n\n[...]\n\n" + _t100),
    irt="<regbot.reminder.e58b1c04a7d93f26@example.org>"),
    X("absent on day 2 only, in reply to the day-before reminder (code in the subject and the quote)",
      "human", "nl", code="J7QM4-8RBXT"))

# 101 ---------------------------------------------------------------------
add("absence-day3-no-code-roundcube", roundcube(
    "Violist Vierendertig <violist34@kwartnoot.example.nl>",
    "2 november afwezig", "2010-10-20 09:30",
    """Goedemorgen,

Op 2 november ben ik er niet bij, omdat ik dan een verplichte training heb. Op 23 november kom ik weer gewoon.

Met vriendelijke groet,
Violist Vierendertig"""),
    X("absent on day 3 only, without a code", "human", "nl"))

# 102 ---------------------------------------------------------------------
_s102, _b102 = substitution_old_nl("Fluitist Drieëndertig", "6TKB9-MC3WZ",
                                   "Violist Honderdnegenenveertig",
                                   "v.honderdnegenenveertig@solo.example.nl")
add("thanks-reply-to-substitution-old-notes", notes(
    "Fluitist Drieendertig <f.drieendertig@solo.example.nl>",
    "Antw: " + _s102, "2010-05-07 14:45",
    """Dank u wel, zo is het goed. Ik wens Violist veel plezier bij de leergang.

Met vriendelijke groet,

Fluitist Drieëndertig
Jobcoach
Leerwerkbedrijf Solo



Van:\tdeSTADSWIJKstudies Almere <aanmelden@example.org>
Aan:\tFluitist Drieendertig <f.drieendertig@solo.example.nl>
Datum:\t07-05-2010 11:32
Onderwerp:\t""" + _s102 + """



""" + _b102,
    irt="<regbot.substitution-old.4a7e2c91b0d5f836@example.org>"),
    X("thanks in reply to the mail that her seat passed to her colleague (code in the subject and the quote)",
      "human", "nl", code="6TKB9-MC3WZ"))

# 103 ---------------------------------------------------------------------
add("complaint-double-invoice-zimbra", zimbra(
    "Dirigent Een <d.een@toonladder.example.nl>",
    "Factuur leergang dubbel ontvangen (7QH3K-D2M9V)", "2010-06-15 10:20",
    """Goedemorgen,

Onze administratie heeft de factuur voor mijn deelname aan de leergang twee keer ontvangen: één keer op de postbus en één keer op ons bezoekadres, met twee verschillende factuurnummers. Wij betalen uiteraard maar één keer; wilt u de tweede factuur crediteren?

Met vriendelijke groet,

Dirigent Een
Stichting Toonladder"""),
    X("a complaint about a double invoice, with her code in the subject", "human", "nl",
      code="7QH3K-D2M9V"))
