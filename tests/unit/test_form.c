/*
 * test_form — unit tests for the form module (cmocka).
 *
 * Table-driven: each row is a label, a mail text and the people expected,
 * every field of every person compared (NULL means "must be absent").
 * Each row runs as its own cmocka test named by its label.  Hostile
 * inputs (huge, binary, malformed) are checked for bounded, clean output
 * and linear time.  All test data uses placeholder names and example
 * domains.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MAXP 4

struct fcase {
	const char *label;
	const char *text;
	size_t n;
	int labelled;
	const char *p[MAXP][FF__COUNT];
};

#define ORG "Stichting Voorbeeld"
#define INV                                                                    \
	"Stichting Voorbeeld, t.a.v. crediteurenadministratie, "               \
	"Postbus 123, 1300 AA Almere"

static const struct fcase cases[] = {
    {"nl_full_form",
     "Beste organisatie,\n\nHierbij meld ik mij aan voor de leergang.\n\n"
     "Naam: Deelnemer Een\n"
     "E-mailadres: een@example.org\n"
     "Organisatie: Stichting Voorbeeld\n"
     "Functie: beleidsmedewerker\n"
     "Telefoon: 036 123 45 67\n"
     "Dieetwensen: vegetarisch\n"
     "Factuuradres: Stichting Voorbeeld\n"
     "  t.a.v. crediteurenadministratie\n"
     "  Postbus 123\n"
     "  1300 AA Almere\n"
     "Kenmerk: 2010-0417\n\n"
     "Met vriendelijke groet,\nDeelnemer Een\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "beleidsmedewerker",
       "036 123 45 67", "vegetarisch", INV, "2010-0417"}}},
    {"en_full_form",
     "Dear organisers,\r\n\r\nPlease register me.\r\n\r\n"
     "Name: Participant Two\r\n"
     "Email: two@example.org\r\n"
     "Organisation: Example Foundation\r\n"
     "Job title: policy advisor\r\n"
     "Phone: +31 36 123 4567\r\n"
     "Dietary requirements: no nuts\r\n"
     "Invoice address: Example Foundation, Postbus 9, 1300 AB Almere\r\n"
     "Purchase order: PO-88812\r\n",
     1,
     1,
     {{"Participant Two", "two@example.org", "Example Foundation",
       "policy advisor", "+31 36 123 4567", "no nuts",
       "Example Foundation, Postbus 9, 1300 AB Almere", "PO-88812"}}},
    {"empty_slot_above_an_unknown_label",
     "Naam: Deelnemer Een\nE-mail: een@example.org\nTelefoon:\n"
     "Akkoord met plaatsing (ja/nee):\nFunctie: adviseur\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, "adviseur"}}},
    {"numbered_questions_of_one_form",
     "1. Naam: Deelnemer Een\n2. E-mailadres: een@example.org\n"
     "3. Organisatie: Stichting Voorbeeld\n4. Functie: adviseur\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "adviseur"}}},
    {"numbered_people",
     "1. Naam: Deelnemer Een\n   E-mail: een@example.org\n"
     "2. Naam: Participant Two\n   E-mail: two@example.org\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org"},
      {"Participant Two", "two@example.org"}}},
    {"reference_label_with_its_topic_after_the_address",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n"
     "Factuuradres: Stichting Voorbeeld, Postbus 5, 1300 AB Almere\n"
     "Kenmerk factuur: KV-2010-031\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere", "KV-2010-031"}}},
    {"reference_label_of_reference_words",
     "Name: Participant Two\nEmail: two@example.org\n"
     "Billing address: Example Institute, Campuslaan 1, 1098 XH Amsterdam\n"
     "Budget code: SIUS-RES-0420\n",
     1,
     1,
     {{"Participant Two", "two@example.org", NULL, NULL, NULL, NULL,
       "Example Institute, Campuslaan 1, 1098 XH Amsterdam", "SIUS-RES-0420"}}},
    {"reference_line_below_the_town",
     "Naam: Deelnemer Een\nE-mail: een@example.org\nFactuuradres:\n"
     "Stichting Voorbeeld\nPostbus 5\n1300 AB Almere\n"
     "projectnummer OW-2010-5\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere",
       "projectnummer OW-2010-5"}}},
    {"invoice_address_for_the_whole_group",
     "Naam\tE-mail\nDeelnemer Een\teen@example.org\n"
     "Participant Two\ttwo@example.org\n\n"
     "Factuuradres voor alle twee: Stichting Voorbeeld, Postbus 5, "
     "1300 AB Almere\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere"},
      {"Participant Two", "two@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere"}}},
    {"a_sentence_after_the_town_gives_the_reference",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n"
     "Factuuradres: Stichting Voorbeeld, Postbus 5, 1300 AB Almere. Graag "
     "ons ordernummer OW-2010-31 vermelden.\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere",
       "ordernummer OW-2010-31"}}},
    {"no_diet_and_a_reference_to_follow_are_nothing",
     "Naam: Deelnemer Een\nE-mail: een@example.org\nDieetwensen: geen\n"
     "Inkoopnummer: volgt\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"invoice_values_without_the_sentence_around_them",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n"
     "Factuuradres: Stichting Voorbeeld, Postbus 5, 1300 AB Almere "
     "graag\nReferentie: ons relatienummer REL-7781\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere",
       "relatienummer REL-7781"}}},
    {"our_reference_is_the_code",
     "Name: Participant Two\nEmail: two@example.org\n"
     "Invoice reference: our reference SEW/TR/2010/07\n",
     1,
     1,
     {{"Participant Two", "two@example.org", NULL, NULL, NULL, NULL, NULL,
       "SEW/TR/2010/07"}}},
    {"a_sentence_after_the_town_is_no_part_of_the_address",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n"
     "Factuuradres: Stichting Voorbeeld, Postbus 5, 1300 AB Almere. Mijn "
     "werkmail heb ik nog niet.\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 5, 1300 AB Almere"}}},
    {"short_and_work_labels",
     "naam: Deelnemer Een\norg: Cultuurhuis Voorbeeld\n"
     "Work e-mail: een@example.org\nTelefoon werk: 036 123 45 67\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", "Cultuurhuis Voorbeeld", NULL,
       "036 123 45 67"}}},
    {"the_code_of_a_sentence_after_the_town",
     "Naam: Deelnemer Een\nE-mail: een@example.org\nFactuuradres: "
     "Stichting Voorbeeld, Havenweg 12, 1311 AB Almere, and quote PO "
     "LC-0412 on it\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Havenweg 12, 1311 AB Almere", "PO LC-0412"}}},
    {"a_card_under_a_heading",
     "I would like to register my colleague for the course. Her "
     "details:\n\nVoorbeeld Persoon\nNeighbourhood coordinator, Example "
     "Housing\ntwo@example.org\n+31 36 720 4433\n\nThanks,\n",
     1,
     1,
     {{"Voorbeeld Persoon", "two@example.org", "Example Housing",
       "Neighbourhood coordinator", "+31 36 720 4433"}}},
    {"labels_any_case",
     "NAAM: Deelnemer Een\nE-MAIL: een@example.org\n"
     "organization: Stichting Voorbeeld\nFUNCTION: adviseur\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "adviseur"}}},
    {"labels_without_colon",
     "Naam Deelnemer Een\nE-mail een@example.org\n"
     "Telefoon 036 123 4567\nFunctie beleidsadviseur\n"
     "Organisatie Stichting Voorbeeld\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "beleidsadviseur",
       "036 123 4567"}}},
    {"labels_without_colon_longest_lowercase",
     "Naam organisatie Stichting Voorbeeld\n"
     "E-mail adres een@example.org\nNaam deelnemer Deelnemer Een\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG}}},
    {"labels_with_a_dash",
     "Name - Deelnemer Een\nInstitution - Stichting Voorbeeld\n"
     "Role \xe2\x80\x93 senior adviseur wijkteams\n"
     "E-mail - een@example.org\nTelephone \xe2\x80\x94 +31 36 123 4567\n"
     "Cost centre - SW-2010-17\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "senior adviseur wijkteams",
       "+31 36 123 4567", NULL, NULL, "SW-2010-17"}}},
    {"list_address_and_phone_in_parentheses",
     "- Deelnemer Een (een@example.org, 036 123 4567)\n"
     "- Deelnemer Twee (twee@example.org)\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", NULL, NULL, "036 123 4567"},
      {"Deelnemer Twee", "twee@example.org"}}},
    {"list_names_with_a_function_word",
     /* surnames that are also functions ("Makelaar", "Leider"): the
      * address spells the name */
     "Hierbij meld ik de volgende collega's aan:\n\n"
     "Makelaar Een - makelaar.een@example.org\n"
     "Leider Twee - leider.twee@example.org\n",
     2,
     0,
     {{"Makelaar Een", "makelaar.een@example.org"},
      {"Leider Twee", "leider.twee@example.org"}}},
    {"list_name_and_function_both_functions_words",
     /* a name of function words in capitals, its function in small
      * letters, an address that does not spell the name */
     "Deelnemers (naam; functie; e-mail):\n"
     "Wijkverpleegkundige Een; wijkverpleegkundige; wv1@example.org\n"
     "Casemanager Twee; casemanager dementie; cm2@example.org\n",
     2,
     0,
     {{"Wijkverpleegkundige Een", "wv1@example.org", NULL,
       "wijkverpleegkundige"},
      {"Casemanager Twee", "cm2@example.org", NULL, "casemanager dementie"}}},
    {"list_rows_with_their_own_label",
     "Ik wil mezelf en mijn collega aanmelden.\n"
     "Ikzelf: Deelnemer Een, directeur, een@example.org, 036-5118018\n"
     "Mijn collega: Deelnemer Twee, coordinator vrijwilligers, "
     "twee@example.org\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", NULL, "directeur", "036-5118018"},
      {"Deelnemer Twee", "twee@example.org", NULL,
       "coordinator vrijwilligers"}}},
    {"list_row_without_an_address_under_rows_with_one",
     "Graag meld ik mijzelf en een collega aan:\n"
     "- Deelnemer Een, teamleider preventie, een@example.org\n"
     "- Deelnemer Twee, ervaringsdeskundige (zij heeft nog geen "
     "mailadres, dat volgt)\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", NULL, "teamleider preventie"},
      {"Deelnemer Twee", NULL, NULL, "ervaringsdeskundige"}}},
    {"list_of_names_and_functions_alone_is_nobody",
     "Op de eerste dag spreken:\n- Spreker Een, wethouder\n"
     "- Spreker Twee, hoogleraar\n",
     0,
     0,
     {{NULL}}},
    {"rows_closed_by_a_full_stop",
     "Mijzelf: Deelnemer Een, teamleider, een@example.org, 036 555 5858.\n"
     "Deelnemer Twee, jeugdverpleegkundige, twee@example.org, 036 555 "
     "5959.\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", NULL, "teamleider", "036 555 5858"},
      {"Deelnemer Twee", "twee@example.org", NULL, "jeugdverpleegkundige",
       "036 555 5959"}}},
    {"a_name_that_begins_with_an_organisation_word",
     /* "care" and "zorg" begin compounds ("Zorggroep"), not "Carer" or
      * "Zorger" */
     "* Carer Een (care coordinator) - carer1@example.org\n"
     "* Zorger Twee (teamleider) - zorger2@example.org\n",
     2,
     0,
     {{"Carer Een", "carer1@example.org", NULL, "care coordinator"},
      {"Zorger Twee", "zorger2@example.org", NULL, "teamleider"}}},
    {"organisation_for_all_in_a_sentence_after_another",
     "Please register the following two members of staff. Organisation "
     "for all two: Stichting Voorbeeld.\n"
     "- Deelnemer Een, coach, een@example.org\n"
     "- Deelnemer Twee, coach, twee@example.org\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", ORG, "coach"},
      {"Deelnemer Twee", "twee@example.org", ORG, "coach"}}},
    {"all_of_them_then_the_invoice_in_one_line",
     "Hierbij twee aanmeldingen:\n"
     "- Deelnemer Een, coach, een@example.org\n"
     "- Deelnemer Twee, coach, twee@example.org\n"
     "Alle twee van Stichting Voorbeeld. Factuur naar Stichting "
     "Voorbeeld, Postbus 1, 1300 AA Almere, kenmerk DSWS-VM.\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", ORG, "coach", NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere", "DSWS-VM"},
      {"Deelnemer Twee", "twee@example.org", ORG, "coach", NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere", "DSWS-VM"}}},
    {"a_value_ends_with_its_sentence",
     "Naam: Deelnemer Een\nOrganisatie: Stichting Voorbeeld. De factuur "
     "volgt later.\nFunctie: J. de Vries-coach\n",
     1,
     1,
     {{"Deelnemer Een", NULL, ORG, "J. de Vries-coach"}}},
    {"on_behalf_of_an_organisation_i",
     "On behalf of Stichting Voorbeeld I would like to register:\n"
     "- Deelnemer Een, coach, een@example.org\n"
     "- Deelnemer Twee, coach, twee@example.org\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", ORG, "coach"},
      {"Deelnemer Twee", "twee@example.org", ORG, "coach"}}},
    {"a_diet_in_a_row_and_in_a_sentence_after_its_label",
     "- Deelnemer Een, coach, een@example.org, vegetarian\n"
     "- Deelnemer Twee, coach, twee@example.org\n\n"
     "Naam: Deelnemer Drie\nLunch: ik ben vegetari\xc3\xabr.\n",
     3,
     1,
     {{"Deelnemer Een", "een@example.org", NULL, "coach", NULL, "vegetarian"},
      {"Deelnemer Twee", "twee@example.org", NULL, "coach"},
      {"Deelnemer Drie", NULL, NULL, NULL, NULL, "vegetari\xc3\xabr"}}},
    {"reference_asked_for_in_a_sentence",
     "Naam: Deelnemer Een\nPlease quote PO 10-3317 on the invoice, "
     "otherwise it is sent back.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL, NULL, "PO 10-3317"}}},
    {"the_registration_code_is_no_invoice_reference",
     "Naam: Deelnemer Een\nMy reference code is X9FJ2-LT7RA.\n",
     1,
     1,
     {{"Deelnemer Een"}}},
    {"cards_without_a_heading",
     "We would like to register one person each.\n\n"
     "Persoon Een\nStichting Voorbeeld, coach\neen@example.org\n"
     "Factuur: Stichting Voorbeeld, Postbus 1, 1300 AA Almere\n\n"
     "Persoon Twee\nExample Trust, debt counsellor\ntwee@example.org\n"
     "Invoice: Example Trust, Postbus 2, 1300 AB Almere\n\n"
     "Thank you!\nPersoon Een\n",
     2,
     1,
     {{"Persoon Een", "een@example.org", ORG, "coach", NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere"},
      {"Persoon Twee", "twee@example.org", "Example Trust", "debt counsellor",
       NULL, NULL, "Example Trust, Postbus 2, 1300 AB Almere"}}},
    {"a_single_card_without_a_heading_is_a_signature",
     "Graag meld ik mij aan.\n\nPersoon Een\nStichting Voorbeeld, "
     "coach\neen@example.org\n",
     0,
     0,
     {{NULL}}},
    {"function_and_address_in_one_parenthesis",
     "Graag schrijf ik twee collega's in:\n"
     "- Persoon Een (coach, een@example.org), vegetarisch\n"
     "- Persoon Twee (coach, twee@example.org)\n",
     2,
     0,
     {{"Persoon Een", "een@example.org", NULL, "coach", NULL, "vegetarisch"},
      {"Persoon Twee", "twee@example.org", NULL, "coach"}}},
    {"invoice_after_a_colon",
     "Naam: Deelnemer Een\nEén factuur voor ons is prima: Stichting "
     "Voorbeeld, Postbus 1, 1300 AA Almere.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere"}}},
    {"invoice_as_a_verb",
     "Name: Participant Two\nPlease invoice Stichting Voorbeeld, Postbus "
     "1, 1300 AA Almere.\n",
     1,
     1,
     {{"Participant Two", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere"}}},
    {"invoice_asked_for_as_a_question",
     "Naam: Deelnemer Een\nWilt u de factuur sturen naar Stichting "
     "Voorbeeld, Postbus 1, 1300 AA Almere?\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere"}}},
    {"the_bill_to_the_head_office",
     "Naam: Deelnemer Een\nDe rekening mag naar ons hoofdkantoor: "
     "Stichting Voorbeeld, Postbus 1, 1300 AA Almere.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 1, 1300 AA Almere"}}},
    {"labels_with_a_slash",
     "naam / Deelnemer Een\nfunctie / docent zorg\n"
     "telefoon / 036 555 2727\n"
     "factuur naar / Stichting Voorbeeld, Postbus 123, 1300 AA Almere\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, "docent zorg", "036 555 2727", NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere"}}},
    {"a_label_in_two_languages_keeps_its_colon",
     "Naam / Name: Deelnemer Een\nFunctie / Role: coach\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, "coach"}}},
    {"invoice_in_a_sentence_with_a_compound_head",
     "Naam: Deelnemer Een\n\nEen verzamelfactuur naar Stichting Voorbeeld, "
     "Postbus 123, 1300 AA Almere.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere"}}},
    {"invoice_sentence_drops_what_the_writer_calls_the_place",
     "Naam: Deelnemer Een\n\nDe factuur graag naar mijn bureau, Stichting "
     "Voorbeeld, Postbus 123, 1300 AA Almere.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere"}}},
    {"reference_that_says_it_is_one_without_a_digit",
     "Naam: Deelnemer Een\nFactuuradres: Stichting Voorbeeld, Postbus 123, "
     "1300 AA Almere, kenmerk AP-DSWS\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere", "AP-DSWS"}}},
    {"invoice_sentence_wrapped_by_the_mail_client",
     "Naam: Deelnemer Een\n\nPlease address the invoice to our finance "
     "team, Stichting Voorbeeld,\nPostbus 123, 1300 AA Almere, quoting "
     "purchase order 77120.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere",
       "purchase order 77120"}}},
    {"a_line_longer_than_a_client_wraps_is_not_wrapped",
     "Naam: Deelnemer Een\nTelefoon 036 123 4567; coach; factuur naar "
     "Stichting Voorbeeld, Postbus 123, 1300 AA Almere\nDank u wel!\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere"}}},
    {"numbered_cards_of_unlabelled_lines",
     "Their details are below.\n\n1.\nStadmaker Een\ncommunity organiser\n"
     "een@example.org\n036 123 4567\n2.\nStadmaker Twee\nadviseur\n"
     "twee@example.org\n",
     2,
     1,
     {{"Stadmaker Een", "een@example.org", NULL, "community organiser",
       "036 123 4567"},
      {"Stadmaker Twee", "twee@example.org", NULL, "adviseur"}}},
    {"a_word_before_the_label_says_which_one",
     "Voornaam: Deelnemer\nAchternaam: Een\nZakelijk e-mailadres: "
     "een@werk.example.org\nWork phone: 036 123 4567\n",
     1,
     1,
     {{"Deelnemer Een", "een@werk.example.org", NULL, NULL, "036 123 4567"}}},
    {"labels_aligned_with_tabs",
     "Naam\t\tDeelnemer Een\nE-mailadres\teen@example.org\n"
     "Instelling\tStichting Voorbeeld\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG}}},
    {"voornaam_achternaam_joined",
     "Voornaam: Deelnemer\nAchternaam: Een\nE-mail: een@example.org\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"first_infix_last_joined",
     "First name: Voorbeeld\nTussenvoegsel: van der\n"
     "Last name: Persoon\n",
     1,
     1,
     {{"Voorbeeld van der Persoon"}}},
    {"deelnemer_label_is_name",
     "Deelnemer: Deelnemer Een\nMail: een@example.org\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"email_variants_extracted",
     "Naam: Deelnemer Een\n"
     "e-mail adres: Deelnemer Een <mailto:een@example.org>.\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"email_address_en",
     "Name: Participant Two\nEmail address: (two@example.org)\n",
     1,
     1,
     {{"Participant Two", "two@example.org"}}},
    {"email_invalid_kept_raw",
     "Naam: Deelnemer Een\nE-mail: een at example dot org\n",
     1,
     1,
     {{"Deelnemer Een", "een at example dot org"}}},
    {"org_werkgever_bedrijf",
     "Naam: Deelnemer Een\nWerkgever: Gemeente Almere\n",
     1,
     1,
     {{"Deelnemer Een", NULL, "Gemeente Almere"}}},
    {"org_company_en",
     "Name: Participant Two\nCompany: Example Ltd\nRole: trainer\n"
     "Mobile: 06-12345678\n",
     1,
     1,
     {{"Participant Two", NULL, "Example Ltd", "trainer", "06-12345678"}}},
    {"phone_variants_kept_together",
     "Naam: Deelnemer Een\nTel.: 036-1234567\n"
     "Mobiel nummer: 06 12 34 56 78\n"
     "Position: coordinator\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, "coordinator",
       "036-1234567; 06 12 34 56 78"}}},
    {"phone_with_qualifier",
     "Naam: Deelnemer Een\nTelefoonnummer (werk): 036 765 43 21\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, "036 765 43 21"}}},
    {"diet_allergieen_capital_umlaut",
     "Naam: Deelnemer Een\nALLERGIE\xc3\x8bN: noten\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, "noten"}}},
    {"diet_slash_label",
     "Naam: Deelnemer Een\nDieetwensen/allergie\xc3\xabn: glutenvrij\n"
     "Dieet: halal\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, "glutenvrij; halal"}}},
    {"diet_none_is_no_diet",
     "Name: Participant Two\nDiet: none\nPO: n.v.t.\n",
     1,
     1,
     {{"Participant Two"}}},
    {"invoice_address_on_following_lines",
     "Naam: Deelnemer Een\nFactuuradres:\nStichting Voorbeeld\n"
     "t.a.v. crediteurenadministratie\nPostbus 123\n1300 AA Almere\n\n"
     "Postbus 999 hoort hier niet bij\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL, INV}}},
    {"invoice_address_ends_at_label",
     "Billing address: Example Foundation\n   Postbus 9\n"
     "   1300 AB Almere\nInvoice reference: REF-2010-9\n"
     "Name: Participant Two\n",
     1,
     1,
     {{"Participant Two", NULL, NULL, NULL, NULL, NULL,
       "Example Foundation, Postbus 9, 1300 AB Almere", "REF-2010-9"}}},
    {"reference_variants",
     "Naam: Deelnemer Een\nInkoopordernummer: 4500012345\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL, NULL, "4500012345"}}},
    {"reference_po_nummer",
     "Naam: Deelnemer Een\nPO-nummer: PO 2010/77\nReferentie: X-1\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL, NULL, "PO 2010/77"}}},
    /* labels no table lists, read from their invoice word */
    {"invoice_head_label_with_reference",
     "Naam: Deelnemer Een\nFactuur naar: Stichting Voorbeeld, Postbus 123, "
     "1300 AA Almere, o.v.v. projectcode PV-17.\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere",
       "projectcode PV-17"}}},
    {"invoice_head_label_in_a_sentence",
     "Name: Participant Two\nBilling: Example Foundation, Postbus 9, "
     "1300 AB Almere\n",
     1,
     1,
     {{"Participant Two", NULL, NULL, NULL, NULL, NULL,
       "Example Foundation, Postbus 9, 1300 AB Almere", NULL}}},
    /* a statement where the invoice goes, with a postal address */
    {"invoice_prose_nl",
     "Naam: Deelnemer Een\n\nDe factuur graag naar Stichting Voorbeeld, "
     "Postbus 123, 1300 AA Almere. Alvast bedankt!\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere", NULL}}},
    {"invoice_prose_en_abbreviations",
     "Name: Participant Two\nThe invoice should go to Example Foundation, "
     "attn. secretariat, P.O. Box 80115, 3508 TC Utrecht, quoting cost "
     "centre 8120. Please mention it.\n",
     1,
     1,
     {{"Participant Two", NULL, NULL, NULL, NULL, NULL,
       "Example Foundation, attn. secretariat, P.O. Box 80115, 3508 TC "
       "Utrecht",
       "cost centre 8120"}}},
    {"invoice_prose_without_address_gives_nothing",
     "Name: Participant Two\nPlease send the invoice to our finance "
     "office.\n",
     1,
     1,
     {{"Participant Two", NULL, NULL, NULL, NULL, NULL, NULL, NULL}}},
    {"invoice_question_gives_nothing",
     "Naam: Deelnemer Een\nKan de factuur naar Postbus 123, 1300 AA "
     "Almere?\nVraag over de factuur: kan die naar Postbus 1, 1300 AA "
     "Almere?\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, NULL, NULL, NULL}}},
    /* an invoice line alone is a value, not a filled-in form */
    {"invoice_alone_is_not_a_form",
     "Factuur: Stichting Voorbeeld, Postbus 123, 1300 AA Almere\n",
     1,
     0,
     {{NULL, NULL, NULL, NULL, NULL, NULL,
       "Stichting Voorbeeld, Postbus 123, 1300 AA Almere", NULL}}},
    /* the organisation named by the sentence that registers a group */
    {"group_intro_names_the_organisation",
     "Namens Stichting Voorbeeld meld ik de volgende twee collega's aan:\n"
     "Naam: Deelnemer Een\nE-mail: een@example.org\n\n"
     "Naam: Deelnemer Twee\nE-mail: twee@example.org\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", ORG},
      {"Deelnemer Twee", "twee@example.org", ORG}}},
    {"group_intro_subject_is_the_organisation",
     "Example Foundation for Neighbourhoods would like to register the "
     "following people:\nName: Participant Two\nName: Participant Three\n",
     2,
     1,
     {{"Participant Two", NULL, "Example Foundation for Neighbourhoods"},
      {"Participant Three", NULL, "Example Foundation for Neighbourhoods"}}},
    {"group_intro_own_organisation_wins",
     "Namens Stichting Voorbeeld meld ik aan:\nNaam: Deelnemer Een\n"
     "Organisatie: Gemeente Almere\n",
     1,
     1,
     {{"Deelnemer Een", NULL, "Gemeente Almere"}}},
    {"group_intro_a_team_is_not_an_organisation",
     "Graag meld ik de volgende collega's van Team Noord aan:\n"
     "Naam: Deelnemer Een\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL}}},
    {"group_intro_in_a_question_gives_nothing",
     "Kan ik namens Stichting Voorbeeld iemand aanmelden?\n"
     "Naam: Deelnemer Een\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL}}},
    /* a name with an organisation's word in it, spelled by the address */
    {"list_name_spelled_by_the_address",
     "Graag meld ik aan:\n1. Deelnemer Zorgvlied, beleidsmedewerker, "
     "d.zorgvlied@example.org\n",
     1,
     0,
     {{"Deelnemer Zorgvlied", "d.zorgvlied@example.org", NULL,
       "beleidsmedewerker"}}},
    {"list_organisation_not_spelled_by_the_address",
     "Graag meld ik aan:\n1. Stichting Voorbeeld, Deelnemer Een, "
     "een@example.org\n",
     1,
     0,
     {{"Deelnemer Een", "een@example.org", ORG}}},
    /* an empty form to fill in is nobody */
    {"blank_form_is_nobody",
     "Name: ______ Company: ______ Phone: ______\nREGISTER NOW\n",
     0,
     1,
     {{NULL}}},
    {"labels_on_one_line_split_at_a_capital",
     "Naam: Deelnemer Een Functie: beleidsadviseur\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, "beleidsadviseur"}}},
    {"placeholders_are_absent",
     "Naam: Deelnemer Een\nDieet: -\nKenmerk: n.v.t.\n"
     "Organisatie: ....\nTelefoon: nvt\n",
     1,
     1,
     {{"Deelnemer Een"}}},
    {"placeholder_does_not_take_next_line",
     "Naam: Deelnemer Een\nKenmerk: n.v.t.\nWij komen graag.\n"
     "Factuuradres: -\nPostbus 1\n",
     1,
     1,
     {{"Deelnemer Een"}}},
    {"bullets_before_labels",
     "- Naam: Deelnemer Een\n* E-mail: een@example.org\n"
     "\xe2\x80\xa2 Organisatie: Stichting Voorbeeld\n"
     "  - Functie: projectleider\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "projectleider"}}},
    {"value_on_next_line",
     "Naam:\nDeelnemer Een\nE-mail:\n\nOrganisatie:\nStichting Voorbeeld\n",
     1,
     1,
     {{"Deelnemer Een", NULL, ORG}}},
    {"flattened_html_table",
     "Naam: Deelnemer Een\tE-mail: een@example.org\tFunctie: adviseur\n"
     "| Organisatie: | Stichting Voorbeeld |\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "adviseur"}}},
    {"bold_labels_from_html",
     "**Naam:** Deelnemer Een\n*E-mail*: een@example.org\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"quoted_text_top_posting",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n\n"
     "Op 1 mei 2010 schreef aanmelden@example.org:\n"
     "> Naam: Voorbeeld Persoon\n> E-mail: persoon@example.nl\n"
     "> Organisatie: Gemeente Almere\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"quoted_text_bottom_posting",
     "> Wij missen nog uw telefoonnummer.\n> Naam: Quoted Persoon\n\n"
     "Telefoon: 036 111 22 33\n",
     1,
     1,
     {{NULL, NULL, NULL, NULL, "036 111 22 33"}}},
    {"quoted_text_ends_pending_values",
     "Naam:\n> Quoted Persoon\nFactuuradres: Stichting Voorbeeld\n"
     "> Postbus 9\nPostbus 10\n",
     1,
     1,
     {{NULL, NULL, NULL, NULL, NULL, NULL, ORG}}},
    {"signature_stops_reading",
     "Naam: Deelnemer Een\n\nGroet,\n-- \nVoorbeeld Persoon\n"
     "Functie: directeur\nTelefoon: 036 999 99 99\n",
     1,
     1,
     {{"Deelnemer Een"}}},
    {"outlook_original_message_stops",
     "Naam: Deelnemer Een\n\n-----Oorspronkelijk bericht-----\n"
     "Van: aanmelden@example.org\nNaam: Voorbeeld Persoon\n",
     1,
     1,
     {{"Deelnemer Een"}}},
    {"forwarded_registration_read",
     "Zie hieronder.\n\n---------- Forwarded message ---------\n"
     "Van: Deelnemer Een <een@example.org>\nOnderwerp: aanmelding\n\n"
     "Naam: Deelnemer Een\nE-mail: een@example.org\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"colleagues_numbered_shared_fields",
     "Wij melden drie collega's aan.\n\n"
     "Organisatie: Stichting Voorbeeld\n"
     "Factuuradres: Stichting Voorbeeld, t.a.v. "
     "crediteurenadministratie,\n  Postbus 123, 1300 AA Almere\n"
     "Kenmerk: K-17\n\n"
     "1. Naam: Deelnemer Een\n   E-mail: een@example.org\n\n"
     "2. Naam: Participant Two\n   E-mail: two@example.nl\n"
     "   Dieet: glutenvrij\n\n"
     "3.\n   Naam: Voorbeeld Persoon\n   Functie: coach\n",
     3,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, NULL, NULL, NULL, INV, "K-17"},
      {"Participant Two", "two@example.nl", ORG, NULL, NULL, "glutenvrij", INV,
       "K-17"},
      {"Voorbeeld Persoon", NULL, ORG, "coach", NULL, NULL, INV, "K-17"}}},
    {"colleagues_deelnemer_headers",
     "Deelnemer 1:\nNaam: Deelnemer Een\nE-mail: een@example.org\n\n"
     "Deelnemer 2: Participant Two\nE-mail: two@example.org\n\n"
     "Organisatie: Stichting Voorbeeld\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", ORG},
      {"Participant Two", "two@example.org", ORG}}},
    {"colleagues_participant_headers_en",
     "Participant 1\nName: Deelnemer Een\n\nParticipant 2\n"
     "Name: Participant Two\n\nParticipant 3\nEmail: drie@example.org\n"
     "Name: Voorbeeld Persoon\n\nCompany: Example Ltd\n",
     3,
     1,
     {{"Deelnemer Een", NULL, "Example Ltd"},
      {"Participant Two", NULL, "Example Ltd"},
      {"Voorbeeld Persoon", "drie@example.org", "Example Ltd"}}},
    {"colleagues_repeated_naam",
     "Naam: Deelnemer Een\nE-mail: een@example.org\n"
     "Naam: Participant Two\nE-mail: two@example.org\n"
     "Organisatie: Stichting Voorbeeld\nKenmerk: 12345\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, NULL, NULL, NULL, NULL,
       "12345"},
      {"Participant Two", "two@example.org", ORG, NULL, NULL, NULL, NULL,
       "12345"}}},
    {"colleagues_email_first",
     "E-mail: een@example.org\nNaam: Deelnemer Een\n"
     "E-mail: two@example.org\nNaam: Participant Two\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org"},
      {"Participant Two", "two@example.org"}}},
    {"colleagues_own_organisations",
     "1. Naam: Deelnemer Een\n   Organisatie: Stichting Voorbeeld\n"
     "2. Naam: Participant Two\n   Organisatie: Gemeente Almere\n"
     "3. Naam: Voorbeeld Persoon\n",
     3,
     1,
     {{"Deelnemer Een", NULL, ORG},
      {"Participant Two", NULL, "Gemeente Almere"},
      {"Voorbeeld Persoon", NULL, ORG}}},
    {"colleagues_numbered_person_lines",
     "Organisatie: Stichting Voorbeeld\n\n"
     "1. Deelnemer Een, een@example.org, 06-12345678\n"
     "2) Participant Two <two@example.org>\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, NULL, "06-12345678"},
      {"Participant Two", "two@example.org", ORG}}},
    {"colleagues_numbered_names_then_labels",
     "1. Deelnemer Een\n   E-mail: een@example.org\n"
     "2. Participant Two\n   E-mail: two@example.org\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org"},
      {"Participant Two", "two@example.org"}}},
    {"colleagues_bulleted_person_lines",
     "Graag meld ik de volgende collega's aan:\n"
     "- Deelnemer Een <een@example.org>\n"
     "- Voorbeeld Persoon (persoon@example.nl)\n"
     "- en misschien later nog iemand\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org"},
      {"Voorbeeld Persoon", "persoon@example.nl"}}},
    {"free_text_only",
     "Beste,\n\nIk wil graag meer informatie over de leergang.\n"
     "1. Wanneer begint het?\n2. Wat kost het?\n3. Inleiding\n"
     "Naam van de cursus is mij niet duidelijk.\n"
     "Mail me back please.\nNaamloos: geen veld\n",
     0,
     0,
     {{NULL}}},
    {"only_shared_fields",
     "Organisatie: Stichting Voorbeeld\nKenmerk: 7788\n",
     1,
     1,
     {{NULL, NULL, ORG, NULL, NULL, NULL, NULL, "7788"}}},
    {"empty_text", "", 0, 0, {{NULL}}},
    {"odd_spaces_cleaned",
     "Naam:\xc2\xa0"
     "Deelnemer\xc2\xa0\xc2\xa0"
     "E\xe2\x80\x8bn\r\nE-mail:  een@example.org  \rFunctie: a\tb\n",
     1,
     1,
     {{"Deelnemer En", "een@example.org", NULL, "a b"}}},
    {"control_chars_become_spaces",
     "Naam: Deelnemer\x01\x02\x1b[31mEen\x7f\n",
     1,
     1,
     {{"Deelnemer [31mEen"}}},
    /* issue 3: tables, person lines with functions, typos */
    {"table_header_tabs",
     "Naam\tE-mail\tFunctie\n"
     "Deelnemer Een\teen@example.org\tadviseur\n"
     "Participant Two\ttwo@example.org\tcoach\n\n"
     "Organisatie: Stichting Voorbeeld\n",
     2,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, "adviseur"},
      {"Participant Two", "two@example.org", ORG, "coach"}}},
    {"table_header_pipes_and_ruler",
     "| Naam | E-mail |\n|---|---|\n| Deelnemer Een | een@example.org |\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org"}}},
    {"table_header_spaces_unknown_column",
     "Name            Department      Email\n"
     "Participant One  Finance         one@example.org\n",
     1,
     1,
     {{"Participant One", "one@example.org"}}},
    {"table_of_values_is_not_a_header",
     "Naam\tDeelnemer Een\nFunctie\tadviseur\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, "adviseur"}}},
    {"table_cell_address_is_whole",
     "Factuuradres:\tStichting Voorbeeld, Postbus 1\nKenmerk\tK-1\n",
     1,
     1,
     {{NULL, NULL, NULL, NULL, NULL, NULL, "Stichting Voorbeeld, Postbus 1",
       "K-1"}}},
    {"person_line_role_in_parentheses",
     "1. Deelnemer Een (beleidsadviseur), een@example.org\n"
     "2. Participant Two, two@example.org, opbouwwerker\n",
     2,
     0,
     {{"Deelnemer Een", "een@example.org", NULL, "beleidsadviseur"},
      {"Participant Two", "two@example.org", NULL, "opbouwwerker"}}},
    {"label_typos",
     "Emial: een@example.org\nOrganistie: Stichting Voorbeeld\n"
     "Tel nr: 036 1234567\nFaktuuradres: Postbus 1, Almere\n"
     "Kostenplaats: 4711\nVoor- en achternaam: Deelnemer Een\n",
     1,
     1,
     {{"Deelnemer Een", "een@example.org", ORG, NULL, "036 1234567", NULL,
       "Postbus 1, Almere", "4711"}}},
    {"lunch_needs_a_colon",
     "Naam: Deelnemer Een\nLunch: vegetarisch\nLunch graag om 12 uur\n",
     1,
     1,
     {{"Deelnemer Een", NULL, NULL, NULL, NULL, "vegetarisch"}}},
    {"invalid_utf8_replaced",
     "Naam: Deelnemer \xff Een\xc0\xaf\nFunctie: \xe2\x82\n",
     1,
     1,
     {{"Deelnemer \xef\xbf\xbd Een\xef\xbf\xbd\xef\xbf\xbd", NULL, NULL,
       "\xef\xbf\xbd\xef\xbf\xbd"}}},
};

