/*
 * request — classify a parsed message (see request.h).
 *
 * The rules are tables: robot signals, intent keywords and language
 * markers, each in Dutch and English.  Nothing here may be fooled into
 * replying to a machine: every robot signal wins over any intent.
 */
#include "request.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *const ooo_subjects[] = {
    "out of office", "out-of-office", "automatic reply", "auto reply",
    "autoreply", "auto-reply", "afwezigheidsmelding", "afwezig",
    "automatisch antwoord", "automatische reactie", "automatisch bericht",
    "vakantie", "on vacation", "away from the office", "niet aanwezig",
    "undeliverable", "delivery status notification", "mail delivery",
    "returned mail", "onbestelbaar", "niet bezorgd", NULL};

static int
local_part_is(const char *addr, const char *name)
{
	const char *at = addr ? strchr(addr, '@') : NULL;
	size_t n = strlen(name);
	return at && (size_t)(at - addr) == n && !strncasecmp(addr, name, n);
}

const char *
request_robot_reason(const struct message *m, const char *robot_addr)
{
	if (m->auto_submitted && strcasecmp(m->auto_submitted, "no") != 0)
		return "Auto-Submitted header";
	if (m->x_autoreply)
		return "X-Autoreply header";
	if (m->precedence && (str_casestarts(m->precedence, "bulk") ||
	                      str_casestarts(m->precedence, "list") ||
	                      str_casestarts(m->precedence, "junk")))
		return "Precedence: bulk/list/junk";
	if (m->list_id)
		return "mailing-list mail (List-Id)";
	if (m->return_path && m->return_path[0] == '\0')
		return "null return path (a bounce)";
	if (m->is_report)
		return "multipart/report (bounce or receipt)";
	if (m->from_addr == NULL)
		return "no From address";
	if (local_part_is(m->from_addr, "mailer-daemon") ||
	    local_part_is(m->from_addr, "postmaster") ||
	    local_part_is(m->from_addr, "noreply") ||
	    local_part_is(m->from_addr, "no-reply") ||
	    local_part_is(m->from_addr, "do-not-reply") ||
	    local_part_is(m->from_addr, "donotreply"))
		return "sender is a system address";
	if (robot_addr && !strcasecmp(m->from_addr, robot_addr))
		return "mail from the robot itself";
	if (robot_addr && m->x_loop && str_casestr(m->x_loop, robot_addr))
		return "X-Loop names the robot";
	if (m->subject)
		for (int i = 0; ooo_subjects[i]; i++)
			if (str_casestr(m->subject, ooo_subjects[i]))
				return "auto-reply subject";
	return NULL;
}

struct keyword {
	const char *word;
	enum intent intent;
};

/* Checked in order; the first match in subject or text decides. */
static const struct keyword keywords[] = {
    {"in mijn plaats", INTENT_SUBSTITUTE},
    {"mijn plaats in", INTENT_SUBSTITUTE},
    {"neemt mijn plaats", INTENT_SUBSTITUTE},
    {"vervang", INTENT_SUBSTITUTE},
    {"substitut", INTENT_SUBSTITUTE},
    {"take my place", INTENT_SUBSTITUTE},
    {"in my place", INTENT_SUBSTITUTE},
    {"afmelden", INTENT_CANCEL},
    {"afmelding", INTENT_CANCEL},
    {"annuleer", INTENT_CANCEL},
    {"annulering", INTENT_CANCEL},
    {"cancel", INTENT_CANCEL},
    {"wachtlijst?", INTENT_STATUS},
    {"sta ik", INTENT_STATUS},
    {"status", INTENT_STATUS},
    {"am i registered", INTENT_STATUS},
    {"waiting list?", INTENT_STATUS},
    {"help", INTENT_HELP},
    {"aanmeld", INTENT_REGISTER},
    {"inschrijv", INTENT_REGISTER},
    {"registr", INTENT_REGISTER},
    {"meld ik", INTENT_REGISTER},
    {NULL, INTENT_UNKNOWN}};

static const char *const nl_words[] = {
    " ik ", " de ", " het ", " een ", " en ", " van ", " voor ", " mijn ",
    " graag ", "hierbij", "aanmeld", "groet", "organisatie", "naam",
    "functie", "telefoon", "collega", NULL};
static const char *const en_words[] = {
    " i ", " the ", " a ", " and ", " of ", " for ", " my ", " please ",
    "hereby", "register", "regards", "organisation", "organization",
    "name:", "phone", "colleague", "would like", NULL};

static int
count_words(const char *text, const char *const *words)
{
	int n = 0;
	for (int i = 0; words[i]; i++)
		for (const char *p = text; (p = str_casestr(p, words[i]));
		     p += strlen(words[i]))
			n++;
	return n;
}

static void
detect_language(const struct message *m, const char *dflt, char lang[3])
{
	char *t = xasprintf(" %s %s ", m->subject ? m->subject : "",
	                    m->text ? m->text : "");
	for (char *p = t; *p; p++)
		if (*p == '\n' || *p == '\t' || *p == ',' || *p == '.')
			*p = ' ';
	int nl = count_words(t, nl_words), en = count_words(t, en_words);
	free(t);
	const char *l = nl > en ? "nl" : en > nl ? "en" : dflt;
	memcpy(lang, l, 2);
	lang[2] = '\0';
}

/* A reference code looks like XXXXX-XXXXX in the robot's alphabet. */
static char *
find_code(const char *text)
{
	static const char alpha[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	for (const char *p = text; p && *p; p++) {
		if (p != text && isalnum((unsigned char)p[-1]))
			continue;
		int ok = 1;
		for (int i = 0; i < 11 && ok; i++) {
			char c = (char)toupper((unsigned char)p[i]);
			ok = i == 5 ? c == '-' : c && strchr(alpha, c) != NULL;
		}
		if (ok && !isalnum((unsigned char)p[11])) {
			char *c = xstrndup(p, 11);
			for (char *q = c; *q; q++)
				*q = (char)toupper((unsigned char)*q);
			return c;
		}
	}
	return NULL;
}

int
request_build(const struct message *m, const char *robot_addr,
              const char *default_lang, struct request *out)
{
	if (m == NULL || out == NULL)
		return -1;
	memset(out, 0, sizeof *out);
	detect_language(m, default_lang ? default_lang : "nl", out->lang);
	out->robot = request_robot_reason(m, robot_addr);
	form_parse(m->text ? m->text : "", &out->form);
	char *all = xasprintf("%s\n%s", m->subject ? m->subject : "",
	                      m->text ? m->text : "");
	out->code = find_code(all);
	out->intent = INTENT_UNKNOWN;
	for (const struct keyword *k = keywords; k->word; k++)
		if (str_casestr(all, k->word)) {
			out->intent = k->intent;
			break;
		}
	/* A filled-in form is a registration, whatever the prose says,
	 * unless the mail carries a code and asks for a change. */
	if (out->form.labelled && out->form.n > 0 &&
	    !(out->code && (out->intent == INTENT_CANCEL ||
	                    out->intent == INTENT_SUBSTITUTE ||
	                    out->intent == INTENT_STATUS)))
		out->intent = INTENT_REGISTER;
	free(all);
	return 0;
}

void
request_free(struct request *r)
{
	if (r == NULL)
		return;
	form_free(&r->form);
	free(r->code);
	memset(r, 0, sizeof *r);
}

const char *
request_intent_name(enum intent i)
{
	static const char *names[] = {"register", "cancel", "substitute",
	                              "status", "question", "help",
	                              "unknown"};
	return names[i];
}
