/*
 * form — read registration fields from the UTF-8 text of a mail.
 *
 * The text is read line by line, once.  A line is a labelled field
 * ("Naam: ...", "E-mail adres ...", "Dieetwensen/allergieën: ..."), a
 * person block start ("1.", "Deelnemer 2:", "Participant 3"), a bulleted or
 * numbered person line ("- Naam Achternaam <a@example.org>"), or free text,
 * which is ignored.  Quoted lines ("> ") are skipped, so both top- and
 * bottom-posted replies work; reading stops at a signature separator
 * ("-- ") and, once fields were found, at an Outlook-style "Original
 * Message" separator.  Skipping rather than stopping at the first quote
 * keeps an answer written below the robot's quoted question.
 *
 * People: a numbered block, a "Deelnemer 2" header, a bulleted or
 * numbered person line, or a name or e-mail label repeated for the same
 * person starts the next one (at most PEOPLE_MAX).  Organisation, invoice
 * address and invoice reference belong to the person whose block holds
 * them; everyone without one gets the one given outside any block, or
 * else the earliest person's.  "Telefoon" and "Mobiel" for one person
 * are kept together ("036 ...; 06 ...").
 *
 * Ownership: every string in struct form is owned by it and released by
 * form_free.  Values are cleaned on the way in (control characters and
 * odd spaces become one space, invalid UTF-8 becomes U+FFFD) and cut at a
 * character boundary at VALUE_MAX bytes, so no later stage sees raw mail.
 *
 * Error policy: content never makes form_parse fail.  Work per line is
 * bounded by the line's length (labels are matched only at a few
 * positions, values are cleaned once and stop at their bound), so the
 * whole parse is linear in the size of the text.  Out of memory aborts in
 * xmalloc.
 */
#include "form.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "judge.h"
#include "policy.h"
#include "quote.h"
#include "segment.h"
#include "util.h"

enum {
	VALUE_MAX = 200, /* bytes per field value */
	PEOPLE_MAX = 50,
	PARTS_MAX = 16,	 /* parts of one unlabelled person line */
	QUAL_SPAN = 60,	 /* "(...)" or "/..." between a label and its colon */
	TABLE_COLS = 12, /* columns of a table of participants */
	SIG_LINES = 12,	 /* lines of a signature read */
};

/* Name parts joined into FF_NAME when no full name is given. */
enum { XF_FIRST = FF__COUNT, XF_MIDDLE, XF_LAST, XF__COUNT };

#define L_NEEDSEP 1u /* only with a colon: the word is too common alone */
/* read from what the words are about (head_label), not from the table:
 * it gives a value, but does not make the mail a filled-in form */
#define L_INFERRED 2u

struct label {
	const char *pat; /* see pat_match */
	int field;
	unsigned flags;
};

/* Lower-case patterns.  In a pattern ' ' and '-' match any run, possibly
 * empty, of spaces, hyphens and underscores, so "e-mail adres" covers
 * "E-mailadres", "Email adres" and "e-mail-adres"; '.' is an optional
 * full stop.  The longest matching pattern wins. */
static const struct label labels[] = {
    {"naam", FF_NAME, 0},
    {"name", FF_NAME, 0},
    {"volledige naam", FF_NAME, 0},
    {"full name", FF_NAME, 0},
    {"naam deelnemer", FF_NAME, 0},
    {"deelnemersnaam", FF_NAME, 0},
    {"participant name", FF_NAME, 0},
    {"name of participant", FF_NAME, 0},
    {"deelnemer", FF_NAME, L_NEEDSEP},
    {"participant", FF_NAME, L_NEEDSEP},
    {"attendee", FF_NAME, L_NEEDSEP},
    {"voornaam", XF_FIRST, 0},
    {"voornamen", XF_FIRST, 0},
    {"roepnaam", XF_FIRST, 0},
    {"voorletters", XF_FIRST, 0},
    {"first name", XF_FIRST, 0},
    {"given name", XF_FIRST, 0},
    {"tussenvoegsel", XF_MIDDLE, 0},
    {"tussenvoegsels", XF_MIDDLE, 0},
    {"achternaam", XF_LAST, 0},
    {"familienaam", XF_LAST, 0},
    {"last name", XF_LAST, 0},
    {"surname", XF_LAST, 0},
    {"family name", XF_LAST, 0},
    {"e-mail", FF_EMAIL, 0},
    {"work e-mail", FF_EMAIL, 0},
    {"werk e-mail", FF_EMAIL, 0},
    {"e-mail adres", FF_EMAIL, 0},
    {"e-mail address", FF_EMAIL, 0},
    {"mail", FF_EMAIL, 0},
    {"mail adres", FF_EMAIL, 0},
    {"mail address", FF_EMAIL, 0},
    {"organisatie", FF_ORGANISATION, 0},
    {"organisation", FF_ORGANISATION, 0},
    {"organization", FF_ORGANISATION, 0},
    {"naam organisatie", FF_ORGANISATION, 0},
    {"organisatie naam", FF_ORGANISATION, 0},
    {"organisation name", FF_ORGANISATION, 0},
    {"organization name", FF_ORGANISATION, 0},
    {"name of organisation", FF_ORGANISATION, 0},
    {"name of organization", FF_ORGANISATION, 0},
    {"instelling", FF_ORGANISATION, 0},
    {"naam instelling", FF_ORGANISATION, 0},
    {"werkgever", FF_ORGANISATION, 0},
    {"bedrijf", FF_ORGANISATION, 0},
    {"bedrijfsnaam", FF_ORGANISATION, 0},
    {"company", FF_ORGANISATION, 0},
    {"company name", FF_ORGANISATION, 0},
    {"employer", FF_ORGANISATION, 0},
    {"org.", FF_ORGANISATION, L_NEEDSEP},
    {"institution", FF_ORGANISATION, 0},
    {"functie", FF_ROLE, 0},
    {"functie titel", FF_ROLE, 0},
    {"function", FF_ROLE, 0},
    {"rol", FF_ROLE, 0},
    {"role", FF_ROLE, 0},
    {"job title", FF_ROLE, 0},
    {"position", FF_ROLE, 0},
    {"telefoon", FF_PHONE, 0},
    {"telefoon werk", FF_PHONE, 0},
    {"telefoon nummer", FF_PHONE, 0},
    {"tel.", FF_PHONE, 0},
    {"tel. nr.", FF_PHONE, 0},
    {"mobiel", FF_PHONE, 0},
    {"mobiel nummer", FF_PHONE, 0},
    {"mobiele nummer", FF_PHONE, 0},
    {"mobile", FF_PHONE, 0},
    {"mobile number", FF_PHONE, 0},
    {"mobile phone", FF_PHONE, 0},
    {"phone", FF_PHONE, 0},
    {"phone number", FF_PHONE, 0},
    {"telephone", FF_PHONE, 0},
    {"telephone number", FF_PHONE, 0},
    {"gsm", FF_PHONE, 0},
    {"dieet", FF_DIET, 0},
    {"dieetwens", FF_DIET, 0},
    {"dieetwensen", FF_DIET, 0},
    {"allergie", FF_DIET, 0},
    {"allergieen", FF_DIET, 0},
    {"allergie\xc3\xabn", FF_DIET, 0}, /* allergieën */
    {"voedsel allergie", FF_DIET, 0},
    {"allergy", FF_DIET, 0},
    {"allergies", FF_DIET, 0},
    {"diet", FF_DIET, 0},
    {"dietary", FF_DIET, 0},
    {"dietary requirements", FF_DIET, 0},
    {"dietary requirement", FF_DIET, 0},
    {"dietary wishes", FF_DIET, 0},
    {"dietary restrictions", FF_DIET, 0},
    {"factuur adres", FF_INVOICE_ADDRESS, 0},
    {"factuur gegevens", FF_INVOICE_ADDRESS, 0},
    {"invoice address", FF_INVOICE_ADDRESS, 0},
    {"invoice details", FF_INVOICE_ADDRESS, 0},
    {"billing address", FF_INVOICE_ADDRESS, 0},
    {"billing details", FF_INVOICE_ADDRESS, 0},
    {"kenmerk", FF_INVOICE_REFERENCE, 0},
    {"uw kenmerk", FF_INVOICE_REFERENCE, 0},
    {"factuur kenmerk", FF_INVOICE_REFERENCE, 0},
    {"referentie", FF_INVOICE_REFERENCE, 0},
    {"referentie nummer", FF_INVOICE_REFERENCE, 0},
    {"reference", FF_INVOICE_REFERENCE, L_NEEDSEP},
    {"your reference", FF_INVOICE_REFERENCE, 0},
    {"invoice reference", FF_INVOICE_REFERENCE, 0},
    {"po", FF_INVOICE_REFERENCE, L_NEEDSEP},
    {"po nummer", FF_INVOICE_REFERENCE, 0},
    {"po number", FF_INVOICE_REFERENCE, 0},
    {"inkoop order", FF_INVOICE_REFERENCE, 0},
    {"inkoop order nummer", FF_INVOICE_REFERENCE, 0},
    {"bestel nummer", FF_INVOICE_REFERENCE, 0},
    {"order nummer", FF_INVOICE_REFERENCE, 0},
    {"purchase order", FF_INVOICE_REFERENCE, 0},
    {"purchase order number", FF_INVOICE_REFERENCE, 0},
    /* more variants and the typos people make (issue 3) */
    {"voor en achternaam", FF_NAME, 0},
    {"naam en achternaam", FF_NAME, 0},
    {"deelnemer naam", FF_NAME, 0},
    {"uw naam", FF_NAME, 0},
    {"your name", FF_NAME, 0},
    {"attendee name", FF_NAME, 0},
    {"naam cursist", FF_NAME, 0},
    {"emial", FF_EMAIL, 0},
    {"e-mial", FF_EMAIL, 0},
    {"e-mail adress", FF_EMAIL, 0},
    {"e-mail adr.", FF_EMAIL, 0},
    {"mail adress", FF_EMAIL, 0},
    {"organistie", FF_ORGANISATION, 0},
    {"organsatie", FF_ORGANISATION, 0},
    {"orgnisatie", FF_ORGANISATION, 0},
    {"organisaite", FF_ORGANISATION, 0},
    {"oganisatie", FF_ORGANISATION, 0},
    {"organizatie", FF_ORGANISATION, 0},
    {"organsation", FF_ORGANISATION, 0},
    {"organisaton", FF_ORGANISATION, 0},
    {"naam van de organisatie", FF_ORGANISATION, 0},
    {"naam werkgever", FF_ORGANISATION, 0},
    {"instantie", FF_ORGANISATION, 0},
    {"gemeente organisatie", FF_ORGANISATION, 0},
    {"functienaam", FF_ROLE, 0},
    {"functie naam", FF_ROLE, 0},
    {"werkzaam als", FF_ROLE, 0},
    {"beroep", FF_ROLE, 0},
    {"occupation", FF_ROLE, 0},
    {"job", FF_ROLE, L_NEEDSEP},
    {"telefoonnr.", FF_PHONE, 0},
    {"telefoon nr.", FF_PHONE, 0},
    {"tel nr.", FF_PHONE, 0},
    {"telnr.", FF_PHONE, 0},
    {"tel. nummer", FF_PHONE, 0},
    {"telefonisch", FF_PHONE, L_NEEDSEP},
    {"mob.", FF_PHONE, 0},
    {"mobiel nr.", FF_PHONE, 0},
    {"mobielnummer", FF_PHONE, 0},
    {"phone no.", FF_PHONE, 0},
    {"cell", FF_PHONE, L_NEEDSEP},
    {"dieet wensen", FF_DIET, 0},
    {"lunch wensen", FF_DIET, 0},
    {"lunch", FF_DIET, L_NEEDSEP},
    {"eet wensen", FF_DIET, 0},
    {"special diet", FF_DIET, 0},
    {"dietary needs", FF_DIET, 0},
    {"food allergies", FF_DIET, 0},
    {"faktuur adres", FF_INVOICE_ADDRESS, 0},
    {"facturatie adres", FF_INVOICE_ADDRESS, 0},
    {"factuur adresgegevens", FF_INVOICE_ADDRESS, 0},
    {"invoicing address", FF_INVOICE_ADDRESS, 0},
    {"invoice to", FF_INVOICE_ADDRESS, L_NEEDSEP},
    {"bill to", FF_INVOICE_ADDRESS, L_NEEDSEP},
    {"kostenplaats", FF_INVOICE_REFERENCE, 0},
    {"cost centre", FF_INVOICE_REFERENCE, 0},
    {"cost center", FF_INVOICE_REFERENCE, 0},
    {"inkoop nummer", FF_INVOICE_REFERENCE, 0},
    {"factuur referentie", FF_INVOICE_REFERENCE, 0},
    {"invoice ref.", FF_INVOICE_REFERENCE, 0},
    {"our reference", FF_INVOICE_REFERENCE, 0},
    {"po nr.", FF_INVOICE_REFERENCE, 0},
    {"budget nummer", FF_INVOICE_REFERENCE, 0},
};

/* Words that may stand between a label and its colon: "E-mail werk:",
 * "Naam deelnemer:", "Telefoonnummer (mobiel):" is handled as "(...)". */
static const char *const qualifiers[] = {
    "deelnemer", "participant", "attendee",  "werk",	 "work",
    "zakelijk",	 "business",	"optioneel", "optional",
};

/* A numbered block header: one of these words and a number. */
static const char *const block_words[] = {
    "deelnemer", "participant", "collega", "colleague",	 "persoon",
    "person",	 "attendee",	"cursist", "aanmelding", "registration",
};

/* Lower-case particles allowed inside a name written without a colon. */
static const char *const particles[] = {
    "van", "de",  "der", "den", "het", "ter", "ten", "te",  "'t",
    "in",  "op",  "la",	 "le",	"du",  "da",  "di",  "von", "zu",
    "del", "dos", "das", "y",	"bin", "ibn", "el",  "al",
};

/* Values meaning "nothing" ("n.v.t.", "-") or "not yet" ("volgt": a
 * purchase order number that will follow is none to quote now).  A diet
 * of "geen" is no diet: what people who wrote no form of ours read
 * there, and nothing the caterer needs. */
static const char *const empty_values[] = {
    "n.v.t.",	"n.v.t",   "nvt",   "nvt.",	      "n/a",
    "na",	"nb",	   "n.b.",  "not applicable", "niet van toepassing",
    "onbekend", "unknown", "volgt", "volgt nog",      "to follow",
    "tbd",	"n.t.b.",  "ntb",
};
static const char *const none_values[] = {"geen", "none", "nee", "no"};

