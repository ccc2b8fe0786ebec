"""Set 8, batch 5: cancellations (134-148), substitutions (149-155) and
status questions (156-163).

Every message and every label is typed by hand; see set8_lib.py for the
client shapes.
"""
from set8_lib import (add, X, P, ok_code, gmail2, samsung, outlook2010,
                      outlook_quote_nl, promotion_nl, outlookmac16,
                      o365_quote_en, o365_quote_nl, code_needed_en, notes,
                      reminder_nl, waitlist_update_nl, yahoo2, groupwise, ios,
                      outlook365, owa, already_nl, tb115, substitution_new_nl,
                      ox, fastmail, outlook_android, spark, wait_nl, winmail,
                      ipad, ROBOT)

C = ok_code

# 134 ---------------------------------------------------------------------
add("cancel-code-in-text-gmail", gmail2(
    "Gangmaker Twee <gangmaker.twee@buurtwerkmeetlat.example.nl>",
    "Afmelding leergang", "2010-04-14 09:00",
    """Beste organisatie,

Hierbij meld ik mij af voor de leergang. Door een reorganisatie bij Buurtwerk Meetlat verandert mijn functie per 1 juni en kan ik de dagen niet meer inplannen.

Mijn referentiecode is QMVD2-D0Y2E.

Groet,
Gangmaker Twee
"""),
    X("a cancellation with the code in the writer's own text",
      "cancel", "nl", code=C("QMVD2-D0Y2E")))

# 135 ---------------------------------------------------------------------
add("cancel-code-in-lower-case-phone", samsung(
    "Stuurman Tien <stuurman.tien@speelkaart.example.nl>",
    "afmelden", "2010-04-23 12:10",
    """Hoi, ik moet me helaas afmelden, ik ga per mei ergens anders werken. code m4v59-8yajm

Gr Stuurman


Verzonden vanaf mijn Galaxy
"""),
    X("a cancellation from a phone with the code typed in lower case (the label gives it as issued)",
      "cancel", "nl", code=C("M4V59-8YAJM")))

# 136 ---------------------------------------------------------------------
_s136, _b136 = promotion_nl("Stuurman Achtenveertig", "RSZHS-43X7V", "Welzijn Legenda",
                            "buurtbemiddelaar", "stuurman.48@welzijnlegenda.example.nl",
                            phone="06 5554 8480",
                            ia="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
                            ir="inkoopnummer WL-0042")
