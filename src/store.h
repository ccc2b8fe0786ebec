/*
 * store — the SQLite database: messages, registrations, outbox, audit log.
 *
 * WAL, synchronous=FULL, foreign keys on, prepared statements with bound
 * parameters only, migrations numbered in one table (see store.c).  One
 * transaction per state change: the caller brackets a message's whole
 * effect with store_begin/store_commit.  Strings returned inside structs are
 * owned by the struct (free with the matching *_clear function).
 * Times are ISO 8601 UTC strings ("2010-05-01T08:00:00Z"), which sort.
 */
#ifndef REGBOT_STORE_H
#define REGBOT_STORE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct store;

int store_open(const char *spool, struct store **out, char **err);
void store_close(struct store *st);
const char *store_error(struct store *st); /* last error, borrowed */

int store_begin(struct store *st); /* BEGIN IMMEDIATE */
int store_commit(struct store *st);
void store_rollback(struct store *st);

/* ---- incoming messages ---- */
struct store_msg {
	int64_t id;
	const char *msgkey;	  /* Message-ID, or sha256 of the bytes */
	const char *message_id;	  /* as received, may be NULL */
	int64_t uidvalidity, uid; /* 0 when ingested from a file */
	const char *received_at;  /* INTERNALDATE or ingest time */
	const char *processed_at;
	const char *from_addr, *subject, *raw_path;
	const char *outcome; /* registered, duplicate, incomplete, ... */
	const char *detail;
	const char *body_sha256; /* of the bytes after the header */
	const char *text_sha256; /* of the decoded text (repeat finder) */
};
/* 1 known, 0 unknown, -1 error. */
int store_message_known(struct store *st, const char *msgkey);
int store_message_uid_known(struct store *st, int64_t uidvalidity, int64_t uid);
/* Records (uidvalidity, uid) for a known message seen again. */
int store_message_set_uid(struct store *st, const char *msgkey,
			  int64_t uidvalidity, int64_t uid);
int store_message_insert(struct store *st, struct store_msg *m);
int store_message_set_outcome(struct store *st, int64_t id,
			      const char *outcome);
/* 1 when msgkey is known with this body hash (or from before body
 * hashes were kept), 2 when known with another body, 0 unknown, -1
 * error. */
int store_message_same(struct store *st, const char *msgkey,
		       const char *body_sha256);
/* Messages from an address with this text hash processed at or after
 * `since`; -1 on error. */
long store_message_repeats(struct store *st, const char *from_addr,
			   const char *text_sha256, const char *since);
/* Forwards to the organiser caused by mail from an address, queued at
 * or after `since`; -1 on error. */
long store_forwards_since(struct store *st, const char *from_addr,
			  const char *since);
/* The From address of message `id` into *from (caller frees): 1 found,
 * 0 none (*from NULL), -1 error. */
int store_message_from(struct store *st, int64_t id, char **from);
/* Audit entries "no-reply" with after < id <= upto; -1 on error. */
long store_noreply_count(struct store *st, int64_t after, int64_t upto);

/* ---- registrations ---- */
enum reg_field {
	RF_NAME,
	RF_EMAIL,
	RF_ORGANISATION,
	RF_ROLE,
	RF_PHONE,
	RF_DIET,
	RF_INVOICE_ADDRESS,
	RF_INVOICE_REFERENCE,
	RF__COUNT
};
struct reg {
	int64_t id;
	char *code;
	char *f[RF__COUNT];
	char *pool;
	char *status; /* confirmed waitlisted cancelled incomplete */
	char *language;
	int64_t arrival; /* orders the waitlist: smaller is earlier */
	char *received_at, *registered_at, *updated_at;
	int64_t message;	/* messages.id that created it */
	long waitlist_position; /* filled by the readers; 0 when none */
	char *org_key;		/* normalised organisation (policy_org_key) */
	char *hold;		/* why waiting beyond seats ("cap"), or NULL */
	char *offer_until;	/* a seat is offered until then, or NULL */
	char *cancelled_at;
	int fee_due;	     /* cancelled late: the fee is still owed */
	int64_t replaced_by; /* the registration that took this seat */
	int pool_fixed;	     /* pool set by the organiser */
	char *purged_at;     /* personal data removed (regbot purge) */
	long amount_cents;   /* billed, kept by the purge; -1 before */
};
void reg_clear(struct reg *r);
/* A deep copy of src into dst (dst's old contents are not freed). */
void reg_copy(struct reg *dst, const struct reg *src);
typedef int (*store_reg_fn)(const struct reg *r, void *arg);
const char *reg_field_key(enum reg_field f);

