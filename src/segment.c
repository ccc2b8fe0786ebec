/*
 * segment — typed lines of the writer's own text (see segment.h).
 *
 * Two passes.  The first types each line on its own shape.  The second
 * looks at blocks: the value below a label and the lines of an address
 * belong to the form; everything after the last closing (or a "-- "
 * line) is the signature, except a block with participant-only labels;
 * a trailing block of short contact lines is a signature too.
 */
#include "segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { SIG_BLOCK_MAX = 8, SHORT_WORDS = 8, GREETING_WORDS = 6 };

const char *
segment_kind_name(enum seg_kind k)
{
	static const char *const n[] = {
	    "blank", "greeting", "prose",     "form",	    "list",
	    "table", "closing",	 "signature", "attachment", "header",
	};
	return (unsigned)k < NELEM(n) ? n[k] : "?";
}

static size_t
skip_blank(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
			 (i + 1 < n && (unsigned char)s[i] == 0xc2 &&
			  (unsigned char)s[i + 1] == 0xa0)))
		i += (unsigned char)s[i] == 0xc2 ? 2 : 1;
	return i;
}

static size_t
words(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]) &&
		    (i == 0 || isspace((unsigned char)s[i - 1])))
			w++;
	return w;
}

static int
starts_ci(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	return n >= k && strncasecmp(s, p, k) == 0 &&
	       (n == k || !isalpha((unsigned char)s[k]));
}

static const char *const greetings[] = {
    "beste",	   "geachte",	   "hallo",	   "hoi",
    "hey",	   "dag",	   "goedemorgen",  "goedemiddag",
    "goedenavond", "l.s.",	   "ls",	   "dear",
    "hi",	   "hello",	   "good morning", "good afternoon",
    "to whom",	   "zeer geachte", "lieve",
};

/* "Beste secretariaat,", "Dear Sir or Madam": a greeting alone on its
 * line; "Hi, how do I register?" is a sentence. */
static int
is_greeting(const char *s, size_t n)
{
	if (words(s, n) > GREETING_WORDS || memchr(s, '?', n))
		return 0;
	const char *comma = memchr(s, ',', n);
	if (comma && words(comma + 1, n - (size_t)(comma + 1 - s)) > 0)
		return 0;
	for (size_t i = 0; i < NELEM(greetings); i++)
		if (starts_ci(s, n, greetings[i]))
			return 1;
	return 0;
}

static int
is_sig_marker(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	return n == 2 && s[0] == '-' && s[1] == '-';
}

static int
ends_with(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);
	return n >= k && strncasecmp(s + n - k, suf, k) == 0;
}

static int
is_attachment(const char *s, size_t n)
{
	static const char *const marks[] = {
	    "[cid:",	   "[image", "[afbeelding", "[bijlage",
	    "[attachment", "<<",     "[logo"};
	for (size_t i = 0; i < NELEM(marks); i++)
		if (n >= strlen(marks[i]) &&
		    !strncasecmp(s, marks[i], strlen(marks[i])))
			return 1;
	if (n > 4 && s[0] == '<' && s[1] == '<' && s[n - 1] == '>' &&
	    s[n - 2] == '>')
		return 1;
	static const char *const ext[] = {".docx", ".doc", ".pdf", ".xlsx",
					  ".xls",  ".odt", ".jpg", ".png"};
	if (words(s, n) <= 3)
		for (size_t i = 0; i < NELEM(ext); i++)
			if (ends_with(s, n, ext[i]))
				return 1;
	return 0;
}

/* "Name-With-Hyphens: value" or a well-known field name: the shape of a
 * header field (RFC 5322), not a sentence and not a form label (those
 * are tried first). */
static int
is_header(const char *s, size_t n)
{
	static const char *const known[] = {
	    "received",	      "return-path",  "message-id",
	    "mime-version",   "content-type", "content-transfer-encoding",
	    "dkim-signature", "x-mailer",     "user-agent",
	    "in-reply-to",    "references",
	};
	size_t i = 0;
	int hyphen = 0;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-')) {
		hyphen |= s[i] == '-';
		i++;
	}
	if (i == 0 || i >= n || s[i] != ':' || !isalpha((unsigned char)s[0]))
		return 0;
	for (size_t k = 0; k < NELEM(known); k++)
		if (strlen(known[k]) == i && !strncasecmp(s, known[k], i))
			return 1;
	/* "X-Spam-Status:", "Thread-Topic:" */
	return hyphen;
}

