"""Set 4, batch 4: machine mail (bounces, auto-replies, receipts, lists, spam).

Given byte for byte; where a bounce returns the robot's own mail, that mail
is rendered from the wording of the templates (set2_lib).
"""
from set4_lib import *  # noqa: F401,F403


def why(s):
    return R(s)


# ---- bounces ---------------------------------------------------------------

_s, _b = conf_nl("Klasgenoot Negentig", "T4PGY-7MVXB", "Stichting Schetswijk",
                 "straatcoach", "klasgenoot90@schetswijk.example.nl",
                 ia="Stichting Schetswijk, t.a.v. administratie, Postbus 1207, 1300 BE Almere")
_rm = robot_mail(_s, _b, "confirm", "T4PGY-7MVXB",
                 "klasgenoot90@schetswijk.example.nl", "2010-04-02 08:56")
add("bounce-postfix-dsn", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 3F2A81C0A1; Fri,  2 Apr 2010 08:56:41 +0200 (CEST)
Date: Fri,  2 Apr 2010 08:56:41 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F2A81C0A1.1270191401/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100402065641.3F2A81C0A1@mail.example.org>

This is a MIME-encapsulated message.

--3F2A81C0A1.1270191401/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<klasgenoot90@schetswijk.example.nl>: host mx.schetswijk.example.nl[192.0.2.17]
    said: 550 5.1.1 <klasgenoot90@schetswijk.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--3F2A81C0A1.1270191401/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F2A81C0A1
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Fri,  2 Apr 2010 08:56:40 +0200 (CEST)

Final-Recipient: rfc822; klasgenoot90@schetswijk.example.nl
Original-Recipient: rfc822;klasgenoot90@schetswijk.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.schetswijk.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <klasgenoot90@schetswijk.example.nl>:
    Recipient address rejected: User unknown in virtual mailbox table

--3F2A81C0A1.1270191401/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + _rm + """
--3F2A81C0A1.1270191401/mail.example.org--
"""), why("Postfix DSN returning the robot's confirmation (with a code) to a forwarded participant: machine mail"))

_s, _b = conf_nl("Meedenker Drieendertig", "X7KMQ-2VDNR", "GGD Zandbak",
                 "jeugdverpleegkundige", "m33@ggdzandbak.example.nl")
_rm = robot_mail(_s, _b, "confirm", "X7KMQ-2VDNR", "m33@ggdzandbak.example.nl",
                 "2010-04-21 09:59")
add("bounce-exchange-nl", Raw("""
From: Postmaster <postmaster@ggdzandbak.example.nl>
To: aanmelden@example.org
Date: Wed, 21 Apr 2010 09:59:31 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAE12F5D5D1B1200000001EXCH01.ggdzandbak.ex"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <Ze9dOrH9d00000a01@EXCH01.ggdzandbak.example.nl>
Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [X7KMQ-2VDNR]

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAE12F5D5D1B1200000001EXCH01.ggdzandbak.ex
Content-Type: text/plain; charset=unicode-1-1-utf-7

Dit is een automatisch gegenereerd bericht van de server.

De bezorging bij de volgende ontvangers is mislukt.

       m33@ggdzandbak.example.nl

Het postvak van de ontvanger is vol en kan op dit moment geen berichten accepteren.

--9B095B5ADSN=_01CAE12F5D5D1B1200000001EXCH01.ggdzandbak.ex
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.ggdzandbak.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 21 Apr 2010 09:59:30 +0200

Final-Recipient: rfc822;m33@ggdzandbak.example.nl
Action: failed
Status: 5.2.2
X-Display-Name: Meedenker Drieendertig

--9B095B5ADSN=_01CAE12F5D5D1B1200000001EXCH01.ggdzandbak.ex
Content-Type: message/rfc822

""" + _rm + """
--9B095B5ADSN=_01CAE12F5D5D1B1200000001EXCH01.ggdzandbak.ex--
"""), why("Exchange DSN in Dutch (mailbox full) returning a confirmation: machine mail"))

