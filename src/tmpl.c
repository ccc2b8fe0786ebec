/*
 * tmpl — mustache renderer; the contract is in tmpl.h.
 *
 * A template is parsed in full before anything is rendered, into a flat
 * array of nodes (text, variable, section, inverted section, partial).
 * Each node records the index just past itself, which for a section is
 * just past its body, so rendering and tmpl_names walk the array without
 * building a tree.  Nodes point into the template text; the caller keeps
 * that alive for the call (partial texts: until tmpl_render returns).
 *
 * Ownership: a tmpl_value owns its children.  Parsed partials are cached
 * per tmpl_render call and freed before it returns.
 *
 * Errors: syntax errors, a full output buffer and partials nested too deep
 * come back as "line N: what" strings; on error the output buffer is cut
 * back to its length on entry, so callers never send half a reply.  Out of
 * memory aborts in xmalloc.  Recursion is bounded: section nesting at parse
 * time, partial nesting at render time (see tmpl.h).
 */
#include "tmpl.h"

#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- values ---- */

struct map_entry {
	char *key;
	struct tmpl_value *val;
};

struct tmpl_value {
	enum tmpl_type type;
	union {
		int b;
		double num;
		char *str;
		struct {
			struct tmpl_value **items;
			size_t n, cap;
		} list;
		struct {
			struct map_entry *ents;
			size_t n, cap;
		} map;
	} u;
};

static struct tmpl_value *
value_new(enum tmpl_type type)
{
	struct tmpl_value *v = xcalloc(1, sizeof *v);
	v->type = type;
	return v;
}

struct tmpl_value *
tmpl_null(void)
{
	return value_new(TMPL_NULL);
}

struct tmpl_value *
tmpl_bool(int b)
{
	struct tmpl_value *v = value_new(TMPL_BOOL);
	v->u.b = b != 0;
	return v;
}

struct tmpl_value *
tmpl_number(double d)
{
	struct tmpl_value *v = value_new(TMPL_NUMBER);
	v->u.num = d;
	return v;
}

struct tmpl_value *
tmpl_string(const char *s)
{
	if (s == NULL)
		return tmpl_null();
	struct tmpl_value *v = value_new(TMPL_STRING);
	v->u.str = xstrdup(s);
	return v;
}

struct tmpl_value *
tmpl_list(void)
{
	return value_new(TMPL_LIST);
}

struct tmpl_value *
tmpl_map(void)
{
	return value_new(TMPL_MAP);
}

struct tmpl_value *
tmpl_list_add(struct tmpl_value *list, struct tmpl_value *v)
{
	assert(list != NULL && list->type == TMPL_LIST);
	if (v == NULL)
		v = tmpl_null();
	if (list->u.list.n == list->u.list.cap) {
		size_t cap = list->u.list.cap ? list->u.list.cap * 2 : 4;
		list->u.list.items =
		    xrealloc(list->u.list.items, cap * sizeof(v));
		list->u.list.cap = cap;
	}
	list->u.list.items[list->u.list.n++] = v;
	return list;
}

/* The value stored under key[0..len), or NULL (also for a non-map). */
static struct map_entry *
map_find(const struct tmpl_value *map, const char *key, size_t len)
{
	if (map == NULL || map->type != TMPL_MAP)
		return NULL;
	for (size_t i = 0; i < map->u.map.n; i++) {
		struct map_entry *e = &map->u.map.ents[i];
		if (strncmp(e->key, key, len) == 0 && e->key[len] == '\0')
			return e;
	}
	return NULL;
}

struct tmpl_value *
tmpl_map_set(struct tmpl_value *map, const char *key, struct tmpl_value *v)
{
	assert(map != NULL && map->type == TMPL_MAP && key != NULL);
	if (v == NULL)
		v = tmpl_null();
	struct map_entry *e = map_find(map, key, strlen(key));
	if (e != NULL) {
		tmpl_value_free(e->val);
		e->val = v;
		return map;
	}
	if (map->u.map.n == map->u.map.cap) {
		size_t cap = map->u.map.cap ? map->u.map.cap * 2 : 4;
		map->u.map.ents = xrealloc(map->u.map.ents, cap * sizeof(*e));
		map->u.map.cap = cap;
	}
	e = &map->u.map.ents[map->u.map.n++];
	e->key = xstrdup(key);
	e->val = v;
	return map;
}