add("cancel-in-reply-to-promotion", outlook2010(
    "Stuurman Achtenveertig <stuurman.48@welzijnlegenda.example.nl>",
    "RE: " + _s136, "2010-05-21 09:25",
    """Goedemorgen,

Dank u, maar inmiddels ben ik ingeschreven voor een andere opleiding in dezelfde periode. Ik zie daarom af van deelname; geeft u de plaats maar aan de volgende op de lijst.

Met vriendelijke groet,
Stuurman Achtenveertig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "donderdag 20 mei 2010 14:12", "Stuurman Achtenveertig", _s136, _b136)),
    X("'ik zie af van deelname' in reply to the mail that she moved up from the waiting list; the code in subject and quote",
      "cancel", "nl", code=C("RSZHS-43X7V")))

# 137 ---------------------------------------------------------------------
_s137, _b137 = code_needed_en("Navigator Twelve", code="S624X-5HJCM",
                              subject="Cancel registration", asked="cancel")
add("cancel-answer-to-code-needed-en", outlookmac16(
    "Navigator Twelve <navigator.twelve@youthharbour.example.org>",
    "RE: " + _s137, "2010-04-30 09:05",
    """Hello,

Yes, it was me who asked. I cannot join because my project ends in May. My code: S624X-5HJCM. Please cancel my registration.

Regards,
Navigator Twelve""" + o365_quote_en(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-04-29 17:40",
        "Navigator Twelve <navigator.twelve@youthharbour.example.org>", _s137, _b137),
    lang="en"),
    X("answers the robot's 'reference code needed' mail: confirms and types the code",
      "cancel", "en", code=C("S624X-5HJCM")))

# 138 ---------------------------------------------------------------------
add("manager-withdraws-member-budget-cut", outlookmac16(
    "Havenmeester Honderddertien <havenmeester.113@windroos.example.org>",
    "Intrekken aanmelding Pleinmaker Zeven", "2010-05-11 15:15",
    """Goedemiddag,

Door een bezuinigingsronde moeten wij de aanmelding van onze medewerker Pleinmaker Zeven intrekken (code F5Z7Y-PY1E5). Zij is hiervan op de hoogte.

Met vriendelijke groet,
Havenmeester Honderddertien
manager Jeugd
Jeugdhulp Windroos
"""),
    X("a manager withdraws her member's registration with that person's code",
      "cancel", "nl", code=C("F5Z7Y-PY1E5")))

# 139 ---------------------------------------------------------------------
_s139, _h139, _t139 = reminder_nl("Wegwijzer Veertien", "H1HTW-AJSMS", 1,
                                  "dinsdag 1 juni 2010")
add("cancel-after-deadline-notes-reminder", notes(
    "Wegwijzer Veertien <wegwijzer.veertien@hoogteprofiel.example.nl>",
    "Antw: " + _s139, "2010-05-25 13:40",
    """Geachte organisatie,

Helaas moet ik mij afmelden voor de hele leergang; ik ben per 1 juni overgeplaatst naar een locatie in een andere regio. Ik begrijp dat de bijdrage verschuldigd blijft.

Met vriendelijke groet,

Wegwijzer Veertien



Van:	deSTADSWIJKstudies Almere <aanmelden@example.org>
Aan:	Wegwijzer Veertien <wegwijzer.veertien@hoogteprofiel.example.nl>
Datum:	25-05-2010 10:00
Onderwerp:	""" + _s139 + "\n\n\n\n" + _h139 + "\n\n[...]\n\n" + _t139 + "\n"),
    X("after the free-cancellation date, in a Notes reply to the 7-day reminder; accepts the fee, asks nothing",
      "cancel", "nl", code=C("H1HTW-AJSMS")))

# 140 ---------------------------------------------------------------------
_s140, _b140 = waitlist_update_nl("Pleinmaker Zevenenveertig", "WNDK0-2GMGN", 4)
add("cancel-waitlist-after-update", outlook2010(
    "Pleinmaker Zevenenveertig <pleinmaker.47@welzijnlegenda.example.nl>",
    "RE: " + _s140, "2010-05-12 16:05",
    """Dank voor het bericht. Haal mij maar van de wachtlijst: inmiddels is besloten dat ik in het najaar een andere cursus ga doen.

Groet,
Pleinmaker Zevenenveertig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "woensdag 12 mei 2010 00:05", "Pleinmaker Zevenenveertig", _s140, _b140)),
    X("leaves the waiting list in reply to the update that the limit per organisation no longer holds her back",
      "cancel", "nl", code=C("WNDK0-2GMGN")))

# 141 ---------------------------------------------------------------------
add("cancel-en-nonnative-pregnancy", yahoo2(
    "Wayfinder Three <wayfinder.three@languagebridge.example.org>",
    "unsubscribe course", "2010-05-05 19:50",
    """Dear,

I must unsubscribe me for the course because I am pregnant and the doctor says I must take rest the coming months. My code is X50HA-XSB5S.

Sorry for the inconvenience and thank you.

Wayfinder Three

Sent from Yahoo Mail on Android
"""),
    X("'I must unsubscribe me for the course' from a non-native writer, with the code",
      "cancel", "en", code=C("X50HA-XSB5S")))

# 142 ---------------------------------------------------------------------
add("cancel-and-ask-for-slides", groupwise(
    "Landmeter Vijftien <landmeter.vijftien@rekenraam.example.org>",
    "Afmelding", "2010-05-14 10:30",
    """Goedemorgen,

Helaas moet ik mij afmelden voor de leergang (code CHSCK-ECJGG): onze organisatie gaat fuseren en ik word in juni volledig ingezet op het fusietraject.

Is het mogelijk dat ik na afloop wel de presentaties van de sprekers ontvang?

Met vriendelijke groet,
Landmeter Vijftien
"""),
    X("a cancellation with the code that also asks for the slides afterwards",
      "cancel", "nl", code=C("CHSCK-ECJGG"), q="yes"))

