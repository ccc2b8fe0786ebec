"""dev2, batch 3: mail for a person (056-075).

Conditional and hesitant registrations, forms for another course or event,
a decline, vendors, someone asking after a colleague, a thank-you after a
phone registration, corrections, one-day absences and the organiser's own
mail. None of these registers, cancels or changes anything by itself.
Labels typed by hand.
"""
from dev2_lib import (add, X, outlook2010, outlook365, o365_quote_en,
                      outlook_quote_nl, outlook_quote_en, gmail, iphone,
                      webmail, macoutlook, notes, tb, apple, owa, proton,
                      proton_quote, reminder_en, conf_nl, conf_en, quote,
                      INVITE_NL, INVITE_SUBJ, ORG)

ROBOT_LINE = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# 056 ------------------------------------------------------------------
add("o365-nl-if-manager-agrees-full-form", outlook365(
    '"Deelgenoot Eenenzeventig" <d.eenenzeventig@kladversie.example.nl>',
    "Aanmelding (onder voorbehoud)", "2010-03-10 11:50",
    """Beste organisatie,

Ik wil graag deelnemen aan de leergang. Als mijn manager akkoord geeft, en dat hoor ik na ons teamoverleg van volgende week, stuur ik u een bevestiging. Voor het gemak hierbij alvast mijn gegevens:

Naam: Deelgenoot Eenenzeventig
Organisatie: Stichting Kladversie
Functie: projectmedewerker mantelzorg
E-mail: d.eenenzeventig@kladversie.example.nl
Telefoon: 036 555 21 71
Factuuradres: Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere

Met vriendelijke groet,

Deelgenoot Eenenzeventig
"""),
    X("a full form, but only 'als mijn manager akkoord geeft' and she will confirm later: conditional, for a person",
      "human", "nl"))

# 057 ------------------------------------------------------------------
add("gmail-en-once-budget-approved-details", gmail(
    "Caller SeventyTwo <caller72@regionalcare.example.net>",
    "Registration - pending budget approval", "2010-03-17 10:05",
    """Dear organisers,

I'm very keen to join the course. Once the budget is approved (our finance committee meets on 20 April) I'd like to register. My details, so you have them ready:

Name: Caller SeventyTwo
Organisation: Example Regional Care Partners
Role: team manager Almere
Email: caller72@regionalcare.example.net
Phone: +31 320 555 072

I'll confirm by e-mail after the 20th. Please don't send an invoice before then.

Best regards,
Caller SeventyTwo
"""),
    X("'once the budget is approved' with details in advance and 'I'll confirm': conditional, for a person",
      "human", "en"))

# 058 ------------------------------------------------------------------
add("iphone-nl-put-me-on-the-list-for-now", iphone(
    "Voorloper Vierenzeventig <voorloper74@conceptlijn.example.nl>",
    "Lijst", "2010-03-24 17:40",
    """Hoi, kunt u mij alvast op de lijst zetten voor de leergang? Ik weet pas half april of ik vrij kan krijgen voor alle vier de dagen, dan laat ik het definitief weten.
Voorloper Vierenzeventig, opbouwwerker Buurtwerk Conceptlijn, 06 5557 4074

Verstuurd vanaf mijn iPhone"""),
    X("'alvast op de lijst' until she knows in April, then 'definitief': hesitant, asks to hold a place; for a person, question yes",
      "human", "nl", q="yes"))

# 059 ------------------------------------------------------------------
add("webmail-nl-thinking-about-it", webmail(
    "Stadsganger Vijfenzeventig <s.vijfenzeventig@kleurplaat.example.nl>",
    "leergang deSTADSWIJKstudies", "2010-04-02 09:30",
    """Beste organisatie,

Via onze directeur kreeg ik de brochure van de leergang. Ik denk erover na om mij in te schrijven; vooral dag 1 en dag 3 spreken mij aan. Ik moet het alleen nog met mijn rooster afstemmen. Ik kom er nog op terug.

Met vriendelijke groet,

Stadsganger Vijfenzeventig
locatiemanager Kinderopvang Kleurplaat
036 555 38 75
"""),
    X("'ik denk erover na ... ik kom er nog op terug': no registration yet, for a person",
      "human", "nl"))

