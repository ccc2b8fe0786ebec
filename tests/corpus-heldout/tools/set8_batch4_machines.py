"""Set 8, batch 4: machine mail (104-133), given byte for byte.

Bounces, a delay warning, feedback and DMARC reports, auto-replies,
calendar replies, receipts, a newsletter's opt-in, bulk mail, spam, a
scanner and a server notice. Where a machine returns one of the robot's
own mails, that mail is rendered in set8_lib.py / set7_lib.py from the
templates. Labels carry only set_aside and robot.
"""
import base64
import gzip

from set8_lib import (add, R, Raw, d, conf_nl, conf_en, question_nl,
                      substitution_new_nl, status_nl, received_nl,
                      robot_mail, robot_headers, robot_headers_plain,
                      robot_mid, lib)


def b64lines(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


# 104 ---------------------------------------------------------------------
_s104, _b104 = conf_nl("Koploper Tweeëntwintig", "47XSR-MDR2W",
                       "Vluchtelingenwerk Kompasstad", "maatschappelijk begeleider",
                       "koploper.22@kompasstad.example.nl", phone="06-55522222",
                       ia="Vluchtelingenwerk Kompasstad, Postbus 5522, 1300 CE Almere")
add("bounce-security-gateway-automated-mail", Raw("""
Return-Path: <>
Received: from gw1.kompasstad.example.nl (gw1.kompasstad.example.nl [192.0.2.61])
	by mail.example.org (Postfix) with ESMTPS id 4C2D71A0B3
	for <aanmelden@example.org>; Mon, 29 Mar 2010 08:21:40 +0200 (CEST)
From: Mail Security Gateway <postmaster@kompasstad.example.nl>
To: aanmelden@example.org
Subject: Niet afgeleverd / Undeliverable: %(subj)s
Date: %(date)s
Message-ID: <gw1-ndr-20100329082140-5522@kompasstad.example.nl>
Auto-Submitted: auto-generated
X-MSG-Gateway: MailShield 7.2
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_GW1_5522_NDR"

This is a multi-part message in MIME format.

------=_GW1_5522_NDR
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw bericht is NIET afgeleverd.

Het bericht hieronder is door de mailbeveiliging van Vluchtelingenwerk
Kompasstad tegengehouden op grond van het beleid "Geautomatiseerde mail
van externe afzenders". Het bericht is niet in quarantaine geplaatst en
wordt niet alsnog bezorgd.

  Ontvanger:  koploper.22@kompasstad.example.nl
  Regel:      AUTO-EXT-02 (Auto-Submitted van buiten de organisatie)
  Actie:      geweigerd

Denkt u dat dit onterecht is? Neem dan contact op met de ontvanger via
een ander kanaal.

----

Your message was NOT delivered. It was blocked by the mail security
policy "Automated mail from external senders" (rule AUTO-EXT-02).

------=_GW1_5522_NDR
Content-Type: message/rfc822
Content-Disposition: attachment; filename="original.eml"

%(orig)s
------=_GW1_5522_NDR--
""" % {"subj": _s104, "date": d("2010-03-29 08:21"),
       "orig": robot_mail(_s104, _b104, "confirmation", "47XSR-MDR2W",
                          "Koploper Tweeëntwintig <koploper.22@kompasstad.example.nl>",
                          "2010-03-29 08:21")}),
    R("a mail security gateway refuses the confirmation as automated mail and returns it"))

# 105 ---------------------------------------------------------------------
_s105, _b105 = question_nl("Gangmaker Honderdvijftien", "Vraag over deelname stagiaire")
add("bounce-m365-transport-rule-en", Raw("""
Received: from AM0PR01MB5522.eurprd01.prod.outlook.example.com (2603:10a6:208::15)
 by mail.example.org with ESMTPS; Wed, 10 Mar 2010 14:26:33 +0100
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@windroos.example.org>
To: <aanmelden@example.org>
Date: %(date)s
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b3a1f6e2-5c0d-4f7e-9d42-115a6e0c2b8d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID:
	<5b2a9c1e-7f31-4e0a-8c6a-0e1d4f2b9a77@AM0PR01MB5522.eurprd01.prod.outlook.example.com>
In-Reply-To: %(irt)s
References: %(irt)s
Subject: Undeliverable: %(subj)s
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b3a1f6e2-5c0d-4f7e-9d42-115a6e0c2b8d
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="1f4e3c2a-9b8d-4e7f-a6c5-d4b3a2918070"

--1f4e3c2a-9b8d-4e7f-a6c5-d4b3a2918070
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to gangmaker.115@windroos.example.org couldn't be delivered.

Your message was rejected by the recipient's organization because of a
policy set by their email admin.

gangmaker.115   Office 365   windroos.example.org
Action Required                              Recipient

Unable to deliver message

How to Fix It
The recipient's email admin has set up a rule that blocks this message.
Contact the recipient by some other means (by phone, for example) and
ask them to tell their email admin about the problem.

More Info for Email Admins
Status code: 550 5.7.1

Remote Server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the
message was rejected by organization policy'

--1f4e3c2a-9b8d-4e7f-a6c5-d4b3a2918070
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><p style=3D"font-family:Segoe UI;font-size:16px;co=
lor:#c00000">Your message to gangmaker.115@windroos.example.org couldn't be=
 delivered.</p><p>Your message was rejected by the recipient's organization=
 because of a policy set by their email admin.</p><p>Status code: 550 5.7.1=
</p></body></html>

--1f4e3c2a-9b8d-4e7f-a6c5-d4b3a2918070--

--b3a1f6e2-5c0d-4f7e-9d42-115a6e0c2b8d
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR01MB5522.eurprd01.prod.outlook.example.com
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 10 Mar 2010 13:26:30 +0000

Final-Recipient: rfc822;gangmaker.115@windroos.example.org
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 TRANSPORT.RULES.RejectMessage; the message
 was rejected by organization policy
Remote-MTA: dns;AM0PR01MB5522.eurprd01.prod.outlook.example.com

--b3a1f6e2-5c0d-4f7e-9d42-115a6e0c2b8d
Content-Type: text/rfc822-headers

%(hdrs)s
--b3a1f6e2-5c0d-4f7e-9d42-115a6e0c2b8d--
""" % {"date": d("2010-03-10 14:26"), "subj": _s105,
       "irt": robot_mid("question", "Gangmaker Honderdvijftien"),
       "hdrs": robot_headers_plain(_s105, "question", "Gangmaker Honderdvijftien",
                                   "Gangmaker Honderdvijftien <gangmaker.115@windroos.example.org>",
                                   "2010-03-10 14:26")}),
    R("a Microsoft 365 NDR: a transport rule of the recipient refused the robot's question acknowledgement"))

# 106 ---------------------------------------------------------------------
_s106, _b106 = substitution_new_nl(
    "Pleinmaker Negentig", "VQY15-P6TEW", "Vormgever Dertien",
    "Bibliotheek Atlaskust", "programmamaker",
    "pleinmaker.negetig@atlaskust.example.nl",
    ia="Bibliotheek Atlaskust, Postbus 5513, 1300 CA Almere", ir="kenmerk BA-13")
add("bounce-substitute-user-unknown", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 9A3E21A0C7; Thu,  6 May 2010 16:02:11 +0200 (CEST)
Date: Thu,  6 May 2010 16:02:11 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9A3E21A0C7.1273154531/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100506140211.9A3E21A0C7@mail.example.org>

This is a MIME-encapsulated message.

--9A3E21A0C7.1273154531/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pleinmaker.negetig@atlaskust.example.nl>: host
    mx.atlaskust.example.nl[192.0.2.13] said: 550 5.1.1
    <pleinmaker.negetig@atlaskust.example.nl>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--9A3E21A0C7.1273154531/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 9A3E21A0C7
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Thu,  6 May 2010 16:02:10 +0200 (CEST)

Final-Recipient: rfc822; pleinmaker.negetig@atlaskust.example.nl
Original-Recipient: rfc822;pleinmaker.negetig@atlaskust.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.atlaskust.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <pleinmaker.negetig@atlaskust.example.nl>:
    Recipient address rejected: User unknown in virtual mailbox table

--9A3E21A0C7.1273154531/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

%(orig)s
--9A3E21A0C7.1273154531/mail.example.org--
""" % {"orig": robot_mail(_s106, _b106, "substitution", "VQY15-P6TEW",
                          "Pleinmaker Negentig <pleinmaker.negetig@atlaskust.example.nl>",
                          "2010-05-06 16:02")}),
    R("a Postfix DSN: the mail to a substitute bounced on a mistyped address"))

# 107 ---------------------------------------------------------------------
_s107, _b107 = status_nl("Havenmeester Zestien", "PBTS0-N2GS1", "bevestigd",
                         "Stichting Wijkkompas", "directeur-bestuurder",
                         "havenmeester.zestien@wijkkompas.example.nl",
                         phone="036 555 1616",
                         ia="Stichting Wijkkompas, Kompasplein 16, 1311 AB Almere",
                         ir="projectnummer WK-1016")
add("bounce-exim-retry-timeout", Raw("""
Return-path: <>
Envelope-to: aanmelden@example.org
Delivery-date: Sat, 15 May 2010 09:14:03 +0200
Received: from Debian-exim by relay2.example.org with local (Exim 4.71)
	id 1ODB7v-0004Qs-1K
	for aanmelden@example.org; Sat, 15 May 2010 09:14:03 +0200
X-Failed-Recipients: havenmeester.zestien@wijkkompas.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.example.org>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1ODB7v-0004Qs-1K@relay2.example.org>
Date: Sat, 15 May 2010 09:14:03 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  havenmeester.zestien@wijkkompas.example.nl
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([198.51.100.25])
	by relay2.example.org with esmtps (TLS1.0:RSA_AES_256_CBC_SHA1:32)
	(Exim 4.71)
	(envelope-from <aanmelden@example.org>)
	id 1OBmW4-0001aQ-7T
	for havenmeester.zestien@wijkkompas.example.nl; Mon, 10 May 2010 11:02:12 +0200
%(orig)s""" % {"orig": robot_mail(_s107, _b107, "status", "PBTS0-N2GS1",
                                  "Havenmeester Zestien <havenmeester.zestien@wijkkompas.example.nl>",
                                  "2010-05-10 11:02")}),
    R("an Exim bounce after five days of retries, returning a status reply"))

# 108 ---------------------------------------------------------------------
_s108, _b108 = received_nl("Wegwijzer Negenentachtig", "Fw: leergang")
add("bounce-yahoo-mailbox-full", Raw("""
Return-Path: <>
Received: from mta1042.mail.yahoo.example.com (mta1042.mail.yahoo.example.com [203.0.113.42])
	by mail.example.org (Postfix) with ESMTP id 77B1E1A0B9
	for <aanmelden@example.org>; Tue,  4 May 2010 20:31:19 +0200 (CEST)
From: MAILER-DAEMON@yahoo.example.com
To: aanmelden@example.org
Date: Tue, 4 May 2010 18:31:17 +0000
Subject: Failure Notice
Message-ID: <ym.1272997877.42.mta1042@yahoo.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sorry, we were unable to deliver your message to the following address.

<wegwijzer89@yahoo.example.com>:
552: Mailbox full, try again later

--- Below this line is a copy of the message.

Received: from [198.51.100.25] by mta1042.mail.yahoo.example.com with NNFMP; 04 May 2010 18:31:17 -0000
%(orig)s""" % {"orig": robot_mail(_s108, _b108, "received", "Wegwijzer Negenentachtig",
                                  "Wegwijzer Negenentachtig <wegwijzer89@yahoo.example.com>",
                                  "2010-05-04 20:31")}),
    R("a Yahoo-style 'Failure Notice' (mailbox full) without auto headers, returning an acknowledgement"))

# 109 ---------------------------------------------------------------------
_s109, _b109 = conf_en("Lamplighter FiftyFive", "6H4H5-JPW9S",
                       "Sample Mapping Collective Almere", "data analyst",
                       "lamplighter.55@mappingcollective.example.net",
                       phone="06 5555 5550", diet="vegetarian",
                       ia="Sample Mapping Collective Almere, Kaartweg 54, 1316 AB Almere",
                       ir="SMC-54")
add("bounce-dmarc-reject", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 3F0C41A0D2; Wed,  5 May 2010 11:46:40 +0200 (CEST)
Date: Wed,  5 May 2010 11:46:40 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F0C41A0D2.1273052800/mail.example.org"
Message-Id: <20100505094640.3F0C41A0D2@mail.example.org>

This is a MIME-encapsulated message.

--3F0C41A0D2.1273052800/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lamplighter.55@mappingcollective.example.net>: host
    mx1.mappingcollective.example.net[203.0.113.55] said: 550-5.7.26
    Unauthenticated email from example.org is not accepted due to domain's
    550 5.7.26 DMARC policy. Please contact the administrator of example.org
    domain if this was a legitimate mail. (in reply to end of DATA command)

--3F0C41A0D2.1273052800/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F0C41A0D2
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Wed,  5 May 2010 11:46:38 +0200 (CEST)

Final-Recipient: rfc822; lamplighter.55@mappingcollective.example.net
Original-Recipient: rfc822;lamplighter.55@mappingcollective.example.net
Action: failed
Status: 5.7.26
Remote-MTA: dns; mx1.mappingcollective.example.net
Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.org is
    not accepted due to domain's 550 5.7.26 DMARC policy.

--3F0C41A0D2.1273052800/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

%(hdrs)s
--3F0C41A0D2.1273052800/mail.example.org--
""" % {"hdrs": robot_headers(_s109, "confirmation", "6H4H5-JPW9S",
                             "Lamplighter FiftyFive <lamplighter.55@mappingcollective.example.net>",
                             "2010-05-05 11:46", lang="en")}),
    R("a Postfix DSN: the recipient refused the English confirmation for the sender domain's DMARC policy (headers only)"))

