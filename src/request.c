/*
 * request — classify a parsed message (see request.h).
 *
 * The rules are tables: robot signals, intent phrases and language
 * markers, each in Dutch and English.  Nothing here may be fooled into
 * replying to a machine: every robot signal wins over any intent.
 *
 * The text is first taken apart (anatomy): the sender's own lines;
 * quoted lines ("> ", and everything below a reply's "Op ... schreef:",
 * "-----Oorspronkelijk bericht-----" or Outlook "Van:/Verzonden:" block,
 * and any block the robot itself sent), which only a reference code is
 * read from; and a forwarded message ("---------- Forwarded message",
 * "Doorgestuurd bericht", "Begin forwarded message:", an Outlook block
 * under a "FW:" subject, or message/rfc822 rendered so by message.c),
 * with its From line.  The clients' layouts of quotes and forwards are
 * quote.c's table, shared with form.c and orgcmd.c.  Intent and
 * language come from the subject and
 * the own lines (the forwarded ones when the forwarder says nothing);
 * the people from the own lines, else from the forwarded ones.
 *
 * Ownership: everything in struct request is owned by it (request_free);
 * `robot` and `human` point at static text.  Work is linear in the text
 * (lines are scanned a bounded number of times; phrase tables are fixed).
 */
#include "request.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "decide.h"
#include "judge.h"
#include "lang.h"
#include "policy.h"
#include "prose.h"
#include "quote.h"
#include "segment.h"
#include "util.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

enum { ANATOMY_DEPTH = 3, HEADER_BLOCK_LINES = 12 };

/* ---- robots ---- */

static const char *const ooo_subjects[] = {"out of office",
					   "out-of-office",
					   "automatic reply",
					   "auto reply",
					   "autoreply",
					   "auto-reply",
					   "auto response",
					   "autoresponse",
					   "afwezigheidsmelding",
					   "afwezig",
					   "automatisch antwoord",
					   "automatische reactie",
					   "automatisch bericht",
					   "automatisch antwoord",
					   "vakantie",
					   "on vacation",
					   "on holiday",
					   "away from the office",
					   "niet aanwezig",
					   "niet op kantoor",
					   "abwesenheitsnotiz",
					   "undeliverable",
					   "undelivered mail",
					   "delivery status notification",
					   "delivery failure",
					   "delivery has failed",
					   "mail delivery",
					   "returned mail",
					   "failure notice",
					   "onbestelbaar",
					   "niet bezorgd",
					   "kan niet worden bezorgd",
					   "read receipt",
					   "gelezen:",
					   "read:",
					   "leesbevestiging",
					   NULL};

static int
local_part_is(const char *addr, const char *name)
{
	const char *at = addr ? strchr(addr, '@') : NULL;
	size_t n = strlen(name);
	return at && (size_t)(at - addr) == n && !strncasecmp(addr, name, n);
}

/* The reason a message must get no reply, or NULL.  *weak is set when
 * the only signal is one a person's mail can carry too (words in the
 * subject, Precedence: bulk from a CRM; 2 for a web form's noreply@
 * sender, which only the people named in its text can be): such a
 * verdict may not discard registration content. */
static const char *
robot_reason(const struct message *m, const char *robot_addr, int *weak)
{
	static const char *const system_senders[] = {
	    "mailer-daemon", "postmaster", "bounce",	  "bounces",
	    "auto-reply",    "autoreply",  "mail-daemon", NULL};
	static const char *const noreply_senders[] = {
	    "noreply",	  "no-reply", "do-not-reply",
	    "donotreply", "no_reply", NULL};
	*weak = 0;
	if (m->auto_submitted && strcasecmp(m->auto_submitted, "no") != 0)
		return "Auto-Submitted header";
	if (m->x_autoreply)
		return "X-Autoreply header";
	if (m->precedence && (str_casestarts(m->precedence, "list") ||
			      str_casestarts(m->precedence, "auto_reply")))
		return "Precedence: list";
	if (m->list_id)
		return "mailing-list mail (List-Id)";
	if (m->return_path && m->return_path[0] == '\0')
		return "null return path (a bounce)";
	if (m->is_report)
		return "multipart/report (bounce or receipt)";
	if (m->robot_header)
		return "a header only machines send";
	if (m->calendar_reply)
		return "a calendar reply (iMIP METHOD REPLY, COUNTER or "
		       "REFRESH)";
	if (m->from_addr == NULL || !form_valid_email(m->from_addr))
		return "no From address that can be answered";
	for (int i = 0; system_senders[i]; i++)
		if (local_part_is(m->from_addr, system_senders[i]))
			return "sender is a system address";
	/* list software's own addresses: ppp-request@, x-owner@, owner-x@ */
	static const char *const list_suffixes[] = {"-request", "-admin",
						    "-bounces", "-owner"};
	const char *at = strchr(m->from_addr, '@');
	for (size_t i = 0; at && i < NELEM(list_suffixes); i++) {
		size_t k = strlen(list_suffixes[i]);
		if ((size_t)(at - m->from_addr) > k &&
		    !strncasecmp(at - k, list_suffixes[i], k))
			return "sender is a mailing list's address";
	}
	if (str_casestarts(m->from_addr, "owner-"))
		return "sender is a mailing list's address";
	if (robot_addr && !strcasecmp(m->from_addr, robot_addr))
		return "mail from the robot itself";
	if (robot_addr && m->x_loop && str_casestr(m->x_loop, robot_addr))
		return "X-Loop names the robot";
	*weak = 1;
	/* a filter's verdict, not the sender's: mail it got wrong still
	 * reaches a person when it registers or changes something */
	if (m->spam)
		return "the site's spam filter marked it as spam";
	if (m->precedence && (str_casestarts(m->precedence, "bulk") ||
			      str_casestarts(m->precedence, "junk")))
		return "Precedence: bulk/junk";
	for (int i = 0; noreply_senders[i]; i++)
		if (local_part_is(m->from_addr, noreply_senders[i])) {
			*weak = 2; /* the writer cannot be the participant */
			return "sender is a no-reply address";
		}
	if (m->subject)
		for (int i = 0; ooo_subjects[i]; i++)
			if (str_casestr(m->subject, ooo_subjects[i]))
				return "auto-reply subject";
	/* a responder's word put before the subject it answers ("Away:
	 * Registration confirmed ...", "OOO: ..."): a word that would be
	 * too common anywhere else in a subject */
	static const char *const ooo_prefixes[] = {
	    "away:", "ooo:", "absent:", "abwesend:"};
	for (size_t i = 0; m->subject && i < NELEM(ooo_prefixes); i++)
		if (str_casestarts(m->subject, ooo_prefixes[i]))
			return "auto-reply subject";
	*weak = 0;
	return NULL;
}

/* Machine mail told by the writer's own text (no quote, no forward):
 * the layout of a return receipt as Lotus Notes writes it ("Uw document:
 * ... is ontvangen door: ... op: ...", "Your document: ... was received
 * by: ... at: ..."), which no person types; or a text that says it was
 * sent automatically ("Dit is een automatisch bericht", "This message was
 * generated automatically"), which a person's mail may quote, so weak
 * (*weak = 1): with registration content it still reaches a person. */
static const char *
own_text_machine(const char *own, int *weak)
{
	enum { REACH = 800 };
	if (own == NULL)
		return NULL;
	char *head = xstrndup(own, strnlen(own, REACH));
	const char *r = NULL;
	if ((str_casestr(head, "uw document:") &&
	     str_casestr(head, "ontvangen door:")) ||
	    (str_casestr(head, "your document:") &&
	     str_casestr(head, "received by:")))
		r = "a return receipt (\"Uw document: ... ontvangen door\")";
	static const char *const says[] = {
	    "dit is een automatisch",  "automatisch gegenereerd",
	    "automatisch verstuurd",   "automatisch verzonden",
	    "this is an automated",    "this is an automatic",
	    "generated automatically", "automatically generated",
	    "sent automatically",      "automatically sent"};
	for (size_t i = 0; r == NULL && i < NELEM(says); i++)
		if (str_casestr(head, says[i])) {
			r = "the text says it was sent automatically";
			*weak = 1;
		}
	free(head);
	return r;
}

const char *
request_robot_reason(const struct message *m, const char *robot_addr)
{
	int weak;
	return robot_reason(m, robot_addr, &weak);
}

