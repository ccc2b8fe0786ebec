"""Set 2, batch 3: people who write but register nobody (hand-written)."""
from set2_lib import (add, X, P, plain, tb, mutt, iphone, outlook, gmail,
                      apple, webmail, d, mid, nxt, quote, conf_nl, conf_en,
                      wait_nl, wait_en, incomplete_nl, reminder_nl, robot_mid,
                      ORG, TITLE)

# ---- questions that use registration words --------------------------------

add("q-nl-nog-aanmelden-twijfel-sig-form", outlook(
    "Twijfelaar Dertien <twijfel13@corporatie-voorbeeldhuis.example.nl>",
    "Vraag over aanmelden leergang", "2010-04-20 10:45", """\
Goedemorgen,

Kan ik me nog aanmelden voor de leergang, of is hij al vol? Ik twijfel nog of ik de vier dagen kan vrijmaken.

Met vriendelijke groet,

Twijfelaar Dertien
Functie: projectmedewerker leefbaarheid
Organisatie: Corporatie Voorbeeldhuis
Telefoon: 036-5406013
E-mail: twijfel13@corporatie-voorbeeldhuis.example.nl
"""), X("asks whether registering is still possible and says she is in doubt; the signature looks like a form but registers nobody",
        "question", "nl", q="yes"))

add("q-en-still-open-not-sure", gmail(
    "Wonderer Fourteen <wonderer14@example-arts.example.org>",
    "Is registration open?", "2010-04-21 22:10", """\
Hi,

Is registration for the Almere course still open? I am not sure yet whether I can make it on all four days, so I'd like to know my options before I sign up.

Thanks,
Wonderer Fourteen
Example Arts Centre
+31 36 533 14 14
"""), X("asks if registration is open; not yet a registration", "question", "en", q="yes"))

add("q-nl-parkeren-sig-email-line", apple(
    "Automobilist Vijftien <auto15@sportservice-voorbeeld.example.nl>",
    "parkeren", "2010-04-22 08:02", """\
Hallo,

Is er parkeergelegenheid bij De Nieuwe Bibliotheek, of kan ik beter met de trein komen? En zo ja, wordt parkeren vergoed?

Groet,
Automobilist Vijftien
Sportservice Voorbeeld
Tel: 06-15151515
E-mail: auto15@sportservice-voorbeeld.example.nl
"""), X("question about parking; the signature's E-mail: line is no registration",
        "question", "nl", q="yes"))

add("q-nl-hoeveel-plaatsen", iphone(
    "Teller Zestien <teller16@jeugdwerk-oost.example.nl>",
    "Plaatsen?", "2010-04-23 12:30", """\
Hoeveel plaatsen zijn er nog vrij voor maatschappelijke organisaties? Wij willen er misschien met drie mensen heen.

Verstuurd vanaf mijn iPhone"""), X("asks how many seats are left; 'misschien' with three people",
                                   "question", "nl", q="yes"))

add("q-nl-per-dag-of-vier", tb(
    "Planner Zeventien <planner17@welzijnshuis-modelstad.example.nl>",
    "Aanmelden per dag?", "2010-04-26 09:09", """\
Goedemorgen,

Moet je je voor alle vier de dagen aanmelden, of kan dat ook per dag? Ik zou vooral dag 3 (Wonen met en zonder zorgen) willen bijwonen. Wat kost één dag?

Groet,
Planner Zeventien
Welzijnshuis Modelstad
"""), X("asks whether one can register per day and what one day costs",
        "question", "nl", q="yes"))

add("q-en-cap-per-organisation", outlook(
    "Manager Eighteen <manager18@example-youthcare.example.org>",
    "Question about the number of places per organisation", "2010-04-27 14:00", """\
Dear organiser,

We understood that until 11 May an organisation can register at most three people. We have five colleagues who are interested. Can we register all five now and will the last two get a seat after 11 May if places are left? Or should we wait until then?

Kind regards,
Manager Eighteen
Example Youth Care Almere
""", lang="EN-GB"), X("asks how the per-organisation cap works before registering anyone",
                     "question", "en", q="yes"))

add("q-nl-termijnen-betalen", outlook(
    "Boekhouder Negentien <boekhouder19@stichting-proefwijk.example.nl>",
    "Betaling leergang", "2010-04-28 11:20", """\
Geachte heer/mevrouw,

Twee collega's van ons zijn al aangemeld. Is het mogelijk de bijdrage van EUR 1.000 per deelnemer in twee termijnen te betalen, bijvoorbeeld in 2010 en begin 2011?

Met vriendelijke groet,
Boekhouder Negentien
Financiële administratie, Stichting Proefwijk
"""), X("payment question from the finance department", "question", "nl", q="yes"))

