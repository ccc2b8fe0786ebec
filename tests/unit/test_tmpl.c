/*
 * Unit tests for tmpl: every case of the official mustache spec suites
 * (loaded from the shared spec-tests directory with json-c), then our own
 * table-driven cases for what the spec leaves open: TMPL_ESCAPE_NONE,
 * syntax errors with line numbers, a full output buffer, tmpl_names, the
 * partial and section nesting bounds, and NULL or missing values.
 *
 * Test data is owned by each test and freed before it returns, so the
 * sanitizer build also checks for leaks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "tmpl.h"
#include "util.h"

/* ---- helpers ---- */

static struct tmpl_value *
from_json(struct json_object *j)
{
	switch (json_object_get_type(j)) {
	case json_type_boolean:
		return tmpl_bool(json_object_get_boolean(j));
	case json_type_int:
		return tmpl_number((double)json_object_get_int64(j));
	case json_type_double:
		return tmpl_number(json_object_get_double(j));
	case json_type_string:
		return tmpl_string(json_object_get_string(j));
	case json_type_array: {
		struct tmpl_value *l = tmpl_list();
		size_t n = json_object_array_length(j);
		for (size_t i = 0; i < n; i++)
			tmpl_list_add(
			    l, from_json(json_object_array_get_idx(j, i)));
		return l;
	}
	case json_type_object: {
		struct tmpl_value *m = tmpl_map();
		json_object_object_foreach(j, key, val)
		    tmpl_map_set(m, key, from_json(val));
		return m;
	}
	default:
		return tmpl_null();
	}
}

/* Parses JSON text (NULL: no data) into a tmpl_value tree. */
static struct tmpl_value *
from_json_text(const char *text)
{
	if (text == NULL)
		return NULL;
	struct json_object *j = json_tokener_parse(text);
	assert_non_null(j);
	struct tmpl_value *v = from_json(j);
	json_object_put(j);
	return v;
}

struct partials {
	struct json_object *obj; /* name -> template text; may be NULL */
	int calls;
};

static const char *
partial_lookup(const char *name, void *arg)
{
	struct partials *ps = arg;
	struct json_object *v;
	ps->calls++;
	if (ps->obj && json_object_object_get_ex(ps->obj, name, &v))
		return json_object_get_string(v);
	return NULL;
}

/* Prints s as a C string literal, so whitespace differences show. */
static void
print_quoted(const char *label, const char *s)
{
	print_message("  %-9s\"", label);
	for (; s && *s; s++) {
		if (*s == '\n')
			print_message("\\n");
		else if (*s == '\r')
			print_message("\\r");
		else if (*s == '\t')
			print_message("\\t");
		else if (*s == '"' || *s == '\\')
			print_message("\\%c", *s);
		else
			print_message("%c", *s);
	}
	print_message("\"\n");
}

/* ---- the official spec suites ---- */

static const char *const spec_suites[] = {
    "comments", "delimiters", "interpolation",
    "inverted", "partials",   "sections",
};
#define SPEC_CASES 136
#define SPEC_SUBDIR "spec-tests/mustache"
#define SPEC_FALLBACK "../shared/" SPEC_SUBDIR

static int
is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* REGBOT_SHARED_DIR names the shared folder; otherwise it sits next to
 * the repository, and tests run from the repository root. */
static char *
spec_dir(void)
{
	const char *shared = getenv("REGBOT_SHARED_DIR");
	if (shared != NULL && *shared != '\0') {
		char *dir = xasprintf("%s/%s", shared, SPEC_SUBDIR);
		if (is_dir(dir))
			return dir;
		print_message("mustache spec suites: %s not found\n", dir);
		free(dir);
	}
	return is_dir(SPEC_FALLBACK) ? xstrdup(SPEC_FALLBACK) : NULL;
}