/* 1 found (r filled), 0 none, -1 error.  Active = not cancelled. */
int store_reg_find_active(struct store *st, const char *email, struct reg *r);
int store_reg_find_code(struct store *st, const char *code, struct reg *r);
int store_reg_find_id(struct store *st, int64_t id, struct reg *r);
int store_reg_insert(struct store *st, struct reg *r);
int store_reg_update(struct store *st, const struct reg *r);
/* Count in a pool with a status; -1 on error. */
long store_reg_count(struct store *st, const char *pool, const char *status);
/* Seats in use in a pool: confirmed plus open offers, kept as a count
 * by the store's triggers (no rows are counted); -1 on error. */
long store_reg_used(struct store *st, const char *pool);
/* Seats in use in a pool by one organisation (org_key); -1 on error. */
long store_reg_org_used(struct store *st, const char *pool,
			const char *org_key);
/* The first waitlisted registration of a pool without an open offer,
 * in arrival order, that may take a seat now: not `exclude` (0: none),
 * and, when org_cap > 0, not of an organisation (org_key) that uses
 * org_cap seats in the pool already.  1 found (r filled; caller clears),
 * 0 none, -1 error.  Costs no more with a longer waitlist unless many
 * at its head are held by the cap. */
int store_reg_next_waiting(struct store *st, const char *pool, int64_t exclude,
			   long org_cap, struct reg *r);
/* Waitlisted without an open offer whose hold (held by the organisation
 * cap) differs from what the cap org_cap (0: none) says now: marked but
 * not held, or held but not marked; in arrival order.  Costs what the
 * marked and the organisations at the cap hold, not the waitlist. */
int store_reg_hold_changes(struct store *st, const char *pool, long org_cap,
			   store_reg_fn fn, void *arg);
/* Waitlisted with an offer that ran out at `now`. */
int store_reg_offers_expired(struct store *st, const char *now, store_reg_fn fn,
			     void *arg);
/* Calls fn for each registration (status NULL: all), in arrival
 * order.  fn returns 0 to go on. */
int store_reg_each(struct store *st, const char *status, store_reg_fn fn,
		   void *arg);

/* ---- audit ---- */
int store_audit(struct store *st, const char *at, int64_t reg, int64_t msg,
		const char *action, const char *detail);
struct audit_entry {
	const char *at, *action, *detail;
	int64_t message;
};
typedef int (*store_audit_fn)(const struct audit_entry *e, void *arg);
/* A registration's history, oldest first. */
int store_audit_each(struct store *st, int64_t reg, store_audit_fn fn,
		     void *arg);
/* The newest entry of a registration that set its status (actions
 * confirmed, waitlisted, cancelled, incomplete); caller frees. */
char *store_audit_last_status(struct store *st, int64_t reg);

/* ---- outbox ---- */
struct outbox_item {
	int64_t id;
	char *key, *kind, *rcpt, *status, *last_error, *created_at;
	char *data;
	size_t len;
	long attempts;
	long uncertain; /* attempts that perhaps delivered it */
};
void outbox_item_clear(struct outbox_item *it);
/* Adds a message unless `key` exists.  1 added, 0 existed, -1 error. */
int store_outbox_add(struct store *st, const char *key, const char *kind,
		     const char *rcpt, const char *data, size_t len,
		     int64_t msg, int64_t reg, const char *now);
/* The next pending item due at `now` with id > after; 1/0/-1. */
int store_outbox_next(struct store *st, const char *now, int64_t after,
		      struct outbox_item *it);
int store_outbox_sent(struct store *st, int64_t id, const char *now);
int store_outbox_retry(struct store *st, int64_t id, const char *next,
		       const char *error);
int store_outbox_failed(struct store *st, int64_t id, const char *error);
/* An attempt that perhaps delivered the message: retry at `next`, or with
 * next NULL stop for good (status failed, for a human to check). */
int store_outbox_uncertain(struct store *st, int64_t id, const char *next,
			   const char *error);
