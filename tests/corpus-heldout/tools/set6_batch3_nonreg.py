"""Set 6, batch 3: mail that must not register anyone (typed by hand):
details only in a PDF, questions, how-to requests, mail for a person."""
from set6_lib import *  # noqa: F401,F403

# 061 details only in an attached PDF
m = outlook2010("Secretariaat Kinderopvang Zandkasteel <secretariaat@zandkasteel.example.nl>",
    "Aanmeldformulier leergang", "2010-03-31 15:22",
    """Geachte heer/mevrouw,

Bijgaand treft u het ingevulde aanmeldformulier aan van onze
locatiemanager voor de leergang deSTADSWIJKstudies Almere.

Met vriendelijke groet,

Secretariaat
Kinderopvang Zandkasteel""")
m = with_attachments(m, [attachment(lib.pdf([
    "Aanmeldformulier deSTADSWIJKstudies op locatie Almere",
    "Naam: Zandloper Honderdtwintig", "Organisatie: Kinderopvang Zandkasteel",
    "Functie: locatiemanager", "E-mail: zandloper120@zandkasteel.example.nl",
    "Telefoon: 036 555 1200", "Factuuradres: Postbus 120, 1300 AA Almere"]),
    "application", "pdf", "aanmeldformulier_leergang.pdf")])
add("pdf-only-nl-outlook2010", m,
    X("the participant's details are only in the PDF: a person must read it", "human", "nl"))

# ---- questions ----

# 062 only days 3 and 4
add("q-nl-outlook-days34", outlook("Vraagsteller Tweeenzestig <v62@ateliergroen.example.org>",
    "Vraag over deelname", "2010-03-08 10:22", """Goedemorgen,

Ik begin per 1 augustus als projectleider bij Stichting Ateliergroen en
zou graag aan de leergang deelnemen. Dag 1 en dag 2 lukken dan
waarschijnlijk niet meer (dag 1 zit ik nog bij mijn oude werkgever).

Is het mogelijk om alleen dag 3 en dag 4 te volgen, en zo ja, geldt dan
een lager tarief?

Met vriendelijke groet,
Vraagsteller Tweeenzestig"""),
    X("asks whether two of the four days can be followed, and at what fee", "question", "nl", q="yes"))

# 063 slides afterwards
add("q-en-gmail-slides", gmail("Reader SixtyThree <reader63@librarypartners.example.net>",
    "Presentations after the course days?", "2010-03-09 13:05", """Hello,

Two of us will attend the course. Will the speakers' presentations be
made available afterwards, so that we can share them with colleagues who
could not come? If so, may we put them on our intranet?

Kind regards,
Reader SixtyThree
Example Library Partners"""),
    X("asks whether slides are shared afterwards", "question", "en", q="yes"))

# 064 two people sharing one seat
add("q-nl-notes-share-seat", notes("Deeltijder Vierenzestig <deeltijder64@thuiszorgkladwerk.example.nl>",
    "Plaats delen?", "2010-03-15 11:40", """Beste organisatie,

Wij zijn met twee parttime collega's die allebei graag willen
deelnemen, maar het budget is er maar voor één plaats. Mogen wij één
plaats delen, waarbij de een dag 1 en 3 gaat en de ander dag 2 en 4?
Wij melden ons pas aan als u laat weten dat dat kan.

Met vriendelijke groet,
Deeltijder Vierenzestig
Thuiszorg Kladwerk"""),
    X("asks whether two part-timers may share one seat; not a registration yet", "question", "nl",
      q="yes"))

# 065 a quotation before a purchase order
add("q-nl-outlook2003-offerte", outlook2003("Inkoper Vijfenzestig <inkoop@ggzoefenterrein.example.org>",
    "Offerte leergang deSTADSWIJKstudies", "2010-03-18 14:30", """Geachte heer/mevrouw,

Voordat onze medewerkers zich kunnen aanmelden voor de leergang
deSTADSWIJKstudies Almere, hebben wij een offerte nodig om een
inkooporder te kunnen aanmaken. Kunt u ons een offerte sturen voor drie
deelnemers, met vermelding van het btw-bedrag?

Met vriendelijke groet,

Inkoper Vijfenzestig
Afdeling Inkoop
GGZ Oefenterrein"""),
    X("asks for a quotation before anyone registers", "question", "nl", q="yes"))

