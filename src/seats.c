/*
 * seats — see seats.h.
 *
 * Invariants kept here (and checked by the randomised test):
 *  - no pool ever uses more seats than policy_capacity() gives it, except
 *    by an explicit forced organiser action;
 *  - a freed seat goes to the first eligible person waiting in that pool,
 *    in arrival order (INTERNALDATE and UID order, never a Date header);
 *  - every status change has an audit entry naming the new status and the
 *    reason, so the log explains every state.
 * All functions run inside the caller's transaction: a failure anywhere
 * rolls back the whole change, mails included.
 */
#include "seats.h"

#include <gnutls/crypto.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "clock.h"
#include "form.h"
#include "policy.h"
#include "reply.h"
#include "stats.h"
#include "util.h"

void
act_init(struct act *a, const struct config *cfg, struct store *st, time_t now,
	 const char *tag, const char *actor)
{
	memset(a, 0, sizeof *a);
	a->cfg = cfg;
	a->st = st;
	a->now = now;
	store_time(now, a->nowiso, sizeof a->nowiso);
	snprintf(a->tag, sizeof a->tag, "%s", tag);
	a->actor = actor;
	a->msgkey = a->tag;
}

int
act_audit(struct act *a, int64_t reg, const char *action, const char *detail)
{
	char *d = xasprintf("%s: %s", a->actor, detail ? detail : "");
	int r = store_audit(a->st, a->nowiso, reg, a->msg, action, d);
	free(d);
	return r;
}

/* The calendar a reply carries, with each day's SEQUENCE from what the
 * registration was sent before (calendar.h explains the rule). */
struct calsend {
	int planned; /* req is set (else: reply's default) */
	struct calendar_req req;
	struct calendar_seq *seq;
	char **fp; /* per day, for the record */
	struct reg reg;
};

static void
calendar_plan_free(struct calsend *cs)
{
	if (cs->fp)
		for (size_t i = 0; i < cs->req.nseq; i++)
			free(cs->fp[i]);
	free(cs->fp);
	free(cs->seq);
	reg_clear(&cs->reg);
	memset(cs, 0, sizeof *cs);
}

static int
calendar_plan(struct act *a, const char *kind, const struct tmpl_value *vars,
	      int64_t reg, struct calsend *cs)
{
	const struct config *cfg = a->cfg;
	memset(cs, 0, sizeof *cs);
	const char *when = NULL;
	enum calendar_method m = reply_kind_calendar(kind, &when);
	if (m == CALENDAR_NONE || reg == 0)
		return 0;
	if (when && !tmpl_bool_of(tmpl_map_get(vars, when)))
		return 0;
	int f = store_reg_find_id(a->st, reg, &cs->reg);
	if (f <= 0)
		return f;
	cs->planned = 1;
	cs->req.method = m;
	cs->req.code = cs->reg.code;
	cs->req.attendee_name = cs->reg.f[RF_NAME];
	cs->req.attendee_email = cs->reg.f[RF_EMAIL];
	cs->seq = xcalloc(cfg->ndays + 1, sizeof *cs->seq);
	cs->fp = xcalloc(cfg->ndays + 1, sizeof *cs->fp);
	for (size_t i = 0; i < cfg->ndays; i++) {
		const struct day *d = &cfg->days[i];
		int prev = 0;
		char *pfp = NULL, *pm = NULL;
		int sent =
		    store_calendar_get(a->st, reg, d->number, &prev, &pfp, &pm);
		if (sent < 0)
			return -1;
		char *fp = calendar_day_fingerprint(cfg, d);
		int seq = calendar_next_sequence(
		    sent, prev, pfp,
		    sent ? calendar_method_from_name(pm) : CALENDAR_NONE, fp,
		    m);
		free(pfp);
		free(pm);
		if (seq < 0) {
			/* Nothing to cancel: no calendar at all. */
			free(fp);
			cs->req.method = CALENDAR_NONE;
			return 0;
		}
		cs->seq[cs->req.nseq] = (struct calendar_seq){d->number, seq};
		cs->fp[cs->req.nseq++] = fp;
	}
	cs->req.seq = cs->seq;
	return 0;
}

static int
calendar_record(struct act *a, const struct calsend *cs, int64_t reg,
		const char *key)
{
	if (!cs->planned || cs->req.method == CALENDAR_NONE)
		return 0;
	const char *method = calendar_method_name(cs->req.method);
	for (size_t i = 0; i < cs->req.nseq; i++) {
		char *uid = calendar_uid(a->cfg, cs->reg.code, cs->seq[i].day);
		int r = store_calendar_put(a->st, reg, cs->seq[i].day, uid,
					   cs->seq[i].sequence, cs->fp[i],
					   method, key, a->nowiso);
		free(uid);
		if (r < 0)
			return -1;
	}
	return 0;
}