/* Runs one spec case; returns 1 when it passes. */
static int
run_spec_case(const char *suite, struct json_object *tc)
{
	struct json_object *jname, *jtpl, *jdata, *jexp, *jparts = NULL;
	if (!json_object_object_get_ex(tc, "name", &jname) ||
	    !json_object_object_get_ex(tc, "template", &jtpl) ||
	    !json_object_object_get_ex(tc, "data", &jdata) ||
	    !json_object_object_get_ex(tc, "expected", &jexp)) {
		print_message("%s: malformed case\n", suite);
		return 0;
	}
	json_object_object_get_ex(tc, "partials", &jparts);
	const char *name = json_object_get_string(jname);
	const char *tpl = json_object_get_string(jtpl);
	const char *expected = json_object_get_string(jexp);

	struct tmpl_value *data = from_json(jdata);
	struct partials ps = {jparts, 0};
	struct buf out;
	buf_init(&out, BUF_MAX_DEFAULT);
	char *err = NULL;
	int rc = tmpl_render(tpl, data, partial_lookup, &ps, TMPL_ESCAPE_HTML,
			     &out, &err);
	int ok = rc == 0 && strcmp(buf_str(&out), expected) == 0;
	if (!ok) {
		print_message("FAIL %s/%s\n", suite, name);
		print_quoted("template", tpl);
		print_quoted("expected", expected);
		if (rc == 0)
			print_quoted("got", buf_str(&out));
		else
			print_quoted("error", err);
	}
	free(err);
	buf_free(&out);
	tmpl_value_free(data);
	return ok;
}

static void
test_spec_suites(void **state)
{
	(void)state;
	char *dir = spec_dir();
	if (dir == NULL) {
		print_message("mustache spec suites: " SPEC_FALLBACK
			      " not found, spec cases not run\n");
		skip();
		return;
	}
	int total = 0, passed = 0;
	for (size_t s = 0; s < sizeof(spec_suites) / sizeof(*spec_suites);
	     s++) {
		char *path = xasprintf("%s/%s.json", dir, spec_suites[s]);
		struct json_object *root = json_object_from_file(path);
		struct json_object *tests = NULL;
		if (root == NULL ||
		    !json_object_object_get_ex(root, "tests", &tests)) {
			print_message("%s: cannot load: %s\n", path,
				      json_util_get_last_err());
			json_object_put(root);
			free(path);
			free(dir);
			fail();
		}
		size_t n = json_object_array_length(tests);
		for (size_t i = 0; i < n; i++) {
			total++;
			passed +=
			    run_spec_case(spec_suites[s],
					  json_object_array_get_idx(tests, i));
		}
		json_object_put(root);
		free(path);
	}
	print_message("mustache spec suites (%s): %d/%d cases passed\n", dir,
		      passed, total);
	free(dir);
	assert_int_equal(total, SPEC_CASES);
	assert_int_equal(passed, total);
}

/* ---- rendering: escaping, missing values, errors ---- */

struct render_case {
	const char *label;
	const char *tpl;
	const char *data;     /* JSON; NULL: no context at all */
	const char *partials; /* JSON object name -> text; NULL: no lookup */
	enum tmpl_escape esc;
	const char *expected; /* output; NULL when an error is expected */
	const char *error;    /* the exact error message */
};

#define OK(label, tpl, data, partials, esc, expected)                          \
	{                                                                      \
		label, tpl, data, partials, esc, expected, NULL                \
	}
#define ERR(label, tpl, partials, error)                                       \
	{                                                                      \
		label, tpl, "{}", partials, TMPL_ESCAPE_HTML, NULL, error      \
	}

