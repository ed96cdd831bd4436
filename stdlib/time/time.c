/* time.c — the C half of package time: sleeping parks the goroutine on the
 * runtime's timers; clocks read the vDSO. */
#include "rt.h"

void time_sleep(int64_t ns) { rt_sleep(ns); }
int64_t time_nanotime(void) { return rt_nanotime(); }
int64_t time_walltime(void) { return rt_walltime(); }

/* A fired timer runs the Go func value in a new goroutine. */
static void run_closure(void *arg)
{
	rt_closure *c = arg;
	((void (*)(void *))c->fn)(c);
}

void *time_timerNew(rt_closure *f) { return rt_timer_new(run_closure, f); }
bool time_timerReset(void *t, int64_t when, int64_t period) { return rt_timer_reset(t, when, period); }
bool time_timerStop(void *t) { return rt_timer_stop(t); }

/* The zone files (sys_minigo.go): open, read, seek, close as blocking
 * system calls on the thread's stack; errors are -errno. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

go_string os_getenv(go_string key); /* os.c: the environment under its lock */
bool os_hasenv(go_string key);
go_string os_errnoString(go_int n);

go_string time_getenvC(go_string key) { return os_getenv(key); }
bool time_hasenvC(go_string key) { return os_hasenv(key); }
go_string time_errnoString(go_int n) { return os_errnoString(n); }

static go_int do_open(void *p)
{
	go_string *name = p;
	char path[4096];
	if (name->len >= (go_int)sizeof path)
		return -ENAMETOOLONG;
	if (name->len > 0)
		memcpy(path, name->ptr, (size_t)name->len);
	path[name->len] = 0;
	if (memchr(path, 0, (size_t)name->len))
		return -EINVAL;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

go_int time_sysOpen(go_string name) { return rt_syscall(do_open, &name); }

go_int time_sysRead(go_int fd, go_slice b) { return rt_read((int)fd, b.ptr, b.len); }

static go_int do_close(void *p) { return close((int)(intptr_t)p) < 0 ? -errno : 0; }
void time_sysClose(go_int fd) { rt_syscall(do_close, (void *)(intptr_t)fd); }

struct seekargs {
	int fd;
	off_t off;
	int whence;
};

static go_int do_seek(void *p)
{
	struct seekargs *a = p;
	return lseek(a->fd, a->off, a->whence) < 0 ? -errno : 0;
}

go_int time_sysSeek(go_int fd, int64_t off, go_int whence)
{
	struct seekargs a = {(int)fd, (off_t)off, (int)whence};
	return rt_syscall(do_seek, &a);
}
