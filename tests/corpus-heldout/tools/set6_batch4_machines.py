"""Set 6, batch 4: machine mail, given byte for byte (typed by hand):
bounces, delivery reports, auto-replies, calendar replies, receipts,
lists, spam, ticket systems. None of them may get a reply."""
from set6_lib import *  # noqa: F401,F403

RM = "aanmelden@example.org"

# 104 qmail: over quota, returns the confirmation (ZQTER-ZAWR3)
s, b = conf_en("Correspondent Seven", "ZQTER-ZAWR3", "Sample Elderly Care Almere", "client adviser",
               "correspondent7@elderlycare.example.com", phone="036 555 0707",
               ia="Sample Elderly Care Almere, attn. accounts payable, Randstad 21-07, 1314 BD Almere",
               ir="7700-118")
orig = robot_mail(s, b, "confirmation", "ZQTER-ZAWR3", "correspondent7@elderlycare.example.com",
                  "2010-03-08 16:02", "en")
add("bounce-qmail-quota", Raw("""
Return-Path: <>
Received: from mx.elderlycare.example.com (mx.elderlycare.example.com [192.0.2.70])
	by mail.example.org (Postfix) with SMTP id 4F1C22A0B1
	for <aanmelden@example.org>; Mon,  8 Mar 2010 16:02:41 +0100 (CET)
Date: 8 Mar 2010 15:02:39 -0000
From: MAILER-DAEMON@mx.elderlycare.example.com
To: aanmelden@example.org
Subject: failure notice
Message-ID: <20100308150239.31822.qmail@mx.elderlycare.example.com>

Hi. This is the qmail-send program at mx.elderlycare.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<correspondent7@elderlycare.example.com>:
The users mailfolder is over the allowed quota (size). (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
Received: (qmail 31820 invoked from network); 8 Mar 2010 15:02:38 -0000
Received: from mail.example.org (192.0.2.10)
  by mx.elderlycare.example.com with SMTP; 8 Mar 2010 15:02:38 -0000
""" + orig),
    R("qmail bounce (over quota) returning the confirmation"))

