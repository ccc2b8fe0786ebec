/*
 * Unit tests: the organiser's command mail (orgcmd.c).  Table-driven: each
 * case is a text and what the parser must make of it, written as one line
 * per result ("3:YES 7F3K", "5:?B" for a blocking line that is not a
 * command, "6:?" for one that is only reported), commands first.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "orgcmd.h"
#include "util.h"

static const char *const verb_names[] = {"YES",	   "NO",   "CONFIRM",
					 "CANCEL", "MOVE", "ANSWER"};

/* The parse as one string: "line:VERB args|...|line:?B|line:?". */
static char *
describe(const struct orgcmd_mail *m)
{
	struct buf b;
	buf_init(&b, 1 << 20);
	for (size_t i = 0; i < m->n; i++) {
		const struct orgcmd *c = &m->cmds[i];
		buf_printf(&b, "%s%ld:%s", b.len ? "|" : "", c->line,
			   verb_names[c->verb]);
		if (c->token)
			buf_printf(&b, " %s", c->token);
		if (c->code)
			buf_printf(&b, " %s", c->code);
		if (c->pool)
			buf_printf(&b, " [%s]", c->pool);
		if (c->text) {
			buf_adds(&b, " \"");
			for (const char *p = c->text; *p; p++)
				buf_addc(&b, *p == '\n' ? '/' : *p);
			buf_adds(&b, "\"");
		}
	}
	for (size_t i = 0; i < m->nbad; i++)
		buf_printf(&b, "%s%ld:?%s", b.len ? "|" : "", m->bad[i].line,
			   m->bad[i].blocking ? "B" : "");
	return buf_detach(&b);
}