static const char *const field_keys[FF__COUNT] = {
    [FF_NAME] = "name",
    [FF_EMAIL] = "email",
    [FF_ORGANISATION] = "organisation",
    [FF_ROLE] = "role",
    [FF_PHONE] = "phone",
    [FF_DIET] = "diet",
    [FF_INVOICE_ADDRESS] = "invoice_address",
    [FF_INVOICE_REFERENCE] = "invoice_reference",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- characters ---------------------------------------------------- */

static int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* A byte that may continue a word: ASCII letters and digits, and any
 * byte of a multi-byte UTF-8 character. */
static int
is_wordc(unsigned char c)
{
	return is_alpha(c) || is_digit(c) || c >= 0x80;
}

static int
is_blank(unsigned char c)
{
	return c == ' ' || c == '\t';
}

/* Unicode spaces and line separators that mail clients put into forms
 * (NBSP from HTML above all). */
static int
is_uspace(unsigned long cp)
{
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
	       cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
	       cp == 0x1680;
}

/* Invisible characters dropped outright (zero-width, BOM, soft hyphen). */
static int
is_invisible(unsigned long cp)
{
	return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF ||
	       cp == 0xAD;
}

/* ---- values -------------------------------------------------------- */

/* Cleans s[0..n) into a new string: one line, valid UTF-8, runs of white
 * space and control characters collapsed to one space, trimmed, at most
 * VALUE_MAX bytes cut at a character boundary.  Stops reading once the
 * bound is reached.  Returns NULL for an empty result. */
static char *
clean_value(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	char *out = xmalloc(VALUE_MAX + 1);
	size_t len = 0, i = 0;
	int space = 0;
	while (i < n) {
		unsigned long cp;
		size_t k = util_utf8_decode(u + i, n - i, &cp);
		const char *add = s + i;
		size_t alen = k;
		if (k == 0) {
			add = "\xEF\xBF\xBD"; /* U+FFFD */
			alen = 3;
			k = 1;
			cp = 0xFFFD;
		}
		i += k;
		if (cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
		    is_uspace(cp)) {
			space = len > 0;
			continue;
		}
		if (is_invisible(cp))
			continue;
		if (len + (size_t)space + alen > VALUE_MAX)
			break;
		if (space)
			out[len++] = ' ';
		space = 0;
		memcpy(out + len, add, alen);
		len += alen;
	}
	out[len] = '\0';
	if (len == 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* Appends `sep` and `add` to *dst, keeping the VALUE_MAX bound and
 * character boundaries; *dst may be NULL. */
static void
append_bounded(char **dst, const char *sep, const char *add)
{
	if (add == NULL || *add == '\0')
		return;
	if (*dst == NULL) {
		*dst = xstrdup(add);
		return;
	}
	size_t dl = strlen(*dst), sl = strlen(sep), al = strlen(add);
	if (dl + sl >= VALUE_MAX)
		return;
	size_t room = VALUE_MAX - dl - sl;
	if (al > room) {
		al = room;
		/* back up to the start of a character */
		while (al > 0 && ((unsigned char)add[al] & 0xC0) == 0x80)
			al--;
		if (al == 0)
			return;
	}
	char *p = xrealloc(*dst, dl + sl + al + 1);
	memcpy(p + dl, sep, sl);
	memcpy(p + dl + sl, add, al);
	p[dl + sl + al] = '\0';
	*dst = p;
}

static int
word_in(const char *w, size_t len, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && strncasecmp(w, list[i], len) == 0)
			return 1;
	return 0;
}

/* A value that only fills a form's blank: "n.v.t.", "-", "....". */
static int
is_placeholder(const char *v)
{
	size_t len = strlen(v);
	if (word_in(v, len, empty_values, NELEM(empty_values)))
		return 1;
	if (word_in(v, len, none_values, NELEM(none_values)))
		return 1;
	for (const char *p = v; *p; p++) {
		if (strncmp(p, "\xE2\x80\xA6", 3) == 0) /* … */
			p += 2;
		else if (strchr(".-_*?/ ", *p) == NULL)
			return 0;
	}
	return 1;
}

/* ---- e-mail -------------------------------------------------------- */

static int
is_atext(unsigned char c)
{
	return is_alpha(c) || is_digit(c) || strchr("!#$%&'*+-/=?^_`{|}~", c);
}

int
form_valid_email(const char *s)
{
	if (s == NULL)
		return 0;
	const char *at = strchr(s, '@');
	if (at == NULL || strchr(at + 1, '@') != NULL)
		return 0;
	size_t llen = (size_t)(at - s), dlen = strlen(at + 1);
	if (llen == 0 || llen > 64 || dlen < 4 || dlen > 253 ||
	    llen + 1 + dlen > 254)
		return 0;
	/* local part: dot-atom, no quoted strings */
	if (s[0] == '.' || s[llen - 1] == '.')
		return 0;
	for (size_t i = 0; i < llen; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '.') {
			if (s[i + 1] == '.')
				return 0;
		} else if (c == '\0' || !is_atext(c)) {
			return 0;
		}
	}
	/* domain: at least two labels of letters, digits and inner
	 * hyphens; an alphabetic top-level label (or an IDN xn-- one) */
	const char *d = at + 1, *lab = d;
	int nlabels = 0;
	for (const char *p = d;; p++) {
		if (*p == '.' || *p == '\0') {
			size_t ll = (size_t)(p - lab);
			if (ll == 0 || ll > 63 || lab[0] == '-' || p[-1] == '-')
				return 0;
			nlabels++;
			if (*p == '\0')
				break;
			lab = p + 1;
			continue;
		}
		unsigned char c = (unsigned char)*p;
		if (!is_alpha(c) && !is_digit(c) && c != '-')
			return 0;
	}
	if (nlabels < 2)
		return 0;
	size_t tl = strlen(lab);
	if (tl >= 4 && strncasecmp(lab, "xn--", 4) == 0)
		return 1;
	if (tl < 2)
		return 0;
	for (size_t i = 0; i < tl; i++)
		if (!is_alpha((unsigned char)lab[i]))
			return 0;
	return 1;
}

static int
is_addr_sep(unsigned char c)
{
	return c == ' ' || strchr(",;<>()[]\"'", c) != NULL;
}

/* Finds the first valid address in v ("Naam <een@example.nl>",
 * "mailto:een@example.nl.").  Returns a new string and the token's span
 * in v, or NULL. */
static char *
find_email(const char *v, size_t *start, size_t *end)
{
	size_t n = strlen(v), i = 0;
	while (i < n) {
		while (i < n && is_addr_sep((unsigned char)v[i]))
			i++;
		size_t b = i;
		while (i < n && !is_addr_sep((unsigned char)v[i]))
			i++;
		size_t tb = b, te = i;
		if (te - tb > 7 && strncasecmp(v + tb, "mailto:", 7) == 0)
			tb += 7;
		while (te > tb && strchr(".:", v[te - 1]))
			te--;
		if (te > tb && memchr(v + tb, '@', te - tb)) {
			char *cand = xstrndup(v + tb, te - tb);
			if (form_valid_email(cand)) {
				*start = b;
				*end = i;
				return cand;
			}
			free(cand);
		}
	}
	return NULL;
}

/* ---- shapes of values ---------------------------------------------- */

static size_t
count_words(const char *v)
{
	size_t n = 0;
	for (const char *p = v; *p; p++)
		if (*p != ' ' && (p == v || p[-1] == ' '))
			n++;
	return n;
}

static size_t
count_words_n(const char *v, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (v[i] != ' ' && (i == 0 || v[i - 1] == ' '))
			w++;
	return w;
}

/* "Deelnemer Een", "A.B. van der Voorbeeld": capitalised words, name
 * particles, no digits or sentence punctuation. */
static int
name_like(const char *v)
{
	size_t words = 0, caps = 0;
	const char *p = v;
	while (*p) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		const char *w = p;
		while (*p && *p != ' ')
			p++;
		size_t len = (size_t)(p - w);
		if (++words > 6)
			return 0;
		for (size_t i = 0; i < len; i++) {
			unsigned char c = (unsigned char)w[i];
			if (c < 0x80 && !is_alpha(c) && !strchr("-'.", c))
				return 0;
		}
		unsigned char c0 = (unsigned char)w[0];
		if ((c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0)
			caps++;
		else if (!word_in(w, len, particles, NELEM(particles)))
			return 0;
	}
	return caps > 0;
}

/* "036 123 45 67", "+31 (0)6-12345678". */
static int
phone_like(const char *v)
{
	size_t digits = 0;
	unsigned char c0 = (unsigned char)v[0];
	if (!is_digit(c0) && c0 != '+' && c0 != '(')
		return 0;
	for (const char *p = v; *p; p++) {
		if (is_digit((unsigned char)*p))
			digits++;
		else if (!strchr(" +()-./", *p))
			return 0;
	}
	return digits >= 6 && digits <= 20;
}

/* A short value of a form, not a sentence. */
static int
field_like(const char *v)
{
	size_t len = strlen(v);
	return count_words(v) <= 8 && !strchr("?:,", v[len - 1]);
}

/* Lower-case word starts that make a value a function ("Senior
 * beleidsadviseur", "Team leader") or an organisation ("Stichting ...",
 * "Zorggroep ...").  Functions are checked first: "Teamleider wijkteam"
 * is a function, "Wijkteam Stad-Oost" an organisation. */
static const char *const role_words[] = {
    "adviseur",
    "advisor",
    "adviser",
    "medewerker",
    "co\xc3\xb6rdinator",
    "coordinator",
    "manager",
    "leider",
    "leidinggevende",
    "directeur",
    "director",
    "consulent",
    "coach",
    "secretaris",
    "secretary",
    "officer",
    "worker",
    "werker",
    "specialist",
    "trainer",
    "docent",
    "teacher",
    "onderzoeker",
    "researcher",
    "consultant",
    "assistent",
    "assistant",
    "bestuurder",
    "voorzitter",
    "regisseur",
    "makelaar",
    "verpleegkundige",
    "nurse",
    "psycholoog",
    "psychologist",
    "deskundige",
    "analist",
    "analyst",
    "planner",
    "head of",
    "hoofd ",
    "team lead",
    "beleids",
    "begeleider",
    "ambtenaar",
    "wethouder",
    "stagiair",
    "kwartiermaker",
    "ondersteuner",
    "functionaris",
    "wijkagent",
    "hulpverlener",
    "counsellor",
    "counselor",
    "casemanager",
    "case manager",
    "programmamanager",
    "projectleider",
    "opbouwwerker",
    "intern ",
    "administrateur",
    "controller",
    "jurist",
    "lawyer",
    "architect",
    "ontwerper",
    "designer",
    "redacteur",
    "editor",
    "communicatie",
    "hr-",
    "ceo",
    "cfo",
    "owner",
    "eigenaar",
    "partner ",
    "lead",
    "educator",
    "lecturer",
};
static const char *const org_words[] = {
    "stichting",
    "gemeente",
    "vereniging",
    "co\xc3\xb6peratie",
    "cooperatie",
    "b.v.",
    "bv",
    "n.v.",
    "zorg",
    "thuiszorg",
    "welzijn",
    "wonen",
    "woon",
    "corporatie",
    "ggd",
    "ggz",
    "instituut",
    "institute",
    "centrum",
    "center",
    "centre",
    "foundation",
    "association",
    "council",
    "municipality",
    "ministerie",
    "ministry",
    "provincie",
    "bibliotheek",
    "library",
    "school",
    "college",
    "universiteit",
    "university",
    "hogeschool",
    "ziekenhuis",
    "hospital",
    "groep",
    "group",
    "wijkteam",
    "buurtteam",
    "buurtwerk",
    "jeugd",
    "humanitas",
    "leger des heils",
    "vluchtelingenwerk",
    "ltd",
    "inc",
    "gmbh",
    "services",
    "dienst",
    "afdeling",
    "department",
    "bureau",
    "raad",
    "netwerk",
    "network",
    "platform",
    "fonds",
    "trust",
    "charity",
    "company",
    "organisatie",
    "organisation",
    "organization",
    "partners",
    "consultancy",
    "advies",
    "sociaal",
    "social",
    "community",
    "maatschappelijk",
    "housing",
    "care",
    "youth",
    "welfare",
    "kerk",
    "church",
    "moskee",
    "uwv",
    "mee ",
    "bedrijf",
    "advice",
    "opvang",
    "collective",
    "collectief",
};

/* Does a word of `low` (lower-cased) start with one of words[]? */
static int
has_word_start(const char *low, const char *const *words, size_t nwords)
{
	for (const char *p = low; *p; p++) {
		if (p != low && is_wordc((unsigned char)p[-1]))
			continue;
		for (size_t i = 0; i < nwords; i++) {
			if (*p != words[i][0])
				continue;
			size_t k = strlen(words[i]);
			if (strncmp(p, words[i], k) != 0)
				continue;
			/* a short word must be whole: "bv" is not "bvb" */
			if (k <= 3 && is_wordc((unsigned char)p[k]))
				continue;
			/* a word of four begins a compound ("zorggroep",
			 * "woonbond"), not a name ("Caren", "Kerkhof"): four
			 * letters more at least */
			size_t more = 0;
			int word4 = k == 4 && words[i][3] != ' ';
			while (word4 && is_wordc((unsigned char)p[k + more]))
				more++;
			if (word4 && more > 0 && more < 4)
				continue;
			return 1;
		}
	}
	return 0;
}

/* Does some word of v contain one of words[] ("Zorggroep" has "zorg",
 * "beleidsadviseur" has "adviseur")?  words[] are lower case; v is
 * lower-cased once (ASCII, as strncasecmp would) for all of them. */
static int
has_word_part(const char *v, const char *const *words, size_t nwords)
{
	char *low = xstrdup(v);
	for (char *p = low; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	int found = 0;
	for (size_t i = 0; i < nwords && !found; i++)
		found = strlen(words[i]) > 4 && strstr(low, words[i]);
	/* short ones only at a word's start */
	if (!found)
		found = has_word_start(low, words, nwords);
	free(low);
	return found;
}

int
form_role_like(const char *v)
{
	if (v == NULL || *v == '\0' || strchr(v, '@') || count_words(v) > 8 ||
	    strpbrk(v, "0123456789"))
		return 0;
	return has_word_part(v, role_words, NELEM(role_words));
}

int
form_has_capital(const char *v)
{
	for (const char *c = v; c && *c; c++)
		if ((*c >= 'A' && *c <= 'Z') || ((unsigned char)c[0] == 0xC3 &&
						 (unsigned char)c[1] >= 0x80 &&
						 (unsigned char)c[1] <= 0x9E))
			return 1;
	return 0;
}

int
form_org_like(const char *v)
{
	if (v == NULL || *v == '\0' || strchr(v, '@') || count_words(v) > 10)
		return 0;
	if (form_role_like(v))
		return 0;
	return has_word_part(v, org_words, NELEM(org_words));
}

int
form_diet_like(const char *v)
{
	static const char *const diets[] = {
	    "vegetar",	   "veganist",	 "vegan",
	    "halal",	   "kosher",	 "gluten",
	    "lactose",	   "pescotar",	 "pescatar",
	    "coeliac",	   "celiac",	 "notenallergie",
	    "nut allergy", "geen vlees", "no meat",
	    "geen vis",	   "no fish",	 "geen varkensvlees",
	    "no pork"};
	if (v == NULL || count_words(v) > 6)
		return 0;
	char *f = judge_fold(v);
	int hit = 0;
	for (size_t i = 0; i < NELEM(diets) && !hit; i++)
		hit = !strncmp(f, diets[i], strlen(diets[i]));
	free(f);
	return hit;
}

int
form_name_like(const char *v)
{
	return v && *v && name_like(v) && !form_role_like(v) &&
	       !form_org_like(v);
}

/* ---- labels -------------------------------------------------------- */

/* Case-insensitive match of `pat` at the start of s[0..n); see labels[].
 * Latin-1 capitals in UTF-8 (C3 80..9E) fold to their small letters.
 * Returns the number of bytes of s matched, 0 for no match. */
static size_t
pat_match(const char *s, size_t n, const char *pat)
{
	size_t i = 0;
	for (const unsigned char *p = (const unsigned char *)pat; *p; p++) {
		if (*p == ' ' || *p == '-') {
			/* a short run: "E - mail", not a ruler line */
			for (int r = 0; r < 3 && i < n && s[i] != '\0' &&
					strchr(" -_", s[i]);
			     r++)
				i++;
			continue;
		}
		if (*p == '.') {
			if (i < n && s[i] == '.')
				i++;
			continue;
		}
		if (i >= n)
			return 0;
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c + 32);
		else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 &&
			 c >= 0x80 && c <= 0x9E && c != 0x97)
			c = (unsigned char)(c + 0x20);
		if (c != *p)
			return 0;
		i++;
	}
	/* a label ends at a word boundary: "Naam" is not "Naamloos" */
	if (i < n && is_wordc((unsigned char)s[i]))
		return 0;
	return i;
}

/* The longest label at s shorter than `below`; its length, or 0. */
/* Letters of a label or pattern, case-folded and without accents
 * (libunistring, see judge_fold), blanks, hyphens, dots and underscores
 * left out: "E-mail adres" and "Emailadres" read alike. */
static size_t
label_letters(const char *s, size_t n, char *dst, size_t size)
{
	char *t = xmalloc(n + 1);
	memcpy(t, s, n);
	t[n] = '\0';
	char *f = judge_fold(t);
	free(t);
	size_t o = 0;
	for (const char *p = f; *p && o + 1 < size; p++)
		if (!strchr(" -._'", *p))
			dst[o++] = *p;
	dst[o] = '\0';
	free(f);
	return o;
}

/* Optimal string alignment distance (a swap of two letters counts
 * once), for strings of at most LABEL_MAX bytes. */
enum { LABEL_MAX = 40 };

static size_t
edit_distance(const char *a, size_t la, const char *b, size_t lb, size_t band)
{
	/* only cells within `band` of the diagonal can give a distance
	 * within band: the rest stay "too far" */
	size_t far = band + 1;
	size_t d[LABEL_MAX + 1][LABEL_MAX + 1];
	/* the band and one cell either side of it is all that is read */
	for (size_t i = 0; i <= la; i++) {
		size_t from = i > band + 1 ? i - band - 1 : 0;
		size_t to = i + band + 1 < lb ? i + band + 1 : lb;
		for (size_t j = from; j <= to; j++)
			d[i][j] = far;
	}
	for (size_t i = 0; i <= la && i <= band; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb && j <= band; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t from = i > band ? i - band : 1;
		size_t to = i + band < lb ? i + band : lb;
		for (size_t j = from; j <= to; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v < far ? v : far;
		}
	}
	return d[la][lb];
}

/* A label written with a typo ("Organistaie:", "Emial:", "Factuuradress:")
 * or accents: the words before a colon, at most three, compared with each
 * label after folding; one edit allowed from 5 letters, two from 9.  Only
 * with a colon, so a sentence is never taken for a label.  Returns the
 * bytes of the label, 0 when none is near enough. */
static size_t
fuzzy_label(const char *s, size_t n, size_t below, const struct label **out)
{
	size_t end = 0;
	while (end < n && end < LABEL_MAX && s[end] != ':' && s[end] != '\n')
		end++;
	if (end >= n || s[end] != ':' || end == 0)
		return 0;
	size_t k = end;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == 0 || k >= below || count_words_n(s, k) > 3)
		return 0;
	char cand[LABEL_MAX + 1];
	size_t lc = label_letters(s, k, cand, sizeof cand);
	if (lc < 5)
		return 0;
	/* the labels' letters, folded once, and how many of each letter
	 * (by its low five bits) they hold */
	static char folded[NELEM(labels)][LABEL_MAX + 1];
	static size_t flen[NELEM(labels)];
	static unsigned char fbag[NELEM(labels)][32];
	static int ready;
	if (!ready) {
		for (size_t i = 0; i < NELEM(labels); i++) {
			flen[i] =
			    label_letters(labels[i].pat, strlen(labels[i].pat),
					  folded[i], sizeof folded[i]);
			for (size_t j = 0; j < flen[i]; j++)
				fbag[i][folded[i][j] & 31]++;
		}
		ready = 1;
	}
	unsigned char bag[32] = {0};
	for (size_t j = 0; j < lc; j++)
		bag[cand[j] & 31]++;
	size_t allowed = lc >= 9 ? 2 : 1, bestd = allowed + 1;
	for (size_t i = 0; i < NELEM(labels); i++) {
		const char *pat = folded[i];
		size_t lp = flen[i];
		if (lp < 5 || (lp > lc ? lp - lc : lc - lp) > allowed)
			continue;
		/* the letters one has and the other lacks: each needs an
		 * edit, so more than `allowed` of them rules the label out
		 * before the distance is computed */
		size_t more = 0, fewer = 0;
		for (int b = 0; b < 32; b++) {
			int diff = bag[b] - fbag[i][b];
			if (diff > 0)
				more += (size_t)diff;
			else
				fewer += (size_t)-diff;
		}
		if (more > allowed || fewer > allowed)
			continue;
		size_t dist = edit_distance(cand, lc, pat, lp, allowed);
		if (dist < bestd) {
			bestd = dist;
			*out = &labels[i];
		}
	}
	return bestd <= allowed ? k : 0;
}

/* Words that make a label about the invoice, and those that make it
 * about the invoice's reference. */
static const char *const invoice_heads[] = {"factu", "faktu", "invoic",
					    "billing", "bill"};
static const char *const reference_heads[] = {
    "kenmerk", "referen", "ref",    "nummer",	    "number", "nr",
    "order",   "po",	  "budget", "kostenplaats", "cost",   "project"};

/* Is every word of the lower-case label `low` a reference word
 * ("budget", "project", "order"), and one of them the word for an
 * identifier ("code", "nummer", "kenmerk")? */
static int
reference_words(const char *low)
{
	static const char *const ident[] = {"code",    "nummer",  "number",
					    "kenmerk", "referen", "nr"};
	int id = 0, words = 0;
	const char *p = low;
	while (*p) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		if (w == 0)
			break;
		char *word = xstrndup(p, w);
		int is_ref = has_word_part(word, reference_heads,
					   NELEM(reference_heads)) ||
			     !strcmp(word, "code");
		id |= has_word_part(word, ident, NELEM(ident));
		free(word);
		if (!is_ref)
			return 0;
		words++;
		p += w;
	}
	return words > 0 && id;
}

/* A label that no table lists, read from what it is about: a few words
 * before a colon ("Factuur:", "Factuur naar:", "Billing:", "De factuur
 * graag naar ons postadres:"), one of them an invoice word, name the
 * invoice address, or its reference when a reference word is among
 * them.  Only with a colon. */
