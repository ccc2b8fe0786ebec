"""Set 9, batch 5: changes and status (134-163): cancellations,
substitutions and status questions, with the code in the writer's text,
only in the subject, only in a quote, typed in lower case, or missing;
several in reply to the robot's own mails.

Every message and every label is typed by hand; nothing is computed.
"""
from set9_lib import (add, X, P, horde, iphone, squirrel, gmail2, blackberry,
                      outlook365, outlook2010, macoutlook, hotmail2010, notes,
                      ipad, winmobile, zimbra, outlook2003, gmx, entourage,
                      conf_nl, conf_en, wait_nl, wait_en, reminder_nl,
                      promotion_nl, code_needed_nl, overview_nl, ratelimit_nl,
                      quote, o365_quote_nl, outlook_quote_nl, outlook_quote_en,
                      squirrel_quote, ios_quote_nl, webmail, d)

# 134 ---------------------------------------------------------------------
add("cancel-code-in-text-horde", horde(
    "Fluitist Twee <f.twee@maatstreep.example.org>",
    "afmelding leergang", "2010-04-20 10:12",
    """Beste mensen,

Helaas moet ik mij afmelden voor de leergang: per 1 mei ga ik bij een andere organisatie buiten Almere werken. Mijn referentiecode is 3MXR8-KT5WA.

Vriendelijke groet,

Fluitist Twee
Jeugdhulp Maatstreep
"""),
    X("cancels with her code in her own text", "cancel", "nl", code="3MXR8-KT5WA"))

# 135 ---------------------------------------------------------------------
add("cancel-code-lower-case-iphone", iphone(
    "Trommelaar Vier <trommelaar.vier@stemvork.example.nl>",
    "afmelding", "2010-04-27 06:58",
    """afmelden 8vd3m-rp6kc, ben langdurig ziek helaas

Verzonden vanaf mijn iPhone"""),
    X("cancels from a phone with the code typed in lower case (labelled as the robot issued it)",
      "cancel", "nl", code="8VD3M-RP6KC"))

# 136 ---------------------------------------------------------------------
add("cancel-code-in-kept-subject-only-squirrel", squirrel(
    "cellist.zes@speeldoos.example.com",
    "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [5KJW2-XM8QT]",
    "2010-05-03 15:40",
    """Goedemiddag,

Ik moet mij helaas afmelden voor de leergang. Onze locatie gaat na de zomer dicht en ik heb een nieuwe baan buiten Almere.

gr. Cellist Zes
""", irt="<regbot.confirmation.7b2e90d4c1a5f368@example.org>"),
    X("cancels in a reply whose quote she deleted: the code only in the kept subject",
      "cancel", "nl", code="5KJW2-XM8QT"))

# 137 ---------------------------------------------------------------------
_s137, _b137 = conf_nl("Bassist Zeventien", "Z8MK3-4QDPA", "Example Tuning Fork Trust",
                       "community organiser", "bassist17@tuningfork.example.org",
                       phone="06 5551 7017")
