/*
 * orgmail — see orgmail.h.
 *
 * The snapshot a decision keeps is one line per registration it concerns
 * ("reg CODE STATUS VERSION") and per address it would register ("addr
 * EMAIL CODE STATUS VERSION", or "... none"), where VERSION is a hash of
 * everything the store holds about the registration.  A JA or BEVESTIG
 * recomputes it and is refused when a line differs: the organiser
 * decided on a state that is gone.
 *
 * All or nothing: the commands of one mail run inside a savepoint of the
 * message's transaction; when any is refused (or a line that was meant as
 * a command is not understood) the savepoint is rolled back and only the
 * reply to the organiser remains.  Reasons are English, like the
 * robot's other reasons (the audit log, the forwards' status line).
 */
#include "orgmail.h"

#include <gnutls/crypto.h>
#include <json-c/json.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config.h"
#include "reply.h"
#include "status.h"
#include "store.h"
#include "util.h"

static int
is_en(const char *lang)
{
	return lang && !strcmp(lang, "en");
}

/* ---- the state a decision is issued against ---- */

/* A hash of all a registration's stored state: any change changes it. */
static void
reg_version(const struct reg *r, char out[13])
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	const char *const s[] = {r->code,	  r->pool,	r->status,
				 r->language,	  r->hold,	r->offer_until,
				 r->cancelled_at, r->updated_at};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		buf_printf(&b, "%s\x1f", s[i] ? s[i] : "\x1e");
	for (int i = 0; i < RF__COUNT; i++)
		buf_printf(&b, "%s\x1f", r->f[i] ? r->f[i] : "\x1e");
	buf_printf(&b, "%d %lld %d %lld", r->fee_due, (long long)r->replaced_by,
		   r->pool_fixed, (long long)r->arrival);
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, buf_str(&b), b.len, d);
	buf_free(&b);
	for (int i = 0; i < 6; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* The people understood, as stored: a JSON array of objects with the
 * form's field keys.  NULL for none.  Caller frees. */
static char *
people_json(const struct form *f)
{
	if (f == NULL || f->n == 0)
		return NULL;
	json_object *arr = json_object_new_array();
	for (size_t i = 0; i < f->n; i++) {
		json_object *o = json_object_new_object();
		for (int k = 0; k < FF__COUNT; k++)
			if (f->people[i].f[k])
				json_object_object_add(
				    o, form_field_key((enum form_field)k),
				    json_object_new_string(f->people[i].f[k]));
		json_object_array_add(arr, o);
	}
	char *s = xstrdup(json_object_to_json_string_ext(
	    arr, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(arr);
	return s;
}

/* The stored people back: *arr to put, or NULL when there are none. */
static json_object *
people_parse(const char *json)
{
	if (json == NULL)
		return NULL;
	json_object *arr = json_tokener_parse(json);
	if (arr && (!json_object_is_type(arr, json_type_array) ||
		    json_object_array_length(arr) == 0)) {
		json_object_put(arr);
		arr = NULL;
	}
	return arr;
}

/* One person of the stored array; the strings are borrowed from it. */
static void
person_at(json_object *arr, size_t i, struct form_person *p)
{
	memset(p, 0, sizeof *p);
	json_object *o = json_object_array_get_idx(arr, i);
	for (int k = 0; k < FF__COUNT; k++) {
		json_object *v;
		if (o &&
		    json_object_object_get_ex(
			o, form_field_key((enum form_field)k), &v) &&
		    json_object_is_type(v, json_type_string))
			p->f[k] = (char *)json_object_get_string(v);
	}
}

static int
snap_reg(struct buf *b, const char *lead, const struct reg *r, int found)
{
	if (!found)
		return buf_printf(b, "%s none\n", lead);
	char v[13];
	reg_version(r, v);
	return buf_printf(b, "%s %s %s %s\n", lead, r->code, r->status, v);
}

/* The snapshot of the registrations named in codes (space-separated)
 * and of the people's addresses.  0, -1 on a store error. */
static int
snapshot(struct store *st, const char *codes, json_object *people,
	 struct buf *out)
{
	char *cs = xstrdup(codes ? codes : "");
	int rc = 0;
	for (char *save = NULL, *c = strtok_r(cs, " ", &save); c && rc == 0;
	     c = strtok_r(NULL, " ", &save)) {
		struct reg r = {0};
		int f = store_reg_find_code(st, c, &r);
		char *lead = xasprintf("reg %s", c);
		rc = f < 0 ? -1 : (snap_reg(out, lead, &r, f), 0);
		free(lead);
		reg_clear(&r);
	}
	free(cs);
	size_t n = people ? json_object_array_length(people) : 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct form_person p;
		person_at(people, i, &p);
		if (p.f[FF_EMAIL] == NULL)
			continue;
		struct reg r = {0};
		int f = store_reg_find_active(st, p.f[FF_EMAIL], &r);
		char *lead = xasprintf("addr %s", p.f[FF_EMAIL]);
		rc = f < 0 ? -1 : (snap_reg(out, lead, &r, f), 0);
		free(lead);
		reg_clear(&r);
	}
	return rc;
}

/* The n-th line of s into a fresh string; NULL past the end. */
static char *
nth_line(const char *s, size_t n)
{
	for (; s && *s; n--) {
		const char *e = strchr(s, '\n');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (n == 0)
			return xstrndup(s, len);
		s = e ? e + 1 : s + len;
	}
	return NULL;
}

/* Why a snapshot line differs: "reg|addr WHAT CODE STATUS VERSION". */
static char *
changed_text(const char *was, const char *now)
{
	char k[8] = "", what[256] = "", c1[16] = "", s1[16] = "", c2[16] = "",
	     s2[16] = "";
	if (was == NULL || now == NULL ||
	    sscanf(was, "%7s %255s %15s %15s", k, what, c1, s1) < 3 ||
	    sscanf(now, "%*s %*s %15s %15s", c2, s2) < 1)
		return xstrdup("what it concerns has changed since the token "
			       "was issued");
	int was_none = !strcmp(c1, "none"), now_none = !strcmp(c2, "none");
	if (!strcmp(k, "reg")) {
		if (was_none || now_none)
			return xasprintf("%s has changed since the token was "
					 "issued",
					 what);
		if (strcmp(s1, s2))
			return xasprintf("%s has changed since the token was "
					 "issued: it was %s, it is %s now",
					 what, s1, s2);
		return xasprintf("%s has changed since the token was issued "
				 "(its details, pool or place)",
				 what);
	}
	if (was_none)
		return xasprintf("%s has registered since the token was issued "
				 "(%s, %s)",
				 what, c2, s2);
	if (now_none)
		return xasprintf(
		    "%s's registration %s has been cancelled since "
		    "the token was issued",
		    what, c1);
	if (strcmp(c1, c2))
		return xasprintf("%s is registered as %s now, not as %s", what,
				 c2, c1);
	if (strcmp(s1, s2))
		return xasprintf("%s's registration %s has changed since the "
				 "token was issued: it was %s, it is %s now",
				 what, c1, s1, s2);
	return xasprintf("%s's registration %s has changed since the token "
			 "was issued",
			 what, c1);
}

/* 0 when the decision's registrations are as they were, 1 with *why
 * when not, -1 on a store error. */
static int
stale(struct store *st, const struct store_decision *d, char **why)
{
	json_object *people = people_parse(d->people);
	struct buf now;
	buf_init(&now, BUF_MAX_DEFAULT);
	int rc = snapshot(st, d->codes, people, &now);
	json_object_put(people);
	if (rc == 0 && strcmp(buf_str(&now), d->snapshot ? d->snapshot : "")) {
		rc = 1;
		*why = NULL;
		for (size_t i = 0; *why == NULL; i++) {
			char *a = nth_line(d->snapshot, i);
			char *b = nth_line(buf_str(&now), i);
			if (a == NULL && b == NULL)
				*why = xstrdup("what it concerns has changed "
					       "since the token was issued");
			else if (a == NULL || b == NULL || strcmp(a, b))
				*why = changed_text(a, b);
			free(a);
			free(b);
		}
	}
	buf_free(&now);
	return rc;
}

/* ---- issuing ---- */

int
orgmail_issue(struct act *a, const struct message *m,
	      const struct orgmail_case *c, const char *forward_key,
	      struct tmpl_value *vars, char token[ORGCMD_TOKEN_LEN + 1])
{
	const struct config *cfg = a->cfg;
	/* 571,648 tokens of the right shape: a free one is found at once */
	for (int tries = 0;; tries++) {
		unsigned char rnd[ORGCMD_TOKEN_LEN];
		if (util_random(rnd, sizeof rnd) < 0)
			abort(); /* getrandom does not fail once the system
				    runs */
		if (orgcmd_token_make(rnd, token) < 0)
			continue;
		struct store_decision x;
		int f = store_decision_find(a->st, token, &x);
		store_decision_clear(&x);
		if (f < 0)
			return -1;
		if (f == 0)
			break;
		if (tries > 10000) {
			log_err(a->msgkey, "no free decision token");
			return -1;
		}
	}
	struct store_decision d = {0};
	d.token = xstrdup(token);
	d.message = a->msg;
	d.msgkey = xstrdup(a->msgkey ? a->msgkey : a->tag);
	d.message_id = xstrdup(m->message_id);
	d.received_at = xstrdup(c->received_at ? c->received_at : a->nowiso);
	d.sender = xstrdup(m->from_addr);
	d.sender_name = xstrdup(m->from_name);
	d.subject = xstrdup(m->subject);
	d.lang = xstrdup(c->lang ? c->lang : cfg->language);
	d.why = xstrdup(c->why ? c->why : "needs a person");
	d.people = people_json(c->understood);
	int rc = 0;
	if (c->code) {
		struct reg r = {0};
		int f = store_reg_find_code(a->st, c->code, &r);
		if (f < 0)
			rc = -1;
		else if (f)
			d.codes = xstrdup(r.code);
		reg_clear(&r);
	}
	const char *propose = "none";
	if (c->propose && !strcmp(c->propose, "register") && d.people)
		propose = "register";
	else if (c->propose && !strcmp(c->propose, "cancel") && d.codes)
		propose = "cancel";
	d.propose = xstrdup(propose);
	struct buf snap;
	buf_init(&snap, BUF_MAX_DEFAULT);
	json_object *people = people_parse(d.people);
	if (rc == 0)
		rc = snapshot(a->st, d.codes, people, &snap);
	json_object_put(people);
	d.snapshot = buf_detach(&snap);
	buf_free(&snap);
	d.forward_msgid =
	    forward_key ? reply_message_id(cfg, forward_key) : NULL;
	d.created_at = xstrdup(a->nowiso);
	if (rc == 0)
		rc = store_decision_insert(a->st, &d);
	if (rc == 0 && vars) {
		int en = is_en(cfg->language);
		size_t n = c->understood ? c->understood->n : 0;
		char *p = NULL;
		if (!strcmp(propose, "register"))
			p = en ? xasprintf("register the %zu %s below", n,
					   n == 1 ? "person" : "people")
			       : xasprintf("%s hieronder aanmelden",
					   n == 1 ? "de persoon"
						  : "de personen");
		else if (!strcmp(propose, "cancel"))
			p = xasprintf(en ? "cancel %s" : "%s afmelden",
				      d.codes);
		tmpl_map_set_str(vars, "token", token);
		if (p)
			tmpl_map_set_str(vars, "proposal", p);
		/* BEVESTIG is offered for the people not registered yet */
		struct tmpl_value *list = tmpl_list();
		int any = 0;
		for (size_t i = 0; i < n; i++) {
			const struct form_person *fp =
			    &c->understood->people[i];
			char *line =
			    fp->f[FF_EMAIL]
				? xasprintf("addr %s none\n", fp->f[FF_EMAIL])
				: NULL;
			if (line && strstr(d.snapshot, line))
				any = 1;
			free(line);
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "name", fp->f[FF_NAME]);
			tmpl_map_set_str(e, "email", fp->f[FF_EMAIL]);
			tmpl_map_set_str(e, "organisation",
					 fp->f[FF_ORGANISATION]);
			tmpl_list_add(list, e);
		}
		tmpl_map_set(vars, "confirm_people", list);
		tmpl_map_set(vars, "can_confirm", tmpl_bool(any));
		free(p);
	}
	store_decision_clear(&d);
	return rc;
}

/* ---- applying the organiser's commands ---- */

/* One line of the reply to the organiser. */
struct item {
	long line;
	char *command; /* the line as written */
	char *result;  /* what was done (or would have been) */
	char *reason;  /* why it was refused, or NULL */
};

struct run {
	struct act *a;
	const struct message *m;
	/* the decision whose forward this mail answers (In-Reply-To) */
	struct store_decision answered;
	int answering;
	/* tokens and codes this mail used already */
	char **seen;
	size_t nseen;
	struct item *items;
	size_t n;
};

static int __attribute__((format(printf, 2, 3)))
refuse(struct item *it, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(it->reason);
	it->reason = xvasprintf(fmt, ap);
	va_end(ap);
	return 1;
}

static void __attribute__((format(printf, 2, 3)))
result(struct item *it, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	free(it->result);
	it->result = xvasprintf(fmt, ap);
	va_end(ap);
}

/* 1 when this mail used `what` (a token or a code) before; else notes
 * it and returns 0. */
static int
seen_before(struct run *x, const char *what)
{
	for (size_t i = 0; i < x->nseen; i++)
		if (!strcasecmp(x->seen[i], what))
			return 1;
	x->seen = xrealloc(x->seen, (x->nseen + 1) * sizeof *x->seen);
	x->seen[x->nseen++] = xstrdup(what);
	return 0;
}

/* The decision a token names, checked: it exists, is open, is used once
 * in this mail and belongs to the forward this mail answers (if any).
 * 0 (d filled; clear it), 1 refused, -1 error. */
static int
take_token(struct run *x, const struct orgcmd *c, struct store_decision *d,
	   struct item *it)
{
	memset(d, 0, sizeof *d);
	if (seen_before(x, c->token))
		return refuse(it, "token %s is used twice in this mail",
			      c->token);
	int f = store_decision_find(x->a->st, c->token, d);
	if (f < 0)
		return -1;
	if (f == 0)
		return refuse(it, "there is no decision with token %s",
			      c->token);
	if (d->used_at) {
		char *when = status_local_iso(x->a->cfg->timezone, d->used_at);
		refuse(it, "token %s was used already (%s, %s)", d->token,
		       d->used_how ? d->used_how : "?", when);
		free(when);
		return 1;
	}
	if (x->answering && x->answered.id != d->id)
		return refuse(it,
			      "token %s belongs to another decision: this "
			      "mail answers the forward of \"%s\" from %s "
			      "(token %s)",
			      d->token,
			      x->answered.subject ? x->answered.subject : "",
			      x->answered.sender ? x->answered.sender : "?",
			      x->answered.token);
	return 0;
}

static int
mark_used(struct act *a, const struct store_decision *d, enum orgcmd_verb v,
	  struct item *it)
{
	int u = store_decision_use(a->st, d->id, a->nowiso, a->msg,
				   orgcmd_verb_word(v, "nl"));
	if (u < 0)
		return -1;
	return u == 1 ? 0 : refuse(it, "token %s was used already", d->token);
}

/* Registers the people a decision understood.  0, 1 refused, -1. */
static int
register_people(struct act *a, const struct store_decision *d,
		const struct orgcmd *c, struct item *it)
{
	json_object *people = people_parse(d->people);
	if (people == NULL)
		return refuse(it, "nothing was understood that could be "
				  "registered: register with regbot add");
	struct buf done;
	buf_init(&done, BUF_MAX_DEFAULT);
	char *reason = xasprintf("registered by the organiser's decision by "
				 "mail (%s %s)",
				 orgcmd_verb_word(c->verb, "nl"), d->token);
	int rc = 0;
	size_t n = json_object_array_length(people);
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct form_person p;
		person_at(people, i, &p);
		struct reg r = {0};
		seats_take_fields(&r, &p);
		r.language = xstrdup(d->lang);
		r.received_at = xstrdup(d->received_at);
		r.arrival = d->message;
		r.message = d->message;
		char *why = NULL;
		rc = seats_register(a, &r, reason, &why);
		if (rc == 1)
			refuse(it, "%s: %s",
			       r.f[RF_EMAIL]  ? r.f[RF_EMAIL]
			       : r.f[RF_NAME] ? r.f[RF_NAME]
					      : "a person without a name",
			       why);
		else if (rc == 0)
			buf_printf(&done, "%s%s <%s> as %s (%s)",
				   done.len ? "; " : "",
				   r.f[RF_NAME] ? r.f[RF_NAME] : "",
				   r.f[RF_EMAIL], r.code, r.status);
		free(why);
		reg_clear(&r);
	}
	free(reason);
	json_object_put(people);
	if (rc == 0)
		result(it, "registered %s", buf_str(&done));
	buf_free(&done);
	return rc;
}

