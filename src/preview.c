/*
 * preview — see preview.h.
 *
 * Sample data are neutral placeholders, never names of real people:
 * "Voorbeeld Deelnemer" / "Example Participant", "Stichting Voorbeeld",
 * addresses at example.org.  Each kind gets the variables the robot gives
 * it (README "Templates"), with the state that kind is about: a confirmed
 * seat for a confirmation, position 3 for a waitlist notice, and so on.
 *
 * Ownership: preview_sample's struct owns its strings and values.  Error
 * policy: bad usage and build errors are reported to the caller with a
 * message; the only I/O is the output stream (and reply's template
 * files).
 */
#include "preview.h"

#include <libetpan/libetpan.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"

#define SAMPLE_CODE "7KQ2M-X9H4D"
#define SAMPLE_CODE_NEW "4HDX9-M2QK7"
#define SAMPLE_MSGID "<voorbeeld.1@example.org>"

struct sample_text {
	const char *name, *colleague, *third, *contact, *organisation, *role;
	const char *diet, *subject, *question;
	const char *answer, *cancelled, *greeting; /* orgmail's kinds */
	const char *labels[RF__COUNT];
};

static const struct sample_text nl_text = {
    .name = "Voorbeeld Deelnemer",
    .colleague = "Voorbeeld Collega",
    .third = "Voorbeeld Derde",
    .contact = "Voorbeeld Contactpersoon",
    .organisation = "Stichting Voorbeeld",
    .role = "Beleidsmedewerker",
    .diet = "vegetarisch",
    .subject = "Vraag over de locatie",
    .question = "Beste organisatie,\n\nIs er parkeergelegenheid bij de "
		"bibliotheek?\n\nMet vriendelijke groet,\nVoorbeeld "
		"Deelnemer\n",
    .answer = "Ja, achter de bibliotheek is een parkeergarage.\nTot "
	      "ziens op 1 juni.",
    .cancelled = SAMPLE_CODE " (Voorbeeld Deelnemer "
			     "<deelnemer@example.org>) cancelled",
    .greeting = "Hallo regbot,",
    .labels = {"Naam", "E-mailadres", "Organisatie", "Functie", "Telefoon",
	       "Dieetwensen", "Factuuradres", "Factuurkenmerk"},
};

static const struct sample_text en_text = {
    .name = "Example Participant",
    .colleague = "Example Colleague",
    .third = "Example Third",
    .contact = "Example Contact",
    .organisation = "Example Foundation",
    .role = "Policy officer",
    .diet = "vegetarian",
    .subject = "Question about the venue",
    .question = "Dear organiser,\n\nIs there parking near the library?\n\n"
		"Kind regards,\nExample Participant\n",
    .answer = "Yes, there is a car park behind the library.\nSee you "
	      "on 1 June.",
    .cancelled = SAMPLE_CODE " (Example Participant "
			     "<deelnemer@example.org>) cancelled",
    .greeting = "Hello regbot,",
    .labels = {"Name", "E-mail address", "Organisation", "Function", "Phone",
	       "Dietary wishes", "Invoice address", "Invoice reference"},
};

/* What a kind's sample is about. */
enum subject_kind {
	S_REG,	   /* a registration */
	S_SENDER,  /* someone who wrote, no registration */
	S_CONTACT, /* a contact person's overview */
	S_ORGANISER
};

