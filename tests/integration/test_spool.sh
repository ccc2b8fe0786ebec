#!/usr/bin/env bash
# The spool is private and has one owner at a time:
#   A. Under umask 022 and umask 000, in a spool directory created 0755 by
#      hand: the spool ends up 0700, the database, its WAL and shared-memory
#      file, the raw copies and the lock file 0600 (no file or directory
#      readable by others).
#   B. While `regbot run` holds the spool, `once` and `ingest` refuse to
#      start (exit 1, the message names the daemon's pid) and record
#      nothing; `list` works; an organiser's change is recorded and left
#      for the daemon to send.  After the daemon stops, `once` runs.
#   C. `ingest` of empty or blank input exits 1, says so and records
#      nothing.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
mkmail_batch "$T/mails" 1 2
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")

# modes DIR: "path mode" for the spool and everything in it.
modes() { find "$1" -printf '%P %m\n' | sort; }
# open_to_others DIR: entries with any group/other permission bit.
open_to_others() { find "$1" -perm /077 -printf '%P %m\n' | sort; }

for mask in 022 000; do
	CONF=$T/conf-$mask
	SPOOL=$T/spool-$mask
	(
		umask "$mask"
		mkdir -p "$SPOOL"
		CFG_SPOOL=$SPOOL CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
	)
	t_eq "umask $mask: the spool starts as made by hand" \
		"$(printf '%o' $((8#777 & ~8#$mask)))" \
		"$(stat -c %a "$SPOOL")"
	rc=0
	(umask "$mask" && t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[0]}") || rc=$?
	t_eq "umask $mask: ingest succeeds" 0 "$rc"
	t_eq "umask $mask: spool directory" 700 "$(stat -c %a "$SPOOL")"
	t_eq "umask $mask: regbot.db" 600 "$(stat -c %a "$SPOOL/regbot.db")"
	for f in regbot.db-wal regbot.db-shm; do
		[ -e "$SPOOL/$f" ] && t_eq "umask $mask: $f" 600 "$(stat -c %a "$SPOOL/$f")"
	done
	t_check "umask $mask: raw copies were written" \
		test "$(find "$SPOOL" -type f -newer "$CONF" ! -name 'regbot.*' | wc -l)" -ge 1
	open=$(open_to_others "$SPOOL")
	t_eq "umask $mask: nothing in the spool open to group or others" "" "$open"
	[ -z "$open" ] || modes "$SPOOL" | sed 's/^/    | /'
done

# ---- B: one process per spool
CONF=$T/conf-lock
CFG_SPOOL=$T/spool-lock CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
rc=0
t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[0]}" || rc=$?
t_eq "a first registration by ingest" 0 "$rc"
CODE=$(t_list "$CONF" | jq -r '.[0].code')
t_regbot_bg "$CONF" --now "$T_NOW" run
PID=$T_BG_PID
lock_has_pid() { [ "$(cat "$T/spool-lock/regbot.lock" 2>/dev/null)" = "$PID" ]; }
wait_until 20 "the daemon holds the spool lock" lock_has_pid ||
	t_fatal "regbot run did not take the lock"
before=$(t_list "$CONF" | jq length)

for cmd in once "ingest ${FILES[1]}"; do
	rc=0
	# shellcheck disable=SC2086
	out=$(timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" $cmd 2>&1 </dev/null) || rc=$?
	t_eq "'${cmd%% *}' while the daemon runs: refused" 1 "$rc"
	t_check "'${cmd%% *}': the message names the daemon's pid ($out)" \
		grep -q "pid $PID" <<<"$out"
done
t_eq "nothing was recorded by the refused commands" "$before" "$(t_list "$CONF" | jq length)"
t_check "list works while the daemon runs" eval "t_list \"\$CONF\" >/dev/null"
rc=0
out=$(timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" cancel "$CODE" 2>&1 </dev/null) || rc=$?
t_eq "an organiser's cancel while the daemon runs succeeds" 0 "$rc"
t_check "and says the daemon sends its mail ($out)" grep -q "pid $PID" <<<"$out"
t_eq "the cancellation is recorded" cancelled "$(t_list "$CONF" | jq -r --arg c "$CODE" '.[] | select(.code == $c) | .status')"
t_check "the daemon is still running" t_alive "$PID"

kill -TERM "$PID" 2>/dev/null || true
wait_until 15 "regbot to exit after SIGTERM" t_gone "$PID" || t_notok "daemon did not stop"
wait "$PID" 2>/dev/null || true
rc=0
t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[1]}" || rc=$?
t_eq "ingest after the daemon stopped" 0 "$rc"
t_eq "and it recorded the registration" "$((before + 1))" "$(t_list "$CONF" | jq length)"

# ---- C: empty input to ingest (issue 11 item 12)
msgs() { sqlite3 "$T/spool-lock/regbot.db" "select count(*) from messages"; }
before=$(msgs)
printf '' >"$T/empty.eml"
printf ' \r\n\n\t\n' >"$T/blank.eml"
for f in "$T/empty.eml" "$T/blank.eml" /dev/stdin; do
	rc=0
	out=$(timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" ingest "$f" 2>&1 </dev/null) || rc=$?
	t_eq "ingest of empty input ${f##*/}: exit status" 1 "$rc"
	t_check "ingest of empty input ${f##*/}: says so ($out)" grep -q 'empty input' <<<"$out"
done
t_eq "empty input recorded nothing" "$before" "$(msgs)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
