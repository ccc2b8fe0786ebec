/*
 * mailbox — see mailbox.h.
 *
 * Ordering and durability: the handler's transaction commits before the
 * message is moved; if the move fails or the process dies in between, the
 * next pass finds the UID recorded and only moves it.  Moves use MOVE, or
 * COPY + \Deleted + UID EXPUNGE when the server has UIDPLUS; without
 * either the message is flagged \Deleted and left for the operator (a
 * plain EXPUNGE could remove mail someone else flagged).
 */
#include "mailbox.h"

#include <errno.h>
#include <libetpan/libetpan.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tls.h"
#include "util.h"

#define FETCH_BATCH 50

struct mailbox {
	const struct config *cfg;
	mailimap *imap;
	uint32_t uidvalidity;
	int has_idle, has_move, has_uidplus;
};

static const char *
imap_err(int r)
{
	switch (r) {
	case MAILIMAP_ERROR_STREAM: return "connection lost";
	case MAILIMAP_ERROR_CONNECTION_REFUSED: return "connection refused";
	case MAILIMAP_ERROR_LOGIN: return "login refused";
	case MAILIMAP_ERROR_SELECT: return "cannot select the mailbox";
	case MAILIMAP_ERROR_FETCH: return "fetch failed";
	case MAILIMAP_ERROR_SSL: return "TLS failed";
	case MAILIMAP_ERROR_STARTTLS: return "STARTTLS failed";
	case MAILIMAP_ERROR_PARSE: return "unreadable server response";
	default: return "IMAP error";
	}
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
	carray *chain = mailstream_get_certificate_chain(
	    mb->imap->imap_stream);
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

int
mailbox_open(const struct config *cfg, struct mailbox **out, char **err)
{
	const struct endpoint *ep = &cfg->imap;
	struct mailbox *mb = xcalloc(1, sizeof *mb);
	mb->cfg = cfg;
	mb->imap = mailimap_new(0, NULL);
	mailimap_set_timeout(mb->imap, 60);
	int implicit = !strcmp(ep->scheme, "imaps");
	int r;
	if (implicit)
		r = mailimap_ssl_connect_with_callback(mb->imap, ep->host,
		                                       (uint16_t)ep->port,
		                                       set_sni, ep->host);
	else
		r = mailimap_socket_connect(mb->imap, ep->host,
		                            (uint16_t)ep->port);
	if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED) {
		*err = xasprintf("%s:%d: %s", ep->host, ep->port, imap_err(r));
		goto fail;
	}
	if (!implicit && ep->tls != TLS_NONE) {
		r = mailimap_socket_starttls_with_callback(mb->imap, set_sni,
		                                           ep->host);
		if (r != MAILIMAP_NO_ERROR) {
			*err = xasprintf("%s:%d: STARTTLS: %s (tls = none "
			                 "allows plain text)", ep->host,
			                 ep->port, imap_err(r));
			goto fail;
		}
	}
	if (ep->tls != TLS_NONE && verify_peer(mb, err) < 0)
		goto fail;
	r = mailimap_login(mb->imap, ep->user, ep->password);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("%s:%d: login as %s: %s", ep->host, ep->port,
		                 ep->user, imap_err(r));
		goto fail;
	}
	struct mailimap_capability_data *cap = NULL;
	if (mailimap_capability(mb->imap, &cap) == MAILIMAP_NO_ERROR)
		mailimap_capability_data_free(cap);
	mb->has_idle = mailimap_has_idle(mb->imap);
	mb->has_move = mailimap_has_extension(mb->imap, "MOVE");
	mb->has_uidplus = mailimap_has_uidplus(mb->imap);
	/* The processed folder may exist already: then CREATE says NO. */
	mailimap_create(mb->imap, cfg->processed);
	r = mailimap_select(mb->imap, cfg->mailbox);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("select %s: %s", cfg->mailbox, imap_err(r));
		goto fail;
	}
	mb->uidvalidity = mb->imap->imap_selection_info->sel_uidvalidity;
	*out = mb;
	return 0;
fail:
	mailbox_close(mb);
	*out = NULL;
	return -1;
}

void
mailbox_close(struct mailbox *mb)
{
	if (mb == NULL)
		return;
	if (mb->imap) {
		if (mb->imap->imap_stream)
			mailimap_logout(mb->imap);
		mailimap_free(mb->imap);
	}
	free(mb);
}

int
mailbox_has_idle(const struct mailbox *mb)
{
	return mb->has_idle;
}