long store_outbox_count(struct store *st, const char *status);

/* Replies sent or queued to an address since `since`; -1 on error. */
long store_replies_since(struct store *st, const char *rcpt, const char *since);

/* Failed outbox items, oldest first (data is not read: it is NULL; the
 * strings are borrowed for the call). */
typedef int (*store_outbox_fn)(const struct outbox_item *it, void *arg);
int store_outbox_each_failed(struct store *st, store_outbox_fn fn, void *arg);

/* ---- scheduled jobs (schedule.h): one row per run, by key ---- */
/* Records a run; mark is the newest audit id it covered (the digest's
 * "since"), 0 for other jobs.  1 recorded, 0 when the key was recorded
 * before (the row stays as it was), -1 error. */
int store_job_record(struct store *st, const char *key, const char *kind,
		     const char *due_at, const char *ran_at,
		     const char *outcome, long mails, int64_t mark);
typedef int (*store_key_fn)(const char *key, void *arg);
/* Calls fn with every recorded key (borrowed for the call). */
int store_job_each(struct store *st, store_key_fn fn, void *arg);
/* The newest run of `kind` with `outcome`: when it ran (*ran_at, caller
 * frees) and its mark.  1 found, 0 none (*ran_at NULL, *mark 0), -1
 * error. */
int store_job_last(struct store *st, const char *kind, const char *outcome,
		   char **ran_at, int64_t *mark);

/* ---- what the digest reads ---- */
/* An audit entry with the registration it concerns (fields NULL when it
 * concerns none); borrowed for the call. */
struct audit_change {
	const char *at, *action, *detail;
	int64_t reg;
	const char *code, *name, *email, *organisation, *pool, *status;
};
typedef int (*store_change_fn)(const struct audit_change *c, void *arg);
/* The newest audit id (0 when the log is empty): a digest covers the
 * entries up to it, so the next one starts exactly after. */
int64_t store_audit_mark(struct store *st);
/* Audit entries with after < id <= upto, oldest first. */
int store_audit_since(struct store *st, int64_t after, int64_t upto,
		      store_change_fn fn, void *arg);
typedef int (*store_msg_fn)(const struct store_msg *m, void *arg);
/* Messages handed to a human (a to-organiser audit entry with after < id
 * <= upto) whose outcome is set-aside, needs-human, question, closed or
 * forged.
 * Borrowed for the call. */
int store_message_each_human(struct store *st, int64_t after, int64_t upto,
			     store_msg_fn fn, void *arg);
/* When a registration last became confirmed (its newest "confirmed"
 * audit entry); NULL when never.  Caller frees. */
char *store_reg_confirmed_at(struct store *st, int64_t reg);

/* ---- calendar entries sent (for SEQUENCE) ---- */
/* 1 found (*fingerprint and *method: caller frees), 0 none, -1 error. */
int store_calendar_get(struct store *st, int64_t reg, int day, int *sequence,
		       char **fingerprint, char **method);
int store_calendar_put(struct store *st, int64_t reg, int day, const char *uid,
		       int sequence, const char *fingerprint,
		       const char *method, const char *outbox_key,
		       const char *now);

/* Formats t as ISO 8601 UTC into buf (at least 21 bytes). */
void store_time(time_t t, char *buf, size_t n);

/* ---- mailbox trouble (migration 5) ----
 * IMAP messages whose fetch, processing or move failed: one row per
 * (uidvalidity, uid) with the attempts so far, the last error and when to
 * try again; quarantined rows are skipped (the message stays in the
 * mailbox for a human).  The row goes when the message is done. */
struct store_mbx_trouble {
	int64_t uidvalidity, uid;
	char *stage; /* fetch, process or move */
	int attempts;
	char *last_error;
	char *first_at, *last_at, *next_at;
	int quarantined;
};
void store_mbx_trouble_clear(struct store_mbx_trouble *t);
/* 1 found (*t filled; clear it), 0 none, -1 error. */
int store_mbx_trouble_get(struct store *st, int64_t uidvalidity, int64_t uid,
			  struct store_mbx_trouble *t);
/* One more failed attempt (the first creates the row). */
int store_mbx_trouble_note(struct store *st, int64_t uidvalidity, int64_t uid,
			   const char *stage, const char *error,
			   const char *now, const char *next_at,
			   int quarantined);
