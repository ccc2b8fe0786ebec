/*
 * policy — see policy.h.  Kept free of the store so every rule can be
 * tested as a table of counts.
 */
#include "policy.h"

const char *
policy_decide(const struct policy_pool *p)
{
	if (p->waitlisted == 0 && p->confirmed < p->seats)
		return "confirmed";
	return "waitlisted";
}

void
policy_code(const unsigned char rnd[7], char out[12])
{
	static const char alpha[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
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
