/* Unit tests: message parsing (MIME to text, headers) and request
 * classification (intent, language, never answering a machine). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "message.h"
#include "request.h"
#include "util.h"

static const struct message_limits lim = {1 << 20, 10, 50};

#define HDR                                                                    \
	"From: Deelnemer Een <een@zorg.example.org>\r\n"                       \
	"To: robot@regbot.test\r\nMessage-ID: <m1@example.org>\r\n"

static const struct {
	const char *label;
	const char *raw;
	const char *robot; /* substring of the reason, NULL: a person */
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
    {"a responder's prefix",
     HDR "Subject: Away: Registration confirmed [ABCDE-12345]\r\n\r\n"
	 "I'm on leave until 10 May.\r\n",
     "auto-reply subject"},
    {"away in a subject is not a prefix",
     HDR "Subject: Far away from Almere\r\n\r\nx\r\n", NULL},
    {"precedence list", HDR "Precedence: list\r\n\r\nx\r\n", "Precedence"},
    {"list-id", HDR "List-Id: <l.example.org>\r\n\r\nx\r\n", "List-Id"},
    {"null return path", "Return-Path: <>\r\n" HDR "\r\nx\r\n", "return path"},
    {"calendar reply",
     HDR "Subject: Accepted: Leergang dag 1\r\nMIME-Version: 1.0\r\n"
	 "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
	 "Content-Type: text/plain\r\n\r\nJa, ik kom.\r\n--b\r\n"
	 "Content-Type: text/calendar; method=REPLY\r\n\r\n"
	 "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
	 "END:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n",
     "calendar reply"},
    {"calendar counter-proposal",
     HDR "Subject: Nieuwe tijd voorgesteld: Leergang dag 1\r\n"
	 "MIME-Version: 1.0\r\n"
	 "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
	 "Content-Type: text/plain\r\n\r\nKan het later?\r\n--b\r\n"
	 "Content-Type: text/calendar; method=COUNTER\r\n\r\n"
	 "BEGIN:VCALENDAR\r\nMETHOD:COUNTER\r\nBEGIN:VEVENT\r\n"
	 "END:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n",
     "calendar reply"},
    {"calendar method that only begins like REPLY is no reply",
     HDR "Subject: Leergang\r\nMIME-Version: 1.0\r\n"
	 "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
	 "Content-Type: text/plain\r\n\r\nZie bijlage.\r\n--b\r\n"
	 "Content-Type: text/calendar\r\n\r\n"
	 "BEGIN:VCALENDAR\r\nMETHOD:REPLYX\r\nEND:VCALENDAR\r\n--b--\r\n",
     NULL},
    {"calendar invitation is no reply",
     HDR "Subject: Leergang\r\nMIME-Version: 1.0\r\n"
	 "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
	 "Content-Type: text/plain\r\n\r\nZie de uitnodiging.\r\n--b\r\n"
	 "Content-Type: text/calendar; method=REQUEST\r\n\r\n"
	 "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n--b--\r\n",
     NULL},
    {"mailer-daemon",
     "From: MAILER-DAEMON@mx.example.org\r\nSubject: x\r\n\r\nx\r\n",
     "system address"},
    {"report",
     HDR "Content-Type: multipart/report; report-type=delivery-status;"
	 " boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
	 "failed\r\n--b--\r\n",
     "report"},
    {"own address", "From: robot@regbot.test\r\nSubject: x\r\n\r\nx\r\n",
     "itself"},
    {"x-loop", HDR "X-Loop: robot@regbot.test\r\n\r\nx\r\n", "X-Loop"},
    {"out of office nl",
     HDR "Subject: Afwezigheidsmelding: tot 3 mei\r\n\r\nx\r\n", "subject"},
    {"out of office en",
     HDR "Subject: Automatic reply: Registration\r\n\r\nx\r\n", "subject"},
    {"no from", "Subject: x\r\n\r\nx\r\n", "no From"},
    {"from without address", "From: x\r\nSubject: x\r\n\r\nx\r\n", "no From"},
    {"list request address",
     "From: ppp-request@lists.example.org\r\nSubject: digest\r\n\r\n"
     "x\r\n",
     "list"},
    {"mailman header", HDR "X-Mailman-Version: 2.0.4\r\n\r\nx\r\n", "machines"},
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
	    {"unknown", HDR "Subject: hallo\r\n\r\nwat leuk\r\n", INTENT_HUMAN,
	     "nl"},
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

