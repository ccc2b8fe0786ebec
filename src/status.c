/*
 * status — see status.h.  Only reads the store; never changes it.
 *
 * Every line comes in English (`regbot status`, for the operator) and in
 * Dutch (the digest of a Dutch event): each text is written out in both
 * languages next to each other, so the compiler checks both formats.
 * What servers said (an SMTP or IMAP error) is quoted as it is.
 */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "incoming.h"
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
when(const char *tz, const char *iso, time_t now, time_t *t, int en)
{
	*t = 0;
	if (iso == NULL || clock_parse_iso(iso, t) < 0)
		return xstrdup(iso ? iso : en ? "never" : "nooit");
	char lt[48];
	status_local_time(tz, *t, lt);
	long ago = (long)(now - *t);
	if (ago < 0)
		return xasprintf(en ? "%s (in the future: the clock?)"
				    : "%s (in de toekomst: klopt de klok?)",
				 lt);
	if (ago < 120)
		return xasprintf(en ? "%s (%ld s ago)" : "%s (%ld s geleden)",
				 lt, ago);
	if (ago < 7200)
		return xasprintf(en ? "%s (%ld min ago)"
				    : "%s (%ld min geleden)",
				 lt, ago / 60);
	if (ago < 2 * 86400)
		return xasprintf(en ? "%s (%ld h ago)" : "%s (%ld uur geleden)",
				 lt, ago / 3600);
	return xasprintf(en ? "%s (%ld days ago)" : "%s (%ld dagen geleden)",
			 lt, ago / 86400);
}

static const char *
stage_text(const char *stage, int en)
{
	static const struct {
		const char *stage, *nl;
	} t[] = {{"fetch", "ophalen"},
		 {"process", "verwerken"},
		 {"move", "verplaatsen"}};
	for (size_t i = 0; !en && stage && i < sizeof t / sizeof *t; i++)
		if (!strcmp(stage, t[i].stage))
			return t[i].nl;
	return stage ? stage : "?";
}

/* The stored way of waiting for mail, in the reader's language. */
static const char *
wait_text(const char *v, int en)
{
	if (v && !en && !strcmp(v, "polling"))
		return "periodiek controleren";
	return v;
}

/* A mail or job kind as a Dutch reader knows it. */
static const char *
kind_text(const char *kind, int en)
{
	static const struct {
		const char *kind, *nl;
	} t[] = {
	    {"confirmation", "bevestiging"},
	    {"waitlist", "wachtlijstbericht"},
	    {"waitlist-update", "wachtlijstbericht"},
	    {"promotion", "plaats van de wachtlijst"},
	    {"offer", "aanbod van een plaats"},
	    {"offer-expired", "aanbod verlopen"},
	    {"incomplete", "onvolledige aanmelding"},
	    {"already", "al aangemeld"},
	    {"cancelled", "afmelding"},
	    {"substitution-new", "vervanging"},
	    {"substitution-old", "vervanging"},
	    {"status", "stand van zaken"},
	    {"code-needed", "code nodig"},
	    {"help", "uitleg"},
	    {"question", "vraag"},
	    {"received", "ontvangstbericht"},
	    {"closed", "aanmelding gesloten"},
	    {"ratelimit", "te veel mail"},
	    {"overview", "overzicht voor een contactpersoon"},
	    {"forward", "doorgestuurd bericht"},
	    {"digest", "dagoverzicht"},
	    {"reminder", "herinnering"},
	    {"attendance", "presentielijst"},
	    {"final-report", "eindverslag"},
	};
	for (size_t i = 0; !en && kind && i < sizeof t / sizeof *t; i++)
		if (!strcmp(kind, t[i].kind))
			return t[i].nl;
	return kind ? kind : "?";
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
	int en;
};

static int
one_trouble(const struct store_mbx_trouble *t, void *arg)
{
	struct trouble *tr = arg;
	if (t->quarantined)
		tr->quarantined++;
	else
		tr->stuck++;
	int en = tr->en;
	add(&tr->r->lines, &tr->r->nlines,
	    en ? "  mailbox UID %lld: %s failed %d time%s%s: %s"
	       : "  mailbox UID %lld: %s mislukt, %d keer%s%s: %s",
	    (long long)t->uid, stage_text(t->stage, en), t->attempts,
	    en && t->attempts != 1 ? "s" : "",
	    !t->quarantined ? ""
	    : en	    ? ", set aside (quarantined)"
			    : ", apart gezet (quarantaine)",
	    t->last_error ? t->last_error : "");
	return 0;
}

