/*
 * judge — sentence moods and intent evidence (see judge.h).
 *
 * Matching runs on folded text (judge_fold: libunistring case folding
 * and decomposition, combining marks dropped) cut into word tokens.  A
 * cue is a short pattern of tokens: "sign * up" allows up to GAP words
 * in the gap; "meld + aan" (a Dutch separable verb, whose particle goes
 * to the end of its clause) any number up to CLAUSE_REACH within one
 * clause (no comma, colon or bracket between); "aanmeld~" matches a word
 * by its stem.  A sentence gets at most one cue, the first by the
 * priority below (a substitution mentions cancelling; a cancellation
 * mentions the registration), and one mood.  What counts is decided
 * once, in judge(), from the moods: the tables only say what words
 * point at, never what to do.
 */
#include "judge.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>
#include <unistr.h>

#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { MAX_TOKENS = 160, GAP = 4, CLAUSE_REACH = 10, NEG_REACH = 5 };

/* ---- folding and tokens ---- */

char *
judge_fold(const char *s)
{
	if (s == NULL)
		return xstrdup("");
	size_t n = strlen(s), len = 0;
	/* ASCII, most of what is folded: full case folding and NFKD leave
	 * it as its lower case, so libunistring (a tenth of the reading's
	 * instructions) is spared; the loop below treats both alike. */
	size_t ascii = 0;
	while (ascii < n && (unsigned char)s[ascii] < 0x80)
		ascii++;
	uint8_t *f;
	if (ascii == n) {
		f = xmalloc(n + 1);
		for (size_t i = 0; i < n; i++)
			f[i] = (uint8_t)(s[i] >= 'A' && s[i] <= 'Z'
					     ? s[i] - 'A' + 'a'
					     : s[i]);
		len = n;
	} else {
		f = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFKD, NULL,
				&len);
	}
	char *out = xmalloc((f ? len : n) + 1);
	size_t o = 0;
	int space = 1;
	if (f == NULL) {
		/* not valid UTF-8: ASCII folding only */
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (isspace(c)) {
				if (!space)
					out[o++] = ' ';
				space = 1;
			} else {
				out[o++] = (char)tolower(c);
				space = 0;
			}
		}
	} else {
		for (size_t i = 0; i < len;) {
			ucs4_t cp;
			int k = u8_mbtouc(&cp, f + i, len - i);
			if (k <= 0)
				k = 1;
			if (cp >= 0x300 && cp <= 0x36f) {
				i += (size_t)k; /* combining mark */
				continue;
			}
			if (cp == 0x2019 || cp == 0x2018 || cp == 0x60) {
				out[o++] = '\'';
				space = 0;
			} else if (cp < 0x80 && isspace((int)cp)) {
				if (!space)
					out[o++] = ' ';
				space = 1;
			} else if (cp == 0xa0) {
				if (!space)
					out[o++] = ' ';
				space = 1;
			} else {
				memcpy(out + o, f + i, (size_t)k);
				o += (size_t)k;
				space = 0;
			}
			i += (size_t)k;
		}
		free(f);
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

struct toks {
	char *buf;
	const char *t[MAX_TOKENS];
	unsigned char brk[MAX_TOKENS]; /* a clause break before token i */
	size_t n;
};

static int
wordc(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'';
}

/* Words of folded text; "can't" stays one word. */
static void
tokens(const char *folded, struct toks *T)
{
	T->buf = xstrdup(folded);
	T->n = 0;
	char *p = T->buf;
	unsigned char brk = 0;
	while (*p && T->n < MAX_TOKENS) {
		while (*p && !wordc((unsigned char)*p))
			brk |= strchr(",;:()", *p++) != NULL;
		if (!*p)
			break;
		T->brk[T->n] = brk;
		T->t[T->n++] = p;
		while (*p && wordc((unsigned char)*p))
			p++;
		/* the byte after the word ends it: note a break first */
		brk = *p && strchr(",;:()", *p);
		if (*p)
			*p++ = '\0';
	}
	/* strip quotes that are not apostrophes */
	for (size_t i = 0; i < T->n; i++) {
		while (T->t[i][0] == '\'')
			T->t[i]++;
		size_t k = strlen(T->t[i]);
		while (k > 0 && T->t[i][k - 1] == '\'')
			((char *)T->t[i])[--k] = '\0';
	}
}

static int
tok_is(const char *tok, const char *pat)
{
	size_t k = strlen(pat);
	if (k > 0 && pat[k - 1] == '~')
		return strncmp(tok, pat, k - 1) == 0;
	return strcmp(tok, pat) == 0;
}

/* Does the pattern match at token i?  *end: one past the last token. */
/* Does token `tok` match the first word of `pat` (its length k)? */
static int
first_is(const char *tok, const char *pat, size_t k)
{
	if (k > 0 && pat[k - 1] == '~')
		return strncmp(tok, pat, k - 1) == 0;
	return strncmp(tok, pat, k) == 0 && tok[k] == '\0';
}

static int
match_at(const struct toks *T, size_t i, const char *pat, size_t *end)
{
	/* most patterns fail on their first letter, nearly all on their
	 * first word: test those before the copy */
	if (i >= T->n || T->t[i][0] != pat[0] ||
	    !first_is(T->t[i], pat, strcspn(pat, " ")))
		return 0;
	char p[96];
	snprintf(p, sizeof p, "%s", pat);
	char *save = NULL;
	size_t at = i;
	int gap = 0, first = 1, clause = 0;
	for (char *w = strtok_r(p, " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		if (!strcmp(w, "*") || !strcmp(w, "+")) {
			clause = w[0] == '+';
			gap = clause ? CLAUSE_REACH : GAP;
			continue;
		}
		size_t lim = at + (size_t)gap;
		size_t k = at;
		while (k < T->n && k <= lim && !tok_is(T->t[k], w)) {
			k++;
			if (clause && k < T->n && T->brk[k])
				return 0; /* the clause ended first */
		}
		if (k >= T->n || k > lim || (first && k != i))
			return 0;
		at = k + 1;
		gap = 0;
		first = 0;
		clause = 0;
	}
	*end = at;
	return 1;
}

/* A table's patterns grouped by their first byte, in the table's order:
 * every token of every sentence is tried against the tables, and a
 * token can only start a pattern that starts with its letter.  Built
 * once per table (they are static) and kept; past PAT_TABLES tables the
 * search goes through the whole table. */
enum { PAT_TABLES = 64 };
struct pat_index {
	const char *const *pats;
	unsigned short start[257];
	unsigned short *order;
};

static const struct pat_index *
pat_index(const char *const *pats, size_t n)
{
	static struct pat_index ix[PAT_TABLES];
	static size_t nix;
	for (size_t t = 0; t < nix; t++)
		if (ix[t].pats == pats)
			return &ix[t];
	if (nix == PAT_TABLES || n > 0xffff)
		return NULL;
	struct pat_index *x = &ix[nix];
	x->order = xmalloc((n ? n : 1) * sizeof *x->order);
	memset(x->start, 0, sizeof x->start);
	for (size_t k = 0; k < n; k++)
		x->start[(unsigned char)pats[k][0] + 1]++;
	for (int b = 0; b < 256; b++)
		x->start[b + 1] =
		    (unsigned short)(x->start[b + 1] + x->start[b]);
	unsigned short fill[256];
	memcpy(fill, x->start, sizeof fill);
	for (size_t k = 0; k < n; k++)
		x->order[fill[(unsigned char)pats[k][0]]++] = (unsigned short)k;
	x->pats = pats;
	nix++;
	return x;
}

/* Does any pattern of the table match at token i?  The first in the
 * table's order wins: *end and *which (when not NULL) are its. */
static int
any_at(const struct toks *T, size_t i, const char *const *pats, size_t n,
       size_t *end, const char **which)
{
	if (i >= T->n)
		return 0;
	const struct pat_index *x = pat_index(pats, n);
	unsigned char c = (unsigned char)T->t[i][0];
	size_t from = x ? x->start[c] : 0, to = x ? x->start[c + 1] : n;
	for (size_t j = from; j < to; j++) {
		size_t k = x ? x->order[j] : j;
		if (match_at(T, i, pats[k], end)) {
			if (which)
				*which = pats[k];
			return 1;
		}
	}
	return 0;
}

/* First match of any pattern: the start token, or -1. */
static long
find_pat(const struct toks *T, const char *const *pats, size_t n, size_t *end,
	 const char **which)
{
	for (size_t i = 0; i < T->n; i++)
		if (any_at(T, i, pats, n, end, which))
			return (long)i;
	return -1;
}

static long
find_any(const struct toks *T, const char *const *pats, size_t n, size_t *end)
{
	return find_pat(T, pats, n, end, NULL);
}

/* Is there a word of comparison in the three words before token i
 * ("dezelfde ... als", "net als", "even ... als")? */
static int
compared_before(const struct toks *T, size_t i)
{
	static const char *const cmp[] = {"dezelfde", "hetzelfde", "zelfde",
					  "net",      "even",	   "zo",
					  "evenals",  "zoals"};
	for (size_t j = i > 3 ? i - 3 : 0; j < i; j++)
		for (size_t k = 0; k < NELEM(cmp); k++)
			if (!strcmp(T->t[j], cmp[k]))
				return 1;
	return 0;
}

/* ---- what words point at ---- */

/* (a seat named alone, "mijn plaats", is what a status question asks
 * about: "of mijn plaats nog staat"; someone must take or get it) */
static const char *const cue_substitute[] = {
    "in mijn plaats",
    "in zijn plaats",
    "in haar plaats",
    "neem~ * mijn plaats",
    "neem~ * mijn plek",
    "neem~ * zijn plaats",
    "neem~ * haar plaats",
    "neem~ * zijn plek",
    "neem~ * haar plek",
    "geef~ * mijn plaats",
    "geef~ * mijn plek",
    "mijn plaats * naar",
    "mijn plek * naar",
    "mijn plaats * aan",
    "mijn plek * aan",
    "mijn plaats * over",
    "mijn plek * over",
    "mijn plaats * in",
    "mijn plek * in",
    "mijn plaats * innem~",
    "mijn plek * innem~",
    "mijn plaats * overnem~",
    "mijn plek * overnem~",
    "vervang~",
    "neemt + over",
    "overnemen",
    "overdragen",
    "in plaats van mij",
    "take * place",
    "takes * place",
    "taking * place",
    "in my place",
    "instead of me",
    "replace me",
    "replacing me",
    "my replacement",
    "substitut~",
    "stand in",
    "transfer * registration",
    "transfer * place",
    "transfer * seat",
};
static const char *const cue_cancel[] = {
    "afmeld~",
    "meld + af",
    "annuler~",
    "annuleer~",
    "intrekken",
    "trek + in",
    "uitschrijv~",
    "schrijf + uit",
    "kan helaas niet",
    "kan toch niet",
    "kan niet meer",
    "verhinderd",
    "cancel~",
    "withdraw~",
    "unable to attend",
    "cannot attend",
    "can't attend",
    "can not attend",
    "won't be able",
    "will not be able",
    "no longer able",
    "take + off",
    "remove me",
    "unregister~",
    "deregister~",
    "niet * deelnemen",
    "not * attend",
    "niet meer komen",
    "niet komen",
    "afgemeld",
    /* off the waiting list, and giving up a seat: "Haalt u mij maar van
     * de wachtlijst af", "ik zie af van de plaats" */
    "haal~ + van de wachtlijst",
    "zie af van",
    "zien af van",
};
static const char *const cue_status[] = {
    "status * aanmelding",
    "status * inschrijving",
    "status * registration",
    "mijn status",
    "my status",
    "de status",
    "the status",
    "ben ik * aangemeld",
    "ben ik * ingeschreven",
    "ben ik * geplaatst",
    "sta ik + wachtlijst",
    "sta ik + lijst",
    "sta ik erop",
    "aanmelding * ontvangen",
    "aanmelding * binnen~",
    "aanmelding * verwerkt",
    "bevestiging * ontvangen",
    "heb ik * plek",
    "heb ik * plaats",
    "welke plaats",
    "positie op de wachtlijst",
    "plek op de wachtlijst",
    "plaats op de wachtlijst",
    "am i registered",
    "am i on",
    "i'm on the list",
    "i am on the list",
    "is my registration",
    "have i been registered",
    "do i have a place",
    "do i have a seat",
    "did you receive * registration",
    "received * registration",
    "where do i stand",
    "position on the waiting",
    "confirmation * received",
    "received * confirmation",
};
static const char *const cue_help[] = {
    "hoe meld ~",
    "hoe kan ik * aanmelden",
    "hoe kan ik * inschrijven",
    "hoe werkt * aanmeld~",
    "hoe schrijf ~",
    "hoe moet ik * aanmelden",
    "hoe kunnen wij * aanmelden",
    "welke gegevens",
    "how do i register",
    "how can i register",
    "how to register",
    "how do i sign up",
    "how do we register",
    "how can we register",
    "what information do you need",
    "what details do you need",
    "wat * nodig",
    "what * need",
};
static const char *const cue_correct[] = {
    "correctie",
    "corrigeer~",
    "corrigeren",
    "verbeter~",
    "spelfout",
    "verkeerd gespeld",
    "verkeerd * geschreven",
    "moet zijn",
    "should be",
    "should read",
    "correction",
    "typo",
    "misspel~",
    "wrongly spelled",
    "spelled wrong~",
    "wijzig~",
    "aanpassen",
    "aangepast",
    "update my",
    "change my name",
    "change my e",
    "change my address",
};
static const char *const cue_register[] = {
    "aanmeld~",
    "meld~ + aan",
    "inschrijv~",
    "schrijf + in",
    "deelnemen",
    "deel * nemen",
    "in te schrijven",
    "aan te melden",
    "neem + deel",
    "regist~",
    "sign * up",
    "enrol~",
    "book * place",
    "book * seat",
    "reserve * place",
    "reserve * seat",
    "plaats reserveren",
    "plek reserveren",
    "attend~",
    "participat~",
    "doe + mee",
    "meedoen",
    "join",
    "join the course",
    "ik kom graag",
    "wil graag komen",
    "kom ik graag",
    "aangemeld",
    "ingeschreven",
    /* "zich opgeven" (the verb without "mij", "ons" or "zich" is "to
     * state" or "to give up") */
    "geef ik mij op",
    "geef ik me op",
    "geef mij * op",
    "geef me * op",
    "geven wij ons op",
    "geven we ons op",
    "geven ons * op",
    "mij * opgeven",
    "me * opgeven",
    "ons * opgeven",
    "zich * opgeven",
    "mij * opgegeven",
    "me * opgegeven",
    "ons * opgegeven",
    "zich * opgegeven",
    "take part",
    "taking part",
};

static const struct {
	enum judge_intent intent;
	const char *const *pats;
	size_t n;
} cues[] = {
    {JI_SUBSTITUTE, cue_substitute, NELEM(cue_substitute)},
    {JI_CANCEL, cue_cancel, NELEM(cue_cancel)},
    {JI_STATUS, cue_status, NELEM(cue_status)},
    {JI_HELP, cue_help, NELEM(cue_help)},
    {JI_CORRECT, cue_correct, NELEM(cue_correct)},
    {JI_REGISTER, cue_register, NELEM(cue_register)},
};

/* ---- words that name a thing ---- */

static int tok_in(const char *t, const char *const *words, size_t n);

/* Does the register cue at token i name a thing, not the act?  A Dutch
 * compound puts its head last, so "aanmeldformulier",
 * "inschrijvingskosten" and "registratienummer" are a form, a fee and a
 * number: the register word only says which.  An English compound is
 * written apart: "registration form", "registration fee".  The thing
 * stands for the act only where the writer encloses it ("Bijgaand het
 * ingevulde aanmeldformulier"): not where it is asked for ("Could you
 * send me the registration form?"), looked for or spoken of. */
static int
names_thing(const struct toks *T, size_t i)
{
	/* the stems and the endings that keep them a verb or its noun */
	static const struct {
		const char *stem;
		const char *const ends[10];
	} family[] = {
	    {"aanmeld",
	     {"", "en", "t", "de", "den", "ing", "ingen", "end", "ende", "er"}},
	    {"inschrijv", {"en", "ing", "ingen", "end", "ende", "er"}},
	    {"registrati", {"e", "es", "on", "ons"}},
	    {"registre", {"er", "ert", "erde", "erden", "ren", "rend"}},
	};
	/* heads of English compounds: things, not acts or people */
	static const char *const heads[] = {
	    "form",   "forms",	  "link",   "page",    "fee",
	    "fees",   "deadline", "date",   "process", "procedure",
	    "desk",   "system",	  "portal", "website", "site",
	    "number", "code",	  "costs",  "cost",    "email",
	    "mail",   "button",	  "period", "window",  "conditions",
	    "terms",  "policy",	  "tool",   "module",  "software"};
	/* the thing handed over now is the registration */
	static const char *const enclosed[] = {
	    "bijgaand", "bijgevoegd", "bijlage",    "ingevuld",	 "ingevulde",
	    "attached", "enclosed",   "filled",	    "completed", "hierbij",
	    "hereby",	"herewith",   "bijgesloten"};
	const char *t = T->t[i];
	int thing = 0;
	for (size_t k = 0; k < NELEM(family) && !thing; k++) {
		size_t sl = strlen(family[k].stem);
		if (strncmp(t, family[k].stem, sl))
			continue;
		const char *rest = t + sl;
		int inflected = 0;
		for (size_t e = 0; e < NELEM(family[k].ends) &&
				   family[k].ends[e] && !inflected;
		     e++)
			inflected = !strcmp(rest, family[k].ends[e]);
		thing = !inflected && strlen(rest) >= 4;
	}
	if (!thing && i + 1 < T->n &&
	    (!strcmp(t, "registration") || !strcmp(t, "enrolment") ||
	     !strcmp(t, "enrollment") || !strcmp(t, "signup")))
		thing = tok_in(T->t[i + 1], heads, NELEM(heads));
	for (size_t j = 0; thing && j < T->n; j++)
		if (tok_in(T->t[j], enclosed, NELEM(enclosed)))
			thing = 0;
	return thing;
}

/* Is the token the noun of registering ("aanmelding", "inschrijvingen",
 * "registration")? */
static int
register_noun(const char *t)
{
	static const char *const nouns[] = {"aanmelding", "inschrijving",
					    "registratie", "registration"};
	for (size_t k = 0; k < NELEM(nouns); k++)
		if (!strncmp(t, nouns[k], strlen(nouns[k])))
			return 1;
	return 0;
}

/* ---- moods ---- */

/* Words that open a question (at the start of a clause). */
static const char *const question_openers[] = {
    "hoe",    "wat",	 "wanneer", "waar",   "welke", "welk",	 "wie",
    "waarom", "hoeveel", "hoelang", "is",     "zijn",  "kan",	 "kun",
    "kunt",   "kunnen",	 "mag",	    "mogen",  "moet",  "moeten", "heeft",
    "hebben", "heb",	 "wordt",   "worden", "zou",   "zoudt",	 "zouden",
    "wil",    "wilt",	 "willen",  "klopt",  "gaat",  "krijg",	 "krijgen",
    "how",    "what",	 "when",    "where",  "which", "who",	 "why",
    "is",     "are",	 "can",	    "could",  "do",    "does",	 "did",
    "will",   "would",	 "should",  "may",    "have",  "has",	 "am",
    "was",    "were",	 "shall",   "might",
};
/* Indirect questions, anywhere in a sentence. */
static const char *const indirect_questions[] = {
    "vraag me af",
    "vroeg me af",
    "vraag mij af",
    "vroeg mij af",
    "zou graag willen weten",
    "zou graag weten",
    "wil graag weten",
    "graag weten",
    "ben benieuwd",
    "wonder~",
    "would like to know",
    "like to know",
    "want to know",
    "please let me know whether",
    "laat u * weten of",
    "laten weten of",
    "graag hoor ik",
    "hoor ik graag",
    "hoor graag",
};

/* Does an indirect question ("want to know", "vraag me af") end right
 * before token i?  Then a conjunction at i opens what it asks. */
static int
asked_after(const struct toks *T, size_t i)
{
	for (size_t j = i > 6 ? i - 6 : 0; j < i; j++) {
		size_t end;
		if (any_at(T, j, indirect_questions, NELEM(indirect_questions),
			   &end, NULL) &&
		    end == i)
			return 1;
	}
	return 0;
}
/* A request: a question that asks the robot to do something for
 * someone ("Kunt u mij aanmelden?", "Could you register us?"). */
static const char *const request_openers[] = {
    "kunt u",  "kun je",    "kunnen jullie", "wilt u",	      "wil je",
    "kun jij", "kan je",    "kan jij",	     "wil jij",	      "willen jullie",
    "zou u",   "zoudt u",   "zou je",	     "zouden jullie", "could you",
    "zou jij", "would you", "can you",	     "will you",      "please",
};
static const char *const objects[] = {
    "mij", "me",  "ons", "hem", "haar",	   "mijn",   "onze",	 "my",
    "us",  "him", "her", "our", "mijzelf", "myself", "collega~", "colleague~",
};
static const char *const negators[] = {
    "niet",    "geen",	  "nooit",   "not",    "never", "don't",
    "dont",    "doesn't", "didn't",  "no",     "nee",	"hoeft",
    "neither", "nor",	  "niemand", "nobody", "noone", "none",
};
/* A condition governs its whole sentence. */
static const char *const conditions[] = {
    "als ik",
    "als het",
    "als mijn",
    "als we",
    "als wij",
    "als er",
    "als dat",
    "als u",
    "als onze",
    "als de",
    "als hij",
    "als zij",
    "als ze",
    "indien",
    "mocht",
    "mochten",
    "stel dat",
    "stel",
    "mits",
    "tenzij",
    "in geval",
    "ingeval",
    "in het geval",
    "if",
    "in case",
    /* "Afhankelijk daarvan meld ik mij aan", "depending on that" */
    "afhankelijk",
    "depending on",
    "depends on",
    "hangt + af",
    "unless",
    "provided",
    "should i",
    "should we",
    "should my",
    "wanneer ik",
    "zodra",
    "as soon as",
    "once i",
    "once my",
    /* the answer to a question before it: "Zo ja, dan meld ik me aan" */
    "zo ja",
    "zo nee",
    "zo niet",
    "indien ja",
    "in dat geval",
    "in that case",
    /* something that must come first: "before I can register" */
    "voordat ik",
    "voordat we",
    "voordat wij",
    "before i",
    "before we",
    "totdat",
    "until",
};
/* Conditions the robot meets itself by giving a seat or a waiting-list
 * place: they do not hold a registration back. */
static const char *const availability[] = {
    "als dat * kan",	   "als het * kan",	    "indien mogelijk",
    "als er * plaats",	   "als er * plek",	    "als er * ruimte",
    "if possible",	   "if there is * place",   "if there is * room",
    "if there is * space", "if there is * seat",    "if that is * possible",
    "if still possible",   "if there are * places", "if there are * seats",
    "als het * mogelijk",  "indien er * plaats",    "indien er * plek",
    "if it is * possible", "if places are",	    "als dat * mogelijk",
};
static const char *const hesitations[] = {
    "twijfel~",
    "weet * niet",
    "nog niet zeker",
    "niet zeker",
    "overweeg~",
    "overweg~", /* overwegen, overwogen */
    "misschien",
    "wellicht",
    "eventueel",
    "eerst toestemming",
    "eerst overleg~",
    "toestemming vragen",
    "toestemming nodig",
    "nog toestemming",
    "eerst * vragen",
    "ik laat * weten",
    "laat ik * weten",
    "kom * terug",
    "voorlopig",
    "onder voorbehoud",
    "not sure",
    "unsure",
    "maybe",
    "perhaps",
    "possibly",
    "considering",
    "thinking about",
    "let you know",
    "get back to you",
    "need approval",
    "need permission",
    "approval first",
    "permission first",
    "waiting for approval",
    "tentative~",
    "pencil",
    "not * decided",
    "nog niet besloten",
    "optie",
    "interesse in",
    "interested in",
    /* an absence is not a request either way */
    "afwezig~",
    "niet aanwezig",
    "absent",
    "not be present",
    "not present",
};
/* A day or a date: "dag 3", "the second day", "23 september". */
static const char *const day_words[] = {
    "dag",	 "day",	    "dagen", "days", "ochtend",	  "middag",   "morning",
    "afternoon", "dagdeel", "juni",  "june", "september", "november",
};
/* A registration told as done: a participle after a form of "to have"
 * or "to be", or the noun after a verb of sending. */
static const char *const participles[] = {
    "aangemeld",   "ingeschreven", "geregistreerd", "afgemeld", "opgegeven",
    "geannuleerd", "registered",   "enrolled",	    "signed",	"cancelled",
    "canceled",	   "booked",	   "gereserveerd",
};
static const char *const auxiliaries[] = {
    "heb",
    "hebben",
    "heeft",
    "had",
    "hadden",
    "ben",
    "is",
    "zijn",
    "was",
    "waren",
    "have",
    "has",
    "had",
    "am",
    "are",
    "were",
    "i've",
    "we've",
    /* the contractions of "to be": "I'm registered", "she's booked" */
    "i'm",
    "we're",
    "you're",
    "he's",
    "she's",
    "they're",
    /* "ik sta aangemeld", "we stonden ingeschreven" */
    "sta",
    "staat",
    "staan",
    "stond",
    "stonden",
};
static const char *const sent_verbs[] = {
    "sent",	 "submitted", "stuurde",  "stuurden",  "gestuurd",
    "verstuurd", "gedaan",    "ingevuld", "ontvangen", "received",
    "gemaild",	 "mailed",    "filled",
};
/* Who a registration sentence is about: the writer ("ik", "wij",
 * "my"), a third person ("mijn collega", "de volgende", "Participant
 * Two"), or "hierbij"/"graag" that make it the writer's act.  A sentence
 * that speaks only of the reader ("Meldt u zich aan", "you can register
 * here") is an invitation, not a registration. */
static const char *const first_person[] = {
    "ik",
    "mij",
    "me",
    "mijzelf",
    "mezelf",
    "wij",
    "we",
    "ons",
    "i",
    "i'd",
    "i'm",
    "i'll",
    "myself",
    "us",
    "we'd",
    "hierbij",
    "hereby",
    "graag",
    "collega",
    "collega's",
    "colleague",
    "colleagues",
    "medewerker",
    "medewerkers",
    "volgende",
    "following",
    "deelnemer",
    "deelnemers",
    "participant",
    "participants",
    "hem",
    "him",
    "zichzelf",
    /* the writer presenting what follows ("Hieronder het ingevulde
     * aanmeldformulier") or naming herself formally ("Ondergetekende,
     * X, ...", "the undersigned") */
    "hieronder",
    "herewith",
    "ondergetekende",
    "undersigned",
};
static const char *const second_person[] = {
    "u", "uw", "jij", "je", "jou", "jouw", "jullie", "you", "your", "meldt",
};
/* Thanks for a registration, a confirmation for one: about the past. */
static const char *const thanks[] = {
    "dank", "bedankt", "dankjewel", "dankuwel", "thanks", "thank",
};
/* Is the token one of the n words? */
static int
tok_in(const char *t, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (!strcmp(t, words[k]))
			return 1;
	return 0;
}

/* Is `w` one of the space-separated words of `pat`? */
static int
has_word(const char *pat, const char *w)
{
	if (pat == NULL)
		return 0;
	size_t k = strlen(w);
	for (const char *p = pat; (p = strstr(p, w)); p++)
		if ((p == pat || p[-1] == ' ') && (p[k] == ' ' || !p[k]))
			return 1;
	return 0;
}

/* Does the clause T[from..to) speak of the reader ("u", "you") and not
 * of the writer ("ik", "mijn", "hierbij")?  Then what it says of
 * registering, cancelling or having done so is the reader's matter:
 * "met deze code kunt u zich afmelden", "Heeft u zich niet aangemeld?
 * Dan kunt u deze e-mail negeren".  "een collega" in "kunt u ... een
 * collega sturen" is nobody's yet, so it is not the writer's either. */
static const char *const writer_words[] = {
    "ik",   "mij",  "me",  "mijzelf", "mezelf", "wij",	"we",	  "ons",
    "onze", "mijn", "i",   "i'd",     "i'm",	"i'll", "myself", "us",
    "we'd", "my",   "our", "hierbij", "hereby", "graag"};

static int
of_reader_only(const struct toks *T, size_t from, size_t to)
{
	int first = 0, second = 0;
	for (size_t i = from; i < to; i++) {
		first |= tok_in(T->t[i], writer_words, NELEM(writer_words));
		/* "meldt" marks the imperative "Meldt u zich aan"; "Jan
		 * meldt zich af" is a third person's */
		second |=
		    tok_in(T->t[i], second_person, NELEM(second_person)) &&
		    strcmp(T->t[i], "meldt");
	}
	return second && !first;
}

static int
any_at_start(const struct toks *T, size_t from, const char *const *p, size_t n)
{
	size_t end;
	return any_at(T, from, p, n, &end, NULL);
}

/* The clause starts: token 0 and every token after a comma or ';'. */
struct clauses {
	size_t at[MAX_TOKENS];
	size_t n;
};

static const char *const self_words[] = {
    "mij", "me", "mijzelf", "mezelf", "myself", "i", "ik", "i'd", "i'm",
};
static const char *const other_words[] = {
    "collega",	  "collega's",	  "colleague", "colleagues",
    "medewerker", "medewerkers",  "volgende",  "following",
    "hem",	  "haar",	  "him",       "her",
    "deelnemers", "participants", "teamleden", "zich",
};
static const char *const both_words[] = {"ons", "us",	   "wij",
					 "we",	"onszelf", "ourselves"};

/* The number a token spells, 2 to 20 in words or 1 to 99 in digits, or 0
 * ("een"/"one" is an article as often as a number: only the caller that
 * reads "een van onze medewerkers" takes it). */
int
judge_number(const char *t)
{
	static const char *const nl[] = {
	    "twee",	 "drie",     "vier",	  "vijf",     "zes",
	    "zeven",	 "acht",     "negen",	  "tien",     "elf",
	    "twaalf",	 "dertien",  "veertien",  "vijftien", "zestien",
	    "zeventien", "achttien", "negentien", "twintig"};
	static const char *const en[] = {
	    "two",	 "three",    "four",	 "five",    "six",
	    "seven",	 "eight",    "nine",	 "ten",	    "eleven",
	    "twelve",	 "thirteen", "fourteen", "fifteen", "sixteen",
	    "seventeen", "eighteen", "nineteen", "twenty"};
	for (size_t k = 0; k < NELEM(nl); k++)
		if (!strcmp(t, nl[k]) || !strcmp(t, en[k]))
			return (int)k + 2;
	size_t n = strlen(t);
	if (n >= 1 && n <= 2 && isdigit((unsigned char)t[0]) &&
	    isdigit((unsigned char)t[n - 1]))
		return atoi(t);
	return 0;
}

/* Is T[i] a number of people: a number ("twee", "3") before a plural
 * ("vrijwilligers", "collega's", "medewerkers", "people", "staff"), not a
 * name ("Participant Nine and ...") and not a thing counted ("twee
 * dagen", "de vier studiedagen", "drie plaatsen")? */
static int
people_counted(const struct toks *T, size_t i)
{
	/* what is counted that is not people: time, and the course's
	 * parts ("de vier studiedagen", "two sessions"), also as the end
	 * of a longer word */
	static const char *const things[] = {
	    "dag",	 "dagen",	  "day",	 "days",    "dagdelen",
	    "weken",	 "weeks",	  "uur",	 "uren",    "hours",
	    "keer",	 "times",	  "euro",	 "eur",	    "plaatsen",
	    "places",	 "seats",	  "plekken",	 "minuten", "minutes",
	    "jaar",	 "years",	  "maanden",	 "months",  "pagina's",
	    "pages",	 "bijlagen",	  "attachments", "sessies", "sessions",
	    "modules",	 "bijeenkomsten", "meetings",	 "lessen",  "lessons",
	    "workshops", "avonden",	  "evenings"};
	/* "Deelnemer Twintig, casemanager": a comma between them */
	if (i + 1 >= T->n || judge_number(T->t[i]) == 0 || T->brk[i + 1])
		return 0;
	const char *w = T->t[i + 1];
	size_t wl = strlen(w);
	int plural = wl > 3 && (w[wl - 1] == 's' || !strcmp(w + wl - 2, "en") ||
				!strcmp(w, "people") || !strcmp(w, "staff"));
	for (size_t k = 0; k < NELEM(things) && plural; k++) {
		size_t tl = strlen(things[k]);
		if (wl >= tl && !strcmp(w + wl - tl, things[k]))
			return 0;
	}
	return plural;
}

/* Whom the registration in T is for (see judge.h). */
static enum judge_who
who_of(const struct toks *T, size_t cs, size_t ce)
{
	int self = 0, reflexive = 0, other = 0, both = 0;
	/* "meld ik mij aan", "register myself": the writer, certainly */
	size_t to = ce + 2 < T->n ? ce + 2 : T->n;
	for (size_t i = cs; i < to; i++)
		for (size_t k = 0; k < 5;
		     k++) /* mij me mijzelf mezelf myself */
			if (!strcmp(T->t[i], self_words[k]))
				reflexive = 1;
	/* the others may come before the verb ("mijn collega aanmelden")
	 * or after it ("register my colleague Emma") */
	for (size_t i = 0; i < T->n; i++) {
		for (size_t k = 0; k < NELEM(other_words); k++)
			if (!strcmp(T->t[i], other_words[k]))
				other = 1;
		for (size_t k = 0; k < NELEM(both_words); k++)
			if (!strcmp(T->t[i], both_words[k]) && i >= cs)
				both = 1;
		for (size_t k = 0; k < NELEM(self_words); k++)
			if (!strcmp(T->t[i], self_words[k]))
				self = 1;
	}
	/* "een van onze medewerkers", "five of our staff": a part of the
	 * writer's people, so others (what the part is of needs no
	 * word of its own) */
	static const char *const mine[] = {"onze", "our", "mijn", "my"};
	for (size_t i = 0; i + 2 < T->n && !other; i++) {
		int number = !strcmp(T->t[i], "een") ||
			     !strcmp(T->t[i], "one") || judge_number(T->t[i]);
		other = number &&
			(!strcmp(T->t[i + 1], "van") ||
			 !strcmp(T->t[i + 1], "of")) &&
			tok_in(T->t[i + 2], mine, NELEM(mine));
	}
	/* "twee vrijwilligers", "3 medewerkers", "four staff": a number of
	 * people, so others ("twee dagen" counts days, not people) */
	for (size_t i = 0; i + 1 < T->n && !other; i++)
		other = strcmp(T->t[i], "1") && people_counted(T, i);
	for (size_t i = 0; other && i < T->n; i++)
		if (!strcmp(T->t[i], "ook") || !strcmp(T->t[i], "also") ||
		    !strcmp(T->t[i], "ikzelf") || !strcmp(T->t[i], "mijzelf") ||
		    !strcmp(T->t[i], "mezelf") || !strcmp(T->t[i], "myself"))
			both = 1;
	if (both || (reflexive && other))
		return JW_BOTH;
	if (other)
		return JW_OTHERS;
	return self ? JW_SELF : JW_UNKNOWN;
}

enum judge_mood
judge_sentence(const char *sentence, enum judge_intent *cue)
{
	return judge_sentence_who(sentence, cue, NULL);
}

static enum judge_mood sentence_mood(const char *sentence,
				     enum judge_intent *cue,
				     enum judge_who *who, int title,
				     int *person);

enum judge_mood
judge_sentence_who(const char *sentence, enum judge_intent *cue,
		   enum judge_who *who)
{
	return sentence_mood(sentence, cue, who, 0, NULL);
}

/* The writer promises to confirm later ("Als mijn manager akkoord geeft,
 * stuur ik u een bevestiging", "I'll confirm by e-mail after the 20th"):
 * what the mail says is not yet the decision.  A confirmation word, the
 * writer as the one who sends or confirms it, and a future or a
 * condition; "hierbij bevestig ik" confirms now. */
static int
promises_confirmation(const struct toks *T)
{
	int word = 0, future = 0, now = 0, sends = 0, iffy = 0;
	static const char *const subj[] = {"ik", "wij",	 "we",
					   "i",	 "i'll", "we'll"};
	static const char *const verbs[] = {"stuur", "sturen",	 "send",
					    "mail",  "bevestig", "confirm"};
	for (size_t i = 0; i < T->n; i++) {
		const char *t = T->t[i];
		word |= !strncmp(t, "bevestig", 8) || !strncmp(t, "confirm", 7);
		future |= !strcmp(t, "will") || !strcmp(t, "i'll") ||
			  !strcmp(t, "we'll") || !strcmp(t, "zal") ||
			  !strcmp(t, "zullen") || !strcmp(t, "later");
		now |= !strcmp(t, "hierbij") || !strcmp(t, "hereby");
		iffy |= !strcmp(t, "als") || !strcmp(t, "if") ||
			!strcmp(t, "once") || !strcmp(t, "zodra") ||
			!strcmp(t, "indien") || !strcmp(t, "wanneer");
		for (size_t k = 0; k < NELEM(verbs); k++) {
			if (strcmp(t, verbs[k]))
				continue;
			for (size_t s = 0; s < NELEM(subj); s++)
				if ((i > 0 && !strcmp(T->t[i - 1], subj[s])) ||
				    (i + 1 < T->n &&
				     !strcmp(T->t[i + 1], subj[s])))
					sends = 1;
		}
	}
	return word && sends && !now && (future || iffy);
}

/* "wil mogelijk vijf medewerkers laten deelnemen": "mogelijk" right after
 * a modal verb is "possibly", not "possible". */
static int
possibly(const struct toks *T)
{
	static const char *const modals[] = {"wil",    "willen", "zou",
					     "zouden", "kan",	 "kunnen",
					     "gaan",   "ga",	 "gaat"};
	for (size_t i = 0; i + 1 < T->n; i++)
		if (!strcmp(T->t[i + 1], "mogelijk"))
			for (size_t k = 0; k < NELEM(modals); k++)
				if (!strcmp(T->t[i], modals[k]))
					return 1;
	return 0;
}

/* Does the clause [from, to) hold, besides the cue of intent c at cs,
 * the cue of another change with "of"/"or" between the two ("afmelden
 * of een collega sturen", "cancel or transfer my place")?  Then the
 * sentence names alternatives and has not chosen one. */
static int
alternatives(const struct toks *T, enum judge_intent c, size_t cs, size_t from,
	     size_t to)
{
	for (size_t o = from; o < to; o++) {
		if (strcmp(T->t[o], "of") && strcmp(T->t[o], "or"))
			continue;
		for (size_t k = 0; k < NELEM(cues); k++) {
			enum judge_intent i = cues[k].intent;
			if (i == c || (i != JI_REGISTER && i != JI_CANCEL &&
				       i != JI_SUBSTITUTE))
				continue;
			for (size_t j = from; j < to; j++) {
				size_t end;
				if ((j < o) == (cs < o) || j == o)
					continue;
				if (any_at(T, j, cues[k].pats, cues[k].n, &end,
					   NULL))
					return 1;
			}
		}
	}
	return 0;
}

/* title: a subject ("Aanmelding leergang") names its matter without a
 * person; a sentence of prose must say who acts. */
/* Does the sentence register in the saying of it ("Hierbij meld ik mij
 * aan", "Graag meld ik mijn collega aan", "I hereby register", "Bij
 * dezen geef ik mij op"), rather than tell a wish or a plan ("Ik wil mij
 * aanmelden", "five of our staff want to register", "I'm happy to
 * register")? */
static int
performative(const struct toks *T)
{
	static const char *const markers[] = {"hierbij", "hereby", "herewith",
					      "hiermee", "bijgaand"};
	static const char *const verbs[] = {"meld", "schrijf", "geef"};
	static const char *const subj[] = {"ik",  "mij", "me",
					   "wij", "we",	 "ons"};
	int yes = 0;
	for (size_t i = 0; i < T->n && !yes; i++) {
		yes = tok_in(T->t[i], markers, NELEM(markers)) ||
		      (i + 1 < T->n && !strcmp(T->t[i], "bij") &&
		       !strcmp(T->t[i + 1], "dezen")) ||
		      (i + 1 < T->n && tok_in(T->t[i], verbs, NELEM(verbs)) &&
		       tok_in(T->t[i + 1], subj, NELEM(subj)));
	}
	return yes;
}

/* *person (when not NULL) gets PERSON_WRITER when the sentence has a
 * word of the writer's, PERSON_READER one of the reader's, and
 * PERSON_PERFORMS when it registers in the saying of it
 * (performative). */
enum { PERSON_WRITER = 1, PERSON_READER = 2, PERSON_PERFORMS = 4 };

static enum judge_mood
sentence_mood(const char *sentence, enum judge_intent *cue, enum judge_who *who,
	      int title, int *person)
{
	enum judge_intent c = JI_NONE;
	if (who)
		*who = JW_UNKNOWN;
	char *f = judge_fold(sentence);
	/* clause starts from the folded text's commas */
	struct clauses C = {.n = 0};
	struct toks T;
	tokens(f, &T);
	{
		size_t ti = 0;
		C.at[C.n++] = 0;
		int wasword = 0;
		for (const char *p = f; *p && ti < T.n; p++) {
			int w = wordc((unsigned char)*p);
			if (w && !wasword)
				ti++;
			if ((*p == ',' || *p == ';' || *p == ':') && ti < T.n &&
			    C.n < MAX_TOKENS)
				C.at[C.n++] = ti;
			wasword = w;
		}
	}
	size_t cs = 0, ce = 0;
	long at = -1;
	const char *cuepat = NULL;
	/* a register word that names a thing (names_thing) is no cue;
	 * the first one is kept in case nothing else is */
	long thing = -1;
	size_t thing_e = 0;
	for (size_t k = 0; k < NELEM(cues) && at < 0; k++)
		for (size_t i = 0; i < T.n && at < 0; i++) {
			if (!any_at(&T, i, cues[k].pats, cues[k].n, &ce,
				    &cuepat))
				continue;
			if (cues[k].intent == JI_REGISTER &&
			    names_thing(&T, i)) {
				if (thing < 0) {
					thing = (long)i;
					thing_e = ce;
				}
				continue;
			}
			at = (long)i;
			c = cues[k].intent;
			cs = i;
		}
	/* "Is er een aanmeldformulier?", "Could you send me the
	 * registration form?": the means of registering, asked for, is a
	 * matter of how to register.  Told of ("Ik heb het
	 * aanmeldformulier overgetypt:", "Submitted via the registration
	 * form") it says nothing of what the writer wants. */
	size_t flen = strlen(f);
	int qmark = flen > 0 && f[flen - 1] == '?';
	if (at < 0 && thing >= 0 && qmark) {
		c = JI_HELP;
		cs = (size_t)thing;
		ce = thing_e;
		cuepat = NULL;
	}
	/* the clause the cue is in: [cl_s, cl_e) */
	size_t cl_s = 0, cl_e = T.n;
	for (size_t k = 0; k < C.n; k++) {
		if (C.at[k] <= cs)
			cl_s = C.at[k];
		else if (C.at[k] < cl_e)
			cl_e = C.at[k];
	}
	/* "Sta ik nog ingeschreven?", "Am I still registered?": a
	 * question about the state a registration is in asks for its
	 * status, not for a registration */
	size_t iq_end;
	long iq = find_any(&T, indirect_questions, NELEM(indirect_questions),
			   &iq_end);
	/* an indirect question asks about what follows it ("I registered
	 * last week and would like to know how my details are kept" asks
	 * nothing about the registration) */
	int asked = qmark || (iq >= 0 && (size_t)iq < cs);
	/* (also asked indirectly: "Graag hoor ik of mijn aanmelding
	 * definitief is.") */
	if (c == JI_REGISTER && asked) {
		/* "Heeft u zich niet aangemeld?" asks the reader about the
		 * reader: no status of the writer's (see of_reader_only) */
		if (!of_reader_only(&T, cl_s, cl_e))
			for (size_t k = 0; k < NELEM(participles); k++)
				if (!strcmp(T.t[cs], participles[k]))
					c = JI_STATUS;
		/* "Could you confirm that my registration is still
		 * valid?", "Kunt u nagaan of mijn registratie nog in orde
		 * is?", "Is mijn inschrijving goed aangekomen?": the
		 * writer's registration, a thing that is in some state, is
		 * what the question is about ("Kunt u mijn aanmelding
		 * verwerken?" still asks for one) */
		static const char *const owner[] = {
		    "mijn", "my",   "onze", "our", "haar",
		    "her",  "zijn", "his",  "hun", "their"};
		static const char *const be[] = {"is",	  "was",    "are",
						 "staat", "stands", "zijn"};
		int owned = 0;
		for (size_t k = 0; cs > 0 && k < NELEM(owner); k++)
			owned |= !strcmp(T.t[cs - 1], owner[k]);
		/* in the cue's clause, from three words before it */
		size_t from = cl_s;
		if (cs > 3 && from < cs - 3)
			from = cs - 3;
		for (size_t i = from; owned && i < cl_e; i++) {
			if (i == cs)
				continue;
			for (size_t k = 0; k < NELEM(be); k++)
				if (!strcmp(T.t[i], be[k]))
					c = JI_STATUS;
		}
	}
	/* a bare "help" */
	if (c == JI_NONE && T.n >= 1 && T.n <= 2) {
		static const char *const bare[] = {
		    "help", "hulp", "info", "instructies", "instructions"};
		for (size_t k = 0; k < NELEM(bare); k++)
			if (!strcmp(T.t[0], bare[k]))
				c = JI_HELP;
	}
	/* "Could you tell me how to sign up", "ik weet niet hoe ik mij
	 * moet aanmelden": registering after "how" in its clause is what
	 * the writer asks about, not what the writer does */
	if (c == JI_REGISTER)
		for (size_t i = cl_s; i < cs; i++) {
			if (!strcmp(T.t[i], "hoe") || !strcmp(T.t[i], "how"))
				c = JI_HELP;
			/* ... and after "where" ("let me know where to
			 * register", "waar kan ik me aanmelden"; not the
			 * relative "de cursus waar ik me voor aanmeld") */
			if (!strcmp(T.t[i], "where") ||
			    (!strcmp(T.t[i], "waar") && i + 1 < cs &&
			     (!strcmp(T.t[i + 1], "kan") ||
			      !strcmp(T.t[i + 1], "moet") ||
			      !strcmp(T.t[i + 1], "kunnen"))))
				c = JI_HELP;
		}
	size_t end;
	enum judge_mood mood = JM_STATEMENT;

	/* "informatie over de inschrijving", "a question about
	 * registering": registering is what the sentence is about, not what
	 * the writer does; it asks for something */
	if (c == JI_REGISTER) {
		static const char *const about[] = {
		    "over",    "about",	      "regarding",
		    "omtrent", "betreffende", "concerning"};
		for (size_t i = cs > 3 ? cs - 3 : 0; i < cs; i++)
			for (size_t k = 0; k < NELEM(about); k++)
				if (!strcmp(T.t[i], about[k]) && i >= cl_s) {
					mood = JM_QUESTION;
					goto out;
				}
		/* "de gegevens van de aanmeldingen controleren", "the
		 * details of the registrations": registrations that exist,
		 * named as what something belongs to, are a topic too */
		int noun = register_noun(T.t[cs]);
		/* ... as are "the confirmation of my registration", "de
		 * code van mijn inschrijving": registrations that a thing
		 * belongs to exist already, which is no request of any
		 * kind */
		static const char *const dets[] = {
		    "de",   "het", "the",  "mijn", "my",  "onze", "our",
		    "zijn", "his", "haar", "her",  "hun", "their"};
		if (noun && cs >= 2 && cs - 2 >= cl_s &&
		    (!strcmp(T.t[cs - 2], "van") ||
		     !strcmp(T.t[cs - 2], "of")) &&
		    tok_in(T.t[cs - 1], dets, NELEM(dets))) {
			mood = JM_PAST;
			goto out;
		}
		/* "In mijn aanmelding van vorige week stond een verkeerd
		 * nummer", "Het factuuradres bij mijn aanmelding klopt
		 * niet", "a mistake in my registration": a registration
		 * named as where something is, which exists already ("voor
		 * mijn aanmelding", "for my registration" still give one) */
		static const char *const where[] = {"in", "bij",       "over",
						    "op", "aan",       "about",
						    "on", "regarding", "with"};
		static const char *const whose[] = {"mijn", "my", "onze",
						    "our",  "de", "the"};
		if (noun && cs >= 2 && cs - 2 >= cl_s &&
		    tok_in(T.t[cs - 2], where, NELEM(where)) &&
		    tok_in(T.t[cs - 1], whose, NELEM(whose))) {
			mood = JM_PAST;
			goto out;
		}
		/* "key terms like course registration", "onderwerpen zoals
		 * aanmelding en betaling": an example named, not an act
		 * ("I would like registration for ..." is a wish) */
		for (size_t k = cs > 3 ? cs - 3 : 0; noun && k < cs; k++) {
			if (k < cl_s)
				continue;
			int like = !strcmp(T.t[k], "zoals") ||
				   (!strcmp(T.t[k], "such") && k + 1 < cs &&
				    !strcmp(T.t[k + 1], "as"));
			static const char *const wants[] = {
			    "would", "i'd",    "we'd", "i",	 "we",
			    "also",  "really", "they", "should", "you"};
			if (!strcmp(T.t[k], "like") && k > 0 &&
			    !tok_in(T.t[k - 1], wants, NELEM(wants)))
				like = 1;
			if (like) {
				mood = JM_PAST;
				goto out;
			}
		}
		/* "Dat heb ik nodig voor mijn registratie als docent": a
		 * registration as something (a teacher, a social worker) is
		 * a standing in a register the writer has, not the act of
		 * registering for the course */
		if (noun && cs + 1 < T.n &&
		    (!strcmp(T.t[cs + 1], "als") ||
		     !strcmp(T.t[cs + 1], "as"))) {
			mood = JM_PAST;
			goto out;
		}
	}
	/* "Vrijdag hoor ik of het budget rond is, dan meld ik me aan": a
	 * clause that opens with "dan" / "then" after another waits for
	 * what that one says */
	if (c != JI_NONE && cl_s > 0 &&
	    (!strcmp(T.t[cl_s], "dan") || !strcmp(T.t[cl_s], "then"))) {
		mood = JM_CONDITION;
		goto out;
	}

	/* hesitation anywhere */
	if (find_any(&T, hesitations, NELEM(hesitations), &end) >= 0 ||
	    promises_confirmation(&T) || possibly(&T)) {
		mood = JM_HESITATION;
		goto out;
	}
	/* A clause that opens with a conjunction of what must happen first
	 * ("Once the budget is approved, ...", "Zodra ..., ...", "Voordat
	 * het zover is, ...") makes the sentence wait for it.  ("After" and
	 * "nadat" tell what happened; "als" opens a role as often.) */
	for (size_t k = 0; k < C.n; k++) {
		static const char *const openers[] = {"once", "zodra",
						      "voordat", "before"};
		size_t i = C.at[k];
		for (size_t o = 0; i + 1 < T.n && o < NELEM(openers); o++)
			if (!strcmp(T.t[i], openers[o]) &&
			    !any_at(&T, i, availability, NELEM(availability),
				    &end, NULL)) {
				mood = JM_CONDITION;
				goto out;
			}
		/* A clause that opens with "wie" or "whoever" and asks
		 * nothing speaks of anyone who would do it ("Wie zich later
		 * afmeldt, blijft de bijdrage verschuldigd"): a rule, which
		 * holds only if somebody does it. */
		if (!qmark && i + 1 < T.n &&
		    (!strcmp(T.t[i], "wie") || !strcmp(T.t[i], "whoever"))) {
			mood = JM_CONDITION;
			goto out;
		}
	}
	/* a condition, unless it is about room on the course */
	for (size_t i = 0; i < T.n; i++) {
		if (!any_at(&T, i, conditions, NELEM(conditions), &end, NULL))
			continue;
		/* "dezelfde factuurgegevens als zij", "net als mijn
		 * collega": "als" after a comparison is "as", not "if" */
		if (!strcmp(T.t[i], "als") && compared_before(&T, i))
			continue;
		/* "I want to know if I am on the course", "ik vraag me af
		 * of": after words that ask, "if" opens what is asked */
		if (asked_after(&T, i))
			continue;
		/* "Sta ik nog op de wachtlijst, en zo ja op welke plaats?":
		 * inside a question, "zo ja" asks on; it is no condition */
		if (qmark && i + 1 < T.n &&
		    (!strcmp(T.t[i], "zo") || !strcmp(T.t[i], "indien")) &&
		    (!strcmp(T.t[i + 1], "ja") || !strcmp(T.t[i + 1], "nee") ||
		     !strcmp(T.t[i + 1], "niet")))
			continue;
		/* "als" in the middle of a clause is "as" unless a
		 * subject follows; the table lists only those forms */
		if (!any_at(&T, i, availability, NELEM(availability), &end,
			    NULL)) {
			mood = JM_CONDITION;
			goto out;
		}
	}
	/* a question: a question mark, or an indirect question */
	int indirect = find_any(&T, indirect_questions,
				NELEM(indirect_questions), &end) >= 0;
	if (qmark || indirect) {
		/* The question starts at the first clause that opens like
		 * one; a statement before it ("Ik meld mij aan, kunt u
		 * ...?") stays a statement. */
		size_t qs = 0;
		int found = 0;
		for (size_t k = 0; k < C.n && !found; k++)
			if (any_at_start(&T, C.at[k], question_openers,
					 NELEM(question_openers))) {
				qs = C.at[k];
				found = 1;
			}
		int req = 0;
		for (size_t k = 0; k < C.n && !req; k++)
			if (C.at[k] >= qs &&
			    any_at_start(&T, C.at[k], request_openers,
					 NELEM(request_openers))) {
				size_t e2;
				req = find_any(&T, objects, NELEM(objects),
					       &e2) >= 0;
			}
		if (c != JI_NONE && found && cs < qs && !indirect) {
			/* the cue is in the statement before the question */
			mood = JM_STATEMENT;
		} else if (req)
			mood = JM_REQUEST;
		else
			mood = JM_QUESTION;
		if (mood != JM_STATEMENT)
			goto out;
	}
	/* what was done before is not a request now */
	if (c == JI_REGISTER || c == JI_CANCEL) {
		const size_t clause = cl_s, clause_end = cl_e;
		int part = 0, aux = 0, sent = 0;
		for (size_t i = cs; i < ce; i++)
			for (size_t k = 0; k < NELEM(participles); k++)
				if (!strcmp(T.t[i], participles[k]))
					part = 1;
		for (size_t i = clause; i < clause_end; i++) {
			for (size_t k = 0; k < NELEM(auxiliaries) && i < cs;
			     k++)
				if (!strcmp(T.t[i], auxiliaries[k]))
					aux = 1;
			for (size_t k = 0; k < NELEM(sent_verbs); k++)
				if (!strcmp(T.t[i], sent_verbs[k]))
					sent = 1;
		}
		int thanked = 0;
		for (size_t i = clause; i < cs; i++)
			for (size_t k = 0; k < NELEM(thanks); k++)
				if (!strcmp(T.t[i], thanks[k]))
					thanked = 1;
		/* the simple past: "I registered on Monday", "ik meldde
		 * mij in maart aan" */
		static const char *const subjects[] = {
		    "i", "we", "he", "she", "they", "ik", "wij"};
		static const char *const past_forms[] = {
		    "meldde",	  "meldden",  "schreef", "schreven",
		    "registered", "enrolled", "booked"};
		int simple = 0;
		for (size_t k = 0; k < NELEM(past_forms); k++)
			if (!strcmp(T.t[cs], past_forms[k]))
				simple = 1;
		int subj = 0;
		for (size_t k = 0; cs > clause && k < NELEM(subjects); k++)
			if (!strcmp(T.t[cs - 1], subjects[k]))
				subj = 1;
		/* English forms are participles too ("I am registered"):
		 * only right after their subject, or with their object
		 * after them ("my manager registered me"), are they a past
		 * act */
		static const char *const objs[] = {"me", "us", "him", "her",
						   "them"};
		int obj = 0;
		for (size_t k = 0; cs + 1 < T.n && k < NELEM(objs); k++)
			if (!strcmp(T.t[cs + 1], objs[k]))
				obj = 1;
		if (simple && !strcmp(T.t[cs] + strlen(T.t[cs]) - 2, "ed") &&
		    !subj && !obj)
			simple = 0;
		if ((part && aux) || sent || thanked || simple) {
			mood = JM_PAST;
			goto out;
		}
	}
	/* a registration is somebody's act: the writer's ("ik", "wij",
	 * "hierbij", "graag") or a named third party's ("mijn collega",
	 * "de volgende").  A sentence that speaks only of the reader
	 * ("Meldt u zich aan voor onze workshop") or of nobody ("Aanmelden
	 * kan via onze website") is an invitation or information. */
	if (c == JI_REGISTER) {
		int first = 0, second = 0;
		/* in the cue's own clause: "The brochure says to contact the
		 * municipality for registration, and someone gave me this
		 * address" is not the writer's act */
		for (size_t i = cl_s; i < cl_e; i++) {
			first |=
			    tok_in(T.t[i], first_person, NELEM(first_person));
			second |=
			    tok_in(T.t[i], second_person, NELEM(second_person));
		}
		/* "mijn aanmelding", "our registration": the writer's;
		 * "uw registratie", "your registration": the reader's, a
		 * matter for the reader whoever else the sentence names
		 * ("Om uw registratie te verlengen vragen wij u ...") */
		static const char *const poss[] = {"mijn", "onze", "ons", "my",
						   "our"};
		static const char *const yours[] = {"uw", "your", "jouw", "je"};
		for (size_t k = 0; cs > 0 && k < NELEM(poss); k++)
			if (!strcmp(T.t[cs - 1], poss[k]))
				first = 1;
		/* "Please register Novice Eighty, one of our volunteers",
		 * "Please register: Pupil ThirtyOne, ...": the writer asks
		 * the reader to register someone the sentence names; with
		 * no one after it ("Please register for our webinar",
		 * "please register here") it is an invitation */
		static const char *const where_how[] = {
		    "for",   "now",    "here",	 "today", "at",	  "via",
		    "on",    "before", "online", "by",	  "with", "through",
		    "using", "early",  "in",	 "to",	  "you",  "yourself",
		    "your",  "again",  "soon",	 "and",	  "or",	  "as"};
		if (cs > 0 &&
		    (!strcmp(T.t[cs - 1], "please") ||
		     !strcmp(T.t[cs - 1], "kindly")) &&
		    cs + 1 < T.n &&
		    !tok_in(T.t[cs + 1], where_how, NELEM(where_how)))
			first = 1;
		if (cs > 0 && tok_in(T.t[cs - 1], yours, NELEM(yours)) &&
		    register_noun(T.t[cs])) {
			mood = JM_INVITATION;
			goto out;
		}
		/* "Please register your interest by sending me ...",
		 * "please register yourself": what the reader is to do,
		 * whatever else the sentence says of its writer; and "to
		 * register you as next of kin": the reader is the one to be
		 * registered, for something of the writer's */
		static const char *const reader_objects[] = {"you", "your",
							     "yourself"};
		int please = cs > 0 && (!strcmp(T.t[cs - 1], "please") ||
					!strcmp(T.t[cs - 1], "kindly"));
		/* ("to attend your course" is the writer's: "your" alone
		 * only after "please") */
		if (cs + 1 < T.n && !register_noun(T.t[cs]) &&
		    (please ? tok_in(T.t[cs + 1], reader_objects,
				     NELEM(reader_objects))
			    : (!strcmp(T.t[cs + 1], "you") ||
			       !strcmp(T.t[cs + 1], "yourself")))) {
			mood = JM_INVITATION;
			goto out;
		}
		if (!first && (second || !title)) {
			mood = JM_INVITATION;
			goto out;
		}
	}
	/* A cancellation or a substitution is the writer's act too: one
	 * whose clause speaks of the reader and not of the writer ("met
	 * deze code kunt u zich afmelden", "you can cancel or send a
	 * colleague") tells the reader what the reader may do; it is
	 * information, as an invitation to register is. */
	if ((c == JI_CANCEL || c == JI_SUBSTITUTE || c == JI_CORRECT) &&
	    of_reader_only(&T, cl_s, cl_e)) {
		/* so is a correction asked of the reader's own mail
		 * ("Bevestig dat u het bericht zelf verstuurd heeft") */
		mood = JM_INVITATION;
		goto out;
	}
	if ((c == JI_CANCEL || c == JI_SUBSTITUTE || c == JI_REGISTER) &&
	    alternatives(&T, c, cs, cl_s, cl_e)) {
		mood = JM_HESITATION;
		goto out;
	}
	/* a negation near the cue, in the same clause, outside the cue */
	if (c != JI_NONE) {
		const size_t clause = cl_s;
		size_t from = cs > NEG_REACH ? cs - NEG_REACH : 0;
		if (from < clause)
			from = clause;
		/* a cue that is negative itself ("kan helaas niet",
		 * "cannot attend") keeps its own negator */
		int neg_cue = 0;
		for (size_t k = 0; k < NELEM(negators) && !neg_cue; k++)
			neg_cue = has_word(cuepat, negators[k]) ||
				  has_word(cuepat, "cannot") ||
				  (cuepat && strstr(cuepat, "n't") != NULL);
		size_t to = neg_cue ? cs : ce;
		for (size_t i = from; i < to; i++) {
			for (size_t k = 0; k < NELEM(negators); k++)
				if (!strcmp(T.t[i], negators[k]))
					mood = JM_NEGATION;
			/* English's negative contractions, all of them
			 * ("won't be registering", "wouldn't", "can't") */
			size_t tl = strlen(T.t[i]);
			if (tl > 3 && !strcmp(T.t[i] + tl - 3, "n't"))
				mood = JM_NEGATION;
		}
	}
	/* "kan helaas niet op dag 3": one day, not the course; a date in
	 * another clause ("..., ik ben per 1 juni overgeplaatst") is not
	 * the day the cancellation is about */
	if ((c == JI_CANCEL || c == JI_SUBSTITUTE) && mood == JM_STATEMENT) {
		int day = 0;
		const size_t from = cl_s, to = cl_e;
		for (size_t i = from; i < to; i++) {
			for (size_t k = 0; k < NELEM(day_words); k++)
				if (!strcmp(T.t[i], day_words[k]))
					day = 1;
			if (isdigit((unsigned char)T.t[i][0]) && i + 1 < to &&
			    (!strcmp(T.t[i + 1], "juni") ||
			     !strcmp(T.t[i + 1], "june") ||
			     !strcmp(T.t[i + 1], "september") ||
			     !strcmp(T.t[i + 1], "november")))
				day = 1;
		}
		if (day)
			mood = JM_CONDITION;
	}
out:
	if (who && c == JI_REGISTER)
		*who = who_of(&T, cs, ce);
	if (person) {
		*person = 0;
		for (size_t i = 0; i < T.n; i++) {
			if (tok_in(T.t[i], writer_words, NELEM(writer_words)))
				*person |= PERSON_WRITER;
			if (tok_in(T.t[i], second_person, NELEM(second_person)))
				*person |= PERSON_READER;
		}
		if (c == JI_REGISTER && performative(&T))
			*person |= PERSON_PERFORMS;
	}
	free(T.buf);
	free(f);
	if (cue)
		*cue = c;
	return mood;
}

/* The words that name a course. */
static const char *const course_nouns[] = {
    "leergang~",  "cursus~",	"course~",  "opleiding~",
    "programma~", "programme~", "program~", "stadswijkstudies"};

/* Does any of the patterns occur in the sentence (folded)? */
static int
has_pattern(const char *sentence, const char *const *pats, size_t n)
{
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	size_t end;
	int found = find_any(&T, pats, n, &end) >= 0;
	free(T.buf);
	free(f);
	return found;
}

/* Does the sentence name a course ("leergang", "course")? */
static int
names_course_noun(const char *sentence)
{
	return has_pattern(sentence, course_nouns, NELEM(course_nouns));
}

/* Does a registration sentence name another kind of event ("voor het
 * symposium", "for the webinar") and not a course ("leergang",
 * "cursus", "course")?  The robot takes registrations for one course;
 * what is for a symposium or a conference is the organiser's to
 * answer. */
static int
names_other_event(const char *sentence)
{
	static const char *const events[] = {
	    "symposi~",	 "congres~",	 "conferen~",		"webinar~",
	    "workshop~", "seminar~",	 "studiedag~",		"lezing~",
	    "excursie~", "masterclass~", "netwerkbijeenkomst~", "lecture~"};
	return has_pattern(sentence, events, NELEM(events)) &&
	       !names_course_noun(sentence);
}

/* Does the sentence name a month in which the course has a day ("de
 * vier studiedagen in juni tot en met november")?  Then an event word
 * in it ("studiedagen", as the brochure calls its own days) is this
 * course's. */
static int month_of(const char *w);

static int
names_course_month(const char *sentence, const struct judge_course *co)
{
	if (co == NULL || co->ndays == 0)
		return 0;
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	int found = 0;
	for (size_t i = 0; i < T.n && !found; i++) {
		int mo = month_of(T.t[i]);
		for (size_t k = 0; mo && k < co->ndays && k < JUDGE_COURSE_DAYS;
		     k++)
			found |= co->month[k] == mo;
	}
	free(T.buf);
	free(f);
	return found;
}

/* Does the sentence speak of the reader and not of the writer (see
 * of_reader_only)? */
static int
sentence_of_reader(const char *sentence)
{
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	int r = of_reader_only(&T, 0, T.n);
	free(T.buf);
	free(f);
	return r;
}

/* How many people a registration sentence counts: "de volgende twaalf
 * medewerkers", "3 collega's", "three of us", "twee van onze
 * vrijwilligers", "een van onze medewerkers"; 0 when it counts none.
 * "twee dagen", "drie plaatsen per organisatie" count things, and a
 * number beside the writer ("mijn collega en ik met z'n tweeen",
 * "myself and two colleagues") is left alone: whether it holds the
 * writer is not said. */
static int
announced_in(const char *sentence)
{
	static const char *const of[] = {"van", "of"};
	static const char *const us[] = {"ons", "us"};
	static const char *const ours[] = {"onze", "our", "mijn", "my"};
	char *f = judge_fold(sentence);
	/* an address is not words ("c.twintig@schaalschets.example.nl") */
	for (char *at = strchr(f, '@'); at; at = strchr(at + 1, '@')) {
		char *a = at, *b = at;
		while (a > f && a[-1] != ' ')
			a--;
		while (*b && *b != ' ')
			b++;
		memset(a, ' ', (size_t)(b - a));
		at = b - 1;
	}
	struct toks T;
	tokens(f, &T);
	int count = 0, beside_self = 0;
	for (size_t i = 0; i < T.n; i++)
		beside_self |= tok_in(T.t[i], self_words, NELEM(self_words)) &&
			       strcmp(T.t[i], "i'd") && strcmp(T.t[i], "i'm") &&
			       strcmp(T.t[i], "ik") && strcmp(T.t[i], "i");
	for (size_t i = 0; i + 1 < T.n && count == 0; i++) {
		int n = judge_number(T.t[i]);
		int one = !strcmp(T.t[i], "een") || !strcmp(T.t[i], "one");
		if (n == 0 && !one)
			continue;
		/* "three of us", "twee van onze vrijwilligers" */
		if (i + 2 < T.n && tok_in(T.t[i + 1], of, NELEM(of)) &&
		    (tok_in(T.t[i + 2], us, NELEM(us)) ||
		     tok_in(T.t[i + 2], ours, NELEM(ours)))) {
			count = one ? 1 : n;
			break;
		}
		if (one)
			continue;
		/* "twaalf medewerkers", "3 collega's", "four staff" */
		/* "tot drie deelnemers per organisatie", "maximaal twee
		 * medewerkers": a limit, not whom the mail registers */
		static const char *const limits[] = {
		    "maximaal", "maximum", "max",   "tot",  "hooguit",
		    "most",	"least",   "limit", "than", "dan"};
		int limit =
		    (i + 2 < T.n && !strcmp(T.t[i + 2], "per")) ||
		    (i > 0 && tok_in(T.t[i - 1], limits, NELEM(limits)));
		if (people_counted(&T, i) && !limit && !beside_self)
			count = n;
	}
	free(T.buf);
	free(f);
	return count;
}

static void
announce(struct judgement *J, int n)
{
	if (n > 0)
		J->announced = J->announced == 0 || J->announced == n ? n : -1;
}

/* The month a word names (1-12), or 0: Dutch and English names. */
static int
month_of(const char *w)
{
	static const struct {
		const char *name;
		int month;
	} m[] = {
	    {"januari", 1},   {"january", 1},	{"februari", 2},
	    {"february", 2},  {"maart", 3},	{"march", 3},
	    {"april", 4},     {"mei", 5},	{"may", 5},
	    {"juni", 6},      {"june", 6},	{"juli", 7},
	    {"july", 7},      {"augustus", 8},	{"august", 8},
	    {"september", 9}, {"oktober", 10},	{"october", 10},
	    {"november", 11}, {"december", 12},
	};
	for (size_t k = 0; k < NELEM(m); k++)
		if (!strcmp(w, m[k].name))
			return m[k].month;
	return 0;
}

/* A day of the month written as a number ("1", "23", "1st"), or 0. */
static int
day_number(const char *w)
{
	int d = 0;
	size_t i = 0;
	for (; i < 2 && isdigit((unsigned char)w[i]); i++)
		d = d * 10 + (w[i] - '0');
	if (i == 0 ||
	    (w[i] && strcmp(w + i, "st") && strcmp(w + i, "nd") &&
	     strcmp(w + i, "rd") && strcmp(w + i, "th") && strcmp(w + i, "e")))
		return 0;
	return d >= 1 && d <= 31 ? d : 0;
}

/* Does a registration sentence name some of the course's days and not
 * all of them ("Meld mij aan voor 1 juni en 23 november", "for days 1
 * and 4", "alleen dag 2")?  The course is sold whole, so a registration
 * for part of it is the organiser's to answer.  Days are the course's
 * dates ("1 juni", "June 1") and numbers after "dag"/"day" ("dag 1, 2
 * en 4").  One day named counts only with "alleen"/"only" ("de leergang
 * die op 1 juni begint" names the first day of all four); a range
 * ("dag 1 t/m 4", "from June 1 until November 23") covers what lies
 * between. */
/* Is there a dash (hyphen between blanks, en or em dash) with a number
 * shortly before it and right after it ("1 juni – 23 november", "dag 1 -
 * 4")?  Then the days on either side make a range. */
static int
dash_between_days(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++) {
		size_t d = 0;
		if (s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
			d = 3;
		else if (!strncmp(s + i, "\xe2\x80\x93", 3) ||
			 !strncmp(s + i, "\xe2\x80\x94", 3))
			d = 3;
		if (d == 0)
			continue;
		int before = 0;
		for (size_t k = i > 15 ? i - 15 : 0; k < i; k++)
			before |= isdigit((unsigned char)s[k]) != 0;
		size_t j = i + d;
		while (j < n && s[j] == ' ')
			j++;
		if (before && j < n && isdigit((unsigned char)s[j]))
			return 1;
	}
	return 0;
}

static int
names_some_days(const char *sentence, const struct judge_course *co)
{
	if (co == NULL || sentence == NULL || co->ncourse < 2)
		return 0;
	static const char *const day_nouns[] = {"dag", "day", "dagen", "days"};
	static const char *const joins[] = {"en", "and", "of", "or", "&"};
	static const char *const ranges[] = {"tot",  "t",	"tm", "until",
					     "till", "through", "to"};
	static const char *const only[] = {"alleen", "only", "enkel", "slechts",
					   "uitsluitend"};
	size_t nd =
	    co->ncourse < JUDGE_COURSE_DAYS ? co->ncourse : JUDGE_COURSE_DAYS;
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	unsigned named = 0;
	int range = 0, alone = 0;
	for (size_t i = 0; i < T.n; i++) {
		alone |= tok_in(T.t[i], only, NELEM(only));
		range |= named && tok_in(T.t[i], ranges, NELEM(ranges));
		int d = day_number(T.t[i]);
		int mo = i + 1 < T.n ? month_of(T.t[i + 1]) : 0;
		if (!(d && mo) && month_of(T.t[i]) && i + 1 < T.n) {
			mo = month_of(T.t[i]); /* "June 1" */
			d = day_number(T.t[i + 1]);
		}
		for (size_t k = 0; d && mo && k < nd; k++)
			if (co->month[k] == mo && co->day[k] == d)
				named |= 1u << k;
		/* "2 en 23 november": the days before share the month */
		for (size_t j = i; d && mo && j-- > 0;) {
			int dj = day_number(T.t[j]);
			if (!dj && !tok_in(T.t[j], joins, NELEM(joins)))
				break;
			for (size_t k = 0; dj && k < nd; k++)
				if (co->month[k] == mo && co->day[k] == dj)
					named |= 1u << k;
		}
		if (!tok_in(T.t[i], day_nouns, NELEM(day_nouns)))
			continue;
		for (size_t j = i + 1; j < T.n; j++) {
			const char *t = T.t[j];
			if (t[0] >= '1' && t[0] <= '9' && t[1] == '\0' &&
			    (size_t)(t[0] - '0') <= nd)
				named |= 1u << (t[0] - '1');
			else if (!tok_in(t, joins, NELEM(joins)))
				break;
		}
	}
	free(T.buf);
	free(f);
	/* "1 juni – 23 november", "day 1 - 4": a dash between days */
	range |= dash_between_days(sentence);
	size_t count = 0;
	for (size_t k = 0; k < nd; k++)
		count += (named >> k) & 1u;
	return !range && count > 0 && count < nd && (count >= 2 || alone);
}

/* Does a word of five letters or more of W (folded tokens) occur in one
 * of the course's names? */
static int
shares_course_word(const struct toks *W, const struct judge_course *co)
{
	int shared = 0;
	for (size_t k = 0; k < JUDGE_COURSE_NAMES && co->names[k] && !shared;
	     k++) {
		char *nf = judge_fold(co->names[k]);
		struct toks N;
		tokens(nf, &N);
		for (size_t i = 0; i < W->n && !shared; i++)
			for (size_t j = 0; j < N.n && !shared; j++)
				shared = strlen(W->t[i]) >= 5 &&
					 !strcmp(N.t[j], W->t[i]);
		free(N.buf);
		free(nf);
	}
	return shared;
}

/* Does s[0..n), a name of at least min_words words, have a word of five
 * letters or more, and none of the course's names? */
static int
other_name(const char *s, size_t n, size_t min_words,
	   const struct judge_course *co)
{
	char *name = xstrndup(s, n);
	char *nf = judge_fold(name);
	struct toks W;
	tokens(nf, &W);
	int words = 0;
	for (size_t i = 0; i < W.n; i++)
		words += strlen(W.t[i]) >= 5;
	int other =
	    W.n >= min_words && words > 0 && !shares_course_word(&W, co);
	free(W.buf);
	free(nf);
	free(name);
	return other;
}

/* "de leergang Wijkgericht werken in Lelystad": a course noun followed
 * by a capitalised word names a course; is it another one (no word of
 * five letters or more of the course's names among the words up to the
 * next punctuation)? */
static int
named_after_course_noun(const char *sentence, const struct judge_course *co)
{
	static const char *const nouns[] = {
	    "leergang",	 "cursus",    "course",	 "training",
	    "opleiding", "programme", "program", "programma"};
	for (const char *p = sentence; *p; p++) {
		if (p != sentence && isalnum((unsigned char)p[-1]))
			continue;
		size_t k = 0, n = 0;
		for (; k < NELEM(nouns); k++) {
			n = strlen(nouns[k]);
			if (!strncasecmp(p, nouns[k], n) &&
			    !isalnum((unsigned char)p[n]))
				break;
		}
		if (k == NELEM(nouns))
			continue;
		const char *q = p + n;
		while (*q == ' ')
			q++;
		if (!isupper((unsigned char)*q))
			continue;
		if (other_name(q, strcspn(q, "(),.;:!?\""), 1, co))
			return 1;
	}
	return 0;
}

/* The bytes of a double quote at p ('"', or a typographic one), or 0. */
static size_t
quote_at(const char *p)
{
	if (*p == '"')
		return 1;
	if (!strncmp(p, "\xe2\x80\x9c", 3) || !strncmp(p, "\xe2\x80\x9d", 3) ||
	    !strncmp(p, "\xe2\x80\x9e", 3))
		return 3;
	return 0;
}

/* Does the sentence name a date that is none of the course's days, or
 * a quoted title ("Signalen van huiselijk geweld herkennen") that
 * shares no word of five letters or more with the course's names? */
static int
names_other_course(const char *sentence, const struct judge_course *co)
{
	if (co == NULL || sentence == NULL)
		return 0;
	int other = 0;
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	for (size_t i = 0; i + 1 < T.n && !other; i++) {
		int d = day_number(T.t[i]), mo = month_of(T.t[i + 1]);
		/* "June 1" (English only; not the "1" of a Dutch "juni,
		 * 23 september" list, nor a day before its month) */
		if (!(d && mo) && (i == 0 || !day_number(T.t[i - 1])) &&
		    (i + 2 >= T.n || !month_of(T.t[i + 2]))) {
			static const char *const en[] = {
			    "january",	 "february", "march",	 "april",
			    "may",	 "june",     "july",	 "august",
			    "september", "october",  "november", "december"};
			mo = 0;
			for (size_t k = 0; k < NELEM(en); k++)
				if (!strcmp(T.t[i], en[k]))
					mo = month_of(T.t[i]);
			d = day_number(T.t[i + 1]);
		}
		if (!(d && mo))
			continue;
		int ours = 0;
		for (size_t k = 0; k < co->ndays && k < JUDGE_COURSE_DAYS; k++)
			ours |= co->month[k] == mo && co->day[k] == d;
		other = !ours && co->ndays > 0;
	}
	free(T.buf);
	free(f);
	/* a name after the course noun: "voor de leergang Wijkgericht
	 * werken in Lelystad (najaar 2010)" */
	if (!other)
		other = named_after_course_noun(sentence, co);
	/* quoted spans: '"', and the typographic double quotes */
	const char *p = sentence, *open = NULL;
	while (*p && !other) {
		size_t q = quote_at(p);
		if (q == 0) {
			p++;
			continue;
		}
		if (open == NULL) {
			open = p + q;
		} else {
			other = other_name(open, (size_t)(p - open), 2, co);
			open = NULL;
		}
		p += q;
	}
	return other;
}

/* A copy of the sentence with what stands between double quotes ('"',
 * and the typographic ones) blanked out; a quote left open is kept. */
static char *
unquoted(const char *s)
{
	char *out = xstrdup(s);
	char *open = NULL;
	for (char *p = out; *p;) {
		size_t q = quote_at(p);
		if (*p == '(' && open == NULL) {
			size_t k = strcspn(p + 1, ")");
			if (p[1 + k] == ')') {
				memset(p + 1, ' ', k);
				p += k + 2;
			} else
				p++;
			continue;
		}
		if (q == 0) {
			p++;
			continue;
		}
		if (open == NULL) {
			open = p + q;
		} else {
			memset(open, ' ', (size_t)(p - open));
			open = NULL;
		}
		p += q;
	}
	return out;
}

/* Does the sentence turn with "maar", "but", "however" or "echter"? */
static int
has_contrast(const char *sentence)
{
	static const char *const words[] = {"maar", "but", "however", "echter"};
	char *f = judge_fold(sentence);
	struct toks T;
	tokens(f, &T);
	int found = 0;
	for (size_t i = 0; i < T.n && !found; i++)
		for (size_t k = 0; k < NELEM(words); k++)
			found |= !strcmp(T.t[i], words[k]);
	free(T.buf);
	free(f);
	return found;
}

/* ---- the whole prose ---- */

const char *
judge_intent_name(enum judge_intent i)
{
	static const char *const n[] = {"none",	      "register", "cancel",
					"substitute", "status",	  "help",
					"question",   "correct"};
	return (unsigned)i < NELEM(n) ? n[i] : "none";
}

const char *
judge_mood_name(enum judge_mood m)
{
	static const char *const n[] = {"statement", "request",	  "question",
					"negation",  "condition", "hesitation",
					"past",	     "invitation"};
	return (unsigned)m < NELEM(n) ? n[m] : "statement";
}

const char *
judge_conf_name(enum judge_conf c)
{
	static const char *const n[] = {"none", "low", "high"};
	return (unsigned)c < NELEM(n) ? n[c] : "none";
}

/* Copies at most size-1 bytes of s[0..n), whole UTF-8 characters only,
 * newlines and tabs as spaces, "..." when cut. */
static void
quote_copy(char *dst, size_t size, const char *s, size_t n)
{
	size_t o = 0;
	int cut = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		if (i + k > n)
			break;
		if (o + k + 4 >= size) {
			cut = 1;
			break;
		}
		if (c == '\n' || c == '\r' || c == '\t') {
			if (o > 0 && dst[o - 1] != ' ')
				dst[o++] = ' ';
		} else {
			memcpy(dst + o, s + i, k);
			o += k;
		}
		i += k;
	}
	if (cut)
		memcpy(dst + o, "...", 3), o += 3;
	dst[o] = '\0';
}

