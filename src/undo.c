/*
 * undo — see undo.h.  The snapshot is JSON in the undo table:
 *   {"regs": [{"id": N, "before": REG, "after": REG,
 *              "cal_before": [ROW...], "cal_after": [ROW...]}],
 *    "inserted": [N...]}
 * where REG is undo_reg_json's object and ROW a calendar_sent row.  A
 * registration is compared as its JSON text: equal text, equal row.
 */
#include "undo.h"

#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "policy.h"
#include "status.h"
#include "util.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

/* ---- a registration as JSON ---- */

static void
put_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v ? json_object_new_string(v) : NULL);
}

static json_object *
reg_object(const struct reg *r)
{
	json_object *o = json_object_new_object();
	json_object_object_add(o, "id", json_object_new_int64(r->id));
	put_str(o, "code", r->code);
	for (int i = 0; i < RF__COUNT; i++)
		put_str(o, reg_field_key((enum reg_field)i), r->f[i]);
	put_str(o, "pool", r->pool);
	put_str(o, "status", r->status);
	put_str(o, "language", r->language);
	json_object_object_add(o, "arrival", json_object_new_int64(r->arrival));
	put_str(o, "received_at", r->received_at);
	put_str(o, "registered_at", r->registered_at);
	put_str(o, "updated_at", r->updated_at);
	json_object_object_add(o, "message", json_object_new_int64(r->message));
	put_str(o, "org_key", r->org_key);
	put_str(o, "hold", r->hold);
	put_str(o, "offer_until", r->offer_until);
	put_str(o, "cancelled_at", r->cancelled_at);
	json_object_object_add(o, "fee_due", json_object_new_int(r->fee_due));
	json_object_object_add(o, "replaced_by",
			       json_object_new_int64(r->replaced_by));
	json_object_object_add(o, "pool_fixed",
			       json_object_new_int(r->pool_fixed));
	put_str(o, "purged_at", r->purged_at);
	return o;
}

char *
undo_reg_json(const struct reg *r)
{
	json_object *o = reg_object(r);
	char *s =
	    xstrdup(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN));
	json_object_put(o);
	return s;
}

static char *
get_str(json_object *o, const char *k)
{
	json_object *v;
	if (!json_object_object_get_ex(o, k, &v) || v == NULL ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return xstrdup(json_object_get_string(v));
}

static int64_t
get_int(json_object *o, const char *k)
{
	json_object *v;
	if (!json_object_object_get_ex(o, k, &v) || v == NULL)
		return 0;
	return json_object_get_int64(v);
}

static int
reg_from_object(json_object *o, struct reg *r)
{
	memset(r, 0, sizeof *r);
	if (o == NULL || !json_object_is_type(o, json_type_object))
		return -1;
	r->id = get_int(o, "id");
	r->code = get_str(o, "code");
	for (int i = 0; i < RF__COUNT; i++)
		r->f[i] = get_str(o, reg_field_key((enum reg_field)i));
	r->pool = get_str(o, "pool");
	r->status = get_str(o, "status");
	r->language = get_str(o, "language");
	r->arrival = get_int(o, "arrival");
	r->received_at = get_str(o, "received_at");
	r->registered_at = get_str(o, "registered_at");
	r->updated_at = get_str(o, "updated_at");
	r->message = get_int(o, "message");
	r->org_key = get_str(o, "org_key");
	r->hold = get_str(o, "hold");
	r->offer_until = get_str(o, "offer_until");
	r->cancelled_at = get_str(o, "cancelled_at");
	r->fee_due = (int)get_int(o, "fee_due");
	r->replaced_by = get_int(o, "replaced_by");
	r->pool_fixed = (int)get_int(o, "pool_fixed");
	r->purged_at = get_str(o, "purged_at");
	r->amount_cents = -1;
	if (r->id <= 0 || r->code == NULL || r->status == NULL ||
	    r->pool == NULL || r->f[RF_EMAIL] == NULL) {
		reg_clear(r);
		return -1;
	}
	return 0;
}

int
undo_reg_parse(const char *json, struct reg *r)
{
	json_object *o = json_tokener_parse(json ? json : "");
	int rc = reg_from_object(o, r);
	json_object_put(o);
	return rc;
}

/* ---- snapshots ---- */

struct snap_row {
	int64_t id;
	char *reg;   /* undo_reg_json */
	char *cal;   /* the calendar rows, JSON array */
	int touched; /* after: found in the other snapshot */
};

struct snap_set {
	struct snap_row *v;
	size_t n;
};

struct undo_snap {
	struct snap_set before;
	int64_t outbox_after;
};

static int
cal_add(const struct store_calendar_row *c, void *arg)
{
	json_object *a = arg, *o = json_object_new_object();
	json_object_object_add(o, "day", json_object_new_int(c->day));
	put_str(o, "uid", c->uid);
	json_object_object_add(o, "sequence", json_object_new_int(c->sequence));
	put_str(o, "fingerprint", c->fingerprint);
	put_str(o, "method", c->method);
	put_str(o, "outbox_key", c->outbox_key);
	put_str(o, "sent_at", c->sent_at);
	json_object_array_add(a, o);
	return 0;
}

static int
set_add(const struct reg *r, void *arg)
{
	struct snap_set *s = arg;
	s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n++] = (struct snap_row){.id = r->id, .reg = undo_reg_json(r)};
	return 0;
}

