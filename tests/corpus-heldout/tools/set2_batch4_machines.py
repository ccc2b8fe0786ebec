"""Set 2, batch 4: machines - bounces, auto-replies, calendar, receipts, bulk (hand-written)."""
import base64

from set2_lib import (add, R, Raw, d, h, conf_nl, conf_en, wait_nl, reminder_nl,
                      robot_mail, robot_mid, TITLE, nxt)


def rmail(kind, code, to, date, maker, *args, **kw):
    s, body = maker(*args, **kw)
    return robot_mail(s, body, kind, code, to, date)


def hdrs_only(raw):
    return raw.split("\n\n", 1)[0] + "\n"


# ---- bounces ----------------------------------------------------------------

ret = rmail("confirmation", "C5WZN-8KDPQ", "g.zeventien@zorggroep-voorbeeldhaven.example.org",
            "2010-03-03 14:41", conf_nl, "Gast Zeventien", "C5WZN-8KDPQ",
            "Zorggroep Voorbeeldhaven", "teamleider wijkverpleging",
            "g.zeventien@zorggroep-voorbeeldhaven.example.org", phone="06-41122334")
add("bounce-postfix-dsn-confirmation", Raw("""
Return-Path: <>
Received: by mail.example.org (Postfix) id 4C1A22E0F1; Wed,  3 Mar 2010 14:41:09 +0100 (CET)
Date: Wed,  3 Mar 2010 14:41:09 +0100 (CET)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4C1A22E0F1.1267623669/mail.example.org"
Content-Transfer-Encoding: 8bit
Message-Id: <20100303134109.4C1A22E0F1@mail.example.org>

This is a MIME-encapsulated message.

--4C1A22E0F1.1267623669/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.zeventien@zorggroep-voorbeeldhaven.example.org>: host
    mx.zorggroep-voorbeeldhaven.example.org[192.0.2.25] said: 550 5.1.1
    <g.zeventien@zorggroep-voorbeeldhaven.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4C1A22E0F1.1267623669/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4C1A22E0F1
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Wed,  3 Mar 2010 14:41:07 +0100 (CET)

Final-Recipient: rfc822; g.zeventien@zorggroep-voorbeeldhaven.example.org
Original-Recipient: rfc822;g.zeventien@zorggroep-voorbeeldhaven.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.zorggroep-voorbeeldhaven.example.org
Diagnostic-Code: smtp; 550 5.1.1
    <g.zeventien@zorggroep-voorbeeldhaven.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--4C1A22E0F1.1267623669/mail.example.org
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + ret + """
--4C1A22E0F1.1267623669/mail.example.org--
"""), R("Postfix DSN returning the robot's confirmation"))

ret = rmail("waitlist", "P7ZKA-4NDRX", "laat45@stichting-proefwijk.example.nl",
            "2010-05-11 17:40", wait_nl, "Laatkomer Vijfenveertig", "P7ZKA-4NDRX", 4,
            "Stichting Proefwijk", "buurtwerker", "laat45@stichting-proefwijk.example.nl")
add("bounce-exim-plain-mailbox-full", Raw("""
Return-path: <>
Received: from mailnull by mx.stichting-proefwijk.example.nl with local (Exim 4.69)
	id 1OBxYz-0003Kq-Ab
	for aanmelden@example.org; Tue, 11 May 2010 17:40:31 +0200
X-Failed-Recipients: laat45@stichting-proefwijk.example.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.stichting-proefwijk.example.nl>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1OBxYz-0003Kq-Ab@mx.stichting-proefwijk.example.nl>
Date: Tue, 11 May 2010 17:40:31 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  laat45@stichting-proefwijk.example.nl
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
Received: from mail.example.org ([198.51.100.10])
	by mx.stichting-proefwijk.example.nl with esmtp (Exim 4.69)
	id 1OBxYy-0003Kn-Tt
	for laat45@stichting-proefwijk.example.nl; Tue, 11 May 2010 17:40:30 +0200
""" + ret), R("plain-text Exim bounce (mailbox full) returning a waitlist notice"))

ret = rmail("confirmation", "J3MVW-6PKTN", "leerling16@jeugdwerk-oost.example.nl",
            "2010-03-10 07:49", conf_nl, "Leerling Zestien", "J3MVW-6PKTN",
            "Jeugdwerk Oost", "jongerenwerker", "leerling16@jeugdwerk-oost.example.nl")
add("bounce-exchange-nl-onbestelbaar", Raw("""
From: postmaster@jeugdwerk-oost.example.nl
To: aanmelden@example.org
Date: Wed, 10 Mar 2010 07:49:40 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01CAC01A1C3B5E2400000001mail01.jeugdwe"
X-DSNContext: 335a7efd - 4480 - 00000001 - 80040546
Message-ID: <Ty8Bfa1O200000001@mail01.jeugdwerk-oost.example.nl>
Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [J3MVW-6PKTN]

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01CAC01A1C3B5E2400000001mail01.jeugdwe
Content-Type: text/plain; charset=unicode-1-1-utf-7

Er is een fout opgetreden bij de bezorging naar deze ontvangers of distributielijsten:

leerling16@jeugdwerk-oost.example.nl
Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en verzend het bericht opnieuw. Neem contact op met de helpdesk als het probleem zich blijft voordoen.

--9B095B5ADSN=_01CAC01A1C3B5E2400000001mail01.jeugdwe
Content-Type: message/delivery-status

Reporting-MTA: dns;mail01.jeugdwerk-oost.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 10 Mar 2010 07:49:39 +0100

Final-Recipient: rfc822;leerling16@jeugdwerk-oost.example.nl
Action: failed
Status: 5.1.1
X-Display-Name: Leerling Zestien

--9B095B5ADSN=_01CAC01A1C3B5E2400000001mail01.jeugdwe
Content-Type: message/rfc822

""" + ret + """
--9B095B5ADSN=_01CAC01A1C3B5E2400000001mail01.jeugdwe--
"""), R("Exchange 2003 NDR in Dutch ('Onbestelbaar') returning a confirmation"))

ret = rmail("confirmation", "B8DXR-5MWQH", "trainee.twenty@gmail.example.com",
            "2010-03-05 09:01", conf_en, "Trainee Twenty", "B8DXR-5MWQH",
            "Example Housing Trust", "community development officer",
            "trainee.twenty@gmail.example.com")
add("bounce-gmail-style-en", Raw("""
Delivered-To: aanmelden@example.org
Received: by 10.90.0.1 with SMTP id x1cs1234agb; Fri, 5 Mar 2010 00:01:44 -0800 (PST)
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>
To: aanmelden@example.org
X-Failed-Recipients: trainee.twenty@gmail.example.com
Subject: Delivery Status Notification (Failure)
Message-ID: <001636e90e0e8f1a7a0480f7a0b1@google.example.com>
Date: Fri, 05 Mar 2010 08:01:44 +0000
Content-Type: text/plain; charset=ISO-8859-1

This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     trainee.twenty@gmail.example.com

Technical details of permanent failure:
The email account that you tried to reach is disabled.

   ----- Original message -----

""" + hdrs_only(ret)), R("Gmail-style plain failure notice with the returned headers"))

ret = rmail("reminder", "W5HNC-3YTGA", "adertig@almere.nl", "2010-05-25 10:00",
            reminder_nl, "Ambtenaar Dertig", "W5HNC-3YTGA", 1, "dinsdag 1 juni 2010",
            "Ambities van bewoners")
add("bounce-postfix-delayed-reminder", Raw("""
Return-Path: <>
Date: Tue, 25 May 2010 14:02:10 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: aanmelden@example.org
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8D2F0D2A11.1274788930/mail.example.org"
Message-Id: <20100525120210.8D2F0D2A11@mail.example.org>

--8D2F0D2A11.1274788930/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<adertig@almere.nl>: connect to mx.almere.nl[192.0.2.80]:25:
    Connection timed out

--8D2F0D2A11.1274788930/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 8D2F0D2A11
X-Postfix-Sender: rfc822; aanmelden@example.org
Arrival-Date: Tue, 25 May 2010 10:00:03 +0200 (CEST)

Final-Recipient: rfc822; adertig@almere.nl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.almere.nl[192.0.2.80]:25: Connection
    timed out
Will-Retry-Until: Sun, 30 May 2010 10:00:03 +0200 (CEST)

--8D2F0D2A11.1274788930/mail.example.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

""" + hdrs_only(ret) + """
--8D2F0D2A11.1274788930/mail.example.org--
"""), R("Postfix delay warning for a reminder (text/rfc822-headers)"))

ret = rmail("confirmation", "H7KQ2-MZ4RW", "cvnegen@woonbond-testkwartier.example.nl",
            "2010-03-12 09:51", conf_nl, "Cursist van Negen", "H7KQ2-MZ4RW",
            "Woonbond Testkwartier", "bestuurslid (vrijwilliger)",
            "cvnegen@woonbond-testkwartier.example.nl")
add("bounce-qmail-plain", Raw("""
Return-Path: <>
Date: 12 Mar 2010 08:51:30 -0000
From: MAILER-DAEMON@mail.woonbond-testkwartier.example.nl
To: aanmelden@example.org
Subject: failure notice
Message-ID: <20100312085130.12345.qmail@mail.woonbond-testkwartier.example.nl>

Hi. This is the qmail-send program at mail.woonbond-testkwartier.example.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<cvnegen@woonbond-testkwartier.example.nl>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + ret), R("qmail failure notice without Auto-Submitted, returning a confirmation"))

