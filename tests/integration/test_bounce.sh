#!/usr/bin/env bash
# test_bounce.sh — bounces of the robot's own mail, against the real
# servers: the robot fetches from Dovecot and sends to smtp-sink, whose
# capture gives the confirmation exactly as it went out (its real
# Message-ID); delivery status notifications that return it are saved
# into the robot's INBOX.
#   1. a participant registers and is confirmed;
#   2. a DSN returning the confirmation: no reply is sent, the seat is
#      still confirmed, `regbot log CODE` shows the bounce, the report is
#      filed in the processed folder, and the digest lists it;
#   3. a second mail to the address (the "already registered" answer)
#      fails too: the address counts as failing (`regbot show`, the log,
#      the digest);
#   4. a report about mail the robot never sent: no reply, listed in the
#      digest as unmatched.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
P=deelnemer.bounce@example.org

# registration N: a registration mail from P (the text differs each time)
registration() {
	printf 'From: Deelnemer Een <%s>\nTo: robot@regbot.test\nSubject: Aanmelding\nMessage-ID: <reg%d.%d@example.org>\nDate: Sat, 1 May 2010 10:00:00 +0200\n\nHierbij meld ik mij aan (%d).\n\nNaam: Deelnemer Een\nOrganisatie: Stichting Voorbeeld\nE-mail: %s\n' \
		"$P" "$1" "$$" "$1" "$P" >"$T/reg$1.eml"
	deliver_direct robot "$T/reg$1.eml" || t_fatal "could not deliver to robot's INBOX"
}

# captured KIND: the newest mail of KIND smtp-sink captured
captured() {
	grep -l "^X-Regbot-Kind: $1" "$SINK"/* 2>/dev/null | tail -1
}

# header FILE NAME: the value of the header NAME in a captured mail
header() {
	awk -v h="$2" 'BEGIN { IGNORECASE = 1 } /^\r?$/ { exit } { sub(/\r$/, "") }
	     tolower($0) ~ "^" tolower(h) ":" { sub(/^[^:]*:[ \t]*/, ""); print; exit }' "$1"
}

# dsn ID FILE: a Postfix delivery status notification for P that
# returns the captured mail FILE (without smtp-sink's own X- lines)
dsn() {
	{
		printf 'Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nTo: robot@regbot.test\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <%s.%d@mx.example.org>\nDate: Mon, 3 May 2010 10:00:00 +0200\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s.B"\n\n' "$1" "$$" "$1"
		printf -- '--%s.B\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx.example.org.\n\n<%s>: host mx.example.org said: 550 5.1.1 User unknown\n\n' "$1" "$P"
		printf -- '--%s.B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n    rejected: User unknown in local recipient table\n\n' "$1" "$P" "$P" "$P"
		printf -- '--%s.B\nContent-Type: message/rfc822\n\n' "$1"
		awk 'NR == 1 || hdr { hdr = 1 } hdr && /^X-(Client-|Helo-|Mail-|Rcpt-)/ { next } { hdr = 0; sub(/\r$/, ""); print }' "$2"
		printf -- '\n--%s.B--\n' "$1"
	} >"$T/$1.eml"
}

# 1. register
registration 1
t_regbot "$CONF" --now 2010-05-01T10:00:00+02:00 once || t_fatal "regbot once failed"
CODE=$(t_list "$CONF" | jq -r --arg e "$P" '.[] | select(.email == $e) | .code')
t_check "the participant was registered ($CODE)" test -n "$CODE"
CONFIRMATION=$(captured confirmation)
[ -n "$CONFIRMATION" ] || t_fatal "no confirmation in smtp-sink's capture"
MID=$(header "$CONFIRMATION" Message-ID)
t_log "the confirmation went out as $MID"
t_check "the outbox recorded that Message-ID" \
	test "$(sqlite3 "$T/spool/regbot.db" "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND message_id = '$MID'")" = 1

# 2. the confirmation comes back
dsn dsn1 "$CONFIRMATION"
deliver_direct robot "$T/dsn1.eml" || t_fatal "could not deliver the report"
n=$(t_sink_count "$SINK")
t_regbot "$CONF" --now 2010-05-01T11:00:00+02:00 once || t_notok "regbot once after the report failed"
t_eq "2. no reply to the report" "$n" "$(t_sink_count "$SINK")"
t_eq "2. the seat is still confirmed" confirmed \
	"$(t_list "$CONF" | jq -r --arg e "$P" '.[] | select(.email == $e) | .status')"
