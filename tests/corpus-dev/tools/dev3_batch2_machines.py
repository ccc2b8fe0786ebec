"""dev3, batch 2: machines that answer the robot's mail, and notices.

Out-of-office and vacation replies (Exchange in Dutch and English, Gmail,
a Sieve vacation, Zimbra, Lotus Notes, one with only X-Autoreply, one
without any auto header), calendar replies (Outlook, Google), a read
receipt, ticket systems (Zendesk, Freshdesk, OTRS, TOPdesk), a customer
desk's acknowledgement, the provider's quarantine digest and certificate
notice, a venue site's sign-up confirmation, and an "employee has left"
reply with another person's details. Every message is typed byte for
byte; every label by hand.
"""
from dev3_lib import (add, R, Raw, code, d, robot_mid, mid_hex, TITLE,
                      when_nl)

CONF_NL = "Bevestiging aanmelding %s [%%s]" % TITLE
CONF_EN = "Registration confirmed: %s [%%s]" % TITLE


def rem_nl(day, date, c):
    return "Herinnering: dag %d van %s, %s [%s]" % (day, TITLE, date, c)


def rem_en(day, date, c):
    return "Reminder: day %d of %s, %s [%s]" % (day, TITLE, date, c)


# ---------------------------------------------------------------------------
C = code("7QJ3M-XK4PD", "Rietdekker Een")
S = CONF_NL % C
add("exchange-ooo-nl-automatisch-antwoord", Raw("""
Return-Path: <>
Received: from EXCH2010.naaldwerk.example.nl (203.0.113.141) by mail.example.org
	(Postfix) with ESMTPS id 4F8A12C0D3 for <aanmelden@example.org>;
	Mon, 12 Apr 2010 07:53:41 +0200 (CEST)
From: Rietdekker Een <rietdekker.een@naaldwerk.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: """ + S + """
Thread-Topic: """ + S + """
Thread-Index: AQHK2hTu3J1mO7g8K0yXk6Ykq1xRhA==
Date: """ + d("2010-04-12 07:53") + """
Message-ID: <6C3F9E1A0B2D4E5F8A7B6C5D4E3F2A1B@EXCH2010.naaldwerk.example.nl>
References: """ + robot_mid("confirmation", C) + """
In-Reply-To: """ + robot_mid("confirmation", C) + """
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_6C3F9E1A0B2D4E5F8A7B6C5D4E3F2A1BEXCH2010naaldwerkexa_"
MIME-Version: 1.0

--_000_6C3F9E1A0B2D4E5F8A7B6C5D4E3F2A1BEXCH2010naaldwerkexa_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Goedemorgen,

Ik ben vanochtend afwezig en vanaf 13.00 uur weer bereikbaar.

Voor aanmeldingen van nieuwe vrijwilligers en vragen over inschrijvingen vo=
or onze cursussen kunt u terecht bij het algemene nummer 036 555 0100 of in=
fo@naaldwerk.example.nl.

Met vriendelijke groet,

Rietdekker Een
co=F6rdinator vrijwilligers
Stichting Naaldwerk

--_000_6C3F9E1A0B2D4E5F8A7B6C5D4E3F2A1BEXCH2010naaldwerkexa_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style id=3D"owaParaStyle" type=3D"text/css">P {margin-top:0;margin-bottom=
:0;}</style>
</head>
<body ocsi=3D"0" fpstyle=3D"1">
<div style=3D"direction: ltr;font-family: Tahoma;color: #000000;font-size: =
10pt;">Goedemorgen,<br>
<br>
Ik ben vanochtend afwezig en vanaf 13.00 uur weer bereikbaar.<br>
<br>
Voor aanmeldingen van nieuwe vrijwilligers en vragen over inschrijvingen vo=
or onze cursussen kunt u terecht bij het algemene nummer 036 555 0100 of in=
fo@naaldwerk.example.nl.<br>
<br>
Met vriendelijke groet,<br>
<br>
Rietdekker Een<br>
co=F6rdinator vrijwilligers<br>
Stichting Naaldwerk</div>
</body>
</html>

--_000_6C3F9E1A0B2D4E5F8A7B6C5D4E3F2A1BEXCH2010naaldwerkexa_--
"""), R("Exchange 'Automatisch antwoord' to a confirmation, with "
        "'aanmeldingen' and 'inschrijvingen' and a phone number; the "
        "participant's own note about it is 075"))

C = code("WK5P9-2RDHT", "Engraver ThirtyThree")
S = CONF_EN % C
add("exchange-ooo-en-automatic-reply", Raw("""
Return-Path: <>
Received: from mail.tapestrycare.example.org (203.0.113.133) by mail.example.org
	(Postfix) with ESMTPS id 6A1B92C0C2 for <aanmelden@example.org>;
	Wed, 14 Apr 2010 11:12:20 +0200 (CEST)
From: Engraver ThirtyThree <engraver.thirtythree@tapestrycare.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatic reply: """ + S + """
Thread-Topic: """ + S + """
Thread-Index: AQHK27N+0m4Bq8v3PEm1ZkTq2b7Xdw==
Date: """ + d("2010-04-14 11:12") + """
Message-ID: <B1E2C3D4A5F60718293A4B5C6D7E8F90@EXCH01.tapestrycare.example.org>
References: """ + robot_mid("confirmation", C) + """
In-Reply-To: """ + robot_mid("confirmation", C) + """
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

Thank you for your email.

I am attending a conference from 14 to 16 April with limited access to email. I will reply as soon as possible after my return.

For urgent matters about activities, or to register as a volunteer, please contact our front desk on +31 36 555 3300.

Kind regards,

Engraver ThirtyThree
Activities coordinator
Example Tapestry Elderly Care
"""), R("Exchange 'Automatic reply' in English to a confirmation, with "
        "'register' and a phone number"))

