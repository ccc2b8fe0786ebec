"""Development set dev1, batch 4: machine mail (robot: yes).  Given byte
for byte where a machine writes it; every label typed by hand."""
from set2_lib import (add, outlook, gmail, plain, R, Raw, conf_nl, conf_en,
                     incomplete_nl, robot_mail, robot_mid, d, lib)

C_SEVEN = "Q8TJ4-BN6WK"

_s, _b = conf_nl("Ontwikkel Zeven", C_SEVEN, "Stichting Buurtkracht Oefenstad",
                 "vrijwilligerscoordinator", "ontwikkel.zeven@kpnmail.example.nl")
_rm = robot_mail(_s, _b, "confirmation", C_SEVEN, "ontwikkel.zeven@kpnmail.example.nl", "2010-03-06 16:22")

add("postfix-dsn-mailbox-full", Raw("""From: MAILER-DAEMON@mx1.kpnmail.example.nl (Mail Delivery System)
To: aanmelden@example.org
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: <20100306152301.4F1A21C0042@mx1.kpnmail.example.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1A21C0042.1267889001/mx1.kpnmail.example.nl"

This is a MIME-encapsulated message.

--4F1A21C0042.1267889001/mx1.kpnmail.example.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kpnmail.example.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ontwikkel.zeven@kpnmail.example.nl>: host store3.kpnmail.example.nl[10.1.2.3]
    said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)

--4F1A21C0042.1267889001/mx1.kpnmail.example.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kpnmail.example.nl
X-Postfix-Queue-ID: 4F1A21C0042
Arrival-Date: Sat,  6 Mar 2010 16:22:59 +0100 (CET)

Final-Recipient: rfc822; ontwikkel.zeven@kpnmail.example.nl
Action: failed
Status: 5.2.2
Remote-MTA: dns; store3.kpnmail.example.nl
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--4F1A21C0042.1267889001/mx1.kpnmail.example.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

%s
--4F1A21C0042.1267889001/mx1.kpnmail.example.nl--
""" % (d("2010-03-06 16:23"), _rm)),
  R("Postfix DSN returning the robot's confirmation (which holds a code and a full registration)"))

add("exchange-ndr-nl", Raw("""From: Postmaster <postmaster@ggdmodelregio.example.nl>
To: aanmelden@example.org
Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [X5HN2-CW8RT]
Date: %s
Message-ID: <7F3B2C1D9E8A4B5C@EXCH01.ggdmodelregio.example.nl>
Content-Language: nl-NL
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="--=_NDR_boundary_01"

----=_NDR_boundary_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Levering aan deze geadresseerden of distributielijsten is mislukt:

o.veertien@ggdmodelregio.example.nl
Het e-mailadres dat u hebt ingevoerd, bestaat niet. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:

Genererende server: EXCH01.ggdmodelregio.example.nl

o.veertien@ggdmodelregio.example.nl
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

----=_NDR_boundary_01
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.ggdmodelregio.example.nl
Received-From-MTA: dns;mail.example.org
Arrival-Date: Fri, 12 Mar 2010 09:34:10 +0100

Final-Recipient: rfc822;o.veertien@ggdmodelregio.example.nl
Action: failed
Status: 5.1.1
X-Display-Name: Ontwikkel Veertien

----=_NDR_boundary_01
Content-Type: text/rfc822-headers

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: o.veertien@ggdmodelregio.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [X5HN2-CW8RT]
Date: Fri, 12 Mar 2010 09:34:05 +0100
Message-ID: <regbot.confirmation.3f2a9b7c1d4e5f60@example.org>
Auto-Submitted: auto-replied

----=_NDR_boundary_01--
""" % d("2010-03-12 09:35")),
  R("Exchange non-delivery report in Dutch, with only the headers of the robot's mail"))