LOG=$("$REGBOT" --config "$CONF" log "$CODE" 2>&1)
t_check "2. regbot log shows the bounce of the confirmation" \
	grep -qE 'bounce +mail: permanent failure: the confirmation to '"$P"' was not delivered \(5\.1\.1: 550 5\.1\.1 .*User unknown in local recipient table\); matched by its Message-ID' <<<"$LOG"
t_eq "2. the report is filed as processed" 0 "$(mailbox_count robot INBOX)"
t_check "2. ... in the processed folder" test "$(mailbox_count robot Verwerkt)" -ge 2
DIGEST=$("$REGBOT" --config "$CONF" --now 2010-05-01T11:05:00+02:00 digest --print 2>&1)
t_check "2. the digest lists the bounce with the registration" \
	grep -qF "Deelnemer Een [$CODE]: niet afgeleverd, confirmation aan $P (5.1.1)" <<<"$DIGEST"

# 3. the next mail to the address fails too: it counts as failing
registration 2
t_regbot "$CONF" --now 2010-05-01T12:00:00+02:00 once || t_notok "regbot once failed"
ALREADY=$(captured already)
[ -n "$ALREADY" ] || t_fatal "no 'already registered' answer in the capture"
dsn dsn2 "$ALREADY"
deliver_direct robot "$T/dsn2.eml" || t_fatal "could not deliver the report"
n=$(t_sink_count "$SINK")
t_regbot "$CONF" --now 2010-05-01T13:00:00+02:00 once || t_notok "regbot once after the second report failed"
t_eq "3. no reply to the second report" "$n" "$(t_sink_count "$SINK")"
SHOW=$("$REGBOT" --config "$CONF" show "$CODE" 2>&1)
t_check "3. regbot show says the address is failing" \
	grep -qE '^address failing: +since 2010-05-01 13:00:[0-9]{2} \+02:00, 2 mails failed permanently, last 5\.1\.1$' <<<"$SHOW"
t_check "3. ... and counts the bounces" grep -qE '^bounces: +2 \(2 permanent\)$' <<<"$SHOW"
t_check "3. the log says so" grep -qF "address-failing mail: $P counts as failing: 2 mails to it failed permanently" <<<"$SHOW"
t_eq "3. the seat is still confirmed" confirmed \
	"$(t_list "$CONF" | jq -r --arg e "$P" '.[] | select(.email == $e) | .status')"

# 4. a report about mail the robot never sent
printf 'Return-Path: <>\nFrom: MAILER-DAEMON@elders.example.net\nTo: robot@regbot.test\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <vreemd.%d@elders.example.net>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="V"\n\n--V\nContent-Type: text/plain\n\nThis is the mail system at host elders.example.net.\n\n--V\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; elders.example.net\n\nFinal-Recipient: rfc822; onbekend@elders.example.net\nAction: failed\nStatus: 5.1.1\n\n--V\nContent-Type: text/rfc822-headers\n\nFrom: robot@regbot.test\nMessage-ID: <vervalst.1@elders.example.net>\nSubject: Koop nu\n\n--V--\n' "$$" >"$T/vreemd.eml"
deliver_direct robot "$T/vreemd.eml" || t_fatal "could not deliver the report"
n=$(t_sink_count "$SINK")
t_regbot "$CONF" --now 2010-05-01T14:00:00+02:00 once || t_notok "regbot once failed"
t_eq "4. no reply to a report about someone else's mail" "$n" "$(t_sink_count "$SINK")"
DIGEST=$("$REGBOT" --config "$CONF" --now 2010-05-01T14:05:00+02:00 digest --print 2>&1)
t_check "4. the digest lists it as unmatched" \
	grep -qF 'Bounces die bij geen mail van de robot horen (1):' <<<"$DIGEST"
t_check "4. ... with its sender and address" \
	grep -qF 'van mailer-daemon@elders.example.net: "Undelivered Mail Returned to Sender", onbekend@elders.example.net (5.1.1)' <<<"$DIGEST"
t_check "3. the digest lists the failing address" \
	grep -qF -- "- $P: Deelnemer Een [$CODE], 2 keer blijvend mislukt" <<<"$DIGEST"
t_check "the digest counts the bounces as needing a human" grep -qE '^Subject: .*; [0-9]+ voor u' <<<"$DIGEST"
t_eq "robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"

[ "$T_FAILS" = 0 ] || t_show_log
t_done
