"""Write set 11 (retired to development as ../../corpus-dev/dev8) from its
batch files, byte for byte (corpus_tools.generate).

Run: python3 set11_gen.py
"""
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(HERE, ".")))

import set11_lib  # noqa: E402
from corpus_tools import generate  # noqa: E402

BATCHES = ["set11_batch1_register",
           "set11_batch2_groups",
           "set11_batch3_nonreg",
           "set11_batch4_machines",
           "set11_batch5_changes"]

if __name__ == "__main__":
    generate(set11_lib, BATCHES, HERE)
