/* Unit tests: the decision table (decide). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "decide.h"

static const struct {
	enum judge_intent intent;
	enum judge_conf conf;
	enum code_where code;
	enum sender_role role;
	enum decision want;
} rows[] = {
    /* a seat only with high confidence */
    {JI_REGISTER, JC_HIGH, CODE_NONE, ROLE_PARTICIPANT, DO_REGISTER},
    {JI_REGISTER, JC_LOW, CODE_NONE, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_REGISTER, JC_NONE, CODE_NONE, ROLE_PARTICIPANT, DO_HUMAN},
    /* a registration naming a code is about one that exists */
    {JI_REGISTER, JC_HIGH, CODE_OWN, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_REGISTER, JC_HIGH, CODE_SUBJECT, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_REGISTER, JC_HIGH, CODE_QUOTE, ROLE_PARTICIPANT, DO_REGISTER},
    /* a cancellation: high confidence and the code in the writer's
     * words; without any code the robot asks for it */
    {JI_CANCEL, JC_HIGH, CODE_OWN, ROLE_PARTICIPANT, DO_CANCEL},
    {JI_CANCEL, JC_HIGH, CODE_SUBJECT, ROLE_PARTICIPANT, DO_CANCEL},
    {JI_CANCEL, JC_HIGH, CODE_NONE, ROLE_PARTICIPANT, DO_CANCEL},
    {JI_CANCEL, JC_HIGH, CODE_QUOTE, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_CANCEL, JC_LOW, CODE_OWN, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_SUBSTITUTE, JC_HIGH, CODE_OWN, ROLE_PARTICIPANT, DO_SUBSTITUTE},
    {JI_SUBSTITUTE, JC_HIGH, CODE_QUOTE, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_SUBSTITUTE, JC_LOW, CODE_OWN, ROLE_PARTICIPANT, DO_HUMAN},
    /* reading where one stands changes nothing */
    {JI_STATUS, JC_LOW, CODE_QUOTE, ROLE_PARTICIPANT, DO_STATUS},
    {JI_HELP, JC_HIGH, CODE_NONE, ROLE_PARTICIPANT, DO_HELP},
    {JI_QUESTION, JC_HIGH, CODE_NONE, ROLE_PARTICIPANT, DO_QUESTION},
    {JI_CORRECT, JC_HIGH, CODE_OWN, ROLE_PARTICIPANT, DO_CORRECT},
    {JI_CORRECT, JC_HIGH, CODE_QUOTE, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_CORRECT, JC_HIGH, CODE_NONE, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_CORRECT, JC_LOW, CODE_OWN, ROLE_PARTICIPANT, DO_HUMAN},
    {JI_NONE, JC_NONE, CODE_NONE, ROLE_PARTICIPANT, DO_HUMAN},
    /* the organiser's mail is never a participant's */
    {JI_REGISTER, JC_HIGH, CODE_NONE, ROLE_ORGANISER, DO_HUMAN},
    {JI_CANCEL, JC_HIGH, CODE_OWN, ROLE_ORGANISER, DO_HUMAN},
};

static void
test_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct decide_in in = {rows[i].intent, rows[i].conf,
				       rows[i].code, rows[i].role};
		const char *why = NULL;
		enum decision d = decide_action(&in, &why);
		if (d != rows[i].want)
			fail_msg("row %zu (%s, %s, %s): %s, want %s", i,
				 judge_intent_name(rows[i].intent),
				 judge_conf_name(rows[i].conf),
				 code_where_name(rows[i].code),
				 decision_name(d), decision_name(rows[i].want));
		if (d == DO_HUMAN)
			assert_non_null(why);
	}
}

/* Nothing that is not high confidence ever acts irreversibly, for
 * every combination of inputs. */
static void
test_no_act_without_confidence(void **state)
{
	(void)state;
	for (int i = 0; i < JI__COUNT; i++)
		for (int c = JC_NONE; c <= JC_HIGH; c++)
			for (int w = CODE_NONE; w <= CODE_QUOTE; w++)
				for (int r = ROLE_PARTICIPANT;
				     r <= ROLE_ORGANISER; r++) {
					struct decide_in in = {
					    (enum judge_intent)i,
					    (enum judge_conf)c,
					    (enum code_where)w,
					    (enum sender_role)r};
					enum decision d =
					    decide_action(&in, NULL);
					int acts = d == DO_REGISTER ||
						   d == DO_CANCEL ||
						   d == DO_SUBSTITUTE ||
						   d == DO_CORRECT;
					if (acts)
						assert_int_equal(c, JC_HIGH);
					if (acts)
						assert_int_equal(
						    r, ROLE_PARTICIPANT);
					if (d == DO_CANCEL ||
					    d == DO_SUBSTITUTE)
						assert_int_not_equal(
						    w, CODE_QUOTE);
					if (d == DO_CORRECT)
						assert_true(w == CODE_OWN ||
							    w == CODE_SUBJECT);
				}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_table),
	    cmocka_unit_test(test_no_act_without_confidence),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
