/*
 * main — the regbot command line (DESIGN.md section 5): run, once, ingest,
 * list, check-config.  The only place that exits.  Exit status: 0 ok,
 * 1 runtime failure, 2 bad usage or configuration.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <json-c/json.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "admin.h"
#include "attend.h"
#include "calendar.h"
#include "clock.h"
#include "config.h"
#include "csv.h"
#include "digest.h"
#include "explain.h"
#include "incoming.h"
#include "mailbox.h"
#include "mailing.h"
#include "notify.h"
#include "outbox.h"
#include "preview.h"
#include "process.h"
#include "purge.h"
#include "reply.h"
#include "stats.h"
#include "status.h"
#include "store.h"
#include "tmpl.h"
#include "undo.h"
#include "util.h"
#include "version.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

static volatile sig_atomic_t stop_requested, reload_requested;
/* Any signal ends a wait (IDLE, poll, backoff): the loop then looks at
 * what was asked. */
static volatile sig_atomic_t wake_requested;

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		reload_requested = 1;
	else if (sig != SIGUSR1) /* SIGUSR1: mail queued in incoming/ */
		stop_requested = 1;
	wake_requested = 1;
}

struct ctx {
	struct config cfg;
	struct store *st;
	struct robot rb;
	int argc;
	char **argv;
	char *lock_holder; /* LOCK_IF_FREE found it held: who has it */
};

static void
usage(FILE *fp)
{
	fputs(
	    "usage: regbot [--config FILE | --instance NAME] [--now ISO-8601]\n"
	    "              [--syslog] [--verbose] COMMAND [ARGS]\n"
	    "       regbot --version\n"
	    "configuration: --config FILE, else " REGBOT_SYSCONFDIR
	    "/regbot/NAME.conf\n"
	    "  for --instance NAME, else $REGBOT_CONFIG, "
	    "else " REGBOT_SYSCONFDIR "/regbot/regbot.conf\n"
	    "commands:\n"
	    "  run                 the daemon: IDLE or poll, send, repeat\n"
	    "  once [--stats]      one full cycle, then exit; --stats: the\n"
	    "                      time per stage\n"
	    "  ingest [FILE]       process one message from FILE or stdin\n"
	    "  explain [FILE]      how one message would be read, without\n"
	    "                      acting on it\n"
	    "  list [--status S] [--format text|csv|json] [--excel]\n"
	    "                      registrations\n"
	    "  check-config [--connect]\n"
	    "                      validate configuration and templates;\n"
	    "                      --connect: log in, show what is used\n"
	    "  status              health: last IMAP check and SMTP send,\n"
	    "                      outbox, stuck mail, next job; exit 1\n"
	    "                      when not healthy\n"
	    "  digest --print [--raw]\n"
	    "                      today's digest as it would go out now\n"
	    "  remind --dry-run [--full]\n"
	    "                      the scheduled mails due now, unsent\n"
	    "organiser commands (each change is logged and mailed):\n"
	    "  show CODE | log CODE\n"
	    "  cancel CODE [--reason TEXT] [--quiet] [--waive-fee]\n"
	    "  edit CODE [--name N --email E --organisation O --role R\n"
	    "      --phone P --diet D --invoice-address A\n"
	    "      --invoice-reference R] [--notify]\n"
	    "  substitute CODE --name N --email E [--role R --phone P "
	    "--diet D]\n"
	    "  promote CODE [--force] [--quiet]\n"
	    "  move CODE --pool P [--force] [--quiet]\n"
	    "  add --name N --email E --organisation O [--role R --phone P\n"
	    "      --diet D --invoice-address A --invoice-reference R "
	    "--pool P --lang L]\n"
	    "  invoices [--format text|csv|json] [--excel] [--attendance]\n"
	    "  undo CODE           revert CODE's last change by the organiser\n"
	    "                      while no mail about it has gone out\n"
	    "  mail --to confirmed|waitlisted|all --template NAME [--send]\n"
	    "                      a one-off message from "
	    "templates/LANG/NAME.txt;\n"
	    "                      without --send a preview\n"
	    "  attendance DAY [--format text|csv] [--excel]\n"
	    "                      the attendance list of course day DAY\n"
	    "  present DAY CODE... [--remove]\n"
	    "                      record who came on course day DAY\n"
	    "  purge [--dry-run] [--force]\n"
	    "                      remove personal data purge_after_days\n"
	    "                      after the last course day\n"
	    "CSV: --excel writes ';'-separated UTF-8 with a BOM and headers "
	    "in\n"
	    "words (Dutch when the event's language is nl)\n",
	    fp);
}

/* ---- check-config ---- */

struct tcheck {
	const char *path;
	int errors;
};

static void
check_name(const char *name, int line, void *arg)
{
	struct tcheck *tc = arg;
	if (!reply_var_known(name)) {
		fprintf(stderr, "%s:%d: unknown template variable '%s'\n",
			tc->path, line, name);
		tc->errors++;
	}
}

/* One kind's .txt template: it parses, starts with its Subject and
 * uses only documented names.  Returns the number of problems. */
static int
check_template(const char *path)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return 1;
	}
	int errors = 0;
	struct buf b;
	buf_init(&b, 1 << 20);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_add(&b, chunk, n) < 0)
			break;
	fclose(fp);
	struct tcheck tc = {.path = path};
	char *err = NULL;
	if (tmpl_names(buf_str(&b), check_name, &tc, &err) < 0) {
		fprintf(stderr, "%s: %s\n", path, err);
		free(err);
		errors++;
	}
	if (strncmp(buf_str(&b), "Subject:", 8) != 0) {
		fprintf(stderr,
			"%s:1: a template starts with its Subject: "
			"line\n",
			path);
		errors++;
	}
	errors += tc.errors;
	buf_free(&b);
	return errors;
}

static int
check_templates(const struct config *cfg)
{
	static const char *langs[] = {"nl", "en"};
	const char *const *const lists[] = {reply_kinds, reply_scheduled_kinds};
	int errors = 0;
	for (size_t l = 0; l < 2; l++)
		for (size_t kl = 0; kl < 2; kl++)
			for (int k = 0; lists[kl][k]; k++) {
				char *path =
				    xasprintf("%s/%s/%s.txt", cfg->templates,
					      langs[l], lists[kl][k]);
				errors += check_template(path);
				free(path);
			}
	return errors;
}

/* check-config --connect: log in and say what the server offers and
 * which processed folder would be used. */
static int
check_connect(struct ctx *c)
{
	struct mailbox *mb = NULL;
	char *err = NULL;
	if (mailbox_open(&c->cfg, &mb, &err) < 0) {
		fprintf(stderr, "%s: IMAP %s\n", c->cfg.path, err);
		free(err);
		return EXIT_RUNTIME;
	}
	char *d = mailbox_describe(mb);
	printf("%s: connected to %s as %s\n%s", c->cfg.path, c->cfg.imap.host,
	       c->cfg.imap.user, d);
	free(d);
	mailbox_close(mb);
	return 0;
}