# 110 ---------------------------------------------------------------------
_s110, _b110 = conf_nl("Stuurman Eenenzestig", "SYZ9T-H6JRT", "Gemeente Almere",
                       "wijkregisseur Almere Poort", "stuurman.61@almere.nl",
                       free=True, phone="036 555 6161")
add("delay-exchange-dutch-vertraagd", Raw("""
Received: from EXHUB02.almere.nl (192.0.2.201) by mail.example.org
	with ESMTP; Mon, 10 May 2010 19:05:44 +0200
From: postmaster@almere.nl
To: aanmelden@example.org
Date: %(date)s
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAF0553B1A2C6E00003A1Fexhub02.almere.n"
X-DSNContext: 7ce717b1 - 1378 - 00000002 - 00000000
Message-ID: <Z4jsFV7sq00003a1f@exhub02.almere.nl>
Subject: Vertraagd: %(subj)s
Auto-Submitted: auto-generated

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAF0553B1A2C6E00003A1Fexhub02.almere.n
Content-Type: text/plain; charset=unicode-1-1-utf-7

Dit is een automatisch gegenereerde Delivery Status Notification.

LET OP: Dit bericht is alleen een waarschuwing.
U HOEFT HET BERICHT NIET OPNIEUW TE VERZENDEN.

Bezorging aan de volgende ontvangers is vertraagd.

       stuurman.61@almere.nl

--9B095B5ADSN=_01CAF0553B1A2C6E00003A1Fexhub02.almere.n
Content-Type: message/delivery-status

Reporting-MTA: dns;EXHUB02.almere.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Mon, 10 May 2010 15:05:40 +0200

Final-Recipient: rfc822;stuurman.61@almere.nl
Action: delayed
Status: 4.4.7
Will-Retry-Until: Wed, 12 May 2010 15:05:40 +0200
X-Display-Name: Stuurman Eenenzestig

--9B095B5ADSN=_01CAF0553B1A2C6E00003A1Fexhub02.almere.n
Content-Type: text/rfc822-headers

%(hdrs)s
--9B095B5ADSN=_01CAF0553B1A2C6E00003A1Fexhub02.almere.n--
""" % {"date": d("2010-05-10 19:05"), "subj": _s110,
       "hdrs": robot_headers(_s110, "confirmation", "SYZ9T-H6JRT",
                             "Stuurman Eenenzestig <stuurman.61@almere.nl>",
                             "2010-05-10 15:05")}),
    R("an Exchange delay warning in Dutch ('Vertraagd:') for a confirmation, headers only"))