/* ---- invariants ----------------------------------------------------- */

static int
valid_utf8(const unsigned char *s)
{
	while (*s) {
		size_t k;
		unsigned long v, min;
		if (*s < 0x80) {
			s++;
			continue;
		} else if (*s >= 0xC2 && *s <= 0xDF) {
			k = 2, v = *s & 0x1F, min = 0x80;
		} else if (*s >= 0xE0 && *s <= 0xEF) {
			k = 3, v = *s & 0x0F, min = 0x800;
		} else if (*s >= 0xF0 && *s <= 0xF4) {
			k = 4, v = *s & 0x07, min = 0x10000;
		} else {
			return 0;
		}
		for (size_t i = 1; i < k; i++) {
			if ((s[i] & 0xC0) != 0x80)
				return 0;
			v = (v << 6) | (s[i] & 0x3F);
		}
		if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		s += k;
	}
	return 1;
}

/* What form.h promises about every string in a result. */
static void
check_invariants(const struct form *f)
{
	assert_true(f->n <= 50);
	for (size_t i = 0; i < f->n; i++) {
		for (int k = 0; k < FF__COUNT; k++) {
			const char *v = f->people[i].f[k];
			if (v == NULL)
				continue;
			size_t len = strlen(v);
			assert_true(len > 0 && len <= 200);
			assert_true(valid_utf8((const unsigned char *)v));
			assert_true(v[0] != ' ' && v[len - 1] != ' ');
			assert_null(strstr(v, "  "));
			for (size_t j = 0; j < len; j++) {
				unsigned char c = (unsigned char)v[j];
				assert_true(c >= 0x20 && c != 0x7F);
			}
		}
	}
}

