/* Unit tests: where `processed = NAME` goes in the server's personal
 * namespace (issue 14), and the store rows of troubled messages (issue
 * 11).  The IMAP side is tested against Dovecot (test_imap_*.sh). */
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
#include "store.h"
#include "util.h"

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

static int
count_rows(const struct store_mbx_trouble *t, void *arg)
{
	(void)t;
	(*(int *)arg)++;
	return 0;
}

/* The store side of troubled messages (migration 5): attempts add up per
 * (uidvalidity, uid), the last note decides stage, error and quarantine,
 * and resolving removes the row. */
static void
test_trouble_rows(void **state)
{
	(void)state;
	char dir[] = "/tmp/regbot-mailbox-XXXXXX";
	assert_non_null(mkdtemp(dir));
	struct store *st = NULL;
	char *err = NULL;
	assert_int_equal(store_open(dir, &st, &err), 0);
	struct store_mbx_trouble t;
	assert_int_equal(store_mbx_trouble_get(st, 7, 3, &t), 0);
	assert_int_equal(store_mbx_trouble_note(st, 7, 3, "fetch", "cut",
						"2010-05-01T08:00:00Z",
						"2010-05-01T08:00:30Z", 0),
			 0);
	assert_int_equal(store_mbx_trouble_note(st, 7, 3, "fetch", "NO x",
						"2010-05-01T09:00:00Z",
						"2010-05-01T09:01:00Z", 1),
			 0);
	assert_int_equal(store_mbx_trouble_note(st, 8, 3, "move", "NO y",
						"2010-05-01T09:00:00Z",
						"2010-05-01T09:00:30Z", 0),
			 0);
	assert_int_equal(store_mbx_trouble_get(st, 7, 3, &t), 1);
	assert_string_equal(t.stage, "fetch");
	assert_int_equal(t.attempts, 2);
	assert_string_equal(t.last_error, "NO x");
	assert_string_equal(t.first_at, "2010-05-01T08:00:00Z");
	assert_string_equal(t.next_at, "2010-05-01T09:01:00Z");
	assert_int_equal(t.quarantined, 1);
	store_mbx_trouble_clear(&t);
	int n = 0;
	assert_int_equal(store_mbx_trouble_each(st, count_rows, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(store_mbx_trouble_resolve(st, 7, 3), 0);
	assert_int_equal(store_mbx_trouble_get(st, 7, 3, &t), 0);
	n = 0;
	assert_int_equal(store_mbx_trouble_each(st, count_rows, &n), 0);
	assert_int_equal(n, 1);
	store_close(st);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_resolve_folder),
	    cmocka_unit_test(test_trouble_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