static void
add_evidence(struct judgement *J, enum judge_intent i, enum judge_mood m,
	     const char *s, size_t n)
{
	if (J->nev >= JUDGE_MAX_EVIDENCE)
		return;
	struct judge_evidence *e = &J->ev[J->nev++];
	e->intent = i;
	e->mood = m;
	e->counted = 0;
	quote_copy(e->quote, sizeof e->quote, s, n);
}

/* Calls fn for every sentence of the prose: cut at '.', '!', '?' or ';'
 * followed by a blank, at a blank line, and at a line break before a
 * capital (mail is wrapped; a wrapped line goes on in lower case). */
static size_t
next_sentence(const char *p, size_t *len)
{
	size_t i = 0;
	while (p[i]) {
		char c = p[i];
		if ((c == '.' || c == '!' || c == '?' || c == ';') &&
		    (p[i + 1] == '\0' || isspace((unsigned char)p[i + 1]))) {
			/* "o.v.v. de factuur": a full stop before a
			 * lower-case word is an abbreviation */
			if (c == '.') {
				size_t k = i + 1;
				while (p[k] == ' ')
					k++;
				if (islower((unsigned char)p[k]) &&
				    p[k + 1] != '\0') {
					i++;
					continue;
				}
			}
			*len = i + 1;
			return i + 1;
		}
		if (c == '\n') {
			size_t k = i + 1;
			while (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')
				k++;
			if (p[k] == '\n' || p[k] == '\0' ||
			    isupper((unsigned char)p[k]) ||
			    (unsigned char)p[k] >= 0xc0 || p[k] == '-' ||
			    p[k] == '*') {
				*len = i;
				return k;
			}
		}
		i++;
	}
	*len = i;
	return i;
}

static int
has_letter(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0xc0)
			return 1;
	return 0;
}

