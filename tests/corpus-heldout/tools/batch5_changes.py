# Changes (141-165): cancellations, substitutions, status questions.
from lib import *  # noqa
from batch3_nonreg import plain, outlook, gmail  # noqa

plain(141, "cancel-nl-code-in-text",
      "Cursist Zeven <cursist.zeven@voorbeeldjeugd.example.nl>",
      "afmelden leergang", "Mon, 10 May 2010 09:00:00 +0200",
      """Hallo,

Door een reorganisatie bij ons kan ik helaas niet meer deelnemen. Wilt u mij afmelden? Mijn referentiecode is D7NZS-3KVMF.

Groet,
Cursist Zeven
""", X("A cancellation with the code in the writer's own text.", "cancel", "nl", code="D7NZS-3KVMF"))

gmail(142, "cancel-en-code-in-text",
      "Attendee Five <attendee.five@gmail.example.com>",
      "Cancellation", "Tue, 11 May 2010 12:30:00 +0200",
      """Hi,

I'm sorry but I have to cancel my registration for the Almere course. My reference code: F4PWL-6HNEX.

Best,
Attendee Five
""", X("An English cancellation with the code in the text.", "cancel", "en", code="F4PWL-6HNEX"))

plain(143, "cancel-nl-no-code",
      "Deelnemer Vijftig <d.vijftig@ggdvoorbeeldregio.example.nl>",
      "Afmelding", "Wed, 12 May 2010 08:20:00 +0200",
      """Beste,

Ik moet me helaas afmelden voor de leergang; mijn nieuwe functie laat het niet toe. Mijn code heb ik niet bij de hand, ik hoop dat het zo ook lukt.

Met vriendelijke groet,
Deelnemer Vijftig
""", X("A cancellation without the code; the intent is clear, the code is missing.", "cancel", "nl"))

outlook(144, "cancel-en-no-code",
        "Participant Fifty-One <participant.51@voorbeeldonderwijs.example.nl>",
        "Cancel my registration", "Wed, 12 May 2010 15:00:00 +0200",
        """Dear organiser,

Please cancel my registration for the Almere course. Unfortunately my leave has been moved and I can no longer attend.

Kind regards,
Participant Fifty-One
""", X("An English cancellation without a code.", "cancel", "en"), lang="EN-GB")

gmail(145, "cancel-nl-code-only-in-quote",
      "Deelnemer Zevenenveertig <d.47@voorbeeldjeugd.example.nl>",
      "Afmelding", "Thu, 13 May 2010 10:00:00 +0200",
      """Beste,

Ik kan toch niet komen, wilt u mij afmelden?

Groet, Deelnemer Zevenenveertig

Op 12 april 2010 11:41 schreef deSTADSWIJKstudies Almere <aanmelden@example.org>:
> Beste Deelnemer Zevenenveertig,
>
> U bent aangemeld voor de leergang
> "Almere: Sociale ambities in een groeiende stad".
> Uw plaats is bevestigd.
>
> Uw referentiecode is A7LJD-3WFKS. Bewaar deze mail: met deze code kunt
> u zich afmelden of een collega in uw plaats sturen.
""", X("A cancellation whose code appears only in the quoted confirmation (the subject was changed).", "cancel", "nl", code="A7LJD-3WFKS"),
      irt="<confirm.A7LJD-3WFKS@example.org>")

outlook(146, "cancel-en-outlook-quote-only",
        "Participant Forty-Eight <participant.48@examplecare.example.com>",
        "RE: Registration", "Fri, 14 May 2010 09:30:00 +0200",
        """Hello,

Something has come up and I won't be able to take part after all. Please cancel.

Participant Forty-Eight

From: deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]
Sent: Tuesday, April 13, 2010 09:18
To: Participant Forty-Eight
Subject: Registration confirmed: Almere: Sociale ambities in een groeiende stad [C4SXQ-9GBMV]

Dear Participant Forty-Eight,

You are registered for the course
"Almere: Sociale ambities in een groeiende stad".
Your seat is confirmed.

Your reference code is C4SXQ-9GBMV. Please keep this mail: with this
code you can cancel or send a colleague in your place.
""", X("An Outlook cancellation with the code only in the quoted confirmation header and text.", "cancel", "en", code="C4SXQ-9GBMV"),
        lang="EN-GB")