add("cancel-code-only-in-quote-new-subject-gmail", gmail2(
    "Bassist Zeventien <bassist17@tuningfork.example.org>",
    "afmelding", "2010-04-28 12:30",
    """Hoi,

Sorry, ik moet me toch afmelden voor de leergang. Onze manager heeft het opleidingsbudget ingetrokken, so that's it for this year.

Groetjes,
Bassist

On Tue, Mar 23, 2010 at 4:21 PM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(_b137),
    irt="<regbot.confirmation.c3f81a6e0d2b4957@example.org>"),
    X("cancels under a new subject; the code only in the quoted confirmation",
      "cancel", "nl", code="Z8MK3-4QDPA"))

# 138 ---------------------------------------------------------------------
add("cancel-no-code-blackberry", blackberry(
    "Liedjesschrijver Tweeëntwintig <liedjes22@buurtorkest.example.org>",
    "Afmelden", "2010-05-04 08:15",
    """Ik moet mij helaas afmelden voor de leergang. Liedjesschrijver Tweeëntwintig, Stichting Buurtorkest

Verzonden vanaf mijn BlackBerry\u00ae"""),
    X("cancels from a phone without a code", "cancel", "nl"))

# 139 ---------------------------------------------------------------------
add("cancel-by-team-lead-with-code-o365", outlook365(
    "Contrabassist Negenenvijftig <c.negenenvijftig@jeugdzorgcanon.example.nl>",
    "Afmelding Slagwerker Achtenvijftig", "2010-05-10 13:50",
    """Beste secretariaat,

Hierbij meld ik mijn medewerker Slagwerker Achtenvijftig af voor de leergang, omdat zij in juni met zwangerschapsverlof gaat. Haar referentiecode is T9MR3-QX6WC.

Met vriendelijke groet,

Contrabassist Negenenvijftig
teamleider ambulante hulp
Jeugdzorg Canon"""),
    X("a team lead cancels his team member, with her code", "cancel", "nl",
      code="T9MR3-QX6WC"))

# 140 ---------------------------------------------------------------------
_s140, _h140, _t140 = reminder_nl("Beiaardier Zesentwintig", "B6WT3-PZ8KH", 1,
                                  "dinsdag 1 juni 2010")
add("cancel-late-reply-to-7day-reminder-o365", outlook365(
    "Beiaardier Zesentwintig <b.zesentwintig@metronoom.example.nl>",
    "RE: " + _s140, "2010-05-25 16:05",
    """Goedemiddag,

Helaas moet ik mij afmelden voor de hele leergang; door een reorganisatie kan ik de dagen niet vrijmaken. Ik begrijp dat de bijdrage na 18 mei verschuldigd blijft, dat is akkoord. Mijn code is B6WT3-PZ8KH.

Met vriendelijke groet,
Beiaardier Zesentwintig
Schuldhulp Metronoom""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-05-25 10:00",
        "Beiaardier Zesentwintig <b.zesentwintig@metronoom.example.nl>",
        _s140, _h140 + "\n\n[...]\n\n" + _t140),
    irt="<regbot.reminder.5e9a3c17b0d2f486@example.org>"),
    X("cancels after the free-cancellation date in reply to the 7-day reminder, accepting the fee",
      "cancel", "nl", code="B6WT3-PZ8KH"))

# 141 ---------------------------------------------------------------------
_s141, _b141 = wait_en("Balladeer FortySeven", "S2KQ7-VM9HB", 1, "Example Chord Network",
                       "team leader", "balladeer47@chordnetwork.example.org", cap=True,
                       phone="036 555 4747",
                       ia="Example Chord Network, Finance Department, P.O. Box 4141, 1300 CA Almere",
                       ir="purchase order number 4141-10")
add("cancel-off-waiting-list-en-outlook2010", outlook2010(
    "Balladeer FortySeven <balladeer47@chordnetwork.example.org>",
    "RE: " + _s141, "2010-03-23 09:14",
    """Hello,

Please cancel my registration and take me off the waiting list. With three of my colleagues already in, I would rather leave the place to another organisation.

Best regards,
Balladeer FortySeven""" + outlook_quote_en(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "Monday, March 22, 2010 2:18 PM", "Balladeer FortySeven", _s141, _b141),
    lang="EN", irt="<regbot.waitlist.2d7f0b9e5c13a468@example.org>"),
    X("asks to leave the waiting list in reply to the notice (limit per organisation); code in the subject and the quote",
      "cancel", "en", code="S2KQ7-VM9HB"))

# 142 ---------------------------------------------------------------------
add("cancel-en-nonnative-gmail", gmail2(
    "Drummer Three <drummer.three@languagechoir.example.org>",
    "cancel the inscription", "2010-05-06 21:02",
    """Dear Sir, Madam,

Unfortunately I must cancel my participation to the course, because my contract with the foundation is finished in the end of May. My code is Q4ZN7-HB2EX.

Sorry for the trouble and many greetings,
Drummer Three"""),
    X("a non-native writer cancels ('cancel my participation to the course'), code in the text",
      "cancel", "en", code="Q4ZN7-HB2EX"))

