/*
 * message — parse one RFC 5322 message with libetpan (see message.h).
 *
 * The message is hostile input: sizes, nesting and part counts are capped
 * before and during the walk (Content-Type lines are counted before
 * libetpan, whose parser recurses, sees the message), every text is
 * converted to valid UTF-8 at this edge, and header values are made
 * single-line, so an encoded CR, LF or NUL ends up as a space or
 * nothing.  Charset labels are normalised (quotes, "charset=", common
 * aliases); Latin-1 and ASCII labels on text that is valid UTF-8 are
 * taken as the mislabel they nearly always are.  RFC 2231 parameters
 * (continuations, charset'lang'%XX) are decoded here because libetpan
 * leaves them raw.  HTML is parsed by libxml2 and walked into lines.
 * A message the parser cannot read is not an error here: it is marked
 * set_aside with the reason, so the caller keeps it for a human.
 */
#include "message.h"

#include <ctype.h>
#include <libetpan/libetpan.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Appends a valid UTF-8 rendering of s[0..n) to b: invalid sequences
 * become U+FFFD, NUL and C0 controls other than TAB/LF become one space
 * (so no header can be injected and no two words run together). */
static void
add_clean_utf8(struct buf *b, const char *s, size_t n, int single_line)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		if (c >= 0x20 && c < 0x7f) {
			/* printable ASCII, most of any text: a run at once */
			size_t j = i + 1;
			while (j < n && p[j] >= 0x20 && p[j] < 0x7f)
				j++;
			buf_add(b, p + i, j - i);
			i = j;
			continue;
		}
		if (c < 0x80) {
			if (c == '\r' && i + 1 < n && p[i + 1] == '\n') {
				i++;
				continue;
			}
			if (c == '\r' || c == '\n')
				c = single_line ? ' ' : '\n';
			else if (c == '\t')
				c = single_line ? ' ' : '\t';
			else if (c < 0x20 || c == 0x7f) {
				/* a control keeps the words apart it stood
				 * between, as a space */
				if (b->len && b->p[b->len - 1] != ' ' &&
				    b->p[b->len - 1] != '\n')
					buf_addc(b, ' ');
				i++;
				continue;
			}
			buf_addc(b, (char)c);
			i++;
			continue;
		}
		unsigned long cp;
		size_t len = util_utf8_decode(p + i, n - i, &cp);
		if (len == 0) {
			buf_adds(b, "\xef\xbf\xbd");
			i++;
			continue;
		}
		/* C1 controls and U+2028/9 line separators are not text. */
		if (cp >= 0x80 && cp < 0xa0) {
			i += len;
			continue;
		}
		if (cp == 0x2028 || cp == 0x2029) {
			buf_addc(b, single_line ? ' ' : '\n');
			i += len;
			continue;
		}
		buf_add(b, p + i, len);
		i += len;
	}
}

static int
valid_utf8(const char *s, size_t n)
{
	struct buf b;
	buf_init(&b, n * 3 + 16);
	add_clean_utf8(&b, s, n, 0);
	int same = b.len == n && (n == 0 || memcmp(b.p, s, n) == 0);
	buf_free(&b);
	return same;
}

static char *
clean(const char *s, size_t n, int single_line)
{
	struct buf b;
	buf_init(&b, n * 3 + 16);
	add_clean_utf8(&b, s, n, single_line);
	char *r = buf_detach(&b);
	if (single_line)
		str_trim(r);
	return r;
}

/* Charset labels as mail writes them, mapped to names iconv knows.
 * Latin-1 labels are windows-1252 in practice (WHATWG). */
static const struct {
	const char *label, *name;
} charset_aliases[] = {
    {"latin1", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso_8859-1:1987", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp819", "windows-1252"},
    {"ibm819", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"ansi", "windows-1252"},
    {"x-user-defined", "windows-1252"},
    {"ks_c_5601-1987", "cp949"},
    {"ks_c_5601", "cp949"},
    {"euc-kr", "cp949"},
    {"gb2312", "gb18030"},
    {"gbk", "gb18030"},
    {"x-gbk", "gb18030"},
    {"cp936", "gb18030"},
    {"x-sjis", "shift_jis"},
    {"shift-jis", "shift_jis"},
    {"sjis", "shift_jis"},
    {"iso-8859-8-i", "iso-8859-8"},
    {"windows-874", "cp874"},
    {"x-mac-roman", "macintosh"},
    {"mac", "macintosh"},
    {"iso-8859-15", "iso-8859-15"},
    {"latin-9", "iso-8859-15"},
};

/* "UTF-8", "\"utf-8\"", "charset=utf-8" -> "utf-8"; caller frees. */
static char *
charset_label(const char *charset)
{
	if (charset == NULL)
		return xstrdup("");
	char *cs = xstrndup(charset, 64);
	str_lower(cs);
	size_t o = 0;
	for (size_t i = 0; cs[i]; i++)
		if (cs[i] != '"' && cs[i] != '\'' && cs[i] != ' ' &&
		    cs[i] != '\t')
			cs[o++] = cs[i];
	cs[o] = '\0';
	while (str_casestarts(cs, "charset="))
		memmove(cs, cs + 8, strlen(cs + 8) + 1);
	/* "utf-8;" from a sloppy header */
	cs[strcspn(cs, ";,")] = '\0';
	return cs;
}

/* Some multi-byte UTF-8 and nothing invalid: text labelled Latin-1 or
 * ASCII that is in fact UTF-8 (a common mislabel). */
static int
looks_utf8(const char *s, size_t n)
{
	int multi = 0;
	for (size_t i = 0; i < n && !multi; i++)
		multi = (unsigned char)s[i] >= 0x80;
	return multi && valid_utf8(s, n);
}

