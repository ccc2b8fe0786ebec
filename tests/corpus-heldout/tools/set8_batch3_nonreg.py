"""Set 8, batch 3: mail from people that registers nobody (061-103):
details only in a scanned attachment, questions, how-to requests and
mail for a person (conditions, declines, vendors, other events, the
organiser, corrections, thanks, absences, an invoice, a complaint).

Every message and every label is typed by hand; see set8_lib.py for the
client shapes.
"""
from set8_lib import (add, X, ok_code, outlook2010, with_attachments,
                      attachment, png_scan, outlook365, o365_quote_nl,
                      conf_nl, conf_en, samsung, gmail2, tutanota, outlookcom,
                      spark, notes, gmx, ios, macmail, quote,
                      help_nl, tb115, outlook2003, outlook_quote_nl,
                      proton, proton_quote, overview_nl, reminder_nl,
                      ios_quote_nl, roundcube, fastmail, emclient, owa,
                      ROBOT, ORG)

C = ok_code

# 061 ---------------------------------------------------------------------
add("scanned-form-png-only", with_attachments(outlook2010(
    "Vormgever Honderdveertien <vormgever.114@schaalstok.example.nl>",
    "Aanmeldformulier leergang", "2010-04-27 11:00",
    """Goedemorgen,

In de bijlage vindt u het ingevulde aanmeldformulier. Ik had het uitgeprint en met de hand ingevuld, daarna gescand.

Met vriendelijke groet,

Vormgever Honderdveertien
Stichting Schaalstok
"""), [attachment(png_scan(), "image", "png", "scan_aanmelding_0427.png")]),
    X("the filled-in form is only in a scanned image; the text gives a name and organisation but no request a robot can carry out",
      "human", "nl"))

# 062 ---------------------------------------------------------------------
add("q-intern-fee", outlook365(
    "Gangmaker Honderdvijftien <gangmaker.115@windroos.example.org>",
    "Vraag over deelname stagiaire", "2010-03-10 14:25",
    """Goedemiddag,

Wij overwegen om naast onze eigen medewerkers ook onze stagiaire (hbo Social Work, vierdejaars) aan de leergang te laten deelnemen. Geldt voor een stagiaire ook de bijdrage van EUR 1.000, of kan zij tegen een lager tarief of kosteloos meedoen?

Met vriendelijke groet,

Gangmaker Honderdvijftien
teamleider Jeugd & Gezin
Jeugdhulp Windroos
"""),
    X("asks whether an intern pays the full fee, before registering anyone",
      "question", "nl", q="yes"))

# 063 ---------------------------------------------------------------------
add("q-other-municipality-pool", gmx(
    "Dijkwachter Honderdzestien <d.honderdzestien@zeewolde.example.nl>",
    "Gemeentelijke plaatsen?", "2010-03-16 09:40",
    """Goedemorgen,

Ik werk bij de gemeente Zeewolde, afdeling Samenleving, en heb belangstelling voor de leergang. Val ik onder de twintig plaatsen voor de gemeente, of moet ik me aanmelden als organisatie en de bijdrage betalen?

Vriendelijke groet,
Dijkwachter Honderdzestien
"""),
    X("staff of another municipality asks which pool and fee apply",
      "question", "nl", q="yes"))

# 064 ---------------------------------------------------------------------
add("q-limit-per-district-team", outlook2010(
    "Landmeter Honderdzeventien <landmeter.117@peilschaal.example.nl>",
    "Maximum per organisatie", "2010-04-19 13:50",
    """Beste organisatie,

In de brochure lees ik dat er tot 11 mei maximaal drie deelnemers per organisatie worden toegelaten. Thuiszorg Peilschaal heeft vier wijkteams, elk met een eigen opleidingsbudget. Geldt het maximum voor heel Peilschaal of per wijkteam? Twee collega's van andere teams zijn al aangemeld, en ik wil graag nog twee mensen van mijn team aanmelden.

Met vriendelijke groet,

Landmeter Honderdzeventien
teamleider wijkteam Noord
Thuiszorg Peilschaal
"""),
    X("asks whether the limit per organisation counts per district team, before registering two more",
      "question", "nl", q="yes"))

