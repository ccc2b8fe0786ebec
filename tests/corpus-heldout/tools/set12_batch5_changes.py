"""Set 12, batch 5: cancellations, substitutions, status questions and
look-alikes (137-166). Every text and label typed by hand.

Codes (each belongs to one person throughout the set):
  Lantaarnopsteker Vijftien   G7RKM-4TQ2X   Lamplighter Thirteen        2VQ8D-KX4MB
  Glasblazer Negentien        T6NPR-9HZ3C   Mosterdmaker Zesennegentig  3XHPG-9TK6M
  Klokkenmaker Zestig         C4NYX-8GD2P   Pijpenmaker Zesenveertig    K9DVB-3NQ7H
  Falconer Seventeen          Y4GWT-6MC2R   Koperslager Achtendertig    M3CFH-7WP9Q
  Hovenier Zes                J9QXW-3FM6A   Ropemaker Fourteen          E9PQT-3ZBW5
  Wagenmaker Veertig          D6TZQ-4KR8V   Lijmkoker Achtenveertig     A7KXD-9QN4Z
  Voerman Eenenveertig        S2MWV-6HT8G   Tinnegieter Zevenendertig   V5BQK-7CZ3N
  Zeilmaker Eenendertig       5PKM8-XB3HT   Chimneysweep TwentyTwo      9MCRK-T4VWH
  Brugwachter Eenentwintig    8BRHM-2YV6T   Bezembinder Vijfenvijftig   N6TRC-2WX9P
  Strandjutter Vijfenveertig  NQ2ZC-4WR7D   Voddenman Zeshonderd        H8RTW-2MX5B
  Kaarsenmaker Zevenenveertig W7DQC-2NP5Y   Kistenmaker Negenhonderd    K3TVZ-8HM4Q
  Borstelmaker Vierenvijftig  B2TPV-7NQ4C
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import (add, L, P, conf_nl, conf_en, wait_nl, promotion_nl,  # noqa: F401
                       cancelled_nl, reminder_nl, rirt, quote)


def c(slug, msg, why, intent, lang, code=None, persons=()):
    add(slug, msg, L(why, intent, lang, code=code, people=len(persons),
                     persons=persons))


# ---- cancellations ---------------------------------------------------------
c("cancel-code-in-text-nl", outlook2010(
    "Lantaarnopsteker Vijftien <l.vijftien@basalt.example.nl>", "Afmelding leergang",
    "2010-05-06 10:20",
    """Goedemorgen,

Door een reorganisatie kan ik helaas niet deelnemen aan de leergang. Ik meld mij hierbij af. Mijn referentiecode is G7RKM-4TQ2X.

Met vriendelijke groet,
Lantaarnopsteker Vijftien"""), "cancellation with the code in the text", "cancel", "nl",
  "G7RKM-4TQ2X")

_s138, _b138 = conf_en("Lamplighter Thirteen", "2VQ8D-KX4MB", "Sample Flint Trust",
                       "Programme manager", "l.thirteen@flint-trust.example.com",
                       ia="Sample Flint Trust, Finance, Spoordreef 9, 1315 GN Almere",
                       ir="PO 7731")
c("cancel-code-only-subject-en", apple(
    "Lamplighter Thirteen <l.thirteen@flint-trust.example.com>", "Re: " + _s138,
    "2010-05-12 09:05",
    """Please cancel my registration - I've taken a new job outside Almere. Sorry!

Lamplighter""", irt=rirt("confirmation", "2VQ8D-KX4MB")),
  "cancellation; the code only in the kept subject", "cancel", "en", "2VQ8D-KX4MB")

_s139, _b139 = conf_nl("Glasblazer Negentien", "T6NPR-9HZ3C", "Woonstichting Kwartsiet",
                       "sociaal beheerder", "g.negentien@kwartsiet.example.nl",
                       phone="036 - 522 61 07", ia="Postbus 60210, 1320 AE Almere",
                       ir="inkooporder 10-0482")
c("cancel-code-only-quote-nl", gmail(
    "Glasblazer Negentien <g.negentien@kwartsiet.example.nl>", "afmelden",
    "2010-05-10 14:30",
    """Hallo, ik moet me helaas afmelden voor de leergang. Zwanger en in juni met verlof :-)

