"""Development set dev1, batch 3: mail that must not register anyone,
and changes (cancel, substitute, status).  Every message and label typed
by hand."""
from set2_lib import (add, outlook, gmail, tb, mutt, apple, iphone, webmail,
                     plain, X, P, quote, conf_nl, conf_en, wait_nl, wait_en,
                     reminder_nl, robot_mid, ORG, lib)

IA_OW = "Stichting Ontwerpwijk, t.a.v. crediteurenadministratie, Postbus 1401, 1300 BK Almere"
C_EEN = "T4NP8-WQ3ZD"      # Ontwikkel Een
C_TWO = "R9VX2-KL7MB"      # Dev Person Two
C_VIER = "M3HD6-PF9TY"     # Ontwikkel Vier
C_NEGEN = "B8ZW4-NE2QC"    # Ontwikkel Negen
C_ELEVEN = "Y6JR3-GT8XS"   # Dev Person Eleven
C_ACHT = "K2FM9-DV5HU"     # Ontwikkel Acht
C_THIRTEEN = "P5QC7-JA4WN"  # Dev Person Thirteen
C_GTWEE = "E7LU2-RZ6KG"    # Groep Twee
C_ZEVENTIEN = "W3XB8-HM5PF"  # Ontwikkel Zeventien
C_21 = "N6DT4-QY9LA"       # Dev Person Twentyone
C_DERTIG = "G9SK3-UB2WE"   # Ontwikkel Dertig
C_GNEGEN = "Z4AH7-CX8RM"   # Groep Negen
C_FORTY = "U8PE5-LS3VJ"    # Dev Person Forty (waiting list)
C_38 = "F2WN6-TK9DB"       # Ontwikkel Achtendertig
C_GZES = "J5RC8-YW2NP"     # Groep Zes
C_14 = "V7BE3-MQ6XT"       # Group Person Fourteen

# ---- questions -----------------------------------------------------------

add("outlook-nl-q-one-day", outlook(
    "Vraag Een <vraag.een@buurtkracht-oefen.example.org>",
    "Aanmelden voor één dag?", "2010-03-09 11:15",
    """Goedemorgen,

Ik zou me graag aanmelden voor de leergang, maar eigenlijk alleen voor de dag over Wonen met en zonder zorgen (2 november). Is het mogelijk om voor één dag in te schrijven, en wat kost dat dan?

Met vriendelijke groet,
Vraag Een
Stichting Buurtkracht Oefenstad"""),
  X("asks whether one can register for a single day and what it costs; not a registration", "question", "nl", q="yes"))

add("gmail-en-q-space-left", gmail(
    "Query Person Two <qp2@examplecommunity.example.org>",
    "Places left?", "2010-04-28 09:00",
    """Hello,

Are there still places available for organisations? If so, we would like to register two people next week, once our board has decided who goes.

Best regards,
Query Person Two
Example Community Trust"""),
  X("asks whether seats are left; registration announced for later, nobody named", "question", "en", q="yes"))

add("tb-nl-q-cost-volunteers", tb(
    "Vraag Drie <vraag3@humanitasproef.example.nl>",
    "Kosten voor vrijwilligersorganisatie", "2010-03-11 20:31",
    """Beste organisatie,

Wij zijn een kleine vrijwilligersorganisatie en willen graag twee vrijwilligers aanmelden voor de leergang. Is de bijdrage van EUR 1.000 per persoon ook voor ons van toepassing, of is er een korting voor vrijwilligersorganisaties?

Hartelijke groet,
Vraag Drie
Humanitas afdeling Proefstad"""),
  X("question about the fee before registering two volunteers (not named)", "question", "nl", q="yes"))

add("outlook-nl-q-hypothetical-ill", outlook(
    "Vraag Vier <vraag.vier@corporatie-oefenhuis.example.nl>",
    "Vraag over annuleringsvoorwaarden", "2010-04-19 10:02",
    """Goedemorgen,

Stel dat ik mij aanmeld en in september langdurig ziek word, moeten we dan toch het volle bedrag betalen? Of kan een collega de resterende dagen overnemen?

Met vriendelijke groet,
Vraag Vier
Corporatie Oefenhuis"""),
  X("hypothetical question about the terms ('stel dat ik me aanmeld')", "question", "nl", q="yes"))

_s, _b = conf_nl("Ontwikkel Een", C_EEN, "Stichting Ontwerpwijk", "coördinator opbouwwerk",
                 "o.een@ontwerpwijk.example.nl", ia=IA_OW)
