/*
 * stats — see stats.h.  No allocation except for stats_line's result;
 * nothing here can fail.
 */
#include "stats.h"

#include <time.h>

#include "util.h"

static const char *const names[STATS__COUNT] = {
    "fetch", "parse", "keep", "decide+commit", "render", "send", "move"};

static struct {
	double secs;
	long count;
} stage[STATS__COUNT];
static long messages;

double
stats_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
stats_add_secs(enum stats_stage s, double secs)
{
	stage[s].secs += secs > 0 ? secs : 0;
	stage[s].count++;
}

void
stats_add_more(enum stats_stage s, double secs)
{
	stage[s].secs += secs > 0 ? secs : 0;
}

void
stats_add(enum stats_stage s, double since)
{
	stats_add_secs(s, stats_now() - since);
}

double
stats_total(enum stats_stage s)
{
	return stage[s].secs;
}

void
stats_message(void)
{
	messages++;
}

long
stats_messages(void)
{
	return messages;
}

void
stats_reset(void)
{
	for (int i = 0; i < STATS__COUNT; i++)
		stage[i].secs = 0, stage[i].count = 0;
	messages = 0;
}

void
stats_print(FILE *fp, double wall)
{
	double sum = 0;
	fprintf(fp, "%-14s %8s %10s %10s %6s\n", "stage", "count", "total s",
		"ms/msg", "share");
	for (int i = 0; i < STATS__COUNT; i++) {
		sum += stage[i].secs;
		fprintf(fp, "%-14s %8ld %10.3f %10.3f %5.1f%%\n", names[i],
			stage[i].count, stage[i].secs,
			messages ? 1000 * stage[i].secs / (double)messages : 0,
			wall > 0 ? 100 * stage[i].secs / wall : 0);
	}
	fprintf(fp, "%-14s %8s %10.3f %10.3f %5.1f%%\n", "other", "",
		wall - sum,
		messages ? 1000 * (wall - sum) / (double)messages : 0,
		wall > 0 ? 100 * (wall - sum) / wall : 0);
	fprintf(fp, "%-14s %8ld %10.3f %10.3f %5.1f%%\n", "all", messages, wall,
		messages ? 1000 * wall / (double)messages : 0,
		wall > 0 ? 100.0 : 0);
	fprintf(fp, "%ld messages in %.3f s: %.1f messages/s\n", messages, wall,
		wall > 0 ? (double)messages / wall : 0);
}

char *
stats_line(double wall)
{
	struct buf b;
	buf_init(&b, 4096);
	buf_printf(&b, "%ld message%s in %.3f s:", messages,
		   messages == 1 ? "" : "s", wall);
	for (int i = 0; i < STATS__COUNT; i++)
		buf_printf(&b, "%s %s %.1f ms", i ? "," : "", names[i],
			   1000 * stage[i].secs);
	return buf_detach(&b);
}
