/*
 * stats — where a cycle's time goes, per stage (issue 12): `regbot once
 * --stats` prints it, `regbot run --verbose` logs it after each pass
 * that handled mail.  Wall-clock time from a monotonic clock, summed per
 * stage with a count of the times it ran.  Process-wide and cheap: a
 * clock read at each end of a stage.
 */
#ifndef REGBOT_STATS_H
#define REGBOT_STATS_H

#include <stdio.h>

enum stats_stage {
	STATS_FETCH,  /* IMAP: listing, FETCH of sizes and bytes */
	STATS_PARSE,  /* MIME to text, the request read from it */
	STATS_KEEP,   /* the raw copy written and synced */
	STATS_DECIDE, /* the transaction, less rendering: decide, commit */
	STATS_RENDER, /* replies rendered and composed */
	STATS_SEND,   /* the outbox over SMTP, with its records */
	STATS_MOVE,   /* IMAP: MOVE (or COPY, STORE, EXPUNGE) */
	STATS__COUNT
};

/* Seconds on the monotonic clock, to pass to stats_add. */
double stats_now(void);
/* Adds the time since `since` (from stats_now) to a stage, once. */
void stats_add(enum stats_stage s, double since);
/* Adds `secs` to a stage, once (a time measured by the caller). */
void stats_add_secs(enum stats_stage s, double secs);
/* Adds `secs` to the stage's last run, not counted again (a batch's
 * fsyncs and commit, done once for the messages that ran the stage). */
void stats_add_more(enum stats_stage s, double secs);
/* A stage's total so far, in seconds. */
double stats_total(enum stats_stage s);
/* Counts a message handled (for the per-message figures). */
void stats_message(void);
/* Messages counted since the last reset. */
long stats_messages(void);
/* Forgets everything (a new pass). */
void stats_reset(void);

/* The table: each stage's count, total, milliseconds per message and
 * share of `wall` seconds, then messages and their rate. */
void stats_print(FILE *fp, double wall);
/* One line: "N messages in W s: fetch X ms, parse Y ms, ..." (caller
 * frees). */
char *stats_line(double wall);

#endif
