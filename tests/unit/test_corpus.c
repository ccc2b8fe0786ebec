/*
 * test_corpus — the labelled corpus in tests/corpus/ through message_parse
 * and request_build, compared with each message's .expect file (cmocka).
 *
 * Every NNN-slug.eml has NNN-slug.expect beside it (see
 * tests/corpus/README.md): "key: value" lines for set_aside, robot,
 * intent, lang, code, forwarded, question, people and N.field.  A value
 * of "-" is not checked; a field not listed must be absent; keys listed
 * in "known:" are misreadings on record (counted as wrong, not failing).
 * Any other difference fails the test, so a change that reads one
 * message worse is caught.  With --report it prints per-field and per-intent
 * accuracy instead (make corpus-report) and exits 0.
 *
 * The corpus is found at $REGBOT_CORPUS, else $REGBOT_SRC/tests/corpus,
 * else tests/corpus (tests/run.sh runs unit tests from the repository).
 *
 * test_invariants reads every corpus (the team's, the development sets
 * and the held-out sets) and checks issue 9's hard invariants on each:
 * nothing labelled other than a registration is registered, nothing
 * other than a cancellation cancelled with a code or taken for a
 * substitution, no change without the writer's code, no machine
 * answered.  A corpus that does not hold them yet has its counts on
 * record in its file `harm`; a count may only fall, and the record with
 * it.  Only counts are printed: held-out sets are scored, never studied.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "decide.h"
#include "form.h"
#include "judge.h"
#include "message.h"
#include "policy.h"
#include "process.h"
#include "request.h"
#include "util.h"

#define ROBOT "aanmelden@example.org"
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
enum { MAX_FILE = 8 << 20, MAX_PEOPLE = 16, MAX_MSGS = 1000 };

struct expect {
	char *kv[64][2];
	size_t n;
};

static const char *
ex_get(const struct expect *e, const char *key)
{
	for (size_t i = 0; i < e->n; i++)
		if (!strcmp(e->kv[i][0], key))
			return e->kv[i][1];
	return NULL;
}

static void
ex_free(struct expect *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->kv[i][0]);
		free(e->kv[i][1]);
	}
	e->n = 0;
}

static char *
read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return NULL;
	long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
	rewind(f);
	size_t cap = size >= 0 && size < MAX_FILE ? (size_t)size : MAX_FILE;
	char *p = xmalloc(cap + 1);
	size_t n = fread(p, 1, cap, f);
	fclose(f);
	p[n] = '\0';
	if (len)
		*len = n;
	return p;
}

static int
ex_read(const char *path, struct expect *e)
{
	memset(e, 0, sizeof *e);
	char *t = read_file(path, NULL);
	if (t == NULL)
		return -1;
	char *save = NULL;
	for (char *l = strtok_r(t, "\n", &save); l && e->n < NELEM(e->kv);
	     l = strtok_r(NULL, "\n", &save)) {
		if (*l == '#' || *l == '\0')
			continue;
		char *c = strstr(l, ": ");
		if (c == NULL)
			continue;
		e->kv[e->n][0] = xstrndup(l, (size_t)(c - l));
		e->kv[e->n][1] = xstrdup(c + 2);
		e->n++;
	}
	free(t);
	return 0;
}

/* ---- statistics ---- */

static const char *const intents[] = {"register", "cancel",   "substitute",
				      "status",	  "question", "help",
				      "human",	  "unknown"};