static const struct render_case render_cases[] = {
    /* TMPL_ESCAPE_NONE: everything verbatim */
    OK("none: {{x}} verbatim", "{{x}}", "{\"x\": \"<a href=\\\"?a&b\\\">\"}",
       NULL, TMPL_ESCAPE_NONE, "<a href=\"?a&b\">"),
    OK("none: {{{x}}} verbatim", "{{{x}}}", "{\"x\": \"<&>\\\"\"}", NULL,
       TMPL_ESCAPE_NONE, "<&>\""),
    OK("none: {{&x}} verbatim", "{{&x}}", "{\"x\": \"<&>\\\"\"}", NULL,
       TMPL_ESCAPE_NONE, "<&>\""),
    OK("none: section items verbatim", "{{#l}}{{.}}{{/l}}",
       "{\"l\": [\"<\", \"&\"]}", NULL, TMPL_ESCAPE_NONE, "<&"),
    OK("none: template text verbatim", "<b>&amp;</b>", "{}", NULL,
       TMPL_ESCAPE_NONE, "<b>&amp;</b>"),
    OK("html: four characters only", "{{x}}", "{\"x\": \"it's <&>\\\"\"}", NULL,
       TMPL_ESCAPE_HTML, "it's &lt;&amp;&gt;&quot;"),
    OK("html: template text untouched", "<b>{{{x}}}</b>", "{\"x\": \"<i>\"}",
       NULL, TMPL_ESCAPE_HTML, "<b><i></b>"),

    /* NULL and missing values */
    OK("no context", "a{{x}}b{{.}}c{{x.y}}d", NULL, NULL, TMPL_ESCAPE_HTML,
       "abcd"),
    OK("no context: sections", "{{#x}}y{{/x}}{{^x}}n{{/x}}", NULL, NULL,
       TMPL_ESCAPE_HTML, "n"),
    OK("null value", "[{{x}}][{{#x}}y{{/x}}][{{^x}}n{{/x}}]", "{\"x\": null}",
       NULL, TMPL_ESCAPE_HTML, "[][][n]"),
    OK("null list item", "{{#l}}({{.}}){{/l}}", "{\"l\": [null, \"a\"]}", NULL,
       TMPL_ESCAPE_HTML, "()(a)"),
    OK("dotted through a string", "[{{a.b}}]", "{\"a\": \"s\"}", NULL,
       TMPL_ESCAPE_HTML, "[]"),
    OK("list and map render empty", "[{{l}}][{{m}}]",
       "{\"l\": [1], \"m\": {\"a\": 1}}", NULL, TMPL_ESCAPE_HTML, "[][]"),
    OK("no partial lookup", "a{{>p}}b", "{}", NULL, TMPL_ESCAPE_HTML, "ab"),
    OK("unknown partial", "a{{>p}}b", "{}", "{}", TMPL_ESCAPE_HTML, "ab"),

    /* truth and numbers */
    OK("zero and empty string are false",
       "{{#n}}x{{/n}}{{^n}}zero{{/n}} {{#e}}x{{/e}}{{^e}}empty{{/e}}",
       "{\"n\": 0, \"e\": \"\"}", NULL, TMPL_ESCAPE_HTML, "zero empty"),
    OK("numbers", "{{a}} {{b}} {{c}} {{d}} {{e}} {{f}}",
       "{\"a\": -3, \"b\": 0.1, \"c\": 1e20, \"d\": 2.5e-7, \"e\": 1e21, "
       "\"f\": -0.0}",
       NULL, TMPL_ESCAPE_HTML, "-3 0.1 1e+20 2.5e-07 1e+21 0"),
    OK("booleans", "{{t}} {{f}}", "{\"t\": true, \"f\": false}", NULL,
       TMPL_ESCAPE_HTML, "true false"),
    OK("map is true", "{{#m}}yes{{/m}}", "{\"m\": {}}", NULL, TMPL_ESCAPE_HTML,
       "yes"),

    /* partial indentation */
    OK("nested standalone partials", " {{>outer}}\n", "{}",
       "{\"outer\": \"  {{>inner}}\\n\", \"inner\": \"a\\nb\\n\"}",
       TMPL_ESCAPE_HTML, "   a\n   b\n"),
    OK("indented partial in a section", "{{#l}}\n  {{>p}}\n{{/l}}\n",
       "{\"l\": [\"x\", \"y\"]}", "{\"p\": \"<{{.}}>\\n\"}", TMPL_ESCAPE_HTML,
       "  <x>\n  <y>\n"),

    /* syntax errors, with the line they are on */
    ERR("unclosed tag", "a\nb {{x\n", NULL, "line 2: unclosed tag"),
    ERR("unclosed tag at end", "abc {{", NULL, "line 1: unclosed tag"),
    ERR("unclosed triple", "\n{{{x}}", NULL, "line 2: unclosed tag"),
    ERR("unclosed comment", "{{! x }\n}", NULL, "line 1: unclosed tag"),
    ERR("unclosed with custom delimiters", "{{=<% %>=}}\n<%x}}", NULL,
	"line 2: unclosed tag"),
    ERR("unclosed section", "{{#a}}\n{{#b}}\n{{/b}}\n", NULL,
	"line 1: section 'a' is not closed"),
    ERR("unclosed inverted", "x\n{{^a}}\n", NULL,
	"line 2: section 'a' is not closed"),
    ERR("mismatched close", "{{#a}}\n\n{{/b}}", NULL,
	"line 3: closing tag 'b' does not match section 'a' opened on "
	"line 1"),
    ERR("close without open", "x\n{{/a}}", NULL,
	"line 2: closing tag 'a' without an open section"),
    ERR("one delimiter", "\n{{=<%=}}", NULL,
	"line 2: bad delimiters '<%' (want two, without spaces or '=')"),
    ERR("three delimiters", "{{= a b c =}}", NULL,
	"line 1: bad delimiters 'a b c' (want two, without spaces or "
	"'=')"),
    ERR("delimiter with =", "{{=a= b=}}", NULL,
	"line 1: bad delimiters 'a= b' (want two, without spaces or '=')"),
    ERR("unclosed delimiter tag", "{{=<% %>", NULL, "line 1: unclosed tag"),
    ERR("empty tag", "{{ }}", NULL, "line 1: empty tag"),
    ERR("space in name", "{{a b}}", NULL,
	"line 1: bad name 'a b' (contains a space)"),
    ERR("empty name part", "{{#a..b}}{{/a..b}}", NULL,
	"line 1: bad name 'a..b' (empty part)"),
    ERR("syntax error in a partial", "x\n{{>p}}", "{\"p\": \"{{#a}}\"}",
	"line 2: partial 'p': line 1: section 'a' is not closed"),
    ERR("syntax error in a nested partial", "{{>p}}",
	"{\"p\": \"\\n{{>q}}\", \"q\": \"{{x\"}",
	"line 1: partial 'p': line 2: partial 'q': line 1: unclosed tag"),

    /* recursion through partials is bounded */
    ERR("self-including partial", "a\n{{>p}}", "{\"p\": \"x{{>p}}\"}",
	"line 2: partial 'p': line 1: partials nested deeper than 64"),
    ERR("mutually including partials", "{{>p}}",
	"{\"p\": \"{{>q}}\", \"q\": \"\\n{{>p}}\"}",
	"line 1: partial 'q': line 2: partials nested deeper than 64"),
};

