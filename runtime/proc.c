/*
 * proc.c — the program's entry and exit, and blocking system calls.
 *
 * rt_main initialises the collector on the main thread (GC_INIT must run
 * there), the stack reservation and the scheduler, then turns the main
 * thread into M0, which runs the main goroutine: init() then main.main(),
 * then exit(0) without waiting for other goroutines, as Go does.
 *
 * Blocking system calls (rt_write, rt_read, rt_syscall) run on g0 between
 * rt_entersyscall and rt_exitsyscall: the P stays attached, and sysmon hands
 * it to another M if the call lasts more than ~20 us, so a goroutine blocked
 * in read(2) does not stop the others.  The results are stored before
 * rt_exitsyscall, which may park this M and resume the goroutine elsewhere.
 */
#include "rt_internal.h"

#define GC_THREADS
#include <gc/gc.h>

#include <errno.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int rt_argc;
char **rt_argv;

/* With lazy binding (Debian's default link), the first call through a PLT
 * slot runs the dynamic resolver, which needs ~3.2 KiB of stack for its
 * xsave: too much for a 2 KiB segment.  Bind, on the main thread's stack,
 * the libc functions that code on segments may call.  (Linking with
 * -Wl,-z,now makes this unnecessary.) */
static char warmbuf[64];
/* A direct call through the PLT (the compiler would inline a builtin):
 * the first two arguments warmbuf, the third 0. */
#if defined(__x86_64__)
#define WARM(fn)                                                              \
	__asm__ volatile("leaq %0, %%rdi\n\tleaq %0, %%rsi\n\txorl %%edx, %%edx\n\t" \
	                 "call " #fn "@PLT"                                    \
	                 : : "m"(warmbuf)                                      \
	                 : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", \
	                   "r11", "memory", "cc", "xmm0", "xmm1", "xmm2", "xmm3", \
	                   "xmm4", "xmm5", "xmm6", "xmm7")
#elif defined(__aarch64__)
/* every caller-saved register is clobbered: x0-x18, x30, v0-v7, v16-v31 */
#define WARM(fn)                                                              \
	__asm__ volatile("mov x0, %0\n\tmov x1, %0\n\tmov x2, #0\n\t"            \
	                 "bl " #fn                                             \
	                 : : "r"(warmbuf)                                      \
	                 : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", \
	                   "x9", "x10", "x11", "x12", "x13", "x14", "x15", "x16", \
	                   "x17", "x18", "x30", "memory", "cc", "v0", "v1", "v2", \
	                   "v3", "v4", "v5", "v6", "v7", "v16", "v17", "v18",  \
	                   "v19", "v20", "v21", "v22", "v23", "v24", "v25",    \
	                   "v26", "v27", "v28", "v29", "v30", "v31")
#endif

__attribute__((noinline)) static void warm_plt(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts); /* a real call: rsp is aligned below */
	clock_gettime(CLOCK_REALTIME, &ts);
	WARM(memcpy);
	WARM(memmove);
	WARM(memset);
	WARM(memcmp);
	WARM(strlen);
	WARM(memchr);
	WARM(strcmp);
	WARM(strchr);
	WARM(bcmp);
}

int rt_main(int argc, char **argv, void (*init)(void), void (*main_main)(void))
{
	warm_plt();
	rt_argc = argc;
	rt_argv = argv;
	GC_INIT();
	GC_allow_register_threads();
	rt_mem_init();
	rt_stack_init();
	rt_sched_start(init, main_main);
}

static void exit_g0(void *arg)
{
	atomic_store(&rt_exiting, 1);
	_exit(*(int *)arg);
}

_Noreturn void rt_exit(int code)
{
	rt_systemstack(exit_g0, &code);
	_exit(code);
}

/* ------------------------------------------------------------------ */
/* Blocking calls. */

struct sysargs {
	go_int (*fn)(void *);
	void *arg;
	go_int ret;
};

static void syscall_g0(void *a)
{
	struct sysargs *s = a;
	G *g = getg();
	int sv = 0;
	if (g) {
		sv = g->waitreason;
		g->waitreason = RT_WAIT_SYSCALL;
		rt_entersyscall();
	}
	s->ret = s->fn(s->arg);
	if (g) {
		g->waitreason = sv;
		rt_exitsyscall();
	}
}

go_int rt_syscall(go_int (*fn)(void *arg), void *arg)
{
	struct sysargs s = {fn, arg, 0};
	rt_systemstack(syscall_g0, &s);
	return s.ret;
}

struct ioargs {
	int fd;
	void *buf;
	go_int n;
};

static go_int write_all(void *a)
{
	struct ioargs *io = a;
	go_int done = 0;
	while (done < io->n) {
		ssize_t w = write(io->fd, (char *)io->buf + done, (size_t)(io->n - done));
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return done > 0 ? done : -errno;
		}
		done += w;
	}
	return done;
}

go_int rt_write(int fd, const void *buf, go_int n)
{
	if (n <= 0)
		return 0;
	struct ioargs io = {fd, (void *)buf, n};
	return rt_syscall(write_all, &io);
}

static go_int read_some(void *a)
{
	struct ioargs *io = a;
	for (;;) {
		ssize_t r = read(io->fd, io->buf, (size_t)io->n);
		if (r < 0 && errno == EINTR)
			continue;
		return r < 0 ? -errno : r;
	}
}

go_int rt_read(int fd, void *buf, go_int n)
{
	struct ioargs io = {fd, buf, n};
	return rt_syscall(read_some, &io);
}

struct waitargs {
	int pid;
	int *status;
	int options;
};

static go_int waitpid_call(void *a)
{
	struct waitargs *w = a;
	for (;;) {
		pid_t r = waitpid(w->pid, w->status, w->options);
		if (r < 0 && errno == EINTR)
			continue;
		return r < 0 ? -errno : r;
	}
}

go_int rt_waitpid(go_int pid, int *status, int options)
{
	struct waitargs w = {(int)pid, status, options};
	return rt_syscall(waitpid_call, &w);
}