char *
message_to_utf8(const char *data, size_t len, const char *charset)
{
	if (data == NULL)
		return xstrdup("");
	char *cs = charset_label(charset);
	int is_utf8 = !strcmp(cs, "utf-8") || !strcmp(cs, "utf8") ||
		      !strcmp(cs, "unicode-1-1-utf-8") ||
		      !strcmp(cs, "x-unicode20utf8");
	int is_ascii = *cs == '\0' || !strcmp(cs, "us-ascii") ||
		       !strcmp(cs, "ascii") || !strcmp(cs, "ansi_x3.4-1968") ||
		       !strcmp(cs, "us") || !strcmp(cs, "646");
	const char *from = is_ascii ? "windows-1252" : cs;
	for (size_t i = 0; i < sizeof charset_aliases / sizeof *charset_aliases;
	     i++)
		if (!strcmp(cs, charset_aliases[i].label))
			from = charset_aliases[i].name;
	int latin =
	    !strcmp(from, "windows-1252") || !strcmp(from, "iso-8859-15");
	char *out = NULL;
	if (is_utf8 || ((is_ascii || latin) && looks_utf8(data, len)) ||
	    (is_ascii && valid_utf8(data, len))) {
		out = clean(data, len, 0);
	} else {
		char *conv = NULL;
		size_t clen = 0;
		if (charconv_buffer("utf-8", from, data, len, &conv, &clen) ==
			MAIL_CHARCONV_NO_ERROR ||
		    (conv = NULL,
		     !valid_utf8(data, len) &&
			 charconv_buffer("utf-8", "windows-1252", data, len,
					 &conv,
					 &clen) == MAIL_CHARCONV_NO_ERROR)) {
			out = clean(conv, clen, 0);
			charconv_buffer_free(conv);
		} else {
			if (conv)
				charconv_buffer_free(conv);
			out = clean(data, len, 0);
		}
	}
	free(cs);
	return out;
}

char *
message_decode_header(const char *value)
{
	if (value == NULL)
		return NULL;
	size_t n = strlen(value);
	/* Raw 8-bit header text (RFC 6532, or a sloppy client) is UTF-8
	 * when it decodes as such, else windows-1252. */
	const char *dflt = valid_utf8(value, n) ? "utf-8" : "windows-1252";
	char *r = NULL;
	if (strstr(value, "=?") != NULL) {
		size_t idx = 0;
		char *dec = NULL;
		if (mailmime_encoded_phrase_parse(dflt, value, n, &idx, "utf-8",
						  &dec) == MAILIMF_NO_ERROR &&
		    dec) {
			/* encoded words may carry any bytes: clean again */
			r = clean(dec, strlen(dec), 1);
			free(dec);
			return r;
		}
		free(dec);
	}
	char *t = message_to_utf8(value, n, dflt);
	r = clean(t, strlen(t), 1);
	free(t);
	return r;
}

/* ---- parameters (RFC 2045 and RFC 2231) ---- */

enum { PARAM_SECTIONS = 64 };

struct param {
	const char *name, *value;
};

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (unsigned char)tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Appends an RFC 2231 extended value (%XX escapes) to b. */
static void
add_pct(struct buf *b, const char *v)
{
	for (const char *p = v; *p; p++) {
		int h, l;
		if (*p == '%' && (h = hexval((unsigned char)p[1])) >= 0 &&
		    (l = hexval((unsigned char)p[2])) >= 0) {
			buf_addc(b, (char)(h * 16 + l));
			p += 2;
		} else
			buf_addc(b, *p);
	}
}

/* The value of parameter `name` among ps[0..n), decoded to clean
 * single-line UTF-8: plain (possibly with RFC 2047 words, as Outlook
 * writes file names), "name*=charset'lang'%XX" or the sections
 * "name*0*=...; name*1=..." of RFC 2231.  NULL when absent. */
static char *
param_value(const struct param *ps, size_t n, const char *name)
{
	size_t nl = strlen(name);
	const char *sect[PARAM_SECTIONS] = {0};
	int ext[PARAM_SECTIONS] = {0};
	const char *plain = NULL;
	int any = 0;
	for (size_t i = 0; i < n; i++) {
		const char *pn = ps[i].name;
		if (pn == NULL || ps[i].value == NULL ||
		    strncasecmp(pn, name, nl) != 0)
			continue;
		const char *rest = pn + nl;
		if (*rest == '\0') {
			if (plain == NULL)
				plain = ps[i].value;
			continue;
		}
		if (*rest++ != '*')
			continue;
		long k = 0;
		int is_ext = 0;
		if (*rest == '\0') {
			is_ext = 1;
		} else {
			char num[4] = {0};
			size_t d = 0;
			while (d < 3 && isdigit((unsigned char)rest[d])) {
				num[d] = rest[d];
				d++;
			}
			if (d == 0 ||
			    str_tolong(num, 0, PARAM_SECTIONS - 1, &k) < 0)
				continue;
			rest += d;
			if (*rest == '*')
				is_ext = 1, rest++;
			if (*rest != '\0')
				continue;
		}
		if (sect[k] == NULL) {
			sect[k] = ps[i].value;
			ext[k] = is_ext;
			any = 1;
		}
	}
	if (!any)
		return plain ? message_decode_header(plain) : NULL;
	struct buf b;
	buf_init(&b, 16384);
	char *charset = NULL;
	for (int k = 0; k < PARAM_SECTIONS && sect[k]; k++) {
		const char *v = sect[k];
		if (k == 0 && ext[0]) {
			/* charset'language'value */
			const char *q1 = strchr(v, '\'');
			const char *q2 = q1 ? strchr(q1 + 1, '\'') : NULL;
			if (q2) {
				charset = xstrndup(v, (size_t)(q1 - v));
				v = q2 + 1;
			}
		}
		if (ext[k])
			add_pct(&b, v);
		else
			buf_adds(&b, v);
	}
	char *u = message_to_utf8(b.p ? b.p : "", b.len,
				  charset && *charset ? charset : "utf-8");
	char *r = clean(u, strlen(u), 1);
	free(u);
	free(charset);
	buf_free(&b);
	if (*r == '\0') {
		free(r);
		return plain ? message_decode_header(plain) : NULL;
	}
	return r;
}

