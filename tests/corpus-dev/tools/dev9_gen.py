"""Write dev set 9 (../dev9) from its batch files, byte for byte
(corpus_tools.generate).

Run: python3 dev9_gen.py
"""
import sys as _sys
_sys.dont_write_bytecode = True
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "corpus-heldout", "tools")))

import dev9_lib  # noqa: E402
from corpus_tools import generate  # noqa: E402

BATCHES = ["dev9_batch1_register",
           "dev9_batch2_questions",
           "dev9_batch3_human",
           "dev9_batch4_machines",
           "dev9_batch5_replies"]

if __name__ == "__main__":
    generate(dev9_lib, BATCHES, HERE)
