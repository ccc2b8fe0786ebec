/*
 * decide — the decision table (see decide.h).
 */
#include "decide.h"

#include <stddef.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { ANY = -1 };

/* A row matches when each of its columns is ANY or equal; the first
 * matching row decides.  conf is a minimum. */
static const struct row {
	int role;
	int intent;
	int conf;
	int code;
	enum decision act;
	const char *why;
} table[] = {
    /* the organiser's mail is never a participant's */
    {ROLE_ORGANISER, ANY, ANY, ANY, DO_HUMAN,
     "mail from the organiser's address"},

    /* a new registration never carries a code: one written by the
     * writer is about a registration that exists ("could you change
     * that for my registration (K3TB9-ZRM5E)?") */
    {ANY, JI_REGISTER, ANY, CODE_OWN, DO_HUMAN,
     "a registration that names a reference code: it is about one that "
     "exists"},
    {ANY, JI_REGISTER, ANY, CODE_SUBJECT, DO_HUMAN,
     "a registration that names a reference code: it is about one that "
     "exists"},
    {ANY, JI_REGISTER, JC_HIGH, ANY, DO_REGISTER, NULL},
    {ANY, JI_REGISTER, ANY, ANY, DO_HUMAN,
     "it may be a registration, but the mail is not clear about it"},

    {ANY, JI_CANCEL, JC_HIGH, CODE_OWN, DO_CANCEL, NULL},
    {ANY, JI_CANCEL, JC_HIGH, CODE_SUBJECT, DO_CANCEL, NULL},
    /* without any code the robot asks for it (no change is made) */
    {ANY, JI_CANCEL, JC_HIGH, CODE_NONE, DO_CANCEL, NULL},
    {ANY, JI_CANCEL, JC_HIGH, CODE_QUOTE, DO_HUMAN,
     "a cancellation with the reference code only in the quoted mail"},
    {ANY, JI_CANCEL, ANY, ANY, DO_HUMAN,
     "it may be a cancellation, but the mail is not clear about it"},

    {ANY, JI_SUBSTITUTE, JC_HIGH, CODE_OWN, DO_SUBSTITUTE, NULL},
    {ANY, JI_SUBSTITUTE, JC_HIGH, CODE_SUBJECT, DO_SUBSTITUTE, NULL},
    {ANY, JI_SUBSTITUTE, JC_HIGH, CODE_NONE, DO_SUBSTITUTE, NULL},
    {ANY, JI_SUBSTITUTE, JC_HIGH, CODE_QUOTE, DO_HUMAN,
     "a substitution with the reference code only in the quoted mail"},
    {ANY, JI_SUBSTITUTE, ANY, ANY, DO_HUMAN,
     "it may be a substitution, but the mail is not clear about it"},

    /* answering where a registration stands changes nothing; the
     * answer goes to the registered address only */
    {ANY, JI_STATUS, ANY, ANY, DO_STATUS, NULL},
    {ANY, JI_HELP, ANY, ANY, DO_HELP, NULL},
    {ANY, JI_QUESTION, ANY, ANY, DO_QUESTION, NULL},
    /* a correction changes what an invoice and a badge say: the code
     * must be in the writer's own words */
    {ANY, JI_CORRECT, JC_HIGH, CODE_OWN, DO_CORRECT, NULL},
    {ANY, JI_CORRECT, JC_HIGH, CODE_SUBJECT, DO_CORRECT, NULL},
    {ANY, JI_CORRECT, ANY, ANY, DO_HUMAN,
     "a correction of registered details without the reference code in "
     "the writer's own words"},
    {ANY, ANY, ANY, ANY, DO_HUMAN, "not understood"},
};

enum decision
decide_action(const struct decide_in *in, const char **why)
{
	for (size_t i = 0; i < NELEM(table); i++) {
		const struct row *r = &table[i];
		if ((r->role == ANY || r->role == (int)in->role) &&
		    (r->intent == ANY || r->intent == (int)in->intent) &&
		    (r->conf == ANY || (int)in->conf >= r->conf) &&
		    (r->code == ANY || r->code == (int)in->code)) {
			if (why)
				*why = r->why;
			return r->act;
		}
	}
	if (why)
		*why = "not understood";
	return DO_HUMAN;
}

const char *
decision_name(enum decision d)
{
	static const char *const n[] = {"register", "cancel", "substitute",
					"status",   "help",   "question",
					"human",    "correct"};
	return (unsigned)d < NELEM(n) ? n[d] : "human";
}

const char *
code_where_name(enum code_where w)
{
	static const char *const n[] = {"none", "own text", "subject",
					"quoted mail"};
	return (unsigned)w < NELEM(n) ? n[w] : "none";
}
