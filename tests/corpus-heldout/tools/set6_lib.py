"""Client shapes for the sixth held-out set (tests/corpus-heldout/set6).

It reuses the shapes of set2_lib.py, set4_lib.py and set5_lib.py (with its
own Message-ID seed) and adds a few more clients of 2010 (Outlook Web App
2010, Outlook 2003 text only, iPad, Windows Mobile, Nokia, KMail, Alpine,
Gnus, GMX and AOL webmail). The robot's own mails are rendered here from the
wording of templates/nl and templates/en as they are now. Only MIME assembly
and the layout a mail client gives a message live here; the text of every
message and every label is typed by hand in set6_batch*.py.
"""
import set2_lib
import lib
from set2_lib import (add, plain, tb, mutt, iphone, outlook, gmail, apple,  # noqa: F401
                      webmail, rfc822_part, d, mid, nxt, h,
                      _hdr, quote, robot_mid, P, ROBOT, ORG, TITLE,
                      PROG_NL, PROG_EN, SIG_NL, SIG_EN)
from set4_lib import (notes, groupwise, oe, evolution, android, blackberry,  # noqa: F401
                      claws, yahoo, hotmail_html, html_only, outlook_quote_nl,
                      outlook_quote_en, b64)
from set5_lib import (with_attachments, outlook2010, macoutlook, pegasus,  # noqa: F401
                      opera, thebat, seamonkey, zarafa, sylpheed, postbox)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set6/"


def _agent(kw, name, value):
    kw.setdefault("extra", [])
    kw["extra"] = [(name, value)] + kw["extra"]
    return kw


# ---- more clients -------------------------------------------------------

