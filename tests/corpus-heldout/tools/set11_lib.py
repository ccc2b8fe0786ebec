"""Client shapes for the eleventh held-out set (tests/corpus-heldout/set11).

It reuses the shapes of lib.py and set2_lib.py ... set10_lib.py from
tests/corpus-heldout/tools (with its own Message-ID seed, "set11/") and
adds a few layouts those sets did not have: the webmail of a Dutch
provider of 2010 (text + HTML, iso-8859-1), the Gmail app on an iPhone,
Outlook 2010's Dutch reply block with "[mailto:...]", the KPN-style
"Verzonden vanaf mijn BlackBerry" phone shape (text, utf-8 QP), a
Request Tracker and a Freshdesk auto-acknowledgement skeleton, and a
plain "Automatisch antwoord" Exchange 2010 out-of-office shape.

Only MIME assembly and the layout a mail client or a machine gives a
message live here; the text of every message and every label is typed by
hand in set11_batch*.py.
"""
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import set2_lib  # noqa: E402
from set10_lib import *  # noqa: E402,F401,F403
from set10_lib import (_hdr, _t, _to, _agent, _html_lines, _fin, _kw,  # noqa: E402,F401
                       nxt, h, d, quote, robot_mid, NL_DAYS, NL_MONS,
                       EN_DAYS, EN_MONS, ok_code, add, alt, text_part,
                       html_part, attachment, Raw, ROBOT, TITLE, SIG_NL,
                       SIG_EN, PROG_NL, PROG_EN, L, M, O, P, ORG_ADDR,
                       ORG_FROM, with_atts, report, raw_mail, robot_raw,
                       robot_head, enc_subject, ics_reply10, text_att,
                       b64lines, rirt)

set2_lib.ID_SEED = "set11/"
# retired to development as tests/corpus-dev/dev8
lib.use_set("dev8", os.path.normpath(os.path.join(HERE, "..", "..", "corpus-dev")))


# ---- more clients -----------------------------------------------------------

def provider_webmail(frm, subj, date, body, agent="Webmail 4.2 (Open-Xchange)",
                     **kw):
    """The webmail of a Dutch consumer provider (2010): text + HTML,
    iso-8859-1 quoted-printable, the HTML a <pre>-less run of <br>s."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"></head><body><div style="font-family: Verdana; '
            'font-size: 10pt">' +
            "<br>\n".join(lib.esc(l) for l in body.split("\n")) +
            '</div></body></html>\n')
    m = alt(body, html, "iso-8859-1", "quoted-printable")
    return _fin(m, "pw", frm, subj, date, kw,
                [("X-Mailer", agent), ("X-Priority", "3 (Normal)")])


def gmail_ios(frm, subj, date, body, **kw):
    """The Gmail app on an iPhone: text + HTML (div dir=ltr), utf-8."""
    html = ('<div dir="ltr">' + _html_lines(
        body, qstyle=' class="gmail_quote" style="margin:0 0 0 .8ex;'
        'border-left:1px #ccc solid;padding-left:1ex"') + '</div>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    return _fin(m, "gmail", frm, subj, date, kw)


def bb_kpn(frm, subj, date, body, **kw):
    """A BlackBerry on a Dutch network: text/plain utf-8 quoted-printable,
    the device's own line under the text."""
    m = text_part(body, "utf-8", "quoted-printable")
    return _fin(m, "bb", frm, subj, date, kw,
                [("Sensitivity", "Normal"), ("Importance", "Normal")])


def ol2010_quote_nl(name, addr, stamp, to, subj, body, cc=None):
    """Outlook 2010 in Dutch, reply header with [mailto:] and no rule."""
    t = _t(stamp)
    return ("\n\nVan: %s [mailto:%s] \nVerzonden: %s %d %s %d %d:%02d\n"
            "Aan: %s\n%sOnderwerp: %s\n\n%s"
            % (name, addr, NL_DAYS[t.weekday()], t.day, NL_MONS[t.month - 1],
               t.year, t.hour, t.minute, to, ("CC: %s\n" % cc) if cc else "",
               subj, body))


