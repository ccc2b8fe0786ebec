"""Set 7, batch 5: cancellations (134-148), substitutions (149-155) and
status questions (156-163), with the code in the writer's text, only in
the subject, only in a quoted robot mail, or nowhere.

Typed by hand: the text of every message and its label.
"""
from set7_lib import (add, X, P, outlook365, o365_quote_nl, o365_quote_en,
                      gmail, tb, ios, ios_quote_nl, proton, proton_quote,
                      fastmail, roundcube, samsung, outlook_android,
                      mailspring, zoho, sogo, outlook2010, outlook2003, owa,
                      notes, groupwise, nokia, evolution, conf_nl, conf_en,
                      wait_nl, wait_en, reminder_nl, reminder_en, quote,
                      robot_mid, ok_code, ROBOT)

for _c in ("M0PDG-8XJ3V", "J7HNS-3ZM8Q", "F2XQW-6KD9Y", "T8MZB-3XQ5W",
           "1MCRT-Q7V4W", "W2PQZ-9KD4M", "V2HMS-9PQ4X", "N8CKZ-4PX6H",
           "Q8BVS-3MH5N", "8BXRM-5TZ2H", "D3KTW-7MZ2Q", "7QWRT-NX3PB",
           "M8QZD-4TJ6W", "G6WNB-2HV9K", "H9TR3-KM5PZ", "B6YZK-W4N7R",
           "9GZTK-4HMW2", "S3WGE-Y7R5D", "0KJMQ-S6D8T", "G9QMT-2B4XK",
           "Z4QRB-8HT6M", "Y6NDT-4BK8R", "P9DXJ-2WB7C"):
    ok_code(_c)

# 134 ---------------------------------------------------------------------
add("cancel-nl-code-text-samsung", samsung(
    "Wijkmaker Tien <wijkmaker.tien@schetslijn.example.nl>",
    "Afmelding leergang", "2010-05-03 08:20", """\
Goedemorgen,

Door een reorganisatie bij Buurtwerk Schetslijn kan ik helaas niet meedoen aan de leergang. Wilt u mij afmelden? Mijn referentiecode is M0PDG-8XJ3V.

Groet Wijkmaker Tien



Verzonden vanaf mijn Samsung Galaxy-smartphone."""), X(
        "a cancellation with the code in her own text, before the free-cancellation date",
        "cancel", "nl", code="M0PDG-8XJ3V"))

# 135 ---------------------------------------------------------------------
add("cancel-nl-code-subject-only", outlook2010(
    "Leergenoot Twaalf <l.twaalf@bouwplaat.example.nl>",
    "RE: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [J7HNS-3ZM8Q]",
    "2010-04-23 15:10", """\
Beste organisatie,

Per 1 mei ga ik bij een andere organisatie buiten Almere werken. Ik meld mij daarom af voor de leergang.

Met vriendelijke groet,

Leergenoot Twaalf
""", irt=robot_mid("confirmation", "J7HNS-3ZM8Q")), X(
        "a cancellation in reply to the confirmation with the quote deleted: the code is only in the kept subject",
        "cancel", "nl", code="J7HNS-3ZM8Q"))

# 136 ---------------------------------------------------------------------
_s136, _b136 = conf_nl("Praktijkmaker Dertien", "F2XQW-6KD9Y", "GGZ Proefmodel",
                       "sociaal psychiatrisch verpleegkundige",
                       "p.dertien@proefmodel.example.nl", phone="036 555 1313",
                       diet="geen varkensvlees",
                       ia="GGZ Proefmodel, Antwoordnummer 1313, 1300 VB Almere")
add("cancel-nl-code-in-quote-new-subject", outlook365(
    "Praktijkmaker Dertien <p.dertien@proefmodel.example.nl>",
    "Afmelding", "2010-05-07 11:32", """\
Goedemiddag,

Helaas moet ik mij afmelden voor de leergang. Onze afdeling krijgt vanaf juni een nieuwe werkwijze en ik kan de dagen niet vrijmaken.

Met vriendelijke groet,
Praktijkmaker Dertien
""" + o365_quote_nl("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                    "2010-03-18 20:15", "Praktijkmaker Dertien <p.dertien@proefmodel.example.nl>",
                    _s136, _b136), irt=robot_mid("confirmation", "F2XQW-6KD9Y")), X(
        "a cancellation under a new subject; the code is only in the quoted confirmation",
        "cancel", "nl", code="F2XQW-6KD9Y"))