/* ---- lines ---- */

struct line {
	const char *s; /* without leading blanks */
	size_t n;
};

struct lines {
	struct line *l;
	size_t n;
};

static void
split_lines(const char *text, struct lines *L)
{
	size_t cap = 16;
	L->l = xmalloc(cap * sizeof *L->l);
	L->n = 0;
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		const char *s = p;
		size_t k = n;
		while (k > 0 && (*s == ' ' || *s == '\t'))
			s++, k--;
		/* NBSP from HTML */
		while (k >= 2 && !memcmp(s, "\xc2\xa0", 2))
			s += 2, k -= 2;
		while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' ||
				 s[k - 1] == '\r'))
			k--;
		if (L->n == cap) {
			cap *= 2;
			L->l = xrealloc(L->l, cap * sizeof *L->l);
		}
		L->l[L->n].s = s;
		L->l[L->n].n = k;
		L->n++;
		p += n;
		if (*p == '\n')
			p++;
	}
}

/* ---- anatomy ---- */

struct anatomy {
	struct buf own;	   /* the sender's own lines */
	struct buf quoted; /* quoted and cut lines (codes only) */
	char *fwd;	   /* a forwarded message's text, or NULL */
	char *fwd_name, *fwd_addr, *fwd_subject;
	int fwd_robot; /* the forwarded mail was the robot's own */
};

static void
anatomy_free(struct anatomy *a)
{
	buf_free(&a->own);
	buf_free(&a->quoted);
	free(a->fwd);
	free(a->fwd_name);
	free(a->fwd_addr);
	free(a->fwd_subject);
	memset(a, 0, sizeof *a);
}

/* Quote and forward layouts are quote.c's table; these read them on the
 * split lines. */
static int
is_attribution(const struct lines *L, size_t i)
{
	return quote_attribution(L->l[i].s, L->l[i].n, NULL, 0) == 1;
}

/* "Op ... schreef Naam <" wrapped onto the next line by Gmail. */
static int
is_wrapped_attribution(const struct lines *L, size_t i)
{
	if (i + 1 >= L->n)
		return 0;
	return quote_attribution(L->l[i].s, L->l[i].n, L->l[i + 1].s,
				 L->l[i + 1].n) == 2;
}

/* 2: a forward's separator line, 1: a reply's, 0: neither. */
static int
separator(const struct line *l)
{
	switch (quote_separator(l->s, l->n)) {
	case QUOTE_FORWARD:
		return 2;
	case QUOTE_REPLY:
		return 1;
	default:
		return 0;
	}
}

static int
header_line(const struct line *l)
{
	return quote_header_field(l->s, l->n, NULL) != QF_NONE;
}

/* An Outlook header block without a separator line. */
static int
header_block_at(const struct lines *L, size_t i)
{
	return quote_header_block(L->l[i].s);
}

/* The address and name in "Naam <a@b>", "Naam [mailto:a@b]", "a@b". */
static void
parse_from(const char *s, size_t n, char **name, char **addr)
{
	char *v = xstrndup(s, n);
	char *at = strchr(v, '@');
	if (at) {
		char *b = at, *e = at;
		while (b > v && !strchr(" <[(:\"'\t,;", b[-1]))
			b--;
		while (*e && !strchr(" >])\"'\t,;", *e))
			e++;
		char *a = xstrndup(b, (size_t)(e - b));
		while (*a && strchr(".", a[strlen(a) - 1]))
			a[strlen(a) - 1] = '\0';
		if (form_valid_email(a)) {
			str_lower(a);
			*addr = a;
		} else
			free(a);
		/* the name is what stands before the address */
		char *cut = b;
		while (cut > v && strchr(" <[(\"'\t", cut[-1]))
			cut--;
		if (str_casestarts(b - (b - v >= 7 ? 7 : 0), "mailto:") &&
		    b - v >= 7) {
			cut = b - 7;
			while (cut > v && strchr(" <[(\"'\t", cut[-1]))
				cut--;
		}
		*cut = '\0';
	}
	/* "Persoon, Voorbeeld" stays as written: see writer_name */
	char *nm = v;
	while (*nm == ' ' || *nm == '"' || *nm == '\'')
		nm++;
	size_t k = strlen(nm);
	while (k > 0 &&
	       (nm[k - 1] == ' ' || nm[k - 1] == '"' || nm[k - 1] == '\''))
		nm[--k] = '\0';
	if (*nm && (at == NULL || *addr == NULL || strchr(nm, '@') == NULL))
		*name = xstrdup(nm);
	free(v);
}

static void
add_line(struct buf *b, const struct line *l)
{
	buf_add(b, l->s, l->n);
	buf_addc(b, '\n');
}

/* Are most non-blank lines from `from` on quoted with '>'? */
static int
quoted_below(const struct lines *L, size_t from)
{
	size_t q = 0, all = 0;
	for (size_t k = from; k < L->n; k++) {
		if (L->l[k].n == 0)
			continue;
		all++;
		q += L->l[k].s[0] == '>';
	}
	return all > 0 && q * 5 >= all * 4;
}

/* The lines from `from` on with one level of '>' removed. */
static char *
unquote(const struct lines *L, size_t from)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	for (size_t k = from; k < L->n; k++) {
		const char *s = L->l[k].s;
		size_t n = L->l[k].n;
		if (n > 0 && s[0] == '>') {
			s++, n--;
			if (n > 0 && s[0] == ' ')
				s++, n--;
		}
		buf_add(&b, s, n);
		buf_addc(&b, '\n');
	}
	return buf_detach(&b);
}

static int
subject_is_forward(const char *subject)
{
	static const char *const pre[] = {
	    "fw:", "fwd:", "doorst:", "tr:",
	    "wg:", "fw :", "fwd :",   "doorgestuurd:"};
	if (subject == NULL)
		return 0;
	for (const char *p = subject; *p && p - subject < 40; p++) {
		if (p != subject && isalnum((unsigned char)p[-1]))
			continue;
		for (size_t k = 0; k < NELEM(pre); k++)
			if (str_casestarts(p, pre[k]))
				return 1;
	}
	return 0;
}

static int
is_robot_addr(const char *addr, const char *robot_addr)
{
	return addr && robot_addr && !strcasecmp(addr, robot_addr);
}

