#!/usr/bin/env bash
# End to end, one cycle: 70 registrations (25 @almere.nl, 45 from
# organisations) submitted with swaks through Postfix to robot's INBOX, then
# `regbot once`.  The pools hold 20 and 40 seats, so 60 confirmations and
# 10 waitlist notices go out through Postfix back into each participant's
# mailbox; `regbot list` must agree and the robot's INBOX must be empty.
set -euo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CONF=$T/regbot.conf
t_config "$CONF"
mkmail_batch "$T/mails" 25 45
MAN=$T/mails/manifest.tsv
t_add_users "$MAN"
mapfile -t USERS < <(t_manifest_users "$MAN")

t_swaks_batch "$MAN" || t_fatal "swaks could not submit the batch"
servers_wait_queue 60 || t_fatal "Postfix did not deliver the batch"
t_eq "robot's INBOX holds the 70 registrations" 70 "$(mailbox_count robot INBOX)"

start=$SECONDS
rc=0
t_regbot "$CONF" --now "$T_NOW" once || rc=$?
t_eq "regbot once exits 0" 0 "$rc"
t_log "regbot once took $((SECONDS - start)) s"
[ "$rc" = 0 ] || t_show_log

servers_wait_queue 60 || t_notok "Postfix still holds mail after 60 s"
t_wait_replies 70 30 "${USERS[@]}" || true
t_eq "replies delivered to the 70 participants" 70 "$(t_total_replies "${USERS[@]}")"

# Each participant: exactly one reply, auto-replied, of a known kind.
declare -A KIND=()
bad=0 nconf=0 nwait=0
for u in "${USERS[@]}"; do
	n=$(maildir_count "$u")
	if [ "$n" != 1 ]; then
		t_notok "$u has $n replies, expected exactly 1"
		bad=1
		continue
	fi
	line=$(mailbox_fetch_headers "$u" INBOX X-Regbot-Kind Auto-Submitted)
	kind=${line%%$'\t'*} auto=${line#*$'\t'}
	KIND[$u]=$kind
	case $kind in
	confirmation) nconf=$((nconf + 1)) ;;
	waitlist) nwait=$((nwait + 1)) ;;
	*) t_notok "$u: X-Regbot-Kind is '$kind'" && bad=1 ;;
	esac
	if [ "$auto" != auto-replied ]; then
		t_notok "$u: Auto-Submitted is '$auto', expected auto-replied"
		bad=1
	fi
done
t_check "every participant has exactly one auto-replied reply" [ "$bad" = 0 ]
t_eq "confirmations received" 60 "$nconf"
t_eq "waitlist notices received" 10 "$nwait"

# The registrations as regbot lists them.
json=$(t_list "$CONF") || t_fatal "regbot list --format json failed"
t_check "list output is a JSON array" jq -e 'type == "array"' <<<"$json" >/dev/null
t_eq "registrations listed" 70 "$(jq length <<<"$json")"
t_eq "status counts" "confirmed=60 waitlisted=10 cancelled=0 incomplete=0" "$(t_counts "$json")"
t_eq "pool gemeente: confirmed waitlisted" "gemeente 20 5" "$(t_pool_counts "$json" | grep '^gemeente ' || true)"
t_eq "pool organisaties: confirmed waitlisted" "organisaties 40 5" "$(t_pool_counts "$json" | grep '^organisaties ' || true)"
t_eq "waitlist positions, gemeente" "1,2,3,4,5" "$(t_waitlist_positions "$json" gemeente)"
t_eq "waitlist positions, organisaties" "1,2,3,4,5" "$(t_waitlist_positions "$json" organisaties)"
t_eq "every @almere.nl address is in pool gemeente" 0 \
	"$(jq '[.[] | select((.email | test("@almere\\.nl$")) != (.pool == "gemeente"))] | length' <<<"$json")"
t_eq "listed addresses that are not exactly the 70 senders" "" \
	"$(diff <(cut -f2 "$MAN" | sort) <(jq -r '.[].email | ascii_downcase' <<<"$json" | sort) |
		grep '^[<>]' | tr '\n' ' ' || true)"
t_eq "confirmed have no waitlist_position, codes are set and unique" 0 \
	"$(jq '([.[] | select(.status == "confirmed" and .waitlist_position != null)] | length)
	       + ([.[] | select((.code // "") == "")] | length)
	       + (length - ([.[].code] | unique | length))' <<<"$json")"
t_eq "names and organisations were read from the forms" 0 \
	"$(jq '[.[] | select((.name // "") == "" or (.organisation // "") == "")] | length' <<<"$json")"

# The reply each one got matches the list.
mismatch=0
while IFS=$'\t' read -r email status; do
	u=${email%@*}
	want=$([ "$status" = confirmed ] && echo confirmation || echo waitlist)
	if [ "${KIND[$u]:-}" != "$want" ]; then
		mismatch=$((mismatch + 1))
		t_log "$email is $status but got '${KIND[$u]:-nothing}'"
	fi
done < <(jq -r '.[] | [(.email | ascii_downcase), .status] | @tsv' <<<"$json")
t_eq "reply kind matches each registration's status" 0 "$mismatch"

t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"
t_eq "robot's Verwerkt holds all 70" 70 "$(mailbox_count robot Verwerkt)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