static void
run_case(void **state)
{
	const struct fcase *c = *state;
	struct form f;
	assert_int_equal(form_parse(c->text, &f), 0);
	check_invariants(&f);
	if (f.n != c->n || f.labelled != c->labelled) {
		for (size_t i = 0; i < f.n; i++)
			for (int k = 0; k < FF__COUNT; k++)
				print_message("  got person %zu %s = %s\n", i,
					      form_field_key(k),
					      f.people[i].f[k]
						  ? f.people[i].f[k]
						  : "(null)");
	}
	assert_int_equal(f.n, c->n);
	assert_int_equal(f.labelled, c->labelled);
	for (size_t i = 0; i < f.n && i < MAXP; i++) {
		for (int k = 0; k < FF__COUNT; k++) {
			const char *want = c->p[i][k], *got = f.people[i].f[k];
			if (want == NULL && got == NULL)
				continue;
			if (want == NULL || got == NULL || strcmp(want, got)) {
				print_error("%s: person %zu, %s: want \"%s\", "
					    "got \"%s\"\n",
					    c->label, i, form_field_key(k),
					    want ? want : "(null)",
					    got ? got : "(null)");
				fail();
			}
		}
	}
	form_free(&f);
}

/* ---- hostile input ------------------------------------------------- */

static char *
repeat(const char *head, const char *unit, size_t total)
{
	size_t h = strlen(head), u = strlen(unit);
	char *s = xmalloc(total + 1);
	memcpy(s, head, h);
	size_t i = h;
	while (i + u <= total) {
		memcpy(s + i, unit, u);
		i += u;
	}
	s[i] = '\0';
	return s;
}