static void
set_free(struct snap_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].reg);
		free(s->v[i].cal);
	}
	free(s->v);
	memset(s, 0, sizeof *s);
}

/* A registration's calendar records as JSON text (caller frees), NULL
 * on a store error. */
static char *
cal_json(struct store *st, int64_t reg)
{
	json_object *a = json_object_new_array();
	char *s = NULL;
	if (store_calendar_each(st, reg, cal_add, a) == 0)
		s = xstrdup(
		    json_object_to_json_string_ext(a, JSON_C_TO_STRING_PLAIN));
	json_object_put(a);
	return s;
}

static int
set_take(struct store *st, struct snap_set *s)
{
	memset(s, 0, sizeof *s);
	if (store_reg_each(st, NULL, set_add, s) < 0)
		return -1;
	for (size_t i = 0; i < s->n; i++)
		if ((s->v[i].cal = cal_json(st, s->v[i].id)) == NULL)
			return -1;
	return 0;
}

struct undo_snap *
undo_snap_take(struct store *st)
{
	struct undo_snap *u = xcalloc(1, sizeof *u);
	u->outbox_after = store_outbox_last_id(st);
	if (u->outbox_after < 0 || set_take(st, &u->before) < 0) {
		undo_snap_free(u);
		return NULL;
	}
	return u;
}

void
undo_snap_free(struct undo_snap *s)
{
	if (s == NULL)
		return;
	set_free(&s->before);
	free(s);
}

static json_object *
parse_or_null(const char *s)
{
	return s ? json_tokener_parse(s) : NULL;
}

int
undo_snap_record(struct undo_snap *s, struct store *st, const char *command,
		 int64_t reg, const char *tag, const char *now)
{
	struct snap_set after;
	if (set_take(st, &after) < 0) {
		set_free(&after);
		return -1;
	}
	int64_t upto = store_outbox_last_id(st);
	if (upto < 0) {
		set_free(&after);
		return -1;
	}
	json_object *root = json_object_new_object();
	json_object *regs = json_object_new_array();
	json_object *inserted = json_object_new_array();
	for (size_t i = 0; i < after.n; i++) {
		const struct snap_row *a = &after.v[i], *b = NULL;
		for (size_t k = 0; k < s->before.n && b == NULL; k++)
			if (s->before.v[k].id == a->id)
				b = &s->before.v[k];
		if (b == NULL) {
			json_object_array_add(inserted,
					      json_object_new_int64(a->id));
			continue;
		}
		if (!strcmp(a->reg, b->reg) && !strcmp(a->cal, b->cal))
			continue;
		json_object *e = json_object_new_object();
		json_object_object_add(e, "id", json_object_new_int64(a->id));
		json_object_object_add(e, "before", parse_or_null(b->reg));
		json_object_object_add(e, "after", parse_or_null(a->reg));
		json_object_object_add(e, "cal_before", parse_or_null(b->cal));
		json_object_object_add(e, "cal_after", parse_or_null(a->cal));
		json_object_array_add(regs, e);
	}
	json_object_object_add(root, "regs", regs);
	json_object_object_add(root, "inserted", inserted);
	struct store_undo u = {.at = (char *)now,
			       .tag = (char *)tag,
			       .command = (char *)command,
			       .reg = reg,
			       .outbox_after = s->outbox_after,
			       .outbox_upto = upto,
			       .snapshot =
				   (char *)json_object_to_json_string_ext(
				       root, JSON_C_TO_STRING_PLAIN)};
	int rc = store_undo_add(st, &u);
	json_object_put(root);
	set_free(&after);
	return rc;
}