# 066 invoice to a funder
add("q-en-thunderbird-funder", tb("Companion SixtySix <companion66@streethealth.example.org>",
    "Invoice to our funder?", "2010-03-22 16:48", """Dear organisers,

Our participation would be paid by a charitable fund rather than by our
own organisation. Can the invoice be made out to the fund (with our
name as the participating organisation), or does it have to be
addressed to us? I'd like to know before I register.

Kind regards,
Companion SixtySix
Example Street Health Almere"""),
    X("asks whether a fund can be invoiced; registration still to come", "question", "en", q="yes"))

# 067 a question in reply to the confirmation (code L69W6-LS9BW)
s, b = conf_nl("Gespreksgenoot Een", "L69W6-LS9BW", "Stichting Schetsboek",
               "coördinator buurtkamers", "g.een@schetsboek.example.nl", phone="036 - 555 01 01",
               diet="vegetarisch, geen vis",
               ia="Stichting Schetsboek, t.a.v. crediteurenadministratie, Postbus 1101, 1300 BC Almere",
               ir="SB-2010-014")
add("q-nl-outlook2010-reply-conf", outlook2010("Gespreksgenoot Een <g.een@schetsboek.example.nl>",
    "RE: " + s, "2010-04-28 09:30", "Beste organisatie,\n\nDank voor de bevestiging. Is er literatuur "
    "die ik vóór 1 juni moet lezen, of wordt er een reader uitgedeeld op de eerste dag?\n\n"
    "Met vriendelijke groet,\nGespreksgenoot Een" +
    outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                     "dinsdag 2 maart 2010 9:12", "Gespreksgenoot Een", s, b),
    irt=robot_mid("confirmation", "L69W6-LS9BW")),
    X("question about preparation in reply to her confirmation; carries its code", "question", "nl",
      code="L69W6-LS9BW", q="yes"))

# 068 a speech-to-text interpreter
add("q-nl-iphone-tolk", iphone("Luisteraar Achtenzestig <luisteraar68@meeschaalmodel.example.org>",
    "Schrijftolk", "2010-04-02 08:12", """Goedemorgen,

Ik ben slechthorend en volg lezingen met een schrijftolk. Is er in de zaal van de bibliotheek een ringleiding, en kan ik een tolk meenemen (die regel ik zelf via UWV)? Zijn daar kosten aan verbonden voor de lunch van de tolk?

Groet,
Luisteraar Achtenzestig

Verzonden vanaf mijn iPhone"""),
    X("accessibility question (interpreter, hearing loop)", "question", "nl", q="yes"))

# 069 the list of participating organisations
add("q-en-apple-participants", apple("Onlooker SixtyNine <onlooker69@familysupport.example.com>",
    "Which organisations take part?", "2010-04-06 12:20", """Hi,

Before we decide who to send: is there a list of the organisations that
have registered so far? We'd like to know whether the schools and the
housing corporations will be there, since that determines whether my
director or I should go.

Thanks,
Onlooker SixtyNine
Sample Family Support Almere"""),
    X("asks which organisations take part", "question", "en", q="yes"))

# 070 what if the course does not go ahead
add("q-nl-gmail-doorgang", gmail("Penningmeester Zeventig <penningmeester70@buurtpastoraat.example.nl>",
    "Vraag over betaling", "2010-04-09 19:50", """Goedenavond,

Onze buurtpastor heeft zich aangemeld voor de leergang. Als penningmeester
wil ik graag weten: wanneer wordt de factuur gestuurd, en wat gebeurt er
met het geld als de leergang door te weinig aanmeldingen niet doorgaat?

Met vriendelijke groet,
Penningmeester Zeventig
Stichting Buurtpastoraat Kladstad"""),
    X("a treasurer asks about invoicing and refund if the course is cancelled", "question", "nl",
      q="yes"))