ret = rmail("confirmation", "T8VJD-B6QLE", "beleidsmaker.vijf@almere.nl",
            "2010-03-05 11:31", conf_nl, "Beleidsmaker Vijf", "T8VJD-B6QLE",
            "Gemeente Almere", None, "beleidsmaker.vijf@almere.nl", free=True)
add("bounce-domino-municipal", Raw("""
From: Postmaster@almere.nl
To: aanmelden@example.org
Date: Fri, 5 Mar 2010 11:31:50 +0100
Subject: DELIVERY FAILURE: User beleidsmaker.vijf (beleidsmaker.vijf@almere.nl) not
 listed in Domino Directory
Message-ID: <OF1A2B3C4D.5E6F7A8B-ONC12576E0.0040A1B2@almere.nl>
X-MIMETrack: Itemize by SMTP Server on MAIL01/Almere(Release 8.5.1FP1|January 05, 2010) at
 05-03-2010 11:31:50
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="0__=4EBBF9DEDFC6A2A98f9e8a93df938690918c4EBBF9DEDFC6A2A9"

--0__=4EBBF9DEDFC6A2A98f9e8a93df938690918c4EBBF9DEDFC6A2A9
Content-type: text/plain; charset=US-ASCII

Your message

  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [T8VJD-B6QLE]

was not delivered to:

  beleidsmaker.vijf@almere.nl

because:

  User beleidsmaker.vijf (beleidsmaker.vijf@almere.nl) not listed in Domino Directory

--0__=4EBBF9DEDFC6A2A98f9e8a93df938690918c4EBBF9DEDFC6A2A9
Content-type: message/rfc822

""" + ret + """
--0__=4EBBF9DEDFC6A2A98f9e8a93df938690918c4EBBF9DEDFC6A2A9--
"""), R("Lotus Domino delivery failure returning a municipal confirmation"))