C = code("4HV8T-N2WQE", "Plasterer Two")
add("gmail-vacation-reminder", Raw("""
Return-Path: <plasterer.two@loomcollective.example.org>
Received: from mail-ww0-f51.google.example.com (mail-ww0-f51.google.example.com [203.0.113.51])
	by mail.example.org (Postfix) with ESMTP id 2E4F02C0D7
	for <aanmelden@example.org>; Tue, 25 May 2010 10:01:13 +0200 (CEST)
MIME-Version: 1.0
Received: by 10.216.90.207 with HTTP; Tue, 25 May 2010 01:01:12 -0700 (PDT)
Date: Tue, 25 May 2010 10:01:12 +0200
Message-ID: <AANLkTinq7Xz3cWb0RzVh2PkD9yJmL4sEaTfGuQ1oBv@mail.google.example.com>
Subject: Out of office until 31 May
From: Plasterer Two <plasterer.two@loomcollective.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
In-Reply-To: """ + robot_mid("reminder", C) + """
References: """ + robot_mid("reminder", C) + """
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary=0016e6d77f1a8b9c3d0487654321

--0016e6d77f1a8b9c3d0487654321
Content-Type: text/plain; charset=ISO-8859-1

Hi,

I'm on holiday until Monday 31 May with no access to email. I'll read your message when I'm back - and if this is about the Almere course: see you on 1 June!

For anything urgent at Example Loom Collective, please call +31 36 555 0200.

Plasterer

--0016e6d77f1a8b9c3d0487654321
Content-Type: text/html; charset=ISO-8859-1

Hi,<br><br>I&#39;m on holiday until Monday 31 May with no access to email. I&#39;ll read your message when I&#39;m back - and if this is about the Almere course: see you on 1 June!<br><br>For anything urgent at Example Loom Collective, please call +31 36 555 0200.<br><br>Plasterer<br>

--0016e6d77f1a8b9c3d0487654321--
"""), R("Gmail vacation responder to the day-1 reminder (Auto-Submitted: "
        "auto-replied, a subject of its own): 'see you on 1 June'"))

C = code("2MW8C-TZ6RB", "Joiner TwentySix")
S = rem_en(1, "Tuesday 1 June 2010", C)
add("sieve-vacation-auto-reminder", Raw("""
Return-Path: <>
Received: from mail.spindlehousing.example.com (mail.spindlehousing.example.com [203.0.113.26])
	by mail.example.org (Postfix) with ESMTPS id 7C2B02C0E2
	for <aanmelden@example.org>; Mon, 31 May 2010 10:01:06 +0200 (CEST)
Message-ID: <dovecot-sieve-1275292865-611902-0@mail.spindlehousing.example.com>
Date: Mon, 31 May 2010 10:01:05 +0200
From: <joiner.twentysix@spindlehousing.example.com>
To: <aanmelden@example.org>
Subject: Auto: """ + S + """
In-Reply-To: """ + robot_mid("reminder", C) + """
References: """ + robot_mid("reminder", C) + """
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.2.6
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

I am away until Monday 7 June. Your mail will not be forwarded.

Tenants with an urgent repair can call +31 36 555 2600. Questions about a housing application can go to applications@spindlehousing.example.com.

Joiner TwentySix
Housing officer, Sample Spindle Housing
"""), R("Sieve vacation ('Auto:', auto-replied (vacation), Precedence: "
        "bulk) to the day-before reminder: away until after day 1; not a "
        "cancellation"))

C = code("0XWN4-P7GDT", "Klompenmaker Achtentwintig")
S = CONF_NL % C
add("zimbra-ooo-parental-leave", Raw("""
Return-Path: <>
Received: from zimbra.rijgdraad.example.nl (zimbra.rijgdraad.example.nl [203.0.113.128])
	by mail.example.org (Postfix) with ESMTPS id 1D93C2C0A4
	for <aanmelden@example.org>; Thu, 25 Mar 2010 17:21:15 +0100 (CET)
Date: Thu, 25 Mar 2010 17:21:14 +0100 (CET)
From: Klompenmaker Achtentwintig <klompenmaker.achtentwintig@rijgdraad.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Message-ID: <1742186453.2917.1269534074411.JavaMail.root@zimbra.rijgdraad.example.nl>
In-Reply-To: """ + robot_mid("confirmation", C) + """
Subject: Re: """ + S + """
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 6.0.6_GA_2324 (zclient/6.0.6_GA_2324)

Beste afzender,

Ik ben met ouderschapsverlof tot en met 9 april 2010. Uw bericht wordt niet doorgestuurd. Voor aanmeldingen bij het buurtwerk (activiteiten, spreekuur) kunt u bellen met 036 555 2800.

Met vriendelijke groet,
Klompenmaker Achtentwintig
Buurtwerk Rijgdraad
"""), R("Zimbra out-of-office ('Re:' subject, auto-replied (zimbra; "
        "vacation)) to the confirmation of someone who registered while "
        "on leave"))

