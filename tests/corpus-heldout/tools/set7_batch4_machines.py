"""Set 7, batch 4: machine mail (104-133). Nothing here may be answered.

Typed by hand, byte for byte where a machine writes it: bounces, delay
warnings, auto-replies, calendar replies, read receipts, list and bulk
mail, spam, ticket systems. The robot's own mails they return are rendered
from the templates by set7_lib.py.
"""
import base64

from set7_lib import (add, R, Raw, d, h, conf_nl, conf_en, wait_en,
                      incomplete_nl, question_nl, reminder_nl, reminder_en,
                      digest_nl, robot_mail, robot_headers, robot_mid,
                      ok_code, ROBOT, TITLE)

for _c in ("4N7QW-XB2KD", "E3BWQ-D8M6Z", "R7TWN-3GK5D", "V2HMS-9PQ4X",
           "E8DKZ-5NW3R", "H9TR3-KM5PZ", "P9DXJ-2WB7C", "V5RMB-J8T2N",
           "N8CKZ-4PX6H", "G9QMT-2B4XK", "7DMXQ-5VB8S", "P4HZM-6WX2J",
           "Z4QRB-8HT6M", "B6YZK-W4N7R", "H5XBN-2KM7T"):
    ok_code(_c)

# 104 Postfix DSN: the organisation's filter refused the confirmation ------
_s, _b = conf_nl("Cursusganger Een", "4N7QW-XB2KD", "Stichting Werktekening",
                 "beleidsadviseur wonen en zorg",
                 "cursusganger.een@werktekening.example.nl",
                 phone="036 555 0141",
                 ia="Stichting Werktekening, afd. Financiën, Postbus 60211, 1320 AE Almere",
                 ir="inkoopnummer 2010-0412")
add("bounce-postfix-filter-confirmation", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 3F2A81C0A2; Tue,  2 Mar 2010 09:12:41 +0100 (CET)
Date: Tue,  2 Mar 2010 09:12:41 +0100 (CET)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F2A81C0A2.1267517561/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100302081241.3F2A81C0A2@mail.example.org>

This is a MIME-encapsulated message.

--3F2A81C0A2.1267517561/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<cursusganger.een@werktekening.example.nl>: host
    mx.werktekening.example.nl[192.0.2.17] said: 550 5.7.1 Message rejected
    by content filter (spam score 7.2 > 6.0) (in reply to end of DATA command)

--3F2A81C0A2.1267517561/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F2A81C0A2
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue,  2 Mar 2010 09:12:26 +0100 (CET)

Final-Recipient: rfc822; cursusganger.een@werktekening.example.nl
Original-Recipient: rfc822;cursusganger.een@werktekening.example.nl
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.werktekening.example.nl
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by content filter (spam
    score 7.2 > 6.0)

--3F2A81C0A2.1267517561/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + robot_mail(_s, _b, "confirmation", "4N7QW-XB2KD",
                 "Cursusganger Een <cursusganger.een@werktekening.example.nl>",
                 "2010-03-02 09:12") + """
--3F2A81C0A2.1267517561/mail.example.org--
"""), R("Postfix DSN returning the confirmation the participant's filter refused"))

# 105 Microsoft 365 NDR, mailbox full, headers only ------------------------
_s = "Registration confirmed: %s [E3BWQ-D8M6Z]" % TITLE
add("bounce-m365-mailbox-full-headers", Raw("""
Received: from AM0PR05MB6001.eurprd05.prod.outlook.example.com ([::1]) by
 AM0PR05MB6001.eurprd05.prod.outlook.example.com ([fe80::1%%5]) with mapi id
 15.20.5632.012; Wed, 31 Mar 2010 12:07:31 +0200
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@homecare.example.com>
To: <aanmelden@example.org>
Date: Wed, 31 Mar 2010 10:07:31 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a2d5f1c4-7e2b-4d0f-9a55-0c3e6b1f2d81"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <7b3c5a1e-2f44-4b1e-8c2d-91a0e7d4c233@AM0PR05MB6001.eurprd05.prod.outlook.example.com>
In-Reply-To: %s
References: %s
Subject: Undeliverable: %s
Auto-Submitted: auto-replied

--a2d5f1c4-7e2b-4d0f-9a55-0c3e6b1f2d81
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to s.twentythree@homecare.example.com couldn't be delivered.

The mailbox of s.twentythree at homecare.example.com is full and can't
accept messages now.

Action Required                                Recipient
Mailbox full                                   s.twentythree

How to Fix It
The recipient's mailbox is full and can't accept messages now. Please try
resending your message later, or contact the recipient directly.

More Info for Email Admins
Status code: 554 5.2.2

Original Message Details
Created Date:       3/31/2010 10:06:48 AM
Sender Address:     aanmelden@example.org
Recipient Address:  s.twentythree@homecare.example.com
Subject:            %s

Error Details
Reported error:     554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
DSN generated by:   AM0PR05MB6001.eurprd05.prod.outlook.example.com

--a2d5f1c4-7e2b-4d0f-9a55-0c3e6b1f2d81
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR05MB6001.eurprd05.prod.outlook.example.com
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 31 Mar 2010 10:06:50 +0000

Final-Recipient: rfc822;s.twentythree@homecare.example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--a2d5f1c4-7e2b-4d0f-9a55-0c3e6b1f2d81
Content-Type: text/rfc822-headers

%s
--a2d5f1c4-7e2b-4d0f-9a55-0c3e6b1f2d81--
""" % (robot_mid("confirmation", "E3BWQ-D8M6Z"), robot_mid("confirmation", "E3BWQ-D8M6Z"),
       _s, _s, robot_headers(_s, "confirmation", "E3BWQ-D8M6Z",
                             "Steward TwentyThree <s.twentythree@homecare.example.com>",
                             "2010-03-31 12:06", lang="en"))),
    R("Microsoft 365 NDR (mailbox full) with the confirmation's headers only"))

# 106 Exim at the recipient's relay returns a waiting-list notice ----------
_s, _b = wait_en("Mentor FiftyThree", "R7TWN-3GK5D", 1,
                 "Example Tenants' Voice Almere", "community organiser",
                 "m.fiftythree@tenantsvoice.example.org", cap=True,
                 phone="06 5555 3053",
                 ia="Example Tenants' Voice Almere, Finance, Postbus 5151, 1300 JA Almere",
                 ir="purchase order TV-0503")
