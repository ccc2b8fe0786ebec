/*
 * mailbox — see mailbox.h.
 *
 * Ordering and durability: the handler's transaction commits before the
 * message is moved; if the move fails or the process dies in between, the
 * next pass finds the UID recorded and only moves it.  Mail goes in
 * batches (issue 12): per-message FETCH and MOVE round trips, each MOVE
 * a server transaction, cost more than the robot's own work.  Moves use
 * MOVE, or
 * COPY + \Deleted + UID EXPUNGE when the server has UIDPLUS; without
 * either the message is flagged \Deleted and left for the operator (a
 * plain EXPUNGE could remove mail someone else flagged).  Passes look
 * only at mail without \Deleted: what the robot copied and flagged is
 * not copied again at every poll, and what another client deleted is not
 * the robot's to answer.
 *
 * Failure policy (issues 11 and 14): every libetpan read goes through a
 * guard (see guard_read) so no call can spin or wait for ever; a broken
 * connection ends the pass (the caller reconnects with backoff), while a
 * single message's trouble is recorded in the store and the pass goes on.
 * Error texts name the IMAP command and quote the server's status line;
 * message bodies never reach a log.
 */
#include "mailbox.h"

#include <errno.h>
#include <libetpan/libetpan.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "stats.h"
#include "store.h"
#include "tls.h"
#include "util.h"

/* Attempts at fetching or processing one message before it is set
 * aside (quarantined) for a human. */
#define MAX_ATTEMPTS RETRY_MAX_ATTEMPTS
/* Seconds without a byte from the server before a command is given up;
 * REGBOT_IMAP_TIMEOUT overrides it (tests). */
#define IO_TIMEOUT 60
#define LINE_MAX_KEPT 300

enum broken { B_NONE, B_EOF, B_TIMEOUT, B_WATCHDOG, B_STOP, B_IO };

/* A whole command (a FETCH trickling in byte by byte) may take this many
 * times the silence timeout before the watchdog ends it. */
#define WATCHDOG_FACTOR 10

/* libetpan's low-level driver with our read and write in front: a copy of
 * the original's function table (so every other call still reaches the
 * original, with its own data), plus the original to delegate to.  It is
 * the first member, so the driver pointer libetpan hands back is ours. */
struct guard {
	mailstream_low_driver drv;
	mailstream_low_driver *orig;
	struct mailbox *mb;
};

struct mailbox {
	const struct config *cfg;
	mailimap *imap;
	uint32_t uidvalidity;
	int has_idle, has_move, has_uidplus, has_namespace;
	struct guard guard;
	long timeout;
	time_t deadline;	  /* the watchdog's, for this command */
	enum broken broken;	  /* the connection is unusable */
	char line[LINE_MAX_KEPT]; /* the line being received */
	size_t line_len;
	char resp[LINE_MAX_KEPT]; /* last status line (tag stripped) */
	char bye[LINE_MAX_KEPT];  /* text of an untagged BYE */
	char *folder;		  /* the processed folder, resolved */
	char *folder_why;	  /* how it was chosen */
	char *ns_prefix;	  /* personal namespace, "" if none */
	char ns_sep;		  /* its separator, 0 if unknown */
};

static volatile sig_atomic_t *stop_flag;

void
mailbox_set_stop(volatile sig_atomic_t *stop)
{
	stop_flag = stop;
}

static int
stopping(void)
{
	return stop_flag != NULL && *stop_flag;
}

/* Keeps the last server status line and any BYE text, for messages.  Only
 * lines that look like responses are kept, so message bodies never end
 * up in a log. */
static void
note_line(struct mailbox *mb)
{
	char *l = mb->line;
	size_t n = mb->line_len;
	mb->line_len = 0;
	while (n > 0 && (l[n - 1] == '\r' || l[n - 1] == '\n'))
		n--;
	l[n] = '\0';
	if (!strncmp(l, "* BYE", 5)) {
		snprintf(mb->bye, sizeof mb->bye, "%s", l[5] ? l + 6 : "");
		return;
	}
	const char *p = l;
	if (p[0] == '*' && p[1] == ' ')
		p += 2;
	else {
		while (*p >= '0' && *p <= '9')
			p++;
		if (p == l || *p != ' ')
			return;
		p++;
	}
	if (!strncmp(p, "NO ", 3) || !strncmp(p, "BAD ", 4) ||
	    !strncmp(p, "OK ", 3))
		snprintf(mb->resp, sizeof mb->resp, "%s", p);
}

static void
note_bytes(struct mailbox *mb, const char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (mb->line_len < sizeof mb->line - 1)
			mb->line[mb->line_len++] = buf[i];
		if (buf[i] == '\n')
			note_line(mb);
	}
}

/* The read under libetpan's parser.  libetpan's socket driver returns 0
 * both for "no data yet" and for end of file, and its literal reader
 * (a body FETCH) loops while reading 0 bytes: a connection cut inside a
 * literal spun at 100% CPU forever (issue 11).  Here 0 is end of file and
 * becomes an error; waiting is done in slices so a stop request or the
 * timeout ends any command within a second. */
static ssize_t
guard_read(mailstream_low *s, void *buf, size_t count)
{
	struct guard *g = (struct guard *)(void *)s->driver;
	struct mailbox *mb = g->mb;
	if (mb->broken != B_NONE)
		return -1;
	if (mb->deadline && time(NULL) > mb->deadline) {
		mb->broken = B_WATCHDOG;
		return -1;
	}
	if (g->orig == mailstream_socket_driver) {
		/* Plain sockets only: TLS may hold decrypted bytes that poll
		 * cannot see (the TLS driver reads before it waits, and a
		 * signal interrupts its wait). */
		int fd = g->orig->mailstream_get_fd(s);
		time_t end = time(NULL) + mb->timeout;
		for (;;) {
			if (stopping()) {
				mb->broken = B_STOP;
				return -1;
			}
			struct pollfd p = {.fd = fd, .events = POLLIN};
			int r = poll(&p, 1, 500);
			if (r > 0)
				break;
			if (r < 0 && errno != EINTR) {
				mb->broken = B_IO;
				return -1;
			}
			if (time(NULL) >= end) {
				mb->broken = B_TIMEOUT;
				return -1;
			}
		}
	} else if (stopping()) {
		mb->broken = B_STOP;
		return -1;
	}
	ssize_t n = g->orig->mailstream_read(s, buf, count);
	if (n == 0) {
		mb->broken = B_EOF;
		return -1;
	}
	if (n < 0) {
		mb->broken = stopping() ? B_STOP : B_IO;
		return -1;
	}
	note_bytes(mb, buf, (size_t)n);
	return n;
}

static ssize_t
guard_write(mailstream_low *s, const void *buf, size_t count)
{
	struct guard *g = (struct guard *)(void *)s->driver;
	struct mailbox *mb = g->mb;
	if (mb->broken != B_NONE)
		return -1;
	if (stopping()) {
		mb->broken = B_STOP;
		return -1;
	}
	ssize_t n = g->orig->mailstream_write(s, buf, count);
	if (n < 0)
		mb->broken = stopping() ? B_STOP : B_IO;
	return n;
}

/* Puts the guard in front of the stream's current low-level driver (again
 * after STARTTLS, which replaces it). */