/* Content-Type parameter `name` of mm (RFC 2231 aware); caller frees. */
static char *
ct_param(struct mailmime *mm, const char *name)
{
	if (mm->mm_content_type == NULL ||
	    mm->mm_content_type->ct_parameters == NULL)
		return NULL;
	struct param ps[PARAM_SECTIONS * 2];
	size_t n = 0;
	for (clistiter *it = clist_begin(mm->mm_content_type->ct_parameters);
	     it && n < sizeof ps / sizeof *ps; it = clist_next(it)) {
		struct mailmime_parameter *p = clist_content(it);
		ps[n].name = p->pa_name;
		ps[n].value = p->pa_value;
		n++;
	}
	return param_value(ps, n, name);
}

/* The file name of a part: Content-Disposition filename, else the
 * Content-Type name; caller frees, NULL when none. */
static char *
part_filename(struct mailmime *mm)
{
	struct param ps[PARAM_SECTIONS * 2];
	size_t n = 0;
	if (mm->mm_mime_fields)
		for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list);
		     it; it = clist_next(it)) {
			struct mailmime_field *f = clist_content(it);
			if (f->fld_type != MAILMIME_FIELD_DISPOSITION ||
			    f->fld_data.fld_disposition->dsp_parms == NULL)
				continue;
			for (clistiter *j = clist_begin(
				 f->fld_data.fld_disposition->dsp_parms);
			     j && n < sizeof ps / sizeof *ps;
			     j = clist_next(j)) {
				struct mailmime_disposition_parm *dp =
				    clist_content(j);
				if (dp->pa_type ==
				    MAILMIME_DISPOSITION_PARM_FILENAME) {
					ps[n].name = "filename";
					ps[n++].value = dp->pa_data.pa_filename;
				} else if (
				    dp->pa_type ==
				    MAILMIME_DISPOSITION_PARM_PARAMETER) {
					ps[n].name =
					    dp->pa_data.pa_parameter->pa_name;
					ps[n++].value =
					    dp->pa_data.pa_parameter->pa_value;
				}
			}
		}
	char *r = param_value(ps, n, "filename");
	return r ? r : ct_param(mm, "name");
}

/* ---- headers ---- */

static char *
msgid_text(const char *id)
{
	return id ? xasprintf("<%s>", id) : NULL;
}

static char *
msgid_list(clist *l)
{
	if (l == NULL)
		return NULL;
	struct buf b;
	buf_init(&b, 8192);
	for (clistiter *it = clist_begin(l); it; it = clist_next(it)) {
		const char *id = clist_content(it);
		if (b.len && buf_addc(&b, ' ') < 0)
			break;
		if (buf_printf(&b, "<%s>", id) < 0)
			break;
	}
	char *r = buf_detach(&b);
	char *c = clean(r, strlen(r), 1);
	free(r);
	return c;
}

static void
set_mailbox(struct mailimf_mailbox *mb, char **name, char **addr)
{
	if (mb == NULL)
		return;
	if (mb->mb_display_name && name)
		*name = message_decode_header(mb->mb_display_name);
	if (mb->mb_addr_spec) {
		*addr = clean(mb->mb_addr_spec, strlen(mb->mb_addr_spec), 1);
		/* Addresses compare in lower case here (domains are case
		 * free; local parts are in practice). */
		str_lower(*addr);
	}
}

static struct mailimf_mailbox *
first_mailbox_of_addrs(struct mailimf_address_list *al)
{
	if (al == NULL || al->ad_list == NULL)
		return NULL;
	clistiter *it = clist_begin(al->ad_list);
	struct mailimf_address *a = it ? clist_content(it) : NULL;
	if (a && a->ad_type == MAILIMF_ADDRESS_MAILBOX)
		return a->ad_data.ad_mailbox;
	return NULL;
}

/* Headers only machines send, beyond those with their own field. */
static const char *const robot_headers[] = {
    "X-Failed-Recipients", "List-Unsubscribe",
    "List-Post",	   "List-Help",
    "List-Subscribe",	   "List-Archive",
    "Mailing-List",	   "X-Mailing-List",
    "X-Mailman-Version",   "X-BeenThere",
    "X-Autogenerated",	   "X-AutoReply-From",
    "X-Mail-Autoreply",	   "X-Autoresponse",
    "X-Auto-Reply",	   NULL,
};

static void
set_optional(struct message *m, const char *name, const char *value)
{
	for (int i = 0; robot_headers[i]; i++)
		if (!strcasecmp(name, robot_headers[i])) {
			if (m->robot_header == NULL)
				m->robot_header = robot_headers[i];
			return;
		}
	static const struct {
		const char *name;
		size_t off;
	} t[] = {
	    {"auto-submitted", offsetof(struct message, auto_submitted)},
	    {"precedence", offsetof(struct message, precedence)},
	    {"list-id", offsetof(struct message, list_id)},
	    {"x-loop", offsetof(struct message, x_loop)},
	    {"return-path", offsetof(struct message, return_path)},
	};
	if (!strcasecmp(name, "x-autoreply") ||
	    !strcasecmp(name, "x-autorespond") ||
	    !strcasecmp(name, "x-autoresponder")) {
		m->x_autoreply = 1;
		return;
	}
	/* The site's spam filter: SpamAssassin's X-Spam-Flag: YES and
	 * X-Spam-Status: Yes, ..., rspamd's and others' X-Spam: Yes */
	if ((!strcasecmp(name, "x-spam-flag") ||
	     !strcasecmp(name, "x-spam-status") ||
	     !strcasecmp(name, "x-spam")) &&
	    m->spam == NULL) {
		const char *v = value;
		while (*v == ' ' || *v == '\t')
			v++;
		if (!strncasecmp(v, "yes", 3) &&
		    (v[3] == '\0' || v[3] == ',' || v[3] == ' ' ||
		     v[3] == '\t' || v[3] == ';' || v[3] == '\r' ||
		     v[3] == '\n'))
			m->spam = !strcasecmp(name, "x-spam-flag")
				      ? "X-Spam-Flag: YES"
				  : !strcasecmp(name, "x-spam-status")
				      ? "X-Spam-Status: Yes"
				      : "X-Spam: Yes";
		return;
	}
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		if (strcasecmp(name, t[i].name))
			continue;
		char **dst = (char **)((char *)m + t[i].off);
		if (*dst != NULL)
			return;
		*dst = clean(value, strlen(value), 1);
		if (dst == &m->return_path) {
			/* "<>" and "< >" are the null sender. */
			char *v = *dst;
			size_t o = 0;
			for (size_t k = 0; v[k]; k++)
				if (v[k] != '<' && v[k] != '>' && v[k] != ' ')
					v[o++] = v[k];
			v[o] = '\0';
		}
		return;
	}
}

