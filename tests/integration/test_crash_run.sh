#!/usr/bin/env bash
# Crash safety of the daemon: a burst of registrations arrives while
# `regbot run` waits in IDLE, and the daemon is killed again and again -
# SIGKILL at random moments, and crash injection (REGBOT_CRASH_AFTER) at a
# random crash point - and restarted each time.  Compared with a clean run
# of `regbot once` over the same mail in a fresh mailbox and spool, in
# the order the daemon saw it (the server's UIDs):
#  - the same decisions in the same order: every registration's pool,
#    status and waitlist position;
#  - every sender answered, with the kind of reply the clean run gave;
#  - at most one repeated reply per crash, and a repeat carries the same
#    Message-ID as the first copy;
#  - each message once in the processed folder, none left in the INBOX;
#  - PRAGMA integrity_check says ok.
#
# CRASH_RUN_MAILS (default 120) and CRASH_RUN_KILLS (default 8) set the
# size; make torture runs 1,000 mails and 50 crashes.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

NMAIL=${CRASH_RUN_MAILS:-120}
NKILL=${CRASH_RUN_KILLS:-8}
t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"

NG=$((NMAIL / 3))
mkmail_batch "$T/mails" "$NG" $((NMAIL - NG)) 1000 >/dev/null || t_fatal "mkmail failed"
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")

RUN_MIN=0
next_now() {
	RUN_MIN=$((RUN_MIN + 1))
	NOW=$(printf '2010-05-01T%02d:%02d:00+02:00' $((10 + RUN_MIN / 60)) $((RUN_MIN % 60)))
}

# participants' replies in a sink dir: "recipient kind", one per message
replies() { t_sink_summary "$1" | grep -E '^(deelnemer|participant)' | sort; }

# ---- the crashing daemon -----------------------------------------------------
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$T/regbot.conf"

# the burst arrives while the daemon runs: delivered in the background
next_now
t_regbot_bg "$T/regbot.conf" --now "$NOW" run
pid=$T_BG_PID
connected() { grep -q 'connected (' "$T/regbot.log"; }
wait_until 30 "regbot run connects" connected || t_fatal "regbot run did not connect"
# (the subshell must not run this script's exit handlers)
(
	trap - EXIT INT TERM
	deliver_direct robot "${FILES[@]}" && echo "delivered ${#FILES[@]}"
) >"$T/deliver.log" 2>&1 &
deliverer=$!

kills=0 injected=0
for ((k = 0; k < NKILL; k++)); do
	if ((k % 2 == 0)); then
		# SIGKILL after a random 0.1 .. 1.5 s
		sleep "$(printf '%d.%d' $((RANDOM % 2)) $((RANDOM % 9 + 1)))"
		if t_alive "$pid"; then
			kill -KILL "$pid" 2>/dev/null
			wait "$pid" 2>/dev/null
			kills=$((kills + 1))
		fi
		next_now
		t_regbot_bg "$T/regbot.conf" --now "$NOW" run
		pid=$T_BG_PID
	else
		# the daemon dies at its Nth crash point (1..40)
		kill -TERM "$pid" 2>/dev/null
		wait_until 30 "regbot run stops" t_gone "$pid" || kill -KILL "$pid"
		wait "$pid" 2>/dev/null
		next_now
		REGBOT_CRASH_AFTER=$((RANDOM % 40 + 1)) t_regbot_bg "$T/regbot.conf" --now "$NOW" run
		pid=$T_BG_PID
		died() { t_gone "$pid"; }
		if wait_until 20 "an injected crash" died 2>/dev/null; then
			wait "$pid" 2>/dev/null
			injected=$((injected + 1))
		else
			kill -KILL "$pid" 2>/dev/null
			wait "$pid" 2>/dev/null
			kills=$((kills + 1))
		fi
		next_now
		t_regbot_bg "$T/regbot.conf" --now "$NOW" run
		pid=$T_BG_PID
	fi
done
drc=0
wait "$deliverer" || drc=$?
[ "$drc" = 0 ] || t_fatal "the burst was not delivered (exit $drc): $(tail -3 "$T/deliver.log")"
handled() { [ "$(mailbox_count robot INBOX)" = 0 ] &&
	[ "$(replies "$SINK" | sort -u | wc -l)" -ge "$NMAIL" ]; }
