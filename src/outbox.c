/*
 * outbox — see outbox.h.  A message is marked sent right after the server
 * accepted it; a crash between the two can only repeat a message, never
 * lose one, and the repeat carries the same Message-ID.  A failed mark
 * stops all sending in this process until it is written, and no message
 * goes out while the spool lacks the room to record it, so a full disk
 * costs at most one repeat, not a storm.
 */
#include "outbox.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "smtp.h"
#include "util.h"

long
outbox_backoff(long attempts, double rnd)
{
	long base = 60;
	for (long i = 0; i < attempts && base < 3600; i++)
		base *= 2;
	if (base > 3600)
		base = 3600;
	return base + (long)((rnd - 0.5) * 0.4 * (double)base);
}

long
outbox_uncertain_backoff(long uncertain)
{
	static const long wait[] = {6 * 3600L, 24 * 3600L};
	if (uncertain < 0)
		uncertain = 0;
	if (uncertain >= (long)(sizeof wait / sizeof wait[0]))
		return -1;
	return wait[uncertain];
}

/* max_per_hour held the outbox back, and the log said so once. */
static int paced_said;

/* Sent but not recorded as sent (see outbox.h); id 0: none. */
static int64_t unrecorded_id;
static char unrecorded_at[32];

/* Writes the record a failed store write left out.  0 done (or nothing
 * to do), -1 still failing. */
static int
record_unrecorded(struct store *st)
{
	if (unrecorded_id == 0)
		return 0;
	if (store_outbox_sent(st, unrecorded_id, unrecorded_at) < 0) {
		log_err(NULL,
			"outbox: message %lld was sent but cannot be "
			"recorded (%s); sending nothing until it is",
			(long long)unrecorded_id, store_error(st));
		return -1;
	}
	log_info(NULL, "outbox: message %lld is now recorded as sent",
		 (long long)unrecorded_id);
	unrecorded_id = 0;
	return 0;
}

/* Room to record what is about to be sent.  0 yes, -1 no (logged). */
static int
room_for(const struct config *cfg, size_t len)
{
	unsigned long long avail;
	if (util_free_bytes(cfg->spool, &avail) < 0) {
		log_err(NULL, "outbox: spool %s: %s", cfg->spool,
			strerror(errno));
		return -1;
	}
	unsigned long long need = OUTBOX_MIN_FREE + 2ULL * len;
	if (avail < need) {
		log_err(NULL,
			"outbox: spool %s has %llu bytes free, %llu "
			"needed to record a sent message; sending nothing",
			cfg->spool, avail, need);
		return -1;
	}
	return 0;
}

static double
unit_random(void)
{
	unsigned v = 0;
	if (util_random(&v, sizeof v) < 0)
		return 0.5;
	return (double)v / (double)0xffffffffu;
}

static long
age_seconds(const char *created, time_t now)
{
	time_t t;
	return clock_parse_iso(created, &t) == 0 ? (long)(now - t) : 0;
}

int
outbox_run(const struct config *cfg, struct store *st, time_t now,
	   struct outbox_stats *stats)
{
	memset(stats, 0, sizeof *stats);
	char nowiso[32];
	store_time(now, nowiso, sizeof nowiso);
	struct smtp *s = NULL;
	int64_t after = 0;
	int rc = 0;
	char *last_err = NULL; /* for the health record */
	if (record_unrecorded(st) < 0)
		return -1;
	for (;;) {
		struct outbox_item it;
		int r = store_outbox_next(st, nowiso, after, &it);
		if (r < 0) {
			log_err(NULL, "outbox: %s", store_error(st));
			rc = -1;
			break;
		}
		if (r == 0)
			break;
		after = it.id;
		if (cfg->max_per_hour > 0) {
			/* Paced: a one-off mail to every participant must not
			 * trip the provider's sending limit.  What is left
			 * waits for a later cycle. */
			char hour_ago[32];
			store_time(now - 3600, hour_ago, sizeof hour_ago);
			long n = store_outbox_sent_since(st, hour_ago);
			if (n < 0) {
				log_err(NULL, "outbox: %s", store_error(st));
				outbox_item_clear(&it);
				rc = -1;
				break;
			}
			if (n >= cfg->max_per_hour) {
				if (!paced_said)
					log_info(
					    NULL,
					    "outbox: %ld sent in the last "
					    "hour (max_per_hour); the rest "
					    "waits",
					    n);
				paced_said = 1;
				stats->paced = 1;
				outbox_item_clear(&it);
				break;
			}
		}
		if (room_for(cfg, it.len) < 0) {
			outbox_item_clear(&it);
			rc = -1;
			break;
		}
		if (s == NULL)
			s = smtp_new(cfg);
		char *err = NULL;
		enum smtp_result res =
		    smtp_send(s, it.rcpt, it.data, it.len, &err);
		int w = 0;
		if (res == SMTP_OK) {
			util_hook_point("reply accepted");
			w = store_outbox_sent(st, it.id, nowiso);
			if (w < 0) {
				unrecorded_id = it.id;
				snprintf(unrecorded_at, sizeof unrecorded_at,
					 "%s", nowiso);
			}
			util_crash_point("reply sent");
			stats->sent++;
			paced_said = 0;
			log_info(it.key, "sent %s to %s", it.kind, it.rcpt);
		} else if (res == SMTP_MAYBE) {
			long wait = outbox_uncertain_backoff(it.uncertain);
			char next[32];
			if (wait >= 0)
				store_time(now + wait, next, sizeof next);
			w = store_outbox_uncertain(
			    st, it.id, wait >= 0 ? next : NULL, err);
			stats->uncertain = 1;
			if (wait >= 0)
				log_warn(it.key,
					 "%s to %s perhaps delivered; "
					 "tried again not before %s: %s",
					 it.kind, it.rcpt, next, err);
			else
				log_err(it.key,
					"%s to %s perhaps delivered "
					"%ld times; not sent again: %s",
					it.kind, it.rcpt, it.uncertain + 1,
					err);
		} else if (res == SMTP_PERM ||
			   age_seconds(it.created_at, now) > OUTBOX_EXPIRY) {
			w = store_outbox_failed(st, it.id, err);
			stats->failed++;
			log_err(it.key, "not delivered to %s: %s", it.rcpt,
				err);
		} else {
			char next[32];
			store_time(
			    now + outbox_backoff(it.attempts, unit_random()),
			    next, sizeof next);
			w = store_outbox_retry(st, it.id, next, err);
			stats->deferred++;
			log_warn(it.key, "deferred until %s: %s", next, err);
			if (res == SMTP_DOWN)
				stats->down = 1;
		}
		if (res != SMTP_OK && err) {
			free(last_err);
			last_err = xstrdup(err);
		}
		free(err);
		outbox_item_clear(&it);
		if (w < 0) {
			log_err(NULL, "outbox: %s", store_error(st));
			rc = -1;
			break;
		}
		if (stats->down || stats->uncertain) {
			/* Everything else would fail the same way now; its
			 * own retry time stays as it was.  A server that cuts
			 * or stalls after DATA would otherwise cost every
			 * pending message a copy (or a timeout). */
			break;
		}
	}
	smtp_free(s);
	/* How sending fares, for `regbot status` and the digest; a store
	 * that cannot take it (a full disk) was reported above. */
	if (stats->sent)
		(void)store_health_set(st, "smtp_ok", "", nowiso);
	if (last_err)
		(void)store_health_set(st, "smtp_error", last_err, nowiso);
	free(last_err);
	return rc;
}