ret = rmail("confirmation", "K4PLM-8QZ3D", "controller55@example-sheltered.example.org",
            "2010-04-21 15:16", conf_en, "Controller Fiftyfive", "K4PLM-8QZ3D",
            "Example Sheltered Housing", "financial controller",
            "controller55@example-sheltered.example.org")
add("bounce-exchange2010-en-quota", Raw("""
From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example-sheltered.example.org>
To: aanmelden@example.org
Date: Wed, 21 Apr 2010 13:16:22 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_aa11bb22cc33dd44ee55ff66_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <aa11bb22-cc33-dd44-ee55-ff6600112233@EXCH01.example-sheltered.example.org>
In-Reply-To: """ + robot_mid("confirmation", "K4PLM-8QZ3D") + """
References: """ + robot_mid("confirmation", "K4PLM-8QZ3D") + """
Subject: Undeliverable: Registration confirmed: Almere: Sociale ambities in een groeiende stad [K4PLM-8QZ3D]

--_000_aa11bb22cc33dd44ee55ff66_
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or distribution lists:

Controller Fiftyfive<mailto:controller55@example-sheltered.example.org>
The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to redeliver this message for you. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: EXCH01.example-sheltered.example.org

controller55@example-sheltered.example.org
#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##

--_000_aa11bb22cc33dd44ee55ff66_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.example-sheltered.example.org
Received-From-MTA: dns;mail.example.org
Arrival-Date: Wed, 21 Apr 2010 13:16:20 +0000

Final-Recipient: rfc822;controller55@example-sheltered.example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--_000_aa11bb22cc33dd44ee55ff66_
Content-Type: text/rfc822-headers

""" + hdrs_only(ret) + """
--_000_aa11bb22cc33dd44ee55ff66_--
"""), R("Exchange 2010 NDR (mailbox full) with In-Reply-To of the robot's mail"))

add("bounce-webmail-nl-plain-no-code", Raw("""
From: "Mail Delivery System" <mailer-daemon@webmail-voorbeeld.example.net>
To: aanmelden@example.org
Subject: Onbestelbaar bericht
Date: Mon, 17 May 2010 10:12:00 +0200
Message-ID: <bounce.20100517101200.77@webmail-voorbeeld.example.net>
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

    oud.adres@webmail-voorbeeld.example.net

Reden: dit adres bestaat niet meer (550 mailbox unavailable).

Onderwerp van het oorspronkelijke bericht: Aanmelding Almere: Sociale ambiti=
es in een groeiende stad: wij missen nog gegevens
Verzonden: 17-05-2010 10:11
"""), R("plain Dutch webmail bounce quoting only the subject of the robot's 'missing details' mail"))

