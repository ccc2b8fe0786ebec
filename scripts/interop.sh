#!/usr/bin/env bash
# interop.sh — `make interop`: the reduced end-to-end scenario against real
# IMAP servers, and a results table.  Not part of `make check`.
#
#   scripts/interop.sh            all four servers, table on stdout and in
#                                 build/interop/results.md
#
# Servers, each private on 127.0.0.1 high ports:
#   - Dovecot (the installed package, tests/lib/servers.sh), default layout
#     (user robot: personal folders at the top level, separator '.');
#   - the same Dovecot with the Cyrus-style layout "INBOX." + "." (user
#     cyrusbot, as tests/integration/test_imap_namespace.sh);
#   - Cyrus IMAP from the Debian packages, downloaded with `apt-get download`
#     into build/interop/debs and unpacked with `dpkg-deb -x` (nothing is
#     installed: Cyrus conflicts with Dovecot as a package), without and
#     with its idled.  As root its master runs as nobody (setpriv); else
#     as the invoking user; in its own session (setsid).
#
# Per server: 10 registrations (5 municipality + 5 other, 3 + 3 seats) are
# delivered over LMTP, `regbot once` answers them (replies to smtp-sink)
# and moves them to the processed folder (processed = Verwerkt); then
# `regbot run` (poll_interval 600, so only IDLE or regbot's 4-minute NOOP
# check can find new mail) gets INTEROP_SAMPLES (3) more, one at a time,
# and the time from the start of each LMTP transaction to the reply in the
# sink is measured.
#
# Environment: REGBOT (default ./regbot), INTEROP_SAMPLES (3),
# INTEROP_DIR (build/interop), REGBOT_TEST_PORT_BASE (ports, as the tests),
# INTEROP_ONLY=TEXT runs only the servers whose label contains TEXT,
# INTEROP_KEEP=1 keeps the temp dir.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
REGBOT_TEST_KEEP=${INTEROP_KEEP:-0}
# shellcheck source=../tests/lib/regbot.sh
. "$ROOT/tests/lib/regbot.sh"

W=${INTEROP_DIR:-$ROOT/build/interop}
SAMPLES=${INTEROP_SAMPLES:-3}
RESULTS=$W/results.md
mkdir -p "$W"
W=$(cd "$W" && pwd)

log() { printf '[interop] %s\n' "$*" >&2; }
die() {
	log "FAILED: $*"
	exit 1
}

[ -x "$REGBOT" ] || die "no regbot binary at $REGBOT (make all)"
for b in python3 dpkg-deb apt-get smtp-sink dovecot; do
	command -v "$b" >/dev/null || die "'$b' not found (scripts/deps.sh)"
done

# ------------------------------------------------------------ Cyrus packages

# The binaries used, and the libraries (beyond what is installed) they need.
CYRUS_BINS="master imapd lmtpd idled ctl_cyrusdb"
# Linked only by cyr_virusscan and notifyd, which are not used.
CYRUS_SKIP_DEPS="libclamav12 libzephyr4"

