"""Client shapes for the ninth held-out set (tests/corpus-heldout/set9).

It reuses the shapes of set2_lib.py and set4_lib.py to set8_lib.py (with
its own Message-ID seed, "set9/") and adds clients that set 2 to 8 did not
have: the Zimbra web client (its "----- Oorspronkelijk bericht -----" and
"----- Doorgestuurd bericht -----" blocks), Horde IMP ("Citeren ...:"),
SquirrelMail, Microsoft Entourage 2008, Lotus iNotes (HTML only), the stock
mail app of an HTC phone, Windows Live Hotmail of 2010 (text + HTML and HTML
only, with its underscore reply block), and the quote lines Gmail and
Thunderbird write in Dutch.  It also renders, from the wording of
templates/nl and templates/en as they are now, robot mails that sets 6 to
8 did not render: the secretariat's answer sent through the robot
(answer), "Aanmelding gesloten" (closed), the mail to the one who passed a
seat on (substitution-old), the rate-limit notice and the "reference code
needed" mail in Dutch, which set 9 quotes or returns; and, for later use,
the English cancellation receipt, status reply, question acknowledgement,
how-to mail, "already registered", overview and promotion.

Only MIME assembly and the layout a mail client gives a message live here;
the text of every message and every label is typed by hand in
set9_batch*.py.
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
                      FEE_EN, received_en)
from set7_lib import (ok_code, when_nl, when_en, outlook365, o365_quote_nl,  # noqa: F401
                      o365_quote_en, ios, ios_quote_nl, ios_quote_en, proton,
                      proton_quote, fastmail, roundcube, samsung,
                      samsung_quote_nl, outlook_android, mailspring, zoho,
                      sogo, reminder_nl, reminder_en, status_nl, cancelled_nl,
                      question_nl, robot_mail, robot_headers, _html_lines,
                      NL_DAYS, NL_MONS, EN_DAYS, EN_MONS)
from set8_lib import (RawBytes, keep_subject, tb115, tb_forward_en, gmail2,  # noqa: F401
                      macmail, outlookmac16, macol_quote_nl, yahoo2, tutanota,
                      emclient, ox, ox_quote_nl, winmail, spark, outlookcom,
                      help_nl, code_needed_en, already_nl, overview_nl,
                      substitution_new_nl, promotion_nl, waitlist_update_nl,
                      received_nl, png_scan, robot_headers_plain)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set9/"


def _t(stamp):
    return datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _to(kw):
    return kw.get("to", "aanmelden@example.org")


def _agent(kw, name, value):
    kw.setdefault("extra", [])
    kw["extra"] = [(name, value)] + kw["extra"]
    return kw


def codes(*cs):
    """Check hand-typed codes (Crockford base 32) and give them back."""
    for c in cs:
        ok_code(c)
    return cs if len(cs) > 1 else cs[0]


# ---- more clients -------------------------------------------------------

def zimbra(frm, subj, date, body, **kw):
    """Zimbra 6 web client: text + HTML (Times 12pt div), utf-8 QP."""
    html = ("<html><head><style type='text/css'>p { margin: 0; }</style>"
            "</head><body><div style='font-family: Times New Roman; "
            "font-size: 12pt; color: #000000'>" +
            "<br>".join(lib.esc(l) for l in body.split("\n")) +
            "</div></body></html>\n")
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("X-Mailer", "Zimbra 6.0.7_GA_2473 (ZimbraWebClient - FF3.0 "
           "(Win)/6.0.7_GA_2473)"),
          ("X-Originating-IP", "[192.0.2.61]")]
    return _hdr(m, nxt(), "zimbra", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def _zdate(stamp):
    t = _t(stamp)
    return "%s %d %s %d %d:%02d:00" % (NL_DAYS[t.weekday()], t.day,
                                       NL_MONS[t.month - 1], t.year, t.hour,
                                       t.minute)


def zimbra_quote_nl(frm_line, to, stamp, subj, body):
    """The block Zimbra puts above the original in a reply (Dutch UI)."""
    return ("\n\n----- Oorspronkelijk bericht -----\nVan: %s\nAan: %s\n"
            "Verzonden: %s\nOnderwerp: %s\n\n%s"
            % (frm_line, to, _zdate(stamp), subj, body))


def zimbra_forward_nl(frm_line, to, stamp, subj, body):
    return ("\n\n----- Doorgestuurd bericht -----\nVan: %s\nAan: %s\n"
            "Verzonden: %s\nOnderwerp: %s\n\n%s"
            % (frm_line, to, _zdate(stamp), subj, body))


def horde(frm, subj, date, body, **kw):
    """Horde IMP 4: text/plain, format=flowed, utf-8."""
    _agent(kw, "User-Agent", "Internet Messaging Program (IMP) H3 (4.3.7)")
    m = text_part(lib.flow(body), "utf-8", "8bit")
    m.set_param("format", "flowed")
    return _hdr(m, nxt(), "imp", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw["extra"])


def horde_quote_nl(frm_line, body):
    return "\n\nCiteren %s:\n\n%s" % (frm_line, quote(body))


def squirrel(frm, subj, date, body, **kw):
    """SquirrelMail 1.4: text/plain, iso-8859-1, 8bit."""
    _agent(kw, "Importance", "Normal")
    _agent(kw, "X-Priority", "3 (Normal)")
    _agent(kw, "User-Agent", "SquirrelMail/1.4.20")
    return plain(frm, subj, date, body, charset="iso-8859-1", cte="8bit",
                 style="sq", **kw)


def entourage(frm, subj, date, body, **kw):
    """Microsoft Entourage 2008 (Mac): text + HTML, utf-8 QP."""
    html = ('<HTML>\n<HEAD>\n<TITLE>%s</TITLE>\n</HEAD>\n<BODY>\n'
            '<FONT FACE="Calibri, Verdana, Helvetica, Arial"><SPAN '
            'STYLE=\'font-size:11pt\'>' % lib.esc(subj) +
            "<BR>\n".join(lib.esc(l) for l in body.split("\n")) +
            '</SPAN></FONT>\n</BODY>\n</HTML>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    ex = [("User-Agent", "Microsoft-Entourage/12.24.0.100205"),
          ("Thread-Topic", subj),
          ("Thread-Index", "AcrH" + h("ent", num)[:24] + "==")]
    return _hdr(m, num, "ent", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def inotes_html(frm, subj, date, html, **kw):
    """Lotus iNotes 8.5 (Domino web access): HTML only, iso-8859-1."""
    m = html_part(html, "iso-8859-1", "quoted-printable")
    ex = [("X-Mailer", "Lotus Domino Web Server Release 8.5.1 September 28, 2009"),
          ("X-MIMETrack", "Serialize by Router on DOMWEB01/SRV at "
           "01-01-2010 00:00:00, Serialize complete")]
    return _hdr(m, nxt(), "notes", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def htc(frm, subj, date, body, **kw):
    """The stock mail app of an HTC Android phone (2010): text, utf-8 base64."""
    m = text_part(body, "utf-8", "base64")
    return _hdr(m, nxt(), "htc", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


_HM_HEAD = ("<html>\n<head>\n<style><!--\n.hmmessage P\n{\nmargin:0px;\n"
            "padding:0px\n}\nbody.hmmessage\n{\nfont-size: 10pt;\n"
            "font-family:Verdana\n}\n--></style>\n</head>\n"
            "<body class='hmmessage'>\n")


def hotmail2010(frm, subj, date, body, html=None, html_only=False, **kw):
    """Windows Live Hotmail (2010): text + HTML or HTML only, windows-1252."""
    html = html or (_HM_HEAD + "<br>".join(lib.esc(l) for l in body.split("\n"))
                    + "<br> \t\t \t   \t\t  </body>\n</html>\n")
    if html_only:
        m = html_part(html, "windows-1252", "quoted-printable")
    else:
        m = alt(body, html, "windows-1252", "quoted-printable")
    ex = [("X-Originating-IP", "[192.0.2.87]"), ("Importance", "Normal"),
          ("X-OriginalArrivalTime", "00:00:00.0000 (UTC) FILETIME=[00000000:01CAD000]")]
    return _hdr(m, nxt(), "hotmail", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def hotmail_quote(frm_line, to, stamp, subj, body):
    """The block Hotmail of 2010 puts above a quoted original."""
    return ("\n\n> From: %s\n> To: %s\n> Subject: %s\n> Date: %s\n> \n%s"
            % (frm_line, to, subj, d(stamp), quote(body)))


def gmail_quote_nl(stamp, frm_line, body):
    """'Op 16 maart 2010 11:02 schreef X <x@y>:' and the quote."""
    t = _t(stamp)
    return ("\n\nOp %d %s %d %02d:%02d schreef %s:\n\n%s"
            % (t.day, NL_MONS[t.month - 1], t.year, t.hour, t.minute,
               frm_line, quote(body)))


def tb_quote_nl(stamp, frm_line, body):
    """Thunderbird 3 in Dutch: 'Op 12-4-2010 10:15, X schreef:'."""
    t = _t(stamp)
    return ("\n\nOp %d-%d-%d %d:%02d, %s schreef:\n%s"
            % (t.day, t.month, t.year, t.hour, t.minute, frm_line,
               quote(body)))


def squirrel_quote(stamp, frm_line, body):
    t = _t(stamp)
    hr = t.hour % 12 or 12
    return ("\n\nOn %s, %s %d, %d %d:%02d %s, %s wrote:\n%s"
            % (EN_DAYS[t.weekday()][:3], EN_MONS[t.month - 1], t.day, t.year,
               hr, t.minute, "am" if t.hour < 12 else "pm", frm_line,
               quote(body)))


# ---- the robot's own mails, from the templates as they are now ----------

ORG_NAME = "Programmasecretariaat Dienst Maatschappelijke Ontwikkeling"
ORG_MAIL = "secretariaat@almere.nl"


def answer_nl(name, subject, answer):
    """templates/nl/answer.txt: the secretariat's answer through the robot."""
    return ("Re: " + subject,
            "Beste %s,\n\nHet programmasecretariaat van de leergang\n\"%s\"\n"
            "antwoordt op uw bericht:\n\n%s\n\nMet vriendelijke groet,\n%s\n%s"
            % (name or "heer/mevrouw", TITLE, answer, ORG_NAME, ORG_MAIL))


