/* Unit tests: prose, the people a registration names in running text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "prose.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define WRITER "een@example.org"

static const struct {
	const char *label;
	const char *text;
	size_t n;
	/* name, email, organisation, role, phone, diet of person 1 */
	const char *p1[6];
	/* what the text says of everyone: organisation, role */
	const char *shared[2];
} cases[] = {
    {"a colleague, his address and his work in the next sentence",
     "Mijn collega Voorbeeld Persoon wil graag deelnemen maar is deze week "
     "weg, daarom meld ik hem aan. Hij is opbouwwerker bij Stichting "
     "Voorbeeld en bereikbaar op persoon@example.org of 06-12345678.",
     1,
     {"Voorbeeld Persoon", "persoon@example.org", "Stichting Voorbeeld",
      "opbouwwerker", "06-12345678", NULL},
     {NULL, NULL}},
    {"a name with its address in brackets; what 'each of us' is, is "
     "everyone's",
     "Please register me and my colleague Participant Two "
     "(two@example.org). Each of us works as a peer educator at Example "
     "Network Almere.",
     1,
     {"Participant Two", "two@example.org", "Example Network Almere",
      "peer educator", NULL, NULL},
     {"Example Network Almere", "peer educator"}},
    {"the writer's clause is the writer's",
     "Graag meld ik mijzelf en mijn collega Deelnemer Drie aan. Ik ben "
     "teamleider van Stichting Voorbeeld, zij is onze programmeur "
     "(drie@example.org). Zij eet glutenvrij.",
     1,
     {"Deelnemer Drie", "drie@example.org", NULL, "programmeur", NULL,
      "glutenvrij"},
     {NULL, NULL}},
    {"an address spoken of as hers",
     "Ik meld mij aan samen met mijn collega Deelnemer Vier. Ik ben "
     "bereikbaar op 036 123 45 67. Het e-mailadres van mijn collega is "
     "vier@example.org, haar telefoonnummer 036 123 45 68.",
     1,
     {"Deelnemer Vier", "vier@example.org", NULL, NULL, "036 123 45 68", NULL},
     {NULL, NULL}},
    {"a colleague named again by the first name; both work 'als'",
     "Mijn collega Deelnemer Zes en ik willen ons graag aanmelden. We "
     "werken allebei als wijkcoach bij Stichting Voorbeeld. Deelnemer is "
     "te bereiken via zes@example.org.",
     1,
     {"Deelnemer Zes", "zes@example.org", "Stichting Voorbeeld", "wijkcoach",
      NULL, NULL},
     {"Stichting Voorbeeld", "wijkcoach"}},
    {"where both work, with no function named",
     "Ik meld mezelf en mijn collega Deelnemer Zeven (zeven@example.org) "
     "aan. Wij werken allebei bij Stichting Voorbeeld.",
     1,
     {"Deelnemer Zeven", "zeven@example.org", "Stichting Voorbeeld", NULL, NULL,
      NULL},
     {"Stichting Voorbeeld", NULL}},
    {"what someone does not eat",
     "My colleague Participant Five <five@example.org> would like to "
     "attend. Participant Five does not eat meat.",
     1,
     {"Participant Five", "five@example.org", NULL, NULL, NULL,
      "does not eat meat"},
     {NULL, NULL}},
    {"nobody without an address",
     "Mijn collega Deelnemer Zes wil ook komen.",
     0,
     {NULL},
     {NULL, NULL}},
    {"the writer's own address is nobody's",
     "Ik ben bereikbaar op een@example.org of 06-12345678.",
     0,
     {NULL},
     {NULL, NULL}},
    {"an address without a name before it, of nobody named",
     "Zie "
     "zeven@example."
     "org.",
     0,
     {NULL},
     {NULL, NULL}},
};

static void
same(const char *label, const char *what, const char *want, const char *got)
{
	if ((want == NULL) != (got == NULL) || (want && strcmp(want, got)))
		fail_msg("%s: %s: want '%s', got '%s'", label, what,
			 want ? want : "(none)", got ? got : "(none)");
}

static void
test_cases(void **state)
{
	(void)state;
	static const enum form_field f[] = {FF_NAME, FF_EMAIL, FF_ORGANISATION,
					    FF_ROLE, FF_PHONE, FF_DIET};
	const char *const ex[] = {WRITER, NULL, "aanmelden@example.org"};
	for (size_t i = 0; i < NELEM(cases); i++) {
		struct form out;
		struct form_person sh;
		assert_int_equal(
		    prose_people(cases[i].text, ex, NELEM(ex), &out, &sh, NULL),
		    0);
		if (out.n != cases[i].n)
			fail_msg("%s: %zu people", cases[i].label, out.n);
		for (size_t k = 0; out.n > 0 && k < NELEM(f); k++)
			same(cases[i].label, form_field_key(f[k]),
			     cases[i].p1[k], out.people[0].f[f[k]]);
		same(cases[i].label, "shared organisation", cases[i].shared[0],
		     sh.f[FF_ORGANISATION]);
		same(cases[i].label, "shared role", cases[i].shared[1],
		     sh.f[FF_ROLE]);
		assert_int_equal(out.labelled, 0);
		form_free(&out);
		form_person_free(&sh);
	}
}

/* Several people, in the order they are named; a name given twice is one
 * person. */
static void
test_several(void **state)
{
	(void)state;
	struct form out;
	struct form_person sh;
	prose_people("Graag meld ik mijn collega's Deelnemer Twee "
		     "(twee@example.org) en Deelnemer Drie <drie@example.org> "
		     "aan. Deelnemer Twee eet vegetarisch.",
		     NULL, 0, &out, &sh, NULL);
	assert_int_equal(out.n, 2);
	assert_string_equal(out.people[0].f[FF_NAME], "Deelnemer Twee");
	assert_string_equal(out.people[0].f[FF_DIET], "vegetarisch");
	assert_string_equal(out.people[1].f[FF_EMAIL], "drie@example.org");
	assert_null(out.people[1].f[FF_DIET]);
	form_free(&out);
	form_person_free(&sh);
}

