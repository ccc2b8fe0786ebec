/*
 * csv — the one CSV field writer for everything the organiser opens in a
 * spreadsheet: `regbot list --format csv`, `regbot invoices --format
 * csv`, the digest's registrations and the attendance lists.
 *
 * RFC 4180 quoting (a field with a comma, quote, CR or LF is quoted, a
 * quote doubled), and formula guarding: a cell starting with = + - @ TAB
 * or CR is a formula to Excel and LibreOffice (OWASP "CSV injection"), and
 * the data comes from mail anyone can send, so such a cell gets a leading
 * apostrophe.  A plain number ("-5", "+31 36 539 9090": sign, digits,
 * spaces, dots) cannot run anything and is left as it is.  Pure: no I/O.
 */
#ifndef REGBOT_CSV_H
#define REGBOT_CSV_H

#include "util.h"

/* 1 when the cell would be taken as a formula and needs the apostrophe. */
int csv_needs_guard(const char *s);

/* Appends one field (NULL is empty), then `after` ("," between fields,
 * the line end after the last).  -1 when the buffer's maximum is hit. */
int csv_field(struct buf *b, const char *s, const char *after);

#endif
