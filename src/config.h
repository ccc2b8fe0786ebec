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
#include <time.h>

enum tls_mode { TLS_VERIFY, TLS_STARTTLS, TLS_NONE };

struct endpoint {
	char *url;    /* imap[s]://host:port or smtp[s]://host:port */
	char *scheme; /* "imap", "imaps", "smtp", "smtps" */
	char *host;
	int port;
	enum tls_mode tls;
	char *user;
	char *password; /* read from password_file; NULL if none */
	char *password_file;
	char *ca_file; /* extra trust anchor; NULL: system store */
};

struct pool {
	char *name;
	long seats;
	char **domains; /* NULL-terminated, lower case */
	size_t ndomains;
	char **orgs;	  /* organisation keys (policy_org_key) */
	char **org_names; /* the same organisations as written */
	size_t norgs;
	long fee_cents;
	char *release;	   /* as written; NULL: seats never released */
	time_t release_at; /* unused seats go to release_to after this */
	char *release_to;
	long org_cap;	     /* max seats per organisation; 0: no cap */
	char *org_cap_until; /* as written; NULL: the cap never lifts */
	time_t org_cap_until_at;
	int line;
};

struct day {
	int number;	   /* from the section name [day N] */
	char *date;	   /* YYYY-MM-DD */
	char *start, *end; /* HH:MM */
	char *doors;	   /* HH:MM or NULL */
	char *theme;
	char **speakers; /* "Name, role (part)", one per entry */
	size_t nspeakers;
	int line;      /* of the [day N] header */
	int date_line; /* of its date key; 0 when absent */
};

#define CONFIG_REMINDERS_MAX 8

struct config {
	char *path;
	struct endpoint imap;
	char *mailbox, *processed;
	long poll_interval; /* seconds, when the server has no IDLE */
	long idle_refresh;  /* seconds, re-IDLE at least this often */
	struct endpoint smtp;
	char *from_name, *from_addr;
	char *reply_to; /* optional */
	char *spool, *templates, *language;
	long rate_limit;	 /* replies per address per 24 h */
	long max_message_size;	 /* bytes */
	long max_people;	 /* people one mail may register */
	long forward_limit;	 /* forwards per sender per 24 h */
	long raw_retention_days; /* raw copies kept this long; 0: always */
	long purge_after_days;	 /* regbot purge: days after the last day */
	long max_per_hour;	 /* mails sent per hour; 0: no limit */
	char *organiser_name, *organiser_email, *digest_time;
	int digest_skip_unchanged; /* no digest on a day without news */
	char *attendance_time;	   /* HH:MM; default digest_time */
	char *title, *timezone, *currency, *venue, *address;
	long fee_cents;
	char *opens, *closes;	    /* registration window, as written */
	time_t opens_at, closes_at; /* 0: no limit */
	char *cancel_deadline; /* after it a cancellation still owes the fee */
	time_t cancel_deadline_at; /* 0: never */
	long offer_hours;	   /* 0: promote at once; else offer a seat */
	/* Reminders: days before each course day (distinct, descending),
	 * at reminder_time (HH:MM, local); none when nreminder_days is 0. */
	int reminder_days[CONFIG_REMINDERS_MAX];
	size_t nreminder_days;
	char *reminder_time;
	char *route, *route_en; /* how to get there, one paragraph */
	struct pool *pools;
	size_t npools;
	struct day *days;
	size_t ndays;
};

struct config_errors {
	char **msgs; /* "FILE:LINE: message" */
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
const struct pool *config_pool_for(const struct config *cfg, const char *email);
/* As config_pool_for, but a pool that names the organisation wins. */
const struct pool *config_pool_for_org(const struct config *cfg,
				       const char *email, const char *org);
/* Index of a pool in cfg->pools. */
size_t config_pool_index(const struct config *cfg, const struct pool *p);
const struct pool *config_pool_by_name(const struct config *cfg,
				       const char *name);
/* The day numbered `number` ([day N]), or NULL. */
const struct day *config_day(const struct config *cfg, int number);

/* Parses "1000.00" / "1000" / "1000,00" into cents.  0 ok, -1 error. */
int config_parse_money(const char *s, long *cents);

#endif