add("bounce-exim-plain-waitlist", Raw("""
Return-path: <>
Envelope-to: aanmelden@example.org
Delivery-date: Mon, 03 May 2010 09:41:12 +0200
Received: from mailnull by relay.tenantsvoice.example.org with local (Exim 4.71)
	id 1O8q3M-0004Xa-7d
	for aanmelden@example.org; Mon, 03 May 2010 09:41:08 +0200
X-Failed-Recipients: m.fiftythree@tenantsvoice.example.org
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.tenantsvoice.example.org>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1O8q3M-0004Xa-7d@relay.tenantsvoice.example.org>
Date: Mon, 03 May 2010 09:41:08 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.fiftythree@tenantsvoice.example.org
    SMTP error from remote mail server after RCPT TO:<m.fiftythree@tenantsvoice.example.org>:
    host mailstore.tenantsvoice.example.org [192.0.2.53]: 550 5.1.1 <m.fiftythree@tenantsvoice.example.org>:
    Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([192.0.2.10])
	by relay.tenantsvoice.example.org with esmtps (TLS1.0:RSA_AES_256_CBC_SHA1:32)
	(Exim 4.71)
	(envelope-from <aanmelden@example.org>)
	id 1O8q3K-0004XT-2b
	for m.fiftythree@tenantsvoice.example.org; Mon, 03 May 2010 09:41:06 +0200
""" + robot_mail(_s, _b, "waitlist", "R7TWN-3GK5D",
                 "Mentor FiftyThree <m.fiftythree@tenantsvoice.example.org>",
                 "2010-05-03 09:40", lang="en")),
    R("Exim plain-text bounce returning a waiting-list notice"))

# 107 a provider's DSN returns the "details missing" mail -------------------
_s, _b = incomplete_nl("Novice Honderdtwintig", ["Organisatie", "Functie"], [
    ("Naam", "Novice Honderdtwintig"),
    ("E-mailadres", "novice120@example.com")])
add("bounce-dsn-address-not-found-incomplete", Raw("""
Delivered-To: aanmelden@example.org
Received: by 10.0.2.15 with SMTP id x15csp118; Mon, 19 Apr 2010 14:03:41 -0700 (PDT)
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@mx.example.com>
To: aanmelden@example.org
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
Date: Mon, 19 Apr 2010 14:03:41 -0700 (PDT)
Message-ID: <5bc8e1d0.0a1b2c3d.41.7f10@mx.example.com>
References: %s
In-Reply-To: %s
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000d1b9e70584a2a3f0"; report-type=delivery-status

--000000000000d1b9e70584a2a3f0
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to novice120@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--000000000000d1b9e70584a2a3f0
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com
Received-From-MTA: dns; mail.example.org
Arrival-Date: Mon, 19 Apr 2010 14:03:40 -0700 (PDT)

Final-Recipient: rfc822; novice120@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 19 Apr 2010 14:03:41 -0700 (PDT)

--000000000000d1b9e70584a2a3f0
Content-Type: message/rfc822

%s
--000000000000d1b9e70584a2a3f0--
""" % (robot_mid("incomplete", "i107"), robot_mid("incomplete", "i107"),
       robot_mail(_s, _b, "incomplete", "i107",
                  "Novice Honderdtwintig <novice120@example.com>",
                  "2010-04-19 23:03"))),
    R("a DSN 'address not found' returning the robot's 'details missing' mail"))

# 108 a Dutch provider's bounce without any auto headers --------------------
_s, _b = question_nl("Inschrijver Honderdacht", "Betalen zonder factuur?")
add("bounce-nl-provider-plain-no-headers", Raw("""
Return-Path: <>
Received: from mx1.example.nl (mx1.example.nl [192.0.2.88])
	by mail.example.org (Postfix) with ESMTP id 7A1C21C0B5
	for <aanmelden@example.org>; Thu, 15 Apr 2010 20:14:02 +0200 (CEST)
From: Postmaster <postmaster@mx1.example.nl>
To: aanmelden@example.org
Subject: Uw bericht kon niet worden bezorgd
Date: Thu, 15 Apr 2010 20:14:01 +0200
Message-ID: <bezorgfout.20100415201401.4411@mx1.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Geachte afzender,

Uw bericht aan inschrijver108@example.nl kon niet worden bezorgd.
De mailbox van de ontvanger is vol.

Probeer het later nog eens of neem op een andere manier contact op
met de ontvanger.

Dit is een automatisch bericht. U kunt hier niet op antwoorden.

Met vriendelijke groet,
Klantenservice E-mail

----- Oorspronkelijk bericht -----
Van: %s
Aan: inschrijver108@example.nl
Onderwerp: %s
Datum: %s

%s
""" % (ROBOT, _s, d("2010-04-15 20:13"), _b), charset="iso-8859-1"),
    R("a provider's plain-text bounce without auto headers, returning the robot's acknowledgement of a question"))

# 109 Postfix delay warning for a reminder, headers only --------------------
_s, _h, _t = reminder_nl("Stadmaker Zevenendertig", "V2HMS-9PQ4X", 1,
                         "dinsdag 1 juni 2010")
