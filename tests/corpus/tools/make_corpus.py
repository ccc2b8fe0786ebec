#!/usr/bin/env python3
"""make_corpus.py — writes the labelled corpus in tests/corpus/.

Each message is NNN-slug.eml with NNN-slug.expect beside it: what a careful
secretary reads in it (see tests/corpus/README.md for the format).  Messages
come in three kinds:

  * written by real clients on this machine: mutt, s-nail and swaks
    (--dump-mail), each run with a throw-away configuration whose
    "sendmail" only copies the message out;
  * written in the shapes of Outlook/Exchange, Gmail, Apple Mail and
    Thunderbird as those clients send them (headers, MIME structure,
    charsets, transfer encodings, HTML idioms, reply and forward styles);
  * robots: auto-replies, bounces, receipts, list and bulk mail.

People are placeholders ("Deelnemer Een", "Participant Two", "Voorbeeld
Persoon"), organisations "Stichting Voorbeeld" and the like, addresses under
example.org, example.nl and almere.nl.  Run it from anywhere; it rewrites
the corpus (the client-written messages get new dates and boundaries).
Clients that are not installed are skipped with a note, so their messages
keep the committed copy.
"""
import base64
import os
import quopri
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ROBOT = "aanmelden@example.org"
MSGS = []


def add(slug, raw, **exp):
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    MSGS.append((slug, raw, exp))


# ---- encodings ------------------------------------------------------------

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(text, charset="utf-8"):
    data = text.encode(charset) if isinstance(text, str) else text
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def ew(text, charset="utf-8", kind="Q"):
    """An RFC 2047 encoded word."""
    data = text.encode(charset)
    if kind == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(data).decode())
    out = ""
    for c in data:
        ch = chr(c)
        if ch == " ":
            out += "_"
        elif ch.isalnum() and c < 128:
            out += ch
        else:
            out += "=%02X" % c
    return "=?%s?Q?%s?=" % (charset, out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def head(frm, subject, date, mid, to=ROBOT, extra=""):
    h = "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        frm, to, subject, date, mid)
    return h + extra


# ---- client shapes ----------------------------------------------------------

OUTLOOK_STYLE = ("<style><!--\n/* Font Definitions */\n@font-face\n"
                 "\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, "
                 "div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
                 "font-size:11.0pt;font-family:\"Calibri\",\"sans-serif\";}"
                 "\n--></style>")


def outlook_html(paras, extra_html=""):
    body = "".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>\n' %
        (p if p else "&nbsp;") for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"><meta name="Generator" '
            'content="Microsoft Word 12 (filtered medium)">' +
            OUTLOOK_STYLE + '</head><body lang="NL" link="blue" '
            'vlink="purple"><div class="WordSection1">\n' + body +
            extra_html + '</div></body></html>\n')


def outlook(frm, subject, date, n, plain=None, html=None, cs="windows-1252",
            extra="", lang="nl-NL"):
    """Outlook 2007/2010 through Exchange: multipart/alternative, QP."""
    mid = "<%08X%s@EXCH01.example.org>" % (0x5A1B2C00 + n, "A" * 4)
    bnd = "_000_%08XAAAAEXCH01exampleorg_" % (0x5A1B2C00 + n)
    h = head(frm, subject, date, mid, to='"%s" <%s>' % (ROBOT, ROBOT),
             extra="Thread-Topic: %s\nThread-Index: AcrrYk1Qq3m1zX0nT0C3"
                   "T0k1nV5f%02d==\nAccept-Language: %s, en-US\n"
                   "Content-Language: %s\nX-MS-Has-Attach:\n"
                   "X-MS-TNEF-Correlator:\n" % (subject, n % 100, lang,
                                                lang) + extra)
    if plain is not None and html is not None:
        body = ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n"
                "MIME-Version: 1.0\n\n--%s\nContent-Type: text/plain; "
                "charset=\"%s\"\nContent-Transfer-Encoding: "
                "quoted-printable\n\n%s\n--%s\nContent-Type: text/html; "
                "charset=\"%s\"\nContent-Transfer-Encoding: "
                "quoted-printable\n\n%s\n--%s--\n" %
                (bnd, bnd, cs, qp(plain, cs), bnd, cs, qp(html, cs), bnd))
    elif html is not None:
        body = ("Content-Type: text/html; charset=\"%s\"\n"
                "Content-Transfer-Encoding: quoted-printable\n"
                "MIME-Version: 1.0\n\n%s" % (cs, qp(html, cs)))
    else:
        body = ("Content-Type: text/plain; charset=\"%s\"\n"
                "Content-Transfer-Encoding: quoted-printable\n"
                "MIME-Version: 1.0\n\n%s" % (cs, qp(plain, cs)))
    return crlf(h + body)


def gmail_html(lines):
    out = '<div dir="ltr">'
    for l in lines:
        out += "<div>%s</div>" % (l if l else "<br>")
    return out + "</div>\n"


def gmail(frm, subject, date, n, plain, html, cs="UTF-8", cte="qp",
          extra=""):
    """Gmail 2010: multipart/alternative, QP or base64 bodies."""
    mid = "<AANLkTi%sx%04dGmailVoorbeeld@mail.gmail.com>" % ("k" * 3, n)
    bnd = "0016e6d99b6d1a2f8b0485%04d" % n
    enc = (lambda t: qp(t, cs)) if cte == "qp" else (lambda t: b64(t, cs))
    name = "quoted-printable" if cte == "qp" else "base64"
    h = ("MIME-Version: 1.0\n" +
         head(frm, subject, date, mid, extra=extra) +
         "Content-Type: multipart/alternative; boundary=%s\n\n" % bnd)
    body = ("--%s\nContent-Type: text/plain; charset=%s\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s\n"
            "Content-Type: text/html; charset=%s\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n" %
            (bnd, cs, name, enc(plain), bnd, cs, name, enc(html), bnd))
    return h + body


def apple(frm, subject, date, n, plain, html=None, cs="us-ascii",
          extra="", parts=None):
    """Apple Mail 4 (2010): QP, tab-folded Content-Type."""
    mid = "<A1B2C3D4-E5F6-4711-8899-%012X@example.nl>" % n
    bnd = "Apple-Mail-%d-%09d" % (n, 123456789 + n)
    h = (head(frm, subject, date, mid, extra=extra) +
         "Mime-Version: 1.0 (Apple Message framework v1078)\n"
         "X-Mailer: Apple Mail (2.1078)\n")
    if parts is not None:
        body = "Content-Type: multipart/mixed; boundary=%s\n\n" % bnd
        for p in parts:
            body += "--%s\n%s\n" % (bnd, p)
        return h + body + "--%s--\n" % bnd
    if html is None:
        return (h + "Content-Type: text/plain; charset=%s\n"
                "Content-Transfer-Encoding: quoted-printable\n\n%s" %
                (cs, qp(plain, "utf-8" if cs.lower() == "utf-8" else
                        "latin-1")))
    c = "utf-8" if cs.lower() == "utf-8" else "latin-1"
    return (h + "Content-Type: multipart/alternative; boundary=%s\n\n"
            "--%s\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Type: text/plain;\n\tcharset=%s\n\n%s\n--%s\n"
            "Content-Transfer-Encoding: quoted-printable\n"
            "Content-Type: text/html;\n\tcharset=%s\n\n%s\n--%s--\n" %
            (bnd, bnd, cs, qp(plain, c), bnd, cs,
             qp("<html><body style=\"word-wrap: break-word; "
                "-webkit-nbsp-mode: space; -webkit-line-break: "
                "after-white-space; \">" + html + "</body></html>", c),
             bnd))


def flow(text, width=72):
    """format=flowed: soft breaks are a space at the line's end."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out) + "\n"


def thunderbird(frm, subject, date, n, text, extra="", cs="UTF-8",
                flowed=True):
    mid = "<4BDFE1A2.%07d@example.org>" % (6040305 + n)
    return ("Message-ID: %s\nDate: %s\nFrom: %s\nUser-Agent: Mozilla/5.0 "
            "(Windows; U; Windows NT 6.1; nl; rv:1.9.1.9) Gecko/20100317 "
            "Thunderbird/3.0.4\nMIME-Version: 1.0\nTo: %s\nSubject: %s\n%s"
            "Content-Type: text/plain; charset=%s%s\n"
            "Content-Transfer-Encoding: 8bit\n\n" %
            (mid, date, frm, ROBOT, subject, extra, cs,
             "; format=flowed" if flowed else "")).encode("ascii") + \
        (flow(text) if flowed else text).encode(
            "utf-8" if cs.upper() == "UTF-8" else "latin-1")


def plainmail(frm, subject, date, mid, text, cs="utf-8", cte="8bit",
              extra="", ua=""):
    h = head(frm, subject, date, mid, extra=extra) + ua
    if cte == "base64":
        body = b64(text, cs)
    elif cte == "quoted-printable":
        body = qp(text, cs)
    else:
        body = text
    raw = (h + "MIME-Version: 1.0\nContent-Type: text/plain; charset=%s\n"
           "Content-Transfer-Encoding: %s\n\n" % (cs, cte)).encode("utf-8")
    return raw + (body.encode(cs) if cte == "8bit" else body.encode("ascii"))


# ---- real clients -----------------------------------------------------------

class Clients:
    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix="corpus-")
        self.catch = os.path.join(self.tmp, "catch.sh")
        with open(self.catch, "w") as f:
            f.write('#!/bin/sh\ncat > "$CATCH_OUT"\n')
        os.chmod(self.catch, 0o755)

    def close(self):
        shutil.rmtree(self.tmp)

    def _file(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path

    def _run(self, argv, body, env_extra=None):
        out = os.path.join(self.tmp, "out.eml")
        if os.path.exists(out):
            os.unlink(out)
        env = dict(os.environ, CATCH_OUT=out, HOME=self.tmp, TZ="UTC",
                   LC_ALL="C.UTF-8")
        env.update(env_extra or {})
        subprocess.run(argv, input=body.encode("utf-8"), env=env,
                       cwd=self.tmp, check=True, capture_output=True)
        with open(out, "rb") as f:
            return f.read()

    def mutt(self, frm, subject, body, attach=(), charset="utf-8"):
        if not shutil.which("mutt"):
            return None
        rc = self._file("muttrc",
                        'set sendmail="%s"\nset from="%s"\nset use_from=yes\n'
                        'set hostname="example.org"\nset charset="utf-8"\n'
                        'set send_charset="us-ascii:%s:utf-8"\nset copy=no\n'
                        'set record=""\nset user_agent=yes\n' %
                        (self.catch, frm, charset))
        argv = ["mutt", "-n", "-F", rc, "-s", subject]
        for name, data in attach:
            argv += ["-a", self._file(name, data)]
        argv += ["--", ROBOT]
        return self._run(argv, body)

    def snail(self, frm, subject, body, attach=()):
        if not shutil.which("s-nail"):
            return None
        argv = ["s-nail", "-:/", "-S", "mta=" + self.catch, "-S",
                "from=" + frm, "-S", "hostname=example.org", "-S",
                "sendcharsets=utf-8", "-s", subject]
        for name, data in attach:
            argv += ["-a", self._file(name, data)]
        argv += [ROBOT]
        return self._run(argv, body)

    def swaks(self, frm, subject, body, headers=(), attach=()):
        if not shutil.which("swaks"):
            return None
        argv = ["swaks", "--dump-mail", "--to", ROBOT, "--from", frm,
                "--header", "Subject: " + subject, "--body", body]
        for h in headers:
            argv += ["--header", h]
        for name, ctype, data in attach:
            argv += ["--attach-type", ctype, "--attach-name", name,
                     "--attach", "@" + self._file(name, data)]
        r = subprocess.run(argv, env=dict(os.environ, TZ="UTC"),
                           capture_output=True, check=True)
        return r.stdout


# ---- the messages -------------------------------------------------------------

def P(name=None, email=None, org=None, role=None, phone=None, diet=None,
      inv=None, ref=None):
    d = {"name": name, "email": email, "organisation": org, "role": role,
         "phone": phone, "diet": diet, "invoice_address": inv,
         "invoice_reference": ref}
    return {k: v for k, v in d.items() if v is not None}


ORG = "Stichting Voorbeeld"
INV = "Stichting Voorbeeld, t.a.v. crediteurenadministratie, Postbus 123, 1300 AA Almere"
D = "Tue, 4 May 2010 %s +0200"

NL_FORM = """Beste organisatie,

