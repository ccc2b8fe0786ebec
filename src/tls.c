/*
 * tls — see tls.h.  Never proceed to LOGIN before this returned 0.
 */
#include "tls.h"

#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <libetpan/libetpan.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MAX_CHAIN 16

int
tls_verify_chain(void *chainp, const char *host, const char *ca_file,
		 char **err)
{
	carray *chain = chainp;
	if (chain == NULL || carray_count(chain) == 0) {
		*err = xstrdup("the server sent no certificate");
		return -1;
	}
	gnutls_x509_trust_list_t tl = NULL;
	gnutls_x509_crt_t crts[MAX_CHAIN];
	unsigned n = 0;
	int rc = -1;
	if (gnutls_x509_trust_list_init(&tl, 0) < 0) {
		*err = xstrdup("cannot set up certificate checking");
		return -1;
	}
	int added = ca_file ? gnutls_x509_trust_list_add_trust_file(
				  tl, ca_file, NULL, GNUTLS_X509_FMT_PEM, 0, 0)
			    : gnutls_x509_trust_list_add_system_trust(tl, 0, 0);
	if (added <= 0) {
		*err = ca_file ? xasprintf("ca_file %s holds no usable "
					   "certificate",
					   ca_file)
			       : xstrdup("the system trust store is empty");
		goto out;
	}
	for (unsigned i = 0; i < carray_count(chain) && n < MAX_CHAIN; i++) {
		MMAPString *der = carray_get(chain, i);
		gnutls_datum_t d = {(unsigned char *)der->str,
				    (unsigned)der->len};
		if (gnutls_x509_crt_init(&crts[n]) < 0)
			goto out;
		if (gnutls_x509_crt_import(crts[n], &d, GNUTLS_X509_FMT_DER) <
		    0) {
			gnutls_x509_crt_deinit(crts[n]);
			*err = xstrdup("the server's certificate cannot be "
				       "read");
			goto out;
		}
		n++;
	}
	gnutls_typed_vdata_st vd[2] = {
	    {.type = GNUTLS_DT_DNS_HOSTNAME, .data = (unsigned char *)host},
	    {.type = GNUTLS_DT_KEY_PURPOSE_OID,
	     .data = (unsigned char *)GNUTLS_KP_TLS_WWW_SERVER}};
	unsigned status = 0;
	if (gnutls_x509_trust_list_verify_crt2(tl, crts, n, vd, 2, 0, &status,
					       NULL) < 0) {
		*err = xstrdup("certificate verification failed");
		goto out;
	}
	if (status != 0) {
		gnutls_datum_t txt = {NULL, 0};
		gnutls_certificate_verification_status_print(
		    status, GNUTLS_CRT_X509, &txt, 0);
		*err =
		    xasprintf("certificate of %s not trusted: %s", host,
			      txt.data ? (char *)txt.data : "unknown reason");
		gnutls_free(txt.data);
		goto out;
	}
	rc = 0;
out:
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(crts[i]);
	gnutls_x509_trust_list_deinit(tl, 1);
	return rc;
}