/* Takes the text apart; see the file's head. */
static void
anatomy(const char *text, const char *subject, const char *robot_addr,
	struct anatomy *a)
{
	memset(a, 0, sizeof *a);
	buf_init(&a->own, BUF_MAX_DEFAULT);
	buf_init(&a->quoted, BUF_MAX_DEFAULT);
	struct lines L;
	split_lines(text ? text : "", &L);
	int fwd_subject = subject_is_forward(subject);
	/* a ticket system's thread: how many entries have begun, or -1
	 * before its marker line */
	int entries = -1;
	size_t i = 0;
	for (; i < L.n; i++) {
		const struct line *l = &L.l[i];
		if (l->n > 0 && l->s[0] == '>') {
			add_line(&a->quoted, l);
			continue;
		}
		if (entries < 0 && quote_thread_marker(l->s, l->n)) {
			entries = 0; /* the marker is nobody's words */
			continue;
		}
		if (entries >= 0 && l->n > 0) {
			size_t d = i + 1;
			while (d < L.n && d <= i + 2 && L.l[d].n == 0)
				d++;
			if (d < L.n && quote_thread_entry(l->s, l->n, L.l[d].s,
							  L.l[d].n)) {
				if (entries++ > 0)
					break; /* older entries: quoted */
				i = d; /* the newest entry's name and date */
				continue;
			}
		}
		int wrapped = is_wrapped_attribution(&L, i);
		if (wrapped || is_attribution(&L, i)) {
			size_t k = i + 1 + (size_t)wrapped;
			while (k < L.n && L.l[k].n == 0)
				k++;
			if (k < L.n && L.l[k].s[0] == '>') {
				/* quoted below: answers may stand between */
				i += (size_t)wrapped;
				continue;
			}
			break; /* the rest is the original, unquoted */
		}
		int sep = separator(l);
		int block = !sep && header_block_at(&L, i);
		if (!sep && !block) {
			add_line(&a->own, l);
			continue;
		}
		int forward = sep == 2 || ((sep == 1 || block) && fwd_subject);
		/* the header block of the quoted or forwarded mail; Apple
		 * Mail quotes a forward with "> " as a whole */
		size_t k = sep ? i + 1 : i;
		struct lines U = {0};
		char *unq = NULL;
		if (forward && quoted_below(&L, k)) {
			unq = unquote(&L, k);
			split_lines(unq, &U);
			k = 0;
		}
		const struct lines *B = unq ? &U : &L;
		while (k < B->n && B->l[k].n == 0 && k < (unq ? 3 : i + 3))
			k++;
		char *name = NULL, *addr = NULL, *subj = NULL;
		size_t seen = 0;
		for (; k < B->n && seen < HEADER_BLOCK_LINES; k++) {
			const struct line *h = &B->l[k];
			if (h->n == 0)
				break;
			if (!header_line(h)) {
				if (seen == 0 || seen >= HEADER_BLOCK_LINES)
					break;
				/* a long To: line wrapped */
				if (!memchr(h->s, '@', h->n) || h->n > 200)
					break;
				seen++;
				continue;
			}
			seen++;
			size_t o = 0;
			enum quote_field f = quote_header_field(h->s, h->n, &o);
			if (f == QF_FROM && addr == NULL && name == NULL)
				parse_from(h->s + o, h->n - o, &name, &addr);
			if (f == QF_SUBJECT && subj == NULL) {
				subj = xstrndup(h->s + o, h->n - o);
				str_trim(subj);
			}
		}
		if (is_robot_addr(addr, robot_addr) || !forward) {
			/* a reply's quote, or the robot's own words */
			free(name);
			free(addr);
			free(subj);
			free(U.l);
			free(unq);
			a->fwd_robot = forward;
			break;
		}
		struct buf f;
		buf_init(&f, BUF_MAX_DEFAULT);
		for (; k < B->n; k++)
			add_line(&f, &B->l[k]);
		free(U.l);
		free(unq);
		a->fwd = buf_detach(&f);
		a->fwd_name = name;
		a->fwd_addr = addr;
		a->fwd_subject = subj;
		i = L.n;
		break;
	}
	for (; i < L.n; i++)
		add_line(&a->quoted, &L.l[i]);
	free(L.l);
}

/* ---- the robot's own mail, quoted without marks ---- */

/* Ticket systems, some webmail and phones put the mail they answer
 * below the answer without '>' or a separator ("##- Typ uw antwoord
 * boven deze regel -##", a name and a date).  When the mail answers one
 * of the robot's own (found in the outbox by its In-Reply-To or
 * References, not by its wording), the lines of the writer's part that
 * are the robot's text are quoted, not the writer's: a run of them,
 * each line (blanks squeezed, so a client may wrap it anew) a piece of
 * that text, together at least PRIOR_RUN bytes and two lines.  Bounded:
 * a prior text up to PRIOR_MAX bytes, the first PRIOR_LINES lines. */
enum { PRIOR_MAX = 64 << 10, PRIOR_LINES = 2000, PRIOR_RUN = 80 };

/* `s` with every run of blanks (space, tab, CR, LF, NBSP) one space and
 * no blank at either end.  Caller frees. */
static char *
squeeze(const char *s, size_t n)
{
	char *o = xmalloc(n + 1);
	size_t k = 0;
	int blank = 1;
	for (size_t i = 0; i < n; i++) {
		size_t w = 0;
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')
			w = 1;
		else if (i + 1 < n && !memcmp(s + i, "\xc2\xa0", 2))
			w = 2;
		if (w) {
			if (!blank)
				o[k++] = ' ';
			blank = 1;
			i += w - 1;
			continue;
		}
		o[k++] = s[i];
		blank = 0;
	}
	while (k > 0 && o[k - 1] == ' ')
		k--;
	o[k] = '\0';
	return o;
}

static void
drop_prior(struct anatomy *a, const char *prior)
{
	size_t plen = prior ? strlen(prior) : 0;
	if (plen == 0 || plen > PRIOR_MAX || a->own.len == 0)
		return;
	char *P = squeeze(prior, plen);
	struct lines L;
	split_lines(buf_str(&a->own), &L);
	size_t n = L.n < PRIOR_LINES ? L.n : PRIOR_LINES;
	unsigned char *in = xcalloc(L.n ? L.n : 1, 1);
	for (size_t i = 0; i < n; i++) {
		if (L.l[i].n == 0)
			continue;
		char *q = squeeze(L.l[i].s, L.l[i].n);
		in[i] = *q && strstr(P, q) != NULL;
		free(q);
	}
	/* runs of the robot's lines (blank lines inside a run belong to
	 * it); a run too short may be the writer's own "Met vriendelijke
	 * groet," */
	size_t dropped = 0;
	for (size_t i = 0; i < n;) {
		if (!in[i]) {
			i++;
			continue;
		}
		size_t j = i, bytes = 0, lines = 0, last = i;
		for (; j < n && (in[j] || L.l[j].n == 0); j++)
			if (in[j]) {
				bytes += L.l[j].n;
				lines++;
				last = j;
			}
		if (bytes >= PRIOR_RUN && lines >= 2) {
			for (size_t k = i; k <= last; k++)
				in[k] = 2;
			dropped += lines;
		}
		i = last + 1;
	}
	if (dropped > 0) {
		struct buf own;
		buf_init(&own, BUF_MAX_DEFAULT);
		for (size_t i = 0; i < L.n; i++) {
			if (in[i] == 2) {
				add_line(&a->quoted, &L.l[i]);
				buf_addc(&own, '\n');
			} else
				add_line(&own, &L.l[i]);
		}
		free(L.l);
		buf_free(&a->own);
		a->own = own;
	} else
		free(L.l);
	free(in);
	free(P);
}

/* ---- phrases ---- */

/* Search for `phrase` (lower case) in `hay` (lowered by the caller)
 * starting at a word boundary; a phrase ending in '$' must also end at
 * one ("help$" is not "helpen").  strstr, not a case-folding search:
 * this runs for every phrase of every table on every message. */
static int
has_phrase(const char *hay, const char *phrase)
{
	char q[64];
	size_t k = strlen(phrase);
	int whole = k > 0 && phrase[k - 1] == '$';
	if (whole)
		k--;
	if (k == 0 || k >= sizeof q)
		return 0;
	memcpy(q, phrase, k);
	q[k] = '\0';
	for (const char *p = hay; (p = strstr(p, q)); p++) {
		if (p != hay && isalnum((unsigned char)p[-1]) &&
		    isalnum((unsigned char)q[0]))
			continue;
		if (whole && isalnum((unsigned char)p[k]))
			continue;
		return 1;
	}
	return 0;
}

/* Does `text` hold one of the phrases (any case)? */
static int
has_any(const char *text, const char *const *phrases, size_t n)
{
	if (text == NULL)
		return 0;
	char *hay = xstrdup(text);
	str_lower(hay);
	int found = 0;
	for (size_t i = 0; i < n && !found; i++)
		found = has_phrase(hay, phrases[i]);
	free(hay);
	return found;
}

static const char *const register_phrases[] = {
    "aanmeld",
    "meld ik mij aan",
    "meld mij aan",
    "meld me aan",
    "meld ik me aan",
    "meld ik mijn",
    "melden wij",
    "meld ik graag",
    "inschrijv",
    "schrijf mij in",
    "schrijf me in",
    "schrijf ik mij in",
    "graag deelnemen",
    "wil graag deelnemen",
    "neem graag deel",
    "deelnemen aan",
    "registr",
    "sign me up",
    "sign up",
    "enrol",
    "book a place",
    "book me",
    "reserve a place",
    "reserve a seat",
    "like to attend",
    "like to join",
    "like to participate",
    "wish to attend",
    "want to attend",
    "participate in",
    "plaats reserveren",
    "plek reserveren",
    "ik kom graag",
    "ik wil graag komen",
};
static const char *const attachment_phrases[] = {
    "bijlage",	"bijgevoegd", "bijgesloten", "attached",   "attachment",
    "enclosed", "zie bijl",   "see attach",  "in de bijl",
};
/* A contact person registering others rather than themselves. */

/* "Re:", "Antw:", "AW:", "Sv:" (after "[EXT]"-style tags): a subject the
 * writer did not write. */