/* MIME and header details of issue 3. */
static void
test_mime_details(void **state)
{
	(void)state;
	static const struct {
		const char *label, *raw, *want_text, *want_subject, *want_names;
		int attachments, forwarded;
	} cases[] = {
	    {"rfc 2231 file name, continuations and charset",
	     HDR
	     "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n"
	     "\r\n--b\r\nContent-Type: text/plain\r\n\r\nzie bijlage\r\n"
	     "--b\r\nContent-Type: application/pdf\r\n"
	     "Content-Disposition: attachment;\r\n"
	     " filename*0*=iso-8859-1''aanm%E9ld; filename*1=\"ing.pdf\"\r\n"
	     "\r\nxx\r\n--b--\r\n",
	     "zie bijlage", "x", "aanm\xc3\xa9lding.pdf", 1, 0},
	    {"format=flowed joined, signature kept",
	     HDR "Subject: x\r\nContent-Type: text/plain; format=flowed\r\n"
		 "\r\nFactuuradres: Stichting Voorbeeld, \r\nPostbus 1\r\n"
		 "-- \r\nDeelnemer Een\r\n",
	     "Factuuradres: Stichting Voorbeeld, Postbus 1\n-- \nDeelnemer Een",
	     "x", NULL, 0, 0},
	    {"delsp=yes drops the space",
	     HDR "Subject: x\r\nContent-Type: text/plain; format=flowed;"
		 " delsp=yes\r\n\r\nlang woord \r\nvervolg\r\n",
	     "lang woordvervolg\n", "x", NULL, 0, 0},
	    {"html blockquote and ordered list",
	     HDR "Subject: x\r\nContent-Type: text/html\r\n\r\n"
		 "<p>Ja</p><blockquote><p>Naam: Oud</p></blockquote>"
		 "<ol><li>Deelnemer Een</li><li>Participant Two</li></ol>\r\n",
	     "Ja\n> Naam: Oud\n1. Deelnemer Een\n2. Participant Two\n", "x",
	     NULL, 0, 0},
	    {"raw utf-8 subject stays utf-8",
	     "From: een@example.org\r\nSubject: Co\xc3\xb6peratie\r\n\r\nx\r\n",
	     "x", "Co\xc3\xb6peratie", NULL, 0, 0},
	    {"raw latin-1 subject read as windows-1252",
	     "From: een@example.org\r\nSubject: Co\xf6peratie \x93x\x94\r\n\r\n"
	     "x\r\n",
	     "x", "Co\xc3\xb6peratie \xe2\x80\x9cx\xe2\x80\x9d", NULL, 0, 0},
	    {"encoded line breaks become spaces",
	     "From: een@example.org\r\nSubject: =?utf-8?q?a=0D=0ABcc:_x=00y?="
	     "\r\n\r\nx\r\n",
	     "x", "a Bcc: x", NULL, 0, 0},
	    {"forward as attachment rendered inline",
	     HDR
	     "Subject: Fwd\r\nContent-Type: multipart/mixed; boundary=b\r\n"
	     "\r\n--b\r\nContent-Type: text/plain\r\n\r\nzie onder\r\n"
	     "--b\r\nContent-Type: message/rfc822\r\n\r\n"
	     "From: Deelnemer Twee <twee@example.org>\r\nSubject: aanmelding"
	     "\r\n\r\nNaam: Deelnemer Twee\r\n--b--\r\n",
	     "zie onder\n\n-------- Forwarded message --------\n"
	     "From: Deelnemer Twee <twee@example.org>\nSubject: aanmelding\n\n"
	     "Naam: Deelnemer Twee",
	     "Fwd", NULL, 0, 1},
	    {"inline image of an html body is no attachment",
	     HDR "Subject: x\r\nContent-Type: multipart/related; boundary=r\r\n"
		 "\r\n--r\r\nContent-Type: text/html\r\n\r\n<p>hoi</p>\r\n"
		 "--r\r\nContent-Type: image/png\r\nContent-ID: <l@x>\r\n\r\n"
		 "png\r\n--r--\r\n",
	     "hoi", "x", NULL, 0, 0},
	    {"html table preferred over its flattened plain text",
	     HDR "Subject: x\r\nContent-Type: multipart/alternative; "
		 "boundary=a\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\n"
		 "Naam\r\nEen\r\n--a\r\nContent-Type: text/html\r\n\r\n"
		 "<table><tr><td>Naam</td><td>Een</td></tr><tr><td>Functie</td>"
		 "<td>coach</td></tr></table>\r\n--a--\r\n",
	     "Naam\tEen\nFunctie\tcoach\n", "x", NULL, 0, 0},
	    {"quoted charset label and its aliases",
	     HDR "Subject: x\r\nContent-Type: text/plain; "
		 "charset=\"charset=latin1\"\r\n\r\ncaf\xe9\r\n",
	     "caf\xc3\xa9", "x", NULL, 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct message m;
		message_parse(cases[i].raw, strlen(cases[i].raw), &lim, &m);
		if (m.set_aside)
			fail_msg("%s: set aside: %s", cases[i].label,
				 m.set_aside);
		if (!strstr(m.text, cases[i].want_text))
			fail_msg("%s: text '%s'", cases[i].label, m.text);
		if (strcmp(m.subject, cases[i].want_subject))
			fail_msg("%s: subject '%s'", cases[i].label, m.subject);
		if ((cases[i].want_names == NULL) !=
			(m.attachment_names == NULL) ||
		    (m.attachment_names &&
		     strcmp(m.attachment_names, cases[i].want_names)))
			fail_msg("%s: names '%s'", cases[i].label,
				 m.attachment_names ? m.attachment_names : "-");
		if (m.attachments != cases[i].attachments ||
		    m.forwarded != cases[i].forwarded)
			fail_msg("%s: attachments %d forwarded %d",
				 cases[i].label, m.attachments, m.forwarded);
		message_free(&m);
	}
	/* Content-Type lines are counted before libetpan parses */
	struct buf b;
	buf_init(&b, 1 << 20);
	buf_adds(&b, "Subject: x\r\nContent-Type: multipart/mixed; "
		     "boundary=m\r\n\r\n");
	for (int i = 0; i < 60; i++)
		buf_adds(&b, "--m\r\nContent-Type: text/plain\r\n\r\nx\r\n");
	buf_adds(&b, "--m--\r\n");
	struct message m;
	message_parse(b.p, b.len, &lim, &m);
	assert_non_null(m.set_aside);
	assert_non_null(strstr(m.set_aside, "parts"));
	message_free(&m);
	buf_free(&b);
}

/* The robot's own mail below an answer without quote marks (a ticket
 * system's thread): known from the outbox, its lines are not the
 * writer's, even wrapped anew; the writer's own short closing that the
 * robot's mail also has stays the writer's. */
static void
test_answer_prior(void **state)
{
	(void)state;
	static const char prior[] =
	    "Beste Deelnemer Een,\n\nU bent aangemeld voor de leergang.\n"
	    "Uw referentiecode is 7QJ3M-XK4PD. Bewaar deze mail: met deze "
	    "code kunt\nu zich afmelden of een collega in uw plaats sturen."
	    "\n\nNaam:            Deelnemer Een\nOrganisatie:     Stichting "
	    "Voorbeeld\n\nAfmelden of een collega sturen\nAntwoord op deze "
	    "mail.\n\nMet vriendelijke groet,\n\nProgrammasecretariaat\n";
	static const char raw[] =
	    "From: Deelnemer Een <een@example.org>\r\nSubject: [#4521] Re: "
	    "Bevestiging [7QJ3M-XK4PD]\r\n\r\n##- Typ uw antwoord boven "
	    "deze regel -##\r\n\r\nKunnen de presentaties vooraf naar mij "
	    "worden gestuurd?\r\n\r\nMet vriendelijke groet,\r\nDeelnemer "
	    "Een\r\n\r\n13 apr. 2010 10:02\r\n\r\nBeste Deelnemer Een,"
	    "\r\n\r\nU bent aangemeld voor de leergang.\r\nUw "
	    "referentiecode is 7QJ3M-XK4PD. Bewaar deze mail: met deze code "
	    "kunt u zich\r\nafmelden of een collega in uw plaats sturen.\r\n"
	    "\r\nNaam: Deelnemer Een\r\nOrganisatie: Stichting Voorbeeld"
	    "\r\n\r\nAfmelden of een collega sturen\r\nAntwoord op deze "
	    "mail.\r\n\r\nMet vriendelijke groet,\r\n\r\n"
	    "Programmasecretariaat\r\n";
	struct message m;
	message_parse(raw, sizeof raw - 1, &lim, &m);
	struct request rq;
	/* without the robot's text: its words read as the writer's */
	assert_int_equal(request_read(&m, "robot@regbot.test", NULL, "nl", &rq),
			 0);
	int before = rq.intent;
	assert_int_equal(before, INTENT_CANCEL);
	request_free(&rq);
	struct request_context c = {.robot_addr = "robot@regbot.test",
				    .default_lang = "nl",
				    .prior = prior};
	assert_int_equal(request_read_ctx(&m, &c, &rq), 0);
	assert_int_not_equal(rq.intent, INTENT_CANCEL);
	assert_int_not_equal(rq.intent, INTENT_REGISTER);
	assert_int_equal(rq.form.n, 0);
	assert_int_equal(rq.intent, INTENT_QUESTION);
	request_free(&rq);
	/* a prior text the mail does not hold changes nothing */
	c.prior = "Iets heel anders.\n";
	assert_int_equal(request_read_ctx(&m, &c, &rq), 0);
	assert_int_equal(rq.intent, before);
	request_free(&rq);
	message_free(&m);
}

/* The site's spam filter: its verdict keeps the robot from answering,
 * but a registration it marked still reaches a person. */
static void
test_spam_flag(void **state)
{
	(void)state;
	static const struct {
		const char *hdr;
		int spam;
	} h[] = {
	    {"X-Spam-Flag: YES", 1},
	    {"X-Spam-Status: Yes, score=7.1 required=5.0", 1},
	    {"X-Spam: yes", 1},
	    {"X-Spam-Status: No, score=0.3 required=5.0", 0},
	    {"X-Spam-Flag: NO", 0},
	    {"X-Spam-Checker-Version: SpamAssassin 3.4.6", 0},
	};
	for (size_t i = 0; i < sizeof h / sizeof *h; i++) {
		char raw[512];
		snprintf(raw, sizeof raw,
			 "From: Iemand <iemand@example.org>\r\n%s\r\n"
			 "Subject: Attendee list\r\n\r\nWould you be "
			 "interested in our attendee list?\r\n",
			 h[i].hdr);
		struct message m;
		message_parse(raw, strlen(raw), &lim, &m);
		if ((m.spam != NULL) != h[i].spam)
			fail_msg("%s: spam %s", h[i].hdr,
				 m.spam ? m.spam : "-");
		struct request rq;
		request_read(&m, "robot@regbot.test", NULL, "nl", &rq);
		if ((rq.robot != NULL) != h[i].spam)
			fail_msg("%s: robot %s", h[i].hdr,
				 rq.robot ? rq.robot : "-");
		request_free(&rq);
		message_free(&m);
	}
	static const char reg[] =
	    "From: Deelnemer Een <een@example.org>\r\nX-Spam-Flag: YES\r\n"
	    "Subject: Aanmelding\r\n\r\nHierbij meld ik mij aan.\r\n\r\n"
	    "Naam: Deelnemer Een\r\nOrganisatie: Stichting Voorbeeld\r\n";
	struct message m;
	message_parse(reg, sizeof reg - 1, &lim, &m);
	struct request rq;
	request_read(&m, "robot@regbot.test", NULL, "nl", &rq);
	assert_null(rq.robot);
	assert_non_null(rq.robot_weak);
	assert_int_equal(rq.intent, INTENT_HUMAN);
	request_free(&rq);
	message_free(&m);
}

/* raw (freed here) is read as a person's mail for a person to read
 * (INTENT_HUMAN, no machine verdict); answered: whether the robot
 * acknowledges it, or keeps quiet as for a lure (robot_weak). */
static void
expect_human(char *raw, const char *lang, int answered, const char *label)
{
	struct message m;
	message_parse(raw, strlen(raw), &lim, &m);
	struct request rq;
	request_read(&m, "robot@regbot.test", NULL, lang, &rq);
	assert_null(rq.robot);
	if ((rq.robot_weak == NULL) != answered)
		fail_msg("%s: %s", label,
			 rq.robot_weak ? rq.robot_weak : "answered");
	assert_int_equal(rq.intent, INTENT_HUMAN);
	request_free(&rq);
	message_free(&m);
	free(raw);
}

/* Machine mail told by the writer's own text: a return receipt's
 * layout, a text that says it was sent automatically; the same words in
 * a quoted mail below a person's own text are not the person's. */
static void
test_own_text_machine(void **state)
{
	(void)state;
	static const struct {
		const char *label, *body;
		int robot;
	} c[] = {
	    {"Lotus Notes receipt",
	     "Uw document:\r\nBevestiging aanmelding\r\nwas ontvangen "
	     "door:\r\nDeelnemer Een/Team\r\nop:\r\n17-03-2010 15:10\r\n",
	     1},
	    {"an auto-reply without headers",
	     "Bedankt voor uw e-mail. Dit is een automatisch bericht.\r\n"
	     "Uw bericht wordt binnen vijf werkdagen behandeld.\r\n",
	     1},
	    {"a person's question above a quoted automatic message",
	     "Kunt u mij laten weten of er parkeerplaatsen zijn?\r\n\r\n"
	     "> Dit is een automatisch bericht.\r\n",
	     0},
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		char *raw = xasprintf(
		    "From: Deelnemer Een <een@zorg.example.org>\r\n"
		    "To: robot@regbot.test\r\nMessage-ID: <o%zu@example.org>"
		    "\r\nSubject: Re: Aanmelding leergang\r\n\r\n%s",
		    i, c[i].body);
		struct message m;
		message_parse(raw, strlen(raw), &lim, &m);
		struct request rq;
		request_read(&m, "robot@regbot.test", NULL, "nl", &rq);
		if ((rq.robot != NULL) != c[i].robot)
			fail_msg("%s: robot '%s'", c[i].label,
				 rq.robot ? rq.robot : "(none)");
		request_free(&rq);
		message_free(&m);
		free(raw);
	}
}

/* A mail not understood that speaks only of the reader, with a link,
 * is a lure: no answer goes out.  Without the link, or with a word of
 * its writer's, it may be a person's: it is acknowledged. */
static void
test_reader_only_lure(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		int answered;
	} c[] = {
	    {"Uw mailbox heeft de opslaglimiet overschreden. U kunt geen "
	     "berichten meer ontvangen. Klik hier om te valideren: "
	     "http://webmail.example.com/login",
	     0},
	    {"Leuk jullie gisteren gesproken te hebben. Tot snel!", 1},
	    {"Ik heb uw mailbox gevonden via http://www.example.org/cursus", 1},
	    /* greeted as the user, winner or sender of something, not
	     * understood: a mass mailing or a filter's challenge */
	    {"Geachte gebruiker,\r\n\r\nUw mailbox heeft de limiet bereikt. "
	     "Bevestig binnen 24 uur uw account, anders wordt het "
	     "afgesloten.",
	     0},
	    {"Beste gebruiker van robot@regbot.test,\r\n\r\nBinnen 24 uur "
	     "worden nieuwe berichten geweigerd. Antwoord met de gevraagde "
	     "gegevens.",
	     0},
	    {"Geachte winnaar,\r\n\r\nUw e-mailadres is getrokken in onze "
	     "jaarlijkse loterij.",
	     0},
	    /* a filter's challenge: what it asks of the reader is no seat
	     * the writer asks about */
	    {"Beste afzender,\r\n\r\nUw bericht is tijdelijk vastgehouden "
	     "door ons spamfilter. Bevestig eenmalig dat u het bericht zelf "
	     "verstuurd heeft door te antwoorden op deze e-mail zonder de "
	     "onderwerpregel te wijzigen.",
	     0},
	    /* a person greeted by name is not a stranger */
	    {"Beste Deelnemer Honderdnegen,\r\n\r\nDeelnemers kunnen "
	     "parkeren in de garage.",
	     1},
	    /* nor is the course's mailbox greeted as itself */
	    {"Beste organisatie,\r\n\r\nDe zon schijnt vandaag.", 1},
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		char *raw = xasprintf(
		    "From: Beheer <beheer@webmail.example.com>\r\n"
		    "To: robot@regbot.test\r\nMessage-ID: <r%zu@example.com>"
		    "\r\nSubject: Actie vereist\r\n\r\n%s\r\n",
		    i, c[i].text);
		expect_human(raw, "nl", c[i].answered, c[i].text);
	}
}

