"""Client shapes for the tenth held-out set (tests/corpus-heldout/set10).

It reuses the shapes of lib.py and set2_lib.py ... set9_lib.py from
tests/corpus-heldout/tools (with its own Message-ID seed, "set10/") and
adds clients and machines those sets did not have: the GroupWise reply
header (">>> ... >>>"), the Lotus Notes forward line ("----- Doorgestuurd
door ..."), Gmail's forward block as the Dutch interface writes it (half
English), Apple Mail's "Begin doorgestuurd bericht:", Thunderbird's Dutch
forward table, Outlook 2007's "-----Original Message-----" with
[mailto:], the OWA 2010 underscore block, Yahoo Classic's Dutch quote,
Roundcube's quote line, the TOPdesk and OTRS ticket systems, a Zendesk
helpdesk, a web form (Contact Form 7 via PHPMailer), the Gmail app on
Android, Mailchimp and Mailman list mail, and skeletons for delivery
reports (Exchange, Postfix, Sendmail), plain-text bounces (qmail, Exim),
read receipts (MDN), iMIP replies and out-of-office replies.

Only MIME assembly and the layout a mail client or a machine gives a
message live here; the text of every message and every label is typed by
hand in set10_batch*.py.
"""
import datetime
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import set2_lib  # noqa: E402
from set9_lib import *  # noqa: E402,F401,F403
from set9_lib import (_hdr, _t, _to, _agent, _html_lines, nxt, h, d,  # noqa: E402,F401
                      quote, robot_mid, NL_DAYS, NL_MONS, EN_DAYS, EN_MONS,
                      ok_code, add, alt, text_part, html_part, attachment, Raw,
                      ROBOT, TITLE, SIG_NL, SIG_EN, PROG_NL, PROG_EN)

set2_lib.ID_SEED = "set10/"
lib.use_set("set10", os.path.normpath(os.path.join(HERE, "..")))

ORG_ADDR = "secretariaat@almere.nl"
ORG_FROM = "Programmasecretariaat DMO <secretariaat@almere.nl>"
FIELDS = ("name", "email", "organisation", "role", "phone", "diet",
          "invoice_address", "invoice_reference")


# ---- labels ---------------------------------------------------------------

def L(why, intent, lang, code=None, fwd="no", q="no", people=0, persons=()):
    """A hand-written label with every key (values typed in the batches)."""
    assert intent in ("register", "cancel", "substitute", "status",
                      "question", "help", "human"), intent
    assert lang in ("nl", "en"), lang
    out = ["# " + why, "set_aside: no", "robot: no", "intent: " + intent,
           "lang: " + lang]
    if code:
        out.append("code: " + ok_code(code))
    out += ["forwarded: " + fwd, "question: " + q, "people: %d" % people]
    assert people == len(persons), why
    if intent == "register":
        assert people >= 1, why
    for i, p in enumerate(persons, 1):
        for k in p:
            assert k in FIELDS, k
        for k in FIELDS:
            if p.get(k) is not None:
                v = p[k].strip()
                assert v and "\n" not in v, (why, k)
                out.append("%d.%s: %s" % (i, k, v))
    return "\n".join(out)


def M(why, lang, code=None):
    """A machine's mail: no reply may be sent."""
    out = ["# " + why, "set_aside: no", "robot: yes", "intent: -",
           "lang: " + lang]
    if code:
        out.append("code: " + ok_code(code))
    out += ["forwarded: no", "question: no", "people: 0"]
    return "\n".join(out)


def O(why, lang, code=None):
    """The organiser's own mail without a command: never a participant's
    and never answered, labelled as the earlier sets label it (a person
    reads it: intent human, robot no); the rest is not checked."""
    out = ["# " + why, "set_aside: no", "robot: no", "intent: human",
           "lang: " + lang]
    if code:
        out.append("code: " + ok_code(code))
    out += ["forwarded: -", "question: -", "people: -"]
    return "\n".join(out)


def P(name=None, email=None, organisation=None, role=None, phone=None,
      diet=None, invoice_address=None, invoice_reference=None):
    return {k: v for k, v in (("name", name), ("email", email),
                              ("organisation", organisation), ("role", role),
                              ("phone", phone), ("diet", diet),
                              ("invoice_address", invoice_address),
                              ("invoice_reference", invoice_reference))
            if v is not None}


# ---- quote and forward blocks ---------------------------------------------

def _nl_short(stamp):
    t = _t(stamp)
    return "%d-%d-%d %d:%02d" % (t.day, t.month, t.year, t.hour, t.minute)


def groupwise_quote(name, addr, stamp, body):
    """GroupWise 8: '>>> "Name" <addr> 12-4-2010 10:15 >>>', original unquoted."""
    return '\n\n>>> "%s" <%s> %s >>>\n%s' % (name, addr, _nl_short(stamp), body)


