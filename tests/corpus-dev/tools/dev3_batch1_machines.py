"""dev3, batch 1: machines that return or hold the robot's mail.

Bounces and delay warnings as the mail systems write them, byte for byte:
the robot's own Postfix (DNS failure, a blocklist, a delay), and the
recipients' systems behind it (Exim, Microsoft 365 in English and Dutch,
Exchange 2010 and 2003, sendmail, qmail, Lotus Domino, GroupWise, a Sieve
reject, Zimbra, Courier, MDaemon). Where a bounce returns one of the
robot's mails, that mail is rendered from the templates' wording
(dev3_lib.robot_sent, set7_lib.robot_mail / robot_headers); reminders come
back with their headers only. Every label is typed by hand.
"""
from dev3_lib import (add, R, Raw, code, d, conf_nl, conf_en, wait_nl,
                      incomplete_nl, question_nl, received_nl, reminder_nl,
                      reminder_en, robot_sent, robot_mail, robot_headers,
                      robot_mid, to_hdr, mid_hex, TITLE)


# ---------------------------------------------------------------------------
# 1. the robot's own Postfix: the recipient's domain does not exist
C = code("VB2K8-6MRHT", "Glazenier Vijf")
s, b = conf_nl("Glazenier Vijf", C, "Jeugdhulp Kantklos",
               "gedragswetenschapper", "glazenier.vijf@kantkols.example.nl",
               phone="036 555 0583", diet="geen varkensvlees",
               ia="Jeugdhulp Kantklos, Postbus 3307, 1300 EH Almere",
               ir="JK/OPL/2010-12")
sent = robot_sent(s, b, "confirmation", C, "Glazenier Vijf",
                  "glazenier.vijf@kantkols.example.nl", "2010-04-15 14:21")
add("postfix-dsn-domain-not-found-confirmation", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: by mail.example.org (Postfix)
	id 5C1E82C0D9; Thu, 15 Apr 2010 14:21:07 +0200 (CEST)
Date: Thu, 15 Apr 2010 14:21:07 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1A82C0D5.1271334067/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100415122107.5C1E82C0D9@mail.example.org>

This is a MIME-encapsulated message.

--3F1A82C0D5.1271334067/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<glazenier.vijf@kantkols.example.nl>: Host or domain name not found. Name
    service error for name=kantkols.example.nl type=AAAA: Host not found

--3F1A82C0D5.1271334067/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F1A82C0D5
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Thu, 15 Apr 2010 14:21:06 +0200 (CEST)

Final-Recipient: rfc822; glazenier.vijf@kantkols.example.nl
Original-Recipient: rfc822;glazenier.vijf@kantkols.example.nl
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=kantkols.example.nl type=AAAA: Host not found

--3F1A82C0D5.1271334067/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <aanmelden@example.org>
Received: from localhost (localhost [127.0.0.1])
	by mail.example.org (Postfix) with ESMTP id 3F1A82C0D5
	for <glazenier.vijf@kantkols.example.nl>; Thu, 15 Apr 2010 14:21:06 +0200 (CEST)
""" + sent + """
--3F1A82C0D5.1271334067/mail.example.org--
"""), R("Postfix DSN: the confirmation to a mistyped domain could not be "
        "delivered; it returns the whole confirmation with code and "
        "details"))

# 2. Exim at the recipient's gateway: mailbox full, waiting-list notice
C = code("R3J9X-KE5TN", "Lijstenmaker Drieëntwintig")
s, b = wait_nl("Lijstenmaker Drieëntwintig", C, 1, "Sportbedrijf Spoelwiel",
               "beleidsmedewerker",
               "lijstenmaker.drieentwintig@spoelwiel.example.nl", cap=True,
               phone="06 5552 0323",
               ia="Sportbedrijf Spoelwiel, Postbus 2323, 1300 EK Almere",
               ir="kostenplaats 8812")
sent = robot_sent(s, b, "waitlist", C, "Lijstenmaker Drieëntwintig",
                  "lijstenmaker.drieentwintig@spoelwiel.example.nl",
                  "2010-05-10 15:41", ics=False)
add("exim-bounce-mailbox-full-waitlist", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: from mx1.spoelwiel.example.nl (mx1.spoelwiel.example.nl [203.0.113.57])
	by mail.example.org (Postfix) with ESMTPS id 9A0C12C0E1
	for <aanmelden@example.org>; Mon, 10 May 2010 15:41:53 +0200 (CEST)
Received: from Debian-exim by mx1.spoelwiel.example.nl with local (Exim 4.69)
	id 1OBSk4-0003Qe-9w
	for aanmelden@example.org; Mon, 10 May 2010 15:41:52 +0200
X-Failed-Recipients: lijstenmaker.drieentwintig@spoelwiel.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx1.spoelwiel.example.nl>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1OBSk4-0003Qe-9w@mx1.spoelwiel.example.nl>
Date: Mon, 10 May 2010 15:41:52 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lijstenmaker.drieentwintig@spoelwiel.example.nl
    SMTP error from remote mail server after RCPT TO:<lijstenmaker.drieentwintig@spoelwiel.example.nl>:
    host exch01.spoelwiel.example.nl [192.0.2.57]: 552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([198.51.100.10])
	by mx1.spoelwiel.example.nl with esmtps (TLS1.0:DHE_RSA_AES_256_CBC_SHA1:32)
	(Exim 4.69)
	(envelope-from <aanmelden@example.org>)
	id 1OBSk3-0003QZ-Up
	for lijstenmaker.drieentwintig@spoelwiel.example.nl; Mon, 10 May 2010 15:41:51 +0200
""" + sent), R("Exim bounce from the recipient's gateway (mailbox full) "
               "returning a waiting-list notice for the limit per "
               "organisation, with its code and details"))

# 3. Microsoft 365, English: the recipient's mailbox is full
C = code("M4X7B-9FJ2T", "Farrier Thirteen")
s, b = conf_en("Farrier Thirteen", C, "Sample Thread Network Almere",
               "peer educator", "farrier.thirteen@threadnetwork.example.org",
               ia="Sample Thread Network Almere, Postbus 880, 1300 AW Almere")
hdrs = robot_headers(s, "confirmation", C,
                     to_hdr("Farrier Thirteen",
                            "farrier.thirteen@threadnetwork.example.org"),
                     "2010-03-30 19:48", "en")