add("bounce-exchange-en-headers", Raw("""
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@familyservices.example.com>
To: aanmelden@example.org
Date: Thu, 6 May 2010 09:16:02 +0200
Subject: Undeliverable: Registration confirmed: Almere: Sociale ambities in een groeiende stad [R3DHW-8QXPL]
Content-Language: en-US
Message-ID: <ba7d1e5c-0c4f-4f44-8e6d-3ab9a1e7c1d2@EXHUB02.familyservices.example.com>
In-Reply-To: <regbot.confirm.1d2e3f4a5b6c7d8e@example.org>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_ba7d1e5c0c4f4f448e6d3ab9a1e7c1d2EXHUB02_"

--_000_ba7d1e5c0c4f4f448e6d3ab9a1e7c1d2EXHUB02_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or distribution lists:

newcomer99@familyservices.example.com
The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator.

Sent by Microsoft Exchange Server 2007

Diagnostic information for administrators:

Generating server: EXHUB02.familyservices.example.com

newcomer99@familyservices.example.com
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

--_000_ba7d1e5c0c4f4f448e6d3ab9a1e7c1d2EXHUB02_
Content-Type: message/delivery-status

Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
Final-Recipient: rfc822;newcomer99@familyservices.example.com

--_000_ba7d1e5c0c4f4f448e6d3ab9a1e7c1d2EXHUB02_
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: newcomer99@familyservices.example.com
Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [R3DHW-8QXPL]
Date: Thu, 6 May 2010 09:15:58 +0200
Message-ID: <regbot.confirm.1d2e3f4a5b6c7d8e@example.org>
Auto-Submitted: auto-replied
X-Regbot-Kind: confirm

--_000_ba7d1e5c0c4f4f448e6d3ab9a1e7c1d2EXHUB02_--
"""), why("Exchange 2007 NDR in English with only the returned headers: machine mail"))

add("bounce-exim-plain", Raw("""
Return-path: <>
Envelope-to: aanmelden@example.org
Delivery-date: Wed, 07 Apr 2010 17:11:02 +0200
Received: from mail by mx1.citynet-sample.example.net with local (Exim 4.69)
	id 1NrT7x-0003Qe-Hb
	for aanmelden@example.org; Wed, 07 Apr 2010 17:11:02 +0200
X-Failed-Recipients: associate23@alliance.example.org
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx1.citynet-sample.example.net>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1NrT7x-0003Qe-Hb@mx1.citynet-sample.example.net>
Date: Wed, 07 Apr 2010 17:11:02 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  associate23@alliance.example.org
    SMTP error from remote mail server after RCPT TO:<associate23@alliance.example.org>:
    host mx.alliance.example.org [198.51.100.23]: 550 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: associate23@alliance.example.org
Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [F3YTB-9KWQM]
Date: Wed, 07 Apr 2010 17:10:59 +0200
Auto-Submitted: auto-replied
X-Regbot-Kind: confirm
Content-Type: text/plain; charset=utf-8

Dear Associate TwentyThree,

You are registered for the course
"Almere: Sociale ambities in een groeiende stad".
Your seat is confirmed.

Your reference code is F3YTB-9KWQM. Please keep this mail: with this
code you can cancel or send a colleague in your place.
"""), why("Exim plain-text bounce with the returned confirmation: machine mail"))

add("bounce-sendmail-headers", Raw("""
Return-Path: <MAILER-DAEMON@smtp.rocschetsland.example.nl>
Date: Mon, 3 May 2010 13:01:40 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.rocschetsland.example.nl>
Message-Id: <201005031101.o43B1eX2011433@smtp.rocschetsland.example.nl>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="o43B1eX2011433.1272884500/smtp.rocschetsland.example.nl"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--o43B1eX2011433.1272884500/smtp.rocschetsland.example.nl

The original message was received at Mon, 3 May 2010 13:01:39 +0200
from mail.example.org [203.0.113.5]

   ----- The following addresses had permanent fatal errors -----
<listener40@rocschetsland.example.nl>
    (reason: 552 5.2.2 Mailbox quota exceeded)

   ----- Transcript of session follows -----
... while talking to imap.rocschetsland.example.nl.:
>>> DATA
<<< 552 5.2.2 Mailbox quota exceeded
554 5.0.0 Service unavailable

--o43B1eX2011433.1272884500/smtp.rocschetsland.example.nl
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.rocschetsland.example.nl
Received-From-MTA: DNS; mail.example.org
Arrival-Date: Mon, 3 May 2010 13:01:39 +0200

Final-Recipient: RFC822; listener40@rocschetsland.example.nl
Action: failed
Status: 5.2.2
Remote-MTA: DNS; imap.rocschetsland.example.nl
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox quota exceeded
Last-Attempt-Date: Mon, 3 May 2010 13:01:40 +0200

--o43B1eX2011433.1272884500/smtp.rocschetsland.example.nl
Content-Type: text/rfc822-headers

Return-Path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: listener40@rocschetsland.example.nl
Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [Q9FZC-3MHWE]
Date: Mon, 3 May 2010 13:01:38 +0200
Message-ID: <regbot.confirm.77a1b2c3d4e5f601@example.org>
Auto-Submitted: auto-replied

--o43B1eX2011433.1272884500/smtp.rocschetsland.example.nl--
"""), why("sendmail DSN with only the returned headers: machine mail"))

