/*
 * orgcmd — see orgcmd.h.
 *
 * The text is read a line at a time and never changed; what comes out is
 * copied.  Bounds: ORGCMD_MAX_LINES results, ORGCMD_ANSWER_MAX bytes per
 * answer, 200 bytes per quoted source line; everything else is linear in
 * the text.  Nothing here fails on content.
 */
#include "orgcmd.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "quote.h"
#include "util.h"

#define SOURCE_MAX 200

static const char token_alpha[] = ORGCMD_TOKEN_ALPHABET;
static const char code_alpha[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/* The command words, and what follows each. */
enum args { A_TOKEN, A_CODE, A_CODE_POOL, A_TOKEN_TEXT };
static const struct {
	const char *nl, *en;
	enum orgcmd_verb verb;
	enum args args;
	const char *usage; /* for a line that does not fit */
} verbs[] = {
    {"JA", "YES", ORGCMD_YES, A_TOKEN, "JA TOKEN"},
    {"NEE", "NO", ORGCMD_NO, A_TOKEN, "NEE TOKEN"},
    {"BEVESTIG", "CONFIRM", ORGCMD_CONFIRM, A_TOKEN, "BEVESTIG TOKEN"},
    {"AFMELDEN", "CANCEL", ORGCMD_CANCEL, A_CODE, "AFMELDEN CODE"},
    {"VERPLAATS", "MOVE", ORGCMD_MOVE, A_CODE_POOL, "VERPLAATS CODE POOL"},
    {"ANTWOORD", "ANSWER", ORGCMD_ANSWER, A_TOKEN_TEXT,
     "ANTWOORD TOKEN, then the text on the lines below"},
};

const char *
orgcmd_verb_word(enum orgcmd_verb v, const char *lang)
{
	for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
		if (verbs[i].verb == v)
			return lang && !strcmp(lang, "en") ? verbs[i].en
							   : verbs[i].nl;
	return "?";
}

static int
in_alpha(const char *alpha, char c)
{
	c = (char)toupper((unsigned char)c);
	return c != '\0' && strchr(alpha, c) != NULL;
}

int
orgcmd_token_shape(const char *s)
{
	if (s == NULL || strlen(s) != ORGCMD_TOKEN_LEN)
		return 0;
	int digit = 0, letter = 0;
	for (const char *p = s; *p; p++) {
		if (!in_alpha(token_alpha, *p))
			return 0;
		if (isdigit((unsigned char)*p))
			digit = 1;
		else
			letter = 1;
	}
	return digit && letter;
}

int
orgcmd_code_shape(const char *s)
{
	if (s == NULL || strlen(s) != 11 || s[5] != '-')
		return 0;
	for (int i = 0; i < 11; i++)
		if (i != 5 && !in_alpha(code_alpha, s[i]))
			return 0;
	return 1;
}

int
orgcmd_token_make(const unsigned char rnd[ORGCMD_TOKEN_LEN],
		  char out[ORGCMD_TOKEN_LEN + 1])
{
	size_t n = sizeof token_alpha - 1;
	for (int i = 0; i < ORGCMD_TOKEN_LEN; i++)
		out[i] = token_alpha[rnd[i] % n];
	out[ORGCMD_TOKEN_LEN] = '\0';
	return orgcmd_token_shape(out) ? 0 : -1;
}

/* ---- lines ---- */

struct line {
	const char *p; /* start, in the text */
	size_t len;    /* without CR LF */
};

struct lines {
	struct line *v;
	size_t n;
};

static void
split_lines(const char *text, struct lines *ls)
{
	size_t cap = 0;
	ls->v = NULL;
	ls->n = 0;
	const char *p = text;
	while (*p) {
		const char *e = strchr(p, '\n');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		size_t l = len;
		if (l > 0 && p[l - 1] == '\r')
			l--;
		if (ls->n == cap) {
			cap = cap ? 2 * cap : 64;
			ls->v = xrealloc(ls->v, cap * sizeof *ls->v);
		}
		ls->v[ls->n++] = (struct line){p, l};
		p += len + (e ? 1 : 0);
	}
}

/* Blank: spaces, tabs and no-break spaces (U+00A0, from HTML mail); a
 * stray control character (a lone CR) counts as one too, so no word and
 * no value can carry it. */
static int
blank_byte(char c)
{
	return c == ' ' || (unsigned char)c < 0x20 || c == 0x7f;
}

static size_t
blank_at(const char *p, size_t left)
{
	if (left >= 1 && blank_byte(p[0]))
		return 1;
	if (left >= 2 && (unsigned char)p[0] == 0xc2 &&
	    (unsigned char)p[1] == 0xa0)
		return 2;
	return 0;
}

/* The line without blanks at either end. */
static struct line
trim(struct line l)
{
	size_t b;
	while (l.len > 0 && (b = blank_at(l.p, l.len)) > 0) {
		l.p += b;
		l.len -= b;
	}
	while (l.len > 0) {
		if (blank_byte(l.p[l.len - 1]))
			l.len--;
		else if (l.len >= 2 && (unsigned char)l.p[l.len - 2] == 0xc2 &&
			 (unsigned char)l.p[l.len - 1] == 0xa0)
			l.len -= 2;
		else
			break;
	}
	return l;
}

/* 1 where the organiser's own text ends. */
static int
text_ends(const struct lines *ls, size_t i)
{
	struct line t = trim(ls->v[i]);
	if (t.len == 2 && !memcmp(t.p, "--", 2))
		return 1; /* a signature */
	/* a reply's or a forward's separator, an attribution, a header
	 * block: quote.c's layouts */
	if (quote_separator(t.p, t.len) != QUOTE_NONE)
		return 1;
	const struct line *next = i + 1 < ls->n ? &ls->v[i + 1] : NULL;
	if (quote_attribution(t.p, t.len, next ? next->p : NULL,
			      next ? next->len : 0))
		return 1;
	return quote_header_block(ls->v[i].p);
}

/* ---- words ---- */

#define MAX_WORDS 8

struct words {
	struct line w[MAX_WORDS];
	size_t n;
	int more; /* there were more than MAX_WORDS */
};

static void
split_words(struct line t, struct words *ws)
{
	ws->n = 0;
	ws->more = 0;
	size_t i = 0;
	while (i < t.len) {
		size_t b = blank_at(t.p + i, t.len - i);
		if (b) {
			i += b;
			continue;
		}
		size_t s = i;
		while (i < t.len && blank_at(t.p + i, t.len - i) == 0)
			i++;
		if (ws->n == MAX_WORDS) {
			ws->more = 1;
			return;
		}
		ws->w[ws->n++] = (struct line){t.p + s, i - s};
	}
}

/* The word without punctuation around it ("7F3K." "(ABCDE-12345)"), as
 * a string (caller frees). */
static char *
bare(struct line w)
{
	static const char punct[] = ".,;:!?()[]\"'<>*";
	while (w.len > 0 && strchr(punct, w.p[0]))
		w.p++, w.len--;
	while (w.len > 0 && strchr(punct, w.p[w.len - 1]))
		w.len--;
	return xstrndup(w.p, w.len);
}

/* The word with only trailing sentence punctuation dropped ("7F3K."). */
static char *
arg(struct line w)
{
	while (w.len > 0 && strchr(".,;:!", w.p[w.len - 1]))
		w.len--;
	return xstrndup(w.p, w.len);
}

static void
upper(char *s)
{
	for (; *s; s++)
		*s = (char)toupper((unsigned char)*s);
}

/* At most max bytes of the line, never half a character. */
static char *
excerpt_n(struct line t, size_t max)
{
	size_t n = t.len;
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)t.p[n] & 0xc0) == 0x80)
			n--;
	}
	char *s = xstrndup(t.p, n);
	/* single-line whatever came in: a lone CR or other control
	 * characters become spaces */
	for (char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return s;
}

