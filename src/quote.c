/*
 * quote — the layouts of quoted replies and forwards (see quote.h).
 *
 * Every client's layout is one row of `layouts`.  Marks are lower case
 * and compared without regard to ASCII case; a line is first stripped of
 * leading blanks, NBSP and the '*' that a plain-text rendering of
 * Outlook's bold header names leaves ("*Van:* ...").
 */
#include "quote.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum how {
	SEPARATOR,   /* a dashed line holding the mark */
	RULE,	     /* a line of at least ten of the mark's character */
	ATTRIBUTION, /* "<start> ... <mark>:" */
	FIELD,	     /* a header field name of a header block */
	THREAD,	     /* a ticket system's "##- ... -##" line above a thread
			of entries, newest first */
};

struct layout {
	const char *client;
	enum how how;
	const char *mark;
	enum quote_kind kind;	/* SEPARATOR, RULE */
	const char *start;	/* ATTRIBUTION: the line's first word */
	enum quote_field field; /* FIELD */
};

/* clang-format off */
static const struct layout layouts[] = {
    /* replies: a separator above the older mail */
    {"Outlook", SEPARATOR, "original message", QUOTE_REPLY, NULL, QF_NONE},
    {"Outlook (Dutch)", SEPARATOR, "oorspronkelijk bericht", QUOTE_REPLY, NULL, QF_NONE},
    {"Outlook (Dutch, older)", SEPARATOR, "origineel bericht", QUOTE_REPLY, NULL, QF_NONE},
    {"Outlook (German)", SEPARATOR, "urspr\xc3\xbcngliche nachricht", QUOTE_REPLY, NULL, QF_NONE},
    {"Outlook (French)", SEPARATOR, "message d'origine", QUOTE_REPLY, NULL, QF_NONE},
    {"Outlook", RULE, "_", QUOTE_REPLY, NULL, QF_NONE},
    /* forwards */
    {"Gmail, Thunderbird", SEPARATOR, "forwarded message", QUOTE_FORWARD, NULL, QF_NONE},
    {"Gmail (Dutch)", SEPARATOR, "doorgestuurd bericht", QUOTE_FORWARD, NULL, QF_NONE},
    {"Outlook (Dutch)", SEPARATOR, "doorgestuurde bericht", QUOTE_FORWARD, NULL, QF_NONE},
    {"Apple Mail", SEPARATOR, "begin forwarded message", QUOTE_FORWARD, NULL, QF_NONE},
    {"Apple Mail (Dutch)", SEPARATOR, "begin doorgestuurd bericht", QUOTE_FORWARD, NULL, QF_NONE},
    {"Thunderbird (German)", SEPARATOR, "weitergeleitete nachricht", QUOTE_FORWARD, NULL, QF_NONE},
    {"Thunderbird (French)", SEPARATOR, "message transf\xc3\xa9r\xc3\xa9", QUOTE_FORWARD, NULL, QF_NONE},
    {"Lotus Notes", SEPARATOR, "forwarded by", QUOTE_FORWARD, NULL, QF_NONE},
    /* replies: an attribution line above the quote */
    {"Gmail, Thunderbird, Apple Mail", ATTRIBUTION, "wrote", QUOTE_REPLY, "on ", QF_NONE},
    {"Gmail, Thunderbird, Apple Mail (Dutch)", ATTRIBUTION, "schreef", QUOTE_REPLY, "op ", QF_NONE},
    {"Outlook Web App (Dutch)", ATTRIBUTION, "schreef het volgende", QUOTE_REPLY, "op ", QF_NONE},
    {"Apple Mail (Dutch)", ATTRIBUTION, "het volgende geschreven", QUOTE_REPLY, "op ", QF_NONE},
    {"Gmail, Thunderbird (German)", ATTRIBUTION, "schrieb", QUOTE_REPLY, "am ", QF_NONE},
    {"Gmail, Thunderbird (French)", ATTRIBUTION, "a \xc3\xa9" "crit", QUOTE_REPLY, "le ", QF_NONE},
    /* header blocks (Outlook, Outlook Express, Notes, webmail) */
    {"Outlook", FIELD, "from:", QUOTE_NONE, NULL, QF_FROM},
    {"Outlook (Dutch)", FIELD, "van:", QUOTE_NONE, NULL, QF_FROM},
    {"Outlook (German)", FIELD, "von:", QUOTE_NONE, NULL, QF_FROM},
    {"Outlook (French)", FIELD, "de:", QUOTE_NONE, NULL, QF_FROM},
    {"Outlook", FIELD, "sent:", QUOTE_NONE, NULL, QF_DATE},
    {"Outlook (Dutch)", FIELD, "verzonden:", QUOTE_NONE, NULL, QF_DATE},
    {"Thunderbird, Apple Mail", FIELD, "date:", QUOTE_NONE, NULL, QF_DATE},
    {"Thunderbird (Dutch)", FIELD, "datum:", QUOTE_NONE, NULL, QF_DATE},
    {"Outlook (German)", FIELD, "gesendet:", QUOTE_NONE, NULL, QF_DATE},
    {"Outlook (French)", FIELD, "envoy\xc3\xa9:", QUOTE_NONE, NULL, QF_DATE},
    {"Outlook", FIELD, "subject:", QUOTE_NONE, NULL, QF_SUBJECT},
    {"Outlook (Dutch)", FIELD, "onderwerp:", QUOTE_NONE, NULL, QF_SUBJECT},
    {"Outlook (German)", FIELD, "betreff:", QUOTE_NONE, NULL, QF_SUBJECT},
    {"Outlook (French)", FIELD, "objet:", QUOTE_NONE, NULL, QF_SUBJECT},
    {"Outlook", FIELD, "to:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook (Dutch)", FIELD, "aan:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook (German)", FIELD, "an:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook", FIELD, "cc:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook", FIELD, "bcc:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook", FIELD, "reply-to:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook (Dutch)", FIELD, "beantwoorden:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook", FIELD, "importance:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook (Dutch)", FIELD, "urgentie:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook Express", FIELD, "priority:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook Express (Dutch)", FIELD, "prioriteit:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook", FIELD, "attachments:", QUOTE_NONE, NULL, QF_OTHER},
    {"Outlook (Dutch)", FIELD, "bijlagen:", QUOTE_NONE, NULL, QF_OTHER},
    /* ticket systems: a marked line, then entries of a name line, a date
       line and the text, the newest first */
    {"Zendesk", THREAD, "above this line", QUOTE_REPLY, "##", QF_NONE},
    {"Zendesk (Dutch)", THREAD, "boven deze regel", QUOTE_REPLY, "##", QF_NONE},
};
/* clang-format on */

