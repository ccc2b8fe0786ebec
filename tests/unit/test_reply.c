/*
 * test_reply — every reply kind in both languages, as the robot sends it
 * (cmocka).
 *
 * Golden files: each kind is built from the preview's fixed sample data
 * with the configuration tests/golden/regbot.conf and the clock pinned at
 * 2010-05-01T10:00:00+02:00, and compared byte for byte with
 * tests/golden/<lang>/<kind>.eml.  REGBOT_GOLDEN_UPDATE=1 writes them
 * instead (tests/golden/README.md).
 *
 * Every message is then parsed back with libetpan: exactly the intended
 * header set, the decoded Subject equal to the template's, the text part
 * decoding to the rendered template, the HTML part (where a template
 * provides one) to the rendered HTML, CRLF and line lengths everywhere,
 * and the calendar part, where the kind carries one, parsed with libical
 * with the right UTC times (summer time ends between day 2 and day 3).
 *
 * Hostile input: names and organisations with CR, LF, NUL, quotes,
 * non-Latin scripts, terminal escapes and 2,000 characters give valid
 * mail with the same header set and nothing injected.
 *
 * Run from the repository root (tests/run.sh does); REGBOT_SRC names it
 * otherwise.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <libetpan/libetpan.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "calendar.h"
#include "clock.h"
#include "compose.h"
#include "config.h"
#include "preview.h"
#include "reply.h"
#include "tmpl.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

#define GOLDEN_NOW "2010-05-01T10:00:00+02:00"
#define GOLDEN_DATE "Sat, 01 May 2010 10:00:00 +0200"

static const char *const langs[] = {"nl", "en"};

static char *root;   /* the repository */
static char *tmpdir; /* this run's config and password file */
static struct config cfg;
static time_t now;

/* ---- setup ------------------------------------------------------------ */

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (fp == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, 1 << 24);
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&b, chunk, n);
	fclose(fp);
	if (len)
		*len = b.len;
	return buf_detach(&b);
}

static char *
replace_all(const char *s, const char *from, const char *to)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	const char *p = s, *q;
	while ((q = strstr(p, from))) {
		buf_add(&b, p, (size_t)(q - p));
		buf_adds(&b, to);
		p = q + strlen(from);
	}
	buf_adds(&b, p);
	return buf_detach(&b);
}

static int
setup(void **state)
{
	(void)state;
	const char *src = getenv("REGBOT_SRC");
	root = xstrdup(src && *src ? src : ".");
	const char *t = getenv("TMPDIR");
	char *tpl = xasprintf("%s/regbot-reply.XXXXXX", t && *t ? t : "/tmp");
	tmpdir = mkdtemp(tpl);
	if (tmpdir == NULL) {
		fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
		return -1;
	}
	char *secret = xasprintf("%s/imap.secret", tmpdir);
	if (util_write_file_durable(secret, "x\n", 2, 0600) < 0)
		return -1;
	char *path = xasprintf("%s/tests/golden/regbot.conf", root);
	char *text = slurp(path, NULL);
	if (text == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	char *templates = xasprintf("%s/templates", root);
	char *a = replace_all(text, "@SECRET@", secret);
	char *b = replace_all(a, "@TEMPLATES@", templates);
	char *conf = xasprintf("%s/regbot.conf", tmpdir);
	if (util_write_file_durable(conf, b, strlen(b), 0600) < 0)
		return -1;
	struct config_errors errs;
	int rc = config_load(conf, &cfg, &errs);
	for (size_t i = 0; i < errs.n; i++)
		fprintf(stderr, "%s\n", errs.msgs[i]);
	config_errors_free(&errs);
	assert_int_equal(clock_parse_iso(GOLDEN_NOW, &now), 0);
	free(a);
	free(b);
	free(text);
	free(path);
	free(templates);
	free(secret);
	free(conf);
	return rc;
}

static int
teardown(void **state)
{
	(void)state;
	config_free(&cfg);
	if (tmpdir) {
		char *p = xasprintf("%s/imap.secret", tmpdir);
		unlink(p);
		free(p);
		p = xasprintf("%s/regbot.conf", tmpdir);
		unlink(p);
		free(p);
		rmdir(tmpdir);
		free(tmpdir);
	}
	free(root);
	return 0;
}

/* ---- parsing a message back ------------------------------------------ */

struct parsed {
	char names[512]; /* top-level header names, in order */
	char *subject;	 /* decoded */
	char *to_name, *to_addr;
	char *msgid;
	char date[64];
	char kind[64];
	char *text, *html, *ics;
	char ics_type[256];
	int nparts;
};

static char *
decode_phrase(const char *s)
{
	size_t idx = 0;
	char *out = NULL;
	assert_int_equal(mailmime_encoded_phrase_parse("utf-8", s, strlen(s),
						       &idx, "utf-8", &out),
			 MAILIMF_NO_ERROR);
	return out;
}

/* CRLF only, no NUL, 7-bit only, lines of at most 78. */
static void
raw_checks(const char *msg, size_t len, char *names, size_t cap)
{
	size_t col = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)msg[i];
		if (c == 0 || c >= 0x80)
			fail_msg("byte 0x%02x at %zu", c, i);
		if (c == '\n' && (i == 0 || msg[i - 1] != '\r'))
			fail_msg("bare LF at %zu", i);
		if (c == '\r' && (i + 1 >= len || msg[i + 1] != '\n'))
			fail_msg("bare CR at %zu", i);
		if (c == '\r') {
			col = 0;
			i++;
			continue;
		}
		if (++col > 78)
			fail_msg("line longer than 78 at %zu", i);
	}
	const char *end = strstr(msg, "\r\n\r\n");
	assert_non_null(end);
	names[0] = '\0';
	for (const char *p = msg; p < end + 2;) {
		const char *eol = strstr(p, "\r\n");
		if (p[0] != ' ' && p[0] != '\t') {
			const char *colon = memchr(p, ':', (size_t)(eol - p));
			assert_non_null(colon);
			size_t used = strlen(names);
			snprintf(names + used, cap - used, "%s%.*s",
				 used ? " " : "", (int)(colon - p), p);
		}
		p = eol + 2;
	}
}