add("delay-postfix-reminder-headers", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 9C4E21C0D7; Tue, 25 May 2010 14:01:12 +0200 (CEST)
Date: Tue, 25 May 2010 14:01:12 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9C4E21C0D7.1274788872/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100525120112.9C4E21C0D7@mail.example.org>

This is a MIME-encapsulated message.

--9C4E21C0D7.1274788872/mail.example.org
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

<s.zevenendertig@concepthof.example.nl>: connect to
    mx.concepthof.example.nl[192.0.2.37]:25: Connection timed out

--9C4E21C0D7.1274788872/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 9C4E21C0D7
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 25 May 2010 10:00:55 +0200 (CEST)

Final-Recipient: rfc822; s.zevenendertig@concepthof.example.nl
Original-Recipient: rfc822;s.zevenendertig@concepthof.example.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.concepthof.example.nl[192.0.2.37]:25:
    Connection timed out
Will-Retry-Until: Sun, 30 May 2010 10:00:55 +0200 (CEST)

--9C4E21C0D7.1274788872/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

""" + robot_headers(_s, "reminder", "V2HMS-9PQ4X-1",
                    "Stadmaker Zevenendertig <s.zevenendertig@concepthof.example.nl>",
                    "2010-05-25 10:00", auto="auto-generated") + """
--9C4E21C0D7.1274788872/mail.example.org--
"""), R("a Postfix delay warning for the 7-day reminder, headers only"))

# 110 Exchange 2010 NDR in Dutch: the organiser's mailbox refused the digest
_s, _b = digest_nl(
    "12 mei 2010", "11 mei 2010 08:00", 20, 1, "dinsdag 1 juni 2010",
    [("gemeente", 6, 14, 20, 0), ("organisaties", 40, 0, 40, 9)],
    [], [], [], [], "EUR 40.000,00", 14, 0)
add("ndr-exchange2010-nl-digest", Raw("""
Received: from EXCH01.almere.nl ([192.0.2.201]) by EXCH01.almere.nl
 ([192.0.2.201]) with mapi; Wed, 12 May 2010 08:00:44 +0200
From: Microsoft Exchange <postmaster@almere.nl>
To: aanmelden@example.org
Date: Wed, 12 May 2010 08:00:44 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAF1A2B3C4D5E6EXCH01.almere.nl"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <NdRjAbCdEf0012345@EXCH01.almere.nl>
Subject: Onbestelbaar: %s
Auto-Submitted: auto-replied

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAF1A2B3C4D5E6EXCH01.almere.nl
Content-Type: text/plain; charset=unicode-1-1-utf-7

Levering is mislukt voor deze ontvangers of distributielijsten:

secretariaat@almere.nl
Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem rechtstreeks contact op met de ontvanger.

Diagnostische informatie voor beheerders:

Genererende server: EXCH01.almere.nl

secretariaat@almere.nl
#554 5.2.2 mailbox full ##

--9B095B5ADSN=_01CAF1A2B3C4D5E6EXCH01.almere.nl
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.almere.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 12 May 2010 08:00:42 +0200

Final-Recipient: rfc822;secretariaat@almere.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--9B095B5ADSN=_01CAF1A2B3C4D5E6EXCH01.almere.nl
Content-Type: text/rfc822-headers

%s
--9B095B5ADSN=_01CAF1A2B3C4D5E6EXCH01.almere.nl--
""" % (_s, robot_headers(_s, "digest", "2010-05-12",
                         "Programmasecretariaat Dienst Maatschappelijke Ontwikkeling <secretariaat@almere.nl>",
                         "2010-05-12 08:00", auto="auto-generated"))),
    R("Exchange 2010 NDR in Dutch: the organiser's full mailbox refused the digest"))

# 111 sendmail returns an English confirmation (mailbox over quota) ---------
_s, _b = conf_en("Novice EightySeven", "E8DKZ-5NW3R",
                 "Example Youth Works Almere", "volunteer homework coach",
                 "novice87@example.com", phone="06 5558 7087",
                 ia="Example Youth Works Almere, Finance, Grote Markt 26, 1315 JG Almere")
add("bounce-sendmail-quota-confirmation", Raw("""
Return-Path: <MAILER-DAEMON@mx2.example.com>
Received: from localhost (localhost)
	by mx2.example.com (8.14.3/8.14.3) id o3T8F2pQ011873;
	Thu, 29 Apr 2010 10:15:09 +0200
Date: Thu, 29 Apr 2010 10:15:09 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mx2.example.com>
Message-Id: <201004290815.o3T8F2pQ011873@mx2.example.com>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="o3T8F2pQ011873.1272528909/mx2.example.com"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--o3T8F2pQ011873.1272528909/mx2.example.com

The original message was received at Thu, 29 Apr 2010 10:15:07 +0200
from mail.example.org [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<novice87@example.com>
    (reason: 552 5.2.2 Mailbox over quota)

   ----- Transcript of session follows -----
mail.local: Disc quota exceeded
552 5.2.2 <novice87@example.com>... Mailbox over quota

--o3T8F2pQ011873.1272528909/mx2.example.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.example.com
Received-From-MTA: DNS; mail.example.org
Arrival-Date: Thu, 29 Apr 2010 10:15:07 +0200

Final-Recipient: RFC822; novice87@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox over quota
Last-Attempt-Date: Thu, 29 Apr 2010 10:15:09 +0200

--o3T8F2pQ011873.1272528909/mx2.example.com
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + robot_mail(_s, _b, "confirmation", "E8DKZ-5NW3R",
                 "Novice EightySeven <novice87@example.com>",
                 "2010-04-29 10:05", lang="en") + """
--o3T8F2pQ011873.1272528909/mx2.example.com--
"""), R("sendmail 'Returned mail' with the English confirmation (mailbox over quota)"))

# 112 Mailman holds the robot's reply for moderation -------------------------
add("mailman-moderation-hold", Raw("""
Return-Path: <wijkteams-overleg-bounces@lists.example.org>
From: wijkteams-overleg-owner@lists.example.org
To: aanmelden@example.org
Subject: Uw bericht aan Wijkteams-overleg wacht op goedkeuring van de
 moderator
Date: Fri, 23 Apr 2010 10:02:11 +0200
Message-ID: <mailman.311.1272009731.2213.wijkteams-overleg@lists.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Precedence: bulk
X-BeenThere: wijkteams-overleg@lists.example.org
X-Mailman-Version: 2.1.13
List-Id: Overleg wijkteams Almere <wijkteams-overleg.lists.example.org>
X-List-Administrivia: yes
Sender: wijkteams-overleg-bounces@lists.example.org
Errors-To: wijkteams-overleg-bounces@lists.example.org

Uw e-mail aan 'Wijkteams-overleg' met het onderwerp

    Aanmelding Almere: Sociale ambities in een groeiende stad: wij missen nog gegevens

wordt vastgehouden totdat de lijstmoderator het kan bekijken.

De reden hiervoor is:

    Afzender is geen lid van de lijst

U zult een bericht ontvangen wanneer de moderator een besluit heeft
genomen. Wilt u het bericht intrekken, dan kunt u de volgende URL
bezoeken:

    http://lists.example.org/mailman/confirm/wijkteams-overleg/3f0c1b2a9d
"""), R("Mailman holds the robot's reply to a list for moderation"))