add("outlook-nl-q-split-invoice-with-code", outlook(
    "Ontwikkel Een <o.een@ontwerpwijk.example.nl>", "RE: " + _s, "2010-03-03 09:30",
    """Dank voor de bevestiging. Is het mogelijk de factuur in twee delen te ontvangen, de helft in 2010 en de helft in 2011? Dat past beter in onze begroting.

Met vriendelijke groet,
Ontwikkel Een

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: dinsdag 2 maart 2010 10:13
Aan: Ontwikkel Een
Onderwerp: """ + _s + "\n\n" + _b, irt=robot_mid("confirmation", C_EEN)),
  X("reply to her confirmation asking to split the invoice; carries her code", "question", "nl", code=C_EEN, q="yes"))

add("gmail-en-q-external-colleague", gmail(
    "Query Person Five <qp5@examplearts.example.org>",
    "Can I register a freelancer?", "2010-04-05 15:48",
    """Hi,

We work with a freelance project leader who is not on our payroll. Can I register her under our organisation, so that we pay her fee, or does she have to register herself?

Thanks,
Query Person Five"""),
  X("asks whether a freelancer can be registered under the organisation", "question", "en", q="yes"))

add("mutt-nl-q-accreditation", mutt(
    "Vraag Zes <vraag6@meevoorbeeldland.example.org>",
    "accreditatie?", "2010-03-31 13:13",
    """Hallo,

Voordat ik me inschrijf: is de leergang geaccrediteerd bij het beroepsregister voor agogen (punten voor herregistratie)? En krijgen de deelnemers een certificaat?

Groet,
Vraag Zes"""),
  X("question about accreditation before registering", "question", "nl", q="yes"))

add("apple-nl-q-volunteers-suitable", apple(
    "Vraag Zeven <vraag7@bewonersplatform-test.example.nl>",
    "Leergang ook voor bewoners?", "2010-04-09 21:02",
    """Beste,

Ik ben voorzitter van een bewonersplatform in Almere Buiten. Is de leergang ook bedoeld voor actieve bewoners, of alleen voor professionals? Zo ja, dan meld ik me graag aan.

Groet,
Vraag Zeven"""),
  X("conditional on the answer ('zo ja, dan meld ik me aan'): a question, not a registration", "question", "nl", q="yes"))

add("outlook-en-q-slides-after-day1", outlook(
    "Dev Person Thirteen <thirteen@examplecollege.example.edu>",
    "Slides of day 1", "2010-06-03 09:12",
    """Dear organisers,

Thank you for a very interesting first day. Will the presentations of the two lectures be made available? I would like to use them in my teaching.

Best wishes,
Dev Person Thirteen""", lang="EN"),
  X("registered participant asks for slides after day 1; no code in the mail", "question", "en", q="yes"))

add("webmail-nl-q-waitlist-chance", webmail(
    "Vraag Negen <vraag9@wijkteams-test.example.nl>",
    "wachtlijst", "2010-05-06 12:12",
    """Beste,

Een collega hoorde dat de plaatsen voor organisaties vol zijn. Heeft het nog zin om mij aan te melden voor de wachtlijst, of is de kans klein dat er iets vrijkomt?

Groet,
Vraag Negen"""),
  X("asks whether registering for the waiting list makes sense; does not register", "question", "nl", q="yes"))

# ---- help ------------------------------------------------------------------

add("gmail-nl-help-how", gmail(
    "Hulp Een <hulp.een@gmail.example.com>",
    "Hoe aanmelden?", "2010-03-05 08:05",
    """Goedemorgen,

Ik kreeg de folder van de leergang via een collega. Hoe kan ik mij aanmelden en welke gegevens hebben jullie van mij nodig?

Groet,
Hulp Een"""),
  X("how to register", "help", "nl"))

add("outlook-en-help-programme", outlook(
    "Help Person Two <hp2@examplehousing.example.com>",
    "Programme and times", "2010-03-12 11:00",
    """Hello,

Could you send me the programme with the dates and times of the four days? I need it before I can register.

Kind regards,
Help Person Two""", lang="EN"),
  X("asks for the programme (help the robot answers itself)", "help", "en"))

# ---- human: conditional, hesitant, declines, vendors, other courses ------

