"""dev3, batch 4: people whose mail looks like a machine's, or who write
about auto-replies, and who need a person or register for real.

Web-form and HR relays with a noreply sender and Reply-To, a CRM, ticket
tools (Zendesk, TOPdesk, Freshdesk), shared mailboxes, a mail rule that
forwards, an organisation's gateway that adds bulk headers, subjects with
"Automatisch", "afwezig" and "Please read". Every message and every label
is typed by hand.
"""
from dev3_lib import (add, X, P, code, plain, alt_mail, outlook2010,
                      outlook365, gmail2, tb115, ios, macmail, outlookcom,
                      conf_nl, wait_nl, reminder_nl, question_nl, robot_mid,
                      outlook_quote_nl, o365_quote_nl, ios_quote_nl, when_nl,
                      mid_hex, d, webmail)

# ---------------------------------------------------------------------------
add("portal-relay-nl-noreply-replyto", plain(
    "LeerPortaal Welzijn Patroonblad <noreply@leerportaal.patroonblad.example.nl>",
    "Aanmelding externe opleiding: deSTADSWIJKstudies op locatie Almere",
    "2010-04-19 08:47",
    """Beste opleidingsaanbieder,

Via het LeerPortaal van Welzijn Patroonblad is een aanmelding gedaan voor uw opleiding. De aanvraag is goedgekeurd door de teamleider jongerenwerk.

Opleiding:          deSTADSWIJKstudies op locatie Almere (4 dagen, 2010)
Deelnemer:          Zilversmid Negenendertig
Functie:            jongerenwerker
E-mailadres:        zilversmid.negenendertig@patroonblad.example.nl
Telefoon:           06 5553 9039
Dieetwensen:        -
Factuuradres:       Welzijn Patroonblad, Afdeling Financiën, Postbus 939, 1300 PB Almere
Kostenplaats:       JW-339

Opmerking van de deelnemer:
"Graag aanmelden voor alle vier de dagen. Ik ben op dinsdag en donderdag altijd beschikbaar."

--
Dit bericht is automatisch verstuurd door het LeerPortaal van Welzijn Patroonblad.
Reageren kan door dit bericht te beantwoorden; uw antwoord gaat naar de deelnemer.
""", reply_to="Zilversmid Negenendertig <zilversmid.negenendertig@patroonblad.example.nl>",
    extra=[("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)"),
           ("X-Priority", "3")], style="plain"),
    X("an organisation's training portal relays an approved registration "
      "from a noreply sender with Reply-To the participant; a genuine "
      "registration in machine wording", "register", "nl", people=1,
      persons=[P(name="Zilversmid Negenendertig",
                 email="zilversmid.negenendertig@patroonblad.example.nl",
                 organisation="Welzijn Patroonblad", role="jongerenwerker",
                 phone="06 5553 9039",
                 invoice_address="Welzijn Patroonblad, Afdeling Financiën, "
                 "Postbus 939, 1300 PB Almere",
                 invoice_reference="JW-339")]))