enum {
	SEPARATOR_MAX = 100,   /* a separator line is short */
	ATTRIBUTION_MAX = 300, /* an attribution with a long name */
	WRAPPED_FIRST_MAX = 200,
	WRAPPED_SECOND_MAX = 120,
	BLOCK_LINES = 6, /* a header block's date and recipient follow */
	DATE_LINE_MAX = 60,
	ENTRY_NAME_MAX = 120,
};

/* s[0..*n) without leading blanks, NBSP and '*', nor trailing blanks. */
static const char *
strip(const char *s, size_t *n)
{
	size_t k = *n;
	for (;;) {
		if (k > 0 && (*s == ' ' || *s == '\t' || *s == '*'))
			s++, k--;
		else if (k >= 2 && !memcmp(s, "\xc2\xa0", 2))
			s += 2, k -= 2;
		else
			break;
	}
	while (k > 0 &&
	       (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\r'))
		k--;
	*n = k;
	return s;
}

static int
starts(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	return n >= k && !strncasecmp(s, p, k);
}

static int
has(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);
	for (size_t i = 0; i + k <= n; i++)
		if (!strncasecmp(s + i, p, k))
			return 1;
	return 0;
}

/* The row of the separator line s (stripped), or NULL. */
static const struct layout *
separator_row(const char *s, size_t n)
{
	if (n == 0 || n > SEPARATOR_MAX)
		return NULL;
	int dashed = s[0] == '-' || s[0] == '_' || s[0] == '=' ||
		     starts(s, n, "begin ") || starts(s, n, "anfang ");
	if (!dashed)
		return NULL;
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how == SEPARATOR && has(s, n, r->mark))
			return r;
		if (r->how == RULE) {
			size_t u = 0;
			while (u < n && s[u] == r->mark[0])
				u++;
			if (u >= 10 && u == n)
				return r;
		}
	}
	return NULL;
}

