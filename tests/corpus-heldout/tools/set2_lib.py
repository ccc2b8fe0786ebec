"""Client shapes for the second held-out set (tests/corpus-heldout/set2).

Only MIME assembly and the layout a mail client gives a message live here;
the text of every message and every label is typed in set2_batch*.py.
Messages are numbered in the order the batch files add them.
"""
import datetime
import hashlib
from email.message import EmailMessage

import lib
from lib import Raw, X, R, alt, text_part, html_part, mixed, attachment  # noqa: F401

ROBOT = "deSTADSWIJKstudies Almere <aanmelden@example.org>"
ORG = "Programmasecretariaat DMO <secretariaat@almere.nl>"
TITLE = "Almere: Sociale ambities in een groeiende stad"

_n = [0]


def add(slug, msg, expect):
    _n[0] += 1
    lib.add(_n[0], slug, msg, expect)
    return _n[0]


def nxt():
    return _n[0] + 1


# Set apart by another set that uses these shapes, so that its
# Message-IDs differ from set 2's (the development set: "dev1/").
ID_SEED = ""


def h(*parts):
    return hashlib.sha1((ID_SEED + "/".join(str(p) for p in parts)).encode()).hexdigest()


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]


def d(stamp):
    """'2010-04-12 09:14' (local time in Almere) as an RFC 5322 date."""
    t = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2010, 3, 28, 2) <= t < datetime.datetime(2010, 10, 31, 3)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        DAYS[t.weekday()], t.day, MONS[t.month - 1], t.year, t.hour, t.minute,
        (t.day * 7 + t.minute) % 60, "+0200" if summer else "+0100")


def mid(style, num, dom):
    x = h(style, num, dom)
    if style == "outlook":
        return "<%s$%s$%s@%s>" % (x[:12], x[12:20], x[20:28], dom)
    if style == "gmail":
        return "<AANLkTi%s@mail.gmail.com>" % x[:26]
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(),
                                        x[12:16].upper(), x[16:20].upper(),
                                        x[20:32].upper(), dom)
    if style == "tb":
        return "<4B%s.%s@%s>" % (x[:6].upper(), x[6:13], dom)
    return "<%s.%s@%s>" % (x[:10], x[10:16], dom)


def dom_of(frm):
    return frm.split("@")[-1].rstrip(">").strip()


def _hdr(m, num, style, frm, subj, date, to, cc, irt, refs, reply_to, extra):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = d(date)
    m["Message-ID"] = mid(style, num, dom_of(frm))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in extra or []:
        m[k] = v
    return m


def plain(frm, subj, date, body, charset="utf-8", cte="8bit", flowed=False,
          to="aanmelden@example.org", cc=None, irt=None, refs=None,
          reply_to=None, extra=None, style="plain"):
    m = text_part(body, charset, cte, flowed)
    return _hdr(m, nxt(), style, frm, subj, date, to, cc, irt, refs, reply_to,
                extra)


def tb(frm, subj, date, body, ver="3.0.4", **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 6.1; "
                    "nl; rv:1.9.1.9) Gecko/20100317 Thunderbird/" + ver)] + kw["extra"]
    return plain(frm, subj, date, body, flowed=True, style="tb", **kw)


def mutt(frm, subj, date, body, **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("User-Agent", "Mutt/1.5.20 (2009-06-14)")] + kw["extra"]
    return plain(frm, subj, date, body, charset=kw.pop("charset", "utf-8"),
                 style="mutt", **kw)


def iphone(frm, subj, date, body, **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("X-Mailer", "iPhone Mail (7E18)")] + kw["extra"]
    return plain(frm, subj, date, body, cte="quoted-printable", style="apple",
                 **kw)


def outlook(frm, subj, date, body, lang="NL", html_only=False,
            charset="windows-1252", ver="12.0", to="aanmelden@example.org",
            cc=None, irt=None, refs=None, reply_to=None, extra=None,
            html=None):
    html = html or lib.html_outlook(body, lang)
    if html_only:
        m = html_part(html, charset, "quoted-printable")
    else:
        m = alt(body, html, charset, "quoted-printable")
    num = nxt()
    x = h("ti", num)
    ex = [("X-Mailer", "Microsoft Office Outlook " + ver),
          ("Thread-Index", "Acr" + x[:28] + "=="),
          ("Content-Language", "nl" if lang == "NL" else "en-gb")]
    return _hdr(m, num, "outlook", frm, subj, date, to, cc, irt, refs,
                reply_to, ex + (extra or []))


