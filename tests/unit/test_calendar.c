/*
 * test_calendar — unit tests for the calendar module (cmocka).
 *
 * Every calendar built here is parsed back with libical, and each
 * event's DTSTART/DTEND is turned into UTC with the VTIMEZONE the file
 * itself carries (not libical's own zone data), as a receiving client
 * does: the brochure's four days are 07:45-14:30 UTC in summer time
 * (1 June, 23 September) and 08:45-15:30 UTC after it ended on
 * 31 October 2010 (2 and 23 November).  Also: stable UIDs, SEQUENCE,
 * METHOD:CANCEL, a zone without daylight saving time, line folding that
 * keeps UTF-8 characters whole, hostile attendee names, and errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* 2010-05-01 08:00:00 UTC */
#define T_NOW ((time_t)1272700800)

static struct day brochure_days[] = {
    {.number = 1,
     .date = "2010-06-01",
     .start = "09:45",
     .end = "16:30",
     .doors = "09:15",
     .theme = "Ambities van bewoners"},
    {.number = 2,
     .date = "2010-09-23",
     .start = "09:45",
     .end = "16:30",
     .doors = "09:15",
     .theme = "Diversiteit en identiteit"},
    {.number = 3,
     .date = "2010-11-02",
     .start = "09:45",
     .end = "16:30",
     .doors = "09:15",
     .theme = "Wonen met en zonder zorgen"},
    {.number = 4,
     .date = "2010-11-23",
     .start = "09:45",
     .end = "16:30",
     .doors = "09:15",
     .theme = "Aanwezige krachten aanboren"},
};

static void
brochure(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->title = "Almere: Sociale ambities in een groeiende stad";
	cfg->timezone = "Europe/Amsterdam";
	cfg->venue = "De Nieuwe Bibliotheek, Nieuwe Lokaal (4de verdieping)";
	cfg->address = "Stadhuisplein 101, 1315 XC Almere";
	cfg->from_addr = "aanmelden@example.org";
	cfg->organiser_name = "Programmasecretariaat";
	cfg->organiser_email = "programma@example.org";
	cfg->days = brochure_days;
	cfg->ndays = NELEM(brochure_days);
}

/* UTC seconds of a civil date and time. */
static time_t
utc(int y, int m, int d, int h, int mi)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long days = era * 146097 + doe - 719468;
	return (time_t)(days * 86400L + h * 3600L + mi * 60L);
}

static char *
build(const struct config *cfg, const struct calendar_req *rq, const char *lang)
{
	struct buf b;
	buf_init(&b, 1 << 20);
	char *err = NULL;
	int rc = calendar_build(cfg, rq, lang, T_NOW, &b, &err);
	if (rc != 0)
		fail_msg("calendar_build: %s", err ? err : "?");
	assert_null(err);
	return buf_detach(&b);
}

/* Lines: CRLF only, at most 75 octets, each a whole UTF-8 sequence. */
static void
check_lines(const char *ics)
{
	const char *p = ics;
	while (*p) {
		const char *eol = strstr(p, "\r\n");
		assert_non_null(eol);
		size_t n = (size_t)(eol - p);
		if (n > 75)
			fail_msg("line of %zu octets: %.*s", n, (int)n, p);
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)p[i];
			assert_true(c != '\r' && c != '\n');
			size_t len = c < 0x80	 ? 1
				     : c >= 0xF0 ? 4
				     : c >= 0xE0 ? 3
						 : 2;
			if (c >= 0x80 && c < 0xC0)
				fail_msg("line starts inside a character: %.*s",
					 (int)n, p);
			if (i + len > n)
				fail_msg("character split by folding: %.*s",
					 (int)n, p);
			i += len - 1;
		}
		p = eol + 2;
	}
}

struct parsed_event {
	char uid[128];
	int sequence;
	time_t start, end;
	char tzid[64];
	int status;
	char attendee[256];
	char attendee_cn[1024];
	int nattendee;
	char summary[512];
};

struct parsed_cal {
	icalproperty_method method;
	char tzid[64];
	int nobservances;
	size_t n;
	struct parsed_event ev[8];
};

