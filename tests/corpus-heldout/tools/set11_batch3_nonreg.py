"""Set 11, batch 3: mail from people that registers no one.

Questions with registration words, how-to and programme requests,
conditional and hesitant mail, declines, other courses and events,
vendors, the organiser's own mail, corrections without a code, thanks,
one-day absences and other replies to the robot's mail.

Every message text and every label below is typed by hand.

Codes of people who registered earlier (each belongs to one person in
the whole set): Lantaarnopsteker Drie T9BWQ-3HMZ6, Lamplighter Five E3MCW-9TPZR,
Mandenmaker Zes B6KSV-4NQ8J, Hoefsmid Negen Z5GWP-6BYN9, Zadelmaker Tien
S4BTX-7KJR2, Wheelwright Sixteen P7HNT-4XGK9, Zeepzieder Zesentwintig N4EJK-7TRX2, Horlogemaker
Vijfendertig G3PJW-8NKD5, Imker Achtennegentig B8RNS-4TKM6.
"""
from set11_lib import *  # noqa: F401,F403
from set11_lib import (add, L, O, P, ORG_FROM, outlook, outlook2010,
                       outlook2003, outlook365, gmail, gmail2, iphone, apple,
                       macmail, tb, tb115, notes, zimbra, owa, ios, roundcube,
                       provider_webmail, outlookcom, hotmail2010, android,
                       gmail_android, samsung, evolution, kmail, yahoo2,
                       squirrel, groupwise, mutt, fastmail, proton, thebat,
                       conf_nl, conf_en, question_nl, received_nl,
                       reminder_nl, status_nl, rirt, quote, ol2010_quote_nl,
                       o365_quote_nl, gmail_quote_nl, tb_quote_nl,
                       ios_quote_nl, apple_quote_nl, outlook_quote_nl,
                       digest_nl, topdesk, html_mail10, bb_kpn, gmail_ios,
                       entourage, opera, winmail, ipad, d, when_nl, horde,
                       conf_en)

ROB = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# ---- questions with registration words --------------------------------------

# 63
add("question-still-room", gmail2(
    "Theeproever Honderdeenenvijftig <theeproever.honderdeenenvijftig@example.com>", "Nog plaats?",
    "2010-04-20 12:31",
    """Goedemiddag,

Kan ik me nog aanmelden voor de leergang, of zijn de veertig plaatsen voor organisaties al vol? Ik werk voor een kleine stichting in Almere Buiten en wil eerst weten of het zin heeft voordat ik mijn directeur om budget vraag.

Groet,
Theeproever Honderdeenenvijftig
"""), L("asks whether seats are left before asking her director for budget; "
        "registers no one", "question", "nl"))

# 64
add("help-how-register-team", outlookcom(
    "Boatbuilder OneHundredFiftyFour <b.onehundredfiftyfour@example.org>", "How do I register my team?",
    "2010-03-16 09:12",
    """Hi,

How do I register my team for the Almere course? There are three of us and I
don't know whether each person should send an e-mail or whether I can do it
for everyone at once.

Thanks,
Boatbuilder OneHundredFiftyFour
""", lang="en"), L("asks how to register a team: a how-to request, no one "
                   "registered yet", "help", "en"))

# 65
add("question-volunteers-suitable", ios(
    "Koffiebrander Honderdvijfenvijftig <koffiebrander.honderdvijfenvijftig@example.nl>",
    "Geschikt voor vrijwilligers?", "2010-03-18 20:47",
    """Beste organisatie,

Is de leergang ook bedoeld voor vrijwilligers? Ik ben voorzitter (onbetaald) van een bewonersvereniging in de Stedenwijk. Ik zou best mee willen doen, maar moeten wij als vereniging dan ook die 1000 euro betalen?

Met vriendelijke groet,
Koffiebrander Honderdvijfenvijftig

Verzonden vanaf mijn iPhone"""),
    L("asks whether volunteers may take part and whether her residents' "
      "association would pay the fee; 'ik zou best mee willen doen' registers "
      "no one", "question", "nl"))

# 66
add("question-other-municipality-pool", outlook2010(
    "Kaasmaker Honderdzesenvijftig <k.honderdzesenvijftig@lelystad.example.nl>",
    "Vraag over deelname ambtenaar andere gemeente", "2010-03-22 10:41",
    """Goedemorgen,

Ik ben beleidsmedewerker bij een buurgemeente en heb veel te maken met Almeerse organisaties. Valt een ambtenaar van een andere gemeente onder de twintig gemeentelijke plaatsen, of onder de organisaties (en dus met de bijdrage van 1.000 euro)? Afhankelijk daarvan meld ik mij aan.

Met vriendelijke groet,
Kaasmaker Honderdzesenvijftig
"""), L("which pool a civil servant of another municipality falls under; "
        "registration depends on the answer", "question", "nl"))

