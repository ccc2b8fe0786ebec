/*
 * digest — see digest.h.
 *
 * Every job runs in one transaction: its mails are queued in the outbox
 * (keys derived from the job, so a repeat adds nothing) and the job is
 * recorded in job_runs; a failure rolls both back and the job is due
 * again at the next cycle.  The dry runs take the same path with
 * `dry` set: they render every mail and print it instead.
 *
 * Ownership: template values are built here and freed after each mail;
 * registrations read from the store are copied (reg_copy) before the
 * store is written.  Mail-fed text (names, subjects) reaches only
 * template values and CSV fields; the CSV writer quotes what needs it
 * and defuses cells a spreadsheet would read as a formula.
 */
#include "digest.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attend.h"
#include "calendar.h"
#include "clock.h"
#include "compose.h"
#include "csv.h"
#include "policy.h"
#include "preview.h"
#include "reply.h"
#include "schedule.h"
#include "seats.h"
#include "status.h"

/* The width of the digest's text (README: lines of at most 78). */
#define DIGEST_WIDTH 78

/* ---- pure helpers ---- */

static const struct {
	const char *action; /* NULL: confirmed or waitlisted */
	const char *detail; /* a part of the detail; NULL: any */
	enum digest_change change;
} change_rules[] = {
    /* the substitute's own entry tells the story */
    {"cancelled", "substituted by", DC_NONE},
    {"cancelled", "offer expired", DC_EXPIRED},
    {"cancelled", NULL, DC_CANCELLED},
    {NULL, "takes the place of", DC_SUBSTITUTED},
    {"confirmed", "promoted", DC_PROMOTED},
    {"confirmed", "accepted the seat offer", DC_PROMOTED},
    {"confirmed", "a seat was free in the new pool", DC_PROMOTED},
    {"confirmed", NULL, DC_NEW},
    {"waitlisted", NULL, DC_NEW},
    {"incomplete", NULL, DC_NEW},
    {"offered", NULL, DC_OFFERED},
    {"moved", NULL, DC_MOVED},
};

enum digest_change
digest_classify(const char *action, const char *detail)
{
	if (action == NULL)
		return DC_NONE;
	for (size_t i = 0; i < sizeof change_rules / sizeof *change_rules;
	     i++) {
		const char *a = change_rules[i].action;
		if (a ? strcmp(action, a) != 0
		      : strcmp(action, "confirmed") &&
			    strcmp(action, "waitlisted"))
			continue;
		if (change_rules[i].detail &&
		    (detail == NULL || !strstr(detail, change_rules[i].detail)))
			continue;
		return change_rules[i].change;
	}
	return DC_NONE;
}

void
digest_csv_field(struct buf *b, const char *s, int last)
{
	csv_field(b, s, last ? "\r\n" : ",");
}

void
digest_bar(long confirmed, long offered, long free_seats, int w[3])
{
	long v[3] = {confirmed > 0 ? confirmed : 0, offered > 0 ? offered : 0,
		     free_seats > 0 ? free_seats : 0};
	long total = v[0] + v[1] + v[2], rem[3];
	int sum = 0;
	for (int i = 0; i < 3; i++) {
		w[i] = total ? (int)(v[i] * 100 / total) : 0;
		rem[i] = total ? v[i] * 100 % total : 0;
		sum += w[i];
	}
	while (total && sum < 100) {
		int best = -1;
		for (int i = 0; i < 3; i++)
			if (v[i] > 0 && (best < 0 || rem[i] > rem[best]))
				best = i;
		w[best]++;
		rem[best] = -1;
		sum++;
	}
}

char *
digest_wrap(const char *text, size_t first, size_t width, const char *indent)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	const char *p = text ? text : "";
	size_t lead = strspn(p, " ");
	buf_add(&b, p, lead);
	size_t col = lead, room = first, ind = util_display_width(indent);
	int line_empty = 1;
	char *copy = xstrdup(p + lead), *save = NULL;
	for (char *w = strtok_r(copy, " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		size_t ww = util_display_width(w);
		if (!line_empty && col + 1 + ww > room) {
			buf_addc(&b, '\n');
			buf_adds(&b, indent);
			col = ind;
			room = width;
			line_empty = 1;
		}
		if (!line_empty) {
			buf_addc(&b, ' ');
			col++;
		}
		buf_adds(&b, w);
		col += ww;
		line_empty = 0;
	}
	free(copy);
	return buf_detach(&b);
}

/* ---- small helpers ---- */

static int
is_en(const char *lang)
{
	return lang && !strcmp(lang, "en");
}

static time_t
iso_time(const char *iso)
{
	time_t t = 0;
	if (iso == NULL || clock_parse_iso(iso, &t) < 0)
		return 0;
	return t;
}

/* "31-05 10:02" in the event's zone. */
static char *
short_time(const struct config *cfg, const char *iso)
{
	time_t t = iso_time(iso);
	if (t == 0)
		return xstrdup(iso ? iso : "");
	time_t local = t + (time_t)clock_utc_offset(cfg->timezone, t) * 60;
	struct tm tm;
	gmtime_r(&local, &tm);
	return xasprintf("%02d-%02d %02d:%02d", tm.tm_mday, tm.tm_mon + 1,
			 tm.tm_hour, tm.tm_min);
}

static void
set_num(struct tmpl_value *m, const char *key, double v)
{
	tmpl_map_set(m, key, tmpl_number(v));
}

static void
set_own(struct tmpl_value *m, const char *key, char *s)
{
	tmpl_map_set_str(m, key, s);
	free(s);
}

static const struct day *
day_by_number(const struct config *cfg, int n)
{
	for (size_t i = 0; i < cfg->ndays; i++)
		if (cfg->days[i].number == n)
			return &cfg->days[i];
	return NULL;
}

/* Who made a change, from the audit detail's "actor: " prefix. */
static const char *
actor_text(const char *detail, const char *lang)
{
	int en = is_en(lang);
	if (detail && !strncmp(detail, "organiser:", 10))
		return en ? "by the organiser" : "door de organisator";
	if (detail && !strncmp(detail, "clock:", 6))
		return en ? "automatically" : "automatisch";
	return en ? "by mail" : "per mail";
}

