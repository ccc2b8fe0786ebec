"""Set 13, batch 5: cancellations, substitutions, status, look-alikes
(typed by hand)."""
from set13_lib import *  # noqa: F401,F403
from set13_lib import add, L, P, quote, rirt

ROB = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# ---- cancellations ----------------------------------------------------------

add("cancel-code-text-dinkel", outlook(
    "Persoon Een <p.een@dinkel.example.nl>", "Afmelding leergang",
    "2010-05-06 09:15",
    """Goedemorgen,

Door een reorganisatie kan ik helaas niet aan de leergang deelnemen. Ik meld
mij hierbij af. Mijn referentiecode is B4H7N-2XK9R.

Met vriendelijke groet,
Persoon Een
"""), L("cancels with the code in her own text", "cancel", "nl", code="B4H7N-2XK9R"))

_c, _b = conf_nl("Persoon Twee", "C5J8P-3YM2S", "Welzijn Eem", "opbouwwerker",
                 "p.twee@eem.example.nl")
add("cancel-code-subject-only-eem", gmail(
    "Persoon Twee <p.twee@eem.example.nl>", "Re: " + _c, "2010-05-10 20:00",
    """Hallo,

Ik moet me helaas afmelden, ik ben vanaf juni met zwangerschapsverlof.

Groet,
Persoon Twee
""", irt=rirt("confirmation", "C5J8P-3YM2S")),
    L("cancels; the code only in the kept subject", "cancel", "nl", code="C5J8P-3YM2S"))

_c, _b = conf_nl("Persoon Drie", "D6K9Q-4ZN3T", "Zorggroep Vecht",
                 "teamleider wijkzorg", "p.drie@vecht.example.nl")
add("cancel-code-in-quote-vecht", ios(
    "Persoon Drie <p.drie@vecht.example.nl>", "Afmelden", "2010-05-11 07:40",
    """Ik kan toch niet komen, wilt u mij afmelden? Dank.
""" + ios_quote_nl("2010-03-05 08:10", ROB, _b),
    irt=rirt("confirmation", "D6K9Q-4ZN3T")),
    L("cancels; the code only in the quoted confirmation", "cancel", "nl",
      code="D6K9Q-4ZN3T"))

add("cancel-no-code-regge", tb115(
    "Persoon Vijf <p.vijf@regge.example.nl>", "afmelding", "2010-05-12 13:00",
    """Beste organisatie,

Ik heb me in maart aangemeld voor de leergang, maar moet me helaas afmelden
wegens ziekte. Mijn code kan ik niet meer vinden.

Met vriendelijke groet,
Persoon Vijf
Stichting Regge
"""), L("cancels without a code", "cancel", "nl"))

add("cancel-manager-for-member-drentseaa", outlook(
    "Persoon Vierenveertig <p.vierenveertig@drentseaa.example.nl>",
    "Afmelding Persoon Zesenveertig", "2010-05-07 10:30",
    """Goedemorgen,

Mijn medewerker Persoon Zesenveertig is langdurig ziek en kan niet deelnemen.
Wilt u haar afmelden? Haar code is E7M2R-5AP4V.

Met vriendelijke groet,
Persoon Vierenveertig
manager ambulante hulp
"""), L("a manager cancels for a team member, with her code", "cancel", "nl",
        code="E7M2R-5AP4V"))

add("cancel-en-code", outlook(
    "Person Sixty-One <p.sixtyone@severn.example.com>", "Cancellation",
    "2010-05-05 11:00",
    """Dear organisers,

I'm afraid I have to cancel my place on the course (reference G8N3S-6BQ5W).
Apologies for any inconvenience.

Kind regards,
Person Sixty-One
""", lang="EN"), L("English cancellation with the code", "cancel", "en", code="G8N3S-6BQ5W"))

_ws, _wb = wait_nl("Persoon Drieëntwintig", "H9P4T-7CR6X", 2, "Stichting Regge",
                   "wijkcoach", "p.drieentwintig@regge.example.nl")