# 065 ---------------------------------------------------------------------
add("q-bring-resident-en", gmail2(
    "Navigator HundredEighteen <navigator.118@atlas.example.net>",
    "Bringing a resident?", "2010-04-02 15:05",
    """Hi,

A quick question before I register. Could I bring along a resident from our neighbourhood panel? She is not employed by us, but she is very involved in the neighbourhood and would get a lot out of the course. Would she need to pay the full fee as well?

Thanks,
Navigator HundredEighteen
Example Neighbourhood Atlas
"""),
    X("asks whether a resident may come along and what she would pay",
      "question", "en", q="yes"))

# 066 ---------------------------------------------------------------------
_s66, _b66 = conf_nl("Aanjager Vijf", "ECFRY-B06YK", "Gemeente Almere",
                     "senior beleidsadviseur", "aanjager.vijf@almere.nl",
                     free=True, phone="036 555 0505")
add("q-calendar-invitation-in-reply", outlook365(
    "Aanjager Vijf <aanjager.vijf@almere.nl>", "RE: " + _s66,
    "2010-03-05 09:30",
    """Goedemorgen,

Dank voor de bevestiging. Ik kan de bijlage agenda.ics helaas niet openen in onze gemeentelijke agenda (importeren is bij ons geblokkeerd). Kunt u mij de vier dagen ook als gewone Outlook-uitnodiging sturen?

Groet,
Aanjager Vijf""" + o365_quote_nl(ROBOT, "2010-03-04 11:21",
                                  "Aanjager Vijf <aanjager.vijf@almere.nl>",
                                  _s66, _b66, line=True)),
    X("a question in reply to the confirmation (calendar invitation instead of the .ics); code in the subject and quote",
      "question", "nl", code=C("ECFRY-B06YK"), q="yes"))

# 067 ---------------------------------------------------------------------
add("q-halal-lunch-before-registering", samsung(
    "Koploper Honderdnegentien <koploper.119@meeroutekaart.example.nl>",
    "Lunch", "2010-03-17 12:40",
    """Goedemiddag,

Voordat ik mij aanmeld: is de lunch ook geschikt voor mensen die halal eten? En kan ik dat bij de aanmelding aangeven?

Groet,
Koploper Honderdnegentien


Verzonden vanaf mijn Galaxy
"""),
    X("asks about a halal lunch before registering",
      "question", "nl", q="yes"))

# 068 ---------------------------------------------------------------------
add("q-late-entry-after-closing", outlook365(
    "Stuurman Honderdtwintig <stuurman.120@atlaskust.example.nl>",
    "Nog aanmelden na 25 mei?", "2010-05-27 16:20",
    """Beste secretariaat,

Ik zie dat de aanmelding voor de leergang op 25 mei gesloten is. Ik ben per 1 mei begonnen als programmamaker bij Bibliotheek Atlaskust en hoorde pas deze week van de leergang. Is er nog een mogelijkheid om in te stromen, eventueel via de wachtlijst?

Met vriendelijke groet,

Stuurman Honderdtwintig
Bibliotheek Atlaskust
"""),
    X("after registration closed, asks whether joining is still possible",
      "question", "nl", q="yes"))

# 069 ---------------------------------------------------------------------
add("q-invoice-to-funder-en", tutanota(
    "Weaver TwentyFive <weaver.twentyfive@atlas.example.net>",
    "Invoice to our funder?", "2010-04-12 11:55",
    """Hi,

I registered for the course a while ago. Our project is funded by a foundation, the Sample Community Fund. Could the invoice for my participation be addressed to them instead of to us? If so, I'll send you their details.

Thanks,
Weaver TwentyFive
Example Neighbourhood Atlas
"""),
    X("a registered participant asks whether the invoice can go to a funder; no code in the mail",
      "question", "en", q="yes"))

