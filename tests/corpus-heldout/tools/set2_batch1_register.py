"""Set 2, batch 1: one person registers, in many shapes (hand-written)."""
from set2_lib import (add, X, P, plain, tb, mutt, iphone, outlook, gmail,
                      apple, webmail, with_attachments, attachment, Raw, d,
                      mid, nxt)
import lib

add("tb-nl-form-typo-labels", tb(
    "Cursist Vijf <c.vijf@proefwijk.example.nl>",
    "aanmelding leergang stadswijkstudies", "2010-03-02 10:12", """\
Goedemorgen,

Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Naam : Cursist Vijf
Organsatie : Stichting Proefwijk
Fucntie : opbouwwerker
Emial : c.vijf@proefwijk.example.nl
Telefoon : 036-5401122
Dieet : geen

Factuuradres : Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere
Kenmerk factuur : PW-2010-114

Met vriendelijke groet,
Cursist Vijf
"""), X("form with misspelt labels (Organsatie, Fucntie, Emial); diet geen means none",
        "register", "nl", people=1, persons=[P(
            "Cursist Vijf", "c.vijf@proefwijk.example.nl", "Stichting Proefwijk",
            "opbouwwerker", "036-5401122", None,
            "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere",
            "PW-2010-114")]))

add("outlook-nl-label-next-line", outlook(
    "Gast Zeventien <g.zeventien@zorggroep-voorbeeldhaven.example.org>",
    "Aanmelding deSTADSWIJKstudies", "2010-03-03 14:40", """\
Beste mensen,

Hierbij mijn aanmelding.

Naam
Gast Zeventien

Organisatie
Zorggroep Voorbeeldhaven

Functie
teamleider wijkverpleging

E-mailadres
g.zeventien@zorggroep-voorbeeldhaven.example.org

Telefoonnummer
06-41122334

Factuuradres
Zorggroep Voorbeeldhaven
Afdeling Crediteuren
Havenkade 4
1311 AB Almere

Met vriendelijke groet,

Gast Zeventien
Teamleider wijkverpleging | Zorggroep Voorbeeldhaven
"""), X("form with each label on its own line and the value on the next; address over four lines",
        "register", "nl", people=1, persons=[P(
            "Gast Zeventien", "g.zeventien@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "teamleider wijkverpleging", "06-41122334",
            None, "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere")]))

add("gmail-en-form", gmail(
    "Trainee Twenty <trainee.twenty@gmail.example.com>",
    "Registration - Social ambitions in a growing city", "2010-03-04 21:05", """\
Hello,

I would like to register for the course in Almere.

Name: Trainee Twenty
Organisation: Example Housing Trust
Job title: community development officer
Email: trainee.twenty@gmail.example.com
Phone: +31 6 2233 4455
Dietary requirements: vegan
Invoice address: Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere
PO number: 4500-0921

Best regards,
Trainee Twenty
"""), X("English form; the PO number is the invoice reference (the label is not part of it)",
        "register", "en", people=1, persons=[P(
            "Trainee Twenty", "trainee.twenty@gmail.example.com", "Example Housing Trust",
            "community development officer", "+31 6 2233 4455", "vegan",
            "Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere",
            "4500-0921")]))

add("mutt-nl-freetext-signature", mutt(
    "Werker Negentien <werker19@buurtcentrum-testwijk.example.nl>",
    "deelname leergang", "2010-03-05 08:31", """\
Dag secretariaat,

Ik wil graag deelnemen aan de leergang Sociale ambities in een
groeiende stad. De factuur kan naar ons algemene adres (zie onder),
onder vermelding van project 7731.

Groet,

--
Werker Negentien
coordinator bewonersinitiatieven
Buurtcentrum Testwijk
Lindelaan 33, 1324 KL Almere
tel. 036 530 77 10
werker19@buurtcentrum-testwijk.example.nl
"""), X("free text; all details in the signature; invoice address is the address in the signature",
        "register", "nl", people=1, persons=[P(
            "Werker Negentien", "werker19@buurtcentrum-testwijk.example.nl",
            "Buurtcentrum Testwijk", "coordinator bewonersinitiatieven",
            "036 530 77 10", None, "Buurtcentrum Testwijk, Lindelaan 33, 1324 KL Almere",
            "project 7731")]))

add("apple-nl-freetext-prose", apple(
    "Student Achttien <s.achttien@bibliotheek-proefstad.example.nl>",
    "Aanmelding", "2010-03-08 16:22", """\
Beste organisatie,

Mijn naam is Student Achttien en ik werk als programmamaker bij Bibliotheek Proefstad. Graag schrijf ik mij in voor de vier dagen van deSTADSWIJKstudies. Ik ben bereikbaar op 036-5012345 of via dit mailadres. Ik eet geen vlees.

De factuur graag aan Bibliotheek Proefstad, Postbus 60, 1300 AB Almere, kenmerk BP/OPL/10-03.

Hartelijke groet,
Student Achttien
"""), X("prose registration, all details in one paragraph; 'geen vlees' is a diet",
        "register", "nl", people=1, persons=[P(
            "Student Achttien", "s.achttien@bibliotheek-proefstad.example.nl",
            "Bibliotheek Proefstad", "programmamaker", "036-5012345",
            "geen vlees", "Bibliotheek Proefstad, Postbus 60, 1300 AB Almere",
            "BP/OPL/10-03")]))

