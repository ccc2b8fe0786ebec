/*
 * mailbox — the IMAP side (libetpan): connect with verified TLS, find new
 * messages by UID, fetch them with BODY.PEEK[] (\Seen is never relied on
 * or changed), hand each to a handler, and move it to the processed folder
 * only after the handler committed its result.  IDLE when the server has
 * it, polling otherwise.
 */
#ifndef REGBOT_MAILBOX_H
#define REGBOT_MAILBOX_H

#include <signal.h>
#include <stdint.h>

#include "config.h"
#include "process.h"

struct mailbox;

struct mailbox_handler {
	/* 1 when (uidvalidity, uid) was processed before, 0 not, -1 error */
	int (*known)(int64_t uidvalidity, int64_t uid, void *arg);
	enum process_result (*process)(const char *raw, size_t len,
				       const struct source *src, void *arg);
	void *arg;
	/* Where attempts on troubled messages are counted across runs
	 * (table mailbox_trouble); NULL counts nothing. */
	struct store *st;
	/* Makes the batch's PROCESS_DONE durable before it is filed (group
	 * commit, process.h): 0, or -1 when none of them is; NULL when
	 * process commits each message itself. */
	int (*commit)(void *arg);
};

/* A flag (set by a signal handler) that makes every IMAP call give up
 * within about a second: a stalled server cannot delay a stop. */
void mailbox_set_stop(volatile sig_atomic_t *stop);

/* Connects, checks the certificate, logs in, reads the personal namespace
 * (RFC 2342), resolves the processed folder in it (logged once), LISTs it
 * and creates it when missing, and selects the mailbox.  Every IMAP call
 * ends within REGBOT_IMAP_TIMEOUT (default 60) seconds of server silence,
 * at a closed connection, or when the stop flag is set.  0 ok; -1 with
 * *err (caller frees) on a failure worth a retry later; -2 with *err when
 * the server refuses to create the processed folder: a configuration
 * problem, no message was touched. */
int mailbox_open(const struct config *cfg, struct mailbox **out, char **err);
void mailbox_close(struct mailbox *mb);

/* Processes every message in the mailbox, oldest UID first, in batches
 * (50, up to 500 in a large mailbox):
 * one FETCH of the batch's sizes and dates, FETCHes of their bytes (a
 * bounded amount each), one commit per message, then one MOVE of the
 * batch's committed messages.  Sets *done to the number handled.  A
 * message that cannot be fetched, processed (the handler asked for a
 * retry) or moved is recorded in h->st with a backoff and the pass goes
 * on with the next (a set the server refuses is retried one message at a
 * time); after 5 failed fetch/process attempts it is quarantined (left
 * in the mailbox, skipped, logged).  A handled message whose move fails
 * stays known and only its move is retried.  0 ok (also when stopped);
 * -1 with *err when the connection broke (reconnect) or the store
 * failed. */
int mailbox_process(struct mailbox *mb, const struct mailbox_handler *h,
		    int *done, char **err);

/* Waits until new mail may be there, `timeout` seconds pass or *stop is
 * set: IDLE when offered, else sleeps poll_interval.  1 woke for mail, 0
 * timeout or stop, -1 with *err on connection trouble. */
int mailbox_wait(struct mailbox *mb, long timeout, volatile sig_atomic_t *stop,
		 char **err);
int mailbox_has_idle(const struct mailbox *mb);

/* The processed folder as chosen after login (borrowed until close). */
const char *mailbox_folder(const struct mailbox *mb);
/* Capabilities used, namespace and folder, one per line; caller frees. */
char *mailbox_describe(const struct mailbox *mb);

/* The folder for `processed = name` in a personal namespace with PREFIX
 * and separator SEP (0 unknown): a name starting with the prefix or
 * containing the separator is used as written, else it goes under the
 * prefix.  *folder and *why (how it was chosen) are for the caller to
 * free.  Returns 1 when the prefix was added, else 0. */
int mailbox_resolve_folder(const char *name, const char *prefix, char sep,
			   char **folder, char **why);

#endif
