/*
 * notify — tell the service manager how the daemon is (systemd's notify
 * protocol, spoken directly rather than through libsystemd): READY once
 * it serves, STATUS lines an operator sees in `systemctl status`, and
 * WATCHDOG pings while it is alive.  Outside systemd (no NOTIFY_SOCKET)
 * every call does nothing.
 */
#ifndef REGBOT_NOTIFY_H
#define REGBOT_NOTIFY_H

/* READY=1 and a status line. */
void notify_ready(const char *status);

/* STATUS=...: printf-style, one line. */
void notify_status(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* WATCHDOG=1, at most once a second (cheap to call per message). */
void notify_watchdog(void);

/* STOPPING=1. */
void notify_stopping(void);

/* RELOADING=1 before a reload; notify_ready after it. */
void notify_reloading(void);

#endif
