/*
 * bouncelog — a bounce (bounce.h) applied to the store, inside the
 * caller's transaction: it is matched to the robot's mail that came back
 * (by the returned Message-ID against the outbox) and so to its
 * registration, else to a registration by the reference code in the
 * returned text; it is recorded (table bounces, an audit entry in the
 * registration's log, the digest's bounce lines), and an address whose
 * mail failed permanently twice is marked failing.
 *
 * A bounce is machine mail: it is never answered, never forwarded, and
 * never changes a seat.  One that matches nothing is recorded as
 * unmatched, for the digest.
 */
#ifndef REGBOT_BOUNCELOG_H
#define REGBOT_BOUNCELOG_H

#include "bounce.h"
#include "message.h"
#include "seats.h"

/* Records bounce b (kind not BOUNCE_NONE) carried by message m, whose
 * record is a->msg.  *outcome becomes "bounce" or "bounce-unmatched"
 * (static).  0 ok, -1 on a store error. */
int bouncelog_apply(struct act *a, const struct bounce *b,
		    const struct message *m, const char **outcome);

/* Failures of the robot's mail to one address that make it failing. */
#define BOUNCELOG_FAILING 2

#endif