static size_t
head_label(const char *s, size_t n, size_t below, const struct label **out)
{
	static const struct label invoice = {"factuur", FF_INVOICE_ADDRESS,
					     L_INFERRED};
	static const struct label reference = {"kenmerk", FF_INVOICE_REFERENCE,
					       L_INFERRED};
	enum { HEAD_SPAN = 60, HEAD_WORDS = 6 };
	size_t end = 0;
	while (end < n && end < HEAD_SPAN && s[end] != ':' && s[end] != '\n')
		end++;
	if (end >= n || s[end] != ':')
		return 0;
	size_t k = end;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == 0 || k >= below || count_words_n(s, k) > HEAD_WORDS ||
	    memchr(s + end, '?', n - end))
		return 0; /* "Vraag over de factuur: kan die ...?" asks */
	char *low = xstrndup(s, k);
	if (strpbrk(low, "@/") || strstr(low, "://")) {
		free(low);
		return 0; /* an address or a link, not a label */
	}
	int inv = has_word_part(low, invoice_heads, NELEM(invoice_heads));
	int ref =
	    inv && has_word_part(low, reference_heads, NELEM(reference_heads));
	/* "Budget code:", "Projectnummer:": every word a reference word
	 * and one of them the word for an identifier */
	if (!inv && count_words_n(s, k) <= 3 && reference_words(low))
		inv = ref = 1;
	free(low);
	if (!inv)
		return 0;
	*out = ref ? &reference : &invoice;
	return k;
}

/* The labels by their first letter, each group in the table's order
 * (a counting sort, done once): every line of every mail is tried as a
 * label, so only the few labels that can match are compared. */
static const unsigned char *
labels_from(unsigned char c, size_t *count)
{
	static unsigned char order[NELEM(labels)];
	static unsigned short start[257];
	static int ready;
	_Static_assert(NELEM(labels) <= 256, "label index is one byte");
	if (!ready) {
		for (size_t i = 0; i < NELEM(labels); i++)
			start[(unsigned char)labels[i].pat[0] + 1]++;
		for (int b = 0; b < 256; b++)
			start[b + 1] += start[b];
		unsigned short fill[256];
		memcpy(fill, start, sizeof fill);
		for (size_t i = 0; i < NELEM(labels); i++)
			order[fill[(unsigned char)labels[i].pat[0]]++] =
			    (unsigned char)i;
		ready = 1;
	}
	*count = (size_t)(start[c + 1] - start[c]);
	return order + start[c];
}

static size_t
match_label(const char *s, size_t n, size_t below, const struct label **out)
{
	size_t best = 0;
	unsigned char c = (unsigned char)s[0];
	if (c >= 'A' && c <= 'Z')
		c = (unsigned char)(c + 32);
	size_t count;
	const unsigned char *from = labels_from(c, &count);
	for (size_t j = 0; j < count; j++) {
		size_t i = from[j];
		size_t k = pat_match(s, n, labels[i].pat);
		if (k > best && k < below) {
			best = k;
			*out = &labels[i];
		}
	}
	if (best == 0)
		best = fuzzy_label(s, n, below, out);
	if (best == 0)
		best = head_label(s, n, below, out);
	return best;
}

enum sep { SEP_COLON, SEP_ALIGN, SEP_SPACE, SEP_NONE };

struct labelled {
	const struct label *lab;
	size_t lend; /* the label ends at s[lend] */
	size_t llen; /* bytes matched by its pattern */
	enum sep sep;
	size_t vstart; /* value: s[vstart..n) */
};

/* The bytes of a hyphen, en dash or em dash at s[j], or 0. */
static size_t
dash_at(const char *s, size_t n, size_t j)
{
	if (s[j] == '-')
		return 1;
	if (j + 2 < n && memcmp(s + j, "\xE2\x80", 2) == 0 &&
	    (s[j + 2] == '\x93' || s[j + 2] == '\x94'))
		return 3;
	return 0;
}

/* The separator after a label ending at s[i]: a colon (or "|"), blanks
 * that align a form, one space, or nothing.  With `qualified` (words or
 * "(...)" after the label) only a colon will do. */
static int
read_sep(const char *s, size_t n, size_t i, int qualified, struct labelled *out)
{
	size_t j = i, blanks = 0, d;
	int tab = 0;
	while (j < n && (is_blank((unsigned char)s[j]) || s[j] == '*')) {
		blanks += s[j] != '*';
		tab |= s[j] == '\t';
		j++;
	}
	if (j < n && (s[j] == ':' || s[j] == '|')) {
		out->sep = SEP_COLON;
		j++;
	} else if (j + 2 < n && memcmp(s + j, "\xEF\xBC\x9A", 3) == 0) {
		out->sep = SEP_COLON; /* full-width colon */
		j += 3;
	} else if (blanks > 0 && (d = dash_at(s, n, j)) > 0 && j + d < n &&
		   is_blank((unsigned char)s[j + d])) {
		/* "Name - value", "Naam – waarde": a dash between blanks
		 * stands for the colon */
		out->sep = SEP_COLON;
		j += d;
	} else if (blanks > 0 && s[j] == '/' && j + 1 < n &&
		   is_blank((unsigned char)s[j + 1]) &&
		   !memchr(s + j, ':', n - j)) {
		/* "naam / waarde" too; "Naam / Name: value" is one label
		 * in two languages, read at its colon */
		out->sep = SEP_COLON;
		j++;
	} else if (qualified) {
		return 0;
	} else if (j >= n) {
		out->sep = SEP_NONE;
	} else if (blanks == 0) {
		return 0;
	} else {
		out->sep = (tab || blanks >= 2) ? SEP_ALIGN : SEP_SPACE;
	}
	while (j < n && (is_blank((unsigned char)s[j]) || s[j] == '*' ||
			 s[j] == '_' || s[j] == '|'))
		j++;
	out->vstart = j;
	return 1;
}

/* "voor alle drie", "for both of them", "van iedereen": words that say
 * a value is the whole group's, between a label and its colon
 * ("Factuuradres voor alle drie:").  Where such a run starting at s[j]
 * ends right before the colon, returns its end, else 0.  The value is
 * then one person's like any shared field, which every person without
 * one of their own takes. */
static size_t
group_run(const char *s, size_t n, size_t j)
{
	static const char *const quantifiers[] = {
	    "alle",    "allen",	   "all",      "both",	    "beide", "beiden",
	    "allebei", "iedereen", "everyone", "everybody", "each",  "ieder",
	    "elk",     "elke",	   "iedere",   "everyone's"};
	static const char *const joining[] = {
	    "voor",	    "for",	 "van",	       "of",
	    "de",	    "the",	 "them",       "us",
	    "ons",	    "twee",	 "drie",       "vier",
	    "vijf",	    "zes",	 "two",	       "three",
	    "four",	    "five",	 "six",	       "deelnemers",
	    "participants", "collega's", "colleagues", "medewerkers",
	    "people",	    "personen",	 "persons"};
	enum { GROUP_WORDS = 5 };
	int quant = 0;
	size_t end = 0;
	for (int k = 0; k < GROUP_WORDS; k++) {
		while (j < n && s[j] == ' ')
			j++;
		if (j < n && s[j] == ':')
			break;
		size_t w = j;
		while (w < n && w - j < 16 &&
		       (is_wordc((unsigned char)s[w]) || s[w] == '\''))
			w++;
		if (w == j)
			return 0;
		int q = word_in(s + j, w - j, quantifiers, NELEM(quantifiers));
		int d = is_digit((unsigned char)s[j]) && w - j <= 2;
		if (!q && !d && !word_in(s + j, w - j, joining, NELEM(joining)))
			return 0;
		quant |= q;
		end = w;
		j = w;
	}
	while (j < n && s[j] == ' ')
		j++;
	return quant && j < n && s[j] == ':' ? end : 0;
}

/* Does the word w[0..n) after an invoice label say what the label says
 * ("Kenmerk factuur:", "Referentie bestelling:")?  Then it qualifies the
 * label as the words of `qualifiers` do. */
static int
same_topic(const struct label *lab, const char *w, size_t n)
{
	if (lab->field != FF_INVOICE_REFERENCE &&
	    lab->field != FF_INVOICE_ADDRESS)
		return 0;
	char *word = xstrndup(w, n);
	int same =
	    has_word_part(word, invoice_heads, NELEM(invoice_heads)) ||
	    (lab->field == FF_INVOICE_REFERENCE &&
	     (has_word_part(word, reference_heads, NELEM(reference_heads)) ||
	      !strcasecmp(word, "code")));
	free(word);
	return same;
}

/* Reads "Label[ qualifier][ (...)][/...][*] : value" at s[0..n), with
 * a label shorter than `below` bytes. */
static int
parse_label(const char *s, size_t n, size_t below, struct labelled *out)
{
	size_t i = 0;
	/* emphasis from HTML conversion: "*Naam:*", "**Naam**:" */
	while (i < n && (s[i] == '*' || s[i] == '_'))
		i++;
	if (i >= n || !is_alpha((unsigned char)s[i]))
		return 0;
	const struct label *lab = NULL;
	size_t k = match_label(s + i, n - i, below, &lab);
	/* "Zakelijk e-mailadres:", "Work phone:": a word before the label
	 * that says whose or which one it is; then only a colon will do */
	int lead = 0;
	if (k == 0) {
		static const char *const leads[] = {
		    "zakelijk", "zakelijke", "werk",	"prive",
		    "business", "work",	     "private", "personal"};
		size_t w = i;
		while (w < n && is_wordc((unsigned char)s[w]))
			w++;
		if (w < n && s[w] == ' ' &&
		    word_in(s + i, w - i, leads, NELEM(leads))) {
			k = match_label(s + w + 1, n - w - 1, below, &lab);
			if (k > 0) {
				lead = 1;
				i = w + 1;
			}
		}
	}
	if (k == 0)
		return 0;
	i += k;
	out->lab = lab;
	out->lend = i;
	out->llen = k;
	size_t after_label = i;
	int words = 0, marks = lead;
	for (int round = 0; round < 4; round++) {
		size_t j = i;
		while (j < n && (s[j] == '*' || s[j] == '_' || s[j] == ' '))
			j++;
		size_t span = n - j < QUAL_SPAN ? n - j : QUAL_SPAN;
		if (j < n && s[j] == '(') {
			const char *close = memchr(s + j, ')', span);
			if (close == NULL)
				return 0;
			i = (size_t)(close - s) + 1;
			marks = 1;
			continue;
		}
		if (j < n && s[j] == '/') {
			/* "Dieetwensen/allergieën:", "Tel/fax:" */
			const char *colon = memchr(s + j, ':', span);
			/* "naam / waarde": read_sep takes the slash for
			 * the colon */
			if (colon == NULL && j > i && j + 1 < n &&
			    is_blank((unsigned char)s[j + 1]))
				break;
			if (colon == NULL)
				return 0;
			i = (size_t)(colon - s);
			marks = 1;
			break;
		}
		size_t w = j;
		while (w < n && w - j < 16 && is_wordc((unsigned char)s[w]))
			w++;
		if (w > j && j > i &&
		    (word_in(s + j, w - j, qualifiers, NELEM(qualifiers)) ||
		     same_topic(lab, s + j, w - j))) {
			i = w;
			words = 1;
			continue;
		}
		size_t g = j > i ? group_run(s, n, j) : 0;
		if (g > 0) {
			i = g;
			words = 1;
			continue;
		}
		break;
	}
	if (read_sep(s, n, i, words || marks, out))
		return 1;
	/* "Name Participant Two": the word was the value, not a qualifier;
	 * "E-mail (werk) is ..." is a sentence */
	return !marks && words && read_sep(s, n, after_label, 0, out);
}

/* ---- the parse ----------------------------------------------------- */

struct pperson {
	char *v[XF__COUNT];
	int any;
};

struct parser {
	struct pperson *pp;
	size_t n, cap;
	long cur;		 /* person being filled; -1 none yet, -2 full */
	char *global[FF__COUNT]; /* shared fields seen outside any person */
	int labelled;
	int prev_label; /* previous non-blank line was a field */
	int cont;	/* 1: invoice address expects its first line,
			   2: further lines are appended */
	int pending;	/* field whose value is on the next line */
	int stop;
	/* a table whose header row names the columns ("Naam | E-mail") */
	int tcols;		/* columns; 0: no table open */
	int tfield[TABLE_COLS]; /* field of each column, -1 none */
	int tmode;		/* how cells are separated, see cells() */
	/* rows of people read with a name and an address so far: the
	 * list they make may hold one without an address */
	int rows;
	int bare_cards; /* cards without a heading read so far */
};

static int
is_shared(int field)
{
	return field == FF_ORGANISATION || field == FF_INVOICE_ADDRESS ||
	       field == FF_INVOICE_REFERENCE;
}

static void
end_states(struct parser *P)
{
	P->cont = 0;
	P->pending = -1;
}

/* Starts a new person (reusing an empty current one).  -1 when full. */
static int
new_person(struct parser *P)
{
	end_states(P);
	if (P->cur == -2)
		return -1;
	if (P->cur >= 0 && !P->pp[P->cur].any)
		return 0;
	if (P->n == PEOPLE_MAX) {
		P->cur = -2;
		return -1;
	}
	if (P->n == P->cap) {
		P->cap = P->cap ? P->cap * 2 : 4;
		P->pp = xrealloc(P->pp, P->cap * sizeof *P->pp);
	}
	memset(&P->pp[P->n], 0, sizeof P->pp[P->n]);
	P->cur = (long)P->n++;
	return 0;
}

/* Does `field` arriving for p mean a new person begins? */
static int
starts_person(const struct pperson *p, int field)
{
	const int named = p->v[FF_NAME] || p->v[XF_FIRST] || p->v[XF_LAST];
	switch (field) {
	case FF_NAME:
		return named;
	case XF_FIRST:
		return p->v[XF_FIRST] || p->v[FF_NAME];
	case XF_LAST:
		return p->v[XF_LAST] || p->v[FF_NAME];
	case FF_EMAIL:
		return p->v[FF_EMAIL] != NULL;
	default:
		return 0;
	}
}

/* Does a Dutch postcode ("1315 HR", "1315HR") start at p, the start of
 * a word in v? */
static int
postcode_at(const char *v, const char *p)
{
	if ((p > v && is_wordc((unsigned char)p[-1])) || p[0] < '1' ||
	    p[0] > '9' || !is_digit((unsigned char)p[1]) ||
	    !is_digit((unsigned char)p[2]) || !is_digit((unsigned char)p[3]))
		return 0;
	const char *q = p + 4;
	if (*q == ' ')
		q++;
	return q[0] >= 'A' && q[0] <= 'Z' && q[1] >= 'A' && q[1] <= 'Z' &&
	       !is_wordc((unsigned char)q[2]);
}

/* Where the last Dutch postcode in v starts, or NULL. */
static char *
last_postcode(char *v)
{
	char *found = NULL;
	for (char *p = v; *p; p++)
		if (postcode_at(v, p))
			found = p;
	return found;
}

/* The code a sentence asks to quote ("Graag ons ordernummer OW-2010-31
 * vermelden", "Please quote PO 77-1400."): its first word with a digit
 * and three characters or more, with the word before it when that says
 * what kind of number it is; allocated, or NULL. */
static char *
code_in_sentence(const char *t)
{
	const char *prev = NULL;
	size_t prevn = 0;
	const char *p = t;
	while (*p) {
		while (*p == ' ')
			p++;
		size_t w = strcspn(p, " ");
		while (w > 0 && strchr(".,;:", p[w - 1]))
			w--;
		if (w == 0) {
			p += strcspn(p, " ");
			continue;
		}
		int digit = 0;
		for (size_t k = 0; k < w; k++)
			digit |= is_digit((unsigned char)p[k]);
		if (digit && w >= 3) {
			int kind = 0;
			if (prev) {
				char *pw = xstrndup(prev, prevn);
				kind = has_word_part(pw, reference_heads,
						     NELEM(reference_heads)) &&
				       strcasecmp(pw, "ref") &&
				       strncasecmp(pw, "referen", 7) &&
				       strncasecmp(pw, "kenmerk", 7);
				free(pw);
			}
			const char *b = kind ? prev : p;
			return clean_value(b, (size_t)(p + w - b));
		}
		prev = p;
		prevn = w;
		p += strcspn(p, " ");
	}
	return NULL;
}

/* "Bibliotheek Oefenstad, Stadhuisplein 90, 1315 HR Almere, kostenplaats
 * 2200": what follows the postcode's town after a comma and has a number
 * in it is no part of the address but the reference to quote; it is cut
 * off v and returned (the caller frees), else NULL. */
static char *
split_after_town(char *v)
{
	char *pc = last_postcode(v);
	/* "..., 1300 BK Almere. Graag ons ordernummer OW-2010-31
	 * vermelden.": a sentence after the town is no part of the
	 * address; its code, with the kind of number before it, is the
	 * reference */
	char *stop = pc ? strstr(pc, ". ") : NULL;
	if (stop && (strchr(pc, ',') == NULL || strchr(pc, ',') > stop)) {
		char *r = code_in_sentence(stop + 2);
		char *e = stop;
		while (e > v && e[-1] == ' ')
			e--;
		*e = '\0';
		return r;
	}
	char *comma = pc ? strchr(pc, ',') : NULL;
	/* a reference says it is one ("..., kenmerk AP-DSWS") or has a
	 * number in it */
	static const char *const says[] = {"kenmerk", "ons kenmerk", "ref",
					   "referentie", "reference"};
	int said = 0;
	for (size_t i = 0; comma && i < NELEM(says); i++) {
		const char *f = comma + 1 + strspn(comma + 1, " ");
		size_t k = strlen(says[i]);
		said |= !strncasecmp(f, says[i], k) &&
			(f[k] == ' ' || f[k] == ':' || f[k] == '.');
	}
	if (comma == NULL ||
	    (strpbrk(comma + 1, "0123456789") == NULL && !said))
		return NULL;
	/* a joining word or a word for "reference" is not the reference:
	 * "met projectnummer CP-48" is "projectnummer CP-48", "ref.
	 * EFN/2010/ALM-2" is "EFN/2010/ALM-2"; a kind of number stays */
	static const char *const lead[] = {
	    "met ",	    "with ",	   "onder ",	  "ons kenmerk ",
	    "ons kenmerk:", "kenmerk ",	   "kenmerk:",	  "our ref. ",
	    "our ref ",	    "our ref:",	   "ref. ",	  "ref ",
	    "ref:",	    "referentie ", "referentie:", "reference ",
	    "reference:"};
	char *from = comma + 1;
	while (*from == ' ')
		from++;
	/* "..., and quote PO LC-0412 on it": the words around the code
	 * are the sentence's, not the reference */
	if (count_words(from) > 3) {
		char *r = code_in_sentence(from);
		if (r) {
			char *e = comma;
			while (e > v && e[-1] == ' ')
				e--;
			*e = '\0';
			return r;
		}
	}
	for (size_t i = 0; i < NELEM(lead); i++)
		if (!strncasecmp(from, lead[i], strlen(lead[i]))) {
			from += strlen(lead[i]);
			i = (size_t)-1; /* "met ons kenmerk" */
		}
	char *r = clean_value(from, strlen(from));
	if (r == NULL)
		return NULL;
	size_t rl = strlen(r);
	while (rl > 0 && strchr(".,; ", r[rl - 1]))
		r[--rl] = '\0';
	if (rl == 0) {
		free(r);
		return NULL;
	}
	char *e = comma;
	while (e > v && e[-1] == ' ')
		e--;
	*e = '\0';
	return r;
}

