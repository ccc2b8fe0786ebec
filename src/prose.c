/*
 * prose — the people a registration names in running text (see prose.h).
 *
 * The text is cut into sentences; each sentence is read for addresses,
 * names, a phone number, "is <role> bij <organisation>" and what someone
 * eats, and for whom it speaks of: a person it names, "hij"/"zij"/"he"/
 * "she" or "mijn collega" (the person named last), "wij"/"both of us"/
 * "each of us" (everyone), or nobody the text names (the writer: "Ik ben
 * bereikbaar op ...", which the writer's card reads).
 */
#include "prose.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum {
	PROSE_PEOPLE_MAX = 16, /* as many as a registration may name */
	NAME_WORDS_MAX = 4,
	ROLE_WORDS_MAX = 5,
	ORG_WORDS_MAX = 8,
	SENTENCE_MAX = 1000, /* longer runs are no sentence of a letter */
};

/* ---- words ----------------------------------------------------------- */

struct word {
	const char *s;
	size_t n;
	int clause; /* the first word after a comma or ';' */
};

struct sentence {
	struct word w[128];
	size_t n;
	const char *s; /* the sentence's text */
	size_t len;
};

static int
word_is(const struct word *w, const char *lit)
{
	size_t k = strlen(lit);
	return w->n == k && !strncasecmp(w->s, lit, k);
}

/* Does the word hold `part` (ASCII case ignored)? */
static int
word_has(const struct word *w, const char *part)
{
	size_t k = strlen(part);
	for (size_t i = 0; i + k <= w->n; i++)
		if (!strncasecmp(w->s + i, part, k))
			return 1;
	return 0;
}

static int
word_in(const struct word *w, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (word_is(w, list[i]))
			return 1;
	return 0;
}

/* A capital first letter: ASCII, or a UTF-8 Latin-1 capital (C3 80-9E). */
static int
capital(const struct word *w)
{
	const unsigned char *u = (const unsigned char *)w->s;
	if (w->n == 0)
		return 0;
	if (isupper(u[0]))
		return 1;
	return w->n >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E;
}

static const char *const particles[] = {"van", "de", "der", "den", "ter",
					"ten", "te", "het", "'t",  "in't",
					"von", "zu", "la",  "le",  "du"};

/* Splits s[0..n) into words: runs of anything but blanks and the
 * punctuation that ends or joins clauses; an address or a phone number
 * stays one word (its dots and dashes are inside it). */
static void
split_words(const char *s, size_t n, struct sentence *S)
{
	S->n = 0;
	S->s = s;
	S->len = n;
	size_t i = 0;
	while (i < n && S->n < NELEM(S->w)) {
		int clause = 0;
		while (i < n && (isspace((unsigned char)s[i]) ||
				 strchr(",;:()<>[]\"!?", s[i]))) {
			clause |= s[i] == ',' || s[i] == ';';
			i++;
		}
		size_t b = i;
		while (i < n && !isspace((unsigned char)s[i]) &&
		       !strchr(",;:()<>[]\"!?", s[i]))
			i++;
		size_t e = i;
		while (e > b && strchr(".'", s[e - 1]))
			e--; /* a full stop, a closing quote */
		if (e > b)
			S->w[S->n++] = (struct word){s + b, e - b, clause};
	}
}

/* Where the next sentence after p ends: at a line end, or at '.', '!' or
 * '?' followed by a blank and a capital, a digit or the end.  Returns its
 * length; *adv is how far to go on. */
static size_t
next_sentence(const char *p, size_t *adv)
{
	size_t i = 0;
	for (;; i++) {
		if (p[i] == '\0' || p[i] == '\n') {
			*adv = p[i] ? i + 1 : i;
			return i;
		}
		if (i >= SENTENCE_MAX) {
			*adv = i;
			return i;
		}
		if (!strchr(".!?", p[i]) || !isblank((unsigned char)p[i + 1]))
			continue;
		size_t j = i + 1;
		while (isblank((unsigned char)p[j]))
			j++;
		/* "t.a.v. de", "bijv. een": a lower-case word goes on */
		if (p[j] != '\0' && p[j] != '\n' &&
		    !isupper((unsigned char)p[j]) &&
		    !isdigit((unsigned char)p[j]) && (unsigned char)p[j] < 0xC0)
			continue;
		*adv = j;
		return i + 1;
	}
}