static void
parse(const char *ics, struct parsed_cal *pc)
{
	memset(pc, 0, sizeof *pc);
	check_lines(ics);
	icalcomponent *cal = icalparser_parse_string(ics);
	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	/* libical's own validation adds X-LIC-ERROR properties */
	assert_int_equal(icalcomponent_count_errors(cal), 0);
	pc->method = icalcomponent_get_method(cal);
	icalcomponent *vtz =
	    icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
	assert_non_null(vtz);
	assert_null(
	    icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT));
	icalproperty *tp =
	    icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
	assert_non_null(tp);
	snprintf(pc->tzid, sizeof pc->tzid, "%s", icalproperty_get_tzid(tp));
	for (icalcomponent *o =
		 icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT);
	     o; o = icalcomponent_get_next_component(vtz, ICAL_ANY_COMPONENT))
		pc->nobservances++;
	icaltimezone *zone = icaltimezone_new();
	assert_int_equal(
	    icaltimezone_set_component(zone, icalcomponent_new_clone(vtz)), 1);
	for (icalcomponent *ev =
		 icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	     ev && pc->n < NELEM(pc->ev); ev = icalcomponent_get_next_component(
					      cal, ICAL_VEVENT_COMPONENT)) {
		struct parsed_event *e = &pc->ev[pc->n++];
		snprintf(e->uid, sizeof e->uid, "%s",
			 icalcomponent_get_uid(ev));
		e->sequence = icalcomponent_get_sequence(ev);
		icalproperty *ds =
		    icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
		icalproperty *de =
		    icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
		assert_non_null(ds);
		assert_non_null(de);
		icalparameter *tzp =
		    icalproperty_get_first_parameter(ds, ICAL_TZID_PARAMETER);
		assert_non_null(tzp);
		snprintf(e->tzid, sizeof e->tzid, "%s",
			 icalparameter_get_tzid(tzp));
		struct icaltimetype s = icalproperty_get_dtstart(ds);
		struct icaltimetype t = icalproperty_get_dtend(de);
		s.zone = t.zone = NULL;
		e->start = icaltime_as_timet_with_zone(s, zone);
		e->end = icaltime_as_timet_with_zone(t, zone);
		e->status = icalcomponent_get_status(ev);
		const char *sum = icalcomponent_get_summary(ev);
		snprintf(e->summary, sizeof e->summary, "%s", sum ? sum : "");
		for (icalproperty *a = icalcomponent_get_first_property(
			 ev, ICAL_ATTENDEE_PROPERTY);
		     a; a = icalcomponent_get_next_property(
			    ev, ICAL_ATTENDEE_PROPERTY)) {
			e->nattendee++;
			snprintf(e->attendee, sizeof e->attendee, "%s",
				 icalproperty_get_attendee(a));
			icalparameter *cn = icalproperty_get_first_parameter(
			    a, ICAL_CN_PARAMETER);
			snprintf(e->attendee_cn, sizeof e->attendee_cn, "%s",
				 cn ? icalparameter_get_cn(cn) : "");
		}
		assert_non_null(icalcomponent_get_first_property(
		    ev, ICAL_DTSTAMP_PROPERTY));
		assert_non_null(icalcomponent_get_first_property(
		    ev, ICAL_ORGANIZER_PROPERTY));
	}
	icaltimezone_free(zone, 1);
	icalcomponent_free(cal);
}

/* ---- the brochure's days ------------------------------------------- */

