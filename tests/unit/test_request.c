/* Unit tests: message parsing (MIME to text, headers) and request
 * classification (intent, language, never answering a machine). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "message.h"
#include "request.h"
#include "util.h"

static const struct message_limits lim = {1 << 20, 10, 50};

#define HDR "From: Deelnemer Een <een@zorg.example.org>\r\n" \
            "To: robot@regbot.test\r\nMessage-ID: <m1@example.org>\r\n"

static const struct {
	const char *label;
	const char *raw;
	const char *robot;   /* substring of the reason, NULL: a person */
} robots[] = {
    {"plain person", HDR "Subject: Aanmelding\r\n\r\nNaam: Een\r\n", NULL},
    {"auto-submitted no is a person",
     HDR "Auto-Submitted: no\r\nSubject: x\r\n\r\nhoi\r\n", NULL},
    {"auto-replied", HDR "Auto-Submitted: auto-replied\r\n\r\nx\r\n",
     "Auto-Submitted"},
    {"auto-generated", HDR "Auto-Submitted: auto-generated\r\n\r\nx\r\n",
     "Auto-Submitted"},
    {"x-autoreply", HDR "X-Autoreply: yes\r\n\r\nx\r\n", "X-Autoreply"},
    {"precedence bulk", HDR "Precedence: bulk\r\n\r\nx\r\n", "Precedence"},
    {"precedence list", HDR "Precedence: list\r\n\r\nx\r\n", "Precedence"},
    {"list-id", HDR "List-Id: <l.example.org>\r\n\r\nx\r\n", "List-Id"},
    {"null return path", "Return-Path: <>\r\n" HDR "\r\nx\r\n",
     "return path"},
    {"mailer-daemon",
     "From: MAILER-DAEMON@mx.example.org\r\nSubject: x\r\n\r\nx\r\n",
     "system address"},
    {"report",
     HDR "Content-Type: multipart/report; report-type=delivery-status;"
         " boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
         "failed\r\n--b--\r\n",
     "report"},
    {"own address",
     "From: robot@regbot.test\r\nSubject: x\r\n\r\nx\r\n", "itself"},
    {"x-loop", HDR "X-Loop: robot@regbot.test\r\n\r\nx\r\n", "X-Loop"},
    {"out of office nl",
     HDR "Subject: Afwezigheidsmelding: tot 3 mei\r\n\r\nx\r\n", "subject"},
    {"out of office en",
     HDR "Subject: Automatic reply: Registration\r\n\r\nx\r\n", "subject"},
    {"no from", "Subject: x\r\n\r\nx\r\n", "no From"},
    {"from without address", "From: x\r\nSubject: x\r\n\r\nx\r\n",
     "no From"},
    {"list request address",
     "From: ppp-request@lists.example.org\r\nSubject: digest\r\n\r\n"
     "x\r\n", "list"},
    {"mailman header", HDR "X-Mailman-Version: 2.0.4\r\n\r\nx\r\n",
     "machines"},
    {"precedence auto_reply", HDR "Precedence: auto_reply\r\n\r\nx\r\n",
     "Precedence"},
};

static void
test_robots(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof robots / sizeof robots[0]; i++) {
		struct message m;
		assert_int_equal(message_parse(robots[i].raw,
		                               strlen(robots[i].raw), &lim, &m),
		                 0);
		const char *why = request_robot_reason(&m, "robot@regbot.test");
		if (robots[i].robot == NULL && why)
			fail_msg("%s: taken for a robot (%s)", robots[i].label,
			         why);
		if (robots[i].robot &&
		    (why == NULL || !strstr(why, robots[i].robot)))
			fail_msg("%s: reason '%s', want '%s'", robots[i].label,
			         why ? why : "(none)", robots[i].robot);
		message_free(&m);
	}
}

