/*
 * clock — the robot's notion of now and of the event's local time.
 *
 * `--now` pins the start of the clock (tests, dry runs); time then moves on
 * from there at the normal rate.  Local time of the event's timezone comes
 * from libical's zone data, not from the TZ environment.
 */
#ifndef REGBOT_CLOCK_H
#define REGBOT_CLOCK_H

#include <time.h>

/* Parses ISO 8601 "2010-05-01T10:00:00+02:00", "...Z" or "2010-05-01"
 * (midnight UTC).  0 ok, -1 error. */
int clock_parse_iso(const char *s, time_t *out);
void clock_pin(time_t t);
time_t clock_now(void);

/* Offset from UTC in minutes of zone `tz` at t (0 for unknown zones). */
int clock_utc_offset(const char *tz, time_t t);

/* Day of the week, 0 = Sunday, of a YYYY-MM-DD date; -1 on bad input. */
int clock_weekday(const char *date);
/* "dinsdag 1 juni 2010" / "Tuesday 1 June 2010"; caller frees. */
char *clock_long_date(const char *date, const char *lang);
/* "dinsdag 4 mei 2010 om 10:00" / "Tuesday 4 May 2010 at 10:00" in the
 * zone `tz`; caller frees. */
char *clock_long_time(time_t t, const char *tz, const char *lang);

#endif