add("q-nl-geschikt-vrijwilligers", webmail(
    "Vrijwilliger Twintig <vrijwilliger20@buurtcentrum-testwijk.example.nl>",
    "vraagje", "2010-04-29 19:40", """\
Beste,

Ik ben vrijwilliger bij een buurtcentrum. Is de leergang ook bedoeld voor vrijwilligers, of alleen voor beroepskrachten? En moet mijn buurtcentrum dan ook de 1000 euro betalen? Dan meld ik me liever niet aan.

Groetjes,
Vrijwilliger Twintig
""", agent="SquirrelMail/1.4.19"), X("asks who the course is for; no registration yet",
                                   "question", "nl", q="yes"))

add("q-en-language-expat", apple(
    "Expat Twentyone <expat21@example-debthelp.example.org>",
    "Language of the course", "2010-04-30 10:15", """\
Hello,

I work for Example Debt Help Almere and I'm interested in the course. I only speak a little Dutch. Are the lectures in Dutch, and would it make sense for me to register?

Best regards,
Expat Twentyone
"""), X("asks about the language before registering", "question", "en", q="yes"))

add("q-nl-presentaties-achteraf", gmail(
    "Gemiste Tweeëntwintig <gemist22@ggd-voorbeeldland.example.nl>",
    "Presentaties", "2010-05-03 09:55", """\
Goedemorgen,

Helaas kon ik mij niet meer aanmelden omdat ik te laat was. Worden de presentaties van de sprekers na afloop ergens gepubliceerd? Dan kan ik ze toch nalezen.

Vriendelijke groet,
Gemiste Tweeëntwintig
"""), X("asks whether the slides will be published; 'kon mij niet meer aanmelden' is past tense",
        "question", "nl", q="yes"))

add("q-nl-een-dag-bijwonen", outlook(
    "Deeltijd Drieëntwintig <deeltijd23@almere.nl>",
    "Alleen 2 november?", "2010-05-04 15:30", """\
Hoi,

Is het mogelijk om alleen op 2 november aan te schuiven? Het thema wonen en zorg sluit precies aan bij mijn werk, de andere dagen heb ik geen tijd. Als dat kan, hoe meld ik me daarvoor aan?

Groet,
Deeltijd Drieëntwintig
Gemeente Almere, DMO
"""), X("municipal employee asks whether she can attend one day only", "question", "nl", q="yes"))

add("q-nl-commercieel-bureau", mutt(
    "Adviseur Vierentwintig <adviseur24@voorbeeldadvies.example.com>",
    "Aanmelden als adviesbureau?", "2010-05-05 08:40", """\
Geachte secretariaat,

Ik wil me eigenlijk wel aanmelden, maar ik weet niet of een commercieel adviesbureau onder "maatschappelijke organisaties" valt. Wij werken wel veel voor corporaties in Almere. Mag ik deelnemen, en zo ja, tegen welk tarief?

Met vriendelijke groet,

Adviseur Vierentwintig
Voorbeeld Advies B.V.
"""), X("wants to register but asks first whether a commercial firm may take part",
        "question", "nl", q="yes"))

add("q-en-neighbouring-municipality", outlook(
    "Official Twentyfive <official25@voorbeeldstad.example.nl>",
    "Fee for another municipality?", "2010-05-06 13:13", """\
Dear colleagues,

I work for the municipality of Voorbeeldstad, next to Almere. Would I fall under the municipal places (no fee) or do I register as an organisation at EUR 1,000? I'd like to know before I register.

Kind regards,
Official Twentyfive
Municipality of Voorbeeldstad
""", lang="EN-GB"), X("a neighbouring municipality's employee asks which pool and fee apply",
                     "question", "en", q="yes"))

add("q-nl-plaatsen-reserveren", outlook(
    "Directeur Zesentwintig <directeur26@kunstcentrum-testlaan.example.nl>",
    "Reservering plaatsen", "2010-05-07 10:00", """\
Geachte heer/mevrouw,

Wij overwegen met drie medewerkers deel te nemen. De namen weten wij pas na ons MT-overleg van 17 mei. Kunt u alvast drie plaatsen voor ons reserveren?

Met vriendelijke groet,
Directeur Zesentwintig
Kunstcentrum Testlaan
"""), X("asks to hold three seats without names: a person decides", "question", "nl", q="yes"))

# ---- how to register (the robot can answer) --------------------------------

add("help-nl-hoe-aanmelden", plain(
    "Nieuwkomer Zevenentwintig <nieuw27@huisartsen-proefstad.example.nl>",
    "Hoe aanmelden?", "2010-04-06 16:45", """\
Goedemiddag,

Hoe kan ik mij aanmelden voor de leergang deSTADSWIJKstudies? Welke gegevens heeft u nodig?

Groet,
Nieuwkomer Zevenentwintig
""", extra=[("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726")]),
    X("asks how to register", "help", "nl"))

