/*
 * bounce — see bounce.h.
 *
 * Which mail is a bounce.  A delivery status notification is known by
 * its structure: a multipart/report of report-type delivery-status, or a
 * message/delivery-status part.  A plain-text bounce needs two signals:
 * one only machines send (the null return path, a mailer-daemon or
 * postmaster sender, Auto-Submitted, X-Failed-Recipients, a report) and
 * the words of a delivery failure in the subject or the opening of a
 * known bounce text.  A person who writes "undeliverable" in a mail has
 * the words but never the machine signal, so a person's mail is never
 * taken for a bounce.
 *
 * What a DSN says is read from its fields (libetpan parses their syntax,
 * folding included); a DSN without per-recipient fields (some Exchange
 * servers) and the plain-text bounces are read from the notification's
 * lines: "<address>: reason" (qmail, Postfix, sendmail), the lines after
 * "the following address(es) failed:" and its like (Exim, Exchange,
 * Domino, webmail), "Your message to ADDRESS couldn't be delivered", and
 * X-Failed-Recipients.
 *
 * Bounds: the MIME walk stops at 20 levels and 200 parts (the caller's
 * message_parse has checked the same before), at most BOUNCE_MAX_RCPT
 * recipients and 1,000 report blocks are read, notification lines are
 * read up to 4,000, a diagnostic is cut at BOUNCE_DIAG_MAX bytes.
 */
#include "bounce.h"

#include <ctype.h>
#include <libetpan/libetpan.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { WALK_DEPTH = 20, WALK_PARTS = 200, DSN_BLOCKS = 1000 };
enum { TEXT_LINES = 4000 };

/* ---- which mail is a bounce ---- */

static int
local_part_is(const char *addr, const char *name)
{
	const char *at = addr ? strchr(addr, '@') : NULL;
	size_t n = strlen(name);
	return at && (size_t)(at - addr) == n && !strncasecmp(addr, name, n);
}

/* A signal only machines send (see the head of this file).  lists: a
 * header only list and robot software sends counts too (it is enough
 * with a known bounce text, not with subject words alone). */
static int
machine_mail(const struct message *m, int xfailed, int lists)
{
	static const char *const senders[] = {
	    "mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon",
	    "mdaemon",	     "mailadmin",  NULL};
	if (m->is_report || xfailed || (lists && m->robot_header))
		return 1;
	if (m->return_path && m->return_path[0] == '\0')
		return 1;
	if (m->auto_submitted && strcasecmp(m->auto_submitted, "no") != 0)
		return 1;
	for (int i = 0; m->from_addr && senders[i]; i++)
		if (local_part_is(m->from_addr, senders[i]))
			return 1;
	return 0;
}

static const char *const subject_words[] = {"undeliverable",
					    "undelivered mail",
					    "undelivered message",
					    "delivery status notification",
					    "delivery failure",
					    "delivery failed",
					    "delivery has failed",
					    "delivery delayed",
					    "delivery notification",
					    "mail delivery failed",
					    "mail delivery system",
					    "returned mail",
					    "returned to sender",
					    "failure notice",
					    "could not send message",
					    "message not delivered",
					    "not delivered",
					    "delayed mail",
					    "warning: message",
					    "onbestelbaar",
					    "niet bezorgd",
					    "niet afgeleverd",
					    "kan niet worden bezorgd",
					    "vertraagd",
					    "unzustellbar",
					    "non remis",
					    NULL};

/* The opening words of each family's notification. */
static const struct {
	const char *words, *format;
} families[] = {
    {"created automatically by mail delivery software", "exim"},
    {"this is the qmail-send program", "qmail"},
    {"this is the mail system at host", "postfix"},
    {"this is the postfix program at host", "postfix"},
    {"the original message was received at", "sendmail"},
    {"----- transcript of session follows -----", "sendmail"},
    {"following addresses had permanent fatal errors", "sendmail"},
    {"delivery has failed to these recipients or groups", "exchange"},
    {"de bezorging is mislukt voor deze ontvangers of groepen", "exchange"},
    {"your message couldn't be delivered", "exchange"},
    {"couldn't be delivered", "exchange"},
    {"did not reach some or all of the intended recipients", "exchange"},
    {"heeft sommige of alle beoogde ontvangers niet bereikt", "exchange"},
    {"uw bericht kan niet worden bezorgd", "exchange"},
    {"kan niet worden bezorgd aan", "exchange"},
    {"was not delivered to:", "domino"},
    {"delivery to the following recipient", "gmail"},
    {"your message wasn't delivered to", "gmail"},
    {"message not delivered", "gmail"},
    {"could not be delivered to one or more recipients", "other"},
    {"could not be delivered to the following", "other"},
    {"following address(es) failed", "other"},
    {"has not yet been delivered to", "other"},
};

