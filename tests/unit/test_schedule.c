/* Unit tests: the scheduler (schedule.c) — which digest, reminders and
 * attendance lists are due, catch-up after downtime, the autumn and
 * spring nights of 2010 in Europe/Amsterdam, and a walk through the
 * whole course hour by hour. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "clock.h"
#include "config.h"
#include "schedule.h"
#include "util.h"

static struct day course[] = {
    {.number = 1, .date = "2010-06-01", .start = "09:45", .end = "16:30"},
    {.number = 2, .date = "2010-09-23", .start = "09:45", .end = "16:30"},
    {.number = 3, .date = "2010-11-02", .start = "09:45", .end = "16:30"},
    {.number = 4, .date = "2010-11-23", .start = "09:45", .end = "16:30"},
};
static struct day monday[] = {
    {.number = 1, .date = "2010-11-22", .start = "09:45", .end = "16:30"},
};

/* The brochure's course with the defaults: digest and attendance list
 * at 08:00, reminders 7 and 1 days before at 10:00. */
static struct config
base_config(void)
{
	struct config c;
	memset(&c, 0, sizeof c);
	c.timezone = "Europe/Amsterdam";
	c.digest_time = "08:00";
	c.attendance_time = "08:00";
	c.reminder_time = "10:00";
	c.reminder_days[0] = 7;
	c.reminder_days[1] = 1;
	c.nreminder_days = 2;
	c.days = course;
	c.ndays = 4;
	return c;
}

static time_t
at(const char *iso)
{
	time_t t;
	if (clock_parse_iso(iso, &t) < 0)
		fail_msg("bad time in test: %s", iso);
	return t;
}

/* "key key! ..." for the due jobs ('!' marks a skip). */
static char *
due_text(const struct config *c, time_t now, const char *done_csv)
{
	char *copy = xstrdup(done_csv);
	const char *done[64];
	size_t nd = 0;
	char *save = NULL;
	for (char *k = strtok_r(copy, ",", &save); k && nd < 64;
	     k = strtok_r(NULL, ",", &save))
		done[nd++] = k;
	struct sched_job *jobs = NULL;
	size_t n = schedule_due(c, now, done, nd, &jobs);
	struct buf b;
	buf_init(&b, 1 << 16);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s%s", i ? " " : "", jobs[i].key,
			   jobs[i].action == SCHED_SKIP ? "!" : "");
	free(jobs);
	free(copy);
	return buf_detach(&b);
}

#define DAY1 "reminder:1:7,reminder:1:1,attendance:1"
#define DAY2 "reminder:2:7,reminder:2:1,attendance:2"
#define DAYS34                                                                 \
	"reminder:3:7,reminder:3:1,attendance:3,reminder:4:7,reminder:4:1,"    \
	"attendance:4"

