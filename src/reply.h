/*
 * reply — turn a reply kind and its variables into a complete outgoing
 * message: load templates/<lang>/<kind>.txt, render it (tmpl), add the
 * HTML alternative when templates/<lang>/<kind>.html exists and the
 * calendar the kind carries, and wrap it all (compose).  Variables form a
 * documented fixed set (reply_var_known); templates are read from disk on
 * each use so an organiser's edit takes effect at once.
 *
 * Escaping: .txt templates are rendered with TMPL_ESCAPE_NONE ({{x}} and
 * {{{x}}} both insert the text as it is: a mail body is not HTML); .html
 * templates with TMPL_ESCAPE_HTML ({{x}} is escaped, {{{x}}} is not and
 * must never hold participant data).  Header safety does not depend on
 * either: compose cleans and encodes every header value.
 */
#ifndef REGBOT_REPLY_H
#define REGBOT_REPLY_H

#include <time.h>

#include "calendar.h"
#include "compose.h"
#include "config.h"
#include "store.h"
#include "tmpl.h"
#include "util.h"

struct reply {
	const char *kind; /* template name and X-Regbot-Kind */
	/* The template when it is not named after the kind (a one-off
	 * message of `regbot mail`: kind announcement); NULL: kind. */
	const char *tmpl;
	const char *lang; /* "nl" or "en" */
	const char *to_name, *to_addr;
	const char *key;	 /* outbox key; makes the Message-ID */
	const char *in_reply_to; /* of the mail answered, or NULL */
	const char *references;
	const char *auto_submitted; /* "auto-replied" or "auto-generated" */
	const struct tmpl_value *vars;
	/* The calendar attachment.  NULL: the kind's default
	 * (reply_kind_calendar): PUBLISH of every course day for
	 * confirmation, promotion and substitution-new when `confirmed` is
	 * true; CANCEL for cancelled and substitution-old when `had_seat`
	 * is true; SEQUENCE 0 for a PUBLISH and 1 for a CANCEL; UIDs from
	 * the `code` variable; the attendee is to_name/to_addr.  Pass one to
	 * set the sequences the store keeps (calendar.h), to attach a
	 * calendar to another kind (a reminder: only_day), or with method
	 * CALENDAR_NONE for none.  Fields left NULL/0 in it take the same
	 * defaults (code, attendee). */
	const struct calendar_req *calendar;
	/* More attachments after the calendar (the digest's CSV), borrowed
	 * for the call; NULL and 0 for none. */
	const struct compose_attachment *attachments;
	size_t nattachments;
	/* Reply-To instead of [smtp] reply_to (a forward: the asker), or
	 * NULL; a template's own Reply-To line still wins. */
	const char *reply_to;
};

/* Variables every reply has: event, days, organiser, robot. Caller frees
 * with tmpl_value_free. */
struct tmpl_value *reply_vars(const struct config *cfg, const char *lang);
/* Adds a registration's fields (name, email, ..., code, pool, status,
 * status_text, confirmed, waitlisted, position, fee, free, held_by_cap,
 * org_cap, org_cap_until) to map.  Text
 * fields are made one line (an invoice address's lines are joined with
 * ", ").  Returns map. */
struct tmpl_value *reply_vars_reg(struct tmpl_value *map,
				  const struct config *cfg, const struct reg *r,
				  const char *lang);
/* One entry of the overview's `people` list: reply_vars_reg of r in a map
 * of its own.  Caller frees (or hands it to tmpl_list_add). */
struct tmpl_value *reply_person(const struct config *cfg, const struct reg *r,
				const char *lang);
/* "plaats bevestigd", "op de wachtlijst (plaats 3)", ... for a status
 * ("confirmed", "waitlisted", "incomplete", "cancelled"; anything else is
 * returned as it is) and waitlist position.  Caller frees. */
char *reply_status_text(const char *status, long position, const char *lang);

/* Renders templates/<lang>/<name>.txt (html 0) or .html (html 1) with
 * vars into out, partials from the same directory with the same
 * extension.  In a .txt template the header block (up to the first empty
 * line) is rendered a line at a time, and line breaks that values bring
 * into it become spaces, so no data can add, end or split a header line.
 * Returns 0; 1 when html is set and there is no such file;
 * -1 with *err (caller frees) for a missing .txt, a read or syntax
 * error. */
int reply_render(const struct config *cfg, const char *lang, const char *name,
		 int html, const struct tmpl_value *vars, struct buf *out,
		 char **err);

/* Renders and composes into out (CRLF message).  Returns 0, or -1 with
 * *err (caller frees). */
int reply_build(const struct config *cfg, const struct reply *r, time_t now,
		struct buf *out, char **err);

/* Reads every .txt and .html file of DIR/nl and DIR/en into memory;
 * from then on templates under DIR come from there, not from the disk.
 * Called again (a reload), it replaces the set only when the new one was
 * read whole.  Returns 0, or -1 with *err (caller frees), keeping the set
 * that was in use. */
int reply_templates_load(const char *dir, char **err);
/* Forgets the set: templates are read from the disk again. */
void reply_templates_unload(void);

/* Stable Message-ID (without <>) for an outbox key.  Caller frees. */
char *reply_message_id(const struct config *cfg, const char *key);

/* 1 when `name` is a documented template variable or partial. */
int reply_var_known(const char *name);
/* "EUR 1.000,00" (nl) or "EUR 1,000.00" (en).  Caller frees. */
char *reply_money(long cents, const char *currency, const char *lang);

/* The reply kinds every language directory must provide. */
extern const char *const reply_kinds[];
/* The scheduled kinds (digest.c: digest, reminder, attendance), whose
 * templates every language directory must provide too. */
extern const char *const reply_scheduled_kinds[];
/* The calendar a kind carries by default, and the boolean variable that
 * must be true for it (NULL: always); CALENDAR_NONE for most kinds. */
enum calendar_method reply_kind_calendar(const char *kind, const char **when);

#endif
