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
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bouncelog.h"
#include "clock.h"
#include "decide.h"
#include "form.h"
#include "judge.h"
#include "message.h"
#include "orgmail.h"
#include "policy.h"
#include "reply.h"
#include "request.h"
#include "seats.h"
#include "stats.h"
#include "util.h"

#define FORWARD_TEXT_MAX 20000

struct job {
	struct robot *rb;
	const struct message *m;
	const struct request *rq;
	struct act a;
	const char *msgkey;
	time_t received;
	char received_iso[32];
	const char *outcome;
	const char *text_sha256;
	const char *raw; /* the message as received (its header: orgmail) */
	size_t rawlen;
	/* The robot's own mail this one answers, found in the outbox by
	 * its In-Reply-To or References (answered.id 0: none). */
	struct store_sent answered;
};

static void
sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char d[32];
	gnutls_hash_fast(GNUTLS_DIG_SHA256, data, len, d);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* Where the body starts: after the first empty line (CRLF or LF), or
 * at the end when there is none. */
static size_t
body_offset(const char *raw, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (raw[i] != '\n')
			continue;
		if (raw[i + 1] == '\n')
			return i + 2;
		if (i + 2 < len && raw[i + 1] == '\r' && raw[i + 2] == '\n')
			return i + 3;
	}
	return len;
}

/* The body's hash: the bytes after the first empty line (CRLF or LF),
 * with CRs dropped and trailing white space ignored, so the copy a server
 * stores (line endings rewritten, a newline added) is the same mail. */
static void
body_sha256(const char *raw, size_t len, char out[65])
{
	size_t bo = body_offset(raw, len);
	char *b = xmalloc(len - bo + 1);
	size_t n = 0;
	for (size_t i = bo; i < len; i++)
		if (raw[i] != '\r')
			b[n++] = raw[i];
	while (n > 0 &&
	       (b[n - 1] == '\n' || b[n - 1] == ' ' || b[n - 1] == '\t'))
		n--;
	sha256_hex(b, n, out);
	free(b);
}

int
process_find_answered(struct store *st, const struct message *m,
		      struct store_sent *out)
{
	enum { MAX_IDS = 32 };
	const char *hdrs[] = {m->in_reply_to, m->references};
	for (size_t h = 0; h < sizeof hdrs / sizeof hdrs[0]; h++) {
		const char *p = hdrs[h];
		const char *ids[MAX_IDS];
		size_t lens[MAX_IDS], n = 0;
		while (p && (p = strchr(p, '<')) != NULL) {
			const char *e = strchr(p, '>');
			if (e == NULL)
				break;
			if (n == MAX_IDS) {
				/* the newest are last: keep those */
				memmove(ids, ids + 1, (n - 1) * sizeof *ids);
				memmove(lens, lens + 1, (n - 1) * sizeof *lens);
				n--;
			}
			ids[n] = p;
			lens[n++] = (size_t)(e - p) + 1;
			p = e + 1;
		}
		while (n-- > 0) {
			char *id = xstrndup(ids[n], lens[n]);
			int rc = store_outbox_by_message_id(st, id, out);
			free(id);
			if (rc != 0)
				return rc;
		}
	}
	return 0;
}

char *
process_answered_text(struct store *st, const struct message *m)
{
	struct store_sent a = {0};
	if (st == NULL || process_find_answered(st, m, &a) != 1)
		return NULL;
	char *text = NULL;
	if (a.data && a.len > 0) {
		struct message_limits lim = {1 << 20, 20, 200};
		struct message pm;
		if (message_parse(a.data, a.len, &lim, &pm) == 0) {
			/* a reader may quote the plain or the HTML
			 * rendering: both are the robot's */
			if (pm.text && *pm.text)
				text = xasprintf("%s\n%s", pm.text,
						 pm.other_text ? pm.other_text
							       : "");
			message_free(&pm);
		}
	}
	store_sent_clear(&a);
	return text;
}

void
process_course(const struct config *cfg, struct judge_course *out)
{
	memset(out, 0, sizeof *out);
	size_t n = 0;
	if (cfg->title && *cfg->title)
		out->names[n++] = cfg->title;
	if (cfg->from_name && *cfg->from_name)
		out->names[n++] = cfg->from_name;
	/* the course days, and the dates its rules name (the window, the
	 * free cancellation, the limit per organisation): a mail may speak
	 * of those too */
	const char *dates[JUDGE_COURSE_DAYS];
	size_t nd = 0;
	for (size_t i = 0; i < cfg->ndays && nd < JUDGE_COURSE_DAYS; i++)
		dates[nd++] = cfg->days[i].date;
	size_t ncourse = nd;
	const char *rules[] = {cfg->opens, cfg->closes, cfg->cancel_deadline};
	for (size_t i = 0; i < 3 && nd < JUDGE_COURSE_DAYS; i++)
		dates[nd++] = rules[i];
	for (size_t i = 0; i < cfg->npools && nd < JUDGE_COURSE_DAYS; i++)
		dates[nd++] = cfg->pools[i].org_cap_until;
	for (size_t i = 0; i < nd; i++) {
		int y, mo, d;
		if (dates[i] &&
		    sscanf(dates[i], "%d-%d-%d", &y, &mo, &d) == 3) {
			out->month[out->ndays] = mo;
			out->day[out->ndays++] = d;
		}
		if (i + 1 == ncourse)
			out->ncourse = out->ndays;
	}
}

void
process_read(const struct config *cfg, struct store *st,
	     const struct message *m, struct request *rq)
{
	char *prior = process_answered_text(st, m);
	struct judge_course course;
	process_course(cfg, &course);
	struct request_context rc = {.robot_addr = cfg->from_addr,
				     .organiser_addr = cfg->organiser_email,
				     .default_lang = cfg->language,
				     .prior = prior,
				     .course = &course};
	request_read_ctx(m, &rc, rq);
	free(prior);
}

