/*
 * orgmail — the organiser closes the loop by mail (issue 9, section 5).
 *
 * Every mail handed to a human gets a decision token (orgmail_issue): its
 * forward and its digest line carry it, and the store keeps what the
 * robot understood and proposed, the sender, and the state of the
 * registrations it concerns at that moment.  The organiser answers from
 * the organiser's address with one command per line (orgcmd.h); each is
 * checked (the address, the mail's authentication results, the token
 * exists, is used once, belongs to this decision, and the registrations
 * it concerns have not changed since), and the mail's commands are
 * applied together or not at all, with the seat operations the command
 * line uses (seats.c).  The organiser then gets one reply listing what
 * was done and what was refused and why.
 *
 * Everything runs inside the caller's transaction (process.c): a store
 * error returns -1 and the whole message is tried again.
 */
#ifndef REGBOT_ORGMAIL_H
#define REGBOT_ORGMAIL_H

#include <stddef.h>

#include "form.h"
#include "message.h"
#include "orgcmd.h"
#include "seats.h"
#include "tmpl.h"

/* What a mail handed to a human is about.  All borrowed for the call. */
struct orgmail_case {
	const char *why;	       /* why a human is needed */
	const char *propose;	       /* what JA does: "register" (the people
					  understood), "cancel" (code), NULL: nothing */
	const struct form *understood; /* people BEVESTIG registers, or
					  NULL */
	const char *code;	       /* a reference code the mail names */
	const char *lang;	       /* the mail's language */
	const char *received_at;       /* when it arrived (ISO UTC) */
};

/* Issues the decision token for the mail a->msg (m) into token.
 * forward_key: the outbox key of the forward that carries it (its
 * Message-ID recognises an answer to it), or NULL when none goes out.
 * vars (may be NULL): the forward's variables get `token`, `proposal`
 * (what JA does, in the organiser's language) and `can_confirm`.
 * 0, -1 on a store error. */
int orgmail_issue(struct act *a, const struct message *m,
		  const struct orgmail_case *c, const char *forward_key,
		  struct tmpl_value *vars, char token[ORGCMD_TOKEN_LEN + 1]);

/* A mail whose From is the organiser's address.  robot: the mail is a
 * machine's (an autoresponder on that address).  Returns 1 when it was
 * handled, with *outcome: "forged" (its authentication results failed:
 * set aside, listed in the digest, nothing done), "commands" (applied)
 * or "commands-refused" (nothing applied; the reply says why); 0 when it
 * holds no command (the caller records it as before); -1 on a store
 * error. */
int orgmail_from_organiser(struct act *a, const struct message *m, int robot,
			   const char *raw, size_t rawlen,
			   const char **outcome);

/* A mail from another address that gives the organiser's commands (a
 * decision token the robot issued, or VERPLAATS): 1 with *why (caller
 * frees) for the organiser; nothing of it is done.  0 when it gives
 * none, -1 on a store error. */
int orgmail_foreign(struct act *a, const struct message *m, char **why);

#endif
