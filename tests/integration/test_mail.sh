#!/usr/bin/env bash
# regbot mail --to confirmed|waitlisted|all --template NAME [--send]
# (issue 10): a one-off message to the participants, captured by smtp-sink.
#  - without --send: a preview (the count and the first message, decoded);
#    nothing is queued or sent;
#  - bad input (a --to, a reply kind as NAME, a missing template, an
#    unknown variable) exits 2 and says what is wrong;
#  - --send queues one per recipient, in the participant's language, with
#    X-Regbot-Kind: announcement and Auto-Submitted: auto-generated; the
#    outbox keeps max_per_hour (3 now, the 4th an hour later);
#  - running it again sends nothing twice; a corrected text goes out again
#    to those whose language version changed; --to waitlisted reaches only
#    them; each registration's log has an entry.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
SINK=$T/sink
smtp_sink_start "$SINK" "$SRV_SINK_PORT" || t_fatal "smtp-sink did not start"
CFG_SMTP_PORT=$SRV_SINK_PORT CFG_SEATS_ORG=4 t_config "$T/regbot.conf"
cp -R "$REGBOT_SRC/templates" "$T/templates"
sed -i "s|^templates = .*|templates = $T/templates|" "$T/regbot.conf"
DB=$T/spool/regbot.db
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rb() { # NOW ARGS...: sets OUT, RC
	local now=$1
	shift
	RC=0
	OUT=$("$REGBOT" --config "$T/regbot.conf" --now "$now" "$@" 2>&1) || RC=$?
}
for i in 1 2 3 4 5; do
	lang=nl
	[ "$i" = 4 ] && lang=en
	rb "2010-05-01T10:00:0$i+02:00" add --name "Deelnemer $i" --email "d$i@example.org" \
		--organisation "Stichting Voorbeeld $i" --lang "$lang"
	[ "$RC" = 0 ] || t_fatal "add $i: $OUT"
done
t_wait_sink "$SINK" 5 20 || t_fatal "the confirmations did not go out"
t_eq "four confirmed (one English), one waiting" "confirmed=4 waitlisted=1 cancelled=0 incomplete=0" \
	"$(t_counts "$(t_list "$T/regbot.conf")")"
announcements() { t_sink_summary "$SINK" | awk '$2 == "announcement"' | sort; }

cat >"$T/templates/nl/zaal.txt" <<'EOF'
Subject: Andere zaal voor {{event_title}}

Beste {{name}},

De cursus is in zaal 4.12. Uw code blijft {{code}}.

{{> signature}}
EOF
cat >"$T/templates/en/zaal.txt" <<'EOF'
Subject: Another room for {{event_title}}

Dear {{name}},

The course is in room 4.12. Your code remains {{code}}.

{{> signature}}
EOF

# Preview.
out_before=$(q "SELECT count(*) FROM outbox")
rb 2010-05-02T10:00:00+02:00 mail --to confirmed --template zaal
t_eq "preview exits 0" 0 "$RC"
t_check "  counts the recipients" grep -q "zaal to confirmed: 4 recipients: 3 in nl (text [0-9a-f]*), 1 in en (text [0-9a-f]*); 0 had this text before; would queue 4" <<<"$OUT"
t_check "  shows the first message decoded" grep -q "^Subject: Andere zaal voor Almere: Sociale ambities" <<<"$OUT"
t_check "  with its kind" grep -q "^X-Regbot-Kind: announcement" <<<"$OUT"
t_check "  and the participant's code in the text" grep -q "Uw code blijft [A-Z0-9]*-" <<<"$OUT"
t_eq "  nothing is queued" "$out_before" "$(q "SELECT count(*) FROM outbox")"
t_eq "  nothing is sent" "" "$(announcements)"