add("cancel-off-waitlist-regge", roundcube(
    "Persoon Drieentwintig <p.drieentwintig@regge.example.nl>", "Re: " + _ws,
    "2010-05-28 09:00",
    """Beste,

Haal mij maar van de wachtlijst af, ik heb inmiddels een andere opleiding
gevonden.

Groet,
Persoon Drieëntwintig

""" + roundcube_quote_nl("2010-05-27 08:41", ROB, _wb),
    irt=rirt("waitlist", "H9P4T-7CR6X")),
    L("off the waiting list, in reply to the waiting-list mail", "cancel", "nl",
      code="H9P4T-7CR6X"))

_r = reminder_nl("Persoon Negen", "J2Q5V-8DS7Y", 1, "dinsdag 1 juni 2010")
add("cancel-late-reply-reminder-lauwers", outlook(
    "Persoon Negen <p.negen@lauwers.example.nl>", "RE: " + _r[0],
    "2010-05-25 10:00",
    """Beste,

Helaas moet ik mij afmelden voor de hele leergang, J2Q5V-8DS7Y. Ik begrijp dat
de kosten dan wel in rekening worden gebracht.

Met vriendelijke groet,
Persoon Negen
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "dinsdag 25 mei 2010 6:00", "Persoon Negen", _r[0],
                       _r[1] + "\n\n" + _r[2]),
    irt=rirt("reminder", "J2Q5V-8DS7Y")),
    L("cancels after the free date, in reply to the reminder", "cancel", "nl",
      code="J2Q5V-8DS7Y"))

add("cancel-html-only-subject-code", word_html_only(
    "Persoon Veertien <p.veertien@oudeijssel.example.nl>",
    "Afmelding K3R6W-9ET8Z", "2010-05-03 15:00",
    """Geachte heer/mevrouw,

Hierbij meld ik mij af voor de leergang. Mijn agenda laat het helaas niet toe.

Met vriendelijke groet,
Persoon Veertien"""), L("HTML only; the code in the writer's own subject", "cancel",
                        "nl", code="K3R6W-9ET8Z"))

_ps, _pb = promotion_nl("Persoon Tweeënzeventig", "N4S7X-2FV9A", "Stichting Swalm",
                        "buurtwerker", "p.tweeenzeventig@swalm.example.nl")
add("cancel-decline-promotion-swalm", apple(
    "Persoon Tweeenzeventig <p.tweeenzeventig@swalm.example.nl>", "Re: " + _ps,
    "2010-05-20 12:00",
    """Dank voor het bericht, maar ik hoef de plaats niet meer. Meld mij maar af.

Persoon Tweeënzeventig
""" + apple_quote_nl("2010-05-20 09:00", ROB, _pb),
    irt=rirt("promotion", "N4S7X-2FV9A")),
    L("declines a seat offered from the waiting list", "cancel", "nl",
      code="N4S7X-2FV9A"))

add("cancel-assistant-for-director-linge", outlook(
    "Persoon Zeven <p.zeven@linge.example.nl>", "Afmelding directeur",
    "2010-05-14 08:45",
    """Geachte heer/mevrouw,

Namens Persoon Zes wil ik haar aanmelding voor de leergang annuleren. De
referentiecode is P5T8Y-3GW2B.

Met vriendelijke groet,
Persoon Zeven
Directiesecretaresse Welzijn Linge
"""), L("an assistant cancels for her director", "cancel", "nl", code="P5T8Y-3GW2B"))

_c, _b = conf_en("Person Sixty-Two", "S6V9Z-4HX3C", "Sample Tweed Housing",
                 "housing officer", "p.sixtytwo@tweed.example.com")
add("cancel-en-subject-only", gmail(
    "Person Sixty-Two <p.sixtytwo@tweed.example.com>", "Re: " + _c,
    "2010-05-04 16:20",
    """Hi, please cancel me - budget cuts, sorry!

Person Sixty-Two
""", irt=rirt("confirmation", "S6V9Z-4HX3C")),
    L("English cancellation, code only in the subject", "cancel", "en",
      code="S6V9Z-4HX3C"))

add("cancel-phone-b64-aa", phone_b64(
    "Persoon Twaalf <p.twaalf@aa.example.nl>", "afmelden T7W2A-5JY4D",
    "2010-05-15 18:30",
    """Hoi, ik meld me af voor de leergang. Code T7W2A-5JY4D. Sorry!
Persoon Twaalf"""), L("a phone's cancellation with the code", "cancel", "nl",
                      code="T7W2A-5JY4D"))

# ---- substitutions ------------------------------------------------------------

add("substitute-code-text-hunze", apple(
    "Persoon Elf <p.elf@hunze.example.nl>", "Vervanging", "2010-05-10 10:00",
    """Beste organisatie,

Ik kan zelf niet komen. In mijn plaats komt mijn collega Persoon
Honderdnegenentwintig (p.honderdnegenentwintig@hunze.example.nl), ook
buurtsportcoach bij Welzijnskring Hunze. Mijn code is V8X3B-6KZ5E.

Hartelijke groet,
Persoon Elf"""), L("a substitution with the code in the text", "substitute", "nl",
                   code="V8X3B-6KZ5E", people=1, persons=[
                       P(name="Persoon Honderdnegenentwintig",
                         email="p.honderdnegenentwintig@hunze.example.nl",
                         organisation="Welzijnskring Hunze", role="buurtsportcoach")]))

_c, _b = conf_nl("Persoon Twintig", "W9Y4C-7MA6F", "Woonstichting Niers",
                 "teamleider leefbaarheid", "p.twintig@niers.example.nl")
add("substitute-subject-only-niers", wlm(
    "Persoon Twintig <p.twintig@niers.example.nl>", "Re: " + _c,
    "2010-05-12 11:11",
    """Beste,

Graag een vervanging: Persoon Honderddertig neemt mijn plaats in,
p.honderddertig@niers.example.nl.

Groet,
Persoon Twintig""", irt=rirt("confirmation", "W9Y4C-7MA6F")),
    L("a substitution, the code only in the subject", "substitute", "nl",
      code="W9Y4C-7MA6F", people=1, persons=[
          P(name="Persoon Honderddertig", email="p.honderddertig@niers.example.nl")]))

_c, _b = conf_nl("Persoon Achttien", "X2Z5D-8NB7G", "Stichting Roer",
                 "buurtbemiddelaar", "p.achttien@roer.example.nl")
add("substitute-quote-only-roer", gmail2(
    "Persoon Achttien <p.achttien@roer.example.nl>", "collega in mijn plaats",
    "2010-05-13 14:00",
    """Hallo,

Ik stuur een collega in mijn plaats: Persoon Honderdeenendertig,
p.honderdeenendertig@roer.example.nl. Zij eet geen vlees.

Groet, Persoon Achttien

""" + gmail_quote_nl("2010-03-29 19:00", ROB, _b),
    irt=rirt("confirmation", "X2Z5D-8NB7G")),
    L("a substitution, the code only in the quoted confirmation", "substitute",
      "nl", code="X2Z5D-8NB7G", people=1, persons=[
          P(name="Persoon Honderdeenendertig", email="p.honderdeenendertig@roer.example.nl",
            diet="geen vlees")]))

add("substitute-no-code-dommel", roundcube(
    "Persoon Dertien <p.dertien@dommel.example.nl>", "Vervanging leergang",
    "2010-05-17 09:30",
    """Goedendag,

Ik ben aangemeld voor de leergang maar kan niet. Mijn collega Persoon
Honderdtweeëndertig gaat in mijn plaats; haar e-mailadres is
p.honderdtweeendertig@dommel.example.nl. Mijn code heb ik niet bij de hand.

Persoon Dertien
"""), L("a substitution without a code", "substitute", "nl", people=1, persons=[
    P(name="Persoon Honderdtweeëndertig", email="p.honderdtweeendertig@dommel.example.nl")]))

add("substitute-municipal", outlook(
    "Persoon Tien <ptien@almere.nl>", "vervanging Y3A6E-9PC8H", "2010-05-19 10:00",
    """Hoi,

Ik word vervangen door mijn collega Persoon Honderddrieëndertig
(phonderddrieendertig@almere.nl), beleidsmedewerker bij Gemeente Almere.

Groet,
Persoon Tien
"""), L("a municipal colleague takes the seat", "substitute", "nl", code="Y3A6E-9PC8H",
        people=1, persons=[
            P(name="Persoon Honderddrieëndertig", email="phonderddrieendertig@almere.nl",
              organisation="Gemeente Almere", role="beleidsmedewerker")]))

_r = reminder_nl("Persoon Negentien", "Z4B7F-2QD9J", 3, "dinsdag 2 november 2010")
add("substitute-last-two-days-reminder-geul", cable_webmail(
    "Persoon Negentien <p.negentien@geul.example.nl>", "Re: " + _r[0],
    "2010-10-26 19:00",
    """Beste,

Voor de laatste twee dagen (2 en 23 november) stuur ik een collega in mijn
plaats: Persoon Honderdvierendertig, p.honderdvierendertig@geul.example.nl.
Code Z4B7F-2QD9J.

Met vriendelijke groet,
Persoon Negentien

""" + quote(_r[1] + "\n\n" + _r[2]), irt=rirt("reminder", "Z4B7F-2QD9J")),
    L("a substitution for the last two days, in reply to a reminder", "substitute",
      "nl", code="Z4B7F-2QD9J", people=1, persons=[
          P(name="Persoon Honderdvierendertig", email="p.honderdvierendertig@geul.example.nl")]))

add("substitute-en", iphone(
    "Person Sixty-Three <p.sixtythree@wye.example.com>", "Substitute A5C8G-3RE2K",
    "2010-05-11 08:00",
    """Hi, I can't make it. My colleague Person Eighty-Nine (p.eightynine@wye.example.com) will come instead. Same organisation.

Sent from my iPhone"""), L("English substitution", "substitute", "en", code="A5C8G-3RE2K",
                           people=1, persons=[
                               P(name="Person Eighty-Nine", email="p.eightynine@wye.example.com")]))

# ---- status ---------------------------------------------------------------------

add("status-code-berkel", gmail2(
    "Persoon Vier <p.vier@berkel.example.nl>", "Ben ik aangemeld?",
    "2010-04-15 12:00",
    """Hallo,

Ik heb nog geen bevestiging in mijn werkmail gezien. Kunt u nagaan of mijn
aanmelding goed is doorgekomen? Ik denk dat mijn code B6D9H-4SF3M is.

Groet,
Persoon Vier
"""), L("asks whether the registration stands, with a code", "status", "nl",
        code="B6D9H-4SF3M"))

add("status-no-code-slinge", outlook(
    "Persoon Zestien <p.zestien@slinge.example.nl>", "Status aanmelding",
    "2010-04-10 10:00",
    """Goedemorgen,

Via ons websiteformulier heb ik mij aangemeld, maar ik heb niets terug
gehoord. Sta ik ingeschreven?

Met vriendelijke groet,
Persoon Zestien
"""), L("asks for the status without a code", "status", "nl"))

add("status-en-code", apple(
    "Person Sixty-Five <p.sixtyfive@trent.example.com>", "Am I registered?",
    "2010-04-24 09:00",
    """Hi,

Could you confirm that my registration went through? Reference C7E2J-5TG4N.

Thanks,
Person Sixty-Five"""), L("English status question with the code", "status", "en",
                         code="C7E2J-5TG4N"))

add("status-waitlist-position-linge", zimbra(
    "Persoon Vierentwintig <p.vierentwintig@linge.example.nl>",
    "Wachtlijst D8F3K-6VH5P", "2010-05-21 09:00",
    """Goedemorgen,

Op welke plaats van de wachtlijst sta ik nu? Code D8F3K-6VH5P.

Persoon Vierentwintig
"""), L("asks about the waiting-list position", "status", "nl", code="D8F3K-6VH5P"))

add("status-not-cancel-swalm", gmail(
    "Persoon Zeventien <p.zeventien@swalm.example.nl>", "NIET afmelden",
    "2010-05-18 17:00",
    """Beste,

Een collega vertelde dat iemand van ons zich had afgemeld. Ik wil me NIET
afmelden! Staat mijn plaats nog? Code E9G4M-7WJ6Q.

Groet,
Persoon Zeventien
"""), L("'ik wil me NIET afmelden': asks whether her seat stands", "status", "nl",
        code="E9G4M-7WJ6Q"))

add("status-group-reest", outlook(
    "Persoon Zevenentwintig <p.zevenentwintig@reest.example.nl>",
    "Zijn wij alle drie aangemeld?", "2010-04-02 10:00",
    """Beste,

Ik heb op 3 maart drie collega's aangemeld, maar alleen ik heb een bevestiging
gekregen. Staan de andere twee ook ingeschreven?

Met vriendelijke groet,
Persoon Zevenentwintig
"""), L("asks about the status of a group, no code", "status", "nl"))

# ---- look-alikes and corrections --------------------------------------------------

add("question-cancel-terms-reest", tb(
    "Persoon Achtentwintig <p.achtentwintig@reest.example.nl>",
    "Vraag over afmelden", "2010-05-16 21:00",
    """Hallo,

Ik ben nog niet van plan om me af te melden, maar wat gebeurt er als ik na
18 mei ziek word en niet kan komen? Moeten we dan toch betalen? (code
F2H5N-8XK7R)

Groet,
Persoon Achtentwintig
"""), L("a question about the cancellation terms, not a cancellation", "question",
        "nl", code="F2H5N-8XK7R"))

_cs, _cb = cancelled_nl("Persoon Dertig", "G3J6P-9YM8S")
add("not-cancelled-reply-receipt-schipbeek", gmail(
    "Persoon Dertig <p.dertig@schipbeek.example.nl>", "Re: " + _cs,
    "2010-05-08 08:30",
    """Hallo,

Ik heb me helemaal niet afgemeld! Er moet een vergissing zijn. Ik wil
gewoon blijven deelnemen.

Persoon Dertig

""" + gmail_quote_nl("2010-05-07 22:00", ROB, _cb),
    irt=rirt("cancelled", "G3J6P-9YM8S")),
    L("'ik heb me niet afgemeld' in reply to a cancellation receipt", "human", "nl",
      code="G3J6P-9YM8S"))

add("correction-code-phone-schipbeek", outlook(
    "Persoon Eenendertig <p.eenendertig@schipbeek.example.nl>",
    "Correctie gegevens H4K7Q-2ZN9T", "2010-04-19 09:00",
    """Beste,

Een correctie op mijn aanmelding (H4K7Q-2ZN9T): mijn telefoonnummer is
06-70809010 en mijn functie is inmiddels teamleider vrijwilligers.

Groet,
Persoon Eenendertig
"""), L("a correction with a code", "human", "nl", code="H4K7Q-2ZN9T"))

add("correction-en-code-role", outlook(
    "Person Sixty-Six <p.sixtysix@tamar.example.com>", "Update to my details",
    "2010-04-20 13:00",
    """Hello,

Small correction to my registration J5M8R-3AP2V: my job title is now
director of communities. Invoice reference stays TT/0519.

Thanks,
Person Sixty-Six
""", lang="EN"), L("English correction with a code", "human", "en", code="J5M8R-3AP2V"))

add("late-one-day-not-cancel-giessen", gmail2(
    "Persoon Tweeendertig <p.tweeendertig@giessen.example.nl>", "1 juni later",
    "2010-05-27 10:00",
    """Beste,

Op 1 juni kom ik een uur later in verband met een overleg. Ik meld me dus niet
af, maar wilde het even laten weten. Code K6N9S-4BQ3W.

Groet,
Persoon Tweeëndertig
"""), L("late on one day, 'ik meld me dus niet af'", "human", "nl", code="K6N9S-4BQ3W"))

# ---- more replies to the robot's mails ------------------------------------------

_r = reminder_en("Person Sixty-Eight", "Q2S5W-8AF3G", 2, "Thursday 23 September 2010")
add("cancel-en-reply-reminder", gmail(
    "Person Sixty-Eight <p.sixtyeight@tamar.example.com>", "Re: " + _r[0],
    "2010-09-16 12:00",
    """Hello,

Unfortunately I've changed jobs and will not attend the remaining days.
Please cancel my registration.

Person Sixty-Eight

""" + gmail_quote_en("2010-09-16 06:00", ROB, _r[1] + "\n\n" + _r[2]),
    irt=rirt("reminder", "Q2S5W-8AF3G")),
    L("English cancellation in reply to a reminder, code quoted and in the subject",
      "cancel", "en", code="Q2S5W-8AF3G"))

_c, _b = conf_nl("Persoon Achtenzestig", "R3T6X-9BG4H", "Zorggroep Vecht",
                 "wijkverpleegkundige", "p.achtenzestig@vecht.example.nl")
add("substitute-o365-reply-confirmation-vecht", outlook365(
    "Persoon Achtenzestig <p.achtenzestig@vecht.example.nl>", "RE: " + _c,
    "2010-05-06 14:00",
    """Beste,

Ik wil graag een vervanging doorgeven: mijn collega Persoon Honderdzesendertig
(p.honderdzesendertig@vecht.example.nl, wijkverpleegkundige) gaat in mijn plaats.

Groet,
Persoon Achtenzestig
""" + o365_quote_nl(ROB, "2010-03-30 09:30", "Persoon Achtenzestig", _c, _b, line=True),
    irt=rirt("confirmation", "R3T6X-9BG4H")),
    L("a substitution in reply to the confirmation", "substitute", "nl",
      code="R3T6X-9BG4H", people=1, persons=[
          P(name="Persoon Honderdzesendertig", email="p.honderdzesendertig@vecht.example.nl",
            role="wijkverpleegkundige")]))

_c, _b = conf_nl("Persoon Negenentwintig", "S4V7Y-2CH5J", "Stichting Reest",
                 "opbouwwerker", "p.negenentwintig@reest.example.nl")
add("status-double-confirmation-reest", tb(
    "Persoon Negenentwintig <p.negenentwintig@reest.example.nl>", "Re: " + _c,
    "2010-03-04 09:00",
    """Hallo,

Ik kreeg deze bevestiging twee keer. Sta ik nu dubbel ingeschreven, of is het
één aanmelding?

Persoon Negenentwintig

Op 3-3-2010 10:41, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=rirt("confirmation", "S4V7Y-2CH5J")),
    L("asks whether she is registered twice: a status question", "status", "nl",
      code="S4V7Y-2CH5J"))