add("bounce-qmail", Raw("""
Return-Path: <>
Date: 6 Apr 2010 09:03:10 -0000
From: MAILER-DAEMON@mail.humanitas-conceptwijk.example.org
To: aanmelden@example.org
Subject: failure notice
Message-ID: <20100406090310.61234.qmail@mail.humanitas-conceptwijk.example.org>

Hi. This is the qmail-send program at mail.humanitas-conceptwijk.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<meeloper91@humanitas-conceptwijk.example.org>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
Received: (qmail 61230 invoked from network); 6 Apr 2010 09:03:09 -0000
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: meeloper91@humanitas-conceptwijk.example.org
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [V2QKD-8XHNP]
Auto-Submitted: auto-replied

Beste Meeloper Eenennegentig,

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is V2QKD-8XHNP.
"""), why("qmail failure notice: machine mail"))

add("bounce-domino", Raw("""
From: Postmaster@woonmaquette.example.nl
To: aanmelden@example.org
Date: Mon, 26 Apr 2010 12:06:12 +0200
Subject: DELIVERY FAILURE: User Meedenker Zesendertig (m.zesendertig@woonmaquette.example.nl) not listed in Domino Directory
Message-ID: <OF3A1B2C3D.4E5F6A7B-ONC1257712.0036B5E1@woonmaquette.example.nl>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	Boundary="0__=4EBBFC7ADFB43D2F8f9e8a93df938690918c4EBBFC7ADFB43D2F"

--0__=4EBBFC7ADFB43D2F8f9e8a93df938690918c4EBBFC7ADFB43D2F
Content-type: text/plain; charset=US-ASCII

Your message

  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [C8JWN-4TRZK]

was not delivered to:

  m.zesendertig@woonmaquette.example.nl

because:

  User Meedenker Zesendertig (m.zesendertig@woonmaquette.example.nl) not listed in Domino Directory

--0__=4EBBFC7ADFB43D2F8f9e8a93df938690918c4EBBFC7ADFB43D2F
Content-type: message/delivery-status

Reporting-MTA: dns;DOMSRV01.woonmaquette.example.nl
Arrival-Date: Mon, 26 Apr 2010 12:06:11 +0200

Final-Recipient: rfc822;m.zesendertig@woonmaquette.example.nl
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; User Meedenker Zesendertig (m.zesendertig@woonmaquette.example.nl) not listed in Domino Directory

--0__=4EBBFC7ADFB43D2F8f9e8a93df938690918c4EBBFC7ADFB43D2F--
"""), why("Domino delivery failure report: machine mail"))

add("bounce-groupwise", Raw("""
From: Mail Delivery System <postmaster@schuldhulp-testkust.example.nl>
To: aanmelden@example.org
Date: Mon, 29 Mar 2010 11:46:20 +0200
Subject: Message status - undeliverable
Message-ID: <4BB076EC.GWIA.11@gw.schuldhulp-testkust.example.nl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=__Part5B7A1C5C.0__="

--=__Part5B7A1C5C.0__=
Content-Type: text/plain; charset=US-ASCII
Content-Disposition: inline

The message that you sent was undeliverable to the following:
	lnegentien (user not found)

Possibly truncated original message follows:

--=__Part5B7A1C5C.0__=
Content-Type: message/rfc822

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: LNegentien@schuldhulp-testkust.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [H4VNT-6PKQB]
Date: Mon, 29 Mar 2010 11:45:01 +0200
Message-ID: <regbot.confirm.0a9b8c7d6e5f4a3b@example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Beste Luisteraar Negentien,

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is H4VNT-6PKQB.

--=__Part5B7A1C5C.0__=--
"""), why("GroupWise 'Message status - undeliverable' without Auto-Submitted: machine mail"))

add("bounce-postfix-delay", Raw("""
Return-Path: <>
Date: Wed, 24 Mar 2010 02:15:40 +0100 (CET)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="AA1B2C3D4E.1269393340/mail.example.org"
Message-Id: <20100324011540.7C1D2E3F4A@mail.example.org>

This is a MIME-encapsulated message.

--AA1B2C3D4E.1269393340/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<zestien@vwproefrit.example.nl>: connect to mx.vwproefrit.example.nl[192.0.2.88]:25:
    Connection timed out

--AA1B2C3D4E.1269393340/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: AA1B2C3D4E
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 23 Mar 2010 22:14:30 +0100 (CET)

Final-Recipient: rfc822; zestien@vwproefrit.example.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.vwproefrit.example.nl[192.0.2.88]:25:
    Connection timed out
Will-Retry-Until: Sun, 28 Mar 2010 22:14:30 +0200 (CEST)

--AA1B2C3D4E.1269393340/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: zestien@vwproefrit.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [A4XMZ-H7KVD]
Date: Tue, 23 Mar 2010 22:14:29 +0100
Auto-Submitted: auto-replied

--AA1B2C3D4E.1269393340/mail.example.org--
"""), why("Postfix delay warning (action: delayed): machine mail"))

