/*
 * status — how the daemon fares, read from what the store recorded: the
 * last good IMAP check and SMTP send (and whether it used IDLE or
 * polling), the outbox's depth and its oldest unsent mail with the last
 * error, mail set aside for a person, messages stuck in the mailbox, and
 * the next scheduled job.  `regbot status` prints it; the digest carries
 * the same lines, so a failing SMTP server is seen the next morning.
 */
#ifndef REGBOT_STATUS_H
#define REGBOT_STATUS_H

#include <stddef.h>
#include <time.h>

#include "config.h"
#include "store.h"

/* A daemon that has not checked its mailbox for this many poll
 * intervals (IDLE wakes at least once a minute) is not healthy. */
#define STATUS_FETCH_INTERVALS 3
/* Mail unsent for longer than this is a problem. */
#define STATUS_UNSENT_SECONDS 3600L

struct status_report {
	char **lines; /* what an operator reads, one fact a line */
	size_t nlines;
	char **problems; /* why it is not healthy; none: healthy */
	size_t nproblems;
};

/* Fills *r (free with status_report_free) in English.  0 ok, -1 when
 * the store could not be read (r then holds what was read). */
int status_collect(const struct config *cfg, struct store *st, time_t now,
		   struct status_report *r);
/* The same in lang: "nl" (the digest of a Dutch event), else English.
 * Lines are one fact each and not wrapped; what servers said is quoted
 * as it is. */
int status_collect_lang(const struct config *cfg, struct store *st, time_t now,
			const char *lang, struct status_report *r);
void status_report_free(struct status_report *r);

/* "2010-05-01 10:02:03 +02:00" in the event's zone, into out[48]. */
void status_local_time(const char *tz, time_t t, char out[48]);

/* A stored UTC time ("2010-05-01T08:02:03Z") as the event's local time
 * with its offset ("2010-05-01 10:02:03 +02:00"); NULL stays NULL, text
 * that is not a time is copied.  Caller frees. */
char *status_local_iso(const char *tz, const char *iso);

#endif
