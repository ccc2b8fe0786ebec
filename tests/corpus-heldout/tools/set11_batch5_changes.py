"""Set 11, batch 5: cancellations, substitutions, status questions and
corrections, and mail that only looks like a cancellation.

Every message text and every label below is typed by hand.

Codes (each belongs to one person in the whole set): Boekbinder Twaalf
D9KMA-3RXW5, Klompenmaker Zeven J7VRX-5DCM2, Kantklosser Achtendertig C5WNS-8KTR3,
Tegelzetter Zevenenvijftig G8MRC-3TKW5, Zeilmaker Eenentwintig M7AZZ-4KRT8, Kruier Vierentachtig
Y3HDW-7QPK4, Stonecutter OneHundredFortySix R9ARH-6KMT3, Netboeter Vierentwintig S9MQR-2WTK6, Dakpannenlegger
Negenenzeventig N5AMR-8KQW3, Houtdraaier Negenenvijftig J6RMC-4TNW8, Sluiswachter Achttien B2KRW-7TNQ5,
Lamplighter Five E3MCW-9TPZR, Turfsteker Zeventien F2ERD-6SVM8, Lantaarnopsteker Drie
T9BWQ-3HMZ6, Ankersmid Zesenzestig B7HNK-3RWT9, Koperslager Zesenveertig M3CMJ-8KWR2, Glazenmaker
Achtenvijftig S3VDM-6RTK9, Harnasmaker Honderdachtentachtig K7BMR-4WNQ2, Shipwright SixtyFive
P4RMN-8YQJ2, Putjesschepper Eenentachtig V8CKR-5TMW2, Touwslager Acht Q2HRT-8WVK3,
Wheelwright Sixteen P7HNT-4XGK9, Vuurspuwer Honderdtwintig G5SHT-9KRW4, Mandenmaker
Zes B6KSV-4NQ8J, Schoorsteenveger Vijftien R4MDR-2KXT7, Wolkammer Zevenenzeventig
J9VRB-6TKM3.
"""
from set11_lib import *  # noqa: F401,F403
from set11_lib import (add, L, P, outlook, outlook2010, outlook2003,
                       outlook365, gmail, gmail2, iphone, apple, macmail, tb,
                       tb115, notes, zimbra, owa, ios, roundcube,
                       provider_webmail, outlookcom, hotmail2010, android,
                       gmail_android, samsung, kmail, yahoo2, squirrel,
                       groupwise, fastmail, proton, thebat, horde, bb_kpn,
                       gmail_ios, ipad, entourage, conf_nl, conf_en, wait_nl,
                       status_nl, cancelled_en, promotion_nl,
                       waitlist_update_nl, reminder_full_nl, rirt, quote,
                       ol2010_quote_nl, o365_quote_nl, gmail_quote_nl,
                       tb_quote_nl, ios_quote_nl, apple_quote_nl,
                       outlook_quote_nl, gmail_quote_en, tb_quote_en,
                       outlook_orig_en, html_mail10, d)

ROB = "deSTADSWIJKstudies Almere <aanmelden@example.org>"
ROBQ = "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]"

# ---- cancellations ---------------------------------------------------------

# 141
add("cancel-code-own-text", kmail(
    "Boekbinder Twaalf <b.twaalf@meerkoet.example.org>", "Afmelding leergang",
    "2010-05-06 09:20",
    """Goedemorgen,

Door een reorganisatie bij Schuldhulp De Meerkoet kan ik helaas niet deelnemen aan de leergang. Ik meld mij hierbij af. Mijn referentiecode is D9KMA-3RXW5.

Met vriendelijke groet,
Boekbinder Twaalf
"""), L("a cancellation with the code in his own text, before the free "
        "cancellation date", "cancel", "nl", code="D9KMA-3RXW5"))