/* ---- regbot undo CODE ---- */

struct check {
	const struct config *cfg;
	struct buf *why; /* one line per obstacle */
	long pending;	 /* the change's mails still to be sent */
	const char *what;
};

static void obstacle(struct check *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void
obstacle(struct check *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_printf(c->why, "  - %s\n", s);
	free(s);
}

/* The change's own mails: withdrawn when unsent, else an obstacle. */
static int
check_own(const struct store_outbox_row *o, void *arg)
{
	struct check *c = arg;
	char *at = status_local_iso(c->cfg->timezone,
				    o->sent_at ? o->sent_at : o->created_at);
	if (!strcmp(o->status, "sent"))
		obstacle(c, "its %s mail to %s went out at %s", o->kind,
			 o->rcpt, at);
	else if (o->uncertain > 0)
		obstacle(c,
			 "its %s mail to %s was perhaps delivered (the "
			 "connection broke after the whole text was sent)",
			 o->kind, o->rcpt);
	else if (!strcmp(o->status, "pending"))
		c->pending++;
	free(at);
	return 0;
}

/* Mail to the registrations after the change: an obstacle. */
static int
check_later(const struct store_outbox_row *o, void *arg)
{
	struct check *c = arg;
	char *at = status_local_iso(c->cfg->timezone,
				    o->sent_at ? o->sent_at : o->created_at);
	obstacle(c, "a later %s mail to %s was %s at %s", o->kind, o->rcpt,
		 !strcmp(o->status, "sent") ? "sent" : "queued", at);
	free(at);
	return 0;
}

static int
delete_row(const struct store_outbox_row *o, void *arg)
{
	struct store *st = arg;
	return store_outbox_delete(st, o->id) < 0 ? -1 : 0;
}

/* Seats in use per pool (confirmed and open offers). */
static long *
pool_used(const struct config *cfg, struct store *st)
{
	long *used = xcalloc(cfg->npools + 1, sizeof *used);
	for (size_t i = 0; i < cfg->npools; i++)
		used[i] = store_reg_used(st, cfg->pools[i].name);
	return used;
}

/* The seats pool i may fill at `now` with `used` in use, as seats.c
 * counts them (release dates included). */
static long
pool_capacity(const struct config *cfg, const long *used, size_t i, time_t now)
{
	struct policy_pool *pp = xcalloc(cfg->npools, sizeof *pp);
	for (size_t k = 0; k < cfg->npools; k++) {
		const struct pool *p = &cfg->pools[k];
		const struct pool *to =
		    p->release_to ? config_pool_by_name(cfg, p->release_to)
				  : NULL;
		pp[k] = (struct policy_pool){
		    .name = p->name,
		    .seats = p->seats,
		    .used = used[k],
		    .release_at = p->release_at,
		    .release_to = to ? (int)config_pool_index(cfg, to) : -1};
	}
	long cap = policy_capacity(pp, cfg->npools, i, now);
	free(pp);
	return cap;
}

static int
restore_cal(struct store *st, int64_t reg, json_object *rows, const char *now)
{
	if (store_calendar_forget(st, reg) < 0)
		return -1;
	size_t n = rows ? json_object_array_length(rows) : 0;
	for (size_t i = 0; i < n; i++) {
		json_object *o = json_object_array_get_idx(rows, i);
		char *uid = get_str(o, "uid"), *fp = get_str(o, "fingerprint");
		char *m = get_str(o, "method"), *key = get_str(o, "outbox_key");
		char *at = get_str(o, "sent_at");
		int rc = store_calendar_put(st, reg, (int)get_int(o, "day"),
					    uid, (int)get_int(o, "sequence"),
					    fp, m, key, at ? at : now);
		free(uid);
		free(fp);
		free(m);
		free(key);
		free(at);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* "status cancelled -> confirmed; diet 'vegan' -> ''": what putting
 * `to` in the place of `from` changes.  Caller frees. */
static char *
reg_diff(const struct reg *from, const struct reg *to)
{
	struct buf b;
	buf_init(&b, 1 << 16);
	if (strcmp(from->status, to->status))
		buf_printf(&b, "status %s -> %s", from->status, to->status);
	if (strcmp(from->pool, to->pool))
		buf_printf(&b, "%spool %s -> %s", b.len ? "; " : "", from->pool,
			   to->pool);
	for (int i = 0; i < RF__COUNT; i++) {
		const char *x = from->f[i] ? from->f[i] : "";
		const char *y = to->f[i] ? to->f[i] : "";
		if (strcmp(x, y))
			buf_printf(&b, "%s%s '%s' -> '%s'", b.len ? "; " : "",
				   reg_field_key((enum reg_field)i), x, y);
	}
	if (from->fee_due != to->fee_due)
		buf_printf(&b, "%s%s", b.len ? "; " : "",
			   to->fee_due ? "fee due again" : "no fee due");
	if (b.len == 0)
		buf_adds(&b, "as it was");
	return buf_detach(&b);
}

static const char *
past_tense(const char *command)
{
	static const struct {
		const char *cmd, *text;
	} t[] = {{"edit", "edit"},
		 {"cancel", "cancellation"},
		 {"move", "move"},
		 {"promote", "promotion"},
		 {"substitute", "substitution"}};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (!strcmp(command, t[i].cmd))
			return t[i].text;
	return command;
}

/* The whole check-and-restore, in the caller's transaction.  Returns 0
 * done, 1 refused (the reasons in why), 2 nothing to undo (why says
 * so), -1 on a store error. */
static int
undo_one(struct robot *rb, const struct reg *target, time_t now,
	 const char *other_holder, struct buf *why, struct buf *done)
{
	const struct config *cfg = rb->cfg;
	struct store *st = rb->st;
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);
	struct store_undo u;
	int f = store_undo_last(st, target->id, &u);
	if (f < 0)
		return -1;
	if (f == 0) {
		buf_printf(why,
			   "nothing to undo: there is no change of %s by the "
			   "organiser left to undo (undo reverts edit, "
			   "cancel, move and promote made with regbot, the "
			   "newest first; changes by mail are not undone)\n",
			   target->code);
		return 2;
	}
	char *when = status_local_iso(cfg->timezone, u.at);
	struct check c = {.cfg = cfg, .why = why};
	json_object *root = json_tokener_parse(u.snapshot);
	json_object *regs = NULL, *inserted = NULL;
	if (root == NULL || !json_object_object_get_ex(root, "regs", &regs) ||
	    !json_object_object_get_ex(root, "inserted", &inserted)) {
		obstacle(&c, "the record of that change is unreadable");
		regs = inserted = NULL;
	}
	if (inserted && json_object_array_length(inserted) > 0)
		obstacle(&c,
			 "the %s made a new registration, which has a life "
			 "of its own; cancel that one and add the participant "
			 "again instead",
			 past_tense(u.command));
	size_t n = regs ? json_object_array_length(regs) : 0;
	int rc = 0;
	/* Each registration as the change left it? */
	for (size_t i = 0; i < n && rc == 0; i++) {
		json_object *e = json_object_array_get_idx(regs, i);
		int64_t id = get_int(e, "id");
		json_object *after = NULL, *cal_after = NULL;
		json_object_object_get_ex(e, "after", &after);
		json_object_object_get_ex(e, "cal_after", &cal_after);
		struct reg now_r = {0};
		int g = store_reg_find_id(st, id, &now_r);
		if (g < 0) {
			rc = -1;
			break;
		}
		char *cur = g ? undo_reg_json(&now_r) : NULL;
		char *cal = g ? cal_json(st, id) : NULL;
		const char *want = after ? json_object_to_json_string_ext(
					       after, JSON_C_TO_STRING_PLAIN)
					 : "";
		const char *want_cal =
		    cal_after ? json_object_to_json_string_ext(
				    cal_after, JSON_C_TO_STRING_PLAIN)
			      : "[]";
		if (g && cal == NULL)
			rc = -1;
		else if (!g || strcmp(cur, want) || strcmp(cal, want_cal))
			obstacle(&c,
				 "%s changed after it (by mail, the clock or "
				 "another command): see regbot log %s",
				 g ? now_r.code : "a registration",
				 g ? now_r.code : target->code);
		free(cur);
		free(cal);
		reg_clear(&now_r);
		/* later mail about it */
		if (rc == 0 && store_outbox_rows(st, id, u.outbox_upto, 0,
						 check_later, &c) < 0)
			rc = -1;
	}
	if (rc == 0 && store_outbox_rows(st, 0, u.outbox_after, u.outbox_upto,
					 check_own, &c) < 0)
		rc = -1;
	if (rc == 0 && c.pending && other_holder)
		obstacle(&c,
			 "its %ld mail%s wait%s to be sent by the process "
			 "holding the spool (%s), which may be sending them "
			 "now; stop it, or undo once it is stopped",
			 c.pending, c.pending == 1 ? "" : "s",
			 c.pending == 1 ? "s" : "", other_holder);
	if (rc == 0 && why->len == 0) {
		/* Put the rows back, the calendar records too. */
		long *before = pool_used(cfg, st);
		for (size_t i = 0; i < n && rc == 0; i++) {
			json_object *e = json_object_array_get_idx(regs, i);
			json_object *b = NULL, *cb = NULL;
			json_object_object_get_ex(e, "before", &b);
			json_object_object_get_ex(e, "cal_before", &cb);
			struct reg r;
			if (reg_from_object(b, &r) < 0) {
				obstacle(&c, "the record of that change is "
					     "unreadable");
				break;
			}
			struct reg cur = {0};
			int g = store_reg_find_id(st, r.id, &cur);
			char *diff = g > 0 ? reg_diff(&cur, &r) : NULL;
			char *d = xasprintf("organiser: undid the %s of %s: %s",
					    past_tense(u.command), when,
					    diff ? diff : "");
			if (g <= 0 || store_reg_update(st, &r) < 0 ||
			    restore_cal(st, r.id, cb, nowiso) < 0 ||
			    store_audit(st, nowiso, r.id, 0, "undone", d) < 0)
				rc = -1;
			else
				buf_printf(done, "  %s: %s\n", r.code, diff);
			free(diff);
			free(d);
			reg_clear(&cur);
			reg_clear(&r);
		}
		/* The seats it gives back must still be free. */
		long *after = rc == 0 ? pool_used(cfg, st) : NULL;
		for (size_t i = 0; after && i < cfg->npools; i++) {
			long cap = pool_capacity(cfg, after, i, now);
			if (after[i] > before[i] && after[i] > cap)
				obstacle(&c,
					 "pool %s has no seat for it any "
					 "more: %ld of %ld would be taken "
					 "(someone got the seat since)",
					 cfg->pools[i].name, after[i], cap);
		}
		free(before);
		free(after);
		if (rc == 0 && why->len == 0 &&
		    (store_outbox_rows(st, 0, u.outbox_after, u.outbox_upto,
				       delete_row, st) < 0 ||
		     store_undo_done(st, u.id, nowiso) < 0))
			rc = -1;
		if (rc == 0 && why->len == 0 && c.pending)
			buf_printf(done, "  %ld queued mail%s withdrawn\n",
				   c.pending, c.pending == 1 ? "" : "s");
	}
	if (rc == 0 && why->len)
		rc = 1;
	if (rc >= 0) {
		/* The heading for either outcome. */
		char *head =
		    xasprintf("the %s of %s made %s", past_tense(u.command),
			      target->code, when);
		struct buf *b = rc == 0 ? done : why;
		char *body = buf_detach(b);
		buf_printf(b, "%s:\n%s", head, body);
		free(body);
		free(head);
	}
	json_object_put(root);
	free(when);
	store_undo_clear(&u);
	return rc;
}

int
undo_command(struct robot *rb, int argc, char **argv, time_t now,
	     const char *other_holder)
{
	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: regbot undo CODE\n");
		return EXIT_USAGE;
	}
	struct reg r = {0};
	if (store_begin(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		return EXIT_RUNTIME;
	}
	int f = store_reg_find_code(rb->st, argv[1], &r);
	if (f <= 0) {
		store_rollback(rb->st);
		if (f < 0)
			fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		else
			fprintf(stderr,
				"regbot: no registration with code "
				"%s\n",
				argv[1]);
		return EXIT_RUNTIME;
	}
	struct buf why, done;
	buf_init(&why, 1 << 20);
	buf_init(&done, 1 << 20);
	int rc = undo_one(rb, &r, now, other_holder, &why, &done);
	if (rc == 0 && store_commit(rb->st) < 0)
		rc = -1;
	if (rc != 0)
		store_rollback(rb->st);
	if (rc == 0)
		printf("undone: %s", buf_str(&done));
	else if (rc == 2)
		fprintf(stderr, "regbot undo: %s", buf_str(&why));
	else if (rc == 1)
		fprintf(stderr,
			"regbot undo: cannot undo %s"
			"Nothing was changed.  Make a new change instead "
			"(edit, promote, cancel, move, add).\n",
			buf_str(&why));
	else
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
	buf_free(&why);
	buf_free(&done);
	reg_clear(&r);
	return rc == 0 ? 0 : EXIT_RUNTIME;
}
