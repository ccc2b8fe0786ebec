"""dev3, batch 3: spam, phishing, marketing and mailing lists.

Mail aimed at course organisers (an attendee list for sale, a venue, a
speakers' bureau, badges, registration software, a fake event register
with a pre-filled form, a "free" listing that asks for details, a fake
overdue invoice), phishing for the mailbox and with a fake shared
participants list, a bot's post through the course website's contact
form, and mailing lists (a digest, a subscription confirmation request,
the municipality's newsletter, a member's post with her own registration
form). Every message is typed byte for byte; every label by hand.
"""
import io
import zipfile

from dev3_lib import (add, R, Raw, plain, with_attachments, attachment,
                      mid_hex)

# ---------------------------------------------------------------------------
add("spam-en-attendee-list-for-sale", Raw("""
Return-Path: <sales@eventleads.example.com>
Received: from mail-out7.eventleads.example.com (mail-out7.eventleads.example.com [203.0.113.241])
	by mail.example.org (Postfix) with ESMTP id 3F6A12C0D4
	for <aanmelden@example.org>; Thu, 20 May 2010 08:12:44 +0200 (CEST)
From: Event Data Team <sales@eventleads.example.com>
To: aanmelden@example.org
Subject: Attendees list - deSTADSWIJKstudies Almere 2010
Date: Thu, 20 May 2010 08:12:40 +0200
Message-ID: <000001caf7e8$2b4c1d30$81e45790$@eventleads.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 14.0
Thread-Index: Acr36CsuvE3WbxWhR9qzPpZs0FqCkg==
Content-Language: en-us

Hi,

Would you be interested in acquiring the attendees list of "deSTADSWIJKstudies op locatie Almere 2010"?

List includes: Name, Job Title, Organisation, Email, Phone Number, Address.
Total count: 1,240 contacts

We also have lists of: Social Work Professionals, Housing Associations, Local Government Officials (Netherlands).

If you are interested, reply "Pricing" and we will send you the cost and a sample file.

Regards,
Event Data Team
Event Leads Worldwide

If you do not wish to receive further emails, reply "Leave out".
"""), R("spam offering this course's 'attendees list' for sale; it asks "
        "for a reply"))