/* ---- the writer of a free-text mail ------------------------------- */

static void
test_writer(void **state)
{
	(void)state;
	static const struct {
		const char *label, *text;
		const char *want[FF__COUNT];
	} wcases[] = {
	    {"signature lines",
	     "Hierbij meld ik mij aan.\n\nMet vriendelijke groet,\n\n"
	     "Voorbeeld Persoon\nBeleidsadviseur wonen\nStichting Voorbeeld\n"
	     "Postbus 1 | 1300 AA Almere\nT 036 123 45 67 | www.example.nl\n",
	     {"Voorbeeld Persoon", NULL, ORG, "Beleidsadviseur wonen",
	      "036 123 45 67"}},
	    {"the writer's parts after a colon in a sentence",
	     "Meld mij aan svp: Deelnemer Een, wijkagent-coordinator bij "
	     "Stichting Voorbeeld, 06-55590412.\n",
	     {"Deelnemer Een", NULL, ORG, "wijkagent-coordinator",
	      "06-55590412"}},
	    {"parts a full stop divides",
	     "Meld me aan voor de leergang.\nDeelnemer Een, teamleider, "
	     "gemeente Almere. 06 5552 4240\n\nVerzonden vanaf mijn iPad\n",
	     {"Deelnemer Een", NULL, "gemeente Almere", "teamleider",
	      "06 5552 4240"}},
	    {"a function at an organisation in the writer's parts",
	     "I'd like to sign up. I'm Participant Two, housing officer at "
	     "Example Housing; you can reach me on 06 5553 1310.\n",
	     {"Participant Two", NULL, "Example Housing", "housing officer",
	      "06 5553 1310"}},
	    {"an invoice after a colon names nobody",
	     "Graag aanmelden. Factuur: Stichting Voorbeeld, Crediteuren, "
	     "Postbus 1, 1300 AA Almere.\n",
	     {NULL}},
	    {"function at organisation",
	     "I would like to register.\n\nKind regards,\nParticipant Two\n"
	     "Policy adviser | Example Foundation\nM: +31 6 1234 5678\n"
	     "two@example.org\n",
	     {"Participant Two", "two@example.org", "Example Foundation",
	      "Policy adviser", "+31 6 1234 5678"}},
	    {"a phone number written with a dash",
	     "Graag aanmelden.\n\nGroet,\nDeelnemer Een\nOpbouwwerker\n"
	     "T 036 - 521 88 00\n",
	     {"Deelnemer Een", NULL, NULL, "Opbouwwerker", "036 - 521 88 00"}},
	    {"the writer describes themselves in a sentence",
	     "Hoi, meld mij aan. Deelnemer Een, wijkmanager Almere Haven, 06 "
	     "28 "
	     "39 40 51. Geen dieet.\n",
	     {"Deelnemer Een", NULL, NULL, "wijkmanager Almere Haven",
	      "06 28 39 40 51"}},
	    {"a function before the organisation's name",
	     "Hoi, meld mij aan. Deelnemer Een, locatiemanager Kinderopvang "
	     "Voorbeeld, 06 28 39 40 51.\n",
	     {"Deelnemer Een", NULL, "Kinderopvang Voorbeeld", "locatiemanager",
	      "06 28 39 40 51"}},
	    {"a contact block among the prose",
	     "I would like to register:\nParticipant Two\nProject lead, "
	     "Example Youth Network\n+31 6 1234 5678\nInvoice to Example "
	     "Youth Network, Postbus 9, 1300 AB Almere.\n",
	     {NULL, NULL, "Example Youth Network", "Project lead",
	      "+31 6 1234 5678"}},
	    {"a contact line of a function and an organisation",
	     "Graag meld ik mij aan.\nDeelnemer Een\nOpbouwwerker Welzijn "
	     "Voorbeeld\n06-12345678\nVerstuurd vanaf mijn iPhone\n",
	     {NULL, NULL, "Welzijn Voorbeeld", "Opbouwwerker", "06-12345678"}},
	    {"a phone number in a sentence",
	     "Ik meld mij aan. Telefonisch ben ik bereikbaar op 06 - 87 65 43 "
	     "21.\n",
	     {NULL, NULL, NULL, NULL, "06 - 87 65 43 21"}},
	    {"a post box and a registration number are no phone",
	     "Ik meld mij aan. Factuur naar Postbus 1210, 1300 AA Almere, KvK "
	     "32100987.\n",
	     {NULL}},
	    {"the name above a signature's dashes",
	     "Graag aanmelden.\n\nMet vriendelijke groet,\nDeelnemer Een\n"
	     "--\nStichting Voorbeeld | Postbus 1 | 1300 AA Almere\n"
	     "Deze mailbox wordt gelezen door meerdere medewerkers.\n",
	     {"Deelnemer Een", NULL, ORG}},
	    {"closing and name on one line",
	     "Graag aanmelden.\nGroet, Deelnemer Een\n",
	     {"Deelnemer Een"}},
	    {"organisation right below the function",
	     "Aanmelden graag.\n-- \nDeelnemer Een\nOpbouwwerker\n"
	     "Buurtkracht Voorbeeld\n",
	     {"Deelnemer Een", NULL, "Buurtkracht Voorbeeld", "Opbouwwerker"}},
	    {"prose",
	     "Mijn naam is Deelnemer Een en ik werk als adviseur bij Welzijn "
	     "Voorbeeld.\n",
	     {"Deelnemer Een", NULL, "Welzijn Voorbeeld", "adviseur"}},
	    {"prose en",
	     "My name is Participant Two. I work at Example Youth Services.\n",
	     {"Participant Two", NULL, "Example Youth Services"}},
	    {"no closing: the trailing contact block segment.c calls the "
	     "signature",
	     "Graag meld ik mij aan voor de leergang.\n\nDeelnemer Een\n"
	     "Wijkregisseur Almere Buiten\nGemeente Almere, Dienst "
	     "Maatschappelijke Ontwikkeling\nTel. 036 555 0912\n",
	     {"Deelnemer Een", NULL, "Gemeente Almere",
	      "Wijkregisseur Almere Buiten", "036 555 0912"}},
	    {"no closing: nothing guessed",
	     "Hierbij meld ik mij aan.\nDeelnemer Een\nStichting Voorbeeld\n",
	     {NULL}},
	    {"quoted signature ignored",
	     "Ja graag.\n> Met vriendelijke groet,\n> Voorbeeld Persoon\n",
	     {NULL}},
	    {"a sentence after the closing word is no closing",
	     "Groeten uit Almere en tot ziens op de eerste cursusdag van "
	     "de leergang in juni\nVoorbeeld Persoon\n",
	     {NULL}},
	};
	for (size_t i = 0; i < NELEM(wcases); i++) {
		struct form_person p;
		form_writer(wcases[i].text, &p);
		for (int k = 0; k < FF__COUNT; k++) {
			const char *w = wcases[i].want[k], *g = p.f[k];
			if ((w == NULL) != (g == NULL) || (w && strcmp(w, g)))
				fail_msg("%s: %s: want '%s', got '%s'",
					 wcases[i].label, form_field_key(k),
					 w ? w : "(null)", g ? g : "(null)");
		}
		form_person_free(&p);
	}
	struct form_person p;
	form_writer(NULL, &p);
	for (int k = 0; k < FF__COUNT; k++)
		assert_null(p.f[k]);
	form_writer("", NULL);
}

