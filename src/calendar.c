/*
 * calendar — see calendar.h.
 *
 * The VTIMEZONE comes from libical's zone data (the system's tzdata), cut
 * down to the observances that have an onset in the course's years plus
 * the one in effect when those years begin: for Europe/Amsterdam in 2010
 * that is one DAYLIGHT and one STANDARD rule, which every calendar client
 * understands, instead of libical's full history back to 1835 with offsets
 * in seconds that some clients reject.  Its TZID is the plain zone name,
 * not libical's "/freeassociation.sourceforge.net/..." form.  Making it
 * starts ICU (libical's recurrence iterator opens an ICU calendar, when it
 * reads the zone's file and when the observances are walked): made once,
 * it is kept through the caller's calendar_zone_cache, so later processes
 * parse it instead.
 *
 * Ownership: strings returned are the caller's; libical objects live only
 * inside one call.  Error policy: bad arguments and impossible data are
 * errors with a message; nothing aborts except out of memory.
 */
#include "calendar.h"

#include <libical/ical.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"

enum {
	CN_BYTES = 200, /* attendee display names */
};

/* ---- texts --------------------------------------------------------- */

struct texts {
	const char *day; /* "dag" */
	const char *of;	 /* "van" */
	const char *doors, *start, *end, *hours;
	const char *place, *code, *how;
	const char *cancelled;
};

static const struct texts texts_nl = {
    .day = "dag",
    .of = "van",
    .doors = "Inloop vanaf",
    .start = "aanvang",
    .end = "einde",
    .hours = " uur",
    .place = "Locatie",
    .code = "Uw referentiecode",
    .how = "Afmelden of een collega sturen? Antwoord op uw "
	   "bevestigingsmail met uw referentiecode.",
    .cancelled = "Deze dag staat niet meer voor u gereserveerd.",
};

static const struct texts texts_en = {
    .day = "day",
    .of = "of",
    .doors = "Doors open",
    .start = "start",
    .end = "end",
    .hours = "",
    .place = "Venue",
    .code = "Your reference code",
    .how = "Cannot come, or sending a colleague? Reply to your "
	   "confirmation with your reference code.",
    .cancelled = "This day is no longer reserved for you.",
};

static const struct texts *
texts_for(const char *lang)
{
	return lang && !strcmp(lang, "en") ? &texts_en : &texts_nl;
}

const char *
calendar_method_name(enum calendar_method m)
{
	switch (m) {
	case CALENDAR_PUBLISH:
		return "PUBLISH";
	case CALENDAR_CANCEL:
		return "CANCEL";
	default:
		return NULL;
	}
}

enum calendar_method
calendar_method_from_name(const char *s)
{
	if (s && !strcmp(s, "PUBLISH"))
		return CALENDAR_PUBLISH;
	if (s && !strcmp(s, "CANCEL"))
		return CALENDAR_CANCEL;
	return CALENDAR_NONE;
}

const char *
calendar_filename(enum calendar_method m, const char *lang)
{
	int en = lang && !strcmp(lang, "en");
	if (m == CALENDAR_CANCEL)
		return en ? "cancellation.ics" : "afmelding.ics";
	return en ? "calendar.ics" : "agenda.ics";
}

const char *
calendar_content_type(enum calendar_method m)
{
	return m == CALENDAR_CANCEL
		   ? "text/calendar; charset=UTF-8; method=CANCEL"
		   : "text/calendar; charset=UTF-8; method=PUBLISH";
}

/* ---- identity and versions ----------------------------------------- */

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	/* a separator, so ("ab","c") and ("a","bc") differ */
	h ^= 0x1f;
	h *= 1099511628211ULL;
	return h;
}

char *
calendar_day_fingerprint(const struct config *cfg, const struct day *d)
{
	const char *parts[] = {d->date,	     d->start,	 d->end,
			       d->doors,     d->theme,	 cfg->venue,
			       cfg->address, cfg->title, cfg->timezone};
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		h = fnv1a(h, parts[i] ? parts[i] : "");
	return xasprintf("%016llx", (unsigned long long)h);
}