# 071 seconded: which pool?
add("q-nl-zarafa-detachering", zarafa("Gedetacheerde Eenenzeventig <g71@schuldhulpvoorbeeldpolder.example.nl>",
    "Onder welke plaatsen val ik?", "2010-04-12 10:45", """Beste secretariaat,

Ik ben in dienst van de gemeente Almere maar voor drie dagen per week
gedetacheerd bij Schuldhulp Voorbeeldpolder; ik mail vanaf mijn adres
daar. Val ik onder de twintig gemeenteplaatsen (zonder kosten) of moet
de stichting de bijdrage betalen? Ik wil me pas aanmelden als dat
duidelijk is.

Groet,
Gedetacheerde Eenenzeventig"""),
    X("a seconded employee asks which pool and fee apply before registering", "question", "nl",
      q="yes"))

# 072 an assistance dog
add("q-en-yahoo-dog", yahoo("Companion SeventyTwo <companion72@freemail.example.net>",
    "Assistance dog", "2010-04-14 20:30", """Hello,

I am registered through my employer. I'm visually impaired and come with
my guide dog. Is the dog welcome in the Nieuwe Lokaal and during lunch,
and is there a quiet spot where she can lie down?

Many thanks,
Companion SeventyTwo"""),
    X("accessibility question about a guide dog", "question", "en", q="yes"))

# 073 hypothetical: a colleague for one day
add("q-nl-kmail-dag2-collega", kmail("Wisselaar Drieenzeventig <wisselaar73@kladstad.example.nl>",
    "dag 2 collega?", "2010-04-19 09:58", """Hallo,

Stel dat ik op 23 september verhinderd ben (er staat een verhuizing van
onze vestiging gepland rond die datum): mag er dan voor die ene dag een
collega in mijn plaats komen, en kom ik de andere dagen zelf?

Groet,
Wisselaar Drieenzeventig
Bibliotheek Kladstad"""),
    X("hypothetical question about sending a colleague for one day", "question", "nl", q="yes"))

# 074 in-company
add("q-nl-outlook2010-incompany", outlook2010("Directeur Vierenzeventig <directie@ggdschaalstad.example.nl>",
    "Leergang in company?", "2010-04-21 11:11", """Geachte organisatie,

Wij hebben met belangstelling kennisgenomen van de leergang. Bestaat de
mogelijkheid om een vergelijkbaar programma in 2011 voor onze eigen
organisatie (circa 25 medewerkers) te laten verzorgen? Met wie kan ik
daarover contact opnemen?

Met vriendelijke groet,

Directeur Vierenzeventig
GGD Schaalstad"""),
    X("asks about an in-company programme", "question", "nl", q="yes"))

# 075 written terms for the auditor
add("q-en-owa-terms", owa("Controller SeventyFive <controller75@refugeehousing.example.org>",
    "Terms and conditions", "2010-04-23 14:02", """Dear Sir or Madam,

Our auditor requires written terms for every training we pay for. Do you
have general terms and conditions for the course (cancellation, payment
term), and could you send them to me as a PDF?

Regards,
Controller SeventyFive
Example Refugee Housing Almere"""),
    X("asks for written terms and conditions", "question", "en", q="yes"))

# 076 photography
add("q-nl-claws-foto", claws("Schuwe Zesenzeventig <schuwe76@proefdruk.example.nl>",
    "foto's en film tijdens de leergang", "2010-04-27 13:33", """Dag,

Ik ben aangemeld voor de leergang. Worden er tijdens de dagen foto's of
video-opnames gemaakt, bijvoorbeeld voor de website van de gemeente?
Vanwege mijn werk (ik begeleid slachtoffers van huiselijk geweld) wil ik
niet herkenbaar in beeld komen. Kan daar rekening mee worden gehouden?

Groet,
Schuwe Zesenzeventig"""),
    X("asks about photography during the course days", "question", "nl", q="yes"))

