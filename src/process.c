/*
 * process — see process.h.
 *
 * Blast radius: a message the robot cannot understand is recorded and
 * handed to a human (never an error); a failing store or a broken template
 * rolls the whole transaction back and returns PROCESS_RETRY, so the
 * mailbox copy stays where it is and nothing is half-done.
 */
#include "process.h"

#include <errno.h>
#include <stdio.h>
#include <gnutls/crypto.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "form.h"
#include "message.h"
#include "policy.h"
#include "reply.h"
#include "request.h"
#include "util.h"

#define FORWARD_TEXT_MAX 20000

struct job {
	struct robot *rb;
	const struct message *m;
	const struct request *rq;
	int64_t msg;          /* messages.id */
	const char *msgkey;
	time_t now;
	char nowiso[32];
	char received[32];
	int replies;          /* replies queued to the sender */
};

static void
sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, data, len, d);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* Renders and queues one reply.  Honors the per-address rate limit for
 * mail to participants (never for the organiser).  0 ok, -1 error. */
static int
queue(struct job *j, const char *kind, const char *lang, const char *name,
      const char *addr, const char *key, const struct tmpl_value *vars,
      int64_t reg, int limited)
{
	const struct config *cfg = j->rb->cfg;
	struct store *st = j->rb->st;
	const char *auto_sub = "auto-replied";
	if (limited) {
		char since[32];
		store_time(j->now - 86400, since, sizeof since);
		long n = store_replies_since(st, addr, since);
		if (n < 0)
			return -1;
		if (n >= cfg->rate_limit) {
			store_audit(st, j->nowiso, reg, j->msg, "rate-limited",
			            addr);
			if (n > cfg->rate_limit)
				return 0;
			/* One notice, then silence for a day. */
			kind = "ratelimit";
			char day[11];
			memcpy(day, j->nowiso, 10);
			day[10] = '\0';
			char *k = xasprintf("ratelimit:%s:%s", addr, day);
			int r = queue(j, kind, lang, name, addr, k, vars, reg,
			              0);
			free(k);
			return r;
		}
	}
	struct reply r = {
	    .kind = kind,
	    .lang = lang,
	    .to_name = name,
	    .to_addr = addr,
	    .key = key,
	    .in_reply_to = j->m->message_id,
	    .references = j->m->references,
	    .auto_submitted = auto_sub,
	    .vars = vars,
	};
	struct buf out;
	buf_init(&out, 8 << 20);
	char *err = NULL;
	if (reply_build(cfg, &r, j->now, &out, &err) < 0) {
		log_err(j->msgkey, "reply %s: %s", kind, err);
		free(err);
		buf_free(&out);
		return -1;
	}
	int added = store_outbox_add(st, key, kind, addr, buf_str(&out),
	                             out.len, j->msg, reg, j->nowiso);
	buf_free(&out);
	if (added < 0)
		return -1;
	if (added)
		store_audit(st, j->nowiso, reg, j->msg, "reply", kind);
	return 0;
}

static int
forward_to_organiser(struct job *j, const char *why)
{
	const struct config *cfg = j->rb->cfg;
	struct tmpl_value *v = reply_vars(cfg, cfg->language);
	tmpl_map_set_str(v, "subject", j->m->subject);
	tmpl_map_set_str(v, "from", j->m->from_addr);
	tmpl_map_set_str(v, "status", why);
	const char *text = j->m->text ? j->m->text : "";
	char *t = xstrndup(text, FORWARD_TEXT_MAX);
	tmpl_map_set_str(v, "text", t);
	free(t);
	char *key = xasprintf("forward:%s", j->msgkey);
	int r = queue(j, "forward", cfg->language, cfg->organiser_name,
	              cfg->organiser_email, key, v, 0, 0);
	free(key);
	tmpl_value_free(v);
	return r;
}

static void
random_code(char out[12])
{
	unsigned char rnd[7];
	if (util_random(rnd, sizeof rnd) < 0)
		abort(); /* getrandom cannot fail after boot */
	policy_code(rnd, out);
}

static const char *const field_labels_nl[RF__COUNT] = {
    "Naam", "E-mailadres", "Organisatie", "Functie", "Telefoon",
    "Dieetwensen", "Factuuradres", "Factuurkenmerk"};
static const char *const field_labels_en[RF__COUNT] = {
    "Name", "E-mail address", "Organisation", "Function", "Phone",
    "Dietary wishes", "Invoice address", "Invoice reference"};

static const enum reg_field required[] = {RF_NAME, RF_EMAIL,
                                          RF_ORGANISATION};