# 137 ---------------------------------------------------------------------
add("cancel-en-no-code", fastmail(
    "Pupil Fourteen <pupil14@fastmail.example.com>",
    "Cancelling my registration", "2010-05-10 09:02", """\
Dear organisers,

Thank you for your quick answer about the lift. Unfortunately I have to cancel my registration for the course after all: a large research contract starts in June and I won't be able to take the days off.

Best wishes,
Pupil Fourteen
"""), X("a cancellation without any code", "cancel", "en"))

# 138 ---------------------------------------------------------------------
add("cancel-nl-ill-colleague-code", ios(
    "Teamleider Polder <teamleider.polder@schaalschets.example.nl>",
    "Afmelding Cursusganger Twintig", "2010-05-12 17:45", """\
Goedemiddag,

Mijn medewerker Cursusganger Twintig, die ik in maart heb aangemeld, is langdurig ziek. Ik meld haar hierbij af. Haar code is T8MZB-3XQ5W.

Groet,
Teamleider Polder
Zorggroep Schaalschets

Verstuurd vanaf mijn iPhone"""), X(
        "a team lead cancels for her ill team member, with the member's code",
        "cancel", "nl", code="T8MZB-3XQ5W"))

# 139 ---------------------------------------------------------------------
add("cancel-nl-late-waive-fee", outlook2003(
    "Cursusganger Vijfentwintig <cvijfentwintig@blanco.example.nl>",
    "Afmelding leergang - referentiecode 1MCRT-Q7V4W", "2010-05-27 09:40", """\
Geachte dames en heren,

Tot mijn spijt moet ik mij afmelden voor de leergang (referentiecode 1MCRT-Q7V4W). Welzijn Blanco gaat per 1 juni een fusie aan en ik ben gevraagd de overgang te begeleiden; de cursusdagen vallen precies in die periode.

Ik begrijp dat de bijdrage na 18 mei verschuldigd blijft. Gezien de omstandigheden wil ik u vragen of u de kosten in dit geval wilt laten vervallen. Een collega sturen is helaas geen optie, omdat iedereen bij de fusie betrokken is.

Hoogachtend,

Cursusganger Vijfentwintig
Manager Welzijn Ouderen
Welzijn Blanco
"""), X("a cancellation after 18 May with the code, asking whether the fee can be waived",
        "cancel", "nl", code="1MCRT-Q7V4W", q="yes"))

# 140 ---------------------------------------------------------------------
_s140, _b140 = wait_en("Apprentice FiftyFive", "W2PQZ-9KD4M", 3,
                       "Example Tenants' Voice Almere", "trainee tenant adviser",
                       "a.fiftyfive@tenantsvoice.example.org", cap=True,
                       phone="06 5555 5055",
                       ia="Example Tenants' Voice Almere, Finance, Postbus 5151, 1300 JA Almere",
                       ir="purchase order TV-0503")
add("cancel-en-waitlist-reply", outlook2010(
    "Apprentice FiftyFive <a.fiftyfive@tenantsvoice.example.org>",
    "RE: " + _s140, "2010-05-07 13:25", """\
Hello,

Please take me off the waiting list; I have found another training that fits my traineeship better.

Cancel W2PQZ-9KD4M

Regards,
Apprentice FiftyFive
""" + "\n\nFrom: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]\n"
    "Sent: Monday, May 03, 2010 9:40 AM\nTo: Apprentice FiftyFive\nSubject: " + _s140 +
    "\n\n" + _b140, lang="EN", irt=robot_mid("waitlist", "W2PQZ-9KD4M")), X(
        "off the waiting list in reply to the notice, 'cancel' and the code in his text as the notice asks",
        "cancel", "en", code="W2PQZ-9KD4M"))

