"""Set 6, batch 5: cancellations, substitutions and status requests
(typed by hand)."""
from set6_lib import *  # noqa: F401,F403

# ---- cancellations ----

# 134 code in her own text (68SUH-2SQT2)
add("cancel-nl-gmail-code-text", gmail("Gespreksgenoot Drie <gespreksgenoot3@kladversie.example.nl>",
    "afmelding leergang", "2010-05-03 08:44", """Goedemorgen,

Door een langdurige ziekte van een collega moet ik zijn wijk overnemen en
lukt het me niet om de leergang te volgen. Ik meld me daarom af.
Mijn referentiecode is 68SUH-2SQT2.

Jammer, een volgende keer hoop ik erbij te zijn.
Gespreksgenoot"""),
    X("cancellation with the code in her own text, before 18 May", "cancel", "nl", code="68SUH-2SQT2"))

# 135 code only in the subject (KMEUD-PSCCC)
add("cancel-en-apple-subject-code", apple("Panelist Ten <panelist.ten@youthnetwork.example.org>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [KMEUD-PSCCC]",
    "2010-04-29 19:02", """Hello,

I'm sorry, but I have to cancel. I've accepted a job in Groningen
starting in June, so I won't be able to attend any of the days.

Best wishes,
Panelist Ten""", irt=robot_mid("confirmation", "KMEUD-PSCCC")),
    X("cancellation; the code only in the kept subject", "cancel", "en", code="KMEUD-PSCCC"))

# 136 code only in the quoted confirmation (VHFWF-KYWQV)
s, b = conf_nl("Koersgenoot Zeventien", "VHFWF-KYWQV", "Bibliotheek Kladstad",
               "programmamaker jeugd & educatie", "koersgenoot17@kladstad.example.nl",
               phone="036-5551717", ia="Bibliotheek Kladstad, Stadhuisplein 17, 1315 XC Almere",
               ir="LG-2010-17")
add("cancel-nl-outlook-quote-only", outlook("Koersgenoot Zeventien <koersgenoot17@kladstad.example.nl>",
    "Afmelding leergang", "2010-05-11 15:30",
    "Beste organisatie,\n\nIn verband met een reorganisatie bij de bibliotheek is mijn functie "
    "vervallen. Ik wil me daarom afmelden voor de leergang (zie de bevestiging hieronder).\n\n"
    "Met vriendelijke groet,\nKoersgenoot Zeventien" +
    outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                     "woensdag 17 maart 2010 11:48", "Koersgenoot Zeventien", s, b),
    irt=robot_mid("confirmation", "VHFWF-KYWQV")),
    X("cancellation; the code only in the quoted confirmation, new subject", "cancel", "nl",
      code="VHFWF-KYWQV"))

# 137 no code
add("cancel-nl-pegasus-nocode", pegasus("Stadsbouwer Twintig <stadsbouwer20@kladpapier.example.com>",
    "afmelding", "2010-05-07 10:15", """Geachte organisatie,

Helaas moet ik mijn deelname aan de leergang annuleren: de opdracht
waarvoor ik de kennis nodig had, is niet doorgegaan en ik kan de
kosten als zelfstandige niet dragen. Wilt u mij afmelden?

Met vriendelijke groet,
Stadsbouwer Twintig"""),
    X("cancellation without a code", "cancel", "nl"))

# 138 on behalf of an ill colleague, with code (FKRA5-LDSYR)
add("cancel-nl-notes-colleague", notes("Teamleider Honderdachtendertig <tl138@zorggroepontwerp.example.com>",
    "Afmelding Tafelgenoot Vier (FKRA5-LDSYR)", "2010-05-14 09:02", """Geachte heer/mevrouw,

Namens mijn collega Tafelgenoot Vier, die langdurig ziek is, meld ik
haar af voor de leergang. Haar referentiecode is FKRA5-LDSYR.

Met vriendelijke groet,

Teamleider Honderdachtendertig
Zorggroep Ontwerp"""),
    X("a colleague cancels on behalf of an ill participant, with her code", "cancel", "nl",
      code="FKRA5-LDSYR"))