static char *
excerpt(struct line t)
{
	return excerpt_n(t, SOURCE_MAX);
}

/* A word as a reason quotes it: at most 40 bytes. */
static char *
quoted(const char *w)
{
	return excerpt_n((struct line){w, strlen(w)}, 40);
}

/* ---- results ---- */

static int
full(const struct orgcmd_mail *m)
{
	return m->n + m->nbad >= ORGCMD_MAX_LINES;
}

static void
add_problem(struct orgcmd_mail *m, long line, struct line t, const char *why,
	    int blocking)
{
	m->bad = xrealloc(m->bad, (m->nbad + 1) * sizeof *m->bad);
	m->bad[m->nbad++] = (struct orgcmd_problem){
	    .line = line,
	    .source = excerpt(t),
	    .why = xstrdup(why),
	    .blocking = blocking,
	};
	if (blocking)
		m->nblocking++;
}

static struct orgcmd *
add_cmd(struct orgcmd_mail *m, enum orgcmd_verb v, long line, struct line t)
{
	m->cmds = xrealloc(m->cmds, (m->n + 1) * sizeof *m->cmds);
	struct orgcmd *c = &m->cmds[m->n++];
	memset(c, 0, sizeof *c);
	c->verb = v;
	c->line = line;
	c->source = excerpt(t);
	return c;
}

