"""Set 5, batch 3: mail from people that must not register anyone
(questions, how-to, and mail for a person), typed by hand."""
from set5_lib import (add, X, P, plain, tb, mutt, iphone, outlook, outlook2010,
                      gmail, apple, webmail, macoutlook, pegasus, opera, thebat,
                      seamonkey, zarafa, sylpheed, postbox, notes, groupwise,
                      oe, evolution, android, blackberry, claws, yahoo,
                      hotmail_html, html_only, quote, conf_nl, conf_en,
                      reminder_nl, outlook_quote_nl, ORG)

# ---- questions ------------------------------------------------------------

add("q-one-day-only", outlook2010(
    "Beleidsmaker Honderdzes <bh106@denkwijk.example.nl>",
    "Aanmelden voor 1 dag?", "2010-03-03 09:40",
    """Goedemorgen,

Is het mogelijk om mij alleen voor de derde dag (2 november, wonen met en zonder zorgen) aan te melden? De andere dagen zijn voor mijn functie minder relevant. En wat kost dat dan?

Met vriendelijke groet,
Beleidsmaker Honderdzes
Humanitas Denkwijk"""),
    X("asks whether one can register for one day only: a question, nobody registered", "question", "nl", q="yes"))

add("q-volunteer-fee-en", gmail(
    "Volunteer HundredSeven <vol107@gmail.example.com>",
    "Fee for volunteers?", "2010-03-05 21:10",
    """Hello,

I am a volunteer (unpaid) with a small tenants' committee in Almere Poort. Before I register: is there a reduced fee for volunteers, or does the EUR 1,000 apply to us as well? Our committee has no budget for that.

Thank you,
Volunteer HundredSeven"""),
    X("'before I register': asks about a volunteers' fee", "question", "en", q="yes"))

add("q-seats-left", webmail(
    "Coordinator Honderdacht <c108@bewonersplatform.example.nl>",
    "nog plaatsen?", "2010-04-30 11:11",
    """Hallo,

Zijn er nog plaatsen vrij? Dan meld ik volgende week twee mensen aan.

Groet,
Coordinator Honderdacht""", agent="Horde Application Framework 3"),
    X("asks whether seats are left before registering anyone", "question", "nl", q="yes"))

add("q-accreditation", notes(
    "Maatschappelijk Werker Honderdnegen <mw109@blauwdruk.example.org>",
    "Registerpunten?", "2010-03-12 13:00",
    """Geachte organisatie,

Is de leergang geaccrediteerd voor het Registerplein (registerpunten voor maatschappelijk werkers)? Zo ja, hoeveel punten? Dan meld ik mij aan.

Met vriendelijke groet,
Maatschappelijk Werker Honderdnegen"""),
    X("accreditation question; 'dan meld ik mij aan' is a future step", "question", "nl", q="yes"))

add("q-colleague-no-email-en", outlook(
    "Supervisor HundredTen <sup110@careagency.example.com>",
    "Colleague without e-mail", "2010-03-17 10:00", lang="EN", body=
    """Hi,

One of our home carers would love to attend, but she has no work e-mail address. Can I register her with my address, and will the confirmation and reminders then come to me?

Regards,
Supervisor HundredTen
Sample Home Care Agency"""),
    X("asks how to register a colleague without e-mail; no details given", "question", "en", q="yes"))

s, b = conf_nl("Vakgenoot Een", "KX4TM-R8DPW", "Stichting Denkbeeld", "opbouwwerker",
               "v.een@denkbeeld.example.nl", phone="036-5401122",
               ia="Stichting Denkbeeld, t.a.v. crediteurenadministratie, Postbus 1180, 1300 BD Almere")
add("q-certificate-reply-conf", outlook2010(
    "Vakgenoot Een <v.een@denkbeeld.example.nl>",
    "RE: " + s, "2010-03-03 08:45",
    """Dank voor de bevestiging! Krijgen we na afloop een certificaat of bewijs van deelname? Dat heb ik nodig voor mijn POP-gesprek.

Groet,
Vakgenoot Een

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 2 maart 2010 10:14
Aan: Vakgenoot Een
Onderwerp: """ + s + "\n\n" + b, irt="<regbot.confirmation.kx4tm@example.org>"),
    X("a question in reply to her confirmation; carries her code", "question", "nl", code="KX4TM-R8DPW", q="yes"))