# 67
add("question-share-one-seat", notes(
    "Boterkarner Honderdzevenenvijftig <b.honderdzevenenvijftig@visdief.example.nl>",
    "Eén plaats, twee personen?", "2010-03-23 14:20",
    """Beste secretariaat,

Is het mogelijk om met twee collega's één plaats te delen? Dus dat ik dag 1 en 2 ga, en mijn collega Melkventer dag 3 en 4? Dan betalen wij natuurlijk één keer de bijdrage. Als dat kan, melden we ons zo aan.

Vriendelijke groet,
Boterkarner Honderdzevenenvijftig
Stichting De Visdief
"""), L("asks whether two colleagues may share one seat; 'Als dat kan, "
        "melden we ons zo aan' is a registration still to come",
        "question", "nl"))

# 68
add("question-language-english", tb(
    "Clockmaker OneHundredFiftyNine <c.onehundredfiftynine@example.net>", "Language of the course",
    "2010-03-25 16:02",
    """Hello,

Are the lectures in Dutch only? I work at an international NGO in Almere and
my Dutch is not good enough for a full day of lectures. If there is an
English option or translation I would like to register, otherwise I won't.

Best regards,
Clockmaker OneHundredFiftyNine
"""), L("asks about the language; would register only if English is "
        "possible", "question", "en"))

# 69
add("help-programme-request", groupwise(
    "Lijnzaadpletter Honderdzestig <LHonderdzestig@kemphaan.example.nl>", "programma leergang",
    "2010-03-26 09:36",
    """Goedemorgen,

Wilt u mij het programma van de leergang toesturen? Ik heb de folder niet gekregen en wil het doorsturen naar mijn teamleden, zodat zij zich kunnen aanmelden.

Met vriendelijke groet,
Lijnzaadpletter Honderdzestig
Stichting De Kemphaan
"""), L("asks for the programme so her team can register later: a "
        "how-to/programme request", "help", "nl"))

# 70
add("question-wheelchair-access", provider_webmail(
    "Papierschepper Honderdeenenzestig <papierschepperhonderdeenenzestig@example.nl>", "toegankelijkheid",
    "2010-03-29 21:05",
    """Geachte heer/mevrouw,

Ik overweeg mij aan te melden voor de leergang, maar ik zit in een rolstoel. Is de zaal op de 4de verdieping van de bibliotheek goed bereikbaar met een lift, en is er een invalidentoilet?

Met vriendelijke groet,
Papierschepper Honderdeenenzestig
"""), L("a question about wheelchair access before registering",
        "question", "nl"))

# 71
add("question-reduced-fee-small-org", yahoo2(
    "Inktmenger Honderdvierenzestig <inktmenger.honderdvierenzestig@example.com>",
    "Korting voor kleine organisatie?", "2010-04-02 11:18",
    """Hallo,

Wij zijn een kleine vrijwilligersorganisatie (huiswerkbegeleiding, Almere Stad-Oost) zonder vaste subsidie. Is er een mogelijkheid voor korting op de bijdrage van 1000 euro? Anders kunnen wij helaas niemand aanmelden.

Met vriendelijke groet,
Inktmenger Honderdvierenzestig
Stichting Leerkracht Oost
"""), L("asks about a reduced fee; without it no one will be registered",
        "question", "nl"))

# 72
add("question-deadline", android(
    "Pennenmaker Honderdvijfenzestig <p.honderdvijfenzestig@example.nl>", "uiterste datum aanmelden?",
    "2010-04-06 08:12",
    """Hoi, tot wanneer kun je je aanmelden voor de leergang? Ik moet het nog met mijn team bespreken en dat overleg is pas over drie weken.
Pennenmaker Honderdvijfenzestig
"""), L("asks until when one can register; her team still has to decide",
        "question", "nl"))

# 73
add("question-next-year", apple(
    "Zegelbewaarder Honderdzesenzestig <z.honderdzesenzestig@example.org>", "Volgend jaar weer?",
    "2010-05-24 15:40",
    """Beste mensen,

Dit jaar lukt het mij helaas niet meer, maar ik ben erg geïnteresseerd. Wordt de leergang volgend jaar opnieuw georganiseerd? Dan meld ik mij graag aan zodra dat kan.

Groet,
Zegelbewaarder Honderdzesenzestig
"""), L("asks whether there will be a next edition; registers for nothing "
        "now", "question", "nl"))

# ---- conditional and hesitant ------------------------------------------------

