#!/usr/bin/env bash
# Output people can use (issue 10):
#  - invoices: one line per organisation, invoice address and reference
#    (two departments of one organisation with their own addresses get two
#    invoices), with the amount in the event language's money format;
#  - list: columns aligned by display width ("Zoë" is three wide);
#  - --excel (list, invoices): semicolon-separated UTF-8 with a byte order
#    mark, CRLF, headers in words (Dutch for an nl event, English for en),
#    a ';' in a value quoted, a formula defused;
#  - money: one format per language everywhere, the CSV included
#    (EUR 2.000,00 for nl, EUR 2,000.00 for en).
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

# --excel
add "Deelnemer; Vier" d4@example.org "=HYPERLINK(\"x\")" "PO-4"
rb list --excel >"$T/list.csv" 2>/dev/null
t_eq "list --excel: a byte order mark first" "efbbbf" "$(head -c 3 "$T/list.csv" | od -An -tx1 | tr -d ' \n')"
t_eq "  Dutch headers with ';'" "Code;Naam;E-mail;Organisatie;Functie;Telefoon;Dieetwensen;Factuuradres;Factuurkenmerk;Groep;Status;Plaats wachtlijst;Aangemeld" \
	"$(head -1 "$T/list.csv" | tail -c +4 | tr -d '\r')"
t_eq "  CRLF on every line" 5 "$(grep -c $'\r$' "$T/list.csv")"
t_check "  UTF-8 as it is" grep -q ';Zoë Voorbeeld;zoe@example.org;' "$T/list.csv"
t_check "  a ';' in a value is quoted" grep -q ';"Deelnemer; Vier";' "$T/list.csv"
t_check "  a formula is defused" grep -qF ';"'"'"'=HYPERLINK(""x"")";' "$T/list.csv"
t_check "list --excel --format json: refused" bash -c "! '$REGBOT' --config '$T/regbot.conf' list --excel --format json 2>/dev/null"
rb invoices --excel >"$T/inv.csv" 2>/dev/null
t_eq "invoices --excel: Dutch headers" "Organisatie;Deelnemers;Bedrag;Valuta;Factuuradres;Factuurkenmerk;Namen" \
	"$(head -1 "$T/inv.csv" | tail -c +4 | tr -d '\r')"
t_check "  the amount as on screen" grep -q '^Stichting Voorbeeld;2;EUR 2.000,00;EUR;' "$T/inv.csv"
csv=$(rb invoices --format csv 2>/dev/null)
t_eq "invoices --format csv: keys as headers" "organisation,participants,amount,currency,invoice_address,invoice_reference,names" "$(head -1 <<<"$csv")"
t_check "  the amount in the nl format" grep -q '^Stichting Voorbeeld,2,"EUR 2.000,00",EUR,' <<<"$csv"

# An English event: English money and headers.
sed -i 's/^language = nl$/language = en/' "$T/regbot.conf"
t_check "en: invoices text EUR 2,000.00" grep -q 'EUR 2,000\.00' <<<"$(rb invoices 2>/dev/null)"
t_check "en: the total EUR 4,000.00" grep -q 'total: EUR 4,000\.00' <<<"$(rb invoices 2>/dev/null)"
t_check "en: invoices CSV EUR 2,000.00" grep -q '^Stichting Voorbeeld,2,"EUR 2,000.00",EUR,' <<<"$(rb invoices --format csv 2>/dev/null)"
t_eq "en: list --excel headers in English" "Code;Name;E-mail;Organisation;Function;Phone;Dietary wishes;Invoice address;Invoice reference;Pool;Status;Waiting list position;Registered" \
	"$(rb list --excel 2>/dev/null | head -1 | tail -c +4 | tr -d '\r')"
t_check "en: the digest's CSV money" grep -q ',"EUR 1,000.00"' <<<"$(rb digest --print 2>/dev/null)"
t_done
