"""dev2, batch 5: machine mail (101-110) that carries registration words or
a person's details: auto-replies (one quoting the robot's confirmation),
a newsletter, spam selling a 'registration', a calendar reply, two
bounces (one returning a confirmation, one returning the robot's forward of
a conditional registration form), a read receipt and a webinar platform's
registration confirmation. Given byte for byte; labels typed by hand.
"""
from dev2_lib import (add, R, Raw, d, h, conf_nl, conf_en, robot_mail,
                      robot_mid, alt_mail, quote, TITLE)


def mid(tag, dom):
    return "<%s@%s>" % (h("dev2-machine", tag)[:24].upper(), dom)


# 101 ------------------------------------------------------------------
_s, _b = conf_nl("Proefpersoon Een", "H3KD8-PX2MV", "Stichting Kladversie",
                 "coördinator vrijwilligerswerk", "p.een@kladversie.example.nl",
                 phone="036 555 21 40", diet="vegetarisch",
                 ia="Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere",
                 ir="KV-2010-031")
add("exchange-nl-out-of-office-registration-words", Raw("""
From: Proefpersoon Een <p.een@kladversie.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: %s
Thread-Topic: %s
Thread-Index: AQHKuqF3k2VwZ1m0QkO4n3bYyT8C2g==
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: p.een@kladversie.example.nl
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Tot en met vrijdag 5 maart ben ik afwezig. Uw e-mail wordt niet doorgestuu=
rd.

Voor aanmeldingen voor onze vrijwilligerstrainingen en inschrijvingen voor=
 de cursus Mantelzorg kunt u terecht bij het secretariaat: 036 555 21 00 o=
f info@kladversie.example.nl.

Met vriendelijke groet,

Proefpersoon Een
Co=F6rdinator vrijwilligerswerk
Stichting Kladversie
T 036 555 21 40
""" % (_s, _s, d("2010-03-03 09:43"), mid(101, "EXCH01.kladversie.example.nl"),
       robot_mid("confirmation", "H3KD8-PX2MV"),
       robot_mid("confirmation", "H3KD8-PX2MV")), "latin-1"),
    R("Exchange out-of-office to the confirmation, with 'aanmeldingen' and 'inschrijvingen' and a full signature: no reply"))

# 102 ------------------------------------------------------------------
_s, _b = conf_en("Caller Seventeen", "T6BX2-RW8NJ",
                 "Sample Institute for Urban Studies",
                 "lecturer in urban sociology",
                 "caller.seventeen@urbanstudies.example.edu",
                 phone="+31 20 555 4412", diet="lactose-free",
                 ia="Sample Institute for Urban Studies, Financial Services, Campuslaan 1, 1098 XH Amsterdam",
                 ir="SIUS-RES-0420")
add("sieve-en-vacation-student-registration", Raw("""
Return-Path: <>
From: Caller Seventeen <caller.seventeen@urbanstudies.example.edu>
To: aanmelden@example.org
Subject: Auto: %s
Date: %s
Message-ID: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

I am away from 14 to 18 April with limited access to e-mail.

For registration for the minor Urban Studies and other student matters,
please contact the student desk: studentdesk@urbanstudies.example.edu.
For urgent matters call +31 20 555 4400.

Caller Seventeen
Lecturer in urban sociology
Sample Institute for Urban Studies
""" % (_s, d("2010-04-14 15:33"), mid(102, "mail.urbanstudies.example.edu"),
       robot_mid("confirmation", "T6BX2-RW8NJ"),
       robot_mid("confirmation", "T6BX2-RW8NJ"))),
    R("a Sieve vacation reply (Auto-Submitted, Precedence: bulk) that speaks of 'registration': no reply"))