add("outlook-nl-conditional-manager", outlook(
    "Voorwaarde Een <voorwaarde.een@sportproef.example.nl>",
    "Aanmelding onder voorbehoud", "2010-04-01 10:44",
    """Goedemorgen,

Ik wil graag deelnemen, maar mijn manager moet nog akkoord geven op het budget. Zodra ik groen licht heb, laat ik het weten. Mijn gegevens alvast:

Naam: Voorwaarde Een
Organisatie: Sportservice Proefstad
Functie: beleidsmedewerker sport en bewegen
Telefoon: 06-11221122

Met vriendelijke groet,
Voorwaarde Een"""),
  X("complete form, but only after the manager's approval: not yet a registration", "human", "nl"))

add("gmail-en-pencil-me-in", gmail(
    "Maybe Person Two <mp2@examplefoundation.example.net>",
    "Almere course", "2010-04-14 17:33",
    """Hi,

Could you pencil me in for the course? I still need to check with my director whether the budget allows it, I'll confirm by the end of the month.

Maybe Person Two
Example Foundation for Neighbourhoods
020 555 0142"""),
  X("'pencil me in', to be confirmed later: a person must handle it", "human", "en"))

add("outlook-nl-decline-invitation", outlook(
    "Afzegger Een <aeen@almere.nl>",
    "RE: Uitnodiging leergang deSTADSWIJKstudies", "2010-03-04 16:00",
    """Beste,

Dank voor de uitnodiging. Ik kan helaas niet deelnemen aan de leergang; op de dinsdagen geef ik les. Misschien een volgende keer.

Met vriendelijke groet,
Afzegger Een
Gemeente Almere, DMO"""),
  X("declines the invitation; was never registered, so not a cancellation", "human", "nl"))

add("tb-en-decline-org", tb(
    "Decline Person Two <dp2@examplecarehomes.example.com>",
    "Re: Invitation course Almere", "2010-03-10 10:10",
    """Dear organisers,

Thank you for inviting Example Care Homes Flevoland. Unfortunately we will not be taking part this year because of a reorganisation. We wish you a successful course.

Kind regards,
Decline Person Two
Director"""),
  X("an organisation declines the invitation", "human", "en"))

add("outlook-nl-vendor-catering", outlook(
    "Verkoop Een <verkoop@catering-proef.example.com>",
    "Lunchverzorging leergang 2010", "2010-03-08 09:30",
    """Geachte heer/mevrouw,

Via de website van de gemeente lazen wij over de leergang deSTADSWIJKstudies. Graag verzorgen wij de lunches op de vier dagen. Wij leveren biologische broodjes en soep, ook vegetarisch, veganistisch en glutenvrij, vanaf EUR 12,50 per persoon.

Mag ik u hierover bellen?

Met vriendelijke groet,
Verkoop Een
Accountmanager Catering Proef
06-99887766"""),
  X("a caterer offering services, written personally", "human", "nl", q="yes"))

add("gmail-nl-other-course-form", gmail(
    "Ander Een <ander.een@zorgtesthaven.example.nl>",
    "Aanmelding leergang Wijkgericht werken Lelystad", "2010-03-20 10:20",
    """Beste,

Hierbij meld ik mij aan voor de leergang Wijkgericht werken in Lelystad (najaar 2010).

Naam: Ander Een
Organisatie: Zorgcentrum Testhaven
Functie: wijkverpleegkundige
Telefoon: 036-5407750

Met vriendelijke groet,
Ander Een"""),
  X("a complete form for another course in another city; sent to the wrong address", "human", "nl"))

add("outlook-en-other-event-symposium", outlook(
    "Event Person Two <ep2@exampleuniversity.example.edu>",
    "Registration symposium New Towns 15 May", "2010-04-23 14:00",
    """Dear Sir/Madam,

I would like to register for the symposium "New Towns Revisited" on 15 May in Almere.

Name: Event Person Two
Organisation: Example University
Function: assistant professor

Kind regards,
Event Person Two""", lang="EN"),
  X("registration for a different event (a symposium), not this course", "human", "en"))

# ---- the organiser -----------------------------------------------------------

add("outlook-nl-organiser-phone-registration", outlook(
    ORG, "Telefonische aanmelding", "2010-04-15 15:20",
    """Hallo,

Vanmiddag belde Organisator Een van Stichting Kladblok Almere; zij wil graag meedoen. Haar e-mailadres is organisator.een@kladblok-almere.example.org, functie directeur. Factuur naar Stichting Kladblok Almere, Postbus 555, 1300 AN Almere.

Kun je haar inschrijven?

Groet,
Programmasecretariaat DMO"""),
  X("the organiser passes on a registration she took by phone: her own mail goes to a person", "human", "nl", q="yes"))