# 142
add("cancel-code-subject-only", apple(
    "Klompenmaker Zeven <klompenmaker@klompenmaker-advies.example.nl>",
    "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [J7VRX-5DCM2]",
    "2010-05-10 17:12",
    """Beste mensen,

Tot mijn spijt moet ik afzeggen: ik heb een langlopende opdracht buiten Flevoland aangenomen en kan op de cursusdagen niet in Almere zijn. Wilt u mij afmelden?

Hartelijke groet,
Klompenmaker Zeven
""", irt=rirt("confirmation", "J7VRX-5DCM2")),
    L("a cancellation in a reply whose quote was deleted; the code is only "
      "in the kept subject", "cancel", "nl", code="J7VRX-5DCM2"))

# 143
_cs, _cb = conf_nl("Kantklosser Achtendertig", "C5WNS-8KTR3", "Woonzorg De Zwarte Stern",
                   "teammanager wonen en welzijn",
                   "k.achtendertig@stern-wonen.example.nl", phone="036 555 1706",
                   ia="Postbus 2288, 1302 CG Almere, t.a.v. Woonzorg De Zwarte Stern, crediteuren")
add("cancel-code-in-quote-new-subject", ios(
    "Kantklosser Achtendertig <k.achtendertig@stern-wonen.example.nl>", "Afmelden",
    "2010-05-12 07:48",
    """Helaas toch afmelden, onze nieuwe directeur wil dat ik in juni het fusietraject trek. Sorry!

Kantklosser
""" + ios_quote_nl("2010-04-16 08:03", ROB, _cb),
    irt=rirt("confirmation", "C5WNS-8KTR3")),
    L("a cancellation under a new subject; the code is only in the quoted "
      "confirmation", "cancel", "nl", code="C5WNS-8KTR3"))

# 144
add("cancel-no-code-android", android(
    "Pruikenmaker Vierendertig <p.vierendertig@watersnip.example.nl>", "afmelding",
    "2010-05-28 08:05",
    """Hallo, ik meld me toch af voor de leergang, het past niet meer in mijn rooster. Gr Pruikenmaker Vierendertig
"""), L("a cancellation without a code", "cancel", "nl"))

# 145
add("teamlead-cancels-member-code", notes(
    "Paraplumaker Zesenvijftig/DMO/Almere <pzesenvijftig@almere.nl>",
    "Afmelding Tegelzetter Zevenenvijftig", "2010-05-11 13:30",
    """Beste collega's,

Tegelzetter Zevenenvijftig (code G8MRC-3TKW5) kan helaas niet deelnemen, hij gaat per 1 juni naar een andere dienst. Wilt u hem afmelden? Zijn plaats mag naar iemand van de wachtlijst.

Groet,
Paraplumaker Zesenvijftig
teamleider Wijkzaken
"""), L("a team lead cancels her team member with his code", "cancel", "nl",
        code="G8MRC-3TKW5"))

# 146
_rs, _rb = reminder_full_nl("Zeilmaker Eenentwintig", "M7AZZ-4KRT8", 2,
                            "donderdag 23 september 2010")
add("cancel-after-deadline-reply-reminder", provider_webmail(
    "Zeilmaker Eenentwintig <z.eenentwintig@dekluut.example.org>", "Re: " + _rs,
    "2010-09-16 12:15",
    """Geachte secretariaat,

Helaas moet ik mij afmelden voor de rest van de leergang. Door personeelstekort in het wijkcentrum kan ik er op de cursusdagen niet meer tussenuit. Ik begrijp dat de bijdrage verschuldigd blijft.

Met vriendelijke groet,
Zeilmaker Eenentwintig
Wijkcentrum De Kluut

Op 16-09-2010 10:00 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:
""" + quote(_rb), irt=rirt("reminder", "M7AZZ-4KRT8-2-7")),
    L("a cancellation for the rest of the course in reply to the 7-day "
      "reminder, after the free-cancellation date, accepting the fee; the "
      "code is in the subject and the quote", "cancel", "nl",
      code="M7AZZ-4KRT8"))

# 147
_ws, _wb = wait_nl("Kruier Vierentachtig", "Y3HDW-7QPK4", 3, "Thuiszorg De Kluut",
                   "welzijnsmedewerker", "k.vierentachtig@kluutzorg.example.nl",
                   cap=True,
                   ia="Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere")
