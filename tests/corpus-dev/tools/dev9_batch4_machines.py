"""Dev set 9, batch 4: machine mail (080-107), typed byte for byte where
a machine writes it; some without the usual machine headers.

Codes used here: Kaarsenmaker Zeven 3MV9Q-XK2P7 (080), Stoelenmatter Een
K4TR7-9WMQ2 (082).
"""
import sys
sys.dont_write_bytecode = True
from dev9_lib import *  # noqa: F401,F403

_c80 = conf_nl("Kaarsenmaker Zeven", "3MV9Q-XK2P7", "Stichting Hobo", "teamleider wijkteam Haven",
               "k.zeven@hobo.example.nl", ia="Stichting Hobo, t.a.v. crediteurenadministratie, Postbus 1207, 1300 BE Almere")
add("bounce-postfix-conf", report(
    ["Return-Path: <>",
     "Received: by mx.example.org (Postfix, from userid 0) id 4C1A2B0; Thu,  4 Mar 2010 09:14:02 +0100 (CET)",
     "Date: Thu,  4 Mar 2010 09:14:02 +0100 (CET)",
     "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
     "Subject: Undelivered Mail Returned to Sender",
     "To: aanmelden@example.org",
     "Auto-Submitted: auto-replied",
     "Message-Id: <20100304081402.4C1A2B0@mx.example.org>"],
    "4C1A2B0.1267690442/mx.example.org",
    [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
      """This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<k.zeven@hobo.example.nl>: host mail.hobo.example.nl[192.0.2.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)"""),
     (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; mx.example.org
X-Postfix-Queue-ID: 4C1A2B0
Arrival-Date: Thu,  4 Mar 2010 09:13:58 +0100 (CET)

Final-Recipient: rfc822; k.zeven@hobo.example.nl
Action: failed
Status: 4.2.2
Remote-MTA: dns; mail.hobo.example.nl
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full"""),
     (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
      robot_raw(_c80[0], _c80[1], "confirmation", "3MV9Q-XK2P7", "k.zeven@hobo.example.nl",
                "2010-03-04 09:13"))]),
    M("Postfix bounce returning the robot's confirmation", "en", code="3MV9Q-XK2P7"))

add("ndr-exchange-nl-noheader", raw_mail(
    ["From: Systeembeheerder <postmaster@luit.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Onbestelbaar: Aanmelding leergang",
     "Date: Wed, 10 Mar 2010 10:02:11 +0100",
     "Message-ID: <A1B2C3D4E5F6@exch01.luit.example.nl>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"iso-8859-1\"",
     "Content-Transfer-Encoding: quoted-printable"],
    """Uw bericht heeft sommige of alle geadresseerden niet bereikt.

      Onderwerp:  Aanmelding leergang
      Verzonden:  10-3-2010 10:01

Kan de volgende geadresseerde(n) niet bereiken:

      h.oud@luit.example.nl op 10-3-2010 10:02
            Het e-mailaccount bestaat niet bij de organisatie waarnaar dit b=
ericht is verzonden.
            <exch01.luit.example.nl #5.1.1>
"""),
    M("an Exchange non-delivery report in Dutch without Auto-Submitted", "nl"))

_s82 = reminder_full_nl("Stoelenmatter Een", "K4TR7-9WMQ2", 3, "dinsdag 2 november 2010")[0]
add("ooo-exchange-reminder", raw_mail(
    ["From: Stoelenmatter Een <s.een@hobo.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Automatisch antwoord: " + enc_subject(_s82),
     "Date: Tue, 26 Oct 2010 07:00:31 +0200",
     "Message-ID: <7D3A9C@exch.hobo.example.nl>",
     "In-Reply-To: " + rirt("reminder", "K4TR7-9WMQ2"),
     "Auto-Submitted: auto-replied",
     "X-Auto-Response-Suppress: All",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"utf-8\"",
     "Content-Transfer-Encoding: 8bit"],
    """Ik ben tot en met 1 november afwezig. Voor afmeldingen en vervanging bij wijkteam Haven kunt u contact opnemen met Kaarsenmaker Zeven (k.zeven@hobo.example.nl).

Met vriendelijke groet,
Stoelenmatter Een
"""),
    M("Exchange out-of-office answering the reminder, with cancel words", "nl", code="K4TR7-9WMQ2"))

add("ooo-no-headers-nl", raw_mail(
    ["From: Welzijn Fagot Info <info@fagot.example.org>",
     "To: aanmelden@example.org",
     "Subject: Re: Aanmelding leergang",
     "Date: Tue, 9 Mar 2010 21:41:05 +0100",
     "Message-ID: <20100309204105.GA1234@fagot.example.org>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8",
     "Content-Transfer-Encoding: 8bit"],
    """Bedankt voor uw e-mail. Dit is een automatisch bericht.

Uw bericht is ontvangen en wordt binnen vijf werkdagen behandeld. Voor aanmeldingen voor onze cursussen kunt u zich inschrijven via het aanmeldformulier op onze website. Wilt u zich afmelden? Stuur dan een mail met uw naam en registratienummer.

Welzijn Fagot
"""),
    M("a general mailbox's automatic acknowledgement with no machine headers, full of registration words", "nl"))

add("ooo-en-no-headers", raw_mail(
    ["From: Glassblower Four <glassblower.four@oboe.example.com>",
     "To: aanmelden@example.org",
     "Subject: Out of Office: Registration confirmed",
     "Date: Wed, 5 May 2010 09:12:44 +0200",
     "Message-ID: <OOF.20100505091244@oboe.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """I am out of the office until 17 May with limited access to e-mail.
For course registrations please contact Clockmender Five.
If you wish to cancel a meeting, please call +31 20 555 0000.
"""),
    M("an English out-of-office without Auto-Submitted, with 'registrations' and 'cancel'", "en"))

add("mdn-outlook-nl", report(
    ["From: Touwslager Vier <t.vier@fagot.example.org>",
     "To: aanmelden@example.org",
     "Subject: Gelezen: Bevestiging aanmelding " + enc_subject(TITLE),
     "Date: Wed, 10 Mar 2010 08:30:12 +0100",
     "Message-ID: <MDN.8E1F@fagot.example.org>"],
    "----_=_NextPart_MDN_01CAC01A",
    [(["Content-Type: text/plain; charset=\"iso-8859-1\""],
      """Uw bericht

  Aan: Touwslager Vier
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
  Verzonden: woensdag 10 maart 2010 8:12

is gelezen op woensdag 10 maart 2010 8:30."""),
     (["Content-Type: message/disposition-notification"],
      """Reporting-UA: fagot.example.org; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;t.vier@fagot.example.org
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"),
    M("an Outlook read receipt in Dutch", "nl"))

add("notes-receipt", raw_mail(
    ["From: Zorggroep Cello <k.elf@cello.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Ontvangstbevestiging: Bevestiging aanmelding",
     "Date: Mon, 15 Mar 2010 11:40:00 +0100",
     "Message-ID: <OF3A2B1C00.77D1E2F0-ONC12576E6.003A0001@cello.example.nl>",
     "X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=US-ASCII"],
    """Uw document:
      Bevestiging aanmelding
was ontvangen door:
      Klokkengieter Elf/Cello
op:
      15-03-2010 11:40:00
"""),
    M("a Lotus Notes return receipt without machine headers", "nl"))

_ics87 = ics_reply10("regbot-dag1-3MV9Q-XK2P7@example.org", "k.zeven@hobo.example.nl", "Kaarsenmaker Zeven",
                     "ACCEPTED", "2010-03-04 10:00", "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                     "20100601T094500", "20100601T163000")
add("ical-accepted", raw_mail(
    ["From: Kaarsenmaker Zeven <k.zeven@hobo.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Geaccepteerd: " + enc_subject(TITLE) + " - dag 1",
     "Date: Thu, 4 Mar 2010 10:00:41 +0100",
     "Message-ID: <CAL.7712AC@hobo.example.nl>",
     "MIME-Version: 1.0",
     "Content-Type: text/calendar; method=REPLY; charset=\"utf-8\"",
     "Content-Transfer-Encoding: 8bit"],
    _ics87),
    M("a calendar acceptance (iMIP reply)", "nl"))

_ics88 = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
METHOD:COUNTER\r
BEGIN:VEVENT\r
ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Basketweaver Three:mailto:b.three@lute.example.com\r
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org\r
DTSTART;TZID=Europe/Amsterdam:20100923T110000\r
DTEND;TZID=Europe/Amsterdam:20100923T163000\r
DTSTAMP:20100401T120000Z\r
SUMMARY:Almere: Sociale ambities in een groeiende stad - dag 2\r
UID:regbot-dag2-Q2B7N-W8ZC4@example.org\r
COMMENT:I can only join from 11:00\r
END:VEVENT\r
END:VCALENDAR\r
"""
add("ical-counter", raw_mail(
    ["From: Basketweaver Three <b.three@lute.example.com>",
     "To: aanmelden@example.org",
     "Subject: New Time Proposed: Almere: Sociale ambities in een groeiende stad - dag 2",
     "Date: Thu, 1 Apr 2010 14:00:03 +0200",
     "Message-ID: <0016e6d99b3a7e2c0a0483272d1f@google.com>",
     "MIME-Version: 1.0",
     "Content-Type: multipart/alternative; boundary=\"0016e6d99b3a7e2c0a0483272d1f\""],
    """--0016e6d99b3a7e2c0a0483272d1f
Content-Type: text/plain; charset=UTF-8

Basketweaver Three has proposed a new time for this event:
Thu 23 Sep 2010 11:00 - 16:30 (Amsterdam)
Comment: I can only join from 11:00

Invitation from Google Calendar

--0016e6d99b3a7e2c0a0483272d1f
Content-Type: text/calendar; charset=UTF-8; method=COUNTER
Content-Transfer-Encoding: 7bit

""" + _ics88 + """
--0016e6d99b3a7e2c0a0483272d1f--
"""),
    M("a calendar counter-proposal", "en"))

add("topdesk-ack", topdesk(
    "Servicedesk Jeugdzorg Pauk <servicedesk@pauk.example.nl>",
    "Melding M1004-0231 geregistreerd: Aanmelding leergang",
    "2010-03-23 10:32",
    """Geachte heer/mevrouw,

Uw melding is geregistreerd onder nummer M1004-0231.
Omschrijving: Aanmelding leergang
Status: Aangemeld

Wij nemen zo spoedig mogelijk contact met u op. Wilt u bij correspondentie het meldingsnummer vermelden?

Servicedesk Jeugdzorg Pauk""", extra=[("Auto-Submitted", "auto-generated")]),
    M("a TOPdesk acknowledgement: 'geregistreerd', 'Aangemeld'", "nl"))

add("scanner-pdf", with_atts(plain(
    "Scanner 3e verdieping <scanner@harp.example.nl>",
    "Gescand document van MFP-3F",
    "2010-03-18 14:20",
    """Gescand op: 18-03-2010 14:20
Apparaat: MFP-3F (RICOH Aficio MP C3001)
Bestand: aanmeldformulier_leergang.pdf
Aantal pagina's: 1
"""), [attachment(lib.pdf(["Aanmeldformulier leergang", "Naam: ______", "Organisatie: ______"]),
                  "application", "pdf", "aanmeldformulier_leergang.pdf")]),
    M("a scanner's mail with an empty registration form as PDF", "nl"))

add("newsletter-congres", raw_mail(
    ["From: Nieuwsbrief Sociaal Domein <nieuwsbrief@sociaal.example.com>",
     "To: aanmelden@example.org",
     "Subject: Schrijf u nu in voor het Congres Wijkaanpak 2010!",
     "Date: Tue, 6 Apr 2010 06:00:00 +0200",
     "Message-ID: <nb.2010-14.aanmelden=example.org@sociaal.example.com>",
     "List-Unsubscribe: <http://sociaal.example.com/afmelden?u=8812>",
     "Precedence: bulk",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8",
     "Content-Transfer-Encoding: 8bit"],
    """NIEUWSBRIEF SOCIAAL DOMEIN - week 14

* Aanmelden voor het Congres Wijkaanpak 2010 kan nog tot 1 mei.
  Meld u vandaag nog aan en ontvang 15% korting.
* Nieuw: e-learning Burgerkracht. Registreer u gratis.

Wilt u deze nieuwsbrief niet meer ontvangen? Meld u hier af:
http://sociaal.example.com/afmelden?u=8812
"""),
    M("a newsletter full of 'aanmelden' and 'meld u af'", "nl"))

add("phish-quota", raw_mail(
    ["From: Webmail Beheer <helpdesk@mailbox-beheer.example.com>",
     "To: aanmelden@example.org",
     "Subject: Uw mailbox heeft de limiet bereikt",
     "Date: Mon, 12 Apr 2010 03:14:15 +0200",
     "Message-ID: <55aa11.1@mailbox-beheer.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/html; charset=utf-8"],
    """<html><body><p>Beste gebruiker,</p>
<p>Uw mailbox heeft 98% van de limiet bereikt. Registreer uw account binnen 24 uur opnieuw om te voorkomen dat inkomende berichten worden geweigerd.</p>
<p><a href="http://mailbox-beheer.example.com/verify">Klik hier om uw account te registreren</a></p>
<p>Systeembeheer</p></body></html>
"""),
    M("phishing: mailbox quota, 'registreer uw account'", "nl"))

add("phish-password-en", raw_mail(
    ["From: IT Service Desk <no-reply@it-support.example.net>",
     "To: aanmelden@example.org",
     "Subject: Password expiry notice - action required",
     "Date: Thu, 15 Apr 2010 02:02:02 +0000",
     "Message-ID: <pw.9911@it-support.example.net>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Dear user,

Your password for aanmelden@example.org expires today. To keep your
account, sign up for the new security portal and confirm your
registration below:

http://it-support.example.net/renew

IT Service Desk
"""),
    M("phishing: password expiry, 'sign up', 'registration'", "en"))

add("phish-invoice", raw_mail(
    ["From: Debiteurenbeheer <factuur@incasso-direct.example.com>",
     "To: aanmelden@example.org",
     "Subject: Openstaande factuur 2010-88231 inschrijving",
     "Date: Fri, 23 Apr 2010 11:11:11 +0200",
     "Message-ID: <inv88231@incasso-direct.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: multipart/mixed; boundary=\"inv88231\""],
    """--inv88231
Content-Type: text/plain; charset=utf-8

Geachte relatie,

Voor uw inschrijving staat nog een bedrag van EUR 1.000,00 open. Zie de bijlage voor de factuur. Bij niet-betaling binnen 3 dagen volgt incasso.

Debiteurenbeheer

--inv88231
Content-Type: application/zip; name="factuur_2010-88231.zip"
Content-Disposition: attachment; filename="factuur_2010-88231.zip"
Content-Transfer-Encoding: base64

UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==

--inv88231--
"""),
    M("an invoice lure with a zip", "nl"))

add("advance-fee-en", raw_mail(
    ["From: Barrister Eighteen <barrister18@lawchambers.example.com>",
     "Reply-To: privatedesk@example.net",
     "To: undisclosed-recipients:;",
     "Subject: URGENT: Registration of beneficiary claim",
     "Date: Sat, 1 May 2010 04:44:00 +0100",
     "Message-ID: <claim.1188@lawchambers.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Dear Friend,

I am Barrister Eighteen, personal attorney to a late client who left
the sum of USD 10.5 million. I seek your consent to register you as
next of kin. Kindly send your full name, organisation, phone and
address to complete the registration.

Yours faithfully,
Barrister Eighteen
"""),
    M("advance-fee spam asking to 'register you' and for details", "en"))

add("seo-spam", raw_mail(
    ["From: Top Ranking <sales@rank.example.com>",
     "To: aanmelden@example.org",
     "Subject: Sign up today - page 1 on Google for your registrations",
     "Date: Mon, 3 May 2010 13:00:00 +0000",
     "Message-ID: <seo.3@rank.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Hello,

Want more course registrations? Sign up for our SEO package and get
your event on page 1. Register now: 50% off for the first 3 months.

Reply STOP to unsubscribe.
"""),
    M("SEO spam with 'sign up', 'register now', 'registrations'", "en"))

add("challenge-response", raw_mail(
    ["From: Spamfilter Buurtwerk <verify@trombone.example.org>",
     "To: aanmelden@example.org",
     "Subject: Bevestig uw bericht aan b.vierentwintig@trombone.example.org",
     "Date: Wed, 14 Apr 2010 12:13:00 +0200",
     "Message-ID: <cr.4471@trombone.example.org>",
     "Auto-Submitted: auto-replied",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8",
     "Content-Transfer-Encoding: 8bit"],
    """Uw bericht aan b.vierentwintig@trombone.example.org is vastgehouden.
Om het af te leveren moet u zich eenmalig registreren als afzender:
http://trombone.example.org/verify?id=4471

Dit is een automatisch bericht.
"""),
    M("a challenge-response request: 'registreren als afzender'", "nl"))

add("webinar-confirmation", raw_mail(
    ["From: Webinar Platform <noreply@webinar.example.com>",
     "To: aanmelden@example.org",
     "Subject: You're registered: Social inclusion in growing cities",
     "Date: Tue, 20 Apr 2010 09:00:00 +0000",
     "Message-ID: <reg.55121@webinar.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8"],
    """Hi,

You are registered for "Social inclusion in growing cities".
Date: 27 April 2010, 15:00 CEST
Your registration ID: 55121

Can't attend? Cancel your registration here:
http://webinar.example.com/cancel/55121
"""),
    M("another platform's registration confirmation, no machine headers", "en"))

add("mailman-moderation", raw_mail(
    ["From: netwerk-sociaal-owner@lists.example.nl",
     "To: aanmelden@example.org",
     "Subject: Uw bericht aan Netwerk-sociaal wacht op goedkeuring",
     "Date: Thu, 22 Apr 2010 10:10:10 +0200",
     "Message-ID: <mailman.12.1271923810.3301.netwerk-sociaal@lists.example.nl>",
     "Precedence: bulk",
     "X-BeenThere: netwerk-sociaal@lists.example.nl",
     "X-Mailman-Version: 2.1.12",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """Uw bericht aan Netwerk-sociaal met onderwerp

    Aanmelden leergang

wacht op goedkeuring door de moderator.

Reden: afzender is geen lid van de lijst. Om lid te worden, meld u
aan via http://lists.example.nl/mailman/listinfo/netwerk-sociaal
"""),
    M("a Mailman moderation notice", "nl"))

add("exim-delay", raw_mail(
    ["From: Mail Delivery System <Mailer-Daemon@mx2.example.org>",
     "To: aanmelden@example.org",
     "Subject: Warning: message 1NxQ2-0003Ab-Tz delayed 24 hours",
     "Date: Fri, 16 Apr 2010 09:01:00 +0200",
     "Message-ID: <E1NxQ2-0009Zz-Aa@mx2.example.org>",
     "Auto-Submitted: auto-replied",
     "X-Failed-Recipients: r.zesenveertig@almere.nl",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=us-ascii"],
    """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx2.example.org.

The message identifier is:     1NxQ2-0003Ab-Tz
The subject of the message is: Aanmelding leergang: wij missen nog gegevens

The address to which the message has not yet been delivered is:

  r.zesenveertig@almere.nl
    Delay reason: SMTP error from remote mail server after RCPT TO:
    451 4.3.0 Temporary failure

No action is required on your part.
"""),
    M("an Exim delay warning", "en"))

add("bounce-plain-nouser", raw_mail(
    ["From: postmaster@example.com",
     "To: aanmelden@example.org",
     "Subject: Delivery Status Notification (Failure)",
     "Date: Mon, 12 Apr 2010 22:49:10 +0000",
     "Message-ID: <bounce.12ab@mail.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=ISO-8859-1"],
    """Delivery to the following recipient failed permanently:

     stempelsnijder47@example.com

Technical details of permanent failure:
The email account that you tried to reach does not exist.

----- Original message -----

Subject: Programma leergang Almere: Sociale ambities in een groeiende stad
To: stempelsnijder47@example.com
"""),
    M("a plain bounce without Auto-Submitted", "en"))

add("ooo-left-organisation", raw_mail(
    ["From: =?utf-8?q?Hoepelmaker_Drie=C3=ABnzestig?= <h.drieenzestig@luit.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Automatisch antwoord: Uitnodiging leergang",
     "Date: Mon, 8 Mar 2010 09:01:02 +0100",
     "Message-ID: <AA.77@exch01.luit.example.nl>",
     "X-Auto-Response-Suppress: All",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=\"utf-8\"",
     "Content-Transfer-Encoding: 8bit"],
    """Ik ben niet meer werkzaam bij Woningcorporatie Luit. Voor aanmeldingen en afmeldingen van cursussen kunt u mailen naar opleidingen@luit.example.nl.
"""),
    M("'no longer employed' auto-reply with registration words", "nl"))

add("zimbra-vacation", raw_mail(
    ["From: Lakstoker Achtenvijftig <l.achtenvijftig@doedelzak.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Re: Aanmelding leergang: wij missen nog gegevens",
     "Date: Wed, 12 May 2010 13:51:00 +0200",
     "Message-ID: <vacation.5512@doedelzak.example.nl>",
     "Auto-Submitted: auto-replied (zimbra; vacation)",
     "Precedence: bulk",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8"],
    """Ik ben afwezig tot 25 mei. Uw mail wordt niet doorgestuurd. Graag meld ik mij dan alsnog bij u.
"""),
    M("Zimbra vacation reply", "nl"))

add("zendesk-ack", zendesk(
    "Sample Lute Housing Support <support@lute.example.com>",
    "[Request #4410] Registration",
    "2010-05-14 12:41",
    """Your request (#4410) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Sample Lute Housing Support""", extra=[("Auto-Submitted", "auto-replied")]),
    M("a Zendesk acknowledgement", "en"))

add("event-platform-registration", raw_mail(
    ["From: Evenementen Aanmeldsysteem <noreply@aanmeldsysteem.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Bevestiging van uw aanmelding - Symposium Wonen en Zorg",
     "Date: Fri, 7 May 2010 16:00:00 +0200",
     "Message-ID: <conf.77123@aanmeldsysteem.example.nl>",
     "MIME-Version: 1.0",
     "Content-Type: text/html; charset=utf-8"],
    """<html><body>
<p>Beste deelnemer,</p>
<p>Hierbij bevestigen wij uw aanmelding voor het <b>Symposium Wonen en Zorg</b> op 10 juni 2010.</p>
<table><tr><td>Naam</td><td>deSTADSWIJKstudies Almere</td></tr>
<tr><td>E-mail</td><td>aanmelden@example.org</td></tr>
<tr><td>Organisatie</td><td>Gemeente Almere</td></tr></table>
<p>Afmelden kan tot 1 juni via de link in deze mail.</p>
</body></html>
"""),
    M("another system's registration confirmation (HTML only, no machine headers)", "nl"))

add("survey-invite", raw_mail(
    ["From: Enquete <enquete@onderzoek.example.com>",
     "To: aanmelden@example.org",
     "Subject: Uw mening over de leergang (5 minuten)",
     "Date: Wed, 24 Nov 2010 10:00:00 +0100",
     "Message-ID: <survey.201011@onderzoek.example.com>",
     "Precedence: bulk",
     "List-Unsubscribe: <mailto:afmelden@onderzoek.example.com>",
     "MIME-Version: 1.0",
     "Content-Type: text/plain; charset=utf-8"],
    """Beste deelnemer,

U heeft zich aangemeld voor de leergang. Wij horen graag uw mening:
http://onderzoek.example.com/s/almere2010

Afmelden voor deze enquête: stuur een lege mail naar afmelden@onderzoek.example.com
"""),
    M("a bulk survey invitation", "nl"))

add("ical-tentative-nl", raw_mail(
    ["From: Mandenvlechter Negen <m.negen@almere.nl>",
     "To: aanmelden@example.org",
     "Subject: Voorlopig geaccepteerd: " + enc_subject(TITLE),
     "Date: Wed, 10 Mar 2010 08:10:00 +0100",
     "Message-ID: <CAL.99@almere.nl>",
     "MIME-Version: 1.0",
     "Content-Type: text/calendar; method=REPLY; charset=\"utf-8\"",
     "Content-Transfer-Encoding: 8bit"],
    ics_reply10("regbot-alle-Z7K3R-4PMW8@example.org", "m.negen@almere.nl", "Mandenvlechter Negen",
                "TENTATIVE", "2010-03-10 08:10", "-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN",
                "20100601T094500", "20100601T163000", comment="Onder voorbehoud van afspraken")),
    M("a tentative calendar reply", "nl"))