Glasblazer""" + gmail_quote_nl("2010-03-11 10:45",
                          "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b139),
    irt=rirt("confirmation", "T6NPR-9HZ3C")),
  "cancellation; the code only in the quoted confirmation", "cancel", "nl",
  "T6NPR-9HZ3C")

c("cancel-no-code-nl", owa(
    "Turfsteker Zesentwintig <turfsteker.zesentwintig@puimsteen.example.nl>", "Afmelding",
    "2010-05-14 16:02",
    """Beste secretariaat,

Ik wil mij afmelden voor de leergang Sociale ambities. Ik heb mijn bevestiging niet meer, dus ik heb geen code bij de hand.

Groet,
Turfsteker Zesentwintig"""), "cancellation without a code", "cancel", "nl")

c("cancel-for-someone-else-teamlead", owa(
    "Bierbrouwer Vierennegentig <b.vierennegentig@zorggroep-graniet.example.nl>",
    "Afmelding M. Zesennegentig (3XHPG-9TK6M)", "2010-05-17 09:40",
    """Beste secretariaat,

Onze medewerker Mosterdmaker Zesennegentig is per 1 juni uit dienst. Ik meld hem daarom af voor de leergang; zijn code is 3XHPG-9TK6M.

Met vriendelijke groet,
Bierbrouwer Vierennegentig
Manager Wijkzorg"""), "a manager cancels for her employee, with his code",
  "cancel", "nl", "3XHPG-9TK6M")

_s142, _b142 = wait_nl("Klokkenmaker Zestig", "C4NYX-8GD2P", 2, "Woonstichting Kwartsiet",
                       "sociaal beheerder", "k.zestig@kwartsiet.example.nl",
                       cap=True, ia="Woonstichting Kwartsiet, Postbus 60210, 1320 AE Almere")
c("cancel-waitlist-reply-nl", tb(
    "Klokkenmaker Zestig <k.zestig@kwartsiet.example.nl>", "Re: " + _s142,
    "2010-05-11 08:30",
    """Haal mij maar van de wachtlijst, ik ga in september een andere opleiding doen. Afmelden dus, code C4NYX-8GD2P.

Klokkenmaker""" + tb_quote_nl("2010-03-22 09:50", "deSTADSWIJKstudies Almere", _b142),
    irt=rirt("waitlist", "C4NYX-8GD2P")),
  "off the waiting list, in reply to the waiting-list notice", "cancel", "nl",
  "C4NYX-8GD2P")

_s143, _h143, _t143 = reminder_nl("Pijpenmaker Zesenveertig", "K9DVB-3NQ7H", 1, "dinsdag 1 juni 2010")
c("cancel-after-deadline-reply-reminder", outlook365(
    "Pijpenmaker Zesenveertig <p.zesenveertig@tufsteen-welzijn.example.nl>", "RE: " + _s143,
    "2010-05-25 11:12",
    """Beste,

Helaas moet ik mij afmelden voor de hele leergang, ik kan door ziekte van een collega niet gemist worden. Ik begrijp dat de kosten dan toch in rekening worden gebracht.

Met vriendelijke groet,
Pijpenmaker Zesenveertig""" + o365_quote_nl("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                                 "2010-05-25 09:00", "Pijpenmaker Zesenveertig", _s143,
                                 _h143 + "\n\n" + _t143),
    irt=rirt("reminder", "K9DVB-3NQ7H")),
  "cancellation after 18 May, in reply to the reminder", "cancel", "nl",
  "K9DVB-3NQ7H")

c("cancel-html-only-subject-code-en", word_html_only(
    "Falconer Seventeen <f.seventeen@sample-quarry.example.com>",
    "Cancellation Y4GWT-6MC2R", "2010-05-07 15:00",
    """Dear Sir/Madam,

