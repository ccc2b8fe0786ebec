/*
 * The robot's decisions on hostile or odd mail, through the real intake
 * path (process_message on a fresh store, the real templates):
 *   - a reference code only ever goes to its registration's address
 *     (a forged "Fwd:", a multi-person mail naming someone registered);
 *   - two different mails with one Message-ID are both processed; the
 *     same bytes again are known;
 *   - log lines name a code by its hash prefix, never the code;
 *   - mail from the organiser's address is never answered, forwarded or
 *     registered; forwards per sender and repeated texts are limited;
 *   - a mail naming more people than max_people registers nobody and
 *     goes to the organiser;
 *   - a weak machine signal (subject words, Precedence: bulk, noreply@)
 *     on a registration sends it to a human instead of dropping it;
 *     the digest counts every mail that got no answer;
 *   - group commit: a batch is durable at its commit, all of it or none.
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
#include "digest.h"
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
	snprintf(dir, sizeof dir, "%s/regbot-process-XXXXXX", base);
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
	    "max_people = 3\nforward_limit = 2\n"
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

static enum process_result
ingest(const char *raw)
{
	now += 60;
	clock_pin(now);
	struct source src = {.received = now};
	return process_message(&rb, raw, strlen(raw), &src);
}

/* Ingests a mail from FROM with extra header lines HDRS (may be ""),
 * SUBJECT and BODY, and a fresh Message-ID. */
static enum process_result
mail(const char *from, const char *hdrs, const char *subject, const char *body)
{
	char *raw = xasprintf("From: %s\nTo: robot@regbot.test\n"
			      "Message-ID: <p%d@test>\n%sSubject: %s\n\n%s",
			      from, ++nmail, hdrs, subject, body);
	enum process_result r = ingest(raw);
	free(raw);
	return r;
}

