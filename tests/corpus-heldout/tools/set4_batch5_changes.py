"""Set 4, batch 5: cancellations, substitutions and status questions."""
from set4_lib import *  # noqa: F401,F403

# ---- cancellations -----------------------------------------------------------

add("cancel-nl-code-own-text", outlook(
    "Meedenker Een <m.een@schetswijk.example.nl>", "Afmelding leergang",
    "2010-04-14 09:20",
    """Goedemorgen,

Door een reorganisatie bij Stichting Schetswijk kan ik helaas niet deelnemen aan de leergang. Ik meld mij hierbij af. Mijn referentiecode is KT3WQ-B8NZP.

Met vriendelijke groet,
Meedenker Een"""),
    X("cancels with her code in her own text, before 18 May",
      "cancel", "nl", code="KT3WQ-B8NZP"))

add("cancel-code-subject-only", notes(
    "Studiemaat Vijf <Studiemaat.Vijf@woonmaquette.example.nl>",
    "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [G8BNK-X3WPS]",
    "2010-04-30 16:05",
    """Geachte organisatie,

Helaas moet ik mij afmelden voor de leergang; ik ben per 1 juni aan een nieuwe baan begonnen buiten Almere.

Met vriendelijke groet,
Studiemaat Vijf"""),
    X("cancels in reply to the confirmation; the code is only in the subject (Notes did not quote)",
      "cancel", "nl", code="G8BNK-X3WPS"))

_s, _b = conf_en("Newcomer TwentySix", "D8MZK-2QHVT", "Sample Family Services",
                 "youth worker", "ntwentysix@familyservices.example.com",
                 ia="Sample Family Services, Accounts Payable, Randstad 21-05, 1314 BD Almere")
