/*
 * fuzz_tmpl — libFuzzer target for the mustache engine: tmpl_names (what
 * check-config runs over every template) and tmpl_render in both escape
 * modes, with a fixed context of every value type.
 *
 * Input: the template, optionally followed by a NUL byte and the text of
 * the partial "p".  The partial "self" is the template itself, so
 * recursion meets the depth limit.  Aborts when a documented promise is
 * broken: 0 comes with no error text, -1 with "line N: ..."; a failed
 * render leaves the output buffer as it was; a template tmpl_names
 * rejects as a syntax error does not render.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tmpl.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct input {
	const char *tpl, *partial;
};

static const char *
lookup(const char *name, void *arg)
{
	const struct input *in = arg;
	if (!strcmp(name, "p"))
		return in->partial;
	if (!strcmp(name, "self"))
		return in->tpl;
	return NULL;
}

static void
count_name(const char *name, int line, void *arg)
{
	if (name == NULL || line < 1)
		abort();
	++*(long *)arg;
}

static struct tmpl_value *
context(void)
{
	struct tmpl_value *m = tmpl_map();
	tmpl_map_set_str(m, "name", "Ada <Lovelace> & \"zonen\"");
	tmpl_map_set_str(m, "code", "K7Q-2MX");
	tmpl_map_set_str(m, "empty", "");
	tmpl_map_set(m, "yes", tmpl_bool(1));
	tmpl_map_set(m, "no", tmpl_bool(0));
	tmpl_map_set(m, "fee", tmpl_number(1000.5));
	tmpl_map_set(m, "zero", tmpl_number(0));
	tmpl_map_set(m, "nothing", tmpl_null());
	struct tmpl_value *days = tmpl_list();
	for (int i = 1; i <= 3; i++) {
		struct tmpl_value *d = tmpl_map();
		tmpl_map_set(d, "number", tmpl_number(i));
		tmpl_map_set_str(d, "theme", i == 2 ? "Wonen & werk" : "Zorg");
		tmpl_list_add(days, d);
	}
	tmpl_map_set(m, "days", days);
	tmpl_map_set(m, "none", tmpl_list());
	struct tmpl_value *names = tmpl_list();
	tmpl_list_add(names, tmpl_string("een"));
	tmpl_list_add(names, tmpl_string("twee"));
	tmpl_map_set(m, "names", names);
	struct tmpl_value *org = tmpl_map();
	tmpl_map_set_str(org, "name", "Stichting De Schoor");
	tmpl_map_set(org, "pool", tmpl_map_set_str(tmpl_map(), "name", "b"));
	tmpl_map_set(m, "org", org);
	return m;
}

static int
render(const struct input *in, const struct tmpl_value *ctx,
       enum tmpl_escape esc)
{
	static const char before[] = "kept";
	struct buf out;
	buf_init(&out, 1 << 20);
	buf_adds(&out, before);
	char *err = NULL;
	int r = tmpl_render(in->tpl, ctx, lookup, (void *)in, esc, &out, &err);
	if (r == 0 && (err != NULL || strncmp(out.p, before, 4) != 0))
		abort();
	if (r != 0 && (r != -1 || err == NULL || strncmp(err, "line ", 5) ||
		       out.len != 4 || strcmp(out.p, before)))
		abort();
	free(err);
	buf_free(&out);
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 14)
		return 0;
	char *s = malloc(size + 2);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	s[size + 1] = '\0';
	struct input in = {s, s + strlen(s) + (strlen(s) < size ? 1 : 0)};
	long names = 0;
	char *err = NULL;
	int nr = tmpl_names(in.tpl, count_name, &names, &err);
	if (nr == 0 && err != NULL)
		abort();
	if (nr != 0 &&
	    (nr != -1 || err == NULL || strncmp(err, "line ", 5) || names != 0))
		abort();
	free(err);
	struct tmpl_value *ctx = context();
	int r1 = render(&in, ctx, TMPL_ESCAPE_NONE);
	int r2 = render(&in, ctx, TMPL_ESCAPE_HTML);
	if (nr != 0 && (r1 == 0 || r2 == 0))
		abort();
	tmpl_value_free(ctx);
	free(s);
	return 0;
}