static const char *
outcome_text(const char *outcome, const char *lang)
{
	static const struct {
		const char *outcome, *nl, *en;
	} t[] = {
	    {"set-aside", "apart gezet", "set aside"},
	    {"needs-human", "niet begrepen", "not understood"},
	    {"question", "vraag", "question"},
	    {"closed", "buiten de aanmeldperiode", "outside the window"},
	    {"forged", "vervalst? afzender niet bevestigd, niets gedaan",
	     "forged? sender not authenticated, nothing done"},
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (outcome && !strcmp(outcome, t[i].outcome))
			return is_en(lang) ? t[i].en : t[i].nl;
	return outcome ? outcome : "";
}

static long
reg_fee(const struct config *cfg, const struct reg *r)
{
	const struct pool *p =
	    r->pool ? config_pool_by_name(cfg, r->pool) : NULL;
	return p ? p->fee_cents : cfg->fee_cents;
}

/* Fee owed for a registration: a seat, or a cancellation too late. */
static long
fee_owed(const struct config *cfg, const struct reg *r)
{
	if (!strcmp(r->status, "confirmed") ||
	    (!strcmp(r->status, "cancelled") && r->fee_due))
		return reg_fee(cfg, r);
	return 0;
}

/* The variables of one course day: day_number, day_date, ... */
static void
day_vars(struct tmpl_value *v, const struct config *cfg, const struct day *d,
	 const char *lang)
{
	set_num(v, "day_number", d->number);
	set_own(v, "day_date", clock_long_date(d->date, lang));
	tmpl_map_set_str(v, "day_theme", d->theme);
	tmpl_map_set_str(v, "day_start", d->start);
	tmpl_map_set_str(v, "day_end", d->end);
	tmpl_map_set_str(v, "day_doors", d->doors);
	struct tmpl_value *sp = tmpl_list();
	for (size_t i = 0; i < d->nspeakers; i++)
		tmpl_list_add(sp, tmpl_map_set_str(tmpl_map(), "speaker",
						   d->speakers[i]));
	tmpl_map_set(v, "speakers", sp);
	set_num(v, "n_speakers", (double)d->nspeakers);
	const char *route =
	    is_en(lang) && cfg->route_en ? cfg->route_en : cfg->route;
	tmpl_map_set_str(v, "route", route);
}

/* ---- the runner ---- */

struct runner {
	const struct config *cfg;
	struct store *st;
	time_t now;
	char nowiso[32];
	char today[11];
	int dry, full, raw;
	FILE *out;
	long mails;    /* of the current job */
	int64_t mark;  /* digest: the newest audit id it covered */
	long withheld; /* reminders not sent: confirmed too recently */
};

static void
runner_init(struct runner *r, const struct config *cfg, struct store *st,
	    time_t now)
{
	memset(r, 0, sizeof *r);
	r->cfg = cfg;
	r->st = st;
	r->now = now;
	store_time(now, r->nowiso, sizeof r->nowiso);
	schedule_local_date(cfg->timezone, now, r->today);
}

struct mail {
	const char *kind, *lang, *to_name, *to_addr, *key;
	const struct tmpl_value *vars;
	const struct calendar_req *cal;
	const struct compose_attachment *att;
	size_t natt;
	int64_t reg;
};

/* Renders one mail and queues it (or, dry, prints it). */
static int
emit(struct runner *r, const struct mail *m)
{
	static const struct calendar_req none = {.method = CALENDAR_NONE};
	struct reply rp = {
	    .kind = m->kind,
	    .lang = m->lang,
	    .to_name = m->to_name,
	    .to_addr = m->to_addr,
	    .key = m->key,
	    .auto_submitted = "auto-generated",
	    .vars = m->vars,
	    .calendar = m->cal ? m->cal : &none,
	    .attachments = m->att,
	    .nattachments = m->natt,
	};
	struct buf msg;
	buf_init(&msg, 32 << 20);
	char *err = NULL;
	int rc = 0;
	if (reply_build(r->cfg, &rp, r->now, &msg, &err) < 0) {
		log_err(m->key, "%s: %s", m->kind, err ? err : "cannot build");
		free(err);
		buf_free(&msg);
		return -1;
	}
	if (r->dry) {
		if (r->raw) {
			fwrite(msg.p, 1, msg.len, r->out);
		} else if (r->full) {
			fprintf(r->out, "\n---- %s for %s (%s)\n", m->kind,
				m->to_addr, m->key);
			if (preview_decode(msg.p, msg.len, r->out, &err) < 0) {
				fprintf(r->out, "(cannot decode: %s)\n",
					err ? err : "?");
				free(err);
			}
		} else
			fprintf(r->out, "    %s <%s>  %s\n",
				m->to_name ? m->to_name : "-", m->to_addr,
				m->key);
	} else {
		int added =
		    store_outbox_add(r->st, m->key, m->kind, m->to_addr, msg.p,
				     msg.len, 0, m->reg, r->nowiso);
		if (added < 0)
			rc = -1;
		else if (added)
			rc = store_audit(r->st, r->nowiso, m->reg, 0, "reply",
					 m->kind);
	}
	if (rc == 0)
		r->mails++;
	buf_free(&msg);
	return rc;
}

/* Every registration with `status` (NULL: all), copied. */
struct regs {
	struct reg *v;
	size_t n;
};

static int
regs_add(const struct reg *r, void *arg)
{
	struct regs *rs = arg;
	rs->v = xrealloc(rs->v, (rs->n + 1) * sizeof *rs->v);
	reg_copy(&rs->v[rs->n++], r);
	return 0;
}

static int
regs_load(struct store *st, const char *status, struct regs *rs)
{
	memset(rs, 0, sizeof *rs);
	return store_reg_each(st, status, regs_add, rs);
}

static void
regs_free(struct regs *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		reg_clear(&rs->v[i]);
	free(rs->v);
	memset(rs, 0, sizeof *rs);
}

static int
by_name(const void *a, const void *b)
{
	const struct reg *x = a, *y = b;
	const char *nx = x->f[RF_NAME] ? x->f[RF_NAME] : x->f[RF_EMAIL];
	const char *ny = y->f[RF_NAME] ? y->f[RF_NAME] : y->f[RF_EMAIL];
	int c = strcasecmp(nx ? nx : "", ny ? ny : "");
	return c ? c : strcmp(x->code, y->code);
}

/* ---- the digest ---- */

static const char *const change_keys[DC__COUNT] = {
    NULL,	  "new_regs", "cancellations", "substitutions",
    "promotions", "offers",   "expired",       "moves"};
static const char *const change_counts[DC__COUNT] = {
    NULL,	  "c_new",     "c_cancelled", "c_substituted",
    "c_promoted", "c_offered", "c_expired",   "c_moved"};

struct digest_ctx {
	struct runner *r;
	const char *lang;
	const char *since;
	struct tmpl_value *lists[DC__COUNT];
	long counts[DC__COUNT];
	int64_t *seen; /* (change, reg) pairs listed, flattened */
	size_t nseen;
	struct tmpl_value *rate_limited, *messages, *incomplete, *failed;
	long n_rate, n_messages, n_incomplete, n_failed, n_failed_new;
	struct tmpl_value *bounces, *unmatched, *failing; /* bouncelog.h */
	long n_bounces, n_unmatched, n_failing;
	long n_tokens; /* human lines with an open decision token */
	struct buf *csv;
};

static int
on_change(const struct audit_change *c, void *arg)
{
	struct digest_ctx *x = arg;
	const struct config *cfg = x->r->cfg;
	if (c->action && !strcmp(c->action, "rate-limited")) {
		struct tmpl_value *e = tmpl_map();
		set_own(e, "when", short_time(cfg, c->at));
		tmpl_map_set_str(e, "email", c->detail);
		tmpl_list_add(x->rate_limited, e);
		x->n_rate++;
		return 0;
	}
	enum digest_change k = digest_classify(c->action, c->detail);
	if (k == DC_NONE || c->reg == 0)
		return 0;
	for (size_t i = 0; i < x->nseen; i += 2)
		if (x->seen[i] == k && x->seen[i + 1] == c->reg)
			return 0; /* once per registration and kind */
	x->seen = xrealloc(x->seen, (x->nseen + 2) * sizeof *x->seen);
	x->seen[x->nseen++] = k;
	x->seen[x->nseen++] = c->reg;
	struct tmpl_value *e = tmpl_map();
	set_own(e, "when", short_time(cfg, c->at));
	tmpl_map_set_str(e, "code", c->code);
	tmpl_map_set_str(e, "name", c->name ? c->name : c->email);
	tmpl_map_set_str(e, "email", c->email);
	tmpl_map_set_str(e, "organisation", c->organisation);
	tmpl_map_set_str(e, "pool", c->pool);
	set_own(e, "status_text", reply_status_text(c->status, 0, x->lang));
	tmpl_map_set_str(e, "by", actor_text(c->detail, x->lang));
	tmpl_list_add(x->lists[k], e);
	x->counts[k]++;
	return 0;
}

static int
on_message(const struct store_msg *m, void *arg)
{
	struct digest_ctx *x = arg;
	struct tmpl_value *e = tmpl_map();
	set_own(e, "when", short_time(x->r->cfg, m->processed_at));
	tmpl_map_set_str(e, "from", m->from_addr);
	tmpl_map_set_str(e, "subject", m->subject);
	tmpl_map_set_str(e, "reason", outcome_text(m->outcome, x->lang));
	/* The decision still open for it: the organiser answers by mail
	 * with its token (orgmail.c). */
	char *token = NULL;
	if (store_decision_open_token(x->r->st, m->id, &token) < 0) {
		tmpl_value_free(e);
		return -1;
	}
	if (token) {
		tmpl_map_set_str(e, "token", token);
		x->n_tokens++;
	}
	free(token);
	tmpl_list_add(x->messages, e);
	x->n_messages++;
	return 0;
}

static int
on_failed(const struct outbox_item *it, void *arg)
{
	struct digest_ctx *x = arg;
	struct tmpl_value *e = tmpl_map();
	set_own(e, "when", short_time(x->r->cfg, it->created_at));
	tmpl_map_set_str(e, "rcpt", it->rcpt);
	tmpl_map_set_str(e, "kind", it->kind);
	tmpl_map_set_str(e, "error", it->last_error);
	tmpl_list_add(x->failed, e);
	x->n_failed++;
	if (x->since == NULL ||
	    (it->created_at && strcmp(it->created_at, x->since) > 0))
		x->n_failed_new++;
	return 0;
}

/* A bounce since the last digest: matched to the robot's mail (with
 * the registration's code when there is one), or unmatched. */
static int
on_bounce(const struct store_bounce_row *b, void *arg)
{
	struct digest_ctx *x = arg;
	struct tmpl_value *e = tmpl_map();
	set_own(e, "when", short_time(x->r->cfg, b->at));
	tmpl_map_set_str(e, "code", b->code);
	tmpl_map_set_str(e, "name", b->name);
	tmpl_map_set_str(e, "email", b->address);
	tmpl_map_set_str(e, "kind", b->returned_kind);
	tmpl_map_set(e, "permanent", tmpl_bool(b->permanent));
	tmpl_map_set(e, "delayed", tmpl_bool(b->delayed));
	tmpl_map_set_str(e, "dsn_status", b->status);
	tmpl_map_set_str(e, "diagnostic", b->diagnostic);
	tmpl_map_set_str(e, "from", b->from_addr);
	tmpl_map_set_str(e, "subject", b->subject);
	if (b->matched) {
		tmpl_list_add(x->bounces, e);
		x->n_bounces++;
	} else {
		tmpl_list_add(x->unmatched, e);
		x->n_unmatched++;
	}
	return 0;
}

/* An address of a registration that counts as failing. */
static int
on_failing(const struct store_failing *f, const char *code, const char *name,
	   void *arg)
{
	struct digest_ctx *x = arg;
	struct tmpl_value *e = tmpl_map();
	tmpl_map_set_str(e, "email", f->address);
	tmpl_map_set_str(e, "code", code);
	tmpl_map_set_str(e, "name", name);
	set_own(e, "failing_since", short_time(x->r->cfg, f->since));
	set_num(e, "n_failures", (double)f->failures);
	tmpl_map_set_str(e, "dsn_status", f->status);
	tmpl_map_set_str(e, "diagnostic", f->diagnostic);
	tmpl_list_add(x->failing, e);
	x->n_failing++;
	return 0;
}

/* Seats per pool, with the bar chart's widths. */
static int
pool_vars(struct runner *r, struct tmpl_value *v)
{
	const struct config *cfg = r->cfg;
	/* The seats released at a release date as recorded then (or, on
	 * the day before any seat change counted it, as it would be now). */
	struct policy_pool *pp = NULL;
	if (seats_pools(cfg, r->st, &pp) < 0)
		return -1;
	struct tmpl_value *list = tmpl_list();
	long tot_seats = 0, tot_conf = 0, tot_free = 0, tot_wait = 0;
	for (size_t i = 0; i < cfg->npools; i++) {
		const char *name = cfg->pools[i].name;
		long cap = policy_capacity(pp, cfg->npools, i, r->now);
		long conf = store_reg_count(r->st, name, "confirmed");
		long wl = store_reg_count(r->st, name, "waitlisted");
		if (conf < 0 || wl < 0) {
			tmpl_value_free(list);
			free(pp);
			return -1;
		}
		long offered = pp[i].used - conf;
		offered = offered < 0 ? 0 : offered;
		long waiting = wl - offered;
		long freeseats = cap - pp[i].used;
		freeseats = freeseats < 0 ? 0 : freeseats;
		int w[3];
		digest_bar(conf, offered, freeseats, w);
		long base = cap > 0 ? cap : 1;
		long ww = waiting * 100 / base;
		struct tmpl_value *e = tmpl_map();
		tmpl_map_set_str(e, "pool", name);
		set_num(e, "seats", (double)cap);
		set_num(e, "n_confirmed", (double)conf);
		set_num(e, "n_offered", (double)offered);
		set_num(e, "n_free", (double)freeseats);
		set_num(e, "n_waiting", (double)waiting);
		set_num(e, "w_confirmed", w[0]);
		set_num(e, "w_offered", w[1]);
		set_num(e, "w_free", w[2]);
		set_num(e, "w_waiting",
			(double)(waiting && ww == 0 ? 1
				 : ww > 100	    ? 100
						    : ww));
		tmpl_list_add(list, e);
		tot_seats += cap;
		tot_conf += conf;
		tot_free += freeseats;
		tot_wait += waiting;
	}
	free(pp);
	tmpl_map_set(v, "pools", list);
	set_num(v, "total_seats", (double)tot_seats);
	set_num(v, "total_confirmed", (double)tot_conf);
	set_num(v, "total_free", (double)tot_free);
	set_num(v, "total_waiting", (double)tot_wait);
	return 0;
}

struct org {
	char *key, *name;
	struct tmpl_value *people;
	long n, cents;
};

static int
by_org_name(const void *a, const void *b)
{
	const struct org *x = a, *y = b;
	return strcasecmp(x->name, y->name);
}

static const char *const csv_header[] = {"code",
					 "name",
					 "email",
					 "organisation",
					 "role",
					 "phone",
					 "diet",
					 "invoice_address",
					 "invoice_reference",
					 "pool",
					 "status",
					 "waitlist_position",
					 "registered_at",
					 "fee_due",
					 NULL};

/* Per organisation its participants and fee owed; the CSV of all. */
static void
org_vars(struct runner *r, const struct regs *all, const char *lang,
	 struct tmpl_value *v, struct buf *csv)
{
	const struct config *cfg = r->cfg;
	for (int i = 0; csv_header[i]; i++)
		digest_csv_field(csv, csv_header[i], csv_header[i + 1] == NULL);
	struct org *orgs = NULL;
	size_t norgs = 0;
	long total = 0;
	for (size_t i = 0; i < all->n; i++) {
		const struct reg *g = &all->v[i];
		long owed = fee_owed(cfg, g);
		char pos[24] = "";
		if (g->waitlist_position)
			snprintf(pos, sizeof pos, "%ld", g->waitlist_position);
		/* one money format per language, in the CSV too */
		char *money =
		    owed ? reply_money(owed, cfg->currency, lang) : NULL;
		digest_csv_field(csv, g->code, 0);
		for (int f = 0; f < RF__COUNT; f++)
			digest_csv_field(csv, g->f[f], 0);
		digest_csv_field(csv, g->pool, 0);
		digest_csv_field(csv, g->status, 0);
		digest_csv_field(csv, pos, 0);
		/* in the event's zone with its offset, as every CSV */
		char *at = status_local_iso(cfg->timezone, g->registered_at);
		digest_csv_field(csv, at, 0);
		free(at);
		digest_csv_field(csv, money, 1);
		free(money);
		int listed = !strcmp(g->status, "confirmed") ||
			     !strcmp(g->status, "waitlisted") || owed;
		if (!listed)
			continue;
		const char *key = g->org_key && *g->org_key ? g->org_key : "";
		struct org *o = NULL;
		for (size_t k = 0; k < norgs && !o; k++)
			if (!strcmp(orgs[k].key, key))
				o = &orgs[k];
		if (o == NULL) {
			orgs = xrealloc(orgs, (norgs + 1) * sizeof *orgs);
			o = &orgs[norgs++];
			o->key = xstrdup(key);
			const char *none = is_en(lang) ? "(no organisation)"
						       : "(geen organisatie)";
			o->name = xstrdup(g->f[RF_ORGANISATION]
					      ? g->f[RF_ORGANISATION]
					      : none);
			o->people = tmpl_list();
			o->n = 0;
			o->cents = 0;
		}
		struct tmpl_value *p = tmpl_map();
		tmpl_map_set_str(
		    p, "name", g->f[RF_NAME] ? g->f[RF_NAME] : g->f[RF_EMAIL]);
		tmpl_map_set_str(p, "code", g->code);
		set_own(
		    p, "status_text",
		    reply_status_text(g->status, g->waitlist_position, lang));
		if (owed)
			set_own(p, "fee",
				reply_money(owed, cfg->currency, lang));
		tmpl_list_add(o->people, p);
		o->n += strcmp(g->status, "cancelled") != 0;
		o->cents += owed;
		total += owed;
	}
	if (norgs > 1)
		qsort(orgs, norgs, sizeof *orgs, by_org_name);
	struct tmpl_value *list = tmpl_list();
	for (size_t k = 0; k < norgs; k++) {
		struct tmpl_value *e = tmpl_map();
		tmpl_map_set_str(e, "organisation", orgs[k].name);
		set_num(e, "n_people", (double)orgs[k].n);
		set_own(e, "fee_owed",
			reply_money(orgs[k].cents, cfg->currency, lang));
		tmpl_map_set(e, "people", orgs[k].people);
		tmpl_list_add(list, e);
		free(orgs[k].key);
		free(orgs[k].name);
	}
	free(orgs);
	tmpl_map_set(v, "organisations", list);
	set_own(v, "fee_total", reply_money(total, cfg->currency, lang));
}

/* Days until the next course day (today's counts while it lasts). */
static void
next_day_vars(struct runner *r, struct tmpl_value *v, const char *lang)
{
	const struct config *cfg = r->cfg;
	const struct day *next = NULL;
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		if (d->date && strcmp(d->date, r->today) >= 0 &&
		    (next == NULL || strcmp(d->date, next->date) < 0))
			next = d;
	}
	tmpl_map_set(v, "course_over", tmpl_bool(next == NULL));
	if (next == NULL)
		return;
	long n = schedule_days_between(r->today, next->date);
	set_num(v, "next_number", next->number);
	set_own(v, "next_date", clock_long_date(next->date, lang));
	tmpl_map_set_str(v, "next_theme", next->theme);
	set_num(v, "days_until", (double)n);
	tmpl_map_set(v, "today", tmpl_bool(n == 0));
	tmpl_map_set(v, "tomorrow", tmpl_bool(n == 1));
}

