#!/usr/bin/env bash
# Every CSV the organiser opens defuses spreadsheet formulas (issue 11
# item 12): a registration whose fields start with = @ + - (mail anyone can
# send) comes out of `list --format csv`, `invoices --format csv` and the
# digest's CSV attachment with a leading apostrophe; a phone number with
# a + stays as it is.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
cat >"$T/evil.eml" <<'MAIL'
From: Deelnemer Formule <formule@example.org>
To: deSTADSWIJKstudies Almere <robot@regbot.test>
Subject: Aanmelding leergang deSTADSWIJKstudies Almere
Date: Tue, 13 Apr 2010 09:07:13 +0200
Message-ID: <csv-guard-1@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte heer/mevrouw,

Hierbij meld ik mij aan voor de leergang.

Naam: Deelnemer Formule
Organisatie: =HYPERLINK("http://example.org/x","Stichting")
Functie: @SUM(1+1)
E-mail: formule@example.org
Telefoon: +31 36 000 0001
Dieetwensen: -1+cmd|' /C calc'!A0
Factuuradres: Voorbeeldlaan 2, 1315 AA Almere
Factuurkenmerk: +31+HYPERLINK("http://example.org/y")

Met vriendelijke groet,
Deelnemer Formule
MAIL
rc=0
t_regbot "$CONF" --now "$T_NOW" ingest "$T/evil.eml" || rc=$?
t_eq "the registration is ingested" 0 "$rc"

# unguarded FILE: cells (one per line) that start with a formula character.
unguarded() { python3 -c '
import csv, sys
for row in csv.reader(open(sys.argv[1], newline="")):
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not all(c in "0123456789 ." for c in cell[1:]):
            print(cell)' "$1"; }
timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" list --format csv >"$T/list.csv" 2>>"$T/regbot.log"
t_check "list csv holds the organisation" grep -q 'HYPERLINK' "$T/list.csv"
t_eq "list csv: no cell starts a formula" "" "$(unguarded "$T/list.csv")"
t_check "list csv: the phone number is unchanged" grep -q ',+31 36 000 0001,' "$T/list.csv"
timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" invoices --format csv >"$T/inv.csv" 2>>"$T/regbot.log"
t_check "invoices csv holds the organisation" grep -q 'HYPERLINK' "$T/inv.csv"
t_eq "invoices csv: no cell starts a formula" "" "$(unguarded "$T/inv.csv")"
# The digest's CSV attachment (base64 or plain): decode it with Python.
timeout 60 "$REGBOT" --config "$CONF" --now 2010-05-02T09:00:00+02:00 digest --print --raw >"$T/digest.eml" 2>>"$T/regbot.log" || true
python3 - "$T/digest.eml" "$T/digest.csv" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
for part in m.walk():
    if (part.get_filename() or "").endswith(".csv"):
        open(sys.argv[2], "wb").write(part.get_payload(decode=True))
        break
PY
t_check "the digest has a CSV attachment with the registration" grep -q 'HYPERLINK' "$T/digest.csv"
t_eq "digest csv: no cell starts a formula" "" "$(unguarded "$T/digest.csv")"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
