"""Set 3, batch 4: machine mail (bounces, auto-replies, receipts, lists, spam).

Given byte for byte; the mails they return are rendered from the templates.
"""
from set3_lib import *  # noqa: F401,F403
from set3_lib import dsn, mime_head

RET = "deSTADSWIJKstudies Almere <aanmelden@example.org>"


def conf_mail(name, code, email, date, org="Stichting Pilotwijk", role="medewerker"):
    s, b = conf_nl(name, code, org, role, email)
    return robot_mail(s, b, "confirmation", code, "%s <%s>" % (name, email), date)


# 105 Postfix DSN, user unknown
add("bounce-postfix-dsn", dsn(
    "MAILER-DAEMON@mx1.pilotwijk.example.nl (Mail Delivery System)",
    "Undelivered Mail Returned to Sender", "2010-03-02 09:13",
    "<20100302081302.4A1B2C3D4E@mx1.pilotwijk.example.nl>",
    """This is the mail system at host mx1.pilotwijk.example.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.eeen@pilotwijk.example.nl>: host mail.pilotwijk.example.nl[192.0.2.10] said:
    550 5.1.1 <t.eeen@pilotwijk.example.nl>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)""",
    "mx1.pilotwijk.example.nl", "t.eeen@pilotwijk.example.nl", "failed", "5.1.1",
    "smtp; 550 5.1.1 <t.eeen@pilotwijk.example.nl>: Recipient address rejected: User unknown in local recipient table",
    conf_mail("Toehoorder Een", "T7EPW-5KJRM", "t.eeen@pilotwijk.example.nl", "2010-03-02 09:12"),
    extra="Auto-Submitted: auto-replied\n"),
    R("Postfix DSN: the confirmation could not be delivered"))

# 106 Exchange 2007 DSN in Dutch
add("bounce-exchange-nl", dsn(
    "postmaster@proefhaven.example.org", "Onbestelbaar: " + conf_nl("Planner Negenenveertig", "P9NVG-6WQRB", "Zorgcentrum Proefhaven", "planner", "p49@proefhaven.example.org")[0],
    "2010-03-16 09:47", "<8F2C1A5E0B1D4E7A9C3B@EXCH01.proefhaven.example.org>",
    """Levering is mislukt voor deze ontvangers of distributielijsten:

p49@proefhaven.example.org
Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft voordoen.

Diagnostische informatie voor beheerders:

Genererende server: EXCH01.proefhaven.example.org

p49@proefhaven.example.org
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##""",
    "EXCH01.proefhaven.example.org", "p49@proefhaven.example.org", "failed", "5.1.1",
    "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    conf_mail("Planner Negenenveertig", "P9NVG-6WQRB", "p49@proefhaven.example.org", "2010-03-16 09:47",
              "Zorgcentrum Proefhaven", "planner"),
    extra="Content-Language: nl-NL\nX-MS-Exchange-Organization-SCL: -1\n"),
    R("Exchange DSN in Dutch"))

# 107 Exim plain-text bounce
_ret = conf_mail("Werker Zesenvijftig", "W6ZVF-3HTNA", "w56@ergenswijk.example.org", "2010-03-25 13:53",
                 "Welzijn Ergenswijk", "ouderenwerker")
add("bounce-exim-plain", Raw(mime_head(
    "Mail Delivery System <Mailer-Daemon@mail.ergenswijk.example.org>", "aanmelden@example.org",
    "Mail delivery failed: returning message to sender", "2010-03-25 13:54",
    "<E1NuoXk-0003Qa-Fq@mail.ergenswijk.example.org>", "X-Failed-Recipients: w56@ergenswijk.example.org\nAuto-Submitted: auto-replied\n")
    + "\n"
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n\n"
    "  w56@ergenswijk.example.org\n    mailbox is full: retry timeout exceeded\n\n"
    "------ This is a copy of the message, including all the headers. ------\n\n"
    + "Return-path: <>\n" + _ret), R("Exim plain-text bounce, mailbox full"))

