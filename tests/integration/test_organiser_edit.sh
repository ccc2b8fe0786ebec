#!/usr/bin/env bash
# The organiser corrects and decides (issue 10):
#  - `regbot edit CODE --field ...` changes the details, writes old and new
#    value to the audit log, and with --notify queues an updated
#    confirmation; an address another registration holds, an empty name,
#    or no change at all are refused with the reason;
#  - `cancel --quiet` sends the participant nothing (the next in line is
#    still told of a freed seat), `cancel --waive-fee` after the deadline
#    bills nothing, and says so in the log; a plain late cancel still owes
#    the fee; --waive-fee on another command is refused.
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
add() { # N
	rb 2010-05-01T10:00:00+02:00 add --name "Deelnemer $1" \
		--email "d$1@example.org" --organisation "Stichting Voorbeeld $1"
	[ "$RC" = 0 ] || t_fatal "add $1: $OUT"
	q "SELECT code FROM registrations WHERE email = 'd$1@example.org'"
}
A=$(add 1)
B=$(add 2)
C=$(add 3) # waitlisted: 2 seats
t_eq "third person waits" waitlisted "$(q "SELECT status FROM registrations WHERE code = '$C'")"

# edit
rb 2010-05-02T10:00:00+02:00 edit "$A" --name "Deelnemer Een" --diet vegetarisch --notify
t_eq "edit exits 0" 0 "$RC"
t_eq "the new name is stored" "Deelnemer Een|vegetarisch" \
	"$(q "SELECT name || '|' || diet FROM registrations WHERE code = '$A'")"
t_check "the audit log has the old and the new value" \
	grep -q "edited by the organiser: name: 'Deelnemer 1' -> 'Deelnemer Een'; diet: '' -> 'vegetarisch'" \
	<<<"$("$REGBOT" --config "$T/regbot.conf" log "$A")"
t_eq "--notify queues an updated confirmation" 2 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'd1@example.org' AND kind = 'confirmation'")"
rb 2010-05-02T10:00:00+02:00 edit "$A" --email d2@example.org
t_eq "an address another registration holds: refused" 1 "$RC"
t_check "and says whose it is" grep -q "d2@example.org is registered already as $B" <<<"$OUT"
rb 2010-05-02T10:00:00+02:00 edit "$A" --name ""
t_check "an empty name: refused" grep -q "name cannot be empty" <<<"$OUT"
rb 2010-05-02T10:00:00+02:00 edit "$A" --name "Deelnemer Een"
t_check "no change: refused" grep -q "nothing changes" <<<"$OUT"
rb 2010-05-02T10:00:00+02:00 edit "$A" --role "Opbouwwerker"
t_eq "without --notify nothing more is queued" 2 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'd1@example.org' AND kind = 'confirmation'")"

# quiet, waived cancellation after the deadline
rb 2010-05-20T10:00:00+02:00 cancel "$B" --quiet --waive-fee --reason "ingeschreven door een vergissing"
t_eq "cancel --quiet --waive-fee exits 0" 0 "$RC"
t_eq "no cancellation mail to the participant" 0 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'd2@example.org' AND kind = 'cancelled'")"
t_eq "the freed seat goes to the next in line, who is told" 1 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'd3@example.org' AND kind = 'promotion'")"
t_eq "no fee is due" 0 "$(q "SELECT fee_due FROM registrations WHERE code = '$B'")"
t_check "the log says the fee was waived" grep -q "organiser waived the fee" \
	<<<"$("$REGBOT" --config "$T/regbot.conf" log "$B")"
inv=$("$REGBOT" --config "$T/regbot.conf" invoices --format json)
t_eq "invoices bill nothing for the waived cancellation" "" \
	"$(jq -r '.[] | select(.organisation == "Stichting Voorbeeld 2") | .amount' <<<"$inv")"

# a plain late cancel still owes the fee
rb 2010-05-20T10:00:00+02:00 cancel "$A"
t_eq "late cancel: fee due" 1 "$(q "SELECT fee_due FROM registrations WHERE code = '$A'")"
t_eq "and the participant is told" 1 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'd1@example.org' AND kind = 'cancelled'")"
rb 2010-05-20T10:00:00+02:00 promote "$C" --waive-fee
t_eq "--waive-fee on promote: refused" 1 "$RC"
t_check "with the reason" grep -q "waive-fee belongs to cancel" <<<"$OUT"
t_done
