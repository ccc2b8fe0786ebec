#!/usr/bin/env bash
# The organiser closes the loop by mail (issue 9, section 5), against the
# real servers: mail goes into robot's INBOX over Dovecot, `regbot once`
# reads it over IMAP, replies go out through Postfix into each person's
# mailbox.
#  - every forward carries a token (subject and text) and Reply-To of the
#    asker; the digest lists the token;
#  - from the organiser's address: JA registers what the robot proposed,
#    ANTWOORD reaches the participant in the thread of their mail,
#    AFMELDEN cancels, VERPLAATS moves, NEE closes with no mail, BEVESTIG
#    registers what was understood; one reply lists what was done;
#  - a reused token, a token of another decision (in a reply to one
#    forward), and a decision whose registration changed since are
#    refused, and the whole mail is then applied not at all;
#  - the same commands from another address do nothing, and the real
#    organiser is told; the organiser's address failing DMARC is set
#    aside as forged and shown in the digest.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
CONF=$T/regbot.conf
t_config "$CONF"
sed -i 's/^language = nl$/language = nl\nmax_people = 2/' "$CONF"
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }
M=$T/mail
mkdir -p "$M"
N=0

# mk FROM SUBJECT BODY [HEADER...]: a mail file, added to MAILS (not in
# a subshell: N numbers the Message-IDs).
MAILS=()
mk() {
	local from=$1 subject=$2 body=$3 h f
	shift 3
	N=$((N + 1))
	f=$M/$N.eml
	MAILS+=("$f")
	{
		printf 'From: %s\nTo: robot@regbot.test\n' "$from"
		printf 'Message-ID: <orgcmd-%d@example.org>\n' "$N"
		printf 'Date: Sat, 01 May 2010 10:%02d:00 +0200\n' "$N"
		for h in "$@"; do printf '%s\n' "$h"; done
		printf 'Subject: %s\nMIME-Version: 1.0\n' "$subject"
		printf 'Content-Type: text/plain; charset=UTF-8\n\n%s\n' "$body"
	} >"$f"
}
# group FROM PREFIX: a contact registering three colleagues (over
# max_people: a group request for the organiser)
group() {
	local body="Hierbij meld ik de volgende collega's aan." i
	for i in 1 2 3; do
		body+=$'\n\n'"$i. Naam: Collega $2$i"$'\n'"   E-mail: $2$i@example.org"
		body+=$'\n'"   Organisatie: Stichting Voorbeeld $2"$'\n'"   Functie: adviseur"
	done
	mk "Contactpersoon $2 <$1>" "Aanmelding collega's" "$body"
}
self() { # NAME EMAIL
	mk "$1 <$2>" "Aanmelding" "Hierbij meld ik mij aan.

Naam: $1
Organisatie: Stichting Wijk
E-mail: $2
Functie: Adviseur"
}
org() { mk "Programmasecretariaat <organiser@regbot.test>" "$@"; }
once() {
	t_regbot "$CONF" --now "$T_NOW" once || t_notok "regbot once exits $?"
	servers_wait_queue 60 || t_notok "Postfix still holds mail"
}
# deliver: the mails made since the last delivery, into robot's INBOX
deliver() {
	deliver_direct robot "${MAILS[@]}" || t_fatal "cannot deliver to robot"
	MAILS=()
}
token_of() { q "SELECT token FROM decisions WHERE sender = '$1'"; }
used() { q "SELECT coalesce(used_how, 'open') FROM decisions WHERE token = '$1'"; }
status_of() { q "SELECT status || ' ' || pool FROM registrations WHERE email = '$1' AND status <> 'cancelled'"; }
# kinds USER: the X-Regbot-Kind of each mail USER received, space-separated
kinds() { mailbox_fetch_headers "$1" INBOX X-Regbot-Kind | tr '\n' ' ' | sed 's/ $//'; }
# mail_with USER KIND TEXT: a mail of KIND in USER's mailbox holds TEXT
mails_of() { # USER KIND: the message files of that kind, newest first
	find "$SRV_HOME/$1/Maildir" -type f \( -path '*/new/*' -o -path '*/cur/*' \) \
		-exec grep -l "^X-Regbot-Kind: $2" {} + 2>/dev/null | xargs -r ls -t
}
# decoded FILE: the header and the decoded text parts of a message
decoded() {
	python3 - "$1" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
for k, v in m.items():
    print(f"{k}: {v}")
print()
for part in m.walk():
    if part.get_content_type() == 'text/plain':
        print(part.get_content())
PY
}
mail_with() {
	local f
	for f in $(mails_of "$1" "$2"); do
		decoded "$f" | grep -F -- "$3" >/dev/null && return 0
	done
	return 1
}
last_commands() { # the newest reply to the organiser's commands
	decoded "$(mails_of organiser commands | head -n 1)"
}

