"""Set 10, batch 3: mail written by people that registers no one.

Questions that use registration words, conditional and hesitant mail,
declines, vendors, other courses and dates, the organiser's own replies
and forwards, corrections of details, thanks. Every message text and every
label is typed by hand.
"""
from set10_lib import (add, L, M, O, P, outlook, outlook2010, outlook365, gmail2,
                       gmail, apple, macmail, tb, tb115, iphone, ios, android,
                       samsung, owa, notes, gw_reply, yahoo2, hotmail2010,
                       zimbra, horde, roundcube, proton, fastmail, otrs,
                       zendesk, mutt15, evolution, blackberry, emclient,
                       spark, outlookcom, zoho, gmx, oe, sogo, ox, plain,
                       conf_nl, conf_en, wait_nl, question_nl, received_nl,
                       rirt, quote, ORG_FROM, ORG_ADDR, outlook_quote_nl,
                       o365_quote_nl, gmail_quote_nl, ios_quote_nl,
                       tb_quote_nl, groupwise_quote, owa_quote_nl,
                       outlook_orig_en, with_atts, attachment, lib,
                       gmail_forward_nl, yahoo_quote_nl, TITLE)

# 1 -- "Kan ik me nog aanmelden?"
add("question-still-room", gmail2(
    "Vishandelaar Drieënzestig <vis63@example.com>",
    "Kan ik me nog aanmelden?", "2010-04-26 21:40",
    """Goedenavond,

Ik hoorde pas vandaag van de leergang. Kan ik me nog aanmelden, of zit het al vol? En zo ja, hoe gaat dat dan?

Groet,
Vishandelaar Drieënzestig"""),
    L("asks whether registering is still possible; registers no one",
      "question", "nl"))

# 2 -- are there seats left, for three people
add("question-seats-for-three", outlook(
    '"Lampenkap Vijfenzeventig" <l.vijfenzeventig@welzijnwaterwijk.example.nl>',
    "Beschikbaarheid plaatsen leergang", "2010-04-27 09:05",
    """Goedemorgen,

Wij overwegen om met drie medewerkers deel te nemen aan de leergang. Zijn er nog drie plaatsen beschikbaar voor maatschappelijke organisaties? Dan meld ik ze deze week aan.

Met vriendelijke groet,

Lampenkap Vijfenzeventig
Manager Welzijn Waterwijk"""),
    L("asks about seats before registering; no one registered yet",
      "question", "nl"))

# 3 -- conditional: if my manager agrees
add("conditional-manager", tb(
    "Kaarsendover Zesentachtig <kaarsendover86@example.nl>",
    "leergang Almere", "2010-03-30 14:25",
    """Beste organisatie,

Ik ben erg geïnteresseerd in de leergang. Als mijn manager akkoord geeft voor de kosten, meld ik me volgende week aan. Zij is tot maandag op vakantie.

Ter info alvast: ik ben Kaarsendover Zesentachtig, ambulant hulpverlener bij Stichting Kompaszorg.

Met vriendelijke groet,
Kaarsendover Zesentachtig"""),
    L("conditional: will register once the manager agrees", "human", "nl"))

# 4 -- hesitant, English, with a question
add("hesitant-en-question", fastmail(
    "Ripple Eightyeight <ripple88@example.com>",
    "Considering the Almere course", "2010-04-01 11:19",
    """Hello,

I'm considering registering for the Almere course but I can only make days 1, 3 and 4. Would the full fee still apply if I miss one day? If so I probably won't sign up this time.

Thanks,
Ripple Eightyeight"""),
    L("hesitant; asks about the fee for three days", "question", "en"))

# 5 -- decline of the invitation
add("decline-nl", outlook2010(
    '"Melkboer Tweeënvijftig" <melkboer52@ouderenzorg-lindehof.example.nl>',
    "RE: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-03-12 10:10",
    """Geachte heer/mevrouw,

Dank voor de uitnodiging om medewerkers aan te melden voor de leergang. Helaas kunnen wij dit jaar niemand vrijmaken: wij zitten midden in een reorganisatie. Wij hopen bij een volgende editie wel aan te sluiten.

Met vriendelijke groet,

Melkboer Tweeënvijftig
Directeur Ouderenzorg Lindehof"""),
    L("declines the invitation for the whole organisation", "human", "nl"))

