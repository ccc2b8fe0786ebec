"""Dev set 9, batch 5: people who are already registered write about
their registration, often in reply to the robot's mails (108-123); no one
is registered and no seat is cancelled.

Codes: Kaarsenmaker Zeven 3MV9Q-XK2P7, Touwslager Vier N2HB6-TR9XK,
Zeefmaker Twee 8QJ4W-MC3DV, Mandenvlechter Negen Z7K3R-4PMW8,
Basketweaver Three Q2B7N-W8ZC4, Rietsnijder Achttien 5VXE2-HN7QA,
Hoedenmaker Negentien W9C4T-KD2M6, Klompenmaker Twintig J6RP8-3YZB5,
Glassblower Four F3NZ7-8WQ2H, Turfsteker Zestien B5YD9-VM4G2,
Verver Drieëndertig 6TGK3-QB8RP.
"""
import sys
sys.dont_write_bytecode = True
from dev9_lib import *  # noqa: F401,F403

_s, _b = conf_nl("Kaarsenmaker Zeven", "3MV9Q-XK2P7", "Stichting Hobo", "teamleider wijkteam Haven",
                 "k.zeven@hobo.example.nl", ia="Stichting Hobo, t.a.v. crediteurenadministratie, Postbus 1207, 1300 BE Almere")
add("thanks-reply-conf", outlook2010(
    "Kaarsenmaker Zeven <k.zeven@hobo.example.nl>",
    "RE: " + _s,
    "2010-03-04 10:20",
    """Dank u wel, ik heb de data in mijn agenda gezet. Tot 1 juni!

Kaarsenmaker Zeven
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-03-04 09:13",
                      "Kaarsenmaker Zeven", _s, _b),
    irt=rirt("confirmation", "3MV9Q-XK2P7")),
    L("thanks in reply to the confirmation", "human", "nl", code="3MV9Q-XK2P7"))

_s, _b = conf_nl("Touwslager Vier", "N2HB6-TR9XK", "Welzijn Fagot", "opbouwwerker", "t.vier@fagot.example.org",
                 phone="06 41 22 93 07", diet="vegetarisch", ia="Welzijn Fagot, Postbus 3310, 1300 EH Almere")
add("correction-phone-reply", gmail(
    "Touwslager Vier <touwslager.vier@example.com>",
    "Re: " + _s,
    "2010-03-10 08:02",
    """Kleine correctie: mijn telefoonnummer is 06 41 22 93 70 (de laatste twee cijfers waren omgedraaid). Verder klopt alles.

Touwslager
""" + gmail_quote_nl("2010-03-09 21:41", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b),
    irt=rirt("confirmation", "N2HB6-TR9XK")),
    L("a correction of her phone in reply to the confirmation", "human", "nl", code="N2HB6-TR9XK"))

_s, _b = wait_nl("Klompenmaker Twintig", "J6RP8-3YZB5", 4, "Zorgcentrum Mandoline", "Vrijwilligerscoördinator",
                 "klompenmaker20@example.com")
add("reply-waitlist-still-want", hotmail2010(
    "Klompenmaker Twintig <klompenmaker20@example.com>",
    "RE: " + _s,
    "2010-04-07 07:30",
    """Jammer dat ik op de wachtlijst sta. Ik wil nog steeds graag meedoen, dus houd mij alstublieft op de lijst. Hoe groot is de kans dat ik erbij kom?

Klompenmaker Twintig
""" + hotmail_quote("deSTADSWIJKstudies Almere <aanmelden@example.org>", "klompenmaker20@example.com",
                    "2010-04-06 22:11", _s, _b),
    irt=rirt("waitlist", "J6RP8-3YZB5")),
    L("stays on the waiting list and asks her chances", "status", "nl", code="J6RP8-3YZB5"))

_s, _b = cancelled_nl("Zeefmaker Twee", "8QJ4W-MC3DV")
add("reply-cancelled-not-me", outlook2010(
    "Zeefmaker Twee <z.twee@harp.example.nl>",
    "RE: " + _s,
    "2010-05-06 09:10",
    """Dit klopt niet! Ik heb mij niet afgemeld. Ik wil mijn plaats graag houden. Kunt u dit terugdraaien?

Zeefmaker Twee
Woonstichting Harp
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-05-06 08:55",
                      "Zeefmaker Twee", _s, _b),
    irt=rirt("cancelled", "8QJ4W-MC3DV")),
    L("'ik heb mij niet afgemeld' in reply to a cancellation receipt; a person must restore", "human", "nl",
      code="8QJ4W-MC3DV"))