/* The digest's variables and CSV.  *changed: anything to report since
 * the last digest (always true for the first). */
static int
build_digest(struct runner *r, const char *since, int64_t after,
	     const char *lang, struct tmpl_value **out, struct buf *csv,
	     int *changed)
{
	const struct config *cfg = r->cfg;
	struct tmpl_value *v = reply_vars(cfg, lang);
	set_own(v, "digest_date", clock_long_date(r->today, lang));
	tmpl_map_set(v, "first", tmpl_bool(since == NULL));
	if (since)
		set_own(v, "since",
			clock_long_time(iso_time(since), cfg->timezone, lang));
	struct digest_ctx x = {
	    .r = r, .lang = lang, .since = since, .csv = csv};
	for (int k = 1; k < DC__COUNT; k++)
		x.lists[k] = tmpl_list();
	x.rate_limited = tmpl_list();
	x.messages = tmpl_list();
	x.incomplete = tmpl_list();
	x.failed = tmpl_list();
	x.bounces = tmpl_list();
	x.unmatched = tmpl_list();
	x.failing = tmpl_list();
	struct regs all = {0}, inc = {0};
	int64_t upto = store_audit_mark(r->st);
	int rc = upto < 0 ? -1 : pool_vars(r, v);
	if (rc == 0)
		rc = store_audit_since(r->st, after, upto, on_change, &x);
	if (rc == 0)
		rc = store_message_each_human(r->st, after, upto, on_message,
					      &x);
	r->mark = upto;
	if (rc == 0)
		rc = store_outbox_each_failed(r->st, on_failed, &x);
	if (rc == 0)
		rc = store_bounce_since(r->st, after, upto, on_bounce, &x);
	if (rc == 0)
		rc = store_failing_each(r->st, on_failing, &x);
	if (rc == 0)
		rc = regs_load(r->st, "incomplete", &inc);
	if (rc == 0)
		rc = regs_load(r->st, NULL, &all);
	long nchanges = 0;
	for (int k = 1; k < DC__COUNT; k++) {
		tmpl_map_set(v, change_keys[k], x.lists[k]);
		set_num(v, change_counts[k], (double)x.counts[k]);
		nchanges += x.counts[k];
	}
	for (size_t i = 0; i < inc.n; i++) {
		const struct reg *g = &inc.v[i];
		struct tmpl_value *e = tmpl_map();
		set_own(e, "when", short_time(cfg, g->registered_at));
		tmpl_map_set_str(e, "code", g->code);
		tmpl_map_set_str(e, "name", g->f[RF_NAME]);
		tmpl_map_set_str(e, "email", g->f[RF_EMAIL]);
		tmpl_list_add(x.incomplete, e);
		x.n_incomplete++;
	}
	set_num(v, "n_changes", (double)nchanges);
	tmpl_map_set(v, "changed", tmpl_bool(nchanges > 0));
	tmpl_map_set(v, "incomplete_regs", x.incomplete);
	tmpl_map_set(v, "messages_human", x.messages);
	tmpl_map_set(v, "failed_mails", x.failed);
	tmpl_map_set(v, "rate_limited", x.rate_limited);
	set_num(v, "c_incomplete", (double)x.n_incomplete);
	set_num(v, "c_messages", (double)x.n_messages);
	set_num(v, "c_tokens", (double)x.n_tokens);
	set_num(v, "c_failed", (double)x.n_failed);
	set_num(v, "c_rate_limited", (double)x.n_rate);
	tmpl_map_set(v, "bounces", x.bounces);
	tmpl_map_set(v, "unmatched_bounces", x.unmatched);
	tmpl_map_set(v, "failing_addresses", x.failing);
	set_num(v, "c_bounces", (double)x.n_bounces);
	set_num(v, "c_unmatched", (double)x.n_unmatched);
	set_num(v, "c_failing", (double)x.n_failing);
	/* Mail that got no automatic answer (machines, the organiser's own
	 * address, repeated texts) is counted, so nothing vanishes
	 * unseen; any with registration content is in messages_human. */
	long noreply = rc == 0 ? store_noreply_count(r->st, after, upto) : 0;
	if (noreply < 0)
		rc = -1;
	set_num(v, "c_no_reply", noreply > 0 ? (double)noreply : 0);
	/* How the robot itself fares, as `regbot status` says it, in the
	 * digest's language: a failing SMTP server is seen the next
	 * morning, not days later. */
	struct status_report sr;
	if (rc == 0 && status_collect_lang(cfg, r->st, r->now, lang, &sr) < 0)
		rc = -1;
	else if (rc == 0) {
		struct tmpl_value *hl = tmpl_list(), *hp = tmpl_list();
		for (size_t i = 0; i < sr.nlines; i++) {
			struct tmpl_value *e = tmpl_map();
			/* the shipped templates: "  {{line}}"; continued
			 * lines two further in than the line */
			char ind[64];
			snprintf(ind, sizeof ind, "%*s",
				 (int)(4 + strspn(sr.lines[i], " ") % 32), "");
			set_own(e, "line",
				digest_wrap(sr.lines[i], DIGEST_WIDTH - 2,
					    DIGEST_WIDTH, ind));
			tmpl_list_add(hl, e);
		}
		/* "  LET OP: {{line}}", "  ATTENTION: {{line}}" */
		size_t lead = is_en(lang) ? 13 : 10;
		for (size_t i = 0; i < sr.nproblems; i++) {
			struct tmpl_value *e = tmpl_map();
			set_own(e, "line",
				digest_wrap(sr.problems[i], DIGEST_WIDTH - lead,
					    DIGEST_WIDTH, "    "));
			tmpl_list_add(hp, e);
		}
		tmpl_map_set(v, "health", hl);
		tmpl_map_set(v, "health_problems", hp);
		tmpl_map_set(v, "health_ok", tmpl_bool(sr.nproblems == 0));
		status_report_free(&sr);
	}
	long human = x.n_incomplete + x.n_messages + x.n_failed + x.n_rate +
		     x.n_bounces + x.n_unmatched + x.n_failing;
	set_num(v, "n_human", (double)human);
	tmpl_map_set(v, "needs_human", tmpl_bool(human > 0));
	if (rc == 0) {
		org_vars(r, &all, lang, v, csv);
		next_day_vars(r, v, lang);
		rc = attend_digest_vars(cfg, r->st, r->today, lang, v);
	}
	char *csvname =
	    xasprintf("%s-%s.csv",
		      is_en(lang) ? "registrations" : "aanmeldingen", r->today);
	tmpl_map_set_str(v, "csv_file", csvname);
	free(csvname);
	*changed = since == NULL || nchanges > 0 || x.n_messages > 0 ||
		   x.n_rate > 0 || x.n_failed_new > 0 || x.n_bounces > 0 ||
		   x.n_unmatched > 0;
	free(x.seen);
	regs_free(&all);
	regs_free(&inc);
	if (rc < 0) {
		tmpl_value_free(v);
		return -1;
	}
	*out = v;
	return 0;
}

