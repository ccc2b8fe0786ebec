/*
 * form — read participant and organisation details from the UTF-8 text of a
 * registration mail.  Pure: no I/O, no libraries beyond libc.
 *
 * A mail may register one person or several colleagues; organisation and
 * invoice details are shared by all of them unless a block says otherwise.
 * All strings in the result are owned by it (form_free releases them),
 * trimmed, valid UTF-8, single-line (no CR, LF or NUL), and NULL when absent.
 */
#ifndef REGBOT_FORM_H
#define REGBOT_FORM_H

#include <stddef.h>

enum form_field {
	FF_NAME,
	FF_EMAIL,
	FF_ORGANISATION,
	FF_ROLE,
	FF_PHONE,
	FF_DIET,
	FF_INVOICE_ADDRESS,
	FF_INVOICE_REFERENCE,
	FF__COUNT
};

struct form_person {
	char *f[FF__COUNT];
};

struct form {
	struct form_person *people; /* n entries, each with shared fields
				       already filled in */
	size_t n;
	int labelled; /* 1 when labelled fields were found
			 ("Naam: ..."); people read only
			 from numbered or bulleted lines
			 leave it 0 */
};

/* Parses `text` (UTF-8, any line endings).  Never fails on content: a text
 * with no recognisable fields yields n == 0.  Returns 0, or -1 only on
 * invalid arguments. */
int form_parse(const char *text, struct form *out);
void form_free(struct form *f);

/* What a free-text mail says about its writer ("Hierbij meld ik mij
 * aan ... Met vriendelijke groet, <signature>"): the name, function,
 * organisation, phone and address in the signature after the last
 * closing ("Met vriendelijke groet,", "Kind regards") or "-- " line, and
 * phrases such as "mijn naam is ...", "ik werk als ... bij ...", "on
 * behalf of ...".  Only values whose shape leaves no doubt are taken
 * (a name on the signature's first line, a function by its telling
 * words, an organisation by its telling words or right below the
 * function, a phone number with or without "T"/"M"); everything else is
 * left NULL so the robot asks.  `out` is overwritten; free its fields
 * with form_person_free.  Pure, bounded by the text's length. */
void form_writer(const char *text, struct form_person *out);
void form_person_free(struct form_person *p);

/* Shapes of values, for the request module's use of the From header:
 * a person's name (capitalised words and particles, no function or
 * organisation word), a function ("beleidsadviseur", "team leader"),
 * an organisation ("Stichting ...", "Zorggroep ...", "... B.V."). */
int form_name_like(const char *s);
/* Does s (one value, any case) name a diet: "vegetarisch", "Vegetarian",
 * "halal", "glutenvrij", "vegan", "coeliac (gluten free)"? */
int form_diet_like(const char *s);
int form_role_like(const char *s);
int form_org_like(const char *s);
/* Has s a capital (ASCII or a Latin-1 capital in UTF-8) anywhere: a
 * proper name such as an organisation's ("GGD Kaartvlak", "gemeente
 * Almere"), not a line of small words ("jeugdarts")? */
int form_has_capital(const char *s);

/* The field that the label at the start of the line s[0..n) names
 * ("Naam: ...", "E-mailadres", "- Dieetwensen:"), FF_NAME for the parts
 * of a name, or -1 when the line starts with no label.  Pure. */
int form_line_field(const char *s, size_t n);

/* 1 when s[0..n) is a closing ("Met vriendelijke groet,", "Kind
 * regards", "Groet, Voorbeeld Persoon"). */
int form_closing_line(const char *s, size_t n);

/* Stable lower-case key of a field ("name", "email", "organisation",
 * "role", "phone", "diet", "invoice_address", "invoice_reference"). */
const char *form_field_key(enum form_field f);

/* 1 when `s` looks like a deliverable addr-spec (local@domain.tld):
 * conservative, so ASCII dot-atom only, no quoted local part, no IP
 * literal, an alphabetic (or xn--) top-level domain. */
int form_valid_email(const char *s);

/* The length of the phone number that starts at s[0] (a word's start)
 * in s[0..n): "0" or "+", then digits and " ()-./", 10 to 15 digits (a
 * Dutch number has 10; a postcode or a chamber of commerce number
 * fewer), ending at a digit and not inside a word; 0 when there is
 * none.  One rule for every reader of phone numbers in running text. */
size_t form_phone_span(const char *s, size_t n);

#endif