# 113 Gmail vacation responder to a confirmation ----------------------------
add("vacation-gmail-en-confirmation", Raw("""
MIME-Version: 1.0
Received: by 10.0.0.41 with HTTP; Wed, 3 Mar 2010 12:48:02 -0800 (PST)
In-Reply-To: %s
References: %s
Date: Wed, 3 Mar 2010 21:48:02 +0100
Auto-Submitted: auto-replied
Message-ID: <AANLkTikv8d2Wq3Nf0vacation7e1c2a@mail.example.com>
Subject: Re: Registration confirmed: %s [H9TR3-KM5PZ]
From: Practitioner Two <practitioner.two@communitybuilders.example.com>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Content-Type: multipart/alternative; boundary=0016e6d99b5c9a2f7e0480e7a2b1

--0016e6d99b5c9a2f7e0480e7a2b1
Content-Type: text/plain; charset=ISO-8859-1

Thank you for your email. I'm away until Monday 8 March with very limited
access to email. For urgent neighbourhood matters please call the office on
+31 36 555 0200.

Practitioner Two

--0016e6d99b5c9a2f7e0480e7a2b1
Content-Type: text/html; charset=ISO-8859-1

Thank you for your email. I'm away until Monday 8 March with very limited access to email. For urgent neighbourhood matters please call the office on +31 36 555 0200.<br><br>Practitioner Two<br>

--0016e6d99b5c9a2f7e0480e7a2b1--
""" % (robot_mid("confirmation", "H9TR3-KM5PZ"), robot_mid("confirmation", "H9TR3-KM5PZ"),
       TITLE)), R("a Gmail vacation reply (Auto-Submitted) to the confirmation"))

# 114 Outlook 365 automatic reply in Dutch ----------------------------------
add("ooo-o365-nl-confirmation", Raw("""
From: Leergenoot Zevenentwintig <leergenoot27@proefles.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: Bevestiging aanmelding %s [P9DXJ-2WB7C]
Thread-Topic: Bevestiging aanmelding %s [P9DXJ-2WB7C]
Thread-Index: AQHZoofA3c4f5e6a7b8c9d0e1f2a3b4c5d6==
Date: Thu, 8 Apr 2010 06:47:52 +0000
Message-ID: <AM6PR02MB4455A1B2C3D4E5F6A7B8C9D0E1F2@AM6PR02MB4455.eurprd02.prod.outlook.example.com>
References: %s
In-Reply-To: %s
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: leergenoot27@proefles.example.nl
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Beste afzender,

Ik ben afwezig tot en met 18 april (meivakantie ROC) en lees mijn mail niet=
. Voor vragen over inschrijvingen bij onze opleidingen kunt u terecht bij h=
et studentenloket: studentenloket@proefles.example.nl.

Met vriendelijke groet,
Leergenoot Zevenentwintig
""" % (TITLE, TITLE, robot_mid("confirmation", "P9DXJ-2WB7C"),
       robot_mid("confirmation", "P9DXJ-2WB7C"))),
    R("an Outlook 365 out-of-office (auto-generated) to the confirmation, with registration words"))

# 115 a finance mailbox's acknowledgement without any auto headers -----------
add("ack-nl-finance-no-auto-headers", Raw("""
From: Administratie Wijkatelier <administratie.wijkatelier@example.net>
To: aanmelden@example.org
Subject: Ontvangen: Uw vraag is doorgestuurd: Vraag over de bijdrage
Date: Fri, 26 Mar 2010 10:01:07 +0100
Message-ID: <20100326100107.52814.qmail@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hartelijk dank voor uw bericht aan de financi=EBle administratie van Sticht=
ing Wijkatelier Proefvlak.

Facturen worden binnen 30 dagen na ontvangst betaald. Nieuwe leveranciers k=
unnen zich aanmelden via crediteuren@wijkatelier.example.nl. Wij behandelen=
 uw bericht binnen drie werkdagen.

Dit bericht is automatisch verzonden.
"""), R("a finance mailbox's automatic acknowledgement without any auto headers"))

# 116 Fastmail vacation (Sieve) to a reminder --------------------------------
_s, _h, _t = reminder_en("Pupil Fourteen", "V5RMB-J8T2N", 2,
                         "Thursday 23 September 2010")
add("vacation-sieve-en-reminder", Raw("""
Return-Path: <>
Received: from compute2.internal (compute2.nyi.internal [10.202.2.42])
	by mailout.nyi.internal (Postfix) with ESMTP id 5E2B95C0123
	for <aanmelden@example.org>; Thu, 16 Sep 2010 04:00:58 -0400 (EDT)
From: Pupil Fourteen <pupil14@fastmail.example.com>
To: aanmelden@example.org
Subject: Auto: %s
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
Date: Thu, 16 Sep 2010 10:00:58 +0200
Message-ID: <sieve-vacation-16f2c5a1e0b34d7e@fastmail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

I am on parental leave until 1 October 2010 and will not be reading email.
Urgent research matters: please write to office@pupilfourteen.example.com.
""" % (_s, robot_mid("reminder", "V5RMB-J8T2N-2"), robot_mid("reminder", "V5RMB-J8T2N-2"))),
    R("a Sieve vacation reply (auto-replied, Precedence: bulk) to the day-2 reminder"))

# 117 an address-changed autoresponder ---------------------------------------
_s, _h, _t = reminder_nl("Cursusganger Vijftien", "N8CKZ-4PX6H", 1,
                         "dinsdag 1 juni 2010")
add("autoreply-nl-address-changed", Raw("""
Return-Path: <>
From: Cursusganger Vijftien <c.vijftien@rekenvoorbeeld.example.nl>
To: aanmelden@example.org
Subject: Adreswijziging (was: %s)
Date: Tue, 25 May 2010 10:01:03 +0200
Message-ID: <autoreply.1274774463.90211@rekenvoorbeeld.example.nl>
In-Reply-To: %s
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit e-mailadres is sinds 1 mei 2010 niet meer in gebruik.
Schuldhulp Rekenvoorbeeld is verhuisd en heeft nieuwe mailadressen.

U kunt mij voortaan bereiken op: c.vijftien@rekenvoorbeeld-almere.example.nl

Uw bericht is niet doorgestuurd.
""" % (_s, robot_mid("reminder", "N8CKZ-4PX6H-1"))),
    R("an 'address no longer in use' autoresponder to a reminder, naming a new address"))