CRM_TEXT = """Geachte heer/mevrouw,

Woonstichting Inslag meldt de volgende twee medewerkers aan voor de leergang deSTADSWIJKstudies op locatie Almere:

1. Zeilmaker Eenenveertig, wijkconsulent, zeilmaker.eenenveertig@inslag.example.nl, 036 555 4141
2. Netboeter Tweeënveertig, medewerker leefbaarheid, netboeter.tweeenveertig@inslag.example.nl, 036 555 4242

Factuurgegevens: Woonstichting Inslag, Postbus 4200, 1300 JK Almere, onder vermelding van ons relatienummer REL-7781.

Met vriendelijke groet,

Perkamentmaker Veertig
Relatiebeheer
Woonstichting Inslag

------------------------------------------------------------
Dit bericht is verzonden vanuit het relatiebeheersysteem van Woonstichting Inslag. Antwoorden op dit bericht worden automatisch aan het dossier toegevoegd. Laat het kenmerk CRM:0001023 in de onderwerpregel staan.
"""
CRM_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,Tahoma,sans-serif;font-size:10pt">
<p>Geachte heer/mevrouw,</p>
<p>Woonstichting Inslag meldt de volgende twee medewerkers aan voor de leergang deSTADSWIJKstudies op locatie Almere:</p>
<ol>
<li>Zeilmaker Eenenveertig, wijkconsulent, zeilmaker.eenenveertig@inslag.example.nl, 036 555 4141</li>
<li>Netboeter Twee&euml;nveertig, medewerker leefbaarheid, netboeter.tweeenveertig@inslag.example.nl, 036 555 4242</li>
</ol>
<p>Factuurgegevens: Woonstichting Inslag, Postbus 4200, 1300 JK Almere, onder vermelding van ons relatienummer REL-7781.</p>
<p>Met vriendelijke groet,</p>
<p>Perkamentmaker Veertig<br>Relatiebeheer<br>Woonstichting Inslag</p>
<hr>
<p style="font-size:8pt;color:#808080">Dit bericht is verzonden vanuit het relatiebeheersysteem van Woonstichting Inslag. Antwoorden op dit bericht worden automatisch aan het dossier toegevoegd. Laat het kenmerk CRM:0001023 in de onderwerpregel staan.</p>
</div>
<img src="https://crm.inslag.example.nl/track/open.gif?m=0001023&amp;r=aanmelden%40example.org" width="1" height="1" alt="">
</body></html>
"""
add("crm-nl-two-colleagues", alt_mail(
    "Perkamentmaker Veertig <relatiebeheer@inslag.example.nl>",
    "Aanmelding twee medewerkers leergang Almere CRM:0001023",
    "2010-04-22 15:12", CRM_TEXT, CRM_HTML, style="outlook",
    extra=[("X-Mailer", "Microsoft CRM 4.0"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("Thread-Topic", "Aanmelding twee medewerkers leergang Almere"),
           ("Content-Language", "nl-NL")]),
    X("a housing association's relations manager registers two colleagues "
      "from a CRM that adds a tracking token, a tracking image and a "
      "system footer; the reference keeps its kind word", "register", "nl",
      people=2, persons=[
          P(name="Zeilmaker Eenenveertig",
            email="zeilmaker.eenenveertig@inslag.example.nl",
            organisation="Woonstichting Inslag", role="wijkconsulent",
            phone="036 555 4141",
            invoice_address="Woonstichting Inslag, Postbus 4200, "
            "1300 JK Almere",
            invoice_reference="relatienummer REL-7781"),
          P(name="Netboeter Tweeënveertig",
            email="netboeter.tweeenveertig@inslag.example.nl",
            organisation="Woonstichting Inslag",
            role="medewerker leefbaarheid", phone="036 555 4242",
            invoice_address="Woonstichting Inslag, Postbus 4200, "
            "1300 JK Almere",
            invoice_reference="relatienummer REL-7781")]))

C43 = code("P4KW9-7TXHM", "Mozaïeklegger Drieënveertig")
_s, _b = conf_nl("Mozaïeklegger Drieënveertig", C43, "GGD Kruissteek",
                 "jeugdverpleegkundige", "jgz@kruissteek.example.nl",
                 phone="036 555 4343",
                 ia="GGD Kruissteek, Postbus 4300, 1300 KS Almere")
ZD_TEXT = """##- Typ uw antwoord boven deze regel -##

Mozaïeklegger Drieënveertig (GGD Kruissteek JGZ)

14 apr. 2010 09:20

Goedemorgen,

Dank voor de bevestiging. Ik heb nog een vraag: ik ben slechtziend. Kunnen de presentaties van de sprekers vooraf digitaal naar mij worden gestuurd, zodat ik ze op mijn tablet kan vergroten? Of zijn ze op de dag zelf in groot lettertype op papier te krijgen?

Met vriendelijke groet,
Mozaïeklegger Drieënveertig
Jeugdverpleegkundige, GGD Kruissteek

deSTADSWIJKstudies Almere

13 apr. 2010 10:02

""" + _b + """

--------------------------------
Dit is een automatisch bericht van het klantcontactsysteem van GGD Kruissteek. Uw verzoek heeft nummer #4521. Antwoord boven de lijn om te reageren.

[8ZQDKW-P4RN]
"""
ZD_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="width:100% !important;margin:0;padding:0">
<div style="padding:10px;line-height:18px;font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:12px;color:#444444">
<div style="color:#b5b5b5">##- Typ uw antwoord boven deze regel -##</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5">
<p style="margin:0"><strong>Moza&iuml;eklegger Drie&euml;nveertig (GGD Kruissteek JGZ)</strong></p>
<p style="color:#bbbbbb;font-size:11px;margin:0">14 apr. 2010 09:20</p>
<div class="zd-comment" style="color:#2b2e2f;line-height:22px;margin:15px 0">
<p>Goedemorgen,</p>
<p>Dank voor de bevestiging. Ik heb nog een vraag: ik ben slechtziend. Kunnen de presentaties van de sprekers vooraf digitaal naar mij worden gestuurd, zodat ik ze op mijn tablet kan vergroten? Of zijn ze op de dag zelf in groot lettertype op papier te krijgen?</p>
<p>Met vriendelijke groet,<br>Moza&iuml;eklegger Drie&euml;nveertig<br>Jeugdverpleegkundige, GGD Kruissteek</p>
</div></td></tr>
<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5">
<p style="margin:0"><strong>deSTADSWIJKstudies Almere</strong></p>
<p style="color:#bbbbbb;font-size:11px;margin:0">13 apr. 2010 10:02</p>
<div class="zd-comment" style="color:#2b2e2f;line-height:22px;margin:15px 0"><pre style="white-space:pre-wrap;font-family:inherit">""" + _b.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + """</pre></div>
</td></tr></table>
</div>
<div style="padding:10px;font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:11px;color:#aaaaaa;border-top:1px solid #eeeeee">Dit is een automatisch bericht van het klantcontactsysteem van GGD Kruissteek. Uw verzoek heeft nummer #4521. Antwoord boven de lijn om te reageren.</div>
<span style="color:#FFFFFF" aria-hidden="true">[8ZQDKW-P4RN]</span>
</body></html>
"""
add("zendesk-reply-nl-question-in-ticket", alt_mail(
    "Mozaïeklegger Drieënveertig (GGD Kruissteek JGZ) <jgz@kruissteek.example.nl>",
    "[GGD Kruissteek JGZ] Re: " + _s,
    "2010-04-14 09:20", ZD_TEXT, ZD_HTML, style="plain",
    reply_to="GGD Kruissteek JGZ <jgz@kruissteek.example.nl>",
    irt=robot_mid("confirmation", C43),
    extra=[("X-Mailer", "Zendesk Mailer"),
           ("X-Zendesk-From-Account-Id", "5e1c0a7"),
           ("X-Zendesk-Email-Id", "01ZK4QW8M2R7T" + mid_hex("zd-email", 8)),
           ("X-Auto-Response-Suppress", "All")]),
    X("a participant answers her confirmation from her team's ticket "
      "system, which adds a ticket line, an 'automatisch bericht' footer "
      "and the whole thread; her own text asks for the slides in large "
      "print", "question", "nl", code=C43, q="yes"))

