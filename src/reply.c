/*
 * reply — see reply.h.  Template files are hostile to nothing but typos:
 * a missing file or a syntax error is returned as a precise error, and
 * the caller keeps the message for a retry after the template is fixed.
 */
#include "reply.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "compose.h"

const char *const reply_kinds[] = {"confirmation", "waitlist", "incomplete",
                                   "already", "received", "forward", "help",
                                   "ratelimit", NULL};

/* The documented variables (README "Template variables"). */
static const char *const known_vars[] = {
    /* every reply */
    "event_title", "event_venue", "event_address", "event_fee",
    "currency", "organiser_name", "organiser_email", "robot_address",
    "days", "number", "date", "long_date", "start", "end", "doors",
    "theme", "ndays",
    /* a registration */
    "name", "email", "organisation", "role", "phone", "diet",
    "invoice_address", "invoice_reference", "code", "pool", "status",
    "position", "fee", "free", "confirmed", "waitlisted",
    /* incomplete, forward, registrations in one mail */
    "missing", "label", "people", "subject", "from", "text",
    "understood", "value", NULL};

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

struct tmpl_value *
reply_vars_reg(struct tmpl_value *m, const struct config *cfg,
               const struct reg *r, const char *lang)
{
	for (int i = 0; i < RF__COUNT; i++)
		tmpl_map_set_str(m, reg_field_key((enum reg_field)i), r->f[i]);
	tmpl_map_set_str(m, "code", r->code);
	tmpl_map_set_str(m, "pool", r->pool);
	tmpl_map_set_str(m, "status", r->status);
	int conf = r->status && !strcmp(r->status, "confirmed");
	int wait = r->status && !strcmp(r->status, "waitlisted");
	tmpl_map_set(m, "confirmed", tmpl_bool(conf));
	tmpl_map_set(m, "waitlisted", tmpl_bool(wait));
	if (wait)
		tmpl_map_set(m, "position",
		             tmpl_number((double)r->waitlist_position));
	const struct pool *p = r->pool ? config_pool_by_name(cfg, r->pool)
	                               : NULL;
	long cents = p ? p->fee_cents : cfg->fee_cents;
	tmpl_map_set(m, "free", tmpl_bool(cents == 0));
	char *fee = reply_money(cents, cfg->currency, lang);
	tmpl_map_set_str(m, "fee", fee);
	free(fee);
	return m;
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

static char *
read_text(const char *path, char **err)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
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
	char *path = xasprintf("%s/%s.txt", p->dir, name);
	char *err = NULL;
	char *text = read_text(path, &err);
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

int
reply_build(const struct config *cfg, const struct reply *r, time_t now,
            struct buf *out, char **err)
{
	char *dir = xasprintf("%s/%s", cfg->templates, r->lang);
	char *path = xasprintf("%s/%s.txt", dir, r->kind);
	char *tpl = read_text(path, err);
	free(path);
	if (tpl == NULL) {
		free(dir);
		return -1;
	}
	struct partials parts = {.dir = dir};
	struct buf text;
	buf_init(&text, 1 << 20);
	char *terr = NULL;
	int rc = tmpl_render(tpl, r->vars, load_partial, &parts,
	                     TMPL_ESCAPE_NONE, &text, &terr);
	if (rc < 0)
		*err = xasprintf("%s/%s.txt: %s", dir, r->kind,
		                 terr ? terr : "output too large");
	free(terr);
	if (rc == 0) {
		char *mid = reply_message_id(cfg, r->key);
		struct compose_msg cm = {
		    .from_name = cfg->from_name,
		    .from_addr = cfg->from_addr,
		    .to_name = r->to_name,
		    .to_addr = r->to_addr,
		    .reply_to = cfg->reply_to,
		    .message_id = mid,
		    .in_reply_to = r->in_reply_to,
		    .references = r->references,
		    .auto_submitted = r->auto_submitted,
		    .kind = r->kind,
		    .date = now,
		    .utc_offset_min = clock_utc_offset(cfg->timezone, now),
		    .rendered = buf_str(&text),
		};
		char *cerr = NULL;
		rc = compose_build(&cm, out, &cerr);
		if (rc < 0)
			*err = xasprintf("%s/%s.txt: %s", dir, r->kind,
			                 cerr ? cerr : "cannot compose");
		free(cerr);
		free(mid);
	}
	buf_free(&text);
	free(tpl);
	for (size_t i = 0; i < parts.n; i++) {
		free(parts.names[i]);
		free(parts.texts[i]);
	}
	free(parts.names);
	free(parts.texts);
	free(dir);
	return rc;
}