/* The robot's own mail that this one answers (process_find_answered):
 * 0 (j->answered filled or left empty), -1 error. */
static int
find_answered(struct job *j)
{
	return process_find_answered(j->rb->st, j->m, &j->answered) < 0 ? -1
									: 0;
}

/* 1 when the mail answers one of the robot's own acknowledgements.  A
 * person's answer still reaches the organiser, but acknowledging it
 * again would loop with an autoresponder whose text changes each
 * time. */
static int
answers_ack(const struct job *j)
{
	static const char *const acks[] = {
	    "received", "question",    "help", "ratelimit",
	    "closed",	"code-needed", NULL};
	for (int k = 0; j->answered.kind && acks[k]; k++)
		if (!strcmp(j->answered.kind, acks[k]))
			return 1;
	return 0;
}

/* The variables of a reply to the sender that is about no registration. */
static struct tmpl_value *
sender_vars(struct job *j)
{
	struct tmpl_value *v = reply_vars(j->rb->cfg, j->rq->lang);
	tmpl_map_set_str(v, "name", j->m->from_name);
	tmpl_map_set_str(v, "email", j->m->from_addr);
	tmpl_map_set_str(v, "subject", j->m->subject);
	return v;
}

static int
reply_sender(struct job *j, const char *kind, struct tmpl_value *v)
{
	struct tmpl_value *own = v ? NULL : sender_vars(j);
	int rc = act_queue(&j->a, kind, j->rq->lang, j->m->from_name,
			   j->m->from_addr, v ? v : own, 0, 1);
	tmpl_value_free(own);
	return rc;
}

/* The organiser decides by mail (orgmail.c): every mail handed to a
 * human gets a token, shown in its forward (v) and its digest line.  A
 * group request proposes to register the people understood. */
static int
decision_token(struct job *j, const char *why, int group, int forward,
	       struct tmpl_value *v)
{
	const struct request *rq = j->rq;
	struct orgmail_case oc = {
	    .why = why,
	    .propose = group ? "register" : rq->proposal,
	    .understood = rq->form.n > 0 ? &rq->form : NULL,
	    .code = rq->code,
	    .lang = rq->lang,
	    .received_at = j->received_iso,
	};
	char *key =
	    forward ? act_key(&j->a, "forward", j->rb->cfg->organiser_email, 0)
		    : NULL;
	char token[ORGCMD_TOKEN_LEN + 1];
	int rc = orgmail_issue(&j->a, j->m, &oc, key, v, token);
	free(key);
	return rc;
}

/* A copy of the mail for the organiser, and an acknowledgement to the
 * sender (`ack` kind) unless the sender is a machine.  people: what was
 * understood (the forward lists it), taken over; NULL for none. */
static int
to_human_people(struct job *j, const char *why, const char *ack,
		struct tmpl_value *people)
{
	const struct config *cfg = j->rb->cfg;
	struct tmpl_value *v = reply_vars(cfg, cfg->language);
	if (people)
		tmpl_map_set(v, "people", people);
	tmpl_map_set_str(v, "subject", j->m->subject);
	tmpl_map_set_str(v, "from", j->m->from_addr);
	tmpl_map_set_str(v, "status", why);
	if (j->rq->evidence)
		tmpl_map_set_str(v, "understood", j->rq->evidence);
	char *t = xstrndup(j->m->text ? j->m->text : "", FORWARD_TEXT_MAX);
	tmpl_map_set_str(v, "text", t);
	free(t);
	/* One sender cannot flood the organiser (an autoresponder, a
	 * hundred questions): past forward_limit a day the mail is only
	 * listed in the digest. */
	long sent = 0;
	if (j->m->from_addr) {
		char since[32];
		store_time(j->a.now - 86400, since, sizeof since);
		sent = store_forwards_since(j->a.st, j->m->from_addr, since);
	}
	int rc = sent < 0 ? -1 : 0;
	int forward = rc == 0 && sent < cfg->forward_limit;
	if (rc == 0)
		rc = decision_token(j, why, people != NULL, forward, v);
	char *detail = NULL;
	if (rc == 0 && !forward)
		detail = xasprintf("%s; in the digest only: %ld forwards "
				   "from this address today",
				   why, sent);
	else if (rc == 0) {
		/* A plain answer to the forward reaches the asker, not the
		 * robot. */
		j->a.reply_to =
		    j->m->from_addr && form_valid_email(j->m->from_addr)
			? j->m->from_addr
			: NULL;
		rc = act_queue(&j->a, "forward", cfg->language,
			       cfg->organiser_name, cfg->organiser_email, v, 0,
			       0);
		j->a.reply_to = NULL;
	}
	tmpl_value_free(v);
	if (rc == 0) {
		/* what was read and why it is unsure: the digest's "needs
		 * a human" line and `regbot log` show it */
		char *d = j->rq->evidence ? xasprintf("%s; understood: %s",
						      detail ? detail : why,
						      j->rq->evidence)
					  : NULL;
		rc = act_audit(&j->a, 0, "to-organiser",
			       d	? d
			       : detail ? detail
					: why);
		free(d);
	}
	free(detail);
	if (rc == 0 && ack && !j->rq->robot && !j->rq->robot_weak &&
	    !answers_ack(j))
		rc = reply_sender(j, ack, NULL);
	return rc;
}

/* *own = 1 when the sender of this mail may see registration r's code and
 * status: it is the participant, or the address whose mail created it.
 * 0, -1 on a store error. */
static int
created_by_sender(struct job *j, const struct reg *r, int *own)
{
	const char *from = j->m->from_addr;
	*own = 0;
	if (from == NULL)
		return 0;
	if ((r->f[RF_EMAIL] && !strcasecmp(r->f[RF_EMAIL], from)) ||
	    r->message == j->a.msg) {
		*own = 1;
		return 0;
	}
	char *creator = NULL;
	if (store_message_from(j->rb->st, r->message, &creator) < 0)
		return -1;
	*own = creator && !strcasecmp(creator, from);
	free(creator);
	return 0;
}