/* Lines that start the copy of the returned message in a text. */
static const char *const copy_markers[] = {
    "------ this is a copy of the message",
    "------ this is a copy of the body of the message",
    "--- below this line is a copy of the message",
    "----- original message follows -----",
    "------ unsent message follows ------",
    "----- unsent message follows -----",
    "----- message header follows -----",
    "----- the original message follows",
    "-------- forwarded message --------", /* message.c's rendering */
    "----- original message -----",
    "original message headers:",
    "oorspronkelijke berichtkoppen:",
    NULL};

/* Lines after which the failed addresses follow. */
static const char *const anchors[] = {"following address(es) failed",
				      "following address failed",
				      "following addresses failed",
				      "following recipient failed",
				      "following recipients failed",
				      "failed to these recipients or groups",
				      "mislukt voor deze ontvangers of groepen",
				      "had permanent fatal errors",
				      "was not delivered to:",
				      "could not be delivered to the following",
				      "niet worden bezorgd aan de volgende",
				      "not delivered to the following",
				      "has not yet been delivered is:",
				      "have not yet been delivered are:",
				      "to the following recipients:",
				      NULL};

/* Lines that name the failed address themselves. */
static const char *const same_line[] = {
    "couldn't be delivered",   "could not be delivered to",
    "wasn't delivered to",     "was not delivered to",
    "kon niet worden bezorgd", "kan niet worden bezorgd aan",
    "niet bezorgd aan",	       NULL};

/* A text that says delivery is still being tried. */
static const char *const delay_words[] = {"has not yet been delivered",
					  "have not yet been delivered",
					  "will be retried",
					  "will retry",
					  "will continue trying",
					  "still trying",
					  "warning only",
					  "delivery delayed",
					  "delayed",
					  "vertraagd",
					  "nog niet bezorgd",
					  "nog niet afgeleverd",
					  NULL};

static int
any_in(const char *s, const char *const *words)
{
	for (int i = 0; s && words[i]; i++)
		if (str_casestr(s, words[i]))
			return 1;
	return 0;
}

/* ---- small text helpers ---- */

/* Bounded length of a line starting at p (up to '\n' or end). */
static size_t
line_len(const char *p)
{
	return strcspn(p, "\n");
}

/* 1 when line p[0..n) contains `word` (ASCII case free). */
static int
line_has(const char *p, size_t n, const char *word)
{
	size_t w = strlen(word);
	for (size_t i = 0; i + w <= n; i++)
		if (!strncasecmp(p + i, word, w))
			return 1;
	return 0;
}

static int
line_blank(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)p[i]))
			return 0;
	return 1;
}

static int
local_char(unsigned char c)
{
	return isalnum(c) || (c && strchr(".!#$%&'*+/=?^_`{|}~-", c));
}

static int
domain_char(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.';
}

/* The first mail address in s[0..n), lower case (caller frees); *start
 * is its offset.  NULL when there is none. */
static char *
find_addr(const char *s, size_t n, size_t *start)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '@')
			continue;
		size_t a = i;
		while (a > 0 && local_char((unsigned char)s[a - 1]))
			a--;
		while (a < i && s[a] == '.')
			a++;
		size_t e = i + 1;
		while (e < n && domain_char((unsigned char)s[e]))
			e++;
		while (e > i + 1 && (s[e - 1] == '.' || s[e - 1] == '-'))
			e--;
		if (a == i || e == i + 1 ||
		    memchr(s + i + 1, '.', e - i - 1) == NULL)
			continue;
		if (start)
			*start = a;
		char *r = xstrndup(s + a, e - a);
		str_lower(r);
		return r;
	}
	return NULL;
}

/* The first enhanced status code "4.x.x" or "5.x.x" in s[0..n), into
 * out.  0 when there is none. */