add("exim-bounce-plain", Raw("""From: Mail Delivery System <Mailer-Daemon@mail.zzp-proef.example.nl>
To: aanmelden@example.org
Subject: Mail delivery failed: returning message to sender
Date: %s
Message-ID: <E1NtXyZ-0004Ab-Qr@mail.zzp-proef.example.nl>
X-Failed-Recipients: zevenendertig@zzp-proef.example.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  zevenendertig@zzp-proef.example.nl
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: zevenendertig@zzp-proef.example.nl
Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [A9CE5-HU3LM]
Auto-Submitted: auto-replied

Beste Ontwikkel Zevenendertig,

U bent aangemeld voor de leergang
"Almere: Sociale ambities in een groeiende stad".
Uw plaats is bevestigd.

Uw referentiecode is A9CE5-HU3LM.
""" % d("2010-04-16 00:10")),
  R("Exim plain-text bounce with a copy of the robot's confirmation"))

add("delay-warning", Raw("""From: MAILER-DAEMON@relay.woonzorg-proef.example.nl (Mail Delivery System)
To: aanmelden@example.org
Subject: Delayed Mail (still being retried)
Date: %s
Message-ID: <20100527121001.8C2D31A0@relay.woonzorg-proef.example.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.woonzorg-proef.example.nl.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 3.0 hours.
It will be retried until it is 5.0 days old.

<tweeenveertig@woonzorg-proef.example.nl>: connect to
    mail.woonzorg-proef.example.nl[192.0.2.44]:25: Connection timed out
""" % d("2010-05-27 12:10")),
  R("Postfix delay warning"))

add("ooo-exchange-nl", Raw("""From: Ontwikkel Een <o.een@ontwerpwijk.example.nl>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatisch antwoord: Herinnering: dag 1 van Almere: Sociale ambities in een groeiende stad, dinsdag 1 juni 2010 [T4NP8-WQ3ZD]
Date: %s
Message-ID: <A1B2C3D4E5F6@EXCH.ontwerpwijk.example.nl>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ik ben tot en met 28 mei afwezig en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met het secretariaat, 036-5301100.

Met vriendelijke groet,
Ontwikkel Een
""" % d("2010-05-25 07:01")),
  R("Exchange out-of-office to the reminder, with the code in the subject"))

add("ooo-vacation-en-no-autosubmitted", Raw("""From: Dev Person Twentyseven <dp27@examplefoundation.example.net>
To: aanmelden@example.org
Subject: Away: Registration confirmed: Almere: Sociale ambities in een groeiende stad [H4WD8-PK2NE]
Date: %s
Message-ID: <vacation.1269852000.4711@examplefoundation.example.net>
Precedence: bulk
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

I am away until 6 April with no access to e-mail. For urgent matters please
contact the office on 020 555 0100.

Dev Person Twentyseven
""" % d("2010-03-29 09:48")),
  R("vacation auto-reply with X-Autoreply and Precedence: bulk only"))

add("ooo-notes-plain", Raw("""From: Groep Acht <gacht@almere.nl>
To: aanmelden@example.org
Subject: Afwezigheidsmelding: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [C7ZR3-WF5KD]
Date: %s
Message-ID: <OF8A7B6C5D.4E3F2A1B-ONC12576F0.0041A2B3@almere.nl>
X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

Ik ben afwezig vanaf 17-03-2010 en keer terug op 29-03-2010.

Ik zal uw bericht na mijn terugkeer beantwoorden. Voor zaken betreffende
armoedebeleid kunt u zich wenden tot het secretariaat DMO.
""" % d("2010-03-17 10:46")),
  R("Lotus Notes absence notice without any auto-reply header"))