# 111 ---------------------------------------------------------------------
_s111, _b111 = conf_en("Forager EightyOne", "4S28H-T5A09", "Example Lantern Elderly Care",
                       "district nurse", "forager.81@lantern.example.org",
                       phone="06 5558 1810",
                       ia="Example Lantern Elderly Care, Lantaarnpad 38, 1336 AB Almere")
add("abuse-feedback-report-arf", Raw("""
Return-Path: <fbl-noreply@fbl.mailprovider.example.com>
Received: from fbl1.mailprovider.example.com (fbl1.mailprovider.example.com [203.0.113.88])
	by mail.example.org (Postfix) with ESMTPS id 1B7F01A0E4
	for <aanmelden@example.org>; Fri, 30 Apr 2010 13:12:05 +0200 (CEST)
From: Feedback Loop <fbl-noreply@fbl.mailprovider.example.com>
To: aanmelden@example.org
Subject: FW: %(subj)s
Date: %(date)s
Message-ID: <fbl.20100430111205.8841@fbl.mailprovider.example.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="_----fbl_8841_abuse"

--_----fbl_8841_abuse
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
198.51.100.25 on Wed, 28 Apr 2010 09:01:12 +0200. A user of our
service marked the message as spam. For more information about this
format please see http://www.mipassoc.org/arf/.

--_----fbl_8841_abuse
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: MailProviderFBL/1.0
Version: 1
Original-Mail-From: <aanmelden@example.org>
Original-Rcpt-To: <forager.81@lantern.example.org>
Arrival-Date: Wed, 28 Apr 2010 09:01:12 +0200
Reporting-MTA: dns; fbl1.mailprovider.example.com
Source-IP: 198.51.100.25

--_----fbl_8841_abuse
Content-Type: message/rfc822
Content-Disposition: inline

%(orig)s
--_----fbl_8841_abuse--
""" % {"subj": _s111, "date": d("2010-04-30 13:12"),
       "orig": robot_mail(_s111, _b111, "confirmation", "4S28H-T5A09",
                          "Forager EightyOne <forager.81@lantern.example.org>",
                          "2010-04-28 09:01", lang="en")}),
    R("an abuse feedback report (ARF): a recipient marked her confirmation as spam"))

# 112 ---------------------------------------------------------------------
DMARC_XML = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>mailprovider.example.com</org_name>
    <email>noreply-dmarc@mailprovider.example.com</email>
    <report_id>5529017734112008877</report_id>
    <date_range>
      <begin>1272844800</begin>
      <end>1272931199</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>example.org</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>none</p>
    <sp>none</sp>
    <pct>100</pct>
  </policy_published>
  <record>
    <row>
      <source_ip>198.51.100.25</source_ip>
      <count>7</count>
      <policy_evaluated>
        <disposition>none</disposition>
        <dkim>pass</dkim>
        <spf>pass</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>example.org</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>example.org</domain>
        <result>pass</result>
        <selector>regbot</selector>
      </dkim>
      <spf>
        <domain>example.org</domain>
        <result>pass</result>
      </spf>
    </auth_results>
  </record>
</feedback>
"""
add("dmarc-aggregate-report-gzip", Raw("""
Return-Path: <noreply-dmarc@mailprovider.example.com>
Received: from dmarc.mailprovider.example.com (dmarc.mailprovider.example.com [203.0.113.90])
	by mail.example.org (Postfix) with ESMTPS id 6D2E81A0F1
	for <aanmelden@example.org>; Tue,  4 May 2010 04:17:55 +0200 (CEST)
From: noreply-dmarc@mailprovider.example.com
To: aanmelden@example.org
Subject: Report domain: example.org Submitter: mailprovider.example.com Report-ID: 5529017734112008877
Date: Tue, 04 May 2010 02:17:53 +0000
Message-ID: <5529017734112008877@mailprovider.example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000dmarc5529"

--000000000000dmarc5529
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

This is an aggregate report from mailprovider.example.com.

--000000000000dmarc5529
Content-Type: application/gzip;
	name="mailprovider.example.com!example.org!1272844800!1272931199.xml.gz"
Content-Disposition: attachment;
	filename="mailprovider.example.com!example.org!1272844800!1272931199.xml.gz"
Content-Transfer-Encoding: base64

%(gz)s
--000000000000dmarc5529--
""" % {"gz": b64lines(gzip.compress(DMARC_XML.encode(), mtime=0))}),
    R("a DMARC aggregate report for the robot's domain, gzip attached"))

# 113 ---------------------------------------------------------------------
_s113 = "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [TGY8A-456A5]"
add("autoreply-exchange-holiday-code-subject", Raw("""
Received: from EXCAS01.peilschaal.example.nl (192.0.2.34) by mail.example.org
	with ESMTPS; Fri, 16 Apr 2010 14:31:02 +0200
