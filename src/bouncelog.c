/*
 * bouncelog — see bouncelog.h.
 *
 * Matching.  The returned Message-ID names exactly one mail the robot
 * sent (each outbox row keeps its Message-ID), so it wins; the mail's
 * registration is the outbox row's, else the active registration of the
 * address it went to.  Without it, a reference code in what came back
 * (or in the notification) names a registration, but only when the
 * failed address is that registration's or is unknown: a forward to the
 * organiser or an overview carries other people's codes, and its bounce
 * must not land in their logs.
 *
 * Counting.  Only bounces matched to the robot's mail count towards
 * "failing", each failed mail once (two reports about one mail are one
 * failure); an unmatched report may be backscatter of mail the robot
 * never sent.
 *
 * Errors: a store failure returns -1 and the caller rolls the whole
 * message back.  Ownership: everything read from the store is freed
 * here.
 */
#include "bouncelog.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

static int
same_addr(const char *a, const char *b)
{
	return a && b && !strcasecmp(a, b);
}

/* 1 when the report names `email` as a failed address, or names no
 * address at all. */
static int
names_address(const struct bounce *b, const char *email)
{
	int any = 0;
	for (size_t i = 0; i < b->nrcpt; i++) {
		const struct bounce_rcpt *r = &b->rcpt[i];
		any |= r->address != NULL || r->final != NULL;
		if (same_addr(r->address, email) || same_addr(r->final, email))
			return 1;
	}
	return !any;
}

/* The recipient of the report about `email`, else the first. */
static const struct bounce_rcpt *
rcpt_for(const struct bounce *b, const char *email)
{
	for (size_t i = 0; email && i < b->nrcpt; i++)
		if (same_addr(b->rcpt[i].address, email) ||
		    same_addr(b->rcpt[i].final, email))
			return &b->rcpt[i];
	return &b->rcpt[0];
}

/* "permanent failure: the confirmation to a@x was not delivered (5.1.1:
 * 550 ...)"; caller frees. */
static char *
describe(const struct bounce_rcpt *x, const char *address, const char *kind)
{
	struct buf d;
	buf_init(&d, 4096);
	buf_printf(&d, "%s: ",
		   x->delayed	  ? "delayed"
		   : x->permanent ? "permanent failure"
				  : "temporary failure");
	if (kind)
		buf_printf(&d, "the %s", kind);
	else
		buf_adds(&d, "a mail");
	buf_printf(&d, " to %s %s", address ? address : "an unknown address",
		   x->delayed ? "is not delivered yet" : "was not delivered");
	if (x->status || x->diagnostic)
		buf_printf(&d, " (%s%s%s)", x->status ? x->status : "",
			   x->status && x->diagnostic ? ": " : "",
			   x->diagnostic ? x->diagnostic : "");
	return buf_detach(&d);
}

static int
record(struct act *a, const struct bounce *b, const struct bounce_rcpt *x,
       const char *address, int64_t reg, const struct store_sent *sent)
{
	struct store_bounce row = {
	    .message = a->msg,
	    .reg = reg,
	    .outbox = sent ? sent->id : 0,
	    .at = a->nowiso,
	    .address = address,
	    .permanent = x->permanent,
	    .delayed = x->delayed,
	    .status = x->status,
	    .diagnostic = x->diagnostic,
	    .returned_id = b->returned_id,
	    .returned_kind = sent ? sent->kind : NULL,
	};
	return store_bounce_add(a->st, &row);
}

/* After a permanent failure of the robot's mail to `address`: two such
 * failures mark it failing (an audit entry the first time). */
static int
count_failure(struct act *a, const struct bounce_rcpt *x, const char *address,
	      int64_t reg)
{
	long n = store_bounce_failures(a->st, address);
	if (n < 0)
		return -1;
	if (n < BOUNCELOG_FAILING)
		return 0;
	struct store_failing f;
	int was = store_failing_get(a->st, address, &f);
	store_failing_clear(&f);
	if (was < 0 || store_failing_mark(a->st, address, a->nowiso, n,
					  x->status, x->diagnostic) < 0)
		return -1;
	if (was)
		return 0;
	char *why = xasprintf("%s counts as failing: %ld mails to it failed "
			      "permanently%s%s",
			      address, n, x->status ? ", the last with " : "",
			      x->status ? x->status : "");
	int rc = act_audit(a, reg, "address-failing", why);
	log_info(a->msgkey,
		 "an address counts as failing now (%ld permanent "
		 "failures)",
		 n);
	free(why);
	return rc;
}