# 143 ---------------------------------------------------------------------
add("cancel-no-code-iphone", ios(
    "Kartograaf Zesentwintig <kartograaf.26@topografie.example.nl>",
    "Leergang", "2010-05-07 08:05",
    """Ik kom niet naar de leergang, wilt u mij afmelden?

Kartograaf Zesentwintig

Verstuurd vanaf mijn iPhone
"""),
    X("a cancellation without a code from a phone", "cancel", "nl"))

# 144 ---------------------------------------------------------------------
H144 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
        '<body lang="NL"><div class="WordSection1">'
        '<p class="MsoNormal">Beste organisatie,<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Door omstandigheden moet ik verstek laten gaan voor de gehele '
        'leergang. Wilt u mijn aanmelding intrekken?<o:p></o:p></p>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        '<p class="MsoNormal">Met vriendelijke groet,<o:p></o:p></p>'
        '<p class="MsoNormal">Dijkwachter Negenentwintig<br>GGD Kaartvlak<o:p></o:p></p>'
        '</div></body></html>\n')
add("cancel-html-only-code-in-subject", outlook365(
    "Dijkwachter Negenentwintig <dijkwachter.29@kaartvlak.example.nl>",
    "RE: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [FW3KA-VDRMK]",
    "2010-05-12 11:50", "", html=H144, html_only=True),
    X("'verstek laten gaan voor de gehele leergang', HTML only, the quote removed; the code only in the subject",
      "cancel", "nl", code=C("FW3KA-VDRMK")))

# 145 ---------------------------------------------------------------------
add("cancel-remove-me-municipal-en", outlook365(
    "Surveyor ThirtySeven <surveyor.thirtyseven@almere.nl>",
    "Please remove me", "2010-05-19 09:40",
    """Hi,

Please remove me from the participants list: my programme has moved to another department and my new manager prefers that I don't go.

Reference: CXTYS-MWN0H

Thanks,
Surveyor
""", lang="EN"),
    X("'please remove me from the participants list' with the code after 'Reference:'",
      "cancel", "en", code=C("CXTYS-MWN0H")))

# 146 ---------------------------------------------------------------------
_s146, _b146 = already_nl("Dijkwachter Elf", "V7FXH-GBWNR", "dijkwachter.elf@almere.nl",
                          "bevestigd")
add("cancel-in-reply-to-already-registered", owa(
    "Dijkwachter Elf <dijkwachter.elf@almere.nl>", "RE: " + _s146,
    "2010-04-01 08:35",
    """Oeps, die tweede aanmelding was dubbel. Maar eerlijk gezegd: laat het allebei maar vervallen, ik kan in juni toch niet want dan heb ik verlof. Afmelden dus.

Groet,
Dijkwachter Elf

________________________________
Van: deSTADSWIJKstudies Almere [aanmelden@example.org]
Verzonden: woensdag 31 maart 2010 22:14
Aan: Dijkwachter Elf
Onderwerp: """ + _s146 + "\n\n" + _b146 + "\n"),
    X("cancels in reply to the 'already registered' mail; the code in its subject and text",
      "cancel", "nl", code=C("V7FXH-GBWNR")))

# 147 ---------------------------------------------------------------------
add("hr-withdraws-colleague-en-tb115", tb115(
    "Weaver HundredTwelve <weaver.112@lantern.example.org>",
    "Withdrawal of registration", "2010-05-10 10:20",
    """Dear organisers,

Due to a reorganisation we withdraw the registration of our colleague Gardener ThirtyEight (code 1BYXV-YHXX2). She has agreed.

Kind regards,
Weaver HundredTwelve
HR advisor, Example Lantern Elderly Care
""", lang="en"),
    X("HR withdraws a colleague's registration with her code",
      "cancel", "en", code=C("1BYXV-YHXX2")))

# 148 ---------------------------------------------------------------------
_s148, _b148 = substitution_new_nl("Landmeter Vijfennegentig", "ME2R3-8WWYA",
                                   "Vormgever Vierentwintig", "Gemeente Almere",
                                   "beleidsmedewerker Wijkzaken",
                                   "landmeter.95@almere.nl", free=True)