/* An invoice address that ends in what to quote on the invoice
 * ("..., 1300 AH Almere, o.v.v. projectcode MEE-AL-17", "..., quoting
 * cost centre 8120"): cuts the address there and returns the reference
 * (allocated), or NULL. */
static char *
split_reference(char *v)
{
	static const char *const marks[] = {"o.v.v.",
					    "ovv",
					    "onder vermelding van",
					    "met vermelding van",
					    "o.v.v",
					    "quoting",
					    "stating",
					    "with reference"};
	for (size_t i = 0; i < NELEM(marks); i++) {
		size_t k = strlen(marks[i]);
		for (char *p = v; (p = strcasestr(p, marks[i])); p++) {
			/* a word of its own, after a comma or a space */
			if (p == v || !strchr(" ,", p[-1]) ||
			    is_wordc((unsigned char)p[k]))
				continue;
			char *r = clean_value(p + k, strlen(p + k));
			if (r == NULL)
				return NULL;
			size_t rl = strlen(r);
			while (rl > 0 && strchr(".,; ", r[rl - 1]))
				r[--rl] = '\0';
			char *e = p;
			while (e > v && strchr(" ,;", e[-1]))
				e--;
			if (rl == 0 || e == v) {
				free(r);
				return NULL;
			}
			*e = '\0';
			return r;
		}
	}
	return split_after_town(v);
}

/* Drops from an invoice value what belongs to the sentence around it:
 * a closing "please" / "graag" ("..., 1300 AW Almere please"), and for a
 * reference the writer's "ons" / "our" and a word that only says it is
 * a reference ("ons relatienummer REL-7781" is "relatienummer
 * REL-7781", "our reference SEW/TR/07" is "SEW/TR/07").  In place. */
static void
tidy_invoice(int field, char *v)
{
	static const char *const closing[] = {
	    "please", "graag",	"alstublieft", "alsjeblieft", "svp",
	    "s.v.p.", "thanks", "thank you",   "bedankt",     "dank u"};
	static const char *const mine[] = {"ons ",  "onze ", "our ", "my ",
					   "mijn ", "uw ",   "your "};
	static const char *const generic[] = {
	    "kenmerk ", "referentie ",	     "reference ",	 "ref. ",
	    "ref ",	"referentienummer ", "reference number "};
	/* "graag naar: X" leaves the colon before the value */
	size_t lead = strspn(v, ":;, ");
	if (lead > 0)
		memmove(v, v + lead, strlen(v + lead) + 1);
	size_t n = strlen(v);
	for (int again = 1; again;) {
		again = 0;
		while (n > 0 && strchr(" .,;!", v[n - 1]))
			n--;
		for (size_t k = 0; k < NELEM(closing); k++) {
			size_t c = strlen(closing[k]);
			if (n > c + 1 && v[n - c - 1] == ' ' &&
			    !strncasecmp(v + n - c, closing[k], c)) {
				n -= c + 1;
				again = 1;
			}
		}
	}
	v[n] = '\0';
	if (field != FF_INVOICE_REFERENCE)
		return;
	size_t from = 0;
	for (size_t k = 0; k < NELEM(mine); k++)
		if (!strncasecmp(v, mine[k], strlen(mine[k]))) {
			from = strlen(mine[k]);
			break;
		}
	for (size_t k = 0; from > 0 && k < NELEM(generic); k++) {
		size_t g = strlen(generic[k]);
		if (!strncasecmp(v + from, generic[k], g) && v[from + g]) {
			from += g;
			break;
		}
	}
	if (from > 0 && v[from])
		memmove(v, v + from, strlen(v + from) + 1);
}

/* Stores a cleaned value (taken over).  Returns 1 when it was stored. */
/* "(a@example.org, 06 5554 2042)" cut at the comma leaves the number
 * with the group's closing parenthesis: a value that closes more than
 * it opens loses those at its end. */
static void
unbalanced_close(char *v)
{
	long depth = 0;
	for (const char *p = v; *p; p++)
		depth += (*p == '(') - (*p == ')');
	size_t len = strlen(v);
	while (depth < 0 && len > 0 && v[len - 1] == ')') {
		v[--len] = '\0';
		depth++;
		while (len > 0 && v[len - 1] == ' ')
			v[--len] = '\0';
	}
}

static int
set_field(struct parser *P, int field, char *value)
{
	if (value == NULL)
		return 0;
	if (field == FF_INVOICE_ADDRESS || field == FF_INVOICE_REFERENCE)
		tidy_invoice(field, value);
	unbalanced_close(value);
	if (*value == '\0') {
		free(value);
		return 0;
	}
	if (field == FF_INVOICE_ADDRESS) {
		char *ref = split_reference(value);
		if (ref)
			set_field(P, FF_INVOICE_REFERENCE, ref);
	}
	if (is_shared(field)) {
		char **slot =
		    P->cur >= 0 ? &P->pp[P->cur].v[field] : &P->global[field];
		if (*slot) {
			free(value);
			return 0;
		}
		*slot = value;
		if (P->cur >= 0)
			P->pp[P->cur].any = 1;
		return 1;
	}
	if ((P->cur == -1 && new_person(P) < 0) || P->cur == -2) {
		free(value);
		return 0;
	}
	if (starts_person(&P->pp[P->cur], field) && new_person(P) < 0) {
		free(value);
		return 0;
	}
	struct pperson *p = &P->pp[P->cur];
	if (p->v[field]) {
		/* "Telefoon" and "Mobiel" for one person: keep both */
		append_bounded(&p->v[field], "; ", value);
		free(value);
		return 1;
	}
	p->v[field] = value;
	p->any = 1;
	return 1;
}

/* Where a full stop divides v into two ("Welzijn X. De factuur ...",
 * "gemeente Almere. 06 5552 4240"): ". " before a capital or a digit,
 * after a word of three letters or more without a dot of its own (not
 * an initial, not "B.V."); 0 when there is none. */
static size_t
dividing_stop(const char *v)
{
	size_t len = strlen(v);
	for (size_t i = 3; i + 2 < len; i++) {
		if (v[i] != '.' || v[i + 1] != ' ' ||
		    !((v[i + 2] >= 'A' && v[i + 2] <= 'Z') ||
		      is_digit((unsigned char)v[i + 2])))
			continue;
		size_t w = i;
		while (w > 0 && v[w - 1] != ' ')
			w--;
		if (i - w >= 3 && memchr(v + w, '.', i - w) == NULL)
			return i;
	}
	return 0;
}

static char *
value_for(int field, const char *s, size_t n)
{
	char *v = clean_value(s, n);
	if (v == NULL)
		return NULL;
	/* a table converted from HTML leaves "| value |"; an address
	 * line may end in a comma that the join adds again */
	const char *trail = field == FF_INVOICE_ADDRESS ? "| ,;" : "| ";
	size_t len = strlen(v);
	while (len > 0 && strchr(trail, v[len - 1]))
		v[--len] = '\0';
	if (len == 0 || is_placeholder(v)) {
		free(v);
		return NULL;
	}
	if (field == FF_EMAIL) {
		size_t a, b;
		char *e = find_email(v, &a, &b);
		if (e) {
			free(v);
			return e;
		}
	}
	/* "Lunch: ik ben vegetariër.": the diet, not the sentence */
	if (field == FF_DIET) {
		static const char *const intro[] = {"ik ben ", "ik eet ",
						    "i am ", "i'm ", "i eat "};
		for (size_t k = 0; k < NELEM(intro); k++)
			if (!strncasecmp(v, intro[k], strlen(intro[k])) &&
			    len > strlen(intro[k])) {
				memmove(v, v + strlen(intro[k]),
					len - strlen(intro[k]) + 1);
				len -= strlen(intro[k]);
				break;
			}
		if (len > 1 && v[len - 1] == '.')
			v[--len] = '\0';
	}
	/* "Organisatie: Welzijn X. De factuur graag naar ...": a value
	 * ends with its sentence (not at an initial or "B.V."), and what
	 * follows is another sentence */
	if (field == FF_ORGANISATION || field == FF_ROLE || field == FF_NAME) {
		size_t i = dividing_stop(v);
		if (i)
			v[i] = '\0';
	}
	return v;
}

/* May a label written without a colon take this value? */
static int
colonless_ok(const struct parser *P, const struct labelled *L, const char *v)
{
	if (L->lab->flags & L_NEEDSEP)
		return 0;
	int f = L->lab->field;
	if (f == FF_EMAIL)
		return form_valid_email(v);
	if (f == FF_PHONE && phone_like(v))
		return 1;
	if ((f == FF_NAME || f == XF_FIRST || f == XF_LAST) && name_like(v))
		return 1;
	if (f == FF_INVOICE_REFERENCE && count_words(v) <= 3 &&
	    strpbrk(v, "0123456789"))
		return 1;
	/* an aligned form ("Functie<TAB>..."), a label of several words
	 * ("Naam organisatie ...") or a line right below a labelled one */
	return (L->sep == SEP_ALIGN || strchr(L->lab->pat, ' ') ||
		P->prev_label) &&
	       field_like(v);
}

/* Does s[0..n) have a capital after a space ("Naam Deelnemer")? */
static int
inner_capital(const char *s, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (s[i - 1] == ' ' && s[i] >= 'A' && s[i] <= 'Z')
			return 1;
	return 0;
}

/* A label without a colon: "Naam Deelnemer Een" is the label "Naam", not
 * "Naam deelnemer", because without a colon a capitalised word starts
 * the value; shorter labels are tried until one fits.  Returns 1 when
 * the line was a field. */
static int
colonless_line(struct parser *P, const char *s, size_t n, struct labelled *L)
{
	for (int tries = 0; tries < 4; tries++) {
		int field = L->lab->field;
		if (L->sep == SEP_SPACE || L->sep == SEP_ALIGN) {
			char *v = NULL;
			if (!inner_capital(s, L->lend))
				v = value_for(field, s + L->vstart,
					      n - L->vstart);
			if (v && colonless_ok(P, L, v)) {
				end_states(P);
				P->labelled = 1;
				int set = set_field(P, field, v);
				if (field == FF_INVOICE_ADDRESS && set &&
				    !memchr(s + L->lend, '\t',
					    L->vstart - L->lend))
					P->cont = 2;
				return 1;
			}
			free(v);
		}
		if (!parse_label(s, n, L->llen, L))
			return 0;
	}
	return 0;
}

/* Where a value written after a colon ends because another "Label:"
 * follows on the same line (tables flattened by HTML conversion):
 * a tab, two spaces or " | " before it.  Returns the end and sets *next
 * to the start of that label, or returns n. */
static size_t
value_end(const char *s, size_t n, size_t from, size_t *next)
{
	/* "Name: ______ Company: ______": the blank to fill in was
	 * skipped, and the next label follows at once: no value */
	struct labelled L0;
	size_t b = from;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (b > 0 && from < n && s[b - 1] == '_' &&
	    parse_label(s + from, n - from, SIZE_MAX, &L0) &&
	    L0.sep == SEP_COLON) {
		*next = from;
		return from;
	}
	for (size_t k = from; k < n; k++) {
		size_t skip = 0;
		if (s[k] == '\t')
			skip = 1;
		else if (s[k] == ' ' && k + 1 < n && s[k + 1] == ' ')
			skip = 2;
		else if (s[k] == '|' && k > from)
			skip = 1;
		else if (s[k] == ' ' && k + 1 < n && s[k + 1] >= 'A' &&
			 s[k + 1] <= 'Z' && k > from)
			skip = 1; /* "Name: ____ Company: ____": a capital
				     label with its colon, checked below */
		if (skip == 0)
			continue;
		size_t j = k + skip;
		while (j < n && (is_blank((unsigned char)s[j]) || s[j] == '|'))
			j++;
		struct labelled L;
		if (j < n && parse_label(s + j, n - j, SIZE_MAX, &L) &&
		    L.sep == SEP_COLON &&
		    (skip > 1 || s[k] != ' ' || !(L.lab->flags & L_INFERRED))) {
			*next = j;
			return k;
		}
		/* the blanks up to j lead to the same place: keeps a line of
		 * spaces linear */
		k = j - 1;
	}
	return n;
}

/* A labelled line at s[0..n).  `strict`: only with a colon (inside a
 * multi-line address, "Postbus 12" must not become a field).  Returns 1
 * when the line was consumed. */
static int
labelled_line(struct parser *P, const char *s, size_t n, int strict)
{
	struct labelled L;
	if (!parse_label(s, n, SIZE_MAX, &L))
		return 0;
	if (L.sep != SEP_COLON && L.sep != SEP_NONE && strict)
		return 0;
	if (L.sep == SEP_NONE && (strict || (L.lab->flags & L_NEEDSEP)))
		return 0; /* a bare word that is a label only with a colon */
	int field = L.lab->field;
	if (L.sep == SEP_NONE && field != FF_INVOICE_ADDRESS) {
		/* a label alone on its line ("Naam", "Organisatie"): its
		 * value is on the next line */
		end_states(P);
		P->labelled = 1;
		P->pending = field;
		return 1;
	}
	if (L.sep == SEP_SPACE || L.sep == SEP_ALIGN)
		return colonless_line(P, s, n, &L);
	for (;;) {
		end_states(P);
		P->labelled |= !(L.lab->flags & L_INFERRED);
		field = L.lab->field;
		size_t next = n, end = value_end(s, n, L.vstart, &next);
		char *v = value_for(field, s + L.vstart, end - L.vstart);
		/* nothing after the colon: the value follows on the next
		 * line(s); "n.v.t." is an answer, not an empty slot */
		if (v == NULL && end == n && L.vstart == n &&
		    !memchr(s + L.lend, '_', n - L.lend)) {
			if (field == FF_INVOICE_ADDRESS)
				P->cont = 1;
			else
				P->pending = field;
		} else {
			/* a table's cell (a TAB after the label) holds the
			 * whole address; a form's may go on below */
			int set = set_field(P, field, v);
			if (field == FF_INVOICE_ADDRESS && set &&
			    !memchr(s + L.lend, '\t', L.vstart - L.lend))
				P->cont = 2;
		}
		/* the rest of the line is the next field */
		if (end == n || !parse_label(s + next, n - next, SIZE_MAX, &L))
			return 1;
		s += next;
		n -= next;
	}
}

/* "1.", "2)" at s: the rest's offset, or 0. */
static size_t
numbered(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && i < 3 && is_digit((unsigned char)s[i]))
		i++;
	if (i == 0 || i > 2 || i >= n || (s[i] != '.' && s[i] != ')'))
		return 0;
	i++;
	if (i < n && !is_blank((unsigned char)s[i]))
		return 0;
	while (i < n && is_blank((unsigned char)s[i]))
		i++;
	return i;
}

/* "Deelnemer 2:", "Participant 3", "Collega nr. 4" at s: the rest's
 * offset, or 0. */
static size_t
block_header(const char *s, size_t n)
{
	size_t w = 0;
	while (w < n && is_alpha((unsigned char)s[w]))
		w++;
	if (w == 0 || !word_in(s, w, block_words, NELEM(block_words)))
		return 0;
	size_t i = w;
	while (i < n && is_blank((unsigned char)s[i]))
		i++;
	if (i + 2 < n && strncasecmp(s + i, "nr", 2) == 0) {
		i += 2;
		if (i < n && s[i] == '.')
			i++;
		while (i < n && is_blank((unsigned char)s[i]))
			i++;
	} else if (i < n && s[i] == '#') {
		i++;
	}
	if (i == w)
		return 0; /* "Deelnemer2" is a word, not a header */
	size_t d = i;
	while (i < n && is_digit((unsigned char)s[i]) && i - d < 3)
		i++;
	if (i == d || i - d > 2 || (i < n && is_wordc((unsigned char)s[i])))
		return 0;
	if (i < n && strchr(".:)", s[i]))
		i++;
	while (i < n && is_blank((unsigned char)s[i]))
		i++;
	return i;
}

struct pline {
	char *name, *email, *phone, *role, *org, *diet;
};

static void
pline_part(struct pline *pl, char *v)
{
	if (v == NULL)
		return;
	size_t a, b;
	char *e = strchr(v, '@') ? find_email(v, &a, &b) : NULL;
	if (e) {
		if (pl->email == NULL)
			pl->email = e;
		else
			free(e);
		/* what is left around "<addr>" may be the name */
		memmove(v + a, v + b, strlen(v + b) + 1);
		char *rest = clean_value(v, strlen(v));
		free(v);
		v = rest;
		if (v == NULL)
			return;
		size_t len = strlen(v);
		while (len > 0 && strchr(" :<>()[]\"'", v[len - 1]))
			v[--len] = '\0';
		size_t k = 0;
		while (v[k] && strchr(" :<>()[]\"'", v[k]))
			k++;
		memmove(v, v + k, strlen(v + k) + 1);
	}
	/* "gemeente Almere. 06 5552 4240": two parts a full stop divides
	 * (not an initial or "B.V.") */
	size_t stop = dividing_stop(v);
	if (stop) {
		char *right = xstrdup(v + stop + 2);
		v[stop] = '\0';
		pline_part(pl, v);
		pline_part(pl, right);
		return;
	}
	/* "Deelnemer Een (beleidsadviseur)" */
	size_t len = strlen(v);
	char *open = len > 2 && v[len - 1] == ')' ? strrchr(v, '(') : NULL;
	if (open && open > v && pl->role == NULL) {
		char *inner = clean_value(open + 1, strlen(open + 1) - 1);
		*open = '\0';
		/* a function, not a remark ("(zij heeft nog geen
		 * mailadres, dat volgt)") */
		if (inner && !phone_like(inner) && field_like(inner) &&
		    (form_role_like(inner) ||
		     (count_words(inner) <= 4 && !strchr(inner, ','))))
			pl->role = inner;
		else
			free(inner);
		char *rest = clean_value(v, strlen(v));
		free(v);
		v = rest;
		if (v == NULL)
			return;
	}
	if (*v && pl->phone == NULL && phone_like(v)) {
		pl->phone = v;
		return;
	}
	/* "..., participant@..., vegetarian" */
	if (*v && pl->diet == NULL && pl->name && form_diet_like(v)) {
		pl->diet = v;
		return;
	}
	/* "Wijkverpleegkundige Een; wijkverpleegkundige; wv1@...": two
	 * functions in one row, one of them capitalised words and the
	 * other not: the first is a name with a function's word in it */
	if (*v && pl->role && pl->name == NULL && form_role_like(v)) {
		if (count_words(pl->role) >= 2 && name_like(pl->role) &&
		    !name_like(v)) {
			pl->name = pl->role;
			pl->role = v;
			return;
		}
		if (count_words(v) >= 2 && name_like(v) &&
		    !name_like(pl->role)) {
			pl->name = v;
			return;
		}
	}
	if (*v && pl->role == NULL && form_role_like(v)) {
		pl->role = v;
		return;
	}
	if (*v && pl->org == NULL && form_org_like(v)) {
		pl->org = v;
		return;
	}
	if (*v && pl->name == NULL && name_like(v)) {
		pl->name = v;
		return;
	}
	if (*v && pl->name && pl->role == NULL && field_like(v) &&
	    count_words(v) <= 4 && !strpbrk(v, "0123456789")) {
		pl->role = v; /* "Deelnemer Een, opbouwwerker" */
		return;
	}
	free(v);
}

