/* Unit tests: the pure parts of the organiser's tools (issue 10) — one
 * money format per language (reply_money), the purge's dates
 * (purge_dates, purge_add_days), a registration through undo's JSON and
 * back (undo_reg_json, undo_reg_parse), and which names a one-off
 * template may have (mailing_name_ok). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "config.h"
#include "mailing.h"
#include "purge.h"
#include "reply.h"
#include "store.h"
#include "undo.h"
#include "util.h"

static void
test_money(void **state)
{
	(void)state;
	static const struct {
		long cents;
		const char *lang, *want;
	} cases[] = {
	    {300000, "nl", "EUR 3.000,00"},
	    {300000, "en", "EUR 3,000.00"},
	    {100000, "nl", "EUR 1.000,00"},
	    {0, "nl", "EUR 0,00"},
	    {5, "en", "EUR 0.05"},
	    {99999, "nl", "EUR 999,99"},
	    {123456789, "nl", "EUR 1.234.567,89"},
	    {123456789, "en", "EUR 1,234,567.89"},
	    {100000, NULL, "EUR 1.000,00"}, /* no language: the nl format */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *m = reply_money(cases[i].cents, "EUR", cases[i].lang);
		if (strcmp(m, cases[i].want))
			fail_msg("%ld %s: got '%s', want '%s'", cases[i].cents,
				 cases[i].lang ? cases[i].lang : "-", m,
				 cases[i].want);
		free(m);
	}
}

static void
test_add_days(void **state)
{
	(void)state;
	static const struct {
		const char *date;
		long days;
		const char *want;
	} cases[] = {
	    {"2010-11-23", 365, "2011-11-23"},
	    {"2010-11-23", 1, "2010-11-24"},
	    {"2011-12-31", 1, "2012-01-01"},
	    {"2012-02-28", 1, "2012-02-29"}, /* a leap year */
	    {"2010-03-28", 0, "2010-03-28"}, /* a DST change: still a day */
	    {"2010-11-23", 36500, "2110-10-30"},
	};
	char out[11];
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(
		    purge_add_days(cases[i].date, cases[i].days, out), 0);
		assert_string_equal(out, cases[i].want);
	}
	assert_int_equal(purge_add_days("23-11-2010", 1, out), -1);
	assert_int_equal(purge_add_days("2010-11-23x", 1, out), -1);
	assert_int_equal(purge_add_days(NULL, 1, out), -1);
}

static void
test_purge_dates(void **state)
{
	(void)state;
	struct day days[] = {{.number = 1, .date = "2010-06-01"},
			     {.number = 2, .date = "2010-11-23"},
			     {.number = 3, .date = "2010-09-23"}};
	struct config cfg = {.days = days, .ndays = 3, .purge_after_days = 365};
	char last[11], over[11], from[11];
	assert_int_equal(purge_dates(&cfg, last, over, from), 0);
	assert_string_equal(last, "2010-11-23");
	assert_string_equal(over, "2010-11-24");
	assert_string_equal(from, "2011-11-23");
	/* 0 days: never before the course is over */
	cfg.purge_after_days = 0;
	assert_int_equal(purge_dates(&cfg, last, over, from), 0);
	assert_string_equal(from, "2010-11-24");
	cfg.ndays = 0;
	assert_int_equal(purge_dates(&cfg, last, over, from), -1);
}

static void
test_undo_json(void **state)
{
	(void)state;
	struct reg r = {0};
	r.id = 7;
	r.code = "ABCDE-12345";
	r.f[RF_NAME] = "Zo\xc3\xab \"Voorbeeld\"";
	r.f[RF_EMAIL] = "zoe@example.org";
	r.f[RF_ORGANISATION] = "Stichting / Voorbeeld";
	r.f[RF_DIET] = NULL;
	r.pool = "organisaties";
	r.status = "cancelled";
	r.language = "nl";
	r.arrival = 12;
	r.received_at = "2010-05-01T08:00:00Z";
	r.registered_at = "2010-05-01T08:00:00Z";
	r.updated_at = "2010-05-20T08:00:00Z";
	r.message = 3;
	r.waitlist_position = 4; /* computed by the store: not kept */
	r.org_key = "voorbeeld";
	r.cancelled_at = "2010-05-20T08:00:00Z";
	r.fee_due = 1;
	r.pool_fixed = 1;
	char *j = undo_reg_json(&r);
	struct reg back;
	assert_int_equal(undo_reg_parse(j, &back), 0);
	char *j2 = undo_reg_json(&back);
	assert_string_equal(j, j2); /* the same text: the same row */
	assert_int_equal(back.id, 7);
	assert_string_equal(back.f[RF_NAME], r.f[RF_NAME]);
	assert_null(back.f[RF_DIET]);
	assert_int_equal(back.fee_due, 1);
	assert_int_equal(back.waitlist_position, 0);
	assert_null(strstr(j, "waitlist_position"));
	reg_clear(&back);
	free(j);
	free(j2);
	/* Not a registration: refused, nothing to clear. */
	assert_int_equal(undo_reg_parse("{\"id\": 1}", &back), -1);
	assert_int_equal(undo_reg_parse("not json", &back), -1);
	assert_int_equal(undo_reg_parse(NULL, &back), -1);
}

static void
test_template_names(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int ok;
	} cases[] = {
	    {"room-change", 1},
	    {"zaal_2", 1},
	    {"Zaal", 1},
	    {"", 0},
	    {"-x", 0},
	    {"../nl/zaal", 0},
	    {"nl/zaal", 0},
	    {"zaal.txt", 0},
	    {"confirmation", 0},
	    {"digest", 0},
	    {"reminder", 0},
	    {"zaal wijziging", 0},
	    {"z\xc3\xa4\x61l", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (mailing_name_ok(cases[i].name) != cases[i].ok)
			fail_msg("'%s': want %d", cases[i].name, cases[i].ok);
	char long_name[80];
	memset(long_name, 'a', sizeof long_name - 1);
	long_name[sizeof long_name - 1] = '\0';
	assert_int_equal(mailing_name_ok(long_name), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_money),
	    cmocka_unit_test(test_add_days),
	    cmocka_unit_test(test_purge_dates),
	    cmocka_unit_test(test_undo_json),
	    cmocka_unit_test(test_template_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