# 6 -- decline, English
add("decline-en", outlookcom(
    "Cinder Fortysix <cinder46@example.org>",
    "Re: Invitation - Almere course", "2010-03-15 17:02",
    """Dear organisers,

Thank you for thinking of us. Unfortunately none of our staff will be able to attend this year's course, as our funding for training has been cut. Please keep us on your list for future editions.

Kind regards,
Cinder Fortysix
Director, Example Migrant Women's Centre""", lang="en"),
    L("English decline", "human", "en"))

# 7 -- a caterer writes by hand
add("vendor-catering", outlook(
    '"Soepkoker Achtendertig" <verkoop@lunchlokaal.example.nl>',
    "Lunchverzorging voor uw leergang?", "2010-03-18 11:45",
    """Geachte organisator,

Via de gemeentelijke nieuwsbrief las ik over uw leergang in De Nieuwe Bibliotheek. Wij verzorgen al jaren lunches voor bijeenkomsten in Almere Stad, ook biologisch en halal. Graag maken wij een vrijblijvende offerte voor de vier dagen voor 60 personen.

Mag ik u hierover bellen?

Met vriendelijke groet,

Soepkoker Achtendertig
Lunchlokaal Almere
036-5553838"""),
    L("a caterer offers lunch; no registration", "human", "nl"))

# 8 -- AV equipment vendor, English
add("vendor-av-en", zoho(
    "Amplifier Ninetyone <sales@av-rentals.example.com>",
    "Audio-visual support for your Almere programme", "2010-03-22 08:30",
    """Dear Sir/Madam,

I noticed that you are running a four-day programme in Almere this year. Example AV Rentals provides microphones, projectors and live streaming for events of up to 500 people.

Would you like to receive our rate card? We can also register your sessions for on-demand viewing afterwards.

Best regards,
Amplifier Ninetyone
Sales, Example AV Rentals"""),
    L("a vendor's own mail, with 'register' in another sense", "human", "en"))

# 9 -- registering for another course
add("other-course-training", samsung(
    "Strijkster Negenentwintig <strijkster29@example.nl>",
    "Aanmelding training Motiverende gespreksvoering", "2010-04-06 12:55",
    """Hallo,

Hierbij meld ik me aan voor de training Motiverende gespreksvoering op 14 oktober in Lelystad.

Naam: Strijkster Negenentwintig
Organisatie: Stichting Thuishulp Dijkzicht
Functie: thuisbegeleider

Groet,
Strijkster"""),
    L("a registration for a different training; no one for this course",
      "human", "nl"))

# 10 -- another date: the autumn edition
add("other-date-question", iphone(
    "Dakgootreiniger Veertig <dakgoot40@example.com>",
    "Najaarseditie?", "2010-05-26 08:12",
    """Goedemorgen,

Ik begreep dat de aanmelding gesloten is. Komt er in 2011 een nieuwe editie van de leergang? Dan meld ik me daar graag voor aan.

Groet,
Dakgootreiniger Veertig

Verstuurd vanaf mijn iPhone"""),
    L("asks about a next edition after the window closed", "question", "nl"))

# 11 -- the organiser replies to all, quoting a participant's form
orig11 = """Beste secretariaat,

Ik wil me aanmelden maar kan dag 2 niet. Is dat een probleem?

Naam: Visnetboeter Drieënvijftig
Organisatie: Stichting Netwerk Eilandwijk
Functie: sociaal werker
E-mail: visnet53@example.nl

Groet,
Visnetboeter"""
add("organiser-reply-all", outlook(
    ORG_FROM,
    "RE: aanmelding, maar dag 2 kan ik niet", "2010-04-08 10:30",
    """Beste Visnetboeter,

Dat is geen probleem: u kunt de andere drie dagen gewoon volgen. De bijdrage blijft wel gelijk. Uw aanmelding laten wij via het aanmeldadres lopen; u krijgt daarvan een aparte bevestiging.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere""" + outlook_quote_nl(
        "Visnetboeter Drieënvijftig [mailto:visnet53@example.nl]",
        "woensdag 7 april 2010 22:14",
        "Programmasecretariaat DMO; aanmelden@example.org",
        "aanmelding, maar dag 2 kan ik niet", orig11),
    to="Visnetboeter Drieënvijftig <visnet53@example.nl>",
    cc="aanmelden@example.org"),
    O("the organiser's own reply-all (no command); the form is only in the "
      "quoted original; no reply may be sent", "nl"))