Hierbij meld ik mij aan voor de leergang deSTADSWIJKstudies.

Naam: Deelnemer Een
E-mailadres: een@example.org
Organisatie: Stichting Voorbeeld
Functie: beleidsmedewerker
Telefoon: 036 123 45 67
Dieetwensen: vegetarisch

Met vriendelijke groet,

Deelnemer Een
"""


def robots():
    add("robot-outlook-ooo-nl", crlf(
        head("Deelnemer Een <een@example.org>",
             "Automatisch antwoord: Aanmelding leergang", D % "10:12:40",
             "<5A1B2C99AAAA@EXCH01.example.org>",
             extra="Auto-Submitted: auto-generated\n"
                   "X-Auto-Response-Suppress: All\n"
                   "X-MS-Exchange-Inbox-Rules-Loop: een@example.org\n") +
        "MIME-Version: 1.0\nContent-Type: text/plain; "
        "charset=\"windows-1252\"\nContent-Transfer-Encoding: "
        "quoted-printable\n\n" +
        qp("Ik ben afwezig tot en met 10 mei. Voor dringende zaken kunt u "
           "contact opnemen met het secretariaat.\n", "windows-1252")),
        intent="-", lang="-", robot="yes")
    add("robot-exchange-ooo-en", crlf(
        head("Participant Two <two@example.org>",
             "Automatic reply: Registration", D % "10:13:02",
             "<5A1B2C98AAAA@EXCH02.example.org>",
             extra="Auto-Submitted: auto-replied\n") +
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "I am out of the office until 10 May with no access to e-mail.\n"
        "Name: Participant Two\nPhone: 036 555 0101\n"),
        intent="-", lang="-", robot="yes")
    add("robot-gmail-vacation", 
        head("Voorbeeld Persoon <persoon@example.nl>",
             "Re: Uw aanmelding", D % "11:00:00",
             "<AANLkTikVacation0001@mail.gmail.com>",
             extra="Auto-Submitted: auto-replied\nPrecedence: bulk\n") +
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
        "Ik ben op vakantie. Hierbij meld ik mij niet af.\n",
        intent="-", lang="-", robot="yes")
    add("robot-ooo-subject-only", plainmail(
        "Deelnemer Drie <drie@example.org>", "Afwezigheidsmelding: tot 17 mei",
        D % "11:01:00", "<ooo-drie-0001@example.org>",
        "Beste afzender,\n\nIk ben afwezig tot 17 mei.\n\nGroet,\nDeelnemer Drie\n"),
        intent="-", lang="-", robot="yes")
    add("robot-postfix-bounce",
        "Return-Path: <>\n" +
        head("MAILER-DAEMON@mx.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender", D % "11:02:00",
             "<20100504090200.1A2B3C@mx.example.org>") +
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"1A2B3C.1272963720/mx.example.org\"\n\n"
        "--1A2B3C.1272963720/mx.example.org\nContent-Description: "
        "Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.example.org.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<onbekend@example.nl>: host mx.example.nl said: 550 5.1.1 "
        "User unknown\n\n"
        "--1A2B3C.1272963720/mx.example.org\nContent-Description: "
        "Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; "
        "onbekend@example.nl\nAction: failed\nStatus: 5.1.1\n\n"
        "--1A2B3C.1272963720/mx.example.org\nContent-Description: "
        "Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: " + ROBOT + "\nTo: onbekend@example.nl\nSubject: "
        "Bevestiging aanmelding\n\nNaam: Deelnemer Een\n\n"
        "--1A2B3C.1272963720/mx.example.org--\n",
        intent="-", lang="-", robot="yes")
    add("robot-exim-bounce",
        head("Mail Delivery System <Mailer-Daemon@mail.example.nl>",
             "Mail delivery failed: returning message to sender",
             D % "11:03:00", "<E1O9ABC-0001Xy-Ab@mail.example.nl>",
             extra="X-Failed-Recipients: onbekend@example.nl\n"
                   "Auto-Submitted: auto-replied\n") +
        "\nThis message was created automatically by mail delivery "
        "software.\n\nA message that you sent could not be delivered.\n\n"
        "------ This is a copy of the message, including all the "
        "headers. ------\n\nSubject: Aanmelding\n\nNaam: Deelnemer Vier\n",
        intent="-", lang="-", robot="yes")
    add("robot-exchange-ndr", crlf(
        head("postmaster@example.org", "Onbestelbaar: Aanmelding leergang",
             D % "11:04:00", "<ndr-0001@EXCH01.example.org>") +
        "MIME-Version: 1.0\nContent-Type: multipart/report; "
        "report-type=delivery-status;\n\tboundary=\"ndr_b\"\n\n--ndr_b\n"
        "Content-Type: text/plain; charset=\"us-ascii\"\n\nDe bezorging "
        "is mislukt voor deze ontvangers of groepen:\n\nonbekend@example.nl"
        "\n\n--ndr_b\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;EXCH01.example.org\n\n--ndr_b--\n"),
        intent="-", lang="-", robot="yes")
    add("robot-mailing-list", plainmail(
        "Voorbeeld Persoon <persoon@example.nl>",
        "[sociaal-domein] Aanmelden leergang Almere", D % "11:05:00",
        "<list-0001@lists.example.nl>",
        "Hallo allen,\n\nWie gaat er mee? Aanmelden kan via "
        "aanmelden@example.org.\n\nNaam: Voorbeeld Persoon\n",
        extra="List-Id: Sociaal domein <sociaal-domein.lists.example.nl>\n"
              "Precedence: list\nList-Unsubscribe: "
              "<mailto:sociaal-domein-leave@lists.example.nl>\n"),
        intent="-", lang="-", robot="yes")
    add("robot-newsletter-bulk", gmail(
        "Nieuwsbrief Voorbeeld <nieuws@example.nl>",
        "Nieuwsbrief mei: meld u aan voor de leergang!", D % "11:06:00", 9001,
        "Meld u nu aan voor de leergang.\nAfmelden voor deze nieuwsbrief? "
        "Klik hier.\n",
        gmail_html(["Meld u nu aan voor de leergang.",
                    "Afmelden voor deze nieuwsbrief? Klik hier."]),
        extra="Precedence: bulk\nList-Unsubscribe: "
              "<https://nieuws.example.nl/afmelden>\n"),
        intent="-", lang="-", robot="yes")
    add("robot-own-address-loop", plainmail(
        "deSTADSWIJKstudies Almere <" + ROBOT + ">",
        "Bevestiging aanmelding Almere [K7M2P-Q9R4T]", D % "11:07:00",
        "<confirmation-K7M2P-Q9R4T@example.org>",
        "Beste Deelnemer Een,\n\nU bent aangemeld.\n",
        extra="Auto-Submitted: auto-replied\n"),
        intent="-", lang="-", robot="yes")
    add("robot-x-loop", plainmail(
        "Doorstuur Regel <regel@example.nl>", "Aanmelding", D % "11:08:00",
        "<loop-0001@example.nl>",
        "Naam: Deelnemer Een\nOrganisatie: Stichting Voorbeeld\n",
        extra="X-Loop: " + ROBOT + "\n"),
        intent="-", lang="-", robot="yes")
    add("robot-read-receipt",
        head("Deelnemer Een <een@example.org>",
             "Gelezen: Bevestiging aanmelding", D % "11:09:00",
             "<mdn-0001@example.org>") +
        "MIME-Version: 1.0\nContent-Type: multipart/report; "
        "report-type=disposition-notification; boundary=\"mdn\"\n\n"
        "--mdn\nContent-Type: text/plain; charset=utf-8\n\nUw bericht is "
        "gelezen.\n--mdn\nContent-Type: message/disposition-notification"
        "\n\nFinal-Recipient: rfc822;een@example.org\nDisposition: "
        "manual-action/MDN-sent-manually; displayed\n--mdn--\n",
        intent="-", lang="-", robot="yes")
    add("robot-dovecot-vacation", plainmail(
        "Participant Three <three@example.org>", "Out of Office: Registration",
        D % "11:10:00", "<vacation-0001@example.org>",
        "I am away until Monday.\n",
        extra="Auto-Submitted: auto-replied (vacation)\nX-Autoreply: yes\n"),
        intent="-", lang="-", robot="yes")
    add("robot-noreply-system", plainmail(
        "Agenda Systeem <noreply@example.nl>", "Uitnodiging: leergang dag 1",
        D % "11:11:00", "<agenda-0001@example.nl>",
        "U bent uitgenodigd voor dag 1. Aanmelden via de agenda.\n"),
        intent="-", lang="-", robot="yes")


def forms(C):
    add("form-nl-plain-utf8", plainmail(
        "Deelnemer Een <een@example.org>", "Aanmelding leergang",
        D % "09:00:00", "<form-nl-0001@example.org>", NL_FORM),
        intent="register", lang="nl",
        people=[P("Deelnemer Een", "een@example.org", ORG,
                  "beleidsmedewerker", "036 123 45 67", "vegetarisch")])
    raw = C.mutt("Deelnemer Twee <twee@example.org>", "Aanmelding leergang Almere",
                 "Beste,\n\nGraag meld ik mij aan.\n\nNaam: Deelnemer Twee\n"
                 "Organisatie: Co\u00f6peratie Buurtwerk Voorbeeld\n"
                 "Functie: co\u00f6rdinator vrijwilligerswerk\n"
                 "Telefoon: 06 12 34 56 78\nDieetwensen/allergie\u00ebn: "
                 "geen\nFactuuradres: Co\u00f6peratie Buurtwerk Voorbeeld, "
                 "Postbus 45, 1300 AB Almere\nKenmerk: BW-2010-17\n\n"
                 "Groet,\nDeelnemer Twee\n", charset="iso-8859-1")
    if raw:
        add("mutt-form-latin1", raw, intent="register", lang="nl",
            people=[P("Deelnemer Twee", "twee@example.org",
                      "Co\u00f6peratie Buurtwerk Voorbeeld",
                      "co\u00f6rdinator vrijwilligerswerk",
                      "06 12 34 56 78", "geen",
                      "Co\u00f6peratie Buurtwerk Voorbeeld, Postbus 45, "
                      "1300 AB Almere", "BW-2010-17")])
    raw = C.snail("Participant Two <two@example.org>", "Registration",
                  "Dear organisers,\n\nPlease register me for the course.\n\n"
                  "Name: Participant Two\nE-mail: two@example.org\n"
                  "Organization: Example Foundation for Community Care\n"
                  "Job title: policy adviser\nMobile: +31 6 1234 5678\n"
                  "Dietary requirements: no nuts\nInvoice address: Example "
                  "Foundation, Postbus 9, 1300 AB Almere\nPurchase order: "
                  "PO-88812\n\nKind regards,\nParticipant Two\n")
    if raw:
        add("snail-form-en", raw, intent="register", lang="en",
            people=[P("Participant Two", "two@example.org",
                      "Example Foundation for Community Care",
                      "policy adviser", "+31 6 1234 5678", "no nuts",
                      "Example Foundation, Postbus 9, 1300 AB Almere",
                      "PO-88812")])
    raw = C.swaks("drie@almere.nl", "aanmelding",
                  "Naam: Deelnemer Drie\nOrganisatie: Gemeente Almere, Dienst "
                  "Maatschappelijke Ontwikkeling\nFunctie: senior "
                  "beleidsmedewerker\nTel.: 036 539 99 11\n",
                  headers=["Date: " + D % "09:03:00",
                           "Message-Id: <swaks-drie-0001@almere.nl>"])
    if raw:
        add("swaks-form-gemeente", raw, intent="register", lang="nl",
            people=[P("Deelnemer Drie", "drie@almere.nl",
                      "Gemeente Almere, Dienst Maatschappelijke Ontwikkeling",
                      "senior beleidsmedewerker", "036 539 99 11")])
    plain = ("Beste,\n\nHierbij meld ik mij aan voor de leergang.\n\n"
             "Naam: Deelnemer Vier\nOrganisatie: Co\u00f6peratie Voorbeeld\n"
             "Functie: opbouwwerker\nTelefoon: 036 - 123 4567\n"
             "Dieetwensen: geen vis \u2013 graag \u201cvegetarisch\u201d\n\n"
             "Met vriendelijke groet,\n\nDeelnemer Vier\n")
    add("outlook-form-cp1252", outlook(
        "Deelnemer Vier <vier@example.org>", "Aanmelding leergang",
        D % "09:04:00", 1, plain,
        outlook_html(["Beste,", "", "Hierbij meld ik mij aan voor de "
                      "leergang.", "", "Naam: Deelnemer Vier",
                      "Organisatie: Co&ouml;peratie Voorbeeld",
                      "Functie: opbouwwerker", "Telefoon: 036 - 123 4567",
                      "Dieetwensen: geen vis &#8211; graag &#8220;"
                      "vegetarisch&#8221;", "", "Met vriendelijke groet,",
                      "", "Deelnemer Vier"])),
        intent="register", lang="nl",
        people=[P("Deelnemer Vier", "vier@example.org",
                  "Co\u00f6peratie Voorbeeld", "opbouwwerker",
                  "036 - 123 4567",
                  "geen vis \u2013 graag \u201cvegetarisch\u201d")])
    add("outlook-html-only", outlook(
        "Deelnemer Vijf <vijf@example.org>", "Aanmelding", D % "09:05:00", 2,
        html=outlook_html(["Goedemorgen,", "", "Graag meld ik mij aan.",
                           "", "<b>Naam:</b> Deelnemer Vijf",
                           "<b>Organisatie:</b> Zorggroep Voorbeeld",
                           "<b>Functie:</b> wijkverpleegkundige",
                           "<b>Telefoon:</b> 06-11223344", "",
                           "Groet,", "Deelnemer Vijf"])),
        intent="register", lang="nl",
        people=[P("Deelnemer Vijf", "vijf@example.org", "Zorggroep Voorbeeld",
                  "wijkverpleegkundige", "06-11223344")])
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" '
             'cellpadding="0">' + "".join(
                 '<tr><td width="200" valign="top"><p class="MsoNormal">%s'
                 '<o:p></o:p></p></td><td width="300" valign="top">'
                 '<p class="MsoNormal">%s<o:p></o:p></p></td></tr>' % kv
                 for kv in [("Naam", "Deelnemer Zes"),
                            ("E-mailadres", "zes@example.org"),
                            ("Organisatie", "Woonstichting Voorbeeld"),
                            ("Functie", "consulent wonen"),
                            ("Factuuradres", "Woonstichting Voorbeeld<br>"
                             "Postbus 600<br>1300 AP Almere"),
                            ("Kenmerk", "WV-0045")]) + '</table>')
    add("outlook-html-table-kv", outlook(
        "Deelnemer Zes <zes@example.org>", "Aanmelding leergang",
        D % "09:06:00", 3,
        "Beste,\n\nZie onderstaande gegevens.\n\nNaam\nDeelnemer Zes\n"
        "E-mailadres\nzes@example.org\n\nGroet,\nDeelnemer Zes\n",
        outlook_html(["Beste,", "", "Zie onderstaande gegevens voor mijn "
                      "aanmelding.", ""], table +
                     '<p class="MsoNormal">Groet,<br>Deelnemer Zes</p>')),
        intent="register", lang="nl",
        people=[P("Deelnemer Zes", "zes@example.org", "Woonstichting Voorbeeld",
                  "consulent wonen", None, None,
                  "Woonstichting Voorbeeld, Postbus 600, 1300 AP Almere",
                  "WV-0045")])
    add("gmail-form-base64", gmail(
        "Participant Zeven <zeven@example.nl>", "Aanmelding leergang",
        D % "09:07:00", 1,
        "Hoi,\n\nHierbij mijn aanmelding:\n\nNaam: Participant Zeven\n"
        "Organisatie: Jeugdzorg Voorbeeld Flevoland\nFunctie: gezinscoach\n"
        "Mobiel: 06 98 76 54 32\n\nGroeten,\nParticipant Zeven\n",
        gmail_html(["Hoi,", "", "Hierbij mijn aanmelding:", "",
                    "Naam: Participant Zeven",
                    "Organisatie: Jeugdzorg Voorbeeld Flevoland",
                    "Functie: gezinscoach", "Mobiel: 06 98 76 54 32", "",
                    "Groeten,", "Participant Zeven"]), cte="base64"),
        intent="register", lang="nl",
        people=[P("Participant Zeven", "zeven@example.nl",
                  "Jeugdzorg Voorbeeld Flevoland", "gezinscoach",
                  "06 98 76 54 32")])
    add("gmail-labels-no-colon", gmail(
        "Participant Acht <acht@example.nl>", "Inschrijving",
        D % "09:08:00", 2,
        "Naam Participant Acht\nE-mail acht@example.nl\nOrganisatie "
        "Stichting Welzijn Voorbeeld Almere\nFunctie teamleider\n"
        "Telefoon 036 777 88 99\n",
        gmail_html(["Naam Participant Acht", "E-mail acht@example.nl",
                    "Organisatie Stichting Welzijn Voorbeeld Almere",
                    "Functie teamleider", "Telefoon 036 777 88 99"]),
        cs="ISO-8859-1"),
        intent="register", lang="nl",
        people=[P("Participant Acht", "acht@example.nl",
                  "Stichting Welzijn Voorbeeld Almere", "teamleider",
                  "036 777 88 99")])
    add("apple-form-qp", apple(
        "Voorbeeld Persoon <persoon@example.nl>", "Aanmelding deSTADSWIJKstudies",
        D % "09:09:00", 1,
        "Beste,\n\nIk meld mij graag aan.\n\nNaam: Voorbeeld Persoon\n"
        "Organisatie: Bibliotheek Voorbeeld\nFunctie: programmamaker\n"
        "Telefoon: 036 100 20 30\nDieet: glutenvrij\n\nGroet,\n"
        "Voorbeeld Persoon\n",
        "<div>Beste,</div><div><br></div><div>Ik meld mij graag aan.</div>"
        "<div><br></div><div>Naam: Voorbeeld Persoon</div><div>Organisatie: "
        "Bibliotheek Voorbeeld</div><div>Functie: programmamaker</div>"
        "<div>Telefoon: 036 100 20 30</div><div>Dieet: glutenvrij</div>"),
        intent="register", lang="nl",
        people=[P("Voorbeeld Persoon", "persoon@example.nl",
                  "Bibliotheek Voorbeeld", "programmamaker", "036 100 20 30",
                  "glutenvrij")])
    add("thunderbird-flowed-address", thunderbird(
        "Deelnemer Negen <negen@example.org>", "Aanmelding leergang Almere",
        "Tue, 04 May 2010 09:10:00 +0200", 1,
        "Hallo,\n\nHierbij meld ik mij aan voor de leergang.\n\n"
        "Naam: Deelnemer Negen\nOrganisatie: GGD Voorbeeld\n"
        "Functie: epidemioloog\nFactuuradres: GGD Voorbeeld, afdeling "
        "financi\u00eble administratie, t.a.v. mevrouw de crediteurenbeheerder, "
        "Postbus 1120, 1300 BC Almere\nInkoopordernummer: 4500012345\n\n"
        "Met vriendelijke groet,\nDeelnemer Negen\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Negen", "negen@example.org", "GGD Voorbeeld",
                  "epidemioloog", None, None,
                  "GGD Voorbeeld, afdeling financi\u00eble administratie, "
                  "t.a.v. mevrouw de crediteurenbeheerder, Postbus 1120, "
                  "1300 BC Almere", "4500012345")])
    add("thunderbird-html-only",
        "Message-ID: <4BDFE1A2.7000001@example.org>\nDate: Tue, 04 May 2010 "
        "09:11:00 +0200\nFrom: Deelnemer Tien <tien@example.org>\n"
        "User-Agent: Thunderbird 2.0.0.24 (Windows/20100228)\n"
        "MIME-Version: 1.0\nTo: " + ROBOT + "\nSubject: Aanmelding\n"
        "Content-Type: text/html; charset=ISO-8859-1\n"
        "Content-Transfer-Encoding: 7bit\n\n<!DOCTYPE html PUBLIC "
        "\"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
        "<meta content=\"text/html;charset=ISO-8859-1\" "
        "http-equiv=\"Content-Type\">\n</head>\n<body bgcolor=\"#ffffff\" "
        "text=\"#000000\">\nBeste,<br>\n<br>\nIk wil mij graag aanmelden."
        "<br>\n<br>\nNaam: Deelnemer Tien<br>\nInstelling: Humanitas "
        "Voorbeeld<br>\nFunctie: vrijwilligerscoördinator<br>\n"
        "<br>\nGroet,<br>\nDeelnemer Tien<br>\n</body>\n</html>\n",
        intent="register", lang="nl",
        people=[P("Deelnemer Tien", "tien@example.org", "Humanitas Voorbeeld",
                  "vrijwilligersco\u00f6rdinator")])
    add("latin1-8bit-allergieen", plainmail(
        "Deelnemer Elf <elf@example.org>", "aanmelding", D % "09:12:00",
        "<latin1-0001@example.org>",
        "Naam: Deelnemer Elf\nOrganisatie: Vluchtelingenwerk Voorbeeld\n"
        "Functie: co\u00f6rdinator\nDieetwensen/allergie\u00ebn: noten, "
        "pinda's\n", cs="iso-8859-1"),
        intent="register", lang="nl",
        people=[P("Deelnemer Elf", "elf@example.org",
                  "Vluchtelingenwerk Voorbeeld", "co\u00f6rdinator",
                  diet="noten, pinda's")])
    add("labels-with-typos", plainmail(
        "Deelnemer Twaalf <twaalf@example.org>", "Aanmelding", D % "09:13:00",
        "<typos-0001@example.org>",
        "Beste,\n\nIk meld me aan.\n\nnaam : Deelnemer Twaalf\nEmial: "
        "twaalf@example.org\nOrganistie: Stichting Voorbeeld\nFunctie/rol: "
        "wijkcoach\nTel nr: 06-22334455\nFaktuuradres: Stichting Voorbeeld, "
        "Postbus 123, 1300 AA Almere\nKostenplaats: 4711\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twaalf", "twaalf@example.org", ORG, "wijkcoach",
                  "06-22334455", None,
                  "Stichting Voorbeeld, Postbus 123, 1300 AA Almere", "4711")])
    add("english-labels-variants", plainmail(
        "Participant Thirteen <thirteen@example.org>", "Course registration",
        D % "09:14:00", "<en-labels-0001@example.org>",
        "Hello,\n\nI would like to register.\n\nFull name: Participant "
        "Thirteen\nEmail address: thirteen@example.org\nCompany: Example "
        "Youth Services\nPosition: youth worker\nTelephone: +31 36 555 0199\n"
        "Dietary requirements: vegan\nBilling address: Example Youth "
        "Services, Postbus 77, 1300 AC Almere\nPO number: EYS/2010/31\n\n"
        "Best regards,\nParticipant Thirteen\n"),
        intent="register", lang="en",
        people=[P("Participant Thirteen", "thirteen@example.org",
                  "Example Youth Services", "youth worker", "+31 36 555 0199",
                  "vegan", "Example Youth Services, Postbus 77, 1300 AC Almere",
                  "EYS/2010/31")])
    add("voornaam-achternaam", plainmail(
        "Deelnemer Veertien <veertien@example.org>", "Aanmelding",
        D % "09:15:00", "<vn-an-0001@example.org>",
        "Voornaam: Deelnemer\nTussenvoegsel: van der\nAchternaam: Veertien\n"
        "E-mail: veertien@example.org\nWerkgever: MEE Voorbeeld\n"
        "Functie: cli\u00ebntondersteuner\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer van der Veertien", "veertien@example.org",
                  "MEE Voorbeeld", "cli\u00ebntondersteuner")])
    add("encoded-subject-and-from", plainmail(
        ew("Deelnemer Vijft\u00ean", "iso-8859-1") + " <vijftien@example.org>",
        ew("Aanmelding leergang \u2013 dag 1 t/m 4", "utf-8", "B"),
        D % "09:16:00", "<ew-0001@example.org>",
        "Naam: Deelnemer Vijft\u00ean\nOrganisatie: Stichting Voorbeeld\n"
        "Functie: adviseur\n", cte="quoted-printable"),
        intent="register", lang="nl",
        people=[P("Deelnemer Vijft\u00ean", "vijftien@example.org", ORG,
                  "adviseur")])
    add("base64-plain-body", plainmail(
        "Deelnemer Zestien <zestien@example.org>", "Aanmelding",
        D % "09:17:00", "<b64-0001@example.org>",
        "Naam: Deelnemer Zestien\nOrganisatie: Buurtteam Voorbeeld\n"
        "Functie: sociaal werker\nTelefoon: 036 000 11 22\n",
        cte="base64"),
        intent="register", lang="nl",
        people=[P("Deelnemer Zestien", "zestien@example.org",
                  "Buurtteam Voorbeeld", "sociaal werker", "036 000 11 22")])
    raw = C.mutt("Deelnemer Zeventien <zeventien@example.org>",
                  "Aanmelding leergang",
                  "Beste,\n\nHierbij meld ik mij aan. In de bijlage vindt u "
                  "ook ons inkoopformulier.\n\nNaam: Deelnemer Zeventien\n"
                  "Organisatie: Stichting Voorbeeld\nFunctie: "
                  "kwartiermaker\n\nGroet,\nDeelnemer Zeventien\n",
                  attach=[("inkoopformulier \u00e9\u00e9n.pdf",
                           b"%PDF-1.4\n% placeholder\n")])
    if raw:
        add("mutt-form-rfc2231-attachment", raw, intent="register", lang="nl",
            people=[P("Deelnemer Zeventien", "zeventien@example.org", ORG,
                      "kwartiermaker")])
    add("placeholders-nvt", plainmail(
        "Deelnemer Achttien <achttien@example.org>", "Aanmelding",
        D % "09:18:00", "<nvt-0001@example.org>",
        "Naam: Deelnemer Achttien\nOrganisatie: Gemeente Almere\n"
        "Functie: jurist\nTelefoon: n.v.t.\nDieetwensen: geen\n"
        "Factuuradres: n.v.t.\nKenmerk: -\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Achttien", "achttien@example.org",
                  "Gemeente Almere", "jurist", diet="geen")])
    # Completing an incomplete registration: a reply, the robot quoted.
    add("reply-completes-quoted", plainmail(
        "Deelnemer Negentien <negentien@example.org>",
        "Re: Aanmelding Almere: Sociale ambities in een groeiende stad: "
        "wij missen nog gegevens", D % "09:19:00",
        "<reply-0001@example.org>",
        "Organisatie: Stichting Voorbeeld\nFunctie: beleidsadviseur\n\n"
        "Groet,\nDeelnemer Negentien\n\nOp 4 mei 2010 09:00 schreef "
        "deSTADSWIJKstudies Almere <" + ROBOT + ">:\n> Beste Deelnemer "
        "Negentien,\n>\n> Om u te kunnen aanmelden missen wij nog:\n>   - "
        "Organisatie\n>\n> Wat wij wel hebben begrepen:\n>   Naam: "
        "Deelnemer Negentien\n>   E-mailadres: negentien@example.org\n>\n"
        "> Antwoord op deze mail met de ontbrekende gegevens, "
        "bijvoorbeeld:\n>\n>   Naam: ...\n>   Organisatie: ...\n>\n"
        "> Verhinderd? Antwoord met \"afmelden\".\n",
        extra="In-Reply-To: <incomplete-0001@example.org>\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Negentien", "negentien@example.org", ORG,
                  "beleidsadviseur")])
    add("outlook-reply-completes-unquoted", outlook(
        "Deelnemer Twintig <twintig@example.org>",
        "RE: Aanmelding Almere: wij missen nog gegevens", D % "09:20:00", 4,
        "Organisatie: Welzijn Voorbeeld\n\nMet vriendelijke groet,\n"
        "Deelnemer Twintig\n\n________________________________\n"
        "Van: deSTADSWIJKstudies Almere [mailto:" + ROBOT + "]\n"
        "Verzonden: dinsdag 4 mei 2010 9:00\nAan: Deelnemer Twintig\n"
        "Onderwerp: Aanmelding Almere: wij missen nog gegevens\n\n"
        "Beste Deelnemer Twintig,\n\nWat wij wel hebben begrepen:\n"
        "  Naam: Deelnemer Twintig\n  Telefoon: 036 999 00 00\n\n"
        "Antwoord op deze mail met de ontbrekende gegevens, bijvoorbeeld:\n"
        "  Naam: ...\n  Organisatie: ...\n\nVerhinderd? Antwoord met "
        "\"afmelden\" en uw referentiecode.\n",
        outlook_html(["Organisatie: Welzijn Voorbeeld", "",
                      "Met vriendelijke groet,", "Deelnemer Twintig", ""],
                     '<div style="border:none;border-top:solid #B5C4DF '
                     '1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
                     '<b>Van:</b> deSTADSWIJKstudies Almere [mailto:' + ROBOT +
                     ']<br><b>Verzonden:</b> dinsdag 4 mei 2010 9:00<br>'
                     '<b>Aan:</b> Deelnemer Twintig<br><b>Onderwerp:</b> '
                     'Aanmelding Almere: wij missen nog gegevens</p></div>'
                     '<p class="MsoNormal">Beste Deelnemer Twintig,</p>'
                     '<p class="MsoNormal">Naam: Deelnemer Twintig<br>'
                     'Telefoon: 036 999 00 00</p><p class="MsoNormal">'
                     'Verhinderd? Antwoord met "afmelden".</p>'),
        extra="In-Reply-To: <incomplete-0002@example.org>\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twintig", "twintig@example.org",
                  "Welzijn Voorbeeld")])
    add("form-with-question", plainmail(
        "Deelnemer Eenentwintig <eenentwintig@example.org>",
        "Aanmelding + vraag", D % "09:21:00", "<formq-0001@example.org>",
        "Beste,\n\nHierbij meld ik mij aan.\n\nNaam: Deelnemer Eenentwintig\n"
        "Organisatie: Stichting Voorbeeld\nFunctie: trainer\n\n"
        "Is er parkeergelegenheid bij de bibliotheek?\n\nGroet,\n"
        "Deelnemer Eenentwintig\n"),
        intent="register", lang="nl", question="yes",
        people=[P("Deelnemer Eenentwintig", "eenentwintig@example.org", ORG,
                  "trainer")])
    add("form-conditional-cancel-words", plainmail(
        "Participant Twenty-Two <p22@example.org>", "Registration",
        D % "09:22:00", "<cond-0001@example.org>",
        "Name: Participant Twentytwo\nOrganisation: Example Foundation\n"
        "Function: researcher\n\nShould I be unable to attend one day, "
        "a colleague could take my place.\n"),
        intent="register", lang="en",
        people=[P("Participant Twentytwo", "p22@example.org",
                  "Example Foundation", "researcher")])


def several():
    add("multi-numbered-blocks", plainmail(
        "Contactpersoon Voorbeeld <contact@example.org>",
        "Aanmelding drie collega's", D % "10:00:00", "<multi-0001@example.org>",
        "Beste,\n\nWij melden drie collega's aan.\n\nOrganisatie: Stichting "
        "Voorbeeld\nFactuuradres: Stichting Voorbeeld, t.a.v. "
        "crediteurenadministratie,\n  Postbus 123, 1300 AA Almere\n"
        "Kenmerk: K-17\n\n1. Naam: Deelnemer Een\n   E-mail: een@example.org\n"
        "   Functie: adviseur\n\n2. Naam: Participant Two\n   E-mail: "
        "two@example.nl\n   Dieet: glutenvrij\n\n3. Naam: Voorbeeld Persoon\n"
        "   E-mail: persoon@example.nl\n   Functie: coach\n\nGroet,\n"
        "Contactpersoon Voorbeeld\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Een", "een@example.org", ORG, "adviseur",
                  inv=INV, ref="K-17"),
                P("Participant Two", "two@example.nl", ORG, diet="glutenvrij",
                  inv=INV, ref="K-17"),
                P("Voorbeeld Persoon", "persoon@example.nl", ORG, "coach",
                  inv=INV, ref="K-17")])
    add("multi-bullets-name-addr", plainmail(
        "Secretariaat Wijkteam <wijkteam@example.nl>", "Aanmelding collega's",
        D % "10:01:00", "<multi-0002@example.nl>",
        "Goedemiddag,\n\nGraag meld ik de volgende collega's aan:\n"
        "- Deelnemer Twee <twee@example.nl>\n- Deelnemer Drie "
        "(drie@example.nl)\n\nOrganisatie: Wijkteam Stad-Oost\n\n"
        "Met vriendelijke groet,\nSecretariaat Wijkteam\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twee", "twee@example.nl", "Wijkteam Stad-Oost"),
                P("Deelnemer Drie", "drie@example.nl", "Wijkteam Stad-Oost")])
    rows = [("Deelnemer Een", "een@example.org", "beleidsadviseur"),
            ("Participant Two", "two@example.org", "projectleider"),
            ("Voorbeeld Persoon", "persoon@example.org", "opbouwwerker")]
    html = ('<div dir="ltr"><div>Beste,</div><div><br></div><div>Hierbij '
            'melden wij onderstaande medewerkers aan.</div><div><br></div>'
            '<table border="1"><tbody><tr><td><b>Naam</b></td><td><b>E-mail'
            '</b></td><td><b>Functie</b></td></tr>' + "".join(
                "<tr><td>%s</td><td><a href=\"mailto:%s\">%s</a></td>"
                "<td>%s</td></tr>" % (n, e, e, r) for n, e, r in rows) +
            '</tbody></table><div><br></div><div>Organisatie: Example '
            'Foundation for Community Care</div><div>Factuuradres: Example '
            'Foundation, Postbus 9, 1300 AB Almere</div><div><br></div>'
            '<div>Groeten,</div><div>Contact Persoon</div></div>\n')
    add("gmail-html-table-three", gmail(
        "Contact Persoon <contact@example.org>", "Aanmelding 3 medewerkers",
        D % "10:02:00", 3,
        "Beste,\n\nHierbij melden wij onderstaande medewerkers aan.\n\n"
        "*Naam* *E-mail* *Functie* Deelnemer Een een@example.org "
        "beleidsadviseur Participant Two two@example.org projectleider "
        "Voorbeeld Persoon persoon@example.org opbouwwerker\n\n"
        "Organisatie: Example Foundation for Community Care\n"
        "Factuuradres: Example Foundation, Postbus 9, 1300 AB Almere\n\n"
        "Groeten,\nContact Persoon\n", html),
        intent="register", lang="nl",
        people=[P(n, e, "Example Foundation for Community Care", r,
                  inv="Example Foundation, Postbus 9, 1300 AB Almere")
                for n, e, r in rows])
    orows = [("Deelnemer Een", "een@almere.nl", "Dienst MO", "036 539 10 01"),
             ("Deelnemer Twee", "twee@almere.nl", "Dienst SO", "036 539 10 02"),
             ("Deelnemer Drie", "drie@almere.nl", "Dienst PGW", "036 539 10 03"),
             ("Deelnemer Vier", "vier@almere.nl", "Programmabureau",
              "036 539 10 04")]
    otable = ('<table class="MsoNormalTable" border="0" cellspacing="0" '
              'cellpadding="0"><tr>' + "".join(
                  '<td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>%s'
                  '</b><o:p></o:p></p></td>' % h for h in
                  ("Naam", "E-mailadres", "Afdeling", "Telefoon")) + '</tr>' +
              "".join('<tr>' + "".join(
                  '<td style="padding:0cm 5.4pt"><p class="MsoNormal">%s'
                  '<o:p></o:p></p></td>' % c for c in r) + '</tr>'
                      for r in orows) + '</table>')
    add("outlook-html-table-four", outlook(
        "Secretariaat MO <secretariaat.mo@almere.nl>",
        "Aanmelding vier medewerkers gemeente", D % "10:03:00", 5,
        "Beste,\n\nHierbij meld ik vier medewerkers aan.\n\n"
        "Naam\n\nE-mailadres\n\nAfdeling\n\nTelefoon\n\n" +
        "".join("%s\n\n%s\n\n%s\n\n%s\n\n" % r for r in orows) +
        "Organisatie: Gemeente Almere\n\nGroet,\nSecretariaat MO\n",
        outlook_html(["Beste,", "", "Hierbij meld ik vier medewerkers aan.",
                      ""], otable + '<p class="MsoNormal">&nbsp;</p>'
                     '<p class="MsoNormal">Organisatie: Gemeente Almere</p>'
                     '<p class="MsoNormal">Groet,<br>Secretariaat MO</p>')),
        intent="register", lang="nl",
        people=[P(n, e, "Gemeente Almere", phone=t) for n, e, _, t in orows])
    add("multi-deelnemer-headers", plainmail(
        "Deelnemer Een <een@example.org>", "Aanmelding",
        D % "10:04:00", "<multi-0005@example.org>",
        "Deelnemer 1:\nNaam: Deelnemer Een\nE-mail: een@example.org\n\n"
        "Deelnemer 2:\nNaam: Deelnemer Twee\nE-mail: twee@example.org\n"
        "Functie: stagiair\n\nOrganisatie: Stichting Voorbeeld\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Een", "een@example.org", ORG),
                P("Deelnemer Twee", "twee@example.org", ORG, "stagiair")])
    add("multi-aligned-columns", plainmail(
        "Contact Persoon <contact@example.org>", "Registration of colleagues",
        D % "10:05:00", "<multi-0006@example.org>",
        "Dear organisers,\n\nPlease register the following colleagues:\n\n"
        "Name                 E-mail                   Function\n"
        "Participant One      one@example.org          community worker\n"
        "Participant Two      two@example.org          team leader\n"
        "Participant Three    three@example.org        policy adviser\n\n"
        "Organisation: Example Foundation\n\nKind regards,\nContact Persoon\n"),
        intent="register", lang="en",
        people=[P("Participant One", "one@example.org", "Example Foundation",
                  "community worker"),
                P("Participant Two", "two@example.org", "Example Foundation",
                  "team leader"),
                P("Participant Three", "three@example.org",
                  "Example Foundation", "policy adviser")])
    add("multi-pipe-table", plainmail(
        "Contact Persoon <contact@example.nl>", "Aanmelding",
        D % "10:06:00", "<multi-0007@example.nl>",
        "Hoi,\n\n| Naam | E-mail | Telefoon |\n|------|--------|----------|\n"
        "| Deelnemer Vijf | vijf@example.nl | 06 11 11 11 11 |\n"
        "| Deelnemer Zes | zes@example.nl | 06 22 22 22 22 |\n\n"
        "Organisatie: Stichting Voorbeeld\nKenmerk: 2010-55\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Vijf", "vijf@example.nl", ORG,
                  phone="06 11 11 11 11", ref="2010-55"),
                P("Deelnemer Zes", "zes@example.nl", ORG,
                  phone="06 22 22 22 22", ref="2010-55")])
    add("multi-repeated-labels", plainmail(
        "Deelnemer Zeven <zeven@example.org>", "Aanmelding 2 personen",
        D % "10:07:00", "<multi-0008@example.org>",
        "Naam: Deelnemer Zeven\nE-mail: zeven@example.org\nFunctie: "
        "manager\n\nNaam: Deelnemer Acht\nE-mail: acht@example.org\nFunctie: "
        "adviseur\n\nOrganisatie: Zorggroep Voorbeeld\nFactuuradres: "
        "Zorggroep Voorbeeld, Postbus 8, 1300 AD Almere\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Zeven", "zeven@example.org", "Zorggroep Voorbeeld",
                  "manager", inv="Zorggroep Voorbeeld, Postbus 8, 1300 AD Almere"),
                P("Deelnemer Acht", "acht@example.org", "Zorggroep Voorbeeld",
                  "adviseur",
                  inv="Zorggroep Voorbeeld, Postbus 8, 1300 AD Almere")])
    add("apple-html-ordered-list", apple(
        "Contact Persoon <contact@example.nl>", "Aanmelding collega's",
        D % "10:08:00", 2,
        "Graag meld ik aan:\n\n1. Deelnemer Negen, negen@example.nl, "
        "wijkcoach\n2. Deelnemer Tien, tien@example.nl, jongerenwerker\n"
        "3. Deelnemer Elf, elf@example.nl, buurtwerker\n\n"
        "Organisatie: Buurtwerk Voorbeeld\n",
        "Graag meld ik aan:<br><ol><li>Deelnemer Negen, negen@example.nl, "
        "wijkcoach</li><li>Deelnemer Tien, tien@example.nl, jongerenwerker"
        "</li><li>Deelnemer Elf, elf@example.nl, buurtwerker</li></ol>"
        "<div>Organisatie: Buurtwerk Voorbeeld</div>"),
        intent="register", lang="nl",
        people=[P("Deelnemer Negen", "negen@example.nl", "Buurtwerk Voorbeeld",
                  "wijkcoach"),
                P("Deelnemer Tien", "tien@example.nl", "Buurtwerk Voorbeeld",
                  "jongerenwerker"),
                P("Deelnemer Elf", "elf@example.nl", "Buurtwerk Voorbeeld",
                  "buurtwerker")])
    words = ["Een", "Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht",
             "Negen", "Tien"]
    add("multi-ten-colleagues", plainmail(
        "Contact Persoon <contact@example.org>", "Aanmelding tien collega's",
        D % "10:09:00", "<multi-0010@example.org>",
        "Beste,\n\nNamens Stichting Voorbeeld meld ik tien collega's aan.\n\n" +
        "".join("%d. Deelnemer %s <%s@example.org>\n" % (i + 1, w, w.lower())
                for i, w in enumerate(words)) +
        "\nOrganisatie: Stichting Voorbeeld\nFactuuradres: " + INV + "\n"
        "Kenmerk: TIEN-2010\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer " + w, w.lower() + "@example.org", ORG, inv=INV,
                  ref="TIEN-2010") for w in words])


def free_text(C):
    add("free-nl-full-signature", plainmail(
        "Voorbeeld Persoon <persoon@example.nl>", "Aanmelding leergang",
        D % "12:00:00", "<free-0001@example.nl>",
        "Beste organisatie,\n\nHierbij meld ik mij aan voor de leergang "
        "deSTADSWIJKstudies op locatie Almere.\n\nMet vriendelijke groet,\n\n"
        "Voorbeeld Persoon\nBeleidsadviseur wonen en zorg\nStichting "
        "Voorbeeld\nPostbus 123 | 1300 AA Almere\nT 036 123 45 67 | "
        "www.example.nl\n"),
        intent="register", lang="nl",
        people=[P("Voorbeeld Persoon", "persoon@example.nl", ORG,
                  "Beleidsadviseur wonen en zorg", "036 123 45 67")])
    add("free-nl-first-name-only", plainmail(
        "Deelnemer Twee <twee@example.nl>", "aanmelden", D % "12:01:00",
        "<free-0002@example.nl>",
        "Hoi,\n\nIk wil me graag aanmelden voor de cursus in Almere.\n\n"
        "Groetjes,\nDeelnemer\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twee", "twee@example.nl")])
    add("free-en-signature-pipes", plainmail(
        "Participant Two <two@example.org>", "Registration deSTADSWIJKstudies",
        D % "12:02:00", "<free-0003@example.org>",
        "Dear Sir or Madam,\n\nI would like to register for the course in "
        "Almere.\n\nKind regards,\n\nParticipant Two\nPolicy adviser | "
        "Example Foundation\nT +31 36 123 4567\n"),
        intent="register", lang="en",
        people=[P("Participant Two", "two@example.org", "Example Foundation",
                  "Policy adviser", "+31 36 123 4567")])
    add("free-nl-prose-role-org", gmail(
        "Deelnemer Drie <drie@example.nl>", "Aanmelding", D % "12:03:00", 4,
        "Goedemiddag,\n\nMijn naam is Deelnemer Drie en ik werk als "
        "opbouwwerker bij Welzijn Voorbeeld. Ik wil mij graag aanmelden "
        "voor de leergang.\n\nGroet,\nDeelnemer Drie\n",
        gmail_html(["Goedemiddag,", "", "Mijn naam is Deelnemer Drie en ik "
                    "werk als opbouwwerker bij Welzijn Voorbeeld. Ik wil mij "
                    "graag aanmelden voor de leergang.", "", "Groet,",
                    "Deelnemer Drie"])),
        intent="register", lang="nl",
        people=[P("Deelnemer Drie", "drie@example.nl", "Welzijn Voorbeeld",
                  "opbouwwerker")])
    add("free-outlook-lastname-first", outlook(
        "\"Persoon, Voorbeeld\" <v.persoon@almere.nl>", "Aanmelding leergang",
        D % "12:04:00", 6,
        "Hallo,\n\nGraag meld ik mij aan voor de leergang.\n\nMet "
        "vriendelijke groet,\n\nVoorbeeld Persoon\nTeamleider wijkteam "
        "Stad-Oost\nGemeente Almere\nM 06 12 12 12 12\n",
        outlook_html(["Hallo,", "", "Graag meld ik mij aan voor de leergang.",
                      "", "Met vriendelijke groet,", "", "Voorbeeld Persoon",
                      "Teamleider wijkteam Stad-Oost", "Gemeente Almere",
                      "M 06 12 12 12 12"])),
        intent="register", lang="nl",
        people=[P("Voorbeeld Persoon", "v.persoon@almere.nl", "Gemeente Almere",
                  "Teamleider wijkteam Stad-Oost", "06 12 12 12 12")])
    add("free-shared-mailbox-signature", plainmail(
        "Secretariaat Wijkteam <secretariaat@example.nl>", "Aanmelding",
        D % "12:05:00", "<free-0006@example.nl>",
        "Beste,\n\nHierbij meld ik mij aan voor de leergang.\n\n"
        "Met vriendelijke groet,\nDeelnemer Vier\nWijkcoach\n"
        "Wijkteam Haven\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Vier", "secretariaat@example.nl",
                  "Wijkteam Haven", "Wijkcoach")])
    add("free-name-conflict-asks", plainmail(
        "Deelnemer Vijf <vijf@example.nl>", "Aanmelding", D % "12:06:00",
        "<free-0007@example.nl>",
        "Hallo,\n\nHierbij meld ik mij aan.\n\nGroet,\nParticipant Zes\n"),
        intent="register", lang="nl",
        people=[P(None, "vijf@example.nl")])
    add("free-colleague-no-details", plainmail(
        "Deelnemer Zeven <zeven@example.nl>", "Aanmelding collega",
        D % "12:07:00", "<free-0008@example.nl>",
        "Beste,\n\nIk wil graag mijn collega aanmelden voor de leergang. "
        "Wat heeft u van haar nodig?\n\nGroet,\nDeelnemer Zeven\n"),
        intent="register", lang="nl", people=[])
    add("free-gmail-html-signature", 
        "MIME-Version: 1.0\n" + head(
            "Participant Acht <acht@example.org>", "Inschrijving leergang",
            D % "12:08:00", "<AANLkTikFree0009@mail.gmail.com>") +
        "Content-Type: text/html; charset=UTF-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" +
        qp('<div dir="ltr">Beste,<div><br></div><div>Ik schrijf mij graag '
           'in voor de leergang in Almere.</div><div><br></div><div>Met '
           'vriendelijke groet,</div><div><br></div><div>'
           '<div class="gmail_signature">Participant Acht<br>Co\u00f6rdinator '
           'mantelzorg<br>Stichting Mantelzorg Voorbeeld<br>06-87654321'
           '</div></div></div>\n'),
        intent="register", lang="nl",
        people=[P("Participant Acht", "acht@example.org",
                  "Stichting Mantelzorg Voorbeeld",
                  "Co\u00f6rdinator mantelzorg", "06-87654321")])
    add("free-my-name-is-no-display", plainmail(
        "negen@example.org", "Registration", D % "12:09:00",
        "<free-0010@example.org>",
        "Hello,\n\nMy name is Participant Nine and I would like to register "
        "for the course. I work at Example Youth Services.\n\nThanks,\n"),
        intent="register", lang="en",
        people=[P("Participant Nine", "negen@example.org",
                  "Example Youth Services")])
    raw = C.mutt("Deelnemer Elf <elf@example.org>", "aanmelding",
                 "Hallo,\n\nHierbij meld ik mij aan voor de leergang.\n\n"
                 "-- \nDeelnemer Elf\nOnderzoeker\nHogeschool Voorbeeld\n"
                 "tel. 036 222 33 44\n")
    if raw:
        add("mutt-free-sigdash", raw, intent="register", lang="nl",
            people=[P("Deelnemer Elf", "elf@example.org",
                      "Hogeschool Voorbeeld", "Onderzoeker",
                      "036 222 33 44")])
    add("free-thunderbird-flowed-en", thunderbird(
        "Participant Twelve <twelve@example.org>", "Registration",
        "Tue, 04 May 2010 12:11:00 +0200", 2,
        "Dear organisers,\n\nI hereby register for the course \"Almere: "
        "Social ambitions in a growing city\" which I read about in the "
        "brochure that our director forwarded to the whole team last week.\n"
        "\nBest regards,\nParticipant Twelve\nSenior researcher, Example "
        "Institute\n"),
        intent="register", lang="en",
        people=[P("Participant Twelve", "twelve@example.org",
                  "Example Institute", "Senior researcher")])


def forwards(C):
    add("gmail-fwd-inline-form", gmail(
        "Secretaresse Voorbeeld <secretaresse@example.org>",
        "Fwd: Aanmelding leergang", D % "13:00:00", 5,
        "Zie onderstaande aanmelding van mijn collega.\n\n"
        "---------- Forwarded message ----------\nFrom: Deelnemer Een "
        "<een@example.org>\nDate: 2010/5/3\nSubject: Aanmelding leergang\n"
        "To: Secretaresse Voorbeeld <secretaresse@example.org>\n\n\n"
        "Naam: Deelnemer Een\nOrganisatie: Stichting Voorbeeld\nFunctie: "
        "adviseur\n",
        gmail_html(["Zie onderstaande aanmelding van mijn collega.", "",
                    "---------- Forwarded message ----------",
                    "From: <b>Deelnemer Een</b> &lt;een@example.org&gt;",
                    "Date: 2010/5/3", "Subject: Aanmelding leergang",
                    "To: Secretaresse Voorbeeld &lt;secretaresse@example.org"
                    "&gt;", "", "Naam: Deelnemer Een",
                    "Organisatie: Stichting Voorbeeld",
                    "Functie: adviseur"])),
        intent="register", lang="nl", forwarded="yes",
        people=[P("Deelnemer Een", "een@example.org", ORG, "adviseur")])
    add("outlook-fw-free-text", outlook(
        "Manager Voorbeeld <manager@example.org>", "FW: aanmelding",
        D % "13:01:00", 7,
        "Graag deze aanmelding verwerken.\n\nGroet,\nManager Voorbeeld\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Deelnemer Twee "
        "[mailto:twee@example.org]\nVerzonden: maandag 3 mei 2010 16:12\n"
        "Aan: Manager Voorbeeld\nOnderwerp: aanmelding\n\nHoi,\n\nIk wil mij "
        "graag aanmelden voor de leergang in Almere.\n\nGroet,\n"
        "Deelnemer Twee\nProjectleider\nStichting Voorbeeld\n",
        outlook_html(["Graag deze aanmelding verwerken.", "", "Groet,",
                      "Manager Voorbeeld", "",
                      "-----Oorspronkelijk bericht-----",
                      "Van: Deelnemer Twee [mailto:twee@example.org]",
                      "Verzonden: maandag 3 mei 2010 16:12",
                      "Aan: Manager Voorbeeld", "Onderwerp: aanmelding", "",
                      "Hoi,", "", "Ik wil mij graag aanmelden voor de "
                      "leergang in Almere.", "", "Groet,", "Deelnemer Twee",
                      "Projectleider", "Stichting Voorbeeld"])),
        intent="register", lang="nl", forwarded="yes",
        people=[P("Deelnemer Twee", "twee@example.org", ORG, "Projectleider")])
    inner = ("Message-ID: <4BDE0000.1000001@example.org>\nDate: Mon, 03 May "
             "2010 15:00:00 +0200\nFrom: Deelnemer Drie <drie@example.org>\n"
             "MIME-Version: 1.0\nTo: Manager Voorbeeld <manager@example.org>\n"
             "Subject: Aanmelding\nContent-Type: text/plain; charset=UTF-8; "
             "format=flowed\nContent-Transfer-Encoding: 8bit\n\nNaam: "
             "Deelnemer Drie\nOrganisatie: Coöperatie Voorbeeld\nFunctie: "
             "trainer\n")
    add("thunderbird-fwd-attachment",
        "Message-ID: <4BDFE1A2.7000002@example.org>\nDate: Tue, 04 May 2010 "
        "13:02:00 +0200\nFrom: Manager Voorbeeld <manager@example.org>\n"
        "User-Agent: Mozilla/5.0 (X11; U; Linux i686; nl; rv:1.9.1.9) "
        "Gecko/20100411 Thunderbird/3.0.4\nMIME-Version: 1.0\nTo: " + ROBOT +
        "\nSubject: [Fwd: Aanmelding]\nContent-Type: multipart/mixed;\n "
        "boundary=\"------------050708090305060802010503\"\n\nThis is a "
        "multi-part message in MIME format.\n"
        "--------------050708090305060802010503\nContent-Type: text/plain; "
        "charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n\n"
        "\n--------------050708090305060802010503\nContent-Type: "
        "message/rfc822;\n name=\"Aanmelding.eml\"\nContent-Disposition: "
        "attachment;\n filename=\"Aanmelding.eml\"\n\n" + inner +
        "\n--------------050708090305060802010503--\n",
        intent="register", lang="nl", forwarded="yes",
        people=[P("Deelnemer Drie", "drie@example.org",
                  "Co\u00f6peratie Voorbeeld", "trainer")])
    add("apple-begin-forwarded", apple(
        "Manager Voorbeeld <manager@example.nl>", "Fwd: Registration",
        D % "13:03:00", 3,
        "For the course.\n\nBegin forwarded message:\n\n> From: Participant "
        "Four <four@example.org>\n> Date: 3 May 2010 17:01:22 GMT+02:00\n"
        "> To: Manager Voorbeeld <manager@example.nl>\n> Subject: "
        "Registration\n>\n> Hi,\n>\n> I would like to register for the "
        "course in Almere.\n>\n> Regards,\n> Participant Four\n> Community "
        "worker, Example Foundation\n\n"),
        intent="register", lang="en", forwarded="yes",
        people=[P("Participant Four", "four@example.org", "Example Foundation",
                  "Community worker")])
    add("thunderbird-doorgestuurd-nl", thunderbird(
        "Teamleider Voorbeeld <teamleider@example.org>",
        "Fwd: Aanmelding leergang", "Tue, 04 May 2010 13:04:00 +0200", 3,
        "Ter info en verwerking.\n\n-------- Doorgestuurd bericht --------\n"
        "Onderwerp: \tAanmelding leergang\nDatum: \tMon, 03 May 2010 "
        "14:00:00 +0200\nVan: \tDeelnemer Vijf <vijf@example.org>\nAan: \t"
        "Teamleider Voorbeeld <teamleider@example.org>\n\n\n\nNaam: "
        "Deelnemer Vijf\nE-mail: vijf@example.org\nOrganisatie: Stichting "
        "Voorbeeld\nFunctie: adviseur jeugd\n"),
        intent="register", lang="nl", forwarded="yes",
        people=[P("Deelnemer Vijf", "vijf@example.org", ORG,
                  "adviseur jeugd")])
    add("outlook-fw-no-address", outlook(
        "Manager Voorbeeld <manager@example.org>", "FW: aanmelding leergang",
        D % "13:05:00", 8,
        "Kunnen jullie dit verwerken?\n\n________________________________\n"
        "Van: Deelnemer Zes\nVerzonden: maandag 3 mei 2010 11:00\nAan: "
        "Manager Voorbeeld\nOnderwerp: aanmelding leergang\n\nHierbij meld "
        "ik mij aan voor de leergang.\n\nDeelnemer Zes\n",
        outlook_html(["Kunnen jullie dit verwerken?", "",
                      "________________________________",
                      "Van: Deelnemer Zes",
                      "Verzonden: maandag 3 mei 2010 11:00",
                      "Aan: Manager Voorbeeld",
                      "Onderwerp: aanmelding leergang", "",
                      "Hierbij meld ik mij aan voor de leergang.", "",
                      "Deelnemer Zes"])),
        intent="human", lang="nl", forwarded="yes", people="-")


QUOTED_CONFIRMATION = (
    "> Beste Deelnemer Een,\n>\n> U bent aangemeld voor de leergang.\n"
    "> Uw referentiecode: K7M2P-Q9R4T\n>\n> Verhinderd? Antwoord op deze "
    "mail met \"afmelden\" en uw\n> referentiecode K7M2P-Q9R4T. Stuurt u "
    "liever een collega in uw plaats,\n> vermeld dan \"vervanging\".\n")


def intents(C):
    add("cancel-nl-code", plainmail(
        "Deelnemer Een <een@example.org>", "Afmelding leergang",
        D % "14:00:00", "<cancel-0001@example.org>",
        "Beste,\n\nHelaas moet ik mij afmelden voor de leergang. Mijn code "
        "is K7M2P-Q9R4T.\n\nGroet,\nDeelnemer Een\n"),
        intent="cancel", lang="nl", code="K7M2P-Q9R4T", people="-")
    add("cancel-reply-to-confirmation", gmail(
        "Deelnemer Een <een@example.org>",
        "Re: Bevestiging aanmelding Almere [K7M2P-Q9R4T]", D % "14:01:00", 6,
        "Helaas kan ik toch niet komen, wilt u mij afmelden?\n\nGroet,\n"
        "Deelnemer Een\n\nOp 2 mei 2010 10:00 schreef deSTADSWIJKstudies "
        "Almere <" + ROBOT + ">:\n" + QUOTED_CONFIRMATION,
        gmail_html(["Helaas kan ik toch niet komen, wilt u mij afmelden?", "",
                    "Groet,", "Deelnemer Een"]) +
        '<div class="gmail_quote">Op 2 mei 2010 10:00 schreef '
        'deSTADSWIJKstudies Almere &lt;' + ROBOT + '&gt;:<blockquote '
        'class="gmail_quote">Beste Deelnemer Een,<br>U bent aangemeld.<br>'
        'Uw referentiecode: K7M2P-Q9R4T</blockquote></div>\n',
        extra="In-Reply-To: <confirmation-K7M2P-Q9R4T@example.org>\n"),
        intent="cancel", lang="nl", code="K7M2P-Q9R4T", people="-")
    add("cancel-en", plainmail(
        "Participant Two <two@example.org>", "Cancellation",
        D % "14:02:00", "<cancel-0003@example.org>",
        "Dear organisers,\n\nUnfortunately I have to cancel my registration "
        "(reference H3JKM-4NP5Q).\n\nKind regards,\nParticipant Two\n"),
        intent="cancel", lang="en", code="H3JKM-4NP5Q", people="-")
    add("cancel-nl-no-code", outlook(
        "Deelnemer Drie <drie@example.org>", "leergang", D % "14:03:00", 9,
        "Goedemiddag,\n\nIk ben helaas verhinderd en meld mij af voor de "
        "leergang.\n\nMet vriendelijke groet,\nDeelnemer Drie\n",
        outlook_html(["Goedemiddag,", "", "Ik ben helaas verhinderd en meld "
                      "mij af voor de leergang.", "",
                      "Met vriendelijke groet,", "Deelnemer Drie"])),
        intent="cancel", lang="nl", people="-")
    add("substitute-nl", plainmail(
        "Deelnemer Vier <vier@example.org>", "Vervanging leergang",
        D % "14:04:00", "<subst-0001@example.org>",
        "Beste,\n\nIk kan niet deelnemen; mijn collega Participant Vijf "
        "<vijf@example.org> neemt mijn plaats in. Mijn code is "
        "B8C9D-F2G3H.\n\nGroet,\nDeelnemer Vier\n"),
        intent="substitute", lang="nl", code="B8C9D-F2G3H",
        people=[P("Participant Vijf", "vijf@example.org")])
    add("substitute-en-form", plainmail(
        "Participant Six <six@example.org>", "Substitution [C4D5E-6F7G8]",
        D % "14:05:00", "<subst-0002@example.org>",
        "Hello,\n\nMy colleague will take my place:\n\nName: Participant "
        "Seven\nEmail: seven@example.org\nFunction: project manager\n\n"
        "Regards,\nParticipant Six\n"),
        intent="substitute", lang="en", code="C4D5E-6F7G8",
        people=[P("Participant Seven", "seven@example.org", role="project manager")])
    add("status-nl-waitlist", plainmail(
        "Deelnemer Acht <acht@example.org>", "Wachtlijst",
        D % "14:06:00", "<status-0001@example.org>",
        "Goedemorgen,\n\nSta ik op de wachtlijst? Mijn referentiecode is "
        "M5N6P-7Q8R9.\n\nGroet,\nDeelnemer Acht\n"),
        intent="status", lang="nl", code="M5N6P-7Q8R9", people="-")
    add("status-en", gmail(
        "Participant Nine <nine@example.org>", "Am I registered?",
        D % "14:07:00", 7,
        "Hi,\n\nI sent my registration last week. Am I registered? I have "
        "not heard back.\n\nThanks,\nParticipant Nine\n",
        gmail_html(["Hi,", "", "I sent my registration last week. Am I "
                    "registered? I have not heard back.", "", "Thanks,",
                    "Participant Nine"])),
        intent="status", lang="en", people="-")
    add("question-parking-nl", plainmail(
        "Deelnemer Tien <tien@example.org>", "Vraag over parkeren",
        D % "14:08:00", "<q-0001@example.org>",
        "Beste,\n\nIs er parkeergelegenheid bij De Nieuwe Bibliotheek, of "
        "kan ik beter met de trein komen?\n\nGroet,\nDeelnemer Tien\n"),
        intent="question", lang="nl", people="-")
    add("question-lunch-en", outlook(
        "Participant Eleven <eleven@example.org>", "Lunch", D % "14:09:00", 10,
        "Hello,\n\nIs lunch provided on the course days? I am vegan.\n\n"
        "Best,\nParticipant Eleven\n",
        outlook_html(["Hello,", "", "Is lunch provided on the course days? "
                      "I am vegan.", "", "Best,", "Participant Eleven"]),
        lang="en-GB"),
        intent="question", lang="en", people="-")
    add("question-programme-nl", apple(
        "Deelnemer Twaalf <twaalf@example.nl>", "Programma dag 2",
        D % "14:10:00", 4,
        "Hallo,\n\nWat is het programma van de tweede dag en wie zijn de "
        "sprekers?\n\nGroet,\nDeelnemer Twaalf\n"),
        intent="question", lang="nl", people="-")
    add("help-nl", plainmail(
        "Deelnemer Dertien <dertien@example.org>", "vraag",
        D % "14:11:00", "<help-0001@example.org>",
        "Hallo,\n\nHoe kan ik mij aanmelden voor de leergang? Welke "
        "gegevens hebben jullie nodig?\n\nDeelnemer Dertien\n"),
        intent="help", lang="nl", people="-")
    add("help-en", plainmail(
        "Participant Fourteen <fourteen@example.org>", "Course",
        D % "14:12:00", "<help-0002@example.org>",
        "Hi, how do I register for this course?\n"),
        intent="help", lang="en", people="-")
    add("help-bare", plainmail(
        "Deelnemer Vijftien <vijftien@example.org>", "help",
        D % "14:13:00", "<help-0003@example.org>", "help\n"),
        intent="help", lang="nl", people="-")
    pdf = base64.b64encode(b"%PDF-1.4\n% aanmeldformulier\n").decode()
    add("attachment-zie-bijlage", crlf(
            head("Deelnemer Zestien <zestien@example.org>", "Aanmelding",
                 D % "14:14:00", "<5A1B2C11AAAA@EXCH01.example.org>",
                 extra="X-MS-Has-Attach: yes\n") +
            "Content-Type: multipart/mixed;\n\tboundary=\"_004_mixed_\"\n"
            "MIME-Version: 1.0\n\n--_004_mixed_\nContent-Type: text/plain; "
            "charset=\"windows-1252\"\nContent-Transfer-Encoding: "
            "quoted-printable\n\nZie bijlage.\n\nGroet,\nDeelnemer Zestien\n"
            "\n--_004_mixed_\nContent-Type: application/pdf; "
            "name=\"Aanmeldformulier.pdf\"\nContent-Description: "
            "Aanmeldformulier.pdf\nContent-Disposition: attachment; "
            "filename=\"Aanmeldformulier.pdf\"; size=32\n"
            "Content-Transfer-Encoding: base64\n\n" + pdf +
            "\n\n--_004_mixed_--\n"),
        intent="human", lang="nl", people="-")
    add("attachment-no-text-apple", apple(
        "Deelnemer Zeventien <zeventien@example.nl>", "Aanmelding",
        D % "14:15:00", 5, None,
        parts=["Content-Disposition: attachment;\n\tfilename=aanmelding."
               "docx\nContent-Type: application/vnd.openxmlformats-"
               "officedocument.wordprocessingml.document;\n\tname=\""
               "aanmelding.docx\"\nContent-Transfer-Encoding: base64\n\n" +
               b64(b"PK\x03\x04placeholder") ,
               "Content-Transfer-Encoding: 7bit\nContent-Type: text/plain;"
               "\n\tcharset=us-ascii\n\n\n"]),
        intent="human", lang="nl", people="-")
    raw = C.mutt("Deelnemer Achttien <achttien@example.org>",
                  "Aanmelding leergang",
                  "Hierbij mijn aanmelding, het ingevulde formulier zit in de "
                  "bijlage.\n",
                  attach=[("aanmeldformulier.odt", b"PK\x03\x04odt")])
    if raw:
        add("mutt-attachment-form", raw, intent="human", lang="nl",
            people="-")
    add("unrelated-text", plainmail(
        "Deelnemer Negentien <negentien@example.org>", "Hallo",
        D % "14:17:00", "<misc-0001@example.org>",
        "Leuk jullie gisteren gesproken te hebben. Tot snel!\n"),
        intent="human", lang="nl", people="-")
    add("empty-body", plainmail(
        "Deelnemer Twintig <twintig@example.org>", "", D % "14:18:00",
        "<misc-0002@example.org>", ""),
        intent="human", lang="nl", people="-")
    raw = C.swaks("p21@example.org", "Question about the fee",
                  "Hello,\n\nIs the fee of EUR 1,000 per participant "
                  "including lunch? Could you send the invoice to our "
                  "finance department?\n\nRegards\n",
                  headers=["Date: " + D % "14:19:00",
                           "Message-Id: <swaks-p21-0001@example.org>"])
    if raw:
        add("swaks-question-fee", raw, intent="question", lang="en",
            people="-")


def safety():
    add("header-injection-from-name", plainmail(
        ew("Deelnemer Een\r\nBcc: victim@example.nl") + " <een@example.org>",
        ew("Aanmelding\r\nX-Evil: 1"), D % "15:00:00",
        "<inject-0001@example.org>",
        "Hierbij meld ik mij aan.\n\nOrganisatie: Stichting Voorbeeld\n"
        "Functie: adviseur\n\nGroet,\nDeelnemer Een\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Een", "een@example.org", ORG, "adviseur")])
    add("header-injection-form-name", plainmail(
        "Deelnemer Twee <twee@example.org>", "Aanmelding", D % "15:01:00",
        "<inject-0002@example.org>",
        "Naam: Deelnemer Twee\x0bBcc: victim@example.nl\x00\nOrganisatie: "
        "Stichting Voorbeeld\x1b[2J\nFunctie: adviseur\u2028Subject: x\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twee Bcc: victim@example.nl", "twee@example.org",
                  "Stichting Voorbeeld [2J", "adviseur")])
    add("header-injection-encoded-nul", plainmail(
        "=?utf-8?q?Deelnemer_Drie=00=0A=0DTo:_x@example.nl?= "
        "<drie@example.org>", "=?utf-8?b?QWFubWVsZGluZw0KQmNjOiB4QGV4YW1w"
        "bGUubmw=?=", D % "15:02:00", "<inject-0003@example.org>",
        "Naam: Deelnemer Drie\nOrganisatie: Stichting Voorbeeld\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Drie", "drie@example.org", ORG)])


def set_aside():
    depth = 25
    raw = head("Deelnemer Een <een@example.org>", "Aanmelding",
               D % "16:00:00", "<deep-0001@example.org>") + "MIME-Version: 1.0\n"
    for i in range(depth):
        raw += "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n" % (
            i, i)
    raw += "Content-Type: text/plain\n\nNaam: Deelnemer Een\n"
    for i in reversed(range(depth)):
        raw += "--b%d--\n" % i
    add("set-aside-too-deep", raw, set_aside="yes", intent="-", lang="-")
    parts = 250
    raw = (head("Deelnemer Twee <twee@example.org>", "Aanmelding",
                D % "16:01:00", "<many-0001@example.org>") +
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n"
           "\n")
    for i in range(parts):
        raw += "--m\nContent-Type: text/plain\n\nNaam: Deelnemer %d\n" % i
    raw += "--m--\n"
    add("set-aside-too-many-parts", raw, set_aside="yes", intent="-",
        lang="-")


def blind(C):
    """Labelled before the robot read them; what it misreads stays on
    record in `known` (see README.md)."""
    add("blind-outlook-sig-table-en", outlook(
        "Participant Fifteen <fifteen@example.org>", "Registration course Almere",
        D % "17:00:00", 12,
        "Dear organiser,\n\nI'd like to register for the deSTADSWIJKstudies "
        "course.\n\nWith kind regards,\n\nParticipant Fifteen\nHead of "
        "Client Services\nExample Housing Association\nDirect: +31 (0)36 "
        "123 9876\n",
        outlook_html(["Dear organiser,", "", "I'd like to register for the "
                      "deSTADSWIJKstudies course.", "", "With kind regards,",
                      "", "Participant Fifteen", "Head of Client Services",
                      "Example Housing Association",
                      "Direct: +31 (0)36 123 9876"]), lang="en-GB"),
        intent="register", lang="en",
        people=[P("Participant Fifteen", "fifteen@example.org",
                  "Example Housing Association", "Head of Client Services",
                  "+31 (0)36 123 9876")])
    add("blind-gmail-reply-interleaved", plainmail(
        "Deelnemer Tweeëntwintig <d22@example.nl>",
        "Re: Aanmelding Almere: wij missen nog gegevens", D % "17:01:00",
        "<blind-0002@example.nl>",
        "Op 4 mei 2010 09:00 schreef deSTADSWIJKstudies Almere <" + ROBOT +
        ">:\n> Om u te kunnen aanmelden missen wij nog:\n>   - Organisatie\n"
        "\nOrganisatie: Stichting Voorbeeld\n\n>   - Functie\n\n"
        "Functie: maatschappelijk werker\n\n> Met vriendelijke groet,\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twee\u00ebntwintig", "d22@example.nl", ORG,
                  "maatschappelijk werker")])
    add("blind-status-and-thanks", plainmail(
        "Deelnemer Drieëntwintig <d23@example.org>", "Bevestiging?",
        D % "17:02:00", "<blind-0003@example.org>",
        "Goedemiddag,\n\nVorige week heb ik mij aangemeld maar ik heb nog "
        "geen bevestiging ontvangen. Is mijn aanmelding wel aangekomen?\n\n"
        "Groet,\nDeelnemer Drieëntwintig\n"),
        intent="status", lang="nl", people="-")
    add("blind-cancel-colleague-en", gmail(
        "Participant Twentyfour <p24@example.org>", "Change of plans",
        D % "17:03:00", 8,
        "Hi,\n\nI won't be able to attend after all, so please cancel my "
        "place (code QW3RT-Y7V8P). Sorry for the trouble.\n\nBest,\n"
        "Participant Twentyfour\n",
        gmail_html(["Hi,", "", "I won't be able to attend after all, so "
                    "please cancel my place (code QW3RT-Y7V8P). Sorry for "
                    "the trouble.", "", "Best,", "Participant Twentyfour"])),
        intent="cancel", lang="en", code="QW3RT-Y7V8P", people="-")
    add("blind-apple-free-two-people", apple(
        "Deelnemer Vijfentwintig <d25@example.nl>", "Aanmelding",
        D % "17:04:00", 6,
        "Hallo,\n\nIk meld mijzelf en mijn collega Deelnemer Zesentwintig "
        "(d26@example.nl) aan voor de leergang. We werken allebei bij "
        "Stichting Voorbeeld.\n\nGroet,\nDeelnemer Vijfentwintig\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Vijfentwintig", "d25@example.nl", ORG),
                P("Deelnemer Zesentwintig", "d26@example.nl", ORG)],
        known="people, 1.organisation, 2.name, 2.email, 2.organisation")
    add("blind-thunderbird-form-lowercase", thunderbird(
        "Deelnemer Zevenentwintig <d27@example.org>", "inschrijving",
        "Tue, 04 May 2010 17:05:00 +0200", 4,
        "naam deelnemer: Deelnemer Zevenentwintig\nmailadres: "
        "d27@example.org\norganisatie naam: Welzijn Voorbeeld\n"
        "functie: ouderenadviseur\ntelefoonnummer: 036-5551234\n"
        "lunch: vegetarisch\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Zevenentwintig", "d27@example.org",
                  "Welzijn Voorbeeld", "ouderenadviseur", "036-5551234",
                  "vegetarisch")])
    add("blind-question-certificate-en", plainmail(
        "Participant Twentyeight <p28@example.org>", "Certificate",
        D % "17:06:00", "<blind-0007@example.org>",
        "Hello,\n\nWill participants receive a certificate after the four "
        "days, and does it count for accreditation?\n\nThanks,\n"
        "Participant Twentyeight\n"),
        intent="question", lang="en", people="-")
    add("blind-outlook-fw-form-en", outlook(
        "Assistant Voorbeeld <assistant@example.org>",
        "FW: Registration form", D % "17:07:00", 13,
        "Please see below.\n\n-----Original Message-----\nFrom: Participant "
        "Twentynine [mailto:p29@example.org]\nSent: Monday, May 03, 2010 "
        "4:40 PM\nTo: Assistant Voorbeeld\nSubject: Registration form\n\n"
        "Name: Participant Twentynine\nOrganisation: Example Foundation\n"
        "Function: coordinator\nPhone: 036 111 2222\n",
        outlook_html(["Please see below.", "", "-----Original Message-----",
                      "From: Participant Twentynine "
                      "[mailto:p29@example.org]",
                      "Sent: Monday, May 03, 2010 4:40 PM",
                      "To: Assistant Voorbeeld",
                      "Subject: Registration form", "",
                      "Name: Participant Twentynine",
                      "Organisation: Example Foundation",
                      "Function: coordinator", "Phone: 036 111 2222"]),
        lang="en-US"),
        intent="register", lang="en", forwarded="yes",
        people=[P("Participant Twentynine", "p29@example.org",
                  "Example Foundation", "coordinator", "036 111 2222")])
    add("blind-substitute-nl-form", plainmail(
        "Deelnemer Dertig <d30@example.org>",
        "Re: Bevestiging aanmelding [ZX9CV-B8NM7]", D % "17:08:00",
        "<blind-0009@example.org>",
        "Beste,\n\nIk ben verhinderd. Mijn collega gaat in mijn plaats:\n\n"
        "Naam: Deelnemer Eenendertig\nE-mail: d31@example.org\n"
        "Functie: beleidsmedewerker\n\nGroet,\nDeelnemer Dertig\n\n" +
        QUOTED_CONFIRMATION.replace("K7M2P-Q9R4T", "ZX9CV-B8NM7")),
        intent="substitute", lang="nl", code="ZX9CV-B8NM7",
        people=[P("Deelnemer Eenendertig", "d31@example.org",
                  role="beleidsmedewerker")])
    add("blind-html-only-outlook-sig-image", crlf(
        head("Deelnemer Tweeëndertig <d32@example.org>", "Aanmelding",
             D % "17:09:00", "<5A1B2C33AAAA@EXCH01.example.org>") +
        "MIME-Version: 1.0\nContent-Type: multipart/related;\n\tboundary="
        "\"_rel_\"; type=\"text/html\"\n\n--_rel_\nContent-Type: text/html; "
        "charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" +
        b64("<html><body><p>Beste,</p><p>Hierbij meld ik mij aan voor de "
            "leergang.</p><p>Met vriendelijke groet,</p><p>Deelnemer "
            "Twee\u00ebndertig<br>Adviseur participatie<br>Gemeente Almere"
            "<br><img src=\"cid:logo@01\"></p></body></html>") +
        "\n--_rel_\nContent-Type: image/png; name=\"logo.png\"\n"
        "Content-ID: <logo@01>\nContent-Transfer-Encoding: base64\n\n" +
        b64(b"\x89PNG\r\n\x1a\nplaceholder") + "\n--_rel_--\n"),
        intent="register", lang="nl",
        people=[P("Deelnemer Twee\u00ebndertig", "d32@example.org",
                  "Gemeente Almere", "Adviseur participatie")])
    add("blind-en-free-no-signature-info", plainmail(
        "Participant Thirtythree <p33@example.org>", "Sign me up",
        D % "17:10:00", "<blind-0011@example.org>",
        "Please sign me up for the Almere course. Thanks!\n"),
        intent="register", lang="en",
        people=[P("Participant Thirtythree", "p33@example.org")])
    add("blind-unquoted-comma-from", plainmail(
        "Persoon, Voorbeeld <vp2@example.nl>", "Aanmelding", D % "17:11:00",
        "<blind-0012@example.nl>",
        "Naam: Voorbeeld Persoon\nOrganisatie: Stichting Voorbeeld\n"
        "Functie: coach\n"),
        intent="register", lang="nl",
        people=[P("Voorbeeld Persoon", "vp2@example.nl", ORG, "coach")])


# ---- writing ------------------------------------------------------------------

def expect_text(slug, exp):
    out = ["# %s: what a careful reader takes from it" % slug]
    for k in ("set_aside", "robot", "intent", "lang", "code", "forwarded",
              "question", "known"):
        v = exp.get(k)
        if k == "robot" and v is None:
            v = "no"
        if k == "set_aside" and v is None:
            v = "no"
        if k in ("forwarded", "question") and v is None:
            v = "no"
        if v is not None:
            out.append("%s: %s" % (k, v))
    people = exp.get("people")
    if people == "-" or people is None:
        out.append("people: -")
    else:
        out.append("people: %d" % len(people))
        for i, p in enumerate(people):
            for k in ("name", "email", "organisation", "role", "phone",
                      "diet", "invoice_address", "invoice_reference"):
                if k in p:
                    out.append("%d.%s: %s" % (i + 1, k, p[k]))
    return "\n".join(out) + "\n"


def main():
    C = Clients()
    try:
        robots()
        forms(C)
        several()
        free_text(C)
        forwards(C)
        intents(C)
        safety()
        set_aside()
        blind(C)
    finally:
        C.close()
    if "--keep" not in sys.argv:
        for f in os.listdir(OUT):
            if f.endswith(".eml") or f.endswith(".expect"):
                os.unlink(os.path.join(OUT, f))
    for i, (slug, raw, exp) in enumerate(MSGS):
        base = os.path.join(OUT, "%03d-%s" % (i + 1, slug))
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        with open(base + ".expect", "w", encoding="utf-8") as f:
            f.write(expect_text(slug, exp))
    print("%d messages in %s" % (len(MSGS), OUT))


if __name__ == "__main__":
    main()
