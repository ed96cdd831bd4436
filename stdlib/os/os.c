/*
 * os.c — the C half of package os: arguments, reads and writes through the
 * runtime (which hands the processor off while a call blocks), exit,
 * environment.  Body-less Go functions in os.go bind here by name.
 */
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <pthread.h>
#include <unistd.h>
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

/*
 * The environment.  Setenv makes it mutable while other threads read it, and
 * glibc's getenv/setenv are not safe together, so every access holds envlock;
 * the critical sections never block or allocate from the collector (a value
 * is copied out with malloc, then into the heap after unlock).  exec's
 * children inherit `environ` as it is at fork time.
 */
static pthread_mutex_t envlock = PTHREAD_MUTEX_INITIALIZER;

/* key as a NUL-terminated string in buf; false if too long or holds NUL */
static bool ckey(go_string key, char *buf, size_t n)
{
	if (key.len >= (go_int)n || (key.len > 0 && memchr(key.ptr, 0, (size_t)key.len)))
		return false;
	if (key.len > 0) /* an empty string may have a NULL ptr */
		memcpy(buf, key.ptr, (size_t)key.len);
	buf[key.len] = 0;
	return true;
}

/* a malloc'd copy of the value, or NULL when unset */
static char *lookup(go_string key)
{
	char buf[256];
	if (!ckey(key, buf, sizeof buf))
		return NULL;
	pthread_mutex_lock(&envlock);
	const char *v = getenv(buf);
	char *r = v ? strdup(v) : NULL;
	pthread_mutex_unlock(&envlock);
	return r;
}

go_string os_getenv(go_string key)
{
	char *v = lookup(key);
	if (!v)
		return (go_string){0};
	go_string r = cstr(v);
	free(v);
	return r;
}

bool os_hasenv(go_string key)
{
	char *v = lookup(key);
	free(v);
	return v != NULL;
}

/* 0, or an errno value */
go_int os_setenv(go_string key, go_string value)
{
	char k[256];
	if (key.len == 0 || !ckey(key, k, sizeof k) || strchr(k, '=') ||
	    (value.len > 0 && memchr(value.ptr, 0, (size_t)value.len)))
		return EINVAL;
	char *v = malloc((size_t)value.len + 1);
	if (!v)
		return ENOMEM;
	if (value.len > 0)
		memcpy(v, value.ptr, (size_t)value.len);
	v[value.len] = 0;
	pthread_mutex_lock(&envlock);
	int rc = setenv(k, v, 1);
	pthread_mutex_unlock(&envlock);
	free(v);
	return rc == 0 ? 0 : errno;
}

go_int os_unsetenv(go_string key)
{
	char k[256];
	if (!ckey(key, k, sizeof k))
		return EINVAL;
	pthread_mutex_lock(&envlock);
	int rc = unsetenv(k);
	pthread_mutex_unlock(&envlock);
	return rc == 0 ? 0 : errno;
}

go_int os_getpid(void) { return (go_int)getpid(); }

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

/* fs.c's environment list takes the same lock */
void os_envLock(bool lock)
{
	if (lock)
		pthread_mutex_lock(&envlock);
	else
		pthread_mutex_unlock(&envlock);
}