add("bounce-webmail-notice", Raw("""
From: Mail Delivery Subsystem <mailer-daemon@webmail-sample.example.com>
To: aanmelden@example.org
Subject: Delivery Status Notification (Failure)
Date: Thu, 1 Apr 2010 19:21:40 +0200
Message-ID: <00163646d8a2c0e4470483315b3b@webmail-sample.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 7bit

This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     meedenker21@mantelzorg-probeerhaven.example.nl

Technical details of permanent failure:
The recipient server did not accept our requests to connect. Learn more at http://mail.example.com/support/bounce
[mantelzorg-probeerhaven.example.nl. (10): Connection refused]

   ----- Original message -----

Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [N6HQX-3TWBE]
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: meedenker21@mantelzorg-probeerhaven.example.nl

Beste Meedenker Eenentwintig,

U bent aangemeld voor de leergang
"""), why("a webmail provider's plain-text failure notice without auto headers: machine mail"))

add("dsn-success", Raw("""
From: Mail Delivery System <MAILER-DAEMON@mx.trialhousing.example.org>
To: aanmelden@example.org
Subject: Successful Mail Delivery Report
Date: Tue, 30 Mar 2010 22:52:05 +0200
Message-ID: <20100330205205.1A2B3C4D5E@mx.trialhousing.example.org>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1A2B3C4D5E.1269982325/mx.trialhousing.example.org"

--1A2B3C4D5E.1269982325/mx.trialhousing.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.trialhousing.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

<scholar.twenty@trialhousing.example.org>: delivery via local: delivered to
    mailbox

--1A2B3C4D5E.1269982325/mx.trialhousing.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.trialhousing.example.org

Final-Recipient: rfc822; scholar.twenty@trialhousing.example.org
Action: delivered
Status: 2.0.0

--1A2B3C4D5E.1269982325/mx.trialhousing.example.org--
"""), why("a success DSN (delivered): machine mail"))

add("quarantine-notice", Raw("""
From: Spamfilter <quarantaine@zorgoefenhof.example.nl>
To: aanmelden@example.org
Subject: Bericht in quarantaine: Bevestiging aanmelding Almere
Date: Mon, 12 Apr 2010 10:43:00 +0200
Message-ID: <q.20100412104300.5521@filter.zorgoefenhof.example.nl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw bericht aan m25@zorgoefenhof.example.nl is door het spamfilter van
Zorggroep Oefenhof in quarantaine geplaatst.

Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [C2TFX-K9NLP]
Reden:     bijlage van type text/calendar niet toegestaan

De ontvanger is op de hoogte gebracht en kan het bericht vrijgeven.
Dit is een automatisch bericht, u kunt hierop niet antwoorden.
"""), why("a spam filter's quarantine notice: machine mail"))

# ---- out-of-office -------------------------------------------------------

add("ooo-exchange-nl", Raw("""
From: Studiemaat Vijf <Studiemaat.Vijf@woonmaquette.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [G8BNK-X3WPS]
Date: Tue, 9 Mar 2010 11:21:03 +0100
Message-ID: <9A8B7C6D5E4F3A2B1C0D@EXCH01.woonmaquette.example.nl>
In-Reply-To: <regbot.confirm.5e6f7a8b9c0d1e2f@example.org>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: Studiemaat.Vijf@woonmaquette.example.nl
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ik ben tot en met 19 maart afwezig en heb beperkt toegang tot mijn e-mail. =
Voor dringende zaken kunt u contact opnemen met het algemene nummer 036-5=
330000.
"""), why("Exchange out-of-office in Dutch with Auto-Submitted: machine mail"))

add("ooo-notes-no-header", Raw("""
From: Directeur.Honderddertien@ggdzandbak.example.nl
To: aanmelden@example.org
Date: Wed, 7 Apr 2010 09:01:12 +0200
Subject: Directeur Honderddertien is afwezig.
Message-ID: <OFA1B2C3D4.E5F6A7B8-ONC1257700.0026C5F1-C1257700.0026C5F1@ggdzandbak.example.nl>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII

Ik ben afwezig vanaf 02-04-2010 en ben terug op 12-04-2010.

Ik zal uw bericht beantwoorden na mijn terugkeer. Voor vragen over de
GGD kunt u bellen met 088-1000000.
"""), why("Lotus Notes absence notice without Auto-Submitted: machine mail"))