# 105 Exchange 2010 NDR in English with text/rfc822-headers
add("bounce-exchange2010-en-headers", Raw("""
Received: from EXHUB01.meeschaalmodel.example.org (192.0.2.51) by
 EXCAS01.meeschaalmodel.example.org (192.0.2.52) with Microsoft SMTP Server id
 14.0.694.0; Tue, 11 May 2010 09:14:02 +0200
From: postmaster@meeschaalmodel.example.org
To: aanmelden@example.org
Date: Tue, 11 May 2010 09:14:02 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAF0D1E4A5C2D400000004EXCAS01.meeschaa"
X-DSNContext: 7ce717b1 - 1196 - 00000002 - 00000000
Message-ID: <1bQ2kc7Ph000000a1@EXCAS01.meeschaalmodel.example.org>
Subject: Undeliverable: You have a seat: Almere: Sociale ambities in een groeiende stad [755PN-B8QND]
Auto-Submitted: auto-replied

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAF0D1E4A5C2D400000004EXCAS01.meeschaa
Content-Type: text/plain; charset=unicode-1-1-utf-7

Delivery has failed to these recipients or groups:

k.50@meeschaalmodel.example.org
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EXCAS01.meeschaalmodel.example.org

k.50@meeschaalmodel.example.org
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from mail.example.org (192.0.2.10) by EXHUB01.meeschaalmodel.example.org
 (192.0.2.51) with Microsoft SMTP Server id 14.0.694.0; Tue, 11 May 2010
 09:14:01 +0200
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: k.50@meeschaalmodel.example.org
Subject: You have a seat: Almere: Sociale ambities in een groeiende stad [755PN-B8QND]
Date: Tue, 11 May 2010 09:13:58 +0200
Message-ID: """ + robot_mid("promotion", "755PN-B8QND") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: promotion
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--9B095B5ADSN=_01CAF0D1E4A5C2D400000004EXCAS01.meeschaa
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCAS01.meeschaalmodel.example.org
Received-From-MTA: dns;mail.example.org
Arrival-Date: Tue, 11 May 2010 09:14:01 +0200

Final-Recipient: rfc822;k.50@meeschaalmodel.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--9B095B5ADSN=_01CAF0D1E4A5C2D400000004EXCAS01.meeschaa
Content-Type: text/rfc822-headers

Received: from mail.example.org (192.0.2.10) by EXHUB01.meeschaalmodel.example.org
 (192.0.2.51) with Microsoft SMTP Server id 14.0.694.0; Tue, 11 May 2010
 09:14:01 +0200
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: k.50@meeschaalmodel.example.org
Subject: You have a seat: Almere: Sociale ambities in een groeiende stad [755PN-B8QND]
Date: Tue, 11 May 2010 09:13:58 +0200
Message-ID: """ + robot_mid("promotion", "755PN-B8QND") + """
X-Regbot-Kind: promotion

--9B095B5ADSN=_01CAF0D1E4A5C2D400000004EXCAS01.meeschaa--
"""), R("Exchange 2010 NDR, recipient not found, headers only"))

# 106 Postfix DSN returning a waiting-list notice (D92BB-ASEJD)
s, b = wait_nl("Buurtwerker Zevenenzeventig", "D92BB-ASEJD", 2, "Buurtwerk Concepthaven", "teamleider",
               "buurtwerker77@concepthaven.example.nl", cap=True,
               ia="Buurtwerk Concepthaven, Postbus 3535, 1300 EF Almere")
orig = robot_mail(s, b, "waitlist", "D92BB-ASEJD", "buurtwerker77@concepthaven.example.nl",
                  "2010-04-13 16:31")
add("bounce-postfix-dsn-waitlist", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 7A2E12A0C4; Tue, 13 Apr 2010 16:31:09 +0200 (CEST)
Date: Tue, 13 Apr 2010 16:31:09 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7A2E12A0C4.1271169069/mail.example.org"
Message-Id: <20100413143109.7A2E12A0C4@mail.example.org>

This is a MIME-encapsulated message.

--7A2E12A0C4.1271169069/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<buurtwerker77@concepthaven.example.nl>: host mx.concepthaven.example.nl[192.0.2.88]
    said: 550 5.1.1 <buurtwerker77@concepthaven.example.nl>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)

--7A2E12A0C4.1271169069/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 7A2E12A0C4
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 13 Apr 2010 16:31:08 +0200 (CEST)

Final-Recipient: rfc822; buurtwerker77@concepthaven.example.nl
Original-Recipient: rfc822;buurtwerker77@concepthaven.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.concepthaven.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <buurtwerker77@concepthaven.example.nl>:
    Recipient address rejected: User unknown in local recipient table

--7A2E12A0C4.1271169069/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + orig + """
--7A2E12A0C4.1271169069/mail.example.org--
"""), R("Postfix DSN returning a waiting-list notice"))

# 107 Exim plain text: retry timeout for a reminder (YEGML-DNQ9A)
add("bounce-exim-reminder", Raw("""
Return-path: <>
Envelope-to: aanmelden@example.org
Received: from mailnull by mx2.schetsstad.example.org with local (Exim 4.69)
	id 1Np2xQ-0003kd-Ua
	for aanmelden@example.org; Fri, 17 Sep 2010 10:02:11 +0200
X-Failed-Recipients: tolk80@schetsstad.example.org
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.schetsstad.example.org>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1Np2xQ-0003kd-Ua@mx2.schetsstad.example.org>
Date: Fri, 17 Sep 2010 10:02:11 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tolk80@schetsstad.example.org
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([192.0.2.10])
	by mx2.schetsstad.example.org with esmtp (Exim 4.69)
	id 1NoWq3-0001Rt-2c
	for tolk80@schetsstad.example.org; Thu, 16 Sep 2010 10:00:31 +0200
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: tolk80@schetsstad.example.org
Subject: Herinnering: dag 2 van Almere: Sociale ambities in een groeiende stad, donderdag 23 september 2010 [YEGML-DNQ9A]
Date: Thu, 16 Sep 2010 10:00:00 +0200
Message-ID: """ + robot_mid("reminder", "YEGML-DNQ9A") + """
Auto-Submitted: auto-generated
X-Regbot-Kind: reminder
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste Tolk Tachtig,

Over 7 dagen, donderdag 23 september 2010, is dag 2 van de leergang
"Almere: Sociale ambities in een groeiende stad".
Wij rekenen op uw komst.
"""), R("Exim bounce (retry timeout) of a reminder"))

# 108 Domino, Dutch delivery failure report
add("bounce-domino-nl", Raw("""
Return-Path: <>
Subject: Rapport over niet-bezorgde berichten
From: Postmaster@meeschaalmodel.example.org
To: aanmelden@example.org
Date: Wed, 24 Mar 2010 09:21:44 +0100
Message-ID: <OF8A1C2E55.7B0E1F22-ONC12576F0.002E2B11@meeschaalmodel.example.org>
X-MIMETrack: Itemize by SMTP Server on DOMSRV02/MEE(Release 8.5.1|September 28, 2009) at
 24-03-2010 09:21:44
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0__=8FBBF1C7DFDB71428f9e8a93df938690918c8FBBF1C7DFDB7142"

--0__=8FBBF1C7DFDB71428f9e8a93df938690918c8FBBF1C7DFDB7142
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Het bericht kon niet worden bezorgd bij de volgende ontvanger:

  k.49@meeschaalmodel.example.org

Reden: Gebruiker k.49@meeschaalmodel.example.org komt niet voor in het
Domino-adresboek. Het bericht is niet bezorgd.

Oorspronkelijk bericht:
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeie=
nd stad [MNN77-3UUXT]
  Verzonden: 23-03-2010 09:20

--0__=8FBBF1C7DFDB71428f9e8a93df938690918c8FBBF1C7DFDB7142
Content-Type: message/delivery-status

Reporting-MTA: dns; DOMSRV02.meeschaalmodel.example.org

Final-Recipient: rfc822;k.49@meeschaalmodel.example.org
Action: failed
Status: 5.1.1

--0__=8FBBF1C7DFDB71428f9e8a93df938690918c8FBBF1C7DFDB7142--
"""), R("Domino delivery failure report in Dutch"))

# 109 Sendmail delay warning (SEEMG-4GB9Y)
add("dsn-sendmail-delay", Raw("""
Return-Path: <MAILER-DAEMON@mail.rocproefstuk.example.nl>
Received: from mail.rocproefstuk.example.nl (mail.rocproefstuk.example.nl [192.0.2.36])
	by mail.example.org (Postfix) with ESMTP id 1B3F42A0D7
	for <aanmelden@example.org>; Mon, 19 Apr 2010 15:40:12 +0200 (CEST)
Date: Mon, 19 Apr 2010 15:40:10 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.rocproefstuk.example.nl>
Message-Id: <201004191340.o3JDeAw4012233@mail.rocproefstuk.example.nl>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="o3JDeAw4012233.1271684410/mail.rocproefstuk.example.nl"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--o3JDeAw4012233.1271684410/mail.rocproefstuk.example.nl

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 19 Apr 2010 11:36:40 +0200
from mail.example.org [192.0.2.10]

   ----- Transcript of session follows -----
<leerling36@rocproefstuk.example.nl>... Deferred: Connection timed out with mailstore.rocproefstuk.example.nl.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--o3JDeAw4012233.1271684410/mail.rocproefstuk.example.nl
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.rocproefstuk.example.nl
Arrival-Date: Mon, 19 Apr 2010 11:36:40 +0200

Final-Recipient: RFC822; leerling36@rocproefstuk.example.nl
Action: delayed
Status: 4.4.1
Last-Attempt-Date: Mon, 19 Apr 2010 15:40:10 +0200
Will-Retry-Until: Sat, 24 Apr 2010 11:36:40 +0200

--o3JDeAw4012233.1271684410/mail.rocproefstuk.example.nl
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: leerling36@rocproefstuk.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [SEEMG-4GB9Y]
Date: Mon, 19 Apr 2010 11:36:38 +0200
Message-ID: """ + robot_mid("confirmation", "SEEMG-4GB9Y") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation

--o3JDeAw4012233.1271684410/mail.rocproefstuk.example.nl--
"""), R("sendmail delay warning"))