add("off-waitlist-reply", outlook(
    "Kruier Vierentachtig <k.vierentachtig@kluutzorg.example.nl>", "RE: " + _ws,
    "2010-03-15 10:40",
    """Goedemorgen,

Haalt u mij maar van de wachtlijst af. Mijn collega's gaan al, dan is het voor mij niet meer nodig.

Groet,
Kruier Vierentachtig
""" + outlook_quote_nl(ROBQ, "vrijdag 12 maart 2010 9:41", "Kruier Vierentachtig",
                       _ws, _wb), irt=rirt("waitlist", "Y3HDW-7QPK4")),
    L("'Haalt u mij maar van de wachtlijst af' in reply to the waiting-list "
      "notice (limit per organisation); code in subject and quote",
      "cancel", "nl", code="Y3HDW-7QPK4"))

# 148
_cs, _cb = conf_nl("Kaarsenmaker Vijfentwintig", "M6WST-3ZKB7", "Re-integratiebedrijf Brandgans",
                   "programmamanager participatie",
                   "k.vijfentwintig@brandgans.example.nl", phone="036 555 0817",
                   ia="Re-integratiebedrijf Brandgans, Televisieweg 62, 1322 AM Almere")
add("please-do-not-cancel-status", owa(
    "Kaarsenmaker Vijfentwintig <k.vijfentwintig@brandgans.example.nl>",
    "Niet afmelden a.u.b. [M6WST-3ZKB7]", "2010-04-21 16:02",
    """Goedemiddag,

Een collega vertelde me dat mijn bevestiging bij ons is tegengehouden door de mailfilter en dat ik me dan misschien opnieuw moest aanmelden of afmelden. Ik wil me NIET afmelden; ik kom gewoon op alle vier de dagen. Mijn referentiecode heb ik via de helpdesk teruggekregen: M6WST-3ZKB7.

Kunt u bevestigen dat mijn plaats nog staat?

Met vriendelijke groet,
Kaarsenmaker Vijfentwintig
"""), L("'Ik wil me NIET afmelden' and asks whether his seat still stands: a "
        "status request, not a cancellation", "status", "nl",
        code="M6WST-3ZKB7"))

# 149
add("question-ill-free-cancel", gmail2(
    "Netboeter Vierentwintig <netboeter_vierentwintig77@example.com>", "Vraag over afmelden bij ziekte",
    "2010-05-14 21:30",
    """Goedenavond,

Ik ben aangemeld (code S9MQR-2WTK6) en ik kom graag, maar ik verwacht in de zomer een operatie. Stel dat ik in september nog ziek ben: kan ik me dan kosteloos afmelden, of kan ik alleen een collega sturen? Ik wil me nu dus niet afmelden, ik wil het alleen weten.

Groet,
Netboeter Vierentwintig
"""), L("'Stel dat ik ... nog ziek ben: kan ik me dan kosteloos afmelden?' "
        "is a hypothetical question; she says she is not cancelling",
        "question", "nl", code="S9MQR-2WTK6"))

# 150
add("manager-cancels-colleague-no-code", outlook(
    "Kaapvaarder Honderdvierendertig <k.honderdvierendertig@bergeend.example.nl>",
    "Afmelding Kaartenmaker Honderdvijfendertig", "2010-05-17 08:55",
    """Goedemorgen,

Onze medewerker Kaartenmaker Honderdvijfendertig, die ik in maart heb aangemeld, is langdurig ziek. Wilt u haar afmelden voor de leergang? Haar code heb ik helaas niet.

Met vriendelijke groet,
Kaapvaarder Honderdvierendertig
Manager Welzijn, Stichting Bergeend
"""), L("a manager cancels his staff member without her code", "cancel",
        "nl"))