static int
to_human(struct job *j, const char *why, const char *ack)
{
	return to_human_people(j, why, ack, NULL);
}

/* A person who names no organisation but whose address is in the mail
 * domain of a pool that is one organisation ("[pool gemeente]" with
 * "domains = almere.nl" and "organisations = Gemeente Almere"): the
 * configuration says which organisation that is, so the person is not
 * asked for it.  1 when it was filled in. */
static int
pool_organisation(const struct config *cfg, struct reg *r)
{
	if (r->f[RF_ORGANISATION] || r->f[RF_EMAIL] == NULL)
		return 0;
	const struct pool *pl = config_pool_for(cfg, r->f[RF_EMAIL]);
	if (pl == NULL || pl->ndomains == 0 || pl->norgs != 1 ||
	    pl->org_names == NULL || pl->org_names[0][0] == '\0')
		return 0;
	r->f[RF_ORGANISATION] = xstrdup(pl->org_names[0]);
	if (r->org_key == NULL)
		r->org_key = policy_org_key(r->f[RF_ORGANISATION]);
	return 1;
}

/* One person of a registration mail.  Returns 0, -1 on error, 1 when the
 * person has no usable address (the sender is asked). */
static int
register_person(struct job *j, const struct form_person *p, int only,
		struct tmpl_value *people)
{
	struct store *st = j->rb->st;
	struct act *a = &j->a;
	const char *lang = j->rq->lang;
	struct reg r = {0};
	seats_take_fields(&r, p);
	/* request_build gives a lone participant their address (the
	 * sender's, or the forwarded mail's); a forward must never register
	 * the forwarder, so there is no fallback to the From line here. */
	(void)only;
	if (r.f[RF_EMAIL] && !form_valid_email(r.f[RF_EMAIL])) {
		free(r.f[RF_EMAIL]);
		r.f[RF_EMAIL] = NULL;
	}
	if (r.f[RF_EMAIL] == NULL) {
		reg_clear(&r);
		return 1;
	}
	struct reg old = {0};
	int found = store_reg_find_active(st, r.f[RF_EMAIL], &old);
	int rc = 0;
	struct tmpl_value *v = NULL;
	if (found < 0) {
		rc = -1;
		goto out;
	}
	if (found && strcmp(old.status, "incomplete") != 0) {
		/* A second mail never takes a second seat. */
		v = act_reg_vars(a, &old, lang);
		rc = act_audit(a, old.id, "duplicate",
			       "registration mail for a registered address");
		if (rc == 0)
			rc = act_queue(a, "already", lang, old.f[RF_NAME],
				       old.f[RF_EMAIL], v, old.id, 1);
		if (j->outcome == NULL)
			j->outcome = "duplicate";
		goto listed;
	}
	if (found) {
		/* Completing an earlier incomplete registration keeps its
		 * place in arrival order. */
		for (int i = 0; i < RF__COUNT; i++)
			if (r.f[i] == NULL && old.f[i])
				r.f[i] = xstrdup(old.f[i]);
		if (r.org_key == NULL && old.org_key)
			r.org_key = xstrdup(old.org_key);
		r.id = old.id;
		r.code = xstrdup(old.code);
		r.arrival = old.arrival;
		r.received_at = xstrdup(old.received_at);
		r.registered_at = xstrdup(old.registered_at);
		r.message = old.message;
		r.pool = xstrdup(old.pool);
		r.pool_fixed = old.pool_fixed;
	} else {
		seats_new_code(&r);
		r.arrival = a->msg;
		r.received_at = xstrdup(j->received_iso);
		r.registered_at = xstrdup(a->nowiso);
		r.message = a->msg;
	}
	r.language = xstrdup(lang);
	r.updated_at = xstrdup(a->nowiso);
	int org_from_pool = pool_organisation(j->rb->cfg, &r);
	const char *kind;
	if (seats_complete(&r)) {
		if (seats_decide(a, &r) < 0) {
			rc = -1;
			goto out;
		}
		kind = !strcmp(r.status, "confirmed") ? "confirmation"
						      : "waitlist";
	} else {
		if (r.pool == NULL) {
			const struct pool *pl = config_pool_for_org(
			    j->rb->cfg, r.f[RF_EMAIL], r.f[RF_ORGANISATION]);
			r.pool =
			    xstrdup(pl ? pl->name : j->rb->cfg->pools[0].name);
		}
		r.status = xstrdup("incomplete");
		kind = "incomplete";
	}
	rc = found ? store_reg_update(st, &r) : store_reg_insert(st, &r);
	if (rc == 0 && org_from_pool)
		rc = act_audit(a, r.id, "understood",
			       "organisation from the configured pool of the "
			       "address's mail domain");
	if (rc == 0) {
		const char *why = r.hold  ? "registration mail; the "
					    "organisation is at its cap"
				  : found ? "completed by a later mail"
					  : "registration mail";
		rc = act_audit(a, r.id, r.status, why);
	}
	if (rc == 0) {
		/* Positions are read back: the store counts them. */
		struct reg now = {0};
		if (store_reg_find_code(st, r.code, &now) == 1)
			r.waitlist_position = now.waitlist_position;
		reg_clear(&now);
		v = act_reg_vars(a, &r, lang);
		rc = act_queue(a, kind, lang, r.f[RF_NAME], r.f[RF_EMAIL], v,
			       r.id, 1);
	}
	char tag[SEATS_CODE_TAG];
	if (rc == 0 && strcmp(kind, "incomplete") != 0)
		log_info(j->msgkey, "%s %s in pool %s",
			 seats_code_tag(r.code, tag), r.status, r.pool);
	if (j->outcome == NULL || !strcmp(j->outcome, "duplicate"))
		j->outcome =
		    !strcmp(kind, "incomplete") ? "incomplete" : "registered";
listed:
	if (rc == 0 && people) {
		const struct reg *shown =
		    found && old.status && strcmp(old.status, "incomplete")
			? &old
			: &r;
		int own = 0;
		rc = created_by_sender(j, shown, &own);
		if (rc == 0 && own)
			tmpl_list_add(people,
				      reply_person(j->rb->cfg, shown, lang));
		else if (rc == 0) {
			/* Someone else's registration: the overview says
			 * only that it exists.  Its code works as a
			 * password and goes to its own address only. */
			struct reg anon = {0};
			anon.f[RF_NAME] = p->f[FF_NAME];
			anon.f[RF_EMAIL] = shown->f[RF_EMAIL];
			tmpl_list_add(people,
				      reply_person(j->rb->cfg, &anon, lang));
		}
	}
out:
	tmpl_value_free(v);
	reg_clear(&old);
	reg_clear(&r);
	return rc;
}