add("ooo-vacation-precedence", Raw("""
From: Meeloper Tachtig <mt80@ggz-zandbak.example.nl>
To: aanmelden@example.org
Subject: Vakantie (was: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad)
Date: Fri, 14 May 2010 12:01:30 +0200
Message-ID: <vacation.20100514100130.GA4711@mail.ggz-zandbak.example.nl>
Precedence: junk
X-Mailer: vacation 1.2.7
Content-Type: text/plain; charset=us-ascii

Ik ben met vakantie tot 31 mei. Uw mail wordt niet doorgestuurd.
Met spoed? Bel de receptie: 036-5411000.
"""), why("vacation(1) reply with Precedence: junk: machine mail"))

add("ooo-gmail-en", Raw("""
From: Enrollee HundredSixteen <enrollee116@gmail.example.com>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Re: How to sign up?
Date: Thu, 11 Mar 2010 08:01:12 +0100
Message-ID: <AANLkTikvacation5e7d1c0a9b8c7d6e5f4a3b@mail.gmail.com>
In-Reply-To: <regbot.help.6c5d4e3f2a1b0c9d@example.org>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Thanks for your email. I'm travelling until 22 March with limited access to email. I'll get back to you when I'm back.

Enrollee
"""), why("Gmail vacation responder: machine mail"))

add("ooo-no-headers-registration-words", Raw("""
From: Teamleider Honderddrie <Teamleider.Honderddrie@zorgoefenhof.example.nl>
To: aanmelden@example.org
Subject: Afwezig: RE: Aanmelden zonder e-mail?
Date: Mon, 15 Mar 2010 09:51:02 +0100
Message-ID: <a1b2c3d4e5f60718293a4b5c6d7e8f90@zorgoefenhof.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste afzender,

Ik ben afwezig tot en met 26 maart. Voor aanmeldingen voor cursussen en trainingen kunt u terecht bij de afdeling Opleidingen (opleidingen@zorgoefenhof.example.nl). Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Teamleider Honderddrie
"""), why("an out-of-office without any auto headers, mentioning registrations: machine mail"))

add("ooo-no-headers-en", Raw("""
From: Agent HundredTwentySeven <agent127@speakers-sample.example.com>
To: aanmelden@example.org
Subject: Out of Office AutoReply: Speakers for your Almere programme
Date: Fri, 9 Apr 2010 09:31:00 +0200
Message-ID: <OOF.20100409093100.agent127@speakers-sample.example.com>
Content-Type: text/plain; charset="us-ascii"

I am out of the office until Monday 19 April. For urgent bookings please contact our office on +44 20 7946 0000.
"""), why("an English out-of-office with no auto headers: machine mail"))

# ---- calendar replies --------------------------------------------------------