/* The first mailbox of From: that has an address.  "Persoon, Voorbeeld
 * <vp@example.org>" without quotes parses as two mailboxes, "Persoon"
 * and "Voorbeeld <vp@...>": the words before are the name's start. */
static void
read_from(struct message *m, struct mailimf_from *from)
{
	clist *l = from->frm_mb_list ? from->frm_mb_list->mb_list : NULL;
	if (l == NULL)
		return;
	struct buf pre;
	buf_init(&pre, 4096);
	for (clistiter *it = clist_begin(l); it; it = clist_next(it)) {
		struct mailimf_mailbox *mb = clist_content(it);
		if (mb->mb_addr_spec && strchr(mb->mb_addr_spec, '@') == NULL) {
			if (pre.len)
				buf_adds(&pre, ", ");
			buf_adds(&pre, mb->mb_addr_spec);
			continue;
		}
		set_mailbox(mb, &m->from_name, &m->from_addr);
		if (pre.len && m->from_name) {
			char *d = message_decode_header(buf_str(&pre));
			char *n = xasprintf("%s, %s", d, m->from_name);
			free(d);
			free(m->from_name);
			m->from_name = n;
		}
		break;
	}
	if (m->from_addr == NULL) {
		/* no address anywhere: the first entry, as before */
		clistiter *b = clist_begin(l);
		if (b)
			set_mailbox(clist_content(b), &m->from_name,
				    &m->from_addr);
	}
	buf_free(&pre);
}

static void
read_headers(struct message *m, struct mailimf_fields *f)
{
	if (f == NULL || f->fld_list == NULL)
		return;
	for (clistiter *it = clist_begin(f->fld_list); it;
	     it = clist_next(it)) {
		struct mailimf_field *fld = clist_content(it);
		switch (fld->fld_type) {
		case MAILIMF_FIELD_RETURN_PATH:
			if (m->return_path == NULL) {
				struct mailimf_path *p =
				    fld->fld_data.fld_return_path->ret_path;
				const char *a =
				    p && p->pt_addr_spec ? p->pt_addr_spec : "";
				m->return_path = clean(a, strlen(a), 1);
			}
			break;
		case MAILIMF_FIELD_FROM:
			if (m->from_addr == NULL && fld->fld_data.fld_from)
				read_from(m, fld->fld_data.fld_from);
			break;
		case MAILIMF_FIELD_REPLY_TO:
			if (m->reply_to_addr == NULL)
				set_mailbox(first_mailbox_of_addrs(
						fld->fld_data.fld_reply_to
						    ->rt_addr_list),
					    NULL, &m->reply_to_addr);
			break;
		case MAILIMF_FIELD_SUBJECT:
			if (m->subject == NULL)
				m->subject = message_decode_header(
				    fld->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_MESSAGE_ID:
			if (m->message_id == NULL) {
				char *t = msgid_text(
				    fld->fld_data.fld_message_id->mid_value);
				m->message_id = clean(t, strlen(t), 1);
				free(t);
			}
			break;
		case MAILIMF_FIELD_IN_REPLY_TO:
			if (m->in_reply_to == NULL)
				m->in_reply_to = msgid_list(
				    fld->fld_data.fld_in_reply_to->mid_list);
			break;
		case MAILIMF_FIELD_REFERENCES:
			if (m->references == NULL)
				m->references = msgid_list(
				    fld->fld_data.fld_references->mid_list);
			break;
		case MAILIMF_FIELD_ORIG_DATE: {
			struct mailimf_date_time *d =
			    fld->fld_data.fld_orig_date->dt_date_time;
			if (m->date == NULL && d) {
				int z = d->dt_zone;
				m->date = xasprintf(
				    "%04d-%02d-%02d %02d:%02d:%02d %c%04d",
				    d->dt_year, d->dt_month, d->dt_day,
				    d->dt_hour, d->dt_min, d->dt_sec,
				    z < 0 ? '-' : '+', z < 0 ? -z : z);
			}
			break;
		}
		case MAILIMF_FIELD_OPTIONAL_FIELD: {
			struct mailimf_optional_field *o =
			    fld->fld_data.fld_optional_field;
			if (o->fld_name && o->fld_value)
				set_optional(m, o->fld_name, o->fld_value);
			break;
		}
		default:
			break;
		}
	}
}

/* ---- body ---- */

struct walk {
	const struct message_limits *lim;
	int parts;
	int too_deep, too_many;
	int attachments;
	int report;
	int digest; /* multipart/digest: a list's digest */
	int forwarded;
	int calendar_reply; /* a text/calendar part with an attendee's
			     * METHOD: REPLY, COUNTER or REFRESH */
	struct buf names;   /* attachment file names */
	char *other_text;   /* the first plain alternative not chosen */
};

/* Text of one entity, and where it came from. */
struct part {
	char *text; /* owned, never NULL */
	int html;   /* from an HTML part */
	int table;  /* that HTML had a table of several columns */
};

static int
is_attachment(struct mailmime *mm)
{
	if (mm->mm_mime_fields == NULL)
		return 0;
	for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it;
	     it = clist_next(it)) {
		struct mailmime_field *f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_DISPOSITION &&
		    f->fld_data.fld_disposition->dsp_type &&
		    f->fld_data.fld_disposition->dsp_type->dsp_type ==
			MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
			return 1;
	}
	return 0;
}

