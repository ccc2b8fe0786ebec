#!/usr/bin/env bash
# A message queued by `ingest` (SPOOL/incoming) that cannot be processed
# must not hold the queue for ever, nor be lost (issue 11 item 9, for the
# queue as for the mailbox):
#   A. Two messages wait in the queue; the older one fails every time (its
#      raw copy's place is taken by a directory, so its commit fails while
#      the store works).  `ingest` of a third: exit 0, the failure is
#      counted in the file's name, the third mail queues behind the two
#      (arrival order gives the seats), nobody is registered.
#   B. Before its delay (30 s, doubling) the failing message is not tried
#      again and the rest waits; after it, it is tried again.  After 5
#      attempts it is set aside in incoming/held, the two behind it are
#      registered in their order, `status` names the held message (so
#      the digest does), and nothing was answered twice.
#   C. Mended (the directory removed), the held file given to `ingest`:
#      registered, once.
#   D. The store locked (an operator's sqlite3 shell in a transaction)
#      while a queued message is taken: its attempt is not counted
#      against it (the store is at fault, not the message); once the lock
#      is gone it is registered.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
mkmail_batch "$T/mails" 5 0
MAN=$T/mails/manifest.tsv
mapfile -t FILES < <(t_manifest_files "$MAN")
CONF=$T/regbot.conf
SPOOL=$T/spool
CFG_SPOOL=$SPOOL CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
Q=$SPOOL/incoming
T0=$(date -d "$T_NOW" +%s)
at() { date -d "@$((T0 + $1))" --iso-8601=seconds; } # T_NOW + N s
addr() { sed -n "$(($1 + 1))p" "$MAN" | cut -f2 | tr 'A-Z' 'a-z'; }
queue_by_hand() { # FILE ARRIVAL: as `ingest` names a queued message
	install -m 600 "$1" "$Q/$(printf '%012d' "$2")-0-1-$(printf '%08x' "$2").eml"
}
in_queue() { find "$Q" -maxdepth 1 -name '*.eml' | wc -l; }
regs() { t_list "$CONF" | jq length; }
answers() { t_sink_summary "$SINK" | awk -v a="$1" '$1 == a' | grep -c . || true; }

# ---- A
t_regbot "$CONF" --now "$T_NOW" list >/dev/null # creates the spool
mkdir -p -m 700 "$Q"
queue_by_hand "${FILES[0]}" $((T0 - 60))
queue_by_hand "${FILES[1]}" $((T0 - 30))
TAKEN=$SPOOL/raw/$(sha256sum "${FILES[0]}" | cut -c1-64).eml
mkdir -p "$TAKEN"
rc=0
t_regbot "$CONF" --now "$(at 0)" ingest "${FILES[2]}" || rc=$?
t_eq "A. ingest behind a failing message: accepted" 0 "$rc"
t_eq "A. the attempt is counted in the name" 1 "$(find "$Q" -maxdepth 1 -name '*.a1.eml' | wc -l)"
t_eq "A. the new mail queued behind the two" 3 "$(in_queue)"
newest=$(find "$Q" -maxdepth 1 -name '*.eml' -printf '%f\n' | sort | tail -1)
t_check "A. ... last in arrival order ($newest)" cmp -s "$Q/$newest" "${FILES[2]}"
t_eq "A. nobody registered yet" 0 "$(regs)"

# ---- B
rc=0
t_regbot "$CONF" --now "$(at 10)" once || rc=$?
t_eq "B. before its delay: once says something waits" 1 "$rc"
# (about 20 s: --now pins the start, the clock runs on from it)
t_check "B. ... and when it is tried again" grep -q 'its next attempt is in [0-9]* s' "$T/regbot.log"
t_eq "B. ... not tried: still one attempt" 1 "$(find "$Q" -maxdepth 1 -name '*.a1.eml' | wc -l)"
t_eq "B. ... the rest waits" 0 "$(regs)"
# attempts 2 to 4, each just after its delay (30, 60, 120 s)
when=0
for k in 2 3 4; do
	when=$((when + 30 * (1 << (k - 2)) + 1))
	t_regbot "$CONF" --now "$(at "$when")" once || true
	t_eq "B. attempt $k counted" 1 "$(find "$Q" -maxdepth 1 -name "*.a$k.eml" | wc -l)"
	t_eq "B. ... nobody registered" 0 "$(regs)"
done
when=$((when + 241))
t_regbot "$CONF" --now "$(at "$when")" once || true
t_eq "B. after 5 attempts: set aside" 1 "$(find "$Q/held" -name '*.eml' | wc -l)"
t_check "B. ... whole" cmp -s "$(find "$Q/held" -name '*.eml')" "${FILES[0]}"
t_eq "B. the queue is empty" 0 "$(in_queue)"
t_eq "B. the two behind it registered" 2 "$(regs)"
t_eq "B. ... in their order" "$(addr 1) $(addr 2)" \
	"$(t_list "$CONF" | jq -r 'sort_by(.registered_at) | map(.email) | join(" ")')"
t_check "B. the log says where it is" grep -q 'set aside after 5 attempts as .*held' "$T/regbot.log"
rc=0
out=$("$REGBOT" --config "$CONF" --now "$(at "$when")" status 2>&1 </dev/null) || rc=$?
t_eq "B. status: a problem" 1 "$rc"
t_check "B. status names the held message ($out)" \
	grep -q '1 message queued by ingest set aside in .*held after 5 failed attempts' <<<"$out"
t_eq "B. the two answered once each" "1 1" "$(answers "$(addr 1)") $(answers "$(addr 2)")"
t_eq "B. the held one not answered" 0 "$(answers "$(addr 0)")"

# ---- C
rmdir "$TAKEN"
rc=0
t_regbot "$CONF" --now "$(at $((when + 60)))" ingest "$(find "$Q/held" -name '*.eml')" || rc=$?
t_eq "C. the mended message, ingested" 0 "$rc"
t_eq "C. registered" 3 "$(regs)"
t_eq "C. answered once" 1 "$(answers "$(addr 0)")"

# ---- D
queue_by_hand "${FILES[3]}" $((T0 + when + 100))
mkfifo "$T/unlock"
(
	trap - EXIT INT TERM
	{
		echo 'BEGIN EXCLUSIVE;'
		echo ".shell touch '$T/locked'"
		read -r _ <"$T/unlock"
		echo 'COMMIT;'
	} | sqlite3 "$SPOOL/regbot.db"
) &
locker=$!
wait_until 30 "the store locked" test -e "$T/locked" || t_fatal "no lock"
rc=0
t_regbot "$CONF" --now "$(at $((when + 120)))" ingest "${FILES[4]}" || rc=$?
echo go >"$T/unlock"
wait "$locker"
t_eq "D. ingest with the store locked: accepted (queued)" 0 "$rc"
t_eq "D. the queued message's attempt not counted" 0 "$(find "$Q" -maxdepth 1 -name '*.a1.eml' | wc -l)"
t_check "D. ... and why" grep -q 'the store fails too .*not counted against the message' "$T/regbot.log"
t_eq "D. both wait in the queue" 2 "$(in_queue)"
rc=0
t_regbot "$CONF" --now "$(at $((when + 180)))" once || rc=$?
t_eq "D. the lock gone: once" 0 "$rc"
t_eq "D. both registered" 5 "$(regs)"
t_eq "D. ... in their order" "$(addr 3) $(addr 4)" \
	"$(t_list "$CONF" | jq -r 'sort_by(.registered_at) | map(.email) | .[3:] | join(" ")')"

[ "$T_FAILS" = 0 ] || t_show_log 80
t_done