add("ical-reply-accepted-outlook", Raw("""From: Ontwikkel Negen <onegen@almere.nl>
To: aanmelden@example.org
Subject: Geaccepteerd: Almere: Sociale ambities in een groeiende stad - dag 1
Date: %s
Message-ID: <5D4C3B2A1F0E@almere.nl>
X-Mailer: Microsoft Office Outlook 12.0
Content-Class: urn:content-classes:calendarmessage
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_cal_0001"

------=_NextPart_cal_0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit



------=_NextPart_cal_0001
Content-Type: text/calendar; method=REPLY; charset=utf-8
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
PRODID:Microsoft CDO for Microsoft Exchange
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ontwikkel Negen:MAILTO:onegen@almere.nl
ORGANIZER:MAILTO:aanmelden@example.org
DTSTART:20100601T074500Z
DTEND:20100601T143000Z
SUMMARY:Almere: Sociale ambities in een groeiende stad - dag 1
UID:regbot-B8ZW4-NE2QC-day1@example.org
SEQUENCE:0
DTSTAMP:20100309100000Z
END:VEVENT
END:VCALENDAR

------=_NextPart_cal_0001--
""" % d("2010-03-09 11:00")),
  R("Outlook calendar reply (accepted) to the agenda.ics"))

add("ical-reply-declined-google", Raw("""From: Dev Person Two <devperson.two@gmail.example.com>
To: aanmelden@example.org
Subject: Declined: Almere: Sociale ambities in een groeiende stad - day 3 @ Tue 2 Nov 2010 09:45 - 16:30
Date: %s
Message-ID: <00163630f1a2b3c4d5e6f70487a1b2c3@google.com>
Sender: Google Calendar <calendar-notification@google.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=00163630f1a2b3c4d5e6f70487a1

--00163630f1a2b3c4d5e6f70487a1
Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes

Dev Person Two has declined this invitation.

Title: Almere: Sociale ambities in een groeiende stad - day 3
When: Tue 2 Nov 2010 09:45 - 16:30 (Amsterdam)
Where: De Nieuwe Bibliotheek, Stadhuisplein 101, 1315 XC Almere

--00163630f1a2b3c4d5e6f70487a1
Content-Type: text/calendar; charset=UTF-8; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20101102T084500Z
DTEND:20101102T153000Z
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Dev Person Two:mailto:devperson.two@gmail.example.com
UID:regbot-R9VX2-KL7MB-day3@example.org
SUMMARY:Almere: Sociale ambities in een groeiende stad - day 3
END:VEVENT
END:VCALENDAR

--00163630f1a2b3c4d5e6f70487a1--
""" % d("2010-03-04 08:00")),
  R("Google Calendar 'declined' for one day: a calendar machine, not a cancellation"))

add("mdn-read-receipt", Raw("""From: Ontwikkel Vijfentwintig <vijfentwintig@corporatie-oefenhuis.example.nl>
To: aanmelden@example.org
Subject: Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [L6QU9-AY3GS]
Date: %s
Message-ID: <MDN.8899aabb@corporatie-oefenhuis.example.nl>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_0002"

------=_MDN_0002
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: vijfentwintig@corporatie-oefenhuis.example.nl
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [L6QU9-AY3GS]
  Verzonden: donderdag 25 maart 2010 8:21

is gelezen op donderdag 25 maart 2010 8:40.

------=_MDN_0002
Content-Type: message/disposition-notification

Reporting-UA: corporatie-oefenhuis.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;vijfentwintig@corporatie-oefenhuis.example.nl
Original-Message-ID: <regbot.confirmation.5e6f7a8b9c0d1e2f@example.org>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_0002--
""" % d("2010-03-25 08:40")),
  R("read receipt (MDN) in Dutch"))

add("challenge-response", Raw("""From: Spamfilter Humanitas <noreply@humanitasproef.example.nl>
To: aanmelden@example.org
Subject: Bevestig uw e-mailadres / Please confirm your address
Date: %s
Message-ID: <cr.20100316.77a1@humanitasproef.example.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Uw bericht aan zeventien@humanitasproef.example.nl is vastgehouden.
Om te bevestigen dat u geen spammer bent, klikt u op onderstaande link of
beantwoordt u deze mail zonder de onderwerpregel te wijzigen:

https://filter.humanitasproef.example.nl/confirm?id=77a1f0e9

Your message to zeventien@humanitasproef.example.nl has been held. Please
reply to this message to have it delivered.
""" % d("2010-03-16 11:47")),
  R("challenge-response filter asking the robot to reply"))