# 12 -- the organiser forwards an internal note by mistake
add("organiser-forward-internal", notes(
    ORG_FROM,
    "Doorsturen: zaalreservering Nieuwe Lokaal", "2010-04-12 16:02",
    """Ter info: de zaal is voor alle vier de dagen bevestigd.

----- Doorgestuurd door Programmasecretariaat DMO/Almere op 12-04-2010 16:01 -----

Van:\tZaalverhuur De Nieuwe Bibliotheek <zalen@bibliotheek-almere.example.nl>
Aan:\tsecretariaat@almere.nl
Datum:\t12-04-2010 15:40
Onderwerp:\tzaalreservering Nieuwe Lokaal


Geachte heer/mevrouw,

Hierbij bevestigen wij de reservering van het Nieuwe Lokaal (4de verdieping) op 1 juni, 23 september, 2 november en 23 november 2010, van 09.00 tot 17.00 uur, opstelling carré voor 60 personen, inclusief koffie en lunch.

Met vriendelijke groet,
Zaalverhuur De Nieuwe Bibliotheek"""),
    O("the organiser forwards a room booking (no command); no reply may be "
      "sent", "nl"))

# 13 -- correction of a phone number, reply to the confirmation
cs, cb = conf_nl("Kantklosser Negentien", "H4K7N-2QWXD", "Stichting Lantaarnlicht",
                 "coördinator buurtwerk", "k.negentien@lantaarnlicht.example.nl",
                 phone="036-5550191", ia="Postbus 1190, 1300 BD Almere",
                 ir="LL-2010-017")
