"""Set 4, batch 3: mail from people that must not register anyone."""
from set4_lib import *  # noqa: F401,F403

# ---- questions -----------------------------------------------------------

add("question-one-day-nl", outlook(
    "Wijkwerker Honderd <whonderd@buurthuis-proefstuk.example.nl>",
    "Vraag over aanmelden", "2010-03-04 10:30",
    """Goedemorgen,

Kan ik mij ook aanmelden voor alleen de eerste dag (1 juni)? Het thema ambities van bewoners sluit precies aan bij ons werk, maar vier dagen is voor ons kleine team te veel. En wat kost één dag dan?

Met vriendelijke groet,
Wijkwerker Honderd
Buurthuis Proefstuk"""),
    X("asks whether one can register for one day only and what it costs: a question, nobody registered",
      "question", "nl", q="yes"))

add("question-on-the-spot-nl", tb(
    "Meeloper Honderdeen <mh101@jeugdproefvlak.example.org>",
    "aanmelden op de dag zelf?", "2010-03-09 13:05",
    """Hallo,

Moet je je echt vooraf aanmelden, of kun je ook op 1 juni zelf binnenlopen? Ik weet nog niet of ik vrij kan krijgen.

Groet,
Meeloper Honderdeen
"""),
    X("asks whether registering in advance is needed: a question with registration words",
      "question", "nl", q="yes"))

add("question-outside-almere-en", gmail(
    "Scholar HundredTwo <scholar102@citynet-sample.example.net>",
    "Question about registration", "2010-03-10 17:44",
    """Dear organisers,

We are a housing association based in Lelystad, not Almere. Are organisations from outside Almere allowed to register for the course, and would the same fee apply?

Kind regards,
Scholar HundredTwo"""),
    X("asks whether organisations outside Almere may register: a question",
      "question", "en", q="yes"))

add("question-colleague-no-email", notes(
    "Teamleider Honderddrie <Teamleider.Honderddrie@zorgoefenhof.example.nl>",
    "Aanmelden zonder e-mail?", "2010-03-15 09:50",
    """Goedemorgen,

Een van mijn medewerkers wil graag meedoen aan de leergang, maar zij heeft geen eigen e-mailadres (zij werkt in de thuiszorg). Kan zij zich telefonisch aanmelden, of mag ik haar via mijn adres aanmelden? Moet zij dan zelf de bevestiging krijgen?

Met vriendelijke groet,
Teamleider Honderddrie
Zorggroep Oefenhof"""),
    X("asks how to register a colleague without an e-mail address; no name given, nobody registered",
      "question", "nl", q="yes"))

add("question-volunteers-fee", webmail(
    "Vrijwilliger Honderdvier <vrijwilliger104@planet.example.nl>",
    "kosten vrijwilligers", "2010-03-18 20:20",
    """Geachte heer/mevrouw,

Ik ben vrijwilliger bij een bewonersorganisatie in Almere Haven. Moeten vrijwilligers ook 1000 euro betalen als ze zich aanmelden, of is er een regeling? Ik wil me graag inschrijven maar dit bedrag kan onze vereniging niet betalen.

Vriendelijke groet,
Vrijwilliger Honderdvier""", agent="SquirrelMail/1.4.19"),
    X("a volunteer asks about the fee before registering ('wil me graag inschrijven maar'): a question, not a registration",
      "question", "nl", q="yes"))

add("question-language-en", apple(
    "Newcomer HundredFive <newcomer105@example.edu>",
    "Language of the course", "2010-03-22 09:02",
    """Hello,

I'm a researcher who recently moved to Almere and I don't speak Dutch well yet. Are the lectures in Dutch only? If some are in English I'd love to register.

Best,
Newcomer HundredFive"""),
    X("asks about the course language before deciding to register: a question",
      "question", "en", q="yes"))