add("q-hypothetical-illness", claws(
    "Wijkwerker Honderdelf <ww111@rasterwijk.example.org>",
    "vraag over afmeldvoorwaarden", "2010-03-19 16:00",
    """Beste,

Voordat ik mij aanmeld een vraag: stel dat ik na 18 mei langdurig ziek word,
moet mijn organisatie dan toch de volle EUR 1.000 betalen? Of kan dat in
overleg?

Groet,
Wijkwerker Honderdelf
Buurtteam Rasterwijk"""),
    X("hypothetical question about the cancellation terms before registering", "question", "nl", q="yes"))

add("q-language-en", macoutlook(
    "Expat HundredTwelve <expat112@internationalschool.example.org>",
    "Language of the course", "2010-03-23 12:30",
    """Dear organisers,

I work with newcomer families at an international school in Almere. My Dutch is basic. Will the course days be in Dutch only, or is there any English? I'd like to sign up if I can follow it.

Many thanks,
Expat HundredTwelve"""),
    X("asks about the language before signing up", "question", "en", q="yes"))

add("q-vat", oe(
    "Penningmeester Honderddertien <penningmeester@buurtvereniging.example.nl>",
    "BTW op de leergang?", "2010-04-01 19:30",
    """Geachte heer/mevrouw,

Ik ben penningmeester van een buurtvereniging. Is de bijdrage van EUR 1.000 inclusief of exclusief BTW? Wij kunnen de BTW niet verrekenen.

Met vriendelijke groet,
Penningmeester Honderddertien"""),
    X("VAT question from a treasurer", "question", "nl", q="yes"))

add("q-already-via-teamleader", tb(
    "Vakgenoot Vierenveertig <vv44@denkbeeld.example.nl>",
    "Moet ik me nog apart aanmelden?", "2010-03-15 10:02",
    """Hoi,

Mijn teamleider heeft mij gisteren samen met twee collega's aangemeld. Moet
ik mij nog apart aanmelden, of is dat zo genoeg? Ik heb zelf nog geen mail
ontvangen.

Groet,
Vakgenoot Vierenveertig"""),
    X("registered by her team leader, asks whether that stands as she got no mail: a status request without code", "status", "nl"))

add("q-wheelchair-hearing-en", gmail(
    "Advocate HundredFourteen <adv114@disabilityforum.example.org>",
    "Accessibility", "2010-04-06 14:22",
    """Hi,

Before registering two of our members: is the Nieuwe Lokaal on the 4th floor reachable by lift for a wheelchair user, and is there a hearing loop in the room?

Best,
Advocate HundredFourteen
Example Disability Forum Almere"""),
    X("accessibility question before registering two members", "question", "en", q="yes"))

add("q-baby", iphone(
    "Moeder Honderdvijftien <mh115@peuterwerk.example.nl>",
    "Vraag", "2010-04-08 22:10",
    """Hoi, ik kom in juni net terug van zwangerschapsverlof. Is er op de locatie een ruimte om te kolven? Anders wordt het lastig om me aan te melden.

Verstuurd vanaf mijn iPhone"""),
    X("practical question, a registration depending on it", "question", "nl", q="yes"))

add("q-fourth-after-11-may", zarafa(
    "Directeur Honderdzestien <dir116@wijkpunt.example.nl>",
    "Vierde deelnemer na 11 mei?", "2010-04-26 09:15",
    """Goedemorgen,

Wij hebben al drie mensen aangemeld. Klopt het dat we na 11 mei een vierde
mogen aanmelden als er dan nog plaats is? Hoe gaat dat precies?

Groet,
Directeur Honderdzestien
Stichting Wijkpunt Denkbeeld-Oost"""),
    X("asks about the limit of three per organisation", "question", "nl", q="yes"))

add("q-thesis-observe-en", yahoo(
    "Researcher HundredSeventeen <researcher117@yahoo.example.com>",
    "Observing one course day for my thesis", "2010-04-14 11:00",
    """Dear organiser,

I am a master's student in urban sociology writing a thesis on neighbourhood approaches in Almere. Would it be possible for me to observe one of the course days (without taking part)? I would of course not register as a participant.

Kind regards,
Researcher HundredSeventeen"""),
    X("a student asks to observe a day, explicitly not registering", "question", "en", q="yes"))

add("q-invoice-to-municipality", groupwise(
    "Coordinator Honderdachttien <co118@vrijwilligerscentrale.example.nl>",
    "factuur", "2010-04-16 10:30",
    """Beste,

Onze vrijwilligerscentrale wordt volledig door de gemeente gesubsidieerd.
Kan de factuur voor onze deelnemer direct naar de gemeente (DMO) gaan
in plaats van naar ons? Dan meld ik daarna iemand aan.

Groet,
Coordinator Honderdachttien"""),
    X("asks whether the invoice can go to the municipality before registering", "question", "nl", q="yes"))