# 103 ------------------------------------------------------------------
_nl_text = """NIEUWSBRIEF NETWERK SOCIAAL FLEVOLAND - april 2010

In deze nieuwsbrief:
- Aanmelden voor deSTADSWIJKstudies op locatie Almere
- Terugblik netwerkbijeenkomst 'Wijkteams in de praktijk'
- Vacatures bij de leden

AANMELDEN VOOR DESTADSWIJKSTUDIES OP LOCATIE ALMERE
De gemeente Almere organiseert dit jaar een leergang van vier dagen over
de sociale ontwikkeling van de stad, met als thema 'Almere: Sociale
ambities in een groeiende stad'. Er zijn veertig plaatsen voor
maatschappelijke organisaties (bijdrage EUR 1.000 per deelnemer).
Aanmelden kan tot 25 mei: stuur een mail naar aanmelden@example.org met
per deelnemer naam, organisatie, functie, e-mailadres, telefoonnummer en
factuuradres. Tot 11 mei kan een organisatie ten hoogste drie deelnemers
aanmelden.

TERUGBLIK NETWERKBIJEENKOMST
Op 8 april kwamen ruim zeventig professionals bijeen in het Wijkcentrum.
Het verslag en de presentaties staan op onze website.

VACATURES
Stichting Wijkpost Voorzet zoekt een buurtbemiddelaar (24 uur).
Kinderopvang Kleurplaat zoekt een pedagogisch coach (32 uur).

Contact
Stadsganger Honderdvijf, redactie
T: 036 555 01 05
E: s.honderdvijf@netwerksociaal.example.org

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld bij Netwerk
Sociaal Flevoland. Afmelden: http://nieuwsbrief.netwerksociaal.example.org/afmelden?id=84410
"""
_nl_html = ("<html><body style=\"font-family:Arial;font-size:13px\">" +
            "".join("<p>%s</p>" % p.replace("\n", " ")
                    for p in _nl_text.split("\n\n")) + "</body></html>\n")
