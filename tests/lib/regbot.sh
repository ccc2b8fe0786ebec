# shellcheck shell=bash
# regbot.sh — what every integration test shares: the server stack (one per
# run when tests/run.sh provides it, else a private one), a temp dir, the
# test config, running regbot, and ok/not-ok bookkeeping.
#
#   . "$(dirname "$0")/../lib/regbot.sh"
#   t_setup                    # T=temp dir, stack ready and emptied
#   t_config "$T/regbot.conf"  # CFG_* variables below adjust it
#   ...; t_check "what" CMD...; t_done
#
# Environment (tests/run.sh sets these):
#   REGBOT              the binary under test (default REPO/regbot)
#   REGBOT_SRC          the repository root (default: derived from here)
#   REGBOT_SHARED_DIR   shared material, when present
#   REGBOT_TEST_SERVERS a running stack's dir (servers.sh) to reuse
#   REGBOT_TEST_KEEP=1  keep the temp dir for inspection

_T_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=servers.sh
. "$_T_LIB/servers.sh"
# shellcheck source=mkmail.sh
. "$_T_LIB/mkmail.sh"

: "${REGBOT_SRC:=$(cd "$_T_LIB/../.." && pwd)}"
: "${REGBOT:=$REGBOT_SRC/regbot}"
export REGBOT REGBOT_SRC

# The clock the tests pin: a month before the first course day.
T_NOW=2010-05-01T10:00:00+02:00

T_FAILS=0
T_CHECKS=0
T_NAME=$(basename "${0%.sh}")

t_log() { printf '[%s] %s\n' "$T_NAME" "$*"; }
t_ok() {
	T_CHECKS=$((T_CHECKS + 1))
	printf 'ok   - %s\n' "$*"
}
t_notok() {
	T_CHECKS=$((T_CHECKS + 1))
	T_FAILS=$((T_FAILS + 1))
	printf 'FAIL - %s\n' "$*"
}
# t_check DESCRIPTION CMD...: one assertion.
t_check() {
	local d=$1
	shift
	if "$@"; then t_ok "$d"; else t_notok "$d"; fi
}
# t_eq DESCRIPTION EXPECTED ACTUAL
t_eq() {
	if [ "$2" = "$3" ]; then
		t_ok "$1 ($3)"
	else
		t_notok "$1: expected '$2', got '$3'"
	fi
}
# t_fatal MESSAGE: stop the test here (cleanup still runs).
t_fatal() {
	t_notok "$*"
	t_done
}
t_done() {
	if [ "$T_FAILS" -eq 0 ] && [ "$T_CHECKS" -gt 0 ]; then
		t_log "all $T_CHECKS checks passed"
		exit 0
	fi
	t_log "$T_FAILS of $T_CHECKS checks failed"
	[ "${REGBOT_TEST_KEEP:-0}" = 1 ] && t_log "state kept in $T"
	exit 1
}

# t_setup: temp dir $T, a stack (shared or private) with empty mailboxes,
# the robot's password file, and the regbot binary checked.
t_setup() {
	T=$(mktemp -d "${TMPDIR:-/tmp}/regbot-$T_NAME.XXXXXX")
	if [ "${REGBOT_TEST_KEEP:-0}" != 1 ]; then at_exit "rm -rf '$T'"; fi
	if [ -n "${REGBOT_TEST_SERVERS:-}" ] && servers_running "$REGBOT_TEST_SERVERS"; then
		servers_use "$REGBOT_TEST_SERVERS"
	else
		t_log "starting a private server stack (no REGBOT_TEST_SERVERS)"
		at_exit "servers_stop '$T/servers'"
		servers_start "$T/servers" || t_fatal "server stack did not start"
	fi
	servers_reset
	at_exit smtp_sink_stop
	at_exit _t_kill_bg
	printf 'robotpw\n' >"$T/imap.secret"
	chmod 600 "$T/imap.secret"
	if [ ! -x "$REGBOT" ]; then
		t_fatal "regbot binary not found or not executable: $REGBOT"
	fi
	t_log "regbot=$REGBOT dir=$T ports imap=$SRV_IMAP_PORT smtp=$SRV_SMTP_PORT sink=$SRV_SINK_PORT"
}