static char *
decoded(struct mailmime *part, int *mech)
{
	struct mailmime_data *d = part->mm_data.mm_single;
	size_t idx = 0, rl = 0;
	char *res = NULL;
	assert_int_equal(mailmime_part_parse(d->dt_data.dt_text.dt_data,
					     d->dt_data.dt_text.dt_length, &idx,
					     d->dt_encoding, &res, &rl),
			 MAILIMF_NO_ERROR);
	char *out = xstrndup(res, rl);
	assert_int_equal(strlen(out), rl); /* no NUL inside */
	mailmime_decoded_part_free(res);
	if (mech)
		*mech = d->dt_encoding;
	return out;
}

static void
walk(struct mailmime *mm, struct parsed *p)
{
	if (mm->mm_type == MAILMIME_MULTIPLE) {
		for (clistiter *it =
			 clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
		     it; it = clist_next(it))
			walk(clist_content(it), p);
		return;
	}
	assert_int_equal(mm->mm_type, MAILMIME_SINGLE);
	p->nparts++;
	struct mailmime_content *ct = mm->mm_content_type;
	assert_non_null(ct);
	assert_int_equal(ct->ct_type->tp_type, MAILMIME_TYPE_DISCRETE_TYPE);
	assert_int_equal(ct->ct_type->tp_data.tp_discrete_type->dt_type,
			 MAILMIME_DISCRETE_TYPE_TEXT);
	char *cs = mailmime_content_charset_get(ct);
	assert_non_null(cs);
	assert_true(strcasecmp(cs, "UTF-8") == 0);
	int mech;
	char *body = decoded(mm, &mech);
	if (!strcmp(ct->ct_subtype, "plain")) {
		assert_null(p->text);
		p->text = body;
		assert_true(mech == MAILMIME_MECHANISM_7BIT ||
			    mech == MAILMIME_MECHANISM_QUOTED_PRINTABLE);
	} else if (!strcmp(ct->ct_subtype, "html")) {
		assert_null(p->html);
		p->html = body;
		assert_true(mech == MAILMIME_MECHANISM_7BIT ||
			    mech == MAILMIME_MECHANISM_QUOTED_PRINTABLE);
	} else if (!strcmp(ct->ct_subtype, "calendar")) {
		assert_null(p->ics);
		p->ics = body;
		assert_int_equal(mech, MAILMIME_MECHANISM_BASE64);
		for (clistiter *it = clist_begin(ct->ct_parameters); it;
		     it = clist_next(it)) {
			struct mailmime_parameter *pa = clist_content(it);
			if (!strcasecmp(pa->pa_name, "method"))
				snprintf(p->ics_type, sizeof p->ics_type, "%s",
					 pa->pa_value);
		}
	} else {
		fail_msg("unexpected part text/%s", ct->ct_subtype);
	}
}

