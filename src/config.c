/*
 * config — load and validate the INI configuration (see config.h).
 *
 * inih does the INI syntax; a line-counting reader gives every key its line
 * number (inih's handler has none in Debian's build) and reports syntax
 * errors on every line, not only the first.  Keys are table-driven per
 * section kind.  Errors never stop the scan: each one is collected as
 * "FILE:LINE: message" and config_load fails at the end if there were any.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "clock.h"
#include "policy.h"
#include "util.h"

enum sect {
	S_NONE,
	S_IMAP,
	S_SMTP,
	S_ROBOT,
	S_ORGANISER,
	S_EVENT,
	S_POOL,
	S_DAY
};

struct loader {
	struct config *cfg;
	struct config_errors *errs;
	const char *path;
	FILE *fp;
	int lineno;
	int continuation;    /* current line is an indented continuation */
	int after_value;     /* the last line with text was a key's value */
	int syntax_reported; /* the reader reported this line already */
	char *line;
	size_t linecap;
	enum sect sect;
	char *sect_name;
	char **seen; /* "section\nkey" already set, for duplicates */
	size_t nseen;
	int has[8];	/* a section kind was present */
	int line_of[8]; /* where it started */
	int imap_url_line, smtp_url_line, from_line;
	int mailbox_line, processed_line;
	int header_line; /* of the last [section] header read; inih
			  * opens the section at its first key */
	int reminder_days_set;
};

static void __attribute__((format(printf, 3, 4)))
err_at(struct loader *ld, int line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	struct config_errors *e = ld->errs;
	e->msgs = xrealloc(e->msgs, (e->n + 1) * sizeof *e->msgs);
	if (line > 0)
		e->msgs[e->n++] = xasprintf("%s:%d: %s", ld->path, line, msg);
	else
		e->msgs[e->n++] = xasprintf("%s: %s", ld->path, msg);
}

/* ---- value parsers: each returns 0 or -1 after reporting ---- */

static int
set_string(struct loader *ld, const char *key, const char *v, char **dst)
{
	if (*v == '\0') {
		err_at(ld, ld->lineno, "%s: empty value", key);
		return -1;
	}
	free(*dst);
	*dst = xstrdup(v);
	return 0;
}

static int
set_long(struct loader *ld, const char *key, const char *v, long min, long max,
	 long *dst)
{
	if (str_tolong(v, min, max, dst) < 0) {
		err_at(ld, ld->lineno,
		       "%s: '%s' is not a whole number from %ld to %ld", key, v,
		       min, max);
		return -1;
	}
	return 0;
}

int
config_parse_money(const char *s, long *cents)
{
	long units = 0, frac = 0;
	const char *p = s;
	int digits = 0;
	if (!isdigit((unsigned char)*p))
		return -1;
	for (; isdigit((unsigned char)*p); p++) {
		if (units > 100000000L)
			return -1;
		units = units * 10 + (*p - '0');
	}
	if (*p == '.' || *p == ',') {
		for (p++; isdigit((unsigned char)*p); p++) {
			if (++digits > 2)
				return -1;
			frac = frac * 10 + (*p - '0');
		}
		if (digits == 0)
			return -1;
		if (digits == 1)
			frac *= 10;
	}
	if (*p != '\0')
		return -1;
	*cents = units * 100 + frac;
	return 0;
}

static int
set_money(struct loader *ld, const char *key, const char *v, long *dst)
{
	if (config_parse_money(v, dst) < 0) {
		err_at(ld, ld->lineno, "%s: '%s' is not an amount like 1000.00",
		       key, v);
		return -1;
	}
	return 0;
}

static int
valid_hhmm(const char *v)
{
	return strlen(v) == 5 && isdigit((unsigned char)v[0]) &&
	       isdigit((unsigned char)v[1]) && v[2] == ':' &&
	       isdigit((unsigned char)v[3]) && isdigit((unsigned char)v[4]) &&
	       (v[0] - '0') * 10 + (v[1] - '0') < 24 &&
	       (v[3] - '0') * 10 + (v[4] - '0') < 60;
}

static int
set_time(struct loader *ld, const char *key, const char *v, char **dst)
{
	if (!valid_hhmm(v)) {
		err_at(ld, ld->lineno, "%s: '%s' is not a time like 09:45", key,
		       v);
		return -1;
	}
	return set_string(ld, key, v, dst);
}