add("correction-phone-reply", outlook(
    '"Kantklosser Negentien" <k.negentien@lantaarnlicht.example.nl>',
    "RE: " + cs, "2010-03-08 15:02",
    """Dank voor de bevestiging. Eén correctie: mijn telefoonnummer is inmiddels 06-55501919 (het vaste nummer vervalt).

Groet,
Kantklosser Negentien""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "maandag 8 maart 2010 9:42", "Kantklosser Negentien", cs, cb),
    irt=rirt("confirmation", "H4K7N-2QWXD")),
    L("corrects a phone number in reply to the confirmation", "human", "nl",
      code="H4K7N-2QWXD"))

# 14 -- correction of a misspelt name, English, code in own text
add("correction-name-en", gmail2(
    "Harbour Nineteen <h.nineteen@example.org>",
    "Correction to registration M3RTV-8K2PJ", "2010-04-14 09:00",
    """Hello,

Small correction to my registration (code M3RTV-8K2PJ): my job title should read "senior research fellow", not "research fellow". Everything else is correct.

Many thanks,
Harbour Nineteen"""),
    L("corrects the job title; code in the subject and text", "human", "en",
      code="M3RTV-8K2PJ"))

# 15 -- correction of an invoice reference, no code
add("correction-invoice-ref", gw_reply(
    '"Ketelmaker Zevenenveertig" <KZevenenveertig@woonwijzer.example.nl>',
    "kenmerk factuur", "2010-03-25 10:40",
    """Goedemorgen,

Gisteren heb ik mij aangemeld voor de leergang. Onze financiële afdeling vraagt of u op de factuur het inkoopordernummer 4500098765 wilt vermelden.

Met vriendelijke groet,
Ketelmaker Zevenenveertig
Woonwijzer Almere"""),
    L("adds an invoice reference to an earlier registration; no code",
      "human", "nl"))

# 16 -- how do I register?
add("help-how-to", yahoo2(
    "Paardenfokker Zestig <paardenfokker60@example.com>",
    "inschrijven", "2010-03-03 19:19",
    """Hoe kan ik mij inschrijven voor de leergang over Almere? In de folder staat alleen dit mailadres.

Paardenfokker Zestig"""),
    L("asks how to register", "help", "nl"))

# 17 -- an empty mail with only a subject
add("help-empty-body", plain(
    "Tuinman Eenenvijftig <tuinman51@example.nl>",
    "Aanmelden", "2010-03-04 08:00", "\n",
    extra=[("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726")]),
    L("empty body, subject 'Aanmelden' only", "help", "nl"))

# 18 -- send me the form, English
add("help-send-form-en", blackberry(
    "Ivory Thirtyeight <ivory38@example.com>",
    "registration form", "2010-03-05 13:45",
    """Hi, could you please send me the registration form for the Almere course? Thanks, Ivory

Sent from my BlackBerry® wireless device"""),
    L("asks for the registration form", "help", "en"))

# 19 -- VAT question
add("question-vat", owa(
    "Rekenmeester Achtenveertig <r.achtenveertig@wijkcentrum-arena.example.nl>",
    "Vraag over btw op de bijdrage", "2010-03-26 14:14",
    """Goedemiddag,

Voordat wij collega's aanmelden: is de bijdrage van € 1.000 per deelnemer inclusief of exclusief btw? Wij zijn niet btw-plichtig, dus dat maakt voor ons verschil.

Met vriendelijke groet,
Rekenmeester Achtenveertig
Controller Wijkcentrum Arena"""),
    L("question about VAT before registering", "question", "nl"))

# 20 -- municipal staff: do I need to register?
add("question-gemeente-staff", outlook365(
    "Archivaris Zesendertig <AZesendertig@almere.nl>",
    "Moet ik me ook aanmelden?", "2010-03-08 12:02",
    """Hoi,

Mijn afdelingshoofd zei dat er plekken voor de gemeente gereserveerd zijn. Moet ik me dan ook via dit adres aanmelden, of regelt de afdeling dat centraal?

Groet,
Archivaris Zesendertig
Gemeente Almere"""),
    L("municipal staff asks whether they need to register", "question", "nl"))

# 21 -- can a colleague attend only day 3?
add("question-one-day", macmail(
    "Zwaardvechter Tweeënzestig <zwaard62@example.nl>",
    "Alleen dag 3?", "2010-04-19 10:50",
    """Beste organisatie,

Een collega van mij is vooral geïnteresseerd in dag 3 (Wonen met en zonder zorgen). Is het mogelijk om alleen voor die dag in te schrijven, tegen een lager tarief?

Met vriendelijke groet,
Zwaardvechter Tweeënzestig"""),
    L("asks whether a single day can be booked", "question", "nl"))

# 22 -- thanks, in reply to the confirmation
cs22, cb22 = conf_en("Copper Seventeen", "7TQ2B-XJ9MC", "Example Housing Alliance",
                     "Policy adviser", "copper17@example.org", phone="+31 36 555 1777",
                     ia="Example Housing Alliance, attn. Accounts Payable, P.O. Box 1717, 1300 AD Almere",
                     ir="EHA-TRN-17")
add("thanks-reply-confirmation", proton(
    "Copper Seventeen <copper17@example.org>",
    "Re: " + cs22, "2010-04-06 10:02",
    """Thanks, looking forward to it! See you on 1 June.

Copper""" + """

------- Original Message -------
On Tuesday, April 6th, 2010 at 09:27, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(cb22),
    irt=rirt("confirmation", "7TQ2B-XJ9MC")),
    L("a thank-you in reply to the confirmation", "human", "en",
      code="7TQ2B-XJ9MC"))

# 23 -- another municipality's programme
add("other-municipality", oe(
    "Schaapherder Negenenzestig <schaapherder69@example.nl>",
    "Aanmelding studiedag Lelystad 8 april", "2010-03-29 20:48",
    """Geachte heer/mevrouw,

Graag meld ik mij aan voor de studiedag "Zorg in de buurt" van de gemeente Lelystad op 8 april.

Schaapherder Negenenzestig
Stichting Mantelzorg Lelystad

Met vriendelijke groet"""),
    L("a registration meant for another municipality's study day", "human",
      "nl"))

# 24 -- a journalist's question
add("question-journalist", tb115(
    "Persfotograaf Vierenzeventig <redactie@stadskrant.example.nl>",
    "Persvraag leergang Sociale ambities", "2010-05-10 11:30",
    """Goedemorgen,

Voor de Almeerse Stadskrant schrijf ik een stuk over de sociale agenda van de gemeente. Mag ik op 1 juni een deel van de eerste dag bijwonen, en zo ja, bij wie moet ik mij melden?

Met vriendelijke groet,
Persfotograaf Vierenzeventig
Almeerse Stadskrant (redactie)"""),
    L("a journalist asks to attend part of a day", "question", "nl"))

