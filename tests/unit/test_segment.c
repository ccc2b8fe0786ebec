/* Unit tests: typed lines of the writer's own text (segment), against
 * golden files tests/golden/segment/NAME.txt -> NAME.seg, one line per
 * text line: "kind<TAB>line".  REGBOT_GOLDEN_UPDATE=1 rewrites the .seg
 * files (review them before committing: they say what is right). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "segment.h"
#include "util.h"

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, 1 << 20);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	return buf_detach(&b);
}

static char *
render(const char *text)
{
	struct segments S;
	segment_text(text, &S);
	struct buf b;
	buf_init(&b, 1 << 20);
	for (size_t i = 0; i < S.n; i++) {
		buf_printf(&b, "%s\t", segment_kind_name(S.l[i].kind));
		buf_add(&b, S.l[i].s, S.l[i].n);
		buf_addc(&b, '\n');
	}
	segments_free(&S);
	return buf_detach(&b);
}

static void
test_golden(void **state)
{
	(void)state;
	const char *src = getenv("REGBOT_SRC");
	char *dir = xasprintf("%s/tests/golden/segment", src ? src : ".");
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0, bad = 0;
	int update = getenv("REGBOT_GOLDEN_UPDATE") != NULL;
	for (struct dirent *e; (e = readdir(d));) {
		size_t k = strlen(e->d_name);
		if (k < 5 || strcmp(e->d_name + k - 4, ".txt"))
			continue;
		char *tp = xasprintf("%s/%s", dir, e->d_name);
		char *sp =
		    xasprintf("%s/%.*s.seg", dir, (int)(k - 4), e->d_name);
		char *text = slurp(tp), *want = slurp(sp);
		assert_non_null(text);
		char *got = render(text);
		if (update) {
			FILE *f = fopen(sp, "wb");
			assert_non_null(f);
			fputs(got, f);
			fclose(f);
		} else if (want == NULL || strcmp(want, got)) {
			print_error("%s differs; got:\n%s", e->d_name, got);
			bad++;
		}
		n++;
		free(tp);
		free(sp);
		free(text);
		free(want);
		free(got);
	}
	closedir(d);
	free(dir);
	assert_true(n >= 4);
	assert_int_equal(bad, 0);
}

/* Shapes that must hold whatever the text: every line gets a kind, an
 * empty text gives no lines, and NULL is harmless. */
static void
test_edges(void **state)
{
	(void)state;
	struct segments S;
	segment_text(NULL, &S);
	assert_int_equal(S.n, 0);
	segments_free(&S);
	segment_text("", &S);
	assert_int_equal(S.n, 0);
	char *j = segment_join(&S, ~0u);
	assert_string_equal(j, "");
	free(j);
	segments_free(&S);
	segment_text("a\r\n\r\nb", &S);
	assert_int_equal(S.n, 3);
	assert_int_equal(S.l[1].kind, SK_BLANK);
	segments_free(&S);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_golden),
	    cmocka_unit_test(test_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