# 110 Gmail-style failure notice for the 'details missing' mail
s, b = incomplete_en("Trekker NinetyOne", ["organisation"],
                     [("Name", "Trekker NinetyOne"), ("E-mail", "trekker19@gmail.example.com")])
add("bounce-gmail-style", Raw("""
Return-Path: <>
Received: by 10.223.4.200 with SMTP id 8mr812345fas.33; Fri, 23 Apr 2010 00:14:21 -0700 (PDT)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>
To: aanmelden@example.org
X-Failed-Recipients: trekker19@gmail.example.com
Subject: Delivery Status Notification (Failure)
Message-ID: <000e0cd2e4d2a3b5ff0484e1c3a9@google.example.com>
Date: Fri, 23 Apr 2010 07:14:21 +0000
Content-Type: text/plain; charset=ISO-8859-1

This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     trekker19@gmail.example.com

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

----- Original message -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: trekker19@gmail.example.com
Subject: """ + s + """
Message-ID: """ + robot_mid("incomplete", "trekker19") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: incomplete

""" + b + "\n"), R("Gmail-style failure notice returning the 'details missing' mail"))

# 111 a Dutch provider's plain-text bounce
add("bounce-provider-nl-plain", Raw("""
Return-Path: <>
From: MAILER-DAEMON@smtp.internetthuis.example.nl (Mail Delivery System)
To: aanmelden@example.org
Subject: Onbestelbaar: Re: Aanmelding leergang
Date: Thu, 6 May 2010 18:22:03 +0200 (CEST)
Message-Id: <20100506162203.2F11B8C01A@smtp.internetthuis.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht van de mailserver van InternetThuis.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

    huisadres.zestig@internetthuis.example.nl

De mailbox van deze ontvanger is opgeheven.

Foutmelding van de ontvangende server:
    550 5.2.1 Mailbox disabled for this recipient

Onderwerp van het oorspronkelijke bericht: Re: Aanmelding leergang
""", "iso-8859-1"), R("a provider's plain-text bounce in Dutch, no auto headers"))

# 112 success DSN
add("dsn-postfix-success", Raw("""
Return-Path: <>
Date: Mon, 26 Apr 2010 16:06:02 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Successful Mail Delivery Report
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C0912A0E2.1272290762/mail.example.org"
Message-Id: <20100426140602.5C0912A0E2@mail.example.org>

This is a MIME-encapsulated message.

--5C0912A0E2.1272290762/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<teamspeler92@zorggroepontwerp.example.com>: delivery via
    mx.zorggroepontwerp.example.com[192.0.2.40]:25: 250 2.6.0 Queued mail for
    delivery

--5C0912A0E2.1272290762/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 5C0912A0E2
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Mon, 26 Apr 2010 16:06:01 +0200 (CEST)

Final-Recipient: rfc822; teamspeler92@zorggroepontwerp.example.com
Original-Recipient: rfc822;teamspeler92@zorggroepontwerp.example.com
Action: relayed
Status: 2.0.0
Remote-MTA: dns; mx.zorggroepontwerp.example.com
Diagnostic-Code: smtp; 250 2.6.0 Queued mail for delivery

--5C0912A0E2.1272290762/mail.example.org--
"""), R("Postfix success DSN"))

# 113 Exchange 2010 out-of-office with Auto-Submitted, to the confirmation (BHFX3-HEPV4)
s, b = conf_nl("Bijzitter Tweeentwintig", "BHFX3-HEPV4", "Woonstichting Plattegrond",
               "wijkconsulent Almere Poort", "b.tweeentwintig@plattegrond.example.nl",
               phone="036 - 555 22 22", ia="Woonstichting Plattegrond, Postbus 808, 1300 AH Almere",
               ir="inkoopnummer 10-0822")
add("ooo-exchange2010-autosubmitted", Raw("""
From: Bijzitter Tweeentwintig <b.tweeentwintig@plattegrond.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: """ + s + """
Thread-Topic: """ + s + """
Date: Wed, 24 Mar 2010 10:44:31 +0100
Message-ID: <A41C33F0E9B2D8459C1B88AE2D4F0B7A01D3@EXMBX01.plattegrond.example.nl>
In-Reply-To: """ + robot_mid("confirmation", "BHFX3-HEPV4") + """
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: b.tweeentwintig@plattegrond.example.nl
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Dank voor uw bericht. Ik ben tot en met 6 april afwezig en lees mijn mail=
 niet. Voor dringende zaken over huurders in Almere Poort kunt u bellen met=
 ons klantcontactcentrum, 036 - 555 22 00.

Met vriendelijke groet,
Bijzitter Tweeentwintig
"""), R("Exchange 2010 out-of-office with Auto-Submitted, in reply to a confirmation"))

# 114 Lotus Notes out-of-office without auto headers
add("ooo-notes-no-headers", Raw("""
From: Klankbord Eenenvijftig <k.51@meeschaalmodel.example.org>
To: aanmelden@example.org
Subject: Klankbord Eenenvijftig is afwezig.
Date: Tue, 23 Mar 2010 09:21:02 +0100
Message-ID: <OFD21B77A0.5E3C11F2-ONC12576F0.0033A1B2-C12576F0.0033A1B3@meeschaalmodel.example.org>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Ik ben afwezig vanaf 22-03-2010 en ben terug op 29-03-2010.

Ik zal uw bericht beantwoorden wanneer ik terug ben. Voor dringende zaken
kunt u contact opnemen met ons secretariaat, telefoon 036 555 5100.
"""), R("Notes out-of-office without auto headers"))

# 115 vacation with Precedence: bulk
add("ooo-vacation-precedence", Raw("""
From: Reader SixtySeven <reader67@debtrelief.example.org>
To: aanmelden@example.org
Subject: away from my mail (Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [8ZYMS-5U3J8])
Date: Thu, 8 Apr 2010 09:11:10 +0200
Message-ID: <vacation.20100408071110.GA4412@debtrelief.example.org>
Precedence: bulk
X-Mailer: vacation 1.2.7.rc4
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

I'm away until 19 April with limited access to e-mail.
For urgent debt counselling matters please call our front desk on
036 555 1200.

Reader SixtySeven
"""), R("vacation reply with Precedence: bulk"))

# 116 Gmail vacation responder
add("ooo-gmail-vacation", Raw("""
MIME-Version: 1.0
Received: by 10.229.11.77 with HTTP; Sat, 1 May 2010 11:02:30 -0700 (PDT)
Date: Sat, 1 May 2010 20:02:30 +0200
Message-ID: <o2x9a1d7c2b1005011102q6c2f1e1ax8d4b0f2b1a@mail.gmail.com>
Subject: Op vakantie
From: Gastheer Achtenveertig <gastheer48@thuiszorgkladwerk.example.nl>
To: aanmelden@example.org
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=ISO-8859-1

Ik ben op vakantie tot 10 mei. Uw mail wordt niet doorgestuurd.
Groet, Gastheer
"""), R("Gmail vacation responder with Auto-Submitted"))

# 117 out-of-office without auto headers but with registration words
add("ooo-no-headers-registration-words", Raw("""
From: Opleidingen Zorggroep Ontwerp <opleidingen@zorggroepontwerp.example.com>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: RE: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
Date: Wed, 10 Mar 2010 14:02:40 +0100
Message-ID: <0E1B44D2A37F2C45B8E1D2C3F4A5B6C7021F@EXMBX02.zorggroepontwerp.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Beste afzender,

Dank voor uw mail aan de afdeling Opleidingen. Tot en met 19 maart is
deze mailbox beperkt bemand. Aanmeldingen voor interne cursussen worden
na die datum verwerkt; u ontvangt dan een bevestiging van uw inschrijving.
Voor afmeldingen voor een training van deze week kunt u bellen met
036 - 555 40 00.

Met vriendelijke groet,
Afdeling Opleidingen Zorggroep Ontwerp
"""), R("a shared mailbox's automatic notice without any auto headers, with registration words"))

# 118 Zimbra out-of-office
add("ooo-zimbra", Raw("""
Return-Path: <tochtgenoot31@proefdruk.example.nl>
Date: Mon, 12 Apr 2010 10:00:41 +0200 (CEST)
From: Tochtgenoot Eenendertig <tochtgenoot31@proefdruk.example.nl>
To: aanmelden@example.org
Message-ID: <1883422105.31.1271059241102.JavaMail.root@zimbra.proefdruk.example.nl>
Subject: Afwezig: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [8FR7J-SVMWR]
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 6.0.5_GA_2213.RHEL5_64

Ik ben tot 14 april met verlof. Uw bericht wordt na mijn terugkomst behandeld.
"""), R("Zimbra out-of-office"))

# 119 Outlook calendar reply: accepted
add("cal-outlook-accepted", Raw("""
From: Denktank Vierendertig <d.vierendertig@plattegrond.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad
Thread-Topic: Almere: Sociale ambities in een groeiende stad
Date: Thu, 15 Apr 2010 14:20:12 +0200
Message-ID: <C2A1B3D4E5F60718293A4B5C6D7E8F9001AB@EXMBX01.plattegrond.example.nl>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_C2A1B3D4E5F60718293A4B5C6D7E8F9001ABEXMBX01plattegr_"

--_000_C2A1B3D4E5F60718293A4B5C6D7E8F9001ABEXMBX01plattegr_
Content-Type: text/plain; charset="us-ascii"

Denktank Vierendertig heeft geaccepteerd.

--_000_C2A1B3D4E5F60718293A4B5C6D7E8F9001ABEXMBX01plattegr_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

""" + b64("""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Denktank Vierendertig:mailto:d.vierendertig@plattegrond.example.nl
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Almere: Sociale ambities in een groeiende stad
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-day1-denktank34@example.org
ORGANIZER:mailto:aanmelden@example.org
LOCATION:De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere
DTSTAMP:20100415T122012Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""") + """

--_000_C2A1B3D4E5F60718293A4B5C6D7E8F9001ABEXMBX01plattegr_--
"""), R("Outlook calendar reply: accepted"))

# 120 Google Calendar reply: declined
add("cal-google-declined", Raw("""
MIME-Version: 1.0
Sender: Google Calendar <calendar-notification@google.example.com>
Reply-To: Onlooker Sixteen <onlooker16@housingcoop.example.com>
Date: Thu, 18 Mar 2010 08:40:12 +0000
Message-ID: <0016e6d7e4a8f3b2c40482101234@google.example.com>
Subject: Declined: Almere: Sociale ambities in een groeiende stad - dag 2 @ Thu Sep 23 09:45 - 16:30 (aanmelden@example.org)
From: Onlooker Sixteen <onlooker16@housingcoop.example.com>
To: aanmelden@example.org
Content-Type: multipart/mixed; boundary=0016e6d7e4a8f3b2bb04821011ef

--0016e6d7e4a8f3b2bb04821011ef
Content-Type: multipart/alternative; boundary=0016e6d7e4a8f3b2b904821011ed

--0016e6d7e4a8f3b2b904821011ed
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes

Onlooker Sixteen has declined this invitation.

Title: Almere: Sociale ambities in een groeiende stad - dag 2
When: Thu Sep 23 09:45 - 16:30 (Central European Time)
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere
Calendar: aanmelden@example.org
Who:
     * aanmelden@example.org - organizer
     * Onlooker Sixteen

Invitation from Google Calendar

--0016e6d7e4a8f3b2b904821011ed
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20100923T074500Z
DTEND:20100923T143000Z
DTSTAMP:20100318T084012Z
ORGANIZER:mailto:aanmelden@example.org
UID:regbot-day2-onlooker16@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Onlooker
  Sixteen;X-NUM-GUESTS=0:mailto:onlooker16@housingcoop.example.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Almere: Sociale ambities in een groeiende stad - dag 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

--0016e6d7e4a8f3b2b904821011ed--

--0016e6d7e4a8f3b2bb04821011ef
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + b64("BEGIN:VCALENDAR\nMETHOD:REPLY\nBEGIN:VEVENT\nUID:regbot-day2-onlooker16@example.org\n"
          "ATTENDEE;PARTSTAT=DECLINED:mailto:onlooker16@housingcoop.example.com\nEND:VEVENT\nEND:VCALENDAR\n") + """
--0016e6d7e4a8f3b2bb04821011ef--
"""), R("Google Calendar reply: declined (one day) - machine mail, not a cancellation"))