static void
guard_install(struct mailbox *mb)
{
	mailstream_low *low = mailstream_get_low(mb->imap->imap_stream);
	if (low->driver == &mb->guard.drv)
		return;
	mb->guard.orig = low->driver;
	mb->guard.drv = *low->driver;
	mb->guard.drv.mailstream_read = guard_read;
	mb->guard.drv.mailstream_write = guard_write;
	mb->guard.mb = mb;
	low->driver = &mb->guard.drv;
}

/* Before each command: forget the last command's response. */
static void
arm(struct mailbox *mb)
{
	mb->resp[0] = '\0';
	mb->deadline = time(NULL) + WATCHDOG_FACTOR * mb->timeout;
}

static const char *
imap_err(int r)
{
	switch (r) {
	case MAILIMAP_ERROR_STREAM:
		return "connection lost";
	case MAILIMAP_ERROR_CONNECTION_REFUSED:
		return "connection refused";
	case MAILIMAP_ERROR_SSL:
		return "TLS failed";
	case MAILIMAP_ERROR_STARTTLS:
		return "STARTTLS failed";
	case MAILIMAP_ERROR_PARSE:
		return "unreadable server response";
	case MAILIMAP_ERROR_FATAL:
		return "server closed the connection";
	case MAILIMAP_ERROR_PROTOCOL:
		return "response out of order";
	default:
		return "refused";
	}
}

/* "WHAT: why", where why is what the server said (its NO or BAD line),
 * that it closed the connection (with its BYE text), that it was silent
 * too long, or that we are stopping.  Marks the connection unusable when
 * it is.  Caller frees. */
static char *
imap_fail(struct mailbox *mb, int r, const char *what)
{
	if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE ||
	    r == MAILIMAP_ERROR_FATAL || r == MAILIMAP_ERROR_PROTOCOL) {
		if (mb->broken == B_NONE)
			mb->broken = B_IO;
	}
	if (mb->bye[0] || (r == MAILIMAP_ERROR_FATAL && mb->broken != B_STOP))
		return xasprintf("%s: server closed the connection: %s", what,
				 mb->bye[0] ? mb->bye : "(no reason given)");
	switch (mb->broken) {
	case B_EOF:
		return xasprintf("%s: server closed the connection", what);
	case B_TIMEOUT:
		return xasprintf("%s: no answer from the server for %ld s",
				 what, mb->timeout);
	case B_WATCHDOG:
		return xasprintf("%s: still not done after %ld s", what,
				 WATCHDOG_FACTOR * mb->timeout);
	case B_STOP:
		return xasprintf("%s: interrupted (stopping)", what);
	case B_IO:
		if (mb->resp[0] == '\0')
			return xasprintf("%s: %s", what, imap_err(r));
		break;
	case B_NONE:
		break;
	}
	if (mb->resp[0])
		return xasprintf("%s: server said \"%s\"", what, mb->resp);
	return xasprintf("%s: %s", what, imap_err(r));
}

static void
set_sni(struct mailstream_ssl_context *ctx, void *host)
{
	mailstream_ssl_set_server_name(ctx, host);
}

static int
verify_peer(struct mailbox *mb, char **err)
{
	const struct endpoint *ep = &mb->cfg->imap;
	carray *chain = mailstream_get_certificate_chain(mb->imap->imap_stream);
	char *why = NULL;
	int r = tls_verify_chain(chain, ep->host, ep->ca_file, &why);
	if (chain)
		mailstream_certificate_chain_free(chain);
	if (r < 0) {
		*err = xasprintf("%s:%d: %s", ep->host, ep->port, why);
		free(why);
	}
	return r;
}

/* The personal namespace (RFC 2342): its prefix and separator. */
static void
read_namespace(struct mailbox *mb)
{
	mb->ns_prefix = xstrdup("");
	mb->ns_sep = 0;
	if (!mb->has_namespace)
		return;
	struct mailimap_namespace_data *ns = NULL;
	arm(mb);
	if (mailimap_namespace(mb->imap, &ns) != MAILIMAP_NO_ERROR ||
	    ns == NULL)
		return;
	if (ns->ns_personal && ns->ns_personal->ns_data_list) {
		clistiter *it = clist_begin(ns->ns_personal->ns_data_list);
		if (it) {
			struct mailimap_namespace_info *i = clist_content(it);
			free(mb->ns_prefix);
			mb->ns_prefix = xstrdup(i->ns_prefix);
			mb->ns_sep = i->ns_delimiter;
		}
	}
	mailimap_namespace_data_free(ns);
}

int
mailbox_resolve_folder(const char *name, const char *prefix, char sep,
		       char **folder, char **why)
{
	size_t pl = prefix ? strlen(prefix) : 0;
	if (pl == 0) {
		*folder = xstrdup(name);
		*why = xstrdup("the server's personal folders have no prefix");
		return 0;
	}
	/* INBOX is case-insensitive (RFC 3501), so is a prefix in it. */
	if (!strncasecmp(name, prefix, pl)) {
		*folder = xstrdup(name);
		*why = xasprintf("already inside the personal namespace '%s'",
				 prefix);
		return 0;
	}
	if (sep && strchr(name, sep)) {
		*folder = xstrdup(name);
		*why = xasprintf("contains the separator '%c': used as "
				 "written",
				 sep);
		return 0;
	}
	*folder = xasprintf("%s%s", prefix, name);
	*why =
	    xasprintf("the server keeps personal folders under '%s'", prefix);
	return 1;
}

/* What was logged about the folder, so a reconnect does not repeat it. */
static char *folder_logged;

static int
list_has(struct mailbox *mb, const char *name, int *found, char **err)
{
	clist *res = NULL;
	arm(mb);
	int r = mailimap_list(mb->imap, "", name, &res);
	if (r != MAILIMAP_NO_ERROR) {
		char *what = xasprintf("LIST \"%s\"", name);
		*err = imap_fail(mb, r, what);
		free(what);
		return -1;
	}
	*found = res && clist_count(res) > 0;
	if (res)
		mailimap_list_result_free(res);
	return 0;
}

/* The processed folder exists afterwards, or -2 with a message saying
 * what the server answered and what to change: nothing is touched before
 * the folder is there, so no message is answered and left unmovable. */
static int
ensure_folder(struct mailbox *mb, char **err)
{
	const char *conf = mb->cfg->processed;
	int added = mailbox_resolve_folder(conf, mb->ns_prefix, mb->ns_sep,
					   &mb->folder, &mb->folder_why);
	(void)added;
	if (folder_logged == NULL || strcmp(folder_logged, mb->folder)) {
		log_info(NULL,
			 "processed mail goes to '%s' (processed = %s; "
			 "%s)",
			 mb->folder, conf, mb->folder_why);
		free(folder_logged);
		folder_logged = xstrdup(mb->folder);
	}
	int found = 0;
	if (list_has(mb, mb->folder, &found, err) < 0)
		return -1;
	if (found)
		return 0;
	arm(mb);
	int r = mailimap_create(mb->imap, mb->folder);
	if (r == MAILIMAP_NO_ERROR) {
		log_info(NULL, "created folder '%s'", mb->folder);
		return 0;
	}
	char *what = xasprintf("CREATE \"%s\"", mb->folder);
	char *why = imap_fail(mb, r, what);
	free(what);
	if (mb->broken != B_NONE) {
		*err = why;
		return -1;
	}
	const char *p = mb->ns_prefix;
	char *fix;
	if (p[0] && strncasecmp(mb->folder, p, strlen(p)))
		fix = xasprintf("this server keeps personal folders under "
				"'%s'; set processed = %s%s",
				p, p, conf);
	else if (!p[0] && strncasecmp(conf, "INBOX", 5))
		fix = xasprintf("create the folder yourself, or, when the "
				"server keeps personal folders under 'INBOX.' "
				"(Cyrus, Courier), set processed = INBOX.%s",
				conf);
	else
		fix = xstrdup("create the folder yourself or choose another "
			      "processed = name");
	*err = xasprintf("cannot create the processed folder '%s' "
			 "(processed = %s): %s; %s",
			 mb->folder, conf, why, fix);
	free(why);
	free(fix);
	return -2;
}