# 141 ---------------------------------------------------------------------
_s141, _h141, _t141 = reminder_nl("Stadmaker Zevenendertig", "V2HMS-9PQ4X", 1,
                                  "dinsdag 1 juni 2010", tomorrow=True)
add("cancel-nl-reply-day-before-reminder", ios(
    "Stadmaker Zevenendertig <s.zevenendertig@concepthof.example.nl>",
    "Re: " + _s141, "2010-05-31 12:05", """\
Afmelden. Ik ben vorige week aangenomen bij een andere werkgever en kom helemaal niet meer, ook niet op de latere dagen. Sorry voor de late afmelding.

Stadmaker

Verstuurd vanaf mijn iPhone""" + ios_quote_nl(
        "2010-05-31 10:00", "deSTADSWIJKstudies Almere <aanmelden@example.org>",
        _h141 + "\n\n[...]\n\n" + _t141), irt=robot_mid("reminder", "V2HMS-9PQ4X-1b")), X(
        "'afmelden' for all days in reply to the day-before reminder (quote trimmed); the code is in the subject and the quote",
        "cancel", "nl", code="V2HMS-9PQ4X"))

# 142 ---------------------------------------------------------------------
add("cancel-nl-intrekken-new-address", proton(
    "Cursusganger Vijftien <c.vijftien@rekenvoorbeeld-almere.example.nl>",
    "Intrekking inschrijving", "2010-05-26 14:15", """\
Beste organisatie,

Hierbij trek ik mijn inschrijving voor de leergang in. Mijn referentiecode is N8CKZ-4PX6H. Let op: ik schrijf vanaf ons nieuwe mailadres, het oude adres is vervallen.

Met vriendelijke groet,
Cursusganger Vijftien
Schuldhulp Rekenvoorbeeld

Sent with Proton Mail secure email.
"""), X("'ik trek mijn inschrijving in' with the code, from a new address",
        "cancel", "nl", code="N8CKZ-4PX6H"))

# 143 ---------------------------------------------------------------------
add("cancel-nl-manager-leaver-no-code", outlook2010(
    "Manager Jeugdhulp Steigerwerk <manager@steigerwerk.example.nl>",
    "Afmelding Polderaar Vier", "2010-05-12 10:05", """\
Geachte heer/mevrouw,

Polderaar Vier, jongerenwerker bij ons, heeft zich in maart aangemeld voor de leergang. Zij is per 1 mei uit dienst. Wilt u haar aanmelding intrekken? De referentiecode heb ik helaas niet; haar mailbox is al opgeheven.

Met vriendelijke groet,

Manager Jeugdhulp
Jeugdhulp Steigerwerk
"""), X("a manager cancels a leaver's registration without a code",
        "cancel", "nl"))

# 144 ---------------------------------------------------------------------
add("cancel-en-phone-code-subject", samsung(
    "Tutor FortyThree <tutor43@mediation.example.org>",
    "Cancel Q8BVS-3MH5N", "2010-05-14 22:10", """\
Can't make it after all, sorry. Please cancel.

Tutor



Sent from my Samsung Galaxy smartphone."""), X(
        "a terse cancellation from a phone with the code typed in the subject",
        "cancel", "en", code="Q8BVS-3MH5N"))

# 145 ---------------------------------------------------------------------
add("cancel-nl-hr-one-of-ten", notes(
    "Personeelszaken Welzijn Blanco <pz@blanco.example.nl>",
    "Afmelding 1 van de 10 deelnemers Welzijn Blanco", "2010-05-17 13:30", """\
Geacht programmasecretariaat,

Van de tien medewerkers die wij op 12 mei hebben aangemeld, moet Inschrijver Tachtig (referentiecode 8BXRM-5TZ2H) helaas afzeggen in verband met zwangerschapsverlof. Wilt u haar afmelden? De andere negen blijven aangemeld.

Met vriendelijke groet,

Personeelszaken
Welzijn Blanco
"""), X("HR withdraws one of the ten it registered, with her code",
        "cancel", "nl", code="8BXRM-5TZ2H"))