# 143 ---------------------------------------------------------------------
add("cancel-with-question-en-macoutlook", macoutlook(
    "Conductor ThirtyOne <conductor31@harmonyhousing.example.com>",
    "Cancellation C5HZ8-WN2QP", "2010-05-12 10:40",
    """Dear colleagues,

I'm afraid I have to cancel my registration (C5HZ8-WN2QP): from June I'll be working at our Lelystad office. Would it still be possible for a colleague to join later in the autumn, for example from day 3 only, or is that too late?

Best regards,

Conductor ThirtyOne"""),
    X("cancels with her code and asks whether a colleague could join later in the autumn",
      "cancel", "en", code="C5HZ8-WN2QP", q="yes"))

# 144 ---------------------------------------------------------------------
_h144 = ("<html>\n<head>\n<style><!--\n.hmmessage P\n{\nmargin:0px;\npadding:0px\n}\n"
         "body.hmmessage\n{\nfont-size: 10pt;\nfont-family:Verdana\n}\n--></style>\n"
         "</head>\n<body class='hmmessage'>\nHoi,<br><br>Ik meld me af voor de leergang, ik ga in "
         "juni met ouderschapsverlof en kom pas in januari terug.<br><br>Groetjes,<br>Speelman"
         "<br> \t\t \t   \t\t  </body>\n</html>\n")
add("cancel-html-only-hotmail-code-in-subject", hotmail2010(
    "Speelman Vijfentwintig <speelman25@toonhoogte.example.nl>",
    "Afmelding leergang F7QC2-KM4XT", "2010-05-11 19:47", "", html=_h144,
    html_only=True),
    X("cancels in HTML only; the code only in the typed subject", "cancel", "nl",
      code="F7QC2-KM4XT"))

# 145 ---------------------------------------------------------------------
_s145, _b145 = promotion_nl("Tamboer Eenennegentig", "N7XB3-QH5RK",
                            "Stichting Wijkteams Tegenstem", "gezinsondersteuner",
                            "t.eenennegentig@tegenstem.example.nl", phone="06 5559 1091",
                            diet="lactosevrij",
                            ia="Stichting Wijkteams Tegenstem, Postbus 8700, 1300 CD Almere",
                            ir="kostenplaats 8700-11")
