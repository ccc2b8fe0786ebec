# Machine mail that must get no reply (108-140): bounces of the robot's own
# mail, out-of-office replies, calendar replies, read receipts,
# challenge-response, newsletters, lists, spam.
from lib import *  # noqa

TITLE = "Almere: Sociale ambities in een groeiende stad"


def robot_mail(kind, to, subj, date, mid, text):
    return ("From: deSTADSWIJKstudies Almere <aanmelden@example.org>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nX-Regbot-Kind: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s"
            % (to, subj, date, mid, kind, text))


CONF_NL = """Beste {name},

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is {code}. Bewaar deze mail: met deze code kunt
u zich afmelden of een collega in uw plaats sturen.
"""

# 108 Postfix DSN, multipart/report, full original returned
orig = robot_mail("confirmation", "Participant Negentien <p.negentien@buurtwerknoord.example.nl>",
                  "Bevestiging aanmelding %s [P6YDW-4NHQC]" % TITLE,
                  "Tue, 30 Mar 2010 17:12:44 +0200", "<confirm.P6YDW-4NHQC@example.org>",
                  CONF_NL.format(name="Participant Negentien", code="P6YDW-4NHQC"))
raw = """Return-Path: <>
Received: by mail.example.org (Postfix)
\tid 3F2A1B0C; Tue, 30 Mar 2010 17:12:46 +0200 (CEST)
Date: Tue, 30 Mar 2010 17:12:46 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3F2A1B0C.1269961966/mail.example.org"
Message-Id: <20100330151246.3F2A1B0C@mail.example.org>

This is a MIME-encapsulated message.

--3F2A1B0C.1269961966/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.negentien@buurtwerknoord.example.nl>: host mx.buurtwerknoord.example.nl[192.0.2.25]
    said: 550 5.1.1 <p.negentien@buurtwerknoord.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--3F2A1B0C.1269961966/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F2A1B0C
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 30 Mar 2010 17:12:44 +0200 (CEST)

Final-Recipient: rfc822; p.negentien@buurtwerknoord.example.nl
Original-Recipient: rfc822;p.negentien@buurtwerknoord.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.buurtwerknoord.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <p.negentien@buurtwerknoord.example.nl>:
    Recipient address rejected: User unknown in virtual mailbox table

--3F2A1B0C.1269961966/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + orig + """
--3F2A1B0C.1269961966/mail.example.org--
"""
add(108, "bounce-postfix-dsn-confirmation", Raw(raw), R(
    "A Postfix DSN returning the robot's own confirmation (user unknown); machine mail, no reply."))

# 109 Exim plain-text bounce
raw = """Return-path: <>
Envelope-to: aanmelden@example.org
Received: from mail by mx.meevoorbeeld.example.nl with local (Exim 4.69)
\tid 1NxYzA-0003bC-9Q
\tfor aanmelden@example.org; Wed, 31 Mar 2010 08:06:10 +0200
X-Failed-Recipients: c.eenendertig@meevoorbeeld.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.meevoorbeeld.example.nl>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1NxYzA-0003bC-9Q@mx.meevoorbeeld.example.nl>
Date: Wed, 31 Mar 2010 08:06:10 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  c.eenendertig@meevoorbeeld.example.nl
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: Cursist Eenendertig <c.eenendertig@meevoorbeeld.example.nl>
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [N2XCT-4FJMR]
Date: Wed, 31 Mar 2010 08:06:02 +0200
Message-ID: <confirm.N2XCT-4FJMR@example.org>
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation
Content-Type: text/plain; charset=utf-8

Beste Cursist Eenendertig,

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is N2XCT-4FJMR. Bewaar deze mail: met deze code kunt
u zich afmelden of een collega in uw plaats sturen.
"""
add(109, "bounce-exim-plain-confirmation", Raw(raw), R(
    "An Exim plain-text bounce (mailbox full) quoting the robot's confirmation with a code; machine mail."))

# 110 Exchange NDR in Dutch, multipart/report with text/rfc822-headers
raw = """From: postmaster@zorggroepvoorbeeld.example.nl
To: aanmelden@example.org
Date: Thu, 25 Mar 2010 10:10:40 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01CACC0FE61D2A7B00000001EXCH01.zorggroep"
X-DSNContext: 335a7efd - 4480 - 00000001 - 80040546
Message-ID: <hNHz0aQxV00000001@EXCH01.zorggroepvoorbeeld.example.nl>
Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [S5VDG-8KQZB]
Auto-Submitted: auto-replied

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CACC0FE61D2A7B00000001EXCH01.zorggroep
Content-Type: text/plain; charset=unicode-1-1-utf-7

