"""Client shapes for the twelfth held-out set (tests/corpus-heldout/set12).

It reuses the shapes of lib.py and set2_lib.py ... set11_lib.py from
tests/corpus-heldout/tools under a Message-ID seed of its own ("set12/")
and adds a few layouts those sets lacked: Windows Live Mail 2011 (text +
HTML, its "----- Original Message -----" block), the webmail of a Dutch
cable provider that sends a base64 text part in iso-8859-1, and a plain
text mail with a base64 utf-8 body as some phones send it.

Only MIME assembly and the layout a mail client or a machine gives a
message live here; the text of every message and every label is typed by
hand in set12_batch*.py.
"""
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import set2_lib  # noqa: E402
import set11_lib  # noqa: E402,F401
from set11_lib import *  # noqa: E402,F401,F403
from set11_lib import (_hdr, _t, _to, _agent, _html_lines, _fin, _kw,  # noqa: E402,F401
                       nxt, h, d, quote, robot_mid, NL_DAYS, NL_MONS,
                       EN_DAYS, EN_MONS, ok_code, add, alt, text_part,
                       html_part, attachment, Raw, ROBOT, TITLE, SIG_NL,
                       SIG_EN, PROG_NL, PROG_EN, L, M, O, P, ORG_ADDR,
                       ORG_FROM, with_atts, report, raw_mail, robot_raw,
                       robot_head, enc_subject, ics_reply10, text_att,
                       b64lines, rirt)

# this set's own seed and output directory (set11_lib set its own first)
set2_lib.ID_SEED = "set12/"
# retired to development as tests/corpus-dev/dev10
lib.use_set("dev10", os.path.normpath(os.path.join(HERE, "..", "..", "corpus-dev")))


def wlm(frm, subj, date, body, **kw):
    """Windows Live Mail 2011: text + HTML (Calibri div), iso-8859-1 QP."""
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            '<HTML><HEAD>\n<META content="text/html; charset=iso-8859-1" '
            'http-equiv=Content-Type>\n<META name=GENERATOR content="MSHTML '
            '8.00.7600.16588"></HEAD>\n<BODY style="PADDING-LEFT: 10px; '
            'PADDING-RIGHT: 10px; PADDING-TOP: 15px" id=MailContainerBody '
            'leftMargin=0 topMargin=0 bgColor=#ffffff>\n'
            '<DIV style="FONT-FAMILY: \'Calibri\'; COLOR: #000000; FONT-SIZE: 12pt">\n'
            + "".join("<DIV>%s</DIV>\n" % (lib.esc(l) or "&nbsp;")
                      for l in body.split("\n")) + "</DIV></BODY></HTML>\n")
    m = alt(body, html, "iso-8859-1", "quoted-printable")
    return _fin(m, "wlm", frm, subj, date, kw,
                [("X-Mailer", "Microsoft Windows Live Mail 15.4.3502.922"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V15.4.3502.922"),
                 ("X-Priority", "3"), ("X-MSMail-Priority", "Normal")])


def wlm_quote(name, addr, stamp, to, subj, body):
    """Windows Live Mail's reply block (the original quoted with '>')."""
    t = _t(stamp)
    head = ("----- Original Message ----- \nFrom: %s \nTo: %s \nSent: %s, "
            "%s %02d, %d %d:%02d %s\nSubject: %s\n\n"
            % (name if not addr else "%s <%s>" % (name, addr), to,
               EN_DAYS[t.weekday()], EN_MONS[t.month - 1], t.day, t.year,
               t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM",
               subj))
    return "\n\n" + head + quote(body)


def cable_webmail(frm, subj, date, body, **kw):
    """A Dutch cable provider's webmail of 2010: text/plain, iso-8859-1,
    base64 body."""
    m = text_part(body, "iso-8859-1", "base64")
    return _fin(m, "cw", frm, subj, date, kw,
                [("X-Mailer", "Webmail Zi 3.1"),
                 ("X-Originating-IP", "[192.0.2.144]")])


def phone_b64(frm, subj, date, body, agent="Android Mail 2.3", **kw):
    """A phone's stock client: text/plain utf-8 base64."""
    m = text_part(body, "utf-8", "base64")
    return _fin(m, "ph", frm, subj, date, kw, [("X-Mailer", agent)])


def conf(lang, name, code, org, role, email, free=False, **kw):
    """Confirmation (subject, body) as the templates render it."""
    return (conf_nl if lang == "nl" else conf_en)(name, code, org, role,
                                                  email, free=free, **kw)


def qp(text):
    """A text body as quoted-printable (for a message typed in full)."""
    import quopri
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


assert set2_lib.ID_SEED == "set12/"