static int
has_content_id(struct mailmime *mm)
{
	if (mm->mm_mime_fields == NULL)
		return 0;
	for (clistiter *it = clist_begin(mm->mm_mime_fields->fld_list); it;
	     it = clist_next(it)) {
		struct mailmime_field *f = clist_content(it);
		if (f->fld_type == MAILMIME_FIELD_ID)
			return 1;
	}
	return 0;
}

static void
content_type(struct mailmime *mm, const char **type, const char **sub)
{
	struct mailmime_content *ct = mm->mm_content_type;
	*type = "text";
	*sub = "plain";
	if (ct == NULL || ct->ct_type == NULL)
		return;
	struct mailmime_type *t = ct->ct_type;
	if (t->tp_type == MAILMIME_TYPE_DISCRETE_TYPE) {
		static const char *names[] = {"",      "text",	"image",
					      "audio", "video", "application"};
		int k = t->tp_data.tp_discrete_type->dt_type;
		*type = k > 0 && k < 6
			    ? names[k]
			    : t->tp_data.tp_discrete_type->dt_extension;
	} else if (t->tp_data.tp_composite_type) {
		int k = t->tp_data.tp_composite_type->ct_type;
		*type = k == MAILMIME_COMPOSITE_TYPE_MESSAGE ? "message"
			: k == MAILMIME_COMPOSITE_TYPE_MULTIPART
			    ? "multipart"
			    : t->tp_data.tp_composite_type->ct_token;
	}
	if (*type == NULL)
		*type = "application";
	*sub = ct->ct_subtype ? ct->ct_subtype : "";
}

/* RFC 3676: joins soft line breaks (a line ending in a space, other
 * than the signature separator "-- ") of the same quote depth, removes
 * space stuffing, and with DelSp=yes the space before a soft break. */
static char *
unflow(const char *t, int delsp)
{
	struct buf b;
	buf_init(&b, strlen(t) + 16);
	const char *p = t;
	int joining = 0, prev_depth = 0;
	while (*p) {
		size_t len = strcspn(p, "\n");
		const char *line = p;
		p += len;
		if (*p == '\n')
			p++;
		size_t depth = 0;
		while (depth < len && line[depth] == '>')
			depth++;
		const char *c = line + depth;
		size_t clen = len - depth;
		if (clen > 0 && *c == ' ')
			c++, clen--; /* space stuffing */
		if (!joining || (int)depth != prev_depth) {
			if (joining)
				buf_addc(&b, '\n');
			for (size_t k = 0; k < depth; k++)
				buf_addc(&b, '>');
			if (depth)
				buf_addc(&b, ' ');
		}
		prev_depth = (int)depth;
		int sig = clen == 3 && !memcmp(c, "-- ", 3);
		int soft = clen > 0 && c[clen - 1] == ' ' && !sig;
		buf_add(&b, c, soft && delsp ? clen - 1 : clen);
		if (!soft)
			buf_addc(&b, '\n');
		joining = soft;
	}
	if (joining)
		buf_addc(&b, '\n');
	return buf_detach(&b);
}

static char *
part_text(struct mailmime *mm)
{
	struct mailmime_data *d = mm->mm_data.mm_single;
	if (d == NULL || d->dt_type != MAILMIME_DATA_TEXT)
		return xstrdup("");
	const char *src = d->dt_data.dt_text.dt_data;
	size_t srclen = d->dt_data.dt_text.dt_length;
	char *dec = NULL;
	size_t declen = 0;
	int enc = d->dt_encoding;
	if (mm->mm_mime_fields)
		enc = mailmime_transfer_encoding_get(mm->mm_mime_fields);
	int freedec = 0;
	if (d->dt_encoded && (enc == MAILMIME_MECHANISM_BASE64 ||
			      enc == MAILMIME_MECHANISM_QUOTED_PRINTABLE)) {
		/* libetpan's quoted-printable decoder reads the two bytes
		 * after a '=' even when the part ends there (a fuzzer found
		 * "...=?" at the end): decode a copy with zero bytes behind
		 * it, so that read stays inside the buffer. */
		char *pad = xcalloc(srclen + 4, 1);
		memcpy(pad, src, srclen);
		size_t idx = 0;
		if (mailmime_part_parse(pad, srclen, &idx, enc, &dec,
					&declen) == MAILIMF_NO_ERROR)
			freedec = 1;
		free(pad);
	}
	if (!freedec) {
		dec = (char *)src;
		declen = srclen;
	}
	char *charset = ct_param(mm, "charset");
	char *r = message_to_utf8(dec ? dec : "", dec ? declen : 0, charset);
	free(charset);
	if (freedec)
		mailmime_decoded_part_free(dec);
	char *format = ct_param(mm, "format");
	if (format && !strcasecmp(format, "flowed")) {
		char *delsp = ct_param(mm, "delsp");
		char *u = unflow(r, delsp && !strcasecmp(delsp, "yes"));
		free(delsp);
		free(r);
		r = u;
	}
	free(format);
	return r;
}

/* ---- HTML to text ---- */

enum { HTML_DEPTH_MAX = 200, HTML_QUOTE_MAX = 8 };

struct html {
	struct buf *b;
	int in_cell; /* inside td/th: blocks become spaces */
	int in_pre;
	int cells;     /* cells so far in the current row */
	int wide_rows; /* rows of two cells or more */
	int ol;	       /* > 0: number of the next item of an ol */
	int quotes;    /* blockquote nesting */
};

static int
at_line_start(const struct buf *b)
{
	return b->len == 0 || b->p[b->len - 1] == '\n';
}

static void
html_newline(struct html *h)
{
	if (h->in_cell) {
		if (!at_line_start(h->b) && h->b->p[h->b->len - 1] != ' ' &&
		    h->b->p[h->b->len - 1] != '\t')
			buf_addc(h->b, ' ');
		return;
	}
	if (!at_line_start(h->b))
		buf_addc(h->b, '\n');
}

