"""Set 10, batch 5: cancellations, substitutions and status questions.

The reference code is in the writer's own text, only in the subject, only
in the quoted robot mail, or nowhere. Every message text and every label is
typed by hand; the quoted robot mails are rendered from the templates.
"""
from set10_lib import (add, L, P, outlook, outlook2010, outlook365, gmail2,
                       gmail, apple, macmail, tb, tb115, iphone, ios, android,
                       samsung, owa, notes, gw_reply, yahoo2, hotmail2010,
                       zimbra, roundcube, proton, fastmail, otrs, blackberry,
                       emclient, spark, outlookcom, ox, sogo, kmail,
                       conf_nl, conf_en, wait_nl, wait_en, reminder_en,
                       rirt, quote, outlook_quote_nl, o365_quote_nl,
                       o365_quote_en, ios_quote_nl, ios_quote_en,
                       gmail_quote_nl, tb_quote_nl, groupwise_quote,
                       outlook_orig_en, samsung_quote_nl, owa_quote_nl,
                       roundcube_quote_nl, yahoo_quote_nl, zimbra_quote_nl,
                       hotmail_quote, TITLE, lib)

ROBOT_LINE = "deSTADSWIJKstudies Almere <aanmelden@example.org>"

# ---- cancellations ----------------------------------------------------------

# 1 -- Outlook reply to the confirmation, code in the writer's text
cs, cb = conf_nl("Wolkammer Een", "3HX9Q-V2MBR", "Wijkwerk Stad Almere",
                 "buurtmakelaar", "w.een@wijkwerk-stad.example.nl",
                 phone="06 5550 0001",
                 ia="Wijkwerk Stad Almere, Postbus 555, 1300 BA Almere",
                 ir="WWS-LG-2010")
add("cancel-own-text-outlook", outlook(
    '"Wolkammer Een" <w.een@wijkwerk-stad.example.nl>',
    "RE: " + cs, "2010-04-20 09:12",
    """Goedemorgen,

Hierbij meld ik mij af voor de leergang, referentiecode 3HX9Q-V2MBR. Ik ga per 1 mei bij een andere organisatie werken.

Met vriendelijke groet,
Wolkammer Een""" + outlook_quote_nl(
        "deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
        "donderdag 11 maart 2010 9:13", "Wolkammer Een", cs, cb),
    irt=rirt("confirmation", "3HX9Q-V2MBR")),
    L("cancels with the code in the writer's own text", "cancel", "nl",
      code="3HX9Q-V2MBR"))

# 2 -- English, a new mail with the code
add("cancel-en-new-mail", gmail2(
    "Falcon Twelve <falcon12@youthnet.example.org>",
    "Cancellation Almere course", "2010-04-22 14:40",
    """Dear secretariat,

Unfortunately I have to cancel my place on the Almere course. My reference code is G6PV2-JR9XN.

Apologies for the inconvenience,
Falcon Twelve"""),
    L("English cancellation in a new mail with the code", "cancel", "en",
      code="G6PV2-JR9XN"))

# 3 -- BlackBerry reply without a quote: the code only in the subject
add("cancel-subject-only-bb", blackberry(
    "Smid Honderd <smid.honderd@example.nl>",
    "Re: Bevestiging aanmelding " + TITLE + " [N4TB7-K2WQE]", "2010-04-26 07:58",
    """Ik kan helaas toch niet deelnemen, wilt u mij afmelden? Excuses.

Smid

Verzonden vanaf mijn BlackBerry® van Vodafone""",
    irt=rirt("confirmation", "N4TB7-K2WQE")),
    L("cancels; the code is only in the kept subject", "cancel", "nl",
      code="N4TB7-K2WQE"))

# 4 -- a subject the writer typed with the code
add("cancel-en-subject-typed", outlookcom(
    "Willow Twenty <willow20@example.com>",
    "Cancel registration M8DV3-XP2KJ", "2010-05-02 20:05",
    """Hello,

I'm afraid I can't make it after all. Please give my seat to someone else.

Thanks,
Willow""", lang="en"),
    L("English; the writer put the code in the subject only", "cancel", "en",
      code="M8DV3-XP2KJ"))

