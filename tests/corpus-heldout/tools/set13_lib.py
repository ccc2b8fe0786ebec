"""Client shapes for the thirteenth held-out set (tests/corpus-heldout/set13).

It reuses the shapes of lib.py and set2_lib.py ... set12_lib.py from
tests/corpus-heldout/tools under a Message-ID seed of its own ("set13/")
and writes to ../set13. Nothing new is added: the clients, quote blocks,
forward blocks and machine skeletons of the earlier libraries serve.

Only MIME assembly and the layout a mail client or a machine gives a
message live here; the text of every message and every label is typed by
hand in set13_batch*.py.
"""
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import set2_lib  # noqa: E402
import set12_lib  # noqa: E402,F401
from set12_lib import *  # noqa: E402,F401,F403
from set12_lib import (_hdr, _t, _to, _agent, _html_lines, _fin, _kw,  # noqa: E402,F401
                       nxt, h, d, quote, robot_mid, NL_DAYS, NL_MONS,
                       EN_DAYS, EN_MONS, ok_code, add, alt, text_part,
                       html_part, attachment, Raw, ROBOT, TITLE, SIG_NL,
                       SIG_EN, PROG_NL, PROG_EN, L, M, O, P, ORG_ADDR,
                       ORG_FROM, with_atts, report, raw_mail, robot_raw,
                       robot_head, enc_subject, ics_reply10, text_att,
                       b64lines, rirt, wlm, wlm_quote, cable_webmail,
                       phone_b64, conf, qp)

# this set's own seed and output directory (set12_lib set its own first)
set2_lib.ID_SEED = "set13/"
lib.use_set("set13", os.path.normpath(os.path.join(HERE, "..")))

assert set2_lib.ID_SEED == "set13/"