def answer_en(name, subject, answer):
    return ("Re: " + subject,
            "Dear %s,\n\nThe programme secretariat of the course\n\"%s\"\n"
            "answers your message:\n\n%s\n\nKind regards,\n%s\n%s"
            % (name or "Sir or Madam", TITLE, answer, ORG_NAME, ORG_MAIL))


def closed_nl(name=None):
    return ("Aanmelding gesloten: " + TITLE,
            "Beste %s,\n\nDank voor uw bericht over de leergang\n\"%s\".\n"
            "De aanmelding is gesloten; via dit adres kunnen wij u niet meer\n"
            "aanmelden.\n\nWij hebben uw bericht doorgestuurd naar het "
            "programmasecretariaat. Is\ner toch een mogelijkheid, dan hoort u "
            "dat persoonlijk.\n\n%s" % (name or "heer/mevrouw", TITLE, SIG_NL))


def substitution_old_nl(name, code, new_name, new_email, had_seat=True):
    subj = "Uw plaats is overgedragen aan %s [%s]" % (new_name, code)
    body = ("Beste %s,\n\nUw %s in de leergang\n\"%s\"\n"
            "is overgedragen aan uw collega %s\n(%s). Uw collega krijgt een "
            "eigen bevestiging en een\neigen referentiecode.\n\n"
            "Uw aanmelding met code %s is daarmee beëindigd.\n%s"
            "\nWas dit niet de bedoeling? Antwoord dan zo snel mogelijk op deze\n"
            "mail; het secretariaat helpt u verder.\n\n%s"
            % (name, "plaats" if had_seat else "plek op de wachtlijst", TITLE,
               new_name, new_email, code,
               ("In de bijlage \"afmelding.ics\" staat de afmelding voor uw "
                "agenda.\n") if had_seat else "", SIG_NL))
    return subj, body


