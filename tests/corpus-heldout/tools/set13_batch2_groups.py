"""Set 13, batch 2: groups and forwarded registrations (typed by hand)."""
from email.message import EmailMessage
from set13_lib import *  # noqa: F401,F403
from set13_lib import add, L, P, quote, rirt, d

# 031 numbered, organisation for all above
add("numbered-three-reest", outlook(
    "Persoon Zevenentwintig <p.zevenentwintig@reest.example.nl>",
    "Aanmelding 3 deelnemers leergang", "2010-03-03 10:40",
    """Beste organisatie,

Namens Stichting Reest meld ik de volgende drie collega's aan (voor allen
geldt: Stichting Reest, factuur naar Postbus 12, 7701 AA Dedemsvaart):

1. Persoon Achtentwintig, wijkcoördinator, p.achtentwintig@reest.example.nl
2. Persoon Negenentwintig, opbouwwerker, p.negenentwintig@reest.example.nl
3. Persoon Zevenentwintig (ikzelf), teamleider, p.zevenentwintig@reest.example.nl

Met vriendelijke groet,

Persoon Zevenentwintig
Stichting Reest
T 0523-610044
"""), L("numbered group, organisation and invoice address stated once for all; the writer is one of them",
        "register", "nl", people=3, persons=[
            P(name="Persoon Achtentwintig", email="p.achtentwintig@reest.example.nl",
              organisation="Stichting Reest", role="wijkcoördinator",
              invoice_address="Postbus 12, 7701 AA Dedemsvaart"),
            P(name="Persoon Negenentwintig", email="p.negenentwintig@reest.example.nl",
              organisation="Stichting Reest", role="opbouwwerker",
              invoice_address="Postbus 12, 7701 AA Dedemsvaart"),
            P(name="Persoon Zevenentwintig", email="p.zevenentwintig@reest.example.nl",
              organisation="Stichting Reest", role="teamleider", phone="0523-610044",
              invoice_address="Postbus 12, 7701 AA Dedemsvaart")]))

# 032 bulleted, two
add("bullets-two-schipbeek", gmail(
    "Persoon Dertig <p.dertig@schipbeek.example.nl>", "aanmelding leergang",
    "2010-03-10 09:05",
    """Hoi,

Wij willen ons graag met z'n tweeën aanmelden:

- Persoon Dertig, ouderenwerker (p.dertig@schipbeek.example.nl)
- Persoon Eenendertig, vrijwilligerscoördinator (p.eenendertig@schipbeek.example.nl)

Allebei van Welzijn Schipbeek.

Groetjes,
Persoon Dertig
"""), L("bulleted pair, organisation after the list", "register", "nl",
        people=2, persons=[
            P(name="Persoon Dertig", email="p.dertig@schipbeek.example.nl",
              organisation="Welzijn Schipbeek", role="ouderenwerker"),
            P(name="Persoon Eenendertig", email="p.eenendertig@schipbeek.example.nl",
              organisation="Welzijn Schipbeek", role="vrijwilligerscoördinator")]))

# 033 semicolons, three
add("semicolons-giessen", tb(
    "Persoon Tweeendertig <p.tweeendertig@giessen.example.nl>",
    "Aanmelding Zorggroep Giessen", "2010-03-18 15:30",
    """Goedemiddag,

Graag aanmelden voor de leergang, allen Zorggroep Giessen:
Persoon Tweeëndertig; zorgmanager; p.tweeendertig@giessen.example.nl
Persoon Drieëndertig; casemanager dementie; p.drieendertig@giessen.example.nl
Persoon Vierendertig; wijkverpleegkundige; p.vierendertig@giessen.example.nl

Groet,
Persoon Tweeëndertig
"""), L("semicolon rows, organisation stated once", "register", "nl",
        people=3, persons=[
            P(name="Persoon Tweeëndertig", email="p.tweeendertig@giessen.example.nl",
              organisation="Zorggroep Giessen", role="zorgmanager"),
            P(name="Persoon Drieëndertig", email="p.drieendertig@giessen.example.nl",
              organisation="Zorggroep Giessen", role="casemanager dementie"),
            P(name="Persoon Vierendertig", email="p.vierendertig@giessen.example.nl",
              organisation="Zorggroep Giessen", role="wijkverpleegkundige")]))

