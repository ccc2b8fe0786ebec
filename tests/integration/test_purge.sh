#!/usr/bin/env bash
# regbot purge (issue 10, privacy): after the course and purge_after_days
# (default 365) the personal data goes; what an invoice needs stays.
#  - before the course is over: refused, also with --force; after it but
#    before the retention date: refused with the date it becomes possible;
#  - --dry-run lists what would go and changes nothing (database dump and
#    raw copies the same);
#  - the purge: every table checked with sqlite3; no e-mail address, phone
#    number, dietary wish, function, subject, or name and organisation of
#    someone not billed is left anywhere in the database file (nor its
#    WAL); billed registrations keep name, organisation, invoice address and
#    reference, and `invoices` gives the same amounts; SPOOL/raw is empty;
#    an audit entry records it; nothing personal is in its output;
#  - a second purge has nothing left to do; purge_after_days is checked.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=9 CFG_SEATS_ORG=2 t_config "$T/regbot.conf" # mail stays queued
sed -i 's/^\[event\]$/[event]\ncancel_deadline = 2010-05-18/' "$T/regbot.conf"
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rb() { # NOW ARGS...: sets OUT, RC
	local now=$1
	shift
	RC=0
	OUT=$("$REGBOT" --config "$T/regbot.conf" --now "$now" "$@" 2>&1) || RC=$?
}

# Three mails (two organisations, one municipal: no fee), one by phone.
mkmail_batch "$T/mail" 1 2 700 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
n=0
for f in "${FILES[@]}"; do
	n=$((n + 1))
	t_regbot "$T/regbot.conf" --now "2010-04-0${n}T10:00:00+02:00" ingest "$f" ||
		t_fatal "ingest $f"
done
rb 2010-04-10T10:00:00+02:00 add --name "Deelnemer Laat" --email laat@example.org \
	--organisation "Stichting Laatkomer" --phone "+31 36 555 0199" \
	--diet "notenallergie" --role "Wijkcoach" \
	--invoice-address "Postbus 99, 1300 AZ Almere" --invoice-reference "PO-LAAT-1"
[ "$RC" = 0 ] || t_fatal "add: $OUT"
t_eq "three confirmed, one waiting" "confirmed=3 waitlisted=1 cancelled=0 incomplete=0" \
	"$(t_counts "$(t_list "$T/regbot.conf")")"
code_of() { q "SELECT code FROM registrations WHERE email = '$1'"; }
E1=$(sed -n 1p "$T/mail/manifest.tsv" | cut -f2)
A=$(code_of "$E1")
L=$(code_of laat@example.org)
# A late cancellation still owes the fee (billed); the one waiting moves up.
rb 2010-05-20T10:00:00+02:00 cancel "$A" --reason "ziek"
[ "$RC" = 0 ] || t_fatal "cancel: $OUT"
rb 2010-06-01T17:00:00+02:00 present 1 "$L"
rb 2010-06-01T17:00:00+02:00 edit "$L" --role "Wijkcoach Oost" # an undo record
t_eq "all four have raw copies or records" 4 "$(q "SELECT count(*) FROM messages")"
t_check "raw copies exist" test "$(find "$T/spool/raw" -type f | wc -l)" -ge 3

# What must go, collected before the purge: every address, phone, diet,
# function, subject; names, organisations and invoice details of those
# not billed (the municipal participant: fee 0).
BILLED="status = 'confirmed' AND pool = 'organisaties' OR fee_due = 1"
q "SELECT email FROM registrations UNION SELECT phone FROM registrations
   UNION SELECT diet FROM registrations UNION SELECT role FROM registrations
   UNION SELECT subject FROM messages UNION SELECT from_addr FROM messages
   UNION SELECT name FROM registrations WHERE NOT ($BILLED)
   UNION SELECT organisation FROM registrations WHERE NOT ($BILLED)
   UNION SELECT invoice_address FROM registrations WHERE NOT ($BILLED)" |
	awk 'length($0) >= 6' >"$T/gone.txt"
q "SELECT name FROM registrations WHERE $BILLED" >"$T/kept.txt"
t_check "the lists are not empty" test -s "$T/gone.txt" -a -s "$T/kept.txt"
t_eq "three registrations are billed" 3 "$(wc -l <"$T/kept.txt")"
inv_before=$("$REGBOT" --config "$T/regbot.conf" invoices --format json |
	jq -c '[.[] | {organisation, participants, amount, invoice_address, invoice_reference}] | sort_by(.organisation)')