/* Tells the sender what was missing when nobody could be registered. */
static int
ask_sender(struct job *j)
{
	struct reg r = {0};
	if (j->rq->form.n > 0)
		seats_take_fields(&r, &j->rq->form.people[0]);
	if (r.f[RF_EMAIL] == NULL && j->m->from_addr)
		r.f[RF_EMAIL] = xstrdup(j->m->from_addr);
	if (r.f[RF_NAME] == NULL && j->m->from_name)
		r.f[RF_NAME] = xstrdup(j->m->from_name);
	struct tmpl_value *v = act_reg_vars(&j->a, &r, j->rq->lang);
	tmpl_map_set_str(v, "subject", j->m->subject);
	int rc = reply_sender(j, "incomplete", v);
	tmpl_value_free(v);
	reg_clear(&r);
	return rc;
}

static int
do_register(struct job *j)
{
	const struct config *cfg = j->rb->cfg;
	const struct request *rq = j->rq;
	if (!policy_window_open(cfg->opens_at, cfg->closes_at, j->received)) {
		j->outcome = "closed";
		int rc = act_audit(&j->a, 0, "closed",
				   "registration outside the window");
		if (rc == 0)
			rc = to_human(j, "registration outside the window",
				      "closed");
		return rc;
	}
	if (rq->form.n == 0) {
		j->outcome = "incomplete";
		return ask_sender(j);
	}
	if (rq->form.n > (size_t)cfg->max_people) {
		/* A group request: a person checks it and registers the
		 * people with `regbot add`.  (max_people stays below the
		 * parser's own limit of 50, so a mail the parser cut short
		 * lands here too.) */
		char *why = xasprintf("a group registration of %s%zu people "
				      "(more than %ld per mail): nobody is "
				      "registered yet",
				      rq->form.n >= 50 ? "at least " : "",
				      rq->form.n, cfg->max_people);
		j->outcome = "needs-human";
		struct tmpl_value *understood = tmpl_list();
		for (size_t i = 0; i < rq->form.n; i++) {
			struct reg r = {0};
			seats_take_fields(&r, &rq->form.people[i]);
			tmpl_list_add(understood,
				      reply_person(cfg, &r, cfg->language));
			reg_clear(&r);
		}
		int rc = act_audit(&j->a, 0, "group-request", why);
		if (rc == 0)
			rc = to_human_people(j, why, "received", understood);
		else
			tmpl_value_free(understood);
		free(why);
		return rc;
	}
	/* A contact person registering colleagues, or forwarding someone's
	 * registration, gets one overview. */
	int contact = rq->form.n > 1 || rq->forwarded;
	for (size_t i = 0; contact && i < rq->form.n; i++) {
		const char *e = rq->form.people[i].f[FF_EMAIL];
		if (e && j->m->from_addr && !strcasecmp(e, j->m->from_addr))
			contact = 0;
	}
	struct tmpl_value *people = contact ? tmpl_list() : NULL;
	int asked = 0, rc = 0;
	for (size_t i = 0; rc == 0 && i < rq->form.n; i++) {
		int r = register_person(j, &rq->form.people[i], rq->form.n == 1,
					people);
		if (r < 0)
			rc = -1;
		else if (r == 1 && !asked) {
			asked = 1;
			rc = ask_sender(j);
			j->outcome = "incomplete";
		}
	}
	if (rc == 0 && rq->question)
		/* It also asks something: a person answers that; the
		 * registration reply serves as the acknowledgement. */
		rc = to_human(j, "a question with a registration", NULL);
	if (rc == 0 && people) {
		struct tmpl_value *v = sender_vars(j);
		tmpl_map_set(v, "people", people);
		people = NULL;
		rc = reply_sender(j, "overview", v);
		tmpl_value_free(v);
	}
	tmpl_value_free(people);
	return rc;
}

/* The registrations that one message left incomplete, as people of a
 * form (store_reg_each over the incomplete ones: few). */
struct left_open {
	int64_t message;
	size_t cap; /* at most as many as one mail may register */
	struct form_person *p;
	size_t n;
};

static int
collect_open(const struct reg *r, void *arg)
{
	struct left_open *o = arg;
	if (r->message != o->message || o->n >= o->cap)
		return 0;
	o->p = xrealloc(o->p, (o->n + 1) * sizeof *o->p);
	seats_give_fields(r, &o->p[o->n++]);
	return 0;
}

/* An answer to the robot's overview or "details missing" mail (found by
 * its In-Reply-To, find_answered) that names nobody and gives only what
 * was missing ("Organisatie: Gemeente Almere"): it completes every
 * registration that the answered mail's message left incomplete, when
 * it comes from the address that sent that message.  A value given once
 * for the group (organisation, invoice address and reference) goes to
 * each; personal ones (function, phone, diet) only where the message
 * left one person open.  Each person is then registered as a later mail
 * completing their registration would (register_person), and the writer
 * gets an overview.  1 done, 0 not such an answer, -1 error. */
