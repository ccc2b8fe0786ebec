/*
 * clock — the robot's notion of now and of the event's local time.
 *
 * `--now` pins the start of the clock (tests, dry runs); time then moves on
 * from there at the normal rate.  Local time of the event's timezone comes
 * from the system's zone data (the files libical reads too), never from
 * the TZ environment or the machine's own zone.
 */
#ifndef REGBOT_CLOCK_H
#define REGBOT_CLOCK_H

#include <time.h>

/* The years a date may have: none before time_t's epoch, four digits. */
#define CLOCK_YEAR_MIN 1970
#define CLOCK_YEAR_MAX 9999

/* Parses ISO 8601 "2010-05-01T10:00:00+02:00" (seconds optional, 'T' or
 * a space), "...Z" or a date "2010-05-01" (midnight UTC).  A time must
 * carry its offset: Z or +HH:MM/-HH:MM with HH <= 14 and MM < 60.  Years
 * CLOCK_YEAR_MIN..CLOCK_YEAR_MAX, real calendar days.  0 ok, -1 error. */
int clock_parse_iso(const char *s, time_t *out);
/* As clock_parse_iso, but a date alone is refused: a moment (--now). */
int clock_parse_instant(const char *s, time_t *out);
/* 1 when libical, which converts every local time, knows zone `tz`. */
int clock_zone_known(const char *tz);
void clock_pin(time_t t);
time_t clock_now(void);

/* Offset from UTC in minutes of zone `tz` at t (0 for unknown zones),
 * kept per zone and hour. */
int clock_utc_offset(const char *tz, time_t t);
/* The same from libical alone, uncached: what clock_utc_offset answers
 * with for a zone the C library cannot read, and what tests compare it
 * with. */
int clock_utc_offset_ical(const char *tz, time_t t);

/* Day of the week, 0 = Sunday, of a YYYY-MM-DD date; -1 on bad input. */
int clock_weekday(const char *date);
/* "dinsdag 1 juni 2010" / "Tuesday 1 June 2010"; caller frees. */
char *clock_long_date(const char *date, const char *lang);
/* "dinsdag 4 mei 2010 om 10:00" / "Tuesday 4 May 2010 at 10:00" in the
 * zone `tz`; caller frees. */
char *clock_long_time(time_t t, const char *tz, const char *lang);

#endif
