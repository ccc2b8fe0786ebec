#!/usr/bin/env bash
# test_timetravel.sh — the whole course with the clock pinned, one
# `regbot once` per day at 11:00 Amsterdam time (after digest_time 08:00
# and reminder_time 10:00) from 1 May to 24 November 2010, through the
# end of summer time on 31 October, against the real servers: every mail
# goes through Postfix into each person's Dovecot mailbox.
#
# Five participants (placeholders; mailboxes tijdreis01..05, names no
# other test uses):
#   01, 04  confirmed in May: all eight reminders (7 and 1 days before
#           each of the four days); 04 writes in English
#   02      confirmed, cancels on 22 September at 09:00: the reminders
#           of day 1 and the 7-day one of day 2
#   03      waitlisted, promoted by 02's cancellation on 22 September at
#           09:00: no "see you tomorrow" at 10:00 on top of the promotion
#           (confirmed less than 24 h before), then days 3 and 4
#   05      registers on 22 November at 09:00, the day before day 4:
#           the confirmation only
# On 10 November day 4 is made to end later: its reminders carry the
# day's calendar entry with the next SEQUENCE.
# The organiser gets exactly one digest per day up to the last course
# day (23 November), then the final report instead (24 November), and
# four attendance lists, each on the working day before its course day.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
CONF=$T/regbot.conf
CFG_SEATS_GEMEENTE=2 CFG_SEATS_ORG=2 t_config "$CONF"
# The schedule and the days' details the reminders carry.
sed -i '/^digest_time = /a digest_skip_unchanged = no' "$CONF"
sed -i '/^currency = EUR/a reminder_days = 7, 1\nreminder_time = 10:00\nvenue = De Nieuwe Bibliotheek\naddress = Stadhuisplein 101, 1315 XC Almere\nroute = Zeven minuten lopen van Station Almere Stad.' "$CONF"
sed -i '/^start = 09:45/i doors = 09:15' "$CONF"
sed -i '/^theme = Ambities van bewoners/a speakers = Kristine Leenman (introductie)\n           Arnold Reijndorp (referaat 1)\n           Edith Hooge (referaat 2)' "$CONF"
t_regbot "$CONF" check-config || {
	t_show_log
	t_fatal "the configuration is not valid"
}

USERS=(tijdreis01 tijdreis02 tijdreis03 tijdreis04 tijdreis05)
for u in "${USERS[@]}"; do servers_add_user "$u" "pw-$u"; done
ORGS=("" "Organisatie Een" "Organisatie Twee" "Organisatie Drie" \
	"Gemeente Almere" "Gemeente Almere")
ADDR=("" tijdreis01@een.example.org tijdreis02@twee.example.org \
	tijdreis03@drie.example.org tijdreis04@almere.nl tijdreis05@almere.nl)

# local DATE HH:MM -> ISO 8601 with Amsterdam's offset of that moment
# (the test's own arithmetic; regbot itself never reads TZ).
local_iso() { TZ=Europe/Amsterdam date -d "$1 $2" +%Y-%m-%dT%H:%M:%S%:z; }

N=0
register() { # NUM WHEN
	local i=$1 f
	N=$((N + 1))
	f=$T/reg$i.eml
	if [ "$i" = 4 ]; then
		printf 'From: Deelnemer 04 <%s>\nTo: robot@regbot.test\nMessage-ID: <tt%d.%s@test>\nSubject: Registration\nDate: Mon, 3 May 2010 09:00:00 +0200\n\nDear organiser,\n\nI would like to register for the course.\n\nName: Deelnemer 04\nOrganisation: %s\nE-mail: %s\nFunction: Policy advisor\n\nKind regards,\nDeelnemer 04\n' \
			"${ADDR[4]}" "$N" "$$" "${ORGS[4]}" "${ADDR[4]}" >"$f"
	else
		printf 'From: Deelnemer 0%d <%s>\nTo: robot@regbot.test\nMessage-ID: <tt%d.%s@test>\nSubject: Aanmelding\nDate: Mon, 3 May 2010 09:00:00 +0200\n\nHierbij meld ik mij aan.\n\nNaam: Deelnemer 0%d\nOrganisatie: %s\nE-mail: %s\nFunctie: Beleidsadviseur\nDieetwensen: vegetarisch\n' \
			"$i" "${ADDR[$i]}" "$N" "$$" "$i" "${ORGS[$i]}" "${ADDR[$i]}" >"$f"
	fi
	t_regbot "$CONF" --now "$2" ingest "$f" || t_notok "ingest of participant $i at $2"
}
code_of() { t_list "$CONF" | jq -r --arg e "$1" '.[] | select(.email == $e) | .code' | head -n 1; }