# Bad input.
rb 2010-05-02T10:00:00+02:00 mail --to everyone --template zaal
t_eq "--to everyone: usage (2)" 2 "$RC"
t_check "  says what --to takes" grep -q "is confirmed, waitlisted or all" <<<"$OUT"
rb 2010-05-02T10:00:00+02:00 mail --to all --template confirmation
t_eq "a reply kind as template: refused (2)" 2 "$RC"
rb 2010-05-02T10:00:00+02:00 mail --to all --template ../nl/zaal
t_eq "a path as template: refused (2)" 2 "$RC"
rb 2010-05-02T10:00:00+02:00 mail --to all --template ontbreekt
t_eq "a missing template: refused (2)" 2 "$RC"
t_check "  naming the file" grep -q "there is no $T/templates/nl/ontbreekt.txt" <<<"$OUT"
printf 'Subject: x\n\n{{zaalnummer}}\n' >"$T/templates/nl/fout.txt"
rb 2010-05-02T10:00:00+02:00 mail --to all --template fout
t_eq "an unknown variable: refused (2)" 2 "$RC"
t_check "  naming file, line and name" grep -q "fout.txt:3: unknown template variable 'zaalnummer'" <<<"$OUT"

# Send, paced by max_per_hour.
sed -i 's/^\[smtp\]$/[smtp]\nmax_per_hour = 3/' "$T/regbot.conf"
rb 2010-05-02T10:00:00+02:00 mail --to confirmed --template zaal --send
t_eq "--send exits 0" 0 "$RC"
t_check "  queued 4" grep -q "0 had this text before; queued 4" <<<"$OUT"
t_wait_sink "$SINK" 8 20 || t_fatal "no announcements went out"
t_eq "max_per_hour = 3: three go out now" 3 "$(announcements | wc -l)"
t_eq "  the fourth waits" 1 "$(q "SELECT count(*) FROM outbox WHERE kind = 'announcement' AND status = 'pending'")"
t_regbot "$T/regbot.conf" --now 2010-05-02T11:01:00+02:00 once
t_eq "an hour later the fourth goes out" "d1@example.org announcement
d2@example.org announcement
d3@example.org announcement
d4@example.org announcement" "$(announcements)"
f=$(grep -l "^X-Rcpt-Args: <d4@example.org>" "$SINK"/* | xargs grep -l "X-Regbot-Kind: announcement")
t_check "the English participant gets the English text" grep -q "^Subject: Another room for" "$f"
t_check "  marked auto-generated" grep -q "^Auto-Submitted: auto-generated" "$f"

# Again: nothing twice.
rb 2010-05-02T12:00:00+02:00 mail --to confirmed --template zaal --send
t_eq "again: exits 0" 0 "$RC"
t_check "  4 had this text before; queued 0" grep -q "4 had this text before; queued 0" <<<"$OUT"
t_eq "  no new mail" 4 "$(announcements | wc -l)"

# A corrected Dutch text goes out again to the Dutch; the English one not.
sed -i 's/zaal 4.12/zaal 4.14 (niet 4.12)/' "$T/templates/nl/zaal.txt"
rb 2010-05-02T13:00:00+02:00 mail --to confirmed --template zaal --send
t_check "a corrected text: 1 had it, 3 queued" grep -q "1 had this text before; queued 3" <<<"$OUT"
t_wait_sink "$SINK" 12 20 || t_fatal "the corrected text did not go out"
t_eq "  three more" 7 "$(announcements | wc -l)"

# --to waitlisted (more than an hour later: max_per_hour has room)
n=$(t_sink_count "$SINK")
rb 2010-05-02T14:30:00+02:00 mail --to waitlisted --template zaal --send
t_check "--to waitlisted: one recipient" grep -q "zaal to waitlisted: 1 recipient: 1 in nl" <<<"$OUT"
t_wait_sink "$SINK" $((n + 1)) 20 || t_fatal "the waitlisted one got nothing"
t_eq "  it is d5" 1 "$(announcements | grep -c '^d5@example.org')"

code=$(q "SELECT code FROM registrations WHERE email = 'd1@example.org'")
t_eq "the log of a participant has each message" 2 \
	"$("$REGBOT" --config "$T/regbot.conf" log "$code" | grep -c 'mailed .*one-off message zaal')"
t_done
