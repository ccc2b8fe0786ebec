#!/usr/bin/env bash
# --syslog without a reachable syslog (issue 10): regbot says so on stderr
# and logs there instead of losing every line (glibc's syslog() drops
# messages nobody receives).  Where /dev/log exists, the test hides it in
# a private mount namespace (unshare -m, as root) or is skipped.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
t_config "$T/c.conf"
cat >"$T/m.eml" <<'MAIL'
From: Deelnemer Syslog <syslog@example.org>
To: robot@regbot.test
Message-ID: <syslog-1@example.org>
Subject: Aanmelding

Naam: Deelnemer Syslog
Organisatie: Stichting Voorbeeld
MAIL

run() {
	timeout -k 5 60 "$REGBOT" --syslog --config "$T/c.conf" --now "$T_NOW" \
		ingest "$T/m.eml" </dev/null >"$T/out" 2>&1
}
rc=0
if [ ! -e /dev/log ]; then
	run || rc=$?
elif [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
	export -f run
	export REGBOT T T_NOW
	unshare -m bash -c 'mount --bind /dev/null /dev/log && run' || rc=$?
else
	t_log "skipped: /dev/log exists and cannot be hidden without root"
	t_ok "skipped"
	t_done
fi
sed 's/^/    | /' "$T/out"
t_eq "ingest --syslog without syslog exits" 0 "$rc"
t_check "it says syslog is unreachable and it logs to stderr" \
	grep -q -- "--syslog: no syslog at /dev/log.*logging to stderr" "$T/out"
t_check "the log lines follow on stderr" \
	grep -q "<syslog-1@example.org>: info: registered" "$T/out"

t_done