/* The registration a code names, for a change: 0 (r filled), 1, -1. */
static int
find_reg(struct act *a, const char *code, struct reg *r, struct item *it)
{
	int f = store_reg_find_code(a->st, code, r);
	if (f < 0)
		return -1;
	return f ? 0
		 : refuse(it, "there is no registration with code %s", code);
}

static int
cancel_code(struct act *a, const char *code, const char *reason,
	    struct item *it)
{
	struct reg r = {0};
	int rc = find_reg(a, code, &r, it);
	char *why = NULL;
	if (rc == 0)
		rc = seats_cancel(a, &r, reason, &why);
	if (rc == 1 && why)
		refuse(it, "%s", why);
	else if (rc == 0)
		result(it, "%s (%s <%s>) cancelled%s", r.code,
		       r.f[RF_NAME] ? r.f[RF_NAME] : "", r.f[RF_EMAIL],
		       r.fee_due ? "; the fee is still owed" : "");
	free(why);
	reg_clear(&r);
	return rc;
}

/* JA and BEVESTIG: act on the decision, unless what it concerns changed. */
static int
cmd_decide(struct run *x, struct act *a, const struct orgcmd *c,
	   struct item *it)
{
	struct store_decision d;
	int rc = take_token(x, c, &d, it);
	const char *propose = c->verb == ORGCMD_CONFIRM
				  ? "register"
				  : (d.propose ? d.propose : "none");
	if (rc == 0 && !strcmp(propose, "none"))
		rc = refuse(it,
			    "the robot proposed nothing for this mail (%s): "
			    "BEVESTIG registers what it understood, "
			    "ANTWOORD answers the sender, NEE closes it",
			    d.why);
	char *why = NULL;
	if (rc == 0) {
		rc = stale(a->st, &d, &why);
		if (rc == 1)
			refuse(it, "%s", why);
		free(why);
	}
	if (rc == 0 && !strcmp(propose, "register"))
		rc = register_people(a, &d, c, it);
	else if (rc == 0 && !strcmp(propose, "cancel")) {
		char *reason =
		    xasprintf("cancelled by the organiser's decision by mail "
			      "(JA %s)",
			      d.token);
		char *code = xstrdup(d.codes);
		char *sp = strchr(code, ' ');
		if (sp)
			*sp = '\0';
		rc = cancel_code(a, code, reason, it);
		free(code);
		free(reason);
	}
	if (rc == 0)
		rc = mark_used(a, &d, c->verb, it);
	store_decision_clear(&d);
	return rc;
}