add("outlook-nl-organiser-digest-reply", outlook(
    ORG, "RE: Dagoverzicht 12 april 2010", "2010-04-12 09:40",
    """Dank. Groep Negen [%s] en Ontwikkel Negen [%s] zitten in dezelfde pool als het goed is; kun je dat controleren? En is Dev Person Forty [%s] nog steeds nummer 1 op de wachtlijst?

Groet,
Programmasecretariaat DMO

-----Oorspronkelijk bericht-----
Van: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Verzonden: maandag 12 april 2010 07:00
Onderwerp: Dagoverzicht 12 april 2010: 41 bevestigd, 19 vrij, 1 wachtend

Dagoverzicht van de aanmeldingen, 12 april 2010
Almere: Sociale ambities in een groeiende stad
""" % (C_GNEGEN, C_NEGEN, C_FORTY)),
  X("organiser's reply to the digest naming three codes of others: no code label", "human", "nl", q="yes"))

add("outlook-nl-organiser-list-request", outlook(
    ORG, "Deelnemerslijst", "2010-05-26 08:30",
    """Goedemorgen,

Kun je mij de volledige deelnemerslijst sturen, met organisaties en dieetwensen? Die heb ik nodig voor de cateraar en de naambadges.

Groet,
Programmasecretariaat DMO"""),
  X("organiser asks for the list", "human", "nl", q="yes"))

# ---- corrections, thanks, absence --------------------------------------

add("outlook-nl-correction-phone-code", outlook(
    "Ontwikkel Vier <vier@zorgtesthaven.example.nl>", "Wijziging telefoonnummer [%s]" % C_VIER, "2010-03-20 12:00",
    """Goedemiddag,

Mijn telefoonnummer is gewijzigd, het is nu 036 540 77 99. Mijn referentiecode is %s.

Met vriendelijke groet,
Ontwikkel Vier""" % C_VIER),
  X("correction of her own phone, code in text and subject", "human", "nl", code=C_VIER))

add("gmail-nl-correction-name-nocode", gmail(
    "Ontwikkel Negentien <negentien.ontwikkel@gmail.example.com>",
    "Correctie", "2010-03-19 08:00",
    """Hoi,

In de bevestiging staat mijn werkgever als Kinderopvang Speelwyk, dat moet Speelwijk zijn (met ij). Willen jullie dat aanpassen voor de factuur?

Groet, Ontwikkel"""),
  X("correction of her own details without a code (a request to change, nothing to answer)", "human", "nl"))

_s, _b = conf_en("Dev Person Eleven", C_ELEVEN, "Example Housing Partners",
                 "Head of Neighbourhood Services", "d.eleven@examplehousing.example.com",
                 ia="Example Housing Partners, Accounts Payable, P.O. Box 4410, 1300 EK Almere", ir="PO 77-1203")
add("outlook-en-correction-invoice-quote", outlook(
    "Dev Person Eleven <d.eleven@examplehousing.example.com>", "RE: " + _s, "2010-03-22 10:00",
    """Hello,

One correction: our PO number has changed to PO 77-1299. The address stays the same.

Regards,
Dev Person Eleven

-----Original Message-----
From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: 10 March 2010 15:21
To: Dev Person Eleven
Subject: """ + _s + "\n\n" + _b, lang="EN", irt=robot_mid("confirmation", C_ELEVEN)),
  X("correction of the invoice reference in reply to the confirmation; code in subject and quote", "human", "en", code=C_ELEVEN))

_s, _b = conf_nl("Ontwikkel Acht", C_ACHT, "Bibliotheek Oefenstad", "programmamaker educatie",
                 "acht@bibliotheekoefenstad.example.nl", diet="veganistisch",
                 ia="Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere")
add("apple-nl-thanks", apple(
    "Ontwikkel Acht <acht@bibliotheekoefenstad.example.nl>", "Re: " + _s, "2010-03-08 10:02",
    """Dank je wel, tot 1 juni!

Ontwikkel

Op 8 mrt 2010, om 09:14 heeft deSTADSWIJKstudies Almere het volgende geschreven:

""" + quote(_b), irt=robot_mid("confirmation", C_ACHT)),
  X("thank-you reply to the confirmation; carries the code in the subject and quote", "human", "nl", code=C_ACHT))