static const struct {
	const char *kind;
	enum subject_kind who;
	const char *status; /* of the registration */
	long position;
} samples[] = {
    {"confirmation", S_REG, "confirmed", 0},
    {"waitlist", S_REG, "waitlisted", 3},
    {"waitlist-update", S_REG, "waitlisted", 3},
    {"promotion", S_REG, "confirmed", 0},
    {"offer", S_REG, "waitlisted", 1},
    {"offer-expired", S_REG, "cancelled", 0},
    {"incomplete", S_REG, "incomplete", 0},
    {"already", S_REG, "confirmed", 0},
    {"cancelled", S_REG, "cancelled", 0},
    {"substitution-new", S_REG, "confirmed", 0},
    {"substitution-old", S_REG, "cancelled", 0},
    {"status", S_REG, "confirmed", 0},
    {"code-needed", S_REG, "confirmed", 0},
    {"help", S_SENDER, NULL, 0},
    {"question", S_SENDER, NULL, 0},
    {"received", S_SENDER, NULL, 0},
    {"closed", S_SENDER, NULL, 0},
    {"ratelimit", S_SENDER, NULL, 0},
    {"overview", S_CONTACT, NULL, 0},
    {"forward", S_ORGANISER, NULL, 0},
    {"answer", S_SENDER, NULL, 0},
    {"commands", S_ORGANISER, NULL, 0},
};

/* The pool whose participants pay, so the sample shows the fee. */
static const struct pool *
paying_pool(const struct config *cfg)
{
	for (size_t i = 0; i < cfg->npools; i++)
		if (cfg->pools[i].fee_cents > 0)
			return &cfg->pools[i];
	return cfg->npools ? &cfg->pools[0] : NULL;
}

static void
sample_reg(const struct config *cfg, const struct sample_text *tx,
	   const char *name, const char *email, const char *code,
	   const char *status, long position, struct reg *r)
{
	memset(r, 0, sizeof *r);
	r->code = xstrdup(code);
	r->f[RF_NAME] = xstrdup(name);
	r->f[RF_EMAIL] = xstrdup(email);
	r->f[RF_ORGANISATION] = xstrdup(tx->organisation);
	r->f[RF_ROLE] = xstrdup(tx->role);
	r->f[RF_PHONE] = xstrdup("036 000 00 00");
	r->f[RF_DIET] = xstrdup(tx->diet);
	r->f[RF_INVOICE_ADDRESS] = xstrdup("Voorbeeldstraat 1\n1300 AA Almere");
	r->f[RF_INVOICE_REFERENCE] = xstrdup("PO-2010-0042");
	const struct pool *p = paying_pool(cfg);
	r->pool = xstrdup(p ? p->name : "");
	r->status = xstrdup(status ? status : "confirmed");
	r->waitlist_position = position;
	r->language = NULL;
}

static void
set_understood(struct tmpl_value *v, const struct sample_text *tx,
	       const struct reg *r)
{
	struct tmpl_value *und = tmpl_list(), *miss = tmpl_list();
	for (int i = 0; i < RF__COUNT; i++)
		if (r->f[i]) {
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "label", tx->labels[i]);
			tmpl_map_set_str(e, "value", r->f[i]);
			tmpl_list_add(und, e);
		}
	static const enum reg_field required[] = {RF_NAME, RF_EMAIL,
						  RF_ORGANISATION};
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (r->f[required[i]] == NULL) {
			struct tmpl_value *e = tmpl_map();
			tmpl_map_set_str(e, "label", tx->labels[required[i]]);
			tmpl_list_add(miss, e);
		}
	tmpl_map_set(v, "understood", und);
	tmpl_map_set(v, "missing", miss);
}

static void
set_time(struct tmpl_value *v, const char *key, const struct config *cfg,
	 time_t t, const char *lang)
{
	char *s = clock_long_time(t, cfg->timezone, lang);
	tmpl_map_set_str(v, key, s);
	free(s);
}

