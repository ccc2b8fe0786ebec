#!/usr/bin/env bash
# test_policy.sh — the seat rules end to end, through `regbot ingest` (the
# same path as fetched mail) and the organiser's commands, with every
# reply captured by smtp-sink:
#   1. pool release: unused municipality seats go to organisations at the
#      release date; waiting organisations are promoted; a municipal seat
#      freed after the date stays with the municipality's waiting staff
#      (the count of the date is kept);
#   2. organisation cap: "Stichting De Wijk", "de wijk" and "De Wijk." are
#      one organisation; above the cap they wait (marked, and told so,
#      not "all seats are taken") until the cap lifts; with no seat free
#      then, a waitlist-update says the cap no longer holds them back;
#   3. registration window: too early and too late get a "closed" answer;
#   4. waitlist: a cancellation by mail (with the code) promotes the first
#      in line, in arrival order; two people waitlisted by one mail get
#      the positions their mails, `list` and the digest give;
#   5. seat offers with a deadline: accepted by answering with the code;
#      an unanswered offer passes on after the deadline, and is mailed as
#      an expired offer;
#   6. changes need the code: a cancellation with only a forged From line
#      changes nothing, and the answer goes to the registered address;
#   7. substitution by mail keeps seat, pool and organisation;
#   8. a cancellation after the deadline still owes the fee (invoices);
#   9. the organiser's commands: add, show, log, move, promote, cancel,
#      substitute, invoices.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
N=0

# conf FILE [extra sed expressions]: the test configuration with smtp-sink
# as the SMTP server and small pools.
conf() {
	local f=$1
	shift
	CFG_SMTP_PORT=$SRV_SINK_PORT CFG_SPOOL=$T/spool-$(basename "$f" .conf) \
		t_config "$f"
	local e
	for e in "$@"; do sed -i "$e" "$f"; done
}

# mail CONF AT FROM SUBJECT BODY: ingest one message at clock AT.
mail() {
	local conf=$1 at=$2 from=$3 subject=$4 body=$5 f
	N=$((N + 1))
	f=$T/m$N.eml
	printf 'From: %s\nTo: robot@regbot.test\nMessage-ID: <p%d.%s@test>\nSubject: %s\nDate: Sat, 1 May 2010 10:00:00 +0200\n\n%b\n' \
		"$from" "$N" "$$" "$subject" "$body" >"$f"
	t_regbot "$conf" --now "$at" ingest "$f"
}

# register CONF AT NAME EMAIL ORG
register() {
	mail "$1" "$2" "$3 <$4>" "Aanmelding" \
		"Hierbij meld ik mij aan.\n\nNaam: $3\nOrganisatie: $5\nE-mail: $4\nFunctie: Beleidsadviseur\n"
}