static void
test_render_cases(void **state)
{
	(void)state;
	int failed = 0;
	for (size_t i = 0; i < sizeof(render_cases) / sizeof(*render_cases);
	     i++) {
		const struct render_case *c = &render_cases[i];
		struct tmpl_value *data = from_json_text(c->data);
		struct partials ps = {NULL, 0};
		if (c->partials != NULL) {
			ps.obj = json_tokener_parse(c->partials);
			assert_non_null(ps.obj);
		}
		struct buf out;
		buf_init(&out, BUF_MAX_DEFAULT);
		buf_adds(&out, "before|");
		char *err = NULL;
		int rc = tmpl_render(c->tpl, data,
				     c->partials ? partial_lookup : NULL, &ps,
				     c->esc, &out, &err);
		char *want =
		    xasprintf("before|%s", c->expected ? c->expected : "");
		int ok;
		if (c->expected != NULL)
			ok = rc == 0 && err == NULL;
		else
			ok = rc == -1 && err != NULL &&
			     strcmp(err, c->error) == 0;
		/* On error the output is left as it was. */
		ok = ok && strcmp(buf_str(&out), want) == 0;
		if (!ok) {
			failed++;
			print_message("FAIL %s (rc %d)\n", c->label, rc);
			print_quoted("template", c->tpl);
			print_quoted("want", want);
			print_quoted("got", buf_str(&out));
			if (c->error)
				print_quoted("want err", c->error);
			print_quoted("got err", err);
		}
		free(want);
		free(err);
		buf_free(&out);
		json_object_put(ps.obj);
		tmpl_value_free(data);
	}
	assert_int_equal(failed, 0);
}

