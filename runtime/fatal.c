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
	rt_exit(2);
}
