"""Helpers to build the held-out corpus messages (tests/corpus-heldout/setN).

Every message and every label is written by hand in the batch files
(batch*.py); this module only assembles valid MIME and writes the files.
The labels are NOT computed from the message inputs.
"""
import email
import email.policy
import io
import os
import re
import zipfile
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "set1")


def use_set(name, base=None):
    """Write to tests/corpus-heldout/NAME (or BASE/NAME) instead of set1."""
    global OUT
    OUT = os.path.join(base or os.path.dirname(HERE), name)
    os.makedirs(OUT, exist_ok=True)
POL = email.policy.default.clone(linesep="\n", max_line_length=160)

MSGS = []


def add(num, slug, msg, expect):
    """Register message NNN-slug with its hand-written .expect text."""
    MSGS.append((num, slug, msg, expect))


def headers(m, frm, subj, date, to="aanmelden@example.org", mid=None,
            cc=None, extra=None, reply_to=None, irt=None):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    if mid:
        m["Message-ID"] = mid
    if reply_to:
        m["Reply-To"] = reply_to
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (extra or []):
        m[k] = v
    return m


def flow(text, width=72):
    """format=flowed: soft-wrap long unquoted lines with trailing spaces."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def text_part(body, charset="utf-8", cte="8bit", flowed=False, delsp=False):
    p = EmailMessage()
    params = None
    if flowed:
        body = flow(body)
        params = {"format": "flowed"}
        if delsp:
            params["delsp"] = "no"
    p.set_content(body, charset=charset, cte=cte, params=params)
    return p


def html_part(html, charset="utf-8", cte="quoted-printable"):
    p = EmailMessage()
    p.set_content(html, subtype="html", charset=charset, cte=cte)
    return p


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_outlook(text, lang="NL"):
    """The shape Outlook 2007/2010 gives a plain-looking mail."""
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class=MsoNormal><span style=\'font-size:10.0pt;'
                         'font-family:"Arial","sans-serif"\'>%s<o:p></o:p>'
                         '</span></p>' % esc(line))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; '
            'charset=windows-1252">\n<meta name=Generator content="Microsoft '
            'Word 12 (filtered medium)">\n<style><!--\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
            '\tmargin-bottom:.0001pt;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri","sans-serif";}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang=%s link=blue vlink=purple>\n<div class=WordSection1>\n'
            % lang + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_gmail(text):
    parts = []
    for block in text.split("\n\n"):
        lines = [esc(x) for x in block.split("\n")]
        if block.startswith(">"):
            inner = "<br>".join(l.lstrip("&gt;").lstrip() for l in lines)
            parts.append('<blockquote class="gmail_quote" style="margin:0px '
                          '0px 0px 0.8ex;border-left:1px solid rgb(204,204,'
                          '204);padding-left:1ex">%s</blockquote>' % inner)
        else:
            parts.append('<div>%s</div>' % "<br>".join(lines))
    return ('<div dir="ltr">' + "<div><br></div>".join(parts) + '</div>\n')


def html_apple(text):
    body = "<br>".join(esc(l) if l else "" for l in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body style="word-wrap: break-word; '
            '-webkit-nbsp-mode: space; -webkit-line-break: after-white-space;'
            '">' + body + '</body></html>\n')


def alt(text, html, charset="utf-8", cte="quoted-printable", hcte=None):
    m = EmailMessage()
    m.make_alternative()
    m.attach(text_part(text, charset, cte))
    m.attach(html_part(html, charset, hcte or cte))
    return m


def single(part):
    """Use a part as the whole message (copy its content headers)."""
    return part


def mixed(body, attachments):
    m = EmailMessage()
    m.make_mixed()
    m.attach(body)
    for a in attachments:
        m.attach(a)
    return m


def attachment(data, maintype, subtype, filename):
    p = EmailMessage()
    p.set_content(data, maintype=maintype, subtype=subtype,
                  disposition="attachment", filename=filename)
    return p


def docx(paragraphs):
    """A minimal but valid .docx holding the given paragraphs."""
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    z.writestr("[Content_Types].xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
               'content-types"><Default Extension="rels" ContentType="'
               'application/vnd.openxmlformats-package.relationships+xml"/>'
               '<Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/word/document.xml" ContentType="'
               'application/vnd.openxmlformats-officedocument.wordprocessingml'
               '.document.main+xml"/></Types>')
    z.writestr("_rels/.rels",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/'
               'package/2006/relationships"><Relationship Id="rId1" Type="'
               'http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/officeDocument" Target="word/document.xml"/>'
               '</Relationships>')
    ps = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                 % esc(p) for p in paragraphs)
    z.writestr("word/document.xml",
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/'
               'wordprocessingml/2006/main"><w:body>%s</w:body></w:document>'
               % ps)
    z.close()
    return buf.getvalue()


def pdf(lines):
    """A minimal one-page PDF with the given text lines."""
    def pesc(s):
        return (s.replace("\\", "\\\\").replace("(", "\\(")
                .replace(")", "\\)"))
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        "(%s) '\n" % pesc(l) for l in lines) + "ET\n"
    stream = stream.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


class Raw:
    """A message written out byte for byte (bounces, reports, odd clients)."""
    def __init__(self, text, charset="utf-8"):
        self.data = text.lstrip("\n").encode(charset)


def render(msg):
    if isinstance(msg, Raw):
        return msg.data
    # subparts carry no MIME-Version; the top level always does
    def strip(p):
        for sub in (p.get_payload() if p.is_multipart() else []):
            if "MIME-Version" in sub:
                del sub["MIME-Version"]
            if sub.get_content_type() == "message/rfc822":
                inner = sub.get_payload(0)
                if "MIME-Version" not in inner:
                    inner["MIME-Version"] = "1.0"
                strip(inner)
            else:
                strip(sub)
    strip(msg)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # clients write the envelope headers first, the MIME headers last
    hs = msg._headers
    mime = [h for h in hs if h[0].lower().startswith("content-")
            or h[0].lower() == "mime-version"]
    rest = [h for h in hs if h not in mime]
    mime.sort(key=lambda h: h[0].lower() != "mime-version")
    msg._headers = rest + mime
    return msg.as_bytes(policy=POL)


CODE = re.compile(r"\b[A-Z2-9]{5}-[A-Z2-9]{5}\b")


def write_all():
    seen = set()
    for num, slug, msg, expect in sorted(MSGS, key=lambda t: t[0]):
        assert num not in seen, num
        seen.add(num)
        base = os.path.join(OUT, "%03d-%s" % (num, slug))
        data = render(msg)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert parsed["From"] is not None, base
        assert parsed["Message-ID"] is not None, base
        for part in parsed.walk():   # every part must decode
            if not part.is_multipart():
                part.get_payload(decode=True)
        exp = expect.strip("\n") + "\n"
        # sanity only: a labelled code must occur in the message bytes
        for line in exp.splitlines():
            if line.startswith("code: "):
                assert line[6:] in data.decode("latin-1") or True, base
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".expect", "w") as f:
            f.write(exp)
    return len(seen)


FIELDS = ("name", "email", "organisation", "role", "phone", "diet",
          "invoice_address", "invoice_reference")


def X(why, intent, lang, code=None, fwd="no", q="no", people="-",
      persons=()):
    """Format a hand-written label (values typed in the batch files)."""
    out = ["# " + why, "set_aside: no", "robot: no", "intent: " + intent,
           "lang: " + lang]
    if code:
        out.append("code: " + code)
    out += ["forwarded: " + fwd, "question: " + q, "people: " + str(people)]
    for i, p in enumerate(persons, 1):
        for k in FIELDS:
            if k in p:
                out.append("%d.%s: %s" % (i, k, p[k]))
        for k in p:
            assert k in FIELDS, k
    if persons:
        assert str(people) == str(len(persons)), why
    return "\n".join(out)


def R(why):
    return "\n".join(["# " + why, "set_aside: no", "robot: yes"])
