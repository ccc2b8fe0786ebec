#!/usr/bin/env bash
# Hostile mail (tests/lib/hostile.py): deep MIME nesting, very many parts,
# a huge part, thousands of headers, a 1 MB header line, bad charsets, NUL
# bytes, a huge encoded word, a 500-row table, and names carrying CR LF,
# SQL, HTML or a right-to-left override.
#
#  1. Each through `regbot ingest` (sanitizer build): no crash, leak or
#     hang, exactly one message row, clean outgoing headers, a set-aside
#     mail handed to the organiser, and no more people registered from
#     one mail than the per-mail cap (10).
#  2. Each through the release build (build/regbot, when it was built):
#     the bounds the README states, in CPU time (not wall time, so a busy
#     machine does not fail the test) and peak memory:
#         CPU <= 1 s;  peak RSS <= 2 x the message size + 32 MiB.
#  3. All of them, then a plain registration, into the mailbox of a
#     running `regbot run`: the daemon stays up, handles every message,
#     and the plain registration is confirmed.
#
# HOSTILE_SCALE sets the size: 0.05 here (make check), 1 in make torture
# (a million parts, 100,000 levels, a 50 MB part).
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

SCALE=${HOSTILE_SCALE:-0.05}
t_setup
command -v python3 >/dev/null || t_fatal "python3 is needed (scripts/deps.sh)"
GEN=$REGBOT_SRC/tests/lib/hostile.py
python3 "$GEN" gen "$T/mail" "$SCALE" || t_fatal "hostile.py gen failed"
RELEASE=$REGBOT_SRC/build/regbot
ORG=organiser@regbot.test

# ---- 1 and 2: ingest ------------------------------------------------------
SAVE_IMAP=$SRV_IMAP_PORT
SRV_IMAP_PORT=9 # ingest needs no IMAP
CFG_SMTP_PORT=9 # nobody listens: replies stay in the outbox, read back

cfg_big() {
	rm -rf "$T/spool" "$T/c.conf"
	CFG_SPOOL=$T/spool t_config "$T/c.conf"
	# room for the whole message, so the parser meets it, not the size cap
	sed -i 's/^spool = .*/&\nmax_message_size = 104857600/' "$T/c.conf"
}
q() { sqlite3 -batch -noheader "$T/spool/regbot.db" "$1" 2>/dev/null; }

