"""Set 5, batch 4: machine mail (bounces, auto-replies, calendar replies,
receipts, lists, spam), given byte for byte where a machine writes it."""
from set5_lib import (add, R, Raw, d, conf_nl, conf_en, reminder_nl, robot_mail,
                      robot_mid, plain, outlook2010, notes, gmail, wait_nl)

RB = "aanmelden@example.org"

# ---- bounces ----------------------------------------------------------------

s, b = conf_nl("Reiziger Veertien", "F2TDX-8MKQV", "Humanitas Denkwijk",
               "vrijwilligerscoordinator", "reiziger14@denkwijk.example.nl",
               phone="06-38 29 11 04", diet="vegetarier")
orig = robot_mail(s, b, "confirmation", "F2TDX-8MKQV", "reiziger14@denkwijk.example.nl",
                  "2010-03-17 07:48")
add("bounce-postfix-dsn", Raw("""From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: aanmelden@example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20100317064903.3F1A2C0045@mail.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3F1A2C0045.1268808543/mail.example.org"

This is a MIME-encapsulated message.

--3F1A2C0045.1268808543/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<reiziger14@denkwijk.example.nl>: host mx.denkwijk.example.nl[192.0.2.14]
    said: 550 5.1.1 <reiziger14@denkwijk.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--3F1A2C0045.1268808543/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F1A2C0045
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: %s

Final-Recipient: rfc822; reiziger14@denkwijk.example.nl
Original-Recipient: rfc822;reiziger14@denkwijk.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.denkwijk.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <reiziger14@denkwijk.example.nl>: Recipient
    address rejected: User unknown in virtual mailbox table

--3F1A2C0045.1268808543/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

%s
--3F1A2C0045.1268808543/mail.example.org--
""" % (d("2010-03-17 07:49"), d("2010-03-17 07:48"), orig)),
    R("Postfix DSN returning the robot's confirmation"))

add("bounce-exchange2010-nl", Raw("""From: Microsoft Exchange <postmaster@kinderopvang.example.nl>
To: aanmelden@example.org
Date: %s
Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [S3KWP-6YHDN]
Message-ID: <b2c1a0e7-55aa-4f0a-9e1c-2a2b77f00e1a@EXCH01.kinderopvang.example.nl>
Content-Language: nl-NL
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_000_b2c1a0e755aa4f0a9e1c2a2b77f00e1a_"

--_000_b2c1a0e755aa4f0a9e1c2a2b77f00e1a_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Het bericht is niet bezorgd bij de volgende ontvangers of groepen:

ontdekker42@kinderopvang.example.nl
Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem contact op met de ontvanger.

Diagnostische gegevens voor beheerders:

Server rapporteren: EXCH01.kinderopvang.example.nl

ontdekker42@kinderopvang.example.nl
#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##

--_000_b2c1a0e755aa4f0a9e1c2a2b77f00e1a_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.kinderopvang.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: %s

Final-Recipient: rfc822;ontdekker42@kinderopvang.example.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--_000_b2c1a0e755aa4f0a9e1c2a2b77f00e1a_
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: ontdekker42@kinderopvang.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [S3KWP-6YHDN]
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation

--_000_b2c1a0e755aa4f0a9e1c2a2b77f00e1a_--
""" % (d("2010-04-28 14:52"), d("2010-04-28 14:51"), d("2010-04-28 14:51"),
       robot_mid("confirmation", "S3KWP-6YHDN"))),
    R("Exchange 2010 NDR in Dutch, mailbox full, headers only"))

add("bounce-exim-plain", Raw("""Return-path: <>
Envelope-to: aanmelden@example.org
From: Mail Delivery System <Mailer-Daemon@mx1.sportwijk.example.org>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1O4aBc-0003xY-7K@mx1.sportwijk.example.org>
Date: %s
X-Failed-Recipients: r30@sportwijk.example.org
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  r30@sportwijk.example.org
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: r30@sportwijk.example.org
Subject: Aanmelding Almere: Sociale ambities in een groeiende stad: inschrijving gesloten
Date: %s
Auto-Submitted: auto-replied
X-Regbot-Kind: closed

Beste Reiziger Dertig,

Dank voor uw aanmelding. De inschrijving voor de leergang is gesloten
sinds 25 mei 2010.
""" % (d("2010-05-31 09:20"), d("2010-05-27 09:16"))),
    R("Exim plain-text bounce after retries"))

