/*
 * fuzz_bounce — libFuzzer target: raw bytes through message_parse and
 * bounce_parse, the reading of a delivery report.
 *
 * Besides the sanitizers' findings it aborts when a promise bouncelog.c
 * and the digest rely on is broken: a report that is no bounce has no
 * recipients and no format; a bounce has 1 to BOUNCE_MAX_RCPT
 * recipients; every string is valid UTF-8, and single-line where it
 * goes into the audit log or the digest (addresses, status, diagnostic,
 * the returned Message-ID and Subject); a diagnostic is at most
 * BOUNCE_DIAG_MAX bytes; a status is "4.x.x" or "5.x.x"; a code found is
 * a code.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bounce.h"
#include "fuzz_check.h"
#include "message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *s, int single_line)
{
	if (s && !utf8_ok(s, single_line))
		abort();
}

static void
check_status(const char *s)
{
	if (s == NULL)
		return;
	if ((s[0] != '4' && s[0] != '5') || s[1] != '.')
		abort();
	for (const char *p = s + 2; *p; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct message_limits lim = {1 << 20, 20, 200};
	struct message m;
	if (message_parse((const char *)data, size, &lim, &m) != 0)
		abort();
	struct bounce b;
	if (bounce_parse((const char *)data, size, &m, &b) != 0)
		abort();
	if (bounce_kind_name(b.kind) == NULL)
		abort();
	if (b.kind == BOUNCE_NONE) {
		if (b.nrcpt != 0 || b.format || b.notice || b.returned_id)
			abort();
	} else {
		if (b.nrcpt < 1 || b.nrcpt > BOUNCE_MAX_RCPT || !b.format ||
		    !b.notice)
			abort();
		int perm = 0;
		for (size_t i = 0; i < b.nrcpt; i++) {
			const struct bounce_rcpt *r = &b.rcpt[i];
			check(r->address, 1);
			check(r->final, 1);
			check(r->diagnostic, 1);
			check_status(r->status);
			if (r->diagnostic &&
			    strlen(r->diagnostic) > BOUNCE_DIAG_MAX)
				abort();
			if (r->delayed && r->permanent)
				abort();
			perm |= r->permanent;
		}
		if ((b.kind == BOUNCE_PERMANENT) != perm)
			abort();
	}
	check(b.reporting_mta, 1);
	check(b.returned_id, 1);
	check(b.returned_subject, 1);
	check(b.returned_text, 0);
	check(b.notice, 0);
	char *code = bounce_code(&b);
	if (code && strlen(code) != 11)
		abort();
	free(code);
	bounce_free(&b);
	message_free(&m);
	return 0;
}