# ---- out of office -------------------------------------------------------------

add("ooo-exchange-nl-auto-submitted", Raw("""
From: Ouderenwerker Twee <ow2@welzijnshuis-modelstad.example.nl>
To: aanmelden@example.org
Subject: Automatisch antwoord: Bevestiging aanmelding Almere: Sociale ambities in een
 groeiende stad [V6NRC-2KHQZ]
Date: Wed, 17 Mar 2010 15:01:33 +0100
Message-ID: <1A2B3C4D5E6F@EXCH.welzijnshuis-modelstad.example.nl>
In-Reply-To: """ + robot_mid("confirmation", "V6NRC-2KHQZ") + """
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: ow2@welzijnshuis-modelstad.example.nl
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ik ben tot en met 29 maart afwezig en heb beperkt toegang tot mijn e-mail. =
Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u contact op=
nemen met het secretariaat, 036-5481000.

Met vriendelijke groet,
Ouderenwerker Twee
"""), R("Exchange out-of-office with Auto-Submitted answering a confirmation"))

add("ooo-nl-x-autoreply-only-met-verlof", Raw("""
From: "Docent Tweeënveertig" <docent42@scholengroep-proefpolder.example.nl>
To: aanmelden@example.org
Subject: Afwezig: Bevestiging aanmelding
Date: Wed, 10 Mar 2010 13:06:02 +0100
Message-ID: <autoreply.4B97896A.300@scholengroep-proefpolder.example.nl>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ik ben met zwangerschapsverlof tot 1 september. Voor vragen over leerlingen kunt u terecht bij de teamleider onderbouw.
"""), R("auto-reply marked only with X-Autoreply"))

add("ooo-gmail-vacation-en", Raw("""
MIME-Version: 1.0
From: Partner Eightynine <partner89@example-debthelp.example.org>
To: aanmelden@example.org
Subject: Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [L9BWT-5QXMD]
Date: Mon, 22 Mar 2010 11:41:07 +0000
Message-ID: <vacation.4BA7581B.1@example-debthelp.example.org>
In-Reply-To: """ + robot_mid("confirmation", "L9BWT-5QXMD") + """
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
Content-Type: text/plain; charset=ISO-8859-1

I am on holiday until 6 April with no access to e-mail. For urgent matters, please call our office on 036 589 00 00.
"""), R("vacation auto-reply with Precedence: bulk"))

add("ooo-nl-no-headers-subject-afwezig", Raw("""
From: Hulpverlener Drie <hv.drie@maatschappelijkwerk-proefstad.example.nl>
To: aanmelden@example.org
Subject: Afwezigheidsmelding
Date: Thu, 1 Apr 2010 11:12:44 +0200
Message-ID: <0a1b2c3d4e5f.afw@maatschappelijkwerk-proefstad.example.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

Dank voor uw bericht. Ik ben afwezig van 1 t/m 9 april. Uw mail wordt na m=
ijn terugkomst beantwoord. Voor dringende zaken: 036-5355000 (receptie).

Hulpverlener Drie
"""), R("out-of-office without any auto-reply header, recognisable only by its text"))

add("ooo-notes-is-afwezig", Raw("""
From: Wijkregisseur Vier <wr.vier@almere.nl>
To: aanmelden@example.org
Subject: Wijkregisseur Vier is afwezig.
Date: Tue, 30 Mar 2010 14:26:00 +0200
Message-ID: <OFAB12CD34.EF56-ONC12576F2.0045F0E1@almere.nl>
X-MIMETrack: Serialize by Router on MAIL01/Almere(Release 8.5.1FP1) at 30-03-2010 14:26:00
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII

Ik ben afwezig vanaf 30-03-2010 en keer terug op 06-04-2010.

Ik zal uw bericht beantwoorden na mijn terugkeer.
"""), R("Lotus Notes 'is afwezig' auto-reply"))

add("ooo-en-exchange-out-of-office-subject-absence", Raw("""
From: Worker Sixtytwo <worker62@example-youthcare.example.org>
To: aanmelden@example.org
Subject: Out of Office: Registration confirmed: Almere: Sociale ambities in een groeiende stad [S3TDK-7WPFN]
Date: Fri, 12 Mar 2010 10:21:15 +0100
Message-ID: <E3F2A1B0C9D8@EXCH.example-youthcare.example.org>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ooo-alt-001"

--ooo-alt-001
Content-Type: text/plain; charset="us-ascii"

I am out of the office until Monday 15 March. I will reply to your message on my return.

--ooo-alt-001
Content-Type: text/html; charset="us-ascii"

<html><body><p>I am out of the office until Monday 15 March. I will reply to your message on my return.</p></body></html>

--ooo-alt-001--
"""), R("Exchange English out-of-office, multipart/alternative"))