add("question-accreditation", outlook(
    "Buurtcoach Honderdzes <bc106@jeugdwerk-voorbeeldkust.example.nl>",
    "Accreditatie?", "2010-03-24 14:14",
    """Goedemiddag,

Is de leergang geaccrediteerd voor het Kwaliteitsregister Jeugd (SKJ)? Zo ja, hoeveel punten? Dan kan ik mijn aanmelding beter verantwoorden bij mijn leidinggevende.

Met vriendelijke groet,
Buurtcoach Honderdzes
Jeugdwerk Voorbeeldkust"""),
    X("asks about accreditation points: a question",
      "question", "nl", q="yes"))

add("question-invoice-address", oe(
    "Administratie Sportservice <administratie@sportprobeer.example.nl>",
    "factuur aanmelding", "2010-03-26 11:00",
    """Goedemorgen,

Onze medewerkers melden zich binnenkort aan voor de leergang. Kan de factuur per medewerker of komt er één verzamelfactuur per organisatie? En kan die rechtstreeks naar ons crediteurenmailadres?

Met vriendelijke groet,
Administratie Sportservice Probeerstad"""),
    X("an administration asks how invoices will be sent for future registrations: a question",
      "question", "nl", q="yes"))

_s, _b = conf_nl("Meedenker Vijfentwintig", "C2TFX-K9NLP", "Zorggroep Oefenhof",
                 "casemanager dementie", "m25@zorgoefenhof.example.nl",
                 ia=None, ir=None)
