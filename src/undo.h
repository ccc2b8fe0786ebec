/*
 * undo — `regbot undo CODE` reverts a registration's last change by the
 * organiser (edit, cancel, move, promote) while no mail about it has gone
 * out.
 *
 * Every organiser change made with the command line records, in its own
 * transaction, every registration row and calendar record it changed,
 * before and after (undo_snap_take before the change, undo_snap_record
 * after it), and the outbox ids of the mails it queued.  Undo puts the
 * "before" rows back and withdraws those mails, in one transaction with
 * an "undone" audit entry per registration, and only when:
 *  - each of those registrations is still exactly as the change left it
 *    (nothing by mail, the clock or another command since);
 *  - none of the change's mails was sent or perhaps delivered, and no
 *    later mail to those registrations was queued;
 *  - the seats it gives back are still free (nobody took them since);
 *  - no other process (the daemon) holds the spool while the change's
 *    mails wait to be sent: it could be sending them at that moment.
 * Otherwise it says which of these stands in the way and changes
 * nothing.  A substitution (which creates a registration) is not undone.
 * Undo itself is not undone: the organiser makes a new change.
 */
#ifndef REGBOT_UNDO_H
#define REGBOT_UNDO_H

#include <time.h>

#include "process.h"
#include "store.h"

struct undo_snap;

/* Every registration and calendar record as it is now, inside the
 * change's transaction.  NULL on a store error. */
struct undo_snap *undo_snap_take(struct store *st);
/* After the change, in the same transaction: records what it changed
 * and the mails it queued (outbox ids after the snapshot's).  0 ok, -1
 * on a store error. */
int undo_snap_record(struct undo_snap *s, struct store *st, const char *command,
		     int64_t reg, const char *tag, const char *now);
void undo_snap_free(struct undo_snap *s);

/* `regbot undo CODE`.  other_holder: who holds the spool lock when
 * another process does (NULL: this one holds it).  Returns an exit
 * status (0, 1, 2). */
int undo_command(struct robot *rb, int argc, char **argv, time_t now,
		 const char *other_holder);

/* ---- pure, for the unit tests ---- */

/* A registration's stored columns as JSON (waitlist_position, which the
 * store computes, left out).  Caller frees. */
char *undo_reg_json(const struct reg *r);
/* The reverse: 0 ok (clear *r after), -1 when json is not one. */
int undo_reg_parse(const char *json, struct reg *r);

#endif