# 034 tabbed columns
add("tabs-angstel", outlook(
    "Persoon Vijfendertig <p.vijfendertig@angstel.example.nl>",
    "Aanmeldingen leergang Almere", "2010-03-23 11:11",
    """Beste,

Hierbij de aanmeldingen van Woonstichting Angstel:

Naam\tFunctie\tE-mail
Persoon Vijfendertig\twoonconsulent\tp.vijfendertig@angstel.example.nl
Persoon Zesendertig\tmedewerker leefbaarheid\tp.zesendertig@angstel.example.nl

Groet,
Persoon Vijfendertig
Woonstichting Angstel
"""), L("tab-separated columns with a header row", "register", "nl",
        people=2, persons=[
            P(name="Persoon Vijfendertig", email="p.vijfendertig@angstel.example.nl",
              organisation="Woonstichting Angstel", role="woonconsulent"),
            P(name="Persoon Zesendertig", email="p.zesendertig@angstel.example.nl",
              organisation="Woonstichting Angstel", role="medewerker leefbaarheid")]))

# 035 HTML grid of five, after 11 May
_rows = [("Persoon Zevenendertig", "directeur", "p.zevenendertig@krommerijn.example.nl"),
         ("Persoon Achtendertig", "beleidsadviseur", "p.achtendertig@krommerijn.example.nl"),
         ("Persoon Negenendertig", "teamleider", "p.negenendertig@krommerijn.example.nl"),
         ("Persoon Veertig", "buurtwerker", "p.veertig@krommerijn.example.nl"),
         ("Persoon Eenenveertig", "buurtwerker", "p.eenenveertig@krommerijn.example.nl")]
_txt = ("Beste organisatie,\n\nNu de grens van drie per organisatie vervallen is, melden wij\n"
        "vijf medewerkers van Stichting Kromme Rijn aan:\n\n" +
        "\n".join("%s\t%s\t%s" % r for r in _rows) +
        "\n\nMet vriendelijke groet,\nPersoon Zevenendertig")
add("html-grid-five-krommerijn", outlook365(
    "Persoon Zevenendertig <p.zevenendertig@krommerijn.example.nl>",
    "Aanmelding vijf medewerkers", "2010-05-12 09:20", _txt,
    html=html_grid11(["Naam", "Functie", "E-mail"], _rows,
                     intro="Beste organisatie,\n\nNu de grens van drie per organisatie vervallen is, melden wij\nvijf medewerkers van Stichting Kromme Rijn aan:",
                     outro="Met vriendelijke groet,\nPersoon Zevenendertig")),
    L("an HTML grid of five after the limit of three lapsed", "register", "nl",
      people=5, persons=[P(name=n, email=e, organisation="Stichting Kromme Rijn", role=r)
                         for n, r, e in _rows]))

# 036 labelled blocks, invoice for all
add("blocks-invoice-lek", apple(
    "Persoon Tweeenveertig <p.tweeenveertig@lek.example.nl>",
    "Aanmelding twee deelnemers", "2010-03-25 16:02",
    """Beste mensen,

Deelnemer 1
Naam: Persoon Tweeënveertig
Functie: beleidsmedewerker
E-mail: p.tweeenveertig@lek.example.nl

Deelnemer 2
Naam: Persoon Drieënveertig
Functie: projectmedewerker
E-mail: p.drieenveertig@lek.example.nl

Voor beide deelnemers:
Organisatie: Welzijn Lek
Factuuradres: Welzijn Lek, Dijkstraat 4, 2941 AB Lekkerkerk
Kenmerk: WL-1044

Met groet,
Persoon Tweeënveertig"""), L("labelled blocks; organisation, invoice address and reference for both ('Kenmerk:' dropped)",
                            "register", "nl", people=2, persons=[
                                P(name="Persoon Tweeënveertig", email="p.tweeenveertig@lek.example.nl",
                                  organisation="Welzijn Lek", role="beleidsmedewerker",
                                  invoice_address="Welzijn Lek, Dijkstraat 4, 2941 AB Lekkerkerk",
                                  invoice_reference="WL-1044"),
                                P(name="Persoon Drieënveertig", email="p.drieenveertig@lek.example.nl",
                                  organisation="Welzijn Lek", role="projectmedewerker",
                                  invoice_address="Welzijn Lek, Dijkstraat 4, 2941 AB Lekkerkerk",
                                  invoice_reference="WL-1044")]))