add("question-reply-confirmation-code", outlook(
    "Meedenker Vijfentwintig <m25@zorgoefenhof.example.nl>", "RE: " + _s,
    "2010-04-12 16:02",
    """Dank voor de bevestiging. Mijn vraag over het parkeren is nog niet beantwoord: kan ik bij de bibliotheek parkeren en wordt dat vergoed?

Groet,
Meedenker Vijfentwintig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "maandag 12 april 2010 10:42", "Meedenker Vijfentwintig", _s, _b),
    irt=robot_mid("confirm", "C2TFX-K9NLP")),
    X("a question in reply to her confirmation, which carries her code",
      "question", "nl", code="C2TFX-K9NLP", q="yes"))

add("question-seats-left", yahoo(
    "Klasgenoot Honderdzeven <klasgenoot107@yahoo.example.com>",
    "nog plaatsen?", "2010-04-29 21:15",
    """Beste mensen,

Hoeveel plaatsen zijn er nog voor organisaties? Wij willen misschien met drie mensen komen, maar alleen als we alle drie een plek krijgen.

Groet,
Klasgenoot Honderdzeven"""),
    X("asks how many seats are left before registering three people: a question",
      "question", "nl", q="yes"))

add("question-hypothetical-ill", tb(
    "Studiemaat Honderdacht <sh108@schuldhulp-testkust.example.nl>",
    "Vraag over annuleren", "2010-04-08 10:25",
    """Beste organisatie,

Stel dat ik me aanmeld en na 18 mei ziek word, moet mijn werkgever dan toch de volle 1000 euro betalen? Of is er een uitzondering bij ziekte?

Met vriendelijke groet,
Studiemaat Honderdacht
"""),
    X("a hypothetical question about cancelling when ill: a question, not a cancellation or registration",
      "question", "nl", q="yes"))

add("question-bring-intern-en", outlook(
    "Collaborator Fifty <collaborator50@trialhousing.example.org>",
    "Intern", "2010-04-14 15:30",
    """Hello,

Our intern would like to join me on day 1. Is that possible without a separate registration, or does she need to register (and pay) as well?

Thanks,
Collaborator Fifty
Sample Housing Partners""", lang="EN"),
    X("asks whether an intern can come along without registering: a question",
      "question", "en", q="yes"))

add("question-wheelchair", android(
    "Meeloper Honderdnegen <mh109@mantelzorg-probeerhaven.example.nl>",
    "toegankelijkheid", "2010-04-16 08:10",
    """Goedemorgen, ik zit in een rolstoel. Is het Nieuwe Lokaal op de 4e verdieping bereikbaar met een lift en is er een invalidentoilet? Dan meld ik me daarna aan.

Meeloper Honderdnegen"""),
    X("asks about wheelchair access before registering: a question",
      "question", "nl", q="yes"))

add("question-vat", mutt(
    "Penningmeester Honderdtien <penningmeester@bewonersraad-schets.example.nl>",
    "btw", "2010-04-19 19:45",
    """Geachte heer/mevrouw,

Is de bijdrage van EUR 1.000 per deelnemer inclusief of exclusief btw? Wij zijn als bewonersraad niet btw-plichtig.

Met vriendelijke groet,
Penningmeester Honderdtien
Bewonersraad Schetswijk"""),
    X("asks whether the fee includes VAT: a question",
      "question", "nl", q="yes"))

add("question-transfer-later", gmail(
    "Pionier Honderdelf <pionier111@woonmaquette.example.nl>",
    "Aanmelding overdragen", "2010-04-22 12:40",
    """Hallo,

Als ik me nu aanmeld en mijn contract loopt in september af, kan mijn opvolger dan de dagen in september en november overnemen? En moet die zich dan opnieuw aanmelden?

Groet,
Pionier Honderdelf"""),
    X("a hypothetical question about passing the seat on later: a question",
      "question", "nl", q="yes"))

add("question-slides-en", webmail(
    "Associate HundredTwelve <associate112@sample-research.example.org>",
    "Course materials", "2010-05-03 11:11",
    """Dear Sir/Madam,

Will the slides and readers of the lectures be available afterwards for those who registered? And will there be a reading list before day 1?

Regards,
Associate HundredTwelve""", agent="Zimbra 6.0.4_GA (ZimbraWebClient - IE8)"),
    X("asks about course materials: a question",
      "question", "en", q="yes"))

add("question-max-three-locations", notes(
    "Directeur Honderddertien <Directeur.Honderddertien@ggdzandbak.example.nl>",
    "Maximum per organisatie", "2010-04-07 09:00",
    """Geachte organisatie,

Geldt het maximum van drie deelnemers per organisatie ook als een organisatie meerdere vestigingen heeft? GGD Zandbak heeft een vestiging in Almere en een in Lelystad; kunnen beide vestigingen drie mensen aanmelden?

Met vriendelijke groet,
Directeur Honderddertien
GGD Zandbak"""),
    X("asks about the limit of three per organisation: a question",
      "question", "nl", q="yes"))

add("question-press-attend", outlook(
    "Redactie Stadskrant Voorbeeld <redactie@stadskrant-voorbeeld.example.nl>",
    "Perstoegang leergang", "2010-05-20 10:00",
    """Goedemorgen,

Namens de Stadskrant Voorbeeld: mogen wij op 1 juni een verslaggever sturen naar de openingsdag in de Nieuwe Bibliotheek? Hij hoeft zich niet als deelnemer aan te melden, maar wil graag de inleiding bijwonen.

Met vriendelijke groet,
Verslaggever Honderdveertien
Stadskrant Voorbeeld"""),
    X("a newspaper asks whether a reporter may attend: a question, explicitly not a registration",
      "question", "nl", q="yes"))

# ---- help ----------------------------------------------------------------

add("help-how-to-register-nl", iphone(
    "Luisteraar Honderdvijftien <lh115@planet.example.nl>",
    "Aanmelden", "2010-03-02 22:30",
    """Hoe kan ik me aanmelden voor de leergang? Welke gegevens hebben jullie nodig?

Verstuurd vanaf mijn iPhone"""),
    X("asks how to register: the robot's help answer",
      "help", "nl"))

add("help-how-to-register-en", gmail(
    "Enrollee HundredSixteen <enrollee116@gmail.example.com>",
    "How to sign up?", "2010-03-11 08:00",
    """Hi,

A colleague forwarded me your address. How do I sign up for the Almere course, and what information do you need from me?

Cheers,
Enrollee HundredSixteen"""),
    X("asks how to sign up: help",
      "help", "en"))

add("help-programme", outlook(
    "Meedenker Honderdzeventien <mh117@wijkatelier-proefzone.example.nl>",
    "Programma leergang", "2010-03-19 10:10",
    """Goedemorgen,

Kunt u mij het programma van de vier dagen toesturen? Ik kan de folder niet meer vinden.

Met vriendelijke groet,
Meedenker Honderdzeventien"""),
    X("asks for the programme: help",
      "help", "nl"))

add("help-one-word", plain(
    "Buurtcoach Honderdachttien <bc118@planet.example.nl>",
    "help", "2010-04-05 23:59", """help
"""),
    X("the single word 'help': the robot's help answer",
      "help", "nl"))

# ---- for a person (human) ------------------------------------------------

add("conditional-manager-approval", outlook(
    "Studiemaat Honderdnegentien <sh119@buurtbeheer-concept.example.nl>",
    "Aanmelding onder voorbehoud", "2010-03-23 11:30",
    """Beste organisatie,

Ik meld mij onder voorbehoud aan: mijn leidinggevende moet nog akkoord geven op de kosten. Ik verwacht dat volgende week te horen.

Naam: Studiemaat Honderdnegentien
Organisatie: Buurtbeheer Concept
Functie: buurtbeheerder
E-mail: sh119@buurtbeheer-concept.example.nl
Telefoon: 036-5299119

Met vriendelijke groet,
Studiemaat Honderdnegentien"""),
    X("a full form, but 'onder voorbehoud' until the manager approves: conditional, for a person",
      "human", "nl"))

add("pencil-me-in-en", outlook(
    "Associate HundredTwenty <associate120@trialhousing.example.org>",
    "Almere course", "2010-04-01 16:50",
    """Hi,

Could you pencil me in for the course? I still need to check with my director about the budget and will confirm by the end of next week.

Associate HundredTwenty
Sample Housing Partners""", lang="EN"),
    X("'pencil me in', confirmation to follow: hesitant, for a person",
      "human", "en"))

add("when-budget-names", notes(
    "Manager Honderdeenentwintig <Manager.Honderdeenentwintig@vwproefrit.example.nl>",
    "Voorlopige namen", "2010-04-15 14:00",
    """Geachte organisatie,

Zodra het budget rond is (naar verwachting begin mei) willen wij twee medewerkers aanmelden. Ter informatie alvast de namen: Pionier Honderdtweeentwintig en Pionier Honderddrieentwintig. U hoort nog van ons.

Met vriendelijke groet,
Manager Honderdeenentwintig
Vluchtelingenwerk Proefrit"""),
    X("names given 'zodra het budget rond is', registration announced for later: for a person, nobody registered now",
      "human", "nl"))

add("decline-nl", outlook(
    "Directeur Honderdvierentwintig <dh124@kunstcentrum-proefzaal.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-03-05 15:00",
    """Geachte heer/mevrouw,

Dank voor de uitnodiging. Helaas kunnen wij dit jaar niet deelnemen aan de leergang; onze opleidingsbudgetten zijn al besteed. Wij wensen u een succesvolle leergang.

Met vriendelijke groet,
Directeur Honderdvierentwintig
Kunstcentrum Proefzaal""" + outlook_quote_nl(
        "Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
        "maandag 1 maart 2010 10:00", "Directeur Honderdvierentwintig",
        "Uitnodiging leergang deSTADSWIJKstudies Almere",
        """Geachte heer/mevrouw,

Graag nodigen wij u en uw collega's uit voor de leergang "Almere: Sociale ambities in een groeiende stad". U kunt zich aanmelden via aanmelden@example.org.

Met vriendelijke groet,

Programmasecretariaat DMO""")),
    X("declines the invitation: for a person, not a cancellation",
      "human", "nl"))

add("decline-en", gmail(
    "Scholar HundredTwentyFive <scholar125@sample-research.example.org>",
    "Re: Invitation Almere course", "2010-03-08 12:00",
    """Thank you for thinking of us. Unfortunately none of our staff can attend on these dates, so we will not register this time. Good luck with the programme!

Scholar HundredTwentyFive"""),
    X("declines the invitation in English: for a person",
      "human", "en"))

add("vendor-catering", outlook(
    "Catering Proefkeuken <verkoop@proefkeuken.example.com>",
    "Lunch tijdens uw leergang", "2010-03-17 10:45",
    """Geachte organisatie,

Wij lazen dat u vier cursusdagen organiseert in de Nieuwe Bibliotheek. Proefkeuken verzorgt al jaren lunches voor bijeenkomsten in Almere, ook vegetarisch, halal en glutenvrij. Graag stuur ik u een offerte; mag ik u volgende week bellen?

Met vriendelijke groet,
Verkoper Honderdzesentwintig
Accountmanager Catering Proefkeuken
036-5000126"""),
    X("a caterer writes personally to offer lunches: vendor, for a person",
      "human", "nl"))

add("vendor-speakers-en", webmail(
    "Agent HundredTwentySeven <agent127@speakers-sample.example.com>",
    "Speakers for your Almere programme", "2010-04-09 09:30",
    """Dear programme team,

I represent a number of speakers on urban renewal and community development. Should any of your speakers cancel, or should you plan a follow-up, I'd be glad to suggest someone. Could we have a short call?

Best regards,
Agent HundredTwentySeven
Sample Speakers Bureau""", agent="Zimbra 6.0.5_GA (ZimbraWebClient - FF3.0)"),
    X("a speakers' agent writes personally: vendor, for a person",
      "human", "en"))

add("other-course-form", tb(
    "Meeloper Honderdachtentwintig <mh128@wijkatelier-proefzone.example.nl>",
    "Aanmelding Wijkaanpakdag 15 april", "2010-04-06 13:45",
    """Beste organisatie,

Hierbij meld ik mij aan voor de Wijkaanpakdag op 15 april in Lelystad.

Naam: Meeloper Honderdachtentwintig
Organisatie: Stichting Wijkatelier Proefzone
Functie: procesbegeleider
E-mail: mh128@wijkatelier-proefzone.example.nl

Met vriendelijke groet,
Meeloper Honderdachtentwintig
"""),
    X("a complete form, but for another event (a day on 15 April in Lelystad): for a person, nobody registered",
      "human", "nl"))

add("other-event-network-en", apple(
    "Newcomer HundredTwentyNine <newcomer129@example.edu>",
    "Network meeting Social Agenda", "2010-05-10 18:20",
    """Dear all,

I'd like to attend the network meeting on the Social Agenda on 8 June at the town hall. Could you put me on the list? I'm a PhD student at the university working on new towns.

Newcomer HundredTwentyNine"""),
    X("wants to attend a different meeting (8 June network meeting): for a person",
      "human", "en"))

_digest = """Dagoverzicht van de aanmeldingen, 1 april 2010
Almere: Sociale ambities in een groeiende stad

Wijzigingen sinds het vorige overzicht van 31 maart 2010.
Nog 61 dagen tot cursusdag 1, dinsdag 1 juni 2010:
Ambities van bewoners.

PLAATSEN PER POOL
  Gemeente Almere: 14 bevestigd, 6 vrij (van 20), 0 op de wachtlijst
  Organisaties: 18 bevestigd, 22 vrij (van 40), 0 op de wachtlijst
  Totaal: 32 bevestigd, 28 vrij (van 60), 0 op de wachtlijst

WAT IS ER VERANDERD
  Nieuwe aanmeldingen (3):
    - Pionier Achtenvijftig, Gemeente Almere [U9CRG-5HMZT] in Gemeente Almere: bevestigd (31 maart 16:40)
    - Pionier Negenenvijftig, Gemeente Almere [M7DXR-4KPWH] in Gemeente Almere: bevestigd (31 maart 16:40)
    - Pionier Zestig, Gemeente Almere [V7NJQ-3BEYS] in Gemeente Almere: bevestigd (31 maart 16:40)"""
add("organiser-reply-digest", outlook(
    ORG, "RE: Dagoverzicht 1 april 2010: 32 bevestigd, 28 vrij, 0 wachtend",
    "2010-04-01 09:05",
    """Hoi,

Pionier Zestig had zich vorige week al telefonisch bij mij aangemeld, kijk even of hij nu niet dubbel staat. De andere twee zijn akkoord.

Groet,
Programmasecretariaat""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "donderdag 1 april 2010 07:00", "secretariaat@almere.nl",
        "Dagoverzicht 1 april 2010: 32 bevestigd, 28 vrij, 0 wachtend", _digest)),
    X("the organiser replies to the digest quoting three people's codes: for a person, no code of her own",
      "human", "nl"))