def apple_quote_nl(stamp, frm_line, body):
    """Apple Mail of 2010 in Dutch: 'Op 12 apr 2010, om 10:15 heeft X het
    volgende geschreven:'."""
    t = _t(stamp)
    mons = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
            "okt", "nov", "dec"]
    return ("\n\nOp %d %s %d, om %02d:%02d heeft %s het volgende geschreven:\n\n%s"
            % (t.day, mons[t.month - 1], t.year, t.hour, t.minute, frm_line,
               quote(body)))


def html_table11(rows, intro="", outro="", font="Calibri"):
    """A two-column HTML table of (label, value) rows between paragraphs,
    as a writer builds it in Outlook or a webmail editor."""
    def paras(txt):
        return "".join("<p>%s</p>\n" % (lib.esc(l) or "&nbsp;")
                       for l in txt.split("\n")) if txt else ""
    tr = "".join('<tr><td style="padding:2px 8px;border:1px solid #999">%s</td>'
                 '<td style="padding:2px 8px;border:1px solid #999">%s</td>'
                 '</tr>\n' % (lib.esc(a), lib.esc(b)) for a, b in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body style="font-family:%s">\n%s'
            '<table style="border-collapse:collapse">\n%s</table>\n%s'
            '</body></html>\n' % (font, paras(intro), tr, paras(outro)))


def html_grid11(head, rows, intro="", outro=""):
    """An HTML table with a header row and one row per person."""
    def paras(txt):
        return "".join("<p>%s</p>\n" % (lib.esc(l) or "&nbsp;")
                       for l in txt.split("\n")) if txt else ""
    th = "".join('<th style="border:1px solid #999;padding:2px 6px">%s</th>'
                 % lib.esc(c) for c in head)
    tr = "".join("<tr>" + "".join(
        '<td style="border:1px solid #999;padding:2px 6px">%s</td>'
        % lib.esc(c) for c in r) + "</tr>\n" for r in rows)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body>\n%s<table style="border-collapse:'
            'collapse"><tr>%s</tr>\n%s</table>\n%s</body></html>\n'
            % (paras(intro), th, tr, paras(outro)))


def mail_html(frm, subj, date, html, text=None, style="outlook",
              charset="utf-8", agent=None, **kw):
    """A mail whose HTML is given (with or without a text alternative)."""
    if text is None:
        m = html_part(html, charset, "quoted-printable")
    else:
        m = alt(text, html, charset, "quoted-printable")
    ex = [("X-Mailer", agent)] if agent else []
    return _fin(m, style, frm, subj, date, kw, ex)


def rfc822(inner_headers, inner_body):
    """A message/rfc822 part holding a message typed in full."""
    import email
    import email.policy
    from email.message import EmailMessage
    inner = email.message_from_string(
        "\n".join(inner_headers) + "\n\n" + inner_body,
        policy=email.policy.default)
    p = EmailMessage()
    p.set_content(inner)
    subj = inner["Subject"] or "bericht"
    p.set_param("name", subj + ".eml")
    p["Content-Disposition"] = 'attachment; filename="%s.eml"' % subj
    return p


def fwd_as_attachment(frm, subj, date, body, inner, client="tb115", **kw):
    """A forward with the original attached as message/rfc822."""
    from email.message import EmailMessage
    out = EmailMessage()
    out.make_mixed()
    out.attach(text_part(lib.flow(body), "utf-8", "8bit"))
    out.get_payload()[0].set_param("format", "flowed")
    out.attach(inner)
    return _fin(out, "tb", frm, subj, date, kw,
                [("User-Agent", "Mozilla/5.0 (Windows; U; Windows NT 6.1; nl; "
                  "rv:1.9.1.9) Gecko/20100317 Thunderbird/3.0.4")])


CROCK = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def code(c):
    """A hand-typed reference code, checked against Crockford base 32."""
    return ok_code(c)


# the reminder with its speakers, as set 6 renders it from the templates
from set6_lib import reminder_nl as reminder_full_nl  # noqa: E402,F401
from set6_lib import reminder_en as reminder_full_en  # noqa: E402,F401
assert set2_lib.ID_SEED == "set11/"
from set7_lib import digest_nl  # noqa: E402,F401
from set9_lib import horde  # noqa: E402,F401