# 118 Exchange 2010 automatic reply in English -------------------------------
add("ooo-exchange2010-en-confirmation", Raw("""
From: Mentor Seventeen <m.seventeen@socialwork.example.edu>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatic reply: Registration confirmed: %s [G9QMT-2B4XK]
Thread-Topic: Registration confirmed: %s [G9QMT-2B4XK]
Thread-Index: AQHKyqB1mK0pW2s3Tk6o7Yv8dXhQ5w==
Date: Tue, 23 Mar 2010 12:18:51 +0000
Message-ID: <2E1F5A8C7D6B4A3F9E8D7C6B5A4F3E2D@EXMBX02.socialwork.example.edu>
In-Reply-To: %s
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-originating-ip: [192.0.2.170]
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your message. I am at a conference abroad until 29 March with=
 limited access to email.

For registration for our own courses and minors, please contact the educati=
on office at education@socialwork.example.edu.

Mentor Seventeen
Senior lecturer community work
""" % (TITLE, TITLE, robot_mid("confirmation", "G9QMT-2B4XK"))),
    R("an Exchange 2010 out-of-office (auto-generated) with registration words"))

# 119 Outlook accepts the calendar file -------------------------------------
_ics119 = """\
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Netwerker Zes:mailto:nzes@almere.nl
COMMENT;LANGUAGE=nl-NL:\\n
SUMMARY;LANGUAGE=nl-NL:Geaccepteerd: Almere: Sociale ambities in een groeiende
  stad - dag 1
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-%s-1@example.org
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20100309T092312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:De Nieuwe Bibliotheek\\, Nieuwe Lokaal (4de verdiepin
 g)\\, Stadhuisplein 101\\, 1315 XC Almere
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
END:VEVENT
END:VCALENDAR
""" % h("ics", "7DMXQ-5VB8S")[:16]
add("calendar-outlook-accepted", Raw("""
From: Netwerker Zes <nzes@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad - dag 1
Thread-Topic: Almere: Sociale ambities in een groeiende stad - dag 1
Thread-Index: AcrLa1z2e3f4a5b6c7d8e9f0a1b2c3d4e5==
Date: Tue, 9 Mar 2010 10:23:12 +0100
Message-ID: <A7C3E5F1B2D4486A9C0E1F2A3B4C5D6E@EXCH01.almere.nl>
Accept-Language: nl-NL
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_A7C3E5F1B2D4486A9C0E1F2A3B4C5D6EEXCH01almerenl_"
MIME-Version: 1.0

--_000_A7C3E5F1B2D4486A9C0E1F2A3B4C5D6EEXCH01almerenl_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable


--_000_A7C3E5F1B2D4486A9C0E1F2A3B4C5D6EEXCH01almerenl_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

""" + _ics119 + """
--_000_A7C3E5F1B2D4486A9C0E1F2A3B4C5D6EEXCH01almerenl_--
"""), R("an Outlook calendar reply (iMIP REPLY, accepted) to the confirmation's calendar file"))

# 120 Google Calendar declines day 2 ----------------------------------------
_ics120 = """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20100923T074500Z
DTEND:20100923T143000Z
DTSTAMP:20100910T131502Z
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
UID:regbot-%s-2@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Novice
  TwentyOne;X-NUM-GUESTS=0:mailto:novice.twentyone@learningtrust.example.org
CREATED:20100329T075012Z
DESCRIPTION:
LAST-MODIFIED:20100910T131502Z
LOCATION:De Nieuwe Bibliotheek\\, Stadhuisplein 101\\, 1315 XC Almere
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Almere: Sociale ambities in een groeiende stad - dag 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % h("ics", "P4HZM-6WX2J")[:16]
add("calendar-google-declined-day2", Raw("""
MIME-Version: 1.0
Reply-To: Novice TwentyOne <novice.twentyone@learningtrust.example.org>
Sender: Google Calendar <calendar-notification@calendar.example.com>
Message-ID: <0000000000009e1c2b0490a1f3c4@calendar.example.com>
Date: Fri, 10 Sep 2010 13:15:02 +0000
Subject: Declined: Almere: Sociale ambities in een groeiende stad - dag 2 @ Thu
 23 Sep 2010 09:45 - 16:30 (CEST) (aanmelden@example.org)
From: Novice TwentyOne <novice.twentyone@learningtrust.example.org>
To: aanmelden@example.org
Content-Type: multipart/mixed; boundary="0000000000009e1c1f0490a1f3c2"

--0000000000009e1c1f0490a1f3c2
Content-Type: multipart/alternative; boundary="0000000000009e1c1e0490a1f3c1"

--0000000000009e1c1e0490a1f3c1
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

""" + base64.encodebytes(
    "Novice TwentyOne has declined this invitation.\n\n"
    "Almere: Sociale ambities in een groeiende stad - dag 2\n"
    "When: Thu 23 Sep 2010 09:45 \u2013 16:30 Central European Time - Amsterdam\n\n"
    "Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere\n\n"
    "Organiser: deSTADSWIJKstudies Almere - aanmelden@example.org\n\n"
    "Invitation from Google Calendar\n".encode()).decode() + """
--0000000000009e1c1e0490a1f3c1
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

""" + _ics120 + """
--0000000000009e1c1e0490a1f3c1--

--0000000000009e1c1f0490a1f3c2
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + base64.encodebytes(_ics120.encode()).decode() + """
--0000000000009e1c1f0490a1f3c2--
"""), R("a Google Calendar 'Declined' for day 2: calendar machine mail, not a cancellation"))

