"""Set 9, batch 4: machine mail (104-133): bounces and a delay warning,
auto-replies, calendar replies, read receipts, challenge-response, a
newsletter, bulk mail, spam, a scanner, a quarantine report, a relay
notice and a venue's booking system.

Each message is given byte for byte; where it returns one of the robot's
own mails, that mail is rendered from the templates' wording.  Nothing in
the labels is computed.
"""
import base64
import io
import zipfile

import lib
from set9_lib import (add, R, Raw, d, h, robot_mail, robot_headers,
                      robot_headers_plain, conf_nl, conf_en, wait_nl,
                      incomplete_nl, question_nl, overview_nl, closed_nl,
                      reminder_nl, reminder_en, promotion_nl,
                      substitution_new_nl, help_nl, received_nl, ics_reply,
                      quote, TITLE, ROBOT, with_attachments, attachment,
                      outlook2010, html_part, alt)

ROB = "aanmelden@example.org"


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


# 104 ---------------------------------------------------------------------
_s104, _b104 = wait_nl("Harpist Vijfenzestig", "E3HN8-XW4TQ", 9, "Zorgcentrum Polyfonie",
                       "specialist ouderengeneeskunde", "h.vijfenzestig@polyfonie.exmaple.nl",
                       phone="036 555 6565",
                       ia="Zorgcentrum Polyfonie, Crediteuren, Postbus 6000, 1300 CC Almere",
                       ir="ordernummer PF-2010-060")
add("dsn-postfix-domain-not-found-waitlist", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix)
	id 3F1C2240A1; Fri, 14 May 2010 09:21:07 +0200 (CEST)
Date: Fri, 14 May 2010 09:21:07 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1C2240A1.1273821667/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100514072107.3F1C2240A1@mail.example.org>

This is a MIME-encapsulated message.

--3F1C2240A1.1273821667/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.vijfenzestig@polyfonie.exmaple.nl>: Host or domain name not found. Name
    service error for name=polyfonie.exmaple.nl type=A: Host not found

--3F1C2240A1.1273821667/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 3F1C2240A1
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Fri, 14 May 2010 09:21:06 +0200 (CEST)

Final-Recipient: rfc822; h.vijfenzestig@polyfonie.exmaple.nl
Original-Recipient: rfc822;h.vijfenzestig@polyfonie.exmaple.nl
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=polyfonie.exmaple.nl type=A: Host not found

--3F1C2240A1.1273821667/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + robot_mail(_s104, _b104, "waitlist", "E3HN8-XW4TQ",
                 "Harpist Vijfenzestig <h.vijfenzestig@polyfonie.exmaple.nl>",
                 "2010-05-14 09:21") + """
--3F1C2240A1.1273821667/mail.example.org--
"""), R("Postfix DSN: the waiting-list notice to a mistyped domain came back"))

# 105 ---------------------------------------------------------------------
_s105, _b105 = question_nl("Trommelaar Honderdvijf", "maximum per organisatie")
add("ndr-exchange2010-dutch-mailbox-full", Raw("""
Received: from EXHUB01.samenklank.local ([192.0.2.105]) by
 mx.samenklank.example.nl with Microsoft SMTP Server id 14.0.702.0; Thu, 18 Mar
 2010 11:41:20 +0100
From: postmaster@samenklank.example.nl
To: aanmelden@example.org
Date: Thu, 18 Mar 2010 11:41:20 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAC67E0BFA1A2500000105EXHUB01.samenk"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <1WeNd3Lz00000105@EXHUB01.samenklank.local>
Subject: Kan niet worden bezorgd: =?utf-8?Q?Uw_vraag_is_doorgestuurd:_maximum_per_organisatie?=
Auto-Submitted: auto-replied

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAC67E0BFA1A2500000105EXHUB01.samenk
Content-Type: text/plain; charset=unicode-1-1-utf-7

Kan niet worden bezorgd aan de volgende geadresseerden:

       t.honderdvijf@samenklank.example.nl
            Het postvak van de geadresseerde is vol en kan op dit moment geen berichten accepteren. Probeer het bericht later opnieuw te verzenden of neem contact op met de geadresseerde.

--9B095B5ADSN=_01CAC67E0BFA1A2500000105EXHUB01.samenk
Content-Type: message/delivery-status

Reporting-MTA: dns;EXHUB01.samenklank.local
Received-From-MTA: dns;mx.samenklank.example.nl
Arrival-Date: Thu, 18 Mar 2010 11:41:19 +0100

Final-Recipient: rfc822;t.honderdvijf@samenklank.example.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--9B095B5ADSN=_01CAC67E0BFA1A2500000105EXHUB01.samenk
Content-Type: message/rfc822

""" + robot_mail(_s105, _b105, "question", "q105",
                 "Trommelaar Honderdvijf <t.honderdvijf@samenklank.example.nl>",
                 "2010-03-18 11:41") + """
--9B095B5ADSN=_01CAC67E0BFA1A2500000105EXHUB01.samenk--
"""), R("Exchange 2010 NDR in Dutch (mailbox full) returning the question acknowledgement"))

# 106 ---------------------------------------------------------------------
_s106, _b106 = incomplete_nl("Bandleider Honderdzes", ["Organisatie", "Functie"],
                             [("Naam", "Bandleider Honderdzes"),
                              ("E-mail", "bandleider106@wijkmelodie.example.nl")])
add("exim-bounce-user-unknown-details-missing", Raw("""
Return-path: <>
Envelope-to: aanmelden@example.org
Delivery-date: Tue, 20 Apr 2010 16:02:44 +0200
Received: from Debian-exim by relay.example.org with local (Exim 4.69)
	id 1O4EbY-0002Qx-7K
	for aanmelden@example.org; Tue, 20 Apr 2010 16:02:44 +0200
X-Failed-Recipients: bandleider106@wijkmelodie.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.example.org>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1O4EbY-0002Qx-7K@relay.example.org>
Date: Tue, 20 Apr 2010 16:02:44 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bandleider106@wijkmelodie.example.nl
    SMTP error from remote mail server after RCPT TO:<bandleider106@wijkmelodie.example.nl>:
    host mx.wijkmelodie.example.nl [192.0.2.106]: 550 5.1.1 <bandleider106@wijkmelodie.example.nl>:
    Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([192.0.2.10])
	by relay.example.org with esmtp (Exim 4.69)
	id 1O4EbX-0002Qs-5C
	for bandleider106@wijkmelodie.example.nl; Tue, 20 Apr 2010 16:02:43 +0200
""" + robot_mail(_s106, _b106, "incomplete", "i106",
                 "bandleider106@wijkmelodie.example.nl", "2010-04-20 16:02")),
    R("Exim bounce (user unknown) returning the 'details missing' mail"))

