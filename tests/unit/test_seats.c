/*
 * Randomised test of the seat engine through the real intake path.
 *
 * Each sequence starts from an empty store and applies random steps:
 * registrations by mail, cancellations and substitutions by mail (with
 * the reference code), organiser cancellations and promotions, accepted
 * seat offers, clock jumps (across release dates, cap dates and offer
 * deadlines) and replays of earlier messages.  After every step:
 *   - no pool uses more seats than the model's capacity allows (and
 *     policy_capacity() agrees with the model): from the release date a
 *     pool keeps its seats minus those unused at that date, counted
 *     once by the model when its clock passes the date, and the pool it
 *     releases to gets them; a seat freed later stays in its pool;
 *   - the release the store recorded is the model's;
 *   - no pool has a free seat while someone eligible waits (so a freed
 *     seat is filled, and filled once: the first check forbids twice);
 *   - each waitlist's positions follow arrival order (then the order
 *     of registration within one mail);
 *   - a waiting registration is marked held by the cap exactly when
 *     its organisation has reached the cap, and each change of that
 *     mark was mailed (waitlist-update);
 *   - the seats in use the store keeps per pool and organisation
 *     (counted by triggers) equal a count of the rows;
 *   - replaying a message changes nothing;
 *   - every registration's status is the one its last status audit entry
 *     names (the audit log explains every state).
 * REGBOT_SEED and REGBOT_SEQUENCES override the seed and the count:
 * `make check` runs SEQUENCES_DEFAULT of them, `make torture` 10,000.
 *
 * The store asks SQLite for synchronous=FULL; durability is not what this
 * test checks, and on a busy disk the fsyncs, not the seat engine, set
 * its pace.  A VFS wrapped around the default one turns every sync into a
 * no-op for this process only (no store option needed); the spool goes to
 * /dev/shm where it can, so the raw copies' fsyncs are free too.
 */
#include <setjmp.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "clock.h"
#include "config.h"
#include "policy.h"
#include "process.h"
#include "reply.h"
#include "seats.h"
#include "store.h"
#include "util.h"

#define T0 1272700800L /* 2010-05-01T08:00:00Z */
#define SEQUENCES_DEFAULT 300
#define HOUR 3600L

static char dir[128];
static struct config cfgs[2]; /* [0] promote at once, [1] offers */
static struct store *st;
static sqlite3 *db; /* a second connection for checks */
static unsigned long long rng;
static int worker, workers = 1; /* this process's share of the sequences */

static void unprep(void);

/* ---- a VFS without syncs ---- */

static sqlite3_vfs nosync_vfs;
static sqlite3_vfs *real_vfs;
/* The default VFS hands out one io_methods table per locking style; each
 * gets a copy whose xSync does nothing. */
static struct {
	const sqlite3_io_methods *real;
	sqlite3_io_methods copy;
} nosync_methods[4];

static int
nosync_sync(sqlite3_file *f, int flags)
{
	(void)f;
	(void)flags;
	return SQLITE_OK;
}

static int
nosync_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
	    int *outflags)
{
	(void)vfs;
	int rc = real_vfs->xOpen(real_vfs, name, f, flags, outflags);
	if (rc != SQLITE_OK || f->pMethods == NULL)
		return rc;
	for (size_t i = 0; i < sizeof nosync_methods / sizeof *nosync_methods;
	     i++) {
		if (nosync_methods[i].real == NULL) {
			nosync_methods[i].real = f->pMethods;
			nosync_methods[i].copy = *f->pMethods;
			nosync_methods[i].copy.xSync = nosync_sync;
		}
		if (nosync_methods[i].real == f->pMethods) {
			f->pMethods = &nosync_methods[i].copy;
			return rc;
		}
	}
	return rc; /* more styles than slots: this file syncs */
}

static int
nosync_delete(sqlite3_vfs *vfs, const char *name, int syncdir)
{
	(void)vfs;
	(void)syncdir;
	return real_vfs->xDelete(real_vfs, name, 0);
}