/* ---- what a word is ------------------------------------------------- */

/* The address a word is (lower case, allocated), or NULL. */
static char *
address_of(const struct word *w)
{
	if (memchr(w->s, '@', w->n) == NULL)
		return NULL;
	size_t b = 0, e = w->n;
	if (w->n > 7 && !strncasecmp(w->s, "mailto:", 7))
		b = 7;
	while (e > b && strchr(".,;'", w->s[e - 1]))
		e--;
	char *a = xstrndup(w->s + b, e - b);
	str_lower(a);
	if (!form_valid_email(a)) {
		free(a);
		return NULL;
	}
	return a;
}

/* The phone number that starts at word i (form_phone_span), or NULL;
 * *end is the word after it. */
static char *
phone_at(const struct sentence *S, size_t i, size_t *end)
{
	const char *b = S->w[i].s;
	size_t span = form_phone_span(b, (size_t)(S->s + S->len - b));
	if (span == 0)
		return NULL;
	size_t k = i + 1;
	while (k < S->n && S->w[k].s < b + span)
		k++;
	*end = k;
	return xstrndup(b, span);
}

/* A name of two to four capitalised words (particles between them)
 * ending right before word `end`; its first word's index in *from, or
 * 0 words. */
static size_t
name_before(const struct sentence *S, size_t end, size_t *from)
{
	size_t k = end, caps = 0;
	while (k > 0 && end - k < NAME_WORDS_MAX + 2) {
		const struct word *w = &S->w[k - 1];
		if (capital(w) && !memchr(w->s, '@', w->n)) {
			caps++;
			k--;
		} else if (caps > 0 &&
			   word_in(w, particles, NELEM(particles)) && k >= 2 &&
			   capital(&S->w[k - 2])) {
			k--;
		} else
			break;
		if (caps == NAME_WORDS_MAX)
			break;
	}
	*from = k;
	return caps >= 2 ? end - k : 0;
}

/* A name of two to four capitalised words starting at word i; how many
 * words, or 0. */
static size_t
name_after(const struct sentence *S, size_t i)
{
	size_t k = i, caps = 0;
	while (k < S->n && caps < NAME_WORDS_MAX) {
		const struct word *w = &S->w[k];
		if (capital(w) && !memchr(w->s, '@', w->n)) {
			caps++;
			k++;
		} else if (caps > 0 && k + 1 < S->n &&
			   word_in(w, particles, NELEM(particles)) &&
			   capital(&S->w[k + 1])) {
			k++;
		} else
			break;
	}
	return caps >= 2 ? k - i : 0;
}

static char *
join(const struct sentence *S, size_t from, size_t to)
{
	const char *b = S->w[from].s;
	const char *e = S->w[to - 1].s + S->w[to - 1].n;
	return xstrndup(b, (size_t)(e - b));
}

/* The name S->w[from..to) when it is a person's, else NULL. */
static char *
person_name(const struct sentence *S, size_t from, size_t to)
{
	if (to <= from)
		return NULL;
	char *v = join(S, from, to);
	if (!form_name_like(v)) {
		free(v);
		return NULL;
	}
	return v;
}

/* Words that introduce a colleague by name: "mijn collega X". */
static const char *const colleague_words[] = {
    "collega",	  "colleague",	 "medewerker",	 "medewerkster", "employee",
    "teamgenoot", "teamlid",	 "coworker",	 "co-worker",	 "collega's",
    "colleagues", "medewerkers", "teamleden",	 "stagiair",	 "stagiaire",
    "intern",	  "trainee",	 "vrijwilliger", "volunteer",
};
/* One person the sentence speaks of, named before. */
static const char *const third_person[] = {"hij", "he",	 "she", "his",
					   "her", "him", "hem", "haar"};
/* Everyone the text names, the writer too. */
static const char *const everyone[] = {"wij",	   "we",       "allebei",
				       "beiden",   "beide",    "both",
				       "allemaal", "iedereen", "each"};
/* "zij" and "ze" are "she" or "they"; "zijn" is "his" or "are". */

/* ---- the people ------------------------------------------------------ */

struct person {
	char *f[FF__COUNT];
};