int
calendar_next_sequence(int sent, int prev_seq, const char *prev_fp,
		       enum calendar_method prev_method, const char *fp,
		       enum calendar_method method)
{
	if (!sent)
		return method == CALENDAR_CANCEL ? -1 : 0;
	if (prev_seq < 0)
		prev_seq = 0;
	int same =
	    prev_method == method && prev_fp && fp && !strcmp(prev_fp, fp);
	return same ? prev_seq : prev_seq + 1;
}

static int
code_ok(const char *code)
{
	size_t n = code ? strlen(code) : 0;
	if (n == 0 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = code[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-' || c == '_'))
			return 0;
	}
	return 1;
}

char *
calendar_uid(const struct config *cfg, const char *code, int day)
{
	const char *at = cfg->from_addr ? strrchr(cfg->from_addr, '@') : NULL;
	char *uid = xasprintf("%s-day%d@%s", code ? code : "", day,
			      at ? at + 1 : "regbot.invalid");
	str_lower(uid);
	return uid;
}

/* ---- time zone ----------------------------------------------------- */

static struct icaltimetype
local_time(int y, int mo, int d, int h, int mi)
{
	struct icaltimetype t = icaltime_null_time();
	t.year = y;
	t.month = mo;
	t.day = d;
	t.hour = h;
	t.minute = mi;
	t.second = 0;
	t.is_date = 0;
	return t;
}

/* Notes one onset t of an observance against [from, to). */
static void
onset_note(struct icaltimetype t, struct icaltimetype from,
	   struct icaltimetype to, int *in_range,
	   struct icaltimetype *latest_before)
{
	if (icaltime_compare(t, from) < 0) {
		if (icaltime_is_null_time(*latest_before) ||
		    icaltime_compare(t, *latest_before) > 0)
			*latest_before = t;
	} else if (icaltime_compare(t, to) < 0) {
		*in_range = 1;
	}
}

/* The onsets of one observance's DTSTART and RDATEs compared with
 * [from, to): *in_range when one falls inside, *latest_before the latest
 * one before `from`. */
static void
observance_fixed_onsets(icalcomponent *obs, struct icaltimetype from,
			struct icaltimetype to, int *in_range,
			struct icaltimetype *latest_before)
{
	*in_range = 0;
	*latest_before = icaltime_null_time();
	icalproperty *p =
	    icalcomponent_get_first_property(obs, ICAL_DTSTART_PROPERTY);
	if (p == NULL)
		return;
	struct icaltimetype start = icalproperty_get_dtstart(p);
	start.zone = NULL;
	/* DTSTART is the first onset */
	onset_note(start, from, to, in_range, latest_before);
	for (p = icalcomponent_get_first_property(obs, ICAL_RDATE_PROPERTY); p;
	     p = icalcomponent_get_next_property(obs, ICAL_RDATE_PROPERTY)) {
		struct icaltimetype t = icalproperty_get_rdate(p).time;
		t.zone = NULL;
		if (!icaltime_is_null_time(t))
			onset_note(t, from, to, in_range, latest_before);
	}
}

/* The latest moment an observance's RRULE can have an onset, as local
 * time with a day to spare (UNTIL is in UTC): 1 with *last when the
 * rule has an UNTIL, 0 when it has none (or there is no rule). */
static int
observance_rule_end(icalcomponent *obs, struct icaltimetype *last)
{
	icalproperty *p =
	    icalcomponent_get_first_property(obs, ICAL_RRULE_PROPERTY);
	if (p == NULL)
		return 0;
	struct icalrecurrencetype rule = icalproperty_get_rrule(p);
	if (icaltime_is_null_time(rule.until))
		return 0;
	struct icaltimetype u = rule.until;
	u.zone = NULL;
	u.is_date = 0;
	icaltime_adjust(&u, 1, 0, 0, 0);
	*last = u;
	return 1;
}

/* The onsets of the observance's RRULE, added to what
 * observance_fixed_onsets found. */
static void
observance_rule_onsets(icalcomponent *obs, struct icaltimetype from,
		       struct icaltimetype to, int *in_range,
		       struct icaltimetype *latest_before)
{
	icalproperty *p =
	    icalcomponent_get_first_property(obs, ICAL_DTSTART_PROPERTY);
	icalproperty *r =
	    icalcomponent_get_first_property(obs, ICAL_RRULE_PROPERTY);
	if (p == NULL || r == NULL)
		return;
	struct icaltimetype start = icalproperty_get_dtstart(p);
	start.zone = NULL;
	struct icalrecurrencetype rule = icalproperty_get_rrule(r);
	/* A rule that began years before the range is walked from the year
	 * before it (each step goes through ICU); only when that year has
	 * no onset before the range is it walked from its start. */
	struct icaltimetype skip = from;
	icaltime_adjust(&skip, -366, 0, 0, 0);
	int jump = rule.count == 0 && icaltime_compare(start, skip) < 0 &&
		   (icaltime_is_null_time(rule.until) ||
		    icaltime_compare(rule.until, from) > 0);
	for (int pass = jump ? 0 : 1; pass < 2; pass++) {
		icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
		if (it == NULL)
			return;
		if (pass == 0 && !icalrecur_iterator_set_start(it, skip)) {
			icalrecur_iterator_free(it);
			continue;
		}
		int found_before = 0;
		/* zone rules are yearly or rarer: a few hundred steps at
		 * most */
		for (int steps = 0; steps < 5000; steps++) {
			struct icaltimetype t = icalrecur_iterator_next(it);
			if (icaltime_is_null_time(t))
				break;
			t.zone = NULL;
			if (icaltime_compare(t, to) >= 0)
				break;
			found_before |= icaltime_compare(t, from) < 0;
			onset_note(t, from, to, in_range, latest_before);
		}
		icalrecur_iterator_free(it);
		if (found_before || pass == 1)
			break;
	}
}

static icalcomponent *vtimezone_make(const char *tzid, int first_year,
				     int last_year);

/* Building a VTIMEZONE walks the zone's recurrence rules through ICU and
 * costs far more than the rest of a reply; the result depends only on
 * its arguments (and the zone's data), so a few are kept in the process
 * and cloned, and through zone_cache between processes.  The process's
 * cache lives as long as the process (still reachable, not leaked). */
#define VTZ_CACHE 4
static struct {
	char tzid[64];
	int first, last;
	uint64_t file; /* zone_file_hash when it was made or loaded */
	int made;      /* made here from libical's zone data */
	icalcomponent *vtz;
} vtz_cache[VTZ_CACHE];

static const struct calendar_zone_cache *zone_cache;

/* Kept text: a line "REGBOT-VTIMEZONE <what it was made from> <hash of
 * the rest>", then the VTIMEZONE as libical writes it. */
#define ZONE_MAGIC "REGBOT-VTIMEZONE"
enum {
	ZONE_FILE_MAX = 1 << 20, /* a zone's TZif file is a few kB */
};
static const uint64_t FNV_BASIS = 14695981039346656037ULL;

static void
vtz_cache_clear(void)
{
	for (size_t i = 0; i < VTZ_CACHE; i++)
		icalcomponent_free(vtz_cache[i].vtz);
	memset(vtz_cache, 0, sizeof vtz_cache);
}

void
calendar_set_zone_cache(const struct calendar_zone_cache *zc)
{
	zone_cache = zc;
	vtz_cache_clear();
}

static uint64_t
fnv1a_bytes(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* A hash of the file libical reads the zone from (its zone directory:
 * the system's tzdata).  0 when there is no such file to vouch for what
 * is kept (libical's built-in data, a name that is no plain path, a file
 * that cannot be read): such a zone is made, never kept. */
static uint64_t
zone_file_hash(const char *tzid)
{
	if (icaltimezone_get_builtin_tzdata() || tzid[0] == '\0' ||
	    tzid[0] == '/' || strstr(tzid, "..") != NULL)
		return 0;
	const char *dir = icaltzutil_get_zone_directory();
	if (dir == NULL || dir[0] == '\0')
		return 0;
	char *path = xasprintf("%s/%s", dir, tzid);
	FILE *fp = fopen(path, "rb");
	free(path);
	if (fp == NULL)
		return 0;
	uint64_t h = FNV_BASIS;
	unsigned char chunk[4096];
	size_t n, total = 0;
	while (total <= ZONE_FILE_MAX &&
	       (n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		h = fnv1a_bytes(h, chunk, n);
		total += n;
	}
	int bad = ferror(fp) || total == 0 || total > ZONE_FILE_MAX;
	fclose(fp);
	return bad || h == 0 ? 0 : h;
}

/* What a kept VTIMEZONE must have been made from: this program, this
 * libical, the zone, the years and the zone's file. */
static uint64_t
zone_fingerprint(const char *tzid, int first_year, int last_year, uint64_t file)
{
	char years[32];
	snprintf(years, sizeof years, "%d-%d", first_year, last_year);
	uint64_t h = fnv1a(FNV_BASIS, zone_cache->version);
	h = fnv1a(h, ICAL_VERSION);
	h = fnv1a(h, tzid);
	h = fnv1a(h, years);
	return fnv1a_bytes(h, &file, sizeof file);
}

/* The name a zone's VTIMEZONE for these years is kept under:
 * "Europe.Amsterdam-2010-2010.ics". */
static char *
zone_name(const char *tzid, int first_year, int last_year)
{
	char *name = xasprintf("%s-%d-%d.ics", tzid, first_year, last_year);
	size_t end = strlen(name) - 4; /* the ".ics" stays */
	for (size_t i = 0; i < end; i++) {
		char c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		      c == '+'))
			name[i] = '.';
	}
	return name;
}

static char *
zone_head(uint64_t fp, const char *body)
{
	uint64_t h = fnv1a_bytes(FNV_BASIS, body, strlen(body));
	return xasprintf(ZONE_MAGIC " %016llx %016llx", (unsigned long long)fp,
			 (unsigned long long)h);
}

/* A kept VTIMEZONE, when `text` is one made from exactly `fp`: its first
 * line is zone_head's, and the rest parses as a VTIMEZONE with the plain
 * zone name as TZID and at least one observance.  NULL when not. */
static icalcomponent *
zone_from_text(const char *text, uint64_t fp, const char *tzid)
{
	const char *nl = strchr(text, '\n');
	if (nl == NULL)
		return NULL;
	char *head = zone_head(fp, nl + 1);
	int same = strlen(head) == (size_t)(nl - text) &&
		   !strncmp(text, head, (size_t)(nl - text));
	free(head);
	if (!same)
		return NULL;
	icalcomponent *vtz = icalparser_parse_string(nl + 1);
	if (vtz == NULL)
		return NULL;
	icalproperty *p =
	    icalcomponent_isa(vtz) == ICAL_VTIMEZONE_COMPONENT
		? icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)
		: NULL;
	const char *id = p ? icalproperty_get_tzid(p) : NULL;
	if (id == NULL || strcmp(id, tzid) != 0 ||
	    icalcomponent_count_errors(vtz) != 0 ||
	    (icalcomponent_get_first_component(vtz, ICAL_XSTANDARD_COMPONENT) ==
		 NULL &&
	     icalcomponent_get_first_component(vtz, ICAL_XDAYLIGHT_COMPONENT) ==
		 NULL)) {
		icalcomponent_free(vtz);
		return NULL;
	}
	return vtz;
}

static void
zone_save(const char *name, uint64_t fp, icalcomponent *vtz)
{
	char *body = icalcomponent_as_ical_string_r(vtz);
	if (body == NULL)
		return;
	char *head = zone_head(fp, body);
	char *text = xasprintf("%s\n%s", head, body);
	zone_cache->save(zone_cache->arg, name, text);
	free(text);
	free(head);
	free(body);
}

/* A VTIMEZONE for `tzid` covering the local years first_year..last_year:
 * from this process's cache, from zone_cache, or made.  NULL when
 * libical does not know the zone.  Caller frees. */
static icalcomponent *
vtimezone(const char *tzid, int first_year, int last_year)
{
	size_t i;
	for (i = 0; i < VTZ_CACHE && vtz_cache[i].vtz; i++)
		if (vtz_cache[i].first == first_year &&
		    vtz_cache[i].last == last_year &&
		    !strcmp(vtz_cache[i].tzid, tzid))
			return icalcomponent_new_clone(vtz_cache[i].vtz);
	if (icaltimezone_get_builtin_timezone(tzid) == NULL)
		return NULL;
	uint64_t file = zone_cache ? zone_file_hash(tzid) : 0;
	uint64_t fp =
	    file ? zone_fingerprint(tzid, first_year, last_year, file) : 0;
	char *name = fp ? zone_name(tzid, first_year, last_year) : NULL;
	icalcomponent *vtz = NULL;
	int made = 0;
	if (name) {
		char *text = zone_cache->load(zone_cache->arg, name);
		if (text)
			vtz = zone_from_text(text, fp, tzid);
		free(text);
	}
	if (vtz == NULL) {
		vtz = vtimezone_make(tzid, first_year, last_year);
		made = 1;
		/* libical reads a zone's file once per process: if this
		 * process made a VTIMEZONE of the zone from a file that has
		 * changed since (tzdata updated under a running daemon), this
		 * one is from the old data too, and is not kept where the
		 * next process would trust it. */
		for (size_t k = 0; k < i; k++)
			if (vtz_cache[k].made && vtz_cache[k].file != file &&
			    !strcmp(vtz_cache[k].tzid, tzid))
				fp = 0;
		if (vtz && fp && zone_cache->save)
			zone_save(name, fp, vtz);
	}
	free(name);
	if (vtz == NULL || strlen(tzid) >= sizeof vtz_cache[0].tzid)
		return vtz;
	if (i == VTZ_CACHE) {
		/* Full: the oldest entry makes room. */
		icalcomponent_free(vtz_cache[0].vtz);
		memmove(&vtz_cache[0], &vtz_cache[1],
			(VTZ_CACHE - 1) * sizeof vtz_cache[0]);
		i = VTZ_CACHE - 1;
	}
	strcpy(vtz_cache[i].tzid, tzid);
	vtz_cache[i].first = first_year;
	vtz_cache[i].last = last_year;
	vtz_cache[i].file = file;
	vtz_cache[i].made = made;
	vtz_cache[i].vtz = icalcomponent_new_clone(vtz);
	return vtz;
}

static icalcomponent *
vtimezone_make(const char *tzid, int first_year, int last_year)
{
	icaltimezone *zone = icaltimezone_get_builtin_timezone(tzid);
	if (zone == NULL)
		return NULL;
	icalcomponent *full = icaltimezone_get_component(zone);
	if (full == NULL)
		return NULL;
	icalcomponent *vtz = icalcomponent_new_clone(full);
	struct icaltimetype from = local_time(first_year, 1, 1, 0, 0);
	struct icaltimetype to = local_time(last_year + 1, 1, 1, 0, 0);

	/* Which observances to keep: those with an onset in range, and
	 * the one whose latest onset before the range is the latest.  A
	 * zone's history holds dozens of observances whose rules ended long
	 * before the range; walking their rules (through ICU) was most of
	 * the cost of a process's first calendar.  Such a rule is walked
	 * only when its end could still beat the latest onset found. */
	size_t n = 0, cap = 0;
	icalcomponent **obs = NULL;
	int *keep = NULL, *ended = NULL;
	struct icaltimetype *before = NULL, *last = NULL;
	for (icalcomponent *c =
		 icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT);
	     c; c = icalcomponent_get_next_component(vtz, ICAL_ANY_COMPONENT)) {
		icalcomponent_kind k = icalcomponent_isa(c);
		if (k != ICAL_XSTANDARD_COMPONENT &&
		    k != ICAL_XDAYLIGHT_COMPONENT)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			obs = xrealloc(obs, cap * sizeof *obs);
			keep = xrealloc(keep, cap * sizeof *keep);
			ended = xrealloc(ended, cap * sizeof *ended);
			before = xrealloc(before, cap * sizeof *before);
			last = xrealloc(last, cap * sizeof *last);
		}
		obs[n] = c;
		observance_fixed_onsets(c, from, to, &keep[n], &before[n]);
		ended[n] = observance_rule_end(c, &last[n]) &&
			   icaltime_compare(last[n], from) < 0;
		if (!ended[n])
			observance_rule_onsets(c, from, to, &keep[n],
					       &before[n]);
		n++;
	}
	/* A lower bound of the latest onset before the range: what is known
	 * so far (an ended rule's own onsets are not in yet). */
	struct icaltimetype best = icaltime_null_time();
	for (size_t i = 0; i < n; i++)
		if (!icaltime_is_null_time(before[i]) &&
		    (icaltime_is_null_time(best) ||
		     icaltime_compare(before[i], best) > 0))
			best = before[i];
	/* An ended rule's onsets matter only when its end is not before
	 * that bound; the others stay below it, and so cannot be the
	 * latest, nor tie with it. */
	for (size_t i = 0; i < n; i++)
		if (ended[i] && (icaltime_is_null_time(best) ||
				 icaltime_compare(last[i], best) >= 0))
			observance_rule_onsets(obs[i], from, to, &keep[i],
					       &before[i]);
	best = icaltime_null_time();
	size_t best_i = (size_t)-1;
	for (size_t i = 0; i < n; i++)
		if (!icaltime_is_null_time(before[i]) &&
		    (icaltime_is_null_time(best) ||
		     icaltime_compare(before[i], best) > 0)) {
			best = before[i];
			best_i = i;
		}
	if (best_i != (size_t)-1 && keep)
		keep[best_i] = 1;
	for (size_t i = 0; i < n; i++)
		if (!keep[i]) {
			icalcomponent_remove_component(vtz, obs[i]);
			icalcomponent_free(obs[i]);
		}
	free(obs);
	free(keep);
	free(ended);
	free(before);
	free(last);

	icalproperty *p =
	    icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
	if (p)
		icalproperty_set_tzid(p, tzid);
	else
		icalcomponent_add_property(vtz, icalproperty_new_tzid(tzid));
	return vtz;
}