/* A separator of `len` bytes at s[i] between two digits ("036 - 521 88
 * 00", "06 / 1234"): part of a phone number, not between two parts. */
static int
digits_around(const char *s, size_t n, size_t i, size_t len)
{
	return i > 0 && is_digit((unsigned char)s[i - 1]) && i + len < n &&
	       is_digit((unsigned char)s[i + len]);
}

/* The length of a row's own label before its person ("Ikzelf: Deelnemer
 * Een, ...", "Mijn collega: ...", "Partner: ..."): up to three words of
 * letters and a colon, with more after it; 0 when there is none. */
static size_t
row_label(const char *s, size_t n)
{
	const char *c = memchr(s, ':', n);
	if (c == NULL || c == s)
		return 0;
	size_t k = (size_t)(c - s), words = 0;
	for (size_t i = 0; i < k; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch != ' ' && ch != '\'' && !is_alpha(ch) && ch < 0x80)
			return 0;
		if (ch != ' ' && (i == 0 || s[i - 1] == ' '))
			words++;
	}
	size_t j = k + 1;
	while (j < n && is_blank((unsigned char)s[j]))
		j++;
	return words >= 1 && words <= 3 && j < n ? j : 0;
}

/* "Deelnemer Een, een@example.org, 06-12345678" or
 * "Deelnemer Een <een@example.org>": split at , ; | tab and dashes. */
static void
pline_parse(const char *s, size_t n, struct pline *pl, int row)
{
	/* a row closed by a full stop ("..., 036 555 5858.") */
	while (row && n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	if (row && n > 1 && s[n - 1] == '.' && s[n - 2] != '.' &&
	    !(n > 3 && s[n - 3] == '.'))
		n--;
	size_t start = 0, parts = 0;
	int in_parts = 0; /* inside "(coach, x@...)" */
	for (size_t i = 0; i <= n && parts < PARTS_MAX; i++) {
		size_t sl = 0;
		/* "(zij heeft nog geen adres, dat volgt)" is one part; "(x@...,
		 * 036 ...)" holds parts of its own, and its parentheses divide
		 * too when it does ("Persoon Een (coach, een@...), vegan") */
		int paren = 0;
		if (i < n && s[i] == '(') {
			const char *c = memchr(s + i, ')', n - i);
			if (c &&
			    memchr(s + i, '@', (size_t)(c - s) - i) == NULL) {
				i = (size_t)(c - s);
				continue;
			}
			paren = in_parts =
			    c &&
			    memchr(s + i, ',', (size_t)(c - s) - i) != NULL;
		} else if (i < n && s[i] == ')' && in_parts) {
			paren = 1;
			in_parts = 0;
		}
		if (i == n)
			sl = 0;
		else if (paren)
			sl = 1;
		else if (strchr(",;|\t", s[i]) && s[i] != '\0')
			sl = 1;
		else if (s[i] == ' ' && i + 2 < n && s[i + 1] == '-' &&
			 s[i + 2] == ' ' && !digits_around(s, n, i, 3))
			sl = 3;
		else if (s[i] == ' ' && i + 4 < n && s[i + 1] == '\xE2' &&
			 s[i + 2] == '\x80' &&
			 (s[i + 3] == '\x93' || s[i + 3] == '\x94') &&
			 s[i + 4] == ' ')
			sl = 5;
		else
			continue;
		size_t from = start;
		if (parts == 0 && row)
			from += row_label(s + start, i - start);
		pline_part(pl, clean_value(s + from, i - from));
		parts++;
		if (i == n)
			break;
		i += sl - 1;
		start = i + 1;
	}
}

static void
pline_free(struct pline *pl)
{
	free(pl->name);
	free(pl->email);
	free(pl->phone);
	free(pl->role);
	free(pl->org);
	free(pl->diet);
}

/* Does the address's local part spell the name: its last word of
 * three letters or more ("Jansen" in "j.jansen@", "gdertig@" for
 * "Groep Dertig"), compared folded and letters only? */
static int
spells_address(const char *name, const char *email)
{
	char *fn = judge_fold(name);
	const char *at = strchr(email, '@');
	char *local =
	    xstrndup(email, at ? (size_t)(at - email) : strlen(email));
	char *fl = judge_fold(local);
	free(local);
	/* letters only, both */
	size_t o = 0;
	for (const char *p = fl; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			fl[o++] = *p;
	fl[o] = '\0';
	const char *last = strrchr(fn, ' ');
	last = last ? last + 1 : fn;
	char word[64];
	size_t w = 0;
	for (const char *p = last; *p && w + 1 < sizeof word; p++)
		if (*p >= 'a' && *p <= 'z')
			word[w++] = *p;
	word[w] = '\0';
	int yes = w >= 3 && strstr(fl, word) != NULL;
	free(fn);
	free(fl);
	return yes;
}

static size_t sentence_end(const char *s, size_t n, size_t from, int *asks);
static int has_postal(const char *v);

/* The reference to quote, told in a sentence without the invoice
 * address ("Please quote PO 10-3317 on the invoice", "..., ref
 * TV-0316.", "onder vermelding van kostenplaats 4410"): what follows the
 * word that asks for it, up to the clause's end or "on the invoice",
 * with a digit in it; only where nothing gave one yet. */
static void
prose_reference(struct parser *P, const char *s, size_t n)
{
	static const struct {
		const char *mark;
		int keep; /* the mark's own word is part of the value */
	} marks[] = {{"onder vermelding van ", 0},
		     {"met vermelding van ", 0},
		     {"o.v.v. ", 0},
		     {"ovv ", 0},
		     {"please quote ", 0},
		     {"quoting ", 0},
		     {"reference ", 0},
		     {"referentie ", 0},
		     {"ref. ", 0},
		     {"ref ", 0}};
	const char *g = P->global[FF_INVOICE_REFERENCE];
	const char *c =
	    P->cur >= 0 ? P->pp[P->cur].v[FF_INVOICE_REFERENCE] : NULL;
	if (g || c || n > 400)
		return;
	char *line = xstrndup(s, n);
	if (has_postal(line)) {
		free(line); /* the invoice sentence's own (split_reference) */
		return;
	}
	for (size_t i = 0; i < NELEM(marks); i++) {
		const char *at = strcasestr(line, marks[i].mark);
		if (at == NULL ||
		    (at > line && is_wordc((unsigned char)at[-1])))
			continue;
		const char *v = at + strlen(marks[i].mark);
		size_t e = 0;
		while (v[e] && !strchr(",;()", v[e]) &&
		       !(v[e] == '.' && (v[e + 1] == '\0' || v[e + 1] == ' ')))
			e++;
		/* "... on the invoice", "... op de factuur" */
		static const char *const ends[] = {" on ",  " op ",  " in ",
						   " bij ", " and ", " en "};
		for (size_t k = 0; k < NELEM(ends); k++) {
			const char *x = strstr(v, ends[k]);
			if (x && (size_t)(x - v) < e)
				e = (size_t)(x - v);
		}
		char *r = clean_value(v, e);
		/* "reference code is X9FJ2-LT7RA", "ref R9ARH-6KMT3": the
		 * registration's own code, not one for the invoice */
		char *code = r ? policy_find_code(r) : NULL;
		int own_code = code != NULL;
		free(code);
		if (r && !own_code && strpbrk(r, "0123456789") &&
		    count_words(r) <= 5) {
			set_field(P, FF_INVOICE_REFERENCE, r);
			break;
		}
		free(r);
	}
	free(line);
}

/* A line of parts with an address, without a bullet or number: "Groep
 * Eenentwintig; adviseur; x@example.nl; 036-5331011", "Naam - functie -
 * adres" (what segment.c calls a list line): a few words with a
 * separator, and not a sentence.  Read as a person only with a name and
 * an address (person_line's need_both). */
static int
parts_line(const char *s, size_t n)
{
	enum { MAX_WORDS = 12 };
	if (memchr(s, '@', n) == NULL)
		return 0;
	int sep = 0;
	for (size_t i = 0; i < n && !sep; i++)
		sep = strchr(",;|\t", s[i]) != NULL ||
		      (s[i] == ' ' && i + 2 < n && s[i + 1] == '-' &&
		       s[i + 2] == ' ') ||
		      (s[i] == ' ' && i + 4 < n && s[i + 1] == '\xE2' &&
		       s[i + 2] == '\x80' &&
		       (s[i + 3] == '\x93' || s[i + 3] == '\x94'));
	if (!sep)
		return 0;
	int asks;
	if (sentence_end(s, n, 0, &asks) + 1 < n || asks)
		return 0;
	char *t = xstrndup(s, n);
	size_t w = count_words(t);
	free(t);
	return w <= MAX_WORDS;
}

/* An unlabelled person line after a number or bullet.  `need_both`: a
 * bullet alone is common in prose, so it needs a name and an address;
 * a numbered line needs an address or a name of two words at least
 * ("1. Inleiding" is a list of topics). */
static int
person_line(struct parser *P, const char *s, size_t n, int need_both)
{
	struct pline pl = {0};
	pline_parse(s, n, &pl, 1);
	if (pl.name == NULL && pl.org && pl.email && name_like(pl.org) &&
	    spells_address(pl.org, pl.email)) {
		/* "Groep Dertig, ..., gdertig@..." is a person whose name
		 * has an organisation's word in it: the address says so */
		pl.name = pl.org;
		pl.org = NULL;
	}
	if (pl.name == NULL && pl.role && pl.email && name_like(pl.role) &&
	    spells_address(pl.role, pl.email)) {
		/* so is "Beleidsmaker Een - beleidsmaker.een@...", whose
		 * name has a function's word in it ("Makelaar", "Leider",
		 * "Bakker" are surnames too) */
		pl.name = pl.role;
		pl.role = NULL;
	}
	int named = pl.name && count_words(pl.name) >= 2;
	/* a row under rows of people that has a name and a function or a
	 * phone but no address ("- Deelnemer Twee, ervaringsdeskundige
	 * (heeft nog geen mailadres)") is one of them, whose address the
	 * robot asks for */
	int listed = P->rows > 0 && named && (pl.role || pl.phone);
	int ok =
	    need_both ? (pl.name && (pl.email || listed)) : (named || pl.email);
	if (!ok) {
		pline_free(&pl);
		return 0;
	}
	if (pl.name && pl.email)
		P->rows++;
	new_person(P);
	set_field(P, FF_NAME, pl.name);
	set_field(P, FF_EMAIL, pl.email);
	set_field(P, FF_PHONE, pl.phone);
	set_field(P, FF_ROLE, pl.role);
	set_field(P, FF_ORGANISATION, pl.org);
	set_field(P, FF_DIET, pl.diet);
	return 1;
}

static int
is_signature(const char *s, size_t n)
{
	if (n < 2 || s[0] != '-' || s[1] != '-')
		return 0;
	for (size_t i = 2; i < n; i++)
		if (!is_blank((unsigned char)s[i]))
			return 0;
	return 1;
}

/* "-----Original Message-----", Outlook's rule of underscores: quote.c's
 * layouts of a reply. */
static int
is_reply_separator(const char *s, size_t n)
{
	return quote_separator(s, n) == QUOTE_REPLY;
}

/* Leading blanks, NBSP and BOM. */
static size_t
skip_space(const char *s, size_t n)
{
	size_t i = 0;
	for (;;) {
		if (i < n && is_blank((unsigned char)s[i]))
			i++;
		else if (i + 1 < n && s[i] == '\xC2' && s[i + 1] == '\xA0')
			i += 2;
		else if (i + 2 < n && memcmp(s + i, "\xEF\xBB\xBF", 3) == 0)
			i += 3;
		else
			return i;
	}
}

/* "- ", "* ", "• ", "· ", "– " bullets (possibly nested), and the "| "
 * that starts a row of a table flattened to text. */
static size_t
skip_bullets(const char *s, size_t n)
{
	size_t i = 0;
	for (int round = 0; round < 3; round++) {
		size_t b = 0;
		if (i < n && strchr("-*+|", s[i]) && s[i] != '\0')
			b = 1;
		else if (i + 2 < n && (memcmp(s + i, "\xE2\x80\xA2", 3) == 0 ||
				       memcmp(s + i, "\xE2\x80\x93", 3) == 0))
			b = 3;
		else if (i + 1 < n && memcmp(s + i, "\xC2\xB7", 2) == 0)
			b = 2;
		if (b == 0 || i + b >= n || !is_blank((unsigned char)s[i + b]))
			break;
		i += b;
		i += skip_space(s + i, n - i);
	}
	return i;
}

/* ---- tables of participants ---------------------------------------- */

enum { TM_TAB = 1, TM_PIPE, TM_SPACES };

/* Splits s[0..n) into at most TABLE_COLS cells: at each TAB (HTML tables
 * become lines with TAB between cells), at '|' (the caller drops outer
 * bars) or at runs of two or more blanks.  Returns the number of cells. */
static size_t
cells(const char *s, size_t n, int mode, size_t start[], size_t len[])
{
	size_t nc = 0, b = 0, i = 0;
	while (i <= n && nc < TABLE_COLS) {
		size_t sep = 0;
		if (i == n)
			sep = 0;
		else if (mode == TM_TAB && s[i] == '\t')
			sep = 1;
		else if (mode == TM_PIPE && s[i] == '|')
			sep = 1;
		else if (mode == TM_SPACES &&
			 ((s[i] == ' ' && i + 1 < n &&
			   is_blank((unsigned char)s[i + 1])) ||
			  s[i] == '\t')) {
			sep = 1;
			while (i + sep < n &&
			       is_blank((unsigned char)s[i + sep]))
				sep++;
		} else {
			i++;
			continue;
		}
		start[nc] = b;
		len[nc] = i - b;
		nc++;
		if (i == n)
			break;
		i += sep;
		b = i;
	}
	return nc;
}

/* A cell that is only a label ("E-mail", "Naam:", "**Functie**"): its
 * field, or -1. */
static int
label_cell(const char *s, size_t n)
{
	while (n > 0 && (is_blank((unsigned char)s[n - 1]) || s[n - 1] == '*' ||
			 s[n - 1] == ':' || s[n - 1] == '_'))
		n--;
	size_t i = 0;
	while (i < n &&
	       (is_blank((unsigned char)s[i]) || s[i] == '*' || s[i] == '_'))
		i++;
	if (i >= n || !is_alpha((unsigned char)s[i]))
		return -1;
	const struct label *lab = NULL;
	size_t k = match_label(s + i, n - i, SIZE_MAX, &lab);
	if (k == 0 || i + k != n)
		return -1;
	return lab->field;
}

/* A column title the robot has no field for: one or two words of
 * letters ("Afdeling", "Start datum"), no digits, no address. */
static int
column_title(const char *s, size_t n)
{
	char *v = clean_value(s, n);
	if (v == NULL)
		return 1;
	int ok =
	    count_words(v) <= 2 && !strpbrk(v, "0123456789@") && !name_like(v);
	/* a capitalised single word is a title too ("Afdeling") */
	if (!ok && count_words(v) == 1 && !strpbrk(v, "0123456789@"))
		ok = 1;
	free(v);
	return ok;
}

/* A header row naming two or more columns, one of them the name or the
 * address: opens a table.  Returns 1 when the line was one. */
static int
table_header(struct parser *P, const char *s, size_t n)
{
	static const int modes[] = {TM_TAB, TM_PIPE, TM_SPACES};
	for (size_t m = 0; m < NELEM(modes); m++) {
		size_t st[TABLE_COLS], ln[TABLE_COLS];
		const char *t = s;
		size_t tn = n;
		if (modes[m] == TM_PIPE) {
			if (memchr(s, '|', n) == NULL)
				continue;
			while (tn > 0 && (t[tn - 1] == ' ' || t[tn - 1] == '|'))
				tn--;
			while (tn > 0 && (*t == ' ' || *t == '|'))
				t++, tn--;
		} else if (modes[m] == TM_TAB && memchr(s, '\t', n) == NULL) {
			continue;
		}
		size_t nc = cells(t, tn, modes[m], st, ln);
		if (nc < 2)
			continue;
		int key = 0, fields[TABLE_COLS], other = 0;
		size_t labelled = 0, nonempty = 0;
		for (size_t c = 0; c < nc; c++) {
			fields[c] = ln[c] ? label_cell(t + st[c], ln[c]) : -1;
			nonempty += ln[c] > 0;
			if (fields[c] >= 0)
				labelled++;
			else if (ln[c] > 0 && !column_title(t + st[c], ln[c]))
				other = 1; /* a value, not a column's title */
			if (fields[c] == FF_NAME || fields[c] == FF_EMAIL ||
			    fields[c] == XF_FIRST || fields[c] == XF_LAST)
				key = 1;
		}
		/* columns the robot has no field for ("Afdeling") are
		 * skipped, as long as most titles are labels */
		if (!key || other || labelled < 2 || 2 * labelled < nonempty)
			continue;
		end_states(P);
		P->tcols = (int)nc;
		P->tmode = modes[m];
		for (size_t c = 0; c < nc; c++)
			P->tfield[c] = fields[c];
		P->labelled = 1;
		return 1;
	}
	return 0;
}

/* A row of an open table: one person.  Returns 1 when it was one. */
static int
table_row(struct parser *P, const char *s, size_t n)
{
	size_t st[TABLE_COLS], ln[TABLE_COLS];
	if (P->tmode == TM_PIPE) {
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '|'))
			n--;
		while (n > 0 && (*s == ' ' || *s == '|'))
			s++, n--;
	}
	size_t nc = cells(s, n, P->tmode, st, ln);
	if (nc < 2)
		return 0;
	/* a ruler under the header ("-----|-----") */
	int ruler = 1;
	for (size_t i = 0; i < n && ruler; i++)
		ruler = strchr("-=:+| \t", s[i]) != NULL;
	if (ruler)
		return 1;
	new_person(P);
	for (size_t c = 0; c < nc && (int)c < P->tcols; c++) {
		int f = P->tfield[c];
		if (f < 0 || ln[c] == 0)
			continue;
		set_field(P, f, value_for(f, s + st[c], ln[c]));
	}
	return 1;
}