add("bounce-qmail", Raw("""From: MAILER-DAEMON@mail.bewonersplatform.example.nl
To: aanmelden@example.org
Subject: failure notice
Date: %s
Message-ID: <20100331082211.12345.qmail@mail.bewonersplatform.example.nl>

Hi. This is the qmail-send program at mail.bewonersplatform.example.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<c108@bewonersplatform.example.nl>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: c108@bewonersplatform.example.nl
Subject: Uw vraag is doorgestuurd: nog plaatsen?
Auto-Submitted: auto-replied
X-Regbot-Kind: question

Beste Coordinator Honderdacht,

Dank voor uw vraag over de leergang
"Almere: Sociale ambities in een groeiende stad".
Wij hebben die doorgestuurd naar het programmasecretariaat; u krijgt
zo snel mogelijk persoonlijk antwoord.
""" % d("2010-04-30 11:13")),
    R("qmail bounce without auto headers"))

add("bounce-domino", Raw("""From: Postmaster@zorgkompas.example.nl
To: aanmelden@example.org
Subject: DELIVERY FAILURE: User Teamlid Tweeendertig (Teamlid.Tweeendertig@zorgkompas.example.nl) not listed in Domino Directory
Date: %s
Message-ID: <OF0A1B2C3D.4E5F6A7B-ONC1257701.002F1E2D@zorgkompas.example.nl>
X-MIMETrack: Itemize by SMTP Server on DOMSRV02/ZK(Release 8.5.1|September 28, 2009)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="==IFJRGLKFGIR3333UHRUHIHD"

--==IFJRGLKFGIR3333UHRUHIHD
Content-Type: text/plain

Your message

  Subject: Herinnering: dag 2 van Almere: Sociale ambities in een groeiende stad, donderdag 23 september 2010

was not delivered to:

  Teamlid.Tweeendertig@zorgkompas.example.nl

because:

  User Teamlid Tweeendertig (Teamlid.Tweeendertig@zorgkompas.example.nl) not listed in Domino Directory

--==IFJRGLKFGIR3333UHRUHIHD
Content-Type: message/delivery-status

Reporting-MTA: dns;DOMSRV02.zorgkompas.example.nl

Final-Recipient: rfc822;Teamlid.Tweeendertig@zorgkompas.example.nl
Action: failed
Status: 5.0.0

--==IFJRGLKFGIR3333UHRUHIHD--
""" % d("2010-09-16 08:05")),
    R("Lotus Domino delivery failure for a reminder"))

add("bounce-gmail-style", Raw("""Delivered-To: aanmelden@example.org
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: aanmelden@example.org
Subject: Delivery Status Notification (Failure)
Date: %s
Message-ID: <0015175cd0f2b2a1e10483d7c8a1@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     vol107@gmail.example.com

Technical details of permanent failure:
The email account that you tried to reach is disabled.

----- Original message -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: vol107@gmail.example.com
Subject: Your question has been passed on: Fee for volunteers?
Auto-Submitted: auto-replied
X-Regbot-Kind: question

Dear Volunteer HundredSeven,

Thank you for your question about the course
"Almere: Sociale ambities in een groeiende stad".
""" % d("2010-03-05 21:11")),
    R("Gmail-style plain-text failure notice"))

add("bounce-groupwise-nl", Raw("""From: Postmaster <postmaster@prototype.example.nl>
To: aanmelden@example.org
Subject: Bericht kon niet worden afgeleverd
Date: %s
Message-ID: <4BA1D0C3.A5D3.00AE.0@prototype.example.nl>
X-Mailer: Novell GroupWise Internet Agent 8.0.1
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1

Het bericht dat u verzond kon niet worden afgeleverd bij:

  b.negen@prototype.example.nl  (postbus vergrendeld)

Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [V4SPA-Q7XGJ]
Verzonden: 12-03-2010 10:46
""" % d("2010-03-12 10:47")),
    R("GroupWise Dutch non-delivery without auto headers"))

add("bounce-postfix-delay", Raw("""From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: aanmelden@example.org
Subject: Delayed Mail (still being retried)
Date: %s
Message-ID: <20100408121500.9A8B7C6D5E@mail.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9A8B7C6D5E.1270721700/mail.example.org"

--9A8B7C6D5E.1270721700/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<guest27@familyservices.example.com>: connect to
    mx.familyservices.example.com[192.0.2.27]:25: Connection timed out

--9A8B7C6D5E.1270721700/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; guest27@familyservices.example.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: %s

--9A8B7C6D5E.1270721700/mail.example.org--
""" % (d("2010-04-08 12:15"), d("2010-04-13 08:12"))),
    R("Postfix delay warning"))