start=$SECONDS
day=2010-05-01
steps=0
declare -a DAYS=()
while [ "$day" != 2010-11-25 ]; do
	case $day in
	2010-05-03) register 1 "$(local_iso "$day" 09:00)" ;;
	2010-05-04) register 2 "$(local_iso "$day" 09:00)" ;;
	2010-05-05) register 3 "$(local_iso "$day" 09:00)" ;;
	2010-05-06) register 4 "$(local_iso "$day" 09:00)" ;;
	2010-09-22)
		C2=$(code_of "${ADDR[2]}")
		t_regbot "$CONF" --now "$(local_iso "$day" 09:00)" cancel "$C2" \
			--reason "ziek" >/dev/null || t_notok "cancel $C2"
		;;
	2010-11-10) # day 4 will end later: the next calendar entry says so
		sed -i '/^\[day 4\]/,$ s/^end = 16:30/end = 17:00/' "$CONF" ;;
	2010-11-22) register 5 "$(local_iso "$day" 09:00)" ;;
	esac
	t_regbot "$CONF" --now "$(local_iso "$day" 11:00)" once ||
		t_notok "regbot once on $day"
	DAYS+=("$day")
	steps=$((steps + 1))
	day=$(date -u -d "$day + 1 day" +%F)
done
ran=$((SECONDS - start))
# The time is reported, not checked: on a busy machine it says nothing
# about the robot (175 s with three fuzzers beside it against 60-90 s on
# a quiet one), and the runner's limit per test catches a hang.  Speed is
# measured by make bench.
t_log "$steps days stepped in $ran s"

servers_wait_queue 60 || t_notok "Postfix still holds mail after 60 s"
t_eq "nothing left in the outbox" 0 \
	"$(sqlite3 "$T/spool/regbot.db" "select count(*) from outbox where status <> 'sent'")"

# kinds USER: the X-Regbot-Kind of each message; ids USER: Message-IDs
kinds() { mailbox_fetch_headers "$1" INBOX X-Regbot-Kind | sort | uniq -c | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $2, $1 }'; }
reminders_of() {
	mailbox_fetch_headers "$1" INBOX X-Regbot-Kind Message-ID |
		awk -F'\t' '$1 == "reminder" { split($2, a, "."); print a[3] ":" a[4] }' |
		sort | paste -sd' ' -
}
ALL8="1:1 1:7 2:1 2:7 3:1 3:7 4:1 4:7"
wait_n() { [ "$(maildir_count "$1")" -ge "$2" ]; }
wait_until 30 "organiser's mail" wait_n organiser $((steps + 4)) || true
# Postfix may still be handing the last ones to Dovecot.
for want in tijdreis01:9 tijdreis02:5 tijdreis03:6 tijdreis04:9 tijdreis05:1; do
	wait_until 30 "${want%%:*}'s mail" wait_n "${want%%:*}" "${want#*:}" || true
done

t_eq "tijdreis01: mails" "confirmation=1 reminder=8" "$(kinds tijdreis01)"
t_eq "tijdreis01: the eight reminders" "$ALL8" "$(reminders_of tijdreis01)"
t_eq "tijdreis02: mails" "cancelled=1 confirmation=1 reminder=3" "$(kinds tijdreis02)"
t_eq "tijdreis02: reminders until the cancellation" "1:1 1:7 2:7" "$(reminders_of tijdreis02)"
t_eq "tijdreis03: mails" "promotion=1 reminder=4 waitlist=1" "$(kinds tijdreis03)"
t_eq "tijdreis03: no reminder the hour after the promotion" "3:1 3:7 4:1 4:7" "$(reminders_of tijdreis03)"
t_eq "tijdreis04: mails" "confirmation=1 reminder=8" "$(kinds tijdreis04)"
t_eq "tijdreis04: the eight reminders" "$ALL8" "$(reminders_of tijdreis04)"
t_eq "tijdreis05: registered the day before day 4, no reminder" "confirmation=1" "$(kinds tijdreis05)"

subjects04=$(mailbox_fetch_headers tijdreis04 INBOX X-Regbot-Kind Subject | awk -F'\t' '$1 == "reminder" { print $2 }')
t_check "tijdreis04 (English) gets English reminders" bash -c \
	"[ \"\$(grep -c '^Reminder: ' <<<'$subjects04')\" = 8 ]"
t_eq "every reminder is auto-generated" "auto-generated" \
	"$(for u in tijdreis01 tijdreis04; do mailbox_fetch_headers $u INBOX X-Regbot-Kind Auto-Submitted; done |
		awk -F'\t' '$1 == "reminder" { print $2 }' | sort -u | paste -sd' ' -)"

t_eq "organiser: one digest per day to the last course day, the final report, four attendance lists" \
	"attendance=4 digest=$((steps - 1)) final-report=1" "$(kinds organiser)"
