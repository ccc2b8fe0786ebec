/*
 * fuzz_header — libFuzzer target for header decoding: RFC 2047 words
 * (message_decode_header) and charset conversion (message_to_utf8) with
 * a charset label taken from the input.
 *
 * Input: "LABEL\n" then the bytes.  The label goes to message_to_utf8 as
 * the charset; the whole input, NUL-terminated, is also decoded as a
 * header value.  A decoded header must be one line of valid UTF-8 (an
 * encoded CR, LF or NUL must never come out as a line break); converted
 * text must be valid UTF-8.  Anything else aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "message.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	char *h = message_decode_header(s);
	if (h == NULL || !utf8_ok(h, 1))
		abort();
	free(h);
	const char *nl = memchr(s, '\n', size);
	size_t ll = nl ? (size_t)(nl - s) : 0;
	char *label = nl && ll < 80 ? strndup(s, ll) : NULL;
	const char *body = nl ? nl + 1 : s;
	size_t blen = size - (size_t)(body - s);
	char *u = message_to_utf8(body, blen, label);
	if (u == NULL || !utf8_ok(u, 0))
		abort();
	free(u);
	free(label);
	free(s);
	return 0;
}