/* NEE: the mail is decided; nothing is done and the sender gets
 * nothing (an answer is ANTWOORD's). */
static int
cmd_no(struct run *x, struct act *a, const struct orgcmd *c, struct item *it)
{
	struct store_decision d;
	int rc = take_token(x, c, &d, it);
	if (rc == 0)
		rc = mark_used(a, &d, c->verb, it);
	if (rc == 0)
		result(it, "closed: nothing is done; %s gets no mail",
		       d.sender ? d.sender : "the sender");
	store_decision_clear(&d);
	return rc;
}

/* ANTWOORD: the organiser's text goes to the sender, in the mail's
 * thread; nothing is registered. */
static int
cmd_answer(struct run *x, struct act *a, const struct orgcmd *c,
	   struct item *it)
{
	struct store_decision d;
	int rc = take_token(x, c, &d, it);
	if (rc == 0 && d.sender == NULL)
		rc = refuse(it, "the mail of token %s had no sender address",
			    d.token);
	if (rc == 0) {
		struct tmpl_value *v = reply_vars(a->cfg, d.lang);
		tmpl_map_set_str(v, "name", d.sender_name);
		tmpl_map_set_str(v, "email", d.sender);
		tmpl_map_set_str(v, "subject", d.subject);
		tmpl_map_set_str(v, "answer", c->text);
		struct act aa = *a;
		aa.in_reply_to = d.message_id;
		aa.references = d.message_id;
		rc = act_queue(&aa, "answer", d.lang, d.sender_name, d.sender,
			       v, 0, 0);
		tmpl_value_free(v);
	}
	if (rc == 0)
		rc = mark_used(a, &d, c->verb, it);
	if (rc == 0)
		result(it, "your answer goes to %s", d.sender);
	store_decision_clear(&d);
	return rc;
}

