"""Set 11, batch 4: mail made by machines (no reply may be sent).

Bounces (RFC 3464 reports and plain text), delay warnings, read receipts,
calendar replies, out-of-office replies (some with registration words or a
form in them), challenge-response, ticket acknowledgements, list and bulk
mail, phishing and spam. Headers and bodies are typed byte for byte.

Codes of the people whose robot mail comes back here: Ferryman TwentySeven
K9DFR-5AMQ3, Kaarsenmaker Vijfentwintig M6WST-3ZKB7, Tolgaarder Negentien V3KTM-9QZA6,
Leerlooier Twintig A5DKR-8MWE3, Turfsteker Zeventien F2ERD-6SVM8, Scharensliep
Vierenveertig R5VKP-2TQM8, Kolendrager Vijfenveertig Y7HZM-4KXR2, Tinnegieter Zevenenveertig J2PWX-9HKT6,
Glazenmaker Achtenvijftig S3VDM-6RTK9, Shipwright SixtyFive P4RMN-8YQJ2, Kammenmaker Zeventig
D6AYM-2XWR7, Stoelvlechter Achtenzeventig H5SFN-9MKV2, Koorddanser Honderdnegentien R2MAS-8KVT5, Zeevaarder
Honderdachtentwintig C7PNT-5XRB2, Kaartenmaker Honderdvijfendertig B3SNJ-7KWR4, Stonecutter OneHundredFortySix R9ARH-6KMT3, Tabaksplanter
Honderdvijftig V5KVR-3NWP8, Zilversmid Negenenveertig M8KFN-3VQB5, Molenmaker Zevenenzestig A9SVD-5KRT3,
Lockkeeper OneHundredThree T6HDR-2KWM9, Wagenmaker Vierenvijftig W3MHF-6KRN2, Knopenmaker Eenenzeventig
B9KMS-4TRW7, Orgeldraaier Honderdzestien H4BRD-7MKT2.
"""
from set11_lib import *  # noqa: F401,F403
from set11_lib import (add, M, report, raw_mail, robot_raw, robot_head,
                       robot_mid, d, conf_nl, conf_en, wait_nl, status_nl,
                       reminder_full_nl, enc_subject, outlook2010, outlook,
                       zimbra, gmail2, text_part, b64lines, ics_reply10,
                       TITLE, quote, alt, html_part)

TO_R = "aanmelden@example.org"


def _conf(name, code, org, role, email, **kw):
    return conf_nl(name, code, org, role, email, **kw)


# 109 Postfix DSN, headers only returned
_s, _b = _conf("Ferryman TwentySeven", "K9DFR-5AMQ3", "Municipality of Almere",
               "policy officer for integration and diversity",
               "ftwentyseven@almere.nl", free=True, phone="036 555 9460")
