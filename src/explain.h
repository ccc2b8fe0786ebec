/*
 * explain — `regbot explain [FILE]`: how the robot reads one mail, without
 * acting on it: whether a machine sent it, the language, the reference
 * code and where it was found, the writer's own lines with their kinds,
 * which of the robot's own mails it answers (by In-Reply-To and
 * References, looked up in the store when there is one), the people
 * read, the intent with its confidence and evidence, and what the robot
 * would do.  Changes nothing.
 */
#ifndef REGBOT_EXPLAIN_H
#define REGBOT_EXPLAIN_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "store.h"

/* Writes the explanation of raw[0..len) to out; st (may be NULL: not
 * looked up) is only read.  Returns 0. */
int explain_message(const struct config *cfg, struct store *st, const char *raw,
		    size_t len, FILE *out);

#endif