printf '%-22s %10s %8s %10s  %s\n' message bytes cpu_s rss_kib outcome >"$T/table"
for f in "$T"/mail/*.eml; do
	name=$(basename "$f" .eml)
	size=$(stat -c %s "$f")
	cfg_big
	rc=0
	out=$(timeout -k 5 120 "$REGBOT" --config "$T/c.conf" --now "$T_NOW" \
		ingest "$f" </dev/null 2>&1) || rc=$?
	why=
	[ "$rc" = 0 ] || why="exit $rc"
	if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' <<<"$out"; then
		why="${why:+$why; }sanitizer report"
		grep -E 'Sanitizer|runtime error|#[0-9]+ ' <<<"$out" | head -10 | sed 's/^/    | /'
	fi
	rows=$(q "SELECT count(*) FROM messages")
	[ "$rows" = 1 ] || why="${why:+$why; }$rows message rows"
	outcome=$(q "SELECT outcome FROM messages")
	regs=$(q "SELECT count(*) FROM registrations")
	[ "${regs:-0}" -le 10 ] || why="${why:+$why; }$regs people registered from one mail"
	if [ "$outcome" = set-aside ]; then
		fw=$(q "SELECT count(*) FROM outbox WHERE rcpt = '$ORG'")
		[ "${fw:-0}" -ge 1 ] || why="${why:+$why; }set aside without telling the organiser"
	fi
	while IFS= read -r id; do
		[ -n "$id" ] || continue
		q "SELECT writefile('$T/out.eml', data) FROM outbox WHERE id = $id" >/dev/null
		hdr=$(awk '{ sub(/\r$/, "") } /^$/ { exit } { print }' "$T/out.eml")
		if grep -qvE '^([A-Za-z0-9-]+: |[ \t])' <<<"$hdr" ||
			grep -qiE '^bcc:' <<<"$hdr"; then
			why="${why:+$why; }reply $id has a broken or injected header"
		fi
		if LC_ALL=C grep -qP '[\x00\x0b\x0c\x1b]' "$T/out.eml"; then
			why="${why:+$why; }reply $id carries control characters"
		fi
	done < <(q "SELECT id FROM outbox")
	if [ -n "$why" ]; then t_notok "$name: $why"; else t_ok "$name: $outcome, $regs registered"; fi

	if [ -x "$RELEASE" ]; then
		cfg_big
		read -r xrc cpu rss _ < <(python3 "$GEN" run "$RELEASE" --config "$T/c.conf" \
			--now "$T_NOW" ingest -- "$f" 2>/dev/null)
		limit=$((2 * size / 1024 + 32768))
		printf '%-22s %10d %8s %10d  %s\n' "$name" "$size" "$cpu" "$rss" "$outcome" >>"$T/table"
		ok=1
		[ "$xrc" = 0 ] || ok=0
		awk -v c="$cpu" 'BEGIN { exit !(c <= 1.0) }' || ok=0
		[ "$rss" -le "$limit" ] || ok=0
		if [ "$ok" = 1 ]; then
			t_ok "$name: ${cpu} s CPU, $rss KiB (limit $limit KiB)"
		else
			t_notok "$name: exit $xrc, ${cpu} s CPU (limit 1 s), $rss KiB (limit $limit KiB)"
		fi
	fi
done
[ -x "$RELEASE" ] || t_log "no release build at build/regbot: bounds not measured"
sed 's/^/    /' "$T/table"

# ---- 3: the daemon --------------------------------------------------------
SRV_IMAP_PORT=$SAVE_IMAP
unset CFG_SMTP_PORT
rm -rf "$T/spool"
t_config "$T/run.conf"
n=0
for f in "$T"/mail/*.eml; do
	# the default 10 MB limit: the biggest are set aside unparsed
	deliver_direct robot "$f" || t_fatal "could not deliver $f"
	n=$((n + 1))
done
mk_plain() {
	printf 'From: Deelnemer Twee <d2@example.nl>\r\nTo: robot@regbot.test\r\n'
	printf 'Subject: Aanmelding\r\nMessage-ID: <plain-after-hostile@example.nl>\r\n'
	printf 'Date: Sat, 01 May 2010 10:05:00 +0200\r\n\r\n'
	printf 'Naam: Deelnemer Twee\r\nOrganisatie: Stichting Voorbeeld\r\n'
	printf 'E-mail: d2@example.nl\r\n'
}
mk_plain >"$T/plain.eml"
deliver_direct robot "$T/plain.eml"
n=$((n + 1))
t_regbot_bg "$T/run.conf" --now "$T_NOW" run
pid=$T_BG_PID
handled() { [ "$(mailbox_count robot Verwerkt)" -ge "$n" ]; }
wait_until 120 "all $n messages handled by regbot run" handled
t_eq "messages handled by the daemon" "$n" "$(mailbox_count robot Verwerkt)"
t_check "the daemon is still running" t_alive "$pid"
st=$(sqlite3 -batch -noheader "$T/spool/regbot.db" \
	"SELECT status FROM registrations WHERE email = 'd2@example.nl'")
t_eq "the plain registration after the hostile ones" confirmed "$st"
kill -TERM "$pid" 2>/dev/null
stopped() { t_gone "$pid"; }
wait_until 30 "regbot run stops on SIGTERM" stopped
t_check "regbot run stopped on SIGTERM" t_gone "$pid"
grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$T/regbot.log" &&
	t_notok "sanitizer report in the daemon's log" || t_ok "no sanitizer report in the daemon's log"
t_done
