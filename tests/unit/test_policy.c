/* Unit tests: seat decisions, reference codes, pool assignment. */
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

#include "config.h"
#include "policy.h"
#include "util.h"

static void
test_seat(void **state)
{
	(void)state;
	static const struct {
		const char *label;
		long capacity, used, queue, org_used, org_cap;
		enum seat want;
	} cases[] = {
	    {"empty pool", 20, 0, 0, 0, 0, SEAT_CONFIRM},
	    {"last seat", 20, 19, 0, 0, 0, SEAT_CONFIRM},
	    {"full", 20, 20, 0, 0, 0, SEAT_WAIT},
	    {"full with queue", 20, 20, 4, 0, 0, SEAT_WAIT},
	    {"free seat but a queue: no jumping", 20, 19, 1, 0, 0, SEAT_WAIT},
	    {"pool of zero seats", 0, 0, 0, 0, 0, SEAT_WAIT},
	    {"brochure organisations, 40th", 40, 39, 0, 0, 0, SEAT_CONFIRM},
	    {"brochure organisations, 41st", 40, 40, 0, 0, 0, SEAT_WAIT},
	    {"under the organisation cap", 40, 10, 0, 2, 3, SEAT_CONFIRM},
	    {"at the organisation cap", 40, 10, 0, 3, 3, SEAT_WAIT_CAP},
	    {"cap lifted (0)", 40, 10, 0, 3, 0, SEAT_CONFIRM},
	    {"capped and full", 40, 40, 0, 5, 3, SEAT_WAIT_CAP},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct seat_query q = {cases[i].capacity, cases[i].used,
				       cases[i].queue, cases[i].org_used,
				       cases[i].org_cap};
		enum seat got = policy_seat(&q);
		if (got != cases[i].want)
			fail_msg("%s: got %d, want %d", cases[i].label, got,
				 cases[i].want);
	}
}

static void
test_capacity(void **state)
{
	(void)state;
	/* gemeente (20) releases to organisaties (40) at t=1000.  rec: the
	 * release was counted (released seats), else -1: not yet. */
	static const struct {
		const char *label;
		long gem_used, org_used;
		long rec;
		time_t now;
		long want_gem, want_org;
	} cases[] = {
	    {"before release", 5, 40, -1, 999, 20, 40},
	    {"at release, not counted yet: 15 unused seats move", 5, 40, -1,
	     1000, 5, 55},
	    {"release with all seats used", 20, 12, -1, 2000, 20, 40},
	    {"over-full pool releases nothing", 22, 40, -1, 2000, 20, 40},
	    {"empty pool releases everything", 0, 0, -1, 2000, 0, 60},
	    {"counted: 15 released", 5, 40, 15, 1000, 5, 55},
	    /* A cancellation after the date: the seat stays in gemeente
	     * (its waiting staff get it), organisaties keep 55. */
	    {"counted 15, a seat freed later stays", 4, 55, 15, 3000, 5, 55},
	    {"counted 0, seats freed later stay", 12, 40, 0, 3000, 20, 40},
	    {"counted, before the date (a moved date): no effect", 5, 40, 15,
	     999, 20, 40},
	    {"a count above the seats is capped", 0, 0, 25, 2000, 0, 60},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct policy_pool p[2] = {
		    {"gemeente", 20, cases[i].gem_used, 1000, 1,
		     cases[i].rec >= 0, cases[i].rec},
		    {"organisaties", 40, cases[i].org_used, 0, -1, 0, 0}};
		long g = policy_capacity(p, 2, 0, cases[i].now);
		long o = policy_capacity(p, 2, 1, cases[i].now);
		if (g != cases[i].want_gem || o != cases[i].want_org)
			fail_msg("%s: gemeente %ld organisaties %ld",
				 cases[i].label, g, o);
	}
	assert_int_equal(policy_release_count(20, 5), 15);
	assert_int_equal(policy_release_count(20, 20), 0);
	assert_int_equal(policy_release_count(20, 23), 0);
}