add("outlook-nl-municipal-form", outlook(
    "Ambtenaar Dertig <adertig@almere.nl>",
    "Aanmelding leergang", "2010-03-09 11:02", """\
Hallo,

Via mijn leidinggevende hoorde ik van de leergang. Bij deze meld ik me aan.

Naam: Ambtenaar Dertig
Afdeling: DMO, Sector Samenleving
Functie: beleidsadviseur wonen en zorg
Telefoon: 036-5399312
E-mail: adertig@almere.nl

Groeten,
Ambtenaar Dertig
Gemeente Almere
"""), X("municipal staff; department is not the organisation",
        "register", "nl", people=1, persons=[P(
            "Ambtenaar Dertig", "adertig@almere.nl", "Gemeente Almere",
            "beleidsadviseur wonen en zorg", "036-5399312")]))

add("iphone-nl-short", iphone(
    "Leerling Zestien <leerling16@jeugdwerk-oost.example.nl>",
    "Aanmelden", "2010-03-10 07:48", """\
Hoi, ik meld me aan voor de leergang. Leerling Zestien, jongerenwerker bij Jeugdwerk Oost, 06-12003400.

Verstuurd vanaf mijn iPhone"""), X("one-line registration from a phone; email is the From address",
                                   "register", "nl", people=1, persons=[P(
                                       "Leerling Zestien", "leerling16@jeugdwerk-oost.example.nl",
                                       "Jeugdwerk Oost", "jongerenwerker", "06-12003400")]))

add("webmail-en-numbered-list", webmail(
    "Delegate Forty <delegate40@sample-care.example.org>",
    "Course registration", "2010-03-11 13:15", """\
Dear Sir or Madam,

Please register me for the four-day course. My details:

1. Name: Delegate Forty
2. Organisation: Sample Care Foundation
3. Position: policy officer
4. E-mail: delegate40@sample-care.example.org
5. Telephone: 036 520 40 40
6. Invoice to: Sample Care Foundation, Accounts Payable, Postbus 777, 1300 AT Almere
7. Reference: cost centre 3120

Thank you,
Delegate Forty
""", agent="Horde Application Framework 3"), X(
        "numbered list of fields; 'cost centre 3120' is the reference as written",
        "register", "en", people=1, persons=[P(
            "Delegate Forty", "delegate40@sample-care.example.org", "Sample Care Foundation",
            "policy officer", "036 520 40 40", None,
            "Sample Care Foundation, Accounts Payable, Postbus 777, 1300 AT Almere",
            "cost centre 3120")]))

add("oe-nl-iso-qp-form", plain(
    "\"Cursist van Negen\" <cvnegen@woonbond-testkwartier.example.nl>",
    "Inschrijving studieprogramma", "2010-03-12 09:50", """\
Geachte heer/mevrouw,

Hierbij schrijf ik mij in voor het studieprogramma op locatie Almere.

Naam: Cursist van Negen
Organisatie: Woonbond Testkwartier
Functie: bestuurslid (vrijwilliger)
Telefoon: 036-5317788
Dieetwensen: glutenvrij

Factuur naar: Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere, t.a.v. de penningmeester

Met vriendelijke groeten,

Cursist van Negen
""", charset="iso-8859-1", cte="quoted-printable", style="outlook",
    extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5843"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5579")]),
    X("Outlook Express, ISO-8859-1 quoted-printable; no email in the text",
      "register", "nl", people=1, persons=[P(
          "Cursist van Negen", "cvnegen@woonbond-testkwartier.example.nl",
          "Woonbond Testkwartier", "bestuurslid (vrijwilliger)", "036-5317788",
          "glutenvrij",
          "Woonbond Testkwartier, p/a Kerkstraat 2, 1311 VB Almere, t.a.v. de penningmeester")]))

add("outlook-html-only-nl-table", outlook(
    "Medewerker Tweeenveertig <m42@welzijnshuis-modelstad.example.nl>",
    "Aanmelding leergang Almere", "2010-03-15 10:05", "", html_only=True,
    html="""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 12 (filtered medium)"></head>
<body lang=NL link=blue vlink=purple><div class=WordSection1>
<p class=MsoNormal>Geachte heer, mevrouw,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td width=180 valign=top><p class=MsoNormal><b>Naam<o:p></o:p></b></p></td>
<td width=320 valign=top><p class=MsoNormal>Medewerker Twee&euml;nveertig<o:p></o:p></p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Organisatie<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal>Welzijnshuis Modelstad<o:p></o:p></p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Functie<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal>manager welzijn ouderen<o:p></o:p></p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>E-mail<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal><a href="mailto:m42@welzijnshuis-modelstad.example.nl">m42@welzijnshuis-modelstad.example.nl</a><o:p></o:p></p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Telefoon<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal>036 &#8211; 5 48 19 00<o:p></o:p></p></td></tr>
<tr><td valign=top><p class=MsoNormal><b>Factuurkenmerk<o:p></o:p></b></p></td>
<td valign=top><p class=MsoNormal>inkoopnummer 2010-0457<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>Medewerker Twee&euml;nveertig<o:p></o:p></p>
</div></body></html>
"""), X("HTML-only Outlook mail with a two-column table; the name has an e-trema",
        "register", "nl", people=1, persons=[P(
            "Medewerker Tweeënveertig", "m42@welzijnshuis-modelstad.example.nl",
            "Welzijnshuis Modelstad", "manager welzijn ouderen", "036 – 5 48 19 00",
            None, None, "inkoopnummer 2010-0457")]))

