/*
 * fuzz_orgcmd — libFuzzer target for the organiser's command mail
 * (orgcmd_parse) and the Authentication-Results reader
 * (orgcmd_auth_failed), both fed the whole input.
 *
 * Aborts when a documented promise is broken: on valid UTF-8 input every
 * string out is valid UTF-8; sources, tokens, codes and pools are one
 * line; a token or code has its shape; an answer has text within
 * ORGCMD_ANSWER_MAX; there are at most ORGCMD_MAX_LINES + 1 results; a
 * failed check comes with its reason and a passed one without.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "orgcmd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_str(const char *s, int single_line, int must)
{
	if (s == NULL) {
		if (must)
			abort();
		return;
	}
	if (!utf8_ok(s, single_line))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 16)
		return 0;
	char *s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';

	char *why = NULL;
	int f = orgcmd_auth_failed(s, size, "example.org", &why);
	if ((f == 1) != (why != NULL) || (f != 0 && f != 1))
		abort();
	free(why);

	/* the parser gets UTF-8 from message.c; other bytes only need to
	 * come out without a crash */
	int valid = utf8_ok(s, 0);
	struct orgcmd_mail m;
	if (orgcmd_parse(s, &m) != 0)
		abort();
	if (m.n + m.nbad > ORGCMD_MAX_LINES + 1)
		abort();
	size_t nb = 0;
	for (size_t i = 0; i < m.nbad; i++) {
		nb += m.bad[i].blocking != 0;
		if (valid)
			check_str(m.bad[i].source, 1, 1);
		if (valid)
			check_str(m.bad[i].why, 1, 1);
		else if (m.bad[i].why == NULL)
			abort();
		if (strlen(m.bad[i].source) > 200 || m.bad[i].line < 1)
			abort();
	}
	if (nb != (size_t)m.nblocking)
		abort();
	for (size_t i = 0; i < m.n; i++) {
		const struct orgcmd *c = &m.cmds[i];
		if (valid)
			check_str(c->source, 1, 1);
		if (c->line < 1)
			abort();
		switch (c->verb) {
		case ORGCMD_YES:
		case ORGCMD_NO:
		case ORGCMD_CONFIRM:
			if (!orgcmd_token_shape(c->token) || c->code ||
			    c->text)
				abort();
			break;
		case ORGCMD_ANSWER:
			if (!orgcmd_token_shape(c->token) || c->text == NULL ||
			    *c->text == '\0' ||
			    strlen(c->text) > ORGCMD_ANSWER_MAX)
				abort();
			if (valid)
				check_str(c->text, 0, 1);
			break;
		case ORGCMD_CANCEL:
			if (!orgcmd_code_shape(c->code) || c->token)
				abort();
			break;
		case ORGCMD_MOVE:
			if (!orgcmd_code_shape(c->code) || c->pool == NULL ||
			    *c->pool == '\0')
				abort();
			if (valid)
				check_str(c->pool, 1, 1);
			break;
		}
	}
	if (orgcmd_has_commands(&m) != (m.n > 0 || m.nblocking > 0))
		abort();
	orgcmd_free(&m);
	free(s);
	return 0;
}
