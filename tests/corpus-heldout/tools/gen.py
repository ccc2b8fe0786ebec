#!/usr/bin/env python3
"""Write tests/corpus-heldout/set3/*.eml and *.expect (or set4/ ...; set1,
set7, set8 and set2, retired to development, go to tests/corpus-dev/dev4/,
dev5/, dev6/ and dev7/).

Run from anywhere: python3 tests/corpus-heldout/tools/gen.py [set1|set2|set3|set4|set5|set6|set7|set8|set9]
Messages and labels are hand-written in batch*.py (set1),
set2_batch*.py (set2), set3_batch*.py (set3), set4_batch*.py (set4),
set5_batch*.py (set5), set6_batch*.py (set6), set7_batch*.py (set7),
set8_batch*.py (set8) and set9_batch*.py (set9).
"""
import glob
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib  # noqa: E402

name = sys.argv[1] if len(sys.argv) > 1 else "set1"
prefix = {"set1": "batch", "set2": "set2_batch", "set3": "set3_batch",
          "set4": "set4_batch",
          "set5": "set5_batch",
          "set6": "set6_batch",
          "set7": "set7_batch",
          "set8": "set8_batch",
          "set9": "set9_batch"}[name]
retired = {"set1": "dev4", "set7": "dev5", "set8": "dev6", "set2": "dev7"}
if name in retired:
    # retired to development as tests/corpus-dev/devN
    lib.use_set(retired[name], os.path.join(os.path.dirname(os.path.dirname(
        lib.HERE)), "corpus-dev"))
else:
    lib.use_set(name)
for path in sorted(glob.glob(os.path.join(lib.HERE, prefix + "*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])
n = lib.write_all()
print("wrote %d messages to %s" % (n, os.path.relpath(lib.OUT)))