# 139 after 18 May, asking about the fee (XFX8Z-7BBB3)
add("cancel-en-nokia-late-fee", nokia("Wayfarer TwentyFour <wayfarer24@streethealth.example.org>",
    "Cancel XFX8Z-7BBB3", "2010-05-20 07:55", """Hi, I need to cancel my place (code XFX8Z-7BBB3). Our project funding was stopped last week. I know the free cancellation ended on 18 May - is there any way the fee can be waived, given the circumstances? We're a tiny organisation.
Wayfarer
Sent from my Nokia"""),
    X("cancellation after 18 May that asks whether the fee can be waived", "cancel", "en",
      code="XFX8Z-7BBB3", q="yes"))

# 140 after day 1, the remaining days (WZQMQ-WQYGN)
add("cancel-nl-ipad-remaining", ipad("Buurtgenoot Vijfendertig <buurtgenoot35@concepthaven.example.nl>",
    "afmelding resterende dagen", "2010-07-05 12:10", """Beste organisatie,

Na de eerste dag heb ik besloten dat ik de overige drie dagen niet meer
kom: mijn werk als gebiedsmanager laat het dit najaar niet toe. Wilt u
mij afmelden voor 23 september, 2 en 23 november? Code: WZQMQ-WQYGN.

Ik begrijp dat de bijdrage verschuldigd blijft.

Groet,
Buurtgenoot Vijfendertig

Verstuurd vanaf mijn iPad"""),
    X("after the first day, cancels the remaining days, with code", "cancel", "nl",
      code="WZQMQ-WQYGN"))

# 141 off the waiting list, reply to the waiting-list notice (M67MT-CRCHS)
s, b = wait_en("Guide EightyFour", "M67MT-CRCHS", 1, "Sample Youth Network Flevoland",
               "school social worker", "guide84@youthnetwork.example.org", cap=True,
               phone="06 5550 8484", diet="vegetarian",
               ia="Sample Youth Network Flevoland, Attn. Finance, Zuiderwagenplein 10, 8224 AD Lelystad")
add("cancel-en-gmail-waitlist", gmail("Guide EightyFour <guide84@youthnetwork.example.org>",
    "Re: " + s, "2010-05-12 08:30",
    "Hi,\n\nPlease take me off the waiting list - I'll join next year instead, my colleagues "
    "will tell me all about it.\n\nThanks,\nGuide EightyFour\n\n"
    "On Thu, Apr 22, 2010 at 1:49 PM, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:\n" +
    quote(b), irt=robot_mid("waitlist", "M67MT-CRCHS")),
    X("leaves the waiting list in reply to the notice; code in subject and quote", "cancel", "en",
      code="M67MT-CRCHS"))

# 142 reply to the 7-day reminder (FJSUB-N2JFT)
s, b = reminder_nl("Leergenoot Elf", "FJSUB-N2JFT", 1, "dinsdag 1 juni 2010")
add("cancel-nl-reminder-reply", webmail("Leergenoot Elf <leergenoot11@voorontwerp.example.net>",
    "Re: " + s, "2010-05-25 13:20",
    "Beste,\n\nHelaas kan ik toch helemaal niet deelnemen; ik ben per 1 juni overgeplaatst naar onze "
    "vestiging in Zwolle. Ik meld mij af voor alle vier de dagen.\n\nMvg,\nLeergenoot Elf\n\n"
    "Citeren deSTADSWIJKstudies Almere <aanmelden@example.org>:\n\n" + quote(b),
    agent="Internet Messaging Program (IMP) H3 (4.3.6)", irt=robot_mid("reminder", "FJSUB-N2JFT")),
    X("cancellation in reply to the reminder; code in subject and quote", "cancel", "nl",
      code="FJSUB-N2JFT"))

# 143 'ik trek mijn inschrijving in', code in the text (5PDXZ-ADGV7)
add("cancel-nl-iphone-intrekken", iphone("Stadsdenker Vijf <s.vijf@jeugdhulpdrukproef.example.nl>",
    "Inschrijving", "2010-04-30 17:05", """Hoi, ik trek mijn inschrijving voor de leergang in, code 5PDXZ-ADGV7. Mijn team heeft me nodig op de dinsdagen. Sorry!
Stadsdenker

Verzonden vanaf mijn iPhone"""),
    X("'ik trek mijn inschrijving in' with the code in the text", "cancel", "nl", code="5PDXZ-ADGV7"))