/* ---- events -------------------------------------------------------- */

static int
parse_date(const char *s, int *y, int *m, int *d)
{
	int n = 0;
	return s && sscanf(s, "%4d-%2d-%2d%n", y, m, d, &n) == 3 && n == 10 &&
		       !s[n]
		   ? 0
		   : -1;
}

static int
parse_hm(const char *s, int *h, int *m)
{
	int n = 0;
	return s && sscanf(s, "%2d:%2d%n", h, m, &n) == 2 && n == 5 && !s[n] &&
		       *h >= 0 && *h < 24 && *m >= 0 && *m < 60
		   ? 0
		   : -1;
}

static icalproperty *
zoned(icalproperty *p, const char *tzid)
{
	icalproperty_add_parameter(p, icalparameter_new_tzid(tzid));
	return p;
}

/* Display name for a CN parameter: one line (compose's header
 * cleaning), no double quotes (a quoted parameter value cannot hold one),
 * at most CN_BYTES, cut at a character boundary. */
static char *
clean_cn(const char *s)
{
	char *c = compose_clean_header_text(s);
	for (char *p = c; *p; p++)
		if (*p == '"')
			*p = '\'';
	size_t n = strlen(c);
	if (n > CN_BYTES) {
		n = CN_BYTES;
		while (n > 0 && ((unsigned char)c[n] & 0xC0) == 0x80)
			n--;
		c[n] = '\0';
	}
	return c;
}