add("cancel-declines-promotion-outlook2010", outlook2010(
    "Tamboer Eenennegentig <t.eenennegentig@tegenstem.example.nl>",
    "RE: " + _s145, "2010-05-12 09:25",
    """Goedemorgen,

Dank voor het bericht, maar ik zie af van de plaats: ik heb inmiddels een andere opleiding voor het najaar toegezegd gekregen. Geeft u de plaats maar aan de volgende op de wachtlijst.

Met vriendelijke groet,
Tamboer Eenennegentig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "dinsdag 11 mei 2010 0:05", "Tamboer Eenennegentig", _s145, _b145),
    irt="<regbot.promotion.e1c74b2a09d3f586@example.org>"),
    X("declines the seat in reply to the promotion from the waiting list ('ik zie af van de plaats')",
      "cancel", "nl", code="N7XB3-QH5RK"))

# 146 ---------------------------------------------------------------------
_s146, _b146 = code_needed_nl("Liedjesschrijver Tweeëntwintig", code="P9HX2-6CWNE",
                              subject="Afmelden", asked="cancel")
add("cancel-answers-code-needed-blackberry", blackberry(
    "Liedjesschrijver Tweeëntwintig <liedjes22@buurtorkest.example.org>",
    "Re: " + _s146, "2010-05-04 12:40",
    """Ja, dat was ik. Afmelden graag, code P9HX2-6CWNE.

Verzonden vanaf mijn BlackBerry\u00ae

-----Original Message-----
From: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
Date: Tue, 4 May 2010 08:15:41
To: <liedjes22@buurtorkest.example.org>
Subject: """ + _s146 + """

""" + _b146, irt="<regbot.code-needed.38b0d6f1e7a2c945@example.org>"),
    X("answers the robot's 'reference code needed' mail with the code typed: a cancellation",
      "cancel", "nl", code="P9HX2-6CWNE"))

# 147 ---------------------------------------------------------------------
add("cancel-hr-en-colleague-left-outlook2010", outlook2010(
    "Cantor FortyThree <cantor43@chordnetwork.example.org>",
    "Cancellation Fiddler FortyFour", "2010-04-30 11:05",
    """Dear Sir or Madam,

Fiddler FortyFour left Example Chord Network on 30 April. Please cancel his registration for the course (reference code H2QX9-MT7BV). We will not send anyone else in his place.

Kind regards,

Cantor FortyThree
HR & Training Officer
Example Chord Network""", lang="EN"),
    X("HR cancels a colleague who has left, with his code", "cancel", "en",
      code="H2QX9-MT7BV"))

# 148 ---------------------------------------------------------------------
add("cancel-private-address-en-gmail", gmail2(
    "Lutenist ThirtySeven <lutenist37@gmail.example.com>",
    "Cancel registration 4PRT6-BV9XK", "2010-05-17 20:30",
    """Dear organisers,

I'm writing from my private address as I'm on sick leave and cannot reach my work mail. I'm sorry, but I have to cancel my registration for the course; my reference code is 4PRT6-BV9XK.

Kind regards,
Lutenist ThirtySeven"""),
    X("cancels from a private address, with her code in the subject and the text",
      "cancel", "en", code="4PRT6-BV9XK"))

# 149 ---------------------------------------------------------------------
add("substitute-code-in-text-notes", notes(
    "Fluitist Drieendertig <f.drieendertig@solo.example.nl>",
    "Vervanging leergang", "2010-05-07 11:20",
    """Geachte heer, mevrouw,

Vervanging: ik kan niet meer deelnemen aan de leergang. In mijn plaats komt mijn collega Violist Honderdnegenenveertig (v.honderdnegenenveertig@solo.example.nl), ook jobcoach bij Leerwerkbedrijf Solo. Mijn referentiecode is 6TKB9-MC3WZ.

Met vriendelijke groet,

Fluitist Drieëndertig
Jobcoach
Leerwerkbedrijf Solo"""),
    X("sends a colleague, code in her text; 'ook jobcoach bij Leerwerkbedrijf Solo'",
      "substitute", "nl", code="6TKB9-MC3WZ", people=1, persons=[P(
          name="Violist Honderdnegenenveertig",
          email="v.honderdnegenenveertig@solo.example.nl",
          organisation="Leerwerkbedrijf Solo", role="jobcoach")]))

# 150 ---------------------------------------------------------------------
add("substitute-en-code-in-kept-subject-outlook2010", outlook2010(
    "Chorister Twelve <chorister.twelve@overture-care.example.com>",
    "RE: Registration confirmed: Almere: Sociale ambities in een groeiende stad [T6PD8-MX4NC]",
    "2010-05-19 14:22",
    """Good afternoon,

Substitute: I will not be able to attend. My colleague Cantor HundredFifty (cantor150@overture-care.example.com), activity coordinator at Example Overture Elderly Care, will take my place.

Thanking you in advance,
Chorister Twelve""", lang="EN",
    irt="<regbot.confirmation.0a6d3f8c2e1b5749@example.org>"),
    X("sends a colleague in English; the code only in the kept subject",
      "substitute", "en", code="T6PD8-MX4NC", people=1, persons=[P(
          name="Cantor HundredFifty", email="cantor150@overture-care.example.com",
          organisation="Example Overture Elderly Care",
          role="activity coordinator")]))

# 151 ---------------------------------------------------------------------
_s151, _b151 = conf_nl("Speelman Vijfendertig", "9BXQ4-TN6HM", "Stichting Halve Noot",
                       "ambulant hulpverlener", "speelman35@halvenoot.example.org",
                       phone="06 5553 5035",
                       ia="Stichting Halve Noot, Nootweg 35, 1336 AB Almere")
add("substitute-code-in-quote-ipad", ipad(
    "Speelman Vijfendertig <speelman35@halvenoot.example.org>",
    "Re: " + _s151, "2010-05-14 08:02",
    """Vervanging: mijn collega Hoornist Honderdeenenvijftig neemt mijn plaats in, h.honderdeenenvijftig@halvenoot.example.org. Zij is ook ambulant hulpverlener.

Verstuurd vanaf mijn iPad""" + ios_quote_nl(
        "2010-04-20 08:00", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b151),
    irt="<regbot.confirmation.f4b19e07d3a6c258@example.org>"),
    X("'vervanging' in reply to the confirmation; the code in the subject and the quote; 'ook ambulant hulpverlener' gives a role, not an organisation",
      "substitute", "nl", code="9BXQ4-TN6HM", people=1, persons=[P(
          name="Hoornist Honderdeenenvijftig",
          email="h.honderdeenenvijftig@halvenoot.example.org",
          role="ambulant hulpverlener")]))

# 152 ---------------------------------------------------------------------
add("substitute-no-code-iphone", iphone(
    "Componist Negenendertig <componist39@cadans.example.nl>",
    "leergang", "2010-05-18 07:40",
    """Ik kan niet naar de leergang, mijn collega Blazer Honderdtweeënvijftig (blazer152@cadans.example.nl) gaat in mijn plaats.

Componist

Verzonden vanaf mijn iPhone"""),
    X("sends a colleague from a phone, without a code; 'mijn collega' gives no organisation",
      "substitute", "nl", people=1, persons=[P(
          name="Blazer Honderdtweeënvijftig", email="blazer152@cadans.example.nl")]))

# 153 ---------------------------------------------------------------------
_s153, _h153, _t153 = reminder_nl("Harpist Zesendertig", "Y4MC8-KZ2RT", 3,
                                  "dinsdag 2 november 2010")
add("substitute-remaining-days-reply-to-reminder-roundcube", webmail(
    "Wijkcentrum De Toonzaal <info@wijkcentrumtoonzaal.example.nl>",
    "Re: " + _s153, "2010-10-26 14:18",
    """Goedemiddag,

Na 23 september ben ik gestopt als beheerder van het wijkcentrum. Mijn opvolger, Organist Honderddrieënvijftig, neemt de laatste twee dagen mijn plaats in (vervanging). Zijn eigen adres is o.honderddrieenvijftig@wijkcentrumtoonzaal.example.nl; hij is de nieuwe beheerder van Wijkcentrum De Toonzaal.

Met vriendelijke groet,
Harpist Zesendertig

Op 26-10-2010 10:00, deSTADSWIJKstudies Almere schreef:
""" + quote(_h153 + "\n\n[...]\n\n" + _t153),
    irt="<regbot.reminder.8c2f5a1e7d04b963@example.org>"),
    X("a successor takes the remaining two days, in reply to the 7-day reminder of day 3 (code in the subject and the quote)",
      "substitute", "nl", code="Y4MC8-KZ2RT", people=1, persons=[P(
          name="Organist Honderddrieënvijftig",
          email="o.honderddrieenvijftig@wijkcentrumtoonzaal.example.nl",
          organisation="Wijkcentrum De Toonzaal", role="beheerder")]))

# 154 ---------------------------------------------------------------------
add("substitute-municipal-colleague-winmobile", winmobile(
    "Tamboer Vierentwintig <t.vierentwintig@almere.nl>",
    "vervanging leergang", "2010-05-21 17:02",
    """vervanging: mijn collega Klokkenist Honderdvierenvijftig (k.honderdvierenvijftig@almere.nl), wijkmanager Almere Haven, neemt mijn plaats in. Code X3NB5-8HQWD."""),
    X("a municipal officer sends a municipal colleague, code in the text",
      "substitute", "nl", code="X3NB5-8HQWD", people=1, persons=[P(
          name="Klokkenist Honderdvierenvijftig",
          email="k.honderdvierenvijftig@almere.nl",
          organisation="Gemeente Almere", role="wijkmanager Almere Haven")]))

# 155 ---------------------------------------------------------------------
_s155, _b155 = overview_nl("Accordeonist Zestig", [
    ("Dirigent Eenenzestig", "d.eenenzestig@polyfonie.example.nl", "QK3N8-2XTVM", "op de wachtlijst (plaats 5)"),
    ("Fluitist Tweeënzestig", "f.tweeenzestig@polyfonie.example.nl", "4HDR7-ZB9WC", "op de wachtlijst (plaats 6)"),
    ("Trommelaar Drieënzestig", "t.drieenzestig@polyfonie.example.nl", "MV6T2-8KQXN", "op de wachtlijst (plaats 7)"),
    ("Organist Vierenzestig", "o.vierenzestig@polyfonie.example.nl", "7WZK2-HN5PD", "op de wachtlijst (plaats 8)"),
    ("Harpist Vijfenzestig", "h.vijfenzestig@polyfonie.exmaple.nl", "E3HN8-XW4TQ", "op de wachtlijst (plaats 9)"),
    ("Beiaardier Zesenzestig", "b.zesenzestig@polyfonie.example.nl", "9NC4T-RX7BM", "op de wachtlijst (plaats 10)")])
add("substitute-by-contact-person-reply-to-overview-o365", outlook365(
    "Accordeonist Zestig <a.zestig@polyfonie.example.nl>",
    "RE: " + _s155, "2010-05-19 11:35",
    """Goedemorgen,

Organist Vierenzestig (7WZK2-HN5PD) kan toch niet deelnemen. In zijn plaats graag onze collega Zanger Honderdvijfenvijftig, z.honderdvijfenvijftig@polyfonie.example.nl, eveneens geestelijk verzorger bij Zorgcentrum Polyfonie.

Het adres van Harpist Vijfenzestig is trouwens verkeerd gespeld, dat zoeken wij nog uit.

Met vriendelijke groet,
Accordeonist Zestig
medewerker opleidingen""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-05-14 09:21",
        "Accordeonist Zestig <a.zestig@polyfonie.example.nl>", _s155, _b155),
    irt="<regbot.overview.5b8e2d0f14c7a963@example.org>"),
    X("the contact person sends a colleague for one of six, naming that person's code from the quoted overview",
      "substitute", "nl", code="7WZK2-HN5PD", people=1, persons=[P(
          name="Zanger Honderdvijfenvijftig",
          email="z.honderdvijfenvijftig@polyfonie.example.nl",
          organisation="Zorgcentrum Polyfonie", role="geestelijk verzorger")]))