# Too early.
rb 2010-11-23T18:00:00+01:00 purge --force
t_eq "during the course: refused, also with --force" 1 "$RC"
t_check "  because the course is not over" grep -q "course is not over: its last day is 2010-11-23" <<<"$OUT"
rb 2010-12-01T10:00:00+01:00 purge
t_eq "after the course, before the retention date: refused" 1 "$RC"
t_check "  with the date it becomes possible" grep -q "a purge is possible from 2011-11-23" <<<"$OUT"
t_eq "  nothing is marked purged" 0 "$(q "SELECT count(*) FROM registrations WHERE purged_at IS NOT NULL")"

# --dry-run changes nothing.
before=$(sqlite3 "$DB" .dump | sha256sum)
raw_before=$(find "$T/spool/raw" -type f | sort | sha256sum)
rb 2010-12-01T10:00:00+01:00 purge --force --dry-run
t_eq "--force --dry-run exits 0" 0 "$RC"
t_check "  says what it would remove" grep -q "would remove: 4 e-mail addresses" <<<"$OUT"
t_eq "  the database is unchanged" "$before" "$(sqlite3 "$DB" .dump | sha256sum)"
t_eq "  the raw copies are unchanged" "$raw_before" "$(find "$T/spool/raw" -type f | sort | sha256sum)"

# The purge.
rb 2011-11-23T09:00:00+01:00 purge
t_eq "purge on the date exits 0" 0 "$RC"
printf '%s\n' "$OUT" >"$T/purge.out"
t_check "  reports the registrations" grep -q "registrations: 4 purged now; 3 of them keep" "$T/purge.out"

# Every table.
t_eq "registrations: all purged" 4 "$(q "SELECT count(*) FROM registrations WHERE purged_at IS NOT NULL")"
t_eq "registrations: addresses replaced" 4 \
	"$(q "SELECT count(*) FROM registrations WHERE email = lower(code) || '@purged.invalid'")"
t_eq "registrations: no phone, diet, function, hold or offer" 0 \
	"$(q "SELECT count(*) FROM registrations WHERE phone IS NOT NULL OR diet IS NOT NULL
	      OR role IS NOT NULL OR hold IS NOT NULL OR offer_until IS NOT NULL")"
t_eq "registrations: the billed keep name, organisation and invoice details" 3 \
	"$(q "SELECT count(*) FROM registrations WHERE amount_cents = 100000 AND name IS NOT NULL
	      AND organisation IS NOT NULL AND invoice_address IS NOT NULL AND invoice_reference IS NOT NULL")"
t_eq "registrations: the one not billed keeps none of it" "1 0" \
	"$(q "SELECT count(*), count(name) + count(organisation) + count(org_key) + count(invoice_address)
	      + count(invoice_reference) FROM registrations WHERE amount_cents IS NULL" | tr '|' ' ')"
t_eq "messages: no sender, subject, Message-ID, detail, raw copy or hash" 0 \
	"$(q "SELECT count(*) FROM messages WHERE from_addr IS NOT NULL OR subject IS NOT NULL
	      OR message_id IS NOT NULL OR detail IS NOT NULL OR raw_path IS NOT NULL
	      OR body_sha256 IS NOT NULL OR text_sha256 IS NOT NULL")"
t_eq "messages: the records stay (key and times)" 4 "$(q "SELECT count(*) FROM messages")"
t_eq "outbox: no text, recipient or key left; nothing waits to be sent" 0 \
	"$(q "SELECT count(*) FROM outbox WHERE length(data) > 0 OR rcpt <> 'purged'
	      OR key NOT LIKE 'purged:%' OR status = 'pending'")"
t_eq "audit: free text gone, who acted stays" 0 \
	"$(q "SELECT count(*) FROM audit WHERE action NOT IN ('purged','reply','not-mailed')
	      AND detail IS NOT NULL AND detail NOT IN ('mail','organiser','clock')")"
t_eq "audit: one purge entry" 1 "$(q "SELECT count(*) FROM audit WHERE action = 'purged'")"
t_check "  with counts, no names" grep -q "personal data removed: 4 registrations (3 kept for invoices)" \
	<<<"$(q "SELECT detail FROM audit WHERE action = 'purged'")"
t_eq "undo: no records left" 0 "$(q "SELECT count(*) FROM undo")"
t_eq "health: no server errors kept" 0 "$(q "SELECT count(*) FROM health WHERE key LIKE '%error'")"
t_eq "attendance: kept (no personal data of its own)" 1 "$(q "SELECT count(*) FROM attendance")"
t_eq "calendar records: only codes, days and the robot's domain" 0 \
	"$(q "SELECT count(*) FROM calendar_sent WHERE uid LIKE '%@%' AND uid NOT LIKE '%@regbot.test'")"