C = code("TR6M2-8BKWD", "Letterzetter Vijftien")
add("notes-ooo-nl-no-auto-headers", Raw("""
Return-Path: <letterzetter.vijftien@borduurring.example.nl>
Received: from smtp.borduurring.example.nl (smtp.borduurring.example.nl [203.0.113.15])
	by mail.example.org (Postfix) with ESMTP id 3B6E82C0C9
	for <aanmelden@example.org>; Tue,  6 Apr 2010 09:04:23 +0200 (CEST)
Subject: Letterzetter Vijftien is niet op kantoor.
From: Letterzetter Vijftien <letterzetter.vijftien@borduurring.example.nl>
To: aanmelden@example.org
Date: Tue, 6 Apr 2010 09:04:22 +0200
Message-ID: <OF5E2C8A14.3B7D91F0-ONC1257700.0031F2A4-C1257700.0031F2A4@borduurring.example.nl>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
X-MIMETrack: Serialize by Router on DOMSRV01/GGZ/NL(Release 8.5.1FP2|March 17, 2010) at
 06-04-2010 09:04:22
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable


Ik ben vanaf 06-04-2010 niet op kantoor. Ik ben terug op 19-04-2010.

Ik zal uw bericht beantwoorden na mijn terugkeer. Voor dringende zaken rond=
 de intake en aanmeldingen bij team Almere Stad kunt u contact opnemen met =
het secretariaat, 036 555 1500.
"""), R("Lotus Notes out-of-office ('... is niet op kantoor.') without any "
        "auto header, to the confirmation"))

C = code("G6WM3-B8TRZ", "Stoelenmatter Vijfentwintig")
S = CONF_NL % C
add("autoresponder-x-autoreply-only", Raw("""
Return-Path: <s.vijfentwintig@stopnaald.example.nl>
Received: from web01.hosting.example.net (web01.hosting.example.net [203.0.113.125])
	by mail.example.org (Postfix) with ESMTP id 9F1A62C0B4
	for <aanmelden@example.org>; Thu, 18 Mar 2010 12:13:09 +0100 (CET)
From: s.vijfentwintig@stopnaald.example.nl
To: aanmelden@example.org
Subject: Re: """ + S + """
Date: Thu, 18 Mar 2010 12:13:08 +0100
Message-ID: <20100318111308.4F2E1A0C36@web01.hosting.example.net>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

Dank voor uw bericht. Ik werk op maandag en woensdag en lees mijn mail dan.

Wilt u zich aanmelden als vrijwilliger bij Humanitas Stopnaald? Vul dan het formulier op onze website in, of bel 036 555 2500.

Stoelenmatter Vijfentwintig
vrijwilligerscoördinator
""", charset="iso-8859-1"), R("a hosting provider's autoresponder with only "
                              "X-Autoreply: yes and a 'Re:' subject, with "
                              "'aanmelden als vrijwilliger'"))

C = code("N9T3K-4WHRB", "Zeefdrukker Negenentwintig")
S = CONF_NL % C
add("autoresponder-no-auto-headers-afwezig", Raw("""
Return-Path: <z.negenentwintig@ezelsoor.example.nl>
Received: from mail.ezelsoor.example.nl (mail.ezelsoor.example.nl [203.0.113.29])
	by mail.example.org (Postfix) with ESMTP id 0C7D52C0B8
	for <aanmelden@example.org>; Tue,  4 May 2010 22:04:15 +0200 (CEST)
From: "Zeefdrukker Negenentwintig" <z.negenentwintig@ezelsoor.example.nl>
To: <aanmelden@example.org>
Subject: Afwezig: """ + S + """
Date: Tue, 4 May 2010 22:04:14 +0200
Message-ID: <4BE07E5E.0000F3.02817@mail.ezelsoor.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bedankt voor uw bericht.

Ik werk op maandag, dinsdag en donderdag van 8.30 tot 17.00 uur. Buiten die tijden wordt mijn mail niet gelezen. Voor vragen over cursussen, inschrijvingen en de mediatheek kunt u terecht bij de informatiebalie: 036 555 2900.

Zeefdrukker Negenentwintig
mediacoach | Bibliotheek Ezelsoor
"""), R("an 'Afwezig:' autoresponder without any auto header, with "
        "'inschrijvingen' and a phone number"))

C = code("6PF3K-TJ9RW", "Imker Negen")
S = rem_nl(1, "dinsdag 1 juni 2010", C)
add("exchange-ooo-nl-municipal-reminder", Raw("""
Return-Path: <>
Received: from mail.almere.nl (203.0.113.36) by mail.example.org
	(Postfix) with ESMTPS id 5E0A72C0F3 for <aanmelden@example.org>;
	Tue, 25 May 2010 10:00:44 +0200 (CEST)
From: Imker Negen <imker.negen@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: """ + S + """
Thread-Topic: """ + S + """
Thread-Index: AQHK++I6c8v0P5k1RkWvJ3e4bQn9Lw==
Date: """ + d("2010-05-25 10:00") + """
Message-ID: <D47A3B2C1E0F49A8B7C6D5E4F3A2B1C0@MBX03.almere.nl>
References: """ + robot_mid("reminder", C) + """
In-Reply-To: """ + robot_mid("reminder", C) + """
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Ik ben tot en met vrijdag 28 mei afwezig en lees mijn mail niet.

Voor zaken in Almere Buiten kunt u contact opnemen met het wijkteam via 036 555 0900.

Voor de leergang deSTADSWIJKstudies: op 1 juni ben ik gewoon aanwezig.

Imker Negen
Wijkregisseur Almere Buiten
Gemeente Almere
"""), R("a municipal Exchange out-of-office to the day-1 reminder that "
        "says she will be there on 1 June"))