/* ---- a full output buffer ---- */

struct full_case {
	const char *label;
	size_t max;
	const char *before; /* already in the buffer */
	const char *tpl;
	const char *data;
	const char *partials;
	const char *error; /* NULL: fits */
};

static const struct full_case full_cases[] = {
    {"fits exactly", 11, "", "hello world", "{}", NULL, NULL},
    {"text one byte over", 10, "", "hello world", "{}", NULL,
     "line 1: output exceeds 10 bytes"},
    {"later text line over", 8, "", "abc\ndef\nghi", "{}", NULL,
     "line 3: output exceeds 8 bytes"},
    {"value over, earlier content kept", 10, "abc", "\n{{x}}",
     "{\"x\": \"1234567\"}", NULL, "line 2: output exceeds 10 bytes"},
    {"escaped value fits", 8, "", "{{x}}", "{\"x\": \"<<\"}", NULL, NULL},
    {"escaped value over", 7, "", "{{x}}", "{\"x\": \"<<\"}", NULL,
     "line 1: output exceeds 7 bytes"},
    {"section items over", 5, "", "{{#l}}{{.}}{{/l}}",
     "{\"l\": [\"ab\", \"cd\", \"ef\"]}", NULL,
     "line 1: output exceeds 5 bytes"},
    {"inside a partial", 4, "", "ab\n{{>p}}", "{}", "{\"p\": \"\\ncdef\"}",
     "line 2: partial 'p': line 2: output exceeds 4 bytes"},
    {"partial indentation over", 4, "", "ab\n  {{>p}}", "{}", "{\"p\": \"c\"}",
     "line 2: partial 'p': line 1: output exceeds 4 bytes"},
};

static void
test_buffer_full(void **state)
{
	(void)state;
	int failed = 0;
	for (size_t i = 0; i < sizeof(full_cases) / sizeof(*full_cases); i++) {
		const struct full_case *c = &full_cases[i];
		struct tmpl_value *data = from_json_text(c->data);
		struct partials ps = {NULL, 0};
		if (c->partials)
			ps.obj = json_tokener_parse(c->partials);
		struct buf out;
		buf_init(&out, c->max);
		assert_int_equal(buf_adds(&out, c->before), 0);
		char *err = NULL;
		int rc = tmpl_render(c->tpl, data, partial_lookup, &ps,
				     TMPL_ESCAPE_HTML, &out, &err);
		int ok = c->error ? rc == -1 && err != NULL &&
					strcmp(err, c->error) == 0 &&
					strcmp(buf_str(&out), c->before) == 0
				  : rc == 0 && err == NULL;
		if (!ok) {
			failed++;
			print_message("FAIL %s (rc %d)\n", c->label, rc);
			print_quoted("want err", c->error);
			print_quoted("got err", err);
			print_quoted("got", buf_str(&out));
		}
		free(err);
		buf_free(&out);
		json_object_put(ps.obj);
		tmpl_value_free(data);
	}
	assert_int_equal(failed, 0);
}

/* ---- tmpl_names ---- */

static void
collect_name(const char *name, int line, void *arg)
{
	buf_printf(arg, "%s@%d;", name, line);
}