add("newsletter-list", Raw("""From: Nieuwsbrief Sociaal Domein <nieuwsbrief@sociaaldomein-nieuws.example.com>
To: aanmelden@example.org
Subject: Nieuwsbrief april 2010: aanmelden voor de Week van de Wijk!
Date: %s
Message-ID: <nb.2010-04.aanmelden@sociaaldomein-nieuws.example.com>
List-Id: Nieuwsbrief Sociaal Domein <nieuwsbrief.sociaaldomein-nieuws.example.com>
List-Unsubscribe: <https://sociaaldomein-nieuws.example.com/afmelden?u=aanmelden%%40example.org>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

NIEUWSBRIEF SOCIAAL DOMEIN - april 2010

1. Meld u nu aan voor de Week van de Wijk (14-18 juni)
   Naam, organisatie en functie invullen via de website.

2. Nieuwe wet maatschappelijke ondersteuning: wat verandert er?

3. Agenda
   - 1 juni: deSTADSWIJKstudies Almere, dag 1
   - 10 juni: congres Wijkaanpak, Utrecht

Wilt u deze nieuwsbrief niet meer ontvangen? Afmelden kan via de link
onderaan de website.
""" % d("2010-04-15 06:00")),
  R("newsletter with List-Id and List-Unsubscribe, full of 'aanmelden'/'afmelden'"))

add("spam-seo", Raw("""From: "SEO Experts" <info@rank-first.example.com>
To: aanmelden@example.org
Subject: Register now: top Google ranking guaranteed
Date: %s
Message-ID: <20100420031522.77AA@rank-first.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii

<html><body><p>Dear website owner,</p>
<p>We noticed your site example.org is not on the first page of Google.
Register today for our package and get 50%% OFF!</p>
<p>Name: ______ Company: ______ Phone: ______</p>
<p><a href="http://rank-first.example.com/register">REGISTER NOW</a></p>
<p>To unsubscribe reply REMOVE.</p></body></html>
""" % d("2010-04-20 05:15")),
  R("spam with registration words and an empty form"))

add("spam-nl-phishing", Raw("""From: "Webmail Beheer" <beheer@webmail-update.example.net>
To: aanmelden@example.org
Subject: Uw mailbox is bijna vol - bevestig uw account
Date: %s
Message-ID: <8812.phish.4471@webmail-update.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Geachte gebruiker,

Uw mailbox heeft de limiet bereikt. Om uw account actief te houden moet =
u zich binnen 24 uur opnieuw aanmelden met uw gebruikersnaam en wachtwoord:

http://webmail-update.example.net/login

Webmail Beheer
""" % d("2010-05-02 03:03")),
  R("phishing in Dutch ('opnieuw aanmelden')"))

add("ticket-ack", Raw("""From: Servicedesk Corporatie Oefenhuis <servicedesk@corporatie-oefenhuis.example.nl>
To: aanmelden@example.org
Subject: [Ticket #2010-04411] Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
Date: %s
Message-ID: <ticket.2010-04411.ack@corporatie-oefenhuis.example.nl>
Auto-Submitted: auto-generated
X-Mailer: OTRS Mail Service (2.4)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

Uw bericht is ontvangen en geregistreerd onder ticketnummer 2010-04411.
Wij nemen binnen drie werkdagen contact met u op.

Met vriendelijke groet,
Servicedesk Corporatie Oefenhuis
""" % d("2010-03-25 08:22")),
  R("helpdesk ticket acknowledgement (OTRS) with Auto-Submitted: auto-generated"))

add("address-changed-autoreply", Raw("""From: Woningstichting Schetsstad <noreply@schetsstad-wonen.example.nl>
To: aanmelden@example.org
Subject: Ons e-mailadres is gewijzigd
Date: %s
Message-ID: <addr-change.551@schetsstad-wonen.example.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit adres wordt niet meer gelezen. Medewerkers van Woningstichting Schetsstad zijn
vanaf 1 mei 2010 bereikbaar op voornaam.achternaam@schetsstad.example.nl.
Stuur uw bericht opnieuw naar het nieuwe adres.
""" % d("2010-05-03 09:00")),
  R("auto-reply about a changed address"))