static int all_of_line(struct parser *P, const char *s, size_t n);
static void prose_invoice(struct parser *P, const char *s, size_t n);
static void intro_org(struct parser *P, const char *s, size_t n);

/* A sentence of running text that a mail client wrapped goes on below
 * its line ("Please address the invoice to our finance team, X,\n
 * Postbus 2020, 1300 CA Almere, quoting ..."): the length of s[0..n)
 * together with the lines that continue it, up to a blank line, a line
 * that opens with a label or a bullet, or the end of the sentence; at
 * most WRAP_LINES more lines.  s lies inside the whole text, which goes
 * on after s[n]. */
static size_t
wrapped_sentence(const char *s, size_t n)
{
	enum { WRAP_LINES = 3, WRAP_BYTES = 600 };
	size_t len = n;
	for (int k = 0; k < WRAP_LINES; k++) {
		size_t e = len;
		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		/* a client wraps at 72 to 78 columns: a line much shorter
		 * ended where its writer ended it, a longer one was not
		 * wrapped at all */
		size_t start = e;
		while (start > 0 && s[start - 1] != '\n')
			start--;
		if (e == 0 || strchr(".!?:;", s[e - 1]) || e - start < 50 ||
		    e - start > 80)
			break;
		size_t next = len;
		if (s[next] == '\r')
			next++;
		if (s[next] != '\n')
			break;
		next++;
		size_t ln = strcspn(s + next, "\r\n");
		size_t i = skip_space(s + next, ln);
		struct labelled L;
		if (i == ln || skip_bullets(s + next + i, ln - i) > 0 ||
		    s[next + i] == '>' ||
		    (parse_label(s + next + i, ln - i, SIZE_MAX, &L) &&
		     L.sep == SEP_COLON) ||
		    next + ln > WRAP_BYTES)
			break;
		len = next + ln;
	}
	return len;
}

static void
process_line(struct parser *P, const char *line, size_t n)
{
	if (is_signature(line, n)) {
		P->stop = 1;
		return;
	}
	size_t i = skip_space(line, n);
	const char *s = line + i;
	n -= i;
	if (n > 0 && s[0] == '>') {
		/* quoted text: the robot's own words or an older mail */
		end_states(P);
		P->prev_label = 0;
		return;
	}
	if (is_reply_separator(s, n)) {
		if (P->labelled || P->n > 0)
			P->stop = 1;
		end_states(P);
		P->prev_label = 0;
		return;
	}
	if (P->tcols) {
		if (n > 0 && table_row(P, s, n)) {
			P->prev_label = 1;
			return;
		}
		P->tcols = 0;
	}
	if (n > 0 && table_header(P, s, n)) {
		P->prev_label = 0;
		return;
	}
	size_t b = skip_bullets(s, n);
	int bullet = b > 0;
	s += b;
	n -= b;
	if (n == 0) {
		/* blank (or a lone bullet) ends an address block */
		end_states(P);
		P->prev_label = 0;
		return;
	}
	size_t r = numbered(s, n);
	size_t h = r ? 0 : block_header(s, n);
	if (r || h) {
		size_t off = r ? r : h;
		const char *rest = s + off;
		size_t rn = n - off;
		if (rn == 0 || h) {
			new_person(P);
			if (rn > 0 && !labelled_line(P, rest, rn, 0))
				person_line(P, rest, rn, 0);
			P->prev_label = rn > 0;
			return;
		}
		struct labelled L;
		if (parse_label(rest, rn, SIZE_MAX, &L)) {
			/* "1. Naam: ...", "2. Naam: ..." number people; "1.
			 * Naam: ...", "2. Organisatie: ..." number the
			 * questions of one person's form: a numbered label
			 * begins a person only where its field would (a
			 * second name, a second address) or repeats one */
			int f = L.lab->field;
			const struct pperson *cp =
			    P->cur >= 0 ? &P->pp[P->cur] : NULL;
			if (cp == NULL || f < 0 || f >= XF__COUNT ||
			    starts_person(cp, f) || cp->v[f] != NULL)
				new_person(P);
			if (labelled_line(P, rest, rn, 0)) {
				P->prev_label = 1;
				return;
			}
		}
		if (person_line(P, rest, rn, 0)) {
			P->prev_label = 1;
			return;
		}
		/* a numbered sentence: fall through as free text */
	}
	int strict = P->cont != 0 || P->pending >= 0;
	if (labelled_line(P, s, n, strict)) {
		P->prev_label = 1;
		return;
	}
	if (P->cont) {
		char *v = value_for(FF_INVOICE_ADDRESS, s, n);
		if (P->cont == 1) {
			P->cont = set_field(P, FF_INVOICE_ADDRESS, v) ? 2 : 0;
		} else if (v) {
			char **slot = P->cur >= 0
					  ? &P->pp[P->cur].v[FF_INVOICE_ADDRESS]
					  : &P->global[FF_INVOICE_ADDRESS];
			append_bounded(slot, ", ", v);
			free(v);
			/* a line below the postcode's town with a number
			 * in it ("projectnummer OW-2010-5") is the reference
			 * to quote, and the address has ended */
			char *ref = *slot ? split_after_town(*slot) : NULL;
			if (ref) {
				set_field(P, FF_INVOICE_REFERENCE, ref);
				P->cont = 0;
			}
		}
		P->prev_label = 1;
		return;
	}
	/* a person's line of parts, also under a bare "Deelnemers:" (which
	 * then names nobody itself) */
	if (!bullet && parts_line(s, n)) {
		if (person_line(P, s, n, 1)) {
			P->pending = -1;
			P->prev_label = 1;
			return;
		}
		/* never the value of a bare "Naam:"/"Deelnemers:" above it:
		 * a line of parts with an address is not one name */
		if (P->pending == FF_NAME)
			P->pending = -1;
	}
	if (P->pending >= 0) {
		int f = P->pending;
		P->pending = -1;
		/* another bare label: the first one was left empty */
		struct labelled B;
		if (parse_label(s, n, SIZE_MAX, &B) && B.sep == SEP_NONE &&
		    !(B.lab->flags & L_NEEDSEP) &&
		    B.lab->field != FF_INVOICE_ADDRESS) {
			P->pending = B.lab->field;
			P->prev_label = 1;
			return;
		}
		/* a line that ends in a colon is the label of a slot this
		 * form does not know ("Akkoord met plaatsing (ja/nee):"),
		 * left empty as the first was: never the first one's value */
		size_t t = n;
		while (t > 0 && is_blank((unsigned char)s[t - 1]))
			t--;
		if (t > 0 && s[t - 1] == ':') {
			P->prev_label = 1;
			return;
		}
		set_field(P, f, value_for(f, s, n));
		P->prev_label = 1;
		return;
	}
	if (bullet && person_line(P, s, n, 1)) {
		P->prev_label = 1;
		return;
	}
	prose_reference(P, s, n);
	/* "Beiden Welzijnsgroep X. Factuur naar ...": the organisation of
	 * all, and what the line's other sentences say */
	if (all_of_line(P, s, n))
		P->prev_label = 0;
	prose_invoice(P, s, wrapped_sentence(s, n));
	intro_org(P, s, n);
	P->prev_label = 0;
}

/* Does v hold a postal address: a Dutch postcode ("1300 AH") or a
 * post box? */
static int
has_postal(const char *v)
{
	for (const char *p = v; *p; p++) {
		if (p > v && is_wordc((unsigned char)p[-1]))
			continue;
		if (postcode_at(v, p))
			return 1;
		if (!strncasecmp(p, "postbus", 7) ||
		    !strncasecmp(p, "p.o. box", 8) ||
		    !strncasecmp(p, "po box", 6) ||
		    !strncasecmp(p, "antwoordnummer", 14))
			return 1;
	}
	return 0;
}

/* Where the sentence that starts at s[from] ends in s[0..n): a full stop
 * after a word that is not an abbreviation ("P.O.", "attn.", "t.a.v."
 * go on), followed by a capital or the end; or a question mark, which
 * makes *asks 1. */
static size_t
sentence_end(const char *s, size_t n, size_t from, int *asks)
{
	*asks = 0;
	for (size_t i = from; i < n; i++) {
		if (s[i] == '?') {
			*asks = 1;
			return i;
		}
		if (s[i] != '.' && s[i] != '!')
			continue;
		size_t w = i;
		while (w > from && is_wordc((unsigned char)s[w - 1]))
			w--;
		int abbrev = i - w < 2 || (w > from && s[w - 1] == '.');
		size_t j = i + 1;
		while (j < n && s[j] == ' ')
			j++;
		if (j == n)
			return i;
		if (!abbrev && j > i + 1 && s[j] >= 'A' && s[j] <= 'Z')
			return i;
	}
	return n;
}

/* "Factuur graag naar X, Postbus 12, 1300 AB Almere.", "the invoice
 * should go to X, P.O. Box 80115, 3508 TC Utrecht": a statement about
 * the invoice that says where it goes, with a postal address in what
 * follows "naar"/"aan"/"to".  Without an address ("to our finance
 * office") or as a question it gives nothing.  The reference quoted
 * after the address is split off by set_field. */
static void
prose_invoice(struct parser *P, const char *s, size_t n)
{
	enum { REACH = 6, MAX_WORDS = 30 };
	static const char *const to[] = {"naar", "aan", "to"};
	char *low = xstrndup(s, n);
	str_lower(low);
	size_t vstart = 0;
	for (size_t i = 0; i < n && vstart == 0; i++) {
		if (i > 0 && is_wordc((unsigned char)low[i - 1]))
			continue;
		int head = !strncmp(low + i, "rekening ", 9);
		for (size_t h = 0; h < NELEM(invoice_heads) && !head; h++)
			head = !strncmp(low + i, invoice_heads[h],
					strlen(invoice_heads[h]));
		/* a Dutch compound ends in its head: "verzamelfactuur",
		 * "eindfactuur" */
		size_t we = i;
		while (!head && we < n && is_wordc((unsigned char)low[we]))
			we++;
		if (!head && we - i > 7 &&
		    (!strncmp(low + we - 7, "factuur", 7) ||
		     (we - i > 8 && !strncmp(low + we - 8, "facturen", 8))))
			head = 1;
		if (!head)
			continue;
		/* a preposition within a few words after the invoice word,
		 * or a colon ("Eén factuur voor ons tweeën is prima: X",
		 * "The invoice address is the same as ...: X") */
		size_t j = i, words = 0, colon = 0;
		while (j < n && words <= REACH && vstart == 0) {
			while (j < n && is_wordc((unsigned char)low[j]))
				j++;
			while (j < n && !is_wordc((unsigned char)low[j])) {
				if (low[j] == ':' && colon == 0)
					colon = j + 1;
				j++;
			}
			size_t e = j;
			while (e < n && is_wordc((unsigned char)low[e]))
				e++;
			if (word_in(low + j, e - j, to, NELEM(to)))
				vstart = e;
			words++;
		}
		if (vstart == 0 && colon)
			vstart = colon;
		/* "Please invoice Example Housing, ...": the verb, then the
		 * name */
		size_t wend = i;
		while (wend < n && is_wordc((unsigned char)low[wend]))
			wend++;
		size_t k = wend;
		while (vstart == 0 && k < n && low[k] == ' ')
			k++;
		if (vstart == 0 && k > wend && k < n &&
		    !strncmp(low + i, "invoice ", 8) && s[k] >= 'A' &&
		    s[k] <= 'Z')
			vstart = k;
	}
	free(low);
	if (vstart == 0)
		return;
	/* "factuur naar / X", "invoice to: X" */
	while (vstart < n && strchr(" \t:/-", s[vstart]))
		vstart++;
	/* a question asks whether it may ("Kan de factuur naar X?"); a
	 * request put as one asks for it ("Wilt u de factuur sturen naar X,
	 * Postbus ...?", "Could you send the invoice to X?") */
	int asks;
	size_t end = sentence_end(s, n, vstart, &asks);
	static const char *const polite[] = {
	    "wilt u ",	  "kunt u ",  "zou u ",	   "would you ",
	    "could you ", "can you ", "will you ", "please "};
	int request = 0;
	for (size_t k = 0; k < NELEM(polite) && !request; k++)
		request = !strncasecmp(s, polite[k], strlen(polite[k]));
	if (asks && !request)
		return;
	/* "naar mijn bureau, X, Postbus ...", "to our finance team, X,
	 * ...": what the writer calls the place is no line of the
	 * address */
	{
		static const char *const poss[] = {"mijn ", "ons ", "onze ",
						   "my ", "our "};
		size_t c = vstart;
		while (c < end && s[c] != ',' && s[c] != ':')
			c++;
		for (size_t k = 0; k < NELEM(poss) && c < end; k++)
			if (!strncasecmp(s + vstart, poss[k],
					 strlen(poss[k])) &&
			    count_words_n(s + vstart, c - vstart) <= 4) {
				vstart = c + 1;
				while (vstart < end && s[vstart] == ' ')
					vstart++;
				break;
			}
	}
	char *v = value_for(FF_INVOICE_ADDRESS, s + vstart, end - vstart);
	if (v == NULL || !has_postal(v) || count_words(v) > MAX_WORDS) {
		free(v);
		return;
	}
	set_field(P, FF_INVOICE_ADDRESS, v);
}

/* Small words inside an organisation's name: "Stichting Wonen en
 * Welzijn", "Example Foundation for Neighbourhoods". */
static const char *const name_joins[] = {"van", "voor", "de",  "der", "den",
					 "het", "en",	"for", "of",  "and",
					 "the", "in",	"op",  "'t",  "&"};

/* The name that starts at s[i]: capitalised words (and the small words
 * between them) up to punctuation or another lower-case word.  Returns
 * its end, or i when s[i] does not start one. */
static size_t
capital_phrase(const char *s, size_t n, size_t i)
{
	size_t end = i, w = i;
	while (w < n) {
		size_t e = w;
		while (e < n && s[e] != ' ' && !strchr(",.;:!?()", s[e]))
			e++;
		if (e == w)
			break;
		unsigned char c = (unsigned char)s[w];
		int cap = (c >= 'A' && c <= 'Z') || c >= 0xC0 || is_digit(c);
		/* "On behalf of Example Housing I would like to": the
		 * writer, not a word of the name */
		if (e - w == 1 && c == 'I' && end > i)
			break;
		if (cap)
			end = e;
		else if (end == i ||
			 !word_in(s + w, e - w, name_joins, NELEM(name_joins)))
			break;
		if (e < n && s[e] != ' ')
			break;
		w = e;
		while (w < n && s[w] == ' ')
			w++;
	}
	return end;
}

/* The first organisation named in sent[0..sn) after "namens", "van",
 * "of", ... or as its subject (see intro_org), or NULL. */
static char *
named_org(const char *sent, size_t sn)
{
	enum { MAX_WORDS = 8 };
	static const char *const keys[] = {
	    "namens ", "on behalf of ", "vanuit ", "van ", "of ", "from "};
	for (size_t i = 0; i < sn; i++) {
		if (i > 0 && sent[i - 1] != ' ')
			continue;
		size_t at = i, k;
		for (k = 0; k < NELEM(keys); k++)
			if (!strncasecmp(sent + i, keys[k], strlen(keys[k])))
				break;
		if (k < NELEM(keys))
			at = i + strlen(keys[k]);
		else if (i > 0)
			continue; /* only the subject, first */
		size_t e = capital_phrase(sent, sn, at);
		if (e == at)
			continue;
		char *v = value_for(FF_ORGANISATION, sent + at, e - at);
		if (v && count_words(v) <= MAX_WORDS && form_org_like(v))
			return v;
		free(v);
	}
	return NULL;
}

/* "Namens Stichting Ontwerpwijk meld ik de volgende drie medewerkers
 * aan", "Graag drie aanmeldingen van Bibliotheek Oefenstad:", "Please
 * register the following three staff of Example Foundation", "Woning-
 * stichting Schetsstad meldt de volgende twee deelnemers aan": a
 * sentence that the judge reads as a registration stated, naming an
 * organisation after "namens"/"van"/"vanuit"/"of"/"from"/"on behalf
 * of" or as its subject.  That organisation is everybody's who has none
 * of their own.  Only a name with an organisation's word in it counts
 * ("Stichting", "Gemeente", "Foundation"): "van mijn team" does not. */
static void
intro_org(struct parser *P, const char *s, size_t n)
{
	enum { MAX_LINE = 400 };
	if (n > MAX_LINE || P->global[FF_ORGANISATION])
		return;
	for (size_t from = 0; from < n;) {
		int asks;
		size_t end = sentence_end(s, n, from, &asks);
		if (end < n && s[end] == ':')
			end++;
		char *sent = xstrndup(s + from, end - from);
		size_t sl = strlen(sent);
		while (sl > 0 && sent[sl - 1] == ' ')
			sl--;
		/* "Bijgaand de deelnemers vanuit Gemeente Almere (allen
		 * DMO):": a heading over the list it introduces says whose
		 * people follow, also without a word for registering */
		int heading = sl > 0 && sent[sl - 1] == ':';
		/* the cheap test first: the judge reads only a sentence
		 * that names an organisation */
		char *v = asks ? NULL : named_org(sent, strlen(sent));
		enum judge_intent cue = JI_NONE;
		enum judge_mood mood =
		    v ? judge_sentence(sent, &cue) : JM_STATEMENT;
		free(sent);
		if (v && (cue == JI_REGISTER || heading) &&
		    mood == JM_STATEMENT) {
			P->global[FF_ORGANISATION] = v;
			return;
		}
		free(v);
		from = end + 1;
		while (from < n && s[from] == ' ')
			from++;
	}
}

/* "Allen van Gemeente Almere, DMO", "All from Stichting Voorbeeld",
 * "Wij werken allemaal bij ...": one organisation stated once for
 * everybody in the mail, above or below the list.  The organisation is
 * what follows "van"/"bij"/"from"/"at" up to a comma (a department after
 * it is not the organisation).  Returns 1 when the line was one. */
