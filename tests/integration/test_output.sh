#!/usr/bin/env bash
# Output people can use (issue 10):
#  - invoices: one line per organisation, invoice address and reference
#    (two departments of one organisation with their own addresses get two
#    invoices), with the amount in the event language's money format;
#  - list: columns aligned by display width ("Zoë" is three wide).
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=9 t_config "$T/regbot.conf"
rb() { "$REGBOT" --config "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 "$@"; }
add() { # NAME EMAIL ADDRESS REFERENCE
	rb add --name "$1" --email "$2" --organisation "Stichting Voorbeeld" \
		--invoice-address "$3" --invoice-reference "$4" >/dev/null 2>&1 ||
		t_fatal "add $2 failed"
}
add "Zoë Voorbeeld" zoe@example.org "Postbus 1, 1300 AA Almere" "PO-1"
add "Zoe Voorbeeld" zoe2@example.org "postbus 1 1300 aa  Almere" "po-1"
add "Derde Persoon" d3@example.org "Postbus 2, 1300 AB Almere" "PO-2"

inv=$(rb invoices --format json 2>/dev/null)
t_eq "two invoice lines for two addresses of one organisation" 2 "$(jq length <<<"$inv")"
t_eq "the same address written differently is one line" "2 1" \
	"$(jq -r '[.[].participants] | sort | reverse | map(tostring) | join(" ")' <<<"$inv")"
txt=$(rb invoices 2>/dev/null)
t_check "amounts in the event language (nl): EUR 2.000,00" grep -q 'EUR 2\.000,00' <<<"$txt"
t_check "the total: EUR 3.000,00" grep -q 'total: EUR 3\.000,00' <<<"$txt"

# list: the e-mail column starts at the same display column
lst=$(rb list 2>/dev/null)
col() { # EMAIL: the display column where EMAIL starts on its line
	python3 -c 'import sys
for l in sys.stdin.read().splitlines():
    i = l.find(sys.argv[1])
    if i >= 0:
        print(len(l[:i])); break' "$1" <<<"$lst"
}
t_eq "list columns by display width (Zoë and Zoe)" "$(col zoe2@example.org)" "$(col zoe@example.org)"

# times in the event's zone, with the offset (stored in UTC)
csv=$(rb list --format csv 2>/dev/null)
t_check "list CSV: registered_at in local time with its offset" \
	grep -qE '2010-05-01 10:00:[0-9]{2} \+02:00$' <<<"$csv"
code=$(rb list --format json 2>/dev/null | jq -r '.[0].code')
t_check "show: local times" grep -qE '^registered: *2010-05-01 10:00:[0-9]{2} \+02:00$' \
	<<<"$(rb show "$code" 2>/dev/null)"
t_check "log: local times" grep -qE '^2010-05-01 10:00:[0-9]{2} \+02:00  confirmed' \
	<<<"$(rb log "$code" 2>/dev/null)"
t_check "list JSON keeps ISO 8601 (the contract)" \
	grep -qE '"registered_at": "2010-05-01T08:00:[0-9]{2}Z"' <<<"$(rb list --format json 2>/dev/null)"
t_done
