#!/usr/bin/env bash
# The SMTP server fails at each phase of a transaction (smtp-sink: -r a
# 4xx, -f a 5xx, -q a dropped connection, at the greeting, EHLO, MAIL,
# RCPT, DATA and the final dot).  For each: what happens to the reply, and
# that it goes out exactly once when the server is well again.
#   4xx anywhere, a drop before the end of DATA: kept, sent later, once;
#   5xx at the greeting or MAIL FROM: the server refuses the robot, not
#     the message: kept and sent later (failing every reply for good would
#     lose them all);
#   5xx at RCPT, DATA or after the text: this message is refused: failed,
#     reported, never sent again;
#   a drop after the text: perhaps delivered (test_smtp_maybe has the
#     rest): not sent again at once.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
mkmail_batch "$T/mails" 0 1 950 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mails/manifest.tsv")
DB=$T/spool/regbot.db
state() { sqlite3 -batch -noheader "$DB" \
	"SELECT status FROM outbox WHERE kind = 'confirmation'"; }
sent() { t_sink_summary "$T/sink" | grep -c ' confirmation$'; }

# mode phase -> want (after the fault) and copies (after recovery)
while read -r mode phase want copies; do
	rm -rf "$T/spool" "$T/sink"
	CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$T/c.conf"
	smtp_sink_start "$T/sink" "$SRV_SINK_PORT" "-$mode" "$phase" ||
		t_fatal "smtp-sink did not start"
	"$REGBOT" --config "$T/c.conf" --now 2010-05-01T10:00:00+02:00 \
		ingest "${FILES[0]}" >>"$T/regbot.log" 2>&1
	got=$(state)
	smtp_sink_stop
	# (smtp-sink keeps what it received even when it then refuses it:
	# only what arrives after the recovery counts)
	rm -rf "$T/sink"
	# the server is well again; a while later
	smtp_sink_start "$T/sink" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
	t_regbot "$T/c.conf" --now 2010-05-01T12:00:00+02:00 once
	n=$(sent)
	smtp_sink_stop
	if [ "$got" = "$want" ] && [ "$n" = "$copies" ]; then
		t_ok "-$mode $phase: $got, then $n cop$([ "$n" = 1 ] && echo y || echo ies)"
	else
		t_notok "-$mode $phase: want $want then $copies copies, got $got then $n"
	fi
done <<'TABLE'
r connect pending 1
r mail pending 1
r rcpt pending 1
r data pending 1
r . pending 1
f connect pending 1
f mail pending 1
f rcpt failed 0
f data failed 0
f . failed 0
q connect pending 1
q mail pending 1
q rcpt pending 1
q data pending 1
TABLE
t_done