add("cancel-en-code-in-quote", gmail(
    "Newcomer TwentySix <ntwentysix@familyservices.example.com>", "Cancellation",
    "2010-05-03 08:10",
    """Hello,

I'm afraid I have to cancel my registration - my team has been reorganised and I can't take four days off this year. Sorry!

Newcomer

On Tue, Apr 13, 2010 at 3:07 PM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(_b), irt=robot_mid("confirm", "D8MZK-2QHVT")),
    X("cancels in English; the code is only in the quoted confirmation (new subject)",
      "cancel", "en", code="D8MZK-2QHVT"))

add("cancel-no-code", webmail(
    "Luisteraar van Twaalf <lvtwaalf@zandbak-ggz.example.nl>", "afmelden",
    "2010-04-06 20:15",
    """Goedenavond,

Ik wil mij graag afmelden voor de leergang in Almere. Mijn code heb ik helaas niet meer, de bevestiging is per ongeluk verwijderd.

Vriendelijke groet,
Luisteraar van Twaalf""", agent="Horde Application Framework 3"),
    X("cancels without a code (she lost it): still a cancellation, without code",
      "cancel", "nl"))

add("cancel-colleague-with-code", outlook(
    "Secretariaat Bibliotheek Ontwerpstad <secretariaat@ontwerpstad-bieb.example.nl>",
    "Afmelding Luisteraar Acht (Y3HPR-8GNCZ)", "2010-05-10 11:45",
    """Goedemorgen,

Namens mijn collega Luisteraar Acht meld ik haar af voor de leergang; zij is langdurig ziek. Haar code is Y3HPR-8GNCZ.

Met vriendelijke groet,
Secretaresse Negen
Bibliotheek Ontwerpstad"""),
    X("a secretary cancels for a colleague, giving the colleague's code",
      "cancel", "nl", code="Y3HPR-8GNCZ"))

add("cancel-director-no-code", notes(
    "Secretaresse Vijfendertig <Secretaresse.Vijfendertig@woonmaquette.example.nl>",
    "Afmelding directeur-bestuurder", "2010-05-12 14:30",
    """Geachte heer/mevrouw,

Helaas moet de heer Meedenker Zesendertig, directeur-bestuurder van Woonstichting Maquette, zijn deelname aan de leergang afmelden wegens een samenvallende raad van commissarissen. Een bevestiging met code heeft hij nooit ontvangen; ik meldde hem op 26 april aan.

Met vriendelijke groet,

Secretaresse Vijfendertig
Bestuurssecretariaat"""),
    X("a secretary cancels for her director, without a code (his confirmation never arrived)",
      "cancel", "nl"))

add("cancel-after-free-date-fee", outlook(
    "Meeloper Zevenenveertig <mz47@oefenhof.example.org>",
    "Afmelden K6WDA-9JTNE", "2010-05-20 13:10",
    """Beste organisatie,

Ik moet mij helaas afmelden voor de leergang (code K6WDA-9JTNE). Ik begrijp dat de kosten na 18 mei verschuldigd blijven; is er een mogelijkheid om dat te voorkomen, bijvoorbeeld door een collega later in het jaar te laten instromen?

Met vriendelijke groet,
Meeloper Zevenenveertig
Zorggroep Oefenhof"""),
    X("cancels after the free-cancellation date and asks about the fee: cancel with a question",
      "cancel", "nl", code="K6WDA-9JTNE", q="yes"))

add("cancel-after-closing-en", outlook(
    "Collaborator Fifty <collaborator50@trialhousing.example.org>",
    "Cancel registration Z8HCE-6RKTW", "2010-05-28 10:00",
    """Hello,

Please cancel my registration (Z8HCE-6RKTW). My colleague Collaborator FiftyOne will still attend.

Regards,
Collaborator Fifty""", lang="EN"),
    X("cancels after the closing date, code in text and subject; the colleague stays",
      "cancel", "en", code="Z8HCE-6RKTW"))

add("cancel-after-course-started", tb(
    "Klasgenoot Tweeenvijftig <k52@buurtbeheer-concept.example.nl>",
    "Afmelding resterende dagen E6TNP-4WXKD", "2010-10-05 09:00",
    """Beste organisatie,

Na dag 1 en 2 moet ik helaas stoppen met de leergang; ik ga met zwangerschapsverlof. Wilt u mij afmelden voor 2 en 23 november? Mijn code: E6TNP-4WXKD.

Met vriendelijke groet,
Klasgenoot Tweeenvijftig
"""),
    X("cancels the remaining days after the course started (both November days): a cancellation of what is left",
      "cancel", "nl", code="E6TNP-4WXKD"))

_s, _b = wait_nl("Luisteraar Zevenentwintig", "L5ZRW-4DGHM", 2, "Welzijn Kladblok",
                 "ouderenadviseur", "lz27@welzijnkladblok.example.nl",
                 phone="036 - 548 77 27")
add("cancel-off-waiting-list", outlook(
    "Luisteraar Zevenentwintig <lz27@welzijnkladblok.example.nl>", "RE: " + _s,
    "2010-05-31 08:30",
    """Afmelden graag, ik heb inmiddels een andere cursus gevonden.

Groet, Luisteraar""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "donderdag 27 mei 2010 9:03", "Luisteraar Zevenentwintig", _s, _b),
    irt=robot_mid("waitlist", "L5ZRW-4DGHM")),
    X("leaves the waiting list, replying 'afmelden' to the waiting-list mail with the code in subject and quote",
      "cancel", "nl", code="L5ZRW-4DGHM"))

_s, _b = reminder_nl("Pionier Achtenvijftig", "U9CRG-5HMZT", 1,
                     "dinsdag 1 juni 2010", "Ambities van bewoners")
