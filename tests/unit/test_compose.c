/*
 * test_compose — unit tests for the compose module (cmocka).
 *
 * Every message built here is parsed back with libetpan, the library the
 * robot reads mail with, and checked: the exact set and order of header
 * names (from a raw scan of the header block, cross-checked with
 * libetpan's field list), the decoded Subject, display names and body
 * equal to what went in, CRLF everywhere, header lines of at most 78
 * columns, quoted-printable and base64 lines of at most 76.  Injection
 * attempts must leave the header set unchanged.  Table-driven: each row
 * runs as its own cmocka test named by its label.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <libetpan/libetpan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* 2010-06-01 07:45:00 UTC: the first course day, 09:45 in Almere. */
#define T_DAY1 ((time_t)1275378300)

#define H_FROM_TO "From To "
#define H_TAIL                                                                 \
	"Subject Date Message-ID Auto-Submitted X-Regbot-Kind MIME-Version "   \
	"Content-Type Content-Transfer-Encoding"
#define H_BASE H_FROM_TO H_TAIL
#define H_MULTI                                                                \
	"From To Subject Date Message-ID Auto-Submitted X-Regbot-Kind "        \
	"MIME-Version Content-Type"

/* ---- parsing a message back ----------------------------------------- */

struct parsed {
	char names[512]; /* header names in order, space-separated */
	char *subject;	 /* decoded */
	char *from_name, *from_addr;
	char *to_name, *to_addr;
	char *rt_name, *rt_addr;
	char *msgid;
	char refs[4096]; /* References ids, space-separated */
	char irt[512];
	char date[64]; /* raw Date value */
	int date_zone;
	int mechanism; /* of the text part */
	char *body;    /* decoded text part */
	size_t body_len;
	size_t natt;
	char *att[4];
	size_t att_len[4];
};

static char *
decode_phrase(const char *s)
{
	if (s == NULL)
		return NULL;
	size_t idx = 0;
	char *out = NULL;
	int r = mailmime_encoded_phrase_parse("utf-8", s, strlen(s), &idx,
					      "utf-8", &out);
	assert_int_equal(r, MAILIMF_NO_ERROR);
	return out;
}

static void
take_mailbox(struct mailimf_mailbox *mb, char **name, char **addr)
{
	*name = decode_phrase(mb->mb_display_name);
	*addr = xstrdup(mb->mb_addr_spec);
}

static void
join_ids(char *dst, size_t cap, clist *l)
{
	dst[0] = '\0';
	for (clistiter *it = clist_begin(l); it; it = clist_next(it)) {
		size_t n = strlen(dst);
		snprintf(dst + n, cap - n, "%s%s", n ? " " : "",
			 (char *)clist_content(it));
	}
}

/* Decodes one part's body; checks its encoded lines' length. */
static void
decode_part(struct mailmime *part, char **out, size_t *len, int *mech)
{
	assert_int_equal(part->mm_type, MAILMIME_SINGLE);
	struct mailmime_data *d = part->mm_data.mm_single;
	const char *raw = d->dt_data.dt_text.dt_data;
	size_t rawlen = d->dt_data.dt_text.dt_length, col = 0;
	for (size_t i = 0; i < rawlen; i++) {
		if (raw[i] == '\r' || raw[i] == '\n') {
			col = 0;
			continue;
		}
		if (++col > 76)
			fail_msg("encoded body line longer than 76");
	}
	size_t idx = 0;
	char *res = NULL;
	size_t rl = 0;
	assert_int_equal(
	    mailmime_part_parse(raw, rawlen, &idx, d->dt_encoding, &res, &rl),
	    MAILIMF_NO_ERROR);
	*out = xmalloc(rl + 1);
	memcpy(*out, res, rl);
	(*out)[rl] = '\0';
	*len = rl;
	mailmime_decoded_part_free(res);
	if (mech)
		*mech = d->dt_encoding;
}

static const char *
imf_name(const struct mailimf_field *f)
{
	static const struct {
		int type;
		const char *name;
	} names[] = {
	    {MAILIMF_FIELD_ORIG_DATE, "Date"},
	    {MAILIMF_FIELD_FROM, "From"},
	    {MAILIMF_FIELD_SENDER, "Sender"},
	    {MAILIMF_FIELD_REPLY_TO, "Reply-To"},
	    {MAILIMF_FIELD_TO, "To"},
	    {MAILIMF_FIELD_CC, "Cc"},
	    {MAILIMF_FIELD_BCC, "Bcc"},
	    {MAILIMF_FIELD_MESSAGE_ID, "Message-ID"},
	    {MAILIMF_FIELD_IN_REPLY_TO, "In-Reply-To"},
	    {MAILIMF_FIELD_REFERENCES, "References"},
	    {MAILIMF_FIELD_SUBJECT, "Subject"},
	};
	if (f->fld_type == MAILIMF_FIELD_OPTIONAL_FIELD)
		return f->fld_data.fld_optional_field->fld_name;
	for (size_t i = 0; i < NELEM(names); i++)
		if (names[i].type == f->fld_type)
			return names[i].name;
	return "(other)";
}

/* Raw checks: CRLF only, header lines <= max_line, header names. */
static void
raw_checks(const char *msg, size_t len, size_t max_line, char *names,
	   size_t cap)
{
	for (size_t i = 0; i < len; i++) {
		if (msg[i] == '\0')
			fail_msg("NUL in message");
		if (msg[i] == '\n' && (i == 0 || msg[i - 1] != '\r'))
			fail_msg("bare LF at %zu", i);
		if (msg[i] == '\r' && (i + 1 >= len || msg[i + 1] != '\n'))
			fail_msg("bare CR at %zu", i);
	}
	const char *end = strstr(msg, "\r\n\r\n");
	assert_non_null(end);
	names[0] = '\0';
	for (const char *p = msg; p <= end;) {
		const char *eol = strstr(p, "\r\n");
		size_t n = (size_t)(eol - p);
		if (n > max_line)
			fail_msg("header line of %zu > %zu: %.*s", n, max_line,
				 (int)n, p);
		if (n == 0 || p[0] == ' ' || p[0] == '\t') {
			if (n > 0) {
				/* a folded line holds text, not only space */
				size_t k = 0;
				while (k < n && (p[k] == ' ' || p[k] == '\t'))
					k++;
				assert_true(k < n);
			}
		} else {
			const char *colon = memchr(p, ':', n);
			assert_non_null(colon);
			size_t used = strlen(names);
			snprintf(names + used, cap - used, "%s%.*s",
				 used ? " " : "", (int)(colon - p), p);
		}
		p = eol + 2;
	}
	/* every line of the message, part headers included */
	size_t col = 0;
	for (size_t i = 0; i < len; i++) {
		if (msg[i] == '\r') {
			col = 0;
			i++;
			continue;
		}
		if (++col > max_line)
			fail_msg("line longer than %zu", max_line);
	}
}

