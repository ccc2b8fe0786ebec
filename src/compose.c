/*
 * compose — build an outgoing RFC 5322 message from a rendered reply.
 *
 * The rendered template text starts with a header block in which only
 * Subject (required) and Reply-To (optional) may appear; everything else
 * the message carries is set here from struct compose_msg.  Every value
 * that reaches a header is cleaned first (controls and line breaks become
 * spaces, invalid UTF-8 becomes U+FFFD) and written as RFC 2047 encoded
 * words where it is not plain ASCII, or where it could be mistaken for an
 * encoded word itself ("=?...?=" typed by a participant is encoded, so a
 * reader decodes it back to the same literal text, never to a line
 * break).  Header lines are folded at 78 columns; only message ids and
 * addresses longer than a line can make a line longer (RFC 5322 allows
 * up to 998).  Bodies are UTF-8 text/plain, 7bit when they are short-lined
 * ASCII, quoted-printable otherwise; an optional HTML alternative makes
 * the text multipart/alternative; attachments (multipart/mixed around
 * the rest) are base64.
 *
 * Ownership: strings returned by the public functions are the caller's;
 * compose_build appends to the caller's buffer and leaves it as it was
 * when it fails.
 *
 * Error policy: bad template output or a bad argument is an error with a
 * precise message in *err; nothing here aborts except out of memory (in
 * xmalloc).  The output is a pure function of the arguments.
 */
#include "compose.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	HDR_LINE = 78,	  /* RFC 5322 "SHOULD" line length */
	EW_MAX = 75,	  /* RFC 2047 encoded-word length */
	EW_OVERHEAD = 12, /* "=?UTF-8?Q?" + "?=" */
	EW_MIN_ROOM = 24, /* below this, start the word on a new line */
	PLAIN_WORD = 66,  /* longer words are encoded so they can be split */
	QP_LINE = 76,
	B64_LINE = 76,
	NAME_BYTES = 200, /* display names */
	SUBJECT_BYTES = 1000,
	MSGID_BYTES = 250,
	REFS_MAX = 20, /* ids kept in References */
	ERR_SHOW = 40, /* bytes of template text quoted in an error */
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- UTF-8 --------------------------------------------------------- */

