"""Set 13, batch 1: registrations of one person (typed by hand)."""
from set13_lib import *  # noqa: F401,F403
from set13_lib import add, L, P, SIG_NL, quote, rirt, TITLE

# 001 form, Outlook Dutch
add("form-outlook-dinkel", outlook(
    "Persoon Een <p.een@dinkel.example.nl>", "Aanmelding leergang Almere",
    "2010-03-02 09:12",
    """Goedemorgen,

Graag meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Persoon Een
Organisatie: Stichting Dinkel
Functie: coördinator buurtwerk
E-mail: p.een@dinkel.example.nl
Telefoon: 036-5301122
Dieetwensen: geen

Met vriendelijke groet,

Persoon Een
Stichting Dinkel
"""), L("a form with labels, diet 'geen' is no diet", "register", "nl",
        people=1, persons=[P(name="Persoon Een", email="p.een@dinkel.example.nl",
                             organisation="Stichting Dinkel",
                             role="coördinator buurtwerk", phone="036-5301122")]))

# 002 prose, Gmail
add("prose-gmail-eem", gmail(
    "Persoon Twee <p.twee@eem.example.nl>", "leergang deSTADSWIJKstudies",
    "2010-03-04 21:40",
    """Hallo,

Via mijn leidinggevende kreeg ik de folder van de leergang in handen. Ik wil
graag meedoen aan alle vier de dagen. Ik werk als opbouwwerker bij Welzijn Eem
in Almere Haven. Ik ben bereikbaar op 06-41177820.

Ik eet vegetarisch.

Groeten,
Persoon Twee
"""), L("prose: a self-registration, address from From", "register", "nl",
        people=1, persons=[P(name="Persoon Twee", email="p.twee@eem.example.nl",
                             organisation="Welzijn Eem", role="opbouwwerker",
                             phone="06-41177820", diet="vegetarisch")]))

# 003 terse, iPhone
add("terse-iphone-vecht", iphone(
    "Persoon Drie <p.drie@vecht.example.nl>", "Aanmelden",
    "2010-03-05 07:58",
    """Graag aanmelden voor de leergang. Persoon Drie, teamleider wijkzorg, Zorggroep Vecht.

Verstuurd vanaf mijn iPhone"""),
    L("a terse one-liner from a phone", "register", "nl", people=1,
      persons=[P(name="Persoon Drie", email="p.drie@vecht.example.nl",
                 organisation="Zorggroep Vecht", role="teamleider wijkzorg")]))

# 004 private address, work address in the text
add("private-address-berkel", gmail2(
    "Persoon Vier <persoonvier1970@example.com>", "Aanmelding",
    "2010-03-08 20:15",
    """Beste mensen,

Ik schrijf vanaf mijn privé-adres omdat mijn werkmail thuis niet werkt.
Ik meld me aan voor de leergang in Almere.

Naam: Persoon Vier
Werkgever: Woonstichting Berkel
Functie: wijkconsulent
Mijn werkadres is p.vier@berkel.example.nl, graag daar de bevestiging naartoe.

Vriendelijke groet,
Persoon Vier
"""), L("private From, work address in the text wins", "register", "nl",
        people=1, persons=[P(name="Persoon Vier", email="p.vier@berkel.example.nl",
                             organisation="Woonstichting Berkel",
                             role="wijkconsulent")]))

# 005 details only in the signature
add("signature-only-regge", tb115(
    "Persoon Vijf <p.vijf@regge.example.nl>", "deelname leergang",
    "2010-03-09 11:03",
    """Beste organisatie,

Hierbij wil ik mij opgeven voor de leergang van deSTADSWIJKstudies.

Met vriendelijke groet,

Persoon Vijf
Beleidsadviseur jeugd
Stichting Regge
T 0320-288190
M 06-22019384
"""), L("details only in the signature; the first phone is kept", "register",
        "nl", people=1, persons=[P(name="Persoon Vijf", email="p.vijf@regge.example.nl",
                                   organisation="Stichting Regge",
                                   role="Beleidsadviseur jeugd", phone="0320-288190")]))