# 107 ---------------------------------------------------------------------
_s107, _b107 = promotion_nl("Hoornist Vierentachtig", "Q7MV2-KD9XB",
                            "Bibliotheek Octaafstad", "educatief medewerker",
                            "h.vierentachtig@octaafstad.example.nl",
                            ia="Bibliotheek Octaafstad, t.a.v. de controller, Postbus 1111, 1300 BD Almere")
add("ndr-m365-dutch-quota-promotion", Raw("""
Received: from AM9PR01MB7105.eurprd01.prod.example.net ([192.0.2.107]) by
 mx.octaafstad.example.nl; Tue, 11 May 2010 00:05:09 +0200
From: postmaster@octaafstad.example.nl
To: aanmelden@example.org
Date: Mon, 10 May 2010 22:05:09 +0000
Content-Language: nl-NL
Message-ID: <d4a1f7c2-0b9e-4e35-9f31-107ab2c5e610@AM9PR01MB7105.eurprd01.prod.example.net>
In-Reply-To: """ + "<regbot.promotion.6a3d91e0b5c7f248@example.org>" + """
References: <regbot.promotion.6a3d91e0b5c7f248@example.org>
Subject: Onbestelbaar: =?utf-8?Q?U_heeft_een_plaats:_Almere:_Sociale_ambities?=
 =?utf-8?Q?_in_een_groeiende_stad_[Q7MV2-KD9XB]?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_d4a1f7c20b9e4e359f31107ab2c5e610_"

--_000_d4a1f7c20b9e4e359f31107ab2c5e610_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht aan h.vierentachtig@octaafstad.example.nl kan niet worden bezorgd.

Het postvak van de ontvanger is vol.

Wat moet ik doen?
Probeer het bericht later opnieuw te verzenden, of neem op een andere manier contact op met de ontvanger.

Meer informatie voor e-mailbeheerders
Oorspronkelijke berichtgegevens
Aanmaakdatum:       10-5-2010 22:05:07
Adres afzender:     aanmelden@example.org
Adres ontvanger:    h.vierentachtig@octaafstad.example.nl
Onderwerp:          U heeft een plaats: Almere: Sociale ambities in een groeiende stad [Q7MV2-KD9XB]

Fout:   554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--_000_d4a1f7c20b9e4e359f31107ab2c5e610_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR01MB7105.eurprd01.prod.example.net
Received-From-MTA: dns;mail.example.org
Arrival-Date: Mon, 10 May 2010 22:05:07 +0000

Final-Recipient: rfc822;h.vierentachtig@octaafstad.example.nl
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--_000_d4a1f7c20b9e4e359f31107ab2c5e610_
Content-Type: message/rfc822

""" + robot_mail(_s107, _b107, "promotion", "Q7MV2-KD9XB",
                 "Hoornist Vierentachtig <h.vierentachtig@octaafstad.example.nl>",
                 "2010-05-11 00:05") + """
--_000_d4a1f7c20b9e4e359f31107ab2c5e610_--
"""), R("a Dutch Microsoft 365 NDR (mailbox full) returning the promotion from the waiting list"))

# 108 ---------------------------------------------------------------------
_ov108 = [("Blazer Tweeënzeventig", "b.tweeenzeventig@cadans.example.nl", "C2HW8-N5QTK", "bevestigd"),
          ("Dirigent Drieënzeventig", "d.drieenzeventig@cadans.example.nl", "4KRZ9-TB3MW", "bevestigd"),
          ("Fluitist Vierenzeventig", "f.vierenzeventig@cadans.example.nl", "M8XP2-VQ6HD", "bevestigd"),
          ("Trommelaar Vijfenzeventig", "t.vijfenzeventig@cadans.example.nl", "6NDT4-WC8KR", "bevestigd"),
          ("Organist Zesenzeventig", "o.zesenzeventig@cadans.example.nl", "X9BQ3-HM2ZE", "bevestigd"),
          ("Cellist Zevenenzeventig", "c.zevenenzeventig@cadans.example.nl", "P3VK7-RZ5NA", "bevestigd"),
          ("Harpist Achtenzeventig", "h.achtenzeventig@cadans.example.nl", "H6TC9-BX2QW", "op de wachtlijst (plaats 1)"),
          ("Violist Negenenzeventig", "v.negenenzeventig@cadans.example.nl", "9QWM5-DK3TV", "op de wachtlijst (plaats 2)"),
          ("Componist Tachtig", "c.tachtig@cadans.example.nl", "K5RN8-ZT4XC", "op de wachtlijst (plaats 3)"),
          ("Stemmer Eenentachtig", "s.eenentachtig@cadans.example.nl", "W5KT8-PC3HZ", "op de wachtlijst (plaats 4)")]
_s108, _b108 = overview_nl("heer/mevrouw", _ov108)
add("domino-delivery-failure-overview", Raw("""
Received: from DOMSRV01.cadans.local ([192.0.2.108]) by mx.cadans.example.nl
          (Lotus Domino Release 8.5.1FP2) with ESMTP id 2010051210060812-108 ;
          Wed, 12 May 2010 10:06:08 +0200
From: Postmaster@cadans.example.nl
To: aanmelden@example.org
Date: Wed, 12 May 2010 10:06:08 +0200
Message-ID: <OF7A3C108.DSN@cadans.example.nl>
Subject: DELIVERY FAILURE: User opleidingen (opleidingen@cadans.example.nl) not listed in Domino Directory
MIME-Version: 1.0
Content-Type: multipart/report; report-type="delivery-status";
	boundary="==IFJRGLKFGIR108UHRUHIHD"

--==IFJRGLKFGIR108UHRUHIHD
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Your message

  Subject: Overzicht van uw aanmeldingen: Almere: Sociale ambities in een groeiende stad

was not delivered to:

  opleidingen@cadans.example.nl

because:

  User opleidingen (opleidingen@cadans.example.nl) not listed in Domino Directory

--==IFJRGLKFGIR108UHRUHIHD
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.cadans.example.nl
Arrival-Date: Wed, 12 May 2010 10:06:07 +0200

Final-Recipient: rfc822;opleidingen@cadans.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Notes; User opleidingen (opleidingen@cadans.example.nl) not listed in Domino Directory

--==IFJRGLKFGIR108UHRUHIHD
Content-Type: message/rfc822

""" + robot_mail(_s108, _b108, "overview", "o108",
                 "Opleidingen Zorggroep Cadans <opleidingen@cadans.example.nl>",
                 "2010-05-12 10:06") + """
--==IFJRGLKFGIR108UHRUHIHD--
""", "utf-8"), R("Lotus Domino delivery failure: the overview for HR's shared sender address came back (it holds ten codes)"))