struct tmpl_value *
tmpl_map_set_str(struct tmpl_value *map, const char *key, const char *s)
{
	return tmpl_map_set(map, key, tmpl_string(s));
}

const struct tmpl_value *
tmpl_map_get(const struct tmpl_value *map, const char *key)
{
	if (key == NULL)
		return NULL;
	struct map_entry *e = map_find(map, key, strlen(key));
	return e ? e->val : NULL;
}

enum tmpl_type
tmpl_type_of(const struct tmpl_value *v)
{
	return v ? v->type : TMPL_NULL;
}

int
tmpl_bool_of(const struct tmpl_value *v)
{
	return v && v->type == TMPL_BOOL && v->u.b;
}

const char *
tmpl_string_of(const struct tmpl_value *v)
{
	return v && v->type == TMPL_STRING ? v->u.str : NULL;
}

void
tmpl_value_free(struct tmpl_value *v)
{
	if (v == NULL)
		return;
	switch (v->type) {
	case TMPL_STRING:
		free(v->u.str);
		break;
	case TMPL_LIST:
		for (size_t i = 0; i < v->u.list.n; i++)
			tmpl_value_free(v->u.list.items[i]);
		free(v->u.list.items);
		break;
	case TMPL_MAP:
		for (size_t i = 0; i < v->u.map.n; i++) {
			free(v->u.map.ents[i].key);
			tmpl_value_free(v->u.map.ents[i].val);
		}
		free(v->u.map.ents);
		break;
	default:
		break;
	}
	free(v);
}

/* ---- parsing ---- */

enum node_kind { N_TEXT, N_VAR, N_RAW, N_SECTION, N_INVERTED, N_PARTIAL };

struct node {
	enum node_kind kind;
	int line;
	const char *s; /* text, or the tag's name */
	size_t len;
	const char *indent; /* standalone partial: whitespace before it */
	size_t ilen;
	/* Index just past this node (for a section: past its body).  While
	 * a section is still open, the enclosing open section's index + 1
	 * (0: none). */
	size_t end;
};

struct tree {
	struct node *nodes;
	size_t n, cap;
};

struct parser {
	const char *src;
	size_t len, pos;
	const char *otag, *ctag; /* current delimiters, into src or static */
	size_t olen, clen;
	size_t lpos; /* line counting cursor: src[0..lpos) counted */
	int line;    /* line of src[lpos] */
	struct tree *t;
	size_t open; /* innermost open section's index + 1; 0 = none */
	int depth;
	char *err;
};

/* A tag as found in the text: sigil ('\0' for a plain variable), the
 * content between sigil and closing delimiter, trimmed unless a comment
 * or delimiter change, and the indentation before it if standalone. */
struct tag {
	char sigil;
	int line;
	const char *s;
	size_t len;
	const char *indent;
	size_t ilen;
	int standalone;
};

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f';
}

static int
line_at(struct parser *p, size_t pos)
{
	for (; p->lpos < pos; p->lpos++)
		if (p->src[p->lpos] == '\n')
			p->line++;
	return p->line;
}

static int parse_error(struct parser *p, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
parse_error(struct parser *p, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	p->err = xasprintf("line %d: %s", line, msg);
	free(msg);
	return -1;
}

static size_t
add_node(struct tree *t, enum node_kind kind, int line, const char *s,
	 size_t len)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->nodes = xrealloc(t->nodes, t->cap * sizeof(*t->nodes));
	}
	struct node *nd = &t->nodes[t->n];
	memset(nd, 0, sizeof(*nd));
	nd->kind = kind;
	nd->line = line;
	nd->s = s;
	nd->len = len;
	nd->end = t->n + 1;
	return t->n++;
}

