/*
 * reply — see reply.h.  Template files are hostile to nothing but typos:
 * a missing file or a syntax error is returned as a precise error, and
 * the caller keeps the message for a retry after the template is fixed.
 *
 * Values from mail reach templates as they are, apart from three things
 * done here: a registration's text fields are made one line; in a
 * template's header block a value's line breaks become spaces (rendered a
 * line at a time), so a name with CR LF in a Subject can neither add a
 * header nor make the reply unbuildable; and the rendered text loses
 * control characters other than tab and line breaks (an escape sequence
 * in a name must not reach a reader's terminal).
 *
 * Ownership: every function returning a string or a value tree hands it
 * to the caller.  Error policy: errors are returned with a message that
 * names the template file; nothing aborts except out of memory.
 */
#include "reply.h"

#include <dirent.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "compose.h"

const char *const reply_kinds[] = {"confirmation",
				   "waitlist",
				   "waitlist-update",
				   "promotion",
				   "offer",
				   "offer-expired",
				   "incomplete",
				   "already",
				   "cancelled",
				   "substitution-new",
				   "substitution-old",
				   "status",
				   "code-needed",
				   "help",
				   "question",
				   "received",
				   "closed",
				   "ratelimit",
				   "overview",
				   "forward",
				   "answer",
				   "commands",
				   NULL};
const char *const reply_scheduled_kinds[] = {"digest", "reminder", "attendance",
					     "final-report", NULL};

/* Which kinds carry a calendar by default, and when. */
static const struct {
	const char *kind;
	enum calendar_method method;
	const char *when; /* boolean variable that must be true */
} kind_calendars[] = {
    {"confirmation", CALENDAR_PUBLISH, "confirmed"},
    {"promotion", CALENDAR_PUBLISH, "confirmed"},
    {"substitution-new", CALENDAR_PUBLISH, "confirmed"},
    {"cancelled", CALENDAR_CANCEL, "had_seat"},
    {"substitution-old", CALENDAR_CANCEL, "had_seat"},
};

enum calendar_method
reply_kind_calendar(const char *kind, const char **when)
{
	for (size_t i = 0; i < sizeof kind_calendars / sizeof *kind_calendars;
	     i++)
		if (kind && !strcmp(kind, kind_calendars[i].kind)) {
			if (when)
				*when = kind_calendars[i].when;
			return kind_calendars[i].method;
		}
	if (when)
		*when = NULL;
	return CALENDAR_NONE;
}

/* The documented variables (README "Templates"). */
static const char *const known_vars[] = {
    /* every reply */
    "event_title", "event_venue", "event_address", "event_fee", "currency",
    "organiser_name", "organiser_email", "robot_address", "days", "number",
    "date", "long_date", "start", "end", "doors", "theme", "ndays",
    /* a registration */
    "name", "email", "organisation", "role", "phone", "diet", "invoice_address",
    "invoice_reference", "code", "pool", "status", "status_text", "position",
    "fee", "free", "confirmed", "waitlisted", "understood", "label", "value",
    "missing", "cancel_deadline", "held_by_cap", "org_cap", "org_cap_until",
    /* offers, cancellations, substitutions */
    "offer_deadline", "offer_expired", "fee_due", "had_seat", "old_name",
    "old_email", "new_name", "new_email",
    /* code-needed */
    "asked_cancel", "asked_substitute",
    /* replies to a mail, overview, forward */
    "subject", "people", "from", "text",
    /* scheduled mails (digest.c): a course day */
    "day_number", "day_date", "day_theme", "day_start", "day_end", "day_doors",
    "speakers", "speaker", "n_speakers", "route",
    /* reminder */
    "days_before", "tomorrow",
    /* attendance list */
    "attendees", "n_attendees", "diets", "c_diets", "csv_file",
    /* digest: header, seats per pool (bar widths w_* in percent) */
    "digest_date", "since", "first", "course_over", "today", "days_until",
    "next_number", "next_date", "next_theme", "pools", "seats", "n_confirmed",
    "n_offered", "n_free", "n_waiting", "w_confirmed", "w_offered", "w_free",
    "w_waiting", "total_seats", "total_confirmed", "total_free",
    "total_waiting",
    /* digest: what changed */
    "changed", "n_changes", "new_regs", "cancellations", "substitutions",
    "promotions", "offers", "expired", "moves", "c_new", "c_cancelled",
    "c_substituted", "c_promoted", "c_offered", "c_expired", "c_moved", "when",
    "by",
    /* digest: what needs a human */
    "needs_human", "n_human", "incomplete_regs", "messages_human",
    "failed_mails", "rate_limited", "c_incomplete", "c_messages", "c_failed",
    "c_rate_limited", "reason", "rcpt", "kind", "error", "c_no_reply", "health",
    "health_problems", "health_ok", "line",
    /* digest: bounces (bouncelog.h) */
    "bounces", "unmatched_bounces", "failing_addresses", "c_bounces",
    "c_unmatched", "c_failing", "permanent", "delayed", "dsn_status",
    "diagnostic", "failing_since", "n_failures",
    /* digest: per organisation */
    "organisations", "n_people", "fee_owed", "fee_total",
    /* final report (digest.c): the digest's variables and these */
    "report_date", "last_date", "final_pools", "n_cancelled", "n_late",
    "total_cancelled", "total_late", "cancelled_regs",
    /* digest and final report: attendance, where recorded (attend.c) */
    "has_attendance", "attendance_days", "n_present", "n_expected", "absent",
    /* the organiser's decisions by mail (orgmail.c): forward, digest,
     * answer, commands */
    "token", "proposal", "can_confirm", "confirm_people", "c_tokens", "answer",
    "applied", "results", "command", "result", "ok", "ignored", "c_ignored",
    NULL};

