# shellcheck shell=bash
# servers.sh — private mail servers on loopback for regbot's tests and demo.
#
# Source it from bash.  It starts, from one directory DIR:
#   - Dovecot 2.3 (DIR/dovecot): IMAP with IDLE (+ STARTTLS, self-signed
#     certificate DIR/cert.pem with SAN IP:127.0.0.1 and DNS:localhost),
#     LMTP, passwd-file users, maildir under DIR/dovecot/home/USER/Maildir;
#   - Postfix 3.7 (DIR/postfix) on the SMTP port, relaying every recipient
#     to that Dovecot over LMTP.  Postfix only runs as root; as an ordinary
#     user a small Perl SMTP->LMTP relay (DIR/relay) takes its place.
#   - on request, smtp-sink (capture and fault injection).
#
# Ports come from REGBOT_TEST_PORT_BASE (default 20140):
#   IMAP = base+3, LMTP = base+4, SMTP = base+5, smtp-sink = base+6.
# servers_pick_ports moves them up to a free set; servers_set_ports BASE.
#
# Functions (all return non-zero with a message on stderr on failure):
#   servers_start DIR            start Dovecot + Postfix, write DIR/servers.env
#   servers_stop DIR             stop both, wait until the processes are gone
#   servers_use DIR              adopt a stack another process started
#   servers_running [DIR]        0 when the stack's master processes are alive
#   servers_reset                empty every mailbox and the Postfix queue
#   servers_add_user NAME PASS   add an IMAP/LMTP user (idempotent)
#   servers_add_cyrus_user NAME PASS   the same, with Cyrus's folder layout
#                                (personal namespace "INBOX.", separator ".")
#   servers_wait_queue [SECS]    wait until Postfix has delivered everything
#   send_mail FILE RCPT          submit FILE over SMTP (swaks), envelope
#                                sender taken from the message's From:
#   send_mails RCPT FILE...      many messages in one raw SMTP session
#   deliver_direct USER FILE...  put messages straight into USER's INBOX
#   mailbox_count USER MAILBOX   number of messages (0 if it does not exist)
#   mailbox_fetch_headers USER MAILBOX HEADER [HEADER...]
#                                one line per message: the headers' values
#                                (tab-separated), via doveadm -c
#   maildir_count USER           messages in all of USER's folders (fast,
#                                reads the maildir directly)
#   smtp_sink_start DIR PORT [smtp-sink flags...]   one file per message
#                                in DIR (X-Rcpt-Args: header, then the mail)
#   smtp_sink_stop
#   at_exit CMD...               run CMD on exit (EXIT/INT/TERM), LIFO
#   wait_until SECS DESC CMD...  poll CMD every 0.2 s, fail after SECS
#
# Nothing here hard-codes a path of the machine: binaries are looked up in
# PATH (plus /usr/sbin and /sbin, where Debian puts dovecot and postfix).

PATH=$PATH:/usr/sbin:/sbin

# servers_set_ports BASE: IMAP, LMTP, SMTP and sink ports from BASE.
servers_set_ports() {
	REGBOT_TEST_PORT_BASE=$1
	SRV_IMAP_PORT=$((REGBOT_TEST_PORT_BASE + 3))
	SRV_LMTP_PORT=$((REGBOT_TEST_PORT_BASE + 4))
	SRV_SMTP_PORT=$((REGBOT_TEST_PORT_BASE + 5))
	SRV_SINK_PORT=$((REGBOT_TEST_PORT_BASE + 6))
	SRV_IMAPS_PORT=$((REGBOT_TEST_PORT_BASE + 7))
}
servers_set_ports "${REGBOT_TEST_PORT_BASE:-20140}"
SRV_DIR=${SRV_DIR:-}

# servers_pick_ports: from the current base upwards in steps of 100, the
# first whose four ports are all free (another stack may be running).
servers_pick_ports() {
	local b=$REGBOT_TEST_PORT_BASE i p busy
	for ((i = 0; i < 20; i++, b += 100)); do
		busy=0
		for p in 3 4 5 6 7; do
			if _srv_port_open $((b + p)); then busy=1; fi
		done
		if [ "$busy" = 0 ]; then
			servers_set_ports "$b"
			return 0
		fi
	done
	echo "servers: no free ports from $REGBOT_TEST_PORT_BASE on" >&2
	return 1
}

