#!/usr/bin/env bash
# bench/instructions.sh — regbot's instructions per message against the
# size of its store (issue 12), counted by valgrind's callgrind, which
# does not depend on the machine's load.  See bench/README.md.
#
# For each binary (REGBOT, and BENCH_BASELINE when set) and each N in
# BENCH_CG_SIZES: a fresh spool and mailbox, N mails preloaded and handled
# by `regbot once`, then BENCH_CG_M more handled by `regbot once` under
# callgrind.  Prints "BINARY N instructions-per-message ratio-to-first".
# Then, per binary, the instructions of one start (`--version`) and of
# one `regbot ingest`.
#
#   BENCH_CG_SIZES=0,1000,10000  BENCH_CG_M=100  BENCH_CG_SEATS=  (60:
#   the brochure's 20 + 40 seats)  BENCH_BASELINE=BINARY  BENCH_KEEP=1
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SIZES=${BENCH_CG_SIZES:-0,1000,10000}
M=${BENCH_CG_M:-100}
PY=${PYTHON:-python3}
BPY=$HERE/bench.py
NOW=2010-05-01T07:00:00+02:00
REGBOT=${REGBOT:-$REPO/regbot}

die() {
	printf '[instructions] %s\n' "$*" >&2
	exit 1
}
command -v valgrind >/dev/null 2>&1 || die "valgrind not found (apt-get install valgrind)"
[ -x "$REGBOT" ] || die "no $REGBOT: run make all first"
BINS=("$REGBOT")
if [ -n "${BENCH_BASELINE:-}" ]; then
	[ -x "$BENCH_BASELINE" ] || die "no baseline $BENCH_BASELINE"
	BINS+=("$BENCH_BASELINE")
fi

export REGBOT_TEST_PORT_BASE=${REGBOT_TEST_PORT_BASE:-26540}
# shellcheck source=../tests/lib/regbot.sh disable=SC1091
. "$REPO/tests/lib/regbot.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/regbot-instr.XXXXXX")
# shellcheck disable=SC2034 # t_config writes relative to $T
T=$W
[ "${BENCH_KEEP:-0}" = 1 ] || at_exit "rm -rf '$W'"
at_exit "servers_stop '$W/servers'"
servers_pick_ports
servers_start "$W/servers" >&2 || die "server stack did not start"
at_exit smtp_sink_stop
smtp_sink_start "$W/sink" "$SRV_SINK_PORT" || die "smtp-sink did not start"
printf 'robotpw\n' >"$W/imap.secret"
chmod 600 "$W/imap.secret"

# preload N FIRST: N mails straight into the robot's INBOX.
preload() {
	"$PY" "$BPY" gen "$SRV_HOME/robot/Maildir" "$1" "$2" >/dev/null
	if [ "$(id -u)" = 0 ]; then chown -R nobody:nogroup "$SRV_HOME/robot"; fi
}

IFS=, read -r -a NS <<<"$SIZES"
for bin in "${BINS[@]}"; do
	first=
	for n in "${NS[@]}"; do
		rm -rf "$SRV_HOME/robot" "$W/spool"
		find "$W/sink" -mindepth 1 -maxdepth 1 -type f -delete
		seats_g=$((n + M + 20)) seats_o=$((n + M + 40))
		if [ "${BENCH_CG_SEATS:-}" = 60 ]; then seats_g=20 seats_o=40; fi
		CFG_SPOOL=$W/spool CFG_SMTP_PORT=$SRV_SINK_PORT \
			CFG_SEATS_GEMEENTE=$seats_g CFG_SEATS_ORG=$seats_o t_config "$W/c.conf"
		mkdir -p "$SRV_HOME/robot/Maildir"
		if [ "$n" -gt 0 ]; then
			preload "$n" 1
			"$bin" --config "$W/c.conf" --now "$NOW" once 2>>"$W/log" ||
				die "regbot once on $n mails failed; see $W/log"
		fi
		preload "$M" $((n + 1))
		valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" \
			"$bin" --config "$W/c.conf" --now "$NOW" once \
			>/dev/null 2>>"$W/log" || die "regbot once under callgrind failed; see $W/log"
		got=$(find "$W/sink" -mindepth 1 -maxdepth 1 -type f | wc -l)
		[ "$got" -ge $((n + M)) ] || die "$got replies for $((n + M)) mails"
		ir=$(awk '/^(summary|totals):/ { print $2; exit }' "$W/cg.out")
		per=$((ir / M))
		[ -n "$first" ] || first=$per
		printf '%s N=%s %d instructions per message, %s of N=%s\n' \
			"$($bin --version | head -1)" "$n" "$per" \
			"$(awk -v a="$per" -v b="$first" 'BEGIN { printf "%.3f", a / b }')" \
			"${NS[0]}"
	done
done

# The cost of one start (the MTA-pipe path runs one `regbot ingest` per
# mail): instructions of `regbot --version` (loading the program and its
# shared libraries, nothing else) and of one `regbot ingest` of a
# complete form on a store that already exists (config, store, reading,
# deciding, the reply and its sending included).
for bin in "${BINS[@]}"; do
	rm -rf "$W/spool"
	CFG_SPOOL=$W/spool CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$W/c.conf"
	for i in 1 2; do
		"$PY" -c 'import sys; sys.path.insert(0, sys.argv[1]); import bench; sys.stdout.buffer.write(bench.mail(int(sys.argv[2])))' \
			"$HERE" $((900000 + i)) >"$W/ingest-$i.eml"
	done
	"$bin" --config "$W/c.conf" --now "$NOW" ingest "$W/ingest-1.eml" 2>>"$W/log" ||
		die "regbot ingest failed; see $W/log"
	valgrind --tool=callgrind --callgrind-out-file="$W/cg.start" \
		"$bin" --version >/dev/null 2>>"$W/log"
	start=$(awk '/^(summary|totals):/ { print $2; exit }' "$W/cg.start")
	valgrind --tool=callgrind --callgrind-out-file="$W/cg.ingest" \
		"$bin" --config "$W/c.conf" --now "$NOW" ingest "$W/ingest-2.eml" \
		2>>"$W/log" || die "regbot ingest under callgrind failed; see $W/log"
	ing=$(awk '/^(summary|totals):/ { print $2; exit }' "$W/cg.ingest")
	printf '%s start: --version %d instructions; ingest %d instructions (%s of them the start)\n' \
		"$($bin --version | head -1)" "$start" "$ing" \
		"$(awk -v a="$start" -v b="$ing" 'BEGIN { printf "%.0f%%", 100 * a / b }')"
done