static void
parse_back(const char *msg, size_t len, struct parsed *p)
{
	memset(p, 0, sizeof *p);
	raw_checks(msg, len, p->names, sizeof p->names);
	size_t idx = 0;
	struct mailmime *mime = NULL;
	assert_int_equal(mailmime_parse(msg, len, &idx, &mime),
			 MAILIMF_NO_ERROR);
	assert_int_equal(mime->mm_type, MAILMIME_MESSAGE);
	struct mailimf_fields *fields = mime->mm_data.mm_message.mm_fields;
	for (clistiter *it = clist_begin(fields->fld_list); it;
	     it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		switch (f->fld_type) {
		case MAILIMF_FIELD_SUBJECT:
			assert_null(p->subject);
			p->subject =
			    decode_phrase(f->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_TO: {
			clist *l = f->fld_data.fld_to->to_addr_list->ad_list;
			assert_int_equal(clist_count(l), 1);
			struct mailimf_address *a =
			    clist_content(clist_begin(l));
			assert_int_equal(a->ad_type, MAILIMF_ADDRESS_MAILBOX);
			struct mailimf_mailbox *mb = a->ad_data.ad_mailbox;
			p->to_name = mb->mb_display_name
					 ? decode_phrase(mb->mb_display_name)
					 : xstrdup("");
			p->to_addr = xstrdup(mb->mb_addr_spec);
			break;
		}
		case MAILIMF_FIELD_MESSAGE_ID:
			p->msgid =
			    xstrdup(f->fld_data.fld_message_id->mid_value);
			break;
		case MAILIMF_FIELD_OPTIONAL_FIELD: {
			struct mailimf_optional_field *o =
			    f->fld_data.fld_optional_field;
			if (!strcasecmp(o->fld_name, "X-Regbot-Kind"))
				snprintf(p->kind, sizeof p->kind, "%s",
					 o->fld_value);
			break;
		}
		default:
			break;
		}
	}
	const char *d = strstr(msg, "\r\nDate: ");
	assert_non_null(d);
	snprintf(p->date, sizeof p->date, "%.*s", (int)strcspn(d + 8, "\r"),
		 d + 8);
	walk(mime->mm_data.mm_message.mm_msg_mime, p);
	mailmime_free(mime);
	assert_non_null(p->text);
}

static void
parsed_free(struct parsed *p)
{
	free(p->subject);
	free(p->to_name);
	free(p->to_addr);
	free(p->msgid);
	free(p->text);
	free(p->html);
	free(p->ics);
}

/* ---- what the template says ------------------------------------------ */

static char *
crlf(const char *s)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	for (; *s; s++) {
		if (*s == '\r')
			continue;
		if (*s == '\n')
			buf_addc(&b, '\r');
		buf_addc(&b, *s);
	}
	if (b.len && b.p[b.len - 1] != '\n')
		buf_adds(&b, "\r\n");
	return buf_detach(&b);
}

/* The rendered template's Subject (continuations joined) and body. */
static void
template_parts(const struct reply *r, char **subject, char **body)
{
	struct buf out;
	buf_init(&out, 1 << 22);
	char *err = NULL;
	if (reply_render(&cfg, r->lang, r->kind, 0, r->vars, &out, &err) < 0)
		fail_msg("%s", err);
	const char *s = buf_str(&out);
	assert_true(strncmp(s, "Subject:", 8) == 0);
	const char *end = strstr(s, "\n\n");
	assert_non_null(end);
	char *head = xstrndup(s + 8, (size_t)(end - s - 8));
	*subject = compose_clean_header_text(head);
	free(head);
	*body = crlf(end + 2);
	buf_free(&out);
}

/* Rendered body lines hold at most 78 characters. */
static void
check_text_width(const char *text, const char *what)
{
	size_t col = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\r')
			continue;
		if (*p == '\n') {
			col = 0;
			continue;
		}
		if ((*p & 0xC0) != 0x80 && ++col > 78)
			fail_msg("%s: a line of more than 78 characters", what);
	}
}

/* ---- the calendar ------------------------------------------------------ */

static time_t
utc(int y, int m, int d, int h, int mi)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (time_t)((era * 146097 + doe - 719468) * 86400L + h * 3600L +
			mi * 60L);
}

/* The brochure's days, read with the file's own VTIMEZONE. */
static void
check_calendar(const char *ics, const char *method, const char *code,
	       int sequence)
{
	icalcomponent *cal = icalparser_parse_string(ics);
	assert_non_null(cal);
	assert_int_equal(icalcomponent_count_errors(cal), 0);
	assert_int_equal(icalcomponent_get_method(cal),
			 !strcmp(method, "CANCEL") ? ICAL_METHOD_CANCEL
						   : ICAL_METHOD_PUBLISH);
	icalcomponent *vtz =
	    icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
	assert_non_null(vtz);
	assert_string_equal(
	    icalproperty_get_tzid(
		icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)),
	    "Europe/Amsterdam");
	icaltimezone *zone = icaltimezone_new();
	icaltimezone_set_component(zone, icalcomponent_new_clone(vtz));
	static const struct {
		int m, d, off; /* UTC offset in hours */
	} days[] = {{6, 1, 2}, {9, 23, 2}, {11, 2, 1}, {11, 23, 1}};
	size_t n = 0;
	for (icalcomponent *ev =
		 icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	     ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT),
			   n++) {
		assert_true(n < 4);
		char uid[80];
		snprintf(uid, sizeof uid, "%s-day%zu@example.org", code, n + 1);
		for (char *q = uid; *q; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q = (char)(*q - 'A' + 'a');
		assert_string_equal(icalcomponent_get_uid(ev), uid);
		assert_int_equal(icalcomponent_get_sequence(ev), sequence);
		struct icaltimetype s =
		    icalproperty_get_dtstart(icalcomponent_get_first_property(
			ev, ICAL_DTSTART_PROPERTY));
		struct icaltimetype e = icalproperty_get_dtend(
		    icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY));
		s.zone = e.zone = NULL;
		time_t ts = icaltime_as_timet_with_zone(s, zone);
		time_t te = icaltime_as_timet_with_zone(e, zone);
		assert_true(
		    ts == utc(2010, days[n].m, days[n].d, 9 - days[n].off, 45));
		assert_true(te == utc(2010, days[n].m, days[n].d,
				      16 - days[n].off, 30));
		assert_int_equal(icalcomponent_get_status(ev),
				 !strcmp(method, "CANCEL")
				     ? ICAL_STATUS_CANCELLED
				     : ICAL_STATUS_CONFIRMED);
	}
	assert_int_equal(n, 4);
	icaltimezone_free(zone, 1);
	icalcomponent_free(cal);
}

