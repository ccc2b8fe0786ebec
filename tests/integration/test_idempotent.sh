#!/usr/bin/env bash
# Processing anything twice changes nothing: a second `regbot once` sends
# no mail and moves nothing; `regbot ingest` of an already processed message
# (the file as sent, and the copy from the Verwerkt folder on stdin) leaves
# the registrations and every mailbox as they were.  Replies go to
# smtp-sink, so every message regbot sends is counted the moment it is sent.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkmail_batch "$T/mails" 6 6
MAN=$T/mails/manifest.tsv
t_add_users "$MAN"
mapfile -t FILES < <(t_manifest_files "$MAN")
send_mails robot@regbot.test "${FILES[@]}" || t_fatal "could not submit the batch"
servers_wait_queue 30 || t_fatal "Postfix did not deliver the batch"

# Everything mail-related that could change: what the sink got, and each
# mailbox on the IMAP server.
snapshot() {
	echo "sink=$(t_sink_count "$SINK")"
	echo "robot INBOX=$(mailbox_count robot INBOX) Verwerkt=$(mailbox_count robot Verwerkt)"
	find "$SRV_HOME" -type f \( -path '*/new/*' -o -path '*/cur/*' \) |
		sed "s|^$SRV_HOME/||; s|/\(new\|cur\)/[^/]*\$||" | sort | uniq -c
}

t_check "first once exits 0" t_regbot "$CONF" --now "$T_NOW" once
t_eq "participants answered" 12 \
	"$(t_sink_summary "$SINK" | grep -cE '^(deelnemer|participant)' || true)"
t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"
list1=$(t_list "$CONF") || t_fatal "regbot list failed"
t_eq "registrations" 12 "$(jq length <<<"$list1")"
snap1=$(snapshot)

# regbot's clock starts at --now and runs on: a later run starts later.
t_check "second once (5 min later) exits 0" t_regbot "$CONF" --now 2010-05-01T10:05:00+02:00 once
t_eq "second once: list unchanged" "$list1" "$(t_list "$CONF")"
t_eq "second once: no mail sent or moved" "$snap1" "$(snapshot)"

# Same clock an hour later: still nothing to do.
t_check "third once (an hour later) exits 0" t_regbot "$CONF" --now 2010-05-01T11:00:00+02:00 once
t_eq "an hour later: list unchanged" "$list1" "$(t_list "$CONF")"
t_eq "an hour later: no mail sent or moved" "$snap1" "$(snapshot)"

# ingest of the file exactly as it was submitted.
t_check "ingest FILE of a processed message exits 0" t_regbot "$CONF" --now 2010-05-01T11:10:00+02:00 ingest "${FILES[0]}"
t_eq "ingest FILE: list unchanged" "$list1" "$(t_list "$CONF")"
t_eq "ingest FILE: no mail sent" "$snap1" "$(snapshot)"

# ingest on stdin of the copy the server holds (with Received: etc.).
doveadm -c "$SRV_DOVECOT_CONF" fetch -u robot text mailbox Verwerkt ALL 2>/dev/null |
	awk 'NR == 1 { sub(/^text: ?/, ""); if ($0 == "") next }
	     /^\f$/ || (NR > 1 && /^text:/) { done = 1 } !done { print }' >"$T/stored.eml"
t_check "fetched a stored copy from Verwerkt" grep -qi '^message-id:' "$T/stored.eml"
rc=0
printf '\n$ regbot ingest < stored copy\n' >>"$T/regbot.log"
timeout -k 5 60 "$REGBOT" --config "$CONF" --now 2010-05-01T11:20:00+02:00 ingest <"$T/stored.eml" >>"$T/regbot.log" 2>&1 || rc=$?
t_eq "ingest from stdin of the stored copy exits" 0 "$rc"
t_eq "ingest stdin: list unchanged" "$list1" "$(t_list "$CONF")"
t_eq "ingest stdin: no mail sent" "$snap1" "$(snapshot)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