add("bounce-mdaemon", Raw("""From: MDaemon@woonkracht.example.nl
To: aanmelden@example.org
Subject: Permanent Delivery Failure
Date: %s
Message-ID: <MDAEMON10002201004061000.AA0001234@woonkracht.example.nl>
X-MDaemon-Deliver-To: aanmelden@example.org
X-Return-Path: <>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND THIS MESSAGE.

--- Session Transcript ---
 Tue 2010-04-06 10:00:01: Parsing message <woonkracht.example.nl\\pd50001234.msg>
 Tue 2010-04-06 10:00:01: *  From: aanmelden@example.org
 Tue 2010-04-06 10:00:01: *  To: verkenner25@woonkracht.example.nl
 Tue 2010-04-06 10:00:01: *  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [C6WQH-9LMTS]
 Tue 2010-04-06 10:00:02: Unknown user: verkenner25
--- End Transcript ---
""" % d("2010-04-06 10:00")),
    R("MDaemon permanent failure"))

add("bounce-success-dsn", Raw("""From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: aanmelden@example.org
Subject: Successful Mail Delivery Report
Date: %s
Message-ID: <20100322101000.1A2B3C4D5E@mail.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="1A2B3C4D5E.1269249000/mail.example.org"

--1A2B3C4D5E.1269249000/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

Your message was successfully delivered to the destination(s)
listed below.

<hr59@carecoop.example.com>: delivery via mx.carecoop.example.com[192.0.2.59]:25:
    250 2.0.0 Ok: queued as 77AA

--1A2B3C4D5E.1269249000/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; hr59@carecoop.example.com
Action: delivered
Status: 2.0.0

--1A2B3C4D5E.1269249000/mail.example.org--
""" % d("2010-03-22 10:10")),
    R("success DSN"))

# ---- auto-replies -----------------------------------------------------------

add("ooo-exchange2010-nl", Raw("""From: Vakgenoot Vierenveertig <vv44@denkbeeld.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Y3HNK-7QDZS]
Date: %s
Message-ID: <8f2b1c9d0e4a4b6f9a1c2d3e4f5a6b7c@EXCH01.denkbeeld.example.nl>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: vv44@denkbeeld.example.nl
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ik ben tot en met 12 maart afwezig. Voor dringende zaken kunt u contact =
opnemen met het secretariaat, 036-5401100. Uw mail over de aanmelding =
lees ik na mijn terugkomst.
""" % d("2010-03-04 09:31")),
    R("Exchange 2010 out-of-office in Dutch with Auto-Submitted"))

add("ooo-notes-no-header", Raw("""From: Verkenner Vijfenvijftig <v55@blauwdruk.example.org>
To: aanmelden@example.org
Subject: Afwezigheidsmelding: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
Date: %s
Message-ID: <OFA1B2C3D4.E5F6A7B8-ONC12576F0.003A1B2C-C12576F0.003A1B2C@blauwdruk.example.org>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Ik ben afwezig vanaf 15-03-2010 en ben terug op 29-03-2010.

Ik zal uw bericht beantwoorden na mijn terugkeer. In dringende gevallen kunt u bellen met 036-548 20 00.
""" % d("2010-03-15 11:41")),
    R("Notes out-of-office without Auto-Submitted"))

add("ooo-vacation-precedence", Raw("""From: Kennismaker Zes <k.zes@rasterwijk.example.org>
To: aanmelden@example.org
Subject: Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [R5JYB-K9PQS]
Date: %s
Message-ID: <vacation.1268160000.2211@rasterwijk.example.org>
Precedence: bulk
X-Mailer: vacation 1.2.7
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

I am out of the office until 22 March. Ik ben afwezig tot 22 maart.
""" % d("2010-03-09 16:52")),
    R("Unix vacation with Precedence: bulk"))

add("ooo-gmail-vacation-en", Raw("""From: Observer ThirtyOne <observer31@gmail.example.com>
To: aanmelden@example.org
Subject: Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad
Date: %s
Message-ID: <AANLkTimVacation31a@mail.gmail.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Thanks for your email. I'm travelling until 3 May with limited access to email.
""" % d("2010-04-13 23:05")),
    R("Gmail vacation responder"))