static long
io_timeout(void)
{
	const char *e = getenv("REGBOT_IMAP_TIMEOUT");
	long v;
	if (e && str_tolong(e, 1, 3600, &v) == 0)
		return v;
	return IO_TIMEOUT;
}

int
mailbox_open(const struct config *cfg, struct mailbox **out, char **err)
{
	const struct endpoint *ep = &cfg->imap;
	struct mailbox *mb = xcalloc(1, sizeof *mb);
	mb->cfg = cfg;
	mb->timeout = io_timeout();
	mb->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(mb->imap, mb->timeout);
	int implicit = !strcmp(ep->scheme, "imaps");
	int r, rc = -1;
	if (implicit)
		r = mailimap_ssl_connect_with_callback(
		    mb->imap, ep->host, (uint16_t)ep->port, set_sni, ep->host);
	else
		r = mailimap_socket_connect(mb->imap, ep->host,
					    (uint16_t)ep->port);
	if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		*err = xasprintf("%s:%d: %s", ep->host, ep->port,
				 r == MAILIMAP_ERROR_STREAM
				     ? "connection failed or closed"
				     : imap_err(r));
		goto fail;
	}
	guard_install(mb);
	if (!implicit && ep->tls != TLS_NONE) {
		arm(mb);
		r = mailimap_socket_starttls_with_callback(mb->imap, set_sni,
							   ep->host);
		if (r != MAILIMAP_NO_ERROR) {
			char *what =
			    xasprintf("%s:%d: STARTTLS", ep->host, ep->port);
			char *why = imap_fail(mb, r, what);
			*err =
			    xasprintf("%s (tls = none allows plain text)", why);
			free(what);
			free(why);
			goto fail;
		}
		guard_install(mb);
	}
	if (ep->tls != TLS_NONE && verify_peer(mb, err) < 0)
		goto fail;
	arm(mb);
	r = mailimap_login(mb->imap, ep->user, ep->password);
	if (r != MAILIMAP_NO_ERROR) {
		char *what = xasprintf("%s:%d: login as %s", ep->host, ep->port,
				       ep->user);
		*err = imap_fail(mb, r, what);
		free(what);
		goto fail;
	}
	struct mailimap_capability_data *cap = NULL;
	arm(mb);
	r = mailimap_capability(mb->imap, &cap);
	if (r == MAILIMAP_NO_ERROR)
		mailimap_capability_data_free(cap);
	else if (mb->broken != B_NONE) {
		*err = imap_fail(mb, r, "CAPABILITY");
		goto fail;
	}
	mb->has_idle = mailimap_has_idle(mb->imap);
	mb->has_move = mailimap_has_extension(mb->imap, "MOVE");
	mb->has_uidplus = mailimap_has_uidplus(mb->imap);
	mb->has_namespace = mailimap_has_namespace(mb->imap);
	read_namespace(mb);
	if (mb->broken != B_NONE) {
		*err = imap_fail(mb, MAILIMAP_ERROR_STREAM, "NAMESPACE");
		goto fail;
	}
	int fr = ensure_folder(mb, err);
	if (fr < 0) {
		rc = fr;
		goto fail;
	}
	arm(mb);
	r = mailimap_select(mb->imap, cfg->mailbox);
	if (r != MAILIMAP_NO_ERROR) {
		char *what = xasprintf("SELECT \"%s\"", cfg->mailbox);
		*err = imap_fail(mb, r, what);
		free(what);
		goto fail;
	}
	mb->uidvalidity = mb->imap->imap_selection_info->sel_uidvalidity;
	*out = mb;
	return 0;
fail:
	mailbox_close(mb);
	*out = NULL;
	return rc;
}

void
mailbox_close(struct mailbox *mb)
{
	if (mb == NULL)
		return;
	if (mb->imap) {
		if (mb->imap->imap_stream && mb->broken == B_NONE)
			mailimap_logout(mb->imap);
		mailimap_free(mb->imap);
	}
	free(mb->folder);
	free(mb->folder_why);
	free(mb->ns_prefix);
	free(mb);
}

int
mailbox_has_idle(const struct mailbox *mb)
{
	return mb->has_idle;
}

const char *
mailbox_folder(const struct mailbox *mb)
{
	return mb->folder;
}

char *
mailbox_describe(const struct mailbox *mb)
{
	char sep[8];
	if (mb->ns_sep)
		snprintf(sep, sizeof sep, "'%c'", mb->ns_sep);
	else
		snprintf(sep, sizeof sep, "none");
	return xasprintf(
	    "capabilities: IDLE %s, MOVE %s, UIDPLUS %s, NAMESPACE %s\n"
	    "personal namespace: prefix '%s', separator %s\n"
	    "processed folder: %s (%s)\n",
	    mb->has_idle ? "yes" : "no (polling)", mb->has_move ? "yes" : "no",
	    mb->has_uidplus ? "yes" : "no", mb->has_namespace ? "yes" : "no",
	    mb->ns_prefix, sep, mb->folder, mb->folder_why);
}

/* The UIDs of the mailbox's mail without \Deleted, ascending.  Caller
 * frees *uids. */
static int
all_uids(struct mailbox *mb, uint32_t **uids, size_t *n, char **err)
{
	double t0 = stats_now();
	clist *res = NULL;
	struct mailimap_search_key *key = mailimap_search_key_new(
	    MAILIMAP_SEARCH_KEY_UNDELETED, NULL, NULL, NULL, NULL, NULL, NULL,
	    NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL,
	    NULL, NULL, NULL, 0, NULL, NULL, NULL);
	arm(mb);
	int r = mailimap_uid_search(mb->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	stats_add(STATS_FETCH, t0);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_fail(mb, r, "UID SEARCH UNDELETED");
		return -1;
	}
	*n = 0;
	*uids = xmalloc((clist_count(res) + 1) * sizeof **uids);
	for (clistiter *it = clist_begin(res); it; it = clist_next(it))
		(*uids)[(*n)++] = *(uint32_t *)clist_content(it);
	mailimap_search_result_free(res);
	/* Servers return UIDs in order in practice; do not rely on it. */
	for (size_t i = 1; i < *n; i++)
		for (size_t k = i; k > 0 && (*uids)[k - 1] > (*uids)[k]; k--) {
			uint32_t t = (*uids)[k];
			(*uids)[k] = (*uids)[k - 1];
			(*uids)[k - 1] = t;
		}
	return 0;
}

