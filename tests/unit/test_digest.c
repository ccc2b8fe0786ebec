/* Unit tests: the digest's pure parts — what an audit entry means for
 * "what changed", the CSV writer (quoting, formula cells), the widths of
 * the bar chart — and the store's job records the scheduler relies on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "digest.h"
#include "store.h"
#include "util.h"

static void
test_classify(void **state)
{
	(void)state;
	/* The details as seats.c, process.c and admin.c write them. */
	static const struct {
		const char *label, *action, *detail;
		enum digest_change want;
	} cases[] = {
	    {"registration confirmed", "confirmed", "mail: registration mail",
	     DC_NEW},
	    {"registration waitlisted", "waitlisted", "mail: registration mail",
	     DC_NEW},
	    {"held by the cap", "waitlisted",
	     "mail: registration mail; the organisation is at its cap", DC_NEW},
	    {"incomplete", "incomplete", "mail: registration mail", DC_NEW},
	    {"completed later", "confirmed", "mail: completed by a later mail",
	     DC_NEW},
	    {"added by the organiser", "confirmed",
	     "organiser: registered by the organiser (phone)", DC_NEW},
	    {"cancelled by mail", "cancelled",
	     "mail: cancelled by mail from a@example.org", DC_CANCELLED},
	    {"cancelled late", "cancelled",
	     "organiser: ziek; after the cancellation deadline: the fee is "
	     "still owed",
	     DC_CANCELLED},
	    {"offer expired", "cancelled",
	     "clock: the seat offer expired without an answer", DC_EXPIRED},
	    {"replaced: the new one tells", "cancelled",
	     "mail: substituted by AAAAA-BBBBB (b@example.org)", DC_NONE},
	    {"substitute confirmed", "confirmed",
	     "mail: takes the place of AAAAA-BBBBB (a@example.org)",
	     DC_SUBSTITUTED},
	    {"substitute waiting", "waitlisted",
	     "organiser: takes the place of AAAAA-BBBBB (a@example.org)",
	     DC_SUBSTITUTED},
	    {"promoted by a free seat", "confirmed",
	     "clock: promoted from the waitlist: a seat became free",
	     DC_PROMOTED},
	    {"promoted by the organiser", "confirmed",
	     "organiser: promoted by the organiser", DC_PROMOTED},
	    {"offer accepted", "confirmed", "mail: accepted the seat offer",
	     DC_PROMOTED},
	    {"moved into a free seat", "confirmed",
	     "organiser: a seat was free in the new pool", DC_PROMOTED},
	    {"offered", "offered", "clock: a seat became free", DC_OFFERED},
	    {"moved", "moved", "organiser: moved from pool a to b", DC_MOVED},
	    {"a reply is no change", "reply", "confirmation", DC_NONE},
	    {"a duplicate is no change", "duplicate",
	     "mail: registration mail for a registered address", DC_NONE},
	    {"set aside is for a human, not a change", "set-aside", "x",
	     DC_NONE},
	    {"no action", NULL, NULL, DC_NONE},
	    {"no detail", "confirmed", NULL, DC_NEW},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		enum digest_change got =
		    digest_classify(cases[i].action, cases[i].detail);
		if (got != cases[i].want)
			fail_msg("%s: got %d, want %d", cases[i].label, got,
				 cases[i].want);
	}
}