add("q-next-year-cannot-now", outlook2010(
    "Teamleider Honderdnegentien <tl119@sportwijk.example.org>",
    "Leergang volgend jaar?", "2010-05-04 15:30",
    """Beste,

Dit jaar lukt het ons helaas niet om iemand vrij te maken. Wordt de leergang volgend jaar herhaald, en zo ja, wanneer is daar meer over bekend?

Groet,
Teamleider Honderdnegentien
Sportservice Rasterstad"""),
    X("not this year; asks whether the course is repeated", "question", "nl", q="yes"))

add("q-materials-en", postbox(
    "Reader HundredTwenty <reader120@tenants.example.org>",
    "Reading material", "2010-05-10 09:00",
    """Hello,

Is there any reading material we should look at before day 1? And will the presentations be shared afterwards?

Thanks,
Reader HundredTwenty"""),
    X("question about materials", "question", "en", q="yes"))

add("q-lunch-vegan", sylpheed(
    "Vakgenoot Honderdeenentwintig <vh121@fictiefland.example.nl>",
    "lunch", "2010-03-26 12:12",
    """Hallo,

Ik twijfel of ik me aanmeld; ik eet veganistisch en bij veel cursussen is
daar niets voor. Kunnen jullie daar rekening mee houden bij de lunch?

Vakgenoot Honderdeenentwintig"""),
    X("question about vegan lunch before deciding to register", "question", "nl", q="yes"))

# ---- how to register, programme (help) ------------------------------------

add("help-how-to-register", outlook(
    "Medewerker Honderdtweeentwintig <m122@kinderopvang.example.nl>",
    "Hoe aanmelden?", "2010-03-02 11:30",
    """Goedemorgen,

Hoe kan ik mij aanmelden voor de leergang deSTADSWIJKstudies? Is er een formulier?

Met vriendelijke groet,
Medewerker Honderdtweeentwintig"""),
    X("how to register", "help", "nl"))

add("help-programme-en", blackberry(
    "Manager HundredTwentyThree <mgr123@familyservices.example.com>",
    "Programme?", "2010-03-08 07:55",
    """Could you send me the programme and the dates? Thanks.
Sent from my BlackBerry® wireless device"""),
    X("asks for the programme and dates", "help", "en"))

add("help-what-to-write", android(
    "Wijkwerker Honderdvierentwintig <w124@rasterwijk.example.org>",
    "aanmelden", "2010-04-02 18:18",
    """Wat moet ik allemaal in de mail zetten om me aan te melden?

--
Verzonden vanaf mijn Android-telefoon met K-9 Mail."""),
    X("asks what a registration mail must hold", "help", "nl"))

add("help-info", hotmail_html(
    "Buurtbewoner Honderdvijfentwintig <bb125@hotmail.example.com>",
    "informatie", "2010-04-21 20:02",
    """<html><body class='hmmessage'>graag info over de leergang<br>mvg Buurtbewoner Honderdvijfentwintig</body></html>
"""),
    X("a request for information", "help", "nl"))

# ---- for a person (human) -------------------------------------------------

add("cond-manager-approval-full-form", outlook2010(
    "Adviseur Honderdzesentwintig <a126@woonkracht.example.nl>",
    "Aanmelding onder voorbehoud", "2010-03-16 16:16",
    """Beste organisatie,

Ik wil mij graag aanmelden, maar mijn leidinggevende moet nog akkoord geven (zij is tot volgende week met vakantie). Kunnen jullie alvast een plek reserveren? Ik bevestig zodra ik akkoord heb.

Naam: Adviseur Honderdzesentwintig
Organisatie: Woonkracht Bouwtekening
Functie: huurdersconsulent
Telefoon: 036-5373726

Groet,
Adviseur"""),
    X("conditional on the manager's approval, with a full form: a person decides", "human", "nl", q="yes"))

add("cond-contract-en", gmail(
    "Worker HundredTwentySeven <w127@youthtrust.example.com>",
    "Possible registration", "2010-03-29 19:19",
    """Hi,

I would like to join, provided my contract is extended beyond June - I'll know at the end of April. My details in case: Worker HundredTwentySeven, youth worker, Sample Youth Trust, 06 1270 1270.

Can I let you know then?

Thanks"""),
    X("conditional on a contract extension: not a registration yet", "human", "en", q="yes"))

