#!/usr/bin/env bash
# The spool is private and has one owner at a time:
#   A. Under umask 022 and umask 000, in a spool directory created 0755 by
#      hand: the spool ends up 0700, the database, its WAL and shared-memory
#      file, the raw copies and the lock file 0600 (no file or directory
#      readable by others).
#   B. While `regbot run` holds the spool, `once` refuses to start (exit
#      1, the message names the daemon's pid) and records nothing;
#      `ingest` (an MTA pipe, which would bounce the mail on a failure)
#      queues its message in SPOOL/incoming, wakes the daemon, exits 0,
#      and the daemon registers it; `list` works; an organiser's change
#      is recorded and left for the daemon to send.  After the daemon
#      stops, `ingest` runs, and the queued message is not doubled.
#   C. `ingest` of empty or blank input exits 1, says so and records
#      nothing.
#   D. Eight `ingest`s started at once (an MTA delivering a burst): all
#      exit 0, each message is registered once, nothing stays queued.
#   E. A holder that neither exits nor processes the queue (a stuck
#      process): `ingest` still exits 0 with its message queued,
#      `regbot status` counts it.  After the holder is gone, an `ingest`
#      killed right after committing the queued message leaves its file;
#      the next one finds that message known, removes the file and
#      registers its own: both once, oldest first.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
mkmail_batch "$T/mails" 4 10
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

rc=0
out=$(timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" once 2>&1 </dev/null) || rc=$?
t_eq "'once' while the daemon runs: refused" 1 "$rc"
t_check "'once': the message names the daemon's pid ($out)" grep -q "pid $PID" <<<"$out"
t_eq "nothing was recorded by the refused command" "$before" "$(t_list "$CONF" | jq length)"

rc=0
out=$(timeout 60 "$REGBOT" --config "$CONF" --now "$T_NOW" ingest "${FILES[1]}" 2>&1 </dev/null) || rc=$?
t_eq "'ingest' while the daemon runs: accepted (exit 0, no bounce)" 0 "$rc"
t_check "'ingest': says it queued the message for pid $PID ($out)" \
	grep -q "pid $PID.*queued for it" <<<"$out"
n_is() { [ "$(t_list "$CONF" | jq length)" = "$1" ]; }
wait_until 90 "the daemon to register the queued message" n_is "$((before + 1))" ||
	t_notok "the queued message was not registered"
queued() { find "$T/spool-lock/incoming" -type f 2>/dev/null | wc -l; }
t_eq "nothing left in incoming/" 0 "$(queued)"
t_check "the daemon says it processed the queued message" \
	grep -q 'incoming: 1 queued message processed' "$T/regbot.log"
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
t_eq "the queued message again, after the daemon stopped" 0 "$rc"
t_eq "and it is known: not registered twice" "$((before + 1))" "$(t_list "$CONF" | jq length)"
rc=0
t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[2]}" || rc=$?
t_eq "ingest after the daemon stopped" 0 "$rc"
t_eq "and it recorded the registration" "$((before + 2))" "$(t_list "$CONF" | jq length)"

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

# ---- D: a burst of ingests at once
CONF=$T/conf-burst
CFG_SPOOL=$T/spool-burst CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
pids=()
for i in 3 4 5 6 7 8 9 10; do
	timeout 120 "$REGBOT" --config "$CONF" --now "$T_NOW" ingest "${FILES[$i]}" \
		</dev/null >>"$T/regbot.log" 2>&1 &
	pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
t_eq "eight ingests at once: none failed" 0 "$failed"
t_eq "eight registrations" 8 "$(t_list "$CONF" | jq length)"
t_eq "eight distinct addresses" 8 "$(t_list "$CONF" | jq '[.[].email] | unique | length')"
t_eq "nothing left in incoming/" 0 "$(find "$T/spool-burst/incoming" -type f 2>/dev/null | wc -l)"

# ---- E: a holder that never processes the queue
CONF=$T/conf-stuck
SPOOL=$T/spool-stuck
CFG_SPOOL=$SPOOL CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkdir -p "$SPOOL"
# holds the spool lock as regbot does (fcntl), ignores the wake-up
python3 - "$SPOOL/regbot.lock" "$T/stuck.ready" <<'PY' &
import fcntl, os, signal, sys, time
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.lockf(fd, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
time.sleep(600)
PY
HOLDER=$!
_T_BG+=("$HOLDER")
wait_until 20 "the stuck holder" test -e "$T/stuck.ready" || t_fatal "no stuck holder"
rc=0
out=$(timeout 120 "$REGBOT" --config "$CONF" --now "$T_NOW" ingest "${FILES[11]}" 2>&1 </dev/null) || rc=$?
t_eq "ingest with a stuck holder: accepted" 0 "$rc"
t_check "says the message waits ($out)" grep -q "queued for it as .*waits for its next turn" <<<"$out"
t_eq "one message queued" 1 "$(find "$SPOOL/incoming" -name '*.eml' | wc -l)"
t_eq "queued privately" 600 "$(stat -c %a "$(find "$SPOOL/incoming" -name '*.eml' | head -1)")"
out=$("$REGBOT" --config "$CONF" --now "$T_NOW" status 2>&1 </dev/null) || true
t_check "status counts it ($out)" grep -q "queued by ingest for the daemon: 1" <<<"$out"
kill "$HOLDER" 2>/dev/null || true
wait "$HOLDER" 2>/dev/null || true
# the next ingest takes the queued message and dies (SIGKILL) right
# after its commit, before the file is removed, and before its own mail
rc=0
REGBOT_HOOK_POINT="incoming committed" REGBOT_HOOK_CMD='kill -9 $PPID' \
	t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[12]}" || rc=$?
t_eq "an ingest killed after the queued message's commit" 137 "$rc"
t_eq "  the queued message is registered" 1 "$(t_list "$CONF" | jq length)"
t_eq "  its file is still there" 1 "$(find "$SPOOL/incoming" -name '*.eml' | wc -l)"
rc=0
t_regbot "$CONF" --now "$T_NOW" ingest "${FILES[12]}" || rc=$?
t_eq "the killed ingest's mail again (as the MTA retries it)" 0 "$rc"
t_eq "both registered, the queued one once" 2 "$(t_list "$CONF" | jq length)"
first=$(sed -n 12p "$MAN" | cut -f2)
t_eq "the queued one first" "$first" "$(t_list "$CONF" | jq -r '.[0].email')"
t_eq "nothing left in incoming/" 0 "$(find "$SPOOL/incoming" -name '*.eml' | wc -l)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