static const char REPLACEMENT[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Cleans header text into b: controls, line and paragraph separators
 * become spaces, runs of spaces one space, invalid UTF-8 U+FFFD; trimmed;
 * at most `max` bytes, cut at a character boundary. */
static void
clean_into(struct buf *b, const char *s, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	int space = 0;
	while (i < n) {
		unsigned long cp;
		size_t k = util_utf8_decode(u + i, n - i, &cp);
		const char *add = s + i;
		size_t alen = k;
		if (k == 0) {
			add = REPLACEMENT;
			alen = 3;
			k = 1;
			cp = 0xFFFD;
		}
		i += k;
		if (cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
		    cp == 0x2028 || cp == 0x2029) {
			space = b->len > 0;
			continue;
		}
		if (b->len + (size_t)space + alen > max)
			break;
		if (space)
			buf_addc(b, ' ');
		space = 0;
		buf_add(b, add, alen);
	}
}

char *
compose_clean_header_text(const char *s)
{
	if (s == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	clean_into(&b, s, BUF_MAX_DEFAULT);
	return buf_detach(&b);
}

static char *
clean_bounded(const char *s, size_t max)
{
	struct buf b;
	buf_init(&b, max);
	clean_into(&b, s, max);
	return buf_detach(&b);
}

/* ---- header writer ------------------------------------------------- */

/* Writes into a buffer and remembers the first failure (the buffer's
 * limit), so the code below reads as a straight sequence. */
struct em {
	struct buf *b;
	size_t col; /* column in the current header line */
	int fail;
};

static void
em_add(struct em *e, const char *s, size_t n)
{
	if (!e->fail && buf_add(e->b, s, n) < 0)
		e->fail = 1;
}

static void
em_adds(struct em *e, const char *s)
{
	em_add(e, s, strlen(s));
}

static void
hdr_begin(struct em *e, const char *name)
{
	em_adds(e, name);
	em_adds(e, ":");
	e->col = strlen(name) + 1;
}

/* One token, after a space or, when it would pass HDR_LINE, after a
 * fold.  Tokens are never split, so folding happens only where white
 * space already was. */
static void
hdr_token(struct em *e, const char *tok, size_t len)
{
	if (e->col + 1 + len > HDR_LINE && e->col > 1) {
		em_adds(e, "\r\n ");
		e->col = 1;
	} else {
		em_adds(e, " ");
		e->col++;
	}
	em_add(e, tok, len);
	e->col += len;
}

static void
hdr_end(struct em *e)
{
	em_adds(e, "\r\n");
	e->col = 0;
}

/* ---- RFC 2047 ------------------------------------------------------ */

/* Characters a Q-encoded word may carry literally in any context,
 * including a display name (RFC 2047 section 5, rule 3). */
static int
q_literal(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("!*+-/", c) != NULL;
}

static size_t
q_len(unsigned char c)
{
	return (q_literal(c) && c != '\0') || c == ' ' ? 1 : 3;
}

static const char b64chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void
b64_add(struct buf *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		char q[4] = {b64chars[(v >> 18) & 63], b64chars[(v >> 12) & 63],
			     i + 1 < n ? b64chars[(v >> 6) & 63] : '=',
			     i + 2 < n ? b64chars[v & 63] : '='};
		buf_add(b, q, 4);
	}
}

/* Writes s[0..n) (valid UTF-8) as encoded words, Q or B, whichever is
 * shorter overall.  Each word is cut to fit the room left on the line
 * (at most EW_MAX) and never inside a character. */
static void
put_encoded(struct em *e, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t qtotal = 0;
	for (size_t i = 0; i < n; i++)
		qtotal += q_len(u[i]);
	int use_b = (n + 2) / 3 * 4 < qtotal;
	struct buf tok;
	buf_init(&tok, 2 * EW_MAX); /* room to notice a bug, see assert */
	size_t i = 0;
	while (i < n) {
		size_t room = HDR_LINE > e->col + 1 ? HDR_LINE - e->col - 1 : 0;
		if (room < EW_MIN_ROOM) {
			room = EW_MAX; /* hdr_token will fold */
		}
		if (room > EW_MAX)
			room = EW_MAX;
		size_t payload = room - EW_OVERHEAD, j = i, used = 0;
		while (j < n) {
			unsigned long cp;
			size_t k = util_utf8_decode(u + j, n - j, &cp);
			if (k == 0)
				k = 1; /* cannot happen: the text is cleaned */
			size_t add;
			if (use_b) {
				add = (j - i + k + 2) / 3 * 4 - used;
			} else {
				add = 0;
				for (size_t x = 0; x < k; x++)
					add += q_len(u[j + x]);
			}
			if (used + add > payload && j > i)
				break;
			used += add;
			j += k;
		}
		buf_reset(&tok);
		buf_adds(&tok, use_b ? "=?UTF-8?B?" : "=?UTF-8?Q?");
		if (use_b) {
			b64_add(&tok, u + i, j - i);
		} else {
			for (size_t x = i; x < j; x++) {
				if (u[x] == ' ')
					buf_addc(&tok, '_');
				else if (q_literal(u[x]))
					buf_addc(&tok, (char)u[x]);
				else
					buf_printf(&tok, "=%02X", u[x]);
			}
		}
		buf_adds(&tok, "?=");
		assert(tok.len <= EW_MAX && tok.len > EW_OVERHEAD);
		hdr_token(e, tok.p, tok.len);
		i = j;
	}
	buf_free(&tok);
}

/* A word a reader would not show as it is: 8-bit, something that looks
 * like an encoded word, or too long to fold. */
static int
needs_encoding(const char *w, size_t n)
{
	if (n > PLAIN_WORD)
		return 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 0x7F || c < 0x20)
			return 1;
		if (i + 1 < n && ((c == '=' && w[i + 1] == '?') ||
				  (c == '?' && w[i + 1] == '=')))
			return 1;
	}
	return 0;
}

static size_t
word_end(const char *s, size_t i, size_t n)
{
	while (i < n && s[i] != ' ')
		i++;
	return i;
}

/* Unstructured text (cleaned: single spaces, no controls).  Runs of
 * words that need encoding become one run of encoded words with the
 * spaces inside, because readers drop white space between encoded
 * words. */
static void
put_unstructured(struct em *e, const char *s)
{
	size_t n = strlen(s), i = 0;
	while (i < n) {
		size_t end = word_end(s, i, n);
		if (!needs_encoding(s + i, end - i)) {
			hdr_token(e, s + i, end - i);
		} else {
			while (end < n) {
				size_t ne = word_end(s, end + 1, n);
				if (!needs_encoding(s + end + 1, ne - end - 1))
					break;
				end = ne;
			}
			put_encoded(e, s + i, end - i);
		}
		i = end + (end < n);
	}
}

char *
compose_encode_words(const char *utf8, size_t used)
{
	if (utf8 == NULL)
		return NULL;
	char *clean = compose_clean_header_text(utf8);
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	struct em e = {&b, used > 0 ? used - 1 : 0, 0};
	put_unstructured(&e, clean);
	free(clean);
	char *r = buf_detach(&b);
	if (r[0] == ' ')
		memmove(r, r + 1, strlen(r));
	return r;
}