# 121 Lotus Notes calendar reply: tentative
add("cal-notes-tentative", Raw("""
From: Denker Zevenentwintig <denker27@ateliergroen.example.org>
To: aanmelden@example.org
Subject: Uitnodiging voorlopig geaccepteerd: Almere: Sociale ambities in een groeiende stad
Date: Tue, 6 Apr 2010 10:02:51 +0200
Message-ID: <OF3C2D1E0F.9A8B7C6D-ONC1257706.0035F0E1@ateliergroen.example.org>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alternative 0035F0E1C1257706_="

--=_alternative 0035F0E1C1257706_=
Content-Type: text/plain; charset="US-ASCII"

Voorlopig geaccepteerd

--=_alternative 0035F0E1C1257706_=
Content-Type: text/calendar; method="REPLY"; charset="UTF-8"
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
X-LOTUS-CHARSET:UTF-8
VERSION:2.0
PRODID:-//Lotus Development Corporation//NONSGML Notes 8.5.1//EN_C
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20100601T074500Z
DTEND:20100601T143000Z
DTSTAMP:20100406T080251Z
ATTENDEE;PARTSTAT=TENTATIVE:mailto:denker27@ateliergroen.example.org
ORGANIZER:mailto:aanmelden@example.org
UID:regbot-day1-denker27@example.org
SUMMARY:Voorlopig geaccepteerd: Almere: Sociale ambities in een groeiende stad
END:VEVENT
END:VCALENDAR

--=_alternative 0035F0E1C1257706_=--
"""), R("Notes calendar reply: tentative"))