# 070 ---------------------------------------------------------------------
add("q-childcare-during-course", outlookcom(
    "Pleinmaker Honderdeenentwintig <pleinmaker121@example.com>",
    "Vraag over kinderopvang", "2010-04-14 21:05",
    """Goedenavond,

Ik zou graag meedoen aan de leergang, maar ik ben alleenstaand ouder en mijn zoontje gaat op dinsdag niet naar de opvang. Is er tijdens de cursusdagen kinderopvang geregeld, of is er een vergoeding voor oppas?

Met vriendelijke groet,
Pleinmaker Honderdeenentwintig
ouderenadviseur bij Welzijn Topografie
"""),
    X("asks about childcare on the course days before registering",
      "question", "nl", q="yes"))

# 071 ---------------------------------------------------------------------
add("q-journalist-attend-day1", roundcube(
    "Kartograaf Honderdtweeëntwintig <redactie@stadskrant.example.nl>",
    "Verzoek: aanwezigheid pers op 1 juni", "2010-05-20 10:10",
    """Goedemorgen,

Voor de Example Stadskrant Almere schrijf ik een serie over de Sociale Agenda. Mag ik de eerste bijeenkomst op 1 juni bijwonen om er een artikel over te maken? Ik neem uiteraard geen plaats van een deelnemer in en blijf alleen tot de lunch. Als er fotografen welkom zijn, hoor ik dat ook graag.

Met vriendelijke groet,

Kartograaf Honderdtweeëntwintig
redacteur Example Stadskrant Almere
06 5551 2220
"""),
    X("a journalist asks whether she may attend day 1 for an article",
      "question", "nl", q="yes"))

# 072 ---------------------------------------------------------------------
add("q-student-observer-en", gmail2(
    "Surveyor HundredTwentyThree <s.123@students.university.example.edu>",
    "Attending as an observer (master thesis)", "2010-04-06 17:30",
    """Dear organisers,

I am a master student in urban sociology and I am writing my thesis on social policy in Almere. Would it be possible to attend one of the course days as an observer, without paying the full fee? I would of course not take part in the discussions unless invited.

Kind regards,
Surveyor HundredTwentyThree
"""),
    X("a student asks to attend one day as an observer",
      "question", "en", q="yes"))

# 073 ---------------------------------------------------------------------
add("q-hypothetical-leave-rest-of-course", outlook365(
    "Landmeter Vierendertig <landmeter.34@peilschaal.example.nl>",
    "Vraag over vervanging later in het jaar", "2010-04-26 13:05",
    """Beste secretariaat,

Ik ben aangemeld voor de leergang. Stel dat ik in oktober met zwangerschapsverlof ga: kan een collega dan dag 3 en 4 van mij overnemen? En moet die collega dan apart betalen?

Hartelijke groet,
Landmeter Vierendertig
"""),
    X("a hypothetical question about the terms ('stel dat ...'), not a substitution now; no code",
      "question", "nl", q="yes"))

# 074 ---------------------------------------------------------------------
add("q-certificate-after-last-day", outlook2010(
    "Koploper Zesenveertig <koploper.46@welzijnlegenda.example.nl>",
    "Bewijs van deelname", "2010-11-24 14:15",
    """Goedemiddag,

Gisteren was de laatste dag van de leergang. Krijgen deelnemers die alle vier dagen aanwezig waren een certificaat of bewijs van deelname? Dat heb ik nodig voor mijn registratie in het Registerplein.

Mijn code is 365AF-WDYMT.

Met vriendelijke groet,
Koploper Zesenveertig
Welzijn Legenda
"""),
    X("after the last day, asks for a certificate; the code typed in",
      "question", "nl", code=C("365AF-WDYMT"), q="yes"))

# 075 ---------------------------------------------------------------------
add("q-publication-afterwards-en", spark(
    "Helmsman TwentyEight <helmsman.28@debtcompass.example.org>",
    "Publication?", "2010-05-03 08:40",
    """Hello,

Will there be a publication or a report of the course afterwards, and will participants receive a copy? Our board would like to know before June.

Regards,
Helmsman
Sample Debt Compass Flevoland
"""),
    X("asks whether a publication follows the course",
      "question", "en", q="yes"))

