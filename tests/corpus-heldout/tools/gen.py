#!/usr/bin/env python3
"""Write tests/corpus-heldout/set1/*.eml and *.expect.

Run from anywhere: python3 tests/corpus-heldout/tools/gen.py
Messages and labels are hand-written in batch*.py.
"""
import glob
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

for path in sorted(glob.glob(os.path.join(lib.HERE, "batch*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])
n = lib.write_all()
print("wrote %d messages to %s" % (n, os.path.relpath(lib.OUT)))
