#!/usr/bin/env bash
# check-config: the example configuration is valid (with its secrets files
# pointed at real 0600 files, since /etc/regbot/ does not exist here); the
# test configuration is valid; a configuration with several errors exits 2
# and reports each one as FILE:LINE: message in a single run.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup

# check CONF: run check-config, output in $T/out, exit status echoed.
check() {
	local rc=0
	(cd "$REGBOT_SRC" && timeout -k 5 30 "$REGBOT" --config "$1" check-config) \
		</dev/null >"$T/out" 2>&1 || rc=$?
	echo "$rc"
}

# The example shipped in config/.
EX=$REGBOT_SRC/config/regbot.conf.example
if [ -f "$EX" ]; then
	printf 'secret\n' >"$T/smtp.secret"
	chmod 600 "$T/smtp.secret"
	sed "s|/etc/regbot/imap.secret|$T/imap.secret|; s|/etc/regbot/smtp.secret|$T/smtp.secret|" \
		"$EX" >"$T/example.conf"
	rc=$(check "$T/example.conf")
	t_eq "check-config on config/regbot.conf.example (secrets in $T)" 0 "$rc"
	[ "$rc" = 0 ] || sed 's/^/    | /' "$T/out"
else
	t_notok "config/regbot.conf.example is missing"
fi

t_config "$T/good.conf"
rc=$(check "$T/good.conf")
t_eq "check-config on the test configuration" 0 "$rc"
[ "$rc" = 0 ] || sed 's/^/    | /' "$T/out"

# A configuration with four problems; remember the lines they are on.
printf 'robotpw\n' >"$T/open.secret"
chmod 644 "$T/open.secret"
t_config "$T/bad.conf"
awk -v sec="$T/open.secret" '
  /^url = imap:/ { next }                                # [imap] url missing
  /^password_file = / && !done { print "password_file = " sec; done = 1; next }
  /^poll_interval = / { print; print "colour = blue"; next }  # unknown key
  /^seats = 40/ { print "seats = abc"; next }
  { print }' "$T/good.conf" >"$T/bad.conf"
line_of() { grep -n -m1 -- "$1" "$T/bad.conf" | cut -d: -f1; }
L_IMAP=$(line_of '^\[imap\]')
L_KEY=$(line_of '^colour = ')
L_SEATS=$(line_of '^seats = abc')
L_PW=$(line_of '^password_file = .*open.secret')

rc=$(check "$T/bad.conf")
t_eq "check-config on a broken configuration exits" 2 "$rc"
sed 's/^/    | /' "$T/out"
# FILE:LINE: message, FILE as given or its base name.
has() { grep -Eq "(^|/)bad\\.conf:$1: .*$2" "$T/out"; }
t_check "unknown key reported at line $L_KEY" has "$L_KEY" '[Cc]olour|[Uu]nknown'
t_check "seats = abc reported at line $L_SEATS" has "$L_SEATS" 'seats|abc|number|integer'
t_check "readable password file reported at line $L_PW" has "$L_PW" 'password|mode|readable|0644'
t_check "missing [imap] url reported (FILE:LINE: ...url...)" has '[0-9]+' '\burl\b'
t_check "all reported in one run: at least 4 FILE:LINE: lines" \
	[ "$(grep -Ec '(^|/)bad\.conf:[0-9]+: ' "$T/out")" -ge 4 ]
t_log "missing url was reported at line(s):" \
	"$(grep -E 'bad\.conf:[0-9]+: .*url' "$T/out" | cut -d: -f2 | paste -sd,) ([imap] is line $L_IMAP)"

rc=$(check "$T/does-not-exist.conf")
t_eq "a missing configuration file exits" 2 "$rc"
rc=0
"$REGBOT" --config "$T/good.conf" no-such-command </dev/null >"$T/out" 2>&1 || rc=$?
t_eq "an unknown command exits" 2 "$rc"

t_done