struct names_case {
	const char *label;
	const char *tpl;
	const char *expected; /* "name@line;" each; NULL: error */
	const char *error;
};

static const struct names_case names_cases[] = {
    {"empty", "", "", NULL},
    {"no tags", "just text\n", "", NULL},
    {"every kind",
     "Hi {{name}}!\n"
     "{{#list}}\n"
     "  {{.}} {{{raw}}} {{& amp }}\n"
     "{{/list}}\n"
     "{{^empty}}none{{/empty}}{{! comment }}\n"
     "{{=<% %>=}}<%> footer %>\n"
     "<%a.b.c%> {{not.a.tag}}\n",
     "name@1;list@2;.@3;raw@3;amp@3;empty@5;>footer@6;a.b.c@7;", NULL},
    {"repeats reported", "{{x}}{{x}}\n{{x}}", "x@1;x@1;x@2;", NULL},
    {"tags across lines", "{{!\n\n}}{{\nx\n}}\n{{y}}", "x@3;y@6;", NULL},
    {"crlf lines", "a\r\n{{#s}}\r\n{{v}}\r\n{{/s}}\r\n", "s@2;v@3;", NULL},
    {"syntax error", "{{a}}\n{{#b}}", NULL,
     "line 2: section 'b' is not closed"},
};

static void
test_names(void **state)
{
	(void)state;
	int failed = 0;
	for (size_t i = 0; i < sizeof(names_cases) / sizeof(*names_cases);
	     i++) {
		const struct names_case *c = &names_cases[i];
		struct buf got;
		buf_init(&got, BUF_MAX_DEFAULT);
		char *err = NULL;
		int rc = tmpl_names(c->tpl, collect_name, &got, &err);
		int ok = c->expected
			     ? rc == 0 && err == NULL &&
				   strcmp(buf_str(&got), c->expected) == 0
			     : rc == -1 && err != NULL &&
				   strcmp(err, c->error) == 0 && got.len == 0;
		if (!ok) {
			failed++;
			print_message("FAIL %s (rc %d)\n", c->label, rc);
			print_quoted("want", c->expected);
			print_quoted("got", buf_str(&got));
			print_quoted("want err", c->error);
			print_quoted("got err", err);
		}
		free(err);
		buf_free(&got);
	}
	assert_int_equal(failed, 0);
}

/* ---- parsed templates kept across renders ---- */

/* The partial "pN" is "<N:{{v}}>".  The texts given to tmpl_render are
 * freed after each render, so a kept tree that pointed into the caller's
 * text (not the cache's own copy) is a use after free ASan reports. */
static char partial_text[300][16]; /* lent until the render returns */

static const char *
numbered_partial(const char *name, void *arg)
{
	(void)arg;
	int n = name[0] == 'p' ? atoi(name + 1) : -1;
	if (n < 0 || n >= 300)
		return NULL;
	snprintf(partial_text[n], sizeof partial_text[n], "<%d:{{v}}>", n);
	return partial_text[n];
}

static char *
render_str(const char *tpl, const struct tmpl_value *ctx)
{
	struct buf out;
	buf_init(&out, BUF_MAX_DEFAULT);
	char *err = NULL;
	char *text = xstrdup(tpl);
	int rc = tmpl_render(text, ctx, numbered_partial, NULL,
			     TMPL_ESCAPE_NONE, &out, &err);
	free(text);
	if (rc < 0)
		fail_msg("%s: %s", tpl, err ? err : "?");
	free(err);
	return buf_detach(&out);
}

/* A template rendered again, after hundreds of others pushed it out of
 * the cache, and one render with more partials than the cache holds
 * (none of its own trees may be evicted while it runs): the same output
 * every time, whatever the cache holds.  ASan sees a freed tree used. */