int
reply_var_known(const char *name)
{
	if (name[0] == '>')
		return 1; /* partials are checked as files */
	if (!strcmp(name, "."))
		return 1;
	for (int i = 0; known_vars[i]; i++)
		if (!strcmp(name, known_vars[i]))
			return 1;
	return 0;
}

char *
reply_money(long cents, const char *currency, const char *lang)
{
	int en = lang && !strcmp(lang, "en");
	long units = cents / 100, frac = cents % 100;
	char digits[32], grouped[48];
	snprintf(digits, sizeof digits, "%ld", units);
	size_t n = strlen(digits), o = 0;
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			grouped[o++] = en ? ',' : '.';
		grouped[o++] = digits[i];
	}
	grouped[o] = '\0';
	return xasprintf("%s %s%c%02ld", currency ? currency : "EUR", grouped,
			 en ? '.' : ',', frac);
}

struct tmpl_value *
reply_vars(const struct config *cfg, const char *lang)
{
	struct tmpl_value *m = tmpl_map();
	tmpl_map_set_str(m, "event_title", cfg->title);
	tmpl_map_set_str(m, "event_venue", cfg->venue);
	tmpl_map_set_str(m, "event_address", cfg->address);
	char *fee = reply_money(cfg->fee_cents, cfg->currency, lang);
	tmpl_map_set_str(m, "event_fee", fee);
	free(fee);
	tmpl_map_set_str(m, "currency", cfg->currency);
	tmpl_map_set_str(m, "organiser_name", cfg->organiser_name);
	tmpl_map_set_str(m, "organiser_email", cfg->organiser_email);
	tmpl_map_set_str(m, "robot_address", cfg->from_addr);
	struct tmpl_value *days = tmpl_list();
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		struct tmpl_value *dm = tmpl_map();
		tmpl_map_set(dm, "number", tmpl_number(d->number));
		tmpl_map_set_str(dm, "date", d->date);
		char *ld = clock_long_date(d->date, lang);
		tmpl_map_set_str(dm, "long_date", ld);
		free(ld);
		tmpl_map_set_str(dm, "start", d->start);
		tmpl_map_set_str(dm, "end", d->end);
		tmpl_map_set_str(dm, "doors", d->doors);
		tmpl_map_set_str(dm, "theme", d->theme);
		tmpl_list_add(days, dm);
	}
	tmpl_map_set(m, "days", days);
	tmpl_map_set(m, "ndays", tmpl_number((double)cfg->ndays));
	return m;
}

/* A field as one line: line breaks (with the white space around them)
 * become `sep`, other controls a space (compose's header cleaning). */