# 108 sendmail DSN with text/rfc822-headers
add("bounce-sendmail-headers", dsn(
    "Mail Delivery Subsystem <MAILER-DAEMON@smtp.roc.example.nl>", "Returned mail: see transcript for details",
    "2010-04-08 20:39", "<201004081839.o38Id1Lx012345@smtp.roc.example.nl>",
    """The original message was received at Thu, 8 Apr 2010 20:38:59 +0200
from relay.example.org [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<d74@roc.example.nl>
    (reason: 550 5.7.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mailstore.roc.example.nl.:
>>> DATA
<<< 550 5.7.1 Mailbox disabled for this recipient
550 5.1.1 <d74@roc.example.nl>... User unknown""",
    "smtp.roc.example.nl", "d74@roc.example.nl", "failed", "5.7.1",
    "smtp; 550 5.7.1 Mailbox disabled for this recipient",
    conf_mail("Docent Vierenzeventig", "R7KWB-9PLQT", "d74@roc.example.nl", "2010-04-08 20:38",
              "ROC Oefenstad", "docent burgerschap"), headers_only=True,
    arrival="Thu, 8 Apr 2010 20:38:59 +0200"),
    R("sendmail DSN returning only the headers"))

# 109 qmail
add("bounce-qmail", Raw(mime_head(
    "MAILER-DAEMON@mail.taalhuis.example.org", "aanmelden@example.org", "failure notice",
    "2010-04-15 08:01", "<20100415060102.22841.qmail@mail.taalhuis.example.org>")
    + "Content-Type: text/plain; charset=us-ascii\n\n"
    "Hi. This is the qmail-send program at mail.taalhuis.example.org.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    "<w124@taalhuis.example.org>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
    "--- Below this line is a copy of the message.\n\n"
    "Return-Path: <>\nFrom: " + RET + "\nTo: w124@taalhuis.example.org\n"
    "Subject: Ontvangen: Aanmelding volgt\nAuto-Submitted: auto-replied\n\n"
    "Beste heer/mevrouw,\n\nDank voor uw bericht over de leergang\n\"" + TITLE + "\".\n"
    "Wij hebben het doorgestuurd naar het programmasecretariaat; u krijgt\n"
    "zo snel mogelijk persoonlijk antwoord.\n"), R("qmail bounce of a 'received' mail"))

# 110 Domino DSN
add("bounce-domino", dsn(
    "Postmaster@mee.example.nl", "DELIVERY FAILURE: User o85 (o85@mee.example.nl) not listed in Domino Directory",
    "2010-04-20 09:50", "<OFA1B2C3D4.E5F60718-ON852576FF.002A3B4C@mee.example.nl>",
    """Your message

  Subject: """ + conf_nl("Ondersteuner Vijfentachtig", "O8VTM-4DCKE", "MEE Voorbeeldland", "cliëntondersteuner", "o85@mee.example.nl")[0] + """

was not delivered to:

  o85@mee.example.nl

because:

  User o85 (o85@mee.example.nl) not listed in Domino Directory""",
    "mail01.mee.example.nl", "o85@mee.example.nl", "failed", "5.0.0", None,
    conf_mail("Ondersteuner Vijfentachtig", "O8VTM-4DCKE", "o85@mee.example.nl", "2010-04-20 09:49",
              "MEE Voorbeeldland", "cliëntondersteuner"), headers_only=True),
    R("Domino DSN, user not in directory"))

# 111 GroupWise bounce
add("bounce-groupwise", Raw(mime_head(
    "Postmaster <postmaster@bibliotheek.example.nl>", "aanmelden@example.org",
    "Message status - undeliverable", "2010-03-12 10:12",
    "<4B9A0F2E.GWIA.1@bibliotheek.example.nl>", "X-Mailer: Novell GroupWise Internet Agent 8.0.1\n")
    + "Content-Type: text/plain; charset=us-ascii\n\n"
    "The message that you sent was undeliverable to the following:\n"
    "\tkwartiermaker.elf (user not found)\n\n"
    "Possibly truncated original message follows:\n\n"
    "From: " + RET + "\nTo: kwartiermaker.elf@bibliotheek.example.nl\n"
    "Subject: Uw vraag is doorgestuurd: aanmelding + vraag\nAuto-Submitted: auto-replied\n\n"
    "Beste Kwartiermaker Elf,\n\nDank voor uw vraag over de leergang\n"), R("GroupWise bounce"))