int store_mbx_trouble_resolve(struct store *st, int64_t uidvalidity,
			      int64_t uid);
/* Every row, oldest first; the row is borrowed for the call; a non-zero
 * return from fn stops.  0 ok, -1 error. */
typedef int (*store_mbx_trouble_fn)(const struct store_mbx_trouble *t,
				    void *arg);
int store_mbx_trouble_each(struct store *st, store_mbx_trouble_fn fn,
			   void *arg);

/* ---- raw copies past their retention ---- */

/* Up to 500 messages processed before `before` (ISO UTC) that still have
 * a raw copy: their ids and paths (caller frees both arrays and each
 * path).  0 ok, -1 error. */
int store_raw_expired(struct store *st, const char *before, int64_t **ids,
		      char ***paths, size_t *n);
/* The message's raw copy is gone: raw_path becomes NULL. */
int store_raw_forget(struct store *st, int64_t id);

/* ---- released seats ---- */

/* The seats `pool` released at its release date `release_at` (stored
 * time), recorded once.  1 found (*released set), 0 not yet, -1 error. */
int store_release_get(struct store *st, const char *pool,
		      const char *release_at, long *released);
/* Records it (the pool's seats and use at that moment, for the record);
 * a second call for the same pool and date changes nothing. */
int store_release_put(struct store *st, const char *pool,
		      const char *release_at, long seats, long used,
		      long released, const char *now);
/* ---- the organiser's decisions by mail (migration 12, orgmail.c) ----
 * One row per mail handed to a human: its token, what the robot
 * understood and proposed, the state of the registrations it concerns
 * when it was issued, and when and how the organiser used it.  Strings
 * are owned by the struct (store_decision_clear). */
struct store_decision {
	int64_t id;
	char *token;
	int64_t message; /* messages.id of the mail it is about */
	char *msgkey, *message_id, *received_at;
	char *sender, *sender_name, *subject, *lang;
	char *why;	     /* why a human is needed */
	char *propose;	     /* what JA does: none, register, cancel */
	char *codes;	     /* registration codes it concerns, or NULL */
	char *people;	     /* what was understood (JSON array), or NULL */
	char *snapshot;	     /* orgmail.c's record of the state */
	char *forward_msgid; /* the forward's Message-ID (no <>), or NULL */
	char *created_at;
	char *used_at; /* NULL while open */
	int64_t used_by;
	char *used_how;
};
void store_decision_clear(struct store_decision *d);
/* Inserts d (its id is set); a token in use is a constraint error. */
int store_decision_insert(struct store *st, struct store_decision *d);
/* 1 found (d filled; clear it), 0 none, -1 error. */
int store_decision_find(struct store *st, const char *token,
			struct store_decision *d);
int store_decision_by_forward(struct store *st, const char *msgid,
			      struct store_decision *d);
/* The open token of a message (*token: caller frees): 1, 0 none, -1. */
int store_decision_open_token(struct store *st, int64_t message, char **token);
/* Marks a decision used: 1 done, 0 used before, -1 error. */
int store_decision_use(struct store *st, int64_t id, const char *at, int64_t by,
		       const char *how);
/* A part of the open transaction that can be undone alone: everything
 * after store_savepoint is kept by store_savepoint_release or undone by
 * store_savepoint_rollback (which ends the savepoint too).  One at a
 * time. */
int store_savepoint(struct store *st);
int store_savepoint_release(struct store *st);
int store_savepoint_rollback(struct store *st);
/* One message's part of a transaction that holds a batch of them (group
 * commit, process.h): the same, under a name of its own, so a message's
 * own store_savepoint nests inside.  store_message_undo fails when the
 * transaction is no longer open (SQLite rolled all of it back). */
int store_message_mark(struct store *st);
int store_message_keep(struct store *st);
int store_message_undo(struct store *st);
/* 1 inside a transaction, 0 not. */
int store_in_transaction(struct store *st);

/* ---- health: how the daemon fares (regbot status, the digest) ---- */

/* Keys: "imap_ok" (value: IDLE or polling), "imap_error", "smtp_ok",
 * "smtp_error", "imap_folder".  One statement, outside any transaction
 * the caller may hold open only if it commits it.  0 ok, -1 error. */
int store_health_set(struct store *st, const char *key, const char *value,
		     const char *at);