From: Landmeter Vierendertig <landmeter.34@peilschaal.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: %(subj)s
Thread-Topic: %(subj)s
Thread-Index: AQHK3Vd4peilschaal0034
Date: %(date)s
Message-ID: <6B2F0C84E1A3D44F9A77C0DE34@EXCAS01.peilschaal.example.nl>
In-Reply-To: %(irt)s
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: landmeter.34@peilschaal.example.nl
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

%(body)s
""" % {"subj": _s113, "date": d("2010-04-16 14:31"),
       "irt": robot_mid("confirmation", "TGY8A-456A5"),
       "body": b64lines("""Goedendag,

Van 17 tot en met 25 april ben ik met vakantie en lees ik mijn mail niet. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u het wijkteam bellen: 036 555 3400.

Met vriendelijke groet,
Landmeter Vierendertig
Thuiszorg Peilschaal
""".encode())}),
    R("an Exchange 'Automatisch antwoord' to the confirmation, base64 text, the code in the subject"))

# 114 ---------------------------------------------------------------------
_s114 = "Registration confirmed: Almere: Sociale ambities in een groeiende stad [HTAV3-KVTME]"
add("autoreply-parental-leave-en", Raw("""
Received: from mx.wayfinding.example.org (203.0.113.60) by mail.example.org
	with ESMTPS; Fri, 7 May 2010 13:22:10 +0200
From: Helmsman FiftyEight <helmsman.58@wayfinding.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatic reply: %(subj)s
Thread-Topic: %(subj)s
Date: %(date)s
Message-ID: <0e8c1d2f58a84b6e@wayfinding.example.org>
In-Reply-To: %(irt)s
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. I am on parental leave until 1 September 2010
and will not read my email until then.

For registrations for our training courses and for questions about
the team, please contact Tracker Sixty, tracker.60@wayfinding.example.org.

Kind regards,
Helmsman FiftyEight
Example Wayfinding Trust
""" % {"subj": _s114, "date": d("2010-05-07 13:22"),
       "irt": robot_mid("confirmation", "HTAV3-KVTME")}),
    R("an Exchange 'Automatic reply' (parental leave) with registration words"))

# 115 ---------------------------------------------------------------------
_s115 = "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [NV35Q-P211Z]"
add("autoreply-noreply-mailbox-not-read", Raw("""
Received: from out1.agendaflevoland.example.com (out1.agendaflevoland.example.com [203.0.113.21])
	by mail.example.org (Postfix) with ESMTPS id 2C9A51A0C1
	for <aanmelden@example.org>; Fri, 26 Mar 2010 16:03:15 +0100 (CET)
From: Example Agenda Flevoland <noreply@agendaflevoland.example.com>
To: aanmelden@example.org
Subject: Re: %(subj)s
Date: %(date)s
Message-ID: <autoresp.20100326160315.77@agendaflevoland.example.com>
In-Reply-To: %(irt)s
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dit adres wordt niet gelezen. Uw bericht is niet bij een medewerker
aangekomen.

Heeft u een vraag over een evenement of een aanmelding? Neem dan contact
op met de organisator van het evenement. Vragen over Example Agenda
Flevoland zelf: gebruik het contactformulier op onze website.

Met vriendelijke groet,
Example Agenda Flevoland
""" % {"subj": _s115, "date": d("2010-03-26 16:03"),
       "irt": robot_mid("confirmation", "NV35Q-P211Z")}),
    R("the event site's noreply mailbox answers that it is not read"))

# 116 ---------------------------------------------------------------------
_s116 = "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [0SYH9-TEDD7]"
add("autoreply-info-mailbox-no-auto-headers", Raw("""
Received: from smtp.speelkaart.example.nl (smtp.speelkaart.example.nl [192.0.2.36])
	by mail.example.org (Postfix) with ESMTP id 5E1F21A0D9
	for <aanmelden@example.org>; Tue, 20 Apr 2010 10:07:31 +0200 (CEST)
From: Kinderopvang Speelkaart <info@speelkaart.example.nl>
To: aanmelden@example.org
Subject: Ontvangstbevestiging: %(subj)s
Date: %(date)s
Message-ID: <ack-20100420100731-0036@speelkaart.example.nl>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/html; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

<html><body><p>Beste ouder, verzorger of relatie,</p>
<p>Hartelijk dank voor uw e-mail aan Kinderopvang Speelkaart. Wij beantwo=
orden uw bericht binnen drie werkdagen.</p>
<p>Wilt u uw kind aanmelden of inschrijven voor de opvang? Gebruik dan het=
 inschrijfformulier op onze website; aanmeldingen per e-mail kunnen wij n=
iet in behandeling nemen.</p>
<p>Met vriendelijke groet,<br>Team Klantcontact<br>Kinderopvang Speelkaart=
</p></body></html>
""" % {"subj": _s116, "date": d("2010-04-20 10:07")}),
    R("a general mailbox's acknowledgement, HTML only, with registration words and no Auto-Submitted"))

# 117 ---------------------------------------------------------------------
_s117 = "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [CVJ4X-F9ZKZ]"
add("autoreply-sieve-vacation", Raw("""
Return-Path: <>
Received: from mail.meeroutekaart.example.nl (mail.meeroutekaart.example.nl [192.0.2.8])
	by mail.example.org (Postfix) with ESMTPS id 8E3B21A0A4
	for <aanmelden@example.org>; Thu, 15 Apr 2010 12:01:20 +0200 (CEST)
Date: Thu, 15 Apr 2010 12:01:19 +0200
From: Wegwijzer Drieëndertig <wegwijzer.33@meeroutekaart.example.nl>
To: aanmelden@example.org
Subject: Auto: %(subj)s
Message-ID: <dovecot-sieve-1271325679-8812-0@mail.meeroutekaart.example.nl>
In-Reply-To: %(irt)s
References: %(irt)s
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.1.15
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ik ben afwezig tot en met maandag 3 mei. Uw mail wordt niet
doorgestuurd; ik beantwoord hem na mijn terugkomst.

Wegwijzer Drieëndertig
""" % {"subj": _s117, "irt": robot_mid("confirmation", "CVJ4X-F9ZKZ")}),
    R("a Sieve vacation reply to the confirmation (Auto-Submitted: auto-replied (vacation))"))

# 118 ---------------------------------------------------------------------
add("autoreply-school-holiday-precedence-only", Raw("""
Received: from mail.rocmeetpunt.example.nl (mail.rocmeetpunt.example.nl [192.0.2.56])
	by mail.example.org (Postfix) with ESMTP id 0A4C71A0B8
	for <aanmelden@example.org>; Thu,  6 May 2010 07:51:12 +0200 (CEST)
From: Pleinmaker Zesenvijftig <pleinmaker.56@rocmeetpunt.example.nl>
To: aanmelden@example.org
Subject: Afwezigheidsbericht
Date: %(date)s
Message-ID: <away.0506075112.56@rocmeetpunt.example.nl>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Beste afzender,