wait_until 300 "every message handled and answered" handled
kill -TERM "$pid" 2>/dev/null
wait_until 30 "regbot run stops" t_gone "$pid"
t_check "the last daemon stopped on SIGTERM" t_gone "$pid"
t_log "$kills SIGKILLs and $injected injected crashes over $NMAIL mails"

t_eq "INBOX" 0 "$(mailbox_count robot INBOX)"
t_eq "each message once in Verwerkt" "$NMAIL" "$(mailbox_count robot Verwerkt)"

# ---- the clean reference: `once` over the same mail, in the same order -----
# The arrival order is the server's (UIDs); mail delivered while the
# daemon syncs the maildir gets its UIDs in the server's order, not
# always the order of delivery.  The reference gets the mail in the order
# the crashing daemon saw it.
declare -A FILE_OF=()
for f in "${FILES[@]}"; do
	id=$(sed -n 's/^Message-ID: *//Ip' "$f" | head -1 | tr -d '\r')
	FILE_OF[$id]=$f
done
mapfile -t ORDER < <(sqlite3 -batch -noheader "$T/spool/regbot.db" \
	"SELECT message_id FROM messages WHERE uid > 0 GROUP BY message_id ORDER BY min(id)")
CLEAN_FILES=()
for id in "${ORDER[@]}"; do
	[ -n "${FILE_OF[$id]:-}" ] && CLEAN_FILES+=("${FILE_OF[$id]}")
done
t_eq "the crashing daemon saw every mail" "$NMAIL" "${#CLEAN_FILES[@]}"
smtp_sink_stop
servers_reset
smtp_sink_start "$T/sink-clean" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CFG_SPOOL=$T/clean-spool CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$T/clean.conf"
deliver_direct robot "${CLEAN_FILES[@]}" || t_fatal "could not deliver the burst"
next_now
for i in 1 2 3; do
	t_regbot "$T/clean.conf" --now "$NOW" once && break
done
t_eq "clean run: INBOX empty" 0 "$(mailbox_count robot INBOX)"
t_list "$T/clean.conf" |
	jq -c 'map({email: (.email | ascii_downcase), pool, status, waitlist_position}) | sort_by(.email)' \
		>"$T/clean.list"
replies "$T/sink-clean" | sort -u >"$T/clean.replies"
t_eq "clean run: every sender answered" "$NMAIL" "$(wc -l <"$T/clean.replies")"

t_list "$T/regbot.conf" |
	jq -c 'map({email: (.email | ascii_downcase), pool, status, waitlist_position}) | sort_by(.email)' \
		>"$T/crash.list"
t_check "the same decisions in the same order as the clean run" cmp -s "$T/clean.list" "$T/crash.list"
replies "$SINK" | sort -u >"$T/crash.replies"
t_eq "senders whose reply differs from the clean run" "" \
	"$(comm -3 "$T/clean.replies" "$T/crash.replies" | head -5 | paste -sd' ')"

# repeats: at most one per crash, each with the first copy's Message-ID
total=$(replies "$SINK" | wc -l)
repeats=$((total - NMAIL))
t_log "replies sent: $total for $NMAIL senders ($repeats repeated)"
t_check "at most one repeat per crash ($repeats for $((kills + injected)))" \
	[ "$repeats" -le $((kills + injected)) ]
ids=$(for f in "$SINK"/*; do
	awk 'BEGIN { IGNORECASE = 1 } /^\r?$/ { exit } { sub(/\r$/, "") }
	     tolower($0) ~ /^x-rcpt-args:/ { r = $2 }
	     tolower($0) ~ /^message-id:/ { m = $2 }
	     END { print r, m }' "$f"
done | sort -u | awk '{ print $1 }' | uniq -d)
t_eq "recipients whose repeats carry another Message-ID" "" "$(head -3 <<<"$ids" | paste -sd' ')"
ic=$(sqlite3 -batch -noheader "$T/spool/regbot.db" 'PRAGMA integrity_check')
t_eq "PRAGMA integrity_check" ok "$ic"
[ "$T_FAILS" = 0 ] || t_show_log 40
t_done
