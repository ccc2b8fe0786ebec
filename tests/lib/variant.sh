# shell=bash
# variant.sh — a second private Dovecot beside the shared stack, with
# settings of its own: a server that lacks an extension, or lays out its
# folders differently.  Source after servers.sh (the stack must run).
#
#   variant_start DIR PORT CONF-LINES   start it: IMAP on 127.0.0.1:PORT,
#                                        mail under DIR/home, the shared
#                                        stack's users; sets VARIANT_CONF
#   variant_stop DIR                     stop it
#   variant_deliver USER FILE...         put messages into USER's INBOX
#   variant_count USER MAILBOX           messages in USER's MAILBOX
#
# The variant's configuration is the shared stack's, with its own base,
# state and mail directories, its own IMAP port (no IMAPS, no LMTP), and
# CONF-LINES appended, so a later setting wins.

variant_start() {
	local d=$1 port=$2 extra=$3
	mkdir -p "$d/run" "$d/home"
	if [ "$(id -u)" = 0 ]; then chown nobody:nogroup "$d/home"; fi
	chmod 755 "$d"
	# the shared stack's config, re-pointed; the listeners are replaced
	awk -v d="$d" -v port="$port" '
		/^base_dir = /      { print "base_dir = " d "/run"; next }
		/^state_dir = /     { print "state_dir = " d "/run/state"; next }
		/^instance_name = / { print "instance_name = regbot-variant-" port; next }
		/^log_path = /      { print "log_path = " d "/dovecot.log"; next }
		/^protocols = /     { print "protocols = imap"; next }
		/^service imap-login/ { skip = 1 }
		/^service lmtp/       { skip = 1 }
		skip && /^}/ { skip = 0; next }
		skip { next }
		{ sub(/home=[^ ]*\/home\/%u/, "home=" d "/home/%u"); print }
	' "$SRV_DOVECOT_CONF" >"$d/dovecot.conf"
	cat >>"$d/dovecot.conf" <<CONF
service imap-login {
  inet_listener imap {
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
$extra
CONF
	VARIANT_CONF=$d/dovecot.conf
	dovecot -c "$VARIANT_CONF" || return 1
	wait_until 20 "variant Dovecot on port $port" _srv_port_open "$port"
}

variant_stop() {
	local d=$1
	[ -f "$d/dovecot.conf" ] || return 0
	doveadm -c "$d/dovecot.conf" stop 2>/dev/null || true
	local end=$((SECONDS + 20))
	while [ -e "$d/run/master.pid" ] && ((SECONDS < end)); do sleep 0.2; done
}

# The stack's own helpers, pointed at the variant's configuration.
variant_deliver() { SRV_DOVECOT_CONF=$VARIANT_CONF deliver_direct "$@"; }
variant_count() { SRV_DOVECOT_CONF=$VARIANT_CONF mailbox_count "$@"; }