static int
cmd_cancel(struct run *x, struct act *a, const struct orgcmd *c,
	   struct item *it)
{
	if (seen_before(x, c->code))
		return refuse(it, "%s is named twice in this mail", c->code);
	return cancel_code(a, c->code, "cancelled by the organiser by mail",
			   it);
}

static int
cmd_move(struct run *x, struct act *a, const struct orgcmd *c, struct item *it)
{
	const struct config *cfg = a->cfg;
	if (seen_before(x, c->code))
		return refuse(it, "%s is named twice in this mail", c->code);
	const struct pool *p = NULL;
	struct buf names;
	buf_init(&names, 1 << 16);
	for (size_t i = 0; i < cfg->npools; i++) {
		if (!strcasecmp(cfg->pools[i].name, c->pool))
			p = &cfg->pools[i];
		buf_printf(&names, "%s%s", i ? ", " : "", cfg->pools[i].name);
	}
	if (p == NULL) {
		refuse(it, "there is no pool '%s' (the pools: %s)", c->pool,
		       buf_str(&names));
		buf_free(&names);
		return 1;
	}
	buf_free(&names);
	struct reg r = {0};
	int rc = find_reg(a, c->code, &r, it);
	char *why = NULL;
	char *from = r.pool ? xstrdup(r.pool) : NULL;
	if (rc == 0)
		rc = seats_move(a, &r, p->name, 0, &why);
	if (rc == 1 && why)
		refuse(it, "%s", why);
	else if (rc == 0)
		result(it, "%s (%s <%s>) moved from pool %s to %s: %s", r.code,
		       r.f[RF_NAME] ? r.f[RF_NAME] : "", r.f[RF_EMAIL], from,
		       p->name, r.status);
	free(from);
	free(why);
	reg_clear(&r);
	return rc;
}

