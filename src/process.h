/*
 * process — one incoming message, from raw bytes to a committed decision.
 *
 * The message is parsed, classified and decided; its record, the
 * registrations it changes, the audit entries and every reply it causes
 * are written in one SQLite transaction (the transactional outbox).  A raw
 * copy is kept in the spool first.  Processing a message twice (same
 * Message-ID and body, or same bytes when it has no Message-ID) changes
 * nothing; a different mail reusing a Message-ID is processed.
 */
#ifndef REGBOT_PROCESS_H
#define REGBOT_PROCESS_H

#include <stdint.h>
#include <time.h>

#include "config.h"
#include "store.h"

struct robot {
	const struct config *cfg;
	struct store *st;
};

struct source {
	int64_t uidvalidity, uid; /* 0 for a message from a file */
	time_t received;	  /* INTERNALDATE, or now */
	size_t size;		  /* the full size when only the header
				     was fetched (over the limit), else 0 */
};

enum process_result {
	PROCESS_DONE,  /* decided and committed now */
	PROCESS_KNOWN, /* processed before: nothing changed */
	PROCESS_RETRY  /* temporary failure: keep the input, try later */
};

enum process_result process_message(struct robot *rb, const char *raw,
				    size_t len, const struct source *src);

struct message;
/* The robot's own mail that m answers: the newest message identifier of
 * In-Reply-To, then of References, that the outbox knows.  It is found
 * by the identifiers the robot gave its mail, never by the wording of a
 * quote.  1 found (*out filled: store_sent_clear), 0 none, -1 error. */
int process_find_answered(struct store *st, const struct message *m,
			  struct store_sent *out);
/* The decoded text of the robot's own mail that m answers (as
 * process_find_answered finds it), for request_context.prior; NULL when
 * there is none, it was purged, or the store could not say. */
char *process_answered_text(struct store *st, const struct message *m);

/* The configured course as the reading knows it (judge.h): the event's
 * title and the robot's sender name, the course days and the dates of
 * its rules (registration window, free cancellation, limit per
 * organisation).  Its strings are the configuration's. */
struct judge_course;
struct config;
void process_course(const struct config *cfg, struct judge_course *out);

/* request_read_ctx as processing reads a mail: with the configured
 * robot, organiser, language and course, and the text of the robot's own
 * mail it answers (st may be NULL: none is looked up). */
struct request;
void process_read(const struct config *cfg, struct store *st,
		  const struct message *m, struct request *rq);

/* Group commit, for a batch of fetched mail (issue 12): after
 * process_group_begin, process_message writes each raw copy without
 * syncing it and decides each message in a savepoint of one open
 * transaction (a message that fails is undone alone).  PROCESS_DONE then
 * means "decided", not yet committed.  process_group_commit syncs the
 * raw copies, then commits the batch: one fsync for its decisions and
 * their outbox rows instead of three per message.  Until it returns 0
 * nothing of the batch is durable, so nothing of it may be filed away
 * or sent; -1 (the store, the disk) rolls all of it back, and every
 * message of the batch is processed again later.  process_group_end
 * commits what is left and ends group mode. */
void process_group_begin(void);
int process_group_commit(struct robot *rb);
int process_group_end(struct robot *rb);

/* Time-driven changes in their own transaction: expired seat offers pass
 * on, released seats are filled.  0 ok, -1 on a store error. */
int process_tick(struct robot *rb, time_t now);

#endif