static void
test_shapes(void **state)
{
	(void)state;
	assert_true(form_name_like("Deelnemer Een"));
	assert_true(form_name_like("A.B. van der Voorbeeld"));
	assert_false(form_name_like("Stichting Voorbeeld"));
	assert_false(form_name_like("Beleidsadviseur"));
	assert_false(form_name_like("een@example.org"));
	assert_true(form_role_like("senior beleidsmedewerker"));
	assert_true(form_role_like("Team leader"));
	assert_false(form_role_like("036 123 45 67"));
	assert_true(form_org_like("Zorggroep Voorbeeld"));
	assert_true(form_org_like("Example Foundation"));
	assert_true(form_org_like("Voorbeeld B.V."));
	assert_false(form_org_like("Teamleider wijkteam"));
	assert_false(form_org_like(NULL));
}

static void
test_long_name_is_bounded(void **state)
{
	(void)state;
	/* 2,000 characters of name; then one ASCII byte before two-byte
	 * characters, so the bound falls inside a character */
	char *a = repeat("Naam: ", "Deelnemer Een ", 2000);
	char *b = repeat("Naam: a", "\xc3\xa9", 4000);
	struct form f;
	assert_int_equal(form_parse(a, &f), 0);
	check_invariants(&f);
	assert_int_equal(f.n, 1);
	assert_true(strlen(f.people[0].f[FF_NAME]) <= 200);
	assert_memory_equal(f.people[0].f[FF_NAME], "Deelnemer Een Deel", 18);
	form_free(&f);
	assert_int_equal(form_parse(b, &f), 0);
	check_invariants(&f);
	assert_int_equal(strlen(f.people[0].f[FF_NAME]), 199);
	form_free(&f);
	free(a);
	free(b);
}

