#!/usr/bin/env bash
# Installing and running as a service:
#  - `make install DESTDIR PREFIX` puts the binary, the templates, both man
#    pages, the example configuration (with absolute, installed paths) and
#    regbot@.service in place; the man pages render without warnings; the
#    unit passes `systemd-analyze verify` where systemd-analyze exists;
#  - `regbot --version` works; without --config the binary names the file
#    it looked for (/etc/regbot/...) and never reads the current directory;
#  - `regbot run` speaks systemd's notify protocol (READY=1, STATUS=,
#    WATCHDOG=1, STOPPING=1) to $NOTIFY_SOCKET, read here by a listener.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
ROOT=$T/root
# the binary under test, as it is: an install never rebuilds anything
out=$(make -s -C "$REGBOT_SRC" install INSTALL_BIN="$REGBOT" \
	DESTDIR="$ROOT" PREFIX=/usr 2>&1) || t_fatal "make install failed: $out"
for f in usr/bin/regbot usr/share/regbot/templates/nl/confirmation.txt \
	usr/share/regbot/templates/en/confirmation.txt \
	usr/share/man/man8/regbot.8 usr/share/man/man5/regbot.conf.5 \
	usr/share/doc/regbot/regbot.conf.example \
	usr/lib/systemd/system/regbot@.service; do
	t_check "installed $f" [ -s "$ROOT/$f" ]
done
t_check "the binary is executable" [ -x "$ROOT/usr/bin/regbot" ]
ex=$ROOT/usr/share/doc/regbot/regbot.conf.example
t_check "the example configuration uses the installed templates" \
	grep -qx 'templates = /usr/share/regbot/templates' "$ex"
t_check "the example configuration shows ca_file" grep -q '^;\? *ca_file' "$ex"

for m in "$ROOT"/usr/share/man/man8/regbot.8 "$ROOT"/usr/share/man/man5/regbot.conf.5; do
	w=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$m" 2>&1 >/dev/null)
	t_eq "$(basename "$m") renders without warnings" "" "$w"
done
unit=$ROOT/usr/lib/systemd/system/regbot@.service
for k in Type=notify ProtectSystem=strict NoNewPrivileges=yes PrivateTmp=yes \
	'CapabilityBoundingSet=' 'ReadWritePaths=/var/lib/regbot/%i'; do
	t_check "regbot@.service has $k" grep -qx "$k" "$unit"
done
t_check "regbot@.service starts regbot --instance %i" \
	grep -qx 'ExecStart=/usr/bin/regbot --instance %i --syslog run' "$unit"
if command -v systemd-analyze >/dev/null; then
	# the unit as it would run this build's binary
	sed "s|/usr/bin/regbot|$ROOT/usr/bin/regbot|" "$unit" >"$T/regbot@.service"
	v=$(systemd-analyze verify --man=no "$T/regbot@.service" 2>&1 |
		grep -v 'kill is not executable')
	t_eq "systemd-analyze verify regbot@.service" "" "$v"
else
	t_log "systemd-analyze is not installed: the unit is not verified"
fi

# --version; the configuration is never looked for in the current directory
v=$("$ROOT/usr/bin/regbot" --version 2>&1)
t_check "regbot --version ($v)" grep -qE '^regbot [0-9]+\.[0-9]+\.[0-9]+' <<<"$v"
mkdir -p "$T/cwd/config"
t_config "$T/cwd/config/regbot.conf"
rc=0
msg=$(cd "$T/cwd" && env -u REGBOT_CONFIG "$ROOT/usr/bin/regbot" list 2>&1) || rc=$?
t_eq "without --config: usage error, not the file in the current directory" 2 "$rc"
t_check "it names the file it looked for ($msg)" grep -q '/etc/regbot/regbot.conf' <<<"$msg"
rc=0
msg=$("$ROOT/usr/bin/regbot" --instance kursus list 2>&1) || rc=$?
t_check "--instance NAME means /etc/regbot/NAME.conf" grep -q '/etc/regbot/kursus.conf' <<<"$msg"
rc=0
REGBOT_CONFIG=$T/cwd/config/regbot.conf "$REGBOT" list >/dev/null 2>&1 || rc=$?
t_eq "\$REGBOT_CONFIG names the file" 0 "$rc"

# the notify protocol, read by a datagram listener
t_config "$T/regbot.conf"
sock=$T/notify.sock
python3 - "$sock" >"$T/notify.log" 2>&1 <<'PY' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(60)
while True:
    try:
        m = s.recv(4096).decode()
    except socket.timeout:
        break
    print(m.replace("\n", "|"), flush=True)
    if "STOPPING=1" in m:
        break
PY
lpid=$!
at_exit "kill $lpid 2>/dev/null"
wait_until 10 "the notify listener" test -S "$sock"
NOTIFY_SOCKET=$sock WATCHDOG_USEC=60000000 t_regbot_bg "$T/regbot.conf" --now "$T_NOW" run
pid=$T_BG_PID
connected() { grep -q 'STATUS=connected' "$T/notify.log"; }
wait_until 30 "STATUS=connected" connected
kill -TERM "$pid"
wait_until 30 "regbot run stops" t_gone "$pid"
wait "$lpid" 2>/dev/null
t_check "READY=1 sent" grep -q 'READY=1' "$T/notify.log"
t_check "STATUS says how it waits for mail" grep -q 'STATUS=connected; waiting for mail (IDLE)' "$T/notify.log"
t_check "WATCHDOG=1 sent" grep -q 'WATCHDOG=1' "$T/notify.log"
t_check "STOPPING=1 sent on SIGTERM" grep -q 'STOPPING=1' "$T/notify.log"
t_done