# 146 ---------------------------------------------------------------------
_s146, _b146 = conf_nl("Polderaar Negenenvijftig", "D3KTW-7MZ2Q", "GGD Rasterland",
                       "jeugdverpleegkundige",
                       "p.negenenvijftig@rasterland.example.nl",
                       phone="036 555 5959",
                       ia="GGD Rasterland, Postbus 2929, 1300 GC Almere",
                       ir="inkoopnummer 10-5860")
add("cancel-nl-one-word-reply", tb(
    "Polderaar Negenenvijftig <p.negenenvijftig@rasterland.example.nl>",
    "Re: " + _s146, "2010-05-11 08:58", """\
afmelden

Op 04-05-10 14:26, deSTADSWIJKstudies Almere schreef:
""" + quote(_b146), irt=robot_mid("confirmation", "D3KTW-7MZ2Q")), X(
        "the one word 'afmelden' in reply to the confirmation; the code is in the subject and the quote",
        "cancel", "nl", code="D3KTW-7MZ2Q"))

# 147 ---------------------------------------------------------------------
add("cancel-en-private-address-code", fastmail(
    "Tutor ThirtyThree <tutor33@example.org>",
    "Cancellation", "2010-05-05 19:30", """\
Hello,

I'm writing from my private address because the volunteer mail account is down. I need to cancel my registration for the Almere course (reference code 7QWRT-NX3PB): the debt buddy project has lost its funding and I will be stepping down as trainer.

Thank you for your understanding,
Tutor ThirtyThree
"""), X("a cancellation with the code in his text, from a private address",
        "cancel", "en", code="7QWRT-NX3PB"))

# 148 ---------------------------------------------------------------------
add("cancel-nl-annuleren-formal", notes(
    "Bijwoner Negentien <Bijwoner.Negentien@speelmodel.example.nl>",
    "Annulering deelname leergang", "2010-04-29 10:12", """\
Geachte heer/mevrouw,

Graag annuleer ik mijn inschrijving voor de leergang deSTADSWIJKstudies, referentiecode M8QZD-4TJ6W. Door ziekte van een collega neem ik tijdelijk haar taken over en kan ik de dagen niet vrijmaken.

Met vriendelijke groet,

Bijwoner Negentien
Kinderopvang Speelmodel
"""), X("'inschrijving annuleren' with the code in her text",
        "cancel", "nl", code="M8QZD-4TJ6W"))

# 149 ---------------------------------------------------------------------
add("substitute-nl-code-text", gmail(
    "Praktijkmaker Tweeentwintig <p.tweeentwintig@proefvlak.example.nl>",
    "Vervanging leergang", "2010-05-18 10:45", """\
Hallo,

Ik word in juni moeder en kan dus niet aan de leergang deelnemen. Mijn collega neemt mijn plaats in:

Netwerker Honderdtweeentwintig
docent beeldende vorming, Stichting Wijkatelier Proefvlak
n.honderdtweeentwintig@proefvlak.example.nl
06 5551 2222

Mijn code is G6WNB-2HV9K.

Groetjes,
Praktijkmaker Tweeentwintig
"""), X("a substitution with the code in her text; the colleague's organisation is stated",
        "substitute", "nl", code="G6WNB-2HV9K", people=1, persons=[P(
            name="Netwerker Honderdtweeentwintig",
            email="n.honderdtweeentwintig@proefvlak.example.nl",
            organisation="Stichting Wijkatelier Proefvlak",
            role="docent beeldende vorming", phone="06 5551 2222")]))

