/*
 * preview — `regbot preview KIND [--lang nl|en] [--raw] [--set NAME=VALUE]`
 * shows a reply exactly as the robot would send it, filled with neutral
 * sample data ("Voorbeeld Deelnemer", addresses at example.org), so whoever
 * edits a template sees the result before any participant does.  The
 * message is built by the real path (reply_build); by default it is then
 * printed decoded: headers with their encoded words decoded, every part's
 * own header lines, and each part's content decoded from quoted-printable
 * or base64.  --raw prints the bytes as they would go to the SMTP server.
 *
 * The same sample data make the golden files in tests/golden/.
 */
#ifndef REGBOT_PREVIEW_H
#define REGBOT_PREVIEW_H

#include <stdio.h>
#include <time.h>

#include "config.h"
#include "reply.h"
#include "tmpl.h"
#include "util.h"

/* The command: argv[0] is "preview".  Writes to out, errors to stderr.
 * Returns the exit status: 0 ok, 1 when the reply cannot be built (a
 * template error, said on stderr), 2 on bad usage. */
int preview_run(const struct config *cfg, int argc, char **argv, time_t now,
		FILE *out);

/* A sample reply of `kind` in `lang`: reply points into the struct
 * (vars, key, calendar), ready for reply_build. */
struct preview_sample {
	struct reply reply;
	struct tmpl_value *vars; /* owned */
	char *key;		 /* owned */
};
/* 0 ok; -1 with *err (caller frees) when kind is not a reply kind or lang
 * is not "nl" or "en".  Free with preview_sample_free either way. */
int preview_sample(const struct config *cfg, const char *kind, const char *lang,
		   time_t now, struct preview_sample *out, char **err);
void preview_sample_free(struct preview_sample *s);

/* Writes msg (a complete RFC 5322 message) decoded, as described above.
 * 0 ok, -1 with *err when libetpan cannot parse it. */
int preview_decode(const char *msg, size_t len, FILE *out, char **err);

#endif