add("ical-accepted-outlook", Raw("""
From: Pionier Zestig <pzestig@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad, dag 1
Date: Fri, 2 Apr 2010 09:12:44 +0200
Message-ID: <4F1E2D3C4B5A69788796A5B4C3D2E1F0@almere.nl>
Thread-Topic: Almere: Sociale ambities in een groeiende stad, dag 1
X-Mailer: Microsoft Office Outlook 12.0
Content-Language: nl
MIME-Version: 1.0
Content-Type: text/calendar; method=REPLY; charset="utf-8"
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2007
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Pionier Zestig:MAILTO:pzestig@almere.nl
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Almere: Sociale ambities in een groeiende stad, dag 1
DTSTART:20100601T074500Z
DTEND:20100601T143000Z
UID:regbot-V7NJQ-3BEYS-day1@example.org
ORGANIZER:MAILTO:aanmelden@example.org
DTSTAMP:20100402T071244Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), why("Outlook calendar reply 'Geaccepteerd' (iMIP REPLY): machine mail"))

add("ical-declined-google", Raw("""
From: Scholar Twenty <scholar.twenty@trialhousing.example.org>
To: aanmelden@example.org
Subject: Declined: Almere: Sociale ambities in een groeiende stad, day 3 @ Tue 2 Nov 2010 09:45 - 16:30 (scholar.twenty@trialhousing.example.org)
Date: Mon, 25 Oct 2010 08:21:30 +0200
Message-ID: <000e0cd5d0a2f1c7470493f5a8c1@google.example.com>
Reply-To: Scholar Twenty <scholar.twenty@trialhousing.example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=000e0cd5d0a2f1c7330493f5a8bf

--000e0cd5d0a2f1c7330493f5a8bf
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes

Scholar Twenty has declined this invitation.

Title: Almere: Sociale ambities in een groeiende stad, day 3
When: Tue 2 Nov 2010 09:45 - 16:30 (Amsterdam)
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere

Invitation from Google Calendar

--000e0cd5d0a2f1c7330493f5a8bf
Content-Type: text/calendar; charset=ISO-8859-1; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20101102T084500Z
DTEND:20101102T153000Z
DTSTAMP:20101025T062130Z
ORGANIZER:mailto:aanmelden@example.org
UID:regbot-S9DKF-2PXNT-day3@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Scholar
  Twenty;X-NUM-GUESTS=0:mailto:scholar.twenty@trialhousing.example.org
SUMMARY:Almere: Sociale ambities in een groeiende stad, day 3
END:VEVENT
END:VCALENDAR

--000e0cd5d0a2f1c7330493f5a8bf--
"""), why("a Google Calendar 'declined' reply for one course day: machine mail, not a cancellation"))

add("ical-tentative-notes", Raw("""
From: Buurtcoach Twee <buurtcoach.twee@oefenhof.example.org>
To: aanmelden@example.org
Subject: Voorlopig geaccepteerd: Almere: Sociale ambities in een groeiende stad, dag 2
Date: Tue, 18 May 2010 10:00:00 +0200
Message-ID: <OF5C6D7E8F.90A1B2C3-ONC1257727.002DDE11@oefenhof.example.org>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alternative 002DDE11C1257727_="

--=_alternative 002DDE11C1257727_=
Content-Type: text/plain; charset="US-ASCII"

Voorlopig geaccepteerd

--=_alternative 002DDE11C1257727_=
Content-Type: text/calendar; method="REPLY"; charset="UTF-8"

BEGIN:VCALENDAR
X-LOTUS-CHARSET:UTF-8
VERSION:2.0
PRODID:-//Lotus Development Corporation//NONSGML Notes 8.5.1//EN_C
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20100923T074500Z
DTEND:20100923T143000Z
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Buurtcoach Twee":mailto:buurtcoach.twee@oefenhof.example.org
UID:regbot-R7MXD-4HJ2A-day2@example.org
SEQUENCE:0
DTSTAMP:20100518T080000Z
ORGANIZER:mailto:aanmelden@example.org
END:VEVENT
END:VCALENDAR

--=_alternative 002DDE11C1257727_=--
"""), why("a Notes calendar reply 'voorlopig geaccepteerd': machine mail"))

# ---- read receipts -----------------------------------------------------------

add("mdn-thunderbird", Raw("""
From: Buurtcoach Negenendertig <bc39@jeugdproefvlak.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Leesbevestiging (weergegeven) - Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [W5RKN-7ZHCQ]
Date: Thu, 29 Apr 2010 10:22:41 +0200
Message-ID: <4BD941A1.3050707@jeugdproefvlak.example.org>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; nl; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------020409010203050804070206"

This is a multi-part message in MIME format.
--------------020409010203050804070206
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dit is een leesbevestiging voor het bericht dat u verzond aan bc39@jeugdproefvlak.example.org.

Opmerking: deze leesbevestiging zegt alleen dat het bericht is weergegeven op de computer van de ontvanger. Er is geen garantie dat de ontvanger het bericht gelezen of begrepen heeft.

--------------020409010203050804070206
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: jeugdproefvlak.example.org; Mozilla Thunderbird
Final-Recipient: rfc822;bc39@jeugdproefvlak.example.org
Original-Message-ID: <regbot.confirm.3a4b5c6d7e8f9a0b@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

--------------020409010203050804070206--
"""), why("a Thunderbird read receipt (MDN): machine mail"))

add("read-receipt-outlook", Raw("""
From: Meedenker Zes <zes@kladblok.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Q4ZJH-7TCEV]
Date: Wed, 10 Mar 2010 10:15:30 +0100
Message-ID: <000001cac03a$1b2c3d40$5e6f7a80$@kladblok.example.nl>
X-Mailer: Microsoft Office Outlook 12.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0003_01CAC042.7CF0A5C0"

This is a multipart message in MIME format.

------=_NextPart_000_0003_01CAC042.7CF0A5C0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Uw bericht

  Aan:      zes@kladblok.example.nl
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Q4ZJH-7TCEV]
  Verzonden: 10-3-2010 10:03

is gelezen op 10-3-2010 10:15.

------=_NextPart_000_0003_01CAC042.7CF0A5C0
Content-Type: message/disposition-notification

Reporting-UA: kladblok.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;zes@kladblok.example.nl
Original-Message-ID: <regbot.confirm.2b3c4d5e6f7a8b9c@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0003_01CAC042.7CF0A5C0--
"""), why("an Outlook 'Gelezen:' read receipt: machine mail"))

# ---- challenge-response, lists, spam, tickets -------------------------------

add("challenge-response", Raw("""
From: Spam Guard <spamguard@mailsafe-sample.example.net>
To: aanmelden@example.org
Subject: Please confirm your message to klasgenoot107@yahoo.example.com
Date: Thu, 29 Apr 2010 21:16:40 +0200
Message-ID: <cr.8f7e6d5c4b3a@mailsafe-sample.example.net>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8

