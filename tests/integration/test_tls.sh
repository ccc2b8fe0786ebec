#!/usr/bin/env bash
# test_tls.sh — certificate checking on both sides.  libetpan checks no
# certificate by itself: regbot must refuse an IMAP server whose
# certificate it cannot verify (before sending the password), and libcurl
# must refuse such an SMTP server, while a trusted chain works over
# STARTTLS on both.  Nothing may be lost on the way: refused mail stays in
# the INBOX, refused replies stay in the outbox.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup

mkmail_batch "$T/mail" 0 2 301 >/dev/null
t_add_users "$T/mail/manifest.tsv"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
mapfile -t USERS < <(t_manifest_users "$T/mail/manifest.tsv")
deliver_direct robot "${FILES[0]}"

# A certificate the servers do not have: a stranger's CA.
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=stranger \
	-addext "subjectAltName=IP:127.0.0.1" -keyout "$T/other.key" \
	-out "$T/other.pem" 2>/dev/null || t_fatal "openssl failed"

# tls_conf FILE IMAP_CA SMTP_CA: verified STARTTLS on both sides; an empty
# CA means the system trust store.
tls_conf() {
	t_config "$1"
	sed -i -e 's/^tls = none$/tls = verify/' "$1"
	[ -n "$2" ] && sed -i "/^\[imap\]/a ca_file = $2" "$1"
	[ -n "$3" ] && sed -i "/^\[smtp\]/a ca_file = $3" "$1"
	return 0
}

count_json() { t_list "$1" | jq length; }

# 1. IMAP certificate from an unknown CA: refused, nothing processed.
tls_conf "$T/bad.conf" "$T/other.pem" "$SRV_DIR/cert.pem"
rc=0; t_regbot "$T/bad.conf" --now "$T_NOW" once || rc=$?
t_eq "untrusted IMAP certificate: once fails" 1 "$rc"
t_check "the log says why" grep -q "not trusted" "$T/regbot.log"
t_eq "message stays in INBOX" 1 "$(mailbox_count robot INBOX)"
t_eq "no registration" 0 "$(count_json "$T/bad.conf")"

# 2. The system trust store does not know the test CA either.
tls_conf "$T/sys.conf" "" ""
rc=0; t_regbot "$T/sys.conf" --now "$T_NOW" once || rc=$?
t_eq "system trust store: once fails" 1 "$rc"
t_eq "message still in INBOX" 1 "$(mailbox_count robot INBOX)"

# 3. Trusted CA on both sides: registered and answered over STARTTLS.
tls_conf "$T/good.conf" "$SRV_DIR/cert.pem" "$SRV_DIR/cert.pem"
rc=0; t_regbot "$T/good.conf" --now "$T_NOW" once || rc=$?
t_eq "trusted certificates: once succeeds" 0 "$rc"
t_eq "INBOX empty" 0 "$(mailbox_count robot INBOX)"
t_eq "processed folder holds it" 1 "$(mailbox_count robot Verwerkt)"
t_check "reply delivered to ${USERS[0]}" t_wait_replies 1 30 "${USERS[0]}"

# 4. SMTP certificate untrusted: the decision is kept, the reply waits.
deliver_direct robot "${FILES[1]}"
tls_conf "$T/smtpbad.conf" "$SRV_DIR/cert.pem" "$T/other.pem"
rc=0; t_regbot "$T/smtpbad.conf" --now "$T_NOW" once || rc=$?
t_eq "registration recorded despite SMTP trouble" 2 \
	"$(count_json "$T/smtpbad.conf")"
sleep 2
t_eq "no reply sent to an unverified server" 0 "$(maildir_count "${USERS[1]}")"
t_check "deferral logged" grep -q "deferred" "$T/regbot.log"
# Later, with the right CA and the clock past the backoff, it goes out.
rc=0; t_regbot "$T/good.conf" --now 2010-05-01T12:00:00+02:00 once || rc=$?
t_eq "retry succeeds" 0 "$rc"
t_check "reply delivered to ${USERS[1]}" t_wait_replies 1 30 "${USERS[1]}"

# 5. Implicit TLS (imaps://), verified the same way.
deliver_direct robot "${FILES[0]}"
tls_conf "$T/imaps.conf" "$SRV_DIR/cert.pem" "$SRV_DIR/cert.pem"
sed -i "s#^url = imap://127.0.0.1:$SRV_IMAP_PORT#url = imaps://127.0.0.1:$SRV_IMAPS_PORT#" "$T/imaps.conf"
rc=0; t_regbot "$T/imaps.conf" --now 2010-05-01T13:00:00+02:00 once || rc=$?
t_eq "imaps:// with a trusted certificate" 0 "$rc"
t_eq "INBOX emptied over imaps" 0 "$(mailbox_count robot INBOX)"
tls_conf "$T/imapsbad.conf" "$T/other.pem" "$SRV_DIR/cert.pem"
sed -i "s#^url = imap://127.0.0.1:$SRV_IMAP_PORT#url = imaps://127.0.0.1:$SRV_IMAPS_PORT#" "$T/imapsbad.conf"
deliver_direct robot "${FILES[1]}"
rc=0; t_regbot "$T/imapsbad.conf" --now 2010-05-01T14:00:00+02:00 once || rc=$?
t_eq "imaps:// with an untrusted certificate is refused" 1 "$rc"
t_eq "and the mail stays" 1 "$(mailbox_count robot INBOX)"

[ "$T_FAILS" = 0 ] || t_show_log 30
t_done