static int
valid_date(const char *v)
{
	int y, m, d;
	char tail;
	static const int mdays[] = {31, 29, 31, 30, 31, 30,
				    31, 31, 30, 31, 30, 31};
	if (strlen(v) != 10 || v[4] != '-' || v[7] != '-')
		return 0;
	if (sscanf(v, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return 0;
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 &&
	    !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}

static int
set_tls(struct loader *ld, const char *v, enum tls_mode *dst)
{
	static const struct {
		const char *name;
		enum tls_mode m;
	} t[] = {{"verify", TLS_VERIFY},
		 {"starttls", TLS_STARTTLS},
		 {"none", TLS_NONE}};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		if (strcmp(v, t[i].name) == 0) {
			*dst = t[i].m;
			return 0;
		}
	err_at(ld, ld->lineno, "tls: '%s' is not one of verify, starttls, none",
	       v);
	return -1;
}

/* Splits "Display Name <addr@host>" or "addr@host". */
static int
split_address(const char *v, char **name, char **addr)
{
	const char *lt = strrchr(v, '<');
	if (lt == NULL) {
		if (strchr(v, '@') == NULL || strpbrk(v, " \t<>\""))
			return -1;
		*name = NULL;
		*addr = xstrdup(v);
		return 0;
	}
	const char *gt = strchr(lt, '>');
	if (gt == NULL || gt[1] != '\0' || gt - lt < 4)
		return -1;
	char *a = xstrndup(lt + 1, (size_t)(gt - lt - 1));
	if (strchr(a, '@') == NULL || strpbrk(a, " \t<>\"")) {
		free(a);
		return -1;
	}
	char *n = xstrndup(v, (size_t)(lt - v));
	str_trim(n);
	size_t nl = strlen(n);
	if (nl >= 2 && n[0] == '"' && n[nl - 1] == '"') {
		memmove(n, n + 1, nl - 2);
		n[nl - 2] = '\0';
	}
	*name = *n ? n : NULL;
	if (*n == '\0')
		free(n);
	*addr = a;
	return 0;
}

static int
set_email(struct loader *ld, const char *key, const char *v, char **dst)
{
	char *name = NULL, *addr = NULL;
	if (split_address(v, &name, &addr) < 0 || name != NULL) {
		free(name);
		free(addr);
		err_at(ld, ld->lineno,
		       "%s: '%s' is not an address like "
		       "someone@example.org",
		       key, v);
		return -1;
	}
	free(*dst);
	*dst = addr;
	return 0;
}

/* Reads a secret: the file must belong to nobody else's eyes. */
static void
load_password(struct loader *ld, int line, struct endpoint *ep)
{
	struct stat st;
	if (stat(ep->password_file, &st) < 0) {
		err_at(ld, line, "password_file %s: %s", ep->password_file,
		       strerror(errno));
		return;
	}
	if (st.st_mode & 077) {
		err_at(ld, line,
		       "password_file %s is readable by others (mode %04o); "
		       "run: chmod 600 %s",
		       ep->password_file, (unsigned)(st.st_mode & 07777),
		       ep->password_file);
		return;
	}
	FILE *fp = fopen(ep->password_file, "r");
	if (fp == NULL) {
		err_at(ld, line, "password_file %s: %s", ep->password_file,
		       strerror(errno));
		return;
	}
	char *pw = NULL;
	size_t cap = 0;
	ssize_t n = getline(&pw, &cap, fp);
	fclose(fp);
	if (n <= 0) {
		free(pw);
		err_at(ld, line, "password_file %s is empty",
		       ep->password_file);
		return;
	}
	while (n > 0 && (pw[n - 1] == '\n' || pw[n - 1] == '\r'))
		pw[--n] = '\0';
	free(ep->password);
	ep->password = pw;
}

/* ---- sections ---- */

enum vtype {
	V_STR,
	V_LONG,
	V_MONEY,
	V_TIME,
	V_DATE,
	V_TLS,
	V_EMAIL,
	V_ADDRESS,
	V_URL,
	V_PWFILE,
	V_DOMAINS,
	V_BOOL,
	V_LIST
};

struct keydef {
	const char *key;
	enum vtype type;
	long min, max;
};

static const struct keydef imap_keys[] = {{"url", V_URL, 0, 0},
					  {"tls", V_TLS, 0, 0},
					  {"user", V_STR, 0, 0},
					  {"password_file", V_PWFILE, 0, 0},
					  {"ca_file", V_STR, 0, 0},
					  {"mailbox", V_STR, 0, 0},
					  {"processed", V_STR, 0, 0},
					  {"poll_interval", V_LONG, 1, 3600},
					  {"idle_refresh", V_LONG, 10, 1740},
					  {NULL, V_STR, 0, 0}};
static const struct keydef smtp_keys[] = {
    {"url", V_URL, 0, 0},      {"tls", V_TLS, 0, 0},
    {"user", V_STR, 0, 0},     {"password_file", V_PWFILE, 0, 0},
    {"ca_file", V_STR, 0, 0},  {"from", V_ADDRESS, 0, 0},
    {"reply_to", V_STR, 0, 0}, {"max_per_hour", V_LONG, 0, 100000},
    {NULL, V_STR, 0, 0}};
static const struct keydef robot_keys[] = {
    {"spool", V_STR, 0, 0},
    {"templates", V_STR, 0, 0},
    {"language", V_STR, 0, 0},
    {"rate_limit", V_LONG, 1, 1000},
    {"max_message_size", V_LONG, 1024, 1L << 30},
    {"raw_retention_days", V_LONG, 0, 36500},
    {"purge_after_days", V_LONG, 0, 36500},
    {"max_people", V_LONG, 1, 49},
    {"forward_limit", V_LONG, 1, 1000},
    {NULL, V_STR, 0, 0}};
static const struct keydef organiser_keys[] = {
    {"name", V_STR, 0, 0},
    {"email", V_EMAIL, 0, 0},
    {"digest_time", V_TIME, 0, 0},
    {"digest_skip_unchanged", V_BOOL, 0, 0},
    {"attendance_time", V_TIME, 0, 0},
    {NULL, V_STR, 0, 0}};
static const struct keydef event_keys[] = {{"title", V_STR, 0, 0},
					   {"timezone", V_STR, 0, 0},
					   {"fee", V_MONEY, 0, 0},
					   {"currency", V_STR, 0, 0},
					   {"venue", V_STR, 0, 0},
					   {"address", V_STR, 0, 0},
					   {"opens", V_STR, 0, 0},
					   {"closes", V_STR, 0, 0},
					   {"cancel_deadline", V_STR, 0, 0},
					   {"offer_hours", V_LONG, 0, 720},
					   {"reminder_days", V_STR, 0, 0},
					   {"reminder_time", V_TIME, 0, 0},
					   {"route", V_STR, 0, 0},
					   {"route_en", V_STR, 0, 0},
					   {NULL, V_STR, 0, 0}};
static const struct keydef pool_keys[] = {{"seats", V_LONG, 0, 100000},
					  {"domains", V_DOMAINS, 0, 0},
					  {"organisations", V_STR, 0, 0},
					  {"fee", V_MONEY, 0, 0},
					  {"release", V_STR, 0, 0},
					  {"release_to", V_STR, 0, 0},
					  {"org_cap", V_LONG, 1, 1000},
					  {"org_cap_until", V_STR, 0, 0},
					  {NULL, V_STR, 0, 0}};
static const struct keydef day_keys[] = {
    {"date", V_DATE, 0, 0}, {"start", V_TIME, 0, 0},
    {"end", V_TIME, 0, 0},  {"doors", V_TIME, 0, 0},
    {"theme", V_STR, 0, 0}, {"speakers", V_LIST, 0, 0},
    {NULL, V_STR, 0, 0}};

static const struct keydef *const sect_keys[] = {
    NULL,	    imap_keys,	smtp_keys, robot_keys,
    organiser_keys, event_keys, pool_keys, day_keys};

static struct pool *
cur_pool(struct loader *ld)
{
	return &ld->cfg->pools[ld->cfg->npools - 1];
}

static struct day *
cur_day(struct loader *ld)
{
	return &ld->cfg->days[ld->cfg->ndays - 1];
}

static void
parse_url(struct loader *ld, struct endpoint *ep, const char *v,
	  const char *plain, const char *tls, int defport_plain,
	  int defport_tls)
{
	const char *sep = strstr(v, "://");
	if (sep == NULL) {
		err_at(ld, ld->lineno, "url: '%s' is not like %s://host:port",
		       v, plain);
		return;
	}
	char *scheme = xstrndup(v, (size_t)(sep - v));
	str_lower(scheme);
	if (strcmp(scheme, plain) != 0 && strcmp(scheme, tls) != 0) {
		err_at(ld, ld->lineno, "url: scheme '%s' is not %s or %s",
		       scheme, plain, tls);
		free(scheme);
		return;
	}
	const char *host = sep + 3;
	size_t hl = strcspn(host, ":/");
	if (hl == 0) {
		err_at(ld, ld->lineno, "url: '%s' has no host", v);
		free(scheme);
		return;
	}
	long port = strcmp(scheme, plain) == 0 ? defport_plain : defport_tls;
	if (host[hl] == ':') {
		char *ps = xstrndup(host + hl + 1, strcspn(host + hl + 1, "/"));
		if (str_tolong(ps, 1, 65535, &port) < 0) {
			err_at(ld, ld->lineno, "url: port '%s' is not 1-65535",
			       ps);
			free(ps);
			free(scheme);
			return;
		}
		free(ps);
	}
	free(ep->url);
	free(ep->scheme);
	free(ep->host);
	ep->url = xstrdup(v);
	ep->scheme = scheme;
	ep->host = xstrndup(host, hl);
	ep->port = (int)port;
}

static void
set_domains(struct loader *ld, struct pool *p, const char *v)
{
	char *copy = xstrdup(v);
	char *save = NULL;
	for (char *tok = strtok_r(copy, " ,;\t", &save); tok;
	     tok = strtok_r(NULL, " ,;\t", &save)) {
		str_lower(tok);
		if (*tok == '@')
			tok++;
		if (strchr(tok, '.') == NULL || strpbrk(tok, "@/:")) {
			err_at(ld, ld->lineno,
			       "domains: '%s' is not a mail domain", tok);
			continue;
		}
		p->domains = xrealloc(p->domains,
				      (p->ndomains + 2) * sizeof *p->domains);
		p->domains[p->ndomains++] = xstrdup(tok);
		p->domains[p->ndomains] = NULL;
	}
	free(copy);
}

/* A moment: "2010-05-15" (midnight in the event's timezone) or a full
 * ISO 8601 time; resolved to time_t once the timezone is known. */
static int
set_when(struct loader *ld, const char *key, const char *v, char **dst)
{
	time_t t;
	if (clock_parse_iso(v, &t) < 0) {
		err_at(ld, ld->lineno,
		       "%s: '%s' is not a date like 2010-05-15 "
		       "or a time like 2010-05-15T12:00:00+02:00",
		       key, v);
		return -1;
	}
	return set_string(ld, key, v, dst);
}

static time_t
resolve_when(const char *v, const char *tz)
{
	time_t t = 0;
	if (v == NULL || clock_parse_iso(v, &t) < 0)
		return 0;
	if (strlen(v) == 10) /* a date: midnight local time */
		t -= (time_t)clock_utc_offset(tz, t) * 60;
	return t;
}

static void
set_orgs(struct loader *ld, struct pool *p, const char *v)
{
	char *copy = xstrdup(v);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ";\n", &save); tok;
	     tok = strtok_r(NULL, ";\n", &save)) {
		char *key = policy_org_key(tok);
		if (*key == '\0') {
			free(key);
			continue;
		}
		p->orgs = xrealloc(p->orgs, (p->norgs + 1) * sizeof *p->orgs);
		p->org_names = xrealloc(p->org_names,
					(p->norgs + 1) * sizeof *p->org_names);
		p->org_names[p->norgs] = xstrdup(tok);
		str_trim(p->org_names[p->norgs]);
		p->orgs[p->norgs++] = key;
	}
	free(copy);
	if (p->norgs == 0)
		err_at(ld, ld->lineno,
		       "organisations: no name in '%s' "
		       "(separate names with ';')",
		       v);
}

