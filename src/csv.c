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

/* One field, quoted where the separator sep, a quote or a line break
 * needs it, formulas defused. */
static int
put_field(struct buf *b, const char *s, char sep)
{
	s = s ? s : "";
	int guard = csv_needs_guard(s);
	char special[] = {sep, '"', '\r', '\n', '\0'};
	int r = 0;
	if (guard || strpbrk(s, special)) {
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
	return r ? -1 : 0;
}

int
csv_field(struct buf *b, const char *s, const char *after)
{
	int r = put_field(b, s, ',');
	r |= buf_adds(b, after);
	return r ? -1 : 0;
}

void
csv_start(struct csv *c, struct buf *b, enum csv_style style, const char *lang)
{
	memset(c, 0, sizeof *c);
	c->b = b;
	c->excel = style == CSV_EXCEL;
	c->sep = c->excel ? ';' : ',';
	c->eol = c->excel ? "\r\n" : "\n";
	c->dutch = c->excel && (lang == NULL || strcmp(lang, "en") != 0);
	if (c->excel && buf_adds(b, "\xef\xbb\xbf") < 0)
		c->err = 1;
}

void
csv_cell(struct csv *c, const char *s)
{
	if (c->col++ && buf_addc(c->b, c->sep) < 0)
		c->err = 1;
	if (put_field(c->b, s, c->sep) < 0)
		c->err = 1;
}

void
csv_row_end(struct csv *c)
{
	if (buf_adds(c->b, c->eol) < 0)
		c->err = 1;
	c->col = 0;
}

void
csv_header_row(struct csv *c, const struct csv_col *cols)
{
	for (const struct csv_col *k = cols; k->key; k++)
		csv_cell(c, !c->excel ? k->key : c->dutch ? k->nl : k->en);
	csv_row_end(c);
}

int
csv_error(const struct csv *c)
{
	return c->err ? -1 : 0;
}