add("niet-afmelden-status", tb(
    "Mandenvlechter Negen <m.negen@almere.nl>",
    "Niet afmelden - Z7K3R-4PMW8",
    "2010-05-15 11:30",
    """Hallo,

Een collega vertelde dat hij zich voor mij had afgemeld. Dat was een misverstand: ik wil me NIET afmelden. Staat mijn plaats (Z7K3R-4PMW8) nog?

Mandenvlechter Negen
Gemeente Almere
"""),
    L("'ik wil me NIET afmelden', asks whether the seat stands", "status", "nl", code="Z7K3R-4PMW8"))

_s, _b = conf_en("Basketweaver Three", "Q2B7N-W8ZC4", "Sample Lute Housing", "community development officer",
                 "b.three@lute.example.com", phone="+31 6 3301 8872", diet="no pork",
                 ia="Sample Lute Housing, Finance, P.O. Box 888, 1300 AW Almere")
add("en-reply-conf-invoice-later", gmail(
    "Basketweaver Three <b.three@lute.example.com>",
    "Re: " + _s,
    "2010-04-02 10:00",
    """Thanks. Please note our finance team will send you a purchase order number next week; could the invoice wait until then? I'm definitely coming, no need to change anything else.

Basketweaver
""" + gmail_quote_en("2010-04-01 13:21", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b),
    irt=rirt("confirmation", "Q2B7N-W8ZC4")),
    L("asks the invoice to wait, in reply to the confirmation", "human", "en", code="Q2B7N-W8ZC4"))

_s, _b = reminder_full_nl("Rietsnijder Achttien", "5VXE2-HN7QA", 1, "dinsdag 1 juni 2010")
add("reply-reminder-late", iphone(
    "Rietsnijder Achttien <r.achttien@viola.example.nl>",
    "Re: " + _s,
    "2010-05-31 22:15",
    """Ik kom morgen iets later, rond 11 uur, door een overleg. Ik meld me dus niet af, ik sluit later aan.

Rietsnijder

Verstuurd vanaf mijn iPhone
""" + ios_quote_nl("2010-05-25 07:00", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b),
    irt=rirt("reminder", "5VXE2-HN7QA")),
    L("late on day 1, 'ik meld me dus niet af'", "human", "nl", code="5VXE2-HN7QA"))

add("diet-change-code", ox(
    "Hoedenmaker Negentien <h.negentien@mandoline.example.nl>",
    "Dieetwens aanpassen W9C4T-KD2M6",
    "2010-05-20 14:14",
    """Goedemiddag,

Bij mijn aanmelding (W9C4T-KD2M6) heb ik geen dieet opgegeven, maar ik eet inmiddels veganistisch. Wilt u dat doorgeven aan de catering?

Vriendelijke groet,
Hoedenmaker Negentien
Zorgcentrum Mandoline
"""),
    L("a diet correction with a code", "human", "nl", code="W9C4T-KD2M6"))

_s, _b = conf_en("Glassblower Four", "F3NZ7-8WQ2H", "Example Oboe Trust", "senior researcher",
                 "glassblower.four@oboe.example.com", ia="Example Oboe Trust, Keizersgracht 400, 1016 GC Amsterdam",
                 ir="PO 77135")
add("en-double-invoice", outlook2010(
    "Glassblower Four <glassblower.four@oboe.example.com>",
    "RE: " + _s,
    "2010-06-15 09:45",
    """Hello,

We received two invoices for my registration (F3NZ7-8WQ2H), both for EUR 1,000. I assume one is a duplicate - could you please credit one of them?

Kind regards,
Glassblower Four
""" + o365_quote_en("deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-05-04 11:12",
                    "Glassblower Four", _s, _b),
    lang="EN", irt=rirt("confirmation", "F3NZ7-8WQ2H")),
    L("a double invoice, in reply to the confirmation", "human", "en", code="F3NZ7-8WQ2H"))