/* ---- addresses ----------------------------------------------------- */

/* A conservative addr-spec: printable ASCII without white space or
 * specials, one '@' with text on both sides. */
static int
addr_ok(const char *a)
{
	if (a == NULL)
		return 0;
	size_t n = strlen(a);
	const char *at = strchr(a, '@');
	if (n < 3 || n > 254 || at == NULL || at == a || at[1] == '\0' ||
	    strchr(at + 1, '@'))
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)a[i];
		if (c <= 0x20 || c >= 0x7F || strchr("<>()[]\\,;:\"", c))
			return 0;
	}
	return a[0] != '.' && at[-1] != '.' && at[1] != '.' && a[n - 1] != '.';
}

static int
is_atext(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || strchr("!#$%&'*+-/=?^_`{|}~", c);
}

/* A display name as atoms, one quoted-string, or encoded words. */
static void
put_phrase(struct em *e, const char *clean)
{
	size_t n = strlen(clean);
	int atoms = 1, ascii = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)clean[i];
		if (c >= 0x7F)
			ascii = atoms = 0;
		else if (c != ' ' && !is_atext(c))
			atoms = 0;
	}
	for (size_t i = 0; i < n && (atoms || ascii);) {
		size_t end = word_end(clean, i, n);
		if (needs_encoding(clean + i, end - i))
			atoms = ascii = 0;
		i = end + 1;
	}
	if (atoms) {
		for (size_t i = 0; i < n;) {
			size_t end = word_end(clean, i, n);
			hdr_token(e, clean + i, end - i);
			i = end + 1;
		}
		return;
	}
	if (ascii) {
		struct buf q;
		buf_init(&q, BUF_MAX_DEFAULT);
		buf_addc(&q, '"');
		for (size_t i = 0; i < n; i++) {
			if (clean[i] == '"' || clean[i] == '\\')
				buf_addc(&q, '\\');
			buf_addc(&q, clean[i]);
		}
		buf_addc(&q, '"');
		if (q.len <= PLAIN_WORD) {
			hdr_token(e, q.p, q.len);
			buf_free(&q);
			return;
		}
		buf_free(&q);
	}
	put_encoded(e, clean, n);
}

static void
put_mailbox(struct em *e, const char *name, const char *addr)
{
	char *clean = name ? clean_bounded(name, NAME_BYTES) : NULL;
	if (clean && *clean) {
		put_phrase(e, clean);
		char *a = xasprintf("<%s>", addr);
		hdr_token(e, a, strlen(a));
		free(a);
	} else {
		hdr_token(e, addr, strlen(addr));
	}
	free(clean);
}

char *
compose_address(const char *name, const char *addr)
{
	if (!addr_ok(addr))
		return NULL;
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	/* folded for the longest address header, "Reply-To: " */
	struct em e = {&b, strlen("Reply-To:"), 0};
	put_mailbox(&e, name, addr);
	char *r = buf_detach(&b);
	if (r[0] == ' ')
		memmove(r, r + 1, strlen(r));
	return r;
}

/* "Name <addr>", "\"Name\" <addr>" or "addr" into name and address
 * (both new strings; name may be NULL).  -1 when there is no valid
 * address. */
static int
split_mailbox(const char *v, char **name, char **addr)
{
	char *s = compose_clean_header_text(v);
	size_t n = strlen(s);
	*name = *addr = NULL;
	char *lt = strrchr(s, '<');
	if (n > 0 && s[n - 1] == '>' && lt) {
		s[n - 1] = '\0';
		*addr = xstrdup(lt + 1);
		*lt = '\0';
		char *nm = str_trim(s);
		size_t nl = strlen(nm);
		if (nl >= 2 && nm[0] == '"' && nm[nl - 1] == '"') {
			nm[nl - 1] = '\0';
			nm++;
			char *w = nm;
			for (char *r = nm; *r; r++) {
				if (*r == '\\' && r[1])
					r++;
				*w++ = *r;
			}
			*w = '\0';
		}
		if (*nm)
			*name = xstrdup(nm);
	} else {
		*addr = xstrdup(s);
	}
	free(s);
	if (!addr_ok(*addr)) {
		free(*name);
		free(*addr);
		*name = *addr = NULL;
		return -1;
	}
	return 0;
}

/* ---- date ---------------------------------------------------------- */

