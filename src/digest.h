/*
 * digest — the robot's scheduled mails: the organiser's daily digest, the
 * reminders to confirmed participants before each course day, the
 * attendance list per course day, and the final report after the last
 * course day (the last digest with the course's totals; no digest after
 * it).  schedule.c decides what is due; this
 * module reads the store, renders the mails through reply.c and queues
 * them in the outbox, each job and its mails in one transaction with the
 * job's record (store_job_record), so nothing is sent twice, also after a
 * crash or a restart.  The dry runs (`regbot digest --print`, `regbot
 * remind --dry-run`) go through the same code and print instead of
 * queueing.
 *
 * Mails carry X-Regbot-Kind digest, reminder, attendance or final-report
 * and Auto-Submitted: auto-generated.  Outbox keys: digest:<date>,
 * reminder:<day>:<days before>:<code>, attendance:<day>, final-report.
 * The digest's health lines (status.c) are in its language, wrapped to
 * the mail's 78 columns (digest_wrap).
 *
 * The parts that only compute (classifying an audit entry, the CSV
 * writer, the bar widths) are pure and exported for the unit tests.
 * Error policy: a store or template error rolls the job back and is
 * returned (-1); the job then runs again at the next cycle.
 */
#ifndef REGBOT_DIGEST_H
#define REGBOT_DIGEST_H

#include <stdio.h>
#include <time.h>

#include "config.h"
#include "store.h"
#include "util.h"

/* Runs every job due at `now` (schedule_due with the store's records).
 * 0 ok, -1 when a job failed (logged; the others still ran). */
int digest_run_due(const struct config *cfg, struct store *st, time_t now);

/* `regbot digest --print [--raw]`: today's digest as it would go out now,
 * decoded (raw: the bytes for the SMTP server), on out.  Nothing is
 * queued or recorded.  Returns an exit status (0, 1). */
int digest_print(const struct config *cfg, struct store *st, time_t now,
		 int raw, FILE *out);

/* `regbot remind --dry-run [--full]`: the jobs due now, what each would
 * send to whom (and why not), and with full every message decoded.
 * Nothing is queued or recorded.  Returns an exit status (0, 1). */
int digest_dry_run(const struct config *cfg, struct store *st, time_t now,
		   int full, FILE *out);

/* ---- pure helpers ---- */

/* What an audit entry means for the digest's "what changed". */
enum digest_change {
	DC_NONE, /* not a change the digest lists */
	DC_NEW,	 /* a registration arrived (or was completed) */
	DC_CANCELLED,
	DC_SUBSTITUTED, /* a colleague took someone's place */
	DC_PROMOTED,	/* from the waitlist to a seat */
	DC_OFFERED,	/* a seat offered, awaiting an answer */
	DC_EXPIRED,	/* an offer ran out */
	DC_MOVED,	/* to another pool */
	DC__COUNT
};
enum digest_change digest_classify(const char *action, const char *detail);

/* Appends one CSV field (csv.h: RFC 4180 quoting, formulas defused),
 * then "," or, for the last field, CRLF. */
void digest_csv_field(struct buf *b, const char *s, int last);

/* Widths in percent (summing to 100 unless all are 0) of the bar parts
 * confirmed, offered and free, by largest remainder. */
void digest_bar(long confirmed, long offered, long free_seats, int w[3]);

/* Wraps one line of text at spaces for a mail of `width` columns: the
 * first line takes at most `first` display columns (what the template
 * leaves after its own text before the value), every following line
 * starts with `indent` and fills up to `width`.  The text's own leading
 * spaces stay; a word longer than a line stays whole.  Caller frees. */
char *digest_wrap(const char *text, size_t first, size_t width,
		  const char *indent);

#endif
