/*
 * quote — how mail clients mark a quoted reply or a forwarded message,
 * described once, as data (the table of layouts in quote.c), for every
 * reader of mail text: request.c's anatomy, form.c and the organiser's
 * commands (orgcmd.c).
 *
 * A client marks the start of an older mail in one of four ways:
 *
 *   separator     a line of its own: "-----Original Message-----",
 *                 "---------- Forwarded message ---------", "Begin
 *                 forwarded message:", Outlook's rule of underscores
 *   attribution   "On <date>, <name> wrote:", "Op <datum> schreef
 *                 <naam>:", also wrapped by the client over two lines
 *   header block  Outlook's "Van: / Verzonden: / Aan: / Onderwerp:"
 *                 fields, with or without a separator above them
 *   thread        a ticket system's "##- ... above this line -##", then
 *                 entries (a name line, a date line, the text), the
 *                 newest first: every entry after the first is older
 *
 * Adding a client's layout is adding a row to that table; no reader
 * holds a list of its own.
 *
 * Pure: no state, no allocation; each call looks at one line, or at most
 * the few lines after it, and is bounded by their length.
 */
#ifndef REGBOT_QUOTE_H
#define REGBOT_QUOTE_H

#include <stddef.h>

enum quote_kind { QUOTE_NONE, QUOTE_REPLY, QUOTE_FORWARD };

/* The fields of a header block. */
enum quote_field { QF_NONE, QF_FROM, QF_DATE, QF_SUBJECT, QF_OTHER };

/* The kind of separator line s[0..n) is (leading blanks allowed), or
 * QUOTE_NONE. */
enum quote_kind quote_separator(const char *s, size_t n);

/* 1 when line s is an attribution ("... wrote:"), 2 when s and the next
 * line together are one that the client wrapped, else 0.  next may be
 * NULL. */
int quote_attribution(const char *s, size_t n, const char *next, size_t nn);

/* The header field line s starts with ("Van:", "*Sent:*", "Onderwerp:"),
 * or QF_NONE; *value (when not NULL) is set to the offset of its value. */
enum quote_field quote_header_field(const char *s, size_t n, size_t *value);

/* 1 when the line at p (the start of a line in a NUL-terminated text) is
 * a From field with a date field and a recipient or subject field among
 * the next few lines: a header block without a separator. */
int quote_header_block(const char *p);

/* 1 when s is a ticket system's line above a thread of entries ("##-
 * Typ uw antwoord boven deze regel -##", Zendesk): the mail's text is
 * then entries, the newest first, each headed by a name line and a date
 * line; only the first entry is the writer's. */
int quote_thread_marker(const char *s, size_t n);
/* 1 when s is a date with a time and nothing else ("14 apr. 2010
 * 09:20", "Apr 14, 2010, 9:20 AM", "2010-04-14 09:20"). */
int quote_date_line(const char *s, size_t n);
/* 1 when s is an entry's name line: short, and `next` (the next line
 * that is not blank, or NULL) is a date line. */
int quote_thread_entry(const char *s, size_t n, const char *next, size_t nn);
/* The client a separator or attribution line is typical of ("Outlook",
 * "Gmail", ...), for the explanation of a reading; NULL when none. */
const char *quote_client(const char *s, size_t n);

#endif