static void
add_text(struct parser *p, size_t from, size_t to)
{
	if (to > from)
		add_node(p->t, N_TEXT, line_at(p, from), p->src + from,
			 to - from);
}

/* Variable, section and partial names: no inner whitespace; dotted names
 * have no empty parts ("." alone is the implicit iterator). */
static int
check_name(struct parser *p, const struct tag *tg, int dotted)
{
	if (tg->len == 0)
		return parse_error(p, tg->line, "empty tag");
	for (size_t i = 0; i < tg->len; i++)
		if (is_space(tg->s[i]))
			return parse_error(p, tg->line,
					   "bad name '%.*s' (contains a space)",
					   (int)tg->len, tg->s);
	if (!dotted || (tg->len == 1 && tg->s[0] == '.'))
		return 0;
	for (size_t i = 0; i < tg->len; i++)
		if (tg->s[i] == '.' &&
		    (i == 0 || i + 1 == tg->len || tg->s[i + 1] == '.'))
			return parse_error(p, tg->line,
					   "bad name '%.*s' (empty part)",
					   (int)tg->len, tg->s);
	return 0;
}

static int
tag_comment(struct parser *p, const struct tag *tg)
{
	(void)p;
	(void)tg;
	return 0;
}

static int
tag_var(struct parser *p, const struct tag *tg)
{
	if (check_name(p, tg, 1) < 0)
		return -1;
	add_node(p->t, tg->sigil ? N_RAW : N_VAR, tg->line, tg->s, tg->len);
	return 0;
}

static int
tag_open(struct parser *p, const struct tag *tg)
{
	if (check_name(p, tg, 1) < 0)
		return -1;
	if (p->depth >= TMPL_SECTION_DEPTH_MAX)
		return parse_error(p, tg->line,
				   "sections nested deeper than %d",
				   TMPL_SECTION_DEPTH_MAX);
	size_t i = add_node(p->t, tg->sigil == '#' ? N_SECTION : N_INVERTED,
			    tg->line, tg->s, tg->len);
	p->t->nodes[i].end = p->open;
	p->open = i + 1;
	p->depth++;
	return 0;
}

static int
tag_close(struct parser *p, const struct tag *tg)
{
	if (check_name(p, tg, 1) < 0)
		return -1;
	if (p->open == 0)
		return parse_error(p, tg->line,
				   "closing tag '%.*s' without an open section",
				   (int)tg->len, tg->s);
	struct node *sec = &p->t->nodes[p->open - 1];
	if (sec->len != tg->len || memcmp(sec->s, tg->s, tg->len) != 0)
		return parse_error(p, tg->line,
				   "closing tag '%.*s' does not match section "
				   "'%.*s' opened on line %d",
				   (int)tg->len, tg->s, (int)sec->len, sec->s,
				   sec->line);
	p->open = sec->end;
	sec->end = p->t->n;
	p->depth--;
	return 0;
}

static int
tag_partial(struct parser *p, const struct tag *tg)
{
	if (check_name(p, tg, 0) < 0)
		return -1;
	size_t i = add_node(p->t, N_PARTIAL, tg->line, tg->s, tg->len);
	if (tg->standalone) {
		p->t->nodes[i].indent = tg->indent;
		p->t->nodes[i].ilen = tg->ilen;
	}
	return 0;
}

/* {{=<% %>=}}: two delimiters, separated by whitespace, neither holding
 * whitespace or '='. */