add("rule-forward-nl-automatisch-doorgestuurd", outlook365(
    "Scholing Zorggroep Weefraam <scholing@weefraam.example.nl>",
    "Automatisch doorgestuurd: Aanmelding leergang Almere",
    "2010-05-03 10:05",
    """Dit bericht is automatisch doorgestuurd door de regel "Externe scholing Almere" van de mailbox scholing@weefraam.example.nl.

________________________________
Van: Borduurder Vierenveertig <borduurder.vierenveertig@weefraam.example.nl>
Verzonden: maandag 3 mei 2010 10:04
Aan: Scholing Zorggroep Weefraam <scholing@weefraam.example.nl>
Onderwerp: Aanmelding leergang Almere

Beste collega's van Scholing,

Zoals afgesproken met mijn leidinggevende meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere. Willen jullie dit doorzetten naar de organisatie?

Naam: Borduurder Vierenveertig
Organisatie: Zorggroep Weefraam
Functie: specialist ouderengeneeskunde
Telefoon: 036 555 4444
Dieet: glutenvrij
Factuur: Zorggroep Weefraam, t.a.v. Scholing, Postbus 4444, 1300 WF Almere

Groet,
Borduurder Vierenveertig
""", extra=[("X-MS-Exchange-Inbox-Rules-Loop", "scholing@weefraam.example.nl"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]),
    X("a training mailbox's rule forwards an employee's registration with "
      "'Automatisch doorgestuurd' in the subject; the participant is in "
      "the forwarded mail", "register", "nl", fwd="yes", people=1,
      persons=[P(name="Borduurder Vierenveertig",
                 email="borduurder.vierenveertig@weefraam.example.nl",
                 organisation="Zorggroep Weefraam",
                 role="specialist ouderengeneeskunde",
                 phone="036 555 4444", diet="glutenvrij",
                 invoice_address="Zorggroep Weefraam, t.a.v. Scholing, "
                 "Postbus 4444, 1300 WF Almere")]))

C45 = code("J7NX3-5QWBD", "Leerlooier Vijfenveertig")
_s, _b = conf_nl("Leerlooier Vijfenveertig", C45, "Stichting Naaldwerk",
                 "beleidsmedewerker",
                 "leerlooier.vijfenveertig@naaldwerk.example.nl",
                 phone="036 555 4545",
                 ia="Stichting Naaldwerk, t.a.v. financiële administratie, "
                 "Postbus 1412, 1300 BK Almere")
add("cancel-nl-outlook2010-out-of-office-on", outlook2010(
    "Leerlooier Vijfenveertig <leerlooier.vijfenveertig@naaldwerk.example.nl>",
    "RE: " + _s,
    "2010-05-17 08:31",
    """Beste organisatie,

Helaas moet ik mij afmelden voor de leergang. Ik ben sinds vandaag met zwangerschapsverlof en kom pas in oktober terug; mijn afwezigheidsmelding staat al aan, dus op uw antwoord krijgt u waarschijnlijk een automatisch bericht terug.

Graag afmelden voor alle vier de dagen, code J7NX3-5QWBD.

Met vriendelijke groet,

Leerlooier Vijfenveertig
Beleidsmedewerker
Stichting Naaldwerk

Let op: ik ben van 17 mei t/m 8 oktober 2010 afwezig. Voor vragen kunt u terecht bij info@naaldwerk.example.nl.""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "woensdag 21 april 2010 10:00",
        "Leerlooier Vijfenveertig", _s, _b),
    irt=robot_mid("confirmation", C45)),
    X("a real cancellation before 18 May from someone whose out-of-office "
      "is already on and who says so; an absence note in her signature",
      "cancel", "nl", code=C45))

C46 = code("9MTE4-KH2VR", "Vilter Zesenveertig")
_s, _h, _t = reminder_nl("Vilter Zesenveertig", C46, 3,
                         "dinsdag 2 november 2010")
add("one-day-absence-nl-secretary-reminder", outlook2010(
    "Vilter Zesenveertig <vilter.zesenveertig@inslag.example.nl>",
    "RE: " + _s,
    "2010-10-26 13:15",
    """Goedemiddag,

Ik ben afwezig op dag 3, graag afmelden voor die dag. Op 23 november ben ik er gewoon weer.

Met vriendelijke groet,

Vilter Zesenveertig
Bestuurssecretaris
Woonstichting Inslag""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "dinsdag 26 oktober 2010 10:00", "Vilter Zesenveertig", _s,
        _h + "\n\n[...]\n\n" + _t),
    irt=robot_mid("reminder", C46)),
    X("a secretary who takes part answers the day-3 reminder: absent that "
      "day only, 'graag afmelden voor die dag'; a one-day absence is for "
      "a person", "human", "nl", code=C46))