Hello,

You recently sent a message to klasgenoot107@yahoo.example.com. To protect
against spam, this address only accepts mail from approved senders.

To get your message delivered, please click the link below and type the
characters you see:

  http://mailsafe-sample.example.net/verify?id=8f7e6d5c4b3a

You only need to do this once. Your original message is held for 7 days.

Subject of your message: Re: nog plaatsen?
"""), why("a challenge-response request: machine mail"))

add("newsletter-sector", Raw("""
From: Nieuwsbrief Sociaal Domein <nieuwsbrief@sociaaldomein-sample.example.org>
To: aanmelden@example.org
Subject: Nieuwsbrief april: aanmelden voor de Wmo-conferentie, nieuwe wijkaanpak
Date: Thu, 15 Apr 2010 06:00:00 +0200
Message-ID: <nb.2010-04.aanmelden=example.org@sociaaldomein-sample.example.org>
List-Id: Nieuwsbrief Sociaal Domein <nieuwsbrief.sociaaldomein-sample.example.org>
List-Unsubscribe: <mailto:afmelden@sociaaldomein-sample.example.org?subject=afmelden>, <http://sociaaldomein-sample.example.org/afmelden?u=8812>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

NIEUWSBRIEF SOCIAAL DOMEIN - april 2010

1. Meld u nu aan voor de Wmo-conferentie op 17 juni
   Aanmelden kan tot 1 juni via de website. Naam, organisatie en
   functie volstaan. Vol = vol.

2. Nieuwe wijkaanpak in Flevoland
   Drie gemeenten werken samen aan ...

Wilt u deze nieuwsbrief niet meer ontvangen? Meld u af via de link
onderaan of stuur een mail met 'afmelden'.
"""), why("a sector newsletter with List-Id and List-Unsubscribe, full of registration words: machine mail"))

add("newsletter-en-html", Raw("""
From: Sample Urban Network <news@urbannetwork-sample.example.com>
To: aanmelden@example.org
Subject: Register now: Summer School on Community Development
Date: Tue, 4 May 2010 15:00:00 +0200
Message-ID: <campaign.5521.aanmelden@urbannetwork-sample.example.com>
List-Unsubscribe: <http://urbannetwork-sample.example.com/unsubscribe?e=aanmelden%40example.org>
X-Campaign: summer2010
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h1>Summer School on Community Development</h1>
<p>Five days in Rotterdam, 5-9 July 2010. <b>Register now</b>: early-bird fee until 31 May.</p>
<p>Name, organisation, job title and e-mail are all we need. <a href="http://urbannetwork-sample.example.com/register">Sign up here</a>.</p>
<p><small>You receive this mail because you subscribed. <a href="http://urbannetwork-sample.example.com/unsubscribe">Unsubscribe</a>.</small></p>
</body></html>
"""), why("an HTML-only bulk mailing inviting registrations for another event: machine mail"))

add("mailman-digest", Raw("""
From: wijkwerk-request@lists.wijkwerk-sample.example.org
To: wijkwerk@lists.wijkwerk-sample.example.org
Subject: Wijkwerk Digest, Vol 42, Issue 7
Date: Mon, 22 Mar 2010 12:00:02 +0100
Message-ID: <mailman.1142.1269255602.2211.wijkwerk@lists.wijkwerk-sample.example.org>
Reply-To: wijkwerk@lists.wijkwerk-sample.example.org
Sender: wijkwerk-bounces@lists.wijkwerk-sample.example.org
Errors-To: wijkwerk-bounces@lists.wijkwerk-sample.example.org
Precedence: list
List-Id: Wijkwerkers in Flevoland <wijkwerk.lists.wijkwerk-sample.example.org>
List-Unsubscribe: <http://lists.wijkwerk-sample.example.org/mailman/listinfo/wijkwerk>,
	<mailto:wijkwerk-request@lists.wijkwerk-sample.example.org?subject=unsubscribe>
List-Post: <mailto:wijkwerk@lists.wijkwerk-sample.example.org>
X-BeenThere: wijkwerk@lists.wijkwerk-sample.example.org
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Send Wijkwerk mailing list submissions to
	wijkwerk@lists.wijkwerk-sample.example.org

Today's Topics:

   1. Leergang Almere: wie gaat er? (Buurtcoach Zestien)
   2. Re: Leergang Almere: wie gaat er? (Meeloper Honderdeen)

----------------------------------------------------------------------

Message: 1
Date: Mon, 22 Mar 2010 09:14:02 +0100
From: Buurtcoach Zestien <zestien@vwproefrit.example.nl>
Subject: Leergang Almere: wie gaat er?

