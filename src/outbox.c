/*
 * outbox — see outbox.h.  A message is marked sent right after the server
 * accepted it; a crash between the two can only repeat a message, never
 * lose one, and the repeat carries the same Message-ID.
 */
#include "outbox.h"

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
		if (s == NULL)
			s = smtp_new(cfg);
		char *err = NULL;
		enum smtp_result res = smtp_send(s, it.rcpt, it.data, it.len,
		                                 &err);
		int w = 0;
		if (res == SMTP_OK) {
			w = store_outbox_sent(st, it.id, nowiso);
			util_crash_point("reply sent");
			stats->sent++;
			log_info(it.key, "sent %s to %s", it.kind, it.rcpt);
		} else if (res == SMTP_PERM ||
		           age_seconds(it.created_at, now) > OUTBOX_EXPIRY) {
			w = store_outbox_failed(st, it.id, err);
			stats->failed++;
			log_err(it.key, "not delivered to %s: %s", it.rcpt, err);
		} else {
			char next[32];
			store_time(now + outbox_backoff(it.attempts,
			                                unit_random()),
			           next, sizeof next);
			w = store_outbox_retry(st, it.id, next, err);
			stats->deferred++;
			log_warn(it.key, "deferred until %s: %s", next, err);
			if (res == SMTP_DOWN)
				stats->down = 1;
		}
		free(err);
		outbox_item_clear(&it);
		if (w < 0) {
			log_err(NULL, "outbox: %s", store_error(st));
			rc = -1;
			break;
		}
		if (stats->down) {
			/* Everything else would fail the same way now; its
			 * own retry time stays as it was. */
			break;
		}
	}
	smtp_free(s);
	return rc;
}