# 144 a manager cancels a leaver, no code
add("cancel-nl-winmobile-leaver", winmobile("Voortrekker Negenennegentig <v.99@jeugdhulpdrukproef.example.nl>",
    "Afmelden Inschrijver Negenentwintig", "2010-05-06 08:02", """Goedemorgen,

Inschrijver Negenentwintig, die ik op 8 april heb aangemeld, is uit
dienst gegaan. Wilt u hem afmelden voor de leergang? Ik heb zijn code
niet.

Mvg,
Voortrekker Negenennegentig
Teammanager Jeugdhulp Drukproef
Verzonden vanaf mijn Windows Mobile-telefoon"""),
    X("a manager cancels an employee who left; no code", "cancel", "nl"))

# 145 Notes reply in English (GXFZV-TJNNB)
s, b = conf_en("Contributor ThirtyThree", "GXFZV-TJNNB", "GGD Schaalstad",
               "epidemiologist, youth health monitor", "contributor33@ggdschaalstad.example.nl",
               phone="036 555 3333", ia="GGD Schaalstad, Postbus 3333, 1300 EE Almere",
               ir="cost centre 6033")
add("cancel-en-notes-reply", notes("Contributor ThirtyThree <contributor33@ggdschaalstad.example.nl>",
    "Re: " + s, "2010-05-17 16:40",
    "Dear secretariat,\n\nPlease cancel my registration. I'm going on secondment to the national "
    "institute from June until the end of the year.\n\nKind regards,\nContributor ThirtyThree\n\n\n\n"
    "deSTADSWIJKstudies Almere <aanmelden@example.org>\n14-04-2010 15:50\n\n"
    "Aan\nContributor ThirtyThree <contributor33@ggdschaalstad.example.nl>\ncc\n\nOnderwerp\n" + s +
    "\n\n\n\n\n\n" + b, irt=robot_mid("confirmation", "GXFZV-TJNNB")),
    X("cancellation in a Notes reply; code in subject and the Notes quote", "cancel", "en",
      code="GXFZV-TJNNB"))

# 146 'uitschrijven', code in text (LKBKT-ZF4S9)
add("cancel-nl-opera-uitschrijven", opera("Bezoeker Vijfentwintig <bezoeker25@voorbeeldpolder.example.nl>",
    "uitschrijven leergang", "2010-05-10 20:30", """Beste organisatoren,

Graag wil ik mij uitschrijven voor de leergang deSTADSWIJKstudies. Ons
bestuur heeft besloten het scholingsbudget dit jaar aan vrijwilligers te
besteden. Mijn code is LKBKT-ZF4S9.

Groet,
Bezoeker Vijfentwintig"""),
    X("'uitschrijven' for the course (not a mailing list), with code", "cancel", "nl",
      code="LKBKT-ZF4S9"))

# 147 from a private address, with code (4PRWV-UTNUF)
html = """<html><head><style><!--.hmmessage P{margin:0px;padding:0px}body.hmmessage{font-size: 10pt;font-family:Verdana}--></style></head>
<body class='hmmessage'>
Hallo,<br><br>Ik mail weer even vanaf mijn priv&eacute;-adres. Ik moet me helaas afmelden voor de leergang, ik ga per mei met zwangerschapsverlof (eerder dan gepland).<br>
Mijn code: 4PRWV-UTNUF<br><br>Groetjes,<br>Polderling Dertien<br>
<hr>Nieuw: Hotmail met Messenger. <a href='http://example.com/hotmail'>Probeer het nu</a></body></html>
"""
add("cancel-nl-hotmail-private", hotmail_html("Polderling 13 <polderling13@hotmail.example.com>",
    "afmelden", "2010-04-24 11:12", html),
    X("cancellation from her private address with the code", "cancel", "nl", code="4PRWV-UTNUF"))

# 148 an organisation withdraws one participant (3ELGV-NSNYD)
add("cancel-en-outlook-budget", outlook("Scribe FiftySeven <training@caregroup.example.com>",
    "Cancellation Sitter FiftyFour", "2010-05-05 14:45", """Dear Sir or Madam,

Due to budget cuts we have to withdraw one of the five colleagues we
registered in March: Sitter FiftyFour (reference 3ELGV-NSNYD). The other
four will attend as planned.

Kind regards,
Scribe FiftySeven
HR & Training, Sample Care Group Almere""", lang="EN"),
    X("HR withdraws one of five participants, with that person's code", "cancel", "en",
      code="3ELGV-NSNYD"))