# 077 bringing in a case
add("q-nl-outlook-casus", outlook("Praktijkman Zevenenzeventig <praktijkman77@plattegrond.example.nl>",
    "Eigen casus inbrengen", "2010-05-06 10:05", """Goedemorgen,

In de folder staat dat elke dag ruimte is voor praktijkinbreng. Kunnen
deelnemers zelf een casus uit hun wijk inbrengen, bijvoorbeeld op dag 3
over schulden bij huurders? Zo ja, bij wie moet ik dat vooraf aangeven
en hoeveel tijd is daarvoor?

Met vriendelijke groet,
Praktijkman Zevenenzeventig
Woonstichting Plattegrond"""),
    X("asks whether participants can bring in a case", "question", "nl", q="yes"))

# 078 before registering: maternity leave until after day 1
add("q-en-gmail-leave", gmail("Mentor SeventyEight <mentor78@sampleuas.example.edu>",
    "Register while on leave?", "2010-05-10 21:14", """Dear organisers,

I would like to register for the course, but I'm on maternity leave
until 1 July, so I would miss the first day. Can I still sign up for the
whole course, and would the fee be the same for three days?

Best wishes,
Mentor SeventyEight
Sample University of Applied Sciences"""),
    X("asks before registering whether missing day 1 is possible and the fee", "question", "en",
      q="yes"))

# ---- how to register, programme ----

add("help-nl-gmail-hoe", gmail("Buurtvader Negenenzeventig <buurtvader79@gmail.example.com>",
    "aanmelden?", "2010-03-04 20:02", """Hallo,

Hoe kan ik mij aanmelden voor de leergang over Almere? Moet ik een
formulier invullen of kan het gewoon per mail?

Groet,
Buurtvader"""),
    X("asks how to register", "help", "nl"))

add("help-en-thunderbird-programme", tb("Listener Eighty <listener80@neighbourhoodworks.example.org>",
    "Programme and sign-up", "2010-03-16 09:30", """Hello,

A colleague mentioned your course in Almere. Could you send me the
programme and tell me how to sign up?

Thank you,
Listener Eighty"""),
    X("asks for the programme and how to sign up", "help", "en"))

add("help-nl-owa-data", owa("Ambtgenoot Eenentachtig <agenoot81@almere.nl>",
    "data en locatie leergang", "2010-04-07 15:00", """Hoi,

Wat zijn precies de data en tijden van de leergang, en waar is het? Ik
wil het vast in mijn agenda zetten voordat ik me aanmeld.

Groet,
Ambtgenoot Eenentachtig"""),
    X("asks for dates, times and venue", "help", "nl"))

add("help-nl-notes-folder", notes("Receptie Zorggroep Ontwerp <receptie@zorggroepontwerp.example.com>",
    "Folder leergang", "2010-04-29 11:20", """Geachte heer/mevrouw,

Wij hebben de folder van de leergang deSTADSWIJKstudies niet meer. Kunt
u ons het programma en de manier van aanmelden toesturen?

Met vriendelijke groet,
Receptie Zorggroep Ontwerp"""),
    X("asks for the programme and the way to register", "help", "nl"))

# ---- for a person ----

# 083 conditional on a grant, with a full form
add("cond-nl-outlook2010-subsidie", outlook2010("Aanvrager Drieentachtig <aanvrager83@jongerenwerkplaats.example.nl>",
    "Aanmelding onder voorwaarde", "2010-03-25 10:10", """Beste organisatie,

Wij hebben bij een fonds subsidie aangevraagd voor scholing; half mei
horen wij of die wordt toegekend. Alleen als dat zo is, kan ik deelnemen.
Voor de volledigheid alvast mijn gegevens:

Naam: Aanvrager Drieentachtig
Organisatie: Stichting Jongerenwerkplaats
Functie: coördinator straathoekwerk
E-mail: aanvrager83@jongerenwerkplaats.example.nl
Telefoon: 06 5550 8383

Ik laat het u weten zodra ik bericht heb.

Met vriendelijke groet,
Aanvrager Drieentachtig"""),
    X("registration only if a grant is awarded: conditional, for a person", "human", "nl"))