static int
cmd_check_config(struct ctx *c)
{
	int connect = c->argc == 2 && !strcmp(c->argv[1], "--connect");
	if (c->argc > 1 && !connect) {
		fprintf(stderr, "regbot check-config: only --connect\n");
		return EXIT_USAGE;
	}
	int errors = check_templates(&c->cfg);
	if (errors) {
		fprintf(stderr, "%s: %d problem%s in templates\n", c->cfg.path,
			errors, errors == 1 ? "" : "s");
		return EXIT_USAGE;
	}
	printf("%s: configuration and templates are valid (%zu pools, "
	       "%zu days)\n",
	       c->cfg.path, c->cfg.npools, c->cfg.ndays);
	return connect ? check_connect(c) : 0;
}

/* ---- list ---- */

struct lister {
	const char *format;
	json_object *arr;
	int n;
	const char *tz; /* CSV times in the event's zone */
	struct csv csv;
	struct buf out; /* one CSV row at a time */
};

/* The columns of `list --format csv`: the keys are a contract. */
static const struct csv_col list_cols[] = {
    {"code", "Code", "Code"},
    {"name", "Name", "Naam"},
    {"email", "E-mail", "E-mail"},
    {"organisation", "Organisation", "Organisatie"},
    {"role", "Function", "Functie"},
    {"phone", "Phone", "Telefoon"},
    {"diet", "Dietary wishes", "Dieetwensen"},
    {"invoice_address", "Invoice address", "Factuuradres"},
    {"invoice_reference", "Invoice reference", "Factuurkenmerk"},
    {"pool", "Pool", "Groep"},
    {"status", "Status", "Status"},
    {"waitlist_position", "Waiting list position", "Plaats wachtlijst"},
    {"registered_at", "Registered", "Aangemeld"},
    {NULL, NULL, NULL}};

static void
csv_flush(struct lister *l)
{
	fwrite(l->out.p ? l->out.p : "", 1, l->out.len, stdout);
	buf_reset(&l->out);
}

static int
list_one(const struct reg *r, void *arg)
{
	struct lister *l = arg;
	l->n++;
	if (!strcmp(l->format, "json")) {
		json_object *o = json_object_new_object();
		json_object_object_add(o, "code",
				       json_object_new_string(r->code));
		for (int i = 0; i < RF__COUNT; i++)
			json_object_object_add(
			    o, reg_field_key((enum reg_field)i),
			    r->f[i] ? json_object_new_string(r->f[i]) : NULL);
		json_object_object_add(o, "pool",
				       json_object_new_string(r->pool));
		json_object_object_add(o, "status",
				       json_object_new_string(r->status));
		json_object_object_add(
		    o, "waitlist_position",
		    r->waitlist_position
			? json_object_new_int64(r->waitlist_position)
			: NULL);
		json_object_object_add(
		    o, "registered_at",
		    json_object_new_string(r->registered_at));
		json_object_object_add(o, "received_at",
				       json_object_new_string(r->received_at));
		json_object_object_add(o, "language",
				       json_object_new_string(r->language));
		json_object_object_add(
		    o, "offer_until",
		    r->offer_until ? json_object_new_string(r->offer_until)
				   : NULL);
		json_object_object_add(
		    o, "held_by_cap", json_object_new_boolean(r->hold != NULL));
		json_object_object_add(o, "fee_due",
				       json_object_new_boolean(r->fee_due));
		json_object_object_add(
		    o, "purged_at",
		    r->purged_at ? json_object_new_string(r->purged_at) : NULL);
		json_object_array_add(l->arr, o);
	} else if (!strcmp(l->format, "csv")) {
		csv_cell(&l->csv, r->code);
		for (int i = 0; i < RF__COUNT; i++)
			csv_cell(&l->csv, r->f[i]);
		csv_cell(&l->csv, r->pool);
		csv_cell(&l->csv, r->status);
		char pos[24] = "";
		if (r->waitlist_position)
			snprintf(pos, sizeof pos, "%ld", r->waitlist_position);
		csv_cell(&l->csv, pos);
		char *at = status_local_iso(l->tz, r->registered_at);
		csv_cell(&l->csv, at);
		free(at);
		csv_row_end(&l->csv);
		csv_flush(l);
	} else {
		char pos[24] = "";
		if (r->waitlist_position)
			snprintf(pos, sizeof pos, "#%ld", r->waitlist_position);
		/* columns by display width: "Zoë" is three wide, not four */
		printf("%-11s  %-10s %-4s ", r->code, r->status, pos);
		util_fput_padded(stdout, r->pool, 12);
		putchar(' ');
		util_fput_padded(stdout, r->f[RF_NAME], 30);
		putchar(' ');
		util_fput_padded(stdout, r->f[RF_EMAIL], 28);
		putchar(' ');
		util_fput_padded(stdout, r->f[RF_ORGANISATION], 0);
		putchar('\n');
	}
	return 0;
}