# 037 English, for all of them
add("en-three-tamar", outlook(
    "Person Sixty-Six <p.sixtysix@tamar.example.com>", "Three registrations",
    "2010-04-07 10:48",
    """Hello,

Please register the following three people for the Almere course. For all of
them: organisation Example Tamar Trust, invoice reference TT/0519.

Person Sixty-Six - head of communities - p.sixtysix@tamar.example.com
Person Sixty-Seven - neighbourhood worker - p.sixtyseven@tamar.example.com
Person Sixty-Eight - data analyst - p.sixtyeight@tamar.example.com

Many thanks,
Person Sixty-Six
""", lang="EN"), L("English group, organisation and reference 'for all of them'",
                   "register", "en", people=3, persons=[
                       P(name="Person Sixty-Six", email="p.sixtysix@tamar.example.com",
                         organisation="Example Tamar Trust", role="head of communities",
                         invoice_reference="TT/0519"),
                       P(name="Person Sixty-Seven", email="p.sixtyseven@tamar.example.com",
                         organisation="Example Tamar Trust", role="neighbourhood worker",
                         invoice_reference="TT/0519"),
                       P(name="Person Sixty-Eight", email="p.sixtyeight@tamar.example.com",
                         organisation="Example Tamar Trust", role="data analyst",
                         invoice_reference="TT/0519")]))

# 038 a manager who does not come herself
add("manager-not-attending-drentseaa", outlook(
    "Persoon Vierenveertig <p.vierenveertig@drentseaa.example.nl>",
    "Aanmelding medewerkers", "2010-04-09 08:35",
    """Goedemorgen,

Zelf kan ik helaas niet deelnemen, maar ik meld graag twee van mijn
teamleden aan voor de leergang:

Persoon Vijfenveertig, p.vijfenveertig@drentseaa.example.nl, ambulant hulpverlener
Persoon Zesenveertig, p.zesenveertig@drentseaa.example.nl, ambulant hulpverlener

Beiden werken bij Welzijn Drentse Aa.

Met vriendelijke groet,
Persoon Vierenveertig
manager ambulante hulp
06-11223344
"""), L("a manager registers two team members, not herself; her phone is not theirs",
        "register", "nl", people=2, persons=[
            P(name="Persoon Vijfenveertig", email="p.vijfenveertig@drentseaa.example.nl",
              organisation="Welzijn Drentse Aa", role="ambulant hulpverlener"),
            P(name="Persoon Zesenveertig", email="p.zesenveertig@drentseaa.example.nl",
              organisation="Welzijn Drentse Aa", role="ambulant hulpverlener")]))

# 039 second person without an address
add("second-no-address-hunze", gmail2(
    "Persoon Zevenenveertig <p.zevenenveertig@hunze.example.nl>",
    "aanmelding 2 personen", "2010-04-13 13:50",
    """Beste,

Ik wil mezelf en mijn collega Persoon Achtenveertig aanmelden voor de leergang.
Wij zijn allebei opbouwwerker bij Welzijnskring Hunze. Zij heeft nog geen
e-mailadres bij ons, dus stuur alles maar naar mij.

Groet,
Persoon Zevenenveertig
"""), L("two people, the second without an address of her own", "register",
        "nl", people=2, persons=[
            P(name="Persoon Zevenenveertig", email="p.zevenenveertig@hunze.example.nl",
              organisation="Welzijnskring Hunze", role="opbouwwerker"),
            P(name="Persoon Achtenveertig", organisation="Welzijnskring Hunze",
              role="opbouwwerker")]))

