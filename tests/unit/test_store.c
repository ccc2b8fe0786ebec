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
	    cmocka_unit_test_setup_teardown(test_outbox, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_transaction, setup, teardown),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