/* Copies an answer's text: the rest of the command line, then the lines
 * below it up to an empty line or the end of the organiser's text;
 * quoted lines are left out.  Returns the index of the last line read. */
static size_t
answer_text(const struct lines *ls, size_t i, struct line rest, char **out)
{
	struct buf b;
	buf_init(&b, ORGCMD_ANSWER_MAX);
	rest = trim(rest);
	if (rest.len)
		buf_add(&b, rest.p, rest.len);
	size_t k = i + 1;
	for (; k < ls->n; k++) {
		if (text_ends(ls, k))
			break;
		struct line t = trim(ls->v[k]);
		if (t.len == 0)
			break;
		if (t.p[0] == '>')
			continue;
		/* the line as written (its indentation too), less
		 * trailing blanks */
		struct line r = {ls->v[k].p,
				 (size_t)(t.p + t.len - ls->v[k].p)};
		if (b.len && buf_addc(&b, '\n') < 0)
			break;
		if (buf_add(&b, r.p, r.len) < 0)
			break; /* past ORGCMD_ANSWER_MAX: the rest is cut */
	}
	*out = b.len ? buf_detach(&b) : NULL;
	buf_free(&b);
	if (*out) {
		/* no control characters but LF and TAB */
		for (char *p = *out; *p; p++)
			if (((unsigned char)*p < 0x20 && *p != '\n' &&
			     *p != '\t') ||
			    *p == 0x7f)
				*p = ' ';
	}
	return k - 1;
}

/* "'WORD' is not WHAT", the word quoted in part.  Caller frees. */
static char *
not_a(const char *word, const char *what)
{
	char *q = quoted(word);
	char *s = xasprintf("'%s' is not %s", q, what);
	free(q);
	return s;
}

/* One line of the organiser's text; *last: the last line it used. */
static void
parse_line(struct orgcmd_mail *m, const struct lines *ls, size_t i,
	   size_t *last)
{
	struct line t = trim(ls->v[i]);
	long no = (long)i + 1;
	*last = i;
	struct words ws;
	split_words(t, &ws);
	size_t v = 0;
	for (; v < sizeof verbs / sizeof *verbs; v++) {
		struct line w = ws.w[0];
		if ((w.len == strlen(verbs[v].nl) &&
		     !strncasecmp(w.p, verbs[v].nl, w.len)) ||
		    (w.len == strlen(verbs[v].en) &&
		     !strncasecmp(w.p, verbs[v].en, w.len)))
			break;
	}
	if (v == sizeof verbs / sizeof *verbs) {
		/* Not a command.  Naming a token or a code, it was surely
		 * meant as one: never guess which. */
		int names = 0;
		for (size_t k = 0; k < ws.n && !names; k++) {
			char *b = bare(ws.w[k]);
			names = orgcmd_token_shape(b) || orgcmd_code_shape(b);
			free(b);
		}
		add_problem(m, no, t,
			    names ? "not a command, but it names a token or "
				    "a reference code: write one command per "
				    "line, like JA 7F3K"
				  : "not a command",
			    names);
		return;
	}
	char *why = NULL;
	char *a1 = ws.n > 1 ? arg(ws.w[1]) : NULL;
	switch (verbs[v].args) {
	case A_TOKEN:
		if (ws.n != 2 || ws.more)
			why = xasprintf("%s takes one token: %s", verbs[v].nl,
					verbs[v].usage);
		else if (!orgcmd_token_shape(a1))
			why = not_a(a1, "a token (four characters such as "
					"7F3K)");
		else {
			struct orgcmd *c = add_cmd(m, verbs[v].verb, no, t);
			upper(a1);
			c->token = a1;
			a1 = NULL;
		}
		break;
	case A_CODE:
		if (ws.n != 2 || ws.more)
			why = xasprintf("%s takes one reference code: %s",
					verbs[v].nl, verbs[v].usage);
		else if (!orgcmd_code_shape(a1))
			why = not_a(a1, "a reference code (such as "
					"ABCDE-12345)");
		else {
			struct orgcmd *c = add_cmd(m, verbs[v].verb, no, t);
			upper(a1);
			c->code = a1;
			a1 = NULL;
		}
		break;
	case A_CODE_POOL: {
		free(a1);
		a1 = ws.n > 1 ? xstrndup(ws.w[1].p, ws.w[1].len) : NULL;
		if (ws.n < 3 || ws.more)
			why = xasprintf("%s takes a reference code and a "
					"pool: %s",
					verbs[v].nl, verbs[v].usage);
		else if (!orgcmd_code_shape(a1))
			why = not_a(a1, "a reference code (such as "
					"ABCDE-12345)");
		else {
			/* the pool's name: the words after the code, one
			 * space between them */
			struct buf pb;
			buf_init(&pb, 1 << 12);
			for (size_t k = 2; k < ws.n; k++) {
				if (k > 2)
					buf_addc(&pb, ' ');
				buf_add(&pb, ws.w[k].p, ws.w[k].len);
			}
			char *joined = buf_detach(&pb);
			char *pool = arg((struct line){joined, strlen(joined)});
			free(joined);
			if (*pool == '\0') {
				free(pool);
				why = xasprintf("%s needs the pool's name",
						verbs[v].nl);
				break;
			}
			struct orgcmd *c = add_cmd(m, verbs[v].verb, no, t);
			upper(a1);
			c->code = a1;
			c->pool = pool;
			a1 = NULL;
		}
		break;
	}
	case A_TOKEN_TEXT: {
		if (a1 == NULL || !orgcmd_token_shape(a1)) {
			why = a1 ? not_a(a1, "a token (four characters such "
					     "as 7F3K)")
				 : xasprintf("%s takes a token: %s",
					     verbs[v].nl, verbs[v].usage);
			break;
		}
		const char *after = ws.w[1].p + ws.w[1].len;
		struct line rest = {after, (size_t)(t.p + t.len - after)};
		char *text = NULL;
		*last = answer_text(ls, i, rest, &text);
		if (text == NULL) {
			why = xasprintf("%s has no text: write it on the "
					"lines below the command, up to an "
					"empty line",
					verbs[v].nl);
			break;
		}
		struct orgcmd *c = add_cmd(m, verbs[v].verb, no, t);
		upper(a1);
		c->token = a1;
		c->text = text;
		a1 = NULL;
		break;
	}
	}
	free(a1);
	if (why) {
		add_problem(m, no, t, why, 1);
		free(why);
	}
}