add("postfix-dsn-headers", report([
    "Return-Path: <>",
    "Received: by mx1.example.org (Postfix)",
    "\tid 4C1B2E0A1F; Tue,  6 Apr 2010 11:51:44 +0200 (CEST)",
    "Date: Tue,  6 Apr 2010 11:51:44 +0200 (CEST)",
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: aanmelden@example.org",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20100406095144.4C1B2E0A1F@mx1.example.org>"],
    "4C1B2E0A1F.1270547504/mx1.example.org", [
    (["Content-Description: Notification",
      "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ftwentyseven@almere.nl>: host mail.almere.nl[192.0.2.25] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
"""),
    (["Content-Description: Delivery report",
      "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 4C1B2E0A1F
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue,  6 Apr 2010 11:51:40 +0200 (CEST)

Final-Recipient: rfc822; ftwentyseven@almere.nl
Original-Recipient: rfc822;ftwentyseven@almere.nl
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.almere.nl
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
    (["Content-Description: Undelivered Message Headers",
      "Content-Type: text/rfc822-headers"],
     robot_head(_s, "confirmation", "K9DFR-5AMQ3", "ftwentyseven@almere.nl",
                "2010-04-06 11:51"))]),
    M("a Postfix delivery report (mailbox full) returning the confirmation's "
      "headers", "en", code="K9DFR-5AMQ3"))

# 110 Exchange 2010 NDR in Dutch, whole robot mail returned
_s, _b = _conf("Kaarsenmaker Vijfentwintig", "M6WST-3ZKB7", "Re-integratiebedrijf Brandgans",
               "programmamanager participatie", "k.vijfentwintig@brandgans.example.nl",
               phone="036 555 0817",
               ia="Re-integratiebedrijf Brandgans, Televisieweg 62, 1322 AM Almere")
add("exchange-ndr-dutch", report([
    "From: postmaster@brandgans.example.nl",
    "To: aanmelden@example.org",
    "Date: Tue, 30 Mar 2010 09:15:31 +0200",
    "Subject: Kan niet worden bezorgd: Bevestiging aanmelding " + TITLE + " [M6WST-3ZKB7]",
    "Message-ID: <8f2a1e0d-77c1-4e2b-9b9a-1a2f3c4d5e60@EXCH01.brandgans.example.nl>",
    "Auto-Submitted: auto-replied",
    "X-MS-Exchange-Message-Is-Ndr:",
    "Content-Language: nl-NL"],
    "_000_8f2a1e0d77c14e2b9b9a1a2f3c4d5e60EXCH01_", [
    (["Content-Type: text/plain; charset=\"us-ascii\"",
      "Content-Transfer-Encoding: 7bit"],
     """Bezorging is mislukt voor deze ontvangers of distributielijsten:

k.vijfentwintig@brandgans.example.nl
Uw bericht is niet bezorgd, omdat het een bijlage bevat die volgens het beleid van de organisatie niet is toegestaan (agenda.ics). Neem contact op met de helpdesk als het probleem zich blijft voordoen.

Diagnostische gegevens voor beheerders:

Server genereren: EXCH01.brandgans.example.nl

k.vijfentwintig@brandgans.example.nl
#550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy ##
"""),
    (["Content-Type: message/delivery-status"],
     """Reporting-MTA: dns;EXCH01.brandgans.example.nl
Received-From-MTA: dns;mx.example.org
Arrival-Date: Tue, 30 Mar 2010 09:15:29 +0200

Final-Recipient: rfc822;k.vijfentwintig@brandgans.example.nl
Action: failed
Status: 5.7.1
X-Display-Name: Kaarsenmaker Vijfentwintig
"""),
    (["Content-Type: message/rfc822"],
     robot_raw(_s, _b, "confirmation", "M6WST-3ZKB7",
               "k.vijfentwintig@brandgans.example.nl", "2010-03-30 09:15"))]),
    M("an Exchange 2010 non-delivery report in Dutch (a transport rule "
      "refused the .ics) returning the whole confirmation, with his "
      "details and code in it", "nl",
      code="M6WST-3ZKB7"))

# 111 Gmail bounce, plain text
_s, _b = _conf("Tolgaarder Negentien", "V3KTM-9QZA6", "MEE Dotterbloem", "consulent",
               "tolgaardernegentien@example.com", phone="06 555 73 006")
add("gmail-bounce-plain", raw_mail([
    "Return-Path: <>",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
    "To: aanmelden@example.org",
    "Subject: Delivery Status Notification (Failure)",
    "Date: Wed, 24 Mar 2010 21:13:40 +0000",
    "Message-ID: <0016e6d7e8a1b2c3d4e5f6a7b8c9@googlemail.example.com>",
    "X-Failed-Recipients: tolgaardernegentien@example.com",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-1",
    "Content-Transfer-Encoding: 7bit"],
    """Delivery to the following recipient failed permanently:

     tolgaardernegentien@example.com

Technical details of permanent failure:
The email account that you tried to reach is over quota. Please direct the recipient to http://mail.example.com/support/bin/answer.py?answer=6558 (state 14).

----- Original message -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: tolgaardernegentien@example.com
Subject: """ + _s + """
Date: """ + d("2010-03-24 21:13") + """
Message-ID: """ + robot_mid("confirmation", "V3KTM-9QZA6") + """
Auto-Submitted: auto-replied

""" + _b + "\n"),
    M("a Gmail-style plain-text bounce quoting the whole confirmation "
      "(a form with her details)", "en", code="V3KTM-9QZA6"))

# 112 qmail failure notice without auto headers
_s, _b = wait_nl("Stoelvlechter Achtenzeventig", "H5SFN-9MKV2", 4, "Thuiszorg De Kluut",
                 "casemanager dementie", "s.achtenzeventig@kluutzorg.example.nl",
                 cap=True,
                 ia="Thuiszorg De Kluut, Financiële Administratie, Postbus 3003, 1300 EC Almere")
add("qmail-failure-plain", raw_mail([
    "Return-Path: <>",
    "Date: 12 Mar 2010 08:40:55 -0000",
    "From: MAILER-DAEMON@mail.kluutzorg.example.nl",
    "To: aanmelden@example.org",
    "Subject: failure notice",
    "Message-ID: <20100312084055.31234.qmail@mail.kluutzorg.example.nl>"],
    """Hi. This is the qmail-send program at mail.kluutzorg.example.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<s.achtenzeventig@kluutzorg.example.nl>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: s.achtenzeventig@kluutzorg.example.nl
Subject: """ + _s + """
Message-ID: """ + robot_mid("waitlist", "H5SFN-9MKV2") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: waitlist

""" + _b + "\n"),
    M("a qmail failure notice with no auto headers, returning a "
      "waiting-list notice", "en", code="H5SFN-9MKV2"))

# 113 Exim bounce with the confirmation returned (a filled-in form inside)
_s, _b = _conf("Leerlooier Twintig", "A5DKR-8MWE3", "Stichting Wilgenroos",
               "coördinator mantelzorgondersteuning",
               "l.twintig@wilgenroos.example.nl", phone="036 - 555 12 64",
               diet="glutenvrij",
               ia="Stichting Wilgenroos, crediteurenadministratie, Postbus 3310, 1302 AB Almere",
               ir="MZ-2010-09")
add("exim-bounce-form-returned", raw_mail([
    "Return-path: <>",
    "Envelope-to: aanmelden@example.org",
    "From: Mail Delivery System <Mailer-Daemon@mx2.wilgenroos.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Mail delivery failed: returning message to sender",
    "Message-Id: <E1NuqRk-0003Xy-9F@mx2.wilgenroos.example.nl>",
    "Date: Thu, 25 Mar 2010 14:38:12 +0100",
    "Auto-Submitted: auto-replied",
    "X-Failed-Recipients: l.twintig@wilgenroos.example.nl",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  l.twintig@wilgenroos.example.nl
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: l.twintig@wilgenroos.example.nl
Subject: """ + _s + """
Date: """ + d("2010-03-25 14:37") + """
Message-ID: """ + robot_mid("confirmation", "A5DKR-8MWE3") + """
Auto-Submitted: auto-replied
X-Regbot-Kind: confirmation
Content-Type: text/plain; charset=utf-8

""" + _b + "\n"),
    M("an Exim bounce returning the confirmation, whose details block reads "
      "like a form", "nl", code="A5DKR-8MWE3"))

# 114 Postfix delay warning
_s, _b = _conf("Turfsteker Zeventien", "F2ERD-6SVM8", "Jeugdhulp De Otter",
               "Gezinscoach", "t.zeventien@otter-jeugd.example.nl",
               phone="036-5552745",
               ia="Jeugdhulp De Otter, Postbus 1550, 1300 BN Almere",
               ir="kostenplaats 2210")
add("postfix-delay-warning", report([
    "Return-Path: <>",
    "Date: Mon, 22 Mar 2010 14:21:03 +0100 (CET)",
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
    "Subject: Delayed Mail (still being retried)",
    "To: aanmelden@example.org",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20100322132103.7D21F1E0B3@mx1.example.org>"],
    "7D21F1E0B3.1269264063/mx1.example.org", [
    (["Content-Description: Notification",
      "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx1.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<t.zeventien@otter-jeugd.example.nl>: connect to
    mx.otter-jeugd.example.nl[192.0.2.140]:25: Connection timed out
"""),
    (["Content-Description: Delivery report",
      "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 7D21F1E0B3
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Mon, 22 Mar 2010 10:20:44 +0100 (CET)

Final-Recipient: rfc822; t.zeventien@otter-jeugd.example.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.otter-jeugd.example.nl[192.0.2.140]:25:
    Connection timed out
Will-Retry-Until: Sat, 27 Mar 2010 10:20:44 +0100 (CET)
"""),
    (["Content-Description: Undelivered Message Headers",
      "Content-Type: text/rfc822-headers"],
     robot_head(_s, "confirmation", "F2ERD-6SVM8",
                "t.zeventien@otter-jeugd.example.nl", "2010-03-22 10:20"))]),
    M("a Postfix delay warning with the confirmation's headers", "en",
      code="F2ERD-6SVM8"))

# 115 Lotus Domino delivery failure
_s, _b = _conf("Scharensliep Vierenveertig", "R5VKP-2TQM8", "Stichting Blauwborst",
               "coördinator buurtnetwerken", "s.vierenveertig@blauwborst.example.nl",
               phone="036 555 4101",
               ia="Stichting Blauwborst, Postbus 10120, 1301 AC Almere",
               ir="kostenplaats 4410")
add("domino-delivery-failure", report([
    "From: Postmaster@blauwborst.example.nl",
    "To: aanmelden@example.org",
    "Date: Wed, 3 Mar 2010 10:16:02 +0100",
    "Subject: DELIVERY FAILURE: User Scharensliep Vierenveertig (s.vierenveertig@blauwborst.example.nl) not listed in Domino Directory",
    "Message-ID: <OF1A2B3C4D.5E6F7A8B-ONC12576E1.00382D5A@blauwborst.example.nl>",
    "X-MIMETrack: Itemize by SMTP Server on DOMSRV02/Blauwborst at 03-03-2010 10:16:02",
    "Auto-Submitted: auto-replied"],
    "==IFJRGLKFGIR25645UHRUHIHD", [
    (["Content-Type: text/plain"],
     """Your message

  Subject: """ + _s + """

was not delivered to:

  s.vierenveertig@blauwborst.example.nl

because:

  User Scharensliep Vierenveertig (s.vierenveertig@blauwborst.example.nl) not listed in Domino Directory
"""),
    (["Content-Type: message/delivery-status"],
     """Reporting-MTA: dns;DOMSRV02.blauwborst.example.nl

Final-Recipient: rfc822;s.vierenveertig@blauwborst.example.nl
Action: failed
Status: 5.0.0
"""),
    (["Content-Type: text/rfc822-headers"],
     robot_head(_s, "confirmation", "R5VKP-2TQM8",
                "s.vierenveertig@blauwborst.example.nl", "2010-03-03 10:15"))]),
    M("a Lotus Domino delivery failure naming the participant in its "
      "subject", "en", code="R5VKP-2TQM8"))

# 116 Outlook read receipt (MDN), Dutch
_s, _b = _conf("Tinnegieter Zevenenveertig", "J2PWX-9HKT6", "Jeugdzorg De Grauwe Gans",
               "teamleider jeugd", "t.zevenenveertig@grauwegans.example.nl",
               diet="vegetarisch",
               ia="Jeugdzorg De Grauwe Gans, t.a.v. crediteurenadministratie, Postbus 1400, 1300 BK Almere",
               ir="IO-10-1187")
add("outlook-read-receipt-nl", report([
    "From: Tinnegieter Zevenenveertig <t.zevenenveertig@grauwegans.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Gelezen: " + _s,
    "Date: Fri, 5 Mar 2010 08:02:11 +0100",
    "Message-ID: <9C1F77D2A5B84E4C8E1B0F6A2D3C4B5A@grauwegans.example.nl>",
    "X-Mailer: Microsoft Office Outlook 12.0",
    "Thread-Topic: Gelezen: " + _s],
    "----=_NextPart_000_0011_01CABC3A.4F1E2D30", [
    (["Content-Type: text/plain; charset=\"iso-8859-1\"",
      "Content-Transfer-Encoding: quoted-printable"],
     """Uw bericht

  Aan: t.zevenenveertig@grauwegans.example.nl
  Onderwerp: """ + _s + """
  Verzonden: 4-3-2010 13:36

is gelezen op 5-3-2010 8:02.
"""),
    (["Content-Type: message/disposition-notification"],
     """Reporting-UA: grauwegans.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;t.zevenenveertig@grauwegans.example.nl
Original-Message-ID: """ + robot_mid("confirmation", "J2PWX-9HKT6") + """
Disposition: manual-action/MDN-sent-manually; displayed
""")], report_type="disposition-notification"),
    M("an Outlook read receipt ('Gelezen:') for a confirmation", "nl",
      code="J2PWX-9HKT6"))

# 117 Thunderbird return receipt, English
_s, _b = conf_en("Shipwright SixtyFive", "P4RMN-8YQJ2", "Sample Curlew Trust",
                 "community researcher", "shipwright.sixtyfive@curlew.example.com",
                 diet="vegetarian",
                 ia="Sample Curlew Trust, Finance Office, Weerwater 40, 1316 AA Almere",
                 ir="PO 5521-B")
add("tb-return-receipt-en", report([
    "From: Shipwright SixtyFive <shipwright.sixtyfive@curlew.example.com>",
    "To: aanmelden@example.org",
    "Subject: Return Receipt (displayed) - " + _s,
    "Date: Wed, 10 Mar 2010 09:30:44 +0100",
    "Message-ID: <4B97592C.2040907@curlew.example.com>",
    "User-Agent: Mozilla/5.0 (Macintosh; U; Intel Mac OS X 10.6; en-GB; rv:1.9.1.8) Gecko/20100216 Thunderbird/3.0.2"],
    "------------030801000403080108040601", [
    (["Content-Type: text/plain; charset=UTF-8",
      "Content-Transfer-Encoding: 7bit"],
     """This is a Return Receipt for the mail that you sent to shipwright.sixtyfive@curlew.example.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""),
    (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
      "Content-Disposition: inline",
      "Content-Transfer-Encoding: 7bit"],
     """Reporting-UA: curlew.example.com; Mozilla Thunderbird
Final-Recipient: rfc822;shipwright.sixtyfive@curlew.example.com
Original-Message-ID: """ + robot_mid("confirmation", "P4RMN-8YQJ2") + """
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    (["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"",
      "Content-Transfer-Encoding: 7bit",
      "Content-Disposition: inline"],
     robot_head(_s, "confirmation", "P4RMN-8YQJ2",
                "shipwright.sixtyfive@curlew.example.com", "2010-03-09 12:21", "en"))],
    report_type="disposition-notification"),
    M("a Thunderbird return receipt for an English confirmation", "en",
      code="P4RMN-8YQJ2"))

# 118 Outlook calendar reply: accepted
_ics = ics_reply10("regbot-R2MAS-8KVT5-day1@example.org", "khonderdnegentien@almere.nl",
                   "Koorddanser Honderdnegentien", "ACCEPTED", "2010-03-26 10:02",
                   "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                   "20100601T094500", "20100601T163000",
                   summary=TITLE + " - dag 1")
add("outlook-calendar-accepted", raw_mail([
    "From: Koorddanser Honderdnegentien <khonderdnegentien@almere.nl>",
    "To: aanmelden@example.org",
    "Subject: Geaccepteerd: " + TITLE + " - dag 1",
    "Date: Fri, 26 Mar 2010 10:02:29 +0100",
    "Message-ID: <A4C2E8D0F1B34A6E9C7D5B3A1F2E4D6C@almere.nl>",
    "X-Mailer: Microsoft Office Outlook 12.0",
    "Thread-Topic: " + TITLE + " - dag 1",
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative;",
    "\tboundary=\"----=_NextPart_000_0044_01CACCC1.9E3B1F50\""],
    """This is a multi-part message in MIME format.

------=_NextPart_000_0044_01CACCC1.9E3B1F50
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit



------=_NextPart_000_0044_01CACCC1.9E3B1F50
Content-Type: text/calendar; method=REPLY; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + _ics.replace("\r\n", "\n") + """
------=_NextPart_000_0044_01CACCC1.9E3B1F50--
"""), M("an Outlook calendar reply 'Geaccepteerd' for day 1", "nl"))

# 119 Google Calendar: declined, with the ics as an attachment too
_ics = ics_reply10("regbot-C7PNT-5XRB2-day3@example.org",
                   "zeevaarder@stichting-otterspoor.example.org", "Zeevaarder Honderdachtentwintig",
                   "DECLINED", "2010-10-26 19:40",
                   "-//Google Inc//Google Calendar 70.9054//EN",
                   "20101102T094500", "20101102T163000",
                   summary=TITLE + " - dag 3")
add("google-calendar-declined", raw_mail([
    "From: Zeevaarder Honderdachtentwintig <zeevaarder@stichting-otterspoor.example.org>",
    "To: aanmelden@example.org",
    "Subject: Afgewezen: " + TITLE + " - dag 3 op di 2 nov 2010 09:45 - 16:30 (zeevaarder@stichting-otterspoor.example.org)",
    "Date: Tue, 26 Oct 2010 17:40:12 +0000",
    "Message-ID: <0016e68dee2a5c9f5c0493885a31@google.example.com>",
    "Reply-To: Zeevaarder Honderdachtentwintig <zeevaarder@stichting-otterspoor.example.org>",
    "Sender: Google Agenda <calendar-notification@google.example.com>",
    "MIME-Version: 1.0",
    "Content-Type: multipart/mixed; boundary=0016e68dee2a5c9f4f0493885a2f"],
    """--0016e68dee2a5c9f4f0493885a2f
Content-Type: multipart/alternative; boundary=0016e68dee2a5c9f460493885a2d

--0016e68dee2a5c9f460493885a2d
Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes
Content-Transfer-Encoding: 7bit

Zeevaarder Honderdachtentwintig heeft deze uitnodiging afgewezen.

Titel: """ + TITLE + """ - dag 3
Wanneer: di 2 nov 2010 09:45 - 16:30 (Europe/Amsterdam)
Waar: De Nieuwe Bibliotheek, Stadhuisplein 101, Almere
Agenda: zeevaarder@stichting-otterspoor.example.org
Wie:
     * aanmelden@example.org - organisator
     * Zeevaarder Honderdachtentwintig

Uitnodiging van Google Agenda

--0016e68dee2a5c9f460493885a2d
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

""" + _ics.replace("\r\n", "\n") + """
--0016e68dee2a5c9f460493885a2d--
--0016e68dee2a5c9f4f0493885a2f
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

""" + b64lines(_ics) + """
--0016e68dee2a5c9f4f0493885a2f--
"""), M("a Google Calendar 'Afgewezen' for one course day: machine mail, "
        "not a cancellation", "nl"))

# 120 iCal tentative
_ics = ics_reply10("regbot-Y7HZM-4KXR2-day2@example.org",
                   "k.vijfenveertig@blauwborst.example.nl", "Kolendrager Vijfenveertig",
                   "TENTATIVE", "2010-09-01 21:10",
                   "-//Apple Inc.//iCal 4.0.3//EN", "20100923T094500",
                   "20100923T163000", summary=TITLE + " - dag 2")
add("ical-tentative", raw_mail([
    "From: Kolendrager Vijfenveertig <k.vijfenveertig@blauwborst.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Antwoord op uitnodiging: " + TITLE + " - dag 2 (Misschien)",
    "Date: Wed, 1 Sep 2010 21:10:37 +0200",
    "Message-Id: <5B7D3E10-2C4A-4F8B-9E61-0A1B2C3D4E5F@blauwborst.example.nl>",
    "X-Mailer: iCal 4.0.3 (1388)",
    "Mime-Version: 1.0 (Apple Message framework v1081)",
    "Content-Type: text/calendar; charset=UTF-8; method=REPLY",
    "Content-Transfer-Encoding: quoted-printable"],
    _ics.replace("\r\n", "\n")),
    M("an iCal 'Misschien' (TENTATIVE) reply for day 2", "nl"))

# 121 Exchange out-of-office, registration words in the subject
add("ooo-exchange-subject-registration", outlook2010(
    "Glazenmaker Achtenvijftig <gachtenvijftig@almere.nl>",
    "Automatisch antwoord: Bevestiging aanmelding " + TITLE + " [S3VDM-6RTK9]",
    "2010-03-09 11:02",
    """Beste afzender,

Tot en met vrijdag 12 maart ben ik afwezig in verband met een studiereis. Uw mail wordt niet doorgestuurd. Voor aanmeldingen, wijzigingen en vragen over het wijkprogramma Almere Poort kunt u terecht bij mijn collega Tegelzetter Zevenenvijftig, tzevenenvijftig@almere.nl, 036-5554010.

Met vriendelijke groet,
Glazenmaker Achtenvijftig
wijkmanager Almere Poort
""", extra=[("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", robot_mid("confirmation", "S3VDM-6RTK9"))]),
    M("an Exchange out-of-office reply to a confirmation; its subject and "
      "text are full of registration words", "nl", code="S3VDM-6RTK9"))

# 122 out-of-office without Auto-Submitted (Outlook rule), code in subject
add("ooo-outlook-rule-no-auto-header", outlook(
    "Kammenmaker Zeventig <k.zeventig@dijkgraaf-wonen.example.nl>",
    "Afwezig: Wachtlijst " + TITLE + " [D6AYM-2XWR7]", "2010-03-12 07:01",
    """Ik ben met zwangerschapsverlof tot 1 september 2010. Voor woonzaken in Almere Buiten kunt u contact opnemen met het klantcontactcentrum van Woningcorporatie Dijkgraaf: 036 555 9900.

Kammenmaker Zeventig
""", extra=[("X-MS-Exchange-Inbox-Rules-Loop", "k.zeventig@dijkgraaf-wonen.example.nl"),
            ("Precedence", "bulk")]),
    M("an out-of-office reply made by an Outlook rule, without "
      "Auto-Submitted, to a waiting-list notice", "nl", code="D6AYM-2XWR7"))

# 123 a general mailbox's auto-reply that contains a registration form
add("ooo-general-mailbox-with-form", raw_mail([
    "From: Info Welzijn De Kwelder <info@kwelder.example.org>",
    "To: aanmelden@example.org",
    "Subject: Re: Bevestiging aanmelding " + TITLE + " [W3MHF-6KRN2]",
    "Date: Fri, 05 Mar 2010 09:10:04 +0100",
    "Message-ID: <auto.20100305091004.4421@kwelder.example.org>",
    "Auto-Submitted: auto-replied",
    "X-Autoreply: yes",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Hartelijk dank voor uw bericht aan Welzijn De Kwelder.

Wij beantwoorden uw mail binnen drie werkdagen.

Wilt u zich aanmelden voor een van onze cursussen of activiteiten
(computercursus, taalcafé, mantelzorgsalon)? Stuur dan een mail met:

Naam:
Adres:
Telefoonnummer:
Cursus of activiteit:

naar cursussen@kwelder.example.org.

Met vriendelijke groet,
Welzijn De Kwelder
Sluis 12, 1357 NZ Almere
036 555 1800
"""), M("a general mailbox's auto-reply (Auto-Submitted, X-Autoreply) "
        "with an empty registration form for its own courses", "nl",
        code="W3MHF-6KRN2"))

# 124 English out-of-office
_s, _b = conf_en("Stonecutter OneHundredFortySix", "R9ARH-6KMT3", "Example Sandpiper Youth Trust",
                 "Youth Participation Worker", "s.onehundredfortysix@example.com")
add("ooo-english-auto-submitted", raw_mail([
    "From: Stonecutter OneHundredFortySix <s.onehundredfortysix@example.com>",
    "To: deSTADSWIJKstudies Almere <aanmelden@example.org>",
    "Subject: Out of Office: " + _s,
    "Date: Mon, 12 Apr 2010 09:40:02 +0200",
    "Message-ID: <3F9C0B7E12A44C1A8E6D2B5F7A9C1E3D@example.com>",
    "In-Reply-To: " + robot_mid("confirmation", "R9ARH-6KMT3"),
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: All",
    "Content-Language: en-GB",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=\"us-ascii\"",
    "Content-Transfer-Encoding: 7bit"],
    """Thank you for your email. I am on annual leave until Monday 19 April with no
access to email. For anything urgent about youth participation please contact
Basketweaver OneHundredFortyFive on 036 555 3100.

Stonecutter
"""), M("an English out-of-office reply to a confirmation", "en",
        code="R9ARH-6KMT3"))

# 125 Zimbra vacation reply
add("zimbra-vacation-reply", raw_mail([
    "From: Tabaksplanter Honderdvijftig <t.honderdvijftig@wijkteams-poort.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Re: Bevestiging aanmelding " + TITLE + " [V5KVR-3NWP8]",
    "Date: Tue, 13 Apr 2010 15:46:20 +0200 (CEST)",
    "Message-ID: <1271166380123.7731.JavaMail.root@zimbra.wijkteams-poort.example.nl>",
    "Auto-Submitted: auto-replied (zimbra; vacation)",
    "Precedence: bulk",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 7bit"],
    """Ik ben tot en met 23 april niet aanwezig. Voor dringende zaken kunt u bellen met het wijkteam, 036 555 7000.

Tabaksplanter Honderdvijftig
"""), M("a Zimbra vacation reply to the forwarded participant's "
        "confirmation", "nl", code="V5KVR-3NWP8"))

# 126 'no longer employed' notice with only X-Autoreply
add("no-longer-employed-x-autoreply", raw_mail([
    "From: Zilversmid Negenenveertig <z.negenenveertig@grauwegans.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Niet meer in dienst / No longer employed",
    "Date: Mon, 20 Sep 2010 10:00:41 +0200",
    "Message-ID: <20100920080041.GA1123@grauwegans.example.nl>",
    "X-Autoreply: yes",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Transfer-Encoding: 8bit"],
    """Zilversmid Negenenveertig is niet meer werkzaam bij Jeugdzorg De Grauwe Gans. Uw bericht is niet doorgestuurd. Voor vragen kunt u contact opnemen met info@grauwegans.example.nl of 036 555 1400.

Zilversmid Negenenveertig no longer works at Jeugdzorg De Grauwe Gans. Your message has not been forwarded.
"""), M("an 'I no longer work here' notice with only X-Autoreply; the "
        "participant may have left, but the notice is a machine's",
        "nl"))

# 127 Gmail vacation responder in English with a sign-up line
add("gmail-vacation-signup-words", raw_mail([
    "From: Lockkeeper OneHundredThree <lockkeeper.onehundredthree@example.org>",
    "To: aanmelden@example.org",
    "Subject: Re: Registration confirmed: " + TITLE + " [T6HDR-2KWM9]",
    "Date: Fri, 19 Mar 2010 11:20:08 +0000",
    "Message-ID: <vacation.1269001208.66d2@mail.example.org>",
    "Auto-Submitted: auto-replied",
    "Precedence: bulk",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-8859-1"],
    """Hello,

I'm away until 29 March. If you want to sign up as a volunteer with Example
Avocet Refugee Support, please register on our website or call the office on
06 5554 1100. Your message will be read when I'm back.

Lockkeeper
"""), M("a vacation responder that asks the reader to 'sign up' and "
        "'register' with its own organisation", "en", code="T6HDR-2KWM9"))

# 128 challenge-response
add("challenge-response", raw_mail([
    "From: SpamVrij Verificatie <verificatie@spamvrij.example.com>",
    "To: aanmelden@example.org",
    "Subject: Bevestig uw bericht aan k.eenenzeventig@dijkgraaf-wonen.example.nl",
    "Date: Thu, 11 Mar 2010 15:02:30 +0100",
    "Message-ID: <cr-88213-20100311150230@spamvrij.example.com>",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Beste afzender,

U heeft een bericht gestuurd aan k.eenenzeventig@dijkgraaf-wonen.example.nl
met als onderwerp "Bevestiging aanmelding Almere: Sociale ambities in een
groeiende stad [B9KMS-4TRW7]".

Deze ontvanger gebruikt SpamVrij om ongewenste mail te weren. Uw bericht
wordt pas bezorgd nadat u eenmalig bevestigt dat u een mens bent. Klik
daarvoor op de volgende link en typ de code over die u daar ziet:

http://verificatie.spamvrij.example.com/c/88213/9f1a2b3c

Bevestigt u niet binnen 7 dagen, dan wordt uw bericht verwijderd.

SpamVrij - schone inbox, zonder gedoe
"""), M("a challenge-response request asking the robot to prove it is a "
        "person", "nl", code="B9KMS-4TRW7"))

# 129 ticket system acknowledgement
add("ticket-acknowledgement-rt", raw_mail([
    "From: Servicedesk Stichting Otterspoor <servicedesk@stichting-otterspoor.example.org>",
    "To: aanmelden@example.org",
    "Subject: [Otterspoor #20100329-0042] AutoReply: Bevestiging aanmelding " + TITLE + " [C7PNT-5XRB2]",
    "Date: Mon, 29 Mar 2010 13:05:12 +0200",
    "Message-ID: <rt-3.8.7-20100329130512-42.0@stichting-otterspoor.example.org>",
    "RT-Ticket: Otterspoor #20100329-0042",
    "Managed-BY: RT 3.8.7 (http://www.bestpractical.com/rt/)",
    "Auto-Submitted: auto-replied",
    "Precedence: bulk",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Beste afzender,

Dit is een automatisch antwoord. Uw melding is ontvangen en geregistreerd
onder ticketnummer 20100329-0042. Een medewerker van de servicedesk neemt
zo snel mogelijk contact met u op.

Wilt u in uw antwoord het ticketnummer in het onderwerp laten staan?

Servicedesk Stichting Otterspoor
036 555 2200
"""), M("a Request Tracker acknowledgement: the confirmation went to a "
        "shared servicedesk address", "nl", code="C7PNT-5XRB2"))

# 130 mailing list mail
add("mailman-list-newsletter", raw_mail([
    "From: Kenniskring Sociaal Domein Flevoland <nieuws@kenniskring.example.nl>",
    "To: sociaal-domein@lists.kenniskring.example.nl",
    "Subject: [Sociaal Domein] Nieuwsbrief april 2010: studiemiddag wijkteams",
    "Date: Thu, 15 Apr 2010 10:00:00 +0200",
    "Message-ID: <4BC6C6A0.9040205@kenniskring.example.nl>",
    "List-Id: Sociaal Domein Flevoland <sociaal-domein.lists.kenniskring.example.nl>",
    "List-Unsubscribe: <http://lists.kenniskring.example.nl/mailman/options/sociaal-domein>,",
    " <mailto:sociaal-domein-request@lists.kenniskring.example.nl?subject=unsubscribe>",
    "List-Post: <mailto:sociaal-domein@lists.kenniskring.example.nl>",
    "Precedence: list",
    "X-BeenThere: sociaal-domein@lists.kenniskring.example.nl",
    "X-Mailman-Version: 2.1.13",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """NIEUWSBRIEF KENNISKRING SOCIAAL DOMEIN FLEVOLAND - april 2010

1. Studiemiddag "Wijkteams in de praktijk", 20 mei, Lelystad
   Aanmelden kan tot 10 mei via aanmelden@kenniskring.example.nl met uw
   naam, organisatie en functie. Deelname is gratis.

2. Almere: leergang deSTADSWIJKstudies
   De gemeente Almere organiseert vier studiedagen over de sociale
   agenda. Aanmelden via aanmelden@example.org.

3. Nieuwe publicatie: Buurtnetwerken in groeikernen

_______________________________________________
Sociaal-domein mailing list
sociaal-domein@lists.kenniskring.example.nl
http://lists.kenniskring.example.nl/mailman/listinfo/sociaal-domein
"""), M("a Mailman list newsletter that mentions this course and "
        "another event's registration", "nl"))

# 131 bulk marketing
add("bulk-masterclass-marketing", raw_mail([
    "From: Academie Wijkgericht Werken <nieuws@academie-wijk.example.com>",
    "Reply-To: info@academie-wijk.example.com",
    "To: aanmelden@example.org",
    "Subject: =?utf-8?Q?Schrijf_u_nu_in_voor_de_Masterclass_Wijkgericht_Werken_=E2=80=93_nog_5_plaatsen!?=",
    "Date: Tue, 04 May 2010 06:30:00 +0000",
    "Message-ID: <20100504063000.1a2b3c4d5e@mail12.academie-wijk.example.com>",
    "Precedence: bulk",
    "List-Unsubscribe: <http://academie-wijk.example.com/afmelden?u=a81f2&id=77c1>",
    "X-Mailer: MailChimp Mailer - **CID77c1a81f2**",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Beste professional,

Wilt u uw wijkaanpak naar een hoger plan tillen? Schrijf u dan nu in voor
de Masterclass Wijkgericht Werken (3 dagen, Utrecht). Nog maar 5 plaatsen!

Inschrijven: vul het formulier in op http://academie-wijk.example.com/masterclass
Vragen? Bel 030 555 4400.

Uitschrijven voor deze nieuwsbrief? Klik hier:
http://academie-wijk.example.com/afmelden?u=a81f2&id=77c1
"""), M("bulk marketing for another masterclass, full of 'inschrijven'",
        "nl"))

# 132 phishing
add("phishing-mailbox-quota", raw_mail([
    "From: \"Helpdesk Webmail\" <helpdesk@webmail-beheer.example.com>",
    "To: aanmelden@example.org",
    "Subject: Uw mailbox heeft de limiet bereikt",
    "Date: Mon, 26 Apr 2010 03:12:44 +0300",
    "Message-ID: <20100426001244.5522.qmail@webmail-beheer.example.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Transfer-Encoding: 7bit"],
    """Beste gebruiker van aanmelden@example.org,

Uw mailbox heeft 98% van de limiet bereikt. Binnen 24 uur worden
nieuwe berichten geweigerd. Bevestig uw account om uw mailbox te
vergroten:

Gebruikersnaam:
Wachtwoord:
Geboortedatum:

Antwoord op dit bericht met de gevraagde gegevens.

Helpdesk Webmail
"""), M("phishing for the mailbox's password, with a form to fill in",
        "nl"))

# 133 spam with names and phone
add("spam-business-proposal", raw_mail([
    "From: \"Dr. Saltpanner OneHundredNinetyFive\" <saltpanner.onehundredninetyfive@example.com>",
    "Reply-To: onehundredninetyfive.saltpanner77@example.net",
    "To: undisclosed-recipients:;",
    "Subject: URGENT BUSINESS PROPOSAL",
    "Date: Sat, 17 Apr 2010 14:22:09 +0100",
    "Message-ID: <20100417132209.E0A1B2C3@example.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii"],
    """Dear Friend,

I am Dr. Saltpanner OneHundredNinetyFive, director of audit at a bank. I need your
assistance to transfer USD 12,500,000 and you will get 30 percent.
Please register your interest by sending me your full name, company,
position, direct telephone number and address.

Call me on +234 555 0101 or reply to onehundredninetyfive.saltpanner77@example.net.

Regards,
Dr. Saltpanner OneHundredNinetyFive
"""), M("advance-fee spam asking for name, company, position and phone",
        "en"))

# 134 spam SEO English HTML only
add("spam-seo-html", raw_mail([
    "From: Harpmaker OneHundredNinetySix <harpmaker@rankfast.example.com>",
    "To: aanmelden@example.org",
    "Subject: Page 1 of Google for example.org",
    "Date: Wed, 05 May 2010 02:44:51 -0700",
    "Message-ID: <a1b2c3d4e5f6.20100505024451@rankfast.example.com>",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=us-ascii",
    "Content-Transfer-Encoding: 7bit"],
    """<html><body><p>Hi,</p>
<p>I was looking at your website example.org and noticed it is not ranking
for key terms like <b>course registration</b> and <b>training Almere</b>.</p>
<p>We can get you to page 1 within 30 days. Reply with your name and phone
number and I will call you.</p>
<p>Harpmaker OneHundredNinetySix<br>SEO Specialist<br>+1 555 0144</p>
<p style="font-size:9px">To unsubscribe reply REMOVE.</p></body></html>
"""), M("SEO spam, HTML only, asking for a name and phone", "en"))

# 135 Mailman moderation notice (robot mail sent to a list)
add("mailman-moderation-notice", raw_mail([
    "From: team-jeugd-owner@lists.grauwegans.example.nl",
    "To: aanmelden@example.org",
    "Subject: Uw bericht aan Team-jeugd wacht op goedkeuring van de moderator",
    "Date: Thu, 04 Mar 2010 13:37:02 +0100",
    "Message-ID: <mailman.12.1267706222.4455.team-jeugd@lists.grauwegans.example.nl>",
    "Auto-Submitted: auto-replied",
    "Precedence: bulk",
    "X-BeenThere: team-jeugd@lists.grauwegans.example.nl",
    "X-Mailman-Version: 2.1.11",
    "X-List-Administrivia: yes",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 7bit"],
    """Uw e-mail aan 'Team-jeugd' met het onderwerp

    Overzicht van uw aanmeldingen: Almere: Sociale ambities in een groeiende stad

Wordt vastgehouden totdat de moderator van de lijst het bericht kan
bekijken voor goedkeuring.

De reden dat het wordt vastgehouden:

    Bericht van niet-lid naar een lijst alleen voor leden

Het bericht zal worden doorgestuurd naar de lijst, of u ontvangt een
bericht met de beslissing van de moderator.
"""), M("a Mailman moderation notice: an overview went to a list",
        "nl"))

# 136 Postfix DSN with the whole robot status mail returned
_s, _b = status_nl("Molenmaker Zevenenzestig", "A9SVD-5KRT3", "bevestigd",
                   "Zorgcentrum De Vlier", "welzijnscoördinator",
                   "m.zevenenzestig@devlier.example.nl", phone="036 555 6318",
                   diet="geen varkensvlees",
                   ia="Zorgcentrum De Vlier, Vlierstraat 50, 1325 BH Almere",
                   ir="2010/DSWS/03")
add("postfix-dsn-full-status-mail", report([
    "Return-Path: <>",
    "Date: Tue, 18 May 2010 16:20:10 +0200 (CEST)",
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: aanmelden@example.org",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20100518142010.91E2A1E0C4@mx1.example.org>"],
    "91E2A1E0C4.1274192410/mx1.example.org", [
    (["Content-Description: Notification",
      "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<m.zevenenzestig@devlier.example.nl>: host mx.devlier.example.nl[192.0.2.77] said:
    550 5.7.1 Message rejected as spam by Content Filtering (in reply to end
    of DATA command)
"""),
    (["Content-Description: Delivery report",
      "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 91E2A1E0C4
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 18 May 2010 16:20:05 +0200 (CEST)

Final-Recipient: rfc822; m.zevenenzestig@devlier.example.nl
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.devlier.example.nl
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by Content Filtering
"""),
    (["Content-Description: Undelivered Message",
      "Content-Type: message/rfc822"],
     robot_raw(_s, _b, "status", "A9SVD-5KRT3", "m.zevenenzestig@devlier.example.nl",
               "2010-05-18 16:20"))]),
    M("a Postfix report returning the whole status reply (rejected as "
      "spam)", "en", code="A9SVD-5KRT3"))

# 137 a municipal general mailbox's acknowledgement
add("municipal-mailbox-ack", raw_mail([
    "From: Gemeente Almere <noreply@almere.nl>",
    "To: aanmelden@example.org",
    "Subject: Ontvangstbevestiging: Re: Uw aanmelding voor " + TITLE,
    "Date: Wed, 19 May 2010 09:01:12 +0200",
    "Message-ID: <ack-2010-0519-090112-7731@almere.nl>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail aan de gemeente Almere. Uw bericht is
geregistreerd onder zaaknummer Z-2010-118734. U ontvangt binnen vijf
werkdagen een inhoudelijke reactie.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Met vriendelijke groet,
Gemeente Almere
Postbus 200, 1300 AE Almere | telefoon 14 036
"""), M("a municipal general mailbox's acknowledgement with a case number",
        "nl"))

# 138 success DSN (relayed)
add("dsn-relayed-success", report([
    "Return-Path: <>",
    "Date: Thu, 25 Mar 2010 09:21:40 +0100 (CET)",
    "From: MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
    "Subject: Successful Mail Delivery Report",
    "To: aanmelden@example.org",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20100325082140.2B3C4D5E6F@mx1.example.org>"],
    "2B3C4D5E6F.1269505300/mx1.example.org", [
    (["Content-Description: Notification",
      "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx1.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<khonderdnegentien@almere.nl>: delivery via mail.almere.nl[192.0.2.25]:25: 250 2.0.0 Ok:
    queued as 7F1E2D3C4B
"""),
    (["Content-Description: Delivery report",
      "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 2B3C4D5E6F
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Thu, 25 Mar 2010 09:21:38 +0100 (CET)

Final-Recipient: rfc822; khonderdnegentien@almere.nl
Action: relayed
Status: 2.0.0
Remote-MTA: dns; mail.almere.nl
Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 7F1E2D3C4B
""")]), M("a success report (relayed)", "en"))

# 139 Freshdesk acknowledgement with the participant's details echoed
add("helpdesk-ack-echo", raw_mail([
    "From: Support Sample Kingfisher Care <support@kingfisher-care.example.com>",
    "To: aanmelden@example.org",
    "Subject: Ticket Received - Re: Registration for " + TITLE + ": details missing",
    "Date: Wed, 14 Apr 2010 09:02:44 +0000",
    "Message-ID: <fd.4f2a.1271235764.3321@kingfisher-care.example.com>",
    "Auto-Submitted: auto-generated",
    "X-Freshdesk-Ticket: 3321",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Dear deSTADSWIJKstudies Almere,

We would like to acknowledge that we have received your request and a ticket
has been created (#3321). A support agent will review your request and reply
soon.

Your request:
> Dear Sir or Madam,
> Thank you for your mail about the course "Almere: Sociale ambities in
> een groeiende stad". To register you we still need: - your name
> What we did understand: E-mail address: support@kingfisher-care.example.com

Sample Kingfisher Care Support
"""), M("a helpdesk acknowledgement echoing the robot's 'details missing' "
        "mail with its labels (someone wrote from the shared address)",
        "en"))

# 140 Exchange out-of-office, HTML only, no Auto-Submitted but X-Auto-Response-Suppress
add("ooo-owa-html-only", raw_mail([
    "From: Orgeldraaier Honderdzestien <ohonderdzestien@almere.nl>",
    "To: deSTADSWIJKstudies Almere <aanmelden@example.org>",
    "Subject: Automatisch antwoord: Herinnering: dag 3 van " + TITLE + ", dinsdag 2 november 2010 [H4BRD-7MKT2]",
    "Date: Tue, 26 Oct 2010 10:00:31 +0200",
    "Message-ID: <7E3C1A9B2D4F4E6A8C0B1D2E3F4A5B6C@EXCH02.almere.nl>",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: ohonderdzestien@almere.nl",
    "Thread-Topic: Herinnering: dag 3",
    "MIME-Version: 1.0",
    "Content-Type: text/html; charset=\"utf-8\"",
    "Content-Transfer-Encoding: quoted-printable"],
    """<html dir=3D"ltr"><head><meta http-equiv=3D"Content-Type" content=3D"te=
xt/html; charset=3Dutf-8"></head><body><div style=3D"font-family:Tahoma;fon=
t-size:10pt">Ik ben afwezig tot en met 29 oktober. Uw bericht wordt doorge=
stuurd naar mijn collega Koorddanser Honderdnegentien.<br><br>Met vriendeli=
jke groet,<br>Orgeldraaier Honderdzestien</div></body></html>
"""), M("an HTML-only Exchange auto-reply to his reminder for day 3 (his "
        "mail goes on to a colleague), without Auto-Submitted", "nl",
        code="H4BRD-7MKT2"))