static int
complete_answered(struct job *j)
{
	const struct request *rq = j->rq;
	const char *kind = j->answered.kind;
	if (kind == NULL || j->answered.message == 0 || !rq->details_only ||
	    (strcmp(kind, "overview") && strcmp(kind, "incomplete")) ||
	    j->m->from_addr == NULL)
		return 0;
	char *creator = NULL;
	if (store_message_from(j->rb->st, j->answered.message, &creator) < 0)
		return -1;
	int same = creator && !strcasecmp(creator, j->m->from_addr);
	free(creator);
	if (!same)
		return 0;
	struct left_open o = {.message = j->answered.message,
			      .cap = (size_t)j->rb->cfg->max_people};
	if (store_reg_each(j->rb->st, "incomplete", collect_open, &o) < 0) {
		for (size_t i = 0; i < o.n; i++)
			form_person_free(&o.p[i]);
		free(o.p);
		return -1;
	}
	if (o.n == 0) {
		free(o.p);
		return 0;
	}
	const struct form_person *given = &rq->form.people[0];
	for (size_t i = 0; i < o.n; i++)
		for (int f = 0; f < FF__COUNT; f++) {
			int group = f == FF_ORGANISATION ||
				    f == FF_INVOICE_ADDRESS ||
				    f == FF_INVOICE_REFERENCE;
			if (o.p[i].f[f] == NULL && given->f[f] &&
			    (group || o.n == 1))
				o.p[i].f[f] = xstrdup(given->f[f]);
		}
	int rc = act_audit(&j->a, 0, "understood",
			   "details for the registrations the robot asked "
			   "about, in an answer to its mail");
	struct tmpl_value *people = tmpl_list();
	for (size_t i = 0; rc == 0 && i < o.n; i++)
		if (register_person(j, &o.p[i], o.n == 1, people) < 0)
			rc = -1;
	for (size_t i = 0; i < o.n; i++)
		form_person_free(&o.p[i]);
	free(o.p);
	if (rc == 0) {
		struct tmpl_value *v = sender_vars(j);
		tmpl_map_set(v, "people", people);
		people = NULL;
		rc = reply_sender(j, "overview", v);
		tmpl_value_free(v);
	}
	tmpl_value_free(people);
	return rc < 0 ? -1 : 1;
}

/* The colleague named in a substitution: the first person in the form
 * who is not the registered participant. */
static const struct form_person *
colleague(const struct request *rq, const struct reg *old)
{
	for (size_t i = 0; i < rq->form.n; i++) {
		const char *e = rq->form.people[i].f[FF_EMAIL];
		if (e && strcasecmp(e, old->f[RF_EMAIL]))
			return &rq->form.people[i];
	}
	return NULL;
}

/* What a change request asked for, for the code-needed text. */
static void
asked(struct tmpl_value *v, enum intent i)
{
	tmpl_map_set(v, "asked_cancel", tmpl_bool(i == INTENT_CANCEL));
	tmpl_map_set(v, "asked_substitute", tmpl_bool(i == INTENT_SUBSTITUTE));
}

/* Cancel, substitute, status: only with the registration's code. */
static int
do_change(struct job *j, struct reg *byc)
{
	struct act *a = &j->a;
	const struct request *rq = j->rq;
	char *why = NULL;
	int rc = 0;
	if (byc == NULL) {
		/* Never act on a From line alone.  The answer goes to the
		 * registered address, so a forger learns nothing and the
		 * participant sees that someone tried. */
		struct reg r = {0};
		int found =
		    j->m->from_addr
			? store_reg_find_active(a->st, j->m->from_addr, &r)
			: 0;
		j->outcome = "code-needed";
		if (found < 0)
			rc = -1;
		else if (found) {
			struct tmpl_value *v = act_reg_vars(a, &r, r.language);
			tmpl_map_set_str(v, "subject", j->m->subject);
			asked(v, rq->intent);
			rc = act_audit(a, r.id, "change-refused",
				       "a change was asked without the "
				       "reference code");
			if (rc == 0)
				rc = act_queue(a, "code-needed", r.language,
					       r.f[RF_NAME], r.f[RF_EMAIL], v,
					       r.id, 1);
			tmpl_value_free(v);
		} else {
			struct tmpl_value *v = sender_vars(j);
			asked(v, rq->intent);
			rc = reply_sender(j, "code-needed", v);
			tmpl_value_free(v);
		}
		reg_clear(&r);
		return rc;
	}
	switch (rq->intent) {
	case INTENT_CANCEL: {
		char *reason =
		    xasprintf("cancelled by mail from %s", j->m->from_addr);
		rc = seats_cancel(a, byc, reason, &why);
		free(reason);
		j->outcome = "cancelled";
		break;
	}
	case INTENT_SUBSTITUTE: {
		const struct form_person *p = colleague(rq, byc);
		struct reg nr = {0};
		if (p == NULL) {
			why = xstrdup("the mail names no colleague with an "
				      "e-mail address");
			rc = 1;
		} else
			rc = seats_substitute(a, byc, p, &nr, &why);
		reg_clear(&nr);
		j->outcome = "substituted";
		break;
	}
	default: {
		struct tmpl_value *v = act_reg_vars(a, byc, byc->language);
		rc = act_queue(a, "status", byc->language, byc->f[RF_NAME],
			       byc->f[RF_EMAIL], v, byc->id, 1);
		tmpl_value_free(v);
		j->outcome = "status";
		break;
	}
	}
	if (rc == 1) {
		/* Not possible as asked: a person decides. */
		j->outcome = "needs-human";
		rc = to_human(j, why, "received");
	}
	free(why);
	return rc;
}

/* A correction of one's own details with the code in the writer's own
 * words: the labelled fields replace the old ones, and the participant
 * gets a confirmation with the new values.  The address stays (a change
 * of address would send the confirmation elsewhere): that and anything
 * the seat engine refuses goes to a person. */