static char *
one_line(const char *s, const char *sep)
{
	if (s == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	const char *p = s;
	while (*p) {
		size_t n = strcspn(p, "\r\n");
		char *piece = xstrndup(p, n);
		char *clean = compose_clean_header_text(piece);
		if (*clean) {
			if (b.len)
				buf_adds(&b, sep);
			buf_adds(&b, clean);
		}
		free(clean);
		free(piece);
		p += n;
		p += strspn(p, "\r\n");
	}
	return buf_detach(&b);
}

char *
reply_status_text(const char *status, long position, const char *lang)
{
	int en = lang && !strcmp(lang, "en");
	if (status == NULL)
		return xstrdup("");
	if (!strcmp(status, "confirmed"))
		return xstrdup(en ? "seat confirmed" : "plaats bevestigd");
	if (!strcmp(status, "waitlisted"))
		return position > 0
			   ? xasprintf(en ? "on the waiting list (position %ld)"
					  : "op de wachtlijst (plaats %ld)",
				       position)
			   : xstrdup(en ? "on the waiting list"
					: "op de wachtlijst");
	if (!strcmp(status, "incomplete"))
		return xstrdup(en ? "registration not complete yet"
				  : "aanmelding nog niet compleet");
	if (!strcmp(status, "cancelled"))
		return xstrdup(en ? "cancelled" : "afgemeld");
	return xstrdup(status);
}

struct tmpl_value *
reply_vars_reg(struct tmpl_value *m, const struct config *cfg,
	       const struct reg *r, const char *lang)
{
	for (int i = 0; i < RF__COUNT; i++) {
		char *v =
		    one_line(r->f[i], i == RF_INVOICE_ADDRESS ? ", " : " ");
		tmpl_map_set_str(m, reg_field_key((enum reg_field)i),
				 v && *v ? v : NULL);
		free(v);
	}
	tmpl_map_set_str(m, "code", r->code);
	tmpl_map_set_str(m, "pool", r->pool);
	tmpl_map_set_str(m, "status", r->status);
	int conf = r->status && !strcmp(r->status, "confirmed");
	int wait = r->status && !strcmp(r->status, "waitlisted");
	tmpl_map_set(m, "confirmed", tmpl_bool(conf));
	tmpl_map_set(m, "waitlisted", tmpl_bool(wait));
	if (wait && r->waitlist_position > 0)
		tmpl_map_set(m, "position",
			     tmpl_number((double)r->waitlist_position));
	char *st =
	    reply_status_text(r->status, wait ? r->waitlist_position : 0, lang);
	tmpl_map_set_str(m, "status_text", st);
	free(st);
	const struct pool *p =
	    r->pool ? config_pool_by_name(cfg, r->pool) : NULL;
	long cents = p ? p->fee_cents : cfg->fee_cents;
	tmpl_map_set(m, "free", tmpl_bool(cents == 0));
	char *fee = reply_money(cents, cfg->currency, lang);
	tmpl_map_set_str(m, "fee", fee);
	free(fee);
	/* The organisation cap: why someone waits while seats may be free,
	 * and until when. */
	tmpl_map_set(m, "held_by_cap", tmpl_bool(wait && r->hold));
	if (p && p->org_cap > 0) {
		tmpl_map_set(m, "org_cap", tmpl_number((double)p->org_cap));
		if (p->org_cap_until_at) {
			char *s = clock_long_time(p->org_cap_until_at,
						  cfg->timezone, lang);
			tmpl_map_set_str(m, "org_cap_until", s);
			free(s);
		}
	}
	return m;
}

struct tmpl_value *
reply_person(const struct config *cfg, const struct reg *r, const char *lang)
{
	return reply_vars_reg(tmpl_map(), cfg, r, lang);
}

char *
reply_message_id(const struct config *cfg, const char *key)
{
	const char *at = cfg->from_addr ? strrchr(cfg->from_addr, '@') : NULL;
	const char *domain = at ? at + 1 : "regbot.invalid";
	char *k = xstrdup(key);
	for (char *p = k; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-'))
			*p = '.';
	char *id = xasprintf("regbot.%s@%s", k, domain);
	free(k);
	return id;
}

/* The templates in memory (reply_templates_load): one set, the files of
 * one directory tree; paths under it are answered from memory only, so
 * a running daemon renders what it checked, not what an editor has half
 * saved.  Without a set (or for other paths) files are read as needed. */
struct tfile {
	char *path, *text;
};
struct tset {
	char *dir; /* with a trailing '/' */
	struct tfile *f;
	size_t n;
};
static struct tset *loaded;

static void
tset_free(struct tset *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->n; i++) {
		free(t->f[i].path);
		free(t->f[i].text);
	}
	free(t->f);
	free(t->dir);
	free(t);
}

static char *read_file_text(const char *path, int *missing, char **err);

/* Reads a template file.  Returns NULL with *err, and *missing set when
 * the file does not exist. */
static char *
read_text(const char *path, int *missing, char **err)
{
	if (missing)
		*missing = 0;
	if (loaded && !strncmp(path, loaded->dir, strlen(loaded->dir))) {
		for (size_t i = 0; i < loaded->n; i++)
			if (!strcmp(loaded->f[i].path, path))
				return xstrdup(loaded->f[i].text);
		if (missing)
			*missing = 1;
		*err = xasprintf("%s: %s", path, strerror(ENOENT));
		return NULL;
	}
	return read_file_text(path, missing, err);
}

int
reply_templates_load(const char *dir, char **err)
{
	static const char *const langs[] = {"nl", "en"};
	struct tset *t = xcalloc(1, sizeof *t);
	t->dir = xasprintf("%s/", dir);
	int rc = 0;
	for (size_t l = 0; rc == 0 && l < 2; l++) {
		char *sub = xasprintf("%s/%s", dir, langs[l]);
		DIR *d = opendir(sub);
		if (d == NULL) {
			*err = xasprintf("%s: %s", sub, strerror(errno));
			rc = -1;
		}
		struct dirent *de;
		while (rc == 0 && d && (de = readdir(d)) != NULL) {
			const char *dot = strrchr(de->d_name, '.');
			if (de->d_name[0] == '.' || dot == NULL ||
			    (strcmp(dot, ".txt") && strcmp(dot, ".html")))
				continue;
			char *path = xasprintf("%s/%s", sub, de->d_name);
			char *text = read_file_text(path, NULL, err);
			if (text == NULL) {
				free(path);
				rc = -1;
				break;
			}
			t->f = xrealloc(t->f, (t->n + 1) * sizeof *t->f);
			t->f[t->n].path = path;
			t->f[t->n++].text = text;
		}
		if (d)
			closedir(d);
		free(sub);
	}
	if (rc < 0) {
		tset_free(t); /* the set in use stays */
		return -1;
	}
	tset_free(loaded);
	loaded = t;
	return 0;
}

void
reply_templates_unload(void)
{
	tset_free(loaded);
	loaded = NULL;
}

static char *
read_file_text(const char *path, int *missing, char **err)
{
	if (missing)
		*missing = 0;
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
		if (missing)
			*missing = errno == ENOENT;
		*err = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct buf b;
	buf_init(&b, 1 << 20);
	char chunk[4096];
	size_t n;
	int over = 0;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_add(&b, chunk, n) < 0) {
			over = 1;
			break;
		}
	int bad = ferror(fp);
	fclose(fp);
	if (over || bad) {
		*err = xasprintf("%s: %s", path,
				 over ? "larger than 1 MiB" : "read error");
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

struct partials {
	const char *dir;
	const char *ext;
	char **names, **texts;
	size_t n;
};

static const char *
load_partial(const char *name, void *arg)
{
	struct partials *p = arg;
	for (size_t i = 0; i < p->n; i++)
		if (!strcmp(p->names[i], name))
			return p->texts[i];
	if (strchr(name, '/') || name[0] == '.')
		return NULL;
	char *path = xasprintf("%s/%s.%s", p->dir, name, p->ext);
	char *err = NULL;
	char *text = read_text(path, NULL, &err);
	free(path);
	free(err);
	if (text == NULL)
		return NULL;
	p->names = xrealloc(p->names, (p->n + 1) * sizeof *p->names);
	p->texts = xrealloc(p->texts, (p->n + 1) * sizeof *p->texts);
	p->names[p->n] = xstrdup(name);
	p->texts[p->n++] = text;
	return text;
}

/* Drops C0 controls other than tab, CR and LF, DEL and C1 controls
 * (U+0080..U+009F) from rendered text, in place. */
static void
drop_controls(struct buf *b)
{
	size_t o = 0;
	for (size_t i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->p[i];
		if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') ||
		    c == 0x7f)
			continue;
		if (c == 0xC2 && i + 1 < b->len &&
		    (unsigned char)b->p[i + 1] >= 0x80 &&
		    (unsigned char)b->p[i + 1] <= 0x9f) {
			i++;
			continue;
		}
		b->p[o++] = b->p[i];
	}
	b->len = o;
	if (b->p)
		b->p[o] = '\0';
}

/* "line N: ..." from tmpl with N moved by `offset`; other messages as
 * they are. */
static char *
shift_line(const char *msg, long offset)
{
	long n = 0;
	int used = 0;
	if (offset && sscanf(msg, "line %ld:%n", &n, &used) == 1 && used > 0)
		return xasprintf("line %ld:%s", n + offset, msg + used);
	return xstrdup(msg);
}

/* The header block of a .txt template, rendered one logical line (a line
 * and its continuation lines) at a time, with every line break a value
 * brought in turned into a space: whatever a participant typed, the
 * header block keeps the lines the template has.  Appends to out;
 * returns the number of template lines, or -1 with *msg. */
static long
render_head(const char *src, size_t n, const struct tmpl_value *vars,
	    struct partials *parts, struct buf *out, char **msg)
{
	long line = 0;
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		long first = line + 1;
		do { /* a line and its continuations */
			while (j < n && src[j] != '\n')
				j++;
			line++;
			if (j < n)
				j++;
		} while (j < n && (src[j] == ' ' || src[j] == '\t'));
		char *piece = xstrndup(src + i, j - i);
		size_t start = out->len;
		char *terr = NULL;
		int rc = tmpl_render(piece, vars, load_partial, parts,
				     TMPL_ESCAPE_NONE, out, &terr);
		free(piece);
		if (rc < 0) {
			char *t = terr ? shift_line(terr, first - 1)
				       : xstrdup("output too large");
			*msg = t;
			free(terr);
			return -1;
		}
		/* the template's own line ends stay; a value's go */
		int template_eol = j > i && src[j - 1] == '\n';
		size_t end = out->len;
		if (template_eol && end > start && out->p[end - 1] == '\n')
			end--;
		if (template_eol && end > start && out->p[end - 1] == '\r')
			end--;
		for (size_t k = start; k < end; k++)
			if (out->p[k] == '\r' || out->p[k] == '\n')
				out->p[k] = ' ';
		i = j;
	}
	return line;
}