static void
test_people_are_capped(void **state)
{
	(void)state;
	char *s = repeat("", "Naam: Deelnemer Een\nE-mail: een@example.org\n",
			 200 * 44);
	struct form f;
	assert_int_equal(form_parse(s, &f), 0);
	check_invariants(&f);
	assert_int_equal(f.n, 50);
	form_free(&f);
	free(s);
}

/* Shapes that would make a careless parser quadratic or loop. */
static void
test_huge_inputs_linear(void **state)
{
	(void)state;
	const size_t M = (size_t)1 << 20;
	const struct {
		const char *head, *unit;
	} shapes[] = {
	    {"", "x"},
	    {"", "\n"},
	    {"", "\r"},
	    {"Naam:", " "},
	    {"Naam:", "\t"},
	    {"Naam: a", " "},
	    {"Naam: a", "\t"},
	    {"Naam: a", " |"},
	    {"", "Naam: a\t"},
	    {"", "Naam:  E-mail: "},
	    {"", "Naam: | "},
	    {"", "1.\n"},
	    {"", "Deelnemer 1\n"},
	    {"", "1. Deelnemer Een, een@example.org\n"},
	    {"1. A", ","},
	    {"Factuuradres:\n", "Postbus 1\n"},
	    {"", "Naam: \xff\xfe\xc3\n"},
	    {"", "\xff"},
	    {"E-mail: ", "@"},
	    {"", "een@example.org "},
	    {"Naam", "*"},
	    {"E", "-"},
	    {"", "Naam ("},
	    {"", "Naam /"},
	    {"", "- - - "},
	    {"", "> Naam: x\n"},
	    {"", "Voornaam: A\n"},
	};
	for (size_t i = 0; i < NELEM(shapes); i++) {
		char *s = repeat(shapes[i].head, shapes[i].unit, M);
		clock_t t0 = clock();
		struct form f;
		assert_int_equal(form_parse(s, &f), 0);
		double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
		check_invariants(&f);
		form_free(&f);
		free(s);
		/* a generous bound that still catches quadratic time,
		 * even under sanitizers */
		if (secs > 5.0) {
			print_error("shape %zu took %.1f s\n", i, secs);
			fail();
		}
	}
}