static int
cmd_list(struct ctx *c)
{
	const char *status = NULL, *format = NULL;
	int excel = 0;
	static const struct option opts[] = {
	    {"status", required_argument, NULL, 's'},
	    {"format", required_argument, NULL, 'f'},
	    {"excel", no_argument, NULL, 'x'},
	    {NULL, 0, NULL, 0}};
	optind = 0; /* 0: GNU getopt starts afresh (main used "+") */
	int ch;
	while ((ch = getopt_long(c->argc, c->argv, "s:f:", opts, NULL)) != -1) {
		if (ch == 's')
			status = optarg;
		else if (ch == 'f')
			format = optarg;
		else if (ch == 'x')
			excel = 1;
		else
			return EXIT_USAGE;
	}
	if (optind != c->argc) {
		fprintf(stderr, "regbot list: unexpected '%s'\n",
			c->argv[optind]);
		return EXIT_USAGE;
	}
	if (format == NULL)
		format = excel ? "csv" : "text";
	if (strcmp(format, "text") && strcmp(format, "csv") &&
	    strcmp(format, "json")) {
		fprintf(stderr,
			"regbot list: --format is text, csv or json, "
			"not '%s'\n",
			format);
		return EXIT_USAGE;
	}
	if (excel && strcmp(format, "csv")) {
		fprintf(stderr,
			"regbot list: --excel is a kind of CSV; it "
			"goes with --format csv, not %s\n",
			format);
		return EXIT_USAGE;
	}
	static const char *statuses[] = {"confirmed", "waitlisted", "cancelled",
					 "incomplete", NULL};
	if (status) {
		int ok = 0;
		for (int i = 0; statuses[i]; i++)
			ok |= !strcmp(status, statuses[i]);
		if (!ok) {
			fprintf(stderr,
				"regbot list: --status is confirmed, "
				"waitlisted, cancelled or incomplete\n");
			return EXIT_USAGE;
		}
	}
	struct lister l = {.format = format, .tz = c->cfg.timezone};
	buf_init(&l.out, BUF_MAX_DEFAULT);
	if (!strcmp(format, "json"))
		l.arr = json_object_new_array();
	if (!strcmp(format, "csv")) {
		csv_start(&l.csv, &l.out, excel ? CSV_EXCEL : CSV_PLAIN,
			  c->cfg.language);
		csv_header_row(&l.csv, list_cols);
		csv_flush(&l);
	}
	int rc = store_reg_each(c->st, status, list_one, &l);
	if (l.arr) {
		puts(json_object_to_json_string_ext(
		    l.arr, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
			       JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(l.arr);
	}
	int too_big = !strcmp(format, "csv") && csv_error(&l.csv) < 0;
	buf_free(&l.out);
	if (rc < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(c->st));
		return EXIT_RUNTIME;
	}
	if (too_big) {
		fprintf(stderr, "regbot list: a registration is too large "
				"for a CSV row\n");
		return EXIT_RUNTIME;
	}
	return 0;
}

/* ---- mail cycle ---- */

static int
handler_known(int64_t uidvalidity, int64_t uid, void *arg)
{
	struct ctx *c = arg;
	return store_message_uid_known(c->st, uidvalidity, uid);
}

static enum process_result
handler_process(const char *raw, size_t len, const struct source *src,
		void *arg)
{
	struct ctx *c = arg;
	notify_watchdog(); /* a long pass is not a hang */
	return process_message(&c->rb, raw, len, src);
}

static int
handler_commit(void *arg)
{
	struct ctx *c = arg;
	return process_group_commit(&c->rb);
}

/* Time-driven seat changes (offers that ran out, released seats). */
static int
tick(struct ctx *c)
{
	return process_tick(&c->rb, clock_now()) < 0 ? -1 : 0;
}

/* Scheduled mails that are due: the digest, reminders, attendance
 * lists.  A failed job is logged and runs again next cycle. */
/* Raw copies older than raw_retention_days are removed (the message's
 * record stays, without its bytes): mail holds names, phone numbers and
 * diets, kept no longer than needed.  At most once an hour. */
static void
prune_raw(struct ctx *c, time_t now)
{
	static time_t last;
	long days = c->cfg.raw_retention_days;
	if (days <= 0 || (last && now - last < 3600 && now >= last))
		return;
	last = now;
	char before[32];
	store_time(now - days * 86400L, before, sizeof before);
	long removed = 0;
	for (;;) {
		int64_t *ids;
		char **paths;
		size_t n;
		if (store_raw_expired(c->st, before, &ids, &paths, &n) < 0) {
			log_err(NULL, "raw copies: %s", store_error(c->st));
			break;
		}
		int stop = n == 0;
		for (size_t i = 0; i < n; i++) {
			int gone = unlink(paths[i]) == 0 || errno == ENOENT;
			if (!gone)
				log_warn(NULL, "raw copy %s: %s", paths[i],
					 strerror(errno));
			/* forget it also when it cannot be removed: the log
			 * said so, and the next pass must not loop on it */
			if (store_raw_forget(c->st, ids[i]) < 0) {
				log_err(NULL, "raw copies: %s",
					store_error(c->st));
				stop = 1;
			} else
				removed += gone;
			free(paths[i]);
		}
		free(ids);
		free(paths);
		if (stop)
			break;
	}
	if (removed)
		log_info(NULL, "removed %ld raw cop%s older than %ld days",
			 removed, removed == 1 ? "y" : "ies", days);
}

static int
scheduled(struct ctx *c)
{
	prune_raw(c, clock_now());
	return digest_run_due(&c->cfg, c->st, clock_now());
}

/* Replies sent by the last send_outbox, for the pass summary. */
static int last_sent;

static int
send_outbox(struct ctx *c)
{
	struct outbox_stats os;
	double t0 = stats_now();
	int r = outbox_run(&c->cfg, c->st, clock_now(), &os);
	stats_add(STATS_SEND, t0);
	last_sent = r < 0 ? 0 : os.sent;
	if (r < 0)
		return -1;
	if (os.sent || os.deferred || os.failed)
		log_info(NULL, "outbox: %d sent, %d deferred, %d failed",
			 os.sent, os.deferred, os.failed);
	return 0;
}

/* After mailbox_open: the folder it chose, or why it could not connect,
 * for `regbot status`.  A store that cannot take it is no reason to stop. */
static void
note_open(struct ctx *c, struct mailbox *mb, const char *err)
{
	char nowiso[32];
	store_time(clock_now(), nowiso, sizeof nowiso);
	if (mb)
		(void)store_health_set(c->st, "imap_folder", mailbox_folder(mb),
				       nowiso);
	else if (err)
		(void)store_health_set(c->st, "imap_error", err, nowiso);
}

static int
fetch_all(struct ctx *c, struct mailbox *mb, char **err)
{
	struct mailbox_handler h = {handler_known, handler_process, c, c->st,
				    handler_commit};
	int done = 0;
	/* one transaction per batch of mail (process.h) */
	process_group_begin();
	int r = mailbox_process(mb, &h, &done, err);
	if (process_group_end(&c->rb) < 0 && r == 0) {
		free(*err);
		*err = xstrdup("store: the last batch could not be committed");
		r = -1;
	}
	if (done)
		log_info(NULL, "%d message%s handled", done,
			 done == 1 ? "" : "s");
	/* How the mailbox fares, for `regbot status` and the digest. */
	char nowiso[32];
	store_time(clock_now(), nowiso, sizeof nowiso);
	if (r == 0)
		(void)store_health_set(
		    c->st, "imap_ok", mailbox_has_idle(mb) ? "IDLE" : "polling",
		    nowiso);
	else
		(void)store_health_set(c->st, "imap_error", *err, nowiso);
	return r;
}

/* ---- SPOOL/incoming: mail handed over to the spool's holder ---------
 *
 * `regbot ingest` (an MTA pipe) must not turn a busy spool into a bounce:
 * when another regbot holds the spool lock for longer than a moment (the
 * daemon always does), ingest writes the message durably into
 * SPOOL/incoming and exits 0, the MTA's "delivered".  Whoever holds the
 * lock processes that directory, oldest first, along the same path as any
 * message: `run` at every turn (ingest wakes it with SIGUSR1), `once` at
 * the start and the end of its cycle, `ingest` before and after its own
 * message.  A file is removed only after its message was committed; a
 * crash in between leaves it, and processing it again finds the message
 * known (Message-ID and body hash) and changes nothing.
 *
 * A file's name keeps what the queue must not lose: the arrival time
 * (the order seats are given in) and the full size of a message over
 * max_message_size, of which only the first bytes are kept. */

enum {
	INGEST_LOCK_WAIT_MS = 500,  /* another ingest, a short command */
	INGEST_HANDOVER_MS = 10000, /* for the holder to take the queued file */
	INGEST_POLL_MS = 20,
};

static void
sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* The spool lock, waiting up to ms for its holder to let go: 0 held,
 * -1 not (err says who has it). */
static int
lock_spool_within(const char *spool, long ms, char **err)
{
	for (long waited = 0;; waited += INGEST_POLL_MS) {
		free(*err);
		*err = NULL;
		if (util_lock_spool(spool, err) == 0)
			return 0;
		if (waited >= ms)
			return -1;
		sleep_ms(INGEST_POLL_MS);
	}
}

/* ---- kept time zones --------------------------------------------------
 *
 * The VTIMEZONEs calendar.c makes (see calendar_zone_cache), one small
 * file each in SPOOL/zones/: a process that finds its zone there never
 * starts ICU.  Losing the directory costs the next calendar a few
 * milliseconds, nothing else. */

enum {
	ZONE_TEXT_MAX = 64 * 1024, /* one kept VTIMEZONE is about 1 kB */
};

static char *
zone_load(void *arg, const char *name)
{
	char *path = xasprintf("%s/%s", (const char *)arg, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return NULL;
	struct buf b;
	buf_init(&b, ZONE_TEXT_MAX);
	char chunk[4096];
	ssize_t n;
	int bad = 0;
	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || buf_add(&b, chunk, (size_t)n) < 0) {
			bad = 1;
			break;
		}
	}
	close(fd);
	if (bad) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

static void
zone_save(void *arg, const char *name, const char *text)
{
	const char *dir = arg;
	char *path = xasprintf("%s/%s", dir, name);
	if (util_mkdir_p(dir, 0700) < 0 ||
	    util_write_file_durable(path, text, strlen(text), 0600) < 0)
		log_warn(NULL, "cannot keep the event's time zone in %s: %s",
			 path, strerror(errno));
	free(path);
}

/* The pid holding the spool lock, or 0.  Call it only while not holding
 * the lock: closing any descriptor of the lock file drops a POSIX lock
 * this process holds. */
static pid_t
lock_holder_pid(const char *spool)
{
	char *path = xasprintf("%s/regbot.lock", spool);
	int fd = open(path, O_RDWR | O_CLOEXEC);
	free(path);
	if (fd < 0)
		return 0;
	struct flock who = {.l_type = F_WRLCK, .l_whence = SEEK_SET};
	pid_t pid = 0;
	if (fcntl(fd, F_GETLK, &who) == 0 && who.l_type != F_UNLCK)
		pid = who.l_pid;
	close(fd);
	return pid;
}

/* One queued message could not be processed: its attempt is counted
 * (incoming_failed), unless the store cannot even record a line of
 * health, which says the store is at fault, not the message (as a
 * mailbox message is counted only where its trouble can be noted). */
static void
incoming_trouble(struct ctx *c, const char *name, const char *why)
{
	time_t now = clock_now();
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);
	char *note = xasprintf("%s: %s", name, why);
	int store_ok =
	    store_health_set(c->st, "incoming_error", note, nowiso) == 0;
	free(note);
	if (!store_ok) {
		log_warn(NULL,
			 "incoming %s: %s; the store fails too (%s): kept, "
			 "not counted against the message",
			 name, why, store_error(c->st));
		return;
	}
	char *to = NULL;
	int held = incoming_failed(c->cfg.spool, name, now, &to);
	if (held < 0)
		log_err(NULL, "incoming %s: %s; cannot count the attempt: %s",
			name, why, strerror(errno));
	else if (held)
		log_err(NULL,
			"incoming %s: %s; set aside after %d attempts as %s "
			"for a human (the mail behind it goes on; give it "
			"to `regbot ingest FILE` once mended)",
			name, why, RETRY_MAX_ATTEMPTS, to);
	else
		log_warn(NULL,
			 "incoming %s: %s (attempt %d); kept as %s, tried "
			 "again in %ld s; the mail behind it waits",
			 name, why, incoming_attempts(to), to,
			 util_retry_delay(incoming_attempts(to)));
	free(to);
}

