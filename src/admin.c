/*
 * admin — see admin.h.  Output goes to stdout, problems to stderr with a
 * precise reason; nothing here exits.  Every change runs through seats.c
 * inside one transaction, so the audit log and the outbox agree with the
 * registrations whatever happens.
 */
#include "admin.h"

#include <ctype.h>
#include <getopt.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attend.h"
#include "csv.h"
#include "form.h"
#include "policy.h"
#include "reply.h"
#include "seats.h"
#include "status.h"
#include "store.h"
#include "undo.h"
#include "util.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

struct opts {
	const char *name, *email, *organisation, *role, *phone, *diet;
	const char *invoice_address, *invoice_reference, *pool, *reason;
	const char *lang, *format;
	int force, quiet, waive_fee, notify, excel, attendance;
	const char *code;
	const char *cmd; /* the command's name */
};

static int
parse_opts(int argc, char **argv, struct opts *o, int want_code)
{
	static const struct option longopts[] = {
	    {"name", required_argument, NULL, 'n'},
	    {"email", required_argument, NULL, 'e'},
	    {"organisation", required_argument, NULL, 'o'},
	    {"role", required_argument, NULL, 'r'},
	    {"phone", required_argument, NULL, 'p'},
	    {"diet", required_argument, NULL, 'd'},
	    {"invoice-address", required_argument, NULL, 'a'},
	    {"invoice-reference", required_argument, NULL, 'i'},
	    {"pool", required_argument, NULL, 'P'},
	    {"reason", required_argument, NULL, 'R'},
	    {"lang", required_argument, NULL, 'l'},
	    {"format", required_argument, NULL, 'f'},
	    {"force", no_argument, NULL, 'F'},
	    {"quiet", no_argument, NULL, 'Q'},
	    {"waive-fee", no_argument, NULL, 'W'},
	    {"notify", no_argument, NULL, 'N'},
	    {"excel", no_argument, NULL, 'X'},
	    {"attendance", no_argument, NULL, 'A'},
	    {NULL, 0, NULL, 0}};
	memset(o, 0, sizeof *o);
	optind = 0; /* 0: GNU getopt starts afresh (main used "+") */
	int ch;
	while ((ch = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			o->name = optarg;
			break;
		case 'e':
			o->email = optarg;
			break;
		case 'o':
			o->organisation = optarg;
			break;
		case 'r':
			o->role = optarg;
			break;
		case 'p':
			o->phone = optarg;
			break;
		case 'd':
			o->diet = optarg;
			break;
		case 'a':
			o->invoice_address = optarg;
			break;
		case 'i':
			o->invoice_reference = optarg;
			break;
		case 'P':
			o->pool = optarg;
			break;
		case 'R':
			o->reason = optarg;
			break;
		case 'l':
			o->lang = optarg;
			break;
		case 'f':
			o->format = optarg;
			break;
		case 'F':
			o->force = 1;
			break;
		case 'Q':
			o->quiet = 1;
			break;
		case 'W':
			o->waive_fee = 1;
			break;
		case 'N':
			o->notify = 1;
			break;
		case 'X':
			o->excel = 1;
			break;
		case 'A':
			o->attendance = 1;
			break;
		default:
			return -1;
		}
	}
	if (want_code) {
		if (optind != argc - 1) {
			fprintf(stderr, "regbot %s: give one reference code\n",
				argv[0]);
			return -1;
		}
		o->code = argv[optind];
	} else if (optind != argc) {
		fprintf(stderr, "regbot %s: unexpected '%s'\n", argv[0],
			argv[optind]);
		return -1;
	}
	if (o->lang && strcmp(o->lang, "nl") && strcmp(o->lang, "en")) {
		fprintf(stderr, "regbot %s: --lang is nl or en\n", argv[0]);
		return -1;
	}
	return 0;
}

static int
find(struct robot *rb, const char *code, struct reg *r)
{
	int f = store_reg_find_code(rb->st, code, r);
	if (f < 0)
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
	else if (f == 0)
		fprintf(stderr, "regbot: no registration with code %s\n", code);
	return f;
}

/* ---- read-only commands ---- */