# 156 ---------------------------------------------------------------------
add("status-no-confirmation-received-o365", outlook365(
    "Harpist Vijfenzestig <h.vijfenzestig@polyfonie.example.nl>",
    "Geen bevestiging ontvangen", "2010-05-20 12:10",
    """Goedemiddag,

Onze afdeling opleidingen heeft mij vorige week aangemeld voor de leergang, maar ik heb nog niets van u ontvangen. Sta ik ingeschreven, of sta ik op de wachtlijst?

Met vriendelijke groet,
Harpist Vijfenzestig
specialist ouderengeneeskunde
Zorgcentrum Polyfonie"""),
    X("asks where she stands: her notice went to a mistyped address; no code",
      "status", "nl"))

# 157 ---------------------------------------------------------------------
add("status-code-in-text-outlook2010", outlook2010(
    "Slagwerker Negentien <s.negentien@samenklank.example.nl>",
    "Staat mijn aanmelding nog?", "2010-05-18 09:30",
    """Beste organisatie,

Ik heb een nieuwe computer gekregen en ben daarbij mijn bevestiging kwijtgeraakt. Kunt u mij laten weten of mijn aanmelding nog staat? Mijn code had ik gelukkig genoteerd: K4TQ8-VB7MZ.

Vriendelijke groet,
Slagwerker Negentien"""),
    X("asks whether her registration still stands, code in the text", "status", "nl",
      code="K4TQ8-VB7MZ"))

