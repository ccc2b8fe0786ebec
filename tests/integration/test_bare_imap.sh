#!/usr/bin/env bash
# A bare IMAP server: a second Dovecot (tests/lib/variant.sh) that offers
# neither IDLE nor MOVE nor UIDPLUS (imap_capability says only IMAP4rev1
# and a few harmless extensions).  The robot must
#  - poll instead of IDLE, and answer every registration once;
#  - move by COPY + \Deleted, never a plain EXPUNGE: another client's
#    \Deleted message stays where it is;
#  - copy each message into the processed folder once, however many polls
#    see it flagged in the INBOX;
#  - after a UIDVALIDITY reset (the index rebuilt, every UID new), answer
#    nothing twice and copy nothing twice.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
. "$(dirname "$0")/../lib/variant.sh"

t_setup
V=$T/variant
chmod 711 "$T" # the mail processes (nobody) pass through to V
VPORT=$((SRV_IMAPS_PORT + 50))
while _srv_port_open "$VPORT"; do VPORT=$((VPORT + 1)); done
at_exit "variant_stop '$V'"
variant_start "$V" "$VPORT" \
	'imap_capability = IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE' ||
	t_fatal "the bare Dovecot did not start"

mkmail_batch "$T/mail" 4 6 300 >/dev/null || t_fatal "mkmail failed"
mkmail_batch "$T/more" 2 3 320 >/dev/null || t_fatal "mkmail failed"
t_add_users "$T/mail/manifest.tsv"
t_add_users "$T/more/manifest.tsv"

# another client's message, flagged \Deleted before the robot starts
printf 'From: someone@example.nl\r\nTo: robot@regbot.test\r\nSubject: kladje\r\nMessage-ID: <other-client@example.nl>\r\n\r\nweg ermee\r\n' >"$T/other.eml"
variant_deliver robot "$T/other.eml" || t_fatal "deliver failed"
doveadm -c "$VARIANT_CONF" flags add -u robot '\Deleted' mailbox INBOX ALL ||
	t_fatal "could not flag the other client's message"
# shellcheck disable=SC2046
variant_deliver robot $(t_manifest_files "$T/mail/manifest.tsv") || t_fatal "deliver failed"

SRV_IMAP_PORT=$VPORT CFG_POLL=1 t_config "$T/regbot.conf"
t_regbot_bg "$T/regbot.conf" --now "$T_NOW" run
pid=$T_BG_PID
answered() {
	t_alive "$pid" || return 0 # it died: stop waiting, the checks tell
	[ "$(t_list "$T/regbot.conf" | jq length)" -ge "$1" ]
}
wait_until 90 "10 registrations" answered 10 || true
t_check "polling (no IDLE offered)" grep -q 'connected (polling)' "$T/regbot.log"
# more mail while it polls
# shellcheck disable=SC2046
variant_deliver robot $(t_manifest_files "$T/more/manifest.tsv") || t_fatal "deliver failed"
wait_until 90 "15 registrations" answered 15 || true
copied() { [ "$(variant_count robot Verwerkt)" -ge 15 ]; }
t_alive "$pid" && wait_until 30 "15 copies in Verwerkt" copied
# let several more polls pass over the flagged messages
sleep 4
t_eq "registrations" 15 "$(t_list "$T/regbot.conf" | jq length)"
t_eq "copies in the processed folder after repeated polls" 15 "$(variant_count robot Verwerkt)"
other=$(doveadm -c "$VARIANT_CONF" search -u robot mailbox INBOX \
	header Message-ID other-client 2>/dev/null | wc -l)
t_eq "the other client's \\Deleted message is still in the INBOX" 1 "$other"
t_check "regbot run is still running" t_alive "$pid"
kill -TERM "$pid" 2>/dev/null
wait_until 30 "regbot run stops" t_gone "$pid" || true
t_check "regbot run stopped on SIGTERM" t_gone "$pid"

# UIDVALIDITY reset: rebuild the INBOX's index so every UID is new
before=$(doveadm -c "$VARIANT_CONF" -f flow mailbox status -u robot uidvalidity INBOX)
md=$V/home/robot/Maildir
rm -f "$md"/dovecot-uidlist "$md"/dovecot.index* "$md"/dovecot.list.index*
after=$(doveadm -c "$VARIANT_CONF" -f flow mailbox status -u robot uidvalidity INBOX)
t_check "UIDVALIDITY changed ($before -> $after)" [ "$before" != "$after" ]
t_regbot "$T/regbot.conf" --now "$T_NOW" once
t_regbot "$T/regbot.conf" --now "$T_NOW" once
t_eq "registrations after the reset" 15 "$(t_list "$T/regbot.conf" | jq length)"
t_eq "copies in the processed folder after the reset" 15 "$(variant_count robot Verwerkt)"
replies=$(sqlite3 -batch -noheader "$T/spool/regbot.db" \
	"SELECT count(*) FROM outbox WHERE rcpt <> 'organiser@regbot.test'")
t_eq "replies queued (one per registration)" 15 "$replies"
[ "$T_FAILS" = 0 ] || t_show_log 40
t_done