# 150 ---------------------------------------------------------------------
add("substitute-en-code-subject-only", gmail(
    "Practitioner Two <practitioner.two@communitybuilders.example.com>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [H9TR3-KM5PZ]",
    "2010-05-20 16:30", """\
Hi,

I'm sorry, but a funding deadline means I can't do the course after all. My colleague Steward HundredTwentyThree, a youth worker at Example Community Builders, will take my place: steward123@communitybuilders.example.com.

Thanks,
Practitioner Two
""", irt=robot_mid("confirmation", "H9TR3-KM5PZ")), X(
        "a substitution in reply to the confirmation with the quote removed; the code only in the kept subject",
        "substitute", "en", code="H9TR3-KM5PZ", people=1, persons=[P(
            name="Steward HundredTwentyThree",
            email="steward123@communitybuilders.example.com",
            organisation="Example Community Builders", role="youth worker")]))

# 151 ---------------------------------------------------------------------
_s151, _b151 = conf_nl("Inschrijver Negen", "B6YZK-W4N7R", "Humanitas Voorstudie",
                       "coördinator thuisadministratie",
                       "inschrijver.negen@voorstudie.example.nl",
                       phone="036-5559021",
                       ia="Humanitas Voorstudie, Postbus 412, 1300 AK Almere",
                       ir="project HV-THA-10")
add("substitute-nl-code-in-quote", roundcube(
    "Inschrijver Negen <inschrijver.negen@voorstudie.example.nl>",
    "Vervanging", "2010-05-06 09:15", """\
Goedemorgen,

Ik kan helaas niet deelnemen. In mijn plaats komt mijn collega Polderaar Honderdvierentwintig, ook coördinator thuisadministratie. Haar mailadres is p.honderdvierentwintig@voorstudie.example.nl.

Groet,
Inschrijver Negen

Op 12-03-2010 14:02, deSTADSWIJKstudies Almere schreef:
""" + quote(_b151), irt=robot_mid("confirmation", "B6YZK-W4N7R")), X(
        "a substitution under a new subject; the code is only in the quoted confirmation; 'ook coördinator' gives a role, no organisation",
        "substitute", "nl", code="B6YZK-W4N7R", people=1, persons=[P(
            name="Polderaar Honderdvierentwintig",
            email="p.honderdvierentwintig@voorstudie.example.nl",
            role="coördinator thuisadministratie")]))

# 152 ---------------------------------------------------------------------
add("substitute-nl-no-code", outlook365(
    "Bijwoner Vijftig <b.vijftig@bouwblok.example.nl>",
    "Collega in mijn plaats", "2010-05-13 14:50", """\
Beste organisatie,

Ik ben door ons bestuurssecretariaat aangemeld, maar door een nieuwe taak kan ik er niet bij zijn. Mijn collega Leergenoot Honderdvijfentwintig, geestelijk verzorger bij Zorggroep Bouwblok, gaat in mijn plaats. Haar mailadres is l.honderdvijfentwintig@bouwblok.example.nl.

Mijn code heb ik niet bij de hand, sorry.

Met vriendelijke groet,
Bijwoner Vijftig
"""), X("a substitution without a code; the colleague's function and organisation are stated",
        "substitute", "nl", people=1, persons=[P(
            name="Leergenoot Honderdvijfentwintig",
            email="l.honderdvijfentwintig@bouwblok.example.nl",
            organisation="Zorggroep Bouwblok", role="geestelijk verzorger")]))

# 153 ---------------------------------------------------------------------
add("substitute-en-colleague-form", sogo(
    "Envoy ThirtySix <envoy36@policelab.example.org>",
    "Substitute - code 9GZTK-4HMW2", "2010-05-17 08:40", """\
Hello,

I've been reassigned and can't attend. Please substitute my colleague for me (my code: 9GZTK-4HMW2).

Name: Mentor HundredTwentySix
Organisation: Example Police Lab Flevoland
Function: neighbourhood officer
Email: mentor126@policelab.example.org
Phone: +31 36 555 1260

Thanks,
Envoy ThirtySix
"""), X("a substitution with a small form for the colleague; the code in subject and text",
        "substitute", "en", code="9GZTK-4HMW2", people=1, persons=[P(
            name="Mentor HundredTwentySix",
            email="mentor126@policelab.example.org",
            organisation="Example Police Lab Flevoland",
            role="neighbourhood officer", phone="+31 36 555 1260")]))

