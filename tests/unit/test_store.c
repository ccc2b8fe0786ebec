/* Unit tests: the SQLite store — migrations, uniqueness of active
 * registrations, waitlist positions, outbox idempotence and retries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "store.h"
#include "util.h"

struct fixture {
	char dir[64];
	struct store *st;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/regbot-store-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	char *err = NULL;
	assert_int_equal(store_open(f->dir, &f->st, &err), 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->st);
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(f);
	return 0;
}

static int64_t
add_msg(struct store *st, const char *key)
{
	struct store_msg m = {.msgkey = key,
			      .received_at = "2010-05-01T08:00:00Z",
			      .processed_at = "2010-05-01T08:00:00Z",
			      .outcome = "registered"};
	assert_int_equal(store_message_insert(st, &m), 0);
	return m.id;
}

static int64_t
add_reg(struct store *st, const char *code, const char *email, const char *pool,
	const char *status, int64_t arrival)
{
	struct reg r = {0};
	r.code = (char *)code;
	r.f[RF_EMAIL] = (char *)email;
	r.pool = (char *)pool;
	r.status = (char *)status;
	r.language = (char *)"nl";
	r.arrival = arrival;
	r.received_at = r.registered_at = r.updated_at =
	    (char *)"2010-05-01T08:00:00Z";
	int rc = store_reg_insert(st, &r);
	return rc == 0 ? r.id : -1;
}

static void
test_messages(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_message_known(f->st, "<a@x>"), 0);
	struct store_msg m = {.msgkey = "<a@x>",
			      .uidvalidity = 7,
			      .uid = 3,
			      .received_at = "t",
			      .processed_at = "t",
			      .outcome = "registered"};
	assert_int_equal(store_message_insert(f->st, &m), 0);
	assert_int_equal(store_message_known(f->st, "<a@x>"), 1);
	assert_int_equal(store_message_uid_known(f->st, 7, 3), 1);
	assert_int_equal(store_message_uid_known(f->st, 8, 3), 0);
	/* The same message under a new UIDVALIDITY is recorded again. */
	assert_int_equal(store_message_set_uid(f->st, "<a@x>", 8, 3), 0);
	assert_int_equal(store_message_uid_known(f->st, 8, 3), 1);
	/* A second insert of the same key is refused by the schema. */
	assert_int_equal(store_message_insert(f->st, &m), -1);
}

static void
test_registrations(void **state)
{
	struct fixture *f = *state;
	int64_t m = add_msg(f->st, "<m@x>");
	assert_true(
	    add_reg(f->st, "AAAAA-00001", "a@x.org", "p", "confirmed", m) > 0);
	/* One active registration per address, whatever the case. */
	assert_int_equal(
	    add_reg(f->st, "AAAAA-00002", "A@X.ORG", "p", "waitlisted", m + 1),
	    -1);
	assert_true(add_reg(f->st, "AAAAA-00003", "b@x.org", "p", "waitlisted",
			    m + 2) > 0);
	assert_true(add_reg(f->st, "AAAAA-00004", "c@x.org", "p", "waitlisted",
			    m + 3) > 0);
	assert_true(add_reg(f->st, "AAAAA-00005", "d@x.org", "q", "waitlisted",
			    m + 4) > 0);
	assert_int_equal(store_reg_count(f->st, "p", "confirmed"), 1);
	assert_int_equal(store_reg_count(f->st, "p", "waitlisted"), 2);
	struct reg r;
	assert_int_equal(store_reg_find_active(f->st, "C@x.org", &r), 1);
	assert_int_equal(r.waitlist_position, 2);
	reg_clear(&r);
	assert_int_equal(store_reg_find_code(f->st, "aaaaa-00005", &r), 1);
	assert_int_equal(r.waitlist_position, 1); /* its own pool */
	/* Cancelled: the address is free again. */
	free(r.status);
	r.status = xstrdup("cancelled");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_true(add_reg(f->st, "AAAAA-00006", "d@x.org", "q", "waitlisted",
			    m + 5) > 0);
}

/* A waitlist read one at a time and listed whole gives the same
 * positions: ties in arrival go by registration order (as the waitlist
 * itself does), other pools and statuses do not count. */