static int
set_bool(struct loader *ld, const char *key, const char *v, int *dst)
{
	if (!strcasecmp(v, "yes") || !strcasecmp(v, "true") || !strcmp(v, "1"))
		*dst = 1;
	else if (!strcasecmp(v, "no") || !strcasecmp(v, "false") ||
		 !strcmp(v, "0"))
		*dst = 0;
	else {
		err_at(ld, ld->lineno, "%s: '%s' is not yes or no", key, v);
		return -1;
	}
	return 0;
}

/* "7, 1": whole days before a course day, each once; stored from the
 * earliest reminder to the latest.  "none": no reminders. */
static void
set_reminder_days(struct loader *ld, const char *v)
{
	struct config *c = ld->cfg;
	c->nreminder_days = 0;
	if (!strcasecmp(v, "none"))
		return;
	char *copy = xstrdup(v);
	char *save = NULL;
	for (char *tok = strtok_r(copy, " ,;\t", &save); tok;
	     tok = strtok_r(NULL, " ,;\t", &save)) {
		long n;
		if (str_tolong(tok, 1, 60, &n) < 0) {
			err_at(ld, ld->lineno,
			       "reminder_days: '%s' is not a "
			       "number of days from 1 to 60",
			       tok);
			continue;
		}
		int dup = 0;
		for (size_t i = 0; i < c->nreminder_days; i++)
			dup |= c->reminder_days[i] == n;
		if (dup) {
			err_at(ld, ld->lineno,
			       "reminder_days: %ld is listed "
			       "twice",
			       n);
			continue;
		}
		if (c->nreminder_days == CONFIG_REMINDERS_MAX) {
			err_at(ld, ld->lineno,
			       "reminder_days: at most %d "
			       "reminders",
			       CONFIG_REMINDERS_MAX);
			break;
		}
		size_t i = c->nreminder_days++;
		while (i > 0 && c->reminder_days[i - 1] < n) {
			c->reminder_days[i] = c->reminder_days[i - 1];
			i--;
		}
		c->reminder_days[i] = (int)n;
	}
	free(copy);
	if (c->nreminder_days == 0)
		err_at(ld, ld->lineno,
		       "reminder_days: no number of days in "
		       "'%s' (write none for no reminders)",
		       v);
}

