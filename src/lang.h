/*
 * lang — which language a mail is written in, Dutch or English, with
 * libexttextcat's n-gram fingerprints (only those of nl, en, de and fr
 * are loaded: about a millisecond, once per process).
 *
 * The library's answer is taken when it names one language, nl or en.
 * When it is unsure (several candidates, a text too short, another
 * language) or its data is not installed, marker words decide, and
 * `dflt` when they tie.
 */
#ifndef REGBOT_LANG_H
#define REGBOT_LANG_H

/* out: "nl" or "en".  `text` may be NULL. */
void lang_detect(const char *text, const char *dflt, char out[3]);

/* 1 when the fingerprints loaded (for `regbot check-config`/tests). */
int lang_library_ok(void);

#endif