add("status-nl-only-automatic-answer", tb115(
    "Smeedwerker Zevenenveertig <smeedwerker.zevenenveertig@knoopjesdoos.example.nl>",
    "Automatisch antwoord ontvangen, maar ben ik nu aangemeld?",
    "2010-04-26 12:00",
    """Goedemiddag,

Vorige week woensdag heb ik mij aangemeld voor de leergang. Ik kreeg daarop alleen een automatisch antwoord dat mijn bericht is doorgestuurd naar het secretariaat, maar verder niets: geen bevestiging en geen code. Kunt u nagaan of ik nu wel of niet ben aangemeld?

Met vriendelijke groet,
Smeedwerker Zevenenveertig
Pedagogisch medewerker
Kinderopvang Knoopjesdoos
06 5554 7047
"""), X("a person asks whether she is registered after getting only the "
        "robot's acknowledgement; 'Automatisch antwoord' in her subject",
        "status", "nl"))

add("shared-mailbox-nl-register-info-address", webmail(
    "Vrouwenhuis Zoomlijn <info@zoomlijn.example.nl>",
    "Aanmelding leergang",
    "2010-03-10 13:45",
    """Goedemiddag,

Ik ben Knopenmaker Achtenveertig, coördinator van Vrouwenhuis Zoomlijn, en ik wil mij graag aanmelden voor de leergang deSTADSWIJKstudies.

Ik heb (nog) geen eigen mailadres bij het Vrouwenhuis. Wilt u de bevestiging en verdere berichten naar dit algemene adres sturen, info@zoomlijn.example.nl? Zet u dan wel mijn naam erboven, want meerdere collega's lezen deze mailbox.

Telefoon: 036 555 4848
Factuur: Vrouwenhuis Zoomlijn, Zoompad 48, 1354 ZL Almere

Met vriendelijke groet,
Knopenmaker Achtenveertig

--
Vrouwenhuis Zoomlijn | Zoompad 48 | 1354 ZL Almere
Deze mailbox wordt gelezen door meerdere medewerkers en vrijwilligers.""",
    agent="Roundcube Webmail/0.3.1"),
    X("a registration from a shared info mailbox the writer asks to use "
      "(its ticket system later answers the confirmation, 034); the "
      "request for the address is no question", "register", "nl",
      people=1, persons=[P(name="Knopenmaker Achtenveertig",
                           email="info@zoomlijn.example.nl",
                           organisation="Vrouwenhuis Zoomlijn",
                           role="coördinator", phone="036 555 4848",
                           invoice_address="Vrouwenhuis Zoomlijn, "
                           "Zoompad 48, 1354 ZL Almere")]))
code("A3HQ6-TW8NK", "Knopenmaker Achtenveertig")

add("gateway-bulk-headers-nl-register", outlook2010(
    "Stukadoor Negenenveertig <stukadoor.negenenveertig@telraam.example.nl>",
    "Aanmelding deSTADSWIJKstudies (Stukadoor Negenenveertig)",
    "2010-04-28 11:30",
    """Beste organisatie,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Naam: Stukadoor Negenenveertig
Organisatie: Schuldhulp Telraam
Functie: schuldhulpverlener
E-mail: stukadoor.negenenveertig@telraam.example.nl
Telefoon: 036 555 4949
Factuuradres: Schuldhulp Telraam, Telraamhof 3, 1335 ZZ Almere

Met vriendelijke groet,
Stukadoor Negenenveertig

______________________________________________________________________
Dit bericht is verzonden via de beveiligde mailgateway van Schuldhulp Telraam. Het is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht ten onrechte ontvangen, verwijder het dan en stel de afzender op de hoogte. Dit bericht is automatisch gecontroleerd op virussen.
______________________________________________________________________
""", extra=[("Precedence", "bulk"),
            ("X-Auto-Response-Suppress", "OOF, AutoReply"),
            ("X-Gateway", "Telraam MailGuard 3.2 (outbound)"),
            ("X-Virus-Scanned", "clean")]),
    X("a plain registration whose organisation's outgoing gateway adds "
      "Precedence: bulk, X-Auto-Response-Suppress and a disclaimer",
      "register", "nl", people=1, persons=[P(
          name="Stukadoor Negenenveertig",
          email="stukadoor.negenenveertig@telraam.example.nl",
          organisation="Schuldhulp Telraam", role="schuldhulpverlener",
          phone="036 555 4949",
          invoice_address="Schuldhulp Telraam, Telraamhof 3, "
          "1335 ZZ Almere")]))