Deze week is het meivakantie. Ik lees mijn mail weer vanaf maandag 10 mei.
Voor vragen over roosters en stages: stagebureau@rocmeetpunt.example.nl.

Met vriendelijke groet,
Pleinmaker Zesenvijftig
docent Zorg & Welzijn, ROC Meetpunt
""" % {"date": d("2010-05-06 07:51")}),
    R("a teacher's holiday notice with only Precedence: bulk, in answer to the robot's reply"))

# 119 ---------------------------------------------------------------------
ICS_119 = """BEGIN:VCALENDAR\r
METHOD:COUNTER\r
PRODID:Microsoft Exchange Server 2010\r
VERSION:2.0\r
BEGIN:VEVENT\r
ORGANIZER:MAILTO:aanmelden@example.org\r
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stuurman Eenenzestig:MAILTO:stuurman.61@almere.nl\r
COMMENT;LANGUAGE=nl-NL:Kan het een half uur later beginnen? Ik heb om 9 uur een overleg in Poort.\r
UID:regbot-SYZ9T-H6JRT-day1@example.org\r
SUMMARY;LANGUAGE=nl-NL:Almere: Sociale ambities in een groeiende stad\\, dag 1\r
DTSTART:20100601T081500Z\r
DTEND:20100601T143000Z\r
DTSTAMP:20100512T064410Z\r
SEQUENCE:0\r
LOCATION;LANGUAGE=nl-NL:De Nieuwe Bibliotheek\\, Stadhuisplein 101\\, 1315 XC Almere\r
END:VEVENT\r
END:VCALENDAR\r
"""
add("calendar-new-time-proposed", Raw("""
Received: from EXHUB01.almere.nl (192.0.2.200) by mail.example.org
	with ESMTP; Wed, 12 May 2010 08:44:12 +0200
From: Stuurman Eenenzestig <stuurman.61@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Nieuwe tijd voorgesteld: Almere: Sociale ambities in een groeiende stad, dag 1
Thread-Topic: Almere: Sociale ambities in een groeiende stad, dag 1
Date: %(date)s
Message-ID: <A1C7E0B4FE2D9B4DA3A8C2F16161@EXHUB01.almere.nl>
Content-Language: nl-NL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_A1C7E0B4FE2D9B4DA3A8C2F16161EXHUB01almerenl_"

--_000_A1C7E0B4FE2D9B4DA3A8C2F16161EXHUB01almerenl_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

%(txt)s

--_000_A1C7E0B4FE2D9B4DA3A8C2F16161EXHUB01almerenl_
Content-Type: text/calendar; charset="utf-8"; method=COUNTER
Content-Transfer-Encoding: base64

%(ics)s

--_000_A1C7E0B4FE2D9B4DA3A8C2F16161EXHUB01almerenl_--
""" % {"date": d("2010-05-12 08:44"),
       "txt": b64lines("Voorgestelde nieuwe tijd:  dinsdag 1 juni 2010 10:15-16:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\r\n\r\nKan het een half uur later beginnen? Ik heb om 9 uur een overleg in Poort.\r\n".encode()),
       "ics": b64lines(ICS_119.encode())}),
    R("an Outlook 'Nieuwe tijd voorgesteld' (iMIP COUNTER) for day 1, with a comment"))

# 120 ---------------------------------------------------------------------
ICS_120 = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Apple Inc.//macOS 14.1//EN\r
METHOD:REPLY\r
BEGIN:VEVENT\r
ATTENDEE;CN="Kartograaf Acht";CUTYPE=INDIVIDUAL;EMAIL="kartograaf.acht@meeroutekaart.example.nl";PARTSTAT=ACCEPTED:mailto:kartograaf.acht@meeroutekaart.example.nl\r
DTEND;TZID=Europe/Amsterdam:20100923T163000\r
DTSTAMP:20100310T081512Z\r
DTSTART;TZID=Europe/Amsterdam:20100923T094500\r
ORGANIZER:mailto:aanmelden@example.org\r
SEQUENCE:0\r
SUMMARY:Almere: Sociale ambities in een groeiende stad\\, dag 2\r
UID:regbot-TQ742-V71GB-day2@example.org\r
END:VEVENT\r
END:VCALENDAR\r
"""
add("calendar-apple-accepted-day2", Raw("""
Received: from mail.meeroutekaart.example.nl (mail.meeroutekaart.example.nl [192.0.2.8])
	by mail.example.org (Postfix) with ESMTPS id 4A6B11A0C2
	for <aanmelden@example.org>; Wed, 10 Mar 2010 09:15:14 +0100 (CET)
From: Kartograaf Acht <kartograaf.acht@meeroutekaart.example.nl>
To: aanmelden@example.org
Subject: Uitnodiging: Almere: Sociale ambities in een groeiende stad, dag 2 (Geaccepteerd)
Date: %(date)s
Message-Id: <C6E1F0A2-3B8D-4E7F-9A21-0808ACCE0A01@meeroutekaart.example.nl>
X-Mailer: Apple Mail (2.3731.700.6)
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="Apple-Mail=_0808ACCE-0A01-4E7F-9A21-C6E1F0A23B8D"

--Apple-Mail=_0808ACCE-0A01-4E7F-9A21-C6E1F0A23B8D
Content-Transfer-Encoding: 7bit
Content-Type: text/plain;
	charset=us-ascii

Kartograaf Acht has accepted this invitation.

--Apple-Mail=_0808ACCE-0A01-4E7F-9A21-C6E1F0A23B8D
Content-Transfer-Encoding: 7bit
Content-Type: text/calendar;
	charset=utf-8;
	method=REPLY;
	name=iCal-20100310-081512.ics

%(ics)s
--Apple-Mail=_0808ACCE-0A01-4E7F-9A21-C6E1F0A23B8D--
""" % {"date": d("2010-03-10 09:15"), "ics": ICS_120.replace("\r\n", "\n")}),
    R("an Apple Calendar reply accepting day 2 (METHOD:REPLY)"))