static int
same_position(const struct reg *r, void *arg)
{
	struct store *st = arg;
	struct reg one;
	assert_int_equal(store_reg_find_id(st, r->id, &one), 1);
	assert_int_equal(r->waitlist_position, one.waitlist_position);
	if (strcmp(r->status, "waitlisted"))
		assert_int_equal(r->waitlist_position, 0);
	reg_clear(&one);
	return 0;
}

static void
test_positions_listed(void **state)
{
	struct fixture *f = *state;
	static const struct {
		const char *pool, *status;
		int64_t arrival;
	} rows[] = {{"p", "waitlisted", 5}, {"p", "confirmed", 1},
		    {"p", "waitlisted", 3}, {"q", "waitlisted", 4},
		    {"p", "waitlisted", 3}, {"p", "cancelled", 2},
		    {"q", "waitlisted", 9}, {"p", "waitlisted", 7}};
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char code[16], email[32];
		snprintf(code, sizeof code, "AAAAA-%05zu", i);
		snprintf(email, sizeof email, "p%zu@x.org", i);
		assert_true(add_reg(f->st, code, email, rows[i].pool,
				    rows[i].status, rows[i].arrival) > 0);
	}
	struct reg r;
	assert_int_equal(store_reg_find_code(f->st, "AAAAA-00004", &r), 1);
	assert_int_equal(r.waitlist_position, 2); /* tied with 00002 */
	reg_clear(&r);
	assert_int_equal(store_reg_find_code(f->st, "AAAAA-00002", &r), 1);
	assert_int_equal(r.waitlist_position, 1); /* registered first */
	reg_clear(&r);
	assert_int_equal(store_reg_find_code(f->st, "AAAAA-00007", &r), 1);
	assert_int_equal(r.waitlist_position, 4);
	reg_clear(&r);
	assert_int_equal(store_reg_each(f->st, NULL, same_position, f->st), 0);
	assert_int_equal(
	    store_reg_each(f->st, "waitlisted", same_position, f->st), 0);
	/* A long waitlist is counted from its nearer end: the same
	 * positions, ties included, also after some leave it. */
	for (int i = 0; i < 300; i++) {
		char code[16], email[32];
		snprintf(code, sizeof code, "BBBBB-%05d", i);
		snprintf(email, sizeof email, "w%d@x.org", i);
		assert_true(add_reg(f->st, code, email, "p", "waitlisted",
				    10 + i / 2) > 0);
	}
	assert_int_equal(store_reg_find_code(f->st, "BBBBB-00299", &r), 1);
	assert_int_equal(r.waitlist_position, 304); /* 4 were there before */
	free(r.status);
	r.status = xstrdup("cancelled");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_int_equal(store_reg_find_code(f->st, "BBBBB-00150", &r), 1);
	free(r.status);
	r.status = xstrdup("confirmed");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_int_equal(store_reg_find_code(f->st, "BBBBB-00298", &r), 1);
	assert_int_equal(r.waitlist_position, 302);
	reg_clear(&r);
	/* counted from the end too: tied with 00297, registered first */
	assert_int_equal(store_reg_find_code(f->st, "BBBBB-00296", &r), 1);
	assert_int_equal(r.waitlist_position, 300);
	reg_clear(&r);
	assert_int_equal(store_reg_each(f->st, NULL, same_position, f->st), 0);
}

/* The seats in use per pool and organisation are counts the store keeps
 * with triggers: every way a row starts or stops holding a seat. */
