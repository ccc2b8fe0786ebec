#!/usr/bin/env bash
# The event's time zone kept in SPOOL/zones/ (issue 12: making it starts
# ICU inside libical):
#  - a command with the store keeps it once made: one file, 0600 in a
#    0700 directory, its first line the hashes that vouch for it;
#  - a calendar from the kept zone is the calendar made without it, byte
#    for byte (preview reads the kept zone and keeps none);
#  - a kept file that was changed is not used, and the next command that
#    makes the zone writes it again; a deleted one is made again.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=9 t_config "$T/regbot.conf"
rb() { "$REGBOT" --config "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 "$@"; }
n=0
add() {
	n=$((n + 1))
	rb add --name "Deelnemer $n" --email "d$n@example.org" \
		--organisation "Stichting Voorbeeld" >/dev/null 2>&1 ||
		t_fatal "add d$n failed"
}
Z=$T/spool/zones
F=$Z/Europe.Amsterdam-2010-2010.ics

rb preview confirmation >"$T/made.txt" 2>"$T/err.txt" || t_fatal "preview failed"
t_check "the preview has a calendar" grep -q '^BEGIN:VTIMEZONE' "$T/made.txt"
t_check "preview keeps nothing" test ! -e "$Z"

add
t_check "the first calendar keeps its zone" test -f "$F"
t_eq "  the file 0600" 600 "$(stat -c %a "$F")"
t_eq "  its directory 0700" 700 "$(stat -c %a "$Z")"
t_check "  first line: what vouches for it" \
	grep -qE '^REGBOT-VTIMEZONE [0-9a-f]{16} [0-9a-f]{16}$' <(head -1 "$F")
t_check "  then the VTIMEZONE" grep -q '^TZID:Europe/Amsterdam' "$F"

rb preview confirmation >"$T/kept.txt" 2>>"$T/err.txt"
t_check "a calendar from the kept zone: the same bytes" cmp -s "$T/made.txt" "$T/kept.txt"

sed -i 's/^TZOFFSETTO:+0200/TZOFFSETTO:+0300/' "$F"
t_check "(the kept file changed)" grep -q '+0300' "$F"
rb preview confirmation >"$T/changed.txt" 2>>"$T/err.txt"
t_check "a changed file is not used" cmp -s "$T/made.txt" "$T/changed.txt"
add
t_check "the next calendar writes it again" bash -c "! grep -q '+0300' '$F'"
t_check "  whole" grep -q '^END:VTIMEZONE' "$F"

rm -rf "$Z"
add
t_check "a deleted zone is made and kept again" test -f "$F"
rb preview confirmation >"$T/again.txt" 2>>"$T/err.txt"
t_check "  the same bytes" cmp -s "$T/made.txt" "$T/again.txt"
t_check "no warnings" test ! -s "$T/err.txt"
t_done