char *
act_key(const struct act *a, const char *kind, const char *addr, int64_t reg)
{
	return reg ? xasprintf("%s:r%lld:%s", kind, (long long)reg, a->tag)
		   : xasprintf("%s:%s:%s", kind, addr, a->tag);
}

int
act_queue(struct act *a, const char *kind, const char *lang, const char *name,
	  const char *addr, const struct tmpl_value *vars, int64_t reg,
	  int limited)
{
	const struct config *cfg = a->cfg;
	if (addr == NULL)
		return 0;
	if (reg && reg == a->quiet_reg)
		return store_audit(a->st, a->nowiso, reg, a->msg, "not-mailed",
				   kind) < 0
			   ? -1
			   : 0;
	if (limited) {
		char since[32];
		store_time(a->now - 86400, since, sizeof since);
		long n = store_replies_since(a->st, addr, since);
		if (n < 0)
			return -1;
		if (n >= cfg->rate_limit) {
			if (store_audit(a->st, a->nowiso, reg, a->msg,
					"rate-limited", addr) < 0)
				return -1;
			if (n > cfg->rate_limit)
				return 0;
			/* One notice, then silence for a day. */
			kind = "ratelimit";
		}
	}
	char *key = act_key(a, kind, addr, reg);
	struct calsend cs;
	if (calendar_plan(a, kind, vars, reg, &cs) < 0) {
		free(key);
		return -1;
	}
	struct reply r = {
	    .kind = kind,
	    .lang = lang ? lang : cfg->language,
	    .to_name = name,
	    .to_addr = addr,
	    .key = key,
	    .in_reply_to = a->in_reply_to,
	    .references = a->references,
	    .auto_submitted = "auto-replied",
	    .vars = vars,
	    .reply_to = a->reply_to,
	    /* NULL: the kind's default; a planned CALENDAR_NONE: none */
	    .calendar = cs.planned ? &cs.req : NULL,
	};
	struct buf out;
	buf_init(&out, 8 << 20);
	char *err = NULL;
	int rc = 0;
	double t0 = stats_now();
	int built = reply_build(cfg, &r, a->now, &out, &err);
	stats_add(STATS_RENDER, t0);
	if (built < 0) {
		log_err(a->msgkey, "reply %s: %s", kind, err);
		free(err);
		rc = -1;
	} else {
		int added =
		    store_outbox_add(a->st, key, kind, addr, buf_str(&out),
				     out.len, a->msg, reg, a->nowiso);
		if (added < 0)
			rc = -1;
		else if (added)
			rc = store_audit(a->st, a->nowiso, reg, a->msg, "reply",
					 kind);
		if (rc == 0 && added)
			rc = calendar_record(a, &cs, reg, key);
	}
	calendar_plan_free(&cs);
	buf_free(&out);
	free(key);
	return rc;
}

static const char *const labels_nl[RF__COUNT] = {
    "Naam",	"E-mailadres", "Organisatie",  "Functie",
    "Telefoon", "Dieetwensen", "Factuuradres", "Factuurkenmerk"};
static const char *const labels_en[RF__COUNT] = {
    "Name",  "E-mail address", "Organisation",	  "Function",
    "Phone", "Dietary wishes", "Invoice address", "Invoice reference"};
static const enum reg_field required[] = {RF_NAME, RF_EMAIL, RF_ORGANISATION};

int
seats_complete(const struct reg *r)
{
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (r->f[required[i]] == NULL)
			return 0;
	return 1;
}

struct tmpl_value *
act_reg_vars(struct act *a, const struct reg *r, const char *lang)
{
	const struct config *cfg = a->cfg;
	struct tmpl_value *v = reply_vars(cfg, lang);
	reply_vars_reg(v, cfg, r, lang);
	const char *const *labels = strcmp(lang, "en") ? labels_nl : labels_en;
	struct tmpl_value *und = tmpl_list(), *miss = tmpl_list();
	for (int i = 0; i < RF__COUNT; i++) {
		/* The values reply_vars_reg made one line each. */
		const struct tmpl_value *val =
		    tmpl_map_get(v, reg_field_key((enum reg_field)i));
		if (r->f[i] == NULL || tmpl_string_of(val) == NULL)
			continue;
		struct tmpl_value *e = tmpl_map();
		tmpl_map_set_str(e, "label", labels[i]);
		tmpl_map_set_str(e, "value", tmpl_string_of(val));
		tmpl_list_add(und, e);
	}
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (r->f[required[i]] == NULL) {
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "label", labels[required[i]]);
			tmpl_list_add(miss, e);
		}
	tmpl_map_set(v, "understood", und);
	tmpl_map_set(v, "missing", miss);
	if (r->offer_until) {
		time_t t;
		if (clock_parse_iso(r->offer_until, &t) == 0) {
			char *s = clock_long_time(t, cfg->timezone, lang);
			tmpl_map_set_str(v, "offer_deadline", s);
			free(s);
		}
	}
	tmpl_map_set(v, "fee_due", tmpl_bool(r->fee_due));
	if (cfg->cancel_deadline_at) {
		char *s = clock_long_time(cfg->cancel_deadline_at,
					  cfg->timezone, lang);
		tmpl_map_set_str(v, "cancel_deadline", s);
		free(s);
	}
	return v;
}

