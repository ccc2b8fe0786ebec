#!/usr/bin/env bash
# scripts/demo.sh — the robot on a realistic morning (run by `make demo`).
#
# Starts a private Dovecot + Postfix on loopback (tests/lib/servers.sh) in
# a temp dir, writes a demo configuration and its 0600 password file, puts
# 30 registration mails in the robot's INBOX (the municipality and
# organisations, Dutch and English, one incomplete, one sent twice), runs
#   ./regbot --config DEMOCONF --now 2010-05-01T10:00:00+02:00 once
# and shows the seats per pool, the waitlist and one reply as the
# participant receives it.  Stops everything on exit, also on failure.
#
# Environment: REGBOT (default ./regbot), DEMO_NOW (the pinned clock; empty
# for the real one), REGBOT_DEMO_PORT_BASE (default 20340), DEMO_KEEP=1
# keeps the temp dir.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
REGBOT=${REGBOT:-$REPO/regbot}
DEMO_NOW=${DEMO_NOW-2010-05-01T10:00:00+02:00}
export REGBOT_TEST_PORT_BASE=${REGBOT_DEMO_PORT_BASE:-20340}
# shellcheck source=../tests/lib/servers.sh
. "$REPO/tests/lib/servers.sh"
# shellcheck source=../tests/lib/mkmail.sh
. "$REPO/tests/lib/mkmail.sh"

[ -x "$REGBOT" ] || {
	echo "demo: $REGBOT not found; run 'make' first" >&2
	exit 1
}
command -v jq >/dev/null || {
	echo "demo: jq is missing; run scripts/deps.sh" >&2
	exit 1
}

D=$(mktemp -d "${TMPDIR:-/tmp}/regbot-demo.XXXXXX")
if [ "${DEMO_KEEP:-0}" = 1 ]; then
	at_exit "echo 'demo: kept $D'"
else
	at_exit "rm -rf '$D'"
fi
at_exit "servers_stop '$D/servers'"

say() { printf '\n== %s\n' "$*"; }

say "Starting private mail servers (Dovecot + Postfix on 127.0.0.1)"
t0=$SECONDS
[ -n "${REGBOT_DEMO_PORT_BASE:-}" ] || servers_pick_ports
servers_start "$D/servers"
echo "up in $((SECONDS - t0)) s: IMAP $SRV_IMAP_PORT, SMTP $SRV_SMTP_PORT ($SRV_MODE)"

# ---- configuration
umask 077
printf 'robotpw\n' >"$D/imap.secret"
chmod 600 "$D/imap.secret"
CONF=$D/demo.conf
cat >"$CONF" <<CONF
; regbot demo configuration (scripts/demo.sh)
[imap]
url = imap://127.0.0.1:$SRV_IMAP_PORT
tls = none
user = robot
password_file = $D/imap.secret
mailbox = INBOX
processed = Verwerkt
poll_interval = 2

[smtp]
url = smtp://127.0.0.1:$SRV_SMTP_PORT
tls = none
from = deSTADSWIJKstudies Almere <robot@regbot.test>

[robot]
spool = $D/spool
templates = $REPO/templates
language = nl

[organiser]
name = Programmasecretariaat
email = organiser@regbot.test
digest_time = 08:00

[event]
title = Almere: Sociale ambities in een groeiende stad
timezone = Europe/Amsterdam
fee = 1000.00
currency = EUR

[pool gemeente]
seats = 20
domains = almere.nl
fee = 0

[pool organisaties]
seats = 40
fee = 1000.00

[day 1]
date = 2010-06-01
start = 09:45
end = 16:30
theme = Ambities van bewoners

[day 2]
date = 2010-09-23
start = 09:45
end = 16:30
theme = Diversiteit en identiteit

[day 3]
date = 2010-11-02
start = 09:45
end = 16:30
theme = Wonen met en zonder zorgen

[day 4]
date = 2010-11-23
start = 09:45
end = 16:30
theme = Aanwezige krachten aanboren
CONF
umask 022
mkdir -p "$D/spool"
echo "config: $CONF"