add("m365-ndr-en-mailbox-full-confirmation", Raw("""
Return-Path: <>
Received: from EUR01-AM6-obe.outbound.protection.outlook.example.com (mail-am6eur01on2071.outbound.protection.outlook.example.com [203.0.113.71])
	by mail.example.org (Postfix) with ESMTPS id 6B2D12C0C4
	for <aanmelden@example.org>; Tue, 30 Mar 2010 19:48:44 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@threadnetwork.example.org>
To: <aanmelden@example.org>
Date: Tue, 30 Mar 2010 17:48:41 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_"
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-Exchange-Message-Is-Ndr:
X-MS-TNEF-Correlator:
X-MS-PublicTrafficType: Email
Subject: Undeliverable: """ + s + """
Thread-Topic: """ + s + """
Thread-Index: AQHKz9sF1rJ0m2bT0k2q8p3HcQe4ZQ==
Message-ID: <56f1c0e2-a3b9-47d8-b7c5-d0e9a6f3c2b1@AM6PR01MB5432.eurprd01.prod.outlook.example.com>
In-Reply-To: """ + robot_mid("confirmation", C) + """
References: """ + robot_mid("confirmation", C) + """
Auto-Submitted: auto-replied
MIME-Version: 1.0

--_000_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_
Content-Type: multipart/alternative;
	boundary="_002_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_"

--_002_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_
Content-Type: text/plain; charset="us-ascii"

Your message to farrier.thirteen@threadnetwork.example.org couldn't be delivered.
farrier.thirteen's mailbox is full.

aanmelden       Office 365      farrier.thirteen
Action Required                 Recipient

Mailbox full

How to Fix It
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

More Info for Email Admins
Status code: 554 5.2.2

This error occurs when the recipient's mailbox has exceeded its storage quota. The recipient needs to free up space in the mailbox, or an email admin needs to increase the quota.

Original Message Details
Created Date:   3/30/2010 5:48:18 PM
Sender Address: aanmelden@example.org
Recipient Address:      farrier.thirteen@threadnetwork.example.org
Subject:        """ + s + """

Error Details
Reported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=7d4a1b8c2e3f4a5b9c0d1e2f3a4b5c6d-farrier.th. QuotaExceededException: MapiExceptionShutoffQuotaExceeded: Unable to open message store. (hr=0x80004005, ec=1245)[EndDiagnosticData]
DSN generated by:       AM6PR01MB5432.eurprd01.prod.outlook.example.com

Message Hops
HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME
1       3/30/2010 5:48:19 PM    mail.example.org        AM6EUR01FT012.mail.protection.outlook.example.com       Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)   1 sec
2       3/30/2010 5:48:20 PM    AM6EUR01FT012.eop-EUR01.prod.protection.outlook.example.com     AM6PR01MB5432.eurprd01.prod.outlook.example.com Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)   1 sec

Original Message Headers
""" + hdrs + """
--_002_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_
Content-Type: text/html; charset="us-ascii"

<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<div style="font-size:15px;margin-bottom:20px">Your message to <a href="mailto:farrier.thirteen@threadnetwork.example.org" style="color:#0072C6">farrier.thirteen@threadnetwork.example.org</a> couldn't be delivered.<br>
</div>
<div style="font-size:22px;color:#C00000;margin-bottom:20px;font-weight:600">farrier.thirteen's mailbox is full.</div>
<table cellpadding="0" cellspacing="0" style="width:494px">
<tr>
<td style="font-size:15px;width:181px">aanmelden</td>
<td style="font-size:15px;width:122px">Office 365</td>
<td style="font-size:15px;width:181px">farrier.thirteen</td>
</tr>
<tr>
<td style="font-size:14px;color:#C00000">Action Required</td>
<td></td>
<td style="font-size:14px;color:#757575">Recipient</td>
</tr>
</table>
<div style="font-size:17px;font-weight:600;margin-top:20px">Mailbox full</div>
<div style="font-size:21px;margin-top:20px">How to Fix It</div>
<div style="font-size:16px">The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.</div>
<br>
<div style="font-size:19px">More Info for Email Admins</div>
<div style="font-size:14px">Status code: 554 5.2.2<br>
<br>
This error occurs when the recipient's mailbox has exceeded its storage quota. The recipient needs to free up space in the mailbox, or an email admin needs to increase the quota.</div>
</div>
</body>
</html>

--_002_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_--

--_000_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR01MB5432.eurprd01.prod.outlook.example.com
Received-From-MTA: dns;mail.example.org
Arrival-Date: Tue, 30 Mar 2010 17:48:19 +0000

Final-Recipient: rfc822;farrier.thirteen@threadnetwork.example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]


--_000_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_
Content-Type: text/rfc822-headers

""" + hdrs + """
--_000_56f1c0e2a3b947d8b7c5d0e9a6f3c2b1AM6PR01MB5432eurprd_--
"""), R("Microsoft 365 NDR in English for a full mailbox, the "
        "confirmation's headers with code in the subject"))

# 4. Exchange 2010 in Dutch: the address typed by the team lead is unknown
C = code("K2D9V-W7NQF", "Pottenbakker Acht")
s, b = conf_nl("Pottenbakker Acht", C, "Woonstichting Schering",
               "leefbaarheidsconsulent", "p.acht@schering.example.nl",
               ia="Woonstichting Schering, t.a.v. crediteurenadministratie, "
               "Postbus 60125, 1320 AC Almere", ir="ordernummer WS-4410")
sent = robot_sent(s, b, "confirmation", C, "Pottenbakker Acht",
                  "p.acht@schering.example.nl", "2010-05-06 11:03")
add("exchange2010-ndr-nl-recipient-not-found", Raw("""
Return-Path: <>
Received: from EXCH01.schering.example.nl (203.0.113.61) by mail.example.org
	(Postfix) with ESMTPS id 7D3E22C0AF for <aanmelden@example.org>;
	Thu, 6 May 2010 11:03:46 +0200 (CEST)
From: postmaster@schering.example.nl
To: aanmelden@example.org
Date: Thu, 6 May 2010 11:03:45 +0200
Subject: Onbestelbaar: """ + s + """
Thread-Topic: """ + s + """
Thread-Index: AQHK7PcD3Zx8qkVY0kOc1w0l2hSyfQ==
Message-ID: <4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6@EXCH01.schering.example.nl>
In-Reply-To: """ + robot_mid("confirmation", C) + """
References: """ + robot_mid("confirmation", C) + """
Content-Language: nl-NL
X-MS-Has-Attach: yes
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6EXCH01scheringexamplenl_"

--_000_4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6EXCH01scheringexamplenl_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bezorging is mislukt voor deze geadresseerden of distributielijsten:

p.acht@schering.example.nl
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem blijft bestaan.







________________________________
Diagnostische informatie voor beheerders:

Server genereren: EXCH01.schering.example.nl

p.acht@schering.example.nl
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Oorspronkelijke berichtkoppen:

Received: from mail.example.org (198.51.100.10) by EXCH01.schering.example.nl
 (203.0.113.61) with Microsoft SMTP Server (TLS) id 14.0.694.0; Thu, 6 May
 2010 11:03:44 +0200
""" + robot_headers(s, "confirmation", C,
                    to_hdr("Pottenbakker Acht", "p.acht@schering.example.nl"),
                    "2010-05-06 11:03") + """
--_000_4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6EXCH01scheringexamplenl_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.schering.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Thu, 6 May 2010 09:03:44 +0000

Final-Recipient: rfc822;p.acht@schering.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_000_4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6EXCH01scheringexamplenl_
Content-Type: message/rfc822

Received: from mail.example.org (198.51.100.10) by EXCH01.schering.example.nl
 (203.0.113.61) with Microsoft SMTP Server (TLS) id 14.0.694.0; Thu, 6 May
 2010 11:03:44 +0200
""" + sent + """
--_000_4D2A8B1E0F3C5A47B9E6C1D2F3A4B5C6EXCH01scheringexamplenl_--
"""), R("Exchange 2010 NDR in Dutch ('Onbestelbaar'), the address typed "
        "by the team lead is unknown; it returns the whole confirmation"))