# 151
add("hr-withdraws-leaver-english", outlook(
    "Basketweaver OneHundredFortyFive <b.onehundredfortyfive@example.com>", "Withdrawal - Stonecutter OneHundredFortySix",
    "2010-08-30 14:20",
    """Hello,

Stonecutter OneHundredFortySix (reference R9ARH-6KMT3) has left Example Sandpiper Youth Trust
and will not attend the remaining course days. Please cancel her place. We
understand the fee stands.

Regards,
Basketweaver OneHundredFortyFive
Director, Example Sandpiper Youth Trust
""", lang="EN"), L("a director withdraws a colleague who left, with her "
                   "code, in English", "cancel", "en", code="R9ARH-6KMT3"))

# 152
add("cancel-private-address-code", hotmail2010(
    "Netboeter Vierentwintig <netboeter_vierentwintig77@example.com>", "afmelden leergang",
    "2010-09-07 20:40",
    """Hallo,

Zoals ik in mei al vreesde ben ik nog niet hersteld. Ik meld me daarom af, code S9MQR-2WTK6. Ik stuur dit vanaf mijn privé-adres.

Groet,
Netboeter Vierentwintig"""),
    L("a cancellation from a private address with the code typed",
      "cancel", "nl", code="S9MQR-2WTK6"))

# 153
_ps, _pb = promotion_nl("Dakpannenlegger Negenenzeventig", "N5AMR-8KQW3", "Thuiszorg De Kluut",
                        "verzorgende IG", "d.negenenzeventig@kluutzorg.example.nl",
                        diet="halal",
                        ia="Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere")
add("decline-promotion", zimbra(
    "Dakpannenlegger Negenenzeventig <d.negenenzeventig@kluutzorg.example.nl>", "Re: " + _ps,
    "2010-05-20 09:33",
    """Beste,

Dank voor het bericht, maar ik zie af van de plaats. Inmiddels heb ik andere afspraken op 1 juni en in het najaar. Geeft u hem maar aan de volgende.

Groet,
Dakpannenlegger Negenenzeventig
""" + "\n\n----- Oorspronkelijk bericht -----\nVan: \"deSTADSWIJKstudies Almere\" <aanmelden@example.org>\nAan: \"Dakpannenlegger Negenenzeventig\" <d.negenenzeventig@kluutzorg.example.nl>\nVerzonden: woensdag 19 mei 2010 14:02:00\nOnderwerp: " + _ps + "\n\n" + _pb,
    irt=rirt("promotion", "N5AMR-8KQW3")),
    L("'ik zie af van de plaats' in reply to the promotion from the "
      "waiting list", "cancel", "nl", code="N5AMR-8KQW3"))

# 154
add("cancel-html-only-code-subject", html_mail10(
    "Houtdraaier Negenenvijftig <hnegenenvijftig@almere.nl>", "Afmelding J6RMC-4TNW8",
    "2010-05-18 11:05",
    '<html><body><p style="font-family:Calibri">Hoi,</p><p style="font-family:'
    'Calibri">Ik moet me helaas afmelden voor de leergang, de planning van ons '
    'project loopt uit.</p><p style="font-family:Calibri">Groet,<br>Houtdraaier '
    'Negenenvijftig<br>gebiedsregisseur, gemeente Almere</p></body></html>\n',
    style="outlook", agent="Microsoft Office Outlook 12.0"),
    L("HTML only; the code only in the typed subject", "cancel", "nl",
      code="J6RMC-4TNW8"))

# ---- substitutions ----------------------------------------------------------

# 155
add("substitute-code-own-text", bb_kpn(
    "Sluiswachter Achttien <s.achttien@tureluur.example.nl>", "vervanging leergang",
    "2010-05-19 13:02",
    """Mijn code is B2KRW-7TNQ5. Ik kan niet, in mijn plaats komt mijn collega Vuurwerkmaker Honderdzevenennegentig, v.honderdzevenennegentig@tureluur.example.nl. Ze is ook coördinator bij Buurtbemiddeling Tureluur.
Gr Sluiswachter

Verzonden vanaf mijn draadloze BlackBerry®-toestel"""),
    L("a substitution with the code in his text; the colleague's "
      "organisation and function are stated", "substitute", "nl",
      code="B2KRW-7TNQ5", people=1, persons=[P(
          name="Vuurwerkmaker Honderdzevenennegentig", email="v.honderdzevenennegentig@tureluur.example.nl",
          organisation="Buurtbemiddeling Tureluur", role="coördinator")]))

