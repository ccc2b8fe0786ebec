/*
 * What people on the waiting list are told, through the real intake path
 * (process_message and process_tick on a fresh store, the real
 * templates, each mail decoded as its reader sees it):
 *   - someone held by the per-organisation cap while seats are free is
 *     told that, not "all seats are taken"; when the cap lifts they are
 *     told again: a waitlist-update with their position when no seat is
 *     free, a promotion when one is; a colleague taking a seat can make
 *     the cap hold someone again, and they are told that too;
 *   - two people waitlisted by one mail get the positions that `list`
 *     (the store), the digest and its CSV give them;
 *   - an expired seat offer is mailed as an expired offer
 *     (offer-expired), not as "cancellation received".
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
#include "preview.h"
#include "process.h"
#include "seats.h"
#include "store.h"
#include "util.h"

#define T0 1272700800L /* 2010-05-01T08:00:00Z */
#define HOUR 3600L

static char dir[128];
static struct config cfgs[2]; /* [0] promote at once, [1] offers */
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

static void
load(int offers, const char *cwd)
{
	char *pw = xasprintf("%s/pw", dir);
	write_file(pw, "x\n", 0600);
	/* organisaties: 2 seats, at most 1 per organisation until 4 May;
	 * gemeente: 1 seat. */
	char *conf = xasprintf(
	    "[imap]\nurl = imap://127.0.0.1:9\ntls = none\nuser = r\n"
	    "password_file = %s\n"
	    "[smtp]\nurl = smtp://127.0.0.1:9\ntls = none\n"
	    "from = Robot <robot@regbot.test>\n"
	    "[robot]\nspool = %s/spool\ntemplates = %s/templates\n"
	    "rate_limit = 100\n"
	    "[organiser]\nname = Secretariaat\nemail = org@regbot.test\n"
	    "[event]\ntitle = Leergang T\nfee = 1000\noffer_hours = %d\n"
	    "[pool gemeente]\nseats = 1\ndomains = gemeente.example.nl\n"
	    "fee = 0\n"
	    "[pool organisaties]\nseats = 2\norg_cap = 1\n"
	    "org_cap_until = 2010-05-04T08:00:00Z\n"
	    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n"
	    "theme = Een\n",
	    pw, dir, cwd, offers ? 24 : 0);
	char *path = xasprintf("%s/regbot%d.conf", dir, offers);
	write_file(path, conf, 0600);
	struct config_errors errs;
	int r = config_load(path, &cfgs[offers], &errs);
	for (size_t i = 0; i < errs.n; i++)
		print_message("%s\n", errs.msgs[i]);
	assert_int_equal(r, 0);
	config_errors_free(&errs);
	free(pw);
	free(conf);
	free(path);
}

