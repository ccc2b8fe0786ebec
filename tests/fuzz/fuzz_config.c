/*
 * fuzz_config — libFuzzer target: bytes as a configuration file through
 * config_load (inih, the reader that counts lines, every value parser and
 * the checks across sections), the path check-config and every start
 * take.
 *
 * The input is written to a memfd and loaded by its /proc/self/fd path,
 * so config_load runs unchanged.  The target works in a private temporary
 * directory holding a 0600 password file "pw", so an input (like the seed
 * in tests/fuzz/seeds/config) can load completely.  Besides
 * the sanitizers' findings it aborts when a promise is broken: config_load
 * fails exactly when it reported errors; each error is one line naming
 * the file; a loaded configuration has the defaults filled in, at least
 * one pool and day, and days numbered 1..N in order with dates that
 * ascend.
 */
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fd = -1;
static char path[64];
static char dir[4096];

static void
cleanup(void)
{
	char pw[4200];
	snprintf(pw, sizeof pw, "%s/pw", dir);
	unlink(pw);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fd = memfd_create("fuzz-config", 0);
	if (fd < 0)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, sizeof dir, "%s/fuzz-config.XXXXXX", tmp ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL || chdir(dir) < 0)
		abort();
	int pw = open("pw", O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (pw < 0 || write(pw, "secret\n", 7) != 7 || close(pw) < 0)
		abort();
	atexit(cleanup);
	/* A password_file the input names is read: never wait on stdin. */
	int null = open("/dev/null", O_RDONLY);
	if (null < 0 || dup2(null, 0) < 0)
		abort();
	close(null);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 1 << 16)
		return 0;
	if (ftruncate(fd, 0) < 0 ||
	    (size && pwrite(fd, data, size, 0) != (ssize_t)size))
		abort();
	struct config cfg;
	struct config_errors errs;
	int r = config_load(path, &cfg, &errs);
	if ((r == 0) != (errs.n == 0))
		abort();
	for (size_t i = 0; i < errs.n; i++)
		if (strncmp(errs.msgs[i], path, strlen(path)) != 0 ||
		    strchr(errs.msgs[i], '\n') != NULL)
			abort();
	if (r == 0) {
		if (cfg.timezone == NULL || cfg.mailbox == NULL ||
		    cfg.processed == NULL || cfg.npools == 0 || cfg.ndays == 0)
			abort();
		for (size_t i = 0; i < cfg.ndays; i++) {
			if (cfg.days[i].number != (int)i + 1 ||
			    cfg.days[i].date == NULL)
				abort();
			if (i > 0 &&
			    strcmp(cfg.days[i - 1].date, cfg.days[i].date) >= 0)
				abort();
		}
	}
	config_errors_free(&errs);
	config_free(&cfg);
	return 0;
}
