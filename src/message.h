/*
 * message — one RFC 5322 message turned into what the robot reads: the
 * decoded headers it needs and the body as UTF-8 text.  No I/O: libetpan's
 * MIME parser does the structure; charsets are converted here, once.
 *
 * Every string in struct message is owned by it (message_free), valid
 * UTF-8 and NUL-free; header values are single-line.  NULL when absent.
 */
#ifndef REGBOT_MESSAGE_H
#define REGBOT_MESSAGE_H

#include <stddef.h>

struct message_limits {
	size_t max_size; /* bytes of the raw message */
	int max_depth;	 /* MIME nesting */
	int max_parts;
};

struct message {
	char *message_id; /* "<id@host>" as received */
	char *in_reply_to, *references;
	char *from_name, *from_addr;
	char *reply_to_addr;
	char *subject; /* decoded */
	char *date;
	char *return_path; /* "" for the null sender <> */
	char *auto_submitted, *precedence, *list_id, *x_loop;
	int x_autoreply;    /* X-Autoreply / X-Autorespond present */
	int is_report;	    /* multipart/report (bounces, MDN, ARF) */
	char *text;	    /* body text, UTF-8, LF line ends */
	int text_from_html; /* 1 when text came from an HTML part */
	int attachments;    /* parts that are neither text nor report */
	char *set_aside;    /* why the message is not parsed, or NULL */
	/* Added with issue 3 (appended, so older initialisers still fit). */
	char *attachment_names; /* decoded file names ("; "-joined), or NULL */
	int forwarded;		/* a message/rfc822 part was rendered into
				   text as an inline forward (see below) */
	const char *robot_header; /* another header only machines send
				     (X-Failed-Recipients, List-Unsubscribe,
				     Precedence: auto_reply ...): its name,
				     static; NULL when none */
	int calendar_reply;	  /* a text/calendar part with an attendee's
				     METHOD (REPLY, COUNTER, REFRESH): a
				     calendar program's accept, decline or
				     proposal of a new time */
	const char *spam;	  /* the site's spam filter marked it
				     ("X-Spam-Flag: YES", static), or NULL */
	char *other_text;	  /* the text/plain alternative that was not
				     chosen when the HTML one was (its table),
				     or NULL: a reader may quote either */
};

/* Parses raw bytes.  Never fails on content: a message past the limits or
 * one libetpan cannot parse gets m->set_aside set.  Returns 0; -1 only on
 * invalid arguments.
 *
 * The text is what a reader sees: in multipart/alternative text/plain is
 * preferred, except when only the HTML keeps a table of several columns;
 * inline text parts of a mixed message are joined in order; HTML becomes
 * lines (table rows are lines with cells separated by TAB, list items
 * start with "- " or "N. ", <blockquote> lines start with "> ");
 * format=flowed is unwrapped.  An attached message (message/rfc822, a
 * forward as attachment) is appended as
 *
 *     -------- Forwarded message --------
 *     From: NAME <ADDRESS>
 *     Subject: ...
 *     Date: ...
 *
 *     its text
 *
 * the way mail clients write an inline forward, and m->forwarded is set. */
int message_parse(const char *raw, size_t len, const struct message_limits *lim,
		  struct message *m);
void message_free(struct message *m);

/* Decodes an RFC 2047 header value to UTF-8; caller frees. */
char *message_decode_header(const char *value);

/* Converts bytes in `charset` to valid UTF-8 (unknown charsets are read as
 * windows-1252, invalid sequences become U+FFFD); caller frees. */
char *message_to_utf8(const char *data, size_t len, const char *charset);

#endif
