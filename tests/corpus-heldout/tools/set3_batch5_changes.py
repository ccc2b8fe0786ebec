"""Set 3, batch 5: cancellations, substitutions and status requests."""
from set3_lib import *  # noqa: F401,F403

C = lambda why, lang, code=None, q="no": X(why, "cancel", lang, code=code, q=q)  # noqa: E731
ST = lambda why, lang, code=None: X(why, "status", lang, code=code)  # noqa: E731


def sub(why, lang, person, code=None, q="no"):
    return X(why, "substitute", lang, code=code, q=q, people=1, persons=[person])


def outlook_quote_nl(sent, to, subj, body):
    return ("-----Oorspronkelijk bericht-----\nVan: deSTADSWIJKstudies Almere "
            "[mailto:aanmelden@example.org]\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n%s"
            % (sent, to, subj, body))


# 137 code in own text
add("cancel-code-own-text", outlook(
    "Toehoorder Een <t.een@pilotwijk.example.nl>", "Afmelding leergang",
    "2010-04-29 10:37", """Beste organisatie,

Door een langdurige ziekte van een collega moet ik mij helaas afmelden voor de leergang. Mijn referentiecode is T7EPW-5KJRM.

Met vriendelijke groet,
Toehoorder Een"""),
    C("cancellation with the code in her own text", "nl", "T7EPW-5KJRM"))

# 138 code in subject only
_s, _b = conf_nl("Inschrijver Vijftien", "I5VRC-7NBPQ", "ROC Oefenstad", "docent maatschappijleer",
                 "inschrijver15@roc.example.nl", phone="036 540 1515")
add("cancel-code-subject-only", wlm(
    "Inschrijver Vijftien <inschrijver15@roc.example.nl>", "RE: " + _s, "2010-05-06 16:38",
    """afmelden

Ik ben per 1 juni niet meer werkzaam bij het ROC.

Inschrijver Vijftien""", irt=robot_mid("confirmation", "I5VRC-7NBPQ")),
    C("'afmelden' in a reply; the code only in the subject", "nl", "I5VRC-7NBPQ"))

# 139 code only in the quoted confirmation
_s, _b = conf_en("Visitor Twenty", "V2HFA-6RTKB", "Example Housing Foundation Almere",
                 "tenant participation officer", "visitor.twenty@housing.example.org", phone="036 520 2020")
add("cancel-en-code-in-quote", gmail(
    "Visitor Twenty <visitor.twenty@housing.example.org>", "Re: Cancellation",
    "2010-05-11 09:39", "Hi, unfortunately I have to cancel my registration - I'm changing jobs in May. Sorry!\n\nVisitor\n\nOn Tue, Mar 23, 2010 at 11:01 AM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:\n\n"
    + quote(_b), irt=robot_mid("confirmation", "V2HFA-6RTKB")),
    C("English cancellation; the code only in the quoted confirmation", "en", "V2HFA-6RTKB"))

# 140 no code
add("cancel-no-code", gmail(
    "Buurtgenoot Drieëntwintig <buurtgenoot23@gmail.example.com>", "afmelden",
    "2010-05-28 08:40", """Beste,

Ik had me op het laatste moment nog aangemeld, maar ik trek mijn aanmelding toch in. Excuses voor de moeite.

Buurtgenoot Drieëntwintig"""),
    C("cancellation without a code", "nl"))

# 141 on behalf of a colleague, with code
add("cancel-colleague-code", notes(
    "Teamleider Drieënveertig/DMO/Almere <t.drieenveertig@almere.nl>", "Afmelding collega A4VJF-6QTRM",
    "2010-05-03 11:41", """Beste secretariaat,

Mijn collega Adviseur Vijfenveertig kan helaas niet deelnemen aan de leergang; zij gaat met zwangerschapsverlof. Wilt u haar afmelden? Haar code is A4VJF-6QTRM.

Groet,
Teamleider Drieënveertig"""),
    C("a team leader cancels for a colleague, with the colleague's code", "nl", "A4VJF-6QTRM"))