struct stats {
	int field_total[FF__COUNT], field_ok[FF__COUNT];
	/* after normalisation, people paired by address or name */
	int norm_total[FF__COUNT], norm_ok[FF__COUNT];
	int intent_total[NELEM(intents)], intent_ok[NELEM(intents)];
	int robot_total, robot_ok;   /* machines recognised */
	int person_total, person_ok; /* people taken for a machine: no */
	int lang_total, lang_ok;
	int count_total, count_ok;     /* number of people */
	int msgs, msgs_ok, msgs_known; /* known: with misses on record */
	/* Harm: what would act on a misunderstanding. */
	int false_reg;	       /* not a registration, read as one with people */
	int wrong_cancel;      /* not a cancellation, read as one with a code */
	int wrong_substitute;  /* not a substitution, read as one */
	int change_no_code;    /* a cancellation, substitution or
				  correction on a code that is not in
				  the writer's own words */
	int machine_reply;     /* a machine's mail taken for a person's */
	int machine_answered;  /* ... and answered automatically */
	int person_unanswered; /* a person's mail given no automatic
				  answer (it still reaches the organiser) */
	int to_organiser;      /* read as question/human: a person decides */
	int reg_total, reg_to_organiser; /* registrations sent to a person */
	int intent_all, intent_all_ok;	 /* every labelled intent */
	/* issue 9's measure: as intent_all_ok, and a mail that goes to the
	 * organiser (question or human) is right where its label says a
	 * person must answer it (question or human) */
	int intent_acted_ok;
};

static struct stats S;
static struct buf failures, known_misses;
static const struct expect *cur_e; /* the message being checked */
static int cur_known;		   /* it has a known miss */

/* Is `key` listed in the message's "known:" line? */
static int
is_known(const char *key)
{
	const char *k = cur_e ? ex_get(cur_e, "known") : NULL;
	size_t n = strlen(key);
	for (const char *p = k; p && *p;) {
		while (*p == ' ' || *p == ',')
			p++;
		size_t w = strcspn(p, " ,");
		if (w == n && !strncmp(p, key, n))
			return 1;
		p += w;
	}
	return 0;
}

/* A difference on `key`: a failure, or a known miss. */
static void
failf(int *bad, const char *file, const char *key, const char *fmt, ...)
{
	int known = is_known(key);
	struct buf *b = known ? &known_misses : &failures;
	if (!known && !*bad)
		buf_printf(b, "%s:\n", file);
	if (!known)
		*bad = 1;
	va_list ap;
	va_start(ap, fmt);
	char tmp[2048];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	cur_known |= known;
	if (known)
		buf_printf(b, "    %s %s (known)\n", file, tmp);
	else
		buf_printf(b, "    %s\n", tmp);
}

static int
yes(const char *v)
{
	return v && !strcmp(v, "yes");
}

static const char *corpus_organiser(void);
static const struct judge_course *corpus_course(void);

/* The comparison key of a field value: case-folded and accent-free
 * (judge_fold), keeping only letters, digits and '@' (a phone number
 * keeps its digits).  "Stichting Voorbeeld B.V." and "stichting
 * voorbeeld BV", "06-1234 5678" and "06 12345678", an address on three
 * lines and on one with commas compare equal. */
static char *
norm_key(int field, const char *v)
{
	char *f = judge_fold(v);
	size_t k = 0;
	for (const char *p = f; *p; p++) {
		unsigned char c = (unsigned char)*p;
		int keep = field == FF_PHONE
			       ? (c >= '0' && c <= '9')
			       : (c >= 0x80 || isalnum(c) || c == '@');
		if (keep)
			f[k++] = (char)c;
	}
	f[k] = '\0';
	return f;
}

static int
norm_eq(int field, const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	char *x = norm_key(field, a), *y = norm_key(field, b);
	int eq = !strcmp(x, y);
	free(x);
	free(y);
	return eq;
}

/* The field accuracy the targets of issue 9 are about: values compared
 * after normalisation (norm_key), and each labelled person paired with
 * the person the robot read with the same address, else the same name,
 * else the one at the same place, so one person missed or read in
 * another order does not count every later person wrong. */