/* Variables for a registration reply, with what was understood. */
static struct tmpl_value *
reg_vars(struct job *j, const struct reg *r, const char *lang)
{
	const struct config *cfg = j->rb->cfg;
	struct tmpl_value *v = reply_vars(cfg, lang);
	reply_vars_reg(v, cfg, r, lang);
	const char *const *labels =
	    strcmp(lang, "en") ? field_labels_nl : field_labels_en;
	struct tmpl_value *und = tmpl_list(), *miss = tmpl_list();
	for (int i = 0; i < RF__COUNT; i++) {
		if (r->f[i]) {
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "label", labels[i]);
			tmpl_map_set_str(e, "value", r->f[i]);
			tmpl_list_add(und, e);
		}
	}
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (r->f[required[i]] == NULL) {
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "label", labels[required[i]]);
			tmpl_list_add(miss, e);
		}
	tmpl_map_set(v, "understood", und);
	tmpl_map_set(v, "missing", miss);
	tmpl_map_set_str(v, "subject", j->m->subject);
	return v;
}

static int
is_complete(const struct reg *r)
{
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (r->f[required[i]] == NULL)
			return 0;
	return 1;
}

/* Decides a seat for r (complete, not yet confirmed or waitlisted). */
static int
seat(struct job *j, struct reg *r)
{
	const struct config *cfg = j->rb->cfg;
	const struct pool *p = config_pool_for(cfg, r->f[RF_EMAIL]);
	if (p == NULL) {
		log_err(j->msgkey, "no pool takes %s", r->f[RF_EMAIL]);
		return -1;
	}
	struct policy_pool pp = {.name = p->name, .seats = p->seats};
	pp.confirmed = store_reg_count(j->rb->st, p->name, "confirmed");
	pp.waitlisted = store_reg_count(j->rb->st, p->name, "waitlisted");
	if (pp.confirmed < 0 || pp.waitlisted < 0)
		return -1;
	free(r->pool);
	r->pool = xstrdup(p->name);
	free(r->status);
	r->status = xstrdup(policy_decide(&pp));
	if (!strcmp(r->status, "waitlisted"))
		r->waitlist_position = pp.waitlisted + 1;
	return 0;
}

static void
take_fields(struct reg *r, const struct form_person *p)
{
	static const enum form_field map[RF__COUNT] = {
	    FF_NAME, FF_EMAIL, FF_ORGANISATION, FF_ROLE, FF_PHONE, FF_DIET,
	    FF_INVOICE_ADDRESS, FF_INVOICE_REFERENCE};
	for (int i = 0; i < RF__COUNT; i++) {
		const char *v = p->f[map[i]];
		if (v && *v) {
			free(r->f[i]);
			r->f[i] = xstrdup(v);
		}
	}
	if (r->f[RF_EMAIL])
		str_lower(r->f[RF_EMAIL]);
}