def owa(frm, subj, date, body, **kw):
    """Outlook Web App 2010: text + HTML (Tahoma 10pt div), utf-8 base64-free QP."""
    html = ('<html dir="ltr"><head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<style>\n<!--\nbody '
            '{font-family: Tahoma; font-size: 10pt;}\n-->\n</style>\n</head>\n'
            '<body ocsi="x">\n<div style="direction: ltr;font-family: Tahoma;'
            'color: #000000;font-size: 10pt;">' +
            "".join("<div>%s</div>" % (lib.esc(l) or "<br>")
                    for l in body.split("\n")) + "</div>\n</body>\n</html>\n")
    m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    x = h("owa", num)
    ex = [("Thread-Topic", subj), ("Thread-Index", "AQHK" + x[:24] + "=="),
          ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return _hdr(m, num, "outlook", frm, subj, date,
                kw.get("to", "aanmelden@example.org"), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def outlook2003(frm, subj, date, body, **kw):
    """Outlook 2003 set to plain text: windows-1252 quoted-printable."""
    num = nxt()
    x = h("ti", num)
    _agent(kw, "Thread-Index", "Acr" + x[:28] + "==")
    _agent(kw, "X-Mailer", "Microsoft Office Outlook 11")
    return plain(frm, subj, date, body, charset="windows-1252",
                 cte="quoted-printable", style="outlook", **kw)


def ipad(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "iPad Mail (7B367)")
    return plain(frm, subj, date, body, cte="quoted-printable", style="apple",
                 **kw)


def winmobile(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "Microsoft Windows Mobile 6.5 (Build 21887)")
    return plain(frm, subj, date, body, charset="windows-1252",
                 cte="quoted-printable", style="outlook", **kw)


def nokia(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "Nokia Messaging (E72)")
    return plain(frm, subj, date, body, charset="utf-8", cte="base64",
                 style="plain", **kw)


def kmail(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "KMail/1.13.3 (Linux/2.6.32-5-686; KDE/4.4.4; i686; ; )")
    return plain(frm, subj, date, body, charset="iso-8859-15",
                 cte="quoted-printable", style="kmail", **kw)


def alpine(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "Alpine 2.00 (DEB 1167 2008-08-23)")
    return plain(frm, subj, date, body, charset="us-ascii", cte="7bit",
                 flowed=True, style="alpine", **kw)


def gnus(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "Gnus/5.13 (Gnus v5.13) Emacs/23.1 (gnu/linux)")
    return plain(frm, subj, date, body, style="gnus", **kw)


def gmx(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "WWW-Mail 6100 (Global Message Exchange)")
    _agent(kw, "X-Priority", "3")
    return plain(frm, subj, date, body, charset="iso-8859-1",
                 cte="quoted-printable", style="gmx", **kw)


def aol_html(frm, subj, date, text, **kw):
    """AOL webmail: HTML only, the text in one <font> block."""
    html = ('<font color=\'black\' size=\'2\' face=\'arial\'>' +
            "<br>\n".join(lib.esc(l) for l in text.split("\n")) +
            '</font>\n')
    m = html_part(html, "us-ascii", "7bit")
    extra = [("X-Mailer", "AOL Webmail 31899-STANDARD"),
             ("X-AOL-IP", "192.0.2.131"), ("X-MB-Message-Source", "WebUI")]
    return _hdr(m, nxt(), "aol", frm, subj, date,
                kw.get("to", "aanmelden@example.org"), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra + (kw.get("extra") or []))


def html_mail(frm, subj, date, html, style="plain", charset="utf-8",
              cte="quoted-printable", extra=None, **kw):
    """An HTML-only mail with the given HTML and agent headers."""
    m = html_part(html, charset, cte)
    return _hdr(m, nxt(), style, frm, subj, date,
                kw.get("to", "aanmelden@example.org"), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra or [])


def alt_mail(frm, subj, date, text, html, style="plain", charset="utf-8",
             cte="quoted-printable", extra=None, **kw):
    """Text + HTML written separately (when the HTML is not the text)."""
    m = alt(text, html, charset, cte)
    return _hdr(m, nxt(), style, frm, subj, date,
                kw.get("to", "aanmelden@example.org"), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra or [])


# ---- the robot's own mails, from the templates as they are now ----------

FEE_NL = "EUR 1.000,00"
FEE_EN = "EUR 1,000.00"


def details_nl(name, org, role, email, phone=None, diet=None, free=False,
               ia=None, ir=None):
    out = ["  Naam:            " + name,
           "  Organisatie:     " + org,
           "  Functie:         " + (role or "(niet opgegeven)"),
           "  E-mailadres:     " + email]
    if phone:
        out.append("  Telefoon:        " + phone)
    if diet:
        out.append("  Dieetwensen:     " + diet)
    if not free:
        out.append("  Factuuradres:    " + (ia or "(niet opgegeven)"))
        out.append("  Factuurkenmerk:  " + (ir or "(niet opgegeven)"))
    return "\n".join(out)


def details_en(name, org, role, email, phone=None, diet=None, free=False,
               ia=None, ir=None):
    out = ["  Name:               " + name,
           "  Organisation:       " + org,
           "  Function:           " + (role or "(not given)"),
           "  E-mail address:     " + email]
    if phone:
        out.append("  Phone:              " + phone)
    if diet:
        out.append("  Dietary wishes:     " + diet)
    if not free:
        out.append("  Invoice address:    " + (ia or "(not given)"))
        out.append("  Invoice reference:  " + (ir or "(not given)"))
    return "\n".join(out)


def terms_nl(free, ir=None):
    if free:
        return "Kosten\nAan uw deelname zijn geen kosten verbonden."
    return ("Kosten\nDe bijdrage is %s per deelnemer. Uw organisatie ontvangt\n"
            "hiervoor een factuur%s.\n"
            "Meldt u zich af vóór 18 mei 2010, dan zijn er geen kosten.\n"
            "Wie zich later afmeldt, blijft de bijdrage verschuldigd. Een collega\n"
            "in uw plaats sturen kan altijd, zonder extra kosten."
            % (FEE_NL, (" met kenmerk " + ir) if ir else ""))


def terms_en(free, ir=None):
    if free:
        return "Fee\nThere is no charge for your participation."
    return ("Fee\nThe fee is %s per participant. Your organisation will receive\n"
            "an invoice%s.\n"
            "If you cancel before 18 May 2010, nothing is charged.\n"
            "After that the fee remains due. Sending a colleague in your place\n"
            "is always possible, at no extra cost."
            % (FEE_EN, (" with reference " + ir) if ir else ""))


def changes_nl(code):
    return ("Afmelden of een collega sturen\n"
            "Antwoord op deze mail en schrijf in uw eigen tekst uw referentiecode\n"
            "%s en:\n"
            "  - \"afmelden\" als u niet komt, of\n"
            "  - \"vervanging\", met de naam en het e-mailadres van de collega die\n"
            "    uw plaats inneemt." % code)


def changes_en(code):
    return ("Cancelling or sending a colleague\n"
            "Reply to this mail and write in your own text your reference code\n"
            "%s and:\n"
            "  - \"cancel\" if you cannot come, or\n"
            "  - \"substitute\", with the name and e-mail address of the colleague\n"
            "    who takes your place." % code)


def conf_nl(name, code, org, role, email, free=False, **kw):
    subj = "Bevestiging aanmelding %s [%s]" % (TITLE, code)
    body = ("Beste %s,\n\nU bent aangemeld voor de leergang\n\"%s\".\n"
            "Uw plaats is bevestigd.\n\n"
            "Uw referentiecode is %s. Bewaar deze mail: met deze code kunt\n"
            "u zich afmelden of een collega in uw plaats sturen.\n\n"
            "Dit hebben wij van u genoteerd:\n\n%s\n\n"
            "Klopt er iets niet? Antwoord dan op deze mail met de juiste gegevens.\n\n"
            "%s\n\nIn de bijlage \"agenda.ics\" staan alle dagen voor uw agenda.\n\n"
            "%s\n\n%s\n\n%s"
            % (name, TITLE, code,
               details_nl(name, org, role, email, free=free, **kw), PROG_NL,
               terms_nl(free, kw.get("ir")), changes_nl(code), SIG_NL))
    return subj, body


def conf_en(name, code, org, role, email, free=False, **kw):
    subj = "Registration confirmed: %s [%s]" % (TITLE, code)
    body = ("Dear %s,\n\nYou are registered for the course\n\"%s\".\n"
            "Your seat is confirmed.\n\n"
            "Your reference code is %s. Please keep this mail: with this\n"
            "code you can cancel or send a colleague in your place.\n\n"
            "This is what we noted:\n\n%s\n\n"
            "Anything wrong? Reply to this mail with the correct details.\n\n"
            "%s\n\nThe attachment \"calendar.ics\" holds all days for your calendar.\n\n"
            "%s\n\n%s\n\n%s"
            % (name, TITLE, code,
               details_en(name, org, role, email, free=free, **kw), PROG_EN,
               terms_en(free, kw.get("ir")), changes_en(code), SIG_EN))
    return subj, body


def wait_nl(name, code, pos, org, role, email, cap=False, **kw):
    subj = "Wachtlijst %s [%s]" % (TITLE, code)
    if cap:
        why = ("Uw organisatie heeft al 3 plaats(en) in deze leergang: het\n"
               "maximum per organisatie tot 11 mei 2010.\n"
               "Daarom staat u op de wachtlijst, op plaats %d. Zolang dat\n"
               "maximum geldt, kunnen deelnemers van andere organisaties u voorgaan.\n"
               "Houdt het maximum u niet langer tegen, dan krijgt u daarvan bericht."
               % pos)
    else:
        why = ("Alle plaatsen zijn op dit moment bezet. U staat op de wachtlijst,\n"
               "op plaats %d." % pos)
    body = ("Beste %s,\n\nDank voor uw aanmelding voor de leergang\n\"%s\".\n%s\n\n"
            "Uw referentiecode is %s.\n\n"
            "Komt er een plaats vrij, dan krijgt u daarvan direct bericht per mail.\n"
            "Tot dat moment is uw aanmelding nog geen deelname en worden er geen\n"
            "kosten in rekening gebracht.\n\nDit hebben wij van u genoteerd:\n\n%s\n\n"
            "Wilt u van de wachtlijst af? Antwoord op deze mail met \"afmelden\" en\n"
            "uw code %s in uw eigen tekst.\n\n%s"
            % (name, TITLE, why, code, details_nl(name, org, role, email, **kw),
               code, SIG_NL))
    return subj, body


def wait_en(name, code, pos, org, role, email, cap=False, **kw):
    subj = "Waiting list: %s [%s]" % (TITLE, code)
    if cap:
        why = ("Your organisation already has 3 seat(s) in this course: the\n"
               "maximum per organisation until 11 May 2010.\n"
               "That is why you are on the waiting list, at position %d.\n"
               "While that maximum applies, participants of other organisations may\n"
               "pass you. When it no longer holds you back, we will let you know."
               % pos)
    else:
        why = ("All seats are taken at the moment. You are on the waiting list,\n"
               "at position %d." % pos)
    body = ("Dear %s,\n\nThank you for registering for the course\n\"%s\".\n%s\n\n"
            "Your reference code is %s.\n\n"
            "If a seat becomes free, you will hear from us by mail straight away.\n"
            "Until then your registration is not a seat and nothing is charged.\n\n"
            "This is what we noted:\n\n%s\n\n"
            "To leave the waiting list, reply to this mail with \"cancel\" and your\n"
            "code %s in your own text.\n\n%s"
            % (name, TITLE, why, code, details_en(name, org, role, email, **kw),
               code, SIG_EN))
    return subj, body


def incomplete_nl(name, missing, understood):
    subj = "Aanmelding %s: wij missen nog gegevens" % TITLE
    body = ("Beste %s,\n\nDank voor uw bericht over de leergang\n\"%s\".\n"
            "Om u te kunnen aanmelden missen wij nog:\n%s\n\n"
            "Wat wij wel hebben begrepen:\n%s\n\n"
            "Antwoord op deze mail met de ontbrekende gegevens, bijvoorbeeld:\n\n"
            "  Naam: ...\n  Organisatie: ...\n  E-mail: ...\n  Functie: ...\n"
            "  Telefoon: ...\n\nUw plaats in de volgorde van aanmelding blijft bewaard.\n\n%s"
            % (name or "heer/mevrouw", TITLE,
               "\n".join("  - " + x for x in missing),
               "\n".join("  %s: %s" % lv for lv in understood), SIG_NL))
    return subj, body


def incomplete_en(name, missing, understood):
    subj = "Registration for %s: details missing" % TITLE
    body = ("Dear %s,\n\nThank you for your mail about the course\n\"%s\".\n"
            "To register you we still need:\n%s\n\n"
            "What we did understand:\n%s\n\n"
            "Please reply to this mail with the missing details, for example:\n\n"
            "  Name: ...\n  Organisation: ...\n  E-mail: ...\n  Function: ...\n"
            "  Phone: ...\n\nYour place in the order of registration is kept.\n\n%s"
            % (name or "Sir or Madam", TITLE,
               "\n".join("  - " + x for x in missing),
               "\n".join("  %s: %s" % lv for lv in understood), SIG_EN))
    return subj, body


SPEAKERS = {
    1: ["Kristine Leenman, directeur Dienst Maatschappelijke Ontwikkeling gemeente Almere (introductie)",
        "Arnold Reijndorp, bijzonder hoogleraar Universiteit van Amsterdam, lid van de Vrom-raad (referaat 1)",
        "Edith Hooge, lector school en omgeving in de grote stad, Hogeschool van Amsterdam (referaat 2)"],
    2: ["Simon Franke, Trancity (inleiding)",
        "Dany Jacobs, hoogleraar industriële ontwikkeling en innovatiebeleid, Universiteit van Amsterdam (referaat 1)",
        "Hans Mommaas, hoogleraar vrijetijdswetenschappen, Universiteit van Tilburg (referaat 2)"],
    3: ["Arnold Reijndorp, zelfstandig onderzoeker en bijzonder hoogleraar (inleiding)",
        "Godfried Engbersen, hoogleraar sociologie, Erasmus Universiteit Rotterdam (referaat 1)",
        "Martijn Schut, projectmanager schuldhulpverlening, Stimulansz (referaat 2)"],
    4: ["Lenneke Overmaat, communicatieadviseur, Trancity (inleiding)",
        "Paul Frissen, decaan en bestuursvoorzitter NSOB, hoogleraar bestuurskunde Universiteit van Tilburg (referaat 1)",
        "Jeanne van Heeswijk, beeldend kunstenaar, Rotterdam (referaat 2)"],
}
THEMES = {1: "Ambities van bewoners", 2: "Diversiteit en identiteit",
          3: "Wonen met en zonder zorgen", 4: "Aanwezige krachten aanboren"}
ROUTE_NL = ("De Nieuwe Bibliotheek ligt naast de hoofdingang van het Stadhuis, "
            "zeven minuten lopen van Station Almere Stad. Met de auto: "
            "parkeergarages in de omgeving.")
ROUTE_EN = ("The library is next to the main entrance of the City Hall, seven "
            "minutes' walk from Almere Stad station. By car: parking garages "
            "nearby.")


def reminder_nl(name, code, day, date, tomorrow=False):
    subj = "Herinnering: dag %d van %s, %s [%s]" % (day, TITLE, date, code)
    body = ("Beste %s,\n\n%s, %s, is dag %d van de leergang\n\"%s\".\n"
            "Wij rekenen op uw komst.\n\nThema: %s\n\nTijden\n"
            "  Inloop met koffie vanaf 09:15 uur\n"
            "  Aanvang 09:45 uur, einde 16:30 uur\n  Voor de lunch wordt gezorgd.\n\n"
            "Sprekers\n%s\n\n"
            "Locatie\n  De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)\n"
            "  Stadhuisplein 101, 1315 XC Almere\n\nRoute\n%s\n\n"
            "Kunt u deze dag niet komen?\n"
            "Laat het de organisatie zo snel mogelijk weten via secretariaat@almere.nl\n"
            "en noem uw referentiecode %s. Liever een collega in uw plaats?\n"
            "Antwoord dan op deze mail met \"vervanging\", uw code en de naam en het\n"
            "e-mailadres van uw collega. Komt u helemaal niet meer, antwoord dan\n"
            "met \"afmelden\" en uw code.\n\n"
            "In de bijlage \"agenda.ics\" staat deze dag voor uw agenda.\n\n%s"
            % (name, "Morgen" if tomorrow else "Over 7 dagen", date, day, TITLE,
               THEMES[day], "\n".join("  - " + s for s in SPEAKERS[day]),
               ROUTE_NL, code, SIG_NL))
    return subj, body


def reminder_en(name, code, day, date, tomorrow=False):
    subj = "Reminder: day %d of %s, %s [%s]" % (day, TITLE, date, code)
    body = ("Dear %s,\n\n%s, %s, is day %d of the course\n\"%s\".\n"
            "We look forward to seeing you.\n\nTheme: %s\n\nTimes\n"
            "  Doors open with coffee at 09:15\n"
            "  Start 09:45, end 16:30\n  Lunch is provided.\n\n"
            "Speakers\n%s\n\n"
            "Venue\n  De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)\n"
            "  Stadhuisplein 101, 1315 XC Almere\n\nGetting there\n%s\n\n"
            "Cannot come that day?\n"
            "Please tell the organiser as soon as possible at secretariaat@almere.nl\n"
            "and mention your reference code %s. Would you rather send a\n"
            "colleague? Reply to this mail with \"substitute\", your code and your\n"
            "colleague's name and e-mail address. If you will not come at all,\n"
            "reply with \"cancel\" and your code.\n\n"
            "The attachment \"calendar.ics\" holds this day for your calendar.\n\n%s"
            % (name, "Tomorrow" if tomorrow else "In 7 days", date, day, TITLE,
               THEMES[day], "\n".join("  - " + s for s in SPEAKERS[day]),
               ROUTE_EN, code, SIG_EN))
    return subj, body


def status_nl(name, code, status_text, org, role, email, confirmed=True, **kw):
    subj = "Uw aanmelding voor %s [%s]" % (TITLE, code)
    mid_ = ("U heeft een bevestigde plaats. Wij zien u graag op de bijeenkomsten.\n\n"
            + PROG_NL + "\n\n") if confirmed else \
        "Komt er een plaats vrij, dan krijgt u daarvan direct bericht per mail.\n\n"
    body = ("Beste %s,\n\nU vroeg hoe het met uw aanmelding staat. Dit is de stand van nu:\n\n"
            "  Referentiecode:  %s\n  Status:          %s\n\n%s"
            "Dit hebben wij van u genoteerd:\n\n%s\n\n%s%s"
            % (name, code, status_text, mid_,
               details_nl(name, org, role, email, **kw),
               (changes_nl(code) + "\n\n") if confirmed else "", SIG_NL))
    return subj, body


def question_ack_nl(name, subject):
    return ("Uw vraag is doorgestuurd: " + subject,
            "Beste %s,\n\nDank voor uw vraag over de leergang\n\"%s\".\n"
            "Wij hebben die doorgestuurd naar het programmasecretariaat; u krijgt\n"
            "zo snel mogelijk persoonlijk antwoord.\n\n%s"
            % (name or "heer/mevrouw", TITLE, SIG_NL))


def received_en(name, subject):
    return ("Received: " + subject,
            "Dear %s,\n\nThank you for your message about the course\n\"%s\".\n"
            "We have passed it on to the programme secretariat; you will get a\n"
            "personal answer as soon as possible.\n\n%s"
            % (name or "Sir or Madam", TITLE, SIG_EN))


def cancelled_nl(name, code, fee_due=False):
    subj = "Afmelding ontvangen: %s [%s]" % (TITLE, code)
    fee = ("Let op: u heeft zich afgemeld na 18 mei 2010. Volgens de\n"
           "voorwaarden blijft de bijdrage van %s daarom verschuldigd; uw\n"
           "organisatie ontvangt hiervoor een factuur. Wilt u in plaats daarvan\n"
           "een collega sturen? Neem dan contact op met het secretariaat." % FEE_NL
           ) if fee_due else "Er worden geen kosten in rekening gebracht."
    body = ("Beste %s,\n\nU bent afgemeld voor de leergang\n\"%s\".\n"
            "Uw plaats is vrijgegeven voor iemand van de wachtlijst.\n\n"
            "Referentiecode: %s\n\n%s\n\n"
            "In de bijlage \"afmelding.ics\" staat de afmelding voor uw agenda: de\n"
            "bijeenkomsten verdwijnen daarmee uit uw agenda.\n\n"
            "Was dit niet de bedoeling? Antwoord dan op deze mail; het\n"
            "secretariaat helpt u verder.\n\n%s" % (name, TITLE, code, fee, SIG_NL))
    return subj, body


def robot_mail(subj, body, kind, code, to, date, lang="nl"):
    """The robot's own mail as it was sent (for bounces that return it)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), kind, lang,
               body))