# 25 -- a guest from practice: must I register?
add("question-guest-speaker", emclient(
    "Verhalenverteller Vijf <verhalen5@example.org>",
    "Praktijkinspirator dag 2 - aanmelden?", "2010-05-03 09:45",
    """Beste secretariaat,

Ik ben gevraagd om op 23 september als gast uit de praktijk aan te schuiven. Moet ik me daarvoor ook aanmelden en betalen, of sta ik al op een lijst?

Hartelijke groet,
Verhalenverteller Vijf"""),
    L("an invited guest asks whether to register", "question", "nl"))

# 26 -- a student asks to attend, English
add("question-student-en", gmail(
    "Acorn Twentynine <acorn29@example.com>",
    "Student attendance?", "2010-04-20 16:05",
    """Dear organisers,

I am a master's student in urban studies writing my thesis on new towns. Is there a reduced rate for students, or could I attend as an observer? I would not want to take a seat from a professional.

Kind regards,
Acorn Twentynine"""),
    L("a student asks about a reduced rate", "question", "en"))

# 27 -- a manager invites the team, Cc to the robot
add("manager-invites-team-cc", outlook2010(
    '"Vuurtorenwachter Zes" <v.zes@welzijnzuidplas.example.nl>',
    "Leergang Almere - wie wil er mee?", "2010-03-10 08:55",
    """Hallo team,

Zie de folder in de bijlage. Wie heeft er belangstelling om mee te doen aan de leergang? Laat het mij voor vrijdag weten, dan meld ik jullie aan. Ik heb het aanmeldadres alvast in cc gezet zodat jullie het hebben.

Groet,
Vuurtorenwachter Zes
Teamleider Welzijn Zuidplas""",
    to="Team Wijkwerk <team-wijkwerk@welzijnzuidplas.example.nl>",
    cc="aanmelden@example.org"),
    L("a manager asks the team who wants to go; robot only in Cc", "human",
      "nl"))

# 28 -- a question about registering by phone
add("question-phone-registration", android(
    "Bordenwasser Achtenzestig <borden68@example.nl>",
    "telefonische aanmelding", "2010-04-21 13:31",
    """Goedemiddag,

Vorige week heb ik telefonisch met iemand van de gemeente gesproken en gevraagd of ik mijn twee collega's telefonisch kon aanmelden. Is dat gelukt, of moet het alsnog per mail?

Bordenwasser Achtenzestig"""),
    L("asks whether a phone registration counted; no names", "question",
      "nl"))

# 29 -- take me off your list
add("unsubscribe-request", hotmail2010(
    "Postzegelaar Elf <postzegel11@example.com>",
    "afmelden nieuwsbrief", "2010-04-02 22:10",
    """Graag wil ik mij afmelden voor uw mailinglijst. Ik ontvang steeds berichten over cursussen die voor mij niet relevant zijn.

Postzegelaar Elf"""),
    L("asks to leave a mailing list; 'afmelden' but no registration",
      "human", "nl"))

# 30 -- a complaint about the fee
add("complaint-fee", gw_reply(
    '"Vlaggenmaker Achtentachtig" <VAchtentachtig@stichtingdeankerplaats.example.nl>',
    "Bijdrage leergang", "2010-03-19 11:02",
    """Geachte heer/mevrouw,

Met verbazing las ik dat maatschappelijke organisaties € 1.000 per deelnemer moeten betalen, terwijl gemeentelijke medewerkers gratis deelnemen. Voor een kleine stichting als de onze is dat niet op te brengen. Ik vind dat geen goede start voor "nieuwe werkverhoudingen".

Met vriendelijke groet,
Vlaggenmaker Achtentachtig
Voorzitter Stichting De Ankerplaats"""),
    L("a complaint about the fee", "human", "nl"))

# 31 -- a personal-looking SEO pitch
add("seo-pitch-personal", gmx(
    "Webbouwer Negentig <webbouwer90@example.com>",
    "Uw website en de leergang", "2010-04-23 07:15",
    """Beste,

Ik zag dat de aanmeldingen voor uw leergang alleen per e-mail gaan. Met een online inschrijfformulier krijgt u veel meer aanmeldingen! Ik bouw voor EUR 299,- een complete website met formulier. Interesse?

Groetjes,
Webbouwer Negentig"""),
    L("a one-person sales pitch about registration forms", "human", "nl"))