static void
score_normalised(const struct expect *e, const struct form *got, size_t want)
{
	int used[MAX_PEOPLE] = {0};
	size_t pair[MAX_PEOPLE];
	if (want > MAX_PEOPLE)
		want = MAX_PEOPLE;
	for (size_t i = 0; i < want; i++) {
		pair[i] = SIZE_MAX;
		char key[64];
		for (int by = 0; by < 2 && pair[i] == SIZE_MAX; by++) {
			int f = by == 0 ? FF_EMAIL : FF_NAME;
			snprintf(key, sizeof key, "%zu.%s", i + 1,
				 form_field_key(f));
			const char *w = ex_get(e, key);
			for (size_t j = 0; w && j < got->n && j < MAX_PEOPLE;
			     j++)
				if (!used[j] && got->people[j].f[f] &&
				    norm_eq(f, w, got->people[j].f[f])) {
					pair[i] = j;
					break;
				}
		}
		if (pair[i] != SIZE_MAX)
			used[pair[i]] = 1;
	}
	for (size_t i = 0; i < want; i++)
		if (i < got->n && !used[i] && pair[i] == SIZE_MAX) {
			pair[i] = i;
			used[i] = 1;
		}
	for (size_t i = 0; i < want; i++)
		for (int f = 0; f < FF__COUNT; f++) {
			char key[64];
			snprintf(key, sizeof key, "%zu.%s", i + 1,
				 form_field_key(f));
			const char *w = ex_get(e, key);
			const char *g = pair[i] != SIZE_MAX
					    ? got->people[pair[i]].f[f]
					    : NULL;
			if (w == NULL && g == NULL)
				continue;
			S.norm_total[f]++;
			S.norm_ok[f] += w && g && norm_eq(f, w, g);
		}
	/* people the robot read that no label pairs with: wrong values */
	for (size_t j = 0; j < got->n && j < MAX_PEOPLE; j++)
		if (!used[j])
			for (int f = 0; f < FF__COUNT; f++)
				if (got->people[j].f[f])
					S.norm_total[f]++;
}