# 084 hold a seat
add("hesitant-en-macoutlook-hold", macoutlook("Wavering EightyFour <wavering84@librarypartners.example.net>",
    "Could you hold a seat?", "2010-04-08 17:30", """Hi,

I'm very interested in the course, but my manager is on holiday until
26 April and I can't commit without her approval. Could you keep a seat
for me until then? I'd be with Example Library Partners.

Thanks so much,
Wavering EightyFour"""),
    X("asks to hold a seat pending approval: hesitant, for a person", "human", "en", q="yes"))

# 085 conditional: only if missing day 2 is acceptable
add("cond-nl-tb-dag2", tb("Twijfelaar Vijfentachtig <twijfelaar85@ateliergroen.example.org>",
    "aanmelding, maar...", "2010-04-15 12:44", """Hallo,

Ik wil me graag aanmelden, maar op 23 september ben ik op een congres in
Gent. Als het geen probleem is dat ik die dag mis, dan doe ik mee;
anders wacht ik liever tot een volgende editie. Laat u het me weten?

Naam: Twijfelaar Vijfentachtig
Stichting Ateliergroen, educatief medewerker
twijfelaar85@ateliergroen.example.org

Groet,
Twijfelaar"""),
    X("registers only if missing one day is acceptable; asks: conditional", "human", "nl", q="yes"))

# 086 decline of the organiser's invitation
inv_text = """Geachte heer, mevrouw,

De gemeente Almere nodigt uw organisatie van harte uit om deel te nemen
aan de leergang deSTADSWIJKstudies op locatie Almere: "Almere: Sociale
ambities in een groeiende stad", op 1 juni, 23 september, 2 november en
23 november 2010. U kunt medewerkers aanmelden via aanmelden@example.org.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere"""
add("decline-nl-outlook-invitation", outlook("Bestuurder Zesentachtig <bestuur@sportservicetestveld.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies op locatie Almere", "2010-03-19 09:44",
    "Geachte heer, mevrouw,\n\nDank voor de uitnodiging. Helaas zien wij dit jaar af van deelname: "
    "wij zitten midden in een fusie en kunnen niemand vier dagen vrijmaken. Wij hopen bij een "
    "volgende editie wel van de partij te zijn.\n\nMet vriendelijke groet,\n\nBestuurder Zesentachtig\n"
    "Sportservice Testveld" +
    outlook_quote_nl("Programmasecretariaat DMO", "maandag 1 maart 2010 10:00", "Bestuurder Zesentachtig",
                     "Uitnodiging leergang deSTADSWIJKstudies op locatie Almere", inv_text)),
    X("declines the organiser's invitation", "human", "nl"))

# 087 decline in English
add("decline-en-gmail", gmail("Director EightySeven <director87@sampleyouthtrust.example.org>",
    "Re: deSTADSWIJKstudies Almere", "2010-04-01 08:20", """Dear colleagues,

Thank you for thinking of us. After discussing it in our team we have
decided that nobody from our organisation will take part this year; the
timing clashes with our own training programme.

With kind regards,
Director EightySeven
Sample Youth Trust"""),
    X("a decline: nobody will take part", "human", "en"))

