/*
 * purge — see purge.h.  Order: the store transaction first (records
 * cleared, raw paths collected), committed; then the raw files are
 * unlinked.  A crash in between leaves files no record names, which the
 * next purge (with the spool lock) removes.  Logs carry counts only.
 */
#include "purge.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "admin.h"
#include "schedule.h"
#include "store.h"
#include "util.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

int
purge_add_days(const char *date, long days, char out[11])
{
	int y, m, d;
	char tail;
	if (date == NULL ||
	    sscanf(date, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
		return -1;
	struct tm tm = {.tm_year = y - 1900,
			.tm_mon = m - 1,
			.tm_mday = d + (int)days,
			.tm_hour = 12};
	time_t t = timegm(&tm);
	if (t == (time_t)-1)
		return -1;
	gmtime_r(&t, &tm);
	if (tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999)
		return -1;
	strftime(out, 11, "%Y-%m-%d", &tm);
	return 0;
}

int
purge_dates(const struct config *cfg, char last[11], char over[11],
	    char from[11])
{
	const char *l = NULL;
	for (size_t i = 0; i < cfg->ndays; i++)
		if (cfg->days[i].date &&
		    (l == NULL || strcmp(cfg->days[i].date, l) > 0))
			l = cfg->days[i].date;
	if (l == NULL || purge_add_days(l, 0, last) < 0 ||
	    purge_add_days(l, 1, over) < 0 ||
	    purge_add_days(l, cfg->purge_after_days, from) < 0)
		return -1;
	if (strcmp(from, over) < 0)
		memcpy(from, over, 11);
	return 0;
}

/* Collects the ids first (store_reg_each's statement is busy while it
 * runs), then writes the amounts. */
struct ids {
	int64_t *id;
	long *cents;
	size_t n;
	const struct config *cfg;
};

static int
collect(const struct reg *r, void *arg)
{
	struct ids *x = arg;
	if (r->purged_at)
		return 0;
	long cents = admin_bill_amount(x->cfg, r);
	if (cents <= 0)
		return 0;
	x->id = xrealloc(x->id, (x->n + 1) * sizeof *x->id);
	x->cents = xrealloc(x->cents, (x->n + 1) * sizeof *x->cents);
	x->id[x->n] = r->id;
	x->cents[x->n++] = cents;
	return 0;
}

struct raw {
	char **paths;
	size_t n;
	unsigned long long bytes;
};

static void
raw_free(struct raw *rw)
{
	for (size_t i = 0; i < rw->n; i++)
		free(rw->paths[i]);
	free(rw->paths);
	memset(rw, 0, sizeof *rw);
}

/* Every raw copy the records name, forgotten in the transaction. */
static int
collect_raw(struct store *st, struct raw *rw)
{
	for (;;) {
		int64_t *ids;
		char **paths;
		size_t n;
		if (store_raw_expired(st, "9999-12-31T23:59:59Z", &ids, &paths,
				      &n) < 0)
			return -1;
		int rc = 0;
		for (size_t i = 0; i < n; i++) {
			if (rc == 0 && store_raw_forget(st, ids[i]) < 0)
				rc = -1;
			struct stat sb;
			if (stat(paths[i], &sb) == 0)
				rw->bytes += (unsigned long long)sb.st_size;
			rw->paths = xrealloc(rw->paths,
					     (rw->n + 1) * sizeof *rw->paths);
			rw->paths[rw->n++] = paths[i];
		}
		free(ids);
		free(paths);
		if (rc < 0)
			return -1;
		if (n == 0)
			return 0;
	}
}

/* Files in SPOOL/raw that no record names (a crash between writing a
 * copy and committing its message, or between a purge's commit and its
 * unlinks).  Counted, and with remove set, removed.  Returns the count. */
static long
sweep_raw(const char *spool, int remove, unsigned long long *bytes)
{
	char *dir = xasprintf("%s/raw", spool);
	DIR *d = opendir(dir);
	long n = 0;
	if (d == NULL) {
		free(dir);
		return 0;
	}
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' &&
		    (e->d_name[1] == '\0' ||
		     (e->d_name[1] == '.' && e->d_name[2] == '\0')))
			continue;
		char *p = xasprintf("%s/%s", dir, e->d_name);
		struct stat sb;
		if (lstat(p, &sb) == 0 && S_ISREG(sb.st_mode)) {
			*bytes += (unsigned long long)sb.st_size;
			if (!remove || unlink(p) == 0)
				n++;
			else
				log_warn(NULL, "purge: %s: %s", p,
					 strerror(errno));
		}
		free(p);
	}
	closedir(d);
	free(dir);
	return n;
}

static void
report(const struct store_purge *n, long kept, long files,
       unsigned long long bytes, long orphans, int dry)
{
	const char *v = dry ? "would remove" : "removed";
	printf("%s:\n", dry ? "what the purge would remove (--dry-run: "
			      "nothing is changed)"
			    : "personal data removed");
	printf("  registrations: %ld purged now; %ld of them keep name, "
	       "organisation and invoice details for their invoice\n",
	       n->registrations, kept);
	printf("  %s: %ld e-mail addresses, %ld phone numbers, %ld dietary "
	       "wishes, %ld functions, %ld names, %ld organisations with "
	       "their invoice details\n",
	       v, n->emails, n->phones, n->diets, n->roles, n->names,
	       n->organisations);
	printf("  %s: sender, subject and Message-ID of %ld messages; %ld "
	       "raw cop%s (%llu bytes)",
	       v, n->messages, files, files == 1 ? "y" : "ies", bytes);
	if (orphans)
		printf("; %ld more raw file%s no record names", orphans,
		       orphans == 1 ? "" : "s");
	printf("\n  %s: text and recipient of %ld outbox mails; the free text "
	       "of %ld audit entries; %ld undo records; %ld server errors\n",
	       v, n->outbox, n->audit, n->undo, n->health);
}