plain(147, "cancel-nl-manager-on-behalf",
      "Regiomanager Drieëndertig <r.drieendertig@meevoorbeeld.example.nl>",
      "Afmelding Cursist Eenendertig", "Mon, 17 May 2010 11:00:00 +0200",
      """Beste,

Cursist Eenendertig is langdurig ziek en kan niet deelnemen. Wilt u haar afmelden? De code uit haar bevestiging is N2XCT-4FJMR.

Met vriendelijke groet,
Regiomanager Drieëndertig
MEE Voorbeeld
""", X("The manager who registered her cancels a colleague, giving the colleague's code.", "cancel", "nl", code="N2XCT-4FJMR"))

plain(148, "cancel-nl-after-deadline",
      "Deelnemer Een <deelnemer.een@stichtingvoorbeeld.example.nl>",
      "Afmelding leergang [82MRZ-KQF3J]", "Tue, 8 Jun 2010 14:00:00 +0200",
      """Beste,

Na de eerste dag moet ik helaas concluderen dat ik de overige drie dagen niet kan bijwonen; mijn project loopt toch uit. Ik meld me daarom af. Ik begrijp dat de bijdrage na 18 mei verschuldigd blijft.

Met vriendelijke groet,
Deelnemer Een
""", X("A cancellation after the cancellation deadline, code in the subject; it acknowledges the fee, asks nothing.", "cancel", "nl", code="82MRZ-KQF3J"),
      flowed=True)

plain(149, "cancel-nl-off-waitlist",
      "Medewerker Zevenennegentig <m.97@voorbeeldwelzijn.example.nl>",
      "Re: Wachtlijst Almere: Sociale ambities in een groeiende stad [L8DHQ-5CRWP]",
      "Wed, 19 May 2010 09:00:00 +0200",
      """Haal mij maar van de wachtlijst, ik heb een andere cursus gevonden.

Medewerker Zevenennegentig

> Wilt u van de wachtlijst af? Antwoord op deze mail met "afmelden" en
> laat uw code L8DHQ-5CRWP in het onderwerp staan.
""", X("Asks to be taken off the waiting list in reply to the waitlist mail; a cancellation with the code in the subject.", "cancel", "nl", code="L8DHQ-5CRWP"))

html = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=NL><div class=WordSection1>
<p class=MsoNormal>Geachte organisatie,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hierbij meld ik mij af voor de leergang deSTADSWIJKstudies. Mijn referentiecode is <b>B9QHN-7WLSA</b>.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>Voorbeeld Persoon<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F497D'>Woningcorporatie Voorbeeld Wonen</span><o:p></o:p></p>
</div></body></html>
"""
m = single(html_part(html, charset="windows-1252"))
headers(m, "Voorbeeld Persoon <v.persoon@voorbeeldwonen.example.nl>", "Afmelding",
        "Thu, 20 May 2010 10:00:00 +0200", mid="<150A1B2C3D4E5F@EXCH02.voorbeeldwonen.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(150, "cancel-nl-html-only-code", m, X("An HTML-only Outlook cancellation; the code is in bold.", "cancel", "nl", code="B9QHN-7WLSA"))

plain(151, "cancel-nl-iphone-short",
      "Deelnemer Honderddrie <d.103@politievoorbeeld.example.nl>",
      "Afmelden", "Fri, 21 May 2010 07:02:00 +0200",
      """Afmelden svp. Code JS6PN-9DXLA. Dienst is omgegooid.

Verzonden vanaf mijn iPhone""", X("A terse iPhone cancellation with the code.", "cancel", "nl", code="JS6PN-9DXLA"),
      cte="quoted-printable")

plain(152, "cancel-nl-ziek-vraag-kosten",
      "Cursist Tweeënvijftig <c.52@voorbeeldmantelzorg.example.nl>",
      "Re: Herinnering: dag 1 van Almere: Sociale ambities in een groeiende stad, 1 juni [M4CKV-8PBZN]",
      "Mon, 31 May 2010 18:00:00 +0200",
      """Beste,

Ik ben ziek geworden en moet me helaas afmelden voor de hele leergang. Moet mijn organisatie de bijdrage nu toch betalen, gezien de omstandigheden?

Groet,
Cursist Tweeënvijftig
""", X("A cancellation because of illness with the code in the subject, plus a question about the fee.", "cancel", "nl", code="M4CKV-8PBZN", q="yes"))

plain(153, "subst-nl-collega-neemt-plaats",
      "Deelnemer Veertien <d.veertien@welzijnvoorbeeldstad.example.nl>",
      "Vervanging [E6RKD-2TPXV]", "Mon, 17 May 2010 13:00:00 +0200",
      """Beste,

Ik kan helaas niet deelnemen. Mijn collega Collega Honderdeenendertig neemt mijn plaats in. Haar e-mailadres is c.131@welzijnvoorbeeldstad.example.nl; zij is ook manager wijkteams bij Welzijn Voorbeeldstad.