# 74
add("conditional-manager-approval-form", outlook(
    "Muntslager Honderdzevenenzestig <m.honderdzevenenzestig@roerdomp.example.nl>",
    "Aanmelding (onder voorbehoud)", "2010-03-30 13:55",
    """Beste organisatie,

Als mijn leidinggevende akkoord geeft, meld ik me aan. Zij is tot 12 april met vakantie, ik laat het u daarna weten. Mijn gegevens alvast:

Naam: Muntslager Honderdzevenenzestig
Organisatie: Zorgboerderij De Roerdomp
Functie: begeleider dagbesteding
Telefoon: 06-55592731

Met vriendelijke groet,
Muntslager Honderdzevenenzestig
"""), L("a full form under 'Als mijn leidinggevende akkoord geeft, meld ik "
        "me aan ... ik laat het u daarna weten': conditional, no registration",
        "human", "nl"))

# 75
add("hesitant-let-you-know", gmail2(
    "Tollkeeper OneHundredSixtyEight <tollkeeper.onehundredsixtyeight@example.com>", "Almere course",
    "2010-04-08 18:22",
    """Hi there,

Thanks for sending the brochure round. It looks really interesting and I'd
love to join, but I need to check my diary for September and November first.
I'll let you know by the end of the month whether I can commit to all four
days.

Cheers,
Tollkeeper OneHundredSixtyEight
Sample Godwit Community Projects
"""), L("'I'd love to join, but ... I'll let you know': hesitant, no "
        "registration yet", "human", "en"))

# 76
add("reserve-two-places", outlook2010(
    "Waagmeester Honderdnegenenzestig <w.honderdnegenenzestig@tjiftjaf.example.nl>",
    "Reservering 2 plaatsen", "2010-04-09 10:01",
    """Goedemorgen,

Wij willen waarschijnlijk twee medewerkers aanmelden, maar de begroting voor 2010 is nog niet rond. Kunt u alvast twee plaatsen voor Stichting Tjiftjaf reserveren? Uiterlijk eind april weten wij het zeker, dan volgen de namen.

Met vriendelijke groet,
Waagmeester Honderdnegenenzestig
Stichting Tjiftjaf
036 555 6610
"""), L("asks to hold two seats until the budget is settled; no names: "
        "a person must decide", "human", "nl"))

# 77
add("colleague-maybe-interested", fastmail(
    "Lakenkoper Honderdzeventig <lakenkoper@example.org>", "Collega misschien geïnteresseerd",
    "2010-04-12 17:44",
    """Hallo,

Ik heb het programma doorgestuurd naar mijn collega Borduurder Honderdeenenzeventig (b.honderdeenenzeventig@example.org). Zij twijfelt nog of ze zich aanmeldt; misschien neemt ze zelf contact op. Ik laat het hierbij.

Groet,
Lakenkoper Honderdzeventig
"""), L("a colleague 'twijfelt nog'; a name and address, but no one is "
        "registered", "human", "nl"))

# 78
add("conditional-if-funding", roundcube(
    "Kleermaker Honderdvierenzeventig <k.honderdvierenzeventig@wijkbudget.example.nl>",
    "Aanmelding afhankelijk van subsidie", "2010-04-14 09:30",
    """Goedemorgen,

Wij hebben subsidie aangevraagd bij het fonds voor deskundigheidsbevordering. Wordt die toegekend (we horen dat half mei), dan willen we Kleermaker Honderdvierenzeventig en Schoenlapper Honderdvijfenzeventig aanmelden, allebei wijkwerker bij Stichting Wijkbudget. Kunnen we dan nog instromen?

Met vriendelijke groet,
Kleermaker Honderdvierenzeventig
"""), L("two named people to register only if a grant comes through; asks "
        "whether they can still join then", "human", "nl"))

# ---- declines ---------------------------------------------------------------

# 79
add("director-declines-invitation", outlook2010(
    "Bestuurssecretariaat De Pijlstaart <bestuur@pijlstaart.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-04-15 11:11",
    """Geachte mevrouw, heer,

Hartelijk dank voor de uitnodiging om medewerkers aan te melden voor de leergang. Helaas kunnen wij dit jaar, in verband met een reorganisatie, niemand afvaardigen. Wij wensen u een inspirerende leergang toe.

Met vriendelijke groet,

namens de Raad van Bestuur,
T. (Tuigmaker) Honderdzesenzeventig
Stichting De Pijlstaart
""" + ol2010_quote_nl("Programmasecretariaat DMO", "secretariaat@almere.nl",
                      "2010-04-14 16:20", "bestuur@pijlstaart.example.nl",
                      "Uitnodiging leergang deSTADSWIJKstudies Almere",
                      """Geachte partners,

Graag nodigen wij u uit om medewerkers aan te melden voor de leergang
deSTADSWIJKstudies op locatie Almere (1 juni, 23 september, 2 en 23
november 2010). Aanmelden kan door een mail met naam, organisatie,
functie, telefoon en factuuradres te sturen naar aanmelden@example.org.

Met vriendelijke groet,
Programmasecretariaat DMO
Gemeente Almere""")),
    L("a board declines the organiser's invitation, sent to the robot's "
      "address", "human", "nl"))

