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
/* Free space the spool must have before a message goes out, on top of
 * twice its size: recording it as sent must not fail for want of room. */
#define OUTBOX_MIN_FREE (1024UL * 1024UL)

struct outbox_stats {
	int sent, deferred, failed;
	int down;      /* the server was unreachable: the run stopped */
	int uncertain; /* perhaps delivered (no reply after DATA): stopped */
	int paced;     /* max_per_hour reached: the rest waits */
};

/* Sends every pending message due at `now`.  0 ok (see stats); -1 when
 * the store failed or has no room.
 *
 * A message the server accepted but the store could not record as sent
 * is remembered in this process: nothing at all is sent again until that
 * record is written (an outbox that cannot record what it sent would
 * send the same message forever). */
int outbox_run(const struct config *cfg, struct store *st, time_t now,
	       struct outbox_stats *stats);

/* Backoff before attempt `attempts + 1`: 1 min doubling to 1 h, +-20%
 * jitter from `rnd` (0..1). */
long outbox_backoff(long attempts, double rnd);

/* Wait before retrying a message that was perhaps delivered `uncertain`
 * times already: 6 h after the first, 24 h after the second, then -1
 * (never again: marked failed for a human to check with the recipient). */
long outbox_uncertain_backoff(long uncertain);

#endif