for u in contact1 vraag2 vraag3 d4 d5 contact6 contact7 r1 q1 q2 q3 p1 p2 p3 r2 r3 vreemd; do
	servers_add_user "$u" "pw-$u"
done

# ---- round 1: the mails that need a decision, and two registrations
group contact1@example.org p
mk "Deelnemer Twee <vraag2@example.org>" "Parkeren" "Is er parkeergelegenheid bij de bibliotheek?"
mk "Deelnemer Drie <vraag3@example.org>" "Lunch" "Is de lunch vegetarisch?"
group contact6@example.org q
group contact7@example.org r
self "Deelnemer Vier" d4@example.org
self "Deelnemer Vijf" d5@example.org
deliver
M2_ID="<orgcmd-2@example.org>"
once
T1=$(token_of contact1@example.org)
T2=$(token_of vraag2@example.org)
T3=$(token_of vraag3@example.org)
T6=$(token_of contact6@example.org)
T7=$(token_of contact7@example.org)
C4=$(q "SELECT code FROM registrations WHERE email = 'd4@example.org'")
C5=$(q "SELECT code FROM registrations WHERE email = 'd5@example.org'")
t_log "tokens: $T1 $T2 $T3 $T6 $T7; codes ${C4:+C4} ${C5:+C5}"
t_check "every mail for a human has a token of 4 characters" \
	[ "${#T1}${#T2}${#T3}${#T6}${#T7}" = 44444 ]
t_eq "the group requests registered nobody" 0 \
	"$(q "SELECT count(*) FROM registrations WHERE email LIKE 'p_@example.org' OR email LIKE 'q_@example.org' OR email LIKE 'r_@example.org'")"
t_eq "five forwards reached the organiser" 5 "$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind | grep -c '^forward$')"
hdr=$(mailbox_fetch_headers organiser INBOX Subject Reply-To X-Regbot-Kind | grep "\[$T1\]")
t_check "the forward's subject carries the token" grep -q "\[$T1\]" <<<"$hdr"
t_check "and its Reply-To is the asker" grep -q "contact1@example.org" <<<"$hdr"
t_check "the forward proposes JA and offers BEVESTIG" mail_with organiser forward "JA $T1"
t_check "the forward offers ANTWOORD" mail_with organiser forward "ANTWOORD $T2"
t_check "the digest that went out lists the tokens" mail_with organiser digest "token $T3"

# ---- round 2: JA, ANTWOORD, AFMELDEN, VERPLAATS in one mail
org "Opdrachten" "Hallo,

JA $T1
ANTWOORD $T2
Ja, achter de bibliotheek is een parkeergarage.
Tot ziens op 1 juni.

AFMELDEN $C4
VERPLAATS $C5 gemeente

Groet,
Secretariaat"
deliver
once
t_eq "JA registered the three people of the group" "confirmed organisaties|confirmed organisaties|confirmed organisaties" \
	"$(for u in p1 p2 p3; do status_of "$u@example.org"; done | paste -sd '|')"
t_check "each got a confirmation" [ "$(kinds p1)$(kinds p2)$(kinds p3)" = confirmationconfirmationconfirmation ]
t_eq "ANTWOORD: the token is used" ANTWOORD "$(used "$T2")"
t_check "ANTWOORD reaches the participant" mail_with vraag2 answer "achter de bibliotheek is een parkeergarage"
t_check "in the thread of their mail" mail_with vraag2 answer "In-Reply-To: $M2_ID"
t_eq "AFMELDEN cancelled" cancelled "$(q "SELECT status FROM registrations WHERE code = '$C4'")"
t_check "and the participant is told" mail_with d4 cancelled "$C4"
t_eq "VERPLAATS moved" "confirmed gemeente" "$(status_of d5@example.org)"
rep=$(last_commands)
t_check "the organiser's reply says it was done" grep -q "^Subject: \[regbot\] Uw opdrachten: uitgevoerd" <<<"$rep"
t_check "and lists the greeting as skipped" grep -q "regel 1: Hallo," <<<"$rep"
t_check "the audit log names the organiser" \
	grep -q "organiser: cancelled by the organiser by mail" <<<"$("$REGBOT" --config "$CONF" log "$C4")"

