/*
 * prose — the people a registration names in running text.
 *
 * "Mijn collega Voorbeeld Persoon wil graag deelnemen ... Hij is
 * opbouwwerker bij Stichting Voorbeeld en bereikbaar op
 * persoon@example.org of 06-12345678."  "Please register me and my
 * colleague Participant Two (two@example.org)."  No form, table or list
 * says who comes; the sentences do.
 *
 * A person is read only with an address: one written right after a name
 * ("Naam (a@b)", "Naam <a@b>", "Naam, a@b"), or in a sentence that
 * speaks of one person named before ("Zijn mailadres is a@b", "Her
 * e-mail address is a@b", "bereikbaar op a@b" in a sentence about him).
 * What a sentence says of a person (a phone number, "is opbouwwerker bij
 * Stichting X", "eet vegetarisch") is theirs; what it says of "wij",
 * "both of us" or "each of us" is everyone's, the writer's too.  The
 * writer, the robot and the organiser are never such a person: the
 * writer's own details come from the writer's card (form_writer).
 *
 * Pure: no state; bounded by the text's length.
 */
#ifndef REGBOT_PROSE_H
#define REGBOT_PROSE_H

#include "form.h"

/* The people named in `text` (the writer's own sentences), in the order
 * they are named, each with an address; none of them has an address in
 * exclude[0..nexclude) (NULL entries are skipped).  `shared` receives
 * what the text says of everyone ("Wij zijn allebei opbouwwerker bij
 * ..."): its organisation and role, for the caller to give the writer
 * too.  *we (when not NULL) is set when the text speaks of everyone
 * that way at all: then the writer is one of the people it names.
 * Returns 0, or -1 on invalid arguments.  out->labelled is 0. */
int prose_people(const char *text, const char *const *exclude, size_t nexclude,
		 struct form *out, struct form_person *shared, int *we);

/* What the writer's own sentences say of the writer ("Ik werk als
 * wijkverpleegkundige bij Thuiszorg X", "U kunt mij bereiken op
 * 06-...", "Ik eet vegetarisch"): phone, role and organisation, diet
 * into *out (the rest stays NULL).  It completes the writer's card,
 * never makes a registration.  Returns 0, or -1 when out is NULL. */
int prose_writer(const char *text, struct form_person *out);

#endif
