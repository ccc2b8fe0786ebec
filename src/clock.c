/*
 * clock — see clock.h.  The pinned clock keeps a monotonic base so a
 * pinned `run` still sees time pass.
 */
#include "clock.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static int pinned;
static time_t pin_at;
static struct timespec pin_mono;

/* days_from_civil (proleptic Gregorian), for timegm-free arithmetic. */
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

/* Exactly `n` digits at s (no sign, no space), as a number; -1 if not. */
static int
digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
days_in_month(int y, int m)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	int leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	return mdays[m - 1] + (m == 2 && leap);
}

/* The one parser behind both entry points; `need_time` refuses a date.
 * Each field has its exact width and range, so "+99:99", "2010-02-30"
 * or a year like 1900 are errors, not times that are silently wrong. */
static int
parse_iso(const char *s, int need_time, time_t *out)
{
	if (strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return -1;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < CLOCK_YEAR_MIN || y > CLOCK_YEAR_MAX || mo < 1 || mo > 12 ||
	    d < 1 || d > days_in_month(y, mo))
		return -1;
	const char *p = s + 10;
	int h = 0, mi = 0, se = 0;
	long off = 0;
	if (*p == 'T' || *p == ' ') {
		h = digits(p + 1, 2);
		if (h < 0 || h > 23 || p[3] != ':')
			return -1;
		mi = digits(p + 4, 2);
		if (mi < 0 || mi > 59)
			return -1;
		p += 6;
		if (*p == ':') {
			se = digits(p + 1, 2);
			if (se < 0 || se > 59)
				return -1;
			p += 3;
		}
		/* A time names its offset: without one it could be UTC or
		 * local, and a guess moves a deadline by hours. */
		if (*p == 'Z')
			p++;
		else if (*p == '+' || *p == '-') {
			int oh = digits(p + 1, 2), om = -1;
			if (oh >= 0 && p[3] == ':')
				om = digits(p + 4, 2);
			if (oh < 0 || oh > 14 || om < 0 || om > 59)
				return -1;
			off = (oh * 60L + om) * 60L * (*p == '-' ? -1 : 1);
			p += 6;
		} else
			return -1;
	} else if (need_time)
		return -1;
	if (*p)
		return -1;
	long days = days_from_civil(y, (unsigned)mo, (unsigned)d);
	*out = (time_t)(days * 86400L + h * 3600L + mi * 60L + se - off);
	return 0;
}

int
clock_parse_iso(const char *s, time_t *out)
{
	return parse_iso(s, 0, out);
}

int
clock_parse_instant(const char *s, time_t *out)
{
	return parse_iso(s, 1, out);
}

int
clock_zone_known(const char *tz)
{
	return icaltimezone_get_builtin_timezone(tz) != NULL;
}

void
clock_pin(time_t t)
{
	pinned = 1;
	pin_at = t;
	clock_gettime(CLOCK_MONOTONIC, &pin_mono);
}

time_t
clock_now(void)
{
	if (!pinned)
		return time(NULL);
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return pin_at + (now.tv_sec - pin_mono.tv_sec);
}

/* The robot asks for the offsets of the same few hours again and again:
 * they are kept per zone and hour. */
#define OFFSET_CACHE 64
static struct {
	char tz[64];
	long hour;
	int off;
	int used;
} offset_cache[OFFSET_CACHE];

static int offset_compute(const char *tz, time_t t);

int
clock_utc_offset(const char *tz, time_t t)
{
	long hour = (long)(t >= 0 ? t / 3600 : (t - 3599) / 3600);
	unsigned slot =
	    (unsigned)(hour % OFFSET_CACHE + OFFSET_CACHE) % OFFSET_CACHE;
	if (offset_cache[slot].used && offset_cache[slot].hour == hour &&
	    strcmp(offset_cache[slot].tz, tz) == 0)
		return offset_cache[slot].off;
	/* Not every zone changes on a whole UTC hour (St. John's changes
	 * at :30): an hour is kept only when it starts and ends with one
	 * offset, else each moment in it is looked up. */
	time_t start = (time_t)hour * 3600;
	int off = offset_compute(tz, start);
	if (offset_compute(tz, start + 3599) != off)
		return offset_compute(tz, t);
	if (strlen(tz) < sizeof offset_cache[slot].tz) {
		strcpy(offset_cache[slot].tz, tz);
		offset_cache[slot].hour = hour;
		offset_cache[slot].off = off;
		offset_cache[slot].used = 1;
	}
	return off;
}

