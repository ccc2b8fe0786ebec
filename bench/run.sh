#!/usr/bin/env bash
# bench/run.sh — `make bench`: issue 12's measurements as one repeatable run.
#
# Starts a private Dovecot (+ Postfix, unused) and smtp-sink on free
# loopback ports (tests/lib/servers.sh), then, BENCH_REPS times and
# interleaved (rep 1 of every item, then rep 2, ...):
#   - for each N in BENCH_SIZES: preload N mails by writing maildir files
#     straight into the robot's INBOX; `regbot once` with pools big enough
#     for all, and (N <= BENCH_WAITLIST_MAX) with the brochure's 60 seats;
#     raw IMAP FETCH (50 per batch / one at a time) and UID MOVE (one at a
#     time / one UID set) on a second mailbox of N mails; with
#     BENCH_BASELINE, `regbot once` of that binary too;
#   - SQLite small transactions (synchronous=FULL), durable file writes,
#     smtp-source into smtp-sink, mlmmj subscribe requests (default and
#     with TCP_NODELAY), `regbot ingest` in a loop, an empty program
#     linked with regbot's libraries in a loop (bench/floor.c: the cost
#     of loading them) and its peak RSS, IDLE latency of
#     `regbot run`, and `regbot run`'s CPU and RSS while idle.
# Writes bench/results.md (medians, ratios) and bench/results.png.
#
# Environment:
#   BENCH_SIZES=1000,10000,50000   mailbox sizes
#   BENCH_REPS=3                   repetitions (medians over these)
#   BENCH_WAITLIST_MAX=1000        largest N for the 60-seat run
#   BENCH_RAW_N=5000               SQLite tx, smtp-source messages
#   BENCH_DURABLE_N=2000           durable file writes
#   BENCH_MLMMJ_N=200              mlmmj subscribe requests per mode
#   BENCH_INGEST_N=200             `regbot ingest` runs
#   BENCH_LATENCY_N=100            mails for the IDLE latency
#   BENCH_IDLE_SECS=60             the idle window
#   BENCH_NOTE=...                 a line about the machine for results.md
#   BENCH_OUT=bench                where results.md and results.png go
#   BENCH_KEEP=1                   keep the work directory
#   BENCH_BASELINE=BINARY          also run `once` (all confirmed) with
#                                  this regbot, interleaved, for ratios
#   BENCH_BASELINE_MAX=10000       largest N for the baseline
#   REGBOT=./regbot  PYTHON=python3
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SIZES=${BENCH_SIZES:-1000,10000,50000}
REPS=${BENCH_REPS:-3}
WAIT_MAX=${BENCH_WAITLIST_MAX:-1000}
RAW_N=${BENCH_RAW_N:-5000}
DURABLE_N=${BENCH_DURABLE_N:-2000}
MLMMJ_N=${BENCH_MLMMJ_N:-200}
INGEST_N=${BENCH_INGEST_N:-200}
LAT_N=${BENCH_LATENCY_N:-100}
IDLE_SECS=${BENCH_IDLE_SECS:-60}
OUT=${BENCH_OUT:-$REPO/bench}
# a directory that does not exist yet is made now, not found missing
# by the report after hours of measuring
mkdir -p "$OUT" || { echo "bench: cannot create $OUT" >&2; exit 1; }
PY=${PYTHON:-python3}
BASELINE=${BENCH_BASELINE:-}
BASE_MAX=${BENCH_BASELINE_MAX:-10000}
BPY=$HERE/bench.py
# Before the day's digest time (08:00), so the daemon sends nothing but
# replies; a month before the first course day, as in the tests.
NOW=2010-05-01T07:00:00+02:00

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() {
	log "$*"
	exit 1
}

# ---------------------------------------------------------------- deps

# Debian packages beyond the test stack's: mlmmj (the neighbour) and
# gnuplot (the PNG).  Installed here as root; otherwise named.
need_pkgs=()
command -v gnuplot >/dev/null 2>&1 || need_pkgs+=(gnuplot-nox)
[ -x /usr/bin/mlmmj-receive ] || need_pkgs+=(mlmmj)
PATH=$PATH:/usr/sbin:/sbin
for b in dovecot doveadm smtp-sink smtp-source jq cc; do
	command -v "$b" >/dev/null 2>&1 || die "$b not found: run scripts/deps.sh (as root)"