HR_TEXT = """Geachte opleider,

Onderstaande opleidingsaanvraag van Kinderopvang Knoopjesdoos is goedgekeurd. Wij verzoeken u de medewerker in te schrijven.

Medewerker:         Lakenverver Vijftig
Functie:            locatiemanager
E-mailadres:        lakenverver.vijftig@knoopjesdoos.example.nl
Telefoon werk:      036 555 5050
Opleiding:          deSTADSWIJKstudies op locatie Almere
Data:               01-06-2010, 23-09-2010, 02-11-2010, 23-11-2010
Kosten:             EUR 1.000,00
Factuuradres:       Kinderopvang Knoopjesdoos, t.a.v. HR, Knoopsgat 19, 1334 BV Almere
Kenmerk factuur:    OA-2010-0150

Vragen over deze aanvraag? Neem contact op met Rijtuigbouwer Eenenvijftig, adviseur HR (hr@knoopjesdoos.example.nl).

Dit bericht is automatisch gegenereerd door PeopleFlow HR. U kunt niet antwoorden op het afzendadres.
"""
HR_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd">
<tr><td style="background:#2a6f97;color:#ffffff;padding:12px;font-size:16px">PeopleFlow HR &ndash; Opleidingsaanvraag goedgekeurd</td></tr>
<tr><td style="padding:12px">
<p>Geachte opleider,</p>
<p>Onderstaande opleidingsaanvraag van Kinderopvang Knoopjesdoos is goedgekeurd. Wij verzoeken u de medewerker in te schrijven.</p>
<table cellpadding="3" cellspacing="0">
<tr><td><b>Medewerker</b></td><td>Lakenverver Vijftig</td></tr>
<tr><td><b>Functie</b></td><td>locatiemanager</td></tr>
<tr><td><b>E-mailadres</b></td><td>lakenverver.vijftig@knoopjesdoos.example.nl</td></tr>
<tr><td><b>Telefoon werk</b></td><td>036 555 5050</td></tr>
<tr><td><b>Opleiding</b></td><td>deSTADSWIJKstudies op locatie Almere</td></tr>
<tr><td><b>Data</b></td><td>01-06-2010, 23-09-2010, 02-11-2010, 23-11-2010</td></tr>
<tr><td><b>Kosten</b></td><td>EUR 1.000,00</td></tr>
<tr><td><b>Factuuradres</b></td><td>Kinderopvang Knoopjesdoos, t.a.v. HR, Knoopsgat 19, 1334 BV Almere</td></tr>
<tr><td><b>Kenmerk factuur</b></td><td>OA-2010-0150</td></tr>
</table>
<p>Vragen over deze aanvraag? Neem contact op met Rijtuigbouwer Eenenvijftig, adviseur HR (hr@knoopjesdoos.example.nl).</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888888">Dit bericht is automatisch gegenereerd door PeopleFlow HR. U kunt niet antwoorden op het afzendadres.</td></tr>
</table>
</body></html>
"""
add("hr-system-nl-approved-request", alt_mail(
    "PeopleFlow HR <noreply@peopleflow.example.com>",
    "Opleidingsaanvraag goedgekeurd - deSTADSWIJKstudies Almere - Lakenverver Vijftig",
    "2010-03-24 09:01", HR_TEXT, HR_HTML, style="plain",
    reply_to="Rijtuigbouwer Eenenvijftig <hr@knoopjesdoos.example.nl>",
    extra=[("X-Mailer", "PeopleFlow Notifications 2.4"),
           ("X-PeopleFlow-Tenant", "knoopjesdoos")]),
    X("an HR system's approved training request from a noreply sender "
      "with Reply-To the HR adviser; it asks the provider to enrol the "
      "employee; 'Kenmerk factuur:' is a field label", "register", "nl",
      people=1, persons=[P(name="Lakenverver Vijftig",
                           email="lakenverver.vijftig@knoopjesdoos.example.nl",
                           organisation="Kinderopvang Knoopjesdoos",
                           role="locatiemanager", phone="036 555 5050",
                           invoice_address="Kinderopvang Knoopjesdoos, "
                           "t.a.v. HR, Knoopsgat 19, 1334 BV Almere",
                           invoice_reference="OA-2010-0150")]))

add("topdesk-nl-two-colleagues", plain(
    "Servicepunt GGZ Borduurring <servicepunt@borduurring.example.nl>",
    "Melding M1005 231: aanmelding deelnemers leergang Almere",
    "2010-05-05 14:14",
    """Geachte heer/mevrouw,

Namens de afdeling Behandelzaken meld ik de volgende twee medewerkers van GGZ Borduurring aan voor de leergang deSTADSWIJKstudies op locatie Almere:

Glasblazer Drieënvijftig, verpleegkundig specialist, glasblazer.drieenvijftig@borduurring.example.nl, 036 555 5353
Beeldhouwer Vierenvijftig, ervaringsdeskundige, beeldhouwer.vierenvijftig@borduurring.example.nl, 036 555 5454