add("help-en-colleague-how-register-team", gmail(
    "Teamlead Twentyeight <teamlead28@example-foodbank.example.org>",
    "How to register my team?", "2010-04-08 12:12", """\
Hi,

A colleague told me I can register by e-mail. How do I register my whole team (four people)? Is there a form I should fill in?

Thanks,
Teamlead Twentyeight
"""), X("asks how to register a team", "help", "en"))

add("help-nl-programma-toesturen", outlook(
    "Nieuwsgierige Negenentwintig <nieuwsgierig29@maatschappelijkwerk-proefstad.example.nl>",
    "programma leergang", "2010-04-09 09:30", """\
Goedemorgen,

Kunt u mij het programma van de leergang toesturen? Ik heb de brochure niet ontvangen.

Dank u wel,
Nieuwsgierige Negenentwintig
"""), X("asks for the programme", "help", "nl"))

# ---- conditional and hesitant --------------------------------------------

add("cond-nl-als-manager-akkoord", outlook(
    "Voorwaardelijk Dertig <voorw30@zorggroep-voorbeeldhaven.example.org>",
    "Aanmelding (onder voorbehoud)", "2010-04-13 10:30", """\
Beste,

Als mijn manager akkoord geeft, wil ik me graag aanmelden voor de leergang. Ik verwacht volgende week uitsluitsel en laat het u dan weten.

Naam: Voorwaardelijk Dertig
Organisatie: Zorggroep Voorbeeldhaven
Functie: wijkverpleegkundige
Telefoon: 036-5250030

Met vriendelijke groet,
Voorwaardelijk Dertig
"""), X("conditional: only if the manager agrees, she will let us know; a full form but no registration yet",
        "human", "nl"))

add("cond-nl-eerst-toestemming", gmail(
    "Aarzelaar Eenendertig <aarzel31@sportservice-voorbeeld.example.nl>",
    "leergang", "2010-04-14 20:20", """\
Hallo,

Ik wil mij graag aanmelden maar moet eerst toestemming vragen aan mijn leidinggevende. Kunnen jullie mijn naam vast noteren?

Aarzelaar Eenendertig
Buurtsportcoach, Sportservice Voorbeeld
06-31313131
"""), X("hesitant: must ask permission first and asks to be noted provisionally",
        "human", "nl", q="yes"))

add("cond-en-check-director-let-you-know", outlook(
    "Tentative Thirtytwo <tentative32@example-sheltered.example.org>",
    "Course in Almere", "2010-04-15 11:45", """\
Dear all,

I'd like to register but I need to check with my director about the budget first. I'll let you know by the end of next week.

Kind regards,

Tentative Thirtytwo
Team manager | Example Sheltered Housing
T 036 555 32 32
""", lang="EN-GB"), X("hesitant: checks the budget first, will let us know", "human", "en"))

add("cond-en-pencil-me-in", apple(
    "Maybe Thirtythree <maybe33@example-consultancy.example.com>",
    "Pencil me in?", "2010-04-16 18:00", """\
Hi,

Could you pencil me in for the course? I'll confirm by Friday once I know whether my client project in June goes ahead. If it does, I won't be able to attend day 1 and probably won't join at all.

Maybe Thirtythree
"""), X("asks to be pencilled in, to confirm later", "human", "en", q="yes"))

add("cond-nl-stel-dat-ziek-voor-aanmelding", tb(
    "Voorzichtig Vierendertig <voorzichtig34@welzijnshuis-modelstad.example.nl>",
    "Vraag vooraf", "2010-04-19 09:15", """\
Goedemorgen,

Voordat ik mij aanmeld: stel dat ik in het najaar langdurig ziek word, moet mijn organisatie dan toch de volle 1000 euro betalen? Of kan een collega de resterende dagen overnemen?

Groet,
Voorzichtig Vierendertig
Welzijnshuis Modelstad
"""), X("asks about the terms before registering; 'stel dat' is a hypothetical",
        "question", "nl", q="yes"))

# ---- declines of the invitation --------------------------------------------

add("decline-nl-helaas-reply-invitation", outlook(
    "Afwezige Vijfendertig <afwezig35@bibliotheek-proefstad.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies op locatie Almere", "2010-03-30 09:00", """\
Geachte heer/mevrouw,

Dank voor de uitnodiging. Helaas kan ik niet deelnemen aan de leergang; de data vallen samen met onze verbouwing. Ik wens u een inspirerende leergang.

Met vriendelijke groet,
Afwezige Vijfendertig
Bibliotheek Proefstad

Van: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]
Verzonden: donderdag 25 maart 2010 16:02
Onderwerp: Uitnodiging leergang deSTADSWIJKstudies op locatie Almere

Geachte relatie,

De gemeente Almere nodigt u uit om deel te nemen aan de leergang deSTADSWIJKstudies op locatie Almere. Aanmelden kan bij aanmelden@example.org.
"""), X("declines the invitation", "human", "nl"))

