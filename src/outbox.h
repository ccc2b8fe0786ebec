/*
 * outbox — deliver what the store's outbox holds, in order, over one SMTP
 * connection.  Temporary failures are retried with capped, jittered
 * backoff; permanent ones are recorded and not retried; a message still
 * undelivered after OUTBOX_EXPIRY is marked failed for a human.
 */
#ifndef REGBOT_OUTBOX_H
#define REGBOT_OUTBOX_H

#include <time.h>

#include "config.h"
#include "store.h"

#define OUTBOX_EXPIRY (5 * 86400L)

struct outbox_stats {
	int sent, deferred, failed;
	int down;       /* the server was unreachable: the run stopped */
};

/* Sends every pending message due at `now`.  0 ok (see stats); -1 when
 * the store failed. */
int outbox_run(const struct config *cfg, struct store *st, time_t now,
               struct outbox_stats *stats);

/* Backoff before attempt `attempts + 1`: 1 min doubling to 1 h, +-20%
 * jitter from `rnd` (0..1). */
long outbox_backoff(long attempts, double rnd);

#endif
