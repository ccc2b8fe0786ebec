"""Set 10, batch 4: mail made by machines (no reply may be sent).

Delivery reports (RFC 3464) and plain-text bounces of the robot's own
mails, read receipts (MDN), calendar replies (iMIP), out-of-office
replies with and without Auto-Submitted, challenge-response, list mail,
bulk mail and spam, ticket systems' acknowledgements, a mail filter's
notices and the robot's own mail come back. Every text is typed by hand;
set10_lib only assembles the MIME.
"""
from set10_lib import (add, M, raw_mail, report, robot_raw, robot_head,
                       robot_mid, d, conf_nl, conf_en, wait_nl, overview_nl,
                       question_nl, status_nl, TITLE, ics_reply10,
                       enc_subject, h, html_mail10, Raw, lib, b64lines)

R_TO = "aanmelden@example.org"

# ---- delivery reports and bounces -------------------------------------------

# 1 -- Postfix, multipart/report with the whole confirmation
cs, cb = conf_nl("Vergulder Vijf", "9RZ4M-PK7TV", "Stichting Stadsring Welzijn",
                 "schuldhulpverlener", "v.vijf@stadsring.example.nl",
                 ia="Stichting Stadsring Welzijn, Postbus 2900, 1300 CD Almere",
                 ir="INK-2010-118")
