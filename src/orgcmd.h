/*
 * orgcmd — read the organiser's command mail.  Pure: no I/O, no library
 * beyond libc; the store-side checks and the changes are orgmail.c's.
 *
 * The organiser answers the robot's forwards and digest lines with one
 * command per line, Dutch or English, in any case:
 *
 *     JA TOKEN         YES TOKEN        do what the robot proposed
 *     NEE TOKEN        NO TOKEN         do nothing; the mail is decided
 *     BEVESTIG TOKEN   CONFIRM TOKEN    register what the robot understood
 *     AFMELDEN CODE    CANCEL CODE      cancel a registration
 *     VERPLAATS CODE POOL  MOVE CODE POOL   move a registration to a pool
 *     ANTWOORD TOKEN   ANSWER TOKEN     the lines below it, up to an empty
 *                                       line, go to the one who wrote
 *
 * Only the organiser's own text counts: lines quoted with '>' are skipped,
 * and the text ends at a reply or forward header ("Op ... schreef:", "On
 * ... wrote:", "-----Original Message-----", an Outlook "Van:/From:" block
 * with "Verzonden:/Sent:", a forward marker) or a signature ("-- ").
 * Nothing is guessed: a line that is not a command is reported, with the
 * reason, and never read as one.
 *
 * Ownership: every string in struct orgcmd_mail is owned by it
 * (orgcmd_free), valid UTF-8 when the input is, and single-line except an
 * answer's text (LF between its lines).
 */
#ifndef REGBOT_ORGCMD_H
#define REGBOT_ORGCMD_H

#include <stddef.h>

/* A decision token: 4 characters of ORGCMD_TOKEN_ALPHABET (no 0/O, 1/I/L
 * or U, so it cannot be misread), at least one digit and one letter (so
 * it is neither a word nor a number). */
#define ORGCMD_TOKEN_LEN 4
#define ORGCMD_TOKEN_ALPHABET "23456789ABCDEFGHJKMNPQRSTVWXYZ"
/* At most this many commands and reported lines per mail; more is
 * reported once as one problem. */
#define ORGCMD_MAX_LINES 100
/* An answer's text is cut at this many bytes. */
#define ORGCMD_ANSWER_MAX 20000

enum orgcmd_verb {
	ORGCMD_YES,
	ORGCMD_NO,
	ORGCMD_CONFIRM,
	ORGCMD_CANCEL,
	ORGCMD_MOVE,
	ORGCMD_ANSWER
};

struct orgcmd {
	enum orgcmd_verb verb;
	long line;    /* 1-based line number in the text */
	char *source; /* the line as written (trimmed, at most 200 bytes) */
	char *token;  /* upper case: YES, NO, CONFIRM, ANSWER; else NULL */
	char *code;   /* upper case: CANCEL, MOVE; else NULL */
	char *pool;   /* MOVE: the rest of the line after the code */
	char *text;   /* ANSWER: its lines, LF-separated, never empty */
};

/* A line of the organiser's own text that is not a command.  blocking:
 * it starts with a command word or names a token or reference code, so
 * it was surely meant as a command: the mail's commands are then not
 * applied (orgmail.c).  Other lines (a greeting, "Groet, ...") are only
 * listed in the reply. */
struct orgcmd_problem {
	long line;
	char *source; /* as written, trimmed, at most 200 bytes */
	char *why;    /* English, one line */
	int blocking;
};

struct orgcmd_mail {
	struct orgcmd *cmds;
	size_t n;
	struct orgcmd_problem *bad;
	size_t nbad;
	int nblocking; /* problems with blocking set */
};

/* Parses `text` (UTF-8, LF or CRLF).  Never fails on content.  0, or -1
 * on invalid arguments. */
int orgcmd_parse(const char *text, struct orgcmd_mail *out);
void orgcmd_free(struct orgcmd_mail *m);

/* 1 when the mail is meant for the robot: a command, or a blocking
 * problem.  A mail of plain prose (a reply to a forward that reached the
 * robot, an autoresponder) is not, and gets no answer. */
int orgcmd_has_commands(const struct orgcmd_mail *m);

/* 1 when s (case-insensitive, NUL-terminated) is a token's shape. */
int orgcmd_token_shape(const char *s);
/* 1 when s is a reference code's shape: "ABCDE-12345" in the code
 * alphabet (policy_code), case-insensitive. */
int orgcmd_code_shape(const char *s);
/* A token from ORGCMD_TOKEN_LEN random bytes into out (upper case,
 * NUL-terminated).  0, or -1 when these bytes make no valid token (all
 * digits or all letters): the caller draws again. */
int orgcmd_token_make(const unsigned char rnd[ORGCMD_TOKEN_LEN],
		      char out[ORGCMD_TOKEN_LEN + 1]);

/* The command word in a language ("JA", "YES", ...). */
const char *orgcmd_verb_word(enum orgcmd_verb v, const char *lang);

/* Reads the Authentication-Results header fields of a raw message's
 * header (up to the first empty line; at most len bytes) for a failed
 * check of mail claiming to come from `domain`: dmarc=fail, or spf or
 * dkim =fail for that domain (smtp.mailfrom, header.from, header.d,
 * header.i) or a subdomain.  Such results only ever count against a mail,
 * never for it, so a header a sender added cannot make a forgery pass.
 * 1 with *why ("dmarc=fail", caller frees) when one failed, else 0. */
int orgcmd_auth_failed(const char *raw, size_t len, const char *domain,
		       char **why);

#endif
