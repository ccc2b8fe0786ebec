/*
 * attend — see attend.h.  The registrations are read once into memory (a
 * course has tens, at most a few thousand); the presence records too.
 */
#include "attend.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clock.h"
#include "csv.h"
#include "schedule.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

/* ---- presence records ---- */

static int
map_add(int64_t reg, int day, const char *at, void *arg)
{
	(void)at;
	struct attend_map *m = arg;
	m->v = xrealloc(m->v, (m->n + 1) * sizeof *m->v);
	m->v[m->n++] = (struct attend_rec){reg, day};
	return 0;
}

int
attend_load(struct store *st, struct attend_map *m)
{
	memset(m, 0, sizeof *m);
	return store_attendance_each(st, map_add, m);
}

void
attend_map_free(struct attend_map *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

int
attend_present(const struct attend_map *m, int64_t reg, int day)
{
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].reg == reg && m->v[i].day == day)
			return 1;
	return 0;
}

long
attend_days_text(const struct attend_map *m, int64_t reg, struct buf *out)
{
	long n = 0;
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].reg == reg)
			buf_printf(out, "%s%d", n++ ? ", " : "", m->v[i].day);
	return n;
}

/* ---- registrations in memory ---- */

struct regs {
	struct reg *v;
	size_t n;
};

static int
regs_add(const struct reg *r, void *arg)
{
	struct regs *rs = arg;
	rs->v = xrealloc(rs->v, (rs->n + 1) * sizeof *rs->v);
	reg_copy(&rs->v[rs->n++], r);
	return 0;
}

static void
regs_free(struct regs *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		reg_clear(&rs->v[i]);
	free(rs->v);
	memset(rs, 0, sizeof *rs);
}

static const char *
sort_name(const struct reg *r)
{
	return r->f[RF_NAME] ? r->f[RF_NAME] : r->f[RF_EMAIL];
}

static int
by_name(const void *a, const void *b)
{
	const struct reg *x = a, *y = b;
	int c = strcasecmp(sort_name(x), sort_name(y));
	return c ? c : strcmp(x->code, y->code);
}

/* Who is on a day's list: everyone with a seat, and whoever was recorded
 * present that day whatever became of the registration since.  Sorted
 * by name.  0 ok, -1 on a store error (said on stderr). */
static int
day_list(struct store *st, const struct attend_map *m, int day,
	 struct regs *out)
{
	struct regs all = {0};
	memset(out, 0, sizeof *out);
	if (store_reg_each(st, NULL, regs_add, &all) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(st));
		regs_free(&all);
		return -1;
	}
	for (size_t i = 0; i < all.n; i++)
		if (!strcmp(all.v[i].status, "confirmed") ||
		    attend_present(m, all.v[i].id, day))
			regs_add(&all.v[i], out);
	regs_free(&all);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_name);
	return 0;
}

/* DAY as given on the command line: a configured course day. */
static const struct day *
parse_day(const struct config *cfg, const char *cmd, const char *s)
{
	long n;
	const struct day *d = NULL;
	if (str_tolong(s, 1, 100000, &n) == 0)
		d = config_day(cfg, (int)n);
	if (d == NULL)
		fprintf(stderr,
			"regbot %s: '%s' is not a course day: give its "
			"number, 1 to %zu\n",
			cmd, s, cfg->ndays);
	return d;
}

/* ---- regbot attendance DAY ---- */

static const struct csv_col att_cols[] = {
    {"name", "Name", "Naam"},
    {"organisation", "Organisation", "Organisatie"},
    {"role", "Function", "Functie"},
    {"email", "E-mail", "E-mail"},
    {"phone", "Phone", "Telefoon"},
    {"diet", "Dietary wishes", "Dieetwensen"},
    {"code", "Code", "Code"},
    {"present", "Present", "Aanwezig"},
    {NULL, NULL, NULL}};

static void
print_csv(const struct regs *rs, const struct attend_map *m, int day, int excel,
	  const char *lang)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	struct csv c;
	csv_start(&c, &b, excel ? CSV_EXCEL : CSV_PLAIN, lang);
	csv_header_row(&c, att_cols);
	static const enum reg_field cols[] = {
	    RF_NAME, RF_ORGANISATION, RF_ROLE, RF_EMAIL, RF_PHONE, RF_DIET};
	for (size_t i = 0; i < rs->n; i++) {
		const struct reg *r = &rs->v[i];
		for (size_t k = 0; k < sizeof cols / sizeof *cols; k++)
			csv_cell(&c, r->f[cols[k]]);
		csv_cell(&c, r->code);
		csv_cell(&c, attend_present(m, r->id, day) ? "x" : "");
		csv_row_end(&c);
		fwrite(b.p, 1, b.len, stdout);
		buf_reset(&b);
	}
	fwrite(b.p ? b.p : "", 1, b.len, stdout);
	buf_free(&b);
}