# 060 ------------------------------------------------------------------
add("outlook2010-nl-form-for-other-municipal-training", outlook2010(
    '"Kartrekker Zesenzeventig" <k.zesenzeventig@voorzet.example.nl>',
    "Aanmelding training Signalen van huiselijk geweld 20 april",
    "2010-04-06 14:30",
    """Geachte heer/mevrouw,

Hierbij meld ik mij aan voor de training "Signalen van huiselijk geweld herkennen" van de gemeente Almere op dinsdag 20 april in het Stadhuis.

Naam: Kartrekker Zesenzeventig
Organisatie: Stichting Wijkpost Voorzet
Functie: buurtbemiddelaar
E-mail: k.zesenzeventig@voorzet.example.nl
Telefoon: 036 555 77 76
Factuuradres: Stichting Wijkpost Voorzet, Spoordreef 3, 1315 GN Almere

Met vriendelijke groet,
Kartrekker Zesenzeventig
"""),
    X("a complete form, but for another training of the municipality (20 April): not this course, for a person",
      "human", "nl"))

# 061 ------------------------------------------------------------------
add("macoutlook-en-form-for-other-organisers-event", macoutlook(
    "Voyager SeventySeven <v.seventyseven@sew.example.com>",
    "Registration: Social Enterprise Days Utrecht, 10-11 June",
    "2010-04-15 10:20",
    """Dear organisers,

I would like to register for the Social Enterprise Days in Utrecht on 10 and 11 June, including the workshop "Work experience and the neighbourhood" on day 2.

Name: Voyager SeventySeven
Organisation: Example Social Enterprise Works
Position: job coach
Email: v.seventyseven@sew.example.com
Phone: 036 555 6677
Invoice address: Example Social Enterprise Works, Administration, Markerkant 13-10, 1316 AB Almere
Dietary requirements: vegetarian

Kind regards,
Voyager SeventySeven
"""),
    X("a complete form for another organiser's event in Utrecht, sent to the wrong address: for a person",
      "human", "en"))

# 062 ------------------------------------------------------------------
add("outlook2010-nl-declines-invitation", outlook2010(
    '"Aanjager Achtenzeventig" <a.achtenzeventig@kleurplaat.example.nl>',
    "RE: " + INVITE_SUBJ, "2010-03-12 16:00",
    """Geachte heer/mevrouw,

Dank voor uw uitnodiging om medewerkers aan te melden voor de leergang deSTADSWIJKstudies op locatie Almere. Helaas zien wij dit jaar af van deelname: onze organisatie zit midden in een reorganisatie en wij kunnen niemand vier dagen vrijmaken. Wij wensen u een inspirerende leergang toe en houden ons aanbevolen voor een volgende editie.

Met vriendelijke groet,

Aanjager Achtenzeventig
Directeur
Kinderopvang Kleurplaat
Randstad 22-14, 1316 BW Almere
T 036 555 38 00
""" + outlook_quote_nl("Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
                       "maandag 1 maart 2010 11:00",
                       "directie@kleurplaat.example.nl", INVITE_SUBJ, INVITE_NL)),
    X("declines the invitation (quoted, with its 'aanmelden' instructions): for a person",
      "human", "nl"))

