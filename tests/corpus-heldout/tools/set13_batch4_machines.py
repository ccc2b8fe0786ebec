"""Set 13, batch 4: mail made by machines (typed byte for byte)."""
from set13_lib import *  # noqa: F401,F403
from set13_lib import add, M, d, quote, rirt, robot_mid, TITLE

TXT = ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
       "Content-Transfer-Encoding: 8bit"]

# Postfix DSN returning a confirmation
_c, _b = conf_nl("Persoon Honderdzestien", "F6K2R-8NW3Y", "Stichting Dinkel",
                 "wijkwerker", "p.honderdzestien@dinkel.example.nl")
add("bounce-postfix-dsn", report(
    ["From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
     "To: aanmelden@example.org",
     "Subject: Undelivered Mail Returned to Sender",
     "Date: " + d("2010-04-20 10:02"),
     "Message-ID: <20100420080201.4F1C22A0B3@mx.example.org>",
     "Auto-Submitted: auto-replied"],
    "4F1C22A0B3.1271750521/mx.example.org",
    [(["Content-Description: Notification",
       "Content-Type: text/plain; charset=us-ascii"],
      """This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<p.honderdzestien@dinkel.example.nl>: host mail.dinkel.example.nl[192.0.2.25]
    said: 550 5.1.1 <p.honderdzestien@dinkel.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table"""),
     (["Content-Description: Delivery report",
       "Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; mx.example.org
X-Postfix-Queue-ID: 4F1C22A0B3
Arrival-Date: Tue, 20 Apr 2010 10:02:00 +0200

Final-Recipient: rfc822; p.honderdzestien@dinkel.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown"""),
     (["Content-Description: Undelivered Message Headers",
       "Content-Type: text/rfc822-headers"],
      robot_head(_c, "confirmation", "F6K2R-8NW3Y",
                 "p.honderdzestien@dinkel.example.nl", "2010-04-20 10:01"))]),
    M("Postfix DSN returning a confirmation", "en"))

# Exchange NDR in Dutch
add("bounce-exchange-nl", report(
    ["From: Postmaster <postmaster@vecht.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Onbestelbaar: Herinnering: dag 1 van " + TITLE,
     "Date: " + d("2010-05-25 06:01"),
     "Message-ID: <a1b2c3d4e5f6@EXCH01.vecht.example.nl>",
     "Content-Language: nl-NL",
     "X-MS-Exchange-Organization-SCL: -1"],
    "_000_a1b2c3d4e5f6EXCH01_",
    [(["Content-Type: text/plain; charset=utf-8",
       "Content-Transfer-Encoding: 8bit"],
      """Levering aan deze ontvangers of distributielijsten is mislukt:

p.honderdzeventien@vecht.example.nl
Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer
het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:

Genererende server: EXCH01.vecht.example.nl

p.honderdzeventien@vecht.example.nl
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns;EXCH01.vecht.example.nl

Final-recipient: RFC822; p.honderdzeventien@vecht.example.nl
Action: failed
Status: 5.1.1""")]), M("Exchange non-delivery report in Dutch", "nl"))

# qmail
add("bounce-qmail", raw_mail(
    ["From: MAILER-DAEMON@mail.regge.example.nl",
     "To: aanmelden@example.org",
     "Subject: failure notice",
     "Date: " + d("2010-04-02 11:30"),
     "Message-ID: <1270200600.13377.qmail@mail.regge.example.nl>"] + TXT,
    """Hi. This is the qmail-send program at mail.regge.example.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<p.honderdachttien@regge.example.nl>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <aanmelden@example.org>
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: p.honderdachttien@regge.example.nl
Subject: Aanmelding %s: wij missen nog gegevens

Beste Persoon Honderdachttien,

Dank voor uw bericht over de leergang. Om u te kunnen aanmelden missen wij nog:
  - organisatie
""" % TITLE), M("qmail bounce with a copy of the robot's mail", "en"))

# Exim
add("bounce-exim", raw_mail(
    ["From: Mail Delivery System <Mailer-Daemon@smtp.hunze.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Mail delivery failed: returning message to sender",
     "Date: " + d("2010-04-15 15:00"),
     "Message-ID: <E1O2Pqr-0003Ab-9x@smtp.hunze.example.nl>",
     "Auto-Submitted: auto-replied",
     "X-Failed-Recipients: p.honderdnegentien@hunze.example.nl"] + TXT,
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  p.honderdnegentien@hunze.example.nl
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: deSTADSWIJKstudies Almere <aanmelden@example.org>
To: p.honderdnegentien@hunze.example.nl
Subject: Uw vraag is doorgestuurd
"""), M("Exim bounce (mailbox full)", "en"))

# Sendmail delay warning
add("delay-sendmail", report(
    ["From: Mail Delivery Subsystem <MAILER-DAEMON@relay.geul.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Warning: could not send message for past 4 hours",
     "Date: " + d("2010-04-21 14:10"),
     "Message-ID: <201004211210.o3LCAxk9012345@relay.geul.example.nl>",
     "Auto-Submitted: auto-generated (warning-timeout)"],
    "o3LCAxk9012345.1271851800/relay.geul.example.nl",
    [(["Content-Type: text/plain; charset=us-ascii"],
      """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Wed, 21 Apr 2010 10:09:55 +0200
from mx.example.org [192.0.2.10]

   ----- Transcript of session follows -----
<p.honderdtwintig@geul.example.nl>... Deferred: Connection timed out
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old"""),
     (["Content-Type: message/delivery-status"],
      """Reporting-MTA: dns; relay.geul.example.nl

Final-Recipient: RFC822; p.honderdtwintig@geul.example.nl
Action: delayed
Status: 4.4.1""")]), M("Sendmail delay warning", "en"))

# Domino
add("bounce-domino", raw_mail(
    ["From: Mail Router <postmaster@notes.mark.example.nl>",
     "To: aanmelden@example.org",
     "Subject: DELIVERY FAILURE: User p.honderdeenentwintig not listed in Domino Directory",
     "Date: " + d("2010-05-04 09:00"),
     "Message-ID: <OF0A1B2C3D.E4F5A6B7-ONC1257700.0031ABCD@mark.example.nl>",
     "X-MIMETrack: Itemize by SMTP Server on NOTES01/ZM(Release 8.5.1)"] + TXT,
    """Your message

  Subject: Bevestiging aanmelding %s

was not delivered to:

  p.honderdeenentwintig@mark.example.nl

because:

  User p.honderdeenentwintig (p.honderdeenentwintig@mark.example.nl) not listed in Domino Directory
""" % TITLE), M("Lotus Domino delivery failure", "en"))

# Gmail-style bounce as plain text, no report
add("bounce-plain-text-gmail-style", raw_mail(
    ["From: Mail Delivery Subsystem <mailer-daemon@example.com>",
     "To: aanmelden@example.org",
     "Subject: Delivery Status Notification (Failure)",
     "Date: " + d("2010-03-20 12:12"),
     "Message-ID: <00163646d8a8b1c2d3e4f5@example.com>"] + TXT,
    """Delivery to the following recipient failed permanently:

     persoonhonderdtweeentwintig@example.com

Technical details of permanent failure:
The email account that you tried to reach does not exist.

----- Original message -----

Subject: Re: aanmelden voor de leergang
"""), M("a Gmail-style bounce in plain text", "en"))

# Read receipt, Outlook Dutch
add("mdn-outlook-nl", report(
    ["From: Persoon Honderddrieentwintig <p.honderddrieentwintig@linge.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Gelezen: Bevestiging aanmelding " + TITLE,
     "Date: " + d("2010-04-22 08:30"),
     "Message-ID: <f00dfeed0001@EXCH.linge.example.nl>",
     "X-Mailer: Microsoft Office Outlook 12.0"],
    "----=_NextPart_000_0011_01CAE1B2.3C4D5E60",
    [(["Content-Type: text/plain; charset=utf-8",
       "Content-Transfer-Encoding: 8bit"],
      """Uw bericht

  Aan: Persoon Honderddrieentwintig
  Onderwerp: Bevestiging aanmelding %s
  Verzonden: donderdag 22 april 2010 8:10

is gelezen op donderdag 22 april 2010 8:30.""" % TITLE),
     (["Content-Type: message/disposition-notification"],
      """Reporting-UA: EXCH.linge.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;p.honderddrieentwintig@linge.example.nl
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"), M("Outlook read receipt in Dutch", "nl"))

# Read receipt, Thunderbird English
add("mdn-thunderbird-en", report(
    ["From: Person Eighty-Five <p.eightyfive@trent.example.com>",
     "To: aanmelden@example.org",
     "Subject: Return Receipt (displayed) - Registration confirmed: " + TITLE,
     "Date: " + d("2010-04-23 09:00"),
     "Message-ID: <4BD14A10.3050607@trent.example.com>",
     "User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; en-GB) Thunderbird/3.0.4"],
    "------------000807050402010503040706",
    [(["Content-Type: text/plain; charset=UTF-8; format=flowed"],
      """This is a Return Receipt for the mail that you sent to
p.eightyfive@trent.example.com.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents."""),
     (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\""],
      """Reporting-UA: trent.example.com; Mozilla Thunderbird
Final-Recipient: rfc822;p.eightyfive@trent.example.com
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"), M("Thunderbird read receipt", "en"))

# Calendar replies
for _slug, _cn, _addr, _stat, _subj, _when in [
        ("ical-accepted-nl", "Persoon Honderdvierentwintig",
         "p.honderdvierentwintig@aa.example.nl", "ACCEPTED",
         "Geaccepteerd: " + TITLE, "2010-04-26 10:00"),
        ("ical-declined-en", "Person Eighty-Six", "p.eightysix@wye.example.com",
         "DECLINED", "Declined: " + TITLE, "2010-04-27 11:00")]:
    _ics = ics_reply10("regbot-day2-" + _addr, _addr, _cn, _stat, _when,
                       "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN",
                       "20100923T094500", "20100923T163000")
    add(_slug, raw_mail(
        ["From: %s <%s>" % (_cn, _addr), "To: aanmelden@example.org",
         "Subject: " + _subj, "Date: " + d(_when),
         "Message-ID: <%s@cal.example.nl>" % h("cal", _slug)[:20],
         "X-Mailer: Microsoft Office Outlook 12.0",
         "MIME-Version: 1.0",
         "Content-Type: text/calendar; method=REPLY; charset=utf-8",
         "Content-Transfer-Encoding: 8bit"], _ics),
        M("a calendar reply (%s) to the agenda attachment" % _stat.lower(),
          "nl" if _slug.endswith("nl") else "en"))

# Out of office, Exchange, robot subject, with headers
add("ooo-exchange-robot-subject", raw_mail(
    ["From: Persoon Honderdvijfentwintig <p.honderdvijfentwintig@giessen.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Automatisch antwoord: Bevestiging aanmelding %s [K8T3W-5MD9Q]" % TITLE,
     "Date: " + d("2010-04-29 12:00"),
     "Message-ID: <bd12ef34@EXCH.giessen.example.nl>",
     "Auto-Submitted: auto-replied",
     "X-Auto-Response-Suppress: All",
     "In-Reply-To: " + robot_mid("confirmation", "K8T3W-5MD9Q")] + TXT,
    """Ik ben tot en met 10 mei met vakantie en lees mijn mail niet.
Voor dringende zaken kunt u bellen met 0183-445566.

Persoon Honderdvijfentwintig
"""), M("Exchange out-of-office to a confirmation", "nl", code="K8T3W-5MD9Q"))

# Out of office full of registration words, no machine headers
add("ooo-registration-words-no-headers", raw_mail(
    ["From: Persoon Honderdzesentwintig <p.honderdzesentwintig@dinkel.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Afwezig: aanmelding leergang",
     "Date: " + d("2010-05-03 09:00"),
     "Message-ID: <20100503070001.77AB@dinkel.example.nl>"] + TXT,
    """Dank voor uw bericht. Ik ben afwezig tot 17 mei.

Voor aanmeldingen en afmeldingen voor cursussen en de leergang kunt u
terecht bij mijn collega via opleidingen@dinkel.example.nl. Wilt u zich
aanmelden voor een training, gebruik dan het inschrijfformulier op intranet.

Met vriendelijke groet,
Persoon Honderdzesentwintig
Stichting Dinkel, afdeling Opleidingen
"""), M("an out-of-office full of registration words, without Auto-Submitted", "nl"))

# English away, no headers
add("ooo-en-no-headers", raw_mail(
    ["From: Person Eighty-Seven <p.eightyseven@severn.example.com>",
     "To: aanmelden@example.org",
     "Subject: Out of Office: Registration confirmed",
     "Date: " + d("2010-04-30 08:00"),
     "Message-ID: <AM0PR01MB1234.eightyseven@severn.example.com>"] + TXT,
    """Thank you for your email. I am out of the office until Monday 10 May with
limited access to email. If you need to cancel or rearrange a meeting, please
contact my assistant on +44 20 7946 0999.

Person Eighty-Seven
"""), M("English out-of-office without machine headers", "en"))

# no longer employed
add("ooo-no-longer-employed", raw_mail(
    ["From: Persoon Honderdzevenentwintig <p.honderdzevenentwintig@niers.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Niet meer in dienst",
     "Date: " + d("2010-05-12 10:00"),
     "Message-ID: <nmid.12345@niers.example.nl>"] + TXT,
    """Persoon Honderdzevenentwintig is niet meer werkzaam bij Woonstichting Niers.
Uw e-mail wordt niet doorgestuurd. Voor vragen kunt u mailen naar
info@niers.example.nl.

Dit is een automatisch gegenereerd bericht.
"""), M("'no longer employed' notice, text only", "nl"))

# Zimbra vacation
add("ooo-zimbra-vacation", raw_mail(
    ["From: Persoon Honderdachtentwintig <p.honderdachtentwintig@lek.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Re: Herinnering: dag 2 van " + TITLE,
     "Date: " + d("2010-09-16 07:00"),
     "Message-ID: <1234567.89.1284620400000.JavaMail.root@zimbra.lek.example.nl>",
     "Auto-Submitted: auto-replied (zimbra; vacation)",
     "Precedence: bulk"] + TXT,
    """Ik ben met verlof tot en met 20 september. Uw bericht wordt niet doorgestuurd.
"""), M("Zimbra vacation reply", "nl"))

# challenge-response
add("challenge-response", raw_mail(
    ["From: Spamfilter <verify@filter.example.com>",
     "To: aanmelden@example.org",
     "Subject: Please confirm your message to p.eightyeight@example.com",
     "Date: " + d("2010-04-21 10:30"),
     "Message-ID: <cr-88a1b2@filter.example.com>",
     "Auto-Submitted: auto-replied"] + TXT,
    """Hello,

You sent a message to p.eightyeight@example.com. To protect against spam, this
address only accepts mail from verified senders. Please click the link below
to confirm you are a real person:

https://filter.example.com/verify?id=88a1b2c3

Your message will be delivered once you confirm.
"""), M("challenge-response filter", "en"))

# TOPdesk
add("ticket-topdesk", topdesk(
    "Servicedesk Welzijn Eem <servicedesk@eem.example.nl>",
    "Melding M1004-0231 geregistreerd: Aanmelding leergang", "2010-04-06 09:00",
    """Geachte heer/mevrouw,

Uw melding is geregistreerd onder nummer M1004-0231.
Omschrijving: Aanmelding leergang

U ontvangt bericht zodra uw melding in behandeling is genomen.

Met vriendelijke groet,
Servicedesk Welzijn Eem""", extra=[("Auto-Submitted", "auto-generated")]),
    M("TOPdesk ticket acknowledgement", "nl"))

# OTRS
add("ticket-otrs", otrs(
    "Helpdesk Zorggroep Vecht <helpdesk@vecht.example.nl>",
    "[Ticket#2010041910000123] Re: Bevestiging aanmelding", "2010-04-19 13:00",
    """Geachte heer/mevrouw,

Wij hebben uw bericht ontvangen en onder ticketnummer 2010041910000123 in
behandeling genomen. Reageer niet op deze mail.

Helpdesk Zorggroep Vecht""", org="Zorggroep Vecht",
    extra=[("X-OTRS-Loop", "yes"), ("Precedence", "bulk")]),
    M("OTRS ticket acknowledgement", "nl"))

# Newsletter (list)
add("newsletter-list", raw_mail(
    ["From: Kennisnetwerk Wijkaanpak <nieuwsbrief@wijkaanpak.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Nieuwsbrief april: meld u nu aan voor de zomerschool",
     "Date: " + d("2010-04-14 07:00"),
     "Message-ID: <nb.2010-04.9911@lists.wijkaanpak.example.nl>",
     "List-Id: Nieuwsbrief Wijkaanpak <nieuwsbrief.wijkaanpak.example.nl>",
     "List-Unsubscribe: <mailto:afmelden@wijkaanpak.example.nl>",
     "Precedence: list"] + TXT,
    """NIEUWSBRIEF KENNISNETWERK WIJKAANPAK - april 2010

* Zomerschool Wijkgericht Werken: aanmelden kan tot 1 juni
* Nieuwe publicatie: Bewoners aan zet
* Agenda: leergang Almere start 1 juni

Wilt u deze nieuwsbrief niet meer ontvangen? Afmelden kan via
afmelden@wijkaanpak.example.nl.
"""), M("a list newsletter with 'aanmelden' and 'afmelden'", "nl"))

# Bulk marketing, HTML only
add("marketing-html", raw_mail(
    ["From: Example Events <news@events.example.com>",
     "To: aanmelden@example.org",
     "Subject: Laatste kans: schrijf u in voor het Congres Sociaal Domein",
     "Date: " + d("2010-05-05 06:30"),
     "Message-ID: <mc.20100505.0630.abc123@events.example.com>",
     "Precedence: bulk",
     "X-Campaign: congres-2010",
     "MIME-Version: 1.0",
     "Content-Type: text/html; charset=utf-8",
     "Content-Transfer-Encoding: 8bit"],
    """<html><body><h1>Congres Sociaal Domein 2010</h1>
<p>Schrijf u vandaag nog in en ontvang 20% korting!</p>
<p><a href="https://events.example.com/inschrijven">Inschrijven</a></p>
<p style="font-size:8pt">Uitschrijven? <a href="https://events.example.com/uit">Klik hier</a>.</p>
</body></html>
"""), M("bulk marketing, HTML only", "nl"))

# List moderation
add("list-moderation", raw_mail(
    ["From: buurtwerk-owner@lists.example.org",
     "To: aanmelden@example.org",
     "Subject: Your message to Buurtwerk awaits moderator approval",
     "Date: " + d("2010-04-08 12:00"),
     "Message-ID: <mailman.42.1270720800.1234.buurtwerk@lists.example.org>",
     "Auto-Submitted: auto-generated",
     "X-Mailman-Version: 2.1.13"] + TXT,
    """Your mail to 'Buurtwerk' with the subject

    Bevestiging aanmelding leergang

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list
"""), M("Mailman moderation notice", "en"))

# General mailbox acknowledgement, no machine headers
add("general-mailbox-ack", raw_mail(
    ["From: Info Stichting Slinge <info@slinge.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Ontvangstbevestiging",
     "Date: " + d("2010-04-16 16:00"),
     "Message-ID: <ack.7788@slinge.example.nl>"] + TXT,
    """Hartelijk dank voor uw e-mail aan Stichting Slinge. Wij streven ernaar uw
bericht binnen vijf werkdagen te beantwoorden.

Dit is een automatisch bericht; u hoeft hierop niet te reageren.
"""), M("a general mailbox's acknowledgement, text only", "nl"))

# Phishing, no headers
add("phishing-mailbox", raw_mail(
    ["From: Webmail Beheer <beheer@webmail-support.example.com>",
     "To: aanmelden@example.org",
     "Subject: Bevestig uw aanmelding om uw mailbox te behouden",
     "Date: " + d("2010-05-07 03:14"),
     "Message-ID: <x9y8z7@webmail-support.example.com>"] + TXT,
    """Beste gebruiker,

Uw mailbox heeft de opslaglimiet bereikt. Bevestig binnen 24 uur uw
aanmelding met uw gebruikersnaam en wachtwoord via onderstaande link, anders
wordt uw account afgemeld:

http://webmail-support.example.com/bevestig

Webmail Beheer
"""), M("phishing written as text", "nl"))

# Spam, English
add("spam-en-webinar", raw_mail(
    ["From: Growth Team <hello@leads.example.com>",
     "To: aanmelden@example.org",
     "Subject: Register NOW - free webinar on doubling your sign-ups",
     "Date: " + d("2010-05-11 02:00"),
     "Message-ID: <spam.5544@leads.example.com>"] + TXT,
    """Hi friend,

Want 10x more registrations for your events? Register for our FREE webinar
today and learn the secret. Seats are limited - sign up before it's too late!

Unsubscribe: reply STOP
"""), M("English spam with registration words", "en"))

# Spam, Dutch lottery
add("spam-nl-prijs", raw_mail(
    ["From: Nationale Prijzenclub <winnaar@prijzen.example.com>",
     "To: aanmelden@example.org",
     "Subject: Gefeliciteerd! U heeft gewonnen",
     "Date: " + d("2010-03-27 04:00"),
     "Message-ID: <lot.1122@prijzen.example.com>"] + TXT,
    """Gefeliciteerd! Uw e-mailadres is uitgeloot voor een prijs van EUR 5.000.
Meld u binnen 48 uur aan met uw naam, adres en rekeningnummer om de prijs te
ontvangen.
"""), M("Dutch prize spam", "nl"))

_ics = ics_reply10("regbot-day3-p.honderdveertig@roer.example.nl",
                   "p.honderdveertig@roer.example.nl", "Persoon Honderdveertig",
                   "TENTATIVE", "2010-10-27 09:00",
                   "-//Apple Inc.//iCal 4.0.3//EN", "20101102T094500",
                   "20101102T163000")
add("ical-tentative-apple", raw_mail(
    ["From: Persoon Honderdveertig <p.honderdveertig@roer.example.nl>",
     "To: aanmelden@example.org",
     "Subject: Voorlopig: " + TITLE,
     "Date: " + d("2010-10-27 09:00"),
     "Message-ID: <%s@roer.example.nl>" % h("cal", "tentative")[:20].upper(),
     "X-Mailer: Apple Mail (2.1078)",
     "MIME-Version: 1.0",
     "Content-Type: text/calendar; method=REPLY; charset=utf-8",
     "Content-Transfer-Encoding: 8bit"], _ics),
    M("a tentative calendar reply", "nl"))