# 076 ---------------------------------------------------------------------
add("q-next-edition-2011", owa(
    "Gangmaker Honderdvierentwintig <gangmaker.124@looproute.example.nl>",
    "Leergang in 2011?", "2010-05-06 12:00",
    """Hallo,

Van ons team zitten al twee collega's in de leergang en ik kan in juni zelf niet. Wordt de leergang volgend jaar herhaald? Dan schuif ik graag aan.

Groet,
Gangmaker Honderdvierentwintig
Sportbedrijf Looproute
"""),
    X("asks whether the course is repeated next year",
      "question", "nl", q="yes"))

# 077 ---------------------------------------------------------------------
add("q-mobility-scooter-lift-en", fastmail(
    "Ferryman HundredTwentyFive <ferryman.125@meridian.example.com>",
    "Accessibility question", "2010-04-20 09:25",
    """Good morning,

I'm thinking of registering, but I use a mobility scooter. Is the Nieuwe Lokaal on the 4th floor reachable by lift with a scooter, and is there somewhere I could charge it during the day?

Many thanks,
Ferryman HundredTwentyFive
Example Housing Meridian
"""),
    X("asks about the lift and charging a mobility scooter before registering",
      "question", "en", q="yes"))

# 078 ---------------------------------------------------------------------
add("q-parking-notes-antw-subject-code", notes(
    "Wegwijzer Veertien <wegwijzer.veertien@hoogteprofiel.example.nl>",
    "Antw: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [H1HTW-AJSMS]",
    "2010-03-22 10:05",
    """Goedemorgen,

Krijgen deelnemers een uitrijkaart voor de parkeergarage bij het Stadhuisplein, of moeten wij het parkeren zelf betalen? Ik kom uit Lelystad met de auto.

Met vriendelijke groet,

Wegwijzer Veertien
"""),
    X("a Notes reply ('Antw:') with the quote removed asks about parking; the code in the kept subject",
      "question", "nl", code=C("H1HTW-AJSMS"), q="yes"))

# 079 ---------------------------------------------------------------------
add("help-how-to-register-gmx", gmx(
    "Vormgever Honderdzesentwintig <vormgever.126@kaartblad.example.org>",
    "aanmelden", "2010-03-15 20:10",
    """Goedenavond,

Hoe kan ik mij aanmelden voor de leergang? Ik zie in de brochure alleen dit adres en geen formulier.

Groet,
Vormgever Honderdzesentwintig
"""),
    X("how do I register", "help", "nl"))

# 080 ---------------------------------------------------------------------
add("help-full-programme-en", outlookcom(
    "Pathmaker HundredTwentySeven <pathmaker.127@compassnetwork.example.org>",
    "Programme", "2010-03-20 11:35",
    """Hello,

Could you please send me the full programme with the times of each day?

Thanks,
Pathmaker HundredTwentySeven
""", lang="en"),
    X("asks for the programme", "help", "en"))

# 081 ---------------------------------------------------------------------
add("help-info-oneliner-iphone", ios(
    "Aanjager Honderdachtentwintig <aanjager128@example.nl>",
    "info", "2010-03-26 07:15",
    """Programma en aanmeldinfo graag.

Verstuurd vanaf mijn iPhone
"""),
    X("a one-line request for the programme and how to register", "help", "nl"))

# 082 ---------------------------------------------------------------------
add("help-what-to-send-en", macmail(
    "Forager HundredTwentyNine <forager.129@lighthouse.example.org>",
    "How to sign up?", "2010-04-08 13:55",
    """Hi,

What information do you need from me to sign up for the course, and do I simply send it to this address?

Best,
Forager HundredTwentyNine
Sample Tenants' Lighthouse Almere
"""),
    X("asks what to send to register", "help", "en"))

# 083 ---------------------------------------------------------------------
add("conditional-manager-approval-full-form", outlook2010(
    "Koploper Honderddertig <koploper.130@rekenraam.example.org>",
    "Aanmelding onder voorwaarde", "2010-04-21 16:40",
    """Goedemiddag,

Onder voorwaarde dat mijn leidinggevende akkoord geeft (dat hoor ik volgende week) meld ik mij alvast aan:

Naam: Koploper Honderddertig
Organisatie: Schuldhulp Rekenraam
Functie: budgetcoach
E-mail: koploper.130@rekenraam.example.org
Telefoon: 06 5551 3030
Factuur: Schuldhulp Rekenraam, Rekenraamstraat 15, 1315 RR Almere

Ik laat het u weten zodra ik uitsluitsel heb.

Met vriendelijke groet,
Koploper Honderdderdig
"""),
    X("a full form under the condition that her manager agrees next week: for a person",
      "human", "nl"))