# 156
add("substitute-english-subject-code", tb(
    "Lamplighter Five <lamplighter.five@heronhousing.example.com>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [E3MCW-9TPZR]",
    "2010-05-25 10:10",
    """Hello,

I'm afraid I've been seconded to our Rotterdam office from June. My
colleague Mapmaker OneHundredNinetyEight (mapmaker.onehundredninetyeight@heronhousing.example.com) will take my
place - she's a community development officer as well.

Thanks,
Lamplighter
""", irt=rirt("confirmation", "E3MCW-9TPZR")),
    L("an English substitution with the code only in the kept subject; "
      "'she's a community development officer as well' gives her function; "
      "her organisation is not named for her", "substitute", "en", code="E3MCW-9TPZR", people=1,
      persons=[P(name="Mapmaker OneHundredNinetyEight",
                 email="mapmaker.onehundredninetyeight@heronhousing.example.com",
                 role="community development officer")]))

# 157
_cs, _cb = conf_nl("Turfsteker Zeventien", "F2ERD-6SVM8", "Jeugdhulp De Otter",
                   "Gezinscoach", "t.zeventien@otter-jeugd.example.nl",
                   phone="036-5552745",
                   ia="Jeugdhulp De Otter, Postbus 1550, 1300 BN Almere",
                   ir="kostenplaats 2210")
add("substitute-reply-confirmation-quote", zimbra(
    "Turfsteker Zeventien <t.zeventien@otter-jeugd.example.nl>",
    "Re: " + _cs, "2010-05-26 14:30",
    """Beste,

Vervanging: ik ga met zwangerschapsverlof. Mijn collega Lijmkoker Honderdnegenennegentig neemt mijn plaats in, haar mailadres is l.honderdnegenennegentig@otter-jeugd.example.nl. Zij is ook gezinscoach bij ons.

Vriendelijke groet,
Turfsteker
""" + "\n\n----- Oorspronkelijk bericht -----\nVan: \"deSTADSWIJKstudies Almere\" <aanmelden@example.org>\nAan: \"Turfsteker Zeventien\" <t.zeventien@otter-jeugd.example.nl>\nVerzonden: maandag 22 maart 2010 10:20:00\nOnderwerp: " + _cs + "\n\n" + _cb,
    irt=rirt("confirmation", "F2ERD-6SVM8")),
    L("'Vervanging' in reply to the confirmation, the code in the quote; "
      "'ook gezinscoach bij ons' gives the function and the writer's "
      "organisation", "substitute", "nl", code="F2ERD-6SVM8", people=1,
      persons=[P(name="Lijmkoker Honderdnegenennegentig", email="l.honderdnegenennegentig@otter-jeugd.example.nl",
                 organisation="Jeugdhulp De Otter", role="gezinscoach")]))

# 158
add("substitute-no-code-iphone", gmail_ios(
    "Lantaarnopsteker Drie <lantaarnopstekerdrie.rietvink@example.com>",
    "Collega in mijn plaats", "2010-05-27 18:20",
    """Hoi, ik kan toch niet meedoen, ik begin in juni aan een nieuwe baan. Mijn collega Teerkoker Tweehonderd (teerkoker.tweehonderd@rietvink.example.nl) wil graag in mijn plaats. Mijn code kan ik even niet vinden.

Lantaarnopsteker

Verstuurd vanaf mijn iPhone"""),
    L("a substitution without a code; only the colleague's name and "
      "address are given", "substitute", "nl", people=1, persons=[P(
          name="Teerkoker Tweehonderd", email="teerkoker.tweehonderd@rietvink.example.nl")]))

# 159
_rs, _rb = reminder_full_nl("Ankersmid Zesenzestig", "B7HNK-3RWT9", 3,
                            "dinsdag 2 november 2010")