static void
test_seat_counts(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_reg_used(f->st, "p"), 0);
	int64_t a =
	    add_reg(f->st, "AAAAA-00001", "a@x.org", "p", "confirmed", 1);
	add_reg(f->st, "AAAAA-00002", "b@x.org", "p", "waitlisted", 2);
	add_reg(f->st, "AAAAA-00003", "c@x.org", "q", "confirmed", 3);
	assert_int_equal(store_reg_used(f->st, "p"), 1);
	assert_int_equal(store_reg_used(f->st, "q"), 1);
	struct reg r;
	/* an organisation: counted per pool */
	assert_int_equal(store_reg_find_id(f->st, a, &r), 1);
	r.org_key = xstrdup("wijk");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_int_equal(store_reg_org_used(f->st, "p", "wijk"), 1);
	assert_int_equal(store_reg_org_used(f->st, "q", "wijk"), 0);
	/* an offer holds a seat */
	assert_int_equal(store_reg_find_code(f->st, "AAAAA-00002", &r), 1);
	r.offer_until = xstrdup("2010-05-02T08:00:00Z");
	r.org_key = xstrdup("wijk");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	assert_int_equal(store_reg_used(f->st, "p"), 2);
	assert_int_equal(store_reg_org_used(f->st, "p", "wijk"), 2);
	/* moved to another pool */
	free(r.pool);
	r.pool = xstrdup("q");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	assert_int_equal(store_reg_used(f->st, "p"), 1);
	assert_int_equal(store_reg_used(f->st, "q"), 2);
	assert_int_equal(store_reg_org_used(f->st, "q", "wijk"), 1);
	/* cancelled: the seat is free */
	free(r.status);
	r.status = xstrdup("cancelled");
	free(r.offer_until);
	r.offer_until = NULL;
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_int_equal(store_reg_used(f->st, "q"), 1);
	assert_int_equal(store_reg_org_used(f->st, "q", "wijk"), 0);
	assert_int_equal(store_reg_org_used(f->st, "p", "wijk"), 1);
	/* regbot purge: open offers and organisations (without an amount)
	 * go in statements of its own, and the counts follow the rows */
	int64_t d =
	    add_reg(f->st, "AAAAA-00004", "d@x.org", "p", "waitlisted", 4);
	assert_int_equal(store_reg_find_id(f->st, d, &r), 1);
	r.offer_until = xstrdup("2010-05-02T08:00:00Z");
	r.org_key = xstrdup("wijk");
	r.f[RF_ORGANISATION] = xstrdup("Wijkteam");
	assert_int_equal(store_reg_update(f->st, &r), 0);
	reg_clear(&r);
	assert_int_equal(store_reg_used(f->st, "p"), 2);
	assert_int_equal(store_reg_org_used(f->st, "p", "wijk"), 2);
	struct store_purge n = {0};
	assert_int_equal(store_begin(f->st), 0);
	assert_int_equal(store_purge(f->st, "2011-01-01T00:00:00Z", &n), 0);
	assert_int_equal(store_commit(f->st), 0);
	assert_int_equal(store_reg_used(f->st, "p"), 1);
	assert_int_equal(store_reg_used(f->st, "q"), 1);
	/* d's key went with its organisation; a names no organisation,
	 * so its row (and the count) keeps the key */
	assert_int_equal(store_reg_org_used(f->st, "p", "wijk"), 1);
}

/* No statement the robot runs for each message may read a whole table
 * or sort all its matches (issue 12: such a lookup made a run over N
 * mails quadratic).  Only statements that list everything by design
 * may; a new one that scans must be added here on purpose. */
static const char *const whole_table[] = {
    "FROM registrations r ORDER BY", /* list, invoices, digest CSV */
    "WHERE r.status = ?1 ORDER BY",  /* list --status */
    "r.offer_until <= ?1 ORDER BY",  /* sorts the expired offers only */
    "FROM job_runs ORDER BY key",    /* remind --dry-run */
    "FROM mailbox_trouble ORDER BY", /* status, digest */
    /* status, digest: walks its partial index (migration 14), the
     * set-aside mail only */
    "WHERE outcome = 'set-aside'",
    "WHERE status = 'failed' ORDER BY id", /* digest */
    /* status: the first row of an index of pending mail only */
    "outbox_pending WHERE status = 'pending' ORDER BY id LIMIT 1",
    /* a bounce: the failures of one address only (its index) */
    "SELECT count(DISTINCT coalesce('o' || outbox",
    "a.action IN ('bounce', 'bounce-unmatched')) ORDER BY b.id", /* digest */
    "FROM failing_addresses f JOIN registrations r",		 /* digest */
    "FROM attendance ORDER BY registration, day", /* attendance list */
    /* regbot purge: once, over everything by design */
    "UPDATE registrations SET name = NULL WHERE",
    "UPDATE registrations SET email = lower(code) ||",
    "UPDATE registrations SET phone = NULL",
    "UPDATE registrations SET diet = NULL",
    "UPDATE registrations SET role = NULL",
    "UPDATE registrations SET organisation = NULL,",
    "UPDATE registrations SET hold = NULL, offer_until = NULL, purged_at",
    "UPDATE messages SET message_id = NULL,",
    "UPDATE outbox SET data = zeroblob(0),", "UPDATE audit SET detail = CASE",
    "DELETE FROM undo", "UPDATE bounces SET address = NULL,",
    "UPDATE decisions SET msgkey = 'purged:' || id",
    "DELETE FROM org_used WHERE used = 0", NULL};

