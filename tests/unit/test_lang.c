/* Unit tests: language of a mail (libexttextcat, marker fallback). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lang.h"

static void
test_detect(void **state)
{
	(void)state;
	static const struct {
		const char *text, *dflt, *want;
	} c[] = {
	    {"Hierbij meld ik mij aan voor de leergang. Met vriendelijke "
	     "groet",
	     "en", "nl"},
	    {"I would like to register for the course. Kind regards", "nl",
	     "en"},
	    {"Kan ik me nog aanmelden?", "en", "nl"},
	    {"Is registration still open?", "nl", "en"},
	    {"", "en", "en"},
	    {NULL, "nl", "nl"},
	    {"12345", "xx", "nl"},
	};
	assert_true(lang_library_ok());
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		char out[3];
		lang_detect(c[i].text, c[i].dflt, out);
		if (strcmp(out, c[i].want))
			fail_msg("\"%s\": %s, want %s",
				 c[i].text ? c[i].text : "(null)", out,
				 c[i].want);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_detect),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