# 109 ---------------------------------------------------------------------
_s109, _b109 = closed_nl("Koorzanger Honderdnegen")
add("qmail-failure-notice-no-auto-headers-closed", Raw("""
Return-Path: <>
Received: (qmail 10931 invoked for bounce); 27 May 2010 13:40:12 -0000
Date: 27 May 2010 13:40:12 -0000
From: MAILER-DAEMON@mx.example.net
To: aanmelden@example.org
Subject: failure notice
Message-ID: <20100527134012.10931.qmail@mx.example.net>

Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<koorzanger109@example.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
Received: (qmail 10929 invoked from network); 27 May 2010 13:40:12 -0000
Received: from mail.example.org (192.0.2.10)
  by mx.example.net with SMTP; 27 May 2010 13:40:12 -0000
""" + robot_mail(_s109, _b109, "closed", "c109",
                 "Koorzanger Honderdnegen <koorzanger109@example.net>",
                 "2010-05-27 15:40")),
    R("a qmail 'failure notice' without any auto headers returning 'Aanmelding gesloten'"))

# 110 ---------------------------------------------------------------------
_s110, _h110, _t110 = reminder_nl("Klokkenist Elf", "3RK8W-ZN4QF", 1,
                                  "dinsdag 1 juni 2010")
add("postfix-delay-warning-reminder", Raw("""
Return-Path: <>
Date: Tue, 25 May 2010 14:05:31 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A81F0240C4.1274789131/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100525120531.A81F0240C4@mail.example.org>

This is a MIME-encapsulated message.

--A81F0240C4.1274789131/mail.example.org
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

<k.elf@octaafstad.example.nl>: connect to mx.octaafstad.example.nl[192.0.2.11]:25:
    Connection timed out

--A81F0240C4.1274789131/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: A81F0240C4
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 25 May 2010 10:00:12 +0200 (CEST)

Final-Recipient: rfc822; k.elf@octaafstad.example.nl
Original-Recipient: rfc822;k.elf@octaafstad.example.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.octaafstad.example.nl[192.0.2.11]:25:
    Connection timed out
Will-Retry-Until: Sun, 30 May 2010 10:00:12 +0200 (CEST)

--A81F0240C4.1274789131/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

""" + robot_headers(_s110, "reminder", "3RK8W-ZN4QF",
                    "Klokkenist Elf <k.elf@octaafstad.example.nl>",
                    "2010-05-25 10:00", auto="auto-generated") + """
--A81F0240C4.1274789131/mail.example.org--
"""), R("Postfix delay warning for the 7-day reminder of day 1 (headers only)"))

# 111 ---------------------------------------------------------------------
_s111, _b111 = substitution_new_nl("Violist Honderdnegenenveertig", "R3WX7-2MDKN",
                                   "Fluitist Drieëndertig", "Leerwerkbedrijf Solo", "jobcoach",
                                   "v.honderdnegenenveertig@solo.example.nl",
                                   ia="Solostraat 33, 1333 AB Almere")
add("ndr-m365-transport-rule-ics-substitute", Raw("""
From: Microsoft Outlook <postmaster@solo.example.nl>
To: aanmelden@example.org
Date: Fri, 7 May 2010 09:32:44 +0000
Message-ID: <8c0e2f4b-111d-4f7a-a3e2-5b9d0c7e1f11@DB7PR03MB0111.eurprd03.prod.example.net>
Subject: Onbestelbaar: =?utf-8?Q?U_neemt_de_plaats_in_van_Fluitist_Drie=C3=ABndertig:?=
 =?utf-8?Q?_Almere:_Sociale_ambities_in_een_groeiende_stad?=
 =?utf-8?Q?_[R3WX7-2MDKN]?=
Content-Language: nl-NL
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_004_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_"

--_004_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_
Content-Type: multipart/alternative;
	boundary="_000_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_"

--_000_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht aan v.honderdnegenenveertig@solo.example.nl is geblokkeerd. Een regel van de organisatie van de ontvanger staat dit type bijlage niet toe.

Wat moet ik doen?
Neem contact op met de ontvanger (bijvoorbeeld telefonisch) en vraag of de beheerder een uitzondering kan maken. Stuur het bericht opnieuw zonder bijlage.

Meer informatie voor e-mailbeheerders
Fout:   550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy (bijlage .ics niet toegestaan)

--_000_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p style="font-family:Segoe UI;font-size:17px;color:#c00000"><b>Uw bericht aan v.honderdnegenenveertig@solo.example.nl is geblokkeerd.</b></p><p style="font-family:Segoe UI;font-size:14px">Een regel van de organisatie van de ontvanger staat dit type bijlage niet toe.</p><p style="font-family:Segoe UI;font-size:14px"><b>Wat moet ik doen?</b><br>Neem contact op met de ontvanger (bijvoorbeeld telefonisch) en vraag of de beheerder een uitzondering kan maken. Stuur het bericht opnieuw zonder bijlage.</p><p style="font-family:Consolas;font-size:12px">550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy (bijlage .ics niet toegestaan)</p></body></html>

--_000_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_--

--_004_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_
Content-Type: message/delivery-status

Reporting-MTA: dns;DB7PR03MB0111.eurprd03.prod.example.net
Received-From-MTA: dns;mail.example.org
Arrival-Date: Fri, 7 May 2010 09:32:42 +0000

Final-Recipient: rfc822;v.honderdnegenenveertig@solo.example.nl
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy

--_004_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_
Content-Type: text/rfc822-headers

""" + robot_headers(_s111, "substitution-new", "R3WX7-2MDKN",
                    "Violist Honderdnegenenveertig <v.honderdnegenenveertig@solo.example.nl>",
                    "2010-05-07 11:32") + """
--_004_8c0e2f4b111d4f7aa3e25b9d0c7e1f11_--
"""), R("a Microsoft 365 NDR: a transport rule blocked the mail to the substitute because of its .ics attachment"))

# 112 ---------------------------------------------------------------------
_s112, _b112 = conf_en("Busker HundredTwelve", "J3NW6-QR8TB", "Example Overture Elderly Care",
                       "volunteer coordinator", "busker112@overture-care.example.com",
                       ia="Example Overture Elderly Care, Accounts Payable, P.O. Box 1212, 1300 BE Almere")