static void
parse_back(const char *msg, size_t len, size_t max_line, struct parsed *p)
{
	memset(p, 0, sizeof *p);
	raw_checks(msg, len, max_line, p->names, sizeof p->names);
	size_t idx = 0;
	struct mailmime *mime = NULL;
	assert_int_equal(mailmime_parse(msg, len, &idx, &mime),
			 MAILIMF_NO_ERROR);
	assert_int_equal(mime->mm_type, MAILMIME_MESSAGE);
	struct mailimf_fields *fields = mime->mm_data.mm_message.mm_fields;
	char lnames[512] = "";
	for (clistiter *it = clist_begin(fields->fld_list); it;
	     it = clist_next(it)) {
		struct mailimf_field *f = clist_content(it);
		size_t used = strlen(lnames);
		snprintf(lnames + used, sizeof lnames - used, "%s%s",
			 used ? " " : "", imf_name(f));
		switch (f->fld_type) {
		case MAILIMF_FIELD_SUBJECT:
			p->subject =
			    decode_phrase(f->fld_data.fld_subject->sbj_value);
			break;
		case MAILIMF_FIELD_FROM:
			take_mailbox(
			    clist_content(clist_begin(
				f->fld_data.fld_from->frm_mb_list->mb_list)),
			    &p->from_name, &p->from_addr);
			break;
		case MAILIMF_FIELD_TO: {
			struct mailimf_address *a = clist_content(clist_begin(
			    f->fld_data.fld_to->to_addr_list->ad_list));
			assert_int_equal(
			    clist_count(
				f->fld_data.fld_to->to_addr_list->ad_list),
			    1);
			assert_int_equal(a->ad_type, MAILIMF_ADDRESS_MAILBOX);
			take_mailbox(a->ad_data.ad_mailbox, &p->to_name,
				     &p->to_addr);
			break;
		}
		case MAILIMF_FIELD_REPLY_TO: {
			struct mailimf_address *a = clist_content(clist_begin(
			    f->fld_data.fld_reply_to->rt_addr_list->ad_list));
			assert_int_equal(a->ad_type, MAILIMF_ADDRESS_MAILBOX);
			take_mailbox(a->ad_data.ad_mailbox, &p->rt_name,
				     &p->rt_addr);
			break;
		}
		case MAILIMF_FIELD_MESSAGE_ID:
			p->msgid =
			    xstrdup(f->fld_data.fld_message_id->mid_value);
			break;
		case MAILIMF_FIELD_IN_REPLY_TO:
			join_ids(p->irt, sizeof p->irt,
				 f->fld_data.fld_in_reply_to->mid_list);
			break;
		case MAILIMF_FIELD_REFERENCES:
			join_ids(p->refs, sizeof p->refs,
				 f->fld_data.fld_references->mid_list);
			break;
		case MAILIMF_FIELD_ORIG_DATE:
			p->date_zone =
			    f->fld_data.fld_orig_date->dt_date_time->dt_zone;
			break;
		default:
			break;
		}
	}
	/* libetpan's list is the raw list without the MIME headers */
	char rawimf[512] = "";
	char copy[512];
	snprintf(copy, sizeof copy, "%s", p->names);
	for (char *save, *t = strtok_r(copy, " ", &save); t;
	     t = strtok_r(NULL, " ", &save)) {
		if (strcmp(t, "MIME-Version") == 0 ||
		    strncmp(t, "Content-", 8) == 0)
			continue;
		size_t used = strlen(rawimf);
		snprintf(rawimf + used, sizeof rawimf - used, "%s%s",
			 used ? " " : "", t);
	}
	assert_string_equal(lnames, rawimf);
	const char *d = strstr(msg, "\r\nDate: ");
	assert_non_null(d);
	snprintf(p->date, sizeof p->date, "%.*s", (int)strcspn(d + 8, "\r"),
		 d + 8);

	struct mailmime *body = mime->mm_data.mm_message.mm_msg_mime;
	struct mailmime *text = body;
	if (body->mm_type == MAILMIME_MULTIPLE) {
		clist *parts = body->mm_data.mm_multipart.mm_mp_list;
		clistiter *it = clist_begin(parts);
		text = clist_content(it);
		for (it = clist_next(it); it && p->natt < 4;
		     it = clist_next(it), p->natt++) {
			int mech;
			decode_part(clist_content(it), &p->att[p->natt],
				    &p->att_len[p->natt], &mech);
			assert_int_equal(mech, MAILMIME_MECHANISM_BASE64);
		}
	}
	char *cs = mailmime_content_charset_get(text->mm_content_type);
	assert_non_null(cs);
	assert_true(strcasecmp(cs, "UTF-8") == 0);
	assert_string_equal(text->mm_content_type->ct_subtype, "plain");
	decode_part(text, &p->body, &p->body_len, &p->mechanism);
	mailmime_free(mime);
}

static void
parsed_free(struct parsed *p)
{
	free(p->subject);
	free(p->from_name);
	free(p->from_addr);
	free(p->to_name);
	free(p->to_addr);
	free(p->rt_name);
	free(p->rt_addr);
	free(p->msgid);
	free(p->body);
	for (size_t i = 0; i < p->natt; i++)
		free(p->att[i]);
}

/* Each line of a quoted-printable body on its own decodes to whole
 * UTF-8 characters: soft breaks never split one. */
static void
check_qp_char_boundaries(const char *msg)
{
	const char *b = strstr(msg, "\r\n\r\n") + 4;
	for (const char *line = b; *line;) {
		const char *eol = strstr(line, "\r\n");
		if (eol == NULL)
			break;
		int pending = 0; /* continuation bytes still expected */
		for (const char *q = line; q < eol; q++) {
			unsigned c = (unsigned char)*q;
			if (*q == '=' && q + 2 < eol) {
				sscanf(q + 1, "%2x", &c);
				q += 2;
			} else if (*q == '=') {
				break; /* soft break */
			}
			if (pending > 0) {
				assert_true((c & 0xC0) == 0x80);
				pending--;
			} else {
				pending = c >= 0xF0   ? 3
					  : c >= 0xE0 ? 2
					  : c >= 0xC0 ? 1
						      : 0;
			}
		}
		assert_int_equal(pending, 0);
		line = eol + 2;
	}
}

/* ---- building ------------------------------------------------------- */