Bezorging is mislukt voor de volgende ontvangers.

       m.vijfentwintig@zorggroepvoorbeeld.example.nl

--9B095B5ADSN=_01CACC0FE61D2A7B00000001EXCH01.zorggroep
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.zorggroepvoorbeeld.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Thu, 25 Mar 2010 10:10:38 +0100

Final-Recipient: rfc822;m.vijfentwintig@zorggroepvoorbeeld.example.nl
Action: failed
Status: 5.1.1

--9B095B5ADSN=_01CACC0FE61D2A7B00000001EXCH01.zorggroep
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: Medewerker Vijfentwintig <m.vijfentwintig@zorggroepvoorbeeld.example.nl>
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [S5VDG-8KQZB]
Date: Thu, 25 Mar 2010 10:10:35 +0100
Message-ID: <confirm.S5VDG-8KQZB@example.org>
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation

--9B095B5ADSN=_01CACC0FE61D2A7B00000001EXCH01.zorggroep--
"""
add(110, "bounce-exchange-onbestelbaar", Raw(raw), R(
    "An Exchange 'Onbestelbaar' NDR with the headers of the robot's confirmation; machine mail."))

# 111 Gmail-style DSN, English
raw = """Delivered-To: aanmelden@example.org
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>
To: aanmelden@example.org
Subject: Delivery Status Notification (Failure)
Date: Fri, 12 Mar 2010 16:23:00 +0100
Message-ID: <0016e6470f36b3bc2004819e1a2b@googlemail.example.com>
X-Failed-Recipients: attendee.fivee@gmail.example.com
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Delivery to the following recipient failed permanently:

     attendee.fivee@gmail.example.com

Technical details of permanent failure:=20
The email account that you tried to reach does not exist. Please try double=
-checking the recipient's email address for typos or unnecessary spaces.

----- Original message -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: attendee.fivee@gmail.example.com
Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [F4PWL-6HNEX]
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation

Dear Attendee Five,

You are registered for the course
"Almere: Sociale ambities in een groeiende stad".
Your seat is confirmed.
"""
add(111, "bounce-gmail-style-failure", Raw(raw), R(
    "A webmail-style delivery failure (no multipart/report, no Auto-Submitted) quoting the robot's English confirmation; still machine mail."))

# 112 Postfix delay notice
raw = """Date: Mon, 20 Sep 2010 14:00:05 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A11B22C33.1284984005/mail.example.org"
Message-Id: <20100920120005.A11B22C33@mail.example.org>

This is a MIME-encapsulated message.

--A11B22C33.1284984005/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<d.41@voorbeeldonderwijs.example.nl>: connect to
    mx.voorbeeldonderwijs.example.nl[192.0.2.41]:25: Connection timed out

--A11B22C33.1284984005/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: A11B22C33
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Mon, 20 Sep 2010 10:00:01 +0200 (CEST)

Final-Recipient: rfc822; d.41@voorbeeldonderwijs.example.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.voorbeeldonderwijs.example.nl[192.0.2.41]:25:
    Connection timed out
Will-Retry-Until: Sat, 25 Sep 2010 10:00:01 +0200 (CEST)

--A11B22C33.1284984005/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: Deelnemer Eenenveertig <d.41@voorbeeldonderwijs.example.nl>
Subject: Herinnering: dag 2 van Almere: Sociale ambities in een groeiende stad, 23 september [G7ZMR-3BQTD]
Message-ID: <reminder.2.7.G7ZMR-3BQTD@example.org>
Auto-Submitted: auto-generated
X-Regbot-Kind: reminder

--A11B22C33.1284984005/mail.example.org--
"""
add(112, "bounce-postfix-delayed-reminder", Raw(raw), R(
    "A Postfix delay warning for the robot's reminder; machine mail."))

# 113 qmail failure notice
raw = """Return-Path: <>
Date: 9 Apr 2010 06:15:31 -0000
From: MAILER-DAEMON@mx.voorbeeldbrug.example.nl
To: aanmelden@example.org
Subject: failure notice
Message-ID: <20100409061531.12345.qmail@mx.voorbeeldbrug.example.nl>