/* 1 found (*value and *at: caller frees), 0 none, -1 error. */
int store_health_get(struct store *st, const char *key, char **value,
		     char **at);

struct store_health {
	long out_pending, out_failed;
	/* the oldest mail still to be sent (all NULL when none) */
	char *oldest_kind, *oldest_rcpt, *oldest_created, *oldest_error,
	    *oldest_next;
	long oldest_attempts;
	long set_aside;	      /* messages set aside for a person */
	char *last_set_aside; /* when the newest was */
};
/* 0 ok (clear *h after), -1 error. */
int store_health_summary(struct store *st, struct store_health *h);
void store_health_clear(struct store_health *h);

/* ---- bounces (migration 9) ----
 * A report that one of the robot's mails did not arrive (bounce.h), as
 * recorded by bouncelog.c: which outgoing mail and registration it was
 * matched to, and the addresses that count as failing (two permanent
 * failures of the robot's mail). */

/* An outgoing mail found by its Message-ID. */
struct store_sent {
	int64_t id;	 /* outbox id */
	int64_t reg;	 /* its registration, 0 for none */
	int64_t message; /* the mail it answered, 0 for none */
	char *kind, *rcpt;
	char *data; /* the mail as sent (NUL-terminated), or NULL */
	size_t len;
};
void store_sent_clear(struct store_sent *s);
/* message_id as in the header ("<id>").  1 found (clear *out), 0 none,
 * -1 error. */
int store_outbox_by_message_id(struct store *st, const char *message_id,
			       struct store_sent *out);

struct store_bounce {
	int64_t message, reg, outbox; /* reg and outbox 0 when unknown */
	const char *at;
	const char *address; /* the address that failed, or NULL */
	int permanent, delayed;
	const char *status, *diagnostic; /* may be NULL */
	const char *returned_id;	 /* the returned Message-ID */
	const char *returned_kind;	 /* the outbox kind, when matched */
};
int store_bounce_add(struct store *st, const struct store_bounce *b);
/* Mails of the robot to `address` that failed permanently, each counted
 * once; -1 on error. */
long store_bounce_failures(struct store *st, const char *address);
/* All bounces recorded for `address`, and the permanent ones. */
int store_bounce_counts(struct store *st, const char *address, long *total,
			long *permanent);
/* A bounce as the digest lists it (borrowed for the call). */
struct store_bounce_row {
	const char *at, *address, *status, *diagnostic, *returned_kind;
	int permanent, delayed;
	int matched;		 /* to a mail of the robot or a registration */
	int64_t reg;		 /* 0 for none */
	const char *code, *name; /* the registration's, or NULL */
	const char *from_addr, *subject; /* of the report itself */
};
typedef int (*store_bounce_fn)(const struct store_bounce_row *b, void *arg);
/* Bounces of the mails whose audit entry ("bounce", "bounce-unmatched")
 * has after < id <= upto, in order. */
int store_bounce_since(struct store *st, int64_t after, int64_t upto,
		       store_bounce_fn fn, void *arg);

struct store_failing {
	char *address, *since; /* since: when it was marked */
	long failures;	       /* permanent failures counted */
	char *status, *diagnostic;
};
void store_failing_clear(struct store_failing *f);
/* Marks an address failing (since is kept from the first time) or
 * updates its count and last reason. */
int store_failing_mark(struct store *st, const char *address, const char *since,
		       long failures, const char *status,
		       const char *diagnostic);
/* 1 failing (*f filled; clear it), 0 not, -1 error. */
int store_failing_get(struct store *st, const char *address,
		      struct store_failing *f);
/* The failing addresses of registrations not cancelled, with the
 * registration's code and name (all borrowed for the call). */
typedef int (*store_failing_fn)(const struct store_failing *f, const char *code,
				const char *name, void *arg);
int store_failing_each(struct store *st, store_failing_fn fn, void *arg);
/* ---- the organiser's tools: undo, attendance, purge ---- */

/* The newest outbox id; 0 when the outbox is empty, -1 on error. */
int64_t store_outbox_last_id(struct store *st);
/* An outbox row without its text; strings borrowed for the call. */
struct store_outbox_row {
	int64_t id, reg; /* reg 0: about no registration */
	const char *key, *kind, *rcpt, *status, *created_at, *sent_at;
	long attempts, uncertain;
};
typedef int (*store_outbox_row_fn)(const struct store_outbox_row *o, void *arg);
/* Rows with after < id <= upto (upto 0: no bound), of registration reg
 * (0: any), oldest first; fn returns 0 to go on. */