_s, _b = reminder_nl("Ontwikkel Dertig", C_DERTIG, 2, "donderdag 23 september 2010", "Diversiteit en identiteit")
add("mutt-nl-one-day-absence", mutt(
    "Ontwikkel Dertig <dertig@cultuurhuis-proef.example.org>", "Re: " + _s, "2010-09-16 20:00",
    """Dag,

Op 23 september kan ik helaas niet, we hebben dan een première. De andere dagen ben ik er gewoon.

Ontwikkel Dertig

* deSTADSWIJKstudies Almere <aanmelden@example.org> [2010-09-16 07:00]:
""" + quote(_b), irt=robot_mid("reminder", C_DERTIG)),
  X("absent one day only, reply to the reminder: not a cancellation", "human", "nl", code=C_DERTIG))

add("outlook-nl-speaker-office", outlook(
    "Secretariaat Leerstoel <secretariaat.leerstoel@exampleuniversity.example.edu>",
    "Spreker dag 2 - technische wensen", "2010-09-01 11:00",
    """Geachte organisatie,

Namens prof. Spreker Een, die op 23 september de eerste lezing verzorgt, het volgende: zij heeft een beamer met HDMI-aansluiting nodig en komt met de trein. Kan iemand haar om 9:00 uur ophalen bij station Almere Centrum?

Met vriendelijke groet,
Secretariaat Leerstoel Stedelijke Vraagstukken"""),
  X("a speaker's office with practical requests: for a person", "human", "nl", q="yes"))

# ---- cancellations ---------------------------------------------------------

add("gmail-nl-cancel-code-text", gmail(
    "Ontwikkel Twaalf <ontwikkel12@gmail.example.com>", "Afmelding", "2010-04-20 21:00",
    """Beste,

Door een nieuwe baan kan ik helaas toch niet deelnemen. Ik meld me hierbij af, mijn code is J3KW9-XA7PR.

Groet,
Ontwikkel Twaalf"""),
  X("cancellation with the code in her own text", "cancel", "nl", code="J3KW9-XA7PR"))

add("outlook-en-cancel-code-subject-only", outlook(
    "Dev Person Two <devperson.two@gmail.example.com>",
    "RE: Registration confirmed: Almere: Sociale ambities in een groeiende stad [%s]" % C_TWO,
    "2010-04-30 08:15",
    """Hello,

I am afraid I have to cancel my registration, I am moving abroad in May. Sorry for the trouble.

Dev""", lang="EN", irt=robot_mid("confirmation", C_TWO)),
  X("cancellation; the code only in the subject of the reply", "cancel", "en", code=C_TWO))

_s, _b = conf_nl("Ontwikkel Zeventien", C_ZEVENTIEN, "Humanitas afdeling Proefstad",
                 "coördinator thuisadministratie", "zeventien@humanitasproef.example.nl",
                 ia="Humanitas afdeling Proefstad, t.a.v. penningmeester, Postbus 10021, 1301 AA Almere")
add("oe-nl-cancel-code-in-quote", plain(
    "\"Ontwikkel Zeventien\" <zeventien@humanitasproef.example.nl>", "Re: afmelden", "2010-05-03 14:40",
    """Hierbij meld ik mij af voor de leergang, ons bestuur heeft het budget ingetrokken.

Met vriendelijke groet,
Ontwikkel Zeventien

----- Original Message -----
From: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
To: <zeventien@humanitasproef.example.nl>
Sent: dinsdag 16 maart 2010 11:46
Subject: """ + _s + "\n\n" + quote(_b), charset="iso-8859-1", cte="quoted-printable",
    irt=robot_mid("confirmation", C_ZEVENTIEN),
    extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]),
  X("cancellation; the code only in the quoted confirmation (own subject changed)", "cancel", "nl", code=C_ZEVENTIEN))

add("webmail-nl-cancel-no-code", webmail(
    "ontwikkel.zeven@kpnmail.example.nl", "afmelden leergang", "2010-05-10 10:10",
    """Beste,

ik wil me graag afmelden voor de leergang, ik heb de mail met de code niet meer. Ik had me in maart aangemeld als Ontwikkel Zeven van Stichting Buurtkracht Oefenstad.

groetjes Ontwikkel"""),
  X("cancellation without a code", "cancel", "nl"))