Hi. This is the qmail-send program at mx.voorbeeldbrug.example.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<coordinator.45@voorbeeldbrug.example.nl>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: Coordinator Forty-Five <coordinator.45@voorbeeldbrug.example.nl>
Subject: Overview of your registrations: Almere: Sociale ambities in een groeiende stad
Auto-Submitted: auto-replied
X-Regbot-Kind: overview

Dear Coordinator Forty-Five,

Thank you for registering your colleagues for the course
"Almere: Sociale ambities in een groeiende stad".
"""
add(113, "bounce-qmail-overview", Raw(raw), R(
    "A qmail failure notice returning the robot's overview mail; machine mail."))

# 114 Lotus Domino delivery failure report
raw = """From: Postmaster@almere.nl
To: aanmelden@example.org
Subject: DELIVERY FAILURE: User Ambtenaar Twaalf (atwaalf@almere.nl) not listed in Domino Directory
Date: Fri, 26 Mar 2010 11:56:10 +0100
Message-ID: <OFDF1A2B3C.DELIVERYFAILURE@almere.nl>
X-Mailer: Lotus Domino Release 8.5.1
MIME-Version: 1.0
Content-Type: text/plain; charset="US-ASCII"

Your message

  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [J2KSN-9VXFH]

was not delivered to:

  atwaalf@almere.nl

because:

  User Ambtenaar Twaalf (atwaalf@almere.nl) not listed in Domino Directory
"""
add(114, "bounce-domino-municipal", Raw(raw), R(
    "A Lotus Domino delivery failure from the municipality's server for a confirmation; machine mail though it carries no Auto-Submitted."))

# 115 sendmail "Returned mail"
raw = """Return-Path: <MAILER-DAEMON>
Date: Tue, 18 May 2010 16:17:20 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.voorbeeldwelzijn.example.nl>
Message-Id: <201005181417.o4IEHKxx012345@mail.voorbeeldwelzijn.example.nl>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="o4IEHKxx012345.1274192240/mail.voorbeeldwelzijn.example.nl"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--o4IEHKxx012345.1274192240/mail.voorbeeldwelzijn.example.nl

The original message was received at Tue, 18 May 2010 16:17:18 +0200
from mail.example.org [192.0.2.1]

   ----- The following addresses had permanent fatal errors -----
<m.97@voorbeeldwelzijn.example.nl>
    (reason: 552 5.2.2 Mailbox full)

--o4IEHKxx012345.1274192240/mail.voorbeeldwelzijn.example.nl
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.voorbeeldwelzijn.example.nl
Arrival-Date: Tue, 18 May 2010 16:17:18 +0200

Final-Recipient: RFC822; m.97@voorbeeldwelzijn.example.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full

--o4IEHKxx012345.1274192240/mail.voorbeeldwelzijn.example.nl
Content-Type: message/rfc822

""" + robot_mail("waitlist", "Medewerker Zevenennegentig <m.97@voorbeeldwelzijn.example.nl>",
                 "Wachtlijst %s [L8DHQ-5CRWP]" % TITLE, "Tue, 18 May 2010 16:17:17 +0200",
                 "<waitlist.L8DHQ-5CRWP@example.org>",
                 """Beste Medewerker Zevenennegentig,

Dank voor uw aanmelding voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Alle plaatsen zijn op dit moment bezet. U staat op de wachtlijst,
op plaats 3.

Uw referentiecode is L8DHQ-5CRWP.

Wilt u van de wachtlijst af? Antwoord op deze mail met "afmelden" en
laat uw code L8DHQ-5CRWP in het onderwerp staan.
""") + """
--o4IEHKxx012345.1274192240/mail.voorbeeldwelzijn.example.nl--
"""
add(115, "bounce-sendmail-waitlist-afmelden", Raw(raw), R(
    "A sendmail bounce returning the robot's waitlist mail, whose text says 'afmelden' with a code; machine mail, not a cancellation."))


def ooo(num, slug, frm, subj, date, body, extra, why, charset="utf-8", cte="8bit", mid=None):
    m = single(text_part(body, charset=charset, cte=cte))
    headers(m, frm, subj, date, mid=mid or "<ooo.%03d@mail.example.net>" % num, extra=extra)
    add(num, slug, m, R(why))


ooo(116, "ooo-exchange-nl-auto-submitted",
    "\"Drie, Collega\" <c.drie@zorggroepvoorbeeld.example.nl>",
    "Automatisch antwoord: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [7HQ4N-WX2PD]",
    "Wed, 10 Mar 2010 08:48:02 +0100",
    """Ik ben afwezig tot en met maandag 15 maart. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het secretariaat, 036 – 5 200 300.

