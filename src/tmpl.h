/*
 * tmpl — a mustache renderer (https://mustache.github.io/mustache.5.html),
 * tested against the official spec suites: comments, interpolation,
 * sections, inverted, partials, delimiters.  Pure: no I/O; partials come
 * from a caller-supplied lookup.  No lambdas.
 *
 * Data is a tree of struct tmpl_value built with the constructors below.
 * A value owns its children; tmpl_value_free releases the whole tree.
 *
 * Truth, as in mustache.js: a missing name, null, false, 0, NaN, "" and
 * an empty list are false; everything else (any map included) is true.
 * Interpolation renders null, lists and maps as "", booleans as "true" or
 * "false", and numbers in their shortest round-trip form (85 -> "85",
 * 1.21 -> "1.21").
 */
#ifndef REGBOT_TMPL_H
#define REGBOT_TMPL_H

#include <stddef.h>

#include "util.h"

/* Partials including partials deeper than this are an error, so a partial
 * that includes itself cannot exhaust the stack.  Sections nested deeper
 * than TMPL_SECTION_DEPTH_MAX in one template are a syntax error. */
#define TMPL_PARTIAL_DEPTH_MAX 64
#define TMPL_SECTION_DEPTH_MAX 64

enum tmpl_type {
	TMPL_NULL,
	TMPL_BOOL,
	TMPL_NUMBER,
	TMPL_STRING,
	TMPL_LIST,
	TMPL_MAP
};

struct tmpl_value;

struct tmpl_value *tmpl_null(void);
struct tmpl_value *tmpl_bool(int b);
struct tmpl_value *tmpl_number(double d);
struct tmpl_value *tmpl_string(const char *s); /* copies s; NULL s
						  gives TMPL_NULL */
struct tmpl_value *tmpl_list(void);
struct tmpl_value *tmpl_map(void);
/* Takes ownership of v (NULL v stores a TMPL_NULL).  Returns list/map for
 * chaining.  Setting a key that exists replaces (and frees) its value. */
struct tmpl_value *tmpl_list_add(struct tmpl_value *list, struct tmpl_value *v);
struct tmpl_value *tmpl_map_set(struct tmpl_value *map, const char *key,
				struct tmpl_value *v);
/* Shorthand: map[key] = string (NULL s sets TMPL_NULL). */
struct tmpl_value *tmpl_map_set_str(struct tmpl_value *map, const char *key,
				    const char *s);
/* Borrowed from map; NULL when map is NULL, not a map, or lacks key. */
const struct tmpl_value *tmpl_map_get(const struct tmpl_value *map,
				      const char *key);
enum tmpl_type tmpl_type_of(const struct tmpl_value *v); /* NULL: TMPL_NULL */
/* A string value's text (borrowed), or NULL for any other type. */
const char *tmpl_string_of(const struct tmpl_value *v);
/* 1 for a true boolean, 0 for anything else. */
int tmpl_bool_of(const struct tmpl_value *v);
void tmpl_value_free(struct tmpl_value *v);

/* Returns the partial's template text (borrowed until render returns),
 * or NULL when there is no such partial (renders as empty).  Called at
 * most once per partial name and render. */
typedef const char *(*tmpl_partial_fn)(const char *name, void *arg);

enum tmpl_escape { TMPL_ESCAPE_NONE, TMPL_ESCAPE_HTML };

/* Renders `tpl` with `ctx` into `out` (appended).  With TMPL_ESCAPE_NONE,
 * {{x}} and {{{x}}} both insert text verbatim (plain-text mail); with
 * TMPL_ESCAPE_HTML, {{x}} escapes & < > " as the spec requires.
 * ctx may be NULL (every name is missing); partial may be NULL (no
 * partials); err may be NULL.
 * Returns 0 (and sets *err to NULL); -1 on a syntax error (unclosed tag or
 * section, mismatched close, bad delimiter or name), partials nested deeper
 * than TMPL_PARTIAL_DEPTH_MAX, or when `out` is full, with *err set to
 * "line N: what" (caller frees).  N is the line in `tpl`; an error inside
 * a partial reads "line N: partial 'p': line M: what".  On error `out` is
 * restored to its length on entry. */
int tmpl_render(const char *tpl, const struct tmpl_value *ctx,
		tmpl_partial_fn partial, void *partial_arg,
		enum tmpl_escape esc, struct buf *out, char **err);

/* Calls fn for every variable and section name the template uses (dotted
 * names as written, the implicit iterator as ".", partial names prefixed
 * by '>'), in order, once per tag (closing tags excluded), with the
 * 1-based line of the tag; used by check-config to report unknown
 * variables.  `name` is borrowed for the call.  Returns 0, or -1 on a
 * syntax error with *err set as above (fn is then not called at all). */
typedef void (*tmpl_name_fn)(const char *name, int line, void *arg);
int tmpl_names(const char *tpl, tmpl_name_fn fn, void *arg, char **err);

#endif
