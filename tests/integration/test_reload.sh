#!/usr/bin/env bash
# SIGHUP reloads the configuration and the templates, safely:
#  1. an edited template (the confirmation's subject) is used after a HUP,
#     and not before (the daemon renders from memory, not from the disk);
#  2. a configuration that does not check (an unknown key) is refused with
#     its file:line, and the daemon goes on with the running one;
#  3. a template that does not parse is refused, and replies still use the
#     templates that were loaded;
#  4. the daemon answers mail after every HUP and stops on SIGTERM.
set -uo pipefail
. "$(dirname "$0")/../lib/regbot.sh"

t_setup
cp -R "$REGBOT_SRC/templates" "$T/tpl"
t_config "$T/regbot.conf"
sed -i "s|^templates = .*|templates = $T/tpl|" "$T/regbot.conf"
mkmail_batch "$T/mail" 0 4 400 >/dev/null || t_fatal "mkmail failed"
t_add_users "$T/mail/manifest.tsv"
mapfile -t FILES < <(t_manifest_files "$T/mail/manifest.tsv")
mapfile -t USERS < <(t_manifest_users "$T/mail/manifest.tsv")

t_regbot_bg "$T/regbot.conf" --now "$T_NOW" run
pid=$T_BG_PID
connected() { grep -q 'connected (' "$T/regbot.log"; }
wait_until 30 "regbot run connects" connected || t_fatal "regbot run did not connect"

# subject of the confirmation USER received (the newest in their INBOX)
subject_of() {
	mailbox_fetch_headers "$1" INBOX Subject 2>/dev/null | tail -1
}
got_reply() { [ "$(mailbox_count "$1" INBOX)" -ge 1 ]; }
hup_done() { [ "$(grep -c "$1" "$T/regbot.log")" -ge "$2" ]; }

# 1. edit the template on disk: not used until the HUP
for lang in nl en; do
	sed -i '1s/^Subject: /Subject: [EDITED] /' "$T/tpl/$lang/confirmation.txt"
done
deliver_direct robot "${FILES[0]}"
wait_until 60 "reply to ${USERS[0]}" got_reply "${USERS[0]}"
s=$(subject_of "${USERS[0]}")
t_check "before the HUP the loaded template is used ($s)" bash -c "! grep -q EDITED <<<'$s'"
kill -HUP "$pid"
wait_until 30 "reload logged" hup_done 'reloaded ' 1
deliver_direct robot "${FILES[1]}"
wait_until 60 "reply to ${USERS[1]}" got_reply "${USERS[1]}"
s=$(subject_of "${USERS[1]}")
t_check "after the HUP the edited template is used ($s)" grep -q EDITED <<<"$s"

# 2. a configuration that does not check: refused, the old one runs on
cp "$T/regbot.conf" "$T/good.conf"
sed -i 's/^\[robot\]$/[robot]\nno_such_key = 1/' "$T/regbot.conf"
kill -HUP "$pid"
wait_until 30 "refusal logged" hup_done 'keeping the running configuration' 1
t_check "the refusal names file:line" grep -q "reload: $T/regbot.conf:[0-9]*:.*no_such_key" "$T/regbot.log"
deliver_direct robot "${FILES[2]}"
wait_until 60 "reply to ${USERS[2]}" got_reply "${USERS[2]}"
t_check "mail is answered after a refused reload" got_reply "${USERS[2]}"
cp "$T/good.conf" "$T/regbot.conf"

# 3. a template that does not parse: refused, the loaded ones stay
for lang in nl en; do
	sed -i '1s/^Subject: \[EDITED\] /Subject: {{#broken} /' "$T/tpl/$lang/confirmation.txt"
done
kill -HUP "$pid"
wait_until 30 "refusal logged" hup_done 'do not check' 1
deliver_direct robot "${FILES[3]}"
wait_until 60 "reply to ${USERS[3]}" got_reply "${USERS[3]}"
s=$(subject_of "${USERS[3]}")
t_check "after a refused template the loaded one is used ($s)" grep -q EDITED <<<"$s"

t_check "the daemon is still running" t_alive "$pid"
kill -TERM "$pid"
wait_until 30 "regbot run stops" t_gone "$pid"
t_check "regbot run stopped on SIGTERM" t_gone "$pid"
t_done
