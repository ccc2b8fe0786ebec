/*
 * incoming — see incoming.h.
 */
#include "incoming.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *
incoming_dir(const char *spool)
{
	return xasprintf("%s/incoming", spool);
}

char *
incoming_name(time_t received, size_t total, long pid, unsigned rnd)
{
	return xasprintf("%012lld-%zu-%ld-%08x.eml", (long long)received, total,
			 pid, rnd);
}

int
incoming_name_parse(const char *name, time_t *received, size_t *total)
{
	*received = 0;
	*total = 0;
	/* util_write_file_durable's temporary files are "NAME.tmp.PID" */
	if (name == NULL || name[0] == '.' || strstr(name, ".tmp.") ||
	    !str_caseends(name, ".eml"))
		return 0;
	long long t = 0;
	size_t z = 0;
	if (sscanf(name, "%lld-%zu-", &t, &z) == 2 && t > 0) {
		*received = (time_t)t;
		*total = z;
	}
	return 1;
}

int
incoming_queue(const char *spool, const char *data, size_t len, size_t total,
	       time_t received, char **path)
{
	*path = NULL;
	char *dir = incoming_dir(spool);
	if (util_mkdir_p(dir, 0700) < 0) {
		int saved = errno;
		free(dir);
		errno = saved;
		return -1;
	}
	unsigned rnd = 0;
	util_random(&rnd, sizeof rnd);
	char *name = incoming_name(received, total, (long)getpid(), rnd);
	*path = xasprintf("%s/%s", dir, name);
	free(name);
	free(dir);
	return util_write_file_durable(*path, data, len, 0600);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t
incoming_list(const char *spool, char ***names)
{
	*names = NULL;
	char *dir = incoming_dir(spool);
	DIR *d = opendir(dir);
	free(dir);
	if (d == NULL)
		return 0;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		time_t t;
		size_t z;
		if (!incoming_name_parse(e->d_name, &t, &z))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			*names = xrealloc(*names, cap * sizeof **names);
		}
		(*names)[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(*names, n, sizeof **names, by_name);
	return n;
}

void
incoming_count(const char *spool, long *n, time_t *oldest)
{
	char **names;
	size_t k = incoming_list(spool, &names);
	*n = (long)k;
	*oldest = 0;
	for (size_t i = 0; i < k; i++) {
		time_t t;
		size_t z;
		incoming_name_parse(names[i], &t, &z);
		if (t > 0 && (*oldest == 0 || t < *oldest))
			*oldest = t;
		free(names[i]);
	}
	free(names);
}

int
incoming_read(const char *path, size_t max, struct buf *b)
{
	FILE *fp = fopen(path, "rb");
	if (fp == NULL)
		return -1;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (b->len < max + 1)
			buf_add(b, chunk,
				n < max + 1 - b->len ? n : max + 1 - b->len);
	int bad = ferror(fp);
	fclose(fp);
	if (bad) {
		errno = EIO;
		return -1;
	}
	return 0;
}

int
incoming_attempts(const char *name)
{
	if (!str_caseends(name, ".eml"))
		return 0;
	size_t e = strlen(name) - 4, d = e;
	while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
		d--;
	if (d == e || e - d > 4 || d < 2 || name[d - 1] != 'a' ||
	    name[d - 2] != '.')
		return 0;
	return atoi(name + d);
}

/* The name without its attempt count and ".eml" (caller frees). */
static char *
base_of(const char *name)
{
	size_t n = strlen(name);
	if (str_caseends(name, ".eml"))
		n -= 4;
	if (incoming_attempts(name) > 0) {
		while (name[n - 1] != '.')
			n--;
		n--;
	}
	return xstrndup(name, n);
}

int
incoming_due(const char *spool, const char *name, time_t now, time_t *at)
{
	*at = now;
	int tried = incoming_attempts(name);
	if (tried == 0)
		return 1;
	char *dir = incoming_dir(spool);
	char *path = xasprintf("%s/%s", dir, name);
	struct stat sb;
	int rc = stat(path, &sb);
	free(path);
	free(dir);
	if (rc < 0)
		return -1;
	*at = sb.st_mtime + util_retry_delay(tried);
	return now >= *at;
}

char *
incoming_held_dir(const char *spool)
{
	char *dir = incoming_dir(spool);
	char *held = xasprintf("%s/held", dir);
	free(dir);
	return held;
}

int
incoming_failed(const char *spool, const char *name, time_t now, char **newname)
{
	*newname = NULL;
	int tried = incoming_attempts(name) + 1;
	char *dir = incoming_dir(spool);
	char *from = xasprintf("%s/%s", dir, name);
	char *base = base_of(name);
	int held = tried >= RETRY_MAX_ATTEMPTS;
	char *to = NULL;
	int rc = 0;
	if (held) {
		char *hd = incoming_held_dir(spool);
		if (util_mkdir_p(hd, 0700) < 0)
			rc = -1;
		*newname = xasprintf("%s/%s.eml", hd, base);
		to = xstrdup(*newname);
		free(hd);
	} else {
		*newname = xasprintf("%s.a%d.eml", base, tried);
		to = xasprintf("%s/%s", dir, *newname);
	}
	/* the time of this attempt, from which the next one is due */
	struct timespec ts[2] = {{now, 0}, {now, 0}};
	if (rc == 0 && utimensat(AT_FDCWD, from, ts, 0) < 0)
		rc = -1;
	if (rc == 0 && rename(from, to) < 0)
		rc = -1;
	int saved = errno;
	if (rc < 0) {
		free(*newname);
		*newname = NULL;
	}
	free(to);
	free(base);
	free(from);
	free(dir);
	errno = saved;
	return rc < 0 ? -1 : held;
}

long
incoming_held_count(const char *spool)
{
	char *dir = incoming_held_dir(spool);
	DIR *d = opendir(dir);
	free(dir);
	if (d == NULL)
		return 0;
	long n = 0;
	struct dirent *e;
	time_t t;
	size_t z;
	while ((e = readdir(d)) != NULL)
		n += incoming_name_parse(e->d_name, &t, &z);
	closedir(d);
	return n;
}
