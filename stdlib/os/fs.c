/*
 * fs.c — the C half of os's files and directories (fs.go), the environment
 * list (env.go) and the random numbers of temporary names (tempfile.go).
 *
 * Each call runs through rt_syscall (on the thread's stack, the processor
 * handed off if it blocks) and returns a result >= 0 or -errno; paths are
 * copied into NUL-terminated buffers there.  Results that need the heap
 * (directory entries, the environment) are gathered with malloc inside the
 * call and copied into Go memory after it.
 */
#define _GNU_SOURCE
#include "rt.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* s as a C string in buf (PATH_MAX bytes); false if too long or holds NUL */
static bool cpath(go_string s, char *buf)
{
	if (s.len >= 4096 || (s.len > 0 && memchr(s.ptr, 0, (size_t)s.len)))
		return false;
	if (s.len > 0)
		memcpy(buf, s.ptr, (size_t)s.len);
	buf[s.len] = 0;
	return true;
}

/* The operations of os.sysPath (fs.go has the same list). */
enum { OP_MKDIR = 1, OP_RMDIR, OP_UNLINK, OP_RENAME, OP_CHDIR, OP_CHMOD, OP_SYMLINK, OP_LINK, OP_TRUNCATE };

struct pathargs {
	go_int op;
	go_string a, b;
	go_int n;
};

static go_int do_path(void *p)
{
	struct pathargs *x = p;
	char a[4096], b[4096];
	if (!cpath(x->a, a) || !cpath(x->b, b))
		return x->a.len >= 4096 || x->b.len >= 4096 ? -ENAMETOOLONG : -EINVAL;
	int r;
	do {
		switch (x->op) {
		case OP_MKDIR: r = mkdir(a, (mode_t)x->n); break;
		case OP_RMDIR: r = rmdir(a); break;
		case OP_UNLINK: r = unlink(a); break;
		case OP_RENAME: r = rename(a, b); break;
		case OP_CHDIR: r = chdir(a); break;
		case OP_CHMOD: r = chmod(a, (mode_t)x->n); break;
		case OP_SYMLINK: r = symlink(a, b); break;
		case OP_LINK: r = link(a, b); break;
		case OP_TRUNCATE: r = truncate(a, (off_t)x->n); break;
		default: errno = EINVAL; r = -1;
		}
	} while (r < 0 && errno == EINTR);
	return r < 0 ? -errno : 0;
}

go_int os_sysPath(go_int op, go_string a, go_string b, go_int n)
{
	struct pathargs x = {op, a, b, n};
	return rt_syscall(do_path, &x);
}

/* out: st_mode, size, mtime seconds, mtime nanoseconds, device, inode */
static void fill(const struct stat *st, go_slice out)
{
	int64_t *o = out.ptr;
	if (out.len < 6)
		return;
	o[0] = st->st_mode;
	o[1] = st->st_size;
	o[2] = st->st_mtim.tv_sec;
	o[3] = st->st_mtim.tv_nsec;
	o[4] = (int64_t)st->st_dev;
	o[5] = (int64_t)st->st_ino;
}

struct statargs {
	go_string name;
	int fd;
	bool follow;
	struct stat st;
};

static go_int do_stat(void *p)
{
	struct statargs *x = p;
	char a[4096];
	int r;
	if (x->fd >= 0) {
		do
			r = fstat(x->fd, &x->st);
		while (r < 0 && errno == EINTR);
		return r < 0 ? -errno : 0;
	}
	if (!cpath(x->name, a))
		return x->name.len >= 4096 ? -ENAMETOOLONG : -EINVAL;
	do
		r = x->follow ? stat(a, &x->st) : lstat(a, &x->st);
	while (r < 0 && errno == EINTR);
	return r < 0 ? -errno : 0;
}

go_int os_sysStat(go_string name, bool follow, go_slice out)
{
	struct statargs x = {.name = name, .fd = -1, .follow = follow};
	go_int r = rt_syscall(do_stat, &x);
	if (r == 0)
		fill(&x.st, out);
	return r;
}

go_int os_sysFstat(go_int fd, go_slice out)
{
	struct statargs x = {.fd = (int)fd};
	go_int r = rt_syscall(do_stat, &x);
	if (r == 0)
		fill(&x.st, out);
	return r;
}

struct bufargs {
	go_string name;
	char *buf;
	go_int n;
};

static go_int do_readlink(void *p)
{
	struct bufargs *x = p;
	char a[4096];
	if (!cpath(x->name, a))
		return x->name.len >= 4096 ? -ENAMETOOLONG : -EINVAL;
	ssize_t r = readlink(a, x->buf, (size_t)x->n);
	return r < 0 ? -errno : (go_int)r;
}

go_int os_sysReadlink(go_string name, go_slice buf)
{
	struct bufargs x = {name, buf.ptr, buf.len};
	return rt_syscall(do_readlink, &x);
}