# 112 webmail provider bounce (Hotmail style)
add("bounce-hotmail-style", Raw(mime_head(
    "postmaster@hotmail.example.com", "aanmelden@example.org",
    "Delivery Status Notification (Failure)", "2010-03-20 22:16",
    "<SNT0-MC2-F11abcdef0123@snt0-omc2-s11.hotmail.example.com>", "Auto-Submitted: auto-replied\n")
    + "Content-Type: text/plain; charset=us-ascii\n\n"
    "This is an automatically generated Delivery Status Notification.\n\n"
    "Delivery to the following recipients failed.\n\n"
    "       kwartiermaker32@hotmail.example.com\n\n"
    "Reason: 550 Requested action not taken: mailbox unavailable\n"), R("plain DSN-like notice from a webmail provider"))

# 113 delay warning
add("bounce-postfix-delay", dsn(
    "MAILER-DAEMON@relay.example.org (Mail Delivery System)", "Delayed Mail (still being retried)",
    "2010-04-23 15:02", "<20100423130201.9F8E7D6C5B@relay.example.org>",
    """This is the mail system at host relay.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<w100@vluchtelingenwerk.example.nl>: connect to
    mx.vluchtelingenwerk.example.nl[192.0.2.77]:25: Connection timed out""",
    "relay.example.org", "w100@vluchtelingenwerk.example.nl", "delayed", "4.4.1",
    None, conf_mail("Wijkwerker Honderd", "W8HVP-8GTQZ", "w100@vluchtelingenwerk.example.nl",
                    "2010-04-23 11:01", "Vluchtelingenwerk Proefregio", "teamleider"),
    headers_only=True), R("Postfix delay warning"))

# 114 Exchange DSN English, quota
add("bounce-exchange-en-quota", dsn(
    "Microsoft Exchange <postmaster@samplecare.example.com>", "Undeliverable: Registration confirmed: " + TITLE + " [A9NSC-5RBXF]",
    "2010-04-13 09:21", "<1C2D3E4F5A6B7C8D@MAIL02.samplecare.example.com>",
    """Delivery has failed to these recipients or distribution lists:

a92@samplecare.example.com
The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to redeliver this message for you. Please try resending this message later, or contact the recipient directly.""",
    "MAIL02.samplecare.example.com", "a92@samplecare.example.com", "failed", "5.2.2",
    "smtp;554 5.2.2 mailbox full", robot_mail(*conf_en("Attendee Ninetytwo", "A9NSC-5RBXF",
        "Sample Care Group", "neighbourhood coach", "a92@samplecare.example.com"),
        kind="confirmation", code="A9NSC-5RBXF", to="a92@samplecare.example.com",
        date="2010-04-13 09:20", lang="en")),
    R("Exchange DSN in English, mailbox full"))


def autoreply(frm, subj, date, body, extra="", charset="utf-8", irt=None):
    return Raw(mime_head(frm, "aanmelden@example.org", subj, date,
                         "<ar.%s@%s>" % (h(frm, subj, date)[:14], dom_of(frm)),
                         extra + ("In-Reply-To: %s\n" % irt if irt else ""))
               + "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: 8bit\n\n%s\n"
               % (charset, body), charset)


# 115 Exchange OOO with Auto-Submitted
add("ooo-exchange-nl", autoreply(
    "Stadsgenoot Eenentwintig <s.eenentwintig@almere.nl>",
    "Automatisch antwoord: Bevestiging aanmelding " + TITLE + " [S2EWA-9KQLD]", "2010-03-24 08:32",
    """Tot en met 6 april ben ik afwezig. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het secretariaat van DSO, telefoon 036 539 9999.

Stadsgenoot Eenentwintig""", "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: s.eenentwintig@almere.nl\n",
    irt=robot_mid("confirmation", "S2EWA-9KQLD")), R("Exchange out-of-office with Auto-Submitted"))