# 084 ---------------------------------------------------------------------
add("conditional-contract-extension-en", emclient(
    "Navigator HundredThirtyOne <navigator.131@youthharbour.example.org>",
    "Registration - depending on my contract", "2010-04-29 10:50",
    """Dear organisers,

I would like to join the course, provided my contract is extended beyond June; I will know by 20 May. My details are below already:

Name: Navigator HundredThirtyOne
Organisation: Example Youth Harbour Almere
Position: youth worker
Phone: 06 5551 3131

Would it be possible to register me only once I know, or should I write to you again then?

Kind regards,
Navigator HundredThirtyOne
"""),
    X("details given on condition that her contract is extended, asking how to proceed",
      "human", "en", q="yes"))

# 085 ---------------------------------------------------------------------
add("only-days-1-and-4-with-details", outlook365(
    "Havenmeester Honderdtweeëndertig <havenmeester.132@dwarsdoorsnede.example.org>",
    "Aanmelding voor twee dagen", "2010-04-15 11:30",
    """Beste organisatie,

Meld mij aan voor 1 juni en 23 november. Op 23 september en 2 november kan ik niet, dan zit ik in een andere opleiding.

Havenmeester Honderdtweeëndertig
GGZ Dwarsdoorsnede, teamleider ambulant
06 5551 3232
"""),
    X("a registration for two of the four days only: for a person to decide",
      "human", "nl"))

# 086 ---------------------------------------------------------------------
_s86, _b86 = help_nl()
add("decline-in-reply-to-help-mail", gmx(
    "Vormgever Honderdzesentwintig <vormgever.126@kaartblad.example.org>",
    "Re: " + _s86, "2010-03-18 19:45",
    """Dank voor de informatie. Na overleg met mijn team hebben we besloten dit jaar niet mee te doen; twee collega's van Kaartblad gaan al.

Groet,
Vormgever Honderdzesentwintig

""" + quote(_b86)),
    X("declines in reply to the how-to-register mail", "human", "nl"))

# 087 ---------------------------------------------------------------------
add("decline-director-invitation-en", proton(
    "Gardener HundredThirtyThree <gardener.133@compassnetwork.example.org>",
    "Course Almere", "2010-04-07 09:15",
    """Dear organisers,

Thank you for the invitation my director passed on to me. Unfortunately I won't be able to take part this year: the dates clash with our own training programme. Good luck with the course!

Best wishes,
Gardener HundredThirtyThree
Example Compass Network
"""),
    X("declines an invitation passed on by her director", "human", "en"))

# 088 ---------------------------------------------------------------------
add("vendor-catering-offer", outlook365(
    "Vormgever Honderdvierendertig <verkoop@smaakmakers.example.com>",
    "Lunch voor uw leergang in De Nieuwe Bibliotheek", "2010-03-23 10:20",
    """Geachte organisatie,

Wij zagen dat u vanaf 1 juni een leergang organiseert in De Nieuwe Bibliotheek in Almere. Example Smaakmakers verzorgt al jaren lunches voor bijeenkomsten in het Stadhuis en de bibliotheek, met aandacht voor dieetwensen en lokale producten.

Graag maken wij een voorstel voor de vier cursusdagen. Mag ik u volgende week even bellen?

Met vriendelijke groet,

Vormgever Honderdvierendertig
accountmanager
Example Smaakmakers catering
036 555 1340
"""),
    X("a caterer offers lunches for the course days", "human", "nl"))

