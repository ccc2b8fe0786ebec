"""Dev set 9, batch 3: mail for a person that registers no one (056-079):
conditional, hesitant, declines, the organiser's own mail, other events,
vendors, recruiters, journalists, complaints, corrections without a code.
"""
import sys
sys.dont_write_bytecode = True
from dev9_lib import *  # noqa: F401,F403

add("conditional-budget", outlook2010(
    "Beitelmaker Eenenzestig <b.eenenzestig@cello.example.nl>",
    "Leergang - onder voorbehoud",
    "2010-03-19 10:35",
    """Beste organisatie,

Ik zou graag deelnemen aan de leergang, maar ons opleidingsbudget voor 2010 is nog niet vastgesteld. Zodra het budget rond is (naar verwachting eind april) meld ik mij aan. Wilt u mij nog niet inschrijven?

Met vriendelijke groet,

Beitelmaker Eenenzestig
Teamleider thuiszorg
Zorggroep Cello
T: 036 521 30 44
E: b.eenenzestig@cello.example.nl
"""),
    L("conditional on a budget, explicitly not yet", "human", "nl"))

add("needs-permission", gmail(
    "Schoenlapper Tweeënzestig <s.tweeenzestig@fagot.example.org>",
    "Interesse in de leergang",
    "2010-03-24 12:00",
    """Hallo,

Ik heb veel interesse in de leergang en wil me graag aanmelden, maar ik moet eerst toestemming van mijn manager hebben. Die is tot 12 april op vakantie. Ik laat daarna van me horen.

Vriendelijke groet,
Schoenlapper Tweeënzestig
Opbouwwerker, Welzijn Fagot
06 1717 2828
"""),
    L("wants to register but must first get permission; will write again", "human", "nl"))

add("hesitant-en", macoutlook(
    "Chimneysweep Fourteen <chimneysweep14@lute.example.com>",
    "Thinking about the course",
    "2010-04-07 16:40",
    """Dear organiser,

I'm thinking about joining the course, but I'm not sure I can make all four days - 23 September clashes with our board meeting. I'd like to sign up if partial attendance is acceptable. I'll confirm once I know.

Kind regards,
Chimneysweep Fourteen
Sample Lute Housing
"""),
    L("hesitant; will sign up only if partial attendance is fine", "human", "en"))

add("decline-invitation", outlook(
    "Hoepelmaker Drieënzestig <h.drieenzestig@luit.example.nl>",
    "RE: Uitnodiging leergang Sociale ambities",
    "2010-03-08 09:44",
    """Geachte heer, mevrouw,

Dank voor de uitnodiging voor de leergang. Helaas kan ik niet deelnemen: op de genoemde data ben ik verhinderd en ook een collega kan ik niet vrijmaken. Ik wens u een goede leergang.

Met vriendelijke groet,

Hoepelmaker Drieënzestig
Directeur-bestuurder
Woningcorporatie Luit
""" + outlook_quote_nl("Programmasecretariaat DMO [mailto:secretariaat@almere.nl]",
                       "maandag 8 maart 2010 9:00", "Hoepelmaker Drieënzestig",
                       "Uitnodiging leergang Sociale ambities",
                       """Geachte relatie,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een groeiende stad". Aanmelden kan via aanmelden@example.org."""),
    to="aanmelden@example.org"),
    L("declines the invitation, also for a colleague", "human", "nl"))

add("decline-en", gmail(
    "Tinsmith Fifteen <tinsmith.fifteen@bassoon.example.org>",
    "Re: Invitation Almere course",
    "2010-03-10 14:30",
    """Thank you for the kind invitation. Unfortunately none of us can attend this year; please keep us on your list for a future edition.

Best wishes,
Tinsmith Fifteen
Bassoon Care Foundation
"""),
    L("declines for the organisation, asks to be kept on the list", "human", "en"))

add("org-forwards-phone-reg", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Telefonische aanmelding - graag verwerken",
    "2010-04-13 11:20",
    """Hallo,

Vanochtend belde Pottenbakker Vierenzestig (Zorgcentrum Mandoline, p.vierenzestig@mandoline.example.nl). Zij wil graag meedoen maar mailt zelf nog haar gegevens. Even ter info, nog niet inschrijven dus.

Groet,
Programmasecretariaat DMO
Gemeente Almere
"""),
    O("the organiser's note about a phone call; not a registration", "nl"))

_dg = digest_nl("21 april 2010", "20 april 2010", 41, 1, "dinsdag 1 juni 2010",
                [("Gemeente Almere", 9, 11, 20, 0), ("Organisaties", 27, 13, 40, 0)],
                [("Zeilnaaier Zevenentwintig", "Welzijn Fagot", "N5QW8-2HJT3", "Organisaties", "bevestigd", "09:40")],
                [], [("14:02", "b.tweeenvijftig@mandoline.example.nl", "Accreditatie?", "vraag")],
                [("Welzijn Fagot", 2, "EUR 2.000,00",
                  [("Zeilnaaier Zevenentwintig", "N5QW8-2HJT3", "bevestigd", "EUR 1.000,00")])],
                "EUR 27.000,00", 24, 1)