/* Processes SPOOL/incoming, oldest first; the caller holds the spool
 * lock.  Returns how many were processed, or -1 when the message at the
 * head of the queue could not be processed now or waits for its next
 * attempt: it and the rest stay queued, in order. */
static int
drain_incoming(struct ctx *c)
{
	char **names;
	size_t n = incoming_list(c->cfg.spool, &names);
	char *dir = incoming_dir(c->cfg.spool);
	int done = 0, rc = 0;
	size_t max = (size_t)c->cfg.max_message_size;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		time_t received, at;
		size_t total;
		struct stat sb;
		int due =
		    incoming_due(c->cfg.spool, names[i], clock_now(), &at);
		if (due <= 0) {
			if (due < 0)
				log_warn(NULL, "incoming %s: %s", path,
					 strerror(errno));
			else
				log_info(NULL,
					 "incoming %s: its next attempt is "
					 "in %lld s; the mail behind it waits",
					 names[i],
					 (long long)(at - clock_now()));
			free(path);
			rc = -1;
			break;
		}
		incoming_name_parse(names[i], &received, &total);
		if (received <= 0)
			received =
			    stat(path, &sb) == 0 ? sb.st_mtime : clock_now();
		struct buf b;
		buf_init(&b, max + 1);
		if (incoming_read(path, max, &b) < 0) {
			char *why =
			    xasprintf("cannot read it: %s", strerror(errno));
			incoming_trouble(c, names[i], why);
			free(why);
			rc = -1;
		} else {
			struct source src = {.received = received,
					     .size = total > max ? total : 0};
			enum process_result r =
			    process_message(&c->rb, buf_str(&b), b.len, &src);
			/* a crash here leaves the file: taken again, the
			 * message is found known (test_spool) */
			if (r == PROCESS_RETRY) {
				/* it keeps its place: later mail waits behind
				 * it (arrival order gives the seats) */
				incoming_trouble(c, names[i],
						 "not processed (see above)");
				rc = -1;
			} else {
				util_crash_point("incoming committed");
				util_hook_point("incoming committed");
				if (unlink(path) < 0 && errno != ENOENT)
					log_warn(NULL,
						 "incoming %s: cannot remove: "
						 "%s",
						 path, strerror(errno));
				else
					done++;
			}
		}
		buf_free(&b);
		free(path);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(dir);
	if (done > 0)
		log_info(NULL, "incoming: %d queued message%s processed", done,
			 done == 1 ? "" : "s");
	return rc < 0 ? -1 : done;
}

static int
cmd_once(struct ctx *c)
{
	int want_stats = 0;
	for (int i = 1; i < c->argc; i++) {
		if (strcmp(c->argv[i], "--stats") != 0) {
			fprintf(stderr, "usage: regbot once [--stats]\n");
			return EXIT_USAGE;
		}
		want_stats = 1;
	}
	double t0 = stats_now();
	/* The templates in memory, as `run` has them: every reply of the
	 * cycle renders from what was read once, not from files re-read per
	 * reply (and half saved by an editor in between). */
	char *terr = NULL;
	if (reply_templates_load(c->cfg.templates, &terr) < 0) {
		log_err(NULL, "templates: %s", terr);
		free(terr);
		return EXIT_USAGE;
	}
	struct mailbox *mb = NULL;
	char *err = NULL;
	int rc = 0;
	/* what an MTA pipe queued while another regbot held the spool */
	if (drain_incoming(c) < 0)
		rc = EXIT_RUNTIME;
	int orc = mailbox_open(&c->cfg, &mb, &err);
	note_open(c, mb, err);
	if (orc < 0 || fetch_all(c, mb, &err) < 0) {
		log_err(NULL, "IMAP %s", err);
		free(err);
		rc = EXIT_RUNTIME;
	}
	mailbox_close(mb);
	/* and what it queued during the cycle */
	if (drain_incoming(c) < 0)
		rc = EXIT_RUNTIME;
	if (tick(c) < 0)
		rc = EXIT_RUNTIME;
	if (scheduled(c) < 0)
		rc = EXIT_RUNTIME;
	/* What was committed is sent even when the mailbox failed. */
	if (send_outbox(c) < 0)
		rc = EXIT_RUNTIME;
	reply_templates_unload();
	if (want_stats)
		stats_print(stdout, stats_now() - t0);
	return rc;
}

static long
jittered(long base)
{
	unsigned v = 0;
	util_random(&v, sizeof v);
	return util_backoff_jitter(base, v);
}

static void
nap(long seconds)
{
	while (seconds-- > 0 && !wake_requested)
		sleep(1);
}