static void
test_publish_dates_across_dst(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D"};
	char *ics = build(&cfg, &rq, "nl");
	struct parsed_cal pc;
	parse(ics, &pc);
	assert_int_equal(pc.method, ICAL_METHOD_PUBLISH);
	assert_string_equal(pc.tzid, "Europe/Amsterdam");
	/* one DAYLIGHT and one STANDARD rule cover 2010 */
	assert_int_equal(pc.nobservances, 2);
	assert_int_equal(pc.n, 4);
	static const struct {
		int y, m, d, sh, eh; /* UTC hours of start and end */
	} want[] = {
	    {2010, 6, 1, 7, 14},   /* CEST, +02:00 */
	    {2010, 9, 23, 7, 14},  /* CEST */
	    {2010, 11, 2, 8, 15},  /* CET, +01:00: summer time ended */
	    {2010, 11, 23, 8, 15}, /* CET */
	};
	for (size_t i = 0; i < 4; i++) {
		struct parsed_event *e = &pc.ev[i];
		char uid[64];
		snprintf(uid, sizeof uid, "7kq2m-x9h4d-day%zu@example.org",
			 i + 1);
		assert_string_equal(e->uid, uid);
		assert_string_equal(e->tzid, "Europe/Amsterdam");
		assert_int_equal(e->sequence, 0);
		assert_int_equal(e->status, ICAL_STATUS_CONFIRMED);
		assert_int_equal(e->nattendee, 0); /* PUBLISH has none */
		if (e->start !=
		    utc(want[i].y, want[i].m, want[i].d, want[i].sh, 45))
			fail_msg("day %zu starts at %lld", i + 1,
				 (long long)e->start);
		assert_true(e->end == utc(want[i].y, want[i].m, want[i].d,
					  want[i].eh, 30));
	}
	assert_non_null(strstr(pc.ev[2].summary, "dag 3: Wonen met en "
						 "zonder zorgen"));
	assert_non_null(strstr(ics, "\r\nDTSTAMP:20100501T080000Z\r\n"));
	assert_non_null(strstr(
	    ics, "\r\nDTSTART;TZID=Europe/Amsterdam:20101102T094500\r\n"));
	free(ics);
}

/* The same input gives the same bytes; English texts. */
static void
test_deterministic_and_english(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D"};
	char *a = build(&cfg, &rq, "en"), *b = build(&cfg, &rq, "en");
	assert_string_equal(a, b);
	assert_non_null(strstr(a, "PRODID:-//regbot//regbot//EN\r\n"));
	struct parsed_cal pc;
	parse(a, &pc);
	assert_non_null(strstr(pc.ev[0].summary, "day 1: Ambities"));
	free(a);
	free(b);
}

static void
test_sequence_and_only_day(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	const struct calendar_seq seq[] = {{3, 2}, {1, 1}};
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D",
				  .seq = seq,
				  .nseq = NELEM(seq)};
	char *ics = build(&cfg, &rq, "nl");
	struct parsed_cal pc;
	parse(ics, &pc);
	assert_int_equal(pc.n, 4);
	assert_int_equal(pc.ev[0].sequence, 1);
	assert_int_equal(pc.ev[1].sequence, 0);
	assert_int_equal(pc.ev[2].sequence, 2);
	assert_int_equal(pc.ev[3].sequence, 0);
	free(ics);

	/* a reminder's calendar: one day, the same UID as before */
	rq.only_day = 3;
	rq.base_sequence = 5;
	rq.nseq = 0;
	ics = build(&cfg, &rq, "nl");
	parse(ics, &pc);
	assert_int_equal(pc.n, 1);
	assert_string_equal(pc.ev[0].uid, "7kq2m-x9h4d-day3@example.org");
	assert_int_equal(pc.ev[0].sequence, 5);
	assert_true(pc.ev[0].start == utc(2010, 11, 2, 8, 45));
	free(ics);
}

static void
test_cancel(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	struct calendar_req rq = {
	    .method = CALENDAR_CANCEL,
	    .code = "7KQ2M-X9H4D",
	    .attendee_name = "Voorbeeld Deelnemer",
	    .attendee_email = "deelnemer@example.org",
	    .base_sequence = 1,
	};
	char *ics = build(&cfg, &rq, "nl");
	struct parsed_cal pc;
	parse(ics, &pc);
	assert_int_equal(pc.method, ICAL_METHOD_CANCEL);
	assert_int_equal(pc.n, 4);
	for (size_t i = 0; i < pc.n; i++) {
		assert_int_equal(pc.ev[i].status, ICAL_STATUS_CANCELLED);
		assert_int_equal(pc.ev[i].sequence, 1);
		assert_int_equal(pc.ev[i].nattendee, 1);
		assert_string_equal(pc.ev[i].attendee,
				    "mailto:deelnemer@example.org");
		assert_string_equal(pc.ev[i].attendee_cn,
				    "Voorbeeld Deelnemer");
	}
	assert_string_equal(pc.ev[3].uid, "7kq2m-x9h4d-day4@example.org");
	free(ics);
}