# 80
add("english-decline", macmail(
    "Woodcarver OneHundredSeventySeven <w.onehundredseventyseven@example.org>", "Re: Almere course invitation",
    "2010-04-19 14:02",
    """Dear colleagues,

Thank you for thinking of us. Unfortunately none of our team can attend on
the four dates, as they clash with our own training programme. Please keep us
in mind for future editions.

Kind regards,
Woodcarver OneHundredSeventySeven
Sample Wagtail Family Centre
"""), L("an English decline of the invitation", "human", "en"))

# 81
_qs, _qb = question_nl("Koffiebrander Honderdvijfenvijftig", "Geschikt voor vrijwilligers?")
add("reply-question-ack-withdraws", ios(
    "Koffiebrander Honderdvijfenvijftig <koffiebrander.honderdvijfenvijftig@example.nl>",
    "Re: " + _qs, "2010-03-19 08:15",
    """Inmiddels heb ik met ons bestuur overlegd: we laten het dit jaar aan ons voorbijgaan. U hoeft de vraag dus niet meer te beantwoorden. Dank u wel!

Koffiebrander Honderdvijfenvijftig
""" + ios_quote_nl("2010-03-18 20:48", ROB, _qb),
    irt=rirt("question", "koffiebrander.honderdvijfenvijftig@example.nl")),
    L("a reply to the robot's 'uw vraag is doorgestuurd': she withdraws her "
      "question and will not register", "human", "nl"))

# ---- other courses, events, dates -----------------------------------------

# 82
add("other-event-studiedag-jeugd", outlook(
    "Gespenmaker Honderdachtenzeventig <g.honderdachtenzeventig@reiger-jeugd.example.nl>",
    "Aanmelding studiedag Jeugd en Veiligheid 15 april", "2010-04-07 10:50",
    """Beste organisatie,

Hierbij meld ik mij aan voor de studiedag Jeugd en Veiligheid op 15 april in Lelystad.

Naam: Gespenmaker Honderdachtenzeventig
Organisatie: Jeugdhulp De Reiger
Functie: jeugdconsulent
Telefoon: 036 555 2818

Met vriendelijke groet,
Gespenmaker Honderdachtenzeventig
"""), L("a full form for another study day (15 April, Lelystad), sent to "
        "the wrong address", "human", "nl"))

# 83
add("other-event-information-evening", iphone(
    "Sleutelmaker Honderdnegenenzeventig <sleutelmaker.honderdnegenenzeventig@example.nl>",
    "Aanmelden informatieavond", "2010-03-05 19:02",
    """Hierbij meld ik mij en mijn vrouw aan voor de informatieavond over de wijkvernieuwing in Almere Haven op 10 maart.

Sleutelmaker Honderdnegenenzeventig
Sluisweg 18, Almere Haven

Verzonden vanaf mijn iPhone"""),
    L("a resident registers for an information evening about urban renewal, "
      "not this course", "human", "nl"))

# 84
add("english-other-edition-rotterdam", owa(
    "Glassblower OneHundredEighty <g.onehundredeighty@example.com>", "Registration Rotterdam edition",
    "2010-04-21 11:33",
    """Dear sir or madam,

I would like to register for the Rotterdam edition of deSTADSWIJKstudies this
autumn. I found this address on the Almere brochure - if this is the wrong
place, could you forward my request?

Glassblower OneHundredEighty
Example Kittiwake Housing Rotterdam
"""), L("wants the Rotterdam edition, not this course", "human", "en"))

# 85
add("other-date-only-day-two", provider_webmail(
    "Slotenmaker Honderdeenentachtig <slotenmakerhonderdeenentachtig@example.nl>", "Alleen 23 september?",
    "2010-04-22 20:10",
    """Goedenavond,

Ik wil me aanmelden, maar alleen voor de dag van 23 september over diversiteit en identiteit. De andere dagen heb ik geen tijd. Is dat mogelijk, en wat kost één dag dan?

Slotenmaker Honderdeenentachtig
Stichting Kleurrijk Almere
06-55519055
"""), L("wants only one of the four days and asks what a single day costs: "
        "not a registration for the course as offered", "human", "nl"))

# ---- vendors and personal sales mail ------------------------------------------

# 86
add("vendor-catering", outlook2003(
    "Spijkersmid Honderdvierentachtig | Smaakvol Catering <spijkersmid@smaakvol-catering.example.nl>",
    "Lunch voor uw leergang?", "2010-03-10 10:22",
    """Geachte organisatie,

Via de website van de gemeente las ik over uw leergang met zestig deelnemers in De Nieuwe Bibliotheek. Smaakvol Catering verzorgt al jaren lunches voor congressen en studiedagen in Flevoland, ook vegetarisch, halal en glutenvrij.

Graag kom ik langs om de mogelijkheden te bespreken. U kunt mij bereiken op 06-55567231.

Met smakelijke groet,

Spijkersmid Honderdvierentachtig
Accountmanager
Smaakvol Catering B.V.
Industrieweg 40, 1332 BB Almere
"""), L("a caterer writes personally to offer lunches; a name, phone and "
        "address but no registration", "human", "nl"))