Groet,
Deelnemer Veertien
""", X("A substitution with the code: the colleague (name, address, role, organisation) takes the seat.",
       "substitute", "nl", code="E6RKD-2TPXV", people=1, persons=[dict(
           name="Collega Honderdeenendertig", email="c.131@welzijnvoorbeeldstad.example.nl",
           organisation="Welzijn Voorbeeldstad", role="manager wijkteams")]))

plain(154, "subst-en-colleague-instead",
      "Participant Two <p.two@welzijnvoorbeeldstad.example.nl>",
      "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [K3TB9-ZRM5E]",
      "Tue, 18 May 2010 09:00:00 +0200",
      """Hello,

I can no longer attend, so my colleague Participant Hundred-Thirty-Two (p.132@welzijnvoorbeeldstad.example.nl) will take my place. Same organisation, same invoice details.

Best regards,
Participant Two
""", X("An English substitution with the code in the subject.",
       "substitute", "en", code="K3TB9-ZRM5E", people=1, persons=[dict(
           name="Participant Hundred-Thirty-Two", email="p.132@welzijnvoorbeeldstad.example.nl")]), cte="quoted-printable",
      extra=[("X-Mailer", "Apple Mail (2.1078)")])

plain(155, "subst-nl-reply-reminder-vervanging",
      "Medewerker Negen <mnegen@almere.nl>",
      "RE: Herinnering: dag 2 van Almere: Sociale ambities in een groeiende stad, 23 september [T8GXA-9RDKE]",
      "Thu, 16 Sep 2010 11:00:00 +0200",
      """vervanging: mijn collega Ambtenaar Honderddrieëndertig (ahonderd33@almere.nl) gaat vanaf dag 2 in mijn plaats. Ik ben overgeplaatst naar een ander project.

Medewerker Negen
""", X("'vervanging' in reply to a reminder, code in the subject; the municipal colleague takes over.",
       "substitute", "nl", code="T8GXA-9RDKE", people=1, persons=[dict(
           name="Ambtenaar Honderddrieëndertig", email="ahonderd33@almere.nl")]),
      charset="windows-1252", cte="quoted-printable")

outlook(156, "subst-nl-no-code",
        "Persoon Drieënveertig <p.43@voorbeeldwonen.example.nl>",
        "Vervanger voor de leergang", "Fri, 21 May 2010 10:00:00 +0200",
        """Goedemorgen,

Ik kan niet meer deelnemen aan de leergang. Mijn collega Persoon Honderdvierendertig (p.134@voorbeeldwonen.example.nl) wil graag mijn plaats innemen. Mijn code kan ik niet meer vinden.

Met vriendelijke groet,
Persoon Drieënveertig
""", X("A substitution request without the code.",
       "substitute", "nl", people=1, persons=[dict(
           name="Persoon Honderdvierendertig", email="p.134@voorbeeldwonen.example.nl")]))

plain(157, "subst-nl-manager-swaps",
      "HR-adviseur Zesentwintig <hr.zesentwintig@zorggroepvoorbeeld.example.nl>",
      "Wijziging deelnemer Zorggroep Voorbeeld [S5VDG-8KQZB]", "Mon, 24 May 2010 14:00:00 +0200",
      """Beste,

Medewerker Vijfentwintig (code S5VDG-8KQZB) is uit dienst. In haar plaats komt Medewerker Honderdvijfendertig, locatiemanager, m.135@zorggroepvoorbeeld.example.nl, 06-12345735. Factuurgegevens blijven gelijk.

Met vriendelijke groet,
HR-adviseur Zesentwintig
""", X("HR substitutes one registered employee by another, with the leaving employee's code.",
       "substitute", "nl", code="S5VDG-8KQZB", people=1, persons=[dict(
           name="Medewerker Honderdvijfendertig", email="m.135@zorggroepvoorbeeld.example.nl",
           organisation="Zorggroep Voorbeeld", role="locatiemanager", phone="06-12345735")]))

plain(158, "status-nl-wachtlijst-code",
      "Medewerker Zesennegentig <m.96@voorbeeldwelzijn.example.nl>",
      "Stand wachtlijst", "Mon, 24 May 2010 09:00:00 +0200",
      """Beste,

Sta ik nog op de wachtlijst, en zo ja op welke plaats? Mijn code is FD5MH-8WQKT.

Groet,
Medewerker Zesennegentig
""", X("A status question with the code.", "status", "nl", code="FD5MH-8WQKT"))

gmail(159, "status-en-code",
      "Participant Fifty-Nine <participant.59@exampleyouth.example.com>",
      "Registration status KC7XB-4RLMS", "Tue, 25 May 2010 10:00:00 +0200",
      """Hi,