# 006 English form, Outlook English
add("form-en-severn", outlook(
    "Person Sixty-One <p.sixtyone@severn.example.com>",
    "Registration - Almere course", "2010-03-10 14:22",
    """Dear Sir or Madam,

I would like to register for the course "Almere: Sociale ambities in een groeiende stad".

Name: Person Sixty-One
Organisation: Example Severn Trust
Position: programme manager
Email: p.sixtyone@severn.example.com
Phone: +44 20 7946 0321
Dietary requirements: no pork

Kind regards,
Person Sixty-One
""", lang="EN"), L("English form", "register", "en", people=1,
                   persons=[P(name="Person Sixty-One", email="p.sixtyone@severn.example.com",
                              organisation="Example Severn Trust", role="programme manager",
                              phone="+44 20 7946 0321", diet="no pork")]))

# 007 assistant for her manager
add("assistant-for-director-linge", outlook(
    "Persoon Zeven <p.zeven@linge.example.nl>", "Aanmelding directeur",
    "2010-03-11 10:30",
    """Geachte heer/mevrouw,

Namens onze directeur, Persoon Zes, wil ik graag een aanmelding doen voor de
leergang Almere: Sociale ambities in een groeiende stad.

Gegevens deelnemer:
Persoon Zes
directeur-bestuurder
Welzijn Linge
p.zes@linge.example.nl
036-5402200 (via secretariaat)

Ikzelf kom niet mee. Wilt u de bevestiging aan Persoon Zes sturen en mij in cc zetten?

Met vriendelijke groet,

Persoon Zeven
Directiesecretaresse Welzijn Linge
"""), L("an assistant registers her director, not herself", "register", "nl",
        people=1, persons=[P(name="Persoon Zes", email="p.zes@linge.example.nl",
                             organisation="Welzijn Linge", role="directeur-bestuurder",
                             phone="036-5402200")]))

# 008 answer to "details missing"
_s, _b = incomplete_nl("Persoon Acht", ["organisatie", "functie"],
                       [("Naam", "Persoon Acht"), ("E-mail", "p.acht@gein.example.nl")])
add("answer-incomplete-gein", tb(
    "Persoon Acht <p.acht@gein.example.nl>", "Re: " + _s, "2010-03-12 16:45",
    """Excuses, dat was ik vergeten.

Organisatie: Stichting Gein
Functie: maatschappelijk werker

Groet, Persoon Acht

Op 12-3-2010 15:02, deSTADSWIJKstudies Almere schreef:
""" + quote(_b), irt=rirt("incomplete", "p.acht@gein.example.nl")),
    L("answer to the robot's 'details missing' mail", "register", "nl", people=1,
      persons=[P(name="Persoon Acht", email="p.acht@gein.example.nl",
                 organisation="Stichting Gein", role="maatschappelijk werker")]))

# 009 HTML table in Outlook 365 (text + HTML)
_t9 = """Beste,

Hieronder mijn gegevens voor de leergang.

Naam\tPersoon Negen
Organisatie\tWoongroep Lauwers
Functie\tsociaal beheerder
E-mail\tp.negen@lauwers.example.nl
Telefoon\t0591-612340

Groet,
Persoon Negen"""
add("html-table-lauwers", outlook365(
    "Persoon Negen <p.negen@lauwers.example.nl>", "Inschrijving leergang",
    "2010-03-15 08:50", _t9, html=html_table11(
        [("Naam", "Persoon Negen"), ("Organisatie", "Woongroep Lauwers"),
         ("Functie", "sociaal beheerder"), ("E-mail", "p.negen@lauwers.example.nl"),
         ("Telefoon", "0591-612340")],
        intro="Beste,\n\nHieronder mijn gegevens voor de leergang.",
        outro="Groet,\nPersoon Negen")),
    L("a two-column table (tabs in text, HTML table)", "register", "nl", people=1,
      persons=[P(name="Persoon Negen", email="p.negen@lauwers.example.nl",
                 organisation="Woongroep Lauwers", role="sociaal beheerder",
                 phone="0591-612340")]))

