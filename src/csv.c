/*
 * csv — see csv.h.
 */
#include "csv.h"

#include <string.h>

/* A sign followed only by digits, spaces and dots: a number or a phone
 * number, which a spreadsheet reads as a value, never as a formula. */
static int
plain_number(const char *s)
{
	if (s[0] != '+' && s[0] != '-')
		return 0;
	if (s[1] == '\0')
		return 0;
	for (const char *p = s + 1; *p; p++)
		if (!((*p >= '0' && *p <= '9') || *p == ' ' || *p == '.'))
			return 0;
	return 1;
}

int
csv_needs_guard(const char *s)
{
	if (s == NULL || s[0] == '\0')
		return 0;
	if (strchr("=+-@\t\r", s[0]) == NULL)
		return 0;
	return !plain_number(s);
}

int
csv_field(struct buf *b, const char *s, const char *after)
{
	s = s ? s : "";
	int guard = csv_needs_guard(s);
	int r = 0;
	if (guard || strpbrk(s, ",\"\r\n")) {
		r |= buf_addc(b, '"');
		if (guard)
			r |= buf_addc(b, '\'');
		for (; *s; s++) {
			if (*s == '"')
				r |= buf_addc(b, '"');
			r |= buf_addc(b, *s);
		}
		r |= buf_addc(b, '"');
	} else
		r |= buf_adds(b, s);
	r |= buf_adds(b, after);
	return r ? -1 : 0;
}