struct reading {
	struct person p[PROSE_PEOPLE_MAX];
	size_t n;
	long last; /* the person named last, or -1 */
	struct form_person *shared;
	struct form_person *writer; /* what the writer says of themselves,
				     * or NULL: not asked for */
	int we;			    /* a sentence spoke of everyone */
	const char *const *exclude;
	size_t nexclude;
};

static int
excluded(const struct reading *R, const char *addr)
{
	for (size_t i = 0; i < R->nexclude; i++)
		if (R->exclude[i] && !strcasecmp(R->exclude[i], addr))
			return 1;
	return 0;
}

/* The person with this name (names compared without case), else -1. */
static long
find_name(const struct reading *R, const char *name)
{
	for (size_t i = 0; i < R->n; i++)
		if (R->p[i].f[FF_NAME] && !strcasecmp(R->p[i].f[FF_NAME], name))
			return (long)i;
	return -1;
}

/* The one person whose name begins with this word ("Piet" for "Piet
 * Smit"), else -1 (nobody, or two people who share it). */
static long
find_first_name(const struct reading *R, const struct word *w)
{
	long found = -1;
	for (size_t i = 0; i < R->n; i++) {
		const char *nm = R->p[i].f[FF_NAME];
		if (nm && strlen(nm) > w->n && nm[w->n] == ' ' &&
		    !strncasecmp(nm, w->s, w->n)) {
			if (found >= 0)
				return -1;
			found = (long)i;
		}
	}
	return found;
}

static long
add_person(struct reading *R, char *name)
{
	long k = name ? find_name(R, name) : -1;
	if (k >= 0) {
		free(name);
		return k;
	}
	if (R->n == PROSE_PEOPLE_MAX) {
		free(name);
		return -1;
	}
	memset(&R->p[R->n], 0, sizeof R->p[R->n]);
	R->p[R->n].f[FF_NAME] = name;
	return (long)R->n++;
}

static void
set_once(char **slot, char *v)
{
	if (*slot == NULL)
		*slot = v;
	else
		free(v);
}

/* ---- one sentence ---------------------------------------------------- */

/* Whom the sentence speaks of: a person's index, -2 for everyone, -1
 * for nobody the text names. */
static long
subject_of(const struct reading *R, const struct sentence *S, size_t from,
	   size_t to, long named)
{
	int plural = 0, single = 0;
	for (size_t i = from; i < to; i++) {
		const struct word *w = &S->w[i];
		if (word_in(w, everyone, NELEM(everyone)))
			plural = 1;
		if (word_in(w, third_person, NELEM(third_person)))
			single = 1;
		/* "Zij eet glutenvrij" (she), "zij zijn" (they) */
		if ((word_is(w, "zij") || word_is(w, "ze")) && i + 1 < to &&
		    !word_is(&S->w[i + 1], "zijn") &&
		    !word_is(&S->w[i + 1], "komen"))
			single = 1;
		/* "zijn mailadres", not "wij zijn" */
		if (word_is(w, "zijn") && i + 1 < to &&
		    (word_has(&S->w[i + 1], "mail") ||
		     word_has(&S->w[i + 1], "adres") ||
		     word_has(&S->w[i + 1], "nummer") ||
		     word_has(&S->w[i + 1], "telefoon")))
			single = 1;
		/* "mijn collega" without a name after it */
		if (word_in(w, colleague_words, NELEM(colleague_words)) &&
		    (i + 1 >= to || !capital(&S->w[i + 1])))
			single = 1;
	}
	if (plural)
		return -2;
	if (named >= 0)
		return named;
	if (single)
		return R->last;
	return -1;
}

/* Does word k start a clause or an aside ("..., als dat uitmaakt",
 * "researcher (my own firm)")?  A role or a diet ends before it. */
static int
breaks(const struct sentence *S, size_t k)
{
	return S->w[k].clause || (S->w[k].s > S->s && S->w[k].s[-1] == '(');
}

/* "is opbouwwerker bij Stichting X", "works as a lecturer at Example
 * College": the role and the organisation after the verb at word i. */