/* Attendee names from mail: one parameter, no line or property can be
 * added, UTF-8 folded whole. */
static void
test_hostile_attendee(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	struct buf longname;
	buf_init(&longname, 1 << 16);
	for (int i = 0; i < 700; i++)
		buf_adds(&longname, "\xd0\x96"); /* Ж */
	const char *names[] = {
	    "Voorbeeld\r\nATTENDEE:mailto:evil@example.net\r\nX-EVIL:1",
	    "\"Voorbeeld\";CN=evil:mailto:evil@example.net",
	    "Deelnemer, Voorbeeld; afdeling: Welzijn",
	    "\xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83 \xe7\xa4\xba\xe4\xbe\x8b "
	    "\xe2\x80\xae\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d \xf0\x9f\x98\x80",
	    "a\x01\x1b[31mb\x7f\xff",
	    longname.p,
	};
	for (size_t k = 0; k < NELEM(names); k++) {
		struct calendar_req rq = {.method = CALENDAR_CANCEL,
					  .code = "7KQ2M-X9H4D",
					  .attendee_name = names[k],
					  .attendee_email =
					      "deelnemer@example.org"};
		char *ics = build(&cfg, &rq, "nl");
		struct parsed_cal pc;
		parse(ics, &pc);
		for (size_t i = 0; i < pc.n; i++) {
			assert_int_equal(pc.ev[i].nattendee, 1);
			assert_string_equal(pc.ev[i].attendee,
					    "mailto:deelnemer@example.org");
			assert_null(strchr(pc.ev[i].attendee_cn, '"'));
			assert_true(strlen(pc.ev[i].attendee_cn) <= 200);
		}
		assert_null(strstr(ics, "\r\nX-EVIL"));
		assert_null(strstr(ics, "\r\nATTENDEE:mailto:evil"));
		free(ics);
	}
	buf_free(&longname);
}

/* A zone without daylight saving time keeps only the observance in
 * effect; a zone whose rules changed keeps the course year's. */
static void
test_other_zones(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	cfg.timezone = "Asia/Tokyo";
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D"};
	char *ics = build(&cfg, &rq, "en");
	struct parsed_cal pc;
	parse(ics, &pc);
	assert_string_equal(pc.tzid, "Asia/Tokyo");
	assert_int_equal(pc.nobservances, 1);
	assert_true(pc.ev[0].start == utc(2010, 6, 1, 0, 45));
	assert_true(pc.ev[2].start == utc(2010, 11, 2, 0, 45));
	free(ics);

	cfg.timezone = "America/New_York"; /* DST ends 7 November 2010 */
	ics = build(&cfg, &rq, "en");
	parse(ics, &pc);
	assert_true(pc.ev[2].start == utc(2010, 11, 2, 13, 45));  /* EDT */
	assert_true(pc.ev[3].start == utc(2010, 11, 23, 14, 45)); /* EST */
	free(ics);
}

/* ---- time zones kept between processes ------------------------------ */

/* calendar_zone_cache on a table, as SPOOL/zones/ is for the program. */
struct kept {
	char *name[16], *text[16];
	size_t n;
	int loads, saves;
};

static char *
kept_load(void *arg, const char *name)
{
	struct kept *k = arg;
	k->loads++;
	for (size_t i = 0; i < k->n; i++)
		if (!strcmp(k->name[i], name))
			return xstrdup(k->text[i]);
	return NULL;
}

static void
kept_save(void *arg, const char *name, const char *text)
{
	struct kept *k = arg;
	k->saves++;
	for (const char *c = name; *c; c++)
		assert_non_null(strchr("abcdefghijklmnopqrstuvwxyz"
				       "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				       "0123456789._+-",
				       *c));
	for (size_t i = 0; i < k->n; i++)
		if (!strcmp(k->name[i], name)) {
			free(k->text[i]);
			k->text[i] = xstrdup(text);
			return;
		}
	assert_true(k->n < NELEM(k->name));
	k->name[k->n] = xstrdup(name);
	k->text[k->n++] = xstrdup(text);
}

