#!/usr/bin/env bash
# test_final_report.sh — mail after the course, with the clock pinned
# (`--now`, as test_timetravel.sh) and every mail through Postfix into
# Dovecot mailboxes:
#   1. the digest goes out each day up to the last course day (Tuesday
#      23 November 2010); on the next day at digest time the final report
#      takes its place (X-Regbot-Kind: final-report), once; after it no
#      digest, on the next days nor a month later; `regbot status` says
#      nothing more is scheduled;
#   2. the final report has the totals per pool, the cancellations (a
#      late one still owes the fee) and the fees per organisation, the
#      CSV of all registrations, and attendance where it was recorded
#      (when this build has `regbot present`);
#   3. the digest's health lines ("DE ROBOT ZELF") are Dutch in a Dutch
#      event's digest and fit 78 columns, also with a failing SMTP
#      server's answer and mail waiting for hours.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
CONF=$T/regbot.conf
CFG_SEATS_GEMEENTE=2 CFG_SEATS_ORG=2 t_config "$CONF"
sed -i '/^currency = EUR/a cancel_deadline = 2010-11-15' "$CONF"
t_regbot "$CONF" check-config || {
	t_show_log
	t_fatal "the configuration is not valid"
}

USERS=(slot01 slot02 slot03 slot04)
for u in "${USERS[@]}"; do servers_add_user "$u" "pw-$u"; done
ADDR=("" slot01@een.example.org slot02@twee.example.org slot03@drie.example.org
	slot04@vier.example.org)

local_iso() { TZ=Europe/Amsterdam date -d "$1 $2" +%Y-%m-%dT%H:%M:%S%:z; }

N=0
register() { # NUM ORG WHEN [CONF]
	local i=$1 f
	N=$((N + 1))
	f=$T/reg$i.eml
	printf 'From: Deelnemer 0%d <%s>\nTo: robot@regbot.test\nMessage-ID: <slot%d.%s@test>\nSubject: Aanmelding\n\nHierbij meld ik mij aan.\n\nNaam: Deelnemer 0%d\nOrganisatie: %s\nE-mail: %s\n' \
		"$i" "${ADDR[$i]}" "$N" "$$" "$i" "$2" "${ADDR[$i]}" >"$f"
	t_regbot "${4:-$CONF}" --now "$3" ingest "$f" || t_notok "ingest of participant $i"
}
code_of() { t_list "$CONF" | jq -r --arg e "$1" '.[] | select(.email == $e) | .code' | head -n 1; }
once() { t_regbot "$CONF" --now "$(local_iso "$1" 11:00)" once || t_notok "regbot once on $1"; }

# Two take part, one cancels late (after 15 November): the fee stays
# due; one registers on the last course day and waits to the end.
register 1 "Organisatie Een" "$(local_iso 2010-11-18 09:00)"
register 2 "Organisatie Twee" "$(local_iso 2010-11-18 09:01)"
register 3 "Organisatie Drie" "$(local_iso 2010-11-18 09:02)"
t_regbot "$CONF" --now "$(local_iso 2010-11-18 09:03)" cancel "$(code_of "${ADDR[2]}")" \
	--reason "verhinderd" >/dev/null || t_notok "cancel participant 2"
C3=$(code_of "${ADDR[3]}")

for day in 2010-11-20 2010-11-21 2010-11-22; do once "$day"; done

# 3. early on the last course day the SMTP server fails: the digest
# built at 11:00 reports it (before that run sends the mail waiting).
CFG_SMTP_PORT=9 CFG_SEATS_GEMEENTE=2 CFG_SEATS_ORG=2 t_config "$T/down.conf"
sed -i '/^currency = EUR/a cancel_deadline = 2010-11-15' "$T/down.conf"
register 4 "Organisatie Vier" "$(local_iso 2010-11-23 07:00)" "$T/down.conf"
once 2010-11-23
HAS_PRESENT=0
if "$REGBOT" --help 2>&1 | grep -q '^ *present '; then
	HAS_PRESENT=1
	t_regbot "$CONF" --now "$(local_iso 2010-11-23 17:00)" present 4 \
		"$(code_of "${ADDR[1]}")" || t_notok "present 4"
