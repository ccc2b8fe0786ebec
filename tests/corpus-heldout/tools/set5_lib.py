"""Client shapes for the fifth held-out set (tests/corpus-heldout/set5).

It reuses the shapes of set2_lib.py and set4_lib.py (with its own
Message-ID seed) and adds a few more clients of 2010. Only MIME assembly
and the layout a mail client gives a message live here; the text of every
message and every label is typed by hand in set5_batch*.py.
"""
import set2_lib
import lib
from set2_lib import (add, plain, tb, mutt, iphone, outlook, gmail, apple,  # noqa: F401
                      webmail, rfc822_part, d, mid, nxt,
                      _hdr, quote, robot_mail, robot_mid, conf_nl, conf_en,
                      wait_nl, wait_en, incomplete_nl, incomplete_en,
                      reminder_nl, P, ROBOT, ORG, TITLE)
from set4_lib import (notes, groupwise, oe, evolution, android, blackberry,  # noqa: F401
                      claws, yahoo, hotmail_html, html_only, outlook_quote_nl,
                      outlook_quote_en)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set5/"


def with_attachments(m, atts):
    """set2_lib's wrapper, after the body got its own MIME boundary."""
    if m.is_multipart() and m.get_boundary() is None:
        m.as_bytes(policy=lib.POL)
    return set2_lib.with_attachments(m, atts)


def _agent(kw, name, value):
    kw.setdefault("extra", [])
    kw["extra"] = [(name, value)] + kw["extra"]
    return kw


def outlook2010(frm, subj, date, body, lang="NL", **kw):
    """Outlook 2010: multipart/alternative, Word 14 HTML, windows-1252."""
    return outlook(frm, subj, date, body, lang=lang, ver="14.0", **kw)


def macoutlook(frm, subj, date, body, **kw):
    """Outlook for Mac 2011 (Entourage's successor): text + HTML, utf-8."""
    html = ('<html><head><title>%s</title></head><body style="word-wrap: '
            'break-word; font-family: Calibri, sans-serif; font-size: 14px; ">'
            % lib.esc(subj) + "".join("<div>%s</div>" % (lib.esc(l) or "<br>")
                                      for l in body.split("\n")) +
            "</body></html>\n")
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("User-Agent", "Microsoft-MacOutlook/14.0.0.100825"),
          ("Thread-Topic", subj), ("Content-Language", "nl-NL")]
    return _hdr(m, nxt(), "macol", frm, subj, date,
                kw.get("to", "aanmelden@example.org"), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def pegasus(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "Pegasus Mail for Windows (4.52)")
    return plain(frm, subj, date, body, charset="iso-8859-1",
                 cte="quoted-printable", style="peg", **kw)


def opera(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "Opera Mail/10.53 (Win32)")
    return plain(frm, subj, date, body, style="opera", **kw)


def thebat(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "The Bat! (v4.2.10) Professional")
    return plain(frm, subj, date, body, charset="windows-1252",
                 cte="quoted-printable", style="bat", **kw)


def seamonkey(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "Mozilla/5.0 (X11; U; Linux i686; nl; rv:1.9.1.9) "
           "Gecko/20100317 SeaMonkey/2.0.4")
    return plain(frm, subj, date, body, charset="iso-8859-1", cte="8bit",
                 flowed=True, style="sm", **kw)



def zarafa(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "Zarafa 6.30.14-18436")
    return plain(frm, subj, date, body, cte="quoted-printable", style="zarafa", **kw)


def sylpheed(frm, subj, date, body, **kw):
    _agent(kw, "X-Mailer", "Sylpheed 2.7.1 (GTK+ 2.16.6; i486-pc-linux-gnu)")
    return plain(frm, subj, date, body, charset="iso-8859-1", cte="8bit",
                 style="syl", **kw)


def postbox(frm, subj, date, body, **kw):
    _agent(kw, "User-Agent", "Postbox 2.0.1 (Macintosh/20100629)")
    return plain(frm, subj, date, body, flowed=True, style="tb", **kw)
