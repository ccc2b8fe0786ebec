/*
 * Unit tests for clock_parse_iso and clock_parse_instant (table-driven:
 * label, input, expected result) and clock_zone_known.  `--now` and every
 * time in the configuration go through these parsers, so a wrong offset,
 * a missing zone or an impossible date must be an error, never a time
 * that is silently hours or a century off.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <cmocka.h>

#include "clock.h"

#define NO (-2) /* expected: an error */

struct iso_case {
	const char *label, *in;
	long long iso;	   /* clock_parse_iso: time_t, or NO */
	long long instant; /* clock_parse_instant: time_t, or NO */
};

static const struct iso_case cases[] = {
    /* accepted */
    {"offset +02:00", "2010-05-01T10:00:00+02:00", 1272700800, 1272700800},
    {"Z", "2010-05-01T08:00:00Z", 1272700800, 1272700800},
    {"no seconds", "2010-05-01T08:00Z", 1272700800, 1272700800},
    {"space for T", "2010-05-01 08:00:00Z", 1272700800, 1272700800},
    {"negative offset", "2010-05-01T03:30:00-04:30", 1272700800, 1272700800},
    {"+14:00, the largest offset", "2010-05-01T22:00:00+14:00", 1272700800,
     1272700800},
    {"-12:00", "2010-04-30T20:00:00-12:00", 1272700800, 1272700800},
    {"date: midnight UTC", "2010-05-01", 1272672000, NO},
    {"leap day", "2012-02-29", 1330473600, NO},
    {"the epoch", "1970-01-01T00:00:00Z", 0, 0},
    {"year 9999", "9999-12-31", 253402214400LL, NO},
    {"23:59:59", "2010-05-01T23:59:59Z", 1272758399, 1272758399},
    /* refused */
    {"+99:99", "2010-05-01T10:00:00+99:99", NO, NO},
    {"offset hours 15", "2010-05-01T10:00:00+15:00", NO, NO},
    {"offset minutes 60", "2010-05-01T10:00:00+01:60", NO, NO},
    {"offset without colon", "2010-05-01T10:00:00+0200", NO, NO},
    {"offset one digit", "2010-05-01T10:00:00+2:00", NO, NO},
    {"time without zone", "2010-05-01T10:00:00", NO, NO},
    {"time without zone or seconds", "2010-05-01T10:00", NO, NO},
    {"year 1900", "1900-05-01T10:00:00Z", NO, NO},
    {"year 1969", "1969-12-31T23:59:59Z", NO, NO},
    {"year 1900, date", "1900-01-01", NO, NO},
    {"five-digit year", "10000-01-01T00:00:00Z", NO, NO},
    {"30 February", "2010-02-30", NO, NO},
    {"29 February, no leap year", "2010-02-29T10:00:00Z", NO, NO},
    {"31 April", "2010-04-31", NO, NO},
    {"month 13", "2010-13-01", NO, NO},
    {"day 0", "2010-05-00", NO, NO},
    {"hour 24", "2010-05-01T24:00:00Z", NO, NO},
    {"minute 60", "2010-05-01T10:60:00Z", NO, NO},
    {"second 60", "2010-05-01T10:00:60Z", NO, NO},
    {"signed field", "2010-+5-01", NO, NO},
    {"space in a field", "2010- 5-01", NO, NO},
    {"one-digit month", "2010-5-01T10:00:00Z", NO, NO},
    {"trailing text", "2010-05-01T10:00:00Zx", NO, NO},
    {"trailing text after a date", "2010-05-01x", NO, NO},
    {"lower-case z", "2010-05-01T10:00:00z", NO, NO},
    {"empty", "", NO, NO},
    {"words", "tomorrow", NO, NO},
    {"cut short", "2010-05-01T10:0", NO, NO},
    {"cut in the offset", "2010-05-01T10:00:00+02:", NO, NO},
};

static void
test_parse_table(void **state)
{
	(void)state;
	int bad = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct iso_case *c = &cases[i];
		time_t t = -1;
		int r = clock_parse_iso(c->in, &t);
		long long got = r == 0 ? (long long)t : NO;
		if (got != c->iso) {
			print_message("clock_parse_iso %s: '%s' gave %lld, "
				      "expected %lld\n",
				      c->label, c->in, got, c->iso);
			bad++;
		}
		t = -1;
		r = clock_parse_instant(c->in, &t);
		got = r == 0 ? (long long)t : NO;
		if (got != c->instant) {
			print_message("clock_parse_instant %s: '%s' gave %lld, "
				      "expected %lld\n",
				      c->label, c->in, got, c->instant);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void
test_zone_known(void **state)
{
	(void)state;
	assert_true(clock_zone_known("Europe/Amsterdam"));
	assert_true(clock_zone_known("America/New_York"));
	assert_false(clock_zone_known("Europe/Almere"));
	assert_false(clock_zone_known("Mars/Olympus_Mons"));
	assert_false(clock_zone_known(""));
}

/* An unknown zone would convert with offset 0: the reason config_load
 * refuses one.  A known zone has its real offset. */
static void
test_offset(void **state)
{
	(void)state;
	assert_int_equal(clock_utc_offset("Europe/Amsterdam", 1272700800), 120);
	assert_int_equal(clock_utc_offset("Europe/Amsterdam", 1262304000), 60);
	assert_int_equal(clock_utc_offset_ical("Europe/Amsterdam", 1272700800),
			 120);
}

/* The offsets come from the C library reading the zone files; libical
 * reads the same files.  Both must agree over four years (every 4 h 13
 * min: DST changes of 2009-2012 and every minute of the hour), in zones
 * with DST in either half of the year, with half and three-quarter hour
 * offsets, and without DST.  TZ, which regbot sets only for the moment
 * of a lookup, stays as the caller had it. */
static void
test_offset_sources_agree(void **state)
{
	(void)state;
	static const char *const zones[] = {
	    "Europe/Amsterdam", "America/New_York", "Australia/Sydney",
	    "Asia/Kolkata",	"America/St_Johns", "Pacific/Chatham",
	    "Africa/Nairobi"};
	setenv("TZ", "Asia/Tokyo", 1);
	const time_t from = 1230768000; /* 2009-01-01T00:00:00Z */
	const time_t to = 1357000000;	/* end of 2012 */
	for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
		assert_true(clock_zone_known(zones[z]));
		int bad = 0;
		for (time_t t = from; t < to; t += 4 * 3600 + 13 * 60) {
			int a = clock_utc_offset(zones[z], t);
			int b = clock_utc_offset_ical(zones[z], t);
			if (a != b && bad++ < 5)
				print_error("%s at %lld: %d, libical %d\n",
					    zones[z], (long long)t, a, b);
		}
		assert_int_equal(bad, 0);
	}
	assert_string_equal(getenv("TZ"), "Asia/Tokyo");
	unsetenv("TZ");
	/* a zone only libical could know: its answer, never a guess */
	assert_int_equal(clock_utc_offset("Mars/Olympus_Mons", from), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse_table),
	    cmocka_unit_test(test_zone_known),
	    cmocka_unit_test(test_offset),
	    cmocka_unit_test(test_offset_sources_agree),
	};
	return cmocka_run_group_tests_name("clock", tests, NULL, NULL);
}
