/* Unit tests: stats — the time per stage that `once --stats` prints and
 * `run --verbose` logs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stats.h"
#include "util.h"

static void
test_sums(void **state)
{
	(void)state;
	stats_reset();
	stats_add_secs(STATS_FETCH, 0.25);
	stats_add_secs(STATS_FETCH, 0.5);
	stats_add_secs(STATS_MOVE, -1); /* a clock step back counts 0 */
	stats_message();
	stats_message();
	assert_true(stats_total(STATS_FETCH) > 0.74 &&
		    stats_total(STATS_FETCH) < 0.76);
	assert_true(stats_total(STATS_MOVE) == 0);
	assert_int_equal(stats_messages(), 2);
	double t0 = stats_now();
	stats_add(STATS_SEND, t0);
	assert_true(stats_total(STATS_SEND) >= 0);
	stats_reset();
	assert_int_equal(stats_messages(), 0);
	assert_true(stats_total(STATS_FETCH) == 0);
}

static void
test_line(void **state)
{
	(void)state;
	stats_reset();
	stats_add_secs(STATS_PARSE, 0.002);
	stats_message();
	char *l = stats_line(1.5);
	assert_string_equal(l, "1 message in 1.500 s: fetch 0.0 ms, parse 2.0 "
			       "ms, keep 0.0 ms, decide+commit 0.0 ms, render "
			       "0.0 ms, send 0.0 ms, move 0.0 ms");
	free(l);
}

static void
test_table(void **state)
{
	(void)state;
	stats_reset();
	stats_add_secs(STATS_DECIDE, 1.0);
	for (int i = 0; i < 4; i++)
		stats_message();
	char *text = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&text, &n);
	stats_print(fp, 2.0);
	fclose(fp);
	/* each stage once, a line for the rest and one for all */
	static const char *const want[] = {
	    "decide+commit         1      1.000    250.000  50.0%",
	    "other                        1.000    250.000  50.0%",
	    "all                   4      2.000    500.000 100.0%",
	    "4 messages in 2.000 s: 2.0 messages/s",
	    "fetch ",
	    "parse ",
	    "keep ",
	    "render ",
	    "send ",
	    "move "};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (strstr(text, want[i]) == NULL)
			fail_msg("missing '%s' in:\n%s", want[i], text);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sums),
	    cmocka_unit_test(test_line),
	    cmocka_unit_test(test_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