# 5. the robot's own Postfix: a reminder delayed for four hours
C = code("8ZN3W-PC4KT", "Stonemason Eighteen")
s, _h, _t = reminder_en("Stonemason Eighteen", C, 2,
                        "Thursday 23 September 2010")
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Stonemason Eighteen",
                            "stonemason.eighteen@patchworkcare.example.com"),
                     "2010-09-16 10:00", "en", auto="auto-generated")
add("postfix-delay-warning-reminder-en", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: by mail.example.org (Postfix)
	id 0E44B2C112; Thu, 16 Sep 2010 14:00:52 +0200 (CEST)
Date: Thu, 16 Sep 2010 14:00:52 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B81E02C0FA.1284638452/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100916120052.0E44B2C112@mail.example.org>

This is a MIME-encapsulated message.

--B81E02C0FA.1284638452/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<stonemason.eighteen@patchworkcare.example.com>: connect to
    mx.patchworkcare.example.com[203.0.113.18]:25: Connection timed out

--B81E02C0FA.1284638452/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: B81E02C0FA
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Thu, 16 Sep 2010 10:00:41 +0200 (CEST)

Final-Recipient: rfc822; stonemason.eighteen@patchworkcare.example.com
Original-Recipient: rfc822;stonemason.eighteen@patchworkcare.example.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.patchworkcare.example.com[203.0.113.18]:25:
    Connection timed out
Will-Retry-Until: Tue, 21 Sep 2010 10:00:41 +0200 (CEST)

--B81E02C0FA.1284638452/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <aanmelden@example.org>
Received: from localhost (localhost [127.0.0.1])
	by mail.example.org (Postfix) with ESMTP id B81E02C0FA
	for <stonemason.eighteen@patchworkcare.example.com>; Thu, 16 Sep 2010 10:00:41 +0200 (CEST)
""" + hdrs + """
--B81E02C0FA.1284638452/mail.example.org--
"""), R("Postfix delay warning for an English day-2 reminder, its headers "
        "with the code; 'YOU DO NOT NEED TO RESEND'"))

# 6. sendmail at a college: the user left
C = code("V6HN2-QM8TZ", "Cobbler SixtySix")
s, _h, _t = reminder_en("Cobbler SixtySix", C, 3, "Tuesday 2 November 2010")
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Cobbler SixtySix",
                            "cobbler.sixtysix@socialcare.example.edu"),
                     "2010-10-26 10:00", "en", auto="auto-generated")
add("sendmail-returned-mail-reminder", Raw("""
Return-Path: <>
Received: from mx.socialcare.example.edu (mx.socialcare.example.edu [203.0.113.166])
	by mail.example.org (Postfix) with ESMTPS id 2C77F2C0B3
	for <aanmelden@example.org>; Tue, 26 Oct 2010 10:01:04 +0200 (CEST)
Received: from localhost (localhost)
	by mx.socialcare.example.edu (8.14.3/8.14.3/Debian-9.1) id o9Q81136012871;
	Tue, 26 Oct 2010 10:01:01 +0200
Date: Tue, 26 Oct 2010 10:01:01 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.socialcare.example.edu>
Message-Id: <201010260801.o9Q81136012871@mx.socialcare.example.edu>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="o9Q81136012871.1288080061/mx.socialcare.example.edu"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--o9Q81136012871.1288080061/mx.socialcare.example.edu

The original message was received at Tue, 26 Oct 2010 10:00:58 +0200
from mail.example.org [198.51.100.10]

   ----- The following addresses had permanent fatal errors -----
<cobbler.sixtysix@socialcare.example.edu>
    (reason: 550 5.1.1 <cobbler.sixtysix@socialcare.example.edu>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.socialcare.example.edu.:
>>> DATA
<<< 550 5.1.1 <cobbler.sixtysix@socialcare.example.edu>... User unknown
550 5.1.1 <cobbler.sixtysix@socialcare.example.edu>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--o9Q81136012871.1288080061/mx.socialcare.example.edu
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.socialcare.example.edu
Received-From-MTA: DNS; mail.example.org
Arrival-Date: Tue, 26 Oct 2010 10:00:58 +0200

Final-Recipient: RFC822; cobbler.sixtysix@socialcare.example.edu
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.socialcare.example.edu
Diagnostic-Code: SMTP; 550 5.1.1 <cobbler.sixtysix@socialcare.example.edu>... User unknown
Last-Attempt-Date: Tue, 26 Oct 2010 10:01:01 +0200

--o9Q81136012871.1288080061/mx.socialcare.example.edu
Content-Type: text/rfc822-headers

Return-Path: <aanmelden@example.org>
Received: from mail.example.org (mail.example.org [198.51.100.10])
	by mx.socialcare.example.edu (8.14.3/8.14.3/Debian-9.1) with ESMTP id o9Q80wxP012859
	for <cobbler.sixtysix@socialcare.example.edu>; Tue, 26 Oct 2010 10:00:58 +0200
""" + hdrs + """
--o9Q81136012871.1288080061/mx.socialcare.example.edu--
"""), R("sendmail 'Returned mail: see transcript for details' for a day-3 "
        "reminder to someone who left, its headers only"))

# 7. qmail: backscatter of spam that forged the robot's address
add("qmail-failure-notice-backscatter", Raw("""
Return-Path: <>
Received: from mail.meubelhuis.example.net (mail.meubelhuis.example.net [203.0.113.214])
	by mail.example.org (Postfix) with SMTP id 1F0A92C0C8
	for <aanmelden@example.org>; Thu,  8 Apr 2010 05:14:24 +0200 (CEST)
Received: (qmail 13257 invoked for bounce); 8 Apr 2010 03:14:22 -0000
Date: 8 Apr 2010 03:14:22 -0000
From: MAILER-DAEMON@mail.meubelhuis.example.net
To: aanmelden@example.org
Subject: failure notice
Message-Id: <20100408031424.1F0A92C0C8@mail.example.org>

Hi. This is the qmail-send program at mail.meubelhuis.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<verkoop@meubelhuis.example.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
Received: (qmail 13254 invoked from network); 8 Apr 2010 03:14:21 -0000
Received: from unknown (HELO pc-4f2a91) (203.0.113.201)
  by mail.meubelhuis.example.net with SMTP; 8 Apr 2010 03:14:21 -0000
Message-ID: <000d01cad6c2$5e1a3f40$c9714acb@pc-4f2a91>
From: "deSTADSWIJKstudies Almere" <aanmelden@example.org>
To: <verkoop@meubelhuis.example.net>
Subject: Uw aanmelding is bevestigd - download uw toegangsbewijs
Date: Thu, 8 Apr 2010 05:14:19 +0200
MIME-Version: 1.0
Content-Type: text/html;
	charset="iso-8859-1"
Content-Transfer-Encoding: 7bit
X-Priority: 3
X-Mailer: Microsoft Outlook Express 6.00.2900.2180

<html><body>
<p>Beste deelnemer,</p>
<p>Uw aanmelding voor het congres is bevestigd. Uw toegangsbewijs en de factuur staan klaar.</p>
<p><a href="http://tickets-almere.example.com/download.php?id=88213">Download hier uw toegangsbewijs (PDF)</a></p>
<p>Let op: zonder toegangsbewijs geen toegang. Het bestand is 48 uur beschikbaar.</p>
<p>Met vriendelijke groet,<br>Afdeling Aanmeldingen</p>
</body></html>
"""), R("qmail failure notice without auto headers: backscatter of spam "
        "that forged the robot's address, with 'Uw aanmelding is "
        "bevestigd' in the returned copy"))

# 8. Lotus Domino: the recipient is no longer in the directory
C = code("TR6M2-8BKWD", "Letterzetter Vijftien")
s, _h, _t = reminder_nl("Letterzetter Vijftien", C, 1,
                        "dinsdag 1 juni 2010")
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Letterzetter Vijftien",
                            "letterzetter.vijftien@borduurring.example.nl"),
                     "2010-05-25 10:00", auto="auto-generated")
add("domino-delivery-failure-reminder", Raw("""
Return-Path: <>
Received: from smtp.borduurring.example.nl (smtp.borduurring.example.nl [203.0.113.15])
	by mail.example.org (Postfix) with ESMTP id 44E912C0D1
	for <aanmelden@example.org>; Tue, 25 May 2010 10:01:57 +0200 (CEST)
Subject: DELIVERY FAILURE: User letterzetter.vijftien
 (letterzetter.vijftien@borduurring.example.nl) not listed in Domino Directory
From: Postmaster@borduurring.example.nl
To: aanmelden@example.org
Date: Tue, 25 May 2010 10:01:56 +0200
Message-ID: <OFA7C2E4B1.9D3F5E60-ONC125772E.002C1A4B@borduurring.example.nl>
X-MIMETrack: Serialize by Router on DOMSRV01/GGZ/NL(Release 8.5.1FP2|March 17, 2010) at
 25-05-2010 10:01:56
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="==IFJRGLKFGIR7731UHRUHIHD"
Auto-Submitted: auto-replied

--==IFJRGLKFGIR7731UHRUHIHD
Content-Type: text/plain; charset="US-ASCII"

Your message

  Subject: """ + s + """

was not delivered to:

  letterzetter.vijftien@borduurring.example.nl

because:

  User letterzetter.vijftien (letterzetter.vijftien@borduurring.example.nl) not listed in Domino Directory

--==IFJRGLKFGIR7731UHRUHIHD
Content-Type: message/delivery-status

Reporting-MTA: dns;DOMSRV01.borduurring.example.nl
Arrival-Date: Tue, 25 May 2010 10:01:55 +0200

Final-Recipient: rfc822;letterzetter.vijftien@borduurring.example.nl
Action: failed
Status: 5.0.0

--==IFJRGLKFGIR7731UHRUHIHD
Content-Type: text/rfc822-headers

Received: from mail.example.org ([198.51.100.10])
          by smtp.borduurring.example.nl (Lotus Domino Release 8.5.1FP2)
          with ESMTP id 2010052510015541-8812 ;
          Tue, 25 May 2010 10:01:55 +0200
""" + hdrs + """X-MIMETrack: Itemize by SMTP Server on DOMSRV01/GGZ/NL(Release 8.5.1FP2|March 17, 2010) at
 25-05-2010 10:01:55
--==IFJRGLKFGIR7731UHRUHIHD--
"""), R("Lotus Domino 'DELIVERY FAILURE ... not listed in Domino "
        "Directory' for a day-1 reminder, its headers only"))

# 9. GroupWise: the new colleague's account does not exist yet
C = code("5GH2N-XA7QP", "Schrijnwerker Zeventien")
s, b = conf_nl("Schrijnwerker Zeventien", C, "Vluchtelingenwerk Garenklos",
               "maatschappelijk begeleider",
               "schrijnwerker.zeventien@garenklos.example.nl",
               ia="Vluchtelingenwerk Garenklos, Postbus 4017, 1300 GA Almere",
               ir="projectnummer VG-2010-07")
sent = robot_sent(s, b, "confirmation", C, "Schrijnwerker Zeventien",
                  "schrijnwerker.zeventien@garenklos.example.nl",
                  "2010-03-16 11:26")
add("groupwise-undeliverable-confirmation", Raw("""
Return-Path: <>
Received: from gwia.garenklos.example.nl (gwia.garenklos.example.nl [203.0.113.117])
	by mail.example.org (Postfix) with ESMTP id 81B7A2C0A6
	for <aanmelden@example.org>; Tue, 16 Mar 2010 11:26:19 +0100 (CET)
Message-Id: <4B9F5C6B.E5B1:117:64512@gwia.garenklos.example.nl>
Date: Tue, 16 Mar 2010 11:26:18 +0100
From: postmaster@gwia.garenklos.example.nl
To: aanmelden@example.org
Subject: Message status - undeliverable
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=__PartE5B1C2F0.0__="
Auto-Submitted: auto-replied

This is a MIME message. If you are reading this text, you may want to 
consider changing to a mail reader or gateway that understands how to 
properly handle MIME multipart messages.

--=__PartE5B1C2F0.0__=
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit

The message that you sent was undeliverable to the following:
	schrijnwerker.zeventien (user not found)

Possibly truncated original message follows:

--=__PartE5B1C2F0.0__=
Content-Type: message/delivery-status

Reporting-MTA: dns; gwia.garenklos.example.nl
Arrival-Date: Tue, 16 Mar 2010 11:26:17 +0100

Final-Recipient: rfc822; schrijnwerker.zeventien@garenklos.example.nl
Action: failed
Status: 5.1.1 (user not found)

--=__PartE5B1C2F0.0__=
Content-Type: message/rfc822

Received: from mail.example.org ([198.51.100.10])
	by gwia.garenklos.example.nl; Tue, 16 Mar 2010 11:26:17 +0100
""" + sent + """
--=__PartE5B1C2F0.0__=--
"""), R("GroupWise 'Message status - undeliverable' (user not found) "
        "returning the confirmation of a colleague whose account does not "
        "exist yet"))

# 10. Exim at a provider: delayed 24 hours
C = code("Y4B7H-M2QKS", "Kaarsenmaker Zevenentwintig")
s, b = conf_nl("Kaarsenmaker Zevenentwintig", C, "Stichting Lappendeken",
               "maatjescoördinator", "kaarsenmaker27@mail.example.net",
               phone="06 5552 7027",
               ia="Stichting Lappendeken, Lapjesweg 7, 1333 LP Almere")
add("exim-warning-delayed-24-hours", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: from smtp2.mail.example.net (smtp2.mail.example.net [203.0.113.92])
	by mail.example.org (Postfix) with ESMTPS id C4A8E2C0B7
	for <aanmelden@example.org>; Fri,  9 Apr 2010 10:52:56 +0200 (CEST)
Received: from Debian-exim by smtp2.mail.example.net with local (Exim 4.71)
	id 1O0A1u-0007Kc-2m
	for aanmelden@example.org; Fri, 09 Apr 2010 10:52:55 +0200
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@smtp2.mail.example.net>
To: aanmelden@example.org
References: """ + robot_mid("confirmation", C) + """
Content-Type: multipart/report; report-type=delivery-status; boundary=1270803175-eximdsn-1804289383
MIME-Version: 1.0
Subject: Warning: message 1Ozkd1-0001xY-Hh delayed 24 hours
Message-Id: <E1O0A1u-0007Kc-2m@smtp2.mail.example.net>
Date: Fri, 09 Apr 2010 10:52:55 +0200

--1270803175-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on smtp2.mail.example.net.

The message identifier is:     1Ozkd1-0001xY-Hh
The subject of the message is: """ + s + """
The date of the message is:    """ + d("2010-04-08 10:51") + """

The address to which the message has not yet been delivered is:

  kaarsenmaker27@mail.example.net
    Delay reason: SMTP error from remote mail server after RCPT TO:<kaarsenmaker27@mail.example.net>:
    host store3.mail.example.net [192.0.2.93]: 451 4.3.0 Temporary failure, mailbox locked

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1270803175-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; smtp2.mail.example.net

Action: delayed
Final-Recipient: rfc822;kaarsenmaker27@mail.example.net
Status: 4.0.0
Remote-MTA: dns; store3.mail.example.net
Diagnostic-Code: smtp; 451 4.3.0 Temporary failure, mailbox locked
Will-Retry-Until: Thu, 15 Apr 2010 10:51:49 +0200

--1270803175-eximdsn-1804289383
Content-type: text/rfc822-headers

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([198.51.100.10])
	by smtp2.mail.example.net with esmtps (TLS1.0:DHE_RSA_AES_256_CBC_SHA1:32)
	(Exim 4.71)
	(envelope-from <aanmelden@example.org>)
	id 1Ozkd1-0001xY-Hh
	for kaarsenmaker27@mail.example.net; Thu, 08 Apr 2010 10:51:49 +0200
""" + robot_headers(s, "confirmation", C,
                    to_hdr("Kaarsenmaker Zevenentwintig",
                           "kaarsenmaker27@mail.example.net"),
                    "2010-04-08 10:51") + """
--1270803175-eximdsn-1804289383--
"""), R("Exim 'Warning: message ... delayed 24 hours' from a provider, "
        "with the confirmation's subject and headers"))

