/*
 * bounce — is this mail a report that a mail did not arrive, and what does
 * it say?  Reads a delivery status notification (RFC 3464: a
 * multipart/report with report-type=delivery-status and its per-recipient
 * Action, Status, Final-Recipient, Original-Recipient and Diagnostic-Code)
 * and the common plain-text bounces (Exim, qmail, Postfix and sendmail
 * without a DSN, Exchange, Domino, webmail), and finds the message that
 * came back (a message/rfc822 or text/rfc822-headers part, or the copy
 * pasted below a marker line).
 *
 * Pure: no I/O, no store.  libetpan does the MIME structure and the
 * header-field syntax of the report; message_parse reads the returned
 * message.  Every string in struct bounce is owned by it (bounce_free),
 * valid UTF-8 and NUL-free; all but returned_text and notice are single
 * lines.
 */
#ifndef REGBOT_BOUNCE_H
#define REGBOT_BOUNCE_H

#include <stddef.h>

#include "message.h"

enum bounce_kind {
	BOUNCE_NONE,	  /* not a failure report (a person's mail, a read
			     receipt, a report of successful delivery) */
	BOUNCE_PERMANENT, /* a recipient failed for good (5.x.x) */
	BOUNCE_TRANSIENT, /* only delays or temporary failures (4.x.x) */
};

#define BOUNCE_MAX_RCPT 20
#define BOUNCE_DIAG_MAX 300 /* bytes of a diagnostic kept */

struct bounce_rcpt {
	/* The address that failed, lower case: Original-Recipient when the
	 * report has one (the address the mail was sent to), else
	 * Final-Recipient, else what the text names.  NULL when unknown. */
	char *address;
	char *final;	  /* Final-Recipient when it differs, else NULL */
	char *status;	  /* "5.1.1", or NULL */
	char *diagnostic; /* the remote server's words, or NULL */
	int permanent;	  /* status 5.x.x, or a failure without a 4.x.x */
	int delayed;	  /* a delay notice: delivery is still tried */
};

struct bounce {
	enum bounce_kind kind;
	/* "dsn", or the plain-text family: "exim", "qmail", "postfix",
	 * "sendmail", "exchange", "domino", "gmail", "other".  Static. */
	const char *format;
	struct bounce_rcpt rcpt[BOUNCE_MAX_RCPT]; /* at least one when kind
						     is not BOUNCE_NONE */
	size_t nrcpt;
	char *reporting_mta; /* DSN Reporting-MTA, or NULL */
	/* The message that came back: its Message-ID ("<id>"), decoded
	 * Subject and text ("" when only its header came back).  All NULL
	 * when nothing came back. */
	char *returned_id, *returned_subject, *returned_text;
	/* The notification a person reads (without the returned copy). */
	char *notice;
};

/* Reads raw[0..len), whose top level message_parse made m (used for its
 * headers and text).  Never fails on content: anything that is not a
 * failure report is BOUNCE_NONE.  A message m set aside is BOUNCE_NONE.
 * Returns 0; -1 only on invalid arguments.  *out is filled either way;
 * bounce_free releases it. */
int bounce_parse(const char *raw, size_t len, const struct message *m,
		 struct bounce *out);
void bounce_free(struct bounce *b);

/* "permanent", "transient", "none"; NULL out of range. */
const char *bounce_kind_name(enum bounce_kind k);

/* The first reference code in what came back (its Subject, then its
 * text), else in the notification; caller frees, NULL when none. */
char *bounce_code(const struct bounce *b);

#endif