static int
print_entry(const struct audit_entry *e, void *arg)
{
	const struct config *cfg = arg;
	char *at = status_local_iso(cfg->timezone, e->at);
	printf("%s  %-14s %s\n", at, e->action, e->detail ? e->detail : "");
	free(at);
	return 0;
}

/* Mail to the address that came back (bouncelog.h); nothing when none
 * did.  0, -1 on a store error. */
static int
show_bounces(struct robot *rb, const char *email)
{
	long total = 0, permanent = 0;
	struct store_failing f;
	int failing = 0;
	if (store_bounce_counts(rb->st, email, &total, &permanent) < 0 ||
	    (failing = store_failing_get(rb->st, email, &f)) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		return -1;
	}
	if (total > 0)
		printf("bounces:           %ld (%ld permanent)\n", total,
		       permanent);
	if (failing) {
		char *since = status_local_iso(rb->cfg->timezone, f.since);
		printf("address failing:   since %s, %ld mails failed "
		       "permanently%s%s\n",
		       since, f.failures, f.status ? ", last " : "",
		       f.status ? f.status : "");
		free(since);
		store_failing_clear(&f);
	}
	return 0;
}

static int
cmd_show(struct robot *rb, const struct opts *o, time_t now)
{
	(void)now;
	struct reg r = {0};
	int f = find(rb, o->code, &r);
	if (f != 1)
		return EXIT_RUNTIME;
	printf("code:              %s\n", r.code);
	for (int i = 0; i < RF__COUNT; i++)
		printf("%-18s %s\n", reg_field_key((enum reg_field)i),
		       r.f[i] ? r.f[i] : "-");
	printf("pool:              %s%s\n", r.pool,
	       r.pool_fixed ? " (set by the organiser)" : "");
	printf("status:            %s", r.status);
	if (r.waitlist_position)
		printf(", position %ld", r.waitlist_position);
	if (r.hold)
		printf(" (organisation at its cap)");
	if (r.offer_until) {
		char *u = status_local_iso(rb->cfg->timezone, r.offer_until);
		printf(", seat offered until %s", u);
		free(u);
	}
	if (r.fee_due)
		printf(", cancelled late: fee due");
	/* times in the event's zone, with the offset */
	const char *tz = rb->cfg->timezone;
	char *rcv = status_local_iso(tz, r.received_at);
	char *reg = status_local_iso(tz, r.registered_at);
	printf("\nreceived:          %s\nregistered:        %s\n", rcv, reg);
	free(rcv);
	free(reg);
	if (r.cancelled_at) {
		char *c = status_local_iso(tz, r.cancelled_at);
		printf("cancelled:         %s\n", c);
		free(c);
	}
	if (r.purged_at) {
		char *p = status_local_iso(tz, r.purged_at);
		printf("purged:            %s (personal data removed)\n", p);
		free(p);
	}
	printf("language:          %s\n", r.language);
	int rc = show_bounces(rb, r.f[RF_EMAIL]);
	printf("history:\n");
	if (rc == 0)
		rc = store_audit_each(rb->st, r.id, print_entry,
				      (void *)rb->cfg);
	reg_clear(&r);
	return rc < 0 ? EXIT_RUNTIME : 0;
}

static int
cmd_log(struct robot *rb, const struct opts *o, time_t now)
{
	(void)now;
	struct reg r = {0};
	if (find(rb, o->code, &r) != 1)
		return EXIT_RUNTIME;
	printf("history of %s (%s, %s):\n", r.code,
	       r.f[RF_NAME] ? r.f[RF_NAME] : "-", r.f[RF_EMAIL]);
	int rc = store_audit_each(rb->st, r.id, print_entry, (void *)rb->cfg);
	reg_clear(&r);
	return rc < 0 ? EXIT_RUNTIME : 0;
}

/* ---- invoices ---- */

struct org_bill {
	char *key, *name;
	struct buf people, addresses, references, attendance;
	long count, cents;
	json_object *list;
};

struct bills {
	const struct config *cfg;
	const struct attend_map *att;
	struct org_bill *b;
	size_t n;
};