/* One person of a registration mail. */
static int
register_person(struct job *j, const struct form_person *p, int only)
{
	struct store *st = j->rb->st;
	const char *lang = j->rq->lang;
	struct reg r = {0};
	take_fields(&r, p);
	/* One person writing for themselves: the From line is their
	 * address when the form has none. */
	if (r.f[RF_EMAIL] == NULL && only && j->m->from_addr)
		r.f[RF_EMAIL] = xstrdup(j->m->from_addr);
	if (r.f[RF_EMAIL] && !form_valid_email(r.f[RF_EMAIL])) {
		free(r.f[RF_EMAIL]);
		r.f[RF_EMAIL] = NULL;
	}
	if (r.f[RF_EMAIL] == NULL) {
		/* Nobody to register or to answer: ask the sender. */
		reg_clear(&r);
		return 1;
	}
	struct reg old = {0};
	int found = store_reg_find_active(st, r.f[RF_EMAIL], &old);
	if (found < 0) {
		reg_clear(&r);
		return -1;
	}
	int rc = 0;
	struct tmpl_value *v = NULL;
	char *key = NULL;
	if (found && strcmp(old.status, "incomplete") != 0) {
		/* A second mail never takes a second seat. */
		v = reg_vars(j, &old, lang);
		key = xasprintf("already:%s:%s", j->msgkey, old.code);
		rc = store_audit(st, j->nowiso, old.id, j->msg, "duplicate",
		                 "registration mail for a registered address");
		if (rc == 0)
			rc = queue(j, "already", lang, old.f[RF_NAME],
			           old.f[RF_EMAIL], key, v, old.id, 1);
		goto out;
	}
	if (found) {
		/* Completing an earlier incomplete registration keeps its
		 * place in arrival order. */
		for (int i = 0; i < RF__COUNT; i++)
			if (r.f[i] == NULL && old.f[i])
				r.f[i] = xstrdup(old.f[i]);
		r.id = old.id;
		r.code = xstrdup(old.code);
		r.arrival = old.arrival;
		r.received_at = xstrdup(old.received_at);
		r.registered_at = xstrdup(old.registered_at);
	} else {
		char code[12];
		random_code(code);
		r.code = xstrdup(code);
		r.arrival = j->msg;
		r.received_at = xstrdup(j->received);
		r.registered_at = xstrdup(j->nowiso);
		r.message = j->msg;
	}
	r.language = xstrdup(lang);
	r.updated_at = xstrdup(j->nowiso);
	const char *kind;
	if (is_complete(&r)) {
		if (seat(j, &r) < 0) {
			rc = -1;
			goto out;
		}
		kind = !strcmp(r.status, "confirmed") ? "confirmation"
		                                      : "waitlist";
	} else {
		const struct pool *pl = config_pool_for(j->rb->cfg,
		                                        r.f[RF_EMAIL]);
		free(r.pool);
		r.pool = xstrdup(pl ? pl->name : j->rb->cfg->pools[0].name);
		r.status = xstrdup("incomplete");
		kind = "incomplete";
	}
	rc = found ? store_reg_update(st, &r) : store_reg_insert(st, &r);
	if (rc == 0)
		rc = store_audit(st, j->nowiso, r.id, j->msg, r.status,
		                 found ? "completed by a later mail"
		                       : "registration mail");
	if (rc == 0) {
		v = reg_vars(j, &r, lang);
		key = !strcmp(kind, "incomplete")
		          ? xasprintf("incomplete:%s:%s", j->msgkey, r.code)
		          : xasprintf("%s:%s", kind, r.code);
		rc = queue(j, kind, lang, r.f[RF_NAME], r.f[RF_EMAIL], key, v,
		           r.id, 1);
	}
	if (rc == 0 && strcmp(kind, "incomplete") != 0)
		log_info(j->msgkey, "%s %s in pool %s", r.code, r.status,
		         r.pool);
out:
	tmpl_value_free(v);
	free(key);
	reg_clear(&old);
	reg_clear(&r);
	return rc;
}

/* Tells the sender what was missing when nobody could be registered. */
static int
ask_sender(struct job *j, const char *kind)
{
	const struct config *cfg = j->rb->cfg;
	const char *lang = j->rq->lang;
	struct reg r = {0};
	if (j->rq->form.n > 0)
		take_fields(&r, &j->rq->form.people[0]);
	if (r.f[RF_EMAIL] == NULL)
		r.f[RF_EMAIL] = xstrdup(j->m->from_addr);
	struct tmpl_value *v = reg_vars(j, &r, lang);
	if (r.f[RF_NAME] == NULL && j->m->from_name)
		tmpl_map_set_str(v, "name", j->m->from_name);
	char *key = xasprintf("%s:%s", kind, j->msgkey);
	int rc = queue(j, kind, lang, j->m->from_name, j->m->from_addr, key,
	               v, 0, 1);
	free(key);
	tmpl_value_free(v);
	reg_clear(&r);
	(void)cfg;
	return rc;
}

static int
decide(struct job *j, const char **outcome)
{
	const struct message *m = j->m;
	const struct request *rq = j->rq;
	if (m->set_aside) {
		*outcome = "set-aside";
		if (store_audit(j->rb->st, j->nowiso, 0, j->msg, "set-aside",
		                m->set_aside) < 0)
			return -1;
		if (forward_to_organiser(j, m->set_aside) < 0)
			return -1;
		return rq->robot ? 0 : ask_sender(j, "received");
	}
	if (rq->robot) {
		*outcome = "no-reply";
		return store_audit(j->rb->st, j->nowiso, 0, j->msg, "no-reply",
		                   rq->robot);
	}
	switch (rq->intent) {
	case INTENT_REGISTER: {
		if (rq->form.n == 0) {
			*outcome = "incomplete";
			return ask_sender(j, "incomplete");
		}
		int asked = 0;
		for (size_t i = 0; i < rq->form.n; i++) {
			int r = register_person(j, &rq->form.people[i],
			                        rq->form.n == 1);
			if (r < 0)
				return -1;
			if (r == 1 && !asked) {
				asked = 1;
				if (ask_sender(j, "incomplete") < 0)
					return -1;
			}
		}
		*outcome = asked ? "incomplete" : "registered";
		return 0;
	}
	case INTENT_HELP:
		*outcome = "help";
		return ask_sender(j, "help");
	case INTENT_UNKNOWN:
		if (m->attachments > 0 || str_empty(m->text)) {
			*outcome = "needs-human";
			if (forward_to_organiser(j, "attachment only") < 0)
				return -1;
			return ask_sender(j, "received");
		}
		*outcome = "help";
		return ask_sender(j, "help");
	default:
		/* Cancellations, substitutions, status and questions go to
		 * the organiser until the robot handles them itself. */
		*outcome = "needs-human";
		if (forward_to_organiser(j, request_intent_name(rq->intent)) <
		    0)
			return -1;
		return ask_sender(j, "received");
	}
}