/* SIGHUP: the configuration file and the templates again.  The new ones
 * replace the running ones only when they check; otherwise the daemon
 * goes on with what it has and says why.  The spool cannot move while
 * the store is open.  Returns 0 when reloaded. */
static int
reload(struct ctx *c)
{
	notify_reloading();
	struct config nc;
	struct config_errors errs;
	int rc = -1;
	if (config_load(c->cfg.path, &nc, &errs) < 0) {
		for (size_t i = 0; i < errs.n; i++)
			log_err(NULL, "reload: %s", errs.msgs[i]);
		log_err(NULL,
			"reload: %zu configuration problem%s; keeping the "
			"running configuration",
			errs.n, errs.n == 1 ? "" : "s");
	} else if (strcmp(nc.spool, c->cfg.spool) != 0) {
		log_err(NULL,
			"reload: spool changed from %s to %s; that needs "
			"a restart; keeping the running configuration",
			c->cfg.spool, nc.spool);
	} else if (check_templates(&nc) != 0) {
		log_err(NULL,
			"reload: the templates in %s do not check (see "
			"above); keeping the running configuration and "
			"templates",
			nc.templates);
	} else {
		char *err = NULL;
		if (reply_templates_load(nc.templates, &err) < 0) {
			log_err(NULL,
				"reload: %s; keeping the running "
				"configuration and templates",
				err);
			free(err);
		} else
			rc = 0;
	}
	config_errors_free(&errs);
	if (rc == 0) {
		config_free(&c->cfg);
		c->cfg = nc; /* rb.cfg points at c->cfg: it sees the new one */
		log_info(NULL, "reloaded %s and the templates in %s",
			 c->cfg.path, c->cfg.templates);
	} else
		config_free(&nc);
	notify_ready(rc == 0 ? "reloaded" : "reload refused; running on");
	return rc;
}

static int
cmd_run(struct ctx *c)
{
	struct sigaction sa = {.sa_handler = on_signal};
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL); /* ingest queued a message */
	signal(SIGPIPE, SIG_IGN);
	mailbox_set_stop(&stop_requested);
	/* The templates in memory: what renders is what was checked. */
	char *terr = NULL;
	if (reply_templates_load(c->cfg.templates, &terr) < 0) {
		log_err(NULL, "templates: %s", terr);
		free(terr);
		return EXIT_USAGE;
	}
	long backoff = RUN_BACKOFF_MIN;
	struct mailbox *mb = NULL;
	log_info(NULL, "running; mailbox %s on %s", c->cfg.mailbox,
		 c->cfg.imap.host);
	/* Ready: the store is open and the outbox and schedule run even
	 * while IMAP is unreachable, so the service is up from here. */
	notify_ready("connecting to IMAP");
	while (!stop_requested) {
		char *err = NULL;
		notify_watchdog(); /* each turn: at most a few minutes apart */
		stats_reset();
		double pass0 = stats_now();
		wake_requested = 0;
		if (reload_requested) {
			reload_requested = 0;
			(void)reload(c);
			/* The servers or folders may have changed, and the
			 * signal left the connection in IDLE: start afresh. */
			mailbox_close(mb);
			mb = NULL;
		}
		/* Mail an MTA pipe queued for the daemon (it sent SIGUSR1,
		 * which ended the wait): also while IMAP is down.  After the
		 * reset of wake_requested, so a signal from now on ends the
		 * next wait and nothing queued waits for a whole turn. */
		(void)drain_incoming(c);
		if (mb == NULL) {
			int orc = mailbox_open(&c->cfg, &mb, &err);
			note_open(c, mb, err);
			if (orc == -2) { /* the server refuses the folder */
				log_err(NULL, "IMAP %s", err);
				free(err);
				return EXIT_RUNTIME;
			}
			if (orc < 0) {
				long wait = jittered(backoff);
				log_warn(NULL, "IMAP %s; retrying in %ld s",
					 err, wait);
				notify_status("IMAP: %s; retrying in %ld s",
					      err, wait);
				free(err);
				/* The schedule does not wait for IMAP. */
				scheduled(c);
				send_outbox(c);
				nap(wait);
				backoff = util_backoff_next(backoff);
				continue;
			}
			/* No reset here: see util_backoff_next. */
			log_info(NULL, "connected (%s)",
				 mailbox_has_idle(mb) ? "IDLE" : "polling");
			notify_status("%s",
				      mailbox_has_idle(mb)
					  ? "connected; waiting for mail "
					    "(IDLE)"
					  : "connected; polling for mail");
		}
		if (fetch_all(c, mb, &err) < 0) {
			notify_status("IMAP: %s; reconnecting", err);
			log_warn(NULL, "IMAP %s; reconnecting", err);
			free(err);
			mailbox_close(mb);
			mb = NULL;
			scheduled(c);
			send_outbox(c);
			nap(jittered(backoff));
			backoff = util_backoff_next(backoff);
			continue;
		}
		if (tick(c) < 0) {
			mailbox_close(mb);
			return EXIT_RUNTIME;
		}
		/* A failed job is retried next cycle. */
		int clean = scheduled(c) == 0;
		if (send_outbox(c) < 0) {
			/* The store cannot record what would be sent (a full
			 * disk): the outbox sends nothing until it can.  Wait
			 * and retry; exiting would forget what it holds
			 * back. */
			long wait = jittered(backoff);
			log_warn(NULL, "outbox cannot go on; retrying in %ld s",
				 wait);
			nap(wait);
			backoff = util_backoff_next(backoff);
			continue;
		}
		if (clean)
			backoff = RUN_BACKOFF_MIN;
		if (stats_messages() > 0 || last_sent > 0) {
			/* --verbose: where the pass's time went */
			char *line = stats_line(stats_now() - pass0);
			log_debug(NULL, "pass: %s; %d sent", line, last_sent);
			free(line);
		}
		/* Wake at least every minute for outbox retries. */
		if (mailbox_wait(mb, 60, &wake_requested, &err) < 0) {
			log_warn(NULL, "IMAP %s; reconnecting", err);
			free(err);
			mailbox_close(mb);
			mb = NULL;
		}
	}
	notify_stopping();
	mailbox_close(mb);
	reply_templates_unload();
	log_info(NULL, "stopped");
	return 0;
}

/* The spool is held by another regbot: the message goes into
 * SPOOL/incoming for it (see drain_incoming), and the holder is woken.
 * Then this waits a little for the file to be taken, or for the lock
 * (a holder that was about to exit: process it here).  Exit 0 once the
 * message is durably queued, whatever happens next: the MTA must not
 * bounce or repeat it. */