add("substitute-remaining-days-reminder", tb115(
    "Ankersmid Zesenzestig <a.zesenzestig@devlier.example.nl>", "Re: " + _rs,
    "2010-10-27 09:15",
    """Goedemorgen,

Ik heb een nieuwe functie binnen de organisatie en kan de laatste twee dagen niet meer bijwonen. Graag vervanging door Pekbrander Tweehonderdeen, p.tweehonderdeen@devlier.example.nl, manager zorg en welzijn bij Zorgcentrum De Vlier, mijn opvolger. Mijn code is B7HNK-3RWT9.

Met vriendelijke groet,
Ankersmid Zesenzestig

Op 26-10-2010 10:00, deSTADSWIJKstudies Almere schreef:
""" + quote(_rb), irt=rirt("reminder", "B7HNK-3RWT9-3-7")),
    L("a successor for the last two days in reply to the 7-day reminder of "
      "day 3, code typed", "substitute", "nl", code="B7HNK-3RWT9", people=1,
      persons=[P(name="Pekbrander Tweehonderdeen", email="p.tweehonderdeen@devlier.example.nl",
                 organisation="Zorgcentrum De Vlier",
                 role="manager zorg en welzijn")]))

# 160
add("director-swaps-two", outlook2010(
    "Ketellapper Eenenveertig <k.eenenveertig@blauwborst.example.nl>",
    "Wijziging deelnemer Stichting Blauwborst", "2010-05-04 15:40",
    """Beste secretariaat,

In plaats van Koperslager Zesenveertig (code M3CMJ-8KWR2) gaat onze nieuwe beleidsmedewerker Kalkbrander Tweehonderdtwee naar de leergang. Haar e-mailadres is k.tweehonderdtwee@blauwborst.example.nl, telefoon 036 555 4115. Verder blijft alles hetzelfde, ook de factuur.

Met vriendelijke groet,

Ketellapper Eenenveertig
Directeur Stichting Blauwborst
036 555 4100
"""), L("a director swaps one of her three for a new colleague, with the "
        "code of the one who leaves", "substitute", "nl", code="M3CMJ-8KWR2",
        people=1, persons=[P(name="Kalkbrander Tweehonderdtwee",
                             email="k.tweehonderdtwee@blauwborst.example.nl",
                             organisation="Stichting Blauwborst",
                             role="beleidsmedewerker", phone="036 555 4115")]))

# 161
add("municipal-substitute", outlook2010(
    "Glazenmaker Achtenvijftig <gachtenvijftig@almere.nl>", "Vervanging S3VDM-6RTK9",
    "2010-05-21 10:22",
    """Hoi,

Vervanging: mijn collega Keienlegger Tweehonderddrie (ktweehonderddrie@almere.nl), ook wijkmanager bij de gemeente Almere, neemt mijn plaats in de leergang over. Mijn code staat in het onderwerp.

Groet,
Glazenmaker Achtenvijftig
"""), L("a municipal colleague substitutes; code in the typed subject",
        "substitute", "nl", code="S3VDM-6RTK9", people=1, persons=[P(
            name="Keienlegger Tweehonderddrie", email="ktweehonderddrie@almere.nl",
            organisation="Gemeente Almere", role="wijkmanager")]))

# ---- status questions --------------------------------------------------------

# 162
add("status-waitlist-position-code", owa(
    "Harnasmaker Honderdachtentachtig <h.honderdachtentachtig@kokmeeuwzorg.example.nl>",
    "Wachtlijst", "2010-05-07 11:45",
    """Goedemorgen,

Kunt u mij laten weten of ik nog op de wachtlijst sta, en hoeveel mensen er nog voor mij staan? Mijn code is K7BMR-4WNQ2.

Met vriendelijke groet,
Harnasmaker Honderdachtentachtig
"""), L("asks whether she is still on the waiting list and how many are "
        "ahead of her, with the code", "status", "nl", code="K7BMR-4WNQ2"))