# 11. Microsoft 365, English: the recipient is not found after a migration
C = code("C8V2T-5NJQW", "Clockmaker ThirtySix")
s, _h, _t = reminder_en("Clockmaker ThirtySix", C, 3,
                        "Tuesday 2 November 2010")
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Clockmaker ThirtySix",
                            "clockmaker.thirtysix@bobbinyouth.example.org"),
                     "2010-10-26 10:00", "en", auto="auto-generated")
add("m365-ndr-en-recipient-not-found-reminder", Raw("""
Return-Path: <>
Received: from EUR03-VE1-obe.outbound.protection.outlook.example.com (mail-ve1eur03on2098.outbound.protection.outlook.example.com [203.0.113.98])
	by mail.example.org (Postfix) with ESMTPS id 93DC02C0E5
	for <aanmelden@example.org>; Tue, 26 Oct 2010 10:00:49 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bobbinyouth.example.org>
To: <aanmelden@example.org>
Date: Tue, 26 Oct 2010 08:00:46 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_a0b7e3c4d2f14e51b6a9c8d7e6f5a4b3VI1PR03MB2201eurprd_"
Content-Language: en-US
X-MS-Has-Attach: yes
X-MS-Exchange-Message-Is-Ndr:
X-MS-TNEF-Correlator:
X-MS-PublicTrafficType: Email
Subject: Undeliverable: """ + s + """
Thread-Topic: """ + s + """
Thread-Index: AQHLdOf0x9sXk3bqQ0uI1oK2mWb8Rw==
Message-ID: <a0b7e3c4-d2f1-4e51-b6a9-c8d7e6f5a4b3@VI1PR03MB2201.eurprd03.prod.outlook.example.com>
In-Reply-To: """ + robot_mid("reminder", C) + """
References: """ + robot_mid("reminder", C) + """
Auto-Submitted: auto-replied
MIME-Version: 1.0

--_000_a0b7e3c4d2f14e51b6a9c8d7e6f5a4b3VI1PR03MB2201eurprd_
Content-Type: text/plain; charset="us-ascii"

Your message to clockmaker.thirtysix@bobbinyouth.example.org couldn't be delivered.
clockmaker.thirtysix wasn't found at bobbinyouth.example.org.

aanmelden       Office 365      clockmaker.thirtysix
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using a saved address, the recipient's email address may have changed. Contact the recipient by some other means to confirm the address.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address couldn't be found in the recipient's organization. This is often caused by a mailbox that was moved or removed without its old address being kept.

Original Message Details
Created Date:   10/26/2010 8:00:42 AM
Sender Address: aanmelden@example.org
Recipient Address:      clockmaker.thirtysix@bobbinyouth.example.org
Subject:        """ + s + """

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient clockmaker.thirtysix@bobbinyouth.example.org not found by SMTP address lookup
DSN generated by:       VI1PR03MB2201.eurprd03.prod.outlook.example.com

Original Message Headers
""" + hdrs + """
--_000_a0b7e3c4d2f14e51b6a9c8d7e6f5a4b3VI1PR03MB2201eurprd_
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR03MB2201.eurprd03.prod.outlook.example.com
Received-From-MTA: dns;mail.example.org
Arrival-Date: Tue, 26 Oct 2010 08:00:43 +0000

Final-Recipient: rfc822;clockmaker.thirtysix@bobbinyouth.example.org
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient clockmaker.thirtysix@bobbinyouth.example.org not found by SMTP address lookup


--_000_a0b7e3c4d2f14e51b6a9c8d7e6f5a4b3VI1PR03MB2201eurprd_
Content-Type: text/rfc822-headers

""" + hdrs + """
--_000_a0b7e3c4d2f14e51b6a9c8d7e6f5a4b3VI1PR03MB2201eurprd_--
"""), R("Microsoft 365 NDR 'RecipientNotFound' for an English day-3 "
        "reminder, text only (no HTML part), headers returned"))