def gmail(frm, subj, date, body, to="aanmelden@example.org", cc=None,
          irt=None, refs=None, reply_to=None, extra=None):
    m = alt(body, lib.html_gmail(body), "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "gmail", frm, subj, date, to, cc, irt, refs,
                reply_to, extra)


def apple(frm, subj, date, body, to="aanmelden@example.org", cc=None,
          irt=None, refs=None, reply_to=None, extra=None):
    m = alt(body, lib.html_apple(body), "utf-8", "quoted-printable")
    ex = [("X-Mailer", "Apple Mail (2.1078)")]
    return _hdr(m, nxt(), "apple", frm, subj, date, to, cc, irt, refs,
                reply_to, ex + (extra or []))


def webmail(frm, subj, date, body, agent="RoundCube Webmail/0.3.1",
            charset="utf-8", cte="quoted-printable", **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("User-Agent", agent)] + kw["extra"]
    return plain(frm, subj, date, body, charset=charset, cte=cte, **kw)


def with_attachments(m, atts):
    """Wrap the body of m in multipart/mixed with attachments, keeping headers."""
    body = EmailMessage()
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        if k in m:
            body[k] = m[k]
    if m.is_multipart():
        body.set_payload(m.get_payload())
        body.set_boundary(m.get_boundary())
    else:
        body.set_payload(m.get_payload())
    hdrs = [(k, v) for k, v in m.items()
            if not k.lower().startswith("content-") and k.lower() != "mime-version"]
    out = EmailMessage()
    for k, v in hdrs:
        out[k] = v
    out.make_mixed()
    out.attach(body)
    for a in atts:
        out.attach(a)
    return out


def rfc822_part(inner):
    p = EmailMessage()
    p.set_content(inner)
    return p


# ---- the robot's own mails, as they are quoted or returned -------------

PROG_NL = """Programma (4 dagen)
  Dag 1: dinsdag 1 juni 2010, 09:45-16:30 uur
    Thema: Ambities van bewoners
    Inloop vanaf 09:15 uur
  Dag 2: donderdag 23 september 2010, 09:45-16:30 uur
    Thema: Diversiteit en identiteit
    Inloop vanaf 09:15 uur
  Dag 3: dinsdag 2 november 2010, 09:45-16:30 uur
    Thema: Wonen met en zonder zorgen
    Inloop vanaf 09:15 uur
  Dag 4: dinsdag 23 november 2010, 09:45-16:30 uur
    Thema: Aanwezige krachten aanboren
    Inloop vanaf 09:15 uur
Locatie: De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)
         Stadhuisplein 101, 1315 XC Almere
Voor de lunch wordt gezorgd."""

PROG_EN = """Programme (4 days)
  Day 1: Tuesday 1 June 2010, 09:45-16:30
    Theme: Ambities van bewoners
    Doors open at 09:15
  Day 2: Thursday 23 September 2010, 09:45-16:30
    Theme: Diversiteit en identiteit
    Doors open at 09:15
  Day 3: Tuesday 2 November 2010, 09:45-16:30
    Theme: Wonen met en zonder zorgen
    Doors open at 09:15
  Day 4: Tuesday 23 November 2010, 09:45-16:30
    Theme: Aanwezige krachten aanboren
    Doors open at 09:15
Venue: De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)
       Stadhuisplein 101, 1315 XC Almere
Lunch is provided."""

SIG_NL = """Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
secretariaat@almere.nl"""

SIG_EN = """Kind regards,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
secretariaat@almere.nl"""


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
    return ("Kosten\nDe bijdrage is EUR 1.000,00 per deelnemer. Uw organisatie "
            "ontvangt\nhiervoor een factuur%s.\n"
            "Meldt u zich af vóór 18 mei 2010, dan zijn er geen kosten.\n"
            "Wie zich later afmeldt, blijft de bijdrage verschuldigd. Een collega\n"
            "in uw plaats sturen kan altijd, zonder extra kosten."
            % ((" met kenmerk " + ir) if ir else ""))


def terms_en(free, ir=None):
    if free:
        return "Fee\nThere is no charge for your participation."
    return ("Fee\nThe fee is EUR 1,000.00 per participant. Your organisation "
            "will receive\nan invoice%s.\n"
            "If you cancel before 18 May 2010, nothing is charged.\n"
            "After that the fee remains due. Sending a colleague in your place\n"
            "is always possible, at no extra cost."
            % ((" with reference " + ir) if ir else ""))


