/*
 * request — what a message asks for: the intent, the people and fields
 * from the form, the reply language, and whether a machine sent it.
 * Pure: works on a parsed struct message, no I/O.
 *
 * The text is read the way a secretary reads it: quoted replies and the
 * robot's own earlier mail are left out; in a forwarded registration the
 * participant is the person in the forwarded part, not the forwarder; a
 * free-text registration takes the writer's details from the signature
 * and the From header only where they agree.
 *
 * For process.c (issue 3; the API stays backwards compatible):
 *  - INTENT_HUMAN is new (appended, so older values keep their numbers).
 *    The mail must go to the organiser with `human` as the reason and
 *    the sender gets the "received" acknowledgement: process.c should
 *    call to_human(j, rq->human, "received") for it.  Until it does, its
 *    default branch answers such a mail with "help" when it has text.
 *  - INTENT_QUESTION must be forwarded and acknowledged (process.c does).
 *  - `question` set on a registration: the mail also asks something a
 *    person must answer; process.c should forward it to the organiser
 *    after registering (to_human without a second acknowledgement).
 *  - request_build fills the e-mail of a lone participant itself (the
 *    sender's address for a self-registration, the forwarded mail's From
 *    for a forward) and never leaves a lone participant without one when
 *    the sender may be someone else: such mail becomes INTENT_HUMAN.  So
 *    process.c's fallback to m->from_addr in register_person is no longer
 *    needed and should go (for a forward it would register the
 *    forwarder).
 *  - `forwarded`: the people come from a forwarded message; the sender
 *    (m->from_addr) is the forwarder and could get an overview.
 */
#ifndef REGBOT_REQUEST_H
#define REGBOT_REQUEST_H

#include "form.h"
#include "message.h"

enum intent {
	INTENT_REGISTER,
	INTENT_CANCEL,
	INTENT_SUBSTITUTE,
	INTENT_STATUS,
	INTENT_QUESTION,
	INTENT_HELP,
	INTENT_UNKNOWN, /* no longer returned by request_build */
	INTENT_HUMAN,	/* a person must read it; see `human` */
	INTENT_CORRECT, /* corrects the details of the registration whose
			   code the writer gives: the labelled fields in
			   `form` (one person) are the new values */
};

struct request {
	enum intent intent;
	char lang[3];	   /* "nl" or "en" */
	struct form form;  /* people found in the text */
	char *code;	   /* a reference code quoted in the mail */
	const char *robot; /* why no reply may be sent, or NULL */
	/* added with issue 3 */
	const char *human; /* INTENT_HUMAN: why (static text) */
	int forwarded;	   /* people read from a forwarded message */
	int question;	   /* a registration that also asks something */
	/* A weak machine signal (see request.c) on a mail with content: the
	 * mail is INTENT_HUMAN, `robot` is NULL, and this says why no
	 * automatic answer may go to the sender. */
	const char *robot_weak;
	/* issue 9: the judgement behind the intent (see judge.h, decide.h) */
	const char *confidence; /* "high", "low", "none" (static) */
	char *evidence;		/* one line for people: what was read and
				   why; owned */
	int code_where;		/* enum code_where: where `code` was found */
	int affirm; /* the prose plainly agrees: no question, doubt or
		       negation, nothing but a registration or nothing */
	/* INTENT_HUMAN because the mail was not clear enough: what it
	 * seems to ask, for the organiser to accept with JA ("register"
	 * with the people read, "cancel" with the code), or NULL */
	const char *proposal;
	char *own_text; /* the writer's own lines (no quotes, no forward),
			   for `regbot explain`; owned */
	/* The form names nobody: one person's labelled fields without a
	 * name or an address ("Organisatie: ..."), as in an answer to the
	 * robot's question for missing details (process.c completes the
	 * registrations that question was about). */
	int details_only;
	/* A web form's relay of one person's own submission: a no-reply
	 * sender, Reply-To the address the labelled form registers.  The
	 * person is the writer (process.c answers them, not the relay);
	 * this says so, for the log.  Static text, or NULL. */
	const char *relay;
};

/* robot_addr: the robot's own address (mail from it is never answered).
 * default_lang: used when the text gives no clear signal.  Returns 0;
 * -1 only on invalid arguments.  request_free releases the result. */
int request_build(const struct message *m, const char *robot_addr,
		  const char *default_lang, struct request *out);
void request_free(struct request *r);

/* request_build with the organiser's address: mail from it is never read
 * as a participant's (it becomes INTENT_HUMAN, "mail from the
 * organiser's address"); NULL when there is none. */
int request_read(const struct message *m, const char *robot_addr,
		 const char *organiser_addr, const char *default_lang,
		 struct request *out);
/* What the robot knows around a mail, beyond the mail itself. */
struct judge_course;
struct request_context {
	const char *robot_addr;	    /* see request_build */
	const char *organiser_addr; /* see request_read; NULL: none */
	const char *default_lang;
	/* The decoded text of the robot's own mail this one answers (found
	 * by its In-Reply-To, not by wording), or NULL: lines of the
	 * writer's part that are that text, quoted without marks as ticket
	 * systems and phones do, are read as quoted, not as the writer's. */
	const char *prior;
	/* The configured course (its names and days), or NULL: a
	 * registration that names another course or date goes to the
	 * organiser. */
	const struct judge_course *course;
};
int request_read_ctx(const struct message *m, const struct request_context *c,
		     struct request *out);
/* "register", "cancel", "substitute", "status", "question", "help",
 * "unknown", "human", "correct"; NULL for a value out of range. */
const char *request_intent_name(enum intent i);

/* The reason a message must get no reply (RFC 3834 and practice), or
 * NULL when a reply is safe. */
const char *request_robot_reason(const struct message *m,
				 const char *robot_addr);

#endif