Unfortunately I have to withdraw from the course. Please cancel my place.

Kind regards,
Falconer Seventeen""", lang="EN-GB"),
  "HTML only; the code in the writer's own subject", "cancel", "en", "Y4GWT-6MC2R")

c("cancel-director-for-employee-nl", outlook2010(
    "Directie Jeugdhulp Veldspaat <directie@veldspaat.example.nl>",
    "afmelding mw. K. Achtendertig", "2010-05-04 13:13",
    """Geachte heer, mevrouw,

Mevrouw Koperslager Achtendertig is langdurig ziek. Namens haar meld ik haar af voor de leergang (referentie M3CFH-7WP9Q).

Met vriendelijke groet,
H. Honderdnegenentwintig, directeur"""), "a director cancels for an employee", "cancel",
  "nl", "M3CFH-7WP9Q")

_s146, _b146 = promotion_nl("Hovenier Zes", "J9QXW-3FM6A", "Stichting Dolomiet",
                            "wijkcoach", "h.zes@dolomiet.example.nl",
                            ia="Stichting Dolomiet, Postbus 30012, 1303 AA Almere")
c("decline-promotion-nl", iphone(
    "Hovenier Zes <h.zes@dolomiet.example.nl>", "Re: " + _s146,
    "2010-05-21 18:40",
    """Wat jammer, ik had inmiddels al iets anders gepland op 1 juni en de andere dagen lukt ook niet meer. Geef de plek maar aan iemand anders. Ik meld me af.

Hovenier

Verstuurd vanaf mijn iPhone""" + apple_quote_nl("2010-05-21 12:00",
                                                "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                                                _b146),
    irt=rirt("promotion", "J9QXW-3FM6A")),
  "declines the seat offered from the waiting list", "cancel", "nl", "J9QXW-3FM6A")

c("cancel-en-iphone-code-typed", iphone(
    "Ropemaker Fourteen <ropemaker.fourteen@example-granite.example.com>",
    "cancel", "2010-05-15 22:10",
    """Hi, please cancel my registration, code E9PQT-3ZBW5. Thanks, Ropemaker

Sent from my iPhone"""), "English cancellation with the code typed",
  "cancel", "en", "E9PQT-3ZBW5")

# ---- substitutions -----------------------------------------------------------
c("substitute-code-in-text-notes", notes(
    "Wagenmaker Veertig <Wagenmaker.Veertig@grind.example.nl>",
    "Vervanging leergang", "2010-05-18 10:30",
    """Goedemorgen,

Ik kan zelf niet deelnemen. In mijn plaats komt mijn collega Ballonvaarder Honderdeenentwintig, beleidsmedewerker, ballonvaarder.honderdeenentwintig@grind.example.nl. Mijn code is D6TZQ-4KR8V.

Met vriendelijke groet,
Wagenmaker Veertig
"""), "substitution with the code in the text", "substitute", "nl",
  "D6TZQ-4KR8V", [P(name="Ballonvaarder Honderdeenentwintig", email="ballonvaarder.honderdeenentwintig@grind.example.nl",
                    role="beleidsmedewerker")])

_s149, _b149 = conf_nl("Lijmkoker Achtenveertig", "A7KXD-9QN4Z", "Stichting Krijtlijn",
                       "directeur", "lijmkoker.achtenveertig@krijt.example.nl")
c("substitute-code-only-subject-nl", macoutlook(
    "Lijmkoker Achtenveertig <lijmkoker.achtenveertig@krijt.example.nl>", "Re: " + _s149,
    "2010-05-19 09:12",
    """Hallo,

Ik stuur in mijn plaats onze adjunct-directeur, Parelvisser Honderdvierentwintig (p.honderdvierentwintig@krijt.example.nl). Wilt u de aanmelding op zijn naam zetten?