add("gmail-en-freetext-signature", gmail(
    "Attendee Thirty <attendee.thirty@example-refugee-help.example.org>",
    "Sign me up please", "2010-03-16 19:44", """\
Hi there,

A colleague forwarded me the brochure and I'd love to join the course on the social agenda of Almere. Please sign me up. I'm a vegetarian, by the way.

Invoices go to our office in Amsterdam: Example Refugee Help, attn. Finance, Voorbeeldgracht 100, 1017 AA Amsterdam. Please quote "ALM-2010".

Cheers,
Attendee Thirty
Volunteer coordinator
Example Refugee Help - Almere branch
M: 06 1987 6543
"""), X("English free text with a signature; diet in prose",
        "register", "en", people=1, persons=[P(
            "Attendee Thirty", "attendee.thirty@example-refugee-help.example.org",
            "Example Refugee Help - Almere branch", "Volunteer coordinator",
            "06 1987 6543", "vegetarian",
            "Example Refugee Help, attn. Finance, Voorbeeldgracht 100, 1017 AA Amsterdam",
            "ALM-2010")]))

add("evolution-nl-base64-form", plain(
    "Vrijwilliger Achtentwintig <v28@sportservice-voorbeeld.example.nl>",
    "Aanmelding deSTADSWIJKstudies Almere", "2010-03-17 12:00", """\
Goedemiddag,

Bij dezen wil ik mij aanmelden:

Voor- en achternaam: Vrijwilliger Achtentwintig
Werkgever: Sportservice Voorbeeld
Functie: buurtsportcoach
Mobiel: 06-30303030
Mail: v28@sportservice-voorbeeld.example.nl
Allergieën: noten
Factuur t.a.v.: Sportservice Voorbeeld, Stadionweg 8, 1326 AB Almere
Onze referentie: BSC-ALM-08

Vriendelijke groet,
Vrijwilliger Achtentwintig
""", cte="base64", extra=[("X-Mailer", "Evolution 2.28.3")]),
    X("base64 UTF-8 form with label variants (Werkgever, Mobiel, Allergieën, Onze referentie)",
      "register", "nl", people=1, persons=[P(
          "Vrijwilliger Achtentwintig", "v28@sportservice-voorbeeld.example.nl",
          "Sportservice Voorbeeld", "buurtsportcoach", "06-30303030",
          "noten", "Sportservice Voorbeeld, Stadionweg 8, 1326 AB Almere",
          "BSC-ALM-08")]))

add("outlook-en-form-municipal", outlook(
    "Officer Eleven <officer11@almere.nl>",
    "Registration for the course", "2010-03-18 09:21", """\
Dear colleagues,

I'd like to register for the deSTADSWIJKstudies course.

Name: Officer Eleven
Department: Public Health and Care
Position: senior policy advisor
Phone: 036 539 9011
E-mail: officer11@almere.nl
Diet: halal

Kind regards,
Officer Eleven
Municipality of Almere
""", lang="EN-GB"), X("English form from municipal staff; organisation is Gemeente Almere",
                     "register", "en", people=1, persons=[P(
                         "Officer Eleven", "officer11@almere.nl", "Gemeente Almere",
                         "senior policy advisor", "036 539 9011", "halal")]))

add("tb-nl-colon-less-form", tb(
    "Deelneemster Zes <d.zes@ggd-voorbeeldland.example.nl>",
    "Aanmelden leergang sociale ambities", "2010-03-19 15:37", """\
Beste,

Graag meld ik me aan, mijn gegevens:

Naam          Deelneemster Zes
Organisatie   GGD Voorbeeldland
Functie       epidemioloog
Telefoon      088-0011223
E-mail        d.zes@ggd-voorbeeldland.example.nl
Factuur       GGD Voorbeeldland, Postbus 1120, 1300 BC Almere
Kenmerk       FIN/2010/0321

Met groet,
Deelneemster Zes
"""), X("form aligned with spaces instead of colons",
        "register", "nl", people=1, persons=[P(
            "Deelneemster Zes", "d.zes@ggd-voorbeeldland.example.nl", "GGD Voorbeeldland",
            "epidemioloog", "088-0011223", None,
            "GGD Voorbeeldland, Postbus 1120, 1300 BC Almere", "FIN/2010/0321")]))

add("webmail-nl-register-question-lunch", webmail(
    "Cursist Eenendertig <c31@scholengroep-proefpolder.example.nl>",
    "Aanmelding + vraag", "2010-03-22 20:18", """\
Goedenavond,

Ik meld mij aan voor de leergang.

Naam: Cursist Eenendertig
Organisatie: Scholengroep Proefpolder
Functie: zorgcoördinator
Telefoon: 06-55443322
Dieet: lactosevrij

Een vraag: is de lunch ook lactosevrij te krijgen of moet ik zelf iets meenemen?

Groeten,
Cursist Eenendertig
""", agent="Zimbra 6.0"), X("registration that also asks a question",
                           "register", "nl", q="yes", people=1, persons=[P(
                               "Cursist Eenendertig", "c31@scholengroep-proefpolder.example.nl",
                               "Scholengroep Proefpolder", "zorgcoördinator", "06-55443322",
                               "lactosevrij")]))