# ---- calendar replies ---------------------------------------------------------

def ical_reply(num_dom, who, name, partstat, summary_prefix, client, lang_text,
               subj, date, prodid):
    uid = "regbot-" + h("ics", "2010")[:20] + "@example.org"
    ics = ("BEGIN:VCALENDAR\r\nPRODID:%s\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
           "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s\r\n"
           "ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org\r\n"
           "DTSTART;TZID=Europe/Amsterdam:20100601T094500\r\n"
           "DTEND;TZID=Europe/Amsterdam:20100601T163000\r\n"
           "DTSTAMP:20100320T101500Z\r\nSEQUENCE:0\r\nUID:%s\r\n"
           "SUMMARY:%s%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
           % (prodid, partstat, name, who, uid, summary_prefix, TITLE))
    b64 = base64.encodebytes(ics.encode()).decode()
    return Raw("""
From: %s <%s>
To: aanmelden@example.org
Subject: %s
Date: %s
Message-ID: <%s@%s>
%sMIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cal-%s"

--cal-%s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

%s

--cal-%s
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

%s
--cal-%s--
""" % (name, who, subj, d(date), h("cal", who, date)[:24], num_dom, client,
       h(who)[:12], h(who)[:12], lang_text, h(who)[:12], b64, h(who)[:12]))


add("calendar-outlook-nl-geaccepteerd", ical_reply(
    "welzijnshuis-modelstad.example.nl", "m42@welzijnshuis-modelstad.example.nl",
    "Medewerker Tweeënveertig", "ACCEPTED", "", "X-Mailer: Microsoft Office Outlook 12.0\n",
    "Medewerker Tweeënveertig heeft deze uitnodiging geaccepteerd.",
    "Geaccepteerd: " + TITLE, "2010-03-15 10:20",
    "Microsoft CDO for Microsoft Exchange"), R("Outlook calendar reply: accepted"))

add("calendar-google-en-accepted", ical_reply(
    "google.example.com", "attendee.thirty@example-refugee-help.example.org",
    "Attendee Thirty", "ACCEPTED", "", "",
    "Attendee Thirty has accepted this invitation.",
    "Accepted: %s @ Tue 1 Jun 2010 09:45 - 16:30 (Attendee Thirty)" % TITLE,
    "2010-03-17 08:00", "-//Google Inc//Google Calendar 70.9054//EN"),
    R("Google Calendar reply: accepted"))

add("calendar-ical-accepted", ical_reply(
    "bibliotheek-proefstad.example.nl", "s.achttien@bibliotheek-proefstad.example.nl",
    "Student Achttien", "ACCEPTED", "", "X-Mailer: Apple Mail (2.1078)\n",
    "Student Achttien heeft de uitnodiging geaccepteerd.",
    "Uitnodiging geaccepteerd: " + TITLE, "2010-03-09 08:05",
    "-//Apple Inc.//iCal 4.0.1//EN"), R("iCal reply: accepted"))

add("calendar-outlook-nl-voorlopig", ical_reply(
    "corporatie-voorbeeldhuis.example.nl",
    "a.vijfenveertig@corporatie-voorbeeldhuis.example.nl",
    "Adviseur Vijfenveertig", "TENTATIVE", "", "X-Mailer: Microsoft Office Outlook 12.0\n",
    "Adviseur Vijfenveertig heeft deze uitnodiging voorlopig geaccepteerd.",
    "Voorlopig: " + TITLE, "2010-03-24 09:00",
    "Microsoft CDO for Microsoft Exchange"), R("Outlook calendar reply: tentative"))

add("calendar-outlook-en-declined", ical_reply(
    "example-sheltered.example.org", "carer35@example-sheltered.example.org",
    "Carer Thirtyfive", "DECLINED", "", "X-Mailer: Microsoft Office Outlook 12.0\n",
    "Carer Thirtyfive has declined this meeting.",
    "Declined: " + TITLE, "2010-03-29 07:30",
    "Microsoft CDO for Microsoft Exchange"), R("Outlook calendar reply: declined (a machine reply, not a cancellation)"))

# ---- read receipts ------------------------------------------------------------

