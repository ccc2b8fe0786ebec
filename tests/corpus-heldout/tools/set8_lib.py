"""Client shapes for the eighth held-out set (tests/corpus-heldout/set8).

It reuses the shapes of set2_lib.py, set4_lib.py, set5_lib.py, set6_lib.py
and set7_lib.py (with its own Message-ID seed) and adds a few more clients
people write with today (Thunderbird 115 with its forward table, Gmail,
Apple Mail on macOS, Outlook for Mac 16 with its reply block, Yahoo Mail
on a phone, Tutanota, eM Client, Open-Xchange as mailbox.org runs it, the
Windows Mail app, Spark, Outlook.com), a way to keep a subject encoded as
the client encoded it (ISO-8859-1 or windows-1252 encoded-words), and the
robot's own mails of the templates that set 7 did not quote (the help
mail, "reference code needed", "already registered", the overview for a
contact person, the mail to a substitute, the promotion from the waiting
list, the waiting-list update). Only MIME assembly and the layout a mail
client gives a message live here; the text of every message and every
label is typed by hand in set8_batch*.py.
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
                      FEE_EN)
from set7_lib import (ok_code, when_nl, when_en, outlook365, o365_quote_nl,  # noqa: F401
                      o365_quote_en, ios, ios_quote_nl, ios_quote_en, proton,
                      proton_quote, fastmail, roundcube, samsung,
                      samsung_quote_nl, outlook_android, mailspring, zoho,
                      sogo, reminder_nl, reminder_en, status_nl, cancelled_nl,
                      question_nl, robot_mail, robot_headers, _html_lines,
                      NL_DAYS, NL_MONS, EN_DAYS, EN_MONS)
from lib import Raw, X, R, alt, text_part, html_part, attachment  # noqa: F401

set2_lib.ID_SEED = "set8/"


def _t(stamp):
    return datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _to(kw):
    return kw.get("to", "aanmelden@example.org")


def _agent(kw, name, value):
    kw.setdefault("extra", [])
    kw["extra"] = [(name, value)] + kw["extra"]
    return kw


class RawBytes(Raw):
    """A message given as bytes (after its subject was re-encoded)."""
    def __init__(self, data):
        self.data = data


def keep_subject(msg, encoded):
    """Render msg and put back the Subject as the client encoded it.

    Python's email package re-encodes every encoded-word as UTF-8; a
    client of 2010 wrote ISO-8859-1 or windows-1252 words, given here
    byte for byte (ASCII)."""
    data = lib.render(msg)
    head, sep, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    out, skip = [], False
    for line in lines:
        if line.lower().startswith(b"subject:"):
            out.append(b"Subject: " + encoded.encode("ascii"))
            skip = True
            continue
        if skip and line[:1] in (b" ", b"\t"):
            continue
        skip = False
        out.append(line)
    return RawBytes(b"\n".join(out) + sep + body)


# ---- more clients -------------------------------------------------------

def tb115(frm, subj, date, body, lang="nl", **kw):
    """Thunderbird 115: text/plain, format=flowed, utf-8 8bit."""
    _agent(kw, "Content-Language", "nl" if lang == "nl" else "en-GB")
    _agent(kw, "User-Agent", "Mozilla Thunderbird")
    return plain(frm, subj, date, body, cte="8bit", flowed=True, style="tb",
                 **kw)


def tb_forward_en(subj, stamp, frm_line, to, body):
    return ("\n\n\n-------- Forwarded Message --------\nSubject: \t%s\n"
            "Date: \t%s\nFrom: \t%s\nTo: \t%s\n\n\n\n%s"
            % (subj, d(stamp), frm_line, to, body))


def gmail2(frm, subj, date, body, **kw):
    """Gmail web: text + HTML (div dir=ltr, gmail_quote), utf-8."""
    html = ('<div dir="ltr">' + _html_lines(
        body, qstyle=' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex"') +
        '</div>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "gmail", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def macmail(frm, subj, date, body, **kw):
    """Apple Mail on macOS: text + HTML, blockquote type=cite, utf-8."""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; '
            '-webkit-nbsp-mode: space; line-break: after-white-space;">' +
            _html_lines(body, qstyle=' type="cite"') + '</body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("X-Mailer", "Apple Mail (2.3731.700.6)")]
    return _hdr(m, nxt(), "apple", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def outlookmac16(frm, subj, date, body, lang="nl", **kw):
    """Outlook for Mac 16: text + HTML, utf-8."""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 '
            '(filtered medium)"></head><body lang="%s"><div class="WordSection1">'
            % ("NL" if lang == "nl" else "EN-GB") +
            "".join('<p class="MsoNormal"><span style="font-size:11.0pt">%s'
                    '</span></p>' % (lib.esc(l) or "&nbsp;")
                    for l in body.split("\n")) + "</div></body></html>\n")
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("Thread-Topic", subj),
          ("User-Agent", "Microsoft-MacOutlook/16.78.23100802"),
          ("Content-Language", "nl-NL" if lang == "nl" else "en-GB")]
    return _hdr(m, nxt(), "macol", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def macol_quote_nl(frm_line, stamp, to, subj, body):
    t = _t(stamp)
    return ("\n\nVan: %s\nDatum: %s, %d %s %d om %02d:%02d\nAan: %s\n"
            "Onderwerp: %s\n\n%s"
            % (frm_line, NL_DAYS[t.weekday()], t.day, NL_MONS[t.month - 1],
               t.year, t.hour, t.minute, to, subj, body))


def yahoo2(frm, subj, date, body, **kw):
    """Yahoo Mail (app on a phone): text + HTML, utf-8."""
    html = ('<html><head></head><body><div class="ydp-mail" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;'
            'font-size:16px;"><div dir="ltr" data-setdir="false">' +
            _html_lines(body, qstyle=' class="yahoo_quoted"') +
            '</div></div></body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("X-Mailer", "WebService/1.1.21797 YMailNorrin")]
    return _hdr(m, nxt(), "yahoo", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def tutanota(frm, subj, date, body, **kw):
    """Tutanota: HTML only, utf-8 quoted-printable."""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; '
            'charset=UTF-8"></head><body>' + "".join(
                "<div>%s</div>" % (lib.esc(l) or "<br>")
                for l in body.split("\n")) + '</body></html>\n')
    m = html_part(html, "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "tuta", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def emclient(frm, subj, date, body, **kw):
    """eM Client: text + HTML, utf-8."""
    html = ('<html><head><style type="text/css">#x2c{font-family:Calibri;'
            'font-size:11pt}</style></head><body><div id="x2c">' +
            _html_lines(body, qstyle=' class="cite2" type="cite"') +
            '</div></body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("User-Agent", "eM_Client/9.2.2157.0")]
    return _hdr(m, nxt(), "emc", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def ox(frm, subj, date, body, **kw):
    """Open-Xchange App Suite (mailbox.org): text + HTML, utf-8."""
    html = ('<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n '
            '</head>\n <body>\n' + _html_lines(body, qstyle=' type="cite"') +
            '\n </body>\n</html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    ex = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev45"),
          ("X-Originating-Client", "open-xchange-appsuite"),
          ("Importance", "Normal"), ("X-Priority", "3")]
    return _hdr(m, nxt(), "ox", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def ox_quote_nl(stamp, frm_line, body):
    t = _t(stamp)
    return ("\n\n> %s heeft op %d %s %d om %02d:%02d geschreven:\n> \n> \n%s"
            % (frm_line, t.day, NL_MONS[t.month - 1], t.year, t.hour,
               t.minute, quote(body)))


def winmail(frm, subj, date, body, **kw):
    """The Windows Mail app: text + HTML (Word style), utf-8."""
    html = lib.html_outlook(body).replace("charset=windows-1252",
                                          "charset=utf-8")
    m = alt(body, html, "utf-8", "quoted-printable")
    return _hdr(m, nxt(), "plain", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                kw.get("extra") or [])


def spark(frm, subj, date, body, **kw):
    """Spark (Readdle): text + HTML, utf-8."""
    html = ('<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
            '</head><body><div name="messageBodySection"><div dir="auto">' +
            _html_lines(body, qstyle=' type="cite" style="border-left-color:'
                        ' grey; border-left-width: thin; border-left-style:'
                        ' solid; margin: 5px 5px; padding-left: 10px;"') +
            '</div></div></body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    ex = [("X-Readdle-Message-ID", h("spark", num)[:8] + "-" +
           h("spark", num)[8:12] + "-" + h("spark", num)[12:16] + "@Spark")]
    return _hdr(m, num, "spark", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


def outlookcom(frm, subj, date, body, lang="nl", **kw):
    """Outlook.com (the former Hotmail) on the web: text + HTML, utf-8."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
            + "".join('<div class="elementToProof" style="font-family: Aptos, '
                      'Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
                      'font-size: 12pt;">%s</div>' % (lib.esc(l) or "<br>")
                      for l in body.split("\n")) + '</body></html>\n')
    m = alt(body, html, "utf-8", "quoted-printable")
    num = nxt()
    ex = [("Thread-Topic", subj),
          ("Thread-Index", "AQHa" + h("ocom", num)[:24] + "=="),
          ("Accept-Language", "nl-NL, en-US"),
          ("Content-Language", "nl-NL" if lang == "nl" else "en-US"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return _hdr(m, num, "outlook", frm, subj, date, _to(kw), kw.get("cc"),
                kw.get("irt"), kw.get("refs"), kw.get("reply_to"),
                ex + (kw.get("extra") or []))


# ---- the robot's own mails, from the templates as they are now ----------

def help_nl(name=None):
    subj = "Aanmelden voor %s" % TITLE
    body = ("Beste %s,\n\nDit adres neemt aanmeldingen aan voor de leergang\n"
            "\"%s\".\nAanmelden gaat door een mail met deze gegevens (per "
            "deelnemer):\n\n  Naam: ...\n  Organisatie: ...\n  E-mail: ...\n"
            "  Functie: ...\n  Telefoon: ...\n"
            "  Factuuradres en kenmerk (voor organisaties): ...\n\n"
            "Meldt u meer collega's aan? Zet dan per persoon dezelfde gegevens\n"
            "onder elkaar. Iedere deelnemer krijgt een eigen bevestiging.\n\n"
            "%s\n\nKosten: %s per deelnemer voor maatschappelijke organisaties.\n\n"
            "Al aangemeld? Met de referentiecode uit uw bevestiging kunt u zich\n"
            "afmelden of een collega in uw plaats sturen.\n\n"
            "Vragen? Schrijf gerust; wij sturen ze door naar het secretariaat.\n\n%s"
            % (name or "heer/mevrouw", TITLE, PROG_NL, FEE_NL, SIG_NL))
    return subj, body


def code_needed_en(name, code=None, subject=None, asked="cancel"):
    subj = "Your request about %s: reference code needed" % TITLE
    what = {"cancel": "cancel a registration",
            "substitute": "pass a seat on to a colleague"}.get(
                asked, "change a registration")
    if code:
        rest = ("This message goes to the address you registered with. Did you ask for\n"
                "the change yourself? Then reply to this mail: your reference code\n"
                "%s is in the confirmation you received earlier. Include that\n"
                "code in your reply.\n\n"
                "Did you know nothing of this? Then you need not do anything: your\n"
                "registration stays as it was." % code)
    else:
        rest = ("Please send your request again, with the reference code from your\n"
                "confirmation. Lost the code? Reply to this mail and the secretariat\n"
                "will help you.")
    body = ("Dear %s,\n\nWe received a request to %s%s.\n"
            "We only make such a change with the reference code from the\n"
            "confirmation, so that nobody else can change your registration.\n\n"
            "%s\n\n%s"
            % (name or "Sir or Madam", what,
               ("\n(subject: \"%s\")" % subject) if subject else "", rest,
               SIG_EN))
    return subj, body


def already_nl(name, code, email, status_text):
    subj = "U bent al aangemeld voor %s [%s]" % (TITLE, code)
    body = ("Beste %s,\n\nWij ontvingen opnieuw een aanmelding voor %s. U bent al\n"
            "aangemeld; deze tweede aanmelding neemt geen extra plaats in.\n\n"
            "Uw referentiecode: %s\nStatus: %s\n\n"
            "Wilt u gegevens wijzigen of een collega aanmelden? Antwoord op deze\n"
            "mail; het secretariaat neemt contact met u op.\n\n%s"
            % (name, email, code, status_text, SIG_NL))
    return subj, body


def overview_nl(name, people):
    """people: (name, email, code, status_text)."""
    subj = "Overzicht van uw aanmeldingen: %s" % TITLE
    lines = []
    for n, e, c, s in people:
        lines.append("- %s <%s>" % (n, e))
        lines.append("  Referentiecode %s: %s" % (c, s))
    body = ("Beste %s,\n\nDank voor het aanmelden van uw collega's voor de leergang\n"
            "\"%s\".\nDit is de stand van iedere aanmelding:\n\n%s\n\n"
            "Iedere deelnemer krijgt ook zelf een bevestiging of wachtlijstbericht,\n"
            "met het programma en de referentiecode. Met die code kan de deelnemer\n"
            "zich afmelden of een collega sturen.\n\n%s"
            % (name or "heer/mevrouw", TITLE, "\n".join(lines), SIG_NL))
    return subj, body


def substitution_new_nl(name, code, old_name, org, role, email, free=False,
                        **kw):
    subj = "U neemt de plaats in van %s: %s [%s]" % (old_name, TITLE, code)
    body = ("Beste %s,\n\n%s heeft u aangemeld als vervanger voor de leergang\n"
            "\"%s\".\nU heeft nu een bevestigde plaats.\n\n"
            "Uw eigen referentiecode is %s. Bewaar deze mail: met deze code\n"
            "kunt u zich afmelden of zelf weer een collega sturen.\n\n"
            "Dit hebben wij van u genoteerd:\n\n%s\n\n"
            "Klopt er iets niet? Antwoord dan op deze mail met de juiste gegevens.\n\n"
            "%s\n\nIn de bijlage \"agenda.ics\" staan alle dagen voor uw agenda.\n\n"
            "%s\n\n%s\n\n%s"
            % (name, old_name, TITLE, code,
               details_nl(name, org, role, email, free=free, **kw), PROG_NL,
               terms_nl(free, kw.get("ir")), changes_nl(code), SIG_NL))
    return subj, body


def promotion_nl(name, code, org, role, email, free=False, **kw):
    subj = "U heeft een plaats: %s [%s]" % (TITLE, code)
    body = ("Beste %s,\n\nGoed nieuws: er is een plaats vrijgekomen in de leergang\n"
            "\"%s\".\nU stond op de wachtlijst en heeft nu een bevestigde plaats.\n\n"
            "Uw referentiecode blijft %s.\n\n"
            "Dit hebben wij van u genoteerd:\n\n%s\n\n%s\n\n"
            "In de bijlage \"agenda.ics\" staan alle dagen voor uw agenda.\n\n"
            "%s\n\nKunt u toch niet komen? Meld u dan zo snel mogelijk af, dan gaat de\n"
            "plaats naar de volgende op de wachtlijst.\n\n%s\n\n%s"
            % (name, TITLE, code,
               details_nl(name, org, role, email, free=free, **kw), PROG_NL,
               terms_nl(free, kw.get("ir")), changes_nl(code), SIG_NL))
    return subj, body


def waitlist_update_nl(name, code, pos):
    """The update when the limit per organisation no longer holds."""
    subj = "Uw plaats op de wachtlijst: %s [%s]" % (TITLE, code)
    body = ("Beste %s,\n\nHet maximum aantal plaatsen per organisatie houdt u niet langer tegen\n"
            "voor de leergang\n\"%s\".\n"
            "U staat op de wachtlijst, op plaats %d, en komt aan de beurt\n"
            "in volgorde van aanmelding. Alle plaatsen zijn op dit moment bezet;\n"
            "komt er een plaats vrij, dan krijgt u daarvan direct bericht per mail.\n\n"
            "Uw referentiecode is %s. Tot u een plaats heeft, is uw\n"
            "aanmelding nog geen deelname en worden er geen kosten in rekening\n"
            "gebracht.\n\n"
            "Wilt u van de wachtlijst af? Antwoord op deze mail met \"afmelden\" en\n"
            "uw code %s in uw eigen tekst.\n\n%s"
            % (name, TITLE, pos, code, code, SIG_NL))
    return subj, body


def received_nl(name, subject):
    return ("Ontvangen: " + subject,
            "Beste %s,\n\nDank voor uw bericht over de leergang\n\"%s\".\n"
            "Wij hebben het doorgestuurd naar het programmasecretariaat; u krijgt\n"
            "zo snel mogelijk persoonlijk antwoord.\n\n%s"
            % (name or "heer/mevrouw", TITLE, SIG_NL))


def png_scan(w=120, h=170):
    """A small grey PNG standing in for a scanned page (no text in it)."""
    import struct
    import zlib

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    rows = b"".join(b"\x00" + bytes(200 + ((x * 7 + y * 3) % 40)
                                     for x in range(w)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def robot_headers_plain(subj, kind, code, to, date, lang="nl",
                        auto="auto-replied"):
    """The header block of a robot mail sent as a single text/plain part."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: %s\nX-Regbot-Kind: %s\n"
            "Content-Language: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n"
            % (ROBOT, to, subj, d(date), robot_mid(kind, code), auto, kind,
               lang))