static void
test_due(void **state)
{
	(void)state;
	static const struct {
		const char *label;
		const char *variant; /* NULL, "02:30 digest", "monday" */
		const char *now;
		const char *done;
		const char *want;
	} cases[] = {
	    /* the digest */
	    {"first start before digest time: nothing to catch up", NULL,
	     "2010-05-01T07:00:00+02:00", "", ""},
	    {"first digest at digest time", NULL, "2010-05-01T08:00:00+02:00",
	     "", "digest:2010-05-01"},
	    {"a second before the slot", NULL, "2010-05-02T07:59:59+02:00",
	     "digest:2010-05-01", ""},
	    {"sent today: nothing", NULL, "2010-05-02T23:00:00+02:00",
	     "digest:2010-05-01,digest:2010-05-02", ""},
	    {"three days down, back after 08:00: one digest", NULL,
	     "2010-05-05T11:00:00+02:00", "digest:2010-05-01",
	     "digest:2010-05-05"},
	    {"three days down, back before 08:00: yesterday's, once", NULL,
	     "2010-05-05T07:00:00+02:00", "digest:2010-05-01",
	     "digest:2010-05-04"},
	    {"that catch-up sent: today's comes at 08:00", NULL,
	     "2010-05-05T07:30:00+02:00", "digest:2010-05-01,digest:2010-05-04",
	     ""},
	    /* issue 11 item 12: the clock stepped back after a digest ran */
	    {"clock stepped back a day: no old digest", NULL,
	     "2010-05-04T09:00:00+02:00", "digest:2010-05-01,digest:2010-05-05",
	     ""},
	    {"clock stepped back, before the slot: no old digest", NULL,
	     "2010-05-03T07:00:00+02:00", "digest:2010-05-05", ""},
	    {"the clock past that date again: the next digest", NULL,
	     "2010-05-06T08:00:00+02:00", "digest:2010-05-01,digest:2010-05-05",
	     "digest:2010-05-06"},
	    /* reminders and the attendance list of day 1 (Tuesday 1 June) */
	    {"7 days before, a second early", NULL, "2010-05-25T09:59:59+02:00",
	     "digest:2010-05-25", ""},
	    {"7 days before, at reminder time", NULL,
	     "2010-05-25T10:00:00+02:00", "digest:2010-05-25", "reminder:1:7"},
	    {"the day before: attendance list and reminder", NULL,
	     "2010-05-31T11:00:00+02:00", "digest:2010-05-31,reminder:1:7",
	     "attendance:1 reminder:1:1"},
	    {"missed the 7-day reminder: the 1-day one wins", NULL,
	     "2010-05-31T11:00:00+02:00", "digest:2010-05-31",
	     "reminder:1:7! attendance:1 reminder:1:1"},
	    {"down from 24 May to the course night: no stale reminders", NULL,
	     "2010-06-01T00:30:00+02:00", "digest:2010-05-31",
	     "reminder:1:7! attendance:1 reminder:1:1!"},
	    {"back during the course day: nothing but the digest", NULL,
	     "2010-06-01T10:00:00+02:00", "digest:2010-05-31",
	     "reminder:1:7! attendance:1! reminder:1:1! digest:2010-06-01"},
	    {"between 7-day reminder time and the 1-day one", NULL,
	     "2010-09-20T12:00:00+02:00",
	     DAY1 ",reminder:2:7,digest:2010-09-20", ""},
	    {"day 2 (Thursday): attendance list on Wednesday", NULL,
	     "2010-09-22T08:00:00+02:00",
	     DAY1 ",reminder:2:7,"
		  "digest:2010-09-22",
	     "attendance:2"},
	    /* the end of summer time, Sunday 31 October 2010 */
	    {"30 Oct 08:00 CEST is 06:00 UTC", NULL, "2010-10-30T06:00:00Z",
	     DAY1 "," DAY2 ",reminder:3:7,digest:2010-10-29",
	     "digest:2010-10-30"},
	    {"31 Oct 06:59 UTC is 07:59 CET: not yet", NULL,
	     "2010-10-31T06:59:59Z",
	     DAY1 "," DAY2 ",reminder:3:7,digest:2010-10-30", ""},
	    {"31 Oct 07:00 UTC is 08:00 CET", NULL, "2010-10-31T07:00:00Z",
	     DAY1 "," DAY2 ",reminder:3:7,digest:2010-10-30",
	     "digest:2010-10-31"},
	    {"7-day reminder for 2 Nov was due 26 Oct 10:00 CEST", NULL,
	     "2010-10-26T08:00:00Z", DAY1 "," DAY2 ",digest:2010-10-26",
	     "reminder:3:7"},
	    {"1 Nov 08:00 CET: attendance list for 2 Nov", NULL,
	     "2010-11-01T07:00:00Z",
	     DAY1 "," DAY2 ",reminder:3:7,"
		  "digest:2010-11-01",
	     "attendance:3"},
	    {"1 Nov 09:59 UTC: 1-day reminder (due 09:00 UTC)", NULL,
	     "2010-11-01T09:59:00Z",
	     DAY1 "," DAY2 ",reminder:3:7,"
		  "attendance:3,digest:2010-11-01",
	     "reminder:3:1"},
	    {"1 Nov 08:59 UTC is 09:59 CET: not yet", NULL,
	     "2010-11-01T08:59:59Z",
	     DAY1 "," DAY2 ",reminder:3:7,"
		  "attendance:3,digest:2010-11-01",
	     ""},
	    {"digest at 02:30, which happens twice: the first", "02:30",
	     "2010-10-31T00:29:59Z", "digest:2010-10-30", ""},
	    {"digest at 02:30 CEST (00:30 UTC)", "02:30",
	     "2010-10-31T00:30:00Z", "digest:2010-10-30", "digest:2010-10-31"},
	    {"02:30 again, now CET: not twice", "02:30", "2010-10-31T01:30:00Z",
	     "digest:2010-10-30,digest:2010-10-31", ""},
	    {"digest at 02:30 on 28 March, an hour that does not exist",
	     "02:30", "2010-03-28T01:29:59Z", "digest:2010-03-27", ""},
	    {"... runs at 03:30 CEST", "02:30", "2010-03-28T01:30:00Z",
	     "digest:2010-03-27", "digest:2010-03-28"},
	    /* after the last course day (Tuesday 23 November): the final
	     * report, once, then no digest */
	    {"the last course day: its digest", NULL,
	     "2010-11-23T08:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-22",
	     "digest:2010-11-23"},
	    {"the next morning, a second early: nothing", NULL,
	     "2010-11-24T07:59:59+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-23", ""},
	    {"the next morning at digest time: the final report", NULL,
	     "2010-11-24T08:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-23", "final-report"},
	    {"after the final report: no digest", NULL,
	     "2010-11-25T08:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-23,final-report", ""},
	    {"... nor a month later", NULL, "2010-12-24T12:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-23,final-report", ""},
	    {"down over the last day, back a week later: the final report",
	     NULL, "2010-12-01T09:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-20", "final-report"},
	    {"missed the last day's digest, back early next day: that one",
	     NULL, "2010-11-24T07:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-22",
	     "digest:2010-11-23"},
	    {"... then the final report at digest time", NULL,
	     "2010-11-24T08:00:00+01:00",
	     DAY1 "," DAY2 "," DAYS34 ",digest:2010-11-22,digest:2010-11-23",
	     "final-report"},
	    /* weekends */
	    {"course on Monday: attendance list on Friday", "monday",
	     "2010-11-19T08:00:00+01:00", "reminder:1:7,digest:2010-11-19",
	     "attendance:1"},
	    {"... not on Thursday", "monday", "2010-11-18T23:00:00+01:00",
	     "reminder:1:7,digest:2010-11-18", ""},
	    {"... the Sunday 1-day reminder still goes", "monday",
	     "2010-11-21T10:00:00+01:00",
	     "reminder:1:7,attendance:1,digest:2010-11-21", "reminder:1:1"},
	};
	int failures = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct config c = base_config();
		if (cases[i].variant && !strcmp(cases[i].variant, "02:30")) {
			c.digest_time = "02:30";
			c.ndays = 0;
		} else if (cases[i].variant &&
			   !strcmp(cases[i].variant, "monday")) {
			c.days = monday;
			c.ndays = 1;
		}
		char *got = due_text(&c, at(cases[i].now), cases[i].done);
		if (strcmp(got, cases[i].want)) {
			print_error("%s: got '%s', want '%s'\n", cases[i].label,
				    got, cases[i].want);
			failures++;
		}
		free(got);
	}
	if (failures)
		fail_msg("%d cases failed", failures);
}

