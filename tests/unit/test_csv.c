/* Unit tests: the CSV writer (csv.c) — RFC 4180 quoting and formula
 * guarding for every CSV the organiser opens (issue 11 item 12). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "csv.h"
#include "util.h"

static void
test_fields(void **state)
{
	(void)state;
	static const struct {
		const char *label, *in, *want;
	} cases[] = {
	    {"plain", "Deelnemer 01", "Deelnemer 01,"},
	    {"null", NULL, ","},
	    {"empty", "", ","},
	    {"comma", "Stichting A, afdeling B",
	     "\"Stichting A, afdeling B\","},
	    {"quote", "zegt \"hallo\"", "\"zegt \"\"hallo\"\"\","},
	    {"newline", "Straat 1\nPlaats", "\"Straat 1\nPlaats\","},
	    {"utf-8", "\xc3\xa9\xc3\xa9n", "\xc3\xa9\xc3\xa9n,"},
	    {"equals", "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\","},
	    {"at", "@SUM(A1)", "\"'@SUM(A1)\","},
	    {"plus", "+cmd", "\"'+cmd\","},
	    {"minus", "-cmd", "\"'-cmd\","},
	    {"tab", "\t=1", "\"'\t=1\","},
	    {"cr", "\r=1", "\"'\r=1\","},
	    {"dde after a digit", "-1+cmd|' /C calc'!A0",
	     "\"'-1+cmd|' /C calc'!A0\","},
	    {"formula after digits", "+31+HYPERLINK(\"x\")",
	     "\"'+31+HYPERLINK(\"\"x\"\")\","},
	    {"sign alone", "-", "\"'-\","},
	    {"phone", "+31 36 539 9090", "+31 36 539 9090,"},
	    {"phone packed", "+31365399090", "+31365399090,"},
	    {"negative", "-5", "-5,"},
	    {"decimal", "-1000.00", "-1000.00,"},
	    {"equals inside", "a=b", "a=b,"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b;
		buf_init(&b, 1024);
		assert_int_equal(csv_field(&b, cases[i].in, ","), 0);
		if (strcmp(buf_str(&b), cases[i].want))
			fail_msg("%s: got '%s', want '%s'", cases[i].label,
				 buf_str(&b), cases[i].want);
		buf_free(&b);
	}
}

static void
test_row(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 1024);
	csv_field(&b, "a", ",");
	csv_field(&b, "=b", "\r\n");
	assert_string_equal(buf_str(&b), "a,\"'=b\"\r\n");
	buf_free(&b);
	/* The buffer's maximum is reported, not overrun. */
	buf_init(&b, 4);
	assert_int_equal(csv_field(&b, "too long", ","), -1);
	buf_free(&b);
}

static const struct csv_col cols[] = {{"name", "Name", "Naam"},
				      {"amount", "Amount", "Bedrag"},
				      {NULL, NULL, NULL}};

/* Both styles, table-driven: style, language, cells, expected text. */
static void
test_styles(void **state)
{
	(void)state;
	static const struct {
		const char *label;
		enum csv_style style;
		const char *lang;
		const char *a, *b;
		const char *want;
	} cases[] = {
	    {"plain: keys, comma, LF", CSV_PLAIN, "nl", "Zo\xc3\xab",
	     "EUR 1.000,00", "name,amount\nZo\xc3\xab,\"EUR 1.000,00\"\n"},
	    {"plain: a ';' needs no quotes", CSV_PLAIN, "nl", "a;b", "1",
	     "name,amount\na;b,1\n"},
	    {"excel nl: BOM, Dutch, ';', CRLF", CSV_EXCEL, "nl", "Zo\xc3\xab",
	     "EUR 1.000,00",
	     "\xef\xbb\xbfNaam;Bedrag\r\nZo\xc3\xab;EUR 1.000,00\r\n"},
	    {"excel en: English words", CSV_EXCEL, "en", "x", "EUR 1,000.00",
	     "\xef\xbb\xbfName;Amount\r\nx;EUR 1,000.00\r\n"},
	    {"excel: a ';' is quoted, a comma not", CSV_EXCEL, "nl", "a;b",
	     "c,d", "\xef\xbb\xbfNaam;Bedrag\r\n\"a;b\";c,d\r\n"},
	    {"excel: formulas defused", CSV_EXCEL, "nl", "=1+1", NULL,
	     "\xef\xbb\xbfNaam;Bedrag\r\n\"'=1+1\";\r\n"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf b;
		buf_init(&b, 1024);
		struct csv c;
		csv_start(&c, &b, cases[i].style, cases[i].lang);
		csv_header_row(&c, cols);
		csv_cell(&c, cases[i].a);
		csv_cell(&c, cases[i].b);
		csv_row_end(&c);
		assert_int_equal(csv_error(&c), 0);
		if (strcmp(buf_str(&b), cases[i].want))
			fail_msg("%s: got '%s', want '%s'", cases[i].label,
				 buf_str(&b), cases[i].want);
		buf_free(&b);
	}
	/* The maximum is reported. */
	struct buf b;
	buf_init(&b, 8);
	struct csv c;
	csv_start(&c, &b, CSV_EXCEL, "nl");
	csv_cell(&c, "far too long for eight bytes");
	assert_int_equal(csv_error(&c), -1);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fields),
	    cmocka_unit_test(test_row),
	    cmocka_unit_test(test_styles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