# 121 ---------------------------------------------------------------------
ICS_121 = """BEGIN:VCALENDAR\r
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r
VERSION:2.0\r
METHOD:REPLY\r
BEGIN:VEVENT\r
CREATED:20100428T071022Z\r
LAST-MODIFIED:20100428T071022Z\r
DTSTAMP:20100428T071022Z\r
UID:regbot-PP97W-RPFSJ-day3@example.org\r
SUMMARY:Almere: Sociale ambities in een groeiende stad\\, dag 3\r
ORGANIZER:mailto:aanmelden@example.org\r
ATTENDEE;RSVP=FALSE;PARTSTAT=TENTATIVE;ROLE=REQ-PARTICIPANT:mailto:weaver.4\r
 3@compassnetwork.example.org\r
DTSTART;TZID=Europe/Amsterdam:20101102T094500\r
DTEND;TZID=Europe/Amsterdam:20101102T163000\r
SEQUENCE:0\r
END:VEVENT\r
END:VCALENDAR\r
"""
add("calendar-lightning-tentative-en", Raw("""
Received: from smtp.compassnetwork.example.org (smtp.compassnetwork.example.org [192.0.2.42])
	by mail.example.org (Postfix) with ESMTPS id 3B1D91A0E7
	for <aanmelden@example.org>; Wed, 28 Apr 2010 09:10:24 +0200 (CEST)
From: Weaver FortyThree <weaver.43@compassnetwork.example.org>
To: aanmelden@example.org
Subject: Tentative: Almere: Sociale ambities in een groeiende stad, dag 3
Date: Wed, 28 Apr 2010 09:10:22 +0200
Message-ID: <4BD7E01E.3050804@compassnetwork.example.org>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-GB; rv:1.9.1.9) Gecko/20100317 Lightning/1.0b1 Thunderbird/3.0.4
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------070402090200010605090905"

This is a multi-part message in MIME format.
--------------070402090200010605090905
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Weaver FortyThree <weaver.43@compassnetwork.example.org> has tentatively accepted your event invitation.

--------------070402090200010605090905
Content-Type: text/calendar; method=REPLY; charset=UTF-8;
 name="invite.ics"
Content-Transfer-Encoding: 8bit
Content-Disposition: attachment; filename="invite.ics"

%(ics)s
--------------070402090200010605090905--
""" % {"ics": ICS_121.replace("\r\n", "\n")}),
    R("a Thunderbird Lightning reply 'Tentative' for day 3, without a comment"))

# 122 ---------------------------------------------------------------------
add("receipt-lotus-notes-ontvangstbevestiging", Raw("""
Received: from DOMSRV01.hoogteprofiel.example.nl ([192.0.2.14])
	by mail.example.org (Postfix) with ESMTP id 7F2A31A0B1
	for <aanmelden@example.org>; Wed, 17 Mar 2010 15:12:40 +0100 (CET)
From: Wegwijzer Veertien <wegwijzer.veertien@hoogteprofiel.example.nl>
To: aanmelden@example.org
Subject: Ontvangstbevestiging: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [H1HTW-AJSMS]
Date: %(date)s
Message-ID: <OF5514A2C1.7E3D0F11-ONC12576EA.004E1B22@hoogteprofiel.example.nl>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
X-MIMETrack: Serialize by Router on DOMSRV01/ZHP at 17-03-2010 15:12:40
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Uw document:	Bevestiging aanmelding Almere: Sociale ambities in een groeien=
de stad [H1HTW-AJSMS]
is ontvangen door:	Wegwijzer Veertien/Locatie/ZHP
op:	17-03-2010 15:10:22
""" % {"date": d("2010-03-17 15:12")}),
    R("a Lotus Notes return receipt ('Ontvangstbevestiging') for the confirmation"))

# 123 ---------------------------------------------------------------------
_s123 = "Registration confirmed: Almere: Sociale ambities in een groeiende stad [PB6XE-GBPGB]"
add("receipt-thunderbird-mdn-displayed-en", Raw("""
Received: from smtp.meridian.example.com (smtp.meridian.example.com [192.0.2.31])
	by mail.example.org (Postfix) with ESMTPS id 2E5C41A0C9
	for <aanmelden@example.org>; Tue, 13 Apr 2010 15:40:02 +0200 (CEST)
Message-ID: <4BC474D2.8050207@meridian.example.com>
Date: Tue, 13 Apr 2010 15:40:02 +0200
From: Lamplighter ThirtyOne <lamplighter31@meridian.example.com>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-GB; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4
MIME-Version: 1.0
To: aanmelden@example.org
Subject: Return Receipt (displayed) - %(subj)s
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------050300030307040102000108"

This is a multi-part message in MIME format.
--------------050300030307040102000108
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

This is a Return Receipt for the mail that you sent to lamplighter31@meridian.example.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------050300030307040102000108
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: meridian.example.com; Mozilla Thunderbird
Final-Recipient: rfc822;lamplighter31@meridian.example.com
Original-Message-ID: %(mid)s
Disposition: manual-action/MDN-sent-manually; displayed

--------------050300030307040102000108
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: Lamplighter ThirtyOne <lamplighter31@meridian.example.com>
Subject: %(subj)s
Date: %(odate)s
Message-ID: %(mid)s

--------------050300030307040102000108--
""" % {"subj": _s123, "mid": robot_mid("confirmation", "PB6XE-GBPGB"),
       "odate": d("2010-04-13 15:21")}),
    R("a Thunderbird MDN 'Return Receipt (displayed)' for an English confirmation"))

# 124 ---------------------------------------------------------------------
add("newsletter-double-optin-confirm", Raw("""
Received: from mail47.mcsv.example.net (mail47.mcsv.example.net [198.51.100.147])
	by mail.example.org (Postfix) with ESMTP id 1D9F41A0A2
	for <aanmelden@example.org>; Mon, 22 Mar 2010 10:02:33 +0100 (CET)
From: Example Sociaal Netwerk Almere <nieuwsbrief@sociaalnetwerk.example.org>
Reply-To: Example Sociaal Netwerk Almere <nieuwsbrief@sociaalnetwerk.example.org>
To: <aanmelden@example.org>
Subject: Bevestig je inschrijving voor de nieuwsbrief van Example Sociaal Netwerk Almere
Date: %(date)s
Message-ID: <d41f0c.20100322090233.3a55@mcsv.example.net>
Sender: Example Sociaal Netwerk Almere <bounce-mc.us1_5550.333-aanmelden=example.org@mail47.mcsv.example.net>
X-Mailer: MailChimp Mailer - **CID5550a1b2c3**
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_5550333"

--_----------=_MCPart_5550333
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Bevestig je inschrijving

Ja, schrijf me in voor deze lijst:
http://sociaalnetwerk.example.org/subscribe/confirm?u=5550a1b2&id=333&e=aanmelden

Klik op de link hierboven om je inschrijving voor de nieuwsbrief van
Example Sociaal Netwerk Almere te bevestigen. Heb je je niet zelf
ingeschreven? Dan hoef je niets te doen: zonder bevestiging ontvang je
geen nieuwsbrieven.

Example Sociaal Netwerk Almere, Stadhuisplein 55, 1315 AB Almere

--_----------=_MCPart_5550333
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Helvetica,Arial,sans-serif"><h1>Bevestig je inschrijving</h1>
<p><a href="http://sociaalnetwerk.example.org/subscribe/confirm?u=5550a1b2&amp;id=333&amp;e=aanmelden" style="background:#2b8a3e;color:#fff;padding:12px 20px;text-decoration:none">Ja, schrijf me in voor deze lijst</a></p>
<p>Heb je je niet zelf ingeschreven? Dan hoef je niets te doen.</p></body></html>

--_----------=_MCPart_5550333--
""" % {"date": d("2010-03-22 10:02")}),
    R("a newsletter's double opt-in ('Bevestig je inschrijving') sent to the robot's address"))

