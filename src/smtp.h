/*
 * smtp — submission over SMTP with libcurl: STARTTLS or implicit TLS with
 * certificate and host checks (libcurl's defaults, never turned off), AUTH
 * when configured, one connection reused for a whole outbox run.
 */
#ifndef REGBOT_SMTP_H
#define REGBOT_SMTP_H

#include <stddef.h>

#include "config.h"

enum smtp_result {
	SMTP_OK,
	SMTP_TEMP, /* 4xx, refused, timeout, TLS trouble: retry later */
	SMTP_PERM, /* 5xx for this recipient or message: do not retry */
	SMTP_DOWN, /* the server cannot be reached: stop this run */
	SMTP_MAYBE /* the whole message was sent but no final reply
		    * came (cut or timed out after DATA): it may have
		    * been delivered, so resending it is not harmless */
};

/* How long one message may take, from connect to the reply after DATA,
 * before it counts as SMTP_MAYBE (or SMTP_DOWN before the data went out).
 * REGBOT_SMTP_TIMEOUT (seconds, 1..600) in the environment overrides it,
 * so tests need not wait a minute for a server that never answers. */
#define SMTP_TIMEOUT 60L

struct smtp;

struct smtp *smtp_new(const struct config *cfg);
void smtp_free(struct smtp *s);
/* data: a complete message with CRLF line ends.  *err (caller frees) is
 * set for anything but SMTP_OK. */
enum smtp_result smtp_send(struct smtp *s, const char *rcpt, const char *data,
			   size_t len, char **err);

#endif