# 040 municipal team of four
add("municipal-team-four", outlook(
    "Persoon Negenenveertig <pnegenenveertig@almere.nl>",
    "Aanmelding team Wijkzaken", "2010-04-16 11:00",
    """Beste collega's van het programmasecretariaat,

Vanuit het team Wijkzaken melden wij ons met vier personen aan:

1. Persoon Negenenveertig - wijkmanager Haven - pnegenenveertig@almere.nl
2. Persoon Vijftig - wijkmanager Buiten - pvijftig@almere.nl
3. Persoon Eenenvijftig - gebiedsregisseur - peenenvijftig@almere.nl
4. Persoon Tweeenvijftig - beleidsmedewerker - ptweeenvijftig@almere.nl

Groet,
Persoon Negenenveertig
Gemeente Almere, team Wijkzaken
"""), L("municipal team: Gemeente Almere for all", "register", "nl", people=4,
        persons=[P(name=n, email=e, organisation="Gemeente Almere", role=r) for n, r, e in [
            ("Persoon Negenenveertig", "wijkmanager Haven", "pnegenenveertig@almere.nl"),
            ("Persoon Vijftig", "wijkmanager Buiten", "pvijftig@almere.nl"),
            ("Persoon Eenenvijftig", "gebiedsregisseur", "peenenvijftig@almere.nl"),
            ("Persoon Tweeenvijftig", "beleidsmedewerker", "ptweeenvijftig@almere.nl")]]))

# 041 pipe table in text
add("pipes-three-zaanoever", tb115(
    "Persoon Drieenvijftig <p.drieenvijftig@zaan.example.nl>",
    "Inschrijving leergang", "2010-04-20 14:25",
    """Beste,

| Naam                    | Functie          | E-mail                              |
|-------------------------|------------------|-------------------------------------|
| Persoon Drieënvijftig   | teammanager      | p.drieenvijftig@zaan.example.nl     |
| Persoon Vierenvijftig   | jeugdwerker      | p.vierenvijftig@zaan.example.nl     |
| Persoon Vijfenvijftig   | jeugdwerker      | p.vijfenvijftig@zaan.example.nl     |

Organisatie: Stichting Zaanoever

Groet,
Persoon Drieënvijftig
"""), L("a plain-text pipe table, organisation below", "register", "nl",
        people=3, persons=[P(name=n, email=e, organisation="Stichting Zaanoever", role=r)
                           for n, r, e in [
                               ("Persoon Drieënvijftig", "teammanager", "p.drieenvijftig@zaan.example.nl"),
                               ("Persoon Vierenvijftig", "jeugdwerker", "p.vierenvijftig@zaan.example.nl"),
                               ("Persoon Vijfenvijftig", "jeugdwerker", "p.vijfenvijftig@zaan.example.nl")]]))

# 042 English prose pair
add("en-pair-prose-exe", gmail(
    "Person Sixty-Nine <p.sixtynine@exe.example.com>", "Two of us",
    "2010-04-22 17:05",
    """Hi there,

My colleague Person Seventy (p.seventy@exe.example.com) and I would both like to
attend the course. We are community researchers at Example Exe Institute.

Cheers,
Person Sixty-Nine
"""), L("English pair in prose", "register", "en", people=2, persons=[
    P(name="Person Sixty-Nine", email="p.sixtynine@exe.example.com",
      organisation="Example Exe Institute", role="community researchers"),
    P(name="Person Seventy", email="p.seventy@exe.example.com",
      organisation="Example Exe Institute", role="community researchers")]))

# 043 two colleagues added in reply to the writer's own confirmation
_cs, _cb = conf_nl("Persoon Zesenvijftig", "R7M4K-9TQ2H", "Stichting Dommel",
                   "coördinator", "p.zesenvijftig@dommel.example.nl")