add("outlook-nl-w1252-signature-disclaimer", outlook(
    "Adviseur Vijfenveertig <a.vijfenveertig@corporatie-voorbeeldhuis.example.nl>",
    "Aanmelding leergang 'Sociale ambities'", "2010-03-23 10:10", """\
Geachte organisatie,

Hierbij meld ik mij aan voor de leergang ‘Sociale ambities in een groeiende stad’. De factuur kan naar het adres hieronder, graag o.v.v. kostenplaats 5120.

Met vriendelijke groet,

Adviseur Vijfenveertig
Senior adviseur leefbaarheid
Corporatie Voorbeeldhuis
Bezoekadres: Grote Markt 5, 1315 JG Almere
T 036 – 540 60 70
E a.vijfenveertig@corporatie-voorbeeldhuis.example.nl

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
"""), X("free text with a signature and disclaimer; curly quotes in windows-1252",
        "register", "nl", people=1, persons=[P(
            "Adviseur Vijfenveertig", "a.vijfenveertig@corporatie-voorbeeldhuis.example.nl",
            "Corporatie Voorbeeldhuis", "Senior adviseur leefbaarheid", "036 – 540 60 70",
            None, "Corporatie Voorbeeldhuis, Grote Markt 5, 1315 JG Almere",
            "kostenplaats 5120")]))

add("en-private-address-work-org", plain(
    "Participant Twelve <p.twelve@home.example.net>",
    "course registration", "2010-03-24 22:40", """\
Good evening,

I want to register for the Almere course. I'm writing from my private
address; please use my work address for everything:

Name: Participant Twelve
Organisation: Example Youth Care Almere
Role: family coach
Work email: participant.twelve@youthcare.example.org
Phone: 06 4100 2200

Invoice: Example Youth Care Almere, Box 501, 1300 AM Almere

Regards,
Participant Twelve
""", extra=[("User-Agent", "Alpine 2.00 (LRH 1167 2008-08-23)")]),
    X("writes from a private address but gives the work address to use",
      "register", "en", people=1, persons=[P(
          "Participant Twelve", "participant.twelve@youthcare.example.org",
          "Example Youth Care Almere", "family coach", "06 4100 2200", None,
          "Example Youth Care Almere, Box 501, 1300 AM Almere")]))

add("nl-first-last-tussenvoegsel-split", outlook(
    "Praktijk de Veertien <praktijk.deveertien@maatschappelijkwerk-proefstad.example.nl>",
    "inschrijving", "2010-03-25 13:33", """\
Goedemiddag,

Voornaam: Praktijk
Tussenvoegsel: de
Achternaam: Veertien
Organisatie: Maatschappelijk Werk Proefstad
Functie: maatschappelijk werker
Telefoon: 036-5355355
E-mail: praktijk.deveertien@maatschappelijkwerk-proefstad.example.nl
Factuuradres: zie briefhoofd, Postbus 2200, 1300 CE Almere
Kenmerk: MWP-OPL-044

Met vriendelijke groet,
Praktijk de Veertien
"""), X("name split into Voornaam, Tussenvoegsel, Achternaam; 'zie briefhoofd' is part of the address as written",
        "register", "nl", people=1, persons=[P(
            "Praktijk de Veertien",
            "praktijk.deveertien@maatschappelijkwerk-proefstad.example.nl",
            "Maatschappelijk Werk Proefstad", "maatschappelijk werker", "036-5355355",
            None, "zie briefhoofd, Postbus 2200, 1300 CE Almere", "MWP-OPL-044")]))

add("gmail-nl-reply-to-invitation-yes", gmail(
    "Bestuurder Drieënzestig <bestuurder63@vluchtelingenwerk-voorbeeld.example.org>",
    "Re: Uitnodiging leergang deSTADSWIJKstudies op locatie Almere", "2010-03-26 08:55", """\
Ja, ik kom graag! Hierbij meld ik me aan.

Bestuurder Drieënzestig, regiomanager Vluchtelingenwerk Voorbeeld
06-76767676
Factuur: Vluchtelingenwerk Voorbeeld, Postbus 99, 1300 AB Almere

Op 25 maart 2010 16:02 schreef Programmasecretariaat DMO <secretariaat@almere.nl>:

> Geachte relatie,
>
> De gemeente Almere nodigt u uit om deel te nemen aan de leergang
> deSTADSWIJKstudies op locatie Almere: "Sociale ambities in een groeiende
> stad". Vier bijeenkomsten op 1 juni, 23 september, 2 november en 23
> november 2010.
>
> Aanmelden kan bij aanmelden@example.org met uw naam, organisatie, functie,
> telefoon en factuurgegevens.
>
> Met vriendelijke groet,
>
> Programmasecretariaat DMO
"""), X("yes to the organiser's invitation, details in own text",
        "register", "nl", people=1, persons=[P(
            "Bestuurder Drieënzestig", "bestuurder63@vluchtelingenwerk-voorbeeld.example.org",
            "Vluchtelingenwerk Voorbeeld", "regiomanager", "06-76767676", None,
            "Vluchtelingenwerk Voorbeeld, Postbus 99, 1300 AB Almere")]))