/* Registration samples: the variables seats.c gives these kinds. */
static void
reg_sample(const struct config *cfg, const char *kind, const char *status,
	   long position, const char *lang, const struct sample_text *tx,
	   time_t now, struct preview_sample *s)
{
	struct reg r;
	int subst_new = !strcmp(kind, "substitution-new");
	sample_reg(cfg, tx, subst_new ? tx->colleague : tx->name,
		   subst_new ? "collega@example.org" : "deelnemer@example.org",
		   subst_new ? SAMPLE_CODE_NEW : SAMPLE_CODE, status, position,
		   &r);
	if (!strcmp(kind, "incomplete")) {
		/* a mail that named the person but not the organisation */
		for (int i = RF_ORGANISATION; i < RF__COUNT; i++) {
			free(r.f[i]);
			r.f[i] = NULL;
		}
	}
	struct tmpl_value *v = reply_vars(cfg, lang);
	reply_vars_reg(v, cfg, &r, lang);
	set_understood(v, tx, &r);
	tmpl_map_set(v, "fee_due", tmpl_bool(0));
	if (cfg->cancel_deadline_at)
		set_time(v, "cancel_deadline", cfg, cfg->cancel_deadline_at,
			 lang);
	if (!strcmp(kind, "offer"))
		set_time(v, "offer_deadline", cfg,
			 now +
			     3600 * (cfg->offer_hours ? cfg->offer_hours : 48),
			 lang);
	if (!strcmp(kind, "offer-expired"))
		set_time(v, "offer_deadline", cfg, now - 3600, lang);
	if (!strcmp(kind, "cancelled") || !strcmp(kind, "substitution-old"))
		tmpl_map_set(v, "had_seat", tmpl_bool(1));
	if (subst_new) {
		tmpl_map_set_str(v, "old_name", tx->name);
		tmpl_map_set_str(v, "old_email", "deelnemer@example.org");
	}
	if (!strcmp(kind, "substitution-old")) {
		tmpl_map_set_str(v, "new_name", tx->colleague);
		tmpl_map_set_str(v, "new_email", "collega@example.org");
	}
	if (!strcmp(kind, "code-needed")) {
		tmpl_map_set(v, "asked_cancel", tmpl_bool(1));
		tmpl_map_set_str(v, "from", "iemand@example.net");
	}
	if (!strcmp(kind, "code-needed") || !strcmp(kind, "incomplete"))
		tmpl_map_set_str(v, "subject",
				 !strcmp(lang, "en") ? "Registration"
						     : "Aanmelding");
	s->vars = v;
	s->key = xasprintf("%s:%s:preview", kind, r.code);
	reg_clear(&r);
}

static void
people_sample(const struct config *cfg, const char *lang,
	      const struct sample_text *tx, struct tmpl_value *v)
{
	struct tmpl_value *people = tmpl_list();
	const struct {
		const char *name, *email, *code, *status;
		long position;
	} p[] = {
	    {tx->name, "deelnemer@example.org", SAMPLE_CODE, "confirmed", 0},
	    {tx->colleague, "collega@example.org", SAMPLE_CODE_NEW, "confirmed",
	     0},
	    {tx->third, "derde@example.org", "9TBW3-P8NCE", "waitlisted", 1},
	};
	for (size_t i = 0; i < sizeof p / sizeof *p; i++) {
		struct reg r;
		sample_reg(cfg, tx, p[i].name, p[i].email, p[i].code,
			   p[i].status, p[i].position, &r);
		tmpl_list_add(people, reply_person(cfg, &r, lang));
		reg_clear(&r);
	}
	tmpl_map_set(v, "people", people);
}

/* The reply to the organiser's commands: one done, one line skipped. */
static void
commands_sample(struct tmpl_value *v, const struct sample_text *tx)
{
	tmpl_map_set(v, "applied", tmpl_bool(1));
	struct tmpl_value *res = tmpl_list(), *e = tmpl_map();
	tmpl_map_set_str(e, "line", "3");
	tmpl_map_set_str(e, "command", "AFMELDEN " SAMPLE_CODE);
	tmpl_map_set_str(e, "result", tx->cancelled);
	tmpl_map_set(e, "ok", tmpl_bool(1));
	tmpl_list_add(res, e);
	tmpl_map_set(v, "results", res);
	struct tmpl_value *ign = tmpl_list();
	e = tmpl_map();
	tmpl_map_set_str(e, "line", "1");
	tmpl_map_set_str(e, "text", tx->greeting);
	tmpl_list_add(ign, e);
	tmpl_map_set(v, "ignored", ign);
	tmpl_map_set(v, "c_ignored", tmpl_bool(1));
}