static void
add_distinct(struct buf *b, const char *v)
{
	if (v == NULL || *v == '\0')
		return;
	/* "; " separates; a value seen before is not repeated. */
	const char *s = buf_str(b);
	size_t vl = strlen(v);
	for (const char *p = s; (p = strstr(p, v)); p += vl)
		if ((p == s || (p >= s + 2 && p[-2] == ';')) &&
		    (p[vl] == '\0' || p[vl] == ';'))
			return;
	if (b->len)
		buf_adds(b, "; ");
	buf_adds(b, v);
}

/* An invoice field compared as the same when only case, spacing or
 * punctuation between its words differ.  Caller frees. */
static char *
bill_norm(const char *v)
{
	struct buf b;
	buf_init(&b, 1 << 16);
	int space = 0;
	for (const unsigned char *p = (const unsigned char *)(v ? v : ""); *p;
	     p++) {
		if (isalnum(*p) || *p >= 0x80) {
			if (space && b.len)
				buf_add(&b, " ", 1);
			space = 0;
			char c = (char)tolower(*p);
			buf_add(&b, &c, 1);
		} else
			space = 1;
	}
	return buf_detach(&b);
}

/* What a registration is billed: a seat, or a cancellation after the
 * deadline; what the purge kept once the personal data is gone. */
long
admin_bill_amount(const struct config *cfg, const struct reg *r)
{
	if (r->purged_at)
		return r->amount_cents > 0 ? r->amount_cents : 0;
	int billed = !strcmp(r->status, "confirmed") ||
		     (!strcmp(r->status, "cancelled") && r->fee_due);
	if (!billed)
		return 0;
	const struct pool *p = config_pool_by_name(cfg, r->pool);
	return p ? p->fee_cents : cfg->fee_cents;
}

static int
bill_one(const struct reg *r, void *arg)
{
	struct bills *bs = arg;
	long cents = admin_bill_amount(bs->cfg, r);
	if (cents == 0)
		return 0;
	/* One invoice line per organisation, invoice address and reference:
	 * two departments of one organisation with their own addresses or
	 * purchase orders get two invoices, not one line with both. */
	char *addr = bill_norm(r->f[RF_INVOICE_ADDRESS]);
	char *ref = bill_norm(r->f[RF_INVOICE_REFERENCE]);
	char *org = r->org_key && *r->org_key
			? xstrdup(r->org_key)
			: bill_norm(r->f[RF_ORGANISATION]);
	char *key = xasprintf("%s\x1f%s\x1f%s", org, addr, ref);
	free(org);
	free(addr);
	free(ref);
	struct org_bill *b = NULL;
	for (size_t i = 0; i < bs->n; i++)
		if (!strcmp(bs->b[i].key, key))
			b = &bs->b[i];
	if (b == NULL) {
		bs->b = xrealloc(bs->b, (bs->n + 1) * sizeof *bs->b);
		b = &bs->b[bs->n++];
		memset(b, 0, sizeof *b);
		b->key = xstrdup(key);
		b->name = xstrdup(r->f[RF_ORGANISATION] ? r->f[RF_ORGANISATION]
							: "(no organisation)");
		buf_init(&b->people, 1 << 20);
		buf_init(&b->addresses, 1 << 16);
		buf_init(&b->references, 1 << 16);
		buf_init(&b->attendance, 1 << 20);
		b->list = json_object_new_array();
	}
	b->count++;
	b->cents += cents;
	const char *who = r->f[RF_NAME] ? r->f[RF_NAME] : r->f[RF_EMAIL];
	add_distinct(&b->people, who);
	add_distinct(&b->addresses, r->f[RF_INVOICE_ADDRESS]);
	add_distinct(&b->references, r->f[RF_INVOICE_REFERENCE]);
	/* "Deelnemer Een: 1, 2; Deelnemer Twee: -" */
	struct buf days;
	buf_init(&days, 1 << 12);
	long ndays = attend_days_text(bs->att, r->id, &days);
	buf_printf(&b->attendance, "%s%s: %s", b->attendance.len ? "; " : "",
		   who, ndays ? buf_str(&days) : "-");
	json_object *o = json_object_new_object();
	json_object_object_add(o, "code", json_object_new_string(r->code));
	json_object_object_add(
	    o, "name",
	    r->f[RF_NAME] ? json_object_new_string(r->f[RF_NAME]) : NULL);
	json_object_object_add(o, "email",
			       json_object_new_string(r->f[RF_EMAIL]));
	json_object_object_add(o, "status", json_object_new_string(r->status));
	json_object_object_add(o, "fee", json_object_new_double(cents / 100.0));
	json_object *dl = json_object_new_array();
	for (size_t i = 0; i < bs->att->n; i++)
		if (bs->att->v[i].reg == r->id)
			json_object_array_add(
			    dl, json_object_new_int(bs->att->v[i].day));
	json_object_object_add(o, "days_present", dl);
	json_object_array_add(b->list, o);
	buf_free(&days);
	free(key);
	return 0;
}