static void
check_one(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *epath = xasprintf("%.*s.expect", (int)(strlen(path) - 4), path);
	size_t len = 0;
	char *raw = read_file(path, &len);
	struct expect e;
	int bad = 0;
	S.msgs++;
	if (raw == NULL || ex_read(epath, &e) < 0) {
		failf(&bad, name, "file", "cannot read the message or %s",
		      epath);
		free(raw);
		free(path);
		free(epath);
		return;
	}
	cur_e = &e;
	cur_known = 0;
	struct message_limits lim = {10 << 20, 20, 200};
	struct message m;
	message_parse(raw, len, &lim, &m);
	struct request rq;
	struct request_context rc = {.robot_addr = ROBOT,
				     .organiser_addr = corpus_organiser(),
				     .default_lang = "nl",
				     .course = corpus_course()};
	request_read_ctx(&m, &rc, &rq);

	const char *v;
	int want_aside = yes(ex_get(&e, "set_aside"));
	if (want_aside != (m.set_aside != NULL))
		failf(&bad, name, "set_aside", "set_aside: want %s, got %s",
		      want_aside ? "yes" : "no",
		      m.set_aside ? m.set_aside : "no");
	int want_robot = yes(ex_get(&e, "robot"));
	if (!want_aside) {
		int got = rq.robot != NULL;
		if (want_robot) {
			S.robot_total++;
			S.robot_ok += got;
		} else {
			S.person_total++;
			S.person_ok += !got;
		}
		if (want_robot != got)
			failf(&bad, name, "robot", "robot: want %s, got %s%s%s",
			      want_robot ? "yes" : "no",
			      rq.robot ? rq.robot : "no",
			      rq.robot || !want_robot ? ""
			      : rq.robot_weak	      ? ", not answered: "
					      : " (answered automatically)",
			      rq.robot || !want_robot || !rq.robot_weak
				  ? ""
				  : rq.robot_weak);
	}
	if (want_robot && !want_aside && rq.robot == NULL)
		S.machine_reply++;
	if (want_robot && !want_aside && rq.robot == NULL &&
	    rq.robot_weak == NULL)
		S.machine_answered++;
	if (!want_robot && !want_aside && rq.robot == NULL &&
	    rq.robot_weak != NULL)
		S.person_unanswered++;
	if (!want_aside && !rq.robot) {
		const char *want = want_robot ? "robot" : ex_get(&e, "intent");
		const char *got = request_intent_name(rq.intent);
		int organiser =
		    !strcmp(got, "question") || !strcmp(got, "human");
		S.to_organiser += organiser;
		/* a change acts on the code in the writer's own words only
		 * (without any code, process.c asks for it and changes
		 * nothing) */
		if ((rq.intent == INTENT_CANCEL ||
		     rq.intent == INTENT_SUBSTITUTE ||
		     rq.intent == INTENT_CORRECT) &&
		    rq.code != NULL && rq.code_where != CODE_OWN &&
		    rq.code_where != CODE_SUBJECT) {
			S.change_no_code++;
			failf(&bad, name, "harm",
			      "harm: %s on a code not in the writer's own "
			      "words (%s)",
			      request_intent_name(rq.intent),
			      code_where_name((enum code_where)rq.code_where));
		}
		if (want && strcmp(want, "-")) {
			if (strcmp(want, "register") &&
			    !strcmp(got, "register") && rq.form.n > 0)
				S.false_reg++;
			if (strcmp(want, "cancel") && !strcmp(got, "cancel") &&
			    rq.code)
				S.wrong_cancel++;
			if (strcmp(want, "substitute") &&
			    !strcmp(got, "substitute"))
				S.wrong_substitute++;
			if (!strcmp(want, "register")) {
				S.reg_total++;
				S.reg_to_organiser += organiser;
			}
		}
	}
	if (want_aside || want_robot)
		goto done;
	if ((v = ex_get(&e, "intent")) && strcmp(v, "-")) {
		const char *got = request_intent_name(rq.intent);
		S.intent_all++;
		S.intent_all_ok += !strcmp(got, v);
		int person_v = !strcmp(v, "question") || !strcmp(v, "human");
		int person_g =
		    !strcmp(got, "question") || !strcmp(got, "human");
		S.intent_acted_ok += !strcmp(got, v) || (person_v && person_g);
		for (size_t i = 0; i < NELEM(intents); i++)
			if (!strcmp(intents[i], v)) {
				S.intent_total[i]++;
				S.intent_ok[i] += !strcmp(got, v);
			}
		if (strcmp(got, v))
			failf(&bad, name, "intent",
			      "intent: want %s, got %s%s%s", v, got,
			      rq.human ? " - " : "", rq.human ? rq.human : "");
	}
	if ((v = ex_get(&e, "lang")) && strcmp(v, "-")) {
		S.lang_total++;
		S.lang_ok += !strcmp(v, rq.lang);
		if (strcmp(v, rq.lang))
			failf(&bad, name, "lang", "lang: want %s, got %s", v,
			      rq.lang);
	}
	v = ex_get(&e, "code");
	if (v == NULL || strcmp(v, "-")) {
		/* a label carries the code as the mail types it ("L" for
		 * "1"); the robot reads it as Crockford's base32 does */
		char *want = v ? policy_find_code(v) : NULL;
		const char *w = want ? want : v;
		if ((w == NULL) != (rq.code == NULL) ||
		    (w && strcmp(w, rq.code)))
			failf(&bad, name, "code", "code: want %s, got %s",
			      v ? v : "(none)", rq.code ? rq.code : "(none)");
		free(want);
	}
	static const struct {
		const char *key;
		size_t off;
	} flags[] = {{"forwarded", offsetof(struct request, forwarded)},
		     {"question", offsetof(struct request, question)}};
	for (size_t i = 0; i < NELEM(flags); i++) {
		v = ex_get(&e, flags[i].key);
		if (v == NULL || !strcmp(v, "-"))
			continue;
		int got = *(const int *)((const char *)&rq + flags[i].off);
		if (yes(v) != (got != 0))
			failf(&bad, name, flags[i].key, "%s: want %s, got %s",
			      flags[i].key, v, got ? "yes" : "no");
	}
	v = ex_get(&e, "people");
	if (v && strcmp(v, "-")) {
		long want = strtol(v, NULL, 10);
		S.count_total++;
		S.count_ok += (size_t)want == rq.form.n;
		if ((size_t)want != rq.form.n)
			failf(&bad, name, "people", "people: want %ld, got %zu",
			      want, rq.form.n);
		score_normalised(&e, &rq.form, (size_t)want);
		size_t np = (size_t)want > rq.form.n ? (size_t)want : rq.form.n;
		for (size_t i = 0; i < np && i < MAX_PEOPLE; i++)
			for (int f = 0; f < FF__COUNT; f++) {
				char key[64];
				snprintf(key, sizeof key, "%zu.%s", i + 1,
					 form_field_key(f));
				const char *w = ex_get(&e, key);
				const char *g = i < rq.form.n
						    ? rq.form.people[i].f[f]
						    : NULL;
				if (w == NULL && g == NULL)
					continue;
				S.field_total[f]++;
				int ok = w && g && !strcmp(w, g);
				S.field_ok[f] += ok;
				if (!ok)
					failf(&bad, name, key,
					      "%s: want '%s', got '%s'", key,
					      w ? w : "(none)",
					      g ? g : "(none)");
			}
	}
done:
	cur_e = NULL;
	S.msgs_ok += !bad && !cur_known;
	S.msgs_known += !bad && cur_known;
	request_free(&rq);
	message_free(&m);
	ex_free(&e);
	free(raw);
	free(path);
	free(epath);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The corpus being read: set by test_invariants, else $REGBOT_CORPUS,
 * else the team's. */
static char *the_dir;

static const char *
corpus_dir(void)
{
	if (the_dir == NULL) {
		const char *c = getenv("REGBOT_CORPUS");
		const char *src = getenv("REGBOT_SRC");
		the_dir = c	? xstrdup(c)
			  : src ? xasprintf("%s/tests/corpus", src)
				: xstrdup("tests/corpus");
	}
	return the_dir;
}

static char organiser_line[256];

/* The organiser's address of the corpus's setting: the first line of
 * its file `organiser`, or NULL.  Mail from it is never a participant's
 * (as in process.c). */
static const char *
corpus_organiser(void)
{
	return organiser_line[0] ? organiser_line : NULL;
}

/* Reads the corpus's `organiser` file (run_all, once per corpus). */
static void
read_organiser(void)
{
	char *line = organiser_line;
	line[0] = '\0';
	char *p = xasprintf("%s/organiser", corpus_dir());
	FILE *f = fopen(p, "r");
	free(p);
	if (f) {
		if (fgets(line, sizeof organiser_line, f) == NULL)
			line[0] = '\0';
		line[strcspn(line, "\r\n")] = '\0';
		fclose(f);
	}
}

/* The course every corpus is written for: the brochure's, as the example
 * configuration holds it (its title, sender name and days), as process.c
 * gives it to the reading; NULL when that file cannot be read.  Its
 * password files need not exist: only the event is used. */
static const struct judge_course *
corpus_course(void)
{
	static int done;
	static struct config cfg;
	static struct judge_course course;
	static int ok;
	if (!done) {
		done = 1;
		const char *src = getenv("REGBOT_SRC");
		char *p =
		    xasprintf("%s/config/regbot.conf.example", src ? src : ".");
		struct config_errors errs = {0};
		config_load(p, &cfg, &errs);
		config_errors_free(&errs);
		free(p);
		process_course(&cfg, &course);
		ok = course.ndays > 0;
		if (!ok)
			fprintf(stderr, "test_corpus: no course days in "
					"config/regbot.conf.example; the "
					"reading is not told the course\n");
	}
	return ok ? &course : NULL;
}

/* Runs every message; returns the number read. */
static size_t
run_all(void)
{
	memset(&S, 0, sizeof S);
	buf_free(&failures);
	buf_init(&failures, 1 << 20);
	buf_free(&known_misses);
	buf_init(&known_misses, 1 << 20);
	const char *dir = corpus_dir();
	read_organiser();
	DIR *d = opendir(dir);
	if (d == NULL)
		return 0;
	char *names[MAX_MSGS];
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d)) && n < MAX_MSGS) {
		size_t l = strlen(de->d_name);
		if (l > 4 && !strcmp(de->d_name + l - 4, ".eml"))
			names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		check_one(dir, names[i]);
		free(names[i]);
	}
	return n;
}

