#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [BUILDDIR]: runs each libFuzzer target in
# BUILDDIR (default build/fuzz) for SECONDS, seeded from tests/corpus and,
# when present, ../shared/corpus/public; crashes go to BUILDDIR/artifacts.
# With FUZZ_KEEP=1 (make fuzz) new inputs are kept in BUILDDIR/corpus-NAME
# and seed the next run; otherwise (make check) they go to a temporary
# directory, so a bounded run spends its time fuzzing, not replaying.
# Prints "NAME: N executions in S s" per target; exits 1 when a target
# found a crash, leak, timeout or broken invariant.
set -uo pipefail
secs=${1:?usage: tests/fuzz/run.sh SECONDS [BUILDDIR]}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$REPO/build/fuzz}
cd "$REPO" || exit 2
seeds=("$REPO/tests/corpus")
if [ -d "$REPO/../shared/corpus/public" ]; then
	seeds+=("$(cd "$REPO/../shared/corpus/public" && pwd)")
else
	echo "fuzz: ../shared/corpus/public is absent; seeding from tests/corpus only"
fi
mkdir -p "$BUILD/artifacts"
rc=0
for t in fuzz_message fuzz_header; do
	bin=$BUILD/$t
	[ -x "$bin" ] || { echo "fuzz: $bin is missing"; rc=1; continue; }
	if [ "${FUZZ_KEEP:-0}" = 1 ]; then
		out=$BUILD/corpus-$t
		mkdir -p "$out"
	else
		out=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$t.XXXXXX")
	fi
	log=$BUILD/$t.log
	start=$SECONDS
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-max_len=65536 -print_final_stats=1 -dict="$REPO/tests/fuzz/header.dict" \
		-artifact_prefix="$BUILD/artifacts/$t-" \
		"$out" "${seeds[@]}" >"$log" 2>&1
	st=$?
	[ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$out"
	execs=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log" | tail -1)
	echo "$t: ${execs:-?} executions in $((SECONDS - start)) s"
	if [ "$st" != 0 ]; then
		echo "fuzz: $t failed (exit $st); the end of $log:"
		tail -n 40 "$log"
		rc=1
	fi
done
exit "$rc"