# 142 on behalf, no code
add("cancel-director-no-code", outlook(
    "Secretariaat Buurtnetwerk <secretariaat@testhaven.example.nl>", "Afmelding mevrouw Toehoorder Acht",
    "2010-05-12 14:42", """Goedemiddag,

Mevrouw Toehoorder Acht, onze directeur, kan door omstandigheden toch niet deelnemen. Wilt u haar afmelden? Ik kan de bevestiging met de code helaas niet meer vinden.

Met vriendelijke groet,
Ondersteuner Negen
managementassistent"""),
    C("the secretary cancels for her director without a code", "nl"))

# 143 after the free-cancellation date, asks about fee
add("cancel-after-free-date", apple(
    "Kwartiermaker Vierentwintig <kwm24@steekproef.example.nl>", "Afmelding K2VGH-5TWPA",
    "2010-05-21 17:43", """Geachte organisatie,

Helaas moet ik mij afmelden voor de leergang (code K2VGH-5TWPA). Ik begrijp dat het na 18 mei is; moeten wij dan echt de volledige 1000 euro betalen, ook als niemand de plaats inneemt?

Met vriendelijke groet,
Kwartiermaker Vierentwintig"""),
    C("cancellation after 18 May that asks about the fee", "nl", "K2VGH-5TWPA", q="yes"))

# 144 off the waiting list
_s, _b = wait_en("Fellow Hundredfourteen", "F4HTY-9XKMB", 3, "(not given)", None,
                 "fellow114@yahoo.example.com")