int
purge_command(struct robot *rb, int argc, char **argv, time_t now, int own_lock)
{
	const struct config *cfg = rb->cfg;
	struct store *st = rb->st;
	int dry = 0, force = 0;
	static const struct option opts[] = {
	    {"dry-run", no_argument, NULL, 'd'},
	    {"force", no_argument, NULL, 'f'},
	    {NULL, 0, NULL, 0}};
	optind = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (ch == 'd')
			dry = 1;
		else if (ch == 'f')
			force = 1;
		else
			return EXIT_USAGE;
	}
	if (optind != argc) {
		fprintf(stderr, "usage: regbot purge [--dry-run] [--force]\n");
		return EXIT_USAGE;
	}
	char last[11], over[11], from[11], today[11];
	if (purge_dates(cfg, last, over, from) < 0) {
		fprintf(stderr, "regbot purge: the configuration has no course "
				"days, so no end to keep the data until\n");
		return EXIT_USAGE;
	}
	schedule_local_date(cfg->timezone, now, today);
	if (strcmp(today, over) < 0) {
		fprintf(stderr,
			"regbot purge: the course is not over: its last day "
			"is %s (today is %s); the data is needed until then, "
			"--force or not.  With purge_after_days = %ld a purge "
			"is possible from %s.\n",
			last, today, cfg->purge_after_days, from);
		return EXIT_RUNTIME;
	}
	if (strcmp(today, from) < 0 && !force) {
		fprintf(stderr,
			"regbot purge: not yet: the data is kept "
			"purge_after_days = %ld days after the last course "
			"day (%s); a purge is possible from %s (today is "
			"%s).  --force purges now.\n",
			cfg->purge_after_days, last, from, today);
		return EXIT_RUNTIME;
	}
	printf("last course day %s; purge_after_days = %ld: purge possible "
	       "from %s%s\n",
	       last, cfg->purge_after_days, from,
	       strcmp(today, from) < 0 ? " (--force: now)" : "");
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);
	if (!dry && store_secure_delete(st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(st));
		return EXIT_RUNTIME;
	}
	if (store_begin(st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(st));
		return EXIT_RUNTIME;
	}
	struct ids x = {.cfg = cfg};
	struct raw rw = {0};
	struct store_purge n;
	int rc = store_reg_each(st, NULL, collect, &x);
	for (size_t i = 0; rc == 0 && i < x.n; i++)
		rc = store_reg_keep_amount(st, x.id[i], x.cents[i]);
	long kept = (long)x.n;
	free(x.id);
	free(x.cents);
	if (rc == 0)
		rc = collect_raw(st, &rw);
	if (rc == 0)
		rc = store_purge(st, nowiso, &n);
	if (rc == 0) {
		char *d = xasprintf(
		    "organiser: personal data removed%s: %ld registrations "
		    "(%ld kept for invoices), %ld messages, %zu raw copies, "
		    "%ld outbox mails, %ld audit details; retention %ld days "
		    "after %s",
		    strcmp(today, from) < 0 ? " (forced before the date)" : "",
		    n.registrations, kept, n.messages, rw.n, n.outbox, n.audit,
		    cfg->purge_after_days, last);
		rc = store_audit(st, nowiso, 0, 0, "purged", d);
		free(d);
	}
	if (rc < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(st));
		store_rollback(st);
		raw_free(&rw);
		return EXIT_RUNTIME;
	}
	unsigned long long orphan_bytes = 0;
	if (dry) {
		store_rollback(st);
		/* files no record names: all of SPOOL/raw minus the named */
		long all = sweep_raw(cfg->spool, 0, &orphan_bytes);
		long named = 0;
		for (size_t i = 0; i < rw.n; i++)
			named += access(rw.paths[i], F_OK) == 0;
		report(&n, kept, (long)rw.n, rw.bytes, all - named, 1);
		raw_free(&rw);
		return 0;
	}
	if (store_commit(st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(st));
		store_rollback(st);
		raw_free(&rw);
		return EXIT_RUNTIME;
	}
	long files = 0;
	for (size_t i = 0; i < rw.n; i++) {
		if (unlink(rw.paths[i]) == 0 || errno == ENOENT)
			files++;
		else
			log_warn(NULL, "purge: %s: %s", rw.paths[i],
				 strerror(errno));
	}
	/* With the lock no other process writes raw copies now: whatever
	 * is left in raw/ belongs to no record. */
	long orphans = own_lock ? sweep_raw(cfg->spool, 1, &orphan_bytes) : 0;
	int cp = store_checkpoint(st);
	report(&n, kept, files, rw.bytes, orphans, 0);
	if (!own_lock)
		printf("  (another process holds the spool: raw files that no "
		       "record names are left; purge again when it is "
		       "stopped)\n");
	if (cp != 0)
		printf("  (the database's write-ahead log could not be "
		       "emptied now: %s; purge again later)\n",
		       cp < 0 ? store_error(st) : "another process reads it");
	printf("recorded in the audit log; the mail server's own copies (the "
	       "processed folder) are not regbot's to remove\n");
	log_info(NULL,
		 "purge: %ld registrations purged (%ld kept for invoices), "
		 "%ld messages, %ld raw copies, %ld outbox mails",
		 n.registrations, kept, n.messages, files + orphans, n.outbox);
	raw_free(&rw);
	return 0;
}