/* Evidence for `i` counts in these moods. */
static int
counts_in(enum judge_intent i, enum judge_mood m)
{
	switch (i) {
	case JI_STATUS:
	case JI_HELP:
		/* asked as questions by nature ("Ben ik ingeschreven?"),
		 * or as not knowing ("Ik weet niet hoe ik mij aanmeld") */
		return m == JM_STATEMENT || m == JM_REQUEST ||
		       m == JM_QUESTION || m == JM_NEGATION ||
		       m == JM_HESITATION;
	case JI_NONE:
		return 0;
	default:
		return m == JM_STATEMENT || m == JM_REQUEST;
	}
}

static int
is_change(enum judge_intent i)
{
	return i == JI_CANCEL || i == JI_SUBSTITUTE || i == JI_CORRECT;
}

void
judge(const struct judge_input *in, struct judgement *J)
{
	memset(J, 0, sizeof *J);
	int counted[JI__COUNT] = {0}, seen[JI__COUNT] = {0};
	int asked[JI__COUNT] = {0}; /* questions about it */
	int but_register = 0;	    /* "Ik meld mij aan, maar ..." */
	int performed = 0; /* a registration done in the saying of it */
	/* another event by its title or date (other_event), by a word
	 * ("studiedagen", "symposium": other_word, which a registration
	 * sentence elsewhere that names the course outweighs) */
	int other_event = 0, other_word = 0, course_named = 0, some_days = 0;
	int negated[JI__COUNT] = {0};
	int doubted[JI__COUNT] = {0};
	/* a question in the writer's own words, not the forwarded mail's
	 * (one the colleague put to the manager who forwards it) */
	int asks_own = 0;
	/* "Zelf doe ik niet mee": the writer's own absence, negated */
	int negated_self = 0;
	int after_question = 0;
	/* the last sentence: did it set J->asks, its evidence and the cue
	 * it counted as asked */
	int q_asked = 0;
	size_t q_ev = JUDGE_MAX_EVIDENCE;
	enum judge_intent q_cue = JI_NONE;
	/* the writer's own request or question about registering,
	 * cancelling, ...: when there is one, a forwarded mail's words are
	 * that mail's writer's, not this writer's request ("Deze mail kreeg ik
	 * van een collega.  Hoe meld ik mij hiervoor aan?" above "Zelf meld ik
	 * mij ook aan") */
	int own_cues = 0;
	int persons = 0; /* PERSON_* of the writer's own sentences */
	const char *p = in->prose ? in->prose : "";
	while (*p) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (!*p)
			break;
		size_t len, adv = next_sentence(p, &len);
		if (len > 0 && has_letter(p, len)) {
			char *s = xmalloc(len + 1);
			memcpy(s, p, len);
			s[len] = '\0';
			enum judge_intent cue;
			enum judge_who w;
			/* "Registration for the Almere course:" above a form
			 * is a heading, read like a subject */
			int heading = s[len - 1] == ':';
			int person;
			/* words in double quotes are named, not said
			 * ("not on page 1 of Google for \"course
			 * registration Almere\""): they hold no cue */
			char *said = unquoted(s);
			enum judge_mood m =
			    sentence_mood(said, &cue, &w, heading, &person);
			/* ... though what they name may still be the
			 * reader's ("Uw e-mail met het onderwerp
			 * \"Overzicht van uw aanmeldingen\" is
			 * toegevoegd"): a reading of the whole sentence
			 * that counts for nothing is kept as evidence */
			int named_only = 0; /* the cue is only in quotes */
			if (cue == JI_NONE && strcmp(said, s)) {
				enum judge_intent c2;
				enum judge_who w2;
				int person2;
				enum judge_mood m2 = sentence_mood(
				    s, &c2, &w2, heading, &person2);
				if (c2 != JI_NONE && !counts_in(c2, m2)) {
					m = m2;
					cue = c2;
					w = w2;
					person = person2;
					named_only = 1;
				}
			}
			free(said);
			if (!(in->own_len > 0 &&
			      (size_t)(p - in->prose) >= in->own_len))
				persons |= person;
			/* "Wordt de leergang volgend jaar herhaald?  Dan
			 * schrijf ik mij liever voor die editie in": what
			 * follows "dan" after a question waits for its
			 * answer */
			int then = after_question && m == JM_STATEMENT &&
				   (!strncasecmp(s, "dan ", 4) ||
				    !strncasecmp(s, "then ", 5));
			if (then)
				m = JM_CONDITION;
			/* "Heeft u zich niet aangemeld?  Dan kunt u deze
			 * e-mail negeren": when what follows tells the
			 * reader what to do, the question was the reader's
			 * condition, not one put to the reader */
			if (then && q_asked && sentence_of_reader(s)) {
				J->asks = 0; /* it was the first to ask */
				if (q_ev < J->nev)
					J->ev[q_ev].mood = JM_CONDITION;
				if (q_cue != JI_NONE && asked[q_cue] > 0)
					asked[q_cue]--;
			}
			/* "Would you be interested in acquiring the attendee
			 * list?", "Twijfelt u nog?": the doubt or the wish a
			 * question asks about is the reader's, not the
			 * writer's: an offer, which asks nothing of the
			 * organiser and registers nobody */
			int offer = m == JM_HESITATION && s[len - 1] == '?' &&
				    sentence_of_reader(s);
			if (offer)
				m = JM_INVITATION;
			after_question = s[len - 1] == '?';
			int asks_now = J->asks;
			size_t nev_now = J->nev;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    names_other_event(s) &&
			    !names_course_month(s, in->course))
				other_word = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    names_other_course(s, in->course))
				other_event = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    names_course_noun(s))
				course_named = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    has_contrast(s))
				but_register = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    names_some_days(s, in->course))
				some_days = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    (m == JM_REQUEST || (person & PERSON_PERFORMS)))
				performed = 1;
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    !(in->own_len > 0 &&
			      (size_t)(p - in->prose) >= in->own_len))
				announce(J, announced_in(s));
			if (cue == JI_REGISTER && counts_in(cue, m) &&
			    w != JW_UNKNOWN)
				J->who = J->who == JW_UNKNOWN || J->who == w
					     ? w
					     : JW_BOTH;
			/* doubt about registering holds everything back; a
			 * condition on something else ("should I be unable
			 * to attend one day, a colleague ...") only keeps
			 * its own words from counting */
			if (m == JM_HESITATION ||
			    (m == JM_CONDITION && cue == JI_REGISTER))
				J->hesitant = 1;
			/* a question for a person: not the status or the
			 * how-to the robot answers, and a request only when
			 * it asks for something other than a registration
			 * change ("Kunt u mij het programma sturen?") */
			int qmark = s[len - 1] == '?';
			int forwarded = in->own_len > 0 &&
					(size_t)(p - in->prose) >= in->own_len;
			if (((m == JM_QUESTION || qmark) && cue != JI_STATUS &&
			     cue != JI_HELP && m != JM_REQUEST && !offer) ||
			    (m == JM_REQUEST && cue == JI_NONE)) {
				J->asks = 1;
				asks_own |= !forwarded;
			}
			if (!forwarded && cue != JI_NONE &&
			    (counts_in(cue, m) || m == JM_QUESTION ||
			     m == JM_REQUEST))
				own_cues++;
			if (cue != JI_NONE || m != JM_STATEMENT) {
				add_evidence(J, cue, m, s, len);
				if (counts_in(cue, m) &&
				    !(forwarded && own_cues > 0)) {
					J->ev[J->nev ? J->nev - 1 : 0].counted =
					    1;
					counted[cue]++;
				}
				if (m == JM_NEGATION)
					negated[cue]++;
				if (m == JM_NEGATION && cue == JI_REGISTER &&
				    w == JW_SELF)
					negated_self++;
				if (m == JM_QUESTION && !forwarded)
					asked[cue]++;
				/* a form's name in quotes ("het formulier
				 * \"Aanmelden leergang\"") is no doubt about
				 * the form below it */
				if (!named_only)
					seen[cue]++;
				/* a doubt: the words said in a question, a
				 * condition, a hesitation or a negation */
				if (!named_only && m != JM_INVITATION &&
				    !counts_in(cue, m))
					doubted[cue]++;
			}
			/* what this sentence asked, should the next turn it
			 * into a condition */
			q_asked = J->asks && !asks_now;
			q_ev = J->nev > nev_now ? nev_now : JUDGE_MAX_EVIDENCE;
			q_cue = m == JM_QUESTION && !forwarded ? cue : JI_NONE;
			free(s);
		}
		p += adv > 0 ? adv : 1;
	}
	J->of_reader =
	    (persons & (PERSON_WRITER | PERSON_READER)) == PERSON_READER;
	/* The subject: the writer's words unless it answers our mail. */
	enum judge_intent subj = JI_NONE;
	enum judge_mood sm = JM_STATEMENT;
	if (in->subject && !in->subject_is_reply && *in->subject) {
		sm = sentence_mood(in->subject, &subj, NULL, 1, NULL);
		if (subj == JI_REGISTER && names_other_event(in->subject))
			other_word = 1;
		if (subj == JI_REGISTER &&
		    names_other_course(in->subject, in->course))
			other_event = 1;
		if (subj == JI_REGISTER && names_course_noun(in->subject))
			course_named = 1;
		if (subj == JI_REGISTER && counts_in(subj, sm) &&
		    names_some_days(in->subject, in->course))
			some_days = 1;
		if (subj == JI_REGISTER && counts_in(subj, sm))
			announce(J, announced_in(in->subject));
		if (subj != JI_NONE)
			add_evidence(J, subj, sm, in->subject,
				     strlen(in->subject));
	}
	if (in->form_people > 0 && J->nev < JUDGE_MAX_EVIDENCE) {
		char t[64];
		snprintf(t, sizeof t, "a filled-in form with %d %s",
			 in->form_people,
			 in->form_people == 1 ? "person" : "people");
		add_evidence(J, JI_REGISTER, JM_STATEMENT, t, strlen(t));
	}

	/* The intent: the change that the writer states, else a
	 * registration stated or sent as a form, else what was asked. */
	enum judge_intent order[] = {JI_SUBSTITUTE, JI_CANCEL, JI_CORRECT,
				     JI_REGISTER,   JI_STATUS, JI_HELP};
	enum judge_intent best = JI_NONE;
	for (size_t k = 0; k < NELEM(order) && best == JI_NONE; k++)
		if (counted[order[k]])
			best = order[k];
	int from_form = 0, from_subject = 0;
	if (best == JI_NONE && in->form_people > 0) {
		best = JI_REGISTER;
		from_form = 1;
	}
	int body_cues = 0;
	for (int i = 1; i < JI__COUNT; i++)
		body_cues += seen[i];
	if (best == JI_NONE && subj != JI_NONE && counts_in(subj, sm) &&
	    body_cues == 0 && !J->asks && !J->hesitant) {
		best = subj;
		from_subject = 1;
	}
	if (best == JI_NONE && J->asks)
		best = JI_QUESTION;
	J->intent = best;

	/* Confidence. */
	const char *why = NULL;
	enum judge_conf conf = JC_HIGH;
	int other_change = 0;
	for (int i = 1; i < JI__COUNT; i++)
		if (i != (int)best && counted[i] && is_change(i) &&
		    !(best == JI_SUBSTITUTE && i == JI_CANCEL))
			other_change = 1;
	if (best == JI_NONE) {
		conf = JC_NONE;
		why =
		    seen[JI_REGISTER] || seen[JI_CANCEL] || seen[JI_SUBSTITUTE]
			? "the words about registering or cancelling are "
			  "in a question, a condition or a negation"
			: "no request found in the writer's own text";
	} else if (best == JI_QUESTION) {
		why = "a question for a person";
	} else if (J->hesitant && (best == JI_REGISTER || is_change(best))) {
		conf = JC_LOW;
		why = "the writer hesitates or sets a condition";
	} else if (other_change) {
		conf = JC_LOW;
		why = "the mail asks for more than one change";
	} else if (best == JI_REGISTER &&
		   (other_event || (other_word && !course_named))) {
		conf = JC_LOW;
		why = "the registration may be for another event";
	} else if (best == JI_REGISTER && some_days) {
		conf = JC_LOW;
		why = "the registration names only some of the course's days";
	} else if (best == JI_REGISTER && but_register && J->asks) {
		/* "Ik zou me graag inschrijven, maar op dinsdagen moet ik om
		 * 16.00 uur weg.  Is dat een probleem?": the registration
		 * comes with a reservation the question is about */
		conf = JC_LOW;
		why = "the registration has a 'but' and the mail asks about it";
	} else if (best == JI_REGISTER && !from_form &&
		   (asked[JI_REGISTER] ||
		    (asked[JI_HELP] && J->who != JW_OTHERS))) {
		/* "Ik meld me graag aan, maar alleen voor dag 2.  Is het
		 * mogelijk om voor een dag in te schrijven?": the
		 * registration waits for the answer.  So does one of the
		 * writer's own that asks how to register ("wil mij graag
		 * aanmelden.  Hoe gaat dat?  Is er een formulier?"), where
		 * only a signature could fill it in; colleagues not named
		 * yet ("Wat heeft u van haar nodig?") are asked for by the
		 * robot's answer itself */
		conf = JC_LOW;
		why = "the mail also asks whether or how it can register";
	} else if (best == JI_REGISTER && !from_form && in->form_people == 0 &&
		   asks_own && !performed) {
		/* "Een van onze medewerkers wil zich aanmelden. Is de
		 * bijdrage inclusief btw?", "I'm happy to register as a
		 * supplier. Would you be interested?": a wish to register
		 * told only in running text, beside a question, may wait
		 * for its answer; a person reads both.  "Hierbij meld ik
		 * mij aan. Is er parkeergelegenheid?" registers. */
		conf = JC_LOW;
		why = "a wish to register in running text that also asks "
		      "something";
	} else if (best == JI_REGISTER &&
		   counted[JI_CANCEL] + counted[JI_SUBSTITUTE] > 0) {
		conf = JC_LOW;
		why = "the mail both registers and cancels";
	} else if (best == JI_REGISTER &&
		   (subj == JI_CANCEL || subj == JI_SUBSTITUTE) &&
		   counts_in(subj, sm)) {
		/* Subject "afmelding leergang" over "Mijn aanmelding voor
		 * de leergang kan vervallen", or over a person's details:
		 * the writer's own subject asks for the opposite of what
		 * the text was read as, so one of the two readings is
		 * wrong */
		conf = JC_LOW;
		why = "the subject asks to cancel, the text reads as a "
		      "registration";
	} else if (is_change(best) && negated[best]) {
		conf = JC_LOW;
		why = "the mail also says not to";
	} else if (best == JI_REGISTER && negated[JI_REGISTER] &&
		   !(J->who == JW_OTHERS &&
		     negated[JI_REGISTER] == negated_self)) {
		/* (a registration of colleagues whose writer says only
		 * that the writer does not take part: "Hierbij meld ik de
		 * volgende twaalf medewerkers aan ... Zelf doe ik niet
		 * mee" says the same thing twice) */
		conf = JC_LOW;
		why = "the mail also says it does not register";
	} else if (from_form) {
		why = "a filled-in form";
		if (doubted[JI_REGISTER] && !counted[JI_REGISTER]) {
			/* "Kan ik me nog aanmelden?" above the details; a
			 * heading that names the act ("Aanmelding voor de
			 * leergang.", read as an invitation) is no doubt */
			conf = JC_LOW;
			why = "a form, but the words about registering are "
			      "not a plain request";
		}
	} else if (from_subject) {
		why = "the subject, with nothing else in the text";
	} else {
		why = "stated in the writer's own text";
	}
	J->conf = conf;
	for (size_t k = 0; k < J->nev; k++)
		if (J->ev[k].intent == best && best != JI_NONE &&
		    (counts_in(best, J->ev[k].mood) ||
		     (from_subject && k + 1 == J->nev)))
			J->ev[k].counted = 1;
	if (from_form && J->nev > 0)
		J->ev[J->nev - 1].counted = 1;
	snprintf(J->why, sizeof J->why, "%s", why ? why : "");
}

