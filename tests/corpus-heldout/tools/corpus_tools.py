"""The checks and the writing that set11, set12 and dev9 share.

check(set_dir): every .eml parses, every .expect has its keys, the labels'
values occur in the message, the numbering is contiguous; prints counts
and exits 1 on a failure.
generate(lib, batches, here): imports each batch module (every one adds its
messages in order), gives every multipart a fixed boundary and writes the
set with its organiser file, so that a rerun writes the same bytes.
"""
import collections
import email
import email.policy
import html
import io
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ("set_aside", "robot", "intent", "lang", "forwarded", "question",
        "people")
FIELDS = ("name", "email", "organisation", "role", "phone", "diet",
          "invoice_address", "invoice_reference")
INTENTS = ("register", "cancel", "substitute", "status", "question", "help",
           "human", "-")
CROCKFORD = set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
ADDR = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def texts(msg):
    """Every decoded text a reader can see: parts, inner messages, docx, pdf."""
    out = []
    for part in msg.walk():
        if part is not msg and "From" in part:
            out += ["%s: %s" % kv for kv in part.items()]
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        raw = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct.startswith("message/"):
            cs = part.get_content_charset() or "utf-8"
            try:
                t = raw.decode(cs)
            except (LookupError, UnicodeDecodeError):
                t = raw.decode("latin-1")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            out.append(t)
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(raw))
            out.append(re.sub(r"<[^>]+>", "\n", z.read("word/document.xml").decode()))
        elif ct == "application/pdf":
            out.append("\n".join(re.findall(r"\((.*?)\) '", raw.decode("latin-1"))))
        elif ct == "message/rfc822":
            out.append(str(part))
    for k, v in msg.items():
        out.append("%s: %s" % (k, v))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(SET):
    files = sorted(os.listdir(SET))
    emls = [f[:-4] for f in files if f.endswith(".eml")]
    exps = [f[:-7] for f in files if f.endswith(".expect")]
    problems = []
    if emls != exps:
        problems.append("eml/expect mismatch: %s" % sorted(set(emls) ^ set(exps)))
    nums = [int(f[:3]) for f in emls]
    if nums != list(range(1, len(nums) + 1)):
        problems.append("numbering not contiguous")
    with open(os.path.join(SET, "organiser")) as f:
        if f.read() != "secretariaat@almere.nl\n":
            problems.append("organiser file")
    counts = collections.Counter()
    robots = groups = fwd = replies = qs = 0
    people_total = 0
    clients = collections.Counter()
    domains = collections.Counter()
    for base in emls:
        data = open(os.path.join(SET, base + ".eml"), "rb").read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg["From"] is None or msg["Message-ID"] is None or msg["Date"] is None:
            problems.append("%s: From/Message-ID/Date missing" % base)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %s" % (base, part.defects))
            if not part.is_multipart():
                part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    part.get_content()
        lab = {}
        for line in open(os.path.join(SET, base + ".expect"), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            k, _, v = line.partition(": ")
            if k in lab:
                problems.append("%s: key %s twice" % (base, k))
            lab[k] = v
        for k in KEYS:
            if k not in lab:
                problems.append("%s: key %s missing" % (base, k))
        if lab.get("intent") not in INTENTS:
            problems.append("%s: intent %r" % (base, lab.get("intent")))
        if lab.get("lang") not in ("nl", "en", "-"):
            problems.append("%s: lang" % base)
        code = lab.get("code")
        alltext = texts(msg)
        blob = norm("\n".join(alltext))
        no_ids = re.sub(r"(?im)^(message-id|in-reply-to|references):.*$", "",
                        "\n".join(alltext))
        for dom in ADDR.findall(no_ids):  # message ids name no address
            domains[dom.lower()] += 1
        if code:
            a, _, b = code.partition("-")
            if not (len(a) == 5 and len(b) == 5 and set(a + b) <= CROCKFORD):
                problems.append("%s: code %s not Crockford" % (base, code))
            if code.lower() not in blob and code.encode() not in data:
                # base64-encoded calendars carry it inside
                problems.append("%s: code %s not found" % (base, code))
        idx = set()
        for k, v in lab.items():
            m = re.match(r"(\d+)\.(\w+)$", k)
            if not m:
                if k not in KEYS + ("code", "known"):
                    problems.append("%s: unknown key %s" % (base, k))
                continue
            idx.add(int(m.group(1)))
            if m.group(2) not in FIELDS:
                problems.append("%s: unknown field %s" % (base, k))
            if v != v.strip() or not v:
                problems.append("%s: %s untrimmed/empty" % (base, k))
            if norm(v) not in blob and not (
                    m.group(2) == "invoice_address"
                    and norm(v.replace(",", " ")) in norm(blob.replace(",", " "))):
                # a multi-line address is labelled joined with ", "
                problems.append("%s: %s value %r not in the message" % (base, k, v))
            if m.group(2) == "name":
                for bad in ("deelnemer", "participant", "voorbeeld"):
                    if bad in v.lower():
                        problems.append("%s: forbidden word in name" % base)
        n = lab.get("people", "0")
        if n == "-":  # the organiser's own mail: not checked
            n = "0"
        if lab.get("robot") == "no":
            if idx != set(range(1, int(n) + 1)):
                problems.append("%s: people %s but persons %s" % (base, n, sorted(idx)))
            if lab["intent"] == "register" and int(n) < 1:
                problems.append("%s: register without people" % base)
            if lab["intent"] != "register" and lab.get("question") == "yes":
                problems.append("%s: question yes outside a registration" % base)
        counts[lab.get("intent") if lab.get("robot") == "no" else "robot"] += 1
        if lab.get("robot") == "yes":
            robots += 1
        else:
            people_total += int(n)
            if lab["intent"] == "register" and int(n) >= 2:
                groups += 1
            if lab.get("forwarded") == "yes":
                fwd += 1
            if lab.get("question") == "yes":
                qs += 1
        irt = msg.get("In-Reply-To", "")
        subj = str(msg.get("Subject", ""))
        if "regbot." in irt or re.match(r"(?i)(re|aw|antw)\s*:", subj) and (
                "aanmelden@example.org" in "".join(alltext[:-1])):
            replies += 1
        ua = msg.get("X-Mailer") or msg.get("User-Agent") or ""
        clients[ua.split("/")[0].split(" (")[0].strip() or "-"] += 1
    print("messages: %d" % len(emls))
    for k, v in sorted(counts.items()):
        print("  %-11s %d" % (k, v))
    print("robot yes: %d; registrations of 2+: %d; forwarded: %d; "
          "register+question: %d; people registered: %d; replies to the "
          "robot (In-Reply-To or quoted): %d"
          % (robots, groups, fwd, qs, people_total, replies))
    print("agents:", ", ".join("%s (%d)" % kv for kv in sorted(clients.items())))
    odd = sorted(d for d in domains if not re.search(
        r"(^|\.)(example\.(org|nl|com|net)|almere\.nl)$", d))
    print("address domains outside example.*/almere.nl:", odd)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


def fix_boundaries(lib_mod):
    """Give every multipart a fixed boundary, so a rerun writes the same bytes."""
    for num, slug, msg, _ in lib_mod.lib.MSGS:
        if isinstance(msg, lib_mod.lib.Raw):
            continue
        for i, part in enumerate(msg.walk()):
            if part.get_content_type() == "message/rfc822":
                continue  # a message part has no boundary of its own
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary("----=_Part_%d_%s" % (
                    i, lib_mod.h("b", num, slug, i)[:18]))


def generate(lib_mod, batches, here):
    """Write the set of lib_mod from the batch modules in `here`."""
    import importlib
    out = lib_mod.lib.OUT
    for f in os.listdir(out):
        if f.endswith((".eml", ".expect")):
            os.remove(os.path.join(out, f))
    for b in batches:
        if os.path.exists(os.path.join(here, b + ".py")):
            importlib.import_module(b)
    fix_boundaries(lib_mod)
    n = lib_mod.lib.write_all()
    with open(os.path.join(out, "organiser"), "w") as f:
        f.write(lib_mod.ORG_ADDR + "\n")
    print("wrote %d messages to %s" % (n, os.path.relpath(out)))