def cancelled_en(name, code, fee_due=False, had_seat=True):
    subj = "Cancellation received: %s [%s]" % (TITLE, code)
    fee = ("Please note: you cancelled after 18 May 2010. Under the terms,\n"
           "the fee of %s therefore remains due, and your organisation will\n"
           "receive an invoice. Would you rather send a colleague? Please contact\n"
           "the secretariat." % FEE_EN) if fee_due else "Nothing will be charged."
    seat = ("Your seat has been released for someone on the waiting list."
            if had_seat else "You are no longer on the waiting list.")
    ics = ("\n\nThe attachment \"cancellation.ics\" removes the course days "
           "from your\ncalendar." if had_seat else "")
    body = ("Dear %s,\n\nYour registration for the course\n\"%s\"\nis cancelled.\n"
            "%s\n\nReference code: %s\n\n%s%s\n\n"
            "Not what you meant? Reply to this mail and the secretariat will help\n"
            "you.\n\n%s" % (name, TITLE, seat, code, fee, ics, SIG_EN))
    return subj, body


def ratelimit_nl(name=None):
    return ("Even geen automatische antwoorden meer",
            "Beste %s,\n\nWij ontvingen vandaag veel berichten van dit adres. "
            "Om een eindeloze\nreeks automatische antwoorden te voorkomen, "
            "sturen wij de komende\n24 uur geen automatisch antwoord meer naar "
            "dit adres. Uw berichten\nworden wel bewaard en door het "
            "secretariaat bekeken.\n\n%s" % (name or "heer/mevrouw", SIG_NL))


