#!/usr/bin/env bash
# SMTP faults, with smtp.url pointing at smtp-sink:
#   A. RCPT answered 4xx (smtp-sink -r rcpt): the reply stays pending, is not
#      resent within the backoff, and goes out on a later `once` (clock
#      stepped with --now) once the server accepts it.
#   B. RCPT answered 5xx (smtp-sink -f rcpt): the reply is failed for good
#      and never retried, not even a day later.
#   C. No SMTP server at all: the reply goes out on a later `once` after
#      the server is up.
# The registrations themselves are committed in every case.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkmail_batch "$T/mails" 1 2
MAN=$T/mails/manifest.tsv
t_add_users "$MAN"
mapfile -t FILES < <(t_manifest_files "$MAN")
mapfile -t EMAILS < <(cut -f2 "$MAN")

# to ADDR: messages the sink captured for ADDR (kind per line).
to() { t_sink_summary "$SINK" | awk -v a="$1" '$1 == a { print $2 }'; }
count_to() { to "$1" | grep -c . || true; }
# once AT: run `regbot once` at clock AT; prints nothing, records exit.
once() {
	local rc=0
	t_regbot "$CONF" --now "$1" once || rc=$?
	if [ "$rc" = 0 ] || [ "$rc" = 1 ]; then
		t_ok "once at $1 ends normally (exit $rc)"
	else
		t_notok "once at $1: exit $rc"
	fi
}
status_of() { t_list "$CONF" | jq -r --arg e "$1" '.[] | select((.email | ascii_downcase) == $e) | .status'; }

# ---- A: 4xx on RCPT
A=${EMAILS[0]}
smtp_sink_start "$SINK" "$SRV_SINK_PORT" -r rcpt || t_fatal "smtp-sink -r rcpt did not start"
send_mails robot@regbot.test "${FILES[0]}" && servers_wait_queue 30 || t_fatal "could not submit mail A"
once 2010-05-01T10:00:00+02:00
t_eq "A: registration committed although SMTP said 4xx" confirmed "$(status_of "$A")"
t_eq "A: nothing captured while RCPT gets 4xx" 0 "$(count_to "$A")"
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not restart"
once 2010-05-01T10:00:10+02:00
t_eq "A: not resent 10 s later (within the backoff)" 0 "$(count_to "$A")"
once 2010-05-01T12:00:00+02:00
t_eq "A: sent on a later once, past the backoff" "confirmation" "$(to "$A" | paste -sd,)"
once 2010-05-01T13:00:00+02:00
t_eq "A: and not again" 1 "$(count_to "$A")"

# ---- B: 5xx on RCPT
B=${EMAILS[1]}
smtp_sink_start "$SINK" "$SRV_SINK_PORT" -f rcpt || t_fatal "smtp-sink -f rcpt did not start"
send_mails robot@regbot.test "${FILES[1]}" && servers_wait_queue 30 || t_fatal "could not submit mail B"
once 2010-05-01T14:00:00+02:00
t_eq "B: registration committed although SMTP said 5xx" confirmed "$(status_of "$B")"
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not restart"
once 2010-05-01T16:00:00+02:00
once 2010-05-02T16:00:00+02:00
t_eq "B: a reply refused with 5xx is not retried (2 h and 1 day later)" 0 "$(count_to "$B")"

# ---- C: no SMTP server
C=${EMAILS[2]}
smtp_sink_stop
send_mails robot@regbot.test "${FILES[2]}" && servers_wait_queue 30 || t_fatal "could not submit mail C"
once 2010-05-02T17:00:00+02:00
t_eq "C: registration committed while SMTP is down" confirmed "$(status_of "$C")"
t_eq "C: robot's INBOX is empty (mail processed while SMTP is down)" 0 "$(mailbox_count robot INBOX)"
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not restart"
once 2010-05-02T19:00:00+02:00
t_eq "C: sent once the server is up" "confirmation" "$(to "$C" | paste -sd,)"
t_eq "A still has exactly one reply" 1 "$(count_to "$A")"
t_eq "B still has none" 0 "$(count_to "$B")"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