static void
kept_free(struct kept *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->name[i]);
		free(k->text[i]);
	}
	memset(k, 0, sizeof *k);
}

/* A calendar made with a kept VTIMEZONE is the calendar made without
 * one, byte for byte, for zones with and without daylight saving time,
 * with half-hour rules, negative DST (Dublin), abolished DST (Sao Paulo)
 * and over several years; a process that finds its zone kept makes none
 * (nothing new is saved). */
static void
test_kept_zones_same_bytes(void **state)
{
	(void)state;
	static const char *const zones[] = {
	    "Europe/Amsterdam",	 "America/New_York",	"Asia/Tokyo",
	    "Asia/Kolkata",	 "Australia/Lord_Howe", "America/St_Johns",
	    "Europe/Dublin",	 "America/Sao_Paulo",	"Pacific/Chatham",
	    "Africa/Casablanca", "Europe/Moscow",	"America/Santiago",
	};
	static const int years[][2] = {
	    {2010, 2010}, {1995, 1996}, {2019, 2020}, {2036, 2038}};
	struct kept k = {0};
	struct calendar_zone_cache zc = {
	    .load = kept_load, .save = kept_save, .arg = &k, .version = "1"};
	for (size_t z = 0; z < NELEM(zones); z++)
		for (size_t y = 0; y < NELEM(years); y++) {
			char d1[16], d2[16];
			snprintf(d1, sizeof d1, "%d-06-01", years[y][0]);
			snprintf(d2, sizeof d2, "%d-11-23", years[y][1]);
			struct day days[] = {
			    {.number = 1,
			     .date = d1,
			     .start = "09:45",
			     .end = "16:30"},
			    {.number = 2,
			     .date = d2,
			     .start = "09:45",
			     .end = "16:30"},
			};
			struct config cfg;
			brochure(&cfg);
			cfg.timezone = (char *)zones[z];
			cfg.days = days;
			cfg.ndays = NELEM(days);
			struct calendar_req rq = {.method = CALENDAR_PUBLISH,
						  .code = "7KQ2M-X9H4D"};
			calendar_set_zone_cache(NULL);
			char *made = build(&cfg, &rq, "nl");
			kept_free(&k);
			calendar_set_zone_cache(&zc);
			char *saved = build(&cfg, &rq, "nl");
			assert_int_equal(k.saves, 1);
			calendar_set_zone_cache(&zc); /* a new process */
			char *loaded = build(&cfg, &rq, "nl");
			assert_int_equal(k.saves, 1);
			assert_int_equal(k.loads, 2);
			if (strcmp(made, saved) || strcmp(made, loaded))
				fail_msg("%s %d-%d: kept zone changes the "
					 "calendar",
					 zones[z], years[y][0], years[y][1]);
			free(made);
			free(saved);
			free(loaded);
		}
	calendar_set_zone_cache(NULL);
	kept_free(&k);
}

/* What is kept is used only when it is whole and was made from the same
 * program, zone and years: anything else is made anew (and kept). */
