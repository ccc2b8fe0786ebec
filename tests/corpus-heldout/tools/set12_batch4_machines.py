"""Set 12, batch 4: machine-made mail (107-136), typed byte for byte.

Codes met here: the confirmation of Lantaarnopsteker Vijftien G7RKM-4TQ2X and of
Rietdekker Zestien H3WPN-8CYD5 (batch 1) come back in bounces.
"""
from set12_lib import *  # noqa: F401,F403
from set12_lib import (add, M, conf_nl, robot_raw, robot_head, report,  # noqa: F401
                       raw_mail, d, h, robot_mid, rirt, b64lines,
                       ics_reply10, Raw)

_cs, _cb = conf_nl("Rietdekker Zestien", "H3WPN-8CYD5", "Welzijn Leisteen",
                   "opbouwwerker", "r.zestien@leisteen.example.nl")


def mm(slug, raw, why, lang="nl", code=None):
    add(slug, raw, M(why, lang, code))


# 107 Postfix DSN returning a confirmation
mm("bounce-postfix-dsn", report([
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
    "To: aanmelden@example.org",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: " + d("2010-03-06 10:02"),
    "Message-ID: <20100306090211.3F2A1B8123@mx.example.org>",
    "Auto-Submitted: auto-replied"], "3F2A1B8123.1267866131/mx.example.org", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<r.zestien@leisteen.example.nl>: host mail.leisteen.example.nl[192.0.2.20]
    said: 550 5.1.1 <r.zestien@leisteen.example.nl>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx.example.org
X-Postfix-Queue-ID: 3F2A1B8123
Arrival-Date: Sat,  6 Mar 2010 10:02:09 +0100

Final-Recipient: rfc822; r.zestien@leisteen.example.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <r.zestien@leisteen.example.nl>: Recipient
    address rejected: User unknown in virtual mailbox table"""),
    (["Content-Description: Undelivered Message Headers",
      "Content-Type: text/rfc822-headers"],
     robot_head(_cs, "confirmation", "H3WPN-8CYD5", "r.zestien@leisteen.example.nl",
                "2010-03-06 10:02"))]),
   "Postfix DSN returning Rietdekker's confirmation", code="H3WPN-8CYD5")

# 108 Exchange NDR in Dutch, plain text
mm("bounce-exchange-nl-plain", raw_mail([
    "From: Systeembeheerder <postmaster@zorggroep-graniet.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Onbestelbaar: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad",
    "Date: " + d("2010-04-02 14:10"),
    "Message-ID: <ndr-7731@zorggroep-graniet.example.nl>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit"],
    """Uw bericht heeft sommige of alle geadresseerden niet bereikt.

      Onderwerp:  Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad
      Verzonden op:  2-4-2010 14:09

De volgende geadresseerde(n) zijn niet bereikbaar:

      g.vierenzestig@zorggroep-graniet.example.nl op 2-4-2010 14:10
            Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren.
            <mail.zorggroep-graniet.example.nl #5.2.2 smtp;554 5.2.2 mailbox full>
"""), "Exchange NDR in Dutch, mailbox full")

# 109 qmail
mm("bounce-qmail", raw_mail([
    "From: MAILER-DAEMON@mail.example.com",
    "To: aanmelden@example.org",
    "Subject: failure notice",
    "Date: " + d("2010-03-24 13:10"),
    "Message-ID: <20100324121011.4471.qmail@mail.example.com>"],
    """Hi. This is the qmail-send program at mail.example.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<netbreier.vierendertig@hotmail.example.com>:
192.0.2.55 does not like recipient.
Remote host said: 550 Requested action not taken: mailbox unavailable
Giving up on 192.0.2.55.

--- Below this line is a copy of the message.

""" + robot_raw("Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [Z7RHC-5KQ2W]",
                "Beste Netbreier Vierendertig,\n\nU bent aangemeld voor de leergang\n\"Almere: Sociale ambities in een groeiende stad\".\nUw plaats is bevestigd.\n\nUw referentiecode is Z7RHC-5KQ2W.",
                "confirmation", "Z7RHC-5KQ2W", "netbreier.vierendertig@hotmail.example.com",
                "2010-03-24 13:09")), "qmail bounce with a copy of the robot's mail",
   code="Z7RHC-5KQ2W")

# 110 Exim
mm("bounce-exim-en", raw_mail([
    "From: Mail Delivery System <Mailer-Daemon@smtp.example.net>",
    "To: aanmelden@example.org",
    "Subject: Mail delivery failed: returning message to sender",
    "Date: " + d("2010-04-28 16:00"),
    "Message-ID: <E1O75Xy-0003Ab-Qd@smtp.example.net>",
    "Auto-Submitted: auto-replied"],
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  scrivener@marble-trust.example.com
    SMTP error from remote mail server after RCPT TO:<scrivener@marble-trust.example.com>:
    host mx.marble-trust.example.com [192.0.2.91]: 550 No such user here

------ This is a copy of the message, including all the headers. ------

""" + robot_head("Registration confirmed: Almere: Sociale ambities in een groeiende stad [4KMW7-RT2ZD]",
                 "confirmation", "4KMW7-RT2ZD", "scrivener@marble-trust.example.com",
                 "2010-04-28 15:59", "en")),
   "Exim bounce", "en", code="4KMW7-RT2ZD")