# ---- substitutions ----

# 149 code in own text (VAGY5-EAV2H)
add("subst-nl-outlook2010-code-text", outlook2010("Kringlid Eenenveertig <kringlid41@zorggroepontwerp.example.com>",
    "Vervanging leergang", "2010-05-19 10:30", """Beste organisatie,

Ik kan helaas niet deelnemen aan de leergang. Vervanging: mijn collega
Kringlid Honderdnegenenveertig neemt mijn plaats in. Zij is ook
casemanager dementie bij Zorggroep Ontwerp, e-mail
kringlid149@zorggroepontwerp.example.com, telefoon 036-5551490.

Mijn referentiecode is VAGY5-EAV2H.

Met vriendelijke groet,
Kringlid Eenenveertig"""),
    X("substitution with the code in the text; the colleague's details are given", "substitute", "nl",
      code="VAGY5-EAV2H", people=1,
      persons=[P(name="Kringlid Honderdnegenenveertig", email="kringlid149@zorggroepontwerp.example.com",
                 organisation="Zorggroep Ontwerp", role="casemanager dementie",
                 phone="036-5551490")]))

# 150 code in the subject only (FJEWG-QCAJX)
add("subst-en-gmail-subject", gmail("Envoy Nineteen <envoy19@migrantcouncil.example.net>",
    "Re: Registration confirmed: Almere: Sociale ambities in een groeiende stad [FJEWG-QCAJX]",
    "2010-05-21 09:15", """Hello,

I'd like to send my colleague Envoy HundredFifty in my place; I've been
asked to lead a project that takes up all my Tuesdays. Her e-mail is
envoy150@migrantcouncil.example.net.

Thanks,
Envoy Nineteen""", irt=robot_mid("confirmation", "FJEWG-QCAJX")),
    X("substitution; the code only in the subject; only name and address of the colleague",
      "substitute", "en", code="FJEWG-QCAJX", people=1,
      persons=[P(name="Envoy HundredFifty", email="envoy150@migrantcouncil.example.net")]))

# 151 code only in the quote (N4GKT-9ZR9Q)
s, b = conf_nl("Zaalgenoot Veertien", "N4GKT-9ZR9Q", "Sportservice Testveld", "buurtsportcoach",
               "z.veertien@testveld.example.nl", phone="06-55501414",
               ia="Sportservice Testveld, Bolderweg 14, 1332 AT Almere")
add("subst-nl-android-quote", android("Zaalgenoot Veertien <z.veertien@testveld.example.nl>",
    "vervanger", "2010-05-12 18:20",
    "Hoi, ik ben geblesseerd en kan de komende maanden niet werken. Mijn collega Zaalgenoot "
    "Honderdeenenvijftig (zaalgenoot151@testveld.example.nl, 06-55501510) gaat in mijn plaats. "
    "Hij is ook buurtsportcoach.\n\nZaalgenoot\n\n"
    "deSTADSWIJKstudies Almere <aanmelden@example.org> schreef:\n\n" + quote(b),
    irt=robot_mid("confirmation", "N4GKT-9ZR9Q")),
    X("substitution; the code only in the quoted confirmation", "substitute", "nl",
      code="N4GKT-9ZR9Q", people=1,
      persons=[P(name="Zaalgenoot Honderdeenenvijftig", email="zaalgenoot151@testveld.example.nl",
                 role="buurtsportcoach", phone="06-55501510")]))

# 152 no code
add("subst-nl-groupwise-nocode", groupwise("Kringganger Negen <k.negen@meeschaalmodel.example.org>",
    "Andere deelnemer namens MEE", "2010-05-18 11:00", """Goedemorgen,

Ik kan zelf helaas niet naar de leergang. In mijn plaats komt mijn
collega Kringganger Honderdtweeenvijftig, consulent bij MEE Schaalmodel,
k.152@meeschaalmodel.example.org, 036 555 1520. Mijn code kan ik zo snel
niet terugvinden.

Met vriendelijke groet,
Kringganger Negen"""),
    X("substitution without a code", "substitute", "nl", people=1,
      persons=[P(name="Kringganger Honderdtweeenvijftig", email="k.152@meeschaalmodel.example.org",
                 organisation="MEE Schaalmodel", role="consulent", phone="036 555 1520")]))