static int
find_status(const char *s, size_t n, char out[16])
{
	for (size_t i = 0; i + 4 < n; i++) {
		if ((s[i] != '4' && s[i] != '5') || s[i + 1] != '.')
			continue;
		if (i > 0 &&
		    (isdigit((unsigned char)s[i - 1]) || s[i - 1] == '.'))
			continue;
		size_t j = i + 2, d = 0;
		while (j < n && d < 3 && isdigit((unsigned char)s[j]))
			j++, d++;
		if (d == 0 || j >= n || s[j] != '.')
			continue;
		j++;
		d = 0;
		while (j < n && d < 3 && isdigit((unsigned char)s[j]))
			j++, d++;
		if (d == 0 || (j < n && (isdigit((unsigned char)s[j]) ||
					 (s[j] == '.' && j + 1 < n &&
					  isdigit((unsigned char)s[j + 1])))))
			continue;
		memcpy(out, s + i, j - i);
		out[j - i] = '\0';
		return 1;
	}
	return 0;
}

/* The class (4 or 5) of the first SMTP reply code in s[0..n): three
 * digits on their own, followed by a space or '-'.  0 when none. */
static int
find_smtp_class(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++) {
		if ((s[i] != '4' && s[i] != '5') ||
		    !isdigit((unsigned char)s[i + 1]) ||
		    !isdigit((unsigned char)s[i + 2]))
			continue;
		if (i > 0 && (isalnum((unsigned char)s[i - 1]) ||
			      s[i - 1] == '.' || s[i - 1] == '-'))
			continue;
		if (s[i + 3] == ' ' || s[i + 3] == '-')
			return s[i] - '0';
	}
	return 0;
}

/* A header value as one clean line: decoded, white space collapsed,
 * at most `max` bytes (cut at a character boundary).  Caller frees. */
static char *
one_line(const char *v, size_t max)
{
	char *d = message_decode_header(v ? v : "");
	size_t o = 0;
	for (size_t i = 0; d[i]; i++) {
		unsigned char c = (unsigned char)d[i];
		if (isspace(c)) {
			if (o > 0 && d[o - 1] != ' ')
				d[o++] = ' ';
			continue;
		}
		d[o++] = (char)c;
	}
	while (o > 0 && d[o - 1] == ' ')
		o--;
	if (o > max) {
		o = max;
		while (o > 0 && ((unsigned char)d[o] & 0xc0) == 0x80)
			o--;
	}
	d[o] = '\0';
	return d;
}

/* ---- the recipients ---- */

static struct bounce_rcpt *
rcpt_find(struct bounce *b, const char *addr)
{
	for (size_t i = 0; addr && i < b->nrcpt; i++)
		if (b->rcpt[i].address && !strcmp(b->rcpt[i].address, addr))
			return &b->rcpt[i];
	return NULL;
}

/* A new recipient (address taken over, may be NULL), or NULL when the
 * list is full. */
static struct bounce_rcpt *
rcpt_add(struct bounce *b, char *addr)
{
	if (b->nrcpt >= BOUNCE_MAX_RCPT) {
		free(addr);
		return NULL;
	}
	struct bounce_rcpt *r = &b->rcpt[b->nrcpt++];
	memset(r, 0, sizeof *r);
	r->address = addr;
	return r;
}

/* Permanence from what is known: the status, else the SMTP reply code
 * in the diagnostic, else `dflt`. */
static void
rcpt_judge(struct bounce_rcpt *r, int dflt)
{
	int cls = r->status ? r->status[0] - '0' : 0;
	if (cls == 0 && r->diagnostic)
		cls = find_smtp_class(r->diagnostic, strlen(r->diagnostic));
	r->permanent = cls == 5 ? 1 : cls == 4 ? 0 : dflt;
	if (r->delayed)
		r->permanent = 0;
}

/* ---- MIME ---- */

static void
content_type(struct mailmime *mm, const char **type, const char **sub)
{
	struct mailmime_content *ct = mm->mm_content_type;
	*type = "text";
	*sub = "plain";
	if (ct == NULL || ct->ct_type == NULL)
		return;
	struct mailmime_type *t = ct->ct_type;
	if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE &&
	    t->tp_data.tp_discrete_type) {
		int k = t->tp_data.tp_discrete_type->dt_type;
		*type = k == MAILMIME_DISCRETE_TYPE_TEXT ? "text" : "other";
	} else if (t->tp_type == MAILMIME_TYPE_COMPOSITE_TYPE &&
		   t->tp_data.tp_composite_type) {
		int k = t->tp_data.tp_composite_type->ct_type;
		*type = k == MAILMIME_COMPOSITE_TYPE_MESSAGE	 ? "message"
			: k == MAILMIME_COMPOSITE_TYPE_MULTIPART ? "multipart"
								 : "other";
	}
	*sub = ct->ct_subtype ? ct->ct_subtype : "";
}