static void
base_msg(struct compose_msg *m)
{
	memset(m, 0, sizeof *m);
	m->from_name = "deSTADSWIJKstudies Almere";
	m->from_addr = "aanmelden@example.org";
	m->to_name = "Deelnemer Een";
	m->to_addr = "een@example.org";
	m->message_id = "confirm.17@example.org";
	m->auto_submitted = "auto-replied";
	m->kind = "confirmation";
	m->date = T_DAY1;
	m->utc_offset_min = 120;
	m->rendered = "Subject: Bevestiging\n\nBeste Deelnemer Een,\n";
}

static char *
build_ok(const struct compose_msg *m, size_t *len)
{
	struct buf out;
	buf_init(&out, (size_t)4 << 20);
	char *err = NULL;
	int rc = compose_build(m, &out, &err);
	if (rc != 0)
		fail_msg("compose_build: %s", err ? err : "(no message)");
	assert_null(err);
	*len = out.len;
	return buf_detach(&out);
}

/* ---- table of messages ---------------------------------------------- */

struct ccase {
	const char *label;
	/* input: NULL keeps base_msg's value */
	const char *rendered;
	const char *from_name, *to_name, *reply_to;
	const char *in_reply_to, *references;
	int no_from_name;
	int natt;
	/* expected */
	const char *names;
	const char *subject;
	const char *to_name_out; /* decoded; NULL: as to_name */
	const char *rt_name, *rt_addr;
	const char *irt, *refs;
	const char *body;
	int mechanism;
};

#define MECH_7 MAILMIME_MECHANISM_7BIT
#define MECH_QP MAILMIME_MECHANISM_QUOTED_PRINTABLE