add("decline-en-no-staff-this-year", gmail(
    "Chair Thirtysix <chair36@example-debthelp.example.org>",
    "Re: Invitation: deSTADSWIJKstudies Almere", "2010-03-31 17:20", """\
Dear organisers,

Thank you for inviting Example Debt Help. Unfortunately none of our staff can attend this year, as we are short-handed until autumn. We hope there will be a next edition.

Best regards,
Chair Thirtysix

On 25 March 2010 16:02, Programmasecretariaat DMO <secretariaat@almere.nl> wrote:
> Dear partner,
>
> The municipality of Almere invites you to take part in the course
> deSTADSWIJKstudies on location in Almere. Registration: aanmelden@example.org.
"""), X("declines on behalf of the organisation", "human", "en"))

add("decline-nl-te-duur", outlook(
    "Voorzitter Zevenendertig <vz37@vluchtelingenwerk-voorbeeld.example.org>",
    "Deelname leergang", "2010-04-02 13:13", """\
Geachte heer/mevrouw,

Na overleg in het bestuur hebben wij besloten af te zien van deelname aan de leergang. De bijdrage van 1.000 euro per deelnemer is voor onze kleine vrijwilligersorganisatie helaas te hoog. Mocht er een regeling komen voor vrijwilligersorganisaties, dan horen wij dat graag.

Met vriendelijke groet,
Voorzitter Zevenendertig
Vluchtelingenwerk Voorbeeld
"""), X("decides not to take part because of the fee", "human", "nl"))

# ---- vendors ---------------------------------------------------------------

add("vendor-nl-lunch-catering", outlook(
    "Verkoper Achtendertig <verkoop38@cateraar-voorbeeld.example.nl>",
    "Lunch voor uw leergang op 1 juni", "2010-04-07 10:20", """\
Geachte heer/mevrouw,

Wij lazen dat u op 1 juni een leergang organiseert in De Nieuwe Bibliotheek met zestig deelnemers. Graag verzorgen wij de lunch: een biologisch lunchbuffet voor EUR 14,50 per persoon, inclusief vegetarische en glutenvrije opties. Ik bel u volgende week om de mogelijkheden te bespreken.

Met vriendelijke groet,
Verkoper Achtendertig
Accountmanager, Cateraar Voorbeeld
"""), X("a caterer offers lunch, written personally", "human", "nl"))

add("vendor-en-av-rental", gmail(
    "Sales Thirtynine <sales39@example-av-rental.example.com>",
    "Projector and sound for your course days", "2010-04-12 09:00", """\
Dear event organiser,

I noticed your course in Almere on four days this year. We rent out projectors, microphones and interpreting booths, delivered and installed on site. Would you like a quote for the four days? Just reply with the number of rooms and participants.

Best regards,
Sales Thirtynine
Example AV Rental
"""), X("AV rental offer written to the organiser", "human", "en"))

add("vendor-nl-drukwerk-offerte", outlook(
    "Drukker Veertig <drukker40@drukkerij-proef.example.nl>",
    "Offerte readers leergang", "2010-04-14 14:44", """\
Beste,

Zoals telefonisch besproken met uw collega hierbij onze offerte voor het drukken van 60 readers (A4, 80 pagina's, ringband): EUR 612,- excl. btw. Levering uiterlijk 28 mei op Stadhuisplein 101.

Graag hoor ik of wij de opdracht mogen uitvoeren.

Met vriendelijke groet,
Drukker Veertig
Drukkerij Proef
"""), X("a printer's quote for course readers", "human", "nl", q="yes"))

# ---- mail about other courses or events -----------------------------------

add("other-nl-cursus-agressie-form", outlook(
    "Cursist Eenenveertig <cursist41@maatschappelijkwerk-proefstad.example.nl>",
    "Aanmelding cursus Omgaan met agressie 8 juni", "2010-04-20 11:00", """\
Beste,

Hierbij meld ik mij aan voor de cursus "Omgaan met agressie aan de balie" op 8 juni in Lelystad.

Naam: Cursist Eenenveertig
Organisatie: Maatschappelijk Werk Proefstad
Functie: baliemedewerker
Telefoon: 036-5355041
Factuuradres: Maatschappelijk Werk Proefstad, Postbus 2200, 1300 CE Almere

Met vriendelijke groet,
Cursist Eenenveertig
"""), X("a complete form, but for another course: sent to the wrong address",
        "human", "nl"))

add("other-en-housing-conference", gmail(
    "Delegate Fortytwo <delegate42@example-housing.example.org>",
    "Registration: Housing & Care Conference 14 May", "2010-04-21 08:30", """\
Hello,

I'd like to register for the Housing & Care Conference on 14 May in Utrecht, including the afternoon workshop on tenant participation.

Name: Delegate Fortytwo
Organisation: Example Housing Trust
Email: delegate42@example-housing.example.org

Thanks,
Delegate Fortytwo
"""), X("registration for a different conference sent here", "human", "en"))

