#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [BUILDDIR]: runs each libFuzzer target in
# BUILDDIR (default build/fuzz) for SECONDS (0: no time limit), seeded per
# target: fuzz_message and fuzz_header from tests/corpus and, when present,
# ../shared/corpus/public; fuzz_bounce from those and
# tests/fuzz/seeds/bounce; fuzz_reading (the reading stages on decoded
# text) from the mail seeds; fuzz_config from config/; fuzz_tmpl from
# templates/; fuzz_orgcmd from tests/fuzz/seeds/orgcmd.  Crashes go to
# BUILDDIR/artifacts.
#
# With FUZZ_KEEP=1 (make fuzz, make torture) new inputs are kept in
# BUILDDIR/corpus-NAME and seed the next run; otherwise (make check) they
# go to a temporary directory, so a bounded run spends its time fuzzing.
# FUZZ_REPLAY=1 (make check) first runs every seed and every kept input
# once, so what an earlier run found is checked again on every change.
# FUZZ_RUNS=N stops each target after N executions (make torture).
# FUZZ_TARGETS="config tmpl" limits the targets; FUZZ_JOBS=N runs them
# in N lanes side by side (see below); FUZZ_MESSAGE_WORKERS=N runs
# fuzz_message, the slowest, as N processes on one corpus.
# Prints "NAME: N executions in S s" per target; exits 1 when a target
# found a crash, leak, timeout or broken invariant.
set -uo pipefail
secs=${1:?usage: tests/fuzz/run.sh SECONDS [BUILDDIR]}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${2:-$REPO/build/fuzz}
cd "$REPO" || exit 2
mkdir -p "$BUILD/artifacts"
BUILD=$(cd "$BUILD" && pwd) # absolute: fuzz_config works in a temp dir
mail_seeds=("$REPO/tests/corpus" "$REPO/tests/fuzz/seeds/message")
if [ -d "$REPO/../shared/corpus/public" ]; then
	mail_seeds+=("$(cd "$REPO/../shared/corpus/public" && pwd)")
else
	echo "fuzz: ../shared/corpus/public is absent; seeding mail from tests/corpus only"
fi

# seeds_of NAME / dict_of NAME: the seed directories and dictionary.
seeds_of() {
	case $1 in
	config) echo "$REPO/config" "$REPO/tests/fuzz/seeds/config" ;;
	tmpl) echo "$REPO/templates/nl" "$REPO/templates/en" ;;
	bounce) echo "${mail_seeds[@]}" "$REPO/tests/fuzz/seeds/bounce" ;;
	orgcmd) echo "$REPO/tests/fuzz/seeds/orgcmd" ;;
	*) echo "${mail_seeds[@]}" ;;
	esac
}
dict_of() {
	case $1 in
	config | tmpl | bounce | orgcmd) echo "$REPO/tests/fuzz/$1.dict" ;;
	*) echo "$REPO/tests/fuzz/header.dict" ;;
	esac
}