void
judge_summary(const struct judgement *J, char *dst, size_t size)
{
	if (size == 0)
		return;
	size_t o = 0;
	int w = snprintf(dst, size, "%s (%s confidence: %s)",
			 judge_intent_name(J->intent), judge_conf_name(J->conf),
			 J->why);
	o = w < 0 ? 0 : (size_t)w < size ? (size_t)w : size - 1;
	for (size_t k = 0; k < J->nev && o + 1 < size; k++) {
		const struct judge_evidence *e = &J->ev[k];
		const char *mn = judge_mood_name(e->mood);
		int vowel = strchr("aeiou", mn[0]) != NULL;
		w = snprintf(dst + o, size - o, "; %s%s%s \"%s\"%s",
			     e->intent != JI_NONE ? judge_intent_name(e->intent)
						  : "",
			     e->intent == JI_NONE ? ""
			     : vowel		  ? " in an "
						  : " in a ",
			     judge_mood_name(e->mood), e->quote,
			     e->counted ? "" : " (not counted)");
		if (w < 0)
			break;
		o += (size_t)w;
		if (o >= size) {
			o = size - 1;
			break;
		}
	}
	dst[o] = '\0';
	/* never end in half a UTF-8 character: a lead byte cut off from
	 * all its continuation bytes, or from some of them */
	if (o > 0 && (unsigned char)dst[o - 1] >= 0xc0)
		dst[--o] = '\0';
	while (o > 0 && ((unsigned char)dst[o - 1] & 0xc0) == 0x80) {
		size_t k = o - 1;
		while (k > 0 && ((unsigned char)dst[k] & 0xc0) == 0x80)
			k--;
		unsigned char lead = (unsigned char)dst[k];
		size_t need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
		if (o - k >= need)
			break;
		dst[k] = '\0';
		o = k;
	}
}