static long
count(const char *q, const char *a1)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (a1)
		sqlite3_bind_text(s, 1, a1, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	long v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* Mails queued to rcpt whose text contains needle. */
static long
mails_with(const char *rcpt, const char *needle)
{
	char *like = xasprintf("%%%s%%", needle);
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db,
					    "SELECT count(*) FROM outbox"
					    " WHERE rcpt = ?1 AND"
					    " CAST(data AS TEXT) LIKE ?2",
					    -1, &s, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(s, 1, rcpt, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, like, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	long v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	free(like);
	return v;
}

static long
mails_to(const char *rcpt)
{
	return count("SELECT count(*) FROM outbox WHERE rcpt = ?1", rcpt);
}

static char *
code_of(const char *email)
{
	struct reg r = {0};
	assert_int_equal(store_reg_find_active(st, email, &r), 1);
	char *c = xstrdup(r.code);
	reg_clear(&r);
	return c;
}

static void
self_register(const char *name, const char *email)
{
	char *from = xasprintf("%s <%s>", name, email);
	char *body = xasprintf("Hierbij meld ik mij aan.\n\nNaam: %s\n"
			       "Organisatie: Stichting Wijk\nE-mail: %s\n"
			       "Functie: Adviseur\n",
			       name, email);
	assert_int_equal(mail(from, "", "Aanmelding", body), PROCESS_DONE);
	free(from);
	free(body);
}

/* Issue 11.1: a forged forward naming a registered person must not give
 * the forger that person's code (it was shown in the overview). */
static void
test_forged_forward(void **state)
{
	(void)state;
	self_register("Deelnemer Slachtoffer", "victim@b.example.org");
	char *code = code_of("victim@b.example.org");
	assert_int_equal(
	    mail("Iemand <attacker@evil.example.org>", "",
		 "Fwd: Aanmelding leergang",
		 "Zie onderstaande aanmelding van mijn collega.\n\n"
		 "---------- Forwarded message ----------\n"
		 "From: Deelnemer Slachtoffer <victim@b.example.org>\n"
		 "Date: 2010/5/3\nSubject: Aanmelding leergang\n"
		 "To: Iemand <attacker@evil.example.org>\n\n\n"
		 "Naam: Deelnemer Slachtoffer\nOrganisatie: Stichting Wijk\n"
		 "E-mail: victim@b.example.org\nFunctie: adviseur\n"),
	    PROCESS_DONE);
	assert_int_equal(mails_with("attacker@evil.example.org", code), 0);
	/* The victim was told, with the code, at their own address. */
	assert_true(mails_with("victim@b.example.org", code) >= 2);
	free(code);
}

/* Issue 11.1: a contact registering several people sees the codes of the
 * registrations their mail created, not of people registered before. */
static void
test_multi_person(void **state)
{
	(void)state;
	self_register("Deelnemer Twee", "twee@b.example.org");
	char *old = code_of("twee@b.example.org");
	assert_int_equal(
	    mail("Contact <contact@evil.example.org>", "", "Aanmelding",
		 "Hierbij meld ik twee collega's aan.\n\n"
		 "1. Naam: Deelnemer Twee\n   E-mail: twee@b.example.org\n"
		 "   Organisatie: Stichting Wijk\n   Functie: adviseur\n\n"
		 "2. Naam: Deelnemer Drie\n   E-mail: drie@b.example.org\n"
		 "   Organisatie: Stichting Wijk\n   Functie: adviseur\n"),
	    PROCESS_DONE);
	char *fresh = code_of("drie@b.example.org");
	assert_int_equal(mails_with("contact@evil.example.org", old), 0);
	assert_int_equal(mails_with("contact@evil.example.org", fresh), 1);
	assert_int_equal(mails_with("contact@evil.example.org", "Al aangemeld"),
			 1);
	free(old);
	free(fresh);
}

/* Issue 11.8: one Message-ID, two different registrations: both count.
 * The same bytes again change nothing. */
static void
test_message_id_reuse(void **state)
{
	(void)state;
#define REUSED(name, email)                                                    \
	"From: " name " <" email ">\nTo: robot@regbot.test\n"                  \
	"Message-ID: <same@crm.example.org>\nSubject: Aanmelding\n\n"          \
	"Hierbij meld ik mij aan.\n\nNaam: " name                              \
	"\nOrganisatie: Stichting Wijk\nE-mail: " email                        \
	"\nFunctie: Adviseur\n"
	char *a = xstrdup(REUSED("Deelnemer Vier", "vier@c.example.org"));
	char *b = xstrdup(REUSED("Deelnemer Vijf", "vijf@c.example.org"));
	assert_int_equal(ingest(a), PROCESS_DONE);
	assert_int_equal(ingest(b), PROCESS_DONE);
	assert_int_equal(ingest(a), PROCESS_KNOWN);
	assert_int_equal(ingest(b), PROCESS_KNOWN);
	/* The same mail by another route: other headers, the same body. */
	char *b2 = xasprintf("Received: from relay2.example.org\n%s", b);
	assert_int_equal(ingest(b2), PROCESS_KNOWN);
	struct reg r = {0};
	assert_int_equal(store_reg_find_active(st, "vier@c.example.org", &r),
			 1);
	reg_clear(&r);
	assert_int_equal(store_reg_find_active(st, "vijf@c.example.org", &r),
			 1);
	reg_clear(&r);
	free(a);
	free(b);
	free(b2);
}

/* Issue 11 (part): INFO lines name a code as code#xxxxxx. */
static void
test_log_hides_code(void **state)
{
	(void)state;
	char *path = xasprintf("%s/log", dir);
	fflush(stderr);
	int saved = dup(2);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	dup2(fileno(fp), 2);
	log_open("test_process", 0, LOG_LVL_INFO);
	self_register("Deelnemer Zes", "zes@c.example.org");
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	fclose(fp);
	log_open("test_process", 0, LOG_LVL_ERR);
	char *code = code_of("zes@c.example.org");
	char tag[SEATS_CODE_TAG];
	seats_code_tag(code, tag);
	char *log = xcalloc(1, 1 << 16);
	fp = fopen(path, "r");
	assert_non_null(fp);
	size_t got = fread(log, 1, (1 << 16) - 1, fp);
	fclose(fp);
	assert_true(got > 0);
	assert_null(strstr(log, code));
	assert_non_null(strstr(log, tag));
	free(log);
	free(code);
	free(path);
}

static long
registrations(void)
{
	return count("SELECT count(*) FROM registrations WHERE ?1 IS NULL",
		     NULL);
}

/* Issue 11.2: mail from the organiser's address (an autoresponder on
 * it) is never forwarded back, answered or read as a registration. */
static void
test_organiser_address(void **state)
{
	(void)state;
	long fwd = mails_to("org@regbot.test");
	long regs = registrations();
	assert_int_equal(mail("Secretariaat <org@regbot.test>", "",
			      "Re: [regbot] For the secretariat: vraag",
			      "Ik ben afwezig tot 14 juni. Hierbij meld ik "
			      "mij aan.\n\nNaam: Secretariaat\n"
			      "Organisatie: Gemeente\n"),
			 PROCESS_DONE);
	assert_int_equal(mails_to("org@regbot.test"), fwd);
	assert_int_equal(registrations(), regs);
}

/* Issue 11.2: one address cannot flood the organiser (forward_limit 2
 * here), and the same text again from one address (a plain
 * autoresponder) gets no answer at all. */
static void
test_forward_limit_and_repeat(void **state)
{
	(void)state;
	long fwd = mails_to("org@regbot.test");
	for (int i = 0; i < 5; i++) {
		char *q =
		    xasprintf("Is er parkeergelegenheid bij dag %d?\n", i + 1);
		assert_int_equal(
		    mail("Vrager <vrager@d.example.org>", "", "Vraag", q),
		    PROCESS_DONE);
		free(q);
	}
	assert_int_equal(mails_to("org@regbot.test"), fwd + 2);
	/* Every one of them is still listed for the digest. */
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action ="
			       " 'to-organiser' AND detail LIKE ?1",
			       "%digest only%"),
			 3);
	/* a plain autoresponder answers the robot's mail (In-Reply-To):
	 * the first is acknowledged, the same text again is not */
	long to_p = mails_to("auto@d.example.org");
	for (int i = 0; i < 4; i++)
		assert_int_equal(mail("Auto <auto@d.example.org>",
				      "In-Reply-To: <ack-auto@regbot.test>\n",
				      "Re: Ontvangen",
				      "Bedankt voor uw bericht. Ik lees het "
				      "na mijn terugkeer.\n"),
				 PROCESS_DONE);
	assert_int_equal(mails_to("auto@d.example.org"), to_p + 1);
	/* A call to the reader with nothing about the course in it (no
	 * request, person, code or answer to any mail: a sales or phishing
	 * mail) reaches the organiser but is never answered, not even
	 * once. */
	long fwd2 = mails_to("org@regbot.test");
	long to_s = mails_to("sales@f.example.org");
	assert_int_equal(mail("Sales <sales@f.example.org>", "",
			      "Register now: top ranking guaranteed",
			      "Dear website owner,\n\nRegister today for our "
			      "package and get 50% off!\n"),
			 PROCESS_DONE);
	assert_int_equal(mails_to("sales@f.example.org"), to_s);
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action ="
			       " 'no-reply' AND detail LIKE ?1",
			       "%a call to the reader%"),
			 1);
	assert_true(mails_to("org@regbot.test") <= fwd2 + 1);
	/* A person's mail the robot does not understand is acknowledged. */
	long to_d = mails_to("decline@f.example.org");
	assert_int_equal(mail("Decliner <decline@f.example.org>", "",
			      "Uitnodiging leergang",
			      "Dank voor de uitnodiging. Helaas doen wij dit "
			      "jaar niet mee vanwege een reorganisatie.\n"),
			 PROCESS_DONE);
	assert_int_equal(mails_to("decline@f.example.org"), to_d + 1);
}