/* ---- golden files ------------------------------------------------------ */

struct gcase {
	const char *kind, *lang;
	char name[64];
};

static struct gcase gcases[64];
static size_t ngcases;

static char *
build(const struct reply *r, size_t *len)
{
	struct buf out;
	buf_init(&out, 8 << 20);
	char *err = NULL;
	if (reply_build(&cfg, r, now, &out, &err) < 0)
		fail_msg("reply_build %s/%s: %s", r->lang, r->kind, err);
	*len = out.len;
	return buf_detach(&out);
}

static int
var_true(const struct tmpl_value *vars, const char *name)
{
	char *t = xasprintf("{{#%s}}1{{/%s}}", name, name);
	struct buf b;
	buf_init(&b, 64);
	tmpl_render(t, vars, NULL, NULL, TMPL_ESCAPE_NONE, &b, NULL);
	int yes = b.len > 0;
	buf_free(&b);
	free(t);
	return yes;
}

static void
run_golden(void **state)
{
	const struct gcase *c = *state;
	struct preview_sample s;
	char *err = NULL;
	if (preview_sample(&cfg, c->kind, c->lang, now, &s, &err) < 0)
		fail_msg("%s", err);
	size_t len;
	char *msg = build(&s.reply, &len);

	char *path =
	    xasprintf("%s/tests/golden/%s/%s.eml", root, c->lang, c->kind);
	const char *upd = getenv("REGBOT_GOLDEN_UPDATE");
	if (upd && !strcmp(upd, "1")) {
		if (util_write_file_durable(path, msg, len, 0644) < 0)
			fail_msg("%s: %s", path, strerror(errno));
	}
	size_t glen = 0;
	char *golden = slurp(path, &glen);
	if (golden == NULL)
		fail_msg("%s: %s (REGBOT_GOLDEN_UPDATE=1 writes it)", path,
			 strerror(errno));
	if (glen != len || memcmp(golden, msg, len) != 0) {
		size_t i = 0;
		while (i < len && i < glen && golden[i] == msg[i])
			i++;
		size_t from = i > 60 ? i - 60 : 0;
		fail_msg("%s differs at byte %zu:\n--- golden ---\n%.*s\n"
			 "--- built ---\n%.*s\n(REGBOT_GOLDEN_UPDATE=1 "
			 "rewrites the golden files)",
			 path, i, (int)(glen - from > 160 ? 160 : glen - from),
			 golden + from,
			 (int)(len - from > 160 ? 160 : len - from),
			 msg + from);
	}
	free(golden);
	free(path);

	/* the same bytes a second time: the outbox may rely on it */
	size_t len2;
	char *again = build(&s.reply, &len2);
	assert_int_equal(len2, len);
	assert_memory_equal(again, msg, len);
	free(again);

	struct parsed p;
	parse_back(msg, len, &p);
	const char *when = NULL;
	enum calendar_method cm = reply_kind_calendar(c->kind, &when);
	int has_cal = cm != CALENDAR_NONE && (!when || var_true(s.vars, when));
	struct buf html;
	buf_init(&html, 1 << 22);
	int has_html =
	    reply_render(&cfg, c->lang, c->kind, 1, s.vars, &html, &err);
	assert_true(has_html >= 0);
	has_html = has_html == 0;
	const char *names =
	    has_cal || has_html
		? "From To Reply-To Subject Date Message-ID In-Reply-To "
		  "References Auto-Submitted X-Regbot-Kind MIME-Version "
		  "Content-Type"
		: "From To Reply-To Subject Date Message-ID In-Reply-To "
		  "References Auto-Submitted X-Regbot-Kind MIME-Version "
		  "Content-Type Content-Transfer-Encoding";
	assert_string_equal(p.names, names);
	assert_string_equal(p.kind, c->kind);
	assert_string_equal(p.date, GOLDEN_DATE);
	char *mid = reply_message_id(&cfg, s.key);
	assert_string_equal(p.msgid, mid);
	free(mid);
	assert_string_equal(p.to_addr, s.reply.to_addr);
	assert_string_equal(p.to_name, s.reply.to_name);
	assert_int_equal(p.nparts, 1 + has_cal + has_html);

	char *subject, *body;
	template_parts(&s.reply, &subject, &body);
	assert_string_equal(p.subject, subject);
	assert_string_equal(p.text, body);
	check_text_width(p.text, c->kind);
	if (has_html) {
		char *want = crlf(buf_str(&html));
		assert_non_null(p.html);
		assert_string_equal(p.html, want);
		free(want);
	} else {
		assert_null(p.html);
	}
	if (has_cal) {
		assert_non_null(p.ics);
		assert_string_equal(p.ics_type, calendar_method_name(cm));
		check_calendar(p.ics, calendar_method_name(cm),
			       !strcmp(c->kind, "substitution-new")
				   ? "4HDX9-M2QK7"
				   : "7KQ2M-X9H4D",
			       cm == CALENDAR_CANCEL);
	} else {
		assert_null(p.ics);
	}
	buf_free(&html);
	free(subject);
	free(body);
	parsed_free(&p);
	free(msg);
	preview_sample_free(&s);
}