int store_outbox_rows(struct store *st, int64_t reg, int64_t after,
		      int64_t upto, store_outbox_row_fn fn, void *arg);
int store_outbox_delete(struct store *st, int64_t id);
/* 1 when an item has this key (*status: caller frees), 0 none, -1. */
int store_outbox_key_status(struct store *st, const char *key, char **status);
/* Mails sent at or after `since`; -1 on error. */
long store_outbox_sent_since(struct store *st, const char *since);

/* A calendar_sent row, borrowed for the call. */
struct store_calendar_row {
	int day, sequence;
	const char *uid, *fingerprint, *method, *outbox_key, *sent_at;
};
typedef int (*store_calendar_fn)(const struct store_calendar_row *c, void *arg);
int store_calendar_each(struct store *st, int64_t reg, store_calendar_fn fn,
			void *arg);
/* Forgets every calendar entry sent to a registration. */
int store_calendar_forget(struct store *st, int64_t reg);

/* An organiser's change as undo.c records it (migration 10). */
struct store_undo {
	int64_t id;
	char *at, *tag, *command;
	int64_t reg; /* the registration the command named */
	int64_t outbox_after, outbox_upto; /* the mails it queued */
	char *snapshot;			   /* JSON, undo.c's */
	char *undone_at;
};
void store_undo_clear(struct store_undo *u);
/* Sets u->id. */
int store_undo_add(struct store *st, struct store_undo *u);
/* The newest change of reg not undone: 1 (clear *u), 0 none, -1. */
int store_undo_last(struct store *st, int64_t reg, struct store_undo *u);
int store_undo_done(struct store *st, int64_t id, const char *at);

/* Who came on which course day.  add: 1 recorded, 0 recorded before;
 * remove: 1 removed, 0 there was nothing; -1 on error. */
int store_attendance_add(struct store *st, int64_t reg, int day,
			 const char *at);
int store_attendance_remove(struct store *st, int64_t reg, int day);
typedef int (*store_attendance_fn)(int64_t reg, int day, const char *at,
				   void *arg);
/* Every record, by registration and day. */
int store_attendance_each(struct store *st, store_attendance_fn fn, void *arg);

/* regbot purge: the amount a registration is billed, kept with it. */
int store_reg_keep_amount(struct store *st, int64_t id, long cents);
/* What the purge changed, in rows. */
struct store_purge {
	long names, emails, phones, diets, roles, organisations;
	long registrations; /* newly marked purged */
	long messages, outbox, audit, undo, health;
	long bounces, failing; /* bounce details cleared, failing marks */
	long decisions;	       /* decisions by mail: sender, text, people */
};
/* Removes the personal data in the caller's transaction: registrations
 * keep code, pool, status, times, and, where amount_cents > 0, name,
 * organisation and invoice address and reference; the e-mail address
 * becomes CODE@purged.invalid; messages keep their key and times;
 * outbox rows lose text, recipient and key (pending ones are failed);
 * audit details keep who acted; undo records and health errors go;
 * bounces lose address and text, failing-address marks go.
 * Raw copies are the caller's (store_raw_expired/store_raw_forget).
 * Repeating it changes nothing more. */
int store_purge(struct store *st, const char *now, struct store_purge *n);
/* From now on what is deleted or overwritten is zeroed in the file
 * (PRAGMA secure_delete), not left in free pages.  Outside a
 * transaction.  0 ok, -1. */
int store_secure_delete(struct store *st);
/* Writes the WAL into the database and truncates it, so no older page
 * stays in the -wal file.  0 done, 1 another connection kept part of it
 * (try again later), -1 on error. */
int store_checkpoint(struct store *st);

/* Every prepared statement's SQL and its query plan (EXPLAIN QUERY
 * PLAN's lines), for the test that no per-message lookup scans a table.
 * 0 ok, -1 on error. */
typedef void (*store_plan_fn)(const char *sql, const char *plan, void *arg);
int store_query_plans(struct store *st, store_plan_fn fn, void *arg);

#endif