enum quote_kind
quote_separator(const char *s, size_t n)
{
	s = strip(s, &n);
	const struct layout *r = separator_row(s, n);
	return r ? r->kind : QUOTE_NONE;
}

/* The row when s (stripped) ends with "<mark>:" or "<mark> :", or starts
 * with the row's first word, holds its mark and ends with ':'. */
static const struct layout *
attribution_row(const char *s, size_t n, int ending_only)
{
	if (n == 0 || n > ATTRIBUTION_MAX || s[n - 1] != ':')
		return NULL;
	size_t e = n - 1;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how != ATTRIBUTION)
			continue;
		size_t m = strlen(r->mark);
		if (e >= m && !strncasecmp(s + e - m, r->mark, m) &&
		    (e == m || !isalpha((unsigned char)s[e - m - 1])))
			return r;
		if (!ending_only && starts(s, n, r->start) &&
		    has(s, n, r->mark))
			return r;
	}
	return NULL;
}

int
quote_attribution(const char *s, size_t n, const char *next, size_t nn)
{
	s = strip(s, &n);
	if (attribution_row(s, n, 0))
		return 1;
	if (next == NULL || n == 0 || n > WRAPPED_FIRST_MAX)
		return 0;
	next = strip(next, &nn);
	if (nn >= WRAPPED_SECOND_MAX)
		return 0;
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how == ATTRIBUTION && starts(s, n, r->start) &&
		    attribution_row(next, nn, 1) != NULL)
			return 2;
	}
	/* "On 5 May 2010, at 14:02, Name <" ... "a@b> wrote:" */
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how == ATTRIBUTION && starts(s, n, r->start) &&
		    has(next, nn, r->mark) && next[nn - 1] == ':')
			return 2;
	}
	/* "Op ... schreef Naam <" ... "a@b>:" */
	if (nn > 0 && next[nn - 1] == ':' && memchr(next, '@', nn))
		for (size_t k = 0; k < NELEM(layouts); k++) {
			const struct layout *r = &layouts[k];
			if (r->how == ATTRIBUTION && starts(s, n, r->start) &&
			    has(s, n, r->mark))
				return 2;
		}
	return 0;
}

enum quote_field
quote_header_field(const char *s, size_t n, size_t *value)
{
	const char *t = strip(s, &n);
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how != FIELD)
			continue;
		size_t m = strlen(r->mark);
		if (n < m || strncasecmp(t, r->mark, m))
			continue;
		if (value) {
			size_t v = (size_t)(t - s) + m;
			/* "*Van:* Naam": the closing '*' of the bold name */
			while (v < (size_t)(t - s) + n &&
			       (s[v] == '*' || s[v] == ' ' || s[v] == '\t'))
				v++;
			*value = v;
		}
		return r->field;
	}
	return QF_NONE;
}

int
quote_header_block(const char *p)
{
	size_t n = strcspn(p, "\n");
	if (quote_header_field(p, n, NULL) != QF_FROM)
		return 0;
	int date = 0, other = 0;
	const char *q = p + n;
	for (int k = 0; k < BLOCK_LINES && *q == '\n'; k++) {
		q++;
		size_t m = strcspn(q, "\n");
		enum quote_field f = quote_header_field(q, m, NULL);
		date |= f == QF_DATE;
		other |= f == QF_SUBJECT || f == QF_OTHER;
		q += m;
	}
	return date && other;
}

