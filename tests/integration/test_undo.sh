#!/usr/bin/env bash
# regbot undo CODE (issue 10): the organiser's last change of a
# registration is reverted while no mail about it has gone out.
#  - cancel (with a promotion of the next in line, mails still queued):
#    both registrations, their calendar records and the queued mails are
#    as before; the audit log says "undone"; a second undo has nothing
#    left;
#  - changes are undone newest first (edit, then move);
#  - refused, nothing changed, with the reason: a mail that went out (an
#    edit with --notify, sent to smtp-sink), a registration changed by
#    mail since, a seat somebody took since, a substitution, mail waiting
#    while another process holds the spool.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
# Two configurations on one spool: mail stays queued (port 9), or goes
# out to smtp-sink.
CFG_SMTP_PORT=9 CFG_SEATS_ORG=2 t_config "$T/queued.conf"
CFG_SMTP_PORT=$SRV_SINK_PORT CFG_SEATS_ORG=2 t_config "$T/sent.conf"
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rb() { # CONF NOW ARGS...: sets OUT, RC
	local conf=$1 now=$2
	shift 2
	RC=0
	OUT=$("$REGBOT" --config "$T/$conf.conf" --now "$now" "$@" 2>&1) || RC=$?
}
add() { # N: a registration in pool organisaties; prints its code
	rb queued 2010-05-01T10:00:0$1+02:00 add --name "Deelnemer $1" \
		--email "d$1@example.org" --organisation "Stichting Voorbeeld $1"
	[ "$RC" = 0 ] || t_fatal "add $1: $OUT"
	q "SELECT code FROM registrations WHERE email = 'd$1@example.org'"
}
status() { q "SELECT status FROM registrations WHERE code = '$1'"; }
state() { q "SELECT status, pool, role, diet, fee_due, cancelled_at FROM registrations ORDER BY id" | sha256sum; }
A=$(add 1)
B=$(add 2)
C=$(add 3)
t_eq "C waits" waitlisted "$(status "$C")"

# ---- 1. cancel, with a promotion, mails queued: undone --------------------
cal_before=$(q "SELECT registration, day, sequence, method FROM calendar_sent ORDER BY 1, 2")
out_before=$(q "SELECT count(*) FROM outbox")
rb queued 2010-05-20T10:00:00+02:00 cancel "$A" --reason "vergissing"
t_eq "cancel: A cancelled, C promoted" "cancelled confirmed" "$(status "$A") $(status "$C")"
t_eq "  its two mails wait in the outbox" "$((out_before + 2))" "$(q "SELECT count(*) FROM outbox")"
rb queued 2010-05-20T10:05:00+02:00 undo "$A"
t_eq "undo exits 0" 0 "$RC"
t_check "  and says what it did" grep -q "$A: status cancelled -> confirmed" <<<"$OUT"
t_check "  for both" grep -q "$C: status confirmed -> waitlisted" <<<"$OUT"
t_eq "A has its seat, C waits again at #1" "confirmed waitlisted 1" \
	"$(status "$A") $(t_list "$T/queued.conf" | jq -r --arg c "$C" '.[] | select(.code == $c) | "\(.status) \(.waitlist_position)"')"
t_eq "A owes nothing and is not cancelled" "0|" "$(q "SELECT fee_due || '|' || coalesce(cancelled_at, '') FROM registrations WHERE code = '$A'")"
t_eq "the queued mails are withdrawn" "$out_before" "$(q "SELECT count(*) FROM outbox")"
t_eq "the calendar records are as before" "$cal_before" \
	"$(q "SELECT registration, day, sequence, method FROM calendar_sent ORDER BY 1, 2")"
t_check "the log says undone" grep -q "undone .*undid the cancellation of 2010-05-20 10:00:00 +02:00: status cancelled -> confirmed" \
	<<<"$("$REGBOT" --config "$T/queued.conf" log "$A")"
rb queued 2010-05-20T10:06:00+02:00 undo "$A"
t_eq "a second undo: nothing left (exit 1)" 1 "$RC"
t_check "  says so" grep -q "nothing to undo" <<<"$OUT"

# ---- 2. newest first: an edit, then a move -------------------------------
rb queued 2010-05-21T10:00:00+02:00 move "$B" --pool gemeente --quiet
rb queued 2010-05-21T10:01:00+02:00 edit "$B" --role "Opbouwwerker"
rb queued 2010-05-21T10:02:00+02:00 undo "$B"
t_check "undo reverts the edit first" grep -q "role 'Opbouwwerker' -> ''" <<<"$OUT"
t_eq "  the pool stays" gemeente "$(q "SELECT pool FROM registrations WHERE code = '$B'")"
rb queued 2010-05-21T10:03:00+02:00 undo "$B"
t_check "then the move" grep -q "pool gemeente -> organisaties" <<<"$OUT"
t_eq "  back in organisaties" "organisaties confirmed" \
	"$(q "SELECT pool || ' ' || status FROM registrations WHERE code = '$B'")"