add("blackberry-nl-oneliner", plain(
    "Manager Eenenvijftig <manager51@kunstcentrum-testlaan.example.nl>",
    "Aanmelding", "2010-03-29 18:02", """\
Meld mij aan svp: Manager Eenenvijftig, directeur Kunstcentrum Testlaan, 06-11119999. Factuur naar kunstcentrum, Testlaan 1, 1315 TL Almere.
Verzonden vanaf mijn draadloze BlackBerry®-handheld""", cte="base64", style="plain",
    extra=[("X-Mailer", "BlackBerry Email (5.0.0.592)")]),
    X("BlackBerry one-liner with all fields, base64",
      "register", "nl", people=1, persons=[P(
          "Manager Eenenvijftig", "manager51@kunstcentrum-testlaan.example.nl",
          "Kunstcentrum Testlaan", "directeur", "06-11119999", None,
          "kunstcentrum, Testlaan 1, 1315 TL Almere")]))

add("apple-en-form-two-phones", apple(
    "Member Fiftytwo <member52@example-foodbank.example.org>",
    "Registration deSTADSWIJKstudies", "2010-03-30 11:11", """\
Dear organisers,

Please find my registration below.

Full name: Member Fiftytwo
Organization: Example Food Bank Almere
Function: operations manager
Office phone: 036 521 00 52
Mobile: 06 5200 5200
E-mail address: member52@example-foodbank.example.org
Dietary needs: kosher
Billing address: Example Food Bank Almere, Industrieweg 52, 1332 XX Almere

With kind regards,
Member Fiftytwo
"""), X("two phone numbers: the office one is taken",
        "register", "en", people=1, persons=[P(
            "Member Fiftytwo", "member52@example-foodbank.example.org",
            "Example Food Bank Almere", "operations manager", "036 521 00 52", "kosher",
            "Example Food Bank Almere, Industrieweg 52, 1332 XX Almere")]))

add("nl-absence-subject-form", outlook(
    "Coach Zevenenvijftig <coach57@stichting-proefwijk.example.nl>",
    "Aanmelding leergang - ik ben afwezig op dag 3 (2 november)", "2010-04-01 09:40", """\
Beste organisatie,

Graag meld ik mij aan voor de leergang. Ik weet nu al dat ik op 2 november (dag 3) niet kan, vanwege een eerder geplande reis. De andere drie dagen ben ik er wel.

Naam: Coach Zevenenvijftig
Organisatie: Stichting Proefwijk
Functie: wijkcoach
Telefoon: 036-5401150
E-mail: coach57@stichting-proefwijk.example.nl
Factuuradres: Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere

Met vriendelijke groet,
Coach Zevenenvijftig
"""), X("complete form; the subject mentions an absence day, it is not an out-of-office",
        "register", "nl", people=1, persons=[P(
            "Coach Zevenenvijftig", "coach57@stichting-proefwijk.example.nl",
            "Stichting Proefwijk", "wijkcoach", "036-5401150", None,
            "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")]))

add("en-absent-subject-register", gmail(
    "Fellow Eightyone <fellow81@example-housing.example.org>",
    "Out of office on 23 September - registration for the course", "2010-04-02 14:14", """\
Hello,

I'm registering for the course, although I will be out of office on 23 September (day 2) for a conference abroad. I will attend the other three days.

Name: Fellow Eightyone
Organisation: Example Housing Trust
Role: neighbourhood manager
Phone: 036 522 81 81
Invoice address: Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere
Invoice reference: HT-0481

Thanks,
Fellow Eightyone
"""), X("English registration; subject says out of office on one day",
        "register", "en", people=1, persons=[P(
            "Fellow Eightyone", "fellow81@example-housing.example.org",
            "Example Housing Trust", "neighbourhood manager", "036 522 81 81", None,
            "Example Housing Trust, Finance, Spoorstraat 9, 1315 AA Almere", "HT-0481")]))

add("nl-register-colleague-not-sender", outlook(
    "Secretaresse Negenendertig <secr39@zorggroep-voorbeeldhaven.example.org>",
    "Aanmelding namens collega", "2010-04-06 10:30", """\
Goedemorgen,

Graag meld ik mijn collega aan voor de leergang deSTADSWIJKstudies. Zelf neem ik niet deel.

Naam: Zorgmanager Achtenzestig
Functie: zorgmanager wijkteams
E-mail: zorgmanager68@zorggroep-voorbeeldhaven.example.org
Telefoon: 036-5250068

Factuuradres: Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere
Kenmerk: ZV-2010-068

Met vriendelijke groet,

Secretaresse Negenendertig
Managementondersteuning
Zorggroep Voorbeeldhaven
"""), X("secretary registers a colleague, not herself; organisation from her signature applies",
        "register", "nl", people=1, persons=[P(
            "Zorgmanager Achtenzestig", "zorgmanager68@zorggroep-voorbeeldhaven.example.org",
            "Zorggroep Voorbeeldhaven", "zorgmanager wijkteams", "036-5250068", None,
            "Zorggroep Voorbeeldhaven, Afdeling Crediteuren, Havenkade 4, 1311 AB Almere",
            "ZV-2010-068")]))