# 163
add("status-no-code-registered-by-colleague", android(
    "Vogelvanger Honderdacht <v.honderdacht@buizerd.example.nl>",
    "Aanmelding ontvangen?", "2010-04-06 09:10",
    """Goedemorgen,

Mijn collega Houtvester Honderdzeven heeft mij eind maart aangemeld voor de leergang, maar ik heb nog geen bevestiging ontvangen. Ben ik wel aangemeld? Mijn mailadres is v.honderdacht@buizerd.example.nl.

Groet,
Vogelvanger Honderdacht
"""), L("registered by a colleague without an address, she asks whether "
        "she is registered; no code", "status", "nl"))

# 164
add("status-never-got-confirmation", outlook(
    "Stoelvlechter Achtenzeventig <stoelvlechter.achtenzeventig@kluutzorg.example.nl>",
    "Geen bevestiging ontvangen", "2010-03-22 13:05",
    """Beste,

Onze opleidingscoördinator heeft mij op 12 maart aangemeld. Ze zegt dat er een bericht naar mij is gestuurd, maar ik heb niets gekregen. Volgens mij is mijn adres verkeerd doorgegeven: het is stoelvlechter.achtenzeventig@kluutzorg.example.nl. Hoe staat mijn aanmelding ervoor?

Met vriendelijke groet,
Stoelvlechter Achtenzeventig
casemanager dementie
"""), L("asks where his registration stands; the notice went to a wrong "
        "address, so he has no code", "status", "nl"))

# 165
add("status-english-proof-for-funder", fastmail(
    "Shipwright SixtyFive <shipwright.sixtyfive@curlew.example.com>",
    "Proof of registration", "2010-04-19 10:30",
    """Hello,

Could you confirm that I'm registered for the course? Our funder wants proof
of registration for my training budget. My reference is P4RMN-8YQJ2.

Thank you,
Shipwright SixtyFive
"""), L("asks for confirmation of her registration, with her code",
        "status", "en", code="P4RMN-8YQJ2"))

# 166
_ws, _wb = wait_nl("Putjesschepper Eenentachtig", "V8CKR-5TMW2", 5, "Thuiszorg De Kluut",
                   "zorgcoördinator", "p.eenentachtig@kluutzorg.example.nl",
                   cap=True, diet="glutenvrij",
                   ia="Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere")
add("status-reply-waitlist-quote", roundcube(
    "Putjesschepper Eenentachtig <p.eenentachtig@kluutzorg.example.nl>", "Re: " + _ws,
    "2010-05-12 08:50",
    """Goedemorgen,

Het maximum per organisatie geldt toch tot 11 mei? Ben ik nu al aan de beurt, of sta ik nog op de wachtlijst?

Groet,
Putjesschepper Eenentachtig

Op 12.03.2010 09:41, deSTADSWIJKstudies Almere schreef:
""" + quote(_wb), irt=rirt("waitlist", "V8CKR-5TMW2")),
    L("asks where she stands after the limit per organisation ended, in "
      "reply to her waiting-list notice (code in subject and quote)",
      "status", "nl", code="V8CKR-5TMW2"))

# 167
add("status-municipal-code-text", notes(
    "Touwslager Acht/DMO/Almere <tacht@almere.nl>",
    "Inschrijving leergang", "2010-05-25 16:10",
    """Hallo,

Ik kan mijn bevestiging niet meer terugvinden. Kunnen jullie bevestigen dat ik ben ingeschreven? Mijn code was volgens mij Q2HRT-8WVK3.

Touwslager Acht
"""), L("asks to confirm his registration, with his code", "status", "nl",
        code="Q2HRT-8WVK3"))

# ---- corrections and mail that only looks like a change -------------------------

# 168
_cs, _cb = cancelled_en("Wheelwright Sixteen", "P7HNT-4XGK9")
add("reply-cancellation-not-meant", macmail(
    "Wheelwright Sixteen <wheelwright.sixteen@example.org>", "Re: " + _cs,
    "2010-03-23 09:02",
    """Hello,

I did NOT want to cancel! I only asked you to check for a double
registration of our organisation. Please restore my place - I very much want
to attend.

Wheelwright Sixteen
""" + "\n\nOn 22 Mar 2010, at 16:40, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:\n\n"
    + quote(_cb), irt=rirt("cancelled", "P7HNT-4XGK9")),
    L("'I did NOT want to cancel', in reply to the cancellation receipt; "
      "she asks for her seat back: a person must act", "human", "en",
      code="P7HNT-4XGK9"))

