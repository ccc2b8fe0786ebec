"""Client shapes for the seventh held-out set (tests/corpus-heldout/set7).

It reuses the shapes of set2_lib.py, set4_lib.py, set5_lib.py and
set6_lib.py (with its own Message-ID seed) and adds clients people write
with today (Outlook 365 desktop and web, Apple Mail on iOS, Proton Mail,
Fastmail, Roundcube 1.6, Samsung Email, Outlook for Android, Mailspring,
Zoho Mail, SOGo), whose mail reaches a robot of a course of 2010 here: the
dates stay in that calendar. The robot's own mails are rendered here from
the wording of templates/nl and templates/en as they are now. Only MIME
assembly and the layout a mail client gives a message live here; the text
of every message and every label is typed by hand in set7_batch*.py.
"""
import datetime

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
from set6_lib import (owa, outlook2003, ipad, winmobile, nokia, kmail,  # noqa: F401
                      alpine, gnus, gmx, aol_html, html_mail, alt_mail,
                      details_nl, details_en, terms_nl, terms_en,
                      changes_nl, changes_en, conf_nl, conf_en, wait_nl,
                      wait_en, incomplete_nl, incomplete_en, THEMES, FEE_NL,
                      FEE_EN)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set7/"

# Crockford base 32, as the robot writes its codes: no I, L, O, U.
CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def ok_code(code):
    a, _, b = code.partition("-")
    assert len(a) == 5 and len(b) == 5 and set(a + b) <= CROCKFORD, code
    return code


def _agent(kw, name, value):
    kw.setdefault("extra", [])
    kw["extra"] = [(name, value)] + kw["extra"]
    return kw


def _to(kw):
    return kw.get("to", "aanmelden@example.org")


def _html_lines(text, div="div", quote_tag="blockquote", qstyle=""):
    """Lines to HTML: '>' lines become one blockquote per run."""
    out, q = [], []

    def flush():
        if q:
            out.append('<%s%s>%s</%s>' % (quote_tag, qstyle, "".join(
                "<%s>%s</%s>" % (div, lib.esc(x) or "<br>", div) for x in q),
                quote_tag))
            del q[:]
    for line in text.split("\n"):
        if line.startswith(">"):
            q.append(line[1:].lstrip(" "))
            continue
        flush()
        out.append("<%s>%s</%s>" % (div, lib.esc(line) or "<br>", div))
    flush()
    return "\n".join(out)


NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
           "zaterdag", "zondag"]
NL_MONS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"]
EN_MONS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]


def _t(stamp):
    return datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def when_nl(stamp):
    """'dinsdag 13 april 2010 10:12' as Outlook writes it in Dutch."""
    t = _t(stamp)
    return "%s %d %s %d %d:%02d" % (NL_DAYS[t.weekday()], t.day,
                                    NL_MONS[t.month - 1], t.year, t.hour,
                                    t.minute)


def when_en(stamp):
    """'Tuesday, April 13, 2010 10:12 AM' as Outlook writes it in English."""
    t = _t(stamp)
    hr = t.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[t.weekday()],
                                         EN_MONS[t.month - 1], t.day, t.year,
                                         hr, t.minute,
                                         "AM" if t.hour < 12 else "PM")


# ---- more clients -------------------------------------------------------

def _word15(text, lang="NL"):
    return (lib.html_outlook(text, lang).replace("Word 12", "Word 15")
            .replace("charset=windows-1252", "charset=utf-8"))