static time_t
internal_time(const struct mailimap_date_time *dt)
{
	if (dt == NULL)
		return time(NULL);
	struct tm tm = {.tm_year = dt->dt_year - 1900,
			.tm_mon = dt->dt_month - 1,
			.tm_mday = dt->dt_day,
			.tm_hour = dt->dt_hour,
			.tm_min = dt->dt_min,
			.tm_sec = dt->dt_sec};
	time_t t = timegm(&tm);
	int z = dt->dt_zone; /* e.g. +0200 as 200 */
	int sign = z < 0 ? -1 : 1;
	z = abs(z);
	return t - sign * ((z / 100) * 3600 + (z % 100) * 60);
}

struct fetched {
	uint32_t uid;
	time_t received;
	char *data;
	size_t len;
	uint32_t size;
};

static void
read_atts(struct mailimap_msg_att *ma, struct fetched *f)
{
	for (clistiter *it = clist_begin(ma->att_list); it;
	     it = clist_next(it)) {
		struct mailimap_msg_att_item *item = clist_content(it);
		if (item->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
			continue;
		struct mailimap_msg_att_static *s = item->att_data.att_static;
		switch (s->att_type) {
		case MAILIMAP_MSG_ATT_UID:
			f->uid = s->att_data.att_uid;
			break;
		case MAILIMAP_MSG_ATT_INTERNALDATE:
			f->received =
			    internal_time(s->att_data.att_internal_date);
			break;
		case MAILIMAP_MSG_ATT_RFC822_SIZE:
			f->size = s->att_data.att_rfc822_size;
			break;
		case MAILIMAP_MSG_ATT_BODY_SECTION: {
			struct mailimap_msg_att_body_section *b =
			    s->att_data.att_body_section;
			if (b->sec_body_part && f->data == NULL) {
				f->data = xmalloc(b->sec_length + 1);
				memcpy(f->data, b->sec_body_part,
				       b->sec_length);
				f->data[b->sec_length] = '\0';
				f->len = b->sec_length;
			}
			break;
		}
		default:
			break;
		}
	}
}

/* A UID set as IMAP writes it ("3:7,9"), for commands and messages:
 * ascending runs become intervals.  The caller frees the set. */
static struct mailimap_set *
uid_set(const uint32_t *uids, size_t n)
{
	struct mailimap_set *set = mailimap_set_new_empty();
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && uids[j + 1] == uids[j] + 1)
			j++;
		if (j == i)
			mailimap_set_add_single(set, uids[i]);
		else
			mailimap_set_add_interval(set, uids[i], uids[j]);
		i = j + 1;
	}
	return set;
}

/* The same set as text, cut after about 80 characters.  Caller frees. */
static char *
uid_set_text(const uint32_t *uids, size_t n)
{
	struct buf b;
	buf_init(&b, 4096);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && uids[j + 1] == uids[j] + 1)
			j++;
		if (b.len > 80) {
			buf_printf(&b, ",...");
			break;
		}
		buf_printf(&b, "%s%u", b.len ? "," : "", uids[i]);
		if (j > i)
			buf_printf(&b, ":%u", uids[j]);
		i = j + 1;
	}
	return buf_detach(&b);
}

enum fetch_what { F_META, F_BODY, F_HEADER };

/* One UID FETCH for the messages uids[0..n) (ascending): their size and
 * INTERNALDATE (F_META), or their bytes (F_BODY), or only their header
 * (F_HEADER).  Fills out[i] for uids[i]; a message the server did not
 * answer for (expunged meanwhile) is left as it was.  0 ok, -1 with
 * *err naming the command and the server's answer; out[].data are the
 * caller's to free either way. */
static int
fetch_set(struct mailbox *mb, const uint32_t *uids, size_t n,
	  enum fetch_what what, struct fetched *out, char **err)
{
	struct mailimap_set *set = uid_set(uids, n);
	struct mailimap_fetch_type *ft =
	    mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(
	    ft, mailimap_fetch_att_new_uid());
	if (what == F_META) {
		mailimap_fetch_type_new_fetch_att_list_add(
		    ft, mailimap_fetch_att_new_internaldate());
		mailimap_fetch_type_new_fetch_att_list_add(
		    ft, mailimap_fetch_att_new_rfc822_size());
	} else {
		struct mailimap_section *sec =
		    what == F_BODY ? mailimap_section_new(NULL)
				   : mailimap_section_new_header();
		mailimap_fetch_type_new_fetch_att_list_add(
		    ft, mailimap_fetch_att_new_body_peek_section(sec));
	}
	clist *res = NULL;
	double t0 = stats_now();
	arm(mb);
	int r = mailimap_uid_fetch(mb->imap, set, ft, &res);
	stats_add(STATS_FETCH, t0);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		char *text = uid_set_text(uids, n);
		char *cmd = xasprintf("UID FETCH %s", text);
		*err = imap_fail(mb, r, cmd);
		free(cmd);
		free(text);
		return -1;
	}
	for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
		struct fetched one = {0};
		read_atts(clist_content(it), &one);
		size_t lo = 0, hi = n; /* uids ascend: binary search */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (uids[mid] < one.uid)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* UID FETCH N:* quirks, and a second answer for one UID */
		if (lo == n || uids[lo] != one.uid ||
		    (what != F_META && out[lo].data)) {
			free(one.data);
			continue;
		}
		out[lo].uid = one.uid;
		if (what == F_META) {
			out[lo].received = one.received;
			out[lo].size = one.size;
		} else {
			out[lo].data = one.data;
			out[lo].len = one.len;
		}
	}
	mailimap_fetch_list_free(res);
	return 0;
}

/* Fetches one message: its size and date first, then the bytes (only the
 * header when it is over the size limit, so a huge mail cannot exhaust
 * memory; the handler sets it aside).  0 ok, 1 gone meanwhile, -1 with
 * *err. */
static int
fetch_one(struct mailbox *mb, uint32_t uid, struct fetched *f, char **err)
{
	memset(f, 0, sizeof *f);
	if (fetch_set(mb, &uid, 1, F_META, f, err) < 0)
		return -1;
	if (f->received == 0)
		return 1; /* gone meanwhile (expunged elsewhere) */
	int whole = f->size <= (uint32_t)mb->cfg->max_message_size;
	if (fetch_set(mb, &uid, 1, whole ? F_BODY : F_HEADER, f, err) < 0) {
		free(f->data);
		f->data = NULL;
		return -1;
	}
	if (f->data == NULL) {
		*err = xasprintf("UID FETCH %u returned no body", uid);
		return -1;
	}
	f->uid = uid;
	return 0;
}

/* The steps of a move: MOVE; or COPY, then \Deleted, then UID EXPUNGE
 * (UIDPLUS only; never a plain EXPUNGE). */
enum move_step { M_MOVE, M_COPY, M_STORE, M_EXPUNGE, M_DONE };

/* Moves the messages uids[0..n) to the processed folder, one command per
 * step for all of them, starting at step `from` (M_MOVE: from the
 * beginning; a set whose COPY went through goes on at M_STORE).  0 ok;
 * -1 with *err and *failed, the step that failed. */