static json_object *
str_or_null(const struct buf *b)
{
	return b->len ? json_object_new_string(buf_str(b)) : NULL;
}

/* The columns of `invoices --format csv`; attendance with --attendance. */
static const struct csv_col invoice_cols[] = {
    {"organisation", "Organisation", "Organisatie"},
    {"participants", "Participants", "Deelnemers"},
    {"amount", "Amount", "Bedrag"},
    {"currency", "Currency", "Valuta"},
    {"invoice_address", "Invoice address", "Factuuradres"},
    {"invoice_reference", "Invoice reference", "Factuurkenmerk"},
    {"names", "Names", "Namen"},
    {"attendance", "Days present", "Aanwezig op dag"},
    {NULL, NULL, NULL}};

static int
cmd_invoices(struct robot *rb, const struct opts *o, time_t now)
{
	(void)now;
	const struct config *cfg = rb->cfg;
	const char *fmt = o->format ? o->format : o->excel ? "csv" : "text";
	if (strcmp(fmt, "text") && strcmp(fmt, "csv") && strcmp(fmt, "json")) {
		fprintf(stderr, "regbot invoices: --format is text, csv or "
				"json\n");
		return EXIT_USAGE;
	}
	if (o->excel && strcmp(fmt, "csv")) {
		fprintf(stderr, "regbot invoices: --excel is a kind of CSV; "
				"it goes with --format csv\n");
		return EXIT_USAGE;
	}
	struct attend_map att;
	struct bills bs = {.cfg = cfg, .att = &att};
	if (attend_load(rb->st, &att) < 0 ||
	    store_reg_each(rb->st, NULL, bill_one, &bs) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		attend_map_free(&att);
		return EXIT_RUNTIME;
	}
	attend_map_free(&att);
	json_object *arr =
	    !strcmp(fmt, "json") ? json_object_new_array() : NULL;
	struct buf out;
	buf_init(&out, BUF_MAX_DEFAULT);
	struct csv csv;
	struct csv_col cols[sizeof invoice_cols / sizeof *invoice_cols];
	memcpy(cols, invoice_cols, sizeof cols);
	if (!o->attendance) /* the column goes only with --attendance */
		cols[sizeof cols / sizeof *cols - 2] =
		    (struct csv_col){NULL, NULL, NULL};
	if (!strcmp(fmt, "csv")) {
		csv_start(&csv, &out, o->excel ? CSV_EXCEL : CSV_PLAIN,
			  cfg->language);
		csv_header_row(&csv, cols);
	}
	long total = 0;
	for (size_t i = 0; i < bs.n; i++) {
		struct org_bill *b = &bs.b[i];
		total += b->cents;
		char amount[32];
		snprintf(amount, sizeof amount, "%ld.%02ld", b->cents / 100,
			 b->cents % 100);
		/* every amount a person reads: the event language's format */
		char *money =
		    reply_money(b->cents, cfg->currency, cfg->language);
		if (arr) {
			json_object *j = json_object_new_object();
			json_object_object_add(j, "organisation",
					       json_object_new_string(b->name));
			json_object_object_add(j, "participants",
					       json_object_new_int64(b->count));
			json_object_object_add(
			    j, "amount",
			    json_object_new_double_s(b->cents / 100.0, amount));
			json_object_object_add(
			    j, "currency",
			    json_object_new_string(cfg->currency));
			json_object_object_add(j, "invoice_address",
					       str_or_null(&b->addresses));
			json_object_object_add(j, "invoice_reference",
					       str_or_null(&b->references));
			json_object_object_add(j, "registrations", b->list);
			b->list = NULL;
			json_object_array_add(arr, j);
		} else if (!strcmp(fmt, "csv")) {
			char n[24];
			snprintf(n, sizeof n, "%ld", b->count);
			csv_cell(&csv, b->name);
			csv_cell(&csv, n);
			csv_cell(&csv, money);
			csv_cell(&csv, cfg->currency);
			csv_cell(&csv, buf_str(&b->addresses));
			csv_cell(&csv, buf_str(&b->references));
			csv_cell(&csv, buf_str(&b->people));
			if (o->attendance)
				csv_cell(&csv, buf_str(&b->attendance));
			csv_row_end(&csv);
		} else {
			util_fput_padded(stdout, b->name, 40);
			printf(" %3ld x  %14s  %s%s%s\n", b->count, money,
			       buf_str(&b->references),
			       b->addresses.len ? "  " : "",
			       buf_str(&b->addresses));
			if (o->attendance)
				printf("    %s %s\n",
				       strcmp(cfg->language, "en")
					   ? "aanwezig op dag:"
					   : "days present:",
				       buf_str(&b->attendance));
		}
		free(money);
		json_object_put(b->list);
		free(b->key);
		free(b->name);
		buf_free(&b->people);
		buf_free(&b->addresses);
		buf_free(&b->references);
		buf_free(&b->attendance);
	}
	free(bs.b);
	int rc = 0;
	if (arr) {
		puts(json_object_to_json_string_ext(
		    arr, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
			     JSON_C_TO_STRING_NOSLASHESCAPE));
		json_object_put(arr);
	} else if (!strcmp(fmt, "text")) {
		char *money = reply_money(total, cfg->currency, cfg->language);
		printf("total: %s\n", money);
		free(money);
	} else {
		fwrite(out.p ? out.p : "", 1, out.len, stdout);
		if (csv_error(&csv) < 0) {
			fprintf(stderr, "regbot invoices: too large for CSV\n");
			rc = EXIT_RUNTIME;
		}
	}
	buf_free(&out);
	return rc;
}

