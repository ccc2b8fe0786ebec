/*
 * fuzz_reading — libFuzzer target: decoded mail text through the reading
 * stages (segment, form, judge, decide), as request.c runs them.
 *
 * Checks: every line of the text gets exactly one kind; the joined
 * segments keep the line count; the people's fields and the judge's
 * evidence line are valid single-line UTF-8; every result is in range;
 * nothing acts irreversibly without high confidence.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "form.h"
#include "fuzz_check.h"
#include "judge.h"
#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t
lines(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 14)
		return 0;
	char *text = malloc(size + 1);
	if (text == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	/* message.c hands out valid UTF-8 without NUL: so does this */
	if (strlen(text) != size || !utf8_ok(text, 0)) {
		free(text);
		return 0;
	}
	struct segments S;
	segment_text(text, &S);
	for (size_t i = 0; i < S.n; i++)
		if ((unsigned)S.l[i].kind >= SK__COUNT)
			abort();
	char *all = segment_join(&S, ~0u);
	char *prose = segment_join(&S, SEG_MASK(SK_PROSE));
	if (lines(all) != S.n || lines(prose) != S.n)
		abort();
	struct form f;
	if (form_parse(all, &f) != 0)
		abort();
	for (size_t i = 0; i < f.n; i++)
		for (int k = 0; k < FF__COUNT; k++)
			if (f.people[i].f[k] && !utf8_ok(f.people[i].f[k], 1))
				abort();
	struct judge_input in = {.prose = prose,
				 .subject = text,
				 .subject_is_reply = size & 1,
				 .form_people = (int)f.n,
				 .course = size & 2 ? &fuzz_course : NULL};
	struct judgement J;
	judge(&in, &J);
	if ((unsigned)J.intent >= JI__COUNT || J.nev > JUDGE_MAX_EVIDENCE)
		abort();
	char sum[600];
	judge_summary(&J, sum, sizeof sum);
	if (!utf8_ok(sum, 1))
		abort();
	for (int w = CODE_NONE; w <= CODE_QUOTE; w++) {
		struct decide_in d = {J.intent, J.conf, (enum code_where)w,
				      ROLE_PARTICIPANT};
		enum decision act = decide_action(&d, NULL);
		if ((act == DO_REGISTER || act == DO_CANCEL ||
		     act == DO_SUBSTITUTE || act == DO_CORRECT) &&
		    J.conf != JC_HIGH)
			abort();
	}
	form_free(&f);
	free(all);
	free(prose);
	segments_free(&S);
	free(text);
	return 0;
}