# 088 a caterer
add("vendor-nl-outlook-catering", outlook("Verkoper Achtentachtig <sales@smakelijkproef.example.com>",
    "Lunch voor uw leergang", "2010-03-26 11:05", """Geachte organisator,

Wij lazen dat u dit jaar een vierdaagse leergang organiseert in De Nieuwe
Bibliotheek. Catering Smakelijk Proef verzorgt al jaren lunches voor
bijeenkomsten in Almere, met biologische en streekproducten. Graag maken
wij een offerte voor u; mag ik u volgende week bellen?

Met smakelijke groet,
Verkoper Achtentachtig
Catering Smakelijk Proef
036 555 8888"""),
    X("a caterer offering lunches, personally addressed: vendor", "human", "nl"))

# 089 software vendor
add("vendor-en-event-app", plain("Account Manager EightyNine <am89@eventsoft.example.com>",
    "Registrations for your Almere course - quicker with EventForm", "2010-04-12 15:30",
    """Dear organiser,

I noticed you take registrations for "deSTADSWIJKstudies Almere" by
e-mail. With EventForm your participants register online, get their
confirmation and calendar invite instantly, and you get one overview of
all registrations and invoices.

Could I show you a 20-minute demo next week?

Best regards,
Account Manager EightyNine
EventForm Benelux | +31 20 555 8989""", extra=[("X-Mailer", "Microsoft Outlook 14.0")]),
    X("a software vendor writing personally", "human", "en"))

# 090 another event with a full form
add("other-event-nl-netwerk", outlook2003("Netwerker Negentig <netwerker90@humanitasvoorontwerp.example.net>",
    "Aanmelding netwerkbijeenkomst 15 april", "2010-04-06 16:16", """Beste,

Hierbij meld ik mij aan voor de netwerkbijeenkomst Sociale Agenda op
donderdag 15 april in het stadhuis (16.00-18.00 uur).

Naam: Netwerker Negentig
Organisatie: Humanitas Voorontwerp
Functie: regiomanager
E-mail: netwerker90@humanitasvoorontwerp.example.net
Telefoon: 036 555 9000

Met vriendelijke groet,
Netwerker Negentig"""),
    X("a full form, but for another event (a network meeting on 15 April)", "human", "nl"))

# 091 another course in English with a full form
add("other-course-en-gmail", gmail("Learner NinetyOne <learner91@debtrelief.example.org>",
    "Registration: Debt Counselling Masterclass", "2010-04-16 10:40", """Hello,

I would like to register for the Debt Counselling Masterclass (two
afternoons in June, Example Academy Utrecht).

Name: Learner NinetyOne
Organisation: Example Debt Relief Trust
Function: senior debt counsellor
E-mail: learner91@debtrelief.example.org
Phone: 036 555 9191

Kind regards,
Learner NinetyOne"""),
    X("a complete form for another course", "human", "en"))

# 092 the organiser replies to the digest quoting three codes
digest = """Dagoverzicht van de aanmeldingen, 20-04-2010
Almere: Sociale ambities in een groeiende stad

Wijzigingen sinds het vorige overzicht van 19-04-2010.
Nog 42 dagen tot cursusdag 1, 01-06-2010:
Ambities van bewoners.

PLAATSEN PER POOL
  gemeente: 9 bevestigd, 11 vrij (van 20), 0 op de wachtlijst
  organisaties: 33 bevestigd, 7 vrij (van 40), 4 op de wachtlijst
  Totaal: 42 bevestigd, 18 vrij (van 60), 4 op de wachtlijst

WAT IS ER VERANDERD
  Nieuwe aanmeldingen (3):
    - Navigator Zevenentachtig, GGD Schaalstad [97R28-XW69S] in organisaties: bevestigd (19-04 10:13)
    - Stagiair Honderdtwee, Buurtwerk Concepthaven [V3FT5-XNXXL] in organisaties: wachtlijst (19-04 14:40)
    - Ambtgenoot Honderddrie [WDUM4-UWRHM] in gemeente: bevestigd (19-04 16:02)"""
