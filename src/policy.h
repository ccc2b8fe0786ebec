/*
 * policy — seat decisions.  Pure: counts in, decision out; randomness for
 * reference codes comes in as bytes.
 */
#ifndef REGBOT_POLICY_H
#define REGBOT_POLICY_H

struct policy_pool {
	const char *name;
	long seats;
	long confirmed;
	long waitlisted;
};

/* "confirmed" while seats are free and nobody waits in the pool (a newcomer
 * never passes the waitlist), else "waitlisted". */
const char *policy_decide(const struct policy_pool *p);

/* A reference code "XXXXX-XXXXX" from 50 random bits in an alphabet
 * without look-alikes (Crockford base32).  out has room for 12 bytes. */
#define POLICY_CODE_LEN 11
void policy_code(const unsigned char rnd[7], char out[12]);

#endif
