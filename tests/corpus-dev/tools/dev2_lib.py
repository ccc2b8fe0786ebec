"""Shared pieces of the development set dev2 (tests/corpus-dev/dev2).

The client shapes and the robot's own mails come from the held-out sets'
tools (tests/corpus-heldout/tools/set2_lib.py ... set7_lib.py), imported
here under a Message-ID seed of this set's own. Only the organiser's
invitation (quoted by some writers), the forward headers of a few clients
and a code check live here; the text of every message and every label is
typed by hand in dev2_batch*.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT_TOOLS = os.path.join(os.path.dirname(os.path.dirname(HERE)),
                             "corpus-heldout", "tools")
if HELDOUT_TOOLS not in sys.path:
    sys.path.insert(0, HELDOUT_TOOLS)

import lib  # noqa: E402
import set2_lib  # noqa: E402
from set7_lib import *  # noqa: E402,F401,F403
from set7_lib import (CROCKFORD, d, h, quote, when_nl, when_en,  # noqa: E402,F401
                      outlook_quote_nl, outlook_quote_en, o365_quote_nl,
                      o365_quote_en, ios_quote_nl, ios_quote_en, proton_quote,
                      samsung_quote_nl, reminder_en, reminder_nl, conf_nl,
                      conf_en, wait_nl, wait_en, incomplete_nl, incomplete_en,
                      question_nl, robot_mail, robot_headers, robot_mid,
                      with_attachments, rfc822_part)
from lib import Raw, X, R  # noqa: E402,F401

# set7_lib sets its own seed on import; this set has its own.
set2_lib.ID_SEED = "dev2/"


def ok_code(code):
    """Crockford base 32, two groups of five, as the robot writes codes."""
    a, _, b = code.partition("-")
    assert len(a) == 5 and len(b) == 5 and set(a + b) <= CROCKFORD, code
    return code


INVITE_SUBJ = "Uitnodiging leergang deSTADSWIJKstudies op locatie Almere"

INVITE_NL = """Geachte heer/mevrouw,

Graag nodigen wij uw organisatie uit om deelnemers aan te melden voor de
leergang deSTADSWIJKstudies op locatie Almere, "Almere: Sociale ambities in
een groeiende stad". De leergang bestaat uit vier dagen: dinsdag 1 juni,
donderdag 23 september, dinsdag 2 november en dinsdag 23 november 2010,
telkens van 09.45 tot 16.30 uur in De Nieuwe Bibliotheek, Stadhuisplein 101
in Almere.

Er zijn zestig plaatsen. De gemeente vult er zelf twintig; de overige
veertig zijn voor maatschappelijke organisaties. De bijdrage is EUR 1.000
per deelnemer. Tot 11 mei kan een organisatie ten hoogste drie deelnemers
aanmelden.

Aanmelden kan tot 25 mei 2010 met een mail aan aanmelden@example.org, met
per deelnemer naam, organisatie, functie, e-mailadres, telefoonnummer en
factuuradres. U ontvangt dan een bevestiging met een referentiecode.

De brochure met het volledige programma vindt u in de bijlage.

Met vriendelijke groet,

Programmasecretariaat Dienst Maatschappelijke Ontwikkeling
Gemeente Almere
secretariaat@almere.nl"""


def gmail_fwd(frm_line, date_line, subj, to_line, body):
    """The block Gmail (2010) puts above a forwarded message."""
    return ("---------- Forwarded message ----------\nFrom: %s\nDate: %s\n"
            "Subject: %s\nTo: %s\n\n\n%s" % (frm_line, date_line, subj,
                                            to_line, body))


def tb_fwd_nl(subj, date_line, frm_line, to_line, body):
    """Thunderbird 3 in Dutch, forwarding inline."""
    return ("-------- Origineel bericht --------\nOnderwerp: \t%s\n"
            "Datum: \t%s\nVan: \t%s\nAan: \t%s\n\n\n\n%s"
            % (subj, date_line, frm_line, to_line, body))


def tb_reply_en(stamp_line, frm_line, body):
    return "\n\nOn %s, %s wrote:\n%s" % (stamp_line, frm_line, quote(body))


def gmail_reply_en(stamp_line, frm_line, body):
    return "\n\nOn %s, %s wrote:\n\n%s" % (stamp_line, frm_line, quote(body))