/* Every kind has a golden file in both languages; no stray ones. */
static void
test_golden_complete(void **state)
{
	(void)state;
	for (size_t l = 0; l < NELEM(langs); l++) {
		char *dir = xasprintf("%s/tests/golden/%s", root, langs[l]);
		DIR *d = opendir(dir);
		assert_non_null(d);
		size_t n = 0;
		for (struct dirent *e; (e = readdir(d));) {
			size_t len = strlen(e->d_name);
			if (len < 5 || strcmp(e->d_name + len - 4, ".eml"))
				continue;
			n++;
			int known = 0;
			for (int k = 0; reply_kinds[k]; k++)
				known |= len - 4 == strlen(reply_kinds[k]) &&
					 !strncmp(e->d_name, reply_kinds[k],
						  len - 4);
			if (!known)
				fail_msg("%s/%s is no reply kind", dir,
					 e->d_name);
		}
		closedir(d);
		size_t kinds = 0;
		while (reply_kinds[kinds])
			kinds++;
		assert_int_equal(n, kinds);
		free(dir);
	}
}

/* ---- templates --------------------------------------------------------- */

struct names_ctx {
	const char *path;
};

static void
name_known(const char *name, int line, void *arg)
{
	struct names_ctx *nc = arg;
	if (!reply_var_known(name))
		fail_msg("%s:%d: unknown variable '%s'", nc->path, line, name);
}

/* Every template and partial parses and uses only documented names;
 * every kind starts with its Subject. */
static void
test_templates(void **state)
{
	(void)state;
	for (size_t l = 0; l < NELEM(langs); l++) {
		char *dir = xasprintf("%s/%s", cfg.templates, langs[l]);
		DIR *d = opendir(dir);
		assert_non_null(d);
		int files = 0;
		for (struct dirent *e; (e = readdir(d));) {
			size_t len = strlen(e->d_name);
			if (len < 5 ||
			    (strcmp(e->d_name + len - 4, ".txt") &&
			     (len < 6 || strcmp(e->d_name + len - 5, ".html"))))
				continue;
			char *path = xasprintf("%s/%s", dir, e->d_name);
			char *text = slurp(path, NULL);
			assert_non_null(text);
			struct names_ctx nc = {path};
			char *err = NULL;
			if (tmpl_names(text, name_known, &nc, &err) < 0)
				fail_msg("%s: %s", path, err);
			files++;
			free(text);
			free(path);
		}
		closedir(d);
		assert_true(files > 0);
		for (int k = 0; reply_kinds[k]; k++) {
			char *path =
			    xasprintf("%s/%s.txt", dir, reply_kinds[k]);
			char *text = slurp(path, NULL);
			if (text == NULL)
				fail_msg("%s: missing", path);
			assert_true(strncmp(text, "Subject: ", 9) == 0);
			free(text);
			free(path);
		}
		free(dir);
	}
}

/* ---- hostile input ------------------------------------------------------ */

static char *hostile_long; /* 2,000 characters */

static const char *hostile_names[] = {
    "Voorbeeld\r\nBcc: evil@example.net\r\n\r\nX-Evil: 1",
    "Voorbeeld\nX-Evil: 1",
    "Voorbeeld\rX-Evil: 1",
    "Voorbeeld\0Bcc: evil@example.net", /* what C sees stops at NUL */
    "Voorbeeld\xc0\x80 Overlong NUL",
    "\"Voorbeeld\" <evil@example.net>, 'Deelnemer'; \\ (x) :",
    "=?UTF-8?Q?Evil=0D=0ABcc:_evil@example.net?=",
    "\xd9\x85\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83 \xd8\xaa\xd8\xac\xd8\xb1\xd9"
    "\x8a\xd8\xa8\xd9\x8a",					    /* Arabic */
    "\xe7\xa4\xba\xe4\xbe\x8b\xe5\x8f\x82\xe5\x8a\xa0\xe8\x80\x85", /* CJK */
    "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb5\xd1\x80 \xd0\xa3\xd1\x87"
    "\xd0\xb0\xd1\x81\xd1\x82\xd0\xbd\xd0\xb8\xd0\xba", /* Cyrillic */
    "\xe2\x80\xae\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\xac \xf0\x9f\x98"
    "\x80 e\xcc\x81", /* RLO, Hebrew, emoji, combining accent */
    "a\x1b[31mRood\x1b[0m\x07\x08\x7f\xc2\x9b",
    "<script>alert(1)</script> & \"x\"",
    NULL, /* hostile_long */
};