_pkg_installed() {
	[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

cyrus_fetch() {
	local d=$W/debs p deps
	mkdir -p "$d"
	if ! ls "$d"/cyrus-common_*.deb "$d"/cyrus-imapd_*.deb >/dev/null 2>&1; then
		log "downloading cyrus-imapd and cyrus-common into $d"
		# apt-get download works as any user; as root it warns that _apt
		# cannot write here and downloads unsandboxed.
		(cd "$d" && apt-get download cyrus-imapd cyrus-common 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
			die "apt-get download cyrus-imapd cyrus-common failed (apt-get update?)"
	fi
	# Their library dependencies that are not installed (libxapian30 here).
	deps=$(for p in "$d"/cyrus-common_*.deb "$d"/cyrus-imapd_*.deb; do
		dpkg-deb -f "$p" Depends
	done | tr ',' '\n' | sed 's/|.*//; s/(.*//; s/:any//; s/ //g' | grep '^lib' | sort -u)
	for p in $deps; do
		case " $CYRUS_SKIP_DEPS " in *" $p "*) continue ;; esac
		_pkg_installed "$p" && continue
		ls "$d/${p}_"*.deb >/dev/null 2>&1 && continue
		log "downloading $p (needed by Cyrus, not installed)"
		(cd "$d" && apt-get download "$p" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
			die "apt-get download $p failed"
	done
}

# cyrus_unpack DIR: every downloaded package unpacked into DIR; checks that
# the binaries find all their libraries.
cyrus_unpack() {
	local r=$1 p b missing
	mkdir -p "$r"
	for p in "$W"/debs/*.deb; do dpkg-deb -x "$p" "$r"; done
	CYRUS_BIN=$r/usr/lib/cyrus/bin
	CYRUS_LIB=$r/usr/lib/x86_64-linux-gnu
	[ -d "$CYRUS_LIB" ] || CYRUS_LIB=$(dirname "$(find "$r/usr/lib" -name 'libcyrus.so.*' | head -1)")
	missing=$(for b in $CYRUS_BINS; do
		LD_LIBRARY_PATH=$CYRUS_LIB ldd "$CYRUS_BIN/$b" 2>&1 | grep 'not found' || true
	done | sort -u)
	[ -z "$missing" ] || die "Cyrus needs libraries that are neither installed nor downloaded: $missing"
}

# ------------------------------------------------------------ Cyrus instance

CY_PID=""
# cyrus_start DIR IMAP_PORT LMTP_PORT IDLED(0|1)
cyrus_start() {
	local d=$1 imap=$2 lmtp=$3 idled=$4 user group idledline=""
	# The sockets stay at their defaults, {configdirectory}/socket/: an
	# imapd or lmtpd binds its own end for idled's messages there
	# (socket/idle.PID) whatever idlesocket says; without that directory
	# each logs "bind: No such file or directory" and IDLE falls back to
	# polling every imapidlepoll (60 s).
	mkdir -p "$d/config/socket" "$d/spool" "$d/run/proc" "$d/run/lock"
	if _srv_is_root; then
		user=nobody group=nogroup
	else
		user=$(id -un) group=$(id -gn)
	fi
	# The Debian imapd.conf's settings with every path private.  Without
	# cyrus_user, master looks up the compiled-in user "cyrus", which
	# exists only when cyrus-common is installed, and exits 71 (EX_OSERR)
	# with nothing but a syslog line.  Passwords: alwaystrue (test only).
	cat >"$d/imapd.conf" <<CONF
configdirectory: $d/config
defaultpartition: default
partition-default: $d/spool
proc_path: $d/run/proc
mboxname_lockpath: $d/run/lock
cyrus_user: $user
cyrus_group: $group
altnamespace: no
unixhierarchysep: no
lmtp_downcase_rcpt: yes
autocreate_quota: 0
autocreate_post: 1
allowplaintext: yes
sasl_pwcheck_method: alwaystrue
sasl_mech_list: PLAIN LOGIN
hashimapspool: true
umask: 077
CONF
	[ "$idled" = 1 ] && idledline="idled cmd=\"$CYRUS_BIN/idled -C $d/imapd.conf\""
	cat >"$d/cyrus.conf" <<CONF
START {
  recover cmd="$CYRUS_BIN/ctl_cyrusdb -C $d/imapd.conf -r"
  $idledline
}
SERVICES {
  imap cmd="$CYRUS_BIN/imapd -C $d/imapd.conf" listen="127.0.0.1:$imap" prefork=0 maxchild=20
  lmtp cmd="$CYRUS_BIN/lmtpd -C $d/imapd.conf -a" listen="127.0.0.1:$lmtp" prefork=0 maxchild=10
}
EVENTS {
  checkpoint cmd="$CYRUS_BIN/ctl_cyrusdb -C $d/imapd.conf -c" period=30
}
CONF
	# Its own session: on SIGTERM master signals its whole process group,
	# which would otherwise be this script (when it runs as the same user).
	local run=(setsid env "LD_LIBRARY_PATH=$CYRUS_LIB")
	if _srv_is_root; then
		_srv_make_reachable "$d" || return 1
		chown -R nobody:nogroup "$d"
		run=(setpriv --reuid nobody --regid nogroup --clear-groups "${run[@]}")
	fi
	# -D: in the foreground with stderr kept (there is no syslog here).
	"${run[@]}" "$CYRUS_BIN/master" -D -C "$d/imapd.conf" -M "$d/cyrus.conf" \
		-p "$d/run/master.pid" </dev/null >"$d/master.log" 2>&1 &
	CY_PID=$!
	CY_PORT_IMAP=$imap
	CY_PORT_LMTP=$lmtp
	wait_until 20 "Cyrus IMAP and LMTP listening" _cy_listening || {
		cat "$d/master.log" >&2
		cyrus_stop
		return 1
	}
	if [ "$idled" = 1 ]; then
		wait_until 10 "idled's socket" test -S "$d/config/socket/idle" || {
			cyrus_stop
			return 1
		}
	fi
}
_cy_listening() {
	kill -0 "$CY_PID" 2>/dev/null || return 1
	_srv_port_open "$CY_PORT_IMAP" && _srv_port_open "$CY_PORT_LMTP"
}
cyrus_stop() {
	[ -n "$CY_PID" ] || return 0
	kill -TERM "$CY_PID" 2>/dev/null || true
	_srv_wait_gone 20 "$CY_PID"
	wait "$CY_PID" 2>/dev/null || true
	CY_PID=""
}

# ------------------------------------------------------------ IMAP/LMTP tool

cat_tool() {
	cat >"$TOOL" <<'PY'
import email.utils, imaplib, re, smtplib, sys
cmd = sys.argv[1]
if cmd == "lmtp":                    # lmtp PORT RCPT FILE...: prints when
    import time                      # the last one's MAIL FROM went out
    port, rcpt = int(sys.argv[2]), sys.argv[3]
    l = smtplib.LMTP("127.0.0.1", port)
    for f in sys.argv[4:]:
        data = open(f, "rb").read()
        m = re.search(rb"^From:(.*)$", data, re.M | re.I)
        frm = email.utils.parseaddr(m.group(1).decode("latin-1"))[1] if m else ""
        start = time.time()
        l.sendmail(frm, [rcpt], data)
    l.quit()
    print("%.3f" % start)
elif cmd == "count":                 # count PORT USER PASS MAILBOX
    m = imaplib.IMAP4("127.0.0.1", int(sys.argv[2]))
    m.login(sys.argv[3], sys.argv[4])
    typ, d = m.status(sys.argv[5], "(MESSAGES)")
    n = re.search(rb"MESSAGES (\d+)", d[0] or b"") if typ == "OK" else None
    print(int(n.group(1)) if n else 0)
    m.logout()
elif cmd == "greeting":              # greeting PORT
    m = imaplib.IMAP4("127.0.0.1", int(sys.argv[2]))
    print(m.welcome.decode("utf-8", "replace"))
    m.logout()
PY
}
tool() { python3 "$TOOL" "$@"; }

# ------------------------------------------------------------ the scenario

# participants answered (the organiser's digest does not count)
answered() { t_sink_summary "$1" | grep -vc '^organiser' || true; }
_answered_ge() { [ "$(answered "$1")" -ge "$2" ]; }

ROWS=()
FAILED=0
# scenario LABEL VERSION IMAP_PORT LMTP_PORT USER PASS
scenario() {
	local label=$1 version=$2 imap=$3 lmtp=$4 user=$5 pass=$6
	case $label in *"${INTEROP_ONLY:-}"*) ;; *) return 0 ;; esac
	local d=$T/run-$((${#ROWS[@]} + 1)) conf out ns folder rc i t0 t1 times=() mails
	mkdir -p "$d"
	log "$label ($version): IMAP $imap, LMTP $lmtp, user $user"
	smtp_sink_start "$d/sink" "$SRV_SINK_PORT" || die "smtp-sink did not start"
	conf=$d/regbot.conf
	SRV_IMAP_PORT=$imap CFG_SPOOL=$d/spool CFG_SMTP_PORT=$SRV_SINK_PORT \
		CFG_SEATS_GEMEENTE=3 CFG_SEATS_ORG=3 CFG_POLL=600 t_config "$conf"
	sed -i "s/^user = robot\$/user = $user/; s|^password_file = .*|password_file = $d/imap.secret|" "$conf"
	printf '%s\n' "$pass" >"$d/imap.secret"
	chmod 600 "$d/imap.secret"

	mkmail_batch "$d/mails" 5 5 1 || die "mkmail"
	mapfile -t files < <(t_manifest_files "$d/mails/manifest.tsv")
	tool lmtp "$lmtp" "$user" "${files[@]}" >/dev/null || die "$label: LMTP delivery failed"

	out=$(timeout 30 "$REGBOT" --config "$conf" check-config --connect 2>&1) || true
	printf '%s\n' "$out" >"$d/check-config.txt"
	ns=$(sed -n "s/^ *personal namespace: prefix \('[^']*'\), separator \(.*\)$/\1 + \2/p" <<<"$out" | head -1)
	folder=$(sed -n 's/^ *processed folder: \([^ ]*\) .*/\1/p' <<<"$out" | head -1)
	[ -n "$folder" ] || {
		printf '%s\n' "$out" >&2
		die "$label: check-config --connect did not name the processed folder"
	}

	T=$d
	rc=0
	t_regbot "$conf" --now "$T_NOW" once || rc=$?
	local once_ok=yes
	[ "$rc" = 0 ] && [ "$(answered "$d/sink")" = 10 ] &&
		[ "$(tool count "$imap" "$user" "$pass" INBOX)" = 0 ] || once_ok="NO (exit $rc)"

	t_regbot_bg "$conf" --now "$T_NOW" run
	local pid=$T_BG_PID
	sleep 2
	for ((i = 1; i <= SAMPLES; i++)); do
		mkmail_batch "$d/more$i" 0 1 $((100 + i)) || die "mkmail"
		# From the LMTP transaction's MAIL FROM (Cyrus answers its final
		# 250 only after it has told idled, so the reply can come first)
		# to smtp-sink's file (its mtime).
		t0=$(tool lmtp "$lmtp" "$user" "$d/more$i/001.eml") || die "$label: LMTP delivery failed"
		if wait_until 300 "reply $i" _answered_ge "$d/sink" $((10 + i)); then
			t1=$(find "$d/sink" -maxdepth 1 -type f -printf '%T@\n' | sort -n | tail -1)
			times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')")
			log "$label: reply $i after ${times[-1]} s"
		else
			times+=(">300")
			log "$label: no reply $i within 300 s"
		fi
	done
	kill -TERM "$pid" 2>/dev/null || true
	wait_until 15 "regbot run to stop" t_gone "$pid" || kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	smtp_sink_stop

	local inbox proc total=$((10 + SAMPLES))
	inbox=$(tool count "$imap" "$user" "$pass" INBOX)
	proc=$(tool count "$imap" "$user" "$pass" "$folder")
	mails="$(answered "$d/sink")/$total answered, $proc in $folder, $inbox left in INBOX"
	if [ "$once_ok" != yes ] || [ "$proc" != "$total" ] || [ "$(answered "$d/sink")" != "$total" ]; then
		FAILED=1
		mails="$mails (once: $once_ok)"
		tail -n 30 "$d/regbot.log" >&2
	fi
	ROWS+=("| $label | $version | ${ns:-?} | $folder | $mails | $(
		IFS=' '
		echo "${times[*]}"
	) s |")
}

# ------------------------------------------------------------ main

T=$(mktemp -d "${TMPDIR:-/tmp}/regbot-interop.XXXXXX")
TOP=$T
[ "$REGBOT_TEST_KEEP" = 1 ] || at_exit "rm -rf '$TOP'"
TOOL=$TOP/tool.py
cat_tool

cyrus_fetch
cyrus_unpack "$T/cyrus-root"

servers_pick_ports
at_exit cyrus_stop
at_exit "servers_stop '$TOP/servers'"
servers_start "$TOP/servers" || die "Dovecot did not start"
at_exit smtp_sink_stop
at_exit _t_kill_bg
dv_version="Dovecot $(dovecot --version | cut -d' ' -f1)"
servers_add_cyrus_user cyrusbot cyrusbotpw

scenario "Dovecot, default layout" "$dv_version" "$SRV_IMAP_PORT" "$SRV_LMTP_PORT" robot robotpw
T=$TOP
scenario "Dovecot, INBOX. layout" "$dv_version" "$SRV_IMAP_PORT" "$SRV_LMTP_PORT" cyrusbot cyrusbotpw
T=$TOP

# Cyrus on the two ports after the test stack's (base+8, base+9).
CY_IMAP=$((REGBOT_TEST_PORT_BASE + 8))
CY_LMTP=$((REGBOT_TEST_PORT_BASE + 9))
for p in "$CY_IMAP" "$CY_LMTP"; do
	_srv_port_open "$p" && die "127.0.0.1:$p is in use (set REGBOT_TEST_PORT_BASE)"
done
for idled in 0 1; do
	cyrus_start "$TOP/cyrus$idled" "$CY_IMAP" "$CY_LMTP" "$idled" || die "Cyrus did not start"
	cy_version=$(tool greeting "$CY_IMAP" | sed -n 's/.*Cyrus IMAP \([0-9.]*\)-\(Debian-\)\{0,1\}\([^ ]*\) server.*/Cyrus IMAP \1 (Debian \3)/p')
	[ "$idled" = 1 ] && label="Cyrus, with idled" || label="Cyrus, without idled"
	scenario "$label" "${cy_version:-Cyrus IMAP ?}" "$CY_IMAP" "$CY_LMTP" cyrusbot cyrusbotpw
	T=$TOP
	cyrus_stop
done

{
	echo "| server | version | personal namespace | processed folder | mails handled | delivery to reply under \`regbot run\` (IDLE) |"
	echo "| --- | --- | --- | --- | --- | --- |"
	printf '%s\n' "${ROWS[@]}"
} >"$RESULTS"
echo
cat "$RESULTS"
log "table written to $RESULTS"
[ "$FAILED" = 0 ] || die "a scenario did not handle every mail"