static void
role_and_org(const struct sentence *S, size_t i, char **role, char **org,
	     int apposition)
{
	static const char *const verbs[] = {"is",    "ben",   "zijn", "are",
					    "am",    "werkt", "werk", "werken",
					    "works", "work"};
	static const char *const as[] = {"als", "as"};
	static const char *const dets[] = {
	    "een", "a",	   "an", "onze",    "ons",  "our",   "de",
	    "the", "mijn", "my", "allebei", "both", "beiden"};
	static const char *const at[] = {"bij", "at",	"van",
					 "for", "with", "of"};
	*role = *org = NULL;
	/* an apposition ("Ik ben X, buurtbemiddelaar bij Y") has no verb
	 * of its own: the role starts at i */
	if (i >= S->n ||
	    (!apposition && !word_in(&S->w[i], verbs, NELEM(verbs))))
		return;
	size_t k = apposition ? i : i + 1;
	if (k < S->n && word_in(&S->w[k], as, NELEM(as)))
		k++;
	size_t d = k;
	int dk = 0; /* determiners skipped */
	/* "werken allebei als wijkcoach": "als" after "allebei" too */
	while (k < S->n && (word_in(&S->w[k], dets, NELEM(dets)) ||
			    word_in(&S->w[k], as, NELEM(as)))) {
		dk += word_in(&S->w[k], dets, NELEM(dets));
		k++;
	}
	int det = dk > 0 && k > d; /* "is onze programmeur", "is a lecturer" */
	size_t r = k;
	while (k < S->n && k - r < ROLE_WORDS_MAX && !(k > r && breaks(S, k)) &&
	       !word_in(&S->w[k], at, NELEM(at)) && !capital(&S->w[k]) &&
	       !memchr(S->w[k].s, '@', S->w[k].n) &&
	       !isdigit((unsigned char)S->w[k].s[0]) &&
	       !word_is(&S->w[k], "en") && !word_is(&S->w[k], "and"))
		k++;
	size_t re = k;
	/* "wij werken allebei bij Stichting X", "I work at X": where, with
	 * no function named */
	static const char *const work[] = {"werkt", "werk", "werken", "works",
					   "work"};
	int works =
	    !apposition && word_in(&S->w[i], work, NELEM(work)) && re == r;
	static const char *const at_org[] = {"bij", "at", "for"};
	/* "bij de gemeente Almere": an article, and a common noun before
	 * the name */
	size_t wo = k + 1;
	if (works && wo + 1 < S->n &&
	    (word_is(&S->w[wo], "de") || word_is(&S->w[wo], "het") ||
	     word_is(&S->w[wo], "the")))
		wo++;
	size_t lead =
	    wo + 1 < S->n && !capital(&S->w[wo]) && capital(&S->w[wo + 1]);
	/* "bij de afdeling Beleid van de Dienst ...": a department of an
	 * organisation the sentence does not name */
	static const char *const unit[] = {"afdeling",	 "dienst", "team",
					   "department", "sector", "unit"};
	if (works && k < S->n && word_in(&S->w[k], at_org, NELEM(at_org)) &&
	    wo < S->n && (capital(&S->w[wo]) || lead) &&
	    !word_in(&S->w[wo], unit, NELEM(unit))) {
		size_t oe = wo + lead;
		while (oe < S->n && oe - wo < ORG_WORDS_MAX &&
		       capital(&S->w[oe]) && !breaks(S, oe))
			oe++;
		*org = join(S, wo, oe);
		/* "Ik werk bij X als wijkregisseur in stadsdeel ...": the
		 * function after it */
		if (oe + 1 < S->n && word_in(&S->w[oe], as, NELEM(as))) {
			size_t rs = oe + 1, rend = rs;
			while (rend < S->n && rend - rs < ROLE_WORDS_MAX &&
			       !(rend > rs && breaks(S, rend)) &&
			       !word_in(&S->w[rend], at, NELEM(at)) &&
			       !capital(&S->w[rend]) &&
			       !word_is(&S->w[rend], "in") &&
			       !word_is(&S->w[rend], "en") &&
			       !word_is(&S->w[rend], "and"))
				rend++;
			if (rend > rs)
				*role = join(S, rs, rend);
		}
		return;
	}
	if (re > r && k < S->n && word_in(&S->w[k], at, NELEM(at))) {
		size_t o = k + 1;
		size_t oe = o;
		while (
		    oe < S->n && oe - o < ORG_WORDS_MAX &&
		    (capital(&S->w[oe]) ||
		     (oe > o && oe + 1 < S->n && capital(&S->w[oe + 1]) &&
		      (word_is(&S->w[oe], "voor") ||
		       word_is(&S->w[oe], "van") || word_is(&S->w[oe], "de") ||
		       word_is(&S->w[oe], "for") || word_is(&S->w[oe], "of")))))
			oe++;
		if (oe > o)
			*org = join(S, o, oe);
	}
	if (re > r) {
		char *v = join(S, r, re);
		/* "is ziek", "ben bereikbaar": a role says what someone
		 * does, or stands before the place they do it */
		if (*org || form_role_like(v) || (det && re - r <= 4))
			*role = v;
		else
			free(v);
	}
	if (*role == NULL) {
		free(*org);
		*org = NULL;
	}
}

