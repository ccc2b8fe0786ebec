/*
 * notify — see notify.h.  sd_notify's errors are ignored on purpose: a
 * manager that cannot be told is no reason to stop answering mail, and
 * without NOTIFY_SOCKET there is nobody to tell.
 */
#include "notify.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <systemd/sd-daemon.h>
#include <time.h>

#include "util.h"

static void
send_line(const char *line)
{
	(void)sd_notify(0, line);
}

void
notify_ready(const char *status)
{
	char *s = xasprintf("READY=1\nSTATUS=%s", status ? status : "");
	send_line(s);
	free(s);
}

void
notify_status(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	/* one line: the protocol is newline-separated assignments */
	for (char *p = msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	char *s = xasprintf("STATUS=%s", msg);
	send_line(s);
	free(s);
	free(msg);
}

void
notify_watchdog(void)
{
	static time_t last;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	if (ts.tv_sec == last)
		return;
	last = ts.tv_sec;
	send_line("WATCHDOG=1");
}

void
notify_stopping(void)
{
	send_line("STOPPING=1");
}

void
notify_reloading(void)
{
	send_line("RELOADING=1");
}