json() { t_list "$1"; }
field() { json "$1" | jq -r --arg e "$2" ".[] | select(.email == \$e and .status != \"cancelled\") | .$3"; }
status_of() { field "$1" "$2" status; }
code_of() { field "$1" "$2" code; }
# The kinds of mail ADDR got, sorted (the sink's file names only have
# one-second resolution).
kinds_to() { t_sink_summary "$SINK" | awk -v a="$1" '$1 == a { print $2 }' | sort | paste -sd, -; }
pool_count() { json "$1" | jq --arg p "$2" --arg s "$3" '[.[] | select(.pool == $p and .status == $s)] | length'; }
# text_to ADDR KIND: the newest captured mail of KIND to ADDR, decoded:
# its Subject, then its text part.
text_to() {
	local f want=
	for f in "$SINK"/*; do
		[ -f "$f" ] || continue
		awk -v a="$1" -v k="$2" 'BEGIN { IGNORECASE = 1 }
		     /^\r?$/ { exit }
		     { sub(/\r$/, "") }
		     tolower($0) ~ /^x-rcpt-args:/ { r = $2; gsub(/[<>]/, "", r); if (tolower(r) == a) ra = 1 }
		     tolower($0) ~ /^x-regbot-kind:/ && $2 == k { ka = 1 }
		     END { exit !(ra && ka) }' "$f" && want=$f
	done
	[ -n "$want" ] || return 1
	python3 - "$want" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
print(m['Subject'])
for p in m.walk():
    if p.get_content_type() == 'text/plain' and p.get_filename() is None:
        print(p.get_content())
PY
}

# ---- 1. release of unused seats --------------------------------------------
C1=$T/release.conf
conf "$C1" 's/^seats = 20$/seats = 3/' 's/^seats = 40$/seats = 2/' \
	'/^\[pool gemeente\]/a release = 2010-05-10\nrelease_to = organisaties'
register "$C1" 2010-05-01T10:00:00+02:00 "Deelnemer G1" g1@almere.nl "Gemeente Almere"
for i in 1 2 3 4; do
	register "$C1" 2010-05-01T10:0$i:00+02:00 "Deelnemer O$i" o$i@org$i.example.org "Organisatie $i"
done
t_eq "1. before release: organisaties 2 confirmed" 2 "$(pool_count "$C1" organisaties confirmed)"
t_eq "1. before release: organisaties 2 waiting" 2 "$(pool_count "$C1" organisaties waitlisted)"
t_regbot "$C1" --now 2010-05-10T00:00:01+02:00 once || true
t_eq "1. after release: both waiting organisations promoted" 4 "$(pool_count "$C1" organisaties confirmed)"
t_eq "1. promotion mail sent" "promotion,waitlist" "$(kinds_to o3@org3.example.org)"
register "$C1" 2010-05-11T10:00:00+02:00 "Deelnemer G2" g2@almere.nl "Gemeente Almere"
t_eq "1. municipality after release: its released seats are gone" waitlisted "$(status_of "$C1" g2@almere.nl)"
register "$C1" 2010-05-11T10:01:00+02:00 "Deelnemer O5" o5@org5.example.org "Organisatie 5"
t_eq "1. released seats are all used: the next organisation waits" waitlisted "$(status_of "$C1" o5@org5.example.org)"
t_check "1. the release is in the audit log" bash -c \
	"sqlite3 '$T/spool-release/regbot.db' \"select detail from audit where action = 'released'\" | grep -q 'pool gemeente released 2 unused seats of 3 to pool organisaties'"
# After the date a municipal seat frees: it stays with the municipality
# (g2 waits for it), not the organisations' line.
G1=$(code_of "$C1" g1@almere.nl)
t_regbot "$C1" --now 2010-05-12T10:00:00+02:00 cancel "$G1" >/dev/null
t_eq "1. a seat freed after the date goes to the municipality's waiting staff" confirmed "$(status_of "$C1" g2@almere.nl)"
t_eq "1. ... not to the organisations" waitlisted "$(status_of "$C1" o5@org5.example.org)"
t_eq "1. g2 was promoted" "promotion,waitlist" "$(kinds_to g2@almere.nl)"
O5=$(code_of "$C1" o5@org5.example.org)
rc=0; t_regbot "$C1" --now 2010-05-12T10:01:00+02:00 promote "$O5" || rc=$?
t_eq "1. the organisations' pool is still full (its 2 released seats)" 1 "$rc"
t_eq "1. organisaties: 4 seats in the digest" 1 \
	"$("$REGBOT" --config "$C1" --now 2010-05-12T10:02:00+02:00 digest --print | grep -c '^  organisaties: 4 bevestigd, 0 vrij (van 4), 1 op de wachtlijst')"

# ---- 2. organisation cap ----------------------------------------------------
C2=$T/cap.conf
conf "$C2" 's/^seats = 40$/seats = 4/' \
	'/^\[pool organisaties\]/a org_cap = 2\norg_cap_until = 2010-05-20'
register "$C2" 2010-05-01T10:00:00+02:00 "Deelnemer W1" w1@dewijk.example.org "Stichting De Wijk"
register "$C2" 2010-05-01T10:01:00+02:00 "Deelnemer W2" w2@dewijk.example.org "de wijk"
register "$C2" 2010-05-01T10:02:00+02:00 "Deelnemer W3" w3@dewijk.example.org "De Wijk."
register "$C2" 2010-05-01T10:03:00+02:00 "Deelnemer X1" x1@other.example.org "Andere Organisatie"
t_eq "2. third of one organisation waits" waitlisted "$(status_of "$C2" w3@dewijk.example.org)"
t_eq "2. marked as held by the cap" true "$(field "$C2" w3@dewijk.example.org held_by_cap)"
t_eq "2. another organisation passes it" confirmed "$(status_of "$C2" x1@other.example.org)"
W3=$(text_to w3@dewijk.example.org waitlist)
t_check "2. its mail says why it waits: the cap" grep -q 'Uw organisatie heeft al 2 plaats(en) in deze leergang' <<<"$W3"
t_check "2. ... until when" grep -q 'maximum per organisatie tot donderdag 20 mei 2010 om 00:00' <<<"$W3"
t_check "2. ... and not that all seats are taken (one is free)" bash -c "! grep -q 'Alle plaatsen zijn' <<<\"\$0\"" "$W3"
t_regbot "$C2" --now 2010-05-20T00:00:01+02:00 once || true
t_eq "2. cap lifted: it gets the free seat" confirmed "$(status_of "$C2" w3@dewijk.example.org)"
t_eq "2. and is told so" "promotion,waitlist" "$(kinds_to w3@dewijk.example.org)"
# The cap lifts with the pool full: a notice, with the position.
C2B=$T/capfull.conf
conf "$C2B" 's/^seats = 40$/seats = 2/' \
	'/^\[pool organisaties\]/a org_cap = 1\norg_cap_until = 2010-05-20'
register "$C2B" 2010-05-01T10:00:00+02:00 "Deelnemer V1" v1@vol.example.org "Volle Organisatie"
register "$C2B" 2010-05-01T10:01:00+02:00 "Deelnemer V2" v2@vol.example.org "Volle Organisatie"
register "$C2B" 2010-05-01T10:02:00+02:00 "Deelnemer Y1" y1@ander.example.org "Andere Organisatie"
t_eq "2b. held by the cap" true "$(field "$C2B" v2@vol.example.org held_by_cap)"
t_regbot "$C2B" --now 2010-05-20T00:00:01+02:00 once || true
t_eq "2b. the cap lifted, no seat free: still waiting" waitlisted "$(status_of "$C2B" v2@vol.example.org)"
t_eq "2b. no longer marked" false "$(field "$C2B" v2@vol.example.org held_by_cap)"
t_eq "2b. told so" "waitlist,waitlist-update" "$(kinds_to v2@vol.example.org)"
V2=$(text_to v2@vol.example.org waitlist-update)
t_check "2b. the notice: the cap no longer holds it back, position 1" \
	bash -c "grep -q 'houdt u niet langer tegen' <<<\"\$0\" && grep -q 'op plaats 1, en komt aan de beurt' <<<\"\$0\"" "$V2"

# ---- 3. registration window ------------------------------------------------
C3=$T/window.conf
conf "$C3" '/^\[event\]/a opens = 2010-04-15\ncloses = 2010-05-15'
register "$C3" 2010-04-10T10:00:00+02:00 "Deelnemer E1" e1@early.example.org "Vroeg"
register "$C3" 2010-05-16T10:00:00+02:00 "Deelnemer L1" l1@late.example.org "Laat"
register "$C3" 2010-05-01T10:00:00+02:00 "Deelnemer I1" i1@intime.example.org "Op Tijd"
t_eq "3. too early: closed" closed "$(kinds_to e1@early.example.org)"
t_eq "3. too late: closed" closed "$(kinds_to l1@late.example.org)"
t_eq "3. in time: confirmed" confirmed "$(status_of "$C3" i1@intime.example.org)"
t_eq "3. only the one in time is registered" 1 "$(json "$C3" | jq length)"
fw=$(t_sink_summary "$SINK" | grep -c '^organiser@regbot.test forward')
t_check "3. both mails shown to the organiser ($fw forwards)" test "$fw" -ge 2

# ---- 4. waitlist order and promotion ---------------------------------------
C4=$T/wait.conf
conf "$C4" 's/^seats = 40$/seats = 2/'
for i in 1 2 3 4; do
	register "$C4" 2010-05-01T10:0$i:00+02:00 "Deelnemer Q$i" q$i@wait.example.org "Wachtorganisatie"
done
t_eq "4. positions in arrival order" "1,2" \
	"$(json "$C4" | jq -r '[.[] | select(.status == "waitlisted")] | sort_by(.registered_at) | map(.waitlist_position | tostring) | join(",")')"
Q1=$(code_of "$C4" q1@wait.example.org)
mail "$C4" 2010-05-02T10:00:00+02:00 "<q1@wait.example.org>" "Afmelden" "Ik meld mij af. Mijn code is $Q1."
t_eq "4. cancelled by mail with the code" cancelled "$(json "$C4" | jq -r --arg c "$Q1" '.[] | select(.code == $c) | .status')"
t_eq "4. first in line promoted" confirmed "$(status_of "$C4" q3@wait.example.org)"
t_eq "4. second in line now first" 1 "$(field "$C4" q4@wait.example.org waitlist_position)"
t_eq "4. mails to the promoted one" "promotion,waitlist" "$(kinds_to q3@wait.example.org)"
t_eq "4. mails to the cancelled one" "cancelled,confirmation" "$(kinds_to q1@wait.example.org)"
# A contact registers two colleagues in one mail; both wait.
mail "$C4" 2010-05-02T11:00:00+02:00 "Contact <contact@wait.example.org>" "Aanmelding" \
	"Hierbij meld ik twee collega's aan.\n\n1. Naam: Deelnemer Q5\n   E-mail: q5@wait.example.org\n   Organisatie: Wachtorganisatie\n\n2. Naam: Deelnemer Q6\n   E-mail: q6@wait.example.org\n   Organisatie: Wachtorganisatie\n"
t_eq "4. one mail, two waiting: list positions in the mail's order" "2 3" \
	"$(field "$C4" q5@wait.example.org waitlist_position) $(field "$C4" q6@wait.example.org waitlist_position)"
t_check "4. the first one's mail says 2" grep -q 'op plaats 2\.' <<<"$(text_to q5@wait.example.org waitlist)"
t_check "4. the second one's mail says 3" grep -q 'op plaats 3\.' <<<"$(text_to q6@wait.example.org waitlist)"
DG4=$("$REGBOT" --config "$C4" --now 2010-05-02T11:05:00+02:00 digest --print)
t_check "4. the digest agrees" bash -c \
	"grep -q 'Deelnemer Q5 \\[.*\\]: op de wachtlijst (plaats 2)' <<<\"\$0\" && grep -q 'Deelnemer Q6 \\[.*\\]: op de wachtlijst (plaats 3)' <<<\"\$0\"" "$DG4"

# ---- 5. seat offers with a deadline ----------------------------------------
C5=$T/offer.conf
conf "$C5" 's/^seats = 40$/seats = 1/' '/^\[event\]/a offer_hours = 48'
for i in 1 2 3; do
	register "$C5" 2010-05-01T10:0$i:00+02:00 "Deelnemer F$i" f$i@offer.example.org "Aanbodorganisatie $i"
done
F1=$(code_of "$C5" f1@offer.example.org)
t_regbot "$C5" --now 2010-05-02T10:00:00+02:00 cancel "$F1" >/dev/null
t_eq "5. the first in line is offered the seat" "offer,waitlist" "$(kinds_to f2@offer.example.org)"
t_check "5. the offer has a deadline" test -n "$(field "$C5" f2@offer.example.org offer_until | grep -v null)"
F2=$(code_of "$C5" f2@offer.example.org)
mail "$C5" 2010-05-03T09:00:00+02:00 "<f2@offer.example.org>" "Re: plaats" "Ja, ik neem de plaats graag aan. Code $F2"
t_eq "5. accepted within the deadline" confirmed "$(status_of "$C5" f2@offer.example.org)"
t_regbot "$C5" --now 2010-05-04T10:00:00+02:00 cancel "$F2" >/dev/null
t_eq "5. next one offered" "offer,waitlist" "$(kinds_to f3@offer.example.org)"
t_regbot "$C5" --now 2010-05-06T10:00:01+02:00 once || true
t_eq "5. unanswered offer passes on (expired)" cancelled \
	"$(json "$C5" | jq -r '.[] | select(.email == "f3@offer.example.org") | .status')"
t_check "5. the audit log says why" bash -c \
	"'$REGBOT' --config '$C5' log '$(json "$C5" | jq -r '.[] | select(.email == "f3@offer.example.org") | .code')' | grep -q 'offer expired'"
t_eq "5. mailed as an expired offer" "offer,offer-expired,waitlist" "$(kinds_to f3@offer.example.org)"
F3=$(text_to f3@offer.example.org offer-expired)
t_check "5. its subject" grep -q '^Aanbod verlopen: ' <<<"$F3"
t_check "5. not 'cancellation received'" bash -c "! grep -q 'Afmelding ontvangen' <<<\"\$0\"" "$F3"

# ---- 6. changes need the code (spoofing) -----------------------------------
C6=$T/spoof.conf
conf "$C6"
register "$C6" 2010-05-01T10:00:00+02:00 "Deelnemer S1" s1@spoof.example.org "Slachtoffer"
before=$(json "$C6" | md5sum)
mail "$C6" 2010-05-02T10:00:00+02:00 "Deelnemer S1 <s1@spoof.example.org>" "Afmelden" "Ik kan helaas niet komen, ik meld mij af."
t_eq "6. forged cancellation without code changes nothing" "$before" "$(json "$C6" | md5sum)"
t_eq "6. the registered address is told" "code-needed,confirmation" "$(kinds_to s1@spoof.example.org)"
mail "$C6" 2010-05-02T10:05:00+02:00 "Iemand <attacker@evil.example.org>" "Afmelden" "Graag afmelden: s1@spoof.example.org"
t_eq "6. a stranger without code changes nothing" "$before" "$(json "$C6" | md5sum)"
t_eq "6. nothing about the registration goes to the stranger" "code-needed" "$(kinds_to attacker@evil.example.org)"

# ---- 7. substitution by mail -------------------------------------------------
C7=$T/subst.conf
conf "$C7"
register "$C7" 2010-05-01T10:00:00+02:00 "Deelnemer U1" u1@subst.example.org "Stichting Vervanging"
U1=$(code_of "$C7" u1@subst.example.org)
mail "$C7" 2010-05-02T10:00:00+02:00 "<u1@subst.example.org>" "Vervanging" \
	"Mijn collega neemt mijn plaats in. Mijn code: $U1\n\nNaam: Deelnemer U2\nE-mail: u2@subst.example.org\n"
t_eq "7. the colleague is confirmed" confirmed "$(status_of "$C7" u2@subst.example.org)"
t_eq "7. same pool" organisaties "$(field "$C7" u2@subst.example.org pool)"
t_eq "7. same organisation" "Stichting Vervanging" "$(field "$C7" u2@subst.example.org organisation)"
t_eq "7. the old registration is cancelled" cancelled "$(json "$C7" | jq -r --arg c "$U1" '.[] | select(.code == $c) | .status')"
t_eq "7. new participant's mail" substitution-new "$(kinds_to u2@subst.example.org)"
t_eq "7. old participant's mails" "confirmation,substitution-old" "$(kinds_to u1@subst.example.org)"
t_eq "7. the seat count is unchanged" 1 "$(pool_count "$C7" organisaties confirmed)"

# ---- 8. late cancellation owes the fee -------------------------------------
C8=$T/late.conf
conf "$C8" '/^\[event\]/a cancel_deadline = 2010-05-15'
register "$C8" 2010-05-01T10:00:00+02:00 "Deelnemer K1" k1@late.example.org "Late Organisatie"
register "$C8" 2010-05-01T10:01:00+02:00 "Deelnemer K2" k2@late.example.org "Late Organisatie"
K1=$(code_of "$C8" k1@late.example.org)
K2=$(code_of "$C8" k2@late.example.org)
t_regbot "$C8" --now 2010-05-10T10:00:00+02:00 cancel "$K1" >/dev/null
t_regbot "$C8" --now 2010-05-20T10:00:00+02:00 cancel "$K2" >/dev/null
t_eq "8. cancelled in time: no fee" false "$(json "$C8" | jq -r --arg c "$K1" '.[] | select(.code == $c) | .fee_due')"
t_eq "8. cancelled late: fee due" true "$(json "$C8" | jq -r --arg c "$K2" '.[] | select(.code == $c) | .fee_due')"
t_eq "8. invoices: one participant owed" "1 1000" \
	"$("$REGBOT" --config "$C8" invoices --format json | jq -r '.[0] | "\(.participants) \(.amount)"')"

# ---- 9. the organiser's commands -------------------------------------------
C9=$T/admin.conf
conf "$C9" 's/^seats = 40$/seats = 1/'
at=2010-05-01T10:00:00+02:00
t_check "9. add (a registration by phone)" t_regbot "$C9" --now "$at" add --name "Deelnemer A1" \
	--email a1@admin.example.org --organisation "Telefoon Organisatie" --invoice-reference PO-1
t_check "9. add a second one" t_regbot "$C9" --now "$at" add --name "Deelnemer A2" \
	--email a2@admin.example.org --organisation "Telefoon Organisatie"
A1=$(code_of "$C9" a1@admin.example.org)
A2=$(code_of "$C9" a2@admin.example.org)
t_eq "9. the second waits" waitlisted "$(status_of "$C9" a2@admin.example.org)"
t_check "9. show" bash -c "'$REGBOT' --config '$C9' show $A2 | grep -q 'status: *waitlisted, position 1'"
rc=0; t_regbot "$C9" --now "$at" promote "$A2" || rc=$?
t_eq "9. promote refuses a full pool" 1 "$rc"
t_check "9. promote --force" t_regbot "$C9" --now "$at" promote "$A2" --force
t_eq "9. promoted" confirmed "$(status_of "$C9" a2@admin.example.org)"
t_check "9. move to the municipality pool" t_regbot "$C9" --now "$at" move "$A2" --pool gemeente
t_eq "9. moved" gemeente "$(field "$C9" a2@admin.example.org pool)"
t_check "9. substitute" t_regbot "$C9" --now "$at" substitute "$A1" --name "Deelnemer A3" --email a3@admin.example.org
t_eq "9. substitute keeps the seat" confirmed "$(status_of "$C9" a3@admin.example.org)"
t_check "9. cancel" t_regbot "$C9" --now "$at" cancel "$A2" --reason "verhinderd"
t_check "9. log explains it" bash -c "'$REGBOT' --config '$C9' log $A2 | grep -q 'cancelled by the organiser: verhinderd'"
t_check "9. invoices as CSV" bash -c "'$REGBOT' --config '$C9' invoices --format csv | grep -q '^Telefoon Organisatie,1,\"EUR 1.000,00\",EUR'"
rc=0; t_regbot "$C9" show NOSUCH-CODE0 || rc=$?
t_eq "9. unknown code: runtime error" 1 "$rc"

[ "$T_FAILS" = 0 ] || t_show_log 40
t_done
