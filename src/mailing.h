/*
 * mailing — `regbot mail --to confirmed|waitlisted|all --template NAME
 * [--send]`: a one-off message to the participants (a room change, a
 * changed speaker), written by the organiser as templates/<lang>/NAME.txt
 * (and optionally NAME.html) with the same variables as a confirmation.
 *
 * Without --send it only shows what would happen: how many get it, how
 * many had this very text before, and the first message decoded.  With
 * --send the messages are queued in the outbox in one transaction (with
 * an audit entry per registration) and go out like every other mail:
 * retried, backed off, and paced by the outbox's limit per hour.  The
 * outbox key is the template name, a hash of its text and the recipient,
 * so running the same command again sends nothing twice, while a
 * corrected text goes out again.  Messages carry X-Regbot-Kind:
 * announcement and Auto-Submitted: auto-generated.
 */
#ifndef REGBOT_MAILING_H
#define REGBOT_MAILING_H

#include <time.h>

#include "process.h"

/* argv[0] is "mail".  Returns an exit status (0, 1, 2); *queued is the
 * number of messages added to the outbox. */
int mailing_command(struct robot *rb, int argc, char **argv, time_t now,
		    long *queued);

/* 1 when NAME may name a one-off template: letters, digits, '-' and '_'
 * (starting with a letter or digit, at most 64), and not the name of a
 * reply kind or a scheduled kind. */
int mailing_name_ok(const char *name);

#endif
