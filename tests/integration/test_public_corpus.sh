#!/usr/bin/env bash
# Every message of two corpora through the whole intake (`regbot ingest`,
# the sanitizer build under tests/run.sh), each into a fresh spool, with an
# SMTP url nobody listens on (replies stay in the outbox, where they are
# read back):
#
#  1. ../shared/corpus/public (real messages from other mail projects'
#     test suites, see its index.tsv): no crash, leak, sanitizer report or
#     hang; each ends as a registration, a no-reply, a bounce recorded
#     (bouncelog.h) or a set-aside for a human; a bounce, receipt or list
#     message is never answered; and nobody is registered (none of them
#     registers for the course).
#  2. tests/corpus (labelled): a machine gets no reply at all; the people
#     registered are exactly those labelled, at their labelled addresses
#     (no registration for the wrong person); and no outgoing header
#     carries anything a name or subject smuggled in (the hostile
#     messages put CR, LF, NUL and encoded line breaks there).
#
# Without ../shared the first part says so and is skipped.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

T=$(mktemp -d "${TMPDIR:-/tmp}/regbot-$T_NAME.XXXXXX")
[ "${REGBOT_TEST_KEEP:-0}" = 1 ] || at_exit "rm -rf '$T'"
[ -x "$REGBOT" ] || t_fatal "regbot binary not found: $REGBOT"
printf 'robotpw\n' >"$T/imap.secret"
chmod 600 "$T/imap.secret"
# No server is needed: IMAP is not used by ingest and port 9 (discard) on
# loopback has no listener, so every reply is deferred in the outbox.
SRV_IMAP_PORT=9
CFG_SMTP_PORT=9
ROBOT=robot@regbot.test

# ingest FILE: a fresh spool; sets RC, OUT (stderr+stdout), DB.
ingest() {
	local f=$1
	rm -rf "$T/spool" "$T/c.conf"
	CFG_SPOOL=$T/spool t_config "$T/c.conf"
	RC=0
	OUT=$(timeout -k 5 30 "$REGBOT" --config "$T/c.conf" --now "$T_NOW" \
		ingest "$f" </dev/null 2>&1) || RC=$?
	DB=$T/spool/regbot.db
}

sanitizer_clean() {
	! grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|UndefinedBehaviorSanitizer' <<<"$OUT"
}

q() { sqlite3 -batch -noheader "$DB" "$1" 2>/dev/null; }

start=$SECONDS
# ---- 1. the public corpus ---------------------------------------------------
PUB=${REGBOT_SHARED_DIR:-}/corpus/public
if [ -z "${REGBOT_SHARED_DIR:-}" ] || [ ! -f "$PUB/index.tsv" ]; then
	t_log "SKIP public corpus: ../shared/corpus/public is absent here"
else
	n=0 bad=0
	declare -A OUTCOMES=()
	while IFS=$'\t' read -r path source tags; do
		[ "$path" = path ] && continue
		f=$PUB/$path
		[ -f "$f" ] || { t_notok "public/$path is listed but missing"; bad=1; continue; }
		n=$((n + 1))
		ingest "$f"
		why=
		if [ "$RC" = 124 ] || [ "$RC" = 137 ]; then
			why="hung (killed after 30 s)"
		elif ! sanitizer_clean; then
			why="sanitizer report"
		elif [ "$RC" != 0 ]; then
			why="exit $RC"
		fi
		outcome=$(q "SELECT outcome FROM messages")
		detail=$(q "SELECT detail FROM messages")
		rows=$(q "SELECT count(*) FROM messages")
		if [ -z "$why" ] && [ "$rows" != 1 ]; then
			why="$rows message rows (lost or duplicated)"
		fi
		if [ -z "$why" ]; then
			case $outcome in
			no-reply | set-aside | needs-human | question | bounce | bounce-unmatched) ;;
			help)
				# INTENT_HUMAN until process.c routes it to the
				# organiser (see src/request.h) gets "help"
				[ "$detail" = human ] || [ "$detail" = help ] ||
					why="outcome help for intent $detail" ;;
			registered | incomplete | duplicate)
				why="registered someone ($detail): none of these is a registration" ;;
			*) why="outcome '$outcome'" ;;
			esac
		fi
		# machines by the corpus's own tags: never answered
		if [ -z "$why" ] && grep -qE '(^|,)(bounce|dsn|mdn|arf|mailing-list|auto-reply)(,|$)' <<<"$tags"; then
			case $outcome in
			no-reply | set-aside | bounce | bounce-unmatched) ;;
			*) why="tagged $tags but outcome $outcome" ;;
			esac
			answered=$(q "SELECT count(*) FROM outbox WHERE rcpt <> 'organiser@regbot.test'")
			[ "${answered:-0}" = 0 ] || why="tagged $tags but $answered replies queued"
		fi
		o=${outcome:-none}
		OUTCOMES[$o]=$((${OUTCOMES[$o]:-0} + 1))
		if [ -n "$why" ]; then
			t_notok "public/$path: $why"
			grep -E 'Sanitizer|runtime error|ERROR|#[0-9]+ ' <<<"$OUT" | head -20 | sed 's/^/    | /'
			bad=1
		fi
	done <"$PUB/index.tsv"
	summary=$(for k in "${!OUTCOMES[@]}"; do echo "$k=${OUTCOMES[$k]}"; done | sort | tr '\n' ' ')
	t_log "public corpus outcomes: $summary"
	t_check "all $n public messages: no crash, leak or hang; registration, no-reply or set-aside; no robot answered" [ "$bad" = 0 ]