static void
test_csv(void **state)
{
	(void)state;
	static const struct {
		const char *in, *want;
	} cases[] = {
	    {"Deelnemer 01", "Deelnemer 01,"},
	    {NULL, ","},
	    {"", ","},
	    {"Stichting A, afdeling B", "\"Stichting A, afdeling B\","},
	    {"zegt \"hallo\"", "\"zegt \"\"hallo\"\"\","},
	    {"Straat 1\nPlaats", "\"Straat 1\nPlaats\","},
	    {"=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\","},
	    {"@SUM(A1)", "\"'@SUM(A1)\","},
	    {"-cmd", "\"'-cmd\","},
	    {"+31 36 539 9090", "+31 36 539 9090,"},
	    {"+31365399090", "+31365399090,"},
	    {"-5", "-5,"},
	    {"\xc3\xa9\xc3\xa9n", "\xc3\xa9\xc3\xa9n,"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b;
		buf_init(&b, 1024);
		digest_csv_field(&b, cases[i].in, 0);
		if (strcmp(buf_str(&b), cases[i].want))
			fail_msg("'%s': got '%s', want '%s'",
				 cases[i].in ? cases[i].in : "(null)",
				 buf_str(&b), cases[i].want);
		buf_free(&b);
	}
	struct buf b;
	buf_init(&b, 1024);
	digest_csv_field(&b, "a", 0);
	digest_csv_field(&b, "b", 1);
	assert_string_equal(buf_str(&b), "a,b\r\n");
	buf_free(&b);
}

static void
test_bar(void **state)
{
	(void)state;
	static const struct {
		long c, o, f;
		int w[3];
	} cases[] = {
	    {0, 0, 0, {0, 0, 0}},    {20, 0, 0, {100, 0, 0}},
	    {0, 0, 40, {0, 0, 100}}, {3, 0, 57, {5, 0, 95}},
	    {1, 1, 1, {34, 33, 33}}, {2, 1, 0, {67, 33, 0}},
	    {39, 1, 0, {98, 2, 0}},  {1, 0, 199, {1, 0, 99}},
	    {-1, 0, 5, {0, 0, 100}},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int w[3];
		digest_bar(cases[i].c, cases[i].o, cases[i].f, w);
		if (memcmp(w, cases[i].w, sizeof w))
			fail_msg("%ld/%ld/%ld: got %d/%d/%d, want %d/%d/%d",
				 cases[i].c, cases[i].o, cases[i].f, w[0], w[1],
				 w[2], cases[i].w[0], cases[i].w[1],
				 cases[i].w[2]);
		int sum = w[0] + w[1] + w[2];
		if (cases[i].c + cases[i].o + cases[i].f > 0 && sum != 100)
			fail_msg("widths sum to %d", sum);
	}
}

static int
count_change(const struct audit_change *c, void *arg)
{
	(void)c;
	(*(int *)arg)++;
	return 0;
}

static int
count_key(const char *key, void *arg)
{
	(void)key;
	(*(int *)arg)++;
	return 0;
}

/* A job is recorded once; the digest's mark bounds the next window. */
static void
test_job_records(void **state)
{
	(void)state;
	char dir[] = "/tmp/regbot-digest-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct store *st = NULL;
	char *err = NULL;
	assert_int_equal(store_open(dir, &st, &err), 0);
	char *at = NULL;
	int64_t mark = -1;
	assert_int_equal(store_job_last(st, "digest", "sent", &at, &mark), 0);
	assert_null(at);
	assert_int_equal(mark, 0);
	assert_int_equal(store_audit_mark(st), 0);
	for (int i = 0; i < 3; i++)
		assert_int_equal(store_audit(st, "2010-05-01T08:00:00Z", 0, 0,
					     "set-aside", "x"),
				 0);
	int64_t m1 = store_audit_mark(st);
	assert_int_equal(m1, 3);
	assert_int_equal(store_job_record(st, "digest:2010-05-01", "digest",
					  "2010-05-01T06:00:00Z",
					  "2010-05-01T09:00:00Z", "sent", 1,
					  m1),
			 1);
	assert_int_equal(store_job_record(st, "digest:2010-05-01", "digest",
					  "2010-05-01T06:00:00Z",
					  "2010-05-01T10:00:00Z", "sent", 1,
					  99),
			 0);
	assert_int_equal(store_job_record(st, "digest:2010-05-02", "digest",
					  "2010-05-02T06:00:00Z",
					  "2010-05-02T09:00:00Z", "unchanged",
					  0, m1),
			 1);
	assert_int_equal(store_job_last(st, "digest", "sent", &at, &mark), 1);
	assert_string_equal(at, "2010-05-01T09:00:00Z");
	assert_int_equal(mark, m1);
	free(at);
	/* Entries in the same second as the digest, after it, still count
	 * for the next one. */
	assert_int_equal(store_audit(st, "2010-05-01T09:00:00Z", 0, 0,
				     "rate-limited", "a@example.org"),
			 0);
	int n = 0;
	assert_int_equal(
	    store_audit_since(st, m1, store_audit_mark(st), count_change, &n),
	    0);
	assert_int_equal(n, 1);
	n = 0;
	assert_int_equal(store_audit_since(st, 0, m1, count_change, &n), 0);
	assert_int_equal(n, 3);
	n = 0;
	assert_int_equal(store_job_each(st, count_key, &n), 0);
	assert_int_equal(n, 2);
	store_close(st);
	/* Reopened: the records are still there. */
	assert_int_equal(store_open(dir, &st, &err), 0);
	n = 0;
	assert_int_equal(store_job_each(st, count_key, &n), 0);
	assert_int_equal(n, 2);
	store_close(st);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_classify),
	    cmocka_unit_test(test_csv),
	    cmocka_unit_test(test_bar),
	    cmocka_unit_test(test_job_records),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