static int
subject_is_reply(const char *subj)
{
	static const char *const prefixes[] = {
	    "re:", "re :", "antw:", "antw.:", "aw:",
	    "sv:", "vs:",  "ref:",  "reply:"};
	const char *p = subj;
	for (;;) {
		while (*p == ' ' || *p == '	')
			p++;
		if (*p != '[')
			break;
		const char *e = strchr(p, ']');
		if (e == NULL)
			break;
		p = e + 1;
	}
	for (size_t i = 0; i < NELEM(prefixes); i++)
		if (!strncasecmp(p, prefixes[i], strlen(prefixes[i])))
			return 1;
	return 0;
}

/* A reference code looks like XXXXX-XXXXX in the robot's alphabet. */
static char *
find_code(const char *text)
{
	return policy_find_code(text);
}

/* ---- people ---- */

/* People of the form that are someone: a name or an address. */
static size_t
persons(const struct form *f)
{
	size_t n = 0;
	for (size_t i = 0; i < f->n; i++)
		n += f->people[i].f[FF_NAME] || f->people[i].f[FF_EMAIL];
	return n;
}

/* A person whose address is the robot's own or the organiser's is no
 * participant: a form that names the course's own mailbox ("E-mail:
 * aanmelden@...") describes the reader, as a vendor's "check your
 * entry" form does, not someone who comes.  Such entries are removed. */
static void
drop_own_addresses(struct form *f, const char *robot_addr,
		   const char *organiser_addr)
{
	size_t k = 0;
	for (size_t i = 0; i < f->n; i++) {
		const char *e = f->people[i].f[FF_EMAIL];
		if (is_robot_addr(e, robot_addr) ||
		    is_robot_addr(e, organiser_addr))
			form_person_free(&f->people[i]);
		else
			f->people[k++] = f->people[i];
	}
	f->n = k;
	if (k == 0) {
		free(f->people); /* "no people" is people == NULL */
		f->people = NULL;
	}
}

/* Attachments that may hold what a person wrote (a form, a letter, a
 * scan): all of them but archives, programs, scripts, disk images and
 * web pages, which nobody fills in.  An attachment without a name
 * counts, as does one when the names cannot be matched to the count. */
static int
document_attachments(const struct message *m)
{
	static const char *const not_documents[] = {
	    ".zip", ".rar", ".7z",  ".gz",  ".tar", ".exe", ".scr",
	    ".com", ".bat", ".cmd", ".js",  ".vbs", ".wsf", ".jar",
	    ".msi", ".iso", ".img", ".lnk", ".htm", ".html"};
	if (m->attachments <= 0 || m->attachment_names == NULL)
		return m->attachments;
	int named = 0, other = 0;
	const char *p = m->attachment_names;
	while (*p) {
		size_t n = strcspn(p, ";");
		size_t b = 0;
		while (b < n && p[b] == ' ')
			b++;
		size_t e = n;
		while (e > b && p[e - 1] == ' ')
			e--;
		if (e > b) {
			named++;
			for (size_t k = 0; k < NELEM(not_documents); k++) {
				size_t x = strlen(not_documents[k]);
				if (e - b > x &&
				    !strncasecmp(p + e - x, not_documents[k],
						 x)) {
					other++;
					break;
				}
			}
		}
		p += n;
		if (*p == ';')
			p++;
	}
	if (named != m->attachments)
		return m->attachments;
	return m->attachments - other;
}

/* Does the greeting address the reader as what a course's mailbox is
 * not: the user of a mailbox or a service, a customer, a winner, a
 * subscriber, a participant, the sender of a held mail ("Geachte
 * gebruiker", "Beste deelnemer", "Dear valued customer", "Beste
 * afzender")?  The writer does not know whom the mail reaches: a mass
 * mailing, phishing or a filter's challenge.  People writing to the
 * course greet it, its organisers or nobody in particular. */
static int
greets_a_stranger(const char *greeting)
{
	static const char *const roles[] = {
	    "gebruiker", "klant",	"winnaar",	  "deelnemer",
	    "afzender",	 "abonnee",	"relatie",	  "user",
	    "customer",	 "winner",	"subscriber",	  "participant",
	    "sender",	 "beneficiary", "account holder", "client",
	    "member"};
	if (greeting == NULL || *greeting == '\0')
		return 0;
	char *f = judge_fold(greeting);
	int hit = 0;
	/* the greeting's first line only, and only its first words */
	char *nl = strchr(f, '\n');
	if (nl)
		*nl = '\0';
	for (size_t i = 0; i < NELEM(roles) && !hit; i++) {
		const char *at = strstr(f, roles[i]);
		size_t k = strlen(roles[i]);
		/* the role ends the greeting ("Beste deelnemer,", "Beste
		 * gebruiker van x@..."); a name after it ("Beste
		 * Deelnemer Honderdnegen") is a person's */
		const char *after = at ? at + k : NULL;
		while (after && *after == ' ')
			after++;
		hit = at && at - f < 30 && (at == f || at[-1] == ' ') &&
		      !isalnum((unsigned char)at[k]) &&
		      (*after == '\0' || strchr(",!:;.", *after) ||
		       !strncmp(after, "van ", 4) || !strncmp(after, "of ", 3));
	}
	free(f);
	return hit;
}

/* Nothing in the mail ties it to a registration or a conversation: no
 * code, no answer to any mail, and no verdict on its sender yet.  The
 * lure rules (a call to the reader, an archive alone) ask this first. */
static int
tied_to_nothing(const struct message *m, const struct request *out)
{
	return out->code == NULL && m->in_reply_to == NULL &&
	       m->references == NULL && out->robot == NULL &&
	       out->robot_weak == NULL;
}

/* Is the form one person's registration, labelled, whose address is the
 * mail's Reply-To (and not its From)?  What a registration form asks
 * for, not what a contact form carries (a bot's "Naam: Robertgaind",
 * "Organisatie: SEO" above an advertisement): a name of two words at
 * least, and two of an organisation, a function and an invoice
 * address. */
static int
relayed_form(const struct message *m, const struct form *f)
{
	const char *rt = m->reply_to_addr;
	if (rt == NULL || !form_valid_email(rt) || f->n != 1 || !f->labelled ||
	    (m->from_addr && !strcasecmp(rt, m->from_addr)))
		return 0;
	const struct form_person *p = &f->people[0];
	int asked = (p->f[FF_ORGANISATION] != NULL) + (p->f[FF_ROLE] != NULL) +
		    (p->f[FF_INVOICE_ADDRESS] != NULL);
	return p->f[FF_NAME] && strchr(p->f[FF_NAME], ' ') && p->f[FF_EMAIL] &&
	       !strcasecmp(p->f[FF_EMAIL], rt) && asked >= 2;
}

/* Does p hold anything of a person, not only what a group shares? */
static int
has_personal(const struct form_person *p)
{
	static const enum form_field personal[] = {FF_NAME, FF_EMAIL, FF_ROLE,
						   FF_PHONE, FF_DIET};
	for (size_t i = 0; i < NELEM(personal); i++)
		if (p->f[personal[i]])
			return 1;
	return 0;
}

/* The From display name as a person's name: "Persoon, Voorbeeld" turned
 * round, "(...)", "[...]" and "| Organisatie" dropped; NULL when it is
 * not a name of two words or more. */
static char *
writer_name(const char *from_name)
{
	if (from_name == NULL)
		return NULL;
	char *v = xstrdup(from_name);
	v[strcspn(v, "([|")] = '\0';
	char *dash = strstr(v, " - ");
	if (dash)
		*dash = '\0';
	str_trim(v);
	char *comma = strchr(v, ',');
	if (comma && strchr(comma + 1, ',') == NULL) {
		*comma = '\0';
		char *first = comma + 1;
		while (*first == ' ')
			first++;
		char *t = xasprintf("%s %s", first, v);
		free(v);
		v = t;
		str_trim(v);
	}
	size_t words = 0;
	for (const char *p = v; *p; p++)
		if (*p != ' ' && (p == v || p[-1] == ' '))
			words++;
	if (words < 2 || !form_name_like(v) || strchr(v, '@')) {
		free(v);
		return NULL;
	}
	return v;
}