# 5 -- iPhone reply, new subject; the code only in the quoted confirmation
cs5, cb5 = conf_nl("Touwslager Negen", "C7RX4-9MFTH", "Buurtbemiddeling Windroos",
                   "projectleider", "touwslager9@example.nl", phone="06 1234 0909")
add("cancel-quote-only-iphone", ios(
    "Touwslager Negen <touwslager9@example.nl>",
    "Afmelding", "2010-04-28 12:31",
    """Beste,

Door omstandigheden moet ik me helaas afmelden voor de leergang. Dank voor de moeite.

Touwslager

Verstuurd vanaf mijn iPhone""" + ios_quote_nl("2010-03-22 08:16", ROBOT_LINE, cb5),
    irt=rirt("confirmation", "C7RX4-9MFTH")),
    L("cancels; the code is only in the quoted confirmation", "cancel", "nl",
      code="C7RX4-9MFTH"))

# 6 -- Outlook English block, new subject; code only in the quote
cs6, cb6 = conf_en("Quill Fifty", "Z3KW8-RT5NP", "Example Debt Advice Foundation",
                   "trainer", "quill50@example.net")
add("cancel-quote-only-en", outlook(
    '"Quill Fifty" <quill50@example.net>',
    "Cancellation", "2010-05-05 09:41",
    """Dear organisers,

Please cancel my registration (see below). Our project funding was not renewed.

Regards,
Quill Fifty""" + outlook_orig_en(
        "deSTADSWIJKstudies Almere", "aanmelden@example.org", "2010-04-22 10:23",
        "Quill Fifty", cs6, cb6), lang="EN",
    irt=rirt("confirmation", "Z3KW8-RT5NP")),
    L("English; the code only in the quoted confirmation", "cancel", "en",
      code="Z3KW8-RT5NP"))

# 7 -- GroupWise: the original below its header line, not marked with >
cs7, cb7 = conf_nl("Ketelmaker Zevenenveertig", "P4XG8-CNZ2R", "Woonwijzer Almere",
                   "wijkconsulent", "KZevenenveertig@woonwijzer.example.nl",
                   phone="036-5554747",
                   ia="Woonwijzer Almere, Postbus 4747, 1300 CA Almere")
add("cancel-groupwise-unmarked-quote", gw_reply(
    '"Ketelmaker Zevenenveertig" <KZevenenveertig@woonwijzer.example.nl>',
    "afmelding leergang", "2010-05-10 11:05",
    """Goedemorgen,

Graag afmelden, ik heb een nieuwe functie binnen Woonwijzer en kan de dagen niet meer vrijmaken.

Met vriendelijke groet,
Ketelmaker Zevenenveertig""" + groupwise_quote(
        "deSTADSWIJKstudies Almere", "aanmelden@example.org",
        "2010-03-24 09:04", cb7),
    irt=rirt("confirmation", "P4XG8-CNZ2R")),
    L("cancels; the confirmation follows GroupWise's header unmarked",
      "cancel", "nl", code="P4XG8-CNZ2R"))

# 8 -- no code
add("cancel-no-code-nl", outlook2010(
    '"Glazenier Zeventien" <g.zeventien@leeshuisflevo.example.nl>',
    "Afmelden leergang", "2010-05-06 08:30",
    """Goedemorgen,

Door langdurige ziekte moet ik mij helaas afmelden voor de leergang Sociale ambities. Ik heb de bevestiging niet meer kunnen vinden.

Met vriendelijke groet,
Glazenier Zeventien
Leeshuis Flevopolder"""),
    L("cancels without a code", "cancel", "nl"))

# 9 -- no code, English
add("cancel-no-code-en", fastmail(
    "Lantern Fortyone <lantern.41@example.com>",
    "Withdrawing from the Almere course", "2010-05-07 19:12",
    """Hello,

I need to withdraw from the course, I'm moving back to the UK in the summer. Could you please remove me from the list?

Best wishes,
Lantern Fortyone"""),
    L("English withdrawal without a code", "cancel", "en"))