static int
move_set(struct mailbox *mb, const uint32_t *uids, size_t n,
	 enum move_step from, enum move_step *failed, char **err)
{
	double t0 = stats_now();
	struct mailimap_set *set = uid_set(uids, n);
	enum move_step step = from;
	if (step == M_MOVE && !mb->has_move)
		step = M_COPY;
	int r = MAILIMAP_NO_ERROR;
	const char *cmd = "";
	while (r == MAILIMAP_NO_ERROR && step != M_DONE) {
		arm(mb);
		switch (step) {
		case M_MOVE:
			cmd = "UID MOVE";
			r = mailimap_uid_move(mb->imap, set, mb->folder);
			if (r == MAILIMAP_NO_ERROR)
				step = M_DONE;
			break;
		case M_COPY:
			cmd = "UID COPY";
			r = mailimap_uid_copy(mb->imap, set, mb->folder);
			if (r == MAILIMAP_NO_ERROR)
				step = M_STORE;
			break;
		case M_STORE: {
			cmd = "UID STORE +FLAGS.SILENT (\\Deleted)";
			struct mailimap_flag_list *fl =
			    mailimap_flag_list_new_empty();
			mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
			struct mailimap_store_att_flags *sf =
			    mailimap_store_att_flags_new_add_flags_silent(fl);
			r = mailimap_uid_store(mb->imap, set, sf);
			mailimap_store_att_flags_free(sf);
			if (r == MAILIMAP_NO_ERROR)
				step = mb->has_uidplus ? M_EXPUNGE : M_DONE;
			break;
		}
		case M_EXPUNGE:
			cmd = "UID EXPUNGE";
			r = mailimap_uid_expunge(mb->imap, set);
			if (r == MAILIMAP_NO_ERROR)
				step = M_DONE;
			break;
		case M_DONE:
			break;
		}
	}
	mailimap_set_free(set);
	stats_add(STATS_MOVE, t0);
	if (r != MAILIMAP_NO_ERROR) {
		char *text = uid_set_text(uids, n);
		char *what =
		    step == M_MOVE || step == M_COPY
			? xasprintf("%s %s \"%s\"", cmd, text, mb->folder)
			: xasprintf("%s %s", cmd, text);
		*err = imap_fail(mb, r, what);
		free(what);
		free(text);
		*failed = step;
		return -1;
	}
	return 0;
}

static int
move_one(struct mailbox *mb, uint32_t uid, char **err)
{
	enum move_step failed;
	return move_set(mb, &uid, 1, M_MOVE, &failed, err);
}

/* The Message-ID header's value of a fetched header block, or NULL.
 * Caller frees. */
static char *
header_message_id(const char *h, size_t len)
{
	static const char name[] = "message-id:";
	for (size_t i = 0; i + sizeof name - 1 <= len;) {
		if (!strncasecmp(h + i, name, sizeof name - 1)) {
			size_t v = i + sizeof name - 1, e = v;
			while (e < len && h[e] != '\r' && h[e] != '\n')
				e++;
			while (v < e && (h[v] == ' ' || h[v] == '\t'))
				v++;
			while (e > v && (h[e - 1] == ' ' || h[e - 1] == '\t'))
				e--;
			return e > v ? xstrndup(h + v, e - v) : NULL;
		}
		const char *nl = memchr(h + i, '\n', len - i);
		if (nl == NULL)
			break;
		i = (size_t)(nl - h) + 1;
	}
	return NULL;
}

/* A handled message still in the mailbox: did a move already put its
 * copy in the processed folder?  A server's MOVE is a copy and an
 * expunge (Dovecot's too), so a daemon killed in between leaves both,
 * and moving again would file it twice.  Looks for the same Message-ID
 * and size in the processed folder (EXAMINE, UID SEARCH, then SELECT the
 * mailbox again).  1 filed, 0 not (or no Message-ID), -1 with *err. */
static int
filed_already(struct mailbox *mb, uint32_t uid, char **err)
{
	clist *names = clist_new();
	clist_append(names, xstrdup("Message-ID"));
	struct mailimap_section *sec =
	    mailimap_section_new_header_fields(mailimap_header_list_new(names));
	struct mailimap_fetch_type *ft =
	    mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(
	    ft, mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(
	    ft, mailimap_fetch_att_new_rfc822_size());
	mailimap_fetch_type_new_fetch_att_list_add(
	    ft, mailimap_fetch_att_new_body_peek_section(sec));
	struct mailimap_set *set = mailimap_set_new_single(uid);
	clist *res = NULL;
	arm(mb);
	int r = mailimap_uid_fetch(mb->imap, set, ft, &res);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		char *what = xasprintf("UID FETCH %u (Message-ID)", uid);
		*err = imap_fail(mb, r, what);
		free(what);
		return -1;
	}
	struct fetched f = {0};
	for (clistiter *it = clist_begin(res); it; it = clist_next(it)) {
		struct fetched one = {0};
		read_atts(clist_content(it), &one);
		if (one.uid == uid && f.data == NULL)
			f = one;
		else
			free(one.data);
	}
	mailimap_fetch_list_free(res);
	char *id = f.data ? header_message_id(f.data, f.len) : NULL;
	free(f.data);
	if (id == NULL || f.size == 0) {
		free(id);
		return 0;
	}
	arm(mb);
	r = mailimap_examine(mb->imap, mb->folder);
	int found = 0;
	if (r == MAILIMAP_NO_ERROR) {
		struct mailimap_search_key *key =
		    mailimap_search_key_new_multiple_empty();
		mailimap_search_key_multiple_add(
		    key, mailimap_search_key_new_header(xstrdup("Message-ID"),
							xstrdup(id)));
		mailimap_search_key_multiple_add(
		    key, mailimap_search_key_new_larger(f.size - 1));
		mailimap_search_key_multiple_add(
		    key, mailimap_search_key_new_smaller(f.size + 1));
		clist *hits = NULL;
		arm(mb);
		r = mailimap_uid_search(mb->imap, NULL, key, &hits);
		mailimap_search_key_free(key);
		if (r == MAILIMAP_NO_ERROR) {
			found = clist_count(hits) > 0;
			mailimap_search_result_free(hits);
		}
	}
	free(id);
	if (r != MAILIMAP_NO_ERROR) {
		char *what =
		    xasprintf("looking for UID %u in \"%s\"", uid, mb->folder);
		*err = imap_fail(mb, r, what);
		free(what);
	}
	/* back to the mailbox in any case */
	uint32_t before = mb->uidvalidity;
	arm(mb);
	int s = mailimap_select(mb->imap, mb->cfg->mailbox);
	if (s != MAILIMAP_NO_ERROR) {
		if (r == MAILIMAP_NO_ERROR) {
			char *what =
			    xasprintf("SELECT \"%s\"", mb->cfg->mailbox);
			*err = imap_fail(mb, s, what);
			free(what);
		}
		if (mb->broken == B_NONE)
			mb->broken = B_IO; /* nothing is selected now */
		return -1;
	}
	if (r != MAILIMAP_NO_ERROR)
		return -1;
	if (mb->imap->imap_selection_info->sel_uidvalidity != before) {
		*err = xasprintf("the mailbox \"%s\" changed UIDVALIDITY",
				 mb->cfg->mailbox);
		mb->broken = B_IO;
		return -1;
	}
	return found;
}

/* Removes a message whose copy is filed already: \Deleted, and UID
 * EXPUNGE where the server has UIDPLUS (never a plain EXPUNGE). */
