/*
 * util — see util.h.  Allocation failure aborts here and only here; every
 * other failure is returned to the caller.
 */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <paths.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

static void
oom(size_t n)
{
	fprintf(stderr, "regbot: out of memory (%zu bytes)\n", n);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		oom(n);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
	if (p == NULL)
		oom(nmemb * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (q == NULL)
		oom(n);
	return q;
}

char *
xstrdup(const char *s)
{
	return s ? xstrndup(s, strlen(s)) : NULL;
}

char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0)
		oom(0);
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, again);
	va_end(again);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void
buf_init(struct buf *b, size_t max)
{
	b->p = NULL;
	b->len = b->cap = 0;
	b->max = max;
}

static int
buf_reserve(struct buf *b, size_t extra)
{
	if (extra > b->max - b->len)
		return -1;
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
	return 0;
}

int
buf_add(struct buf *b, const void *data, size_t n)
{
	if (buf_reserve(b, n) < 0)
		return -1;
	if (n)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

int
buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int
buf_addc(struct buf *b, char c)
{
	return buf_add(b, &c, 1);
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || buf_reserve(b, (size_t)n) < 0)
		return -1;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

char *
buf_detach(struct buf *b)
{
	char *p = b->p ? b->p : xstrdup("");
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}

const char *
buf_str(const struct buf *b)
{
	return b->p ? b->p : "";
}

void
buf_free(struct buf *b)
{
	if (b == NULL)
		return;
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
str_trim(char *s)
{
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	size_t i = 0;
	while (isspace((unsigned char)s[i]))
		i++;
	if (i)
		memmove(s, s + i, n - i + 1);
	return s;
}

void
str_lower(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

int
str_casestarts(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

int
str_caseends(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

const char *
str_casestr(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (n == 0)
		return hay;
	/* Compare the first byte cheaply before the whole needle: this runs
	 * for every keyword over every mail's text. */
	int lo = tolower((unsigned char)needle[0]);
	int up = toupper((unsigned char)needle[0]);
	for (; *hay; hay++)
		if ((*hay == lo || *hay == up) &&
		    strncasecmp(hay + 1, needle + 1, n - 1) == 0)
			return hay;
	return NULL;
}

int
str_empty(const char *s)
{
	if (s == NULL)
		return 1;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

int
str_tolong(const char *s, long min, long max, long *out)
{
	if (s == NULL || *s == '\0' || isspace((unsigned char)*s))
		return -1;
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

static const char *log_prog = "regbot";
static int log_syslog;
static enum log_level log_max = LOG_LVL_INFO;

/* openlog() cannot fail and syslog() silently drops what nobody receives,
 * so --syslog without a syslog daemon would lose every log line.  Probe
 * the socket as glibc's syslog() connects to it (datagram, then stream);
 * 0 when something listens, else the errno of the last attempt. */
static int
syslog_probe(void)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	snprintf(sa.sun_path, sizeof sa.sun_path, "%s", _PATH_LOG);
	static const int types[] = {SOCK_DGRAM, SOCK_STREAM};
	int err = ENOENT;
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		int fd = socket(AF_UNIX, types[i] | SOCK_CLOEXEC, 0);
		if (fd < 0)
			return errno;
		int r = connect(fd, (struct sockaddr *)&sa, sizeof sa);
		err = errno;
		close(fd);
		if (r == 0)
			return 0;
	}
	return err;
}

void
log_open(const char *prog, int use_syslog, enum log_level max)
{
	log_prog = prog;
	log_syslog = use_syslog;
	log_max = max;
	if (!use_syslog)
		return;
	int err = syslog_probe();
	if (err) {
		log_syslog = 0;
		fprintf(stderr,
			"%s: --syslog: no syslog at %s (%s); logging "
			"to stderr\n",
			prog, _PATH_LOG, strerror(err));
		return;
	}
	openlog(prog, LOG_PID, LOG_MAIL);
}

void
log_msg(enum log_level lvl, const char *id, const char *fmt, ...)
{
	static const char *names[] = {"error", "warning", "info", "debug"};
	static const int prio[] = {LOG_ERR, LOG_WARNING, LOG_INFO, LOG_DEBUG};
	if (lvl > log_max)
		return;
	char text[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(text, sizeof text, fmt, ap);
	va_end(ap);
	/* A log line is one line, whatever mail put into it. */
	for (char *p = text; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	if (log_syslog) {
		syslog(prio[lvl], "%s%s%s", id ? id : "", id ? ": " : "", text);
		return;
	}
	fprintf(stderr, "%s: %s%s%s: %s\n", log_prog, id ? id : "",
		id ? ": " : "", names[lvl], text);
}

int
util_random(void *out, size_t n)
{
	unsigned char *p = out;
	while (n > 0) {
		ssize_t r = getrandom(p, n, 0);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

static int
fsync_dir_of(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash == NULL)
		strcpy(dir, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	free(dir);
	if (fd < 0)
		return -1;
	int r = fsync(fd);
	int saved = errno;
	close(fd);
	errno = saved;
	return r;
}

static int write_file(const char *path, const void *data, size_t n, int mode,
		      int sync);

int
util_write_file_durable(const char *path, const void *data, size_t n, int mode)
{
	return write_file(path, data, n, mode, 1);
}

int
util_write_file_unsynced(const char *path, const void *data, size_t n, int mode)
{
	return write_file(path, data, n, mode, 0);
}

int
util_sync_files(char *const *paths, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int fd = open(paths[i], O_RDONLY);
		if (fd < 0)
			return -1;
		int r = fsync(fd);
		int saved = errno;
		close(fd);
		errno = saved;
		if (r < 0)
			return -1;
	}
	/* their directory entries: one fsync per directory (a batch's
	 * raw copies share one) */
	for (size_t i = 0; i < n; i++) {
		const char *slash = strrchr(paths[i], '/');
		size_t dl = slash ? (size_t)(slash - paths[i]) : 0;
		if (i > 0 && !strncmp(paths[i - 1], paths[i], dl) &&
		    strrchr(paths[i - 1], '/') == paths[i - 1] + dl)
			continue;
		if (fsync_dir_of(paths[i]) < 0)
			return -1;
	}
	return 0;
}

static int
write_file(const char *path, const void *data, size_t n, int mode, int sync)
{
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, mode);
	if (fd < 0) {
		free(tmp);
		return -1;
	}
	const char *p = data;
	size_t left = n;
	while (left > 0) {
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		p += w;
		left -= (size_t)w;
	}
	if (sync && fsync(fd) < 0)
		goto fail;
	/* Unsynced: its writeback starts now, so the later fsyncs of a
	 * batch find the blocks allocated and mostly share one journal
	 * commit instead of one each. */
	if (!sync)
		(void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0)
		goto fail;
	free(tmp);
	return sync ? fsync_dir_of(path) : 0;
fail:;
	int saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	free(tmp);
	errno = saved;
	return -1;
}

int
util_mkdir_p(const char *path, int mode)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int r = mkdir(p, (mode_t)mode);
	free(p);
	return (r < 0 && errno != EEXIST) ? -1 : 0;
}

int
util_make_private(const char *path, int mode)
{
	struct stat sb;
	if (stat(path, &sb) < 0)
		return errno == ENOENT ? 0 : -1;
	if ((sb.st_mode & 07777) == (mode_t)mode)
		return 0;
	return chmod(path, (mode_t)mode);
}

long
util_backoff_next(long cur)
{
	if (cur < RUN_BACKOFF_MIN)
		return RUN_BACKOFF_MIN;
	return cur > RUN_BACKOFF_MAX / 2 ? RUN_BACKOFF_MAX : cur * 2;
}

long
util_backoff_jitter(long base, unsigned rnd)
{
	if (base < RUN_BACKOFF_MIN)
		base = RUN_BACKOFF_MIN;
	return base + (long)(rnd % (unsigned)(base / 2 + 1));
}

long
util_retry_delay(int attempts)
{
	long d = 30;
	for (int i = 1; i < attempts && d < 3600; i++)
		d *= 2;
	return d > 3600 ? 3600 : d;
}

int
util_free_bytes(const char *path, unsigned long long *out)
{
	struct statvfs sv;
	if (statvfs(path, &sv) < 0)
		return -1;
	*out = (unsigned long long)sv.f_bavail * sv.f_frsize;
	return 0;
}

int
util_lock_spool(const char *dir, char **err)
{
	char *path = xasprintf("%s/regbot.lock", dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		*err = xasprintf("%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
	if (fcntl(fd, F_SETLK, &fl) < 0) {
		int saved = errno;
		struct flock who = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
		if ((saved == EACCES || saved == EAGAIN) &&
		    fcntl(fd, F_GETLK, &who) == 0 && who.l_type != F_UNLCK)
			*err = xasprintf("spool %s is in use by regbot pid %ld "
					 "(lock %s); one regbot per spool",
					 dir, (long)who.l_pid, path);
		else
			*err = xasprintf("%s: lock: %s", path, strerror(saved));
		close(fd);
		free(path);
		return -1;
	}
	/* The pid is for humans; the lock itself is what counts. */
	char pid[32];
	int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) < 0 || pwrite(fd, pid, (size_t)n, 0) != n)
		log_warn(NULL, "%s: could not write the pid: %s", path,
			 strerror(errno));
	free(path);
	return 0;
}

void
util_hook_point(const char *point)
{
	static int done;
	const char *want = getenv("REGBOT_HOOK_POINT");
	const char *cmd = getenv("REGBOT_HOOK_CMD");
	if (done || want == NULL || cmd == NULL || strcmp(want, point) != 0)
		return;
	done = 1;
	fflush(NULL);
	int r = system(cmd);
	fprintf(stderr, "regbot: hook at %s ran (status %d)\n", point, r);
}

void
util_crash_point(const char *point)
{
	static long count, limit = -1;
	if (limit < 0) {
		const char *e = getenv("REGBOT_CRASH_AFTER");
		if (e == NULL || str_tolong(e, 1, LONG_MAX, &limit) < 0)
			limit = 0;
	}
	if (limit == 0 || ++count != limit)
		return;
	fprintf(stderr, "regbot: crash injection at step %ld (%s)\n", count,
		point);
	fflush(stderr);
	raise(SIGKILL);
}

size_t
util_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	if (n == 0)
		return 0;
	unsigned char c = s[0];
	size_t len;
	unsigned long v, min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

static int
wide(unsigned long c)
{
	return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
	       (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
	       (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
	       (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1faff) ||
	       (c >= 0x20000 && c <= 0x3fffd);
}

size_t
util_display_width(const char *s)
{
	size_t w = 0, n = s ? strlen(s) : 0;
	const unsigned char *p = (const unsigned char *)s;
	while (n > 0) {
		unsigned long c;
		size_t k = util_utf8_decode(p, n, &c);
		if (k == 0) { /* not UTF-8: one column for the byte */
			k = 1;
			c = '?';
		}
		if ((c >= 0x300 && c <= 0x36f) ||
		    (c >= 0x200b && c <= 0x200f) || c == 0xfe0f)
			; /* combining or zero width */
		else
			w += wide(c) ? 2 : 1;
		p += k;
		n -= k;
	}
	return w;
}

void
util_fput_padded(FILE *fp, const char *s, size_t width)
{
	if (s == NULL)
		s = "-";
	fputs(s, fp);
	for (size_t w = util_display_width(s); w < width; w++)
		fputc(' ', fp);
}
