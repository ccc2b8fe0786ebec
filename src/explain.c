/*
 * explain — how one mail is read (see explain.h).
 */
#include "explain.h"

#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "form.h"
#include "message.h"
#include "process.h"
#include "request.h"
#include "segment.h"
#include "util.h"

/* Text from a mail on a terminal: control characters (an escape
 * sequence in a subject or a line) are shown as '?'. */
static void
put_safe(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n && s[i]; i++) {
		unsigned char c = (unsigned char)s[i];
		fputc(c < 0x20 || c == 0x7f ? '?' : c, out);
	}
}

static void
field(FILE *out, const char *label, const char *v)
{
	fputs(label, out);
	put_safe(out, v ? v : "-", v ? strlen(v) : 1);
	fputc('\n', out);
}

/* Which of the robot's own mails this one answers, by its In-Reply-To
 * and References in the outbox (as processing finds it), and what that
 * means for a reply that only gives details. */
static void
answered_lines(struct store *st, const struct message *m,
	       const struct request *rq, FILE *out)
{
	if (m->in_reply_to == NULL && m->references == NULL) {
		fprintf(out, "answers:    - (no In-Reply-To or References)\n");
		return;
	}
	if (st == NULL) {
		fprintf(out, "answers:    not looked up (no store in the "
			     "spool)\n");
		return;
	}
	struct store_sent a = {0};
	int rc = process_find_answered(st, m, &a);
	if (rc < 0) {
		fprintf(out, "answers:    not looked up (store: %s)\n",
			store_error(st));
		return;
	}
	if (rc == 0) {
		fprintf(out, "answers:    none of the robot's own mails (its "
			     "In-Reply-To and References are not in the "
			     "outbox)\n");
		return;
	}
	fprintf(out, "answers:    the robot's %s mail to ",
		a.kind ? a.kind : "?");
	put_safe(out, a.rcpt ? a.rcpt : "?", a.rcpt ? strlen(a.rcpt) : 1);
	fputc('\n', out);
	if (a.reg > 0) {
		struct reg r = {0};
		if (store_reg_find_id(st, a.reg, &r) == 1)
			fprintf(out,
				"            about registration %s (%s): a "
				"change needs that code in the writer's own "
				"text\n",
				r.code ? r.code : "?",
				r.status ? r.status : "?");
		reg_clear(&r);
	}
	if (a.kind && a.message > 0 && rq->details_only &&
	    (!strcmp(a.kind, "overview") || !strcmp(a.kind, "incomplete")))
		fprintf(out, "completes:  the registrations that mail left "
			     "incomplete, with the details given here, when "
			     "this comes from the address that sent the mail "
			     "it answered\n");
	store_sent_clear(&a);
}

int
explain_message(const struct config *cfg, struct store *st, const char *raw,
		size_t len, FILE *out)
{
	struct message_limits lim = {
	    .max_size = (size_t)cfg->max_message_size,
	    .max_depth = 20,
	    .max_parts = 200,
	};
	struct message m;
	message_parse(raw, len, &lim, &m);
	struct request rq;
	process_read(cfg, st, &m, &rq);
	field(out, "from:       ", m.from_addr);
	field(out, "subject:    ", m.subject);
	if (m.set_aside)
		field(out, "set aside:  ", m.set_aside);
	fprintf(out, "machine:    %s\n",
		rq.robot	? rq.robot
		: rq.robot_weak ? rq.robot_weak
				: "no");
	fprintf(out, "language:   %s\n", rq.lang);
	fprintf(out, "code:       %s%s%s%s\n", rq.code ? rq.code : "-",
		rq.code ? " (" : "",
		rq.code ? code_where_name((enum code_where)rq.code_where) : "",
		rq.code ? ")" : "");
	answered_lines(st, &m, &rq, out);
	if (rq.forwarded)
		fprintf(out, "forwarded:  the people come from a forwarded "
			     "message\n");
	fprintf(out, "the writer's own lines:\n");
	struct segments S;
	segment_text(rq.own_text ? rq.own_text : "", &S);
	for (size_t i = 0; i < S.n; i++) {
		if (S.l[i].kind == SK_BLANK)
			continue;
		fprintf(out, "  %-10s | ", segment_kind_name(S.l[i].kind));
		put_safe(out, S.l[i].s, S.l[i].n);
		fputc('\n', out);
	}
	segments_free(&S);
	fprintf(out, "people read: %zu\n", rq.form.n);
	for (size_t i = 0; i < rq.form.n; i++) {
		fprintf(out, "  %zu.", i + 1);
		for (int f = 0; f < FF__COUNT; f++)
			if (rq.form.people[i].f[f]) {
				fprintf(out, " %s=",
					form_field_key((enum form_field)f));
				put_safe(out, rq.form.people[i].f[f],
					 strlen(rq.form.people[i].f[f]));
			}
		fputc('\n', out);
	}
	field(out, "understood: ", rq.evidence);
	fprintf(out, "action:     %s", request_intent_name(rq.intent));
	if (rq.intent == INTENT_HUMAN && rq.human)
		fprintf(out, " (to the organiser: %s)", rq.human);
	if (rq.proposal)
		fprintf(out, "; JA would %s", rq.proposal);
	if (rq.question)
		fprintf(out, "; the question also goes to the organiser");
	fputc('\n', out);
	request_free(&rq);
	message_free(&m);
	return 0;
}