C = code("3NW7F-QD8KA", "Mandenmaker Zes")
ICS = """BEGIN:VCALENDAR
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
ORGANIZER;CN=deSTADSWIJKstudies Almere:MAILTO:aanmelden@example.org
ATTENDEE;PARTSTAT=ACCEPTED;CN=Mandenmaker Zes:MAILTO:mandenmaker.zes@scheri
 ng.example.nl
COMMENT;LANGUAGE=nl-NL:\\n
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: deSTADSWIJKstudies Almere\\, dag 1: Am
 bities van bewoners
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-3NW7F-QD8KA-dag1@example.org
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20100506094012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Nieuwe Bibliotheek\\, Nieuwe Lokaal (4de verdiep
 ing)\\, Stadhuisplein 101\\, 1315 XC Almere
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1190461782
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
add("outlook-imip-reply-accepted-day1", Raw("""
Return-Path: <mandenmaker.zes@schering.example.nl>
Received: from EXCH01.schering.example.nl (203.0.113.61) by mail.example.org
	(Postfix) with ESMTPS id 8B3F42C0AE for <aanmelden@example.org>;
	Thu, 6 May 2010 11:40:13 +0200 (CEST)
From: Mandenmaker Zes <mandenmaker.zes@schering.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: deSTADSWIJKstudies Almere, dag 1: Ambities van bewoners
Thread-Topic: deSTADSWIJKstudies Almere, dag 1: Ambities van bewoners
Thread-Index: AQHK7PcD3Zx8qkVY0kOc1w0l2hSyfYAAApmA
Date: """ + d("2010-05-06 11:40") + """
Message-ID: <E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5B@EXCH01.schering.example.nl>
Accept-Language: nl-NL, en-US
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-class: urn:content-classes:calendarmessage
Content-Type: multipart/alternative;
	boundary="_000_E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5BEXCH01scheringexample_"
MIME-Version: 1.0

--_000_E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5BEXCH01scheringexample_
Content-Type: text/plain; charset="us-ascii"


--_000_E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5BEXCH01scheringexample_
Content-Type: text/html; charset="us-ascii"

<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
</body>
</html>

--_000_E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5BEXCH01scheringexample_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

""" + ICS + """
--_000_E8F7A6B5C4D34E2F9A1B0C9D8E7F6A5BEXCH01scheringexample_--
"""), R("an Outlook calendar reply 'Geaccepteerd:' (iMIP REPLY, "
        "PARTSTAT=ACCEPTED) for day 1 of the confirmation's calendar file"))

C = code("QW5E8-RK3HN", "Saddler Twelve")
GICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20100923T074500Z
DTEND:20100923T143000Z
DTSTAMP:20100331060512Z
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
UID:regbot-QW5E8-RK3HN-dag2@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Saddler
  Twelve;X-NUM-GUESTS=0:mailto:saddler.twelve@threadnetwork.example.org
CREATED:20100330174901Z
DESCRIPTION:
LAST-MODIFIED:20100331060512Z
LOCATION:De Nieuwe Bibliotheek\\, Nieuwe Lokaal (4de verdieping)\\, Stadhuisp
 lein 101\\, 1315 XC Almere
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:deSTADSWIJKstudies Almere\\, dag 2: Diversiteit en identiteit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
GSUBJ = ("Declined: deSTADSWIJKstudies Almere, dag 2: Diversiteit en "
         "identiteit @ Thu 23 Sep 2010 09:45 - 16:30 (aanmelden@example.org)")
add("google-calendar-declined-day2", Raw("""
Return-Path: <saddler.twelve@threadnetwork.example.org>
Received: from mail-gy0-f171.google.example.com (mail-gy0-f171.google.example.com [203.0.113.171])
	by mail.example.org (Postfix) with ESMTP id 3C0E12C0A9
	for <aanmelden@example.org>; Wed, 31 Mar 2010 08:05:14 +0200 (CEST)
MIME-Version: 1.0
Reply-To: Saddler Twelve <saddler.twelve@threadnetwork.example.org>
Sender: Google Calendar <calendar-notification@google.example.com>
Auto-Submitted: auto-generated
Message-ID: <001636e1f8e2b5a47f048393a5c1@google.example.com>
Date: Wed, 31 Mar 2010 06:05:12 +0000
Subject: """ + GSUBJ + """
From: Saddler Twelve <saddler.twelve@threadnetwork.example.org>
To: aanmelden@example.org
Content-Type: multipart/mixed; boundary=001636e1f8e2b5a469048393a5bf

--001636e1f8e2b5a469048393a5bf
Content-Type: multipart/alternative; boundary=001636e1f8e2b5a462048393a5bd

--001636e1f8e2b5a462048393a5bd
Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

Saddler Twelve has declined this invitation.

Title: deSTADSWIJKstudies Almere, dag 2: Diversiteit en identiteit
When: Thu 23 Sep 2010 09:45 - 16:30 (Amsterdam)
Where: De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping), Stadhuisplein  
101, 1315 XC Almere
Calendar: aanmelden@example.org
Who:
     * deSTADSWIJKstudies Almere - organizer
     * Saddler Twelve

Invitation from Google Calendar: https://www.google.example.com/calendar/

You are receiving this courtesy email at the account aanmelden@example.org  
because you are an attendee of this event.

