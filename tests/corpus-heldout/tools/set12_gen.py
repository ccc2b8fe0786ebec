"""Write set 12 (../set12) from its batch files, byte for byte
(corpus_tools.generate).

Run: python3 set12_gen.py
"""
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(HERE, ".")))

import set12_lib  # noqa: E402
from corpus_tools import generate  # noqa: E402

BATCHES = ["set12_batch1_register",
           "set12_batch2_groups",
           "set12_batch3_nonreg",
           "set12_batch4_machines",
           "set12_batch5_changes"]

if __name__ == "__main__":
    generate(set12_lib, BATCHES, HERE)
