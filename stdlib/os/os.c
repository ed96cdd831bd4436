/*
 * os.c — the C half of package os: arguments, reads and writes through the
 * runtime (which hands the processor off while a call blocks), exit,
 * environment.  Body-less Go functions in os.go bind here by name.
 */
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern int rt_argc;
extern char **rt_argv;

static go_string cstr(const char *s)
{
	size_t n = strlen(s);
	uint8_t *p = rt_alloc_noscan(n + 1);
	memcpy(p, s, n);
	return (go_string){p, (go_int)n};
}

go_slice os_runtimeArgs(void)
{
	go_int n = rt_argc;
	go_slice s = rt_makeslice(n, n, sizeof(go_string), false);
	for (go_int i = 0; i < n; i++)
		((go_string *)s.ptr)[i] = cstr(rt_argv[i]);
	return s;
}

go_int os_write(go_int fd, go_slice b) { return rt_write((int)fd, b.ptr, b.len); }
go_int os_writeString(go_int fd, go_string s) { return rt_write((int)fd, s.ptr, s.len); }
go_int os_read(go_int fd, go_slice b) { return rt_read((int)fd, b.ptr, b.len); }
void os_exit(go_int code) { rt_exit((int)code); }

/* getenv on a segment: the key is copied to a NUL-terminated buffer; the
 * environment is read-only after start, so no lock is involved. */
static const char *lookup(go_string key)
{
	char buf[256];
	if (key.len >= (go_int)sizeof buf)
		return NULL;
	memcpy(buf, key.ptr, (size_t)key.len);
	buf[key.len] = 0;
	return getenv(buf);
}

go_string os_getenv(go_string key)
{
	const char *v = lookup(key);
	return v ? cstr(v) : (go_string){0};
}

bool os_hasenv(go_string key) { return lookup(key) != NULL; }

go_string os_errnoString(go_int n)
{
	char buf[128];
	const char *s = strerror_r((int)n, buf, sizeof buf);
	go_string r = cstr(s);
	/* Go's syscall texts are glibc's with a lower-case first letter */
	if (r.len > 0 && r.ptr[0] >= 'A' && r.ptr[0] <= 'Z' && !(r.len > 1 && r.ptr[1] >= 'A' && r.ptr[1] <= 'Z'))
		((uint8_t *)r.ptr)[0] = (uint8_t)(r.ptr[0] - 'A' + 'a');
	return r;
}

#include <signal.h>

go_int os_kill(go_int pid, go_int sig)
{
	return kill((pid_t)pid, (int)sig) < 0 ? -errno : 0;
}

go_string os_signalName(go_int sig)
{
	/* Go's spelling: "killed", "terminated", "interrupt", ... */
	switch (sig) {
	case SIGKILL: return GO_STR("killed");
	case SIGTERM: return GO_STR("terminated");
	case SIGINT: return GO_STR("interrupt");
	case SIGHUP: return GO_STR("hangup");
	case SIGQUIT: return GO_STR("quit");
	case SIGABRT: return GO_STR("aborted");
	case SIGSEGV: return GO_STR("segmentation fault");
	case SIGPIPE: return GO_STR("broken pipe");
	case SIGALRM: return GO_STR("alarm clock");
	case SIGBUS: return GO_STR("bus error");
	case SIGFPE: return GO_STR("floating point exception");
	case SIGILL: return GO_STR("illegal instruction");
	case SIGUSR1: return GO_STR("user defined signal 1");
	case SIGUSR2: return GO_STR("user defined signal 2");
	default: {
		char buf[32];
		int n = 0;
		char tmp[16];
		int k = 0;
		go_int v = sig;
		do {
			tmp[k++] = (char)('0' + v % 10);
			v /= 10;
		} while (v > 0);
		memcpy(buf, "signal ", 7);
		n = 7;
		while (k > 0)
			buf[n++] = tmp[--k];
		uint8_t *p = rt_alloc_noscan((size_t)n);
		memcpy(p, buf, (size_t)n);
		return (go_string){p, n};
	}
	}
}

#include <fcntl.h>
#include <unistd.h>

struct openargs { go_string name; int flag, perm; };

static go_int do_open(void *p)
{
	struct openargs *a = p;
	char path[4096];
	if (a->name.len >= (go_int)sizeof path)
		return -ENAMETOOLONG;
	memcpy(path, a->name.ptr, (size_t)a->name.len);
	path[a->name.len] = 0;
	int fd = open(path, a->flag | O_CLOEXEC, a->perm);
	return fd < 0 ? -errno : fd;
}

go_int os_open(go_string name, go_int flag, go_int perm)
{
	struct openargs *a = rt_alloc(sizeof *a);
	a->name = name;
	a->flag = (int)flag;
	a->perm = (int)perm;
	return rt_syscall(do_open, a);
}

static go_int do_close(void *p) { return close((int)(intptr_t)p) < 0 ? -errno : 0; }
go_int os_closefd(go_int fd) { return rt_syscall(do_close, (void *)(intptr_t)fd); }

static go_int do_unlink(void *p)
{
	go_string *name = p;
	char path[4096];
	if (name->len >= (go_int)sizeof path)
		return -ENAMETOOLONG;
	memcpy(path, name->ptr, (size_t)name->len);
	path[name->len] = 0;
	return unlink(path) < 0 ? -errno : 0;
}

go_int os_unlink(go_string name)
{
	go_string *p = rt_alloc(sizeof *p);
	*p = name;
	return rt_syscall(do_unlink, p);
}