static int
tag_delims(struct parser *p, const struct tag *tg)
{
	const char *s = tg->s, *e = tg->s + tg->len;
	while (s < e && is_space(*s))
		s++;
	while (e > s && is_space(e[-1]))
		e--;
	const char *o = s;
	while (s < e && !is_space(*s))
		s++;
	size_t olen = (size_t)(s - o);
	while (s < e && is_space(*s))
		s++;
	const char *c = s;
	size_t clen = (size_t)(e - s);
	int ok = olen > 0 && clen > 0 && memchr(o, '=', olen) == NULL &&
		 memchr(c, '=', clen) == NULL;
	for (size_t i = 0; ok && i < clen; i++)
		if (is_space(c[i]))
			ok = 0;
	if (!ok)
		return parse_error(p, tg->line,
				   "bad delimiters '%.*s' (want two, without "
				   "spaces or '=')",
				   (int)(e - o), o);
	p->otag = o;
	p->olen = olen;
	p->ctag = c;
	p->clen = clen;
	return 0;
}

static const struct tag_kind {
	char sigil; /* after the opening delimiter; '\0': plain variable */
	char pre;   /* char before the closing delimiter ('}' for {{{x}}}) */
	int standalone_ok; /* may stand alone on a line (the line vanishes) */
	int trim;	   /* trim the content */
	int (*handle)(struct parser *, const struct tag *);
} tag_kinds[] = {
    {'!', 0, 1, 0, tag_comment}, {'=', '=', 1, 0, tag_delims},
    {'#', 0, 1, 1, tag_open},	 {'^', 0, 1, 1, tag_open},
    {'/', 0, 1, 1, tag_close},	 {'>', 0, 1, 1, tag_partial},
    {'&', 0, 0, 1, tag_var},	 {'{', '}', 0, 1, tag_var},
    {'\0', 0, 0, 1, tag_var},
};

/* Index of the closing sequence (pre char, if any, then the closing
 * delimiter) at or after from, or SIZE_MAX. */
static size_t
find_close(const struct parser *p, size_t from, char pre)
{
	size_t at = from;
	for (;;) {
		const char *hit =
		    memmem(p->src + at, p->len - at, p->ctag, p->clen);
		if (hit == NULL)
			return SIZE_MAX;
		size_t k = (size_t)(hit - p->src);
		if (!pre)
			return k;
		if (k > from && p->src[k - 1] == pre)
			return k - 1;
		at = k + 1;
	}
}

/* The tag whose opening delimiter starts at src[start]. */
static int
parse_tag(struct parser *p, size_t start)
{
	const struct tag_kind *kind = tag_kinds;
	struct tag tg = {.line = line_at(p, start)};
	size_t q = start + p->olen;
	while (kind->sigil != '\0' && (q >= p->len || p->src[q] != kind->sigil))
		kind++;
	if (kind->sigil != '\0')
		q++;
	tg.sigil = kind->sigil;
	size_t cend = find_close(p, q, kind->pre);
	if (cend == SIZE_MAX)
		return parse_error(p, tg.line, "unclosed tag");
	size_t tend = cend + (kind->pre ? 1 : 0) + p->clen;
	tg.s = p->src + q;
	tg.len = cend - q;
	if (kind->trim) {
		while (tg.len > 0 && is_space(tg.s[0])) {
			tg.s++;
			tg.len--;
		}
		while (tg.len > 0 && is_space(tg.s[tg.len - 1]))
			tg.len--;
	}

	/* Standalone: only blanks before it on its line and after it up to
	 * the line end; then the whole line, newline included, vanishes. */
	size_t ls = start, re = tend;
	while (ls > p->pos && is_blank(p->src[ls - 1]))
		ls--;
	if (kind->standalone_ok && (ls == 0 || p->src[ls - 1] == '\n')) {
		while (re < p->len && is_blank(p->src[re]))
			re++;
		if (re == p->len) {
			tg.standalone = 1;
		} else if (p->src[re] == '\n') {
			tg.standalone = 1;
			re++;
		} else if (p->src[re] == '\r' && p->src[re + 1] == '\n') {
			tg.standalone = 1;
			re += 2;
		}
	}
	if (tg.standalone) {
		tg.indent = p->src + ls;
		tg.ilen = start - ls;
		add_text(p, p->pos, ls);
		p->pos = re;
	} else {
		add_text(p, p->pos, start);
		p->pos = tend;
	}
	return kind->handle(p, &tg);
}