static int
ingest_hand_over(struct ctx *c, struct buf *b, size_t total, time_t received,
		 char *holder)
{
	char *path = NULL;
	if (incoming_queue(c->cfg.spool, b->p ? b->p : "", b->len, total,
			   received, &path) < 0) {
		fprintf(stderr,
			"regbot ingest: %s; cannot queue the message for it "
			"(%s: %s)\n",
			holder, path ? path : c->cfg.spool, strerror(errno));
		free(path);
		free(holder);
		buf_free(b);
		return EXIT_RUNTIME;
	}
	buf_free(b);
	pid_t pid = lock_holder_pid(c->cfg.spool);
	/* Every regbot that holds the lock ignores SIGUSR1; `run` wakes. */
	if (pid > 0 && kill(pid, SIGUSR1) < 0)
		log_warn(NULL,
			 "cannot wake regbot pid %ld: %s; it takes the "
			 "message at its next turn",
			 (long)pid, strerror(errno));
	const char *how = NULL;
	for (long waited = 0; waited < INGEST_HANDOVER_MS;
	     waited += INGEST_POLL_MS) {
		if (access(path, F_OK) < 0 && errno == ENOENT) {
			/* processed, or counted as an attempt (renamed) */
			how = "taken by the spool's holder";
			break;
		}
		char *err = NULL;
		if (util_lock_spool(c->cfg.spool, &err) == 0) {
			/* The holder is gone: process the queue here.  The
			 * message is durably queued: what cannot be done now
			 * waits for a later turn, and the MTA is told it is
			 * delivered. */
			int dr = drain_incoming(c);
			if (send_outbox(c) < 0 || dr < 0)
				log_warn(NULL, "ingest: queued mail or replies "
					       "wait for a later turn");
			how = "processed here after the holder let go";
			break;
		}
		free(err);
		sleep_ms(INGEST_POLL_MS);
	}
	log_info(NULL, "%s; the message was queued for it as %s and %s", holder,
		 path, how ? how : "waits for its next turn");
	free(holder);
	free(path);
	return 0;
}

static int
cmd_ingest(struct ctx *c)
{
	if (c->argc > 2) {
		fprintf(stderr, "regbot ingest: one FILE at most\n");
		return EXIT_USAGE;
	}
	FILE *fp = stdin;
	const char *name = "stdin";
	if (c->argc == 2 && strcmp(c->argv[1], "-") != 0) {
		name = c->argv[1];
		fp = fopen(name, "rb");
		if (fp == NULL) {
			fprintf(stderr, "regbot ingest: %s: %s\n", name,
				strerror(errno));
			return EXIT_RUNTIME;
		}
	}
	/* Read one byte past the limit so an oversized message is seen as
	 * such and set aside, not truncated. */
	size_t max = (size_t)c->cfg.max_message_size;
	struct buf b;
	buf_init(&b, max + 1);
	char chunk[65536];
	size_t n, total = 0;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		total += n;
		if (b.len < max + 1)
			buf_add(&b, chunk,
				n < max + 1 - b.len ? n : max + 1 - b.len);
	}
	int bad = ferror(fp);
	if (fp != stdin)
		fclose(fp);
	if (bad) {
		fprintf(stderr, "regbot ingest: %s: read error\n", name);
		buf_free(&b);
		return EXIT_RUNTIME;
	}
	/* Nothing to process: an MTA or script fed nothing (a broken pipe,
	 * a wrong file).  Recording it would only add a "message" nobody
	 * sent. */
	size_t sp = 0;
	while (sp < b.len && strchr(" \t\r\n", b.p[sp]) != NULL)
		sp++;
	if (sp == b.len) {
		fprintf(stderr,
			"regbot ingest: %s: empty input (%zu bytes, "
			"no message); nothing recorded\n",
			name, total);
		buf_free(&b);
		return EXIT_RUNTIME;
	}
	time_t received = clock_now();
	char *err = NULL;
	if (lock_spool_within(c->cfg.spool, INGEST_LOCK_WAIT_MS, &err) < 0)
		return ingest_hand_over(c, &b, total, received, err);
	free(err);
	/* the spool is ours: what was queued before this message first */
	enum process_result r = PROCESS_RETRY;
	if (drain_incoming(c) >= 0) {
		struct source src = {.received = received,
				     .size = total > max ? total : 0};
		r = process_message(&c->rb, buf_str(&b), b.len, &src);
	}
	int rc = 0;
	if (r == PROCESS_RETRY) {
		/* Behind a queued message that cannot be processed yet, or
		 * failing itself (the store locked, say): it joins the
		 * queue, in its arrival order, and the MTA is told it is
		 * delivered, as it durably is. */
		char *path = NULL;
		if (incoming_queue(c->cfg.spool, b.p ? b.p : "", b.len, total,
				   received, &path) < 0) {
			fprintf(stderr,
				"regbot ingest: %s: not processed, and cannot "
				"be queued (%s: %s)\n",
				name, path ? path : c->cfg.spool,
				strerror(errno));
			rc = EXIT_RUNTIME;
		} else {
			log_warn(NULL,
				 "ingest: not processed now; the message is "
				 "queued as %s for the next turn",
				 path);
		}
		free(path);
	}
	buf_free(&b);
	if (r != PROCESS_RETRY && drain_incoming(c) < 0)
		log_warn(NULL, "ingest: queued mail waits for a later turn");
	/* What was committed is sent, whatever waits.  The message itself
	 * is taken (committed or queued): a reply that cannot be sent now
	 * stays in the outbox for the next turn, and the MTA must not
	 * bounce or repeat the mail for it. */
	if (send_outbox(c) < 0)
		log_warn(NULL, "ingest: the outbox waits for a later turn");
	return rc;
}

/* regbot status: how the daemon fares; exit 0 healthy, 1 not. */
static int
cmd_status(struct ctx *c)
{
	if (c->argc > 1) {
		fprintf(stderr, "regbot status: no arguments\n");
		return EXIT_USAGE;
	}
	struct status_report r;
	int rc = status_collect(&c->cfg, c->st, clock_now(), &r);
	printf("regbot %s: spool %s\n", REGBOT_VERSION, c->cfg.spool);
	for (size_t i = 0; i < r.nlines; i++)
		printf("%s\n", r.lines[i]);
	if (r.nproblems == 0)
		printf("health: ok\n");
	for (size_t i = 0; i < r.nproblems; i++)
		printf("health: NOT OK: %s\n", r.problems[i]);
	int unhealthy = r.nproblems > 0 || rc < 0;
	status_report_free(&r);
	return unhealthy ? EXIT_RUNTIME : 0;
}

/* Options of digest and remind: each a flag. */
static int
flags(struct ctx *c, const char *const *names, int *set)
{
	for (int i = 1; i < c->argc; i++) {
		int k = 0;
		while (names[k] && strcmp(c->argv[i], names[k]))
			k++;
		if (names[k] == NULL) {
			fprintf(stderr, "regbot %s: unexpected '%s'\n",
				c->argv[0], c->argv[i]);
			return -1;
		}
		set[k] = 1;
	}
	return 0;
}

static int
cmd_digest(struct ctx *c)
{
	static const char *const names[] = {"--print", "--raw", NULL};
	int set[2] = {0, 0};
	if (flags(c, names, set) < 0 || !set[0]) {
		fprintf(stderr, "usage: regbot digest --print [--raw]\n");
		return EXIT_USAGE;
	}
	return digest_print(&c->cfg, c->st, clock_now(), set[1], stdout);
}

static int
cmd_remind(struct ctx *c)
{
	static const char *const names[] = {"--dry-run", "--full", NULL};
	int set[2] = {0, 0};
	if (flags(c, names, set) < 0 || !set[0]) {
		fprintf(stderr,
			"usage: regbot remind --dry-run [--full]\n"
			"(reminders are sent by regbot run and regbot once)\n");
		return EXIT_USAGE;
	}
	return digest_dry_run(&c->cfg, c->st, clock_now(), set[1], stdout);
}