# ---- 2b. a forced promotion, quiet: undone ---------------------------------
rb queued 2010-05-21T11:00:00+02:00 promote "$C" --force --quiet
t_eq "C promoted over capacity" confirmed "$(status "$C")"
rb queued 2010-05-21T11:01:00+02:00 undo "$C"
t_check "undo of the promotion" grep -q "$C: status confirmed -> waitlisted" <<<"$OUT"
t_eq "  C waits again" waitlisted "$(status "$C")"

# ---- 3. a mail went out -----------------------------------------------------
rb sent 2010-05-22T10:00:00+02:00 edit "$B" --diet vegetarisch --notify
t_wait_sink "$SINK" 1 20 || t_fatal "the updated confirmation did not go out"
before=$(state)
rb queued 2010-05-22T10:05:00+02:00 undo "$B"
t_eq "undo after the mail went out: refused (exit 1)" 1 "$RC"
t_check "  naming the mail and when" grep -q "its confirmation mail to d2@example.org went out at 2010-05-22 10:00:" <<<"$OUT"
t_check "  nothing was changed" grep -q "Nothing was changed" <<<"$OUT"
t_eq "  the database says so too" "$before" "$(state)"

# ---- 4. changed by mail since ---------------------------------------------
rb queued 2010-05-23T10:00:00+02:00 edit "$C" --role "Wijkcoach"
printf 'From: Deelnemer 3 <d3@example.org>\nTo: robot@regbot.test\nMessage-ID: <undo-test.1@example.org>\nSubject: Afmelden\nDate: Sun, 23 May 2010 11:00:00 +0200\n\nIk kan helaas niet komen, ik meld mij af.\nMijn code: %s\n' \
	"$C" >"$T/cancel.eml"
t_regbot "$T/queued.conf" --now 2010-05-23T11:00:00+02:00 ingest "$T/cancel.eml" || t_fatal "ingest failed"
t_eq "C cancelled by mail" cancelled "$(status "$C")"
before=$(state)
rb queued 2010-05-23T11:05:00+02:00 undo "$C"
t_eq "undo after a change by mail: refused" 1 "$RC"
t_check "  C changed after it" grep -q "$C changed after it (by mail, the clock or another command)" <<<"$OUT"
t_check "  and a later mail went to C" grep -q "a later cancelled mail to d3@example.org was queued" <<<"$OUT"
t_eq "  nothing changed" "$before" "$(state)"

# ---- 5. the seat was taken since ------------------------------------------
rb queued 2010-05-24T10:00:00+02:00 cancel "$B" --quiet
D=$(add 4)
t_eq "D took the freed seat" confirmed "$(status "$D")"
before=$(state)
rb queued 2010-05-24T10:05:00+02:00 undo "$B"
t_eq "undo when the seat is gone: refused" 1 "$RC"
t_check "  the pool has no seat" grep -q "pool organisaties has no seat for it any more: 3 of 2 would be taken" <<<"$OUT"
t_eq "  nothing changed" "$before" "$(state)"

# ---- 6. a substitution is not undone --------------------------------------
rb queued 2010-05-25T10:00:00+02:00 substitute "$D" --name "Collega Vier" --email c4@example.org
rb queued 2010-05-25T10:05:00+02:00 undo "$D"
t_eq "undo of a substitution: refused" 1 "$RC"
t_check "  it made a new registration" grep -q "made a new registration" <<<"$OUT"

# ---- 7. mail waiting while another process holds the spool ----------------
E=$(q "SELECT code FROM registrations WHERE email = 'c4@example.org'")
rb queued 2010-05-26T10:00:00+02:00 edit "$E" --diet halal --notify
python3 -c 'import fcntl, sys, time
f = open(sys.argv[1], "a+")
fcntl.lockf(f, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
time.sleep(120)' "$T/spool/regbot.lock" "$T/locked" &
HOLDER=$!
at_exit "kill $HOLDER 2>/dev/null"
wait_until 20 "the lock is held" test -e "$T/locked" || t_fatal "no lock holder"
before=$(state)
rb queued 2010-05-26T10:05:00+02:00 undo "$E"
t_eq "undo while another process holds the spool and mail waits: refused" 1 "$RC"
t_check "  saying why" grep -q "its 1 mail waits to be sent by the process holding the spool" <<<"$OUT"
t_eq "  nothing changed" "$before" "$(state)"
kill "$HOLDER" 2>/dev/null
wait "$HOLDER" 2>/dev/null
rb queued 2010-05-26T10:06:00+02:00 undo "$E"
t_eq "once it is gone: undone" 0 "$RC"
t_eq "  the diet is as before" "" "$(q "SELECT coalesce(diet, '') FROM registrations WHERE code = '$E'")"
t_eq "  the confirmation is withdrawn" 0 \
	"$(q "SELECT count(*) FROM outbox WHERE rcpt = 'c4@example.org' AND kind = 'confirmation' AND created_at >= '2010-05-26'")"
t_done