def status_en(name, code, status_text, org, role, email, confirmed=True,
              cap=False, **kw):
    subj = "Your registration for %s [%s]" % (TITLE, code)
    if confirmed:
        mid_ = ("You have a confirmed seat. We look forward to seeing you.\n\n"
                + PROG_EN + "\n\n")
    else:
        mid_ = ((("Your organisation already has 3 seat(s): the maximum per\n"
                  "organisation until 11 May 2010. While it applies,\n"
                  "participants of other organisations may pass you.\n")
                 if cap else "") +
                "If a seat becomes free, you will hear from us by mail straight away.\n\n")
    body = ("Dear %s,\n\nYou asked where your registration stands. This is how it is now:\n\n"
            "  Reference code:  %s\n  Status:          %s\n\n%s"
            "This is what we noted:\n\n%s\n\n%s%s"
            % (name, code, status_text, mid_,
               details_en(name, org, role, email, **kw),
               (changes_en(code) + "\n\n") if confirmed else "", SIG_EN))
    return subj, body


def question_en(name, subject):
    return ("Your question has been passed on: " + subject,
            "Dear %s,\n\nThank you for your question about the course\n\"%s\".\n"
            "We have passed it on to the programme secretariat; you will get a\n"
            "personal answer as soon as possible.\n\n%s"
            % (name or "Sir or Madam", TITLE, SIG_EN))


def help_en(name=None):
    subj = "How to register for %s" % TITLE
    body = ("Dear %s,\n\nThis address takes registrations for the course\n"
            "\"%s\".\nTo register, send a mail with these details (per "
            "participant):\n\n  Name: ...\n  Organisation: ...\n  E-mail: ...\n"
            "  Function: ...\n  Phone: ...\n"
            "  Invoice address and reference (for organisations): ...\n\n"
            "Registering several colleagues? Give the same details for each of\n"
            "them, one after the other. Every participant gets a confirmation of\n"
            "their own.\n\n%s\n\nFee: %s per participant for social-sector "
            "organisations.\n\nRegistered already? With the reference code from "
            "your confirmation\nyou can cancel or send a colleague in your place.\n\n"
            "Questions? Just write; we pass them on to the secretariat.\n\n%s"
            % (name or "Sir or Madam", TITLE, PROG_EN, FEE_EN, SIG_EN))
    return subj, body