static int
name_in(const char *name, const char *const *list)
{
	for (int i = 0; list[i]; i++)
		if (!strcasecmp(name, list[i]))
			return 1;
	return 0;
}

static void html_walk(struct html *h, htmlNodePtr n, int depth);

static void
html_text(struct html *h, const char *t)
{
	struct buf *b = h->b;
	for (; t && *t; t++) {
		unsigned char c = (unsigned char)*t;
		if (h->in_pre && !h->in_cell) {
			if (c == '\r')
				continue;
			buf_addc(b, (char)c);
			continue;
		}
		if (isspace(c)) {
			/* collapse white space like a browser */
			if (!at_line_start(b) && b->p[b->len - 1] != ' ' &&
			    b->p[b->len - 1] != '\t')
				buf_addc(b, ' ');
		} else
			buf_addc(b, (char)c);
	}
}

/* Renders the children of a <blockquote> with "> " before each line,
 * the way a plain-text client quotes. */
static void
html_quote(struct html *h, htmlNodePtr n, int depth)
{
	struct buf sub;
	buf_init(&sub, h->b->max);
	struct html q = *h;
	q.b = &sub;
	q.in_cell = 0;
	q.quotes++;
	html_walk(&q, n->children, depth + 1);
	h->wide_rows = q.wide_rows;
	html_newline(h);
	const char *p = buf_str(&sub);
	while (*p) {
		size_t len = strcspn(p, "\n");
		buf_adds(h->b, len ? "> " : ">");
		buf_add(h->b, p, len);
		buf_addc(h->b, '\n');
		p += len;
		if (*p == '\n')
			p++;
	}
	buf_free(&sub);
}

static void
html_walk(struct html *h, htmlNodePtr n, int depth)
{
	static const char *const blocks[] = {
	    "p",      "div",	    "h1",      "h2",	 "h3",	     "h4",
	    "h5",     "h6",	    "ul",      "ol",	 "pre",	     "dl",
	    "dt",     "dd",	    "address", "center", "section",  "article",
	    "header", "footer",	    "body",    "form",	 "fieldset", "caption",
	    "tbody",  "thead",	    "tfoot",   "nav",	 "main",     "aside",
	    "figure", "blockquote", NULL};
	static const char *const skipped[] = {"head",	"script",   "style",
					      "title",	"template", "noscript",
					      "object", NULL};
	for (; n && depth < HTML_DEPTH_MAX; n = n->next) {
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			html_text(h, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || n->name == NULL)
			continue;
		const char *name = (const char *)n->name;
		if (name_in(name, skipped))
			continue;
		if (!strcasecmp(name, "br")) {
			/* in a cell the lines of an address: "a, b" */
			struct buf *b = h->b;
			if (!h->in_cell)
				buf_addc(b, '\n');
			else if (!at_line_start(b) &&
				 !strchr(" \t,", b->p[b->len - 1]))
				buf_adds(b, ", ");
			continue;
		}
		if (!strcasecmp(name, "hr")) {
			html_newline(h);
			continue;
		}
		if (!strcasecmp(name, "blockquote") &&
		    h->quotes < HTML_QUOTE_MAX && !h->in_cell) {
			html_quote(h, n, depth);
			continue;
		}
		if (!strcasecmp(name, "table")) {
			struct html t = *h;
			t.in_cell = 0;
			if (!at_line_start(h->b))
				buf_addc(h->b, '\n');
			html_walk(&t, n->children, depth + 1);
			h->wide_rows = t.wide_rows;
			if (!at_line_start(h->b))
				buf_addc(h->b, '\n');
			continue;
		}
		if (!strcasecmp(name, "tr")) {
			if (!at_line_start(h->b))
				buf_addc(h->b, '\n');
			int cells = h->cells;
			h->cells = 0;
			html_walk(h, n->children, depth + 1);
			if (h->cells >= 2)
				h->wide_rows++;
			h->cells = cells;
			if (!at_line_start(h->b))
				buf_addc(h->b, '\n');
			continue;
		}
		if (!strcasecmp(name, "td") || !strcasecmp(name, "th")) {
			struct buf *b = h->b;
			while (b->len && b->p[b->len - 1] == ' ')
				b->p[--b->len] = '\0';
			if (h->cells > 0)
				buf_addc(b, '\t');
			h->cells++;
			int in_cell = h->in_cell;
			h->in_cell = 1;
			html_walk(h, n->children, depth + 1);
			h->in_cell = in_cell;
			while (b->len && (b->p[b->len - 1] == ' ' ||
					  b->p[b->len - 1] == ','))
				b->p[--b->len] = '\0';
			continue;
		}
		if (!strcasecmp(name, "li")) {
			html_newline(h);
			if (h->ol > 0) {
				buf_printf(h->b, "%d. ", h->ol);
				h->ol++;
			} else
				buf_adds(h->b, "- ");
			html_walk(h, n->children, depth + 1);
			html_newline(h);
			continue;
		}
		int block = name_in(name, blocks);
		int pre = !strcasecmp(name, "pre");
		int ol = h->ol;
		if (!strcasecmp(name, "ol"))
			h->ol = 1;
		else if (!strcasecmp(name, "ul"))
			h->ol = 0;
		if (block)
			html_newline(h);
		h->in_pre += pre;
		html_walk(h, n->children, depth + 1);
		h->in_pre -= pre;
		h->ol = ol;
		if (block)
			html_newline(h);
	}
}

/* Trims spaces (also NBSP) around each line and trailing tabs, and keeps
 * at most one blank line in a row. */
