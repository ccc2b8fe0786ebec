/*
 * The robot's health in the digest ("DE ROBOT ZELF" / "THE ROBOT
 * ITSELF"): its lines follow the event's language and fit the mail's 78
 * columns, also with a long server error and a stuck message; `regbot
 * status` (status_collect) stays English.  digest_wrap, the wrapping,
 * as a table.  Run from the repository root: templates/ is used.
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

#include "clock.h"
#include "config.h"
#include "digest.h"
#include "status.h"
#include "store.h"
#include "util.h"

#define T0 1272700800L /* 2010-05-01T08:00:00Z */

static char dir[128];
static struct config cfgs[2]; /* [0] nl, [1] en */
static struct store *st;

static void
write_file(const char *path, const char *text, int mode)
{
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	chmod(path, (mode_t)mode);
}

static void
load(int en, const char *cwd)
{
	char *pw = xasprintf("%s/pw", dir);
	write_file(pw, "x\n", 0600);
	char *conf = xasprintf(
	    "[imap]\nurl = imap://127.0.0.1:9\ntls = none\nuser = r\n"
	    "password_file = %s\n"
	    "[smtp]\nurl = smtp://127.0.0.1:9\ntls = none\n"
	    "from = Robot <robot@regbot.test>\n"
	    "[robot]\nspool = %s/spool\ntemplates = %s/templates\n"
	    "language = %s\n"
	    "[organiser]\nname = Secretariaat\nemail = org@regbot.test\n"
	    "[event]\ntitle = Leergang T\nfee = 1000\n"
	    "[pool a]\nseats = 3\n"
	    "[day 1]\ndate = 2010-06-01\nstart = 09:45\nend = 16:30\n",
	    pw, dir, cwd, en ? "en" : "nl");
	char *path = xasprintf("%s/regbot%d.conf", dir, en);
	write_file(path, conf, 0600);
	struct config_errors errs;
	int r = config_load(path, &cfgs[en], &errs);
	for (size_t i = 0; i < errs.n; i++)
		print_message("%s\n", errs.msgs[i]);
	assert_int_equal(r, 0);
	config_errors_free(&errs);
	free(pw);
	free(conf);
	free(path);
}

static void
iso(time_t t, char out[32])
{
	store_time(t, out, 32);
}

static int
setup(void **state)
{
	(void)state;
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(dir, sizeof dir, "%s/regbot-health-XXXXXX", base);
	assert_non_null(mkdtemp(dir));
	char cwd[512];
	assert_non_null(getcwd(cwd, sizeof cwd));
	load(0, cwd);
	load(1, cwd);
	char *err = NULL;
	char *spool = xasprintf("%s/spool", dir);
	assert_int_equal(store_open(spool, &st, &err), 0);
	free(spool);
	log_open("test_health", 0, LOG_LVL_ERR);
	/* A robot in trouble: the mailbox checked 2 hours ago, the SMTP
	 * server refusing with a long answer, a mail waiting since then, a
	 * message that cannot be fetched. */
	char t1[32], t2[32], t3[32];
	iso(T0 - 7200, t1);
	iso(T0 - 7000, t2);
	iso(T0 + 3600, t3);
	assert_int_equal(store_health_set(st, "imap_ok", "polling", t1), 0);
	assert_int_equal(store_health_set(st, "smtp_ok", "", t1), 0);
	assert_int_equal(
	    store_health_set(st, "smtp_error",
			     "smtp://mail.example.org:587: 451 4.7.1 Service "
			     "unavailable - try again later; the mail system "
			     "of example.org is being maintained tonight",
			     t2),
	    0);
	assert_int_equal(store_outbox_add(st, "confirmation:r1:m1",
					  "confirmation",
					  "deelnemer.met.een.lang.adres@"
					  "voorbeeld-organisatie.example.org",
					  "x", 1, 0, 0, t2),
			 1);
	assert_int_equal(store_outbox_retry(st, 1, t3,
					    "451 4.7.1 Service unavailable - "
					    "try again later"),
			 0);
	assert_int_equal(
	    store_mbx_trouble_note(st, 1, 42, "fetch",
				   "the server said NO [UNAVAILABLE] the "
				   "message could not be read from disk",
				   t2, t3, 0),
	    0);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	store_close(st);
	config_free(&cfgs[0]);
	config_free(&cfgs[1]);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

/* The digest as its reader sees it (decoded); caller frees. */
static char *
digest_text(const struct config *cfg)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	assert_int_equal(digest_print(cfg, st, T0, 0, fp), 0);
	fclose(fp);
	return out;
}

/* The text part's section from the line `title` to the next empty
 * line; caller frees. */
static char *
section(const char *text, const char *title)
{
	const char *p = strstr(text, title);
	if (p == NULL)
		fail_msg("no %s in:\n%s", title, text);
	const char *e = strstr(p, "\n\n");
	assert_non_null(e);
	return xstrndup(p, (size_t)(e - p));
}

