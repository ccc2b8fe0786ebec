/*
 * reply — turn a reply kind and its variables into a complete outgoing
 * message: load templates/<lang>/<kind>.txt, render it (tmpl), wrap it
 * (compose).  Variables form a documented fixed set (reply_var_known);
 * templates are read from disk on each use so an organiser's edit takes
 * effect at once.
 */
#ifndef REGBOT_REPLY_H
#define REGBOT_REPLY_H

#include <time.h>

#include "config.h"
#include "store.h"
#include "tmpl.h"
#include "util.h"

struct reply {
	const char *kind;           /* template name and X-Regbot-Kind */
	const char *lang;           /* "nl" or "en" */
	const char *to_name, *to_addr;
	const char *key;            /* outbox key; makes the Message-ID */
	const char *in_reply_to;    /* of the mail answered, or NULL */
	const char *references;
	const char *auto_submitted; /* "auto-replied" or "auto-generated" */
	const struct tmpl_value *vars;
};

/* Variables every reply has: event, days, organiser, robot. Caller frees
 * with tmpl_value_free. */
struct tmpl_value *reply_vars(const struct config *cfg, const char *lang);
/* Adds a registration's fields (name, email, ..., code, pool, status,
 * position, fee) to map.  Returns map. */
struct tmpl_value *reply_vars_reg(struct tmpl_value *map,
                                  const struct config *cfg,
                                  const struct reg *r, const char *lang);

/* Renders and composes into out (CRLF message).  Returns 0, or -1 with
 * *err (caller frees). */
int reply_build(const struct config *cfg, const struct reply *r, time_t now,
                struct buf *out, char **err);

/* Stable Message-ID (without <>) for an outbox key.  Caller frees. */
char *reply_message_id(const struct config *cfg, const char *key);

/* 1 when `name` is a documented template variable or partial. */
int reply_var_known(const char *name);
/* "EUR 1.000,00" (nl) or "EUR 1,000.00" (en).  Caller frees. */
char *reply_money(long cents, const char *currency, const char *lang);

/* The reply kinds every language directory must provide. */
extern const char *const reply_kinds[];

#endif