/* Queues `kind` about r to r's own address. */
/* had_seat: for cancellations, whether a seat was given up (the mail
 * then carries a calendar CANCEL); -1 when it does not apply. */
static int
mail_reg(struct act *a, const char *kind, const struct reg *r, int limited,
	 const char *extra_key, const char *extra_val, int had_seat)
{
	const char *lang = r->language ? r->language : a->cfg->language;
	struct tmpl_value *v = act_reg_vars(a, r, lang);
	if (extra_key)
		tmpl_map_set_str(v, extra_key, extra_val);
	if (had_seat >= 0)
		tmpl_map_set(v, "had_seat", tmpl_bool(had_seat));
	int rc = act_queue(a, kind, lang, r->f[RF_NAME], r->f[RF_EMAIL], v,
			   r->id, limited);
	tmpl_value_free(v);
	return rc;
}

const char *
seats_code_tag(const char *code, char out[SEATS_CODE_TAG])
{
	unsigned char d[32];
	const char *c = code ? code : "";
	gnutls_hash_fast(GNUTLS_DIG_SHA256, c, strlen(c), d);
	snprintf(out, SEATS_CODE_TAG, "code#%02x%02x%02x", d[0], d[1], d[2]);
	return out;
}

void
seats_new_code(struct reg *r)
{
	unsigned char rnd[7];
	char code[12];
	if (util_random(rnd, sizeof rnd) < 0)
		abort(); /* getrandom does not fail once the system runs */
	policy_code(rnd, code);
	free(r->code);
	r->code = xstrdup(code);
}

/* The form field of each registration field. */
static const enum form_field rf_form[RF__COUNT] = {
    FF_NAME,  FF_EMAIL, FF_ORGANISATION,    FF_ROLE,
    FF_PHONE, FF_DIET,	FF_INVOICE_ADDRESS, FF_INVOICE_REFERENCE};

void
seats_give_fields(const struct reg *r, struct form_person *p)
{
	memset(p, 0, sizeof *p);
	for (int i = 0; i < RF__COUNT; i++)
		if (r->f[i])
			p->f[rf_form[i]] = xstrdup(r->f[i]);
}

void
seats_take_fields(struct reg *r, const struct form_person *p)
{
	for (int i = 0; i < RF__COUNT; i++) {
		const char *v = p->f[rf_form[i]];
		if (v && *v) {
			free(r->f[i]);
			r->f[i] = xstrdup(v);
		}
	}
	if (r->f[RF_EMAIL])
		str_lower(r->f[RF_EMAIL]);
	free(r->org_key);
	r->org_key = r->f[RF_ORGANISATION]
			 ? policy_org_key(r->f[RF_ORGANISATION])
			 : NULL;
}

static void
set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = v ? xstrdup(v) : NULL;
}

/* ---- counting ---- */

int
seats_pools(const struct config *cfg, struct store *st,
	    struct policy_pool **out)
{
	struct policy_pool *pp = xcalloc(cfg->npools + 1, sizeof *pp);
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *c = &cfg->pools[i];
		const struct pool *to =
		    c->release_to ? config_pool_by_name(cfg, c->release_to)
				  : NULL;
		pp[i] = (struct policy_pool){
		    .name = c->name,
		    .seats = c->seats,
		    .used = store_reg_used(st, c->name),
		    .release_at = c->release_at,
		    .release_to = to ? (int)config_pool_index(cfg, to) : -1};
		int found = 0;
		if (pp[i].used >= 0 && c->release_at && to) {
			char at[32];
			store_time(c->release_at, at, sizeof at);
			found =
			    store_release_get(st, c->name, at, &pp[i].released);
			pp[i].recorded = found == 1;
		}
		if (pp[i].used < 0 || found < 0) {
			free(pp);
			return -1;
		}
	}
	*out = pp;
	return 0;
}

/* A pool whose release date has come, and whose release is not counted
 * yet, counts it now: the seats it does not use at this moment.  Every
 * seat change reads the pools through here first, and the robot's
 * cycle calls seats_tick before anything else that time causes, so the
 * count is the pool's state at its release date; later changes leave it
 * as it is. */
