/*
 * strconv.c — the C half of package strconv: float formatting (shared with
 * fmt: fmt_formatfloat in stdlib/fmt/fmt.c, Go's layouts on correctly
 * rounded snprintf digits) and float parsing (glibc strtod/strtof, which
 * round correctly; strconv.go has already checked Go's syntax and removed
 * underscores).  Both run on a segment of at least 64 KiB.
 */
#include "rt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

go_string fmt_formatfloat(double v, go_byte fmt, go_int prec, go_int bitsize);

go_string strconv_formatFloat(double f, go_byte fmt, go_int prec, go_int bitSize)
{
	return fmt_formatfloat(f, fmt, prec, bitSize);
}

#define STRCONV_STACK (64 << 10)

typedef struct parsecall {
	go_string s;
	go_int bitSize;
	double result;
} parsecall;

static void parse_run(void *arg)
{
	parsecall *c = arg;
	char small[128];
	char *buf = c->s.len < (go_int)sizeof small ? small : rt_alloc_noscan((size_t)c->s.len + 1);
	if (c->s.len > 0)
		memcpy(buf, c->s.ptr, (size_t)c->s.len);
	buf[c->s.len] = 0;
	if (c->bitSize == 32)
		c->result = (double)strtof(buf, NULL);
	else
		c->result = strtod(buf, NULL);
}

/* s is a valid Go float literal without underscores (decimal or hex). */
double strconv_strtod(go_string s, go_int bitSize)
{
	parsecall c = {.s = s, .bitSize = bitSize};
	if (rt_stack_room() < STRCONV_STACK)
		rt_morestack(parse_run, &c, STRCONV_STACK);
	else
		parse_run(&c);
	return c.result;
}