add("crm-nl-newsletter-how-to-register", alt_mail(
    "Netwerk Sociaal Flevoland <nieuwsbrief@netwerksociaal.example.org>",
    "Nieuwsbrief april: aanmelden voor deSTADSWIJKstudies Almere",
    "2010-04-15 07:00", _nl_text, _nl_html, style="plain",
    extra=[("List-Id", "Nieuwsbrief Netwerk Sociaal Flevoland <nieuwsbrief.netwerksociaal.example.org>"),
           ("List-Unsubscribe", "<http://nieuwsbrief.netwerksociaal.example.org/afmelden?id=84410>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "MailingManager 5.1 (CRM)"),
           ("X-Campaign-ID", "nsf-2010-04")]),
    R("a newsletter (List-Id, List-Unsubscribe, Precedence: bulk) telling its readers how to register, with a contact block: no reply"))

# 104 ------------------------------------------------------------------
add("spam-nl-business-register-renewal-form", Raw("""
From: "Europees Register van Instellingen" <registratie@eu-instellingenregister.example.net>
To: aanmelden@example.org
Subject: Actualisering registratie 2010/2011 - deSTADSWIJKstudies Almere
Date: %s
Message-ID: %s
X-Mailer: Mass Mailer Pro 7.0
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Om de registratie van uw instelling in het Europees Register van
Instellingen 2010/2011 te actualiseren, verzoeken wij u onderstaande
gegevens te controleren, aan te vullen en binnen 8 dagen terug te sturen.
Het actualiseren van uw gegevens is kosteloos.

Naam instelling:   deSTADSWIJKstudies Almere
Contactpersoon:    ........................
Functie:           ........................
Adres:             Stadhuisplein 101, 1315 XC Almere
Telefoon:          ........................
E-mail:            aanmelden@example.org
Handtekening:      ........................

Met vriendelijke groet,

Afdeling Registratie
Europees Register van Instellingen

Door ondertekening gaat u akkoord met een vermelding van drie jaar tegen
een jaarlijkse bijdrage van 995 euro (exclusief btw).
""" % (d("2010-04-27 03:12"), mid(104, "mailer.eu-instellingenregister.example.net")),
        "latin-1"),
    R("spam selling a 'registration' with a form to fill in: no reply"))

# 105 ------------------------------------------------------------------
add("outlook-ical-accepted-day1", Raw("""
From: Bruggenbouwer Negen <n.bruggenbouwer@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad
Thread-Topic: Almere: Sociale ambities in een groeiende stad
Thread-Index: AcrPcE2mT0c9yq5XQ1mGv6yJ7sWq4A==
Date: %s
Message-ID: %s
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_dev2105calendarreply_"

--_000_dev2105calendarreply_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit



--_000_dev2105calendarreply_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Bruggenbouwer Negen:mailto:n.bruggenbouwer@almere.nl
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Almere: Sociale ambities in een groeiende stad
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-X2RH6-JP7NB-1@example.org
RECURRENCE-ID;TZID=W. Europe Standard Time:20100601T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20100329T070211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere
END:VEVENT
END:VCALENDAR

--_000_dev2105calendarreply_--
""" % (d("2010-03-29 09:02"), mid(105, "AMSEXCH02.almere.nl"))),
    R("an Outlook calendar reply (METHOD:REPLY, accepted) to the confirmation's calendar file: no reply"))

# 106 ------------------------------------------------------------------
_s, _b = conf_nl("Tochtgenoot Achtenveertig", "Y6NH4-KR3FB",
                 "Vluchtelingenhulp Kladschrift", "maatschappelijk begeleider",
                 "tochtgenoot48@kladschrift.example.org", phone="06 5554 4848",
                 ia="Vluchtelingenhulp Kladschrift, Postbus 5648, 1300 CV Almere")
add("postfix-dsn-mailbox-full-returns-confirmation", Raw("""
Return-Path: <>
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: aanmelden@example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1C23A0B7.1274251291/mail.example.org"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--4F1C23A0B7.1274251291/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tochtgenoot48@kladschrift.example.org>: host mx.kladschrift.example.org[192.0.2.48]
    said: 552 5.2.2 <tochtgenoot48@kladschrift.example.org>: Mailbox full
    (in reply to RCPT TO command)

--4F1C23A0B7.1274251291/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4F1C23A0B7
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: %s

Final-Recipient: rfc822; tochtgenoot48@kladschrift.example.org
Original-Recipient: rfc822;tochtgenoot48@kladschrift.example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.kladschrift.example.org
Diagnostic-Code: smtp; 552 5.2.2 <tochtgenoot48@kladschrift.example.org>:
    Mailbox full

--4F1C23A0B7.1274251291/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

%s
--4F1C23A0B7.1274251291/mail.example.org--
""" % (d("2010-05-19 08:41"), mid(106, "mail.example.org"),
       d("2010-05-19 08:41"),
       robot_mail(_s, _b, "confirmation", "Y6NH4-KR3FB",
                  "tochtgenoot48@kladschrift.example.org", "2010-05-19 08:41"))),
    R("a Postfix DSN returning her confirmation (mailbox full), with all her details: no reply"))

# 107 ------------------------------------------------------------------
_fwd_subj = "[regbot] Voor het secretariaat: Aanmelding (onder voorbehoud)"
_fwd_body = """Dit bericht vraagt om een mens (onder voorbehoud).

Van: "Deelgenoot Eenenzeventig" <d.eenenzeventig@kladversie.example.nl>
Onderwerp: Aanmelding (onder voorbehoud)

De afzender heeft een ontvangstbevestiging gekregen. Het originele
bericht is bewaard in de spool van regbot.

---- tekst van het bericht ----
Beste organisatie,

Ik wil graag deelnemen aan de leergang. Als mijn manager akkoord geeft, en dat hoor ik na ons teamoverleg van volgende week, stuur ik u een bevestiging. Voor het gemak hierbij alvast mijn gegevens:

Naam: Deelgenoot Eenenzeventig
Organisatie: Stichting Kladversie
Functie: projectmedewerker mantelzorg
E-mail: d.eenenzeventig@kladversie.example.nl
Telefoon: 036 555 21 71
Factuuradres: Stichting Kladversie, t.a.v. crediteurenadministratie, Postbus 5512, 1300 AB Almere

Met vriendelijke groet,

Deelgenoot Eenenzeventig"""
add("exchange-ndr-nl-organiser-full-returns-forwarded-form", Raw("""
From: Microsoft Exchange <postmaster@almere.nl>
To: aanmelden@example.org
Subject: Onbestelbaar: %s
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAC0A1B2C3D4E5AMSEXCH02.almere"

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAC0A1B2C3D4E5AMSEXCH02.almere
Content-Type: text/plain; charset=unicode-1-1-utf-7

Bezorging is mislukt voor deze ontvangers of groepen:

secretariaat@almere.nl
Het postvak van de ontvanger is vol en kan op dit moment geen berichten accepteren. Probeer het bericht later opnieuw te verzenden of neem contact op met de ontvanger.

--9B095B5ADSN=_01CAC0A1B2C3D4E5AMSEXCH02.almere
Content-Type: message/delivery-status

Reporting-MTA: dns;AMSEXCH02.almere.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: %s

Final-Recipient: rfc822;secretariaat@almere.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--9B095B5ADSN=_01CAC0A1B2C3D4E5AMSEXCH02.almere
Content-Type: message/rfc822

%s
--9B095B5ADSN=_01CAC0A1B2C3D4E5AMSEXCH02.almere--
""" % (_fwd_subj, d("2010-03-10 11:52"), mid(107, "AMSEXCH02.almere.nl"),
       d("2010-03-10 11:51"),
       robot_mail(_fwd_subj, _fwd_body, "forward", "dev2-056",
                  "Programmasecretariaat DMO <secretariaat@almere.nl>",
                  "2010-03-10 11:51", auto="auto-generated"))),
    R("an Exchange NDR: the organiser's full mailbox returns the robot's forward of a conditional form, with a person's complete details: no reply"))

# 108 ------------------------------------------------------------------
_s, _b = conf_nl("Meekijker Zevenendertig", "F5WB3-NK9XP", "Gemeente Almere",
                 "accountmanager maatschappelijke organisaties",
                 "m.zevenendertig@almere.nl", free=True, phone="036 555 40 37")
add("outlook-mdn-nl-read-confirmation", Raw("""
From: Meekijker Zevenendertig <m.zevenendertig@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Gelezen: %s
Date: %s
Message-ID: %s
Thread-Topic: %s
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_dev2_108_mdn"

------=_NextPart_000_dev2_108_mdn
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Meekijker Zevenendertig
  Onderwerp: %s
  Verzonden: donderdag 6 mei 2010 11:15

is gelezen op donderdag 6 mei 2010 13:02.

------=_NextPart_000_dev2_108_mdn
Content-Type: message/disposition-notification

Reporting-UA: AMSEXCH02.almere.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;m.zevenendertig@almere.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_dev2_108_mdn--
""" % (_s, d("2010-05-06 13:02"), mid(108, "AMSEXCH02.almere.nl"), _s, _s,
       robot_mid("confirmation", "F5WB3-NK9XP"))),
    R("an Outlook read receipt (multipart/report, disposition-notification) for a confirmation: no reply"))

# 109 ------------------------------------------------------------------
_s, _b = conf_nl("Kartrekker Zevenentwintig", "N3ZF7-QA4XR",
                 "Woonstichting Plattegrond", "directeur Wonen",
                 "k.zevenentwintig@plattegrond.example.nl",
                 phone="06 5553 0417", diet="geen varkensvlees",
                 ia="Woonstichting Plattegrond, t.a.v. Financiële Administratie, Postbus 5577, 1300 BH Almere",
                 ir="inkoopnummer 10-2231")
add("docreg-nl-auto-ack-quotes-confirmation", Raw("""
From: Directie Woonstichting Plattegrond <k.zevenentwintig@plattegrond.example.nl>
To: aanmelden@example.org
Subject: Ontvangstbevestiging: %s
Date: %s
Message-ID: %s
In-Reply-To: %s
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht.

Uw e-mail aan de directie van Woonstichting Plattegrond is ontvangen en
geregistreerd onder nummer D2010/0457. Het directiesecretariaat neemt het
bericht in behandeling (telefoon 036 555 90 02).

---------- Uw bericht ----------
Van: deSTADSWIJKstudies Almere <aanmelden@example.org>
Onderwerp: %s

%s
""" % (_s, d("2010-04-21 10:42"), mid(109, "docs.plattegrond.example.nl"),
       robot_mid("confirmation", "N3ZF7-QA4XR"), _s, _b)),
    R("a document-registration system's automatic acknowledgement that quotes the whole confirmation: no reply"))

# 110 ------------------------------------------------------------------
_wb_text = """Beste deSTADSWIJKstudies Almere,

Bedankt voor je registratie voor het webinar

  Wijkgericht werken in het sociaal domein
  donderdag 6 mei 2010, 14.00 - 15.00 uur

Jouw gegevens
  Naam:         deSTADSWIJKstudies Almere
  Organisatie:  Gemeente Almere
  E-mail:       aanmelden@example.org

Op de dag van het webinar ontvang je een uur van tevoren de link om deel
te nemen. Voeg het webinar alvast toe aan je agenda.

Kun je toch niet? Annuleer je registratie via
http://www.proefcast.example.com/annuleren/5d2e7

Tot 6 mei!
Het team van Proefcast Webinars

Dit is een automatisch bericht; antwoorden op deze e-mail worden niet gelezen.
"""
_wb_html = ("<html><body><table width=\"600\"><tr><td style=\"font-family:"
            "Helvetica,Arial;font-size:14px\">" +
            "".join("<p>%s</p>" % p.replace("\n", "<br>")
                    for p in _wb_text.split("\n\n")) +
            "</td></tr></table></body></html>\n")
add("webinar-nl-registration-confirmed-noreply", alt_mail(
    "Proefcast Webinars <noreply@proefcast.example.com>",
    "Je registratie is bevestigd: Wijkgericht werken in het sociaal domein",
    "2010-04-29 15:20", _wb_text, _wb_html, style="plain",
    extra=[("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "Proefcast Notifications")]),
    R("a webinar platform's registration confirmation to the robot's own address: machine mail, no reply"))