# 10 -- a manager cancels for a colleague, with the code
add("cancel-by-manager", outlook(
    '"Zwavelstok Negentig" <z.negentig@jeugdpunt.example.nl>',
    "Afmelding Bierbrouwer Zesenzestig (Y7NB2-5HKQC)", "2010-04-29 16:10",
    """Goedemiddag,

Onze medewerker Bierbrouwer Zesenzestig is per 1 mei uit dienst. Wilt u de aanmelding met referentiecode Y7NB2-5HKQC annuleren?

Met vriendelijke groet,
Zwavelstok Negentig
Teamleider Jeugdpunt Noorderplassen"""),
    L("a manager cancels a colleague's registration with its code",
      "cancel", "nl", code="Y7NB2-5HKQC"))

# 11 -- off the waiting list, in reply to the waiting-list notice
ws11, wb11 = wait_nl("Mouter Achtenvijftig", "WC7KP-2D9FA", 2, "Wijkwerk Stad Almere",
                     "opbouwwerker", "m.achtenvijftig@wijkwerk-stad.example.nl",
                     cap=True, phone="06 5550 0058",
                     ia="Wijkwerk Stad Almere, Postbus 555, 1300 BA Almere",
                     ir="WWS-LG-2010")
add("cancel-waitlist-reply", tb(
    "Mouter Achtenvijftig <m.achtenvijftig@wijkwerk-stad.example.nl>",
    "Re: " + ws11, "2010-04-15 10:44",
    """Beste organisatie,

Afmelden graag, code WC7KP-2D9FA. Ik ga dit jaar toch niet.

Groet,
Mouter""" + tb_quote_nl("2010-03-11 09:13", ROBOT_LINE, wb11),
    irt=rirt("waitlist", "WC7KP-2D9FA")),
    L("leaves the waiting list; 'afmelden' and the code in own text",
      "cancel", "nl", code="WC7KP-2D9FA"))

# 12 -- after the deadline, with a request about the fee
add("cancel-late-fee", owa(
    "Koperslager Zeventig <k.zeventig@mantelzorgpunt.example.nl>",
    "Afmelding D5HN2-W8QVA", "2010-05-20 13:02",
    """Goedemiddag,

Met pijn in het hart meld ik mij af voor de leergang (code D5HN2-W8QVA). Ik ben gisteren geopereerd en mag de komende maanden niet werken. Ik weet dat de afmeldtermijn verstreken is; is er in zo'n geval een mogelijkheid om de kosten te laten vervallen?

Met vriendelijke groet,
Koperslager Zeventig
Mantelzorgpunt Almere"""),
    L("a late cancellation that asks about the fee", "cancel", "nl",
      code="D5HN2-W8QVA"))

# 13 -- an HR desk cancels through OTRS, English
add("cancel-otrs-hr-en", otrs(
    "Example Care Collective HR <hr@example.com>",
    "[Ticket#2010050310000187] Cancellation Cobalt Fourteen", "2010-05-03 11:20",
    """Dear course secretariat,

On behalf of our employee Cobalt Fourteen we would like to cancel the registration for the Almere course, reference code 4YJT9-BC6MR. She is on maternity leave from June.

Kind regards,

Example Care Collective HR
--
Ticket#2010050310000187""", org="Example Care Collective"),
    L("an HR desk cancels for an employee with the code", "cancel", "en",
      code="4YJT9-BC6MR"))

# 14 -- Hotmail, HTML only, code in the text
add("cancel-hotmail-html", hotmail2010(
    "Hoedenmaker Twaalf <hoedenmaker12@example.com>",
    "afmelden", "2010-05-12 21:47", "",
    html=("<html>\n<head>\n<style><!--\n.hmmessage P\n{\nmargin:0px;\npadding:0px\n}\n"
          "body.hmmessage\n{\nfont-size: 10pt;\nfont-family:Verdana\n}\n--></style>\n"
          "</head>\n<body class='hmmessage'>\nBeste,<br><br>Ik wil mij graag afmelden "
          "voor de leergang. Mijn code is <b>K9BW3-FN7TD</b>.<br><br>Met vriendelijke "
          "groet,<br>Hoedenmaker Twaalf<br> \t\t \t   \t\t  </body>\n</html>\n"),
    html_only=True),
    L("HTML-only cancellation with the code in bold", "cancel", "nl",
      code="K9BW3-FN7TD"))

