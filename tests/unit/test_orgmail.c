/*
 * The organiser's decisions by mail (orgmail.c) through the real intake
 * path (process_message on a fresh store, the real templates), for what
 * the integration test cannot reach by mail alone:
 *   - a decision that proposes a cancellation (the reader of mail does
 *     not propose one yet): JA cancels; a JA after the registration
 *     changed is refused with the old and the new status;
 *   - a forward names the registration a mail quotes, and carries
 *     Reply-To of the asker;
 *   - an unknown token, a token twice in one mail, and a machine's mail
 *     from the organiser's address.
 * Run from the repository root (tests/run.sh does): templates/ is used.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "clock.h"
#include "config.h"
#include "orgmail.h"
#include "process.h"
#include "seats.h"
#include "store.h"
#include "util.h"

#define T0 1272700800L /* 2010-05-01T08:00:00Z */

static char dir[128];
static struct config cfg;
static struct store *st;
static sqlite3 *db;
static struct robot rb;
static time_t now = T0;
static int nmail;

static void
write_file(const char *path, const char *text, int mode)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	chmod(path, (mode_t)mode);
}

static int
setup(void **state)
{
	(void)state;
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(dir, sizeof dir, "%s/regbot-orgmail-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	char *pw = xasprintf("%s/pw", dir);
	write_file(pw, "x\n", 0600);
	char *conf = xasprintf(
	    "[imap]\nurl = imap://127.0.0.1:9\ntls = none\nuser = r\n"
	    "password_file = %s\n"
	    "[smtp]\nurl = smtp://127.0.0.1:9\ntls = none\n"
	    "from = Robot <robot@regbot.test>\n"
	    "[robot]\nspool = %s/spool\ntemplates = %s/templates\n"
	    "[organiser]\nname = Secretariaat\nemail = org@regbot.test\n"
	    "[event]\ntitle = T\nfee = 1000\n"
	    "[pool a]\nseats = 30\n"
	    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n"
	    "theme = Een\n",
	    pw, dir, cwd);
	char *path = xasprintf("%s/regbot.conf", dir);
	write_file(path, conf, 0600);
	struct config_errors errs;
	int r = config_load(path, &cfg, &errs);
	for (size_t i = 0; i < errs.n; i++)
		print_message("%s\n", errs.msgs[i]);
	assert_int_equal(r, 0);
	config_errors_free(&errs);
	free(pw);
	free(conf);
	free(path);
	char *err = NULL;
	char *spool = xasprintf("%s/spool", dir);
	assert_int_equal(store_open(spool, &st, &err), 0);
	char *dbp = xasprintf("%s/regbot.db", spool);
	assert_int_equal(sqlite3_open(dbp, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	free(dbp);
	free(spool);
	rb.cfg = &cfg;
	rb.st = st;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	sqlite3_close(db);
	store_close(st);
	config_free(&cfg);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

/* Ingests a mail from FROM with extra header lines HDRS, SUBJECT and
 * BODY, and a fresh Message-ID. */
static void
mail(const char *from, const char *hdrs, const char *subject, const char *body)
{
	char *raw = xasprintf("From: %s\nTo: robot@regbot.test\n"
			      "Message-ID: <o%d@test>\n%sSubject: %s\n\n%s",
			      from, ++nmail, hdrs, subject, body);
	now += 60;
	clock_pin(now);
	struct source src = {.received = now};
	assert_int_equal(process_message(&rb, raw, strlen(raw), &src),
			 PROCESS_DONE);
	free(raw);
}

static void
organiser(const char *body)
{
	mail("Secretariaat <org@regbot.test>", "", "Opdrachten", body);
}

/* The first column of a query with one text parameter; caller frees. */
static char *
text(const char *q, const char *a1)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (a1)
		sqlite3_bind_text(s, 1, a1, -1, SQLITE_STATIC);
	char *v = NULL;
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return v;
}

/* The newest mail queued to the organiser of a kind, as text. */
static char *
last_to_organiser(const char *kind)
{
	return text("SELECT CAST(data AS TEXT) FROM outbox WHERE"
		    " rcpt = 'org@regbot.test' AND kind = ?1"
		    " ORDER BY id DESC LIMIT 1",
		    kind);
}

static char *
self_register(const char *name, const char *email)
{
	char *from = xasprintf("%s <%s>", name, email);
	char *body = xasprintf("Hierbij meld ik mij aan.\n\nNaam: %s\n"
			       "Organisatie: Stichting Wijk\nE-mail: %s\n"
			       "Functie: Adviseur\n",
			       name, email);
	mail(from, "", "Aanmelding", body);
	free(from);
	free(body);
	return text("SELECT code FROM registrations WHERE email = ?1", email);
}

/* A decision proposing to cancel `code`, about the newest message, as
 * the reader of mail would issue it for an unsure cancellation. */
static char *
propose_cancel(const char *code)
{
	char *id = text("SELECT max(id) FROM messages WHERE ?1 IS NULL", NULL);
	struct act a;
	act_init(&a, &cfg, st, now, "t", "mail");
	a.msg = strtoll(id, NULL, 10);
	free(id);
	struct message m = {0};
	m.from_addr = "een@e.example.org";
	m.subject = "Ziek";
	struct orgmail_case c = {.why = "a cancellation, not sure",
				 .propose = "cancel",
				 .code = code,
				 .lang = "nl"};
	char token[ORGCMD_TOKEN_LEN + 1];
	assert_int_equal(store_begin(st), 0);
	assert_int_equal(orgmail_issue(&a, &m, &c, NULL, NULL, token), 0);
	assert_int_equal(store_commit(st), 0);
	return xstrdup(token);
}

static void
test_forward_names_code(void **state)
{
	(void)state;
	char *c1 = self_register("Deelnemer Een", "een@e.example.org");
	assert_non_null(c1);
	char *body = xasprintf("Is er parkeergelegenheid bij de "
			       "bibliotheek? Mijn code is %s.\n",
			       c1);
	mail("Deelnemer Een <een@e.example.org>", "", "Vraag", body);
	free(body);
	char *codes = text("SELECT codes FROM decisions WHERE sender = ?1",
			   "een@e.example.org");
	assert_non_null(codes);
	assert_string_equal(codes, c1);
	char *fwd = last_to_organiser("forward");
	assert_non_null(fwd);
	assert_non_null(strstr(fwd, "Reply-To: een@e.example.org"));
	assert_non_null(strstr(fwd, "ANTWOORD "));
	free(fwd);
	free(codes);
	free(c1);
}

static void
test_cancel_proposal(void **state)
{
	(void)state;
	char *c2 = self_register("Deelnemer Twee", "twee@e.example.org");
	char *tk = propose_cancel(c2);
	char *cmd = xasprintf("JA %s\n", tk);
	organiser(cmd);
	char *s = text("SELECT status FROM registrations WHERE code = ?1", c2);
	assert_string_equal(s, "cancelled");
	char *rep = last_to_organiser("commands");
	assert_non_null(strstr(rep, "uitgevoerd"));
	assert_null(strstr(rep, "niets uitgevoerd"));
	free(rep);
	free(s);
	free(cmd);
	free(tk);
	free(c2);
}

static void
test_cancel_proposal_stale(void **state)
{
	(void)state;
	char *c3 = self_register("Deelnemer Drie", "drie@e.example.org");
	char *tk = propose_cancel(c3);
	char *cmd = xasprintf("AFMELDEN %s\n", c3);
	organiser(cmd);
	free(cmd);
	cmd = xasprintf("JA %s\n", tk);
	organiser(cmd);
	char *rep = last_to_organiser("commands");
	assert_non_null(strstr(rep, "niets uitgevoerd"));
	/* (the reply is quoted-printable: the line breaks after this) */
	char *why = xasprintf("%s has changed since the token was issued: it "
			      "was confirmed,",
			      c3);
	if (strstr(rep, why) == NULL)
		fail_msg("no reason in: %s", rep);
	char *used = text("SELECT used_at FROM decisions WHERE token = ?1", tk);
	assert_null(used);
	free(why);
	free(rep);
	free(cmd);
	free(tk);
	free(c3);
}

static void
test_refusals(void **state)
{
	(void)state;
	mail("Vrager <vrager@e.example.org>", "", "Vraag",
	     "Is er parkeergelegenheid?\n");
	char *tk = text("SELECT token FROM decisions WHERE sender = ?1",
			"vrager@e.example.org");
	assert_non_null(tk);
	/* twice in one mail: nothing applied */
	char *cmd = xasprintf("NEE %s\nANTWOORD %s\nJa.\n", tk, tk);
	organiser(cmd);
	free(cmd);
	char *rep = last_to_organiser("commands");
	char *why = xasprintf("token %s is used twice in this mail", tk);
	assert_non_null(strstr(rep, why));
	free(why);
	free(rep);
	char *used = text("SELECT used_at FROM decisions WHERE token = ?1", tk);
	assert_null(used);
	/* an unknown token */
	char unknown[] = "2A2A";
	for (char c = 'A'; c <= 'Z'; c++) {
		unknown[1] = c;
		char *t = text("SELECT token FROM decisions WHERE token = ?1",
			       unknown);
		free(t);
		if (t == NULL)
			break;
	}
	cmd = xasprintf("NEE %s\n", unknown);
	organiser(cmd);
	free(cmd);
	rep = last_to_organiser("commands");
	why = xasprintf("there is no decision with token %s", unknown);
	assert_non_null(strstr(rep, why));
	free(why);
	free(rep);
	/* a machine on the organiser's address: no commands, no reply */
	char *n1 = text("SELECT count(*) FROM outbox WHERE ?1 IS NULL", NULL);
	cmd = xasprintf("NEE %s\n", tk);
	mail("Secretariaat <org@regbot.test>", "Auto-Submitted: auto-replied\n",
	     "Afwezig", cmd);
	free(cmd);
	char *n2 = text("SELECT count(*) FROM outbox WHERE ?1 IS NULL", NULL);
	assert_string_equal(n1, n2);
	used = text("SELECT used_at FROM decisions WHERE token = ?1", tk);
	assert_null(used);
	free(n1);
	free(n2);
	free(tk);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_forward_names_code),
	    cmocka_unit_test(test_cancel_proposal),
	    cmocka_unit_test(test_cancel_proposal_stale),
	    cmocka_unit_test(test_refusals),
	};
	log_open("test_orgmail", 0, LOG_LVL_ERR);
	return cmocka_run_group_tests_name("orgmail", tests, setup, teardown);
}