static int
matched(struct act *a, const struct bounce *b, const struct reg *r,
	const struct store_sent *sent, const char *by)
{
	int64_t reg = r ? r->id : 0;
	const char *address = sent ? sent->rcpt : r ? r->f[RF_EMAIL] : NULL;
	const struct bounce_rcpt *x = rcpt_for(b, address);
	char *what = describe(x, address, sent ? sent->kind : NULL);
	char *detail = xasprintf("%s; matched by %s", what, by);
	int rc = record(a, b, x, address, reg, sent);
	if (rc == 0)
		rc = act_audit(a, reg, "bounce", detail);
	if (rc == 0 && x->permanent && address)
		rc = count_failure(a, x, address, reg);
	char tag[SEATS_CODE_TAG];
	log_info(a->msgkey, "bounce (%s%s%s) matched by %s%s%s",
		 bounce_kind_name(b->kind), x->status ? " " : "",
		 x->status ? x->status : "", by, r ? " to " : "",
		 r ? seats_code_tag(r->code, tag) : "");
	free(detail);
	free(what);
	return rc;
}

static int
unmatched(struct act *a, const struct bounce *b, const struct message *m)
{
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < b->nrcpt; i++)
		rc = record(a, b, &b->rcpt[i], b->rcpt[i].address, 0, NULL);
	if (rc < 0)
		return -1;
	const struct bounce_rcpt *x = &b->rcpt[0];
	char *what = describe(x, x->address, NULL);
	char more[48] = "";
	if (b->nrcpt > 1)
		snprintf(more, sizeof more, " and %zu more", b->nrcpt - 1);
	char *detail = xasprintf(
	    "%s%s; report from %s, subject \"%s\": it matches no mail of "
	    "the robot",
	    what, more, m->from_addr ? m->from_addr : "an unknown sender",
	    m->subject ? m->subject : "");
	rc = act_audit(a, 0, "bounce-unmatched", detail);
	log_info(a->msgkey, "bounce (%s) matches no mail of the robot",
		 bounce_kind_name(b->kind));
	free(detail);
	free(what);
	return rc;
}

int
bouncelog_apply(struct act *a, const struct bounce *b, const struct message *m,
		const char **outcome)
{
	if (b->kind == BOUNCE_NONE || b->nrcpt == 0)
		return -1;
	struct store *st = a->st;
	struct store_sent sent = {0};
	struct reg r = {0};
	int have_sent = 0, have_reg = 0, rc = 0;
	const char *by = NULL;
	if (b->returned_id) {
		have_sent =
		    store_outbox_by_message_id(st, b->returned_id, &sent);
		if (have_sent < 0)
			return -1;
	}
	if (have_sent) {
		by = "its Message-ID";
		if (sent.reg)
			have_reg = store_reg_find_id(st, sent.reg, &r);
		else if (sent.rcpt)
			have_reg = store_reg_find_active(st, sent.rcpt, &r);
	} else {
		char *code = bounce_code(b);
		if (code)
			have_reg = store_reg_find_code(st, code, &r);
		free(code);
		if (have_reg == 1 && !names_address(b, r.f[RF_EMAIL])) {
			reg_clear(&r);
			have_reg = 0;
		}
		by = "the reference code in the returned text";
	}
	if (have_reg < 0)
		rc = -1;
	else if (have_sent || have_reg) {
		*outcome = "bounce";
		rc = matched(a, b, have_reg ? &r : NULL,
			     have_sent ? &sent : NULL, by);
	} else {
		*outcome = "bounce-unmatched";
		rc = unmatched(a, b, m);
	}
	reg_clear(&r);
	store_sent_clear(&sent);
	return rc;
}