# 15 -- iOS, English reply to the confirmation, code in the text
ce15, cb15 = conf_en("Thimble Eighty", "VX2H7-0KQBD", "Example Youth Network",
                     "programme officer", "thimble.eighty@youthnet.example.org",
                     phone="+31 20 555 0188", diet="vegetarian",
                     ia="Example Youth Network, Keizersgracht 1-A, 1015 AA Amsterdam",
                     ir="PO-44817")
add("cancel-ios-en-own-code", ios(
    "Thimble Eighty <thimble.eighty@youthnet.example.org>",
    "Re: " + ce15, "2010-05-14 08:02",
    """Cancel please - VX2H7-0KQBD. Sorry!

Thimble

Sent from my iPhone""" + ios_quote_en("2010-03-11 10:56", ROBOT_LINE, cb15),
    irt=rirt("confirmation", "VX2H7-0KQBD")),
    L("English one-liner with 'cancel' and the code", "cancel", "en",
      code="VX2H7-0KQBD"))

# ---- substitutions ---------------------------------------------------------------

# 16 -- code and the colleague's details in the writer's text
add("substitute-own-text-nl", outlook2010(
    '"Sleutelmaker Drie" <s.drie@stadsring.example.nl>',
    "Vervanging leergang F8MX2-QC5JA", "2010-04-19 13:20",
    """Goedemiddag,

Vervanging: door een verschuiving van taken neemt een collega mijn plaats in de leergang over. Mijn referentiecode is F8MX2-QC5JA.

Naam: Zandschepper Tweeënveertig
E-mail: z.tweeenveertig@stadsring.example.nl

Met vriendelijke groet,
Sleutelmaker Drie"""),
    L("substitution with code, Naam and E-mail of the colleague",
      "substitute", "nl", code="F8MX2-QC5JA", people=1, persons=[
          P("Zandschepper Tweeënveertig", "z.tweeenveertig@stadsring.example.nl")]))

# 17 -- English prose
add("substitute-en-prose", gmail2(
    "Anchor Thirteen <anchor13@example.org>",
    "Substitute for R2XM7-HQ4JD", "2010-04-23 10:10",
    """Hi,

I can't attend the course after all, but my colleague Marlin Sixtythree (marlin63@youthnet.example.org) will take my place. My reference code is R2XM7-HQ4JD.

Thanks a lot,
Anchor"""),
    L("English substitution in prose", "substitute", "en", code="R2XM7-HQ4JD",
      people=1, persons=[P("Marlin Sixtythree", "marlin63@youthnet.example.org")]))

# 18 -- Outlook 365, new subject; code only in the quoted confirmation
cs18, cb18 = conf_nl("Vuurwerker Dertien", "T6QZ2-KM9XB", "Buurtbemiddeling Flevoland",
                     "coördinator", "vuurwerker13@buurtbemiddeling-flevo.example.nl",
                     ia="Buurtbemiddeling Flevoland, Postbus 81, 1300 AG Almere")
add("substitute-quote-only-o365", outlook365(
    "Vuurwerker Dertien <vuurwerker13@buurtbemiddeling-flevo.example.nl>",
    "vervanging", "2010-05-04 15:33",
    """Beste organisatie,

Ik wil graag een vervanger sturen voor de hele leergang:

Naam: Ankerkettingmaker Zeventig
E-mail: anker70@buurtbemiddeling-flevo.example.nl
Functie: bemiddelaar

Zie hieronder mijn bevestiging.

Met vriendelijke groet,
Vuurwerker Dertien""" + o365_quote_nl(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-03-12 13:31",
        "Vuurwerker Dertien <vuurwerker13@buurtbemiddeling-flevo.example.nl>",
        cs18, cb18, line=True),
    irt=rirt("confirmation", "T6QZ2-KM9XB")),
    L("substitution; the code only in the quoted confirmation",
      "substitute", "nl", code="T6QZ2-KM9XB", people=1, persons=[
          P("Ankerkettingmaker Zeventig", "anker70@buurtbemiddeling-flevo.example.nl",
            role="bemiddelaar")]))