static long long
floor_div(long long a, long long b)
{
	return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

char *
compose_date(time_t t, int utc_offset_min)
{
	static const char *const wdays[] = {"Sun", "Mon", "Tue", "Wed",
					    "Thu", "Fri", "Sat"};
	static const char *const months[] = {"Jan", "Feb", "Mar", "Apr",
					     "May", "Jun", "Jul", "Aug",
					     "Sep", "Oct", "Nov", "Dec"};
	/* years 1..9999: what a four-digit year can say */
	const long long lo = -62135596800LL, hi = 253402300799LL;
	if (utc_offset_min <= -24 * 60 || utc_offset_min >= 24 * 60 ||
	    (long long)t < lo - 86400 || (long long)t > hi + 86400)
		return NULL;
	long long s = (long long)t + (long long)utc_offset_min * 60;
	if (s < lo || s > hi)
		return NULL;
	long long days = floor_div(s, 86400);
	long long secs = s - days * 86400;
	/* civil from days (H. Hinnant's algorithm), 1970-01-01 = day 0 */
	long long z = days + 719468;
	long long era = floor_div(z, 146097);
	long long doe = z - era * 146097;
	long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long long mp = (5 * doy + 2) / 153;
	int day = (int)(doy - (153 * mp + 2) / 5 + 1);
	int month = (int)(mp < 10 ? mp + 3 : mp - 9);
	long long year = yoe + era * 400 + (month <= 2);
	int wday = (int)(days - floor_div(days, 7) * 7 + 4) % 7;
	int off = utc_offset_min < 0 ? -utc_offset_min : utc_offset_min;
	return xasprintf("%s, %02d %s %04lld %02d:%02d:%02d %c%02d%02d",
			 wdays[wday], day, months[month - 1], year,
			 (int)(secs / 3600), (int)(secs / 60 % 60),
			 (int)(secs % 60), utc_offset_min < 0 ? '-' : '+',
			 off / 60, off % 60);
}

/* ---- message ids --------------------------------------------------- */

static int
msgid_char(unsigned char c)
{
	return c > 0x20 && c < 0x7F && !strchr("<>\"\\(),;", c);
}

/* The body of a msg-id (between < and >), as received: lenient, but
 * nothing that could end the header or the id. */
static int
msgid_ok(const char *s, size_t n)
{
	if (n == 0 || n > MSGID_BYTES)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!msgid_char((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The next "<id>" in s from *pos; its body in *id, *len. */
static int
next_msgid(const char *s, size_t *pos, const char **id, size_t *len)
{
	size_t i = *pos;
	for (;;) {
		const char *lt = strchr(s + i, '<');
		if (lt == NULL) {
			*pos = strlen(s);
			return 0;
		}
		const char *b = lt + 1;
		size_t k = 0;
		while (b[k] && msgid_char((unsigned char)b[k]))
			k++;
		i = (size_t)(b - s) + k;
		if (b[k] == '>' && msgid_ok(b, k)) {
			*id = b;
			*len = k;
			*pos = i + 1;
			return 1;
		}
	}
}

static void
put_msgid(struct em *e, const char *id, size_t len)
{
	char *t = xasprintf("<%.*s>", (int)len, id);
	hdr_token(e, t, len + 2);
	free(t);
}

/* In-Reply-To and References (RFC 5322 section 3.6.4): the parent's id,
 * and the parent's References followed by it; when too long, the first
 * id and the most recent ones are kept. */
static void
put_thread(struct em *e, const struct compose_msg *m)
{
	const char *irt = NULL;
	char *bare = NULL;
	size_t irtlen = 0, pos = 0;
	if (m->in_reply_to &&
	    !next_msgid(m->in_reply_to, &pos, &irt, &irtlen)) {
		/* an id given without angle brackets */
		bare = compose_clean_header_text(m->in_reply_to);
		if (msgid_ok(bare, strlen(bare))) {
			irt = bare;
			irtlen = strlen(bare);
		}
	}
	if (irt) {
		hdr_begin(e, "In-Reply-To");
		put_msgid(e, irt, irtlen);
		hdr_end(e);
	}
	size_t total = 0;
	const char *id, *last = NULL;
	size_t len, lastlen = 0;
	pos = 0;
	while (m->references && next_msgid(m->references, &pos, &id, &len)) {
		total++;
		last = id;
		lastlen = len;
	}
	int add_irt = irt && !(last && lastlen == irtlen &&
			       memcmp(last, irt, irtlen) == 0);
	if (total == 0 && !add_irt) {
		free(bare);
		return;
	}
	size_t keep = REFS_MAX - (size_t)add_irt;
	hdr_begin(e, "References");
	pos = 0;
	for (size_t k = 0;
	     m->references && next_msgid(m->references, &pos, &id, &len); k++)
		if (k == 0 || k + keep > total)
			put_msgid(e, id, len);
	if (add_irt)
		put_msgid(e, irt, irtlen);
	hdr_end(e);
	free(bare);
}

/* ---- the rendered template ----------------------------------------- */

struct rendered {
	char *subject;
	char *reply_to;
	long reply_to_line;
	const char *body;
};

/* A short printable excerpt of template text for an error message. */
static char *
excerpt(const char *s, size_t n)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	for (size_t i = 0; i < n && i < ERR_SHOW; i++) {
		unsigned char c = (unsigned char)s[i];
		buf_addc(&b, c >= 0x20 && c < 0x7F ? (char)c : '?');
	}
	if (n > ERR_SHOW)
		buf_adds(&b, "...");
	return buf_detach(&b);
}

static int
header_name_ok(const char *s, size_t n)
{
	if (n == 0 || n > 76)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] <= 0x20 || s[i] >= 0x7F || s[i] == ':')
			return 0;
	return 1;
}

static int
parse_rendered(const char *r, struct rendered *out, char **err)
{
	memset(out, 0, sizeof *out);
	struct buf vals[2];
	int seen[2] = {0, 0};
	buf_init(&vals[0], BUF_MAX_DEFAULT);
	buf_init(&vals[1], BUF_MAX_DEFAULT);
	int last = -1;
	long line = 0;
	const char *p = r;
	char *msg = NULL;
	for (;;) {
		if (*p == '\0') {
			out->body = p;
			break;
		}
		line++;
		size_t n = strcspn(p, "\r\n");
		const char *next = p + n;
		if (*next == '\r')
			next++;
		if (*next == '\n')
			next++;
		if (n == 0) {
			out->body = next;
			break;
		}
		if (p[0] == ' ' || p[0] == '\t') {
			if (last < 0) {
				msg = xasprintf("rendered text, line %ld: "
						"continuation line without a "
						"header",
						line);
				goto fail;
			}
			buf_addc(&vals[last], ' ');
			buf_add(&vals[last], p, n);
			p = next;
			continue;
		}
		const char *colon = memchr(p, ':', n);
		size_t nl = colon ? (size_t)(colon - p) : 0;
		while (nl > 0 && (p[nl - 1] == ' ' || p[nl - 1] == '\t'))
			nl--;
		if (colon == NULL || !header_name_ok(p, nl)) {
			char *x = excerpt(p, n);
			msg =
			    xasprintf("rendered text, line %ld: \"%s\" is not "
				      "a header line (the text must start "
				      "with \"Subject: ...\", then a blank "
				      "line, then the body)",
				      line, x);
			free(x);
			goto fail;
		}
		int k;
		if (nl == 7 && strncasecmp(p, "Subject", 7) == 0) {
			k = 0;
		} else if (nl == 8 && strncasecmp(p, "Reply-To", 8) == 0) {
			k = 1;
			out->reply_to_line = line;
		} else {
			char *x = excerpt(p, nl);
			msg =
			    xasprintf("rendered text, line %ld: header \"%s\" "
				      "may not be set by a template (only "
				      "Subject and Reply-To)",
				      line, x);
			free(x);
			goto fail;
		}
		if (seen[k]) {
			msg = xasprintf("rendered text, line %ld: %s given "
					"twice",
					line, k ? "Reply-To" : "Subject");
			goto fail;
		}
		seen[k] = 1;
		last = k;
		buf_add(&vals[k], colon + 1, (size_t)(p + n - colon - 1));
		p = next;
	}
	if (!seen[0]) {
		msg = xstrdup("rendered text has no Subject header (the text "
			      "must start with \"Subject: ...\", then a blank "
			      "line, then the body)");
		goto fail;
	}
	out->subject = buf_detach(&vals[0]);
	out->reply_to = seen[1] ? buf_detach(&vals[1]) : NULL;
	buf_free(&vals[1]);
	return 0;
fail:
	buf_free(&vals[0]);
	buf_free(&vals[1]);
	*err = msg;
	return -1;
}

/* ---- body ---------------------------------------------------------- */

/* CRLF line ends, valid UTF-8, a final CRLF when not empty. */
static char *
body_normalise(const char *s, size_t *outlen)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	const unsigned char *u = (const unsigned char *)s;
	size_t n = strlen(s), i = 0;
	while (i < n) {
		if (u[i] == '\r' || u[i] == '\n') {
			buf_adds(&b, "\r\n");
			i += (u[i] == '\r' && i + 1 < n && u[i + 1] == '\n')
				 ? 2
				 : 1;
			continue;
		}
		if (u[i] < 0x80) {
			/* a run of ASCII up to the next line end, at once */
			size_t j = i + 1;
			while (j < n && u[j] < 0x80 && u[j] != '\r' &&
			       u[j] != '\n')
				j++;
			buf_add(&b, s + i, j - i);
			i = j;
			continue;
		}
		unsigned long cp;
		size_t k = util_utf8_decode(u + i, n - i, &cp);
		if (k == 0) {
			buf_adds(&b, REPLACEMENT);
			i++;
		} else {
			buf_add(&b, s + i, k);
			i += k;
		}
	}
	if (b.len > 0 && (b.len < 2 || memcmp(b.p + b.len - 2, "\r\n", 2)))
		buf_adds(&b, "\r\n");
	*outlen = b.len;
	return buf_detach(&b);
}