add("organiser-phone-registration", outlook(
    ORG, "Telefonische aanmelding", "2010-05-07 11:20",
    """Ik kreeg zojuist telefonisch een aanmelding binnen, graag verwerken:

Naam: Klasgenoot Honderddertig
Organisatie: Stichting Schetswijk
Functie: buurtwerker
E-mail: k130@schetswijk.example.nl
Telefoon: 036-5201130

Dank!
Programmasecretariaat DMO"""),
    X("the organiser passes on a registration she took by phone: her own mail, for a person",
      "human", "nl"))

add("organiser-list-request", outlook(
    ORG, "Deelnemerslijst", "2010-05-26 08:45",
    """Goedemorgen,

Kan ik een actuele lijst van alle deelnemers krijgen, met organisatie en dieetwensen? Die heb ik nodig voor de catering van 1 juni.

Groet,
Programmasecretariaat DMO"""),
    X("the organiser asks for the participant list: for a person",
      "human", "nl"))

_s, _b = conf_nl("Buurtcoach Zeven", "F9LXW-2MDKU", "Jeugdwerk Proefvlak",
                 "jongerenwerker", "b.zeven@jeugdproefvlak.example.org",
                 ia="Jeugdwerk Proefvlak, Kruidenweg 4, 1334 AB Almere")