def notes_forward_nl(by, stamp, frm_line, to, ostamp, subj, body):
    t = _t(stamp)
    o = _t(ostamp)
    return ("\n\n----- Doorgestuurd door %s op %02d-%02d-%d %02d:%02d -----\n\n"
            "Van:\t%s\nAan:\t%s\nDatum:\t%02d-%02d-%d %02d:%02d\n"
            "Onderwerp:\t%s\n\n\n%s"
            % (by, t.day, t.month, t.year, t.hour, t.minute, frm_line, to,
               o.day, o.month, o.year, o.hour, o.minute, subj, body))


_NL_DSHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
_NL_MSHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
              "okt", "nov", "dec"]


def gmail_forward_nl(frm_line, stamp, subj, to, body, cc=None):
    """Gmail with a Dutch interface: the block is half English."""
    t = _t(stamp)
    return ("\n\n---------- Forwarded message ---------\nVan: %s\n"
            "Date: %s %d %s %d om %02d:%02d\nSubject: %s\nTo: %s\n%s\n%s"
            % (frm_line, _NL_DSHORT[t.weekday()], t.day,
               _NL_MSHORT[t.month - 1], t.year, t.hour, t.minute, subj, to,
               ("Cc: %s\n" % cc) if cc else "", body))


def gmail_forward_en(frm_line, stamp, subj, to, body):
    t = _t(stamp)
    hr = t.hour % 12 or 12
    return ("\n\n---------- Forwarded message ---------\nFrom: %s\n"
            "Date: %s, %d %s %d at %d:%02d %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm_line, EN_DAYS[t.weekday()][:3], t.day,
               EN_MONS[t.month - 1][:3], t.year, hr, t.minute,
               "AM" if t.hour < 12 else "PM", subj, to, body))


def apple_forward_nl(frm_line, stamp, subj, to, body):
    t = _t(stamp)
    tz = "CEST" if d(stamp).endswith("+0200") else "CET"
    head = ("Van: %s\nOnderwerp: %s\nDatum: %d %s %d %02d:%02d:%02d %s\nAan: %s\n\n%s"
            % (frm_line, subj, t.day, NL_MONS[t.month - 1], t.year, t.hour,
               t.minute, (t.day * 7 + t.minute) % 60, tz, to, body))
    return "\n\nBegin doorgestuurd bericht:\n\n" + quote(head)


def tb_forward_nl(subj, stamp, frm_line, to, body):
    return ("\n\n\n-------- Originele bericht --------\nOnderwerp: \t%s\n"
            "Datum: \t%s\nVan: \t%s\nAan: \t%s\n\n\n\n%s"
            % (subj, d(stamp), frm_line, to, body))


def outlook_orig_en(name, addr, stamp, to, subj, body, cc=None):
    t = _t(stamp)
    hr = t.hour % 12 or 12
    return ("\n\n-----Original Message-----\nFrom: %s [mailto:%s] \n"
            "Sent: %s, %s %d, %d %d:%02d %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (name, addr, EN_DAYS[t.weekday()], EN_MONS[t.month - 1], t.day,
               t.year, hr, t.minute, "AM" if t.hour < 12 else "PM", to,
               ("Cc: %s\n" % cc) if cc else "", subj, body))


def owa_quote_nl(name, addr, stamp, to, subj, body):
    t = _t(stamp)
    return ("\n\n________________________________________\nVan: %s [%s]\n"
            "Verzonden: %s %d %s %d %d:%02d\nAan: %s\nOnderwerp: %s\n\n%s"
            % (name, addr, NL_DAYS[t.weekday()], t.day, NL_MONS[t.month - 1],
               t.year, t.hour, t.minute, to, subj, body))


def yahoo_quote_nl(name, addr, stamp, to, subj, body):
    t = _t(stamp)
    return ("\n\n--- Op %s %d-%d-%02d, %s <%s> schreef:\n\nVan: %s <%s>\n"
            "Onderwerp: %s\nAan: %s\nDatum: %s %d %s %d, %d:%02d\n\n%s"
            % (_NL_DSHORT[t.weekday()], t.day, t.month, t.year % 100, name,
               addr, name, addr, subj, to, NL_DAYS[t.weekday()], t.day,
               NL_MONS[t.month - 1], t.year, t.hour, t.minute, body))


def roundcube_quote_nl(stamp, frm_line, body):
    t = _t(stamp)
    return ("\n\nOp %02d.%02d.%d %02d:%02d, %s schreef:\n%s"
            % (t.day, t.month, t.year, t.hour, t.minute, frm_line, quote(body)))


def tb_quote_en(stamp, frm_line, body):
    t = _t(stamp)
    return ("\n\nOn %d/%d/%d %d:%02d %s, %s wrote:\n%s"
            % (t.month, t.day, t.year, t.hour % 12 or 12, t.minute,
               "AM" if t.hour < 12 else "PM", frm_line, quote(body)))


