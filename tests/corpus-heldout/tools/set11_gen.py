"""Write set 11: every batch adds its messages in order, then all are written.

Run: python3 set11_gen.py   (writes ../../corpus-dev/dev8/NNN-slug.eml and
.expect: set 11 was retired to development as dev8)
"""
import importlib
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import set11_lib  # noqa: E402

BATCHES = ["set11_batch1_register", "set11_batch2_groups",
           "set11_batch3_nonreg", "set11_batch4_machines",
           "set11_batch5_changes"]


def fix_boundaries():
    """Give every multipart a fixed boundary, so a rerun writes the same bytes."""
    for num, slug, msg, _ in set11_lib.lib.MSGS:
        if isinstance(msg, set11_lib.lib.Raw):
            continue
        for i, part in enumerate(msg.walk()):
            if part.get_content_type() == "message/rfc822":
                continue  # a message part has no boundary of its own
            if part.is_multipart() and part.get_boundary() is None:
                part.set_boundary("----=_Part_%d_%s" % (
                    i, set11_lib.h("b", num, slug, i)[:18]))


def main():
    out = set11_lib.lib.OUT
    for f in os.listdir(out):
        if f.endswith((".eml", ".expect")):
            os.remove(os.path.join(out, f))
    for b in BATCHES:
        if os.path.exists(os.path.join(HERE, b + ".py")):
            importlib.import_module(b)
    fix_boundaries()
    n = set11_lib.lib.write_all()
    with open(os.path.join(out, "organiser"), "w") as f:
        f.write(set11_lib.ORG_ADDR + "\n")
    print("wrote %d messages to %s" % (n, out))


if __name__ == "__main__":
    main()