# 089 ---------------------------------------------------------------------
add("vendor-interpreters-en", gmail2(
    "Surveyor HundredThirtyFive <s.135@interpreting.example.com>",
    "Interpreting services for your course", "2010-04-13 14:45",
    """Dear Sir or Madam,

I understand that your course in Almere may welcome participants and speakers who do not speak Dutch. Sample Interpreting Services provides simultaneous and whispered interpreting (Dutch, English, Arabic, Turkish, Polish) and has worked for several municipalities.

I would be happy to send you a quotation for one or more course days.

Kind regards,
Surveyor HundredThirtyFive
Sample Interpreting Services
+31 20 555 1350
"""),
    X("an interpreting agency offers its services", "human", "en"))

# 090 ---------------------------------------------------------------------
add("other-event-network-meeting-full-form", outlook2010(
    "Bouwmeester Honderdzesendertig <bouwmeester.136@noordpijl.example.org>",
    "Aanmelding netwerkbijeenkomst 15 april", "2010-04-08 15:35",
    """Beste organisatie,

Hierbij meld ik mij aan voor de netwerkbijeenkomst Sociale Agenda op donderdag 15 april (16.00-18.00 uur, Stadhuis).

Naam: Bouwmeester Honderdzesendertig
Organisatie: Humanitas Noordpijl
Functie: coördinator maatjesproject
E-mail: bouwmeester.136@noordpijl.example.org
Telefoon: 06 5551 3636

Met vriendelijke groet,
Bouwmeester Honderdzesendertig
"""),
    X("a full form, but for another event (a network meeting on 15 April)",
      "human", "nl"))

# 091 ---------------------------------------------------------------------
add("other-course-volunteers-full-form-en", tb115(
    "Weaver HundredThirtySeven <weaver.137@lighthouse.example.org>",
    "Registration: Working with volunteers", "2010-04-16 10:30",
    """Hello,

I'd like to register for the course "Working with volunteers" on 12 and 19 May at ROC Meetpunt.

Name: Weaver HundredThirtySeven
Organisation: Sample Tenants' Lighthouse Almere
Role: volunteer coordinator
Email: weaver.137@lighthouse.example.org
Phone: 06 5551 3737

Best regards,
Weaver HundredThirtySeven
""", lang="en"),
    X("a full form for another course at another institution", "human", "en"))

# 092 ---------------------------------------------------------------------
add("organiser-passes-on-a-registration", outlook365(
    ORG, "FW: aanmelding leergang", "2010-04-19 09:20",
    """Hallo,

Deze aanmelding kwam bij mij binnen in plaats van hier. Graag verwerken.

Groet,
Programmasecretariaat DMO""" + o365_quote_nl(
        "Kartograaf Honderdachtendertig <kartograaf.138@schaalstok.example.nl>",
        "2010-04-16 17:02", "Programmasecretariaat DMO <secretariaat@almere.nl>",
        "aanmelding leergang",
        """Beste mevrouw,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies.

Naam: Kartograaf Honderdachtendertig
Organisatie: Stichting Schaalstok
Functie: jongerenwerker
Telefoon: 06 5551 3838

Met vriendelijke groet,
Kartograaf Honderdachtendertig
""")),
    X("the organiser passes on a registration she received herself: the organiser's mail is for a person",
      "human", "nl"))

# 093 ---------------------------------------------------------------------
add("organiser-practice-guests-day1", outlook365(
    ORG, "Praktijkgasten dag 1", "2010-05-25 16:05",
    """Ter informatie:

Op dag 1 (1 juni) schuiven twee praktijkgasten aan: Pleinmaker Honderdnegenendertig (Example Buurthuis De Kaart) en Gangmaker Honderdveertig (bewonersplatform Almere Haven). Zij hoeven niet aangemeld te worden, krijgen geen factuur en hoeven niet op de presentielijst.

Groet,
Programmasecretariaat DMO
"""),
    X("the organiser's note about two practice guests for day 1", "human", "nl"))

# 094 ---------------------------------------------------------------------
add("organiser-relays-phone-absence", outlook365(
    ORG, "Afwezig 23 september", "2010-09-15 11:40",
    """Landmeter Vierendertig (Thuiszorg Peilschaal) belde vanochtend: zij kan op 23 september niet komen vanwege een cliëntbespreking. De andere dagen komt ze wel. Graag noteren voor de presentielijst.

Programmasecretariaat DMO
"""),
    X("the organiser relays a participant's one-day absence taken by phone", "human", "nl"))