static int
take_releases(struct act *a, struct policy_pool *pp)
{
	const struct config *cfg = a->cfg;
	for (size_t i = 0; i < cfg->npools; i++) {
		struct policy_pool *p = &pp[i];
		if (p->recorded || p->release_to < 0 || p->release_at == 0 ||
		    a->now < p->release_at)
			continue;
		char at[32];
		store_time(p->release_at, at, sizeof at);
		long n = policy_release_count(p->seats, p->used);
		if (store_release_put(a->st, p->name, at, p->seats, p->used, n,
				      a->nowiso) < 0)
			return -1;
		const char *to = cfg->pools[p->release_to].name;
		char *d =
		    xasprintf("pool %s released %ld unused seat%s of %ld "
			      "to pool %s (release date %s)",
			      p->name, n, n == 1 ? "" : "s", p->seats, to, at);
		int rc = act_audit(a, 0, "released", d);
		free(d);
		if (rc < 0)
			return -1;
		log_info(a->msgkey, "pool %s released %ld seat%s to pool %s",
			 p->name, n, n == 1 ? "" : "s", to);
		p->recorded = 1;
		p->released = n;
	}
	return 0;
}

struct pools {
	struct policy_pool *p;
	size_t n;
};

/* The pools' counts for a change, with any release that is due counted
 * first.  Runs inside the caller's transaction. */
static int
load_pools(struct act *a, struct pools *ps)
{
	ps->n = a->cfg->npools;
	if (seats_pools(a->cfg, a->st, &ps->p) < 0)
		return -1;
	if (take_releases(a, ps->p) < 0) {
		free(ps->p);
		return -1;
	}
	return 0;
}

static long
org_cap_now(struct act *a, const struct pool *p)
{
	return policy_cap_active(p->org_cap, p->org_cap_until_at, a->now)
		   ? p->org_cap
		   : 0;
}

int
seats_decide(struct act *a, struct reg *r)
{
	const struct config *cfg = a->cfg;
	const struct pool *p = NULL;
	if (r->pool_fixed && r->pool)
		p = config_pool_by_name(cfg, r->pool);
	if (p == NULL)
		p = config_pool_for_org(cfg, r->f[RF_EMAIL],
					r->f[RF_ORGANISATION]);
	if (p == NULL)
		p = &cfg->pools[0];
	set_str(&r->pool, p->name);
	struct pools ps;
	if (load_pools(a, &ps) < 0)
		return -1;
	size_t idx = config_pool_index(cfg, p);
	struct seat_query q = {
	    .capacity = policy_capacity(ps.p, ps.n, idx, a->now),
	    .used = ps.p[idx].used,
	    .org_cap = org_cap_now(a, p),
	};
	free(ps.p);
	if (q.org_cap && r->org_key && *r->org_key) {
		q.org_used = store_reg_org_used(a->st, p->name, r->org_key);
		if (q.org_used < 0)
			return -1;
	}
	/* A newcomer never passes anyone eligible who waits; whether one
	 * does is all the rule needs (not how many). */
	struct reg first = {0};
	int waits =
	    store_reg_next_waiting(a->st, p->name, r->id, q.org_cap, &first);
	reg_clear(&first);
	if (waits < 0)
		return -1;
	q.queue = waits;
	enum seat s = policy_seat(&q);
	set_str(&r->status, s == SEAT_CONFIRM ? "confirmed" : "waitlisted");
	set_str(&r->hold, s == SEAT_WAIT_CAP ? "cap" : NULL);
	return 0;
}

/* Updates r in the store with a new status and records why. */
static int
set_status(struct act *a, struct reg *r, const char *status, const char *why)
{
	set_str(&r->status, status);
	set_str(&r->updated_at, a->nowiso);
	if (store_reg_update(a->st, r) < 0)
		return -1;
	return act_audit(a, r->id, status, why);
}

struct regs {
	struct reg *v;
	size_t n;
};

static int
regs_collect(const struct reg *r, void *arg)
{
	struct regs *rs = arg;
	rs->v = xrealloc(rs->v, (rs->n + 1) * sizeof *rs->v);
	reg_copy(&rs->v[rs->n++], r);
	return 0;
}

static void
regs_clear(struct regs *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		reg_clear(&rs->v[i]);
	free(rs->v);
	memset(rs, 0, sizeof *rs);
}

/* Keeps every waiting registration's hold (held_by_cap) true to the cap
 * as it stands now, and tells the person when that changes: the cap no
 * longer holds them (its end date passed, or their organisation has
 * fewer seats now) and they wait in arrival order; or it holds them
 * again (a colleague took a seat).  The seats themselves are decided by
 * pick_one from the same counts; this keeps what people are told and
 * what `list` shows in step with it. */