# 122 Outlook read receipt in Dutch
add("mdn-outlook-gelezen", Raw("""
From: Voortrekker Acht <v.acht@plattegrond.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [WMSMF-8HBTH]
Date: Tue, 9 Mar 2010 11:31:20 +0100
Message-ID: <D4E5F6A7B8C9D0E1F2A3B4C5D6E7F80912CD@EXMBX01.plattegrond.example.nl>
X-Mailer: Microsoft Office Outlook 12.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0012_01CABF7C.4E2A1B30"

------=_NextPart_000_0012_01CABF7C.4E2A1B30
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Uw bericht

  Aan: v.acht@plattegrond.example.nl
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [WMSMF-8HBTH]
  Verzonden: 9-3-2010 09:55

is gelezen op 9-3-2010 11:31.

------=_NextPart_000_0012_01CABF7C.4E2A1B30
Content-Type: message/disposition-notification

Reporting-UA: plattegrond.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;v.acht@plattegrond.example.nl
Original-Message-ID: """ + robot_mid("confirmation", "WMSMF-8HBTH") + """
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0012_01CABF7C.4E2A1B30--
"""), R("Outlook read receipt 'Gelezen:'"))

# 123 Thunderbird MDN in English
add("mdn-thunderbird-en", Raw("""
Message-ID: <4BA8C1F2.6040905@neighbourhoodworks.example.org>
Date: Tue, 23 Mar 2010 14:02:10 +0100
From: Listener FortyTwo <listener42@neighbourhoodworks.example.org>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-GB; rv:1.9.1.8) Gecko/20100227 Thunderbird/3.0.3
MIME-Version: 1.0
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Return Receipt (displayed) - Registration confirmed: Almere: Sociale ambities in een groeiende stad [GZ3CP-88BUR]
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------040808070102090500030201"

This is a multi-part message in MIME format.
--------------040808070102090500030201
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to listener42@neighbourhoodworks.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------040808070102090500030201
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: neighbourhoodworks.example.org; Mozilla Thunderbird
Final-Recipient: rfc822;listener42@neighbourhoodworks.example.org
Original-Message-ID: """ + robot_mid("confirmation", "GZ3CP-88BUR") + """
Disposition: manual-action/MDN-sent-manually; displayed

--------------040808070102090500030201--
"""), R("Thunderbird return receipt (MDN)"))

