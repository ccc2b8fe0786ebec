/*
 * attend — who came on which course day (issue 10).
 *
 * `regbot attendance DAY [--format text|csv] [--excel]` prints the
 * attendance list of a course day: the confirmed participants (and anyone
 * recorded present that day), by name, with a mark for who came.
 * `regbot present DAY CODE... [--remove]` records who came, in one
 * transaction with an audit entry per registration; a day still to come,
 * an unknown code or someone without a seat is refused and nothing is
 * recorded.  `regbot invoices` and the digest show what was recorded
 * (attend_load, attend_digest_vars).
 *
 * Output goes to stdout, problems to stderr; nothing here exits.
 */
#ifndef REGBOT_ATTEND_H
#define REGBOT_ATTEND_H

#include <stdint.h>
#include <time.h>

#include "process.h"
#include "store.h"
#include "tmpl.h"
#include "util.h"

/* argv[0] is the command name.  Return an exit status (0, 1, 2). */
int attend_list_command(struct robot *rb, int argc, char **argv, time_t now);
int attend_present_command(struct robot *rb, int argc, char **argv, time_t now);

/* Every presence record, by registration and day. */
struct attend_map {
	struct attend_rec {
		int64_t reg;
		int day;
	} * v;
	size_t n;
};
/* 0 ok, -1 on a store error.  Free with attend_map_free either way. */
int attend_load(struct store *st, struct attend_map *m);
void attend_map_free(struct attend_map *m);
/* 1 when reg was present on day. */
int attend_present(const struct attend_map *m, int64_t reg, int day);
/* The days reg was present, "1, 2, 4" appended to out; the count. */
long attend_days_text(const struct attend_map *m, int64_t reg, struct buf *out);

/* The digest's attendance section: has_attendance, and attendance_days,
 * one entry per course day up to today with anything recorded:
 * day_number, day_date, n_present, n_expected and the confirmed people
 * not recorded (absent: name, code).  0 ok, -1 on a store error. */
int attend_digest_vars(const struct config *cfg, struct store *st,
		       const char *today, const char *lang,
		       struct tmpl_value *v);

#endif