static int
drop_one(struct mailbox *mb, uint32_t uid, char **err)
{
	struct mailimap_set *set = mailimap_set_new_single(uid);
	const char *cmd = "UID STORE +FLAGS.SILENT (\\Deleted)";
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
	struct mailimap_store_att_flags *sf =
	    mailimap_store_att_flags_new_add_flags_silent(fl);
	arm(mb);
	int r = mailimap_uid_store(mb->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	if (r == MAILIMAP_NO_ERROR && mb->has_uidplus) {
		cmd = "UID EXPUNGE";
		arm(mb);
		r = mailimap_uid_expunge(mb->imap, set);
	}
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		char *what = xasprintf("%s %u", cmd, uid);
		*err = imap_fail(mb, r, what);
		free(what);
		return -1;
	}
	return 0;
}

/* Seconds before trying a troubled message again (util_retry_delay);
 * a broken connection already backs off as a whole, so its attempt is
 * retried at the next pass. */
static long
retry_delay(int attempts, int connection)
{
	return connection ? 0 : util_retry_delay(attempts);
}

/* Records a failed attempt on one message (stage fetch, process or move)
 * and quarantines it after MAX_ATTEMPTS (never for a move: that message
 * is handled, only its copy stays in the mailbox).  0 ok, -1 store error
 * (*err set). */
static int
trouble(struct mailbox *mb, const struct mailbox_handler *h, uint32_t uid,
	const char *stage, int attempts_before, const char *why, char **err)
{
	if (mb->broken == B_STOP)
		return 0; /* not the message's fault */
	int attempts = attempts_before + 1;
	int conn = mb->broken != B_NONE;
	int quarantine = strcmp(stage, "move") && attempts >= MAX_ATTEMPTS;
	time_t now = clock_now();
	char at[32], next[32];
	store_time(now, at, sizeof at);
	store_time(now + retry_delay(attempts, conn), next, sizeof next);
	if (quarantine)
		log_err(NULL,
			"UID %u (UIDVALIDITY %u) quarantined after %d "
			"attempts at %s; it stays in %s for a human: %s",
			uid, mb->uidvalidity, attempts, stage, mb->cfg->mailbox,
			why);
	else
		log_warn(NULL, "UID %u: %s failed (attempt %d%s): %s", uid,
			 stage, attempts,
			 strcmp(stage, "move") ? ""
					       : "; it is handled, only "
						 "the move is retried",
			 why);
	if (h->st == NULL)
		return 0;
	if (store_mbx_trouble_note(h->st, mb->uidvalidity, uid, stage, why, at,
				   next, quarantine) < 0) {
		*err = xasprintf("store: %s", store_error(h->st));
		return -1;
	}
	return 0;
}

static int process_pass(struct mailbox *mb, const struct mailbox_handler *h,
			int *done, char **err);

int
mailbox_process(struct mailbox *mb, const struct mailbox_handler *h, int *done,
		char **err)
{
	*done = 0;
	int rc = 0;
	/* Mail that arrives while a pass runs is announced by an untagged
	 * EXISTS inside some other command's response, which libetpan
	 * records and IDLE will not repeat: pass again until a pass saw no
	 * EXISTS, so nothing waits for the next wake-up. */
	for (int pass = 0; rc == 0 && pass < 100 && !stopping(); pass++) {
		mb->imap->imap_selection_info->sel_has_exists = 0;
		int before = *done;
		rc = process_pass(mb, h, done, err);
		if (rc == 0 && !mb->imap->imap_selection_info->sel_has_exists)
			break;
		if (rc == 0 && *done == before && pass > 0)
			break; /* EXISTS without anything new for us */
	}
	/* Stopping is not a failure: what was done is committed. */
	if (rc < 0 && mb->broken == B_STOP) {
		free(*err);
		*err = NULL;
		rc = 0;
	}
	return rc;
}

/* Mail is handled in batches (batch_size), in UID order: one
 * FETCH of their sizes and dates, FETCHes of their bytes (up to
 * BODY_BATCH_BYTES each, so memory stays bounded), one transaction per
 * message, then one MOVE of all that were committed.  A crash before
 * that MOVE leaves committed messages in the mailbox: the next pass
 * knows them by UID and files each once (filed_already). */
#define BATCH 50
#define BATCH_MAX 500
#define BODY_BATCH_BYTES (1 << 20)

/* The batch for a mailbox of n messages: BATCH, or a hundredth of a
 * large mailbox, at most BATCH_MAX.  A MOVE is one transaction on the
 * server, and Dovecot's cost for one grows with the mailbox it leaves
 * (a 50,000-message INBOX: about 80 ms for 50 messages), so a large
 * mailbox takes fewer, larger moves.  What a crash can leave committed
 * but unmoved is at most one batch: 1 % of the mailbox. */
static size_t
batch_size(size_t n)
{
	size_t b = n / 100;
	return b < BATCH ? BATCH : b > BATCH_MAX ? BATCH_MAX : b;
}

enum item_state {
	I_SKIP,	 /* waits for its retry, or gone */
	I_KNOWN, /* handled before: only filing is left */
	I_NEW,	 /* fetched with the others */
	I_ALONE	 /* fetched on its own: it had trouble, or a set failed */
};

struct item {
	enum item_state state;
	int have;     /* it has a mailbox_trouble row */
	int attempts; /* of that row */
	struct fetched f;
};

/* Keeps the first error of a batch in *err; later ones are dropped. */
static void
keep_err(char **err, char *why)
{
	if (*err == NULL)
		*err = why;
	else
		free(why);
}

/* What to do with message `uid`: its trouble row (retry time, a hold),
 * and whether it was handled before.  0 ok (it->state set), -1 store
 * error, -2 a message that must keep its place waits: the pass ends
 * before it (*err says so). */
static int
look(struct mailbox *mb, const struct mailbox_handler *h, uint32_t uid,
     struct item *it, char **err)
{
	struct store_mbx_trouble t = {0};
	it->f.uid = uid;
	if (h->st) {
		it->have =
		    store_mbx_trouble_get(h->st, mb->uidvalidity, uid, &t);
		if (it->have < 0) {
			keep_err(err,
				 xasprintf("store: %s", store_error(h->st)));
			return -1;
		}
	}
	if (it->have) {
		char now[32];
		store_time(clock_now(), now, sizeof now);
		int wait = t.quarantined || strcmp(t.next_at, now) > 0;
		/* A message whose processing failed keeps its place: mail
		 * after it must not pass it (arrival order gives seats), so
		 * the pass waits with it, until it is quarantined. */
		int hold =
		    wait && !t.quarantined && !strcmp(t.stage, "process");
		if (hold)
			keep_err(err, xasprintf("UID %u waits for its retry at "
						"%s; later mail waits behind "
						"it",
						uid, t.next_at));
		it->attempts = t.attempts;
		store_mbx_trouble_clear(&t);
		if (hold)
			return -2;
		if (wait) {
			it->state = I_SKIP;
			return 0;
		}
	}
	int k = h->known(mb->uidvalidity, uid, h->arg);
	if (k < 0) {
		keep_err(err, xstrdup("store unavailable"));
		return -1;
	}
	it->state = k ? I_KNOWN : it->have ? I_ALONE : I_NEW;
	return 0;
}

/* A fetch that failed for message `uid` (the first of the set when a
 * set failed: a message that breaks the connection is then fetched on
 * its own at the next pass, and counted until it is quarantined).
 * 0 go on, -1 stop the pass (*err). */