/* Parses src into t (which the caller frees, also on error). */
static int
parse(const char *src, struct tree *t, char **err)
{
	struct parser p = {
	    .src = src,
	    .len = strlen(src),
	    .otag = "{{",
	    .olen = 2,
	    .ctag = "}}",
	    .clen = 2,
	    .line = 1,
	    .t = t,
	};
	while (p.pos < p.len) {
		const char *hit =
		    memmem(src + p.pos, p.len - p.pos, p.otag, p.olen);
		if (hit == NULL) {
			add_text(&p, p.pos, p.len);
			break;
		}
		if (parse_tag(&p, (size_t)(hit - src)) < 0) {
			*err = p.err;
			return -1;
		}
	}
	if (p.open) {
		const struct node *sec = &t->nodes[p.open - 1];
		parse_error(&p, sec->line, "section '%.*s' is not closed",
			    (int)sec->len, sec->s);
		*err = p.err;
		return -1;
	}
	return 0;
}

/* Parsed templates kept across renders.  A reply renders the same
 * texts (the loaded template set, its partials, its header lines) every
 * time, and parsing them cost more than rendering.  The key is the text
 * itself, so a changed template (a reload) is simply another entry; a
 * kept tree points into the cache's own copy of its text.  An entry
 * used by the render in progress is never evicted: when every entry is,
 * the new tree is the render's own and freed after it. */
enum { KEPT_MAX = 128 };
static struct kept {
	char *src;
	size_t len;
	struct tree t;
	unsigned long used; /* render that used it last */
} kept[KEPT_MAX];
static size_t nkept;
static unsigned long render_no; /* the render in progress */

/* Parses src into *t, from the cache when it can.  *owned says whether
 * the caller frees t->nodes.  Errors are not kept. */
static int
parse_kept(const char *src, struct tree *t, int *owned, char **err)
{
	size_t len = strlen(src);
	for (size_t i = 0; i < nkept; i++)
		if (kept[i].len == len && !memcmp(kept[i].src, src, len)) {
			kept[i].used = render_no;
			*t = kept[i].t;
			*owned = 0;
			return 0;
		}
	size_t slot = nkept;
	if (nkept == KEPT_MAX) {
		slot = 0;
		for (size_t i = 1; i < KEPT_MAX; i++)
			if (kept[i].used < kept[slot].used)
				slot = i;
	}
	/* every entry in use by this render: the tree is its own */
	int keep = !(slot < nkept && kept[slot].used == render_no);
	char *copy = keep ? xstrndup(src, len) : NULL;
	struct tree nt = {0};
	*owned = 1;
	*t = (struct tree){0};
	if (parse(keep ? copy : src, &nt, err) < 0) {
		free(nt.nodes);
		free(copy);
		return -1;
	}
	*t = nt;
	if (!keep)
		return 0;
	if (slot < nkept) {
		free(kept[slot].src);
		free(kept[slot].t.nodes);
	} else {
		nkept++;
	}
	kept[slot] = (struct kept){copy, len, nt, render_no};
	*owned = 0;
	return 0;
}

/* ---- rendering ---- */

/* The context stack, innermost first; lives on the C stack. */
struct frame {
	const struct tmpl_value *v;
	const struct frame *up;
};

/* Indentation of standalone partials, innermost last when emitted. */
struct indent {
	const char *s;
	size_t n;
	const struct indent *up;
};

struct partial {
	const char *name; /* into the including template */
	size_t len;
	int found;
	int owned; /* t.nodes freed after the render (not kept) */
	struct tree t;
};

struct render {
	tmpl_partial_fn fn;
	void *arg;
	enum tmpl_escape esc;
	struct buf *out;
	int bol; /* output is at the start of a line (for indentation) */
	struct partial *parts;
	size_t nparts, capparts;
	int depth;	   /* partials being rendered */
	const char *pname; /* innermost of them, for errors */
	size_t pnlen;
	char *err;
};