# 158 ---------------------------------------------------------------------
_s158, _b158 = wait_nl("Stemmer Eenentachtig", "W5KT8-PC3HZ", 4, "Zorggroep Cadans",
                       "praktijkondersteuner", "s.eenentachtig@cadans.example.nl",
                       ia="Zorggroep Cadans, Postbus 707, 1300 AA Almere, t.a.v. HRM/opleidingen",
                       ir="kostenplaats 7100")
add("status-waitlist-position-notes-antw", notes(
    "Stemmer Eenentachtig <s.eenentachtig@cadans.example.nl>",
    "Antw: " + _s158, "2010-05-28 10:44",
    """Goedemorgen,

Op welke plaats van de wachtlijst sta ik nu? De eerste dag komt al dichtbij.

Met vriendelijke groet,
Stemmer Eenentachtig



Van:\tdeSTADSWIJKstudies Almere <aanmelden@example.org>
Aan:\tStemmer Eenentachtig <s.eenentachtig@cadans.example.nl>
Datum:\t12-05-2010 10:06
Onderwerp:\t""" + _s158 + """



""" + _b158, irt="<regbot.waitlist.93d1b7e4f0a2c568@example.org>"),
    X("asks her waiting-list position in a Notes reply to the notice (code in the subject and the quote)",
      "status", "nl", code="W5KT8-PC3HZ"))