static void
test_local_time(void **state)
{
	(void)state;
	static const struct {
		const char *date, *hhmm, *want;
	} cases[] = {
	    {"2010-06-01", "09:45", "2010-06-01T07:45:00Z"},
	    {"2010-11-02", "09:45", "2010-11-02T08:45:00Z"},
	    {"2010-10-30", "08:00", "2010-10-30T06:00:00Z"},
	    {"2010-10-31", "08:00", "2010-10-31T07:00:00Z"},
	    {"2010-10-31", "00:00", "2010-10-30T22:00:00Z"},
	    {"2010-10-31", "02:30", "2010-10-31T00:30:00Z"}, /* twice: first */
	    {"2010-10-31", "03:00", "2010-10-31T02:00:00Z"},
	    {"2010-11-01", "00:00", "2010-10-31T23:00:00Z"},
	    {"2010-03-28", "01:59", "2010-03-28T00:59:00Z"},
	    {"2010-03-28", "02:30", "2010-03-28T01:30:00Z"}, /* is 03:30 */
	    {"2010-03-28", "03:00", "2010-03-28T01:00:00Z"},
	    {"2010-12-31", "23:59", "2010-12-31T22:59:00Z"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		time_t t;
		assert_int_equal(schedule_local_time("Europe/Amsterdam",
						     cases[i].date,
						     cases[i].hhmm, &t),
				 0);
		if (t != at(cases[i].want))
			fail_msg("%s %s: got %lld, want %s", cases[i].date,
				 cases[i].hhmm, (long long)t, cases[i].want);
	}
	time_t t;
	assert_int_equal(
	    schedule_local_time("Europe/Amsterdam", "2010-13-01", "08:00", &t),
	    -1);
	assert_int_equal(
	    schedule_local_time("Europe/Amsterdam", "2010-06-01", "8:00", &t),
	    -1);
}

static void
test_local_date(void **state)
{
	(void)state;
	static const struct {
		const char *utc, *want;
	} cases[] = {
	    {"2010-10-30T21:59:59Z", "2010-10-30"},
	    {"2010-10-30T22:00:00Z", "2010-10-31"}, /* CEST midnight */
	    {"2010-10-31T22:59:59Z", "2010-10-31"},
	    {"2010-10-31T23:00:00Z", "2010-11-01"}, /* CET midnight */
	    {"2010-12-31T23:00:00Z", "2011-01-01"},
	    {"2010-06-01T00:00:00Z", "2010-06-01"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char d[11];
		schedule_local_date("Europe/Amsterdam", at(cases[i].utc), d);
		if (strcmp(d, cases[i].want))
			fail_msg("%s: got %s, want %s", cases[i].utc, d,
				 cases[i].want);
	}
}

static void
test_dates(void **state)
{
	(void)state;
	static const struct {
		const char *date, *want;
	} before[] = {
	    {"2010-06-01", "2010-05-31"}, /* Tuesday: Monday */
	    {"2010-09-23", "2010-09-22"}, /* Thursday: Wednesday */
	    {"2010-11-22", "2010-11-19"}, /* Monday: Friday */
	    {"2010-11-21", "2010-11-19"}, /* Sunday */
	    {"2010-11-20", "2010-11-19"}, /* Saturday */
	    {"2011-01-03", "2010-12-31"}, /* across the year */
	};
	for (size_t i = 0; i < sizeof before / sizeof before[0]; i++) {
		char d[11];
		assert_int_equal(schedule_working_day_before(before[i].date, d),
				 0);
		if (strcmp(d, before[i].want))
			fail_msg("working day before %s: got %s, want %s",
				 before[i].date, d, before[i].want);
	}
	char d[11];
	assert_int_equal(schedule_date_add("2010-06-01", -7, d), 0);
	assert_string_equal(d, "2010-05-25");
	assert_int_equal(schedule_date_add("2010-02-28", 1, d), 0);
	assert_string_equal(d, "2010-03-01");
	assert_int_equal(schedule_date_add("2012-02-28", 1, d), 0);
	assert_string_equal(d, "2012-02-29");
	assert_int_equal(schedule_date_add("nonsense", 1, d), -1);
	assert_int_equal(schedule_days_between("2010-10-30", "2010-11-02"), 3);
	assert_int_equal(schedule_days_between("2010-11-23", "2010-06-01"),
			 -175);
}

static void
test_remind_participant(void **state)
{
	(void)state;
	time_t due = at("2010-05-31T10:00:00+02:00");
	static const struct {
		const char *label, *confirmed;
		int want;
	} cases[] = {
	    {"confirmed in May", "2010-05-01T10:00:00+02:00", 1},
	    {"confirmed exactly 24 h before", "2010-05-30T10:00:00+02:00", 1},
	    {"confirmed 23:59 h before", "2010-05-30T10:01:00+02:00", 0},
	    {"confirmed that morning", "2010-05-31T08:00:00+02:00", 0},
	    {"confirmed after the due time (late run)",
	     "2010-05-31T10:30:00+02:00", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (schedule_remind_participant(at(cases[i].confirmed), due) !=
		    cases[i].want)
			fail_msg("%s", cases[i].label);
	assert_int_equal(schedule_remind_participant(0, due), 1);
}

/* The whole course, hour by hour from 1 May to 1 December 2010 (UTC
 * hours, so the autumn night has 25 of them): every job runs exactly
 * once, in the first hour at or after it was due, and none is skipped;
 * the digests stop after the last course day, with the final report. */
static void
test_walk(void **state)
{
	(void)state;
	struct config c = base_config();
	char **done = NULL;
	size_t nd = 0;
	int digests = 0, reminders = 0, lists = 0, finals = 0;
	time_t t0 = at("2010-05-01T00:00:00Z"), t1 = at("2010-12-01T12:00:00Z");
	for (time_t now = t0; now <= t1; now += 3600) {
		struct sched_job *jobs = NULL;
		size_t n =
		    schedule_due(&c, now, (const char *const *)done, nd, &jobs);
		for (size_t i = 0; i < n; i++) {
			struct sched_job *j = &jobs[i];
			if (j->action != SCHED_RUN)
				fail_msg("%s skipped: %s", j->key, j->why);
			if (now < j->due || now - j->due >= 3600)
				fail_msg("%s ran %lld s after it was due",
					 j->key, (long long)(now - j->due));
			digests += j->kind == SCHED_DIGEST;
			reminders += j->kind == SCHED_REMINDER;
			lists += j->kind == SCHED_ATTENDANCE;
			finals += j->kind == SCHED_FINAL;
			if (j->kind == SCHED_DIGEST)
				assert_true(strcmp(j->date, "2010-11-23") <= 0);
			if (j->kind == SCHED_FINAL) {
				assert_true(now == at("2010-11-24T07:00:00Z"));
				assert_string_equal(j->date, "2010-11-24");
			}
			if (!strcmp(j->key, "digest:2010-10-31"))
				assert_true(now == at("2010-10-31T07:00:00Z"));
			if (!strcmp(j->key, "digest:2010-10-30"))
				assert_true(now == at("2010-10-30T06:00:00Z"));
			done = xrealloc(done, (nd + 1) * sizeof *done);
			done[nd++] = xstrdup(j->key);
		}
		free(jobs);
	}
	/* 1 May to 23 November, the last course day: 31+30+31+31+30+31+23
	 * days; then the final report */
	assert_int_equal(digests, 207);
	assert_int_equal(finals, 1);
	assert_int_equal(reminders, 8);
	assert_int_equal(lists, 4);
	for (size_t i = 0; i < nd; i++)
		free(done[i]);
	free(done);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_due),
	    cmocka_unit_test(test_local_time),
	    cmocka_unit_test(test_local_date),
	    cmocka_unit_test(test_dates),
	    cmocka_unit_test(test_remind_participant),
	    cmocka_unit_test(test_walk),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
