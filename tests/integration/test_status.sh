#!/usr/bin/env bash
# regbot status: what the operator reads, and its exit status.
#  1. after a good `once`: the last IMAP check (IDLE), the processed
#     folder, the last mail accepted by SMTP, an empty outbox, the next
#     scheduled job (the digest), "health: ok", exit 0;
#  2. with the SMTP server down: the mail waits; a minute later status
#     names the oldest unsent mail with its error and still exits 0, an
#     hour and more later it exits 1;
#  3. with no mailbox check for longer than 3 poll intervals: exit 1, and
#     it says how long.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
mkmail_batch "$T/mail" 1 1 500 >/dev/null || t_fatal "mkmail failed"
t_add_users "$T/mail/manifest.tsv"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
t_config "$T/regbot.conf"

status() { # NOW: sets OUT and RC
	RC=0
	OUT=$("$REGBOT" --config "$1" --now "$2" status 2>&1) || RC=$?
}

# 1. healthy
deliver_direct robot "${FILES[0]}"
t_regbot "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 once || t_fatal "once failed"
status "$T/regbot.conf" 2010-05-01T10:01:00+02:00
t_log "status says:"
sed 's/^/    /' <<<"$OUT"
t_eq "healthy: exit 0" 0 "$RC"
t_check "the last IMAP check, in local time, and IDLE" \
	grep -qE '^IMAP: last good check 2010-05-01 10:00:[0-9]{2} \+02:00 \([0-9]+ s ago\), IDLE$' <<<"$OUT"
t_check "the processed folder" grep -qx 'IMAP: processed folder Verwerkt' <<<"$OUT"
t_check "the last mail SMTP accepted" grep -q '^SMTP: last mail accepted 2010-05-01 10:00' <<<"$OUT"
t_check "an empty outbox" grep -qx 'outbox: 0 waiting, 0 failed (not delivered)' <<<"$OUT"
t_check "the next scheduled job: tomorrow's digest" \
	grep -qx 'next scheduled job: digest (digest:2010-05-02) at 2010-05-02 08:00:00 +02:00' <<<"$OUT"
t_check "health: ok" grep -qx 'health: ok' <<<"$OUT"

# 2. the SMTP server is down: mail waits
CFG_SMTP_PORT=9 t_config "$T/down.conf"
deliver_direct robot "${FILES[1]}"
t_regbot "$T/down.conf" --now 2010-05-01T10:02:00+02:00 once ||
	t_fatal "once with the SMTP server down failed"
# 90 s after that mailbox check, half its limit (3 poll intervals, 180 s)
# away: the pinned clock runs on while `status` starts, which on a busy
# machine can take seconds
status "$T/down.conf" 2010-05-01T10:03:30+02:00
# what status said, so a failure here shows its reason in the log
t_log "status with the SMTP server down says:"
sed 's/^/    /' <<<"$OUT"
t_eq "mail waiting a minute and a half: still healthy" 0 "$RC"
t_check "the oldest unsent mail with its error" \
	grep -qE '^outbox: oldest unsent: confirmation to .*, queued 2010-05-01 10:02:[0-9]{2} \+02:00 .*last error: .*:9' <<<"$OUT"
t_check "the last SMTP error" grep -q '^SMTP: last error 2010-05-01 10:02' <<<"$OUT"
# the daemon goes on checking the mailbox; the mail stays unsent
t_regbot "$T/down.conf" --now 2010-05-01T11:30:00+02:00 once
# (+30 s: the pinned clock runs on while a command works, so the queue
# time is a little after its --now)
status "$T/down.conf" 2010-05-01T11:31:30+02:00
t_eq "mail unsent for 89 minutes: exit 1" 1 "$RC"
t_check "it says so" grep -qx 'health: NOT OK: mail unsent for 89 min (limit 60 min)' <<<"$OUT"

# 3. no mailbox check for long
t_regbot "$T/regbot.conf" --now 2010-05-01T11:40:00+02:00 once
status "$T/regbot.conf" 2010-05-01T11:41:00+02:00
t_eq "sent and checked again: exit 0" 0 "$RC"
status "$T/regbot.conf" 2010-05-01T12:00:30+02:00
t_eq "no mailbox check for 20 min (poll 2 s, IDLE wakes every minute): exit 1" 1 "$RC"
t_check "it says how long" grep -qx 'health: NOT OK: no good mailbox check for 20 min (limit 3 min)' <<<"$OUT"
t_done