/* A call to the reader with only an archive or a program attached (an
 * "overdue invoice" as a .zip) is a lure: the organiser sees it, no
 * answer goes out.  A document attached may be a person's form: that
 * mail is acknowledged. */
static void
test_attached_lure(void **state)
{
	(void)state;
	static const struct {
		const char *file;
		int answered;
	} c[] = {{"Invoice_0048817.zip", 0},
		 {"factuur.PDF.exe", 0},
		 {"Factuur 0048817.pdf", 1},
		 {"aanmelding.docx", 1}};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		char *raw = xasprintf(
		    "From: Accounts <accounts@invoices.example.net>\r\n"
		    "To: robot@regbot.test\r\nMessage-ID: <z%zu@example.net>"
		    "\r\nSubject: Overdue invoice\r\nMIME-Version: 1.0\r\n"
		    "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
		    "Content-Type: text/plain\r\n\r\nDear customer,\r\n\r\n"
		    "Please find attached the overdue invoice for your "
		    "registration services. Please settle "
		    "the amount within 48 hours.\r\n\r\nRegards,\r\nAccounts"
		    "\r\n--b\r\nContent-Type: application/octet-stream\r\n"
		    "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n"
		    "UEsDBA==\r\n--b--\r\n",
		    i, c[i].file);
		expect_human(raw, "en", c[i].answered, c[i].file);
	}
}