add("cond-hesitant-keep-seat", iphone(
    "Twijfelaar Honderdachtentwintig <t128@denkwijk.example.nl>",
    "Plekje vrijhouden?", "2010-05-06 08:20",
    """Goedemorgen, ik weet nog niet zeker of ik kan i.v.m. een reorganisatie. Zou u voorlopig een plekje voor mij vrij kunnen houden? Ik laat het voor 20 mei weten.

Twijfelaar Honderdachtentwintig
Humanitas Denkwijk

Verstuurd vanaf mijn iPhone"""),
    X("hesitant: asks to hold a seat", "human", "nl", q="yes"))

add("decline-invitation-nl", outlook2010(
    "Directeur Honderdnegenentwintig <d129@kinderopvang.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies", "2010-03-11 10:10",
    """Geachte mevrouw,

Dank voor de uitnodiging. Helaas kunnen wij dit jaar niemand afvaardigen in verband met de drukte rond de fusie. Wij wensen u een mooie leergang.

Met vriendelijke groet,
Directeur Honderdnegenentwintig
Kinderopvang Prototype B.V.""" + outlook_quote_nl(
        "Programmasecretariaat DMO [mailto:secretariaat@almere.nl]", "dinsdag 9 maart 2010 14:00",
        "Directeur Honderdnegenentwintig", "Uitnodiging leergang deSTADSWIJKstudies",
        "Geachte heer/mevrouw,\n\nGraag nodigen wij u en uw medewerkers uit voor de leergang\ndeSTADSWIJKstudies op locatie Almere. Aanmelden kan via aanmelden@example.org.\n\nMet vriendelijke groet,\nProgrammasecretariaat DMO")),
    X("declines the invitation", "human", "nl"))

add("decline-en", apple(
    "Chair HundredThirty <chair130@tenantsunion.example.org>",
    "Re: Invitation course Almere", "2010-03-15 18:00",
    """Dear colleagues,

Thank you for thinking of us. None of our board can free four days this year, so we will not take part. Good luck with the course.

Best,
Chair HundredThirty
Example Tenants Union"""),
    X("declines in English", "human", "en"))

add("vendor-catering", outlook(
    "Sales Honderdeenendertig <sales@lunchbode.example.com>",
    "Lunch tijdens uw leergang", "2010-03-18 11:45",
    """Geachte organisatie,

Wij lazen dat u in juni een leergang organiseert in De Nieuwe Bibliotheek. Lunchbode Almere verzorgt graag de lunch voor uw deelnemers: biologisch, met vegetarische en glutenvrije opties, vanaf EUR 8,50 p.p.

Ik neem graag contact met u op voor een afspraak.

Met vriendelijke groet,
Sales Honderdeenendertig
Lunchbode Almere
036 - 123 45 00"""),
    X("a caterer writing personally to sell lunches", "human", "nl"))

add("vendor-training-en", tb(
    "Consultant HundredThirtyTwo <consultant132@trainingpartners.example.com>",
    "Partnership proposal", "2010-04-05 09:30",
    """Dear programme team,

I saw your course on social ambitions. We run workshops on asset-based community development and could offer a guest session on one of your course days (free of charge, as a pilot).

Would you be open to a short call?

Kind regards,
Consultant HundredThirtyTwo
Example Training Partners"""),
    X("a vendor offering a guest session", "human", "en"))

add("other-course-full-form", groupwise(
    "Buurtwerker Honderddrieendertig <bw133@tekentafel.example.nl>",
    "Aanmelding Leergang Wijkgericht Werken Lelystad", "2010-03-22 14:00",
    """Geachte organisatie,

Hierbij meld ik mij aan voor de Leergang Wijkgericht Werken in Lelystad (start september).

Naam: Buurtwerker Honderddrieendertig
Organisatie: Welzijn Tekentafel
Functie: buurtwerker
Telefoon: 036-530 77 33

Met vriendelijke groet,
Buurtwerker Honderddrieendertig"""),
    X("a complete form for another course (Lelystad): a person must see it", "human", "nl"))