/* Do two names share a word (of two letters or more, particles aside)? */
static int
names_agree(const char *a, const char *b)
{
	static const char *const particles[] = {"van", "de",  "der", "den",
						"het", "ter", "ten", "te"};
	for (const char *p = a; *p;) {
		while (*p == ' ' || *p == '.')
			p++;
		const char *w = p;
		while (*p && *p != ' ' && *p != '.')
			p++;
		size_t n = (size_t)(p - w);
		int skip = n < 2;
		for (size_t k = 0; !skip && k < NELEM(particles); k++)
			skip = strlen(particles[k]) == n &&
			       !strncasecmp(w, particles[k], n);
		if (skip)
			continue;
		for (const char *q = b; *q;) {
			while (*q == ' ' || *q == '.')
				q++;
			const char *u = q;
			while (*q && *q != ' ' && *q != '.')
				q++;
			if ((size_t)(q - u) == n && !strncasecmp(w, u, n))
				return 1;
		}
	}
	return 0;
}

/* The writer's name from the From header and the signature, when they
 * do not contradict each other; NULL otherwise. */
static char *
resolve_name(const char *from_name, const char *sig_name)
{
	char *fn = writer_name(from_name);
	if (fn && sig_name && !names_agree(fn, sig_name)) {
		free(fn);
		return NULL; /* two different people: ask */
	}
	size_t sw = 0;
	for (const char *p = sig_name ? sig_name : ""; *p; p++)
		if (*p != ' ' && (p == sig_name || p[-1] == ' '))
			sw++;
	if (fn && sig_name && sw >= 2 && strlen(sig_name) > strlen(fn)) {
		free(fn);
		return xstrdup(sig_name);
	}
	if (fn)
		return fn;
	return sw >= 2 ? xstrdup(sig_name) : NULL;
}

/* Fills what the form left open of the writer's own registration. */
static void
fill_writer(struct form_person *p, const char *from_name, const char *addr,
	    const struct form_person *sig)
{
	if (p->f[FF_EMAIL] == NULL && addr)
		p->f[FF_EMAIL] = xstrdup(addr);
	if (p->f[FF_NAME] == NULL)
		p->f[FF_NAME] = resolve_name(from_name, sig->f[FF_NAME]);
	static const enum form_field from_sig[] = {FF_ROLE, FF_ORGANISATION,
						   FF_PHONE, FF_DIET};
	for (size_t i = 0; i < NELEM(from_sig); i++)
		if (p->f[from_sig[i]] == NULL && sig->f[from_sig[i]])
			p->f[from_sig[i]] = xstrdup(sig->f[from_sig[i]]);
}

/* May the organisation read from the writer's card stand for people
 * the writer registers?  A proper name (a capital somewhere: "GGD
 * Kaartvlak", "gemeente Almere"), and not the From line's name, which a
 * card with only a name may have taken for one. */
static int
org_credible(const char *org, const char *from_name)
{
	if (org == NULL || !form_has_capital(org))
		return 0;
	return from_name == NULL || strcasecmp(org, from_name) != 0;
}

/* Does the form name a person, with an address, who is not the writer? */
static int
names_someone_else(const struct form *f, const char *waddr)
{
	for (size_t i = 0; i < f->n; i++) {
		const char *e = f->people[i].f[FF_EMAIL];
		if (e && (waddr == NULL || strcasecmp(e, waddr)))
			return 1;
	}
	return 0;
}

/* Does the text or the subject name a registration, or a verb that
 * undoes one ("mijn aanmelding", "my seat", "afmelden", "cancel")? */
static int
names_a_registration(const char *prose, const char *subject)
{
	static const char *const words[] = {
	    "aanmeld",	"inschrijv", "registrat", "registered", "ingeschreven",
	    "plaats",	"plek",	     "seat",	  "place",	"afmeld",
	    "annuleer", "annuler",   "cancel",	  "withdraw",	"uitschrijv",
	    "intrek",	"trek",	     "code",	  "booking",	"enrol"};
	for (size_t i = 0; i < NELEM(words); i++)
		if ((prose && str_casestr(prose, words[i])) ||
		    (subject && str_casestr(subject, words[i])))
			return 1;
	/* the split verb: "meld mij af", "melden ons af" */
	for (const char *p = prose; p && (p = str_casestr(p, "meld")); p++) {
		if (p > prose && isalpha((unsigned char)p[-1]))
			continue;
		const char *e = p + strcspn(p, ".!?\n");
		for (const char *q = p; (q = str_casestr(q, " af")) && q < e;
		     q++)
			if (!isalpha((unsigned char)q[3]))
				return 1;
	}
	return 0;
}

/* The writer's card (form_writer) from the text, completed with what
 * the writer's own sentences say of the writer (prose_writer: "Ik werk
 * als X bij Y", "U kunt mij bereiken op ...", "Ik eet vegetarisch"). */
static void
writer_card(const char *ptext, const char *prose, struct form_person *sig,
	    char **own_addr)
{
	form_writer(ptext, sig);
	struct form_person pw;
	prose_writer(prose, &pw);
	/* "gebruik graag mijn werkadres x@...": the address the writer
	 * asks the robot to use, over the From line's */
	*own_addr = pw.f[FF_EMAIL];
	pw.f[FF_EMAIL] = NULL;
	static const enum form_field told[] = {FF_PHONE, FF_ROLE,
					       FF_ORGANISATION, FF_DIET};
	for (size_t i = 0; i < NELEM(told); i++)
		if (sig->f[told[i]] == NULL) {
			sig->f[told[i]] = pw.f[told[i]];
			pw.f[told[i]] = NULL;
		}
	form_person_free(&pw);
}

/* The colleague of a substitution written as prose: the first address
 * in the text other than the sender's, with the name before it. */
static void
substitute_person(struct form *f, const char *text, const char *sender)
{
	if (persons(f) > 0 && f->people[0].f[FF_EMAIL])
		return;
	for (const char *p = text; (p = strchr(p, '@')); p++) {
		const char *b = p, *e = p;
		while (b > text && !strchr(" <[(:\"'\t\n,;", b[-1]))
			b--;
		while (*e && !strchr(" >])\"'\t\n,;", *e))
			e++;
		char *a = xstrndup(b, (size_t)(e - b));
		while (*a && a[strlen(a) - 1] == '.')
			a[strlen(a) - 1] = '\0';
		str_lower(a);
		if (!form_valid_email(a) || (sender && !strcmp(a, sender))) {
			free(a);
			continue;
		}
		/* "Participant Twee <twee@...>": the words before it */
		const char *ls = b;
		while (ls > text && ls[-1] != '\n' && ls[-1] != ':' &&
		       ls - b > -80)
			ls--;
		char *before = xstrndup(ls, (size_t)(b - ls));
		size_t k = strlen(before);
		while (k > 0 && strchr(" <([\"'", before[k - 1]))
			before[--k] = '\0';
		/* keep the capitalised words at its end */
		char *w = before + k;
		int words = 0;
		while (w > before && words < 4) {
			char *s = w;
			while (s > before && s[-1] != ' ')
				s--;
			if (!(isupper((unsigned char)*s) ||
			      (unsigned char)*s >= 0xc0))
				break;
			w = s;
			words++;
			while (w > before && w[-1] == ' ')
				w--;
		}
		while (*w == ' ')
			w++;
		struct form_person np = {0};
		np.f[FF_EMAIL] = a;
		if (words >= 2 && form_name_like(w))
			np.f[FF_NAME] = xstrdup(w);
		free(before);
		f->people = xrealloc(f->people, (f->n + 1) * sizeof *f->people);
		memmove(f->people + 1, f->people, f->n * sizeof *f->people);
		f->people[0] = np;
		f->n++;
		return;
	}
}

/* Words of own content, greetings and signature included. */
static size_t
word_count(const char *t)
{
	size_t n = 0;
	for (const char *p = t; *p; p++)
		if (!isspace((unsigned char)*p) &&
		    (p == t || isspace((unsigned char)p[-1])))
			n++;
	return n;
}

/* "Graag onderstaande aanmelding verwerken" above a forwarded mail from
 * someone else: the writer's own words register nobody of their own
 * (the judge reads no "ik"/"mij" as the one registered), so the
 * registration is the forwarded mail's, and its writer the participant,
 * not the one who forwarded it. */