add("ooo-none-headers-registration-words", Raw("""From: Teamleider Drieenveertig <tl43@denkbeeld.example.nl>
To: aanmelden@example.org
Subject: Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [P9LXC-4RGWF]
Date: %s
Message-ID: <4B8F7A21.6070102@denkbeeld.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dank voor uw bericht. Ik ben op donderdag niet werkzaam. Voor aanmeldingen,
afmeldingen en vragen over cursussen kunt u terecht bij ons secretariaat
(secretariaat@denkbeeld.example.nl, 036-5401100).

Met vriendelijke groet,
Teamleider Drieenveertig
""" % d("2010-03-04 09:31")),
    R("part-time auto-reply without any auto headers, with registration words"))

add("ooo-zimbra-en", Raw("""From: Worker HundredTwentySeven <w127@youthtrust.example.com>
To: aanmelden@example.org
Subject: Out of Office: Re: Possible registration
Date: %s
Message-ID: <1817722.41.1269890000123.JavaMail.root@zimbra.youthtrust.example.com>
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

I am on leave until 12 April. For urgent matters please call 036 720 1800.
""" % d("2010-03-29 19:20")),
    R("Zimbra vacation reply"))

add("ooo-address-changed", Raw("""From: noreply@speelruimte.example.nl
To: aanmelden@example.org
Subject: Nieuw e-mailadres / new e-mail address
Date: %s
Message-ID: <autoreply.2010033021.5501@speelruimte.example.nl>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dit adres is niet meer in gebruik. Stichting Speelruimte Denkbeeld is
bereikbaar via info@speelruimte-denkbeeld.example.nl. Uw bericht is niet
doorgestuurd.
""" % d("2010-03-30 21:56")),
    R("'address no longer in use' auto-reply with X-Autoreply only"))

# ---- calendar replies -------------------------------------------------------

add("ical-outlook-accepted", Raw("""From: Vakgenoot Een <v.een@denkbeeld.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad, dag 1
Date: %s
Message-ID: <A1B2C3D4E5F6@EXCH01.denkbeeld.example.nl>
Thread-Topic: Almere: Sociale ambities in een groeiende stad, dag 1
X-Mailer: Microsoft Outlook 14.0
MIME-Version: 1.0
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED:MAILTO:v.een@denkbeeld.example.nl
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Almere: Sociale ambities in een groeiende stad, dag 1
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-KX4TM-R8DPW-day1@example.org
ORGANIZER:MAILTO:aanmelden@example.org
DTSTAMP:20100302T091500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""" % d("2010-03-02 10:15")),
    R("Outlook calendar 'accepted'"))

add("ical-google-declined", Raw("""From: Observer Three <observer.three@gmail.example.com>
To: aanmelden@example.org
Subject: Declined: Almere: Sociale ambities in een groeiende stad, day 3 @ Tue 2 Nov 2010 09:45 - 16:30 (observer.three@gmail.example.com)
Date: %s
Message-ID: <001636e0b6e4c1ca250488b3c3d2@google.com>
Reply-To: Observer Three <observer.three@gmail.example.com>
Sender: Google Calendar <calendar-notification@google.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=001636e0b6e4c1ca1d0488b3c3d0

--001636e0b6e4c1ca1d0488b3c3d0
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes

Observer Three has declined this invitation.

Almere: Sociale ambities in een groeiende stad, day 3
When: Tue 2 Nov 2010 09:45 - 16:30 Amsterdam
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, Almere

--001636e0b6e4c1ca1d0488b3c3d0
Content-Type: text/calendar; charset=ISO-8859-1; method=REPLY

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20101102T084500Z
DTEND:20101102T153000Z
UID:regbot-T9FLC-3MVXA-day3@example.org
ATTENDEE;PARTSTAT=DECLINED:mailto:observer.three@gmail.example.com
SUMMARY:Almere: Sociale ambities in een groeiende stad, day 3
END:VEVENT
END:VCALENDAR

--001636e0b6e4c1ca1d0488b3c3d0--
""" % d("2010-10-20 08:00")),
    R("Google Calendar 'declined' for one day: machine mail, not a cancellation"))

add("ical-apple-tentative", Raw("""From: Member Seven <member.seven@youthtrust.example.com>
To: aanmelden@example.org
Subject: Tentatively Accepted: Almere: Sociale ambities in een groeiende stad, day 2
Date: %s
Message-ID: <7E6D5C4B-3A29-4187-96F5-0E1D2C3B4A59@youthtrust.example.com>
X-Mailer: iCal 4.0.1 (1020)
MIME-Version: 1.0
Content-Type: text/calendar; charset=utf-8; method=REPLY
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iCal 4.0.1//EN
METHOD:REPLY
BEGIN:VEVENT
UID:regbot-H3ZUV-W6LMD-day2@example.org
DTSTAMP:20100915T080000Z
DTSTART;TZID=Europe/Amsterdam:20100923T094500
ATTENDEE;PARTSTAT=TENTATIVE:mailto:member.seven@youthtrust.example.com
SUMMARY:Almere: Sociale ambities in een groeiende stad, day 2
END:VEVENT
END:VCALENDAR
""" % d("2010-09-15 10:00")),
    R("iCal 'tentative'"))

