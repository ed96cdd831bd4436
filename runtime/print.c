/*
 * print.c — the print and println built-ins, as Go's runtime prints them:
 * to standard error (fd 2, through rt_write), with no formatting package.
 * Floats print as Go's runtime printfloat does (+1.500000e+000: seven
 * significant digits, a sign always, a three-digit exponent), pointers and
 * interfaces in hex ("(0x4b2f00,0xc00001c030)" for an eface).
 *
 * Generated code brackets one print/println statement with
 * rt_printlock/rt_printunlock so that the pieces of two goroutines' lines
 * do not interleave.  The lock is recursive per goroutine (a String method
 * called while printing a panic value may print); a goroutine that finds
 * it taken yields (rt_gosched), so a holder that was preempted on the same
 * thread gets to run and release it.  Everything here is small-stacked and
 * calls only rt_write, rt_goid and rt_gosched.
 */
#include "data.h"

static int64_t print_owner = -1; /* goid holding the lock, or -1 */
static int print_depth;          /* recursion depth of the owner */

void rt_printlock(void)
{
	int64_t me = rt_goid();
	if (__atomic_load_n(&print_owner, __ATOMIC_ACQUIRE) == me) {
		print_depth++;
		return;
	}
	for (;;) {
		int64_t free = -1;
		if (__atomic_compare_exchange_n(&print_owner, &free, me, false,
		                                __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			break;
		rt_gosched();
	}
	print_depth = 1;
}

void rt_printunlock(void)
{
	if (--print_depth == 0)
		__atomic_store_n(&print_owner, -1, __ATOMIC_RELEASE);
}

static void out(const void *p, go_int n)
{
	if (n > 0)
		rt_write(2, p, n);
}

void rt_printstring(go_string s)
{
	out(s.ptr, s.len);
}

void rt_printsp(void)
{
	out(" ", 1);
}

void rt_printnl(void)
{
	out("\n", 1);
}

void rt_printbool(bool v)
{
	if (v)
		out("true", 4);
	else
		out("false", 5);
}

void rt_printuint(uint64_t v)
{
	char buf[24];
	int i = (int)sizeof buf;
	do
		buf[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	out(buf + i, (go_int)sizeof buf - i);
}

void rt_printint(int64_t v)
{
	if (v < 0) {
		out("-", 1);
		rt_printuint(0 - (uint64_t)v);
		return;
	}
	rt_printuint((uint64_t)v);
}

static void printhex(uint64_t v)
{
	static const char dig[] = "0123456789abcdef";
	char buf[24];
	int i = (int)sizeof buf;
	do
		buf[--i] = dig[v % 16];
	while ((v /= 16) != 0);
	buf[--i] = 'x';
	buf[--i] = '0';
	out(buf + i, (go_int)sizeof buf - i);
}

void rt_printpointer(const void *p)
{
	printhex((uint64_t)(uintptr_t)p);
}

void rt_printeface(go_eface e)
{
	out("(", 1);
	printhex((uint64_t)(uintptr_t)e.type);
	out(",", 1);
	printhex((uint64_t)(uintptr_t)e.data);
	out(")", 1);
}

/* Go's runtime printfloat, digit for digit. */
void rt_printfloat(double v)
{
	if (v != v) {
		out("NaN", 3);
		return;
	}
	if (v + v == v && v > 0) {
		out("+Inf", 4);
		return;
	}
	if (v + v == v && v < 0) {
		out("-Inf", 4);
		return;
	}
	enum { N = 7 }; /* digits printed */
	char buf[N + 7];
	buf[0] = '+';
	int e = 0;
	if (v == 0) {
		if (1 / v < 0)
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < N; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[N + 2] = 'e';
	buf[N + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[N + 3] = '-';
	}
	buf[N + 4] = (char)(e / 100 + '0');
	buf[N + 5] = (char)((e / 10) % 10 + '0');
	buf[N + 6] = (char)(e % 10 + '0');
	out(buf, (go_int)sizeof buf);
}