int
reply_render(const struct config *cfg, const char *lang, const char *name,
	     int html, const struct tmpl_value *vars, struct buf *out,
	     char **err)
{
	const char *ext = html ? "html" : "txt";
	char *dir = xasprintf("%s/%s", cfg->templates, lang);
	char *path = xasprintf("%s/%s.%s", dir, name, ext);
	int missing = 0;
	char *tpl = read_text(path, &missing, err);
	if (tpl == NULL) {
		free(path);
		free(dir);
		if (html && missing) {
			free(*err);
			*err = NULL;
			return 1;
		}
		return -1;
	}
	struct partials parts = {.dir = dir, .ext = ext};
	size_t start = out->len;
	char *terr = NULL;
	int rc = 0;
	const char *body = tpl;
	long head_lines = 0;
	if (!html) {
		/* the header block ends at the template's first empty line */
		const char *blank = tpl;
		while ((blank = strchr(blank, '\n')) &&
		       !(blank[1] == '\n' ||
			 (blank[1] == '\r' && blank[2] == '\n')))
			blank++;
		size_t hn = blank ? (size_t)(blank - tpl) + 1 : strlen(tpl);
		head_lines = render_head(tpl, hn, vars, &parts, out, &terr);
		if (head_lines < 0)
			rc = -1;
		else if (blank) {
			body = blank + 1;
			head_lines++; /* and the empty line */
		} else {
			body = tpl + hn;
		}
	}
	if (rc == 0) {
		char *berr = NULL;
		rc = tmpl_render(body, vars, load_partial, &parts,
				 html ? TMPL_ESCAPE_HTML : TMPL_ESCAPE_NONE,
				 out, &berr);
		if (rc < 0)
			terr = berr ? shift_line(berr, head_lines) : NULL;
		free(berr);
	}
	if (rc < 0) {
		*err =
		    xasprintf("%s: %s", path, terr ? terr : "output too large");
		out->len = start;
		if (out->p)
			out->p[start] = '\0';
	} else {
		struct buf tail = {0};
		/* clean only what this call added */
		tail.p = out->p + start;
		tail.len = out->len - start;
		drop_controls(&tail);
		out->len = start + tail.len;
	}
	free(terr);
	free(tpl);
	for (size_t i = 0; i < parts.n; i++) {
		free(parts.names[i]);
		free(parts.texts[i]);
	}
	free(parts.names);
	free(parts.texts);
	free(path);
	free(dir);
	return rc < 0 ? -1 : 0;
}

