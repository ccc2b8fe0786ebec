/*
 * segment — the writer's own text of a mail, cut into typed lines.
 *
 * request.c first separates the writer's own lines from quoted replies,
 * the robot's own earlier mail and forwarded messages (its anatomy).
 * This module types what is left, line by line, so that each later stage
 * reads only what it may:
 *
 *   greeting    "Beste secretariaat,", "Dear all,"
 *   prose       the writer's sentences: the only text intent is read from
 *   form        "Label: value" lines, a label with its value on the next
 *               line, the continuation of a multi-line address
 *   list        numbered or bulleted lines, lines with an e-mail address
 *   table       cells separated by tabs or '|'
 *   closing     "Met vriendelijke groet," and what follows on its line
 *   signature   everything after the closing or a "-- " line, and a
 *               trailing block of contact lines (name, "E-mail:", "T:")
 *               without a closing: fields are never read from it, only a
 *               writer card that completes a registration
 *   attachment  "[cid:...]", "<<form.docx>>", a lone file name
 *   header      a header field of a pasted or forwarded mail
 *               ("X-Mailer: ...", "Content-Type: ...")
 *   blank
 *
 * A block after the closing that carries participant-only labels (diet,
 * invoice address or reference) is a form, not a signature.
 *
 * Pure: no I/O; linear in the text.
 */
#ifndef REGBOT_SEGMENT_H
#define REGBOT_SEGMENT_H

#include <stddef.h>

enum seg_kind {
	SK_BLANK,
	SK_GREETING,
	SK_PROSE,
	SK_FORM,
	SK_LIST,
	SK_TABLE,
	SK_CLOSING,
	SK_SIGNATURE,
	SK_ATTACHMENT,
	SK_HEADER, /* "X-Antivirus-Status: Clean", a pasted header field */
	SK__COUNT
};

#define SEG_MASK(k) (1u << (k))

struct seg_line {
	const char *s; /* into the caller's text, not NUL-terminated */
	size_t n;
	enum seg_kind kind;
};

struct segments {
	struct seg_line *l;
	size_t n;
};

/* Types the lines of `text` (UTF-8, any line endings).  Never fails;
 * segments_free releases the result (the text stays the caller's). */
void segment_text(const char *text, struct segments *out);
void segments_free(struct segments *S);

/* The lines of the kinds in `mask`, joined by '\n' (a removed line
 * leaves an empty one, so blocks stay apart).  Caller frees. */
char *segment_join(const struct segments *S, unsigned mask);

/* "prose", "form", ... for golden files and logs. */
const char *segment_kind_name(enum seg_kind k);

#endif
