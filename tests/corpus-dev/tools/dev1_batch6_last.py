"""Development set dev1, batch 6: a last few messages.  Every message and
label typed by hand."""
from set2_lib import (add, outlook, gmail, tb, mutt, apple, iphone, webmail,
                     plain, X, P, quote, robot_mid, lib)

add("outlook-nl-html-only-bold-labels", outlook(
    "Ontwikkel Eenentachtig <eenentachtig@wijkteams-test.example.nl>",
    "Aanmelding", "2010-05-11 10:30",
    "", html_only=True, html="""<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>
<body lang=NL>
<div class=WordSection1>
<p class=MsoNormal>Goedemorgen,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Hierbij mijn aanmelding voor de leergang.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Naam:</b> Ontwikkel Eenentachtig<o:p></o:p></p>
<p class=MsoNormal><b>Organisatie:</b> Wijkteams Testland<o:p></o:p></p>
<p class=MsoNormal><b>Functie:</b> gedragswetenschapper<o:p></o:p></p>
<p class=MsoNormal><b>Telefoon:</b> 06&nbsp;81&nbsp;81&nbsp;81&nbsp;81<o:p></o:p></p>
<p class=MsoNormal><b>Factuuradres:</b> Wijkteams Testland, Financi&euml;le administratie, Postbus 777, 1300 AT Almere<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>
<p class=MsoNormal>Ontwikkel Eenentachtig<o:p></o:p></p>
</div></body></html>
"""),
  X("HTML-only Outlook with bold labels and non-breaking spaces in the phone", "register", "nl", people=1, persons=[P(
      name="Ontwikkel Eenentachtig", email="eenentachtig@wijkteams-test.example.nl",
      organisation="Wijkteams Testland", role="gedragswetenschapper",
      phone="06 81 81 81 81",
      invoice_address="Wijkteams Testland, Financiële administratie, Postbus 777, 1300 AT Almere")]))

add("wlm-en-freetext-signature", plain(
    "Dev Person Eightytwo <dp82@examplecommunity.example.org>",
    "Almere course 2010", "2010-05-12 13:20",
    """Dear course team,

I read about deSTADSWIJKstudies in the municipality's newsletter and would love to join. I am a neighbourhood mediator and work mostly in Almere Haven. I am allergic to shellfish.

The invoice can go to our finance department (address below), reference "Mediation training 2010".

Warm regards,

Dev Person Eightytwo
Neighbourhood Mediator
Example Community Trust
Finance Department, Grote Markt 12, 1315 JG Almere
Tel. 036 - 123 4382""", cte="quoted-printable",
    extra=[("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726")]),
  X("English prose with a signature; the invoice address is the finance line of the signature; the reference in quotes as written", "register", "en", people=1, persons=[P(
      name="Dev Person Eightytwo", email="dp82@examplecommunity.example.org",
      organisation="Example Community Trust", role="Neighbourhood Mediator",
      phone="036 - 123 4382", diet="allergic to shellfish",
      invoice_address="Example Community Trust, Finance Department, Grote Markt 12, 1315 JG Almere",
      invoice_reference="Mediation training 2010")]))

add("gmail-nl-one-day-stand-in", gmail(
    "Ontwikkel Zesenveertig <o.zesenveertig@ggdmodelregio.example.nl>",
    "Dag 3: collega in mijn plaats", "2010-10-26 09:00",
    """Beste,

Op 2 november kan ik niet; mijn collega Vervang Drieëntachtig (v83@ggdmodelregio.example.nl) gaat die ene dag in mijn plaats. De dag erna, 23 november, ben ik er zelf weer.

Groet,
Ontwikkel Zesenveertig"""),
  X("a colleague for one day only: not a substitution of the seat, a person arranges it", "human", "nl"))

add("tb-nl-q-replace-when-ill", tb(
    "Ontwikkel Vijfenveertig <vijfenveertig@bibliotheekoefenstad.example.nl>",
    "Vraag over vervanging", "2010-05-04 11:11",
    """Beste,

Mijn collega Ontwikkel Acht en ik zijn allebei aangemeld. Als een van ons een dag ziek is, mag de ander dan een derde collega meenemen, of moet die zich apart aanmelden?

Groet,
Ontwikkel Vijfenveertig"""),
  X("a question with registration words about a possible stand-in; nobody registered or changed", "question", "nl", q="yes"))