static const char att_ics[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//regbot//test//NL\r\n"
    "END:VCALENDAR\r\n";

static const struct ccase cases[] = {
    {.label = "ascii_7bit",
     .rendered = "Subject: Bevestiging van uw aanmelding\n\n"
		 "Beste Deelnemer Een,\n\nU bent aangemeld.\n",
     .names = H_BASE,
     .subject = "Bevestiging van uw aanmelding",
     .body = "Beste Deelnemer Een,\r\n\r\nU bent aangemeld.\r\n",
     .mechanism = MECH_7},
    {.label = "utf8_subject_body_qp",
     .rendered = "Subject: Bevestiging: Sociale ambities \xe2\x80\x93 "
		 "Almere, caf\xc3\xa9\n\nTot ziens in caf\xc3\xa9 "
		 "De Nieuwe Bibliotheek \xe2\x82\xac 1.000\n",
     .names = H_BASE,
     .subject = "Bevestiging: Sociale ambities \xe2\x80\x93 Almere, "
		"caf\xc3\xa9",
     .body = "Tot ziens in caf\xc3\xa9 De Nieuwe Bibliotheek "
	     "\xe2\x82\xac 1.000\r\n",
     .mechanism = MECH_QP},
    {.label = "long_utf8_subject_folded",
     .rendered = "Subject: \xc3\x89\xc3\xa9n twee dri\xc3\xab \xf0\x9f\x98"
		 "\x80\xf0\x9f\x98\x80 vier v\xc3\xbc\x6e\x66 zes "
		 "\xe2\x88\x91\xe2\x88\x91\xe2\x88\x91\xe2\x88\x91 zeven "
		 "acht negen tien \xc3\x89\xc3\xa9n twee dri\xc3\xab "
		 "\xf0\x9f\x98\x80\xf0\x9f\x98\x80 vier "
		 "v\xc3\xbc\x6e\x66 zes \xe2\x88\x91\xe2\x88\x91 zeven "
		 "acht negen tien elf twaalf dertien veertien\n\nx\n",
     .names = H_BASE,
     .subject = "\xc3\x89\xc3\xa9n twee dri\xc3\xab \xf0\x9f\x98"
		"\x80\xf0\x9f\x98\x80 vier v\xc3\xbc\x6e\x66 zes "
		"\xe2\x88\x91\xe2\x88\x91\xe2\x88\x91\xe2\x88\x91 zeven "
		"acht negen tien \xc3\x89\xc3\xa9n twee dri\xc3\xab "
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80 vier "
		"v\xc3\xbc\x6e\x66 zes \xe2\x88\x91\xe2\x88\x91 zeven "
		"acht negen tien elf twaalf dertien veertien",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "long_ascii_subject_folded_at_spaces",
     .rendered = "Subject: Almere: Sociale ambities in een groeiende "
		 "stad - bevestiging van uw aanmelding voor alle vier "
		 "de bijeenkomsten op 1 juni, 23 september, 2 november "
		 "en 23 november 2010\n\nx\n",
     .names = H_BASE,
     .subject = "Almere: Sociale ambities in een groeiende stad - "
		"bevestiging van uw aanmelding voor alle vier de "
		"bijeenkomsten op 1 juni, 23 september, 2 november en "
		"23 november 2010",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "long_word_subject_encoded_and_split",
     .rendered = "Subject: kenmerk "
		 "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		 "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
		 "qrstuvwxyz0123456789 klaar\n\nx\n",
     .names = H_BASE,
     .subject = "kenmerk "
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
		"qrstuvwxyz0123456789 klaar",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "subject_literal_encoded_word_stays_text",
     .rendered = "Subject: Re: =?UTF-8?Q?a=0D=0AX-Bad:_1?= en "
		 "=?UTF-8?B?DQpYLUJhZDogMQ==?=\n\nx\n",
     .names = H_BASE,
     .subject = "Re: =?UTF-8?Q?a=0D=0AX-Bad:_1?= en "
		"=?UTF-8?B?DQpYLUJhZDogMQ==?=",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "subject_folded_in_template_is_one_header",
     .rendered = "Subject: Hallo\n Bcc: evil@example.org\n\tX-Bad: 1\n"
		 "\nx\n",
     .names = H_BASE,
     .subject = "Hallo Bcc: evil@example.org X-Bad: 1",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "subject_controls_cleaned",
     .rendered = "Subject: a\tb\x01"
		 "c\x7f"
		 "d \x1b[1m \xc2\x85 e\xff\n\nx\n",
     .names = H_BASE,
     .subject = "a b c d [1m e\xef\xbf\xbd",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "to_name_crlf_injection",
     .to_name = "Deelnemer\r\nBcc: evil@example.org\r\n\r\nbody",
     .names = H_BASE,
     .subject = "Bevestiging",
     .to_name_out = "Deelnemer Bcc: evil@example.org body",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "to_name_encoded_line_break_literal",
     .to_name = "=?UTF-8?Q?Evil=0D=0ABcc:_evil@example.org?=",
     .names = H_BASE,
     .subject = "Bevestiging",
     .to_name_out = "=?UTF-8?Q?Evil=0D=0ABcc:_evil@example.org?=",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "to_name_quoted_with_escapes",
     .to_name = "Een, Deelnemer \"Dee\" \\ (Stichting Voorbeeld)",
     .names = H_BASE,
     .subject = "Bevestiging",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "to_name_utf8_encoded",
     .to_name = "Deelnemer \xc3\x89\xc3\xa9n-Tw\xc3\xa9\xc3\xa9",
     .names = H_BASE,
     .subject = "Bevestiging",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "to_name_long_utf8_folded",
     .to_name = "Voorbeeld Persoon van der Stichting Voorbeeld "
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 afdeling "
		"Sociale Ontwikkeling en Welzijn, team Stadswijk Almere "
		"Haven \xe2\x80\x93 Poort \xe2\x80\x93 Buiten",
     .names = H_BASE,
     .subject = "Bevestiging",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "no_display_names",
     .no_from_name = 1,
     .to_name = "  \t ",
     .names = H_BASE,
     .subject = "Bevestiging",
     .to_name_out = "",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "reply_to_from_template",
     .rendered = "Subject: Bevestiging\nReply-To: Secretariaat "
		 "Sociale Agenda <secretariaat@almere.nl>\n\nx\n",
     .reply_to = "other@example.org",
     .names = H_FROM_TO "Reply-To " H_TAIL,
     .subject = "Bevestiging",
     .rt_name = "Secretariaat Sociale Agenda",
     .rt_addr = "secretariaat@almere.nl",
     .body = "x\r\n",
     .mechanism = MECH_7},
    {.label = "reply_to_from_message",
     .reply_to = "\"Programma, Secretariaat\" <secretariaat@almere.nl>",
     .names = H_FROM_TO "Reply-To " H_TAIL,
     .subject = "Bevestiging",
     .rt_name = "Programma, Secretariaat",
     .rt_addr = "secretariaat@almere.nl",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "thread_headers",
     .in_reply_to = "<abc.1@example.nl>",
     .references = "<r1@example.nl>\r\n <r2@example.nl>",
     .names = "From To Subject Date Message-ID In-Reply-To References "
	      "Auto-Submitted X-Regbot-Kind MIME-Version Content-Type "
	      "Content-Transfer-Encoding",
     .subject = "Bevestiging",
     .irt = "abc.1@example.nl",
     .refs = "r1@example.nl r2@example.nl abc.1@example.nl",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "thread_headers_cleaned",
     .in_reply_to = "<abc.1@example.nl>\r\nBcc: evil@example.org",
     .references = "garbage <bad id@example.nl> <ok@example.nl>\r\n"
		   "X-Bad: 1 <abc.1@example.nl>",
     .names = "From To Subject Date Message-ID In-Reply-To References "
	      "Auto-Submitted X-Regbot-Kind MIME-Version Content-Type "
	      "Content-Transfer-Encoding",
     .subject = "Bevestiging",
     .irt = "abc.1@example.nl",
     .refs = "ok@example.nl abc.1@example.nl",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "thread_in_reply_to_without_brackets",
     .in_reply_to = " abc.2@example.nl ",
     .names = "From To Subject Date Message-ID In-Reply-To References "
	      "Auto-Submitted X-Regbot-Kind MIME-Version Content-Type "
	      "Content-Transfer-Encoding",
     .subject = "Bevestiging",
     .irt = "abc.2@example.nl",
     .refs = "abc.2@example.nl",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "thread_garbage_in_reply_to_omitted",
     .in_reply_to = "no id here\r\nBcc: evil@example.org",
     .names = H_BASE,
     .subject = "Bevestiging",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "body_line_endings_normalised",
     .rendered = "Subject: x\r\n\r\nregel een\rregel twee\nregel drie\r\n"
		 "\n\rlaatste zonder einde",
     .names = H_BASE,
     .subject = "x",
     .body = "regel een\r\nregel twee\r\nregel drie\r\n\r\n\r\n"
	     "laatste zonder einde\r\n",
     .mechanism = MECH_7},
    {.label = "body_long_line_qp",
     .rendered = "Subject: x\n\nDeze regel is langer dan zesenzeventig "
		 "tekens, zodat quoted-printable nodig is; a=b en "
		 "c = d.   \n\tTab aan het begin en spaties aan het eind  "
		 "\n",
     .names = H_BASE,
     .subject = "x",
     .body = "Deze regel is langer dan zesenzeventig tekens, zodat "
	     "quoted-printable nodig is; a=b en c = d.   \r\n\tTab aan "
	     "het begin en spaties aan het eind  \r\n",
     .mechanism = MECH_QP},
    {.label = "body_utf8_at_soft_breaks",
     .rendered = "Subject: x\n\n"
		 "aa\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		 "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xf0\x9f\x98\x80"
		 "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xe2\x82\xac\xe2\x82\xac"
		 "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
		 "\xe2\x82\xac\xe2\x82\xac=\n",
     .names = H_BASE,
     .subject = "x",
     .body = "aa\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	     "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xf0\x9f\x98\x80"
	     "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xe2\x82\xac\xe2\x82\xac"
	     "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
	     "\xe2\x82\xac\xe2\x82\xac=\r\n",
     .mechanism = MECH_QP},
    {.label = "body_invalid_utf8_replaced",
     .rendered = "Subject: x\n\nnaam: \xff\xc0\xaf einde\n",
     .names = H_BASE,
     .subject = "x",
     .body = "naam: \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd einde\r\n",
     .mechanism = MECH_QP},
    {.label = "body_empty",
     .rendered = "Subject: x\n\n",
     .names = H_BASE,
     .subject = "x",
     .body = "",
     .mechanism = MECH_7},
    {.label = "headers_without_body",
     .rendered = "Subject: x",
     .names = H_BASE,
     .subject = "x",
     .body = "",
     .mechanism = MECH_7},
    {.label = "one_attachment",
     .natt = 1,
     .names = H_MULTI,
     .subject = "Bevestiging",
     .body = "Beste Deelnemer Een,\r\n",
     .mechanism = MECH_7},
    {.label = "two_attachments_utf8_body",
     .rendered = "Subject: Programma\n\nZie de bijlagen \xe2\x80\x93 "
		 "programma en agenda.\n",
     .natt = 2,
     .names = H_MULTI,
     .subject = "Programma",
     .body = "Zie de bijlagen \xe2\x80\x93 programma en agenda.\r\n",
     .mechanism = MECH_QP},
};

static void
att_data(size_t i, const char **data, size_t *len)
{
	static char binary[3000];
	if (i == 0) {
		*data = att_ics;
		*len = sizeof att_ics - 1;
		return;
	}
	for (size_t k = 0; k < sizeof binary; k++)
		binary[k] = (char)(k * 7 + 3);
	*data = binary;
	*len = sizeof binary;
}

static void
run_case(void **state)
{
	const struct ccase *c = *state;
	struct compose_msg m;
	base_msg(&m);
	if (c->rendered)
		m.rendered = c->rendered;
	if (c->from_name)
		m.from_name = c->from_name;
	if (c->no_from_name)
		m.from_name = NULL;
	if (c->to_name)
		m.to_name = c->to_name;
	m.reply_to = c->reply_to;
	m.in_reply_to = c->in_reply_to;
	m.references = c->references;
	struct compose_attachment att[2];
	for (int i = 0; i < c->natt; i++) {
		att[i].content_type = i == 0 ? "text/calendar; method=PUBLISH; "
					       "charset=UTF-8"
					     : "application/octet-stream";
		att[i].filename = i == 0 ? "leergang-almere.ics" : "data.bin";
		att_data((size_t)i, &att[i].data, &att[i].len);
	}
	m.att = c->natt ? att : NULL;
	m.natt = (size_t)c->natt;

	size_t len;
	char *msg = build_ok(&m, &len);
	struct parsed p;
	parse_back(msg, len, 78, &p);
	assert_string_equal(p.names, c->names);
	assert_string_equal(p.subject, c->subject);
	assert_string_equal(p.from_addr, "aanmelden@example.org");
	assert_string_equal(p.from_name ? p.from_name : "",
			    m.from_name ? m.from_name : "");
	assert_string_equal(p.to_addr, "een@example.org");
	char *want_to = compose_clean_header_text(m.to_name);
	assert_string_equal(p.to_name ? p.to_name : "",
			    c->to_name_out ? c->to_name_out : want_to);
	free(want_to);
	if (c->rt_addr) {
		assert_string_equal(p.rt_addr, c->rt_addr);
		assert_string_equal(p.rt_name, c->rt_name);
	}
	assert_string_equal(p.msgid, "confirm.17@example.org");
	assert_string_equal(p.irt, c->irt ? c->irt : "");
	assert_string_equal(p.refs, c->refs ? c->refs : "");
	assert_string_equal(p.date, "Tue, 01 Jun 2010 09:45:00 +0200");
	assert_int_equal(p.date_zone, 200);
	assert_int_equal(p.body_len, strlen(c->body));
	assert_memory_equal(p.body, c->body, p.body_len);
	assert_int_equal(p.mechanism, c->mechanism);
	if (c->mechanism == MECH_QP && c->natt == 0)
		check_qp_char_boundaries(msg);
	assert_int_equal(p.natt, (size_t)c->natt);
	for (size_t i = 0; i < p.natt; i++) {
		assert_int_equal(p.att_len[i], att[i].len);
		assert_memory_equal(p.att[i], att[i].data, att[i].len);
	}
	/* nothing the input said can show up as a header line */
	assert_null(strstr(msg, "\r\nBcc:"));
	assert_null(strstr(msg, "\r\nX-Bad:"));
	parsed_free(&p);
	free(msg);
}

/* ---- errors ---------------------------------------------------------- */

struct ecase {
	const char *label;
	const char *rendered;
	const char *to_addr, *from_addr, *message_id, *kind, *reply_to;
	const char *att_type;
	int offset;
	size_t max;
	const char *want; /* substring of the error */
};

static const struct ecase ecases[] = {
    {"err_body_without_headers", "Beste Deelnemer Een,\n\nU bent er.\n",
     .want = "line 1: \"Beste Deelnemer Een,\" is not a header line"},
    {"err_no_subject", "\nBeste,\n", .want = "no Subject header"},
    {"err_reply_to_only", "Reply-To: a@example.org\n\nx\n",
     .want = "no Subject header"},
    {"err_bcc_in_template", "Subject: x\nBcc: evil@example.org\n\nx\n",
     .want = "line 2: header \"Bcc\" may not be set by a template"},
    {"err_from_in_template", "Subject: x\r\nFROM: a@example.org\r\n\r\n",
     .want = "line 2: header \"FROM\" may not be set"},
    {"err_crlf_in_subject_line", "Subject: x\r\nX-Bad: 1\r\n\r\nbody",
     .want = "header \"X-Bad\" may not be set"},
    {"err_subject_twice", "Subject: x\nsubject: y\n\n",
     .want = "line 2: Subject given twice"},
    {"err_subject_empty", "Subject: \t \x01\n\nx\n",
     .want = "the Subject header is empty"},
    {"err_continuation_first", " Subject: x\n\n",
     .want = "line 1: continuation line without a header"},
    {"err_reply_to_invalid",
     "Subject: x\nReply-To: Secretariaat <niet geldig>\n\n",
     .want = "line 2: Reply-To \"Secretariaat <niet geldig>\" is not a "
	     "valid address"},
    {"err_to_addr_injection",
     .to_addr = "een@example.org\r\nBcc: evil@example.org",
     .want = "to address"},
    {"err_to_addr_spaces", .to_addr = "een @example.org", .want = "to address"},
    {"err_to_addr_brackets", .to_addr = "<een@example.org>",
     .want = "to address"},
    {"err_from_addr", .from_addr = "aanmelden", .want = "from address"},
    {"err_message_id", .message_id = "<confirm.17@example.org>",
     .want = "message id"},
    {"err_message_id_space", .message_id = "a b@example.org",
     .want = "message id"},
    {"err_kind", .kind = "confirmation\r\nBcc: x", .want = "kind"},
    {"err_reply_to_msg", .reply_to = "nobody", .want = "reply_to"},
    {"err_attachment_type", .att_type = "text/calendar\r\nX-Bad: 1",
     .want = "attachment 1: content type"},
    {"err_attachment_no_subtype", .att_type = "text",
     .want = "attachment 1: content type"},
    {"err_date_offset", .offset = 24 * 60, .want = "out of range"},
    {"err_too_large", .max = 200, .want = "output limit"},
};

static void
run_error(void **state)
{
	const struct ecase *c = *state;
	struct compose_msg m;
	base_msg(&m);
	if (c->rendered)
		m.rendered = c->rendered;
	if (c->to_addr)
		m.to_addr = c->to_addr;
	if (c->from_addr)
		m.from_addr = c->from_addr;
	if (c->message_id)
		m.message_id = c->message_id;
	if (c->kind)
		m.kind = c->kind;
	m.reply_to = c->reply_to;
	if (c->offset)
		m.utc_offset_min = c->offset;
	struct compose_attachment att = {c->att_type, "x.ics", "x", 1};
	if (c->att_type) {
		m.att = &att;
		m.natt = 1;
	}
	struct buf out;
	buf_init(&out, c->max ? c->max : (size_t)1 << 20);
	buf_adds(&out, "keep");
	char *err = NULL;
	assert_int_equal(compose_build(&m, &out, &err), -1);
	assert_non_null(err);
	if (strstr(err, c->want) == NULL)
		fail_msg("error \"%s\" lacks \"%s\"", err, c->want);
	assert_null(strchr(err, '\n'));
	/* the buffer is as it was */
	assert_string_equal(buf_str(&out), "keep");
	free(err);
	/* err may be NULL */
	assert_int_equal(compose_build(&m, &out, NULL), -1);
	assert_string_equal(buf_str(&out), "keep");
	buf_free(&out);
}

/* ---- smaller functions ---------------------------------------------- */

static void
test_dates(void **state)
{
	(void)state;
	static const struct {
		long long t;
		int off;
		const char *want;
	} t[] = {
	    {1275378300, 120, "Tue, 01 Jun 2010 09:45:00 +0200"},
	    {1275378300, 0, "Tue, 01 Jun 2010 07:45:00 +0000"},
	    {1275350400, -300, "Mon, 31 May 2010 19:00:00 -0500"},
	    {1275350400, -150, "Mon, 31 May 2010 21:30:00 -0230"},
	    {1275350400, 330, "Tue, 01 Jun 2010 05:30:00 +0530"},
	    {1285228800, 120, "Thu, 23 Sep 2010 10:00:00 +0200"},
	    {1290470400, 60, "Tue, 23 Nov 2010 01:00:00 +0100"},
	    {1293839999, 60, "Sat, 01 Jan 2011 00:59:59 +0100"},
	    {1293839999, -60, "Fri, 31 Dec 2010 22:59:59 -0100"},
	    {951782400, 0, "Tue, 29 Feb 2000 00:00:00 +0000"},
	    {0, 0, "Thu, 01 Jan 1970 00:00:00 +0000"},
	    {-1, 0, "Wed, 31 Dec 1969 23:59:59 +0000"},
	    {-86400LL * 365, -720, "Tue, 31 Dec 1968 12:00:00 -1200"},
	    {4102444800LL, 840, "Fri, 01 Jan 2100 14:00:00 +1400"},
	    {253402300799LL, 0, "Fri, 31 Dec 9999 23:59:59 +0000"},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		char *d = compose_date((time_t)t[i].t, t[i].off);
		assert_non_null(d);
		if (strcmp(d, t[i].want) != 0)
			fail_msg("compose_date(%lld, %d) = \"%s\", want \"%s\"",
				 t[i].t, t[i].off, d, t[i].want);
		free(d);
	}
	assert_null(compose_date(0, 24 * 60));
	assert_null(compose_date(0, -24 * 60));
	assert_null(compose_date((time_t)253402300800LL, 0));
}

static void
test_encode_words(void **state)
{
	(void)state;
	static const char *const in[] = {
	    "plain ascii words only",
	    "\xc3\x89\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n "
	    "\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n "
	    "\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n "
	    "\xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n \xc3\xa9\xc3\xa9n",
	    "\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98"
	    "\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f"
	    "\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80",
	    "a=?b ?= c_d e?f",
	    "",
	};
	static const size_t used[] = {9, 13, 30, 50};
	for (size_t i = 0; i < NELEM(in); i++) {
		for (size_t u = 0; u < NELEM(used); u++) {
			char *v = compose_encode_words(in[i], used[u]);
			assert_non_null(v);
			/* line lengths, counting the header name */
			size_t col = used[u];
			for (const char *p = v; *p; p++) {
				if (*p == '\r') {
					assert_true(
					    p[1] == '\n' &&
					    (p[2] == ' ' || p[2] == '\t'));
					col = 0;
					p++;
					continue;
				}
				assert_true(++col <= 78);
			}
			/* encoded words of at most 75 characters */
			for (const char *p = strstr(v, "=?"); p;
			     p = strstr(p + 2, "=?")) {
				const char *e = strstr(p + 10, "?=");
				assert_non_null(e);
				assert_true(e + 2 - p <= 75);
				p = e;
			}
			char *d = decode_phrase(v);
			assert_string_equal(d, in[i]);
			free(d);
			free(v);
		}
	}
	assert_null(compose_encode_words(NULL, 9));
}

static void
test_address(void **state)
{
	(void)state;
	static const struct {
		const char *name, *addr, *want;
	} t[] = {
	    {"Deelnemer Een", "een@example.org",
	     "Deelnemer Een <een@example.org>"},
	    {NULL, "een@example.org", "een@example.org"},
	    {"", "een@example.org", "een@example.org"},
	    {"A.B. Voorbeeld", "ab@example.org",
	     "\"A.B. Voorbeeld\" <ab@example.org>"},
	    {"Een \"Twee\" \\", "x@example.org",
	     "\"Een \\\"Twee\\\" \\\\\" <x@example.org>"},
	    {"\xc3\x89\xc3\xa9n", "x@example.org",
	     "=?UTF-8?B?w4nDqW4=?= <x@example.org>"},
	    {"Caf\xc3\xa9 De Nieuwe Bibliotheek", "x@example.org",
	     "=?UTF-8?Q?Caf=C3=A9_De_Nieuwe_Bibliotheek?= <x@example.org>"},
	    {"a\r\nBcc: b@example.org", "x@example.org",
	     "\"a Bcc: b@example.org\" <x@example.org>"},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		char *a = compose_address(t[i].name, t[i].addr);
		assert_non_null(a);
		assert_string_equal(a, t[i].want);
		free(a);
	}
	static const char *const bad[] = {
	    NULL,
	    "",
	    "een",
	    "een@",
	    "@example.org",
	    "een@example.org>",
	    "een@example.org\r\nBcc: x@example.org",
	    "a b@example.org",
	    "a@b@example.org",
	    "\"a\"@example.org",
	    "d\xc3\xa9@example.org",
	};
	for (size_t i = 0; i < NELEM(bad); i++)
		assert_null(compose_address("Naam", bad[i]));
}

static void
test_clean_header_text(void **state)
{
	(void)state;
	static const struct {
		const char *in, *want;
	} t[] = {
	    {"", ""},
	    {"  a  b  ", "a b"},
	    {"a\r\nb\rc\nd", "a b c d"},
	    {"a\tb\x01\x1f\x7f"
	     "c",
	     "a b c"},
	    {"caf\xc3\xa9", "caf\xc3\xa9"},
	    {"x\xff"
	     "y",
	     "x\xef\xbf\xbdy"},
	    {"x\xc2\x85y\xe2\x80\xa8z", "x y z"},
	    {"\xe2\x82", "\xef\xbf\xbd\xef\xbf\xbd"},
	};
	for (size_t i = 0; i < NELEM(t); i++) {
		char *c = compose_clean_header_text(t[i].in);
		assert_string_equal(c, t[i].want);
		free(c);
	}
	assert_null(compose_clean_header_text(NULL));
}

/* Long message ids cannot be folded: lines stay under 998. */
static void
test_long_ids_and_many_references(void **state)
{
	(void)state;
	struct buf refs;
	buf_init(&refs, BUF_MAX_DEFAULT);
	for (int i = 0; i < 40; i++)
		buf_printf(&refs,
			   "<ref.%d.AM0PR07MB1234567890ABCDEF1234567890"
			   "@AM0PR07MB1234.eurprd07.prod.example.org>\r\n ",
			   i);
	struct compose_msg m;
	base_msg(&m);
	m.in_reply_to = "<parent.AM0PR07MB1234567890ABCDEF1234567890"
			"@AM0PR07MB1234.eurprd07.prod.example.org>";
	m.references = buf_str(&refs);
	size_t len;
	char *msg = build_ok(&m, &len);
	struct parsed p;
	parse_back(msg, len, 998, &p);
	assert_string_equal(p.irt, "parent.AM0PR07MB1234567890ABCDEF1234567890"
				   "@AM0PR07MB1234.eurprd07.prod.example.org");
	/* the first, the 18 most recent, the parent */
	size_t n = 1;
	for (const char *s = p.refs; *s; s++)
		n += *s == ' ';
	assert_int_equal(n, 20);
	assert_true(strncmp(p.refs, "ref.0.", 6) == 0);
	assert_non_null(strstr(p.refs, " ref.22."));
	assert_null(strstr(p.refs, " ref.21."));
	assert_non_null(strstr(p.refs, "ref.39."));
	assert_true(str_caseends(p.refs, p.irt));
	parsed_free(&p);
	free(msg);
	buf_free(&refs);

	/* the parent already last in References is not repeated */
	base_msg(&m);
	m.in_reply_to = "<b@example.nl>";
	m.references = "<a@example.nl> <b@example.nl>";
	msg = build_ok(&m, &len);
	parse_back(msg, len, 78, &p);
	assert_string_equal(p.refs, "a@example.nl b@example.nl");
	parsed_free(&p);
	free(msg);
}

/* Other kinds and the Auto-Submitted value. */
static void
test_kind_and_auto_submitted(void **state)
{
	(void)state;
	struct compose_msg m;
	base_msg(&m);
	m.kind = "digest";
	m.auto_submitted = "auto-generated";
	size_t len;
	char *msg = build_ok(&m, &len);
	assert_non_null(strstr(msg, "\r\nAuto-Submitted: auto-generated\r\n"));
	assert_non_null(strstr(msg, "\r\nX-Regbot-Kind: digest\r\n"));
	free(msg);
	m.auto_submitted = NULL; /* defaults to auto-replied */
	msg = build_ok(&m, &len);
	assert_non_null(strstr(msg, "\r\nAuto-Submitted: auto-replied\r\n"));
	free(msg);
}

/* Building twice gives the same bytes: the outbox may rely on it. */
static void
test_deterministic(void **state)
{
	(void)state;
	struct compose_msg m;
	base_msg(&m);
	struct compose_attachment att = {"text/calendar", "a.ics", att_ics,
					 sizeof att_ics - 1};
	m.att = &att;
	m.natt = 1;
	size_t l1, l2;
	char *a = build_ok(&m, &l1), *b = build_ok(&m, &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(a, b, l1);
	free(a);
	free(b);
}

/* Random hostile subjects and names: the header set never changes, and
 * what a reader decodes is the cleaned input. */
static void
test_random_header_text(void **state)
{
	(void)state;
	static const char *const pieces[] = {
	    "\r",
	    "\n",
	    "\r\n",
	    "\t",
	    " ",
	    "  ",
	    "\x01",
	    "\x7f",
	    "\xff",
	    "\xc3",
	    "\xc3\xa9",
	    "\xe2\x80\x93",
	    "\xf0\x9f\x98\x80",
	    "=?",
	    "?=",
	    "=?UTF-8?Q?",
	    "=0D=0A",
	    "_",
	    "Bcc:",
	    "X-Bad: 1",
	    "\"",
	    "\\",
	    "<",
	    ">",
	    "@",
	    ",",
	    ";",
	    ":",
	    "(",
	    ")",
	    "a",
	    "Een",
	    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789"
	    "abcdefghij",
	    "\xc2\x85",
	    "\xe2\x80\xa8",
	};
	unsigned long seed = 12345;
	for (int iter = 0; iter < 400; iter++) {
		char subj[600], name[300];
		size_t sl = 0, nl = 0;
		int parts = (int)(seed % 30) + 1;
		for (int k = 0; k < parts; k++) {
			seed = seed * 6364136223846793005UL +
			       1442695040888963407UL;
			const char *pc = pieces[(seed >> 33) % NELEM(pieces)];
			size_t pl = strlen(pc);
			if (sl + pl < 400) {
				memcpy(subj + sl, pc, pl);
				sl += pl;
			}
			seed = seed * 6364136223846793005UL +
			       1442695040888963407UL;
			pc = pieces[(seed >> 33) % NELEM(pieces)];
			pl = strlen(pc);
			if (nl + pl < 150) {
				memcpy(name + nl, pc, pl);
				nl += pl;
			}
		}
		subj[sl] = name[nl] = '\0';
		/* the subject travels in the template: one line of it */
		char *clean = compose_clean_header_text(subj);
		if (*clean == '\0') {
			free(clean);
			continue;
		}
		char *rendered = xasprintf("Subject: %s\n\nx\n", clean);
		struct compose_msg m;
		base_msg(&m);
		m.rendered = rendered;
		m.to_name = name;
		size_t len;
		char *msg = build_ok(&m, &len);
		struct parsed p;
		parse_back(msg, len, 78, &p);
		assert_string_equal(p.names, H_BASE);
		assert_string_equal(p.subject, clean);
		char *cn = compose_clean_header_text(name);
		assert_string_equal(p.to_name ? p.to_name : "", cn);
		assert_string_equal(p.to_addr, "een@example.org");
		free(cn);
		parsed_free(&p);
		free(msg);
		free(rendered);
		free(clean);
	}
}

/* A text part of the given subtype, decoded, with its encoded lines'
 * length checked. */
static char *
text_of(struct mailmime *part, const char *subtype, int *mech)
{
	assert_int_equal(part->mm_type, MAILMIME_SINGLE);
	assert_string_equal(part->mm_content_type->ct_subtype, subtype);
	char *cs = mailmime_content_charset_get(part->mm_content_type);
	assert_non_null(cs);
	assert_true(strcasecmp(cs, "UTF-8") == 0);
	char *out;
	size_t len;
	decode_part(part, &out, &len, mech);
	return out;
}

static struct mailmime *
nth_part(struct mailmime *mp, int n)
{
	assert_int_equal(mp->mm_type, MAILMIME_MULTIPLE);
	clistiter *it = clist_begin(mp->mm_data.mm_multipart.mm_mp_list);
	for (int i = 0; i < n && it; i++)
		it = clist_next(it);
	assert_non_null(it);
	return clist_content(it);
}

static int
nparts(struct mailmime *mp)
{
	return clist_count(mp->mm_data.mm_multipart.mm_mp_list);
}

/* An HTML alternative: multipart/alternative (text first, HTML last),
 * inside multipart/mixed when there are attachments; a body that holds a
 * boundary is never sent as 7bit. */
static void
test_html_alternative(void **state)
{
	(void)state;
	static const char html[] =
	    "<!DOCTYPE html>\n<html lang=\"nl\"><body><p>Beste "
	    "Deelnemer Een,</p><p>Uw plaats is bevestigd: caf\xc3\xa9 "
	    "De Nieuwe Bibliotheek, dinsdag 1 juni 2010, 09:45-16:30 uur, "
	    "inloop vanaf 09:15 uur.</p></body></html>\n";
	struct compose_msg m;
	base_msg(&m);
	m.html = html;
	for (int with_att = 0; with_att < 2; with_att++) {
		struct compose_attachment att = {
		    "text/calendar; charset=UTF-8; method=PUBLISH",
		    "agenda.ics", att_ics, sizeof att_ics - 1};
		m.att = with_att ? &att : NULL;
		m.natt = (size_t)with_att;
		size_t len;
		char *msg = build_ok(&m, &len);
		char names[512];
		raw_checks(msg, len, 78, names, sizeof names);
		assert_string_equal(names, H_MULTI);
		size_t idx = 0;
		struct mailmime *mime = NULL;
		assert_int_equal(mailmime_parse(msg, len, &idx, &mime),
				 MAILIMF_NO_ERROR);
		struct mailmime *body = mime->mm_data.mm_message.mm_msg_mime;
		assert_int_equal(body->mm_type, MAILMIME_MULTIPLE);
		assert_string_equal(body->mm_content_type->ct_subtype,
				    with_att ? "mixed" : "alternative");
		struct mailmime *alt = body;
		if (with_att) {
			assert_int_equal(nparts(body), 2);
			alt = nth_part(body, 0);
			assert_int_equal(alt->mm_type, MAILMIME_MULTIPLE);
			assert_string_equal(alt->mm_content_type->ct_subtype,
					    "alternative");
			char *ics;
			size_t ilen;
			int mech;
			decode_part(nth_part(body, 1), &ics, &ilen, &mech);
			assert_int_equal(mech, MAILMIME_MECHANISM_BASE64);
			assert_int_equal(ilen, sizeof att_ics - 1);
			assert_memory_equal(ics, att_ics, ilen);
			free(ics);
		}
		assert_int_equal(nparts(alt), 2);
		int mech;
		char *t = text_of(nth_part(alt, 0), "plain", &mech);
		assert_string_equal(t, "Beste Deelnemer Een,\r\n");
		assert_int_equal(mech, MAILMIME_MECHANISM_7BIT);
		free(t);
		char *h = text_of(nth_part(alt, 1), "html", &mech);
		char *want = NULL;
		size_t wl = 0;
		FILE *fp = open_memstream(&want, &wl);
		for (const char *q = html; *q; q++)
			fputs(*q == '\n' ? "\r\n" : (char[]){*q, 0}, fp);
		fclose(fp);
		assert_string_equal(h, want);
		assert_int_equal(mech, MAILMIME_MECHANISM_QUOTED_PRINTABLE);
		free(want);
		free(h);
		mailmime_free(mime);

		/* the boundaries differ and neither is a prefix of the
		 * other */
		const char *ba = strstr(msg, "boundary=\"=_regbot_alt_");
		assert_non_null(ba);
		if (with_att) {
			const char *bm =
			    strstr(msg, "boundary=\"=_regbot_mix_");
			assert_non_null(bm);
			assert_true(strncmp(ba + 10, bm + 10, 13) != 0);
		}
		/* a text that holds the boundary is quoted-printable */
		char bnd[64];
		snprintf(bnd, sizeof bnd, "%.*s", (int)strcspn(ba + 10, "\""),
			 ba + 10);
		char *rendered =
		    xasprintf("Subject: Bevestiging\n\n--%s--\n", bnd);
		struct compose_msg m2 = m;
		m2.rendered = rendered;
		size_t len2;
		char *msg2 = build_ok(&m2, &len2);
		idx = 0;
		assert_int_equal(mailmime_parse(msg2, len2, &idx, &mime),
				 MAILIMF_NO_ERROR);
		body = mime->mm_data.mm_message.mm_msg_mime;
		alt = with_att ? nth_part(body, 0) : body;
		assert_int_equal(nparts(alt), 2);
		t = text_of(nth_part(alt, 0), "plain", &mech);
		assert_int_equal(mech, MAILMIME_MECHANISM_QUOTED_PRINTABLE);
		char *wt = xasprintf("--%s--\r\n", bnd);
		assert_string_equal(t, wt);
		free(wt);
		free(t);
		mailmime_free(mime);
		free(msg2);
		free(rendered);
		free(msg);
	}
}

int
main(void)
{
	static const struct CMUnitTest fixed[] = {
	    cmocka_unit_test(test_dates),
	    cmocka_unit_test(test_encode_words),
	    cmocka_unit_test(test_address),
	    cmocka_unit_test(test_clean_header_text),
	    cmocka_unit_test(test_long_ids_and_many_references),
	    cmocka_unit_test(test_kind_and_auto_submitted),
	    cmocka_unit_test(test_deterministic),
	    cmocka_unit_test(test_random_header_text),
	    cmocka_unit_test(test_html_alternative),
	};
	size_t n = NELEM(cases) + NELEM(ecases) + NELEM(fixed), k = 0;
	struct CMUnitTest *tests = xcalloc(n, sizeof *tests);
	for (size_t i = 0; i < NELEM(cases); i++, k++) {
		tests[k].name = cases[i].label;
		tests[k].test_func = run_case;
		tests[k].initial_state = (void *)&cases[i];
	}
	for (size_t i = 0; i < NELEM(ecases); i++, k++) {
		tests[k].name = ecases[i].label;
		tests[k].test_func = run_error;
		tests[k].initial_state = (void *)&ecases[i];
	}
	memcpy(tests + k, fixed, sizeof fixed);
	int rc = _cmocka_run_group_tests("compose", tests, n, NULL, NULL);
	free(tests);
	return rc;
}
