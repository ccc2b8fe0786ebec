/*
 * request — what a message asks for: the intent, the people and fields
 * from the form, the reply language, and whether a machine sent it.
 * Pure: works on a parsed struct message, no I/O.
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
	INTENT_UNKNOWN
};

struct request {
	enum intent intent;
	char lang[3];           /* "nl" or "en" */
	struct form form;       /* people found in the text */
	char *code;             /* a reference code quoted in the mail */
	const char *robot;      /* why no reply may be sent, or NULL */
};

/* robot_addr: the robot's own address (mail from it is never answered).
 * default_lang: used when the text gives no clear signal.  Returns 0;
 * -1 only on invalid arguments.  request_free releases the result. */
int request_build(const struct message *m, const char *robot_addr,
                  const char *default_lang, struct request *out);
void request_free(struct request *r);
const char *request_intent_name(enum intent i);

/* The reason a message must get no reply (RFC 3834 and practice), or
 * NULL when a reply is safe. */
const char *request_robot_reason(const struct message *m,
                                 const char *robot_addr);

#endif