/* Builds and emits the digest for `date`; *outcome says what happened. */
static int
digest_job(struct runner *r, const char *date, int force, const char **outcome)
{
	const struct config *cfg = r->cfg;
	const char *lang = cfg->language;
	char *since = NULL;
	int64_t after = 0;
	if (store_job_last(r->st, "digest", "sent", &since, &after) < 0)
		return -1;
	struct tmpl_value *v = NULL;
	struct buf csv;
	buf_init(&csv, 16 << 20);
	int changed = 1;
	int rc = build_digest(r, since, after, lang, &v, &csv, &changed);
	if (rc == 0 && !changed && cfg->digest_skip_unchanged && !force) {
		*outcome = "unchanged";
		if (r->dry && !r->raw)
			fprintf(r->out,
				"    (nothing changed since the last "
				"digest: digest_skip_unchanged skips it)\n");
	} else if (rc == 0) {
		char *key = xasprintf("digest:%s", date);
		char *fname = xasprintf(
		    "%s-%s.csv", is_en(lang) ? "registrations" : "aanmeldingen",
		    date);
		struct compose_attachment att = {.content_type =
						     "text/csv; charset=UTF-8",
						 .filename = fname,
						 .data = csv.p ? csv.p : "",
						 .len = csv.len};
		struct mail m = {.kind = "digest",
				 .lang = lang,
				 .to_name = cfg->organiser_name,
				 .to_addr = cfg->organiser_email,
				 .key = key,
				 .vars = v,
				 .att = &att,
				 .natt = 1};
		rc = emit(r, &m);
		*outcome = "sent";
		free(fname);
		free(key);
	}
	tmpl_value_free(v);
	buf_free(&csv);
	free(since);
	return rc;
}