# ---------------------------------------------------------------- cleanup

_AT_EXIT=()
_at_exit_run() {
	local rc=$? i
	trap - EXIT INT TERM
	for ((i = ${#_AT_EXIT[@]} - 1; i >= 0; i--)); do
		eval "${_AT_EXIT[i]}" || true
	done
	_AT_EXIT=()
	return $rc
}
# at_exit CMD...: CMD (one shell word list, eval'd) runs when the shell
# exits, also on INT/TERM; the most recently added runs first.
at_exit() {
	_AT_EXIT+=("$*")
	trap '_at_exit_run' EXIT
	trap '_at_exit_run; exit 130' INT
	trap '_at_exit_run; exit 143' TERM
}

# wait_until SECS DESCRIPTION CMD...: bounded poll.
wait_until() {
	local secs=$1 what=$2
	shift 2
	local end=$((SECONDS + secs))
	while ! "$@"; do
		if ((SECONDS >= end)); then
			echo "timeout after ${secs}s waiting for: $what" >&2
			return 1
		fi
		sleep 0.2
	done
}

# _srv_wait_gone SECS PID...: wait until the processes have exited; SIGKILL
# them (and their children) after SECS.
_srv_wait_gone() {
	local secs=$1 p c
	shift
	local end=$((SECONDS + secs))
	for p in "$@"; do
		while kill -0 "$p" 2>/dev/null; do
			if ((SECONDS >= end)); then
				echo "servers: pid $p did not exit in ${secs}s, killing" >&2
				for c in $(ps -o pid= --ppid "$p" 2>/dev/null); do
					kill -KILL "$c" 2>/dev/null || true
				done
				kill -KILL "$p" 2>/dev/null || true
				sleep 0.2
				break
			fi
			sleep 0.05
		done
	done
}

# A TCP port is listening (read from /proc: connecting to probe would make
# smtp-sink die of SIGPIPE on its greeting, and fills the servers' logs).
_srv_port_open() {
	local hex
	hex=$(printf ':%04X ' "$1")
	awk -v p="$hex" '$4 == "0A" && index($2 " ", p) { f = 1 } END { exit !f }' \
		/proc/net/tcp /proc/net/tcp6 2>/dev/null
}
_srv_port_closed() { ! _srv_port_open "$1"; }

_srv_need() {
	local b
	for b in "$@"; do
		command -v "$b" >/dev/null 2>&1 && continue
		echo "servers: '$b' not found; run scripts/deps.sh as root" >&2
		return 1
	done
}

_srv_is_root() { [ "$(id -u)" = 0 ]; }

# As root, Dovecot's and Postfix's unprivileged processes must reach DIR:
# make DIR and its ancestors inside the temp dir (mktemp -d makes them
# 0700) traversable; refuse an ancestor elsewhere that others cannot enter.
_srv_make_reachable() {
	local d=$1 tmp a
	chmod 755 "$d" || return 1
	_srv_is_root || return 0
	tmp=$(cd "${TMPDIR:-/tmp}" && pwd -P)
	a=$(cd "$d/.." && pwd -P)
	while [ "$a" != / ] && [ "$a" != "$tmp" ]; do
		case $a in
		"$tmp"/*) chmod a+x "$a" ;;
		*)
			if ! find "$a" -maxdepth 0 -perm -0001 | grep -q .; then
				echo "servers: $a is not searchable by the mail daemons'" \
					"users; put the stack under ${TMPDIR:-/tmp}" >&2
				return 1
			fi
			;;
		esac
		a=$(dirname "$a")
	done
}

# ---------------------------------------------------------------- Dovecot

_srv_gen_cert() {
	local d=$1
	[ -s "$d/cert.pem" ] && return 0
	openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=localhost \
		-addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
		-keyout "$d/key.pem" -out "$d/cert.pem" 2>/dev/null || {
		echo "servers: openssl could not make a certificate" >&2
		return 1
	}
	chmod 600 "$d/key.pem"
}

_srv_gen_dovecot() {
	local d=$1 dv=$1/dovecot priv chroot=""
	mkdir -p "$dv/run" "$dv/home"
	if _srv_is_root; then
		# Dovecot refuses uid/gid 0 for login and mail processes.
		priv="default_internal_user = dovecot
default_login_user = dovenull
mail_uid = nobody
mail_gid = nogroup"
		chown nobody:nogroup "$dv/home"
	else
		priv="default_internal_user = $(id -un)
default_internal_group = $(id -gn)
default_login_user = $(id -un)
first_valid_uid = $(id -u)
first_valid_gid = $(id -g)
service anvil {
  chroot =
}"
		chroot="chroot ="
	fi
	printf 'robot:{PLAIN}robotpw\norganiser:{PLAIN}organiserpw\n' >"$dv/users"
	: >"$dv/userdb-layout"
	cat >"$dv/dovecot.conf" <<CONF
# Generated by tests/lib/servers.sh: a private instance on loopback.
base_dir = $dv/run
state_dir = $dv/run/state
instance_name = regbot-test-$SRV_IMAP_PORT
listen = 127.0.0.1
protocols = imap lmtp
log_path = $dv/dovecot.log
ssl = yes
ssl_cert = <$d/cert.pem
ssl_key = <$d/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Ln
$priv
mail_location = maildir:~/Maildir
mail_max_userip_connections = 50
passdb {
  driver = passwd-file
  args = $dv/users
}
# Named so a user can get another layout (servers_add_cyrus_user).
namespace inbox {
  inbox = yes
}
userdb {
  driver = passwd-file
  args = $dv/userdb-layout
}
userdb {
  driver = static
  # Every recipient exists for LMTP: Dovecot rereads the passwd-file
  # at most once a second, so a user added in the second of an earlier
  # lookup was unknown and their mail bounced with 550.  Logins still
  # need the passdb.
  args = allow_all_users=yes home=$dv/home/%u
}
service imap-login {
  $chroot
  inet_listener imap {
    port = $SRV_IMAP_PORT
  }
  inet_listener imaps {
    port = $SRV_IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    port = $SRV_LMTP_PORT
  }
}
CONF
}

# ---------------------------------------------------------------- Postfix

_srv_gen_postfix() {
	local pf=$1/postfix
	mkdir -p "$pf/etc" "$pf/spool" "$pf/data"
	chown postfix "$pf/data"
	cat >"$pf/etc/main.cf" <<CF
# Generated by tests/lib/servers.sh: relays everything to Dovecot LMTP.
compatibility_level = 3.6
queue_directory = $pf/spool
data_directory = $pf/data
maillog_file_prefixes = $pf
maillog_file = $pf/maillog
myhostname = mx.regbot.test
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
mydestination =
alias_maps =
alias_database =
local_recipient_maps =
smtpd_relay_restrictions = permit_mynetworks, reject
default_transport = lmtp:inet:127.0.0.1:$SRV_LMTP_PORT
relay_transport = lmtp:inet:127.0.0.1:$SRV_LMTP_PORT
disable_dns_lookups = yes
smtp_host_lookup = native
lmtp_host_lookup = native
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 5s
bounce_queue_lifetime = 0
smtpd_tls_security_level = may
smtpd_tls_cert_file = $1/cert.pem
smtpd_tls_key_file = $1/key.pem
CF
	cat >"$pf/etc/master.cf" <<CF
127.0.0.1:$SRV_SMTP_PORT inet n - n - - smtpd
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
smtp      unix - - n - - smtp
relay     unix - - n - - smtp
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
lmtp      unix - - n - - lmtp
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
tlsmgr    unix - - n 1000? 1 tlsmgr
CF
}

# ------------------------------------------ rootless SMTP -> LMTP relay

# Postfix refuses to run as anyone but root.  As an ordinary user this relay
# stands in for it: SMTP in on the SMTP port (STARTTLS with DIR/cert.pem
# when IO::Socket::SSL is installed), each transaction passed through
# synchronously to Dovecot's LMTP (RCPT and end-of-data replies are
# Dovecot's own).  No queue: what is accepted is delivered.
_srv_gen_relay() {
	cat >"$1/relay.pl" <<'PERL'
use strict; use warnings; use IO::Socket::INET;
my ($smtp, $lmtp, $log, $cert, $key) = @ARGV;
# STARTTLS when IO::Socket::SSL (libio-socket-ssl-perl) is there.
my $tls = $cert && eval { require IO::Socket::SSL; 1 };
$SIG{CHLD} = 'IGNORE';
$SIG{TERM} = sub { exit 0 };
my $srv = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $smtp,
    Listen => 64, ReuseAddr => 1) or die "relay: listen $smtp: $!\n";
open(my $lf, '>>', $log) or die; select((select($lf), $| = 1)[0]);
while (1) {
    my $c = $srv->accept or next;
    my $pid = fork;
    if (!defined $pid) { close $c; next }
    if ($pid) { close $c; next }
    close $srv; $SIG{TERM} = 'DEFAULT'; alarm 300;
    session($c); exit 0;
}
sub rd { my $s = shift; my $l = <$s>; $l =~ s/\r?\n\z// if defined $l; $l }
sub lreply { my $s = shift; my ($l, @all);
    do { $l = rd($s); return "421 4.4.2 LMTP connection lost" unless defined $l;
         push @all, $l } while ($l =~ /^\d{3}-/); return $all[-1] }
sub session {
    my $c = shift; $c->autoflush(1);
    my $out = sub { print $c "$_[0]\r\n" };
    my ($l, $from, @rcpt);
    $out->("220 relay.regbot.test ESMTP test relay");
    while (defined(my $cmd = rd($c))) {
        if ($cmd =~ /^(EHLO|HELO)\b/i) {
            my $st = ($tls && ref($c) !~ /SSL/) ? "250-STARTTLS\r\n" : "";
            $out->(uc($1) eq 'EHLO' ? "250-relay.regbot.test\r\n${st}250-8BITMIME\r\n250 SIZE 20480000"
                                    : "250 relay.regbot.test");
        } elsif ($cmd =~ /^STARTTLS\b/i && $tls && ref($c) !~ /SSL/) {
            $out->("220 2.0.0 ready to start TLS");
            IO::Socket::SSL->start_SSL($c, SSL_server => 1, SSL_cert_file => $cert,
                SSL_key_file => $key) or last;
            $c->autoflush(1); ($from, @rcpt) = (); if ($l) { $l->close; undef $l }
        } elsif ($cmd =~ /^MAIL FROM:\s*<([^>]*)>/i) {
            $l->close if $l;
            $l = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $lmtp);
            unless ($l) { $out->("451 4.4.1 LMTP unavailable"); next }
            $l->autoflush(1); lreply($l); print $l "LHLO relay.regbot.test\r\n"; lreply($l);
            print $l "MAIL FROM:<$1>\r\n"; my $r = lreply($l);
            ($from, @rcpt) = ($1);
            $out->($r);
        } elsif ($cmd =~ /^RCPT TO:\s*<([^>]*)>/i) {
            unless ($l) { $out->("503 5.5.1 MAIL first"); next }
            print $l "RCPT TO:<$1>\r\n"; my $r = lreply($l);
            push @rcpt, $1 if $r =~ /^2/;
            print $lf "from=<$from> to=<$1>: $r\n";
            $out->($r);
        } elsif ($cmd =~ /^DATA\b/i) {
            unless ($l && @rcpt) { $out->("503 5.5.1 no valid recipients"); next }
            print $l "DATA\r\n"; my $r = lreply($l);
            if ($r !~ /^3/) { $out->($r); next }
            $out->("354 go ahead");
            while (defined(my $d = rd($c))) {
                print $l "$d\r\n"; last if $d eq '.';
            }
            my $final = "250 2.0.0 delivered";
            for (@rcpt) { my $x = lreply($l); $final = $x if $x !~ /^2/ }
            print $lf "from=<$from> data: $final\n";
            $out->($final);
            print $l "QUIT\r\n"; $l->close; undef $l; @rcpt = ();
        } elsif ($cmd =~ /^RSET\b/i) {
            if ($l) { print $l "QUIT\r\n"; $l->close; undef $l }
            @rcpt = (); $out->("250 2.0.0 ok");
        } elsif ($cmd =~ /^NOOP\b/i) { $out->("250 2.0.0 ok");
        } elsif ($cmd =~ /^QUIT\b/i) { $out->("221 2.0.0 bye"); last;
        } else { $out->("502 5.5.2 command not implemented") }
    }
    close $c;
}
PERL
}

# ---------------------------------------------------------------- stack

# servers_start DIR: start Dovecot and Postfix (or the relay) from DIR.
servers_start() {
	local d
	[ -n "${1:-}" ] || {
		echo "usage: servers_start DIR" >&2
		return 2
	}
	mkdir -p "$1" && d=$(cd "$1" && pwd) || return 1
	_srv_need dovecot doveadm openssl swaks || return 1
	if _srv_is_root; then _srv_need postfix postsuper || return 1; else _srv_need perl || return 1; fi
	local p
	for p in "$SRV_IMAP_PORT" "$SRV_LMTP_PORT" "$SRV_SMTP_PORT"; do
		if _srv_port_open "$p"; then
			echo "servers: 127.0.0.1:$p is already in use (another stack?" \
				"set REGBOT_TEST_PORT_BASE)" >&2
			return 1
		fi
	done
	_srv_make_reachable "$d" || return 1
	_srv_gen_cert "$d" || return 1
	_srv_gen_dovecot "$d"
	dovecot -c "$d/dovecot/dovecot.conf" 2>"$d/dovecot/start.err" || {
		echo "servers: dovecot failed to start:" >&2
		cat "$d/dovecot/start.err" "$d/dovecot/dovecot.log" >&2 2>/dev/null
		return 1
	}
	local mode relay_pid=""
	if _srv_is_root; then
		mode=postfix
		_srv_gen_postfix "$d"
		if ! postfix -c "$d/postfix/etc" start >"$d/postfix/start.log" 2>&1; then
			echo "servers: postfix failed to start; its own words:" >&2
			script -qc "postfix -c '$d/postfix/etc' check" /dev/null >&2 || true
			cat "$d/postfix/start.log" "$d/postfix/maillog" >&2 2>/dev/null
			servers_stop "$d"
			return 1
		fi
	else
		mode=relay
		mkdir -p "$d/relay"
		_srv_gen_relay "$d/relay"
		perl "$d/relay/relay.pl" "$SRV_SMTP_PORT" "$SRV_LMTP_PORT" \
			"$d/relay/relay.log" "$d/cert.pem" "$d/key.pem" \
			</dev/null >>"$d/relay/relay.log" 2>&1 &
		relay_pid=$!
		echo "$relay_pid" >"$d/relay/relay.pid"
	fi
	cat >"$d/servers.env" <<ENV
SRV_DIR=$d
SRV_MODE=$mode
SRV_IMAP_PORT=$SRV_IMAP_PORT
SRV_LMTP_PORT=$SRV_LMTP_PORT
SRV_SMTP_PORT=$SRV_SMTP_PORT
SRV_SINK_PORT=$SRV_SINK_PORT
SRV_IMAPS_PORT=$SRV_IMAPS_PORT
ENV
	servers_use "$d" || return 1
	if ! wait_until 20 "IMAP, LMTP and SMTP listening" _srv_all_listening; then
		servers_stop "$d"
		return 1
	fi
}

_srv_all_listening() {
	_srv_port_open "$SRV_IMAP_PORT" && _srv_port_open "$SRV_LMTP_PORT" &&
		_srv_port_open "$SRV_SMTP_PORT"
}

# servers_use DIR: adopt the stack in DIR (ports, paths) in this shell.
servers_use() {
	[ -f "$1/servers.env" ] || {
		echo "servers: no stack in $1" >&2
		return 1
	}
	# shellcheck disable=SC1091
	. "$1/servers.env"
	SRV_DOVECOT_CONF=$SRV_DIR/dovecot/dovecot.conf
	SRV_HOME=$SRV_DIR/dovecot/home
	export SRV_DIR SRV_MODE SRV_IMAP_PORT SRV_LMTP_PORT SRV_SMTP_PORT \
		SRV_SINK_PORT SRV_IMAPS_PORT SRV_DOVECOT_CONF SRV_HOME
}

_srv_pids() {
	local d=$1 p
	for p in dovecot/run/master.pid postfix/spool/pid/master.pid relay/relay.pid; do
		[ -f "$d/$p" ] && tr -dc '0-9\n' <"$d/$p" 2>/dev/null | grep -m1 .
	done
	return 0
}

# servers_running [DIR]: the stack's master processes are all alive.
servers_running() {
	local d=${1:-$SRV_DIR} p n=0
	[ -n "$d" ] && [ -f "$d/servers.env" ] || return 1
	for p in $(_srv_pids "$d"); do
		kill -0 "$p" 2>/dev/null || return 1
		n=$((n + 1))
	done
	[ "$n" -ge 2 ]
}

# servers_stop DIR: stop everything started from DIR and wait for it.
servers_stop() {
	local d=${1:-$SRV_DIR} pids p
	[ -n "$d" ] && [ -d "$d" ] || return 0
	smtp_sink_stop
	pids=$(_srv_pids "$d")
	# Both masters at once: Dovecot takes ~2.5 s, Postfix ~2 s to go.
	for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
	# shellcheck disable=SC2086
	_srv_wait_gone 20 $pids
	rm -f "$d/relay/relay.pid"
}

# servers_add_user NAME PASSWORD: add (or keep) an IMAP/LMTP user.
servers_add_user() {
	local u=${1,,} pw=$2 f=$SRV_DIR/dovecot/users
	[ -n "$u" ] && [ -n "$pw" ] || {
		echo "usage: servers_add_user NAME PASSWORD" >&2
		return 2
	}
	grep -q "^$u:" "$f" 2>/dev/null && return 0
	printf '%s:{PLAIN}%s\n' "$u" "$pw" >>"$f"
}

# servers_add_cyrus_user NAME PASSWORD: a user whose personal folders
# live under "INBOX." with "." as separator, as on Cyrus and Courier
# (NAMESPACE (("INBOX." "."))), via a userdb override of namespace inbox.
servers_add_cyrus_user() {
	local u=${1,,} f=$SRV_DIR/dovecot/userdb-layout
	servers_add_user "$u" "$2" || return 1
	grep -q "^$u:" "$f" 2>/dev/null && return 0
	printf '%s:::::%s::userdb_namespace/inbox/prefix=INBOX. userdb_namespace/inbox/separator=.\n' \
		"$u" "$SRV_HOME/$u" >>"$f"
	# Dovecot rereads passwd-files at most once a second: a login in
	# that second would be refused.  Wait until both files are seen.
	wait_until 10 "Dovecot knows $u" _srv_user_ready "$u" "$2"
}

_srv_user_ready() {
	doveadm -c "$SRV_DOVECOT_CONF" auth test "$1" "$2" >/dev/null 2>&1 &&
		doveadm -c "$SRV_DOVECOT_CONF" user "$1" 2>/dev/null |
		grep -q 'namespace/inbox/prefix.*INBOX\.'
}

# servers_reset: an empty mailbox for every user and an empty Postfix
# queue, so each test starts from the same state on a shared stack.
servers_reset() {
	servers_wait_queue 20 || true
	if [ "$SRV_MODE" = postfix ]; then
		postsuper -c "$SRV_DIR/postfix/etc" -d ALL >/dev/null 2>&1 || true
	fi
	find "$SRV_HOME" -mindepth 1 -maxdepth 1 -exec rm -rf {} + 2>/dev/null
	printf 'robot:{PLAIN}robotpw\norganiser:{PLAIN}organiserpw\n' \
		>"$SRV_DIR/dovecot/users"
}

_srv_queue_empty() {
	[ "$SRV_MODE" = postfix ] || return 0
	local q=$SRV_DIR/postfix/spool n
	n=$(find "$q/maildrop" "$q/incoming" "$q/active" "$q/deferred" \
		"$q/hold" -type f 2>/dev/null | head -n 1)
	[ -z "$n" ]
}

# servers_wait_queue [SECS]: Postfix holds no more mail (all delivered or
# bounced).  The relay has no queue.
servers_wait_queue() {
	wait_until "${1:-30}" "Postfix queue empty" _srv_queue_empty
}

# ---------------------------------------------------------------- mail in

# The address in a message's From: header (the envelope sender to use).
mail_from_addr() {
	awk 'BEGIN { IGNORECASE = 1 }
	     /^\r?$/ { exit }
	     tolower($0) ~ /^from:/ {
	       s = $0; sub(/\r$/, "", s)
	       if (match(s, /<[^>]*>/)) { print substr(s, RSTART + 1, RLENGTH - 2); exit }
	       sub(/^[Ff][Rr][Oo][Mm]:[ \t]*/, "", s); sub(/[ \t].*/, "", s); print s; exit
	     }' "$1"
}

# send_mail FILE RCPT: one message through the SMTP port with swaks.
send_mail() {
	local f=$1 rcpt=$2 from
	from=$(mail_from_addr "$f")
	swaks --silent 2 --server "127.0.0.1:$SRV_SMTP_PORT" --helo client.regbot.test \
		--from "$from" --to "$rcpt" --data "@$f" --timeout 30 >/dev/null || {
		echo "send_mail: swaks failed for $f" >&2
		return 1
	}
}

# send_mails RCPT FILE...: all messages in one SMTP session (raw SMTP in
# bash; dot-stuffed, CRLF), much faster than one swaks per message.
send_mails() {
	local rcpt=$1 f from line
	shift
	exec {_sm_fd}<>"/dev/tcp/127.0.0.1/$SRV_SMTP_PORT" || return 1
	_sm_expect() { # CODE: read one (multi-line) reply, check its code
		local l
		while :; do
			IFS= read -r -t 30 -u "$_sm_fd" l || {
				echo "send_mails: no reply (wanted $1)" >&2
				return 1
			}
			l=${l%$'\r'}
			[ "${l:3:1}" = "-" ] && continue
			[ "${l:0:3}" = "$1" ] && return 0
			echo "send_mails: got '$l', wanted $1" >&2
			return 1
		done
	}
	_sm_expect 220 && printf 'EHLO client.regbot.test\r\n' >&"$_sm_fd" && _sm_expect 250 || {
		exec {_sm_fd}>&-
		return 1
	}
	for f in "$@"; do
		from=$(mail_from_addr "$f")
		printf 'MAIL FROM:<%s>\r\n' "$from" >&"$_sm_fd" && _sm_expect 250 &&
			printf 'RCPT TO:<%s>\r\n' "$rcpt" >&"$_sm_fd" && _sm_expect 250 &&
			printf 'DATA\r\n' >&"$_sm_fd" && _sm_expect 354 || {
			exec {_sm_fd}>&-
			return 1
		}
		awk '{ sub(/\r$/, ""); if (substr($0, 1, 1) == ".") $0 = "." $0; printf "%s\r\n", $0 }
		     END { printf ".\r\n" }' "$f" >&"$_sm_fd"
		_sm_expect 250 || {
			exec {_sm_fd}>&-
			return 1
		}
	done
	printf 'QUIT\r\n' >&"$_sm_fd"
	_sm_expect 221 || true
	exec {_sm_fd}>&-
}

# deliver_direct USER FILE...: save into USER's INBOX without SMTP.
deliver_direct() {
	local u=$1 f
	shift
	for f in "$@"; do
		doveadm -c "$SRV_DOVECOT_CONF" save -u "$u" -m INBOX <"$f" || return 1
	done
}

# ---------------------------------------------------------------- mail out

# mailbox_count USER MAILBOX: message count, 0 when the mailbox is missing.
mailbox_count() {
	local n
	n=$(doveadm -c "$SRV_DOVECOT_CONF" -f flow mailbox status -u "$1" messages \
		"$2" 2>/dev/null) || {
		echo 0
		return 0
	}
	n=${n##*messages=}
	echo "${n:-0}"
}

# mailbox_fetch_headers USER MAILBOX HEADER [HEADER...]: for each message
# (UID order) one line with each header's value, unfolded, tab-separated;
# an absent header gives an empty field.
mailbox_fetch_headers() {
	local u=$1 mb=$2 h fields=""
	shift 2
	for h in "$@"; do fields+=" hdr.${h,,}"; done
	doveadm -c "$SRV_DOVECOT_CONF" fetch -u "$u" "${fields# }" mailbox "$mb" ALL |
		awk -v list="${fields# }" '
		  BEGIN { n = split(list, want, " "); cur = 0; any = 0 }
		  function flush(  i, line) {
		    if (!any) return
		    line = val[1]
		    for (i = 2; i <= n; i++) line = line "\t" val[i]
		    print line
		    for (i = 1; i <= n; i++) val[i] = ""
		    any = 0; cur = 0
		  }
		  $0 == "\f" { flush(); next }
		  {
		    for (i = 1; i <= n; i++)
		      if (index(tolower($0), want[i] ":") == 1) {
		        cur = i; any = 1
		        v = substr($0, length(want[i]) + 2); sub(/^[ \t]+/, "", v)
		        val[i] = v; next
		      }
		  }
		  cur && /^[ \t]/ { s = $0; sub(/^[ \t]+/, " ", s); val[cur] = val[cur] s }
		  END { flush() }'
}

# maildir_count USER: messages in all folders of USER (reads the files).
maildir_count() {
	local m=$SRV_HOME/${1,,}/Maildir
	[ -d "$m" ] || {
		echo 0
		return 0
	}
	find "$m" -type f \( -path '*/new/*' -o -path '*/cur/*' \) | wc -l
}

# ---------------------------------------------------------------- sink

# smtp_sink_start DIR PORT [flags...]: smtp-sink on 127.0.0.1:PORT writing
# one file per message to DIR (X-Mail-Args/X-Rcpt-Args headers, then the
# message).  Extra flags inject faults: -r rcpt (4xx), -f rcpt (5xx), ...
smtp_sink_start() {
	local d=$1 port=$2
	shift 2
	_srv_need smtp-sink || return 1
	smtp_sink_stop
	mkdir -p "$d"
	d=$(cd "$d" && pwd)
	local user=()
	if _srv_is_root; then
		_srv_make_reachable "$d" || return 1
		chmod 1777 "$d"
		user=(-u nobody)
	fi
	if _srv_port_open "$port"; then
		echo "smtp_sink_start: 127.0.0.1:$port already in use" >&2
		return 1
	fi
	smtp-sink "${user[@]}" "$@" -d "$d/%Y%m%d%H%M%S." "127.0.0.1:$port" 64 \
		</dev/null >>"$d/../sink-$port.log" 2>&1 &
	SRV_SINK_PID=$!
	SRV_SINK_LISTEN=$port
	wait_until 10 "smtp-sink on port $port" _srv_port_open "$port" || {
		smtp_sink_stop
		return 1
	}
}

# smtp_sink_stop: stop the sink this shell started (if any), wait for it.
smtp_sink_stop() {
	[ -n "${SRV_SINK_PID:-}" ] || return 0
	kill -TERM "$SRV_SINK_PID" 2>/dev/null || true
	_srv_wait_gone 10 "$SRV_SINK_PID"
	wait "$SRV_SINK_PID" 2>/dev/null || true
	wait_until 5 "sink port closed" _srv_port_closed "$SRV_SINK_LISTEN" || true
	SRV_SINK_PID=
}