static void
plan_ok(const char *sql, const char *plan, void *arg)
{
	int *bad = arg;
	for (int i = 0; whole_table[i]; i++)
		if (strstr(sql, whole_table[i]))
			return;
	for (const char *l = plan; *l;) {
		size_t n = strcspn(l, "\n");
		/* a subquery's own rows (bounded by its LIMIT) are not a
		 * table */
		if ((!strncmp(l, "SCAN ", 5) &&
		     strncmp(l, "SCAN CONSTANT ROW", 17) &&
		     strncmp(l, "SCAN (subquery-", 15)) ||
		    !strncmp(l, "USE TEMP B-TREE", 15)) {
			print_error("%s\n  plan: %.*s\n", sql, (int)n, l);
			(*bad)++;
		}
		l += n + (l[n] == '\n');
	}
}

static void
test_query_plans(void **state)
{
	struct fixture *f = *state;
	int bad = 0;
	assert_int_equal(store_query_plans(f->st, plan_ok, &bad), 0);
	assert_int_equal(bad, 0);
}

static void
test_outbox(void **state)
{
	struct fixture *f = *state;
	const char *now = "2010-05-01T08:00:00Z";
	assert_int_equal(store_outbox_add(f->st, "confirmation:A", "c",
					  "a@x.org", "data", 4, 0, 0, now),
			 1);
	/* Same key: nothing new. */
	assert_int_equal(store_outbox_add(f->st, "confirmation:A", "c",
					  "a@x.org", "other", 5, 0, 0, now),
			 0);
	assert_int_equal(store_outbox_add(f->st, "waitlist:B", "w", "b@x.org",
					  "d2", 2, 0, 0, now),
			 1);
	struct outbox_item it;
	assert_int_equal(store_outbox_next(f->st, now, 0, &it), 1);
	assert_string_equal(it.key, "confirmation:A");
	assert_int_equal(it.len, 4);
	assert_memory_equal(it.data, "data", 4);
	int64_t first = it.id;
	assert_int_equal(
	    store_outbox_retry(f->st, first, "2010-05-01T09:00:00Z", "421"), 0);
	outbox_item_clear(&it);
	/* Not due before its retry time; the other one is. */
	assert_int_equal(store_outbox_next(f->st, now, 0, &it), 1);
	assert_string_equal(it.key, "waitlist:B");
	assert_int_equal(store_outbox_sent(f->st, it.id, now), 0);
	outbox_item_clear(&it);
	assert_int_equal(store_outbox_next(f->st, now, 0, &it), 0);
	assert_int_equal(
	    store_outbox_next(f->st, "2010-05-01T09:00:00Z", 0, &it), 1);
	assert_int_equal(it.attempts, 1);
	assert_int_equal(store_outbox_failed(f->st, it.id, "550"), 0);
	outbox_item_clear(&it);
	assert_int_equal(store_outbox_count(f->st, "sent"), 1);
	assert_int_equal(store_outbox_count(f->st, "failed"), 1);
	assert_int_equal(store_outbox_count(f->st, "pending"), 0);
	assert_int_equal(
	    store_replies_since(f->st, "A@x.org", "2010-04-30T08:00:00Z"), 1);
}

static void
test_transaction(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(store_begin(f->st), 0);
	add_msg(f->st, "<rolled@x>");
	store_rollback(f->st);
	assert_int_equal(store_message_known(f->st, "<rolled@x>"), 0);
	assert_int_equal(store_begin(f->st), 0);
	add_msg(f->st, "<kept@x>");
	assert_int_equal(store_commit(f->st), 0);
	/* Reopening keeps data and applies no migration twice. */
	store_close(f->st);
	char *err = NULL;
	assert_int_equal(store_open(f->dir, &f->st, &err), 0);
	assert_int_equal(store_message_known(f->st, "<kept@x>"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_messages, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_registrations, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_positions_listed, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_seat_counts, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_query_plans, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_outbox, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_transaction, setup, teardown),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