/* ---- changes ---- */

typedef int (*change_fn)(struct act *a, struct reg *r, const struct opts *o,
			 char **why);

static int
do_cancel(struct act *a, struct reg *r, const struct opts *o, char **why)
{
	char *reason =
	    xasprintf("cancelled by the organiser%s%s", o->reason ? ": " : "",
		      o->reason ? o->reason : "");
	int rc = seats_cancel(a, r, reason, why);
	free(reason);
	return rc;
}

static int
do_substitute(struct act *a, struct reg *r, const struct opts *o, char **why)
{
	if (o->name == NULL || o->email == NULL) {
		*why = xstrdup("substitute needs --name and --email");
		return 1;
	}
	if (!form_valid_email(o->email)) {
		*why = xasprintf("'%s' is not an e-mail address", o->email);
		return 1;
	}
	struct form_person p = {0};
	p.f[FF_NAME] = (char *)o->name;
	p.f[FF_EMAIL] = (char *)o->email;
	p.f[FF_ROLE] = (char *)o->role;
	p.f[FF_PHONE] = (char *)o->phone;
	p.f[FF_DIET] = (char *)o->diet;
	struct reg nr = {0};
	int rc = seats_substitute(a, r, &p, &nr, why);
	if (rc == 0)
		printf("%s now holds the place of %s\n", nr.code, r->code);
	reg_clear(&nr);
	return rc;
}

static int
do_promote(struct act *a, struct reg *r, const struct opts *o, char **why)
{
	return seats_promote(a, r, o->force, why);
}

static int
do_move(struct act *a, struct reg *r, const struct opts *o, char **why)
{
	if (o->pool == NULL) {
		*why = xstrdup("move needs --pool NAME");
		return 1;
	}
	return seats_move(a, r, o->pool, o->force, why);
}

/* Corrects a registration's details as the organiser gives them: each
 * change is in the audit log (old and new value); --notify sends the
 * participant an updated confirmation (or waitlist notice).  Seats and
 * pools are not touched: a move is its own command. */
