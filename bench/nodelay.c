/*
 * nodelay — LD_PRELOAD shim for the mlmmj comparison in bench/run.sh.
 *
 * mlmmj-send writes a message's headers, body and final "." in separate
 * small writes; Nagle holds each after the first until the peer ACKs,
 * and Linux delays that ACK by 40 ms on loopback.  That stall, not mlmmj's
 * own work, sets its default rate.  Setting TCP_NODELAY on every TCP
 * socket it connects shows mlmmj's rate without the stall.  Not part of
 * regbot; built by bench/run.sh into its work directory.
 */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <sys/socket.h>

int connect(int fd, const struct sockaddr *sa, socklen_t len);

int
connect(int fd, const struct sockaddr *sa, socklen_t len)
{
	static int (*real)(int, const struct sockaddr *, socklen_t);
	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "connect");
	if (real == NULL)
		return -1;
	if (sa != NULL &&
	    (sa->sa_family == AF_INET || sa->sa_family == AF_INET6)) {
		int one = 1;
		/* Best effort: a failure only leaves Nagle on. */
		(void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	}
	return real(fd, sa, len);
}