add("sendmail-returned-mail-en-confirmation", Raw("""
Return-Path: <MAILER-DAEMON@gw.overture-care.example.com>
Received: from localhost (localhost)
	by gw.overture-care.example.com (8.14.3/8.14.3) id o3N8c1aQ011203;
	Fri, 23 Apr 2010 10:38:01 +0200
Date: Fri, 23 Apr 2010 10:38:01 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@gw.overture-care.example.com>
Message-Id: <201004230838.o3N8c1aQ011203@gw.overture-care.example.com>
To: <aanmelden@example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="o3N8c1aQ011203.1272011881/gw.overture-care.example.com"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--o3N8c1aQ011203.1272011881/gw.overture-care.example.com

The original message was received at Fri, 23 Apr 2010 10:38:00 +0200
from mail.example.org [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<busker112@overture-care.example.com>
    (reason: 550 5.1.1 <busker112@overture-care.example.com>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailhost.overture-care.example.com.:
>>> DATA
<<< 550 5.1.1 <busker112@overture-care.example.com>... User unknown
550 5.1.1 <busker112@overture-care.example.com>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--o3N8c1aQ011203.1272011881/gw.overture-care.example.com
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.overture-care.example.com
Received-From-MTA: DNS; mail.example.org
Arrival-Date: Fri, 23 Apr 2010 10:38:00 +0200

Final-Recipient: RFC822; busker112@overture-care.example.com
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailhost.overture-care.example.com
Diagnostic-Code: SMTP; 550 5.1.1 <busker112@overture-care.example.com>... User unknown
Last-Attempt-Date: Fri, 23 Apr 2010 10:38:01 +0200

--o3N8c1aQ011203.1272011881/gw.overture-care.example.com
Content-Type: message/rfc822

""" + robot_mail(_s112, _b112, "confirmation", "J3NW6-QR8TB",
                 "Busker HundredTwelve <busker112@overture-care.example.com>",
                 "2010-04-23 10:37", lang="en") + """
--o3N8c1aQ011203.1272011881/gw.overture-care.example.com--
"""), R("sendmail 'Returned mail' (user unknown) returning an English confirmation"))

# 113 ---------------------------------------------------------------------
add("zimbra-vacation-confirmation-code-in-subject", Raw("""
Return-Path: <>
Received: from mail.toonladder.example.nl (mail.toonladder.example.nl [192.0.2.113])
	by mx.example.org (Postfix) with ESMTP id 5D21A240B3
	for <aanmelden@example.org>; Tue,  2 Mar 2010 09:42:31 +0100 (CET)
Date: Tue, 2 Mar 2010 09:42:30 +0100 (CET)
From: Dirigent Een <d.een@toonladder.example.nl>
To: aanmelden@example.org
Message-ID: <1834201953.1130.1267519350123.JavaMail.root@mail.toonladder.example.nl>
Subject: Afwezig: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [7QH3K-D2M9V]
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Ik ben tot en met 5 maart afwezig en lees mijn mail niet. Voor vragen over aanmeldingen voor trainingen en vrijwilligersactiviteiten kunt u terecht bij vrijwilligers@toonladder.example.nl.

Met vriendelijke groet,
Dirigent Een
"""), R("a Zimbra vacation reply to the confirmation, the code in its subject"))

# 114 ---------------------------------------------------------------------
_s114 = reminder_en("Piper Eight", "R7BN4-QZ3HD", 3, "Tuesday 2 November 2010")[0]
add("exchange-automatic-reply-en-reminder", Raw("""
Received: from EXCH01.rhythmyouth.local (192.0.2.114) by
 mx.rhythmyouth.example.org (192.0.2.115) with Microsoft SMTP Server id
 14.0.722.0; Tue, 26 Oct 2010 10:01:12 +0200
From: Piper Eight <piper.eight@rhythmyouth.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatic reply: """ + _s114 + """
Thread-Topic: """ + _s114 + """
Thread-Index: AQHLdOPQ114autoreplyEN0000000000==
Date: Tue, 26 Oct 2010 10:01:12 +0200
Message-ID: <6B2E114C0F3A5C4DA1C0E3F8B7A99D2A0114@EXCH01.rhythmyouth.local>
In-Reply-To: <regbot.reminder.a0c6e81b4f297d35@example.org>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: piper.eight@rhythmyouth.example.org
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

I am away until Monday 8 November. For registrations for our autumn workshops, please contact workshops@rhythmyouth.example.org.

Kind regards,
Piper Eight
"""), R("Exchange 'Automatic reply' to the English 7-day reminder, with registration words"))

# 115 ---------------------------------------------------------------------
add("gmail-vacation-en-confirmation", Raw("""
Received: by 10.220.108.115 with SMTP id q115cs41882vcp;
        Thu, 4 Mar 2010 20:16:40 -0800 (PST)
Return-Path: <drummer.three@languagechoir.example.org>
MIME-Version: 1.0
Received: by 10.231.151.115 with SMTP id b115mr2013ibw.115.1267762600;
        Thu, 04 Mar 2010 20:16:40 -0800 (PST)
Date: Fri, 5 Mar 2010 05:16:40 +0100
Message-ID: <AANLkTi115vacationdrummerthree000@mail.gmail.com>
Subject: Out of office until 15 March
From: Drummer Three <drummer.three@languagechoir.example.org>
To: aanmelden@example.org
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=UTF-8

Thank you for your email. I am in Poland with my family until 15 March and I read my email only sometimes. For the lessons of the Example Choir please contact info@languagechoir.example.org.

Drummer Three
"""), R("a Gmail vacation responder ('Out of office') with Auto-Submitted"))

# 116 ---------------------------------------------------------------------
add("info-mailbox-ack-no-auto-headers", Raw("""
Received: from webmail.wijkcentrumtoonzaal.example.nl (192.0.2.116) by
 mx.example.org; Wed, 21 Apr 2010 10:41:52 +0200
From: Wijkcentrum De Toonzaal <info@wijkcentrumtoonzaal.example.nl>
To: aanmelden@example.org
Subject: Ontvangen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Y4MC8-KZ2RT]
Date: Wed, 21 Apr 2010 10:41:52 +0200
Message-ID: <20100421084152.116ack@wijkcentrumtoonzaal.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste afzender,

Bedankt voor uw e-mail aan Wijkcentrum De Toonzaal. Wij behandelen uw bericht binnen drie werkdagen.

Voor het reserveren van een zaal of het aanmelden voor een cursus in het wijkcentrum kunt u ook bellen met 036 555 3636 (ma-vr 9.00-17.00 uur).

Met vriendelijke groet,
Wijkcentrum De Toonzaal
"""), R("a general mailbox's automatic acknowledgement of the confirmation, without any auto headers"))

