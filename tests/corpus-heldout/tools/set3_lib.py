"""Client shapes for the third held-out set (tests/corpus-heldout/set3).

The shapes of set 2 (set2_lib: Outlook, Gmail, Apple Mail, Thunderbird,
mutt, iPhone, webmail, the robot's own mails as they are quoted) are reused;
this module adds the clients set 3 has besides them (Lotus Notes, GroupWise,
Outlook Express, Windows Live Mail, Hotmail, Yahoo, Android, Evolution,
Eudora, Zimbra) and the machine mail skeletons (DSN multipart/report, iMIP,
MDN). Only MIME assembly lives here; the text of every message and every
label is typed in set3_batch*.py. Messages are numbered in the order the
batch files add them.
"""
from email.message import EmailMessage

import lib
from set2_lib import (  # noqa: F401
    add, nxt, h, d, mid, dom_of, _hdr, plain, tb, mutt, iphone, outlook,
    gmail, apple, webmail, rfc822_part, quote, robot_mid,
    robot_mail, conf_nl, conf_en, wait_nl, wait_en, incomplete_nl,
    incomplete_en, reminder_nl, P, ROBOT, ORG, TITLE, SIG_NL, SIG_EN)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401


def _alt_client(frm, subj, date, body, html, ex, style, charset="utf-8",
                cte="quoted-printable", to="aanmelden@example.org", cc=None,
                irt=None, refs=None, reply_to=None, extra=None, html_only=False):
    if html_only:
        m = html_part(html, charset, cte)
    else:
        m = alt(body, html, charset, cte)
    return _hdr(m, nxt(), style, frm, subj, date, to, cc, irt, refs, reply_to,
                ex + (extra or []))


def simple_html(text):
    return ("<html><body>" + "<br>\n".join(lib.esc(l) for l in text.split("\n"))
            + "</body></html>\n")


def notes(frm, subj, date, body, **kw):
    """Lotus Notes 8.5: text + HTML, ISO-8859-1 quoted-printable."""
    num = nxt()
    x = h("notes", num).upper()
    html = ('<br><font size=2 face="sans-serif">'
            + "</font><br><font size=2 face=\"sans-serif\">".join(
                lib.esc(l) for l in body.split("\n")) + "</font>\n")
    m = alt(body, html, kw.pop("charset", "iso-8859-1"), "quoted-printable")
    ex = [("X-Mailer", "Lotus Notes Release 8.5.1 September 28, 2009"),
          ("X-MIMETrack", "Serialize by Router on MAIL01/SRV/NL(Release "
           "8.5.1FP2|March 17, 2010) at %s" % d(date)[5:-6])]
    m = _hdr(m, num, "plain", kw.pop("frm_", frm), subj, date,
             kw.pop("to", "aanmelden@example.org"), kw.pop("cc", None),
             kw.pop("irt", None), kw.pop("refs", None), kw.pop("reply_to", None),
             ex + kw.pop("extra", []))
    del m["Message-ID"]
    m["Message-ID"] = "<OF%s.%s-ONC12576F8.%s@%s>" % (x[:8], x[8:16], x[16:24],
                                                     dom_of(frm))
    return m


def groupwise(frm, subj, date, body, **kw):
    """Novell GroupWise 8: text + HTML, windows-1252 quoted-printable."""
    return _alt_client(frm, subj, date, body, simple_html(body),
                       [("X-Mailer", "Novell GroupWise Internet Agent 8.0.1")],
                       "plain", charset=kw.pop("charset", "windows-1252"), **kw)


def oe(frm, subj, date, body, **kw):
    """Outlook Express 6: text + HTML, ISO-8859-1 quoted-printable."""
    ex = [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5843"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5579")]
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n'
            '<HTML><HEAD>\n<META http-equiv=Content-Type content="text/html; '
            'charset=iso-8859-1">\n</HEAD>\n<BODY bgColor=#ffffff>\n'
            + "\n".join("<DIV><FONT face=Arial size=2>%s</FONT></DIV>"
                        % (lib.esc(l) or "&nbsp;") for l in body.split("\n"))
            + "\n</BODY></HTML>\n")
    return _alt_client(frm, subj, date, body, html, ex, "plain",
                       charset="iso-8859-1", **kw)