static int
review_holds(struct act *a)
{
	const struct config *cfg = a->cfg;
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		if (p->org_cap <= 0)
			continue;
		long cap = org_cap_now(a, p);
		struct regs w = {0};
		/* only those whose mark is wrong now: the loop below
		 * checks each again */
		if (store_reg_hold_changes(a->st, p->name, cap, regs_collect,
					   &w) < 0) {
			regs_clear(&w);
			return -1;
		}
		int rc = 0;
		for (size_t k = 0; k < w.n && rc == 0; k++) {
			struct reg *r = &w.v[k];
			int held = 0;
			if (cap && r->org_key && *r->org_key) {
				long used = store_reg_org_used(a->st, p->name,
							       r->org_key);
				if (used < 0) {
					rc = -1;
					break;
				}
				held = used >= cap;
			}
			if (held == (r->hold != NULL))
				continue;
			set_str(&r->hold, held ? "cap" : NULL);
			set_str(&r->updated_at, a->nowiso);
			rc = store_reg_update(a->st, r);
			if (rc == 0)
				rc = act_audit(
				    a, r->id,
				    held ? "held-by-cap" : "cap-lifted",
				    held ? "the organisation reached the cap "
					   "of its pool: others may pass"
					 : "no longer held by the organisation "
					   "cap: waits in arrival order");
			if (rc == 0)
				rc = mail_reg(a, "waitlist-update", r, 0, NULL,
					      NULL, -1);
		}
		regs_clear(&w);
		if (rc < 0)
			return -1;
	}
	return 0;
}

int
seats_rebalance(struct act *a)
{
	const struct config *cfg = a->cfg;
	int given = 0;
	for (size_t i = 0; i < cfg->npools; i++) {
		const struct pool *p = &cfg->pools[i];
		for (;;) {
			struct pools ps;
			if (load_pools(a, &ps) < 0)
				return -1;
			long cap = policy_capacity(ps.p, ps.n, i, a->now);
			long used = ps.p[i].used;
			free(ps.p);
			if (used >= cap)
				break;
			struct reg next = {0};
			int found = store_reg_next_waiting(
			    a->st, p->name, 0, org_cap_now(a, p), &next);
			if (found < 0)
				return -1;
			if (found == 0)
				break;
			struct reg *r = &next;
			int rc;
			set_str(&r->hold, NULL);
			if (cfg->offer_hours > 0) {
				char until[32];
				store_time(a->now + cfg->offer_hours * 3600,
					   until, sizeof until);
				set_str(&r->offer_until, until);
				set_str(&r->updated_at, a->nowiso);
				rc = store_reg_update(a->st, r);
				if (rc == 0)
					rc = act_audit(a, r->id, "offered",
						       "a seat became free");
				if (rc == 0)
					rc = mail_reg(a, "offer", r, 0, NULL,
						      NULL, -1);
			} else {
				rc = set_status(a, r, "confirmed",
						"promoted from the waitlist: a "
						"seat became free");
				if (rc == 0)
					rc = mail_reg(a, "promotion", r, 0,
						      NULL, NULL, -1);
			}
			char tag[SEATS_CODE_TAG];
			if (rc == 0)
				log_info(a->msgkey, "%s %s in pool %s",
					 seats_code_tag(r->code, tag),
					 cfg->offer_hours ? "offered"
							  : "promoted",
					 r->pool);
			reg_clear(r);
			if (rc < 0)
				return -1;
			given++;
		}
	}
	return review_holds(a) < 0 ? -1 : given;
}

static int
expire_one(const struct reg *r, void *arg)
{
	struct act *a = arg;
	struct reg c;
	reg_copy(&c, r); /* the store hands out read-only rows */
	char *deadline = c.offer_until ? xstrdup(c.offer_until) : NULL;
	set_str(&c.offer_until, NULL);
	free(c.cancelled_at);
	c.cancelled_at = xstrdup(a->nowiso);
	int rc = set_status(a, &c, "cancelled",
			    "the seat offer expired without an answer");
	/* The mail names the deadline that passed (the store no longer
	 * has it). */
	set_str(&c.offer_until, deadline);
	free(deadline);
	if (rc == 0)
		rc = mail_reg(a, "offer-expired", &c, 0, NULL, NULL, -1);
	reg_clear(&c);
	return rc < 0 ? -1 : 0;
}

int
seats_tick(struct act *a)
{
	/* A release date that has come is counted before offers run out:
	 * an open offer holds its seat until its deadline. */
	struct pools ps;
	if (load_pools(a, &ps) < 0)
		return -1;
	free(ps.p);
	if (store_reg_offers_expired(a->st, a->nowiso, expire_one, a) < 0)
		return -1;
	return seats_rebalance(a) < 0 ? -1 : 0;
}

static int __attribute__((format(printf, 2, 3)))
refuse(char **why, const char *fmt, ...)
{
	if (why) {
		va_list ap;
		va_start(ap, fmt);
		*why = xvasprintf(fmt, ap);
		va_end(ap);
	}
	return 1;
}