/* A Content-Type parameter's raw value (borrowed), or NULL. */
static const char *
ct_param(struct mailmime *mm, const char *name)
{
	if (mm->mm_content_type == NULL ||
	    mm->mm_content_type->ct_parameters == NULL)
		return NULL;
	for (clistiter *it = clist_begin(mm->mm_content_type->ct_parameters);
	     it; it = clist_next(it)) {
		struct mailmime_parameter *p = clist_content(it);
		if (p->pa_name && p->pa_value && !strcasecmp(p->pa_name, name))
			return p->pa_value;
	}
	return NULL;
}

/* A part's bytes with the transfer encoding undone; caller frees (NUL
 * after the end), *n the length. */
static char *
part_bytes(struct mailmime *mm, const struct mailmime_data *d, size_t *n)
{
	*n = 0;
	if (d == NULL || d->dt_type != MAILMIME_DATA_TEXT ||
	    d->dt_data.dt_text.dt_data == NULL)
		return xstrdup("");
	const char *src = d->dt_data.dt_text.dt_data;
	size_t len = d->dt_data.dt_text.dt_length;
	int enc = d->dt_encoding;
	if (mm->mm_mime_fields)
		enc = mailmime_transfer_encoding_get(mm->mm_mime_fields);
	char *out = NULL;
	if (d->dt_encoded && (enc == MAILMIME_MECHANISM_BASE64 ||
			      enc == MAILMIME_MECHANISM_QUOTED_PRINTABLE)) {
		/* libetpan's quoted-printable decoder reads two bytes past a
		 * final '=' (see message.c): decode a zero-padded copy. */
		char *pad = xcalloc(len + 4, 1);
		memcpy(pad, src, len);
		size_t idx = 0, dlen = 0;
		char *dec = NULL;
		if (mailmime_part_parse(pad, len, &idx, enc, &dec, &dlen) ==
			MAILIMF_NO_ERROR &&
		    dec) {
			out = xmalloc(dlen + 1);
			memcpy(out, dec, dlen);
			out[dlen] = '\0';
			*n = dlen;
		}
		if (dec)
			mailmime_decoded_part_free(dec);
		free(pad);
	}
	if (out == NULL) {
		out = xmalloc(len + 1);
		memcpy(out, src, len);
		out[len] = '\0';
		*n = len;
	}
	return out;
}

struct scan {
	int parts;
	int dsn_report;	  /* report-type delivery-status */
	int other_report; /* a report of another type (receipt, abuse) */
	char *dsn;	  /* the first delivery-status part */
	size_t dsnlen;
	char *ret; /* the first returned message or header block */
	size_t retlen;
};

static int
is_sub(const char *sub, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (!strcasecmp(sub, list[i]))
			return 1;
	return 0;
}

static void
scan(struct scan *s, struct mailmime *mm, int depth)
{
	static const char *const dsn_subs[] = {"delivery-status",
					       "global-delivery-status", NULL};
	/* message/rfc822 is a single part when it has a transfer encoding
	 * (libetpan parses it as a message only without one) */
	static const char *const copy_subs[] = {
	    "rfc822-headers", "global-headers", "global", "rfc822", NULL};
	if (mm == NULL || depth > WALK_DEPTH || ++s->parts > WALK_PARTS)
		return;
	const char *type, *sub;
	content_type(mm, &type, &sub);
	if (mm->mm_type == MAILMIME_MULTIPLE) {
		if (!strcasecmp(sub, "report")) {
			const char *rt = ct_param(mm, "report-type");
			if (rt && is_sub(rt, dsn_subs))
				s->dsn_report = 1;
			else if (rt)
				s->other_report = 1;
		}
		for (clistiter *it =
			 clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
		     it; it = clist_next(it))
			scan(s, clist_content(it), depth + 1);
		return;
	}
	if (mm->mm_type == MAILMIME_MESSAGE) {
		/* the returned message: never looked into for reports */
		if (s->ret == NULL)
			s->ret = part_bytes(mm, mm->mm_body, &s->retlen);
		return;
	}
	if (mm->mm_type != MAILMIME_SINGLE)
		return;
	const struct mailmime_data *d = mm->mm_data.mm_single;
	if (!strcasecmp(type, "message") && is_sub(sub, dsn_subs)) {
		if (s->dsn == NULL)
			s->dsn = part_bytes(mm, d, &s->dsnlen);
	} else if ((!strcasecmp(type, "message") ||
		    !strcasecmp(type, "text")) &&
		   is_sub(sub, copy_subs)) {
		if (s->ret == NULL)
			s->ret = part_bytes(mm, d, &s->retlen);
	}
}

