#!/usr/bin/env bash
# tests/run.sh [--unit|--integration] BUILDDIR
#
# Runs the unit test binaries BUILDDIR/tests/test_* (cmocka) and the
# integration tests tests/integration/test_*.sh against one private mail
# server stack (Dovecot + Postfix, tests/lib/servers.sh) started once for
# the whole run.  Each integration test gets REGBOT=BUILDDIR/regbot,
# REGBOT_SRC (the repository), REGBOT_SHARED_DIR (../shared, when present)
# and REGBOT_TEST_SERVERS (the stack); it resets the mailboxes itself.
#
# Prints one PASS/FAIL line per test (the output of a failed test above
# it) and, as its last line, "N passed, N failed".  Exits 1 on any failure.
#
# Environment: TEST_FILTER=REGEX runs only matching tests;
# REGBOT_TEST_PORT_BASE sets the servers' ports (default: 20140, or the
# next free base in steps of 100 when another stack holds those);
# TEST_TIMEOUT (s) per test, default 300; REGBOT_TEST_KEEP=1 keeps temp dirs.
set -uo pipefail

usage() {
	echo "usage: tests/run.sh [--unit|--integration] BUILDDIR" >&2
	exit 2
}
mode=all
case ${1:-} in
--unit) mode=unit; shift ;;
--integration) mode=integration; shift ;;
-*) usage ;;
esac
[ $# -eq 1 ] || usage

REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "$1" 2>/dev/null && pwd) || {
	echo "tests/run.sh: no build directory $1" >&2
	exit 2
}
cd "$REPO" || exit 2
export REGBOT_SRC=$REPO
export REGBOT=$BUILD/regbot
if [ -d "$REPO/../shared" ]; then
	REGBOT_SHARED_DIR=$(cd "$REPO/../shared" && pwd)
	export REGBOT_SHARED_DIR
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
TEST_TIMEOUT=${TEST_TIMEOUT:-300}
FILTER=${TEST_FILTER:-}

REGBOT_TEST_PORT_BASE_SET=${REGBOT_TEST_PORT_BASE:-}
# shellcheck source=lib/servers.sh
. "$REPO/tests/lib/servers.sh"

passed=0 failed=0
declare -a FAILED=()
WORK=$(mktemp -d "${TMPDIR:-/tmp}/regbot-run.XXXXXX")
# The tests' temp dirs go inside WORK, so a test killed before its own
# cleanup leaves nothing behind.  (The mail daemons' users must be able to
# pass through: servers.sh opens up only what lies below TMPDIR.)
chmod 755 "$WORK"
mkdir -m 755 "$WORK/tmp"
export TMPDIR=$WORK/tmp
CUR_PGID=""
cleanup() {
	# The current test's process group, then the shared stack.
	if [ -n "$CUR_PGID" ]; then kill -KILL -- "-$CUR_PGID" 2>/dev/null || true; fi
	if [ -f "$WORK/servers/servers.env" ]; then servers_stop "$WORK/servers"; fi
	if [ "${REGBOT_TEST_KEEP:-0}" = 1 ]; then
		echo "kept $WORK"
	else
		rm -rf "$WORK"
	fi
}
at_exit cleanup

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# run_one NAME CMD...: bounded, in its own process group (timeout makes
# one), output captured; PASS/FAIL line; stragglers of the group killed.
run_one() {
	local name=$1 log t0 rc=0
	shift
	log=$WORK/$(echo "$name" | tr '/ ' '__').log
	t0=$(now)
	timeout -k 10 "$TEST_TIMEOUT" "$@" </dev/null >"$log" 2>&1 &
	CUR_PGID=$!
	wait "$CUR_PGID" || rc=$?
	kill -KILL -- "-$CUR_PGID" 2>/dev/null || true
	CUR_PGID=""
	if [ "$rc" = 0 ]; then
		passed=$((passed + 1))
		printf 'PASS %-40s %6ss\n' "$name" "$(elapsed "$t0")"
	else
		failed=$((failed + 1))
		FAILED+=("$name")
		echo "---- output of $name (last 150 lines) ----"
		tail -n 150 "$log"
		[ "$rc" = 124 ] && echo "(timed out after ${TEST_TIMEOUT}s)"
		echo "----"
		printf 'FAIL %-40s %6ss (exit %s)\n' "$name" "$(elapsed "$t0")" "$rc"
	fi
}

selected() { [ -z "$FILTER" ] || [[ $1 =~ $FILTER ]]; }

# start_stack: the shared servers.  Without an explicit base, step past
# another stack's ports; another checkout starting its stack at the same
# moment can still take them between the check and the bind, so a failed
# start moves on to the next base (5 tries).
start_stack() {
	local try
	for try in 1 2 3 4 5; do
		[ -n "${REGBOT_TEST_PORT_BASE_SET:-}" ] || servers_pick_ports || true
		servers_start "$WORK/servers" && return 0
		[ -z "${REGBOT_TEST_PORT_BASE_SET:-}" ] || return 1
		servers_stop "$WORK/servers"
		echo "mail servers: start $try on base $REGBOT_TEST_PORT_BASE" \
			"failed; trying the next ports"
		servers_set_ports $((REGBOT_TEST_PORT_BASE + 100))
	done
	return 1
}

t_all=$(now)
if [ "$mode" != integration ]; then
	echo "== unit tests ($BUILD/tests)"
	n=0
	for t in "$BUILD"/tests/test_*; do
		[ -f "$t" ] && [ -x "$t" ] || continue
		case $t in *.d | *.o) continue ;; esac
		selected "$(basename "$t")" || continue
		n=$((n + 1))
		run_one "unit/$(basename "$t")" "$t"
	done
	[ "$n" -gt 0 ] || echo "(no unit test binaries in $BUILD/tests)"
fi

if [ "$mode" != unit ]; then
	echo "== integration tests (regbot: $REGBOT)"
	tests=()
	for t in "$REPO"/tests/integration/test_*.sh; do
		[ -f "$t" ] && selected "$(basename "$t")" && tests+=("$t")
	done
	if [ "${#tests[@]}" -gt 0 ]; then
		[ -x "$REGBOT" ] || echo "warning: $REGBOT is missing; the integration tests will fail"
		t0=$(now)
		if start_stack; then
			echo "mail servers up in $(elapsed "$t0")s" \
				"(imap $SRV_IMAP_PORT, lmtp $SRV_LMTP_PORT, smtp $SRV_SMTP_PORT, sink $SRV_SINK_PORT, $SRV_MODE)"
			export REGBOT_TEST_SERVERS=$WORK/servers
			for t in "${tests[@]}"; do
				if ! servers_running "$WORK/servers"; then
					echo "mail servers died; restarting them"
					servers_stop "$WORK/servers"
					servers_start "$WORK/servers" || break
				fi
				run_one "integration/$(basename "$t" .sh)" bash "$t"
			done
			t0=$(now)
			servers_stop "$WORK/servers"
			rm -f "$WORK/servers/servers.env"
			echo "mail servers down in $(elapsed "$t0")s"
		else
			echo "the mail servers did not start"
			for t in "${tests[@]}"; do
				failed=$((failed + 1))
				FAILED+=("integration/$(basename "$t" .sh)")
				printf 'FAIL %-40s (no mail servers)\n' "integration/$(basename "$t" .sh)"
			done
		fi
	fi
fi

echo "== $(elapsed "$t_all")s in total"
[ "$failed" = 0 ] || echo "failed: ${FAILED[*]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