add("org-reply-digest", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "RE: " + _dg[0],
    "2010-04-21 08:30",
    """Dank. De vraag over accreditatie pak ik zelf op. Kun je Welzijn Fagot nog niet factureren tot de inkooporder binnen is?

Groet, secretariaat
""" + ol2010_quote_nl("regbot", "aanmelden@example.org", "2010-04-21 06:00",
                      "secretariaat@almere.nl", _dg[0], _dg[1])),
    O("the organiser answers the digest", "nl"))

add("org-forwards-question", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "FW: aanmelding groep van 6?",
    "2010-04-29 15:05",
    """Ter info, deze vraag heb ik zelf beantwoord.

""" + ol2010_quote_nl("Kistenmaker Drieënvijftig", "k.drieenvijftig@example.nl", "2010-04-29 13:00",
                      "secretariaat@almere.nl", "aanmelding groep van 6?",
                      """Kunnen wij met zes mensen komen? Dan meld ik ze volgende week aan.""")),
    O("the organiser forwards a question she has answered", "nl"))

add("org-program-change", outlook2010(
    "Programmasecretariaat DMO <secretariaat@almere.nl>",
    "Wijziging spreker dag 2",
    "2010-09-01 10:00",
    """Aan de robot/ter archivering:

Op 23 september vervalt referaat 2; in plaats daarvan een panel met drie wethouders. Deelnemers hoeven zich niet opnieuw aan te melden.

Programmasecretariaat DMO
"""),
    O("the organiser's own note about a change in the programme", "nl"))

add("other-course", outlook(
    "Opleidingen Welzijn Academie <info@academie.example.nl>",
    "Schrijf u nu in: Masterclass Wijkgericht Werken",
    "2010-04-05 08:00",
    """Geachte professional,

Schrijf u nu in voor onze Masterclass Wijkgericht Werken (3 dagdelen, najaar 2010). Aanmelden kan via onze website; vroegboekkorting tot 1 juni.

Met vriendelijke groet,
Team Opleidingen
Welzijn Academie
T: 030 200 40 00
"""),
    L("another organiser's course sent by a person (no list headers)", "human", "nl"))

add("vendor-catering", tb(
    "Soepkoker Vijfenzestig <info@soep.example.com>",
    "Offerte catering leergang",
    "2010-03-16 11:11",
    """Geachte organisatie,

Wij hoorden dat u vier studiedagen organiseert met circa 60 aanmeldingen. Graag doen wij u een offerte voor de lunch. Per persoon EUR 14,50 excl. btw.

Met smakelijke groet,
Soepkoker Vijfenzestig
Cateraar Soep & Zo
"""),
    L("a caterer's offer using 'aanmeldingen'", "human", "nl"))

add("recruiter-en", outlook2010(
    "Ratcatcher Sixteen <ratcatcher16@talent.example.com>",
    "Interim professionals for your programme",
    "2010-05-03 09:25",
    """Dear Sir/Madam,

We noticed your course registration page. Our agency provides interim social-domain professionals. Should you need registration desk staff for your event days, please let me know.

Kind regards,
Ratcatcher Sixteen
Senior Consultant, Talent Example BV
""", lang="EN"),
    L("a recruiter's offer", "human", "en"))

add("journalist", gmail(
    "Verslaggever Zesenzestig <redactie@krant.example.nl>",
    "Verzoek persaanmelding dag 1",
    "2010-05-25 16:00",
    """Goedemiddag,

Ik ben verslaggever bij Almere Vandaag en wil graag dag 1 bijwonen voor een artikel. Moet ik mij als pers apart aanmelden of kan ik op de dag zelf een perskaart krijgen? Ik betaal uiteraard geen deelnemersbijdrage.

Verslaggever Zesenzestig
Redactie Almere Vandaag
06 9090 1010
"""),
    L("a journalist asks how the press can attend; no participant registration", "human", "nl"))

add("complaint-too-expensive", outlook(
    "Dorpsomroeper Zevenenzestig <bestuur@buurtvereniging.example.nl>",
    "Klacht over de kosten",
    "2010-03-17 20:02",
    """Geachte heer, mevrouw,

Wij als buurtvereniging vinden het onbegrijpelijk dat u EUR 1.000 per persoon vraagt. Zo kunnen vrijwilligers zich nooit inschrijven. Ik verzoek u dit aan de wethouder voor te leggen.

Hoogachtend,
Dorpsomroeper Zevenenzestig
Buurtvereniging Stedenwijk
"""),
    L("a complaint about the fee", "human", "nl"))

add("not-me-why", ios(
    "Vogelkooimaker Achtenzestig <v.achtenzestig@example.nl>",
    "Waarom krijg ik dit?",
    "2010-04-10 11:45",
    """Ik heb mij nergens voor aangemeld en krijg een bevestiging van een leergang. Graag mijn gegevens verwijderen. Ik ben geen beleidsmaker en heb niks met Almere.

Verstuurd vanaf mijn iPhone"""),
    L("did not register, asks why she got mail and to be removed", "human", "nl"))