static int
do_correct(struct job *j, struct reg *byc)
{
	const struct request *rq = j->rq;
	if (byc == NULL) {
		j->outcome = "needs-human";
		return to_human(j,
				"a correction for a reference code that is "
				"not registered",
				"received");
	}
	const struct form_person *p = &rq->form.people[0];
	const char *const map[RF__COUNT] = {
	    [RF_NAME] = p->f[FF_NAME],
	    [RF_ORGANISATION] = p->f[FF_ORGANISATION],
	    [RF_ROLE] = p->f[FF_ROLE],
	    [RF_PHONE] = p->f[FF_PHONE],
	    [RF_DIET] = p->f[FF_DIET],
	    [RF_INVOICE_ADDRESS] = p->f[FF_INVOICE_ADDRESS],
	    [RF_INVOICE_REFERENCE] = p->f[FF_INVOICE_REFERENCE]};
	if (p->f[FF_EMAIL] && byc->f[RF_EMAIL] &&
	    strcasecmp(p->f[FF_EMAIL], byc->f[RF_EMAIL])) {
		j->outcome = "needs-human";
		return to_human(j,
				"a correction that changes the e-mail "
				"address",
				"received");
	}
	char *by =
	    xasprintf("mail from %s", j->m->from_addr ? j->m->from_addr : "?");
	char *why = NULL;
	int rc = seats_edit(&j->a, byc, map, by, 1, &why);
	free(by);
	j->outcome = "corrected";
	if (rc == 1) {
		j->outcome = "needs-human";
		rc = to_human(j, why, "received");
	}
	free(why);
	return rc;
}

static int
decide(struct job *j)
{
	const struct config *cfg = j->rb->cfg;
	const struct message *m = j->m;
	const struct request *rq = j->rq;
	struct act *a = &j->a;
	if (m->from_addr && cfg->organiser_email &&
	    !strcasecmp(m->from_addr, cfg->organiser_email)) {
		/* The organiser's commands by mail (orgmail.c).  Other mail
		 * from that address is an autoresponder's or a reply to a
		 * forward: reading it as a participant's, or forwarding it
		 * back, starts a loop. */
		int oc = orgmail_from_organiser(a, m, rq->robot != NULL, j->raw,
						j->rawlen, &j->outcome);
		if (oc != 0)
			return oc < 0 ? -1 : 0;
		j->outcome = "no-reply";
		return act_audit(a, 0, "no-reply",
				 "mail from the organiser's address");
	}
	if (find_answered(j) < 0)
		return -1;
	if (m->set_aside) {
		j->outcome = "set-aside";
		if (act_audit(a, 0, "set-aside", m->set_aside) < 0)
			return -1;
		return to_human(j, m->set_aside, "received");
	}
	/* A report that a mail did not arrive is recorded for the
	 * registration it concerns and never answered (bouncelog.h). */
	struct bounce b;
	bounce_parse(j->raw, j->rawlen, m, &b);
	if (b.kind != BOUNCE_NONE) {
		int brc = bouncelog_apply(a, &b, m, &j->outcome);
		bounce_free(&b);
		return brc;
	}
	if (rq->robot) {
		j->outcome = "no-reply";
		return act_audit(a, 0, "no-reply", rq->robot);
	}
	/* The organiser's commands from another address: nothing is done,
	 * and the organiser is told. */
	char *cmds = NULL;
	int fc = orgmail_foreign(a, m, &cmds);
	if (fc != 0) {
		j->outcome = "needs-human";
		int rc = fc < 0 ? -1 : to_human(j, cmds, NULL);
		free(cmds);
		return rc;
	}
	if (m->from_addr && j->text_sha256 && !str_empty(m->text) &&
	    m->attachments == 0) {
		/* The same text again from one address: an autoresponder
		 * without Auto-Submitted answering our answer.  A loop ends
		 * here; the digest counts it. */
		char since[32];
		store_time(a->now - 30 * 86400L, since, sizeof since);
		long n = store_message_repeats(a->st, m->from_addr,
					       j->text_sha256, since);
		if (n < 0)
			return -1;
		if (n > 1) {
			j->outcome = "no-reply";
			return act_audit(a, 0, "no-reply",
					 "the same text as an earlier mail "
					 "from this address");
		}
	}
	/* What time did since the last message: offers that ran out,
	 * seats released at a date. */
	if (seats_tick(a) < 0)
		return -1;
	struct reg byc = {0};
	int have = 0;
	if (rq->code) {
		have = store_reg_find_code(a->st, rq->code, &byc);
		if (have < 0)
			return -1;
		if (have && !strcmp(byc.status, "cancelled")) {
			reg_clear(&byc);
			have = 0;
		}
	}
	int rc = 0;
	/* Any answer carrying the code of an open offer, other than a
	 * cancellation, takes the seat. */
	if (have && byc.offer_until && rq->intent != INTENT_CANCEL &&
	    rq->intent != INTENT_SUBSTITUTE) {
		char *why = NULL;
		int owner = m->from_addr && byc.f[RF_EMAIL] &&
			    !strcasecmp(m->from_addr, byc.f[RF_EMAIL]);
		if (!rq->affirm || (rq->code_where == CODE_QUOTE && !owner)) {
			/* Taking the seat costs the fee: only a plain yes
			 * takes it.  A question, a doubt or a "no" in the
			 * answer goes to a person. */
			j->outcome = "needs-human";
			rc = to_human(j,
				      "an answer to a seat offer that does not "
				      "plainly accept it",
				      "received");
			reg_clear(&byc);
			return rc;
		}
		rc = seats_accept_offer(a, &byc, &why);
		j->outcome = "offer-accepted";
		if (rc == 1) {
			j->outcome = "needs-human";
			rc = to_human(j, why, "received");
		}
		free(why);
		reg_clear(&byc);
		return rc;
	}
	if (rq->evidence &&
	    (rq->intent == INTENT_REGISTER || rq->intent == INTENT_CANCEL ||
	     rq->intent == INTENT_SUBSTITUTE || rq->intent == INTENT_CORRECT) &&
	    act_audit(a, 0, "understood", rq->evidence) < 0) {
		reg_clear(&byc);
		return -1;
	}
	/* "I did NOT want to cancel! Please restore my place": a
	 * registration written in answer to the robot's cancellation
	 * receipt asks for the cancelled seat back, or says the
	 * cancellation was not meant; a new registration would put the
	 * writer at the end of the queue.  A person decides. */
	if (rq->intent == INTENT_REGISTER && j->answered.kind &&
	    !strcmp(j->answered.kind, "cancelled")) {
		j->outcome = "needs-human";
		reg_clear(&byc);
		return to_human(j,
				"a registration in answer to the cancellation "
				"receipt: the cancellation may not have been "
				"meant",
				"received");
	}
	if (rq->intent == INTENT_REGISTER || rq->intent == INTENT_CORRECT) {
		int done = complete_answered(j);
		if (done != 0) {
			reg_clear(&byc);
			return done < 0 ? -1 : 0;
		}
	}
	switch (rq->intent) {
	case INTENT_REGISTER:
		rc = do_register(j);
		break;
	case INTENT_CANCEL:
	case INTENT_SUBSTITUTE:
	case INTENT_STATUS:
		rc = do_change(j, have ? &byc : NULL);
		/* a status request that also asks something else: a
		 * person answers that; the status reply is the
		 * acknowledgement */
		if (rc == 0 && rq->intent == INTENT_STATUS && rq->question)
			rc = to_human(j, "a question with a status request",
				      NULL);
		break;
	case INTENT_QUESTION:
		j->outcome = "question";
		rc = to_human(j, "question", "question");
		break;
	case INTENT_HELP:
		if (answers_ack(j)) {
			j->outcome = "needs-human";
			rc = to_human(j,
				      "asks for help in an answer to the "
				      "robot",
				      NULL);
		} else {
			j->outcome = "help";
			rc = reply_sender(j, "help", NULL);
		}
		break;
	case INTENT_CORRECT:
		rc = do_correct(j, have ? &byc : NULL);
		break;
	case INTENT_HUMAN:
		j->outcome = "needs-human";
		if (rq->robot_weak)
			/* counted with the machine mail in the digest */
			rc = act_audit(a, 0, "no-reply", rq->robot_weak);
		if (rc == 0)
			rc = to_human(j,
				      rq->human ? rq->human : "needs a person",
				      "received");
		break;
	default:
		if (m->attachments > 0 || str_empty(m->text)) {
			j->outcome = "needs-human";
			rc = to_human(j, "only an attachment or no text",
				      "received");
		} else if (answers_ack(j)) {
			j->outcome = "needs-human";
			rc = to_human(j, "an answer to the robot", NULL);
		} else {
			j->outcome = "help";
			rc = reply_sender(j, "help", NULL);
		}
		break;
	}
	reg_clear(&byc);
	return rc;
}