typedef int (*cmd_fn)(struct run *, struct act *, const struct orgcmd *,
		      struct item *);
static const struct {
	enum orgcmd_verb verb;
	cmd_fn fn;
} handlers[] = {
    {ORGCMD_YES, cmd_decide},	 {ORGCMD_CONFIRM, cmd_decide},
    {ORGCMD_NO, cmd_no},	 {ORGCMD_ANSWER, cmd_answer},
    {ORGCMD_CANCEL, cmd_cancel}, {ORGCMD_MOVE, cmd_move},
};

static struct item *
add_item(struct run *x, long line, const char *command)
{
	x->items = xrealloc(x->items, (x->n + 1) * sizeof *x->items);
	struct item *it = &x->items[x->n++];
	memset(it, 0, sizeof *it);
	it->line = line;
	it->command = xstrdup(command);
	return it;
}

/* One command, as the organiser: its own outbox keys (two commands may
 * mail one address), no threading into the organiser's mail. */
static int
run_cmd(struct run *x, const struct orgcmd *c, struct item *it)
{
	struct act ca = *x->a;
	char *tag = xasprintf("%s.%ld", x->a->tag, c->line);
	snprintf(ca.tag, sizeof ca.tag, "%s", tag); /* "m<id>.<line>" fits */
	free(tag);
	ca.actor = "organiser";
	ca.in_reply_to = NULL;
	ca.references = NULL;
	ca.reply_to = NULL;
	for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
		if (handlers[i].verb == c->verb)
			return handlers[i].fn(x, &ca, c, it);
	return refuse(it, "%s", "unknown command");
}