int
status_collect(const struct config *cfg, struct store *st, time_t now,
	       struct status_report *r)
{
	return status_collect_lang(cfg, st, now, "en", r);
}

int
status_collect_lang(const struct config *cfg, struct store *st, time_t now,
		    const char *lang, struct status_report *r)
{
	memset(r, 0, sizeof *r);
	const int en = lang == NULL || strcmp(lang, "nl") != 0;
	const char *tz = cfg->timezone;
	int rc = 0;
	char *v = NULL, *at = NULL, *ev = NULL, *eat = NULL;
	time_t t_ok = 0, t_err = 0;

	/* IMAP */
	if (store_health_get(st, "imap_ok", &v, &at) < 0 ||
	    store_health_get(st, "imap_error", &ev, &eat) < 0)
		rc = -1;
	char *w = when(tz, at, now, &t_ok, en);
	add(&r->lines, &r->nlines,
	    en ? "IMAP: last good check %s%s%s"
	       : "IMAP: laatste goede controle %s%s%s",
	    w, v ? ", " : "", v ? wait_text(v, en) : "");
	free(w);
	if (eat && clock_parse_iso(eat, &t_err) == 0 && t_err >= t_ok) {
		w = when(tz, eat, now, &t_err, en);
		add(&r->lines, &r->nlines,
		    en ? "IMAP: last error %s: %s"
		       : "IMAP: laatste fout %s: %s",
		    w, ev);
		free(w);
	}
	char *fv = NULL, *fat = NULL;
	if (store_health_get(st, "imap_folder", &fv, &fat) == 1)
		add(&r->lines, &r->nlines,
		    en ? "IMAP: processed folder %s"
		       : "IMAP: map voor verwerkte mail %s",
		    fv);
	free(fv);
	free(fat);
	long poll = cfg->poll_interval > 60 ? cfg->poll_interval : 60;
	long limit = STATUS_FETCH_INTERVALS * poll;
	if (t_ok == 0)
		add(&r->problems, &r->nproblems, "%s",
		    en ? "the mailbox was never checked"
		       : "de mailbox is nog nooit gecontroleerd");
	else if (now - t_ok > limit)
		add(&r->problems, &r->nproblems,
		    en ? "no good mailbox check for %ld min (limit %ld min)"
		       : "al %ld min geen goede controle van de mailbox "
			 "(grens %ld min)",
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
	w = when(tz, at, now, &s_ok, en);
	add(&r->lines, &r->nlines,
	    en ? "SMTP: last mail accepted %s"
	       : "SMTP: laatste mail aangenomen %s",
	    w);
	free(w);
	if (eat && clock_parse_iso(eat, &s_err) == 0 && s_err >= s_ok) {
		w = when(tz, eat, now, &s_err, en);
		add(&r->lines, &r->nlines,
		    en ? "SMTP: last error %s: %s"
		       : "SMTP: laatste fout %s: %s",
		    w, ev);
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
		    en ? "outbox: %ld waiting, %ld failed (not delivered)"
		       : "uitgaande mail: %ld wachtend, %ld mislukt (niet "
			 "afgeleverd)",
		    h.out_pending, h.out_failed);
		if (h.oldest_created) {
			time_t tc;
			w = when(tz, h.oldest_created, now, &tc, en);
			add(&r->lines, &r->nlines,
			    en ? "outbox: oldest unsent: %s to %s, queued %s, "
				 "%ld attempt%s%s%s"
			       : "uitgaande mail: oudste niet verzonden: %s "
				 "aan %s, klaargezet %s, %ld poging%s%s%s",
			    kind_text(h.oldest_kind, en), h.oldest_rcpt, w,
			    h.oldest_attempts,
			    h.oldest_attempts == 1 ? ""
			    : en		   ? "s"
						   : "en",
			    !h.oldest_error ? ""
			    : en	    ? "; last error: "
					    : "; laatste fout: ",
			    h.oldest_error ? h.oldest_error : "");
			free(w);
			if (tc && now - tc > STATUS_UNSENT_SECONDS)
				add(&r->problems, &r->nproblems,
				    en ? "mail unsent for %ld min (limit %ld "
					 "min)"
				       : "mail al %ld min niet verzonden "
					 "(grens %ld min)",
				    (long)(now - tc) / 60,
				    STATUS_UNSENT_SECONDS / 60);
		}
		if (h.set_aside) {
			time_t ts;
			w = when(tz, h.last_set_aside, now, &ts, en);
			add(&r->lines, &r->nlines,
			    en ? "messages set aside for a person: %ld "
				 "(newest %s)"
			       : "berichten apart gezet voor een mens: %ld "
				 "(nieuwste %s)",
			    h.set_aside, w);
			free(w);
		} else
			add(&r->lines, &r->nlines, "%s",
			    en ? "messages set aside for a person: 0"
			       : "berichten apart gezet voor een mens: 0");
		store_health_clear(&h);
	}

	/* the mailbox's stuck messages */
	struct trouble tr = {.r = r, .en = en};
	if (store_mbx_trouble_each(st, one_trouble, &tr) < 0)
		rc = -1;
	if (tr.stuck)
		add(&r->problems, &r->nproblems,
		    en ? "%ld message%s in the mailbox could not be handled "
			 "yet"
		       : "%ld bericht%s in de mailbox nog niet verwerkt",
		    tr.stuck,
		    tr.stuck == 1 ? ""
		    : en	  ? "s"
				  : "en");
	if (tr.quarantined)
		add(&r->problems, &r->nproblems,
		    en ? "%ld message%s quarantined in the mailbox"
		       : "%ld bericht%s in de mailbox in quarantaine",
		    tr.quarantined,
		    tr.quarantined == 1 ? ""
		    : en		? "s"
					: "en");

	/* mail `ingest` queued for the daemon (SPOOL/incoming): taken at
	 * the daemon's next turn, so one that waits long means no regbot
	 * holds the spool, or it cannot process the file */
	long queued = 0;
	time_t oldest = 0;
	incoming_count(cfg->spool, &queued, &oldest);
	if (queued > 0) {
		add(&r->lines, &r->nlines,
		    en ? "queued by ingest for the daemon: %ld"
		       : "door ingest klaargezet voor de daemon: %ld",
		    queued);
		if (oldest > 0 && now - oldest > limit)
			add(&r->problems, &r->nproblems,
			    en ? "%ld message%s queued by ingest for %ld min "
				 "(limit %ld min): is regbot running?"
			       : "%ld bericht%s al %ld min klaargezet door "
				 "ingest (grens %ld min): draait regbot?",
			    queued,
			    queued == 1 ? ""
			    : en	? "s"
					: "en",
			    (long)(now - oldest) / 60, limit / 60);
	}

	/* and what was set aside from that queue after failing every time
	 * (incoming.h): the organiser hears of it in the digest */
	long held = incoming_held_count(cfg->spool);
	if (held > 0) {
		char *hd = incoming_held_dir(cfg->spool);
		add(&r->problems, &r->nproblems,
		    en ? "%ld message%s queued by ingest set aside in %s "
			 "after %d failed attempts: look at the log, then "
			 "give each to `regbot ingest FILE`"
		       : "%ld bericht%s van ingest apart gezet in %s na %d "
			 "mislukte pogingen: zie het logboek en geef elk "
			 "daarna aan `regbot ingest BESTAND`",
		    held,
		    held == 1 ? ""
		    : en      ? "s"
			      : "en",
		    hd, RETRY_MAX_ATTEMPTS);
		free(hd);
	}

	/* the schedule */
	struct sched_job j;
	int nj = next_job(cfg, st, now, &j);
	if (nj < 0)
		rc = -1;
	else if (nj == 0)
		add(&r->lines, &r->nlines, "%s",
		    en ? "next scheduled job: none"
		       : "volgende geplande taak: geen");
	else {
		char lt[48];
		status_local_time(tz, j.due, lt);
		add(&r->lines, &r->nlines,
		    en ? "next scheduled job: %s (%s) at %s"
		       : "volgende geplande taak: %s (%s) op %s",
		    kind_text(schedule_kind_name(j.kind), en), j.key, lt);
	}
	if (rc < 0)
		add(&r->problems, &r->nproblems,
		    en ? "the store could not be read: %s"
		       : "de opslag kon niet worden gelezen: %s",
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