add("cancel-reply-reminder", outlook(
    "Pionier Achtenvijftig <pachtenvijftig@almere.nl>", "RE: " + _s,
    "2010-05-25 17:40",
    """afmelden

ik ben per 1 juni overgeplaatst, de leergang is niet meer relevant voor mijn werk. Sorry voor de late afmelding.

Pionier""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "dinsdag 25 mei 2010 7:00", "Pionier Achtenvijftig", _s, _b),
    irt=robot_mid("reminder", "U9CRG-5HMZT")),
    X("municipal staff answers the reminder with 'afmelden' (code in subject and quote)",
      "cancel", "nl", code="U9CRG-5HMZT"))

add("cancel-en-thunderbird-code", tb(
    "Associate ThirtyEight <office.38@debtadvice.example.org>",
    "Cancellation", "2010-05-06 12:00",
    """Dear organiser,

Please cancel my place on the course, reference M3XVK-5FQDR. We have had to cut our training budget.

Regards,
Associate ThirtyEight
Example Debt Advice Flevoland
"""),
    X("cancels in English with the code in her text",
      "cancel", "en", code="M3XVK-5FQDR"))

add("cancel-iphone-short", iphone(
    "Studiemaat Zeventien <studiemaat17@buurtbeheer-concept.example.nl>",
    "Afmelden Z3QPB-8NWEJ", "2010-05-16 22:45",
    """Kan helaas niet meer komen, graag afmelden. Z3QPB-8NWEJ

Verstuurd vanaf mijn iPhone"""),
    X("short cancellation from a phone with the code in subject and text",
      "cancel", "nl", code="Z3QPB-8NWEJ"))

add("cancel-oe-code", oe(
    "Studiemaat Vijfennegentig <sv95@mantelzorg-probeerhaven.example.nl>",
    "Afzeggen deelname", "2010-04-26 10:30",
    """Geachte heer/mevrouw,

Hierbij zeg ik mijn deelname aan de leergang af. Onze stichting gaat fuseren en ik heb de komende maanden geen tijd. Referentie: J2XDF-6RQMB.

Met vriendelijke groet,
Studiemaat Vijfennegentig
directeur"""),
    X("'zeg ik mijn deelname af' with the code in the text: a cancellation",
      "cancel", "nl", code="J2XDF-6RQMB"))

add("cancel-en-yahoo-no-code", yahoo(
    "Enrollee NinetySix <enrollee96_home@yahoo.example.com>",
    "can't come", "2010-05-15 19:30",
    """Hi,

Writing from home - I won't be able to attend the course after all, I'm moving abroad in June. Please take me off the list. Registered as Enrollee NinetySix, Sample Family Services (enrollee96@familyservices.example.com).

Thanks and sorry,
Enrollee"""),
    X("cancels in English from a private address without a code, naming her registered address",
      "cancel", "en"))

# ---- substitutions -----------------------------------------------------------

add("substitute-nl-code-own-text", mutt(
    "Buurtcoach Zestien <zestien@vwproefrit.example.nl>",
    "vervanging", "2010-05-11 09:05",
    """Dag,

Ik kan zelf niet deelnemen. In mijn plaats komt mijn collega Meeloper Honderdtweeendertig, maatschappelijk begeleider, meeloper132@vwproefrit.example.nl. Mijn code is A4XMZ-H7KVD.

Groet,
Buurtcoach Zestien"""),
    X("sends a colleague in her place, code in her text; person 1 is the colleague",
      "substitute", "nl", code="A4XMZ-H7KVD", people=1, persons=[P(
          name="Meeloper Honderdtweeendertig", email="meeloper132@vwproefrit.example.nl",
          role="maatschappelijk begeleider")]))

add("substitute-en-code-subject", outlook(
    "Scholar TwentyNine <s.twentynine@alliance.example.org>",
    "RE: Registration confirmed: Almere: Sociale ambities in een groeiende stad [H6MBV-8WZQC]",
    "2010-05-19 15:15",
    """Hello,

Substitute: I'm going on secondment, so my colleague Associate HundredThirtyThree (associate133@alliance.example.org) will take my place on all four days.

Best,
Scholar""", lang="EN"),
    X("substitution in English with the code only in the subject",
      "substitute", "en", code="H6MBV-8WZQC", people=1, persons=[P(
          name="Associate HundredThirtyThree", email="associate133@alliance.example.org")]))

_s, _b = conf_nl("Meedenker Zes", "Q4ZJH-7TCEV", "Welzijn Kladblok",
                 "manager sociale participatie", "zes@kladblok.example.nl",
                 phone="036 \u2013 548 77 10",
                 ia="Welzijn Kladblok, Postbus 10145, 1301 AC Almere")
add("substitute-code-in-quote", outlook(
    "Meedenker Zes <zes@kladblok.example.nl>", "Vervanging",
    "2010-05-21 11:00",
    """Goedemorgen,

Ik kan helaas niet zelf komen. Mijn plaats wordt ingenomen door Pionier Honderdvierendertig, teamleider buurtwerk bij Welzijn Kladblok (p134@kladblok.example.nl, 036-5487134).

Met vriendelijke groet,
Meedenker Zes""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "woensdag 10 maart 2010 10:04", "Meedenker Zes",
        _s, _b)),
    X("substitution with the code only in the quoted confirmation",
      "substitute", "nl", code="Q4ZJH-7TCEV", people=1, persons=[P(
          name="Pionier Honderdvierendertig", email="p134@kladblok.example.nl",
          organisation="Welzijn Kladblok", role="teamleider buurtwerk",
          phone="036-5487134")]))