static void
nosync_install(void)
{
	if (real_vfs) /* installed already: do not wrap ourselves */
		return;
	real_vfs = sqlite3_vfs_find(NULL);
	assert_non_null(real_vfs);
	nosync_vfs = *real_vfs;
	nosync_vfs.zName = "regbot-test-nosync";
	nosync_vfs.xOpen = nosync_open;
	nosync_vfs.xDelete = nosync_delete;
	assert_int_equal(sqlite3_vfs_register(&nosync_vfs, 1), SQLITE_OK);
}

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

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
make_config(int offers)
{
	char *pw = xasprintf("%s/pw", dir);
	write_file(pw, "x\n", 0600);
	char *conf = xasprintf(
	    "[imap]\nurl = imap://127.0.0.1:9\ntls = none\nuser = r\n"
	    "password_file = %s\n"
	    "[smtp]\nurl = smtp://127.0.0.1:9\ntls = none\n"
	    "from = Robot <robot@regbot.test>\n"
	    "[robot]\nspool = %s/spool\ntemplates = %s/tpl\nrate_limit = 1000\n"
	    "[organiser]\nemail = org@regbot.test\n"
	    "[event]\ntitle = T\nfee = 1000\noffer_hours = %d\n"
	    "[pool a]\nseats = 3\ndomains = a.test\nfee = 0\n"
	    "release = 2010-05-03T08:00:00Z\nrelease_to = c\n"
	    "[pool b]\nseats = 2\ndomains = b.test\norg_cap = 1\n"
	    "org_cap_until = 2010-05-04T08:00:00Z\n"
	    "[pool c]\nseats = 4\n"
	    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n"
	    "[day 2]\ndate = 2010-11-02\nstart = 09:45\nend = 16:30\n",
	    pw, dir, dir, offers ? 24 : 0);
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
	nosync_install();
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(dir, sizeof dir, "%s/regbot-seats-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	/* Minimal templates: this test is about seats, not wording. */
	char *tpl = xasprintf("%s/tpl", dir);
	util_mkdir_p(tpl, 0700);
	static const char *const kinds[] = {
	    "confirmation",    "waitlist",	   "promotion",
	    "offer",	       "incomplete",	   "already",
	    "cancelled",       "substitution-new", "substitution-old",
	    "status",	       "code-needed",	   "help",
	    "question",	       "received",	   "closed",
	    "ratelimit",       "overview",	   "forward",
	    "waitlist-update", "offer-expired",	   NULL};
	for (int i = 0; kinds[i]; i++)
		for (int l = 0; l < 2; l++) {
			char *p = xasprintf("%s/%s", tpl, l ? "en" : "nl");
			util_mkdir_p(p, 0700);
			char *f = xasprintf("%s/%s.txt", p, kinds[i]);
			write_file(
			    f,
			    "Subject: Regbot {{code}}\n\n{{name}} {{status}}"
			    "\n",
			    0600);
			free(f);
			free(p);
		}
	free(tpl);
	make_config(0);
	make_config(1);
	char *err = NULL;
	char *spool = xasprintf("%s/spool", dir);
	assert_int_equal(store_open(spool, &st, &err), 0);
	char *dbp = xasprintf("%s/regbot.db", spool);
	assert_int_equal(sqlite3_open(dbp, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	free(dbp);
	free(spool);
	log_open("test_seats", 0, LOG_LVL_ERR);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unprep();
	sqlite3_close(db);
	store_close(st);
	config_free(&cfgs[0]);
	config_free(&cfgs[1]);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

static void
sql(const char *q)
{
	char *e = NULL;
	if (sqlite3_exec(db, q, NULL, NULL, &e) != SQLITE_OK)
		fail_msg("%s: %s", q, e);
}

/* Statements are prepared once per query text (the queries below are
 * string literals, so their addresses identify them). */
static struct {
	const char *q;
	sqlite3_stmt *s;
} cache[32];

static sqlite3_stmt *
prep(const char *q)
{
	for (size_t i = 0; i < sizeof cache / sizeof cache[0]; i++) {
		if (cache[i].q == q) {
			sqlite3_reset(cache[i].s);
			sqlite3_clear_bindings(cache[i].s);
			return cache[i].s;
		}
		if (cache[i].q == NULL) {
			assert_int_equal(
			    sqlite3_prepare_v2(db, q, -1, &cache[i].s, NULL),
			    SQLITE_OK);
			cache[i].q = q;
			return cache[i].s;
		}
	}
	fail_msg("statement cache full");
	return NULL;
}

static void
unprep(void)
{
	for (size_t i = 0; i < sizeof cache / sizeof cache[0]; i++) {
		sqlite3_finalize(cache[i].s);
		cache[i].q = NULL;
		cache[i].s = NULL;
	}
}

static long
count(const char *q, const char *a, const char *b)
{
	sqlite3_stmt *s = prep(q);
	if (a)
		sqlite3_bind_text(s, 1, a, -1, SQLITE_STATIC);
	if (b)
		sqlite3_bind_text(s, 2, b, -1, SQLITE_STATIC);
	long n =
	    sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
	sqlite3_reset(s);
	return n;
}

/* A digest of everything a replay must not change. */
static char *
snapshot(void)
{
	struct buf b;
	buf_init(&b, 1 << 24);
	sqlite3_stmt *s;
	const char *q =
	    "SELECT code, email, pool, status, ifnull(offer_until,''),"
	    " arrival, fee_due FROM registrations ORDER BY id";
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW)
		for (int i = 0; i < 7; i++) {
			const unsigned char *t = sqlite3_column_text(s, i);
			buf_printf(&b, "%s|", t ? (const char *)t : "");
		}
	sqlite3_finalize(s);
	buf_printf(&b, "outbox=%ld audit=%ld",
		   count("SELECT count(*) FROM outbox", NULL, NULL),
		   count("SELECT count(*) FROM audit WHERE action <> "
			 "'rate-limited'",
			 NULL, NULL));
	return buf_detach(&b);
}

struct person {
	char email[64];
	char code[16];
};

struct seq {
	const struct config *cfg;
	struct robot rb;
	time_t now;
	int n; /* messages so far */
	char *raws[64];
	struct person people[64];
	int npeople;
	int step;
	unsigned long long seed;
	/* the model's release counts, per pool: taken when the clock
	 * passed the date */
	int taken[3];
	long released[3];
};

static long
used_in(const char *pool)
{
	return count("SELECT count(*) FROM registrations WHERE pool = ?1"
		     " AND (status = 'confirmed' OR (status = 'waitlisted'"
		     " AND offer_until IS NOT NULL))",
		     pool, NULL);
}

/* The model's capacity of pool i, written out for this configuration's
 * shape (one pool releasing to one other) without policy.c. */
static long
model_capacity(const struct seq *q, size_t i)
{
	const struct config *cfg = q->cfg;
	const struct pool *p = &cfg->pools[i];
	long cap = p->seats;
	if (p->release_to && q->now >= p->release_at)
		cap -= q->released[i];
	for (size_t j = 0; j < cfg->npools; j++) {
		const struct pool *o = &cfg->pools[j];
		if (j != i && o->release_to &&
		    !strcmp(o->release_to, p->name) && q->now >= o->release_at)
			cap += q->released[j];
	}
	return cap;
}

#define ORG_COUNTS                                                             \
	"SELECT pool, org_key, count(*) FROM registrations WHERE org_key IS"   \
	" NOT NULL AND (status = 'confirmed' OR (status = 'waitlisted' AND"    \
	" offer_until IS NOT NULL)) GROUP BY pool, org_key"

static void
check(struct seq *q, const char *what)
{
	const struct config *cfg = q->cfg;
	struct policy_pool pp[3];
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		const struct pool *to =
		    p->release_to ? config_pool_by_name(cfg, p->release_to)
				  : NULL;
		pp[i] = (struct policy_pool){
		    p->name,
		    p->seats,
		    used_in(p->name),
		    p->release_at,
		    to ? (int)config_pool_index(cfg, to) : -1,
		    q->taken[i],
		    q->released[i]};
		long rec = count("SELECT released FROM pool_releases WHERE"
				 " pool = ?1",
				 p->name, NULL);
		long nrec = count("SELECT count(*) FROM pool_releases WHERE"
				  " pool = ?1",
				  p->name, NULL);
		if (nrec != q->taken[i] || (nrec && rec != q->released[i]))
			fail_msg("seed %llu step %d (%s): pool %s released "
				 "%ld (%ld records), the model %ld (%s)",
				 q->seed, q->step, what, p->name, rec, nrec,
				 q->released[i],
				 q->taken[i] ? "counted" : "not counted");
	}
	/* The counts the store keeps (triggers) are the rows' counts. */
	for (size_t i = 0; i < cfg->npools; i++)
		if (store_reg_used(st, cfg->pools[i].name) != pp[i].used)
			fail_msg("seed %llu step %d (%s): pool %s keeps %ld "
				 "seats in use, its rows say %ld",
				 q->seed, q->step, what, cfg->pools[i].name,
				 store_reg_used(st, cfg->pools[i].name),
				 pp[i].used);
	if (count("SELECT count(*) FROM (SELECT pool, n FROM pool_waiting"
		  " WHERE n <> 0 EXCEPT SELECT pool, count(*) FROM"
		  " registrations WHERE status = 'waitlisted' GROUP BY pool)",
		  NULL, NULL) != 0 ||
	    count("SELECT count(*) FROM (SELECT pool, count(*) FROM"
		  " registrations WHERE status = 'waitlisted' GROUP BY pool"
		  " EXCEPT SELECT pool, n FROM pool_waiting)",
		  NULL, NULL) != 0)
		fail_msg("seed %llu step %d (%s): the waiting counts kept "
			 "differ from the rows",
			 q->seed, q->step, what);
	static const char *const org_diff[] = {
	    "SELECT count(*) FROM (SELECT pool, org_key, used FROM org_used"
	    " WHERE used <> 0 EXCEPT " ORG_COUNTS ")",
	    "SELECT count(*) FROM (" ORG_COUNTS " EXCEPT SELECT pool,"
	    " org_key, used FROM org_used)"};
	for (size_t i = 0; i < 2; i++)
		if (count(org_diff[i], NULL, NULL) != 0)
			fail_msg("seed %llu step %d (%s): the seats kept per "
				 "organisation differ from the rows",
				 q->seed, q->step, what);
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		long cap = model_capacity(q, i);
		long pcap = policy_capacity(pp, cfg->npools, i, q->now);
		if (pcap != cap)
			fail_msg("seed %llu step %d (%s): pool %s: "
				 "policy_capacity %ld, the model %ld",
				 q->seed, q->step, what, p->name, pcap, cap);
		if (pp[i].used > cap)
			fail_msg(
			    "seed %llu step %d (%s): pool %s uses %ld of %ld",
			    q->seed, q->step, what, p->name, pp[i].used, cap);
		if (pp[i].used < cap) {
			/* Nobody eligible may wait while a seat is free. */
			long capn = policy_cap_active(
					p->org_cap, p->org_cap_until_at, q->now)
					? p->org_cap
					: 0;
			sqlite3_stmt *s =
			    prep("SELECT code, ifnull(org_key,'') FROM"
				 " registrations WHERE pool = ?1 AND status ="
				 " 'waitlisted' AND offer_until IS NULL");
			sqlite3_bind_text(s, 1, p->name, -1, SQLITE_STATIC);
			while (sqlite3_step(s) == SQLITE_ROW) {
				const char *org =
				    (const char *)sqlite3_column_text(s, 1);
				long used = count(
				    "SELECT count(*) FROM registrations WHERE"
				    " pool = ?1 AND org_key = ?2 AND (status ="
				    " 'confirmed' OR (status = 'waitlisted' AND"
				    " offer_until IS NOT NULL))",
				    p->name, org);
				if (capn == 0 || *org == '\0' || used < capn)
					fail_msg(
					    "seed %llu step %d (%s): %s waits "
					    "while pool %s has %ld of %ld",
					    q->seed, q->step, what,
					    sqlite3_column_text(s, 0), p->name,
					    pp[i].used, cap);
			}
			sqlite3_reset(s);
		}
		/* A waiting registration is marked held exactly when the
		 * cap holds it, and its last mail said which. */
		long capn =
		    policy_cap_active(p->org_cap, p->org_cap_until_at, q->now)
			? p->org_cap
			: 0;
		sqlite3_stmt *h =
		    prep("SELECT id, code, ifnull(org_key,''), hold IS NOT NULL"
			 " FROM registrations WHERE pool = ?1 AND status ="
			 " 'waitlisted' AND offer_until IS NULL");
		sqlite3_bind_text(h, 1, p->name, -1, SQLITE_STATIC);
		while (sqlite3_step(h) == SQLITE_ROW) {
			const char *org =
			    (const char *)sqlite3_column_text(h, 2);
			int marked = sqlite3_column_int(h, 3);
			int held = capn && *org &&
				   count("SELECT count(*) FROM registrations"
					 " WHERE pool = ?1 AND org_key = ?2 AND"
					 " (status = 'confirmed' OR (status ="
					 " 'waitlisted' AND offer_until IS NOT"
					 " NULL))",
					 p->name, org) >= capn;
			if (held != marked)
				fail_msg("seed %llu step %d (%s): %s is %s "
					 "held by the cap, but marked %s",
					 q->seed, q->step, what,
					 sqlite3_column_text(h, 1),
					 held ? "" : "not",
					 marked ? "so" : "not");
			/* Each change of the hold was mailed. */
			char id[24];
			snprintf(id, sizeof id, "%lld",
				 (long long)sqlite3_column_int64(h, 0));
			long changes = count("SELECT count(*) FROM audit WHERE"
					     " registration = ?1 AND action IN"
					     " ('held-by-cap','cap-lifted')",
					     id, NULL);
			long told = count("SELECT count(*) FROM outbox WHERE"
					  " registration = ?1 AND kind ="
					  " 'waitlist-update'",
					  id, NULL);
			if (changes != told)
				fail_msg("seed %llu step %d (%s): %s: %ld "
					 "changes of its hold, %ld mails",
					 q->seed, q->step, what,
					 sqlite3_column_text(h, 1), changes,
					 told);
		}
		sqlite3_reset(h);
	}
	/* Waitlist positions follow arrival order. */
	struct reg r;
	sqlite3_stmt *s = prep("SELECT id, code, status FROM registrations");
	while (sqlite3_step(s) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		const char *code = (const char *)sqlite3_column_text(s, 1);
		const char *status = (const char *)sqlite3_column_text(s, 2);
		char *last = store_audit_last_status(st, id);
		if (last == NULL || strcmp(last, status))
			fail_msg("seed %llu step %d (%s): %s is %s but the "
				 "audit log last says %s",
				 q->seed, q->step, what, code, status,
				 last ? last : "nothing");
		free(last);
		if (strcmp(status, "waitlisted"))
			continue;
		assert_int_equal(store_reg_find_code(st, code, &r), 1);
		long before = count("SELECT count(*) FROM registrations w,"
				    " registrations r WHERE r.code = ?1 AND"
				    " w.pool = r.pool AND w.status ="
				    " 'waitlisted' AND (w.arrival < r.arrival"
				    " OR (w.arrival = r.arrival AND w.id <"
				    " r.id))",
				    code, NULL);
		if (r.waitlist_position != before + 1)
			fail_msg("seed %llu step %d: %s has position %ld, %ld "
				 "arrived before it",
				 q->seed, q->step, code, r.waitlist_position,
				 before);
		reg_clear(&r);
	}
	sqlite3_reset(s);
}

static void
ingest(struct seq *q, char *raw)
{
	clock_pin(q->now);
	struct source src = {.received = q->now};
	enum process_result pr =
	    process_message(&q->rb, raw, strlen(raw), &src);
	if (pr == PROCESS_RETRY)
		fail_msg("seed %llu step %d: processing failed: %s", q->seed,
			 q->step, store_error(st));
	if (q->n < 64)
		q->raws[q->n++] = raw;
	else
		free(raw);
}

/* b.test twice: pool b (2 seats, a cap of 1 per organisation until 4
 * May) fills often enough for the cap to hold people, and let go. */
static const char *const domains[] = {"a.test", "b.test", "c.test", "d.test",
				      "b.test"};
static const char *const orgs[] = {"Stichting Een", "een", "Twee B.V.", "Drie"};

static void
step_register(struct seq *q)
{
	if (q->npeople >= 64)
		return;
	int k = q->npeople;
	const char *dom = domains[rnd(5)];
	struct person *p = &q->people[q->npeople++];
	snprintf(p->email, sizeof p->email, "p%d@%s", k, dom);
	ingest(q, xasprintf("From: Deelnemer %d <%s>\nTo: robot@regbot.test\n"
			    "Message-ID: <s%d.%llu@test>\n"
			    "Subject: Aanmelding\n\nHierbij meld ik mij aan.\n"
			    "Naam: Deelnemer %d\nOrganisatie: %s\nE-mail: %s\n",
			    k, p->email, q->n, q->seed, k, orgs[rnd(4)],
			    p->email));
}

/* Codes are read back by address (a substitution makes a new one). */
static int
active(struct seq *q, int i, struct reg *r)
{
	return store_reg_find_active(st, q->people[i].email, r) == 1;
}

static void
step_mail_change(struct seq *q, const char *subject, const char *body)
{
	if (q->npeople == 0)
		return;
	int i = (int)rnd((unsigned)q->npeople);
	struct reg r = {0};
	if (!active(q, i, &r))
		return;
	ingest(q,
	       xasprintf("From: <%s>\nTo: robot@regbot.test\n"
			 "Message-ID: <c%d.%llu@test>\nSubject: %s\n\n"
			 "%s %s\n",
			 r.f[RF_EMAIL], q->n, q->seed, subject, body, r.code));
	reg_clear(&r);
}

static void
step_substitute(struct seq *q)
{
	if (q->npeople == 0 || q->npeople >= 64)
		return;
	int i = (int)rnd((unsigned)q->npeople);
	struct reg r = {0};
	if (!active(q, i, &r) || !strcmp(r.status, "incomplete")) {
		reg_clear(&r);
		return;
	}
	int k = q->npeople;
	struct person *p = &q->people[q->npeople++];
	snprintf(p->email, sizeof p->email, "p%d@%s", k, domains[rnd(5)]);
	ingest(q, xasprintf("From: <%s>\nTo: robot@regbot.test\n"
			    "Message-ID: <v%d.%llu@test>\nSubject: Vervanging\n"
			    "\nMijn collega neemt mijn plaats in, code %s.\n\n"
			    "Naam: Deelnemer %d\nE-mail: %s\n",
			    r.f[RF_EMAIL], q->n, q->seed, r.code, k, p->email));
	reg_clear(&r);
}

static void
step_organiser(struct seq *q, int promote)
{
	if (q->npeople == 0)
		return;
	int i = (int)rnd((unsigned)q->npeople);
	struct reg r = {0};
	if (!active(q, i, &r))
		return;
	assert_int_equal(store_begin(st), 0);
	struct act a;
	char tag[32];
	snprintf(tag, sizeof tag, "o%d", q->step);
	act_init(&a, q->cfg, st, q->now, tag, "organiser");
	char *why = NULL;
	int rc = promote ? seats_promote(&a, &r, 0, &why)
			 : seats_cancel(&a, &r, "organiser", &why);
	free(why);
	if (rc < 0)
		fail_msg("seed %llu step %d: organiser action failed: %s",
			 q->seed, q->step, store_error(st));
	if (rc == 0)
		assert_int_equal(store_commit(st), 0);
	else
		store_rollback(st);
	reg_clear(&r);
}

static void
step_time(struct seq *q)
{
	q->now += (time_t)(rnd(30) + 1) * HOUR;
	/* The model: a release date the clock passes counts the pool's
	 * unused seats as they are now, before anything this time causes
	 * (offers that run out hold their seats until then). */
	const struct config *cfg = q->cfg;
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		if (p->release_to && !q->taken[i] && q->now >= p->release_at) {
			long u = used_in(p->name);
			q->taken[i] = 1;
			q->released[i] = u < p->seats ? p->seats - u : 0;
		}
	}
	assert_int_equal(process_tick(&q->rb, q->now), 0);
}