# 010 municipal staff
add("municipal-almere", outlook(
    "Persoon Tien <ptien@almere.nl>", "aanmelding leergang sociale agenda",
    "2010-03-16 13:05",
    """Hoi,

Ik wil me graag inschrijven voor de leergang. Ik werk bij de gemeente,
afdeling Samenleving, als beleidsmedewerker wonen en zorg.

Persoon Tien
Gemeente Almere | Samenleving
toestel 4471
"""), L("municipal staff: organisation Gemeente Almere", "register", "nl",
        people=1, persons=[P(name="Persoon Tien", email="ptien@almere.nl",
                             organisation="Gemeente Almere",
                             role="beleidsmedewerker wonen en zorg")]))

# 011 registration that also asks something
add("register-ask-parking-hunze", apple(
    "Persoon Elf <p.elf@hunze.example.nl>", "Aanmelding + vraag",
    "2010-03-17 19:20",
    """Beste organisatie,

Ik meld mij aan voor de leergang.

Persoon Elf
Welzijnskring Hunze, buurtsportcoach
p.elf@hunze.example.nl

Is er bij de bibliotheek parkeergelegenheid, of kan ik beter met de trein komen?

Hartelijke groet,
Persoon Elf"""), L("registers and asks about parking", "register", "nl",
                   q="yes", people=1,
                   persons=[P(name="Persoon Elf", email="p.elf@hunze.example.nl",
                              organisation="Welzijnskring Hunze",
                              role="buurtsportcoach")]))

# 012 base64 body from a phone
add("phone-b64-aa", phone_b64(
    "Persoon Twaalf <p.twaalf@aa.example.nl>", "Aanmelding leergang",
    "2010-03-18 12:31",
    """Hallo, hierbij meld ik me aan voor de vier dagen in Almere.
Naam: Persoon Twaalf
Organisatie: Zorgcentrum De Aa
Functie: wijkverpleegkundige
Tel: 06-19283746
Dieet: lactosevrij
Groet Persoon Twaalf"""), L("a phone's base64 body", "register", "nl", people=1,
                            persons=[P(name="Persoon Twaalf", email="p.twaalf@aa.example.nl",
                                       organisation="Zorgcentrum De Aa",
                                       role="wijkverpleegkundige", phone="06-19283746",
                                       diet="lactosevrij")]))

# 013 partial details
add("partial-dommel", roundcube(
    "Persoon Dertien <p.dertien@dommel.example.nl>", "opgave",
    "2010-03-19 10:10",
    """Goedendag,

Bij deze geef ik mij op voor de leergang over de sociale agenda van Almere.
Ik werk bij Stichting Dommel.

Persoon Dertien
"""), L("only name and organisation given", "register", "nl", people=1,
        persons=[P(name="Persoon Dertien", email="p.dertien@dommel.example.nl",
                   organisation="Stichting Dommel")]))

# 014 English prose with a purchase order
add("prose-en-tweed", gmail(
    "Person Sixty-Two <p.sixtytwo@tweed.example.com>", "Course in Almere",
    "2010-03-22 15:44",
    """Hello,

I'd like to sign up for the four-day course on the social agenda of Almere.
I am a housing officer at Sample Tweed Housing. Please send the invoice
to our finance team and quote purchase order 77-4410 on it.

Best wishes,
Person Sixty-Two
"""), L("English prose with a purchase order in running text", "register",
        "en", people=1, persons=[P(name="Person Sixty-Two",
                                   email="p.sixtytwo@tweed.example.com",
                                   organisation="Sample Tweed Housing",
                                   role="housing officer",
                                   invoice_reference="purchase order 77-4410")]))