add("not-me-en", gmail(
    "Saddler Seventeen <saddler17@example.com>",
    "I did not register",
    "2010-04-11 08:08",
    """Hi,

I received a confirmation of a registration I never made. I did not register for any course in Almere. Please cancel whatever this is and do not send me an invoice.

Saddler Seventeen
"""),
    L("did not register and asks for no invoice; no code carried, a person must look", "human", "en"))

add("double-registration", outlook2010(
    "Steenhouwer Negenenzestig <s.negenenzestig@harp.example.nl>",
    "Dubbele aanmelding?",
    "2010-04-25 09:55",
    """Goedemorgen,

Ik heb twee bevestigingen gekregen met twee verschillende codes. Volgens mij ben ik per ongeluk twee keer aangemeld, door mijzelf en door ons secretariaat. Wilt u nagaan of ik maar één plaats heb en of er maar één factuur komt?

Met vriendelijke groet,

Steenhouwer Negenenzestig
Woonstichting Harp
"""),
    L("reports a double registration; a person must check", "human", "nl"))

add("correction-no-code", tb115(
    "Zeefmaker Twee <z.twee@harp.example.nl>",
    "Correctie functie",
    "2010-03-20 09:12",
    """Goedemorgen,

In mijn aanmelding staat als functie wijkconsulent, maar dat moet zijn: senior wijkconsulent. Wilt u dat aanpassen?

Groet,
Zeefmaker Twee
"""),
    L("a correction of a detail without a code", "human", "nl"))

add("invoice-question", outlook(
    "Crediteuren Zorggroep Cello <crediteuren@cello.example.nl>",
    "Factuur 2010-0412 leergang",
    "2010-06-10 10:30",
    """Geachte heer, mevrouw,

Wij ontvingen factuur 2010-0412 voor de leergang, maar zonder kostenplaats. Wilt u een nieuwe factuur sturen met kostenplaats 4410? Anders kunnen wij niet betalen.

Met vriendelijke groet,
Afdeling Crediteuren
Zorggroep Cello
"""),
    L("an invoice question from accounts payable", "human", "nl"))

add("thanks-after-day1", apple(
    "Kaarsenmaker Zeven <k.zeven@hobo.example.nl>",
    "Dank!",
    "2010-06-02 08:15",
    """Beste organisatie,

Wat een inspirerende eerste dag. Dank aan de sprekers. Ik heb al twee collega's enthousiast gemaakt; zij melden zich volgend jaar misschien aan.

Hartelijke groet,
Kaarsenmaker Zeven
Stichting Hobo"""),
    L("thanks, colleagues may register next year", "human", "nl"))

add("speaker-office", outlook2010(
    "Bureau Spreker <agenda@spreker.example.nl>",
    "Aanmelding spreker dag 3 - parkeerkaart",
    "2010-10-20 14:00",
    """Geachte organisatie,

Namens onze spreker voor 2 november: hij hoeft niet als deelnemer aangemeld te worden, maar heeft wel een parkeerkaart nodig en een beamer met HDMI.

Met vriendelijke groet,
Bureau Spreker
"""),
    L("a speaker's office about logistics; not a participant", "human", "nl"))

add("intern-application", gmail(
    "Stagiair Zeventig <stagiair70@example.nl>",
    "Open sollicitatie stage",
    "2010-04-18 19:19",
    """Geachte heer, mevrouw,

Hierbij solliciteer ik naar een stageplaats bij uw organisatie. Ik zou graag helpen bij de registratie van deelnemers en de organisatie van de studiedagen. Mijn cv zit in de bijlage.

Met vriendelijke groet,
Stagiair Zeventig
"""),
    L("an application for an internship", "human", "nl"))

add("one-day-absent", outlook2010(
    "Tegelbakker Dertig <t.dertig@almere.nl>",
    "23 september afwezig",
    "2010-09-10 09:00",
    """Hallo,

Ik ben op 23 september helaas afwezig (cursus elders). Ik blijf gewoon aangemeld voor de andere dagen. Kunt u de hand-outs van die dag naar mij mailen?

Groet,
Tegelbakker Dertig
Gemeente Almere
"""),
    L("absent one day, stays registered; no cancellation", "human", "nl"))

add("hesitant-colleague-maybe", wlm(
    "Hoefsmid Drie <h.drie@pauk.example.nl>",
    "misschien nog een collega",
    "2010-05-12 21:30",
    """Beste,

Misschien wil nog een collega mee, maar zij twijfelt nog. Als ze besluit te komen, laat ik het vóór 25 mei weten. Houdt u er alvast rekening mee?

Groet,
Hoefsmid Drie
Jeugdzorg Pauk"""),
    L("a colleague may come later; no registration yet", "human", "nl"))
