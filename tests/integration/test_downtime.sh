#!/usr/bin/env bash
# test_downtime.sh — catch-up after the robot was down, against the real
# servers (Postfix delivering into Dovecot).
#   1. The daemon runs daily to Saturday 29 May 2010, is stopped for three
#      days (30 May to 1 June: the 1-day reminder and the attendance list
#      of day 1 fall in that gap, and day 1 itself) and restarted as
#      `regbot run` on 2 June: it sends one catch-up digest, not three,
#      and neither the stale reminder nor the stale attendance list.
#      A second restart sends nothing: the store remembers every job.
#   2. Down from 23 to 30 May: back the day before day 1, the 7-day
#      reminder (missed) gives way to the 1-day one, sent once.
#   3. digest_skip_unchanged = yes: only days with news have a digest,
#      and the catch-up after downtime reports what happened meanwhile.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup

# Every mailbox first: Dovecot rereads its user file by mtime, so a user
# added in the same second as a lookup could be missed.
for u in organiser2 organiser3 pauze11 pauze12 pauze21 \
	pauze31 pauze32; do
	servers_add_user "$u" "pw-$u"
done

local_iso() { TZ=Europe/Amsterdam date -d "$1 $2" +%Y-%m-%dT%H:%M:%S%:z; }

# conf NAME ORGANISER [sed expressions]: a configuration with its own spool
# and organiser mailbox.
conf() {
	local name=$1 org=$2 f=$T/$1.conf e
	shift 2
	CFG_SPOOL=$T/spool-$name t_config "$f"
	sed -i "s/^email = organiser@regbot.test/email = $org@regbot.test/" "$f"
	for e in "$@"; do sed -i "$e" "$f"; done
	echo "$f"
}

N=0
register() { # CONF NAME ADDR WHEN
	local f
	N=$((N + 1))
	f=$T/m$N.eml
	printf 'From: %s <%s>\nTo: robot@regbot.test\nMessage-ID: <dt%d.%s@test>\nSubject: Aanmelding\nDate: Mon, 3 May 2010 09:00:00 +0200\n\nHierbij meld ik mij aan.\n\nNaam: %s\nOrganisatie: Organisatie Voorbeeld\nE-mail: %s\n' \
		"$2" "$3" "$N" "$$" "$2" "$3" >"$f"
	t_regbot "$1" --now "$4" ingest "$f" || t_notok "ingest $3 at $4"
}

# step CONF FROM TO: `regbot once` at 11:00 on each day FROM..TO.
step() {
	local day=$2
	while :; do
		t_regbot "$1" --now "$(local_iso "$day" 11:00)" once ||
			t_notok "once on $day ($1)"
		[ "$day" = "$3" ] && break
		day=$(date -u -d "$day + 1 day" +%F)
	done
}

# ids USER KIND: the Message-IDs of USER's mails of KIND, sorted (Postfix
# may deliver out of order).
ids() {
	mailbox_fetch_headers "$1" INBOX X-Regbot-Kind Message-ID |
		awk -F'\t' -v k="$2" '$1 == k { s = $2; sub(/^<regbot\./, "", s); sub(/@.*/, "", s); print s }' |
		sort | paste -sd' ' -
}
count_kind() { mailbox_fetch_headers "$1" INBOX X-Regbot-Kind | grep -cx "$2"; }
settle() { servers_wait_queue 30 || t_notok "Postfix still holds mail"; }

# ---- 1. stopped for three days, restarted as the daemon --------------------
C1=$(conf down organiser)
register "$C1" "Deelnemer 11" pauze11@een.example.org "$(local_iso 2010-05-20 09:00)"
register "$C1" "Deelnemer 12" pauze12@twee.example.org "$(local_iso 2010-05-20 09:05)"
step "$C1" 2010-05-20 2010-05-29
settle
t_eq "1. before the downtime: ten digests" 10 "$(count_kind organiser digest)"
t_eq "1. before the downtime: the 7-day reminder" "reminder.1.7.$(t_list "$C1" | jq -r '.[] | select(.email == "pauze11@een.example.org") | .code')" \
	"$(ids pauze11 reminder)"

# Down 30 May, 31 May, 1 June.  Back on 2 June at 11:00, as the daemon.
t_regbot_bg "$C1" --now "$(local_iso 2010-06-02 11:00)" run
PID=$T_BG_PID
got_digest() { [ "$(count_kind organiser digest)" -ge 11 ]; }
if wait_until 30 "the catch-up digest" got_digest; then
	t_ok "the restarted daemon sent the catch-up digest"
else
	t_notok "no catch-up digest within 30 s"
fi
sleep 1
kill -TERM "$PID" 2>/dev/null || true
wait_until 15 "regbot run to stop" t_gone "$PID" || t_notok "regbot run did not stop on SIGTERM"
settle
t_eq "1. one catch-up digest, for the day of the restart" \
	"digest.2010-05-20 digest.2010-05-21 digest.2010-05-22 digest.2010-05-23 digest.2010-05-24 digest.2010-05-25 digest.2010-05-26 digest.2010-05-27 digest.2010-05-28 digest.2010-05-29 digest.2010-06-02" \
	"$(ids organiser digest)"