# 116 Notes OOO without Auto-Submitted
add("ooo-notes-no-header", autoreply(
    "Coordinator Vierentachtig/MEE <c84@mee.example.nl>",
    "Coordinator Vierentachtig is afwezig.", "2010-04-20 09:50",
    """Ik ben afwezig vanaf 20-04-2010 en terug op 03-05-2010.

Ik zal uw bericht beantwoorden bij mijn terugkomst. Voor aanmeldingen en vragen over cursussen kunt u terecht bij het secretariaat (0320 221 200).""",
    "X-Mailer: Lotus Notes Release 8.5.1 September 28, 2009\n", charset="iso-8859-1"),
    R("Notes out-of-office without Auto-Submitted, with registration words"))

# 117 vacation with Precedence
add("ooo-vacation-precedence", autoreply(
    "Attendee Twentynine <a29@university.example.edu>", "Re: Registration confirmed: " + TITLE + " [A2NUV-7HMDS]",
    "2010-04-07 08:09", """I am away on fieldwork until 20 April with limited access to e-mail.
Your message will be read on my return.

Attendee Twentynine""", "Precedence: bulk\nAuto-Submitted: auto-replied (vacation)\n",
    irt=robot_mid("confirmation", "A2NUV-7HMDS")), R("vacation auto-reply, Precedence: bulk"))

# 118 Gmail vacation English
add("ooo-gmail-vacation", autoreply(
    "Fellow Fifty <fellow.fifty@communitytrust.example.com>", "Re: Registration confirmed: " + TITLE + " [F5FCT-2WJNR]",
    "2010-03-22 14:51", """Hi,

I'm on leave until 29 March. For anything urgent about registrations for our training programme, please contact our office at 020 555 5000.

Fellow""", "Auto-Submitted: auto-replied\n"), R("Gmail vacation responder"))

# 119 OOO no headers at all, English
add("ooo-en-no-headers", autoreply(
    "Learner Twentyfive <learner25@youthcare.example.org>", "Out of Office: Registration confirmed",
    "2010-03-30 09:26", """Thank you for your email. I am out of the office until Monday 12 April. I will respond to your message when I return.

Learner Twentyfive"""), R("English out-of-office without any auto headers"))

# 120 OOO Dutch, no headers, registration words
add("ooo-nl-no-headers-register-words", autoreply(
    "=?utf-8?Q?Teamleider_Drie=C3=ABnveertig?= <t.drieenveertig@almere.nl>", "Afwezig: Bevestiging aanmelding",
    "2010-03-12 15:44", """Beste afzender,

Ik ben met vakantie tot 29 maart. Wilt u zich aanmelden voor het jeugdoverleg of een afspraak annuleren, mail dan naar jeugd@almere.nl.

Met vriendelijke groet,
Teamleider Drieënveertig"""), R("Dutch out-of-office without headers, mentions 'aanmelden' and 'annuleren'"))

ICS_REPLY = """BEGIN:VCALENDAR
PRODID:%s
VERSION:2.0
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s
DTSTART:20100601T074500Z
DTEND:20100601T143000Z
ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org
SUMMARY:%s
UID:regbot-%s-day1@example.org
SEQUENCE:0
DTSTAMP:%s
END:VEVENT
END:VCALENDAR
"""


def imip(frm, name, addr, partstat, subj, date, prodid, code, textbody, stamp):
    ics = ICS_REPLY % (prodid, partstat, name, addr, TITLE + " - dag 1", code, stamp)
    b = "=_imip_" + h(addr, partstat)[:12]
    return Raw(mime_head(frm, "aanmelden@example.org", subj, date,
                         "<imip.%s@%s>" % (h(addr, date)[:12], dom_of(frm)))
               + 'Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n'
               'Content-Type: text/plain; charset=utf-8\n\n%s\n\n--%s\n'
               'Content-Type: text/calendar; charset=utf-8; method=REPLY\n\n%s\n--%s--\n'
               % (b, b, textbody, b, ics.replace("\n", "\r\n").rstrip("\r\n"), b))


# 121 Outlook accepted
add("calendar-accept-outlook", imip(
    "Kwartiermaker Vier <k.vier@almere.nl>", "Kwartiermaker Vier", "k.vier@almere.nl", "ACCEPTED",
    "Geaccepteerd: " + TITLE + " - dag 1", "2010-03-04 10:40",
    "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN", "K4VDM-7EPRA", "", "20100304T094000Z"),
    R("iMIP REPLY from Outlook: accepted"))

