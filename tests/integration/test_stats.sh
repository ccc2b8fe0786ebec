#!/usr/bin/env bash
# Where the time goes (issue 12): `regbot once --stats` prints the time
# per stage (fetch, parse, keep, decide+commit, render, send, move, then
# other and all) with the messages handled; `once` refuses other
# arguments; `regbot run --verbose` logs one summary line per pass that
# handled mail.  The figures themselves are times and are not checked.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
mkmail_batch "$T/mails" 2 3 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mails/manifest.tsv")
deliver_direct robot "${FILES[@]:0:3}" || t_fatal "could not deliver"

rc=0
"$REGBOT" --config "$CONF" --now "$T_NOW" once --stats >"$T/stats.out" 2>>"$T/regbot.log" || rc=$?
t_eq "once --stats exits 0" 0 "$rc"
t_eq "the stages, in order" "fetch parse keep decide+commit render send move other all" \
	"$(awk 'NR > 1 && NF >= 4 && !/ messages in / { print $1 }' "$T/stats.out" | paste -sd' ')"
t_eq "each of the 3 messages parsed twice (MIME, the request), kept once" "6 3" \
	"$(awk '$1 == "parse" { p = $2 } $1 == "keep" { k = $2 } END { print p, k }' "$T/stats.out")"
t_check "the message count and rate" grep -qE '^3 messages in [0-9.]+ s: [0-9.]+ messages/s$' "$T/stats.out"
answered() { t_sink_summary "$SINK" | grep -cE '^(deelnemer|participant)' || true; }
t_eq "3 answered, INBOX empty" "3 0" "$(answered) $(mailbox_count robot INBOX)"

rc=0
"$REGBOT" --config "$CONF" --now "$T_NOW" once --bogus >/dev/null 2>"$T/usage.err" || rc=$?
t_eq "once with an unknown argument: exit 2" 2 "$rc"
t_check "and says how to call it" grep -q 'usage: regbot once \[--stats\]' "$T/usage.err"

deliver_direct robot "${FILES[@]:3}" || t_fatal "could not deliver"
t_regbot_bg "$CONF" --now 2010-05-01T10:05:00+02:00 --verbose run
passed() { grep -qE 'debug: pass: 2 messages in [0-9.]+ s: fetch [0-9.]+ ms, parse .*, move [0-9.]+ ms; 2 sent' "$T/regbot.log"; }
wait_until 30 "a pass summary" passed || true
t_check "run --verbose logs the pass: 2 messages, the stages, 2 sent" passed
kill -TERM "$T_BG_PID"
wait_until 10 "run stops" t_gone "$T_BG_PID" || t_notok "run did not stop"
t_done