else
	t_log "this build has no 'regbot present': attendance not checked"
fi

# The morning after the last course day: the final report is due, and
# the dry run says so (and that no digest follows).
DRY=$("$REGBOT" --config "$CONF" --now "$(local_iso 2010-11-24 11:00)" remind --dry-run 2>&1)
t_check "the dry run names the final report" \
	grep -q '^final-report *final report of 2010-11-24 to organiser@regbot.test (no digest after it)' <<<"$DRY"
t_check "... and no digest" bash -c "! grep -q '^digest:' <<<'$DRY'"
for day in 2010-11-24 2010-11-25 2010-11-26 2010-12-24; do once "$day"; done
t_eq "the final report was queued once" 1 \
	"$(sqlite3 "$T/spool/regbot.db" "select count(*) from outbox where kind = 'final-report'")"

servers_wait_queue 60 || t_notok "Postfix still holds mail after 60 s"
wait_n() { [ "$(maildir_count "$1")" -ge "$2" ]; }
wait_until 30 "the organiser's mail" wait_n organiser 5 || true
kinds() { mailbox_fetch_headers "$1" INBOX X-Regbot-Kind | sort | uniq -c | awk '{ printf "%s%s=%s", (NR > 1 ? " " : ""), $2, $1 }'; }

# 1. the digests stop
t_eq "organiser: digests of 20-23 November, the final report, an attendance list" \
	"attendance=1 digest=4 final-report=1" "$(kinds organiser)"
digest_days=$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind Message-ID |
	awk -F'\t' '$1 == "digest" { sub(/^<regbot\.digest\./, "", $2); sub(/@.*/, "", $2); print $2 }' |
	sort | paste -sd' ' -)
t_eq "digests up to the last course day" "2010-11-20 2010-11-21 2010-11-22 2010-11-23" "$digest_days"
t_eq "the final report's job ran once, on 24 November" "final-report final-report 2010-11-24" \
	"$(sqlite3 "$T/spool/regbot.db" "select key, kind, substr(due_at, 1, 10) from job_runs where kind <> 'digest' and kind <> 'reminder' and kind <> 'attendance'" | tr '|' ' ')"
t_eq "no digest job after it" "" \
	"$(sqlite3 "$T/spool/regbot.db" "select key from job_runs where key > 'digest:2010-11-23' and key like 'digest:%'")"
ST=$("$REGBOT" --config "$CONF" --now "$(local_iso 2010-12-24 11:05)" status 2>&1)
t_check "regbot status: nothing more is scheduled" grep -qx 'next scheduled job: none' <<<"$ST"

# 2. the final report's content
file_of() { grep -l -r -F "Message-ID: <$1@" "$SRV_HOME/$2/Maildir" | head -n 1; }
FR=$(file_of regbot.final-report organiser)
[ -n "$FR" ] || t_fatal "no final report in the organiser's mailbox"
# text FILE: the text/plain part, decoded; csv FILE: the CSV attachment.
text() {
	python3 - "$1" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
print(m['Subject'])
for p in m.walk():
    if p.get_content_type() == 'text/plain' and p.get_filename() is None:
        print(p.get_content())
PY
}
csv() {
	python3 - "$1" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
for p in m.walk():
    if p.get_filename():
        print(p.get_filename())
        sys.stdout.write(p.get_payload(decode=True).decode('utf-8'))
PY
}
TXT=$(text "$FR")
t_log "the final report says:"
sed -n '1,40p' <<<"$TXT" | sed 's/^/    /'
t_check "subject: the totals" grep -q '^Eindverslag Almere: Sociale ambities in een groeiende stad: 2 deelnemer(s), 1 afgemeld, EUR 3.000,00' <<<"$TXT"
t_check "no digest follows, it says" grep -q 'hierna volgt geen dagoverzicht meer' <<<"$TXT"
t_check "the last course day" grep -q 'De laatste cursusdag was dinsdag 23 november 2010' <<<"$TXT"
pool_block=$(awk '/^  organisaties \(/ { f = 1 } f { print } f && /bijdragen:/ { exit }' <<<"$TXT")
t_check "organisaties: 2 seats" grep -q '^  organisaties (2 plaatsen)' <<<"$pool_block"
t_check "organisaties: 2 took part" grep -q 'deelnemers: *2$' <<<"$pool_block"
t_check "organisaties: 1 cancelled, late" grep -q 'afgemeld: *1, waarvan 1 na de afmeldtermijn' <<<"$pool_block"
t_check "organisaties: 1 never got a seat" grep -q 'niet geplaatst: *1 (op de wachtlijst gebleven)' <<<"$pool_block"
t_check "organisaties: the fees, the late cancellation's included" grep -q 'bijdragen: *EUR 3.000,00' <<<"$pool_block"
t_check "the late cancellation listed with its fee" \
	grep -q '^  - Deelnemer 02, Organisatie Twee \[.*\] in organisaties (18-11 09:03): na de termijn, EUR 1.000,00 verschuldigd' <<<"$TXT"