Met vriendelijke groet,
Collega Drie
""", [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
      ("X-MS-Exchange-Inbox-Rules-Loop", "c.drie@zorggroepvoorbeeld.example.nl"),
      ("In-Reply-To", "<confirm.7HQ4N-WX2PD@example.org>")],
    "An Exchange out-of-office reply to the confirmation, with Auto-Submitted; machine mail.", charset="windows-1252", cte="quoted-printable")

ooo(117, "ooo-nl-x-autoreply-only",
    "Deelnemer Vijftig <d.vijftig@ggdvoorbeeldregio.example.nl>",
    "Afwezig: Re: Aanmelding", "Wed, 14 Apr 2010 10:44:30 +0200",
    """Beste afzender,

Tot 26 april ben ik met verlof. Uw bericht lees ik na terugkomst. Voor spoedzaken: bel 088 000 2200.

Deelnemer Vijftig
""", [("X-Autoreply", "yes"), ("Precedence", "bulk")],
    "An out-of-office reply marked only with X-Autoreply and Precedence: bulk, no Auto-Submitted; machine mail.")

ooo(118, "ooo-gmail-vacation-en",
    "Attendee Five <attendee.five@gmail.example.com>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [F4PWL-6HNEX]",
    "Fri, 12 Mar 2010 16:23:10 +0100",
    """Thanks for your email. I'm travelling until 22 March with limited access to email. I'll reply as soon as I'm back.

Attendee Five
""", [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    "A webmail vacation responder answering the confirmation; its subject is 'Re:' with the code but it is machine mail.")

ooo(119, "ooo-nl-no-headers-at-all",
    "Cursist Twintig <c.twintig@meevoorbeeld.example.nl>",
    "Afwezigheidsbericht", "Wed, 31 Mar 2010 08:07:00 +0200",
    """Dank voor uw bericht. Ik ben afwezig van 29 maart tot en met 9 april en heb geen toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd. Voor vragen over cliënten kunt u terecht bij het algemene nummer van MEE Voorbeeld.

Met vriendelijke groet,
Cursist Twintig
""", [],
    "An out-of-office text sent with no auto-reply headers at all; a careful reader sees it is an auto-reply and sends nothing back.")

ooo(120, "ooo-notes-is-afwezig",
    "Ambtenaar Zeven <azeven@almere.nl>",
    "Ambtenaar Zeven is afwezig.", "Fri, 26 Mar 2010 11:56:00 +0100",
    """Ik ben afwezig vanaf 26-03-2010 en ben terug op 06-04-2010.

Ik zal uw bericht beantwoorden na mijn terugkeer. Voor zaken rondom de sociale agenda kunt u terecht bij Ambtenaar Negen.
""", [("X-Mailer", "Lotus Domino Release 8.5.1"), ("Auto-Submitted", "auto-generated")],
    "A Lotus Notes out-of-office notice; machine mail.")


def ics_reply(num, slug, frm, subj, date, partstat, ics_extra, text, why, mailer):
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:%s
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=%s:mailto:%s
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
DTSTART;TZID=Europe/Amsterdam:20100601T094500
DTEND;TZID=Europe/Amsterdam:20100601T163000
SUMMARY:%s
UID:%s
SEQUENCE:0
DTSTAMP:20100402T101500Z
%sEND:VEVENT
END:VCALENDAR
""" % (mailer, partstat, frm.split("<")[1].rstrip(">"), "Dag 1: Ambities van bewoners",
       ics_extra[0], ics_extra[1])
    m = EmailMessage()
    m.make_alternative()
    m.attach(text_part(text, cte="quoted-printable"))
    cal = EmailMessage()
    cal.set_content(ics.replace("\n", "\r\n"), subtype="calendar", charset="utf-8",
                    cte="quoted-printable", params={"method": "REPLY"})
    m.attach(cal)
    headers(m, frm, subj, date, mid="<cal.%03d@mail.example.net>" % num,
            extra=[("X-Mailer", mailer)] if mailer.startswith("Microsoft") else [])
    add(num, slug, m, R(why))