t_eq "message_uids, job_runs, mailbox_trouble: no address or name" 0 \
	"$(q "SELECT (SELECT count(*) FROM job_runs WHERE outcome LIKE '%@%' OR outcome LIKE '%Deelnemer%')
	      + (SELECT count(*) FROM mailbox_trouble WHERE last_error LIKE '%@%')
	      + (SELECT count(*) FROM message_uids WHERE typeof(uid) <> 'integer')")"
t_eq "bounces: no address, text or returned id; no failing marks" 0 \
	"$(q "SELECT (SELECT count(*) FROM bounces WHERE address IS NOT NULL OR diagnostic IS NOT NULL
	      OR returned_id IS NOT NULL) + (SELECT count(*) FROM failing_addresses)")"
t_eq "decisions: no sender, subject, people or reason" 0 \
	"$(q "SELECT count(*) FROM decisions WHERE sender IS NOT NULL OR subject IS NOT NULL
	      OR people IS NOT NULL OR why <> 'purged'")"
t_eq "seat counts: no organisation key the registrations no longer hold" 0 \
	"$(q "SELECT count(*) FROM org_used WHERE org_key NOT IN
	      (SELECT org_key FROM registrations WHERE org_key IS NOT NULL)")"
t_eq "seat counts: those kept are the rows' counts" 0 \
	"$(q "SELECT count(*) FROM pool_used p WHERE used <> (SELECT count(*) FROM registrations r
	      WHERE r.pool = p.pool AND (r.status = 'confirmed' OR (r.status = 'waitlisted'
	      AND r.offer_until IS NOT NULL)))")"
t_eq "every table was looked at" \
	"attendance audit bounces calendar_sent decisions failing_addresses health job_runs mailbox_trouble message_uids messages org_used outbox pool_releases pool_used pool_waiting registrations undo" \
	"$(q "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)")"
t_eq "spool/raw: empty" 0 "$(find "$T/spool/raw" -type f | wc -l)"
t_check "the WAL is empty or gone" test ! -s "$DB-wal"

# Nothing of what must go is anywhere in the files or in the output.
left=0
while IFS= read -r v; do
	if sqlite3 "$DB" .dump | grep -qF -- "$v" || grep -qaF -- "$v" "$DB" ||
		{ [ -e "$DB-wal" ] && grep -qaF -- "$v" "$DB-wal"; } || grep -qF -- "$v" "$T/purge.out"; then
		t_log "still there: $v"
		left=$((left + 1))
	fi
done <"$T/gone.txt"
t_eq "none of $(wc -l <"$T/gone.txt") personal values is left in the database file, its dump or the output" 0 "$left"
kept=0
while IFS= read -r v; do
	q "SELECT 1 FROM registrations WHERE name = '$v'" | grep -q 1 && kept=$((kept + 1))
done <"$T/kept.txt"
t_eq "the billed participants' names are kept" 3 "$kept"
inv_after=$("$REGBOT" --config "$T/regbot.conf" invoices --format json |
	jq -c '[.[] | {organisation, participants, amount, invoice_address, invoice_reference}] | sort_by(.organisation)')
t_eq "invoices are the same after the purge" "$inv_before" "$inv_after"
t_check "show says it was purged" grep -q "^purged: " <<<"$("$REGBOT" --config "$T/regbot.conf" show "$A")"

# Again: nothing more to do.
rb 2011-12-01T09:00:00+01:00 purge
t_eq "a second purge exits 0" 0 "$RC"
t_check "  and removes nothing more" grep -q "registrations: 0 purged now" <<<"$OUT"
t_check "  removed: 0 e-mail addresses" grep -q "removed: 0 e-mail addresses" <<<"$OUT"

# purge_after_days: checked, and moves the date.
sed -i 's/^\[robot\]$/[robot]\npurge_after_days = 30/' "$T/regbot.conf"
rb 2010-12-01T10:00:00+01:00 purge --dry-run
t_check "purge_after_days = 30: possible from 2010-12-23" grep -q "possible from 2010-12-23" <<<"$OUT"
sed -i 's/^purge_after_days = 30$/purge_after_days = -1/' "$T/regbot.conf"
line=$(grep -n '^purge_after_days' "$T/regbot.conf" | cut -d: -f1)
RC=0
OUT=$("$REGBOT" --config "$T/regbot.conf" check-config 2>&1) || RC=$?
t_eq "check-config refuses purge_after_days = -1" 2 "$RC"
t_check "  saying where and why" grep -q "regbot.conf:$line: purge_after_days: '-1' is not a whole number from 0 to 36500" <<<"$OUT"
t_done