static int
all_of_sentence(struct parser *P, const char *s, size_t n)
{
	static const char *const all[] = {
	    "allen ",
	    "allemaal ",
	    "alle deelnemers ",
	    "alle collega's ",
	    "alle medewerkers ",
	    "all ",
	    "all of them ",
	    "everyone ",
	    "all participants ",
	    "all colleagues ",
	    "wij werken allemaal ",
	    "zij werken allemaal ",
	    "we all work ",
	    "they all work ",
	    "allen werkzaam ",
	    "all working ",
	};
	static const char *const preps[] = {
	    "van ", "bij ", "from ", "at ", "of ", "werkzaam bij ", "voor "};
	if (n > 120 || P->global[FF_ORGANISATION])
		return 0;
	char *t = xstrndup(s, n);
	char *f = judge_fold(t);
	free(t);
	size_t at = 0;
	/* "Organisatie voor alle vier:", "Organisation for all four:" */
	static const char *const label[] = {
	    "organisatie voor ", "organisation for ", "organization for ",
	    "organisatie van ", "organisation of "};
	size_t lab = 0;
	for (size_t i = 0; i < NELEM(label) && lab == 0; i++)
		if (!strncmp(f, label[i], strlen(label[i])))
			lab = strlen(label[i]);
	static const char *const both[] = {"beiden ",	  "allebei ", "both ",
					   "both of us ", "alle ",    "all "};
	for (size_t i = 0; i < NELEM(all) && at == 0; i++)
		if (!strncmp(f + lab, all[i], strlen(all[i])))
			at = lab + strlen(all[i]);
	for (size_t i = 0; i < NELEM(both) && at == 0; i++)
		if (!strncmp(f + lab, both[i], strlen(both[i])))
			at = lab + strlen(both[i]);
	/* "alle drie van", "all four from" */
	if (at) {
		size_t wl = strcspn(f + at, " :");
		char word[16];
		if (wl > 0 && wl < sizeof word) {
			memcpy(word, f + at, wl);
			word[wl] = '\0';
			if (judge_number(word))
				at += wl + (f[at + wl] == ' ');
		}
	}
	/* the label's colon: what follows is the organisation */
	int colon = lab && at && f[at] == ':';
	if (lab && !colon)
		at = 0;
	if (colon)
		at += 1 + (f[at + 1] == ' ');
	size_t prep = 0;
	for (size_t i = 0; at && !colon && i < NELEM(preps) && prep == 0; i++)
		if (!strncmp(f + at, preps[i], strlen(preps[i])))
			prep = strlen(preps[i]);
	if (colon)
		prep = 1; /* as good as "van": the label says it */
	free(f);
	if (at == 0)
		return 0;
	/* the folded text has as many words as the line: count words to
	 * find where the organisation starts in the original */
	size_t words = count_words_n(s, n), skip = 0;
	{
		char *u = xstrndup(s, n);
		char *g = judge_fold(u);
		free(u);
		g[colon ? at : at + prep] = '\0';
		skip = count_words(g);
		free(g);
	}
	if (skip >= words)
		return 0;
	size_t i = 0, w = 0;
	while (i < n && w < skip) {
		while (i < n && s[i] == ' ')
			i++;
		while (i < n && s[i] != ' ')
			i++;
		w++;
	}
	while (i < n && s[i] == ' ')
		i++;
	size_t e = i;
	/* up to a comma, or the sentence's end ("All from X. Invoice to") */
	while (e < n && s[e] != ',' && s[e] != ';' && s[e] != '(' &&
	       !(s[e] == '.' && (e + 1 == n || s[e + 1] == ' ')))
		e++;
	while (e > i && (s[e - 1] == '.' || s[e - 1] == ' ' || s[e - 1] == ':'))
		e--;
	char *v = value_for(FF_ORGANISATION, s + i, e - i);
	/* without "van"/"bij"/...: "Allen Gemeente Almere, DMO" names an
	 * organisation right after "allen", and only a name that is one */
	if (v && prep == 0 &&
	    (!(v[0] >= 'A' && v[0] <= 'Z') || !form_org_like(v))) {
		free(v);
		v = NULL;
	}
	if (v == NULL)
		return 0;
	P->global[FF_ORGANISATION] = v;
	return 1;
}

/* all_of_sentence for the line, then for each further sentence in it:
 * "Hierbij de aanmeldingen vanuit het cluster Samenleving. Allen
 * Gemeente Almere, DMO." */
static int
all_of_line(struct parser *P, const char *s, size_t n)
{
	for (size_t from = 0; from < n;) {
		int asks;
		size_t end = sentence_end(s, n, from, &asks);
		/* the sentence alone ("Alle drie van X." before "Factuur
		 * naar ..."), with its full stop */
		size_t len = (end < n ? end + 1 : n) - from;
		if (all_of_sentence(P, s + from, len))
			return 1;
		from = end + 1;
		while (from < n && s[from] == ' ')
			from++;
	}
	return 0;
}

/* Joins first, middle and last name where no full name was given. */
static void
join_name(struct pperson *p)
{
	if (p->v[FF_NAME] == NULL) {
		char *name = NULL;
		for (int f = XF_FIRST; f <= XF_LAST; f++)
			if (p->v[f])
				append_bounded(&name, " ", p->v[f]);
		p->v[FF_NAME] = name;
	}
	for (int f = XF_FIRST; f <= XF_LAST; f++) {
		free(p->v[f]);
		p->v[f] = NULL;
	}
}

/* "locatiemanager Kinderopvang Speelwijk", "Opbouwwerker Welzijn
 * Patroonblad": a function followed by the capitalised name of an
 * organisation is both, when nothing else gave the organisation.  The
 * tail must look like an organisation ("wijkmanager Almere Haven" names
 * a place: it stays the function) and be two words or more. */
static void
split_role_org(char **role, char **org)
{
	if (*role == NULL || *org != NULL)
		return;
	char *v = *role;
	size_t n = strlen(v);
	for (size_t i = 1; i + 1 < n; i++) {
		if (v[i - 1] != ' ' || !(is_alpha((unsigned char)v[i]) &&
					 v[i] >= 'A' && v[i] <= 'Z'))
			continue;
		const char *tail = v + i;
		if (count_words(tail) < 2 || !form_org_like(tail) ||
		    strpbrk(tail, "0123456789@"))
			return;
		char *head = xstrndup(v, i - 1);
		str_trim(head);
		if (*head == '\0' || !form_role_like(head)) {
			free(head);
			return;
		}
		*org = xstrdup(tail);
		free(*role);
		*role = head;
		return;
	}
}

static void
finish(struct parser *P, struct form *out)
{
	const char *def[FF__COUNT] = {0};
	size_t kept = 0;
	for (size_t i = 0; i < P->n; i++) {
		join_name(&P->pp[i]);
		kept += P->pp[i].any != 0;
	}
	int global_any = 0;
	for (int f = 0; f < FF__COUNT; f++) {
		if (!is_shared(f))
			continue;
		def[f] = P->global[f];
		global_any |= def[f] != NULL;
		for (size_t i = 0; def[f] == NULL && i < P->n; i++)
			if (P->pp[i].any)
				def[f] = P->pp[i].v[f];
	}
	size_t total = kept ? kept : (size_t)global_any;
	out->people = total ? xcalloc(total, sizeof *out->people) : NULL;
	out->n = total;
	size_t k = 0;
	for (size_t i = 0; i < P->n; i++) {
		if (!P->pp[i].any)
			continue;
		for (int f = 0; f < FF__COUNT; f++)
			out->people[k].f[f] = P->pp[i].v[f];
		k++;
	}
	for (k = 0; k < total; k++) {
		split_role_org(&out->people[k].f[FF_ROLE],
			       &out->people[k].f[FF_ORGANISATION]);
		for (int f = 0; f < FF__COUNT; f++)
			if (is_shared(f) && out->people[k].f[f] == NULL)
				out->people[k].f[f] = xstrdup(def[f]);
	}
	/* what was not handed over */
	for (size_t i = 0; i < P->n; i++)
		if (!P->pp[i].any)
			for (int f = 0; f < XF__COUNT; f++)
				free(P->pp[i].v[f]);
	for (int f = 0; f < FF__COUNT; f++)
		free(P->global[f]);
	free(P->pp);
	out->labelled = P->labelled;
}

static const char *card_block(struct parser *P, const char *p, int block_start);
static const char *past_line_end(const char *p);

int
form_parse(const char *text, struct form *out)
{
	if (text == NULL || out == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	struct parser P;
	memset(&P, 0, sizeof P);
	P.cur = -1;
	P.pending = -1;
	const char *p = text;
	int block_start = 1; /* the line follows a blank line */
	while (*p && !P.stop) {
		const char *after = card_block(&P, p, block_start);
		if (after != p) {
			p = after;
			block_start = 0;
			continue;
		}
		size_t n = strcspn(p, "\r\n");
		process_line(&P, p, n);
		block_start = skip_space(p, n) == n;
		p = past_line_end(p + n);
	}
	finish(&P, out);
	return 0;
}

int
form_line_field(const char *s, size_t n)
{
	if (s == NULL)
		return -1;
	size_t i = skip_space(s, n);
	i += skip_bullets(s + i, n - i);
	struct labelled L;
	if (i >= n || !parse_label(s + i, n - i, SIZE_MAX, &L))
		return -1;
	/* as the parser reads them: a word that is a label only with a
	 * colon ("Deelnemer Twee" is a name) is none alone; any other
	 * label alone on its line has its value on the next */
	if (L.sep == SEP_SPACE && (L.lab->flags & L_NEEDSEP))
		return -1;
	if (L.sep == SEP_NONE && (L.lab->flags & L_NEEDSEP))
		return -1;
	int f = L.lab->field;
	return f >= FF__COUNT ? FF_NAME : f;
}

void
form_free(struct form *f)
{
	if (f == NULL)
		return;
	for (size_t i = 0; i < f->n; i++)
		for (int k = 0; k < FF__COUNT; k++)
			free(f->people[i].f[k]);
	free(f->people);
	f->people = NULL;
	f->n = 0;
	f->labelled = 0;
}

/* ---- the writer of a free-text mail ------------------------------- */

/* Closings after which a signature follows (lower case, at the start of
 * a line, followed by nothing, punctuation or the writer's name). */
static const char *const closings[] = {
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "vriendelijke groet",
    "vriendelijke groeten",
    "met hartelijke groet",
    "hartelijke groet",
    "hartelijke groeten",
    "met groet",
    "met collegiale groet",
    "collegiale groet",
    "groet",
    "groeten",
    "gr.",
    "mvg",
    "m.v.g.",
    "vr.gr.",
    "vrgr",
    "hoogachtend",
    "alvast bedankt",
    "bij voorbaat dank",
    "kind regards",
    "best regards",
    "warm regards",
    "kindest regards",
    "with kind regards",
    "with best regards",
    "regards",
    "best wishes",
    "yours sincerely",
    "sincerely",
    "many thanks",
    "thanks in advance",
    "cheers",
    "all the best",
};

/* Labels of a phone number in a signature ("T +31 36 ...", "M: 06 ..."). */
static const char *const sig_phone_labels[] = {
    "telefoon", "tel.", "tel", "phone", "ph.",	  "mobiel",
    "mobile",	"mob.", "mob", "gsm",	"direct", "kantoor",
    "office",	"t",	"m",   "p",	"d",
};

/* A closing line: 1, with *rest at what follows the closing on the same
 * line ("Groet, Voorbeeld Persoon"), or n when nothing does. */
static int
closing_line(const char *s, size_t n, size_t *rest)
{
	if (n > 60)
		return 0;
	size_t best = 0;
	for (size_t i = 0; i < NELEM(closings); i++) {
		size_t k = strlen(closings[i]);
		if (k <= n && k > best && strncasecmp(s, closings[i], k) == 0 &&
		    (k == n || !is_wordc((unsigned char)s[k])))
			best = k;
	}
	if (best == 0)
		return 0;
	size_t i = best;
	while (i < n && strchr(",.!: \t", s[i]))
		i++;
	*rest = i;
	/* "Groeten uit Almere" is a closing; "Groet je collega" too short
	 * to matter; a sentence that goes on is not one */
	return i == n || count_words_n(s + i, n - i) <= 4;
}

int
form_closing_line(const char *s, size_t n)
{
	size_t rest;
	if (s == NULL)
		return 0;
	size_t i = skip_space(s, n);
	return closing_line(s + i, n - i, &rest);
}

/* Does s[0..n) start with one of the phone labels, followed by a colon,
 * a full stop or a blank?  Returns the value's offset, or 0. */
static size_t
phone_label(const char *s, size_t n)
{
	for (size_t i = 0; i < NELEM(sig_phone_labels); i++) {
		size_t k = strlen(sig_phone_labels[i]);
		if (k >= n || strncasecmp(s, sig_phone_labels[i], k) != 0)
			continue;
		size_t j = k;
		if (j < n && (s[j] == ':' || s[j] == '.'))
			j++;
		if (j == k && !is_blank((unsigned char)s[j]))
			continue;
		while (j < n && is_blank((unsigned char)s[j]))
			j++;
		if (j < n)
			return j;
	}
	return 0;
}

static int
is_url(const char *v)
{
	return str_casestarts(v, "www.") || str_casestarts(v, "http:") ||
	       str_casestarts(v, "https:") ||
	       (strchr(v, ' ') == NULL && strchr(v, '.') && !strchr(v, '@') &&
		!phone_like(v) &&
		(str_caseends(v, ".nl") || str_caseends(v, ".org") ||
		 str_caseends(v, ".com") || str_caseends(v, ".eu")));
}

struct writer {
	struct form_person *out;
	int line;	/* signature lines read so far */
	int after_role; /* the previous segment was the function */
	int lead;	/* the segment read opens its line */
};

static void
take(char **slot, char *v)
{
	if (*slot == NULL && v)
		*slot = v;
	else
		free(v);
}

/* One segment of a signature line. */
static void
sig_segment(struct writer *W, const char *s, size_t n, int first)
{
	struct form_person *o = W->out;
	char *v = clean_value(s, n);
	if (v == NULL)
		return;
	int was_role = W->after_role;
	W->after_role = 0;
	size_t a, b;
	char *e = strchr(v, '@') ? find_email(v, &a, &b) : NULL;
	if (e) {
		take(&o->f[FF_EMAIL], e);
		free(v);
		return;
	}
	size_t pl = phone_label(v, strlen(v));
	if (pl && phone_like(v + pl)) {
		take(&o->f[FF_PHONE], xstrdup(v + pl));
		free(v);
		return;
	}
	if (phone_like(v)) {
		take(&o->f[FF_PHONE], v);
		return;
	}
	if (is_url(v)) {
		free(v);
		return;
	}
	/* a sentence ("Deze mailbox wordt gelezen door meerdere
	 * medewerkers."): a notice under the card, no function or name */
	size_t vl = strlen(v);
	if (vl > 0 && strchr(".!?", v[vl - 1]) && count_words(v) >= 5) {
		free(v);
		return;
	}
	/* "Beleidsadviseur bij Stichting Voorbeeld" */
	static const char *const at[] = {" bij ", " at ", " @ ", " for "};
	for (size_t i = 0; i < NELEM(at); i++) {
		char *m = strstr(v, at[i]);
		if (m == NULL)
			continue;
		char *left = clean_value(v, (size_t)(m - v));
		char *right =
		    clean_value(m + strlen(at[i]), strlen(m + strlen(at[i])));
		if (left && right && form_role_like(left) &&
		    is_alpha((unsigned char)right[0]) && right[0] >= 'A' &&
		    right[0] <= 'Z' && count_words(right) <= 6) {
			take(&o->f[FF_ROLE], left);
			take(&o->f[FF_ORGANISATION], right);
			free(v);
			return;
		}
		free(left);
		free(right);
	}
	if (form_role_like(v)) {
		W->after_role = 1;
		take(&o->f[FF_ROLE], v);
		return;
	}
	/* an organisation is a proper name: a capital somewhere
	 * ("GGD Kaartvlak", "gemeente Almere"); a line of small words
	 * ("community organiser", "jeugdarts") is what someone does */
	int cap = form_has_capital(v);
	if (!strpbrk(v, "0123456789") && form_org_like(v) && cap) {
		take(&o->f[FF_ORGANISATION], v);
		return;
	}
	if (first && form_name_like(v) && count_words(v) <= 5) {
		take(&o->f[FF_NAME], v);
		return;
	}
	/* ... as on the line right under the name ("Mentor Drie / community
	 * organiser / m.drie@..."), where a card puts the function */
	if (!cap && W->line == 1 && W->lead && o->f[FF_NAME] &&
	    !strpbrk(v, "0123456789") && count_words(v) <= 5 && field_like(v) &&
	    is_alpha((unsigned char)v[0])) {
		W->after_role = 1;
		take(&o->f[FF_ROLE], v);
		return;
	}
	/* the line right after the function: its organisation */
	unsigned char c0 = (unsigned char)v[0];
	if (was_role && o->f[FF_ORGANISATION] == NULL &&
	    ((c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0) &&
	    !strpbrk(v, "0123456789") && count_words(v) <= 6 && field_like(v)) {
		take(&o->f[FF_ORGANISATION], v);
		return;
	}
	free(v);
}

/* One line of a signature, split at " | ", " - ", tabs and, when it holds
 * no digits (an address does), at commas. */
static void
sig_line(struct writer *W, const char *s, size_t n)
{
	int digits = 0;
	for (size_t i = 0; i < n; i++)
		digits |= is_digit((unsigned char)s[i]);
	size_t b = 0;
	int seg = 0;
	for (size_t i = 0; i <= n; i++) {
		size_t sl = 0;
		if (i == n)
			sl = 0;
		else if (s[i] == '\t' || s[i] == '|')
			sl = 1;
		else if (i + 3 < n && s[i] == ' ' &&
			 (s[i + 1] == '-' || s[i + 1] == '/') &&
			 s[i + 2] == ' ' && !digits_around(s, n, i, 3))
			sl = 3;
		else if (i + 4 < n && s[i] == ' ' && s[i + 4] == ' ' &&
			 !memcmp(s + i + 1, "\xE2\x80\x93", 3))
			sl = 5;
		else if (i + 3 < n && s[i] == ' ' &&
			 !memcmp(s + i + 1, "\xC2\xB7", 2) && s[i + 3] == ' ')
			sl = 4;
		else if (!digits && s[i] == ',')
			sl = 1;
		else
			continue;
		W->lead = seg == 0;
		sig_segment(W, s + b, i - b, W->line == 0 && seg == 0);
		seg++;
		if (i == n)
			break;
		i += sl - 1;
		b = i + 1;
	}
	W->line++;
}

/* The text after `key` in s[0..n) up to the end of the clause, as a
 * value of at most `maxw` words starting with a capital when `cap`. */
static char *
prose_value(const char *s, size_t n, size_t maxw, int cap)
{
	size_t e = 0;
	while (e < n && !strchr(".,;!?()\"", s[e]))
		e++;
	static const char *const stops[] = {
	    " en ",  " and ", " in de ",   " in het ",	" sinds ", " since ",
	    " als ", " as ",  " voor de ", " for the ", " te "};
	for (size_t i = 0; i < NELEM(stops); i++) {
		size_t k = strlen(stops[i]);
		for (size_t j = 0; j + k <= e; j++)
			if (strncasecmp(s + j, stops[i], k) == 0) {
				e = j;
				break;
			}
	}
	char *v = clean_value(s, e);
	if (v == NULL)
		return NULL;
	unsigned char c0 = (unsigned char)v[0];
	if (count_words(v) > maxw || (cap && !((c0 >= 'A' && c0 <= 'Z') ||
					       c0 >= 0xC0 || is_digit(c0)))) {
		free(v);
		return NULL;
	}
	return v;
}

/* "Mijn naam is ...", "ik werk als ... bij ...", "on behalf of ...". */
static void
prose_line(struct form_person *o, const char *s, size_t n)
{
	static const struct {
		const char *key;
		int field;
	} keys[] = {
	    {"mijn naam is ", FF_NAME},
	    {"my name is ", FF_NAME},
	    {"ik werk als ", FF_ROLE},
	    {"werkzaam als ", FF_ROLE},
	    {"i work as a ", FF_ROLE},
	    {"i work as an ", FF_ROLE},
	    {"i work as ", FF_ROLE},
	    {"in mijn functie als ", FF_ROLE},
	    {"in my role as ", FF_ROLE},
	    {"ik werk bij ", FF_ORGANISATION},
	    {"werkzaam bij ", FF_ORGANISATION},
	    {"in dienst bij ", FF_ORGANISATION},
	    {"i work at ", FF_ORGANISATION},
	    {"i work for ", FF_ORGANISATION},
	    {"employed by ", FF_ORGANISATION},
	    {"namens ", FF_ORGANISATION},
	    {"on behalf of ", FF_ORGANISATION},
	    {" bij ", FF_ORGANISATION},
	    {" at ", FF_ORGANISATION},
	};
	/* one lower-case copy, searched with strstr for each key */
	char *low = xstrndup(s, n);
	str_lower(low);
	for (size_t i = 0; i < NELEM(keys); i++) {
		size_t k = strlen(keys[i].key);
		for (const char *hit = low; (hit = strstr(hit, keys[i].key));
		     hit++) {
			size_t j = (size_t)(hit - low);
			if (j > 0 && keys[i].key[0] != ' ' &&
			    is_wordc((unsigned char)s[j - 1]))
				continue;
			int f = keys[i].field;
			/* " bij X" / " at X" only right after a function:
			 * "als adviseur bij X" */
			if (keys[i].key[0] == ' ' && o->f[FF_ROLE] == NULL)
				continue;
			char *v =
			    prose_value(s + j + k, n - j - k,
					f == FF_ROLE ? 5 : 6, f != FF_ROLE);
			if (v && f == FF_NAME && !form_name_like(v)) {
				free(v);
				v = NULL;
			}
			if (v && f == FF_ROLE) {
				/* "als adviseur bij X": the function ends at
				 * "bij" */
				char *m = strstr(v, " bij ");
				if (m == NULL)
					m = strstr(v, " at ");
				if (m)
					*m = '\0';
			}
			if (v && f == FF_ORGANISATION &&
			    (form_name_like(v) && !form_org_like(v) &&
			     keys[i].key[0] == ' ')) {
				/* "bij Voorbeeld Persoon": a person */
				free(v);
				v = NULL;
			}
			take(&o->f[f], v);
			break;
		}
	}
	free(low);
}

size_t
form_phone_span(const char *s, size_t n)
{
	if (n == 0 || (s[0] != '0' && s[0] != '+'))
		return 0;
	size_t e = 1, digits = s[0] == '0', last = 0;
	while (e < n &&
	       (is_digit((unsigned char)s[e]) || strchr(" ()-./", s[e]))) {
		if (is_digit((unsigned char)s[e])) {
			digits++;
			last = e;
		}
		e++;
	}
	/* "06-12345678b" is no number; "06 1234 5678 of ..." is */
	if (last + 1 < n && is_wordc((unsigned char)s[last + 1]))
		return 0;
	return digits >= 10 && digits <= 15 ? last + 1 : 0;
}

/* The first phone number in s[0..n) at a word's start
 * (form_phone_span); NULL when there is none. */
static char *
prose_phone(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && is_wordc((unsigned char)s[i - 1]))
			continue;
		size_t k = form_phone_span(s + i, n - i);
		if (k)
			return clean_value(s + i, k);
	}
	return NULL;
}