add("mailman-digest", Raw("""From: wijkwerkers-request@lists.example.org
To: aanmelden@example.org
Subject: Wijkwerkers Digest, Vol 12, Issue 4
Date: %s
Message-ID: <mailman.4.1270548000.2211.wijkwerkers@lists.example.org>
List-Id: Wijkwerkers Flevoland <wijkwerkers.lists.example.org>
List-Unsubscribe: <https://lists.example.org/mailman/options/wijkwerkers>, <mailto:wijkwerkers-request@lists.example.org?subject=unsubscribe>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Send Wijkwerkers mailing list submissions to
	wijkwerkers@lists.example.org

Today's Topics:

   1. Leergang Almere - wie gaat er? (Lijstlid Een)
   2. Re: Leergang Almere - wie gaat er? (Lijstlid Twee)

----------------------------------------------------------------------

Message: 1
From: Lijstlid Een <lid1@example.nl>
Subject: Leergang Almere - wie gaat er?

Ik heb me net aangemeld voor deSTADSWIJKstudies via aanmelden@example.org.
Naam, organisatie, functie en telefoon opgeven was genoeg. Wie gaat er nog meer?

------------------------------

Message: 2
From: Lijstlid Twee <lid2@example.nl>
Subject: Re: Leergang Almere - wie gaat er?

Ik ook! Tot 1 juni.

End of Wijkwerkers Digest, Vol 12, Issue 4
*******************************************
""" % d("2010-04-06 12:00")),
  R("Mailman digest that mentions registering"))

add("bulk-vendor-training", Raw("""From: Opleidingen Centrum Proef <mailing@ocp-opleidingen.example.com>
To: aanmelden@example.org
Subject: Laatste plaatsen: leergang Wijkgericht Werken - schrijf u nu in
Date: %s
Message-ID: <campaign.88231.aanmelden@ocp-opleidingen.example.com>
Precedence: bulk
List-Unsubscribe: <mailto:unsubscribe@ocp-opleidingen.example.com>
X-Mailer: MailChimp Mailer - **CID8823161f1**
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste professional,

Er zijn nog 4 plaatsen vrij in onze leergang Wijkgericht Werken (start 7 juni).
Inschrijven? Antwoord op deze mail met uw naam, organisatie en functie.

Kosten: EUR 1.295 excl. btw.

Opleidingen Centrum Proef
""" % d("2010-05-04 10:00")),
  R("bulk mail from a training vendor (MailChimp, Precedence: bulk)"))

add("gmail-bounce-plain", Raw("""From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>
To: aanmelden@example.org
Subject: Delivery Status Notification (Failure)
Date: %s
Message-ID: <00151747b5a8c1d2e3f4a5b60000@googlemail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1

This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     ontwikkel12@gmail.example.com

Technical details of permanent failure:
The email account that you tried to reach is over quota.

   ----- Original message -----

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: ontwikkel12@gmail.example.com
Subject: Afmelding bevestigd [J3KW9-XA7PR]

Beste Ontwikkel Twaalf,

U bent afgemeld voor de leergang. Uw referentiecode was J3KW9-XA7PR.
""" % d("2010-04-20 21:02")),
  R("Gmail-style plain-text bounce of the robot's cancellation mail; the code occurs only in the returned text"))

add("ooo-en-exchange-autosubmitted", Raw("""From: Group Person Thirteen <gp13@examplecarehomes.example.com>
To: deSTADSWIJKstudies Almere <aanmelden@example.org>
Subject: Automatic reply: Registration for Almere: Sociale ambities in een groeiende stad: details missing
Date: %s
Message-ID: <BLU0-SMTP44ABCDEF@examplecarehomes.example.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: gp13@examplecarehomes.example.com
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thank you for your message. I am out of the office until Monday 29 March.
For urgent registrations or changes please contact my colleague at
office@examplecarehomes.example.com.

Kind regards,
Group Person Thirteen
""" % d("2010-03-19 11:31")),
  R("English Exchange out-of-office to a 'details missing' mail"))