--001636e1f8e2b5a462048393a5bd
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"border:solid 1px #ccc;padding:10px"><b>Saddler Twelve has dec=
lined this invitation.</b><br><br><table cellpadding=3D"0" cellspacing=3D"0=
"><tr><td style=3D"padding-right:10px;color:#666">Title</td><td>deSTADSWIJK=
studies Almere, dag 2: Diversiteit en identiteit</td></tr><tr><td style=3D"=
padding-right:10px;color:#666">When</td><td>Thu 23 Sep 2010 09:45 - 16:30 (=
Amsterdam)</td></tr><tr><td style=3D"padding-right:10px;color:#666">Where</=
td><td>De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping), Stadhuisplein=
 101, 1315 XC Almere</td></tr></table></div>

--001636e1f8e2b5a462048393a5bd
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

""" + GICS + """
--001636e1f8e2b5a462048393a5bd--
--001636e1f8e2b5a469048393a5bf
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: 7bit

""" + GICS + """
--001636e1f8e2b5a469048393a5bf--
"""), R("a Google Calendar 'Declined:' for day 2 only (iMIP REPLY, "
        "PARTSTAT=DECLINED); a declined calendar day is no cancellation"))

C = code("H8T4R-2MZXC", "Touwslager Zeven")
S = CONF_NL % C
add("outlook-mdn-gelezen", Raw("""
Return-Path: <touwslager.zeven@schering.example.nl>
Received: from EXCH01.schering.example.nl (203.0.113.61) by mail.example.org
	(Postfix) with ESMTPS id 2F7B62C0DC for <aanmelden@example.org>;
	Fri, 7 May 2010 08:15:03 +0200 (CEST)
From: Touwslager Zeven <touwslager.zeven@schering.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Gelezen: """ + S + """
Thread-Topic: """ + S + """
Thread-Index: AQHK7PcEu0fJpH+oR0yqDgG7n9F2rA==
Date: """ + d("2010-05-07 08:15") + """
Message-ID: <0F1E2D3C4B5A69788796A5B4C3D2E1F0@EXCH01.schering.example.nl>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_0F1E2D3C4B5A69788796A5B4C3D2E1F0EXCH01scheringexample_"
MIME-Version: 1.0

--_000_0F1E2D3C4B5A69788796A5B4C3D2E1F0EXCH01scheringexample_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: Touwslager Zeven
  Onderwerp: """ + S + """
  Verzonden: donderdag 6 mei 2010 11:03:47 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op vrijdag 7 mei 2010 08:15:02 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.

--_000_0F1E2D3C4B5A69788796A5B4C3D2E1F0EXCH01scheringexample_
Content-Type: message/disposition-notification

Reporting-UA: EXCH01.schering.example.nl; Microsoft Exchange Server 2010
Final-Recipient: rfc822;touwslager.zeven@schering.example.nl
Original-Message-ID: """ + robot_mid("confirmation", C) + """
Disposition: manual-action/MDN-sent-manually; displayed

--_000_0F1E2D3C4B5A69788796A5B4C3D2E1F0EXCH01scheringexample_--
"""), R("an Outlook read receipt 'Gelezen:' (MDN) for a confirmation"))

C = code("P4KW9-7TXHM", "Mozaïeklegger Drieënveertig")
ZS = ("[GGD Kruissteek JGZ] Re: Uw vraag is doorgestuurd: [GGD Kruissteek "
      "JGZ] Re: " + CONF_NL % C)
add("zendesk-request-received-ack", Raw("""
Return-Path: <support@kruissteek.zendesk.example.com>
Received: from out2.zendesk.example.com (out2.zendesk.example.com [203.0.113.202])
	by mail.example.org (Postfix) with ESMTPS id 6C1D02C0B6
	for <aanmelden@example.org>; Wed, 14 Apr 2010 09:21:44 +0200 (CEST)
Date: Wed, 14 Apr 2010 07:21:42 +0000
From: GGD Kruissteek JGZ <jgz@kruissteek.example.nl>
Reply-To: GGD Kruissteek JGZ <jgz@kruissteek.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Message-ID: <8ZQDKW4P4RN_4bc56d0a1b2c3_9f3e_sprut@kruissteek.zendesk.example.com>
In-Reply-To: """ + robot_mid("question", C) + """
Subject: """ + ZS + """
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_4bc56d0a4e2f1_9f3e..fdf6c21c44"
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 5e1c0a7
X-Zendesk-Email-Id: 01ZK4QX1B7N3P""" + mid_hex("zd-ack", 8) + """
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_4bc56d0a4e2f1_9f3e..fdf6c21c44
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Typ uw antwoord boven deze regel -##

Uw verzoek (4522) is ontvangen en wordt bekeken door onze medewerkers.

Om iets aan dit verzoek toe te voegen, kunt u gewoon op deze e-mail antwoo=
rden.

Vragen over de jeugdgezondheidszorg, zoals de inschrijving bij het consult=
atiebureau? Kijk dan eerst op onze website.

[8ZQDKW-P4RN]

----==_mimepart_4bc56d0a4e2f1_9f3e..fdf6c21c44
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"width:100% !important;margin:0;padding:0">
<div style=3D"padding:10px;line-height:18px;font-family:'Lucida Grande',Ve=
rdana,Arial,sans-serif;font-size:12px;color:#444444">
<div style=3D"color:#b5b5b5">##- Typ uw antwoord boven deze regel -##</div=
>
<p>Uw verzoek (4522) is ontvangen en wordt bekeken door onze medewerkers.<=
/p>
<p>Om iets aan dit verzoek toe te voegen, kunt u gewoon op deze e-mail ant=
woorden.</p>
<p>Vragen over de jeugdgezondheidszorg, zoals de inschrijving bij het cons=
ultatiebureau? Kijk dan eerst op onze website.</p>
</div>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[8ZQDKW-P4RN]</span>
</body></html>

