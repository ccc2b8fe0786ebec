"""Check set 10 (corpus_tools.check): every .eml parses, every .expect has
its keys, the labels' values occur in the message, the numbering is
contiguous; print counts.

Run: python3 set10_check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, ".")))

from corpus_tools import check  # noqa: E402

if __name__ == "__main__":
    check(os.path.normpath(os.path.join(HERE, "..", "set10")))