/* 7bit will do: ASCII without controls other than tab, lines of at
 * most QP_LINE bytes, and no boundary inside. */
static int
body_is_7bit(const char *b, size_t n, const char *const *boundary)
{
	size_t col = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)b[i];
		if (c == '\r' && i + 1 < n && b[i + 1] == '\n') {
			col = 0;
			i++;
			continue;
		}
		if (c >= 0x7F || (c < 0x20 && c != '\t') || ++col > QP_LINE)
			return 0;
	}
	for (; boundary && *boundary; boundary++)
		if (strstr(b, *boundary))
			return 0;
	return 1;
}

/* Quoted-printable (RFC 2045 section 6.7): lines of at most QP_LINE
 * characters, soft breaks never inside an escape or a UTF-8 character,
 * white space before a line end encoded. */
static void
put_qp(struct em *e, const char *b, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t le = i;
		while (le < n &&
		       !(b[le] == '\r' && le + 1 < n && b[le + 1] == '\n'))
			le++;
		size_t col = 0, run = i; /* literals from `run` wait */
		for (size_t x = i; x < le; x++) {
			unsigned char c = (unsigned char)b[x];
			int lit = (c >= 33 && c <= 126 && c != '=') ||
				  ((c == ' ' || c == '\t') && x + 1 < le);
			/* keep a whole character on one line */
			size_t seq = c >= 0xF0	 ? 4
				     : c >= 0xE0 ? 3
				     : c >= 0xC0 ? 2
						 : 1;
			if (seq > le - x)
				seq = le - x;
			size_t need = lit ? 1 : 3 * seq;
			size_t limit = x + seq == le ? QP_LINE : QP_LINE - 1;
			if (col + need > limit) {
				em_add(e, b + run, x - run);
				em_adds(e, "=\r\n");
				col = 0;
				run = x;
			}
			if (lit) {
				col++;
			} else {
				em_add(e, b + run, x - run);
				run = x + 1;
				static const char hex[] = "0123456789ABCDEF";
				const char esc[3] = {'=', hex[c >> 4],
						     hex[c & 15]};
				em_add(e, esc, 3);
				col += 3;
			}
		}
		em_add(e, b + run, le - run);
		em_adds(e, "\r\n");
		i = le + 2;
	}
}