static int
fetch_trouble(struct mailbox *mb, const struct mailbox_handler *h,
	      struct item *it, char *why, char **err)
{
	char *serr = NULL;
	int r = trouble(mb, h, it->f.uid, "fetch", it->attempts, why, &serr);
	if (r < 0) {
		keep_err(err, serr);
		free(why);
		return -1;
	}
	if (mb->broken != B_NONE) {
		keep_err(err, why);
		return -1;
	}
	free(why);
	return 0;
}

/* The sizes and dates of the batch's new messages, in one FETCH.  When
 * the server refuses it, each is fetched on its own.  0 ok, -1 stop the
 * pass (*err). */
static int
fetch_meta(struct mailbox *mb, const struct mailbox_handler *h,
	   struct item *its, size_t n, char **err)
{
	uint32_t *uids = xcalloc(n + 1, sizeof *uids);
	struct fetched *fs = xcalloc(n + 1, sizeof *fs);
	size_t m = 0, first = n;
	for (size_t k = 0; k < n; k++)
		if (its[k].state == I_NEW) {
			if (first == n)
				first = k;
			uids[m++] = its[k].f.uid;
		}
	int rc = 0;
	char *why = NULL;
	if (m > 0 && fetch_set(mb, uids, m, F_META, fs, &why) < 0) {
		if (mb->broken != B_NONE)
			rc = fetch_trouble(mb, h, &its[first], why, err);
		else
			free(why);
		for (size_t k = 0; k < n; k++)
			if (its[k].state == I_NEW)
				its[k].state = I_ALONE;
	} else {
		for (size_t k = 0, j = 0; k < n && j < m; k++) {
			if (its[k].state != I_NEW)
				continue;
			its[k].f.received = fs[j].received;
			its[k].f.size = fs[j].size;
			if (fs[j].received == 0)
				its[k].state = I_SKIP; /* expunged meanwhile */
			j++;
		}
	}
	free(uids);
	free(fs);
	return rc;
}

/* The bytes of its[k] and of the new messages after it, up to
 * BODY_BATCH_BYTES, in one FETCH.  A message over max_message_size is
 * fetched alone, only its header.  When the server refuses the set,
 * these messages are fetched one at a time.  0 ok, -1 stop the pass
 * (*err). */
static int
fetch_bodies(struct mailbox *mb, const struct mailbox_handler *h,
	     struct item *its, size_t k, size_t n, char **err)
{
	uint32_t max = (uint32_t)mb->cfg->max_message_size;
	int whole = its[k].f.size <= max;
	uint32_t *uids = xcalloc(n - k + 1, sizeof *uids);
	size_t *at = xcalloc(n - k + 1, sizeof *at);
	size_t m = 0;
	unsigned long long bytes = 0;
	for (size_t j = k; j < n; j++) {
		if (its[j].state != I_NEW)
			continue;
		if (m > 0 && (!whole || its[j].f.size > max ||
			      bytes + its[j].f.size > BODY_BATCH_BYTES))
			break;
		bytes += its[j].f.size;
		at[m] = j;
		uids[m++] = its[j].f.uid;
	}
	struct fetched *fs = xcalloc(m + 1, sizeof *fs);
	char *why = NULL;
	int rc = 0;
	if (fetch_set(mb, uids, m, whole ? F_BODY : F_HEADER, fs, &why) < 0) {
		for (size_t j = 0; j < m; j++)
			free(fs[j].data);
		if (mb->broken != B_NONE)
			rc = fetch_trouble(mb, h, &its[k], why, err);
		else
			free(why);
		for (size_t j = 0; j < m; j++)
			its[at[j]].state = I_ALONE;
	} else {
		for (size_t j = 0; j < m; j++) {
			its[at[j]].f.data = fs[j].data;
			its[at[j]].f.len = fs[j].len;
			/* no body: expunged meanwhile, or a server's
			 * trouble; on its own it tells which */
			if (fs[j].data == NULL)
				its[at[j]].state = I_ALONE;
		}
	}
	free(fs);
	free(at);
	free(uids);
	return rc;
}

/* Files a message handled before that is still in the mailbox: a move
 * was cut short, perhaps after the server had filed the copy; or the
 * same mail came again, byte for byte, and its twin is filed.  0 done,
 * 1 left for later (its trouble recorded), -1 stop the pass (*err). */
static int
file_known(struct mailbox *mb, const struct mailbox_handler *h, struct item *it,
	   char **err)
{
	uint32_t uid = it->f.uid;
	char *why = NULL;
	double t0 = stats_now();
	int filed = filed_already(mb, uid, &why);
	stats_add(STATS_MOVE, t0);
	if (filed == 1) {
		log_info(NULL,
			 "UID %u is filed in \"%s\" already; removing it "
			 "from the mailbox",
			 uid, mb->folder);
		t0 = stats_now();
		filed = drop_one(mb, uid, &why);
		stats_add(STATS_MOVE, t0);
	} else if (filed == 0)
		filed = move_one(mb, uid, &why);
	if (filed < 0) {
		char *serr = NULL;
		int r = trouble(mb, h, uid, "move", it->attempts, why, &serr);
		if (r < 0) {
			keep_err(err, serr);
			free(why);
			return -1;
		}
		if (mb->broken != B_NONE) {
			keep_err(err, why);
			return -1;
		}
		free(why);
		return 1;
	}
	util_crash_point("message moved");
	if (it->have && h->st &&
	    store_mbx_trouble_resolve(h->st, mb->uidvalidity, uid) < 0) {
		keep_err(err, xasprintf("store: %s", store_error(h->st)));
		return -1;
	}
	return 0;
}

/* Files the messages uids[0..n) committed in this batch: one MOVE (or
 * COPY, STORE, EXPUNGE) for all.  When the server refuses it, one at a
 * time from the step that failed, so one message it will not move
 * keeps no other in the mailbox.  Adds what was filed to *done.
 * 0 ok, -1 stop the pass (*err). */
static int
file_new(struct mailbox *mb, const struct mailbox_handler *h,
	 const uint32_t *uids, size_t n, int *done, char **err)
{
	if (n == 0)
		return 0;
	enum move_step failed = M_MOVE;
	char *why = NULL;
	if (move_set(mb, uids, n, M_MOVE, &failed, &why) == 0) {
		util_crash_point("message moved");
		*done += (int)n;
		return 0;
	}
	int by_one = mb->broken == B_NONE;
	if (by_one) {
		log_info(NULL, "%s; moving the %zu messages one at a time", why,
			 n);
		free(why);
		why = NULL;
	}
	for (size_t i = 0; i < n; i++) {
		enum move_step step;
		if (by_one &&
		    move_set(mb, &uids[i], 1, failed, &step, &why) == 0) {
			util_crash_point("message moved");
			(*done)++;
			continue;
		}
		/* Handled, only the move is retried (counted from 0: a
		 * fetch's trouble ended with its commit). */
		char *serr = NULL;
		if (trouble(mb, h, uids[i], "move", 0, why, &serr) < 0) {
			keep_err(err, serr);
			free(why);
			return -1;
		}
		if (mb->broken != B_NONE && (by_one || i + 1 == n)) {
			keep_err(err, why);
			return -1;
		}
		if (by_one) {
			free(why);
			why = NULL;
		}
	}
	free(why);
	return 0;
}

/* One batch: the messages uids[0..n).  0 ok, -1 stop the pass (*err:
 * the connection, the store, or a message that must keep its place). */