----==_mimepart_4bc56d0a4e2f1_9f3e..fdf6c21c44--
"""), R("a Zendesk 'Uw verzoek (4522) is ontvangen' to the robot's "
        "question acknowledgement (the participant's ticket reply is "
        "058); a code in the subject"))

C = code("T9KD3-W6PXR", "Tinsmith Sixty")
FS = ("Ticket Received - Cancellation received: %s [%s]" % (TITLE, C))
add("freshdesk-ticket-received-en", Raw("""
Return-Path: <bounces+3307@emailnotify.freshdesk.example.com>
Received: from outbound1.freshdesk.example.com (outbound1.freshdesk.example.com [203.0.113.207])
	by mail.example.org (Postfix) with ESMTPS id 0D6C82C0E7
	for <aanmelden@example.org>; Wed, 12 May 2010 16:21:35 +0200 (CEST)
Date: Wed, 12 May 2010 14:21:33 +0000
From: Example Patchwork Care Office <office@patchworkcare.example.com>
Reply-To: Example Patchwork Care Office <office@patchworkcare.example.com>
To: aanmelden@example.org
Message-ID: <4beab8ed.3308.freshdesk@patchworkcare.freshdesk.example.com>
Subject: """ + FS + """
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_4beab8ed1c7a0_3a1f..fdf1d3b8c4"
Content-Transfer-Encoding: 7bit
X-Mailer: Freshdesk
X-FD-Ticket-Id: 3308
X-FD-Type: ticket_create_notification
Precedence: bulk
Auto-Submitted: auto-generated

----==_mimepart_4beab8ed1c7a0_3a1f..fdf1d3b8c4
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear deSTADSWIJKstudies Almere,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://patchworkcare.freshdesk.example.com/helpdesk/tickets/3308

Thank you for your patience.

Sincerely,
Example Patchwork Care Office Support Team

----==_mimepart_4beab8ed1c7a0_3a1f..fdf1d3b8c4
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<p>Dear deSTADSWIJKstudies Almere,</p>
<p>We would like to acknowledge that we have received your request and a ticket has been created.<br>A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</p>
<p>To view the status of the ticket or add comments, please visit<br><a href="https://patchworkcare.freshdesk.example.com/helpdesk/tickets/3308">https://patchworkcare.freshdesk.example.com/helpdesk/tickets/3308</a></p>
<p>Thank you for your patience.</p>
<p>Sincerely,<br>Example Patchwork Care Office Support Team</p>

----==_mimepart_4beab8ed1c7a0_3a1f..fdf1d3b8c4--
"""),
    R("a Freshdesk 'Ticket Received' acknowledgement of the robot's "
      "cancellation notice (the office manager's cancellation is 071); "
      "the code in the subject"))

C = code("A3HQ6-TW8NK", "Knopenmaker Achtenveertig")
OS = "[Ticket#2010031010000087] RE: " + CONF_NL % C
add("otrs-auto-reply-shared-mailbox", Raw("""
Return-Path: <info@zoomlijn.example.nl>
Received: from helpdesk.zoomlijn.example.nl (helpdesk.zoomlijn.example.nl [203.0.113.148])
	by mail.example.org (Postfix) with ESMTP id 4A2E92C0BD
	for <aanmelden@example.org>; Wed, 10 Mar 2010 13:46:31 +0100 (CET)
From: "Vrouwenhuis Zoomlijn" <info@zoomlijn.example.nl>
To: aanmelden@example.org
Subject: """ + OS + """
In-Reply-To: """ + robot_mid("confirmation", C) + """
References: """ + robot_mid("confirmation", C) + """
X-Mailer: OTRS Mail Service (2.4.7)
X-Powered-By: OTRS - Open Ticket Request System
X-Loop: yes
Precedence: bulk
Date: Wed, 10 Mar 2010 13:46:30 +0100
Message-ID: <1268225190.4176.17@helpdesk.zoomlijn.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht.

Uw e-mail met het onderwerp "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [A3HQ6-TW8NK]" is ontvangen en heeft ticketnummer 2010031010000087 gekregen. Wij nemen zo spoedig mogelijk contact met u op.

Wilt u iets toevoegen? Antwoord dan op dit bericht en laat het ticketnummer in het onderwerp staan.

Met vriendelijke groet,

Vrouwenhuis Zoomlijn
Zoompad 48, 1354 ZL Almere
036 555 4800
"""), R("an OTRS automatic reply (X-Loop, Precedence: bulk, no "
        "Auto-Submitted) from the shared mailbox a participant registered "
        "with (063), code in the subject"))

add("topdesk-action-added-notice", Raw("""
Return-Path: <servicepunt@borduurring.example.nl>
Received: from smtp.borduurring.example.nl (smtp.borduurring.example.nl [203.0.113.15])
	by mail.example.org (Postfix) with ESMTP id 7E3C52C0CB
	for <aanmelden@example.org>; Wed,  5 May 2010 14:15:40 +0200 (CEST)