ics_reply(121, "calendar-outlook-geaccepteerd",
          "\"Negen, Medewerker\" <mnegen@almere.nl>",
          "Geaccepteerd: Almere: Sociale ambities in een groeiende stad - dag 1",
          "Fri, 19 Mar 2010 10:05:00 +0100", "ACCEPTED",
          ("day1-T8GXA-9RDKE@example.org", ""), "", 
          "An Outlook 'Geaccepteerd' calendar REPLY to the robot's invitation; machine-made, no reply.",
          "Microsoft Office Outlook 12.0")
ics_reply(122, "calendar-google-accepted",
          "Participant Two <p.two@welzijnvoorbeeldstad.example.nl>",
          "Accepted: Almere: Sociale ambities in een groeiende stad @ Tue 1 Jun 2010 09:45 - 16:30 (p.two@welzijnvoorbeeldstad.example.nl)",
          "Wed, 10 Mar 2010 07:30:00 +0100", "ACCEPTED",
          ("day1-K3TB9-ZRM5E@example.org", ""),
          "Participant Two has accepted this invitation.\n\nAlmere: Sociale ambities in een groeiende stad\nWhen: Tue 1 Jun 2010 09:45 - 16:30 (CEST)\n\nInvitation from Google Calendar\n",
          "A calendar 'Accepted' reply sent by a calendar service; machine mail.",
          "-//Google Inc//Google Calendar 70.9054//EN")
ics_reply(123, "calendar-ical-accepted",
          "Participant Forty-Four <participant.44@example.com>",
          "Invitation: Dag 1: Ambities van bewoners (Accepted)",
          "Sat, 10 Apr 2010 09:00:00 +0200", "ACCEPTED",
          ("day1-W3MJF-5ZCNQ@example.org", ""), "",
          "An iCal acceptance of the calendar file; machine-made, no reply.",
          "-//Apple Inc.//iCal 4.0.1//EN")
ics_reply(124, "calendar-outlook-voorlopig",
          "Deelnemer Een <deelnemer.een@stichtingvoorbeeld.example.nl>",
          "Voorlopig geaccepteerd: Almere: Sociale ambities in een groeiende stad - dag 1",
          "Tue, 9 Mar 2010 08:00:00 +0100", "TENTATIVE",
          ("day1-82MRZ-KQF3J@example.org", "COMMENT:Ik probeer te komen\n"), "Ik probeer te komen\n",
          "A 'Voorlopig geaccepteerd' calendar reply with a short comment; still a calendar machine reply, not a status or cancellation.",
          "Microsoft Office Outlook 12.0")
ics_reply(125, "calendar-outlook-geweigerd",
          "Deelnemer Veertien <d.veertien@welzijnvoorbeeldstad.example.nl>",
          "Geweigerd: Almere: Sociale ambities in een groeiende stad - dag 3",
          "Tue, 26 Oct 2010 09:01:00 +0100", "DECLINED",
          ("day3-E6RKD-2TPXV@example.org", ""), "",
          "A 'Geweigerd' calendar reply for one day; a calendar click is not a cancellation of the registration and gets no reply.",
          "Microsoft Office Outlook 12.0")


def mdn(num, slug, frm, subj, date, human, orig_subj, why, mailer):
    raw = """From: %s
To: aanmelden@example.org
Subject: %s
Date: %s
Message-ID: <mdn.%03d@mail.example.net>
MIME-Version: 1.0
%sContent-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_MDN_%03d"

------=_NextPart_MDN_%03d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

%s
------=_NextPart_MDN_%03d
Content-Type: message/disposition-notification

Reporting-UA: %s
Final-Recipient: rfc822;%s
Original-Message-ID: <confirm.%s@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_%03d--
""" % (frm, subj, date, num, ("X-Mailer: %s\n" % mailer) if mailer else "", num, num,
       human, num, mailer or "mail.example.net", frm.split("<")[1].rstrip(">"),
       orig_subj, num)
    add(num, slug, Raw(raw), R(why))


mdn(126, "mdn-outlook-gelezen",
    "Voorbeeld Persoon <v.persoon@voorbeeldwonen.example.nl>",
    "Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B9QHN-7WLSA]",
    "Mon, 15 Mar 2010 11:30:00 +0100",
    """Uw bericht

  Aan: Voorbeeld Persoon
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B9QHN-7WLSA]
  Verzonden: 15-3-2010 11:06

is gelezen op 15-3-2010 11:29.
""", "B9QHN-7WLSA", "An Outlook read receipt ('Gelezen:') for the confirmation; machine mail.",
    "Microsoft Office Outlook 12.0")