int
seats_cancel(struct act *a, struct reg *r, const char *reason, char **why)
{
	if (!strcmp(r->status, "cancelled"))
		return refuse(why, "%s is already cancelled", r->code);
	const struct pool *p = config_pool_by_name(a->cfg, r->pool);
	int had_seat = !strcmp(r->status, "confirmed");
	r->fee_due = !a->waive_fee &&
		     policy_fee_due(a->cfg->cancel_deadline_at,
				    p ? p->fee_cents : a->cfg->fee_cents,
				    had_seat, a->now);
	set_str(&r->cancelled_at, a->nowiso);
	set_str(&r->offer_until, NULL);
	set_str(&r->hold, NULL);
	int waived =
	    a->waive_fee && policy_fee_due(a->cfg->cancel_deadline_at,
					   p ? p->fee_cents : a->cfg->fee_cents,
					   had_seat, a->now);
	char *d = xasprintf("%s%s", reason,
			    r->fee_due ? "; after the cancellation deadline: "
					 "the fee is still owed"
			    : waived   ? "; after the cancellation deadline, "
					 "but the organiser waived the fee"
				       : "");
	int rc = set_status(a, r, "cancelled", d);
	free(d);
	if (rc == 0)
		rc = mail_reg(a, "cancelled", r, 0, NULL, NULL, had_seat);
	char tag[SEATS_CODE_TAG];
	if (rc == 0)
		log_info(a->msgkey, "%s cancelled%s",
			 seats_code_tag(r->code, tag),
			 r->fee_due ? " (fee due)" : "");
	if (rc == 0 && seats_rebalance(a) < 0)
		rc = -1;
	return rc;
}

int
seats_substitute(struct act *a, struct reg *old, const struct form_person *p,
		 struct reg *nr, char **why)
{
	if (strcmp(old->status, "confirmed") &&
	    strcmp(old->status, "waitlisted"))
		return refuse(why,
			      "%s has no seat or waitlist place to pass "
			      "on",
			      old->code);
	memset(nr, 0, sizeof *nr);
	seats_take_fields(nr, p);
	if (nr->f[RF_EMAIL] == NULL || nr->f[RF_NAME] == NULL) {
		reg_clear(nr);
		return refuse(why, "%s",
			      "the colleague's name and e-mail "
			      "address are needed");
	}
	if (!strcasecmp(nr->f[RF_EMAIL], old->f[RF_EMAIL])) {
		reg_clear(nr);
		return refuse(why, "%s",
			      "the colleague's address is the "
			      "participant's own");
	}
	struct reg dup = {0};
	int found = store_reg_find_active(a->st, nr->f[RF_EMAIL], &dup);
	reg_clear(&dup);
	if (found < 0) {
		reg_clear(nr);
		return -1;
	}
	if (found) {
		char *e = xstrdup(nr->f[RF_EMAIL]);
		reg_clear(nr);
		int r = refuse(why, "%s is registered already", e);
		free(e);
		return r;
	}
	/* The seat, pool and organisation stay; so does the place in the
	 * waitlist and an open offer. */
	static const enum reg_field keep[] = {
	    RF_ORGANISATION, RF_INVOICE_ADDRESS, RF_INVOICE_REFERENCE};
	for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++)
		set_str(&nr->f[keep[i]], old->f[keep[i]]);
	set_str(&nr->org_key, old->org_key);
	seats_new_code(nr);
	set_str(&nr->pool, old->pool);
	nr->pool_fixed = 1;
	set_str(&nr->status, old->status);
	set_str(&nr->offer_until, old->offer_until);
	set_str(&nr->hold, old->hold);
	set_str(&nr->language, old->language);
	nr->arrival = old->arrival;
	set_str(&nr->received_at, old->received_at);
	set_str(&nr->registered_at, a->nowiso);
	set_str(&nr->updated_at, a->nowiso);
	nr->message = a->msg;
	int had_seat = !strcmp(old->status, "confirmed");
	/* Free the address index slot first: the old one is cancelled. */
	set_str(&old->cancelled_at, a->nowiso);
	set_str(&old->offer_until, NULL);
	old->fee_due = 0;
	set_str(&old->status, "cancelled");
	set_str(&old->updated_at, a->nowiso);
	if (store_reg_update(a->st, old) < 0 || store_reg_insert(a->st, nr) < 0)
		return -1;
	old->replaced_by = nr->id;
	if (store_reg_update(a->st, old) < 0)
		return -1;
	char *d1 =
	    xasprintf("substituted by %s (%s)", nr->code, nr->f[RF_EMAIL]);
	char *d2 = xasprintf("takes the place of %s (%s)", old->code,
			     old->f[RF_EMAIL]);
	int rc = act_audit(a, old->id, "cancelled", d1);
	if (rc == 0)
		rc = act_audit(a, nr->id, nr->status, d2);
	free(d1);
	free(d2);
	if (rc == 0)
		rc = mail_reg(a, "substitution-new", nr, 0, "old_name",
			      old->f[RF_NAME], -1);
	if (rc == 0) {
		const char *lang =
		    old->language ? old->language : a->cfg->language;
		struct tmpl_value *v = act_reg_vars(a, old, lang);
		tmpl_map_set_str(v, "new_name", nr->f[RF_NAME]);
		tmpl_map_set_str(v, "new_email", nr->f[RF_EMAIL]);
		tmpl_map_set(v, "had_seat", tmpl_bool(had_seat));
		rc = act_queue(a, "substitution-old", lang, old->f[RF_NAME],
			       old->f[RF_EMAIL], v, old->id, 0);
		tmpl_value_free(v);
	}
	char t1[SEATS_CODE_TAG], t2[SEATS_CODE_TAG];
	if (rc == 0)
		log_info(a->msgkey, "%s substituted by %s",
			 seats_code_tag(old->code, t1),
			 seats_code_tag(nr->code, t2));
	return rc;
}

