/*
 * explain — `regbot explain [FILE]`: how the robot reads one mail, without
 * acting on it: whether a machine sent it, the language, the reference
 * code and where it was found, the writer's own lines with their kinds,
 * the people read, the intent with its confidence and evidence, and what
 * the robot would do.  Reads nothing from the store and changes nothing.
 */
#ifndef REGBOT_EXPLAIN_H
#define REGBOT_EXPLAIN_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"

/* Writes the explanation of raw[0..len) to out.  Returns 0. */
int explain_message(const struct config *cfg, const char *raw, size_t len,
		    FILE *out);

#endif