t_check "fees per organisation" grep -q '^  Organisatie Drie: 1 deelnemer(s), verschuldigd EUR 1.000,00' <<<"$TXT"
t_check "the total owed" grep -q '^  Totaal verschuldigd: EUR 3.000,00' <<<"$TXT"
if [ "$HAS_PRESENT" = 1 ]; then
	t_check "attendance as recorded" grep -q '^  Cursusdag 4 (.*): 1 van 2 aanwezig' <<<"$TXT"
	t_check "... and who was absent" grep -q "^    - afwezig: .*\[$C3\]" <<<"$TXT"
else
	t_check "no attendance recorded, it says" grep -q '^  Er is geen aanwezigheid vastgelegd.' <<<"$TXT"
fi
CSV=$(csv "$FR")
t_check "the CSV of all registrations" grep -q '^eindverslag-2010-11-24.csv$' <<<"$CSV"
t_eq "... with all four" 4 "$(grep -c '@.*example.org' <<<"$CSV")"

# 3. the digest of the last course day, built while mail waited for
# the failing server: Dutch health lines, 78 columns.
D23=$(file_of regbot.digest.2010-11-23 organiser)
health=$(text "$D23" | awk '/^DE ROBOT ZELF/ { f = 1 } f && /^$/ { exit } f { print }')
t_log "the health lines of the digest of 23 November:"
sed 's/^/    /' <<<"$health"
t_check "the problem, in Dutch" grep -qE '^  LET OP: mail al 2(39|40) min niet verzonden \(grens 60 min\)' <<<"$health"
t_check "IMAP, in Dutch" grep -q '^  IMAP: laatste goede controle 2010-11-23 11:00' <<<"$health"
t_check "the SMTP error, in Dutch, the server's words as they are" \
	grep -qE '^  SMTP: laatste fout 2010-11-23 07:00:[0-9]{2} \+01:00 \((3|4) uur geleden\):' <<<"$health"
t_check "the oldest unsent mail, in Dutch" grep -q '^  uitgaande mail: oudste niet verzonden: wachtlijstbericht aan' <<<"$health"
no_english() { ! grep -qE 'last (good check|error)|outbox:| ago\)|next scheduled' <<<"$1"; }
t_check "no English in them" no_english "$health"
t_eq "health lines longer than 78 columns" "" "$(awk 'length > 78' <<<"$health")"
t_check "a long line is continued, indented" grep -q '^    ' <<<"$health"
fhealth=$(awk '/^DE ROBOT ZELF/ { f = 1 } f && /^$/ { exit } f { print }' <<<"$TXT")
t_check "the final report's health lines are Dutch too" grep -q '^  Alles in orde.' <<<"$fhealth"
t_eq "... and fit 78 columns" "" "$(awk 'length > 78' <<<"$fhealth")"

[ "$T_FAILS" = 0 ] || t_show_log 40
t_done
