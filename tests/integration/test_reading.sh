#!/usr/bin/env bash
# test_reading.sh — issue 9's misreadings, end to end against the real
# servers (Dovecot INBOX, smtp-sink): a registered participant's replies
# that ask, doubt or say "do not" change nothing and reach the organiser
# with what was read; a correction with the code in the writer's own text
# updates the registration and confirms the new values; the same
# correction with the code only in the quoted mail goes to the organiser;
# an answer to a cancellation receipt that reads as a registration ("I did
# NOT want to cancel! Please restore my place") goes to a person and
# registers nobody anew.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"
t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CONF=$T/regbot.conf
CFG_SMTP_PORT=$SRV_SINK_PORT t_config "$CONF"
DB=$T/spool/regbot.db
P=deelnemer.een@example.org
NOW=2010-05-03T12:00:00Z
q() { sqlite3 "$DB" "$1"; }
n=0
mail() { # SUBJECT BODY [IN-REPLY-TO]
	n=$((n + 1))
	{
		printf 'From: Deelnemer Een <%s>\nTo: robot@regbot.test\n' "$P"
		printf 'Subject: %s\nMessage-ID: <r%d.%d@example.org>\n' "$1" "$n" "$$"
		printf 'Date: Mon, 3 May 2010 10:0%d:00 +0200\n' "$n"
		[ -n "${3:-}" ] && printf 'In-Reply-To: %s\n' "$3"
		printf 'Content-Type: text/plain; charset=UTF-8\n\n%b\n' "$2"
	} >"$T/m$n.eml"
	deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
	t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after mail $n"
}
outcome() { q "SELECT outcome FROM messages ORDER BY id DESC LIMIT 1"; }

mail "Aanmelding leergang" "Beste,\n\nHierbij meld ik mij aan.\n\nNaam: Deelnemer Een\nOrganisatie: Stichting Voorbeeld\nFunctie: coach\n\nMet vriendelijke groet,\nDeelnemer Een"
CODE=$(q "SELECT code FROM registrations WHERE email = '$P'")
t_check "registered" test -n "$CODE"
t_eq "confirmed" confirmed "$(q "SELECT status FROM registrations WHERE code = '$CODE'")"
QUOTE="> Beste Deelnemer Een,\n>\n> U bent aangemeld. Uw referentiecode: $CODE"

mail "Re: Bevestiging [$CODE]" "Stel dat ik ziek word, kan ik dan kosteloos afmelden?\n\nOp 3 mei 2010 schreef deSTADSWIJKstudies Almere <robot@regbot.test>:\n$QUOTE"
t_eq "conditional question: still confirmed" confirmed "$(q "SELECT status FROM registrations WHERE code = '$CODE'")"
t_eq "  handed to the organiser as a question" question "$(outcome)"

mail "Re: Bevestiging [$CODE]" "Please do not cancel my registration, $CODE. I will be there.\n"
t_eq "'do not cancel': still confirmed" confirmed "$(q "SELECT status FROM registrations WHERE code = '$CODE'")"
t_eq "  a person reads it" needs-human "$(outcome)"
t_check "  what was read is in the audit log" \
	test "$(q "SELECT count(*) FROM audit WHERE action = 'to-organiser' AND detail LIKE '%cancel in a negation%'")" -ge 1

mail "Correctie" "Mijn naam is verkeerd gespeld, code $CODE.\n\nNaam: Deelnemer Eén\nDieet: vegetarisch\n"
t_eq "correction with the code: name updated" "Deelnemer Eén" "$(q "SELECT name FROM registrations WHERE code = '$CODE'")"
t_eq "  diet updated" vegetarisch "$(q "SELECT diet FROM registrations WHERE code = '$CODE'")"
t_eq "  outcome" corrected "$(outcome)"
t_check "  audit names the old and new value" \
	test "$(q "SELECT count(*) FROM audit WHERE action = 'edited' AND detail LIKE '%Deelnemer Een%Deelnemer Eén%'")" -ge 1
t_check "  the participant gets the new values" \
	sh -c "grep -l 'Deelnemer E' '$SINK'/* 2>/dev/null | xargs grep -l 'vegetarisch' >/dev/null"

# a status request that also asks something else: the status is answered,
# and the question reaches the organiser
mail "Dubbele factuur" "Is mijn aanmelding $CODE goed verwerkt? Ik heb twee facturen gekregen. Wilt u er een crediteren?\n"
t_eq "status and a question: still confirmed" confirmed "$(q "SELECT status FROM registrations WHERE code = '$CODE'")"
# (the reply itself is held back here by the limit of 3 replies a day to
# one address: this participant has had four)
t_eq "  read as a status request" status "$(outcome)"
t_check "  and the question goes to the organiser" \
	test "$(q "SELECT count(*) FROM audit WHERE action = 'to-organiser' AND detail LIKE '%a question with a status request%'")" -ge 1