# 169
add("correction-role-code-text", outlook2010(
    "Vuurspuwer Honderdtwintig <v.honderdtwintig@buurtkracht.example.nl>",
    "Wijziging functie G5SHT-9KRW4", "2010-04-12 09:30",
    """Goedemorgen,

Per 1 april ben ik geen opbouwwerker meer maar teamleider opbouwwerk. Willen jullie dat aanpassen in mijn gegevens? Mijn code is G5SHT-9KRW4.

Met vriendelijke groet,
Vuurspuwer Honderdtwintig
"""), L("a correction of his own function, code in subject and text",
        "human", "nl", code="G5SHT-9KRW4"))

# 170
_cs, _cb = conf_nl("Mandenmaker Zes", "B6KSV-4NQ8J", "Zorggroep Lisdodde",
                   "manager wijkverpleging Almere Stad",
                   "m.zes@lisdodde.example.nl", phone="036 555 6120",
                   diet="lactosevrij",
                   ia="Zorggroep Lisdodde, Postbus 1207, 1300 BE Almere",
                   ir="KP 7310")
add("correction-phone-reply-confirmation", outlook(
    "Mandenmaker Zes <m.zes@lisdodde.example.nl>", "RE: " + _cs,
    "2010-03-09 08:40",
    """Goedemorgen,

Kleine correctie: mijn telefoonnummer is niet 036 555 6120 maar 036 555 6102, ik had een typefout gemaakt. Wilt u dat aanpassen?

Met vriendelijke groet,
Mandenmaker Zes
""" + outlook_quote_nl(ROBQ, "maandag 8 maart 2010 11:27",
                       "Mandenmaker Zes", _cs, _cb),
    irt=rirt("confirmation", "B6KSV-4NQ8J")),
    L("a correction of her own phone number in reply to the confirmation",
      "human", "nl", code="B6KSV-4NQ8J"))

# 171
_cs, _cb = conf_nl("Schoorsteenveger Vijftien", "R4MDR-2KXT7", "Woonstichting De Lepelaar",
                   "directeur-bestuurder", "s.vijftien@lepelaar-wonen.example.nl",
                   ia="Woonstichting De Lepelaar, t.a.v. bestuurssecretariaat, Postbus 60045, 1320 AA Almere")
add("assistant-not-cancel-agenda", outlook365(
    "Klokkengieter Veertien <k.veertien@lepelaar-wonen.example.nl>",
    "RE: " + _cs, "2010-05-19 10:05",
    """Goedemorgen,

De heer Vijftien heeft op 23 september een bestuursvergadering, maar die wordt verzet. Hij meldt zich dus niet af en komt alle vier de dagen. Ik laat het u weten als er toch iets verandert.

Met vriendelijke groet,
Klokkengieter Veertien
Managementassistent Raad van Bestuur
""" + o365_quote_nl(ROB, "2010-03-18 09:31", "Schoorsteenveger Vijftien", _cs, _cb),
    irt=rirt("confirmation", "R4MDR-2KXT7")),
    L("'Hij meldt zich dus niet af': an assistant's note that nothing "
      "changes, in reply to her director's confirmation", "human", "nl",
      code="R4MDR-2KXT7"))

# 172
add("cancel-waitlist-english-code", gmail2(
    "Wolkammer Zevenenzeventig <w.zevenenzeventig@kluutzorg.example.nl>",
    "Please take me off the waiting list", "2010-04-28 12:00",
    """Hello,

I'm writing in English because I use this account for my studies too. Please
take me off the waiting list for the Almere course (code J9VRB-6TKM3); I have
found another training in the same months.

Kind regards,
Wolkammer Zevenenzeventig
"""), L("'take me off the waiting list', in English, with her code",
        "cancel", "en", code="J9VRB-6TKM3"))