static void
assert_fits(const char *sec)
{
	int lines = 0;
	for (const char *p = sec; p && *p;) {
		const char *e = strchr(p, '\n');
		char *line = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
		if (util_display_width(line) > 78)
			fail_msg("%zu columns: %s\nin:\n%s",
				 util_display_width(line), line, sec);
		free(line);
		lines++;
		p = e ? e + 1 : NULL;
	}
	assert_true(lines > 5);
}

#define assert_has(text, needle)                                               \
	do {                                                                   \
		if (strstr((text), (needle)) == NULL)                          \
			fail_msg("no \"%s\" in:\n%s", (needle), (text));       \
	} while (0)
#define assert_has_not(text, needle)                                           \
	do {                                                                   \
		if (strstr((text), (needle)) != NULL)                          \
			fail_msg("\"%s\" in:\n%s", (needle), (text));          \
	} while (0)

static void
test_dutch_digest(void **state)
{
	(void)state;
	char *t = digest_text(&cfgs[0]);
	char *sec = section(t, "DE ROBOT ZELF");
	assert_fits(sec);
	assert_has(sec, "LET OP: al 120 min geen goede controle van de");
	assert_has(sec,
		   "LET OP: mail al 116 min niet verzonden (grens 60 min)");
	assert_has(sec, "LET OP: 1 bericht in de mailbox nog niet verwerkt");
	assert_has(sec, "IMAP: laatste goede controle 2010-05-01 08:00:00 "
			"+02:00 (2 uur geleden),\n    periodiek controleren");
	assert_has(sec, "SMTP: laatste fout");
	assert_has(sec, "uitgaande mail: oudste niet verzonden: bevestiging");
	assert_has(sec, "mailbox UID 42: ophalen mislukt, 1 keer");
	/* what the server said is quoted as it is, wrapped */
	assert_has(sec, "451 4.7.1 Service");
	assert_has(sec, "volgende geplande taak: dagoverzicht");
	assert_has_not(sec, " ago");
	assert_has_not(sec, "last error");
	assert_has_not(sec, "outbox:");
	free(sec);
	free(t);
}

static void
test_english_digest(void **state)
{
	(void)state;
	char *t = digest_text(&cfgs[1]);
	char *sec = section(t, "THE ROBOT ITSELF");
	assert_fits(sec);
	assert_has(sec, "ATTENTION: mail unsent for 116 min (limit 60 min)");
	assert_has(sec, "IMAP: last good check 2010-05-01 08:00:00 +02:00 "
			"(2 h ago), polling");
	assert_has(sec, "next scheduled job: digest");
	assert_has_not(sec, "geleden");
	free(sec);
	free(t);
}

/* regbot status keeps its English lines, one fact a line. */
static void
test_status_english(void **state)
{
	(void)state;
	struct status_report r;
	assert_int_equal(status_collect(&cfgs[0], st, T0, &r), 0);
	int found = 0;
	for (size_t i = 0; i < r.nlines; i++) {
		assert_null(strchr(r.lines[i], '\n'));
		found += !strncmp(r.lines[i], "SMTP: last error ", 17);
	}
	assert_int_equal(found, 1);
	assert_string_equal(r.problems[1],
			    "mail unsent for 116 min (limit 60 min)");
	status_report_free(&r);
}

static void
test_wrap(void **state)
{
	(void)state;
	static const struct {
		const char *label, *text;
		size_t first, width;
		const char *indent, *want;
	} cases[] = {
	    {"short: as it is", "IMAP: ok", 20, 20, "  ", "IMAP: ok"},
	    {"at a space", "aaa bbb ccc ddd", 8, 10, "  ",
	     "aaa bbb\n  ccc ddd"},
	    {"exactly full", "aaaa bbbb", 9, 9, "", "aaaa bbbb"},
	    {"a long word stays whole", "aaa bbbbbbbbbbbb cc", 6, 6, "  ",
	     "aaa\n  bbbbbbbbbbbb\n  cc"},
	    {"leading spaces stay", "  mailbox UID 4: x y", 12, 14, "      ",
	     "  mailbox\n      UID 4: x\n      y"},
	    {"display width, not bytes", "één twee drie", 8, 8, "",
	     "één twee\ndrie"},
	    {"spaces in a row collapse", "a  b", 10, 10, "", "a b"},
	    {"empty", "", 10, 10, "  ", ""},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = digest_wrap(cases[i].text, cases[i].first,
					cases[i].width, cases[i].indent);
		if (strcmp(got, cases[i].want))
			fail_msg("%s: got '%s', want '%s'", cases[i].label, got,
				 cases[i].want);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_wrap),
	    cmocka_unit_test(test_dutch_digest),
	    cmocka_unit_test(test_english_digest),
	    cmocka_unit_test(test_status_english),
	};
	return cmocka_run_group_tests_name("health", tests, setup, teardown);
}
