/*
 * incoming: the queue's file names (arrival time and size kept, arrival
 * order by name, temporary files left out), a round trip through a
 * spool directory, and a message that fails every time: counted in its
 * name, due again after util_retry_delay, kept in its place among the
 * others, then set aside in incoming/held after RETRY_MAX_ATTEMPTS.
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

static void
test_attempts(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int n;
	} cases[] = {
	    {"001272700800-0-1-00000001.eml", 0},
	    {"001272700800-0-1-00000001.a1.eml", 1},
	    {"001272700800-0-1-00000001.a4.EML", 4},
	    {"handmade.a2.eml", 2},
	    {"backup.a.eml", 0},   /* no count */
	    {"data2.eml", 0},	   /* digits, but not ".aN" */
	    {"x.a12345.eml", 0},   /* no such count */
	    {"x.a3.eml.tmp.9", 0}, /* not a queued name */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(incoming_attempts(cases[i].name), cases[i].n);
	/* the delay doubles from 30 s and stops at an hour */
	assert_int_equal(util_retry_delay(1), 30);
	assert_int_equal(util_retry_delay(2), 60);
	assert_int_equal(util_retry_delay(4), 240);
	assert_int_equal(util_retry_delay(20), 3600);
}

static void
test_failing_message(void **state)
{
	(void)state;
	char tmpl[] = "/tmp/regbot-incoming-XXXXXX";
	char *spool = mkdtemp(tmpl);
	assert_non_null(spool);
	char *bad, *good;
	const time_t t0 = 1272700800;
	assert_int_equal(incoming_queue(spool, "bad", 3, 0, t0, &bad), 0);
	assert_int_equal(incoming_queue(spool, "good", 4, 0, t0 + 5, &good), 0);
	char **names;
	assert_int_equal(incoming_list(spool, &names), 2);
	char *name = xstrdup(names[0]);
	char *second = xstrdup(names[1]);
	for (size_t i = 0; i < 2; i++)
		free(names[i]);
	free(names);
	time_t at, now = t0 + 100;
	assert_int_equal(incoming_due(spool, name, now, &at), 1);
	for (int k = 1; k < RETRY_MAX_ATTEMPTS; k++) {
		char *next = NULL;
		assert_int_equal(incoming_failed(spool, name, now, &next), 0);
		assert_int_equal(incoming_attempts(next), k);
		/* not due before its delay, due after it */
		assert_int_equal(incoming_due(spool, next, now + 1, &at), 0);
		assert_int_equal((long long)at,
				 (long long)(now + util_retry_delay(k)));
		assert_int_equal(incoming_due(spool, next, at, &at), 1);
		/* still first in the queue, the other still behind it */
		assert_int_equal(incoming_list(spool, &names), 2);
		assert_string_equal(names[0], next);
		assert_string_equal(names[1], second);
		for (size_t i = 0; i < 2; i++)
			free(names[i]);
		free(names);
		free(name);
		name = next;
		now = at;
	}
	assert_int_equal(incoming_held_count(spool), 0);
	char *held = NULL;
	assert_int_equal(incoming_failed(spool, name, now, &held), 1);
	/* out of the queue, whole, in the held directory */
	assert_int_equal(incoming_list(spool, &names), 1);
	assert_string_equal(names[0], second);
	free(names[0]);
	free(names);
	assert_int_equal(incoming_held_count(spool), 1);
	char *hd = incoming_held_dir(spool);
	assert_non_null(strstr(held, hd));
	struct stat sb;
	assert_int_equal(stat(hd, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	struct buf b;
	buf_init(&b, 16);
	assert_int_equal(incoming_read(held, 15, &b), 0);
	assert_string_equal(buf_str(&b), "bad");
	buf_free(&b);
	/* a name that is not in the queue: an error, nothing changes */
	char *none = NULL;
	assert_int_equal(incoming_failed(spool, "nothing.eml", now, &none), -1);
	assert_null(none);
	unlink(held);
	unlink(good);
	rmdir(hd);
	char *dir = incoming_dir(spool);
	rmdir(dir);
	rmdir(spool);
	free(dir);
	free(hd);
	free(held);
	free(name);
	free(second);
	free(bad);
	free(good);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_round_trip),
	    cmocka_unit_test(test_attempts),
	    cmocka_unit_test(test_failing_message),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