static void
test_org_key(void **state)
{
	(void)state;
	static const struct {
		const char *a, *b;
		int same;
	} cases[] = {
	    {"Stichting De Wijk", "de wijk", 1},
	    {"De Wijk.", "DE WIJK", 1},
	    {"St. Welzijn Almere", "Welzijn  Almere", 1},
	    {"Zorggroep Voorbeeld B.V.", "zorggroep voorbeeld", 1},
	    {"Coöperatie Buurtwerk U.A.", "Buurtwerk", 1},
	    {"Welzijn Almere", "Welzijn Lelystad", 0},
	    {"GGD Flevoland", "GGD-Flevoland", 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *a = policy_org_key(cases[i].a);
		char *b = policy_org_key(cases[i].b);
		if ((strcmp(a, b) == 0) != cases[i].same)
			fail_msg("'%s' -> '%s', '%s' -> '%s'", cases[i].a, a,
				 cases[i].b, b);
		free(a);
		free(b);
	}
}

static void
test_window_and_fee(void **state)
{
	(void)state;
	assert_true(policy_window_open(0, 0, 5));
	assert_false(policy_window_open(10, 20, 9));
	assert_true(policy_window_open(10, 20, 10));
	assert_true(policy_window_open(10, 20, 19));
	assert_false(policy_window_open(10, 20, 20));
	assert_true(policy_window_open(0, 20, 1));
	assert_false(policy_fee_due(100, 100000, 1, 99));
	assert_true(policy_fee_due(100, 100000, 1, 100));
	assert_false(policy_fee_due(100, 0, 1, 200));	   /* free pool */
	assert_false(policy_fee_due(100, 100000, 0, 200)); /* waitlisted */
	assert_false(policy_fee_due(0, 100000, 1, 200));   /* no deadline */
	assert_true(policy_cap_active(3, 0, 5));
	assert_true(policy_cap_active(3, 10, 9));
	assert_false(policy_cap_active(3, 10, 10));
	assert_false(policy_cap_active(0, 0, 5));
}

static void
test_code(void **state)
{
	(void)state;
	unsigned char zero[7] = {0}, ones[7];
	memset(ones, 0xff, sizeof ones);
	char out[12];
	policy_code(zero, out);
	assert_string_equal(out, "00000-00000");
	policy_code(ones, out);
	assert_int_equal(strlen(out), POLICY_CODE_LEN);
	assert_int_equal(out[5], '-');
	for (int i = 0; i < 11; i++)
		if (i != 5)
			assert_non_null(
			    strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", out[i]));
	/* Found in text, upper-cased; I, L and O typed for 1 and 0 are read
	 * as those, in a code of capitals with a digit only. */
	static const struct {
		const char *text, *code;
	} found[] = {
	    {"mijn code is k4pmm-8qz3d.", "K4PMM-8QZ3D"},
	    {"Code K4PLM-8QZ3D", "K4P1M-8QZ3D"},
	    {"(T8VJD-B6QLE)", "T8VJD-B6Q1E"},
	    {"code 0O0I0-L0000", "00010-10000"},
	    {"a CROSS-CHECK of the list", NULL},
	    {"a cross-check of the list", NULL},
	    {"code k4plm-8qz3d", NULL},
	    {"XK4PMM-8QZ3D", NULL},
	    {"K4PMM-8QZ3DX", NULL},
	};
	for (size_t i = 0; i < sizeof found / sizeof *found; i++) {
		char *c = policy_find_code(found[i].text);
		if ((c == NULL) != (found[i].code == NULL) ||
		    (c && strcmp(c, found[i].code)))
			fail_msg("\"%s\": %s", found[i].text, c ? c : "none");
		free(c);
	}
	/* Different bits give different codes (no collisions in a sample). */
	char seen[512][12];
	for (int n = 0; n < 512; n++) {
		unsigned char r[7] = {
		    0, 0, 0, 0, 0, (unsigned char)(n >> 8), (unsigned char)n};
		policy_code(r, seen[n]);
		for (int k = 0; k < n; k++)
			assert_string_not_equal(seen[k], seen[n]);
	}
}

static char *
write_temp(const char *text)
{
	char *path = xstrdup("/tmp/regbot-test-XXXXXX");
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	return path;
}

static const char base_conf[] =
    "[imap]\nurl = imap://127.0.0.1:1143\ntls = none\nuser = robot\n"
    "password_file = %s\n"
    "[smtp]\nurl = smtp://127.0.0.1:1025\ntls = none\n"
    "from = Robot <robot@example.org>\n"
    "[organiser]\nemail = org@example.org\n"
    "[event]\ntitle = T\nfee = 1000.00\n"
    "[pool gemeente]\nseats = 20\ndomains = almere.nl\nfee = 0\n"
    "[pool organisaties]\nseats = 40\n"
    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n%s";

static void
test_pool_for(void **state)
{
	(void)state;
	char *pw = write_temp("secret\n");
	chmod(pw, 0600);
	char *text = xasprintf(base_conf, pw, "");
	char *path = write_temp(text);
	struct config cfg;
	struct config_errors errs;
	int r = config_load(path, &cfg, &errs);
	for (size_t i = 0; i < errs.n; i++)
		print_message("%s\n", errs.msgs[i]);
	assert_int_equal(r, 0);
	static const struct {
		const char *email, *pool;
	} cases[] = {
	    {"a@almere.nl", "gemeente"},
	    {"a@ALMERE.NL", "gemeente"},
	    {"a@dmo.almere.nl", "gemeente"},
	    {"a@notalmere.nl", "organisaties"},
	    {"a@almere.nl.example.org", "organisaties"},
	    {"a@zorg.example.org", "organisaties"},
	    {"no-at-sign", "organisaties"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct pool *p = config_pool_for(&cfg, cases[i].email);
		assert_non_null(p);
		if (strcmp(p->name, cases[i].pool))
			fail_msg("%s: pool %s, want %s", cases[i].email,
				 p->name, cases[i].pool);
	}
	assert_int_equal(config_pool_by_name(&cfg, "gemeente")->fee_cents, 0);
	assert_int_equal(config_pool_by_name(&cfg, "organisaties")->fee_cents,
			 100000);
	assert_string_equal(cfg.imap.password, "secret");
	config_free(&cfg);
	config_errors_free(&errs);
	unlink(path);
	unlink(pw);
	free(path);
	free(pw);
	free(text);
}

static void
test_config_errors(void **state)
{
	(void)state;
	char *pw = write_temp("secret\n");
	chmod(pw, 0644);
	char *text = xasprintf(base_conf, pw,
			       "colour = blue\n"
			       "[pool extra]\nseats = abc\n"
			       "[day 2]\ndate = 2010-13-01\nstart = 9.45\n"
			       "end = 16:30\n"
			       "this line has no equals sign\n"
			       "[bogus]\n");
	char *path = write_temp(text);
	struct config cfg;
	struct config_errors errs;
	assert_int_equal(config_load(path, &cfg, &errs), -1);
	static const struct {
		int line;
		const char *needle;
	} want[] = {
	    {5, "readable by others"},
	    {25, "unknown key 'colour'"},
	    {27, "seats: 'abc'"},
	    {29, "date: '2010-13-01'"},
	    {30, "start: '9.45'"},
	    {32, "expected 'key = value'"},
	    {33, "unknown section [bogus]"},
	    {0, "only one pool may lack domains and organisations"},
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		int found = 0;
		char *prefix = want[i].line
				   ? xasprintf("%s:%d: ", path, want[i].line)
				   : xasprintf("%s:", path);
		for (size_t k = 0; k < errs.n; k++)
			if (!strncmp(errs.msgs[k], prefix, strlen(prefix)) &&
			    strstr(errs.msgs[k], want[i].needle))
				found = 1;
		if (!found) {
			for (size_t k = 0; k < errs.n; k++)
				print_message("got: %s\n", errs.msgs[k]);
			fail_msg("missing error %s%s", prefix, want[i].needle);
		}
		free(prefix);
	}
	config_free(&cfg);
	config_errors_free(&errs);
	unlink(path);
	unlink(pw);
	free(path);
	free(pw);
	free(text);
}

static void
test_money(void **state)
{
	(void)state;
	static const struct {
		const char *in;
		int ok;
		long cents;
	} cases[] = {
	    {"1000", 0, 100000}, {"1000.00", 0, 100000}, {"1000,5", 0, 100050},
	    {"0", 0, 0},	 {"12.345", -1, 0},	 {"-5", -1, 0},
	    {"", -1, 0},	 {"1e3", -1, 0},	 {"10.", -1, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long c = -1;
		int r = config_parse_money(cases[i].in, &c);
		if (r != cases[i].ok || (r == 0 && c != cases[i].cents))
			fail_msg("'%s': r=%d cents=%ld", cases[i].in, r, c);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_seat),
	    cmocka_unit_test(test_capacity),
	    cmocka_unit_test(test_org_key),
	    cmocka_unit_test(test_window_and_fee),
	    cmocka_unit_test(test_code),
	    cmocka_unit_test(test_pool_for),
	    cmocka_unit_test(test_config_errors),
	    cmocka_unit_test(test_money),
	};
	return cmocka_run_group_tests_name("policy", tests, NULL, NULL);
}