def changes_nl(code):
    return ("Afmelden of een collega sturen\n"
            "Antwoord op deze mail en laat uw referentiecode %s in het\n"
            "onderwerp staan. Schrijf in uw antwoord:\n"
            "  - \"afmelden\" als u niet komt, of\n"
            "  - \"vervanging\", met de naam en het e-mailadres van de collega die\n"
            "    uw plaats inneemt." % code)


def changes_en(code):
    return ("Cancelling or sending a colleague\n"
            "Reply to this mail and keep your reference code %s in the\n"
            "subject. In your reply, write:\n"
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


def wait_nl(name, code, pos, org, role, email, **kw):
    subj = "Wachtlijst %s [%s]" % (TITLE, code)
    body = ("Beste %s,\n\nDank voor uw aanmelding voor de leergang\n\"%s\".\n"
            "Alle plaatsen zijn op dit moment bezet. U staat op de wachtlijst,\n"
            "op plaats %d.\n\nUw referentiecode is %s.\n\n"
            "Komt er een plaats vrij, dan krijgt u daarvan direct bericht per mail.\n"
            "Tot dat moment is uw aanmelding nog geen deelname en worden er geen\n"
            "kosten in rekening gebracht.\n\nDit hebben wij van u genoteerd:\n\n%s\n\n"
            "Wilt u van de wachtlijst af? Antwoord op deze mail met \"afmelden\" en\n"
            "laat uw code %s in het onderwerp staan.\n\n%s"
            % (name, TITLE, pos, code, details_nl(name, org, role, email, **kw),
               code, SIG_NL))
    return subj, body


def wait_en(name, code, pos, org, role, email, **kw):
    subj = "Waiting list: %s [%s]" % (TITLE, code)
    body = ("Dear %s,\n\nThank you for registering for the course\n\"%s\".\n"
            "All seats are taken at the moment. You are on the waiting list,\n"
            "at position %d.\n\nYour reference code is %s.\n\n"
            "If a seat becomes free, you will hear from us by mail straight away.\n"
            "Until then your registration is not a seat and nothing is charged.\n\n"
            "This is what we noted:\n\n%s\n\n"
            "To leave the waiting list, reply to this mail with \"cancel\" and keep\n"
            "your code %s in the subject.\n\n%s"
            % (name, TITLE, pos, code, details_en(name, org, role, email, **kw),
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


def reminder_nl(name, code, day, date, theme, days_before=7):
    subj = "Herinnering: dag %d van %s, %s [%s]" % (day, TITLE, date, code)
    body = ("Beste %s,\n\nOver %d dagen, %s, is dag %d van de leergang\n\"%s\".\n"
            "Wij rekenen op uw komst.\n\nThema: %s\n\nTijden\n"
            "  Inloop met koffie vanaf 09:15 uur\n"
            "  Aanvang 09:45 uur, einde 16:30 uur\n  Voor de lunch wordt gezorgd.\n\n"
            "Locatie\n  De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)\n"
            "  Stadhuisplein 101, 1315 XC Almere\n\nKunt u deze dag niet komen?\n"
            "Laat het de organisatie zo snel mogelijk weten via secretariaat@almere.nl\n"
            "en noem uw referentiecode %s. Liever een collega in uw plaats?\n"
            "Antwoord dan op deze mail met \"vervanging\", uw code en de naam en het\n"
            "e-mailadres van uw collega. Komt u helemaal niet meer, antwoord dan\n"
            "met \"afmelden\" en uw code.\n\n"
            "In de bijlage \"agenda.ics\" staat deze dag voor uw agenda.\n\n%s"
            % (name, days_before, date, day, TITLE, theme, code, SIG_NL))
    return subj, body


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip()
                     for l in text.split("\n"))


def robot_mid(kind, code):
    return "<regbot.%s.%s@example.org>" % (kind, h(kind, code)[:16])


def robot_mail(subj, body, kind, code, to, date, lang="nl"):
    """The robot's own mail as it was sent (for bounces that return it)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), kind, lang,
               body))


def P(name=None, email=None, organisation=None, role=None, phone=None,
      diet=None, invoice_address=None, invoice_reference=None):
    """One labelled person (values typed by hand in the batch files)."""
    p = {}
    for k, v in (("name", name), ("email", email),
                 ("organisation", organisation), ("role", role),
                 ("phone", phone), ("diet", diet),
                 ("invoice_address", invoice_address),
                 ("invoice_reference", invoice_reference)):
        if v is not None:
            p[k] = v
    return p