add("substitute-cancels-in-reply", outlook365(
    "Landmeter Vijfennegentig <landmeter.95@almere.nl>", "RE: " + _s148,
    "2010-05-04 14:20",
    """Hallo,

Ik ben door Vormgever opgegeven als vervanger, maar ik kan op 1 juni zelf ook niet (dan zit ik op een congres) en de andere dagen liggen ook lastig. Meld mij dus maar af; ik stem met Vormgever af of iemand anders gaat.

Groet,
Landmeter Vijfennegentig""" + o365_quote_nl(ROBOT, "2010-04-28 17:50",
                                           "Landmeter Vijfennegentig <landmeter.95@almere.nl>",
                                           _s148, _b148, line=True)),
    X("the substitute cancels in reply to the mail that gave her the seat; her own code from it",
      "cancel", "nl", code=C("ME2R3-8WWYA")))

# 149 ---------------------------------------------------------------------
add("substitute-small-form-code-in-text", tb115(
    "Koploper Zes <k.zes@hoogtelijn.example.com>",
    "Vervanging leergang", "2010-04-20 09:15",
    """Goedemorgen,

Vervanging: vanwege een nieuwe functie kan ik niet deelnemen. Mijn collega neemt mijn plaats in:

Naam: Aanjager Zevenennegentig
E-mail: a.zevenennegentig@hoogtelijn.example.com
Functie: wijkconsulent
Telefoon: 036-5559797

Zij werkt ook bij Woonstichting Hoogtelijn. Mijn code is GV4AM-ZXXMM.

Vriendelijke groet,
Koploper Zes
"""),
    X("a colleague in a small form, the organisation stated for her; the code in the text",
      "substitute", "nl", code=C("GV4AM-ZXXMM"), people=1, persons=[P(
          name="Aanjager Zevenennegentig",
          email="a.zevenennegentig@hoogtelijn.example.com",
          organisation="Woonstichting Hoogtelijn", role="wijkconsulent",
          phone="036-5559797")]))

# 150 ---------------------------------------------------------------------
add("substitute-mistyped-address", ox(
    "Vormgever Dertien <vormgever.dertien@atlaskust.example.nl>",
    "Vervanging", "2010-05-06 16:00",
    """Goedemiddag,

Ik kan helaas niet deelnemen. Mijn collega Pleinmaker Negentig (ook programmamaker bij Bibliotheek Atlaskust) neemt mijn plaats in: pleinmaker.negetig@atlaskust.example.nl.

Mijn code: Y25KJ-CS7TG.

Groet,
Vormgever
"""),
    X("a substitution whose colleague's address is mistyped; the label keeps the address the mail gives",
      "substitute", "nl", code=C("Y25KJ-CS7TG"), people=1, persons=[P(
          name="Pleinmaker Negentig", email="pleinmaker.negetig@atlaskust.example.nl",
          organisation="Bibliotheek Atlaskust", role="programmamaker")]))

# 151 ---------------------------------------------------------------------
add("new-person-takes-over-ill-colleague", outlook2010(
    "Gangmaker Eenennegentig <gangmaker.91@welzijnlegenda.example.nl>",
    "Overname plaats leergang", "2010-05-19 13:30",
    """Goedemiddag,

Mijn collega Bruggenbouwer Vier is langdurig ziek. In overleg met onze leidinggevende neem ik zijn plaats in de leergang over. Zijn code is H6Q8J-1A6EZ.

Met vriendelijke groet,

Gangmaker Eenennegentig
buurtcoach
Welzijn Legenda
06 5559 1910
"""),
    X("the colleague writes herself that she takes over an ill colleague's seat, with his code; she is person 1 with her signature",
      "substitute", "nl", code=C("H6Q8J-1A6EZ"), people=1, persons=[P(
          name="Gangmaker Eenennegentig", email="gangmaker.91@welzijnlegenda.example.nl",
          organisation="Welzijn Legenda", role="buurtcoach", phone="06 5559 1910")]))

