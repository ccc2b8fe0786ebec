/*
 * config — the one INI file (inih), validated into struct config.
 *
 * config_load reads and checks everything and reports every problem as
 * "FILE:LINE: message" through the error list, so one run shows them all.
 * Unknown sections and keys are errors.  Password files readable by group
 * or others are refused.  The struct owns all its strings; config_free
 * releases them.
 */
#ifndef REGBOT_CONFIG_H
#define REGBOT_CONFIG_H

#include <stddef.h>

enum tls_mode { TLS_VERIFY, TLS_STARTTLS, TLS_NONE };

struct endpoint {
	char *url;              /* imap[s]://host:port or smtp[s]://host:port */
	char *scheme;           /* "imap", "imaps", "smtp", "smtps" */
	char *host;
	int port;
	enum tls_mode tls;
	char *user;
	char *password;         /* read from password_file; NULL if none */
	char *password_file;
	char *ca_file;          /* extra trust anchor; NULL: system store */
};

struct pool {
	char *name;
	long seats;
	char **domains;         /* NULL-terminated, lower case */
	size_t ndomains;
	long fee_cents;
	int line;
};

struct day {
	int number;             /* from the section name [day N] */
	char *date;             /* YYYY-MM-DD */
	char *start, *end;      /* HH:MM */
	char *doors;            /* HH:MM or NULL */
	char *theme;
	int line;               /* of the [day N] header */
};

struct config {
	char *path;
	struct endpoint imap;
	char *mailbox, *processed;
	long poll_interval;     /* seconds, when the server has no IDLE */
	long idle_refresh;      /* seconds, re-IDLE at least this often */
	struct endpoint smtp;
	char *from_name, *from_addr;
	char *reply_to;         /* optional */
	char *spool, *templates, *language;
	long rate_limit;        /* replies per address per 24 h */
	long max_message_size;  /* bytes */
	char *organiser_name, *organiser_email, *digest_time;
	char *title, *timezone, *currency, *venue, *address;
	long fee_cents;
	struct pool *pools;
	size_t npools;
	struct day *days;
	size_t ndays;
};

struct config_errors {
	char **msgs;            /* "FILE:LINE: message" */
	size_t n;
};

/* Loads and validates `path`.  Returns 0 when the configuration is usable;
 * -1 with every problem in errs otherwise (also when the file cannot be
 * read).  cfg must be freed with config_free in both cases. */
int config_load(const char *path, struct config *cfg,
                struct config_errors *errs);
void config_free(struct config *cfg);
void config_errors_free(struct config_errors *errs);

/* The pool a sender's address belongs to: the first pool whose domains
 * contain the address's domain (or a parent domain), else the first pool
 * without domains; NULL when none matches. */
const struct pool *config_pool_for(const struct config *cfg,
                                   const char *email);
const struct pool *config_pool_by_name(const struct config *cfg,
                                       const char *name);

/* Parses "1000.00" / "1000" / "1000,00" into cents.  0 ok, -1 error. */
int config_parse_money(const char *s, long *cents);

#endif
