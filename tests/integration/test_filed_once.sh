#!/usr/bin/env bash
# A handled message is filed in the processed folder once.  A server's
# MOVE is a copy and an expunge, so a daemon killed between the two
# leaves the message in both folders; moving it again on the next pass
# would file it twice.  Before moving a message it handled before, regbot
# looks for its copy (same Message-ID and size) in the processed folder
# and, when it is there, only removes it from the INBOX.
#  1. the same mail delivered again, byte for byte, after it was filed:
#     no second copy, no second answer, the INBOX empty;
#  2. a handled message put back next to its filed copy (what the cut
#     MOVE leaves): the same;
#  3. a different mail that shares the Message-ID (another size) is
#     answered and filed as itself.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$T/regbot.conf"
smtp_sink_start "$T/sink" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
mkmail_batch "$T/mail" 0 2 700 >/dev/null || t_fatal "mkmail failed"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
once() { t_regbot "$T/regbot.conf" --now 2010-05-01T10:00:00+02:00 once; }

deliver_direct robot "${FILES[0]}"
once
t_eq "filed once" 1 "$(mailbox_count robot Verwerkt)"
# 1. the same bytes again
deliver_direct robot "${FILES[0]}"
once
t_eq "the same mail again: still filed once" 1 "$(mailbox_count robot Verwerkt)"
t_eq "and gone from the INBOX" 0 "$(mailbox_count robot INBOX)"
t_check "the log says why" grep -q 'filed in "Verwerkt" already; removing it' "$T/regbot.log"
# 2. a copy of the filed message back in the INBOX (a cut MOVE)
doveadm -c "$SRV_DOVECOT_CONF" copy -u robot INBOX mailbox Verwerkt ALL ||
	t_fatal "doveadm copy failed"
t_eq "the INBOX holds the copy" 1 "$(mailbox_count robot INBOX)"
once
t_eq "after the next pass: filed once" 1 "$(mailbox_count robot Verwerkt)"
t_eq "the INBOX is empty" 0 "$(mailbox_count robot INBOX)"
# 3. another mail with the same Message-ID: its own answer and copy
id=$(sed -n 's/^Message-ID: //Ip' "${FILES[0]}" | head -1 | tr -d '\r')
sed "s/^Message-ID: .*/Message-ID: $id/I" "${FILES[1]}" >"$T/twin.eml"
deliver_direct robot "$T/twin.eml"
once
t_eq "a different mail with the same Message-ID is filed as itself" 2 \
	"$(mailbox_count robot Verwerkt)"
t_eq "replies: one per participant" 2 "$(t_sink_summary "$T/sink" | grep -c confirmation)"
t_done