Could you tell me whether my registration is confirmed? I filled in the form on the website a month ago. Reference: KC7XB-4RLMS.

Thanks!
""", X("An English status question with the code.", "status", "en", code="KC7XB-4RLMS"))

plain(160, "status-nl-after-deadline-code",
      "Cursist Honderd <cursist.honderd@example.nl>",
      "Is mijn aanmelding definitief? (NE2GT-6YPHW)", "Wed, 26 May 2010 20:00:00 +0200",
      """Goedenavond,

De aanmelding is gisteren gesloten. Is mijn aanmelding nu definitief, of sta ik nog op de wachtlijst? Mijn code staat in het onderwerp.

Vriendelijke groeten,
Cursist Honderd
""", X("A status question after registration closed, code in the subject.", "status", "nl", code="NE2GT-6YPHW"),
      charset="iso-8859-1", cte="quoted-printable")

plain(161, "status-nl-code-subject-only",
      "Participant Achttien <p.achttien@buurtwerknoord.example.nl>",
      "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [PW8RD-3KTFV]",
      "Thu, 27 May 2010 08:30:00 +0200",
      """Hallo,

Klopt het dat ik nog steeds ben ingeschreven? Ik kreeg een bericht van een collega dat er iets mis was met de lijst.

Groet,
Participant Achttien
""", X("Asks whether she is still registered; the code is only in the subject.", "status", "nl", code="PW8RD-3KTFV"))

m = alt("""Beste organisatie,

Hierbij trek ik mijn aanmelding voor de leergang in. Referentiecode: G7ZMR-3BQTD.

Met vriendelijke groet,
Deelnemer Eenenveertig
""", html_outlook("""Beste organisatie,

Hierbij trek ik mijn aanmelding voor de leergang in. Referentiecode: G7ZMR-3BQTD.

Met vriendelijke groet,
Deelnemer Eenenveertig
"""), charset="windows-1252", cte="base64")
headers(m, "Deelnemer Eenenveertig <d.41@voorbeeldonderwijs.example.nl>", "Intrekken aanmelding",
        "Mon, 17 May 2010 12:00:00 +0200", mid="<162B2C3D4E5F@mail.voorbeeldonderwijs.example.nl>",
        extra=[("X-Mailer", "Microsoft Office Outlook 12.0")])
add(162, "cancel-nl-intrekken-base64", m, X(
    "'Ik trek mijn aanmelding in' (withdraws, no 'afmelden'), base64 windows-1252, code in the text.",
    "cancel", "nl", code="G7ZMR-3BQTD"))

outlook(163, "subst-en-full-details",
        "Participant Eighty <participant.80@exampleyouth.example.com>",
        "Substitute for the Almere course - ref X9FJ2-LT7RA", "Tue, 18 May 2010 16:00:00 +0200",
        """Dear organiser,

I have to pull out, but I'd like to send a colleague instead:

Name: Participant Hundred-Thirty-Six
Role: youth worker
Email: participant.136@exampleyouth.example.com
Phone: 06 1234 5736
Diet: vegetarian

My reference code is X9FJ2-LT7RA. Invoice details unchanged.

Kind regards,
Participant Eighty
""", X("An English substitution with full details of the colleague and the code.",
       "substitute", "en", code="X9FJ2-LT7RA", people=1, persons=[dict(
           name="Participant Hundred-Thirty-Six", email="participant.136@exampleyouth.example.com",
           role="youth worker", phone="06 1234 5736", diet="vegetarian")]), lang="EN-GB")

plain(164, "status-en-no-code",
      "Colleague Hundred-Two <colleague.102@examplehousing.example.com>",
      "Am I registered?", "Fri, 21 May 2010 09:00:00 +0200",
      """Hello,

My office manager registered me for the Almere course last week, but I haven't received anything. Could you confirm that I'm registered?

Thanks,
Colleague Hundred-Two
""", X("A status question without a code from someone registered by a colleague.", "status", "en"))

plain(165, "cancel-nl-subject-code-no-quote",
      "Aanmelder Acht <aanmelder.acht@vluchtelingenwerkvoorbeeld.example.nl>",
      "Re: Bevestiging aanmelding Almere: Sociale ambities in een groeiende stad [R2WQE-6GXHT]",
      "Tue, 18 May 2010 08:00:00 +0200",
      """Helaas moet ik afzeggen, er is een sterfgeval in de familie. Excuses voor het late bericht.

Aanmelder Acht
""", X("'Afzeggen' in a reply to the confirmation; the code is only in the subject.", "cancel", "nl", code="R2WQE-6GXHT"))
