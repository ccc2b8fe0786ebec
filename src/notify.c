/*
 * notify — see notify.h.
 *
 * The protocol is one datagram of newline-separated assignments to the
 * AF_UNIX socket named in $NOTIFY_SOCKET: a path, or an abstract name
 * written with a leading '@' (sd_notify(3), "the protocol is stable";
 * systemd documents it for programs that speak it without libsystemd).
 * Speaking it here, instead of linking libsystemd, spares every start of
 * regbot (an `ingest` per mail from an MTA pipe) loading that library
 * and the five it pulls in (issue 12: start cost and memory).
 *
 * Errors are ignored on purpose: a manager that cannot be told is no
 * reason to stop answering mail, and without NOTIFY_SOCKET there is
 * nobody to tell.
 */
#include "notify.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* Fills addr from $NOTIFY_SOCKET; returns its length, or 0 when there is
 * no usable socket (unset, empty, too long, or a kind not spoken here,
 * such as "vsock:"). */
static socklen_t
notify_address(struct sockaddr_un *addr)
{
	const char *e = getenv("NOTIFY_SOCKET");
	if (e == NULL || (e[0] != '/' && e[0] != '@') || e[1] == '\0')
		return 0;
	size_t n = strlen(e);
	if (n >= sizeof addr->sun_path)
		return 0;
	memset(addr, 0, sizeof *addr);
	addr->sun_family = AF_UNIX;
	memcpy(addr->sun_path, e, n);
	if (e[0] == '@')
		addr->sun_path[0] = '\0'; /* abstract: no terminating NUL */
	else
		n++; /* a path: count its NUL */
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
}

static void
send_line(const char *line)
{
	struct sockaddr_un addr;
	socklen_t len = notify_address(&addr);
	if (len == 0)
		return;
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return;
	(void)sendto(fd, line, strlen(line), MSG_NOSIGNAL,
		     (const struct sockaddr *)&addr, len);
	close(fd);
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