# 152 ---------------------------------------------------------------------
add("substitute-en-code-in-subject-only", fastmail(
    "Lamplighter ThirtyOne <lamplighter31@meridian.example.com>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [PB6XE-GBPGB]",
    "2010-05-25 08:30",
    """Hi,

My colleague Forager NinetyTwo will take my place on the course; she's also a housing officer at Example Housing Meridian. Her address is forager.92@meridian.example.com.

Thanks,
Lamplighter
"""),
    X("a substitution in English with the quote removed; the code in the kept subject",
      "substitute", "en", code=C("PB6XE-GBPGB"), people=1, persons=[P(
          name="Forager NinetyTwo", email="forager.92@meridian.example.com",
          organisation="Example Housing Meridian", role="housing officer")]))

# 153 ---------------------------------------------------------------------
add("successor-from-day-2-iphone", ios(
    "Havenmeester Vijfendertig <h.vijfendertig@dwarsdoorsnede.example.org>",
    "Opvolger leergang", "2010-06-10 17:20",
    """Vanaf dag 2 neemt mijn opvolger Kartograaf Drieënnegentig mijn plaats in, ik ga per 1 juli ergens anders werken. Zij is net begonnen bij GGZ Dwarsdoorsnede als psychiatrisch verpleegkundige. Mail: k.93@dwarsdoorsnede.example.org

Code: HVF2W-JRNQQ

Verstuurd vanaf mijn iPhone
"""),
    X("after day 1, a successor takes the seat for the remaining days; code after 'Code:'",
      "substitute", "nl", code=C("HVF2W-JRNQQ"), people=1, persons=[P(
          name="Kartograaf Drieënnegentig", email="k.93@dwarsdoorsnede.example.org",
          organisation="GGZ Dwarsdoorsnede", role="psychiatrisch verpleegkundige")]))

# 154 ---------------------------------------------------------------------
add("substitute-no-code-samsung", samsung(
    "Aanjager Eenentwintig <aanjager21@dwarsdoorsnede.example.org>",
    "plaats", "2010-05-17 07:45",
    """Ik kan niet, mijn collega Stuurman Vierennegentig gaat in mijn plaats. stuurman.94@dwarsdoorsnede.example.org

Aanjager


Verzonden vanaf mijn Galaxy
"""),
    X("a substitution without a code from a phone; 'mijn collega' states no organisation",
      "substitute", "nl", people=1, persons=[P(
          name="Stuurman Vierennegentig",
          email="stuurman.94@dwarsdoorsnede.example.org")]))

# 155 ---------------------------------------------------------------------
add("substitute-municipal-ipad", ipad(
    "Vormgever Vierentwintig <vormgever.vierentwintig@almere.nl>",
    "Vervanging leergang", "2010-04-28 17:45",
    """Vervanging: ik stuur mijn collega Landmeter Vijfennegentig (landmeter.95@almere.nl, beleidsmedewerker Wijkzaken) in mijn plaats. Mijn code is AQMSY-EQ7HG.

Verzonden vanaf mijn iPad
"""),
    X("a municipal colleague takes the seat: Gemeente Almere by her address",
      "substitute", "nl", code=C("AQMSY-EQ7HG"), people=1, persons=[P(
          name="Landmeter Vijfennegentig", email="landmeter.95@almere.nl",
          organisation="Gemeente Almere", role="beleidsmedewerker Wijkzaken")]))

# 156 ---------------------------------------------------------------------
add("status-no-confirmation-received", outlook_android(
    "Koploper Tweeëntwintig <koploper.22@kompasstad.example.nl>",
    "Aanmelding ontvangen?", "2010-03-31 08:10",
    """Goedemorgen,

Op 29 maart heb ik mij aangemeld voor de leergang, maar ik heb nog geen bevestiging ontvangen. Ben ik aangemeld?

Groet,
Koploper Tweeëntwintig

Outlook voor Android downloaden
"""),
    X("no confirmation received (the gateway refused it); no code", "status", "nl"))

# 157 ---------------------------------------------------------------------
add("status-proof-for-manager-en", spark(
    "Helmsman TwentyEight <helmsman.28@debtcompass.example.org>",
    "Confirmation of registration", "2010-04-21 10:05",
    """Hello,

Could you confirm that I'm registered for the course? My manager needs proof for the training budget. My reference is 7JSXS-98F1K.

Regards,
Helmsman
"""),
    X("asks to confirm the registration, with the code", "status", "en",
      code=C("7JSXS-98F1K")))