/* The writer describing themselves in their own text: "Ontwikkel
 * Vijftien, wijkmanager Almere Haven, 06 28 39 40 51." (a sentence that
 * lists a name of two words or more with a function or a phone number,
 * as a list line would), and "Telefonisch ben ik bereikbaar op 06 - 87
 * 65 43 21."  It fills what the signature left open of the writer's
 * card, which may complete the writer's registration, never make one. */
static void
prose_card(struct form_person *o, const char *s, size_t n)
{
	for (size_t from = 0; from < n;) {
		int asks;
		size_t end = sentence_end(s, n, from, &asks);
		if (!asks && memchr(s + from, ',', end - from)) {
			struct pline pl = {0};
			/* "Meld mij aan svp: Deelnemer Een, directeur X,
			 * 06-...": the parts after the colon */
			size_t at = from;
			const char *c = memchr(s + from, ':', end - from);
			/* (not "Factuur: X, Postbus 1, 1300 AA Almere") */
			char *sent = xstrndup(s + from, end - from);
			int postal = has_postal(sent);
			free(sent);
			if (c && !postal && (size_t)(c - s) + 2 < end &&
			    c[1] == ' ' && c[2] >= 'A' && c[2] <= 'Z' &&
			    memchr(s + from, ',', (size_t)(c - s) - from) ==
				NULL)
				at = (size_t)(c - s) + 2;
			/* "I'm Participant Two, ...", "Ik ben Deelnemer Een,
			 * ...": the writer's name after the words that
			 * introduce it */
			static const char *const intro[] = {"i'm ", "i am ",
							    "ik ben "};
			while (at < end && s[at] == ' ')
				at++;
			for (size_t k = 0; k < NELEM(intro); k++)
				if (end - at > strlen(intro[k]) &&
				    !strncasecmp(s + at, intro[k],
						 strlen(intro[k]))) {
					at += strlen(intro[k]);
					break;
				}
			pline_parse(s + at, end - at, &pl, 0);
			/* "wijkagent-coördinator bij Buurtbemiddeling X",
			 * "housing officer at Example Housing" */
			static const char *const at_org[] = {" bij ", " at ",
							     " van ", " of "};
			for (size_t k = 0;
			     pl.role && pl.org == NULL && k < NELEM(at_org);
			     k++) {
				char *bij = strstr(pl.role, at_org[k]);
				size_t bl = strlen(at_org[k]);
				if (bij && bij[bl] >= 'A' && bij[bl] <= 'Z') {
					pl.org = xstrdup(bij + bl);
					*bij = '\0';
				}
			}
			if (pl.name && count_words(pl.name) >= 2 &&
			    count_words(pl.name) <= 4 &&
			    (pl.role || pl.phone) && pl.email == NULL) {
				take(&o->f[FF_NAME], pl.name);
				take(&o->f[FF_ROLE], pl.role);
				take(&o->f[FF_PHONE], pl.phone);
				take(&o->f[FF_ORGANISATION], pl.org);
				pl.name = pl.role = pl.phone = pl.org = NULL;
			}
			pline_free(&pl);
		}
		from = end + 1;
	}
	take(&o->f[FF_PHONE], prose_phone(s, n));
}

/* "Her details:" (or a number alone on its line) over a block of
 * unlabelled lines, one person's card:
 * a name, a function and an organisation, an address, a phone number
 * ("I'd like to register X from my team.  Her details: / X / Neighbourhood
 * coordinator, Example Housing / x@... / +31 ...").  The heading ends in
 * a colon and is no label; the block is two to six lines up to a blank
 * line, none of them labelled, bulleted or long, the first a name and
 * one an address.  It is read as a signature is (sig_line) and becomes
 * a person.  Returns where the text goes on: after the block, or p. */
/* The start of the line after the line end at p ("\r\n", "\n" or
 * none at the text's end). */
static const char *
past_line_end(const char *p)
{
	if (*p == '\r')
		p++;
	if (*p == '\n')
		p++;
	return p;
}

/* Does a bare card start at p: a name of two to four words on the line,
 * and an address within the next three lines, none of them blank? */
static int
bare_card_at(const char *p)
{
	size_t n = strcspn(p, "\r\n");
	char *first = clean_value(p, n);
	int named = first && form_name_like(first) && count_words(first) >= 2 &&
		    count_words(first) <= 4;
	free(first);
	if (!named)
		return 0;
	const char *q = past_line_end(p + n);
	for (int k = 0; k < 3 && *q; k++) {
		size_t m = strcspn(q, "\r\n");
		if (skip_space(q, m) == m)
			return 0;
		if (memchr(q, '@', m))
			return 1;
		q = past_line_end(q + m);
	}
	return 0;
}

/* Does another bare card follow the block at p, after a blank line? */
static int
bare_card_next(const char *p)
{
	const char *q = p;
	int blank = 0;
	for (int k = 0; k < 8 && *q; k++) {
		size_t m = strcspn(q, "\r\n");
		int empty = skip_space(q, m) == m;
		if (blank && !empty)
			return bare_card_at(q);
		blank |= empty && k > 0;
		q = past_line_end(q + m);
	}
	return 0;
}

static const char *
card_block(struct parser *P, const char *p, int block_start)
{
	enum { CARD_LINES = 6, CARD_LINE_MAX = 100 };
	size_t n = strcspn(p, "\r\n");
	size_t t = n;
	while (t > 0 && is_blank((unsigned char)p[t - 1]))
		t--;
	if (t == 0 || P->tcols)
		return p;
	struct labelled L;
	size_t i0 = skip_space(p, n);
	/* ... or a number alone on its line ("1.", "2)") over each of
	 * several such cards */
	int marker = i0 < t && numbered(p + i0, t - i0) == t - i0;
	/* ... or no heading at all: cards of a name line, its lines and an
	 * address, a blank line between them, two or more of them ("Persoon
	 * Een / Stichting X, coach / een@..."); one alone is a signature */
	int bare = 0;
	if (p[t - 1] != ':' && !marker) {
		if (!block_start || (!P->bare_cards && !bare_card_next(p)))
			return p;
		bare = bare_card_at(p);
		if (!bare)
			return p;
	}
	if (!marker && !bare && parse_label(p + i0, n - i0, SIZE_MAX, &L))
		return p; /* "Deelnemers:", "Factuuradres:" */
	const char *lines[CARD_LINES];
	size_t lens[CARD_LINES];
	size_t k = 0;
	int email = 0;
	const char *q = bare ? p : past_line_end(p + n);
	/* one blank line may stand between the heading and the card */
	size_t gap = strcspn(q, "\r\n");
	if (!bare && skip_space(q, gap) == gap && q[gap] != '\0')
		q = past_line_end(q + gap);
	while (*q && k < CARD_LINES) {
		size_t m = strcspn(q, "\r\n");
		size_t b = skip_space(q, m);
		if (m - b == 0)
			break;
		if (marker && numbered(q + b, m - b))
			break; /* the next card's number */
		/* a bare card ends at a label ("Invoice: ..."), which
		 * the card's person then has */
		if (bare && k > 0 && parse_label(q + b, m - b, SIZE_MAX, &L))
			break;
		if (m - b > CARD_LINE_MAX || skip_bullets(q + b, m - b) ||
		    numbered(q + b, m - b) ||
		    parse_label(q + b, m - b, SIZE_MAX, &L))
			return p;
		lines[k] = q + b;
		lens[k] = m - b;
		email |= memchr(q + b, '@', m - b) != NULL;
		k++;
		q = past_line_end(q + m);
	}
	if (k < 2 || !email)
		return p;
	char *first = clean_value(lines[0], lens[0]);
	int named = first && form_name_like(first) && count_words(first) >= 2;
	free(first);
	if (!named)
		return p;
	struct form_person card = {0};
	struct writer W = {.out = &card};
	for (size_t j = 0; j < k; j++)
		sig_line(&W, lines[j], lens[j]);
	if (card.f[FF_EMAIL] == NULL) {
		form_person_free(&card);
		return p;
	}
	end_states(P);
	if (new_person(P) == 0) {
		P->labelled = 1;
		for (int f = 0; f < FF__COUNT; f++) {
			set_field(P, f, card.f[f]);
			card.f[f] = NULL;
		}
	}
	form_person_free(&card);
	P->bare_cards += bare;
	return q;
}

/* A line of the writer's own contact block among the prose: a function
 * and an organisation, in either order, split by a comma, " - " or
 * " | " ("Project lead, Example Loom Collective", "Example Migrant
 * Women Network - project lead"), and nothing else. */
static void
card_line(struct form_person *o, const char *s, size_t n)
{
	static const char *const seps[] = {", ", " - ", " | ",
					   " \xE2\x80\x93 "};
	if (n > 120 || memchr(s, '@', n) || memchr(s, '.', n) ||
	    memchr(s, '?', n) || memchr(s, ':', n))
		return;
	char *l = xstrndup(s, n);
	str_trim(l);
	for (size_t k = 0; k < NELEM(seps); k++) {
		char *m = strstr(l, seps[k]);
		if (m == NULL || strstr(m + 1, seps[k]))
			continue;
		char *a = xstrndup(l, (size_t)(m - l));
		char *b = xstrdup(m + strlen(seps[k]));
		str_trim(a);
		str_trim(b);
		char *role = NULL, *org = NULL;
		if (form_role_like(a) && form_org_like(b) &&
		    !strpbrk(b, "0123456789")) {
			role = a;
			org = b;
		} else if (form_org_like(a) && form_role_like(b) &&
			   !strpbrk(a, "0123456789")) {
			role = b;
			org = a;
		}
		if (role) {
			take(&o->f[FF_ROLE], role);
			take(&o->f[FF_ORGANISATION], org);
		} else {
			free(a);
			free(b);
		}
		free(l);
		return;
	}
	/* "Opbouwwerker Welzijn Patroonblad": a function, then the
	 * organisation's name */
	char *role = l, *org = NULL;
	if (count_words(l) <= 6 && !strpbrk(l, ",0123456789"))
		split_role_org(&role, &org);
	if (org) {
		take(&o->f[FF_ROLE], role);
		take(&o->f[FF_ORGANISATION], org);
		return;
	}
	free(role);
}

void
form_writer(const char *text, struct form_person *out)
{
	if (out == NULL)
		return;
	memset(out, 0, sizeof *out);
	if (text == NULL)
		return;
	/* the last closing line starts the signature, else the last "-- "
	 * line ("Met vriendelijke groet, / Naam / -- / Organisatie | ...":
	 * the name is above the dashes) */
	const char *sig = NULL, *sig_rest = NULL;
	size_t rest_len = 0;
	int closed = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\r\n");
		size_t i = skip_space(p, n), r = 0;
		if (is_signature(p + i, n - i)) {
			if (!closed) {
				sig = p + n;
				sig_rest = NULL;
			}
		} else if (n - i > 0 && p[i] != '>' &&
			   closing_line(p + i, n - i, &r)) {
			closed = 1;
			sig = p + n;
			sig_rest = r < n - i ? p + i + r : NULL;
			rest_len = n - i - r;
		}
		p += n;
		while (*p == '\r' || *p == '\n')
			p++;
	}
	/* without a closing or "-- ": the trailing block of contact lines
	 * that segment.c types as the signature ("Imker Negen /
	 * Wijkregisseur / Gemeente Almere / Tel. ..."), one rule for both */
	if (sig == NULL) {
		struct segments S;
		segment_text(text, &S);
		for (size_t i = 0; i < S.n && sig == NULL; i++) {
			if (S.l[i].kind != SK_SIGNATURE)
				continue;
			sig = S.l[i].s;
			/* a short line ending in a comma opens it: a
			 * closing ("Groetjes,", "Cheers,"), not a name */
			size_t n = S.l[i].n;
			while (n > 0 && S.l[i].s[n - 1] == ' ')
				n--;
			char *l = xstrndup(S.l[i].s, n);
			if (n > 0 && l[n - 1] == ',' && count_words(l) <= 2)
				sig = S.l[i].s + S.l[i].n;
			free(l);
		}
		segments_free(&S);
	}
	struct form_person prose = {0};
	for (const char *p = text; *p && (sig == NULL || p < sig);) {
		size_t n = strcspn(p, "\r\n");
		size_t i = skip_space(p, n);
		if (n - i > 0 && p[i] != '>') {
			prose_line(&prose, p + i, n - i);
			prose_card(&prose, p + i, n - i);
			card_line(&prose, p + i, n - i);
		}
		p += n;
		while (*p == '\r' || *p == '\n')
			p++;
	}
	struct writer W = {.out = out};
	if (sig) {
		if (sig_rest)
			sig_line(&W, sig_rest, rest_len);
		int blanks = 0;
		for (const char *p = sig; *p && W.line < SIG_LINES;) {
			size_t n = strcspn(p, "\r\n");
			size_t i = skip_space(p, n);
			const char *l = p + i;
			size_t ln = n - i;
			p += n;
			if (*p == '\r')
				p++;
			if (*p == '\n')
				p++;
			if (ln == 0) {
				if (++blanks >= 2 && W.line > 0)
					break;
				continue;
			}
			blanks = 0;
			if (l[0] == '>' || is_reply_separator(l, ln) ||
			    str_casestarts(l, "van:") ||
			    str_casestarts(l, "from:") ||
			    (ln > 3 && !memcmp(l, "---", 3)))
				break;
			sig_line(&W, l, ln);
		}
	}
	/* what the prose says fills what the signature left open */
	for (int f = 0; f < FF__COUNT; f++) {
		take(&out->f[f], prose.f[f]);
		prose.f[f] = NULL;
	}
	split_role_org(&out->f[FF_ROLE], &out->f[FF_ORGANISATION]);
}

void
form_person_free(struct form_person *p)
{
	if (p == NULL)
		return;
	for (int f = 0; f < FF__COUNT; f++) {
		free(p->f[f]);
		p->f[f] = NULL;
	}
}

const char *
form_field_key(enum form_field f)
{
	if ((int)f < 0 || f >= FF__COUNT)
		return NULL;
	return field_keys[f];
}