De factuur graag naar GGZ Borduurring, Postbus 1515, 1300 DA Almere, met kostenplaats 71-220.

Met vriendelijke groet,

Goudsmid Tweeënvijftig
Servicepunt GGZ Borduurring

-------------------------------------------------------------------
Meldingnummer: M1005 231
Status: In behandeling
U kunt op deze melding reageren door deze e-mail te beantwoorden. Laat het meldingnummer in de onderwerpregel staan.
Dit bericht is automatisch verstuurd vanuit TOPdesk.
""", cte="quoted-printable",
    extra=[("X-Mailer", "TOPdesk Mailer"),
           ("X-TOPdesk-Incident", "M1005 231")], style="plain"),
    X("a service desk operator registers two colleagues through TOPdesk, "
      "with a call number in the subject and 'automatisch verstuurd' "
      "below; kostenplaats in running text", "register", "nl", people=2,
      persons=[P(name="Glasblazer Drieënvijftig",
                 email="glasblazer.drieenvijftig@borduurring.example.nl",
                 organisation="GGZ Borduurring",
                 role="verpleegkundig specialist", phone="036 555 5353",
                 invoice_address="GGZ Borduurring, Postbus 1515, "
                 "1300 DA Almere", invoice_reference="kostenplaats 71-220"),
               P(name="Beeldhouwer Vierenvijftig",
                 email="beeldhouwer.vierenvijftig@borduurring.example.nl",
                 organisation="GGZ Borduurring",
                 role="ervaringsdeskundige", phone="036 555 5454",
                 invoice_address="GGZ Borduurring, Postbus 1515, "
                 "1300 DA Almere", invoice_reference="kostenplaats 71-220")]))

C55 = code("8RVD4-HN6QT", "Houtsnijder Vijfenvijftig")
_s, _b = question_nl("Houtsnijder Vijfenvijftig", "Vraag over wifi")
add("question-nl-after-automatic-ack", outlookcom(
    "Houtsnijder Vijfenvijftig <houtsnijder.vijfenvijftig@ezelsoor.example.nl>",
    "RE: " + _s,
    "2010-05-12 09:40",
    """Goedemorgen,

Op mijn vraag van 28 april kreeg ik dit automatische antwoord, maar daarna niets meer. Daarom nog maar een keer: is er wifi in het Nieuwe Lokaal, en mag ik tijdens de lezingen aantekeningen maken op mijn laptop? Ik wil dat graag weten voordat ik mijn laptop meeneem.

Mijn referentiecode is 8RVD4-HN6QT.

Groet,
Houtsnijder Vijfenvijftig
Bibliotheek Ezelsoor""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>",
        "2010-04-28 16:03",
        "Houtsnijder Vijfenvijftig <houtsnijder.vijfenvijftig@ezelsoor.example.nl>",
        _s, _b, line=True)),
    X("a participant answers the robot's automatic question acknowledgement "
      "and asks his question again (wifi, a laptop), code in his text",
      "question", "nl", code=C55, q="yes"))

add("register-en-ignore-my-out-of-office", gmail2(
    "Upholsterer FiftySix <upholsterer.fiftysix@loomcollective.example.org>",
    "Registration (please ignore my out-of-office)",
    "2010-04-07 08:30",
    """Hello,

You may receive an out-of-office reply from my address today. Please ignore it; I'm back early and the notice is still switched on.

I would like to register for the Almere course:

Upholsterer FiftySix
Project lead, Example Loom Collective
upholsterer.fiftysix@loomcollective.example.org
+31 6 5555 6056

Invoice to Example Loom Collective, Havenweg 12, 1311 AB Almere, please, with PO LC-0419 on it.

Best,
Upholsterer FiftySix
"""), X("a registration that warns of the writer's own out-of-office",
        "register", "en", people=1, persons=[P(
            name="Upholsterer FiftySix",
            email="upholsterer.fiftysix@loomcollective.example.org",
            organisation="Example Loom Collective", role="Project lead",
            phone="+31 6 5555 6056",
            invoice_address="Example Loom Collective, Havenweg 12, "
            "1311 AB Almere", invoice_reference="PO LC-0419")]))

C57 = code("X2TP8-GN4WK", "Boekdrukker Zevenenvijftig")
_s, _b = wait_nl("Boekdrukker Zevenenvijftig", C57, 3, "ROC Werkbank",
                 "praktijkopleider",
                 "boekdrukker.zevenenvijftig@werkbank.example.nl",
                 phone="06 5555 7057",
                 ia="ROC Werkbank, Crediteurenadministratie, Postbus 3434, "
                 "1300 HK Almere")
