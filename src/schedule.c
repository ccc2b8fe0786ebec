/*
 * schedule — see schedule.h.
 *
 * Dates are handled as day numbers (days since 1970-01-01, proleptic
 * Gregorian), so no libc time zone function is involved; the zone's
 * offset comes from clock_utc_offset.  Nothing here allocates except the
 * result array; nothing reads the store or the clock.
 */
#include "schedule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "util.h"

static long
days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

static void
civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

static int
parse_date(const char *s, long *days)
{
	int y, m, d, n = 0;
	if (s == NULL || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    n != 10 || s[n] || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	*days = days_from_civil(y, (unsigned)m, (unsigned)d);
	return 0;
}

static int
parse_hhmm(const char *s, int *min)
{
	int h, m, n = 0;
	if (s == NULL || sscanf(s, "%2d:%2d%n", &h, &m, &n) != 2 || n != 5 ||
	    s[n] || h < 0 || h > 23 || m < 0 || m > 59)
		return -1;
	*min = h * 60 + m;
	return 0;
}

static void
format_date(long days, char out[11])
{
	int y, m, d;
	civil_from_days(days, &y, &m, &d);
	unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u,
		 ud = (unsigned)d % 100u;
	snprintf(out, 11, "%04u-%02u-%02u", uy, um, ud);
}

static long
floor_div(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

void
schedule_local_date(const char *tz, time_t t, char out[11])
{
	long local = (long)t + clock_utc_offset(tz, t) * 60L;
	format_date(floor_div(local, 86400), out);
}

int
schedule_local_time(const char *tz, const char *date, const char *hhmm,
		    time_t *out)
{
	long days;
	int min;
	if (parse_date(date, &days) < 0 || parse_hhmm(hhmm, &min) < 0)
		return -1;
	/* The wall time read as if it were UTC; the real moment is that
	 * minus the offset in force then.  The offsets a day before and a
	 * day after cover any change that night. */
	time_t wall = (time_t)(days * 86400L + min * 60L);
	int before = clock_utc_offset(tz, wall - 86400);
	int after = clock_utc_offset(tz, wall + 86400);
	time_t best = 0;
	int found = 0;
	int offs[2] = {before, after};
	for (int i = 0; i < 2; i++) {
		time_t t = wall - (time_t)offs[i] * 60;
		if (clock_utc_offset(tz, t) == offs[i] &&
		    (!found || t < best)) {
			best = t;
			found = 1;
		}
	}
	*out = found ? best : wall - (time_t)before * 60;
	return 0;
}

int
schedule_date_add(const char *date, long n, char out[11])
{
	long days;
	if (parse_date(date, &days) < 0)
		return -1;
	format_date(days + n, out);
	return 0;
}

long
schedule_days_between(const char *a, const char *b)
{
	long da, db;
	if (parse_date(a, &da) < 0 || parse_date(b, &db) < 0)
		return 0;
	return db - da;
}

int
schedule_working_day_before(const char *date, char out[11])
{
	long days;
	if (parse_date(date, &days) < 0)
		return -1;
	int wd;
	do {
		days--;
		/* 1970-01-01 was a Thursday: 0 is Sunday, 6 Saturday */
		wd = (int)((days % 7 + 7 + 4) % 7);
	} while (wd == 0 || wd == 6);
	format_date(days, out);
	return 0;
}

int
schedule_remind_participant(time_t confirmed, time_t due)
{
	return confirmed == 0 || confirmed <= due - SCHED_RECENT_SECONDS;
}

const char *
schedule_kind_name(enum sched_kind k)
{
	switch (k) {
	case SCHED_DIGEST:
		return "digest";
	case SCHED_REMINDER:
		return "reminder";
	case SCHED_ATTENDANCE:
		return "attendance";
	case SCHED_FINAL:
		return "final-report";
	}
	return "?";
}

static int
is_done(const char *key, const char *const *done, size_t ndone)
{
	for (size_t i = 0; i < ndone; i++)
		if (done[i] && !strcmp(done[i], key))
			return 1;
	return 0;
}

static int
any_digest(const char *const *done, size_t ndone)
{
	for (size_t i = 0; i < ndone; i++)
		if (done[i] && !strncmp(done[i], "digest:", 7))
			return 1;
	return 0;
}

struct jobs {
	struct sched_job *v;
	size_t n;
};

static struct sched_job *
add(struct jobs *js, enum sched_kind kind, time_t due)
{
	js->v = xrealloc(js->v, (js->n + 1) * sizeof *js->v);
	struct sched_job *j = &js->v[js->n++];
	memset(j, 0, sizeof *j);
	j->kind = kind;
	j->action = SCHED_RUN;
	j->due = due;
	return j;
}

int
schedule_last_day(const struct config *cfg, char out[11])
{
	int found = 0;
	long days;
	for (size_t i = 0; i < cfg->ndays; i++)
		if (parse_date(cfg->days[i].date, &days) == 0 &&
		    (!found || strcmp(cfg->days[i].date, out) > 0)) {
			snprintf(out, 11, "%s", cfg->days[i].date);
			found = 1;
		}
	return found;
}

/* The final report: due at digest_time on the day after the last course
 * day, once. */
static void
final_job(const struct config *cfg, const char *last, time_t now,
	  const char *const *done, size_t ndone, struct jobs *js)
{
	char date[11];
	time_t due;
	if (is_done("final-report", done, ndone) ||
	    schedule_date_add(last, 1, date) < 0 ||
	    schedule_local_time(cfg->timezone, date, cfg->digest_time, &due) <
		0 ||
	    now < due)
		return;
	struct sched_job *j = add(js, SCHED_FINAL, due);
	snprintf(j->key, sizeof j->key, "final-report");
	memcpy(j->date, date, sizeof j->date);
}

static void
digest_job(const struct config *cfg, time_t now, const char *const *done,
	   size_t ndone, struct jobs *js)
{
	const char *tz = cfg->timezone;
	char today[11], slot_date[11];
	time_t slot;
	schedule_local_date(tz, now, today);
	if (schedule_local_time(tz, today, cfg->digest_time, &slot) < 0)
		return;
	memcpy(slot_date, today, sizeof slot_date);
	if (now < slot) {
		/* Before today's slot: yesterday's may have been missed, but
		 * a robot that never sent a digest has nothing to catch up. */
		if (!any_digest(done, ndone))
			return;
		schedule_date_add(today, -1, slot_date);
		if (schedule_local_time(tz, slot_date, cfg->digest_time,
					&slot) < 0)
			return;
	}
	/* After the last course day: the final report, then nothing. */
	char last[11];
	if (schedule_last_day(cfg, last) && strcmp(slot_date, last) > 0) {
		final_job(cfg, last, now, done, ndone, js);
		return;
	}
	char key[SCHED_KEY_MAX];
	snprintf(key, sizeof key, "digest:%s", slot_date);
	if (is_done(key, done, ndone))
		return;
	/* A digest for a later date ran: the clock was stepped back (or
	 * --now points into the past).  An old date's digest would repeat
	 * news already reported, so it does not run; nothing is recorded,
	 * and the schedule goes on once the clock passes that date. */
	for (size_t i = 0; i < ndone; i++)
		if (done[i] && !strncmp(done[i], "digest:", 7) &&
		    strcmp(done[i], key) > 0)
			return;
	struct sched_job *j = add(js, SCHED_DIGEST, slot);
	memcpy(j->key, key, sizeof key);
	memcpy(j->date, slot_date, sizeof j->date);
}

static void
day_jobs(const struct config *cfg, const struct day *d, time_t now,
	 const char *const *done, size_t ndone, struct jobs *js)
{
	const char *tz = cfg->timezone;
	time_t midnight, start;
	if (schedule_local_time(tz, d->date, "00:00", &midnight) < 0 ||
	    schedule_local_time(tz, d->date, d->start ? d->start : "00:00",
				&start) < 0)
		return;
	char key[SCHED_KEY_MAX];
	/* Reminders, from the earliest (most days before) to the latest. */
	for (size_t i = 0; i < cfg->nreminder_days; i++) {
		int before = cfg->reminder_days[i];
		char date[11];
		time_t due;
		if (schedule_date_add(d->date, -before, date) < 0 ||
		    schedule_local_time(tz, date, cfg->reminder_time, &due) < 0)
			continue;
		snprintf(key, sizeof key, "reminder:%d:%d", d->number, before);
		if (now < due || is_done(key, done, ndone))
			continue;
		struct sched_job *j = add(js, SCHED_REMINDER, due);
		memcpy(j->key, key, sizeof key);
		memcpy(j->date, d->date, sizeof j->date);
		j->day = d->number;
		j->days_before = before;
		if (now >= midnight) {
			j->action = SCHED_SKIP;
			j->why = "the course day has begun";
			continue;
		}
		/* A later reminder for the same day due as well wins. */
		for (size_t k = i + 1; k < cfg->nreminder_days; k++) {
			char later[11];
			time_t ldue;
			if (schedule_date_add(d->date, -cfg->reminder_days[k],
					      later) == 0 &&
			    schedule_local_time(tz, later, cfg->reminder_time,
						&ldue) == 0 &&
			    ldue <= now) {
				j->action = SCHED_SKIP;
				j->why = "a later reminder for this day is due";
				break;
			}
		}
	}
	/* The attendance list, on the working day before. */
	char wd[11];
	time_t due;
	if (schedule_working_day_before(d->date, wd) < 0 ||
	    schedule_local_time(tz, wd, cfg->attendance_time, &due) < 0)
		return;
	snprintf(key, sizeof key, "attendance:%d", d->number);
	if (now < due || is_done(key, done, ndone))
		return;
	struct sched_job *j = add(js, SCHED_ATTENDANCE, due);
	memcpy(j->key, key, sizeof key);
	memcpy(j->date, d->date, sizeof j->date);
	j->day = d->number;
	if (now >= start) {
		j->action = SCHED_SKIP;
		j->why = "the course day has started";
	}
}

static int
by_due(const void *a, const void *b)
{
	const struct sched_job *x = a, *y = b;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->key, y->key);
}

size_t
schedule_due(const struct config *cfg, time_t now, const char *const *done,
	     size_t ndone, struct sched_job **jobs)
{
	struct jobs js = {0};
	if (cfg->digest_time)
		digest_job(cfg, now, done, ndone, &js);
	if (cfg->reminder_time && cfg->attendance_time)
		for (size_t i = 0; i < cfg->ndays; i++)
			if (cfg->days[i].date)
				day_jobs(cfg, &cfg->days[i], now, done, ndone,
					 &js);
	if (js.n > 1)
		qsort(js.v, js.n, sizeof *js.v, by_due);
	*jobs = js.v;
	return js.n;
}