def code_needed_nl(name, code=None, subject=None, asked="cancel"):
    subj = "Uw verzoek over %s: referentiecode nodig" % TITLE
    what = {"cancel": "een aanmelding af te melden",
            "substitute": "een plaats over te dragen aan een collega"}.get(
                asked, "een aanmelding te wijzigen")
    if code:
        rest = ("Dit bericht gaat naar het adres waarmee u bent aangemeld. Wilde u\n"
                "zelf iets wijzigen? Antwoord dan op deze mail: uw referentiecode\n"
                "%s staat in de bevestiging die u eerder kreeg. Vermeld die code\n"
                "in uw antwoord.\n\n"
                "Wist u hier niets van? Dan hoeft u niets te doen: uw aanmelding blijft\n"
                "zoals die was." % code)
    else:
        rest = ("Stuur uw verzoek opnieuw, met de referentiecode uit uw bevestiging.\n"
                "Bent u de code kwijt? Antwoord dan op deze mail; het secretariaat\n"
                "helpt u verder.")
    body = ("Beste %s,\n\nWij ontvingen een verzoek om %s%s.\n"
            "Zo'n wijziging voeren wij alleen uit met de referentiecode uit de\n"
            "bevestiging, zodat niemand anders uw aanmelding kan wijzigen.\n\n"
            "%s\n\n%s"
            % (name or "heer/mevrouw", what,
               ("\n(onderwerp: \"%s\")" % subject) if subject else "", rest,
               SIG_NL))
    return subj, body


def already_en(name, code, email, status_text):
    subj = "You are already registered for %s [%s]" % (TITLE, code)
    body = ("Dear %s,\n\nWe received another registration for %s. You are already\n"
            "registered; this second registration does not take another seat.\n\n"
            "Your reference code: %s\nStatus: %s\n\n"
            "To change your details or register a colleague, reply to this mail\n"
            "and the secretariat will get back to you.\n\n%s"
            % (name, email, code, status_text, SIG_EN))
    return subj, body


def overview_en(name, people):
    """people: (name, email, code, status_text)."""
    subj = "Overview of your registrations: %s" % TITLE
    lines = []
    for n, e, c, s in people:
        lines.append("- %s <%s>" % (n, e))
        lines.append("  Reference code %s: %s" % (c, s))
    body = ("Dear %s,\n\nThank you for registering your colleagues for the course\n"
            "\"%s\".\nThis is where each registration stands:\n\n%s\n\n"
            "Every participant also gets a confirmation or waiting-list notice of\n"
            "their own, with the programme and the reference code. With that code\n"
            "they can cancel or send a colleague.\n\n%s"
            % (name or "Sir or Madam", TITLE, "\n".join(lines), SIG_EN))
    return subj, body


def promotion_en(name, code, org, role, email, free=False, **kw):
    subj = "You have a seat: %s [%s]" % (TITLE, code)
    body = ("Dear %s,\n\nGood news: a seat has become free in the course\n\"%s\".\n"
            "You were on the waiting list and now have a confirmed seat.\n\n"
            "Your reference code stays %s.\n\n"
            "This is what we noted:\n\n%s\n\n%s\n\n"
            "The attachment \"calendar.ics\" holds all days for your calendar.\n\n"
            "%s\n\nIf you cannot come after all, please cancel as soon as possible, so\n"
            "the seat goes to the next person on the waiting list.\n\n%s\n\n%s"
            % (name, TITLE, code,
               details_en(name, org, role, email, free=free, **kw), PROG_EN,
               terms_en(free, kw.get("ir")), changes_en(code), SIG_EN))
    return subj, body


def ics_reply(uid, attendee, cn, partstat, stamp, comment=None, prodid=None,
              dtstart="20100601T094500", dtend="20100601T163000",
              summary=TITLE, crlf=False):
    """An iMIP REPLY for one course day (the robot's agenda.ics events).

    Lines end in LF as the mail is stored (CRLF only for a base64 copy)."""
    lines = ["BEGIN:VCALENDAR",
             "PRODID:" + (prodid or "-//Microsoft Corporation//Outlook 12.0 MIMEDIR//EN"),
             "VERSION:2.0", "METHOD:REPLY", "BEGIN:VEVENT",
             "ATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s" % (partstat, cn, attendee),
             "ORGANIZER:mailto:aanmelden@example.org",
             "DTSTART;TZID=Europe/Amsterdam:" + dtstart,
             "DTEND;TZID=Europe/Amsterdam:" + dtend,
             "DTSTAMP:" + _t(stamp).strftime("%Y%m%dT%H%M00Z"),
             "SEQUENCE:0", "SUMMARY:" + summary,
             "UID:" + uid]
    if comment:
        lines.append("COMMENT:" + comment)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    eol = "\r\n" if crlf else "\n"
    return eol.join(lines) + eol