# 095 ---------------------------------------------------------------------
add("correction-new-function-code-in-text", macmail(
    "Kartograaf Acht <kartograaf.acht@meeroutekaart.example.nl>",
    "Wijziging functie", "2010-04-02 10:25",
    """Goedemorgen,

Kleine wijziging: per 1 april ben ik teamleider participatie geworden. Wilt u dat in mijn aanmelding aanpassen? Mijn code is TQ742-V71GB.

Hartelijke groet,
Kartograaf Acht
"""),
    X("a correction of her own function with the code in the text",
      "human", "nl", code=C("TQ742-V71GB")))

# 096 ---------------------------------------------------------------------
add("correction-new-address-en-code-subject", outlook365(
    "Surveyor Nine <surveyor.nine@familyroute.example.com>",
    "RE: Registration confirmed: Almere: Sociale ambities in een groeiende stad [N42WQ-XFX3M]",
    "2010-04-26 12:30",
    """Dear organisers,

From 1 May our organisation merges with a partner and my e-mail address will change to surveyor.nine@familyroute-flevoland.example.com. Could you please update my registration?

Kind regards,
Surveyor Nine
""", lang="EN"),
    X("a change of address for her own registration; the code only in the subject",
      "human", "en", code=C("N42WQ-XFX3M")))

# 097 ---------------------------------------------------------------------
_s97, _b97 = conf_nl("Stuurman Zevenentwintig", "BMZT2-S7R6S", "Stichting Schaalstok",
                     "coördinator jongerenwerk", "stuurman.27@schaalstok.example.nl",
                     phone="036-555 27 27",
                     ia="Stichting Schaalstok, Schaalstokweg 27, 1321 AB Almere",
                     ir="2727")
add("correction-cost-centre-code-in-quote", outlook2003(
    "Stuurman Zevenentwintig <stuurman.27@schaalstok.example.nl>",
    "RE: " + _s97, "2010-04-09 08:55",
    """Goedemorgen,

Ons kostenplaatsnummer is per april gewijzigd: het is nu 2728 in plaats van 2727. Wilt u dat op de factuur zetten?

Met vriendelijke groet,
Stuurman Zevenentwintig""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "woensdag 7 april 2010 14:36", "Stuurman Zevenentwintig", _s97, _b97)),
    X("a correction of the invoice reference in reply to the confirmation; the code in the quote",
      "human", "nl", code=C("BMZT2-S7R6S")))

# 098 ---------------------------------------------------------------------
_s98, _b98 = conf_en("Ferryman TwentyThree", "4PMGK-MV1DM",
                     "Sample Crossings Consultancy", "independent consultant",
                     "ferryman.twentythree@crossings.example.com",
                     phone="06 5552 3230",
                     ia="Sample Crossings Consultancy, Dijkgraafstraat 23, 1334 AB Almere")
add("thanks-en-proton-quote", proton(
    "Ferryman TwentyThree <ferryman.twentythree@crossings.example.com>",
    "Re: " + _s98, "2010-03-31 07:50",
    """Thanks, got it! See you on 1 June.

Ferryman

Sent with Proton Mail secure email.""" + proton_quote(
        "2010-03-30 22:11", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b98)),
    X("thanks in reply to the confirmation; the code in the subject and quote",
      "human", "en", code=C("4PMGK-MV1DM")))

# 099 ---------------------------------------------------------------------
_s99, _b99 = overview_nl("Koploper Honderdnegen", [
    ("Aanjager Vijfenveertig", "aanjager.45@welzijnlegenda.example.nl", "DGE32-K359R", "bevestigd"),
    ("Koploper Zesenveertig", "koploper.46@welzijnlegenda.example.nl", "365AF-WDYMT", "bevestigd"),
    ("Pleinmaker Zevenenveertig", "pleinmaker.47@welzijnlegenda.example.nl", "WNDK0-2GMGN",
     "op de wachtlijst (plaats 1), maximum per organisatie"),
    ("Stuurman Achtenveertig", "stuurman.48@welzijnlegenda.example.nl", "RSZHS-43X7V",
     "op de wachtlijst (plaats 2), maximum per organisatie")])
add("thanks-for-overview-several-codes", outlook2010(
    "Koploper Honderdnegen <koploper.109@welzijnlegenda.example.nl>",
    "RE: " + _s99, "2010-05-03 11:40",
    """Dank voor het overzicht, dat is duidelijk. Ik laat de twee collega's op de wachtlijst zelf weten hoe het zit.

Met vriendelijke groet,
Koploper Honderdnegen""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "maandag 3 mei 2010 10:31", "Koploper Honderdnegen", _s99, _b99)),
    X("HR thanks for the overview of the four she registered; the quote holds four people's codes, none of them hers, so no code",
      "human", "nl"))