add("status-no-code-sms", bb_kpn(
    "Turfsteker Zestien <t.zestien@luit.example.nl>",
    "aanmelding",
    "2010-04-15 18:00",
    """Heb me vorige week aangemeld maar niks meer gehoord. Sta ik erop?
Turfsteker

Verzonden vanaf mijn BlackBerry"""),
    L("asks whether her registration came through, no code", "status", "nl"))

add("forwarded-conf-to-manager", outlook2010(
    "Verver Drieëndertig <v.drieendertig@pauk.example.nl>",
    "FW: Bevestiging aanmelding 6TGK3-QB8RP",
    "2010-05-03 10:40",
    """Ter info: hieronder mijn bevestiging, voor jouw administratie.

Verver
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-05-03 10:11",
                      "Verver Drieëndertig", "Bevestiging aanmelding 6TGK3-QB8RP",
                      "Beste Verver Drieëndertig,\n\nU bent aangemeld voor de leergang. Uw referentiecode is 6TGK3-QB8RP."),
    to="h.drie@pauk.example.nl", cc="aanmelden@example.org"),
    L("her own confirmation forwarded to her manager with the robot in Cc", "human", "nl", code="6TGK3-QB8RP"))

add("sub-question-not-now", apple(
    "Kaarsenmaker Zeven <k.zeven@hobo.example.nl>",
    "Vervanging op 2 november?",
    "2010-10-05 16:40",
    """Hallo,

Mijn code is 3MV9Q-XK2P7. Mogelijk kan ik op 2 november niet, dan zou een collega in mijn plaats kunnen komen. Ik weet het pas eind oktober. Hoe laat moet ik het uiterlijk doorgeven?

Groet,
Kaarsenmaker Zeven"""),
    L("asks how late a substitute can be named; no substitution yet", "question", "nl", code="3MV9Q-XK2P7"))

add("org-asks-robot-list", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Lijst deelnemers Woonstichting Harp",
    "2010-05-07 09:00",
    """Kun je mij een overzicht sturen van alle aanmeldingen van Woonstichting Harp? Zeefmaker Twee (8QJ4W-MC3DV) belde dat haar afmelding een vergissing was; die zet ik zelf terug.

Secretariaat
"""),
    O("the organiser's own mail about registrations and a cancellation by mistake", "nl"))

add("en-confirm-attendance", gmail(
    "Lamplighter Twelve <lamplighter.twelve@oboe.example.com>",
    "Attendance day 4 - R8DW3-6KT5N",
    "2010-11-16 12:00",
    """Hello,

Just to confirm I'll attend the last day on 23 November (code R8DW3-6KT5N). Please don't cancel my seat - I missed day 3 because of illness.

Best,
Lamplighter Twelve
"""),
    L("confirms attendance of the last day, 'don't cancel my seat'", "human", "en", code="R8DW3-6KT5N"))

add("colleague-wants-but-not-now", samsung(
    "Stoelenmatter Een <s.een@hobo.example.nl>",
    "Collega volgend jaar",
    "2010-09-24 08:30",
    """Hoi, mijn collega Lantaarnopsteker wil volgend jaar ook meedoen als er een nieuwe leergang komt. Kunt u haar op de hoogte houden? Nu niet aanmelden dus. Groet, Stoelenmatter Een (K4TR7-9WMQ2)

Verzonden vanaf Samsung Mobile"""),
    L("a colleague for next year, 'nu niet aanmelden'", "human", "nl", code="K4TR7-9WMQ2"))

add("wrong-name-on-badge", outlook(
    "Klokkengieter Elf <k.elf@cello.example.nl>",
    "Naambadge",
    "2010-06-01 17:30",
    """Geachte organisatie,

Op mijn naambadge stond vandaag "Klokkengieter Elve". Wilt u dat voor de volgende dagen corrigeren? Verder een prima dag.

Met vriendelijke groet,

Klokkengieter Elf
Bestuurder Zorggroep Cello
"""),
    L("a correction of the name badge, no code", "human", "nl"))