int
orgcmd_parse(const char *text, struct orgcmd_mail *out)
{
	if (out == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	if (text == NULL)
		return -1;
	struct lines ls;
	split_lines(text, &ls);
	for (size_t i = 0; i < ls.n; i++) {
		if (text_ends(&ls, i))
			break;
		struct line t = trim(ls.v[i]);
		if (t.len == 0 || t.p[0] == '>')
			continue;
		if (full(out)) {
			add_problem(out, (long)i + 1, t,
				    "too many lines: the rest of the mail is "
				    "not read",
				    1);
			break;
		}
		size_t last = i;
		parse_line(out, &ls, i, &last);
		i = last;
	}
	free(ls.v);
	return 0;
}

int
orgcmd_has_commands(const struct orgcmd_mail *m)
{
	return m->n > 0 || m->nblocking > 0;
}

void
orgcmd_free(struct orgcmd_mail *m)
{
	if (m == NULL)
		return;
	for (size_t i = 0; i < m->n; i++) {
		free(m->cmds[i].source);
		free(m->cmds[i].token);
		free(m->cmds[i].code);
		free(m->cmds[i].pool);
		free(m->cmds[i].text);
	}
	for (size_t i = 0; i < m->nbad; i++) {
		free(m->bad[i].source);
		free(m->bad[i].why);
	}
	free(m->cmds);
	free(m->bad);
	memset(m, 0, sizeof *m);
}

/* ---- Authentication-Results ---- */

/* dom equals domain or is a subdomain of it (case-insensitive). */
static int
same_domain(const char *dom, size_t n, const char *domain)
{
	size_t d = strlen(domain);
	if (n == d)
		return strncasecmp(dom, domain, n) == 0;
	return n > d && dom[n - d - 1] == '.' &&
	       strncasecmp(dom + n - d, domain, d) == 0;
}

/* One resinfo ("spf=fail smtp.mailfrom=a@b.example (...)"), comments
 * already blanked: 1 when it is a failure that counts. */
static int
resinfo_fails(const char *s, size_t n, const char *domain, char **why)
{
	size_t i = 0;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	size_t ms = i;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-'))
		i++;
	size_t ml = i - ms;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	if (ml == 0 || i >= n || s[i] != '=')
		return 0;
	i++;
	while (i < n && isspace((unsigned char)s[i]))
		i++;
	size_t rs = i;
	while (i < n && isalnum((unsigned char)s[i]))
		i++;
	size_t rl = i - rs;
	if (rl != 4 || strncasecmp(s + rs, "fail", 4) != 0)
		return 0;
	const char *m = s + ms;
	if (ml == 5 && !strncasecmp(m, "dmarc", 5)) {
		*why = xstrdup("dmarc=fail");
		return 1;
	}
	int spf = ml == 3 && !strncasecmp(m, "spf", 3);
	int dkim = ml == 4 && !strncasecmp(m, "dkim", 4);
	if (!spf && !dkim)
		return 0;
	/* properties: ptype.property=value */
	while (i < n) {
		while (i < n && isspace((unsigned char)s[i]))
			i++;
		size_t ps = i;
		while (i < n && !isspace((unsigned char)s[i]) && s[i] != '=')
			i++;
		if (i >= n || s[i] != '=') {
			while (i < n && !isspace((unsigned char)s[i]))
				i++;
			continue;
		}
		size_t pl = i - ps;
		i++;
		size_t vs = i;
		while (i < n && !isspace((unsigned char)s[i]))
			i++;
		const char *val = s + vs;
		size_t vl = i - vs;
		static const char *const props[] = {"smtp.mailfrom",
						    "smtp.helo", "header.from",
						    "header.d", "header.i"};
		int known = 0;
		for (size_t k = 0; k < sizeof props / sizeof *props; k++)
			known |= pl == strlen(props[k]) &&
				 !strncasecmp(s + ps, props[k], pl);
		if (!known)
			continue;
		const char *at = memchr(val, '@', vl);
		if (at) {
			vl -= (size_t)(at + 1 - val);
			val = at + 1;
		}
		while (vl > 0 && (val[vl - 1] == '"' || val[vl - 1] == ';'))
			vl--;
		if (vl > 0 && val[0] == '"')
			val++, vl--;
		if (same_domain(val, vl, domain)) {
			*why = xasprintf("%s=fail for %s", spf ? "spf" : "dkim",
					 domain);
			return 1;
		}
	}
	return 0;
}

/* One Authentication-Results value (unfolded). */
static int
ar_fails(char *v, const char *domain, char **why)
{
	/* comments (RFC 5322 CFWS, nested) become spaces; quoted strings
	 * are kept */
	int depth = 0, quoted = 0;
	for (char *p = v; *p; p++) {
		if (quoted) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				quoted = 0;
			continue;
		}
		if (depth == 0 && *p == '"') {
			quoted = 1;
			continue;
		}
		if (*p == '(') {
			depth++;
			*p = ' ';
		} else if (*p == ')' && depth > 0) {
			depth--;
			*p = ' ';
		} else if (depth > 0)
			*p = ' ';
	}
	/* authserv-id [version]; resinfo; resinfo ... */
	char *semi = strchr(v, ';');
	while (semi) {
		char *s = semi + 1;
		char *e = strchr(s, ';');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (resinfo_fails(s, n, domain, why))
			return 1;
		semi = e;
	}
	return 0;
}