# 19 -- code in the subject only
add("substitute-subject-only", notes(
    "Stukadoor Zesentwintig <s.zesentwintig@steigerhout.example.nl>",
    "Vervanging [8JW4C-PX3RT]", "2010-05-11 09:50",
    """Goedemorgen,

Mijn collega Straatveger Achtendertig neemt mijn plaats over, e-mail s.achtendertig@steigerhout.example.nl.

Met vriendelijke groet,
Stukadoor Zesentwintig
Woningcorporatie Steigerhout"""),
    L("substitution; the code only in the typed subject", "substitute", "nl",
      code="8JW4C-PX3RT", people=1, persons=[
          P("Straatveger Achtendertig", "s.achtendertig@steigerhout.example.nl")]))

# 20 -- no code
add("substitute-no-code", apple(
    "Zilversmid Negenenveertig <zilversmid49@buurtbemiddeling-flevo.example.nl>",
    "Iemand anders in mijn plaats", "2010-05-12 17:25",
    """Hallo,

Ik kan niet meer deelnemen. In mijn plaats komt:

Naam: Glasgraveur Eenenvijftig
E-mail: glasgraveur51@buurtbemiddeling-flevo.example.nl

Groet,
Zilversmid"""),
    L("substitution without a code", "substitute", "nl", people=1, persons=[
        P("Glasgraveur Eenenvijftig",
          "glasgraveur51@buurtbemiddeling-flevo.example.nl")]))

# 21 -- the colleague's role and phone as well
add("substitute-with-role-phone", roundcube(
    "Bezembinder Zestig <b.zestig@kruimelpad.example.nl>",
    "Vervanging FQ3V8-NX2KD", "2010-05-13 11:11",
    """Goedemorgen,

Graag wil ik een vervanging doorgeven voor de leergang (code FQ3V8-NX2KD).

Naam: Koffiebrander Tweeënzestig
E-mail: k.tweeenzestig@kruimelpad.example.nl
Functie: ouderenadviseur
Telefoon: 036-5550662

Hartelijke groet,
Bezembinder Zestig"""),
    L("substitution with the colleague's role and phone", "substitute", "nl",
      code="FQ3V8-NX2KD", people=1, persons=[
          P("Koffiebrander Tweeënzestig", "k.tweeenzestig@kruimelpad.example.nl",
            role="ouderenadviseur", phone="036-5550662")]))

# 22 -- P&O substitutes a participant, with the code
add("substitute-by-po", outlook2010(
    '"Lakwerker Tweeënveertig" <l.tweeenveertig@stadsring.example.nl>',
    "Wijziging deelnemer leergang", "2010-05-17 10:00",
    """Geacht programmasecretariaat,

Onze medewerker Leidekker Negenentwintig (referentiecode W5RC9-JT2GM) kan helaas niet deelnemen. In zijn plaats komt:

Naam: Ramenlapper Vierenzestig
E-mail: r.vierenzestig@stadsring.example.nl
Functie: jongerenwerker

De factuurgegevens blijven ongewijzigd.

Met vriendelijke groet,

Lakwerker Tweeënveertig
Afdeling P&O
Stichting Stadsring Welzijn"""),
    L("P&O sends a substitute for an employee, with the code", "substitute",
      "nl", code="W5RC9-JT2GM", people=1, persons=[
          P("Ramenlapper Vierenzestig", "r.vierenzestig@stadsring.example.nl",
            role="jongerenwerker")]))

