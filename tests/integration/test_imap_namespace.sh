#!/usr/bin/env bash
# Issue 14: a server that keeps personal folders under "INBOX." with "." as
# separator (Cyrus, Courier, many hosted Dovecots; here Dovecot with
# namespace inbox { prefix = INBOX. separator = . }).  The end-to-end
# scenario, reduced: 10 registrations for 3 + 3 seats, `regbot once`, and
# `processed = Verwerkt` must end up as INBOX.Verwerkt; check-config
# --connect shows the namespace and the folder; a fully qualified name is
# used as written; a name the server refuses stops with the server's text
# and the fix before any mail is touched.  Replies go to smtp-sink.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT CFG_SEATS_GEMEENTE=3 CFG_SEATS_ORG=3 t_config "$CONF"
servers_add_cyrus_user cyrusbot cyrusbotpw
sed -i 's/^user = robot$/user = cyrusbot/' "$CONF"
printf 'cyrusbotpw\n' >"$T/imap.secret"
answered() { t_sink_summary "$SINK" | grep -cE '^(deelnemer|participant)' || true; }
dupes() { t_sink_summary "$SINK" | awk '{ print $1 }' | sort | uniq -d | tr '\n' ' '; }
setproc() { sed -i "s/^processed = .*/processed = $1/" "$CONF"; }

mkmail_batch "$T/mails" 5 5
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")
deliver_direct cyrusbot "${FILES[@]}" || t_fatal "could not deliver the batch"
t_eq "cyrusbot's INBOX holds the batch" 10 "$(mailbox_count cyrusbot INBOX)"

# A name the server refuses (outside its only personal namespace).
setproc Archief.2010
rc=0
t_regbot "$CONF" --now "$T_NOW" once || rc=$?
t_eq "refused folder: once exits 1" 1 "$rc"
t_check "refused folder: the server's answer and the fix" \
	grep -q "cannot create the processed folder 'Archief.2010' (processed = Archief.2010): CREATE \"Archief.2010\": server said \"NO .*\"; this server keeps personal folders under 'INBOX.'; set processed = INBOX.Archief.2010" "$T/regbot.log"
t_eq "refused folder: nothing answered, all mail still in INBOX" "0 10" \
	"$(answered) $(mailbox_count cyrusbot INBOX)"

setproc Verwerkt
out=$(timeout 30 "$REGBOT" --config "$CONF" check-config --connect 2>&1) || true
printf '%s\n' "$out" >>"$T/regbot.log"
t_check "check-config --connect: the namespace" \
	grep -q "personal namespace: prefix 'INBOX.', separator '.'" <<<"$out"
t_check "check-config --connect: the folder and why" \
	grep -q "processed folder: INBOX.Verwerkt (the server keeps personal folders under 'INBOX.')" <<<"$out"
t_check "check-config --connect: capabilities" \
	grep -q "capabilities: IDLE yes, MOVE yes, UIDPLUS yes, NAMESPACE yes" <<<"$out"

rc=0
t_regbot "$CONF" --now "$T_NOW" once || rc=$?
t_eq "once exits 0" 0 "$rc"
[ "$rc" = 0 ] || t_show_log
t_check "the chosen folder is logged" \
	grep -q "processed mail goes to 'INBOX.Verwerkt' (processed = Verwerkt; the server keeps personal folders under 'INBOX.')" "$T/regbot.log"
t_eq "INBOX empty, INBOX.Verwerkt holds the 10" "0 10" \
	"$(mailbox_count cyrusbot INBOX) $(mailbox_count cyrusbot INBOX.Verwerkt)"
t_eq "every participant answered once" "10 " "$(answered) $(dupes)"
t_eq "6 confirmations and 4 waitlist notices" "confirmation=6 waitlist=4" \
	"$(t_sink_summary "$SINK" | awk '{ n[$2]++ } END { printf "confirmation=%d waitlist=%d", n["confirmation"], n["waitlist"] }')"
json=$(t_list "$CONF") || t_fatal "regbot list failed"
t_eq "status counts" "confirmed=6 waitlisted=4 cancelled=0 incomplete=0" "$(t_counts "$json")"

# Fully qualified: used as written.
setproc INBOX.Verwerkt
out=$(timeout 30 "$REGBOT" --config "$CONF" check-config --connect 2>&1) || true
t_check "processed = INBOX.Verwerkt is used as written" \
	grep -q "processed folder: INBOX.Verwerkt (already inside the personal namespace 'INBOX.')" <<<"$out"
t_check "a second once exits 0" t_regbot "$CONF" --now 2010-05-01T10:05:00+02:00 once
t_eq "a second once answers nobody again" "10 " "$(answered) $(dupes)"

t_done
