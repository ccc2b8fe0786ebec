/*
 * decide — what the robot may do with what the judge understood.
 *
 * One table, read top to bottom, from (intent, confidence, where the
 * reference code was found, sender's role) to an action.  Creating a
 * seat, cancelling one or handing it to a colleague needs high
 * confidence; a change also needs the code in the writer's own words
 * (the text or a subject that is not a reply), not only in a quoted
 * mail.  Everything less is acknowledged and goes to the organiser with
 * the reason.  Pure.
 */
#ifndef REGBOT_DECIDE_H
#define REGBOT_DECIDE_H

#include "judge.h"

enum code_where {
	CODE_NONE,    /* no code anywhere */
	CODE_OWN,     /* in the writer's own (or forwarded) text */
	CODE_SUBJECT, /* in a subject the writer wrote (not "Re: ...") */
	CODE_QUOTE,   /* only in a quoted mail or a reply's subject */
};

enum sender_role {
	ROLE_PARTICIPANT, /* anyone else */
	ROLE_ORGANISER,	  /* the organiser's address */
};

enum decision {
	DO_REGISTER,
	DO_CANCEL,
	DO_SUBSTITUTE,
	DO_STATUS,
	DO_HELP,
	DO_QUESTION, /* forward the question, acknowledge */
	DO_HUMAN,    /* acknowledge, hand to the organiser with `why` */
	DO_CORRECT,  /* correct the registration's details */
};

struct decide_in {
	enum judge_intent intent;
	enum judge_conf conf;
	enum code_where code;
	enum sender_role role;
};

/* The action and, for DO_HUMAN, why (static text). */
enum decision decide_action(const struct decide_in *in, const char **why);

const char *decision_name(enum decision d);
const char *code_where_name(enum code_where w);

#endif