static void
pct(const char *what, int ok, int total)
{
	printf("  %-22s %4d / %-4d %6.1f%%\n", what, ok, total,
	       total ? 100.0 * ok / total : 100.0);
}

static void
report(void)
{
	printf("corpus: %s, %d messages: %d read exactly as labelled, %d "
	       "with known misses, %d differ\n",
	       corpus_dir(), S.msgs, S.msgs_ok, S.msgs_known,
	       S.msgs - S.msgs_ok - S.msgs_known);
	printf("per field (slots where the label or the robot has a "
	       "value):\n");
	for (int f = 0; f < FF__COUNT; f++)
		pct(form_field_key(f), S.field_ok[f], S.field_total[f]);
	printf("per field after normalisation (case, accents, spaces and "
	       "punctuation;\n  people paired by address or name):\n");
	int all_ok = 0, all = 0;
	for (int f = 0; f < FF__COUNT; f++) {
		pct(form_field_key(f), S.norm_ok[f], S.norm_total[f]);
		all_ok += S.norm_ok[f];
		all += S.norm_total[f];
	}
	pct("all fields", all_ok, all);
	printf("per intent (messages labelled with it):\n");
	for (size_t i = 0; i < NELEM(intents); i++)
		if (S.intent_total[i])
			pct(intents[i], S.intent_ok[i], S.intent_total[i]);
	printf("harm (each must be 0):\n");
	printf("  %-34s %4d\n", "false registrations", S.false_reg);
	printf("  %-34s %4d\n", "wrong cancellations (with a code)",
	       S.wrong_cancel);
	printf("  %-34s %4d\n", "wrong substitutions", S.wrong_substitute);
	printf("  %-34s %4d\n", "changes without the writer's code",
	       S.change_no_code);
	printf("  %-34s %4d\n", "machines taken for people", S.machine_reply);
	printf("  %-34s %4d\n", "  of them answered automatically",
	       S.machine_answered);
	printf("not sure (sent to the organiser):\n");
	pct("all messages", S.to_organiser, S.msgs);
	pct("genuine registrations", S.reg_to_organiser, S.reg_total);
	printf("intent overall:\n");
	pct("intent right", S.intent_all_ok, S.intent_all);
	pct("  or to a person as labelled", S.intent_acted_ok, S.intent_all);
	printf("other:\n");
	pct("robots recognised", S.robot_ok, S.robot_total);
	pct("people not robots", S.person_ok, S.person_total);
	printf("  %-34s %4d\n", "people not answered automatically",
	       S.person_unanswered);
	pct("language", S.lang_ok, S.lang_total);
	pct("number of people", S.count_ok, S.count_total);
	if (known_misses.len)
		printf("known misses (labelled as such, counted above):\n%s",
		       buf_str(&known_misses));
	if (failures.len)
		printf("differences:\n%s", buf_str(&failures));
}