add("mdn-outlook-nl-gelezen", Raw("""
From: Gezinscoach Elfhonderd <gc1100@example-youthcare.example.org>
To: aanmelden@example.org
Subject: Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [G4XWM-6RJTA]
Date: Mon, 19 Apr 2010 12:30:00 +0200
Message-ID: <mdn.0001.4BCC3058@example-youthcare.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0012_01CAE0B1.7A3B2C40"
X-Mailer: Microsoft Office Outlook 12.0

------=_NextPart_000_0012_01CAE0B1.7A3B2C40
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht=20

  Aan: Gezinscoach Elfhonderd
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiend=
e stad [G4XWM-6RJTA]
  Verzonden: 19-4-2010 12:13

is gelezen op 19-4-2010 12:30.

------=_NextPart_000_0012_01CAE0B1.7A3B2C40
Content-Type: message/disposition-notification

Reporting-UA: example-youthcare.example.org; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;gc1100@example-youthcare.example.org
Original-Message-ID: """ + robot_mid("confirmation", "G4XWM-6RJTA") + """
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0012_01CAE0B1.7A3B2C40--
"""), R("Outlook read receipt in Dutch"))

add("mdn-thunderbird-en", Raw("""
From: Researcher Sixtyfour <r64@example-university.example.edu>
To: aanmelden@example.org
Subject: Return Receipt (displayed) - Registration confirmed: Almere: Sociale ambities
 in een groeiende stad [N8QHT-3ZCWB]
Date: Tue, 13 Apr 2010 10:20:00 +0200
Message-ID: <4BC4289A.3030807@example-university.example.edu>
User-Agent: Mozilla/5.0 (X11; U; Linux x86_64; en-US; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------050902040908060307030201"

This is a multi-part message in MIME format.
--------------050902040908060307030201
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to r64@example-university.example.edu.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------050902040908060307030201
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: example-university.example.edu; Mozilla Thunderbird
Final-Recipient: rfc822;r64@example-university.example.edu
Original-Message-ID: """ + robot_mid("confirmation", "N8QHT-3ZCWB") + """
Disposition: manual-action/MDN-sent-manually; displayed

--------------050902040908060307030201--
"""), R("Thunderbird return receipt"))

# ---- challenge-response ------------------------------------------------------

add("challenge-en-please-verify", Raw("""
From: "SpamGuard Example" <verify@spamguard.example.com>
To: aanmelden@example.org
Subject: Please verify your email address [ref:SG-88a7f1]
Date: Thu, 11 Mar 2010 13:16:00 +0100
Message-ID: <sg.88a7f1.1268309760@spamguard.example.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

You recently sent a message to delegate40@sample-care.example.org.
To protect against spam, this recipient only accepts mail from verified
senders. Please click the link below to verify that you are a person, and
your message will be delivered:

  http://verify.spamguard.example.com/c/88a7f1

If you do not verify within 3 days, your message will be deleted.

Original subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad
"""), R("challenge-response verification request"))

add("challenge-nl-bevestig-zonder-headers", Raw("""
From: "Boxbewaker" <noreply@boxbewaker.example.nl>
To: aanmelden@example.org
Subject: Bevestig dat u geen spammer bent
Date: Tue, 23 Mar 2010 10:11:00 +0100
Message-ID: <bb.20100323101100.5521@boxbewaker.example.nl>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Beste afzender,</p><p>U stuurde een bericht aan adviseur45@=
corporatie-voorbeeldhuis.example.nl. Deze ontvanger gebruikt Boxbewaker te=
gen spam. Klik op <a href=3D"http://boxbewaker.example.nl/ok/5521">deze lin=
k</a> om te bevestigen dat u een mens bent. Daarna wordt uw bericht afgele=
verd.</p></body></html>
"""), R("Dutch challenge-response in HTML without auto-reply headers"))

# ---- newsletters, lists, spam, bulk vendors ----------------------------------

add("newsletter-nl-welzijn-aanmelden-nu", Raw("""
From: Nieuwsbrief Welzijnsplein <nieuwsbrief@welzijnsplein.example.nl>
To: aanmelden@example.org
Subject: Nieuwsbrief april: meld u nu aan voor het Welzijnscongres!
Date: Thu, 15 Apr 2010 07:00:00 +0200
Message-ID: <nb.2010-04.883421@welzijnsplein.example.nl>
List-Unsubscribe: <http://welzijnsplein.example.nl/afmelden?u=883421>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

NIEUWSBRIEF WELZIJNSPLEIN - april 2010

* Meld u nu aan voor het Welzijnscongres op 17 juni! Vroegboekkorting tot 1 mei.
* Nieuw onderzoek: vrijwilligers in de wijk.
* Vacatures in de sector.

Aanmelden: stuur een mail met uw naam, organisatie en functie naar congres@welzijnsplein.example.nl.

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden? Klik op de link onderaan.
"""), R("bulk newsletter full of 'aanmelden'"))