const char *
quote_client(const char *s, size_t n)
{
	s = strip(s, &n);
	const struct layout *r = separator_row(s, n);
	if (r == NULL)
		r = attribution_row(s, n, 0);
	return r ? r->client : NULL;
}

int
quote_thread_marker(const char *s, size_t n)
{
	s = strip(s, &n);
	if (n == 0 || n > SEPARATOR_MAX)
		return 0;
	for (size_t k = 0; k < NELEM(layouts); k++) {
		const struct layout *r = &layouts[k];
		if (r->how == THREAD && starts(s, n, r->start) &&
		    has(s, n, r->mark))
			return 1;
	}
	return 0;
}

/* Month and weekday names (Dutch and English) as a date line may spell
 * them; a word of a date line is one of them or a prefix of three
 * letters or more ("apr.", "Tue", "donderdag"). */
static const char *const calendar_words[] = {
    "januari",
    "january",
    "februari",
    "february",
    "maart",
    "march",
    "april",
    "mei",
    "may",
    "juni",
    "june",
    "juli",
    "july",
    "augustus",
    "august",
    "september",
    "oktober",
    "october",
    "november",
    "december",
    "mrt",
    "maandag",
    "monday",
    "dinsdag",
    "tuesday",
    "woensdag",
    "wednesday",
    "donderdag",
    "thursday",
    "vrijdag",
    "friday",
    "zaterdag",
    "saturday",
    "zondag",
    "sunday",
    /* between the date and the time, after it */
    "om",
    "at",
    "uur",
    "am",
    "pm",
    "cet",
    "cest",
    "utc",
    "gmt",
};

/* What one word of a date line is: 1 a year, 2 a time, 3 another part
 * of a date, 0 not a part of one. */
static int
date_word(const char *w, size_t n)
{
	while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ','))
		n--;
	if (n == 0)
		return 3;
	size_t digits = 0, colons = 0, seps = 0;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)w[i]))
			digits++;
		else if (w[i] == ':')
			colons++;
		else if (w[i] == '-' || w[i] == '/' || w[i] == '+')
			seps++;
	}
	if (digits == n)
		return n == 4 ? 1 : n <= 2 ? 3 : 0;
	if (digits + colons == n && colons >= 1 && colons <= 2 && digits >= 3)
		return 2;
	if (digits + seps == n && seps >= 1 && seps <= 2) {
		/* 2010-04-14, 14-04-2010, 14/4/2010, a zone's +0200 */
		if (w[0] == '+')
			return 3;
		return n >= 8 ? 1 : 3;
	}
	if (digits > 0 || colons > 0)
		return 0;
	for (size_t k = 0; k < NELEM(calendar_words); k++) {
		size_t m = strlen(calendar_words[k]);
		if (n <= m && (n >= 3 || n == m) &&
		    !strncasecmp(w, calendar_words[k], n))
			return 3;
	}
	return 0;
}

int
quote_date_line(const char *s, size_t n)
{
	s = strip(s, &n);
	if (n == 0 || n > DATE_LINE_MAX)
		return 0;
	int year = 0, time = 0;
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		size_t b = i;
		while (i < n && s[i] != ' ' && s[i] != ',')
			i++;
		if (i == b)
			break;
		switch (date_word(s + b, i - b)) {
		case 0:
			return 0;
		case 1:
			year = 1;
			break;
		case 2:
			time = 1;
			break;
		default:
			break;
		}
	}
	return year && time;
}

int
quote_thread_entry(const char *s, size_t n, const char *next, size_t nn)
{
	size_t m = n;
	const char *t = strip(s, &m);
	if (m == 0 || m > ENTRY_NAME_MAX || next == NULL)
		return 0;
	return !quote_date_line(t, m) && quote_date_line(next, nn);
}
