/*
 * compose — build an outgoing RFC 5322 message from a rendered reply.
 * Pure: no I/O; the clock and the message id come in as arguments.
 *
 * The rendered template text is a header block ("Subject: ..." and
 * optionally "Reply-To: ..."), a blank line, then the body.  Every value
 * that reaches a header is cleaned of CR, LF, NUL and other control
 * characters first and RFC 2047-encoded (UTF-8, Q or B) when it is not
 * plain ASCII, so mail-fed data can never add a header.  The body is UTF-8
 * text/plain; quoted-printable when it has 8-bit data or long lines.
 *
 * Structure: text/plain alone; with an HTML alternative,
 * multipart/alternative (text/plain, text/html); with attachments,
 * multipart/mixed around either, attachments base64.
 */
#ifndef REGBOT_COMPOSE_H
#define REGBOT_COMPOSE_H

#include <stddef.h>
#include <time.h>

#include "util.h"

struct compose_attachment {
	const char *content_type; /* e.g. "text/calendar; method=PUBLISH" */
	const char *filename;	  /* ASCII */
	const char *data;
	size_t len;
};

struct compose_msg {
	const char *from_name; /* display name, UTF-8, may be NULL */
	const char *from_addr; /* addr-spec */
	const char *to_name;
	const char *to_addr;
	const char *reply_to;	    /* full address or NULL */
	const char *message_id;	    /* without <>, e.g. "confirm.17@host" */
	const char *in_reply_to;    /* msg-id with <> as received, or NULL */
	const char *references;	    /* as received, or NULL */
	const char *auto_submitted; /* "auto-replied" or "auto-generated" */
	const char *kind;	    /* X-Regbot-Kind */
	time_t date;
	int utc_offset_min;   /* of the event's timezone at `date` */
	const char *rendered; /* template output: headers, blank, body */
	const char *html;     /* optional HTML alternative of the body
				 (a complete document, UTF-8) */
	const struct compose_attachment *att; /* optional */
	size_t natt;
};

/* Builds the message with CRLF line endings, appending it to out.
 * Returns 0, or -1 with *err (caller frees; err may be NULL) and out left
 * as it was, when the rendered text has no Subject, a header the template
 * may not set or an invalid Reply-To (the message names the line), or
 * when an argument is unusable: from/to not a plain addr-spec, message id
 * not "left@right", kind or auto_submitted not one keyword, an attachment
 * without "type/subtype", a date out of range, or a message larger than
 * out->max.  A Reply-To in the rendered text wins over m->reply_to;
 * auto_submitted NULL means "auto-replied".  The same input gives the
 * same bytes. */
int compose_build(const struct compose_msg *m, struct buf *out, char **err);

/* RFC 2047 encoding of one unstructured header value (UTF-8 in), folded
 * for a header whose name takes `used` columns ("Subject: " is 9).  The
 * result has no leading space.  Caller frees; NULL in, NULL out. */
char *compose_encode_words(const char *utf8, size_t used);
/* A mailbox "Name <addr>" with the name quoted or encoded as needed,
 * folded for the longest address header ("Reply-To: "); just "addr" when
 * the name is NULL or blank.  NULL when addr is not a plain addr-spec.
 * Caller frees. */
char *compose_address(const char *name, const char *addr);
/* RFC 5322 date "Tue, 01 Jun 2010 09:45:00 +0200", by arithmetic alone
 * (no TZ, no localtime).  NULL when the offset is not within +-23:59 or
 * the year would leave 1..9999.  Caller frees. */
char *compose_date(time_t t, int utc_offset_min);
/* Replaces CR, LF, tab and other control characters by spaces and
 * invalid UTF-8 by U+FFFD, collapses runs of white space and trims.
 * Caller frees; NULL in, NULL out. */
char *compose_clean_header_text(const char *s);

#endif