# 015 HTML only (Word)
add("html-only-word-oude-ijssel", word_html_only(
    "Persoon Veertien <p.veertien@oudeijssel.example.nl>", "Aanmelding",
    "2010-03-23 09:02",
    """Geachte mevrouw, heer,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies op locatie Almere.

Naam: Persoon Veertien
Organisatie: Welzijn Oude IJssel
Functie: manager zorg en welzijn
Telefoonnummer: 0314-380012

Met vriendelijke groet,
Persoon Veertien"""), L("HTML only from Word", "register", "nl", people=1,
                        persons=[P(name="Persoon Veertien",
                                   email="p.veertien@oudeijssel.example.nl",
                                   organisation="Welzijn Oude IJssel",
                                   role="manager zorg en welzijn",
                                   phone="0314-380012")]))

# 016 Lotus Notes with invoice address
add("notes-invoice-mark", notes(
    "Persoon Vijftien <p.vijftien@mark.example.nl>", "Aanmelding leergang Almere",
    "2010-03-24 11:27",
    """Beste organisatie,

Graag meld ik mij aan.

Naam: Persoon Vijftien
Organisatie: Zorggroep Mark
Functie: regiomanager
Factuuradres:
Zorggroep Mark
t.a.v. crediteurenadministratie
Postbus 310
4800 AH Breda
Ons kenmerk: ZM-2010-118

Met vriendelijke groet,
Persoon Vijftien"""), L("Notes: a multi-line invoice address, the label 'Ons kenmerk:' dropped",
                        "register", "nl", people=1,
                        persons=[P(name="Persoon Vijftien", email="p.vijftien@mark.example.nl",
                                   organisation="Zorggroep Mark", role="regiomanager",
                                   invoice_address="Zorggroep Mark, t.a.v. crediteurenadministratie, Postbus 310, 4800 AH Breda",
                                   invoice_reference="ZM-2010-118")]))

# 017 web form relay
add("webform-relay-slinge", webform(
    "Website Stichting Slinge <noreply@slinge.example.nl>",
    "Nieuw formulier: aanmelding cursus", "2010-03-25 22:03",
    """Er is een nieuw formulier ingevuld op www.slinge.example.nl:

Naam: Persoon Zestien
E-mailadres: p.zestien@slinge.example.nl
Organisatie: Stichting Slinge
Functie: jongerenwerker
Opmerking: Graag aanmelden voor de leergang Almere (alle dagen).

--
Deze e-mail is verzonden vanaf het contactformulier.""",
    reply_to="p.zestien@slinge.example.nl"),
    L("a contact form relays a registration; the address in the form", "register",
      "nl", people=1, persons=[P(name="Persoon Zestien", email="p.zestien@slinge.example.nl",
                                 organisation="Stichting Slinge", role="jongerenwerker")]))

# 018 reply to the help mail
_hs, _hb = help_nl("Persoon Zeventien")
add("answer-help-swalm", gmail(
    "Persoon Zeventien <p.zeventien@swalm.example.nl>", "Re: " + _hs,
    "2010-03-26 10:16",
    """Dank voor de uitleg. Dan bij deze:

Naam: Persoon Zeventien
Organisatie: Stichting Swalm
Functie: projectleider participatie
E-mail: p.zeventien@swalm.example.nl

Groet,
Persoon Zeventien

""" + gmail_quote_nl("2010-03-26 09:40", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _hb),
    irt=rirt("help", "p.zeventien@swalm.example.nl")),
    L("a form in reply to the robot's how-to mail", "register", "nl", people=1,
      persons=[P(name="Persoon Zeventien", email="p.zeventien@swalm.example.nl",
                 organisation="Stichting Swalm", role="projectleider participatie")]))