# 87
add("vendor-interim-recruiter", gmail2(
    "Kettingsmid Honderdvijfentachtig <kettingsmid.honderdvijfentachtig@sociaalinterim.example.com>",
    "Interim professionals voor uw deelnemers", "2010-04-13 09:05",
    """Beste secretariaat,

Uw leergang brengt veel professionals uit het sociale domein samen. Mogelijk zoeken hun organisaties tijdelijke vervanging op de cursusdagen? Sociaal Interim levert binnen 48 uur ervaren maatschappelijk werkers, wijkcoaches en jeugdconsulenten.

Mag ik u volgende week bellen? Mijn nummer is 020-5551288.

Met vriendelijke groet,
Kettingsmid Honderdvijfentachtig
Sociaal Interim
"""), L("a recruiter's personal sales mail", "human", "nl"))

# 88
add("vendor-training-company-english", entourage(
    "Signwriter OneHundredEightySix <signwriter.onehundredeightysix@example.com>", "Partnering on your course",
    "2010-04-27 13:18",
    """Dear course organiser,

I run a small training company specialising in community development and
co-production. I noticed your Almere course and wondered whether you would be
interested in an optional extra workshop for participants, in English or
Dutch. I'd be happy to register a stand or give a short talk on day 4.

Best,
Signwriter OneHundredEightySix
Example Co-Production Training
+44 20 5550 1187
"""), L("a trainer offers a workshop and would 'register a stand': a vendor, "
        "not a participant", "human", "en"))

# ---- the organiser's own mail ------------------------------------------------

# 89
add("organiser-asks-list", outlook2010(
    ORG_FROM, "Overzicht aanmeldingen per organisatie", "2010-04-16 08:40",
    """Goedemorgen,

Kan ik vandaag een overzicht krijgen van alle aanmeldingen, gesorteerd per organisatie? Ik heb het nodig voor het overleg met de wethouder van dinsdag.

Groet,
Wapensmid
Programmasecretariaat DMO
Gemeente Almere
"""), O("the organiser asks the robot's mailbox for a list", "nl"))

# 90
add("organiser-phone-registration", outlook2010(
    ORG_FROM, "Telefonische aanmelding mw. Honderdachtentachtig", "2010-04-20 11:02",
    """Mevrouw Harnasmaker Honderdachtentachtig van Stichting Kokmeeuw Zorg belde vanmorgen; zij wil graag meedoen. Haar gegevens:

Harnasmaker Honderdachtentachtig
wijkverpleegkundige
h.honderdachtentachtig@kokmeeuwzorg.example.nl
036 555 4120
Factuur: Stichting Kokmeeuw Zorg, Postbus 8080, 1300 CA Almere

Kunnen jullie haar meenemen?

Wapensmid
Programmasecretariaat DMO
"""), O("the organiser passes on a registration she took by phone: her own "
        "mail, read by a person", "nl"))

# 91
_ds, _db = digest_nl("20-4-2010", "19-4 08:00", 42, 1, "dinsdag 1 juni 2010",
                     [("gemeente", 14, 6, 20, 0), ("organisaties", 40, 0, 40, 3)],
                     [("Harnasmaker Honderdachtentachtig", "Stichting Kokmeeuw Zorg",
                       "K7BMR-4WNQ2", "organisaties", "wachtlijst", "20-4 14:05")],
                     [("Boogmaker Honderdnegenentachtig", "Stichting De Zwaluw", "Z3ESK-8QWN5",
                       "door de deelnemer zelf", "20-4 09:12")],
                     [("20-4 11:02", "secretariaat@almere.nl",
                       "Telefonische aanmelding mw. Honderdachtentachtig",
                       "bericht van de organisator")],
                     [("Stichting Kokmeeuw Zorg", 1, "EUR 0,00",
                       [("Harnasmaker Honderdachtentachtig", "K7BMR-4WNQ2", "wachtlijst", "")])],
                     "EUR 39.000,00", 6, 1)
