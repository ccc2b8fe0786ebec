/*
 * fuzz_check — what both fuzz targets assert of every string the parsers
 * hand out: valid UTF-8 (the program's one decoder decides), and no line
 * break where a single line is promised.
 */
#ifndef REGBOT_FUZZ_CHECK_H
#define REGBOT_FUZZ_CHECK_H

#include <string.h>

#include "judge.h"
#include "util.h"

/* The brochure's course as the reading is told it (process_course):
 * its names, its days and the dates its rules name. */
static const struct judge_course fuzz_course = {
    .names = {"Almere: Sociale ambities in een groeiende stad",
	      "deSTADSWIJKstudies Almere"},
    .month = {6, 9, 11, 11, 3, 5, 5, 5},
    .day = {1, 23, 2, 23, 1, 25, 18, 11},
    .ndays = 8};

static inline int
utf8_ok(const char *s, int single_line)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s);
	while (left > 0) {
		unsigned long cp;
		size_t n = util_utf8_decode(p, left, &cp);
		if (n == 0)
			return 0;
		if (single_line && (cp == '\r' || cp == '\n'))
			return 0;
		p += n;
		left -= n;
	}
	return 1;
}

#endif