def outlook365(frm, subj, date, body, lang="NL", html=None, html_only=False,
               **kw):
    """Outlook 2016 / Microsoft 365 desktop: text + Word 15 HTML, utf-8."""
    html = html or _word15(body, lang)
    if html_only:
        m = html_part(html, "utf-8", "quoted-printable")
    else:
        m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    x = h("o365", num)
    ex = [("Thread-Topic", subj), ("Thread-Index", "AQHY" + x[:24] + "=="),
          ("Accept-Language", "nl-NL, en-US"),
          ("Content-Language", "nl-NL" if lang == "NL" else "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("msip_labels", "")]
    return _hdr(m, num, "outlook", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def o365_quote_nl(frm_line, stamp, to, subj, body, cc=None, line=False):
    """The block Outlook 365 puts above a reply's original (Dutch)."""
    return ("\n\n%sVan: %s\nVerzonden: %s\nAan: %s\n%sOnderwerp: %s\n\n%s"
            % ("________________________________\n" if line else "",
               frm_line, when_nl(stamp), to,
               ("CC: %s\n" % cc) if cc else "", subj, body))


def o365_quote_en(frm_line, stamp, to, subj, body, cc=None, line=False):
    return ("\n\n%sFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % ("________________________________\n" if line else "",
               frm_line, when_en(stamp), to,
               ("Cc: %s\n" % cc) if cc else "", subj, body))


def ios(frm, subj, date, body, **kw):
    """Apple Mail on iOS 15: text + HTML, 'Op ... heeft ... geschreven:'."""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body dir="auto">' +
            _html_lines(body, qstyle=' type="cite"') + '</body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("X-Mailer", "iPhone Mail (19A346)")]
    return _hdr(m, nxt(), "apple", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def ios_quote_nl(stamp, frm_line, body):
    t = _t(stamp)
    mons = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.",
            "sep.", "okt.", "nov.", "dec."]
    return ("\n\nOp %d %s %d om %02d:%02d heeft %s het volgende geschreven:\n\n%s"
            % (t.day, mons[t.month - 1], t.year, t.hour, t.minute, frm_line,
               quote(body)))


def ios_quote_en(stamp, frm_line, body):
    t = _t(stamp)
    return ("\n\nOn %d %s %d, at %02d:%02d, %s wrote:\n\n%s"
            % (t.day, EN_MONS[t.month - 1][:3], t.year, t.hour, t.minute,
               frm_line, quote(body)))


def proton(frm, subj, date, body, **kw):
    """Proton Mail web: text + HTML (Arial 14px divs), utf-8."""
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' +
            _html_lines(body, qstyle=' class="protonmail_quote" type="cite"')
            + '</div>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "proton", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def proton_quote(stamp, frm_line, body):
    t = _t(stamp)
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd",
           31: "st"}.get(t.day, "th")
    return ("\n\n------- Original Message -------\nOn %s, %s %d%s, %d at "
            "%02d:%02d, %s wrote:\n\n%s"
            % (EN_DAYS[t.weekday()], EN_MONS[t.month - 1], t.day, suf,
               t.year, t.hour, t.minute, frm_line, quote(body)))


def fastmail(frm, subj, date, body, **kw):
    """Fastmail web: text + HTML, User-Agent Cyrus-JMAP."""
    html = ('<!DOCTYPE html><html><head><title></title></head><body>' +
            _html_lines(body, qstyle=' type="cite" id="qt"') +
            '</body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("User-Agent", "Cyrus-JMAP/3.9.0-alpha0-566-g3812ddbbc5-fm-20230711.001"
           "-g3812ddbb")]
    return _hdr(m, nxt(), "fm", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def roundcube(frm, subj, date, body, **kw):
    """Roundcube 1.6: text/plain, format=flowed, utf-8."""
    _agent(kw, "User-Agent", "Roundcube Webmail/1.6.1")
    return plain(frm, subj, date, body, cte="8bit", flowed=True,
                 style="rc", **kw)


def samsung(frm, subj, date, body, **kw):
    """Samsung Email on Android: text + HTML, utf-8 base64."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"></head><body dir="auto">' +
            _html_lines(body) + '</body></html>\n')
    m = alt(body, html, "utf-8", "base64")
    return _hdr(m, nxt(), "sam", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def samsung_quote_nl(stamp, frm_line, to, subj, body):
    t = _t(stamp)
    return ("\n\n\n-------- Oorspronkelijk bericht --------\nVan: %s\n"
            "Datum: %02d-%02d-%02d %02d:%02d (GMT+%02d:00)\nAan: %s\n"
            "Onderwerp: %s\n\n%s"
            % (frm_line, t.day, t.month, t.year % 100, t.hour, t.minute,
               2 if d(stamp).endswith("+0200") else 1, to, subj, body))


def outlook_android(frm, subj, date, body, **kw):
    """Outlook for Android: text + HTML, 'Get Outlook for Android'."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body><div dir="auto">' +
            _html_lines(body) + '</div></body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    ex = [("Thread-Topic", subj),
          ("Thread-Index", "AQHZ" + h("oa", num)[:24] + "=="),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return _hdr(m, num, "outlook", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def mailspring(frm, subj, date, body, **kw):
    """Mailspring: HTML with a generated text part."""
    html = ('<div>' + _html_lines(body, qstyle=' class="gmail_quote" '
                                  'data-mailspring-skip="true"') +
            '</div>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "ms", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def zoho(frm, subj, date, body, **kw):
    """Zoho Mail: text + HTML, User-Agent Zoho Mail."""
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" '
            'http-equiv="Content-Type"></head><body><div style="font-family: '
            'Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">' +
            _html_lines(body, qstyle=' class="zmail_extra"') +
            '</div><br></body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]
    return _hdr(m, nxt(), "zoho", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def sogo(frm, subj, date, body, **kw):
    """SOGo webmail: text/plain, utf-8 quoted-printable."""
    _agent(kw, "User-Agent", "SOGoMail 5.8.4")
    return plain(frm, subj, date, body, cte="quoted-printable", style="sogo",
                 **kw)


# ---- the robot's own mails, from the templates as they are now ----------

def _when_digest(stamp):
    t = _t(stamp)
    return "%d-%d %02d:%02d" % (t.day, t.month, t.hour, t.minute)


def reminder_nl(name, code, day, date, tomorrow=False):
    """The reminder up to its speakers, and from its venue on.

    The writers who quote a reminder in this set cut its list of speakers
    (the real names of the brochure) and leave a marker; only the parts
    around it are rendered.
    """
    subj = "Herinnering: dag %d van %s, %s [%s]" % (day, TITLE, date, code)
    head = ("Beste %s,\n\n%s, %s, is dag %d van de leergang\n\"%s\".\n"
            "Wij rekenen op uw komst.\n\nThema: %s\n\nTijden\n"
            "  Inloop met koffie vanaf 09:15 uur\n"
            "  Aanvang 09:45 uur, einde 16:30 uur\n  Voor de lunch wordt gezorgd."
            % (name, "Morgen" if tomorrow else "Over 7 dagen", date, day,
               TITLE, THEMES[day]))
    tail = ("Locatie\n  De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)\n"
            "  Stadhuisplein 101, 1315 XC Almere\n\nRoute\n"
            "De Nieuwe Bibliotheek ligt naast de hoofdingang van het Stadhuis, "
            "zeven minuten lopen van Station Almere Stad. Met de auto: "
            "parkeergarages in de omgeving.\n\n"
            "Kunt u deze dag niet komen?\n"
            "Laat het de organisatie zo snel mogelijk weten via secretariaat@almere.nl\n"
            "en noem uw referentiecode %s. Liever een collega in uw plaats?\n"
            "Antwoord dan op deze mail met \"vervanging\", uw code en de naam en het\n"
            "e-mailadres van uw collega. Komt u helemaal niet meer, antwoord dan\n"
            "met \"afmelden\" en uw code.\n\n"
            "In de bijlage \"agenda.ics\" staat deze dag voor uw agenda.\n\n%s"
            % (code, SIG_NL))
    return subj, head, tail


def reminder_en(name, code, day, date, tomorrow=False):
    subj = "Reminder: day %d of %s, %s [%s]" % (day, TITLE, date, code)
    head = ("Dear %s,\n\n%s, %s, is day %d of the course\n\"%s\".\n"
            "We look forward to seeing you.\n\nTheme: %s\n\nTimes\n"
            "  Doors open with coffee at 09:15\n"
            "  Start 09:45, end 16:30\n  Lunch is provided."
            % (name, "Tomorrow" if tomorrow else "In 7 days", date, day,
               TITLE, THEMES[day]))
    tail = ("Venue\n  De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)\n"
            "  Stadhuisplein 101, 1315 XC Almere\n\nGetting there\n"
            "The library is next to the main entrance of the City Hall, seven "
            "minutes' walk from Almere Stad station. By car: parking garages "
            "nearby.\n\n"
            "Cannot come that day?\n"
            "Please tell the organiser as soon as possible at secretariaat@almere.nl\n"
            "and mention your reference code %s. Would you rather send a\n"
            "colleague? Reply to this mail with \"substitute\", your code and your\n"
            "colleague's name and e-mail address. If you will not come at all,\n"
            "reply with \"cancel\" and your code.\n\n"
            "The attachment \"calendar.ics\" holds this day for your calendar.\n\n%s"
            % (code, SIG_EN))
    return subj, head, tail


def status_nl(name, code, status_text, org, role, email, confirmed=True,
              cap=False, **kw):
    subj = "Uw aanmelding voor %s [%s]" % (TITLE, code)
    if confirmed:
        mid_ = ("U heeft een bevestigde plaats. Wij zien u graag op de "
                "bijeenkomsten.\n\n" + PROG_NL + "\n\n")
    else:
        mid_ = ((("Uw organisatie heeft al 3 plaats(en): het maximum per\n"
                  "organisatie tot 11 mei 2010. Zolang dat geldt,\n"
                  "kunnen deelnemers van andere organisaties u voorgaan.\n")
                 if cap else "") +
                "Komt er een plaats vrij, dan krijgt u daarvan direct bericht per mail.\n\n")
    body = ("Beste %s,\n\nU vroeg hoe het met uw aanmelding staat. Dit is de stand van nu:\n\n"
            "  Referentiecode:  %s\n  Status:          %s\n\n%s"
            "Dit hebben wij van u genoteerd:\n\n%s\n\n%s%s"
            % (name, code, status_text, mid_,
               details_nl(name, org, role, email, **kw),
               (changes_nl(code) + "\n\n") if confirmed else "", SIG_NL))
    return subj, body


def cancelled_nl(name, code, fee_due=False, had_seat=True):
    subj = "Afmelding ontvangen: %s [%s]" % (TITLE, code)
    fee = ("Let op: u heeft zich afgemeld na 18 mei 2010. Volgens de\n"
           "voorwaarden blijft de bijdrage van %s daarom verschuldigd; uw\n"
           "organisatie ontvangt hiervoor een factuur. Wilt u in plaats daarvan\n"
           "een collega sturen? Neem dan contact op met het secretariaat." % FEE_NL
           ) if fee_due else "Er worden geen kosten in rekening gebracht."
    seat = ("Uw plaats is vrijgegeven voor iemand van de wachtlijst." if had_seat
            else "U staat niet meer op de wachtlijst.")
    ics = ("\n\nIn de bijlage \"afmelding.ics\" staat de afmelding voor uw agenda: de\n"
           "bijeenkomsten verdwijnen daarmee uit uw agenda." if had_seat else "")
    body = ("Beste %s,\n\nU bent afgemeld voor de leergang\n\"%s\".\n%s\n\n"
            "Referentiecode: %s\n\n%s%s\n\n"
            "Was dit niet de bedoeling? Antwoord dan op deze mail; het\n"
            "secretariaat helpt u verder.\n\n%s"
            % (name, TITLE, seat, code, fee, ics, SIG_NL))
    return subj, body


def question_nl(name, subject):
    return ("Uw vraag is doorgestuurd: " + subject,
            "Beste %s,\n\nDank voor uw vraag over de leergang\n\"%s\".\n"
            "Wij hebben die doorgestuurd naar het programmasecretariaat; u krijgt\n"
            "zo snel mogelijk persoonlijk antwoord.\n\n%s"
            % (name or "heer/mevrouw", TITLE, SIG_NL))


def digest_nl(date_text, since, days_until, next_number, next_date,
              pools, new_regs, cancellations, human, orgs, fee_total,
              total_free, n_human):
    """The daily digest (templates/nl/digest.txt) for a plain day.

    pools: (name, confirmed, free, seats, waiting); new_regs: (name, org,
    code, pool, status, when); cancellations: (name, org, code, by, when);
    human: (when, from, subject, reason); orgs: (org, n, owed, [(name,
    code, status, fee)]).
    """
    tc = sum(p[1] for p in pools)
    tw = sum(p[4] for p in pools)
    ts = sum(p[3] for p in pools)
    subj = ("Dagoverzicht %s: %d bevestigd, %d vrij, %d wachtend"
            % (date_text, tc, total_free, tw)
            + ("; %d voor u" % n_human if n_human else ""))
    out = ["Dagoverzicht van de aanmeldingen, %s" % date_text, TITLE, "",
           "Wijzigingen sinds het vorige overzicht van %s." % since,
           "Nog %d dagen tot cursusdag %d, %s:" % (days_until, next_number,
                                                   next_date),
           THEMES[next_number] + ".", "", "PLAATSEN PER POOL"]
    for p in pools:
        out.append("  %s: %d bevestigd, %d vrij (van %d), %d op de wachtlijst"
                   % (p[0], p[1], p[2], p[3], p[4]))
    out.append("  Totaal: %d bevestigd, %d vrij (van %d), %d op de wachtlijst"
               % (tc, total_free, ts, tw))
    out += ["", "WAT IS ER VERANDERD"]
    if new_regs:
        out.append("  Nieuwe aanmeldingen (%d):" % len(new_regs))
        for r in new_regs:
            out.append("    - %s, %s [%s] in %s: %s (%s)" % r)
    if cancellations:
        out.append("  Afmeldingen (%d):" % len(cancellations))
        for r in cancellations:
            out.append("    - %s, %s [%s], %s (%s)" % r)
    out += ["", "VOOR U (een mens is nodig)"]
    if human:
        out.append("  Berichten voor een mens (%d, doorgestuurd):" % len(human))
        for r in human:
            out.append("    - %s van %s: \"%s\" (%s)" % r)
    else:
        out.append("  Niets.")
    out += ["", "PER ORGANISATIE"]
    for org, n, owed, people in orgs:
        out.append("  %s: %d deelnemer(s), verschuldigd %s" % (org, n, owed))
        for p in people:
            out.append("    - %s [%s]: %s%s" % (p[0], p[1], p[2],
                                               (", " + p[3]) if p[3] else ""))
    out += ["  Totaal verschuldigd: %s" % fee_total, "", "DE ROBOT ZELF",
            "  Alles in orde.", "",
            "Alle aanmeldingen staan in de bijlage \"aanmeldingen-%s.csv\"."
            % date_text, "", "-- ",
            "regbot, de aanmeldrobot van %s" % TITLE]
    return subj, "\n".join(out)


def robot_mail(subj, body, kind, code, to, date, lang="nl",
               auto="auto-replied"):
    """The robot's own mail as it was sent (for bounces that return it)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: %s\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), auto, kind,
               lang, body))


def robot_headers(subj, kind, code, to, date, lang="nl", auto="auto-replied"):
    """Only the header block of the robot's mail (text/rfc822-headers)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: %s\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"=_regbot_%s\"\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), auto, kind,
               lang, h("b", kind, code)[:12]))