mdn(127, "mdn-thunderbird-return-receipt",
    "Participant Fifty-One <participant.51@voorbeeldonderwijs.example.nl>",
    "Return Receipt (displayed) - Registration confirmed: Almere: Sociale ambities in een groeiende stad [U6TFR-2DZLW]",
    "Thu, 15 Apr 2010 16:45:00 +0200",
    """This is a Return Receipt for the mail that you sent to participant.51@voorbeeldonderwijs.example.nl.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", "U6TFR-2DZLW", "A Thunderbird return receipt; machine mail.", None)

# 128 challenge-response (English)
body = """Hello,

You sent a message to participant.48@examplecare.example.com. To cut down on spam, this address only accepts mail from senders who have verified themselves.

Please click the link below to verify that you are a person and your message will be delivered:

http://verify.spamshield.example.com/v?id=8f3a9c2e77&r=participant.48

You only need to do this once. Unverified messages are deleted after 7 days.

SpamShield Example - we stop spam before it reaches you
"""
m = single(text_part(body, cte="7bit"))
headers(m, "participant.48@examplecare.example.com",
        "Please verify your message: Registration confirmed: Almere: Sociale ambities in een groeiende stad [C4SXQ-9GBMV]",
        "Tue, 13 Apr 2010 09:18:30 +0200", mid="<cr.128.8f3a9c2e77@spamshield.example.com>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Challenge", "8f3a9c2e77")])
add(128, "challenge-en-verify", m, R(
    "A challenge-response anti-spam request asking the robot to verify itself; machine mail, no reply."))

body = """Beste afzender,

Uw bericht aan d.58@buurtwerknoord.example.nl is tijdelijk vastgehouden door ons spamfilter.
Bevestig eenmalig dat u het bericht zelf verstuurd heeft door te antwoorden op deze e-mail zonder de onderwerpregel te wijzigen.

Onderwerp van uw bericht: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Z2RVA-6QTXM]

Met vriendelijke groet,
MailFilter Voorbeeld
"""
m = single(text_part(body))
headers(m, "MailFilter Voorbeeld <bevestigen@mailfilter.example.nl>",
        "Bevestig uw bericht [ref 5512-Z]", "Thu, 22 Apr 2010 22:06:00 +0200",
        mid="<cr.129.5512Z@mailfilter.example.nl>")
add(129, "challenge-nl-bevestig-zonder-headers", m, R(
    "A Dutch challenge-response request asking for a reply, without auto-reply headers; replying would only feed a machine."))


def bulk(num, slug, frm, subj, date, text, html, extra, why, to="aanmelden@example.org"):
    m = alt(text, html) if html else single(text_part(text, cte="quoted-printable"))
    headers(m, frm, subj, date, to=to, mid="<bulk.%03d.%s@lists.example.net>" % (num, slug[:8]), extra=extra)
    add(num, slug, m, R(why))


txt = """Nieuwsbrief Kennisplein Voorbeeld - april 2010

AANMELDEN: Landelijke dag Wijkgericht Werken, 20 mei, Utrecht
Meld u nu aan! Nog 40 plaatsen beschikbaar. Deelname EUR 95.

Nieuwe publicatie: 'Sociale ambities in groeiende steden'
Download gratis op onze website.

Afmelden voor deze nieuwsbrief? Klik hier: http://nieuwsbrief.kennisplein.example.nl/afmelden?u=aanmelden%40example.org
"""
bulk(130, "newsletter-nl-kennisplein", "Kennisplein Voorbeeld <nieuwsbrief@kennisplein.example.nl>",
     "Nieuwsbrief april: meld u aan voor de Landelijke dag Wijkgericht Werken", "Thu, 15 Apr 2010 07:00:00 +0200",
     txt, "<html><body><h1>Nieuwsbrief Kennisplein Voorbeeld</h1><p>" + esc(txt).replace("\n", "<br>") + "</p></body></html>\n",
     [("List-Unsubscribe", "<http://nieuwsbrief.kennisplein.example.nl/afmelden?u=aanmelden%40example.org>"),
      ("Precedence", "bulk"), ("X-Mailer", "LaPosta Mailer")],
     "A newsletter full of 'aanmelden' and 'afmelden'; bulk mail, no reply.")

txt = """Nieuwsbrief Sociaal Domein - gemeente Almere (intern)

- De sociale agenda: stand van zaken
- Leergang deSTADSWIJKstudies: aanmelden kan nog tot 25 mei via aanmelden@example.org
- Personeelsnieuws