static int
by_line(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	return (x->line > y->line) - (x->line < y->line);
}

/* The Message-ID inside an In-Reply-To value, without <>; caller frees. */
static char *
parent_id(const char *irt)
{
	const char *lt = irt ? strchr(irt, '<') : NULL;
	const char *gt = lt ? strchr(lt, '>') : NULL;
	return gt ? xstrndup(lt + 1, (size_t)(gt - lt - 1)) : NULL;
}

static int
reply_organiser(struct run *x, const struct orgcmd_mail *cm, int applied)
{
	struct act *a = x->a;
	const struct config *cfg = a->cfg;
	struct tmpl_value *v = reply_vars(cfg, cfg->language);
	tmpl_map_set_str(v, "subject", x->m->subject);
	tmpl_map_set(v, "applied", tmpl_bool(applied));
	struct tmpl_value *list = tmpl_list();
	for (size_t i = 0; i < x->n; i++) {
		const struct item *it = &x->items[i];
		struct tmpl_value *e = tmpl_map();
		char no[24];
		snprintf(no, sizeof no, "%ld", it->line);
		tmpl_map_set_str(e, "line", no);
		tmpl_map_set_str(e, "command", it->command);
		tmpl_map_set_str(e, "result", it->result);
		tmpl_map_set_str(e, "reason", it->reason);
		tmpl_map_set(e, "ok", tmpl_bool(it->reason == NULL));
		tmpl_list_add(list, e);
	}
	tmpl_map_set(v, "results", list);
	struct tmpl_value *ign = tmpl_list();
	size_t nign = 0;
	for (size_t i = 0; i < cm->nbad; i++) {
		if (cm->bad[i].blocking)
			continue;
		struct tmpl_value *e = tmpl_map();
		char no[24];
		snprintf(no, sizeof no, "%ld", cm->bad[i].line);
		tmpl_map_set_str(e, "line", no);
		tmpl_map_set_str(e, "text", cm->bad[i].source);
		tmpl_list_add(ign, e);
		nign++;
	}
	tmpl_map_set(v, "ignored", ign);
	tmpl_map_set(v, "c_ignored", tmpl_bool(nign > 0));
	/* "Reply" to it reaches the robot again: more commands */
	const char *rt = a->reply_to;
	a->reply_to = cfg->from_addr;
	int rc = act_queue(a, "commands", cfg->language, cfg->organiser_name,
			   cfg->organiser_email, v, 0, 0);
	a->reply_to = rt;
	tmpl_value_free(v);
	return rc;
}