VENUE_TEXT = """Congrescentrum De Polderhal - nieuwsbrief mei 2010

Op zoek naar een locatie voor uw leergang of studiedag?

Boek voor 1 juni een zaal voor uw cursus, training of leergang in het
najaar en ontvang 15% korting op de zaalhuur. Onze zalen bieden plaats
aan 10 tot 250 deelnemers, inclusief beamer, wifi en een verzorgde lunch.

* Leergang van vier dagen? Vraag naar ons meerdaagse arrangement.
* Aanmelding en registratie van uw deelnemers aan de balie: wij regelen
  het voor u.
* Op 5 minuten lopen van station Almere Centrum.

Offerte aanvragen: https://www.polderhal.example.nl/offerte

Met vriendelijke groet,
Team Evenementen, Congrescentrum De Polderhal
Polderplein 1, 1315 PH Almere | 036 555 7000

U ontvangt deze e-mail omdat u zich heeft aangemeld voor onze nieuwsbrief
of eerder contact met ons had.
Afmelden: https://polderhal.list-manage.example.com/unsubscribe?u=7f1c9e2b&id=4a81d0
Uw gegevens wijzigen: https://polderhal.list-manage.example.com/profile?u=7f1c9e2b&id=4a81d0
"""
VENUE_HTML = """<!doctype html>
<html><head><meta charset="UTF-8"><title>Congrescentrum De Polderhal - nieuwsbrief mei 2010</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0b6e4f;color:#ffffff;padding:20px;font-size:22px">Op zoek naar een locatie voor uw leergang of studiedag?</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px;color:#333333">
<p>Boek v&oacute;&oacute;r 1 juni een zaal voor uw cursus, training of leergang in het najaar en ontvang <b>15% korting</b> op de zaalhuur. Onze zalen bieden plaats aan 10 tot 250 deelnemers, inclusief beamer, wifi en een verzorgde lunch.</p>
<ul>
<li>Leergang van vier dagen? Vraag naar ons meerdaagse arrangement.</li>
<li>Aanmelding en registratie van uw deelnemers aan de balie: wij regelen het voor u.</li>
<li>Op 5 minuten lopen van station Almere Centrum.</li>
</ul>
<p style="text-align:center"><a href="https://polderhal.us1.list-manage.example.com/track/click?u=7f1c9e2b&amp;id=91ab2c&amp;e=5e0f3a7d1c" style="background:#f29e4c;color:#ffffff;padding:12px 24px;text-decoration:none;font-weight:bold">Offerte aanvragen</a></p>
<p>Met vriendelijke groet,<br>Team Evenementen, Congrescentrum De Polderhal<br>Polderplein 1, 1315 PH Almere | 036 555 7000</p>
</td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#888888">U ontvangt deze e-mail omdat u zich heeft aangemeld voor onze nieuwsbrief of eerder contact met ons had.<br>
<a href="https://polderhal.list-manage.example.com/unsubscribe?u=7f1c9e2b&amp;id=4a81d0">Afmelden</a> | <a href="https://polderhal.list-manage.example.com/profile?u=7f1c9e2b&amp;id=4a81d0">Uw gegevens wijzigen</a></td></tr>
</table>
<img src="https://polderhal.us1.list-manage.example.com/track/open.php?u=7f1c9e2b&amp;id=91ab2c&amp;e=5e0f3a7d1c" height="1" width="1">
</body></html>
"""
add("marketing-nl-venue-mailchimp", Raw("""
Return-Path: <bounce-mc.us1_7f1c9e2b.91ab2c-aanmelden=example.org@mail9.mcsv.example.net>
Received: from mail9.mcsv.example.net (mail9.mcsv.example.net [203.0.113.9])
	by mail.example.org (Postfix) with ESMTP id 8D4B32C0BA
	for <aanmelden@example.org>; Tue, 11 May 2010 10:30:12 +0200 (CEST)
Subject: =?utf-8?Q?Op_zoek_naar_een_locatie_voor_uw_leergang=3F_Boek_v=C3=B3=C3=B3r_1_juni_met_15=25_korting?=
From: =?utf-8?Q?Congrescentrum_De_Polderhal?= <nieuws@polderhal.example.nl>
Reply-To: =?utf-8?Q?Congrescentrum_De_Polderhal?= <nieuws@polderhal.example.nl>
To: <aanmelden@example.org>
Date: Tue, 11 May 2010 08:30:05 +0000
Message-ID: <3a1f6c2d8e9b4f07a5c3.91ab2c@mail9.mcsv.example.net>
X-Mailer: MailChimp Mailer - **CID91ab2c4a81d0**
X-Campaign: mailchimp7f1c9e2b.91ab2c
X-campaignid: mailchimp7f1c9e2b.91ab2c
X-Report-Abuse: Please report abuse for this campaign here: http://www.mailchimp.example.net/abuse/abuse.phtml?u=7f1c9e2b&id=91ab2c&e=5e0f3a7d1c
X-MC-User: 7f1c9e2b
List-ID: 7f1c9e2bmc list <7f1c9e2b.list-id.mcsv.example.net>
List-Unsubscribe: <mailto:unsubscribe-mc.us1_7f1c9e2b.91ab2c-5e0f3a7d1c@mailin9.us1.mcsv.example.net?subject=unsubscribe>, <https://polderhal.list-manage.example.com/unsubscribe?u=7f1c9e2b&id=4a81d0&e=5e0f3a7d1c>
Precedence: bulk
Sender: "Congrescentrum De Polderhal" <nieuws=polderhal.example.nl@mail9.mcsv.example.net>
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1290345781"
MIME-Version: 1.0

This is a multi-part message in MIME format

--_----------=_MCPart_1290345781
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: 8bit

""" + VENUE_TEXT + """
--_----------=_MCPart_1290345781
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + VENUE_HTML + """
--_----------=_MCPart_1290345781--
"""), R("a venue's newsletter through a bulk mailer (List-ID, "
        "List-Unsubscribe, Precedence: bulk) offering rooms for a "
        "'leergang', with 'aangemeld voor onze nieuwsbrief'"))

add("spam-nl-event-register-invoice-form", Raw("""
Return-Path: <administratie@evenementenregister.example.com>
Received: from srv12.bulkhost.example.net (srv12.bulkhost.example.net [203.0.113.212])
	by mail.example.org (Postfix) with ESMTP id 6C0E52C0A7
	for <aanmelden@example.org>; Mon, 19 Apr 2010 09:47:03 +0200 (CEST)
From: "Nationaal Evenementenregister" <administratie@evenementenregister.example.com>
To: aanmelden@example.org
Subject: Factuur 2010-04817: registratie deSTADSWIJKstudies Almere in het Nationaal Evenementenregister
Date: Mon, 19 Apr 2010 09:46:58 +0200
Message-ID: <20100419094658.7731.qmail@srv12.bulkhost.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit
X-Mailer: PHP/5.2.6

Geachte organisator,

Uw evenement "deSTADSWIJKstudies op locatie Almere" is opgenomen in het concept van het Nationaal Evenementenregister 2010-2011. Om uw registratie te bevestigen en te voorkomen dat uw gegevens uit het register worden verwijderd, verzoeken wij u onderstaande gegevens te controleren, aan te vullen en dit formulier ondertekend te retourneren.

REGISTRATIEFORMULIER
Naam evenement:      deSTADSWIJKstudies op locatie Almere
Organisatie:         Gemeente Almere, Dienst Maatschappelijke Ontwikkeling
Naam contactpersoon: Programmasecretariaat
E-mail:              aanmelden@example.org
Telefoon:            ........................
Functie:             ........................
Handtekening:        ........................

Kosten registratie: EUR 985,00 per jaar excl. BTW, voor een periode van drie jaar. Door dit formulier te retourneren gaat u akkoord met de algemene voorwaarden.

Betaling binnen 8 dagen op rekening 55.55.55.555 t.n.v. NER Services, o.v.v. factuurnummer 2010-04817.

Met vriendelijke groet,

Afdeling Registratie
Nationaal Evenementenregister
""", charset="iso-8859-1"),
    R("a fake 'registry renewal' invoice for event organisers, with a "
      "registration form pre-filled with the course and the robot's "
      "address; spam"))

add("phishing-nl-mailbox-deactivation", Raw("""
Return-Path: <beheer@webmail-verificatie.example.com>
Received: from unknown (HELO webmail-verificatie.example.com) (203.0.113.250)
	by mail.example.org (Postfix) with SMTP id 1E9D72C0F6
	for <aanmelden@example.org>; Sat, 15 May 2010 02:31:40 +0200 (CEST)
From: "Webmail Beheerder" <beheer@webmail-verificatie.example.com>
Reply-To: helpdesk.mailbox@freemail.example.com
To: aanmelden@example.org
Subject: Uw mailbox aanmelden@example.org wordt binnen 24 uur gedeactiveerd
Date: Sat, 15 May 2010 02:31:33 +0200
Message-ID: <b2d4a0e5c31f6a7b8c9d0e1f@webmail-verificatie.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Priority: 1 (Highest)
Importance: High

<html><body style="font-family:Arial;font-size:13px">
<p>Geachte gebruiker van <b>aanmelden@example.org</b>,</p>
<p>Uw mailbox heeft de opslaglimiet van 2 GB overschreden. Nieuwe berichten, zoals inkomende aanmeldingen, worden vanaf nu geweigerd en uw account wordt binnen 24 uur gedeactiveerd.</p>
<p>Om uw mailbox te behouden moet u uw account direct verifiëren:</p>
<p><a href="http://webmail-verificatie.example.com/example.org/login.php?u=aanmelden">Klik hier om uw mailbox te verifiëren</a></p>
<p>Of beantwoord deze e-mail met de volgende gegevens:</p>
<p>E-mailadres: ......................<br>
Gebruikersnaam: ......................<br>
Wachtwoord: ......................<br>
Bevestig wachtwoord: ......................</p>
<p>Wij verontschuldigen ons voor het ongemak.</p>
<p>Met vriendelijke groet,<br>Systeembeheer Webmail<br>&copy; 2010 Webmail Helpdesk</p>
</body></html>
"""), R("phishing in Dutch for the mailbox's password, HTML only, with a "
        "form to reply with"))

SHARE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333333">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="padding:24px">
<p style="font-size:20px;margin:0 0 12px 0">Programmasecretariaat DMO shared a file with you</p>
<p style="margin:0 0 18px 0">Here's the document that Programmasecretariaat DMO shared with you.</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 12px;background:#f4f4f4;border:1px solid #e1e1e1">&#128196; Deelnemerslijst Almere 2010.xlsx</td>
</tr></table>
<p style="margin:18px 0">"Graag voor 25 mei de gegevens van de aanmeldingen controleren. Log in met je mailadres om het bestand te openen."</p>
<p><a href="http://docs-share-secure.example.com/view/8e1f2d?email=aanmelden@example.org" style="background:#0078d7;color:#ffffff;padding:10px 22px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#999999;margin-top:24px">This link will work for anyone who has it. Privacy Statement</p>
</td></tr></table>
</body></html>
"""
add("phishing-en-shared-participants-list", Raw("""
Return-Path: <notify@docs-share-secure.example.com>
Received: from vps4471.cloudhost.example.net (vps4471.cloudhost.example.net [203.0.113.244])
	by mail.example.org (Postfix) with ESMTP id 5B7F02C0A2
	for <aanmelden@example.org>; Tue, 20 Apr 2010 23:58:09 +0200 (CEST)
From: "Programmasecretariaat DMO via Docs" <notify@docs-share-secure.example.com>
Reply-To: secretariaat.dmo@freemail.example.com
To: aanmelden@example.org
Subject: Programmasecretariaat DMO shared "Deelnemerslijst Almere 2010.xlsx" with you
Date: Tue, 20 Apr 2010 21:58:04 +0000
Message-ID: <share.8e1f2d.1271800684@docs-share-secure.example.com>
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + SHARE_HTML), R("phishing in English posing as the organiser sharing "
                     "a participants list; HTML only, a login link"))

add("form-relay-spam-naam-email-lines", plain(
    "Website deSTADSWIJKstudies <noreply@destadswijkstudies.example.nl>",
    "Nieuw bericht via het contactformulier",
    "2010-04-03 04:16",
    """Er is een nieuw bericht verstuurd via het contactformulier op www.destadswijkstudies.example.nl.

Naam: Robertgaind
E-mail: robertgaind@freemail.example.com
Telefoon: 85729164392
Organisatie: SEO
Onderwerp: Aanmelding
Bericht:
Hello! I am sorry for writing to you via the contact form. We offer registration of your site in 1500 business catalogues and guaranteed first page Google results for your website. Price from 99 USD. Write to us: seo-team@freemail.example.com

--
Dit bericht is verzonden vanaf het formulier 'Contact' (IP: 203.0.113.251).
""", reply_to="Robertgaind <robertgaind@freemail.example.com>",
    extra=[("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)"),
           ("X-Priority", "3")], style="plain"),
    R("a bot's spam posted through the course website's contact form: a "
      "relay with Naam:/E-mail:/Organisatie: lines and 'Onderwerp: "
      "Aanmelding', in English SEO spam"))

SPREKERS = """Goedemorgen,

Zag u het al? In uw leergang worden de praktijkinspiratoren "later bekend
gemaakt". Sprekersbureau Podiumkracht helpt u graag verder.

Deze maand: drie sprekers voor de prijs van twee
- Dagvoorzitters met ervaring in het sociaal domein
- Ervaringsdeskundigen uit wijken en buurten
- Cabaretiers die uw studiedag afsluiten

Vrijblijvend een voorstel ontvangen? Mail naar info@podiumkracht.example.nl
of bel 020 555 8844.

Met vriendelijke groet,

Sprekersbureau Podiumkracht

Wilt u deze berichten niet meer ontvangen? Afmelden kan via
http://www.podiumkracht.example.nl/afmelden?e=aanmelden@example.org
"""
add("bulk-nl-speakers-bureau", Raw("""
Return-Path: <nieuwsbrief@podiumkracht.example.nl>
Received: from mailer.podiumkracht.example.nl (mailer.podiumkracht.example.nl [203.0.113.84])
	by mail.example.org (Postfix) with ESMTP id 9C2D42C0E0
	for <aanmelden@example.org>; Wed, 28 Apr 2010 09:05:33 +0200 (CEST)
From: Sprekersbureau Podiumkracht <nieuwsbrief@podiumkracht.example.nl>
To: aanmelden@example.org
Subject: Topspreker voor uw leergang? Nu 3 sprekers voor de prijs van 2
Date: Wed, 28 Apr 2010 09:05:30 +0200
Message-ID: <podium.20100428.1848@mailer.podiumkracht.example.nl>
Precedence: bulk
List-Unsubscribe: <http://www.podiumkracht.example.nl/afmelden?e=aanmelden@example.org>
X-Mailer: Podiumkracht Nieuwsbrief 2.0
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + SPREKERS), R("bulk mail from a speakers' bureau that read the "
                   "course brochure (Precedence: bulk, List-Unsubscribe)"))

BADGE_TEXT = """Name badges & lanyards for your 2010 course

Hello from BadgeWorks Europe!

Running a course or a conference this autumn? Give every attendee a
printed name badge with their name, organisation and job title - just
send us your registration list as a spreadsheet and we do the rest.

- Printed lanyards from 100 pieces
- Badge holders with room for the programme
- Delivery in the Netherlands within 5 working days

This month only: 20% off with code AUTUMN20.

Order now: https://www.badgeworks.example.com/shop

BadgeWorks Europe | Unit 4, Example Park | hello@badgeworks.example.com

You are receiving this email because you registered on our website or
attended one of our trade fairs.
Unsubscribe: https://www.badgeworks.example.com/unsubscribe?id=aanmelden%40example.org
"""
add("marketing-en-badges-lanyards", Raw("""
Return-Path: <bounces@news.badgeworks.example.com>
Received: from news.badgeworks.example.com (news.badgeworks.example.com [203.0.113.122])
	by mail.example.org (Postfix) with ESMTP id 4E8A62C0DE
	for <aanmelden@example.org>; Thu,  2 Sep 2010 15:40:18 +0200 (CEST)
From: BadgeWorks Europe <hello@badgeworks.example.com>
To: aanmelden@example.org
Subject: Name badges & lanyards for your 2010 course - 20% off this month
Date: Thu, 02 Sep 2010 13:40:11 +0000
Message-ID: <campaign-2291.aanmelden.1283434811@news.badgeworks.example.com>
List-Unsubscribe: <https://www.badgeworks.example.com/unsubscribe?id=aanmelden%40example.org>, <mailto:unsubscribe@news.badgeworks.example.com>
List-Id: BadgeWorks customers <customers.news.badgeworks.example.com>
Precedence: bulk
Feedback-ID: 2291:badgeworks:campaign
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="bw-2291-alt"

--bw-2291-alt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + BADGE_TEXT + """
--bw-2291-alt
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif;color:#222222">
<h1 style="font-size:22px">Name badges &amp; lanyards for your 2010 course</h1>
<p>Hello from BadgeWorks Europe!</p>
<p>Running a course or a conference this autumn? Give every attendee a printed name badge with their name, organisation and job title - just send us your registration list as a spreadsheet and we do the rest.</p>
<ul><li>Printed lanyards from 100 pieces</li><li>Badge holders with room for the programme</li><li>Delivery in the Netherlands within 5 working days</li></ul>
<p><b>This month only: 20% off with code AUTUMN20.</b></p>
<p><a href="https://www.badgeworks.example.com/shop">Order now</a></p>
<p style="font-size:11px;color:#777777">BadgeWorks Europe | Unit 4, Example Park | hello@badgeworks.example.com<br>You are receiving this email because you registered on our website or attended one of our trade fairs.<br><a href="https://www.badgeworks.example.com/unsubscribe?id=aanmelden%40example.org">Unsubscribe</a></p>
</body></html>

--bw-2291-alt--
"""), R("English marketing for badges and lanyards (List-Id, "
        "List-Unsubscribe, Precedence: bulk) asking for 'your "
        "registration list'"))

add("spam-nl-free-listing-reply-with-details", Raw("""
Return-Path: <redactie@evenementengids-flevoland.example.com>
Received: from smtp.evenementengids-flevoland.example.com (smtp.evenementengids-flevoland.example.com [203.0.113.236])
	by mail.example.org (Postfix) with ESMTP id 7A1C92C0B5
	for <aanmelden@example.org>; Mon,  8 Mar 2010 11:02:47 +0100 (CET)
From: Redactie Evenementengids Flevoland <redactie@evenementengids-flevoland.example.com>
To: aanmelden@example.org
Subject: Gefeliciteerd! Uw evenement is geselecteerd voor de Evenementengids Flevoland 2010
Date: Mon, 8 Mar 2010 11:02:41 +0100
Message-ID: <egf-2010-0308-5512@evenementengids-flevoland.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Geachte organisator,

Gefeliciteerd! Uw evenement is door onze redactie geselecteerd voor een vermelding in de Evenementengids Flevoland 2010, die in een oplage van 40.000 exemplaren verschijnt.

Aanmelden voor uw gratis basisvermelding is eenvoudig: beantwoord deze e-mail en vul de onderstaande gegevens aan.

Naam evenement: deSTADSWIJKstudies op locatie Almere
Datum: 1 juni 2010
Naam contactpersoon:
Functie:
E-mail:
Telefoon:
Akkoord met plaatsing (ja/nee):

Let op: aanmelden is alleen mogelijk tot en met 19 maart 2010.

Met vriendelijke groet,

Redactie Evenementengids Flevoland

De basisvermelding is gratis. Een uitgebreide vermelding met logo kost EUR 1.295,- per editie; door ondertekening of beantwoording van dit bericht gaat u akkoord met de voorwaarden op onze website.
"""), R("spam offering a 'free' listing for event organisers: 'Aanmelden' "
        "by replying with an empty Naam/Functie/E-mail/Telefoon form, a "
        "fee in the small print"))

TF_TEXT = """Hi there,

Still taking course registrations by email? Copying names, job titles
and invoice addresses from messages into a spreadsheet eats hours.

TicketFlow gives you a registration page in five minutes:
- attendees fill in their own details
- automatic confirmations and waiting lists
- invoices per organisation, exported to your bookkeeping

Start a free 30-day trial: https://www.ticketflow.example.com/trial

Cheers,
The TicketFlow team

TicketFlow B.V. | Keizersgracht 555 | Amsterdam
You're receiving this because your address appears on a public event
page. Unsubscribe: https://www.ticketflow.example.com/u/a9c1e0
"""
add("marketing-en-registration-software", Raw("""
Return-Path: <bounce-a9c1e0@em.ticketflow.example.com>
Received: from em.ticketflow.example.com (em.ticketflow.example.com [203.0.113.205])
	by mail.example.org (Postfix) with ESMTPS id 2B6F12C0C1
	for <aanmelden@example.org>; Wed, 24 Mar 2010 16:45:09 +0100 (CET)
From: The TicketFlow team <hello@ticketflow.example.com>
To: aanmelden@example.org
Subject: Still taking registrations by email? There's a better way
Date: Wed, 24 Mar 2010 15:45:02 +0000
Message-ID: <em.a9c1e0.20100324154502@em.ticketflow.example.com>
List-Unsubscribe: <https://www.ticketflow.example.com/u/a9c1e0>
X-Mailer: TicketFlow Campaigns
X-Campaign-ID: spring-2010-organisers
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="tf-a9c1e0"

--tf-a9c1e0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

""" + TF_TEXT + """
--tf-a9c1e0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">
<p>Hi there,</p>
<p>Still taking course registrations by email? Copying names, job titles and invoice addresses from messages into a spreadsheet eats hours.</p>
<p>TicketFlow gives you a registration page in five minutes:</p>
<ul><li>attendees fill in their own details</li><li>automatic confirmations and waiting lists</li><li>invoices per organisation, exported to your bookkeeping</li></ul>
<p><a href="https://www.ticketflow.example.com/trial" style="background:#3b82f6;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:4px">Start a free 30-day trial</a></p>
<p>Cheers,<br>The TicketFlow team</p>
<p style="font-size:11px;color:#9aa5b1">TicketFlow B.V. | Keizersgracht 555 | Amsterdam<br>You're receiving this because your address appears on a public event page. <a href="https://www.ticketflow.example.com/u/a9c1e0">Unsubscribe</a></p>
<img src="https://em.ticketflow.example.com/o/a9c1e0.gif" width="1" height="1" alt="">
</body></html>

--tf-a9c1e0--
"""), R("marketing for registration software sent to organisers "
        "(List-Unsubscribe, Precedence: bulk)"))

_z = io.BytesIO()
with zipfile.ZipFile(_z, "w", zipfile.ZIP_DEFLATED) as _zf:
    _zf.writestr("Invoice_0048817.doc",
                 "Invoice 0048817 - event registration services\r\n")
_inv = plain(
    "Accounts Department <accounts@invoice-center.example.net>",
    "Overdue invoice #INV-0048817 for event registration",
    "2010-05-21 06:02",
    """Dear customer,

Please find attached the overdue invoice for your event registration services (invoice INV-0048817, EUR 1,480.00).

Payment was due on 14 May 2010. To avoid additional charges and suspension of your registration account, please settle the amount within 48 hours.

Open the attached file for payment details.

Regards,
Accounts Department
Invoice Center Europe
""", extra=[("X-Mailer", "Microsoft Office Outlook 12.0"),
            ("X-Priority", "1")], style="outlook")
add("spam-en-overdue-invoice-zip", with_attachments(
    _inv, [attachment(_z.getvalue(), "application", "zip",
                      "Invoice_0048817.zip")]),
    R("a fake overdue invoice 'for event registration' with a zip "
      "attachment; spam"))

DIGEST = """Send Sociaal-Flevoland mailing list submissions to
	sociaal-flevoland@lists.example.net

To subscribe or unsubscribe via the World Wide Web, visit
	http://lists.example.net/mailman/listinfo/sociaal-flevoland
or, via email, send a message with subject or body 'help' to
	sociaal-flevoland-request@lists.example.net

You can reach the person managing the list at
	sociaal-flevoland-owner@lists.example.net

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Sociaal-Flevoland digest..."


Today's Topics:

   1. Leergang deSTADSWIJKstudies Almere (Verver Twee\u00ebnzeventig)
   2. Re: Vacature buurtsportcoach (Kantklosser Twintig)
   3. Netwerkbijeenkomst schuldhulp 10 juni (Hoefsmid Veertien)


----------------------------------------------------------------------

Message: 1
Date: Mon, 19 Apr 2010 11:20:14 +0200
From: Verver Twee\u00ebnzeventig <verver.tweeenzeventig@lappendeken.example.nl>
Subject: [Sociaal-Flevoland] Leergang deSTADSWIJKstudies Almere
To: sociaal-flevoland@lists.example.net
Message-ID: <4BCC20DE.5030406@lappendeken.example.nl>
Content-Type: text/plain; charset=UTF-8; format=flowed

Beste collega's,

Voor wie het nog niet wist: de gemeente Almere organiseert dit jaar de
leergang deSTADSWIJKstudies (vier dagen, 1 juni t/m 23 november).
Aanmelden kan tot 25 mei met een mailtje aan aanmelden@example.org, met
je naam, organisatie, functie, telefoonnummer en factuuradres. Ik heb me
net aangemeld; het lijkt me erg de moeite waard.

Groet,
Verver Twee\u00ebnzeventig
Stichting Lappendeken
06 5557 2072


------------------------------

Message: 2
Date: Mon, 19 Apr 2010 14:02:51 +0200
From: "Kantklosser Twintig" <kantklosser.twintig@spoelwiel.example.nl>
Subject: Re: [Sociaal-Flevoland] Vacature buurtsportcoach
To: <sociaal-flevoland@lists.example.net>
Message-ID: <004c01cadfc3$5f2e8a10$1d8b9e30$@spoelwiel.example.nl>
Content-Type: text/plain; charset="us-ascii"

De vacature staat nog open tot 1 mei; reacties graag naar onze afdeling
HR, niet naar mij persoonlijk.

Kantklosser


------------------------------

Message: 3
Date: Mon, 19 Apr 2010 16:37:09 +0200
From: Hoefsmid Veertien <h.veertien@telraam.example.nl>
Subject: [Sociaal-Flevoland] Netwerkbijeenkomst schuldhulp 10 juni
To: "sociaal-flevoland@lists.example.net"
	<sociaal-flevoland@lists.example.net>
Message-ID: <A1B2C3D4E5F6@EXCH01.telraam.example.nl>
Content-Type: text/plain; charset="iso-8859-1"

Op 10 juni organiseren wij een netwerkbijeenkomst over vroegsignalering
van schulden. Aanmelden via h.veertien@telraam.example.nl.

Hoefsmid Veertien
Schuldhulp Telraam


------------------------------

_______________________________________________
Sociaal-Flevoland mailing list
Sociaal-Flevoland@lists.example.net
http://lists.example.net/mailman/listinfo/sociaal-flevoland


End of Sociaal-Flevoland Digest, Vol 14, Issue 9
************************************************
"""
add("mailman-digest-nl-how-to-register", Raw("""
Return-Path: <sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net>
Received: from lists.example.net (lists.example.net [203.0.113.90])
	by mail.example.org (Postfix) with ESMTP id 0F4E82C0D0
	for <aanmelden@example.org>; Tue, 20 Apr 2010 12:00:06 +0200 (CEST)
From: sociaal-flevoland-request@lists.example.net
Subject: Sociaal-Flevoland Digest, Vol 14, Issue 9
To: sociaal-flevoland@lists.example.net
Reply-To: sociaal-flevoland@lists.example.net
Date: Tue, 20 Apr 2010 12:00:02 +0200
Message-ID: <mailman.3.1271757602.2291.sociaal-flevoland@lists.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-BeenThere: sociaal-flevoland@lists.example.net
X-Mailman-Version: 2.1.13
Precedence: list
List-Id: Netwerk Sociaal Domein Flevoland <sociaal-flevoland.lists.example.net>
List-Unsubscribe: <http://lists.example.net/mailman/options/sociaal-flevoland>,
	<mailto:sociaal-flevoland-request@lists.example.net?subject=unsubscribe>
List-Archive: <http://lists.example.net/pipermail/sociaal-flevoland>
List-Post: <mailto:sociaal-flevoland@lists.example.net>
List-Help: <mailto:sociaal-flevoland-request@lists.example.net?subject=help>
List-Subscribe: <http://lists.example.net/mailman/listinfo/sociaal-flevoland>,
	<mailto:sociaal-flevoland-request@lists.example.net?subject=subscribe>
Sender: sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net
Errors-To: sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net

""" + DIGEST), R("a Mailman plain-text digest: one member tells how to "
                 "register for this course and says she registered; "
                 "another announces her own meeting with 'Aanmelden via'"))

add("mailman-confirm-subscription-nl", Raw("""
Return-Path: <welzijn-almere-bounces@lists.example.net>
Received: from lists.example.net (lists.example.net [203.0.113.90])
	by mail.example.org (Postfix) with ESMTP id 5A3F72C0CE
	for <aanmelden@example.org>; Fri,  5 Mar 2010 15:12:22 +0100 (CET)
Subject: confirm 8f3c1e7a2b9d4c6e5f0a1b2c3d4e5f6a7b8c9d0e
From: welzijn-almere-request@lists.example.net
To: aanmelden@example.org
Reply-To: welzijn-almere-request@lists.example.net
Date: Fri, 05 Mar 2010 15:12:20 +0100
Message-ID: <mailman.201.1267798340.3121.welzijn-almere@lists.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit
X-BeenThere: welzijn-almere@lists.example.net
X-Mailman-Version: 2.1.13
Precedence: bulk
List-Id: Welzijn Almere <welzijn-almere.lists.example.net>
X-List-Administrivia: yes
Sender: welzijn-almere-bounces@lists.example.net
Errors-To: welzijn-almere-bounces@lists.example.net

Bevestigingsverzoek voor aanmelding bij mailinglijst

Wij hebben een verzoek ontvangen van 203.0.113.88 om uw e-mailadres
"aanmelden@example.org" toe te voegen aan de mailinglijst
welzijn-almere@lists.example.net. Om te bevestigen dat u zich wilt
aanmelden voor deze mailinglijst, kunt u eenvoudig deze e-mail
beantwoorden, zonder de onderwerpregel te wijzigen. Of bezoek deze
webpagina:

    http://lists.example.net/mailman/confirm/welzijn-almere/8f3c1e7a2b9d4c6e5f0a1b2c3d4e5f6a7b8c9d0e

Of neem de volgende regel op -- en alleen de volgende regel -- in een
bericht aan welzijn-almere-request@lists.example.net:

    confirm 8f3c1e7a2b9d4c6e5f0a1b2c3d4e5f6a7b8c9d0e

Een gewoon antwoord op deze e-mail met 'Beantwoorden' werkt ook voor
de meeste mailprogramma's.

Als u zich niet wilt aanmelden voor deze lijst, kunt u deze e-mail
negeren. Als u denkt dat iemand u zonder uw medeweten wil aanmelden,
of als u vragen heeft, stuur dan een bericht naar
welzijn-almere-owner@lists.example.net.
""", charset="iso-8859-1"),
    R("a Mailman request to confirm a list subscription of the robot's "
      "address ('Bevestigingsverzoek voor aanmelding'); it asks for a "
      "reply, which must not be sent"))

NB_TEXT = """Nieuwsbrief Sociale Agenda Almere - mei 2010

In deze nieuwsbrief:
1. Leergang deSTADSWIJKstudies: nog enkele plaatsen vrij
2. Wijkbudgetten 2011: dien uw idee in
3. Terugblik: werkconferentie Mensen maken de stad

1. Leergang deSTADSWIJKstudies: nog enkele plaatsen vrij

Op 1 juni begint de leergang deSTADSWIJKstudies op locatie Almere, vier
dagen over de sociale ontwikkeling van de groeiende stad. Voor
maatschappelijke organisaties zijn nog enkele plaatsen vrij. Meld u aan
voor 25 mei met een mail aan aanmelden@example.org met uw naam,
organisatie, functie, e-mailadres, telefoonnummer en factuuradres.

2. Wijkbudgetten 2011: dien uw idee in

Bewonersgroepen kunnen tot 1 juli een idee indienen voor hun wijk.

3. Terugblik: werkconferentie Mensen maken de stad

Ruim 200 professionals en bewoners spraken op 22 april over de sociale
bouwstenen van Almere 2.0.

---
U ontvangt deze nieuwsbrief omdat u zich daarvoor heeft aangemeld.
Afmelden: http://nieuwsbrief.almere.nl/afmelden?id=77a0c3
Gemeente Almere, Dienst Maatschappelijke Ontwikkeling
"""
add("newsletter-nl-municipal-meld-u-aan", Raw("""
Return-Path: <bounce-77a0c3@nieuwsbrief.almere.nl>
Received: from nieuwsbrief.almere.nl (nieuwsbrief.almere.nl [203.0.113.37])
	by mail.example.org (Postfix) with ESMTP id 3D9E02C0F4
	for <aanmelden@example.org>; Mon, 10 May 2010 09:00:31 +0200 (CEST)
From: Gemeente Almere | Sociale Agenda <nieuwsbrief@almere.nl>
To: aanmelden@example.org
Subject: Nieuwsbrief Sociale Agenda Almere - mei 2010
Date: Mon, 10 May 2010 09:00:22 +0200
Message-ID: <nb-2010-05.77a0c3.1273474822@nieuwsbrief.almere.nl>
List-Unsubscribe: <http://nieuwsbrief.almere.nl/afmelden?id=77a0c3>
List-Id: Nieuwsbrief Sociale Agenda <sociale-agenda.nieuwsbrief.almere.nl>
Precedence: bulk
X-Mailer: Nieuwsbriefservice 3.1
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nb-77a0c3"

--nb-77a0c3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + NB_TEXT + """
--nb-77a0c3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222222">
<h1 style="font-size:18px;color:#c8102e">Nieuwsbrief Sociale Agenda Almere - mei 2010</h1>
<h2 style="font-size:15px">Leergang deSTADSWIJKstudies: nog enkele plaatsen vrij</h2>
<p>Op 1 juni begint de leergang deSTADSWIJKstudies op locatie Almere, vier dagen over de sociale ontwikkeling van de groeiende stad. Voor maatschappelijke organisaties zijn nog enkele plaatsen vrij. Meld u aan v&oacute;&oacute;r 25 mei met een mail aan <a href="mailto:aanmelden@example.org">aanmelden@example.org</a> met uw naam, organisatie, functie, e-mailadres, telefoonnummer en factuuradres.</p>
<h2 style="font-size:15px">Wijkbudgetten 2011: dien uw idee in</h2>
<p>Bewonersgroepen kunnen tot 1 juli een idee indienen voor hun wijk.</p>
<h2 style="font-size:15px">Terugblik: werkconferentie Mensen maken de stad</h2>
<p>Ruim 200 professionals en bewoners spraken op 22 april over de sociale bouwstenen van Almere 2.0.</p>
<hr><p style="font-size:11px;color:#777777">U ontvangt deze nieuwsbrief omdat u zich daarvoor heeft aangemeld. <a href="http://nieuwsbrief.almere.nl/afmelden?id=77a0c3">Afmelden</a><br>Gemeente Almere, Dienst Maatschappelijke Ontwikkeling</p>
</body></html>

--nb-77a0c3--
"""), R("the municipality's newsletter from an almere.nl address (List-Id, "
        "List-Unsubscribe, Precedence: bulk) telling its readers how to "
        "register for this course"))

add("mailman-list-copy-member-form", Raw("""
Return-Path: <sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net>
Received: from lists.example.net (lists.example.net [203.0.113.90])
	by mail.example.org (Postfix) with ESMTP id 6F2A12C0C7
	for <aanmelden@example.org>; Thu, 22 Apr 2010 10:05:41 +0200 (CEST)
From: Schoenlapper Drieënzeventig <schoenlapper.drieenzeventig@patroonblad.example.nl>
To: sociaal-flevoland@lists.example.net
Subject: [Sociaal-Flevoland] Re: Leergang deSTADSWIJKstudies Almere
Date: Thu, 22 Apr 2010 10:05:33 +0200
Message-ID: <4BD0039D.7080309@patroonblad.example.nl>
In-Reply-To: <4BCC20DE.5030406@lappendeken.example.nl>
References: <4BCC20DE.5030406@lappendeken.example.nl>
User-Agent: Mozilla/5.0 (Windows; U; Windows NT 6.1; nl; rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Transfer-Encoding: 8bit
X-BeenThere: sociaal-flevoland@lists.example.net
X-Mailman-Version: 2.1.13
Precedence: list
Reply-To: sociaal-flevoland@lists.example.net
List-Id: Netwerk Sociaal Domein Flevoland <sociaal-flevoland.lists.example.net>
List-Unsubscribe: <http://lists.example.net/mailman/options/sociaal-flevoland>,
	<mailto:sociaal-flevoland-request@lists.example.net?subject=unsubscribe>
List-Archive: <http://lists.example.net/pipermail/sociaal-flevoland>
List-Post: <mailto:sociaal-flevoland@lists.example.net>
List-Help: <mailto:sociaal-flevoland-request@lists.example.net?subject=help>
List-Subscribe: <http://lists.example.net/mailman/listinfo/sociaal-flevoland>,
	<mailto:sociaal-flevoland-request@lists.example.net?subject=subscribe>
Sender: sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net
Errors-To: sociaal-flevoland-bounces+aanmelden=example.org@lists.example.net

Dank voor de tip! Ter info voor wie twijfelt hoe het moet: zo heb ik mij 
gisteren aangemeld, en binnen een minuut had ik een bevestiging.

Naam: Schoenlapper Drieënzeventig
Organisatie: Welzijn Patroonblad
Functie: ouderenadviseur
E-mail: schoenlapper.drieenzeventig@patroonblad.example.nl
Telefoon: 06 5557 3073
Factuuradres: Welzijn Patroonblad, Afdeling Financiën, Postbus 939, 1300 PB Almere

Groet,
Schoenlapper

_______________________________________________
Sociaal-Flevoland mailing list
Sociaal-Flevoland@lists.example.net
http://lists.example.net/mailman/listinfo/sociaal-flevoland
"""), R("a list copy (List-Id, Precedence: list) in which a member "
        "shows the form she registered with; it asks nothing of the robot"))