/* ---- the final report ---- */

/* The final report's own variables: per pool the seats, who took part,
 * who cancelled (late ones still owe the fee) and who never got a seat,
 * with the fees; every cancellation; the totals.  A registration passed
 * on to a colleague is no cancellation: the colleague took the seat. */
static int
final_vars(struct runner *r, const struct regs *all, const char *lang,
	   struct tmpl_value *v)
{
	const struct config *cfg = r->cfg;
	struct policy_pool *pp = NULL;
	if (seats_pools(cfg, r->st, &pp) < 0)
		return -1;
	struct fp {
		long confirmed, cancelled, late, waiting, cents;
	} *fp = xcalloc(cfg->npools + 1, sizeof *fp);
	struct tmpl_value *cancelled = tmpl_list();
	long n_cancelled = 0, n_late = 0;
	for (size_t i = 0; i < all->n; i++) {
		const struct reg *g = &all->v[i];
		const struct pool *p =
		    g->pool ? config_pool_by_name(cfg, g->pool) : NULL;
		struct fp *f = &fp[p ? config_pool_index(cfg, p) : cfg->npools];
		long owed = fee_owed(cfg, g);
		f->cents += owed;
		if (!strcmp(g->status, "confirmed"))
			f->confirmed++;
		else if (!strcmp(g->status, "waitlisted"))
			f->waiting++;
		else if (!strcmp(g->status, "cancelled") && !g->replaced_by) {
			f->cancelled++;
			n_cancelled++;
			f->late += g->fee_due != 0;
			n_late += g->fee_due != 0;
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "name",
					 g->f[RF_NAME] ? g->f[RF_NAME]
						       : g->f[RF_EMAIL]);
			tmpl_map_set_str(e, "code", g->code);
			tmpl_map_set_str(e, "organisation",
					 g->f[RF_ORGANISATION]);
			tmpl_map_set_str(e, "pool", g->pool);
			set_own(e, "when", short_time(cfg, g->cancelled_at));
			if (owed)
				set_own(e, "fee",
					reply_money(owed, cfg->currency, lang));
			tmpl_list_add(cancelled, e);
		}
	}
	struct tmpl_value *list = tmpl_list();
	for (size_t i = 0; i < cfg->npools; i++) {
		struct tmpl_value *e = tmpl_map();
		tmpl_map_set_str(e, "pool", cfg->pools[i].name);
		set_num(e, "seats",
			(double)policy_capacity(pp, cfg->npools, i, r->now));
		set_num(e, "n_confirmed", (double)fp[i].confirmed);
		set_num(e, "n_cancelled", (double)fp[i].cancelled);
		set_num(e, "n_late", (double)fp[i].late);
		set_num(e, "n_waiting", (double)fp[i].waiting);
		set_own(e, "fee",
			reply_money(fp[i].cents, cfg->currency, lang));
		tmpl_list_add(list, e);
	}
	tmpl_map_set(v, "final_pools", list);
	tmpl_map_set(v, "cancelled_regs", cancelled);
	set_num(v, "total_cancelled", (double)n_cancelled);
	set_num(v, "total_late", (double)n_late);
	char last[11];
	if (schedule_last_day(cfg, last))
		set_own(v, "last_date", clock_long_date(last, lang));
	free(fp);
	free(pp);
	return 0;
}