static void
test_bounds(void **state)
{
	(void)state;
	struct form out;
	struct form_person sh;
	int we = 1;
	assert_int_equal(prose_people(NULL, NULL, 0, &out, &sh, &we), 0);
	assert_int_equal(we, 0);
	prose_people("Mijn collega Deelnemer Twee (twee@example.org) komt "
		     "mee. Wij zijn allebei coach.",
		     NULL, 0, &out, &sh, &we);
	assert_int_equal(we, 1);
	assert_string_equal(sh.f[FF_ROLE], "coach");
	form_free(&out);
	form_person_free(&sh);
	assert_int_equal(out.n, 0);
	assert_int_equal(prose_people("x", NULL, 0, NULL, &sh, NULL), -1);
	/* a long text of addresses and names: bounded, no more than a
	 * registration may name */
	char big[64 * 1024];
	size_t k = 0;
	for (int i = 0; k + 64 < sizeof big; i++)
		k += (size_t)snprintf(
		    big + k, sizeof big - k,
		    "Mijn collega Deelnemer %c%c (n%d@example.org). ",
		    'A' + i / 26 % 26, 'a' + i % 26, i);
	prose_people(big, NULL, 0, &out, &sh, NULL);
	assert_true(out.n > 0 && out.n <= 16);
	form_free(&out);
	form_person_free(&sh);
}

/* What the writer's own sentences say of the writer. */
static void
test_writer(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		/* organisation, role, phone, diet */
		const char *want[4];
		const char *email;
	} c[] = {
	    {"Ik wil mij daar graag voor opgeven. Ik ben Stadmaker Drie en "
	     "ik werk als wijkverpleegkundige bij Thuiszorg Ontwerpnet in "
	     "Almere Buiten. U kunt mij bereiken op 06-55531408. Ik eet "
	     "vegetarisch.",
	     {"Thuiszorg Ontwerpnet", "wijkverpleegkundige", "06-55531408",
	      "vegetarisch"},
	     NULL},
	    /* a diet told with "ben" */
	    {"Ik meld mij aan. Ik ben vegetari\xc3\xabr.",
	     {NULL, NULL, NULL, "vegetari\xc3\xabr"},
	     NULL},
	    /* where, then the function */
	    {"Ik werk bij de gemeente Almere als wijkregisseur in stadsdeel "
	     "Almere Buiten.",
	     {"gemeente Almere", "wijkregisseur", NULL, NULL},
	     NULL},
	    /* a department is not the organisation */
	    {"Ik werk bij de afdeling Beleid van de gemeente.",
	     {NULL, NULL, NULL, NULL},
	     NULL},
	    /* a clause or an aside ends a diet and a role */
	    {"Ik eet vegetarisch, als dat uitmaakt voor de lunch.",
	     {NULL, NULL, NULL, "vegetarisch"},
	     NULL},
	    {"I work as an independent social researcher (my own firm).",
	     {NULL, "independent social researcher", NULL, NULL},
	     NULL},
	    /* the writer's own address only when called so */
	    {"Mijn werkmail is een@werk.example.org, daar wil ik de "
	     "bevestiging graag ontvangen.",
	     {NULL, NULL, NULL, NULL},
	     "een@werk.example.org"},
	    {"Stuur de factuur naar crediteuren@werk.example.org.",
	     {NULL, NULL, NULL, NULL},
	     NULL},
	    /* an apposition to the writer's own name */
	    {"Ik ben Polderaar Vier, buurtbemiddelaar bij Stichting "
	     "Werktekening.",
	     {"Stichting Werktekening", "buurtbemiddelaar", NULL, NULL},
	     NULL},
	    /* what is said of a colleague is not the writer's */
	    {"Mijn collega Deelnemer Twee (twee@example.org) is opbouwwerker "
	     "bij Stichting Voorbeeld.",
	     {NULL, NULL, NULL, NULL},
	     NULL},
	    {NULL, {NULL, NULL, NULL, NULL}, NULL},
	};
	static const enum form_field f[] = {FF_ORGANISATION, FF_ROLE, FF_PHONE,
					    FF_DIET};
	for (size_t i = 0; i < NELEM(c); i++) {
		struct form_person w;
		assert_int_equal(prose_writer(c[i].text, &w), 0);
		for (size_t k = 0; k < NELEM(f); k++) {
			const char *got = w.f[f[k]], *want = c[i].want[k];
			if ((got == NULL) != (want == NULL) ||
			    (got && strcmp(got, want)))
				fail_msg("%s: field %d is '%s', want '%s'",
					 c[i].text ? c[i].text : "(null)",
					 (int)f[k], got ? got : "(none)",
					 want ? want : "(none)");
		}
		assert_null(w.f[FF_NAME]);
		if ((w.f[FF_EMAIL] == NULL) != (c[i].email == NULL) ||
		    (c[i].email && strcmp(w.f[FF_EMAIL], c[i].email)))
			fail_msg("%s: address '%s'", c[i].text,
				 w.f[FF_EMAIL] ? w.f[FF_EMAIL] : "(none)");
		form_person_free(&w);
	}
	assert_int_equal(prose_writer("x", NULL), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cases),
	    cmocka_unit_test(test_several),
	    cmocka_unit_test(test_bounds),
	    cmocka_unit_test(test_writer),
	};
	return cmocka_run_group_tests_name("prose", tests, NULL, NULL);
}