/* The text a variable renders to: the template engine is the one
 * authority on what a name means in a context. */
static char *
var_text(const struct tmpl_value *vars, const char *name, int truth)
{
	char *tpl = truth ? xasprintf("{{#%s}}1{{/%s}}", name, name)
			  : xasprintf("{{%s}}", name);
	struct buf b;
	buf_init(&b, 4096);
	if (tmpl_render(tpl, vars, NULL, NULL, TMPL_ESCAPE_NONE, &b, NULL) < 0)
		buf_reset(&b);
	free(tpl);
	return buf_detach(&b);
}

/* The calendar request for r, in *out; 0 when none goes with it. */
static int
calendar_for(const struct reply *r, struct calendar_req *out, char **code)
{
	*code = NULL;
	if (!strcmp(r->kind, "ratelimit"))
		return 0; /* a rate-limit notice stands in for anything */
	if (r->calendar) {
		*out = *r->calendar;
		if (out->method == CALENDAR_NONE)
			return 0;
	} else {
		const char *when = NULL;
		memset(out, 0, sizeof *out);
		out->method = reply_kind_calendar(r->kind, &when);
		if (out->method == CALENDAR_NONE)
			return 0;
		if (when) {
			char *t = var_text(r->vars, when, 1);
			int yes = *t != '\0';
			free(t);
			if (!yes)
				return 0;
		}
		/* a CANCEL: one more than the PUBLISH it cancels */
		out->base_sequence = out->method == CALENDAR_CANCEL;
	}
	if (out->code == NULL) {
		*code = var_text(r->vars, "code", 0);
		out->code = *code;
	}
	if (out->attendee_email == NULL) {
		out->attendee_email = r->to_addr;
		if (out->attendee_name == NULL)
			out->attendee_name = r->to_name;
	}
	return 1;
}