# 100 ---------------------------------------------------------------------
_s100, _h100, _t100 = reminder_nl("Kartograaf Negenenveertig", "SGXDF-8ZJJZ", 4,
                                  "dinsdag 23 november 2010", tomorrow=True)
add("absence-tomorrow-reply-to-reminder", ios(
    "Kartograaf Negenenveertig <kartograaf.49@almere.nl>", "Re: " + _s100,
    "2010-11-22 19:30",
    """Ik lig met griep in bed, morgen ben ik er helaas niet. Jammer, de laatste dag.

Kartograaf

Verstuurd vanaf mijn iPhone""" + ios_quote_nl(
        "2010-11-22 10:00", "deSTADSWIJKstudies Almere <aanmelden@example.org>",
        _h100 + "\n\n[...]\n\n" + _t100)),
    X("absent for the last day only, in reply to the day-before reminder; code in the subject and quote",
      "human", "nl", code=C("SGXDF-8ZJJZ")))

# 101 ---------------------------------------------------------------------
add("absence-one-day-en-no-code", fastmail(
    "Weaver FortyThree <weaver.43@compassnetwork.example.org>",
    "23 September", "2010-08-30 09:10",
    """Hello,

Just to let you know that I'll miss the session of 23 September because of a conference abroad. I'll be back for the November days.

Best,
Weaver FortyThree
Example Compass Network
"""),
    X("a one-day absence without a code", "human", "en"))

# 102 ---------------------------------------------------------------------
add("invoice-after-timely-cancellation", outlook365(
    "Crediteurenadministratie Stichting Kaartblad <crediteuren@kaartblad.example.org>",
    "Factuur 2010-0132 onterecht", "2010-06-08 10:45",
    """Geachte heer/mevrouw,

Wij ontvingen factuur 2010-0132 van EUR 1.000,00 voor deelname van Bruggenbouwer Tweeëndertig (code 4ZKFW-QPTCS) aan de leergang. Zij heeft zich echter op 10 mei afgemeld, ruim voor 18 mei. Wij verzoeken u de factuur te crediteren.

Met vriendelijke groet,

Dijkwachter Honderdnegenendertig
Crediteurenadministratie
Stichting Kaartblad
"""),
    X("an invoice complaint for a participant who cancelled in time, with her code",
      "human", "nl", code=C("4ZKFW-QPTCS")))

# 103 ---------------------------------------------------------------------
_s103, _h103, _t103 = reminder_nl("Ontwerper Een", "5BPVZ-AJZCQ", 2,
                                  "donderdag 23 september 2010", tomorrow=True)
add("complaint-too-many-reminders", outlook365(
    "Ontwerper Een <ontwerper.een@kaartblad.example.org>", "RE: " + _s103,
    "2010-09-22 10:30",
    """Goedemorgen,

Ik krijg nu de derde mail over 23 september: twee herinneringen en daarvoor nog een agendabericht van mijn eigen organisatie. Kan het wat minder? Eén herinnering per dag is voor mij genoeg. Ik kom gewoon.

Groet,
Ontwerper Een""" + o365_quote_nl(ROBOT, "2010-09-22 10:00",
                                 "Ontwerper Een <ontwerper.een@kaartblad.example.org>",
                                 _s103, _h103 + "\n\n[...]\n\n" + _t103, line=True)),
    X("a complaint about the number of reminders, in reply to one; code in subject and quote",
      "human", "nl", code=C("5BPVZ-AJZCQ")))
