/* Unit tests: the waits that keep regbot from storming a server — the
 * daemon's backoff after a failed cycle (util.c), a message's retry
 * backoff and the bounded retries of a perhaps-delivered message
 * (outbox.c).  Issue 11 items 4 and 5. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include "outbox.h"
#include "util.h"

/* The daemon never waits less than the floor, whatever the state it
 * starts from (the old loop reset to 1 s at every login, and its jitter
 * made that 0 s: 57 sends a second). */
static void
test_daemon_floor(void **state)
{
	(void)state;
	static const long starts[] = {-5, 0, 1, 2, 4, 5};
	static const unsigned rnds[] = {0, 1, 2, 3, 7, 1000, UINT_MAX};
	for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++) {
		long next = util_backoff_next(starts[i]);
		assert_true(next >= RUN_BACKOFF_MIN);
		for (size_t j = 0; j < sizeof rnds / sizeof rnds[0]; j++) {
			long w = util_backoff_jitter(starts[i], rnds[j]);
			assert_true(w >= RUN_BACKOFF_MIN);
			assert_true(w <= RUN_BACKOFF_MIN * 3 / 2);
		}
	}
}

/* Doubling to the cap; the jitter stays within [base, 1.5 base]. */
static void
test_daemon_doubling(void **state)
{
	(void)state;
	static const struct {
		long cur, next;
	} table[] = {
	    {5, 10},   {10, 20},   {20, 40},   {40, 80},
	    {80, 160}, {160, 300}, {300, 300}, {1000, 300},
	};
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		assert_int_equal(util_backoff_next(table[i].cur),
				 table[i].next);
	long b = RUN_BACKOFF_MIN, total = 0;
	for (int i = 0; i < 20; i++) {
		long w = util_backoff_jitter(b, (unsigned)i * 2654435761u);
		assert_true(w >= b && w <= b + b / 2);
		total += w;
		b = util_backoff_next(b);
	}
	/* 20 failed cycles in a row take over an hour, not seconds. */
	assert_true(total > 3600);
}

/* A message that was perhaps delivered: two retries, hours apart, then
 * never again. */
static void
test_uncertain(void **state)
{
	(void)state;
	assert_int_equal(outbox_uncertain_backoff(0), 6 * 3600L);
	assert_int_equal(outbox_uncertain_backoff(1), 24 * 3600L);
	assert_int_equal(outbox_uncertain_backoff(2), -1);
	assert_int_equal(outbox_uncertain_backoff(7), -1);
	assert_int_equal(outbox_uncertain_backoff(-1), 6 * 3600L);
}

/* A message's ordinary retry: 1 min doubling to 1 h, +-20 %. */
static void
test_message_backoff(void **state)
{
	(void)state;
	assert_int_equal(outbox_backoff(0, 0.5), 60);
	assert_int_equal(outbox_backoff(1, 0.5), 120);
	assert_int_equal(outbox_backoff(10, 0.5), 3600);
	assert_true(outbox_backoff(0, 0.0) >= 48);
	assert_true(outbox_backoff(10, 1.0) <= 4320);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_daemon_floor),
	    cmocka_unit_test(test_daemon_doubling),
	    cmocka_unit_test(test_uncertain),
	    cmocka_unit_test(test_message_backoff),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
