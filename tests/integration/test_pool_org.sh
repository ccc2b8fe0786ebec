#!/usr/bin/env bash
# A pool that is one organisation gives it to its members:
#   - with "[pool gemeente] domains = almere.nl, organisations = Gemeente
#     Almere", a colleague with an @almere.nl address who names no
#     organisation is registered with "Gemeente Almere" (not asked for it),
#     and the audit log says where it came from;
#   - an organisation the mail names wins;
#   - an address outside the domain is still asked for its organisation;
#   - without an "organisations" line nothing is filled in.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"

form() { # FILE FROM NAME [ORGANISATION]
	{
		printf 'From: %s <%s>\nTo: robot@regbot.test\n' "$3" "$2"
		printf 'Subject: Aanmelding leergang\nMessage-ID: <%s.%s@example.org>\n' "${1##*/}" "$$"
		printf 'Date: Mon, 3 May 2010 10:00:00 +0200\nContent-Type: text/plain; charset=UTF-8\n\n'
		printf 'Beste,\n\nHierbij meld ik mij aan voor de leergang.\n\nNaam: %s\nFunctie: beleidsmedewerker\n' "$3"
		[ -z "${4:-}" ] || printf 'Organisatie: %s\n' "$4"
		printf '\nMet vriendelijke groet,\n%s\n' "$3"
	} >"$1"
}
field() { # CONF EMAIL KEY
	t_list "$1" | jq -r --arg e "$2" --arg k "$3" '.[] | select(.email == $e) | .[$k]'
}

CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
sed -i 's/^domains = almere.nl$/domains = almere.nl\norganisations = Gemeente Almere/' "$CONF"
t_check "the configuration names the pool's organisation" grep -q '^organisations = Gemeente Almere' "$CONF"

form "$T/a.eml" een@almere.nl "Collega Een"
form "$T/b.eml" twee@almere.nl "Collega Twee" "Stichting Detachering"
form "$T/c.eml" drie@example.org "Collega Drie"
for f in a b c; do t_regbot "$CONF" --now "$T_NOW" ingest "$T/$f.eml" || t_notok "ingest $f"; done

t_eq "a municipal colleague without organisation: confirmed" confirmed "$(field "$CONF" een@almere.nl status)"
t_eq "  with the pool's organisation" "Gemeente Almere" "$(field "$CONF" een@almere.nl organisation)"
t_eq "  in the municipality's pool" gemeente "$(field "$CONF" een@almere.nl pool)"
t_check "  and the audit log says where it came from" \
	eval "\"\$REGBOT\" --config \"\$CONF\" log \"\$(field \"\$CONF\" een@almere.nl code)\" 2>&1 | grep -q 'configured pool'"
t_eq "an organisation the mail names wins" "Stichting Detachering" "$(field "$CONF" twee@almere.nl organisation)"
t_eq "an address outside the domain: still asked" incomplete "$(field "$CONF" drie@example.org status)"

CONF2=$T/plain.conf
CFG_SPOOL=$T/spool2 CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF2"
form "$T/d.eml" vier@almere.nl "Collega Vier"
t_regbot "$CONF2" --now "$T_NOW" ingest "$T/d.eml" || t_notok "ingest d"
t_eq "without 'organisations' nothing is filled in" incomplete "$(field "$CONF2" vier@almere.nl status)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