# 159 ---------------------------------------------------------------------
add("status-hr-asks-after-ten-notes", notes(
    "Zanger Eenenzeventig <z.eenenzeventig@cadans.example.nl>",
    "Stand van zaken aanmeldingen Zorggroep Cadans", "2010-05-17 14:05",
    """Geachte heer/mevrouw,

Op 12 mei heb ik vanaf ons algemene adres opleidingen@cadans.example.nl tien collega's aangemeld voor de leergang. Wij hebben daarop geen overzicht ontvangen. Kunt u laten weten wie van hen een plaats heeft en wie op de wachtlijst staat?

Met vriendelijke groet,

Zanger Eenenzeventig
adviseur opleidingen, afdeling HRM
Zorggroep Cadans"""),
    X("HR asks after the ten she registered (their overview bounced); no code", "status", "nl"))

# 160 ---------------------------------------------------------------------
add("status-code-in-typed-subject-outlook2003", outlook2003(
    "Zanger Zevenentwintig <zanger27@wijkmelodie.example.nl>",
    "Status aanmelding M2KR9-5XJVB", "2010-05-06 13:20",
    """Goedemiddag,

Kunt u mij laten weten of mijn inschrijving voor de leergang definitief is?

Met vriendelijke groet,

Zanger Zevenentwintig"""),
    X("asks whether her registration is final; the code only in the subject she typed",
      "status", "nl", code="M2KR9-5XJVB"))

# 161 ---------------------------------------------------------------------
_s161, _b161 = ratelimit_nl("Tamboer Honderdeenenzestig")
add("status-reply-to-ratelimit-gmx", gmx(
    "Tamboer Honderdeenenzestig <tamboer161@gmx.example.net>",
    "Re: " + _s161, "2010-04-29 16:45",
    """Goedemiddag,

Ik heb vandaag vier keer geprobeerd mij aan te melden, omdat mijn eigen mailprogramma steeds een foutmelding gaf. Nu krijg ik dit bericht. Ben ik nu aangemeld of niet?

Groet,
Tamboer Honderdeenenzestig

-------- Oorspronkelijk bericht --------
> Datum: Thu, 29 Apr 2010 16:31:05 +0200
> Van: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
> Aan: tamboer161@gmx.example.net
> Onderwerp: """ + _s161 + """

""" + quote(_b161), irt="<regbot.ratelimit.7f3a9c2b1d0e5468@example.org>"),
    X("asks whether she is registered, in reply to the robot's rate-limit notice; no code",
      "status", "nl"))

# 162 ---------------------------------------------------------------------
add("status-en-proof-for-manager-entourage", entourage(
    "Piper Eight <piper.eight@rhythmyouth.example.org>",
    "Proof of registration", "2010-05-05 11:30",
    """Hello,

Could you please send me a confirmation that I'm registered for the course? Our funder needs proof of registration before it pays out the training grant. My reference code is R7BN4-QZ3HD.

Many thanks,
Piper Eight
Outreach Lead | Sample Rhythm Youth Almere
"""),
    X("asks for a confirmation of her registration as proof for a funder, code in the text",
      "status", "en", code="R7BN4-QZ3HD"))

# 163 ---------------------------------------------------------------------
add("status-forwarded-participant-heard-nothing-zimbra", zimbra(
    "Speelman Tweeënnegentig <speelman92@toonladder.example.nl>",
    "ben ik aangemeld?", "2010-04-26 13:50",
    """Hallo,

Mijn collega van P&O heeft mij half april voor de leergang aangemeld door mijn mail aan haar door te sturen, maar ik heb zelf nooit iets van u ontvangen. Ben ik ingeschreven?

Groet,
Speelman Tweeënnegentig
Stichting Toonladder"""),
    X("a participant registered through HR's forward asks whether she is registered; no code",
      "status", "nl"))