# run_target NAME: replays (FUZZ_REPLAY) and fuzzes one target; returns 1
# when it found something.
run_target() {
	local name=$1 t bin kept log start st n out execs dirs seeds common
	t=fuzz_$name
	bin=$BUILD/$t
	[ -x "$bin" ] || { echo "fuzz: $bin is missing"; return 1; }
	read -r -a seeds <<<"$(seeds_of "$name")"
	kept=$BUILD/corpus-$t
	common=(-timeout=10 -rss_limit_mb=2048 -max_len=65536
		-dict="$(dict_of "$name")" -artifact_prefix="$BUILD/artifacts/$t-")
	if [ "${FUZZ_REPLAY:-0}" = 1 ]; then
		# -runs=0: load (so run) every input of the corpora, no fuzzing.
		dirs=("${seeds[@]}")
		[ -d "$kept" ] && dirs+=("$kept")
		log=$BUILD/$t.replay.log
		start=$SECONDS
		"$bin" -runs=0 "${common[@]}" "${dirs[@]}" >"$log" 2>&1
		st=$?
		n=$(find "${dirs[@]}" -type f | wc -l)
		echo "$t: replayed $n inputs in $((SECONDS - start)) s"
		if [ "$st" != 0 ]; then
			echo "fuzz: $t failed on a corpus input (exit $st); the end of $log:"
			tail -n 40 "$log"
			return 1
		fi
	fi
	if [ "${FUZZ_KEEP:-0}" = 1 ]; then
		out=$kept
		mkdir -p "$out"
	else
		out=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$t.XXXXXX")
	fi
	# FUZZ_MESSAGE_WORKERS=N: fuzz_message as N processes on one corpus
	# (each reloads what the others add every second), FUZZ_RUNS split
	# between them and their executions summed
	local nw=1 runs=${FUZZ_RUNS:--1} w pids=() logs=() lrc=0 e
	if [ "$name" = message ]; then
		nw=${FUZZ_MESSAGE_WORKERS:-1}
		[ "$nw" -ge 1 ] 2>/dev/null || nw=1
	fi
	[ "$runs" -gt 0 ] && [ "$nw" -gt 1 ] && runs=$(((runs + nw - 1) / nw))
	start=$SECONDS
	for ((w = 0; w < nw; w++)); do
		log=$BUILD/$t.log
		[ "$w" = 0 ] || log=$BUILD/$t.w$w.log
		logs+=("$log")
		"$bin" -max_total_time="$secs" -runs="$runs" \
			-print_final_stats=1 "${common[@]}" "$out" "${seeds[@]}" \
			>"$log" 2>&1 &
		pids+=($!)
	done
	execs=0
	for ((w = 0; w < nw; w++)); do
		wait "${pids[w]}"
		st=$?
		e=$(awk '/stat::number_of_executed_units/ { print $NF }' \
			"${logs[w]}" | tail -1)
		execs=$((execs + ${e:-0}))
		if [ "$st" != 0 ]; then
			echo "fuzz: $t failed (exit $st); the end of ${logs[w]}:"
			tail -n 40 "${logs[w]}"
			lrc=1
		fi
	done
	[ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$out"
	if [ "$nw" -gt 1 ]; then
		echo "$t: $execs executions in $((SECONDS - start)) s ($nw processes)"
	else
		echo "$t: $execs executions in $((SECONDS - start)) s"
	fi
	return "$lrc"
}

# FUZZ_JOBS=N (make torture: the number of cores) runs the targets in N
# lanes side by side, each target a single process as before: fuzz_message,
# by far the slowest, has a lane of its own, the others share the rest in
# turn.  One lane (the default) runs them one after the other.
read -r -a targets <<<"${FUZZ_TARGETS:-message header config tmpl bounce reading orgcmd}"
jobs=${FUZZ_JOBS:-1}
[ "$jobs" -ge 1 ] 2>/dev/null || jobs=1
[ "$jobs" -le "${#targets[@]}" ] || jobs=${#targets[@]}
lanes=()
for ((l = 0; l < jobs; l++)); do lanes+=(""); done
k=0
for name in "${targets[@]}"; do
	if [ "$jobs" -gt 1 ] && [ "$name" = message ]; then
		lanes[0]+=" $name"
		continue
	fi
	# the others round-robin over the lanes after the first (when
	# fuzz_message has it), else over all
	if [ "$jobs" -gt 1 ] && [[ " ${targets[*]} " == *" message "* ]]; then
		l=$((1 + k % (jobs - 1)))
	else
		l=$((k % jobs))
	fi
	lanes[l]+=" $name"
	k=$((k + 1))
done
rc=0
if [ "$jobs" = 1 ]; then
	for name in ${lanes[0]}; do run_target "$name" || rc=1; done
	exit "$rc"
fi
pids=()
for ((l = 0; l < jobs; l++)); do
	(
		lrc=0
		for name in ${lanes[l]}; do run_target "$name" || lrc=1; done
		exit "$lrc"
	) &
	pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || rc=1; done
exit "$rc"