add("reply-confirmation-add-two-dommel", outlook(
    "Persoon Zesenvijftig <p.zesenvijftig@dommel.example.nl>", "RE: " + _cs,
    "2010-04-26 10:12",
    """Dank voor de bevestiging. Ik wil er nog twee collega's bij aanmelden:

Persoon Zevenenvijftig, maatschappelijk werker, p.zevenenvijftig@dommel.example.nl
Persoon Achtenvijftig, schuldhulpverlener, p.achtenvijftig@dommel.example.nl

Ook van Stichting Dommel.

Groet,
Persoon Zesenvijftig
""" + outlook_quote_nl("deSTADSWIJKstudies Almere [mailto:aanmelden@example.org]",
                       "maandag 26 april 2010 9:01", "Persoon Zesenvijftig", _cs, _cb),
    irt=rirt("confirmation", "R7M4K-9TQ2H")),
    L("two colleagues added in reply to the writer's own confirmation (its code quoted)",
      "register", "nl", code="R7M4K-9TQ2H", people=2, persons=[
          P(name="Persoon Zevenenvijftig", email="p.zevenenvijftig@dommel.example.nl",
            organisation="Stichting Dommel", role="maatschappelijk werker"),
          P(name="Persoon Achtenvijftig", email="p.achtenvijftig@dommel.example.nl",
            organisation="Stichting Dommel", role="schuldhulpverlener")]))

# 044 six, invoice below
_six = [("Persoon Negenenvijftig", "p.negenenvijftig@hollandseijssel.example.nl"),
        ("Persoon Zestig", "p.zestig@hollandseijssel.example.nl"),
        ("Persoon Eenenzestig", "p.eenenzestig@hollandseijssel.example.nl"),
        ("Persoon Tweeenzestig", "p.tweeenzestig@hollandseijssel.example.nl"),
        ("Persoon Drieenzestig", "p.drieenzestig@hollandseijssel.example.nl"),
        ("Persoon Vierenzestig", "p.vierenzestig@hollandseijssel.example.nl")]
add("six-invoice-below-hollandseijssel", notes(
    "Persoon Negenenvijftig <p.negenenvijftig@hollandseijssel.example.nl>",
    "Aanmelding zes medewerkers leergang", "2010-05-14 09:45",
    """Geachte heer/mevrouw,

Hierbij melden wij de volgende medewerkers aan voor de leergang:

""" + "\n".join("%s (%s)" % x for x in _six) + """

Voor allen: Zorggroep Hollandse IJssel, functie wijkteamlid.
Factuur naar: Zorggroep Hollandse IJssel, Postbus 900, 2800 AA Gouda, o.v.v. inkooporder 10-7731.

Met vriendelijke groet,

Persoon Negenenvijftig
"""), L("six with 'voor allen' below: organisation, role, invoice for all",
        "register", "nl", people=6, persons=[
            P(name=n, email=e, organisation="Zorggroep Hollandse IJssel", role="wijkteamlid",
              invoice_address="Zorggroep Hollandse IJssel, Postbus 900, 2800 AA Gouda",
              invoice_reference="inkooporder 10-7731") for n, e in _six]))

# 045 group with a question
add("pair-question-lunch-roer", webmail(
    "Persoon Vijfenzestig <p.vijfenzestig@roer.example.nl>",
    "Aanmelding + vraag over dag 3", "2010-04-28 12:12",
    """Hallo,

Graag meld ik mij en mijn collega aan:
- Persoon Vijfenzestig, Stichting Roer, buurtcoach
- Persoon Zesenzestig, Stichting Roer, buurtcoach, p.zesenzestig@roer.example.nl

Een vraag: is het programma van dag 3 (2 november) al bekend? Wij willen
graag weten welke sprekers er komen.

Groet,
Persoon Vijfenzestig
"""), L("a pair that also asks about day 3", "register", "nl", q="yes",
        people=2, persons=[
            P(name="Persoon Vijfenzestig", email="p.vijfenzestig@roer.example.nl",
              organisation="Stichting Roer", role="buurtcoach"),
            P(name="Persoon Zesenzestig", email="p.zesenzestig@roer.example.nl",
              organisation="Stichting Roer", role="buurtcoach")]))

# ---- forwarded -------------------------------------------------------------