static void
test_every_byte(void **state)
{
	(void)state;
	/* each byte value after a label, alone and in a run */
	for (int c = 1; c < 256; c++) {
		char text[64];
		snprintf(text, sizeof text, "Naam: A%cB\nE-mail: %c%c%c\n", c,
			 c, c, c);
		struct form f;
		assert_int_equal(form_parse(text, &f), 0);
		check_invariants(&f);
		form_free(&f);
	}
}

/* ---- small API ------------------------------------------------------ */

static void
test_valid_email(void **state)
{
	(void)state;
	static const struct {
		const char *addr;
		int ok;
	} t[] = {
	    {"een@example.org", 1},
	    {"deelnemer.een+cursus@sub.example.nl", 1},
	    {"d'een@example.org", 1},
	    {"x@almere.nl", 1},
	    {"a@xn--bcher-kva.example", 1},
	    {"", 0},
	    {"een", 0},
	    {"een@", 0},
	    {"@example.org", 0},
	    {"een@example", 0},
	    {"een@@example.org", 0},
	    {"een@exa@mple.org", 0},
	    {".een@example.org", 0},
	    {"een.@example.org", 0},
	    {"e..en@example.org", 0},
	    {"een@example..org", 0},
	    {"een@-example.org", 0},
	    {"een@example-.org", 0},
	    {"een@example.o", 0},
	    {"een@example.123", 0},
	    {"een @example.org", 0},
	    {"een@exam ple.org", 0},
	    {"\"een\"@example.org", 0},
	    {"een@[127.0.0.1]", 0},
	    {"een@example.org\r\nBcc: x@example.org", 0},
	    {"d\xc3\xa9@example.org", 0},
	    {"een@example.org.", 0},
	    {"<een@example.org>", 0},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		if (form_valid_email(t[i].addr) != t[i].ok) {
			print_error("form_valid_email(\"%s\") != %d\n",
				    t[i].addr, t[i].ok);
			fail();
		}
	}
	assert_int_equal(form_valid_email(NULL), 0);
	char *longlocal = repeat("", "a", 65);
	char *addr = xasprintf("%s@example.org", longlocal);
	assert_int_equal(form_valid_email(addr), 0);
	free(addr);
	free(longlocal);
}

static void
test_field_keys(void **state)
{
	(void)state;
	static const char *const want[FF__COUNT] = {
	    "name",  "email", "organisation",	 "role",
	    "phone", "diet",  "invoice_address", "invoice_reference",
	};
	for (int k = 0; k < FF__COUNT; k++)
		assert_string_equal(form_field_key(k), want[k]);
	assert_null(form_field_key(FF__COUNT));
}

static void
test_bad_arguments(void **state)
{
	(void)state;
	struct form f;
	assert_int_equal(form_parse(NULL, &f), -1);
	assert_int_equal(form_parse("Naam: x", NULL), -1);
	form_free(NULL);
	memset(&f, 0, sizeof f);
	form_free(&f);
}

/* Labels with a typo or accents are read by edit distance after
 * folding; a sentence ending in a colon is not a label. */
static void
test_fuzzy_labels(void **state)
{
	(void)state;
	struct form f;
	assert_int_equal(
	    form_parse("Naam: Deelnemer Een\nEmial: een@example.org\n"
		       "Organistaie: Stichting Voorbeeld\n"
		       "Factuuradress: Postbus 1, 1300 AA Almere\n"
		       "Functi\xc3\xab: coach\n",
		       &f),
	    0);
	assert_int_equal(f.n, 1);
	assert_string_equal(f.people[0].f[FF_EMAIL], "een@example.org");
	assert_string_equal(f.people[0].f[FF_ORGANISATION],
			    "Stichting Voorbeeld");
	assert_string_equal(f.people[0].f[FF_INVOICE_ADDRESS],
			    "Postbus 1, 1300 AA Almere");
	assert_string_equal(f.people[0].f[FF_ROLE], "coach");
	form_free(&f);
	assert_int_equal(form_line_field("Organistaie: X", 14),
			 FF_ORGANISATION);
	assert_int_equal(form_line_field("Datum: 12 mei", 13), -1);
	assert_int_equal(form_line_field("Mijn vraag is de volgende: waar", 31),
			 -1);
}