add("organiser-replies-digest", outlook2010(
    ORG_FROM, "RE: " + _ds, "2010-04-21 08:35",
    """Dank. Mevrouw Honderdachtentachtig heb ik zelf ingevoerd, zij staat nu op de wachtlijst; ik heb haar gebeld dat ze bericht krijgt als er iets vrijkomt. Ook even ter info: de gemeente vult de laatste zes plaatsen voor 11 mei, dus die gaan niet naar de organisaties.

Wapensmid
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                      "2010-04-21 08:00", "Programmasecretariaat DMO", _ds,
                      _db), irt=rirt("digest", "2010-04-21")),
    O("the organiser replies to the daily digest, which quotes two people's "
      "codes; no change is asked, no code label", "nl"))

# 92
add("organiser-forwards-question", outlook2010(
    ORG_FROM, "FW: vraag over bereikbaarheid", "2010-05-03 14:10",
    """Ter info, deze vraag kwam bij mij binnen. Ik heb hem zelf beantwoord.

Wapensmid
""" + outlook_quote_nl("Papierschepper Honderdeenenzestig [mailto:papierschepperhonderdeenenzestig@example.nl]",
                       "maandag 3 mei 2010 12:01", "secretariaat@almere.nl",
                       "vraag over bereikbaarheid",
                       """Beste mevrouw,

Is er een lift in De Nieuwe Bibliotheek? Ik wil me graag aanmelden maar zit in een rolstoel.

Papierschepper Honderdeenenzestig""")),
    O("the organiser forwards a question she already answered herself; the "
      "quoted writer's 'ik wil me graag aanmelden' is not a registration of "
      "the organiser's", "nl"))

# ---- corrections without a code ----------------------------------------------

# 93
add("correction-phone-no-code", kmail(
    "Boekbinder Twaalf <b.twaalf@meerkoet.example.org>", "Wijziging telefoonnummer",
    "2010-04-23 09:14",
    """Goedemorgen,

Ik heb me half maart aangemeld voor de leergang. Mijn telefoonnummer is inmiddels veranderd, het is nu 036 555 9088. Willen jullie dat aanpassen?

Groet,
Boekbinder Twaalf
"""), L("a correction of his own phone number, without a code", "human",
        "nl"))

# 94
add("finance-invoice-address-change", notes(
    "Crediteurenadministratie Lisdodde <crediteuren@lisdodde.example.nl>",
    "Gewijzigd factuuradres", "2010-04-26 15:02",
    """Geachte heer/mevrouw,

Per 1 mei is ons postadres gewijzigd. Wilt u facturen voor deelnemers van Zorggroep Lisdodde voortaan sturen naar:

Zorggroep Lisdodde
Financiële Administratie
Postbus 1299
1300 BG Almere

Met vriendelijke groet,
Crediteurenadministratie
Zorggroep Lisdodde
"""), L("a finance department changes the invoice address for its "
        "participants; no code, no one named", "human", "nl"))

# 95
add("english-typo-email-no-code", gmail_android(
    "Quarryman Thirteen <quarryman.thirteen@example.com>", "Wrong e-mail address",
    "2010-03-18 07:40",
    """Hi, I registered yesterday from my old address q.thirteen@example.com. Could you please use quarryman.thirteen@example.com from now on? The old one will stop working next week.
Thanks, Quarryman Thirteen
"""), L("asks to use a new address for her registration, without a code",
        "human", "en"))

# ---- replies to the robot's mail ----------------------------------------------

# 96
_cs, _cb = conf_nl("Lantaarnopsteker Drie", "T9BWQ-3HMZ6", "Stichting Rietvink",
                   "jongerenwerker", "lantaarnopstekerdrie.rietvink@example.com",
                   phone="06-55538210", diet="vegetariër",
                   ia="Stichting Rietvink, Kruidenweg 14, 1338 GA Almere")
add("thanks-reply-confirmation", gmail2(
    "Lantaarnopsteker Drie <lantaarnopstekerdrie.rietvink@example.com>", "Re: " + _cs,
    "2010-03-04 08:03",
    """Top, dank je wel! Staat in mijn agenda.

Lantaarnopsteker
""" + gmail_quote_nl("2010-03-03 22:18", ROB, _cb),
    irt=rirt("confirmation", "T9BWQ-3HMZ6")),
    L("thanks in reply to the confirmation; the code is in the subject and "
      "the quote", "human", "nl", code="T9BWQ-3HMZ6"))

# 97
_cs, _cb = conf_en("Lamplighter Five", "E3MCW-9TPZR", "Example Heron Housing Almere",
                   "community development officer",
                   "lamplighter.five@heronhousing.example.com",
                   phone="+31 36 555 2290", diet="no pork please",
                   ia="Example Heron Housing Almere, Accounts Payable, Grote Markt 3, 1315 JE Almere",
                   ir="HH-10-0447")
add("question-reply-confirmation-slides", tb(
    "Lamplighter Five <lamplighter.five@heronhousing.example.com>",
    "Re: " + _cs, "2010-03-06 10:20",
    """Thanks for the confirmation. Will the speakers' slides be made available
after each day? Some of my colleagues who can't come would like to see them.

Lamplighter

On 3/5/2010 2:04 PM, deSTADSWIJKstudies Almere wrote:
""" + quote(_cb), irt=rirt("confirmation", "E3MCW-9TPZR")),
    L("a question in reply to the English confirmation (slides); the code "
      "is in the subject and the quote", "question", "en",
      code="E3MCW-9TPZR"))

# 98
from set11_lib import reminder_full_nl, wait_nl, already_nl  # noqa: E402
_rs, _rb = reminder_full_nl("Mandenmaker Zes", "B6KSV-4NQ8J", 2,
                            "donderdag 23 september 2010")
add("absent-one-day-reply-reminder", outlook(
    "Mandenmaker Zes <m.zes@lisdodde.example.nl>", "RE: " + _rs,
    "2010-09-16 11:02",
    """Goedemorgen,

Helaas kan ik op 23 september niet aanwezig zijn vanwege een calamiteit bij een van onze locaties. De andere dagen kom ik gewoon. Kan ik de hand-outs van deze dag achteraf krijgen?

Met vriendelijke groet,
Mandenmaker Zes
Zorggroep Lisdodde
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "donderdag 16 september 2010 10:00",
                       "Mandenmaker Zes", _rs, _rb),
    irt=rirt("reminder", "B6KSV-4NQ8J-2-7")),
    L("absent for one day in reply to the 7-day reminder of day 2; the rest "
      "stands, no cancellation or substitution; the code is in the subject "
      "and the quote", "human", "nl", code="B6KSV-4NQ8J"))

