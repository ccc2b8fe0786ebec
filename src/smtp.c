/*
 * smtp — see smtp.h.  The handle lives for one outbox run so libcurl can
 * reuse the connection (MAIL/RCPT/DATA per message, no new EHLO).
 */
#include "smtp.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* libssh2.h: LIBSSH2_INIT_NO_CRYPTO */
#define SSH2_INIT_NO_CRYPTO 0x0001

/* How far a transaction got: a refusal before RCPT is the server
 * refusing the robot (its greeting, EHLO, AUTH or MAIL FROM), which no
 * message can help; one at RCPT or later is about this message. */
enum stage { ST_SESSION, ST_RCPT, ST_DATA };

struct smtp {
	const struct config *cfg;
	CURL *curl;
	char errbuf[CURL_ERROR_SIZE];
	enum stage stage;
};

/* libcurl's trace of what it sent: the last command tells the stage. */
static int
trace_cb(CURL *c, curl_infotype type, char *data, size_t size, void *arg)
{
	(void)c;
	struct smtp *s = arg;
	if (type == CURLINFO_HEADER_OUT && size >= 4) {
		if (!strncasecmp(data, "RCPT", 4))
			s->stage = ST_RCPT;
		else if (!strncasecmp(data, "DATA", 4))
			s->stage = ST_DATA;
		else if (!strncasecmp(data, "MAIL", 4) ||
			 !strncasecmp(data, "EHLO", 4) ||
			 !strncasecmp(data, "HELO", 4) ||
			 !strncasecmp(data, "AUTH", 4))
			s->stage = ST_SESSION;
	} else if (type == CURLINFO_DATA_OUT)
		s->stage = ST_DATA;
	return 0;
}

struct reader {
	const char *data;
	size_t len, off;
};

static size_t
read_cb(char *out, size_t size, size_t nmemb, void *arg)
{
	struct reader *r = arg;
	size_t room = size * nmemb, left = r->len - r->off;
	size_t n = left < room ? left : room;
	memcpy(out, r->data + r->off, n);
	r->off += n;
	return n;
}

static long
timeout_seconds(void)
{
	const char *e = getenv("REGBOT_SMTP_TIMEOUT");
	long v;
	if (e && str_tolong(e, 1, 600, &v) == 0)
		return v;
	return SMTP_TIMEOUT;
}

struct smtp *
smtp_new(const struct config *cfg)
{
	static int inited;
	if (!inited) {
		/* libcurl initialises libssh2 (for SCP and SFTP, which
		 * regbot never uses), and libssh2 then loads all of
		 * OpenSSL's ciphers and engines: 1.7 MB of pages and a
		 * million instructions in every process that sends.  Told
		 * first to skip its crypto, libssh2 only counts curl's
		 * call.  Where curl has no libssh2 there is no symbol. */
		int (*ssh2_init)(int) =
		    (int (*)(int))dlsym(RTLD_DEFAULT, "libssh2_init");
		if (ssh2_init)
			ssh2_init(SSH2_INIT_NO_CRYPTO);
		curl_global_init(CURL_GLOBAL_DEFAULT);
		inited = 1;
	}
	struct smtp *s = xcalloc(1, sizeof *s);
	s->cfg = cfg;
	s->curl = curl_easy_init();
	if (s->curl == NULL)
		abort();
	return s;
}

void
smtp_free(struct smtp *s)
{
	if (s == NULL)
		return;
	curl_easy_cleanup(s->curl);
	free(s);
}