static void
test_kept_trees(void **state)
{
	(void)state;
	struct tmpl_value *ctx = tmpl_map();
	tmpl_map_set_str(ctx, "v", "x");
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 400; i++) {
			char tpl[64], want[64];
			snprintf(tpl, sizeof tpl, "t%d {{v}} {{>p%d}}.", i,
				 i % 7);
			snprintf(want, sizeof want, "t%d x <%d:x>.", i, i % 7);
			char *got = render_str(tpl, ctx);
			assert_string_equal(got, want);
			free(got);
		}
	}
	struct buf tpl, want;
	buf_init(&tpl, BUF_MAX_DEFAULT);
	buf_init(&want, BUF_MAX_DEFAULT);
	for (int i = 0; i < 600; i++) { /* each partial twice */
		buf_printf(&tpl, "{{>p%d}}", i % 300);
		buf_printf(&want, "<%d:x>", i % 300);
	}
	for (int round = 0; round < 2; round++) {
		char *got = render_str(buf_str(&tpl), ctx);
		assert_string_equal(got, buf_str(&want));
		free(got);
	}
	/* a syntax error is reported each time, never kept as a tree */
	for (int round = 0; round < 2; round++) {
		struct buf out;
		buf_init(&out, BUF_MAX_DEFAULT);
		char *err = NULL;
		assert_int_equal(tmpl_render("a {{#s}} b", ctx, NULL, NULL,
					     TMPL_ESCAPE_NONE, &out, &err),
				 -1);
		assert_string_equal(err, "line 1: section 's' is not closed");
		free(err);
		buf_free(&out);
	}
	buf_free(&tpl);
	buf_free(&want);
	tmpl_value_free(ctx);
}

/* ---- nesting bounds ---- */

/* Data-driven recursion: "p" includes itself once per nested map, so
 * `levels` maps mean levels + 1 partials deep. */
static void
test_partial_depth(void **state)
{
	(void)state;
	static const struct {
		int levels;
		int ok;
	} cases[] = {
	    {0, 1},
	    {TMPL_PARTIAL_DEPTH_MAX - 1, 1},
	    {TMPL_PARTIAL_DEPTH_MAX, 0},
	    {TMPL_PARTIAL_DEPTH_MAX + 10, 0},
	};
	struct partials ps = {
	    json_tokener_parse("{\"p\": \"{{#a}}<{{>p}}>{{/a}}\"}"), 0};
	assert_non_null(ps.obj);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct tmpl_value *root = tmpl_map();
		tmpl_map_set(root, "a", tmpl_bool(0));
		for (int l = 0; l < cases[i].levels; l++)
			root = tmpl_map_set(tmpl_map(), "a", root);
		struct buf out, want;
		buf_init(&out, BUF_MAX_DEFAULT);
		buf_init(&want, BUF_MAX_DEFAULT);
		for (int l = 0; l < cases[i].levels; l++)
			buf_addc(&want, '<');
		for (int l = 0; l < cases[i].levels; l++)
			buf_addc(&want, '>');
		char *err = NULL;
		ps.calls = 0;
		int rc = tmpl_render("{{>p}}", root, partial_lookup, &ps,
				     TMPL_ESCAPE_HTML, &out, &err);
		if (cases[i].ok) {
			assert_int_equal(rc, 0);
			assert_string_equal(buf_str(&out), buf_str(&want));
		} else {
			assert_int_equal(rc, -1);
			assert_string_equal(err,
					    "line 1: partial 'p': line 1: "
					    "partials nested deeper than 64");
			assert_int_equal(out.len, 0);
		}
		/* Looked up once, however often it is included. */
		assert_int_equal(ps.calls, 1);
		free(err);
		buf_free(&out);
		buf_free(&want);
		tmpl_value_free(root);
	}
	json_object_put(ps.obj);
}