# 111 delay notice
mm("delay-postfix", report([
    "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
    "To: aanmelden@example.org",
    "Subject: Delayed Mail (still being retried)",
    "Date: " + d("2010-04-08 19:12"),
    "Message-ID: <20100408171201.77C1@mx.example.org>",
    "Auto-Submitted: auto-replied"], "77C1.1270746721/mx.example.org", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
     """This is the mail system at host mx.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<lockkeeper@slatewell-consult.example.com>: connect to
    mx.slatewell-consult.example.com[192.0.2.33]:25: Connection timed out"""),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
     """Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; lockkeeper@slatewell-consult.example.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Tue, 13 Apr 2010 15:10:00 +0200""")]), "a delay warning", "en")

# 112 read receipt, Outlook Dutch
mm("read-receipt-outlook-nl", report([
    "From: Zadelmaker Achttien <z.achttien@zorggroep-graniet.example.nl>",
    "To: aanmelden@example.org",
    "Subject: Gelezen: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [P8XDK-2CM5N]",
    "Date: " + d("2010-03-11 08:02"),
    "Message-ID: <rr-11@zorggroep-graniet.example.nl>"], "----=_rr_11", [
    (["Content-Type: text/plain; charset=utf-8"],
     """Uw bericht

  Aan: Zadelmaker Achttien
  Onderwerp: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [P8XDK-2CM5N]
  Verzonden: woensdag 10 maart 2010 11:05

is gelezen op donderdag 11 maart 2010 8:02."""),
    (["Content-Type: message/disposition-notification"],
     """Reporting-UA: zorggroep-graniet.example.nl; Microsoft Office Outlook 12.0
Final-Recipient: rfc822;z.achttien@zorggroep-graniet.example.nl
Original-Message-ID: """ + robot_mid("confirmation", "P8XDK-2CM5N") + """
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"), "a read receipt", code="P8XDK-2CM5N")

# 113 read receipt, Thunderbird English
mm("read-receipt-tb-en", report([
    "From: Clockmaker TwentyOne <clockmaker.twentyone@shale-housing.example.org>",
    "To: aanmelden@example.org",
    "Subject: Return Receipt (displayed) - Registration confirmed: Almere: Sociale ambities in een groeiende stad [6TWQ9-MH3BX]",
    "Date: " + d("2010-04-09 09:00"),
    "Message-ID: <4BBED0C0.4050801@shale-housing.example.org>"], "------------rr113", [
    (["Content-Type: text/plain; charset=UTF-8"],
     "This is a Return Receipt for the mail that you sent to clockmaker.twentyone@shale-housing.example.org.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."),
    (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\""],
     """Reporting-UA: shale-housing.example.org; Mozilla Thunderbird
Final-Recipient: rfc822;clockmaker.twentyone@shale-housing.example.org
Original-Message-ID: """ + robot_mid("confirmation", "6TWQ9-MH3BX") + """
Disposition: manual-action/MDN-sent-manually; displayed""")],
    report_type="disposition-notification"), "a read receipt in English", "en",
    code="6TWQ9-MH3BX")


def cal(slug, who, cn, partstat, subj, stamp, why, lang="nl", prodid=None,
        comment=None):
    ics = ics_reply10("regbot-dag1-" + h("uid", who)[:12] + "@example.org", who, cn,
                      partstat, stamp,
                      prodid or "-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN",
                      "20100601T094500", "20100601T163000", comment=comment)
    mm(slug, raw_mail([
        "From: %s <%s>" % (cn, who), "To: aanmelden@example.org",
        "Subject: " + subj, "Date: " + d(stamp),
        "Message-ID: <cal-%s@%s>" % (h("cal", slug)[:10], who.split("@")[1]),
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative; boundary=\"cal_%s\"" % slug], 
        "--cal_%s\nContent-Type: text/plain; charset=utf-8\n\n%s\n\n--cal_%s\n"
        "Content-Type: text/calendar; charset=utf-8; method=REPLY\n\n%s\n--cal_%s--\n"
        % (slug, comment or "", slug, ics, slug)), why, lang)


cal("calendar-accepted-nl", "l.vijftien@basalt.example.nl", "Lantaarnopsteker Vijftien",
    "ACCEPTED", "Geaccepteerd: Almere: Sociale ambities in een groeiende stad - dag 1",
    "2010-03-04 12:00", "calendar reply: accepted")
cal("calendar-declined-en", "ropemaker.fourteen@example-granite.example.com", "Ropemaker Fourteen",
    "DECLINED", "Declined: Almere: Sociale ambities in een groeiende stad - day 1",
    "2010-05-26 09:30", "calendar reply: declined (not a cancellation)", "en",
    comment="Sorry, I can't make the first day.")
cal("calendar-tentative-nl", "k.eenenvijftig@basalt.example.nl", "Knopenmaker Eenenvijftig",
    "TENTATIVE", "Voorlopig: Almere: Sociale ambities in een groeiende stad - dag 1",
    "2010-03-16 08:15", "calendar reply: tentative",
    prodid="-//Google Inc//Google Calendar 70.9054//EN")

# out-of-office replies
def ooo(slug, frm, subj, stamp, body, why, lang="nl", extra=(), ctype="text/plain; charset=utf-8"):
    mm(slug, raw_mail(["From: " + frm, "To: aanmelden@example.org",
                       "Subject: " + subj, "Date: " + d(stamp),
                       "Message-ID: <ooo-%s@%s>" % (h("ooo", slug)[:12], frm.split("@")[1].rstrip(">"))]
                      + list(extra) + ["MIME-Version: 1.0", "Content-Type: " + ctype,
                                       "Content-Transfer-Encoding: 8bit"], body), why, lang)


ooo("ooo-exchange-nl", "Zadelmaker Achttien <z.achttien@zorggroep-graniet.example.nl>",
    "Automatisch antwoord: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [P8XDK-2CM5N]",
    "2010-03-10 11:06", """Ik ben afwezig tot en met maandag 15 maart. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het secretariaat Wijkzorg, 036 - 530 90 00.

Zadelmaker Achttien""", "Exchange out-of-office (with the robot's subject and code)",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
ooo("ooo-no-headers-registration-words", "Zilversmid Negenendertig <z.negenendertig@zandsteen.example.org>",
    "Afwezig", "2010-05-14 10:00", """Beste afzender,

Ik ben met vakantie tot 31 mei. Wilt u zich aanmelden voor een van onze cursussen of een aanmelding wijzigen? Mail dan naar cursussen@zandsteen.example.org. Afmelden voor activiteiten kan via hetzelfde adres.

Met vriendelijke groet,
Zilversmid Negenendertig""", "out-of-office without Auto-Submitted, full of registration words")
ooo("ooo-en", "Ostler Eighteen <ostler@marble-trust.example.com>",
    "Out of Office: Registrations - three staff", "2010-03-24 15:13",
    """Thank you for your email. I am out of the office until Monday 29 March with limited access to email. For urgent matters please contact info@marble-trust.example.com.

Ostler""", "English out-of-office", "en",
    extra=["Auto-Submitted: auto-replied", "Precedence: bulk"])
ooo("ooo-html-only-nl", "Stoelenmatter Vijfendertig <s.vijfendertig@marmer.example.nl>",
    "Afwezigheidsbericht", "2010-05-03 09:00",
    """<html><body><p><b>Afwezig</b></p><p>Tot en met 10 mei ben ik niet op kantoor. Uw bericht wordt na mijn terugkomst behandeld.</p><p>Stoelenmatter Vijfendertig<br>Woonstichting Marmer</p></body></html>""",
    "HTML-only out-of-office", ctype="text/html; charset=utf-8")
ooo("ooo-no-longer-employed", "Netboeter Driehonderd <n.driehonderd@lava-kinderopvang.example.nl>",
    "Niet meer werkzaam: 2 aanmeldingen", "2010-09-16 10:00",
    """Netboeter Driehonderd is niet meer werkzaam bij Kinderopvang Lava. Uw bericht is niet doorgestuurd. Voor vragen over deelname aan trainingen kunt u terecht bij p&o@lava-kinderopvang.example.nl.""",
    "'no longer employed' auto-reply", extra=["Auto-Submitted: auto-generated"])
ooo("ooo-zimbra-vacation", "Schaapherder Negenentachtig <s.negenentachtig@mergelland.example.nl>",
    "Re: Aanmelding leergang", "2010-04-19 11:12",
    """Ik ben op vakantie van 17 april t/m 2 mei. In dringende gevallen: bel 036-5332000.

Schaapherder""", "Zimbra vacation reply with a 'Re:' subject", extra=["Auto-Submitted: auto-replied (zimbra; vacation)"])

# challenge-response
mm("challenge-response", raw_mail([
    "From: Spamfilter <verify@filter.example.com>", "To: aanmelden@example.org",
    "Subject: Please confirm your message to drover.thirtyfour@example.com",
    "Date: " + d("2010-04-15 10:12"),
    "Message-ID: <cr-5501@filter.example.com>", "Auto-Submitted: auto-replied"],
    """Hello,

You sent a message to drover.thirtyfour@example.com. To protect against spam, this address only accepts mail from confirmed senders. Please click the link below to confirm that you are a person:

http://filter.example.com/confirm?id=5501aab

This is an automated message; replies are not read."""), "challenge-response", "en")

# ticket systems
mm("ticket-topdesk", raw_mail([
    "From: Servicedesk Gemeente <servicedesk@almere.nl>", "To: aanmelden@example.org",
    "Subject: [Melding M1004-2231] Aanmelding Almere: Sociale ambities in een groeiende stad",
    "Date: " + d("2010-04-01 09:00"),
    "Message-ID: <topdesk-m10042231@almere.nl>", "X-Mailer: TOPdesk 5.2",
    "Auto-Submitted: auto-generated", "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8"],
    """Geachte heer/mevrouw,

Uw melding is geregistreerd onder nummer M1004-2231. U ontvangt bericht zodra uw melding in behandeling wordt genomen.

Dit is een automatisch gegenereerd bericht."""), "a ticket acknowledgement")
mm("ticket-otrs-en", raw_mail([
    "From: Support <support@slate-venues.example.com>", "To: aanmelden@example.org",
    "Subject: [Ticket#2010041510000123] Received: Re: Venue for your course in Almere?",
    "Date: " + d("2010-04-15 12:05"),
    "Message-ID: <otrs-1234@slate-venues.example.com>",
    "X-Mailer: OTRS Mail Service (2.4.7)", "Precedence: bulk",
    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"],
    """Dear customer,

Thank you for your message. A ticket has been created: 2010041510000123. Please keep the ticket number in the subject of any reply so we can register it correctly.

Your Support Team"""), "an OTRS ticket acknowledgement", "en")


def simple(slug, hdrs, body, why, lang="nl", ctype="text/plain; charset=utf-8"):
    mm(slug, raw_mail(hdrs + ["MIME-Version: 1.0", "Content-Type: " + ctype,
                              "Content-Transfer-Encoding: 8bit"], body), why, lang)


simple("bounce-gmail-style-plain", [
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
    "To: aanmelden@example.org", "Subject: Delivery Status Notification (Failure)",
    "Date: " + d("2010-03-06 08:00"),
    "Message-ID: <00163641a3b2c8d1e90482f0a1@googlemail.example.com>"],
    """Delivery to the following recipient failed permanently:

     rietdekker.zestien@gmail.example.com

Technical details of permanent failure:
The email account that you tried to reach is disabled.

----- Original message -----

Subject: Aanmelding Almere: Sociale ambities in een groeiende stad: wij missen nog gegevens
From: deSTADSWIJKstudies Almere <aanmelden@example.org>
""", "Gmail-style plain-text bounce", "en")

simple("bounce-domino", [
    "From: Postmaster@zandsteen.example.org", "To: aanmelden@example.org",
    "Subject: DELIVERY FAILURE: User garnalenpeller.tweehonderd (g.tweehonderd@zandsteen.example.org) not listed in Domino Directory",
    "Date: " + d("2010-04-26 10:30"),
    "Message-ID: <OF77A2B1C0.9D8E7F60-ONC1257708.0036A1B2@zandsteen.example.org>",
    "Auto-Submitted: auto-generated"],
    """Your message

  Subject: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [W3HYN-6PZ8K]

was not delivered to:

  g.tweehonderd@zandsteen.example.org

because:

  User garnalenpeller.tweehonderd (g.tweehonderd@zandsteen.example.org) not listed in Domino Directory
""", "Domino bounce")

simple("success-dsn-relayed", [
    "From: MAILER-DAEMON@relay.almere.nl", "To: aanmelden@example.org",
    "Subject: Successful Mail Delivery Report", "Date: " + d("2010-04-01 10:02"),
    "Message-ID: <20100401080201.A1B2C3@relay.almere.nl>", "Auto-Submitted: auto-replied"],
    """This is the mail system at host relay.almere.nl.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

<peenenzeventig@almere.nl>: delivery via exchange.almere.nl[192.0.2.10]:25: 250 2.6.0 Queued mail for delivery
""", "a success report", "en")

simple("newsletter-mailman", [
    "From: Nieuwsbrief Sociaal Domein Flevoland <nieuwsbrief-bounces@lists.example.org>",
    "To: aanmelden@example.org",
    "Subject: [Sociaal Domein] Nieuwsbrief april 2010: aanmelden voor de regiodag!",
    "Date: " + d("2010-04-14 06:00"),
    "Message-ID: <mailman.44.1271217600.2114.sociaaldomein@lists.example.org>",
    "List-Id: Nieuwsbrief Sociaal Domein <sociaaldomein.lists.example.org>",
    "List-Unsubscribe: <http://lists.example.org/listinfo/sociaaldomein>, <mailto:sociaaldomein-request@lists.example.org?subject=unsubscribe>",
    "Precedence: list"],
    """NIEUWSBRIEF SOCIAAL DOMEIN FLEVOLAND - april 2010

1. Meld u nu aan voor de Regiodag Wijkgericht Werken (20 mei, Lelystad)
2. Nieuwe subsidieregeling voor bewonersinitiatieven
3. Agenda

Aanmelden voor de regiodag: stuur een mail met uw naam en organisatie naar regiodag@lists.example.org.

_______________________________________________
Afmelden voor deze nieuwsbrief: http://lists.example.org/listinfo/sociaaldomein
""", "a list newsletter with registration words")

simple("bulk-marketing-html", [
    "From: Opleidingen Plus <news@opleidingenplus.example.com>", "To: aanmelden@example.org",
    "Subject: Laatste kans: schrijf u in voor onze masterclass Leiderschap (20% korting)",
    "Date: " + d("2010-05-04 07:30"),
    "Message-ID: <mc.20100504.aanmelden@mail.opleidingenplus.example.com>",
    "List-Unsubscribe: <http://opleidingenplus.example.com/unsub?u=aanmelden>",
    "Precedence: bulk", "X-Mailer: MailChimp Mailer - **CID8821ab**"],
    """<html><body><h1>Masterclass Leiderschap in het Sociaal Domein</h1><p>Schrijf u vóór 15 mei in en ontvang 20% korting. <a href="http://opleidingenplus.example.com/inschrijven">Direct inschrijven</a></p><p><small>U ontvangt deze mail omdat u zich heeft aangemeld voor onze nieuwsbrief. <a href="http://opleidingenplus.example.com/unsub">Afmelden</a></small></p></body></html>""",
    "bulk marketing, HTML only", ctype="text/html; charset=utf-8")

simple("phishing-mailbox-quota", [
    "From: Webmail Beheer <beheer@webmail-almere-nl.example.com>", "To: aanmelden@example.org",
    "Subject: Uw mailbox is bijna vol - bevestig uw account", "Date: " + d("2010-04-20 03:12"),
    "Message-ID: <20100420031200.99120@webmail-almere-nl.example.com>"],
    """Beste gebruiker,

Uw mailbox heeft 98% van de limiet bereikt. Bevestig binnen 24 uur uw account door uw gebruikersnaam en wachtwoord in te vullen op de onderstaande link, anders wordt uw account geblokkeerd:

http://webmail-almere-nl.example.com/verify

Webmail Beheer""", "phishing")

simple("spam-en-lottery", [
    "From: \"Intl. Award Dept\" <award@promo.example.net>", "To: undisclosed-recipients:;",
    "Subject: CONGRATULATIONS - Register to claim your prize", "Date: " + d("2010-03-27 02:44"),
    "Message-ID: <8812.award@promo.example.net>"],
    """Dear Winner,

Your email address has won EUR 850,000 in our international online draw. To register your claim, reply with your full name, address and phone number.

Claims Agent""", "spam", "en")

simple("moderation-notice", [
    "From: sociaaldomein-owner@lists.example.org", "To: aanmelden@example.org",
    "Subject: Your message to Sociaaldomein awaits moderator approval",
    "Date: " + d("2010-05-12 13:30"),
    "Message-ID: <mailman.12.1273663800.2114.sociaaldomein@lists.example.org>",
    "Precedence: bulk", "Auto-Submitted: auto-replied"],
    """Your mail to 'Sociaaldomein' with the subject

    Re: Uw aanmelding voor Almere: Sociale ambities in een groeiende stad

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list
""", "a list's moderation notice", "en")

simple("auto-ack-general-mailbox", [
    "From: Info Stichting Agaat <info@agaat.example.org>", "To: aanmelden@example.org",
    "Subject: Ontvangstbevestiging: Re: aanmelding leergang",
    "Date: " + d("2010-03-19 10:03"),
    "Message-ID: <ack-5120@agaat.example.org>", "Auto-Submitted: auto-replied"],
    """Hartelijk dank voor uw bericht aan Stichting Agaat. Wij streven ernaar uw e-mail binnen vijf werkdagen te beantwoorden.

Wilt u zich aanmelden voor een van onze activiteiten? Vul dan het aanmeldformulier in op onze website.

Stichting Agaat""", "a general mailbox's auto-acknowledgement with registration words")

simple("ooo-en-cancel-words-no-header", [
    "From: Chimneysweep TwentyTwo <c.twentytwo@flint-trust.example.com>", "To: aanmelden@example.org",
    "Subject: Away: Registration confirmed: Almere: Sociale ambities in een groeiende stad [9MCRK-T4VWH]",
    "Date: " + d("2010-04-28 16:01"),
    "Message-ID: <away-77@flint-trust.example.com>"], """I'm on leave until 10 May. If you need to cancel or change a booking for one of our youth activities, please contact bookings@flint-trust.example.com.

Chimneysweep""", "English away message with 'cancel', no Auto-Submitted", "en")

simple("spam-nl-seo", [
    "From: Marketing Top10 <info@top10-vindbaar.example.net>", "To: aanmelden@example.org",
    "Subject: Meer aanmeldingen voor uw cursus via Google?", "Date: " + d("2010-05-08 05:15"),
    "Message-ID: <top10.99812@top10-vindbaar.example.net>", "Precedence: bulk"],
    """Geachte ondernemer,

Wilt u meer aanmeldingen voor uw cursussen? Wij zorgen binnen 30 dagen voor een toppositie in Google. Reageer vandaag en ontvang een gratis analyse.

Klik hier om u af te melden voor deze berichten.""", "spam in Dutch")