# Background regbot processes this test started; killed on exit.
_T_BG=()
_t_kill_bg() {
	local p
	for p in "${_T_BG[@]}"; do
		kill -KILL "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
}

# t_config FILE: the agreed test configuration.  Adjust with
#   CFG_SMTP_PORT (default: Postfix), CFG_SPOOL (default $T/spool),
#   CFG_SEATS_GEMEENTE (20), CFG_SEATS_ORG (40), CFG_POLL (2)
t_config() {
	local f=$1
	mkdir -p "${CFG_SPOOL:-$T/spool}"
	cat >"$f" <<CONF
; written by tests/lib/regbot.sh
[imap]
url = imap://127.0.0.1:$SRV_IMAP_PORT
tls = none
user = robot
password_file = $T/imap.secret
mailbox = INBOX
processed = Verwerkt
poll_interval = ${CFG_POLL:-2}

[smtp]
url = smtp://127.0.0.1:${CFG_SMTP_PORT:-$SRV_SMTP_PORT}
tls = none
from = deSTADSWIJKstudies Almere <robot@regbot.test>

[robot]
spool = ${CFG_SPOOL:-$T/spool}
templates = $REGBOT_SRC/templates
language = nl

[organiser]
name = Programmasecretariaat
email = organiser@regbot.test
digest_time = 08:00

[event]
title = Almere: Sociale ambities in een groeiende stad
timezone = Europe/Amsterdam
fee = 1000.00
currency = EUR

[pool gemeente]
seats = ${CFG_SEATS_GEMEENTE:-20}
domains = almere.nl
fee = 0

[pool organisaties]
seats = ${CFG_SEATS_ORG:-40}
fee = 1000.00

[day 1]
date = 2010-06-01
start = 09:45
end = 16:30
theme = Ambities van bewoners

[day 2]
date = 2010-09-23
start = 09:45
end = 16:30
theme = Diversiteit en identiteit

[day 3]
date = 2010-11-02
start = 09:45
end = 16:30
theme = Wonen met en zonder zorgen

[day 4]
date = 2010-11-23
start = 09:45
end = 16:30
theme = Aanwezige krachten aanboren
CONF
}

# t_regbot CONF ARGS...: run regbot in the foreground (bounded), output to
# $T/regbot.log; returns regbot's exit status.
t_regbot() {
	local conf=$1 rc=0
	shift
	printf '\n$ regbot --config %s %s\n' "$conf" "$*" >>"$T/regbot.log"
	# The subshell keeps bash's "Killed" notice (crash tests) off the output.
	(
		timeout -k 5 "${T_REGBOT_TIMEOUT:-120}" "$REGBOT" --config "$conf" "$@" \
			</dev/null >>"$T/regbot.log" 2>&1
		exit $?
	) 2>/dev/null || rc=$?
	[ "$rc" = 0 ] || printf '(exit %s)\n' "$rc" >>"$T/regbot.log"
	return "$rc"
}

# t_regbot_bg CONF ARGS...: start regbot in the background; sets T_BG_PID.
t_regbot_bg() {
	local conf=$1
	shift
	printf '\n$ regbot --config %s %s &\n' "$conf" "$*" >>"$T/regbot.log"
	# The child runs this shell's traps until it has exec'd regbot: a
	# SIGTERM in that moment would run the test's exit handlers in it
	# (stopping the servers, removing $T).  Reset them first.
	(
		trap - EXIT INT TERM HUP
		exec "$REGBOT" --config "$conf" "$@" </dev/null >>"$T/regbot.log" 2>&1
	) &
	T_BG_PID=$!
	# and a signal sent before the exec would still find them: return
	# only once the child is regbot
	local i
	for ((i = 0; i < 250; i++)); do
		[ "$(readlink "/proc/$T_BG_PID/exe" 2>/dev/null)" != "$(readlink -f "$BASH")" ] && break
		sleep 0.02
	done
	_T_BG+=("$T_BG_PID")
}

