/*
 * policy — the seat rules, as pure functions of counts, dates and text.
 * Nothing here reads the store or the clock: callers pass both in, so
 * every rule can be tested as a table.
 */
#ifndef REGBOT_POLICY_H
#define REGBOT_POLICY_H

#include <stddef.h>
#include <time.h>

struct policy_pool {
	const char *name;
	long seats;	   /* configured */
	long used;	   /* confirmed plus open offers */
	time_t release_at; /* 0: never; at it unused seats move */
	int release_to;	   /* index of the pool that gets them, or -1 */
	/* The seats released at release_at, counted once then (the store
	 * keeps the count).  recorded 0: not counted yet, so the count is
	 * what it would be now: policy_release_count(seats, used). */
	int recorded;
	long released;
};

/* Seats pool i may fill at `now`.  From its release date a pool keeps
 * its seats minus those it released: the seats still unused at that
 * date, counted once; the pool it releases to gets them on top of its
 * own.  A seat freed later stays in its pool, for the people waiting
 * there.  One level: released seats are not passed on again. */
long policy_capacity(const struct policy_pool *pools, size_t n, size_t i,
		     time_t now);

/* The seats a pool with `seats` and `used` releases: those unused,
 * never fewer than none. */
long policy_release_count(long seats, long used);

enum seat { SEAT_CONFIRM, SEAT_WAIT, SEAT_WAIT_CAP };

struct seat_query {
	long capacity, used;
	long queue;    /* eligible people already waiting in the pool */
	long org_used; /* seats this organisation uses in the pool */
	long org_cap;  /* 0: no cap, or the cap no longer applies */
};

/* A newcomer never passes the waitlist; an organisation at its cap waits
 * (marked so) even when seats are free. */
enum seat policy_seat(const struct seat_query *q);

/* 1 when the organisation cap of a pool applies at `now`. */
int policy_cap_active(long org_cap, time_t cap_until, time_t now);

/* The key that makes "Stichting De Wijk", "de wijk" and "De Wijk."
 * one organisation: lower case, punctuation and legal-form words
 * removed, spaces collapsed.  Caller frees; "" when nothing is left. */
char *policy_org_key(const char *org);

/* A reference code "XXXXX-XXXXX" from 50 random bits in an alphabet
 * without look-alikes (Crockford base32).  out has room for 12 bytes. */
#define POLICY_CODE_LEN 11
void policy_code(const unsigned char rnd[7], char out[12]);
/* The first reference code in text (case free, not inside a longer
 * word), upper-cased; caller frees.  NULL when there is none.  As
 * Crockford's base32 reads them, an I or L typed in a code is a 1 and
 * an O a 0 (only in a code of capitals with a digit in it). */
char *policy_find_code(const char *text);

/* 1 when a registration arriving at `t` is inside the window. */
int policy_window_open(time_t opens, time_t closes, time_t t);

/* 1 when cancelling at `t` still owes the fee (after the deadline). */
int policy_fee_due(time_t deadline, long fee_cents, int had_seat, time_t t);

#endif