static void
test_parse(void **state)
{
	(void)state;
	static const struct {
		const char *label, *text, *want;
		int commands; /* orgcmd_has_commands */
	} cases[] = {
	    {"Dutch, any case", "ja 7f3k\nNee 8G4M\nbevestig 9h5n\n",
	     "1:YES 7F3K|2:NO 8G4M|3:CONFIRM 9H5N", 1},
	    {"English",
	     "YES 7F3K\nNO 8G4M\nConfirm 9H5N\ncancel abcde-12345\n"
	     "MOVE ABCDE-12345 gemeente\n",
	     "1:YES 7F3K|2:NO 8G4M|3:CONFIRM 9H5N|4:CANCEL ABCDE-12345|"
	     "5:MOVE ABCDE-12345 [gemeente]",
	     1},
	    {"Dutch cancel and move",
	     "AFMELDEN ABCDE-12345\nVERPLAATS vwxyz-67890 organisaties.\n",
	     "1:CANCEL ABCDE-12345|2:MOVE VWXYZ-67890 [organisaties]", 1},
	    {"CRLF and trailing full stop", "JA 7F3K.\r\nNEE 8G4M\r\n",
	     "1:YES 7F3K|2:NO 8G4M", 1},
	    {"no-break spaces (HTML mail)",
	     "\xc2\xa0JA\xc2\xa0"
	     "7F3K\xc2\xa0\n",
	     "1:YES 7F3K", 1},
	    {"answer: text below, up to an empty line",
	     "ANTWOORD 7F3K\nJa, er is parkeergelegenheid.\n  Tot dan.\n\n"
	     "NEE 8G4M\n",
	     "1:ANSWER 7F3K \"Ja, er is parkeergelegenheid./  Tot dan.\"|"
	     "5:NO 8G4M",
	     1},
	    {"answer: text on the same line, then below",
	     "Answer 7F3K: Yes, lunch is provided.\nSee you then.\n",
	     "1:ANSWER 7F3K \"Yes, lunch is provided./See you then.\"", 1},
	    {"answer: quoted lines inside are left out",
	     "ANTWOORD 7F3K\n> Is er parkeergelegenheid?\nJa.\n",
	     "1:ANSWER 7F3K \"Ja.\"", 1},
	    {"answer without text", "ANTWOORD 7F3K\n\nJA 8G4M\n",
	     "3:YES 8G4M|1:?B", 1},
	    {"answer ends at the signature",
	     "ANTWOORD 7F3K\nJa.\n-- \nSecretariaat\n", "1:ANSWER 7F3K \"Ja.\"",
	     1},
	    {"quoted commands are not the organiser's",
	     "> JA 7F3K\n>> NEE 9H5N\nNEE 8G4M\n", "3:NO 8G4M", 1},
	    {"Gmail attribution (nl)",
	     "JA 7F3K\n\nOp di 4 mei 2010 om 10:00 schreef Regbot "
	     "<robot@example.org>:\n> tekst\nNEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"Apple attribution (nl)",
	     "JA 7F3K\nOp 4 mei 2010, om 10:00 heeft Regbot het volgende "
	     "geschreven:\nNEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"wrapped attribution (en)",
	     "YES 7F3K\nOn Tue, May 4, 2010 at 10:00 AM Regbot <robot@\n"
	     "example.org> wrote:\nNO 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"Outlook original message",
	     "JA 7F3K\n\n-----Original Message-----\nFrom: Regbot\n"
	     "NEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"Outlook, Dutch header block without a rule",
	     "JA 7F3K\nVan: Regbot <robot@example.org>\nVerzonden: dinsdag 4 "
	     "mei 2010 10:00\nAan: Secretariaat\nNEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"Outlook rule",
	     "JA 7F3K\n________________________________\nFrom: Regbot\n"
	     "Sent: Tuesday\nNEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"inline forward",
	     "---------- Forwarded message ---------\nJA 7F3K\n", "", 0},
	    {"signature", "JA 7F3K\n-- \nSecretariaat\nNEE 8G4M\n",
	     "1:YES 7F3K", 1},
	    {"greeting and closing are only reported",
	     "Hoi,\n\nJA 7F3K\n\nGroet,\nSecretariaat\n",
	     "3:YES 7F3K|1:?|5:?|6:?", 1},
	    {"plain prose is no command mail",
	     "Dank u, ik heb haar gebeld.\nGroet\n", "1:?|2:?", 0},
	    {"prose naming a token blocks", "Graag 7F3K bevestigen, dank!\n",
	     "1:?B", 1},
	    {"prose naming a code blocks", "Kunt u (ABCDE-12345) afmelden?\n",
	     "1:?B", 1},
	    {"a token too short", "JA 7F3\n", "1:?B", 1},
	    {"two tokens on one line", "JA 7F3K 8G4M\n", "1:?B", 1},
	    {"letters that are not in the alphabet", "JA 0O1I\n", "1:?B", 1},
	    {"all digits is no token", "NEE 2345\n", "1:?B", 1},
	    {"all letters is no token", "NEE ABCD\n", "1:?B", 1},
	    {"a command word in a sentence", "Nee dank je\n", "1:?B", 1},
	    {"a word with a comma is no command word", "Ja, graag.\n", "1:?",
	     0},
	    {"move without a pool", "VERPLAATS ABCDE-12345\n", "1:?B", 1},
	    {"move with a bad code", "MOVE ABCDE12345 gemeente\n", "1:?B", 1},
	    {"cancel with a bad code", "AFMELDEN ABCDE-1234\n", "1:?B", 1},
	    {"cancel with more words", "AFMELDEN ABCDE-12345 ziek\n", "1:?B",
	     1},
	    /* An autoresponder that copies a forward unquoted: the NEE line
	     * (always in the forward) has its description after the token,
	     * so the copy stops itself and nothing is applied. */
	    {"a forward's decision block copied unquoted",
	     "Beslissen per mail: stuur een nieuwe mail aan x@example.org met\n"
	     "  NEE 7F3K       niets doen; de afzender krijgt niets\n"
	     "  ANTWOORD 7F3K  met op de regels eronder uw antwoord\n",
	     "3:ANSWER 7F3K \"met op de regels eronder uw antwoord\"|1:?|2:?B",
	     1},
	    {"empty", "", "", 0},
	    {"only blank lines", "\n \n\t\n", "", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct orgcmd_mail m;
		assert_int_equal(orgcmd_parse(cases[i].text, &m), 0);
		char *got = describe(&m);
		if (strcmp(got, cases[i].want))
			fail_msg("%s: got \"%s\", want \"%s\"", cases[i].label,
				 got, cases[i].want);
		if (orgcmd_has_commands(&m) != cases[i].commands)
			fail_msg("%s: has_commands %d", cases[i].label,
				 orgcmd_has_commands(&m));
		free(got);
		orgcmd_free(&m);
	}
}

/* Reasons and sources are precise and single-line. */
static void
test_reasons(void **state)
{
	(void)state;
	struct orgcmd_mail m;
	assert_int_equal(orgcmd_parse("JA 7F3\nGraag\r7F3K\n", &m), 0);
	assert_int_equal(m.nbad, 2);
	assert_string_equal(m.bad[0].source, "JA 7F3");
	assert_non_null(strstr(m.bad[0].why, "'7F3' is not a token"));
	assert_null(strchr(m.bad[1].source, '\r'));
	orgcmd_free(&m);

	/* A long line is quoted in part, never half a character. */
	struct buf b;
	buf_init(&b, 1 << 16);
	buf_adds(&b, "JA ");
	for (int i = 0; i < 150; i++)
		buf_adds(&b, "\xc3\xa9");
	assert_int_equal(orgcmd_parse(buf_str(&b), &m), 0);
	assert_int_equal(m.nbad, 1);
	size_t n = strlen(m.bad[0].source);
	assert_true(n <= 200);
	assert_true(((unsigned char)m.bad[0].source[n - 1] & 0xc0) != 0xc0);
	orgcmd_free(&m);
	buf_free(&b);
}

/* At most ORGCMD_MAX_LINES results; the rest is one blocking problem. */
static void
test_bounds(void **state)
{
	(void)state;
	struct buf b;
	buf_init(&b, 1 << 20);
	for (int i = 0; i < 150; i++)
		buf_adds(&b, "JA 7F3K\n");
	struct orgcmd_mail m;
	assert_int_equal(orgcmd_parse(buf_str(&b), &m), 0);
	assert_int_equal(m.n, ORGCMD_MAX_LINES);
	assert_int_equal(m.nbad, 1);
	assert_int_equal(m.nblocking, 1);
	orgcmd_free(&m);
	buf_reset(&b);
	buf_adds(&b, "ANTWOORD 7F3K\n");
	for (int i = 0; i < 5000; i++)
		buf_adds(&b, "Een regel tekst van het antwoord.\n");
	assert_int_equal(orgcmd_parse(buf_str(&b), &m), 0);
	assert_int_equal(m.n, 1);
	assert_true(strlen(m.cmds[0].text) <= ORGCMD_ANSWER_MAX);
	orgcmd_free(&m);
	buf_free(&b);
	assert_int_equal(orgcmd_parse(NULL, &m), -1);
	orgcmd_free(NULL);
}

static void
test_shapes(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		int token, code;
	} cases[] = {
	    {"7F3K", 1, 0},	   {"7f3k", 1, 0},	  {"2345", 0, 0},
	    {"ABCD", 0, 0},	   {"7F3O", 0, 0},	  {"7F3U", 0, 0},
	    {"7F3", 0, 0},	   {"7F3KX", 0, 0},	  {"", 0, 0},
	    {"ABCDE-12345", 0, 1}, {"abcde-12345", 0, 1}, {"ABCDE12345", 0, 0},
	    {"ABCDE-1234", 0, 0},  {"ABCDI-12345", 0, 0}, {"ABCDE_12345", 0, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (orgcmd_token_shape(cases[i].s) != cases[i].token)
			fail_msg("token shape of '%s'", cases[i].s);
		if (orgcmd_code_shape(cases[i].s) != cases[i].code)
			fail_msg("code shape of '%s'", cases[i].s);
	}
	assert_int_equal(orgcmd_token_shape(NULL), 0);
	/* Every byte pattern makes a token of the right shape or asks for
	 * new bytes; all-digit and all-letter draws are refused. */
	unsigned char r[ORGCMD_TOKEN_LEN];
	char t[ORGCMD_TOKEN_LEN + 1];
	int made = 0;
	for (int i = 0; i < 5000; i++) {
		for (int k = 0; k < ORGCMD_TOKEN_LEN; k++)
			r[k] = (unsigned char)((i * 7919 + k * 104729) >> k);
		if (orgcmd_token_make(r, t) == 0) {
			made++;
			assert_true(orgcmd_token_shape(t));
		} else
			assert_false(orgcmd_token_shape(t));
	}
	assert_true(made > 2500);
	memset(r, 0, sizeof r); /* "2222" */
	assert_int_equal(orgcmd_token_make(r, t), -1);
	assert_string_equal(orgcmd_verb_word(ORGCMD_YES, "nl"), "JA");
	assert_string_equal(orgcmd_verb_word(ORGCMD_MOVE, "en"), "MOVE");
	assert_string_equal(orgcmd_verb_word(ORGCMD_ANSWER, NULL), "ANTWOORD");
}

static void
test_auth(void **state)
{
	(void)state;
	static const struct {
		const char *label, *raw, *why;
	} cases[] = {
	    {"dmarc fail",
	     "From: o@example.org\nAuthentication-Results: mx.example.org; "
	     "dmarc=fail (p=reject dis=none) header.from=example.org\n\nx",
	     "dmarc=fail"},
	    {"all pass",
	     "Authentication-Results: mx.example.org; spf=pass "
	     "smtp.mailfrom=o@example.org; dkim=pass header.d=example.org; "
	     "dmarc=pass header.from=example.org\n\n",
	     NULL},
	    {"spf fail for the domain",
	     "Authentication-Results: mx; spf=fail smtp.mailfrom=o@example.org"
	     "\n\n",
	     "spf=fail for example.org"},
	    {"spf fail for another domain",
	     "Authentication-Results: mx; spf=fail "
	     "smtp.mailfrom=x@other.example\n\n",
	     NULL},
	    {"dkim fail for a subdomain",
	     "Authentication-Results: mx; dkim=fail header.d=mail.example.org"
	     "\n\n",
	     "dkim=fail for example.org"},
	    {"not a subdomain, only a suffix",
	     "Authentication-Results: mx; dkim=fail "
	     "header.d=badexample.org\n\n",
	     NULL},
	    {"folded",
	     "Authentication-Results: mx.example.org;\r\n\tdmarc=fail"
	     "\r\n\r\n",
	     "dmarc=fail"},
	    {"in a comment only",
	     "Authentication-Results: mx; spf=pass (dmarc=fail; no) "
	     "smtp.mailfrom=o@example.org\n\n",
	     NULL},
	    {"softfail does not count",
	     "Authentication-Results: mx; spf=softfail "
	     "smtp.mailfrom=o@example.org\n\n",
	     NULL},
	    {"in the body",
	     "Subject: x\n\nAuthentication-Results: mx; "
	     "dmarc=fail\n",
	     NULL},
	    {"the second header fails",
	     "Authentication-Results: a; dmarc=pass\nAuthentication-Results: "
	     "b; dmarc=fail\n\n",
	     "dmarc=fail"},
	    {"quoted value",
	     "Authentication-Results: mx; dkim=fail header.i=\"@example.org\""
	     "\n\n",
	     "dkim=fail for example.org"},
	    {"no authserv-id separator",
	     "Authentication-Results: dmarc=fail\n\n", NULL},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *why = NULL;
		int f = orgcmd_auth_failed(cases[i].raw, strlen(cases[i].raw),
					   "example.org", &why);
		if (f != (cases[i].why != NULL))
			fail_msg("%s: got %d", cases[i].label, f);
		if (cases[i].why && strcmp(why, cases[i].why))
			fail_msg("%s: why \"%s\"", cases[i].label, why);
		free(why);
	}
	char *why = NULL;
	assert_int_equal(orgcmd_auth_failed(NULL, 0, "example.org", &why), 0);
	assert_int_equal(orgcmd_auth_failed("x", 1, "", &why), 0);
	assert_null(why);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse),  cmocka_unit_test(test_reasons),
	    cmocka_unit_test(test_bounds), cmocka_unit_test(test_shapes),
	    cmocka_unit_test(test_auth),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