# ---- read receipts ----------------------------------------------------------

add("mdn-thunderbird", Raw("""From: Verkenner Twee <verkenner.twee@blauwdruk.example.org>
To: aanmelden@example.org
Subject: Ontvangstbevestiging (weergegeven) - Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B7NQ3-HW2ZE]
Date: %s
Message-ID: <4B8E7F10.2030405@blauwdruk.example.org>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; nl; rv:1.9.1.8) Gecko/20100227 Thunderbird/3.0.3
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="------------mdn010203040506"

--------------mdn010203040506
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dit is een ontvangstbevestiging voor het bericht dat u verzond aan verkenner.twee@blauwdruk.example.org.

Opmerking: deze ontvangstbevestiging geeft alleen aan dat het bericht werd weergegeven op de computer van de ontvanger. Er is geen garantie dat de ontvanger de inhoud van het bericht heeft gelezen of begrepen.

--------------mdn010203040506
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: Mozilla/5.0 Thunderbird/3.0.3
Final-Recipient: rfc822;verkenner.twee@blauwdruk.example.org
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn010203040506--
""" % (d("2010-03-03 15:01"), robot_mid("confirmation", "B7NQ3-HW2ZE"))),
    R("Thunderbird read receipt (MDN) with the code in the subject"))

add("mdn-outlook-gelezen", Raw("""From: Director Twelve <d.twelve@carecoop.example.com>
To: aanmelden@example.org
Subject: Read: Registration confirmed: Almere: Sociale ambities in een groeiende stad [Z6HMN-4BRTE]
Date: %s
Message-ID: <0A1B2C3D4E5F$60718293$a4b5c6d7@carecoop.example.com>
X-Mailer: Microsoft Office Outlook 12.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_000_0012_01CAC4B1.5F3A2B10"

------=_NextPart_000_0012_01CAC4B1.5F3A2B10
Content-Type: text/plain; charset="us-ascii"

Your message

  To: Director Twelve
  Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [Z6HMN-4BRTE]
  Sent: 15-3-2010 09:21

was read on 15-3-2010 11:02.

------=_NextPart_000_0012_01CAC4B1.5F3A2B10
Content-Type: message/disposition-notification

Final-Recipient: RFC822; d.twelve@carecoop.example.com
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0012_01CAC4B1.5F3A2B10--
""" % d("2010-03-15 11:02")),
    R("Outlook read receipt"))

# ---- challenge-response, lists, bulk, spam ----------------------------------

add("challenge-response", Raw("""From: "Partner Fifteen (via SpamWall)" <confirm-9a8b7c@spamwall.example.net>
To: aanmelden@example.org
Subject: Please confirm your message to partner_fifteen@yahoo.example.com
Date: %s
Message-ID: <cr.9a8b7c6d5e@spamwall.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

You recently sent a message to partner_fifteen@yahoo.example.com. To protect
against spam, please confirm that you are a real person by visiting the
link below within 7 days:

  http://spamwall.example.net/confirm?id=9a8b7c6d5e

Your original message will be delivered once you confirm.
""" % d("2010-03-18 19:03")),
    R("challenge-response confirmation request"))

add("newsletter-movisie-like", Raw("""From: Nieuwsbrief Sociaal Domein <nieuwsbrief@kennisplein.example.org>
To: aanmelden@example.org
Subject: Nieuwsbrief april: aanmelden voor de Wijkendag, nieuwe leergangen
Date: %s
Message-ID: <nb.2010-04.4471@kennisplein.example.org>
List-Id: Nieuwsbrief Sociaal Domein <nieuwsbrief.kennisplein.example.org>
List-Unsubscribe: <http://kennisplein.example.org/afmelden?u=4471>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

NIEUWSBRIEF SOCIAAL DOMEIN - april 2010

* Aanmelden voor de Landelijke Wijkendag (12 juni) kan nu
* Nieuwe leergang 'Buurtgericht werken' start in september
* Column: de kracht van de wijk

Afmelden voor deze nieuwsbrief? Klik op de link onderaan.
""" % d("2010-04-07 06:00")),
    R("newsletter with List-Id and registration words"))