# 117 ---------------------------------------------------------------------
add("notes-out-of-office-overview", Raw("""
Received: from DOMSRV02.almere.local ([192.0.2.117]) by mx.almere.nl
          (Lotus Domino Release 8.5.1) with ESMTP id 2010032909125117 ;
          Mon, 29 Mar 2010 09:12:51 +0200
Subject: Afwezig: Overzicht van uw aanmeldingen: Almere: Sociale ambities in een groeiende stad
To: aanmelden@example.org
From: Organist Vijftig <o.vijftig@almere.nl>
Date: Mon, 29 Mar 2010 09:12:51 +0200
Message-ID: <OFA117B2C4.5F0E1D22-ONC12576F5.0029E117@almere.nl>
Auto-Submitted: auto-replied
X-MIMETrack: Serialize by Router on DOMSRV02/Almere at 29-03-2010 09:12:51
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Ik ben afwezig vanaf 29-03-2010 en weer terug op 06-04-2010.

Ik zal uw bericht na mijn terugkeer beantwoorden. Voor zaken rond de aanm=
eldingen van het team Wijkzaken kunt u contact opnemen met het secretariaa=
t Wijkzaken.
"""), R("a Lotus Notes out-of-office reply to the overview for a contact person"))

# 118 ---------------------------------------------------------------------
_s118 = reminder_nl("Fluitist Eenenveertig", "B2NR6-TW8QK", 2,
                    "donderdag 23 september 2010")[0]
add("left-organisation-notice-x-autoreply-only", Raw("""
Received: from mail.notenbalk.example.nl (192.0.2.118) by mx.example.org;
 Thu, 16 Sep 2010 10:00:41 +0200
From: Fluitist Eenenveertig <f.eenenveertig@notenbalk.example.nl>
To: aanmelden@example.org
Subject: Re: """ + _s118 + """
Date: Thu, 16 Sep 2010 10:00:41 +0200
Message-ID: <auto.118.20100916080041@notenbalk.example.nl>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Per 1 september 2010 werk ik niet meer bij Welzijn Notenbalk. Deze mailbox wordt niet meer gelezen.

Voor aanmeldingen voor activiteiten en cursussen kunt u mailen naar aanmelden@notenbalk.example.nl; voor andere vragen naar info@notenbalk.example.nl.
"""), R("an 'I no longer work here' notice to the 7-day reminder, with only X-Autoreply, naming an address for registrations"))

# 119 ---------------------------------------------------------------------
_ics119 = ics_reply("regbot-W2T9G-5NHJ4-dag1@example.org", "o.vijf@almere.nl",
                    "Vijf, Organist", "ACCEPTED", "2010-03-08 13:02",
                    summary=TITLE + " - dag 1")
add("outlook-calendar-accepted-dutch", Raw("""
From: "Vijf, Organist" <o.vijf@almere.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Geaccepteerd: """ + TITLE + """ - dag 1
Date: Mon, 8 Mar 2010 13:02:40 +0100
Message-ID: <000119c9be5e$4a2b7c10$de827430$@almere.nl>
X-Mailer: Microsoft Office Outlook 12.0
Thread-Index: AcqOvh119calendaracceptedNL00000==
Content-Language: nl
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_0119_01CABEB0.ABEFE410"

This is a multi-part message in MIME format.

------=_NextPart_000_0119_01CABEB0.ABEFE410
Content-Type: text/plain;
	charset="us-ascii"
Content-Transfer-Encoding: 7bit



------=_NextPart_000_0119_01CABEB0.ABEFE410
Content-Type: text/calendar;
	method=REPLY;
	charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + _ics119 + """
------=_NextPart_000_0119_01CABEB0.ABEFE410--
"""), R("an Outlook calendar reply 'Geaccepteerd' for day 1 (iMIP REPLY)"))

# 120 ---------------------------------------------------------------------
_ics120 = ics_reply("regbot-Q4ZN7-HB2EX-dag2@example.org",
                    "drummer.three@languagechoir.example.org", "Drummer Three",
                    "DECLINED", "2010-03-05 08:14",
                    prodid="-//Google Inc//Google Calendar 70.9054//EN",
                    dtstart="20100923T094500", dtend="20100923T163000",
                    summary=TITLE + " - dag 2")
add("google-calendar-declined-day2", Raw("""
MIME-Version: 1.0
Sender: Google Calendar <calendar-notification@google.example.com>
Message-ID: <001636c5b120declined@google.example.com>
Date: Fri, 05 Mar 2010 08:14:22 +0000
Subject: Declined: """ + TITLE + """ - dag 2 @ Thu 23 Sep 2010 09:45 - 16:30 (drummer.three@languagechoir.example.org)
From: Drummer Three <drummer.three@languagechoir.example.org>
To: aanmelden@example.org
Content-Type: multipart/mixed; boundary=001636c5b120mixed

--001636c5b120mixed
Content-Type: multipart/alternative; boundary=001636c5b120alt

--001636c5b120alt
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes

Drummer Three has declined this invitation.

Title: """ + TITLE + """ - dag 2
When: Thu 23 Sep 2010 09:45 - 16:30 (Europe/Amsterdam)
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere
Calendar: drummer.three@languagechoir.example.org

Invitation from Google Calendar

--001636c5b120alt
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

""" + _ics120 + """
--001636c5b120alt--

--001636c5b120mixed
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + b64lines(_ics120.replace("\n", "\r\n").encode()) + """
--001636c5b120mixed--
"""), R("a Google Calendar 'Declined' for day 2 only: a calendar reply, not a cancellation"))

# 121 ---------------------------------------------------------------------
_ics121 = ics_reply("regbot-7QH3K-D2M9V-dag3@example.org", "d.een@toonladder.example.nl",
                    "Dirigent Een", "TENTATIVE", "2010-03-02 10:05",
                    comment="Ik weet nog niet of ik op 2 november kan\\, ivm een teamdag",
                    prodid="Zimbra-Calendar-Provider",
                    dtstart="20101102T094500", dtend="20101102T163000",
                    summary=TITLE + " - dag 3")
add("zimbra-calendar-tentative-with-comment", Raw("""
Date: Tue, 2 Mar 2010 10:05:12 +0100 (CET)
From: Dirigent Een <d.een@toonladder.example.nl>
To: aanmelden@example.org
Message-ID: <1290121.1267520712345.JavaMail.root@mail.toonladder.example.nl>
Subject: Voorlopig: """ + TITLE + """ - dag 3
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_121_1267520712345"
X-Mailer: Zimbra 6.0.7_GA_2473 (ZimbraWebClient - FF3.0 (Win)/6.0.7_GA_2473)

------=_Part_121_1267520712345
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Ja, ik kom misschien.

Ik weet nog niet of ik op 2 november kan, ivm een teamdag

------=_Part_121_1267520712345
Content-Type: text/calendar; charset=utf-8; method=REPLY
Content-Transfer-Encoding: 7bit

""" + _ics121 + """
------=_Part_121_1267520712345--
"""), R("a Zimbra calendar reply 'Voorlopig' (TENTATIVE) for day 3 with a comment"))