# ---- the morning's mail: 22 from the municipality (two more than its 20
# seats), 6 from organisations, one incomplete form, one sent twice.
say "Filling robot's INBOX with 30 registrations"
mkmail_batch "$D/mail" 22 6
mkmail_registration "$D/mail/029.eml" 29 org nl incomplete
first=$(awk -F'\t' '$4 == "gemeente" { print; exit }' "$D/mail/manifest.tsv")
IFS=$'\t' read -r _ dup_email dup_user _ dup_lang _ <<<"$first"
dup_num=${dup_user//[!0-9]/}
mkmail_registration "$D/mail/030.eml" "$((10#$dup_num))" gemeente "$dup_lang" resend
IFS='|' read -r _ inc_user inc_domain _ <<<"$(mkmail_addr 29 org nl)"
printf '%s\t%s\t%s\t%s\t%s\t%s\n' \
	"$D/mail/029.eml" "$inc_user@$inc_domain" "$inc_user" org nl incomplete \
	"$D/mail/030.eml" "$dup_email" "$dup_user" gemeente "$dup_lang" resend \
	>>"$D/mail/manifest.tsv"
while IFS=$'\t' read -r _ _ user _; do
	servers_add_user "$user" "pw-$user"
done <"$D/mail/manifest.tsv"
mapfile -t FILES < <(cut -f1 "$D/mail/manifest.tsv")
send_mails robot@regbot.test "${FILES[@]}"
servers_wait_queue 60
echo "INBOX of robot: $(mailbox_count robot INBOX) messages" \
	"(incomplete: $inc_user@$inc_domain; twice: $dup_email)"

# ---- the robot
NOWARG=()
[ -n "$DEMO_NOW" ] && NOWARG=(--now "$DEMO_NOW")
say "Running: regbot --config demo.conf ${NOWARG[*]} once"
t0=$(date +%s.%N)
rc=0
"$REGBOT" --config "$CONF" "${NOWARG[@]}" once </dev/null 2>"$D/regbot.log" || rc=$?
sed 's/^/  /' "$D/regbot.log" | tail -n 12
echo "exit $rc after $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }') s"
servers_wait_queue 60 || true
echo "INBOX of robot: $(mailbox_count robot INBOX), Verwerkt: $(mailbox_count robot Verwerkt)"

json=$("$REGBOT" --config "$CONF" "${NOWARG[@]}" list --format json </dev/null)

say "Seats per pool"
printf '%-14s %6s %10s %11s %11s\n' pool seats confirmed waitlisted incomplete
for pool in gemeente organisaties; do
	seats=$(awk -v s="[pool $pool]" '$0 == s { f = 1; next } /^\[/ { f = 0 } f && $1 == "seats" { print $3 }' "$CONF")
	jq -r --arg p "$pool" --arg s "$seats" '
	  [ .[] | select(.pool == $p) ] as $r
	  | [ $p, $s,
	      ($r | map(select(.status == "confirmed")) | length),
	      ($r | map(select(.status == "waitlisted")) | length),
	      ($r | map(select(.status == "incomplete")) | length) ]
	  | @tsv' <<<"$json" | awk -F'\t' '{ printf "%-14s %6s %10s %11s %11s\n", $1, $2, $3, $4, $5 }'
done
other=$(jq '[ .[] | select(.pool != "gemeente" and .pool != "organisaties") ] | length' <<<"$json")
[ "$other" = 0 ] || echo "(and $other registrations without a pool)"

say "Waitlist"
jq -r '[ .[] | select(.status == "waitlisted") ] | sort_by(.pool, .waitlist_position)[]
       | "  \(.pool) #\(.waitlist_position)  \(.name // "?")  <\(.email)>  \(.organisation // "")"' <<<"$json"
[ "$(jq '[ .[] | select(.status == "waitlisted") ] | length' <<<"$json")" != 0 ] || echo "  (empty)"

say "Needs a human (incomplete)"
jq -r '.[] | select(.status == "incomplete") | "  \(.email)  \(.name // "?")"' <<<"$json"
[ "$(jq '[ .[] | select(.status == "incomplete") ] | length' <<<"$json")" != 0 ] || echo "  (none)"

# ---- one reply as its recipient sees it
sample=$(jq -r --arg d "$dup_email" '[ .[] | select(.status == "confirmed" and .email != $d) ][0].email // empty' <<<"$json")
if [ -n "$sample" ]; then
	user=${sample%@*}
	wait_until 30 "the reply to $sample" eval '[ "$(maildir_count "$user")" -ge 1 ]' || true
	say "The reply $sample received (decoded)"
	# The text part only: the headers a reader sees, then the decoded
	# text up to the HTML alternative or the calendar attachment.
	{ doveadm -c "$SRV_DOVECOT_CONF" fetch -u "$user" text.utf8 mailbox INBOX ALL 2>/dev/null |
		awk 'NR == 1 { sub(/^text\.utf8: ?/, ""); if ($0 == "") next } /^\f$/ { exit }
		     !body && /^(From|To|Subject|Date|X-Regbot-Kind):/ { print "  | " $0; next }
		     !body && /^$/ { body = 1; print "  |"; next }
		     !body { next }
		     /^(--|Content-Type:)/ && seen { exit }   # the next MIME part
		     /^Content-|^MIME-|^$/ && !seen { next }
		     { seen = 1; print "  | " $0; if (++n >= 80) exit }'; } || true
	total=0
	for u in $(cut -f3 "$D/mail/manifest.tsv" | sort -u); do
		total=$((total + $(maildir_count "$u")))
	done
	echo "  (replies in the participants' mailboxes: $total)"
else
	echo "no confirmed registration to show a reply for"
fi

say "Stopping the mail servers"
exit "$rc"
