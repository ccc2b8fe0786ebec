#!/usr/bin/env python3
"""Write tests/corpus-dev/dev1/*.eml and *.expect.

Run from anywhere: python3 tests/corpus-dev/tools/gen.py
The text of every message and every label is typed by hand in
dev1_batch*.py; lib.py and dev_lib.py (copies of the held-out set's
MIME helpers and client shapes) only assemble MIME and write files.
"""
import glob
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

lib.use_set("dev1")
for path in sorted(glob.glob(os.path.join(lib.HERE, "dev1_batch*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])
n = lib.write_all()
print("wrote %d messages to %s" % (n, os.path.relpath(lib.OUT)))