add("correction-phone-with-code", tb(
    "Buurtcoach Zeven <b.zeven@jeugdproefvlak.example.org>", "Re: " + _s,
    "2010-03-11 14:02",
    """Beste,

Er staat geen telefoonnummer bij; mijn nummer is 0365012277 maar ik ben beter bereikbaar op 06 2277 0365. En mijn functie is sinds deze maand senior jongerenwerker.

Groet,
Buurtcoach Zeven

Op 11-3-2010 13:32, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=robot_mid("confirm", "F9LXW-2MDKU")),
    X("corrects phone and function in reply to her confirmation: a correction, for a person, with her code",
      "human", "nl", code="F9LXW-2MDKU"))

add("correction-no-code", outlook(
    "Luisteraar Vier <lvier@almere.nl>", "Wijziging functie", "2010-04-21 10:00",
    """Hoi,

Ik ben per 1 april overgestapt naar de afdeling Wonen en Zorg; mijn functie is nu beleidsadviseur Wonen. Willen jullie dat aanpassen in mijn aanmelding?

Groet,
Luisteraar Vier"""),
    X("corrects her function without a code: for a person",
      "human", "nl"))

add("correction-invoice-en-subject-code", outlook(
    "Enrollee Three <e.three@alliance.example.org>",
    "Invoice address change [W2CFN-9PLKE]", "2010-04-23 09:40",
    """Hello,

Our finance department has moved. Please send my invoice to Example Neighbourhood Alliance, Finance, Prinsengracht 300, 1016 HX Amsterdam, PO number unchanged.

Thanks,
Enrollee Three""", lang="EN"),
    X("changes the invoice address; her code is in the subject: a correction, for a person",
      "human", "en", code="W2CFN-9PLKE"))

_s, _b = conf_nl("Luisteraar Vier", "D5TYV-H6QRM", "Gemeente Almere",
                 "Beleidsadviseur Onderwijs", "lvier@almere.nl", free=True)
add("thanks-nl", outlook(
    "Luisteraar Vier <lvier@almere.nl>", "RE: " + _s, "2010-03-08 09:15",
    """Dank je wel, tot 1 juni!

Luisteraar""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "maandag 8 maart 2010 8:48", "Luisteraar Vier", _s, _b),
    irt=robot_mid("confirm", "D5TYV-H6QRM")),
    X("a thank-you in reply to her confirmation (with its code): for a person",
      "human", "nl", code="D5TYV-H6QRM"))

