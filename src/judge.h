/*
 * judge — what the writer's own prose asks for, with the evidence.
 *
 * The prose (the writer's own sentences: no quote, no signature, no form
 * lines; see segment.h) is cut into sentences, and each sentence is
 * given a mood: a plain statement, a request ("Kunt u mij aanmelden?"),
 * a question, a negation, a condition ("als", "stel dat", "mocht",
 * "if", "in case") or a hesitation ("twijfel", "eerst toestemming",
 * "I'll let you know").  Words that point at an intent ("meld ... aan",
 * "cancel", "in mijn plaats") count as evidence only in a statement or a
 * request; inside a question, a condition or a negation they are
 * recorded but count for nothing, and one hesitant sentence anywhere
 * lowers every change to low confidence.
 *
 * The result is {intent, confidence, evidence[]}.  The evidence is text
 * for people (the audit log, the organiser's forward, the digest), never
 * parsed back.  Pure: no I/O, no global state; linear in the text.
 */
#ifndef REGBOT_JUDGE_H
#define REGBOT_JUDGE_H

#include <stddef.h>

enum judge_intent {
	JI_NONE,       /* nothing the robot can act on */
	JI_REGISTER,   /* register the people in the mail */
	JI_CANCEL,     /* cancel a registration */
	JI_SUBSTITUTE, /* a colleague takes the writer's seat */
	JI_STATUS,     /* asks where a registration stands */
	JI_HELP,       /* asks how to register */
	JI_QUESTION,   /* asks something a person must answer */
	JI_CORRECT,    /* corrects details of a registration */
	JI__COUNT
};

enum judge_conf { JC_NONE, JC_LOW, JC_HIGH };

enum judge_mood {
	JM_STATEMENT,
	JM_REQUEST,
	JM_QUESTION,
	JM_NEGATION,
	JM_CONDITION,
	JM_HESITATION,
	JM_PAST,       /* tells what was done before ("I sent my registration
			  last week", "Ik heb mij al aangemeld") */
	JM_INVITATION, /* speaks only of the reader registering ("Meldt u
			  zich aan voor onze workshop") */
};

enum { JUDGE_MAX_EVIDENCE = 12, JUDGE_QUOTE = 96 };

struct judge_evidence {
	enum judge_intent intent; /* what the words point at (JI_NONE for a
				     bare question or hesitation) */
	enum judge_mood mood;
	int counted;		 /* 1: it supports the result */
	char quote[JUDGE_QUOTE]; /* the words, shortened, valid UTF-8 */
};

/* The course the robot takes registrations for, as its configuration
 * names it: a registration sentence that names another course (a quoted
 * title with no word of these names) or a date that is none of its
 * dates (its days, and those its rules name: the registration window,
 * ...) ("voor de training ... op 20 april") may be for another event. */
enum { JUDGE_COURSE_NAMES = 4, JUDGE_COURSE_DAYS = 16 };
struct judge_course {
	const char *names[JUDGE_COURSE_NAMES]; /* UTF-8; NULL when fewer */
	int month[JUDGE_COURSE_DAYS], day[JUDGE_COURSE_DAYS];
	size_t ndays;
	size_t ncourse; /* the first ncourse dates are the course's own days
			   (a registration for some of them is partial);
			   0: not told apart */
};

/* What the rest of the mail tells the judge. */
struct judge_input {
	const char *prose;    /* the writer's own sentences (UTF-8) */
	const char *subject;  /* NULL or the subject as written */
	int subject_is_reply; /* "Re:"/"Antw:": the subject is not the
				 writer's words */
	int form_people;      /* people read from a form, list or table in
				 the writer's own (or forwarded) part */
	size_t own_len;	      /* 0, or: prose[own_len..] is a forwarded
				 mail's, whose questions were not put to
				 the robot */
	const struct judge_course *course; /* NULL: not known */
};

/* Whom a registration is for, from the words around the counted
 * registration sentences: "meld ik mij aan" (self), "meld ik mijn collega
 * aan", "register my colleague Emma" (others), "wij melden ons aan" or
 * "mijn collega en ik" (both). */
enum judge_who { JW_UNKNOWN, JW_SELF, JW_OTHERS, JW_BOTH };

struct judgement {
	enum judge_intent intent;
	enum judge_who who;
	enum judge_conf conf;
	int asks;     /* a question a person must answer */
	int hesitant; /* a hesitation or a condition about the intent */
	/* the writer's own prose speaks of the reader ("u", "your") and
	 * nowhere of the writer ("ik", "wij", "mijn", "hierbij") */
	int of_reader;
	/* how many people the registration says it registers ("de
	 * volgende twaalf medewerkers", "three of us", subject "aanmelding
	 * 6 deelnemers"): 0 when it says no number, -1 when its numbers
	 * disagree */
	int announced;
	struct judge_evidence ev[JUDGE_MAX_EVIDENCE];
	size_t nev;
	char why[160]; /* one line for people: why this confidence */
};

void judge(const struct judge_input *in, struct judgement *out);

/* "none", "register", "cancel", "substitute", "status", "help",
 * "question", "correct"; "statement", "request", "question", "negation",
 * "condition", "hesitation"; "none", "low", "high". */
const char *judge_intent_name(enum judge_intent i);
const char *judge_mood_name(enum judge_mood m);
const char *judge_conf_name(enum judge_conf c);

/* The evidence as one line ("register: statement \"Hierbij meld ik mij
 * aan\"; question \"is er parkeergelegenheid?\" (not counted)"), at most
 * `size` bytes with the NUL. */
void judge_summary(const struct judgement *j, char *dst, size_t size);

/* For tests: the mood of one sentence and the intent its words point
 * at (JI_NONE when none). */
enum judge_mood judge_sentence(const char *sentence, enum judge_intent *cue);
/* The same, with whom a registration sentence is for. */
enum judge_mood judge_sentence_who(const char *sentence, enum judge_intent *cue,
				   enum judge_who *who);

/* The number a folded word spells, 2 to 20 in Dutch or English words
 * ("twaalf", "four") or 1 to 99 in digits, else 0. */
int judge_number(const char *word);

/* Case-folded, accent-free, single-spaced copy of UTF-8 text (libunistring):
 * "Aanmélding  ZOË" -> "aanmelding zoe".  Caller frees. */
char *judge_fold(const char *s);

#endif