# t_alive PID: running (a zombie child that has exited does not count).
t_alive() {
	local st
	st=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
	[ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}
t_gone() { ! t_alive "$1"; }

# t_show_log [N]: the last N lines regbot printed (for a failure's context).
t_show_log() {
	[ -s "$T/regbot.log" ] || return 0
	t_log "last lines of regbot's output:"
	tail -n "${1:-40}" "$T/regbot.log" | sed 's/^/    | /'
}

# t_list CONF [list args]: `regbot list --format json` (the pinned clock).
t_list() {
	local conf=$1
	shift
	timeout -k 5 60 "$REGBOT" --config "$conf" --now "$T_NOW" list --format json "$@" \
		2>>"$T/regbot.log" </dev/null
}

# t_add_users MANIFEST: one Dovecot user per participant of a mkmail batch.
t_add_users() {
	local f email user rest
	while IFS=$'\t' read -r f email user rest; do
		servers_add_user "$user" "pw-$user"
	done <"$1"
}

# t_manifest_files MANIFEST: the message files, in order.
t_manifest_files() { cut -f1 "$1"; }
t_manifest_users() { cut -f3 "$1"; }

# t_counts JSON: "confirmed=N waitlisted=N cancelled=N incomplete=N"
t_counts() {
	jq -r '[ "confirmed", "waitlisted", "cancelled", "incomplete" ] as $s
	       | . as $all
	       | [ $s[] | . as $k | "\($k)=\([ $all[] | select(.status == $k) ] | length)" ]
	       | join(" ")' <<<"$1"
}

# t_pool_counts JSON: one line per pool: "pool confirmed waitlisted"
t_pool_counts() {
	jq -r 'group_by(.pool)[] | "\(.[0].pool) \([.[] | select(.status == "confirmed")] | length) \([.[] | select(.status == "waitlisted")] | length)"' <<<"$1"
}

# t_waitlist_positions JSON POOL: sorted positions of the pool's waitlist.
t_waitlist_positions() {
	jq -r --arg p "$2" '[ .[] | select(.pool == $p and .status == "waitlisted") | .waitlist_position ] | sort | map(tostring) | join(",")' <<<"$1"
}

# t_sink_summary DIR: "recipient kind" for every message smtp-sink captured.
t_sink_summary() {
	local f
	for f in "$1"/*; do
		[ -f "$f" ] || continue
		awk 'BEGIN { IGNORECASE = 1 }
		     /^\r?$/ && seen { exit }
		     { sub(/\r$/, "") }
		     tolower($0) ~ /^x-rcpt-args:/ { r = $2; gsub(/[<>]/, "", r); r = tolower(r) }
		     tolower($0) ~ /^x-regbot-kind:/ { k = $2; seen = 1 }
		     END { print (r == "" ? "?" : r), (k == "" ? "-" : k) }' "$f"
	done
}

# t_sink_count DIR: messages smtp-sink captured; t_wait_sink DIR N SECS
# waits until there are at least N.
t_sink_count() { find "$1" -maxdepth 1 -type f 2>/dev/null | wc -l; }
_t_sink_ge() { [ "$(t_sink_count "$1")" -ge "$2" ]; }
t_wait_sink() { wait_until "$3" "$2 messages in the sink" _t_sink_ge "$1" "$2"; }

# t_replies USERS...: "user count" of messages in each user's mailbox.
t_replies() {
	local u
	for u in "$@"; do echo "$u $(maildir_count "$u")"; done
}
# t_total_replies USERS...: sum of the above.
t_total_replies() {
	local u n=0
	for u in "$@"; do n=$((n + $(maildir_count "$u"))); done
	echo "$n"
}
_t_replies_ge() {
	local want=$1
	shift
	[ "$(t_total_replies "$@")" -ge "$want" ]
}
# t_wait_replies N SECS USERS...: until the users' mailboxes hold N.
t_wait_replies() {
	local n=$1 s=$2
	shift 2
	wait_until "$s" "$n replies delivered" _t_replies_ge "$n" "$@"
}

# t_swaks_batch MANIFEST: submit the batch to robot through Postfix with
# swaks, 4 at a time (then servers_wait_queue to see them delivered).
t_swaks_batch() {
	local man=$1 start=$SECONDS n
	n=$(wc -l <"$man")
	cut -f1 "$man" | xargs -P 4 -I{} bash -c \
		'. "$0"; servers_use "$1"; send_mail "$2" robot@regbot.test' \
		"$_T_LIB/servers.sh" "$SRV_DIR" {} || return 1
	t_log "submitted $n mails with swaks in $((SECONDS - start)) s"
}