static go_int do_getwd(void *p)
{
	struct bufargs *x = p;
	if (!getcwd(x->buf, (size_t)x->n))
		return -errno;
	return (go_int)strlen(x->buf);
}

go_int os_sysGetwd(go_slice buf)
{
	struct bufargs x = {{0}, buf.ptr, buf.len};
	return rt_syscall(do_getwd, &x);
}

go_int os_sysHostname(go_slice buf)
{
	char *b = buf.ptr;
	if (buf.len < 2)
		return -ENAMETOOLONG;
	if (gethostname(b, (size_t)buf.len - 1) < 0)
		return -errno;
	b[buf.len - 1] = 0;
	return (go_int)strlen(b);
}

/* The entries of a directory, gathered with malloc: each is its d_type
 * byte, the name and a NUL. */
struct dirargs {
	int fd;
	char *buf;
	size_t len, cap;
	go_int count;
};

static bool put(struct dirargs *x, unsigned char type, const char *name)
{
	size_t n = strlen(name);
	if (x->len + n + 2 > x->cap) {
		size_t c = x->cap ? x->cap * 2 : 4096;
		while (c < x->len + n + 2)
			c *= 2;
		char *b = realloc(x->buf, c);
		if (!b)
			return false;
		x->buf = b;
		x->cap = c;
	}
	x->buf[x->len++] = (char)type;
	memcpy(x->buf + x->len, name, n + 1);
	x->len += n + 1;
	x->count++;
	return true;
}

static go_int do_readdir(void *p)
{
	struct dirargs *x = p;
	int fd = dup(x->fd);
	if (fd < 0)
		return -errno;
	DIR *d = fdopendir(fd);
	if (!d) {
		int e = errno;
		close(fd);
		return -e;
	}
	struct dirent *de;
	errno = 0;
	go_int r = 0;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (!put(x, de->d_type, de->d_name)) {
			r = -ENOMEM;
			break;
		}
	}
	if (r == 0 && errno != 0)
		r = -errno;
	/* the dup'd descriptor shares the offset: leave the directory at its end */
	closedir(d);
	return r;
}

go_int os_sysReaddir(go_int fd, go_slice *out)
{
	struct dirargs x = {.fd = (int)fd};
	go_int r = rt_syscall(do_readdir, &x);
	if (r == 0) {
		go_slice s = rt_makeslice(x.count, x.count, sizeof(go_string), false);
		size_t off = 0;
		for (go_int i = 0; i < x.count; i++) {
			size_t n = strlen(x.buf + off + 1) + 1;
			uint8_t *b = rt_alloc_noscan(n);
			memcpy(b, x.buf + off, n);
			((go_string *)s.ptr)[i] = (go_string){b, (go_int)n};
			off += n + 1;
		}
		*out = s;
	}
	free(x.buf);
	return r;
}

/* The environment, under os.c's lock (setenv may run meanwhile). */
extern char **environ;
void os_envLock(bool lock);

go_slice os_environ(void)
{
	os_envLock(true);
	size_t n = 0, bytes = 0;
	for (char **e = environ; *e; e++, n++)
		bytes += strlen(*e) + 1;
	char *copy = malloc(bytes ? bytes : 1);
	size_t off = 0;
	for (char **e = environ; copy && *e; e++) {
		size_t k = strlen(*e) + 1;
		memcpy(copy + off, *e, k);
		off += k;
	}
	os_envLock(false);
	if (!copy)
		rt_panic_string(GO_STR("os: out of memory"));
	go_slice s = rt_makeslice((go_int)n, (go_int)n, sizeof(go_string), false);
	off = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(copy + off);
		uint8_t *b = rt_alloc_noscan(k + 1);
		memcpy(b, copy + off, k);
		((go_string *)s.ptr)[i] = (go_string){b, (go_int)k};
		off += k + 1;
	}
	free(copy);
	return s;
}

void os_clearenv(void)
{
	os_envLock(true);
	clearenv();
	os_envLock(false);
}

/* Random numbers for temporary names: xorshift64*, seeded once from the
 * kernel, under a lock. */
static pthread_mutex_t randlock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t randstate;

uint32_t os_fastrand(void)
{
	pthread_mutex_lock(&randlock);
	while (randstate == 0) {
		if (getrandom(&randstate, sizeof randstate, 0) != sizeof randstate)
			randstate = (uint64_t)getpid() * 0x9E3779B97F4A7C15ull ^ (uint64_t)(uintptr_t)&randstate;
	}
	randstate ^= randstate >> 12;
	randstate ^= randstate << 25;
	randstate ^= randstate >> 27;
	uint32_t r = (uint32_t)((randstate * 0x2545F4914F6CDD1Dull) >> 32);
	pthread_mutex_unlock(&randlock);
	return r;
}