# 154 ---------------------------------------------------------------------
_s154, _h154, _t154 = reminder_nl("Stadmaker Zestien", "S3WGE-Y7R5D", 2,
                                  "donderdag 23 september 2010")
add("substitute-nl-reminder-reply-remaining", groupwise(
    "Stadmaker Zestien <SZestien@vluchtelingenwerk-steigerstad.example.nl>",
    "Re: " + _s154, "2010-09-16 14:20", """\
Goedemiddag,

Ik ga per 20 september met sabbatical. Vanaf dag 2 neemt mijn collega Cursusganger Honderdzevenentwintig, maatschappelijk begeleider, mijn plaats in (vervanging): c.honderdzevenentwintig@vluchtelingenwerk-steigerstad.example.nl.

Met vriendelijke groet,
Stadmaker Zestien

>>> deSTADSWIJKstudies Almere <aanmelden@example.org> 16-9-2010 10:00 >>>
""" + _h154 + "\n\n[...]\n\n" + _t154, irt=robot_mid("reminder", "S3WGE-Y7R5D-2")), X(
        "'vervanging' for the remaining days in reply to the day-2 reminder (quote trimmed); code in subject and quote",
        "substitute", "nl", code="S3WGE-Y7R5D", people=1, persons=[P(
            name="Cursusganger Honderdzevenentwintig",
            email="c.honderdzevenentwintig@vluchtelingenwerk-steigerstad.example.nl",
            role="maatschappelijk begeleider")]))

# 155 ---------------------------------------------------------------------
add("substitute-nl-municipal", outlook2010(
    "Stadmaker Dertig <sdertig@almere.nl>",
    "Vervanging deSTADSWIJKstudies", "2010-05-19 09:25", """\
Hoi,

Door de reorganisatie van de stadsdelen kan ik de leergang niet volgen. Mijn collega Netwerker Honderdachtentwintig, wijkregisseur Almere Haven, gaat in mijn plaats: nhonderdachtentwintig@almere.nl, 036 555 1280.

Mijn code: 0KJMQ-S6D8T.

Groet,
Stadmaker Dertig
Wijkregisseur Almere Buiten
"""), X("a municipal colleague takes the seat; an @almere.nl colleague is Gemeente Almere",
        "substitute", "nl", code="0KJMQ-S6D8T", people=1, persons=[P(
            name="Netwerker Honderdachtentwintig",
            email="nhonderdachtentwintig@almere.nl",
            organisation="Gemeente Almere",
            role="wijkregisseur Almere Haven", phone="036 555 1280")]))

# 156 ---------------------------------------------------------------------
add("status-nl-no-confirmation", outlook365(
    "\"Een, Cursusganger\" <cursusganger.een@werktekening.example.nl>",
    "Geen bevestiging ontvangen", "2010-03-15 09:20", """\
Goedemorgen,

Op 2 maart heb ik mij aangemeld voor de leergang, maar ik heb nooit een bevestiging ontvangen (ook niet in mijn ongewenste mail). Sta ik wel ingeschreven?

Met vriendelijke groet,

Cursusganger Een
Stichting Werktekening
"""), X("asks whether he is registered; his confirmation had been refused by his filter (104); no code",
        "status", "nl"))

# 157 ---------------------------------------------------------------------
add("status-en-code-text", zoho(
    "Mentor Seventeen <m.seventeen@socialwork.example.edu>",
    "Still registered?", "2010-05-19 11:00", """\
Dear secretariat,

I was abroad when your confirmation arrived and I cannot find it any more. Could you confirm that I am still registered? My code is G9QMT-2B4XK.

Best regards,
Mentor Seventeen
"""), X("asks his status with the code in his text", "status", "en",
        code="G9QMT-2B4XK"))