# 153 code in the text, English (GZ3CP-88BUR)
add("subst-en-thunderbird-code", tb("Listener FortyTwo <listener42@neighbourhoodworks.example.org>",
    "Substitute for GZ3CP-88BUR", "2010-05-26 09:40", """Dear organisers,

I'm on sick leave for the coming months. My colleague Listener
HundredFiftyThree will take my place (substitute, code GZ3CP-88BUR). Her
details:

Name: Listener HundredFiftyThree
E-mail: listener153@neighbourhoodworks.example.org
Function: youth participation worker
Phone: 036 555 1530
Diet: vegan

Kind regards,
Listener FortyTwo"""),
    X("substitution with the code in subject and text, colleague as a small form", "substitute", "en",
      code="GZ3CP-88BUR", people=1,
      persons=[P(name="Listener HundredFiftyThree", email="listener153@neighbourhoodworks.example.org",
                 role="youth participation worker", phone="036 555 1530", diet="vegan")]))

# 154 reply to a day-2 reminder: a colleague for the rest (EFT6D-JCN8J)
s, b = reminder_nl("Tolk Negenenzeventig", "EFT6D-JCN8J", 2, "donderdag 23 september 2010")
add("subst-nl-groupwise-reminder", groupwise("Tolk Negenenzeventig <tolk79@schetsstad.example.org>",
    "Re: " + s, "2010-09-16 14:25",
    "Goedemiddag,\n\nVervanging: vanaf dag 2 neemt mijn collega Tolk Honderdvierenvijftig "
    "(tolk154@schetsstad.example.org) mijn plaats in voor de rest van de leergang, ik ben "
    "overgestapt naar een andere functie.\n\nMet vriendelijke groet,\nTolk Negenenzeventig\n\n"
    ">>> deSTADSWIJKstudies Almere <aanmelden@example.org> 16-9-2010 10:00 >>>\n" + b,
    irt=robot_mid("reminder", "EFT6D-JCN8J")),
    X("substitution for the remaining days in reply to the reminder; code in subject and quote",
      "substitute", "nl", code="EFT6D-JCN8J", people=1,
      persons=[P(name="Tolk Honderdvierenvijftig", email="tolk154@schetsstad.example.org")]))

# 155 a municipal team lead swaps two colleagues (8TSDV-46WWS)
add("subst-nl-owa-almere-teamlead", owa("Teamleider Honderdvijfenvijftig <tl155@almere.nl>",
    "vervanging werkcoach leergang", "2010-05-17 13:50", """Beste secretariaat,

Ambtgenoot Vijfenveertig (code 8TSDV-46WWS) kan door een lang project
niet naar de leergang. In haar plaats gaat Ambtgenoot Honderdvijfenvijftig,
ook werkcoach bij Werk en Inkomen: agenoot155@almere.nl, 036-5391555.

Groet,
Teamleider Honderdvijfenvijftig
Gemeente Almere, Werk en Inkomen"""),
    X("a municipal team lead sends another colleague with the participant's code", "substitute", "nl",
      code="8TSDV-46WWS", people=1,
      persons=[P(name="Ambtgenoot Honderdvijfenvijftig", email="agenoot155@almere.nl",
                 organisation="Gemeente Almere", role="werkcoach", phone="036-5391555")]))

# ---- status ----

# 156 no confirmation (it bounced: mailbox full)
add("status-en-yahoo-no-confirmation", yahoo("Correspondent Seven <correspondent7@elderlycare.example.com>",
    "No confirmation received", "2010-03-15 10:20", """Dear Sir/Madam,

I registered on 8 March but have not received any confirmation. My
mailbox was full last week, maybe that is why. Could you tell me whether
I am registered?

Kind regards,
Correspondent Seven"""),
    X("asks whether he is registered; no code (his confirmation bounced)", "status", "en"))