# 12. a Sieve reject (RFC 5429) at a small organisation's own server
C = code("4TBW7-ZK9MA", "Kantwerker Zevenenzestig")
s, b = conf_nl("Kantwerker Zevenenzestig", C, "Stichting Dwarsdraad",
               "projectleider", "kantwerker.zevenenzestig@dwarsdraad.example.nl",
               phone="036 555 6767",
               ia="Stichting Dwarsdraad, Draadweg 67, 1341 DD Almere")
sent = robot_sent(s, b, "confirmation", C, "Kantwerker Zevenenzestig",
                  "kantwerker.zevenenzestig@dwarsdraad.example.nl",
                  "2010-05-07 12:21")
add("sieve-reject-mdn-confirmation", Raw("""
Return-Path: <>
Received: from mail.dwarsdraad.example.nl (mail.dwarsdraad.example.nl [203.0.113.67])
	by mail.example.org (Postfix) with ESMTPS id 5F0D42C0C0
	for <aanmelden@example.org>; Fri,  7 May 2010 12:21:11 +0200 (CEST)
Message-ID: <dovecot-sieve-1273227670-518022-0@mail.dwarsdraad.example.nl>
Date: Fri, 7 May 2010 12:21:10 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.dwarsdraad.example.nl>
To: <aanmelden@example.org>
Subject: Automatically rejected mail
Auto-Submitted: auto-replied (rejected)
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="1273227670-518022-1/mail.dwarsdraad.example.nl"

This is a MIME-encapsulated message

--1273227670-518022-1/mail.dwarsdraad.example.nl
Content-Type: text/plain; charset=utf-8
Content-Disposition: inline
Content-Transfer-Encoding: 8bit

Your message to <kantwerker.zevenenzestig@dwarsdraad.example.nl> was automatically rejected:
Deze mailbox neemt geen agenda-uitnodigingen van buiten Stichting Dwarsdraad aan. Stuur uw bericht zonder bijlage, of bel ons op 036 555 6700.

--1273227670-518022-1/mail.dwarsdraad.example.nl
Content-Type: message/disposition-notification

Reporting-UA: mail.dwarsdraad.example.nl; Dovecot Mail Delivery Agent
Final-Recipient: rfc822; kantwerker.zevenenzestig@dwarsdraad.example.nl
Original-Message-ID: """ + robot_mid("confirmation", C) + """
Disposition: automatic-action/MDN-sent-automatically; deleted

--1273227670-518022-1/mail.dwarsdraad.example.nl
Content-Type: message/rfc822

Return-Path: <aanmelden@example.org>
Delivered-To: kantwerker.zevenenzestig@dwarsdraad.example.nl
Received: from mail.example.org (mail.example.org [198.51.100.10])
	by mail.dwarsdraad.example.nl (Postfix) with ESMTPS id 3A1C8E0051
	for <kantwerker.zevenenzestig@dwarsdraad.example.nl>; Fri,  7 May 2010 12:21:09 +0200 (CEST)
""" + sent + """
--1273227670-518022-1/mail.dwarsdraad.example.nl--
"""), R("a Sieve reject (disposition-notification, 'deleted') that refuses "
        "the confirmation for its calendar file, with a phone number in "
        "the reason and the whole confirmation returned"))