static void
print_text(const struct config *cfg, const struct day *d, const struct regs *rs,
	   const struct attend_map *m)
{
	int en = cfg->language && !strcmp(cfg->language, "en");
	char *date = clock_long_date(d->date, cfg->language);
	printf("%s %d, %s%s%s\n",
	       en ? "Attendance list day" : "Presentielijst dag", d->number,
	       date, d->theme ? ": " : "", d->theme ? d->theme : "");
	free(date);
	long present = 0;
	for (size_t i = 0; i < rs->n; i++) {
		const struct reg *r = &rs->v[i];
		int here = attend_present(m, r->id, d->number);
		present += here;
		printf("  [%c] ", here ? 'x' : ' ');
		util_fput_padded(stdout, sort_name(r), 30);
		putchar(' ');
		util_fput_padded(stdout, r->f[RF_ORGANISATION], 30);
		printf(" %-11s", r->code);
		if (r->f[RF_DIET])
			printf("  %s", r->f[RF_DIET]);
		if (strcmp(r->status, "confirmed"))
			printf("  (%s)", r->status);
		putchar('\n');
	}
	if (en)
		printf("%zu participant%s, %ld recorded present\n", rs->n,
		       rs->n == 1 ? "" : "s", present);
	else
		printf("%zu deelnemer%s, %ld aanwezig gemeld\n", rs->n,
		       rs->n == 1 ? "" : "s", present);
}

int
attend_list_command(struct robot *rb, int argc, char **argv, time_t now)
{
	(void)now;
	const char *format = NULL;
	int excel = 0;
	static const struct option opts[] = {
	    {"format", required_argument, NULL, 'f'},
	    {"csv", no_argument, NULL, 'c'},
	    {"excel", no_argument, NULL, 'x'},
	    {NULL, 0, NULL, 0}};
	optind = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (ch == 'f')
			format = optarg;
		else if (ch == 'c')
			format = "csv";
		else if (ch == 'x')
			excel = 1;
		else
			return EXIT_USAGE;
	}
	if (optind != argc - 1) {
		fprintf(stderr, "usage: regbot attendance DAY [--format "
				"text|csv] [--csv] [--excel]\n");
		return EXIT_USAGE;
	}
	if (format == NULL)
		format = excel ? "csv" : "text";
	if (strcmp(format, "text") && strcmp(format, "csv")) {
		fprintf(stderr,
			"regbot attendance: --format is text or csv, not "
			"'%s'\n",
			format);
		return EXIT_USAGE;
	}
	if (excel && strcmp(format, "csv")) {
		fprintf(stderr, "regbot attendance: --excel is a kind of CSV; "
				"not with --format text\n");
		return EXIT_USAGE;
	}
	const struct day *d = parse_day(rb->cfg, argv[0], argv[optind]);
	if (d == NULL)
		return EXIT_USAGE;
	struct attend_map m;
	struct regs rs = {0};
	int rc = 0;
	if (attend_load(rb->st, &m) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		rc = EXIT_RUNTIME;
	} else if (day_list(rb->st, &m, d->number, &rs) < 0)
		rc = EXIT_RUNTIME;
	else if (!strcmp(format, "csv"))
		print_csv(&rs, &m, d->number, excel, rb->cfg->language);
	else
		print_text(rb->cfg, d, &rs, &m);
	regs_free(&rs);
	attend_map_free(&m);
	return rc;
}

/* ---- regbot present DAY CODE... ---- */