# 32 -- the organiser answers the robot's forward without commands
add("organiser-plain-reply-forward", outlook(
    ORG_FROM,
    "RE: [regbot] Voor het secretariaat: Alleen dag 3? [7F3K]", "2010-04-19 14:20",
    """Deze beantwoord ik zelf telefonisch.

Groet, Secretariaat""",
    irt="<regbot.forward.0c6f1e2d9a7b3c41@example.org>"),
    O("the organiser answers the robot's forward without a command; no "
      "reply may be sent", "nl"))

# 33 -- if the budget is approved, please hold seats
add("conditional-hold-seats-en", outlook(
    '"Granite Fiftyfive" <granite55@example.org>',
    "Holding three places?", "2010-04-28 15:45",
    """Dear secretariat,

Our board decides on the training budget on 12 May. If it is approved we will register three people from Example Community Law Centre. Could you hold three places for us until then?

Kind regards,
Granite Fiftyfive
Operations manager""", lang="EN"),
    L("conditional; asks to hold seats until a budget decision", "question",
      "en"))

# 34 -- five seats, names to follow
add("reserve-without-names", zimbra(
    "Scheepsbouwer Vijftien <scheepsbouwer15@havenkwartier.example.nl>",
    "Reservering 5 plaatsen", "2010-03-31 12:00",
    """Goedemiddag,

Wij willen graag vijf plaatsen reserveren voor medewerkers van Stichting Havenkwartier. De namen volgen zodra de roosters rond zijn, uiterlijk half april.

Met vriendelijke groet,
Scheepsbouwer Vijftien
Stichting Havenkwartier"""),
    L("wants to reserve five seats; no names yet", "human", "nl"))

# 35 -- slides of day 1
add("question-slides", ios(
    "Tegelzetter Vijftig <tegelzetter50@example.nl>",
    "Sheets dag 1", "2010-06-02 08:30",
    """Goedemorgen,

Dank voor een inspirerende eerste dag! Zijn de presentaties van gisteren ergens te downloaden?

Groet,
Tegelzetter Vijftig

Verstuurd vanaf mijn iPhone"""),
    L("asks for the slides after day 1", "question", "nl"))

# 36 -- a CV for the introduction round
m36 = outlook365(
    "Lijstenmaker Tachtig <L.Tachtig@ggdpolderkust.example.nl>",
    "Korte introductie voor de voorstelronde", "2010-05-20 16:40",
    """Beste organisatie,

In de bevestiging las ik niets over een voorstelronde, maar voor de zekerheid stuur ik alvast een korte introductie van mijzelf mee. Mogelijk handig voor de sprekers.

Met vriendelijke groet,
Lijstenmaker Tachtig""")
add("intro-cv-attached", with_atts(m36, [attachment(
    lib.pdf(["Lijstenmaker Tachtig - epidemioloog GGD Polderkust",
             "Werkt aan gezondheidsmonitor jongeren Almere 2009-2010."]),
    "application", "pdf", "introductie.pdf")]),
    L("sends an introduction for the first day; nothing to register",
      "human", "nl"))

# 37 -- the organiser forwards a question to the robot address to be "logged"
q37 = """Goedemiddag,

Is er bij de Nieuwe Bibliotheek een fietsenstalling?

Groet,
Wielrenner Achttien"""
add("organiser-forwards-question", gmail2(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Fwd: fietsenstalling?", "2010-05-12 09:14",
    """Voor het dossier.""" + gmail_forward_nl(
        "Wielrenner Achttien <wielrenner18@example.nl>", "2010-05-11 17:02",
        "fietsenstalling?", "secretariaat@almere.nl", q37)),
    O("the organiser forwards a participant's question for the file (no "
      "command); no reply may be sent", "nl"))

# 38 -- a participant's partner organisation asks about certificates
add("question-certificate-en", yahoo2(
    "Meadow Seventyseven <meadow77@example.com>",
    "Certificate of attendance", "2010-05-06 20:20",
    """Hello,

Will participants receive a certificate of attendance after the four days? Our professional register requires one for accreditation points.

Thanks,
Meadow"""),
    L("English question about a certificate", "question", "en"))