/* The zone's offset from the system's zone data through the C library:
 * the TZif file libical reads too (/usr/share/zoneinfo, or TZDIR), but
 * without libical expanding every rule of the zone through ICU first,
 * which cost each process milliseconds of CPU before its first local
 * time (issue 12: most of a `regbot ingest` start).  TZ is set for the
 * call and put back; regbot itself never uses the process's local time.
 * 0 with *off, -1 when the C library would not read this zone's file
 * (libical answers then). */
static int
offset_libc(const char *tz, time_t t, int *off)
{
	const char *dir = getenv("TZDIR");
	if (tz[0] == '\0' || tz[0] == '/' || tz[0] == ':' ||
	    strstr(tz, "..") != NULL || strpbrk(tz, ",<>") != NULL)
		return -1;
	char *path =
	    xasprintf("%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", tz);
	int readable = access(path, R_OK) == 0;
	free(path);
	if (!readable)
		return -1;
	const char *was = getenv("TZ");
	char *old = was ? xstrdup(was) : NULL;
	char *want = xasprintf(":%s", tz); /* ':' : a file, never a rule */
	setenv("TZ", want, 1);
	tzset();
	struct tm tm;
	int ok = localtime_r(&t, &tm) != NULL;
	if (old)
		setenv("TZ", old, 1);
	else
		unsetenv("TZ");
	tzset();
	free(old);
	free(want);
	if (!ok)
		return -1;
	*off = (int)(tm.tm_gmtoff / 60);
	return 0;
}

static int
offset_compute(const char *tz, time_t t)
{
	int off;
	if (offset_libc(tz, t, &off) == 0)
		return off;
	return clock_utc_offset_ical(tz, t);
}

int
clock_utc_offset_ical(const char *tz, time_t t)
{
	icaltimezone *zone = icaltimezone_get_builtin_timezone(tz);
	if (zone == NULL)
		return 0;
	struct icaltimetype tt = icaltime_from_timet_with_zone(
	    t, 0, icaltimezone_get_utc_timezone());
	int dst = 0;
	int off = icaltimezone_get_utc_offset_of_utc_time(zone, &tt, &dst);
	return off / 60;
}

int
clock_weekday(const char *date)
{
	time_t t;
	if (clock_parse_iso(date, &t) < 0)
		return -1;
	long days = (long)(t / 86400);
	return (int)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
}

char *
clock_long_date(const char *date, const char *lang)
{
	static const char *nl_days[] = {"zondag",   "maandag",	 "dinsdag",
					"woensdag", "donderdag", "vrijdag",
					"zaterdag"};
	static const char *en_days[] = {"Sunday",    "Monday",	 "Tuesday",
					"Wednesday", "Thursday", "Friday",
					"Saturday"};
	static const char *nl_months[] = {"januari", "februari", "maart",
					  "april",   "mei",	 "juni",
					  "juli",    "augustus", "september",
					  "oktober", "november", "december"};
	static const char *en_months[] = {"January", "February", "March",
					  "April",   "May",	 "June",
					  "July",    "August",	 "September",
					  "October", "November", "December"};
	int y, m, d, wd = clock_weekday(date);
	if (wd < 0 || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return xstrdup(date);
	int en = lang && !strcmp(lang, "en");
	return xasprintf("%s %d %s %d", en ? en_days[wd] : nl_days[wd], d,
			 en ? en_months[m - 1] : nl_months[m - 1], y);
}

char *
clock_long_time(time_t t, const char *tz, const char *lang)
{
	time_t local = t + (time_t)clock_utc_offset(tz, t) * 60;
	struct tm tm;
	gmtime_r(&local, &tm);
	char date[40];
	snprintf(date, sizeof date, "%04d-%02d-%02d", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday);
	char *d = clock_long_date(date, lang);
	int en = lang && !strcmp(lang, "en");
	char *r = xasprintf("%s %s %02d:%02d", d, en ? "at" : "om", tm.tm_hour,
			    tm.tm_min);
	free(d);
	return r;
}
