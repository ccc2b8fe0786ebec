/*
 * incoming: the queue's file names (arrival time and size kept, arrival
 * order by name, temporary files left out) and a round trip through a
 * spool directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "incoming.h"
#include "util.h"

static void
test_names(void **state)
{
	(void)state;
	char *a = incoming_name(1272700800, 0, 4242, 0xabcdefu);
	assert_string_equal(a, "001272700800-0-4242-00abcdef.eml");
	time_t t;
	size_t z;
	assert_int_equal(incoming_name_parse(a, &t, &z), 1);
	assert_int_equal((long long)t, 1272700800LL);
	assert_int_equal(z, 0);
	/* an earlier arrival sorts first, also across digit counts */
	char *b = incoming_name(999999999, 123456, 1, 1);
	assert_true(strcmp(b, a) < 0);
	assert_int_equal(incoming_name_parse(b, &t, &z), 1);
	assert_int_equal(z, 123456);
	free(a);
	free(b);
	static const struct {
		const char *name;
		int queued;
	} cases[] = {
	    {"001272700800-0-1-00000001.eml.tmp.77", 0}, /* being written */
	    {".hidden.eml", 0},
	    {"README", 0},
	    {"001272700800-0-1-00000001.EML", 1},
	    {"handmade.eml", 1}, /* queued, no arrival time in its name */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(incoming_name_parse(cases[i].name, &t, &z),
				 cases[i].queued);
	assert_int_equal(incoming_name_parse("handmade.eml", &t, &z), 1);
	assert_int_equal((long long)t, 0);
}

static void
test_round_trip(void **state)
{
	(void)state;
	char tmpl[] = "/tmp/regbot-incoming-XXXXXX";
	char *spool = mkdtemp(tmpl);
	assert_non_null(spool);
	long n;
	time_t oldest;
	incoming_count(spool, &n, &oldest); /* no directory: empty */
	assert_int_equal(n, 0);
	char *p1, *p2;
	assert_int_equal(incoming_queue(spool, "second", 6, 0, 1272700900, &p2),
			 0);
	assert_int_equal(
	    incoming_queue(spool, "first mail", 10, 99999, 1272700800, &p1), 0);
	struct stat sb;
	assert_int_equal(stat(p1, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	char *dir = incoming_dir(spool);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	char **names;
	assert_int_equal(incoming_list(spool, &names), 2);
	/* oldest first, whatever the order of writing */
	assert_non_null(strstr(p1, names[0]));
	assert_non_null(strstr(p2, names[1]));
	incoming_count(spool, &n, &oldest);
	assert_int_equal(n, 2);
	assert_int_equal((long long)oldest, 1272700800LL);
	/* read back, bounded: at most max + 1 bytes */
	struct buf b;
	buf_init(&b, 5);
	assert_int_equal(incoming_read(p1, 4, &b), 0);
	assert_int_equal(b.len, 5);
	assert_memory_equal(b.p, "first", 5);
	buf_free(&b);
	buf_init(&b, 100);
	assert_int_equal(incoming_read(p2, 99, &b), 0);
	assert_string_equal(buf_str(&b), "second");
	buf_free(&b);
	assert_int_equal(incoming_read("/nonexistent/x.eml", 10, &b), -1);
	for (size_t i = 0; i < 2; i++)
		free(names[i]);
	free(names);
	unlink(p1);
	unlink(p2);
	rmdir(dir);
	rmdir(spool);
	free(p1);
	free(p2);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_round_trip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