int
reply_build(const struct config *cfg, const struct reply *r, time_t now,
	    struct buf *out, char **err)
{
	*err = NULL;
	struct buf text, html, ics;
	buf_init(&text, 1 << 20);
	buf_init(&html, 1 << 20);
	buf_init(&ics, 1 << 20);
	char *code = NULL, *mid = NULL;
	struct compose_attachment *att = NULL;
	int has_html = 0, rc = -1;
	const char *tname = r->tmpl ? r->tmpl : r->kind;
	if (reply_render(cfg, r->lang, tname, 0, r->vars, &text, err) < 0)
		goto out;
	int h = reply_render(cfg, r->lang, tname, 1, r->vars, &html, err);
	if (h < 0)
		goto out;
	has_html = h == 0;

	struct calendar_req cr;
	att = xcalloc(r->nattachments + 1, sizeof *att);
	size_t natt = 0;
	if (calendar_for(r, &cr, &code)) {
		char *cerr = NULL;
		if (calendar_build(cfg, &cr, r->lang, now, &ics, &cerr) < 0) {
			*err = xasprintf("%s/%s: %s", r->lang, r->kind, cerr);
			free(cerr);
			goto out;
		}
		att[0].content_type = calendar_content_type(cr.method);
		att[0].filename = calendar_filename(cr.method, r->lang);
		att[0].data = ics.p;
		att[0].len = ics.len;
		natt = 1;
	}
	for (size_t i = 0; i < r->nattachments; i++)
		att[natt++] = r->attachments[i];

	mid = reply_message_id(cfg, r->key);
	struct compose_msg cm = {
	    .from_name = cfg->from_name,
	    .from_addr = cfg->from_addr,
	    .to_name = r->to_name,
	    .to_addr = r->to_addr,
	    .reply_to = r->reply_to ? r->reply_to : cfg->reply_to,
	    .message_id = mid,
	    .in_reply_to = r->in_reply_to,
	    .references = r->references,
	    .auto_submitted = r->auto_submitted,
	    .kind = r->kind,
	    .date = now,
	    .utc_offset_min = clock_utc_offset(cfg->timezone, now),
	    .rendered = buf_str(&text),
	    .html = has_html ? buf_str(&html) : NULL,
	    .att = natt ? att : NULL,
	    .natt = natt,
	};
	char *cerr = NULL;
	rc = compose_build(&cm, out, &cerr);
	if (rc < 0)
		*err = xasprintf("%s/%s/%s.txt: %s", cfg->templates, r->lang,
				 tname, cerr ? cerr : "cannot compose");
	free(cerr);
out:
	buf_free(&text);
	buf_free(&html);
	buf_free(&ics);
	free(att);
	free(code);
	free(mid);
	return rc;
}