/* "eet vegetarisch", "eats no meat", "does not eat meat": the diet as
 * written, from the verb at word i; NULL when there is none. */
static char *
diet_at(const struct sentence *S, size_t i)
{
	const struct word *w = &S->w[i];
	size_t from;
	if (word_is(w, "eet") || word_is(w, "eats"))
		from = i + 1;
	else if (word_is(w, "does") && i + 2 < S->n &&
		 word_is(&S->w[i + 1], "not") && word_is(&S->w[i + 2], "eat"))
		from = i;
	else if (word_is(w, "doesn't") && i + 1 < S->n &&
		 word_is(&S->w[i + 1], "eat"))
		from = i;
	else if ((word_is(w, "is") || word_is(w, "ben") || word_is(w, "am")) &&
		 i + 1 < S->n) {
		/* "Novice is vegetarian", "ik ben vegetariër": a diet's
		 * word right after "is" */
		char *next = join(S, i + 1, i + 2);
		int diet = form_diet_like(next);
		free(next);
		if (!diet)
			return NULL;
		from = i + 1;
	} else
		return NULL;
	size_t k = from == i ? i + 1 : from;
	while (k < S->n && k - from < 6 && !capital(&S->w[k]) &&
	       !(k > from && breaks(S, k)) && !word_is(&S->w[k], "en") &&
	       !word_is(&S->w[k], "and") && !word_is(&S->w[k], "maar") &&
	       !word_is(&S->w[k], "but"))
		k++;
	/* "eet mee": no diet */
	if (k == from || (k == from + 1 && (word_is(&S->w[from], "mee") ||
					    word_is(&S->w[from], "along"))))
		return NULL;
	return join(S, from, k);
}

/* Whom give() gives to besides a person's index: everyone, the writer. */
enum { TO_EVERYONE = -2, TO_WRITER = -3 };

static void
give(struct reading *R, long who, int field, char *v)
{
	if (v == NULL)
		return;
	if (who == TO_WRITER && R->writer)
		set_once(&R->writer->f[field], v);
	else if (who == TO_EVERYONE) {
		set_once(&R->shared->f[field], xstrdup(v));
		for (size_t i = 0; i < R->n; i++)
			set_once(&R->p[i].f[field], xstrdup(v));
		free(v);
	} else if (who >= 0 && (size_t)who < R->n)
		set_once(&R->p[who].f[field], v);
	else
		free(v);
}

/* The writer speaks of themselves: "ik", "I", "U kunt mij bereiken"
 * (a clause about the writer gives nothing to the people the text
 * names). */
static int
of_writer(const struct sentence *S, size_t from, size_t to)
{
	static const char *const me[] = {"ik",	 "i",	"i'm", "i'd",
					 "i've", "mij", "me"};
	for (size_t i = from; i < to; i++)
		if (word_in(&S->w[i], me, NELEM(me)))
			return 1;
	return 0;
}

/* Do the words right before word i call it the writer's own address:
 * "mijn (werk)adres", "mijn werkmail", "my (work/e-mail) address", with
 * at most "is", "luidt" or a colon between? */
static int
own_address_before(const struct sentence *S, size_t i)
{
	static const char *const mine[] = {"mijn", "my"};
	static const char *const links[] = {"is", "luidt", "remains", "blijft"};
	size_t k = i;
	while (k > 0 && i - k < 2 && word_in(&S->w[k - 1], links, NELEM(links)))
		k--;
	if (k == 0 || !(word_has(&S->w[k - 1], "adres") ||
			word_has(&S->w[k - 1], "address") ||
			word_has(&S->w[k - 1], "mail")))
		return 0;
	size_t m = k - 1;
	/* "mijn werkadres", "my work address", "my e-mail address" */
	for (size_t j = m; j > 0 && m - j < 3; j--)
		if (word_in(&S->w[j - 1], mine, NELEM(mine)))
			return 1;
	return 0;
}