static void
hostile_reg(struct reg *r, const char *name, const char *org)
{
	memset(r, 0, sizeof *r);
	r->code = xstrdup("7KQ2M-X9H4D");
	r->f[RF_NAME] = xstrdup(name);
	r->f[RF_EMAIL] = xstrdup("deelnemer@example.org");
	r->f[RF_ORGANISATION] = xstrdup(org);
	r->f[RF_ROLE] = xstrdup(name);
	r->f[RF_INVOICE_ADDRESS] = xstrdup(org);
	r->f[RF_INVOICE_REFERENCE] = xstrdup(name);
	r->pool = xstrdup("organisaties");
	r->status = xstrdup("confirmed");
}

static void
test_hostile(void **state)
{
	(void)state;
	static const char *const kinds[] = {
	    "confirmation", "substitution-new", "substitution-old",
	    "cancelled",    "overview",		"forward",
	    "received",	    "code-needed"};
	size_t nnames = NELEM(hostile_names);
	hostile_names[nnames - 1] = hostile_long;
	for (size_t k = 0; k < NELEM(kinds); k++)
		for (size_t i = 0; i < nnames; i++)
			for (size_t l = 0; l < NELEM(langs); l++) {
				const char *name = hostile_names[i];
				const char *org =
				    hostile_names[(i + 3) % nnames];
				struct reg r;
				hostile_reg(&r, name, org);
				struct tmpl_value *v =
				    reply_vars(&cfg, langs[l]);
				reply_vars_reg(v, &cfg, &r, langs[l]);
				tmpl_map_set(v, "had_seat", tmpl_bool(1));
				tmpl_map_set_str(v, "old_name", name);
				tmpl_map_set_str(v, "new_name", name);
				tmpl_map_set_str(v, "new_email", org);
				tmpl_map_set_str(v, "subject", name);
				tmpl_map_set_str(v, "from", org);
				tmpl_map_set_str(v, "text", name);
				tmpl_map_set_str(v, "status", org);
				struct tmpl_value *people = tmpl_list();
				tmpl_list_add(people,
					      reply_person(&cfg, &r, langs[l]));
				tmpl_map_set(v, "people", people);
				struct reply rp = {
				    .kind = kinds[k],
				    .lang = langs[l],
				    .to_name = name,
				    .to_addr = "deelnemer@example.org",
				    .key = "hostile:1",
				    .in_reply_to = "<voorbeeld.1@example.org>",
				    .references = org,
				    .vars = v,
				};
				size_t len;
				char *msg = build(&rp, &len);
				struct parsed p;
				parse_back(msg, len, &p);
				/* the header set never changes with the
				 * data: compare with a plain name */
				struct reply plain = rp;
				plain.to_name = "Voorbeeld Deelnemer";
				plain.references = NULL;
				size_t pl;
				char *pm = build(&plain, &pl);
				char pn[512];
				raw_checks(pm, pl, pn, sizeof pn);
				assert_string_equal(p.names, pn);
				free(pm);
				/* nothing injected into the header block
				 * (the body may show a name's lines) */
				char *head = xstrndup(
				    msg,
				    (size_t)(strstr(msg, "\r\n\r\n") - msg));
				assert_null(strstr(head, "\r\nBcc:"));
				assert_null(strstr(head, "\r\nX-Evil:"));
				free(head);
				assert_string_equal(p.to_addr,
						    "deelnemer@example.org");
				/* the display name a reader sees: the
				 * cleaned name, at most 200 bytes */
				char *cn = compose_clean_header_text(name);
				assert_true(strlen(p.to_name) <= 200);
				assert_true(strncmp(p.to_name, cn,
						    strlen(p.to_name)) == 0);
				free(cn);
				/* no escape or control reaches the body */
				for (const char *q = p.text; *q; q++)
					assert_true((unsigned char)*q >= 0x20 ||
						    *q == '\r' || *q == '\n' ||
						    *q == '\t');
				assert_null(strstr(p.text, "\xc2\x9b"));
				if (p.html)
					assert_null(strstr(p.html, "<script"));
				if (p.ics) {
					icalcomponent *cal =
					    icalparser_parse_string(p.ics);
					assert_non_null(cal);
					assert_int_equal(
					    icalcomponent_count_errors(cal), 0);
					icalcomponent_free(cal);
					assert_null(
					    strstr(p.ics, "\r\nX-Evil"));
				}
				parsed_free(&p);
				free(msg);
				tmpl_value_free(v);
				reg_clear(&r);
			}
}