/* The final report, after the last course day: the last digest (what
 * changed since the one before, what needs a human, the robot's health,
 * attendance where recorded) with the totals of the whole course, and
 * the CSV of every registration.  After it no digest is due. */
static int
final_report_job(struct runner *r, const struct sched_job *j)
{
	const struct config *cfg = r->cfg;
	const char *lang = cfg->language;
	char *since = NULL;
	int64_t after = 0;
	if (store_job_last(r->st, "digest", "sent", &since, &after) < 0)
		return -1;
	struct tmpl_value *v = NULL;
	struct buf csv;
	buf_init(&csv, 16 << 20);
	int changed = 1;
	struct regs all = {0};
	int rc = build_digest(r, since, after, lang, &v, &csv, &changed);
	if (rc == 0)
		rc = regs_load(r->st, NULL, &all);
	if (rc == 0)
		rc = final_vars(r, &all, lang, v);
	if (rc == 0) {
		set_own(v, "report_date", clock_long_date(j->date, lang));
		char *fname = xasprintf(
		    "%s-%s.csv", is_en(lang) ? "final-report" : "eindverslag",
		    j->date);
		tmpl_map_set_str(v, "csv_file", fname);
		struct compose_attachment att = {.content_type =
						     "text/csv; charset=UTF-8",
						 .filename = fname,
						 .data = csv.p ? csv.p : "",
						 .len = csv.len};
		struct mail m = {.kind = "final-report",
				 .lang = lang,
				 .to_name = cfg->organiser_name,
				 .to_addr = cfg->organiser_email,
				 .key = j->key,
				 .vars = v,
				 .att = &att,
				 .natt = 1};
		rc = emit(r, &m);
		free(fname);
	}
	regs_free(&all);
	tmpl_value_free(v);
	buf_free(&csv);
	free(since);
	return rc;
}

