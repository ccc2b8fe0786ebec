/* Unit tests: quote, the layouts of quoted replies and forwards of the
 * mail clients, as every reader of mail text sees them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "quote.h"

static enum quote_kind
sep(const char *s)
{
	return quote_separator(s, strlen(s));
}

static int
attr(const char *s, const char *next)
{
	return quote_attribution(s, strlen(s), next, next ? strlen(next) : 0);
}

static void
test_separators(void **state)
{
	(void)state;
	static const char *const replies[] = {
	    "-----Original Message-----",
	    "----- Original Message -----",
	    "-----Oorspronkelijk bericht-----",
	    "  -----Origineel bericht-----",
	    "-----Urspr\xc3\xbcngliche Nachricht-----",
	    "________________________________",
	};
	for (size_t i = 0; i < sizeof replies / sizeof *replies; i++)
		assert_int_equal(sep(replies[i]), QUOTE_REPLY);
	static const char *const forwards[] = {
	    "---------- Forwarded message ---------",
	    "---------- Doorgestuurd bericht ---------",
	    "Begin forwarded message:",
	    "Begin doorgestuurd bericht:",
	    "-------- Weitergeleitete Nachricht --------",
	    "----- Forwarded by Secretariaat/Almere on 05-05-2010 -----",
	};
	for (size_t i = 0; i < sizeof forwards / sizeof *forwards; i++)
		assert_int_equal(sep(forwards[i]), QUOTE_FORWARD);
	static const char *const neither[] = {
	    "Ik stuur het oorspronkelijke bericht nog eens door.",
	    "-- ",
	    "-----",
	    "_____",
	    "Begin juni ben ik er weer.",
	    "- Original message of mine, see below, is still valid and "
	    "this line is far longer than any separator line that a mail "
	    "client writes",
	};
	for (size_t i = 0; i < sizeof neither / sizeof *neither; i++)
		assert_int_equal(sep(neither[i]), QUOTE_NONE);
	assert_string_equal(
	    quote_client("-----Oorspronkelijk bericht-----", 32),
	    "Outlook (Dutch)");
}

static void
test_attributions(void **state)
{
	(void)state;
	assert_int_equal(attr("On Wed, May 5, 2010 at 2:02 PM, Cursist Een "
			      "<een@example.org> wrote:",
			      NULL),
			 1);
	assert_int_equal(attr("Op 5 mei 2010 14:02 schreef Cursist Een "
			      "<een@example.org>:",
			      NULL),
			 1);
	assert_int_equal(attr("Cursist Een schreef:", NULL), 1);
	assert_int_equal(
	    attr("Op 05-05-10 14:02 heeft Cursist Een het volgende "
		 "geschreven:",
		 NULL),
	    1);
	assert_int_equal(
	    attr("Am 05.05.2010 um 14:02 schrieb Kurs Teilnehmer:", NULL), 1);
	assert_int_equal(
	    attr("Le 5 mai 2010 \xc3\xa0 14:02, Stagiaire a \xc3\xa9"
		 "crit :",
		 NULL),
	    1);
	/* wrapped by the client */
	assert_int_equal(attr("Op wo 5 mei 2010 om 14:02 schreef Cursist Een <",
			      "een@example.org>:"),
			 2);
	assert_int_equal(attr("On 5 May 2010, at 14:02, Participant Two",
			      "<two@example.org> wrote:"),
			 2);
	/* prose that only looks like one */
	assert_int_equal(attr("Dit is wat ik schreef", NULL), 0);
	assert_int_equal(attr("Zoals mijn collega schreef: graag twee "
			      "plaatsen.",
			      NULL),
			 0);
	assert_int_equal(attr("Organisatie:", NULL), 0);
	assert_int_equal(attr("On the course day:", "we will be there."), 0);
}

static void
test_header_block(void **state)
{
	(void)state;
	size_t v = 0;
	assert_int_equal(quote_header_field("*Van:* Cursist Een", 18, &v),
			 QF_FROM);
	assert_string_equal("*Van:* Cursist Een" + v, "Cursist Een");
	assert_int_equal(quote_header_field("Onderwerp: Aanmelding", 21, &v),
			 QF_SUBJECT);
	assert_string_equal("Onderwerp: Aanmelding" + v, "Aanmelding");
	assert_int_equal(quote_header_field("Naam: Cursist Een", 17, NULL),
			 QF_NONE);

	assert_true(quote_header_block("Van: Cursist Een [mailto:een@example."
				       "org]\nVerzonden: woensdag 5 mei 2010 "
				       "14:02\nAan: aanmelden@example.org\n"
				       "Onderwerp: Aanmelding\n"));
	assert_true(quote_header_block(
	    "From: Participant Two\nSent: Wednesday, May 05, 2010 2:02 PM\n"
	    "To: aanmelden@example.org\n"));
	/* a form that starts with a From-like label is not one */
	assert_false(quote_header_block("Van: Stichting Voorbeeld\nNaam: "
					"Cursist Een\nFunctie: coach\n"));
	assert_false(
	    quote_header_block("From: Participant Two\nSent: Wednesday\n"));
	assert_false(quote_header_block("Naam: Cursist Een\n"));
}

/* A ticket system's thread: its marker line, date lines, entry lines. */
static void
test_thread(void **state)
{
	(void)state;
#define T(f, s) f(s, strlen(s))
	assert_true(
	    T(quote_thread_marker, "##- Typ uw antwoord boven deze regel -##"));
	assert_true(T(quote_thread_marker,
		      "  ##- Please type your reply above this line -##"));
	/* a helpdesk's footer that asks the same is no thread's head */
	assert_false(T(quote_thread_marker,
		       "This email was sent from our helpdesk. Please reply "
		       "above this line to keep our conversation in one "
		       "ticket."));

	assert_true(T(quote_date_line, "14 apr. 2010 09:20"));
	assert_true(T(quote_date_line, "Apr 14, 2010, 9:20 AM"));
	assert_true(T(quote_date_line, "2010-04-14 09:20:58"));
	assert_true(T(quote_date_line, "dinsdag 13 april 2010 om 10:02 uur"));
	assert_true(T(quote_date_line, "13/04/2010 10:02"));
	/* a date without a time, a time without a year, words */
	assert_false(T(quote_date_line, "13 april 2010"));
	assert_false(T(quote_date_line, "Dag 1: dinsdag 1 juni 2010, 09:45"));
	assert_false(T(quote_date_line, "Inloop vanaf 09:15 uur"));
	assert_false(T(quote_date_line, "Mei 2010 om 10:00 graag"));
	assert_false(T(quote_date_line, ""));
#undef T
	const char *d = "14 apr. 2010 09:20";
	assert_true(quote_thread_entry("Cursist Een (GGD Voorbeeld)", 27, d,
				       strlen(d)));
	assert_false(quote_thread_entry(d, strlen(d), d, strlen(d)));
	assert_false(quote_thread_entry("Cursist Een", 11, "Goedemorgen,", 12));
	assert_false(quote_thread_entry("Cursist Een", 11, NULL, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_separators),
	    cmocka_unit_test(test_attributions),
	    cmocka_unit_test(test_header_block),
	    cmocka_unit_test(test_thread),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
