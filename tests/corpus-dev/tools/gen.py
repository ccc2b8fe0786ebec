#!/usr/bin/env python3
"""Write tests/corpus-dev/dev1/*.eml and *.expect.

Run from anywhere: python3 tests/corpus-dev/tools/gen.py
The text of every message and every label is typed by hand in
dev1_batch*.py; the held-out sets' lib.py (MIME) and set2_lib.py (client
shapes) in tests/corpus-heldout/tools only assemble MIME and write files.
Check the labels with python3 tests/corpus-heldout/tools/check.py
tests/corpus-dev/dev1.
"""
import glob
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)),
                                "corpus-heldout", "tools"))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import set2_lib  # noqa: E402

lib.use_set("dev1", base=os.path.dirname(HERE))
set2_lib.ID_SEED = "dev1/"
for path in sorted(glob.glob(os.path.join(HERE, "dev1_batch*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])
n = lib.write_all()
print("wrote %d messages to %s" % (n, os.path.relpath(lib.OUT)))