add("other-nl-informatiebijeenkomst", outlook(
    "Bewonersvertegenwoordiger Drieënveertig <bv43@woonbond-testkwartier.example.nl>",
    "Informatieavond Sociale Agenda 20 april", "2010-04-15 21:00", """\
Goedenavond,

Wij komen met twee mensen naar de informatieavond over de Sociale Agenda op 20 april in het stadhuis. Is het nodig om ons daarvoor aan te melden, en zo ja, kan dat via dit adres?

Groet,
Bewonersvertegenwoordiger Drieënveertig
Woonbond Testkwartier
"""), X("about another event of the municipality; asks whether registering is needed",
        "question", "nl", q="yes"))

# ---- the organiser's own mail ---------------------------------------------

add("organiser-answers-forward-parking", outlook(
    ORG, "RE: [regbot] Voor het secretariaat: parkeren", "2010-04-22 14:20", """\
Beste,

Antwoord voor mevrouw Automobilist Vijftien: parkeren kan in de parkeergarages rond het Stadhuisplein, dat wordt niet vergoed. De bibliotheek is zeven minuten lopen van Station Almere Stad.

Groet,
Programmasecretariaat DMO

Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 22 april 2010 8:03
Aan: Programmasecretariaat DMO
Onderwerp: [regbot] Voor het secretariaat: parkeren

Dit bericht vraagt om een mens (vraag).

Van: Automobilist Vijftien <auto15@sportservice-voorbeeld.example.nl>
Onderwerp: parkeren

---- tekst van het bericht ----
Is er parkeergelegenheid bij De Nieuwe Bibliotheek, of kan ik beter met de trein komen?
"""), X("the organiser answers a forwarded question to the robot instead of to the asker",
        "human", "nl"))

add("organiser-reply-digest-bevestigen-afmelden", outlook(
    ORG, "RE: Dagoverzicht 7 mei 2010: 41 bevestigd, 19 vrij, 3 wachtend; 2 voor u",
    "2010-05-07 09:15", """\
Hoi,

Graag Wachtende Een [N4KX7-PW2QA] alsnog bevestigen: er is een plek vrij in de gemeentepool. Bestuurder van Tien [M3RZT-9HXKD] graag afmelden, hij heeft mij gebeld. Beleidsmaker Vijf [T8VJD-B6QLE] blijft gewoon staan.

Groet,
Programmasecretariaat DMO

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: vrijdag 7 mei 2010 8:00
Aan: Programmasecretariaat DMO
Onderwerp: Dagoverzicht 7 mei 2010: 41 bevestigd, 19 vrij, 3 wachtend; 2 voor u

Dagoverzicht van de aanmeldingen, 7 mei 2010
Almere: Sociale ambities in een groeiende stad

WAT IS ER VERANDERD
  Nieuwe aanmeldingen (2):
    - Wachtende Een, Stichting Proefwijk [N4KX7-PW2QA] in organisaties: wachtlijst, plaats 3 (6 mei 14:02)
    - Bestuurder van Tien, Woonbond Testkwartier [M3RZT-9HXKD] in organisaties: bevestigd (6 mei 16:40)

VOOR U (een mens is nodig)
  Berichten voor een mens (2, doorgestuurd):
    - 6 mei 10:12 van twijfel13@corporatie-voorbeeldhuis.example.nl: "Vraag over aanmelden leergang" (vraag)
    - 6 mei 15:30 van deeltijd23@almere.nl: "Alleen 2 november?" (vraag)

PER ORGANISATIE
  Gemeente Almere: 19 deelnemer(s), verschuldigd EUR 0,00
    - Beleidsmaker Vijf [T8VJD-B6QLE]: bevestigd
"""), X("organiser's reply to the digest with instructions about three people; several codes, none is the sender's",
        "human", "nl"))

add("organiser-digest-question-klopt-het", gmail(
    ORG, "Re: Dagoverzicht 12 mei 2010: 52 bevestigd, 8 vrij, 0 wachtend",
    "2010-05-12 10:40", """\
Klopt het dat Docent Eenenveertig [Q2WDX-7KJNA] en Docent Tweeënveertig [Q9ZMC-4RBPE] allebei op dezelfde factuur komen? Dat wil de scholengroep graag.

Op 12 mei 2010 08:00 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:
> Dagoverzicht van de aanmeldingen, 12 mei 2010
>
> PER ORGANISATIE
>   Scholengroep Proefpolder: 3 deelnemer(s), verschuldigd EUR 3.000,00
>     - Docent Eenenveertig [Q2WDX-7KJNA]: bevestigd, EUR 1.000,00
>     - Docent Tweeënveertig [Q9ZMC-4RBPE]: bevestigd, EUR 1.000,00
>     - Docent Drieënveertig [Q5HYS-8MTVA]: bevestigd, EUR 1.000,00
"""), X("organiser asks about invoicing in a reply to the digest; several codes",
        "human", "nl", q="yes"))