add("cancel-en-waitlist", yahoo(
    "Fellow Hundredfourteen <fellow114@yahoo.example.com>", "Re: " + _s, "2010-05-22 10:44",
    """cancel

I found another course, please take me off the waiting list. Thanks.

--- On Sat, 5/8/10, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(_b)),
    C("off the waiting list; 'cancel' with the code in the subject and quote", "en", "F4HTY-9XKMB"))

# 145 English, iPhone, code in text
add("cancel-en-iphone-code", iphone(
    "Learner Twentyfive <learner25@youthcare.example.org>", "Cancel registration",
    "2010-04-30 07:45", """Hi, please cancel my registration L2TFY-4MWRC. Our team has been reorganised and I won't be working in Almere any more.
Learner

Sent from my iPhone"""),
    C("English cancellation from a phone, code in text", "en", "L2TFY-4MWRC"))

# 146 after the course started
add("cancel-after-start", evolution(
    "Wijkwerker Negentien <wnegentien@example.net>", "Afmelden resterende dagen",
    "2010-09-10 12:46", """Beste,

Ik heb een nieuwe baan buiten Almere en kom niet meer naar de resterende dagen van de leergang. Wilt u mij afmelden? Code: W5NVR-3CKTD.

Dank voor de mooie eerste dag.
Wijkwerker Negentien"""),
    C("cancellation of the remaining days after the course started", "nl", "W5NVR-3CKTD"))

# 147 reply to the reminder
_s, _b = reminder_nl("Kwartiermaker Elf", "K6EBP-2JWNH", 2, "donderdag 23 september 2010",
                     "Diversiteit en identiteit")
add("cancel-reply-reminder", groupwise(
    "Kwartiermaker Elf <kwartiermaker.elf@bibliotheek.example.nl>", "Re: " + _s, "2010-09-16 09:47",
    """Ik kom helemaal niet meer; graag afmelden. Mijn nieuwe werkgever geeft geen toestemming.

Kwartiermaker Elf

>>> deSTADSWIJKstudies Almere <aanmelden@example.org> 16-9-2010 7:00 >>>
""" + quote(_b, "")),
    C("a full cancellation in reply to the day-2 reminder", "nl", "K6EBP-2JWNH"))

# 148 manager cancels for a staff member, English
add("cancel-en-manager-for-staff", tb(
    "Manager Ninetyone <m91@samplecare.example.com>", "Cancellation Attendee Ninetytwo (A9NSC-5RBXF)",
    "2010-05-14 15:48", """Hello,

Attendee Ninetytwo has left Sample Care Group, so please cancel his seat (A9NSC-5RBXF). Nobody will replace him.

Regards,
Manager Ninetyone"""),
    C("a manager cancels for a staff member who left, code in subject and text", "en", "A9NSC-5RBXF"))

# 149 'annuleren' without code, municipal
add("cancel-annuleren-no-code", groupwise(
    "Stadsgenoot Dertig <s.dertig@almere.nl>", "Annuleren",
    "2010-05-17 08:49", """Goedemorgen,

Graag mijn deelname aan de leergang annuleren, ik heb andere verplichtingen gekregen.

Met vriendelijke groet,
Stadsgenoot Dertig
afdelingsmanager Zorg en Welzijn"""),
    C("'annuleren' without a code", "nl"))

# 150 Notes, 'Referentie:' line
add("cancel-notes-referentie", notes(
    "Coordinator Vierentachtig/MEE <c84@mee.example.nl>", "Afmelding",
    "2010-05-07 13:50", """Beste,

Hierbij meld ik mij af voor deSTADSWIJKstudies.
Referentie: C8VMV-3PLNA

Mijn collega Ondersteuner Vijfentachtig blijft wel aangemeld.

Met vriendelijke groet,
Coordinator Vierentachtig"""),
    C("cancellation with a 'Referentie:' line; the colleague stays", "nl", "C8VMV-3PLNA"))

# 151 English informal, no code
add("cancel-en-informal-no-code", apple(
    "Learner Nine <learner.nine@samplecare.example.com>", "Can't make it",
    "2010-05-16 20:51", """Hi,

I'm really sorry but I can't make it to the course after all - please cancel me. I'll try again next year!

Learner"""),
    C("informal English cancellation without a code", "en"))

# 152 substitute, code in own text
add("sub-code-own-text", outlook(
    "Zorgmanager Zesenveertig <z46@proefhaven.example.org>", "Vervanging deelnemer",
    "2010-05-19 10:52", """Beste organisatie,

Ik kan helaas niet deelnemen (code Z4ZVM-7KQPD). In mijn plaats komt mijn collega:

Naam: Vervanger Honderdvijftig
E-mail: v150@proefhaven.example.org
Functie: zorgmanager a.i.

Met vriendelijke groet,
Zorgmanager Zesenveertig"""),
    sub("a colleague takes her seat; code in her own text", "nl",
        P("Vervanger Honderdvijftig", "v150@proefhaven.example.org", role="zorgmanager a.i."),
        code="Z4ZVM-7KQPD"))

# 153 substitute, code in subject only
_s, _b = conf_nl("Stadsgenoot Zes", "S6ZPH-2NQWT", "Zorgcentrum Proefhaven", "teamleider thuiszorg",
                 "s.zes@proefhaven.example.org")
add("sub-code-subject-only", outlook(
    "Stadsgenoot Zes <s.zes@proefhaven.example.org>", "RE: " + _s, "2010-05-25 09:53",
    """vervanging

Mijn collega Vervanger Honderdeenenvijftig (v151@proefhaven.example.org) neemt mijn plaats in.

Stadsgenoot Zes""", irt=robot_mid("confirmation", "S6ZPH-2NQWT")),
    sub("'vervanging' with the colleague's name and address; code in the subject", "nl",
        P("Vervanger Honderdeenenvijftig", "v151@proefhaven.example.org"), code="S6ZPH-2NQWT"))

# 154 English, code only in the quote
_s, _b = conf_en("Attendee Thirtyeight", "A3TSC-6GHRN", "Sample Care Group", "quality manager",
                 "a38@samplecare.example.com", phone="030 600 3838")
add("sub-en-code-in-quote", outlook(
    "Attendee Thirtyeight <a38@samplecare.example.com>", "Replacement",
    "2010-05-20 11:54", """Hello,

I can no longer attend. My colleague Replacement Hundredfiftytwo, senior quality officer (r152@samplecare.example.com), will come instead.

Best,
Attendee

-----Original Message-----
From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: 19 April 2010 10:39
To: Attendee Thirtyeight
Subject: """ + _s + "\n\n" + _b, lang="EN"),
    sub("English substitution; the code only in the quoted confirmation", "en",
        P("Replacement Hundredfiftytwo", "r152@samplecare.example.com", role="senior quality officer"),
        code="A3TSC-6GHRN"))

# 155 no code
add("sub-no-code", notes(
    "Adviseur Vierenveertig/DMO/Almere <a.vierenveertig@almere.nl>", "Collega gaat in mijn plaats",
    "2010-05-10 14:55", """Beste secretariaat,

Ik kan niet aan de leergang deelnemen. Mijn collega Vervanger Honderddrieënvijftig (v153@almere.nl, beleidsadviseur jeugd) gaat in mijn plaats. Mijn code heb ik niet bij de hand.

Groet,
Adviseur Vierenveertig"""),
    sub("a municipal colleague takes the seat; no code", "nl",
        P("Vervanger Honderddrieënvijftig", "v153@almere.nl", "Gemeente Almere", "beleidsadviseur jeugd")))

# 156 manager swaps two people
add("sub-manager-swap", plain(
    "Manager Tachtig <mg80@steekproef.example.nl>", "Wijziging deelnemer H7ZSM-4BWQX",
    "2010-05-18 12:56", """Goedemiddag,

Onze huismeester Huismeester Zevenenzeventig (code H7ZSM-4BWQX) kan niet deelnemen. In zijn plaats komt Huismeester Honderdvierenvijftig, huismeester in Almere Buiten, e-mail h154@steekproef.example.nl.

Met vriendelijke groet,
Manager Tachtig""", cte="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook Web Access 8.1")]),
    sub("a manager swaps one of his staff for another", "nl",
        P("Huismeester Honderdvierenvijftig", "h154@steekproef.example.nl", role="huismeester in Almere Buiten"),
        code="H7ZSM-4BWQX"))

# 157 substitute in reply to the reminder, after the free-cancellation date
_s, _b = reminder_nl("Wijkwerker Tien", "W9TKN-4RXEB", 3, "dinsdag 2 november 2010",
                     "Wonen met en zonder zorgen")
add("sub-reply-reminder", tb(
    "Wijkwerker Tien <w.tien@ergenswijk.example.org>", "Re: " + _s, "2010-10-27 08:57",
    """Vervanging: ik stop per 1 november bij Welzijn Ergenswijk. Mijn opvolger Jongerenwerker Honderdvijfenvijftig (j155@ergenswijk.example.org) neemt mijn plaats over voor de laatste twee dagen. Code W9TKN-4RXEB.

Groet, Wijkwerker

Op 26-10-2010 7:00, deSTADSWIJKstudies Almere schreef:
""" + quote(_b)),
    sub("a successor takes the seat for the last two days", "nl",
        P("Jongerenwerker Honderdvijfenvijftig", "j155@ergenswijk.example.org"), code="W9TKN-4RXEB"))

# 158 English from a phone, deputy
add("sub-en-iphone-deputy", iphone(
    "Fellow Thirtyfour <f.thirtyfour@refugeehelp.example.org>", "Substitute for F3TRH-5MXDL",
    "2010-05-26 18:58", """Dear organisers, I cannot attend after all. My deputy, Deputy Hundredfiftysix (deputy director, d156@refugeehelp.example.org), will take my place. Reference F3TRH-5MXDL.

Sent from my iPhone"""),
    sub("a director sends his deputy; code in subject and text", "en",
        P("Deputy Hundredfiftysix", "d156@refugeehelp.example.org", role="deputy director"),
        code="F3TRH-5MXDL"))

# 159 status with code
add("status-code-nl", hotmail(
    "Kwartiermaker 32 <kwartiermaker32@hotmail.example.com>", "definitief?",
    "2010-04-20 21:59", """Hoi,

Is mijn aanmelding nu definitief? Ik kreeg een mail maar die was weg voor ik hem goed gelezen had. Code K3TDH-9RWMA staat in mijn agenda.

mvg Kwartiermaker"""),
    ST("asks whether her registration is final, with code", "nl", "K3TDH-9RWMA"))

# 160 status without code
add("status-no-code", tb(
    "Buurtgenoot Eenendertig <b31@buurtnetwerk.example.nl>", "Aanmelding ontvangen?",
    "2010-04-23 10:00", """Beste,

Twee weken geleden heb ik me aangemeld, maar ik heb nog niets teruggehoord. Is mijn aanmelding goed aangekomen?

Groet, Buurtgenoot Eenendertig"""),
    ST("asks whether his registration arrived, without code", "nl"))

# 161 English, code in subject only
add("status-en-code-subject", gmail(
    "Learner Fiftyone <l.fiftyone@communitytrust.example.com>", "Am I confirmed? [L5FOC-2PXNW]",
    "2010-04-02 12:01", """Hi, my colleague registered me last month. Could you tell me whether my seat is confirmed?

Thanks,
Learner"""),
    ST("English status request, the code only in the subject", "en", "L5FOC-2PXNW"))

# 162 waiting list position
add("status-en-waitlist-position", zimbra(
    "Visitor Hundredfortyfour <v144@housing.example.org>", "Waiting list position V6HFF-8TDQA",
    "2010-05-24 09:02", """Hello,

I'm on the waiting list (V6HFF-8TDQA). What is my position at the moment?

Best,
Visitor Hundredfortyfour"""),
    ST("asks her position on the waiting list", "en", "V6HFF-8TDQA"))

# 163 after the closing date, no code
add("status-after-closing-no-code", plain(
    "Werker Honderdvijftien <w115@pilotwijk.example.nl>", "Sta ik erop?",
    "2010-05-27 16:03", """Hoi,

Ik heb de bevestiging niet meer kunnen vinden. Sta ik nog ingeschreven voor 1 juni?

Werker Honderdvijftien""", extra=[("User-Agent", "Alpine 2.00 (LNX 1167 2008-08-23)")]),
    ST("asks after the closing date whether he is still registered, no code", "nl"))

# 164 please don't cancel, is my seat there
add("status-dont-cancel", outlook(
    "Opbouwwerker Tweeënveertig <o42@pilotwijk.example.nl>", "Niet afmelden! O4TWP-6JCKS",
    "2010-05-05 11:04", """Beste,

Een collega zei dat mijn aanmelding misschien was vervallen omdat jullie mail niet aankwam. Ik wil zeker NIET afmelden. Staat mijn plaats nog? Code O4TWP-6JCKS.

Groet,
Opbouwwerker Tweeënveertig"""),
    ST("'niet afmelden': asks whether her seat still stands", "nl", "O4TWP-6JCKS"))

# 165 English, code only in the quote
_s, _b = conf_en("Attendee Twentynine", "A2NUV-7HMDS", "Example University, Department of Human Geography",
                 "PhD candidate", "a29@university.example.edu", phone="+31 30 253 2929", diet="vegetarian")
add("status-en-code-in-quote", mutt(
    "Attendee Twentynine <a29@university.example.edu>", "Re: " + _s,
    "2010-09-14 13:05", """Dear organisers,

I was away on fieldwork for a while; just checking that I am still on the list for 23 September.

Best,
Attendee Twentynine

On Wed, Apr 07, 2010 at 08:08:40AM +0200, deSTADSWIJKstudies Almere wrote:
""" + quote(_b), irt=robot_mid("confirmation", "A2NUV-7HMDS")),
    ST("English status check; the code in the subject and the quote", "en", "A2NUV-7HMDS"))

# 166 status of a team, no code
add("status-team-no-code", notes(
    "Teamleider Drieënveertig/DMO/Almere <t.drieenveertig@almere.nl>", "Stand aanmeldingen team Jeugd",
    "2010-04-06 09:06", """Beste secretariaat,

Ik heb drie mensen van het team Jeugd aangemeld, maar alleen Adviseur Vijfenveertig heeft een bevestiging gekregen. Zijn de andere twee ook aangemeld?

Groet,
Teamleider Drieënveertig"""),
    ST("asks after the registration of her team; no code", "nl"))