# 019 Yahoo, diet halal
add("yahoo-halal-roer", yahoo2(
    "Persoon Achttien <p.achttien@roer.example.nl>", "aanmelding",
    "2010-03-29 18:48",
    """Goedenavond,

Ik wil mij graag aanmelden voor de leergang in Almere.
Ik ben Persoon Achttien, ik werk als buurtbemiddelaar bij Stichting Roer.
Voor de lunch: ik eet halal.

Vriendelijke groet
Persoon Achttien"""), L("prose with a diet", "register", "nl", people=1,
                        persons=[P(name="Persoon Achttien", email="p.achttien@roer.example.nl",
                                   organisation="Stichting Roer", role="buurtbemiddelaar",
                                   diet="halal")]))

# 020 cable webmail, base64 iso-8859-1
add("cable-webmail-geul", cable_webmail(
    "Persoon Negentien <p.negentien@geul.example.nl>", "Aanmelding leergang",
    "2010-03-30 20:01",
    """Geachte organisatie,

Hierbij meld ik mij aan voor de leergang "Almere: Sociale ambities in een groeiende stad".

Naam: Persoon Negentien
Organisatie: Welzijn Geul
Functie: coördinator mantelzorg
Telefoon: 043-4512290

Met vriendelijke groet,
Persoon Negentien"""), L("base64 iso-8859-1 webmail", "register", "nl", people=1,
                         persons=[P(name="Persoon Negentien", email="p.negentien@geul.example.nl",
                                    organisation="Welzijn Geul", role="coördinator mantelzorg",
                                    phone="043-4512290")]))

# 021 English terse, iPhone
add("terse-en-iphone-wye", iphone(
    "Person Sixty-Three <p.sixtythree@wye.example.com>", "Sign me up",
    "2010-03-31 07:12",
    """Please register me for the Almere course. Person Sixty-Three, community development lead, Example Wye Care.

Sent from my iPhone"""), L("English one-liner", "register", "en", people=1,
                           persons=[P(name="Person Sixty-Three",
                                      email="p.sixtythree@wye.example.com",
                                      organisation="Example Wye Care",
                                      role="community development lead")]))

# 022 Windows Live Mail with a cost centre
add("wlm-kostenplaats-niers", wlm(
    "Persoon Twintig <p.twintig@niers.example.nl>", "Aanmelding",
    "2010-04-01 09:33",
    """Beste,

Graag wil ik deelnemen aan de leergang.

Naam: Persoon Twintig
Organisatie: Woonstichting Niers
Functie: teamleider leefbaarheid
Telefoon: 0485-331900
Graag de factuur op kostenplaats 4410 zetten.

Groet,
Persoon Twintig"""), L("a cost centre in running text keeps its word", "register",
                       "nl", people=1,
                       persons=[P(name="Persoon Twintig", email="p.twintig@niers.example.nl",
                                  organisation="Woonstichting Niers",
                                  role="teamleider leefbaarheid", phone="0485-331900",
                                  invoice_reference="kostenplaats 4410")]))

# 023 registration with a question about a certificate
add("register-ask-certificate-dinkel", outlook(
    "Persoon Eenentwintig <p.eenentwintig@dinkel.example.nl>",
    "Aanmelding leergang / vraag certificaat", "2010-04-06 11:51",
    """Goedemiddag,

Ik meld mij aan voor de leergang:
Persoon Eenentwintig, Stichting Dinkel, adviseur maatschappelijke ontwikkeling.

Krijgen deelnemers na afloop een certificaat of bewijs van deelname? Dat is voor
mijn registratie als beroepskracht belangrijk.

Met vriendelijke groet,
Persoon Eenentwintig
"""), L("registers and asks about a certificate", "register", "nl", q="yes",
        people=1, persons=[P(name="Persoon Eenentwintig",
                             email="p.eenentwintig@dinkel.example.nl",
                             organisation="Stichting Dinkel",
                             role="adviseur maatschappelijke ontwikkeling")]))

