#!/usr/bin/env bash
# Attendance (issue 10): `regbot attendance DAY` prints a course day's
# list (text, --csv, --excel), `regbot present DAY CODE...` records who
# came, and invoices and the digest show it.
#  - the list: everyone confirmed, by name, with a mark for who came; the
#    waiting list is not on it;
#  - present: refused for a day still to come, a day that does not exist,
#    an unknown code or someone without a seat (then nothing is recorded,
#    also not for the good codes given with it); again is harmless;
#    --remove takes a mark back; each is in the registration's log;
#  - invoices: days_present per registration (JSON), --attendance in
#    text; the digest: present of expected, and who is not recorded.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=9 CFG_SEATS_ORG=2 t_config "$T/regbot.conf"
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rb() { # NOW ARGS...: sets OUT, RC
	local now=$1
	shift
	RC=0
	OUT=$("$REGBOT" --config "$T/regbot.conf" --now "$now" "$@" 2>&1) || RC=$?
}
add() { # NAME EMAIL ORG DIET
	rb 2010-05-01T10:00:00+02:00 add --name "$1" --email "$2" --organisation "$3" --diet "$4"
	[ "$RC" = 0 ] || t_fatal "add $2: $OUT"
	q "SELECT code FROM registrations WHERE email = '$2'"
}
B=$(add "Deelnemer Twee" d2@example.org "Stichting Voorbeeld" "vegetarisch")
A=$(add "Deelnemer Een" d1@example.org "Stichting Voorbeeld" "")
Z=$(add "Zoë Ambtenaar" zoe@almere.nl "Gemeente Almere" "halal")
W=$(add "Wachtende Drie" d3@example.org "Stichting Derde" "")
t_eq "W waits" waitlisted "$(q "SELECT status FROM registrations WHERE code = '$W'")"

# The list before the day.
rb 2010-05-31T10:00:00+02:00 attendance 1
t_eq "attendance 1 exits 0" 0 "$RC"
t_check "  the day in words" grep -q "^Presentielijst dag 1, dinsdag 1 juni 2010: Ambities van bewoners" <<<"$OUT"
t_eq "  the confirmed, by name, none marked" "[ ] Deelnemer Een|[ ] Deelnemer Twee|[ ] Zoë Ambtenaar" \
	"$(grep '^  \[' <<<"$OUT" | sed -E 's/^  (\[.\]) ([^ ]+ [^ ]+).*/\1 \2/' | paste -sd'|')"
t_check "  with diets" grep -q "$B  vegetarisch" <<<"$OUT"
t_check "  and the count" grep -q "^3 deelnemers, 0 aanwezig gemeld" <<<"$OUT"
t_check "  not the waiting list" bash -c "! grep -q 'Wachtende' <<<'$OUT'"

# present: refusals.
rb 2010-05-31T10:00:00+02:00 present 1 "$A"
t_eq "present before the day: refused" 1 "$RC"
t_check "  the day is still to come" grep -q "day 1 is on 2010-06-01, still to come" <<<"$OUT"
rb 2010-06-01T17:00:00+02:00 present 9 "$A"
t_eq "present on day 9: usage (2)" 2 "$RC"
t_check "  not a course day" grep -q "'9' is not a course day" <<<"$OUT"
rb 2010-06-01T17:00:00+02:00 present 1 "$Z" "$W"
t_eq "present with someone waiting: refused" 1 "$RC"
t_check "  naming the one" grep -q "$W is waitlisted, not confirmed" <<<"$OUT"
rb 2010-06-01T17:00:00+02:00 present 1 "$Z" NOSUCH-CODE0
t_eq "present with an unknown code: refused" 1 "$RC"
t_eq "  nothing recorded, also not the good code" 0 "$(q "SELECT count(*) FROM attendance")"

# present: recorded.
rb 2010-06-01T17:00:00+02:00 present 1 "$A" "$Z"
t_eq "present 1 A Z exits 0" 0 "$RC"
t_check "  2 recorded" grep -q "day 1: 2 recorded present, 0 recorded before; 2 of 3 present" <<<"$OUT"
rb 2010-06-01T17:05:00+02:00 present 1 "$A" "$B"
t_check "again with one more: 1 new, 1 before" grep -q "1 recorded present, 1 recorded before; 3 of 3 present" <<<"$OUT"
rb 2010-06-01T17:10:00+02:00 present 1 --remove "$B"
t_check "--remove takes B back" grep -q "day 1: 1 removed, 0 had no record; 2 of 3 present" <<<"$OUT"
t_check "the log has it" grep -q "present        organiser: present on day 1" \
	<<<"$("$REGBOT" --config "$T/regbot.conf" log "$A")"

# The list after.
rb 2010-06-02T09:00:00+02:00 attendance 1
t_eq "marks: A and Z" "[x] Deelnemer Een|[ ] Deelnemer Twee|[x] Zoë Ambtenaar" \
	"$(grep '^  \[' <<<"$OUT" | sed -E 's/^  (\[.\]) ([^ ]+ [^ ]+).*/\1 \2/' | paste -sd'|')"
rb 2010-06-02T09:00:00+02:00 attendance 1 --csv
t_eq "--csv: keys as headers" "name,organisation,role,email,phone,diet,code,present" "$(head -1 <<<"$OUT")"
t_check "  A marked x" grep -q "^Deelnemer Een,Stichting Voorbeeld,,d1@example.org,,,$A,x$" <<<"$OUT"
"$REGBOT" --config "$T/regbot.conf" --now 2010-06-02T09:00:00+02:00 attendance 1 --excel >"$T/att.csv"
t_eq "--excel: a byte order mark first" "efbbbf" "$(head -c 3 "$T/att.csv" | od -An -tx1 | tr -d ' \n')"
t_eq "  Dutch headers, ';', CRLF" "Naam;Organisatie;Functie;E-mail;Telefoon;Dieetwensen;Code;Aanwezig" \
	"$(head -1 "$T/att.csv" | tail -c +4 | tr -d '\r')"
t_eq "  every line ends in CRLF" 4 "$(grep -c $'\r$' "$T/att.csv")"
t_check "  UTF-8 kept" grep -q "^Zoë Ambtenaar;Gemeente Almere;;zoe@almere.nl;;halal;$Z;x" "$T/att.csv"

# Invoices and the digest.
inv=$("$REGBOT" --config "$T/regbot.conf" invoices --format json)
t_eq "invoices JSON: days_present" "[1] []" \
	"$(jq -c --arg a "$A" --arg b "$B" '[.[].registrations[] | select(.code == $a or .code == $b)] | sort_by(.name) | map(.days_present) | .[]' <<<"$inv" | paste -sd' ')"
t_check "invoices --attendance: days per person" grep -q "aanwezig op dag: .*Deelnemer Een: 1" \
	<<<"$("$REGBOT" --config "$T/regbot.conf" invoices --attendance)"
dig=$("$REGBOT" --config "$T/regbot.conf" --now 2010-06-02T09:00:00+02:00 digest --print)
t_check "the digest: present of expected" grep -q "Dag 1, dinsdag 1 juni 2010: 2 van 3 aanwezig" <<<"$dig"
t_check "  and who is not recorded" grep -q "niet aanwezig gemeld: Deelnemer Twee \[$B\]" <<<"$dig"
t_done
