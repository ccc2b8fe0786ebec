/*
 * policy — see policy.h.  Kept free of the store so every rule can be
 * tested as a table of counts.
 */
#include "policy.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Crockford's base32: no I, L, O or U to misread. */
#define CODE_ALPHABET "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

long
policy_release_count(long seats, long used)
{
	return seats > used ? seats - used : 0;
}

static long
released_by(const struct policy_pool *p)
{
	long r =
	    p->recorded ? p->released : policy_release_count(p->seats, p->used);
	return r < 0 ? 0 : r > p->seats ? p->seats : r;
}

static int
past_release(const struct policy_pool *p, time_t now)
{
	return p->release_at && now >= p->release_at && p->release_to >= 0;
}

long
policy_capacity(const struct policy_pool *pools, size_t n, size_t i, time_t now)
{
	const struct policy_pool *p = &pools[i];
	long cap = past_release(p, now) ? p->seats - released_by(p) : p->seats;
	for (size_t j = 0; j < n; j++) {
		const struct policy_pool *q = &pools[j];
		if (j != i && q->release_to == (int)i && past_release(q, now))
			cap += released_by(q);
	}
	return cap;
}

enum seat
policy_seat(const struct seat_query *q)
{
	if (q->org_cap > 0 && q->org_used >= q->org_cap)
		return SEAT_WAIT_CAP;
	if (q->queue == 0 && q->used < q->capacity)
		return SEAT_CONFIRM;
	return SEAT_WAIT;
}

int
policy_cap_active(long org_cap, time_t cap_until, time_t now)
{
	return org_cap > 0 && (cap_until == 0 || now < cap_until);
}

int
policy_window_open(time_t opens, time_t closes, time_t t)
{
	return (opens == 0 || t >= opens) && (closes == 0 || t < closes);
}

int
policy_fee_due(time_t deadline, long fee_cents, int had_seat, time_t t)
{
	return had_seat && fee_cents > 0 && deadline != 0 && t >= deadline;
}

char *
policy_org_key(const char *org)
{
	static const char *const drop[] = {
	    "stichting", "st",	"stg",	      "vereniging", "ver", "bv",
	    "nv",	 "vof", "cooperatie", "coöperatie", "ua",  "foundation",
	    "the",	 "de",	"het",	      "inc",	    "ltd", NULL};
	struct buf out;
	buf_init(&out, 4096);
	char *copy = xstrdup(org ? org : "");
	/* Letters and digits (any UTF-8 byte counts as a letter) make words;
	 * everything else separates them. */
	/* Dots join abbreviations ("B.V." is "BV"); they separate nothing. */
	char *o = copy;
	for (char *p = copy; *p; p++)
		if (*p != '.')
			*o++ = *p;
	*o = '\0';
	for (char *p = copy; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80 && !isalnum(c))
			*p = ' ';
		else if (c < 0x80)
			*p = (char)tolower(c);
	}
	char *save = NULL;
	for (char *w = strtok_r(copy, " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		int skip = 0;
		for (int i = 0; drop[i]; i++)
			if (!strcmp(w, drop[i]))
				skip = 1;
		if (skip)
			continue;
		if (out.len)
			buf_addc(&out, ' ');
		buf_adds(&out, w);
	}
	free(copy);
	return buf_detach(&out);
}

void
policy_code(const unsigned char rnd[7], char out[12])
{
	static const char alpha[] = CODE_ALPHABET;
	unsigned long long bits = 0;
	for (int i = 0; i < 7; i++)
		bits = (bits << 8) | rnd[i];
	int o = 0;
	for (int i = 0; i < 10; i++) {
		if (i == 5)
			out[o++] = '-';
		out[o++] = alpha[(bits >> (5 * (9 - i))) & 31];
	}
	out[o] = '\0';
}

/* Crockford's decoding reads the letters people type for the digits
 * they look like: I and L as 1, O as 0.  Only in a code typed as the
 * robot writes it (capitals) that has a digit too, so that a word pair
 * ("CROSS-CHECK", "Hello-world") is never taken for one. */
static char
code_char(char c, int *mapped)
{
	static const char alpha[] = CODE_ALPHABET;
	char u = (char)toupper((unsigned char)c);
	if (u && strchr(alpha, u))
		return u;
	if (c == 'I' || c == 'L') {
		*mapped = 1;
		return '1';
	}
	if (c == 'O') {
		*mapped = 1;
		return '0';
	}
	return 0;
}

char *
policy_find_code(const char *text)
{
	for (const char *p = text; p && *p; p++) {
		if (p != text && isalnum((unsigned char)p[-1]))
			continue;
		char c[POLICY_CODE_LEN + 1];
		int ok = 1, mapped = 0, lower = 0, digit = 0;
		for (int i = 0; i < POLICY_CODE_LEN && ok; i++) {
			if (i == 5) {
				ok = p[i] == '-';
				c[i] = '-';
				continue;
			}
			lower |= islower((unsigned char)p[i]) != 0;
			digit |= isdigit((unsigned char)p[i]) != 0;
			c[i] = code_char(p[i], &mapped);
			ok = c[i] != 0;
		}
		if (!ok || isalnum((unsigned char)p[POLICY_CODE_LEN]))
			continue;
		if (mapped && (lower || !digit))
			continue;
		c[POLICY_CODE_LEN] = '\0';
		return xstrdup(c);
	}
	return NULL;
}