# 125 ---------------------------------------------------------------------
_s125, _b125 = received_nl(None, "Aanmeldingen wijkteam Zuid")
add("bounce-group-no-permission-to-post", Raw("""
Return-Path: <>
Received: from mail-sor-f69.google.example.com (mail-sor-f69.google.example.com [203.0.113.69])
	by mail.example.org (Postfix) with ESMTPS id 9C4E11A0D5
	for <aanmelden@example.org>; Thu, 22 Apr 2010 11:18:47 +0200 (CEST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>
To: aanmelden@example.org
Subject: Delivery Status Notification (Failure)
Date: Thu, 22 Apr 2010 02:18:45 -0700 (PDT)
Message-ID: <6b9a0d5e.0422.dsn.failure@mx.google.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000f1e2d3c4b5a60125"; report-type=delivery-status

--000000000000f1e2d3c4b5a60125
Content-Type: text/plain; charset="UTF-8"

** Message blocked **

Your message to wijkteam-zuid@groups.example.com has been blocked. See technical details below for more information.

The response was:

You do not have permission to post to this group. Only members of the group can post. If you think this is an error, contact the group's owners.

--000000000000f1e2d3c4b5a60125
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example.com
Received-From-MTA: dns; mail.example.org
Arrival-Date: Thu, 22 Apr 2010 02:18:44 -0700 (PDT)

Final-Recipient: rfc822; wijkteam-zuid@groups.example.com
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 550 5.7.0 You do not have permission to post to this group
Last-Attempt-Date: Thu, 22 Apr 2010 02:18:45 -0700 (PDT)

--000000000000f1e2d3c4b5a60125
Content-Type: message/rfc822

%(orig)s
--000000000000f1e2d3c4b5a60125--
""" % {"orig": robot_mail(_s125, _b125, "received", "wijkteam-zuid",
                          "Wijkteam Zuid <wijkteam-zuid@groups.example.com>",
                          "2010-04-22 11:18")}),
    R("a group's 'no permission to post' DSN returning the robot's acknowledgement"))

# 126 ---------------------------------------------------------------------
add("newsletter-html-only-with-course-news", Raw("""
Received: from mailing.sociaaldomeinflevoland.example.nl (mailing.sociaaldomeinflevoland.example.nl [198.51.100.80])
	by mail.example.org (Postfix) with ESMTP id 0F7A21A0B6
	for <aanmelden@example.org>; Thu, 15 Apr 2010 06:30:04 +0200 (CEST)
From: Sociaal Domein Flevoland <nieuwsbrief@sociaaldomeinflevoland.example.nl>
To: aanmelden@example.org
Subject: Nieuwsbrief Sociaal Domein Flevoland | april 2010
Date: %(date)s
Message-ID: <nb-2010-04.aanmelden=example.org@sociaaldomeinflevoland.example.nl>
List-Id: Nieuwsbrief Sociaal Domein Flevoland <nieuwsbrief.sociaaldomeinflevoland.example.nl>
List-Unsubscribe: <http://sociaaldomeinflevoland.example.nl/afmelden?e=aanmelden%%40example.org>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;background:#eef2f5"><table width=3D"600" alig=
n=3D"center" style=3D"background:#fff;font-family:Arial"><tr><td style=3D"p=
adding:20px"><h1 style=3D"color:#1d4e89">Nieuwsbrief Sociaal Domein Flevol=
and</h1>
<h2>Leergang deSTADSWIJKstudies op locatie Almere</h2>
<p>Vanaf 1 juni volgen gemeente en maatschappelijke organisaties in Almere =
samen vier studiedagen over de sociale ambities van de groeiende stad. Aanm=
elden kan tot 25 mei via aanmelden@example.org; de bijdrage is 1.000 euro p=
er deelnemer.</p>
<h2>Agenda</h2>
<p>15 april: netwerkbijeenkomst Sociale Agenda, Stadhuis Almere.<br>20 mei:=
 werkconferentie Mantelzorg Flevoland, Lelystad.</p>
<p style=3D"font-size:11px;color:#888">U ontvangt deze nieuwsbrief omdat u =
zich heeft aangemeld op onze website. <a href=3D"http://sociaaldomeinflevol=
and.example.nl/afmelden?e=3Daanmelden%%40example.org">Afmelden</a></p>
<img src=3D"http://sociaaldomeinflevoland.example.nl/t/o.gif?n=3D2010-04&am=
p;e=3Daanmelden" width=3D"1" height=3D"1" alt=3D""></td></tr></table></bod=
y></html>
""" % {"date": d("2010-04-15 06:30")}),
    R("an HTML-only sector newsletter with List-Id that tells its readers how to register for this course"))

# 127 ---------------------------------------------------------------------
add("bulk-webinar-invitation", Raw("""
Received: from o1.email.webinarhub.example.com (o1.email.webinarhub.example.com [198.51.100.91])
	by mail.example.org (Postfix) with ESMTPS id 5A8D31A0C4
	for <aanmelden@example.org>; Tue, 27 Apr 2010 14:05:12 +0200 (CEST)
From: WebinarHub Zorg & Welzijn <events@webinarhub.example.com>
To: aanmelden@example.org
Subject: Webinar 6 mei: Wijkgericht werken in de praktijk - schrijf je nu in!
Date: %(date)s
Message-ID: <wh.camp.2010-0427.aanmelden@webinarhub.example.com>
List-Unsubscribe: <mailto:unsubscribe@webinarhub.example.com?subject=aanmelden%%40example.org>
X-Campaign: WZW-0506
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="wh_alt_0506"

--wh_alt_0506
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Wijkgericht werken in de praktijk
Gratis webinar op donderdag 6 mei, 12.00-13.00 uur

Hoe werken wijkteams, corporaties en gemeente samen aan vitale wijken?
Drie sprekers uit de praktijk delen hun ervaringen.

Schrijf je nu in: http://webinarhub.example.com/r/wzw-0506
Aanmelden is gratis; je ontvangt de link een dag van tevoren.

Je ontvangt deze mail omdat je eerder een webinar van WebinarHub hebt gevolgd.
Uitschrijven: http://webinarhub.example.com/u/aanmelden

--wh_alt_0506
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h1>Wijkgericht werken in de praktijk</h1><p>Gratis webinar op donderdag 6 mei, 12.00-13.00 uur</p><p><a href="http://webinarhub.example.com/r/wzw-0506">Schrijf je nu in</a></p><p style="font-size:10px">Uitschrijven: <a href="http://webinarhub.example.com/u/aanmelden">klik hier</a></p></body></html>

--wh_alt_0506--
""" % {"date": d("2010-04-27 14:05")}),
    R("bulk mail inviting readers to register for a webinar"))