# 046 Outlook Dutch inline forward
add("fwd-outlook-nl-vecht", outlook(
    "Persoon Zevenenzestig <p.zevenenzestig@vecht.example.nl>",
    "FW: aanmelding leergang", "2010-03-30 09:10",
    """Hierbij de aanmelding van onze collega, die zelf geen toegang tot de mail
van de leergang had. Wilt u haar inschrijven?

Met vriendelijke groet,
Persoon Zevenenzestig
Secretariaat Zorggroep Vecht
""" + outlook_quote_nl("Persoon Achtenzestig", "maandag 29 maart 2010 16:42",
                       "Persoon Zevenenzestig", "aanmelding leergang",
                       """Hoi,

Wil jij mij aanmelden voor de leergang in Almere?
Persoon Achtenzestig, p.achtenzestig@vecht.example.nl
Zorggroep Vecht, wijkverpleegkundige
06-99887766

Dank!""")), L("Outlook inline forward: the colleague is the participant",
               "register", "nl", fwd="yes", people=1, persons=[
                   P(name="Persoon Achtenzestig", email="p.achtenzestig@vecht.example.nl",
                     organisation="Zorggroep Vecht", role="wijkverpleegkundige",
                     phone="06-99887766")]))

# 047 Gmail Dutch forward
add("fwd-gmail-nl-berkel", gmail(
    "Persoon Negenenzestig <p.negenenzestig@berkel.example.nl>",
    "Fwd: Opgave leergang", "2010-04-02 14:00",
    """Graag onderstaande collega inschrijven.

""" + gmail_forward_nl("Persoon Zeventig <p.zeventig@berkel.example.nl>",
                       "2010-04-01 17:22", "Opgave leergang",
                       "Persoon Negenenzestig <p.negenenzestig@berkel.example.nl>",
                       """Hoi,

Kun jij mij opgeven voor de leergang Sociale ambities? Ik ben
Persoon Zeventig, bewonersconsulent bij Woonstichting Berkel.

Groet""")), L("Gmail forward (Dutch interface): participant from the forwarded From",
              "register", "nl", fwd="yes", people=1, persons=[
                  P(name="Persoon Zeventig", email="p.zeventig@berkel.example.nl",
                    organisation="Woonstichting Berkel", role="bewonersconsulent")]))

# 048 Apple Mail forward
add("fwd-apple-nl-swalm", apple(
    "Persoon Eenenzeventig <p.eenenzeventig@swalm.example.nl>",
    "Fwd: Aanmelding", "2010-04-06 08:30",
    """Zie hieronder, graag aanmelden.
Persoon Eenenzeventig
""" + apple_forward_nl("Persoon Tweeenzeventig <p.tweeenzeventig@swalm.example.nl>",
                       "2010-04-05 21:10", "Aanmelding", "Persoon Eenenzeventig <p.eenenzeventig@swalm.example.nl>",
                       """Hallo,

Ik wil graag naar de leergang in Almere.
Naam: Persoon Tweeënzeventig
Organisatie: Stichting Swalm
Functie: buurtwerker
Dieet: vegetarisch
""")), L("Apple Mail forward", "register", "nl", fwd="yes", people=1, persons=[
    P(name="Persoon Tweeënzeventig", email="p.tweeenzeventig@swalm.example.nl",
      organisation="Stichting Swalm", role="buurtwerker", diet="vegetarisch")]))

# 049 Thunderbird, forwarded as an attachment
_inner = EmailMessage()
_inner["From"] = "Persoon Drieenzeventig <p.drieenzeventig@geul.example.nl>"
_inner["To"] = "Persoon Vierenzeventig <p.vierenzeventig@geul.example.nl>"
_inner["Subject"] = "leergang Almere"
_inner["Date"] = d("2010-04-08 10:05")
_inner["Message-ID"] = "<4BBD8A21.7020905@geul.example.nl>"
_inner.set_content("""Hoi,

Kun je mij aanmelden voor de leergang in Almere? Alle vier de dagen.

Persoon Drieënzeventig
Welzijn Geul, sociaal werker
043-4519988
""")
_m = tb("Persoon Vierenzeventig <p.vierenzeventig@geul.example.nl>",
        "[Fwd: leergang Almere]", "2010-04-08 11:40",
        """Goedemorgen,

In de bijlage een aanmelding van mijn collega.

Groet,
Persoon Vierenzeventig
""")
add("fwd-tb-attached-geul", with_atts(_m, [rfc822_part(_inner)]),
    L("Thunderbird forward as an attached message", "register", "nl",
      fwd="yes", people=1, persons=[
          P(name="Persoon Drieënzeventig", email="p.drieenzeventig@geul.example.nl",
            organisation="Welzijn Geul", role="sociaal werker", phone="043-4519988")]))