/* ---- calendars by kind --------------------------------------------------- */

static void
test_calendar_choice(void **state)
{
	(void)state;
	struct reg r;
	hostile_reg(&r, "Voorbeeld Deelnemer", "Stichting Voorbeeld");
	struct tmpl_value *v = reply_vars(&cfg, "nl");
	reply_vars_reg(v, &cfg, &r, "nl");
	struct reply rp = {.kind = "cancelled",
			   .lang = "nl",
			   .to_name = "Voorbeeld Deelnemer",
			   .to_addr = "deelnemer@example.org",
			   .key = "cancelled:1",
			   .vars = v};
	struct parsed p;
	size_t len;
	char *msg;

	/* a waitlisted person who cancels had no calendar to cancel */
	msg = build(&rp, &len);
	parse_back(msg, len, &p);
	assert_null(p.ics);
	parsed_free(&p);
	free(msg);

	/* the store's sequences */
	tmpl_map_set(v, "had_seat", tmpl_bool(1));
	const struct calendar_seq seq[] = {{1, 1}, {2, 1}, {3, 3}, {4, 1}};
	struct calendar_req cr = {
	    .method = CALENDAR_CANCEL, .seq = seq, .nseq = NELEM(seq)};
	rp.calendar = &cr;
	msg = build(&rp, &len);
	parse_back(msg, len, &p);
	assert_non_null(p.ics);
	assert_non_null(strstr(p.ics, "UID:7kq2m-x9h4d-day3@example.org\r\n"
				      "DTSTAMP:20100501T080000Z\r\n"
				      "SEQUENCE:3\r\n"));
	assert_non_null(strstr(p.ics, "ATTENDEE;CN=Voorbeeld Deelnemer:"
				      "mailto:deelnemer@example.org\r\n"));
	parsed_free(&p);
	free(msg);

	/* none at all */
	cr.method = CALENDAR_NONE;
	msg = build(&rp, &len);
	parse_back(msg, len, &p);
	assert_null(p.ics);
	parsed_free(&p);
	free(msg);

	/* a reminder-like kind with one day */
	struct calendar_req one = {.method = CALENDAR_PUBLISH, .only_day = 2};
	rp.kind = "status";
	rp.calendar = &one;
	msg = build(&rp, &len);
	parse_back(msg, len, &p);
	assert_non_null(p.ics);
	assert_non_null(strstr(p.ics, "-day2@example.org"));
	assert_null(strstr(p.ics, "-day1@example.org"));
	parsed_free(&p);
	free(msg);

	/* a rate-limit notice stands in for anything: no calendar */
	rp.kind = "ratelimit";
	msg = build(&rp, &len);
	parse_back(msg, len, &p);
	assert_null(p.ics);
	parsed_free(&p);
	free(msg);

	/* without a code a calendar cannot be made: a clear error */
	tmpl_map_set_str(v, "code", NULL);
	rp.kind = "cancelled";
	cr.method = CALENDAR_CANCEL;
	rp.calendar = &cr;
	struct buf out;
	buf_init(&out, 1 << 20);
	char *err = NULL;
	assert_int_equal(reply_build(&cfg, &rp, now, &out, &err), -1);
	assert_non_null(strstr(err, "code"));
	free(err);
	buf_free(&out);
	tmpl_value_free(v);
	reg_clear(&r);
}

/* ---- regbot preview ------------------------------------------------------ */

static char *
run_preview(int argc, const char **argv, int want_rc, size_t *len)
{
	char *out = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&out, &n);
	assert_non_null(fp);
	int rc = preview_run(&cfg, argc, (char **)argv, now, fp);
	fclose(fp);
	assert_int_equal(rc, want_rc);
	if (len)
		*len = n;
	return out;
}

/* --raw prints the golden bytes; the default prints them decoded. */
static void
test_preview_cli(void **state)
{
	(void)state;
	const char *raw[] = {"preview", "confirmation", "--lang", "en",
			     "--raw"};
	size_t len;
	char *msg = run_preview(5, raw, 0, &len);
	char *path = xasprintf("%s/tests/golden/en/confirmation.eml", root);
	size_t glen;
	char *golden = slurp(path, &glen);
	assert_non_null(golden);
	assert_int_equal(len, glen);
	assert_memory_equal(msg, golden, len);
	free(golden);
	free(path);
	free(msg);

	const char *dec[] = {"preview", "confirmation", "--lang=nl"};
	msg = run_preview(3, dec, 0, NULL);
	assert_non_null(strstr(msg, "\nSubject: Bevestiging aanmelding Almere: "
				    "Sociale ambities in een groeiende stad "
				    "[7KQ2M-X9H4D]\n"));
	assert_non_null(strstr(msg, "\nBeste Voorbeeld Deelnemer,\n"));
	assert_non_null(strstr(msg, "Meldt u zich af v\xc3\xb3\xc3\xb3r "));
	assert_non_null(strstr(msg, "\nBEGIN:VCALENDAR\n"));
	assert_non_null(strstr(msg, "<p>Beste Voorbeeld Deelnemer,</p>"));
	assert_null(strstr(msg, "=C3")); /* nothing left encoded */
	free(msg);

	const char *set[] = {"preview", "cancelled", "--set", "fee_due=true"};
	msg = run_preview(4, set, 0, NULL);
	assert_non_null(strstr(msg, "blijft de bijdrage van EUR 1.000,00"));
	free(msg);

	const char *bad1[] = {"preview", "nonsense"};
	free(run_preview(2, bad1, 2, NULL));
	const char *bad2[] = {"preview", "confirmation", "--lang", "de"};
	free(run_preview(4, bad2, 2, NULL));
	const char *bad3[] = {"preview"};
	free(run_preview(1, bad3, 2, NULL));
	const char *bad4[] = {"preview", "waitlist", "--set", "novalue"};
	free(run_preview(4, bad4, 2, NULL));
}