add("other-event-symposium", webmail(
    "Secretaresse Honderdvierendertig <s134@zorgkompas.example.nl>",
    "Aanmelding symposium Jeugd 12 mei", "2010-04-28 13:13",
    """Goedemiddag,

Ik wil graag twee collega's aanmelden voor het symposium Jeugd en Wijk op 12 mei in het stadhuis:
Teamlid Honderdvijfendertig en Teamlid Honderdzesendertig, beiden Zorgkompas Flevoland.

Groet,
Secretaresse Honderdvierendertig""", agent="Zimbra 6.0.6_GA_2324 (ZimbraWebClient - FF3.0 (Win)/6.0.6_GA_2324)"),
    X("registration for another event (a symposium): nobody registered for the course", "human", "nl"))

add("organiser-digest-reply", outlook2010(
    ORG, "RE: Dagoverzicht 14-04-2010: 34 bevestigd, 26 vrij, 2 wachtend; 3 voor u",
    "2010-04-14 09:12",
    """Ter info voor het archief:

- Fellow SixtyThree [K8DPZ-3NHWC] staat terecht op de wachtlijst (vierde van Example Care Cooperative).
- Waarnemer Drieentachtig [X5RMV-2JQTL]: telefonisch bevestigd dat hij komt.
- Luistervink Tweeenzeventig [M9TZQ-4HVXB]: ik bel de organisatie zelf.

Groet,
Programmasecretariaat DMO

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: woensdag 14 april 2010 8:00
Aan: Programmasecretariaat DMO
Onderwerp: Dagoverzicht 14-04-2010: 34 bevestigd, 26 vrij, 2 wachtend; 3 voor u

Dagoverzicht van de aanmeldingen, 14-04-2010
Almere: Sociale ambities in een groeiende stad

PLAATSEN PER POOL
  gemeente: 9 bevestigd, 11 vrij (van 20), 0 op de wachtlijst
  organisaties: 25 bevestigd, 15 vrij (van 40), 2 op de wachtlijst
  Totaal: 34 bevestigd, 26 vrij (van 60), 2 op de wachtlijst""", irt="<regbot.digest.20100414@example.org>"),
    X("the organiser's reply to the digest quoting three people's codes: no code label", "human", "nl"))

add("organiser-phone-registration", outlook2010(
    ORG, "Aanmelding telefonisch ontvangen", "2010-04-19 11:30",
    """Hallo,

Graag onderstaande persoon inschrijven, zij belde vanochtend:

Naam: Wijkverpleegkundige Honderdzevenendertig
Organisatie: Zorgkompas Flevoland
Functie: wijkverpleegkundige
E-mail: wv137@zorgkompas.example.nl
Telefoon: 036-549 70 37

Groet,
Programmasecretariaat DMO"""),
    X("the organiser passes on a registration she took by phone: for a person", "human", "nl"))

add("organiser-list-request", plain(
    ORG, "overzicht deelnemers per organisatie", "2010-05-12 16:00",
    """Kun je mij een overzicht sturen van alle bevestigde deelnemers per organisatie, met factuurgegevens? Voor de financiele administratie.

Dank,
Programmasecretariaat DMO""", extra=[("X-Mailer", "Microsoft Office Outlook 12.0")]),
    X("the organiser asks for a list", "human", "nl"))

s, b = conf_nl("Teamlid Vier", "QP6RD-ZJ84K", "Welzijn Tekentafel", "ouderenadviseur",
               "teamlid.vier@tekentafel.example.nl", phone="036 - 530 77 81")
add("correction-phone-with-code", notes(
    "Teamlid Vier/Welzijn Tekentafel <teamlid.vier@tekentafel.example.nl>",
    "Antw: " + s, "2010-03-06 10:00",
    """Beste,

In de bevestiging staat een oud telefoonnummer. Mijn nummer is nu 036 - 530 77 99.

Met vriendelijke groet,
Teamlid Vier


deSTADSWIJKstudies Almere <aanmelden@example.org>
05-03-2010 09:02

Aan
teamlid.vier@tekentafel.example.nl
Onderwerp
""" + s + "\n\n" + b),
    X("correction of her own phone in reply to the confirmation; code in the subject and quote", "human", "nl", code="QP6RD-ZJ84K"))

add("correction-diet-no-code-en", gmail(
    "Observer Three <observer.three@gmail.example.com>",
    "Diet correction", "2010-03-06 12:30",
    """Hi,

Small correction to my registration of last Thursday: I am vegetarian, not vegan. Sorry for the confusion!

Observer Three"""),
    X("correction of a detail without code", "human", "en"))