Groet,
Lijmkoker""", irt=rirt("confirmation", "A7KXD-9QN4Z")),
  "substitution; the code only in the kept subject", "substitute", "nl",
  "A7KXD-9QN4Z", [P(name="Parelvisser Honderdvierentwintig", email="p.honderdvierentwintig@krijt.example.nl",
                    role="adjunct-directeur")])

_s150, _b150 = conf_nl("Voerman Eenenveertig", "S2MWV-6HT8G", "MEE Kalksteen",
                       "ouderenadviseur", "v.eenenveertig@kalksteen.example.nl",
                       phone="036 - 533 71 40",
                       ia="MEE Kalksteen, Postbus 2290, 1300 CG Almere",
                       ir="project 'Sociale Agenda'")
c("substitute-code-only-quote-nl", zimbra(
    "Voerman Eenenveertig <v.eenenveertig@kalksteen.example.nl>", "vervanging",
    "2010-05-20 15:44",
    """Beste,

Mijn collega Walvisvaarder Honderdvijfentwintig (w.honderdvijfentwintig@kalksteen.example.nl, ook ouderenadviseur bij MEE Kalksteen) neemt mijn plaats in. Ik kan helaas zelf niet.

Voerman""" + zimbra_quote_nl("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                           "Voerman Eenenveertig", "2010-04-09 12:00", _s150, _b150),
    irt=rirt("confirmation", "S2MWV-6HT8G")),
  "substitution; the code only in the quote", "substitute", "nl", "S2MWV-6HT8G",
  [P(name="Walvisvaarder Honderdvijfentwintig", email="w.honderdvijfentwintig@kalksteen.example.nl",
     organisation="MEE Kalksteen", role="ouderenadviseur")])

c("substitute-no-code-nl", yahoo2(
    "Veerman Vierenveertig <veerman_vierenveertig@yahoo.example.com>", "andere deelnemer",
    "2010-05-17 20:00",
    """Hoi,

Ik kan toch niet, maar mijn collega Kompasmaker Honderdzesentwintig (kompasmaker.honderdzesentwintig@mergelland.example.nl) wil mijn plek graag overnemen. Kan dat? Mijn code kan ik even niet vinden.

Groet Veerman"""), "substitution without a code", "substitute", "nl",
  persons=[P(name="Kompasmaker Honderdzesentwintig", email="kompasmaker.honderdzesentwintig@mergelland.example.nl")])

c("substitute-municipal-nl", owa(
    "Tinnegieter Zevenendertig <tzevenendertig@almere.nl>", "Vervanging V5BQK-7CZ3N",
    "2010-05-21 11:00",
    """Hallo,

Vanwege een nieuwe klus kan ik niet aan de leergang deelnemen. Mijn collega Sterrenkijker Honderdzevenentwintig (shonderdzevenentwintig@almere.nl), beleidsmedewerker Zorg, gaat in mijn plaats. Vervanging dus.

Tinnegieter Zevenendertig
Gemeente Almere"""), "a municipal colleague takes the seat (code in the subject)",
  "substitute", "nl", "V5BQK-7CZ3N",
  [P(name="Sterrenkijker Honderdzevenentwintig", email="shonderdzevenentwintig@almere.nl",
     organisation="Gemeente Almere", role="beleidsmedewerker Zorg")])

_s153, _h153, _t153 = reminder_nl("Zeilmaker Eenendertig", "5PKM8-XB3HT", 3,
                                  "dinsdag 2 november 2010")
c("substitute-last-days-reply-reminder", gmail(
    "Zeilmaker Eenendertig <z.eenendertig@thuiszorg-agaat.example.nl>", "Re: " + _s153,
    "2010-10-26 13:30",
    """Vervanging: voor dag 3 en 4 komt mijn collega Globemaker Honderdachtentwintig (g.honderdachtentwintig@thuiszorg-agaat.example.nl) in mijn plaats, ik ben vanaf november met zwangerschapsverlof. Code 5PKM8-XB3HT.