static void
test_corpus(void **state)
{
	(void)state;
	size_t n = run_all();
	if (n == 0)
		fail_msg("no messages in %s", corpus_dir());
	if (n < 80)
		fail_msg("only %zu messages in %s (80 or more expected)", n,
			 corpus_dir());
	if (failures.len) {
		report();
		fail_msg("%d of %d messages differ from their labels",
			 S.msgs - S.msgs_ok - S.msgs_known, S.msgs);
	}
	printf("corpus: %d messages read as labelled (%d with known "
	       "misses)\n",
	       S.msgs, S.msgs_known);
}

/* ---- the hard invariants over every corpus ---- */

/* What would act on a misunderstanding, by the key a corpus's `harm`
 * file gives it: each must be 0.  A corpus whose reading does not yet
 * hold them lists its counts there ("machines_answered 3"); the test
 * fails when a count grows and when it falls below what is on record
 * (lower the record: a mend is kept). */
static const struct {
	const char *key;
	size_t off;
} harms[] = {
    {"false_registrations", offsetof(struct stats, false_reg)},
    {"wrong_cancellations", offsetof(struct stats, wrong_cancel)},
    {"wrong_substitutions", offsetof(struct stats, wrong_substitute)},
    {"changes_without_code", offsetof(struct stats, change_no_code)},
    {"machines_answered", offsetof(struct stats, machine_answered)},
};

/* The counts on record in DIR/harm, by the order of harms[]; 0 for a key
 * the file does not list, or without the file. */