add("organiser-nl-digest-reply", outlook("Programmasecretariaat DMO <secretariaat@almere.nl>",
    "RE: Dagoverzicht 20-04-2010: 42 bevestigd, 18 vrij, 4 wachtend", "2010-04-20 09:15",
    "Ter info voor mezelf: Stagiair Honderdtwee is stagiair, met de gebiedsmanager afstemmen of de "
    "stichting betaalt. Ambtgenoot Honderddrie graag nog afdeling navragen. Navigator Zevenentachtig is "
    "akkoord.\n\nSecretariaat" +
    outlook_quote_nl("deSTADSWIJKstudies Almere", "dinsdag 20 april 2010 8:00", "Programmasecretariaat DMO",
                     "Dagoverzicht 20-04-2010: 42 bevestigd, 18 vrij, 4 wachtend", digest)),
    X("the organiser's own note in reply to the digest; three other people's codes, no code label",
      "human", "nl"))

# 093 the organiser passes on a registration taken by phone
add("organiser-nl-phone-registration", outlook("Programmasecretariaat DMO <secretariaat@almere.nl>",
    "telefonische aanmelding", "2010-04-27 14:20", """Telefonisch aangemeld vanochtend, graag invoeren:

Beller Drieennegentig
Stichting Buurtpastoraat Kladstad, vrijwilliger
beller93@buurtpastoraat.example.nl
036 555 9393
factuur als bij Zoeker Negentig

Secretariaat DMO"""),
    X("the organiser passes on a registration she took by phone: her own mail, for a person",
      "human", "nl"))

# 094 the organiser asks the robot's mailbox to send the director the list
add("organiser-nl-wethouder", outlook("Programmasecretariaat DMO <secretariaat@almere.nl>",
    "wethouder uitnodigen dag 4", "2010-05-12 10:02", """Hoi,

Notitie: de wethouder wil op 23 november de afsluiting bijwonen. Zij
hoeft niet als deelnemer ingeschreven te worden, wel op de
presentielijst van dag 4 als gast.

Secretariaat"""),
    X("the organiser's note about a guest on day 4", "human", "nl"))

# 095 a correction with code in her own text (WYVR3-ZLUMQ)
add("correction-nl-outlook-phone", outlook("Vraagbaak Achttien <vraagbaak18@schetsstad.example.org>",
    "Wijziging telefoonnummer WYVR3-ZLUMQ", "2010-04-30 09:05", """Beste organisatie,

Mijn telefoonnummer is gewijzigd; wilt u dit aanpassen in uw
administratie? Nieuw nummer: 036 - 555 18 00. Referentiecode
WYVR3-ZLUMQ.

Met vriendelijke groet,
Vraagbaak Achttien"""),
    X("correction of her own phone number, with her code", "human", "nl", code="WYVR3-ZLUMQ"))

# 096 a correction without code
add("correction-en-gmail-name", gmail("Guide EightyThree <guide83@youthnetwork.example.org>",
    "Spelling of my name", "2010-05-04 11:30", """Hello,

My manager registered me last month and I see my surname was spelt
wrong in the confirmation ("Guide EigthyThree"). Could you correct it to
Guide EightyThree, so that my certificate is right?

Thanks,
Guide EightyThree"""),
    X("asks to correct the spelling of her name; no code", "human", "en"))

# 097 a diet added, code only in the quoted confirmation (6MMUW-8ZCMR)
s, b = conf_en("Auditor ThirtyEight", "6MMUW-8ZCMR", "Sample Elderly Care Almere",
               "location manager De Polderhof", "auditor38@elderlycare.example.com",
               phone="036 555 3838", diet="kosher",
               ia="Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere")