add("status-nl-ios-waitlist-automatic-message", ios(
    "Boekdrukker Zevenenvijftig <boekdrukker.zevenenvijftig@werkbank.example.nl>",
    "Re: " + _s,
    "2010-05-24 19:00",
    """Goedenavond,

Ik kreeg vrijdag dit automatische bericht dat ik op de wachtlijst sta. Kunt u mij laten weten op welke plaats ik nu sta? Misschien zijn er sindsdien mensen afgevallen.

Groet,
Boekdrukker Zevenenvijftig""" + ios_quote_nl(
        "2010-05-21 11:12",
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", _b),
    irt=robot_mid("waitlist", C57)),
    X("'this automatic message' about the waiting list: where do I stand "
      "now; code in the subject and the quoted notice", "status", "nl",
      code=C57))

C58 = code("B5MQ9-RZ3HE", "Ketellapper Achtenvijftig")
add("status-nl-forwarded-quarantine-notice", outlook2010(
    "Ketellapper Achtenvijftig <ketellapper.achtenvijftig@kantklos.example.nl>",
    "FW: Bericht in quarantaine: Bevestiging aanmelding Almere: Sociale "
    "ambities in een groeiende stad [B5MQ9-RZ3HE]",
    "2010-05-18 08:55",
    """Goedemorgen,

Onze spamfilter heeft uw bevestiging tegengehouden (zie hieronder). Ik kan het bericht zelf niet vrijgeven en onze ICT-afdeling is deze week dicht. Kunt u de bevestiging nog een keer sturen? Dan laat ik ICT uw adres daarna op de witte lijst zetten.

Met vriendelijke groet,

Ketellapper Achtenvijftig
Jeugdhulp Kantklos

-----Oorspronkelijk bericht-----
Van: Mailbeveiliging Jeugdhulp Kantklos [mailto:quarantaine@kantklos.example.nl]
Verzonden: maandag 17 mei 2010 18:00
Aan: Ketellapper Achtenvijftig
Onderwerp: Bericht in quarantaine: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B5MQ9-RZ3HE]

Het volgende bericht aan u is in quarantaine geplaatst omdat het een agenda-bijlage van een externe afzender bevat:

Van:        deSTADSWIJKstudies Almere <aanmelden@example.org>
Onderwerp:  Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [B5MQ9-RZ3HE]
Datum:      17-05-2010 14:32
Reden:      Bijlagebeleid (text/calendar)

Berichten in quarantaine worden na 14 dagen automatisch verwijderd. Neem voor vrijgave contact op met de servicedesk ICT, toestel 5599.
"""), X("a participant forwards her spam filter's quarantine notice for "
        "her confirmation and asks for it again; the code in the "
        "notice's subject", "status", "nl", code=C58))

C60 = code("T9KD3-W6PXR", "Tinsmith Sixty")
FD_TEXT = """Dear course team,

On behalf of our colleague Tinsmith Sixty, I would like to cancel her registration for the Almere course. Her reference code is T9KD3-W6PXR. She has moved to another role and will not be able to attend any of the days.

Please confirm the cancellation and make sure no invoice is sent.

Kind regards,
Woodturner FiftyNine
Office manager
Example Patchwork Care

--
This email was sent from our helpdesk. Please reply above this line to keep our conversation in one ticket.
Ticket #3307
"""
FD_HTML = """<div>Dear course team,<br><br>On behalf of our colleague Tinsmith Sixty, I would like to cancel her registration for the Almere course. Her reference code is T9KD3-W6PXR. She has moved to another role and will not be able to attend any of the days.<br><br>Please confirm the cancellation and make sure no invoice is sent.<br><br>Kind regards,<br>Woodturner FiftyNine<br>Office manager<br>Example Patchwork Care</div>
<div style="color:#999999;font-size:11px;border-top:1px solid #eeeeee;margin-top:14px;padding-top:6px">This email was sent from our helpdesk. Please reply above this line to keep our conversation in one ticket.<br>Ticket #3307</div>
"""
add("freshdesk-cancel-en-colleague", alt_mail(
    "Example Patchwork Care Office <office@patchworkcare.example.com>",
    "Cancellation Tinsmith Sixty - Almere course [#3307]",
    "2010-05-12 16:20", FD_TEXT, FD_HTML, style="plain",
    reply_to="Example Patchwork Care Office <office@patchworkcare.example.com>",
    extra=[("X-Mailer", "Freshdesk"),
           ("X-FD-Ticket-Id", "3307"),
           ("X-Auto-Response-Suppress", "OOF")]),
    X("an office manager cancels a colleague from the helpdesk tool, with "
      "her code; a ticket number in the subject and a helpdesk footer",
      "cancel", "en", code=C60))

add("substitute-nl-shared-secretariat", outlook2010(
    "Secretariaat Thuiszorg Vingerhoed <secretariaat@vingerhoed.example.nl>",
    "Vervanging deelnemer leergang",
    "2010-09-20 10:30",
    """Goedemorgen,

Onze collega Klokkengieter Tien (referentiecode E5RB7-JX2MC) is langdurig ziek. In haar plaats komt vanaf dag 2 haar collega Lampenmaker Eenenzestig, ook wijkverpleegkundige bij Thuiszorg Vingerhoed. Zijn e-mailadres is lampenmaker.eenenzestig@vingerhoed.example.nl.

Met vriendelijke groet,

Wolkammer Tweeënzestig
namens het secretariaat van Thuiszorg Vingerhoed

Dit bericht is verzonden vanuit een gedeelde mailbox. Reacties worden gelezen door alle medewerkers van het secretariaat.
"""), X("a shared secretariat mailbox sends a colleague in place of an ill "
        "participant, with her code", "substitute", "nl",
        code=code("E5RB7-JX2MC", "Klokkengieter Tien"), people=1, persons=[P(
            name="Lampenmaker Eenenzestig",
            email="lampenmaker.eenenzestig@vingerhoed.example.nl",
            organisation="Thuiszorg Vingerhoed",
            role="wijkverpleegkundige")]))

add("please-read-en-two-colleagues", outlook365(
    "Milliner SixtyFive <milliner.sixtyfive@quiltdebt.example.org>",
    "Please read - registration for two colleagues",
    "2010-03-29 09:15",
    """Dear programme secretariat,

I would like to register two members of my team for the course in Almere:

Participant 1
Name: Glassblower SixtyThree
Job title: debt counsellor
Email: glassblower.sixtythree@quiltdebt.example.org
Phone: +31 36 555 6363

Participant 2
Name: Papermaker SixtyFour
Job title: debt counsellor
Email: papermaker.sixtyfour@quiltdebt.example.org
Phone: +31 36 555 6464

Both work at Sample Quilt Debt Advice Flevoland. Invoice address for both: Sample Quilt Debt Advice Flevoland, P.O. Box 6500, 1300 QD Almere; please quote cost centre 6565 on the invoice.

Thank you,
Milliner SixtyFive
Team manager
Sample Quilt Debt Advice Flevoland
""", lang="EN"),
    X("'Please read' in the subject; a manager registers two of her team "
      "(not herself), organisation and invoice stated once", "register",
      "en", people=2, persons=[
          P(name="Glassblower SixtyThree",
            email="glassblower.sixtythree@quiltdebt.example.org",
            organisation="Sample Quilt Debt Advice Flevoland",
            role="debt counsellor", phone="+31 36 555 6363",
            invoice_address="Sample Quilt Debt Advice Flevoland, "
            "P.O. Box 6500, 1300 QD Almere",
            invoice_reference="cost centre 6565"),
          P(name="Papermaker SixtyFour",
            email="papermaker.sixtyfour@quiltdebt.example.org",
            organisation="Sample Quilt Debt Advice Flevoland",
            role="debt counsellor", phone="+31 36 555 6464",
            invoice_address="Sample Quilt Debt Advice Flevoland, "
            "P.O. Box 6500, 1300 QD Almere",
            invoice_reference="cost centre 6565")]))

add("question-en-forwarded-list-spam", macmail(
    "Stonemason Eighteen <stonemason.eighteen@patchworkcare.example.com>",
    "Fwd: Attendees list - deSTADSWIJKstudies Almere 2010",
    "2010-05-20 10:44",
    """Hello,

I received the message below this morning. It claims to sell the attendee list of your course, with names, job titles and phone numbers. Have you shared the list of participants with anyone? I registered last week (reference 8ZN3W-PC4KT) and I would like to know how my details are handled.

Regards,
Stonemason Eighteen

Begin forwarded message:

> From: Event Data Team <sales@eventleads.example.com>
> Subject: Attendees list - deSTADSWIJKstudies Almere 2010
> Date: 20 May 2010 08:12:40 GMT+02:00
> To: stonemason.eighteen@patchworkcare.example.com
>
> Hi,
>
> Would you be interested in acquiring the attendees list of "deSTADSWIJKstudies op locatie Almere 2010"?
>
> List includes: Name, Job Title, Organisation, Email, Phone Number, Address.
> Total count: 1,240 contacts
>
> Reply "Pricing" and we will send you the cost and a sample file.
>
> Regards,
> Event Data Team
> If you do not wish to receive further emails, reply "Leave out".
"""), X("a participant forwards an 'attendee list for sale' mail and asks "
        "whether her details were shared; her code in her text", "question",
        "en", code=code("8ZN3W-PC4KT", "Stonemason Eighteen"), q="yes"))

add("correction-nl-ignore-my-out-of-office", outlook2010(
    "Rietdekker Een <rietdekker.een@naaldwerk.example.nl>",
    "Afwezigheidsbericht en dieetwens [7QJ3M-XK4PD]",
    "2010-04-12 13:05",
    """Beste organisatie,

Vanochtend heeft u waarschijnlijk een afwezigheidsbericht van mij gekregen op uw bevestiging. Dat kunt u negeren: ik was een ochtend vrij en ben er weer.

Wel wil ik iets aanpassen. Ik heb als dieet "vegetarisch" opgegeven, maar ik eet ook glutenvrij. Wilt u dat bij mijn gegevens zetten? Mijn code is 7QJ3M-XK4PD.

Met vriendelijke groet,

Rietdekker Een
Stichting Naaldwerk
"""), X("a participant tells the robot to ignore her out-of-office (020) "
        "and corrects her diet; a correction is for a person", "human",
        "nl", code=code("7QJ3M-XK4PD", "Rietdekker Een")))