# 128 ---------------------------------------------------------------------
add("spam-fake-invoice-registration", Raw("""
Received: from unknown (HELO mx.incasso-service.example.net) (203.0.113.199)
	by mail.example.org with SMTP; Mon, 17 May 2010 03:12:44 +0200
From: Debiteurenbeheer <noreply@incasso-service.example.net>
To: aanmelden@example.org
Subject: Openstaande factuur 2010-5551: inschrijving leergang - laatste herinnering
Date: %(date)s
Message-ID: <20100517011244.55517.qmail@incasso-service.example.net>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body><p>Geachte klant,</p>
<p>Volgens onze administratie staat factuur 2010-5551 voor uw inschrijving =
nog open (bedrag: &euro; 1.249,00). Dit is de laatste herinnering voordat =
wij de vordering uit handen geven.</p>
<p>Bekijk en betaal de factuur direct via ons klantportaal:<br>
<a href=3D"http://factuur-portaal.example.net/inloggen?ref=3D2010-5551">htt=
ps://mijn.facturen.example.nl/2010-5551</a></p>
<p>Met vriendelijke groet,<br>Afdeling Debiteurenbeheer</p></body></html>
""" % {"date": d("2010-05-17 03:12")}),
    R("phishing: a fake overdue invoice for 'uw inschrijving' with a disguised link"))

# 129 ---------------------------------------------------------------------
add("spam-event-promotion-en", Raw("""
Received: from mta3.promo-reach.example.com (mta3.promo-reach.example.com [203.0.113.177])
	by mail.example.org (Postfix) with ESMTP id 6C1E91A0A9
	for <aanmelden@example.org>; Sat,  8 May 2010 22:47:03 +0200 (CEST)
From: "Event Growth Team" <growth@promo-reach.example.com>
To: aanmelden@example.org
Subject: Fill every seat of your course - 50,000 social sector professionals
Date: Sat, 8 May 2010 20:47:01 +0000
Message-ID: <pr.8841.20100508204701@promo-reach.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi there,

We noticed your course is open for registration. Are all seats filled?

Our network reaches 50,000+ professionals in care, welfare and local
government across the Netherlands. For a one-off fee of EUR 299 we will
feature your event in our weekly mailing and drive registrations
straight to your inbox.

Reply YES and we'll send you a free preview of your listing.

Best,
The Event Growth Team

If you no longer wish to hear from us, reply STOP.
"""),
    R("unsolicited event promotion offering registrations"))

# 130 ---------------------------------------------------------------------
add("spam-prize-draw-nl", Raw("""
Received: from [203.0.113.240] (helo=win-srv7)
	by mail.example.org with esmtp; Wed, 21 Apr 2010 04:55:18 +0200
From: "Klantenservice" <prijs@winactie-nl.example.net>
To: aanmelden@example.org
Subject: Gefeliciteerd! U bent geselecteerd voor een Apple iPad
Date: Wed, 21 Apr 2010 04:55:12 +0200
Message-ID: <0004f1c2a3b4$55512$winsrv7@winactie-nl.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

Beste deelnemer,

Uw e-mailadres is geselecteerd in onze maandelijkse trekking! U maakt kan=
s op een gloednieuwe Apple iPad. Bevestig binnen 48 uur uw deelname via o=
nderstaande link en vul uw gegevens in:

http://winactie-nl.example.net/claim?id=3D55512

Let op: niet bevestigde prijzen vervallen.

Met vriendelijke groet,
Team Winactie
"""),
    R("prize-draw spam asking to 'confirm your participation'"))

# 131 ---------------------------------------------------------------------
add("scanner-device-pdf", Raw("""
Received: from mfp-3ev.welzijnlegenda.example.nl (192.0.2.123) by mail.example.org
	with ESMTP; Mon, 3 May 2010 10:24:40 +0200
From: MFP-3EV-WL <scanner@welzijnlegenda.example.nl>
To: aanmelden@example.org
Subject: Scan van MFP-3EV-WL
Date: Mon, 03 May 2010 10:24:38 +0200
Message-ID: <20100503102438.0001@mfp-3ev.welzijnlegenda.example.nl>
X-Mailer: Scan to E-mail (MFP firmware 4.12)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="MFP_boundary_20100503102438"

--MFP_boundary_20100503102438
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dit bericht is verzonden door een multifunctioneel apparaat.

Apparaat:        MFP-3EV-WL (3e verdieping)
Aantal pagina's: 1
Bestandsformaat: PDF
Resolutie:       300 dpi

--MFP_boundary_20100503102438
Content-Type: application/pdf; name="SCAN_20100503_102438.pdf"
Content-Disposition: attachment; filename="SCAN_20100503_102438.pdf"
Content-Transfer-Encoding: base64

%(pdf)s
--MFP_boundary_20100503102438--
""" % {"pdf": b64lines(lib.pdf([" "]))}),
    R("a scanner's 'scan to e-mail' with a PDF, sent to the robot's address"))

# 132 ---------------------------------------------------------------------
add("server-password-expiry-notice", Raw("""
Received: by mail.example.org (Postfix, from userid 0)
	id 11A2B1A0A1; Tue, 20 Apr 2010 06:00:01 +0200 (CEST)
From: Postmaster <postmaster@example.org>
To: aanmelden@example.org
Subject: Uw wachtwoord verloopt over 5 dagen
Date: Tue, 20 Apr 2010 06:00:01 +0200 (CEST)
Message-ID: <20100420040001.11A2B1A0A1@mail.example.org>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste gebruiker van aanmelden@example.org,

Het wachtwoord van dit account verloopt op zondag 25 april 2010. Wijzig
het wachtwoord vóór die datum in de beheeromgeving; daarna kan het
account niet meer inloggen via IMAP en SMTP.

Dit is een automatisch bericht van de mailserver. U kunt er niet op
antwoorden.

Beheer mail.example.org
"""),
    R("the mail server's own notice that the mailbox password expires"))

# 133 ---------------------------------------------------------------------
_s133, _b133 = received_nl(None, "Vraag over inschrijving")
add("bounce-mail-forwarding-loop", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 0B3F61A0C8; Wed, 14 Apr 2010 10:31:09 +0200 (CEST)
Date: Wed, 14 Apr 2010 10:31:09 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0B3F61A0C8.1271233869/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100414083109.0B3F61A0C8@mail.example.org>

This is a MIME-encapsulated message.

--0B3F61A0C8.1271233869/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<opleidingen@welzijnlegenda.example.nl>: mail forwarding loop for
    opleidingen@welzijnlegenda.example.nl

--0B3F61A0C8.1271233869/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 0B3F61A0C8
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Wed, 14 Apr 2010 10:31:08 +0200 (CEST)

Final-Recipient: rfc822; opleidingen@welzijnlegenda.example.nl
Original-Recipient: rfc822;opleidingen@welzijnlegenda.example.nl
Action: failed
Status: 5.4.6
Diagnostic-Code: X-Postfix; mail forwarding loop for
    opleidingen@welzijnlegenda.example.nl

--0B3F61A0C8.1271233869/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

%(orig)s
--0B3F61A0C8.1271233869/mail.example.org--
""" % {"orig": robot_mail(_s133, _b133, "received", "opleidingen-legenda",
                          "Opleidingen Welzijn Legenda <opleidingen@welzijnlegenda.example.nl>",
                          "2010-04-14 10:31")}),
    R("a Postfix DSN 'mail forwarding loop' returning an acknowledgement"))