/* regbot explain [FILE]: how one mail would be read (explain.h). */
static int
cmd_explain(struct ctx *c)
{
	if (c->argc > 2) {
		fprintf(stderr, "regbot explain: one FILE at most\n");
		return EXIT_USAGE;
	}
	FILE *fp = stdin;
	const char *name = "stdin";
	if (c->argc == 2 && strcmp(c->argv[1], "-") != 0) {
		name = c->argv[1];
		fp = fopen(name, "rb");
		if (fp == NULL) {
			fprintf(stderr, "regbot explain: %s: %s\n", name,
				strerror(errno));
			return EXIT_RUNTIME;
		}
	}
	struct buf b;
	buf_init(&b, (size_t)c->cfg.max_message_size + 1);
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_add(&b, chunk, n) < 0)
			break;
	int bad = ferror(fp);
	if (fp != stdin)
		fclose(fp);
	if (bad || b.len == 0) {
		fprintf(stderr, "regbot explain: %s: %s\n", name,
			bad ? "read error" : "empty");
		buf_free(&b);
		return EXIT_RUNTIME;
	}
	/* The store, when the spool has one: which of the robot's mails
	 * this one answers.  Never created here. */
	struct store *st = NULL;
	char *db = xasprintf("%s/regbot.db", c->cfg.spool);
	if (access(db, F_OK) == 0) {
		char *err = NULL;
		if (store_open(c->cfg.spool, &st, &err) < 0) {
			fprintf(stderr, "regbot explain: store: %s\n", err);
			free(err);
		}
	}
	free(db);
	explain_message(&c->cfg, st, buf_str(&b), b.len, stdout);
	store_close(st);
	buf_free(&b);
	return 0;
}

static int
cmd_preview(struct ctx *c)
{
	return preview_run(&c->cfg, c->argc, c->argv, clock_now(), stdout);
}

/* Who may use the spool at the same time.  Everything that sends or
 * fetches holds the spool lock for its lifetime, so two processes never
 * deliver one outbox item twice.  Read-only commands need no lock.  The
 * organiser's changes commit either way (SQLite serialises them) and are
 * sent by whoever holds the lock: they never wait for a daemon to stop. */
enum lock_mode {
	LOCK_NONE,
	LOCK_SPOOL,   /* refuse to start when another process holds it */
	LOCK_IF_FREE, /* hold it when free, else leave sending to the holder */
	LOCK_INGEST   /* wait for it a moment, else queue for the holder */
};

struct command {
	const char *name;
	int (*fn)(struct ctx *);
	int needs_store;
	enum lock_mode lock;
};

/* After an organiser's change: its mails go out at once, unless another
 * process holds the spool (it sends them). */
static int
send_now(struct ctx *c, int rc)
{
	if (rc == 0 && c->lock_holder) {
		fprintf(stderr,
			"regbot: the change is recorded; the "
			"process holding the spool sends its mail (%s)\n",
			c->lock_holder);
		return rc;
	}
	if (rc == 0 && send_outbox(c) < 0)
		rc = EXIT_RUNTIME;
	return rc;
}

static int
cmd_attendance(struct ctx *c)
{
	return attend_list_command(&c->rb, c->argc, c->argv, clock_now());
}

static int
cmd_present(struct ctx *c)
{
	return attend_present_command(&c->rb, c->argc, c->argv, clock_now());
}

static int
cmd_mail(struct ctx *c)
{
	long queued = 0;
	int rc =
	    mailing_command(&c->rb, c->argc, c->argv, clock_now(), &queued);
	return queued ? send_now(c, rc) : rc;
}

static int
cmd_undo(struct ctx *c)
{
	return undo_command(&c->rb, c->argc, c->argv, clock_now(),
			    c->lock_holder);
}

static int
cmd_purge(struct ctx *c)
{
	return purge_command(&c->rb, c->argc, c->argv, clock_now(),
			     c->lock_holder == NULL);
}

/* The organiser's commands; changes send their mails at once. */
static int
cmd_admin(struct ctx *c)
{
	int rc = admin_command(&c->rb, c->argc, c->argv, clock_now());
	static const char *const readonly[] = {"show", "log", "invoices", NULL};
	for (int i = 0; readonly[i]; i++)
		if (!strcmp(c->argv[0], readonly[i]))
			return rc;
	if (rc == 0 && c->lock_holder) {
		fprintf(stderr,
			"regbot: the change is recorded; the "
			"process holding the spool sends its mail (%s)\n",
			c->lock_holder);
		return rc;
	}
	if (rc == 0 && send_outbox(c) < 0)
		rc = EXIT_RUNTIME;
	return rc;
}

static const struct command commands[] = {
    {"run", cmd_run, 1, LOCK_SPOOL},
    {"once", cmd_once, 1, LOCK_SPOOL},
    {"ingest", cmd_ingest, 1, LOCK_INGEST},
    {"list", cmd_list, 1, LOCK_NONE},
    {"status", cmd_status, 1, LOCK_NONE},
    {"check-config", cmd_check_config, 0, LOCK_NONE},
    {"show", cmd_admin, 1, LOCK_NONE},
    {"log", cmd_admin, 1, LOCK_NONE},
    {"cancel", cmd_admin, 1, LOCK_IF_FREE},
    {"edit", cmd_admin, 1, LOCK_IF_FREE},
    {"substitute", cmd_admin, 1, LOCK_IF_FREE},
    {"promote", cmd_admin, 1, LOCK_IF_FREE},
    {"move", cmd_admin, 1, LOCK_IF_FREE},
    {"add", cmd_admin, 1, LOCK_IF_FREE},
    {"invoices", cmd_admin, 1, LOCK_NONE},
    {"attendance", cmd_attendance, 1, LOCK_NONE},
    {"present", cmd_present, 1, LOCK_NONE},
    {"mail", cmd_mail, 1, LOCK_IF_FREE},
    {"undo", cmd_undo, 1, LOCK_IF_FREE},
    {"purge", cmd_purge, 1, LOCK_IF_FREE},
    {"preview", cmd_preview, 0, LOCK_NONE},
    {"explain", cmd_explain, 0, LOCK_NONE},
    {"digest", cmd_digest, 1, LOCK_NONE},
    {"remind", cmd_remind, 1, LOCK_NONE},
    {NULL, NULL, 0, LOCK_NONE}};

/* Where the configuration is when --config is not given: never the
 * current directory, which is wherever the daemon happened to start.
 * Returns a path (caller frees), or NULL with *why set. */
static char *
find_config(const char *instance, const char **why)
{
	static char msg[512];
	char *path;
	if (instance) {
		if (*instance == '\0' || strchr(instance, '/') ||
		    instance[0] == '.') {
			snprintf(msg, sizeof msg,
				 "--instance '%.100s': a name "
				 "without '/' or a leading '.'",
				 instance);
			*why = msg;
			return NULL;
		}
		path =
		    xasprintf("%s/regbot/%s.conf", REGBOT_SYSCONFDIR, instance);
	} else if (getenv("REGBOT_CONFIG") && *getenv("REGBOT_CONFIG"))
		path = xstrdup(getenv("REGBOT_CONFIG"));
	else
		path = xstrdup(REGBOT_SYSCONFDIR "/regbot/regbot.conf");
	if (access(path, F_OK) != 0) {
		snprintf(msg, sizeof msg,
			 "no configuration at %.300s (%s); "
			 "give --config FILE or --instance NAME",
			 path, strerror(errno));
		*why = msg;
		free(path);
		return NULL;
	}
	return path;
}

