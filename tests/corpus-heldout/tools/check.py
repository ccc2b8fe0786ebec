#!/usr/bin/env python3
"""Sanity check of the hand-written labels against the message text.

It does not produce labels: it only reports a labelled value (code, email,
name, ...) that does not occur anywhere in the decoded message, which
points at a typing error in a label or a message.
"""
import email
import email.policy
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# a set's name beside this directory ("set2"), or the path of any set
ARG = sys.argv[1] if len(sys.argv) > 1 else "set1"
SET = ARG if os.sep in ARG else os.path.join(os.path.dirname(HERE), ARG)


def text_of(msg):
    out = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "utf-8"
        try:
            t = payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            t = payload.decode("latin-1")
        if ct == "text/html":
            import html
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
    return re.sub(r"\s+", " ", "\n".join(out))


bad = 0
for exp in sorted(glob.glob(os.path.join(SET, "*.expect"))):
    eml = exp[:-7] + ".eml"
    msg = email.message_from_bytes(open(eml, "rb").read(), policy=email.policy.default)
    text = text_of(msg)
    low = text.lower()
    for line in open(exp, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        key, val = line.split(":", 1)
        val = val.strip()
        if key == "code" or key.endswith(".email") or key.endswith(".name") \
                or key.endswith(".phone") or key.endswith(".invoice_reference"):
            if val.lower() not in low:
                print("%s: %s=%r not in message" % (os.path.basename(exp), key, val))
                bad += 1
print("%d suspicious values" % bad)
sys.exit(1 if bad else 0)
