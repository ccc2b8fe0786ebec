#!/usr/bin/env bash
# The database locked by another process (an operator's sqlite3 shell
# left in a transaction, a backup tool): regbot waits up to its busy
# timeout, then gives up on that pass with a clear error and keeps the
# mail; nothing is answered twice, nothing is lost, no message is
# quarantined for a fault that is not its own, and once the lock is gone
# the next pass handles everything.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$T/regbot.conf"
smtp_sink_start "$T/sink" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
mkmail_batch "$T/mail" 2 3 800 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
DB=$T/spool/regbot.db
t_regbot "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 once # creates the store
deliver_direct robot "${FILES[@]}"

# hold a write lock for 25 s (longer than regbot's 10 s busy timeout)
(
	trap - EXIT INT TERM
	{ echo 'BEGIN EXCLUSIVE;'; sleep 25; echo 'COMMIT;'; } | sqlite3 "$DB"
) &
locker=$!
sleep 1
rc=0
t_regbot "$T/regbot.conf" --now 2010-05-01T10:01:00+02:00 once || rc=$?
t_eq "the locked pass gives up" 1 "$rc"
t_check "and says the database is locked" grep -q 'database is locked' "$T/regbot.log"
t_check "and that later mail waits behind the first" \
	grep -q 'later mail waits behind it' "$T/regbot.log"
participants() { t_sink_summary "$T/sink" | grep -c -E '^(deelnemer|participant)'; }
t_eq "nothing answered while locked" 0 "$(participants)"
t_eq "the mail stays in the INBOX" 5 "$(mailbox_count robot INBOX)"
wait "$locker"
t_regbot "$T/regbot.conf" --now 2010-05-01T10:02:00+02:00 once
t_eq "after the lock: every registration" 5 "$(t_list "$T/regbot.conf" | jq length)"
t_eq "each answered once" 5 "$(participants)"
# arrival order kept: the first mail (held up by the lock) has the first
# registration, not the last
first=$(sed -n 's/^From: .*<\(.*\)>.*/\1/p' "${FILES[0]}" | head -1 | tr 'A-Z' 'a-z')
t_eq "the first mail is still the first registration" "$first" \
	"$(sqlite3 -batch -noheader "$DB" 'SELECT lower(email) FROM registrations ORDER BY arrival LIMIT 1')"
t_eq "INBOX empty" 0 "$(mailbox_count robot INBOX)"
t_eq "nothing quarantined" 0 \
	"$(sqlite3 -batch -noheader "$DB" 'SELECT count(*) FROM mailbox_trouble WHERE quarantined = 1')"
t_done