# 13. Zimbra's Postfix: the account is closed
C = code("0XWN4-P7GDT", "Klompenmaker Achtentwintig")
s, _h, _t = reminder_nl("Klompenmaker Achtentwintig", C, 4,
                        "dinsdag 23 november 2010")
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Klompenmaker Achtentwintig",
                            "klompenmaker.achtentwintig@rijgdraad.example.nl"),
                     "2010-11-16 10:00", auto="auto-generated")
add("zimbra-postfix-dsn-account-closed-reminder", Raw("""
Return-Path: <>
Received: from zimbra.rijgdraad.example.nl (zimbra.rijgdraad.example.nl [203.0.113.128])
	by mail.example.org (Postfix) with ESMTPS id 8E1F52C0DA
	for <aanmelden@example.org>; Tue, 16 Nov 2010 10:01:54 +0100 (CET)
Received: by zimbra.rijgdraad.example.nl (Postfix)
	id 6D40F1D8001; Tue, 16 Nov 2010 10:01:53 +0100 (CET)
Date: Tue, 16 Nov 2010 10:01:53 +0100 (CET)
From: MAILER-DAEMON@zimbra.rijgdraad.example.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4C1B01D8000.1289898113/zimbra.rijgdraad.example.nl"
Message-Id: <20101116090153.6D40F1D8001@zimbra.rijgdraad.example.nl>

This is a MIME-encapsulated message.

--4C1B01D8000.1289898113/zimbra.rijgdraad.example.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host zimbra.rijgdraad.example.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<klompenmaker.achtentwintig@rijgdraad.example.nl>: host
    127.0.0.1[127.0.0.1] said: 550 5.1.1
    <klompenmaker.achtentwintig@rijgdraad.example.nl>: account is closed (in
    reply to RCPT TO command)

--4C1B01D8000.1289898113/zimbra.rijgdraad.example.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; zimbra.rijgdraad.example.nl
X-Postfix-Queue-ID: 4C1B01D8000
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 16 Nov 2010 10:01:52 +0100 (CET)

Final-Recipient: rfc822; klompenmaker.achtentwintig@rijgdraad.example.nl
Original-Recipient: rfc822;klompenmaker.achtentwintig@rijgdraad.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1
    <klompenmaker.achtentwintig@rijgdraad.example.nl>: account is closed

--4C1B01D8000.1289898113/zimbra.rijgdraad.example.nl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <aanmelden@example.org>
Received: from mail.example.org (mail.example.org [198.51.100.10])
	by zimbra.rijgdraad.example.nl (Postfix) with ESMTPS id 4C1B01D8000
	for <klompenmaker.achtentwintig@rijgdraad.example.nl>; Tue, 16 Nov 2010 10:01:52 +0100 (CET)
""" + hdrs + """
--4C1B01D8000.1289898113/zimbra.rijgdraad.example.nl--
"""), R("the Postfix of a Zimbra server: the day-4 reminder to a closed "
        "account, its headers only"))

# 14. Exchange 2003, English, without auto headers
C = code("FQ8T2-N6HWA", "Graveur Tweeëntwintig")
s, _h, _t = reminder_nl("Graveur Tweeëntwintig", C, 1, "dinsdag 1 juni 2010",
                        tomorrow=True)
hdrs = robot_headers(s, "reminder", C,
                     to_hdr("Graveur Tweeëntwintig",
                            "graveur.tweeentwintig@spoelwiel.example.nl"),
                     "2010-05-31 10:00", auto="auto-generated")
add("exchange2003-ndr-en-no-auto-headers", Raw("""
Return-Path: <>
Received: from mx1.spoelwiel.example.nl (mx1.spoelwiel.example.nl [203.0.113.57])
	by mail.example.org (Postfix) with ESMTPS id 2A5D62C0F0
	for <aanmelden@example.org>; Mon, 31 May 2010 10:01:39 +0200 (CEST)
Received: from exch01.spoelwiel.example.nl ([192.0.2.57])
	by mx1.spoelwiel.example.nl with esmtp (Exim 4.69)
	(envelope-from <>)
	id 1OJ0aJ-0004Wq-Ld
	for aanmelden@example.org; Mon, 31 May 2010 10:01:39 +0200
From: System Administrator <postmaster@spoelwiel.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Undeliverable: """ + s + """
Date: Mon, 31 May 2010 10:01:38 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----_=_NextPart_001_01CB00A8.3C4D5E60"
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
Thread-Topic: """ + s + """
Thread-Index: AcsAqDxNXmBN1o9JTqK1cPl9fQ8TQwAAAAGE
Message-ID: <A3F1E9C27B5D4C08@exch01.spoelwiel.example.nl>
X-MimeOLE: Produced By Microsoft Exchange V6.5

This is a multi-part message in MIME format.

------_=_NextPart_001_01CB00A8.3C4D5E60
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Your message did not reach some or all of the intended recipients.

      Subject:	""" + s + """
      Sent:	31-5-2010 10:00

The following recipient(s) cannot be reached:

      graveur.tweeentwintig@spoelwiel.example.nl on 31-5-2010 10:01
            The e-mail account does not exist at the organization this =
message was sent to.  Check the e-mail address, or contact the recipient =
directly to find out the correct address.
            <exch01.spoelwiel.example.nl #5.1.1>

------_=_NextPart_001_01CB00A8.3C4D5E60
Content-Type: message/delivery-status

Reporting-MTA: dns;exch01.spoelwiel.example.nl
Received-From-MTA: dns;mx1.spoelwiel.example.nl
Arrival-Date: Mon, 31 May 2010 10:01:37 +0200

Final-Recipient: rfc822;graveur.tweeentwintig@spoelwiel.example.nl
Action: failed
Status: 5.1.1

------_=_NextPart_001_01CB00A8.3C4D5E60
Content-Type: text/rfc822-headers

Received: from mx1.spoelwiel.example.nl ([192.0.2.56]) by exch01.spoelwiel.example.nl with Microsoft SMTPSVC(6.0.3790.4675);
	 Mon, 31 May 2010 10:01:37 +0200
""" + hdrs + """
------_=_NextPart_001_01CB00A8.3C4D5E60--
"""), R("Exchange 2003 'Undeliverable' NDR without Auto-Submitted for the "
        "day-before reminder of day 1, headers only"))