# 121 Outlook tentative -------------------------------------------------------
_ics121 = """\
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=TENTATIVE;CN=Inschrijver Tweeendertig:mailto:i.tweeendert
 ig@ruwbouw.example.nl
COMMENT;LANGUAGE=nl-NL:Nog afhankelijk van het rooster\\, ik laat het weten.\\n
SUMMARY;LANGUAGE=nl-NL:Voorlopig: Almere: Sociale ambities in een groeiende s
 tad - dag 1
DTSTART;TZID=W. Europe Standard Time:20100601T094500
DTEND;TZID=W. Europe Standard Time:20100601T163000
UID:regbot-%s-1@example.org
DTSTAMP:20100415T115102Z
SEQUENCE:0
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
END:VEVENT
END:VCALENDAR
""" % h("ics", "Z4QRB-8HT6M")[:16]
add("calendar-outlook-tentative-comment", Raw("""
From: Inschrijver Tweeendertig <i.tweeendertig@ruwbouw.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Voorlopig: Almere: Sociale ambities in een groeiende stad - dag 1
Thread-Topic: Almere: Sociale ambities in een groeiende stad - dag 1
Thread-Index: AQHY3c9a0b1c2d3e4f5a6b7c8d9e0f1a2b==
Date: Thu, 15 Apr 2010 11:51:02 +0000
Message-ID: <DB7PR01MB5566C1D2E3F4A5B6C7D8E9F0A1B2@DB7PR01MB5566.eurprd01.prod.outlook.example.com>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_DB7PR01MB5566C1D2_"
MIME-Version: 1.0

--_000_DB7PR01MB5566C1D2_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Nog afhankelijk van het rooster, ik laat het weten.

--_000_DB7PR01MB5566C1D2_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 8bit

""" + _ics121 + """
--_000_DB7PR01MB5566C1D2_--
"""), R("an Outlook 'Voorlopig' calendar reply with a comment: calendar machine mail"))

# 122 Roundcube read receipt ---------------------------------------------------
_s = "Bevestiging aanmelding %s [B6YZK-W4N7R]" % TITLE
add("mdn-roundcube-nl-displayed", Raw("""
Message-ID: <9d1c0b5e7a3f2e1d4c6b8a0f2e4d6c8b@voorstudie.example.nl>
Date: Mon, 15 Mar 2010 08:44:10 +0100
From: Inschrijver Negen <inschrijver.negen@voorstudie.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Ontvangstbevestiging (weergegeven) - %s
References: %s
User-Agent: Roundcube Webmail/1.6.1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="=_3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f"

--=_3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dit is een ontvangstbevestiging voor het bericht dat u heeft verzonden aan =
Inschrijver Negen <inschrijver.negen@voorstudie.example.nl>.

Opmerking: dit bevestigt alleen dat het bericht is weergegeven op de comput=
er van de ontvanger. Er is geen garantie dat de ontvanger de inhoud van het=
 bericht heeft gelezen of begrepen.

--=_3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f
Content-Type: message/disposition-notification

Reporting-UA: Roundcube Webmail/1.6.1
Original-Recipient: rfc822;inschrijver.negen@voorstudie.example.nl
Final-Recipient: rfc822;inschrijver.negen@voorstudie.example.nl
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed

--=_3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f--
""" % (_s, robot_mid("confirmation", "B6YZK-W4N7R"),
       robot_mid("confirmation", "B6YZK-W4N7R"))),
    R("a read receipt (MDN, displayed) for the confirmation"))

# 123 Outlook 'Niet gelezen' ---------------------------------------------------
_s = "Bevestiging aanmelding %s [H5XBN-2KM7T]" % TITLE
add("mdn-outlook-nl-deleted-unread", Raw("""
From: Polderaar Veertig <p.veertig@steigerwerk.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Niet gelezen: %s
Date: Fri, 14 May 2010 16:20:33 +0000
Message-ID: <VI1PR03MB4422D5E6F7A8B9C0D1E2F3A4B5C6@VI1PR03MB4422.eurprd03.prod.outlook.example.com>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_VI1PR03MB4422D5E6_"
MIME-Version: 1.0

--_000_VI1PR03MB4422D5E6_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: Polderaar Veertig
  Onderwerp: %s
  Verzonden: dinsdag 27 april 2010 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is verwijderd zonder te zijn gelezen op vrijdag 14 mei 2010 18:20:33 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.

--_000_VI1PR03MB4422D5E6_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; p.veertig@steigerwerk.example.nl
Disposition: automatic-action/MDN-sent-automatically; deleted
X-MSExch-Correlation-Key: 9hRk3Xz1p0SnV7a2b4c6dQ==
Original-Message-ID: %s
X-Display-Name: Polderaar Veertig

--_000_VI1PR03MB4422D5E6_--
""" % (_s, _s, robot_mid("confirmation", "H5XBN-2KM7T"))),
    R("an Outlook 'Niet gelezen' receipt: the confirmation was deleted unread"))

# 124 challenge-response ------------------------------------------------------
add("challenge-response-en", Raw("""
Return-Path: <>
From: "Spam Shield" <verify@antispam.example.net>
To: aanmelden@example.org
Subject: Please verify your message to novice97@example.com
Date: Tue, 9 Mar 2010 19:45:30 +0100
Message-ID: <cr-20100309-1845-77c1e0@antispam.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

You recently sent a message to novice97@example.com with the subject:

    Uw vraag is doorgestuurd: Fee for volunteers?

novice97@example.com protects their inbox with Spam Shield. Your message
is being held until you confirm that you are a person and not a program.

To release your message, please visit the link below and type the word
shown on the page:

    http://verify.antispam.example.net/c/7c1e0a9f3d

You only need to do this once. Unconfirmed messages are deleted after
7 days.

-- Spam Shield, on behalf of novice97@example.com
"""), R("a challenge-response system asks the robot to prove it is a person"))