static int
forward_is_the_registration(const char *own_prose, const char *fwd_addr,
			    const char *waddr)
{
	if (fwd_addr == NULL || (waddr && !strcasecmp(fwd_addr, waddr)))
		return 0;
	struct judge_input in = {.prose = own_prose};
	struct judgement J;
	judge(&in, &J);
	return J.intent == JI_REGISTER && J.who != JW_SELF && J.who != JW_BOTH;
}

/* The people of a registration written as sentences (prose.c) replace
 * the form's nobody; what the form read for everyone (an organisation,
 * an invoice address stated once) is theirs, and so is what the text
 * says of "wij" / "both of us".  When the writer registers themselves
 * too ("mijzelf en mijn collega X"), the writer is the first person,
 * from the From line and the writer's card.  Returns the number of
 * people. */
static size_t
prose_registration(struct request *out, const char *prose,
		   const struct judgement *J, const char *wname,
		   const char *waddr, const struct form_person *card,
		   const char *robot_addr, const char *organiser_addr)
{
	const char *const ex[] = {waddr, robot_addr, organiser_addr};
	struct form pf;
	struct form_person shared;
	int we = 0;
	prose_people(prose, ex, NELEM(ex), &pf, &shared, &we);
	if (pf.n == 0) {
		form_free(&pf);
		form_person_free(&shared);
		return persons(&out->form);
	}
	const struct form_person *group =
	    out->form.n == 1 ? &out->form.people[0] : NULL;
	/* "me and my colleague X", or "wij zijn allebei ...", "each of us
	 * ...": the writer is one of them */
	if ((J->who == JW_BOTH || we) && waddr) {
		pf.people = xrealloc(pf.people, (pf.n + 1) * sizeof *pf.people);
		memmove(pf.people + 1, pf.people, pf.n * sizeof *pf.people);
		memset(&pf.people[0], 0, sizeof pf.people[0]);
		pf.n++;
		fill_writer(&pf.people[0], wname, waddr, card);
	}
	static const enum form_field from_group[] = {
	    FF_ORGANISATION, FF_INVOICE_ADDRESS, FF_INVOICE_REFERENCE};
	for (size_t i = 0; i < pf.n; i++) {
		struct form_person *p = &pf.people[i];
		for (size_t k = 0; group && k < NELEM(from_group); k++)
			if (p->f[from_group[k]] == NULL &&
			    group->f[from_group[k]])
				p->f[from_group[k]] =
				    xstrdup(group->f[from_group[k]]);
		for (int f = 0; f < FF__COUNT; f++)
			if (p->f[f] == NULL && shared.f[f])
				p->f[f] = xstrdup(shared.f[f]);
	}
	form_person_free(&shared);
	form_free(&out->form);
	out->form = pf;
	return persons(&out->form);
}

/* What the writer's sentences tell of people a form, table or list
 * names: a person named there with an address ("X (x@...) eet
 * vegetarisch") by that address, and what they say of everyone ("wij
 * zijn allebei coach bij X", "each of us is ..."), each into a field
 * the person has not given. */
static void
prose_complement(struct form *f, const char *prose, const char *robot_addr,
		 const char *organiser_addr)
{
	const char *const ex[] = {robot_addr, organiser_addr};
	struct form pf;
	struct form_person shared;
	int we = 0;
	prose_people(prose, ex, NELEM(ex), &pf, &shared, &we);
	static const enum form_field told[] = {FF_ROLE, FF_ORGANISATION,
					       FF_DIET};
	for (size_t i = 0; i < f->n; i++) {
		struct form_person *p = &f->people[i];
		const struct form_person *q = NULL;
		for (size_t j = 0; j < pf.n && q == NULL && p->f[FF_EMAIL]; j++)
			if (pf.people[j].f[FF_EMAIL] &&
			    !strcasecmp(pf.people[j].f[FF_EMAIL],
					p->f[FF_EMAIL]))
				q = &pf.people[j];
		for (size_t k = 0; k < NELEM(told); k++) {
			enum form_field x = told[k];
			if (p->f[x] == NULL && q && q->f[x])
				p->f[x] = xstrdup(q->f[x]);
			if (p->f[x] == NULL && shared.f[x])
				p->f[x] = xstrdup(shared.f[x]);
		}
	}
	form_free(&pf);
	form_person_free(&shared);
}

int
request_build(const struct message *m, const char *robot_addr,
	      const char *default_lang, struct request *out)
{
	return request_read(m, robot_addr, NULL, default_lang, out);
}

int
request_read(const struct message *m, const char *robot_addr,
	     const char *organiser_addr, const char *default_lang,
	     struct request *out)
{
	struct request_context c = {.robot_addr = robot_addr,
				    .organiser_addr = organiser_addr,
				    .default_lang = default_lang};
	return request_read_ctx(m, &c, out);
}

int
request_read_ctx(const struct message *m, const struct request_context *c,
		 struct request *out)
{
	if (m == NULL || out == NULL || c == NULL)
		return -1;
	const char *robot_addr = c->robot_addr;
	const char *organiser_addr = c->organiser_addr;
	const char *default_lang = c->default_lang;
	const char *prior = c->prior;
	memset(out, 0, sizeof *out);
	int weak = 0;
	out->robot = robot_reason(m, robot_addr, &weak);

	struct anatomy A, F;
	memset(&F, 0, sizeof F);
	anatomy(m->text, m->subject, robot_addr, &A);
	drop_prior(&A, prior);
	/* a forward of a forward: the innermost one with words */
	char *fwd_name = A.fwd_name ? xstrdup(A.fwd_name) : NULL;
	char *fwd_addr = A.fwd_addr ? xstrdup(A.fwd_addr) : NULL;
	int have_fwd = A.fwd != NULL;
	if (have_fwd) {
		anatomy(A.fwd, A.fwd_subject, robot_addr, &F);
		for (int d = 1; d < ANATOMY_DEPTH && F.fwd &&
				word_count(buf_str(&F.own)) < 3;
		     d++) {
			if (F.fwd_addr) {
				free(fwd_name);
				free(fwd_addr);
				fwd_name = xstrdup(F.fwd_name);
				fwd_addr = xstrdup(F.fwd_addr);
			}
			struct anatomy G;
			anatomy(F.fwd, F.fwd_subject, robot_addr, &G);
			anatomy_free(&F);
			F = G;
		}
	}
	const char *own = buf_str(&A.own);
	const char *fown = have_fwd ? buf_str(&F.own) : "";
	/* what the writer's own text says of itself (not a quoted or
	 * forwarded mail's): a return receipt's layout, or "dit is een
	 * automatisch bericht" */
	if (out->robot == NULL) {
		const char *r = own_text_machine(own, &weak);
		if (r)
			out->robot = r;
	}

	/* Typed lines: fields are never read from a greeting, a closing
	 * or a signature; intent only from the writer's sentences. */
	const unsigned no_fields =
	    SEG_MASK(SK_GREETING) | SEG_MASK(SK_CLOSING) |
	    SEG_MASK(SK_SIGNATURE) | SEG_MASK(SK_ATTACHMENT) |
	    SEG_MASK(SK_HEADER);
	struct segments S, FS;
	segment_text(own, &S);
	segment_text(fown, &FS);
	char *own_fields = segment_join(&S, ~no_fields);
	char *fwd_fields = segment_join(&FS, ~no_fields);
	char *own_prose = segment_join(&S, SEG_MASK(SK_PROSE));
	char *greeting = segment_join(&S, SEG_MASK(SK_GREETING));
	char *fwd_prose = segment_join(&FS, SEG_MASK(SK_PROSE));
	segments_free(&S);
	segments_free(&FS);

	out->own_text = xstrdup(own);
	/* people: the sender's own lines, else the forwarded ones */
	form_parse(own_fields, &out->form);
	drop_own_addresses(&out->form, robot_addr, organiser_addr);
	const char *ptext = own;
	const char *wname = m->from_name, *waddr = m->from_addr;
	if (have_fwd && persons(&out->form) == 0) {
		struct form ff;
		form_parse(fwd_fields, &ff);
		drop_own_addresses(&ff, robot_addr, organiser_addr);
		if (persons(&ff) > 0 ||
		    !has_any(own, register_phrases, NELEM(register_phrases)) ||
		    has_any(fown, register_phrases, NELEM(register_phrases)) ||
		    forward_is_the_registration(own_prose, fwd_addr, waddr)) {
			form_free(&out->form);
			out->form = ff;
			out->forwarded = 1;
			ptext = fown;
			wname = fwd_name;
			waddr = fwd_addr;
		} else
			form_free(&ff);
	}