int
seats_register(struct act *a, struct reg *r, const char *reason, char **why)
{
	if (r->f[RF_EMAIL] == NULL || !seats_complete(r))
		return refuse(why, "%s",
			      "a name, an e-mail address and an "
			      "organisation are needed");
	struct reg dup = {0};
	int found = store_reg_find_active(a->st, r->f[RF_EMAIL], &dup);
	if (found == 1)
		refuse(why, "%s is registered already as %s (%s)",
		       dup.f[RF_EMAIL], dup.code, dup.status);
	reg_clear(&dup);
	if (found != 0)
		return found;
	seats_new_code(r);
	if (r->language == NULL)
		r->language = xstrdup(a->cfg->language);
	if (r->received_at == NULL)
		r->received_at = xstrdup(a->nowiso);
	set_str(&r->registered_at, a->nowiso);
	set_str(&r->updated_at, a->nowiso);
	if (seats_decide(a, r) < 0 || store_reg_insert(a->st, r) < 0 ||
	    act_audit(a, r->id, r->status, reason) < 0)
		return -1;
	/* Positions are read back: the store counts them. */
	struct reg back = {0};
	if (store_reg_find_code(a->st, r->code, &back) == 1)
		r->waitlist_position = back.waitlist_position;
	reg_clear(&back);
	char tag[SEATS_CODE_TAG];
	log_info(a->msgkey, "%s %s in pool %s", seats_code_tag(r->code, tag),
		 r->status, r->pool);
	return mail_reg(
	    a, !strcmp(r->status, "confirmed") ? "confirmation" : "waitlist", r,
	    0, NULL, NULL, -1);
}

int
seats_accept_offer(struct act *a, struct reg *r, char **why)
{
	if (strcmp(r->status, "waitlisted") || r->offer_until == NULL)
		return refuse(why, "%s has no open seat offer", r->code);
	if (strcmp(r->offer_until, a->nowiso) <= 0)
		return refuse(why, "the seat offer to %s has expired", r->code);
	set_str(&r->offer_until, NULL);
	int rc = set_status(a, r, "confirmed", "accepted the seat offer");
	if (rc == 0)
		rc = mail_reg(a, "confirmation", r, 0, NULL, NULL, -1);
	return rc;
}

int
seats_promote(struct act *a, struct reg *r, int force, char **why)
{
	if (strcmp(r->status, "waitlisted"))
		return refuse(why, "%s is not on the waitlist", r->code);
	struct pools ps;
	if (load_pools(a, &ps) < 0)
		return -1;
	const struct pool *p = config_pool_by_name(a->cfg, r->pool);
	size_t idx = p ? config_pool_index(a->cfg, p) : 0;
	long cap = policy_capacity(ps.p, ps.n, idx, a->now);
	/* An open offer already holds a seat. */
	long used = ps.p[idx].used - (r->offer_until ? 1 : 0);
	free(ps.p);
	if (used >= cap && !force)
		return refuse(why,
			      "pool %s is full (use --force to add a "
			      "seat)",
			      r->pool);
	set_str(&r->offer_until, NULL);
	set_str(&r->hold, NULL);
	int rc = set_status(a, r, "confirmed",
			    used >= cap ? "promoted by the organiser, over "
					  "capacity (forced)"
					: "promoted by the organiser");
	if (rc == 0)
		rc = mail_reg(a, "promotion", r, 0, NULL, NULL, -1);
	/* A colleague of the same organisation may be held by the cap now. */
	if (rc == 0 && review_holds(a) < 0)
		rc = -1;
	return rc;
}