From: Servicepunt GGZ Borduurring <servicepunt@borduurring.example.nl>
To: aanmelden@example.org
Subject: Melding M1005 231: uw reactie is toegevoegd
Date: Wed, 5 May 2010 14:15:39 +0200
Message-ID: <topdesk.M1005231.1273061739.52@borduurring.example.nl>
X-Mailer: TOPdesk Mailer
X-TOPdesk-Incident: M1005 231
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Geachte heer/mevrouw,

Uw e-mail met het onderwerp "Overzicht van uw aanmeldingen: Almere: Sociale=
 ambities in een groeiende stad" is als actie toegevoegd aan melding M1005 =
231 (aanmelding deelnemers leergang Almere).

Status: In behandeling
Behandelaar: Servicepunt

U hoeft niet op dit bericht te reageren. Dit bericht is automatisch verstu=
urd vanuit TOPdesk.
"""), R("TOPdesk's notice that the robot's overview was added to a call "
        "(the operator's registration is 066); no auto header, "
        "'aanmelding deelnemers' in the text"))

add("customer-desk-ack-inschrijven", Raw("""
Return-Path: <>
Received: from EXCH02.inslag.example.nl (203.0.113.142) by mail.example.org
	(Postfix) with ESMTPS id 1B4A82C0F8 for <aanmelden@example.org>;
	Thu, 22 Apr 2010 15:13:48 +0200 (CEST)
From: Woonstichting Inslag <relatiebeheer@inslag.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Ontvangstbevestiging: Overzicht van uw aanmeldingen: """ + TITLE + """
Date: """ + d("2010-04-22 15:13") + """
Message-ID: <3A9F8E7D6C5B4A39281706F5E4D3C2B1@EXCH02.inslag.example.nl>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
Auto-Submitted: auto-replied
Content-Type: multipart/alternative;
	boundary="_000_3A9F8E7D6C5B4A39281706F5E4D3C2B1EXCH02inslagexamplenl_"
MIME-Version: 1.0

--_000_3A9F8E7D6C5B4A39281706F5E4D3C2B1EXCH02inslagexamplenl_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder kenmerk REL/2010/04/01987.

Wij streven ernaar uw e-mail binnen vijf werkdagen te beantwoorden. Heeft u een spoedeisende reparatie? Bel dan 036 555 4000 (24 uur per dag bereikbaar).

Wilt u zich inschrijven als woningzoekende of uw inschrijving verlengen? Dat kan via www.inslag.example.nl/inschrijven.

Met vriendelijke groet,

Klantcontactcentrum Woonstichting Inslag

--_000_3A9F8E7D6C5B4A39281706F5E4D3C2B1EXCH02inslagexamplenl_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Geachte heer/mevrouw,</p>
<p>Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder kenmerk REL/2010/04/01987.</p>
<p>Wij streven ernaar uw e-mail binnen vijf werkdagen te beantwoorden. Heeft u een spoedeisende reparatie? Bel dan 036 555 4000 (24 uur per dag bereikbaar).</p>
<p>Wilt u zich inschrijven als woningzoekende of uw inschrijving verlengen? Dat kan via <a href="http://www.inslag.example.nl/inschrijven">www.inslag.example.nl/inschrijven</a>.</p>
<p>Met vriendelijke groet,</p>
<p>Klantcontactcentrum Woonstichting Inslag</p>
</div></body></html>

--_000_3A9F8E7D6C5B4A39281706F5E4D3C2B1EXCH02inslagexamplenl_--
"""), R("a housing association's customer desk acknowledges the robot's "
        "overview (the CRM registration is 057); 'inschrijven' "
        "and a kenmerk"))

add("provider-quarantine-digest", Raw("""
Return-Path: <quarantine@mail.example.org>
Received: by mail.example.org (Postfix, from userid 112)
	id 6E0B12C0A0; Mon, 26 Apr 2010 07:00:04 +0200 (CEST)
From: Spamquarantaine <quarantine@mail.example.org>
To: aanmelden@example.org
Subject: Quarantaineoverzicht voor aanmelden@example.org: 4 nieuwe berichten
Date: Mon, 26 Apr 2010 07:00:03 +0200
Message-ID: <quarantine-digest.20100426070003.aanmelden@mail.example.org>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Quarantaineoverzicht voor aanmelden@example.org
Periode: 25-04-2010 07:00 tot 26-04-2010 07:00

De volgende berichten zijn als mogelijke spam tegengehouden en niet
afgeleverd. Ze worden na 14 dagen automatisch verwijderd.

Datum             Afzender                                Onderwerp                                            Score
----------------  --------------------------------------  ---------------------------------------------------  -----
25-04-2010 09:12  info@seo-groei.example.com              Nummer 1 in Google met uw evenement                    9.8
25-04-2010 13:40  aanmelding@congresbureau.example.net    Aanmelding deelnemers congres 2010                     6.1
25-04-2010 22:05  sales@eventleads.example.com            Attendees list - deSTADSWIJKstudies Almere 2010       12.3
26-04-2010 03:17  no-reply@pakketdienst.example.com       Uw pakket kon niet worden bezorgd                     15.0

Een bericht vrijgeven of de afzender op de witte lijst zetten:
https://quarantaine.example.org/beheer?mailbox=aanmelden%40example.org