enum smtp_result
smtp_send(struct smtp *s, const char *rcpt, const char *data, size_t len,
	  char **err)
{
	const struct endpoint *ep = &s->cfg->smtp;
	CURL *c = s->curl;
	struct reader rd = {data, len, 0};
	char *from = xasprintf("<%s>", s->cfg->from_addr);
	char *to = xasprintf("<%s>", rcpt);
	struct curl_slist *rcpts = curl_slist_append(NULL, to);
	s->errbuf[0] = '\0';
	s->stage = ST_SESSION;
	/* the trace is read, not printed: VERBOSE only turns it on */
	curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, trace_cb);
	curl_easy_setopt(c, CURLOPT_DEBUGDATA, s);
	curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);
	curl_easy_setopt(c, CURLOPT_URL, ep->url);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, s->errbuf);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
	/* The reply after DATA is waited for by libcurl's "server response"
	 * timer (default 120 s), which CURLOPT_TIMEOUT does not cut short. */
	curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_seconds());
	curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout_seconds());
	curl_easy_setopt(c, CURLOPT_USE_SSL,
			 ep->tls == TLS_NONE ? (long)CURLUSESSL_NONE
					     : (long)CURLUSESSL_ALL);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	if (ep->ca_file)
		curl_easy_setopt(c, CURLOPT_CAINFO, ep->ca_file);
	if (ep->user) {
		curl_easy_setopt(c, CURLOPT_USERNAME, ep->user);
		curl_easy_setopt(c, CURLOPT_PASSWORD, ep->password);
	}
	curl_easy_setopt(c, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpts);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(c, CURLOPT_READDATA, &rd);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	/* libcurl's smallest upload buffer, not its 64 KiB: for each
	 * message it allocates the buffer and, for SMTP's dot-stuffing, a
	 * scratch buffer twice its size, and frees both after it.  Those
	 * 192 KiB came and went with every reply (first as a mapping of
	 * their own, then at the top of the heap: a brk up and one down);
	 * 48 KiB stay below malloc's thresholds.  A reply is about 11 KiB,
	 * so one read still takes it whole; a larger mail takes more reads
	 * and goes out the same (checked against smtp-sink with dot lines
	 * across every buffer boundary). */
	curl_easy_setopt(c, CURLOPT_UPLOAD_BUFFERSIZE, 16384L);
	CURLcode res = curl_easy_perform(c);
	long code = 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(rcpts);
	free(from);
	free(to);
	if (res == CURLE_OK && code / 100 == 2)
		return SMTP_OK;
	const char *what = s->errbuf[0] ? s->errbuf : curl_easy_strerror(res);
	if (code >= 500 && s->stage == ST_SESSION) {
		/* The server refuses the robot itself (greeting, EHLO, AUTH,
		 * MAIL FROM): a configuration or server problem, not this
		 * message's; failing every reply for good would lose them
		 * all.  Kept, retried with backoff, shown by status. */
		*err = xasprintf("%s: the server refuses the session before "
				 "any recipient (%ld: %s); mail is kept and "
				 "retried",
				 ep->url, code, what);
		return SMTP_DOWN;
	}
	if (code >= 500) {
		*err =
		    xasprintf("%s: refused with %ld: %s", ep->url, code, what);
		return SMTP_PERM;
	}
	if (code >= 400) {
		*err =
		    xasprintf("%s: deferred with %ld: %s", ep->url, code, what);
		return SMTP_TEMP;
	}
	if (len > 0 && rd.off == len) {
		/* libcurl took every byte (with INFILESIZE set it does not
		 * ask again for the end) and no 4xx/5xx came back: the
		 * server may have queued the message before the cut or the
		 * timeout (RFC 1047, duplicate messages and SMTP).  Not the
		 * same as a failure before DATA, which is safe to retry. */
		*err = xasprintf("%s: no reply after the message was sent "
				 "(%s); perhaps delivered",
				 ep->url, what);
		return SMTP_MAYBE;
	}
	*err = xasprintf("%s: %s", ep->url, what);
	if (res == CURLE_COULDNT_CONNECT || res == CURLE_COULDNT_RESOLVE_HOST ||
	    res == CURLE_OPERATION_TIMEDOUT || res == CURLE_LOGIN_DENIED ||
	    res == CURLE_PEER_FAILED_VERIFICATION ||
	    res == CURLE_SSL_CONNECT_ERROR || res == CURLE_USE_SSL_FAILED ||
	    res == CURLE_SSL_CACERT_BADFILE)
		return SMTP_DOWN;
	return SMTP_TEMP;
}