/* ---- smaller functions ----------------------------------------------------
 */

static void
test_vars(void **state)
{
	(void)state;
	static const struct {
		const char *status, *lang;
		long pos;
		const char *want;
	} t[] = {
	    {"confirmed", "nl", 0, "plaats bevestigd"},
	    {"confirmed", "en", 0, "seat confirmed"},
	    {"waitlisted", "nl", 3, "op de wachtlijst (plaats 3)"},
	    {"waitlisted", "en", 0, "on the waiting list"},
	    {"cancelled", "nl", 0, "afgemeld"},
	    {"incomplete", "en", 0, "registration not complete yet"},
	    {"offered", "nl", 0, "offered"},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		char *s = reply_status_text(t[i].status, t[i].pos, t[i].lang);
		assert_string_equal(s, t[i].want);
		free(s);
	}
	struct reg r;
	hostile_reg(&r, "Een\r\n  Twee\x1b", "Regel 1\r\nRegel 2\n\n3");
	struct tmpl_value *v = reply_person(&cfg, &r, "nl");
	struct buf b;
	buf_init(&b, 4096);
	assert_int_equal(tmpl_render("{{name}}|{{invoice_address}}|{{fee}}|"
				     "{{status_text}}",
				     v, NULL, NULL, TMPL_ESCAPE_NONE, &b, NULL),
			 0);
	assert_string_equal(buf_str(&b), "Een Twee|Regel 1, Regel 2, 3|"
					 "EUR 1.000,00|plaats bevestigd");
	buf_free(&b);
	tmpl_value_free(v);
	reg_clear(&r);
	assert_true(reply_var_known("offer_deadline"));
	assert_true(reply_var_known("people"));
	assert_true(reply_var_known("> programme"));
	assert_false(reply_var_known("nonsense"));

	/* an absent HTML template is no error */
	buf_init(&b, 4096);
	char *err = NULL;
	assert_int_equal(
	    reply_render(&cfg, "nl", "waitlist", 1, NULL, &b, &err), 1);
	assert_null(err);
	assert_int_equal(
	    reply_render(&cfg, "nl", "nonexistent", 0, NULL, &b, &err), -1);
	assert_non_null(err);
	free(err);
	buf_free(&b);
}

int
main(void)
{
	struct buf lb;
	buf_init(&lb, 1 << 16);
	for (int i = 0; i < 2000; i++)
		buf_adds(&lb, i % 3 == 0 ? "\xc3\xa9" : i % 3 == 1 ? "x" : " ");
	hostile_long = buf_detach(&lb);

	size_t nk = 0;
	while (reply_kinds[nk])
		nk++;
	for (size_t l = 0; l < NELEM(langs); l++)
		for (size_t k = 0; k < nk && ngcases < NELEM(gcases); k++) {
			struct gcase *g = &gcases[ngcases++];
			g->kind = reply_kinds[k];
			g->lang = langs[l];
			snprintf(g->name, sizeof g->name, "golden_%s_%s",
				 g->lang, g->kind);
		}
	static const struct CMUnitTest fixed[] = {
	    cmocka_unit_test(test_golden_complete),
	    cmocka_unit_test(test_templates),
	    cmocka_unit_test(test_hostile),
	    cmocka_unit_test(test_calendar_choice),
	    cmocka_unit_test(test_vars),
	    cmocka_unit_test(test_preview_cli),
	};
	size_t n = ngcases + NELEM(fixed);
	struct CMUnitTest *tests = xcalloc(n, sizeof *tests);
	for (size_t i = 0; i < ngcases; i++) {
		tests[i].name = gcases[i].name;
		tests[i].test_func = run_golden;
		tests[i].initial_state = &gcases[i];
	}
	memcpy(tests + ngcases, fixed, sizeof fixed);
	int rc = _cmocka_run_group_tests("reply", tests, n, setup, teardown);
	free(tests);
	free(hostile_long);
	return rc;
}
