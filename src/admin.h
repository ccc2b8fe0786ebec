/*
 * admin — the organiser's commands: show, log, cancel, substitute,
 * promote, move, add, invoices.  Each change is one transaction with its
 * audit entries and the mails it causes, exactly as a change by mail.
 */
#ifndef REGBOT_ADMIN_H
#define REGBOT_ADMIN_H

#include <time.h>

#include "process.h"

/* argv[0] is the command name.  Returns an exit status (0, 1, 2). */
int admin_command(struct robot *rb, int argc, char **argv, time_t now);

/* What a registration is billed, in cents: the pool's fee for a seat or
 * a cancellation after the deadline (fee_due), else 0; once purged, the
 * amount the purge kept. */
long admin_bill_amount(const struct config *cfg, const struct reg *r);

/* 1 when `name` is one of the organiser commands. */
int admin_is_command(const char *name);

#endif