t_eq "1. no stale attendance list for day 1" 0 "$(count_kind organiser attendance)"
t_eq "1. no stale 1-day reminder (pauze11)" 1 "$(count_kind pauze11 reminder)"
t_eq "1. no stale 1-day reminder (pauze12)" 1 "$(count_kind pauze12 reminder)"
t_eq "1. the skipped jobs are recorded with the reason" \
	"attendance:1|skipped: the course day has started reminder:1:1|skipped: the course day has begun" \
	"$(sqlite3 "$T/spool-down/regbot.db" "select key || '|' || outcome from job_runs where outcome like 'skipped%' order by key" | paste -sd' ' -)"
cu=$(grep -l -r -F "Message-ID: <regbot.digest.2010-06-02@" "$SRV_HOME/organiser/Maildir" | head -n 1)
t_check "1. the catch-up digest reports since the last one (29 May)" \
	grep -q 'sinds het vorige overzicht van zaterdag 29 mei 2010' "$cu"

# A second restart the same day: everything is remembered.
before=$(maildir_count organiser)
out=$("$REGBOT" --config "$C1" --now "$(local_iso 2010-06-02 12:00)" remind --dry-run 2>&1)
t_check "1. remind --dry-run: nothing is due after the restart" grep -q 'nothing is due' <<<"$out"
t_regbot "$C1" --now "$(local_iso 2010-06-02 12:00)" once || t_notok "once after the restart"
settle
t_eq "1. a second restart sends nothing" "$before" "$(maildir_count organiser)"

# ---- 2. back the day before day 1: the later reminder wins ----------------
C2=$(conf late organiser2)
register "$C2" "Deelnemer 21" pauze21@een.example.org "$(local_iso 2010-05-20 09:00)"
step "$C2" 2010-05-20 2010-05-23
out=$("$REGBOT" --config "$C2" --now "$(local_iso 2010-05-31 11:00)" remind --dry-run 2>&1)
t_check "2. dry run: the 7-day reminder is skipped" grep -q 'reminder:1:7 .*skipped: a later reminder' <<<"$out"
t_check "2. dry run: the 1-day reminder goes to the participant" grep -q 'pauze21@een.example.org.*reminder:1:1:' <<<"$out"
t_regbot "$C2" --now "$(local_iso 2010-05-31 11:00)" once || t_notok "once on 31 May"
t_regbot "$C2" --now "$(local_iso 2010-05-31 15:00)" once || t_notok "again on 31 May"
settle
C21=$(t_list "$C2" | jq -r '.[0].code')
t_eq "2. only the 1-day reminder, once" "reminder.1.1.$C21" "$(ids pauze21 reminder)"
t_eq "2. the attendance list still goes (the day has not begun)" 1 "$(count_kind organiser2 attendance)"
t_eq "2. digests: four, then one catch-up" \
	"digest.2010-05-20 digest.2010-05-21 digest.2010-05-22 digest.2010-05-23 digest.2010-05-31" \
	"$(ids organiser2 digest)"

# ---- 3. digest_skip_unchanged = yes ----------------------------------------
C3=$(conf quiet organiser3 '/^digest_time = /a digest_skip_unchanged = yes')
step "$C3" 2010-05-03 2010-05-04
register "$C3" "Deelnemer 31" pauze31@een.example.org "$(local_iso 2010-05-05 09:00)"
step "$C3" 2010-05-05 2010-05-07
# Down 8 to 10 May; a registration arrives while it is down (ingested by
# an MTA pipe at 9 May), so the catch-up digest has news.
register "$C3" "Deelnemer 32" pauze32@twee.example.org "$(local_iso 2010-05-09 14:00)"
step "$C3" 2010-05-11 2010-05-12
settle
t_eq "3. digests only on days with news (the first always)" \
	"digest.2010-05-03 digest.2010-05-05 digest.2010-05-11" "$(ids organiser3 digest)"
t_eq "3. quiet days are recorded as unchanged" \
	"digest:2010-05-04 digest:2010-05-06 digest:2010-05-07 digest:2010-05-12" \
	"$(sqlite3 "$T/spool-quiet/regbot.db" "select key from job_runs where outcome = 'unchanged' order by key" | paste -sd' ' -)"
q=$(grep -l -r -F "Message-ID: <regbot.digest.2010-05-11@" "$SRV_HOME/organiser3/Maildir" | head -n 1)
t_check "3. the catch-up digest lists the registration made while down" \
	grep -q 'Deelnemer 32' "$q"
t_check "3. digest --print shows today's digest without sending it" bash -c \
	"'$REGBOT' --config '$C3' --now '$(local_iso 2010-05-12 12:00)' digest --print | grep -q '^X-Regbot-Kind: digest'"
t_eq "3. ... and sends nothing" 3 "$(count_kind organiser3 digest)"

[ "$T_FAILS" = 0 ] || t_show_log 40
t_done