static void
test_kept_zones_checked(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D"};
	calendar_set_zone_cache(NULL);
	char *made = build(&cfg, &rq, "nl");
	struct kept k = {0};
	struct calendar_zone_cache zc = {
	    .load = kept_load, .save = kept_save, .arg = &k, .version = "1"};
	calendar_set_zone_cache(&zc);
	free(build(&cfg, &rq, "nl"));
	assert_int_equal(k.n, 1);
	assert_string_equal(k.name[0], "Europe.Amsterdam-2010-2010.ics");
	char *good = xstrdup(k.text[0]);

	static const struct {
		const char *label, *from, *to;
	} bad[] = {
	    {"an offset changed", "TZOFFSETTO:+0200", "TZOFFSETTO:+0300"},
	    {"cut short", "END:VTIMEZONE", ""},
	    {"another head", "REGBOT-VTIMEZONE", "REGBOT-VTIMEZONF"},
	    {"no head", "REGBOT-VTIMEZONE ", ""},
	};
	for (size_t i = 0; i < NELEM(bad); i++) {
		char *p = strstr(good, bad[i].from);
		assert_non_null(p);
		free(k.text[0]);
		k.text[0] = xasprintf("%.*s%s%s", (int)(p - good), good,
				      bad[i].to, p + strlen(bad[i].from));
		k.saves = 0;
		calendar_set_zone_cache(&zc);
		char *got = build(&cfg, &rq, "nl");
		if (strcmp(got, made) != 0)
			fail_msg("%s: the damaged text was used", bad[i].label);
		assert_int_equal(k.saves, 1);
		assert_string_equal(k.text[0], good);
		free(got);
	}

	/* a new program makes it anew */
	zc.version = "2";
	k.saves = 0;
	calendar_set_zone_cache(&zc);
	free(build(&cfg, &rq, "nl"));
	assert_int_equal(k.saves, 1);
	assert_string_not_equal(k.text[0], good);

	/* another zone's text under this name is not this zone's */
	cfg.timezone = "Asia/Tokyo";
	calendar_set_zone_cache(&zc);
	free(build(&cfg, &rq, "nl"));
	assert_int_equal(k.n, 2);
	free(k.text[0]);
	k.text[0] = xstrdup(k.text[1]);
	cfg.timezone = "Europe/Amsterdam";
	k.saves = 0;
	calendar_set_zone_cache(&zc);
	char *got = build(&cfg, &rq, "nl");
	assert_string_equal(got, made);
	assert_int_equal(k.saves, 1);
	free(got);

	calendar_set_zone_cache(NULL);
	kept_free(&k);
	free(good);
	free(made);
}

/* ---- identity and versions ------------------------------------------ */

static void
test_uid_and_fingerprint(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	char *u = calendar_uid(&cfg, "7KQ2M-X9H4D", 2);
	assert_string_equal(u, "7kq2m-x9h4d-day2@example.org");
	free(u);
	char *a = calendar_day_fingerprint(&cfg, &brochure_days[0]);
	char *b = calendar_day_fingerprint(&cfg, &brochure_days[0]);
	char *c = calendar_day_fingerprint(&cfg, &brochure_days[1]);
	assert_int_equal(strlen(a), 16);
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	struct day moved = brochure_days[0];
	moved.start = "10:00";
	char *d = calendar_day_fingerprint(&cfg, &moved);
	assert_string_not_equal(a, d);
	cfg.venue = "Stadhuis";
	char *e = calendar_day_fingerprint(&cfg, &brochure_days[0]);
	assert_string_not_equal(a, e);
	free(a);
	free(b);
	free(c);
	free(d);
	free(e);
}

static void
test_next_sequence(void **state)
{
	(void)state;
	const enum calendar_method P = CALENDAR_PUBLISH, C = CALENDAR_CANCEL;
	static const struct {
		const char *label;
		int sent, prev_seq;
		const char *prev_fp;
		enum calendar_method prev_method;
		const char *fp;
		enum calendar_method method;
		int want;
	} t[] = {
	    {"first publish", 0, 0, NULL, CALENDAR_NONE, "aa", P, 0},
	    {"cancel never sent", 0, 0, NULL, CALENDAR_NONE, "aa", C, -1},
	    {"resend unchanged", 1, 0, "aa", P, "aa", P, 0},
	    {"resend unchanged later", 1, 3, "aa", P, "aa", P, 3},
	    {"day changed", 1, 0, "aa", P, "bb", P, 1},
	    {"day changed again", 1, 1, "bb", P, "cc", P, 2},
	    {"cancel", 1, 0, "aa", P, "aa", C, 1},
	    {"cancel after a change", 1, 2, "cc", P, "cc", C, 3},
	    {"cancel resent", 1, 1, "aa", C, "aa", C, 1},
	    {"published again", 1, 1, "aa", C, "aa", P, 2},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		int got = calendar_next_sequence(t[i].sent, t[i].prev_seq,
						 t[i].prev_fp, t[i].prev_method,
						 t[i].fp, t[i].method);
		if (got != t[i].want)
			fail_msg("%s: %d, want %d", t[i].label, got, t[i].want);
	}
	assert_string_equal(calendar_method_name(P), "PUBLISH");
	assert_string_equal(calendar_method_name(C), "CANCEL");
	assert_null(calendar_method_name(CALENDAR_NONE));
	assert_int_equal(calendar_method_from_name("CANCEL"), C);
	assert_int_equal(calendar_method_from_name("PUBLISH"), P);
	assert_int_equal(calendar_method_from_name("REQUEST"), CALENDAR_NONE);
	assert_string_equal(calendar_filename(P, "nl"), "agenda.ics");
	assert_string_equal(calendar_filename(C, "en"), "cancellation.ics");
	assert_non_null(strstr(calendar_content_type(C), "method=CANCEL"));
}

