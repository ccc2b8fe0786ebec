/*
 * util — memory, bounded buffers, strings and logging shared by every module.
 *
 * Out of memory aborts inside the x* wrappers (the only place that decides
 * that); everything else returns errors.  struct buf is a growable byte
 * buffer with a hard maximum chosen by its creator, so data read from mail
 * can never grow without limit.  The buffer is always NUL-terminated.
 */
#ifndef REGBOT_UTIL_H
#define REGBOT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s); /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0)));

struct buf {
	char *p; /* owned; NUL-terminated when non-NULL */
	size_t len;
	size_t cap;
	size_t max; /* len never exceeds this */
};

#define BUF_MAX_DEFAULT ((size_t)64 << 20)

void buf_init(struct buf *b, size_t max);
/* Each returns 0, or -1 when the data would pass the maximum (buffer
 * unchanged). */
int buf_add(struct buf *b, const void *data, size_t n);
int buf_adds(struct buf *b, const char *s);
int buf_addc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
/* Hands the string to the caller (never NULL: "" for an empty buffer);
 * the buffer is left empty and reusable. */
char *buf_detach(struct buf *b);
const char *buf_str(const struct buf *b); /* "" when empty; borrowed */
void buf_free(struct buf *b);

/* Strings (ASCII case rules; the program's text is UTF-8). */
char *str_trim(char *s); /* in place, returns s */
void str_lower(char *s); /* ASCII letters only */
int str_casestarts(const char *s, const char *prefix);
int str_caseends(const char *s, const char *suffix);
const char *str_casestr(const char *hay, const char *needle);
int str_empty(const char *s); /* NULL or only spaces */
/* Strict number parsing: whole string, range checked.  0 ok, -1 error. */
int str_tolong(const char *s, long min, long max, long *out);

/* Logging: foreground goes to stderr, daemon mode to syslog.  `id` is the
 * message or registration the line is about (NULL for none).  Never log
 * passwords or message bodies. */
enum log_level { LOG_LVL_ERR, LOG_LVL_WARN, LOG_LVL_INFO, LOG_LVL_DEBUG };
void log_open(const char *prog, int use_syslog, enum log_level max);
void log_msg(enum log_level lvl, const char *id, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define log_err(id, ...) log_msg(LOG_LVL_ERR, id, __VA_ARGS__)
#define log_warn(id, ...) log_msg(LOG_LVL_WARN, id, __VA_ARGS__)
#define log_info(id, ...) log_msg(LOG_LVL_INFO, id, __VA_ARGS__)
#define log_debug(id, ...) log_msg(LOG_LVL_DEBUG, id, __VA_ARGS__)

/* Cryptographically random bytes (getrandom); 0 ok, -1 error. */
int util_random(void *out, size_t n);

/* Durable file write: temp file, write, fsync, rename, fsync directory.
 * 0 ok, -1 error with errno set. */
int util_write_file_durable(const char *path, const void *data, size_t n,
			    int mode);
/* The same without the fsyncs: util_sync_files makes it durable later,
 * several files at once (a batch of raw copies before its commit). */
int util_write_file_unsynced(const char *path, const void *data, size_t n,
			     int mode);
/* fsync of each file and of each one's directory.  0, -1 (errno). */
int util_sync_files(char *const *paths, size_t n);
int util_mkdir_p(const char *path, int mode);

/* Makes an existing file or directory private to its owner (0600 or
 * 0700): the spool holds codes and phone numbers, and may have been
 * created by hand or under a lax umask.  A missing path is fine.  0 ok,
 * -1 error with errno set. */
int util_make_private(const char *path, int mode);

/* The daemon's wait after a failed cycle (IMAP down, store full): it
 * doubles from RUN_BACKOFF_MIN to RUN_BACKOFF_MAX seconds, and only a
 * cycle that did its work without an error brings it back to the floor
 * (a login alone does not: a server that accepts the login and then
 * fails would otherwise be hammered).  util_backoff_jitter spreads a
 * wait over [base, 1.5 * base] with `rnd`, never below the base. */
#define RUN_BACKOFF_MIN 5L
#define RUN_BACKOFF_MAX 300L
long util_backoff_next(long cur);
long util_backoff_jitter(long base, unsigned rnd);

/* One message that failed (a fetch, a process, a queued file): the
 * seconds before its next attempt, 30 s doubling per attempt made, at
 * most an hour; after RETRY_MAX_ATTEMPTS it is set aside for a human. */
#define RETRY_MAX_ATTEMPTS 5
long util_retry_delay(int attempts);

/* Bytes an unprivileged process may still write on the file system that
 * holds `path`; 0 ok, -1 error with errno set. */
int util_free_bytes(const char *path, unsigned long long *out);

/* One process per spool: an exclusive fcntl lock on DIR/regbot.lock, held
 * until the process exits (the descriptor stays open on purpose).  The
 * file also holds the pid for humans.  0 ok; -1 with *err (caller frees)
 * naming the holder's pid when another process has it. */
int util_lock_spool(const char *dir, char **err);

/* Decodes one UTF-8 sequence at s (n bytes available): its length, with
 * the code point in *cp, or 0 when it is not valid UTF-8 (overlong,
 * surrogate, out of range, truncated). */
size_t util_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* Columns a UTF-8 string takes in a terminal: combining marks take none,
 * East Asian wide characters and emoji two, everything else one (a byte
 * that is not UTF-8 counts as one). */
size_t util_display_width(const char *s);
/* Prints s (NULL: "-") and spaces up to `width` display columns; a wider
 * s is printed whole. */
void util_fput_padded(FILE *fp, const char *s, size_t width);

/* Crash injection for tests: with REGBOT_CRASH_AFTER=N in the environment
 * the Nth call (counted over the whole process) kills the process with
 * SIGKILL, as a power cut would.  `point` names the step for the log. */
void util_crash_point(const char *point);

/* Fault injection for tests: with REGBOT_HOOK_POINT=NAME and
 * REGBOT_HOOK_CMD=CMD in the environment, the first time the program
 * passes the point NAME it runs CMD with system(3) and goes on (a test
 * fills the disk at exactly the moment it wants). */
void util_hook_point(const char *point);
#endif