add("organiser-phoned-registration", outlook(
    ORG, "Telefonische aanmelding", "2010-05-10 16:05", """\
Hallo,

Mevrouw Beller Vierenveertig belde mij vanmiddag; zij wil graag deelnemen. Kun jij haar toevoegen?

Naam: Beller Vierenveertig
Organisatie: Huisartsenpraktijk Proefstad
Functie: praktijkondersteuner
E-mail: beller44@huisartsen-proefstad.example.nl
Telefoon: 036-5344044

Groet,
Programmasecretariaat DMO
"""), X("the organiser passes on a phoned registration: her own mail goes to a person, nobody is registered by it",
        "human", "nl"))

add("organiser-asks-attendance-list", outlook(
    ORG, "deelnemerslijst", "2010-05-26 09:00", """\
Kun je mij de actuele deelnemerslijst met dieetwensen sturen voor de catering van 1 juni?

Dank,
Programmasecretariaat DMO
"""), X("organiser asks for the participant list", "human", "nl", q="yes"))

# ---- corrections of one's own details --------------------------------------

s, body = conf_nl("Student Achtien", "R6TFN-2WGKB", "Bibliotheek Proefstad",
                  "programmamaker", "s.achttien@bibliotheek-proefstad.example.nl",
                  phone="036-5012345", diet="geen vlees",
                  ia="Bibliotheek Proefstad, Postbus 60, 1300 AB Almere", ir="BP/OPL/10-03")
add("correction-nl-name-typo-reply-confirmation", apple(
    "Student Achttien <s.achttien@bibliotheek-proefstad.example.nl>",
    "Re: " + s, "2010-03-09 08:10", """\
Beste,

Dank voor de bevestiging! Mijn naam is wel verkeerd gespeld: het is Achttien, met dubbel t. Wilt u dat aanpassen, ook op het naambordje?

Groet,
Student Achttien

Op 8 mrt 2010, om 16:23 heeft deSTADSWIJKstudies Almere het volgende geschreven:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "R6TFN-2WGKB")),
    X("correction of a misspelt name in a reply to the confirmation", "human", "nl",
      code="R6TFN-2WGKB"))

add("correction-en-invoice-ref-code-in-text", outlook(
    "Controller Fiftyfive <controller55@example-sheltered.example.org>",
    "Invoice reference for registration K4PLM-8QZ3D", "2010-04-23 10:00", """\
Dear Sir/Madam,

For my registration (code K4PLM-8QZ3D) our purchasing department has issued a new purchase order. Please use PO 2010-6001 on the invoice instead of PO 2010-5555.

Kind regards,
Controller Fiftyfive
Example Sheltered Housing
""", lang="EN-GB"), X("changes the invoice reference, with the code in the text", "human", "en",
                     code="K4PLM-8QZ3D"))

add("correction-nl-functie-no-code", webmail(
    "Begeleider Tweeëntachtig <begeleider82@welzijnshuis-modelstad.example.nl>",
    "wijziging gegevens", "2010-05-03 13:00", """\
Goedemiddag,

Sinds deze maand heb ik een andere functie: ik ben nu teamleider ouderenadvies in plaats van ouderenadviseur. Wilt u dat aanpassen in mijn aanmelding? Mijn code heb ik even niet bij de hand.

Groet,
Begeleider Tweeëntachtig
""", agent="SquirrelMail/1.4.19"), X("correction of her function without the code", "human", "nl"))

s, body = conf_nl("Ambtenaar Dertig", "W5HNC-3YTGA", "Gemeente Almere",
                  "beleidsadviseur wonen en zorg", "adertig@almere.nl", free=True,
                  phone="036-5399312")
add("correction-nl-diet-reply-confirmation", outlook(
    "Ambtenaar Dertig <adertig@almere.nl>", "RE: " + s, "2010-03-10 09:30", """\
Hoi,

Kleine aanvulling: ik ben vegetariër, dat was ik vergeten te vermelden. Kunnen jullie dat doorgeven aan de catering?

Groet,
Ambtenaar Dertig

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 9 maart 2010 11:02
Aan: Ambtenaar Dertig
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("confirmation", "W5HNC-3YTGA")),
    X("adds a diet in a reply to the confirmation (a correction of own details)",
      "human", "nl", code="W5HNC-3YTGA"))

add("correction-nl-new-email-no-code", gmail(
    "Wijkwerker Vierenzeventig <wijkwerker74@gmail.example.com>",
    "nieuw mailadres", "2010-05-11 18:30", """\
Beste,

Ik heb me in april aangemeld vanaf mijn privé-adres. Wilt u voortaan mijn werkadres gebruiken: wijkwerker74@stichting-proefwijk.example.nl?

Groetjes,
Wijkwerker Vierenzeventig
"""), X("asks to change the email address, without the code", "human", "nl"))