/* All UIDs in the mailbox, ascending.  Caller frees *uids. */
static int
all_uids(struct mailbox *mb, uint32_t **uids, size_t *n, char **err)
{
	clist *res = NULL;
	struct mailimap_search_key *key = mailimap_search_key_new_all();
	int r = mailimap_uid_search(mb->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("UID SEARCH: %s", imap_err(r));
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
			f->received = internal_time(
			    s->att_data.att_internal_date);
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

/* Fetches one message: its size and date first, then the bytes (only the
 * header when it is over the size limit, so a huge mail cannot exhaust
 * memory; the handler sets it aside). */
static int
fetch_one(struct mailbox *mb, uint32_t uid, struct fetched *f, char **err)
{
	memset(f, 0, sizeof *f);
	for (int pass = 0; pass < 2; pass++) {
		struct mailimap_set *set = mailimap_set_new_single(uid);
		struct mailimap_fetch_type *ft =
		    mailimap_fetch_type_new_fetch_att_list_empty();
		mailimap_fetch_type_new_fetch_att_list_add(
		    ft, mailimap_fetch_att_new_uid());
		if (pass == 0) {
			mailimap_fetch_type_new_fetch_att_list_add(
			    ft, mailimap_fetch_att_new_internaldate());
			mailimap_fetch_type_new_fetch_att_list_add(
			    ft, mailimap_fetch_att_new_rfc822_size());
		} else {
			int whole = f->size <= (uint32_t)mb->cfg
			                                     ->max_message_size;
			struct mailimap_section *sec =
			    whole ? mailimap_section_new(NULL)
			          : mailimap_section_new_header();
			mailimap_fetch_type_new_fetch_att_list_add(
			    ft, mailimap_fetch_att_new_body_peek_section(sec));
		}
		clist *res = NULL;
		int r = mailimap_uid_fetch(mb->imap, set, ft, &res);
		mailimap_fetch_type_free(ft);
		mailimap_set_free(set);
		if (r != MAILIMAP_NO_ERROR) {
			*err = xasprintf("UID FETCH %u: %s", uid, imap_err(r));
			free(f->data);
			return -1;
		}
		for (clistiter *it = clist_begin(res); it;
		     it = clist_next(it)) {
			struct fetched one = {0};
			read_atts(clist_content(it), &one);
			if (one.uid != uid) { /* UID FETCH N:* quirks */
				free(one.data);
				continue;
			}
			if (pass == 0) {
				f->received = one.received;
				f->size = one.size;
			} else {
				f->data = one.data;
				f->len = one.len;
			}
		}
		mailimap_fetch_list_free(res);
		if (pass == 0 && f->received == 0)
			return 1; /* gone meanwhile (expunged elsewhere) */
	}
	if (f->data == NULL) {
		*err = xasprintf("UID FETCH %u returned no body", uid);
		return -1;
	}
	f->uid = uid;
	return 0;
}

static int
move_one(struct mailbox *mb, uint32_t uid, char **err)
{
	struct mailimap_set *set = mailimap_set_new_single(uid);
	int r;
	if (mb->has_move) {
		r = mailimap_uid_move(mb->imap, set, mb->cfg->processed);
	} else {
		r = mailimap_uid_copy(mb->imap, set, mb->cfg->processed);
		if (r == MAILIMAP_NO_ERROR) {
			struct mailimap_flag_list *fl =
			    mailimap_flag_list_new_empty();
			mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
			struct mailimap_store_att_flags *sf =
			    mailimap_store_att_flags_new_add_flags_silent(fl);
			r = mailimap_uid_store(mb->imap, set, sf);
			mailimap_store_att_flags_free(sf);
			if (r == MAILIMAP_NO_ERROR && mb->has_uidplus)
				r = mailimap_uid_expunge(mb->imap, set);
		}
	}
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("move UID %u to %s: %s", uid,
		                 mb->cfg->processed, imap_err(r));
		return -1;
	}
	return 0;
}

static int process_pass(struct mailbox *mb, const struct mailbox_handler *h,
                        int *done, char **err);

int
mailbox_process(struct mailbox *mb, const struct mailbox_handler *h,
                int *done, char **err)
{
	*done = 0;
	int rc = 0;
	/* Mail that arrives while a pass runs is announced by an untagged
	 * EXISTS inside some other command's response, which libetpan
	 * records and IDLE will not repeat: pass again until a pass saw no
	 * EXISTS, so nothing waits for the next wake-up. */
	for (int pass = 0; rc == 0 && pass < 100; pass++) {
		mb->imap->imap_selection_info->sel_has_exists = 0;
		int before = *done;
		rc = process_pass(mb, h, done, err);
		if (rc == 0 && !mb->imap->imap_selection_info->sel_has_exists)
			break;
		if (rc == 0 && *done == before && pass > 0)
			break; /* EXISTS without anything new for us */
	}
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
	for (size_t i = 0; i < n && rc == 0; i++) {
		int k = h->known(mb->uidvalidity, uids[i], h->arg);
		if (k < 0) {
			*err = xstrdup("store unavailable");
			rc = -1;
			break;
		}
		if (k == 0) {
			struct fetched f;
			int fr = fetch_one(mb, uids[i], &f, err);
			if (fr < 0) {
				rc = -1;
				break;
			}
			if (fr == 1)
				continue;
			struct source src = {.uidvalidity = mb->uidvalidity,
			                     .uid = uids[i],
			                     .received = f.received,
			                     .size = f.size};
			enum process_result pr =
			    h->process(f.data, f.len, &src, h->arg);
			free(f.data);
			if (pr == PROCESS_RETRY) {
				*err = xasprintf("UID %u kept for a retry",
				                 uids[i]);
				rc = -1;
				break;
			}
		}
		if (move_one(mb, uids[i], err) < 0) {
			rc = -1;
			break;
		}
		util_crash_point("message moved");
		(*done)++;
	}
	free(uids);
	return rc;
}

int
mailbox_wait(struct mailbox *mb, long timeout, volatile sig_atomic_t *stop,
             char **err)
{
	if (!mb->has_idle) {
		long left = timeout < mb->cfg->poll_interval
		                ? timeout : mb->cfg->poll_interval;
		while (left-- > 0 && !*stop)
			sleep(1);
		return *stop ? 0 : 1;
	}
	long limit = mb->cfg->idle_refresh;
	if (timeout < limit)
		limit = timeout;
	int r = mailimap_idle(mb->imap);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("IDLE: %s", imap_err(r));
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
	r = mailimap_idle_done(mb->imap);
	if (r != MAILIMAP_NO_ERROR) {
		*err = xasprintf("IDLE DONE: %s", imap_err(r));
		return -1;
	}
	return woke;
}