# 158 ---------------------------------------------------------------------
_s158, _b158 = wait_nl("Stuurman Achtenveertig", "RSZHS-43X7V", 2, "Welzijn Legenda",
                       "buurtbemiddelaar", "stuurman.48@welzijnlegenda.example.nl",
                       cap=True, phone="06 5554 8480",
                       ia="Welzijn Legenda, t.a.v. opleidingen, Legendalaan 4, 1317 CD Almere",
                       ir="inkoopnummer WL-0042")
add("status-waitlist-by-limit-reply", outlook2010(
    "Stuurman Achtenveertig <stuurman.48@welzijnlegenda.example.nl>",
    "RE: " + _s158, "2010-05-10 09:50",
    """Goedemorgen,

Hoe staat het nu met mijn plek op de wachtlijst?

Met vriendelijke groet,
Stuurman Achtenveertig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "maandag 3 mei 2010 10:31", "Stuurman Achtenveertig", _s158, _b158)),
    X("asks her waiting-list position in reply to the notice (limit per organisation); code in subject and quote",
      "status", "nl", code=C("RSZHS-43X7V")))

# 159 ---------------------------------------------------------------------
add("status-hr-asks-after-four", outlook2010(
    "Koploper Honderdnegen <koploper.109@welzijnlegenda.example.nl>",
    "Stand van zaken aanmeldingen Welzijn Legenda", "2010-05-06 14:30",
    """Goedemiddag,

Op 3 mei heb ik vier collega's van Welzijn Legenda aangemeld. Zijn zij inmiddels allemaal ingeschreven? Pleinmaker Zevenenveertig zegt dat zij zelf nog geen mail van u heeft gehad.

Met vriendelijke groet,

Koploper Honderdnegen
Medewerker P&O
Welzijn Legenda
"""),
    X("HR asks after the four colleagues she registered; no code", "status", "nl"))

# 160 ---------------------------------------------------------------------
add("status-of-substitution-code", tb115(
    "Koploper Zes <k.zes@hoogtelijn.example.com>",
    "Vervanging verwerkt?", "2010-04-22 11:40",
    """Goedemorgen,

Is de vervanging door mijn collega Aanjager Zevenennegentig goed verwerkt? Zij heeft nog niets van u ontvangen. Mijn code was GV4AM-ZXXMM.

Vriendelijke groet,
Koploper Zes
"""),
    X("asks whether her substitution went through, with her code", "status", "nl",
      code=C("GV4AM-ZXXMM")))

# 161 ---------------------------------------------------------------------
add("status-code-in-typed-subject-only", outlook2010(
    "Havenmeester Zestien <havenmeester.zestien@wijkkompas.example.nl>",
    "Status aanmelding [PBTS0-N2GS1]", "2010-05-10 11:00",
    """Geachte heer, mevrouw,

Graag hoor ik of mijn aanmelding definitief is.

Met vriendelijke groet,

Havenmeester Zestien
Stichting Wijkkompas
"""),
    X("a status request; the code only in the subject the writer typed", "status", "nl",
      code=C("PBTS0-N2GS1")))

# 162 ---------------------------------------------------------------------
add("status-inside-or-waiting-en", outlook365(
    "Navigator HundredTwo <navigator.102@languagebridge.example.org>",
    "my registration", "2010-04-27 15:35",
    """Hello,

I want to know if I am inside the course or still on the waiting list. After my answer with the missing details I did not receive a confirmation.

Regards,
Navigator HundredTwo
""", lang="EN"),
    X("'inside the course or on the waiting list', without a code", "status", "en"))

# 163 ---------------------------------------------------------------------
add("status-forwarded-participant-heard-nothing", winmail(
    "Aanjager Tweeëntachtig <aanjager.82@windroos.example.org>",
    "Aanmelding leergang", "2010-05-07 16:45",
    """Hallo,

Mijn leidinggevende heeft mij eind april aangemeld voor de leergang, maar ik heb zelf nog niets gehoord. Sta ik op de lijst?

Groet,
Aanjager Tweeëntachtig

Verzonden vanuit Mail voor Windows
"""),
    X("a participant registered through her manager's forward asks whether she is on the list",
      "status", "nl"))