# 050 Lotus Notes forward
add("fwd-notes-mark", notes(
    "Persoon Vijfenzeventig <p.vijfenzeventig@mark.example.nl>",
    "Fw: Aanmelding leergang", "2010-04-12 15:03",
    """Ter aanmelding.

Persoon Vijfenzeventig
""" + notes_forward_nl("Persoon Vijfenzeventig/ZM/NL", "2010-04-12 15:02",
                       "Persoon Zesenzeventig/ZM/NL",
                       "Persoon Vijfenzeventig/ZM/NL@ZM", "2010-04-12 13:48",
                       "Aanmelding leergang",
                       """Wil je me aanmelden voor de leergang van de gemeente Almere?

Persoon Zesenzeventig
Zorggroep Mark - teamleider thuiszorg
p.zesenzeventig@mark.example.nl""")),
    L("Lotus Notes forward; the address in the forwarded text", "register", "nl",
      fwd="yes", people=1, persons=[
          P(name="Persoon Zesenzeventig", email="p.zesenzeventig@mark.example.nl",
            organisation="Zorggroep Mark", role="teamleider thuiszorg")]))

# 051 Outlook English forward
add("fwd-outlook-en-severn", outlook(
    "Person Seventy-One <p.seventyone@severn.example.com>",
    "FW: Almere course", "2010-04-14 09:00",
    """Please register my colleague below. Thanks!

Person Seventy-One
""" + outlook_orig_en("Person Seventy-Two", "p.seventytwo@severn.example.com",
                      "2010-04-13 18:00", "Person Seventy-One", "Almere course",
                      """Could you sign me up for the Almere course? I'm the new
partnerships officer at Example Severn Trust.

Thanks,
Person Seventy-Two"""), lang="EN"),
    L("Outlook English forward", "register", "en", fwd="yes", people=1, persons=[
        P(name="Person Seventy-Two", email="p.seventytwo@severn.example.com",
          organisation="Example Severn Trust", role="partnerships officer")]))

# 052 Thunderbird inline, two people
add("fwd-tb-inline-two-lauwers", tb115(
    "Persoon Zevenenzeventig <p.zevenenzeventig@lauwers.example.nl>",
    "Fwd: aanmelden leergang", "2010-04-19 10:30",
    """Beste,

Onderstaande twee collega's willen graag deelnemen.

Groet,
Persoon Zevenenzeventig
""" + tb_forward_nl("aanmelden leergang", "2010-04-16 16:16",
                    "Persoon Achtenzeventig <p.achtenzeventig@lauwers.example.nl>",
                    "Persoon Zevenenzeventig <p.zevenenzeventig@lauwers.example.nl>",
                    """Hoi,

Persoon Negenenzeventig en ik willen allebei naar de leergang in Almere.
Wij zijn allebei huismeester bij Woongroep Lauwers. Haar adres is
p.negenenzeventig@lauwers.example.nl.

Persoon Achtenzeventig""")),
    L("Thunderbird inline forward naming two", "register", "nl", fwd="yes",
      people=2, persons=[
          P(name="Persoon Achtenzeventig", email="p.achtenzeventig@lauwers.example.nl",
            organisation="Woongroep Lauwers", role="huismeester"),
          P(name="Persoon Negenenzeventig", email="p.negenenzeventig@lauwers.example.nl",
            organisation="Woongroep Lauwers", role="huismeester")]))

# 053 Gmail English forward from an iPhone-ish writer
add("fwd-gmail-en-tweed", gmail(
    "Person Seventy-Three <p.seventythree@tweed.example.com>",
    "Fwd: course registration", "2010-04-23 12:00",
    """FYI - please register her.

""" + gmail_forward_en("Person Seventy-Four <p.seventyfour@tweed.example.com>",
                       "2010-04-22 16:30", "course registration",
                       "Person Seventy-Three <p.seventythree@tweed.example.com>",
                       """Hi, can you put me down for the Almere course?
Person Seventy-Four, tenancy sustainment officer, Sample Tweed Housing""")),
    L("Gmail English forward", "register", "en", fwd="yes", people=1, persons=[
        P(name="Person Seventy-Four", email="p.seventyfour@tweed.example.com",
          organisation="Sample Tweed Housing", role="tenancy sustainment officer")]))