s, body = conf_en("Trainee Twenty", "B8DXR-5MWQH", "Example Housing Trust",
                  "community development officer", "trainee.twenty@gmail.example.com",
                  phone="+31 6 2233 4455", diet="vegan",
                  ia="Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere",
                  ir="4500-0921")
add("correction-en-organisation-changed-reply", gmail(
    "Trainee Twenty <trainee.twenty@gmail.example.com>", "Re: " + s,
    "2010-04-26 12:00", """\
Hi,

Small correction: I moved from Example Housing Trust to Example Youth Care Almere last week. Please change my organisation and send the invoice to Example Youth Care Almere, Box 501, 1300 AM Almere. My new employer agreed to pay.

Thanks,
Trainee Twenty

On 5 March 2010 09:01, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "B8DXR-5MWQH")),
    X("changes organisation and invoice address in a reply to the confirmation",
      "human", "en", code="B8DXR-5MWQH"))

# ---- replies to the robot: thanks, questions ------------------------------

s, body = conf_nl("Leerling Zestien", "J3MVW-6PKTN", "Jeugdwerk Oost", "jongerenwerker",
                  "leerling16@jeugdwerk-oost.example.nl", phone="06-12003400")
add("thanks-nl-reply-confirmation", iphone(
    "Leerling Zestien <leerling16@jeugdwerk-oost.example.nl>", "Re: " + s,
    "2010-03-10 08:30", """\
Top, dank je! Tot 1 juni.

Verstuurd vanaf mijn iPhone

Op 10 mrt. 2010 om 07:49 heeft deSTADSWIJKstudies Almere <aanmelden@example.org> het volgende geschreven:

""" + quote(body) + "\n", irt=robot_mid("confirmation", "J3MVW-6PKTN")),
    X("thank-you reply to the confirmation", "human", "nl", code="J3MVW-6PKTN"))

s, body = wait_nl("Laatkomer Vijfenveertig", "P7ZKA-4NDRX", 4, "Stichting Proefwijk",
                  "buurtwerker", "laat45@stichting-proefwijk.example.nl",
                  ia="Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")
add("q-nl-reply-waitlist-kans", outlook(
    "Laatkomer Vijfenveertig <laat45@stichting-proefwijk.example.nl>", "RE: " + s,
    "2010-05-12 10:10", """\
Beste,

Hoe groot is de kans dat ik nog een plaats krijg? Ik sta op plaats 4. Als het niet lukt, wil ik dat graag voor 20 mei weten, want dan plan ik iets anders op 1 juni.

Groet,
Laatkomer Vijfenveertig

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 11 mei 2010 17:40
Aan: Laatkomer Vijfenveertig
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("waitlist", "P7ZKA-4NDRX")),
    X("asks about her chances on the waiting list", "question", "nl", code="P7ZKA-4NDRX",
      q="yes"))

s, body = wait_en("Member Fortysix", "F2QJH-8VLNC", 2, "Example Food Bank Almere",
                  "logistics volunteer", "member46@example-foodbank.example.org",
                  ia="Example Food Bank Almere, Industrieweg 52, 1332 XX Almere")
add("thanks-en-reply-waitlist-keep-me", gmail(
    "Member Fortysix <member46@example-foodbank.example.org>", "Re: " + s,
    "2010-05-13 09:00", """\
Thanks, please keep me on the list. I'm flexible and can come at short notice.

Member Fortysix

On 12 May 2010 16:20, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:
""" + quote(body) + "\n", irt=robot_mid("waitlist", "F2QJH-8VLNC")),
    X("thanks for the waitlist notice, wants to stay on it", "human", "en", code="F2QJH-8VLNC"))

s, body = incomplete_nl("Automobilist Vijftien", ["Functie"],
                        [("Naam", "Automobilist Vijftien"),
                         ("Organisatie", "Sportservice Voorbeeld"),
                         ("E-mail", "auto15@sportservice-voorbeeld.example.nl")])
add("q-nl-reply-incomplete-niet-aanmelden", apple(
    "Automobilist Vijftien <auto15@sportservice-voorbeeld.example.nl>", "Re: " + s,
    "2010-04-22 09:00", """\
Hallo,

Ik wilde me helemaal niet aanmelden! Ik vroeg alleen of er parkeergelegenheid is bij de bibliotheek. Kunt u die vraag nog beantwoorden?

Groet,
Automobilist Vijftien

Op 22 apr 2010, om 08:02 heeft deSTADSWIJKstudies Almere het volgende geschreven:

""" + quote(body) + "\n", irt=robot_mid("incomplete", "auto15")),
    X("answers the 'missing details' mail: she never meant to register, repeats her question",
      "question", "nl", q="yes"))

s, body = conf_nl("Teamleider Zesenzestig", "D9SRB-7HCVW", "Jeugdwerk Oost",
                  "teamleider ambulant jongerenwerk", "tl66@jeugdwerk-oost.example.nl",
                  phone="036-5301666", ia="Jeugdwerk Oost, Postbus 4066, 1300 GA Almere",
                  ir="ordernummer 10-0666")
