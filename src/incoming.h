/*
 * incoming — SPOOL/incoming: mail `regbot ingest` accepted while another
 * regbot held the spool, waiting for the holder (see main.c: ingest
 * queues, run/once/ingest drain).
 *
 * One file per message, written durably (temp file, fsync, rename, fsync
 * the directory), mode 0600.  Its name keeps what the queue must not
 * lose: the arrival time (the order seats are given in) and, for a
 * message over max_message_size of which only the first bytes are kept,
 * its full size: "RECEIVED-TOTAL-PID-RANDOM.eml", RECEIVED in seconds
 * since the epoch, zero-padded so that names sort in arrival order.
 *
 * A message that cannot be processed keeps its place (the mail behind it
 * waits: arrival order gives the seats) and counts its attempts in its
 * name, "BASE.aN.eml", with the time of the last one as its mtime; it is
 * tried again after util_retry_delay(N), and after RETRY_MAX_ATTEMPTS it
 * is moved out of the queue into SPOOL/incoming/held for a human, who
 * looks at it and hands it to `regbot ingest FILE` again.
 *
 * Ownership: strings returned are the caller's.  Error policy: -1 with
 * errno set; nothing here logs.
 */
#ifndef REGBOT_INCOMING_H
#define REGBOT_INCOMING_H

#include <stddef.h>
#include <time.h>

#include "util.h"

/* The queue's directory for a spool (caller frees). */
char *incoming_dir(const char *spool);

/* The file name for a message that arrived at `received`, `total` bytes
 * in all (0: kept whole), queued by process `pid` with `rnd` to make it
 * unique (caller frees). */
char *incoming_name(time_t received, size_t total, long pid, unsigned rnd);

/* Is `name` a queued message (not a temporary file of a write in
 * progress, nor anything else in the directory)?  Its arrival time and
 * full size into *received and *total when the name gives them (else
 * *received 0).  1 yes, 0 no. */
int incoming_name_parse(const char *name, time_t *received, size_t *total);

/* Writes one message into the queue: 0 ok (*path set, caller frees),
 * -1 error (errno; *path the file tried, or NULL). */
int incoming_queue(const char *spool, const char *data, size_t len,
		   size_t total, time_t received, char **path);

/* The queued messages' names, oldest first: their number, *names (caller
 * frees each and the array; NULL when none).  A missing directory is an
 * empty queue. */
size_t incoming_list(const char *spool, char ***names);

/* How many wait and the arrival time of the oldest (0 when none, or
 * when no name gives it). */
void incoming_count(const char *spool, long *n, time_t *oldest);

/* Failed attempts a queued message's name records (0: none). */
int incoming_attempts(const char *name);

/* May the queued message `name` be tried at `now`?  1 yes, 0 not yet
 * (*at: when), -1 error (errno). */
int incoming_due(const char *spool, const char *name, time_t now, time_t *at);

/* Records a failed attempt at `now` on the queued message `name`: it
 * is renamed with the count (*newname: its new name, caller frees), or
 * after RETRY_MAX_ATTEMPTS moved to the held directory (*newname: its
 * path there).  1 held, 0 counted, -1 error (errno; nothing changed). */
int incoming_failed(const char *spool, const char *name, time_t now,
		    char **newname);

/* SPOOL/incoming/held, and how many messages wait there. */
char *incoming_held_dir(const char *spool);
long incoming_held_count(const char *spool);

/* Reads a queued message (at most max + 1 bytes, so one over the limit
 * is seen as such) into b: 0 ok, -1 error (errno). */
int incoming_read(const char *path, size_t max, struct buf *b);

#endif