/* Only an archive attached, with no word about the course: a lure; the
 * same words over a document are acknowledged (a form may be in it). */
static void
test_archive_only(void **state)
{
	(void)state;
	static const char *const files[] = {"Invoice_2010.zip", "scan.pdf"};
	for (size_t i = 0; i < 2; i++) {
		char *raw = xasprintf(
		    "From: Accounts <accounts@invoices.example.net>\r\n"
		    "Subject: Invoice overdue\r\nMIME-Version: 1.0\r\n"
		    "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
		    "Content-Type: text/plain\r\n\r\nDear customer,\r\n\r\n"
		    "Your invoice is overdue. Please see the attached invoice "
		    "and make the payment within 48 hours.\r\n--b\r\n"
		    "Content-Type: application/octet-stream\r\n"
		    "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n"
		    "UEsDBA==\r\n--b--\r\n",
		    files[i]);
		expect_human(raw, "en", i != 0, files[i]);
	}
}

/* How a request reads people, forwards and quotes. */
/* A web form's relay: a no-reply sender, Reply-To the person its
 * labelled form registers; a bot's post through a contact form is not. */
static void
test_relay(void **state)
{
	(void)state;
	static const char *const relayed =
	    "From: Website <noreply@site.example.org>\r\n"
	    "Reply-To: Deelnemer Een <een@example.org>\r\n"
	    "Subject: Nieuwe inzending\r\n\r\n"
	    "Naam: Deelnemer Een\r\nE-mailadres: een@example.org\r\n"
	    "Organisatie: Stichting Voorbeeld\r\nFunctie: coach\r\n";
	static const char *const bot =
	    "From: Website <noreply@site.example.org>\r\n"
	    "Reply-To: Robertbot <bot@example.com>\r\n"
	    "Subject: Nieuw bericht via het contactformulier\r\n\r\n"
	    "Naam: Robertbot\r\nE-mail: bot@example.com\r\n"
	    "Organisatie: SEO\r\nOnderwerp: Aanmelding\r\n";
	struct message m;
	struct request rq;
	message_parse(relayed, strlen(relayed), &lim, &m);
	request_build(&m, "robot@regbot.test", "nl", &rq);
	assert_int_equal(rq.intent, INTENT_REGISTER);
	assert_non_null(rq.relay);
	assert_null(rq.robot);
	request_free(&rq);
	message_free(&m);
	message_parse(bot, strlen(bot), &lim, &m);
	request_build(&m, "robot@regbot.test", "nl", &rq);
	assert_int_not_equal(rq.intent, INTENT_REGISTER);
	assert_null(rq.relay);
	assert_true(rq.robot != NULL || rq.robot_weak != NULL);
	request_free(&rq);
	message_free(&m);
}

