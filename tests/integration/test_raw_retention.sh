#!/usr/bin/env bash
# Raw copies are kept raw_retention_days (here 30) and then removed by the
# next `once` or `run` cycle; the message's record stays (without its
# bytes), newer copies stay, and a second pass has nothing to do.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=9 t_config "$T/regbot.conf"
sed -i 's/^\[robot\]$/[robot]\nraw_retention_days = 30/' "$T/regbot.conf"
mkmail_batch "$T/mail" 0 2 600 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }

t_regbot "$T/regbot.conf" --now 2010-03-01T10:00:00+01:00 ingest "${FILES[0]}"
t_regbot "$T/regbot.conf" --now 2010-04-15T10:00:00+02:00 ingest "${FILES[1]}"
old=$(q "SELECT raw_path FROM messages ORDER BY id LIMIT 1")
new=$(q "SELECT raw_path FROM messages ORDER BY id DESC LIMIT 1")
t_check "both raw copies are kept at first" test -f "$old" -a -f "$new"

t_regbot "$T/regbot.conf" --now 2010-04-20T10:00:00+02:00 once
t_check "the copy older than 30 days is removed" test ! -e "$old"
t_check "the newer copy stays" test -f "$new"
t_eq "the records stay, one without its raw copy" "2 1" \
	"$(q "SELECT count(*), sum(raw_path IS NULL) FROM messages" | tr '|' ' ')"
t_check "the log says so" grep -q 'removed 1 raw copy older than 30 days' "$T/regbot.log"
t_regbot "$T/regbot.conf" --now 2010-05-20T10:00:00+02:00 once
t_check "a later pass removes what has aged since" test ! -e "$new"
t_eq "both records remain" 2 "$(q "SELECT count(*) FROM messages")"
t_done