static int
apply_mail(struct act *a, const struct message *m, const struct orgcmd_mail *cm,
	   const char **outcome)
{
	struct store *st = a->st;
	struct run x = {.a = a, .m = m};
	char *parent = parent_id(m->in_reply_to);
	int rc = 0;
	if (parent) {
		int f = store_decision_by_forward(st, parent, &x.answered);
		if (f < 0)
			rc = -1;
		x.answering = f == 1;
		free(parent);
	}
	/* what time did first (expired offers), as regbot add does; kept
	 * whatever the commands come to */
	if (rc == 0 && seats_tick(a) < 0)
		rc = -1;
	if (rc == 0 && store_savepoint(st) < 0)
		rc = -1;
	size_t refused = 0;
	for (size_t i = 0; rc == 0 && i < cm->n; i++) {
		const struct orgcmd *c = &cm->cmds[i];
		struct item *it = add_item(&x, c->line, c->source);
		int r = run_cmd(&x, c, it);
		if (r < 0)
			rc = -1;
		else if (r == 1)
			refused++;
	}
	for (size_t i = 0; rc == 0 && i < cm->nbad; i++)
		if (cm->bad[i].blocking) {
			struct item *it =
			    add_item(&x, cm->bad[i].line, cm->bad[i].source);
			refuse(it, "%s", cm->bad[i].why);
			refused++;
		}
	if (rc == 0) {
		/* all or nothing */
		rc = refused ? store_savepoint_rollback(st)
			     : store_savepoint_release(st);
		if (x.n > 1)
			qsort(x.items, x.n, sizeof *x.items, by_line);
	}
	if (rc == 0) {
		*outcome = refused ? "commands-refused" : "commands";
		char *d = refused ? xasprintf("organiser's commands by mail: "
					      "%zu refused, nothing applied",
					      refused)
				  : xasprintf("organiser's commands by mail: "
					      "%zu applied",
					      cm->n);
		log_info(a->msgkey, "%s", d);
		rc = act_audit(a, 0, "organiser-mail", d);
		free(d);
	}
	if (rc == 0)
		rc = reply_organiser(&x, cm, refused == 0);
	for (size_t i = 0; i < x.n; i++) {
		free(x.items[i].command);
		free(x.items[i].result);
		free(x.items[i].reason);
	}
	free(x.items);
	for (size_t i = 0; i < x.nseen; i++)
		free(x.seen[i]);
	free(x.seen);
	store_decision_clear(&x.answered);
	return rc;
}

