/*
 * tmpl — a mustache renderer (https://mustache.github.io/mustache.5.html),
 * tested against the official spec suites: comments, interpolation,
 * sections, inverted, partials, delimiters.  Pure: no I/O; partials come
 * from a caller-supplied lookup.
 *
 * Data is a tree of struct tmpl_value built with the constructors below.
 * A value owns its children; tmpl_value_free releases the whole tree.
 */
#ifndef REGBOT_TMPL_H
#define REGBOT_TMPL_H

#include <stddef.h>

#include "util.h"

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
struct tmpl_value *tmpl_string(const char *s);        /* copies s */
struct tmpl_value *tmpl_list(void);
struct tmpl_value *tmpl_map(void);
/* Takes ownership of v.  Returns list/map for chaining. */
struct tmpl_value *tmpl_list_add(struct tmpl_value *list,
                                 struct tmpl_value *v);
struct tmpl_value *tmpl_map_set(struct tmpl_value *map, const char *key,
                                struct tmpl_value *v);
/* Shorthand: map[key] = string (NULL s sets TMPL_NULL). */
struct tmpl_value *tmpl_map_set_str(struct tmpl_value *map, const char *key,
                                    const char *s);
const struct tmpl_value *tmpl_map_get(const struct tmpl_value *map,
                                      const char *key);
enum tmpl_type tmpl_type_of(const struct tmpl_value *v);
void tmpl_value_free(struct tmpl_value *v);

/* Returns the partial's template text (borrowed until render returns),
 * or NULL when there is no such partial (renders as empty). */
typedef const char *(*tmpl_partial_fn)(const char *name, void *arg);

enum tmpl_escape { TMPL_ESCAPE_NONE, TMPL_ESCAPE_HTML };

/* Renders `tpl` with `ctx` into `out` (appended).  With TMPL_ESCAPE_NONE,
 * {{x}} and {{{x}}} both insert text verbatim (plain-text mail); with
 * TMPL_ESCAPE_HTML, {{x}} escapes & < > " as the spec requires.
 * Returns 0; -1 on a syntax error (unclosed tag or section, bad delimiter)
 * with *err set to "line N: what" (caller frees), or when `out` is full. */
int tmpl_render(const char *tpl, const struct tmpl_value *ctx,
                tmpl_partial_fn partial, void *partial_arg,
                enum tmpl_escape esc, struct buf *out, char **err);

/* Calls fn for every variable and section name the template uses (dotted
 * names as written, partial names prefixed by '>'), in order; used by
 * check-config to report unknown variables.  Returns 0, or -1 on a syntax
 * error with *err set as above. */
typedef void (*tmpl_name_fn)(const char *name, int line, void *arg);
int tmpl_names(const char *tpl, tmpl_name_fn fn, void *arg, char **err);

#endif