# 063 ------------------------------------------------------------------
add("o365-nl-vendor-registration-desk-badges", outlook365(
    '"Stuurman Tachtig" <s.tachtig@naamkaart.example.com>',
    "Registratie en badges voor uw leergang", "2010-03-19 10:10",
    """Geachte organisator,

Via de website van de gemeente zag ik dat u in juni de leergang deSTADSWIJKstudies organiseert. Naamkaart verzorgt voor congressen en leergangen de complete deelnemersregistratie: online aanmeldformulier, bevestigingsmails, badges met naam en organisatie en een registratiebalie bij de ingang. Voor een groep van zestig deelnemers over vier dagen kunnen wij u een scherpe offerte doen.

Zal ik u volgende week even bellen om de mogelijkheden door te nemen?

Met vriendelijke groet,

Stuurman Tachtig
Accountmanager
Naamkaart Evenementenregistratie
Proefweg 80, 3811 AA Amersfoort
T 033 555 80 80
M 06 5558 0808
www.naamkaart.example.com
"""),
    X("a vendor writing personally to offer registration services and badges: for a person",
      "human", "nl"))

# 064 ------------------------------------------------------------------
add("gmail-en-vendor-live-streaming", gmail(
    "Emissary EightyOne <emissary81@streamcrew.example.com>",
    "Live streaming & recording for your course days", "2010-04-19 15:15",
    """Hello,

I came across your course "Almere: Sociale ambities in een groeiende stad". Have you considered recording the lectures or streaming them live for people who could not get a seat? StreamCrew has done this for several city programmes. Registration for the online audience can be handled on our platform, so your participants' sign-up stays separate.

I'd be happy to send our rates.

Cheers,
Emissary EightyOne
Business Development | Example StreamCrew
+31 20 555 8181
"""),
    X("a vendor offering streaming, with 'registration' and 'sign-up' in the pitch: for a person",
      "human", "en"))

# 065 ------------------------------------------------------------------
add("notes-nl-asks-colleagues-status-no-code", notes(
    "Wegwijzer Vierentachtig <w.vierentachtig@tekenvel.example.nl>",
    "Aanmelding collega", "2010-05-06 14:50",
    """Goedemiddag,

Mijn collega Gangmaker Vijfentachtig is met zwangerschapsverlof en vroeg mij na te gaan of zij nog ingeschreven staat voor de leergang. Zij heeft zich in maart aangemeld, maar kan haar bevestiging niet vinden en heeft geen toegang tot haar mail. Kunt u mij laten weten of haar registratie in orde is?

Met vriendelijke groet,

Wegwijzer Vierentachtig
Teamcoördinator
Thuiszorg Tekenvel
T 036 555 58 84
"""),
    X("a colleague asks after someone else's registration without a code: the robot may not tell, a person decides; question yes",
      "human", "nl", q="yes"))

# 066 ------------------------------------------------------------------
add("outlook2010-nl-thanks-for-phone-registration", outlook2010(
    '"Meekijker Zesentachtig" <m.zesentachtig@tussenruimte.example.org>',
    "Telefonische aanmelding", "2010-04-21 16:25",
    """Beste mevrouw,

Hartelijk dank voor het prettige telefoongesprek van vanmiddag. Fijn dat u mij telefonisch heeft ingeschreven voor de leergang; ik kijk uit naar 1 juni. De bevestiging met mijn code zie ik dan tegemoet.

Met vriendelijke groet,

Meekijker Zesentachtig
Psychiater
GGZ Tussenruimte
Postbus 5619, 1300 CE Almere
T 036 555 12 86
"""),
    X("thanks for a registration already taken by phone; registers nothing by itself: for a person",
      "human", "nl"))

# 067 ------------------------------------------------------------------
_s, _b = conf_nl("Koploper Negenendertig", "J8QT5-DV2WR", "Bibliotheek Leesproef",
                 "coördinator educatie", "k.negenendertig@leesproef.example.org",
                 phone="036 555 80 39",
                 ia="Bibliotheek Leesproef, Postbus 5630, 1300 CM Almere")