static void
test_reading(void **state)
{
	(void)state;
	static const struct {
		const char *label, *raw;
		enum intent intent;
		const char *name, *email, *org, *human;
		int forwarded, question;
	} cases[] = {
	    {"inline forward: the participant, not the forwarder",
	     "From: Manager <manager@example.org>\r\nSubject: Fwd: aanmelding"
	     "\r\n\r\nGraag verwerken.\r\n\r\n---------- Forwarded message "
	     "---------\r\nFrom: Deelnemer Twee <twee@example.org>\r\n"
	     "Subject: aanmelding\r\n\r\nNaam: Deelnemer Twee\r\n"
	     "Organisatie: Stichting Voorbeeld\r\n",
	     INTENT_REGISTER, "Deelnemer Twee", "twee@example.org",
	     "Stichting Voorbeeld", NULL, 1, 0},
	    {"forward without the participant's address goes to a human",
	     "From: Manager <manager@example.org>\r\nSubject: FW: aanmelding"
	     "\r\n\r\nZie onder.\r\n\r\n-----Original Message-----\r\n"
	     "From: Deelnemer Zes\r\nSent: maandag\r\nSubject: aanmelding"
	     "\r\n\r\nHierbij meld ik mij aan.\r\n",
	     INTENT_HUMAN, NULL, NULL, NULL, "forwarded", 1, 0},
	    {"outlook reply: the robot's own text below is not read",
	     "From: Deelnemer Een <een@example.org>\r\nSubject: RE: "
	     "Aanmelding: wij missen nog gegevens\r\n\r\nOrganisatie: "
	     "Stichting Voorbeeld\r\n\r\n________________________________\r\n"
	     "Van: Robot [mailto:robot@regbot.test]\r\nVerzonden: dinsdag\r\n"
	     "Aan: Deelnemer Een\r\n\r\nNaam: Iemand Anders\r\n"
	     "Wilt u zich afmelden, antwoord met afmelden.\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"a registration of three people where one was read goes to a "
	     "person",
	     HDR "Subject: aanmelding\r\n\r\nHierbij meld ik de volgende drie "
		 "medewerkers aan voor de leergang:\r\n\r\nNaam: Deelnemer "
		 "Een\r\nE-mail: een@example.org\r\n\r\nMet vriendelijke "
		 "groet,\r\nCoordinator Twee\r\n",
	     INTENT_HUMAN, "Deelnemer Een", "een@example.org", NULL,
	     "how many people", 0, 0},
	    {"a status request that also asks something",
	     HDR "Subject: Dubbele factuur\r\n\r\nIs mijn aanmelding "
		 "ABCDE-12345 goed verwerkt? Ik heb twee facturen gekregen. "
		 "Wilt u er een crediteren?\r\n",
	     INTENT_STATUS, NULL, NULL, NULL, NULL, 0, 1},
	    {"free text with signature",
	     HDR "Subject: Aanmelding\r\n\r\nHierbij meld ik mij aan.\r\n\r\n"
		 "Met vriendelijke groet,\r\nDeelnemer Een\r\nCoach\r\n"
		 "Stichting Voorbeeld\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"free text: the writer's work told in a sentence",
	     HDR "Subject: opgeven leergang\r\n\r\nVia onze teamleider "
		 "hoorde ik van de leergang en ik wil mij daar graag voor "
		 "opgeven. Ik ben Deelnemer Een en ik werk als "
		 "wijkverpleegkundige bij Thuiszorg Voorbeeld in Almere "
		 "Buiten.\r\n\r\nGroet,\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org",
	     "Thuiszorg Voorbeeld", NULL, 0, 0},
	    {"someone else's name without an address goes to a human",
	     HDR "Subject: Aanmelding\r\n\r\nNaam: Participant Two\r\n"
		 "Organisatie: Stichting Voorbeeld\r\n",
	     INTENT_HUMAN, "Participant Two", NULL, "Stichting Voorbeeld",
	     "someone else", 0, 0},
	    {"registration that also asks",
	     HDR "Subject: Aanmelding\r\n\r\nNaam: Deelnemer Een\r\n"
		 "Organisatie: Stichting Voorbeeld\r\nIs er een lunch?\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org",
	     "Stichting Voorbeeld", NULL, 0, 1},
	    {"zie bijlage",
	     HDR "Subject: Aanmelding\r\nContent-Type: multipart/mixed; "
		 "boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
		 "Zie bijlage.\r\n--b\r\nContent-Type: application/pdf\r\n"
		 "\r\nx\r\n--b--\r\n",
	     INTENT_HUMAN, NULL, NULL, NULL, "attachment", 0, 0},
	    {"substitute names the colleague",
	     HDR "Subject: vervanging\r\n\r\nMijn collega Participant Two "
		 "<two@example.org> neemt mijn plaats in (ABCDE-12345).\r\n",
	     INTENT_SUBSTITUTE, "Participant Two", "two@example.org", NULL,
	     NULL, 0, 0},
	    {"a colleague, with the invoice address: the writer is not the "
	     "participant",
	     HDR "Subject: aanmelding collega\r\n\r\nGraag meld ik mijn "
		 "collega Participant Two aan voor de leergang.\r\n\r\n"
		 "Factuur naar: Stichting Voorbeeld, Postbus 1, 1300 AA "
		 "Almere\r\n",
	     INTENT_REGISTER, NULL, NULL, NULL, NULL, 0, 0},
	    {"the writer, with the invoice address in a sentence",
	     HDR "Subject: aanmelding\r\n\r\nGraag meld ik mij aan. De "
		 "factuur graag naar Stichting Voorbeeld, Postbus 1, 1300 AA "
		 "Almere.\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org", NULL,
	     NULL, 0, 0},
	    {"a form naming the robot's own mailbox registers nobody",
	     HDR "Subject: Actualisering registratie\r\n\r\nOm de "
		 "registratie van uw instelling te actualiseren, verzoeken "
		 "wij u onderstaande gegevens te controleren.\r\n\r\n"
		 "Naam instelling: Voorbeeld\r\nContactpersoon: Secretariaat"
		 "\r\nE-mail: robot@regbot.test\r\n",
	     INTENT_HUMAN, NULL, NULL, NULL, NULL, 0, 0},
	    {"a ticket system's thread: the older entries are quoted",
	     HDR "Subject: [Team] Re: Bevestiging aanmelding [ABCDE-12345]"
		 "\r\n\r\n##- Typ uw antwoord boven deze regel -##\r\n\r\n"
		 "Deelnemer Een (Team)\r\n\r\n14 apr. 2010 09:20\r\n\r\n"
		 "Kan ik de presentaties vooraf krijgen?\r\n\r\n"
		 "Robot\r\n\r\n13 apr. 2010 10:02\r\n\r\nU bent aangemeld."
		 "\r\n\r\nAfmelden of een collega sturen\r\nAntwoord met uw "
		 "code ABCDE-12345 en:\r\n- \"afmelden\" als u niet komt"
		 "\r\n",
	     INTENT_QUESTION, NULL, NULL, NULL, NULL, 0, 0},
	    {"colleagues not named, with a question: a person answers, the "
	     "writer is not registered",
	     HDR "Subject: Aanmelding\r\n\r\nHierbij meld ik twee "
		 "collega's aan. Is de bijdrage inclusief btw?\r\n\r\n"
		 "Met vriendelijke groet,\r\nDeelnemer Een\r\n"
		 "Stichting Voorbeeld\r\n",
	     INTENT_HUMAN, NULL, NULL, NULL, "not named", 0, 0},
	    {"a colleague named in sentences, with her address",
	     HDR "Subject: aanmelding collega\r\n\r\nGraag meld ik mijn "
		 "collega Participant Two aan voor de leergang. Zij is "
		 "coach bij Stichting Voorbeeld en bereikbaar op "
		 "two@example.org.\r\n",
	     INTENT_REGISTER, "Participant Two", "two@example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"a forward to be processed: its writer is the participant",
	     "From: Manager <manager@example.org>\r\nSubject: Fwd: "
	     "Inschrijving\r\n\r\nGoedemorgen, graag onderstaande "
	     "aanmelding verwerken.\r\n\r\n-------- Origineel bericht "
	     "--------\r\nOnderwerp: \tInschrijving\r\nDatum: \tTue, 06 Apr "
	     "2010 21:15:33 +0200\r\nVan: \tDeelnemer Twee "
	     "<twee@example.org>\r\nAan: \tmanager@example.org\r\n\r\n"
	     "Zoals besproken wil ik graag mee met de leergang.\r\n\r\n"
	     "Groet,\r\nDeelnemer Twee\r\n",
	     INTENT_REGISTER, "Deelnemer Twee", "twee@example.org", NULL, NULL,
	     1, 0},
	    {"the writer registers; the form's only address is the robot's",
	     HDR "Subject: Aanmelding\r\n\r\nHierbij meld ik mij aan.\r\n"
		 "\r\nE-mail: robot@regbot.test\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org", NULL,
	     NULL, 0, 0},
	    {"'wij zijn allebei': the writer is one of the people named",
	     HDR "Subject: aanmelding\r\n\r\nIk wil mij graag aanmelden "
		 "voor de leergang, samen met mijn collega Participant Two. "
		 "Wij zijn allebei coach bij Stichting Voorbeeld. Het "
		 "e-mailadres van mijn collega is two@example.org.\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@zorg.example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"a colleague in a form: the writer's card gives her "
	     "organisation",
	     HDR "Subject: aanmelding collega\r\n\r\nGraag meld ik mijn "
		 "collega aan.\r\n\r\nNaam: Participant Two\r\nE-mail: "
		 "two@example.org\r\n\r\nMet vriendelijke groet,\r\n"
		 "Deelnemer Een\r\nCoach\r\nStichting Voorbeeld\r\n",
	     INTENT_REGISTER, "Participant Two", "two@example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"a card whose 'organisation' is a word without a capital gives "
	     "none",
	     HDR "Subject: aanmelding collega\r\n\r\nGraag meld ik mijn "
		 "collega aan.\r\n\r\nNaam: Participant Two\r\nE-mail: "
		 "two@example.org\r\n\r\nMet vriendelijke groet,\r\n"
		 "Deelnemer Een\r\njeugdarts\r\n",
	     INTENT_REGISTER, "Participant Two", "two@example.org", NULL, NULL,
	     0, 0},
	    {"a list of people, and a sentence about each of them",
	     HDR "Subject: registration\r\n\r\nWe would like to register "
		 "two people:\r\n- Participant Two (two@example.org)\r\n"
		 "- Participant Three (three@example.org)\r\n\r\nEach of "
		 "us is a coach at Stichting Voorbeeld.\r\n",
	     INTENT_REGISTER, "Participant Two", "two@example.org",
	     "Stichting Voorbeeld", NULL, 0, 0},
	    {"a cancellation above a colleague's details goes to a person",
	     HDR "Subject: Substitute for ABCDE-12345\r\n\r\nI cannot "
		 "attend after all. My colleague will take my seat:\r\n\r\n"
		 "Name: Participant Two\r\nE-mail: two@example.org\r\n",
	     INTENT_HUMAN, "Participant Two", "two@example.org", NULL,
	     "perhaps a substitution", 0, 0},
	    {"a cancellation with the writer's own details cancels",
	     HDR "Subject: afmelding\r\n\r\nIk meld mij af voor de "
		 "leergang.\r\n\r\nNaam: Deelnemer Een\r\nE-mail: "
		 "een@zorg.example.org\r\nCode: ABCDE-12345\r\n",
	     INTENT_CANCEL, "Deelnemer Een", "een@zorg.example.org", NULL, NULL,
	     0, 0},
	    {"the writer's own address named in a sentence wins over From",
	     HDR "Subject: aanmelding\r\n\r\nIk meld me hierbij aan voor de "
		 "leergang. Ik stuur dit vanaf mijn prive-adres; gebruik graag "
		 "mijn werkadres een@werk.example.org voor de bevestiging."
		 "\r\n\r\nGroet,\r\nDeelnemer Een\r\n",
	     INTENT_REGISTER, "Deelnemer Een", "een@werk.example.org", NULL,
	     NULL, 0, 0},
	    {"not attending, naming no registration: perhaps a decline",
	     HDR "Subject: RE: Uitnodiging leergang\r\n\r\nDank voor de "
		 "uitnodiging. Helaas kan ik niet deelnemen: op de genoemde "
		 "data ben ik verhinderd.\r\n",
	     INTENT_HUMAN, NULL, NULL, NULL, "perhaps a decline", 0, 0},
	    {"a cancellation by its verb, without a code, cancels",
	     HDR "Subject: leergang\r\n\r\nIk ben helaas verhinderd en meld "
		 "mij af voor de leergang.\r\n",
	     INTENT_CANCEL, NULL, NULL, NULL, NULL, 0, 0},
	    {"a question",
	     HDR "Subject: parkeren\r\n\r\nKan ik bij de bibliotheek "
		 "parkeren?\r\n",
	     INTENT_QUESTION, NULL, NULL, NULL, NULL, 0, 0},
	    {"help is a whole word",
	     HDR "Subject: x\r\n\r\nKunt u mij helpen met parkeren?\r\n",
	     INTENT_QUESTION, NULL, NULL, NULL, NULL, 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct message m;
		struct request rq;
		message_parse(cases[i].raw, strlen(cases[i].raw), &lim, &m);
		request_build(&m, "robot@regbot.test", "nl", &rq);
		const char *label = cases[i].label;
		if (rq.intent != cases[i].intent)
			fail_msg("%s: intent %s (%s)", label,
				 request_intent_name(rq.intent),
				 rq.human ? rq.human : "-");
		const struct form_person *p =
		    rq.form.n ? &rq.form.people[0] : NULL;
		const char *want[] = {cases[i].name, cases[i].email,
				      cases[i].org};
		const enum form_field f[] = {FF_NAME, FF_EMAIL,
					     FF_ORGANISATION};
		for (int k = 0; k < 3; k++) {
			const char *g = p ? p->f[f[k]] : NULL;
			if ((want[k] == NULL) != (g == NULL) ||
			    (g && strcmp(g, want[k])))
				fail_msg("%s: %s '%s'", label,
					 form_field_key(f[k]), g ? g : "-");
		}
		if (cases[i].human &&
		    (rq.human == NULL || !strstr(rq.human, cases[i].human)))
			fail_msg("%s: human '%s'", label,
				 rq.human ? rq.human : "-");
		if (rq.forwarded != cases[i].forwarded ||
		    rq.question != cases[i].question)
			fail_msg("%s: forwarded %d question %d", label,
				 rq.forwarded, rq.question);
		request_free(&rq);
		message_free(&m);
	}
	assert_string_equal(request_intent_name(INTENT_HUMAN), "human");
	assert_null(request_intent_name((enum intent)42));
}

/* An auto-reply to the robot's confirmation carries its code in the
 * subject only: that is the robot's own code, not content of the
 * writer's, and the mail stays a machine's (no answer). */
static void
test_autoreply_with_our_code(void **state)
{
	(void)state;
	const char *raw =
	    HDR "Subject: Afwezigheidsmelding: Bevestiging aanmelding "
		"[ABCDE-12345]\r\n\r\nIk ben afwezig tot 29 maart en lees "
		"mijn mail daarna.\r\n";
	struct message m;
	struct request rq;
	message_parse(raw, strlen(raw), &lim, &m);
	request_build(&m, "robot@regbot.test", "nl", &rq);
	assert_non_null(rq.robot);
	assert_null(rq.robot_weak);
	request_free(&rq);
	message_free(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_autoreply_with_our_code),
	    cmocka_unit_test(test_robots),
	    cmocka_unit_test(test_text),
	    cmocka_unit_test(test_limits),
	    cmocka_unit_test(test_intent_language),
	    cmocka_unit_test(test_mime_details),
	    cmocka_unit_test(test_relay),
	    cmocka_unit_test(test_reading),
	    cmocka_unit_test(test_attached_lure),
	    cmocka_unit_test(test_own_text_machine),
	    cmocka_unit_test(test_reader_only_lure),
	    cmocka_unit_test(test_archive_only),
	    cmocka_unit_test(test_answer_prior),
	    cmocka_unit_test(test_spam_flag),
	};
	return cmocka_run_group_tests_name("request", tests, NULL, NULL);
}
