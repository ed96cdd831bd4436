/*
 * os.c — the C half of package os: arguments, reads and writes through the
 * runtime (which hands the processor off while a call blocks), exit,
 * environment.  Body-less Go functions in os.go bind here by name.
 */
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
	return cstr(s);
}