int
attend_present_command(struct robot *rb, int argc, char **argv, time_t now)
{
	int remove = 0;
	static const struct option opts[] = {{"remove", no_argument, NULL, 'r'},
					     {NULL, 0, NULL, 0}};
	optind = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (ch == 'r')
			remove = 1;
		else
			return EXIT_USAGE;
	}
	if (argc - optind < 2) {
		fprintf(stderr,
			"usage: regbot present DAY CODE... [--remove]\n");
		return EXIT_USAGE;
	}
	const struct config *cfg = rb->cfg;
	const struct day *d = parse_day(cfg, argv[0], argv[optind]);
	if (d == NULL)
		return EXIT_USAGE;
	char today[11];
	schedule_local_date(cfg->timezone, now, today);
	if (strcmp(today, d->date) < 0) {
		fprintf(stderr,
			"regbot present: day %d is on %s, still to come "
			"(today is %s): presence is recorded on the day or "
			"after it\n",
			d->number, d->date, today);
		return EXIT_RUNTIME;
	}
	if (store_begin(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		return EXIT_RUNTIME;
	}
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);
	long done = 0, before = 0, problems = 0;
	int failed = 0;
	for (int i = optind + 1; i < argc && !failed; i++) {
		struct reg r = {0};
		int f = store_reg_find_code(rb->st, argv[i], &r);
		if (f < 0) {
			failed = 1;
			break;
		}
		if (f == 0) {
			fprintf(stderr,
				"regbot present: no registration with code "
				"%s\n",
				argv[i]);
			problems++;
			continue;
		}
		if (!remove && strcmp(r.status, "confirmed")) {
			fprintf(stderr,
				"regbot present: %s is %s, not confirmed: "
				"only a participant with a seat is on the "
				"list (promote or add first)\n",
				r.code, r.status);
			problems++;
			reg_clear(&r);
			continue;
		}
		int ch2 =
		    remove
			? store_attendance_remove(rb->st, r.id, d->number)
			: store_attendance_add(rb->st, r.id, d->number, nowiso);
		char *detail =
		    xasprintf(remove ? "organiser: presence on day %d removed"
				     : "organiser: present on day %d",
			      d->number);
		if (ch2 < 0 ||
		    (ch2 == 1 &&
		     store_audit(rb->st, nowiso, r.id, 0,
				 remove ? "absent" : "present", detail) < 0))
			failed = 1;
		else if (ch2 == 1)
			done++;
		else
			before++;
		free(detail);
		reg_clear(&r);
	}
	if (failed || problems) {
		if (failed)
			fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		else
			fprintf(stderr,
				"regbot present: nothing recorded (%ld "
				"code%s refused)\n",
				problems, problems == 1 ? "" : "s");
		store_rollback(rb->st);
		return EXIT_RUNTIME;
	}
	if (store_commit(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		store_rollback(rb->st);
		return EXIT_RUNTIME;
	}
	struct attend_map m;
	struct regs rs = {0};
	long here = 0;
	if (attend_load(rb->st, &m) == 0 &&
	    day_list(rb->st, &m, d->number, &rs) == 0)
		for (size_t i = 0; i < rs.n; i++)
			here += attend_present(&m, rs.v[i].id, d->number);
	if (remove)
		printf("day %d: %ld removed, %ld had no record; %ld of %zu "
		       "present\n",
		       d->number, done, before, here, rs.n);
	else
		printf("day %d: %ld recorded present, %ld recorded before; "
		       "%ld of %zu present\n",
		       d->number, done, before, here, rs.n);
	regs_free(&rs);
	attend_map_free(&m);
	return 0;
}

/* ---- the digest ---- */

int
attend_digest_vars(const struct config *cfg, struct store *st,
		   const char *today, const char *lang, struct tmpl_value *v)
{
	struct attend_map m;
	if (attend_load(st, &m) < 0) {
		attend_map_free(&m);
		return -1;
	}
	struct tmpl_value *days = tmpl_list();
	int any = 0, rc = 0;
	for (size_t i = 0; i < cfg->ndays && rc == 0; i++) {
		const struct day *d = &cfg->days[i];
		int recorded = 0;
		for (size_t k = 0; k < m.n && !recorded; k++)
			recorded = m.v[k].day == d->number;
		if (!recorded || d->date == NULL || strcmp(d->date, today) > 0)
			continue;
		struct regs rs;
		if (day_list(st, &m, d->number, &rs) < 0) {
			rc = -1;
			break;
		}
		struct tmpl_value *e = tmpl_map(), *absent = tmpl_list();
		long here = 0;
		for (size_t k = 0; k < rs.n; k++) {
			const struct reg *r = &rs.v[k];
			if (attend_present(&m, r->id, d->number)) {
				here++;
				continue;
			}
			struct tmpl_value *p = tmpl_map();
			tmpl_map_set_str(p, "name", sort_name(r));
			tmpl_map_set_str(p, "code", r->code);
			tmpl_list_add(absent, p);
		}
		tmpl_map_set(e, "day_number", tmpl_number(d->number));
		char *ld = clock_long_date(d->date, lang);
		tmpl_map_set_str(e, "day_date", ld);
		free(ld);
		tmpl_map_set(e, "n_present", tmpl_number((double)here));
		tmpl_map_set(e, "n_expected", tmpl_number((double)rs.n));
		tmpl_map_set(e, "absent", absent);
		tmpl_list_add(days, e);
		any = 1;
		regs_free(&rs);
	}
	tmpl_map_set(v, "attendance_days", days);
	tmpl_map_set(v, "has_attendance", tmpl_bool(any));
	attend_map_free(&m);
	return rc;
}
