#!/usr/bin/env bash
# A server that takes the whole message and then gives no final reply
# (issue 11 items 5 and 12: 102 copies of one confirmation; a server that
# never answers after DATA blocked for 120 s and got the mail again).
# Such a message is "perhaps delivered": retried at most twice, hours
# apart, then marked failed for a human, and not resent for days.
#   A. smtp-sink -q . (disconnects after the final dot, no reply): `once`
#      every few hours over six simulated days.  At most 3 copies arrive,
#      the last 2 only after 6 and 24 hours; the outbox row is failed with
#      "perhaps delivered" and the digest lists it.
#   B. smtp-sink -W .:200 (never answers in time): `once` gives up after
#      the SMTP timeout (REGBOT_SMTP_TIMEOUT=3), and an hour later the
#      message is not sent again.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkmail_batch "$T/mails" 0 2
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")
mapfile -t EMAILS < <(cut -f2 "$MAN" | tr 'A-Z' 'a-z')
DB=$T/spool/regbot.db
export REGBOT_SMTP_TIMEOUT=3

copies() { t_sink_summary "$SINK" | awk -v a="$1" '$1 == a' | grep -c . || true; }
row() { sqlite3 "$DB" "select status || '|' || uncertain from outbox where rcpt = '$1' and kind = 'confirmation'"; }

# ---- A: cut after the dot
A=${EMAILS[0]}
smtp_sink_start "$SINK" "$SRV_SINK_PORT" -q . || t_fatal "smtp-sink -q . did not start"
t_regbot "$CONF" --now 2010-05-03T10:00:00+02:00 ingest "${FILES[0]}" || true
t_eq "A: the first attempt reached the sink" 1 "$(copies "$A")"
t_eq "A: recorded as perhaps delivered, pending" "pending|1" "$(row "$A")"
for at in 2010-05-03T10:01:00 2010-05-03T11:00:00 2010-05-03T15:59:00; do
	t_regbot "$CONF" --now "$at+02:00" once || true
done
t_eq "A: no copy within 6 hours" 1 "$(copies "$A")"
t_regbot "$CONF" --now 2010-05-03T16:01:00+02:00 once || true
t_eq "A: a second copy after 6 hours" 2 "$(copies "$A")"
for at in 2010-05-03T22:00:00 2010-05-04T10:00:00 2010-05-04T15:59:00; do
	t_regbot "$CONF" --now "$at+02:00" once || true
done
t_eq "A: no copy within the next 24 hours" 2 "$(copies "$A")"
t_regbot "$CONF" --now 2010-05-04T16:02:00+02:00 once || true
t_eq "A: a third copy after 24 hours" 3 "$(copies "$A")"
t_eq "A: then failed for good" "failed|3" "$(row "$A")"
for at in 2010-05-05T10:00:00 2010-05-06T10:00:00 2010-05-07T10:00:00 2010-05-09T10:00:00; do
	t_regbot "$CONF" --now "$at+02:00" once || true
done
t_eq "A: copies over six days" 3 "$(copies "$A")"
out=$(timeout 60 "$REGBOT" --config "$CONF" --now 2010-05-09T11:00:00+02:00 digest --print 2>&1) || true
t_check "A: the digest lists it as perhaps delivered" grep -q "perhaps delivered" <<<"$out"

# ---- B: no answer after the dot (a spool of its own: A's pending
# digests would be sent first)
B=${EMAILS[1]}
CONF=$T/regbot-b.conf
CFG_SPOOL=$T/spool-b CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
DB=$T/spool-b/regbot.db
smtp_sink_start "$SINK" "$SRV_SINK_PORT" -W .:200 || t_fatal "smtp-sink -W .:200 did not start"
start=$SECONDS
t_regbot "$CONF" --now 2010-05-10T10:00:00+02:00 ingest "${FILES[1]}" || true
took=$((SECONDS - start))
t_check "B: ingest gave up waiting for the reply in bounded time (${took} s)" test "$took" -lt 30
t_eq "B: the message reached the sink" 1 "$(copies "$B")"
t_eq "B: recorded as perhaps delivered" "pending|1" "$(row "$B")"
t_regbot "$CONF" --now 2010-05-10T11:00:00+02:00 once || true
t_eq "B: not sent again an hour later" 1 "$(copies "$B")"
smtp_sink_stop

[ "$T_FAILS" = 0 ] || t_show_log 60
t_done