mail "Re: Bevestiging [$CODE]" "Graag aanpassen:\n\nFunctie: teamleider\n\nOp 3 mei 2010 schreef deSTADSWIJKstudies Almere <robot@regbot.test>:\n$QUOTE"
t_eq "correction with the code only in the quote: unchanged" coach "$(q "SELECT role FROM registrations WHERE code = '$CODE'")"
t_eq "  a person reads it" needs-human "$(outcome)"

mail "Vraag" "Kan ik me nog aanmelden, of is hij al vol? Ik twijfel nog.\n\nMet vriendelijke groet,\nCollega Twee\nE-mail: collega.twee@example.org"
t_eq "question with a signature: nobody new registered" 1 "$(q "SELECT count(*) FROM registrations")"

# A hesitant registration with a form: nobody is registered; the organiser
# gets it with a token that proposes the registration, and JA registers.
P3=drie@example.org
n=$((n + 1))
printf 'From: Collega Drie <%s>\nTo: robot@regbot.test\nSubject: Aanmelding\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 11:00:00 +0200\n\nIk wil mij graag aanmelden maar moet eerst toestemming vragen.\n\nNaam: Collega Drie\nE-mail: %s\nOrganisatie: Stichting Voorbeeld\n' \
	"$P3" "$n" "$$" "$P3" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the hesitant mail"
t_eq "hesitant registration: nobody registered" 0 "$(q "SELECT count(*) FROM registrations WHERE email = '$P3'")"
TOKEN=$(q "SELECT token FROM decisions WHERE sender = '$P3'")
t_eq "  the organiser's token proposes the registration" register \
	"$(q "SELECT propose FROM decisions WHERE token = '$TOKEN'")"
n=$((n + 1))
printf 'From: Secretariaat <organiser@regbot.test>\nTo: robot@regbot.test\nSubject: Besluit\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 12:00:00 +0200\n\nJA %s\n' \
	"$n" "$$" "$TOKEN" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after JA"
t_eq "  JA from the organiser registers" confirmed "$(q "SELECT status FROM registrations WHERE email = '$P3'")"

# A contact registers three colleagues without their organisation: each
# is incomplete and the contact gets an overview.  Her answer to that
# overview (found by its In-Reply-To in the outbox, not by its wording)
# gives only the organisation: it completes all three, and registers
# nobody else.
C=contact.vier@example.net
n=$((n + 1))
printf 'From: Contact Vier <%s>\nTo: robot@regbot.test\nSubject: Aanmelding drie collega'"'"'s\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 11:10:00 +0200\n\nBeste,\n\nHierbij meld ik drie collega'"'"'s aan voor de leergang.\n\n1. Naam: Collega Vijf\n   E-mail: vijf@example.net\n2. Naam: Collega Zes\n   E-mail: zes@example.net\n3. Naam: Collega Zeven\n   E-mail: zeven@example.net\n\nMet vriendelijke groet,\nContact Vier\n' \
	"$C" "$n" "$$" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the group"
t_eq "group without organisation: three incomplete" 3 \
	"$(q "SELECT count(*) FROM registrations WHERE email LIKE '%@example.net' AND status = 'incomplete'")"
OVERVIEW=$(q "SELECT message_id FROM outbox WHERE kind = 'overview' AND rcpt = '$C'")
t_check "  the contact got an overview" test -n "$OVERVIEW"
n=$((n + 1))
printf 'From: Contact Vier <%s>\nTo: robot@regbot.test\nSubject: Re: Uw aanmelding\nMessage-ID: <r%d.%d@example.org>\nIn-Reply-To: %s\nReferences: %s\nDate: Mon, 3 May 2010 11:20:00 +0200\n\nOrganisatie: Stichting Vierhuis\n\nGroet, Contact Vier\n' \
	"$C" "$n" "$$" "$OVERVIEW" "$OVERVIEW" >"$T/m$n.eml"
out=$(timeout 60 "$REGBOT" --config "$CONF" explain "$T/m$n.eml" 2>>"$T/regbot.log")
t_check "  explain finds the overview it answers, by In-Reply-To" \
	grep -q "^answers: *the robot's overview mail to $C" <<<"$out"
t_check "  and says the details complete what that mail left open" \
	grep -q "^completes: " <<<"$out"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the answer"
t_eq "  the answer completes all three" 3 \
	"$(q "SELECT count(*) FROM registrations WHERE email LIKE '%@example.net' AND status = 'confirmed' AND organisation = 'Stichting Vierhuis'")"