/* One speaker per line (continuation lines) or per ';'. */
static void
add_speakers(struct day *d, const char *v)
{
	char *copy = xstrdup(v);
	char *save = NULL;
	for (char *tok = strtok_r(copy, ";", &save); tok;
	     tok = strtok_r(NULL, ";", &save)) {
		str_trim(tok);
		if (*tok == '\0')
			continue;
		d->speakers = xrealloc(d->speakers, (d->nspeakers + 1) *
							sizeof *d->speakers);
		d->speakers[d->nspeakers++] = xstrdup(tok);
	}
	free(copy);
}

static void
apply(struct loader *ld, const char *key, const char *v)
{
	struct config *c = ld->cfg;
	switch (ld->sect) {
	case S_IMAP:
	case S_SMTP: {
		struct endpoint *ep = ld->sect == S_IMAP ? &c->imap : &c->smtp;
		if (!strcmp(key, "url")) {
			if (ld->sect == S_IMAP) {
				ld->imap_url_line = ld->lineno;
				parse_url(ld, ep, v, "imap", "imaps", 143, 993);
			} else {
				ld->smtp_url_line = ld->lineno;
				parse_url(ld, ep, v, "smtp", "smtps", 587, 465);
			}
		} else if (!strcmp(key, "tls"))
			set_tls(ld, v, &ep->tls);
		else if (!strcmp(key, "user"))
			set_string(ld, key, v, &ep->user);
		else if (!strcmp(key, "password_file")) {
			if (set_string(ld, key, v, &ep->password_file) == 0)
				load_password(ld, ld->lineno, ep);
		} else if (!strcmp(key, "ca_file"))
			set_string(ld, key, v, &ep->ca_file);
		else if (!strcmp(key, "mailbox")) {
			ld->mailbox_line = ld->lineno;
			set_string(ld, key, v, &c->mailbox);
		} else if (!strcmp(key, "processed")) {
			ld->processed_line = ld->lineno;
			set_string(ld, key, v, &c->processed);
		} else if (!strcmp(key, "poll_interval"))
			set_long(ld, key, v, 1, 3600, &c->poll_interval);
		else if (!strcmp(key, "idle_refresh"))
			set_long(ld, key, v, 10, 1740, &c->idle_refresh);
		else if (!strcmp(key, "max_per_hour"))
			set_long(ld, key, v, 0, 100000, &c->max_per_hour);
		else if (!strcmp(key, "from")) {
			char *n = NULL, *a = NULL;
			ld->from_line = ld->lineno;
			if (split_address(v, &n, &a) < 0) {
				err_at(ld, ld->lineno,
				       "from: '%s' is not an "
				       "address like Name <robot@example.org>",
				       v);
				break;
			}
			free(c->from_name);
			free(c->from_addr);
			c->from_name = n;
			c->from_addr = a;
		} else if (!strcmp(key, "reply_to"))
			set_string(ld, key, v, &c->reply_to);
		break;
	}
	case S_ROBOT:
		if (!strcmp(key, "spool"))
			set_string(ld, key, v, &c->spool);
		else if (!strcmp(key, "templates"))
			set_string(ld, key, v, &c->templates);
		else if (!strcmp(key, "language")) {
			if (strcmp(v, "nl") && strcmp(v, "en"))
				err_at(ld, ld->lineno,
				       "language: '%s' is not nl or en", v);
			else
				set_string(ld, key, v, &c->language);
		} else if (!strcmp(key, "rate_limit"))
			set_long(ld, key, v, 1, 1000, &c->rate_limit);
		else if (!strcmp(key, "max_message_size"))
			set_long(ld, key, v, 1024, 1L << 30,
				 &c->max_message_size);
		else if (!strcmp(key, "raw_retention_days"))
			set_long(ld, key, v, 0, 36500, &c->raw_retention_days);
		else if (!strcmp(key, "purge_after_days"))
			set_long(ld, key, v, 0, 36500, &c->purge_after_days);
		else if (!strcmp(key, "max_people"))
			set_long(ld, key, v, 1, 49, &c->max_people);
		else if (!strcmp(key, "forward_limit"))
			set_long(ld, key, v, 1, 1000, &c->forward_limit);
		break;
	case S_ORGANISER:
		if (!strcmp(key, "name"))
			set_string(ld, key, v, &c->organiser_name);
		else if (!strcmp(key, "email"))
			set_email(ld, key, v, &c->organiser_email);
		else if (!strcmp(key, "digest_time"))
			set_time(ld, key, v, &c->digest_time);
		else if (!strcmp(key, "digest_skip_unchanged"))
			set_bool(ld, key, v, &c->digest_skip_unchanged);
		else if (!strcmp(key, "attendance_time"))
			set_time(ld, key, v, &c->attendance_time);
		break;
	case S_EVENT:
		if (!strcmp(key, "title"))
			set_string(ld, key, v, &c->title);
		else if (!strcmp(key, "timezone")) {
			/* Checked against the zone data that converts every
			 * local time (libical's): an unknown zone would
			 * silently be UTC. */
			if (strstr(v, "..") || v[0] == '/' ||
			    strchr(v, '/') == NULL || !clock_zone_known(v))
				err_at(
				    ld, ld->lineno,
				    "timezone: '%s' is not "
				    "a known zone name like Europe/Amsterdam",
				    v);
			else
				set_string(ld, key, v, &c->timezone);
		} else if (!strcmp(key, "fee"))
			set_money(ld, key, v, &c->fee_cents);
		else if (!strcmp(key, "currency"))
			set_string(ld, key, v, &c->currency);
		else if (!strcmp(key, "venue"))
			set_string(ld, key, v, &c->venue);
		else if (!strcmp(key, "address"))
			set_string(ld, key, v, &c->address);
		else if (!strcmp(key, "opens"))
			set_when(ld, key, v, &c->opens);
		else if (!strcmp(key, "closes"))
			set_when(ld, key, v, &c->closes);
		else if (!strcmp(key, "cancel_deadline"))
			set_when(ld, key, v, &c->cancel_deadline);
		else if (!strcmp(key, "offer_hours"))
			set_long(ld, key, v, 0, 720, &c->offer_hours);
		else if (!strcmp(key, "reminder_days")) {
			ld->reminder_days_set = 1;
			set_reminder_days(ld, v);
		} else if (!strcmp(key, "reminder_time"))
			set_time(ld, key, v, &c->reminder_time);
		else if (!strcmp(key, "route"))
			set_string(ld, key, v, &c->route);
		else if (!strcmp(key, "route_en"))
			set_string(ld, key, v, &c->route_en);
		break;
	case S_POOL: {
		struct pool *p = cur_pool(ld);
		if (!strcmp(key, "seats")) {
			if (set_long(ld, key, v, 0, 100000, &p->seats) < 0)
				p->seats = 0; /* reported; not "missing" too */
		} else if (!strcmp(key, "domains"))
			set_domains(ld, p, v);
		else if (!strcmp(key, "fee"))
			set_money(ld, key, v, &p->fee_cents);
		else if (!strcmp(key, "organisations"))
			set_orgs(ld, p, v);
		else if (!strcmp(key, "release"))
			set_when(ld, key, v, &p->release);
		else if (!strcmp(key, "release_to"))
			set_string(ld, key, v, &p->release_to);
		else if (!strcmp(key, "org_cap"))
			set_long(ld, key, v, 1, 1000, &p->org_cap);
		else if (!strcmp(key, "org_cap_until"))
			set_when(ld, key, v, &p->org_cap_until);
		break;
	}
	case S_DAY: {
		struct day *d = cur_day(ld);
		if (!strcmp(key, "date")) {
			d->date_line = ld->lineno;
			if (!valid_date(v))
				err_at(ld, ld->lineno,
				       "date: '%s' is not a "
				       "date like 2010-06-01",
				       v);
			else
				set_string(ld, key, v, &d->date);
		} else if (!strcmp(key, "start"))
			set_time(ld, key, v, &d->start);
		else if (!strcmp(key, "end"))
			set_time(ld, key, v, &d->end);
		else if (!strcmp(key, "doors"))
			set_time(ld, key, v, &d->doors);
		else if (!strcmp(key, "theme"))
			set_string(ld, key, v, &d->theme);
		else if (!strcmp(key, "speakers"))
			add_speakers(d, v);
		break;
	}
	case S_NONE:
		break;
	}
}

