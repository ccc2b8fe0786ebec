/*
 * csv — the one CSV writer for everything the organiser opens in a
 * spreadsheet: `regbot list --format csv`, `regbot invoices --format
 * csv`, `regbot attendance DAY --csv`, the digest's registrations and the
 * attendance lists.
 *
 * RFC 4180 quoting (a field with the separator, a quote, CR or LF is
 * quoted, a quote doubled), and formula guarding: a cell starting with =
 * + - @ TAB or CR is a formula to Excel and LibreOffice (OWASP "CSV
 * injection"), and the data comes from mail anyone can send, so such a
 * cell gets a leading apostrophe.  A plain number ("-5", "+31 36 539
 * 9090": sign, digits, spaces, dots) cannot run anything and is left as
 * it is.
 *
 * Two styles.  CSV_PLAIN is for scripts: comma-separated, the column keys
 * as headers, LF line ends.  CSV_EXCEL (`--excel`) is for a spreadsheet
 * opened with a double click in the Netherlands: semicolon-separated
 * (what Excel expects where the decimal sign is a comma), CRLF line ends,
 * a UTF-8 byte order mark (without it Excel reads the bytes as
 * Windows-1252 and "Zoë" comes out garbled), and headers in words, Dutch
 * where the event's language is nl.  Pure: no I/O.
 */
#ifndef REGBOT_CSV_H
#define REGBOT_CSV_H

#include "util.h"

/* 1 when the cell would be taken as a formula and needs the apostrophe. */
int csv_needs_guard(const char *s);

/* Appends one comma-separated field (NULL is empty), then `after` (","
 * between fields, the line end after the last).  -1 when the buffer's
 * maximum is hit. */
int csv_field(struct buf *b, const char *s, const char *after);

enum csv_style { CSV_PLAIN, CSV_EXCEL };

/* A column: its key (the plain header, stable for scripts) and its
 * header in words for CSV_EXCEL, in English and in Dutch. */
struct csv_col {
	const char *key, *en, *nl;
};

struct csv {
	struct buf *b;	 /* borrowed */
	char sep;	 /* ',' or ';' */
	const char *eol; /* "\n" or "\r\n" */
	int excel, dutch;
	int col; /* fields written in the current row */
	int err; /* the buffer's maximum was hit */
};

/* Starts a CSV in b (which may hold output already).  lang: the event's
 * language (Dutch headers for "nl" with CSV_EXCEL).  CSV_EXCEL starts
 * with the byte order mark. */
void csv_start(struct csv *c, struct buf *b, enum csv_style style,
	       const char *lang);
/* One cell of the current row (NULL is empty). */
void csv_cell(struct csv *c, const char *s);
/* Ends the current row. */
void csv_row_end(struct csv *c);
/* The header row for cols (up to the one with key NULL). */
void csv_header_row(struct csv *c, const struct csv_col *cols);
/* 0, or -1 when the buffer's maximum was hit somewhere. */
int csv_error(const struct csv *c);

#endif