_s, _b = conf_en("Newcomer Fifteen", "J8RTL-6CWPH", "Example Debt Advice Flevoland",
                 "senior debt counsellor", "n.fifteen@debtadvice.example.org",
                 ia="Example Debt Advice Flevoland, Markt 8, 1354 AA Almere")
add("thanks-en", apple(
    "Newcomer Fifteen <n.fifteen@debtadvice.example.org>", "Re: " + _s,
    "2010-03-22 13:01",
    """Great, thank you! Looking forward to it.

Newcomer

On 22 Mar 2010, at 12:31, deSTADSWIJKstudies Almere wrote:

""" + quote(_b), irt=robot_mid("confirm", "J8RTL-6CWPH")),
    X("a thank-you in English quoting the confirmation with the code: for a person",
      "human", "en", code="J8RTL-6CWPH"))

add("one-day-absence-code", mutt(
    "Studiemaat Dertien <s13@humanitas-conceptwijk.example.org>",
    "23 september [P7KCG-3ZHWA]", "2010-09-06 10:30",
    """Beste,

Op 23 september ben ik helaas verhinderd (bruiloft in de familie). De overige dagen kom ik gewoon. Kan ik de sheets van die dag na afloop krijgen?

Groet,
Studiemaat Dertien"""),
    X("absent one day only (23 September), code in the subject, and asks for the slides: for a person, not a cancellation",
      "human", "nl", code="P7KCG-3ZHWA", q="yes"))

