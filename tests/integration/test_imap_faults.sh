#!/usr/bin/env bash
# IMAP faults (issue 11 breaks 3 and 9, issue 14 items 2 and 3), injected by
# a proxy (tests/lib/imapproxy.py) between regbot and the test Dovecot:
#  - the connection is cut 60, 300 and 900 bytes into a body FETCH: `once`
#    exits 1 in bounded time saying the server closed the connection (it
#    used to spin at 100% CPU forever); a clean `once` then answers all;
#  - a server that stalls: `once` gives up after REGBOT_IMAP_TIMEOUT;
#  - `run` through cuts: it logs, reconnects and answers every message once;
#  - SIGTERM to `run` while the server stalls stops it within seconds;
#  - the server refuses CREATE of the processed folder: one clear error
#    with the server's text and the fix, before any mail is touched;
#  - MOVE refused for one message of a batch: all others are handled, that
#    one is answered once and never again, its move retried later;
#  - FETCH refused for one message: the others are handled at once, that
#    one is quarantined after 5 attempts (a store row, a log line).
# regbot fetches and moves mail in UID sets ("UID FETCH 1:6 ..."); a
# fault for one message (--uid N) hits the set that holds it, and then
# that message alone when regbot falls back to one at a time.
# Replies go to smtp-sink.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
PY=$(command -v /usr/bin/python3 python3 | head -n 1)
PROXY_PID=

# proxy_start ARGS...: a fresh proxy; the config points regbot at it.
proxy_start() {
	proxy_stop
	rm -f "$T/proxy.port" "$T/proxy.log"
	"$PY" "$REGBOT_SRC/tests/lib/imapproxy.py" "$T/proxy.port" \
		"$SRV_IMAP_PORT" --log "$T/proxy.log" "$@" &
	PROXY_PID=$!
	wait_until 10 "proxy port file" test -s "$T/proxy.port" ||
		t_fatal "proxy did not start"
	sed -i "s|^url = imap://.*|url = imap://127.0.0.1:$(cat "$T/proxy.port")|" "$CONF"
}
proxy_stop() {
	if [ -n "$PROXY_PID" ]; then
		kill "$PROXY_PID" 2>/dev/null || true
		wait "$PROXY_PID" 2>/dev/null || true
		PROXY_PID=
	fi
}
at_exit proxy_stop
faults() { [ -f "$T/proxy.log" ] && wc -l <"$T/proxy.log" || echo 0; }
faults_ge() { [ "$(faults)" -ge "$1" ]; }
answered_ge() { [ "$(answered)" -ge "$1" ]; }
inbox_is() { [ "$(mailbox_count robot INBOX)" = "$1" ]; }
answered() { t_sink_summary "$SINK" | grep -cE '^(deelnemer|participant)' || true; }
dupes() { t_sink_summary "$SINK" | awk '{ print $1 }' | sort | uniq -d | tr '\n' ' '; }
# newlog: the part of regbot.log written from now on is $T/regbot.log
# after byte $LOGPOS.
newlog() { tail -c +$((LOGPOS + 1)) "$T/regbot.log"; }
mark() { LOGPOS=$(stat -c %s "$T/regbot.log" 2>/dev/null || echo 0); }