done
"$PY" -c 'import sqlite3, imaplib, smtplib' ||
	die "$PY lacks the sqlite3/imaplib/smtplib modules"
if [ ${#need_pkgs[@]} -gt 0 ]; then
	if [ "$(id -u)" != 0 ]; then
		die "missing packages; as root run: apt-get install -y ${need_pkgs[*]}"
	fi
	log "installing ${need_pkgs[*]}"
	DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_pkgs[@]}" >&2 ||
		{ apt-get update >&2 && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y "${need_pkgs[@]}" >&2; } ||
		die "could not install ${need_pkgs[*]}"
fi
REGBOT=${REGBOT:-$REPO/regbot}
[ -x "$REGBOT" ] || die "no $REGBOT: run make all first"
[ -z "$BASELINE" ] || [ -x "$BASELINE" ] || die "no baseline $BASELINE"

# ---------------------------------------------------------------- stack

# Ports above the test suite's default base, so a bench and the tests
# of other worktrees rarely race for the same free set.
export REGBOT_TEST_PORT_BASE=${REGBOT_TEST_PORT_BASE:-26140}
# shellcheck source=../tests/lib/regbot.sh disable=SC1091
. "$REPO/tests/lib/regbot.sh"
W=$(mktemp -d "${TMPDIR:-/tmp}/regbot-bench.XXXXXX")
# shellcheck disable=SC2034 # t_config writes relative to $T
T=$W
[ "${BENCH_KEEP:-0}" = 1 ] || at_exit "rm -rf '$W'"
at_exit "servers_stop '$W/servers'"
# Another stack may take the ports between the check and the start.
for try in 1 2 3; do
	servers_pick_ports
	servers_start "$W/servers" >&2 && break
	[ "$try" = 3 ] && die "server stack did not start"
	servers_stop "$W/servers"
	rm -rf "$W/servers"
	servers_set_ports $((REGBOT_TEST_PORT_BASE + 100))
done
at_exit smtp_sink_stop
SINK=$W/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || die "smtp-sink did not start"
printf 'robotpw\n' >"$W/imap.secret"
chmod 600 "$W/imap.secret"
servers_add_user rawbench rawpw
cc -std=c17 -Wall -Wextra -Werror -shared -fPIC -O2 -o "$W/nodelay.so" "$HERE/nodelay.c" -ldl ||
	die "could not build the TCP_NODELAY shim"
cc -std=c17 -Wall -Wextra -Werror -O2 -o "$W/spawn" "$HERE/spawn.c" ||
	die "could not build spawn"
export BENCH_SPAWN=$W/spawn
# The empty program needs exactly the libraries regbot's binary needs.
mapfile -t needed < <(readelf -d "$REGBOT" |
	sed -n 's/.*(NEEDED).*\[\(.*\)\]$/-l:\1/p' | grep -v '^-l:libc\.so')
[ ${#needed[@]} -gt 0 ] || die "readelf found no libraries in $REGBOT"
cc -std=c17 -Wall -Wextra -Werror -O2 -o "$W/floor" "$HERE/floor.c" \
	-Wl,--no-as-needed "${needed[@]}" ||
	die "could not build the empty program with regbot's libraries"
RAW=$W/raw.tsv
: >"$RAW"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
START=$SECONDS
log "work dir $W, ports imap=$SRV_IMAP_PORT lmtp=$SRV_LMTP_PORT sink=$SRV_SINK_PORT"

rec() { printf '%s %s %s %s\n' "$1" "$2" "$3" "$4" >>"$RAW"; }
sink_clear() { find "$SINK" -mindepth 1 -maxdepth 1 -type f -delete; }
sink_n() { find "$SINK" -mindepth 1 -maxdepth 1 -type f | wc -l; }

# preload USER N FIRST: an empty mailbox, then N mails written directly.
preload() {
	local home=$SRV_HOME/$1
	rm -rf "$home"
	"$PY" "$BPY" gen "$home/Maildir" "$2" "$3" >/dev/null
	if [ "$(id -u)" = 0 ]; then chown -R nobody:nogroup "$home"; fi
}

# conf NAME SEATS_GEMEENTE SEATS_ORG [POLL]: a fresh spool and config.
conf() {
	local c=$W/$1.conf
	rm -rf "$W/spool-$1"
	CFG_SPOOL=$W/spool-$1 CFG_SMTP_PORT=$SRV_SINK_PORT CFG_POLL=${4:-2} \
		CFG_SEATS_GEMEENTE=$2 CFG_SEATS_ORG=$3 t_config "$c"
	echo "$c"
}

# once REP N KIND SEATS_G SEATS_O [BINARY]: one `regbot once` over N
# preloaded mails (with --stats: the time per stage; a regbot from before
# --stats prints none).
once() {
	local rep=$1 n=$2 kind=$3 bin=${6:-$REGBOT} c j rc got want k v stats=()
	[ "$bin" = "$REGBOT" ] && stats=(--stats)
	preload robot "$n" 1
	sink_clear
	c=$(conf "once-$kind" "$4" "$5")
	j=$(BENCH_CHILD_OUT=$W/stats.out "$PY" "$BPY" timed "$bin" --config "$c" \
		--now "$NOW" once "${stats[@]}" \
		2>>"$W/once.log")
	rc=$(jq -r .rc <<<"$j")
	[ "$rc" = 0 ] || die "regbot once ($kind, N=$n) exited $rc; see $W/once.log"
	got=$("$bin" --config "$c" --now "$NOW" list --format json 2>>"$W/once.log" |
		jq '[.[] | select(.status == "confirmed")] | length')
	want=$((n < $4 + $5 ? n : $4 + $5))
	[ "$got" = "$want" ] || die "regbot once ($kind, N=$n): $got confirmed, want $want"
	[ "$(sink_n)" -ge "$n" ] || die "regbot once ($kind, N=$n): $(sink_n) replies"
	rec "$rep" "${kind}_rate" "$n" "$(jq ".wall | $n / ." <<<"$j")"
	rec "$rep" "${kind}_wall" "$n" "$(jq .wall <<<"$j")"
	rec "$rep" "${kind}_cpu" "$n" "$(jq .cpu <<<"$j")"
	rec "$rep" "${kind}_rss_mb" "$n" "$(jq '.maxrss_kb / 1024' <<<"$j")"
	"$PY" "$BPY" stages "$W/stats.out" >"$W/py.out"
	while read -r k v; do rec "$rep" "${kind}_$k" "$n" "$v"; done <"$W/py.out"
	log "rep $rep N=$n $kind: $(jq -r '"\(.wall|floor) s, \(.maxrss_kb/1024|floor) MB"' <<<"$j")"
}

# pyrec REP N CMD...: record bench.py's "key value" lines under N.
pyrec() {
	local rep=$1 n=$2 k v
	shift 2
	"$PY" "$BPY" "$@" >"$W/py.out" || die "bench.py $1 failed"
	while read -r k v; do rec "$rep" "$k" "$n" "$v"; done <"$W/py.out"
}

mlmmj_run() { # REP KEY PRELOAD
	local d=$W/mlmmj/$2
	rm -rf "$d"
	mkdir -p "$W/mlmmj"
	mlmmj-make-ml -L "$2" -s "$W/mlmmj" </dev/null >/dev/null 2>&1 ||
		die "mlmmj-make-ml failed"
	echo "$2@example.org" >"$d/control/listaddress"
	echo "owner@example.org" >"$d/control/owner"
	echo 127.0.0.1 >"$d/control/relayhost"
	echo "$SRV_SINK_PORT" >"$d/control/smtpport"
	sink_clear
	"$PY" "$BPY" mlmmj "$d" "$MLMMJ_N" 1 "$3" >"$W/py.out" ||
		die "mlmmj run failed"
	[ "$(sink_n)" -ge "$MLMMJ_N" ] ||
		die "mlmmj: $(sink_n) of $MLMMJ_N confirmations in smtp-sink"
	rec "$1" "$2_rate" 0 "$(awk '{ print $2 }' "$W/py.out")"
}

IFS=, read -r -a NS <<<"$SIZES"
for ((rep = 1; rep <= REPS; rep++)); do
	for n in "${NS[@]}"; do
		once "$rep" "$n" once $((n + 20)) $((n + 40))
		if [ -n "$BASELINE" ] && [ "$n" -le "$BASE_MAX" ]; then
			once "$rep" "$n" base $((n + 20)) $((n + 40)) "$BASELINE"
		fi
		if [ "$n" -le "$WAIT_MAX" ]; then once "$rep" "$n" wait 20 40; fi
		preload rawbench "$n" 1
		pyrec "$rep" "$n" imap "$SRV_IMAP_PORT" rawbench rawpw
		log "rep $rep N=$n raw IMAP done"
	done
	pyrec "$rep" 0 sqlite "$W" "$RAW_N"
	pyrec "$rep" 0 durable "$W/durable" "$DURABLE_N"
	rm -rf "$W/durable"

	sink_clear
	t0=$(date +%s.%N)
	smtp-source -m "$RAW_N" -s 1 -l 650 -f bench@example.org \
		-t sink@example.org "127.0.0.1:$SRV_SINK_PORT" ||
		die "smtp-source failed"
	t1=$(date +%s.%N)
	[ "$(sink_n)" -ge "$RAW_N" ] || die "smtp-sink got $(sink_n) of $RAW_N"
	rec "$rep" smtpsource_rate 0 "$(awk -v a="$t0" -v b="$t1" -v n="$RAW_N" \
		'BEGIN { print n / (b - a) }')"

	mlmmj_run "$rep" mlmmj ""
	mlmmj_run "$rep" mlmmj_nodelay "$W/nodelay.so"
	log "rep $rep: disk, smtp-source, mlmmj done"

	c=$(conf ingest 100000 100000)
	pyrec "$rep" 0 ingest "$REGBOT" "$c" "$W/ingest" "$INGEST_N" 1
	rm -rf "$W/ingest"
	pyrec "$rep" 0 floor "$W/floor" "$INGEST_N"
	j=$("$PY" "$BPY" timed "$W/floor")
	rec "$rep" floor_rss_mb 0 "$(jq '.maxrss_kb / 1024' <<<"$j")"

	rm -rf "$SRV_HOME/robot"
	sink_clear
	c=$(conf latency 100000 100000 600)
	pyrec "$rep" 0 latency "$REGBOT" "$c" "$NOW" "$SRV_LMTP_PORT" "$SINK" \
		"$W/spool-latency" "$LAT_N" 1

	rm -rf "$SRV_HOME/robot"
	c=$(conf idle 20 40 600)
	pyrec "$rep" 0 idle "$REGBOT" "$c" "$NOW" "$IDLE_SECS"
	rec "$rep" idle_secs 0 "$IDLE_SECS"
	log "rep $rep: ingest, latency, idle done"
done

LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
note="Run of $(date -u +%Y-%m-%d) ($(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')),"
note+=" BENCH_SIZES=$SIZES, $REPS repetitions, idle window ${IDLE_SECS} s,"
note+=" $((SECONDS - START)) s in all, on $(nproc) cores; load average"
note+=" (1/5/15 min) $LOAD0 at the start, $LOAD1 at the end."
note+=" Preloading writes maildir files directly into new/."
[ -n "$BASELINE" ] && note+=" Baseline: $("$BASELINE" --version 2>/dev/null | head -1)."
[ -n "${BENCH_NOTE:-}" ] && note+=" $BENCH_NOTE"
cp "$RAW" "$W/raw-copy.tsv"
"$PY" "$BPY" report "$RAW" "$OUT/results.md" "$OUT/results.png" "$note" ||
	die "report failed"
cp "$RAW" "$OUT/results-raw.tsv"
log "wrote $OUT/results.md and $OUT/results.png"
