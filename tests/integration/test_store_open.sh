#!/usr/bin/env bash
# Several processes open a new store at once (the daemon starting while
# the operator runs `regbot list`, a monitoring `regbot status`): every
# one of them succeeds, and the schema is made once.  Each migration step
# reads the schema version inside its own write transaction.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

T=$(mktemp -d "${TMPDIR:-/tmp}/regbot-$T_NAME.XXXXXX")
[ "${REGBOT_TEST_KEEP:-0}" = 1 ] || at_exit "rm -rf '$T'"
printf 'robotpw\n' >"$T/imap.secret"
chmod 600 "$T/imap.secret"
SRV_IMAP_PORT=9 CFG_SMTP_PORT=9 t_config "$T/regbot.conf"
bad=0
for round in 1 2 3 4 5; do
	rm -rf "$T/spool"
	pids=()
	for i in 1 2 3 4 5 6; do
		cmd=list
		[ $((i % 2)) = 0 ] && cmd=status
		"$REGBOT" --config "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 \
			"$cmd" >"$T/out.$i" 2>&1 &
		pids+=("$!")
	done
	for i in "${!pids[@]}"; do
		rc=0
		wait "${pids[$i]}" || rc=$?
		# status exits 1 on a store nobody has checked mail with yet
		if grep -q 'store:' "$T/out.$((i + 1))"; then
			t_log "round $round, process $((i + 1)): $(cat "$T/out.$((i + 1))")"
			bad=$((bad + 1))
		fi
	done
	v=$(sqlite3 -batch -noheader "$T/spool/regbot.db" 'PRAGMA user_version')
	[ "$v" -ge 8 ] || { t_log "round $round: schema version $v"; bad=$((bad + 1)); }
done
t_eq "processes that could not open a new store opened by 6 at once (5 rounds)" 0 "$bad"
t_done
