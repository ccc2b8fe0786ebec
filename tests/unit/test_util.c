/*
 * test_util — display width of UTF-8 text (util_display_width), used to
 * align the columns of `regbot list` and `regbot invoices`.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "util.h"

static void
test_display_width(void **state)
{
	(void)state;
	static const struct {
		const char *label, *s;
		size_t want;
	} cases[] = {
	    {"empty", "", 0},
	    {"ascii", "Voorbeeld", 9},
	    {"precomposed e-diaeresis", "Zo\xc3\xab", 3},
	    {"e and a combining diaeresis", "Zoe\xcc\x88", 3},
	    {"CJK is two wide", "\xe6\x9d\xb1\xe4\xba\xac", 4},
	    {"an emoji is two wide", "\xf0\x9f\x98\x80", 2},
	    {"a byte that is not UTF-8 counts one", "a\xffz", 3},
	    {"zero width space",
	     "a\xe2\x80\x8b"
	     "b",
	     2},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t got = util_display_width(cases[i].s);
		if (got != cases[i].want)
			fail_msg("%s: want %zu, got %zu", cases[i].label,
				 cases[i].want, got);
	}
	assert_int_equal(util_display_width(NULL), 0);
}

static void
test_padded(void **state)
{
	(void)state;
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	util_fput_padded(fp, "Zo\xc3\xab", 5);
	util_fput_padded(fp, NULL, 3);
	util_fput_padded(fp, "toolong", 3);
	fclose(fp);
	assert_string_equal(out, "Zo\xc3\xab  -  toolong");
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_display_width),
	    cmocka_unit_test(test_padded),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