static char *
save_raw(const struct config *cfg, const char *raw, size_t len,
         const char *hex)
{
	char *dir = xasprintf("%s/raw", cfg->spool);
	char *path = xasprintf("%s/%s.eml", dir, hex);
	int ok = util_mkdir_p(dir, 0700) == 0 &&
	         util_write_file_durable(path, raw, len, 0600) == 0;
	if (!ok) {
		log_err(NULL, "cannot keep a raw copy in %s: %s", dir,
		        strerror(errno));
		free(path);
		path = NULL;
	}
	free(dir);
	return path;
}

enum process_result
process_message(struct robot *rb, const char *raw, size_t len,
                const struct source *src)
{
	const struct config *cfg = rb->cfg;
	struct message_limits lim = {
	    .max_size = (size_t)cfg->max_message_size,
	    .max_depth = 20,
	    .max_parts = 200,
	};
	struct message m;
	message_parse(raw, len, &lim, &m);
	if (src->size > lim.max_size && m.set_aside == NULL)
		m.set_aside = xasprintf("message of %zu bytes is larger than "
		                        "the limit of %zu", src->size,
		                        lim.max_size);
	char hex[65];
	sha256_hex(raw, len, hex);
	char *msgkey = m.message_id ? xstrdup(m.message_id)
	                            : xasprintf("sha256:%s", hex);
	int known = store_message_known(rb->st, msgkey);
	if (known != 0) {
		enum process_result res = PROCESS_RETRY;
		if (known == 1 &&
		    store_message_set_uid(rb->st, msgkey, src->uidvalidity,
		                          src->uid) == 0) {
			log_info(msgkey, "processed before; nothing to do");
			res = PROCESS_KNOWN;
		} else
			log_err(msgkey, "store: %s", store_error(rb->st));
		free(msgkey);
		message_free(&m);
		return res;
	}
	char *rawpath = save_raw(cfg, raw, len, hex);
	if (rawpath == NULL) {
		free(msgkey);
		message_free(&m);
		return PROCESS_RETRY;
	}
	util_crash_point("raw copy written");

	struct request rq;
	request_build(&m, cfg->from_addr, cfg->language, &rq);
	struct job j = {.rb = rb, .m = &m, .rq = &rq, .msgkey = msgkey,
	                .now = clock_now()};
	store_time(j.now, j.nowiso, sizeof j.nowiso);
	store_time(src->received, j.received, sizeof j.received);

	struct store_msg sm = {
	    .msgkey = msgkey,
	    .message_id = m.message_id,
	    .uidvalidity = src->uidvalidity,
	    .uid = src->uid,
	    .received_at = j.received,
	    .processed_at = j.nowiso,
	    .from_addr = m.from_addr,
	    .subject = m.subject,
	    .raw_path = rawpath,
	    .outcome = "processing",
	    .detail = request_intent_name(rq.intent),
	};
	const char *outcome = "processing";
	enum process_result res = PROCESS_DONE;
	if (store_begin(rb->st) < 0 || store_message_insert(rb->st, &sm) < 0) {
		res = PROCESS_RETRY;
	} else {
		j.msg = sm.id;
		if (decide(&j, &outcome) < 0 ||
		    store_message_set_outcome(rb->st, sm.id, outcome) < 0 ||
		    store_commit(rb->st) < 0)
			res = PROCESS_RETRY;
	}
	if (res == PROCESS_RETRY) {
		log_err(msgkey, "not processed, will retry: %s",
		        store_error(rb->st));
		store_rollback(rb->st);
	} else {
		log_info(msgkey, "%s (%s, %s)", outcome,
		         request_intent_name(rq.intent),
		         rq.robot ? rq.robot : rq.lang);
		util_crash_point("transaction committed");
	}
	request_free(&rq);
	free(rawpath);
	free(msgkey);
	message_free(&m);
	return res;
}
