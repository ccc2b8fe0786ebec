"""Set 7, batch 3: mail from people that must not register anyone (061-103):
details only in an attachment, questions, how-to requests, and mail for a
person (conditional registrations, declines, vendors, other events, the
organiser, corrections, thanks, one-day absences, an invoice complaint).

Typed by hand: the text of every message and its label.
"""
from set7_lib import (add, X, P, outlook365, o365_quote_nl, o365_quote_en,
                      gmail, tb, ios, ios_quote_nl, ios_quote_en, proton,
                      proton_quote, fastmail, roundcube, samsung,
                      samsung_quote_nl, outlook_android, mailspring, zoho,
                      sogo, outlook2010, outlook2003, owa, notes, groupwise,
                      oe, evolution, claws, yahoo, pegasus, opera, thebat,
                      seamonkey, sylpheed, postbox, macoutlook, alpine, gnus,
                      gmx, kmail, nokia, winmobile, ipad, blackberry, mutt,
                      with_attachments, attachment, apple, conf_nl, conf_en,
                      reminder_nl, reminder_en, digest_nl, quote, robot_mid,
                      ok_code, ORG, ROBOT, TITLE)
import lib

# 061 ---------------------------------------------------------------------
_m061 = outlook2010(
    "Leergenoot Vijfennegentig <l.vijfennegentig@schaalschets.example.nl>",
    "Aanmeldformulier leergang", "2010-04-02 14:12", """\
Goedemiddag,

In de bijlage vindt u mijn ingevulde aanmeldformulier voor de leergang deSTADSWIJKstudies.

Met vriendelijke groet,

Leergenoot Vijfennegentig
""")
add("attachment-only-nl-docx", with_attachments(_m061, [attachment(lib.docx([
    "AANMELDFORMULIER deSTADSWIJKstudies op locatie Almere",
    "Naam: Leergenoot Vijfennegentig",
    "Organisatie: Zorggroep Schaalschets",
    "Functie: specialist ouderengeneeskunde",
    "E-mail: l.vijfennegentig@schaalschets.example.nl",
    "Telefoon: 036 555 9595",
    "Factuuradres: Zorggroep Schaalschets, Postbus 2020, 1300 EE Almere"]),
    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Aanmeldformulier deSTADSWIJKstudies.docx")]), X(
        "the details are only in an attached .docx: a person must read it",
        "human", "nl"))

# 062 ---------------------------------------------------------------------
add("question-nl-days-2-3-only", tb(
    "Netwerker Zesennegentig <n.zesennegentig@bouwplaat.example.nl>",
    "Aanmelden voor een deel van de leergang?", "2010-03-05 11:20", """\
Goedendag,

Ik zou me graag aanmelden, maar alleen de thema's van 23 september en 2 november sluiten echt aan bij mijn werk (diversiteit en wonen). Kan ik me ook voor alleen die twee dagen inschrijven, en wat kost dat dan?

Met vriendelijke groet,
Netwerker Zesennegentig
MEE Bouwplaat
"""), X("asks whether one can register for two of the four days and at what fee",
        "question", "nl", q="yes"))

# 063 ---------------------------------------------------------------------
add("question-en-volunteer-fee", gmail(
    "Novice NinetySeven <novice97@example.com>",
    "Fee for volunteers?", "2010-03-09 19:44", """\
Hi,

I'm a volunteer with a small residents' association in Almere Haven (no paid staff, no budget to speak of). The course looks great, but EUR 1,000 is far beyond what we can pay. Is there a reduced fee for volunteers or residents' groups, or any other way we could take part?

Many thanks,
Novice NinetySeven
"""), X("asks about a reduced fee before registering",
        "question", "en", q="yes"))

# 064 ---------------------------------------------------------------------
add("question-nl-accreditatie", outlook365(
    "Bijwoner Achtennegentig <b.achtennegentig@steigerwerk.example.nl>",
    "Accreditatie leergang?", "2010-03-12 09:05", """\
Beste organisatie,

Voordat ik mij aanmeld: is de leergang geaccrediteerd bij het Kwaliteitsregister Jeugd? Zo ja, voor hoeveel punten? Voor mijn herregistratie als jeugdzorgwerker maakt dat veel uit.

Met vriendelijke groet,

Bijwoner Achtennegentig
Jeugdhulp Steigerwerk
"""), X("asks about accreditation before registering",
        "question", "nl", q="yes"))

# 065 ---------------------------------------------------------------------
add("question-nl-zzp", roundcube(
    "Cursusganger Negenennegentig <info@negenennegentig-advies.example.nl>",
    "Deelname als zzp'er", "2010-03-16 15:32", """\
Goedemiddag,

Ik werk als zelfstandig adviseur voor verschillende welzijnsorganisaties in Almere. Kan ik mij als zzp'er ook aanmelden voor de leergang, of is die alleen bedoeld voor medewerkers van maatschappelijke organisaties en de gemeente? En geldt voor mij dan hetzelfde tarief van 1.000 euro?

Met vriendelijke groet,

Cursusganger Negenennegentig
Negenennegentig Advies
"""), X("a self-employed adviser asks whether she may register and at what fee",
        "question", "nl", q="yes"))

# 066 ---------------------------------------------------------------------
_s066, _b066 = conf_en("Practitioner TwentySix", ok_code("3ZPXA-K8H6N"),
                       "Example Youth Works Almere", "street-based youth worker",
                       "practitioner.26@youthworks.example.net",
                       phone="036 555 2626", diet="no pork, no alcohol in the food",
                       ia="Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere",
                       ir="YW-26-OUT")
add("question-en-prayer-room-reply", owa(
    "Practitioner TwentySix <practitioner.26@youthworks.example.net>",
    "RE: " + _s066, "2010-04-08 10:02", """\
Hello,

Thanks for the confirmation. One question: is there a quiet room at the library where I could pray at lunchtime? Ten minutes is enough.

Regards,
Practitioner TwentySix
""" + o365_quote_en("deSTADSWIJKstudies Almere [aanmelden@example.org]",
                    "2010-04-07 15:33", "Practitioner TwentySix", _s066, _b066,
                    line=True), irt=robot_mid("confirmation", "3ZPXA-K8H6N")), X(
        "a question in reply to the confirmation; the code is in the subject and the quote",
        "question", "en", code="3ZPXA-K8H6N", q="yes"))

# 067 ---------------------------------------------------------------------
add("question-en-recording", macoutlook(
    "Steward Hundred <steward100@refugeementors.example.org>",
    "Recordings of the lectures?", "2010-03-22 16:40", """\
Dear organisers,

Our director is registered for the course. Two of our colleagues work from our office in Lelystad and cannot attend. Will the lectures be recorded or streamed, so that they could follow them afterwards? And if so, is there a charge for that?

Best regards,
Steward Hundred
Example Refugee Mentors
"""), X("asks whether lectures are recorded for colleagues who do not attend",
        "question", "en", q="yes"))

# 068 ---------------------------------------------------------------------
add("question-nl-seat-without-name", notes(
    "Praktijkmaker Honderdeen <praktijkmaker101@speelmodel.example.nl>",
    "Plaats reserveren zonder naam?", "2010-03-24 13:13", """\
Geachte heer/mevrouw,

Kinderopvang Speelmodel wil graag een tweede medewerker naar de leergang sturen, maar wie dat wordt weten wij pas na de sollicitatieronde half mei. Kunnen wij nu al een plaats reserveren en de naam later doorgeven? Of moeten wij ons aanmelden zodra wij de naam weten?

Met vriendelijke groet,

Praktijkmaker Honderdeen
Manager HR
Kinderopvang Speelmodel
"""), X("asks whether a seat can be held without a name: a question, nobody is registered",
        "question", "nl", q="yes"))

# 069 ---------------------------------------------------------------------
add("question-nl-btw", gmx(
    "Administratie Wijkatelier <administratie.wijkatelier@example.net>",
    "Vraag over de bijdrage", "2010-03-26 10:00", """\
Goedemorgen,

Een van onze medewerkers wil zich aanmelden voor de leergang. Voor onze begroting wil ik graag weten of de bijdrage van EUR 1.000,- inclusief of exclusief btw is, en of er btw wordt berekend.

Met vriendelijke groet,

Financiële administratie
Stichting Wijkatelier Proefvlak
"""), X("asks whether VAT is charged on the fee",
        "question", "nl", q="yes"))

# 070 ---------------------------------------------------------------------
add("question-en-cap-five", yahoo(
    "Mentor HundredTwo <mentor102@example.com>",
    "How many people can we register?", "2010-04-01 11:45", """\
Hello,

We are a medium-sized housing association and five of our neighbourhood staff want to register for the course. Is there a maximum per organisation? If so, can we put the others on a waiting list, or do we have to choose?

Regards,
Mentor HundredTwo
Example Housing Cooperative Haven
"""), X("asks about the limit per organisation before registering five: nobody is named",
        "question", "en", q="yes"))

# 071 ---------------------------------------------------------------------
add("question-nl-baby", ios(
    "Stadmaker Honderddrie <stadmaker103@example.nl>",
    "Vraagje", "2010-04-05 21:02", """\
Hallo,

Ik wil me graag aanmelden, maar ik ben met verlof en heb in juni een baby van drie maanden. Mag ik haar op 1 juni meenemen, of is er een ruimte waar ik kan kolven?

Groetjes,
Stadmaker Honderddrie

Verstuurd vanaf mijn iPhone"""), X("asks about bringing a baby or a room for breastfeeding, before registering",
                                    "question", "nl", q="yes"))

# 072 ---------------------------------------------------------------------
add("question-nl-slides-code-subject", claws(
    "Bijwoner Negenentwintig <bijwoner29@rasterland.example.nl>",
    "Presentaties dag 4 [5HBXZ-R4W7P]", "2010-06-14 09:50", """\
Goedemorgen,

Ik ben aangemeld voor de leergang, maar op 23 november ben ik helaas op een congres in Utrecht. Kunnen deelnemers die een dag missen de presentaties van die dag achteraf krijgen?

Met vriendelijke groet,
Bijwoner Negenentwintig
GGD Rasterland
"""), X("asks for the slides of a day he will miss; the code is in the subject he typed",
        "question", "nl", code="5HBXZ-R4W7P", q="yes"))

# 073 ---------------------------------------------------------------------
add("question-nl-hypothetical-illness", evolution(
    "Polderaar Honderdvier <p.honderdvier@ruwbouw.example.nl>",
    "Voorwaarden bij ziekte", "2010-04-07 14:44", """\
Beste organisatie,

Voordat wij iemand aanmelden een vraag over de voorwaarden. Stel dat een deelnemer na 18 mei langdurig ziek wordt en geen collega kan sturen, moet de organisatie dan toch de volledige 1.000 euro betalen? Of wordt er in zo'n geval een uitzondering gemaakt?

Vriendelijke groet,
Polderaar Honderdvier
Woonstichting Ruwbouw
"""), X("a hypothetical question about the cancellation terms",
        "question", "nl", q="yes"))

# 074 ---------------------------------------------------------------------
add("question-en-council-members", proton(
    "Envoy HundredFive <envoy105@example.net>",
    "Open to council members?", "2010-04-09 12:30", """\
Dear secretariat,

I am a member of the municipal council of Almere. Is the course also open to council members, and would I register through the municipality's seats or as an outside participant?

Kind regards,
Envoy HundredFive

Sent with Proton Mail secure email.
"""), X("asks whether council members may take part and in which pool",
        "question", "en", q="yes"))

# 075 ---------------------------------------------------------------------
add("question-en-seats-left", outlook_android(
    "Practitioner HundredSix <practitioner106@carecoop.example.com>",
    "Seats still available?", "2010-05-14 07:55", """\
Hi, quick one before I ask my manager for the budget: are there still seats left for organisations, and if not, how long is the waiting list?

Thanks
Practitioner HundredSix

Get Outlook for Android
"""), X("asks about free seats and the waiting list before registering",
        "question", "en", q="yes"))

# 076 ---------------------------------------------------------------------
add("question-nl-tijdsinvestering", pegasus(
    "Leergenoot Honderdzeven <l.honderdzeven@voorstudie.example.nl>",
    "Tijdsinvestering leergang", "2010-04-13 10:25", """\
Geachte organisatie,

Mijn leidinggevende vraagt wat de leergang naast de vier dagen aan tijd kost. Is er voorbereiding, leeswerk of een eindopdracht? Dan kan ik dat meenemen in mijn aanvraag.

Met vriendelijke groet,

Leergenoot Honderdzeven
Humanitas Voorstudie
"""), X("asks about preparation and assignments before applying",
        "question", "nl", q="yes"))

# 077 ---------------------------------------------------------------------
add("question-nl-ideal", opera(
    "Inschrijver Honderdacht <inschrijver108@example.nl>",
    "Betalen zonder factuur?", "2010-04-15 20:12", """\
Hallo,

Ik wil mij als vrijwilliger aanmelden en betaal de leergang zelf. Ik heb dus geen organisatie die een factuur kan verwerken. Kan ik ook direct betalen, bijvoorbeeld via iDEAL of een overboeking vooraf?

Groet,
Inschrijver Honderdacht
"""), X("asks about paying directly instead of an invoice to an organisation",
        "question", "nl", q="yes"))

# 078 ---------------------------------------------------------------------
add("question-nl-late-day1-code", groupwise(
    "Stadmaker Zestien <SZestien@vluchtelingenwerk-steigerstad.example.nl>",
    "Later aanwezig op 1 juni", "2010-05-20 16:05", """\
Beste organisatie,

Op 1 juni heb ik 's ochtends een zitting bij de rechtbank die ik niet kan verzetten. Ik kan daardoor pas rond 12.00 uur in de bibliotheek zijn. Is dat een probleem, en is er iets dat ik van de ochtend moet nalezen?

Mijn referentiecode is S3WGE-Y7R5D.

Met vriendelijke groet,

Stadmaker Zestien
Vluchtelingenwerk Steigerstad
"""), X("a registered participant asks about arriving late on day 1; code in her text",
        "question", "nl", code="S3WGE-Y7R5D", q="yes"))

# 079 ---------------------------------------------------------------------
add("help-nl-how-to-register", sylpheed(
    "Netwerker Honderdnegen <netwerker109@bouwplaat.example.nl>",
    "Hoe aanmelden?", "2010-03-03 09:47", """\
Goedemorgen,

Ik heb de folder van deSTADSWIJKstudies gekregen, maar ik zie nergens een aanmeldformulier. Hoe kan ik mij aanmelden en welke gegevens hebben jullie nodig?

Groet,
Netwerker Honderdnegen
"""), X("asks how to register; the robot's help answers it",
        "help", "nl"))

# 080 ---------------------------------------------------------------------
add("help-en-programme-form", seamonkey(
    "Tutor HundredTen <tutor110@learningtrust.example.org>",
    "Programme and registration form", "2010-03-10 14:18", """\
Dear Sir or Madam,

Could you please send me the programme of the course and the registration form? A colleague passed on the address but not the brochure.

Kind regards,
Tutor HundredTen
"""), X("asks for the programme and the way to register",
        "help", "en"))

# 081 ---------------------------------------------------------------------
add("help-nl-programma", mutt(
    "Bijwoner Honderdelf <bijwoner111@example.nl>",
    "informatie leergang", "2010-03-18 22:30", """\
Graag ontvang ik het programma van de leergang.

B. Honderdelf
"""), X("asks for the programme only",
        "help", "nl"))

# 082 ---------------------------------------------------------------------
add("help-en-signup-link", samsung(
    "Pupil HundredTwelve <pupil112@example.org>",
    "How to sign up", "2010-04-19 12:40", """\
Hello, how do I sign up for the Almere course? Is there a link or a form somewhere?



Sent from my Samsung Galaxy smartphone."""), X(
        "asks how to sign up", "help", "en"))

# 083 ---------------------------------------------------------------------
add("conditional-nl-mt-akkoord", outlook365(
    "Praktijkmaker Honderddertien <p.honderddertien@proefmodel.example.nl>",
    "Aanmelding onder voorbehoud", "2010-04-06 11:11", """\
Beste organisatie,

Ik wil mij graag aanmelden voor de leergang, maar onder voorbehoud: ons MT beslist op 19 april over het opleidingsbudget. Pas als zij akkoord gaan, is mijn aanmelding definitief. Ik geef het dan direct door.

Naam: Praktijkmaker Honderddertien
Organisatie: GGZ Proefmodel
Functie: teamleider FACT-team
E-mail: p.honderddertien@proefmodel.example.nl
Telefoon: 036 555 1130
Factuuradres: GGZ Proefmodel, Antwoordnummer 1313, 1300 VB Almere

Met vriendelijke groet,
Praktijkmaker Honderddertien
"""), X("a full form, but 'onder voorbehoud' until the management decides: a person must hold it",
        "human", "nl"))

# 084 ---------------------------------------------------------------------
add("hesitant-en-hold-seat", fastmail(
    "Novice HundredFourteen <novice114@debtbuddies.example.org>",
    "Could you hold a place?", "2010-04-26 17:20", """\
Hello,

I would very much like to join the course, but our grant for 2010 is only decided on 20 May. Could you hold a place for me until then? If the grant comes through I'll confirm straight away.

Novice HundredFourteen
Trainer, Example Debt Buddies Almere
06 5551 1414
"""), X("asks to hold a seat until a grant decision: hesitant, for a person, with a question",
        "human", "en", q="yes"))

# 085 ---------------------------------------------------------------------
add("conditional-nl-invoice-2011", sogo(
    "Wijkmaker Honderdvijftien <w.honderdvijftien@schetslijn.example.nl>",
    "Aanmelding, als de factuur in 2011 kan", "2010-05-06 10:40", """\
Goedemorgen,

Onze opleidingsbegroting voor 2010 is op. Als de factuur pas in januari 2011 kan komen, dan meld ik mij graag aan:

Wijkmaker Honderdvijftien
opbouwwerker, Buurtwerk Schetslijn
w.honderdvijftien@schetslijn.example.nl
036 555 1150
Factuur: Buurtwerk Schetslijn, Postbus 5050, 1300 KA Almere

Kan dat? Anders moet ik helaas afzien van deelname.

Groet,
Wijkmaker Honderdvijftien
"""), X("registers only if the invoice can wait until 2011, and asks whether it can",
        "human", "nl", q="yes"))

# 086 ---------------------------------------------------------------------
_inv086 = """\
Geachte relatie,

Graag nodigen wij u en uw organisatie uit voor de leergang "Almere:
Sociale ambities in een groeiende stad" van deSTADSWIJKstudies, op 1 juni,
23 september, 2 en 23 november 2010 in De Nieuwe Bibliotheek.

Aanmelden kan tot 25 mei 2010 door een mail met naam, organisatie,
functie, e-mailadres, telefoonnummer en factuuradres te sturen naar
aanmelden@example.org.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere"""
add("decline-nl-invitation", outlook2003(
    "Directeur Speelmodel <directie@speelmodel.example.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies Almere", "2010-03-17 16:05", """\
Geachte heer/mevrouw,

Dank voor de uitnodiging. Wij hebben al een medewerker aangemeld; zelf kan ik helaas niet deelnemen vanwege andere verplichtingen in die periode. Ik wens u een geslaagde leergang.

Met vriendelijke groet,

Directie Kinderopvang Speelmodel
""" + "\n\n-----Oorspronkelijk bericht-----\nVan: Programmasecretariaat DMO [mailto:secretariaat@almere.nl]\n"
    "Verzonden: maandag 15 maart 2010 10:00\nAan: directie@speelmodel.example.nl\n"
    "Onderwerp: Uitnodiging leergang deSTADSWIJKstudies Almere\n\n" + _inv086,
    extra=[("In-Reply-To", "<uitnodiging-leergang-2010@almere.nl>")]), X(
        "a director declines the invitation for herself: nobody to register or cancel",
        "human", "nl"))

# 087 ---------------------------------------------------------------------
add("decline-en-none-this-year", gmail(
    "Director Food Bank <director@foodbank.example.org>",
    "Re: deSTADSWIJKstudies Almere", "2010-03-29 13:50", """\
Dear organisers,

Thank you for thinking of us. After some discussion our board has decided that, apart from the volunteers who registered themselves, the food bank will not be sending staff to the course this year. We hope there will be a next edition.

Kind regards,
Director
Example Food Bank Almere
"""), X("an organisation declines sending staff: for a person",
        "human", "en"))

# 088 ---------------------------------------------------------------------
add("vendor-nl-zaalverhuur", oe(
    "Verkoop Vergadercentrum <verkoop@vergadercentrum.example.com>",
    "Uw leergang: vergaderruimte en catering", "2010-03-31 10:30", """\
Geachte organisator,

Wij lazen over uw leergang "Almere: Sociale ambities in een groeiende stad". Voor een volgende editie bieden wij graag onze zalen aan in het centrum van Almere: tot 80 personen, met daglicht, beamer en lunch vanaf EUR 32,50 per persoon.

Graag maak ik een afspraak voor een rondleiding. Aanmelden voor onze open dag kan via deze mail.

Met vriendelijke groet,

Verkoper Vergadercentrum
Vergadercentrum Polderpoort
036 555 8800
"""), X("a venue offers its rooms: a vendor writing personally",
        "human", "nl"))

# 089 ---------------------------------------------------------------------
add("vendor-en-graphic-recording", mailspring(
    "Artist Visual Notes <hello@visualnotes.example.com>",
    "Live drawing at your Almere course?", "2010-04-12 09:00", """\
Hi there,

I'm a graphic recorder: I draw the conversations of conferences and courses live on large panels, so participants leave with a visual summary. I'd love to offer this for one or all four days of your course in Almere.

Would you be interested? I'm happy to register as a supplier and send a quote.

Warmly,
Artist
Visual Notes Studio
+31 6 5558 8899
"""), X("a graphic recorder offers her services: a vendor",
        "human", "en"))

# 090 ---------------------------------------------------------------------
add("other-event-nl-netwerkmiddag", zoho(
    "Cursusganger Honderdzestien <c116@werktekening.example.nl>",
    "Aanmelding netwerkmiddag wijkteams 8 april", "2010-03-30 15:15", """\
Beste organisatie,

Hierbij meld ik mij aan voor de netwerkmiddag Wijkteams op donderdag 8 april in het stadhuis.

Naam: Cursusganger Honderdzestien
Organisatie: Stichting Werktekening
Functie: wijkteamcoördinator
E-mail: c116@werktekening.example.nl
Telefoon: 036 555 1160

Met vriendelijke groet,
Cursusganger Honderdzestien
"""), X("a complete form for another event (a networking afternoon), sent to this address",
        "human", "nl"))

# 091 ---------------------------------------------------------------------
add("other-course-en-summer-school", thebat(
    "Steward HundredSeventeen <steward117@socialwork.example.edu>",
    "Registration Summer School Urban Practice", "2010-04-14 11:10", """\
Dear organisers,

I would like to register for the Summer School Urban Practice (Amsterdam, 5-9 July 2010).

Name: Steward HundredSeventeen
Institution: Sample Institute of Social Work
Function: PhD candidate
Email: steward117@socialwork.example.edu
Phone: +31 20 555 1170
Accommodation needed: yes, 4 nights

Kind regards,
Steward HundredSeventeen
"""), X("a complete form for another course (a summer school in July)",
        "human", "en"))

# 092 ---------------------------------------------------------------------
_sd092, _bd092 = digest_nl(
    "29 april 2010", "28 april 2010 08:00", 33, 1, "dinsdag 1 juni 2010",
    [("gemeente", 4, 16, 20, 0), ("organisaties", 37, 3, 40, 2)],
    [("Stadmaker Vijfenveertig", "Gemeente Almere", "C9RKT-2PXW6", "gemeente", "bevestigd", "28 april 08:55"),
     ("Netwerker Zesenveertig", "Gemeente Almere", "M5ZHQ-8DN3B", "gemeente", "bevestigd", "28 april 08:55"),
     ("Steward FortyTwo", "Sample Neighbourhood Mediation Almere", "J2WGE-7TK4X", "organisaties", "bevestigd", "28 april 15:48"),
     ("Tutor FortyThree", "Sample Neighbourhood Mediation Almere", "Q8BVS-3MH5N", "organisaties", "bevestigd", "28 april 15:48"),
     ("Novice FortyFour", "Sample Neighbourhood Mediation Almere", "6XDPR-Z4W9T", "organisaties", "bevestigd", "28 april 15:48")],
    [],
    [("28 april 16:02", "wijkbewoner@example.net", "Vraag over parkeren bij de bibliotheek", "vraag")],
    [], "EUR 37.000,00", 19, 1)
for _c in ("C9RKT-2PXW6", "M5ZHQ-8DN3B", "J2WGE-7TK4X", "Q8BVS-3MH5N", "6XDPR-Z4W9T"):
    ok_code(_c)
# she cut the quoted digest after the changes before sending
_bd092 = _bd092.split("\nVOOR U")[0] + "\n[...]"
add("organiser-nl-digest-note", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "RE: " + _sd092, "2010-04-29 08:40", """\
Hoi,

Bij Stadmaker Vijfenveertig (C9RKT-2PXW6) en Netwerker Zesenveertig (M5ZHQ-8DN3B) graag als afdeling "Wijkzaken" noteren voor de presentielijst. En Novice FortyFour (6XDPR-Z4W9T) heeft gebeld: zij komt alleen op de eerste drie dagen, dat is met mij afgestemd.

Groet,
Programmasecretariaat DMO
""" + "\n\n-----Oorspronkelijk bericht-----\nVan: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]\n"
    "Verzonden: donderdag 29 april 2010 8:00\nAan: Programmasecretariaat DMO\n"
    "Onderwerp: " + _sd092 + "\n\n" + _bd092), X(
        "the organiser's note in reply to the digest, about three other people's codes: for a person, no code of her own",
        "human", "nl"))

# 093 ---------------------------------------------------------------------
add("organiser-nl-phone-registration", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Telefonische aanmelding", "2010-05-11 14:22", """\
Hallo,

Vanochtend belde onderstaande mevrouw; zij wil graag deelnemen. Kun je haar aanmelden?

Naam: Polderaar Honderdachttien
Organisatie: Bibliotheek Ontwerpkust
Functie: educatiemedewerker
E-mail: p.honderdachttien@ontwerpkust.example.nl
Telefoon: 036 555 1180

Groet,
Programmasecretariaat DMO
Gemeente Almere
"""), X("the organiser passes on a registration taken by phone: her own mail is for a person",
        "human", "nl"))

# 094 ---------------------------------------------------------------------
add("organiser-nl-guest-day2", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Dag 2: praktijkgast en extra lunch", "2010-09-14 11:05", """\
Ter info: op 23 september schuift een praktijkgast van de woningcorporatie aan bij de middag. Zij hoeft niet ingeschreven te worden, maar graag een extra lunch en een naambordje "Praktijkgast".

Groet,
Programmasecretariaat DMO
"""), X("the organiser's note about a practice guest on day 2: for a person",
        "human", "nl"))

# 095 ---------------------------------------------------------------------
add("correction-nl-code-text-phone", outlook365(
    "Bijwoner Zeven <b.zeven@ruwbouw.example.nl>",
    "Nieuw telefoonnummer", "2010-04-20 09:12", """\
Goedemorgen,

Per 1 mei heb ik een nieuw mobiel nummer: 06 5550 7717. Het vaste nummer 036 555 7170 vervalt. Willen jullie dat aanpassen bij mijn aanmelding (code R3JNW-P6K0T)?

Met vriendelijke groet,
Bijwoner Zeven
Woonstichting Ruwbouw
"""), X("a correction of her own phone, with the code in the text: a change for a person",
        "human", "nl", code="R3JNW-P6K0T"))

# 096 ---------------------------------------------------------------------
add("correction-nl-no-code-allergy", sogo(
    "Netwerker Achttien <netwerker.achttien@oefenbaan.example.nl>",
    "correctie dieetwens", "2010-04-02 08:30", """\
Dag,

In mijn aanmelding van vorige week schreef ik notenallergie, maar het gaat om een pinda-allergie (andere noten zijn geen probleem). Kunnen jullie dat doorgeven aan de catering?

Groet,
Netwerker Achttien
"""), X("a correction of her own diet without a code", "human", "nl"))

# 097 ---------------------------------------------------------------------
_s097, _b097 = conf_en("Apprentice Five", ok_code("ZK4PH-N9Y2C"),
                       "Example Food Bank Almere", "volunteer coordinator",
                       "apprentice.five@example.net", phone="+31 6 5550 7713",
                       diet="vegan",
                       ia="Example Food Bank Almere, Transistorstraat 7, 1322 CJ Almere")
add("correction-en-code-in-quote", proton(
    "Apprentice Five <apprentice.five@example.net>",
    "Re: " + _s097, "2010-04-22 18:40", """\
Hello,

Small correction: from 1 May our billing address changes. Please use Example Food Bank Almere, Postbus 7777, 1300 ZZ Almere for the invoice.

Thanks,
Apprentice Five
""" + proton_quote("2010-03-08 11:06", "deSTADSWIJKstudies Almere <aanmelden@example.org>",
                   _b097), irt=robot_mid("confirmation", "ZK4PH-N9Y2C")), X(
        "a correction of the invoice address in reply to the confirmation; the code is in the subject and the quote",
        "human", "en", code="ZK4PH-N9Y2C"))

# 098 ---------------------------------------------------------------------
_s098, _b098 = conf_nl("Stadmaker Drie", ok_code("Q2VXN-7JD4A"),
                       "Thuiszorg Ontwerpnet", "wijkverpleegkundige",
                       "stadmaker.drie@ontwerpnet.example.nl",
                       phone="06-55531408", diet="vegetarisch",
                       ia="Thuiszorg Ontwerpnet, Postbus 1077, 1300 BB Almere")
add("thanks-nl-code-reply", tb(
    "Stadmaker Drie <stadmaker.drie@ontwerpnet.example.nl>",
    "Re: " + _s098, "2010-03-04 14:02", """\
Dank voor de snelle bevestiging, staat in mijn agenda!

Groet,
Stadmaker Drie

Op 04-03-10 13:30, deSTADSWIJKstudies Almere schreef:
""" + quote(_b098), irt=robot_mid("confirmation", "Q2VXN-7JD4A")), X(
        "a thank-you in reply to the confirmation; the code is in the subject and the quote",
        "human", "nl", code="Q2VXN-7JD4A"))

# 099 ---------------------------------------------------------------------
add("thanks-en-no-code", samsung(
    "Pupil ThirtyOne <pupil.31@migrantsupport.example.org>",
    "Thanks", "2010-04-14 07:40", """\
Thank you, got the confirmation. See you on 1 June!



Sent from my Samsung Galaxy smartphone."""), X(
        "thanks without a code or a quote", "human", "en"))

# 100 ---------------------------------------------------------------------
_s100, _h100, _t100 = reminder_nl("Stadmaker Drie", "Q2VXN-7JD4A", 2,
                                  "donderdag 23 september 2010")
add("absence-nl-day2-reminder-reply", tb(
    "Stadmaker Drie <stadmaker.drie@ontwerpnet.example.nl>",
    "Re: " + _s100, "2010-09-16 12:45", """\
Beste organisatie,

Op 23 september ben ik helaas op vakantie; die dag kan ik er dus niet bij zijn. Op 2 en 23 november ben ik er weer gewoon.

Groet,
Stadmaker Drie

Op 16-09-10 10:00, deSTADSWIJKstudies Almere schreef:
""" + quote(_h100 + "\n\n[...]\n\n" + _t100), irt=robot_mid("reminder", "Q2VXN-7JD4A-2")),
    X("absent one day only, in reply to the 7-day reminder (quote trimmed by her); code in subject and quote",
      "human", "nl", code="Q2VXN-7JD4A"))

# 101 ---------------------------------------------------------------------
add("absence-en-one-day-no-code", apple(
    "Steward TwentyThree <s.twentythree@homecare.example.com>",
    "2 November", "2010-10-20 15:15", """\
Dear organisers,

I'm afraid I can't attend on 2 November because of an inspection visit at one of our locations. I'll be there again on 23 November.

Regards,
Steward TwentyThree"""), X("absent one day, without a code", "human", "en"))

# 102 ---------------------------------------------------------------------
add("invoice-complaint-nl-code", notes(
    "Netwerker Negenendertig <netwerker39@voorstudie.example.nl>",
    "Factuur dubbel ontvangen - K3DWB-6NQ8Z", "2010-06-21 10:30", """\
Geachte heer/mevrouw,

Onze financiële administratie heeft voor mijn deelname (referentiecode K3DWB-6NQ8Z) twee facturen ontvangen, met verschillende factuurnummers maar hetzelfde bedrag. Wilt u een van beide crediteren? Wij betalen er één.

Met vriendelijke groet,

Netwerker Negenendertig
Humanitas Voorstudie
"""), X("an invoice complaint with the code: for a person, asking a change rather than an answer",
        "human", "nl", code="K3DWB-6NQ8Z"))

# 103 ---------------------------------------------------------------------
add("practice-guest-nl-arrangements", gmail(
    "Praktijkgast Honderdnegentien <praktijkgast119@example.nl>",
    "Praktijkinbreng 2 november", "2010-10-25 13:05", """\
Beste organisatie,

Ik ben gevraagd om op 2 november als praktijkgast aan te schuiven bij het gesprek over wonen met en zonder zorgen. Hoe laat word ik verwacht, en kan ik mijn auto ergens kwijt? Ik neem een rolstoelgebruiker uit ons project mee.

Met vriendelijke groet,
Praktijkgast Honderdnegentien
"""), X("a practice guest asks about the arrangements for her day: for a person, with questions",
        "human", "nl", q="yes"))