add("en-register-my-colleague-prose", gmail(
    "Director Ninetynine <director99@example-arts.example.org>",
    "Registering a colleague", "2010-04-07 09:05", """\
Dear organisers,

I'd like to register my colleague Curator Seventythree for the course; she leads our neighbourhood programme and is the right person to attend. Her e-mail is curator73@example-arts.example.org and her phone number is 036 533 73 73.

Please send the invoice to Example Arts Centre, Finance, Kunstlaan 3, 1315 KA Almere.

Best wishes,
Director Ninetynine
Example Arts Centre
"""), X("registers a named colleague in prose; the sender is not a participant",
        "register", "en", people=1, persons=[P(
            "Curator Seventythree", "curator73@example-arts.example.org",
            "Example Arts Centre", None, "036 533 73 73", None,
            "Example Arts Centre, Finance, Kunstlaan 3, 1315 KA Almere")]))

add("nl-reregister-no-answer", tb(
    "Cursist Vijf <c.vijf@proefwijk.example.nl>",
    "Re: aanmelding leergang stadswijkstudies", "2010-03-09 09:00", """\
Goedemorgen,

Vorige week stuurde ik onderstaande aanmelding, maar ik heb nog geen bevestiging ontvangen. Is die aangekomen?

Met vriendelijke groet,
Cursist Vijf

Op 2-3-2010 10:12, Cursist Vijf schreef:
> Goedemorgen,
>
> Graag meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.
>
> Naam : Cursist Vijf
> Organsatie : Stichting Proefwijk
> Fucntie : opbouwwerker
> Emial : c.vijf@proefwijk.example.nl
> Telefoon : 036-5401122
> Dieet : geen
>
> Factuuradres : Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere
> Kenmerk factuur : PW-2010-114
""", irt=mid("tb", 1, "proefwijk.example.nl")),
    X("asks whether her earlier registration (quoted by herself) arrived; no code: a status request without code",
      "status", "nl"))

add("outlook-nl-html-alt-qp-long-lines", outlook(
    "Teamleider Zesenzestig <tl66@jeugdwerk-oost.example.nl>",
    "Aanmelding", "2010-04-08 16:48", """\
Geachte heer/mevrouw,

Naar aanleiding van de brochure die wij via de gemeente ontvingen, meld ik mij hierbij aan voor alle vier de bijeenkomsten van deSTADSWIJKstudies op locatie Almere.

Mijn gegevens:
Naam: Teamleider Zesenzestig
Organisatie: Jeugdwerk Oost
Functie: teamleider ambulant jongerenwerk
Tel: 036-5301666 / 06-66666066
Email: tl66@jeugdwerk-oost.example.nl

De factuur graag naar: Jeugdwerk Oost, Postbus 4066, 1300 GA Almere, o.v.v. ordernummer 10-0666.

Met vriendelijke groet,
Teamleider Zesenzestig
"""), X("two numbers on one line: the first is taken; 'o.v.v.' is not part of the reference",
        "register", "nl", people=1, persons=[P(
            "Teamleider Zesenzestig", "tl66@jeugdwerk-oost.example.nl", "Jeugdwerk Oost",
            "teamleider ambulant jongerenwerk", "036-5301666", None,
            "Jeugdwerk Oost, Postbus 4066, 1300 GA Almere", "ordernummer 10-0666")]))

add("en-html-webform-relay", outlook(
    "Website Example Housing Trust <noreply@example-housing.example.org>",
    "Webform: course registration", "2010-04-09 12:00", "", html_only=True,
    charset="utf-8", reply_to="Officer Seventyseven <officer77@example-housing.example.org>",
    html="""<html><body>
<h3>New submission: external course registration</h3>
<table border="0" cellpadding="4">
<tr><td><b>Course</b></td><td>deSTADSWIJKstudies Almere 2010</td></tr>
<tr><td><b>First name</b></td><td>Officer</td></tr>
<tr><td><b>Last name</b></td><td>Seventyseven</td></tr>
<tr><td><b>E-mail</b></td><td>officer77@example-housing.example.org</td></tr>
<tr><td><b>Department</b></td><td>Tenant Participation</td></tr>
<tr><td><b>Job title</b></td><td>tenant participation officer</td></tr>
<tr><td><b>Phone</b></td><td>036 522 77 77</td></tr>
<tr><td><b>Budget code</b></td><td>TP-77-2010</td></tr>
</table>
<p>This e-mail was generated by the Example Housing Trust intranet. Budget approved by: line manager.</p>
</body></html>
""", extra=[("X-Mailer", "PHPMailer 5.1")]),
    X("intranet form relayed to the robot on behalf of an employee (Reply-To); organisation is the sending organisation",
      "register", "en", people=1, persons=[P(
          "Officer Seventyseven", "officer77@example-housing.example.org",
          "Example Housing Trust", "tenant participation officer", "036 522 77 77",
          None, None, "TP-77-2010")]))