/* Is the clause S->w[from..to) the writer naming themselves: "ik ben
 * <Name>", "I am <Name>", "my name is <Name>", ending in the name? */
static int
writer_named(const struct sentence *S, size_t from, size_t to)
{
	static const char *const intro[] = {"ben", "am", "i'm", "is", "heet"};
	for (size_t i = from; i + 1 < to; i++) {
		if (!word_in(&S->w[i], intro, NELEM(intro)))
			continue;
		size_t nw = name_after(S, i + 1);
		if (nw > 0 && i + 1 + nw == to && of_writer(S, from, to)) {
			char *v = person_name(S, i + 1, to);
			int named = v != NULL;
			free(v);
			return named;
		}
	}
	return 0;
}

static void
read_sentence(struct reading *R, const struct sentence *S)
{
	long named = -1;
	long at[NELEM(S->w)]; /* the person named at each word, or -1 */
	for (size_t i = 0; i < S->n; i++)
		at[i] = -1;
	/* addresses, with the name written right before each */
	char *loose = NULL; /* an address with no name before it */
	for (size_t i = 0; i < S->n; i++) {
		char *a = address_of(&S->w[i]);
		if (a == NULL)
			continue;
		if (excluded(R, a)) {
			free(a);
			continue;
		}
		/* "gebruik graag mijn werkadres x@...", "my work address is
		 * x@...": the writer's own address, told in so many words */
		if (R->writer && own_address_before(S, i)) {
			set_once(&R->writer->f[FF_EMAIL], a);
			continue;
		}
		size_t from;
		size_t nw = name_before(S, i, &from);
		char *name = nw ? person_name(S, from, i) : NULL;
		if (name) {
			long k = add_person(R, name);
			if (k >= 0) {
				set_once(&R->p[k].f[FF_EMAIL], a);
				named = k;
				R->last = k;
				at[from] = k;
			} else
				free(a);
		} else if (loose == NULL)
			loose = a;
		else
			free(a);
	}
	/* a colleague named without an address: "mijn collega X" */
	for (size_t i = 0; i + 1 < S->n; i++) {
		if (!word_in(&S->w[i], colleague_words, NELEM(colleague_words)))
			continue;
		size_t nw = name_after(S, i + 1);
		char *name = nw ? person_name(S, i + 1, i + 1 + nw) : NULL;
		if (name == NULL)
			continue;
		long k = add_person(R, name);
		if (k >= 0) {
			named = named >= 0 ? named : k;
			R->last = k;
			at[i + 1] = k;
		}
	}
	/* a person named before, named again: "Participant Five does not
	 * eat meat", or by the first name alone as the sentence's subject
	 * ("Piet is te bereiken via p@...") */
	for (size_t i = 0; i < S->n; i++) {
		size_t nw = capital(&S->w[i]) ? name_after(S, i) : 0;
		if (nw == 0 && i == 0 && capital(&S->w[0]) && S->n > 1 &&
		    !capital(&S->w[1])) {
			long k = find_first_name(R, &S->w[0]);
			if (k >= 0) {
				at[0] = k;
				named = named >= 0 ? named : k;
				R->last = k;
			}
		}
		if (nw == 0)
			continue;
		char *v = join(S, i, i + nw);
		long k = find_name(R, v);
		free(v);
		if (k >= 0 && at[i] < 0) {
			at[i] = k;
			named = named >= 0 ? named : k;
			R->last = k;
		}
		i += nw - 1;
	}
	long who = subject_of(R, S, 0, S->n, named);
	R->we |= who == -2;
	if (loose) {
		/* "Zijn mailadres wordt a@b", "bereikbaar op a@b" in a
		 * sentence about him */
		if (who >= 0 && R->p[who].f[FF_EMAIL] == NULL)
			R->p[who].f[FF_EMAIL] = loose;
		else
			free(loose);
	}
	if (who == -1 && R->writer == NULL)
		return;
	/* clause by clause: "Ik ben zakelijk leider van X, zij is onze
	 * programmeur" speaks of the writer first */
	int prev_self = 0;
	for (size_t c = 0; c < S->n;) {
		size_t ce = c + 1;
		while (ce < S->n && !S->w[ce].clause)
			ce++;
		long cnamed = -1;
		for (size_t i = c; i < ce && cnamed < 0; i++)
			cnamed = at[i];
		long cwho = subject_of(R, S, c, ce, cnamed);
		if (cwho == -1 && !of_writer(S, c, ce))
			cwho = who;
		if (cnamed < 0 && cwho != TO_EVERYONE && of_writer(S, c, ce))
			cwho = R->writer ? TO_WRITER : -1;
		/* "Ik ben Polderaar Vier, buurtbemiddelaar bij Stichting X":
		 * a clause right after the writer's "ik ben <name>" that
		 * names nobody says what the writer is */
		int appos = c > 0 && cwho == -1 && cnamed < 0 && prev_self;
		if (appos)
			cwho = R->writer ? TO_WRITER : -1;
		prev_self = writer_named(S, c, ce);
		for (size_t i = c; i < ce && cwho != -1; i++) {
			size_t end;
			char *ph = cwho >= 0 || cwho == TO_WRITER
				       ? phone_at(S, i, &end)
				       : NULL;
			if (ph) {
				give(R, cwho, FF_PHONE, ph);
				i = end - 1;
				continue;
			}
			char *role, *org;
			role_and_org(S, i, &role, &org, appos && i == c);
			if (role)
				give(R, cwho, FF_ROLE, role);
			if (org)
				give(R, cwho, FF_ORGANISATION, org);
			char *diet = diet_at(S, i);
			if (diet)
				give(R, cwho, FF_DIET, diet);
		}
		c = ce;
	}
}

