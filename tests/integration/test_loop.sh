#!/usr/bin/env bash
# test_loop.sh — mail loops with plain autoresponders (no Auto-Submitted,
# no auto-reply subject) end within 3 mails, against the real servers:
# the robot fetches from Dovecot, its mail is captured by smtp-sink, and a
# loop driver answers every mail the robot sends to the organiser's
# address or to one participant's with the same plain text, saved into
# the robot's INBOX.  26 `regbot once` cycles advance the clock an hour
# each (25 simulated hours).
#   1. autoresponder on the organiser's address: a question is forwarded
#      once; the organiser's answers are never forwarded back or answered;
#   2. autoresponder on a participant's address: at most 3 mails to it;
#      also when its text changes every time (a counter in it), as long
#      as it says which mail it answers (In-Reply-To);
#   3. the organiser gets at most 3 forwards per sender, and the digest;
#   4. after the first cycles the robot is silent (the loops ended);
#   5. the digest counts the mail it did not answer.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
ORG=organiser@regbot.test
P=deelnemer.auto@example.org
P2=deelnemer.teller@example.org
T0=$(date -u -d 2010-05-03T09:00:00Z +%s)
N=0

# reply_to FILE ADDR: a plain autoresponder's answer from ADDR to the
# robot mail in FILE (In-Reply-To it, no Auto-Submitted); the same text
# every time, except for P2, whose text counts.
reply_to() {
	local f=$1 addr=$2 mid
	mid=$(awk 'BEGIN { IGNORECASE = 1 } /^\r?$/ && seen { exit }
	           { sub(/\r$/, "") } /^x-regbot-kind:/ { seen = 1 }
	           tolower($0) ~ /^message-id:/ { print $2; exit }' "$f")
	N=$((N + 1))
	printf 'From: Auto <%s>\nTo: robot@regbot.test\nSubject: Re: uw bericht\nMessage-ID: <auto%d.%d@example.org>\nIn-Reply-To: %s\nDate: Mon, 3 May 2010 10:00:00 +0200\n\nDank voor uw bericht. Ik lees mijn mail weer vanaf 14 juni.\nMet vriendelijke groet, Auto\n' \
		"$addr" "$N" "$$" "$mid" >"$T/auto$N.eml"
	[ "$addr" = "$P2" ] && printf 'Automatisch bericht nummer %d.\n' "$N" >>"$T/auto$N.eml"
	deliver_direct robot "$T/auto$N.eml" || t_fatal "could not deliver to robot's INBOX"
}

# rcpt_kind FILE: "recipient kind" of one captured mail.
rcpt_kind() {
	awk 'BEGIN { IGNORECASE = 1 } /^\r?$/ && seen { exit } { sub(/\r$/, "") }
	     tolower($0) ~ /^x-rcpt-args:/ { r = $2; gsub(/[<>]/, "", r); r = tolower(r) }
	     tolower($0) ~ /^x-regbot-kind:/ { k = $2; seen = 1 }
	     END { print r, k }' "$1"
}

printf 'From: Deelnemer Auto <%s>\nTo: robot@regbot.test\nSubject: Vraag over de leergang\nMessage-ID: <q1.%d@example.org>\nDate: Mon, 3 May 2010 10:00:00 +0200\n\nIs er parkeergelegenheid bij de bibliotheek?\n\nDeelnemer Auto\n' \
	"$P" "$$" >"$T/q1.eml"
sed -e "s/$P/$P2/" -e "s/<q1\./<q2./" "$T/q1.eml" >"$T/q2.eml"
deliver_direct robot "$T/q1.eml" "$T/q2.eml" || t_fatal "could not deliver the questions"

declare -A SEEN=()
last_active=0
for i in $(seq 0 25); do
	now=$(date -u -d "@$((T0 + i * 3600))" +%Y-%m-%dT%H:%M:%SZ)
	t_regbot "$CONF" --now "$now" once || t_notok "regbot once at $now failed"
	new=0
	for f in "$SINK"/*; do
		[ -f "$f" ] || continue
		[ -n "${SEEN[$f]:-}" ] && continue
		SEEN[$f]=1
		read -r rcpt kind < <(rcpt_kind "$f")
		[ "$kind" = digest ] && continue
		new=$((new + 1))
		case $rcpt in
		"$ORG" | "$P" | "$P2") reply_to "$f" "$rcpt" ;;
		esac
	done
	[ "$new" -gt 0 ] && last_active=$i
done

summary=$(t_sink_summary "$SINK")
n_fwd=$(awk -v a=$ORG '$1 == a && $2 == "forward"' <<<"$summary" | wc -l)
n_org=$(awk -v a=$ORG '$1 == a && $2 != "digest"' <<<"$summary" | wc -l)
n_p=$(awk -v a=$P '$1 == a' <<<"$summary" | wc -l)
n_p2=$(awk -v a=$P2 '$1 == a' <<<"$summary" | wc -l)
# forwards caused by ADDR (the forward names the sender: "Van: ADDR")
fwd_from() { grep -l '^X-Regbot-Kind: forward' "$SINK"/* 2>/dev/null | xargs -r grep -l "^Van: $1" | wc -l; }
n_fwd_p=$(fwd_from "$P") n_fwd_p2=$(fwd_from "$P2") n_fwd_org=$(fwd_from "$ORG")
n_digest=$(awk -v a=$ORG '$1 == a && $2 == "digest"' <<<"$summary" | wc -l)
t_log "mails: $(awk '{ print $1, $2 }' <<<"$summary" | sort | uniq -c | tr '\n' ';')"
t_eq "1. nothing from the organiser's address was forwarded" 0 "$n_fwd_org"
t_check "3. at most 3 forwards per sender ($n_fwd_p, $n_fwd_p2)" \
	test "$n_fwd_p" -ge 1 -a "$n_fwd_p" -le 3 -a "$n_fwd_p2" -ge 1 -a "$n_fwd_p2" -le 3
t_eq "1. the organiser got nothing but forwards and digests" "$n_fwd" "$n_org"
t_check "2. the participant's autoresponder got at most 3 mails (got $n_p)" test "$n_p" -ge 1 -a "$n_p" -le 3
t_check "2. the counting autoresponder got at most 3 mails (got $n_p2)" test "$n_p2" -ge 1 -a "$n_p2" -le 3
t_check "4. the loops ended within the first 3 cycles (last mail in cycle $last_active)" [ "$last_active" -le 2 ]
t_check "5. a digest went out" [ "$n_digest" -ge 1 ]
digest=$(grep -l '^X-Regbot-Kind: digest' "$SINK"/* 2>/dev/null | tail -1)
if [ -n "$digest" ]; then
	t_check "5. the digest counts the mail without an answer" \
		grep -q 'Mail zonder automatisch antwoord' "$digest"
fi
t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