# 122 Google declined
add("calendar-decline-google", imip(
    "Fellow Twentysix <fellow26@mail.example.net>", "Fellow Twentysix", "fellow26@mail.example.net", "DECLINED",
    "Declined: " + TITLE + " - dag 1 @ Tue Jun 1, 2010 9:45am - 4:30pm", "2010-04-01 18:10",
    "-//Google Inc//Google Calendar 70.9054//EN", "F2TSM-8DKQW",
    "Fellow Twentysix has declined this invitation.", "20100401T161000Z"),
    R("iMIP REPLY from Google Calendar: declined (a calendar click, not a cancellation)"))

# 123 Notes tentative
add("calendar-tentative-notes", imip(
    "Coordinator Vierentachtig/MEE <c84@mee.example.nl>", "Coordinator Vierentachtig", "c84@mee.example.nl", "TENTATIVE",
    "Voorlopig geaccepteerd: " + TITLE + " - dag 1", "2010-04-20 09:51",
    "-//Lotus Development Corporation//NONSGML Notes 8.5.1//EN_C", "C8VMV-3PLNA", "", "20100420T075100Z"),
    R("iMIP REPLY from Notes: tentative"))


def mdn(frm, subj, date, text, orig_rcpt, orig_mid, agent, disp="manual-action/MDN-sent-manually; displayed"):
    b = "=_mdn_" + h(frm, date)[:12]
    return Raw(mime_head(frm, "aanmelden@example.org", subj, date, "<mdn.%s@%s>" % (h(frm, subj)[:12], dom_of(frm)))
               + 'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="%s"\n\n'
               '--%s\nContent-Type: text/plain; charset=utf-8\n\n%s\n\n--%s\n'
               'Content-Type: message/disposition-notification\n\nReporting-UA: %s\n'
               'Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n\n--%s--\n'
               % (b, b, text, b, agent, orig_rcpt, orig_mid, disp, b))


# 124 Outlook read receipt
add("mdn-outlook-nl", mdn(
    "Toehoorder Acht <t.acht@testhaven.example.nl>", "Gelezen: Bevestiging aanmelding " + TITLE + " [T8ABT-4XNMC]",
    "2010-03-10 08:12", """Uw bericht

  Aan: Toehoorder Acht
  Onderwerp: Bevestiging aanmelding """ + TITLE + """ [T8ABT-4XNMC]
  Verzonden: dinsdag 9 maart 2010 9:56

is gelezen op woensdag 10 maart 2010 8:12.""", "t.acht@testhaven.example.nl",
    robot_mid("confirmation", "T8ABT-4XNMC"), "EXCH01.testhaven.example.nl; Microsoft Exchange Server 2007"),
    R("Outlook read receipt for a confirmation"))