Groet, Zeilmaker""" + gmail_quote_nl("2010-10-26 09:00",
                                 "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                                 _h153 + "\n\n" + _t153),
    irt=rirt("reminder", "5PKM8-XB3HT")),
  "substitution for the last two days, in reply to the reminder", "substitute",
  "nl", "5PKM8-XB3HT", [P(name="Globemaker Honderdachtentwintig",
                          email="g.honderdachtentwintig@thuiszorg-agaat.example.nl")])

c("substitute-en-outlook", outlook(
    "Chimneysweep TwentyTwo <c.twentytwo@flint-trust.example.com>",
    "Substitute for the Almere course", "2010-05-24 10:10",
    """Hello,

I can no longer attend. My colleague Lightkeeper ThirtyFive, Youth worker (l.thirtyfive@flint-trust.example.com), will take my place. My reference code is 9MCRK-T4VWH.

Thanks,
Chimneysweep""", lang="EN"), "English substitution with code", "substitute", "en",
  "9MCRK-T4VWH", [P(name="Lightkeeper ThirtyFive", email="l.thirtyfive@flint-trust.example.com",
                    role="Youth worker")])

# ---- status -------------------------------------------------------------------
c("status-code-nl", gmail(
    "Brugwachter Eenentwintig <brugwachter.eenentwintig@obsidiaan.example.org>", "Status aanmelding",
    "2010-04-20 10:00",
    """Hoi, ik heb me in maart aangemeld (code 8BRHM-2YV6T). Is mijn plaats definitief? Ik moet het aan mijn teamleider laten weten.

Brugwachter"""), "status question with the code", "status", "nl", "8BRHM-2YV6T")

c("status-no-code-nl", hotmail2010(
    "Netbreier Vierendertig <netbreier.vierendertig@hotmail.example.com>", "ben ik aangemeld?",
    "2010-04-06 21:00",
    """hallo, ik heb me een tijd geleden aangemeld maar weet niet zeker of het gelukt is. sta ik op de lijst? groetjes Netbreier"""),
  "status question without a code", "status", "nl")

c("status-en-gmail", gmail(
    "Lockkeeper Fifteen <lockkeeper@slatewell-consult.example.com>",
    "Is my registration confirmed?", "2010-04-12 08:00",
    """Hi,

I signed up a few days ago but haven't received anything yet (our mail server had problems). Could you tell me whether I'm registered?

Lockkeeper"""), "English status question", "status", "en")

c("status-waitlist-position-nl", outlook2010(
    "Bezembinder Vijfenvijftig <b.vijfenvijftig@basalt.example.nl>",
    "Wachtlijst - hoeveelste sta ik?", "2010-05-12 12:00",
    """Beste,

Ik sta op de wachtlijst voor de leergang (code N6TRC-2WX9P). Nu het maximum per organisatie vervallen is: hoeveelste sta ik nu, en heb ik kans op een plek?

Groet,
Bezembinder"""), "asks her place on the waiting list", "status", "nl", "N6TRC-2WX9P")

c("status-never-got-confirmation-nl", android(
    "Ketellapper Vijfentwintig <kvijfentwintig@example.com>", "bevestiging?",
    "2010-03-30 11:20",
    """Ik heb me twee weken geleden aangemeld maar nooit een bevestiging gehad. Klopt het dat ik ben ingeschreven?

Ketellapper Vijfentwintig"""), "never had a confirmation: status", "status", "nl")

c("status-not-cancel-nl", phone_b64(
    "Strandjutter Vijfenveertig <s.vijfenveertig@lava-kinderopvang.example.nl>",
    "NIET afmelden", "2010-05-17 17:00",
    """Hoi, een collega zei dat hij mij per ongeluk had afgemeld. Ik wil me NIET afmelden! Kunt u kijken of mijn plaats nog staat? Code NQ2ZC-4WR7D.

