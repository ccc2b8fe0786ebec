/* Unit tests: where `processed = NAME` goes in the server's personal
 * namespace (issue 14).  The IMAP side itself is tested against Dovecot
 * (tests/integration/test_imap_*.sh). */
/* cmocka.h needs these first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* clang-format off */
#include <cmocka.h>
/* clang-format on */
#include <stdlib.h>
#include <string.h>

#include "mailbox.h"

static void
test_resolve_folder(void **state)
{
	(void)state;
	static const struct {
		const char *label, *name, *prefix;
		char sep;
		const char *want;
		int added;
	} cases[] = {
	    {"default Dovecot", "Verwerkt", "", '.', "Verwerkt", 0},
	    {"no NAMESPACE at all", "Verwerkt", "", 0, "Verwerkt", 0},
	    {"Cyrus: under INBOX.", "Verwerkt", "INBOX.", '.', "INBOX.Verwerkt",
	     1},
	    {"Cyrus: already qualified", "INBOX.Verwerkt", "INBOX.", '.',
	     "INBOX.Verwerkt", 0},
	    {"INBOX is case-insensitive", "inbox.Verwerkt", "INBOX.", '.',
	     "inbox.Verwerkt", 0},
	    {"contains the separator: as written", "Archief.2010", "INBOX.",
	     '.', "Archief.2010", 0},
	    {"slash separator, nested", "Archief/Verwerkt", "INBOX/", '/',
	     "Archief/Verwerkt", 0},
	    {"other separator is just a character", "Archief/2010", "INBOX.",
	     '.', "INBOX.Archief/2010", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *folder = NULL, *why = NULL;
		int r = mailbox_resolve_folder(cases[i].name, cases[i].prefix,
					       cases[i].sep, &folder, &why);
		if (strcmp(folder, cases[i].want) || r != cases[i].added)
			fail_msg("%s: got '%s' (%d), want '%s' (%d)",
				 cases[i].label, folder, r, cases[i].want,
				 cases[i].added);
		assert_non_null(why);
		free(folder);
		free(why);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolve_folder),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