# 024 doubt overcome
add("doubt-overcome-eem", gmail(
    "Persoon Tweeentwintig <p.tweeentwintig@eem.example.nl>", "toch aanmelden",
    "2010-04-08 22:17",
    """Hallo,

Ik heb lang getwijfeld of ik alle vier de dagen vrij kon maken, maar het gaat
lukken. Dus bij deze meld ik me toch aan.

Persoon Tweeëntwintig
ouderenadviseur, Welzijn Eem
"""), L("hesitation overcome: registers", "register", "nl", people=1,
        persons=[P(name="Persoon Tweeëntwintig",
                   email="p.tweeentwintig@eem.example.nl",
                   organisation="Welzijn Eem", role="ouderenadviseur")]))

# 025 English answer to "details missing"
_s, _b = incomplete_en("Person Sixty-Four", ["organisation"],
                       [("Name", "Person Sixty-Four"),
                        ("E-mail", "p.sixtyfour@example.com")])
add("answer-incomplete-en", tb115(
    "Person Sixty-Four <p.sixtyfour@example.com>", "Re: " + _s,
    "2010-04-12 10:02",
    """Sorry. I work for Example Avon Foundation as a researcher.

Person Sixty-Four

""" + tb_quote_en("2010-04-12 09:31", "deSTADSWIJKstudies Almere", _b),
    lang="en", irt=rirt("incomplete", "p.sixtyfour@example.com")),
    L("English answer to 'details missing'", "register", "en", people=1,
      persons=[P(name="Person Sixty-Four", email="p.sixtyfour@example.com",
                 organisation="Example Avon Foundation", role="researcher")]))

# 026 after the closing date
add("late-roundcube-regge", roundcube(
    "Persoon Drieentwintig <p.drieentwintig@regge.example.nl>",
    "Aanmelding (nog mogelijk?)", "2010-05-27 08:40",
    """Goedemorgen,

Ik zie dat de aanmelding op 25 mei sloot, maar ik meld me toch aan; misschien
is er nog een plek.

Naam: Persoon Drieëntwintig
Organisatie: Stichting Regge
Functie: wijkcoach

Groet,
Persoon Drieëntwintig
"""), L("registers after the closing date (the robot decides what follows)",
        "register", "nl", people=1,
        persons=[P(name="Persoon Drieëntwintig", email="p.drieentwintig@regge.example.nl",
                   organisation="Stichting Regge", role="wijkcoach")]))

# 027 Zimbra, odd labels
add("zimbra-labels-linge", zimbra(
    "Persoon Vierentwintig <p.vierentwintig@linge.example.nl>",
    "Inschrijving deSTADSWIJKstudies", "2010-04-14 14:14",
    """Naam deelnemer: Persoon Vierentwintig
Werkgever: Welzijn Linge
Werkzaam als: thuisbegeleider
Mobiel: 06-55501234
Bijzonderheden lunch: glutenvrij

Graag inschrijven voor de leergang.
"""), L("unusual labels", "register", "nl", people=1,
        persons=[P(name="Persoon Vierentwintig",
                   email="p.vierentwintig@linge.example.nl",
                   organisation="Welzijn Linge", role="thuisbegeleider",
                   phone="06-55501234", diet="glutenvrij")]))

# 028 reply to the organiser's invitation
_inv = """Geachte relatie,

Graag nodigen wij u uit voor de leergang "Almere: Sociale ambities in een
groeiende stad", vier dagen in 2010. Aanmelden kan tot 25 mei via
aanmelden@example.org.

Met vriendelijke groet,
Programmasecretariaat DMO"""
add("reply-invitation-ox-vecht", ox(
    "Persoon Vijfentwintig <p.vijfentwintig@vecht.example.nl>",
    "Re: Uitnodiging leergang Almere", "2010-04-15 09:25",
    """Dank voor de uitnodiging, ik kom graag.

Persoon Vijfentwintig
Zorggroep Vecht | clustermanager
06-30405060

""" + ox_quote_nl("2010-04-14 16:00", "Programmasecretariaat DMO <secretariaat@almere.nl>", _inv),
    to="aanmelden@example.org"),
    L("accepts the organiser's invitation sent on to the robot: registers",
      "register", "nl", people=1,
      persons=[P(name="Persoon Vijfentwintig", email="p.vijfentwintig@vecht.example.nl",
                 organisation="Zorggroep Vecht", role="clustermanager",
                 phone="06-30405060")]))