# 99
_ws, _wb = wait_nl("Imker Achtennegentig", "B8RNS-4TKM6", 2, "Zorggroep Zonnedauw",
                   "cliëntadviseur", "i.achtennegentig@zonnedauw.example.nl", cap=True,
                   phone="036-5556603",
                   ia="Zorggroep Zonnedauw, Servicebureau Financiën, Postbus 7070, 1300 GB Almere",
                   ir="kostenplaats 8012")
add("thanks-reply-waitlist", outlook(
    "Imker Achtennegentig <i.achtennegentig@zonnedauw.example.nl>", "RE: " + _ws,
    "2010-03-18 14:30",
    """Dank voor het bericht. Ik wacht het rustig af en hoop op een plekje!

Groet,
Imker
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "donderdag 18 maart 2010 11:12",
                       "Imker Achtennegentig", _ws, _wb),
    irt=rirt("waitlist", "B8RNS-4TKM6")),
    L("thanks in reply to the waiting-list notice (limit per organisation); "
      "asks nothing", "human", "nl", code="B8RNS-4TKM6"))

# 100
add("speaker-office-av", outlook2010(
    "Bureau prof. Engbersen <secretariaat.sociologie@example.nl>",
    "Dag 3, 2 november: apparatuur", "2010-10-12 10:15",
    """Geachte organisatie,

Namens prof. Engbersen, die op 2 november het eerste referaat verzorgt, het volgende: hij neemt een eigen laptop (Mac) mee. Is er een adapter voor de beamer aanwezig, en kan de presentatie vooraf per mail worden gestuurd?

Met vriendelijke groet,
Secretariaat Sociologie
"""), L("a speaker's office asks about equipment for day 3", "human", "nl"))

# 101
add("journalist-wants-to-attend", gmail2(
    "Pijlenmaker Honderdnegentig <p.honderdnegentig@almeredagblad.example.nl>",
    "Verzoek aanwezigheid pers dag 1", "2010-05-20 16:45",
    """Goedemiddag,

Ik ben verslaggever bij een lokale krant en wil graag een stuk schrijven over de eerste dag van de leergang op 1 juni. Mag ik die ochtend aanwezig zijn, of moet ik mij daarvoor ook aanmelden als deelnemer? Ik hoef uiteraard niet de hele dag te blijven.

Met vriendelijke groet,
Pijlenmaker Honderdnegentig
06-55544120
"""), L("a journalist asks to attend part of day 1 as press; 'moet ik mij "
        "daarvoor ook aanmelden' is a question, not a registration",
        "human", "nl"))

# 102
add("student-thesis-interviews", proton(
    "Kruitmaker Honderdeenennegentig <kruitmaker.honderdeenennegentig@student.example.nl>",
    "Afstudeeronderzoek en de leergang", "2010-04-28 13:12",
    """Beste organisatie,

Ik studeer Social Work aan de hogeschool en schrijf mijn scriptie over samenwerking tussen gemeente en welzijnsorganisaties in Almere. Zou ik deelnemers van de leergang mogen benaderen voor een interview, of een dag als toehoorder mogen bijwonen?

Met vriendelijke groet,
Kruitmaker Honderdeenennegentig
"""), L("a student asks to interview participants or sit in on a day",
        "human", "nl"))

# 103
add("complaint-double-invoice-subject-code", outlook2003(
    "Administratie Welzijn De Grutto <administratie@grutto-welzijn.example.nl>",
    "Dubbele factuur deelname Z. Tien [S4BTX-7KJR2]", "2010-06-14 09:50",
    """Geachte heer/mevrouw,

Wij hebben voor de deelname van de heer Tien twee facturen ontvangen van elk EUR 1.000,00 (nrs. 2010-0311 en 2010-0378). Wij gaan ervan uit dat dit een vergissing is en betalen alleen de eerste. Wilt u de tweede crediteren?

Met vriendelijke groet,
Administratie Welzijn De Grutto
"""), L("a complaint about a double invoice, the participant's code typed "
        "in the subject", "human", "nl", code="S4BTX-7KJR2"))

# 104
_rs, _rb = reminder_full_nl("Horlogemaker Vijfendertig", "G3PJW-8NKD5", 1,
                            "dinsdag 1 juni 2010", tomorrow=True)
add("question-reply-reminder-wifi", horde(
    "Horlogemaker Vijfendertig <h.vijfendertig@kwak.example.org>", "Re: " + _rs,
    "2010-05-31 12:40",
    """Dank voor de herinnering. Is er wifi in het Nieuwe Lokaal? Ik moet tussen de middag een paar stukken kunnen versturen.

Met vriendelijke groet,
Horlogemaker Vijfendertig
""" + "\n\nCiteren deSTADSWIJKstudies Almere <aanmelden@example.org>:\n\n"
    + quote(_rb), irt=rirt("reminder", "G3PJW-8NKD5-1-1")),
    L("a question (wifi) in reply to the day-before reminder; code in the "
      "subject and the quote", "question", "nl", code="G3PJW-8NKD5"))

# 105
add("invoice-copy-request-code-typed", squirrel(
    "Hoefsmid Negen <hoefsmidnegen@example.nl>", "kopie factuur",
    "2010-06-21 19:30",
    """Geachte heer/mevrouw,

Onze penningmeester kan de factuur voor mijn deelname (referentiecode Z5GWP-6BYN9) niet vinden. Zou u een kopie willen sturen naar het adres van de vrijwilligerscentrale?

Met vriendelijke groet,
Hoefsmid Negen
"""), L("asks for a copy of the invoice, the code typed in her text",
        "human", "nl", code="Z5GWP-6BYN9"))

# 106
add("help-programme-english", samsung(
    "Peatcutter OneHundredNinetyFour <p.onehundredninetyfour@example.org>", "Programme please",
    "2010-04-29 08:20",
    """Hello, could you send me the full programme with the speakers and times? I'd like to show it to my manager before I register. Thanks, Peatcutter OneHundredNinetyFour

Sent from my Samsung Galaxy smartphone."""),
    L("asks for the programme before registering: how-to/programme",
      "help", "en"))

# 107
_cs, _cb = conf_nl("Wheelwright Sixteen", "P7HNT-4XGK9", "Sample Brent Goose Housing",
                   "project lead for the tenant participation programme",
                   "wheelwright.sixteen@example.org", phone="036 555 8812",
                   diet="vegan",
                   ia="Sample Brent Goose Housing, Postbus 2020, 1300 CA Almere",
                   ir="purchase order 77120")
add("not-me-who-registered", macmail(
    "Wheelwright Sixteen <wheelwright.sixteen@example.org>", "Re: " + _cs,
    "2010-03-20 09:15",
    """Hello,

Thank you - but I'm a bit confused. This confirmation is in Dutch and says
I'm registered, which is right, but my colleague tells me she also got a
confirmation with my name on it at her address. Could someone check that
nobody has been registered twice for our organisation? We only want one
place.

Wheelwright
""" + "\n\nOn 19 Mar 2010, at 17:06, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:\n\n"
    + quote(_cb), irt=rirt("confirmation", "P7HNT-4XGK9")),
    L("in reply to her confirmation she asks the secretariat to check for a "
      "double registration; nothing to cancel yet, a person must look",
      "human", "en", code="P7HNT-4XGK9"))

# 108
_as, _ab = already_nl("Zeepzieder Zesentwintig", "N4EJK-7TRX2",
                      "zeepzieder.zesentwintig@scholekster.example.nl", "bevestigd")
add("reply-already-registered-ok", thebat(
    "Zeepzieder Zesentwintig <zeepzieder.zesentwintig@scholekster.example.nl>", "Re: " + _as,
    "2010-04-02 08:44",
    """Prima, dan was mijn tweede mail dubbel. Excuus voor de verwarring.

Zeepzieder Zesentwintig
""" + "\n\nHallo deSTADSWIJKstudies,\n\nOp vrijdag 2 april 2010 om 08:35 schreef u:\n\n"
    + quote(_ab), irt=rirt("already", "N4EJK-7TRX2")),
    L("an apology in reply to 'U bent al aangemeld'; no change", "human",
      "nl", code="N4EJK-7TRX2"))