	out->details_only = out->form.n == 1 && out->form.labelled &&
			    out->form.people[0].f[FF_NAME] == NULL &&
			    out->form.people[0].f[FF_EMAIL] == NULL;
	const char *subj = m->subject ? m->subject : "";
	int reply_subject = subject_is_reply(subj);
	{
		char *lt =
		    xasprintf("%s\n%s", reply_subject ? "" : subj,
			      word_count(own) >= 3 || !have_fwd ? own : fown);
		lang_detect(lt, default_lang ? default_lang : "nl", out->lang);
		free(lt);
	}

	/* the code, and where the writer put it */
	enum code_where where = CODE_NONE;
	const char *const places[] = {own, fown, subj, subj,
				      buf_str(&A.quoted)};
	const enum code_where place_kind[] = {CODE_OWN, CODE_OWN, CODE_SUBJECT,
					      CODE_QUOTE, CODE_QUOTE};
	for (size_t k = 0; k < NELEM(places) && out->code == NULL; k++) {
		if (k == 2 && reply_subject)
			continue;
		if (k == 3 && !reply_subject)
			continue;
		out->code = find_code(places[k]);
		if (out->code)
			where = place_kind[k];
	}
	out->code_where = where;

	/* intent: the judge reads the writer's sentences */
	size_t np = persons(&out->form);
	int joined = out->forwarded || word_count(own_prose) < 3;
	char *prose = joined ? xasprintf("%s\n%s", own_prose, fwd_prose)
			     : xstrdup(own_prose);
	struct judge_input jin = {
	    .prose = prose,
	    .own_len = joined ? strlen(own_prose) + 1 : 0,
	    .subject = subj,
	    .subject_is_reply = reply_subject,
	    .form_people =
		np > 0 ? (int)np : out->form.n > 0 && out->form.labelled,
	    .course = c->course};
	struct judgement J;
	judge(&jin, &J);
	char summary[600];
	judge_summary(&J, summary, sizeof summary);
	out->evidence = xstrdup(summary);
	out->confidence = judge_conf_name(J.conf);
	/* a plain yes: no question, no doubt, nothing else asked */
	out->affirm = !J.asks && !J.hesitant &&
		      (J.intent == JI_REGISTER || J.intent == JI_NONE);
	for (size_t k = 0; k < J.nev; k++)
		if (J.ev[k].mood == JM_NEGATION)
			out->affirm = 0;
	free(prose);

	struct decide_in din = {
	    .intent = J.intent,
	    .conf = J.conf,
	    .code = where,
	    .role = organiser_addr && m->from_addr &&
			    !strcasecmp(m->from_addr, organiser_addr)
			? ROLE_ORGANISER
			: ROLE_PARTICIPANT};
	const char *why = NULL;
	enum decision act = decide_action(&din, &why);
	static const enum intent as_intent[] = {
	    [DO_REGISTER] = INTENT_REGISTER,
	    [DO_CANCEL] = INTENT_CANCEL,
	    [DO_SUBSTITUTE] = INTENT_SUBSTITUTE,
	    [DO_STATUS] = INTENT_STATUS,
	    [DO_HELP] = INTENT_HELP,
	    [DO_QUESTION] = INTENT_QUESTION,
	    [DO_HUMAN] = INTENT_HUMAN,
	    [DO_CORRECT] = INTENT_CORRECT,
	};
	enum intent intent = as_intent[act];
	/* unsure: what it seems to ask, for the organiser's JA */
	if (act == DO_HUMAN && J.intent == JI_REGISTER && out->form.n > 0)
		out->proposal = "register";
	else if (act == DO_HUMAN && J.intent == JI_CANCEL && out->code)
		out->proposal = "cancel";
	if (intent == INTENT_CORRECT &&
	    (out->form.n != 1 || !out->form.labelled)) {
		/* only "Naam: ..." lines say which field gets which value */
		intent = INTENT_HUMAN;
		why = "a correction of registered details without labelled "
		      "fields";
	}
	if (intent == INTENT_HUMAN)
		out->human = J.intent == JI_NONE &&
				     word_count(own) + word_count(fown) == 0
				 ? "no text"
				 : why;
	/* Details only in an attachment: a person opens it.  A signature
	 * or a From line never stands in for a form nobody can read. */
	char *words = xasprintf("%s\n%s\n%s", subj, own, fown);
	int attach_only =
	    m->attachments > 0 && np == 0 &&
	    (has_any(words, attachment_phrases, NELEM(attachment_phrases)) ||
	     word_count(own) + word_count(fown) < 12);
	free(words);
	if (attach_only &&
	    (intent == INTENT_REGISTER || intent == INTENT_HUMAN)) {
		intent = INTENT_HUMAN;
		out->human = "only an attachment";
		/* ... and when every attachment is an archive, a program or
		 * a web page ("your overdue invoice" as a .zip) and the mail
		 * names nobody, no code and answers nothing, it is a lure:
		 * the organiser sees it, no answer goes out */
		if (document_attachments(m) == 0 && J.intent == JI_NONE &&
		    tied_to_nothing(m, out))
			out->robot_weak = "only an archive or a program "
					  "attached, nothing about the course";
	}

