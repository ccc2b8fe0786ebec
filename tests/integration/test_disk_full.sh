#!/usr/bin/env bash
# A full disk must not turn into a mail storm (issue 11 item 4: one reply
# re-sent 57 times a second after "mark sent" failed).  The spool lives on
# a small tmpfs; smtp-sink counts the copies.
#   1. A reply is pending (SMTP was down when it was queued).  `regbot run`
#      starts while IMAP is unreachable, so its loop keeps retrying IMAP
#      and sending the outbox in between.  Right after smtp-sink accepts
#      the reply (REGBOT_HOOK_POINT "reply accepted") the disk is filled,
#      so recording it as sent fails.  Over the next three IMAP retries the
#      daemon sends nothing more: 1 copy.
#   2. With the disk still full, `once` sends nothing.
#   3. Space freed: `once` sends the reply at most once more and records
#      it; a later `once` sends nothing.  At most 1 extra copy in all.
# Needs root for mount(8); otherwise it says so and skips.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
FS=$T/fs
mkdir -p "$FS"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=16m tmpfs "$FS" 2>/dev/null; then
	t_log "SKIP: mounting a tmpfs needs root (uid $(id -u))"
	t_ok "skipped: not root or mount not permitted"
	t_done
fi
at_exit "umount '$FS'"
SINK=$T/sink
CONF=$T/regbot.conf
CFG_SPOOL=$FS/spool CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
# The same spool with IMAP on a port where nothing listens.
NOIMAP=$T/noimap.conf
sed 's|^url = imap://.*|url = imap://127.0.0.1:1|' "$CONF" >"$NOIMAP"
mkmail_batch "$T/mails" 0 1
mapfile -t FILES < <(t_manifest_files "$T/mails/manifest.tsv")
A=$(cut -f2 "$T/mails/manifest.tsv" | head -1 | tr 'A-Z' 'a-z')
copies() { t_sink_summary "$SINK" | awk -v a="$A" '$1 == a' | grep -c . || true; }

# ---- 1
rc=0
t_regbot "$CONF" --now 2010-05-01T10:00:00+02:00 ingest "${FILES[0]}" || rc=$?
t_eq "1. registered while SMTP is down" 0 "$rc"
t_eq "1. its reply is pending" 1 "$(sqlite3 "$FS/spool/regbot.db" "select count(*) from outbox where status = 'pending'")"
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"

mark=$(wc -l <"$T/regbot.log")
retries() { tail -n +"$((mark + 1))" "$T/regbot.log" | grep -c 'IMAP .*retrying in' || true; }
three_retries() { [ "$(retries)" -ge 3 ]; }
REGBOT_HOOK_POINT="reply accepted" \
	REGBOT_HOOK_CMD="dd if=/dev/zero of='$FS/fill' bs=64k 2>/dev/null; true" \
	t_regbot_bg "$NOIMAP" --now 2010-05-01T10:30:00+02:00 run
PID=$T_BG_PID
wait_until 90 "three IMAP retries of the daemon" three_retries ||
	t_notok "the daemon did not retry IMAP three times within 90 s"
t_check "1. the disk was filled right after the send" grep -q 'hook at reply accepted ran' "$T/regbot.log"
avail=$(df --output=avail "$FS" | tail -1 | tr -d ' ')
t_check "1. the spool's file system is full (${avail} KiB free)" test "$avail" -lt 100
t_eq "1. copies while the daemon retried $(retries) times" 1 "$(copies)"
t_check "1. the daemon says why it holds back" grep -q 'sent but cannot be recorded' "$T/regbot.log"
t_check "1. the daemon is still running" t_alive "$PID"
kill -TERM "$PID" 2>/dev/null || true
wait_until 20 "the daemon to stop" t_gone "$PID" || t_notok "the daemon did not stop"

# ---- 2
for at in 2010-05-01T11:00:00+02:00 2010-05-01T12:00:00+02:00; do
	t_regbot "$CONF" --now "$at" once || true
done
t_eq "2. copies after two 'once' on the full disk" 1 "$(copies)"

# ---- 3
rm -f "$FS/fill"
rc=0
t_regbot "$CONF" --now 2010-05-01T13:00:00+02:00 once || rc=$?
t_eq "3. once with room again" 0 "$rc"
t_regbot "$CONF" --now 2010-05-01T14:00:00+02:00 once || true
n=$(copies)
t_check "3. at most one extra copy in all ($n)" test "$n" -le 2
t_eq "3. nothing pending" 0 "$(sqlite3 "$FS/spool/regbot.db" "select count(*) from outbox where status = 'pending'")"

[ "$T_FAILS" = 0 ] || t_show_log 60
t_done