digest_days=$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind Message-ID |
	awk -F'\t' '$1 == "digest" { sub(/^<regbot\.digest\./, "", $2); sub(/@.*/, "", $2); print $2 }' | sort)
t_eq "digests: distinct days" "$((steps - 1))" "$(uniq <<<"$digest_days" | wc -l)"
t_eq "digests: days stepped without one (but the day after the course), or one twice" "> 2010-11-24" \
	"$(diff <(printf '%s\n' "$digest_days") <(printf '%s\n' "${DAYS[@]}" | sort) | grep '^[<>]' | tr '\n' ' ' | sed 's/ $//')"
t_eq "attendance lists: day, size" \
	"1:3 2:3 3:3 4:4" \
	"$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind Message-ID Subject |
		awk -F'\t' '$1 == "attendance" { split($2, a, "."); d = a[3]; sub(/@.*/, "", d);
		       match($3, /: [0-9]+ /); print d ":" substr($3, RSTART + 2, RLENGTH - 3) }' | sort | paste -sd' ' -)"
t_eq "attendance lists went out the working day before" \
	"Mon, 31 May 2010 Wed, 22 Sep 2010 Mon, 01 Nov 2010 Mon, 22 Nov 2010" \
	"$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind Message-ID Date |
		awk -F'\t' '$1 == "attendance" { split($2, a, "."); d = a[3]; sub(/@.*/, "", d);
		       print d "\t" substr($3, 1, 16) }' | sort -n | cut -f2 | paste -sd' ' -)"

# The end of summer time: the digests of 30 and 31 October say 11:00 in
# the offset of their day, and so does the 1-day reminder of day 3.
file_of() { grep -l -r --include='*' -F "Message-ID: <$1@" "$SRV_HOME/$2/Maildir" | head -n 1; }
d30=$(file_of regbot.digest.2010-10-30 organiser)
d31=$(file_of regbot.digest.2010-10-31 organiser)
t_check "digest of 30 October sent at 11:00 +0200" grep -q '^Date: Sat, 30 Oct 2010 11:00:[0-9][0-9] +0200' "$d30"
t_check "digest of 31 October sent at 11:00 +0100" grep -q '^Date: Sun, 31 Oct 2010 11:00:[0-9][0-9] +0100' "$d31"
r31=$(file_of "regbot.reminder.3.1.$(code_of "${ADDR[1]}")" tijdreis01)
t_check "1-day reminder of day 3 sent on 1 November, +0100" grep -q '^Date: Mon, 01 Nov 2010 11:00:[0-9][0-9] +0100' "$r31"
# ics FILE NAME: the calendar attachment NAME of a message, decoded.
ics() {
	awk -v n="filename=\"$2\"" 'index($0, n) { f = 1; next }
	     f == 1 && /^\r?$/ { f = 2; next }
	     f == 2 && /^--/ { exit }
	     f == 2 { sub(/\r$/, ""); print }' "$1" | base64 -d 2>/dev/null
}
cal=$(ics "$r31" agenda.ics)
t_eq "it carries one calendar entry" 1 "$(grep -c '^BEGIN:VEVENT' <<<"$cal")"
t_check "that entry is day 3, 09:45 Amsterdam time" \
	grep -q '^DTSTART;TZID=Europe/Amsterdam:20101102T094500' <<<"$cal"
t_check "... with the confirmation's SEQUENCE (the day did not change)" \
	grep -q '^SEQUENCE:0' <<<"$cal"
r47=$(file_of "regbot.reminder.4.7.$(code_of "${ADDR[1]}")" tijdreis01)
cal=$(ics "$r47" agenda.ics)
t_check "day 4 changed (ends 17:00): its reminder's entry says so, SEQUENCE 1" \
	bash -c "grep -q '^DTEND;TZID=Europe/Amsterdam:20101123T170000' <<<'$cal' && grep -q '^SEQUENCE:1' <<<'$cal'"
a1=$(file_of regbot.attendance.1 organiser)
t_check "the attendance list names the dietary wishes" grep -q 'vegetarisch' "$a1"
t_check "the attendance list has its CSV" grep -q 'presentielijst-dag-1.csv' "$a1"
dg=$(file_of regbot.digest.2010-09-22 organiser)
t_check "the digest of 22 September lists the cancellation and the promotion" \
	bash -c "grep -q 'Afmeldingen (1)' '$dg' && grep -q 'Van de wachtlijst naar een plaats (1)' '$dg'"
t_check "digests have an HTML alternative and the CSV" \
	bash -c "grep -q 'text/html' '$dg' && grep -q 'aanmeldingen-2010-09-22.csv' '$dg'"

[ "$T_FAILS" = 0 ] || t_show_log 30
t_log "whole test: $((SECONDS - start)) s"
t_done