# 122 ---------------------------------------------------------------------
add("outlook-read-receipt-dutch", Raw("""
From: Violist Negen <violist.negen@meepartituur.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Gelezen: Bevestiging aanmelding """ + TITLE + """ [5TPX3-WQ7DN]
Date: Fri, 12 Mar 2010 15:20:09 +0100
Message-ID: <000122d07a1f$receipt$0a12ffe0@meepartituur.example.nl>
X-Mailer: Microsoft Office Outlook 14.0
Thread-Index: AcrB5122readreceiptNL0000000==
Content-Language: nl
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0122_01CAC1F0.4B1C9E20"

This is a multi-part message in MIME format.

------=_NextPart_000_0122_01CAC1F0.4B1C9E20
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: Violist Negen
  Onderwerp: Bevestiging aanmelding """ + TITLE + """ [5TPX3-WQ7DN]
  Verzonden: vrijdag 12 maart 2010 15:02

is gelezen op vrijdag 12 maart 2010 15:20.

------=_NextPart_000_0122_01CAC1F0.4B1C9E20
Content-Type: message/disposition-notification

Reporting-UA: meepartituur.example.nl; Microsoft Office Outlook 14.0
Final-Recipient: rfc822;violist.negen@meepartituur.example.nl
Original-Message-ID: <regbot.confirmation.1d5f7a02c8e4b963@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0122_01CAC1F0.4B1C9E20--
"""), R("an Outlook read receipt 'Gelezen:' for the confirmation"))

# 123 ---------------------------------------------------------------------
add("outlook-read-receipt-en-overview", Raw("""
From: Cantor FortyThree <cantor43@chordnetwork.example.org>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Read: Overview of your registrations: """ + TITLE + """
Date: Mon, 22 Mar 2010 14:31:55 +0100
Message-ID: <000123e55c8a$b1b2c3d4$15161718@chordnetwork.example.org>
X-Mailer: Microsoft Office Outlook 14.0
Content-Language: en-gb
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0123_01CAC9C1.2A3B4C50"

This is a multi-part message in MIME format.

------=_NextPart_000_0123_01CAC9C1.2A3B4C50
Content-Type: text/plain;
	charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Cantor FortyThree
  Subject: Overview of your registrations: """ + TITLE + """
  Sent: Monday, March 22, 2010 2:18 PM

was read on Monday, March 22, 2010 2:31 PM.

------=_NextPart_000_0123_01CAC9C1.2A3B4C50
Content-Type: message/disposition-notification

Reporting-UA: chordnetwork.example.org; Microsoft Office Outlook 14.0
Final-Recipient: rfc822;cantor43@chordnetwork.example.org
Original-Message-ID: <regbot.overview.9e3b7c1d05a4f826@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0123_01CAC9C1.2A3B4C50--
"""), R("an English Outlook read receipt 'Read:' for the overview for a contact person"))

# 124 ---------------------------------------------------------------------
add("challenge-response-verify-sender", Raw("""
Received: from cr.tuningfork.example.org (192.0.2.124) by mx.example.org;
 Tue, 23 Mar 2010 16:21:40 +0100
From: Bassist Zeventien <bassist17@tuningfork.example.org>
Reply-To: verify+c124f7a1@cr.tuningfork.example.org
To: aanmelden@example.org
Subject: Please verify your message / Bevestig uw bericht: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Z8MK3-4QDPA]
Date: Tue, 23 Mar 2010 16:21:40 +0100
Message-ID: <cr.124.a91f3c@cr.tuningfork.example.org>
Precedence: junk
X-Mailer: VerifyMail C/R 2.1
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo,

Ik gebruik een spamfilter dat alleen e-mail doorlaat van afzenders die ik ken. Uw bericht wordt bewaard tot u bevestigt dat u een mens bent. Klik op de onderstaande link, of beantwoord deze mail zonder de onderwerpregel te wijzigen:

http://cr.tuningfork.example.org/verify?id=c124f7a1

Hello,

I use a spam filter that only accepts mail from known senders. Your message is held until you confirm you are a person. Click the link above, or reply to this message without changing the subject.

-- 
This message was sent automatically on behalf of bassist17@tuningfork.example.org.
"""), R("challenge-response: a spam filter asks the robot to prove it is a person"))

# 125 ---------------------------------------------------------------------
_t125 = """Nieuwsbrief Kenniscentrum Wijkwerk Flevoland - april 2010

In dit nummer:
- Leergang in Almere: nog plaatsen vrij
- Terugblik: netwerkdag bewonersinitiatieven
- Agenda

LEERGANG IN ALMERE: NOG PLAATSEN VRIJ
De gemeente Almere organiseert met deSTADSWIJKstudies de leergang "Almere: Sociale ambities in een groeiende stad", vier dagen tussen 1 juni en 23 november 2010. Voor maatschappelijke organisaties zijn nog plaatsen beschikbaar (EUR 1.000 per deelnemer). Aanmelden: stuur een mail naar aanmelden@example.org met uw naam, organisatie, functie, telefoonnummer en factuuradres.

TERUGBLIK: NETWERKDAG BEWONERSINITIATIEVEN
Ruim tachtig bewoners en professionals wisselden op 25 maart ervaringen uit in Lelystad.

AGENDA
12 mei - Werkplaats wijkeconomie, Dronten

U ontvangt deze nieuwsbrief omdat u zich daarvoor heeft aangemeld. Afmelden: http://nieuwsbrief.wijkwerkflevoland.example.nl/afmelden?u=125
"""
_h125 = ("<html><body><table width=\"600\" align=\"center\"><tr><td>"
         "<h1 style=\"font-family:Georgia\">Nieuwsbrief Kenniscentrum Wijkwerk Flevoland</h1>"
         "<p>april 2010</p><h2>Leergang in Almere: nog plaatsen vrij</h2>"
         "<p>De gemeente Almere organiseert met deSTADSWIJKstudies de leergang &quot;Almere: Sociale ambities "
         "in een groeiende stad&quot;, vier dagen tussen 1 juni en 23 november 2010. Voor maatschappelijke "
         "organisaties zijn nog plaatsen beschikbaar (EUR 1.000 per deelnemer). <b>Aanmelden:</b> stuur een "
         "mail naar <a href=\"mailto:aanmelden@example.org\">aanmelden@example.org</a> met uw naam, organisatie, "
         "functie, telefoonnummer en factuuradres.</p>"
         "<h2>Terugblik: netwerkdag bewonersinitiatieven</h2><p>Ruim tachtig bewoners en professionals "
         "wisselden op 25 maart ervaringen uit in Lelystad.</p><h2>Agenda</h2><p>12 mei - Werkplaats "
         "wijkeconomie, Dronten</p><p style=\"font-size:11px;color:#777\">U ontvangt deze nieuwsbrief omdat u "
         "zich daarvoor heeft aangemeld. <a href=\"http://nieuwsbrief.wijkwerkflevoland.example.nl/afmelden?u=125\">"
         "Afmelden</a></p></td></tr></table></body></html>\n")