int
preview_sample(const struct config *cfg, const char *kind, const char *lang,
	       time_t now, struct preview_sample *s, char **err)
{
	memset(s, 0, sizeof *s);
	*err = NULL;
	size_t k = 0;
	while (k < sizeof samples / sizeof *samples &&
	       strcmp(samples[k].kind, kind ? kind : ""))
		k++;
	if (k == sizeof samples / sizeof *samples) {
		struct buf b;
		buf_init(&b, 4096);
		for (int i = 0; reply_kinds[i]; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", reply_kinds[i]);
		*err = xasprintf("'%s' is not a reply kind (%s)",
				 kind ? kind : "", buf_str(&b));
		buf_free(&b);
		return -1;
	}
	if (lang == NULL || (strcmp(lang, "nl") && strcmp(lang, "en"))) {
		*err =
		    xasprintf("--lang is nl or en, not '%s'", lang ? lang : "");
		return -1;
	}
	const struct sample_text *tx =
	    !strcmp(lang, "en") ? &en_text : &nl_text;
	struct reply *r = &s->reply;
	r->kind = samples[k].kind;
	r->lang = !strcmp(lang, "en") ? "en" : "nl";
	r->in_reply_to = SAMPLE_MSGID;
	r->references = SAMPLE_MSGID;
	r->auto_submitted = "auto-replied";
	switch (samples[k].who) {
	case S_REG:
		reg_sample(cfg, kind, samples[k].status, samples[k].position,
			   lang, tx, now, s);
		r->to_name = !strcmp(kind, "substitution-new") ? tx->colleague
							       : tx->name;
		r->to_addr = !strcmp(kind, "substitution-new")
				 ? "collega@example.org"
				 : "deelnemer@example.org";
		break;
	case S_SENDER:
	case S_CONTACT:
		s->vars = reply_vars(cfg, lang);
		r->to_name =
		    samples[k].who == S_CONTACT ? tx->contact : tx->name;
		r->to_addr = samples[k].who == S_CONTACT
				 ? "contact@example.org"
				 : "deelnemer@example.org";
		tmpl_map_set_str(s->vars, "name", r->to_name);
		tmpl_map_set_str(s->vars, "email", r->to_addr);
		tmpl_map_set_str(s->vars, "subject",
				 samples[k].who == S_CONTACT
				     ? (strcmp(lang, "en")
					    ? "Aanmelding collega's"
					    : "Registering colleagues")
				     : tx->subject);
		if (samples[k].who == S_CONTACT)
			people_sample(cfg, lang, tx, s->vars);
		if (!strcmp(kind, "answer"))
			tmpl_map_set_str(s->vars, "answer", tx->answer);
		s->key = xasprintf("%s:%s:preview", kind, r->to_addr);
		break;
	case S_ORGANISER:
		s->vars = reply_vars(cfg, lang);
		tmpl_map_set_str(s->vars, "subject", tx->subject);
		tmpl_map_set_str(s->vars, "from", "deelnemer@example.org");
		tmpl_map_set_str(s->vars, "status", "question");
		tmpl_map_set_str(s->vars, "text", tx->question);
		if (!strcmp(kind, "forward")) {
			/* the decision token (orgmail.c); an answer to the
			 * forward reaches the asker */
			tmpl_map_set_str(s->vars, "token", "7F3K");
			r->reply_to = "deelnemer@example.org";
		} else
			commands_sample(s->vars, tx);
		r->to_name = cfg->organiser_name;
		r->to_addr = cfg->organiser_email;
		s->key = xasprintf("%s:preview", kind);
		break;
	}
	r->vars = s->vars;
	r->key = s->key;
	return 0;
}

void
preview_sample_free(struct preview_sample *s)
{
	if (s == NULL)
		return;
	tmpl_value_free(s->vars);
	free(s->key);
	memset(s, 0, sizeof *s);
}

/* ---- decoding -------------------------------------------------------- */

/* Writes text with CRLF as LF. */
static void
put_lf(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			continue;
		fputc(s[i], out);
	}
}

