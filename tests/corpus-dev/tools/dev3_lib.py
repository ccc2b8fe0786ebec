"""Shared pieces of the development set dev3 (tests/corpus-dev/dev3).

The client shapes and the robot's own mails come from the held-out sets'
tools (tests/corpus-heldout/tools/set2_lib.py ... set8_lib.py) and the
organiser's invitation from dev2_lib.py, imported here under a Message-ID
seed of this set's own. What lives here is only what those do not have:
the robot's mail as it was really sent (its text with the calendar
attachment, for the bounces that return it whole), that calendar file, a
To: header with an encoded name, Message-ID helpers for mail typed byte
for byte, Gmail's shape with its Message-ID host under example.com, and a
register of codes so that each code belongs to one person. The text of
every message and every label is typed by hand in dev3_batch*.py.
"""
import datetime
import email.utils
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT_TOOLS = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                             "corpus-heldout", "tools")
if HELDOUT_TOOLS not in sys.path:
    sys.path.insert(0, HELDOUT_TOOLS)

import lib  # noqa: E402
import set2_lib  # noqa: E402
from set8_lib import *  # noqa: E402,F401,F403
from set8_lib import (add, plain, tb, outlook, gmail, apple, iphone,  # noqa: E402,F401
                      webmail, with_attachments, rfc822_part, d, h, _hdr,
                      nxt, quote, P, ROBOT, ORG, TITLE, PROG_NL, PROG_EN,
                      SIG_NL, SIG_EN, notes, groupwise, oe, yahoo,
                      hotmail_html, outlook_quote_nl, outlook_quote_en,
                      outlook2010, macoutlook, owa, outlook2003, kmail, gmx,
                      html_mail, alt_mail, details_nl, details_en, conf_nl,
                      conf_en, wait_nl, wait_en, incomplete_nl, incomplete_en,
                      THEMES, ok_code, when_nl, when_en, outlook365,
                      o365_quote_nl, o365_quote_en, ios, ios_quote_nl,
                      ios_quote_en, proton, fastmail, roundcube, samsung,
                      samsung_quote_nl, outlook_android, zoho, sogo,
                      reminder_nl, reminder_en, status_nl, cancelled_nl,
                      question_nl, robot_mail, robot_headers, robot_mid,
                      tb115, gmail2, macmail, emclient, ox, spark,
                      outlookcom, received_nl, help_nl, robot_headers_plain)
from set6_lib import received_en  # noqa: E402,F401
from dev2_lib import INVITE_SUBJ, INVITE_NL  # noqa: E402,F401
from lib import Raw, X, R, attachment  # noqa: E402,F401
import set8_lib  # noqa: E402

# set8_lib and dev2_lib set their own seeds on import; this set has its own.
set2_lib.ID_SEED = "dev3/"

# ---- each code belongs to one person throughout the set ------------------

_CODES = {}


def code(c, who):
    """A code typed in a batch file, checked (Crockford base 32) and kept
    to one person: the same code for another name is an error."""
    ok_code(c)
    assert _CODES.setdefault(c, who) == who, (c, who, _CODES[c])
    return c


# ---- Message-IDs for mail typed byte for byte ----------------------------

def mid_hex(tag, n=16):
    return h("raw", tag)[:n]


def mid_exchange(tag, dom):
    """An Exchange 2010 / Microsoft 365 style Message-ID."""
    x = h("exch", tag)
    return "<%s%s@%s>" % (x[:8].upper(), x[8:40].upper(), dom)


# ---- the robot's mail as it was sent -------------------------------------

DAY_DATES = {1: "20100601", 2: "20100923", 3: "20101102", 4: "20101123"}


def ics_request(name, email, code_, stamp, days=(1, 2, 3, 4), lang="nl"):
    """The calendar file the robot attaches to a confirmation.

    One VEVENT per course day, sent as a request from the robot's address,
    so that calendar programs can answer it."""
    lt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    off = 2 if d(stamp).endswith("+0200") else 1
    t = (lt - datetime.timedelta(hours=off)).strftime("%Y%m%dT%H%M00Z")
    out = ["BEGIN:VCALENDAR", "VERSION:2.0",
           "PRODID:-//regbot//deSTADSWIJKstudies Almere//%s" % lang.upper(),
           "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
           "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
           "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
           "TZNAME:CEST", "END:DAYLIGHT", "BEGIN:STANDARD",
           "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
           "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
           "TZNAME:CET", "END:STANDARD", "END:VTIMEZONE"]
    for n in days:
        out += ["BEGIN:VEVENT",
                "UID:regbot-%s-dag%d@example.org" % (code_, n),
                "DTSTAMP:%s" % t,
                "DTSTART;TZID=Europe/Amsterdam:%sT094500" % DAY_DATES[n],
                "DTEND;TZID=Europe/Amsterdam:%sT163000" % DAY_DATES[n],
                "SUMMARY:deSTADSWIJKstudies Almere\\, dag %d: %s" % (n, THEMES[n]),
                "LOCATION:De Nieuwe Bibliotheek\\, Nieuwe Lokaal (4de verdieping)"
                "\\, Stadhuisplein 101\\, 1315 XC Almere",
                "DESCRIPTION:%s\\nReferentiecode: %s" % (TITLE, code_),
                "ORGANIZER;CN=deSTADSWIJKstudies Almere:mailto:aanmelden@example.org",
                "ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                "RSVP=TRUE:mailto:%s" % (name, email),
                "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\n".join(fold(l) for l in out)


def fold(line, width=75):
    """RFC 5545 folding: lines longer than 75 octets go on with a space."""
    data = line.encode("utf-8")
    if len(data) <= width:
        return line
    pieces, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (width if not pieces else width - 1):
            pieces.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    pieces.append(cur.decode("utf-8"))
    return "\n ".join(pieces)


def to_hdr(name, email_):
    """A To: header as the robot writes it (RFC 2047 for a name with
    accents)."""
    return email.utils.formataddr((name, email_), charset="utf-8")


def robot_sent(subj, body, kind, code_, to_name, to_email, date, lang="nl",
               ics=True, auto="auto-replied"):
    """The robot's mail whole, as a bounce returns it: the header block of
    set7_lib.robot_headers, then the text and (for a confirmation) the
    calendar file."""
    head = robot_headers(subj, kind, code_, to_hdr(to_name, to_email),
                         date, lang, auto)
    b = "=_regbot_" + h("b", kind, code_)[:12]
    parts = ["", "--" + b, "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", "", body, ""]
    if ics:
        fname = "agenda.ics" if lang == "nl" else "calendar.ics"
        parts += ["--" + b,
                  "Content-Type: text/calendar; charset=utf-8; method=REQUEST;"
                  " name=\"%s\"" % fname,
                  "Content-Disposition: attachment; filename=\"%s\"" % fname,
                  "Content-Transfer-Encoding: 8bit", "",
                  ics_request(to_name, to_email, code_, date, lang=lang), ""]
    parts.append("--" + b + "--")
    return head + "\n".join(parts) + "\n"


def gmail2(frm, subj, date, body, **kw):
    """set8_lib.gmail2, with the Message-ID's host under example.com (the
    set keeps every address-like string under the example domains)."""
    m = set8_lib.gmail2(frm, subj, date, body, **kw)
    m.replace_header("Message-ID", m["Message-ID"].replace(
        "@mail.gmail.com>", "@mail.gmail.example.com>"))
    return m