static int render_error(struct render *r, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
render_error(struct render *r, int line, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	free(r->err);
	if (r->depth == 0)
		r->err = xasprintf("line %d: %s", line, msg);
	else
		r->err = xasprintf("partial '%.*s': line %d: %s", (int)r->pnlen,
				   r->pname, line, msg);
	free(msg);
	return -1;
}

static int
full(struct render *r, int line)
{
	return render_error(r, line, "output exceeds %zu bytes", r->out->max);
}

static const struct tmpl_value *
lookup(const struct frame *ctx, const char *name, size_t len)
{
	if (len == 1 && name[0] == '.')
		return ctx->v;
	const char *dot = memchr(name, '.', len);
	size_t part = dot ? (size_t)(dot - name) : len;
	const struct map_entry *e = NULL;
	/* The first part is looked up through the context stack; the
	 * others only inside what it found. */
	for (const struct frame *f = ctx; f != NULL && e == NULL; f = f->up)
		e = map_find(f->v, name, part);
	while (e != NULL && dot != NULL) {
		len -= part + 1;
		name = dot + 1;
		dot = memchr(name, '.', len);
		part = dot ? (size_t)(dot - name) : len;
		e = map_find(e->val, name, part);
	}
	return e ? e->val : NULL;
}

static int
truthy(const struct tmpl_value *v)
{
	if (v == NULL)
		return 0;
	switch (v->type) {
	case TMPL_BOOL:
		return v->u.b;
	case TMPL_NUMBER:
		return v->u.num == v->u.num && v->u.num != 0;
	case TMPL_STRING:
		return v->u.str[0] != '\0';
	case TMPL_LIST:
		return v->u.list.n > 0;
	case TMPL_MAP:
		return 1;
	default:
		return 0;
	}
}

/* Shortest text that reads back as d; integers without exponent, as
 * JavaScript (and so the spec) prints them. */
static void
format_number(double d, char *out, size_t size)
{
	if (d == 0) {
		snprintf(out, size, "0");
		return;
	}
	if (d > -1e18 && d < 1e18 && d == (double)(long long)d) {
		snprintf(out, size, "%lld", (long long)d);
		return;
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(out, size, "%.*g", prec, d);
		if (strtod(out, NULL) == d)
			return;
	}
}

static int
emit_indent(struct render *r, const struct indent *ind)
{
	if (ind == NULL)
		return 0;
	if (emit_indent(r, ind->up) < 0)
		return -1;
	return buf_add(r->out, ind->s, ind->n);
}

/* Template text: each line it starts is indented.  *line follows the
 * text's lines, so an error names the line that did not fit. */
static int
emit_text(struct render *r, const struct indent *ind, const char *s, size_t n,
	  int *line)
{
	while (n > 0) {
		if (r->bol && emit_indent(r, ind) < 0)
			return -1;
		const char *nl = memchr(s, '\n', n);
		size_t k = nl ? (size_t)(nl - s) + 1 : n;
		if (buf_add(r->out, s, k) < 0)
			return -1;
		r->bol = nl != NULL;
		*line += r->bol;
		s += k;
		n -= k;
	}
	return 0;
}

/* Data: indented where it starts a line, but its own lines are not. */
static int
emit_value(struct render *r, const struct indent *ind, const char *s, size_t n,
	   int html)
{
	static const struct {
		char c;
		const char *entity;
	} entities[] = {
	    {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}};
	if (n == 0)
		return 0;
	if (r->bol && emit_indent(r, ind) < 0)
		return -1;
	r->bol = 0;
	if (!html)
		return buf_add(r->out, s, n);
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *ent = NULL;
		for (size_t j = 0; j < sizeof(entities) / sizeof(*entities);
		     j++)
			if (s[i] == entities[j].c)
				ent = entities[j].entity;
		if (ent == NULL)
			continue;
		if (buf_add(r->out, s + run, i - run) < 0 ||
		    buf_adds(r->out, ent) < 0)
			return -1;
		run = i + 1;
	}
	return buf_add(r->out, s + run, n - run);
}