t_eq "  and registers nobody else (not the contact)" 0 \
	"$(q "SELECT count(*) FROM registrations WHERE email = '$C'")"
t_check "  each colleague gets a confirmation at their own address" \
	test "$(q "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND rcpt LIKE '%@example.net'")" -eq 3
# Another sender's answer to the same overview is not the contact's: it
# completes nobody.
n=$((n + 1))
printf 'From: Contact Acht <acht@example.net>\nTo: robot@regbot.test\nSubject: Re: Uw aanmelding\nMessage-ID: <r%d.%d@example.org>\nIn-Reply-To: %s\nDate: Mon, 3 May 2010 11:30:00 +0200\n\nOrganisatie: Stichting Achthuis\n' \
	"$n" "$$" "$OVERVIEW" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after a stranger's answer"
t_eq "  another sender's answer to that overview changes nobody" 0 \
	"$(q "SELECT count(*) FROM registrations WHERE organisation = 'Stichting Achthuis' AND email != 'acht@example.net'")"

# A ticket system answers the confirmation with the participant's
# question on top and the robot's whole confirmation below it, without
# '>' or a separator.  The robot knows that text from its outbox (by
# In-Reply-To): its "u kunt zich afmelden" is not the writer's, and the
# seat stays.
CONFMID=$(q "SELECT message_id FROM outbox WHERE kind = 'confirmation' AND rcpt = '$P' ORDER BY id LIMIT 1")
t_check "the participant's confirmation is in the outbox" test -n "$CONFMID"
q "SELECT data FROM outbox WHERE message_id = '$CONFMID'" >"$T/conf.eml"
python3 - "$T/conf.eml" >"$T/conf.txt" <<'PY'
import email, email.policy, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
print(m.get_body(preferencelist=('plain',)).get_content())
PY
t_check "  and its text reads" grep -q "$CODE" "$T/conf.txt"
n=$((n + 1))
{
	printf 'From: Deelnemer Een <%s>\nTo: robot@regbot.test\n' "$P"
	printf 'Subject: [Ticket #4521] Re: Bevestiging [%s]\n' "$CODE"
	printf 'Message-ID: <r%d.%d@example.org>\nIn-Reply-To: %s\nReferences: %s\n' "$n" "$$" "$CONFMID" "$CONFMID"
	printf 'Date: Mon, 3 May 2010 11:40:00 +0200\nX-Mailer: Ticket Mailer\n'
	printf 'Content-Type: text/plain; charset=UTF-8\n\n'
	printf '##- Typ uw antwoord boven deze regel -##\n\nDeelnemer Een\n\n3 mei 2010 11:40\n\n'
	printf 'Goedemorgen,\n\nIk ben slechtziend. Kunnen de presentaties vooraf digitaal naar mij worden gestuurd?\n\n'
	printf 'Met vriendelijke groet,\nDeelnemer Een\n\ndeSTADSWIJKstudies Almere\n\n3 mei 2010 10:02\n\n'
	cat "$T/conf.txt"
	printf '\n--------------------------------\nDit is een automatisch bericht van ons ticketsysteem.\n'
} >"$T/m$n.eml"
out=$(timeout 60 "$REGBOT" --config "$CONF" explain "$T/m$n.eml" 2>>"$T/regbot.log")
t_check "ticket reply: explain finds the confirmation it answers" \
	grep -q "^answers: *the robot's confirmation mail to $P" <<<"$out"
t_check "  the robot's text is not among the writer's own lines" \
	sh -c "! sed -n '/^the writer.s own lines:/,/^people read/p' | grep -q 'referentiecode'" <<<"$out"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the ticket reply"
t_eq "  the seat stays confirmed" confirmed "$(q "SELECT status FROM registrations WHERE code = '$CODE'")"
t_eq "  the question goes to the organiser" question "$(outcome)"

# A participant whose seat was cancelled answers the cancellation receipt:
# "I did NOT want to cancel! Please restore my place".  That reads as a
# registration, but it answers the receipt (found by In-Reply-To in the
# outbox): a person decides; no new registration at the end of the queue.
P6=zes@example.org
n=$((n + 1))
printf 'From: Collega Zes <%s>\nTo: robot@regbot.test\nSubject: Aanmelding\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 11:50:00 +0200\n\nHierbij meld ik mij aan.\n\nNaam: Collega Zes\nOrganisatie: Stichting Zeshuis\nFunctie: coach\n' \
	"$P6" "$n" "$$" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the registration of $P6"