/* Every sentence of text, into R. */
static void
read_text(struct reading *R, const char *text)
{
	struct sentence *S = xmalloc(sizeof *S);
	const char *p = text;
	while (*p) {
		size_t adv, len = next_sentence(p, &adv);
		if (len > 0) {
			split_words(p, len, S);
			read_sentence(R, S);
		}
		p += adv > 0 ? adv : 1;
	}
	free(S);
}

int
prose_writer(const char *text, struct form_person *out)
{
	if (out == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	if (text == NULL)
		return 0;
	struct form_person shared = {0};
	struct reading *R = xcalloc(1, sizeof *R);
	R->last = -1;
	R->shared = &shared;
	R->writer = out;
	read_text(R, text);
	for (size_t i = 0; i < R->n; i++)
		for (int f = 0; f < FF__COUNT; f++)
			free(R->p[i].f[f]);
	form_person_free(&shared);
	free(R);
	/* only what a person's own sentences tell: no name, and an address
	 * only as "mijn werkadres x@..." (own_address_before) */
	for (int f = 0; f < FF__COUNT; f++)
		if (f != FF_PHONE && f != FF_ROLE && f != FF_ORGANISATION &&
		    f != FF_DIET && f != FF_EMAIL) {
			free(out->f[f]);
			out->f[f] = NULL;
		}
	return 0;
}

int
prose_people(const char *text, const char *const *exclude, size_t nexclude,
	     struct form *out, struct form_person *shared, int *we)
{
	if (out == NULL || shared == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	memset(shared, 0, sizeof *shared);
	if (we)
		*we = 0;
	if (text == NULL)
		return 0;
	struct reading *R = xcalloc(1, sizeof *R);
	R->last = -1;
	R->shared = shared;
	R->exclude = exclude;
	R->nexclude = nexclude;
	read_text(R, text);
	size_t k = 0;
	for (size_t i = 0; i < R->n; i++)
		k += R->p[i].f[FF_EMAIL] != NULL;
	out->people = k ? xcalloc(k, sizeof *out->people) : NULL;
	for (size_t i = 0; i < R->n; i++) {
		if (R->p[i].f[FF_EMAIL] == NULL) {
			for (int f = 0; f < FF__COUNT; f++)
				free(R->p[i].f[f]);
			continue;
		}
		for (int f = 0; f < FF__COUNT; f++)
			out->people[out->n].f[f] = R->p[i].f[f];
		out->n++;
	}
	if (we)
		*we = R->we && out->n > 0;
	free(R);
	return 0;
}