add("tb-nl-correction-function-code-in-quote", tb(
    "Koploper Negenendertig <k.negenendertig@leesproef.example.org>",
    "Re: " + _s, "2010-05-12 13:05",
    """Goedemiddag,

In de bevestiging staat als functie "coördinator educatie", maar sinds 1 mei ben ik teamleider educatie en activiteiten. Wilt u dat aanpassen? De rest klopt.

Groet,
Koploper Negenendertig

Op 10-05-10 09:03, deSTADSWIJKstudies Almere schreef:
""" + quote(_b)),
    X("a correction of her own function in reply to the confirmation; code in subject and quote",
      "human", "nl", code="J8QT5-DV2WR"))

# 068 ------------------------------------------------------------------
add("apple-en-correction-phone-no-code", apple(
    "Pathfinder ThirtyTwo <pathfinder32@debtadvice.example.com>",
    "Wrong phone number in my registration", "2010-05-05 09:30",
    """Hello,

I registered on Monday (together with my colleague Keeper ThirtyThree) and noticed that I gave you an old phone number. The correct number is 036 555 9029. Could you update that?

Thanks,
Pathfinder ThirtyTwo
Sample Debt Advice Almere
"""),
    X("a correction of his phone number without a code: for a person",
      "human", "en"))

# 069 ------------------------------------------------------------------
add("owa-nl-absent-day2-code-in-text", owa(
    '"Gangmaker Vijfenveertig" <g.vijfenveertig@tussenstand.example.org>',
    "Afwezig 23 september", "2010-09-01 10:20",
    """Beste organisatie,

Op donderdag 23 september kan ik helaas niet bij de tweede bijeenkomst zijn, omdat ik dan een audit op mijn afdeling heb. De andere dagen kom ik gewoon. Mijn code is S7DK2-RH9ZT.

Met vriendelijke groet,

Gangmaker Vijfenveertig
Praktijkverpleegkundige
Zorggroep Tussenstand
"""),
    X("absent one day only, with her code: not a cancellation, for a person",
      "human", "nl", code="S7DK2-RH9ZT"))

# 070 ------------------------------------------------------------------
_s, _head, _tail = reminder_en("Auditor FortyOne", "V3MX7-PB4KN", 3,
                               "Tuesday 2 November 2010")
add("proton-en-absent-day3-reply-reminder", proton(
    "Auditor FortyOne <a.fortyone@volunteerhub.example.org>",
    "Re: " + _s, "2010-10-26 12:10",
    """Hello,

I'm afraid I can't make it on 2 November - I'll be at a national volunteering conference that day. I'll be there on 23 November as planned.

Best,
Auditor FortyOne

Sent with Proton Mail secure email.""" + proton_quote(
        "2010-10-26 10:00", ROBOT_LINE,
        _head + "\n\nSpeakers\n[...]\n\n" + _tail)),
    X("in reply to the day-3 reminder: misses that one day and comes on day 4; not a cancellation; code in subject and quote",
      "human", "en", code="V3MX7-PB4KN"))

# 071 ------------------------------------------------------------------
add("outlook2010-nl-organiser-passes-phone-registration", outlook2010(
    ORG, "Telefonische aanmelding Meekijker Zesentachtig", "2010-04-21 16:05",
    """Hallo,

Vanmiddag telefonisch aangemeld, graag verwerken:

Naam: Meekijker Zesentachtig
Organisatie: GGZ Tussenruimte
Functie: psychiater
E-mail: m.zesentachtig@tussenruimte.example.org
Telefoon: 036 555 12 86
Factuur: GGZ Tussenruimte, Factuuradministratie, Postbus 5619, 1300 CE Almere

Groet,
Programmasecretariaat DMO
Gemeente Almere
"""),
    X("the organiser's own mail passing on a phone registration: the organiser's mail is for a person, never a participant's",
      "human", "nl"))

