/*
 * seats — the seat engine on top of the store: place a registration in its
 * pool, fill freed seats from the waitlist (at once, or as an offer with a
 * deadline), cancel, substitute, promote, move; and queue the mails each
 * change causes.  Every function runs inside the caller's transaction and
 * records each status change in the audit log with its reason.
 *
 * The decisions themselves are policy.c's pure functions; this module
 * feeds them counts from the store and applies their outcome.
 */
#ifndef REGBOT_SEATS_H
#define REGBOT_SEATS_H

#include <stdint.h>
#include <time.h>

#include "config.h"
#include "form.h"
#include "policy.h"
#include "store.h"
#include "tmpl.h"

/* One change's context: who asked, when, and what mail it answers. */
struct act {
	const struct config *cfg;
	struct store *st;
	time_t now;
	char nowiso[32];
	char tag[48];		 /* makes outbox keys unique per event */
	int64_t msg;		 /* messages.id, 0 for organiser actions */
	const char *msgkey;	 /* for logs */
	const char *in_reply_to; /* of the mail answered, or NULL */
	const char *references;
	const char *actor; /* "mail", "organiser" or "clock" */
	/* The organiser's --quiet: no mail to this registration (others a
	 * change touches, like the next in line, are still told). */
	int64_t quiet_reg;
	/* The organiser's --waive-fee: a cancellation owes nothing. */
	int waive_fee;
	/* Reply-To of the mails queued while it is set (a forward to the
	 * organiser: the asker's address), else the configured one. */
	const char *reply_to;
};

/* tag: "m<message id>", "o<time>" for the organiser, ... */
void act_init(struct act *a, const struct config *cfg, struct store *st,
	      time_t now, const char *tag, const char *actor);

/* The outbox key act_queue gives a mail of `kind` to addr (about
 * registration reg, or 0); it makes the Message-ID (reply_message_id).
 * Caller frees. */
char *act_key(const struct act *a, const char *kind, const char *addr,
	      int64_t reg);

/* Renders and queues a reply.  limited: apply the per-address rate limit
 * (replies to incoming mail).  0 ok, -1 error. */
int act_queue(struct act *a, const char *kind, const char *lang,
	      const char *name, const char *addr, const struct tmpl_value *vars,
	      int64_t reg, int limited);
/* The variables of a registration reply (event, days, the registration,
 * what was understood and what is missing).  Caller frees. */
struct tmpl_value *act_reg_vars(struct act *a, const struct reg *r,
				const char *lang);
int act_audit(struct act *a, int64_t reg, const char *action,
	      const char *detail);

/* Each pool's seats, seats in use and recorded release (see
 * policy_capacity), read from the store without writing.  A release
 * that is due but not counted yet is counted as of now.  *out: npools
 * entries, caller frees.  0 ok, -1 error. */
int seats_pools(const struct config *cfg, struct store *st,
		struct policy_pool **out);

/* Required fields of a registration. */
int seats_complete(const struct reg *r);

/* What logs show instead of a reference code (which works as a
 * password): "code#" and the first 6 hex digits of its SHA-256, enough to
 * match log lines with `regbot show` output.  out has room for 16
 * bytes; returns out. */
#define SEATS_CODE_TAG 16
const char *seats_code_tag(const char *code, char out[SEATS_CODE_TAG]);

/* A fresh unguessable reference code into r->code. */
void seats_new_code(struct reg *r);

/* Decides a complete registration's pool (unless fixed) and status.
 * Writes nothing.  Returns 0, -1 on a store error. */
int seats_decide(struct act *a, struct reg *r);

/* Fills free seats from the waitlists (honouring organisation caps and
 * release dates), with a promotion or an offer mail each; then brings
 * each waiting registration's hold by the organisation cap up to date,
 * with a waitlist-update mail to whom it changed for.  Returns the
 * number of seats given, -1 on error. */
int seats_rebalance(struct act *a);

/* Time-driven changes: a release date that has come is counted (the
 * seats then unused go to the other pool, once); expired offers pass on
 * (an offer-expired mail); then rebalance. */
int seats_tick(struct act *a);

/* A new registration, placed now: r holds its fields (seats_take_fields),
 * arrival and message, and may hold language, received_at and a fixed
 * pool.  It gets a code, pool and status, is stored, logged with
 * `reason`, and sent its confirmation or waiting-list notice.  0, -1 on
 * error; 1 (nothing written, reason in *why) when a required field is
 * missing or the address is registered already. */
int seats_register(struct act *a, struct reg *r, const char *reason,
		   char **why);

/* The organiser's and the participants' changes.  Each updates the store,
 * mails whom it concerns and rebalances.  0 ok, -1 error; 1 when the
 * change is not possible (reason in *why, caller frees). */
/* Corrects the details of registration r: the fields in `given` that
 * are not NULL replace the old values (an empty value clears an optional
 * field).  Each change is in the audit log, "edited by BY: old -> new";
 * with `notify` the participant gets an updated confirmation (or
 * waitlist notice).  Seats and pools are not touched.  0 done, 1 not
 * possible (why: cancelled, an address another registration has, a
 * required field emptied, nothing changes), -1 on error. */
int seats_edit(struct act *a, struct reg *r, const char *const given[RF__COUNT],
	       const char *by, int notify, char **why);
int seats_cancel(struct act *a, struct reg *r, const char *reason, char **why);
int seats_substitute(struct act *a, struct reg *old,
		     const struct form_person *p, struct reg *newr, char **why);
int seats_accept_offer(struct act *a, struct reg *r, char **why);
int seats_promote(struct act *a, struct reg *r, int force, char **why);
int seats_move(struct act *a, struct reg *r, const char *pool, int force,
	       char **why);

/* Copies form fields into r (email lower-cased, organisation key set). */
void seats_take_fields(struct reg *r, const struct form_person *p);
/* The other way: a form person (cleared first) with copies of r's
 * fields.  Release with form_person_free. */
void seats_give_fields(const struct reg *r, struct form_person *p);

#endif
