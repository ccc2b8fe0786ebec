/*
 * purge — `regbot purge [--dry-run] [--force]`: the personal data goes
 * once the course is over and purge_after_days (default 365) have passed
 * since its last day (AVG/GDPR: kept no longer than needed).
 *
 * What stays is what the invoices need: for a registration that is
 * billed, its code, name, organisation, invoice address and reference and
 * the amount (kept with it, so a later change of the configuration does
 * not change an old invoice); for every registration its code, pool,
 * status and times.  What goes: e-mail addresses (they become
 * CODE@purged.invalid), phone numbers, dietary wishes, functions, the
 * names and organisations of those not billed, every message's sender,
 * subject and Message-ID, every raw copy in SPOOL/raw/, the text,
 * recipient and key of every outbox mail (an unsent one is not sent),
 * the free text of the audit log (who acted stays), the undo records and
 * the last SMTP and IMAP errors.  SQLite's secure_delete zeroes what is
 * removed, and the WAL is checkpointed and truncated afterwards, so the
 * data is not left in free pages.  The purge itself is an audit entry
 * (counts only).  Running it again removes what came since.
 *
 * Before the date it refuses and says when it becomes possible.
 * --force moves the date forward, but never before the course is over
 * (the day after its last day): a purge during the course would end it.
 * --dry-run does all of it in a transaction that is rolled back, and
 * lists what it would remove.
 */
#ifndef REGBOT_PURGE_H
#define REGBOT_PURGE_H

#include <time.h>

#include "config.h"
#include "process.h"

/* argv[0] is "purge".  own_lock: this process holds the spool lock (so
 * raw files no record names, left by a crash, may go too).  Returns an
 * exit status (0, 1, 2). */
int purge_command(struct robot *rb, int argc, char **argv, time_t now,
		  int own_lock);

/* ---- pure ---- */

/* The dates that govern a purge, as local dates YYYY-MM-DD: the last
 * course day, the first day after the course (over) and the first day
 * the retention allows (from: last + purge_after_days, never before
 * over).  -1 when there are no course days. */
int purge_dates(const struct config *cfg, char last[11], char over[11],
		char from[11]);
/* date + days into out (YYYY-MM-DD); -1 for a bad date. */
int purge_add_days(const char *date, long days, char out[11]);

#endif
