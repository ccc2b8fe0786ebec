/*
 * schedule — which of the robot's timed jobs are due now: the organiser's
 * daily digest, the reminders before each course day, the attendance
 * list before each course day.  Pure: configuration, the time and the
 * keys of the jobs that ran before go in; the due jobs come out.  Wall
 * times are the event's time zone (cfg->timezone, through
 * clock_utc_offset, never TZ), so summer time is followed.
 *
 * Jobs and their keys (the store records each run by key, so a job never
 * runs twice, also across restarts):
 *   digest:YYYY-MM-DD    the digest of that local date, at digest_time
 *   final-report         the final report, at digest_time on the day
 *                        after the last course day: it takes the place
 *                        of that day's digest, and once it ran no digest
 *                        is due any more (the course is over)
 *   reminder:N:D         course day N, D days before, at reminder_time
 *   attendance:N         course day N, on the working day (Monday to
 *                        Friday) before it, at attendance_time
 *
 * Catch-up rules, after the robot was down:
 *  - digest: only the newest slot counts (today's when digest_time has
 *    passed, else yesterday's; yesterday's only when some digest ran
 *    before), so missed days give one digest, not one per day; never
 *    one for a date older than a digest that already ran (a clock
 *    stepped back would send an old digest again); after the last
 *    course day the final report instead, once;
 *  - reminder: not sent once its course day has begun (local midnight);
 *    not sent when a later reminder for the same day is due as well;
 *  - attendance list: not sent once the course day has started (start).
 * Jobs that will never run are returned as SCHED_SKIP with the reason,
 * so the caller records them once and they do not come back.
 */
#ifndef REGBOT_SCHEDULE_H
#define REGBOT_SCHEDULE_H

#include <stddef.h>
#include <time.h>

#include "config.h"

enum sched_kind { SCHED_DIGEST, SCHED_REMINDER, SCHED_ATTENDANCE, SCHED_FINAL };
enum sched_action { SCHED_RUN, SCHED_SKIP };

#define SCHED_KEY_MAX 40

struct sched_job {
	enum sched_kind kind;
	enum sched_action action;
	char key[SCHED_KEY_MAX];
	int day;	 /* course day number ([day N]); 0: digest */
	int days_before; /* reminder: D */
	time_t due;	 /* the moment the job was due */
	char date[11];	 /* digest, final report: its local date; else the
			    course day's */
	const char *why; /* SCHED_SKIP: why, static English text */
};

/* The jobs due at `now`, given the keys of jobs that ran (or were
 * skipped) before (done, ndone; any order).  Sorted by due time, then
 * kind.  *jobs is an array the caller frees (NULL when none); returns
 * the count. */
size_t schedule_due(const struct config *cfg, time_t now,
		    const char *const *done, size_t ndone,
		    struct sched_job **jobs);

/* A registration confirmed this recently before a reminder's due time
 * gets no reminder: its confirmation (with the programme and calendar)
 * came moments ago, a "see you tomorrow" on top of it is noise. */
#define SCHED_RECENT_SECONDS (24L * 3600)
/* 1 when a participant confirmed at `confirmed` (0: unknown, counts as
 * long ago) gets the reminder due at `due`. */
int schedule_remind_participant(time_t confirmed, time_t due);

/* "digest", "reminder", "attendance", "final-report". */
const char *schedule_kind_name(enum sched_kind k);

/* ---- local time in a zone (helpers shared with the digest) ---- */

/* The local date of t in zone tz, "YYYY-MM-DD" into out[11]. */
void schedule_local_date(const char *tz, time_t t, char out[11]);
/* The moment a local date and "HH:MM" happen in zone tz.  An hour that
 * happens twice (the autumn night) gives the first; one that does not
 * happen (the spring night) is read with the offset before the change.
 * 0 ok, -1 for a malformed date or time. */
int schedule_local_time(const char *tz, const char *date, const char *hhmm,
			time_t *out);
/* date + n days ("YYYY-MM-DD") into out[11]; 0 ok, -1 malformed. */
int schedule_date_add(const char *date, long n, char out[11]);
/* Whole days from date a to date b (b - a); malformed gives 0. */
long schedule_days_between(const char *a, const char *b);
/* The working day (Monday to Friday) before date, into out[11]. */
int schedule_working_day_before(const char *date, char out[11]);
/* The date of the last course day into out[11]; 0 when there is none. */
int schedule_last_day(const struct config *cfg, char out[11]);

#endif
