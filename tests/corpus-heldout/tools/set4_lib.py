"""Client shapes for the fourth held-out set (tests/corpus-heldout/set4).

It reuses the shapes and the robot's own mails of set2_lib.py (with its own
Message-ID seed) and adds a few more clients. Only MIME assembly and the
layout a mail client gives a message live here; the text of every message
and every label is typed by hand in set4_batch*.py.
"""
import base64
from email.message import EmailMessage

import lib
import set2_lib
from set2_lib import (add, plain, tb, mutt, iphone, outlook, gmail, apple,  # noqa: F401
                      webmail, with_attachments, rfc822_part, d, mid, nxt,
                      _hdr, quote, robot_mail, robot_mid, conf_nl, conf_en,
                      wait_nl, wait_en, incomplete_nl, incomplete_en,
                      reminder_nl, P, ROBOT, ORG, TITLE)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set4/"


def _x(m, extra, kw):
    kw.setdefault("extra", [])
    kw["extra"] = extra + kw["extra"]
    return kw


def notes(frm, subj, date, body, to="aanmelden@example.org", cc=None,
          irt=None, refs=None, reply_to=None, extra=None):
    """Lotus Notes 8.5: text + simple HTML, ISO-8859-1 quoted-printable."""
    html = ('<br><font size=2 face="sans-serif">' +
            '</font><br><font size=2 face="sans-serif">'.join(
                lib.esc(l) for l in body.split("\n")) + '</font>')
    m = alt(body, html, "iso-8859-1", "quoted-printable")
    num = nxt()
    ex = [("X-Mailer", "Lotus Notes Release 8.5.1 September 28, 2009"),
          ("X-MIMETrack", "Serialize by Router on DOMSRV01/SRV at "
           "01-01-2010 00:00:00, Serialize complete")]
    return _hdr(m, num, "notes", frm, subj, date, to, cc, irt, refs,
                reply_to, ex + (extra or []))


def groupwise(frm, subj, date, body, **kw):
    _x(None, [("X-Mailer", "Novell GroupWise Internet Agent 8.0.1")], kw)
    return plain(frm, subj, date, body, charset="iso-8859-1",
                 cte="quoted-printable", style="gw", **kw)


def oe(frm, subj, date, body, ver="6.00.2900.5843", **kw):
    """Outlook Express / Windows Live Mail: text + HTML, ISO-8859-1."""
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            '<HTML><HEAD>\n<META http-equiv=Content-Type content="text/html; '
            'charset=iso-8859-1">\n</HEAD>\n<BODY bgColor=#ffffff>\n' +
            "\n".join('<DIV><FONT face=Arial size=2>%s</FONT></DIV>'
                      % (lib.esc(l) or "&nbsp;") for l in body.split("\n")) +
            '</BODY></HTML>\n')
    m = alt(body, html, "iso-8859-1", "quoted-printable")
    extra = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
             ("X-Mailer", ("Microsoft Outlook Express " + ver)
              if ver.startswith("6") else "Microsoft Windows Live Mail " + ver),
             ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5843")]
    return _hdr(m, nxt(), "oe", frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra + (kw.get("extra") or []))


def evolution(frm, subj, date, body, **kw):
    m = text_part(body, "utf-8", "base64")
    _x(None, [("X-Mailer", "Evolution 2.28.3 ")], kw)
    return _hdr(m, nxt(), "evo", frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw["extra"])


def android(frm, subj, date, body, **kw):
    _x(None, [("User-Agent", "K-9 Mail for Android")], kw)
    return plain(frm, subj, date, body, cte="quoted-printable", style="k9", **kw)


def blackberry(frm, subj, date, body, **kw):
    m = text_part(body, "utf-8", "base64")
    _x(None, [("Sensitivity", "Normal"), ("Importance", "Normal"),
              ("X-Priority", "3")], kw)
    return _hdr(m, nxt(), "bb", frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw["extra"])


def claws(frm, subj, date, body, **kw):
    _x(None, [("X-Mailer", "Claws Mail 3.7.5 (GTK+ 2.18.9; i486-pc-linux-gnu)")], kw)
    return plain(frm, subj, date, body, charset="iso-8859-1",
                 cte="quoted-printable", style="claws", **kw)


def yahoo(frm, subj, date, body, **kw):
    html = ('<table cellspacing="0" cellpadding="0" border="0" ><tr><td '
            'valign="top" style="font: inherit;">' +
            "<br>".join(lib.esc(l) for l in body.split("\n")) +
            '</td></tr></table><br>\n')
    m = alt(body, html, "iso-8859-1", "quoted-printable")
    extra = [("X-Mailer", "YahooMailClassic/10.1.9 YahooMailWebService/0.8.100")]
    return _hdr(m, nxt(), "yahoo", frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra + (kw.get("extra") or []))


def hotmail_html(frm, subj, date, html, **kw):
    """Hotmail / Windows Live: HTML only (text/html, windows-1252)."""
    m = html_part(html, "windows-1252", "quoted-printable")
    extra = [("X-Originating-IP", "[192.0.2.44]"), ("Importance", "Normal")]
    return _hdr(m, nxt(), "hotmail", frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                extra + (kw.get("extra") or []))


def html_only(frm, subj, date, html, charset="utf-8", cte="quoted-printable",
              style="plain", **kw):
    m = html_part(html, charset, cte)
    return _hdr(m, nxt(), style, frm, subj, date, kw.get("to", "aanmelden@example.org"),
                kw.get("cc"), kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def outlook_quote_nl(frm_line, sent, to, subj, body):
    return ("\n\n-----Oorspronkelijk bericht-----\nVan: %s\nVerzonden: %s\n"
            "Aan: %s\nOnderwerp: %s\n\n%s" % (frm_line, sent, to, subj, body))


def outlook_quote_en(frm_line, sent, to, subj, body):
    return ("\n\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm_line, sent, to, subj, body))


def b64(s):
    return base64.b64encode(s.encode()).decode()