U ontvangt deze nieuwsbrief omdat u op de verzendlijst Sociaal Domein staat.
"""
bulk(131, "newsletter-nl-municipal-list", "Nieuwsbrief Sociaal Domein <nieuwsbrief-sociaal@almere.nl>",
     "Nieuwsbrief Sociaal Domein, mei 2010", "Mon, 3 May 2010 08:00:00 +0200", txt, None,
     [("List-Id", "Nieuwsbrief Sociaal Domein <sociaal.almere.nl>"), ("Precedence", "list")],
     "An internal municipal newsletter (from almere.nl) mentioning the course and this address; list mail, no reply.",
     to="Verzendlijst Sociaal Domein <sociaal-domein@almere.nl>")

txt = """REGISTER NOW - Early bird ends Friday!

European Conference on Urban Regeneration 2010
Rotterdam, 6-8 October

Register today and save 20%. Group registrations: register 3, the 4th is free.

Unsubscribe: http://mail.eventexample.example.com/u/aanmelden
"""
bulk(132, "newsletter-en-conference-register-now", "Urban Regeneration Conference <news@eventexample.example.com>",
     "Register now: Early bird for the Urban Regeneration Conference ends Friday", "Tue, 20 Apr 2010 15:00:00 +0200",
     txt, "<html><body><table width=600><tr><td><h2>REGISTER NOW</h2>" + esc(txt).replace("\n", "<br>") + "</td></tr></table></body></html>\n",
     [("List-Unsubscribe", "<mailto:unsubscribe@eventexample.example.com?subject=unsubscribe>"),
      ("Precedence", "bulk"), ("X-Campaign", "ecur2010-eb-3")],
     "Marketing mail urging people to register for another conference; bulk, no reply.")

txt = """Sociaal-Werk-Lijst Digest, Vol 12, Issue 9

Today's Topics:

   1. Re: aanmelden voor de leergang in Almere? (Deelnemer Een)
   2. Vacature opbouwwerker (Welzijn Voorbeeldstad)

----------------------------------------------------------------------

Message: 1
Date: Mon, 12 Apr 2010 10:01:00 +0200
From: Deelnemer Een <deelnemer.een@stichtingvoorbeeld.example.nl>
Subject: Re: aanmelden voor de leergang in Almere?

Ik heb me aangemeld via aanmelden@example.org, ging prima.

_______________________________________________
Sociaal-Werk-Lijst mailing list
"""
bulk(133, "list-digest-nl", "sociaal-werk-lijst-request@lists.example.nl",
     "Sociaal-Werk-Lijst Digest, Vol 12, Issue 9", "Tue, 13 Apr 2010 12:00:00 +0200", txt, None,
     [("List-Id", "<sociaal-werk-lijst.lists.example.nl>"), ("Precedence", "list"),
      ("List-Post", "<mailto:sociaal-werk-lijst@lists.example.nl>")],
     "A mailing-list digest quoting someone who registered; list mail, no reply.")

# 134 ticket system auto-ack
body = """Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Uw melding is geregistreerd onder nummer #20100426-0813.
Wij streven ernaar u binnen 3 werkdagen te antwoorden.

Met vriendelijke groet,
Servicedesk Zorggroep Voorbeeld

[Uw bericht]
Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Q3NBX-7MKGT]
"""
m = single(text_part(body))
headers(m, "Servicedesk Zorggroep Voorbeeld <servicedesk@zorggroepvoorbeeld.example.nl>",
        "[#20100426-0813] Ontvangen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Q3NBX-7MKGT]",
        "Mon, 26 Apr 2010 06:00:40 +0200", mid="<ticket.20100426-0813@servicedesk.zorggroepvoorbeeld.example.nl>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "ServiceDesk Voorbeeld 4.1")])
add(134, "ticket-ack-nl", m, R(
    "A helpdesk ticket acknowledgement of the robot's confirmation (which had gone to the HR portal's address); machine mail."))

# 135 phishing, no bulk marks
body = """Geachte gebruiker,

Uw mailbox heeft de opslaglimiet van 2 GB overschreden. U kunt geen nieuwe berichten meer ontvangen of versturen totdat u uw mailbox opnieuw valideert.

Klik hier om te valideren: http://webmail-validatie.example.com/login

Let op: niet gevalideerde accounts worden binnen 24 uur gesloten.