#define NELEM_T(a) (sizeof(a) / sizeof((a)[0]))

/* A line of parts without a bullet is a person when it has a name and
 * an address; under a bare "Deelnemers:" it is never that label's one
 * name. */
static void
test_parts_lines(void **state)
{
	(void)state;
	struct form f;
	assert_int_equal(
	    form_parse("Graag drie aanmeldingen:\n"
		       "Deelnemer Een; adviseur; een@example.org; 036-5331011\n"
		       "Deelnemer Twee - opbouwwerker - twee@example.org\n"
		       "Deelnemer Drie | drie@example.org\n",
		       &f),
	    0);
	assert_int_equal(f.n, 3);
	assert_string_equal(f.people[0].f[FF_NAME], "Deelnemer Een");
	assert_string_equal(f.people[0].f[FF_EMAIL], "een@example.org");
	assert_string_equal(f.people[0].f[FF_ROLE], "adviseur");
	assert_string_equal(f.people[0].f[FF_PHONE], "036-5331011");
	assert_string_equal(f.people[1].f[FF_ROLE], "opbouwwerker");
	assert_string_equal(f.people[2].f[FF_EMAIL], "drie@example.org");
	form_free(&f);
	/* a sentence with an address is not a line of parts */
	assert_int_equal(
	    form_parse("Stuur de factuur naar Deelnemer Een, een@example.org, "
		       "dan regelt zij het. Dank je wel.\n",
		       &f),
	    0);
	assert_int_equal(f.n, 0);
	form_free(&f);
	/* nobody's name is a whole line of parts */
	assert_int_equal(form_parse("Deelnemers:\nStichting Een - adviseur - "
				    "x1@example.org\n",
				    &f),
			 0);
	for (size_t k = 0; k < f.n; k++)
		assert_null(f.people[k].f[FF_NAME]);
	form_free(&f);
}

/* What follows the postcode's town in an invoice address and has a
 * number is the reference, without "met" or "ref.". */
static void
test_reference_after_town(void **state)
{
	(void)state;
	static const struct {
		const char *text, *addr, *ref;
	} refs[] = {
	    {"Factuur: Bibliotheek Een, Stadhuisplein 90, 1315 HR Almere, "
	     "kostenplaats 2200.\n",
	     "Bibliotheek Een, Stadhuisplein 90, 1315 HR Almere",
	     "kostenplaats 2200"},
	    {"Invoice: Example Partners, P.O. Box 4410, 1300 EK Almere, PO "
	     "77-1400.\n",
	     "Example Partners, P.O. Box 4410, 1300 EK Almere", "PO 77-1400"},
	    {"Factuuradres: Cultuurhuis Een, Esplanade 10, 1315 TA Almere, met "
	     "projectnummer CP-48\n",
	     "Cultuurhuis Een, Esplanade 10, 1315 TA Almere",
	     "projectnummer CP-48"},
	    {"Invoice address: Example Foundation, Herengracht 500, 1017 CB "
	     "Amsterdam, ref. EFN/2010/ALM-2\n",
	     "Example Foundation, Herengracht 500, 1017 CB Amsterdam",
	     "EFN/2010/ALM-2"},
	    /* a country after the town is part of the address */
	    {"Factuuradres: Stichting Een, Kerkstraat 1, 1315 HR Almere, "
	     "Nederland\n",
	     "Stichting Een, Kerkstraat 1, 1315 HR Almere, Nederland", NULL},
	};
	for (size_t i = 0; i < NELEM_T(refs); i++) {
		struct form f;
		char *t = xasprintf("Naam: Deelnemer Een\nE-mail: "
				    "een@example.org\n%s",
				    refs[i].text);
		assert_int_equal(form_parse(t, &f), 0);
		free(t);
		assert_int_equal(f.n, 1);
		assert_string_equal(f.people[0].f[FF_INVOICE_ADDRESS],
				    refs[i].addr);
		if (refs[i].ref)
			assert_string_equal(f.people[0].f[FF_INVOICE_REFERENCE],
					    refs[i].ref);
		else
			assert_null(f.people[0].f[FF_INVOICE_REFERENCE]);
		form_free(&f);
	}
}

/* One organisation stated once for a whole list applies to each. */
static void
test_all_of(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "1. Collega Twee, twee@almere.nl\n2. Collega Drie, "
	    "drie@almere.nl\n\nAllen van Gemeente Almere, DMO.\n",
	    "All from Gemeente Almere:\n- Collega Twee, twee@almere.nl\n"
	    "- Collega Drie, drie@almere.nl\n",
	    /* a later sentence of the line, without "van" */
	    "Hierbij de aanmeldingen vanuit het cluster Samenleving. Allen "
	    "Gemeente Almere, DMO.\n\nNaam: Collega Twee\nE-mail: "
	    "twee@almere.nl\n\nNaam: Collega Drie\nE-mail: "
	    "drie@almere.nl\n",
	    /* a heading over the list names whose people follow */
	    "Bijgaand de deelnemers vanuit Gemeente Almere (allen DMO):\n\n"
	    "1. Collega Twee, beleidsmedewerker, twee@almere.nl\n"
	    "2. Collega Drie, wijkregisseur, drie@almere.nl\n",
	};
	for (size_t i = 0; i < NELEM_T(texts); i++) {
		struct form f;
		assert_int_equal(form_parse(texts[i], &f), 0);
		assert_int_equal(f.n, 2);
		for (size_t k = 0; k < f.n; k++)
			assert_string_equal(f.people[k].f[FF_ORGANISATION],
					    "Gemeente Almere");
		form_free(&f);
	}
	/* a person's own organisation wins over the shared one */
	struct form f;
	assert_int_equal(
	    form_parse("Allen van Stichting Voorbeeld.\n\nNaam: Een\n"
		       "E-mail: een@example.org\nOrganisatie: Buurtwerk "
		       "Noord\n\nNaam: Twee\nE-mail: twee@example.org\n",
		       &f),
	    0);
	assert_int_equal(f.n, 2);
	assert_string_equal(f.people[0].f[FF_ORGANISATION], "Buurtwerk Noord");
	assert_string_equal(f.people[1].f[FF_ORGANISATION],
			    "Stichting Voorbeeld");
	form_free(&f);
}

/* One rule for a phone number in running text. */
static void
test_phone_span(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t len;
	} c[] = {
	    {"06-12345678", 11},
	    {"036 555 6620 of 06 5557 3381", 12},
	    {"+31 30 253 0000.", 15},
	    {"+31 (0)6-12345678, mail", 17},
	    {"06-12345678b", 0},
	    {"1234 AB Almere", 0},
	    {"0612345", 0},
	    {"12345678901", 0},
	    {"", 0},
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		size_t got = form_phone_span(c[i].s, strlen(c[i].s));
		if (got != c[i].len)
			fail_msg("\"%s\": %zu, want %zu", c[i].s, got,
				 c[i].len);
	}
}

int
main(void)
{
	static const struct CMUnitTest fixed[] = {
	    cmocka_unit_test(test_writer),
	    cmocka_unit_test(test_fuzzy_labels),
	    cmocka_unit_test(test_all_of),
	    cmocka_unit_test(test_parts_lines),
	    cmocka_unit_test(test_reference_after_town),
	    cmocka_unit_test(test_shapes),
	    cmocka_unit_test(test_long_name_is_bounded),
	    cmocka_unit_test(test_people_are_capped),
	    cmocka_unit_test(test_huge_inputs_linear),
	    cmocka_unit_test(test_every_byte),
	    cmocka_unit_test(test_valid_email),
	    cmocka_unit_test(test_field_keys),
	    cmocka_unit_test(test_bad_arguments),
	    cmocka_unit_test(test_phone_span),
	};
	size_t n = NELEM(cases) + NELEM(fixed);
	struct CMUnitTest *tests = xcalloc(n, sizeof *tests);
	for (size_t i = 0; i < NELEM(cases); i++) {
		tests[i].name = cases[i].label;
		tests[i].test_func = run_case;
		tests[i].initial_state = (void *)&cases[i];
	}
	memcpy(tests + NELEM(cases), fixed, sizeof fixed);
	int rc = _cmocka_run_group_tests("form", tests, n, NULL, NULL);
	free(tests);
	return rc;
}