add("correction-en-outlook2010-diet", outlook2010("Auditor ThirtyEight <auditor38@elderlycare.example.com>",
    "RE: " + s, "2010-05-05 08:20", "Hello,\n\nOne correction: besides kosher I also need a nut-free "
    "lunch (allergy). Could you pass that on to the caterer?\n\nThanks,\nAuditor ThirtyEight" +
    outlook_quote_en("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                     "Monday, April 26, 2010 8:39 AM", "Auditor ThirtyEight", s, b), lang="EN",
    irt=robot_mid("confirmation", "6MMUW-8ZCMR")),
    X("adds an allergy to his registration: a correction, code in the quote", "human", "en",
      code="6MMUW-8ZCMR"))

# 098 thanks with code (L384F-5XAA4)
s, b = conf_en("Reader Twelve", "L384F-5XAA4", "Example Debt Relief Trust", "debt counsellor",
               "reader12@debtrelief.example.org", phone="036 555 1212",
               ia="Example Debt Relief Trust, Stationsstraat 12, 1315 JR Almere", ir="DRT/Training/2010")
add("thanks-en-evolution-conf", evolution("Reader Twelve <reader12@debtrelief.example.org>",
    "Re: " + s, "2010-03-12 10:30", "Great, thank you! Looking forward to it.\n\nReader\n\n"
    "On Fri, 2010-03-12 at 10:05 +0100, deSTADSWIJKstudies Almere wrote:\n" + quote(b),
    irt=robot_mid("confirmation", "L384F-5XAA4")),
    X("a thank-you in reply to the confirmation; carries its code", "human", "en", code="L384F-5XAA4"))

# 099 thanks without code
add("thanks-nl-android", android("Zaalgenoot Veertien <z.veertien@testveld.example.nl>",
    "Re: bevestiging", "2010-03-15 13:40", """Top, dank voor de snelle bevestiging! Tot 1 juni.

Zaalgenoot"""),
    X("a short thank-you without code", "human", "nl"))

# 100 absent one day, with code (6MC89-RL8A2)
add("absent-nl-owa-day3", owa("Stadsdenker Dertig <sdertig@almere.nl>",
    "afwezig 2 november - 6MC89-RL8A2", "2010-10-18 09:40", """Beste secretariaat,

Op 2 november (dag 3) moet ik helaas verstek laten gaan vanwege een
raadsvergadering die niet te verzetten is. De andere dagen ben ik er
gewoon. Mijn code is 6MC89-RL8A2.

Groet,
Stadsdenker Dertig"""),
    X("absent on one day only: not a cancellation; code in subject and text", "human", "nl",
      code="6MC89-RL8A2"))

# 101 absent one day, without code
add("absent-en-thunderbird-day4", tb("Listener FortyThree <listener43@neighbourhoodworks.example.org>",
    "Absence 23 November", "2010-11-08 14:12", """Dear organisers,

I'm afraid I can't attend the last day on 23 November because of our
annual general meeting. I'll be there on the other days as planned.

Best,
Listener FortyThree"""),
    X("absent on one day only, no code", "human", "en"))

# 102 an invoice complaint with code (P5YHY-EZNJM)
add("complaint-en-alpine-invoice", alpine("Apprentice TwentyOne <a.twentyone@sampleuas.example.edu>",
    "Invoice received twice (P5YHY-EZNJM)", "2010-06-14 10:20", """Dear secretariat,

Our faculty office has received two invoices of EUR 1,000 for my
participation (reference code P5YHY-EZNJM), with different invoice
numbers. Only one can be right; could you withdraw the other one and
confirm that to the faculty office?

Regards,
Apprentice TwentyOne"""),
    X("invoice complaint with her code; needs a person", "human", "en", code="P5YHY-EZNJM"))

# 103 a practice guest asks about arrangements
add("speaker-nl-gmail-praktijk", gmail("Inspirator Honderddrie <inspirator103@wijkonderneming.example.nl>",
    "Praktijkinbreng dag 3", "2010-09-30 16:45", """Beste organisatie,

Ik ben gevraagd om op 2 november als gast uit de praktijk aan te
schuiven bij het gesprek over schulden in de wijk. Hoe laat word ik
verwacht, is er een beamer voor een paar foto's, en kan ik mijn
reiskosten declareren?

Hartelijke groet,
Inspirator Honderddrie
Wijkonderneming Kladhaven"""),
    X("a practice guest (speaker side) asks about arrangements", "human", "nl", q="yes"))