# 15. Exim: a forwarding loop between the work and the private address
C = code("D7K4Q-3VMXE", "Vlechter Negentien")
s, b = conf_nl("Vlechter Negentien", C, "Kinderopvang Knoopjesdoos",
               "pedagogisch coach",
               "vlechter.negentien@knoopjesdoos.example.nl",
               phone="06 5551 9019",
               ia="Kinderopvang Knoopjesdoos, Knoopsgat 19, 1334 BV Almere")
sent = robot_sent(s, b, "confirmation", C, "Vlechter Negentien",
                  "vlechter.negentien@knoopjesdoos.example.nl",
                  "2010-04-01 20:32")
hops = []
for i in range(15, 0, -1):
    sec = 39 + i // 2
    hops.append("Received: from smtp.mail.example.com ([203.0.113.44])\n"
                "\tby mx.knoopjesdoos.example.nl with esmtp (Exim 4.69)\n"
                "\t(envelope-from <aanmelden@example.org>)\n"
                "\tid 1OxPz%s-000%dQs-%02d\n"
                "\tfor vlechter.negentien@knoopjesdoos.example.nl; "
                "Thu, 01 Apr 2010 20:32:%02d +0200"
                % ("abcdefghijkmnpqr"[i], i % 10, i, sec))
    hops.append("Received: from mx.knoopjesdoos.example.nl ([203.0.113.19])\n"
                "\tby smtp.mail.example.com (Postfix) with ESMTP id %s\n"
                "\tfor <vlechter19@mail.example.com>; "
                "Thu,  1 Apr 2010 20:32:%02d +0200 (CEST)"
                % ("%X" % (0x3A7C10 + i * 7), sec))
add("exim-bounce-mail-loop-confirmation", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: from mx.knoopjesdoos.example.nl (mx.knoopjesdoos.example.nl [203.0.113.19])
	by mail.example.org (Postfix) with ESMTPS id 0B9A72C0E8
	for <aanmelden@example.org>; Thu,  1 Apr 2010 20:32:58 +0200 (CEST)
Received: from Debian-exim by mx.knoopjesdoos.example.nl with local (Exim 4.69)
	id 1OxPzk-0005Rt-8f
	for aanmelden@example.org; Thu, 01 Apr 2010 20:32:57 +0200
X-Failed-Recipients: vlechter.negentien@knoopjesdoos.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.knoopjesdoos.example.nl>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1OxPzk-0005Rt-8f@mx.knoopjesdoos.example.nl>
Date: Thu, 01 Apr 2010 20:32:57 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vlechter.negentien@knoopjesdoos.example.nl
    Too many "Received" headers - suspected mail loop

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
""" + "\n".join(hops) + """
Received: from mail.example.org ([198.51.100.10])
	by mx.knoopjesdoos.example.nl with esmtps (TLS1.0:DHE_RSA_AES_256_CBC_SHA1:32)
	(Exim 4.69)
	(envelope-from <aanmelden@example.org>)
	id 1OxPz3-0005Ns-1c
	for vlechter.negentien@knoopjesdoos.example.nl; Thu, 01 Apr 2010 20:32:39 +0200
""" + sent), R("Exim bounce for a mail loop between a work and a private "
               "address that forward to each other; the returned "
               "confirmation carries thirty Received headers"))

# 16. Microsoft 365 in Dutch: a municipal mailbox is full
C = code("7HC2R-VX9MP", "Tinnegieter Eenendertig")
s, b = conf_nl("Tinnegieter Eenendertig", C, "Gemeente Almere",
               "beleidsadviseur wonen", "tinnegieter.eenendertig@almere.nl",
               free=True, phone="036 555 3131")
sent = robot_sent(s, b, "confirmation", C, "Tinnegieter Eenendertig",
                  "tinnegieter.eenendertig@almere.nl", "2010-03-04 09:56")
add("m365-ndr-nl-mailbox-full-municipal", Raw("""
Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.example.com (mail-db5eur02on2113.outbound.protection.outlook.example.com [203.0.113.113])
	by mail.example.org (Postfix) with ESMTPS id 3E8C42C09D
	for <aanmelden@example.org>; Thu,  4 Mar 2010 09:56:27 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@almere.nl>
To: <aanmelden@example.org>
Date: Thu, 4 Mar 2010 08:56:25 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_1c9e6b2a7f3d4e8a9b0c5d6e7f8a9b0cDB6PR02MB3107eurprd_"
Content-Language: nl-NL
X-MS-Has-Attach: yes
X-MS-Exchange-Message-Is-Ndr:
X-MS-TNEF-Correlator:
X-MS-PublicTrafficType: Email
Subject: Onbestelbaar: """ + s + """
Thread-Topic: """ + s + """
Thread-Index: AQHKu3+G3vJ2k8cSgU2zq1Xo0R8b3A==
Message-ID: <1c9e6b2a-7f3d-4e8a-9b0c-5d6e7f8a9b0c@DB6PR02MB3107.eurprd02.prod.outlook.example.com>
In-Reply-To: """ + robot_mid("confirmation", C) + """
References: """ + robot_mid("confirmation", C) + """
Auto-Submitted: auto-replied
MIME-Version: 1.0

--_000_1c9e6b2a7f3d4e8a9b0c5d6e7f8a9b0cDB6PR02MB3107eurprd_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht aan tinnegieter.eenendertig@almere.nl kan niet worden bezorgd.
Het postvak van tinnegieter.eenendertig is vol.

aanmelden       Office 365      tinnegieter.eenendertig
Actie vereist                   Geadresseerde

Postvak vol

Het probleem oplossen
Het postvak van de geadresseerde is vol en kan momenteel geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden, of neem rechtstreeks contact op met de geadresseerde.

Meer informatie voor e-mailbeheerders
Statuscode: 554 5.2.2

Deze fout treedt op wanneer het postvak van de geadresseerde de opslaglimiet heeft overschreden.

Oorspronkelijke berichtdetails
Datum gemaakt:  4-3-2010 08:56:24
Adres afzender: aanmelden@example.org
Adres geadresseerde:    tinnegieter.eenendertig@almere.nl
Onderwerp:      """ + s + """

Details van fout
Gemelde fout: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]
DSN gegenereerd door:   DB6PR02MB3107.eurprd02.prod.outlook.example.com

--_000_1c9e6b2a7f3d4e8a9b0c5d6e7f8a9b0cDB6PR02MB3107eurprd_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB6PR02MB3107.eurprd02.prod.outlook.example.com
Received-From-MTA: dns;mail.example.org
Arrival-Date: Thu, 4 Mar 2010 08:56:24 +0000

Final-Recipient: rfc822;tinnegieter.eenendertig@almere.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded


--_000_1c9e6b2a7f3d4e8a9b0c5d6e7f8a9b0cDB6PR02MB3107eurprd_
Content-Type: message/rfc822