/* The values of X-Failed-Recipients in the top header, ", "-joined;
 * caller frees, NULL when absent. */
static char *
failed_recipients(struct mailmime *root)
{
	if (root == NULL || root->mm_type != MAILMIME_MESSAGE ||
	    root->mm_data.mm_message.mm_fields == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, 64 << 10);
	clist *l = root->mm_data.mm_message.mm_fields->fld_list;
	for (clistiter *it = l ? clist_begin(l) : NULL; it;
	     it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		if (f->fld_type != MAILIMF_FIELD_OPTIONAL_FIELD)
			continue;
		struct mailimf_optional_field *o =
		    f->fld_data.fld_optional_field;
		if (o->fld_name && o->fld_value &&
		    !strcasecmp(o->fld_name, "X-Failed-Recipients")) {
			if (b.len)
				buf_adds(&b, ", ");
			buf_adds(&b, o->fld_value);
		}
	}
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* ---- the delivery status fields (RFC 3464) ---- */

/* "rfc822; Name@Example.org" -> "name@example.org"; NULL without one. */
static char *
dsn_addr(const char *v)
{
	const char *semi = strchr(v, ';');
	const char *a = semi ? semi + 1 : v;
	return find_addr(a, strlen(a), NULL);
}

struct dsn_fields {
	char *final, *original, *action, *status, *diag, *mta;
};

static void
dsn_fields_free(struct dsn_fields *f)
{
	free(f->final);
	free(f->original);
	free(f->action);
	free(f->status);
	free(f->diag);
	free(f->mta);
}

static void
set_once(char **dst, char *v)
{
	if (*dst == NULL)
		*dst = v;
	else
		free(v);
}

static void
dsn_field(struct dsn_fields *d, const char *name, const char *value)
{
	if (!strcasecmp(name, "Final-Recipient"))
		set_once(&d->final, dsn_addr(value));
	else if (!strcasecmp(name, "Original-Recipient"))
		set_once(&d->original, dsn_addr(value));
	else if (!strcasecmp(name, "Action")) {
		char *a = one_line(value, 32);
		a[strcspn(a, " (;")] = '\0';
		str_lower(a);
		set_once(&d->action, a);
	} else if (!strcasecmp(name, "Status")) {
		char st[16];
		char *v = one_line(value, 64);
		if (find_status(v, strlen(v), st) &&
		    !strncmp(v, st, strlen(st)))
			set_once(&d->status, xstrdup(st));
		free(v);
	} else if (!strcasecmp(name, "Diagnostic-Code")) {
		const char *semi = strchr(value, ';');
		set_once(&d->diag,
			 one_line(semi ? semi + 1 : value, BOUNCE_DIAG_MAX));
	} else if (!strcasecmp(name, "Reporting-MTA")) {
		const char *semi = strchr(value, ';');
		set_once(&d->mta, one_line(semi ? semi + 1 : value, 255));
	}
}

/* Reads the report's blocks of fields.  *blocks: recipient blocks seen
 * (also those that are no failure, such as "delivered"). */
static void
dsn_read(struct bounce *b, const char *s, size_t n, int *blocks)
{
	size_t i = 0;
	*blocks = 0;
	for (int k = 0; k < DSN_BLOCKS && i < n; k++) {
		size_t j = i;
		while (j < n &&
		       mailimf_crlf_parse(s, n, &j) == MAILIMF_NO_ERROR)
			i = j;
		if (i >= n)
			break;
		struct mailimf_fields *f = NULL;
		size_t before = i;
		if (mailimf_optional_fields_parse(s, n, &i, &f) !=
			MAILIMF_NO_ERROR ||
		    i == before) {
			if (f)
				mailimf_fields_free(f);
			/* not a field: go on after this line */
			const char *nl = memchr(s + before, '\n', n - before);
			if (nl == NULL)
				break;
			i = (size_t)(nl - s) + 1;
			continue;
		}
		struct dsn_fields d = {0};
		for (clistiter *it = clist_begin(f->fld_list); it;
		     it = clist_next(it)) {
			struct mailimf_field *fld = clist_content(it);
			struct mailimf_optional_field *o =
			    fld->fld_data.fld_optional_field;
			if (fld->fld_type == MAILIMF_FIELD_OPTIONAL_FIELD &&
			    o->fld_name && o->fld_value)
				dsn_field(&d, o->fld_name, o->fld_value);
		}
		mailimf_fields_free(f);
		if (d.mta && b->reporting_mta == NULL)
			b->reporting_mta = xstrdup(d.mta);
		if (d.final || d.original) {
			++*blocks;
			int failed = d.action && !strcmp(d.action, "failed");
			int delayed = d.action && !strcmp(d.action, "delayed");
			if (d.action == NULL && d.status)
				failed = 1; /* no Action: the status says */
			struct bounce_rcpt *r = NULL;
			if ((failed || delayed) &&
			    rcpt_find(b, d.original ? d.original : d.final) ==
				NULL)
				r = rcpt_add(b, xstrdup(d.original ? d.original
								   : d.final));
			if (r) {
				if (d.original && d.final &&
				    strcmp(d.original, d.final))
					r->final = xstrdup(d.final);
				char st[16];
				r->status =
				    d.status ? xstrdup(d.status)
				    : d.diag && find_status(d.diag,
							    strlen(d.diag), st)
					? xstrdup(st)
					: NULL;
				r->diagnostic = d.diag ? xstrdup(d.diag) : NULL;
				r->delayed = delayed;
				rcpt_judge(r, 1);
			}
		}
		dsn_fields_free(&d);
	}
}

/* ---- plain-text bounces ---- */

/* The line's first word is an address ("a@x", "<a@x>", "a@x (a@x)",
 * "Name <a@x>" is not): the address, else NULL. */
static char *
leading_addr(const char *p, size_t n)
{
	size_t i = 0;
	while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '<' ||
			 p[i] == '"' || p[i] == '\''))
		i++;
	size_t start = 0;
	char *a = find_addr(p + i, n - i, &start);
	if (a && start != 0) {
		free(a);
		a = NULL;
	}
	return a;
}