static void
test_text(void **state)
{
	(void)state;
	static const struct {
		const char *label, *raw, *want_text, *want_subject;
	} cases[] = {
	    {"qp latin-1",
	     HDR "Subject: =?iso-8859-1?q?Aanmelding_caf=E9?=\r\n"
	         "Content-Type: text/plain; charset=iso-8859-1\r\n"
	         "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
	         "Organisatie: Caf=E9 De Hoek\r\n",
	     "Organisatie: Caf\xc3\xa9 De Hoek\n", "Aanmelding caf\xc3\xa9"},
	    {"base64 utf-8",
	     HDR "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n"
	         "Content-Transfer-Encoding: base64\r\n\r\n"
	         "TmFhbTogRMOpw6lu\r\n",
	     "Naam: D\xc3\xa9\xc3\xa9n", "x"},
	    {"html only",
	     HDR "Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
	         "<html><body><table><tr><td>Naam:</td><td>Een</td></tr>"
	         "<tr><td>Organisatie:</td><td>Zorg</td></tr></table>"
	         "</body></html>\r\n",
	     "Naam:\tEen\nOrganisatie:\tZorg\n", "x"},
	    {"alternative prefers plain",
	     HDR "Subject: x\r\nContent-Type: multipart/alternative; "
	         "boundary=zz\r\n\r\n--zz\r\nContent-Type: text/html\r\n\r\n"
	         "<p>html</p>\r\n--zz\r\nContent-Type: text/plain\r\n\r\n"
	         "plain\r\n--zz--\r\n",
	     "plain", "x"},
	    {"windows-1252 quotes",
	     HDR "Subject: x\r\nContent-Type: text/plain; charset=windows-1252"
	         "\r\n\r\n\x93ja\x94\r\n",
	     "\xe2\x80\x9cja\xe2\x80\x9d", "x"},
	    {"unknown charset falls back",
	     HDR "Subject: x\r\nContent-Type: text/plain; charset=x-bogus\r\n"
	         "\r\nabc \xff\r\n",
	     "abc \xc3\xbf", "x"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct message m;
		message_parse(cases[i].raw, strlen(cases[i].raw), &lim, &m);
		assert_null(m.set_aside);
		if (!strstr(m.text, cases[i].want_text))
			fail_msg("%s: text '%s'", cases[i].label, m.text);
		if (strcmp(m.subject, cases[i].want_subject))
			fail_msg("%s: subject '%s'", cases[i].label, m.subject);
		assert_string_equal(m.from_addr, "een@zorg.example.org");
		assert_string_equal(m.message_id, "<m1@example.org>");
		message_free(&m);
	}
}

static void
test_limits(void **state)
{
	(void)state;
	struct message_limits small = {100, 2, 3};
	struct message m;
	const char *big = HDR "Subject: x\r\n\r\n"
	                      "0123456789012345678901234567890123456789\r\n"
	                      "0123456789012345678901234567890123456789\r\n";
	message_parse(big, strlen(big), &small, &m);
	assert_non_null(m.set_aside);
	message_free(&m);
	const char *deep =
	    "Subject: x\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n"
	    "--a\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
	    "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n"
	    "--c\r\n\r\nx\r\n--c--\r\n--b--\r\n--a--\r\n";
	struct message_limits shallow = {1 << 20, 2, 50};
	message_parse(deep, strlen(deep), &shallow, &m);
	assert_non_null(m.set_aside);
	message_free(&m);
}

static void
test_intent_language(void **state)
{
	(void)state;
	static const struct {
		const char *label, *raw;
		enum intent intent;
		const char *lang;
	} cases[] = {
	    {"dutch form",
	     HDR "Subject: Aanmelding\r\n\r\nHierbij meld ik mij aan.\r\n"
	         "Naam: Deelnemer Een\r\nOrganisatie: Stichting Voorbeeld\r\n",
	     INTENT_REGISTER, "nl"},
	    {"english form",
	     HDR "Subject: Registration\r\n\r\nI would like to register for"
	         " the course.\r\nName: Deelnemer Een\r\n"
	         "Organisation: Example Foundation\r\n",
	     INTENT_REGISTER, "en"},
	    {"cancel with code",
	     HDR "Subject: Afmelden\r\n\r\nIk wil mij afmelden, code "
	         "ABCDE-12345.\r\n",
	     INTENT_CANCEL, "nl"},
	    {"unknown", HDR "Subject: hallo\r\n\r\nwat leuk\r\n",
	     INTENT_HUMAN, "nl"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct message m;
		struct request rq;
		message_parse(cases[i].raw, strlen(cases[i].raw), &lim, &m);
		request_build(&m, "robot@regbot.test", "nl", &rq);
		if (rq.intent != cases[i].intent)
			fail_msg("%s: intent %s", cases[i].label,
			         request_intent_name(rq.intent));
		if (strcmp(rq.lang, cases[i].lang))
			fail_msg("%s: lang %s", cases[i].label, rq.lang);
		if (cases[i].intent == INTENT_CANCEL)
			assert_string_equal(rq.code, "ABCDE-12345");
		request_free(&rq);
		message_free(&m);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_robots),
	    cmocka_unit_test(test_text),
	    cmocka_unit_test(test_limits),
	    cmocka_unit_test(test_intent_language),
	};
	return cmocka_run_group_tests_name("request", tests, NULL, NULL);
}