CODE6=$(q "SELECT code FROM registrations WHERE email = '$P6'")
t_regbot "$CONF" --now "$NOW" cancel "$CODE6" >/dev/null || t_notok "regbot cancel $CODE6"
t_eq "cancelled by the organiser's command" cancelled "$(q "SELECT status FROM registrations WHERE code = '$CODE6'")"
CANCMID=$(q "SELECT message_id FROM outbox WHERE kind = 'cancelled' AND rcpt = '$P6' ORDER BY id DESC LIMIT 1")
t_check "  the participant got a cancellation receipt" test -n "$CANCMID"
n=$((n + 1))
printf 'From: Collega Zes <%s>\nTo: robot@regbot.test\nSubject: Re: Afmelding ontvangen [%s]\nMessage-ID: <r%d.%d@example.org>\nIn-Reply-To: %s\nReferences: %s\nDate: Mon, 3 May 2010 12:00:00 +0200\n\nI did NOT want to cancel! Please restore my place - I very much want to attend.\n\nCollega Zes\n' \
	"$P6" "$CODE6" "$n" "$$" "$CANCMID" "$CANCMID" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the answer to the receipt"
t_eq "  the answer to the receipt registers nobody anew" 1 \
	"$(q "SELECT count(*) FROM registrations WHERE email = '$P6'")"
t_eq "  a person reads it" needs-human "$(outcome)"
t_check "  and why" test "$(q "SELECT count(*) FROM audit WHERE action = 'to-organiser' AND detail LIKE '%answer to the cancellation receipt%'")" -ge 1

# a web form's relay of a registration: sent from a no-reply address with
# Reply-To the person its form registers; the person is registered and
# answered, the relay never
P7=zeven@example.org
n=$((n + 1))
printf 'From: Website Leergang <noreply@site.example.org>\nTo: robot@regbot.test\nReply-To: Deelnemer Zeven <%s>\nSubject: Nieuwe inzending: Aanmelden leergang\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 12:10:00 +0200\n\nEr is een nieuwe inzending van het formulier "Aanmelden leergang".\n\nNaam: Deelnemer Zeven\nE-mailadres: %s\nOrganisatie: Stichting Zevenhuis\nFunctie: jongerenwerker\n' \
	"$P7" "$n" "$$" "$P7" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the relayed form"
t_eq "relayed form: the person is registered" confirmed "$(q "SELECT status FROM registrations WHERE email = '$P7'")"
t_check "  and answered" test "$(q "SELECT count(*) FROM outbox WHERE rcpt = '$P7'")" -ge 1
t_eq "  the relay is never answered" 0 "$(q "SELECT count(*) FROM outbox WHERE rcpt LIKE 'noreply@%'")"
t_check "  the log says it was relayed" grep -q "relay.*noreply@site.example.org for $P7" "$T/regbot.log"
# a bot's post through a contact form, relayed the same way: a name of one
# word and an advertisement are no registration, and nobody is answered
P8=bot8@freemail.example.com
n=$((n + 1))
printf 'From: Website Leergang <noreply@site.example.org>\nTo: robot@regbot.test\nReply-To: Robertbot <%s>\nSubject: Nieuw bericht via het contactformulier\nMessage-ID: <r%d.%d@example.org>\nDate: Mon, 3 May 2010 12:20:00 +0200\n\nNaam: Robertbot\nE-mail: %s\nTelefoon: 85729164392\nOrganisatie: SEO\nOnderwerp: Aanmelding\nBericht:\nWe offer registration of your site in 1500 catalogues. Write to us.\n' \
	"$P8" "$n" "$$" "$P8" >"$T/m$n.eml"
deliver_direct robot "$T/m$n.eml" || t_fatal "could not deliver mail $n"
t_regbot "$CONF" --now "$NOW" once || t_notok "regbot once after the contact-form post"
t_eq "contact-form post: nobody registered" 0 "$(q "SELECT count(*) FROM registrations WHERE email = '$P8'")"
t_eq "  nobody answered" 0 "$(q "SELECT count(*) FROM outbox WHERE rcpt IN ('$P8') OR rcpt LIKE 'noreply@%'")"

# regbot explain: what the robot reads in a mail, changing nothing
before=$(q "SELECT count(*) FROM messages")
out=$(timeout 60 "$REGBOT" --config "$CONF" explain "$T/m2.eml" 2>>"$T/regbot.log")
t_check "explain shows the conditional question and its action" \
	grep -q "cancel in a condition" <<<"$out"
t_check "  and the action" grep -q "^action: *question" <<<"$out"
t_check "  a mail without In-Reply-To answers nothing" grep -q "^answers: *- (no In-Reply-To" <<<"$out"
t_eq "  nothing recorded" "$before" "$(q "SELECT count(*) FROM messages")"
t_done
