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

# ---- issue 11, item 9: values that parse but cannot be right -------------
# variant NAME AWK-PROGRAM: $T/NAME.conf from the test configuration.
variant() {
	awk "$2" "$T/good.conf" >"$T/$1.conf"
}
# line_of_in NAME PATTERN [N]: the line of the Nth (default 1st) match.
line_of_in() {
	grep -n -- "$2" "$T/$1.conf" | sed -n "${3:-1}p" | cut -d: -f1
}
# reported NAME LINE MESSAGE-REGEX: check-config exits 2 and reports
# NAME.conf:LINE: ... matching MESSAGE-REGEX.
reported() {
	local name=$1 line=$2 rc
	rc=$(check "$T/$name.conf")
	t_eq "$name: check-config exits" 2 "$rc"
	if grep -Eq "(^|/)$name\\.conf:$line: .*$3" "$T/out"; then
		t_ok "$name: reported at line $line"
	else
		t_notok "$name: no '$name.conf:$line: ...$3' in:"
		sed 's/^/    | /' "$T/out"
	fi
}

variant tz '/^timezone = / { print "timezone = Europe/Almere"; next } { print }'
reported tz "$(line_of_in tz '^timezone = ')" 'timezone.*Europe/Almere'

variant inbox '/^processed = / { print "processed = INBOX"; next } { print }'
reported inbox "$(line_of_in inbox '^processed = ')" 'processed.*INBOX'

variant inbox_lc '/^processed = / { print "processed = inbox"; next } { print }'
reported inbox_lc "$(line_of_in inbox_lc '^processed = ')" 'processed.*inbox'

variant same '/^mailbox = / { print "mailbox = Aanmelden"; next }
	/^processed = / { print "processed = Aanmelden"; next } { print }'
reported same "$(line_of_in same '^processed = ')" 'processed.*Aanmelden'

# Day 3's date before day 2's.
variant dates '/^date = 2010-11-02/ { print "date = 2010-09-01"; next } { print }'
reported dates "$(line_of_in dates '^date = 2010-09-01')" \
	'day 3.*2010-09-01.*day 2'

# The same date twice: reported on day 3's date line, the second one.
variant twice '/^date = 2010-11-02/ { print "date = 2010-09-23"; next } { print }'
reported twice "$(line_of_in twice '^date = 2010-09-23$' 2)" 'day 3.*not after'

# [day 2] and [day 3] swapped in the file.
variant order '/^\[day 2\]/ { print "[day 3]"; next }
	/^\[day 3\]/ { print "[day 2]"; next } { print }'
reported order "$(line_of_in order '^\[day 2\]')" 'day 2.*after.*day 3'

# [day 3] and [day 4] renamed [day 5] and [day 6]: a gap.
variant gap '/^\[day 3\]/ { print "[day 5]"; next }
	/^\[day 4\]/ { print "[day 6]"; next } { print }'
reported gap "$(line_of_in gap '^\[day 5\]')" 'no \[day 3\] to \[day 4\]'

# No [day 1]: the days start at 2.
variant noone '/^\[day 1\]/ { print "[day 5]"; next } { print }'
reported noone "$(line_of_in noone '^\[day 2\]')" 'no \[day 1\]'

# ---- issue 11, item 12: --now is a full timestamp with a real offset -------
now_rc() {
	local rc=0
	"$REGBOT" --config "$T/good.conf" --now "$1" check-config \
		</dev/null >"$T/out" 2>&1 || rc=$?
	echo "$rc"
}
for bad in 2010-05-01T10:00:00+99:99 2010-05-01T10:00:00+15:00 \
	2010-05-01T10:00:00 2010-05-01 1900-05-01T10:00:00Z \
	2010-02-30T10:00:00Z tomorrow; do
	rc=$(now_rc "$bad")
	t_eq "--now $bad is refused" 2 "$rc"
	t_check "--now $bad: the message names it" grep -qF -- "'$bad'" "$T/out"
done
for good in 2010-05-01T10:00:00+02:00 2010-05-01T08:00:00Z \
	2010-05-01T10:00+14:00; do
	t_eq "--now $good is accepted" 0 "$(now_rc "$good")"
done

t_done