/* One header line "Name: value" (unfolded) with encoded words decoded
 * where a reader decodes them. */
static void
put_header(FILE *out, const char *line, size_t n)
{
	struct buf b;
	buf_init(&b, BUF_MAX_DEFAULT);
	for (size_t i = 0; i < n; i++) {
		if (line[i] == '\r' && i + 2 < n && line[i + 1] == '\n') {
			i++; /* unfold: CRLF goes, the white space stays */
			continue;
		}
		buf_addc(&b, line[i]);
	}
	const char *colon = strchr(buf_str(&b), ':');
	static const char *const decoded[] = {"Subject", "From", "To",
					      "Reply-To", NULL};
	int decode = 0;
	if (colon)
		for (int i = 0; decoded[i]; i++)
			decode |=
			    (size_t)(colon - b.p) == strlen(decoded[i]) &&
			    !strncasecmp(b.p, decoded[i], strlen(decoded[i]));
	char *dec = NULL;
	size_t idx = 0;
	if (decode && mailmime_encoded_phrase_parse(
			  "utf-8", colon + 1, strlen(colon + 1), &idx, "utf-8",
			  &dec) == MAILIMF_NO_ERROR) {
		fprintf(out, "%.*s: %s\n", (int)(colon - b.p), b.p, dec);
		free(dec);
	} else {
		fprintf(out, "%s\n", buf_str(&b));
	}
	buf_free(&b);
}

/* The header lines in [s, s+n), each unfolded and decoded. */
static void
put_headers(FILE *out, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		/* a header ends at CRLF not followed by white space */
		while (j < n &&
		       !(s[j] == '\r' && j + 1 < n && s[j + 1] == '\n' &&
			 (j + 2 >= n || (s[j + 2] != ' ' && s[j + 2] != '\t'))))
			j++;
		if (j > i)
			put_header(out, s + i, j - i);
		i = j + 2;
	}
}

static void
put_part(FILE *out, struct mailmime *mm, int *nth)
{
	if (mm->mm_type == MAILMIME_MULTIPLE) {
		for (clistiter *it =
			 clist_begin(mm->mm_data.mm_multipart.mm_mp_list);
		     it; it = clist_next(it))
			put_part(out, clist_content(it), nth);
		return;
	}
	if (mm->mm_type == MAILMIME_MESSAGE) {
		if (mm->mm_data.mm_message.mm_msg_mime)
			put_part(out, mm->mm_data.mm_message.mm_msg_mime, nth);
		return;
	}
	struct mailmime_data *d = mm->mm_data.mm_single;
	if (d == NULL || d->dt_type != MAILMIME_DATA_TEXT)
		return;
	const char *body = d->dt_data.dt_text.dt_data;
	size_t blen = d->dt_data.dt_text.dt_length;
	(*nth)++;
	/* a nested part's own header lines, as sent */
	if (mm->mm_parent && mm->mm_parent->mm_type == MAILMIME_MULTIPLE) {
		const char *hs = mm->mm_mime_start;
		fprintf(out, "%s---- part %d ----\n", *nth > 1 ? "\n" : "",
			*nth);
		if (hs && body > hs)
			put_headers(out, hs, (size_t)(body - hs));
		fputc('\n', out);
	}
	size_t idx = 0;
	char *dec = NULL;
	size_t dlen = 0;
	if (mailmime_part_parse(body, blen, &idx, d->dt_encoding, &dec,
				&dlen) == MAILIMF_NO_ERROR) {
		put_lf(out, dec, dlen);
		mailmime_decoded_part_free(dec);
	} else {
		put_lf(out, body, blen);
	}
}