# 125 a sector newsletter with List-Id that mentions the course --------------
_nl125_text = """\
NIEUWSBRIEF SOCIAAL DOMEIN FLEVOLAND - april 2010

In dit nummer
- Leergang deSTADSWIJKstudies in Almere: nog plaatsen
- Nieuwe cijfers mantelzorg
- Agenda

LEERGANG deSTADSWIJKSTUDIES: NOG PLAATSEN
De gemeente Almere organiseert samen met deSTADSWIJKstudies een leergang van
vier dagen voor professionals uit welzijn, zorg, wonen en onderwijs.
Aanmelden kan tot 25 mei: stuur een mail naar aanmelden@example.org met
uw naam, organisatie, functie, e-mailadres, telefoonnummer en factuuradres.
De bijdrage is EUR 1.000 per deelnemer.

NIEUWE CIJFERS MANTELZORG
Een op de vijf Flevolanders zorgt voor een naaste. Lees het hele artikel
op onze website.

AGENDA
8 april  Netwerkmiddag wijkteams, stadhuis Almere
20 mei   Themabijeenkomst jeugd, Lelystad

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld op
nieuwsbrief.example.net. Afmelden: http://nieuwsbrief.example.net/afmelden?u=8821
"""
add("newsletter-list-id-nl", Raw("""
Return-Path: <bounce-8821-22@nieuwsbrief.example.net>
From: Nieuwsbrief Sociaal Domein Flevoland <nieuwsbrief@nieuwsbrief.example.net>
To: aanmelden@example.org
Subject: Nieuwsbrief Sociaal Domein Flevoland - april 2010
Date: Wed, 14 Apr 2010 07:30:00 +0200
Message-ID: <nb-2010-04.8821.22@nieuwsbrief.example.net>
List-Id: Nieuwsbrief Sociaal Domein Flevoland <nieuwsbrief.example.net>
List-Unsubscribe: <http://nieuwsbrief.example.net/afmelden?u=8821>,
 <mailto:afmelden@nieuwsbrief.example.net?subject=afmelden-8821>
Precedence: bulk
X-Mailer: Nieuwsbriefmodule 3.2
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nb-alt-8821"

--nb-alt-8821
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + _nl125_text + """
--nb-alt-8821
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Georgia,serif;background:#eeeeee">
<table width="600" align="center" bgcolor="#ffffff" cellpadding="16"><tr><td>
<h1 style="color:#1f5f8b">Nieuwsbrief Sociaal Domein Flevoland</h1>
<p><i>april 2010</i></p>
<h2>Leergang deSTADSWIJKstudies: nog plaatsen</h2>
<p>De gemeente Almere organiseert samen met deSTADSWIJKstudies een leergang van vier dagen voor professionals uit welzijn, zorg, wonen en onderwijs. Aanmelden kan tot 25 mei: stuur een mail naar <a href="mailto:aanmelden@example.org">aanmelden@example.org</a> met uw naam, organisatie, functie, e-mailadres, telefoonnummer en factuuradres. De bijdrage is EUR 1.000 per deelnemer.</p>
<h2>Nieuwe cijfers mantelzorg</h2>
<p>Een op de vijf Flevolanders zorgt voor een naaste.</p>
<h2>Agenda</h2>
<p>8 april &ndash; Netwerkmiddag wijkteams, stadhuis Almere<br>20 mei &ndash; Themabijeenkomst jeugd, Lelystad</p>
<p style="font-size:11px;color:#888">U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. <a href="http://nieuwsbrief.example.net/afmelden?u=8821">Afmelden</a></p>
</td></tr></table></body></html>

--nb-alt-8821--
"""), R("a newsletter with List-Id that tells its readers how to register for this course"))

# 126 HTML bulk mail for another congress -------------------------------------
add("bulk-html-other-congress", Raw("""
Return-Path: <bounces+4471@mailing.congresbureau.example.com>
From: Congresbureau Wijkkracht <events@congresbureau.example.com>
Reply-To: noreply@congresbureau.example.com
To: aanmelden@example.org
Subject: =?utf-8?q?Laatste_kans=3A_schrijf_u_in_voor_het_Congres_Wijkgericht_Werken_2010?=
Date: Tue, 4 May 2010 06:15:22 +0000
Message-ID: <20100504061522.4471.a91f@mailing.congresbureau.example.com>
List-Unsubscribe: <https://mailing.congresbureau.example.com/u/4471>
Precedence: bulk
X-Campaign-ID: wgw2010-lastcall
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Congres Wijkgeric=
ht Werken 2010</title></head><body style=3D"margin:0;background:#f2f2f2">=
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td align=3D"=
center"><table width=3D"640" style=3D"background:#ffffff;font-family:Arial"=
><tr><td style=3D"padding:24px"><h1 style=3D"color:#c0392b">Congres Wijkger=
icht Werken 2010</h1><p>Donderdag 17 juni 2010 &middot; Jaarbeurs Utrecht</p=
><p>Nog maar 40 plaatsen! Schrijf u vandaag in en ontvang 15% early-bird ko=
rting. Meld ook uw collega's aan: bij 3 deelnemers of meer gaat de vierde g=
ratis.</p><p><a href=3D"https://congresbureau.example.com/inschrijven?c=3Dw=
gw2010" style=3D"background:#c0392b;color:#ffffff;padding:12px 24px;text-de=
coration:none">Direct aanmelden</a></p><p style=3D"font-size:11px;color:#99=
9">U ontvangt deze mail omdat u eerder een congres van ons bezocht. <a href=
=3D"https://mailing.congresbureau.example.com/u/4471">Uitschrijven</a></p></=
td></tr></table></td></tr></table></body></html>
"""), R("HTML bulk mail for another congress, full of registration words"))

# 127 a list copy in which a member says she registered -----------------------
add("list-copy-member-registered", Raw("""
Return-Path: <wijkprofessionals-bounces@lists.example.org>
From: Praktijkmaker Honderdeenentwintig <praktijkmaker121@schetslijn.example.nl>
To: wijkprofessionals@lists.example.org
Subject: [Wijkprofessionals] Leergang deSTADSWIJKstudies - wie gaat er nog meer?
Date: Thu, 22 Apr 2010 13:40:07 +0200
Message-ID: <4BD0359F.1020304@schetslijn.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
X-BeenThere: wijkprofessionals@lists.example.org
X-Mailman-Version: 2.1.13
Precedence: list
List-Id: Wijkprofessionals Almere <wijkprofessionals.lists.example.org>
List-Unsubscribe: <http://lists.example.org/mailman/options/wijkprofessionals>,
	<mailto:wijkprofessionals-request@lists.example.org?subject=unsubscribe>
List-Post: <mailto:wijkprofessionals@lists.example.org>
Sender: wijkprofessionals-bounces@lists.example.org
Errors-To: wijkprofessionals-bounces@lists.example.org

Hoi allemaal,

Ik heb me vandaag aangemeld voor de leergang deSTADSWIJKstudies in de
Nieuwe Bibliotheek (4 dagen vanaf 1 juni). Wie gaat er nog meer? Dan
kunnen we samen reizen vanuit Buiten.

Aanmelden gaat gewoon per mail naar aanmelden@example.org, met je naam,
organisatie, functie en telefoonnummer; je krijgt meteen een bevestiging.

Groet,
Praktijkmaker Honderdeenentwintig
Buurtwerk Schetslijn

_______________________________________________
Wijkprofessionals mailing list
wijkprofessionals@lists.example.org
http://lists.example.org/mailman/listinfo/wijkprofessionals
"""), R("a mailing-list copy (List-Id, Precedence: list) in which a member says she registered"))

# 128 spam: password phishing -------------------------------------------------
add("spam-en-password-phishing", Raw("""
Return-Path: <admin@m365-support.example.com>
From: "Mailbox Administrator" <admin@m365-support.example.com>
To: aanmelden@example.org
Subject: Action required: your password for aanmelden@example.org expires today
Date: Mon, 12 Apr 2010 03:14:55 +0000
Message-ID: <8812734.20100412031455@m365-support.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit
X-Spam-Flag: YES
X-Spam-Score: 9.8

<html><body><p>Dear aanmelden,</p><p>The password for your mailbox <b>aanmelden@example.org</b> expires today. To keep using your mailbox and avoid losing your messages, confirm your registration details below.</p><p><a href="http://m365-support.example.com/keep/aanmelden">KEEP SAME PASSWORD</a></p><p>Failure to do so will result in your account being suspended within 24 hours.</p><p>Mailbox Administrator<br>IT Service Desk</p></body></html>
"""), R("spam: a password phishing mail"))

# 129 spam: Dutch trade-register phishing --------------------------------------
add("spam-nl-register-phishing", Raw("""
Return-Path: <info@kvk-registratie.example.net>
From: Handelsregister Registratie <info@kvk-registratie.example.net>
To: aanmelden@example.org
Subject: Uw inschrijving verloopt - verleng uw registratie voor 30 april
Date: Mon, 19 Apr 2010 05:02:40 +0200
Message-ID: <f0a1b2c3d4e5.20100419050240@kvk-registratie.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Geachte relatie,

Uit onze administratie blijkt dat de inschrijving van uw organisatie in
het Register Bedrijfsgegevens op 30 april 2010 verloopt. Om uw
registratie te verlengen vragen wij u het bijgaande aanmeldformulier in
te vullen en het bedrag van EUR 795,00 binnen 8 dagen over te maken.

Naam:
Organisatie:
Functie:
Handtekening:

Zonder verlenging wordt uw inschrijving doorgehaald.

Met vriendelijke groet,
Afdeling Registratie
"""), R("spam: a fake register asking to renew a 'registration' with a form"))

# 130 spam: event marketing ----------------------------------------------------
add("spam-en-event-marketing", Raw("""
Return-Path: <grow@eventboost.example.com>
From: Event Growth Team <grow@eventboost.example.com>
To: aanmelden@example.org
Subject: Double the registrations for "Almere: Sociale ambities" in 14 days
Date: Wed, 28 Apr 2010 16:33:09 -0700
Message-ID: <eb-28041633-aanmelden@eventboost.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
List-Unsubscribe: <mailto:remove@eventboost.example.com>

Hi there,

We noticed your course "Almere: Sociale ambities in een groeiende stad"
still has seats open. Our targeted campaigns reach 120,000 social sector
professionals in the Netherlands and typically double sign-ups within two
weeks.

Reply "YES" and we'll send you a free registration forecast for your event.

Best,
The Event Growth Team

To stop receiving these emails, reply REMOVE.
"""), R("spam: event marketing offering more registrations"))

# 131 a ticket system's acknowledgement ----------------------------------------
add("ticket-ack-nl-training-desk", Raw("""
From: Servicedesk Opleidingen <opleidingen@ontwerpnet.example.nl>
To: aanmelden@example.org
Subject: [OPL-2010-0612] Uw bericht is ontvangen
Date: Thu, 6 May 2010 16:13:20 +0200
Message-ID: <OPL-2010-0612.1273155200@servicedesk.ontwerpnet.example.nl>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Servicedesk 4.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Uw bericht is bij de afdeling Opleidingen geregistreerd onder nummer
OPL-2010-0612. Wij nemen binnen vijf werkdagen contact met u op.

Wilt u iets toevoegen? Antwoord dan op deze mail en laat het nummer
[OPL-2010-0612] in het onderwerp staan.

Met vriendelijke groet,
Servicedesk Opleidingen
Thuiszorg Ontwerpnet
"""), R("a ticket system's acknowledgement with a ticket number"))

# 132 an evaluation survey sent to all addresses on a list ----------------------
add("survey-bulk-evaluation-day1", Raw("""
Return-Path: <bounce-ev-31@enquete.example.com>
From: Evaluatie deSTADSWIJKstudies <noreply@enquete.example.com>
To: aanmelden@example.org
Subject: Hoe was dag 1? Vul de korte evaluatie in
Date: Wed, 2 Jun 2010 09:00:03 +0200
Message-ID: <ev-31-20100602-0900@enquete.example.com>
Precedence: bulk
List-Unsubscribe: <https://enquete.example.com/optout/ev31>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste deelnemer,

Gisteren was de eerste dag van de leergang "Almere: Sociale ambities in een
groeiende stad". Wij horen graag hoe u die heeft ervaren. Het invullen
duurt vijf minuten:

https://enquete.example.com/s/ev31

Uw antwoorden zijn anoniem.

Met dank,
deSTADSWIJKstudies
"""), R("an evaluation survey sent in bulk to every address on the list, the robot's included"))

# 133 the robot's own server warns that the mailbox is nearly full -------------
add("quota-warning-own-server", Raw("""
Return-Path: <postmaster@example.org>
From: Postmaster <postmaster@example.org>
To: aanmelden@example.org
Subject: Waarschuwing: uw mailbox is voor 90% vol
Date: Mon, 17 May 2010 03:00:01 +0200
Message-ID: <quota-warning.1274058001.aanmelden@mail.example.org>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw mailbox aanmelden@example.org gebruikt 921 MB van de 1024 MB (90%).

Is de mailbox vol, dan worden nieuwe berichten geweigerd. Verwijder oude
berichten of vraag de beheerder om meer ruimte.

Dit bericht is automatisch verstuurd door mail.example.org.
"""), R("the mail server's quota warning to the robot's own mailbox"))