static void
test_errors(void **state)
{
	(void)state;
	struct config cfg;
	brochure(&cfg);
	static const struct {
		const char *label;
		enum calendar_method method;
		const char *code, *email, *tz;
		int only_day;
		const char *want;
	} t[] = {
	    {"no method", CALENDAR_NONE, "7KQ2M-X9H4D", NULL, NULL, 0,
	     "no method"},
	    {"no code", CALENDAR_PUBLISH, NULL, NULL, NULL, 0, "code"},
	    {"code with CRLF", CALENDAR_PUBLISH, "AB\r\nX-EVIL:1", NULL, NULL,
	     0, "code"},
	    {"attendee with CRLF", CALENDAR_CANCEL, "7KQ2M-X9H4D",
	     "a@example.org\r\nX-EVIL:1", NULL, 0, "attendee"},
	    {"unknown zone", CALENDAR_PUBLISH, "7KQ2M-X9H4D", NULL,
	     "Mars/Olympus_Mons", 0, "unknown time zone"},
	    {"no such day", CALENDAR_PUBLISH, "7KQ2M-X9H4D", NULL, NULL, 9,
	     "no [day 9]"},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		cfg.timezone = (char *)(t[i].tz ? t[i].tz : "Europe/Amsterdam");
		struct calendar_req rq = {.method = t[i].method,
					  .code = t[i].code,
					  .attendee_email = t[i].email,
					  .only_day = t[i].only_day};
		struct buf b;
		buf_init(&b, 1 << 20);
		buf_adds(&b, "keep");
		char *err = NULL;
		assert_int_equal(
		    calendar_build(&cfg, &rq, "nl", T_NOW, &b, &err), -1);
		assert_non_null(err);
		if (strstr(err, t[i].want) == NULL)
			fail_msg("%s: \"%s\" lacks \"%s\"", t[i].label, err,
				 t[i].want);
		assert_string_equal(buf_str(&b), "keep");
		free(err);
		buf_free(&b);
	}
	/* output limit */
	cfg.timezone = "Europe/Amsterdam";
	struct calendar_req rq = {.method = CALENDAR_PUBLISH,
				  .code = "7KQ2M-X9H4D"};
	struct buf b;
	buf_init(&b, 300);
	char *err = NULL;
	assert_int_equal(calendar_build(&cfg, &rq, "nl", T_NOW, &b, &err), -1);
	assert_non_null(strstr(err, "output limit"));
	assert_int_equal(b.len, 0);
	free(err);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_publish_dates_across_dst),
	    cmocka_unit_test(test_deterministic_and_english),
	    cmocka_unit_test(test_sequence_and_only_day),
	    cmocka_unit_test(test_cancel),
	    cmocka_unit_test(test_hostile_attendee),
	    cmocka_unit_test(test_other_zones),
	    cmocka_unit_test(test_kept_zones_same_bytes),
	    cmocka_unit_test(test_kept_zones_checked),
	    cmocka_unit_test(test_uid_and_fingerprint),
	    cmocka_unit_test(test_next_sequence),
	    cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests_name("calendar", tests, NULL, NULL);
}