_r = reminder_nl("Persoon Achtendertig", "T5W8Z-3DJ6K", 2, "donderdag 23 september 2010")
add("correction-reply-reminder-krommerijn", outlook(
    "Persoon Achtendertig <p.achtendertig@krommerijn.example.nl>", "RE: " + _r[0],
    "2010-09-16 09:00",
    """Goedemorgen,

Ik kom gewoon, ik meld me niet af. Wel is mijn functie gewijzigd: ik ben nu
manager beleid. Wilt u dat op de presentielijst aanpassen?

Persoon Achtendertig
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "donderdag 16 september 2010 6:00", "Persoon Achtendertig",
                       _r[0], _r[1] + "\n\n" + _r[2]),
    irt=rirt("reminder", "T5W8Z-3DJ6K")),
    L("a correction in reply to a reminder ('ik meld me niet af')", "human", "nl",
      code="T5W8Z-3DJ6K"))

_c, _b = conf_nl("Persoon Veertig", "V6X9A-4EK7M", "Stichting Kromme Rijn",
                 "buurtwerker", "p.veertig@krommerijn.example.nl")
add("cancel-o365-quote-only-krommerijn", outlook365(
    "Persoon Veertig <p.veertig@krommerijn.example.nl>", "RE: uw aanmelding",
    "2010-05-17 16:00",
    """Beste,

Helaas moet ik mij afmelden, ik ben op alle vier de data al ingeroosterd.

Met vriendelijke groet,
Persoon Veertig
""" + o365_quote_nl(ROB, "2010-05-12 09:25", "Persoon Veertig", "Bevestiging aanmelding", _b,
                    line=True),
    irt=rirt("confirmation", "V6X9A-4EK7M")),
    L("cancels; the code only in the quoted confirmation", "cancel", "nl",
      code="V6X9A-4EK7M"))

_ns, _nb = code_needed_nl("Persoon Vijf", None, "afmelding", "cancel")
add("cancel-answer-code-needed-regge", tb115(
    "Persoon Vijf <p.vijf@regge.example.nl>", "Re: " + _ns, "2010-05-13 08:30",
    """Ik heb de code teruggevonden: W7Y2B-5FM8N. Graag alsnog afmelden.

Persoon Vijf

""" + tb_quote_nl("2010-05-12 13:01", "deSTADSWIJKstudies Almere", _nb),
    irt=rirt("code-needed", "p.vijf@regge.example.nl")),
    L("gives the code asked for and cancels", "cancel", "nl", code="W7Y2B-5FM8N"))