add("q-nl-reply-confirmation-ov-fiets", outlook(
    "Teamleider Zesenzestig <tl66@jeugdwerk-oost.example.nl>", "RE: " + s,
    "2010-04-09 10:00", """\
Dank voor de bevestiging. Kan ik mijn fiets kwijt bij de bibliotheek, of is er een bewaakte stalling in de buurt?

Groet,
Teamleider Zesenzestig

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 8 april 2010 16:49
Aan: Teamleider Zesenzestig
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("confirmation", "D9SRB-7HCVW")),
    X("a question in a reply to the confirmation", "question", "nl", code="D9SRB-7HCVW",
      q="yes"))

s, body = reminder_nl("Ambtenaar Dertig", "W5HNC-3YTGA", 1, "dinsdag 1 juni 2010",
                      "Ambities van bewoners")
add("thanks-nl-reply-reminder-ik-kom", outlook(
    "Ambtenaar Dertig <adertig@almere.nl>", "RE: " + s, "2010-05-25 11:00", """\
Dank voor de herinnering, ik kom!

Ambtenaar Dertig

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 25 mei 2010 10:00
Aan: Ambtenaar Dertig
Onderwerp: """ + s + "\n\n" + body + "\n", irt=robot_mid("reminder", "W5HNC-3YTGA")),
    X("says she will come, in a reply to the reminder", "human", "nl", code="W5HNC-3YTGA"))

add("day-absence-nl-code-sept", tb(
    "Cursist Vijf <c.vijf@proefwijk.example.nl>", "Afwezig 23 september (Q7NPL-3GKRT)",
    "2010-05-18 12:00", """\
Beste,

Ik moet helaas laten weten dat ik op 23 september (dag 2) niet aanwezig kan zijn, ik zit dan op een congres. De andere dagen kom ik gewoon. Mijn code is Q7NPL-3GKRT.

Met vriendelijke groet,
Cursist Vijf
"""), X("one-day absence with the code; she stays registered", "human", "nl", code="Q7NPL-3GKRT"))

add("q-en-one-day-colleague-code", outlook(
    "Fellow Eightyone <fellow81@example-housing.example.org>",
    "Colleague for day 2? Ref. Z3KTW-9PXMB", "2010-05-19 15:00", """\
Hello,

As I wrote earlier I cannot attend on 23 September. May a colleague of mine come in my place on that day only? My reference is Z3KTW-9PXMB.

Thanks,
Fellow Eightyone
""", lang="EN-GB"), X("asks whether a colleague may come for one day: a question, not a substitution",
                     "question", "en", code="Z3KTW-9PXMB", q="yes"))

add("q-nl-journalist", plain(
    "Verslaggever Zevenenveertig <redactie47@stadskrant-voorbeeld.example.nl>",
    "Verslag leergang", "2010-05-20 11:11", """\
Goedemiddag,

Ik ben verslaggever bij de Stadskrant Voorbeeld. Mag ik op 1 juni een deel van de dag bijwonen om er een stuk over te schrijven? Aanmelden als deelnemer is niet de bedoeling.

Met vriendelijke groet,
Verslaggever Zevenenveertig
""", extra=[("User-Agent", "KMail/1.13.2 (Linux/2.6.32)")]),
    X("a journalist asks to attend part of a day as press", "question", "nl", q="yes"))

add("speaker-office-nl-technische-wensen", outlook(
    "Bureau Achtenveertig <bureau48@kennisinstituut-voorbeeld.example.nl>",
    "Presentatie 1 juni - technische wensen", "2010-05-21 10:30", """\
Geachte organisatie,

Namens de spreker van referaat 2 op 1 juni: hij neemt een eigen laptop mee (HDMI) en heeft een microfoon nodig. Wilt u bevestigen dat dat geregeld is? Zijn presentatie sturen we uiterlijk 28 mei toe.

Met vriendelijke groet,
Bureau Achtenveertig
Secretariaat, Kennisinstituut Voorbeeld
"""), X("a speaker's office about technical needs: for the organiser", "human", "nl", q="yes"))

add("q-nl-factuur-niet-ontvangen-code", outlook(
    "Boekhouder Negentien <boekhouder19@stichting-proefwijk.example.nl>",
    "Factuur leergang - referentie X4GHN-2BQRZ", "2010-05-21 14:00", """\
Geachte heer/mevrouw,

Wij hebben voor onze deelnemer met referentiecode X4GHN-2BQRZ nog geen factuur ontvangen. Kunt u die sturen naar administratie@stichting-proefwijk.example.nl?

Met vriendelijke groet,
Boekhouder Negentien
"""), X("asks for the invoice, with a code", "question", "nl", code="X4GHN-2BQRZ", q="yes"))