/* ---- group commit (issue 12): see process.h ---- */

static struct {
	int on;
	int broken;   /* a message's undo failed: the batch is lost */
	long decided; /* messages decided in the open transaction */
	char **paths; /* raw copies written, synced at the commit */
	size_t n;
} group;

void
process_group_begin(void)
{
	group.on = 1;
}

int
process_group_commit(struct robot *rb)
{
	/* Decided messages but no transaction: SQLite rolled it back (a
	 * full disk, I/O), and none of them may be filed. */
	int rc =
	    group.broken || (group.decided > 0 && !store_in_transaction(rb->st))
		? -1
		: 0;
	if (rc == 0 && store_in_transaction(rb->st)) {
		double t0 = stats_now();
		if (util_sync_files(group.paths, group.n) < 0) {
			log_err(NULL, "cannot keep the raw copies: %s",
				strerror(errno));
			rc = -1;
		}
		stats_add_more(STATS_KEEP, stats_now() - t0);
		t0 = stats_now();
		if (rc == 0 && store_commit(rb->st) < 0) {
			log_err(NULL, "commit: %s", store_error(rb->st));
			rc = -1;
		}
		stats_add_more(STATS_DECIDE, stats_now() - t0);
		if (rc == 0)
			util_crash_point("transaction committed");
	}
	if (rc < 0) {
		log_err(NULL,
			"a batch of %ld decided messages is not committed; "
			"they are processed again",
			group.decided);
		store_rollback(rb->st);
	}
	for (size_t i = 0; i < group.n; i++)
		free(group.paths[i]);
	free(group.paths);
	group.paths = NULL;
	group.n = 0;
	group.broken = 0;
	group.decided = 0;
	return rc;
}

int
process_group_end(struct robot *rb)
{
	int rc = process_group_commit(rb);
	group.on = 0;
	return rc;
}

/* One message's transaction: its own, or its part of the batch's. */
static int
tx_begin(struct store *st)
{
	if (!group.on)
		return store_begin(st);
	if (!store_in_transaction(st) && store_begin(st) < 0)
		return -1;
	return store_message_mark(st);
}

static int
tx_commit(struct store *st)
{
	if (!group.on)
		return store_commit(st);
	if (store_message_keep(st) < 0)
		return -1;
	group.decided++;
	return 0;
}

static void
tx_rollback(struct store *st)
{
	if (!group.on) {
		store_rollback(st);
		return;
	}
	if (store_in_transaction(st) ? store_message_undo(st) == 0
				     : group.decided == 0)
		return; /* undone alone, or nothing began */
	/* What the batch did before is gone with it (SQLite rolled it
	 * back, or the undo failed): nothing of it may be filed. */
	group.broken = 1;
	store_rollback(st);
}