int
main(int argc, char **argv)
{
	/* Everything regbot creates (database, WAL, raw copies, lock) is
	 * for its own user only; explicit modes back this up. */
	umask(077);
	const char *config_path = NULL, *instance = NULL;
	const char *now = NULL;
	int use_syslog = 0, verbose = 0;
	static const struct option opts[] = {
	    {"config", required_argument, NULL, 'c'},
	    {"now", required_argument, NULL, 'n'},
	    {"syslog", no_argument, NULL, 'S'},
	    {"verbose", no_argument, NULL, 'v'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {"instance", required_argument, NULL, 'i'},
	    {NULL, 0, NULL, 0}};
	int ch;
	/* '+': options end at the command; its own options follow it. */
	while ((ch = getopt_long(argc, argv, "+c:n:i:SvhV", opts, NULL)) !=
	       -1) {
		switch (ch) {
		case 'c':
			config_path = optarg;
			break;
		case 'n':
			now = optarg;
			break;
		case 'S':
			use_syslog = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("regbot %s\n", REGBOT_VERSION);
			return 0;
		case 'i':
			instance = optarg;
			break;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	const struct command *cmd = commands;
	while (cmd->name && strcmp(cmd->name, argv[optind]) != 0)
		cmd++;
	if (cmd->name == NULL) {
		fprintf(stderr, "regbot: unknown command '%s'\n", argv[optind]);
		usage(stderr);
		return EXIT_USAGE;
	}
	/* Global options may also follow the command ("regbot list
	 * --config x"): take them out of its arguments. */
	int cargc = 0;
	char **cargv = xcalloc((size_t)(argc - optind + 1), sizeof *cargv);
	for (int i = optind; i < argc; i++) {
		const char *a = argv[i];
		const char **dst = NULL;
		if (!strcmp(a, "--config") || !strcmp(a, "--now") ||
		    !strcmp(a, "--instance")) {
			if (i + 1 >= argc) {
				fprintf(stderr, "regbot: %s needs a value\n",
					a);
				free(cargv);
				return EXIT_USAGE;
			}
			dst = a[2] == 'c'   ? &config_path
			      : a[2] == 'n' ? &now
					    : &instance;
			*dst = argv[++i];
		} else if (!strncmp(a, "--config=", 9))
			config_path = a + 9;
		else if (!strncmp(a, "--instance=", 11))
			instance = a + 11;
		else if (!strncmp(a, "--now=", 6))
			now = a + 6;
		else if (!strcmp(a, "--syslog"))
			use_syslog = 1;
		else if (!strcmp(a, "--verbose"))
			verbose = 1;
		else
			cargv[cargc++] = argv[i];
	}
	log_open("regbot", use_syslog, verbose ? LOG_LVL_DEBUG : LOG_LVL_INFO);
	if (now) {
		time_t t;
		if (clock_parse_instant(now, &t) < 0) {
			fprintf(
			    stderr,
			    "regbot: --now '%s' is not a time like "
			    "2010-05-01T10:00:00+02:00 (date, time and Z or "
			    "an offset up to +/-14:00; years %d-%d)\n",
			    now, CLOCK_YEAR_MIN, CLOCK_YEAR_MAX);
			free(cargv);
			return EXIT_USAGE;
		}
		clock_pin(t);
	}
	char *found = NULL;
	if (config_path == NULL) {
		const char *why = NULL;
		found = find_config(instance, &why);
		if (found == NULL) {
			fprintf(stderr, "regbot: %s\n", why);
			free(cargv);
			return EXIT_USAGE;
		}
		config_path = found;
	} else if (instance) {
		fprintf(stderr, "regbot: --config and --instance exclude each "
				"other\n");
		free(cargv);
		return EXIT_USAGE;
	}
	struct ctx c = {.argc = cargc, .argv = cargv};
	struct config_errors errs;
	if (config_load(config_path, &c.cfg, &errs) < 0) {
		for (size_t i = 0; i < errs.n; i++)
			fprintf(stderr, "%s\n", errs.msgs[i]);
		fprintf(stderr, "regbot: %zu configuration problem%s\n", errs.n,
			errs.n == 1 ? "" : "s");
		config_errors_free(&errs);
		config_free(&c.cfg);
		free(cargv);
		free(found);
		return EXIT_USAGE;
	}
	config_errors_free(&errs);
	int rc;
	if (cmd->lock != LOCK_NONE)
		/* before the lock: an `ingest` that queued a message wakes
		 * the lock's holder with SIGUSR1 (see ingest_hand_over),
		 * which must never end a holder that is not the daemon */
		signal(SIGUSR1, SIG_IGN);
	if (cmd->lock == LOCK_INGEST) {
		/* ingest waits for the lock or hands its message over:
		 * cmd_ingest, after reading the message */
		if (util_mkdir_p(c.cfg.spool, 0700) < 0) {
			fprintf(stderr, "regbot %s: spool %s: %s\n", cmd->name,
				c.cfg.spool, strerror(errno));
			config_free(&c.cfg);
			free(cargv);
			free(found);
			return EXIT_RUNTIME;
		}
	} else if (cmd->lock != LOCK_NONE) {
		char *err = NULL;
		/* The spool must exist before it can hold the lock file. */
		if (util_mkdir_p(c.cfg.spool, 0700) < 0 ||
		    util_lock_spool(c.cfg.spool, &err) < 0) {
			if (err == NULL)
				err = xasprintf("spool %s: %s", c.cfg.spool,
						strerror(errno));
			if (cmd->lock == LOCK_SPOOL) {
				fprintf(stderr, "regbot %s: %s\n", cmd->name,
					err);
				free(err);
				config_free(&c.cfg);
				free(cargv);
				return EXIT_RUNTIME;
			}
			c.lock_holder = err;
		}
	}
	if (cmd->needs_store) {
		char *err = NULL;
		if (store_open(c.cfg.spool, &c.st, &err) < 0) {
			fprintf(stderr, "regbot: store: %s\n", err);
			free(err);
			free(c.lock_holder);
			config_free(&c.cfg);
			free(cargv);
			free(found);
			return EXIT_RUNTIME;
		}
		c.rb.cfg = &c.cfg;
		c.rb.st = c.st;
	}
	/* The spool's path, not the configuration's string: a reload
	 * (SIGHUP) replaces that, and may not move the spool.  A command
	 * without the store (preview, explain) writes nothing in the
	 * spool: it reads a kept zone, it keeps none. */
	char *zones = xasprintf("%s/zones", c.cfg.spool);
	struct calendar_zone_cache zc = {
	    .load = zone_load,
	    .save = cmd->needs_store ? zone_save : NULL,
	    .arg = zones,
	    .version = REGBOT_VERSION,
	};
	calendar_set_zone_cache(&zc);
	rc = cmd->fn(&c);
	calendar_set_zone_cache(NULL);
	free(zones);
	free(c.lock_holder);
	store_close(c.st);
	config_free(&c.cfg);
	free(cargv);
	free(found);
	return rc;
}