static void
step_replay(struct seq *q)
{
	if (q->n == 0)
		return;
	char *before = snapshot();
	const char *raw = q->raws[rnd((unsigned)q->n)];
	struct source src = {.received = q->now};
	clock_pin(q->now);
	enum process_result pr =
	    process_message(&q->rb, raw, strlen(raw), &src);
	assert_int_equal(pr, PROCESS_KNOWN);
	char *after = snapshot();
	if (strcmp(before, after))
		fail_msg("seed %llu step %d: a replay changed the state",
			 q->seed, q->step);
	free(before);
	free(after);
}

static long steps_run;

static void
run_sequence(unsigned long long seed, int offers)
{
	/* Start empty: raw copies, then every table. */
	sqlite3_stmt *s;
	sqlite3_prepare_v2(db, "SELECT raw_path FROM messages", -1, &s, NULL);
	while (sqlite3_step(s) == SQLITE_ROW)
		if (sqlite3_column_text(s, 0))
			unlink((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sql("DELETE FROM calendar_sent; DELETE FROM outbox; DELETE FROM audit;"
	    " DELETE FROM message_uids; DELETE FROM registrations;"
	    " DELETE FROM messages; DELETE FROM pool_releases;");
	rng = seed * 2654435761ULL + 1;
	struct seq q = {.cfg = &cfgs[offers], .now = T0, .seed = seed};
	q.rb.cfg = q.cfg;
	q.rb.st = st;
	/* Sequences start within three days before the cap on pool b ends
	 * (4 May), pool a's release date (3 May) in between, so the clock
	 * often passes one or both with seats in use.  One that starts
	 * after the release date begins with the robot's first cycle,
	 * which counts the release: the whole empty pool. */
	q.now += (time_t)rnd(72) * HOUR;
	for (size_t i = 0; i < q.cfg->npools; i++) {
		const struct pool *p = &q.cfg->pools[i];
		if (p->release_to && q.now >= p->release_at) {
			q.taken[i] = 1;
			q.released[i] = p->seats;
		}
	}
	assert_int_equal(process_tick(&q.rb, q.now), 0);
	int nsteps = 8 + (int)rnd(18);
	static const char *const what[] = {
	    "register",		 "register",   "register",
	    "cancel by mail",	 "substitute", "organiser cancel",
	    "organiser promote", "time",       "replay",
	    "accept offer",	 "status",     "time"};
	for (q.step = 0; q.step < nsteps; q.step++) {
		unsigned op = rnd(12);
		switch (op) {
		case 0:
		case 1:
		case 2:
			step_register(&q);
			break;
		case 3:
			step_mail_change(&q, "Afmelden",
					 "Ik meld mij af,"
					 " code");
			break;
		case 4:
			step_substitute(&q);
			break;
		case 5:
			step_organiser(&q, 0);
			break;
		case 6:
			step_organiser(&q, 1);
			break;
		case 7:
		case 11:
			step_time(&q);
			break;
		case 8:
			step_replay(&q);
			break;
		case 9:
			step_mail_change(&q, "Re: plaats",
					 "Ja, graag. "
					 "Mijn code is");
			break;
		case 10:
			step_mail_change(&q, "Status",
					 "Sta ik op de "
					 "wachtlijst? Code");
			break;
		}
		check(&q, what[op]);
		steps_run++;
	}
	for (int i = 0; i < q.n; i++)
		free(q.raws[i]);
}

static void
test_random_sequences(void **state)
{
	(void)state;
	const char *e = getenv("REGBOT_SEED");
	unsigned long long seed = e ? strtoull(e, NULL, 10) : 20101123ULL;
	long n = SEQUENCES_DEFAULT;
	const char *ne = getenv("REGBOT_SEQUENCES");
	if (ne && str_tolong(ne, 1, 100000000, &n) < 0)
		fail_msg("REGBOT_SEQUENCES=%s is not a count", ne);
	print_message("worker %d of %d: seed %llu, sequences %d, %d+%d, ... "
		      "of %ld\n",
		      worker + 1, workers, seed, worker, worker, workers, n);
	for (long i = worker; i < n; i += workers)
		run_sequence(seed + (unsigned long long)i, (int)(i % 2));
	print_message("worker %d: %ld steps checked\n", worker + 1, steps_run);
}

/* The sequences are independent: one worker process per core, each with
 * its own store, shares them out; any worker's failure fails the test. */
static long
seq_of(int64_t reg, int day, const char *method)
{
	sqlite3_stmt *s =
	    prep("SELECT sequence FROM calendar_sent WHERE"
		 " registration = ?1 AND day = ?2 AND method = ?3");
	sqlite3_bind_int64(s, 1, reg);
	sqlite3_bind_int(s, 2, day);
	sqlite3_bind_text(s, 3, method, -1, SQLITE_STATIC);
	long v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
	sqlite3_reset(s);
	return v;
}

/* SEQUENCE: 0 on the first calendar, raised for a day whose details
 * changed, raised for every day when the entries are cancelled. */
static void
test_calendar_sequence(void **state)
{
	(void)state;
	if (worker != 0)
		return;
	struct seq q = {.cfg = &cfgs[0], .now = T0, .seed = 1};
	q.rb.cfg = q.cfg;
	q.rb.st = st;
	sql("DELETE FROM calendar_sent; DELETE FROM outbox; DELETE FROM audit;"
	    " DELETE FROM message_uids; DELETE FROM registrations;"
	    " DELETE FROM messages;");
	ingest(&q, xasprintf("From: <cal@c.test>\nMessage-ID: <cal1@test>\n"
			     "Subject: Aanmelding\n\nNaam: Deelnemer Kal\n"
			     "Organisatie: Kalender\nE-mail: cal@c.test\n"));
	struct reg r = {0};
	assert_int_equal(store_reg_find_active(st, "cal@c.test", &r), 1);
	assert_string_equal(r.status, "confirmed");
	assert_int_equal(seq_of(r.id, 1, "PUBLISH"), 0);
	assert_int_equal(seq_of(r.id, 2, "PUBLISH"), 0);
	/* Day 2 moves; the participant is sent the programme again. */
	struct config *cfg = &cfgs[0];
	char *old = cfg->days[1].date;
	cfg->days[1].date = xstrdup("2010-11-09");
	assert_int_equal(store_begin(st), 0);
	struct act a;
	act_init(&a, cfg, st, T0 + 60, "cal2", "organiser");
	struct tmpl_value *v = act_reg_vars(&a, &r, "nl");
	assert_int_equal(act_queue(&a, "confirmation", "nl", r.f[RF_NAME],
				   r.f[RF_EMAIL], v, r.id, 0),
			 0);
	tmpl_value_free(v);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(seq_of(r.id, 1, "PUBLISH"), 0);
	assert_int_equal(seq_of(r.id, 2, "PUBLISH"), 1);
	/* Cancelled: every day's entry is cancelled with a higher number. */
	assert_int_equal(store_begin(st), 0);
	act_init(&a, cfg, st, T0 + 120, "cal3", "organiser");
	char *why = NULL;
	assert_int_equal(seats_cancel(&a, &r, "test", &why), 0);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(seq_of(r.id, 1, "CANCEL"), 1);
	assert_int_equal(seq_of(r.id, 2, "CANCEL"), 2);
	free(cfg->days[1].date);
	cfg->days[1].date = old;
	reg_clear(&r);
	for (int i = 0; i < q.n; i++)
		free(q.raws[i]);
}

/* ---- the release rule, step by step ---- */

static void
fresh(void)
{
	sql("DELETE FROM calendar_sent; DELETE FROM outbox; DELETE FROM audit;"
	    " DELETE FROM message_uids; DELETE FROM registrations;"
	    " DELETE FROM messages; DELETE FROM pool_releases;");
}

static void
register_as(struct seq *q, const char *email, const char *org)
{
	ingest(q, xasprintf("From: <%s>\nTo: robot@regbot.test\n"
			    "Message-ID: <rel%d.%s>\nSubject: Aanmelding\n\n"
			    "Hierbij meld ik mij aan.\nNaam: Deelnemer %d\n"
			    "Organisatie: %s\nE-mail: %s\n",
			    email, q->n, email, q->n, org, email));
}

static char *
status_of(const char *email)
{
	struct reg r = {0};
	if (store_reg_find_active(st, email, &r) != 1)
		return xstrdup("none");
	char *s = xstrdup(r.status);
	reg_clear(&r);
	return s;
}

#define assert_status(email, want)                                             \
	do {                                                                   \
		char *got_ = status_of(email);                                 \
		if (strcmp(got_, want))                                        \
			fail_msg("%s is %s, want %s", email, got_, want);      \
		free(got_);                                                    \
	} while (0)

/* Organiser action on the registration of `email`: 0 done, 1 refused
 * (*why, caller frees). */
static int
organiser(struct seq *q, const char *email, int promote, char **why)
{
	struct reg r = {0};
	assert_int_equal(store_reg_find_active(st, email, &r), 1);
	assert_int_equal(store_begin(st), 0);
	struct act a;
	act_init(&a, q->cfg, st, q->now, email, "organiser");
	int rc = promote ? seats_promote(&a, &r, 0, why)
			 : seats_cancel(&a, &r, "organiser", why);
	assert_true(rc >= 0);
	if (rc == 0)
		assert_int_equal(store_commit(st), 0);
	else
		store_rollback(st);
	reg_clear(&r);
	return rc;
}

static long
capacity_now(struct seq *q, const char *pool)
{
	struct policy_pool *pp = NULL;
	assert_int_equal(seats_pools(q->cfg, st, &pp), 0);
	const struct pool *p = config_pool_by_name(q->cfg, pool);
	long c = policy_capacity(pp, q->cfg->npools,
				 config_pool_index(q->cfg, p), q->now);
	free(pp);
	return c;
}

/* Pool a (3 seats) releases to pool c (4 seats) on 3 May.  The seat a
 * does not use then goes to c, once; seats a frees later stay in a for
 * the people waiting there (the issue: they went to c while a's staff
 * waited, and promoting one of them said "pool a is full"). */
static void
test_release_rule(void **state)
{
	(void)state;
	if (worker != 0)
		return;
	fresh();
	struct seq q = {.cfg = &cfgs[0], .now = T0, .seed = 2};
	q.rb.cfg = q.cfg;
	q.rb.st = st;
	register_as(&q, "a1@a.test", "Gemeente");
	register_as(&q, "a2@a.test", "Gemeente");
	static const char *const c[] = {"c1@c.test", "c2@c.test", "c3@c.test",
					"c4@c.test", "c5@c.test"};
	static const char *const corg[] = {"Een", "Twee", "Drie", "Vier",
					   "Vijf"};
	for (int i = 0; i < 5; i++)
		register_as(&q, c[i], corg[i]);
	assert_status("c4@c.test", "confirmed");
	assert_status("c5@c.test", "waitlisted");
	assert_int_equal(capacity_now(&q, "c"), 4);

	/* The release date passes: a uses 2 of 3, so 1 seat goes to c and
	 * the first in c's line gets it. */
	q.now = T0 + 49 * HOUR;
	assert_int_equal(process_tick(&q.rb, q.now), 0);
	assert_int_equal(count("SELECT released FROM pool_releases WHERE"
			       " pool = ?1",
			       "a", NULL),
			 1);
	assert_int_equal(count("SELECT count(*) FROM audit WHERE action ="
			       " 'released' AND detail LIKE ?1",
			       "%pool a released 1 unused seat of 3 to pool c%",
			       NULL),
			 1);
	assert_status("c5@c.test", "confirmed");
	assert_int_equal(capacity_now(&q, "a"), 2);
	assert_int_equal(capacity_now(&q, "c"), 5);

	/* After the date: a is full for a newcomer, c too. */
	register_as(&q, "c6@c.test", "Zes");
	register_as(&q, "a3@a.test", "Gemeente");
	assert_status("c6@c.test", "waitlisted");
	assert_status("a3@a.test", "waitlisted");

	/* A cancellation in a: the seat stays in a, for a3. */
	q.now += HOUR;
	char *why = NULL;
	assert_int_equal(organiser(&q, "a1@a.test", 0, &why), 0);
	assert_status("a3@a.test", "confirmed");
	assert_status("c6@c.test", "waitlisted");
	assert_int_equal(capacity_now(&q, "a"), 2);
	assert_int_equal(capacity_now(&q, "c"), 5);

	/* Nobody waits in a now: a freed seat stays free in a (c's line
	 * does not get it, and promoting c6 says c is full), for the next
	 * registration of a. */
	q.now += HOUR;
	assert_int_equal(organiser(&q, "a2@a.test", 0, &why), 0);
	assert_status("c6@c.test", "waitlisted");
	assert_int_equal(organiser(&q, "c6@c.test", 1, &why), 1);
	assert_non_null(strstr(why, "pool c is full"));
	free(why);
	why = NULL;
	q.now += HOUR;
	assert_int_equal(process_tick(&q.rb, q.now), 0);
	assert_status("c6@c.test", "waitlisted");
	register_as(&q, "a4@a.test", "Gemeente");
	assert_status("a4@a.test", "confirmed");
	/* Counted once: later ticks change nothing. */
	assert_int_equal(
	    count("SELECT count(*) FROM pool_releases", NULL, NULL), 1);
	assert_int_equal(count("SELECT released FROM pool_releases WHERE"
			       " pool = ?1",
			       "a", NULL),
			 1);
	for (int i = 0; i < q.n; i++)
		free(q.raws[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_calendar_sequence),
	    cmocka_unit_test(test_release_rule),
	    cmocka_unit_test(test_random_sequences),
	};
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	workers = cores > 1 ? (cores > 4 ? 4 : (int)cores) : 1;
	pid_t pids[4];
	for (int w = 1; w < workers; w++) {
		pids[w] = fork();
		if (pids[w] == 0) {
			worker = w;
			return cmocka_run_group_tests_name("seats", tests,
							   setup, teardown);
		}
		if (pids[w] < 0)
			workers =
			    w; /* fewer workers; this one takes the rest */
	}
	int failed =
	    cmocka_run_group_tests_name("seats", tests, setup, teardown);
	for (int w = 1; w < workers; w++) {
		int st_ = 0;
		if (waitpid(pids[w], &st_, 0) < 0 || !WIFEXITED(st_) ||
		    WEXITSTATUS(st_) != 0)
			failed++;
	}
	return failed ? 1 : 0;
}