/* ---- reminders ---- */

static int
reminder_job(struct runner *r, const struct sched_job *j)
{
	const struct config *cfg = r->cfg;
	const struct day *d = day_by_number(cfg, j->day);
	if (d == NULL)
		return 0;
	struct regs conf;
	if (regs_load(r->st, "confirmed", &conf) < 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < conf.n && rc == 0; i++) {
		const struct reg *g = &conf.v[i];
		if (g->f[RF_EMAIL] == NULL)
			continue;
		char *cat = store_reg_confirmed_at(r->st, g->id);
		time_t confirmed = iso_time(cat);
		free(cat);
		if (!schedule_remind_participant(confirmed, j->due)) {
			r->withheld++;
			if (r->dry && !r->raw)
				fprintf(r->out,
					"    (not: %s <%s> was "
					"confirmed less than 24 h before)\n",
					g->f[RF_NAME] ? g->f[RF_NAME] : "-",
					g->f[RF_EMAIL]);
			continue;
		}
		const char *lang = g->language ? g->language : cfg->language;
		struct tmpl_value *v = reply_vars(cfg, lang);
		reply_vars_reg(v, cfg, g, lang);
		day_vars(v, cfg, d, lang);
		/* Days from today, not the configured offset: a reminder
		 * sent late after downtime must not say "in 7 days". */
		long until = schedule_days_between(r->today, d->date);
		set_num(v, "days_before", (double)until);
		tmpl_map_set(v, "tomorrow", tmpl_bool(until == 1));
		/* The day's entry with the SEQUENCE that follows what this
		 * participant was sent before (the confirmation's, unless
		 * the day changed since). */
		int prev = 0;
		char *pfp = NULL, *pm = NULL;
		int sent = store_calendar_get(r->st, g->id, d->number, &prev,
					      &pfp, &pm);
		char *fp = calendar_day_fingerprint(cfg, d);
		struct calendar_seq seq = {
		    d->number, calendar_next_sequence(
				   sent > 0, prev, pfp,
				   sent > 0 ? calendar_method_from_name(pm)
					    : CALENDAR_NONE,
				   fp, CALENDAR_PUBLISH)};
		free(pfp);
		free(pm);
		struct calendar_req cal = {.method = CALENDAR_PUBLISH,
					   .code = g->code,
					   .only_day = d->number,
					   .seq = &seq,
					   .nseq = 1};
		char *key = xasprintf("reminder:%d:%d:%s", j->day,
				      j->days_before, g->code);
		struct mail m = {.kind = "reminder",
				 .lang = lang,
				 .to_name = g->f[RF_NAME],
				 .to_addr = g->f[RF_EMAIL],
				 .key = key,
				 .vars = v,
				 .cal = &cal,
				 .reg = g->id};
		rc = sent < 0 ? -1 : emit(r, &m);
		if (rc == 0 && !r->dry) {
			char *uid = calendar_uid(cfg, g->code, d->number);
			rc = store_calendar_put(r->st, g->id, d->number, uid,
						seq.sequence, fp, "PUBLISH",
						key, r->nowiso);
			free(uid);
		}
		free(fp);
		free(key);
		tmpl_value_free(v);
	}
	regs_free(&conf);
	return rc;
}

/* ---- attendance lists ---- */

static int
attendance_job(struct runner *r, const struct sched_job *j)
{
	const struct config *cfg = r->cfg;
	const struct day *d = day_by_number(cfg, j->day);
	if (d == NULL)
		return 0;
	const char *lang = cfg->language;
	int en = is_en(lang);
	struct regs conf;
	if (regs_load(r->st, "confirmed", &conf) < 0)
		return -1;
	if (conf.n > 1)
		qsort(conf.v, conf.n, sizeof *conf.v, by_name);
	struct tmpl_value *v = reply_vars(cfg, lang);
	day_vars(v, cfg, d, lang);
	struct tmpl_value *people = tmpl_list(), *diets = tmpl_list();
	struct buf csv;
	buf_init(&csv, 16 << 20);
	static const char *const head_nl[] = {
	    "naam",	   "organisatie", "functie",  "e-mail", "telefoon",
	    "dieetwensen", "code",	  "aanwezig", NULL};
	static const char *const head_en[] = {
	    "name",	      "organisation", "function", "e-mail", "phone",
	    "dietary wishes", "code",	      "present",  NULL};
	const char *const *head = en ? head_en : head_nl;
	for (int i = 0; head[i]; i++)
		digest_csv_field(&csv, head[i], head[i + 1] == NULL);
	long ndiets = 0;
	for (size_t i = 0; i < conf.n; i++) {
		const struct reg *g = &conf.v[i];
		struct tmpl_value *e = reply_person(cfg, g, lang);
		tmpl_list_add(people, e);
		const enum reg_field cols[] = {RF_NAME,	 RF_ORGANISATION,
					       RF_ROLE,	 RF_EMAIL,
					       RF_PHONE, RF_DIET};
		for (size_t c = 0; c < sizeof cols / sizeof *cols; c++)
			digest_csv_field(&csv, g->f[cols[c]], 0);
		digest_csv_field(&csv, g->code, 0);
		digest_csv_field(&csv, "", 1);
		if (g->f[RF_DIET] && *g->f[RF_DIET]) {
			tmpl_list_add(diets, reply_person(cfg, g, lang));
			ndiets++;
		}
	}
	tmpl_map_set(v, "attendees", people);
	set_num(v, "n_attendees", (double)conf.n);
	tmpl_map_set(v, "diets", diets);
	set_num(v, "c_diets", (double)ndiets);
	char *fname =
	    xasprintf("%s-%d.csv", en ? "attendance-day" : "presentielijst-dag",
		      d->number);
	tmpl_map_set_str(v, "csv_file", fname);
	struct compose_attachment att = {.content_type =
					     "text/csv; charset=UTF-8",
					 .filename = fname,
					 .data = csv.p ? csv.p : "",
					 .len = csv.len};
	char *key = xasprintf("attendance:%d", d->number);
	struct mail m = {.kind = "attendance",
			 .lang = lang,
			 .to_name = cfg->organiser_name,
			 .to_addr = cfg->organiser_email,
			 .key = key,
			 .vars = v,
			 .att = &att,
			 .natt = 1};
	int rc = emit(r, &m);
	free(key);
	free(fname);
	buf_free(&csv);
	tmpl_value_free(v);
	regs_free(&conf);
	return rc;
}