# 054 big group, numbered name - email - role, 7 people
_seven = [("Persoon Tachtig", "p.tachtig@oudeijssel.example.nl", "ouderenconsulent"),
          ("Persoon Eenentachtig", "p.eenentachtig@oudeijssel.example.nl", "mantelzorgconsulent"),
          ("Persoon Tweeentachtig", "p.tweeentachtig@oudeijssel.example.nl", "jongerenwerker"),
          ("Persoon Drieentachtig", "p.drieentachtig@oudeijssel.example.nl", "jongerenwerker"),
          ("Persoon Vierentachtig", "p.vierentachtig@oudeijssel.example.nl", "opbouwwerker"),
          ("Persoon Vijfentachtig", "p.vijfentachtig@oudeijssel.example.nl", "teamleider"),
          ("Persoon Zesentachtig", "p.zesentachtig@oudeijssel.example.nl", "stagiair")]
add("seven-numbered-oudeijssel", gmail2(
    "Persoon Tachtig <p.tachtig@oudeijssel.example.nl>", "Groepsaanmelding",
    "2010-05-17 13:13",
    """Beste organisatie,

Wij melden ons aan met zeven medewerkers van Welzijn Oude IJssel:

""" + "\n".join("%d) %s - %s - %s" % (i, n, e, r) for i, (n, e, r) in enumerate(_seven, 1)) + """

Met vriendelijke groet,
Persoon Tachtig
"""), L("seven numbered, organisation in the introduction", "register", "nl",
        people=7, persons=[P(name=n, email=e, organisation="Welzijn Oude IJssel", role=r)
                           for n, e, r in _seven]))

# 056 English: one colleague added in reply to the writer's confirmation
_cs, _cb = conf_en("Person Sixty-Nine", "M7P2S-5XC8D", "Example Exe Institute",
                   "community researchers", "p.sixtynine@exe.example.com")
add("reply-confirmation-add-one-en", outlook(
    "Person Sixty-Nine <p.sixtynine@exe.example.com>", "RE: " + _cs,
    "2010-05-03 09:30",
    """Hello again,

Could you add one more from our institute? Person Ninety-One,
p.ninetyone@exe.example.com, research assistant.

Thanks,
Person Sixty-Nine
""" + o365_quote_en("deSTADSWIJKstudies Almere <aanmelden@example.org>",
                    "2010-04-22 17:10", "Person Sixty-Nine", _cs, _cb, line=True),
    lang="EN", irt=rirt("confirmation", "M7P2S-5XC8D")),
    L("adds a colleague in reply to the writer's own confirmation (code quoted)",
      "register", "en", code="M7P2S-5XC8D", people=1, persons=[
          P(name="Person Ninety-One", email="p.ninetyone@exe.example.com",
            organisation="Example Exe Institute", role="research assistant")]))

# 057 a pair registered in reply to the how-to mail
_hs, _hb = help_nl("Persoon Honderdachtendertig")
add("answer-help-pair-gein", tb115(
    "Persoon Honderdachtendertig <p.honderdachtendertig@gein.example.nl>",
    "Re: " + _hs, "2010-05-19 11:00",
    """Dank u. Dan melden wij ons aan met z'n tweeën:

Persoon Honderdachtendertig, p.honderdachtendertig@gein.example.nl
Persoon Honderdnegenendertig, p.honderdnegenendertig@gein.example.nl

Wij zijn beiden buurtcoach bij Stichting Gein.

Groet,
Persoon Honderdachtendertig

""" + tb_quote_nl("2010-05-19 10:31", "deSTADSWIJKstudies Almere", _hb),
    irt=rirt("help", "p.honderdachtendertig@gein.example.nl")),
    L("a pair in reply to the how-to mail", "register", "nl", people=2, persons=[
        P(name="Persoon Honderdachtendertig", email="p.honderdachtendertig@gein.example.nl",
          organisation="Stichting Gein", role="buurtcoach"),
        P(name="Persoon Honderdnegenendertig", email="p.honderdnegenendertig@gein.example.nl",
          organisation="Stichting Gein", role="buurtcoach")]))