add("substitute-no-code", outlook(
    "Luisteraar Vier <lvier@almere.nl>", "Collega gaat in mijn plaats",
    "2010-05-18 16:20",
    """Hoi,

Door mijn overstap naar Wonen en Zorg ga ik niet meer naar de leergang. Mijn collega Klasgenoot Honderdvijfendertig (klasgenoot135@almere.nl), beleidsadviseur onderwijs, neemt mijn plek over. Mijn code kan ik zo snel niet vinden.

Groet,
Luisteraar Vier"""),
    X("a colleague takes her seat; no code; the colleague is municipal staff",
      "substitute", "nl", people=1, persons=[P(
          name="Klasgenoot Honderdvijfendertig", email="klasgenoot135@almere.nl",
          organisation="Gemeente Almere", role="beleidsadviseur onderwijs")]))

add("substitute-manager-swap", outlook(
    "Meedenker Zes <zes@kladblok.example.nl>", "Wisseling deelnemer B4NKW-9TXRE",
    "2010-05-24 09:40",
    """Beste organisatie,

Wij wisselen een deelnemer: in plaats van Pionier Zesentachtig (code B4NKW-9TXRE) komt Pionier Honderdzesendertig, jongerenwerker, p136@kladblok.example.nl. De factuur blijft hetzelfde.

Met vriendelijke groet,
Meedenker Zes
manager sociale participatie
Welzijn Kladblok"""),
    X("a manager swaps two of her people, with the leaving person's code; the organisation is the manager's",
      "substitute", "nl", code="B4NKW-9TXRE", people=1, persons=[P(
          name="Pionier Honderdzesendertig", email="p136@kladblok.example.nl",
          organisation="Welzijn Kladblok", role="jongerenwerker")]))

_s, _b = reminder_nl("Pionier Drieenveertig", "K8ZWD-2MPTF", 3,
                     "dinsdag 2 november 2010", "Wonen met en zonder zorgen")