int
preview_decode(const char *msg, size_t len, FILE *out, char **err)
{
	*err = NULL;
	size_t idx = 0;
	struct mailmime *mime = NULL;
	if (mailmime_parse(msg, len, &idx, &mime) != MAILIMF_NO_ERROR) {
		*err = xstrdup("the message does not parse as MIME");
		return -1;
	}
	const char *end = strstr(msg, "\r\n\r\n");
	put_headers(out, msg, end ? (size_t)(end - msg) + 2 : len);
	fputc('\n', out);
	int nth = 0;
	if (mime->mm_type == MAILMIME_MESSAGE &&
	    mime->mm_data.mm_message.mm_msg_mime)
		put_part(out, mime->mm_data.mm_message.mm_msg_mime, &nth);
	mailmime_free(mime);
	return 0;
}

/* ---- the command ------------------------------------------------------- */

static void
preview_usage(FILE *fp)
{
	fputs("usage: regbot preview KIND [--lang nl|en] [--raw] "
	      "[--set NAME=VALUE]...\n"
	      "kinds:",
	      fp);
	for (int i = 0; reply_kinds[i]; i++)
		fprintf(fp, " %s", reply_kinds[i]);
	fputs("\n--set overrides a sample variable: true and false make a "
	      "boolean,\nanything else a text (e.g. --set fee_due=true).\n",
	      fp);
}

int
preview_run(const struct config *cfg, int argc, char **argv, time_t now,
	    FILE *out)
{
	const char *kind = NULL, *lang = cfg->language ? cfg->language : "nl";
	int raw = 0;
	const char **sets = xcalloc((size_t)argc + 1, sizeof *sets);
	size_t nsets = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--lang") && i + 1 < argc)
			lang = argv[++i];
		else if (!strncmp(a, "--lang=", 7))
			lang = a + 7;
		else if (!strcmp(a, "--raw"))
			raw = 1;
		else if (!strcmp(a, "--set") && i + 1 < argc)
			sets[nsets++] = argv[++i];
		else if (!strncmp(a, "--set=", 6))
			sets[nsets++] = a + 6;
		else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			preview_usage(out);
			free(sets);
			return 0;
		} else if (a[0] != '-' && kind == NULL)
			kind = a;
		else {
			fprintf(stderr, "regbot preview: unexpected '%s'\n", a);
			preview_usage(stderr);
			free(sets);
			return 2;
		}
	}
	if (kind == NULL) {
		preview_usage(stderr);
		free(sets);
		return 2;
	}
	struct preview_sample s;
	char *err = NULL;
	if (preview_sample(cfg, kind, lang, now, &s, &err) < 0) {
		fprintf(stderr, "regbot preview: %s\n", err);
		free(err);
		preview_sample_free(&s);
		free(sets);
		return 2;
	}
	for (size_t i = 0; i < nsets; i++) {
		const char *eq = strchr(sets[i], '=');
		if (eq == NULL || eq == sets[i]) {
			fprintf(stderr,
				"regbot preview: --set wants NAME=VALUE, "
				"not '%s'\n",
				sets[i]);
			preview_sample_free(&s);
			free(sets);
			return 2;
		}
		char *name = xstrndup(sets[i], (size_t)(eq - sets[i]));
		if (!reply_var_known(name))
			fprintf(stderr,
				"regbot preview: warning: '%s' is not a "
				"documented template variable\n",
				name);
		if (!strcmp(eq + 1, "true") || !strcmp(eq + 1, "false"))
			tmpl_map_set(s.vars, name, tmpl_bool(eq[1] == 't'));
		else
			tmpl_map_set_str(s.vars, name, eq + 1);
		free(name);
	}
	free(sets);
	struct buf msg;
	buf_init(&msg, 8 << 20);
	int rc = 0;
	if (reply_build(cfg, &s.reply, now, &msg, &err) < 0) {
		fprintf(stderr, "regbot preview: %s\n", err);
		free(err);
		rc = 1;
	} else if (raw) {
		fwrite(msg.p, 1, msg.len, out);
	} else if (preview_decode(msg.p, msg.len, out, &err) < 0) {
		fprintf(stderr, "regbot preview: %s\n", err);
		free(err);
		rc = 1;
	}
	buf_free(&msg);
	preview_sample_free(&s);
	return rc;
}