static void
put_base64(struct em *e, const char *data, size_t n)
{
	const size_t per_line = B64_LINE / 4 * 3;
	struct buf line;
	buf_init(&line, B64_LINE + 2);
	for (size_t i = 0; i < n; i += per_line) {
		buf_reset(&line);
		b64_add(&line, (const unsigned char *)data + i,
			n - i < per_line ? n - i : per_line);
		buf_adds(&line, "\r\n");
		em_add(e, line.p, line.len);
	}
	buf_free(&line);
}

/* Writes the Content-Type (text/plain or text/html) and
 * Content-Transfer-Encoding of a text and then the text, quoted-printable
 * unless 7bit will do.  `boundary` lists the enclosing boundaries. */
static void
put_text_part(struct em *e, const char *type, const char *body, size_t n,
	      const char *const *boundary)
{
	int seven = body_is_7bit(body, n, boundary);
	hdr_begin(e, "Content-Type");
	char *t = xasprintf("%s;", type);
	hdr_token(e, t, strlen(t));
	free(t);
	hdr_token(e, "charset=UTF-8", 13);
	hdr_end(e);
	hdr_begin(e, "Content-Transfer-Encoding");
	hdr_token(e, seven ? "7bit" : "quoted-printable", seven ? 4 : 16);
	hdr_end(e);
	em_adds(e, "\r\n");
	if (seven)
		em_add(e, body, n);
	else
		put_qp(e, body, n);
}

/* "type/subtype" and parameters, printable ASCII. */
static int
content_type_ok(const char *ct)
{
	static const char tspecials[] = "()<>@,;:\\\"/[]?= ";
	size_t i = 0, t = 0;
	for (int part = 0; part < 2; part++) {
		t = i;
		while (ct[i] > 0x20 && ct[i] < 0x7F &&
		       !strchr(tspecials, ct[i]))
			i++;
		if (i == t)
			return 0;
		if (part == 0 && ct[i++] != '/')
			return 0;
	}
	if (ct[i] != '\0' && ct[i] != ';')
		return 0;
	for (; ct[i]; i++)
		if (ct[i] < 0x20 || ct[i] >= 0x7F)
			return 0;
	return 1;
}