add("substitute-reminder-after-start", outlook(
    "Pionier Drieenveertig <pdrieenveertig@almere.nl>", "RE: " + _s,
    "2010-10-27 08:15",
    """vervanging

Vanaf dag 3 neemt mijn collega Klasgenoot Honderdzevenendertig (kzevenendertig@almere.nl) mijn plaats in, voor de dagen 3 en 4. Ik ben overgestapt naar een ander project.

Pionier Drieenveertig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "dinsdag 26 oktober 2010 7:00", "Pionier Drieenveertig", _s, _b),
    irt=robot_mid("reminder", "K8ZWD-2MPTF")),
    X("'vervanging' in reply to the reminder for day 3, after the course started",
      "substitute", "nl", code="K8ZWD-2MPTF", people=1, persons=[P(
          name="Klasgenoot Honderdzevenendertig", email="kzevenendertig@almere.nl",
          organisation="Gemeente Almere")]))

add("substitute-director-deputy-en", outlook(
    "Scholar Eleven <scholar.eleven@familyservices.example.com>",
    "Deputy attending instead B6VQE-K4TXL", "2010-05-07 17:00",
    """Dear organiser,

I am unable to attend the course myself. My deputy director, Newcomer HundredThirtyEight, will come in my place (newcomer138@familyservices.example.com, +31 36 520 9938).

Kind regards,
Scholar Eleven
Director, Sample Family Services""", lang="EN"),
    X("a director sends his deputy in his place with his code in the subject",
      "substitute", "en", code="B6VQE-K4TXL", people=1, persons=[P(
          name="Newcomer HundredThirtyEight", email="newcomer138@familyservices.example.com",
          role="deputy director", phone="+31 36 520 9938")]))

# ---- status -------------------------------------------------------------------

add("status-nl-code", tb(
    "Buurtcoach Zeven <b.zeven@jeugdproefvlak.example.org>",
    "Stand van zaken aanmelding", "2010-05-04 10:45",
    """Hallo,

Kunt u bevestigen dat ik nog ingeschreven sta? Mijn code is F9LXW-2MDKU.

Groet,
Buurtcoach Zeven
"""),
    X("asks whether she is still registered, with her code",
      "status", "nl", code="F9LXW-2MDKU"))

add("status-en-no-code", apple(
    "Enrollee TwentyEight <enrollee28@youthcare-trial.example.org>",
    "Did my registration come through?", "2010-04-15 09:30",
    """Hello,

I sent my registration yesterday but haven't had a confirmation yet. Could you check whether it came through?

Thanks,
Enrollee TwentyEight"""),
    X("asks whether her registration arrived, without a code",
      "status", "en"))

add("status-code-subject-only", gmail(
    "Newcomer Fifteen <n.fifteen@debtadvice.example.org>", "[J8RTL-6CWPH] status",
    "2010-05-17 12:00",
    """Hi, just checking I'm still on the list for 1 June? Thanks, Newcomer"""),
    X("status question with the code only in the subject",
      "status", "en", code="J8RTL-6CWPH"))

_s, _b = wait_nl("Meeloper Honderdnegenendertig", "P5HTV-7KQZA", 4,
                 "Jeugdwerk Voorbeeldkust", "jongerenwerker",
                 "mh139@jeugdwerk-voorbeeldkust.example.nl")
add("status-waitlist-quote", gmail(
    "Meeloper Honderdnegenendertig <mh139@jeugdwerk-voorbeeldkust.example.nl>",
    "wachtlijst", "2010-05-21 15:30",
    """Hallo, is er al iets bekend over mijn plek op de wachtlijst? Sta ik nog steeds vierde?

Groet Meeloper

Op 18 mei 2010 11:20 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(_b)),
    X("asks her waiting-list position; the code only in the quoted waiting-list mail",
      "status", "nl", code="P5HTV-7KQZA"))

add("status-waitlist-position-en", webmail(
    "Listener HundredForty <listener140@sample-research.example.org>",
    "Waiting list position T6MWC-3JRXE", "2010-05-24 10:10",
    """Dear organiser,

What is my current position on the waiting list? My reference is T6MWC-3JRXE.

Regards,
Listener HundredForty""", agent="Zimbra 6.0.4_GA (ZimbraWebClient - IE8)"),
    X("asks her waiting-list position with the code",
      "status", "en", code="T6MWC-3JRXE"))

add("status-after-closing", outlook(
    "Meedenker Vijfentwintig <m25@zorgoefenhof.example.nl>",
    "Definitief?", "2010-05-28 09:00",
    """Goedemorgen,

Nu de aanmeldtermijn gesloten is: is mijn aanmelding (C2TFX-K9NLP) definitief en sta ik op de deelnemerslijst voor 1 juni?

Met vriendelijke groet,
Meedenker Vijfentwintig"""),
    X("after the closing date asks whether her registration is definite, with code",
      "status", "nl", code="C2TFX-K9NLP"))

_s, _b = reminder_nl("Meedenker Achttien", "R8FBN-5WDKX", 1,
                     "dinsdag 1 juni 2010", "Ambities van bewoners")
add("status-not-cancel", evolution(
    "Meedenker Achttien <m18@rocschetsland.example.nl>", "Re: " + _s,
    "2010-05-25 12:30",
    """Beste,

In de herinnering staat iets over afmelden; ik wil me NIET afmelden. Klopt het dat ik gewoon ingeschreven sta voor alle vier de dagen?

Groet,
Meedenker Achttien

Op di, 25-05-2010 om 07:00 +0200, schreef deSTADSWIJKstudies Almere:
""" + quote(_b), irt=robot_mid("reminder", "R8FBN-5WDKX")),
    X("'ik wil me NIET afmelden' and asks whether she is registered: status, not a cancellation",
      "status", "nl", code="R8FBN-5WDKX"))

add("status-team-leader", outlook(
    "Teamleider Zevenenvijftig <tzevenenvijftig@almere.nl>",
    "Aanmeldingen team Wijkzaken", "2010-04-12 13:00",
    """Hallo,

Op 31 maart heb ik vijf collega's van team Wijkzaken aangemeld. Ik heb van twee van hen gehoord dat ze een bevestiging hebben. Staan alle vijf ingeschreven?

Groet,
Teamleider Zevenenvijftig"""),
    X("a team leader asks whether the five people she registered are all in: status, no code",
      "status", "nl"))