static int
batch(struct mailbox *mb, const struct mailbox_handler *h, const uint32_t *uids,
      size_t n, int *done, char **err)
{
	struct item *its = xcalloc(n, sizeof *its);
	uint32_t *committed = xcalloc(n + 1, sizeof *committed);
	size_t ncommitted = 0, stop = n;
	int rc = 0;
	for (size_t k = 0; k < n; k++) {
		if (look(mb, h, uids[k], &its[k], err) < 0) {
			rc = -1;
			stop = k;
			break;
		}
	}
	if (rc == 0 || stop > 0)
		if (fetch_meta(mb, h, its, stop, err) < 0) {
			rc = -1;
			stop = 0;
		}
	/* Processing, in UID order: arrival order gives the seats. */
	for (size_t k = 0; k < stop; k++) {
		struct item *it = &its[k];
		if (stopping()) {
			stop = k;
			break;
		}
		if (it->state == I_NEW && it->f.data == NULL &&
		    fetch_bodies(mb, h, its, k, stop, err) < 0) {
			rc = -1;
			stop = k;
			break;
		}
		if (it->state == I_ALONE) {
			char *why = NULL;
			int fr = fetch_one(mb, it->f.uid, &it->f, &why);
			if (fr < 0 && fetch_trouble(mb, h, it, why, err) < 0) {
				rc = -1;
				stop = k;
				break;
			}
			if (fr != 0)
				continue;
		}
		if (it->state == I_SKIP || it->state == I_KNOWN)
			continue;
		struct source src = {.uidvalidity = mb->uidvalidity,
				     .uid = it->f.uid,
				     .received = it->f.received,
				     .size = it->f.size};
		enum process_result pr =
		    h->process(it->f.data, it->f.len, &src, h->arg);
		free(it->f.data);
		it->f.data = NULL;
		if (pr == PROCESS_RETRY) {
			/* Mostly the store (locked, full), not the message:
			 * the pass ends here rather than let later mail take
			 * seats before it.  The count quarantines a message
			 * that fails every time, so it cannot block for
			 * ever. */
			char *serr = NULL;
			if (trouble(mb, h, it->f.uid, "process", it->attempts,
				    "temporary failure; kept for a retry",
				    &serr) < 0)
				keep_err(err, serr);
			else
				keep_err(err,
					 xasprintf("UID %u could not be "
						   "processed; kept for a "
						   "retry, later mail waits "
						   "behind it",
						   it->f.uid));
			rc = -1;
			stop = k;
			break;
		}
		if (pr == PROCESS_KNOWN) {
			it->state = I_KNOWN; /* the same bytes came again */
			continue;
		}
		/* Processed now: an earlier fetch or process trouble is
		 * over; a failing move starts its own count. */
		committed[ncommitted++] = it->f.uid;
		if (it->have && h->st &&
		    store_mbx_trouble_resolve(h->st, mb->uidvalidity,
					      it->f.uid) < 0) {
			keep_err(err,
				 xasprintf("store: %s", store_error(h->st)));
			rc = -1;
			stop = k + 1;
			break;
		}
		it->have = 0;
	}
	/* Group commit: the batch's decisions are durable before any of
	 * its messages is filed.  When they cannot be, nothing is filed
	 * (a known one may have its twin in this batch): every message
	 * of the batch waits for the next pass. */
	if (h->commit && h->commit(h->arg) < 0) {
		keep_err(err, xstrdup("store: the batch could not be "
				      "committed; it is processed again"));
		rc = -1;
		ncommitted = 0;
		stop = 0;
	}
	/* What was committed is filed, also when the pass ends here (but
	 * not over a broken connection: the next pass files it). */
	if (mb->broken == B_NONE &&
	    file_new(mb, h, committed, ncommitted, done, err) < 0)
		rc = -1;
	for (size_t k = 0; k < stop && mb->broken == B_NONE; k++) {
		if (its[k].state != I_KNOWN)
			continue;
		int r = file_known(mb, h, &its[k], err);
		if (r < 0) {
			rc = -1;
			break;
		}
		if (r == 0)
			(*done)++;
	}
	for (size_t k = 0; k < n; k++)
		free(its[k].f.data);
	free(its);
	free(committed);
	return rc;
}

static int
process_pass(struct mailbox *mb, const struct mailbox_handler *h, int *done,
	     char **err)
{
	uint32_t *uids = NULL;
	size_t n = 0;
	/* UIDVALIDITY may change while we were away (mailbox recreated):
	 * re-read it; known messages are still recognised by Message-ID. */
	mb->uidvalidity = mb->imap->imap_selection_info->sel_uidvalidity;
	if (all_uids(mb, &uids, &n, err) < 0)
		return -1;
	int rc = 0;
	/* A message the server cannot deliver (its fetch fails) is recorded
	 * and passed over; one that could not be processed (mostly the
	 * store) ends the pass, so no later mail takes a seat before it,
	 * until it is quarantined; a broken connection ends it too. */
	size_t b = batch_size(n);
	for (size_t i = 0; i < n && rc == 0 && !stopping(); i += b)
		rc = batch(mb, h, uids + i, n - i < b ? n - i : b, done, err);
	free(uids);
	return rc;
}

/* Seconds between NOOPs while idling: some servers stay silent in IDLE
 * (Cyrus without idled), a NOOP makes them report new mail. */
#define IDLE_NOOP 240

int
mailbox_wait(struct mailbox *mb, long timeout, volatile sig_atomic_t *stop,
	     char **err)
{
	if (*stop || mb->broken == B_STOP)
		return 0;
	if (mb->broken != B_NONE) {
		*err = imap_fail(mb, MAILIMAP_ERROR_STREAM, "wait");
		return -1;
	}
	if (!mb->has_idle) {
		long left = timeout < mb->cfg->poll_interval
				? timeout
				: mb->cfg->poll_interval;
		while (left-- > 0 && !*stop)
			sleep(1);
		return *stop ? 0 : 1;
	}
	/* RFC 2177: re-issue IDLE well within 29 minutes. */
	long limit = mb->cfg->idle_refresh;
	if (timeout < limit)
		limit = timeout;
	if (limit > IDLE_NOOP)
		limit = IDLE_NOOP;
	arm(mb);
	int r = mailimap_idle(mb->imap);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_fail(mb, r, "IDLE");
		return -1;
	}
	int woke = 0;
	/* Bytes may already sit in libetpan's buffer, invisible to poll. */
	if (mb->imap->imap_stream->read_buffer_len > 0)
		woke = 1;
	time_t end = time(NULL) + limit;
	while (!woke && !*stop && time(NULL) < end) {
		struct pollfd p = {.fd = mailimap_idle_get_fd(mb->imap),
				   .events = POLLIN};
		int pr = poll(&p, 1, 1000);
		if (pr > 0)
			woke = 1;
		else if (pr < 0 && errno != EINTR) {
			*err = xasprintf("poll: %s", strerror(errno));
			return -1;
		}
	}
	if (*stop)
		return 0; /* the connection is closed without DONE */
	arm(mb);
	r = mailimap_idle_done(mb->imap);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_fail(mb, r, "IDLE DONE");
		return -1;
	}
	if (!woke) {
		arm(mb);
		r = mailimap_noop(mb->imap);
		if (r != MAILIMAP_NO_ERROR) {
			*err = imap_fail(mb, r, "NOOP");
			return -1;
		}
	}
	return woke;
}