static char *
safe_filename(const char *f)
{
	struct buf b;
	buf_init(&b, 60);
	for (; f && *f && b.len < 60; f++) {
		char c = *f;
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			 (c >= '0' && c <= '9') || strchr("._-+", c);
		buf_addc(&b, ok ? c : '_');
	}
	if (b.len == 0 || b.p[0] == '.')
		buf_adds(&b, "attachment");
	return buf_detach(&b);
}

static void
put_header_words(struct em *e, const char *name, const char *value)
{
	hdr_begin(e, name);
	size_t n = strlen(value);
	for (size_t i = 0; i < n;) {
		size_t end = word_end(value, i, n);
		if (end > i)
			hdr_token(e, value + i, end - i);
		i = end + 1;
	}
	hdr_end(e);
}

static void
put_attachment(struct em *e, const struct compose_attachment *a)
{
	char *fn = safe_filename(a->filename);
	char *ct = compose_clean_header_text(a->content_type);
	char *v = xasprintf("%s; name=\"%s\"", ct, fn);
	put_header_words(e, "Content-Type", v);
	free(v);
	v = xasprintf("attachment; filename=\"%s\"", fn);
	put_header_words(e, "Content-Disposition", v);
	free(v);
	put_header_words(e, "Content-Transfer-Encoding", "base64");
	em_adds(e, "\r\n");
	put_base64(e, a->data ? a->data : "", a->data ? a->len : 0);
	free(ct);
	free(fn);
}

static void
put_multipart_header(struct em *e, const char *subtype, const char *boundary)
{
	char *ct =
	    xasprintf("multipart/%s; boundary=\"%s\"", subtype, boundary);
	put_header_words(e, "Content-Type", ct);
	free(ct);
	em_adds(e, "\r\n");
}

/* The readable content: the text alone, or the text and its HTML
 * alternative (RFC 2046 section 5.1.4: the preferred, richer form
 * last). */
static void
put_content(struct em *e, const char *body, size_t blen, const char *html,
	    size_t hlen, const char *balt, const char *const *bounds)
{
	if (html == NULL) {
		put_text_part(e, "text/plain", body, blen, bounds);
		return;
	}
	put_multipart_header(e, "alternative", balt);
	em_adds(e, "--");
	em_adds(e, balt);
	em_adds(e, "\r\n");
	put_text_part(e, "text/plain", body, blen, bounds);
	em_adds(e, "\r\n--");
	em_adds(e, balt);
	em_adds(e, "\r\n");
	put_text_part(e, "text/html", html, hlen, bounds);
	em_adds(e, "\r\n--");
	em_adds(e, balt);
	em_adds(e, "--\r\n");
}

/* ---- the message --------------------------------------------------- */

static int
token_ok(const char *s, size_t max)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > max)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || strchr("-._", c)))
			return 0;
	}
	return 1;
}

/* Checks what the caller passed; a message for the first problem. */
static char *
check_msg(const struct compose_msg *m)
{
	if (!addr_ok(m->from_addr))
		return xstrdup("from address missing or not a valid "
			       "addr-spec");
	if (!addr_ok(m->to_addr))
		return xstrdup("to address missing or not a valid addr-spec");
	if (m->message_id == NULL ||
	    !msgid_ok(m->message_id, strlen(m->message_id)) ||
	    strchr(m->message_id, '@') == NULL)
		return xstrdup("message id missing or not of the form "
			       "left@right (without <>)");
	if (m->auto_submitted && !token_ok(m->auto_submitted, 40))
		return xstrdup("auto_submitted is not a single keyword");
	if (!token_ok(m->kind, 40))
		return xstrdup("kind missing or not a single keyword");
	if (m->rendered == NULL)
		return xstrdup("no rendered text");
	if (m->natt > 0 && m->att == NULL)
		return xstrdup("natt > 0 without attachments");
	for (size_t i = 0; i < m->natt; i++) {
		if (m->att[i].content_type == NULL ||
		    !content_type_ok(m->att[i].content_type))
			return xasprintf("attachment %zu: content type missing "
					 "or not \"type/subtype[; params]\"",
					 i + 1);
		if (m->att[i].data == NULL && m->att[i].len > 0)
			return xasprintf("attachment %zu: no data", i + 1);
	}
	return NULL;
}

