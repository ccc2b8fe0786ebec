"""Write dev set 9: every batch adds its messages in order, then all are written.

Run: python3 dev9_gen.py   (writes ../dev9/NNN-slug.eml and .expect)
"""
import importlib
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import dev9_lib  # noqa: E402

BATCHES = ["dev9_batch1_register", "dev9_batch2_questions",
           "dev9_batch3_human", "dev9_batch4_machines",
           "dev9_batch5_replies"]


def fix_boundaries():
    """Give every multipart a fixed boundary, so a rerun writes the same bytes."""
    for num, slug, msg, _ in dev9_lib.lib.MSGS:
        if isinstance(msg, dev9_lib.lib.Raw):
            continue
        for i, part in enumerate(msg.walk()):
            if part.get_content_type() == "message/rfc822":
                continue  # a message part has no boundary of its own
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary("----=_Part_%d_%s" % (
                    i, dev9_lib.h("b", num, slug, i)[:18]))


def main():
    out = dev9_lib.lib.OUT
    for f in os.listdir(out):
        if f.endswith((".eml", ".expect")):
            os.remove(os.path.join(out, f))
    for b in BATCHES:
        if os.path.exists(os.path.join(HERE, b + ".py")):
            importlib.import_module(b)
    fix_boundaries()
    n = dev9_lib.lib.write_all()
    with open(os.path.join(out, "organiser"), "w") as f:
        f.write(dev9_lib.ORG_ADDR + "\n")
    print("wrote %d messages to %s" % (n, os.path.relpath(out)))


if __name__ == "__main__":
    main()