# 029 English Apple Mail, private address, work address
add("en-private-work-address", apple(
    "Person Sixty-Five <sixtyfive.home@example.com>", "Registration",
    "2010-04-19 20:30",
    """Hi,

Please register me for the course in Almere. I'm writing from home; my work
address is p.sixtyfive@trent.example.com.

Person Sixty-Five
Policy adviser, Example Trent Housing
"""), L("English: private From, work address in the text", "register", "en",
        people=1, persons=[P(name="Person Sixty-Five", email="p.sixtyfive@trent.example.com",
                             organisation="Example Trent Housing", role="Policy adviser")]))

# 030 squirrel, ordernummer
add("squirrel-ordernummer-gein", squirrel(
    "Persoon Zesentwintig <p.zesentwintig@gein.example.nl>", "aanmelding leergang",
    "2010-04-21 13:37",
    """Beste,

Ik meld me aan: Persoon Zesentwintig, Stichting Gein, teamleider jeugd.
De factuur graag met ordernummer 2010-0412 naar:
Stichting Gein, Postbus 55, 1110 AB Diemen.

Groet
Persoon Zesentwintig"""), L("prose with an order number and a one-line invoice address",
                            "register", "nl", people=1,
                            persons=[P(name="Persoon Zesentwintig",
                                       email="p.zesentwintig@gein.example.nl",
                                       organisation="Stichting Gein",
                                       role="teamleider jeugd",
                                       invoice_address="Stichting Gein, Postbus 55, 1110 AB Diemen",
                                       invoice_reference="ordernummer 2010-0412")]))

# 031 answer to "details missing", Outlook 2010 Dutch reply block
_s, _b = incomplete_nl("Persoon Honderdvijfendertig", ["functie", "organisatie"],
                       [("Naam", "Persoon Honderdvijfendertig"),
                        ("E-mail", "p.honderdvijfendertig@eem.example.nl")])
add("answer-incomplete-ol2010-eem", outlook(
    "Persoon Honderdvijfendertig <p.honderdvijfendertig@eem.example.nl>",
    "RE: " + _s, "2010-04-28 13:20",
    """Hierbij de ontbrekende gegevens:

Organisatie: Welzijn Eem
Functie: formulierenbrigade
Telefoon: 036-5209977

Met vriendelijke groet,
Persoon Honderdvijfendertig
""" + ol2010_quote_nl("deSTADSWIJKstudies Almere", "aanmelden@example.org",
                      "2010-04-28 11:02", "Persoon Honderdvijfendertig", _s, _b),
    ver="14.0", irt=rirt("incomplete", "p.honderdvijfendertig@eem.example.nl")),
    L("answers 'details missing' with the rest of her details", "register", "nl",
      people=1, persons=[P(name="Persoon Honderdvijfendertig",
                           email="p.honderdvijfendertig@eem.example.nl",
                           organisation="Welzijn Eem", role="formulierenbrigade",
                           phone="036-5209977")]))

# 032 English registration in reply to the how-to mail
_hs, _hb = help_en("Person Ninety")
add("answer-help-en-avon", gmail(
    "Person Ninety <p.ninety@avon.example.com>", "Re: " + _hs, "2010-04-30 10:40",
    """Thanks - here goes:

Name: Person Ninety
Organisation: Example Avon Foundation
Role: youth participation lead
Phone: +44 117 496 0555

Person Ninety

""" + gmail_quote_en("2010-04-30 09:12", "deSTADSWIJKstudies Almere <aanmelden@example.org>", _hb),
    irt=rirt("help", "p.ninety@avon.example.com")),
    L("English form in reply to the how-to mail", "register", "en", people=1,
      persons=[P(name="Person Ninety", email="p.ninety@avon.example.com",
                 organisation="Example Avon Foundation", role="youth participation lead",
                 phone="+44 117 496 0555")]))
