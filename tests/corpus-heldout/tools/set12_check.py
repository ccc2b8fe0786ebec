"""Check set 12 (corpus_tools.check).

Run: python3 set12_check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, ".")))

from corpus_tools import check  # noqa: E402

if __name__ == "__main__":
    check(os.path.normpath(os.path.join(HERE, "..", "..", "corpus-dev", "dev10")))