add("one-day-absence-en", gmail(
    "Scholar Twenty <scholar.twenty@trialhousing.example.org>",
    "2 November", "2010-10-25 08:20",
    """Hi,

Just to let you know I can't make it on 2 November because of a board meeting. I'll be there on the 23rd as usual.

Scholar Twenty"""),
    X("one-day absence without a code: for a person, not a cancellation",
      "human", "en"))

add("invoice-complaint-code", outlook(
    "Meedenker Veertien <meedenker14@sportprobeer.example.nl>",
    "Dubbele factuur U5ENB-9QXFT", "2010-06-14 10:05",
    """Goedemorgen,

Wij hebben voor mijn deelname (code U5ENB-9QXFT) twee facturen ontvangen, beide van EUR 1.000. Wilt u er één crediteren?

Met vriendelijke groet,
Meedenker Veertien
Sportservice Probeerstad"""),
    X("an invoice complaint with her code, asking for a credit note: for a person",
      "human", "nl", code="U5ENB-9QXFT", q="yes"))

add("off-invitation-list", webmail(
    "Info Wijkcentrum Maquette <info@wijkcentrum-maquette.example.nl>",
    "Afmelden mailinglijst", "2010-03-12 16:00",
    """Geachte heer/mevrouw,

Wij ontvangen uw uitnodigingen voor de leergang, maar ons wijkcentrum is per 1 januari gesloten. Wilt u ons adres van uw lijst halen?

Met vriendelijke groet,
Wijkcentrum Maquette (in liquidatie)""", agent="Horde Application Framework 3"),
    X("asks to be taken off the invitation list ('afmelden mailinglijst'): for a person, not a cancellation",
      "human", "nl"))

add("speaker-office", outlook(
    "Secretariaat Leerstoel Voorbeeld <secretariaat.leerstoel@example.edu>",
    "Referaat 1 juni", "2010-05-19 14:30",
    """Geachte organisatie,

Namens professor Spreker Honderdeenendertig bevestig ik dat hij op 1 juni om 10.15 uur het eerste referaat verzorgt. Hij komt met de trein en heeft een beamer nodig. Wilt u laten weten of er een parkeerplaats voor hem gereserveerd moet worden?

Met vriendelijke groet,
Secretariaat Leerstoel Voorbeeld"""),
    X("a speaker's office confirms a lecture and asks about parking: for a person, not a registration",
      "human", "nl", q="yes"))
