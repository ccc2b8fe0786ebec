#!/usr/bin/env bash
# The daemon: `regbot run` in the background, 10 registrations waiting when
# it starts and 60 more submitted with swaks while it runs.  poll_interval
# is set far beyond the wait, so only IMAP IDLE can bring the replies in
# time: all 70 must arrive (bounded wait) from the same process, which then
# stops on SIGTERM promptly with exit 0.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CONF=$T/regbot.conf
CFG_POLL=600 t_config "$CONF"
mkmail_batch "$T/mails" 25 45
MAN=$T/mails/manifest.tsv
t_add_users "$MAN"
mapfile -t USERS < <(t_manifest_users "$MAN")
mapfile -t FILES < <(t_manifest_files "$MAN")

send_mails robot@regbot.test "${FILES[@]:0:10}" || t_fatal "could not submit the first 10"
servers_wait_queue 30 || t_fatal "Postfix did not deliver the first 10"
t_eq "10 registrations wait before the daemon starts" 10 "$(mailbox_count robot INBOX)"

t_regbot_bg "$CONF" --now "$T_NOW" run
PID=$T_BG_PID
t_log "regbot run started, pid $PID"
sleep 1
t_alive "$PID" || {
	t_show_log
	t_fatal "regbot run exited within a second"
}

# The other 60 while it runs (swaks, 4 at a time).
tail -n +11 "$MAN" >"$T/rest.tsv"
t_swaks_batch "$T/rest.tsv" || t_notok "swaks could not submit the other 60"
sent_at=$SECONDS
if t_wait_replies 70 60 "${USERS[@]}"; then
	t_ok "all 70 replies arrived $((SECONDS - sent_at)) s after the last submission"
else
	t_notok "only $(t_total_replies "${USERS[@]}") of 70 replies within 60 s"
fi
t_check "the same regbot process is still running (no restart)" t_alive "$PID"

kill -TERM "$PID" 2>/dev/null || true
stop=$SECONDS
rc=0
if wait_until 15 "regbot to exit after SIGTERM" t_gone "$PID"; then
	wait "$PID" || rc=$?
	t_ok "regbot stopped $((SECONDS - stop)) s after SIGTERM"
	t_eq "exit status after SIGTERM" 0 "$rc"
else
	t_notok "regbot still running 15 s after SIGTERM"
fi

servers_wait_queue 30 || true
t_eq "participants with exactly one reply" 70 \
	"$(t_replies "${USERS[@]}" | awk '$2 == 1' | wc -l)"
json=$(t_list "$CONF") || t_fatal "regbot list failed"
t_eq "status counts" "confirmed=60 waitlisted=10 cancelled=0 incomplete=0" "$(t_counts "$json")"
t_eq "pools: confirmed waitlisted" "gemeente 20 5|organisaties 40 5" \
	"$(t_pool_counts "$json" | paste -sd'|')"
t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"
t_eq "robot's Verwerkt holds all 70" 70 "$(mailbox_count robot Verwerkt)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