_m125 = alt(_t125, _h125, "utf-8", "quoted-printable")
for _k, _v in [("From", "Kenniscentrum Wijkwerk Flevoland <nieuwsbrief@wijkwerkflevoland.example.nl>"),
               ("To", "aanmelden@example.org"),
               ("Subject", "Nieuwsbrief april: leergang Almere, netwerkdag, agenda"),
               ("Date", d("2010-04-15 06:30")),
               ("Message-ID", "<nb.2010-04.125@nieuwsbrief.wijkwerkflevoland.example.nl>"),
               ("List-Id", "Nieuwsbrief Kenniscentrum Wijkwerk <nieuwsbrief.wijkwerkflevoland.example.nl>"),
               ("List-Unsubscribe", "<http://nieuwsbrief.wijkwerkflevoland.example.nl/afmelden?u=125>"),
               ("Precedence", "bulk"),
               ("X-Mailer", "PHPList version 2.10.10")]:
    _m125[_k] = _v
add("newsletter-list-id-tells-how-to-register", _m125,
    R("a newsletter with List-Id that tells its readers how to register for this course"))

# 126 ---------------------------------------------------------------------
_t126 = """Meld u nu aan voor ons gratis webinar!

"Schulden in de wijk: vroeg erbij zijn"
Donderdag 20 mei 2010, 12.30 - 13.15 uur, online

Wat kunnen wijkteams doen om betalingsachterstanden vroeg te signaleren? In 45 minuten praten onze experts u bij.

Aanmelden: http://events.example.com/webinar/schulden-in-de-wijk?src=126

U ontvangt deze e-mail als relatie van Example Events. Wilt u geen uitnodigingen meer? Afmelden: http://events.example.com/unsub?id=126
"""
_h126 = ("<html><body style=\"font-family:Arial\"><div style=\"background:#0a4a7a;color:#fff;padding:20px\">"
         "<h1>Meld u nu aan voor ons gratis webinar!</h1></div><h2>&quot;Schulden in de wijk: vroeg erbij "
         "zijn&quot;</h2><p>Donderdag 20 mei 2010, 12.30 - 13.15 uur, online</p><p>Wat kunnen wijkteams doen "
         "om betalingsachterstanden vroeg te signaleren? In 45 minuten praten onze experts u bij.</p>"
         "<p><a href=\"http://events.example.com/webinar/schulden-in-de-wijk?src=126\" style=\"background:#f60;"
         "color:#fff;padding:10px\">Aanmelden</a></p><p style=\"font-size:10px\">U ontvangt deze e-mail als "
         "relatie van Example Events. <a href=\"http://events.example.com/unsub?id=126\">Afmelden</a></p>"
         "</body></html>\n")
_m126 = alt(_t126, _h126, "utf-8", "quoted-printable")
for _k, _v in [("From", "Example Events <uitnodiging@events.example.com>"),
               ("To", "aanmelden@example.org"),
               ("Subject", "Gratis webinar: Schulden in de wijk - meld u aan"),
               ("Date", d("2010-05-06 07:15")),
               ("Message-ID", "<126.20100506051500.campaign@mailer.events.example.com>"),
               ("List-Unsubscribe", "<http://events.example.com/unsub?id=126>"),
               ("Precedence", "bulk"),
               ("X-Campaign", "webinar-schulden-0520")]:
    _m126[_k] = _v
add("bulk-webinar-invitation", _m126,
    R("bulk mail inviting to register for a webinar"))

# 127 ---------------------------------------------------------------------
add("phishing-mailbox-validation", Raw("""
Received: from unknown (HELO mail.secure-mail-update.example.com) (198.51.100.127)
  by mx.example.org; Thu, 22 Apr 2010 03:12:44 +0200
From: "Webmail Beheer" <beheer@secure-mail-update.example.com>
To: aanmelden@example.org
Subject: Uw mailbox is bijna vol - valideer uw account
Date: Thu, 22 Apr 2010 03:12:40 +0200
Message-ID: <127.phish.20100422011240@secure-mail-update.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

<html><body><p>Beste gebruiker,</p><p>Uw mailbox heeft de limiet van 2 GB bijna bereikt. U kunt binnenkort geen nieuwe berichten meer ontvangen of versturen.</p><p>Valideer uw account binnen 24 uur via de onderstaande link om uw mailbox te vergroten:</p><p><a href="http://secure-mail-update.example.com/owa/validate.php?u=aanmelden">VALIDEER MIJN ACCOUNT</a></p><p>Met vriendelijke groet,<br>Webmail Beheer</p></body></html>
"""), R("phishing: 'valideer uw account'"))

# 128 ---------------------------------------------------------------------
_zb = io.BytesIO()
with zipfile.ZipFile(_zb, "w", zipfile.ZIP_DEFLATED) as _z:
    _z.writestr("factuur_2010-0412.pdf.exe", b"MZ" + bytes(range(256)) * 4)
add("malware-spam-invoice-zip", Raw("""
Received: from 203.0.113.128 (unknown [203.0.113.128])
  by mx.example.org (Postfix) with SMTP id 9E128240D1
  for <aanmelden@example.org>; Mon, 10 May 2010 04:51:19 +0200 (CEST)
From: "Administratie" <factuur@incasso-service.example.net>
To: aanmelden@example.org
Subject: Factuur 2010-0412 voor uw deelname - tweede herinnering
Date: Mon, 10 May 2010 04:51:02 +0200
Message-ID: <128.4BE77506.spam@incasso-service.example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_128_0412"

------=_Part_128_0412
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Geachte heer/mevrouw,

Ondanks eerdere herinneringen hebben wij de betaling voor uw inschrijving en deelname nog niet ontvangen. In de bijlage vindt u de factuur 2010-0412. Betaal binnen 48 uur om extra incassokosten te voorkomen.

Administratie

------=_Part_128_0412
Content-Type: application/zip; name="factuur_2010-0412.zip"
Content-Disposition: attachment; filename="factuur_2010-0412.zip"
Content-Transfer-Encoding: base64

""" + b64lines(_zb.getvalue()) + """
------=_Part_128_0412--
"""), R("spam with a zipped executable: a fake invoice 'voor uw inschrijving en deelname'"))