static void
open_section(struct loader *ld, const char *section)
{
	static const struct {
		const char *name;
		enum sect s;
	} fixed[] = {{"imap", S_IMAP},
		     {"smtp", S_SMTP},
		     {"robot", S_ROBOT},
		     {"organiser", S_ORGANISER},
		     {"event", S_EVENT}};
	struct config *c = ld->cfg;
	free(ld->sect_name);
	ld->sect_name = xstrdup(section);
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		if (strcmp(section, fixed[i].name) == 0) {
			if (ld->has[fixed[i].s])
				err_at(ld, ld->header_line,
				       "section [%s] appears twice", section);
			ld->has[fixed[i].s] = 1;
			ld->line_of[fixed[i].s] = ld->header_line;
			ld->sect = fixed[i].s;
			return;
		}
	if (strncmp(section, "pool ", 5) == 0) {
		char *name = str_trim(xstrdup(section + 5));
		if (*name == '\0' || strpbrk(name, " \t\"'<>&")) {
			err_at(ld, ld->header_line,
			       "[%s]: a pool name is one word", section);
		} else if (config_pool_by_name(c, name)) {
			err_at(ld, ld->header_line,
			       "pool '%s' is defined twice", name);
		}
		c->pools =
		    xrealloc(c->pools, (c->npools + 1) * sizeof *c->pools);
		c->pools[c->npools++] = (struct pool){.name = name,
						      .seats = -1,
						      .fee_cents = -1,
						      .line = ld->header_line};
		ld->sect = S_POOL;
		ld->has[S_POOL] = 1;
		return;
	}
	if (strncmp(section, "day ", 4) == 0) {
		long n;
		if (str_tolong(section + 4, 1, 366, &n) < 0) {
			err_at(ld, ld->header_line,
			       "[%s]: a day section is [day N], N from 1",
			       section);
			n = 0;
		}
		for (size_t i = 0; n && i < c->ndays; i++)
			if (c->days[i].number == n)
				err_at(ld, ld->header_line,
				       "day %ld is defined twice", n);
		c->days = xrealloc(c->days, (c->ndays + 1) * sizeof *c->days);
		c->days[c->ndays++] =
		    (struct day){.number = (int)n, .line = ld->header_line};
		ld->sect = S_DAY;
		ld->has[S_DAY] = 1;
		return;
	}
	/* The reader reported the unknown section with its line. */
	ld->sect = S_NONE;
}