static int render_nodes(struct render *r, const struct tree *t, size_t from,
			size_t to, const struct frame *ctx,
			const struct indent *ind);

static int
render_text(struct render *r, const struct tree *t, const struct node *nd,
	    const struct frame *ctx, const struct indent *ind)
{
	(void)t;
	(void)ctx;
	int line = nd->line;
	if (emit_text(r, ind, nd->s, nd->len, &line) < 0)
		return full(r, line);
	return 0;
}

static int
render_var(struct render *r, const struct tree *t, const struct node *nd,
	   const struct frame *ctx, const struct indent *ind)
{
	(void)t;
	const struct tmpl_value *v = lookup(ctx, nd->s, nd->len);
	char num[64];
	const char *s = "";
	switch (tmpl_type_of(v)) {
	case TMPL_STRING:
		s = v->u.str;
		break;
	case TMPL_NUMBER:
		format_number(v->u.num, num, sizeof(num));
		s = num;
		break;
	case TMPL_BOOL:
		s = v->u.b ? "true" : "false";
		break;
	default:
		break;
	}
	int html = nd->kind == N_VAR && r->esc == TMPL_ESCAPE_HTML;
	if (emit_value(r, ind, s, strlen(s), html) < 0)
		return full(r, nd->line);
	return 0;
}

static int
render_section(struct render *r, const struct tree *t, const struct node *nd,
	       const struct frame *ctx, const struct indent *ind)
{
	const struct tmpl_value *v = lookup(ctx, nd->s, nd->len);
	size_t body = (size_t)(nd - t->nodes) + 1;
	if (tmpl_type_of(v) == TMPL_LIST) {
		for (size_t i = 0; i < v->u.list.n; i++) {
			struct frame f = {v->u.list.items[i], ctx};
			if (render_nodes(r, t, body, nd->end, &f, ind) < 0)
				return -1;
		}
		return 0;
	}
	if (!truthy(v))
		return 0;
	struct frame f = {v, ctx};
	return render_nodes(r, t, body, nd->end, &f, ind);
}

static int
render_inverted(struct render *r, const struct tree *t, const struct node *nd,
		const struct frame *ctx, const struct indent *ind)
{
	if (truthy(lookup(ctx, nd->s, nd->len)))
		return 0;
	size_t body = (size_t)(nd - t->nodes) + 1;
	return render_nodes(r, t, body, nd->end, ctx, ind);
}

/* The parsed partial for nd's name, from the cache or the caller's
 * lookup, into *out.  Returns 1, 0 when there is no such partial, or -1
 * when it has a syntax error. */
static int
get_partial(struct render *r, const struct node *nd, struct tree *out)
{
	struct partial *pt = NULL;
	for (size_t i = 0; i < r->nparts && pt == NULL; i++)
		if (r->parts[i].len == nd->len &&
		    memcmp(r->parts[i].name, nd->s, nd->len) == 0)
			pt = &r->parts[i];
	if (pt == NULL) {
		char *name = xstrndup(nd->s, nd->len);
		const char *text = r->fn ? r->fn(name, r->arg) : NULL;
		free(name);
		struct tree t = {0};
		int owned = 0;
		char *perr = NULL;
		if (text != NULL && parse_kept(text, &t, &owned, &perr) < 0) {
			render_error(r, nd->line, "partial '%.*s': %s",
				     (int)nd->len, nd->s, perr);
			free(perr);
			return -1;
		}
		if (r->nparts == r->capparts) {
			r->capparts = r->capparts ? r->capparts * 2 : 4;
			r->parts =
			    xrealloc(r->parts, r->capparts * sizeof(*r->parts));
		}
		pt = &r->parts[r->nparts++];
		pt->name = nd->s;
		pt->len = nd->len;
		pt->found = text != NULL;
		pt->owned = owned;
		pt->t = t;
	}
	/* A copy: rendering may grow (move) the cache. */
	*out = pt->t;
	return pt->found ? 1 : 0;
}