/* Issue 11.6: more people than max_people (3 here) registers nobody;
 * the organiser gets the group request, the sender an acknowledgement. */
static void
test_group_cap(void **state)
{
	(void)state;
	long regs = registrations();
	long fwd = mails_to("org@regbot.test");
	struct buf b;
	buf_init(&b, 1 << 16);
	buf_adds(&b, "Hierbij meld ik de volgende collega's aan.\n\n");
	for (int i = 1; i <= 5; i++) {
		char *p = xasprintf("%d. Naam: Groep Lid%c\n   E-mail: "
				    "lid%d@e.example.org\n   Organisatie: "
				    "Stichting Groep\n   Functie: adviseur\n\n",
				    i, 'A' + i, i);
		buf_adds(&b, p);
		free(p);
	}
	assert_int_equal(
	    mail("Groep <groep@e.example.org>", "", "Aanmelding", buf_str(&b)),
	    PROCESS_DONE);
	buf_free(&b);
	assert_int_equal(registrations(), regs);
	assert_int_equal(mails_to("org@regbot.test"), fwd + 1);
	/* The forward says what was understood. */
	assert_int_equal(mails_with("org@regbot.test", "Niemand is aangemeld"),
			 1);
	assert_int_equal(mails_with("org@regbot.test",
				    "- Groep LidD <lid3@e.example.org>, "
				    "Stichting Groep"),
			 1);
	assert_int_equal(mails_with("groep@e.example.org", "received"), 1);
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action ="
			       " 'group-request' AND detail LIKE ?1",
			       "%5 people%"),
			 1);
}