static char *
save_raw(const struct config *cfg, const char *raw, size_t len, const char *hex)
{
	char *dir = xasprintf("%s/raw", cfg->spool);
	char *path = xasprintf("%s/%s.eml", dir, hex);
	int ok =
	    util_mkdir_p(dir, 0700) == 0 &&
	    (group.on ? util_write_file_unsynced(path, raw, len, 0600)
		      : util_write_file_durable(path, raw, len, 0600)) == 0;
	if (ok && group.on) {
		group.paths =
		    xrealloc(group.paths, (group.n + 1) * sizeof *group.paths);
		group.paths[group.n++] = xstrdup(path);
	}
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
	double t0 = stats_now();
	struct message m;
	message_parse(raw, len, &lim, &m);
	if (src->size > lim.max_size && m.set_aside == NULL)
		m.set_aside = xasprintf("message of %zu bytes is larger than "
					"the limit of %zu",
					src->size, lim.max_size);
	char hex[65], body[65], text[65];
	sha256_hex(raw, len, hex);
	body_sha256(raw, len, body);
	sha256_hex(m.text ? m.text : "", m.text ? strlen(m.text) : 0, text);
	char *msgkey =
	    m.message_id ? xstrdup(m.message_id) : xasprintf("sha256:%s", hex);
	/* Two different mails may carry one Message-ID (a broken client, a
	 * reused template): the second gets a key of its own.  The same
	 * body under that Message-ID, fetched again or delivered twice by
	 * two routes, is the same mail. */
	stats_add(STATS_PARSE, t0);
	int known = m.message_id ? store_message_same(rb->st, msgkey, body)
				 : store_message_known(rb->st, msgkey);
	if (known == 2) {
		char *k = xasprintf("%s#body:%.16s", msgkey, body);
		free(msgkey);
		msgkey = k;
		known = store_message_known(rb->st, msgkey);
	}
	if (known != 0) {
		enum process_result res = PROCESS_RETRY;
		if (known == 1 &&
		    store_message_set_uid(rb->st, msgkey, src->uidvalidity,
					  src->uid) == 0) {
			log_info(msgkey, "processed before; nothing to do");
			res = PROCESS_KNOWN;
			stats_message();
		} else
			log_err(msgkey, "store: %s", store_error(rb->st));
		free(msgkey);
		message_free(&m);
		return res;
	}
	t0 = stats_now();
	char *rawpath = save_raw(cfg, raw, len, hex);
	stats_add(STATS_KEEP, t0);
	if (rawpath == NULL) {
		free(msgkey);
		message_free(&m);
		return PROCESS_RETRY;
	}
	util_crash_point("raw copy written");

	t0 = stats_now();
	struct request rq;
	process_read(cfg, rb->st, &m, &rq);
	stats_add(STATS_PARSE, t0);
	if (rq.relay && m.reply_to_addr) {
		/* a web form's relay: the person in Reply-To wrote it, and
		 * is the one answered; the relay's address is never used */
		log_info(msgkey, "%s: %s for %s", rq.relay,
			 m.from_addr ? m.from_addr : "?", m.reply_to_addr);
		free(m.from_addr);
		m.from_addr = xstrdup(m.reply_to_addr);
		free(m.from_name);
		m.from_name = NULL;
	}
	struct job j = {.rb = rb,
			.m = &m,
			.rq = &rq,
			.msgkey = msgkey,
			.received = src->received,
			.text_sha256 = text,
			.raw = raw,
			.rawlen = len};
	time_t now = clock_now();
	store_time(src->received, j.received_iso, sizeof j.received_iso);
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);

	struct store_msg sm = {
	    .msgkey = msgkey,
	    .message_id = m.message_id,
	    .uidvalidity = src->uidvalidity,
	    .uid = src->uid,
	    .received_at = j.received_iso,
	    .processed_at = nowiso,
	    .from_addr = m.from_addr,
	    .subject = m.subject,
	    .raw_path = rawpath,
	    .outcome = "processing",
	    .detail = request_intent_name(rq.intent),
	    .body_sha256 = body,
	    .text_sha256 = text,
	};
	enum process_result res = PROCESS_DONE;
	/* decide+commit is the transaction less the replies rendered in
	 * it (their own stage) */
	t0 = stats_now();
	double render0 = stats_total(STATS_RENDER);
	if (tx_begin(rb->st) < 0 || store_message_insert(rb->st, &sm) < 0) {
		res = PROCESS_RETRY;
	} else {
		char tag[32];
		snprintf(tag, sizeof tag, "m%lld", (long long)sm.id);
		act_init(&j.a, cfg, rb->st, now, tag, "mail");
		j.a.msg = sm.id;
		j.a.msgkey = msgkey;
		j.a.in_reply_to = m.message_id;
		j.a.references = m.references;
		if (decide(&j) < 0 ||
		    store_message_set_outcome(rb->st, sm.id,
					      j.outcome ? j.outcome
							: "processed") < 0 ||
		    tx_commit(rb->st) < 0)
			res = PROCESS_RETRY;
	}
	if (res == PROCESS_RETRY) {
		log_err(msgkey, "not processed, will retry: %s",
			store_error(rb->st));
		tx_rollback(rb->st);
	} else {
		stats_add_secs(STATS_DECIDE,
			       stats_now() - t0 -
				   (stats_total(STATS_RENDER) - render0));
		stats_message();
		log_info(msgkey, "%s (%s, %s)", j.outcome ? j.outcome : "",
			 request_intent_name(rq.intent),
			 rq.robot ? rq.robot : rq.lang);
		if (!group.on)
			util_crash_point("transaction committed");
	}
	store_sent_clear(&j.answered);
	request_free(&rq);
	free(rawpath);
	free(msgkey);
	message_free(&m);
	return res;
}

int
process_tick(struct robot *rb, time_t now)
{
	struct act a;
	char tag[32];
	snprintf(tag, sizeof tag, "t%lld", (long long)now);
	act_init(&a, rb->cfg, rb->st, now, tag, "clock");
	if (store_begin(rb->st) < 0)
		return -1;
	if (seats_tick(&a) < 0 || store_commit(rb->st) < 0) {
		log_err(NULL, "seat changes at %s: %s", a.nowiso,
			store_error(rb->st));
		store_rollback(rb->st);
		return -1;
	}
	return 0;
}
