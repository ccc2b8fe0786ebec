#!/usr/bin/env python3
"""Write tests/corpus-dev/dev3/*.eml and *.expect.

Run from anywhere: python3 tests/corpus-dev/tools/gen_dev3.py
Messages and labels are hand-written in dev3_batch*.py; the MIME helpers
and client shapes are the held-out sets' (tests/corpus-heldout/tools),
used with this set's output directory and Message-ID seed (dev3_lib.py).
"""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dev3_lib  # noqa: E402,F401  (puts the held-out tools on sys.path)
import lib  # noqa: E402

lib.use_set("dev3", base=os.path.dirname(HERE))
for path in sorted(glob.glob(os.path.join(HERE, "dev3_batch*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])
n = lib.write_all()
print("wrote %d messages to %s" % (n, os.path.relpath(lib.OUT)))