static uint64_t
fnv1a(uint64_t h, const char *s)
{
	for (; s && *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

int
compose_build(const struct compose_msg *m, struct buf *out, char **err)
{
	char *msg = NULL;
	if (err)
		*err = NULL;
	if (m == NULL || out == NULL)
		msg = xstrdup("no message or no buffer");
	else
		msg = check_msg(m);
	if (msg) {
		if (err)
			*err = xasprintf("compose: %s", msg);
		free(msg);
		return -1;
	}
	char *dummy = NULL;
	if (err == NULL)
		err = &dummy;
	struct rendered r;
	char *subject = NULL, *rt_name = NULL, *rt_addr = NULL;
	char *date = NULL, *body = NULL, *html = NULL;
	char *bmix = NULL, *balt = NULL;
	int rc = -1;
	if (parse_rendered(m->rendered, &r, err) < 0)
		goto out;
	subject = clean_bounded(r.subject, SUBJECT_BYTES);
	if (*subject == '\0') {
		*err = xstrdup("rendered text: the Subject header is empty");
		goto out;
	}
	if (r.reply_to) {
		if (split_mailbox(r.reply_to, &rt_name, &rt_addr) < 0) {
			char *c = compose_clean_header_text(r.reply_to);
			char *x = excerpt(c, strlen(c));
			free(c);
			*err = xasprintf("rendered text, line %ld: Reply-To "
					 "\"%s\" is not a valid address",
					 r.reply_to_line, x);
			free(x);
			goto out;
		}
	} else if (m->reply_to) {
		if (split_mailbox(m->reply_to, &rt_name, &rt_addr) < 0) {
			*err = xstrdup("compose: reply_to is not a valid "
				       "address");
			goto out;
		}
	}
	date = compose_date(m->date, m->utc_offset_min);
	if (date == NULL) {
		*err = xasprintf("compose: date %lld with offset %d minutes "
				 "is out of range",
				 (long long)m->date, m->utc_offset_min);
		goto out;
	}
	size_t blen, hlen = 0;
	body = body_normalise(r.body, &blen);
	if (m->html)
		html = body_normalise(m->html, &hlen);
	/* Boundaries start with "=_", which neither quoted-printable nor
	 * base64 can produce, and neither is a prefix of the other. */
	unsigned long long h = (unsigned long long)fnv1a(
	    fnv1a(14695981039346656037ULL, m->message_id), m->kind);
	if (m->natt > 0)
		bmix = xasprintf("=_regbot_mix_%016llx", h);
	if (html)
		balt = xasprintf("=_regbot_alt_%016llx", h);
	const char *const bounds[] = {bmix ? bmix : balt, bmix ? balt : NULL,
				      NULL};

	size_t start = out->len;
	struct em e = {out, 0, 0};
	hdr_begin(&e, "From");
	put_mailbox(&e, m->from_name, m->from_addr);
	hdr_end(&e);
	hdr_begin(&e, "To");
	put_mailbox(&e, m->to_name, m->to_addr);
	hdr_end(&e);
	if (rt_addr) {
		hdr_begin(&e, "Reply-To");
		put_mailbox(&e, rt_name, rt_addr);
		hdr_end(&e);
	}
	hdr_begin(&e, "Subject");
	put_unstructured(&e, subject);
	hdr_end(&e);
	hdr_begin(&e, "Date");
	hdr_token(&e, date, strlen(date));
	hdr_end(&e);
	hdr_begin(&e, "Message-ID");
	put_msgid(&e, m->message_id, strlen(m->message_id));
	hdr_end(&e);
	put_thread(&e, m);
	put_header_words(&e, "Auto-Submitted",
			 m->auto_submitted ? m->auto_submitted
					   : "auto-replied");
	put_header_words(&e, "X-Regbot-Kind", m->kind);
	put_header_words(&e, "MIME-Version", "1.0");
	if (bmix == NULL) {
		put_content(&e, body, blen, html, hlen, balt, bounds);
	} else {
		put_multipart_header(&e, "mixed", bmix);
		/* The CRLF before each delimiter belongs to the delimiter,
		 * so each part keeps its own final line break. */
		em_adds(&e, "--");
		em_adds(&e, bmix);
		em_adds(&e, "\r\n");
		put_content(&e, body, blen, html, hlen, balt, bounds);
		for (size_t i = 0; i < m->natt; i++) {
			em_adds(&e, "\r\n--");
			em_adds(&e, bmix);
			em_adds(&e, "\r\n");
			put_attachment(&e, &m->att[i]);
		}
		em_adds(&e, "\r\n--");
		em_adds(&e, bmix);
		em_adds(&e, "--\r\n");
	}
	if (e.fail) {
		out->len = start;
		if (out->p)
			out->p[start] = '\0';
		*err = xasprintf("compose: message larger than the output "
				 "limit of %zu bytes",
				 out->max);
		goto out;
	}
	rc = 0;
out:
	free(r.subject);
	free(r.reply_to);
	free(subject);
	free(rt_name);
	free(rt_addr);
	free(date);
	free(body);
	free(html);
	free(bmix);
	free(balt);
	free(dummy);
	return rc;
}
