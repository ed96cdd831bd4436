/*
 * fatal.c — Go's unrecoverable "fatal error: ..." (for misuse the program
 * cannot recover from, e.g. "sync: unlock of unlocked mutex"): the message,
 * the running goroutine, exit status 2.  Unlike a panic, deferred calls do
 * not run.
 */
#include "rt.h"

#include <string.h>

void rt_fatal(const char *msg)
{
	char buf[64];
	rt_write(2, "fatal error: ", 13);
	rt_write(2, msg, (go_int)strlen(msg));
	int64_t id = rt_goid();
	int n = 0;
	char digits[24];
	do {
		digits[n++] = (char)('0' + id % 10);
		id /= 10;
	} while (id > 0);
	int k = 0;
	memcpy(buf, "\n\ngoroutine ", 12);
	k = 12;
	while (n > 0)
		buf[k++] = digits[--n];
	memcpy(buf + k, " [running]:\n", 12);
	k += 12;
	rt_write(2, buf, k);
	rt_printsite(2, RT_TLS(rt_cursite));
	rt_exit(2);
}

/* ---- source sites ---- */

__thread const rt_site *rt_cursite __attribute__((tls_model("local-exec")));

/* Prints a site as a Go traceback frame: "main.main()\n\tprog.go:8\n".
 * The Go name comes back from the emitter's C name: pkg_Func -> pkg.Func,
 * pkg_T__M -> pkg.T.M, pkg_f__func1 -> pkg.f.func1 (and the __body half
 * of a split function is the function itself). */
void rt_printsite(int fd, const rt_site *s)
{
	if (!s || !s->func)
		return;
	char name[256];
	size_t n = 0;
	const char *f = s->func;
	size_t len = strlen(f);
	if (len > 6 && strcmp(f + len - 6, "__body") == 0)
		len -= 6;
	bool first = true;
	for (size_t i = 0; i < len && n < sizeof name - 8; i++) {
		if (f[i] == '_' && i + 1 < len && f[i + 1] == '_') {
			name[n++] = '.';
			i++;
		} else if (f[i] == '_' && first) {
			name[n++] = '.';
			first = false;
		} else {
			name[n++] = f[i];
		}
	}
	name[n] = 0;
	char line[24];
	int k = 0;
	int v = s->line;
	char tmp[16];
	int t = 0;
	do {
		tmp[t++] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (t > 0)
		line[k++] = tmp[--t];
	rt_write(fd, name, (go_int)strlen(name));
	rt_write(fd, "()\n\t", 4);
	rt_write(fd, s->file, (go_int)strlen(s->file));
	rt_write(fd, ":", 1);
	rt_write(fd, line, k);
	rt_write(fd, "\n", 1);
}