# 124 challenge-response
add("challenge-response", Raw("""
From: "Wayfarer TwentyFour (via MailGuardian)" <verify@mailguardian.example.net>
To: aanmelden@example.org
Subject: Please verify your message to wayfarer24@streethealth.example.org
Date: Mon, 29 Mar 2010 08:16:02 +0200
Message-ID: <cr.8d2f1a77b3@mailguardian.example.net>
Auto-Submitted: auto-replied
X-MailGuardian-Challenge: 8d2f1a77b3
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

You recently sent a message to wayfarer24@streethealth.example.org with the
subject "Registration confirmed: Almere: Sociale ambities in een groeiende stad".

To protect against spam, Wayfarer TwentyFour only accepts mail from
approved senders. To get your message delivered, please click the link
below and type the word you see in the picture:

  http://verify.mailguardian.example.net/c/8d2f1a77b3

You only need to do this once.

MailGuardian - Say goodbye to spam
"""), R("challenge-response request"))

# 125 a newsletter with List-Id that mentions registering for this course
add("newsletter-listid-nl", Raw("""
From: Nieuwsbrief Sociaal Flevoland <nieuwsbrief@sociaalflevoland.example.nl>
To: aanmelden@example.org
Subject: Nieuwsbrief Sociaal Flevoland - april 2010
Date: Thu, 15 Apr 2010 07:00:00 +0200
Message-ID: <nb-2010-04.58213@lists.sociaalflevoland.example.nl>
List-Id: Nieuwsbrief Sociaal Flevoland <nieuwsbrief.lists.sociaalflevoland.example.nl>
List-Unsubscribe: <http://lists.sociaalflevoland.example.nl/afmelden?l=nb&e=aanmelden%40example.org>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

NIEUWSBRIEF SOCIAAL FLEVOLAND - APRIL 2010
===========================================

1. Leergang deSTADSWIJKstudies in Almere
De gemeente Almere organiseert dit jaar een vierdaagse leergang over de
sociale ontwikkeling van de stad. Aanmelden kan tot 25 mei door een mail
te sturen naar aanmelden@example.org met naam, organisatie, functie en
telefoonnummer. De kosten zijn EUR 1.000 per deelnemer.

2. Schuldhulpverlening: nieuwe cijfers
Het aantal aanvragen voor schuldhulp in Flevoland steeg in 2009 met 18%.

3. Agenda
- 22 april: Regiobijeenkomst mantelzorg, Lelystad
- 12 mei: Symposium Jeugd en Veiligheid, Dronten

--
U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld op
www.sociaalflevoland.example.nl. Afmelden: zie de link in de kop.
"""), R("newsletter (List-Id) that mentions registering for this very course"))