add("outlook-nl-cancel-colleague-code", outlook(
    "Groep Een <groep.een@ontwerpwijk.example.nl>", "Afmelding Groep Twee", "2010-05-12 09:00",
    """Goedemorgen,

Namens mijn collega Groep Twee (code %s) meld ik haar af voor de leergang; zij is met zwangerschapsverlof.

Met vriendelijke groet,
Groep Een
Office manager Stichting Ontwerpwijk""" % C_GTWEE),
  X("cancellation on behalf of a colleague, with her code", "cancel", "nl", code=C_GTWEE))

_s, _b = wait_en("Dev Person Forty", C_FORTY, 1, "Example Arts Collective",
                 "community arts producer", "dp40@examplearts.example.org", diet="Vegan",
                 ia="Example Arts Collective, Grote Markt 2, 1315 JG Almere")
add("iphone-en-cancel-waitlist", iphone(
    "Dev Person Forty <dp40@examplearts.example.org>", "Re: " + _s, "2010-05-14 12:30",
    """Please take me off the waiting list, I found another course. Thanks!

Sent from my iPhone

On 14 Apr 2010, at 18:15, "deSTADSWIJKstudies Almere" <aanmelden@example.org> wrote:

""" + quote(_b), irt=robot_mid("waitlist", C_FORTY)),
  X("off the waiting list; code in subject and quote", "cancel", "en", code=C_FORTY))

add("tb-nl-cancel-late", tb(
    "Ontwikkel Achtendertig <oachtendertig@almere.nl>", "Afmelding %s" % C_38, "2010-05-21 16:50",
    """Beste,

Ik moet mij helaas afmelden, ik ben per 1 juni overgeplaatst naar een andere dienst. Ik begrijp dat het na 18 mei is; omdat ik bij de gemeente werk, lijkt me dat geen probleem.

Groet,
Ontwikkel Achtendertig"""),
  X("cancellation after the free-cancellation date; code in subject only", "cancel", "nl", code=C_38))

add("iphone-nl-cancel-one-word", iphone(
    "Groep Zes <groep.zes@zorgtesthaven.example.nl>", "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [%s]" % C_GZES,
    "2010-04-27 07:05",
    """Afmelden aub

Verstuurd vanaf mijn iPhone"""),
  X("one-word cancellation, code in the subject", "cancel", "nl", code=C_GZES))

# ---- substitutions ---------------------------------------------------------

add("outlook-nl-substitute-code-text", outlook(
    "Ontwikkel Vier <vier@zorgtesthaven.example.nl>", "Vervanging", "2010-05-17 11:30",
    """Goedemorgen,

Ik kan helaas niet meer deelnemen. Mijn collega Vervang Een neemt mijn plaats in. Zij is teamleider wonen, e-mail vervang.een@zorgtesthaven.example.nl, telefoon 036 540 77 30.

Mijn code: %s

Met vriendelijke groet,
Ontwikkel Vier""" % C_VIER),
  X("substitution with the code in the text; the colleague's own details only", "substitute", "nl", code=C_VIER, people=1, persons=[P(
      name="Vervang Een", email="vervang.een@zorgtesthaven.example.nl",
      role="teamleider wonen", phone="036 540 77 30")]))

add("gmail-en-substitute-subject-code", gmail(
    "Dev Person Twentyone <p21@examplecarehomes.example.com>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [%s]" % C_21,
    "2010-05-25 09:45",
    """Hi,

I'm changing jobs, so my colleague Substitute Two (s.two@examplecarehomes.example.com) will take my seat. She is our new quality officer.

Cheers,
Dev Person Twentyone"""),
  X("substitution; code in the subject only", "substitute", "en", code=C_21, people=1, persons=[P(
      name="Substitute Two", email="s.two@examplecarehomes.example.com", role="quality officer")]))

_s, _b = conf_en("Dev Person Thirteen", C_THIRTEEN, "Example College Almere",
                 "Lecturer, Urban Sociology", "thirteen@examplecollege.example.edu",
                 ia="Example College Almere, Finance Office, Randstad 21-01, 1316 BM Almere", ir="cost centre 8120")