# 23 -- English reply to the day-1 reminder
rs, rh, rt = reminder_en("Copper Seventeen", "7TQ2B-XJ9MC", 1, "Tuesday 1 June 2010")
add("substitute-reply-reminder-en", proton(
    "Copper Seventeen <copper17@example.org>",
    "Re: " + rs, "2010-05-25 11:04",
    """Hello,

Substitute: I have to be in The Hague for the whole autumn, so my colleague Granite Ninetyfour will take my place for the course. Her e-mail is granite94@example.org.

Best,
Copper

------- Original Message -------
On Tuesday, May 25th, 2010 at 10:00, deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(rh + "\n\n[...]\n\n" + rt),
    irt=rirt("reminder", "7TQ2B-XJ9MC")),
    L("English substitution in reply to a reminder; code in the subject "
      "and the quote", "substitute", "en", code="7TQ2B-XJ9MC", people=1,
      persons=[P("Granite Ninetyfour", "granite94@example.org")]))

# 24 -- English, Outlook 365 reply, code in the text
ce24, cb24 = conf_en("Juniper Twentytwo", "9NH4T-VD7KW", "Example Care Collective",
                     "social worker", "juniper22@example.com",
                     ia="Example Care Collective, Accounts, Postbus 1111, 1300 AP Almere",
                     ir="ECC/2010/11")
add("substitute-o365-en", outlook365(
    "Juniper Twentytwo <juniper22@example.com>",
    "RE: " + ce24, "2010-04-30 16:45",
    """Hello,

Substitute, code 9NH4T-VD7KW:

Name: Hazel Eightythree
E-mail: hazel83@example.com

Hazel will attend all four days instead of me.

Juniper""" + o365_quote_en(
        "deSTADSWIJKstudies Almere <aanmelden@example.org>", "2010-03-29 14:22",
        "Juniper Twentytwo <juniper22@example.com>", ce24, cb24),
    lang="EN", irt=rirt("confirmation", "9NH4T-VD7KW")),
    L("English substitution with Name/E-mail lines and the code",
      "substitute", "en", code="9NH4T-VD7KW", people=1, persons=[
          P("Hazel Eightythree", "hazel83@example.com")]))

# ---- status questions -----------------------------------------------------

# 25 -- on the waiting list, with the code
add("status-waitlist-code-nl", owa(
    "Kaasmaker Zestien <k.zestien@wijkwerk-stad.example.nl>",
    "Stand wachtlijst", "2010-05-11 09:30",
    """Goedemorgen,

Sta ik nog op de wachtlijst voor de leergang? Mijn code is 5BV0R-GM6YX. Ik las dat het maximum per organisatie vandaag vervalt.

Met vriendelijke groet,
Kaasmaker Zestien"""),
    L("status question with the code", "status", "nl", code="5BV0R-GM6YX"))

# 26 -- English, with the code
add("status-en-code", yahoo2(
    "Beacon Ninety-Nine <beacon99@youthnet.example.org>",
    "Registration status K7D2X-MQ9WB", "2010-04-02 13:05",
    """Hi,

Could you confirm that my registration is complete? Reference K7D2X-MQ9WB. I'm not sure whether the invoice details came through.

Thanks,
Beacon"""),
    L("English status question with the code", "status", "en",
      code="K7D2X-MQ9WB"))

# 27 -- no code: nothing heard yet
add("status-no-code-nl", apple(
    "Orgelbouwer Zes <orgelbouwer6@example.nl>",
    "Nog geen bevestiging", "2010-04-14 10:20",
    """Goedemorgen,

Twee weken geleden heb ik mijn aanmeldformulier gestuurd, maar ik heb nog niets gehoord. Ben ik aangemeld?

Hartelijke groet,
Orgelbouwer Zes"""),
    L("status question without a code", "status", "nl"))

# 28 -- English, no code
add("status-no-code-en", outlook(
    '"Kestrel Thirty" <kestrel30@example.org>',
    "Am I registered?", "2010-03-29 08:55",
    """Hello,

My manager says he registered me for the Almere course last week, but I haven't received anything. Could you check whether I am on the list?

Kestrel Thirty""", lang="EN"),
    L("English status question without a code", "status", "en"))

# 29 -- a reply to the waiting-list notice; code only in the quote
ws29, wb29 = wait_nl("Korenmolen Tweeënvijftig", "A8TM3-ZK6QP", 2, "Stichting Tussenland",
                     "buurtwerker", "korenmolen52@stichtingtussenland.example.nl",
                     ia="Stichting Tussenland, Postbus 55, 1300 AL Almere")
add("status-quote-only-samsung", samsung(
    "Korenmolen Tweeënvijftig <korenmolen52@stichtingtussenland.example.nl>",
    "Wachtlijst", "2010-05-03 18:40",
    """Hallo, is er al zicht op een plaats? Ik hoor het graag.

Groet Korenmolen

Verzonden vanaf mijn Samsung Galaxy-smartphone.""" + samsung_quote_nl(
        "2010-03-23 09:31", ROBOT_LINE,
        "Korenmolen Tweeënvijftig <korenmolen52@stichtingtussenland.example.nl>",
        ws29, wb29),
    irt=rirt("waitlist", "A8TM3-ZK6QP")),
    L("status question; the code only in the quoted waiting-list notice",
      "status", "nl", code="A8TM3-ZK6QP"))

# 30 -- the code only in a subject the writer typed
add("status-subject-only", kmail(
    "Boekbinder Eenenvijftig <B.Eenenvijftig@thuisadmin.example.nl>",
    "Status aanmelding [HV6P2-3NXRC]", "2010-04-27 12:12",
    """Goedemiddag,

Klopt het dat ik ingeschreven sta voor alle vier de dagen? Ik heb de bevestiging per ongeluk verwijderd.

Met vriendelijke groet,
Boekbinder Eenenvijftig"""),
    L("status question; code only in the typed subject", "status", "nl",
      code="HV6P2-3NXRC"))

# 31 -- a director asks about two colleagues, no code
add("status-for-colleagues", gmail(
    "Wijnboer Vijfenvijftig <wijnboer55@stichtingtussenland.example.nl>",
    "Zijn mijn buurtwerkers aangemeld?", "2010-04-06 11:00",
    """Goedemorgen,

Ik heb op 23 maart de aanmelding van twee buurtwerkers doorgestuurd (Korenmolen Tweeënvijftig en Rijwielhersteller Vierenvijftig). Kunt u bevestigen dat zij allebei zijn ingeschreven?

Met vriendelijke groet,
Wijnboer Vijfenvijftig"""),
    L("status question about two colleagues, no code", "status", "nl"))

# 32 -- municipal staff with the code, GroupWise
add("status-gemeente-code", gw_reply(
    '"Turfsteker Eenenveertig" <TEenenveertig@almere.nl>',
    "Inschrijving leergang", "2010-04-08 14:02",
    """Hoi,

Mijn teammanager heeft mij aangemeld. Ik heb wel een code gekregen (2ZB8M-QT4HW) maar geen bevestiging van een plaats. Sta ik ingeschreven?

Groet,
Turfsteker Eenenveertig
Gemeente Almere"""),
    L("municipal staff asks for status with the code", "status", "nl",
      code="2ZB8M-QT4HW"))

# 33 -- Android, code in the text
add("status-android-code", android(
    "Vlechter Drieënnegentig <vlechter93@schuldwijzer.example.nl>",
    "vraagje", "2010-05-18 07:45",
    """Hoi, even checken: is mijn aanmelding definitief? Code X4KR9-HB2NT.

Vlechter

--
Verzonden van mijn Android telefoon met K-9 Mail."""),
    L("short status question with the code", "status", "nl",
      code="X4KR9-HB2NT"))

# 34 -- English reply to the waiting-list notice, code in subject and text
we34, wbe34 = wait_en("Meadow Seventyseven", "QG3W6-8RPHX", 1, "Example Care Collective",
                      "team lead", "meadow77@example.com", cap=True,
                      ia="Example Care Collective, Accounts, Postbus 1111, 1300 AP Almere",
                      ir="ECC/2010/11")
add("status-en-waitlist-reply", gmail2(
    "Meadow Seventyseven <meadow77@example.com>",
    "Re: " + we34, "2010-05-12 09:09",
    """Hello,

Now that the cap per organisation has ended (11 May), where do I stand? Code QG3W6-8RPHX.

Thanks,
Meadow""" + """

On Mon, Mar 29, 2010 at 2:22 PM deSTADSWIJKstudies Almere <aanmelden@example.org> wrote:

""" + quote(wbe34),
    irt=rirt("waitlist", "QG3W6-8RPHX")),
    L("English status question after the cap lifted, with the code",
      "status", "en", code="QG3W6-8RPHX"))
