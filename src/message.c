/*
 * message — parse one RFC 5322 message with libetpan (see message.h).
 *
 * The message is hostile input: sizes, nesting and part counts are capped
 * before and during the walk, every text is converted to valid UTF-8 at
 * this edge, and header values are made single-line.  A message the parser
 * cannot read is not an error here: it is marked set_aside with the reason,
 * so the caller keeps it for a human.
 */
#include "message.h"

#include <ctype.h>
#include <libetpan/libetpan.h>
#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Appends a valid UTF-8 rendering of s[0..n) to b: invalid sequences
 * become U+FFFD, NUL and C0 controls other than TAB/LF are dropped. */
static void
add_clean_utf8(struct buf *b, const char *s, size_t n, int single_line)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i];
		size_t len = 0;
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
				i++;
				continue;
			}
			buf_addc(b, (char)c);
			i++;
			continue;
		}
		uint32_t cp = 0, min = 0;
		if ((c & 0xe0) == 0xc0) {
			len = 2;
			cp = c & 0x1f;
			min = 0x80;
		} else if ((c & 0xf0) == 0xe0) {
			len = 3;
			cp = c & 0x0f;
			min = 0x800;
		} else if ((c & 0xf8) == 0xf0) {
			len = 4;
			cp = c & 0x07;
			min = 0x10000;
		}
		int ok = len > 0 && i + len <= n;
		for (size_t k = 1; ok && k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				ok = 0;
			else
				cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if (ok && (cp < min || cp > 0x10ffff ||
		           (cp >= 0xd800 && cp <= 0xdfff)))
			ok = 0;
		if (!ok) {
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

char *
message_to_utf8(const char *data, size_t len, const char *charset)
{
	char *cs = charset ? xstrdup(charset) : NULL;
	if (cs) {
		str_trim(cs);
		str_lower(cs);
	}
	int is_utf8 = cs && (!strcmp(cs, "utf-8") || !strcmp(cs, "utf8"));
	int is_ascii = cs == NULL || !strcmp(cs, "us-ascii") ||
	               !strcmp(cs, "ascii") || *cs == '\0';
	char *out = NULL;
	if (is_utf8 || (is_ascii && valid_utf8(data, len))) {
		out = clean(data, len, 0);
	} else {
		/* Latin-1 labels are windows-1252 in practice (WHATWG). */
		const char *from = is_ascii ? "windows-1252" : cs;
		if (!strcmp(from, "iso-8859-1") || !strcmp(from, "latin1") ||
		    !strcmp(from, "iso_8859-1"))
			from = "windows-1252";
		char *conv = NULL;
		size_t clen = 0;
		if (charconv_buffer("utf-8", from, data, len, &conv, &clen) ==
		        MAIL_CHARCONV_NO_ERROR ||
		    (conv = NULL, !valid_utf8(data, len) &&
		         charconv_buffer("utf-8", "windows-1252", data, len,
		                         &conv, &clen) ==
		             MAIL_CHARCONV_NO_ERROR)) {
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
	size_t idx = 0;
	char *dec = NULL;
	char *r;
	if (mailmime_encoded_phrase_parse("windows-1252", value, strlen(value),
	                                  &idx, "utf-8", &dec) ==
	        MAILIMF_NO_ERROR &&
	    dec) {
		r = clean(dec, strlen(dec), 1);
		free(dec);
	} else {
		r = message_to_utf8(value, strlen(value), NULL);
		char *t = clean(r, strlen(r), 1);
		free(r);
		r = t;
	}
	return r;
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

static void
set_optional(struct message *m, const char *name, const char *value)
{
	static const struct { const char *name; size_t off; } t[] = {
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
				const char *a = p && p->pt_addr_spec
				                    ? p->pt_addr_spec : "";
				m->return_path = clean(a, strlen(a), 1);
			}
			break;
		case MAILIMF_FIELD_FROM:
			if (m->from_addr == NULL && fld->fld_data.fld_from) {
				clist *l = fld->fld_data.fld_from->frm_mb_list
				               ->mb_list;
				clistiter *b = l ? clist_begin(l) : NULL;
				if (b)
					set_mailbox(clist_content(b),
					            &m->from_name, &m->from_addr);
			}
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
		case MAILIMF_FIELD_ORIG_DATE:
			break;
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
	struct mailmime *plain, *html;
	int attachments;
	int report;
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
		    f->fld_data.fld_disposition->dsp_type->dsp_type ==
		        MAILMIME_DISPOSITION_TYPE_ATTACHMENT)
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
		static const char *names[] = {"", "text", "image", "audio",
		                              "video", "application"};
		int k = t->tp_data.tp_discrete_type->dt_type;
		*type = k > 0 && k < 6 ? names[k]
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

static void
walk(struct walk *w, struct mailmime *mm, int depth)
{
	if (mm == NULL)
		return;
	if (depth > w->lim->max_depth) {
		w->too_deep = 1;
		return;
	}
	if (++w->parts > w->lim->max_parts) {
		w->too_many = 1;
		return;
	}
	const char *type, *sub;
	content_type(mm, &type, &sub);
	switch (mm->mm_type) {
	case MAILMIME_SINGLE:
		if (!strcasecmp(type, "text") && !is_attachment(mm)) {
			if (!strcasecmp(sub, "plain") && w->plain == NULL)
				w->plain = mm;
			else if (!strcasecmp(sub, "html") && w->html == NULL)
				w->html = mm;
			else if (strcasecmp(sub, "plain") &&
			         strcasecmp(sub, "html"))
				w->attachments++;
		} else {
			w->attachments++;
		}
		break;
	case MAILMIME_MULTIPLE:
		if (!strcasecmp(sub, "report"))
			w->report = 1;
		for (clistiter *it =
		         clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
		     it; it = clist_next(it))
			walk(w, clist_content(it), depth + 1);
		break;
	case MAILMIME_MESSAGE:
		/* A message/rfc822 part: its text counts only when the
		 * outer message had none (a forward as attachment). */
		walk(w, mm->mm_data.mm_message.mm_msg_mime, depth + 1);
		break;
	}
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
		size_t idx = 0;
		if (mailmime_part_parse(src, srclen, &idx, enc, &dec,
		                        &declen) == MAILIMF_NO_ERROR)
			freedec = 1;
	}
	if (!freedec) {
		dec = (char *)src;
		declen = srclen;
	}
	const char *charset = mm->mm_content_type
	                          ? mailmime_content_charset_get(
	                                mm->mm_content_type)
	                          : NULL;
	char *r = message_to_utf8(dec ? dec : "", dec ? declen : 0, charset);
	if (freedec)
		mailmime_decoded_part_free(dec);
	return r;
}

/* HTML to readable text: block elements and table rows end lines, table
 * cells are separated by a space, list items start with "- ". */
static void
html_walk(htmlNodePtr n, struct buf *b, int depth)
{
	static const char *blocks[] = {"p", "div", "br", "tr", "li", "h1",
	                               "h2", "h3", "h4", "h5", "h6", "table",
	                               "ul", "ol", "blockquote", "pre", "hr",
	                               "dt", "dd", "address", NULL};
	for (; n && depth < 200; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			const char *t = (const char *)n->content;
			/* Collapse the source's white space like a browser. */
			for (; t && *t; t++) {
				if (isspace((unsigned char)*t)) {
					if (b->len && b->p[b->len - 1] != ' ' &&
					    b->p[b->len - 1] != '\n')
						buf_addc(b, ' ');
				} else
					buf_addc(b, *t);
			}
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const char *name = (const char *)n->name;
		if (!strcasecmp(name, "script") || !strcasecmp(name, "style") ||
		    !strcasecmp(name, "head"))
			continue;
		int block = 0;
		for (int i = 0; blocks[i]; i++)
			if (!strcasecmp(name, blocks[i]))
				block = 1;
		if (block && b->len && b->p[b->len - 1] != '\n')
			buf_addc(b, '\n');
		if (!strcasecmp(name, "li"))
			buf_adds(b, "- ");
		if ((!strcasecmp(name, "td") || !strcasecmp(name, "th")) &&
		    b->len && b->p[b->len - 1] != '\n' &&
		    b->p[b->len - 1] != ' ')
			buf_addc(b, ' ');
		html_walk(n->children, b, depth + 1);
		if (block && b->len && b->p[b->len - 1] != '\n')
			buf_addc(b, '\n');
	}
}

static char *
html_to_text(const char *html)
{
	size_t n = strlen(html);
	if (n > INT32_MAX)
		return xstrdup("");
	htmlDocPtr doc = htmlReadMemory(html, (int)n, NULL, "UTF-8",
	                                HTML_PARSE_NOERROR |
	                                    HTML_PARSE_NOWARNING |
	                                    HTML_PARSE_NONET |
	                                    HTML_PARSE_RECOVER);
	if (doc == NULL)
		return xstrdup("");
	struct buf b;
	buf_init(&b, n * 2 + 64);
	html_walk(xmlDocGetRootElement(doc), &b, 0);
	xmlFreeDoc(doc);
	char *raw = buf_detach(&b);
	/* Trim spaces around line ends. */
	struct buf o;
	buf_init(&o, strlen(raw) + 16);
	char *save = NULL;
	for (char *line = strtok_r(raw, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		str_trim(line);
		buf_adds(&o, line);
		buf_addc(&o, '\n');
	}
	free(raw);
	return buf_detach(&o);
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
		                         "the limit of %zu", len, lim->max_size);
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
	struct mailmime *body = mime->mm_type == MAILMIME_MESSAGE
	                            ? mime->mm_data.mm_message.mm_msg_mime
	                            : mime;
	walk(&w, body, 1);
	m->is_report = w.report;
	m->attachments = w.attachments;
	if (w.too_deep)
		m->set_aside = xasprintf("MIME nesting deeper than %d",
		                         lim->max_depth);
	else if (w.too_many)
		m->set_aside = xasprintf("more than %d MIME parts",
		                         lim->max_parts);
	else if (w.plain)
		m->text = part_text(w.plain);
	else if (w.html) {
		char *h = part_text(w.html);
		m->text = html_to_text(h);
		m->text_from_html = 1;
		free(h);
	} else
		m->text = xstrdup("");
	mailmime_free(mime);
	return 0;
}

void
message_free(struct message *m)
{
	if (m == NULL)
		return;
	char **s[] = {&m->message_id, &m->in_reply_to, &m->references,
	              &m->from_name, &m->from_addr, &m->reply_to_addr,
	              &m->subject, &m->date, &m->return_path,
	              &m->auto_submitted, &m->precedence, &m->list_id,
	              &m->x_loop, &m->text, &m->set_aside};
	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
		free(*s[i]);
	memset(m, 0, sizeof *m);
}