static int
is_table(const char *s, size_t n)
{
	int tabs = 0, pipes = 0;
	for (size_t i = 0; i < n; i++) {
		tabs += s[i] == '\t';
		pipes += s[i] == '|';
	}
	return tabs >= 2 || pipes >= 2;
}

static int
is_bulleted(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') &&
	    s[1] == ' ')
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xa2)
		return 1; /* U+2022 */
	if (n >= 2 && (unsigned char)s[0] == 0xc2 &&
	    (unsigned char)s[1] == 0xb7)
		return 1; /* U+00B7 */
	size_t i = 0;
	while (i < n && i < 3 && isdigit((unsigned char)s[i]))
		i++;
	return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
	       (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t');
}

static int
sentence_end(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	return n > 0 && (s[n - 1] == '.' || s[n - 1] == '?' || s[n - 1] == '!');
}

/* A person's line of parts closed by a full stop: "Deelnemer Een,
 * teamleider, een@example.org, 036 555 5858." (also after its own label,
 * "Mijzelf: ..."): an address, two commas or semicolons at least, one
 * full stop only, at the end, and before the first comma a name of two
 * to four capitalised words. */
static int
parts_sentence(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 2 || s[n - 1] != '.' || !memchr(s, '@', n) || words(s, n) > 14)
		return 0;
	size_t seps = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] == ',' || s[i] == ';')
			seps++;
		/* another sentence ("..., 036 555 6060. Zij eet geen vis.") */
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') &&
		    isspace((unsigned char)s[i + 1]))
			return 0;
	}
	if (seps < 2)
		return 0;
	size_t e = strcspn(s, ",;");
	const char *c = memchr(s, ':', e);
	size_t b = c ? (size_t)(c - s) + 1 : 0;
	size_t caps = 0, w = 0;
	for (size_t i = b; i < e; i++) {
		if (isspace((unsigned char)s[i]))
			continue;
		if (i > b && !isspace((unsigned char)s[i - 1]))
			continue;
		w++;
		caps +=
		    isupper((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC0;
	}
	return w >= 2 && w <= 4 && caps == w;
}

static int
has_contact(const char *s, size_t n, int field)
{
	if (field == FF_EMAIL || field == FF_PHONE)
		return 1;
	if (memchr(s, '@', n))
		return 1;
	int digits = 0;
	for (size_t i = 0; i < n; i++)
		digits += isdigit((unsigned char)s[i]) != 0;
	if (digits >= 8)
		return 1;
	for (size_t i = 0; i + 4 <= n; i++)
		if (!strncasecmp(s + i, "www.", 4) ||
		    !strncasecmp(s + i, "http", 4))
			return 1;
	return 0;
}

/* Fields that only a registration form asks for. */
static int
participant_only(int field)
{
	return field == FF_DIET || field == FF_INVOICE_ADDRESS ||
	       field == FF_INVOICE_REFERENCE;
}

void
segment_text(const char *text, struct segments *out)
{
	memset(out, 0, sizeof *out);
	if (text == NULL)
		return;
	size_t cap = 16;
	out->l = xcalloc(cap, sizeof *out->l);
	int *field = NULL;
	size_t fcap = 0;
	/* pass 1: each line on its own shape */
	int seen_text = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		if (out->n == cap) {
			cap *= 2;
			out->l = realloc(out->l, cap * sizeof *out->l);
			if (out->l == NULL)
				abort();
		}
		if (out->n >= fcap) {
			fcap = cap;
			field = realloc(field, fcap * sizeof *field);
			if (field == NULL)
				abort();
		}
		size_t b = skip_blank(p, n);
		const char *s = p + b;
		size_t m = n - b;
		while (m > 0 && (s[m - 1] == '\r' || s[m - 1] == ' '))
			m--;
		enum seg_kind k;
		int f = -1;
		if (m == 0)
			k = SK_BLANK;
		else if (is_sig_marker(p, n))
			k = SK_SIGNATURE;
		else if (form_closing_line(s, m))
			k = SK_CLOSING;
		else if (is_attachment(s, m))
			k = SK_ATTACHMENT;
		else if (is_table(s, m))
			k = SK_TABLE;
		else if ((f = form_line_field(s, m)) >= 0)
			k = SK_FORM;
		else if (is_header(s, m))
			k = SK_HEADER;
		/* "Beste gebruiker van x@example.org,": a greeting with an
		 * address in it, not a list line */
		else if (!seen_text && s[m - 1] == ',' && memchr(s, '@', m) &&
			 is_greeting(s, m))
			k = SK_GREETING;
		else if (is_bulleted(s, m) ||
			 (memchr(s, '@', m) && words(s, m) <= 12 &&
			  !sentence_end(s, m)) ||
			 parts_sentence(s, m))
			k = SK_LIST;
		else if (!seen_text && is_greeting(s, m))
			k = SK_GREETING;
		else
			k = SK_PROSE;
		if (k != SK_BLANK)
			seen_text = 1;
		out->l[out->n] = (struct seg_line){p, n, k};
		field[out->n] = f;
		out->n++;
		p += n;
		if (*p == '\n')
			p++;
	}
	struct seg_line *L = out->l;
	size_t N = out->n;

	/* pass 2a: a label's value on the next line, an address below its
	 * label: short lines that go on a form stay in it */
	for (size_t i = 0; i + 1 < N; i++) {
		if (L[i].kind != SK_FORM)
			continue;
		for (size_t j = i + 1; j < N && L[j].kind == SK_PROSE; j++) {
			size_t b = skip_blank(L[j].s, L[j].n);
			if (words(L[j].s + b, L[j].n - b) > 6 ||
			    sentence_end(L[j].s, L[j].n))
				break;
			L[j].kind = SK_FORM;
			field[j] = field[i];
		}
	}

	/* pass 2b: the signature after the last closing or "-- " */
	size_t sig = N;
	for (size_t i = 0; i < N; i++)
		if (L[i].kind == SK_SIGNATURE) {
			sig = i;
			break;
		}
	/* the last closing above the "-- " line (if any) */
	for (size_t i = sig; i-- > 0;)
		if (L[i].kind == SK_CLOSING) {
			sig = i + 1;
			break;
		}
	for (size_t i = sig; i < N;) {
		if (L[i].kind == SK_BLANK) {
			i++;
			continue;
		}
		/* a block after the closing: a form when it asks for what
		 * only a registration asks for */
		size_t j = i;
		int form_only = 0, labelled = 0;
		while (j < N && L[j].kind != SK_BLANK) {
			if (L[j].kind == SK_FORM) {
				labelled++;
				form_only |= participant_only(field[j]);
			}
			j++;
		}
		for (size_t k = i; k < j; k++)
			if (!(form_only && labelled >= 2 &&
			      (L[k].kind == SK_FORM || L[k].kind == SK_LIST ||
			       L[k].kind == SK_TABLE)))
				L[k].kind = L[k].kind == SK_CLOSING
						? SK_CLOSING
						: SK_SIGNATURE;
		i = j;
	}

	/* pass 2c: without a closing, a trailing block of a few short
	 * contact lines ("Voorbeeld Persoon / Stichting X / E-mail: ...")
	 * is a signature, not a form */
	if (sig == N) {
		size_t end = N;
		while (end > 0 && L[end - 1].kind == SK_BLANK)
			end--;
		size_t start = end;
		while (start > 0 && L[start - 1].kind != SK_BLANK &&
		       L[start - 1].kind != SK_GREETING)
			start--;
		int contact = 0, at = 0, person_fields = 0, prose_before = 0,
		    longline = 0;
		for (size_t k = start; k < end; k++) {
			size_t b = skip_blank(L[k].s, L[k].n);
			const char *s = L[k].s + b;
			size_t m = L[k].n - b;
			contact |= has_contact(s, m, field[k]);
			at += memchr(s, '@', m) != NULL;
			if (L[k].kind == SK_FORM &&
			    (field[k] == FF_NAME || field[k] == FF_ROLE ||
			     field[k] == FF_ORGANISATION ||
			     participant_only(field[k])))
				person_fields++;
			if (words(s, m) > SHORT_WORDS || L[k].kind == SK_TABLE)
				longline = 1;
		}
		for (size_t k = 0; k < start; k++)
			if (L[k].kind == SK_PROSE)
				prose_before = 1;
		if (end > start && end - start <= SIG_BLOCK_MAX && contact &&
		    at <= 1 && person_fields == 0 && !longline && prose_before)
			for (size_t k = start; k < end; k++)
				L[k].kind = SK_SIGNATURE;
	}
	free(field);
}

void
segments_free(struct segments *S)
{
	if (S == NULL)
		return;
	free(S->l);
	memset(S, 0, sizeof *S);
}

char *
segment_join(const struct segments *S, unsigned mask)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	for (size_t i = 0; i < S->n; i++) {
		if (mask & SEG_MASK(S->l[i].kind))
			buf_add(&b, S->l[i].s, S->l[i].n);
		buf_addc(&b, '\n');
	}
	return buf_detach(&b);
}