static int
seq_for(const struct calendar_req *rq, int day)
{
	for (size_t i = 0; i < rq->nseq; i++)
		if (rq->seq[i].day == day)
			return rq->seq[i].sequence > 0 ? rq->seq[i].sequence
						       : 0;
	return rq->base_sequence > 0 ? rq->base_sequence : 0;
}

static icalcomponent *
vevent(const struct config *cfg, const struct calendar_req *rq,
       const struct day *d, const struct texts *tx, struct icaltimetype stamp,
       char **err)
{
	int y, mo, dd, sh, sm, eh, em;
	if (parse_date(d->date, &y, &mo, &dd) < 0 ||
	    parse_hm(d->start, &sh, &sm) < 0 ||
	    parse_hm(d->end, &eh, &em) < 0) {
		*err = xasprintf("calendar: [day %d] has no usable date, start "
				 "and end",
				 d->number);
		return NULL;
	}
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	char *uid = calendar_uid(cfg, rq->code, d->number);
	icalcomponent_add_property(ev, icalproperty_new_uid(uid));
	free(uid);
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(
	    ev, icalproperty_new_sequence(seq_for(rq, d->number)));
	icalcomponent_add_property(
	    ev, zoned(icalproperty_new_dtstart(local_time(y, mo, dd, sh, sm)),
		      cfg->timezone));
	icalcomponent_add_property(
	    ev, zoned(icalproperty_new_dtend(local_time(y, mo, dd, eh, em)),
		      cfg->timezone));

	char *summary = xasprintf("%s, %s %d: %s", cfg->title, tx->day,
				  d->number, d->theme ? d->theme : "");
	if (!d->theme)
		summary[strlen(summary) - 2] = '\0';
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	free(summary);

	char *loc = NULL;
	if (cfg->venue && cfg->address)
		loc = xasprintf("%s, %s", cfg->venue, cfg->address);
	else if (cfg->venue || cfg->address)
		loc = xstrdup(cfg->venue ? cfg->venue : cfg->address);
	if (loc)
		icalcomponent_add_property(ev, icalproperty_new_location(loc));

	struct buf desc;
	buf_init(&desc, BUF_MAX_DEFAULT);
	if (rq->method == CALENDAR_CANCEL)
		buf_printf(&desc, "%s\n\n", tx->cancelled);
	buf_printf(&desc, "%s\n", cfg->title);
	char *dayword = xstrdup(tx->day);
	dayword[0] = (char)(dayword[0] - 'a' + 'A');
	buf_printf(&desc, "%s %d %s %zu", dayword, d->number, tx->of,
		   cfg->ndays);
	free(dayword);
	if (d->theme)
		buf_printf(&desc, ": %s", d->theme);
	buf_adds(&desc, "\n");
	if (d->doors)
		buf_printf(&desc, "%s %s, %s %s, %s %s%s.\n", tx->doors,
			   d->doors, tx->start, d->start, tx->end, d->end,
			   tx->hours);
	else {
		char *s = xasprintf("%s %s, %s %s%s.\n", tx->start, d->start,
				    tx->end, d->end, tx->hours);
		s[0] = (char)(s[0] - 'a' + 'A');
		buf_adds(&desc, s);
		free(s);
	}
	if (loc)
		buf_printf(&desc, "%s: %s\n", tx->place, loc);
	if (rq->method == CALENDAR_PUBLISH)
		buf_printf(&desc, "\n%s: %s\n%s", tx->code, rq->code, tx->how);
	if (desc.len && desc.p[desc.len - 1] == '\n')
		desc.p[--desc.len] = '\0';
	icalcomponent_add_property(
	    ev, icalproperty_new_description(buf_str(&desc)));
	buf_free(&desc);
	free(loc);

	if (cfg->organiser_email) {
		char *mailto = xasprintf("mailto:%s", cfg->organiser_email);
		icalproperty *org = icalproperty_new_organizer(mailto);
		free(mailto);
		if (cfg->organiser_name) {
			char *cn = clean_cn(cfg->organiser_name);
			if (*cn)
				icalproperty_add_parameter(
				    org, icalparameter_new_cn(cn));
			free(cn);
		}
		icalcomponent_add_property(ev, org);
	}
	if (rq->method == CALENDAR_CANCEL && rq->attendee_email) {
		char *mailto = xasprintf("mailto:%s", rq->attendee_email);
		icalproperty *att = icalproperty_new_attendee(mailto);
		free(mailto);
		if (rq->attendee_name) {
			char *cn = clean_cn(rq->attendee_name);
			if (*cn)
				icalproperty_add_parameter(
				    att, icalparameter_new_cn(cn));
			free(cn);
		}
		icalcomponent_add_property(ev, att);
	}
	icalcomponent_add_property(
	    ev, icalproperty_new_status(rq->method == CALENDAR_CANCEL
					    ? ICAL_STATUS_CANCELLED
					    : ICAL_STATUS_CONFIRMED));
	icalcomponent_add_property(ev,
				   icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
	return ev;
}

/* An attendee address fit for a mailto: URI. */
static int
email_ok(const char *a)
{
	if (a == NULL)
		return 1;
	const char *at = strchr(a, '@');
	if (at == NULL || at == a || !at[1] || strlen(a) > 254)
		return 0;
	for (const char *p = a; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f ||
		    strchr("<>\"\\,;:", *p))
			return 0;
	return 1;
}

int
calendar_build(const struct config *cfg, const struct calendar_req *rq,
	       const char *lang, time_t now, struct buf *out, char **err)
{
	*err = NULL;
	if (rq == NULL || calendar_method_name(rq->method) == NULL) {
		*err = xstrdup("calendar: no method (PUBLISH or CANCEL)");
		return -1;
	}
	if (!code_ok(rq->code)) {
		*err = xstrdup("calendar: registration code missing or not "
			       "letters, digits and dashes");
		return -1;
	}
	if (!email_ok(rq->attendee_email)) {
		*err = xstrdup("calendar: attendee address unusable");
		return -1;
	}
	const struct day **days = xcalloc(cfg->ndays + 1, sizeof *days);
	size_t n = 0;
	int first_year = 0, last_year = 0;
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		if (rq->only_day && d->number != rq->only_day)
			continue;
		int y, m, dd;
		if (parse_date(d->date, &y, &m, &dd) < 0) {
			*err = xasprintf("calendar: [day %d] has no usable "
					 "date",
					 d->number);
			free(days);
			return -1;
		}
		if (n == 0 || y < first_year)
			first_year = y;
		if (n == 0 || y > last_year)
			last_year = y;
		days[n++] = d;
	}
	if (n == 0) {
		*err = rq->only_day
			   ? xasprintf("calendar: there is no [day %d]",
				       rq->only_day)
			   : xstrdup("calendar: no course days");
		free(days);
		return -1;
	}
	icalcomponent *vtz = vtimezone(cfg->timezone, first_year, last_year);
	if (vtz == NULL) {
		*err = xasprintf("calendar: unknown time zone '%s'",
				 cfg->timezone ? cfg->timezone : "");
		free(days);
		return -1;
	}
	const struct texts *tx = texts_for(lang);
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	char *prodid = xasprintf("-//regbot//regbot//%s",
				 lang && !strcmp(lang, "en") ? "EN" : "NL");
	icalcomponent_add_property(cal, icalproperty_new_prodid(prodid));
	free(prodid);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(
	    cal, icalproperty_new_method(rq->method == CALENDAR_CANCEL
					     ? ICAL_METHOD_CANCEL
					     : ICAL_METHOD_PUBLISH));
	icalcomponent_add_component(cal, vtz);
	struct icaltimetype stamp = icaltime_from_timet_with_zone(
	    now, 0, icaltimezone_get_utc_timezone());
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		icalcomponent *ev = vevent(cfg, rq, days[i], tx, stamp, err);
		if (ev == NULL)
			rc = -1;
		else
			icalcomponent_add_component(cal, ev);
	}
	free(days);
	if (rc == 0) {
		char *text = icalcomponent_as_ical_string_r(cal);
		if (text == NULL) {
			*err = xstrdup("calendar: libical could not write the "
				       "calendar");
			rc = -1;
		} else {
			/* libical ends lines with CRLF already; make sure:
			 * copied a line at a time, a bare LF made CRLF */
			size_t start = out->len;
			for (const char *p = text; *p && rc == 0;) {
				const char *lf = strchr(p, '\n');
				size_t k = lf ? (size_t)(lf - p) : strlen(p);
				if (lf && k > 0 && p[k - 1] == '\r')
					k--;
				if (buf_add(out, p, k) < 0 ||
				    (lf && buf_add(out, "\r\n", 2) < 0))
					rc = -1;
				p = lf ? lf + 1 : p + k;
			}
			if (rc < 0) {
				out->len = start;
				if (out->p)
					out->p[start] = '\0';
				*err = xasprintf("calendar: larger than the "
						 "output limit of %zu bytes",
						 out->max);
			}
			free(text);
		}
	}
	icalcomponent_free(cal);
	return rc;
}