Dit overzicht wordt dagelijks om 07:00 uur verstuurd.
"""), R("the provider's daily spam quarantine digest, listing held "
        "messages with 'Aanmelding deelnemers' among the subjects"))

add("hosting-certificate-expiry-notice", Raw("""
Return-Path: <noreply@hostingpartner.example.net>
Received: from mailer3.hostingpartner.example.net (mailer3.hostingpartner.example.net [203.0.113.233])
	by mail.example.org (Postfix) with ESMTPS id 5D8A42C101
	for <aanmelden@example.org>; Thu, 26 Aug 2010 06:12:19 +0200 (CEST)
From: Hostingpartner Beheer <noreply@hostingpartner.example.net>
To: aanmelden@example.org
Subject: [Actie vereist] Uw SSL-certificaat voor mail.example.org verloopt over 14 dagen
Date: Thu, 26 Aug 2010 06:12:18 +0200
Message-ID: <cert-expiry.40172.20100826041218@hostingpartner.example.net>
Auto-Submitted: auto-generated
X-Mailer: Hostingpartner Notify
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste klant,

Het SSL-certificaat voor mail.example.org (klantnummer 40172) verloopt op
9 september 2010. Na die datum geven mailprogramma's een waarschuwing bij
het ophalen en versturen van mail.

Verlengen kan in het klantenpaneel onder Certificaten > mail.example.org.
Heeft u automatische verlenging aangezet, dan hoeft u niets te doen.

Dit bericht is automatisch verstuurd; antwoorden op dit adres worden niet
gelezen. Vragen? Bel onze servicedesk op 020 555 4017.

Met vriendelijke groet,
Hostingpartner
"""), R("a hosting provider's certificate expiry notice to the robot's "
        "address (auto-generated)"))

add("venue-site-confirm-signup", Raw("""
Return-Path: <bounce-7731@mail.zaalvinder.example.com>
Received: from mail.zaalvinder.example.com (mail.zaalvinder.example.com [203.0.113.77])
	by mail.example.org (Postfix) with ESMTP id 0A9B32C0C5
	for <aanmelden@example.org>; Tue, 15 Jun 2010 14:22:10 +0200 (CEST)
From: ZaalVinder <welkom@zaalvinder.example.com>
To: aanmelden@example.org
Subject: Bevestig uw aanmelding bij ZaalVinder
Date: Tue, 15 Jun 2010 14:22:09 +0200
Message-ID: <signup.7731.1276604529@zaalvinder.example.com>
X-Mailer: ZaalVinder Mailer 1.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="zv-7731-b1"

--zv-7731-b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Welkom bij ZaalVinder!

Bedankt voor uw aanmelding. Bevestig uw e-mailadres aanmelden@example.org
door op de onderstaande link te klikken:

https://www.zaalvinder.example.com/bevestig?token=c41e7f0a9b2d

Daarna kunt u direct zalen vergelijken en offertes aanvragen voor uw
vergadering, training of congres.

Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren; uw adres
wordt dan na 7 dagen verwijderd.

Team ZaalVinder

--zv-7731-b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#e4572e">Welkom bij ZaalVinder!</h2>
<p>Bedankt voor uw aanmelding. Bevestig uw e-mailadres <b>aanmelden@example.org</b> door op de knop te klikken:</p>
<p><a href="https://www.zaalvinder.example.com/bevestig?token=c41e7f0a9b2d" style="background:#e4572e;color:#ffffff;padding:10px 18px;text-decoration:none">Bevestig mijn aanmelding</a></p>
<p>Daarna kunt u direct zalen vergelijken en offertes aanvragen voor uw vergadering, training of congres.</p>
<p style="font-size:11px;color:#888888">Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren; uw adres wordt dan na 7 dagen verwijderd.</p>
</body></html>

--zv-7731-b1--
"""), R("a venue site's 'Bevestig uw aanmelding' after someone signed up "
        "with the robot's address; no auto header"))

C = code("9CRX2-H5TMB", "Tegelzetter Drie")
S = rem_nl(2, "donderdag 23 september 2010", C)
add("exchange-ooo-left-organisation-contact-block", Raw("""
Return-Path: <>
Received: from EXCH01.patroonblad.example.nl (203.0.113.139) by mail.example.org
	(Postfix) with ESMTPS id 2D7C02C0FD for <aanmelden@example.org>;
	Thu, 16 Sep 2010 10:00:47 +0200 (CEST)
From: Tegelzetter Drie <tegelzetter.drie@patroonblad.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: """ + S + """
Thread-Topic: """ + S + """
Thread-Index: AQHLVXk5o3mQ8cZ0Sk2y4nT6uE1vTQ==
Date: """ + d("2010-09-16 10:00") + """
Message-ID: <9E8D7C6B5A4F43E2B1C0D9E8F7A6B5C4@EXCH01.patroonblad.example.nl>
References: """ + robot_mid("reminder", C) + """
In-Reply-To: """ + robot_mid("reminder", C) + """
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-auto-response-suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Tegelzetter Drie is sinds 1 september 2010 niet meer werkzaam bij Welzijn Patroonblad. Uw bericht wordt niet doorgestuurd.

Voor het opbouwwerk in Almere Haven kunt u contact opnemen met:

Naam: Spinner Eenenzeventig
Functie: opbouwwerker Almere Haven
E-mail: spinner.eenenzeventig@patroonblad.example.nl
Telefoon: 06 5557 1071

Voor aanmeldingen voor onze cursussen en trainingen: cursussen@patroonblad.example.nl.

Welzijn Patroonblad
"""), R("an Exchange auto-reply to the day-2 reminder: the participant has "
        "left; it gives a successor in a Naam:/Functie:/E-mail:/Telefoon: "
        "block; not a substitution"))
