/*
 * fuzz_message — libFuzzer target: raw bytes through message_parse and
 * request_read_ctx, the whole path from a mail to what the robot will do
 * (with the brochure's course, and the bytes after a NUL, if any, as the
 * text of the robot's own mail that it answers).
 *
 * Besides the sanitizers' findings, it checks the promises the rest of
 * the pipeline relies on, and aborts when one is broken: every header
 * value is single-line valid UTF-8 (nothing can reach an outgoing header
 * as a line break), every field of every person too, and the intent and
 * language are in range.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "message.h"
#include "request.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *s, int single_line)
{
	if (s && !utf8_ok(s, single_line))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct message_limits lim = {1 << 20, 20, 200};
	struct message m;
	if (message_parse((const char *)data, size, &lim, &m) != 0)
		abort();
	const char *hdrs[] = {
	    m.message_id,  m.in_reply_to,     m.references, m.from_name,
	    m.from_addr,   m.reply_to_addr,   m.subject,    m.date,
	    m.return_path, m.auto_submitted,  m.precedence, m.list_id,
	    m.x_loop,	   m.attachment_names};
	for (size_t i = 0; i < sizeof hdrs / sizeof *hdrs; i++)
		check(hdrs[i], 1);
	check(m.text, 0);
	if (m.set_aside == NULL && m.text == NULL)
		abort();
	/* the robot's own mail this one answers: the text after a NUL in
	 * the input, when there is one (process.c finds it in the outbox);
	 * the brochure's course always */
	const char *nul = memchr(data, '\0', size);
	char *prior = NULL;
	if (nul) {
		size_t k = size - (size_t)((const uint8_t *)nul - data) - 1;
		prior = malloc(k + 1);
		if (prior == NULL)
			abort();
		memcpy(prior, nul + 1, k);
		prior[k] = '\0';
	}
	struct request_context rc = {.robot_addr = "aanmelden@example.org",
				     .default_lang = "nl",
				     .prior = prior,
				     .course = &fuzz_course};
	struct request rq;
	if (request_read_ctx(&m, &rc, &rq) != 0)
		abort();
	free(prior);
	if (request_intent_name(rq.intent) == NULL)
		abort();
	if (strcmp(rq.lang, "nl") && strcmp(rq.lang, "en"))
		abort();
	if (rq.intent == INTENT_HUMAN && rq.human == NULL)
		abort();
	check(rq.code, 1);
	check(rq.evidence, 1);
	for (size_t i = 0; i < rq.form.n; i++)
		for (int f = 0; f < FF__COUNT; f++)
			check(rq.form.people[i].f[f], 1);
	request_free(&rq);
	message_free(&m);
	return 0;
}