add("tb-en-substitute-code-in-quote", tb(
    "Dev Person Thirteen <thirteen@examplecollege.example.edu>", "change of participant", "2010-09-10 10:00",
    """Dear organisers,

After the summer I have a new teaching load on Tuesdays, so from now on my colleague Substitute Three will attend instead of me. Her address is s.three@examplecollege.example.edu.

Best wishes,
Dev Person Thirteen

On 11-3-2010 12:44, deSTADSWIJKstudies Almere wrote:
""" + quote(_b), irt=robot_mid("confirmation", C_THIRTEEN)),
  X("substitution for the remaining days; code only in the quoted confirmation", "substitute", "en", code=C_THIRTEEN, people=1, persons=[P(
      name="Substitute Three", email="s.three@examplecollege.example.edu")]))

add("webmail-nl-substitute-no-code", webmail(
    "Ontwikkel de Tweeëntwintig <o.detweeentwintig@wijkteams-test.example.nl>", "vervanging leergang", "2010-05-19 15:00",
    """Goedemiddag,

Vanaf juni werk ik in een ander team. Mijn collega Vervang Vier neemt mijn plaats in de leergang over: vervang.vier@wijkteams-test.example.nl, procesbegeleider, 06-24681399. Mijn code kan ik niet terugvinden.

Met vriendelijke groet,
Ontwikkel de Tweeëntwintig""", agent="Horde Application Framework 3"),
  X("substitution without a code", "substitute", "nl", people=1, persons=[P(
      name="Vervang Vier", email="vervang.vier@wijkteams-test.example.nl",
      role="procesbegeleider", phone="06-24681399")]))

add("outlook-en-substitute-by-manager", outlook(
    "Group Person Thirteen <gp13@examplecarehomes.example.com>", "Change of participant %s" % C_14, "2010-05-20 14:00",
    """Dear organisers,

Group Person Fourteen (%s) has left our organisation. Her place will be taken by Substitute Five, location manager Almere Stad, s.five@examplecarehomes.example.com.

Kind regards,
Group Person Thirteen
Executive Secretary""" % C_14, lang="EN"),
  X("a secretary substitutes someone else's registration, with its code", "substitute", "en", code=C_14, people=1, persons=[P(
      name="Substitute Five", email="s.five@examplecarehomes.example.com",
      role="location manager Almere Stad")]))

# ---- status -----------------------------------------------------------------

add("gmail-nl-status-no-code", gmail(
    "Ontwikkel Zesentwintig <o.zesentwintig@sportproef.example.nl>", "Aanmelding ontvangen?", "2010-04-02 09:30",
    """Hallo,

Ik heb me op 26 maart aangemeld maar nog geen bevestiging gekregen. Is mijn aanmelding goed binnengekomen?

Groet,
Ontwikkel Zesentwintig"""),
  X("asks whether the registration arrived, no code", "status", "nl"))

add("outlook-en-status-code", outlook(
    "Dev Person Eleven <d.eleven@examplehousing.example.com>", "Status of my registration", "2010-05-18 13:00",
    """Hello,

Could you confirm that my registration (reference %s) is still valid? Our finance department asked me.

Regards,
Dev Person Eleven""" % C_ELEVEN, lang="EN"),
  X("status question with the code", "status", "en", code=C_ELEVEN))

_s, _b = wait_nl("Ontwikkel Drieënzeventig", "D6MH9-SE4QZ", 3, "Kinderopvang Speelwijk",
                 "locatiemanager", "drieenzeventig@kinderopvang-speelwijk.example.nl",
                 phone="06-73737373", ia="Kinderopvang Speelwijk, Havenkade 2, 1354 CA Almere")
add("gmail-nl-status-waitlist-position", gmail(
    "Ontwikkel Drieënzeventig <drieenzeventig@kinderopvang-speelwijk.example.nl>", "Re: " + _s, "2010-05-20 08:00",
    """Goedemorgen,

Sta ik nog steeds op plaats 3 van de wachtlijst, of ben ik al opgeschoven?

Groet,
Ontwikkel Drieënzeventig

Op 5 mei 2010 12:41 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:

""" + quote(_b), irt=robot_mid("waitlist", "D6MH9-SE4QZ")),
  X("asks her waiting-list position; code in subject and quote", "status", "nl", code="D6MH9-SE4QZ"))

add("iphone-nl-status-subject-code", iphone(
    "Ontwikkel Negen <onegen@almere.nl>", "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [%s]" % C_NEGEN,
    "2010-05-28 17:00",
    """Sta ik nog ingeschreven? Mijn manager zei dat de lijst opnieuw was opgesteld.

Verstuurd vanaf mijn iPhone"""),
  X("status question, code in the subject only", "status", "nl", code=C_NEGEN))