mkmail_batch "$T/mails" 3 3
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")
# fresh: no replies, an empty store, the batch alone in a new INBOX
# (UIDs 1-6).
fresh() {
	rm -rf "$SINK"/* "$T/spool"
	mkdir -p "$T/spool"
	find "$SRV_HOME/robot" -mindepth 1 -maxdepth 1 -exec rm -rf {} + 2>/dev/null || true
	deliver_direct robot "${FILES[@]}" || t_fatal "could not deliver the batch"
}
fresh
t_eq "robot's INBOX holds the batch" 6 "$(mailbox_count robot INBOX)"
BODY='UID FETCH [0-9:,]+ \(UID BODY\.PEEK\[\]\)'

# ---- cut inside a body FETCH, `once`
export T_REGBOT_TIMEOUT=30
for off in 60 300 900; do
	proxy_start --match "$BODY" --action "cut:$off" --times 1
	mark
	start=$SECONDS rc=0
	t_regbot "$CONF" --now "$T_NOW" once || rc=$?
	t_eq "cut at $off bytes: once exits 1" 1 "$rc"
	t_log "cut at $off bytes: once took $((SECONDS - start)) s"
	t_check "cut at $off bytes: once ended within 20 s" [ $((SECONDS - start)) -le 20 ]
	t_check "cut at $off bytes: says the server closed the connection" \
		grep -q "UID FETCH [0-9:,]*: server closed the connection" <(newlog)
	t_eq "cut at $off bytes: the proxy cut once" 1 "$(faults)"
done
t_eq "nothing was answered or moved yet" "0 6" "$(answered) $(mailbox_count robot INBOX)"

# ---- a stalled server, `once`
proxy_start --match "$BODY" --action "stall:100" --times 1
mark
start=$SECONDS rc=0
REGBOT_IMAP_TIMEOUT=3 t_regbot "$CONF" --now "$T_NOW" once || rc=$?
t_eq "stall: once exits 1" 1 "$rc"
t_log "stall: once took $((SECONDS - start)) s (REGBOT_IMAP_TIMEOUT=3)"
t_check "stall: once gave up within 15 s" [ $((SECONDS - start)) -le 15 ]
t_check "stall: says the server was silent" \
	grep -q "no answer from the server for 3 s" <(newlog)

proxy_start
t_check "no more faults: once exits 0" t_regbot "$CONF" --now 2010-05-01T10:05:00+02:00 once
t_eq "no more faults: all answered once, INBOX empty" "6  0" \
	"$(answered) $(dupes) $(mailbox_count robot INBOX)"
fresh

# ---- `run` through two cuts: reconnects, answers every message once
proxy_start --match "$BODY" --action "cut:200" --times 2
mark
t_regbot_bg "$CONF" --now "$T_NOW" run
RUN=$T_BG_PID
wait_until 60 "6 answers" answered_ge 6 || t_show_log
wait_until 30 "INBOX empty" inbox_is 0 || true
t_eq "run: the proxy cut twice" 2 "$(faults)"
t_eq "run: every participant answered" 6 "$(answered)"
t_eq "run: nobody answered twice" "" "$(dupes)"
t_eq "run: INBOX empty, all in Verwerkt" "0 6" \
	"$(mailbox_count robot INBOX) $(mailbox_count robot Verwerkt)"
t_check "run: logged the cut and reconnected" \
	grep -q "server closed the connection; reconnecting" <(newlog)
kill -TERM "$RUN"
wait_until 10 "run stops" t_gone "$RUN" || t_notok "run did not stop on SIGTERM"

# ---- SIGTERM while the server stalls
fresh
proxy_start --match "$BODY" --action "stall:100" --times 0
mark
t_regbot_bg "$CONF" --now "$T_NOW" run
RUN=$T_BG_PID
wait_until 30 "the stall" faults_ge 1 || true
sleep 0.5 # regbot is now waiting inside the FETCH
t0=$(($(date +%s%N) / 1000000))
kill -TERM "$RUN"
wait_until 5 "run stops during a stall" t_gone "$RUN" && stopped=1 || stopped=0
t_eq "SIGTERM during a stall: run stopped within 5 s" 1 "$stopped"
t_log "SIGTERM during a stall: stopped after $(($(date +%s%N) / 1000000 - t0)) ms"
t_check "SIGTERM during a stall: logged 'stopped'" grep -q "stopped" <(newlog)

# ---- SIGTERM in the other states: greeting, LOGIN, MOVE
for state in CONNECT '^[^ ]+ LOGIN ' '^[^ ]+ UID MOVE '; do
	fresh
	proxy_start --match "$state" --action "stall:0" --times 0
	mark
	t_regbot_bg "$CONF" --now "$T_NOW" run
	RUN=$T_BG_PID
	wait_until 30 "the stall" faults_ge 1 || true
	sleep 0.5
	t0=$(($(date +%s%N) / 1000000))
	kill -TERM "$RUN"
	wait_until 5 "run stops" t_gone "$RUN" && stopped=1 || stopped=0
	t_eq "SIGTERM while stalled at '$state': run stopped within 5 s" 1 "$stopped"
	t_log "SIGTERM while stalled at '$state': stopped after $(($(date +%s%N) / 1000000 - t0)) ms"
done

# ---- CREATE refused (Cyrus: NO Permission denied), before any mail
fresh
proxy_start --match '^[^ ]+ CREATE ' --action no --text "Permission denied"
mark
rc=0
t_regbot "$CONF" --now "$T_NOW" once || rc=$?
t_eq "CREATE refused: once exits 1" 1 "$rc"
t_check "CREATE refused: names the folder and quotes the server" \
	grep -q "cannot create the processed folder 'Verwerkt'.*server said \"NO Permission denied\"" <(newlog)
t_check "CREATE refused: says how to fix it" \
	grep -q "set processed = INBOX.Verwerkt" <(newlog)
t_eq "CREATE refused: nothing answered, all mail still in INBOX" "0 6" \
	"$(answered) $(mailbox_count robot INBOX)"
mark
rc=0
T_REGBOT_TIMEOUT=20 t_regbot "$CONF" --now "$T_NOW" run || rc=$?
t_eq "CREATE refused: run stops (exit 1) instead of retrying" 1 "$rc"

# ---- MOVE refused for the third message
proxy_start --match '^[^ ]+ UID MOVE ' --uid 3 --action no --text "[CANNOT] test: cannot move"
mark
t_check "MOVE refused for UID 3: once exits 0" t_regbot "$CONF" --now "$T_NOW" once
t_eq "MOVE refused: every participant answered" 6 "$(answered)"
t_eq "MOVE refused: only UID 3 is left in INBOX" 1 "$(mailbox_count robot INBOX)"
t_check "MOVE refused: logged with the server's text" \
	grep -q "UID MOVE 3 \"Verwerkt\": server said \"NO \[CANNOT\] test: cannot move\"" <(newlog)
t_check "MOVE refused: second once exits 0" t_regbot "$CONF" --now 2010-05-01T11:00:00+02:00 once
t_eq "MOVE refused: still 6 answers, none twice" "6 " "$(answered) $(dupes)"
t_eq "MOVE refused: a store row says so" "move|3|2|0" \
	"$(sqlite3 "$T/spool/regbot.db" 'SELECT stage, uid, attempts, quarantined FROM mailbox_trouble' 2>/dev/null)"
proxy_start
t_check "MOVE allowed again: once exits 0" t_regbot "$CONF" --now 2010-05-01T12:00:00+02:00 once
t_eq "MOVE allowed again: INBOX empty, 6 in Verwerkt, 6 answers" "0 6 6 " \
	"$(mailbox_count robot INBOX) $(mailbox_count robot Verwerkt) $(answered) $(dupes)"
t_eq "MOVE allowed again: the store row is gone" 0 \
	"$(sqlite3 "$T/spool/regbot.db" 'SELECT count(*) FROM mailbox_trouble')"

# ---- FETCH refused for UID 2 of a new batch: quarantined after 5 attempts
fresh
proxy_start --match 'UID FETCH [0-9:,]+ \(UID BODY' --uid 2 --action no --text "[SERVERBUG] test: broken message"
mark
t_check "FETCH refused for UID 2: once exits 0" t_regbot "$CONF" --now "$T_NOW" once
t_eq "FETCH refused: the 5 others answered at once" 5 "$(answered)"
for h in 11 12 13 14 15; do
	t_regbot "$CONF" --now "2010-05-01T$h:00:00+02:00" once || true
done
# 6 refusals: the set that held UID 2 once, then UID 2 alone 5 times
t_eq "FETCH refused: tried 5 times, then left alone" 6 "$(faults)"
t_eq "FETCH refused: a quarantined store row" "fetch|2|5|1" \
	"$(sqlite3 "$T/spool/regbot.db" 'SELECT stage, uid, attempts, quarantined FROM mailbox_trouble')"
t_check "FETCH refused: the quarantine is logged" grep -q "UID 2 (UIDVALIDITY [0-9]*) quarantined after 5 attempts" <(newlog)
t_eq "FETCH refused: it stays in INBOX, 5 answered" "1 5" "$(mailbox_count robot INBOX) $(answered)"

# ---- the server says BYE while regbot idles
proxy_start
mark
t_regbot_bg "$CONF" --now "$T_NOW" run
RUN=$T_BG_PID
connected() { [ "$(newlog | grep -c 'connected (IDLE)')" -ge "$1" ]; }
wait_until 30 "run connected" connected 1 || true
sleep 1 # inside IDLE
doveadm -c "$SRV_DOVECOT_CONF" kick robot >/dev/null 2>&1 || true
wait_until 30 "run reconnected" connected 2 || true
t_check "BYE: logged with the server's text" \
	grep -q "IDLE DONE: server closed the connection: [A-Za-z]" <(newlog)
t_check "BYE: not called an unreadable response" \
	bash -c "! grep -q 'unreadable server response' '$T/regbot.log'"
t_check "BYE: run reconnected" connected 2
kill -TERM "$RUN"
wait_until 10 "run stops" t_gone "$RUN" || t_notok "run did not stop on SIGTERM"

t_done
