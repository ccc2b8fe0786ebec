#!/usr/bin/env bash
# Crash safety.
#
# Part 1: a batch of 70 registrations; `regbot once` is killed with SIGKILL
# several times (twice after a random fraction of a second, then after
# about 10, 35 and 55 replies went out), then restarted with `once` until the INBOX is empty.  Outcome: all
# 70 registered, 60 confirmed and 10 waitlisted (20/5 and 40/5), every
# participant answered, nobody with replies of two different kinds.
# Repeated replies of the same kind (a crash between the server accepting a
# reply and regbot marking it sent) are reported, not failed.
#
# Part 2: crash injection.  REGBOT_CRASH_AFTER=N makes regbot die by SIGKILL
# at its Nth crash point (raw copy written, transaction committed, reply
# sent, message moved).  For N = 1, 2, ... (until a run no longer reaches
# N, at most CRASH_MAX_N, default 40) on 6 mails with 2-seat pools: crash,
# restart with `once`, and compare with a clean run: the same registrations
# (email, pool, status, waitlist position) and the same replies (recipient,
# kind), duplicates reported.
#
# Replies go to smtp-sink: a reply counts the moment regbot sent it.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"

# The replies to participants in a sink dir: "recipient kind", sorted.
replies() { t_sink_summary "$1" | grep -E '^(deelnemer|participant)' | sort; }
# Fail on two kinds for one recipient; print the number of repeats.
check_replies() { # DIR LABEL
	local r mixed dups
	r=$(replies "$1")
	mixed=$(sort -u <<<"$r" | awk '{ print $1 }' | uniq -d | paste -sd' ')
	dups=$(uniq -d <<<"$r" | paste -sd' ')
	if [ -n "$mixed" ]; then
		t_notok "$2: replies of different kinds to: $mixed"
	else
		t_ok "$2: nobody got replies of two different kinds"
	fi
	if [ -n "$dups" ]; then
		t_log "$2: REPORT: repeated replies (same kind): $dups"
	fi
}

# regbot's --now pins the start of its clock, which then runs on; a later
# run must not start earlier than an earlier one ended, or what that one
# scheduled is not yet due.  Each run here starts a minute after the last.
RUN_MIN=0
next_now() {
	RUN_MIN=$((RUN_MIN + 1))
	NOW=$(printf '2010-05-01T%02d:%02d:00+02:00' $((10 + RUN_MIN / 60)) $((RUN_MIN % 60)))
}

# ------------------------------------------------------------- part 1
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkmail_batch "$T/mails" 25 45
MAN=$T/mails/manifest.tsv
t_add_users "$MAN"
mapfile -t FILES < <(t_manifest_files "$MAN")
send_mails robot@regbot.test "${FILES[@]}" || t_fatal "could not submit the batch"
servers_wait_queue 60 || t_fatal "Postfix did not deliver the batch"
t_eq "robot's INBOX holds the batch" 70 "$(mailbox_count robot INBOX)"

# kill_at WHEN: start `once`, SIGKILL it when WHEN happens ("time S" or
# "replies N"); report what it had done.
kill_at() {
	local how=$1 arg=$2 pid
	next_now
	t_regbot_bg "$CONF" --now "$NOW" once
	pid=$T_BG_PID
	case $how in
	time) sleep "$arg" ;;
	replies)
		local end=$((SECONDS + 60))
		while t_alive "$pid" && [ "$(t_sink_count "$SINK")" -lt "$arg" ] &&
			((SECONDS < end)); do
			sleep 0.02
		done
		;;
	esac
	if t_alive "$pid"; then
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		t_log "killed -9 ($how $arg): $(t_sink_count "$SINK") replies sent," \
			"$(mailbox_count robot INBOX) left in INBOX"
	else
		wait "$pid" 2>/dev/null || true
		t_log "($how $arg): regbot had already finished"
	fi
}
kill_at time "$(printf '0.%d' $((RANDOM % 6 + 2)))"
kill_at time "$(printf '0.%d' $((RANDOM % 6 + 2)))"
kill_at replies 10
kill_at replies 35
kill_at replies 55

for i in 1 2 3 4 5; do
	rc=0
	next_now
	t_regbot "$CONF" --now "$NOW" once || rc=$?
	[ "$rc" = 0 ] && [ "$(mailbox_count robot INBOX)" = 0 ] && break
	t_log "restart $i: exit $rc, $(mailbox_count robot INBOX) in INBOX"
done
t_eq "last restart exits 0" 0 "$rc"
# And one more: nothing may be left to send.
before=$(t_sink_count "$SINK")
next_now
t_check "a further once exits 0" t_regbot "$CONF" --now "$NOW" once
t_eq "a further once sends nothing" "$before" "$(t_sink_count "$SINK")"

json=$(t_list "$CONF") || t_fatal "regbot list failed"
t_eq "registrations" 70 "$(jq length <<<"$json")"
t_eq "status counts" "confirmed=60 waitlisted=10 cancelled=0 incomplete=0" "$(t_counts "$json")"
t_eq "pools: confirmed waitlisted" "gemeente 20 5|organisaties 40 5" \
	"$(t_pool_counts "$json" | paste -sd'|')"
t_eq "waitlist positions" "1,2,3,4,5|1,2,3,4,5" \
	"$(t_waitlist_positions "$json" gemeente)|$(t_waitlist_positions "$json" organisaties)"