def wlm(frm, subj, date, body, **kw):
    """Windows Live Mail 2009."""
    ex = [("X-Mailer", "Microsoft Windows Live Mail 14.0.8089.726"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V14.0.8089.726")]
    return _alt_client(frm, subj, date, body, simple_html(body), ex, "plain",
                       charset="iso-8859-1", **kw)


def hotmail(frm, subj, date, body, **kw):
    num = nxt()
    m = _alt_client(frm, subj, date, body, "<html><head><style>.hmmessage P"
                    "{margin:0px;padding:0px}</style></head><body class='hmmessage'>"
                    + "<br>".join(lib.esc(l) for l in body.split("\n"))
                    + "</body></html>", [("X-Originating-IP", "[192.0.2.44]"),
                                         ("Importance", "Normal")],
                    "plain", charset="iso-8859-1", **kw)
    del m["Message-ID"]
    m["Message-ID"] = "<SNT1%s-W%s@phx.gbl>" % (h("hm", num)[:5].upper(),
                                                h("hm", num)[5:10])
    return m


def yahoo(frm, subj, date, body, **kw):
    num = nxt()
    html = ('<table cellspacing="0" cellpadding="0" border="0" ><tr><td '
            'valign="top" style="font: inherit;">'
            + "<br>".join(lib.esc(l) for l in body.split("\n"))
            + "</td></tr></table>")
    m = _alt_client(frm, subj, date, body, html,
                    [("X-Mailer", "YahooMailClassic/11.0.8 YahooMailWebService/"
                      "0.8.103.269680")], "plain", charset="iso-8859-1", **kw)
    del m["Message-ID"]
    m["Message-ID"] = "<%d.%d.qm@web2%d.mail.ird.yahoo.com>" % (
        int(h("y", num)[:6], 16), int(h("y", num)[6:10], 16), num % 900)
    return m


def android(frm, subj, date, body, **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("User-Agent", "K-9 Mail for Android")] + kw["extra"]
    return plain(frm, subj, date, body, cte="quoted-printable", **kw)


def evolution(frm, subj, date, body, **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("X-Mailer", "Evolution 2.28.3")] + kw["extra"]
    return plain(frm, subj, date, body, cte="base64", **kw)


def eudora(frm, subj, date, body, **kw):
    kw.setdefault("extra", [])
    kw["extra"] = [("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9")] + kw["extra"]
    return plain(frm, subj, date, body, charset="iso-8859-1",
                 cte="quoted-printable", **kw)


def zimbra(frm, subj, date, body, **kw):
    ex = [("X-Mailer", "Zimbra 6.0.6_GA_2330 (ZimbraWebClient - FF3.0 "
           "(Win)/6.0.6_GA_2324)")]
    return _alt_client(frm, subj, date, body,
                       "<html><head><style type='text/css'>p { margin: 0; }"
                       "</style></head><body><div style='font-family: Times New "
                       "Roman; font-size: 12pt; color: #000000'>"
                       + "<br>".join(lib.esc(l) for l in body.split("\n"))
                       + "</div></body></html>", ex, "plain", **kw)


def html_table(rows, intro="", outro="", border=1):
    """A two-column HTML table of (label, value) rows with text around it."""
    tr = "".join('<tr><td style="padding:2px 6px"><b>%s</b></td><td style='
                 '"padding:2px 6px">%s</td></tr>\n' % (lib.esc(a), lib.esc(b))
                 for a, b in rows)
    return ("<html><body style=\"font-family:Verdana;font-size:10pt\">\n"
            + "".join("<p>%s</p>\n" % lib.esc(p) for p in intro.split("\n\n") if p)
            + '<table border="%d" cellspacing="0">\n%s</table>\n' % (border, tr)
            + "".join("<p>%s</p>\n" % lib.esc(p).replace("\n", "<br>")
                      for p in outro.split("\n\n") if p)
            + "</body></html>\n")


def html_grid(head, rows, intro="", outro=""):
    """An HTML table with a header row and one row per person."""
    th = "".join("<th>%s</th>" % lib.esc(c) for c in head)
    tr = "".join("<tr>" + "".join("<td>%s</td>" % lib.esc(c) for c in r)
                 + "</tr>\n" for r in rows)
    return ("<html><body>\n"
            + "".join("<p>%s</p>\n" % lib.esc(p).replace("\n", "<br>")
                      for p in intro.split("\n\n") if p)
            + '<table border="1" cellpadding="3" cellspacing="0">\n<tr>%s</tr>\n%s'
            '</table>\n' % (th, tr)
            + "".join("<p>%s</p>\n" % lib.esc(p).replace("\n", "<br>")
                      for p in outro.split("\n\n") if p)
            + "</body></html>\n")


def mime_head(frm, to, subj, date, msgid, extra=""):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%s"
            "MIME-Version: 1.0\n" % (frm, to, subj, d(date), msgid, extra))


def dsn(frm, subj, date, msgid, human, reporting, rcpt, action, status,
        diag, returned, extra="", boundary=None, headers_only=False,
        arrival=None):
    """A multipart/report DSN (RFC 3464) returning one of the robot's mails."""
    b = boundary or ("=_dsn_" + h("dsn", msgid)[:18])
    kind = "text/rfc822-headers" if headers_only else "message/rfc822"
    if headers_only:
        returned = returned.split("\n\n", 1)[0] + "\n"
    fields = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        fields += "Arrival-Date: %s\n" % arrival
    fields += ("\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
               % (rcpt, action, status))
    if diag:
        fields += "Diagnostic-Code: %s\n" % diag
    return Raw(mime_head(frm, "aanmelden@example.org", subj, date, msgid,
                         extra)
               + 'Content-Type: multipart/report; report-type=delivery-status;\n'
               '\tboundary="%s"\n\nThis is a MIME-encapsulated message.\n\n'
               '--%s\nContent-Type: text/plain; charset=us-ascii\n\n%s\n\n'
               '--%s\nContent-Type: message/delivery-status\n\n%s\n'
               '--%s\nContent-Type: %s\n\n%s\n--%s--\n'
               % (b, b, human.strip("\n"), b, fields, b, kind, returned, b))


def with_attachments(m, atts):  # noqa: F811
    """set2_lib.with_attachments, but the inner multipart gets a real boundary
    (it has none before it is rendered)."""
    import set2_lib
    if m.is_multipart() and m.get_boundary() is None:
        m.set_boundary("----=_NextPart_000_%s" % h("att", m["Message-ID"])[:16].upper())
    return set2_lib.with_attachments(m, atts)
