/*
 * status — see status.h.  Only reads the store; never changes it.
 */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "schedule.h"
#include "util.h"

static void add(char ***v, size_t *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
add(char ***v, size_t *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

void
status_local_time(const char *tz, time_t t, char out[48])
{
	int off = clock_utc_offset(tz, t); /* minutes east of UTC */
	time_t local = t + (time_t)off * 60;
	struct tm tm;
	gmtime_r(&local, &tm);
	int a = off < 0 ? -off : off;
	char b[128]; /* room for any int, so the compiler sees no cut */
	snprintf(b, sizeof b, "%04d-%02d-%02d %02d:%02d:%02d %c%02d:%02d",
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		 tm.tm_min, tm.tm_sec, off < 0 ? '-' : '+', a / 60, a % 60);
	snprintf(out, 48, "%.47s", b);
}

/* "2010-05-01 10:02:03 +02:00 (5 min ago)" for a stored UTC time. */
static char *
when(const char *tz, const char *iso, time_t now, time_t *t)
{
	*t = 0;
	if (iso == NULL || clock_parse_iso(iso, t) < 0)
		return xstrdup(iso ? iso : "never");
	char lt[48];
	status_local_time(tz, *t, lt);
	long ago = (long)(now - *t);
	if (ago < 0)
		return xasprintf("%s (in the future: the clock?)", lt);
	if (ago < 120)
		return xasprintf("%s (%ld s ago)", lt, ago);
	if (ago < 7200)
		return xasprintf("%s (%ld min ago)", lt, ago / 60);
	if (ago < 2 * 86400)
		return xasprintf("%s (%ld h ago)", lt, ago / 3600);
	return xasprintf("%s (%ld days ago)", lt, ago / 86400);
}

struct keys {
	char **k;
	size_t n;
};

static int
collect_key(const char *key, void *arg)
{
	struct keys *ks = arg;
	ks->k = xrealloc(ks->k, (ks->n + 1) * sizeof *ks->k);
	ks->k[ks->n++] = xstrdup(key);
	return 0;
}

/* The next job the scheduler will run: each moment a job can fall due
 * (the digest time of the next days, each reminder, the attendance
 * lists) is put to the scheduler itself, so its own rules decide. */
static int
next_job(const struct config *cfg, struct store *st, time_t now,
	 struct sched_job *out)
{
	struct keys ks = {0};
	if (store_job_each(st, collect_key, &ks) < 0)
		return -1;
	char today[11];
	schedule_local_date(cfg->timezone, now, today);
	time_t cand[512];
	size_t nc = 0;
	const char *at_digest = cfg->digest_time ? cfg->digest_time : "08:00";
	for (long d = 0; d <= 2 && nc < 512; d++) {
		char date[11];
		time_t t;
		if (schedule_date_add(today, d, date) == 0 &&
		    schedule_local_time(cfg->timezone, date, at_digest, &t) ==
			0)
			cand[nc++] = t;
	}
	for (size_t i = 0; i < cfg->ndays && nc + 40 < 512; i++) {
		const char *date = cfg->days[i].date;
		for (long d = 0; d <= 31; d++) {
			char day[11];
			time_t t;
			if (schedule_date_add(date, -d, day) < 0)
				continue;
			if (cfg->reminder_time &&
			    schedule_local_time(cfg->timezone, day,
						cfg->reminder_time, &t) == 0)
				cand[nc++] = t;
			const char *att = cfg->attendance_time
					      ? cfg->attendance_time
					      : at_digest;
			if (d <= 4 && schedule_local_time(cfg->timezone, day,
							  att, &t) == 0)
				cand[nc++] = t;
		}
	}
	int found = 0;
	for (size_t i = 0; i < nc; i++) {
		if (cand[i] <= now || (found && cand[i] >= out->due))
			continue;
		struct sched_job *jobs = NULL;
		size_t n = schedule_due(cfg, cand[i] + 1,
					(const char *const *)ks.k, ks.n, &jobs);
		for (size_t k = 0; k < n; k++)
			if (jobs[k].action == SCHED_RUN && jobs[k].due > now &&
			    (!found || jobs[k].due < out->due)) {
				*out = jobs[k];
				found = 1;
			}
		free(jobs);
	}
	for (size_t i = 0; i < ks.n; i++)
		free(ks.k[i]);
	free(ks.k);
	return found;
}

struct trouble {
	struct status_report *r;
	long stuck, quarantined;
};

static int
one_trouble(const struct store_mbx_trouble *t, void *arg)
{
	struct trouble *tr = arg;
	if (t->quarantined)
		tr->quarantined++;
	else
		tr->stuck++;
	add(&tr->r->lines, &tr->r->nlines,
	    "  mailbox UID %lld: %s failed %d time%s%s: %s", (long long)t->uid,
	    t->stage, t->attempts, t->attempts == 1 ? "" : "s",
	    t->quarantined ? ", set aside (quarantined)" : "",
	    t->last_error ? t->last_error : "");
	return 0;
}

int
status_collect(const struct config *cfg, struct store *st, time_t now,
	       struct status_report *r)
{
	memset(r, 0, sizeof *r);
	const char *tz = cfg->timezone;
	int rc = 0;
	char *v = NULL, *at = NULL, *ev = NULL, *eat = NULL;
	time_t t_ok = 0, t_err = 0;

	/* IMAP */
	if (store_health_get(st, "imap_ok", &v, &at) < 0 ||
	    store_health_get(st, "imap_error", &ev, &eat) < 0)
		rc = -1;
	char *w = when(tz, at, now, &t_ok);
	add(&r->lines, &r->nlines, "IMAP: last good check %s%s%s", w,
	    v ? ", " : "", v ? v : "");
	free(w);
	if (eat && clock_parse_iso(eat, &t_err) == 0 && t_err >= t_ok) {
		w = when(tz, eat, now, &t_err);
		add(&r->lines, &r->nlines, "IMAP: last error %s: %s", w, ev);
		free(w);
	}
	char *fv = NULL, *fat = NULL;
	if (store_health_get(st, "imap_folder", &fv, &fat) == 1)
		add(&r->lines, &r->nlines, "IMAP: processed folder %s", fv);
	free(fv);
	free(fat);
	long poll = cfg->poll_interval > 60 ? cfg->poll_interval : 60;
	long limit = STATUS_FETCH_INTERVALS * poll;
	if (t_ok == 0)
		add(&r->problems, &r->nproblems,
		    "the mailbox was never checked");
	else if (now - t_ok > limit)
		add(&r->problems, &r->nproblems,
		    "no good mailbox check for %ld min (limit %ld min)",
		    (long)(now - t_ok) / 60, limit / 60);
	free(v);
	free(at);
	free(ev);
	free(eat);
	v = at = ev = eat = NULL;

	/* SMTP */
	time_t s_ok = 0, s_err = 0;
	if (store_health_get(st, "smtp_ok", &v, &at) < 0 ||
	    store_health_get(st, "smtp_error", &ev, &eat) < 0)
		rc = -1;
	w = when(tz, at, now, &s_ok);
	add(&r->lines, &r->nlines, "SMTP: last mail accepted %s", w);
	free(w);
	if (eat && clock_parse_iso(eat, &s_err) == 0 && s_err >= s_ok) {
		w = when(tz, eat, now, &s_err);
		add(&r->lines, &r->nlines, "SMTP: last error %s: %s", w, ev);
		free(w);
	}
	free(v);
	free(at);
	free(ev);
	free(eat);

	/* outbox, set-aside mail */
	struct store_health h;
	if (store_health_summary(st, &h) < 0) {
		rc = -1;
	} else {
		add(&r->lines, &r->nlines,
		    "outbox: %ld waiting, %ld failed (not delivered)",
		    h.out_pending, h.out_failed);
		if (h.oldest_created) {
			time_t tc;
			w = when(tz, h.oldest_created, now, &tc);
			add(&r->lines, &r->nlines,
			    "outbox: oldest unsent: %s to %s, queued %s, "
			    "%ld attempt%s%s%s",
			    h.oldest_kind, h.oldest_rcpt, w, h.oldest_attempts,
			    h.oldest_attempts == 1 ? "" : "s",
			    h.oldest_error ? "; last error: " : "",
			    h.oldest_error ? h.oldest_error : "");
			free(w);
			if (tc && now - tc > STATUS_UNSENT_SECONDS)
				add(&r->problems, &r->nproblems,
				    "mail unsent for %ld min (limit %ld min)",
				    (long)(now - tc) / 60,
				    STATUS_UNSENT_SECONDS / 60);
		}
		if (h.set_aside) {
			time_t ts;
			w = when(tz, h.last_set_aside, now, &ts);
			add(&r->lines, &r->nlines,
			    "messages set aside for a person: %ld (newest "
			    "%s)",
			    h.set_aside, w);
			free(w);
		} else
			add(&r->lines, &r->nlines,
			    "messages set aside for a person: 0");
		store_health_clear(&h);
	}

	/* the mailbox's stuck messages */
	struct trouble tr = {.r = r};
	if (store_mbx_trouble_each(st, one_trouble, &tr) < 0)
		rc = -1;
	if (tr.stuck)
		add(&r->problems, &r->nproblems,
		    "%ld message%s in the mailbox could not be handled yet",
		    tr.stuck, tr.stuck == 1 ? "" : "s");
	if (tr.quarantined)
		add(&r->problems, &r->nproblems,
		    "%ld message%s quarantined in the mailbox", tr.quarantined,
		    tr.quarantined == 1 ? "" : "s");

	/* the schedule */
	struct sched_job j;
	int nj = next_job(cfg, st, now, &j);
	if (nj < 0)
		rc = -1;
	else if (nj == 0)
		add(&r->lines, &r->nlines, "next scheduled job: none");
	else {
		char lt[48];
		status_local_time(tz, j.due, lt);
		add(&r->lines, &r->nlines, "next scheduled job: %s (%s) at %s",
		    schedule_kind_name(j.kind), j.key, lt);
	}
	if (rc < 0)
		add(&r->problems, &r->nproblems,
		    "the store could not be read: "
		    "%s",
		    store_error(st));
	return rc;
}

void
status_report_free(struct status_report *r)
{
	for (size_t i = 0; i < r->nlines; i++)
		free(r->lines[i]);
	for (size_t i = 0; i < r->nproblems; i++)
		free(r->problems[i]);
	free(r->lines);
	free(r->problems);
	memset(r, 0, sizeof *r);
}

char *
status_local_iso(const char *tz, const char *iso)
{
	time_t t;
	if (iso == NULL)
		return NULL;
	if (clock_parse_iso(iso, &t) < 0)
		return xstrdup(iso);
	char lt[48];
	status_local_time(tz, t, lt);
	return xstrdup(lt);
}