add("correction-invoice-ref-with-code", oe(
    "Inwoner Dertien <inwoner13@modelkust.example.org>",
    "Factuurkenmerk wijzigen - C9YWK-P3LAS", "2010-03-24 15:00",
    """Goedemiddag,

Onze financiele afdeling vraagt of op de factuur voor mijn deelname (code C9YWK-P3LAS) het nieuwe kenmerk VWM/2010/15 kan staan in plaats van VWM/2010/08.

Met vriendelijke groet,
Inwoner Dertien"""),
    X("correction of the invoice reference with the code in subject and text", "human", "nl", code="C9YWK-P3LAS", q="yes"))

s, b = conf_en("Member Seven", "H3ZUV-W6LMD", "Sample Youth Trust", "youth worker",
               "member.seven@youthtrust.example.com", phone="036 720 1840")
add("thanks-en", apple(
    "Member Seven <member.seven@youthtrust.example.com>",
    "Re: " + s, "2010-03-10 09:01",
    "Great, thank you! Looking forward to it.\n\nMember\n\nOn 10 Mar 2010, at 08:34, deSTADSWIJKstudies Almere wrote:\n\n" + quote(b)),
    X("thank-you reply to the confirmation; carries the code", "human", "en", code="H3ZUV-W6LMD"))

s, b = conf_nl("Wijkgenoot Acht", "E8CKT-N2RFY", "Gemeente Almere", "wijkregisseur Haven",
               "wacht@almere.nl", free=True, phone="(036) 539 9213", diet="noten")
add("thanks-nl", outlook2010(
    "Wijkgenoot Acht <wacht@almere.nl>",
    "RE: " + s, "2010-03-11 13:30",
    """Dank je wel, staat in mijn agenda!

Wijkgenoot Acht

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: donderdag 11 maart 2010 13:12
Aan: Wijkgenoot Acht
Onderwerp: """ + s + "\n\n" + b),
    X("thank-you to the confirmation; code in subject and quote", "human", "nl", code="E8CKT-N2RFY"))

add("absence-one-day-code", zarafa(
    "Teamlid Zeventien <t.zeventien@wijkpunt.example.nl>",
    "23 september afwezig [J3QEV-9SWCT]", "2010-05-20 09:30",
    """Beste,

Op donderdag 23 september (dag 2) kan ik helaas niet, dan ben ik op
vakantie. De andere dagen ben ik er gewoon bij. Mijn code: J3QEV-9SWCT.

Groet,
Teamlid Zeventien"""),
    X("absent one day only, with code: not a cancellation", "human", "nl", code="J3QEV-9SWCT"))

add("absence-one-day-no-code-en", blackberry(
    "Guest TwentySeven <guest27@familyservices.example.com>",
    "Day 3", "2010-10-25 07:40",
    """Hi - I can't make it on 2 November due to a court hearing, but will be there on the 23rd. Apologies.
Guest TwentySeven
Sent from my BlackBerry® wireless device"""),
    X("absent on one day, no code", "human", "en"))

add("invoice-complaint-code", outlook(
    "Crediteuren Blauwdruk <crediteuren@blauwdruk.example.org>",
    "Dubbele factuur deelnemer B7NQ3-HW2ZE", "2010-06-15 10:00",
    """Geachte heer/mevrouw,

Wij ontvingen voor deelnemer Verkenner Twee (B7NQ3-HW2ZE) twee facturen van elk EUR 1.000. Wij betalen er een; wilt u de andere crediteren?

Met vriendelijke groet,
Crediteurenadministratie Zorggroep Blauwdruk"""),
    X("invoice complaint naming a participant's code", "human", "nl", code="B7NQ3-HW2ZE", q="yes"))

add("speaker-office-en", outlook2010(
    "Office of Professor HundredThirtyEight <office138@university.example.edu>",
    "Day 2 - speaker arrangements", "2010-09-10 11:00", lang="EN", body=
    """Dear organiser,

Professor HundredThirtyEight will speak on day 2 (23 September). Could you let us know where she can park, and whether a projector and laptop are available? She will arrive around 10:30.

Kind regards,
Office of Professor HundredThirtyEight"""),
    X("a speaker's office about arrangements", "human", "en", q="yes"))

add("off-mailing-list", yahoo(
    "Oud-medewerker Honderdnegenendertig <oud139@yahoo.example.com>",
    "afmelden", "2010-04-09 20:00",
    """Graag mij afmelden van jullie mailinglijst, ik werk niet meer in Almere en krijg steeds de uitnodigingen.

Oud-medewerker Honderdnegenendertig"""),
    X("'afmelden' for the mailing list / invitations, not a registration to cancel", "human", "nl"))