add("dsn-postfix-unknown-user", report(
    ["Return-Path: <>",
     "Received: by mail.example.org (Postfix)\n\tid 4C1D27E0A1; Tue,  9 Mar 2010 10:21:44 +0100 (CET)",
     "Date: " + d("2010-03-09 10:21"),
     "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
     "Subject: Undelivered Mail Returned to Sender",
     "To: " + R_TO,
     "Auto-Submitted: auto-replied",
     "Message-Id: <20100309092144.4C1D27E0A1@mail.example.org>"],
    "4C1D27E0A1.1268126504/mail.example.org",
    [(["Content-Description: Notification",
       "Content-Type: text/plain; charset=us-ascii"],
      """This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<v.vijf@stadsring.example.nl>: host mx.stadsring.example.nl[192.0.2.29] said:
    550 5.1.1 <v.vijf@stadsring.example.nl>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)"""),
     (["Content-Description: Delivery report",
       "Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4C1D27E0A1
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue,  9 Mar 2010 10:21:40 +0100 (CET)

Final-Recipient: rfc822; v.vijf@stadsring.example.nl
Original-Recipient: rfc822;v.vijf@stadsring.example.nl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.stadsring.example.nl
Diagnostic-Code: smtp; 550 5.1.1 <v.vijf@stadsring.example.nl>: Recipient
    address rejected: User unknown in local recipient table"""),
     (["Content-Description: Undelivered Message",
       "Content-Type: message/rfc822"],
      robot_raw(cs, cb, "confirmation", "9RZ4M-PK7TV",
                "Vergulder Vijf <v.vijf@stadsring.example.nl>",
                "2010-03-09 10:21"))]),
    M("Postfix DSN returning a confirmation", "en", code="9RZ4M-PK7TV"))

# 2 -- Exchange 2010 NDR in Dutch, headers only returned
ws, wb = wait_nl("Wilgenknotter Zesennegentig", "E6W2K-H8NQ4", 3,
                 "Vluchtelingenhuis Flevoland", "maatschappelijk begeleider",
                 "wilg96@vluchtelingenhuis.example.nl",
                 ia="Vluchtelingenhuis Flevoland, Postbus 92, 1300 AS Almere")
add("ndr-exchange-dutch", report(
    ["From: postmaster@vluchtelingenhuis.example.nl",
     "To: " + R_TO,
     "Date: " + d("2010-04-01 12:14"),
     "Subject: " + enc_subject("Onbestelbaar: " + ws),
     "Message-ID: <0c7a11b3-42e8-4f2d-9e3a-2b41d0f6c8a1@EXCH01.vluchtelingenhuis.example.nl>",
     "Content-Language: nl-NL",
     "X-MS-Exchange-Organization-SCL: -1",
     "Auto-Submitted: auto-replied"],
    "90d6b8c1-5a2e-4f73-a1c4-7d2e9b3f0a55",
    [(["Content-Type: text/plain; charset=\"utf-8\"",
       "Content-Transfer-Encoding: quoted-printable"],
      """Kan niet bezorgen bij deze geadresseerden of groepen:

wilg96@vluchtelingenhuis.example.nl
Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer =
het e-mailadres van de geadresseerde en verzend het bericht opnieuw. Als he=
t probleem zich blijft voordoen, neemt u contact op met de helpdesk.







Diagnostische informatie voor beheerders:

Genererende server: EXCH01.vluchtelingenhuis.example.nl

wilg96@vluchtelingenhuis.example.nl
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns;EXCH01.vluchtelingenhuis.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Thu, 1 Apr 2010 10:13:58 +0000

Final-Recipient: rfc822;wilg96@vluchtelingenhuis.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"""),
     (["Content-Type: text/rfc822-headers"],
      robot_head(ws, "waitlist", "E6W2K-H8NQ4",
                 "Wilgenknotter Zesennegentig <wilg96@vluchtelingenhuis.example.nl>",
                 "2010-04-01 12:13"))]),
    M("Exchange NDR in Dutch, the waiting-list notice's headers",
      "nl", code="E6W2K-H8NQ4"))

# 3 -- qmail, plain text
qs, qb = question_nl("Ripple Eightyeight", "Considering the Almere course")
add("bounce-qmail-plain", raw_mail(
    ["Return-Path: <>",
     "Date: " + d("2010-04-01 11:20"),
     "From: MAILER-DAEMON@mx.example.com",
     "To: " + R_TO,
     "Subject: failure notice",
     "Message-ID: <20100401092011.12345.qmail@mx.example.com>"],
    """Hi. This is the qmail-send program at mx.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ripple88@example.com>:
192.0.2.88 does not like recipient.
Remote host said: 550 5.2.1 Mailbox disabled for this recipient
Giving up on 192.0.2.88.

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
Received: (qmail 12343 invoked from network); 1 Apr 2010 09:20:09 -0000
""" + robot_raw(qs, qb, "question", "ripple88", "Ripple Eightyeight <ripple88@example.com>",
                "2010-04-01 11:19")),
    M("qmail plain-text bounce of the question acknowledgement", "en"))

# 4 -- Exim, plain text with X-Failed-Recipients
os_, ob = overview_nl("Stroper Vierendertig", [
    ("Wolkammer Een", "w.een@wijkwerk-stad.example.nl", "3HX9Q-V2MBR", "bevestigd"),
    ("Zadelmaker Twee", "z.twee@wijkwerk-stad.example.nl", "KD4WN-7PJ2T", "bevestigd"),
    ("Stoelenmatter Vier", "s.vier@wijkwerk-stad.example.nl", "Q8TZ3-N5CEH", "bevestigd"),
    ("Kaasmaker Zestien", "k.zestien@wijkwerk-stad.example.nl", "5BV0R-GM6YX", "wachtlijst, plaats 1"),
    ("Mouter Achtenvijftig", "m.achtenvijftig@wijkwerk-stad.example.nl", "WC7KP-2D9FA", "wachtlijst, plaats 2")])
add("bounce-exim-plain", raw_mail(
    ["Return-path: <>",
     "Envelope-to: " + R_TO,
     "Delivery-date: " + d("2010-03-11 09:14"),
     "Received: from mail by mx2.example.net with local (Exim 4.69)\n\tid 1NpfxJ-0003kE-8V\n\tfor aanmelden@example.org; " + d("2010-03-11 09:14"),
     "X-Failed-Recipients: s.vierendertig@wijkwerk-stad.example.nl",
     "Auto-Submitted: auto-replied",
     "From: Mail Delivery System <Mailer-Daemon@mx2.example.net>",
     "To: " + R_TO,
     "Subject: Mail delivery failed: returning message to sender",
     "Message-Id: <E1NpfxJ-0003kE-8V@mx2.example.net>",
     "Date: " + d("2010-03-11 09:14")],
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  s.vierendertig@wijkwerk-stad.example.nl
    SMTP error from remote mail server after RCPT TO:<s.vierendertig@wijkwerk-stad.example.nl>:
    host mx.wijkwerk-stad.example.nl [192.0.2.34]: 552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
""" + robot_raw(os_, ob, "overview", "wws-overview",
                "Stroper Vierendertig <s.vierendertig@wijkwerk-stad.example.nl>",
                "2010-03-11 09:13")),
    M("Exim bounce of the contact person's overview; five codes inside",
      "en"))

# 5 -- Gmail, Delivery Status Notification (Failure)
ce, cbe = conf_en("Pebble Sixteen", "TNH3V-6RW8K", "Example Refugee Support",
                  "caseworker", "pebble_sixteen@example.com", phone="06 5550 1616",
                  diet="vegan, and no nuts please")
add("dsn-gmail-failure", report(
    ["Delivered-To: " + R_TO,
     "Return-Path: <>",
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
     "To: " + R_TO,
     "Date: " + d("2010-03-25 22:34"),
     "Subject: Delivery Status Notification (Failure)",
     "Message-ID: <0016e6d9a4b1c2e0480482a4c7f3@google.com>",
     "X-Failed-Recipients: pebble_sixteen@example.com"],
    "0016e6d9a4b1c2e0480482a4c7f2",
    [(["Content-Type: text/plain; charset=ISO-8859-1"],
      """This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     pebble_sixteen@example.com

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554 554 delivery error: dd This user doesn't have a example.com account (pebble_sixteen@example.com) [0] (state 17)."""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail.example.org
Arrival-Date: Thu, 25 Mar 2010 14:34:02 -0700 (PDT)

Final-Recipient: rfc822; pebble_sixteen@example.com
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 554 554 delivery error: dd This user doesn't have a example.com account"""),
     (["Content-Type: message/rfc822"],
      robot_raw(ce, cbe, "confirmation", "TNH3V-6RW8K",
                "Pebble Sixteen <pebble_sixteen@example.com>", "2010-03-25 22:33",
                lang="en"))]),
    M("Gmail DSN returning an English confirmation", "en",
      code="TNH3V-6RW8K"))

# 6 -- Sendmail, delayed (warning, not failed)
ss, sb = status_nl("Hoefsmid Vijfentwintig", "J2FQ8-W4HVN", "bevestigd",
                   "Wijkkracht Poort", "opbouwwerker",
                   "hoefsmid25@wijkkracht.example.nl", phone="036 555 2525")
add("dsn-sendmail-delayed", report(
    ["Return-Path: <MAILER-DAEMON@relay.wijkkracht.example.nl>",
     "Date: " + d("2010-04-29 16:02"),
     "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.wijkkracht.example.nl>",
     "Message-Id: <201004291402.o3TE2Ixq004411@relay.wijkkracht.example.nl>",
     "To: <aanmelden@example.org>",
     "Subject: Warning: could not send message for past 4 hours",
     "Auto-Submitted: auto-generated (warning-timeout)"],
    "o3TE2Ixq004411.1272549738/relay.wijkkracht.example.nl",
    [([],
      """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Thu, 29 Apr 2010 12:01:52 +0200
from mail.example.org [192.0.2.10]

   ----- Transcript of session follows -----
<hoefsmid25@wijkkracht.example.nl>... Deferred: Connection timed out with mailstore.wijkkracht.example.nl.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old"""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; relay.wijkkracht.example.nl
Arrival-Date: Thu, 29 Apr 2010 12:01:52 +0200

Final-Recipient: RFC822; hoefsmid25@wijkkracht.example.nl
Action: delayed
Status: 4.4.7
Remote-MTA: DNS; mailstore.wijkkracht.example.nl
Last-Attempt-Date: Thu, 29 Apr 2010 16:02:18 +0200
Will-Retry-Until: Tue, 4 May 2010 12:01:52 +0200"""),
     (["Content-Type: text/rfc822-headers"],
      robot_head(ss, "status", "J2FQ8-W4HVN",
                 "Hoefsmid Vijfentwintig <hoefsmid25@wijkkracht.example.nl>",
                 "2010-04-29 12:01"))]),
    M("Sendmail delay warning for a status reply", "en", code="J2FQ8-W4HVN"))

# 7 -- Lotus Domino, user not listed
cs7, cb7 = conf_nl("Naaister Negenendertig", "R5KD2-8XYMG", "Zorgcentrum De Boog",
                   "teamleider thuiszorg", "naaister39@zorgcentrumdeboog.example.nl",
                   diet="glutenvrij",
                   ia="Zorgcentrum De Boog, Postbus 61, 1300 AM Almere",
                   ir="DB-OPL-61")
add("dsn-domino-not-listed", report(
    ["From: Postmaster@zorgcentrumdeboog.example.nl",
     "To: " + R_TO,
     "Date: " + d("2010-03-24 14:12"),
     "Subject: " + enc_subject("DELIVERY FAILURE: User Naaister Negenendertig "
                               "(naaister39@zorgcentrumdeboog.example.nl) not "
                               "listed in Domino Directory"),
     "Message-ID: <OFA1B2C3D4.E5F60718-ONC12576EE.0041A2B3@zorgcentrumdeboog.example.nl>",
     "X-Mailer: Lotus Domino Release 8.5.1",
     "Auto-Submitted: auto-replied"],
    "==IFJRGLVFGIRRQ0XFERRDBHQNDB0XBG==",
    [(["Content-Type: text/plain"],
      """Your message

  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [R5KD2-8XYMG]

was not delivered to:

  naaister39@zorgcentrumdeboog.example.nl

because:

  User Naaister Negenendertig (naaister39@zorgcentrumdeboog.example.nl) not listed in Domino Directory"""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns;DOMSRV01.zorgcentrumdeboog.example.nl

Final-Recipient: rfc822;naaister39@zorgcentrumdeboog.example.nl
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; User Naaister Negenendertig (naaister39@zorgcentrumdeboog.example.nl) not listed in Domino Directory"""),
     (["Content-Type: message/rfc822"],
      robot_raw(cs7, cb7, "confirmation", "R5KD2-8XYMG",
                "Naaister Negenendertig <naaister39@zorgcentrumdeboog.example.nl>",
                "2010-03-24 14:11"))]),
    M("Domino DSN, the confirmation returned", "en", code="R5KD2-8XYMG"))

# 8 -- a Dutch provider: mailbox full, plain text
add("bounce-provider-full-nl", raw_mail(
    ["Return-Path: <>",
     "From: \"Mail Delivery System\" <MAILER-DAEMON@mx.example.nl>",
     "To: " + R_TO,
     "Date: " + d("2010-03-30 19:56"),
     "Subject: Niet afgeleverd: Bevestiging aanmelding " + TITLE + " [B9ZC4-T3QKW]",
     "Message-ID: <20100330175601.AB12C4F00@mx.example.nl>",
     "Auto-Submitted: auto-replied",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=iso-8859-1",
     "Content-Transfer-Encoding: quoted-printable"],
    """Dit is een automatisch bericht van de mailserver mx.example.nl.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger(s):

  hengel43@dorpshuisdekoog.example.nl
  De mailbox van de ontvanger is vol (552 5.2.2 Mailbox full).

Wij proberen het niet opnieuw. U kunt de ontvanger op een andere manier =
laten weten dat zijn of haar mailbox vol is.

----- Kopie van de kopregels van uw bericht -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: =?utf-8?q?Hengelmaker_Drie=C3=ABnveertig?= <hengel43@dorpshuisdekoog.example.nl>
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B9ZC4-T3QKW]
Date: """ + d("2010-03-30 19:55") + """
Message-ID: """ + robot_mid("confirmation", "B9ZC4-T3QKW") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation
"""),
    M("a provider's Dutch plain-text bounce (mailbox full)", "nl",
      code="B9ZC4-T3QKW"))

# ---- read receipts ------------------------------------------------------------

# 9 -- Outlook, Dutch, read
add("mdn-outlook-read-nl", report(
    ["From: \"Kaasmaker Zestien\" <k.zestien@wijkwerk-stad.example.nl>",
     "To: <aanmelden@example.org>",
     "Subject: Gelezen: Wachtlijst " + TITLE + " [5BV0R-GM6YX]",
     "Date: " + d("2010-03-11 10:02"),
     "Message-ID: <000301cac0f7$4e2a1b30$ea7e5190$@wijkwerk-stad.example.nl>",
     "X-Mailer: Microsoft Office Outlook 12.0",
     "Thread-Index: AcrA9034d9d2c1e3f4a5b6c7d8e9f0==",
     "Content-Language: nl"],
    "----=_NextPart_000_0004_01CAC0FF.AFEE8330",
    [(["Content-Type: text/plain;\n\tcharset=\"windows-1252\"",
       "Content-Transfer-Encoding: quoted-printable"],
      """Uw bericht

  Aan: Kaasmaker Zestien
  Onderwerp: Wachtlijst Almere: Sociale ambities in een groeiende stad [5BV0R-GM6YX]
  Verzonden: donderdag 11 maart 2010 9:13

is gelezen op donderdag 11 maart 2010 10:02."""),
     (["Content-Type: message/disposition-notification"],
      """Reporting-UA: wijkwerk-stad.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;k.zestien@wijkwerk-stad.example.nl
Original-Message-ID: """ + robot_mid("waitlist", "5BV0R-GM6YX") + """
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"),
    M("Outlook read receipt for a waiting-list notice", "nl",
      code="5BV0R-GM6YX"))

# 10 -- Thunderbird, English, displayed
add("mdn-thunderbird-en", report(
    ["From: Thimble Eighty <thimble.eighty@youthnet.example.org>",
     "To: aanmelden@example.org",
     "Subject: Return Receipt (displayed) - Registration confirmed: " + TITLE + " [VX2H7-0KQBD]",
     "Date: " + d("2010-03-11 11:30"),
     "Message-ID: <4B98C5F2.4030308@youthnet.example.org>",
     "User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-GB; rv:1.9.1.8) Gecko/20100227 Thunderbird/3.0.3"],
    "------------040406090701010704030206",
    [(["Content-Type: text/plain; charset=UTF-8; format=flowed",
       "Content-Transfer-Encoding: 7bit"],
      """This is a Return Receipt for the mail that you sent to thimble.eighty@youthnet.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."""),
     (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
       "Content-Disposition: inline",
       "Content-Transfer-Encoding: 7bit"],
      """Reporting-UA: youthnet.example.org; Mozilla Thunderbird
Final-Recipient: rfc822;thimble.eighty@youthnet.example.org
Original-Message-ID: """ + robot_mid("confirmation", "VX2H7-0KQBD") + """
Disposition: manual-action/MDN-sent-manually; displayed"""),
     (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"",
       "Content-Transfer-Encoding: 7bit",
       "Content-Disposition: inline"],
      robot_head("Registration confirmed: " + TITLE + " [VX2H7-0KQBD]",
                 "confirmation", "VX2H7-0KQBD",
                 "Thimble Eighty <thimble.eighty@youthnet.example.org>",
                 "2010-03-11 10:56", lang="en"))],
    report_type="disposition-notification"),
    M("Thunderbird return receipt", "en", code="VX2H7-0KQBD"))

# 11 -- Outlook, deleted without being read
add("mdn-outlook-deleted-nl", report(
    ["From: \"Lantaarnopsteker Negentien\" <LNegentien@almere.nl>",
     "To: <aanmelden@example.org>",
     "Subject: Niet gelezen: Bevestiging aanmelding " + TITLE + " [2PGK9-MV4RS]",
     "Date: " + d("2010-04-30 17:45"),
     "Message-ID: <4BDAFA11.0E1F.0098.1@almere.nl>",
     "X-Mailer: Novell GroupWise Internet Agent 8.0.1"],
    "=__Part0E1F4BDAFA11.1__=",
    [(["Content-Type: text/plain; charset=US-ASCII",
       "Content-Transfer-Encoding: 7bit"],
      """Your message

  To: LNegentien@almere.nl
  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [2PGK9-MV4RS]

was deleted without being read on Friday, 30 April 2010 17:45."""),
     (["Content-Type: message/disposition-notification"],
      """Reporting-UA: almere.nl; Novell GroupWise Internet Agent 8.0.1
Final-Recipient: rfc822;LNegentien@almere.nl
Original-Message-ID: """ + robot_mid("confirmation", "2PGK9-MV4RS") + """
Disposition: manual-action/MDN-sent-automatically; deleted""")],
    report_type="disposition-notification"),
    M("GroupWise 'deleted without being read' notification", "en",
      code="2PGK9-MV4RS"))

# ---- calendar replies ---------------------------------------------------------

# 12 -- Outlook: accepted (Dutch)
ics12 = ics_reply10("6CFJ3-RN8WT-day1@example.org", "NVijftien@almere.nl",
                    "\"Netenboeter Vijftien\"", "ACCEPTED", "2010-03-17 09:02",
                    "Microsoft Exchange Server 2007", "20100601T094500",
                    "20100601T163000", summary="Geaccepteerd: " + TITLE)
add("imip-outlook-accepted", raw_mail(
    ["From: \"Netenboeter Vijftien\" <NVijftien@almere.nl>",
     "To: <aanmelden@example.org>",
     "Subject: Geaccepteerd: " + TITLE,
     "Date: " + d("2010-03-17 09:02"),
     "Message-ID: <A1B2C3D4E5F6A7B8C9D0@EXCH02.almere.nl>",
     "Thread-Topic: " + TITLE,
     "Content-class: urn:content-classes:calendarmessage",
     "X-Mailer: Microsoft Office Outlook 12.0",
     "MIME-Version: 1.0",
     "Content-Type: multipart/alternative;\n\tboundary=\"----_=_NextPart_001_01CAC5A3.6F1D8E20\""],
    """This is a multi-part message in MIME format.

------_=_NextPart_001_01CAC5A3.6F1D8E20
Content-Type: text/plain;
\tcharset="utf-8"
Content-Transfer-Encoding: quoted-printable

=20

------_=_NextPart_001_01CAC5A3.6F1D8E20
Content-Type: text/calendar;
\tmethod=REPLY;
\tname="meeting.ics"
Content-Transfer-Encoding: 8bit

""" + ics12.replace("\r\n", "\n") + """
------_=_NextPart_001_01CAC5A3.6F1D8E20--
"""),
    M("Outlook calendar acceptance of course day 1", "nl", code="6CFJ3-RN8WT"))

# 13 -- Google Calendar: accepted (English)
ics13 = ics_reply10("VX2H7-0KQBD-day2@example.org", "thimble.eighty@youthnet.example.org",
                    "Thimble Eighty", "ACCEPTED", "2010-03-11 11:35",
                    "-//Google Inc//Google Calendar 70.9054//EN", "20100923T094500",
                    "20100923T163000")
add("imip-google-accepted", raw_mail(
    ["From: Thimble Eighty <thimble.eighty@youthnet.example.org>",
     "Sender: Google Calendar <calendar-notification@google.com>",
     "To: aanmelden@example.org",
     "Subject: Accepted: " + TITLE + " @ Thu 23 Sep 2010 09:45 - 16:30 (thimble.eighty@youthnet.example.org)",
     "Date: " + d("2010-03-11 11:35"),
     "Message-ID: <0016364ee1b2a3c4d5e6f70482ab@google.com>",
     "Reply-To: Thimble Eighty <thimble.eighty@youthnet.example.org>",
     "MIME-Version: 1.0",
     "Content-Type: multipart/mixed; boundary=0016364ee1b2a3c4d50482ab9b77"],
    """--0016364ee1b2a3c4d50482ab9b77
Content-Type: multipart/alternative; boundary=0016364ee1b2a3c4cf0482ab9b75

--0016364ee1b2a3c4cf0482ab9b75
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; delsp=yes
Content-Transfer-Encoding: 7bit

Thimble Eighty has accepted this invitation.

Title: Almere: Sociale ambities in een groeiende stad
When: Thu 23 Sep 2010 09:45 - 16:30 (Amsterdam)
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere
Calendar: thimble.eighty@youthnet.example.org
Who:
     * aanmelden@example.org - organizer
     * Thimble Eighty

Invitation from Google Calendar

You are receiving this courtesy email at the account
thimble.eighty@youthnet.example.org because you are an attendee of this
event.

--0016364ee1b2a3c4cf0482ab9b75
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

""" + ics13.replace("\r\n", "\n") + """
--0016364ee1b2a3c4cf0482ab9b75--

--0016364ee1b2a3c4d50482ab9b77
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + b64lines(ics13) + """

--0016364ee1b2a3c4d50482ab9b77--
"""),
    M("Google Calendar acceptance of day 2", "en", code="VX2H7-0KQBD"))

# 14 -- Outlook: declined (Dutch), day 3
ics14 = ics_reply10("H4K7N-2QWXD-day3@example.org", "k.negentien@lantaarnlicht.example.nl",
                    "\"Kantklosser Negentien\"", "DECLINED", "2010-03-08 15:10",
                    "Microsoft Exchange Server 2007", "20101102T094500",
                    "20101102T163000", summary="Geweigerd: " + TITLE)
add("imip-outlook-declined", raw_mail(
    ["From: \"Kantklosser Negentien\" <k.negentien@lantaarnlicht.example.nl>",
     "To: <aanmelden@example.org>",
     "Subject: Geweigerd: " + TITLE,
     "Date: " + d("2010-03-08 15:10"),
     "Message-ID: <000801cabec8$9d6f4e10$d84dea30$@lantaarnlicht.example.nl>",
     "Content-class: urn:content-classes:calendarmessage",
     "X-Mailer: Microsoft Office Outlook 12.0",
     "MIME-Version: 1.0",
     "Content-Type: text/calendar; method=REPLY; charset=\"utf-8\"",
     "Content-Transfer-Encoding: base64"],
    b64lines(ics14) + "\n"),
    M("Outlook calendar decline of day 3 (base64 text/calendar only)", "nl",
      code="H4K7N-2QWXD"))

# ---- out of office --------------------------------------------------------

# 15 -- Exchange, Dutch, Auto-Submitted
add("ooo-exchange-nl", raw_mail(
    ["From: \"Sleutelmaker Drie\" <s.drie@stadsring.example.nl>",
     "To: \"deSTADSWIJKstudies Almere\" <aanmelden@example.org>",
     "Subject: Automatisch antwoord: Bevestiging aanmelding " + TITLE + " [F8MX2-QC5JA]",
     "Date: " + d("2010-03-09 10:22"),
     "Message-ID: <F1E2D3C4B5A69788@EXCH01.stadsring.example.nl>",
     "In-Reply-To: " + robot_mid("confirmation", "F8MX2-QC5JA"),
     "References: " + robot_mid("confirmation", "F8MX2-QC5JA"),
     "Auto-Submitted: auto-replied",
     "X-Auto-Response-Suppress: All",
     "X-MS-Exchange-Inbox-Rules-Loop: s.drie@stadsring.example.nl",
     "Thread-Topic: Bevestiging aanmelding " + TITLE + " [F8MX2-QC5JA]",
     "Content-Language: nl-NL",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"iso-8859-1\"",
     "Content-Transfer-Encoding: quoted-printable"],
    """Geachte afzender,

Ik ben afwezig tot en met maandag 15 maart. Uw bericht wordt niet doorgestuu=
rd. Voor dringende zaken kunt u contact opnemen met het secretariaat van Sti=
chting Stadsring Welzijn, telefoon 036-5552900.

Met vriendelijke groet,
Sleutelmaker Drie
"""),
    M("Exchange out-of-office with Auto-Submitted", "nl", code="F8MX2-QC5JA"))

# 16 -- Gmail vacation responder, English
add("ooo-gmail-vacation-en", raw_mail(
    ["From: Lantern Fortyone <lantern.41@example.com>",
     "To: aanmelden@example.org",
     "Subject: Out of office until 6 April",
     "Date: " + d("2010-03-19 19:46"),
     "Message-ID: <AANLkTikq0n3aXw8vB2cD4eF6gH8iJ0kL@mail.gmail.com>",
     "In-Reply-To: " + robot_mid("confirmation", "XK3D9-4NRP7"),
     "References: " + robot_mid("confirmation", "XK3D9-4NRP7"),
     "Auto-Submitted: auto-replied",
     "Precedence: bulk",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=ISO-8859-1"],
    """Hello,

I am on holiday and will be back on 6 April. I will not be reading my email until then.

Lantern
"""),
    M("Gmail vacation reply to a confirmation", "en"))

# 17 -- an autoresponder with no headers of its kind at all
add("ooo-no-headers-nl", raw_mail(
    ["From: Klompenmaker Zesendertig <klompen36@example.nl>",
     "To: aanmelden@example.org",
     "Subject: Afwezigheidsbericht",
     "Date: " + d("2010-04-23 16:50"),
     "Message-ID: <20100423145011.7F2A81C0@webmail.example.nl>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=UTF-8",
     "Content-Transfer-Encoding: 8bit"],
    """Beste afzender,

Bedankt voor uw bericht. Ik ben met verlof tot en met 10 mei en lees mijn mail niet. Voor aanmeldingen, afmeldingen en vragen over lopende trajecten kunt u terecht bij mijn collega's via 036-5550036.

Met vriendelijke groet,
Klompenmaker Zesendertig

Dit is een automatisch gegenereerd bericht.
"""),
    M("an out-of-office with no Auto-Submitted or Precedence, registration "
      "words inside", "nl"))

# 18 -- cPanel-style autoresponder: X-Autorespond and Precedence auto_reply
add("ooo-cpanel-autorespond", raw_mail(
    ["From: Hooiberg Tweeënnegentig <hooiberg92@vluchtelingenhuis.example.nl>".replace(
        "Hooiberg Tweeënnegentig", "=?UTF-8?B?SG9vaWJlcmcgVHdlZcOrbm5lZ2VudGln?="),
     "To: aanmelden@example.org",
     "Subject: Re: Overzicht van uw aanmeldingen: " + TITLE,
     "Date: " + d("2010-04-01 12:20"),
     "Message-ID: <auto-000011223344@server12.example.net>",
     "X-Autorespond: Re: Overzicht van uw aanmeldingen: " + TITLE,
     "Precedence: auto_reply",
     "X-Precedence: auto_reply",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=UTF-8",
     "Content-Transfer-Encoding: 8bit"],
    """Beste afzender,

Ik ben op vrijdag niet werkzaam. Uw mail wordt maandag beantwoord.

Hooiberg
"""),
    M("cPanel autoresponder: X-Autorespond, Precedence auto_reply", "nl"))

# 19 -- Outlook 365, English, mentions registrations
add("ooo-o365-en-mentions", raw_mail(
    ["From: Saffron Eleven <saffron11@example.com>",
     "To: deSTADSWIJKstudies Almere <aanmelden@example.org>",
     "Subject: Automatic reply: Overview of your registrations: " + TITLE,
     "Date: " + d("2010-03-29 14:30"),
     "Message-ID: <AM0PR07MB41a2b3c4d5e6f7a8b9c0d1@AM0PR07MB4100.eurprd07.prod.outlook.com>",
     "In-Reply-To: " + robot_mid("overview", "ecc-overview"),
     "References: " + robot_mid("overview", "ecc-overview"),
     "Thread-Topic: Overview of your registrations: " + TITLE,
     "Auto-Submitted: auto-generated",
     "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
     "X-Auto-Response-Suppress: All",
     "Content-Language: en-GB",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"us-ascii\"",
     "Content-Transfer-Encoding: 7bit"],
    """Thank you for your email. I am out of the office until Tuesday 6 April.

For course registrations, cancellations and invoices please contact hr@example.com, who will register or cancel on my behalf.

Saffron Eleven
HR officer, Example Care Collective
"""),
    M("Outlook 365 automatic reply that talks about registering", "en"))

# ---- challenge-response ----------------------------------------------------------

# 20 -- English challenge with Auto-Submitted
add("challenge-verify-en", raw_mail(
    ["From: \"Velvet Fortyseven (via Example Verify)\" <verify@verify.example.com>",
     "To: aanmelden@example.org",
     "Subject: Please verify your email address [Ref #EV-20100408-4471]",
     "Date: " + d("2010-04-08 12:40"),
     "Message-ID: <ev.20100408.4471@verify.example.com>",
     "Auto-Submitted: auto-replied",
     "X-Example-Verify: challenge",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Hello,

I'm protecting myself from receiving junk mail. Please click the link below to complete the verification process. You have to do this only once.

http://www.verify.example.com/v?r=EV-20100408-4471

Your message "Registration confirmed: Almere: Sociale ambities in een groeiende stad" will be delivered as soon as you verify.

Velvet Fortyseven
(This is an automated message from Example Verify.)
"""),
    M("challenge-response (English) with Auto-Submitted", "en"))

# 21 -- Dutch challenge without Auto-Submitted
add("challenge-mailwachter-nl", raw_mail(
    ["From: MailWachter <noreply@mailwachter.example.nl>",
     "Reply-To: bevestig+a8d2f1@mailwachter.example.nl",
     "To: aanmelden@example.org",
     "Subject: Uw bericht aan rijwiel54@stichtingtussenland.example.nl wacht op bevestiging",
     "Date: " + d("2010-03-23 09:36"),
     "Message-ID: <mw-a8d2f1-20100323@mailwachter.example.nl>",
     "Precedence: junk",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=UTF-8",
     "Content-Transfer-Encoding: 8bit"],
    """Beste afzender,

Uw bericht "Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [3RJ7W-KT8BN]" aan rijwiel54@stichtingtussenland.example.nl is tegengehouden door MailWachter.

Om te bevestigen dat u een mens bent en geen spamcomputer, beantwoordt u deze mail of klikt u op de link hieronder. Daarna wordt uw bericht direct afgeleverd en komen uw volgende berichten zonder controle aan.

http://bevestig.mailwachter.example.nl/a8d2f1

Met vriendelijke groet,
MailWachter namens rijwiel54@stichtingtussenland.example.nl
"""),
    M("Dutch challenge-response, only Precedence: junk", "nl",
      code="3RJ7W-KT8BN"))

# ---- list mail -------------------------------------------------------------

# 22 -- Mailman: a sector list that mentions the course
add("list-mailman-welzijn", raw_mail(
    ["From: Netwerkcoördinator Welzijn Almere <coordinatie@welzijnsnetwerk.example.nl>".replace(
        "Netwerkcoördinator Welzijn Almere", "=?iso-8859-1?q?Netwerkco=F6rdinator_Welzijn_Almere?="),
     "To: welzijn-almere@lists.example.nl",
     "Subject: [welzijn-almere] Nieuws uit het netwerk, maart 2010",
     "Date: " + d("2010-03-05 10:00"),
     "Message-ID: <4B90C7A0.9020104@welzijnsnetwerk.example.nl>",
     "X-BeenThere: welzijn-almere@lists.example.nl",
     "X-Mailman-Version: 2.1.13",
     "Precedence: list",
     "List-Id: Welzijnsnetwerk Almere <welzijn-almere.lists.example.nl>",
     "List-Unsubscribe: <http://lists.example.nl/mailman/options/welzijn-almere>,\n\t<mailto:welzijn-almere-request@lists.example.nl?subject=unsubscribe>",
     "List-Post: <mailto:welzijn-almere@lists.example.nl>",
     "List-Help: <mailto:welzijn-almere-request@lists.example.nl?subject=help>",
     "Sender: welzijn-almere-bounces@lists.example.nl",
     "Errors-To: welzijn-almere-bounces@lists.example.nl",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"iso-8859-1\"",
     "Content-Transfer-Encoding: quoted-printable"],
    """Beste netwerkleden,

1. Leergang deSTADSWIJKstudies op locatie Almere
De gemeente organiseert een vierdaagse leergang "Sociale ambities in een gr=
oeiende stad". Aanmelden kan per mail bij aanmelden@example.org met naam, o=
rganisatie, functie en factuuradres. Er zijn 40 plaatsen voor organisaties.

2. Netwerkbijeenkomst 22 april
Onze volgende bijeenkomst is op 22 april in Wijkcentrum De Schakel. Aanmel=
den via coordinatie@welzijnsnetwerk.example.nl.

Met vriendelijke groet,
Netwerkco=F6rdinator Welzijn Almere

_______________________________________________
welzijn-almere mailing list
welzijn-almere@lists.example.nl
http://lists.example.nl/mailman/listinfo/welzijn-almere
"""),
    M("Mailman list mail announcing the course, with a form hint", "nl"))

# 23 -- Google Groups digest, English
add("list-googlegroups-digest", raw_mail(
    ["From: example-housing-network@googlegroups.com",
     "To: Digest recipients <example-housing-network@googlegroups.com>",
     "Subject: Abridged summary of example-housing-network@googlegroups.com - 3 Messages in 2 Topics",
     "Date: " + d("2010-04-15 06:12"),
     "Message-ID: <0016e68ee3b94f2c0a04844a1d77@google.com>",
     "Reply-To: example-housing-network@googlegroups.com",
     "Mailing-list: list example-housing-network@googlegroups.com; contact example-housing-network+owners@googlegroups.com",
     "List-Id: <example-housing-network.googlegroups.com>",
     "List-Post: <mailto:example-housing-network@googlegroups.com>",
     "Precedence: list",
     "X-Google-Group-Id: 734112095521",
     "List-Unsubscribe: <mailto:example-housing-network+unsubscribe@googlegroups.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=ISO-8859-1; delsp=yes; format=flowed"],
    """Today's Topic Summary

Group: http://groups.google.com/group/example-housing-network/topics

   - Almere course - anyone going? [2 Updates]
   - Housing First evaluation report [1 Update]


  Topic: Almere course - anyone going?

    Tundra Fiftytwo <tundra52@housingfirst.example.org> Apr 14 04:30PM +0200

    I've registered for the Almere course (four days, June to November).
    Anyone else from the network signing up? We could share a car.

    Ember Sixtyone <ember61@housingfirst.example.org> Apr 14 05:02PM +0200

    Count me in for the car, not for the course though.


  Topic: Housing First evaluation report

    Copper Seventeen <copper17@example.org> Apr 14 09:15AM +0200

    The final evaluation report is out, see the group's files section.

--
You received this message because you are subscribed to the Google Groups "Example Housing Network" group.
To unsubscribe from this group, send email to example-housing-network+unsubscribe@googlegroups.com.
"""),
    M("Google Groups digest that talks about registering", "en"))

# 24 -- LISTSERV subscription confirmation request
add("list-listserv-confirm", raw_mail(
    ["From: \"L-Soft list server at LISTS.EXAMPLE.COM (1.8e)\" <LISTSERV@LISTS.EXAMPLE.COM>",
     "To: aanmelden@example.org",
     "Subject: Command confirmation request (5B1F2C3A)",
     "Date: " + d("2010-05-04 03:17"),
     "Message-ID: <LISTSERV%201005040317.5B1F2C3A@LISTS.EXAMPLE.COM>",
     "Auto-Submitted: auto-generated",
     "Precedence: bulk",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Your command:

SUBSCRIBE URBAN-SOCIAL-L aanmelden@example.org

requires confirmation. To confirm the execution of your command, simply
point your browser to the following URL:

http://LISTS.EXAMPLE.COM/cgi-bin/wa?OK=5B1F2C3A&L=URBAN-SOCIAL-L

Alternatively, if you have no WWW access, you can reply to the present
message and type "ok" (without the quotes) as the text of your message.
Just the word "ok" - do not retype the command.

If you do not wish to subscribe, simply ignore this message.
"""),
    M("LISTSERV asks to confirm a subscription", "en"))

# ---- bulk mail and spam --------------------------------------------------------

# 25 -- Mailchimp: a training ad with a form in it
text25 = """Training Gesprekstechnieken voor Sociaal Werkers
=================================================

Nieuw in 2010: in twee dagen leert u motiverend gespreksvoeren in de wijk.
Data: 15 en 22 juni 2010, Utrecht. Prijs: EUR 495,- p.p.

Schrijf je nu in! Vul onderstaand formulier in en mail het terug:

Naam: ______________________
Organisatie: ______________________
Functie: ______________________
E-mail: ______________________

Of meld je direct aan via http://www.academie.example.nl/inschrijven

============================================================
Je ontvangt deze mail omdat je bent ingeschreven voor de nieuwsbrief van Example Academie.
Uitschrijven: http://exampleacademie.us1.list-manage.com/unsubscribe?u=7a3f&id=19c2
"""
html25 = ("<html><body><table width=\"600\" align=\"center\"><tr><td>"
          "<h1 style=\"color:#2a6f97\">Training Gesprekstechnieken voor Sociaal Werkers</h1>"
          "<p>Nieuw in 2010: in twee dagen leert u motiverend gespreksvoeren in de wijk.<br>"
          "Data: 15 en 22 juni 2010, Utrecht. Prijs: EUR 495,- p.p.</p>"
          "<p><b>Schrijf je nu in!</b> Vul onderstaand formulier in en mail het terug:</p>"
          "<p>Naam: ______________________<br>Organisatie: ______________________<br>"
          "Functie: ______________________<br>E-mail: ______________________</p>"
          "<p><a href=\"http://www.academie.example.nl/inschrijven\">Direct aanmelden</a></p>"
          "<p style=\"font-size:10px;color:#999\">Je ontvangt deze mail omdat je bent "
          "ingeschreven voor de nieuwsbrief van Example Academie. "
          "<a href=\"http://exampleacademie.us1.list-manage.com/unsubscribe?u=7a3f&id=19c2\">"
          "Uitschrijven</a></p></td></tr></table></body></html>\n")
add("bulk-mailchimp-form-nl", html_mail10(
    "Example Academie <info@academie.example.nl>",
    "Schrijf je nu in: Training Gesprekstechnieken", "2010-03-16 06:00",
    html25, text=text25, style="mc",
    extra=[("Precedence", "bulk"),
           ("List-Unsubscribe", "<http://exampleacademie.us1.list-manage.com/unsubscribe?u=7a3f&id=19c2>"),
           ("X-Mailer", "MailChimp Mailer - **CID19c2a7b3f4**"),
           ("X-Campaign", "mailchimp7a3f.19c2a7b3f4"),
           ("X-MC-User", "7a3f0c1d2e3f4a5b6c7d8e9f0")],
    to="aanmelden@example.org"),
    M("Mailchimp ad for another training with an empty form", "nl"))

# 26 -- Campaign Monitor: a conference, English, with a form
add("bulk-conference-en", html_mail10(
    "Example Urban Summit <events@summit.example.com>",
    "Register now: Example Urban Summit 2010 - early bird ends Friday",
    "2010-04-12 15:00",
    "<html><body><h2>Example Urban Summit 2010</h2><p>Rotterdam, 7-8 October 2010</p>"
    "<p>Reply to this email with the details below to secure your early bird place:</p>"
    "<pre>Name:\nOrganisation:\nJob title:\nEmail:\nInvoice address:</pre>"
    "<p><a href=\"http://example-summit.createsend.com/t/r-l-abc123\">Register online</a></p>"
    "<p><small>You are receiving this because you attended a previous event. "
    "<a href=\"http://example-summit.createsend.com/t/r-u-abc123\">Unsubscribe</a></small></p>"
    "</body></html>\n",
    text="""Example Urban Summit 2010
Rotterdam, 7-8 October 2010

Reply to this email with the details below to secure your early bird place:

Name:
Organisation:
Job title:
Email:
Invoice address:

Register online: http://example-summit.createsend.com/t/r-l-abc123

You are receiving this because you attended a previous event.
Unsubscribe: http://example-summit.createsend.com/t/r-u-abc123""",
    style="cm", agent="Campaign Monitor",
    extra=[("List-Unsubscribe", "<http://example-summit.createsend.com/t/r-u-abc123>"),
           ("Precedence", "bulk"), ("X-CMail-Campaign", "abc123")]),
    M("bulk conference mail, English, with an empty form", "en"))

# 27 -- bulk mail that names the course
add("bulk-mentions-course", html_mail10(
    "Welzijnsmedia Nieuwsbrief <nieuwsbrief@welzijnsmedia.example.nl>",
    "Promoot \"Almere: Sociale ambities in een groeiende stad\" bij 12.000 professionals",
    "2010-03-24 07:30",
    "<html><body><p>Geachte organisator van de leergang <b>Almere: Sociale ambities "
    "in een groeiende stad</b>,</p><p>Wilt u meer aanmeldingen? Plaats uw leergang in "
    "de Welzijnsmedia Agenda en bereik 12.000 professionals in zorg en welzijn. "
    "Deelnemers kunnen zich dan direct via ons platform inschrijven.</p>"
    "<p>Speciaal tarief: EUR 149,- per plaatsing.</p>"
    "<p><a href=\"http://www.welzijnsmedia.example.nl/plaatsen\">Nu plaatsen</a></p>"
    "<p style=\"font-size:9px\">Afmelden voor deze mailing? "
    "<a href=\"http://www.welzijnsmedia.example.nl/afmelden?e=aanmelden@example.org\">Klik hier</a></p>"
    "</body></html>\n", style="bulk",
    extra=[("Precedence", "bulk"),
           ("List-Unsubscribe", "<mailto:afmelden@welzijnsmedia.example.nl>"),
           ("X-Mailer", "Laposta Mailer 3.1")]),
    M("bulk sales mail naming the course; HTML only", "nl"))

# 28 -- phishing: the mailbox is full
add("spam-phishing-mailbox", raw_mail(
    ["From: \"Webmail Beheer\" <beheer@mail-update.example.com>",
     "To: aanmelden@example.org",
     "Subject: Uw mailbox heeft de limiet bereikt",
     "Date: " + d("2010-04-04 03:33"),
     "Message-ID: <20100404013301.5566@mail-update.example.com>",
     "X-Priority: 1",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"windows-1252\"",
     "Content-Transfer-Encoding: 7bit"],
    """Geachte gebruiker,

Uw mailbox heeft de limiet van 2 GB bereikt. U kunt geen nieuwe berichten meer ontvangen of versturen tot u uw account valideert.

Klik hier om uw account te valideren: http://mail-update.example.com/validate

Beheerder Webmail
"""),
    M("phishing: 'your mailbox is full'", "nl"))

# ---- ticket systems' acknowledgements ----------------------------------------

# 29 -- TOPdesk acknowledges the robot's mail
add("ticket-topdesk-ack", raw_mail(
    ["From: Servicedesk Opleidingen Zorggroep Veenbes <opleidingen@veenbes.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Melding O 1004 240 geregistreerd: Bevestiging aanmelding " + TITLE + " [0VQ6T-DWX3E]",
     "Date: " + d("2010-04-14 10:01"),
     "Message-ID: <TOPdesk.O1004240.20100414100112@veenbes.example.nl>",
     "Auto-Submitted: auto-generated",
     "X-Mailer: TOPdesk 5.2",
     "MIME-Version: 1.0",
     "Content-Type: text/html; charset=UTF-8",
     "Content-Transfer-Encoding: quoted-printable"],
    """<html><body style=3D"font-family:Arial;font-size:10pt">
<p>Geachte heer/mevrouw,</p>
<p>Uw bericht is bij de Servicedesk Opleidingen geregistreerd onder meldingn=
ummer <b>O 1004 240</b>. Wij nemen zo spoedig mogelijk contact met u op.</p>
<p>Wilt u bij verdere correspondentie het meldingnummer in het onderwerp la=
ten staan?</p>
<p>Met vriendelijke groet,<br>Servicedesk Opleidingen<br>Zorggroep Veenbes<=
/p>
<hr><p style=3D"font-size:8pt;color:#808080">Dit bericht is automatisch ver=
stuurd vanuit TOPdesk.</p>
</body></html>
"""),
    M("TOPdesk acknowledgement of the robot's confirmation", "nl",
      code="0VQ6T-DWX3E"))

# 30 -- OTRS auto-reply
add("ticket-otrs-autoreply", raw_mail(
    ["From: \"Example Care Collective HR\" <hr@example.com>",
     "To: aanmelden@example.org",
     "Subject: [Ticket#2010032910000412] Re: Overview of your registrations: " + TITLE,
     "Date: " + d("2010-03-29 14:31"),
     "Message-ID: <1269865860.412.hr@example.com>",
     "In-Reply-To: " + robot_mid("overview", "ecc-overview"),
     "References: " + robot_mid("overview", "ecc-overview"),
     "X-Mailer: OTRS Mail Service (2.4.7)",
     "X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)",
     "X-Loop: yes",
     "Precedence: bulk",
     "Auto-Submitted: auto-generated",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"utf-8\"",
     "Content-Transfer-Encoding: 8bit"],
    """This is an automatic reply. Your e-mail has been received and a ticket has been created: Ticket#2010032910000412.

We will get back to you within two working days.

Your Example Care Collective HR team
"""),
    M("OTRS auto-reply creating a ticket", "en"))

# ---- filters, loops -------------------------------------------------------

# 31 -- a mail filter blocks the calendar attachment
add("filter-blocked-ics", raw_mail(
    ["From: \"Mailfilter Jeugdpunt\" <postmaster@jeugdpunt.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Bijlage verwijderd uit uw bericht aan b.zesenzestig@jeugdpunt.example.nl",
     "Date: " + d("2010-03-18 10:06"),
     "Message-ID: <mf.20100318100612.2231@jeugdpunt.example.nl>",
     "Auto-Submitted: auto-generated",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=UTF-8",
     "Content-Transfer-Encoding: 8bit"],
    """Dit is een automatisch bericht van het mailfilter van Jeugdpunt Noorderplassen.

Uw bericht
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Y7NB2-5HKQC]
  Aan: b.zesenzestig@jeugdpunt.example.nl
bevatte een bijlage van een type dat wij niet toestaan (agenda.ics). De bijlage is verwijderd; de rest van het bericht is afgeleverd.

Reageer niet op dit bericht.
"""),
    M("a mail filter removed the .ics attachment", "nl", code="Y7NB2-5HKQC"))

# 32 -- the robot's own mail comes back (an auto-forward at the recipient)
qs32, qb32 = question_nl("Zwaardvechter Tweeënzestig", "Alleen dag 3?")
add("loop-own-mail-back", Raw(
    "Return-Path: <aanmelden@example.org>\n"
    "X-Forwarded-To: aanmelden@example.org\n"
    "X-Forwarded-For: zwaard62@example.nl aanmelden@example.org\n"
    + robot_raw(qs32, qb32, "question", "zwaard62", "Zwaardvechter Tweeënzestig <zwaard62@example.nl>",
                "2010-04-19 10:51").replace(
                    "To: Zwaardvechter Tweeënzestig <zwaard62@example.nl>",
                    "To: =?utf-8?q?Zwaardvechter_Twee=C3=ABnzestig?= <zwaard62@example.nl>")),
    M("the robot's own question acknowledgement, forwarded back to it", "nl"))

# 33 -- a quarantine digest that lists the robot's mail
add("quarantine-digest", html_mail10(
    "Spamfilter Woonwijzer <quarantaine@woonwijzer.example.nl>",
    "Quarantaineoverzicht: 3 berichten vastgehouden", "2010-03-25 07:00",
    "<html><body><p>De volgende berichten aan KZevenenveertig@woonwijzer.example.nl "
    "zijn in quarantaine geplaatst:</p><table border=\"1\" cellpadding=\"3\">"
    "<tr><th>Van</th><th>Onderwerp</th><th>Datum</th><th></th></tr>"
    "<tr><td>aanmelden@example.org</td><td>Bevestiging aanmelding Almere: Sociale "
    "ambities in een groeiende stad [P4XG8-CNZ2R]</td><td>24-03-2010 09:04</td>"
    "<td><a href=\"https://quarantaine.woonwijzer.example.nl/r?id=1\">Vrijgeven</a></td></tr>"
    "<tr><td>info@pharma.example.com</td><td>Best prices</td><td>24-03-2010 13:12</td>"
    "<td><a href=\"https://quarantaine.woonwijzer.example.nl/r?id=2\">Vrijgeven</a></td></tr>"
    "<tr><td>noreply@lottery.example.com</td><td>U heeft gewonnen!</td><td>24-03-2010 22:40</td>"
    "<td><a href=\"https://quarantaine.woonwijzer.example.nl/r?id=3\">Vrijgeven</a></td></tr>"
    "</table><p>Berichten worden na 14 dagen verwijderd.</p></body></html>\n",
    style="qd", extra=[("Auto-Submitted", "auto-generated"),
                       ("Precedence", "bulk")],
    to="KZevenenveertig@woonwijzer.example.nl",
    cc="aanmelden@example.org"),
    M("a quarantine digest listing the robot's confirmation", "nl",
      code="P4XG8-CNZ2R"))