static void
test_section_depth(void **state)
{
	(void)state;
	static const struct {
		int depth;
		const char *error;
	} cases[] = {
	    {1, NULL},
	    {TMPL_SECTION_DEPTH_MAX, NULL},
	    {TMPL_SECTION_DEPTH_MAX + 1,
	     "line 2: sections nested deeper than 64"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct buf tpl, out;
		buf_init(&tpl, BUF_MAX_DEFAULT);
		buf_init(&out, BUF_MAX_DEFAULT);
		for (int d = 0; d < cases[i].depth; d++)
			buf_adds(&tpl, d == 1 ? "\n{{#a}}" : "{{#a}}");
		buf_adds(&tpl, "{{x}}");
		for (int d = 0; d < cases[i].depth; d++)
			buf_adds(&tpl, "{{/a}}");
		struct tmpl_value *data = tmpl_map();
		tmpl_map_set(data, "a", tmpl_bool(1));
		tmpl_map_set_str(data, "x", "!");
		char *err = NULL;
		int rc = tmpl_render(buf_str(&tpl), data, NULL, NULL,
				     TMPL_ESCAPE_HTML, &out, &err);
		if (cases[i].error == NULL) {
			assert_int_equal(rc, 0);
			assert_string_equal(buf_str(&out), "!");
		} else {
			assert_int_equal(rc, -1);
			assert_string_equal(err, cases[i].error);
		}
		free(err);
		buf_free(&tpl);
		buf_free(&out);
		tmpl_value_free(data);
	}
}

/* ---- the value API ---- */

static void
test_values(void **state)
{
	(void)state;
	assert_int_equal(tmpl_type_of(NULL), TMPL_NULL);
	tmpl_value_free(NULL);

	struct tmpl_value *m = tmpl_map();
	tmpl_map_set_str(m, "s", "one");
	tmpl_map_set_str(m, "s", "two"); /* replaces, frees "one" */
	tmpl_map_set_str(m, "n", NULL);
	tmpl_map_set(m, "v", NULL);
	tmpl_map_set(m, "str", tmpl_string(NULL));
	tmpl_map_set(
	    m, "l",
	    tmpl_list_add(tmpl_list_add(tmpl_list(), tmpl_number(1)), NULL));
	assert_int_equal(tmpl_type_of(m), TMPL_MAP);
	assert_int_equal(tmpl_type_of(tmpl_map_get(m, "s")), TMPL_STRING);
	assert_int_equal(tmpl_type_of(tmpl_map_get(m, "n")), TMPL_NULL);
	assert_non_null(tmpl_map_get(m, "n"));
	assert_int_equal(tmpl_type_of(tmpl_map_get(m, "v")), TMPL_NULL);
	assert_int_equal(tmpl_type_of(tmpl_map_get(m, "str")), TMPL_NULL);
	assert_int_equal(tmpl_type_of(tmpl_map_get(m, "l")), TMPL_LIST);
	assert_null(tmpl_map_get(m, "missing"));
	assert_null(tmpl_map_get(m, NULL));
	assert_null(tmpl_map_get(NULL, "s"));
	assert_null(tmpl_map_get(tmpl_map_get(m, "s"), "s"));

	struct buf out;
	buf_init(&out, BUF_MAX_DEFAULT);
	assert_int_equal(tmpl_render("{{s}}[{{n}}]{{#l}}<{{.}}>{{/l}}", m, NULL,
				     NULL, TMPL_ESCAPE_HTML, &out, NULL),
			 0);
	assert_string_equal(buf_str(&out), "two[]<1><>");
	/* err may be NULL also on error */
	assert_int_equal(
	    tmpl_render("{{#x}}", m, NULL, NULL, TMPL_ESCAPE_HTML, &out, NULL),
	    -1);
	assert_string_equal(buf_str(&out), "two[]<1><>");
	buf_free(&out);
	tmpl_value_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_spec_suites),
	    cmocka_unit_test(test_render_cases),
	    cmocka_unit_test(test_buffer_full),
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_partial_depth),
	    cmocka_unit_test(test_section_depth),
	    cmocka_unit_test(test_values),
	    cmocka_unit_test(test_kept_trees),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