# 126 HTML bulk mail for another event
add("bulk-html-summit-en", Raw("""
From: European Housing Summit <events@housingsummit.example.com>
To: aanmelden@example.org
Subject: Last chance to register: European Social Housing Summit 2010
Date: Tue, 4 May 2010 10:30:00 +0000
Message-ID: <20100504103000.3F2A.campaign-8812@mailer.housingsummit.example.com>
List-Unsubscribe: <mailto:unsubscribe-8812-aanmelden=example.org@mailer.housingsummit.example.com>
Precedence: bulk
X-Campaign: 8812
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h1 style="color:#003366">European Social Housing Summit 2010</h1>
<p>Brussels, 14-15 June 2010</p>
<p>Early-bird registration closes on Friday! Register now and save EUR 150.</p>
<p><a href="http://housingsummit.example.com/register?c=8812">Register today</a></p>
<p style="font-size:10px;color:#999">You receive this e-mail because you attended one of our events.
<a href="http://housingsummit.example.com/unsubscribe?c=8812">Unsubscribe</a></p>
</td></tr></table>
</body></html>
"""), R("HTML bulk mail for another event"))

# 127 Mailman digest with registration words in a member's post
add("mailman-digest", Raw("""
From: wijkwerkers-request@lists.concepthaven.example.nl
Subject: Wijkwerkers Digest, Vol 14, Issue 9
To: wijkwerkers@lists.concepthaven.example.nl
Reply-To: wijkwerkers@lists.concepthaven.example.nl
Date: Fri, 16 Apr 2010 12:00:03 +0200
Message-ID: <mailman.1207.1271412003.3311.wijkwerkers@lists.concepthaven.example.nl>
Precedence: list
List-Id: Wijkwerkers Almere <wijkwerkers.lists.concepthaven.example.nl>
List-Unsubscribe: <http://lists.concepthaven.example.nl/mailman/options/wijkwerkers>,
	<mailto:wijkwerkers-request@lists.concepthaven.example.nl?subject=unsubscribe>
List-Post: <mailto:wijkwerkers@lists.concepthaven.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Send Wijkwerkers mailing list submissions to
	wijkwerkers@lists.concepthaven.example.nl

Today's Topics:

   1. Leergang Almere (Buurtwerker Zeventig)
   2. Re: Leergang Almere (Buurtwerker Tweeenzeventig)

----------------------------------------------------------------------

Message: 1
Date: Thu, 15 Apr 2010 16:02:11 +0200
From: Buurtwerker Zeventig <buurtwerker70@concepthaven.example.nl>
Subject: [Wijkwerkers] Leergang Almere

Ik heb me aangemeld via aanmelden@example.org, wie gaat er nog meer mee?

------------------------------

Message: 2
Date: Thu, 15 Apr 2010 16:40:50 +0200
From: Buurtwerker Tweeenzeventig <buurtwerker72@concepthaven.example.nl>
Subject: Re: [Wijkwerkers] Leergang Almere

Ik ook, we staan met z'n tienen op de lijst geloof ik.

------------------------------

_______________________________________________
Wijkwerkers mailing list
wijkwerkers@lists.concepthaven.example.nl
http://lists.concepthaven.example.nl/mailman/listinfo/wijkwerkers

End of Wijkwerkers Digest, Vol 14, Issue 9
******************************************
"""), R("Mailman digest with registration words"))