Systeembeheerder
"""
m = single(text_part(body, charset="iso-8859-1", cte="quoted-printable"))
headers(m, "Systeembeheer <beheer@webmail-validatie.example.com>",
        "Uw mailbox is vol - actie vereist", "Sat, 24 Apr 2010 03:12:00 +0200",
        mid="<phish.135.20100424031200@webmail-validatie.example.com>")
add(135, "spam-nl-phishing-mailbox-vol", m, R(
    "Phishing without any bulk or auto-reply marks; a careful secretary never answers it (machine-sent spam)."))

# 136 spam with zip "invoice"
m = mixed(text_part("""Dear customer,

Your invoice #INV-2010-5531 is overdue. Please see the attached invoice and make the payment within 48 hours to avoid additional charges.

Accounts Department
"""), [attachment(b"PK\x03\x04" + b"\x00" * 40, "application", "zip", "Invoice_INV-2010-5531.zip")])
headers(m, "Accounts Department <billing@invoices-online.example.com>",
        "Overdue invoice INV-2010-5531", "Sun, 25 Apr 2010 04:40:00 +0200",
        mid="<spam.136.5531@invoices-online.example.com>")
add(136, "spam-en-overdue-invoice-zip", m, R(
    "Malware spam posing as an overdue invoice; no reply."))

bulk(137, "spam-en-seo", "SEO Experts <offers@rank-first.example.com>",
     "Get your course page on Google page 1!", "Mon, 26 Apr 2010 02:02:00 +0200",
     """Hi,

I was checking your website and noticed it is not ranking for "course registration Almere". We can get you to page 1 within 30 days. Reply YES for a free audit.

To stop receiving these messages reply REMOVE.
""", None, [("Precedence", "bulk")],
     "SEO spam asking for a reply; bulk, no reply.")

bulk(138, "vendor-bulk-nl-training", "Opleidingsinstituut Voorbeeld <info@opleidingsinstituut.example.nl>",
     "Schrijf u nu in: Leergang Wijkgericht Werken najaar 2010", "Tue, 27 Apr 2010 09:00:00 +0200",
     """Geachte relatie,

Schrijf u nu in voor onze Leergang Wijkgericht Werken (6 dagen, start 14 september). Aanmelden kan via onze website. Meldt u zich voor 1 juni aan, dan ontvangt u 10% korting.

Wilt u geen mail meer van ons ontvangen? Meld u hier af.
""", "<html><body><p>Geachte relatie,</p><p>Schrijf u nu in voor onze Leergang Wijkgericht Werken...</p><p><a href=\"http://opleidingsinstituut.example.nl/afmelden\">Meld u hier af</a></p></body></html>\n",
     [("List-Unsubscribe", "<http://opleidingsinstituut.example.nl/afmelden>"), ("Precedence", "bulk")],
     "Marketing for another course, full of 'inschrijven', 'aanmelden' and 'afmelden'; bulk, no reply.")

ooo(139, "autoreply-address-changed",
    "Medewerker Vier <medewerker.vier@buurtwerknoord.example.nl>",
    "Automatisch antwoord: dit adres is niet meer in gebruik", "Mon, 20 Sep 2010 10:00:30 +0200",
    """Dit e-mailadres is sinds 1 september 2010 niet meer in gebruik. Uw bericht is niet doorgestuurd.
Voor Buurtwerk Noord kunt u mailen naar info@buurtwerknoord.example.nl.
""", [("Auto-Submitted", "auto-replied")],
    "An auto-reply saying the address is no longer in use (answering a reminder); machine mail.")

# 140 DSN success (delivered) notice
raw = """From: Mail Delivery System <MAILER-DAEMON@mx.examplecare.example.com>
To: aanmelden@example.org
Subject: Successful Mail Delivery Report
Date: Tue, 13 Apr 2010 08:05:10 +0200
Message-ID: <20100413060510.DSN.140@mx.examplecare.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN-OK-140"

--DSN-OK-140
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.examplecare.example.com.

Your message was successfully delivered to the destination(s)
listed below.

<participant.48@examplecare.example.com>: delivery via local: delivered to mailbox

--DSN-OK-140
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.examplecare.example.com

Final-Recipient: rfc822; participant.48@examplecare.example.com
Action: delivered
Status: 2.0.0

--DSN-OK-140--
"""
add(140, "dsn-delivered-success", Raw(raw), R(
    "A successful-delivery DSN for the robot's mail; machine mail."))
