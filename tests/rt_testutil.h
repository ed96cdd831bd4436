/*
 * rt_testutil.h — helpers for the runtime's unit tests (test_rt_*.c).
 *
 * rt_main never returns (it exits when main.main returns), so every test
 * that needs the scheduler runs in a forked child: rtt_run() forks, the
 * child runs rt_main(mainfn) with stdout and stderr on a pipe, the parent
 * collects the output and the exit status.
 *
 * Code running in goroutines must follow rt.h's rules like generated code:
 * small frames, no libc that locks or needs stack (no printf): use
 * rtt_puts/rtt_putint, which go through rt_write.
 */
#ifndef RT_TESTUTIL_H
#define RT_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rt.h"

/* make tsan (ThreadSanitizer build of these tests): TSan delivers an
 * asynchronous signal only when the thread next enters one of its
 * interceptors, so a goroutine in a call-free loop can be neither preempted
 * (SIGURG) nor stopped by Boehm's collector (SIGPWR), and it runs code 5-15x
 * slower with 64 KiB first segments.  Tests that rely on those signals, on
 * the real segment sizes or on tight timings say so and are skipped there. */
#ifdef __SANITIZE_THREAD__
#define RTT_NOT_UNDER_TSAN(why) skip()
#else
#define RTT_NOT_UNDER_TSAN(why) ((void)0)
#endif


static inline void rtt_puts(const char *s) { rt_write(1, s, (go_int)strlen(s)); }

static inline void rtt_putint(int64_t v)
{
	char buf[24], *p = buf + sizeof buf;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	rt_write(1, p, (go_int)(buf + sizeof buf - p));
}

static inline void rtt_fail(const char *what, int line)
{
	rtt_puts("FAIL: ");
	rtt_puts(what);
	rtt_puts(" line ");
	rtt_putint(line);
	rtt_puts("\n");
	rt_exit(3);
}
#define RTT_CHECK(c) ((c) ? (void)0 : rtt_fail(#c, __LINE__))

/* A time limit of a test, multiplied by RTT_TIME_SCALE (default 1):
 * tests/aarch64.sh sets it for qemu-user, which is slower and translates
 * code the first time it runs.  Read by rtt_run on the main thread (no
 * getenv on a goroutine's segment). */
static long rtt_time_scale_ = 1;
static inline long rtt_time_limit(long t) { return t * rtt_time_scale_; }

/* Runs mainfn as a Go program's main.main in a child.  procs: GOMAXPROCS
 * (NULL: unset).  Returns the exit status (128+signal if killed). */
static inline int rtt_run(void (*mainfn)(void), const char *procs, char *out, size_t outsz,
                          int timeout_s)
{
	const char *scale = getenv("RTT_TIME_SCALE");
	if (scale && atol(scale) > 1)
		rtt_time_scale_ = atol(scale);
	int pfd[2];
	if (pipe(pfd) != 0)
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(pfd[1], 1);
		dup2(pfd[1], 2);
		close(pfd[0]);
		close(pfd[1]);
		if (procs)
			setenv("GOMAXPROCS", procs, 1);
		else
			unsetenv("GOMAXPROCS");
		alarm((unsigned)rtt_time_limit(timeout_s));
		char *argv[] = {(char *)"rttest", NULL};
		rt_main(1, argv, NULL, mainfn);
		_exit(99);
	}
	close(pfd[1]);
	size_t n = 0;
	for (;;) {
		ssize_t r = read(pfd[0], out + n, outsz - 1 - n);
		if (r <= 0)
			break;
		n += (size_t)r;
		if (n == outsz - 1)
			break;
	}
	out[n] = 0;
	close(pfd[0]);
	int st;
	waitpid(pid, &st, 0);
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + WTERMSIG(st);
}

/* Runs and expects exit status `code` and exactly `want` as output. */
#define RTT_EXPECT(fn, procs, code, want)                                      \
	do {                                                                   \
		static char out_[1 << 16];                                     \
		int st_ = rtt_run(fn, procs, out_, sizeof out_, 30);          \
		if (st_ != (code) || strcmp(out_, (want)) != 0)                \
			fprintf(stderr, "status %d, output:\n%s\n", st_, out_); \
		assert_int_equal(st_, (code));                                 \
		assert_string_equal(out_, (want));                             \
	} while (0)

#endif