Ik heb me aangemeld voor de leergang in Almere, aanmelden via
aanmelden@example.org. Wie gaat er nog meer?

------------------------------

Message: 2
Date: Mon, 22 Mar 2010 10:02:40 +0100
From: Meeloper Honderdeen <mh101@jeugdproefvlak.example.org>
Subject: Re: Leergang Almere: wie gaat er?

Ik twijfel nog, het is wel prijzig.

------------------------------

End of Wijkwerk Digest, Vol 42, Issue 7
***************************************
"""), why("a Mailman digest of a list the robot's address ended up on: machine mail"))

add("spam-pharma", Raw("""
From: "Online Pharmacy" <sales@pills-sample.example.net>
To: aanmelden@example.org
Subject: Your order #88123 - 80% discount today only
Date: Sun, 11 Apr 2010 03:14:15 +0200
Message-ID: <8812309.4412@pills-sample.example.net>
MIME-Version: 1.0
Content-Type: text/html; charset="windows-1251"
Content-Transfer-Encoding: 7bit

<html><body><p>Best prices for all medications! Order now and get 80% discount.</p>
<p><a href="http://pills-sample.example.net/">Click here</a></p></body></html>
"""), why("spam: machine mail"))

add("spam-register-domain", Raw("""
From: Domain Registry Services <renewals@domainreg-sample.example.com>
To: aanmelden@example.org
Subject: FINAL NOTICE: Domain registration example.org expires - register now
Date: Wed, 19 May 2010 05:20:00 +0200
Message-ID: <final.notice.99812@domainreg-sample.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

FINAL NOTICE

Dear Domain Owner,

The registration of your domain example.org will expire soon. Register
now for 5 years to keep your online identity. Failure to renew may
result in the loss of your web presence and e-mail.

Name: ____________
Organisation: ____________
Payment: EUR 289,-

Reply to this mail to register. This is not an invoice.
"""), why("a scam 'domain registration' notice with a blank form: spam, machine mail"))

add("spam-nl-lening", Raw("""
From: "Snel Geld" <info@snelgeld-sample.example.net>
To: undisclosed-recipients:;
Subject: Uw aanvraag is goedgekeurd!
Date: Tue, 25 May 2010 02:02:02 +0200
Message-ID: <20100525000202.11AA@snelgeld-sample.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Beste klant,

Uw aanvraag voor een lening van EUR 25.000 is goedgekeurd. Meld u
binnen 24 uur aan via onze website om het geld te ontvangen.
Geen BKR-toetsing!
"""), why("Dutch loan spam with 'meld u aan': machine mail"))

add("ticket-ack", Raw("""
From: Servicedesk Bibliotheek Ontwerpstad <servicedesk@ontwerpstad-bieb.example.nl>
To: aanmelden@example.org
Subject: [Melding #20100315-0042] Automatische ontvangstbevestiging: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Y3HPR-8GNCZ]
Date: Mon, 15 Mar 2010 15:57:10 +0100
Message-ID: <ticket.20100315-0042@servicedesk.ontwerpstad-bieb.example.nl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Wij hebben uw melding ontvangen onder nummer 20100315-0042. Een
medewerker van de servicedesk neemt binnen twee werkdagen contact met u op.

Servicedesk Bibliotheek Ontwerpstad
"""), why("a service desk ticket acknowledgement: machine mail"))

add("address-no-longer-in-use", Raw("""
From: Stichting Mantelzorg Probeerhaven <noreply@mantelzorg-probeerhaven.example.nl>
To: aanmelden@example.org
Subject: Dit adres is niet meer in gebruik
Date: Thu, 27 May 2010 09:03:00 +0200
Message-ID: <auto.20100527090300.77@mantelzorg-probeerhaven.example.nl>
X-Autoreply: yes
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit e-mailadres is per 1 mei 2010 niet meer in gebruik. Stichting
Mantelzorg Probeerhaven is gefuseerd; u kunt ons bereiken via
info@mantelzorg-sample.example.nl.
"""), why("an 'address no longer in use' auto-reply (X-Autoreply only): machine mail"))

add("autoreply-received-en", Raw("""
From: Sample Family Services <info@familyservices.example.com>
To: aanmelden@example.org
Subject: Thank you for contacting Sample Family Services
Date: Thu, 6 May 2010 09:16:30 +0200
Message-ID: <ack.20100506091630.1187@familyservices.example.com>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii

Thank you for your e-mail. This is an automatic confirmation that we
have received it. We aim to respond to all enquiries within three
working days. Please do not reply to this message.
"""), why("a customer-service acknowledgement: machine mail"))