Strandjutter"""), "'do not cancel': asks if the seat still stands", "status", "nl",
  "NQ2ZC-4WR7D")

# ---- look-alikes -------------------------------------------------------------
c("question-cancel-conditions-nl", outlook2010(
    "Kaarsenmaker Zevenenveertig <k.zevenenveertig@hogeschool-kwarts.example.nl>",
    "Voorwaarden afmelden", "2010-04-30 10:00",
    """Geachte organisatie,

Een vraag over de voorwaarden: als ik na 18 mei door ziekte niet kan komen, moet de hogeschool dan toch de volledige EUR 1.000 betalen, of is er een regeling? Ik meld me nu nog niet af, ik wil het alleen weten.

Met vriendelijke groet,
Kaarsenmaker Zevenenveertig"""), "a question about the cancellation terms; no cancellation",
  "question", "nl")

_s162, _b162 = cancelled_nl("Kistenmaker Negenhonderd", "K3TVZ-8HM4Q")
c("undo-cancel-reply-receipt-nl", outlook2010(
    "Kistenmaker Negenhonderd <k.negenhonderd@marmer.example.nl>", "RE: " + _s162,
    "2010-05-13 08:50",
    """Dit klopt niet! Ik heb me niet afgemeld en wil gewoon blijven komen. Mijn collega heeft per ongeluk een mail gestuurd. Kunt u dit terugdraaien?

Kistenmaker Negenhonderd""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                                     "2010-05-12 17:20", "Kistenmaker Negenhonderd", _s162, _b162),
    irt=rirt("cancelled", "K3TVZ-8HM4Q")),
  "'I did not cancel', in reply to the cancellation receipt: a person must undo it",
  "human", "nl", "K3TVZ-8HM4Q")

c("correction-with-code-diet-nl", apple(
    "Voddenman Zeshonderd <v.zeshonderd@welzijn-tufsteen.example.nl>", "dieetwens H8RTW-2MX5B",
    "2010-05-18 09:30",
    """Hallo,

Een kleine correctie: ik ben niet vegetarisch maar veganistisch. Kunt u dat aanpassen?

Voddenman"""), "a correction with a code", "human", "nl", "H8RTW-2MX5B")

c("correction-with-code-role-en", tb(
    "Kaarsenmaker Zevenenveertig <k.zevenenveertig@hogeschool-kwarts.example.nl>",
    "Change of job title", "2010-05-05 14:00",
    """Dear organisers,

Since 1 May my job title is "lector Sociale Studies". Could you update my registration (W7DQC-2NP5Y)? Nothing else changes.

Regards,
Kaarsenmaker Zevenenveertig"""), "a correction with a code, in English", "human", "en",
  "W7DQC-2NP5Y")

c("not-a-cancel-late-arrival-nl", outlook2010(
    "Doodgraver Achthonderd <d.achthonderd@marmer.example.nl>",
    "Kistenmaker Negenhonderd dag 2", "2010-09-20 10:00",
    """Beste,

Kistenmaker Negenhonderd (K3TVZ-8HM4Q) komt op 23 september pas na de lunch, ze heeft 's ochtends een huurdersvergadering. Ze meldt zich dus niet af, ze is alleen later.

Groet,
Doodgraver Achthonderd"""), "late on one day; explicitly not a cancellation",
  "human", "nl", "K3TVZ-8HM4Q")

c("cancel-code-in-text-gmail-borstelmaker", gmail(
    "Borstelmaker Vierenvijftig <b.vierenvijftig@basalt.example.nl>", "afmelden leergang",
    "2010-05-19 16:35",
    """Beste,

Ik meld me af voor de leergang, het past helaas niet in mijn rooster. Code: B2TPV-7NQ4C.

Groet,
Borstelmaker"""), "cancellation with the code in the text", "cancel", "nl", "B2TPV-7NQ4C")