int
seats_move(struct act *a, struct reg *r, const char *pool, int force,
	   char **why)
{
	const struct pool *to = config_pool_by_name(a->cfg, pool);
	if (to == NULL)
		return refuse(why, "there is no pool %s", pool);
	if (!strcmp(r->pool, pool))
		return refuse(why, "already in pool %s", pool);
	if (!strcmp(r->status, "cancelled"))
		return refuse(why, "%s is cancelled", r->code);
	char *from = xstrdup(r->pool);
	int rc = 0;
	if (!strcmp(r->status, "confirmed") ||
	    (!strcmp(r->status, "waitlisted") && r->offer_until)) {
		struct pools ps;
		if (load_pools(a, &ps) < 0) {
			free(from);
			return -1;
		}
		size_t idx = config_pool_index(a->cfg, to);
		long cap = policy_capacity(ps.p, ps.n, idx, a->now);
		long used = ps.p[idx].used;
		free(ps.p);
		if (used >= cap && !force) {
			rc = refuse(why, "pool %s is full (use --force)", pool);
			free(from);
			return rc;
		}
		set_str(&r->pool, pool);
		r->pool_fixed = 1;
		set_str(&r->updated_at, a->nowiso);
		rc = store_reg_update(a->st, r);
	} else {
		/* Waiting or incomplete: joins the new pool's line in its
		 * own arrival order, and may find a seat there. */
		set_str(&r->pool, pool);
		r->pool_fixed = 1;
		int waiting = !strcmp(r->status, "waitlisted");
		if (waiting && seats_decide(a, r) < 0) {
			free(from);
			return -1;
		}
		set_str(&r->updated_at, a->nowiso);
		rc = store_reg_update(a->st, r);
		if (rc == 0 && waiting && !strcmp(r->status, "confirmed")) {
			rc = act_audit(a, r->id, "confirmed",
				       "a seat was free in the new pool");
			if (rc == 0)
				rc = mail_reg(a, "promotion", r, 0, NULL, NULL,
					      -1);
		}
	}
	if (rc == 0) {
		char *d = xasprintf("moved from pool %s to %s", from, pool);
		rc = act_audit(a, r->id, "moved", d);
		free(d);
	}
	free(from);
	if (rc == 0 && seats_rebalance(a) < 0)
		rc = -1;
	return rc;
}

/* Corrects a registration's details (see seats.h). */
int
seats_edit(struct act *a, struct reg *r, const char *const given[RF__COUNT],
	   const char *by, int notify, char **why)
{
	if (!strcmp(r->status, "cancelled"))
		return (*why = xasprintf("%s is cancelled; nothing to edit",
					 r->code)),
		       1;
	if (given[RF_EMAIL]) {
		if (!form_valid_email(given[RF_EMAIL]))
			return (*why = xasprintf("'%s' is not an e-mail "
						 "address",
						 given[RF_EMAIL])),
			       1;
		struct reg other = {0};
		int f = store_reg_find_active(a->st, given[RF_EMAIL], &other);
		int clash = f == 1 && other.id != r->id;
		if (clash)
			*why = xasprintf("%s is registered already as %s",
					 given[RF_EMAIL], other.code);
		reg_clear(&other);
		if (f < 0)
			return -1;
		if (clash)
			return 1;
	}
	struct buf changes;
	buf_init(&changes, 1 << 16);
	for (int i = 0; i < RF__COUNT; i++) {
		if (given[i] == NULL)
			continue;
		const char *old = r->f[i] ? r->f[i] : "";
		/* an empty value clears an optional field */
		if (!strcmp(old, given[i]))
			continue;
		if (*given[i] == '\0' &&
		    (i == RF_NAME || i == RF_EMAIL || i == RF_ORGANISATION)) {
			buf_free(&changes);
			return (*why = xasprintf("%s cannot be empty",
						 reg_field_key(i))),
			       1;
		}
		buf_printf(&changes, "%s%s: '%s' -> '%s'",
			   changes.len ? "; " : "", reg_field_key(i), old,
			   given[i]);
		free(r->f[i]);
		r->f[i] = *given[i] ? xstrdup(given[i]) : NULL;
	}
	if (changes.len == 0) {
		buf_free(&changes);
		return (*why = xstrdup("nothing changes: no field has a new "
				       "value")),
		       1;
	}
	if (r->f[RF_EMAIL])
		str_lower(r->f[RF_EMAIL]);
	free(r->org_key);
	r->org_key = r->f[RF_ORGANISATION]
			 ? policy_org_key(r->f[RF_ORGANISATION])
			 : NULL;
	free(r->updated_at);
	r->updated_at = xstrdup(a->nowiso);
	char *detail = xasprintf("edited by %s: %s", by, buf_str(&changes));
	buf_free(&changes);
	int rc = store_reg_update(a->st, r) < 0 ||
			 act_audit(a, r->id, "edited", detail) < 0
		     ? -1
		     : 0;
	free(detail);
	if (rc == 0 && notify &&
	    (!strcmp(r->status, "confirmed") ||
	     !strcmp(r->status, "waitlisted"))) {
		struct tmpl_value *v = act_reg_vars(a, r, r->language);
		rc = act_queue(a,
			       !strcmp(r->status, "confirmed") ? "confirmation"
							       : "waitlist",
			       r->language, r->f[RF_NAME], r->f[RF_EMAIL], v,
			       r->id, 0);
		tmpl_value_free(v);
	}
	return rc;
}