t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"
t_eq "robot's Verwerkt holds each message once" 70 "$(mailbox_count robot Verwerkt)"
t_eq "participants answered" 70 "$(replies "$SINK" | awk '{ print $1 }' | sort -u | wc -l)"
want=$(jq -r '.[] | "\(.email | ascii_downcase) \(if .status == "confirmed" then "confirmation" else "waitlist" end)"' <<<"$json" | sort)
t_eq "reply kinds that differ from the list" "" \
	"$(comm -3 <(echo "$want") <(replies "$SINK" | sort -u) | paste -sd' ')"
check_replies "$SINK" "after kill -9"
t_log "replies sent in total: $(replies "$SINK" | wc -l) for 70 participants"

# ------------------------------------------------------------- part 2
mkmail_batch "$T/small" 3 3 101
SMAN=$T/small/manifest.tsv
mapfile -t SFILES < <(t_manifest_files "$SMAN")

# outcome N [CRASH_AFTER]: fresh spool and mailbox, the 6 mails, a run
# (crashing at N when given), restarts until done; writes $T/outN.*
outcome() {
	local n=$1 crash=${2:-} rc i
	smtp_sink_stop
	servers_reset
	t_add_users "$SMAN"
	rm -rf "$SINK"
	smtp_sink_start "$SINK" "$SRV_SINK_PORT" || return 1
	CFG_SPOOL=$T/spool-$n CFG_SMTP_PORT=$SRV_SINK_PORT CFG_SEATS_GEMEENTE=2 \
		CFG_SEATS_ORG=2 t_config "$T/conf-$n"
	deliver_direct robot "${SFILES[@]}" || return 1
	rc=0
	RUN_MIN=0
	if [ -n "$crash" ]; then
		next_now
		REGBOT_CRASH_AFTER=$crash t_regbot "$T/conf-$n" --now "$NOW" once || rc=$?
		echo "$rc" >"$T/out$n.crashrc"
	fi
	for i in 1 2 3; do
		rc=0
		next_now
		t_regbot "$T/conf-$n" --now "$NOW" once || rc=$?
		[ "$rc" = 0 ] && [ "$(mailbox_count robot INBOX)" = 0 ] && break
	done
	echo "$rc $(mailbox_count robot INBOX) $(mailbox_count robot Verwerkt)" >"$T/out$n.rc"
	t_list "$T/conf-$n" |
		jq -c 'map({email: (.email | ascii_downcase), pool, status, waitlist_position}) | sort_by(.email)' \
			>"$T/out$n.list" || echo "list failed" >"$T/out$n.list"
	replies "$SINK" >"$T/out$n.replies"
	rm -rf "$T/sink-$n"
	cp -r "$SINK" "$T/sink-$n"
}

outcome 0 || t_fatal "clean reference run failed to set up"
t_eq "clean run: exit, INBOX, Verwerkt" "0 0 6" "$(cat "$T/out0.rc")"
t_eq "clean run: statuses" "confirmed=4 waitlisted=2 cancelled=0 incomplete=0" \
	"$(t_counts "$(t_list "$T/conf-0")")"
t_eq "clean run: one reply per participant" 6 "$(sort -u "$T/out0.replies" | wc -l)"

max=${CRASH_MAX_N:-40}
points=0 bad=0 dupruns=0
for ((n = 1; n <= max; n++)); do
	outcome "$n" "$n" || {
		t_notok "crash at $n: could not set up"
		bad=$((bad + 1))
		continue
	}
	crc=$(cat "$T/out$n.crashrc")
	if [ "$crc" = 0 ]; then
		t_log "REGBOT_CRASH_AFTER=$n: no crash (the clean run has $points crash points)"
		break
	fi
	points=$n
	problems=""
	[ "$crc" = 137 ] || problems+=" crash exit $crc (want 137 = SIGKILL);"
	[ "$(cat "$T/out$n.rc")" = "0 0 6" ] || problems+=" after restart: exit/INBOX/Verwerkt $(cat "$T/out$n.rc");"
	cmp -s "$T/out0.list" "$T/out$n.list" || problems+=" registrations differ: $(cat "$T/out$n.list");"
	cmp -s <(sort -u "$T/out0.replies") <(sort -u "$T/out$n.replies") ||
		problems+=" replies differ: $(sort -u "$T/out$n.replies" | paste -sd,);"
	if [ -n "$problems" ]; then
		t_notok "REGBOT_CRASH_AFTER=$n:$problems"
		bad=$((bad + 1))
	else
		d=$(uniq -d "$T/out$n.replies" | paste -sd,)
		if [ -n "$d" ]; then
			dupruns=$((dupruns + 1))
			t_log "REGBOT_CRASH_AFTER=$n: outcome as clean; REPORT repeated reply: $d"
		else
			t_log "REGBOT_CRASH_AFTER=$n: outcome as clean"
		fi
	fi
done
want_points=$((max < 12 ? max : 12))
t_check "crash injection reached at least $want_points crash points (got $points)" [ "$points" -ge "$want_points" ]
t_eq "crash points whose outcome differs from a clean run" 0 "$bad"
t_log "crash points with a repeated reply: $dupruns of $points"

[ "$T_FAILS" = 0 ] || t_show_log 60
t_done