int
orgmail_from_organiser(struct act *a, const struct message *m, int robot,
		       const char *raw, size_t rawlen, const char **outcome)
{
	const struct config *cfg = a->cfg;
	const char *at =
	    cfg->organiser_email ? strrchr(cfg->organiser_email, '@') : NULL;
	char *why = NULL;
	if (at && orgcmd_auth_failed(raw, rawlen, at + 1, &why)) {
		/* Someone else wrote it: never act on it, and show it. */
		*outcome = "forged";
		char *d = xasprintf("mail with the organiser's address failed "
				    "its authentication (%s): set aside, "
				    "nothing done",
				    why);
		log_warn(a->msgkey, "%s", d);
		int rc = act_audit(a, 0, "to-organiser", d);
		free(d);
		free(why);
		return rc < 0 ? -1 : 1;
	}
	if (robot || m->text == NULL)
		return 0;
	struct orgcmd_mail cm;
	if (orgcmd_parse(m->text, &cm) < 0 || !orgcmd_has_commands(&cm)) {
		orgcmd_free(&cm);
		return 0;
	}
	int rc = apply_mail(a, m, &cm, outcome);
	orgcmd_free(&cm);
	return rc < 0 ? -1 : 1;
}

int
orgmail_foreign(struct act *a, const struct message *m, char **why)
{
	*why = NULL;
	if (m->text == NULL)
		return 0;
	struct orgcmd_mail cm;
	if (orgcmd_parse(m->text, &cm) < 0) {
		orgcmd_free(&cm);
		return 0;
	}
	struct buf used;
	buf_init(&used, 1 << 16);
	size_t hits = 0;
	int rc = 0;
	for (size_t i = 0; i < cm.n && rc == 0; i++) {
		const struct orgcmd *c = &cm.cmds[i];
		int hit = c->verb == ORGCMD_MOVE;
		if (c->token) {
			struct store_decision d;
			int f = store_decision_find(a->st, c->token, &d);
			store_decision_clear(&d);
			if (f < 0)
				rc = -1;
			hit = f == 1;
		}
		if (hit && hits++ < 3)
			buf_printf(&used, "%s\"%s\"", used.len ? ", " : "",
				   c->source);
	}
	if (rc == 0 && hits) {
		*why = xasprintf("the organiser's commands (%s%s) from %s, "
				 "which is not the organiser's address: "
				 "nothing was done",
				 buf_str(&used), hits > 3 ? ", ..." : "",
				 m->from_addr ? m->from_addr : "no address");
		log_warn(a->msgkey, "organiser's commands from another "
				    "address: nothing done");
		rc = 1;
	}
	buf_free(&used);
	orgcmd_free(&cm);
	return rc;
}
