/*
 * exec.c — the C half of os/exec: posix_spawn with the child's standard
 * files, pipes, waitpid.  Spawning and waiting run as blocking system calls
 * (rt_syscall, rt_waitpid): the goroutine's processor is handed to another
 * thread meanwhile, so four commands started from four goroutines run at
 * the same time.
 */
#define _GNU_SOURCE
#include "rt.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static char *cstr(go_string s)
{
	char *p = malloc((size_t)s.len + 1);
	if (!p)
		return NULL;
	memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

static char **cvec(go_slice v)
{
	char **a = calloc((size_t)v.len + 1, sizeof(char *));
	for (go_int i = 0; a && i < v.len; i++)
		a[i] = cstr(((go_string *)v.ptr)[i]);
	return a;
}

static void freevec(char **a)
{
	for (char **p = a; p && *p; p++)
		free(*p);
	free(a);
}

struct spawn_args {
	go_string path, dir;
	go_slice argv, env;
	int fds[3];
};

static go_int do_spawn(void *p)
{
	struct spawn_args *a = p;
	char *path = cstr(a->path);
	char *dir = a->dir.len ? cstr(a->dir) : NULL;
	char **argv = cvec(a->argv);
	char **env = cvec(a->env);
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	for (int i = 0; i < 3; i++)
		posix_spawn_file_actions_adddup2(&fa, a->fds[i], i);
	if (dir)
		posix_spawn_file_actions_addchdir_np(&fa, dir);
	posix_spawnattr_t attr;
	posix_spawnattr_init(&attr);
	/* the child starts with default signal handling and an empty mask */
	sigset_t all, none;
	sigfillset(&all);
	sigemptyset(&none);
	posix_spawnattr_setsigdefault(&attr, &all);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	pid_t pid;
	int err = posix_spawn(&pid, path, &fa, &attr, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	free(path);
	free(dir);
	freevec(argv);
	freevec(env);
	return err ? -err : pid;
}

go_int os_exec_spawn(go_string path, go_slice argv, go_slice env, go_string dir, go_int in, go_int out, go_int err)
{
	struct spawn_args a = {path, dir, argv, env, {(int)in, (int)out, (int)err}};
	return rt_syscall(do_spawn, &a);
}

go_int os_exec_pipe(void)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return -errno;
	return ((go_int)fds[0] << 32) | (go_int)fds[1];
}

void os_exec_closefd(go_int fd) { close((int)fd); }

go_int os_exec_devnull(void)
{
	int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

go_int os_exec_wait(go_int pid)
{
	int status = 0;
	go_int r = rt_waitpid(pid, &status, 0);
	return r < 0 ? r : status;
}

static go_string gostr(const char *s)
{
	size_t n = strlen(s);
	uint8_t *p = rt_alloc_noscan(n + 1);
	memcpy(p, s, n);
	return (go_string){p, (go_int)n};
}

struct look { go_string file; char found[4096]; };

static go_int do_look(void *p)
{
	struct look *l = p;
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	while (*path) {
		const char *colon = strchr(path, ':');
		size_t n = colon ? (size_t)(colon - path) : strlen(path);
		if (n + 2 + (size_t)l->file.len < sizeof l->found) {
			if (n == 0) {
				l->found[0] = '.';
				n = 1;
			} else {
				memcpy(l->found, path, n);
			}
			l->found[n] = '/';
			memcpy(l->found + n + 1, l->file.ptr, (size_t)l->file.len);
			l->found[n + 1 + l->file.len] = 0;
			struct stat st;
			if (stat(l->found, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111))
				return 1;
		}
		path += n + (colon ? 1 : 0);
		if (!colon)
			break;
	}
	return 0;
}

go_string os_exec_lookpath(go_string file)
{
	struct look *l = rt_alloc_noscan(sizeof *l);
	l->file = file;
	if (!rt_syscall(do_look, l))
		return (go_string){0};
	return gostr(l->found);
}

go_slice os_exec_environ(void)
{
	go_int n = 0;
	while (environ[n])
		n++;
	go_slice s = rt_makeslice(n, n, sizeof(go_string), false);
	for (go_int i = 0; i < n; i++)
		((go_string *)s.ptr)[i] = gostr(environ[i]);
	return s;
}