# 128 spam: a phishing 'confirm your registration'
add("spam-en-confirm-registration", Raw("""
From: "Account Services" <service@secure-mailverify.example.com>
To: aanmelden@example.org
Subject: Action required: confirm your registration details
Date: Sun, 21 Mar 2010 03:14:55 +0000
Message-ID: <8f3a2b1c9d@secure-mailverify.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

<html><body>
<p>Dear user,</p>
<p>Your e-mail registration will expire within 48 hours. To keep your mailbox active, please confirm
your name, password and phone number using the secure form below.</p>
<p><a href="http://secure-mailverify.example.com/confirm.php">CONFIRM REGISTRATION</a></p>
<p>Failure to do so will result in the permanent loss of your account.</p>
<p>Webmail Team</p>
</body></html>
"""), R("phishing spam with registration words"))

# 129 spam in Dutch: mailbox full
add("spam-nl-mailbox-vol", Raw("""
From: "Helpdesk" <helpdesk@webmail-beheer.example.net>
To: aanmelden@example.org
Subject: Uw mailbox heeft de limiet overschreden
Date: Wed, 28 Apr 2010 22:41:09 +0200
Message-ID: <20100428224109.77E1@webmail-beheer.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Geachte gebruiker,

Uw mailbox heeft de opslaglimiet van 2 GB overschreden. U kunt geen nieuwe
berichten meer ontvangen totdat u uw mailbox opnieuw valideert.

Klik hier om te valideren: http://webmail-beheer.example.net/validatie

Met vriendelijke groet,
Helpdesk Webmail
"""), R("phishing spam in Dutch"))

# 130 spam: attendee list for sale
add("spam-en-attendee-list", Raw("""
From: "Lisa Data" <lisa@b2b-leads.example.com>
To: aanmelden@example.org
Subject: Attendee list - Social Care & Housing Conference 2010
Date: Tue, 11 May 2010 13:20:00 -0400
Message-ID: <20100511172000.90211@b2b-leads.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi,

Would you be interested in acquiring the attendee list of the Social Care
& Housing Conference 2010? 4,210 registered delegates with name, title,
company, phone and verified e-mail.

Let me know and I will send you the pricing and a sample.

Regards,
Lisa
B2B Leads

If you don't wish to receive further e-mails, reply with "remove".
"""), R("B2B spam selling an attendee list"))

# 131 a ticket system acknowledges the robot's confirmation
add("ticket-otrs-ack", Raw("""
From: ICT Servicedesk Humanitas Voorontwerp <servicedesk@voorontwerp.example.net>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: [Ticket#2010031110000087] Ontvangen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [FJSUB-N2JFT]
Date: Thu, 11 Mar 2010 20:18:03 +0100
Message-ID: <1268335083.912377.871032311.20100311201803@servicedesk.voorontwerp.example.net>
Auto-Submitted: auto-replied
X-Loop: yes
X-Mailer: OTRS Mail Service (2.4.7)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Uw bericht met onderwerp "Bevestiging aanmelding Almere: Sociale ambities
in een groeiende stad [FJSUB-N2JFT]" is ontvangen door de ICT Servicedesk
en geregistreerd onder ticketnummer 2010031110000087.

Wij nemen zo spoedig mogelijk contact met u op.

Met vriendelijke groet,
ICT Servicedesk Humanitas Voorontwerp
"""), R("ticket system acknowledgement"))

# 132 a customer contact centre's automatic acknowledgement
add("ack-klantcontact", Raw("""
From: Klantcontactcentrum Woonstichting Plattegrond <info@plattegrond.example.nl>
To: aanmelden@example.org
Subject: Wij hebben uw bericht ontvangen
Date: Tue, 6 Apr 2010 11:46:12 +0200
Message-ID: <kcc.20100406094612.5521@plattegrond.example.nl>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste relatie,

Hartelijk dank voor uw e-mail aan Woonstichting Plattegrond. Wij
beantwoorden uw bericht binnen vijf werkdagen. Heeft u een spoedeisende
reparatie? Bel dan 036 - 555 08 08 (dag en nacht bereikbaar).

Met vriendelijke groet,
Klantcontactcentrum Woonstichting Plattegrond
"""), R("automatic acknowledgement of a customer contact centre"))

# 133 a spam-filter quarantine digest
add("quarantine-digest", Raw("""
From: Spamfilter <quarantine@filter.example.org>
To: aanmelden@example.org
Subject: Spamfilter: 3 berichten in quarantaine voor aanmelden@example.org
Date: Fri, 30 Apr 2010 06:00:01 +0200
Message-ID: <qd.20100430060001.aanmelden@filter.example.org>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Quarantaineoverzicht voor aanmelden@example.org
Periode: 29-04-2010 06:00 - 30-04-2010 06:00

Datum             Afzender                              Onderwerp
29-04 22:41       helpdesk@webmail-beheer.example.net   Uw mailbox heeft de limiet overschreden
29-04 23:02       offers@pharma-direct.example.com      Best prices 2010
30-04 03:15       noreply@lottery-win.example.net       Your registration number has won

Berichten vrijgeven: https://filter.example.org/quarantine
"""), R("spam-filter quarantine digest"))