add("newsletter-html-bulk-en", Raw("""From: Example Events <events@eventmail.example.com>
To: aanmelden@example.org
Subject: Register now: Community Building Summit 2010 - early bird ends Friday
Date: %s
Message-ID: <20100420.1.ee88@eventmail.example.com>
Precedence: bulk
List-Unsubscribe: <mailto:unsubscribe@eventmail.example.com>
X-Campaign: summit2010-eb
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><body><h1>Community Building Summit 2010</h1><p>Register now and save 20%%! Early bird ends Friday.</p><p><a href="http://eventmail.example.com/r/ee88">Register here</a></p><p><small>You receive this mail because you subscribed. <a href="http://eventmail.example.com/u/ee88">Unsubscribe</a></small></p></body></html>
""" % d("2010-04-20 14:00")),
    R("HTML bulk mail for another event"))

add("mailman-digest", Raw("""From: wijkwerk-request@lists.example.org
To: wijkwerk@lists.example.org
Subject: Wijkwerk Digest, Vol 12, Issue 4
Date: %s
Message-ID: <mailman.12.1270800000.4471.wijkwerk@lists.example.org>
List-Id: Wijkwerk discussielijst <wijkwerk.lists.example.org>
List-Unsubscribe: <http://lists.example.org/mailman/listinfo/wijkwerk>, <mailto:wijkwerk-request@lists.example.org?subject=unsubscribe>
Precedence: list
Sender: wijkwerk-bounces@lists.example.org
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Send Wijkwerk mailing list submissions to
	wijkwerk@lists.example.org

Today's Topics:

   1. Leergang Almere - wie gaat er? (Buurtwerker X)
   2. Re: aanmelden via mail werkt prima (Coordinator Y)

----------------------------------------------------------------------

Message: 1
Date: Thu, 8 Apr 2010 09:12:00 +0200
From: Buurtwerker X
Subject: Leergang Almere - wie gaat er?

Ik heb me aangemeld voor de leergang in Almere, wie nog meer?
""" % d("2010-04-09 08:00")),
    R("Mailman digest, delivered to the robot via a list"))

add("spam-pharmacy", Raw("""From: "Online Pharmacy" <sales@cheap-meds.example.net>
To: aanmelden@example.org
Subject: Re: your registration - 80%% off today
Date: %s
Message-ID: <20100311.abcd1234@cheap-meds.example.net>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1

<html><body><p>Best prices on meds! Your registration gives you 80%% off today only.</p><a href="http://cheap-meds.example.net/">Order now</a></body></html>
""" % d("2010-03-11 03:14")),
    R("spam with a 'registration' subject"))

add("spam-domain-renewal", Raw("""From: Domain Registry Services <renewals@domain-registry.example.net>
To: aanmelden@example.org
Subject: Final notice: domain registration example.org expires
Date: %s
Message-ID: <dr.55123@domain-registry.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

FINAL NOTICE

Domain: example.org
Registration period: 1 year
Amount due: USD 75.00

Name: ______________
Organisation: ______________
Phone: ______________

Return this form to renew your registration.
""" % d("2010-04-02 02:02")),
    R("'domain registration' spam with an empty form"))

add("spam-lottery-nl", Raw("""From: Nationale Prijzenactie <winnaar@prijzen.example.net>
To: aanmelden@example.org
Subject: Gefeliciteerd! U heeft gewonnen
Date: %s
Message-ID: <win.7788@prijzen.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1

Geachte deelnemer,

U bent geselecteerd als winnaar van EUR 25.000. Stuur uw naam, adres,
telefoonnummer en bankgegevens naar ons om uw prijs te ontvangen.
""" % d("2010-05-01 04:44")),
    R("Dutch lottery spam asking for name and phone"))

add("ticket-ack", Raw("""From: Servicedesk ICT Zorggroep Blauwdruk <servicedesk@blauwdruk.example.org>
To: aanmelden@example.org
Subject: [Melding #2010-04711] Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
Date: %s
Message-ID: <ticket.2010-04711@servicedesk.blauwdruk.example.org>
Auto-Submitted: auto-generated
X-Ticket-System: TOPdesk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Beste aanvrager,

Uw melding is geregistreerd onder nummer 2010-04711. Wij nemen zo spoedig
mogelijk contact met u op.

Servicedesk ICT
""" % d("2010-04-20 06:01")),
    R("service-desk ticket acknowledgement"))