""" + sent + """
--_000_1c9e6b2a7f3d4e8a9b0c5d6e7f8a9b0cDB6PR02MB3107eurprd_--
"""), R("Microsoft 365 NDR in Dutch ('Onbestelbaar', postvak vol) from "
        "an almere.nl address, returning a municipal confirmation whole"))

# 17. the robot's own Postfix: its address is on a blocklist
s, b = incomplete_nl("Borstelmaker Achtenzestig", ["Organisatie", "Functie"],
                     [("Naam", "Borstelmaker Achtenzestig"),
                      ("E-mail", "borstelmaker68@stippellijn.example.net")])
sent = robot_mail(s, b, "incomplete", "borstelmaker68",
                  to_hdr("Borstelmaker Achtenzestig",
                         "borstelmaker68@stippellijn.example.net"),
                  "2010-03-22 19:05")
add("postfix-dsn-blocklisted-details-missing", Raw("""
Return-Path: <>
Delivered-To: aanmelden@example.org
Received: by mail.example.org (Postfix)
	id 77B0E2C0A1; Mon, 22 Mar 2010 19:05:33 +0100 (CET)
Date: Mon, 22 Mar 2010 19:05:33 +0100 (CET)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5D2A92C09F.1269281133/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100322180533.77B0E2C0A1@mail.example.org>

This is a MIME-encapsulated message.

--5D2A92C09F.1269281133/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<borstelmaker68@stippellijn.example.net>: host
    mx.stippellijn.example.net[203.0.113.168] said: 554 5.7.1 Service
    unavailable; Client host [198.51.100.10] blocked using
    bl.blocklist.example.net; see
    http://www.blocklist.example.net/query/198.51.100.10 (in reply to RCPT TO
    command)

--5D2A92C09F.1269281133/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 5D2A92C09F
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Mon, 22 Mar 2010 19:05:31 +0100 (CET)

Final-Recipient: rfc822; borstelmaker68@stippellijn.example.net
Original-Recipient: rfc822;borstelmaker68@stippellijn.example.net
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.stippellijn.example.net
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host
    [198.51.100.10] blocked using bl.blocklist.example.net; see
    http://www.blocklist.example.net/query/198.51.100.10

--5D2A92C09F.1269281133/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <aanmelden@example.org>
Received: from localhost (localhost [127.0.0.1])
	by mail.example.org (Postfix) with ESMTP id 5D2A92C09F
	for <borstelmaker68@stippellijn.example.net>; Mon, 22 Mar 2010 19:05:31 +0100 (CET)
""" + sent + """
--5D2A92C09F.1269281133/mail.example.org--
"""), R("Postfix DSN: the recipient's server refuses the robot's address "
        "as blocklisted; the returned 'details missing' mail quotes a "
        "name and address under 'Wat wij wel hebben begrepen'"))

# 18. Courier: the mailbox is over quota
s, b = question_nl("Tapijtknoper Negenenzestig", "Vraag over parkeren")
sent = robot_mail(s, b, "question", "tapijtknoper69",
                  to_hdr("Tapijtknoper Negenenzestig",
                         "tapijtknoper69@tapijt.example.net"),
                  "2010-05-19 11:42")
add("courier-notice-mail-delivery-status", Raw("""
Return-Path: <>
Received: from mail.tapijt.example.net (mail.tapijt.example.net [192.0.2.169])
	by mail.example.org (Postfix) with ESMTP id 1AE352C0B9
	for <aanmelden@example.org>; Wed, 19 May 2010 11:42:57 +0200 (CEST)
From: "Courier mail server at mail.tapijt.example.net" <@>
To: aanmelden@example.org
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier_0"
Content-Transfer-Encoding: 7bit
Message-ID: <courier.4BF3B2B0.00004E21@mail.tapijt.example.net>
Date: Wed, 19 May 2010 11:42:56 +0200

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--=_courier_0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mail.tapijt.example.net,
running the Courier mail server, version 0.63.0.

The original message was received on Wed, 19 May 2010 11:42:55 +0200
from mail.example.org [198.51.100.10]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<tapijtknoper69@tapijt.example.net>:
    mail.tapijt.example.net [192.0.2.169]:
>>> DELIVERY TO mailbox tapijtknoper69
<<< 552 Mail quota exceeded.

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.


--=_courier_0
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mail.tapijt.example.net
Arrival-Date: Wed, 19 May 2010 11:42:55 +0200

Final-Recipient: rfc822; tapijtknoper69@tapijt.example.net
Action: failed
Status: 5.0.0
Remote-MTA: dns; mail.tapijt.example.net
Diagnostic-Code: smtp; 552 Mail quota exceeded.

--=_courier_0
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail.example.org (mail.example.org [198.51.100.10])
  by mail.tapijt.example.net with ESMTP; Wed, 19 May 2010 11:42:55 +0200
  id 00004E1F.4BF3B2AF.00006A41
""" + sent + """
--=_courier_0--
"""), R("Courier 'NOTICE: mail delivery status.' from an empty sender, "
        "returning the robot's question acknowledgement"))

# 19. MDaemon: a send-only address cannot receive
s, b = received_nl("Stoffeerder Zeventig", "Nieuwsbrief Stichting Wandkleed: "
                   "leergang in de agenda")
sent = robot_mail(s, b, "received", "stoffeerder70",
                  "nieuwsbrief@wandkleed.example.net", "2010-03-17 14:01")
add("mdaemon-permanent-delivery-failure", Raw("""
Return-Path: <>
Received: from mail.wandkleed.example.net (mail.wandkleed.example.net [203.0.113.170])
	by mail.example.org (Postfix) with ESMTP id 52CF12C0B2
	for <aanmelden@example.org>; Wed, 17 Mar 2010 14:02:03 +0100 (CET)
From: MDaemon@mail.wandkleed.example.net
To: aanmelden@example.org
Subject: Permanent Delivery Failure
Date: Wed, 17 Mar 2010 14:02:01 +0100
Message-ID: <MDAEMON10001201003171402.AA0201625@mail.wandkleed.example.net>
X-MDDSN-Message: Yes
X-MDaemon-Deliver-To: aanmelden@example.org
X-Return-Path: <>
X-Actual-From: MDaemon@mail.wandkleed.example.net
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="0317-1402-0160-2512"

--0317-1402-0160-2512
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit

The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT WILL NOT BE DELIVERED.

The following recipients could not be reached:

    nieuwsbrief@wandkleed.example.net

--- Session Transcript ---
 Wed 2010-03-17 14:02:01: Parsing message <mail.wandkleed.example.net\\pd50000016204.msg>
 Wed 2010-03-17 14:02:01: *  From: aanmelden@example.org
 Wed 2010-03-17 14:02:01: *  To: nieuwsbrief@wandkleed.example.net
 Wed 2010-03-17 14:02:01: *  Subject: """ + s + """
 Wed 2010-03-17 14:02:01: *  Message-ID: """ + robot_mid("received", "stoffeerder70") + """
 Wed 2010-03-17 14:02:01: ---------- Local user does not exist (nieuwsbrief@wandkleed.example.net)
 Wed 2010-03-17 14:02:01: *  This address accepts no mail: send-only account
--- End Transcript ---

--0317-1402-0160-2512
Content-Type: message/rfc822
Content-Disposition: attachment

""" + sent + """
--0317-1402-0160-2512--
"""), R("MDaemon 'Permanent Delivery Failure' (no Auto-Submitted, "
        "Precedence: bulk) returning the robot's 'Ontvangen' "
        "acknowledgement to a newsletter's send-only address"))