int
orgcmd_auth_failed(const char *raw, size_t len, const char *domain, char **why)
{
	*why = NULL;
	if (raw == NULL || domain == NULL || *domain == '\0')
		return 0;
	static const char name[] = "Authentication-Results:";
	size_t nl = sizeof name - 1;
	size_t i = 0;
	while (i < len) {
		size_t e = i;
		while (e < len && raw[e] != '\n')
			e++;
		size_t l = e - i;
		if (l > 0 && raw[i + l - 1] == '\r')
			l--;
		if (l == 0)
			break; /* the end of the header */
		if (l >= nl && !strncasecmp(raw + i, name, nl)) {
			/* the value, with its continuation lines */
			struct buf b;
			buf_init(&b, 1 << 20);
			buf_add(&b, raw + i + nl, l - nl);
			size_t k = e < len ? e + 1 : e;
			while (k < len && (raw[k] == ' ' || raw[k] == '\t')) {
				size_t ke = k;
				while (ke < len && raw[ke] != '\n')
					ke++;
				size_t kl = ke - k;
				if (kl > 0 && raw[k + kl - 1] == '\r')
					kl--;
				buf_addc(&b, ' ');
				buf_add(&b, raw + k, kl);
				k = ke < len ? ke + 1 : ke;
			}
			char *v = buf_detach(&b);
			buf_free(&b);
			/* NUL bytes inside a header end the value there */
			int f = ar_fails(v, domain, why);
			free(v);
			if (f)
				return 1;
			i = k;
			continue;
		}
		i = e < len ? e + 1 : e;
	}
	return 0;
}