# 072 ------------------------------------------------------------------
add("outlook2010-nl-organiser-room-change-day3", outlook2010(
    ORG, "Dag 3 andere zaal: herinnering aanpassen", "2010-10-20 09:15",
    """Hallo,

Let op: op 2 november zitten wij niet in het Nieuwe Lokaal maar in zaal 3.12 van het Stadhuis (de bibliotheek heeft die dag een evenement). Kan de herinnering aan de deelnemers daarop worden aangepast voordat die volgende week uitgaat? Wie na een vervanging of een late aanmelding voor het eerst komt, graag ook op de nieuwe zaal wijzen.

Dank en groet,
Programmasecretariaat DMO
Gemeente Almere
"""),
    X("the organiser about a room change for day 3, with 'deelnemers' and 'aanmelden': for a person; asks a change, not an answer",
      "human", "nl"))

# 073 ------------------------------------------------------------------
_s, _b = conf_en("Emissary Five", "B4NV7-ZR2KM", "Example Housing Trust Flevoland",
                 "Tenant Participation Adviser", "e.five@housingtrust.example.net",
                 phone="+31 36 555 3302",
                 ia="Example Housing Trust Flevoland, Accounts Payable, Stationsplein 9, 1315 KT Almere",
                 ir="PO 2010-118")
add("macoutlook-en-thanks-reply-confirmation", macoutlook(
    "Emissary Five <e.five@housingtrust.example.net>",
    "Re: " + _s, "2010-03-22 11:40",
    """Thank you - received, and the dates are in my calendar. Looking forward to it!

Emissary Five
""" + outlook_quote_en("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                       "Monday, March 22, 2010 11:04 AM",
                       "Emissary Five <e.five@housingtrust.example.net>", _s, _b)),
    X("a thank-you in reply to the confirmation; code in subject and quote: for a person",
      "human", "en", code="B4NV7-ZR2KM"))

# 074 ------------------------------------------------------------------
add("o365-nl-three-subject-to-board-approval", outlook365(
    '"Verbinder Zevenentachtig" <v.zevenentachtig@tussenruimte.example.org>',
    "Voorlopige aanmelding drie medewerkers GGZ Tussenruimte",
    "2010-04-23 11:00",
    """Geachte heer/mevrouw,

Onder voorbehoud van goedkeuring door onze raad van bestuur (besluit op 4 mei) wil GGZ Tussenruimte de volgende drie medewerkers aanmelden:

- Dagloper Achtentachtig, sociaal psychiatrisch verpleegkundige, d.achtentachtig@tussenruimte.example.org
- Kartrekker Negenentachtig, ervaringsdeskundige, k.negenentachtig@tussenruimte.example.org
- Polderling Negentig, teamleider FACT Almere-Stad, p.negentig@tussenruimte.example.org

Ik laat u na 4 mei weten of de aanmelding definitief is. Kunnen de plaatsen tot die tijd worden vastgehouden?

Met vriendelijke groet,
Verbinder Zevenentachtig
Manager Opleidingen
GGZ Tussenruimte
T 036 555 12 87
"""),
    X("three people 'onder voorbehoud van goedkeuring' by the board, asking to hold the seats: conditional, for a person, question yes",
      "human", "nl", q="yes"))

# 075 ------------------------------------------------------------------
add("o365-nl-new-invoice-address-code-in-text", outlook365(
    '"Stuurman Vier" <s.vier@kantlijn.example.nl>',
    "Wijziging factuuradres aanmelding W9JP3-T6HXC", "2010-04-30 10:40",
    """Beste organisatie,

Sinds deze week verwerkt ons nieuwe shared service centrum alle inkomende facturen. Wilt u de factuur voor mijn deelname (code W9JP3-T6HXC) daarom sturen naar: Jeugdzorg Kantlijn, Shared Service Centrum, Postbus 5541, 1300 BN Almere, nog steeds met kostenplaats 4410?

Met vriendelijke groet,

Stuurman Vier
Gedragswetenschapper | Jeugdzorg Kantlijn
T: 036 555 47 10
"""),
    X("a correction of the invoice address of an existing registration, code in subject and text: for a person, asks a change not an answer",
      "human", "nl", code="W9JP3-T6HXC"))
