"""Client shapes for the ninth development set (tests/corpus-dev/dev9).

It reuses the shapes of tests/corpus-heldout/tools/lib.py and
set2_lib.py ... set12_lib.py under a Message-ID seed of its own ("dev9/")
and adds two layouts: the Yahoo Mail app on Android (text + HTML, utf-8
base64) and an Outlook Web App 2010 mail sent as HTML only.

Only MIME assembly and the layout a mail client or a machine gives a
message live here; the text of every message and every label is typed by
hand in dev9_batch*.py.
"""
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
HELD = os.path.normpath(os.path.join(HERE, "..", "..", "corpus-heldout", "tools"))
sys.path.insert(0, HELD)

import lib  # noqa: E402
import set2_lib  # noqa: E402
import set12_lib  # noqa: E402,F401
from set12_lib import *  # noqa: E402,F401,F403
from set12_lib import (_hdr, _t, _to, _agent, _html_lines, _fin, _kw,  # noqa: E402,F401
                       nxt, h, d, quote, robot_mid, NL_DAYS, NL_MONS,
                       EN_DAYS, EN_MONS, ok_code, add, alt, text_part,
                       html_part, attachment, Raw, ROBOT, TITLE, SIG_NL,
                       SIG_EN, PROG_NL, PROG_EN, L, M, O, P, ORG_ADDR,
                       ORG_FROM, with_atts, report, raw_mail, robot_raw,
                       robot_head, enc_subject, ics_reply10, text_att,
                       b64lines, rirt, conf, qp)

# this set's own seed and output directory (set12_lib set its own first)
set2_lib.ID_SEED = "dev9/"
DEV9_HERE = os.path.dirname(os.path.abspath(__file__))
lib.use_set("dev9", os.path.normpath(os.path.join(DEV9_HERE, "..")))


def yahoo_android(frm, subj, date, body, **kw):
    """The Yahoo Mail app on Android: text + HTML, utf-8, base64 parts."""
    html = ('<html><head></head><body><div style="color:#000; background-color:'
            '#fff; font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:13px">' + "<br>".join(lib.esc(l) for l in body.split("\n"))
            + '</div></body></html>\n')
    m = alt(body, html, "utf-8", "base64")
    return _fin(m, "yahoo", frm, subj, date, kw,
                [("X-Mailer", "YahooMailAndroidMobile/1.0.4")])


def owa_html_only(frm, subj, date, body, **kw):
    """Outlook Web App 2010 set to HTML: one text/html part, utf-8 QP."""
    html = ('<html dir="ltr"><head><meta http-equiv="Content-Type" content='
            '"text/html; charset=utf-8"><style>P {margin-top:0;margin-bottom:0;}'
            '</style></head><body><div style="direction: ltr;font-family: '
            'Tahoma;color: #000000;font-size: 10pt;">' +
            "".join("<div>%s</div>" % (lib.esc(l) or "<br>")
                    for l in body.split("\n")) + '</div></body></html>\n')
    m = html_part(html, "utf-8", "quoted-printable")
    return _fin(m, "outlook", frm, subj, date, kw,
                [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])


assert set2_lib.ID_SEED == "dev9/"