/* Appends line p[0..n) to a recipient's diagnostic (bounded). */
static void
add_diag(struct bounce_rcpt *r, const char *p, size_t n)
{
	char *l = xstrndup(p, n);
	char *c = one_line(l, BOUNCE_DIAG_MAX);
	free(l);
	if (*c == '\0') {
		free(c);
		return;
	}
	if (r->diagnostic == NULL) {
		r->diagnostic = c;
		return;
	}
	if (strlen(r->diagnostic) + 1 < BOUNCE_DIAG_MAX) {
		char *j = xasprintf("%s %s", r->diagnostic, c);
		free(r->diagnostic);
		r->diagnostic = one_line(j, BOUNCE_DIAG_MAX);
		free(j);
	}
	free(c);
}

struct tline {
	const char *p;
	size_t n;
};

/* Splits t into at most TEXT_LINES lines (pointers into t); caller
 * frees the array. */
static struct tline *
split_lines(const char *t, size_t *count)
{
	size_t cap = 64, k = 0;
	struct tline *v = xmalloc(cap * sizeof *v);
	for (const char *p = t; *p && k < TEXT_LINES;) {
		size_t n = line_len(p);
		if (k == cap) {
			cap *= 2;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[k].p = p;
		v[k].n = n;
		k++;
		p += n;
		if (*p == '\n')
			p++;
	}
	*count = k;
	return v;
}

static void
text_read(struct bounce *b, const char *notice, const char *xfailed)
{
	size_t nl = 0;
	struct tline *L = split_lines(notice, &nl);
	for (size_t i = 0; i < nl; i++) {
		const char *p = L[i].p;
		size_t n = L[i].n, k = 0;
		while (k < n && (p[k] == ' ' || p[k] == '\t'))
			k++;
		/* "<a@x>: reason" (qmail, Postfix, sendmail) */
		const char *close =
		    k < n && p[k] == '<' ? memchr(p + k, '>', n - k) : NULL;
		if (close && (size_t)(close - p) + 1 < n && close[1] == ':') {
			char *a = find_addr(p + k + 1,
					    (size_t)(close - p) - k - 1, NULL);
			struct bounce_rcpt *r = a && rcpt_find(b, a) == NULL
						    ? rcpt_add(b, a)
						    : NULL;
			if (a && r == NULL)
				free(a);
			if (r) {
				size_t rest = (size_t)(close - p) + 2;
				add_diag(r, p + rest, n - rest);
				/* qmail: the reason on the lines below */
				size_t j = i + 1;
				for (; j < nl && !line_blank(L[j].p, L[j].n);
				     j++)
					add_diag(r, L[j].p, L[j].n);
				i = j - 1;
			}
			continue;
		}
		int anchor = 0;
		for (int w = 0; anchors[w] && !anchor; w++)
			anchor = line_has(p, n, anchors[w]);
		if (!anchor) {
			int said = 0;
			for (int w = 0; same_line[w] && !said; w++)
				said = line_has(p, n, same_line[w]);
			char *a = said ? find_addr(p, n, NULL) : NULL;
			if (a && rcpt_find(b, a) == NULL)
				rcpt_add(b, a);
			else
				free(a);
			continue;
		}
		/* The addresses on the lines after an anchor, each with the
		 * lines below it as its reason; the block ends at a line
		 * after a blank one that neither is indented nor names an
		 * address. */
		struct bounce_rcpt *cur = NULL;
		int blank = 0;
		size_t j = i + 1;
		for (; j < nl; j++) {
			const char *q = L[j].p;
			size_t m = L[j].n;
			if (line_blank(q, m)) {
				blank = 1;
				continue;
			}
			char *a = leading_addr(q, m);
			int indented = q[0] == ' ' || q[0] == '\t';
			size_t t = 0;
			while (t < m && (q[t] == ' ' || q[t] == '\t'))
				t++;
			if (!a && m - t >= 3 && !strncmp(q + t, "---", 3))
				break; /* the next section of the text */
			if (cur && blank && !a && !indented)
				break;
			if (a) {
				struct bounce_rcpt *had = rcpt_find(b, a);
				if (had) {
					free(a);
					cur = had;
				} else
					cur = rcpt_add(b, a);
			} else if (cur)
				add_diag(cur, q, m);
			else if (blank && !indented)
				break; /* nothing named after the anchor */
			blank = 0;
		}
		i = j > i ? j - 1 : i;
	}
	free(L);
	/* X-Failed-Recipients (Exim) */
	for (const char *p = xfailed; p && *p;) {
		size_t start = 0;
		char *a = find_addr(p, strlen(p), &start);
		if (a == NULL)
			break;
		size_t alen = strlen(a);
		if (rcpt_find(b, a) == NULL)
			rcpt_add(b, a);
		else
			free(a);
		p += start + alen;
	}
}

/* Status and permanence of the recipients of a plain-text bounce: their
 * own reason first, then the whole notification. */
static void
text_judge(struct bounce *b, const char *notice)
{
	char st[16];
	int have_st = find_status(notice, strlen(notice), st);
	int delay = any_in(notice, delay_words);
	for (size_t i = 0; i < b->nrcpt; i++) {
		struct bounce_rcpt *r = &b->rcpt[i];
		char own[16];
		if (r->status == NULL && r->diagnostic &&
		    find_status(r->diagnostic, strlen(r->diagnostic), own))
			r->status = xstrdup(own);
		if (r->status == NULL && have_st)
			r->status = xstrdup(st);
		int cls = r->status ? r->status[0] - '0' : 0;
		if (cls == 0 && r->diagnostic)
			cls = find_smtp_class(r->diagnostic,
					      strlen(r->diagnostic));
		if (cls == 0)
			cls = find_smtp_class(notice, strlen(notice));
		r->delayed = cls != 5 && delay;
		r->permanent = cls == 5 ? 1 : cls == 4 ? 0 : !r->delayed;
	}
}

/* ---- what came back ---- */

/* The line of text where a returned copy starts, or NULL. */
static const char *
copy_marker(const char *text)
{
	for (const char *p = text; p && *p;) {
		size_t n = line_len(p);
		for (int w = 0; copy_markers[w]; w++)
			if (line_has(p, n, copy_markers[w]))
				return p;
		p += n;
		if (*p == '\n')
			p++;
	}
	return NULL;
}

static void
read_returned(struct bounce *b, const char *data, size_t len, int inline_copy)
{
	struct message_limits lim = {len + 1, WALK_DEPTH, WALK_PARTS};
	struct message r;
	message_parse(data, len, &lim, &r);
	if (r.set_aside == NULL &&
	    (r.message_id || r.subject || !inline_copy)) {
		b->returned_id = r.message_id;
		r.message_id = NULL;
		b->returned_subject = r.subject;
		r.subject = NULL;
		b->returned_text = r.text;
		r.text = NULL;
	} else if (inline_copy) {
		/* no header: the copy is a text (clean UTF-8 already: it
		 * is a piece of the message's text) */
		b->returned_text = xstrndup(data, len);
	}
	if (b->returned_text == NULL)
		b->returned_text = xstrdup("");
	message_free(&r);
}

/* ---- the whole ---- */

int
bounce_parse(const char *raw, size_t len, const struct message *m,
	     struct bounce *out)
{
	if (out == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	if (raw == NULL || m == NULL)
		return -1;
	if (m->set_aside)
		return 0;
	/* Cheap first: most mail has no machine signal at all. */
	if (!machine_mail(m, 0, 1))
		return 0;
	size_t idx = 0;
	struct mailmime *root = NULL;
	if (mailmime_parse(raw, len, &idx, &root) != MAILIMF_NO_ERROR ||
	    root == NULL)
		return 0;
	struct scan s = {0};
	struct mailmime *body = root->mm_type == MAILMIME_MESSAGE
				    ? root->mm_data.mm_message.mm_msg_mime
				    : root;
	scan(&s, body, 1);
	char *xfailed = failed_recipients(root);
	mailmime_free(root);

	const char *text = m->text ? m->text : "";
	const char *mark = copy_marker(text);
	char *notice =
	    xstrndup(text, mark ? (size_t)(mark - text) : strlen(text));
	int blocks = 0;
	int dsn = s.dsn_report || s.dsn != NULL;
	if (s.dsn)
		dsn_read(out, s.dsn, s.dsnlen, &blocks);
	if (dsn && out->nrcpt > 0) {
		out->format = "dsn";
	} else if (dsn && blocks > 0) {
		/* a report of delivery (relayed, delivered): no failure */
	} else if (s.other_report && !dsn) {
		/* a read receipt or an abuse report */
	} else {
		const char *fam = NULL;
		for (size_t i = 0; i < NELEM(families) && !fam; i++)
			if (str_casestr(text, families[i].words))
				fam = families[i].format;
		int words = any_in(m->subject, subject_words) &&
			    machine_mail(m, xfailed != NULL, 0);
		if (dsn || fam || words) {
			out->format = dsn ? "dsn" : fam ? fam : "other";
			text_read(out, notice, xfailed);
			if (out->nrcpt == 0)
				rcpt_add(out, NULL);
			text_judge(out, notice);
		}
	}
	if (out->format) {
		int perm = 0;
		for (size_t i = 0; i < out->nrcpt; i++)
			perm |= out->rcpt[i].permanent;
		out->kind = perm ? BOUNCE_PERMANENT : BOUNCE_TRANSIENT;
		if (s.ret)
			read_returned(out, s.ret, s.retlen, 0);
		else if (mark) {
			const char *c = mark + line_len(mark);
			while (*c == '\n' || *c == ' ' || *c == '\t')
				c++;
			if (*c)
				read_returned(out, c, strlen(c), 1);
		}
		out->notice = notice;
		notice = NULL;
	}
	free(notice);
	free(xfailed);
	free(s.dsn);
	free(s.ret);
	if (out->format == NULL)
		bounce_free(out);
	return 0;
}

void
bounce_free(struct bounce *b)
{
	if (b == NULL)
		return;
	for (size_t i = 0; i < b->nrcpt; i++) {
		free(b->rcpt[i].address);
		free(b->rcpt[i].final);
		free(b->rcpt[i].status);
		free(b->rcpt[i].diagnostic);
	}
	free(b->reporting_mta);
	free(b->returned_id);
	free(b->returned_subject);
	free(b->returned_text);
	free(b->notice);
	memset(b, 0, sizeof *b);
}

const char *
bounce_kind_name(enum bounce_kind k)
{
	static const char *const names[] = {"none", "permanent", "transient"};
	return (unsigned)k < NELEM(names) ? names[k] : NULL;
}

char *
bounce_code(const struct bounce *b)
{
	const char *where[] = {b->returned_subject, b->returned_text,
			       b->notice};
	for (size_t i = 0; i < NELEM(where); i++) {
		char *c = where[i] ? policy_find_code(where[i]) : NULL;
		if (c)
			return c;
	}
	return NULL;
}