static int
do_edit(struct act *a, struct reg *r, const struct opts *o, char **why)
{
	const char *const given[RF__COUNT] = {
	    [RF_NAME] = o->name,
	    [RF_EMAIL] = o->email,
	    [RF_ORGANISATION] = o->organisation,
	    [RF_ROLE] = o->role,
	    [RF_PHONE] = o->phone,
	    [RF_DIET] = o->diet,
	    [RF_INVOICE_ADDRESS] = o->invoice_address,
	    [RF_INVOICE_REFERENCE] = o->invoice_reference};
	return seats_edit(a, r, given, "the organiser", o->notify, why);
}

static void
make_tag(char *tag, size_t n, time_t now)
{
	unsigned v = 0;
	util_random(&v, sizeof v);
	snprintf(tag, n, "o%lld.%08x", (long long)now, v);
}

/* Runs one change in its own transaction. */
static int
change(struct robot *rb, const struct opts *o, time_t now, change_fn fn)
{
	struct reg r = {0};
	if (store_begin(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		return EXIT_RUNTIME;
	}
	int f = find(rb, o->code, &r);
	if (f != 1) {
		store_rollback(rb->st);
		return EXIT_RUNTIME;
	}
	char tag[48];
	make_tag(tag, sizeof tag, now);
	struct act a;
	act_init(&a, rb->cfg, rb->st, now, tag, "organiser");
	a.quiet_reg = o->quiet ? r.id : 0;
	a.waive_fee = o->waive_fee;
	char *why = NULL;
	int rc = 0;
	/* What the change touches, for `regbot undo`. */
	struct undo_snap *snap = undo_snap_take(rb->st);
	if (snap == NULL)
		rc = -1;
	else if (o->waive_fee && fn != do_cancel) {
		why = xstrdup("--waive-fee belongs to cancel: only a "
			      "cancellation can owe the fee");
		rc = 1;
	} else
		rc = fn(&a, &r, o, &why);
	if (rc == 0 &&
	    undo_snap_record(snap, rb->st, o->cmd, r.id, tag, a.nowiso) < 0)
		rc = -1;
	undo_snap_free(snap);
	if (rc == 0 && store_commit(rb->st) == 0) {
		struct reg after = {0};
		if (store_reg_find_code(rb->st, o->code, &after) == 1)
			printf("%s: %s%s\n", after.code, after.status,
			       after.fee_due ? " (fee due)" : "");
		reg_clear(&after);
		reg_clear(&r);
		return 0;
	}
	store_rollback(rb->st);
	if (rc == 1)
		fprintf(stderr, "regbot: %s\n", why);
	else
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
	free(why);
	reg_clear(&r);
	return rc == 1 ? EXIT_RUNTIME : EXIT_RUNTIME;
}

static int
cmd_edit(struct robot *rb, const struct opts *o, time_t now)
{
	return change(rb, o, now, do_edit);
}

static int
cmd_cancel(struct robot *rb, const struct opts *o, time_t now)
{
	return change(rb, o, now, do_cancel);
}

static int
cmd_substitute(struct robot *rb, const struct opts *o, time_t now)
{
	return change(rb, o, now, do_substitute);
}

static int
cmd_promote(struct robot *rb, const struct opts *o, time_t now)
{
	return change(rb, o, now, do_promote);
}

static int
cmd_move(struct robot *rb, const struct opts *o, time_t now)
{
	return change(rb, o, now, do_move);
}

/* A registration received by phone: placed as if its mail came now. */
static int
cmd_add(struct robot *rb, const struct opts *o, time_t now)
{
	const struct config *cfg = rb->cfg;
	if (o->name == NULL || o->email == NULL || o->organisation == NULL) {
		fprintf(stderr, "regbot add: --name, --email and "
				"--organisation are required\n");
		return EXIT_USAGE;
	}
	if (!form_valid_email(o->email)) {
		fprintf(stderr, "regbot add: '%s' is not an e-mail address\n",
			o->email);
		return EXIT_USAGE;
	}
	if (o->pool && config_pool_by_name(cfg, o->pool) == NULL) {
		fprintf(stderr, "regbot add: there is no pool %s\n", o->pool);
		return EXIT_USAGE;
	}
	struct form_person p = {0};
	p.f[FF_NAME] = (char *)o->name;
	p.f[FF_EMAIL] = (char *)o->email;
	p.f[FF_ORGANISATION] = (char *)o->organisation;
	p.f[FF_ROLE] = (char *)o->role;
	p.f[FF_PHONE] = (char *)o->phone;
	p.f[FF_DIET] = (char *)o->diet;
	p.f[FF_INVOICE_ADDRESS] = (char *)o->invoice_address;
	p.f[FF_INVOICE_REFERENCE] = (char *)o->invoice_reference;
	if (store_begin(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		return EXIT_RUNTIME;
	}
	char tag[48];
	make_tag(tag, sizeof tag, now);
	struct act a;
	act_init(&a, cfg, rb->st, now, tag, "organiser");
	struct reg r = {0}, dup = {0};
	seats_take_fields(&r, &p);
	int found = store_reg_find_active(rb->st, r.f[RF_EMAIL], &dup);
	int rc = found < 0 ? -1 : 0;
	if (found == 1) {
		fprintf(stderr,
			"regbot add: %s is registered already as %s "
			"(%s)\n",
			dup.f[RF_EMAIL], dup.code, dup.status);
		reg_clear(&dup);
		reg_clear(&r);
		store_rollback(rb->st);
		return EXIT_RUNTIME;
	}
	r.language = xstrdup(o->lang ? o->lang : cfg->language);
	if (o->pool) {
		r.pool = xstrdup(o->pool);
		r.pool_fixed = 1;
	}
	/* Arrival order: after everything that came before now.  Message
	 * ids count arrivals; the next one is this registration's. */
	struct store_msg sm = {.msgkey = tag,
			       .received_at = a.nowiso,
			       .processed_at = a.nowiso,
			       .from_addr = r.f[RF_EMAIL],
			       .subject = "added by the organiser",
			       .outcome = "registered",
			       .detail = "phone"};
	if (rc == 0)
		rc = store_message_insert(rb->st, &sm);
	if (rc == 0) {
		a.msg = sm.id;
		r.arrival = sm.id;
		r.message = sm.id;
		rc = seats_tick(&a) < 0 ? -1 : 0;
	}
	char *why = NULL;
	if (rc == 0)
		rc = seats_register(
		    &a, &r, "registered by the organiser (phone)", &why);
	if (rc == 1) {
		/* checked above; only a race with the daemon gets here */
		fprintf(stderr, "regbot add: %s\n", why);
		free(why);
		store_rollback(rb->st);
		reg_clear(&r);
		return EXIT_RUNTIME;
	}
	if (rc == 0 && store_commit(rb->st) == 0) {
		printf("%s: %s in pool %s\n", r.code, r.status, r.pool);
		reg_clear(&r);
		return 0;
	}
	fprintf(stderr, "regbot: %s\n", store_error(rb->st));
	store_rollback(rb->st);
	reg_clear(&r);
	return EXIT_RUNTIME;
}

struct admin_cmd {
	const char *name;
	int (*fn)(struct robot *, const struct opts *, time_t);
	int code;
};

static const struct admin_cmd cmds[] = {{"show", cmd_show, 1},
					{"log", cmd_log, 1},
					{"cancel", cmd_cancel, 1},
					{"edit", cmd_edit, 1},
					{"substitute", cmd_substitute, 1},
					{"promote", cmd_promote, 1},
					{"move", cmd_move, 1},
					{"add", cmd_add, 0},
					{"invoices", cmd_invoices, 0},
					{NULL, NULL, 0}};

int
admin_is_command(const char *name)
{
	for (const struct admin_cmd *c = cmds; c->name; c++)
		if (!strcmp(c->name, name))
			return 1;
	return 0;
}

int
admin_command(struct robot *rb, int argc, char **argv, time_t now)
{
	const struct admin_cmd *c = cmds;
	while (c->name && strcmp(c->name, argv[0]))
		c++;
	if (c->name == NULL)
		return EXIT_USAGE;
	struct opts o;
	if (parse_opts(argc, argv, &o, c->code) < 0)
		return EXIT_USAGE;
	o.cmd = c->name;
	return c->fn(rb, &o, now);
}