add("nl-register-question-certificate", webmail(
    "Begeleider Tweeëntachtig <begeleider82@welzijnshuis-modelstad.example.nl>",
    "Aanmelding en vraag over certificaat", "2010-04-12 11:25", """\
Beste organisatie,

Bij deze meld ik mij aan:

Naam: Begeleider Tweeëntachtig
Organisatie: Welzijnshuis Modelstad
Functie: ouderenadviseur
Telefoon: 036-5481982
Factuuradres: Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere

Krijgen deelnemers na afloop een certificaat of bewijs van deelname? Dat is voor mijn registratie als maatschappelijk werker belangrijk.

Groet,
Begeleider Tweeëntachtig
""", agent="SquirrelMail/1.4.19"), X("registration with a question about a certificate",
                                   "register", "nl", q="yes", people=1, persons=[P(
                                       "Begeleider Tweeëntachtig",
                                       "begeleider82@welzijnshuis-modelstad.example.nl",
                                       "Welzijnshuis Modelstad", "ouderenadviseur", "036-5481982",
                                       None, "Welzijnshuis Modelstad, Molenweg 7, 1313 AB Almere")]))

add("mutt-en-bulleted-form", mutt(
    "Researcher Sixtyfour <r64@example-university.example.edu>",
    "Registration: deSTADSWIJKstudies Almere", "2010-04-13 10:00", """\
Dear programme secretariat,

I hereby register for the course:

  - name:          Researcher Sixtyfour
  - affiliation:   Example University, Urban Studies group
  - position:      PhD candidate
  - email:         r64@example-university.example.edu
  - phone:         +31 20 555 6464
  - diet:          none
  - invoice:       Example University, Faculty Office, PO Box 64, 1000 AA Amsterdam
  - reference:     project URB-64

Best,
Researcher Sixtyfour
"""), X("bulleted form in mutt; affiliation is the organisation as written",
        "register", "en", people=1, persons=[P(
            "Researcher Sixtyfour", "r64@example-university.example.edu",
            "Example University, Urban Studies group", "PhD candidate", "+31 20 555 6464",
            None, "Example University, Faculty Office, PO Box 64, 1000 AA Amsterdam",
            "project URB-64")]))

add("nl-after-deadline-register", outlook(
    "Laatkomer Drieënnegentig <laat93@buurtcentrum-testwijk.example.nl>",
    "Aanmelding leergang (nog mogelijk?)", "2010-05-27 09:12", """\
Goedemorgen,

Ik meld mij aan voor de leergang, ik hoop dat het nog kan na de sluitingsdatum.

Naam: Laatkomer Drieënnegentig
Organisatie: Buurtcentrum Testwijk
Functie: sociaal werker
Telefoon: 036-5307793
Factuuradres: Buurtcentrum Testwijk, Lindelaan 33, 1324 KL Almere

Met vriendelijke groet,
Laatkomer Drieënnegentig
"""), X("a complete registration after the closing date (the robot decides what to do with it)",
        "register", "nl", people=1, persons=[P(
            "Laatkomer Drieënnegentig", "laat93@buurtcentrum-testwijk.example.nl",
            "Buurtcentrum Testwijk", "sociaal werker", "036-5307793", None,
            "Buurtcentrum Testwijk, Lindelaan 33, 1324 KL Almere")]))

m = lib.html_part("""<div dir="ltr">Beste mensen,<div><br></div><div>Ik wil me graag inschrijven voor de leergang in Almere. Ik ben <b>Wijkwerker Vierenzeventig</b>, wijkwerker bij Stichting Proefwijk. Telefoon 06-74747474.</div><div><br></div><div>De rekening mag naar Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere.</div><div><br></div><div>Groetjes,</div><div>Wijkwerker Vierenzeventig</div></div>
""", "utf-8", "quoted-printable")
m["From"] = "Wijkwerker Vierenzeventig <wijkwerker74@gmail.example.com>"
m["To"] = "aanmelden@example.org"
m["Subject"] = "inschrijving leergang"
m["Date"] = d("2010-04-14 07:07")
m["Message-ID"] = mid("gmail", nxt(), "x")
add("gmail-html-only-nl-freetext", m, X(
    "HTML-only Gmail mail, free text; private address, email is the From address",
    "register", "nl", people=1, persons=[P(
        "Wijkwerker Vierenzeventig", "wijkwerker74@gmail.example.com", "Stichting Proefwijk",
        "wijkwerker", "06-74747474", None,
        "Stichting Proefwijk, t.a.v. administratie, Postbus 3021, 1300 EA Almere")]))

add("nl-form-en-disclaimer", outlook(
    "Consulent Zesentachtig <consulent86@ggd-voorbeeldland.example.nl>",
    "Inschrijving deSTADSWIJKstudies", "2010-04-15 14:03", """\
Hallo,

Hierbij schrijf ik me in.

Naam: Consulent Zesentachtig
Organisatie: GGD Voorbeeldland
Functie: jeugdverpleegkundige
Telefoon: 088-0011286
Dieetwensen: vegetarisch, geen vis
Factuur: GGD Voorbeeldland, Postbus 1120, 1300 BC Almere
Kenmerk: FIN/2010/0386

Groet,
Consulent Zesentachtig

This message may contain confidential information and is intended only for the addressee. If you are not the intended recipient, please notify the sender and delete this message. Registration of this e-mail does not imply any commitment.
"""), X("Dutch form followed by an English disclaimer",
        "register", "nl", people=1, persons=[P(
            "Consulent Zesentachtig", "consulent86@ggd-voorbeeldland.example.nl",
            "GGD Voorbeeldland", "jeugdverpleegkundige", "088-0011286",
            "vegetarisch, geen vis", "GGD Voorbeeldland, Postbus 1120, 1300 BC Almere",
            "FIN/2010/0386")]))