# 129 ---------------------------------------------------------------------
add("spam-more-participants-marketing", Raw("""
Received: from smtp.zaalvullers.example.com (198.51.100.129) by mx.example.org;
 Wed, 24 Mar 2010 11:02:09 +0100
From: Zaalvullers <info@zaalvullers.example.com>
To: aanmelden@example.org
Subject: Meer aanmeldingen voor uw evenement? Wij vullen uw zaal!
Date: Wed, 24 Mar 2010 11:02:05 +0100
Message-ID: <129.20100324.mkt@zaalvullers.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Organiseert u een congres, training of leergang en blijven de aanmeldingen achter?

Zaalvullers zet uw evenement in 48 uur in ons netwerk van 25.000 professionals in zorg en welzijn. Gegarandeerd minimaal 20 extra inschrijvingen, of u betaalt niets!

Vul het formulier in en wij nemen vandaag nog contact op:
Naam: ...
Organisatie: ...
Telefoon: ...
Evenement: ...

Antwoord op deze mail met "JA" voor een vrijblijvend voorstel.

Zaalvullers | Amsterdam
Geen mail meer ontvangen? Antwoord met "STOP".
"""), R("unsolicited marketing that promises more registrations, with a form to fill in"))

# 130 ---------------------------------------------------------------------
_pdf130 = lib.pdf(["", ""])
add("scanner-scan-to-email-pdf", Raw("""
Received: from KMC364.partituur.local (192.0.2.130) by mx.meepartituur.example.nl;
 Tue, 20 Apr 2010 13:44:10 +0200
From: scanner@meepartituur.example.nl
To: aanmelden@example.org
Subject: Message from KM_C364
Date: Tue, 20 Apr 2010 13:44:09 +0200
Message-ID: <130.KMC364.20100420134409@meepartituur.example.nl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="KONICA_MINOLTA_Internet_Fax_Boundary"

--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit


--KONICA_MINOLTA_Internet_Fax_Boundary
Content-Type: application/pdf; name="SKM_C36410042013440.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="SKM_C36410042013440.pdf"

""" + b64lines(_pdf130) + """
--KONICA_MINOLTA_Internet_Fax_Boundary--
"""), R("a multifunction printer's scan-to-e-mail with a pdf and an empty text part"))

# 131 ---------------------------------------------------------------------
add("quarantine-summary-mail-filter", Raw("""
Received: from filter.example.org (192.0.2.131) by mail.example.org;
 Mon, 3 May 2010 07:00:04 +0200
From: Spamfilter <quarantaine@filter.example.org>
To: aanmelden@example.org
Subject: Quarantaineoverzicht: 3 nieuwe berichten voor aanmelden@example.org
Date: Mon, 3 May 2010 07:00:03 +0200
Message-ID: <131.quarantine.20100503050003@filter.example.org>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Quarantaineoverzicht voor aanmelden@example.org
De volgende berichten zijn sinds het vorige overzicht in quarantaine gezet:

Datum             Afzender                              Onderwerp
02-05-2010 22:14  prize@lottery-winner.example.net      U heeft gewonnen!!!
02-05-2010 23:40  info@cheap-meds.example.net           Uw bestelling
03-05-2010 01:12  newsletter@events.example.com         Meld u aan: congres Wijk & Zorg

Berichten in quarantaine worden na 14 dagen verwijderd. Om een bericht vrij te geven, gaat u naar https://filter.example.org/quarantaine.
"""), R("the mail filter's daily quarantine report"))

# 132 ---------------------------------------------------------------------
_s132 = conf_nl("Slagwerker Negentien", "K4TQ8-VB7MZ", "Welzijn Samenklank",
                "opbouwwerker Almere Haven", "s.negentien@samenklank.example.nl")[0]
add("postfix-relayed-success-dsn", Raw("""
Return-Path: <>
Date: Thu, 25 Mar 2010 14:11:06 +0100 (CET)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Successful Mail Delivery Report
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C3D1240E2.1269522666/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100325131106.7C3D1240E2@mail.example.org>

This is a MIME-encapsulated message.

--7C3D1240E2.1269522666/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<s.negentien@samenklank.example.nl>: delivery via
    mx.samenklank.example.nl[192.0.2.105]:25: 250 2.6.0 Queued mail for delivery

--7C3D1240E2.1269522666/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 7C3D1240E2
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Thu, 25 Mar 2010 14:11:05 +0100 (CET)

Final-Recipient: rfc822; s.negentien@samenklank.example.nl
Original-Recipient: rfc822;s.negentien@samenklank.example.nl
Action: relayed
Status: 2.0.0
Remote-MTA: dns; mx.samenklank.example.nl
Diagnostic-Code: smtp; 250 2.6.0 Queued mail for delivery

--7C3D1240E2.1269522666/mail.example.org
Content-Description: Message Headers
Content-Type: text/rfc822-headers

""" + robot_headers(_s132, "confirmation", "K4TQ8-VB7MZ",
                    "Slagwerker Negentien <s.negentien@samenklank.example.nl>",
                    "2010-03-25 14:11") + """
--7C3D1240E2.1269522666/mail.example.org--
"""), R("a Postfix 'Successful Mail Delivery Report' (relayed) for a confirmation"))

# 133 ---------------------------------------------------------------------
add("venue-booking-system-confirmation", Raw("""
Received: from booking.denieuwebibliotheek.example.nl (192.0.2.133) by mx.example.org;
 Fri, 19 Mar 2010 16:30:12 +0100
From: De Nieuwe Bibliotheek - Zaalverhuur <noreply@denieuwebibliotheek.example.nl>
To: aanmelden@example.org
Subject: Bevestiging reservering R-2010-0601-4 (Nieuwe Lokaal)
Date: Fri, 19 Mar 2010 16:30:11 +0100
Message-ID: <133.R-2010-0601-4@booking.denieuwebibliotheek.example.nl>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste heer/mevrouw,

Hierbij bevestigen wij uw reservering.

Reserveringsnummer: R-2010-0601-4
Ruimte:             Nieuwe Lokaal (4de verdieping)
Datum:              dinsdag 1 juni 2010
Tijd:               08:30 - 17:30 uur
Aantal personen:    60
Opstelling:         carré met projectie
Catering:           koffie/thee doorlopend, lunch 12:30 uur

Wijzigingen in het aantal deelnemers kunt u tot vijf werkdagen van tevoren doorgeven via het reserveringsportaal.

Dit is een automatisch verzonden bericht; u kunt niet op deze e-mail antwoorden.

De Nieuwe Bibliotheek - Zaalverhuur
"""), R("the venue's booking system confirms the room for day 1 (automatic, noreply)"))