/* ---- running the due jobs ---- */

struct keys {
	char **v;
	size_t n;
};

static int
keys_add(const char *key, void *arg)
{
	struct keys *k = arg;
	k->v = xrealloc(k->v, (k->n + 1) * sizeof *k->v);
	k->v[k->n++] = xstrdup(key);
	return 0;
}

static void
keys_free(struct keys *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->v[i]);
	free(k->v);
}

static void
dry_header(struct runner *r, const struct sched_job *j)
{
	if (r->raw)
		return;
	const struct config *cfg = r->cfg;
	fprintf(r->out, "%-20s ", j->key);
	if (j->action == SCHED_SKIP) {
		fprintf(r->out, "skipped: %s\n", j->why);
		return;
	}
	switch (j->kind) {
	case SCHED_DIGEST:
		fprintf(r->out, "digest of %s to %s\n", j->date,
			cfg->organiser_email);
		break;
	case SCHED_REMINDER:
		fprintf(r->out,
			"reminder for day %d (%s), %d day%s before, "
			"to:\n",
			j->day, j->date, j->days_before,
			j->days_before == 1 ? "" : "s");
		break;
	case SCHED_ATTENDANCE:
		fprintf(r->out, "attendance list for day %d (%s) to %s\n",
			j->day, j->date, cfg->organiser_email);
		break;
	case SCHED_FINAL:
		fprintf(r->out,
			"final report of %s to %s (no digest after it)\n",
			j->date, cfg->organiser_email);
		break;
	}
}

static int
run_job(struct runner *r, const struct sched_job *j)
{
	if (r->dry)
		dry_header(r, j);
	else if (store_begin(r->st) < 0) {
		log_err(j->key, "store: %s", store_error(r->st));
		return -1;
	}
	r->mails = 0;
	r->withheld = 0;
	r->mark = 0;
	const char *outcome = "sent";
	char *skipped = NULL;
	int rc = 0;
	if (j->action == SCHED_SKIP) {
		skipped = xasprintf("skipped: %s", j->why);
		outcome = skipped;
	} else if (j->kind == SCHED_DIGEST)
		rc = digest_job(r, j->date, 0, &outcome);
	else if (j->kind == SCHED_REMINDER)
		rc = reminder_job(r, j);
	else if (j->kind == SCHED_FINAL)
		rc = final_report_job(r, j);
	else
		rc = attendance_job(r, j);
	if (r->dry) {
		free(skipped);
		return rc;
	}
	char due[32];
	store_time(j->due, due, sizeof due);
	int recorded = 0;
	if (rc == 0) {
		recorded = store_job_record(
		    r->st, j->key, schedule_kind_name(j->kind), due, r->nowiso,
		    outcome, r->mails, r->mark);
		rc = recorded < 0 ? -1 : 0;
	}
	if (rc == 0 && recorded == 0) {
		/* Another process ran it meanwhile: keep its result. */
		store_rollback(r->st);
		free(skipped);
		return 0;
	}
	if (rc == 0 && store_commit(r->st) < 0)
		rc = -1;
	if (rc < 0) {
		log_err(j->key, "not done, will retry: %s", store_error(r->st));
		store_rollback(r->st);
	} else if (j->kind == SCHED_REMINDER && j->action == SCHED_RUN)
		log_info(j->key,
			 "%ld reminder%s queued, %ld withheld "
			 "(confirmed recently)",
			 r->mails, r->mails == 1 ? "" : "s", r->withheld);
	else
		log_info(j->key, "%s", outcome);
	free(skipped);
	return rc;
}

static int
run_due(struct runner *r)
{
	struct keys done = {0};
	if (store_job_each(r->st, keys_add, &done) < 0) {
		log_err(NULL, "scheduled jobs: %s", store_error(r->st));
		keys_free(&done);
		return -1;
	}
	struct sched_job *jobs = NULL;
	size_t n = schedule_due(r->cfg, r->now, (const char *const *)done.v,
				done.n, &jobs);
	keys_free(&done);
	int rc = 0;
	if (r->dry && n == 0 && !r->raw)
		fprintf(r->out, "nothing is due at %s\n", r->nowiso);
	for (size_t i = 0; i < n; i++)
		if (run_job(r, &jobs[i]) < 0)
			rc = -1;
	free(jobs);
	return rc;
}

int
digest_run_due(const struct config *cfg, struct store *st, time_t now)
{
	struct runner r;
	runner_init(&r, cfg, st, now);
	return run_due(&r);
}

int
digest_dry_run(const struct config *cfg, struct store *st, time_t now, int full,
	       FILE *out)
{
	struct runner r;
	runner_init(&r, cfg, st, now);
	r.dry = 1;
	r.full = full;
	r.out = out;
	char *local = clock_long_time(now, cfg->timezone, "en");
	fprintf(out, "due at %s (%s); nothing is sent:\n", local,
		cfg->timezone);
	free(local);
	return run_due(&r) < 0 ? 1 : 0;
}

int
digest_print(const struct config *cfg, struct store *st, time_t now, int raw,
	     FILE *out)
{
	struct runner r;
	runner_init(&r, cfg, st, now);
	r.dry = 1;
	r.full = 1;
	r.raw = raw;
	r.out = out;
	const char *outcome = NULL;
	int rc = digest_job(&r, r.today, 1, &outcome);
	return rc < 0 ? 1 : 0;
}