# ---- round 3: NEE and BEVESTIG
n3=$(maildir_count vraag3)
org "Re: opdrachten" "NEE $T3
bevestig $T6"
deliver
once
t_eq "NEE closes the decision" NEE "$(used "$T3")"
t_eq "and the asker gets nothing" "$n3" "$(maildir_count vraag3)"
t_eq "BEVESTIG registered what was understood" "confirmed organisaties|confirmed organisaties|confirmed organisaties" \
	"$(for u in q1 q2 q3; do status_of "$u@example.org"; done | paste -sd '|')"

# ---- a reused token: refused, and the mail is applied not at all
regs=$(q "SELECT count(*) FROM registrations")
org "Nog eens" "JA $T1
NEE $T7"
deliver
once
rep=$(last_commands)
t_check "a reused token is refused" grep -q "token $T1 was used already (JA" <<<"$rep"
t_check "the reply says nothing was done" grep -q "Uw opdrachten: niets uitgevoerd" <<<"$rep"
t_eq "the other command of that mail is not applied" open "$(used "$T7")"
t_eq "no registration was added" "$regs" "$(q "SELECT count(*) FROM registrations")"

# ---- a command for a registration that has changed since
self "Collega r1" r1@example.org
deliver
once
t_eq "r1 registered by their own mail" "confirmed organisaties" "$(status_of r1@example.org)"
org "Groep r" "BEVESTIG $T7"
deliver
once
rep=$(last_commands)
t_check "BEVESTIG on a changed state is refused with the reason" \
	grep -q "r1@example.org has registered since the token was issued" <<<"$rep"
t_eq "nobody else of that group is registered" "" "$(status_of r2@example.org)$(status_of r3@example.org)"
t_eq "the token stays open" open "$(used "$T7")"

# ---- a token of another decision, in a reply to one forward
mk "Deelnemer Acht <vraag2@example.org>" "Nog een vraag" "Is er een garderobe?"
deliver
once
T8=$(q "SELECT token FROM decisions WHERE sender = 'vraag2@example.org' AND used_at IS NULL")
F8=$(q "SELECT forward_msgid FROM decisions WHERE token = '$T8'")
t_check "the new question has its own forward" [ -n "$T8" ] && [ -n "$F8" ]
org "Re: [regbot] Voor het secretariaat" "NEE $T7" "In-Reply-To: <$F8>" "References: <$F8>"
deliver
once
rep=$(last_commands)
t_check "a token of another decision is refused" grep -q "token $T7 belongs to another decision" <<<"$rep"
t_eq "it stays open" open "$(used "$T7")"
org "Re: [regbot] Voor het secretariaat" "NEE $T8" "In-Reply-To: <$F8>"
deliver
once
t_eq "the forward's own token is accepted" NEE "$(used "$T8")"

# ---- the organiser's commands from another address
fwd=$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind | grep -c '^forward$')
mk "Iemand Anders <vreemd@example.org>" "Opdrachten" "NEE $T7
VERPLAATS $C5 organisaties"
deliver
once
t_eq "a forged From does nothing" "open|confirmed gemeente" "$(used "$T7")|$(status_of d5@example.org)"
t_eq "the real organiser is told" $((fwd + 1)) "$(mailbox_fetch_headers organiser INBOX X-Regbot-Kind | grep -c '^forward$')"
t_check "with the reason" mail_with organiser forward "which is not the organiser's address"
t_eq "the other address gets no answer" 0 "$(maildir_count vreemd)"

# ---- the organiser's address, but DMARC failed: forged, set aside
before=$(maildir_count organiser)
org "Opdrachten" "NEE $T7" "Authentication-Results: mx.regbot.test; spf=softfail smtp.mailfrom=organiser@regbot.test; dmarc=fail (p=none) header.from=regbot.test"
deliver
once
t_eq "a mail failing DMARC does nothing" open "$(used "$T7")"
t_eq "it is recorded as forged" forged "$(q "SELECT outcome FROM messages ORDER BY id DESC LIMIT 1")"
t_eq "nobody is answered" "$before" "$(maildir_count organiser)"
dg=$("$REGBOT" --config "$CONF" --now "$T_NOW" digest --print 2>&1)
t_check "the digest shows it" grep -q "vervalst" <<<"$dg"

t_eq "the robot's INBOX is empty" 0 "$(mailbox_count robot INBOX)"
[ "$T_FAILS" = 0 ] || t_show_log 30
t_done
