/*
 * mailing — see mailing.h.  Every recipient's message is built by the
 * same path as a reply (reply_build), from the registration's variables
 * (act_reg_vars), in the participant's language when the template exists
 * in it, else in the event's language.  Logs name no recipient: the
 * outbox logs each send by its key, as for every mail.
 */
#include "mailing.h"

#include <errno.h>
#include <getopt.h>
#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "preview.h"
#include "reply.h"
#include "seats.h"
#include "util.h"

#define EXIT_RUNTIME 1
#define EXIT_USAGE 2

int
mailing_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9');
		if (!alnum && (i == 0 || (c != '-' && c != '_')))
			return 0;
	}
	const char *const *lists[] = {reply_kinds, reply_scheduled_kinds};
	for (size_t l = 0; l < 2; l++)
		for (size_t k = 0; lists[l][k]; k++)
			if (!strcmp(name, lists[l][k]))
				return 0;
	return 1;
}

/* One language's template: whether it exists, and its hash. */
struct version {
	const char *lang;
	int exists;
	char hash[17]; /* the first 16 hex digits of the text's SHA-256 */
	long recipients;
};

static char *
slurp(const char *path, int *missing, char **err)
{
	*missing = 0;
	FILE *fp = fopen(path, "rb");
	if (fp == NULL) {
		*missing = errno == ENOENT;
		*err = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct buf b;
	buf_init(&b, 1 << 20);
	char chunk[4096];
	size_t n;
	int big = 0;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		if (buf_add(&b, chunk, n) < 0)
			big = 1;
	int bad = ferror(fp);
	fclose(fp);
	if (bad || big) {
		*err = xasprintf("%s: %s", path,
				 bad ? "read error" : "larger than 1 MiB");
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

struct names {
	const char *path;
	int errors;
};

static void
check_name(const char *name, int line, void *arg)
{
	struct names *nc = arg;
	if (!reply_var_known(name)) {
		fprintf(stderr, "%s:%d: unknown template variable '%s'\n",
			nc->path, line, name);
		nc->errors++;
	}
}

/* Reads templates/<lang>/NAME.txt (and .html when there is one), checks
 * it as check-config checks a reply template, and hashes both.  0 ok
 * (v->exists 0 when there is no .txt), -1 when it is there but wrong
 * (said on stderr). */
static int
load_version(const struct config *cfg, const char *name, struct version *v)
{
	v->exists = 0;
	char *path = xasprintf("%s/%s/%s.txt", cfg->templates, v->lang, name);
	char *hpath = xasprintf("%s/%s/%s.html", cfg->templates, v->lang, name);
	int missing = 0, hmissing = 0, rc = 0;
	char *err = NULL, *herr = NULL;
	char *txt = slurp(path, &missing, &err);
	char *html = txt ? slurp(hpath, &hmissing, &herr) : NULL;
	if (txt == NULL) {
		if (!missing) {
			fprintf(stderr, "regbot mail: %s\n", err);
			rc = -1;
		}
	} else if (html == NULL && !hmissing) {
		fprintf(stderr, "regbot mail: %s\n", herr);
		rc = -1;
	} else {
		struct names nc = {.path = path};
		char *terr = NULL;
		if (tmpl_names(txt, check_name, &nc, &terr) < 0) {
			fprintf(stderr, "%s: %s\n", path, terr);
			free(terr);
			nc.errors++;
		}
		if (html) {
			nc.path = hpath;
			if (tmpl_names(html, check_name, &nc, &terr) < 0) {
				fprintf(stderr, "%s: %s\n", hpath, terr);
				free(terr);
				nc.errors++;
			}
		}
		if (strncmp(txt, "Subject:", 8) != 0) {
			fprintf(stderr,
				"%s:1: a template starts with its Subject: "
				"line\n",
				path);
			nc.errors++;
		}
		if (nc.errors)
			rc = -1;
		unsigned char d[32];
		gnutls_hash_hd_t h;
		if (gnutls_hash_init(&h, GNUTLS_DIG_SHA256) < 0)
			abort();
		gnutls_hash(h, txt, strlen(txt));
		/* the HTML part is part of the message: a fix to it is a
		 * new text too */
		gnutls_hash(h, "\0", 1);
		if (html)
			gnutls_hash(h, html, strlen(html));
		gnutls_hash_deinit(h, d);
		for (int i = 0; i < 8; i++)
			snprintf(v->hash + 2 * i, 3, "%02x", d[i]);
		v->exists = 1;
	}
	free(txt);
	free(html);
	free(err);
	free(herr);
	free(path);
	free(hpath);
	return rc;
}

struct recipients {
	const char *to;
	struct reg *v;
	size_t n;
};

static int
pick(const struct reg *r, void *arg)
{
	struct recipients *rs = arg;
	int want = !strcmp(rs->to, "all") ? !strcmp(r->status, "confirmed") ||
						!strcmp(r->status, "waitlisted")
					  : !strcmp(r->status, rs->to);
	/* a purged registration has no address left to write to */
	if (!want || r->purged_at || r->f[RF_EMAIL] == NULL)
		return 0;
	rs->v = xrealloc(rs->v, (rs->n + 1) * sizeof *rs->v);
	reg_copy(&rs->v[rs->n++], r);
	return 0;
}

static void
recipients_free(struct recipients *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		reg_clear(&rs->v[i]);
	free(rs->v);
}

int
mailing_command(struct robot *rb, int argc, char **argv, time_t now,
		long *queued)
{
	*queued = 0;
	const struct config *cfg = rb->cfg;
	const char *to = NULL, *name = NULL;
	int send = 0;
	static const struct option opts[] = {
	    {"to", required_argument, NULL, 't'},
	    {"template", required_argument, NULL, 'T'},
	    {"send", no_argument, NULL, 's'},
	    {NULL, 0, NULL, 0}};
	optind = 0;
	int ch;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (ch == 't')
			to = optarg;
		else if (ch == 'T')
			name = optarg;
		else if (ch == 's')
			send = 1;
		else
			return EXIT_USAGE;
	}
	if (optind != argc || to == NULL || name == NULL) {
		fprintf(stderr, "usage: regbot mail --to "
				"confirmed|waitlisted|all --template NAME "
				"[--send]\n");
		return EXIT_USAGE;
	}
	if (strcmp(to, "confirmed") && strcmp(to, "waitlisted") &&
	    strcmp(to, "all")) {
		fprintf(stderr,
			"regbot mail: --to is confirmed, waitlisted or all "
			"(both), not '%s'\n",
			to);
		return EXIT_USAGE;
	}
	if (!mailing_name_ok(name)) {
		fprintf(stderr,
			"regbot mail: '%s' cannot name a one-off message: "
			"use letters, digits, '-' and '_', and not the name "
			"of a reply the robot sends itself\n",
			name);
		return EXIT_USAGE;
	}
	struct version vs[2] = {{.lang = "nl"}, {.lang = "en"}};
	int bad = 0;
	for (int i = 0; i < 2; i++)
		bad |= load_version(cfg, name, &vs[i]) < 0;
	if (bad)
		return EXIT_USAGE;
	struct version *deflt = !strcmp(cfg->language, "en") ? &vs[1] : &vs[0];
	if (!deflt->exists) {
		fprintf(stderr,
			"regbot mail: there is no %s/%s/%s.txt (the event's "
			"language, %s, needs one; the other is optional)\n",
			cfg->templates, deflt->lang, name, deflt->lang);
		return EXIT_USAGE;
	}
	struct recipients rs = {.to = to};
	if (store_reg_each(rb->st, NULL, pick, &rs) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		recipients_free(&rs);
		return EXIT_RUNTIME;
	}
	if (send && store_begin(rb->st) < 0) {
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
		recipients_free(&rs);
		return EXIT_RUNTIME;
	}
	struct act a;
	act_init(&a, cfg, rb->st, now, "mail", "organiser");
	long had = 0, added = 0;
	int rc = 0, shown = 0;
	for (size_t i = 0; i < rs.n && rc == 0; i++) {
		const struct reg *r = &rs.v[i];
		struct version *v =
		    r->language && !strcmp(r->language, "en") ? &vs[1] : &vs[0];
		if (!v->exists)
			v = deflt;
		v->recipients++;
		char *addr = xstrdup(r->f[RF_EMAIL]);
		str_lower(addr);
		char *key =
		    xasprintf("announcement:%s:%s:%s", name, v->hash, addr);
		free(addr);
		char *status = NULL;
		int f = store_outbox_key_status(rb->st, key, &status);
		free(status);
		if (f != 0) {
			if (f < 0)
				rc = -1;
			had += f > 0;
			free(key);
			continue;
		}
		if (!send && shown) { /* a preview renders one */
			added++;
			free(key);
			continue;
		}
		struct tmpl_value *vars = act_reg_vars(&a, r, v->lang);
		static const struct calendar_req none = {.method =
							     CALENDAR_NONE};
		struct reply rp = {.kind = "announcement",
				   .tmpl = name,
				   .lang = v->lang,
				   .to_name = r->f[RF_NAME],
				   .to_addr = r->f[RF_EMAIL],
				   .key = key,
				   .auto_submitted = "auto-generated",
				   .vars = vars,
				   .calendar = &none};
		struct buf msg;
		buf_init(&msg, 8 << 20);
		char *err = NULL;
		if (reply_build(cfg, &rp, now, &msg, &err) < 0) {
			fprintf(stderr, "regbot mail: %s\n", err);
			free(err);
			rc = 1;
		} else if (send) {
			int ad = store_outbox_add(rb->st, key, "announcement",
						  r->f[RF_EMAIL], msg.p,
						  msg.len, 0, r->id, a.nowiso);
			char *detail = xasprintf("organiser: one-off message "
						 "%s (text %s)",
						 name, v->hash);
			if (ad < 0 ||
			    (ad > 0 && store_audit(rb->st, a.nowiso, r->id, 0,
						   "mailed", detail) < 0))
				rc = -1;
			added += ad > 0;
			free(detail);
		} else {
			printf("---- the first message, to %s <%s> (%s); "
			       "nothing is sent\n",
			       r->f[RF_NAME] ? r->f[RF_NAME] : "",
			       r->f[RF_EMAIL], v->lang);
			if (preview_decode(msg.p, msg.len, stdout, &err) < 0) {
				printf("(cannot decode: %s)\n", err);
				free(err);
			}
			printf("----\n");
			shown = 1;
			added++;
		}
		buf_free(&msg);
		tmpl_value_free(vars);
		free(key);
	}
	if (send && rc == 0 && added) {
		char *detail = xasprintf("organiser: one-off message %s to %s: "
					 "%ld queued, %ld had it before",
					 name, to, added, had);
		rc = store_audit(rb->st, a.nowiso, 0, 0, "mailed", detail);
		free(detail);
	}
	if (send && rc == 0 && store_commit(rb->st) < 0)
		rc = -1;
	if (rc != 0 && send)
		store_rollback(rb->st);
	if (rc < 0)
		fprintf(stderr, "regbot: %s\n", store_error(rb->st));
	if (rc == 0) {
		printf("%s to %s: %zu recipient%s", name, to, rs.n,
		       rs.n == 1 ? "" : "s");
		for (int i = 0; i < 2; i++)
			if (vs[i].recipients)
				printf("%s %ld in %s (text %s)",
				       i && vs[0].recipients ? "," : ":",
				       vs[i].recipients, vs[i].lang,
				       vs[i].hash);
		printf("; %ld had this text before; %s %ld\n", had,
		       send ? "queued" : "would queue", added);
		if (!send)
			printf("(a preview: add --send to queue them)\n");
	}
	recipients_free(&rs);
	if (send)
		*queued = added;
	return rc == 0 ? 0 : EXIT_RUNTIME;
}
