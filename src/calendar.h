/*
 * calendar — the text/calendar attachment (RFC 5545, iTIP RFC 5546) that
 * goes with a confirmation, a promotion or a substitution (METHOD:PUBLISH,
 * one VEVENT per course day) and with a cancellation or the notice to a
 * replaced participant (METHOD:CANCEL, the same UIDs).  Built with
 * libical, never as hand-written text.  Pure: no I/O apart from libical's
 * time zone data (and reading that zone's file for a fingerprint) and the
 * caller's zone cache below; the clock comes in as an argument.
 *
 * Identity and versions.  Each course day of a registration is one event
 * with a stable UID, "<code>-day<N>@<robot's domain>", so a later update
 * or cancellation replaces the event a participant already has.  SEQUENCE
 * tells a calendar which version is newer; it is a pure function of what
 * was sent before (see calendar_next_sequence), which the caller keeps in
 * the store, one row per (code, day).
 */
#ifndef REGBOT_CALENDAR_H
#define REGBOT_CALENDAR_H

#include <stddef.h>
#include <time.h>

#include "config.h"
#include "util.h"

enum calendar_method {
	CALENDAR_NONE,	  /* no calendar at all */
	CALENDAR_PUBLISH, /* the days a participant attends */
	CALENDAR_CANCEL	  /* those days are no longer theirs */
};

/* The SEQUENCE to put on one course day's event. */
struct calendar_seq {
	int day;      /* [day N] */
	int sequence; /* >= 0 */
};

struct calendar_req {
	enum calendar_method method;
	const char *code; /* registration code: makes the UIDs */
	const char *attendee_name, *attendee_email; /* CANCEL names them */
	int only_day; /* 0: every course day; N: only [day N] */
	const struct calendar_seq *seq; /* per day */
	size_t nseq;
	int base_sequence; /* for a day not listed in seq */
};

/* Appends a VCALENDAR (CRLF lines, folded at 75 octets) to out: a
 * VTIMEZONE for cfg->timezone holding only the observances the course's
 * years need (so TZID is the plain zone name, e.g. Europe/Amsterdam), then
 * one VEVENT per requested day with DTSTART/DTEND in that zone.  Texts
 * (SUMMARY, DESCRIPTION) are in `lang` ("nl" or "en").  DTSTAMP is now.
 * Returns 0, or -1 with *err (caller frees) for an unknown time zone, a
 * method of CALENDAR_NONE, a missing or unusable code, a day that does not
 * exist, or output larger than out->max (out is then as it was). */
int calendar_build(const struct config *cfg, const struct calendar_req *rq,
		   const char *lang, time_t now, struct buf *out, char **err);

/* Where the VTIMEZONEs calendar_build makes are kept between processes.
 * Making one costs a process its first milliseconds and about 2.4 MB of
 * ICU's code and data: libical walks the zone's rules through ICU's
 * calendar.  What is kept is checked against the program's version,
 * libical's, the years and the bytes of the zone's file in libical's zone
 * directory (the system's tzdata), so a new regbot or tzdata makes it
 * anew; text that does not pass is ignored.  `load` returns what `save`
 * kept under `name` (only [A-Za-z0-9._+-]), or NULL; caller frees.
 * `save` (NULL: keep nothing) reports nothing: a VTIMEZONE not kept is
 * made again.  The shell gives the calendar its place (see main.c); the
 * unit tests a table. */
struct calendar_zone_cache {
	char *(*load)(void *arg, const char *name);
	void (*save)(void *arg, const char *name, const char *text);
	void *arg;
	const char *version; /* the program's, borrowed */
};

/* Uses zc (borrowed until the next call; NULL: none) and forgets the
 * VTIMEZONEs this process made or loaded so far. */
void calendar_set_zone_cache(const struct calendar_zone_cache *zc);

/* "<code>-day<N>@<domain of the robot's address>", lower case.  Caller
 * frees. */
char *calendar_uid(const struct config *cfg, const char *code, int day);

/* 16 hex digits that change whenever what a day's event says changes
 * (date, times, theme, place, title, time zone).  Store it with the
 * sequence that was sent.  Caller frees. */
char *calendar_day_fingerprint(const struct config *cfg, const struct day *d);

/* The SEQUENCE for a day's event now.  `sent` is 0 when nothing was sent
 * for this (code, day) before; otherwise prev_seq, prev_fp and
 * prev_method describe the last calendar sent.  First PUBLISH: 0.  The
 * same content and method again (a resend): prev_seq.  Anything else (the
 * day changed, or PUBLISH became CANCEL or back): prev_seq + 1.  A CANCEL
 * when nothing was ever sent returns -1: send no calendar at all. */
int calendar_next_sequence(int sent, int prev_seq, const char *prev_fp,
			   enum calendar_method prev_method, const char *fp,
			   enum calendar_method method);

/* "PUBLISH" / "CANCEL" (NULL for CALENDAR_NONE), and back (CALENDAR_NONE
 * for anything else).  For the store's `method` column. */
const char *calendar_method_name(enum calendar_method m);
enum calendar_method calendar_method_from_name(const char *s);

/* Attachment file name ("agenda.ics", "calendar.ics", ...) and its
 * content type "text/calendar; charset=UTF-8; method=...".  Static
 * strings. */
const char *calendar_filename(enum calendar_method m, const char *lang);
const char *calendar_content_type(enum calendar_method m);

#endif
