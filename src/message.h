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
	size_t max_size;        /* bytes of the raw message */
	int max_depth;          /* MIME nesting */
	int max_parts;
};

struct message {
	char *message_id;       /* "<id@host>" as received */
	char *in_reply_to, *references;
	char *from_name, *from_addr;
	char *reply_to_addr;
	char *subject;          /* decoded */
	char *date;
	char *return_path;      /* "" for the null sender <> */
	char *auto_submitted, *precedence, *list_id, *x_loop;
	int x_autoreply;        /* X-Autoreply / X-Autorespond present */
	int is_report;          /* multipart/report (bounces, MDN, ARF) */
	char *text;             /* body text, UTF-8, LF line ends */
	int text_from_html;     /* 1 when text came from an HTML part */
	int attachments;        /* parts that are neither text nor report */
	char *set_aside;        /* why the message is not parsed, or NULL */
};

/* Parses raw bytes.  Never fails on content: a message past the limits or
 * one libetpan cannot parse gets m->set_aside set.  Returns 0; -1 only on
 * invalid arguments. */
int message_parse(const char *raw, size_t len,
                  const struct message_limits *lim, struct message *m);
void message_free(struct message *m);

/* Decodes an RFC 2047 header value to UTF-8; caller frees. */
char *message_decode_header(const char *value);

/* Converts bytes in `charset` to valid UTF-8 (unknown charsets are read as
 * windows-1252, invalid sequences become U+FFFD); caller frees. */
char *message_to_utf8(const char *data, size_t len, const char *charset);

#endif