static int
render_partial(struct render *r, const struct tree *t, const struct node *nd,
	       const struct frame *ctx, const struct indent *ind)
{
	(void)t;
	if (r->depth >= TMPL_PARTIAL_DEPTH_MAX)
		return render_error(r, nd->line,
				    "partials nested deeper than %d",
				    TMPL_PARTIAL_DEPTH_MAX);
	struct tree pt;
	int found = get_partial(r, nd, &pt);
	if (found <= 0)
		return found;
	struct indent sub = {nd->indent, nd->ilen, ind};
	const char *saved = r->pname;
	size_t savedlen = r->pnlen;
	r->pname = nd->s;
	r->pnlen = nd->len;
	r->depth++;
	int rc = render_nodes(r, &pt, 0, pt.n, ctx, nd->ilen ? &sub : ind);
	r->depth--;
	r->pname = saved;
	r->pnlen = savedlen;
	if (rc < 0 && r->depth == 0) {
		char *inner = r->err;
		r->err = xasprintf("line %d: %s", nd->line, inner);
		free(inner);
	}
	return rc;
}

typedef int (*render_fn)(struct render *, const struct tree *,
			 const struct node *, const struct frame *,
			 const struct indent *);

static const render_fn renderers[] = {
    [N_TEXT] = render_text,	    [N_VAR] = render_var,
    [N_RAW] = render_var,	    [N_SECTION] = render_section,
    [N_INVERTED] = render_inverted, [N_PARTIAL] = render_partial,
};

static int
render_nodes(struct render *r, const struct tree *t, size_t from, size_t to,
	     const struct frame *ctx, const struct indent *ind)
{
	for (size_t i = from; i < to; i = t->nodes[i].end)
		if (renderers[t->nodes[i].kind](r, t, &t->nodes[i], ctx, ind) <
		    0)
			return -1;
	return 0;
}

static void
hand_error(char **err, char *msg)
{
	if (err != NULL)
		*err = msg;
	else
		free(msg);
}

int
tmpl_render(const char *tpl, const struct tmpl_value *ctx,
	    tmpl_partial_fn partial, void *partial_arg, enum tmpl_escape esc,
	    struct buf *out, char **err)
{
	assert(tpl != NULL && out != NULL);
	if (err != NULL)
		*err = NULL;
	struct tree t = {0};
	int owned = 0;
	char *perr = NULL;
	render_no++;
	if (parse_kept(tpl, &t, &owned, &perr) < 0) {
		hand_error(err, perr);
		return -1;
	}
	struct render r = {
	    .fn = partial,
	    .arg = partial_arg,
	    .esc = esc,
	    .out = out,
	    .bol = 1,
	};
	size_t start = out->len;
	struct frame root = {ctx, NULL};
	int rc = render_nodes(&r, &t, 0, t.n, &root, NULL);
	if (rc < 0) {
		out->len = start;
		if (out->p != NULL)
			out->p[start] = '\0';
		hand_error(err, r.err);
	}
	for (size_t i = 0; i < r.nparts; i++)
		if (r.parts[i].owned)
			free(r.parts[i].t.nodes);
	free(r.parts);
	if (owned)
		free(t.nodes);
	return rc;
}

int
tmpl_names(const char *tpl, tmpl_name_fn fn, void *arg, char **err)
{
	assert(tpl != NULL && fn != NULL);
	if (err != NULL)
		*err = NULL;
	struct tree t = {0};
	char *perr = NULL;
	if (parse(tpl, &t, &perr) < 0) {
		free(t.nodes);
		hand_error(err, perr);
		return -1;
	}
	for (size_t i = 0; i < t.n; i++) {
		const struct node *nd = &t.nodes[i];
		if (nd->kind == N_TEXT)
			continue;
		char *name =
		    xasprintf("%s%.*s", nd->kind == N_PARTIAL ? ">" : "",
			      (int)nd->len, nd->s);
		fn(name, nd->line, arg);
		free(name);
	}
	free(t.nodes);
	return 0;
}