static int
handler(void *user, const char *section, const char *name, const char *value)
{
	struct loader *ld = user;
	if (ld->sect_name == NULL || strcmp(ld->sect_name, section) != 0)
		open_section(ld, section);
	if (ld->sect == S_NONE) {
		if (*section == '\0')
			err_at(ld, ld->lineno, "'%s' is outside any [section]",
			       name);
		return 1;
	}
	const struct keydef *kd = sect_keys[ld->sect];
	while (kd->key && strcmp(kd->key, name) != 0)
		kd++;
	if (kd->key == NULL) {
		err_at(ld, ld->lineno, "unknown key '%s' in [%s]", name,
		       section);
		return 1;
	}
	/* An indented line continues the previous value: only lists and
	 * free text may do that. */
	if (ld->continuation) {
		char *cv = str_trim(xstrdup(value));
		if (kd->type == V_DOMAINS)
			set_domains(ld, cur_pool(ld), cv);
		else if (kd->type == V_LIST)
			add_speakers(cur_day(ld), cv);
		else
			err_at(ld, ld->lineno,
			       "%s: a value must fit on one "
			       "line",
			       name);
		free(cv);
		return 1;
	}
	char *mark = xasprintf("%s\n%s", section, name);
	for (size_t i = 0; i < ld->nseen; i++)
		if (strcmp(ld->seen[i], mark) == 0) {
			err_at(ld, ld->lineno, "%s is set twice in [%s]", name,
			       section);
			free(mark);
			return 1;
		}
	ld->seen = xrealloc(ld->seen, (ld->nseen + 1) * sizeof *ld->seen);
	ld->seen[ld->nseen++] = mark;
	char *v = str_trim(xstrdup(value));
	apply(ld, name, v);
	free(v);
	return 1;
}

/* inih's reader: counts lines and checks each one's shape, so every
 * syntax error is reported with its line, not only the first. */
static char *
reader(char *str, int num, void *stream)
{
	struct loader *ld = stream;
	ssize_t n = getline(&ld->line, &ld->linecap, ld->fp);
	if (n < 0)
		return NULL;
	ld->lineno++;
	ld->syntax_reported = 0;
	char *l = ld->line;
	while (n > 0 && (l[n - 1] == '\n' || l[n - 1] == '\r'))
		l[--n] = '\0';
	ld->continuation = n > 0 && (l[0] == ' ' || l[0] == '\t');
	const char *t = l;
	while (*t == ' ' || *t == '\t')
		t++;
	if (*t == '[' && strchr(t, ']')) {
		char *name = xstrndup(t + 1, (size_t)(strchr(t, ']') - t - 1));
		str_trim(name);
		static const char *known[] = {"imap",	   "smtp",  "robot",
					      "organiser", "event", NULL};
		int ok =
		    !strncmp(name, "pool ", 5) || !strncmp(name, "day ", 4);
		for (int i = 0; known[i] && !ok; i++)
			ok = !strcmp(name, known[i]);
		if (!ok)
			err_at(ld, ld->lineno, "unknown section [%s]", name);
		free(name);
	}
	/* An indented line after a key's value continues that value
	 * (inih's multi-line values): the handler decides whether the key
	 * takes more lines. */
	int continues = ld->continuation && ld->after_value;
	if (*t && *t != ';' && *t != '#' && !continues) {
		if (*t == '[' ? strchr(t, ']') == NULL
			      : strpbrk(t, "=:") == NULL) {
			err_at(ld, ld->lineno,
			       *t == '[' ? "section header without ']'"
					 : "expected 'key = value'");
			ld->syntax_reported = 1;
		}
	}
	if (*t == '[') {
		ld->after_value = 0;
		ld->header_line = ld->lineno;
	} else if (*t && *t != ';' && *t != '#')
		ld->after_value = 1;
	if (n >= num - 1) {
		err_at(ld, ld->lineno, "line is longer than %d characters",
		       num - 2);
		n = num - 2;
	}
	memcpy(str, l, (size_t)n);
	str[n] = '\n';
	str[n + 1] = '\0';
	return str;
}

static void
check_endpoint(struct loader *ld, struct endpoint *ep, const char *sect,
	       const char *tls_scheme, int url_line)
{
	int kind = sect[0] == 'i' ? S_IMAP : S_SMTP;
	if (ep->url == NULL) {
		if (ld->has[kind])
			err_at(ld, ld->line_of[kind], "[%s]: url is required",
			       sect);
		return;
	}
	int implicit = strcmp(ep->scheme, tls_scheme) == 0;
	if (implicit && ep->tls == TLS_NONE)
		err_at(ld, url_line, "[%s]: tls = none contradicts %s://", sect,
		       tls_scheme);
	if (implicit && ep->tls == TLS_STARTTLS)
		err_at(ld, url_line,
		       "[%s]: tls = starttls needs %.4s://, "
		       "not %s://",
		       sect, tls_scheme, tls_scheme);
	if ((ep->user == NULL) != (ep->password_file == NULL))
		err_at(ld, url_line,
		       "[%s]: user and password_file go "
		       "together",
		       sect);
}

/* Day sections: in order, numbered 1..N without gaps, dates ascending
 * (the programme, the calendar and the reminders list them in file
 * order and name them by number). */
static void
check_days(struct loader *ld)
{
	const struct config *cfg = ld->cfg;
	int max = 0, prev = 0;
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		if (d->number == 0) /* a bad [day N] header, reported */
			continue;
		if (d->number < prev)
			err_at(ld, d->line,
			       "[day %d] comes after [day %d]: "
			       "list the days in order",
			       d->number, prev);
		prev = d->number;
		if (d->number > max)
			max = d->number;
	}
	/* Each run of missing numbers once, where the next day starts. */
	for (int n = 1; n < max; n++) {
		if (config_day(cfg, n))
			continue;
		int m = n;
		while (!config_day(cfg, m + 1))
			m++;
		const struct day *next = config_day(cfg, m + 1);
		if (m == n)
			err_at(ld, next->line,
			       "[day %d]: there is no [day %d] "
			       "(days are numbered 1, 2, 3, ... without gaps)",
			       next->number, n);
		else
			err_at(ld, next->line,
			       "[day %d]: there are no [day %d] "
			       "to [day %d] (days are numbered 1, 2, 3, ... "
			       "without gaps)",
			       next->number, n, m);
		n = m;
	}
	/* Dates: each day after the one numbered before it. */
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		const struct day *p =
		    d->number > 1 ? config_day(cfg, d->number - 1) : NULL;
		if (p && p->date && d->date && strcmp(p->date, d->date) >= 0)
			err_at(ld, d->date_line ? d->date_line : d->line,
			       "[day %d]: date %s is not after day %d's date "
			       "%s",
			       d->number, d->date, p->number, p->date);
	}
}

