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
};

/* Connects, checks the certificate, logs in, selects the mailbox and
 * creates the processed folder when missing.  0 ok; -1 with *err (caller
 * frees) on failure, which is always worth a retry later. */
int mailbox_open(const struct config *cfg, struct mailbox **out, char **err);
void mailbox_close(struct mailbox *mb);

/* Processes every message in the mailbox, oldest UID first.  Sets *done to
 * the number handled.  0 ok; -1 with *err on a connection or server error
 * (reconnect), or when a handler asked for a retry (stop, keep order). */
int mailbox_process(struct mailbox *mb, const struct mailbox_handler *h,
                    int *done, char **err);

/* Waits until new mail may be there, `timeout` seconds pass or *stop is
 * set: IDLE when offered, else sleeps poll_interval.  1 woke for mail, 0
 * timeout or stop, -1 with *err on connection trouble. */
int mailbox_wait(struct mailbox *mb, long timeout,
                 volatile sig_atomic_t *stop, char **err);
int mailbox_has_idle(const struct mailbox *mb);

#endif