static char *
tidy_lines(const char *raw)
{
	struct buf o;
	buf_init(&o, strlen(raw) + 16);
	int blanks = 1;
	const char *p = raw;
	while (*p) {
		size_t len = strcspn(p, "\n");
		const char *a = p, *e = p + len;
		p = e;
		if (*p == '\n')
			p++;
		for (;;) {
			if (a < e && *a == ' ')
				a++;
			else if (e - a >= 2 && !memcmp(a, "\xc2\xa0", 2))
				a += 2;
			else
				break;
		}
		for (;;) {
			if (e > a && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
			else if (e - a >= 2 && !memcmp(e - 2, "\xc2\xa0", 2))
				e -= 2;
			else
				break;
		}
		if (a == e) {
			if (blanks++ == 0)
				buf_addc(&o, '\n');
			continue;
		}
		blanks = 0;
		buf_add(&o, a, (size_t)(e - a));
		buf_addc(&o, '\n');
	}
	return buf_detach(&o);
}

static char *
html_to_text(const char *html, int *table)
{
	size_t n = strlen(html);
	*table = 0;
	if (n > INT32_MAX / 2)
		return xstrdup("");
	htmlDocPtr doc =
	    htmlReadMemory(html, (int)n, NULL, "UTF-8",
			   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
			       HTML_PARSE_NONET | HTML_PARSE_RECOVER);
	if (doc == NULL)
		return xstrdup("");
	struct buf b;
	buf_init(&b, n * 2 + 64);
	struct html h = {.b = &b};
	html_walk(&h, xmlDocGetRootElement(doc), 0);
	xmlFreeDoc(doc);
	*table = h.wide_rows >= 2;
	char *raw = buf_detach(&b);
	/* the text was valid UTF-8; a cut at the buffer's bound may not be */
	char *c = clean(raw, strlen(raw), 0);
	free(raw);
	char *r = tidy_lines(c);
	free(c);
	return r;
}

/* ---- the MIME walk ---- */

static struct part walk(struct walk *w, struct mailmime *mm, int depth,
			int in_report, int in_related);

static struct part
part_none(void)
{
	return (struct part){.text = xstrdup("")};
}

static int
blank_text(const char *t)
{
	for (; *t; t++)
		if (!isspace((unsigned char)*t))
			return 0;
	return 1;
}

static void
note_attachment(struct walk *w, struct mailmime *mm)
{
	w->attachments++;
	char *name = part_filename(mm);
	if (name && *name) {
		if (w->names.len)
			buf_adds(&w->names, "; ");
		buf_adds(&w->names, name);
	}
	free(name);
}

static struct part
walk_single(struct walk *w, struct mailmime *mm, int in_report, int in_related)
{
	const char *type, *sub;
	content_type(mm, &type, &sub);
	int text = !strcasecmp(type, "text");
	if (text && !is_attachment(mm) && !strcasecmp(sub, "plain"))
		return (struct part){.text = part_text(mm)};
	if (text && !is_attachment(mm) && !strcasecmp(sub, "html")) {
		char *h = part_text(mm);
		struct part p = {.html = 1};
		p.text = html_to_text(h, &p.table);
		free(h);
		return p;
	}
	if (in_report)
		return part_none();
	/* an invitation's answer (iMIP, RFC 6047): the calendar program
	 * writes it when someone clicks accept, decline or "propose a new
	 * time"; iTIP (RFC 5546) gives an attendee three methods to send
	 * the organiser, and only these: REPLY, COUNTER and REFRESH */
	if (text && !strcasecmp(sub, "calendar") && !w->forwarded) {
		static const char *const attendee[] = {"REPLY", "COUNTER",
						       "REFRESH"};
		char *c = part_text(mm);
		for (const char *q = c; (q = str_casestr(q, "METHOD:"));
		     q += 7) {
			if (q != c && q[-1] != '\n')
				continue;
			const char *v = q + 7;
			size_t k = strcspn(v, " \t\r\n;");
			for (size_t i = 0;
			     i < sizeof attendee / sizeof *attendee; i++)
				if (k == strlen(attendee[i]) &&
				    !strncasecmp(v, attendee[i], k))
					w->calendar_reply = 1;
		}
		free(c);
	}
	/* signatures and inline images of an HTML body are no attachment */
	if (!strcasecmp(type, "application") &&
	    (!strcasecmp(sub, "pgp-signature") ||
	     !strcasecmp(sub, "pkcs7-signature") ||
	     !strcasecmp(sub, "x-pkcs7-signature")))
		return part_none();
	if (in_related && has_content_id(mm) && !is_attachment(mm))
		return part_none();
	note_attachment(w, mm);
	return part_none();
}

/* The alternative a reader sees: text/plain, unless the HTML has a table
 * (two rows of two cells or more): plain renderings put each cell on a
 * line of its own and lose which value belongs to which label. */
static struct part
walk_alternative(struct walk *w, struct mailmime *mm, int depth, int in_report,
		 int in_related)
{
	struct part best = {0}, html = {0};
	for (clistiter *it = clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
	     it; it = clist_next(it)) {
		struct part p = walk(w, clist_content(it), depth + 1, in_report,
				     in_related);
		if (blank_text(p.text)) {
			free(p.text);
		} else if (p.html && html.text == NULL) {
			html = p;
		} else if (!p.html && best.text == NULL) {
			best = p;
		} else {
			free(p.text);
		}
	}
	if (best.text && html.text && html.table) {
		if (w->other_text == NULL)
			w->other_text = best.text;
		else
			free(best.text);
		return html;
	}
	if (best.text) {
		free(html.text);
		return best;
	}
	return html.text ? html : part_none();
}

/* message/rfc822 inside the body: rendered as an inline forward. */
static struct part
walk_message(struct walk *w, struct mailmime *mm, int depth, int in_report)
{
	struct mailmime *inner = mm->mm_data.mm_message.mm_msg_mime;
	if (in_report || w->forwarded) {
		struct part p = walk(w, inner, depth + 1, 1, 0);
		free(p.text);
		if (!in_report)
			w->attachments++;
		return part_none();
	}
	w->forwarded = 1;
	struct message fm;
	memset(&fm, 0, sizeof fm);
	read_headers(&fm, mm->mm_data.mm_message.mm_fields);
	struct part p = walk(w, inner, depth + 1, 0, 0);
	struct buf b;
	buf_init(&b, strlen(p.text) + 4096);
	buf_adds(&b, "-------- Forwarded message --------\n");
	if (fm.from_addr)
		buf_printf(&b, "From: %s%s<%s>\n",
			   fm.from_name ? fm.from_name : "",
			   fm.from_name ? " " : "", fm.from_addr);
	if (fm.subject)
		buf_printf(&b, "Subject: %s\n", fm.subject);
	if (fm.date)
		buf_printf(&b, "Date: %s\n", fm.date);
	buf_addc(&b, '\n');
	buf_adds(&b, p.text);
	free(p.text);
	p.text = buf_detach(&b);
	message_free(&fm);
	return p;
}

static struct part
walk(struct walk *w, struct mailmime *mm, int depth, int in_report,
     int in_related)
{
	if (mm == NULL)
		return part_none();
	if (depth > w->lim->max_depth) {
		w->too_deep = 1;
		return part_none();
	}
	if (++w->parts > w->lim->max_parts) {
		w->too_many = 1;
		return part_none();
	}
	const char *type, *sub;
	content_type(mm, &type, &sub);
	switch (mm->mm_type) {
	case MAILMIME_SINGLE:
		return walk_single(w, mm, in_report, in_related);
	case MAILMIME_MESSAGE:
		return walk_message(w, mm, depth, in_report);
	case MAILMIME_MULTIPLE:
		break;
	default:
		return part_none();
	}
	if (!strcasecmp(sub, "alternative"))
		return walk_alternative(w, mm, depth, in_report, in_related);
	int report = !strcasecmp(sub, "report");
	if (!strcasecmp(sub, "digest") && !w->forwarded)
		w->digest = 1;
	int signed_ = !strcasecmp(sub, "signed");
	int related = !strcasecmp(sub, "related");
	if (report && !w->forwarded)
		w->report = 1;
	if (!strcasecmp(sub, "encrypted")) {
		if (!in_report)
			w->attachments++;
		return part_none();
	}
	/* mixed, related, signed, report, digest...: the text parts in
	 * order; of a report or a signed part only the first */
	struct part all = {0};
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	int k = 0;
	for (clistiter *it = clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
	     it; it = clist_next(it), k++) {
		int only_count = (report || signed_) && k > 0;
		int quiet = in_report || only_count;
		struct part p =
		    walk(w, clist_content(it), depth + 1, quiet, related);
		if (!only_count && !blank_text(p.text)) {
			if (b.len && b.p[b.len - 1] != '\n')
				buf_addc(&b, '\n');
			if (b.len)
				buf_addc(&b, '\n');
			buf_adds(&b, p.text);
			all.html |= p.html;
			all.table |= p.table;
		}
		free(p.text);
	}
	all.text = buf_detach(&b);
	return all;
}

/* Content-Type header lines: a bound on the number of MIME entities and
 * so on libetpan's recursion, counted before libetpan sees the message. */
static size_t
count_content_types(const char *raw, size_t len)
{
	static const char ct[] = "content-type:";
	size_t n = 0;
	for (size_t i = 0; i + sizeof ct - 1 <= len; i++) {
		if ((i == 0 || raw[i - 1] == '\n') &&
		    !strncasecmp(raw + i, ct, sizeof ct - 1))
			n++;
		const char *nl = memchr(raw + i, '\n', len - i);
		if (nl == NULL)
			break;
		i = (size_t)(nl - raw);
	}
	return n;
}

int
message_parse(const char *raw, size_t len, const struct message_limits *lim,
	      struct message *m)
{
	if (raw == NULL || lim == NULL || m == NULL)
		return -1;
	memset(m, 0, sizeof *m);
	if (len > lim->max_size) {
		m->set_aside = xasprintf("message of %zu bytes is larger than "
					 "the limit of %zu",
					 len, lim->max_size);
		return 0;
	}
	if (count_content_types(raw, len) > (size_t)lim->max_parts) {
		m->set_aside =
		    xasprintf("more than %d MIME parts", lim->max_parts);
		return 0;
	}
	size_t idx = 0;
	struct mailmime *mime = NULL;
	if (mailmime_parse(raw, len, &idx, &mime) != MAILIMF_NO_ERROR ||
	    mime == NULL) {
		m->set_aside = xstrdup("the MIME structure cannot be parsed");
		return 0;
	}
	if (mime->mm_type == MAILMIME_MESSAGE)
		read_headers(m, mime->mm_data.mm_message.mm_fields);
	struct walk w = {.lim = lim};
	buf_init(&w.names, 4096);
	struct mailmime *body = mime->mm_type == MAILMIME_MESSAGE
				    ? mime->mm_data.mm_message.mm_msg_mime
				    : mime;
	struct part p = walk(&w, body, 1, 0, 0);
	m->is_report = w.report;
	m->calendar_reply = w.calendar_reply;
	if (w.digest && m->robot_header == NULL)
		m->robot_header = "Content-Type: multipart/digest";
	m->attachments = w.attachments;
	m->forwarded = w.forwarded;
	if (w.names.len)
		m->attachment_names = clean(w.names.p, w.names.len, 1);
	buf_free(&w.names);
	if (w.too_deep)
		m->set_aside =
		    xasprintf("MIME nesting deeper than %d", lim->max_depth);
	else if (w.too_many)
		m->set_aside =
		    xasprintf("more than %d MIME parts", lim->max_parts);
	if (m->set_aside) {
		free(p.text);
		free(w.other_text);
		m->text = xstrdup("");
	} else {
		m->text = p.text;
		m->text_from_html = p.html;
		m->other_text = w.other_text;
	}
	mailmime_free(mime);
	return 0;
}

void
message_free(struct message *m)
{
	if (m == NULL)
		return;
	char **s[] = {&m->message_id,	    &m->in_reply_to, &m->references,
		      &m->from_name,	    &m->from_addr,   &m->reply_to_addr,
		      &m->subject,	    &m->date,	     &m->return_path,
		      &m->auto_submitted,   &m->precedence,  &m->list_id,
		      &m->x_loop,	    &m->text,	     &m->set_aside,
		      &m->attachment_names, &m->other_text};
	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
		free(*s[i]);
	memset(m, 0, sizeof *m);
}
