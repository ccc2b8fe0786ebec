"""Write set 13 (../set13) from its batch files, byte for byte
(corpus_tools.generate).

Run: python3 set13_gen.py
"""
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(HERE, ".")))

import set13_lib  # noqa: E402
from corpus_tools import generate  # noqa: E402

BATCHES = ["set13_batch1_register",
           "set13_batch2_groups",
           "set13_batch3_nonreg",
           "set13_batch4_machines",
           "set13_batch5_changes"]

if __name__ == "__main__":
    generate(set13_lib, BATCHES, HERE)
