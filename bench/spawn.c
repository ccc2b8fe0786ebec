/*
 * spawn — runs CMD and prints its peak RSS, for bench.py timed.
 *
 * Linux counts the memory a process had before exec in its peak RSS
 * (ru_maxrss): a child forked by the Python harness starts as a copy of
 * it, so every command it timed showed the harness's 23 MB.  This small
 * program forks CMD instead and prints "maxrss_kb" from wait4(), then
 * exits with CMD's status.  Not part of regbot; built by bench/run.sh
 * into its work directory.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: spawn CMD...\n");
		return 2;
	}
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		return 1;
	fprintf(stderr, "spawn: maxrss_kb %ld\n", ru.ru_maxrss);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
