/*
 * tls — certificate checking for connections made by libetpan, which does
 * none by itself.  The chain the server sent is verified with GnuTLS
 * against the system trust store (or a configured CA file) and the host
 * name (or IP address) the configuration names.
 */
#ifndef REGBOT_TLS_H
#define REGBOT_TLS_H

/* chain: libetpan's carray of MMAPString (DER), leaf first.
 * Returns 0 when trusted; -1 with *err (caller frees) otherwise. */
int tls_verify_chain(void *chain, const char *host, const char *ca_file,
		     char **err);

#endif