	/* the writer's card, read once for a registration (a forward's
	 * writer is not the one whose sentences these are) */
	struct form_person sig = {0};
	char *own_addr = NULL;
	if (intent == INTENT_REGISTER)
		writer_card(ptext, out->forwarded ? NULL : own_prose, &sig,
			    &own_addr);
	const char *self_addr = own_addr ? own_addr : waddr;
	/* people in a form, table or list: what the sentences say of
	 * each of them, or of all ("Each of us is a coordinator at X") */
	if (intent == INTENT_REGISTER && persons(&out->form) > 1 &&
	    !out->forwarded)
		prose_complement(&out->form, own_prose, robot_addr,
				 organiser_addr);
	/* nobody in a form, table or list, and the writer registers
	 * others: the people the sentences name, each with an address */
	if (intent == INTENT_REGISTER && persons(&out->form) == 0 &&
	    !out->forwarded && (J.who == JW_OTHERS || J.who == JW_BOTH)) {
		np = prose_registration(out, own_prose, &J, wname, waddr, &sig,
					robot_addr, organiser_addr);
		/* "Een van onze medewerkers wil zich aanmelden. Is de
		 * bijdrage inclusief btw?": others who are not named, and a
		 * question: what is asked may decide whether they come, and
		 * there is nobody to register yet; a person answers */
		if (np == 0 && persons(&out->form) == 0 && J.who == JW_OTHERS &&
		    J.asks) {
			intent = INTENT_HUMAN;
			out->human =
			    "a registration for colleagues who are not "
			    "named, with a question";
		}
	}
	if (intent == INTENT_REGISTER) {
		/* whom the writer registers, as the judge read it from
		 * the registration sentence; a form alone is the writer's */
		int self = J.who == JW_SELF || J.who == JW_BOTH ||
			   (J.who == JW_UNKNOWN && !out->forwarded) ||
			   out->forwarded;
		/* only what is shared (an invoice address, an organisation)
		 * and nobody named: it completes the writer's own
		 * registration, never makes the writer a participant of
		 * a registration for others */
		if (out->form.n == 1 && !self &&
		    !has_personal(&out->form.people[0]))
			form_free(&out->form);
		if (out->form.n == 0 && self && waddr) {
			out->form.people = xcalloc(1, sizeof *out->form.people);
			out->form.n = 1;
			fill_writer(&out->form.people[0], wname, self_addr,
				    &sig);
		} else if (out->form.n == 1) {
			struct form_person *p = &out->form.people[0];
			const char *pe = p->f[FF_EMAIL];
			char *wn = writer_name(wname);
			int other =
			    p->f[FF_NAME] &&
			    ((wn && !names_agree(p->f[FF_NAME], wn)) ||
			     (sig.f[FF_NAME] &&
			      !names_agree(p->f[FF_NAME], sig.f[FF_NAME])));
			free(wn);
			if (pe == NULL && waddr == NULL) {
				intent = INTENT_HUMAN;
				out->human = out->forwarded
						 ? "a forwarded registration "
						   "without the participant's "
						   "address"
						 : "a registration without an "
						   "address";
			} else if (pe == NULL && other) {
				intent = INTENT_HUMAN;
				out->human = "a registration for someone "
					     "else, without their address";
			} else if (pe == NULL ||
				   (waddr && !strcasecmp(pe, waddr))) {
				if (!other)
					fill_writer(p, wname, self_addr, &sig);
				else if (p->f[FF_EMAIL] == NULL)
					p->f[FF_EMAIL] = xstrdup(waddr);
			}
		} else if (out->form.n == 0 && out->forwarded && !waddr) {
			intent = INTENT_HUMAN;
			out->human = "a forwarded registration without the "
				     "participant's address";
		}
		if (intent == INTENT_REGISTER && J.asks)
			out->question = 1;
		/* the writer's organisation, from the card or the
		 * writer's sentences, to each person the writer registers
		 * who names none ("Please register: <a table of four>",
		 * signed with the organisation): colleagues share it, as
		 * the organiser would read it; a forward's writer is not
		 * the participants' sender */
		if (intent == INTENT_REGISTER && !out->forwarded &&
		    org_credible(sig.f[FF_ORGANISATION], wname))
			for (size_t i = 0; i < out->form.n; i++)
				if (out->form.people[i].f[FF_ORGANISATION] ==
				    NULL)
					out->form.people[i].f[FF_ORGANISATION] =
					    xstrdup(sig.f[FF_ORGANISATION]);
	}
	/* "We received two invoices for my registration (CODE) ... could
	 * you please credit one of them?": the status is answered, and
	 * what else it asks goes to a person */
	if (intent == INTENT_STATUS && J.asks)
		out->question = 1;
	/* "Hierbij meld ik de volgende twaalf medewerkers aan", "Three of
	 * us would like to attend", subject "aanmelding 6 deelnemers": the
	 * writer says how many; another number of people read is a
	 * misreading (a list not understood, the writer's card taken for
	 * the participants), and registering what was read would seat the
	 * wrong people or too few: a person reads it */
	if (intent == INTENT_REGISTER && J.announced != 0 &&
	    (J.announced < 0 || persons(&out->form) != (size_t)J.announced)) {
		intent = INTENT_HUMAN;
		out->human =
		    J.announced < 0
			? "the mail gives two different numbers of "
			  "people to register"
			: "the mail says how many people it registers, "
			  "and another number of people was read";
	}
	form_person_free(&sig);
	free(own_addr);
	/* "I cannot attend after all. My colleague will take my seat:"
	 * above a colleague's details: a cancellation that names someone
	 * else with an address may be a substitution; cancelling would
	 * free the seat the colleague was to take, so a person reads it */
	if (intent == INTENT_CANCEL && names_someone_else(&out->form, waddr)) {
		intent = INTENT_HUMAN;
		out->human =
		    "a cancellation that gives someone else's details: "
		    "perhaps a substitution";
	}
	/* "Dank voor de uitnodiging. Helaas kan ik niet deelnemen": not
	 * attending, in a mail that names no registration (no code, no
	 * answer to the robot's mail, no word for one, no word that
	 * cancels one), is a decline of the invitation as often as a
	 * cancellation: a person reads it */
	if (intent == INTENT_CANCEL && out->code == NULL &&
	    m->in_reply_to == NULL && m->references == NULL &&
	    !names_a_registration(own_prose, m->subject)) {
		intent = INTENT_HUMAN;
		out->human = "not attending, but the mail names no "
			     "registration: perhaps a decline of the "
			     "invitation";
	}
	if (intent == INTENT_SUBSTITUTE)
		substitute_person(&out->form, own, m->from_addr);
	/* "(dag 2 afwezig)", "na mijn vakantie", a CRM's Precedence: bulk,
	 * a web form from noreply@: a weak machine signal on a mail that
	 * registers or changes something sends it to a person, with no
	 * automatic answer, instead of dropping it. */
	/* a code only in the subject of an auto-reply is the one of the
	 * robot's mail it answers ("Afwezigheidsmelding: Bevestiging
	 * aanmelding ... [CODE]"), not the writer's */
	int content =
	    np > 0 || (out->code && out->code_where != CODE_SUBJECT) ||
	    (weak == 1 &&
	     (intent == INTENT_REGISTER || intent == INTENT_CANCEL ||
	      intent == INTENT_SUBSTITUTE || intent == INTENT_STATUS));
	/* "Er is een nieuwe inzending van het formulier ...": a site's form
	 * sent from a no-reply address with Reply-To its writer; a labelled
	 * form of one person whose address is that Reply-To is the person's
	 * own registration, which the relay only carried (the answer goes to
	 * the person, never to the relay) */
	if (out->robot && weak == 2 && intent == INTENT_REGISTER &&
	    relayed_form(m, &out->form)) {
		out->relay = "a web form's relay (no-reply sender, Reply-To "
			     "the person its form registers)";
		out->robot = NULL;
		weak = 0;
	}
	if (out->robot && weak && content) {
		out->robot_weak = out->robot;
		out->robot = NULL;
		intent = INTENT_HUMAN;
		out->human = "registration content in a mail that looks "
			     "automatic";
	}
	/* A call to the reader and nothing about the course: no request the
	 * judge could read, nobody, no code, no attachment a person could
	 * have filled in (an invoice "attached" as a .zip is a lure), no
	 * answer to any mail, and the only words about registering invite
	 * the reader to
	 * ("Register today for our package", "meld u opnieuw aan met uw
	 * wachtwoord").  That is a sales or phishing mail (a link alone is
	 * not: people's signatures have them): the organiser sees it, but an
	 * automatic "we received your mail" would answer a sender who did not
	 * write to the course, often a forged one.  A person's mail that the
	 * robot does not understand is still acknowledged. */
	int about_a_seat = 0, calls = 0;
	for (size_t k = 0; k < J.nev; k++) {
		/* (what the reader may do with a seat, "met deze code kunt
		 * u zich afmelden", "Bevestig dat u het bericht zelf
		 * verstuurd heeft", is the reader's, not a seat the writer
		 * asks about) */
		about_a_seat |= J.ev[k].intent != JI_NONE &&
				J.ev[k].intent != JI_REGISTER &&
				J.ev[k].mood != JM_INVITATION;
		calls |= J.ev[k].mood == JM_INVITATION;
	}
	/* So is a mail not understood that speaks only of the reader and
	 * never of its writer, with a link to follow ("Uw mailbox is vol.
	 * Klik hier om te valideren: http://..."): a person writing to
	 * the course says "ik" or "wij" somewhere, or asks something */
	int link = own_prose && (strstr(own_prose, "http://") ||
				 strstr(own_prose, "https://"));
	if (intent == INTENT_HUMAN && J.intent == JI_NONE && !about_a_seat &&
	    np == 0 && document_attachments(m) == 0 &&
	    tied_to_nothing(m, out)) {
		if (calls)
			out->robot_weak =
			    "a call to the reader with nothing about the "
			    "course in it (no request, person, code or answer "
			    "to the robot's mail)";
		else if (J.of_reader && link)
			out->robot_weak =
			    "a mail not understood that speaks only of the "
			    "reader, never of its writer, with a link (no "
			    "request, person, code or answer to the robot's "
			    "mail)";
		else if (greets_a_stranger(greeting))
			out->robot_weak =
			    "a mail not understood that greets the reader as "
			    "the user, customer or winner of something (no "
			    "request, person, code or answer to the robot's "
			    "mail)";
	}
	free(greeting);
	out->intent = intent;
	free(own_fields);
	free(fwd_fields);
	free(own_prose);
	free(fwd_prose);
	free(fwd_name);
	free(fwd_addr);
	anatomy_free(&A);
	anatomy_free(&F);
	return 0;
}

void
request_free(struct request *r)
{
	if (r == NULL)
		return;
	free(r->evidence);
	free(r->own_text);
	form_free(&r->form);
	free(r->code);
	memset(r, 0, sizeof *r);
}

const char *
request_intent_name(enum intent i)
{
	static const char *names[] = {"register", "cancel",   "substitute",
				      "status",	  "question", "help",
				      "unknown",  "human",    "correct"};
	if ((int)i < 0 || (size_t)i >= NELEM(names))
		return NULL;
	return names[i];
}