def gmail_quote_en(stamp, frm_line, body):
    t = _t(stamp)
    hr = t.hour % 12 or 12
    return ("\n\nOn %s, %s %d, %d at %d:%02d %s %s wrote:\n\n%s"
            % (EN_DAYS[t.weekday()][:3], EN_MONS[t.month - 1][:3], t.day,
               t.year, hr, t.minute, "AM" if t.hour < 12 else "PM", frm_line,
               quote(body)))


# ---- more clients ---------------------------------------------------------

def _kw(kw):
    return (_to(kw), kw.get("cc"), kw.get("irt"), kw.get("refs"),
            kw.get("reply_to"))


def _fin(m, style, frm, subj, date, kw, ex=()):
    return _hdr(m, nxt(), style, frm, subj, date, *_kw(kw),
                list(ex) + (kw.get("extra") or []))


def gw_reply(frm, subj, date, body, **kw):
    """GroupWise 8 client: text + HTML, windows-1252 QP."""
    html = ('<HTML><HEAD>\n<META content="text/html; charset=windows-1252" '
            'http-equiv=Content-Type>\n<META name=GENERATOR content="MSHTML '
            '8.00.6001.18904"></HEAD>\n<BODY style="MARGIN: 4px 4px 1px; '
            'FONT: 10pt Segoe UI">\n' +
            "".join("<DIV>%s</DIV>\n" % (lib.esc(l) or "&nbsp;")
                    for l in body.split("\n")) + "</BODY></HTML>\n")
    m = alt(body, html, "windows-1252", "quoted-printable")
    return _fin(m, "gw", frm, subj, date, kw,
                [("X-Mailer", "Novell GroupWise Internet Agent 8.0.2 ")])


def topdesk(frm, subj, date, body, **kw):
    """TOPdesk 5 ticket system: HTML only, utf-8 QP, with its header table."""
    lines = body.split("\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=UTF-8"></head><body style="font-family:Arial;font-size:'
            '10pt">\n' + "".join("<p style=\"margin:0\">%s</p>\n"
                                  % (lib.esc(l) or "&nbsp;") for l in lines)
            + '<hr><p style="font-size:8pt;color:#808080">Dit bericht is '
            'verstuurd vanuit TOPdesk.</p></body></html>\n')
    m = html_part(html, "utf-8", "quoted-printable")
    return _fin(m, "topdesk", frm, subj, date, kw,
                [("X-Mailer", "TOPdesk 5.2")])


def otrs(frm, subj, date, body, **kw):
    """OTRS 2.4 helpdesk: text/plain utf-8 QP."""
    m = text_part(body, "utf-8", "quoted-printable")
    return _fin(m, "otrs", frm, subj, date, kw,
                [("X-Mailer", "OTRS Mail Service (2.4.7)"),
                 ("X-Powered-By", "OTRS - Open Ticket Request System "
                  "(http://otrs.org/)"),
                 ("Organization", kw.pop("org", "Example"))])


def zendesk(frm, subj, date, body, **kw):
    """Zendesk: text + HTML, with the 'type above this line' marker."""
    html = ('<div style="color: #b5b5b5;">##- Typ uw antwoord boven deze regel '
            '-##</div>\n<div style="font-family: \'Lucida Grande\', Verdana;">'
            + _html_lines(body) + '</div>\n')
    m = alt("##- Typ uw antwoord boven deze regel -##\n\n" + body, html,
            "utf-8", "quoted-printable")
    return _fin(m, "zd", frm, subj, date, kw,
                [("X-Mailer", "Zendesk Mailer")] + kw.pop("zd_extra", []))


def webform(frm, subj, date, body, **kw):
    """Contact Form 7 on a WordPress site, sent with PHPMailer."""
    m = text_part(body, "utf-8", "8bit")
    return _fin(m, "wp", frm, subj, date, kw,
                [("X-Mailer", "PHPMailer 5.1 (phpmailer.sourceforge.net)")])


def gmail_android(frm, subj, date, body, **kw):
    """The Gmail app on Android 2.2: text + HTML, utf-8 QP."""
    html = "<p>" + "<br>\n".join(lib.esc(l) for l in body.split("\n")) + "</p>\n"
    m = alt(body, html, "utf-8", "quoted-printable")
    return _fin(m, "gmail", frm, subj, date, kw)


def mutt15(frm, subj, date, body, charset="iso-8859-15", **kw):
    """mutt with a latin-9 locale: text/plain iso-8859-15, 8bit."""
    m = text_part(body, charset, "8bit")
    return _fin(m, "mutt", frm, subj, date, kw,
                [("User-Agent", "Mutt/1.5.20 (2009-12-10)")])