static void
harm_on_record(const char *dir, int *rec)
{
	for (size_t k = 0; k < NELEM(harms); k++)
		rec[k] = 0;
	char *p = xasprintf("%s/harm", dir);
	FILE *f = fopen(p, "r");
	free(p);
	if (f == NULL)
		return;
	char line[256];
	while (fgets(line, sizeof line, f))
		for (size_t k = 0; k < NELEM(harms); k++) {
			size_t n = strlen(harms[k].key);
			if (!strncmp(line, harms[k].key, n) && line[n] == ' ')
				rec[k] = atoi(line + n + 1);
		}
	fclose(f);
}

/* The corpora under src/tests: the team's, then each directory of
 * corpus-dev and corpus-heldout with an `organiser` file, by name. */
static size_t
list_corpora(const char *src, char **out, size_t max)
{
	size_t n = 0;
	out[n++] = xasprintf("%s/tests/corpus", src);
	static const char *const parents[] = {"corpus-dev", "corpus-heldout"};
	for (size_t k = 0; k < NELEM(parents); k++) {
		char *pd = xasprintf("%s/tests/%s", src, parents[k]);
		DIR *d = opendir(pd);
		char *names[64];
		size_t m = 0;
		struct dirent *de;
		while (d && (de = readdir(d)) && m < NELEM(names)) {
			if (de->d_name[0] == '.')
				continue;
			char *o = xasprintf("%s/%s/organiser", pd, de->d_name);
			FILE *f = fopen(o, "r");
			free(o);
			if (f) {
				fclose(f);
				names[m++] = xstrdup(de->d_name);
			}
		}
		if (d)
			closedir(d);
		qsort(names, m, sizeof *names, by_name);
		for (size_t i = 0; i < m; i++) {
			if (n < max)
				out[n++] = xasprintf("%s/%s", pd, names[i]);
			free(names[i]);
		}
		free(pd);
	}
	return n;
}

static void
test_invariants(void **state)
{
	(void)state;
	const char *src = getenv("REGBOT_SRC");
	char *dirs[64];
	size_t nd = list_corpora(src ? src : ".", dirs, NELEM(dirs));
	char *keep = the_dir;
	struct buf bad;
	buf_init(&bad, 1 << 16);
	printf("invariants: %-36s false-reg cancel subst no-code "
	       "machines\n",
	       "corpus");
	for (size_t i = 0; i < nd; i++) {
		the_dir = dirs[i];
		if (run_all() == 0)
			buf_printf(&bad, "%s: no messages\n", dirs[i]);
		printf("invariants: %-36s", dirs[i]);
		int recs[NELEM(harms)];
		harm_on_record(dirs[i], recs);
		for (size_t k = 0; k < NELEM(harms); k++) {
			int now =
			    *(const int *)((const char *)&S + harms[k].off);
			int rec = recs[k];
			printf(" %d", now);
			if (now > rec)
				buf_printf(&bad, "%s: %s %d (on record: %d)\n",
					   dirs[i], harms[k].key, now, rec);
			else if (now < rec)
				buf_printf(&bad,
					   "%s: %s %d, on record %d: lower "
					   "the record in its harm file\n",
					   dirs[i], harms[k].key, now, rec);
		}
		printf("\n");
		free(dirs[i]);
	}
	the_dir = keep;
	if (nd < 2)
		buf_printf(&bad, "no development or held-out corpora found "
				 "beside tests/corpus\n");
	static char msg[8192];
	snprintf(msg, sizeof msg, "%s", buf_str(&bad));
	buf_free(&bad);
	if (msg[0])
		fail_msg("hard invariants not held:\n%s", msg);
}

int
main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--report")) {
		if (run_all() == 0) {
			fprintf(stderr, "test_corpus: no messages in %s\n",
				corpus_dir());
			return 1;
		}
		report();
		buf_free(&failures);
		buf_free(&known_misses);
		return 0;
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_corpus),
	    cmocka_unit_test(test_invariants),
	};
	int rc = cmocka_run_group_tests_name("corpus", tests, NULL, NULL);
	buf_free(&failures);
	buf_free(&known_misses);
	return rc;
}