add("en-signature-only-short", apple(
    "Advisor Fortyfour <advisor44@example-consultancy.example.com>",
    "Almere course", "2010-04-16 17:30", """\
Please register me for the four days. Invoice to the address below.

--
Advisor Fortyfour | Senior Advisor Social Development
Example Social Consultancy B.V.
Herengracht 44, 1015 BN Amsterdam
T +31 20 444 4444 | advisor44@example-consultancy.example.com
"""), X("one sentence plus a one-block signature",
        "register", "en", people=1, persons=[P(
            "Advisor Fortyfour", "advisor44@example-consultancy.example.com",
            "Example Social Consultancy B.V.", "Senior Advisor Social Development",
            "+31 20 444 4444", None,
            "Example Social Consultancy B.V., Herengracht 44, 1015 BN Amsterdam")]))

add("nl-pa-registers-director-prose", outlook(
    "Assistent Vijfenzeventig <assistent75@corporatie-voorbeeldhuis.example.nl>",
    "Aanmelding directeur-bestuurder", "2010-04-19 08:45", """\
Goedemorgen,

Namens onze directeur-bestuurder, Directeur Zevenennegentig, wil ik hem graag aanmelden voor de leergang deSTADSWIJKstudies. Zijn e-mailadres is directeur97@corporatie-voorbeeldhuis.example.nl. Voor vragen kunt u mij bellen op 036-5406075.

De factuur kan naar Corporatie Voorbeeldhuis, t.a.v. Financiële administratie, Postbus 450, 1300 AL Almere, o.v.v. kenmerk DIR-2010-12.

Met vriendelijke groet,

Assistent Vijfenzeventig
Directiesecretariaat
Corporatie Voorbeeldhuis
"""), X("PA registers the director; the phone given is hers, not his",
        "register", "nl", people=1, persons=[P(
            "Directeur Zevenennegentig", "directeur97@corporatie-voorbeeldhuis.example.nl",
            "Corporatie Voorbeeldhuis", "directeur-bestuurder", None, None,
            "Corporatie Voorbeeldhuis, t.a.v. Financiële administratie, Postbus 450, 1300 AL Almere",
            "DIR-2010-12")]))

add("nl-docx-only-details", with_attachments(outlook(
    "Medewerker Tachtig <mw80@sportservice-voorbeeld.example.nl>",
    "Aanmeldformulier leergang", "2010-04-20 10:50", """\
Goedemorgen,

In de bijlage vindt u het ingevulde aanmeldformulier.

Met vriendelijke groet,
Medewerker Tachtig
"""), [attachment(lib.docx([
        "Aanmeldformulier deSTADSWIJKstudies op locatie Almere",
        "Naam: Medewerker Tachtig", "Organisatie: Sportservice Voorbeeld",
        "Functie: beleidsmedewerker sport", "Telefoon: 06-80808080",
        "Factuuradres: Sportservice Voorbeeld, Stadionweg 8, 1326 AB Almere"]),
        "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
        "aanmeldformulier_leergang.docx")]),
    X("the details are only in the attached .docx: a person must read it",
      "human", "nl"))

add("en-register-asks-vat", outlook(
    "Controller Fiftyfive <controller55@example-sheltered.example.org>",
    "Registration + VAT question", "2010-04-21 15:15", """\
Dear Sir/Madam,

Herewith I register for the course.

Name: Controller Fiftyfive
Organisation: Example Sheltered Housing
Function: financial controller
Phone: 036 555 55 55
Invoice address: Example Sheltered Housing, Postbus 55, 1300 AA Almere
Invoice reference: PO 2010-5555

Could you tell me whether the fee of EUR 1,000 is exempt from VAT? We need to know for our budget.

Kind regards,
Controller Fiftyfive
""", lang="EN-GB"), X("registration plus a VAT question",
                     "register", "en", q="yes", people=1, persons=[P(
                         "Controller Fiftyfive", "controller55@example-sheltered.example.org",
                         "Example Sheltered Housing", "financial controller", "036 555 55 55",
                         None, "Example Sheltered Housing, Postbus 55, 1300 AA Almere",
                         "PO 2010-5555")]))

add("nl-semicolon-form-one-line", plain(
    "Vrijwilliger Negentig <vrijwilliger90@woonbond-testkwartier.example.nl>",
    "aanmelding", "2010-04-22 21:21", """\
Naam: Vrijwilliger Negentig; organisatie: Woonbond Testkwartier; functie: secretaris; tel: 036-5319090; dieet: vegetarisch

Groet, Vrijwilliger Negentig
""", extra=[("X-Mailer", "Opera Mail/10.53")]),
    X("all fields on one line separated by semicolons",
      "register", "nl", people=1, persons=[P(
          "Vrijwilliger Negentig", "vrijwilliger90@woonbond-testkwartier.example.nl",
          "Woonbond Testkwartier", "secretaris", "036-5319090", "vegetarisch")]))