# 158 ---------------------------------------------------------------------
add("status-nl-code-subject", outlook365(
    "Inschrijver Tweeendertig <i.tweeendertig@ruwbouw.example.nl>",
    "Status aanmelding Z4QRB-8HT6M", "2010-05-10 13:10", """\
Hallo,

Graag hoor ik of mijn aanmelding definitief is. Mijn leidinggevende wil het weten voor de roosterplanning.

Groet,
Inschrijver Tweeendertig
"""), X("asks whether her registration stands; the code only in the subject she typed",
        "status", "nl", code="Z4QRB-8HT6M"))

# 159 ---------------------------------------------------------------------
_s159, _b159 = wait_nl("Bijwoner Vierenzestig", "Y6NDT-4BK8R", 2,
                       "Thuiszorg Ontwerpnet", "teamcoach",
                       "b.vierenzestig@ontwerpnet.example.nl", cap=True,
                       phone="06 5556 4064",
                       ia="Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere",
                       ir="kostenplaats 7700")
add("status-nl-waitlist-code-in-quote", outlook2010(
    "Bijwoner Vierenzestig <b.vierenzestig@ontwerpnet.example.nl>",
    "Wachtlijst?", "2010-05-14 10:30", """\
Goedemorgen,

Op 6 mei kreeg ik onderstaand bericht. Inmiddels is de grens van drie deelnemers per organisatie voorbij. Heb ik nu een plaats, of sta ik nog op de wachtlijst?

Met vriendelijke groet,
Bijwoner Vierenzestig
""" + "\n\n-----Oorspronkelijk bericht-----\nVan: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]\n"
    "Verzonden: donderdag 6 mei 2010 16:13\nAan: Bijwoner Vierenzestig\nOnderwerp: " + _s159 +
    "\n\n" + _b159), X(
        "asks her waiting-list position after the limit per organisation ended; the code only in the quoted notice",
        "status", "nl", code="Y6NDT-4BK8R"))

# 160 ---------------------------------------------------------------------
add("status-en-manager-five", owa(
    "Envoy Eleven <envoy.eleven@tenantsvoice.example.org>",
    "Status of our five registrations", "2010-05-12 11:15", """\
Dear secretariat,

On 3 May I registered five colleagues of Example Tenants' Voice Almere. Some of them received a confirmation and some a waiting-list notice. Now that the limit per organisation no longer applies, could you tell me where each of them stands?

Kind regards,
Envoy Eleven
"""), X("a contact person asks after the five people she registered; no code",
        "status", "en"))

# 161 ---------------------------------------------------------------------
add("status-en-lost-confirmation", gmail(
    "Apprentice ThirtyEight <apprentice38@refugeewelcome.example.net>",
    "Lost my confirmation", "2010-05-21 09:05", """\
Hi,

I accidentally deleted the confirmation of my registration. Could you send it again, or tell me whether I'm registered? Then I have the code as well.

Thanks,
Apprentice ThirtyEight
"""), X("a lost confirmation: asks to have it again and whether she is registered; no code",
        "status", "en"))

# 162 ---------------------------------------------------------------------
add("status-nl-still-on-list-day3", mailspring(
    "Leergenoot Zevenentwintig <leergenoot27@proefles.example.nl>",
    "Nog aangemeld voor 2 november?", "2010-10-20 12:30", """\
Hallo,

Ik heb de eerste twee dagen gemist door ziekte. Sta ik nog wel op de lijst voor 2 november? Mijn code is P9DXJ-2WB7C.

Groet,
Leergenoot Zevenentwintig
"""), X("asks whether she is still on the list for day 3, with the code in her text",
        "status", "nl", code="P9DXJ-2WB7C"))

# 163 ---------------------------------------------------------------------
add("status-nl-forwarded-heard-nothing", nokia(
    "Leergenoot Negentig <leergenoot90@example.nl>",
    "Aanmelding via Wijkatelier", "2010-05-17 19:40", """\
Hallo,

Onze coördinator van Stichting Wijkatelier Proefvlak heeft mij op 10 mei aangemeld voor de leergang, maar ik heb zelf nog niets gehoord. Ben ik aangemeld?

Groet,
Leergenoot Negentig
"""), X("a participant registered by a forward asks whether she is registered; no code",
        "status", "nl"))