# 125 Thunderbird MDN English
add("mdn-thunderbird-en", mdn(
    "Visitor Twenty <visitor.twenty@housing.example.org>", "Return Receipt (displayed) - Registration confirmed",
    "2010-03-23 11:02", """This is a Return Receipt for the mail that you sent to visitor.twenty@housing.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
    "visitor.twenty@housing.example.org", robot_mid("confirmation", "V2HFA-6RTKB"),
    "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-GB; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4",
    "manual-action/MDN-sent-manually; displayed"), R("Thunderbird return receipt"))

# 126 challenge-response
add("challenge-response", Raw(mime_head(
    "Spamfilter Zorgproef <verify@zorgproef.example.nl>", "aanmelden@example.org",
    "Verificatie vereist / Please verify: Ontvangen: uitschrijven", "2010-03-03 10:41",
    "<cr.20100303.77123@zorgproef.example.nl>", "Auto-Submitted: auto-replied\nPrecedence: junk\n")
    + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "Uw bericht aan receptie@zorgproef.example.nl is tegengehouden door ons spamfilter.\n"
    "Om te bevestigen dat u een echt persoon bent, klikt u op de onderstaande link of\n"
    "beantwoordt u deze mail zonder de onderwerpregel te wijzigen:\n\n"
    "  http://verify.zorgproef.example.nl/c?id=8F3KA92D\n\n"
    "Your message to receptie@zorgproef.example.nl was held by our spam filter. To confirm\n"
    "that you are a real person, click the link above or reply to this mail.\n"), R("challenge-response filter"))

# 127 newsletter Dutch
add("newsletter-nl", Raw(mime_head(
    "Nieuwsbrief Sociaal Werk Flevoland <nieuwsbrief@sociaalwerk.example.nl>", "aanmelden@example.org",
    "Nieuwsbrief april 2010: aanmelden voor de regiodag!", "2010-04-01 06:00",
    "<nb.201004.1@sociaalwerk.example.nl>",
    "List-Id: Nieuwsbrief Sociaal Werk <nieuwsbrief.sociaalwerk.example.nl>\n"
    "List-Unsubscribe: <http://www.sociaalwerk.example.nl/afmelden?u=aanmelden@example.org>\n"
    "Precedence: bulk\n")
    + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "NIEUWSBRIEF SOCIAAL WERK FLEVOLAND - april 2010\n\n"
    "1. Regiodag 20 mei: meld u nu aan!\nOp 20 mei houden wij de regiodag in Lelystad. Aanmelden kan tot 10 mei via de website.\n\n"
    "2. Nieuwe cursus Motiverende gespreksvoering\nInschrijven: stuur een mail met uw naam, organisatie en functie.\n\n"
    "Wilt u deze nieuwsbrief niet meer ontvangen? Afmelden kan via de link onderaan.\n"), R("a Dutch newsletter full of registration words"))

# 128 newsletter English
add("newsletter-en", Raw(mime_head(
    "Example Urban Network <news@urbannetwork.example.com>", "aanmelden@example.org",
    "Urban Network Update: register now for the Spring Summit", "2010-04-15 14:00",
    "<2010041514.news.42@urbannetwork.example.com>",
    "List-Unsubscribe: <mailto:unsubscribe@urbannetwork.example.com>\nPrecedence: bulk\nX-Campaign: spring-summit-2010\n")
    + "Content-Type: text/plain; charset=utf-8\n\n"
    "URBAN NETWORK UPDATE\n\nRegister now for the Spring Summit (Rotterdam, 3 June). Early bird fee until 1 May.\n"
    "To cancel your subscription, reply with UNSUBSCRIBE.\n"), R("English newsletter"))

# 129 Mailman digest
add("list-digest", Raw(mime_head(
    "wijkwerk-request@lists.example.org", "aanmelden@example.org",
    "Wijkwerk Digest, Vol 12, Issue 4", "2010-04-19 12:00", "<mailman.44.1271671200.1234.wijkwerk@lists.example.org>",
    "List-Id: Wijkwerk discussielijst <wijkwerk.lists.example.org>\nPrecedence: list\nX-BeenThere: wijkwerk@lists.example.org\n")
    + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "Send Wijkwerk mailing list submissions to\n\twijkwerk@lists.example.org\n\n"
    "Today's Topics:\n\n   1. Leergang Almere - wie gaat er? (Wijkwerker Twee)\n   2. Re: Leergang Almere (Buurtgenoot Vijf)\n\n"
    "----------------------------------------------------------------------\n\n"
    "Message: 1\nFrom: Wijkwerker Twee\nSubject: Leergang Almere - wie gaat er?\n\n"
    "Ik heb me aangemeld voor deSTADSWIJKstudies in Almere. Wie nog meer?\n\n"
    "Message: 2\nFrom: Buurtgenoot Vijf\nSubject: Re: Leergang Almere\n\n"
    "Ik ook! Aanmelden via aanmelden@example.org, ging heel makkelijk.\n"), R("Mailman digest mentioning the course"))

# 130 spam Dutch
add("spam-nl-cursus", Raw(mime_head(
    "Opleidingen Direct <aanbod@opleidingen-direct.example.com>", "aanmelden@example.org",
    "Laatste kans: 50% korting op uw aanmelding!", "2010-05-02 03:14", "<5f3a.9c1@mailer.opleidingen-direct.example.com>",
    "X-Mailer: MassMailer Pro 4.2\n")
    + "Content-Type: text/html; charset=utf-8\n\n"
    "<html><body><h1>Meld u NU aan!</h1><p>Alleen deze week: alle managementcursussen met 50% korting. "
    "Klik <a href='http://opleidingen-direct.example.com/aanmelden'>hier</a> om u aan te melden.</p>"
    "<p>Uitschrijven? <a href='http://opleidingen-direct.example.com/uit'>Klik hier</a>.</p></body></html>\n"),
    R("Dutch spam with 'aanmelden'"))

# 131 spam English phishing
add("spam-en-phishing", Raw(mime_head(
    "Mailbox Administrator <admin@secure-mail.example.com>", "aanmelden@example.org",
    "Your mailbox will be cancelled - verify now", "2010-04-27 02:02", "<7711.xyz@secure-mail.example.com>")
    + "Content-Type: text/plain; charset=us-ascii\n\n"
    "Dear user,\n\nYour mailbox has exceeded its limit and will be cancelled within 24 hours.\n"
    "To keep your account, reply with your username and password to register again.\n\nMail Administrator\n"),
    R("phishing spam that speaks of cancelling and registering"))

# 132 spam pharma
add("spam-pharma", Raw(mime_head(
    "Best Pharmacy <info@pharma.example.net>", "aanmelden@example.org",
    "Re: your order", "2010-03-18 04:44", "<8d7f6e@pharma.example.net>")
    + "Content-Type: text/plain; charset=us-ascii\n\n"
    "Best prices on meds. No prescription needed. Visit http://pharma.example.net now.\n"), R("pharma spam"))

# 133 ticket acknowledgement
add("ticket-ack", Raw(mime_head(
    "ICT Servicedesk Proefhaven <servicedesk@proefhaven.example.org>", "aanmelden@example.org",
    "[Melding #20100316-0447] Re: Bevestiging aanmelding " + TITLE, "2010-03-16 09:48",
    "<ticket.20100316-0447@servicedesk.proefhaven.example.org>",
    "Auto-Submitted: auto-generated\nX-Ticket-ID: 20100316-0447\n")
    + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "Uw melding is geregistreerd onder nummer 20100316-0447.\n"
    "Een medewerker van de servicedesk neemt zo spoedig mogelijk contact met u op.\n\n"
    "Dit is een automatisch bericht; u kunt hier niet op antwoorden.\n"), R("a ticket system acknowledges the robot's mail"))

# 134 success DSN
add("dsn-delivered", dsn(
    "MAILER-DAEMON@relay.example.org (Mail Delivery System)", "Successful Mail Delivery Report",
    "2010-04-22 06:02", "<20100422040201.1A2B3C@relay.example.org>",
    """This is the mail system at host relay.example.org.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.""",
    "relay.example.org", "t99@proefhaven.example.org", "delivered", "2.0.0",
    "smtp; 250 2.0.0 Ok: queued as 7E6D5C4B", conf_mail("Toehoorder Negenennegentig", "T9NPH-2KWBE",
        "t99@proefhaven.example.org", "2010-04-22 06:01", "Zorgcentrum Proefhaven", "specialist ouderenzorg"),
    headers_only=True), R("success DSN"))

# 135 address no longer in use
add("autoreply-address-changed", autoreply(
    "Directeur Honderdvijfentwintig <d125@jeugdzorg.example.nl>", "Automatisch antwoord: Uw vraag is doorgestuurd",
    "2010-03-04 09:26", """Dit e-mailadres is per 1 maart 2010 niet meer in gebruik. Uw bericht is niet doorgestuurd.
Stuur uw mail voortaan naar info@jeugdzorg.example.nl.""", "Auto-Submitted: auto-replied\n"),
    R("auto-reply: the address is no longer in use"))

# 136 CRM auto-acknowledgement with registration words
add("crm-autoack", autoreply(
    "Klantenservice Steekproef <noreply@steekproef.example.nl>", "Ontvangstbevestiging: Bevestiging aanmelding",
    "2010-04-12 12:10", """Geachte relatie,

Hartelijk dank voor uw bericht. Wij hebben uw aanmelding/wijziging in goede orde ontvangen en behandelen deze binnen 5 werkdagen.

Met vriendelijke groet,
Klantenservice Woningcorporatie Steekproef

Dit is een automatisch gegenereerd bericht.""", "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n"),
    R("a customer-service auto-acknowledgement that speaks of 'uw aanmelding'"))