fi

# ---- 2. the labelled corpus through the whole path --------------------------
n=0 bad=0
for f in "$REGBOT_SRC"/tests/corpus/*.eml; do
	e=${f%.eml}.expect
	name=$(basename "$f")
	n=$((n + 1))
	# the corpus is addressed to aanmelden@example.org; the test robot is
	# robot@regbot.test, so mail "from the robot" is rewritten to it
	sed "s/aanmelden@example\.org/$ROBOT/g" "$f" >"$T/msg.eml"
	ingest "$T/msg.eml"
	why=
	if [ "$RC" != 0 ] || ! sanitizer_clean; then
		why="exit $RC or a sanitizer report"
	fi
	outcome=$(q "SELECT outcome FROM messages")
	# machines: no reply to anyone but the organiser
	if grep -qx 'robot: yes' "$e"; then
		answered=$(q "SELECT count(*) FROM outbox WHERE rcpt <> 'organiser@regbot.test'")
		case $outcome in
		no-reply | bounce | bounce-unmatched) ;;
		*) why="${why:+$why; }a machine's mail ended as $outcome" ;;
		esac
		[ "${answered:-0}" = 0 ] || why="${why:+$why; }$answered replies to a machine"
	fi
	# registrations only for labelled addresses
	want=$(sed -n 's/^[0-9]*\.email: //p' "$e" | tr 'A-Z' 'a-z' | sort -u)
	got=$(q "SELECT lower(email) FROM registrations" | sort -u)
	for a in $got; do
		grep -qx "$a" <<<"$want" || why="${why:+$why; }registered $a, who is not in the labels"
	done
	# header safety: every outgoing message's header block is made of
	# "Name: value" lines and folds only, and nothing smuggled in
	while IFS= read -r id; do
		[ -n "$id" ] || continue
		sqlite3 -batch -noheader "$DB" "SELECT writefile('$T/out.eml', data) FROM outbox WHERE id = $id" >/dev/null
		hdr=$(awk '{ sub(/\r$/, "") } /^$/ { exit } { print }' "$T/out.eml")
		if grep -qvE '^([A-Za-z0-9-]+: |[ \t])' <<<"$hdr"; then
			why="${why:+$why; }reply $id has a header line that is not a header"
		fi
		if grep -qiE '^(bcc|x-evil):' <<<"$hdr" || grep -qiE '^to: .*x@example\.nl' <<<"$hdr"; then
			why="${why:+$why; }reply $id carries an injected header"
		fi
		if LC_ALL=C grep -qP '[\x00\x0b\x0c\x1b]' "$T/out.eml"; then
			why="${why:+$why; }reply $id carries control characters"
		fi
	done < <(q "SELECT id FROM outbox")
	if [ -n "$why" ]; then
		t_notok "corpus/$name: $why"
		bad=1
	fi
done
t_check "all $n labelled messages: machines unanswered, only labelled people registered, clean outgoing headers" [ "$bad" = 0 ]
t_log "both corpora in $((SECONDS - start)) s"
t_done