static int
setup(void **state)
{
	(void)state;
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(dir, sizeof dir, "%s/regbot-notices-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	load(0, cwd);
	load(1, cwd);
	char *err = NULL;
	char *spool = xasprintf("%s/spool", dir);
	assert_int_equal(store_open(spool, &st, &err), 0);
	char *dbp = xasprintf("%s/regbot.db", spool);
	assert_int_equal(sqlite3_open(dbp, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	free(dbp);
	free(spool);
	rb.st = st;
	log_open("test_notices", 0, LOG_LVL_ERR);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	sqlite3_close(db);
	store_close(st);
	config_free(&cfgs[0]);
	config_free(&cfgs[1]);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

/* A fresh store and clock for each test, with configuration `offers`. */
static int
fresh(int offers)
{
	char *e = NULL;
	assert_int_equal(
	    sqlite3_exec(db,
			 "DELETE FROM calendar_sent; DELETE FROM outbox;"
			 " DELETE FROM audit; DELETE FROM message_uids;"
			 " DELETE FROM registrations; DELETE FROM messages;"
			 " DELETE FROM pool_releases; DELETE FROM job_runs;",
			 NULL, NULL, &e),
	    SQLITE_OK);
	rb.cfg = &cfgs[offers];
	now = T0;
	return 0;
}

static int
fresh_now(void **state)
{
	(void)state;
	return fresh(0);
}

static int
fresh_offers(void **state)
{
	(void)state;
	return fresh(1);
}

static void
ingest(const char *raw)
{
	now += 60;
	clock_pin(now);
	struct source src = {.received = now};
	assert_int_equal(process_message(&rb, raw, strlen(raw), &src),
			 PROCESS_DONE);
}

static void
register_one(const char *name, const char *email, const char *org)
{
	char *raw =
	    xasprintf("From: %s <%s>\nTo: robot@regbot.test\n"
		      "Message-ID: <n%d@test>\nSubject: Aanmelding\n\n"
		      "Hierbij meld ik mij aan.\n\nNaam: %s\n"
		      "Organisatie: %s\nE-mail: %s\nFunctie: Adviseur\n",
		      name, email, ++nmail, name, org, email);
	ingest(raw);
	free(raw);
}

static void
tick(time_t t)
{
	now = t;
	clock_pin(now);
	assert_int_equal(process_tick(&rb, now), 0);
}

static void
organiser_cancel(const char *email)
{
	struct reg r = {0};
	assert_int_equal(store_reg_find_active(st, email, &r), 1);
	now += 60;
	assert_int_equal(store_begin(st), 0);
	struct act a;
	char tag[32];
	snprintf(tag, sizeof tag, "o%lld", (long long)now);
	act_init(&a, rb.cfg, st, now, tag, "organiser");
	char *why = NULL;
	assert_int_equal(seats_cancel(&a, &r, "test", &why), 0);
	assert_int_equal(store_commit(st), 0);
	reg_clear(&r);
}

static struct reg *
reg_of(const char *email, struct reg *r)
{
	memset(r, 0, sizeof *r);
	assert_int_equal(store_reg_find_active(st, email, r), 1);
	return r;
}

static long
count(const char *q, const char *a1, const char *a2)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (a1)
		sqlite3_bind_text(s, 1, a1, -1, SQLITE_STATIC);
	if (a2)
		sqlite3_bind_text(s, 2, a2, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	long v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

static long
mails(const char *rcpt, const char *kind)
{
	return count("SELECT count(*) FROM outbox WHERE rcpt = ?1 AND"
		     " kind = ?2",
		     rcpt, kind);
}

/* The newest mail of `kind` to rcpt, decoded (headers and text) as a
 * reader sees it; caller frees. */
static char *
mail_text(const char *rcpt, const char *kind)
{
	sqlite3_stmt *s;
	assert_int_equal(
	    sqlite3_prepare_v2(db,
			       "SELECT data FROM outbox WHERE rcpt = ?1 AND"
			       " kind = ?2 ORDER BY id DESC LIMIT 1",
			       -1, &s, NULL),
	    SQLITE_OK);
	sqlite3_bind_text(s, 1, rcpt, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW)
		fail_msg("no %s mail to %s", kind, rcpt);
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	char *err = NULL;
	assert_int_equal(preview_decode(sqlite3_column_blob(s, 0),
					(size_t)sqlite3_column_bytes(s, 0), out,
					&err),
			 0);
	fclose(out);
	sqlite3_finalize(s);
	return text;
}

#define assert_has(text, needle)                                               \
	do {                                                                   \
		if (strstr((text), (needle)) == NULL)                          \
			fail_msg("no \"%s\" in:\n%s", (needle), (text));       \
	} while (0)
#define assert_has_not(text, needle)                                           \
	do {                                                                   \
		if (strstr((text), (needle)) != NULL)                          \
			fail_msg("\"%s\" in:\n%s", (needle), (text));          \
	} while (0)

/* 1 when a line of text holds both a and b. */
static int
line_with(const char *text, const char *a, const char *b)
{
	for (const char *p = text; p && *p;) {
		const char *e = strchr(p, '\n');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		char *line = xstrndup(p, n);
		int yes = strstr(line, a) && strstr(line, b);
		free(line);
		if (yes)
			return 1;
		p = e ? e + 1 : NULL;
	}
	return 0;
}

/* Held by the cap while a seat is free: told so; the cap's end lifts it
 * while the pool is full: told again, with the position; the next free
 * seat is theirs. */
static void
test_cap_held_then_lifted(void **state)
{
	(void)state;
	struct reg r;
	register_one("Deelnemer Een", "een@een.example.org", "Stichting Een");
	register_one("Deelnemer Twee", "twee@een.example.org", "Een");
	reg_of("twee@een.example.org", &r);
	assert_string_equal(r.status, "waitlisted");
	assert_non_null(r.hold);
	reg_clear(&r);
	/* One of two seats is free: the mail names the cap, not a full
	 * course. */
	assert_int_equal(count("SELECT count(*) FROM registrations WHERE"
			       " pool = 'organisaties' AND status ="
			       " 'confirmed' AND ?1 IS NULL",
			       NULL, NULL),
			 1);
	char *t = mail_text("twee@een.example.org", "waitlist");
	assert_has(t, "Uw organisatie heeft al 1 plaats(en) in deze leergang");
	assert_has(t, "het\nmaximum per organisatie tot dinsdag 4 mei 2010");
	assert_has(t, "op plaats 1.");
	assert_has_not(t, "Alle plaatsen zijn op dit moment bezet");
	free(t);

	/* Another organisation passes and fills the pool. */
	register_one("Deelnemer Drie", "drie@twee.example.org", "Twee");
	reg_of("drie@twee.example.org", &r);
	assert_string_equal(r.status, "confirmed");
	reg_clear(&r);
	register_one("Participant Four", "vier@drie.example.org", "Drie");
	t = mail_text("vier@drie.example.org", "waitlist");
	assert_has(t, "Alle plaatsen zijn op dit moment bezet");
	assert_has(t, "op plaats 2.");
	free(t);

	/* 4 May: the cap ends; no seat is free, so a notice. */
	assert_int_equal(mails("twee@een.example.org", "waitlist-update"), 0);
	tick(T0 + 73 * HOUR);
	reg_of("twee@een.example.org", &r);
	assert_string_equal(r.status, "waitlisted");
	assert_null(r.hold);
	assert_int_equal(r.waitlist_position, 1);
	reg_clear(&r);
	assert_int_equal(mails("twee@een.example.org", "waitlist-update"), 1);
	t = mail_text("twee@een.example.org", "waitlist-update");
	assert_has(t, "X-Regbot-Kind: waitlist-update");
	assert_has(t, "houdt u niet langer tegen");
	assert_has(t, "op plaats 1,");
	free(t);
	assert_int_equal(count("SELECT count(*) FROM audit a JOIN"
			       " registrations r ON r.id = a.registration"
			       " WHERE r.email = ?1 AND a.action ="
			       " 'cap-lifted'",
			       "twee@een.example.org", NULL),
			 1);
	/* Later ticks tell nobody again. */
	tick(now + HOUR);
	assert_int_equal(mails("twee@een.example.org", "waitlist-update"), 1);
	assert_int_equal(mails("vier@drie.example.org", "waitlist-update"), 0);

	/* A seat frees: the first in line gets it. */
	organiser_cancel("drie@twee.example.org");
	reg_of("twee@een.example.org", &r);
	assert_string_equal(r.status, "confirmed");
	reg_clear(&r);
	assert_int_equal(mails("twee@een.example.org", "promotion"), 1);
}

/* Before the cap's end: a colleague's cancellation lifts the cap with a
 * seat free (a promotion); another colleague then waits held again, and
 * is told when the organisation's seat is taken. */
static void
test_cap_lifted_by_colleague(void **state)
{
	(void)state;
	struct reg r;
	register_one("Deelnemer Een", "een@een.example.org", "Een");
	register_one("Deelnemer Twee", "twee@een.example.org", "Een");
	register_one("Deelnemer Drie", "drie@een.example.org", "Een");
	reg_of("drie@een.example.org", &r);
	assert_non_null(r.hold);
	assert_int_equal(r.waitlist_position, 2);
	reg_clear(&r);
	/* Een gives up its seat: twee (first in line) gets it at once; the
	 * cap holds drie again, without a mail (nothing changed for
	 * drie). */
	organiser_cancel("een@een.example.org");
	reg_of("twee@een.example.org", &r);
	assert_string_equal(r.status, "confirmed");
	assert_null(r.hold);
	reg_clear(&r);
	assert_int_equal(mails("twee@een.example.org", "promotion"), 1);
	assert_int_equal(mails("twee@een.example.org", "waitlist-update"), 0);
	reg_of("drie@een.example.org", &r);
	assert_non_null(r.hold);
	assert_int_equal(r.waitlist_position, 1);
	reg_clear(&r);
	assert_int_equal(mails("drie@een.example.org", "waitlist-update"), 0);

	/* Twee cancels too: drie's organisation has no seat now, and one is
	 * free: drie gets it. */
	organiser_cancel("twee@een.example.org");
	reg_of("drie@een.example.org", &r);
	assert_string_equal(r.status, "confirmed");
	reg_clear(&r);

	/* Held anew: vier waits unheld behind a full pool; vijf of vier's
	 * organisation takes a freed seat as an offer-less promotion, and
	 * vier is told the cap holds it now. */
	register_one("Deelnemer Vijf", "vijf@twee.example.org", "Twee");
	register_one("Deelnemer Vier", "vier@drie.example.org", "Drie");
	register_one("Deelnemer Zes", "zes@drie.example.org", "Drie");
	reg_of("zes@drie.example.org", &r);
	assert_null(r.hold); /* Drie has no seat yet: waits for one */
	reg_clear(&r);
	organiser_cancel("drie@een.example.org");
	reg_of("vier@drie.example.org", &r);
	assert_string_equal(r.status, "confirmed");
	reg_clear(&r);
	reg_of("zes@drie.example.org", &r);
	assert_non_null(r.hold);
	reg_clear(&r);
	assert_int_equal(mails("zes@drie.example.org", "waitlist-update"), 1);
	char *t = mail_text("zes@drie.example.org", "waitlist-update");
	assert_has(t, "Uw organisatie heeft nu 1 plaats(en)");
	assert_has(t, "kunnen deelnemers van andere organisaties u voorgaan");
	free(t);
}

/* A contact registers two colleagues in one mail while the pool is
 * full: their positions in the waitlist mails are the store's (list),
 * and the digest's and its CSV's. */
static void
test_two_waitlisted_by_one_mail(void **state)
{
	(void)state;
	register_one("Deelnemer Een", "een@gemeente.example.nl", "Gemeente");
	register_one("Deelnemer Twee", "twee@gemeente.example.nl", "Gemeente");
	ingest("From: Contact <contact@gemeente.example.nl>\n"
	       "To: robot@regbot.test\nMessage-ID: <contact1@test>\n"
	       "Subject: Aanmelding\n\n"
	       "Hierbij meld ik twee collega's aan.\n\n"
	       "1. Naam: Deelnemer Drie\n   E-mail: drie@gemeente.example.nl\n"
	       "   Organisatie: Gemeente\n\n"
	       "2. Naam: Deelnemer Vier\n   E-mail: vier@gemeente.example.nl\n"
	       "   Organisatie: Gemeente\n");
	struct reg r3, r4;
	reg_of("drie@gemeente.example.nl", &r3);
	reg_of("vier@gemeente.example.nl", &r4);
	assert_string_equal(r3.status, "waitlisted");
	assert_string_equal(r4.status, "waitlisted");
	assert_int_equal(r3.arrival, r4.arrival); /* one mail */
	assert_int_equal(r3.waitlist_position, 2);
	assert_int_equal(r4.waitlist_position, 3);
	char *t = mail_text("drie@gemeente.example.nl", "waitlist");
	assert_has(t, "op plaats 2.");
	free(t);
	t = mail_text("vier@gemeente.example.nl", "waitlist");
	assert_has(t, "op plaats 3.");
	free(t);
	/* The digest (text and its CSV) gives the same positions. */
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_int_equal(digest_print(rb.cfg, st, now, 0, fp), 0);
	fclose(fp);
	assert_true(line_with(out, "Deelnemer Drie", "wachtlijst (plaats 2)"));
	assert_true(line_with(out, "Deelnemer Vier", "wachtlijst (plaats 3)"));
	char *eol;
	char *csv3 = xasprintf("%s,Deelnemer Drie,", r3.code);
	char *c3 = strstr(out, csv3);
	assert_non_null(c3);
	eol = strchr(c3, '\n');
	char *row3 = xstrndup(c3, (size_t)(eol - c3));
	assert_has(row3, ",waitlisted,2,");
	free(row3);
	free(csv3);
	free(out);
	/* A seat frees: the one ahead gets it, both move up by one, still
	 * in the mail's order. */
	organiser_cancel("een@gemeente.example.nl");
	reg_clear(&r3);
	reg_clear(&r4);
	reg_of("drie@gemeente.example.nl", &r3);
	reg_of("vier@gemeente.example.nl", &r4);
	assert_int_equal(r3.waitlist_position, 1);
	assert_int_equal(r4.waitlist_position, 2);
	reg_clear(&r3);
	reg_clear(&r4);
}

/* An offer that runs out is mailed as such. */
static void
test_offer_expired(void **state)
{
	(void)state;
	register_one("Deelnemer Een", "een@gemeente.example.nl", "Gemeente");
	register_one("Deelnemer Twee", "twee@gemeente.example.nl", "Gemeente");
	organiser_cancel("een@gemeente.example.nl");
	assert_int_equal(mails("twee@gemeente.example.nl", "offer"), 1);
	tick(now + 25 * HOUR);
	struct reg r = {0};
	assert_int_equal(
	    store_reg_find_active(st, "twee@gemeente.example.nl", &r), 0);
	reg_clear(&r);
	assert_int_equal(mails("twee@gemeente.example.nl", "offer-expired"), 1);
	assert_int_equal(mails("twee@gemeente.example.nl", "cancelled"), 0);
	char *t = mail_text("twee@gemeente.example.nl", "offer-expired");
	assert_has(t, "Subject: Aanbod verlopen: Leergang T");
	assert_has(t, "X-Regbot-Kind: offer-expired");
	assert_has(t, "voordat het aanbod verliep\n(zondag 2 mei 2010 om");
	assert_has_not(t, "Afmelding ontvangen");
	assert_has_not(t, "afmelding.ics");
	free(t);
	/* The digest still counts it as an expired offer. */
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_int_equal(digest_print(rb.cfg, st, now, 0, fp), 0);
	fclose(fp);
	assert_has(out, "Aanbod verlopen (1)");
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup(test_cap_held_then_lifted, fresh_now),
	    cmocka_unit_test_setup(test_cap_lifted_by_colleague, fresh_now),
	    cmocka_unit_test_setup(test_two_waitlisted_by_one_mail, fresh_now),
	    cmocka_unit_test_setup(test_offer_expired, fresh_offers),
	};
	return cmocka_run_group_tests_name("notices", tests, setup, teardown);
}