# 157 code in the text
add("status-nl-outlook2010-code", outlook2010("Kringlid Veertig <kringlid40@zorggroepontwerp.example.com>",
    "Status aanmelding", "2010-05-03 09:12", """Goedemorgen,

Kunt u bevestigen dat mijn aanmelding definitief is? Mijn collega kreeg
een bericht over een wachtlijst en nu twijfel ik. Mijn code is
29M7V-2XY99.

Met vriendelijke groet,
Kringlid Veertig"""),
    X("asks whether her registration is final, with code", "status", "nl", code="29M7V-2XY99"))

# 158 code in the subject only (ME4SN-7VYVK)
add("status-en-macoutlook-subject", macoutlook("Seeker EightySix <seeker86@housingcoop.example.com>",
    "Registration status ME4SN-7VYVK", "2010-05-10 15:00", """Hi,

My colleague registered me in April. Could you confirm I'm on the list
for 1 June?

Thanks,
Seeker EightySix"""),
    X("asks whether she is on the list; code in the subject", "status", "en", code="ME4SN-7VYVK"))

# 159 waiting-list position, code only in the quote (6S24H-JR3QX)
s, b = wait_nl("Buurtwerker Zesenzeventig", "6S24H-JR3QX", 3, "Buurtwerk Concepthaven",
               "maatschappelijk werker", "buurtwerker76@concepthaven.example.nl", cap=True,
               ia="Buurtwerk Concepthaven, Postbus 3535, 1300 EF Almere")
add("status-nl-tb-waitlist-quote", tb("Buurtwerker Zesenzeventig <buurtwerker76@concepthaven.example.nl>",
    "wachtlijst", "2010-05-14 09:30",
    "Hallo,\n\nNu het maximum van drie per organisatie sinds 11 mei niet meer geldt: ben ik al "
    "opgeschoven op de wachtlijst, of heb ik misschien al een plaats?\n\nGroet,\n"
    "Buurtwerker Zesenzeventig\n\nOp 13-4-2010 16:31, deSTADSWIJKstudies Almere schreef:\n" + quote(b),
    irt=robot_mid("waitlist", "6S24H-JR3QX")),
    X("asks her waiting-list position; the code only in the quoted notice", "status", "nl",
      code="6S24H-JR3QX"))

# 160 a manager asks after the four she registered
add("status-en-apple-team", apple("Guide EightyOne <guide81@youthnetwork.example.org>",
    "Status of our 4 registrations", "2010-05-03 16:40", """Hello,

On 22 April I registered myself and three colleagues (Guide EightyTwo,
EightyThree and EightyFour). Could you tell me who has a confirmed seat
and who is on the waiting list?

Thanks,
Guide EightyOne
Sample Youth Network Flevoland"""),
    X("a manager asks after the four people she registered; no code", "status", "en"))

# 161 lost the confirmation
add("status-nl-seamonkey-kwijt", seamonkey("Leerling Zesendertig <leerling36@rocproefstuk.example.nl>",
    "bevestiging kwijt", "2010-05-20 13:10", """Hallo,

Onze mailserver had in april problemen en ik kan uw bevestiging niet
meer vinden. Kunt u mij laten weten of ik ingeschreven sta en wat mijn
referentiecode is?

Groet,
Leerling Zesendertig
ROC Proefstuk"""),
    X("asks whether she is registered and for her code", "status", "nl"))

# 162 code in the text, English, in September
add("status-en-evolution-sept", evolution("Reader SixtySix <reader66@debtrelief.example.org>",
    "Am I on the list for 23 September?", "2010-09-13 08:45", """Hello,

Quick check: am I still on the participant list for the second day on
23 September? My code is YLBMQ-PA8KG. I missed day 1 due to illness and
want to make sure I wasn't taken off.

Thanks,
Reader SixtySix"""),
    X("asks whether he is still on the list, with code", "status", "en", code="YLBMQ-PA8KG"))

# 163 forwarded participant, heard nothing
add("status-nl-notes-niets-gehoord", notes("Navigator Zevenentachtig <navigator87@ggdschaalstad.example.nl>",
    "Ben ik ingeschreven?", "2010-05-06 14:14", """Goedemiddag,

Mijn collega heeft mij half april voor de leergang aangemeld, maar ik
heb zelf niets meer gehoord. Sta ik ingeschreven?

Met vriendelijke groet,
Navigator Zevenentachtig
GGD Schaalstad"""),
    X("asks whether he is registered; no code", "status", "nl"))