add("newsletter-en-conference", Raw("""
From: Example Urban Forum <news@urbanforum.example.com>
To: aanmelden@example.org
Subject: Register now: European Urban Forum 2010
Date: Tue, 20 Apr 2010 06:30:00 +0000
Message-ID: <campaign.77123.aanmelden@urbanforum.example.com>
List-Unsubscribe: <mailto:unsubscribe-77123@urbanforum.example.com>
List-Id: Example Urban Forum news <news.urbanforum.example.com>
X-Campaign: 77123
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="campaign77123"

--campaign77123
Content-Type: text/plain; charset=us-ascii

REGISTER NOW for the European Urban Forum, 9-10 September 2010.
Early bird registration closes 31 May. Cancel free of charge until 1 August.

To unsubscribe, reply with "unsubscribe" or use the link in this mail.

--campaign77123
Content-Type: text/html; charset=us-ascii

<html><body><h1>REGISTER NOW</h1><p>European Urban Forum, 9-10 September 2010.</p><p>Early bird registration closes 31 May. Cancel free of charge until 1 August.</p></body></html>

--campaign77123--
"""), R("English conference newsletter with List-Id and List-Unsubscribe"))

add("list-digest-nl-sociaal-werk", Raw("""
From: sociaalwerk-l-request@lists.example.nl
To: sociaalwerk-l@lists.example.nl
Subject: Sociaalwerk-L Digest, Vol 41, Issue 12
Date: Fri, 30 Apr 2010 12:00:03 +0200
Message-ID: <mailman.1234.1272621603.5678.sociaalwerk-l@lists.example.nl>
Precedence: list
List-Id: Discussielijst sociaal werk <sociaalwerk-l.lists.example.nl>
List-Post: <mailto:sociaalwerk-l@lists.example.nl>
X-BeenThere: sociaalwerk-l@lists.example.nl
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Send Sociaalwerk-L mailing list submissions to
	sociaalwerk-l@lists.example.nl

Today's Topics:

   1. Leergang in Almere: wie gaat er? (Lijstlid Een)
   2. Re: Leergang in Almere: wie gaat er? (Lijstlid Twee)

----------------------------------------------------------------------

Message: 1
From: Lijstlid Een <lid1@example.nl>
Subject: Leergang in Almere: wie gaat er?

Ik heb me aangemeld via aanmelden@example.org, wie gaat er nog meer?

------------------------------

Message: 2
From: Lijstlid Twee <lid2@example.nl>
Subject: Re: Leergang in Almere: wie gaat er?

Ik ook! Aanmelden ging vlot.

End of Sociaalwerk-L Digest, Vol 41, Issue 12
"""), R("mailing-list digest that mentions registering (the robot's address is on the list)"))

add("spam-nl-phishing-wachtwoord", Raw("""
From: "Helpdesk Webmail" <helpdesk@webmail-beheer.example.com>
To: aanmelden@example.org
Subject: Uw mailbox is bijna vol - bevestig uw account
Date: Mon, 26 Apr 2010 03:14:15 +0200
Message-ID: <20100426031415.9F8E7D@webmail-beheer.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body><p>Geachte gebruiker,</p><p>Uw mailbox heeft de limiet van 2 G=
B bereikt. Bevestig binnen 24 uur uw account door uw gebruikersnaam en wach=
twoord in te vullen op <a href=3D"http://beheer.example.com/login">deze pag=
ina</a>, anders wordt uw account afgesloten.</p><p>Helpdesk</p></body></htm=
l>
"""), R("phishing mail"))

add("spam-en-invoice-zip", Raw("""
From: "Accounts Department" <billing@invoice-notice.example.com>
To: aanmelden@example.org
Subject: Invoice #INV-88213 overdue - payment required
Date: Wed, 5 May 2010 04:44:00 +0300
Message-ID: <88213.overdue@invoice-notice.example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="zzINV88213"

--zzINV88213
Content-Type: text/plain; charset=us-ascii

Dear customer,

Your invoice INV-88213 is overdue. Please see the attached document and pay within 48 hours to avoid collection costs.

Accounts Department

--zzINV88213
Content-Type: application/zip; name="INV-88213.zip"
Content-Disposition: attachment; filename="INV-88213.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAJAAAAcmVhZG1lLnR4dAMAUEsBAhQAFAAAAAgAAAAh
AAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAHJlYWRtZS50eHRQSwUGAAAAAAEAAQA3AAAA
JwAAAAAA

--zzINV88213--
"""), R("spam: overdue invoice with a zip"))