/* The robot moves handled mail out of `mailbox` into `processed`: the
 * same folder would leave every message where it is fetched again.
 * INBOX is case-insensitive (RFC 3501), other names are not. */
static void
check_processed(struct loader *ld)
{
	const struct config *cfg = ld->cfg;
	int same = !strcasecmp(cfg->mailbox, "INBOX")
		       ? !strcasecmp(cfg->processed, "INBOX")
		       : !strcmp(cfg->mailbox, cfg->processed);
	if (!same)
		return;
	int line = ld->processed_line ? ld->processed_line : ld->mailbox_line;
	err_at(ld, line,
	       "[imap]: processed = %s is the mailbox the robot "
	       "reads (mailbox = %s); handled mail must go to another "
	       "folder",
	       cfg->processed, cfg->mailbox);
}

int
config_load(const char *path, struct config *cfg, struct config_errors *errs)
{
	memset(cfg, 0, sizeof *cfg);
	memset(errs, 0, sizeof *errs);
	struct loader ld = {.cfg = cfg, .errs = errs, .path = path};
	cfg->path = xstrdup(path);
	cfg->poll_interval = 60;
	cfg->idle_refresh = 1500;
	cfg->rate_limit = 3;
	cfg->max_message_size = 10L << 20;
	cfg->raw_retention_days = 180;
	cfg->purge_after_days = 365;
	cfg->max_people = 10;
	cfg->forward_limit = 3;
	cfg->fee_cents = -1;
	ld.fp = fopen(path, "r");
	if (ld.fp == NULL) {
		err_at(&ld, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	int r = ini_parse_stream(reader, &ld, handler, &ld);
	(void)r; /* the reader reported every syntax error with its line */
	fclose(ld.fp);
	free(ld.line);
	free(ld.sect_name);
	for (size_t i = 0; i < ld.nseen; i++)
		free(ld.seen[i]);
	free(ld.seen);

	static const struct {
		int s;
		const char *name;
	} required[] = {{S_IMAP, "imap"},	    {S_SMTP, "smtp"},
			{S_ORGANISER, "organiser"}, {S_EVENT, "event"},
			{S_POOL, "pool NAME"},	    {S_DAY, "day N"}};
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (!ld.has[required[i].s])
			err_at(&ld, 0, "section [%s] is missing",
			       required[i].name);
	check_endpoint(&ld, &cfg->imap, "imap", "imaps", ld.imap_url_line);
	check_endpoint(&ld, &cfg->smtp, "smtp", "smtps", ld.smtp_url_line);
	if (ld.has[S_IMAP] && cfg->imap.user == NULL)
		err_at(&ld, ld.line_of[S_IMAP],
		       "[imap]: user and password_file are required");
	if (ld.has[S_SMTP] && cfg->from_addr == NULL && ld.from_line == 0)
		err_at(&ld, ld.line_of[S_SMTP], "[smtp]: from is required");
	if (ld.has[S_ORGANISER] && cfg->organiser_email == NULL)
		err_at(&ld, ld.line_of[S_ORGANISER],
		       "[organiser]: email is required");
	if (ld.has[S_EVENT] && cfg->title == NULL)
		err_at(&ld, ld.line_of[S_EVENT], "[event]: title is required");
	if (ld.has[S_EVENT] && cfg->fee_cents < 0)
		err_at(&ld, ld.line_of[S_EVENT], "[event]: fee is required");

	if (cfg->timezone == NULL)
		cfg->timezone = xstrdup("Europe/Amsterdam");
	cfg->opens_at = resolve_when(cfg->opens, cfg->timezone);
	cfg->closes_at = resolve_when(cfg->closes, cfg->timezone);
	cfg->cancel_deadline_at =
	    resolve_when(cfg->cancel_deadline, cfg->timezone);
	if (cfg->opens_at && cfg->closes_at && cfg->closes_at <= cfg->opens_at)
		err_at(&ld, ld.line_of[S_EVENT],
		       "[event]: closes is not "
		       "after opens");
	for (size_t i = 0; i < cfg->npools; i++) {
		struct pool *p = &cfg->pools[i];
		p->release_at = resolve_when(p->release, cfg->timezone);
		p->org_cap_until_at =
		    resolve_when(p->org_cap_until, cfg->timezone);
	}
	size_t defaults = 0;
	for (size_t i = 0; i < cfg->npools; i++) {
		struct pool *p = &cfg->pools[i];
		if (p->seats < 0)
			err_at(&ld, p->line, "[pool %s]: seats is required",
			       p->name);
		if (p->fee_cents < 0)
			p->fee_cents = cfg->fee_cents < 0 ? 0 : cfg->fee_cents;
		if (p->ndomains == 0 && p->norgs == 0 && ++defaults == 2)
			err_at(&ld, p->line,
			       "[pool %s]: only one pool may "
			       "lack domains and organisations (it takes "
			       "everyone else)",
			       p->name);
		if ((p->release == NULL) != (p->release_to == NULL))
			err_at(&ld, p->line,
			       "[pool %s]: release and "
			       "release_to go together",
			       p->name);
		else if (p->release_to &&
			 (!config_pool_by_name(cfg, p->release_to) ||
			  !strcmp(p->release_to, p->name)))
			err_at(&ld, p->line,
			       "[pool %s]: release_to '%s' is "
			       "not another pool",
			       p->name, p->release_to);
		if (p->org_cap_until && p->org_cap == 0)
			err_at(&ld, p->line,
			       "[pool %s]: org_cap_until without "
			       "org_cap",
			       p->name);
	}
	for (size_t i = 0; i < cfg->ndays; i++) {
		struct day *d = &cfg->days[i];
		if (d->date == NULL || d->start == NULL || d->end == NULL)
			err_at(&ld, d->line,
			       "[day %d]: date, start and end "
			       "are required",
			       d->number);
		else if (strcmp(d->start, d->end) >= 0)
			err_at(&ld, d->line,
			       "[day %d]: end %s is not after "
			       "start %s",
			       d->number, d->end, d->start);
	}
	check_days(&ld);
	if (cfg->mailbox == NULL)
		cfg->mailbox = xstrdup("INBOX");
	if (cfg->processed == NULL)
		cfg->processed = xstrdup("Verwerkt");
	check_processed(&ld);
	if (cfg->spool == NULL)
		cfg->spool = xstrdup("spool");
	if (cfg->templates == NULL)
		cfg->templates = xstrdup("templates");
	if (cfg->language == NULL)
		cfg->language = xstrdup("nl");

	if (cfg->currency == NULL)
		cfg->currency = xstrdup("EUR");
	if (cfg->digest_time == NULL)
		cfg->digest_time = xstrdup("08:00");
	if (cfg->attendance_time == NULL)
		cfg->attendance_time = xstrdup(cfg->digest_time);
	if (cfg->reminder_time == NULL)
		cfg->reminder_time = xstrdup("10:00");
	if (!ld.reminder_days_set) {
		cfg->reminder_days[0] = 7;
		cfg->reminder_days[1] = 1;
		cfg->nreminder_days = 2;
	}
	return errs->n ? -1 : 0;
}

static void
endpoint_free(struct endpoint *ep)
{
	free(ep->url);
	free(ep->scheme);
	free(ep->host);
	free(ep->user);
	if (ep->password)
		explicit_bzero(ep->password, strlen(ep->password));
	free(ep->password);
	free(ep->password_file);
	free(ep->ca_file);
}

void
config_free(struct config *c)
{
	if (c == NULL)
		return;
	free(c->path);
	endpoint_free(&c->imap);
	endpoint_free(&c->smtp);
	char **strs[] = {
	    &c->mailbox,	 &c->processed,	      &c->from_name,
	    &c->from_addr,	 &c->reply_to,	      &c->spool,
	    &c->templates,	 &c->language,	      &c->organiser_name,
	    &c->organiser_email, &c->digest_time,     &c->title,
	    &c->timezone,	 &c->currency,	      &c->venue,
	    &c->address,	 &c->opens,	      &c->closes,
	    &c->cancel_deadline, &c->attendance_time, &c->reminder_time,
	    &c->route,		 &c->route_en};
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
		free(*strs[i]);
	for (size_t i = 0; i < c->npools; i++) {
		free(c->pools[i].name);
		for (size_t j = 0; j < c->pools[i].ndomains; j++)
			free(c->pools[i].domains[j]);
		free(c->pools[i].domains);
		for (size_t j = 0; j < c->pools[i].norgs; j++) {
			free(c->pools[i].orgs[j]);
			free(c->pools[i].org_names[j]);
		}
		free(c->pools[i].orgs);
		free(c->pools[i].org_names);
		free(c->pools[i].release);
		free(c->pools[i].release_to);
		free(c->pools[i].org_cap_until);
	}
	free(c->pools);
	for (size_t i = 0; i < c->ndays; i++) {
		struct day *d = &c->days[i];
		free(d->date);
		free(d->start);
		free(d->end);
		free(d->doors);
		free(d->theme);
		for (size_t j = 0; j < d->nspeakers; j++)
			free(d->speakers[j]);
		free(d->speakers);
	}
	free(c->days);
	memset(c, 0, sizeof *c);
}

void
config_errors_free(struct config_errors *e)
{
	if (e == NULL)
		return;
	for (size_t i = 0; i < e->n; i++)
		free(e->msgs[i]);
	free(e->msgs);
	e->msgs = NULL;
	e->n = 0;
}

const struct day *
config_day(const struct config *cfg, int number)
{
	for (size_t i = 0; i < cfg->ndays; i++)
		if (cfg->days[i].number == number)
			return &cfg->days[i];
	return NULL;
}

const struct pool *
config_pool_by_name(const struct config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->npools; i++)
		if (strcmp(cfg->pools[i].name, name) == 0)
			return &cfg->pools[i];
	return NULL;
}

size_t
config_pool_index(const struct config *cfg, const struct pool *p)
{
	return (size_t)(p - cfg->pools);
}

const struct pool *
config_pool_for_org(const struct config *cfg, const char *email,
		    const char *org)
{
	if (org) {
		char *key = policy_org_key(org);
		for (size_t i = 0; i < cfg->npools; i++)
			for (size_t j = 0; j < cfg->pools[i].norgs; j++)
				if (!strcmp(cfg->pools[i].orgs[j], key)) {
					free(key);
					return &cfg->pools[i];
				}
		free(key);
	}
	return config_pool_for(cfg, email);
}

const struct pool *
config_pool_for(const struct config *cfg, const char *email)
{
	const char *at = email ? strrchr(email, '@') : NULL;
	const struct pool *fallback = NULL;
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		if (p->ndomains == 0) {
			if (p->norgs > 0)
				continue;
			if (fallback == NULL)
				fallback = p;
			continue;
		}
		if (at == NULL)
			continue;
		const char *dom = at + 1;
		for (size_t j = 0; j < p->ndomains; j++) {
			const char *d = p->domains[j];
			size_t dl = strlen(dom), pl = strlen(d);
			if (strcasecmp(dom, d) == 0 ||
			    (dl > pl && dom[dl - pl - 1] == '.' &&
			     strcasecmp(dom + dl - pl, d) == 0))
				return p;
		}
	}
	return fallback;
}