def word_html_only(frm, subj, date, body, lang="NL", **kw):
    """Outlook 2007 set to HTML with no text part (as some Exchange
    gateways pass it on)."""
    m = html_part(lib.html_outlook(body, lang), "windows-1252",
                  "quoted-printable")
    return _fin(m, "outlook", frm, subj, date, kw,
                [("X-Mailer", "Microsoft Office Outlook 12.0")])


def html_mail10(frm, subj, date, html, text=None, style="plain",
                charset="utf-8", cte="quoted-printable", agent=None, **kw):
    """An HTML mail (a table, a list) with or without a text alternative."""
    if text is None:
        m = html_part(html, charset, cte)
    else:
        m = alt(text, html, charset, cte)
    ex = [("X-Mailer", agent)] if agent else []
    return _fin(m, style, frm, subj, date, kw, ex)


def with_atts(m, atts):
    """Wrap the message in multipart/mixed with attachments, keeping headers."""
    from email.message import EmailMessage
    if m.is_multipart() and m.get_boundary() is None:
        m.set_boundary("----=_Part_%s" % h("att", m["Message-ID"])[:20])
    hdrs = [(k, v) for k, v in m.items()
            if (not k.lower().startswith("content-")
                or k.lower() == "content-language")
            and k.lower() != "mime-version"]
    for k in set(k for k, _ in hdrs):
        del m[k]
    out = EmailMessage()
    for k, v in hdrs:
        if k.lower() != "content-language":
            out[k] = v
    out.make_mixed()
    for k, v in hdrs:
        if k.lower() == "content-language":
            out[k] = v
    out.attach(m)
    for a in atts:
        out.attach(a)
    out.set_boundary("----=_NextPart_000_%s" % h("mix", out["Message-ID"])[:16].upper())
    return out


def vcard(name, org, email, phone):
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s\r\nORG:%s\r\n"
            "EMAIL;TYPE=INTERNET:%s\r\nTEL;TYPE=WORK:%s\r\nEND:VCARD\r\n"
            % (name.split()[-1], name.split()[0], name, org, email, phone))


# ---- the robot's own mail as its reply headers point to it -------------------

def rirt(kind, code):
    """In-Reply-To of a reply to one of the robot's mails."""
    return robot_mid(kind, code)


def robot_raw(subj, body, kind, code, to, date, lang="nl"):
    """The robot's mail as sent (a bounce or loop returns it)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), kind, lang,
               body))


def robot_head(subj, kind, code, to, date, lang="nl"):
    return robot_raw(subj, "", kind, code, to, date, lang).split("\n\n")[0] + "\n"


def enc_subject(s):
    """Encode a subject for a raw header (RFC 2047 when not ASCII)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        from email.header import Header
        return Header(s, "utf-8").encode()


# ---- machines -------------------------------------------------------------

def raw_mail(headers, body_text):
    """A whole message as its bytes: header lines and body, typed in full."""
    return Raw("\n".join(headers) + "\n\n" + body_text.lstrip("\n"))


def report(headers, boundary, parts, report_type="delivery-status"):
    """A multipart/report from (content-type header lines, body) parts."""
    out = list(headers) + [
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=%s;\n\tboundary=\"%s\""
        % (report_type, boundary), "", "This is a multi-part message in MIME "
        "format.", ""]
    for ctype, body in parts:
        out.append("--" + boundary)
        out += ctype
        out.append("")
        out.append(body.rstrip("\n"))
        out.append("")
    out.append("--%s--" % boundary)
    return Raw("\n".join(out) + "\n")


def ics_reply10(uid, attendee, cn, partstat, stamp, prodid, dtstart, dtend,
                summary=TITLE, comment=None, seq=0, crlf=True):
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT",
             "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, cn, attendee),
             "ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org",
             "DTSTART;TZID=Europe/Amsterdam:" + dtstart,
             "DTEND;TZID=Europe/Amsterdam:" + dtend,
             "DTSTAMP:" + _t(stamp).strftime("%Y%m%dT%H%M00Z"),
             "SEQUENCE:%d" % seq, "SUMMARY:" + summary, "UID:" + uid]
    if comment:
        lines.append("COMMENT:" + comment)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    eol = "\r\n" if crlf else "\n"
    return eol.join(lines) + eol


def text_att(text, subtype, filename, charset="utf-8", cte="quoted-printable"):
    """A text attachment (vCard, CSV, calendar) with a file name."""
    from email.message import EmailMessage
    p = EmailMessage()
    p.set_content(text, subtype=subtype, charset=charset, cte=cte,
                  disposition="attachment", filename=filename)
    return p


def b64lines(s, width=76):
    """Base64 of a text (UTF-8), in lines of 76 characters."""
    import base64
    import textwrap
    return "\n".join(textwrap.wrap(base64.b64encode(s.encode("utf-8")).decode(),
                                   width))