add("spam-en-seo-registration-words", Raw("""
From: "Rank Higher" <offers@rankhigher.example.com>
To: aanmelden@example.org
Subject: Boost course registrations by 300%
Date: Sun, 9 May 2010 22:10:00 -0700
Message-ID: <rh.1273468200.4411@rankhigher.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi aanmelden,

I visited your site and noticed you are not on page 1 of Google for "course registration Almere". Our SEO package guarantees 300% more registrations in 30 days. Reply YES to register for a free audit.

Best,
Rank Higher Team
"""), R("SEO spam using registration words"))

add("spam-nl-loterij", Raw("""
From: "Stichting Prijzenpot" <winnaar@prijzenpot.example.net>
To: aanmelden@example.org
Subject: Gefeliciteerd! U heeft gewonnen
Date: Sat, 15 May 2010 02:02:02 +0200
Message-ID: <pp.150510.020202@prijzenpot.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Geachte winnaar,

Uw e-mailadres is getrokken in onze jaarlijkse loterij. U wint EUR 250.000! Stuur ter bevestiging uw naam, adres, telefoonnummer en rekeningnummer naar claim@prijzenpot.example.net.

Met vriendelijke groet,
De notaris
"""), R("lottery scam asking for personal details"))

add("bulk-vendor-nl-trainingen", Raw("""
From: Opleidingscentrum Voorbeeld <info@opleidingen-voorbeeld.example.nl>
To: aanmelden@example.org
Subject: Nieuw: incompany training Wijkgericht werken - schrijf u nu in
Date: Tue, 11 May 2010 09:00:00 +0200
Message-ID: <mailing.2010.05.11.4471@opleidingen-voorbeeld.example.nl>
List-Unsubscribe: <http://opleidingen-voorbeeld.example.nl/uitschrijven?id=4471>
Precedence: bulk
X-Mailer: MailingManager 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste relatie,

Schrijf u nu in voor onze nieuwe training Wijkgericht werken (2 dagdelen, EUR 395). Inschrijven kan tot 1 juni via onze website.

Met vriendelijke groet,
Opleidingscentrum Voorbeeld

Wilt u geen mail meer ontvangen? Schrijf u hier uit.
"""), R("bulk mail from a training vendor"))

add("ticket-ack-nl-helpdesk", Raw("""
From: Servicedesk Corporatie Voorbeeldhuis <servicedesk@corporatie-voorbeeldhuis.example.nl>
To: aanmelden@example.org
Subject: [Melding #20100323-0041] Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
Date: Tue, 23 Mar 2010 10:10:30 +0100
Message-ID: <ticket.20100323-0041@servicedesk.corporatie-voorbeeldhuis.example.nl>
Auto-Submitted: auto-generated
X-Ticket-ID: 20100323-0041
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste melder,

Uw bericht is geregistreerd onder meldingnummer 20100323-0041. Wij nemen binnen twee werkdagen contact met u op. Reageer niet op deze mail; vermeld bij contact altijd het meldingnummer.

Servicedesk Corporatie Voorbeeldhuis
"""), R("a helpdesk ticket acknowledgement"))

add("autoreply-en-address-changed", Raw("""
From: Official Twentyfive <official25@voorbeeldstad.example.nl>
To: aanmelden@example.org
Subject: Automatic reply: new e-mail address
Date: Mon, 10 May 2010 09:00:00 +0200
Message-ID: <autoreply.official25.20100510@voorbeeldstad.example.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This address will no longer be used after 1 June 2010. Please use official25@newmunicipality.example.nl from now on.
"""), R("auto-reply announcing a new address"))

add("dsn-success-delivered", Raw("""
Return-Path: <>
Date: Mon, 12 Apr 2010 17:44:30 +0200 (CEST)
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Successful Mail Delivery Report
To: aanmelden@example.org
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9A0B1C2D3E.1271087070/mail.example.org"
Message-Id: <20100412154430.9A0B1C2D3E@mail.example.org>

--9A0B1C2D3E.1271087070/mail.example.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

Your message was successfully delivered to the destination(s)
listed below.

<beheer900@buurtcentrum-testwijk.example.nl>: delivery via
    mx.buurtcentrum-testwijk.example.nl[192.0.2.90]:25: 250 2.0.0 Ok: queued

--9A0B1C2D3E.1271087070/mail.example.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
Arrival-Date: Mon, 12 Apr 2010 17:44:28 +0200 (CEST)

Final-Recipient: rfc822; beheer900@buurtcentrum-testwijk.example.nl
Action: delivered
Status: 2.0.0

--9A0B1C2D3E.1271087070/mail.example.org--
"""), R("successful delivery report"))