/* Issue 11.7: a weak machine signal does not discard a registration:
 * it goes to a person (no automatic answer), and is counted. */
static void
test_weak_robot(void **state)
{
	(void)state;
	static const struct {
		const char *from, *hdrs, *subject;
	} cases[] = {
	    {"Deelnemer Zeven <zeven@f.example.org>", "",
	     "Aanmelding (dag 2 afwezig)"},
	    {"Deelnemer Acht <acht@f.example.org>", "",
	     "Aanmelding na mijn vakantie"},
	    {"CRM <crm@f.example.org>", "Precedence: bulk\n", "Aanmelding"},
	    {"Webformulier <noreply@f.example.org>", "", "Aanmelding"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long fwd = mails_to("org@regbot.test");
		long noreply = count("SELECT count(*) FROM audit WHERE"
				     " action = 'no-reply' AND ?1 IS NULL",
				     NULL);
		char *body = xasprintf("Hierbij meld ik mij aan.\n\n"
				       "Naam: Deelnemer %zu\nOrganisatie: "
				       "Stichting Wijk\nE-mail: "
				       "weak%zu@f.example.org\n",
				       i, i);
		assert_int_equal(
		    mail(cases[i].from, cases[i].hdrs, cases[i].subject, body),
		    PROCESS_DONE);
		free(body);
		assert_int_equal(mails_to("org@regbot.test"), fwd + 1);
		assert_int_equal(count("SELECT count(*) FROM audit WHERE"
				       " action = 'no-reply' AND ?1 IS NULL",
				       NULL),
				 noreply + 1);
	}
	/* A real auto-reply (RFC 3834) still gets nothing, and no
	 * forward. */
	long fwd = mails_to("org@regbot.test");
	assert_int_equal(mail("Deelnemer Negen <negen@f.example.org>",
			      "Auto-Submitted: auto-replied\n",
			      "Automatisch antwoord: Aanmelding",
			      "Hierbij meld ik mij aan.\n\nNaam: Negen\n"),
			 PROCESS_DONE);
	assert_int_equal(mails_to("org@regbot.test"), fwd);
	assert_int_equal(mails_to("negen@f.example.org"), 0);
}

/* Issue 11.7: the digest counts every mail that got no answer and lists
 * each one with content (the weak-robot registrations above). */
static void
test_digest_counts(void **state)
{
	(void)state;
	long n = count("SELECT count(*) FROM audit WHERE action = 'no-reply'"
		       " AND ?1 IS NULL",
		       NULL);
	assert_true(n >= 6);
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_non_null(fp);
	assert_int_equal(digest_print(&cfg, st, now, 0, fp), 0);
	fclose(fp);
	char *line = xasprintf("Mail zonder automatisch antwoord: %ld", n);
	assert_non_null(strstr(out, line));
	assert_non_null(strstr(out, "Aanmelding (dag 2 afwezig)"));
	assert_non_null(strstr(out, "Aanmelding na mijn vakantie"));
	free(line);
	free(out);
}

/* Group commit (issue 12): a batch's messages are decided in one open
 * transaction, which another connection does not see until
 * process_group_commit, then all of it, raw copies included; the same
 * mail again in the batch is known.  A batch whose transaction SQLite
 * dropped (a full disk) is never reported committed. */
static void
test_group_commit(void **state)
{
	(void)state;
	const char *q = "SELECT count(*) FROM messages WHERE from_addr = ?1";
	const char *reg = "Hierbij meld ik mij aan.\n\nNaam: Groep Een\n"
			  "Organisatie: Stichting Wijk\n"
			  "E-mail: groep1@d.example.org\nFunctie: Adviseur\n";
	char *a = xasprintf("From: Groep Een <groep1@d.example.org>\n"
			    "To: robot@regbot.test\nMessage-ID: <g1@test>\n"
			    "Subject: Aanmelding\n\n%s",
			    reg);
	process_group_begin();
	assert_int_equal(ingest(a), PROCESS_DONE);
	assert_int_equal(mail("Groep Twee <groep2@d.example.org>", "", "Vraag",
			      "Is er parkeergelegenheid?\n"),
			 PROCESS_DONE);
	assert_int_equal(ingest(a), PROCESS_KNOWN);
	assert_int_equal(count(q, "groep1@d.example.org"), 0);
	assert_int_equal(mails_to("groep1@d.example.org"), 0);
	assert_int_equal(process_group_commit(&rb), 0);
	assert_int_equal(count(q, "groep1@d.example.org"), 1);
	assert_int_equal(count(q, "groep2@d.example.org"), 1);
	assert_int_equal(mails_to("groep1@d.example.org"), 1);
	assert_int_equal(count("SELECT count(*) FROM messages WHERE"
			       " from_addr LIKE 'groep%' AND raw_path IS NULL",
			       NULL),
			 0);
	/* Dropped: what was decided is gone, and the commit says so. */
	assert_int_equal(mail("Groep Drie <groep3@d.example.org>", "", "Vraag",
			      "Is er een lift?\n"),
			 PROCESS_DONE);
	store_rollback(st);
	assert_int_equal(process_group_end(&rb), -1);
	assert_int_equal(count(q, "groep3@d.example.org"), 0);
	/* Out of group mode each message commits on its own. */
	assert_int_equal(mail("Groep Drie <groep3@d.example.org>", "", "Vraag",
			      "Is er een lift?\n"),
			 PROCESS_DONE);
	assert_int_equal(count(q, "groep3@d.example.org"), 1);
	free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_forged_forward),
	    cmocka_unit_test(test_multi_person),
	    cmocka_unit_test(test_message_id_reuse),
	    cmocka_unit_test(test_log_hides_code),
	    cmocka_unit_test(test_organiser_address),
	    cmocka_unit_test(test_forward_limit_and_repeat),
	    cmocka_unit_test(test_group_cap),
	    cmocka_unit_test(test_weak_robot),
	    cmocka_unit_test(test_digest_counts),
	    cmocka_unit_test(test_group_commit),
	};
	log_open("test_process", 0, LOG_LVL_ERR);
	return cmocka_run_group_tests_name("process", tests, setup, teardown);
}
