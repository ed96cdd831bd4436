/*
 * fmt.c — the formatting core of package fmt, in C.
 *
 * stdlib/fmt/fmt.go keeps the API (Println, Printf, Sprintf, Errorf,
 * Fprint*...) and calls the body-less functions bound here:
 *
 *     func sprint(a []any) string                  -> fmt_sprint
 *     func sprintln(a []any) string                -> fmt_sprintln
 *     func sprintf(format string, a []any) string  -> fmt_sprintf
 *     func sprintfw(format string, a []any) string -> fmt_sprintfw  (Errorf: %w allowed)
 *     func wrapindex(format string, a []any) int   -> fmt_wrapindex (Errorf: the %w operand, or -1)
 *
 * This is a port of Go 1.19's fmt/print.go and fmt/format.go (the pp and
 * fmt types, function for function, so that every odd case — bad verbs,
 * %!(EXTRA ...), argument indexes, flags on each verb — comes out as Go
 * prints it), with reflect replaced by the rt_type descriptors of rt.h:
 * a value is a (type, pointer to the value, can-interface) triple.  What Go
 * gets from reflect's flagRO — String and Error are not called on values
 * reached through unexported struct fields — is the `canif` bit.
 *
 * Floats: the shortest representation (%v, %g without precision) is
 * Go's own Ryu (a port of strconv/ftoaryu.go, with its table of powers of
 * ten in pow10.h), so the digits are Go's exactly.  Fixed precisions (%e,
 * %f, %g with a precision) use snprintf, which in glibc rounds the exact
 * binary value, ties to even, as Go's strconv does.  The digit strings
 * then go through ports of strconv's fmtE/fmtF/formatDigits, so the layout
 * is Go's.
 *
 * Map keys are sorted as internal/fmtsort sorts them (stable, NaN first,
 * nil first, interface keys by type then value).
 *
 * Stack: the entry points run on a goroutine's segment.  When less than
 * FMT_STACK bytes are left (rt_stack_room), they re-run themselves on a
 * fresh segment of that size through rt_morestack.  snprintf into a
 * string is pure computation (no locks) and needs a few KiB: it runs on
 * that segment, except for long conversions (precision > 100), whose
 * work space glibc takes with alloca or malloc: those go to the thread's
 * stack (rt_systemstack).  Memory comes only from rt_alloc and
 * rt_alloc_noscan.  A String, Error or GoString method that panics is
 * caught with a frame of our own (rt_frame_enter, rt_defer_push,
 * rt_recover), as Go's catchPanic does.
 *
 * Not supported: the Formatter interface (Format(fmt.State, rune)), and
 * complex numbers (not in the language subset).
 */
#include "rt.h"
#include "../../runtime/data.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "isprint.h"

#define FMT_STACK (64 << 10)

/* ---------------------------------------------------------------------
 * The output buffer.
 * --------------------------------------------------------------------- */

typedef struct buffer {
	uint8_t *p;
	size_t len, cap;
	uint8_t small[512];
} buffer;

static void buf_grow(buffer *b, size_t n)
{
	size_t cap = b->cap * 2;
	if (cap < b->len + n)
		cap = b->len + n;
	uint8_t *p = rt_alloc_noscan(cap);
	memcpy(p, b->p, b->len);
	b->p = p;
	b->cap = cap;
}

static inline void buf_write(buffer *b, const void *s, size_t n)
{
	if (n == 0)
		return; /* s may be NULL (an empty Go string) */
	if (b->len + n > b->cap)
		buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static inline void buf_byte(buffer *b, uint8_t c)
{
	if (b->len + 1 > b->cap)
		buf_grow(b, 1);
	b->p[b->len++] = c;
}

static inline void buf_str(buffer *b, const char *s)
{
	buf_write(b, s, strlen(s));
}

static void buf_rune(buffer *b, go_rune r)
{
	uint8_t t[4];
	buf_write(b, t, (size_t)rt_encoderune(t, r));
}

/* ---------------------------------------------------------------------
 * Values: what reflect.Value is to Go's fmt.
 * --------------------------------------------------------------------- */

typedef struct value {
	const rt_type *t; /* NULL: invalid (a nil interface's element) */
	const void *p;    /* points at the value */
	bool canif;       /* not reached through an unexported field */
} value;

static const go_eface nil_eface;

/* ---------------------------------------------------------------------
 * The printer state (Go's pp and fmt).
 * --------------------------------------------------------------------- */

typedef struct flags {
	bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
} flags;

typedef struct pp {
	buffer buf;
	flags f;
	int wid, prec;
	go_eface arg;     /* p.arg (type NULL: nil) */
	bool argset;      /* p.arg != nil */
	value val;        /* p.value */
	bool reordered, goodArgNum, panicking, erroring;
	bool wrapErrs;
	int wrapped;      /* index of the %w operand, -1 */
	int curarg;       /* index of the operand being printed */
} pp;

static void printArg(pp *p, go_eface arg, go_rune verb);
static void printValue(pp *p, value v, go_rune verb, int depth);

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void clearflags(pp *p)
{
	memset(&p->f, 0, sizeof p->f);
}

static go_int runecount(const uint8_t *s, size_t n)
{
	return rt_runecount((go_string){s, (go_int)n});
}

static void writePadding(pp *p, go_int n)
{
	if (n <= 0)
		return;
	if (p->buf.len + (size_t)n > p->buf.cap)
		buf_grow(&p->buf, (size_t)n);
	memset(p->buf.p + p->buf.len, p->f.zero ? '0' : ' ', (size_t)n);
	p->buf.len += (size_t)n;
}

static void pad(pp *p, const void *s, size_t n)
{
	if (!p->f.widPresent || p->wid == 0) {
		buf_write(&p->buf, s, n);
		return;
	}
	go_int width = p->wid - runecount(s, n);
	if (!p->f.minus) {
		writePadding(p, width);
		buf_write(&p->buf, s, n);
	} else {
		buf_write(&p->buf, s, n);
		writePadding(p, width);
	}
}

static void padString(pp *p, go_string s)
{
	pad(p, s.ptr, (size_t)s.len);
}

static void padCStr(pp *p, const char *s)
{
	pad(p, s, strlen(s));
}

static void fmtBoolean(pp *p, bool v)
{
	padCStr(p, v ? "true" : "false");
}

/* ---------------------------------------------------------------------
 * strconv pieces: IsPrint, quoting.
 * --------------------------------------------------------------------- */

static size_t bsearch16(const uint16_t *a, size_t n, uint16_t x)
{
	size_t i = 0, j = n;
	while (i < j) {
		size_t h = i + (j - i) / 2;
		if (a[h] < x)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

static size_t bsearch32(const uint32_t *a, size_t n, uint32_t x)
{
	size_t i = 0, j = n;
	while (i < j) {
		size_t h = i + (j - i) / 2;
		if (a[h] < x)
			i = h + 1;
		else
			j = h;
	}
	return i;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

bool fmt_isprint(go_rune r)
{
	if (r <= 0xFF) {
		if (0x20 <= r && r <= 0x7E)
			return true;
		if (0xA1 <= r && r <= 0xFF)
			return r != 0xAD;
		return false;
	}
	if (0 <= r && r < 1 << 16) {
		uint16_t rr = (uint16_t)r;
		size_t i = bsearch16(isPrint16, NELEM(isPrint16), rr);
		if (i >= NELEM(isPrint16) || rr < isPrint16[i & ~(size_t)1] || isPrint16[i | 1] < rr)
			return false;
		size_t j = bsearch16(isNotPrint16, NELEM(isNotPrint16), rr);
		return j >= NELEM(isNotPrint16) || isNotPrint16[j] != rr;
	}
	uint32_t rr = (uint32_t)r;
	size_t i = bsearch32(isPrint32, NELEM(isPrint32), rr);
	if (i >= NELEM(isPrint32) || rr < isPrint32[i & ~(size_t)1] || isPrint32[i | 1] < rr)
		return false;
	if (r >= 0x20000)
		return true;
	r -= 0x10000;
	size_t j = bsearch16(isNotPrint32, NELEM(isNotPrint32), (uint16_t)r);
	return j >= NELEM(isNotPrint32) || isNotPrint32[j] != (uint16_t)r;
}

static bool validrune(go_rune r)
{
	return (0 <= r && r < 0xD800) || (0xDFFF < r && r <= 0x10FFFF);
}

static const char lowerhex[] = "0123456789abcdef";

static void appendEscapedRune(buffer *b, go_rune r, uint8_t quote, bool ascii)
{
	if (r == (go_rune)quote || r == '\\') {
		buf_byte(b, '\\');
		buf_byte(b, (uint8_t)r);
		return;
	}
	if (ascii) {
		if (r < 0x80 && fmt_isprint(r)) {
			buf_byte(b, (uint8_t)r);
			return;
		}
	} else if (fmt_isprint(r)) {
		buf_rune(b, r);
		return;
	}
	switch (r) {
	case '\a': buf_str(b, "\\a"); return;
	case '\b': buf_str(b, "\\b"); return;
	case '\f': buf_str(b, "\\f"); return;
	case '\n': buf_str(b, "\\n"); return;
	case '\r': buf_str(b, "\\r"); return;
	case '\t': buf_str(b, "\\t"); return;
	case '\v': buf_str(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7f) {
		buf_str(b, "\\x");
		buf_byte(b, (uint8_t)lowerhex[(uint8_t)r >> 4]);
		buf_byte(b, (uint8_t)lowerhex[(uint8_t)r & 0xF]);
		return;
	}
	if (!validrune(r))
		r = 0xFFFD;
	if (r < 0x10000) {
		buf_str(b, "\\u");
		for (int s = 12; s >= 0; s -= 4)
			buf_byte(b, (uint8_t)lowerhex[(r >> s) & 0xF]);
	} else {
		buf_str(b, "\\U");
		for (int s = 28; s >= 0; s -= 4)
			buf_byte(b, (uint8_t)lowerhex[(r >> s) & 0xF]);
	}
}

static void appendQuoted(buffer *b, go_string s, bool ascii)
{
	buf_byte(b, '"');
	for (go_int i = 0; i < s.len;) {
		go_rune r = s.ptr[i];
		go_int next = i + 1;
		if (r >= 0x80)
			next = rt_decoderune(s, i, &r);
		if (next - i == 1 && r == 0xFFFD) {
			buf_str(b, "\\x");
			buf_byte(b, (uint8_t)lowerhex[s.ptr[i] >> 4]);
			buf_byte(b, (uint8_t)lowerhex[s.ptr[i] & 0xF]);
			i = next;
			continue;
		}
		appendEscapedRune(b, r, '"', ascii);
		i = next;
	}
	buf_byte(b, '"');
}

static bool canBackquote(go_string s)
{
	for (go_int i = 0; i < s.len;) {
		go_rune r;
		go_int next = rt_decoderune(s, i, &r);
		go_int wid = next - i;
		i = next;
		if (wid > 1) {
			if (r == 0xFEFF)
				return false;
			continue;
		}
		if (r == 0xFFFD)
			return false;
		if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
			return false;
	}
	return true;
}

/* A buffer on the stack, for text built before it is padded into the
 * output (quoting, numbers). */
static void scratch_init(buffer *b)
{
	b->p = b->small;
	b->len = 0;
	b->cap = sizeof b->small;
}

/* ---------------------------------------------------------------------
 * format.go: integers, strings, characters.
 * --------------------------------------------------------------------- */

static void fmtUnicode(pp *p, uint64_t u)
{
	char small[68], *buf = small;
	size_t n = sizeof small;
	int prec = 4;
	if (p->f.precPresent && p->prec > 4) {
		prec = p->prec;
		size_t width = 2 + (size_t)prec + 2 + 4 + 1;
		if (width > n) {
			buf = rt_alloc_noscan(width);
			n = width;
		}
	}
	size_t i = n;
	if (p->f.sharp && u <= 0x10FFFF && fmt_isprint((go_rune)u)) {
		uint8_t t[4];
		go_int w = rt_encoderune(t, (go_rune)u);
		buf[--i] = '\'';
		i -= (size_t)w;
		memcpy(buf + i, t, (size_t)w);
		buf[--i] = '\'';
		buf[--i] = ' ';
	}
	while (u >= 16) {
		buf[--i] = udigits[u & 0xF];
		prec--;
		u >>= 4;
	}
	buf[--i] = udigits[u];
	prec--;
	while (prec > 0) {
		buf[--i] = '0';
		prec--;
	}
	buf[--i] = '+';
	buf[--i] = 'U';
	bool oldZero = p->f.zero;
	p->f.zero = false;
	pad(p, buf + i, n - i);
	p->f.zero = oldZero;
}

static void fmtInteger(pp *p, uint64_t u, int base, bool isSigned, go_rune verb, const char *digits)
{
	bool negative = isSigned && (int64_t)u < 0;
	if (negative)
		u = 0 - u;
	char small[68], *buf = small;
	size_t n = sizeof small;
	if (p->f.widPresent || p->f.precPresent) {
		size_t width = 3 + (size_t)p->wid + (size_t)p->prec;
		if (width > n) {
			buf = rt_alloc_noscan(width);
			n = width;
		}
	}
	int prec = 0;
	if (p->f.precPresent) {
		prec = p->prec;
		if (prec == 0 && u == 0) {
			bool oldZero = p->f.zero;
			p->f.zero = false;
			writePadding(p, p->wid);
			p->f.zero = oldZero;
			return;
		}
	} else if (p->f.zero && p->f.widPresent) {
		prec = p->wid;
		if (negative || p->f.plus || p->f.space)
			prec--;
	}
	size_t i = n;
	switch (base) {
	case 10:
		while (u >= 10) {
			uint64_t next = u / 10;
			buf[--i] = (char)('0' + u - next * 10);
			u = next;
		}
		break;
	case 16:
		while (u >= 16) {
			buf[--i] = digits[u & 0xF];
			u >>= 4;
		}
		break;
	case 8:
		while (u >= 8) {
			buf[--i] = (char)('0' + (u & 7));
			u >>= 3;
		}
		break;
	case 2:
		while (u >= 2) {
			buf[--i] = (char)('0' + (u & 1));
			u >>= 1;
		}
		break;
	}
	buf[--i] = digits[u];
	while (i > 0 && prec > (int)(n - i))
		buf[--i] = '0';
	if (p->f.sharp) {
		switch (base) {
		case 2:
			buf[--i] = 'b';
			buf[--i] = '0';
			break;
		case 8:
			if (buf[i] != '0')
				buf[--i] = '0';
			break;
		case 16:
			buf[--i] = digits[16];
			buf[--i] = '0';
			break;
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (p->f.plus)
		buf[--i] = '+';
	else if (p->f.space)
		buf[--i] = ' ';
	bool oldZero = p->f.zero;
	p->f.zero = false;
	pad(p, buf + i, n - i);
	p->f.zero = oldZero;
}

static go_string truncateString(pp *p, go_string s)
{
	if (p->f.precPresent) {
		go_int n = p->prec;
		for (go_int i = 0; i < s.len;) {
			n--;
			if (n < 0)
				return (go_string){s.ptr, i};
			go_rune r;
			i = s.ptr[i] < 0x80 ? i + 1 : rt_decoderune(s, i, &r);
		}
	}
	return s;
}

static void fmtS(pp *p, go_string s)
{
	padString(p, truncateString(p, s));
}

static void fmtSbx(pp *p, go_string s, const char *digits)
{
	go_int length = s.len;
	if (p->f.precPresent && p->prec < length)
		length = p->prec;
	go_int width = 2 * length;
	if (width > 0) {
		if (p->f.space) {
			if (p->f.sharp)
				width *= 2;
			width += length - 1;
		} else if (p->f.sharp) {
			width += 2;
		}
	} else {
		if (p->f.widPresent)
			writePadding(p, p->wid);
		return;
	}
	if (p->f.widPresent && p->wid > width && !p->f.minus)
		writePadding(p, p->wid - width);
	buffer *b = &p->buf;
	if (p->f.sharp) {
		buf_byte(b, '0');
		buf_byte(b, (uint8_t)digits[16]);
	}
	for (go_int i = 0; i < length; i++) {
		if (p->f.space && i > 0) {
			buf_byte(b, ' ');
			if (p->f.sharp) {
				buf_byte(b, '0');
				buf_byte(b, (uint8_t)digits[16]);
			}
		}
		uint8_t c = s.ptr[i];
		buf_byte(b, (uint8_t)digits[c >> 4]);
		buf_byte(b, (uint8_t)digits[c & 0xF]);
	}
	if (p->f.widPresent && p->wid > width && p->f.minus)
		writePadding(p, p->wid - width);
}

static void fmtQ(pp *p, go_string s)
{
	s = truncateString(p, s);
	if (p->f.sharp && canBackquote(s)) {
		go_string parts[3] = {GO_STR("`"), s, GO_STR("`")};
		padString(p, rt_concatn(parts, 3));
		return;
	}
	buffer t;
	scratch_init(&t);
	appendQuoted(&t, s, p->f.plus);
	pad(p, t.p, t.len);
}

static void fmtC(pp *p, uint64_t c)
{
	go_rune r = (go_rune)c;
	if (c > 0x10FFFF)
		r = 0xFFFD;
	uint8_t t[4];
	pad(p, t, (size_t)rt_encoderune(t, r));
}

static void fmtQc(pp *p, uint64_t c)
{
	go_rune r = (go_rune)c;
	if (c > 0x10FFFF)
		r = 0xFFFD;
	buffer t;
	scratch_init(&t);
	buf_byte(&t, '\'');
	if (!validrune(r))
		r = 0xFFFD;
	appendEscapedRune(&t, r, '\'', p->f.plus);
	buf_byte(&t, '\'');
	pad(p, t.p, t.len);
}

/* ---------------------------------------------------------------------
 * Floats.
 * --------------------------------------------------------------------- */

typedef struct decimal {
	char *d;      /* digits, no leading or trailing zeros */
	int nd;       /* number of digits */
	int dp;       /* decimal point: value = 0.d[0..nd) * 10^dp */
	char small[40];
} decimal;

/* snprintf of one double with a precision, into memory big enough. */
/* snprintf of one double with a precision, into memory big enough.  A
 * long conversion runs on the thread's stack: glibc's printf_fp takes
 * work space with alloca (or malloc) in proportion to the digits. */
typedef struct fmtdouble_call {
	char *s;
	size_t need;
	const char *f;
	int prec;
	double v;
} fmtdouble_call;

static void fmtdouble_sys(void *arg)
{
	fmtdouble_call *c = arg;
	snprintf(c->s, c->need, c->f, c->prec, c->v);
}

static char *fmtdouble(char *small, size_t nsmall, const char *f, int prec, double v)
{
	size_t need = (size_t)prec + 340;
	char *s = need <= nsmall ? small : rt_alloc_noscan(need);
	if (prec <= 100) {
		snprintf(s, need, f, prec, v);
	} else {
		fmtdouble_call c = {s, need, f, prec, v};
		rt_systemstack(fmtdouble_sys, &c);
	}
	return s;
}

static void dec_reserve(decimal *d, size_t n)
{
	d->d = n <= sizeof d->small ? d->small : rt_alloc_noscan(n);
}

/* Parses snprintf's "%.Ne" output "D.DDDDe±XX" (no sign) into d. */
static void parse_e(const char *s, decimal *d)
{
	const char *q = s;
	while (*q && *q != 'e')
		q++;
	dec_reserve(d, (size_t)(q - s) + 1);
	d->nd = 0;
	for (const char *r = s; r < q; r++)
		if (*r >= '0' && *r <= '9')
			d->d[d->nd++] = *r;
	d->dp = atoi(q + 1) + 1;
	while (d->nd > 0 && d->d[d->nd - 1] == '0')
		d->nd--;
	if (d->nd == 0)
		d->dp = 0;
}

/* Parses snprintf's "%.Nf" output "DDD.DDD" (no sign) into d. */
static void parse_f(const char *s, decimal *d)
{
	size_t n = strlen(s);
	dec_reserve(d, n + 1);
	d->nd = 0;
	d->dp = 0;
	bool point = false, lead = true;
	for (const char *r = s; *r; r++) {
		if (*r == '.') {
			point = true;
			continue;
		}
		if (lead && *r == '0') {
			if (point)
				d->dp--;
			continue;
		}
		lead = false;
		d->d[d->nd++] = *r;
		if (!point)
			d->dp++;
	}
	while (d->nd > 0 && d->d[d->nd - 1] == '0')
		d->nd--;
	if (d->nd == 0)
		d->dp = 0;
}

/* ---------------------------------------------------------------------
 * Ryu shortest: a port of Go 1.19's strconv/ftoaryu.go (ryuFtoaShortest
 * and its helpers), so that %v prints exactly Go's digits, fast.
 * --------------------------------------------------------------------- */

#include "pow10.h"

typedef struct ryudec {
	char *d;  /* digits (a window into buf) */
	int nd, dp;
	char buf[32];
} ryudec;

static const char smallsString[] =
	"00010203040506070809"
	"10111213141516171819"
	"20212223242526272829"
	"30313233343536373839"
	"40414243444546474849"
	"50515253545556575859"
	"60616263646566676869"
	"70717273747576777879"
	"80818283848586878889"
	"90919293949596979899";

static int mulByLog2Log10(int x) { return (x * 78913) >> 18; }
static int mulByLog10Log2(int x) { return (x * 108853) >> 15; }

static void ryuDigits32(ryudec *d, uint32_t lower, uint32_t central, uint32_t upper,
                        bool c0, bool cup, int endindex)
{
	if (upper == 0) {
		d->dp = endindex + 1;
		return;
	}
	int trimmed = 0;
	int cNextDigit = 0;
	while (upper > 0) {
		uint32_t l = (lower + 9) / 10;
		uint32_t c = central / 10, cdigit = central % 10;
		uint32_t u = upper / 10;
		if (l > u)
			break;
		if (l == c + 1 && c < u) {
			c++;
			cdigit = 0;
			cup = false;
		}
		trimmed++;
		c0 = c0 && cNextDigit == 0;
		cNextDigit = (int)cdigit;
		lower = l;
		central = c;
		upper = u;
	}
	if (trimmed > 0)
		cup = cNextDigit > 5 || (cNextDigit == 5 && !c0) || (cNextDigit == 5 && c0 && (central & 1) == 1);
	if (central < upper && cup)
		central++;
	endindex -= trimmed;
	uint32_t v = central;
	int n = endindex;
	while (n > d->nd) {
		uint32_t v1 = v / 100, v2 = v % 100;
		d->d[n] = smallsString[2 * v2 + 1];
		d->d[n - 1] = smallsString[2 * v2 + 0];
		n -= 2;
		v = v1;
	}
	if (n == d->nd)
		d->d[n] = (char)(v + '0');
	d->nd = endindex + 1;
	d->dp = d->nd + trimmed;
}

static void ryuDigits(ryudec *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0, bool cup)
{
	uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
	uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
	uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
	if (uhi == 0) {
		ryuDigits32(d, llo, clo, ulo, c0, cup, 8);
	} else if (lhi < uhi) {
		if (llo != 0)
			lhi++;
		c0 = c0 && clo == 0;
		cup = (clo > 500000000) || (clo == 500000000 && cup);
		ryuDigits32(d, lhi, chi, uhi, c0, cup, 8);
		d->dp += 9;
	} else {
		d->nd = 0;
		int n = 9;
		for (uint32_t v = chi; v > 0;) {
			uint32_t v1 = v / 10, v2 = v % 10;
			v = v1;
			n--;
			d->d[n] = (char)(v2 + '0');
		}
		d->d += n;
		d->nd = 9 - n;
		ryuDigits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
	}
	while (d->nd > 0 && d->d[d->nd - 1] == '0')
		d->nd--;
	while (d->nd > 0 && d->d[0] == '0') {
		d->nd--;
		d->dp--;
		d->d++;
	}
}

static uint32_t mult64bitPow10(uint32_t m, int *e2, int q, bool *exact)
{
	if (q == 0) {
		*e2 -= 6;
		*exact = true;
		return m << 6;
	}
	uint64_t pow = pow10_128[q - POW10_MIN_EXP10][1];
	if (q < 0)
		pow += 1;
	__uint128_t r = (__uint128_t)m * pow;
	uint64_t hi = (uint64_t)(r >> 64), lo = (uint64_t)r;
	*e2 += mulByLog10Log2(q) - 63 + 57;
	*exact = (lo << 7) == 0;
	return (uint32_t)(hi << 7 | lo >> 57);
}

static uint64_t mult128bitPow10(uint64_t m, int *e2, int q, bool *exact)
{
	if (q == 0) {
		*e2 -= 8;
		*exact = true;
		return m << 8;
	}
	uint64_t pow0 = pow10_128[q - POW10_MIN_EXP10][0], pow1 = pow10_128[q - POW10_MIN_EXP10][1];
	if (q < 0)
		pow0 += 1;
	*e2 += mulByLog10Log2(q) - 127 + 119;
	__uint128_t l = (__uint128_t)m * pow0, h = (__uint128_t)m * pow1;
	uint64_t l1 = (uint64_t)(l >> 64), l0 = (uint64_t)l;
	uint64_t h1 = (uint64_t)(h >> 64), h0 = (uint64_t)h;
	uint64_t mid = l1 + h0;
	h1 += mid < l1;
	*exact = (mid << 9) == 0 && l0 == 0;
	return h1 << 9 | mid >> 55;
}

static bool divisibleByPower5(uint64_t m, int k)
{
	if (m == 0)
		return true;
	for (int i = 0; i < k; i++) {
		if (m % 5 != 0)
			return false;
		m /= 5;
	}
	return true;
}

/* mant with its implicit bit, exp: the binary exponent of mant's units. */
static void ryuFtoaShortest(ryudec *d, uint64_t mant, int exp, bool is32)
{
	int mantbits = is32 ? 23 : 52, bias = is32 ? -127 : -1023;
	d->d = d->buf;
	d->nd = 0;
	d->dp = 0;
	if (mant == 0)
		return;
	if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
		mant >>= (unsigned)-exp;
		ryuDigits(d, mant, mant, mant, true, false);
		return;
	}
	uint64_t ml, mc, mu;
	int e2;
	if (mant != (uint64_t)1 << mantbits || exp == bias + 1 - mantbits) {
		ml = 2 * mant - 1, mc = 2 * mant, mu = 2 * mant + 1;
		e2 = exp - 1;
	} else {
		ml = 4 * mant - 1, mc = 4 * mant, mu = 4 * mant + 2;
		e2 = exp - 2;
	}
	if (e2 == 0) {
		ryuDigits(d, ml, mc, mu, true, false);
		return;
	}
	int q = mulByLog2Log10(-e2) + 1;
	uint64_t dl, dc, du;
	bool dl0, dc0, du0;
	int e2l = e2, e2c = e2;
	if (is32) {
		dl = mult64bitPow10((uint32_t)ml, &e2l, q, &dl0);
		dc = mult64bitPow10((uint32_t)mc, &e2c, q, &dc0);
		du = mult64bitPow10((uint32_t)mu, &e2, q, &du0);
	} else {
		dl = mult128bitPow10(ml, &e2l, q, &dl0);
		dc = mult128bitPow10(mc, &e2c, q, &dc0);
		du = mult128bitPow10(mu, &e2, q, &du0);
	}
	if (q > 55)
		dl0 = dc0 = du0 = false;
	if (q < 0 && q >= -24) {
		if (divisibleByPower5(ml, -q))
			dl0 = true;
		if (divisibleByPower5(mc, -q))
			dc0 = true;
		if (divisibleByPower5(mu, -q))
			du0 = true;
	}
	unsigned extra = (unsigned)-e2;
	uint64_t extraMask = ((uint64_t)1 << extra) - 1;
	uint64_t fracl = dl & extraMask, fracc = dc & extraMask, fracu = du & extraMask;
	dl >>= extra;
	dc >>= extra;
	du >>= extra;
	bool uok = !du0 || fracu > 0;
	if (du0 && fracu == 0)
		uok = (mant & 1) == 0;
	if (!uok)
		du--;
	bool cup;
	if (dc0)
		cup = fracc > (uint64_t)1 << (extra - 1) || (fracc == (uint64_t)1 << (extra - 1) && (dc & 1) == 1);
	else
		cup = fracc >> (extra - 1) == 1;
	bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
	if (!lok)
		dl++;
	bool c0 = dc0 && fracc == 0;
	ryuDigits(d, dl, dc, du, c0, cup);
	d->dp -= q;
}

/* n significant digits, correctly rounded (v > 0, finite). */
static void fixed_e(double v, int n, decimal *d)
{
	char small[400];
	parse_e(fmtdouble(small, sizeof small, "%.*e", n - 1, v), d);
}

/* prec digits after the point, correctly rounded (v > 0, finite). */
static void fixed_f(double v, int prec, decimal *d)
{
	char small[400];
	parse_f(fmtdouble(small, sizeof small, "%.*f", prec, v), d);
}

static int imin(int a, int b) { return a < b ? a : b; }
static int imax(int a, int b) { return a > b ? a : b; }

static void fmtE_digits(buffer *b, bool neg, const decimal *d, int prec, char fmt)
{
	if (neg)
		buf_byte(b, '-');
	buf_byte(b, (uint8_t)(d->nd != 0 ? d->d[0] : '0'));
	if (prec > 0) {
		buf_byte(b, '.');
		int i = 1;
		int m = imin(d->nd, prec + 1);
		if (i < m) {
			buf_write(b, d->d + i, (size_t)(m - i));
			i = m;
		}
		for (; i <= prec; i++)
			buf_byte(b, '0');
	}
	buf_byte(b, (uint8_t)fmt);
	int exp = d->dp - 1;
	if (d->nd == 0)
		exp = 0;
	if (exp < 0) {
		buf_byte(b, '-');
		exp = -exp;
	} else {
		buf_byte(b, '+');
	}
	if (exp < 10) {
		buf_byte(b, '0');
		buf_byte(b, (uint8_t)(exp + '0'));
	} else if (exp < 100) {
		buf_byte(b, (uint8_t)(exp / 10 + '0'));
		buf_byte(b, (uint8_t)(exp % 10 + '0'));
	} else {
		buf_byte(b, (uint8_t)(exp / 100 + '0'));
		buf_byte(b, (uint8_t)(exp / 10 % 10 + '0'));
		buf_byte(b, (uint8_t)(exp % 10 + '0'));
	}
}

static void fmtF_digits(buffer *b, bool neg, const decimal *d, int prec)
{
	if (neg)
		buf_byte(b, '-');
	if (d->dp > 0) {
		int m = imin(d->nd, d->dp);
		buf_write(b, d->d, (size_t)m);
		for (; m < d->dp; m++)
			buf_byte(b, '0');
	} else {
		buf_byte(b, '0');
	}
	if (prec > 0) {
		buf_byte(b, '.');
		for (int i = 0; i < prec; i++) {
			int j = d->dp + i;
			buf_byte(b, (uint8_t)(0 <= j && j < d->nd ? d->d[j] : '0'));
		}
	}
}

static void fmtB_float(buffer *b, bool neg, uint64_t mant, int exp, int mantbits)
{
	char t[64];
	if (neg)
		buf_byte(b, '-');
	snprintf(t, sizeof t, "%llup", (unsigned long long)mant);
	buf_str(b, t);
	exp -= mantbits;
	snprintf(t, sizeof t, exp >= 0 ? "+%d" : "%d", exp);
	buf_str(b, t);
}

static void fmtX_float(buffer *b, int prec, char fmt, bool neg, uint64_t mant, int exp, int mantbits)
{
	if (mant == 0)
		exp = 0;
	mant <<= 60 - mantbits;
	while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
		mant <<= 1;
		exp--;
	}
	if (prec >= 0 && prec < 15) {
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > ((uint64_t)1 << 59))
			mant++;
		mant <<= 60 - shift;
		if (mant & ((uint64_t)1 << 61)) {
			mant >>= 1;
			exp++;
		}
	}
	const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	if (neg)
		buf_byte(b, '-');
	buf_byte(b, '0');
	buf_byte(b, (uint8_t)fmt);
	buf_byte(b, (uint8_t)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if (prec < 0 && mant != 0) {
		buf_byte(b, '.');
		while (mant != 0) {
			buf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
			mant <<= 4;
		}
	} else if (prec > 0) {
		buf_byte(b, '.');
		for (int i = 0; i < prec; i++) {
			buf_byte(b, (uint8_t)hex[(mant >> 60) & 15]);
			mant <<= 4;
		}
	}
	buf_byte(b, fmt == 'X' ? 'P' : 'p');
	if (exp < 0) {
		buf_byte(b, '-');
		exp = -exp;
	} else {
		buf_byte(b, '+');
	}
	char t[16];
	snprintf(t, sizeof t, "%02d", exp);
	buf_str(b, t);
}

/* strconv.AppendFloat(dst, v, fmt, prec, bitsize). */
static void appendFloat(buffer *b, double v, char fmt, int prec, int bitsize)
{
	uint64_t bits;
	int expbits, mantbits, bias;
	if (bitsize == 32) {
		float f = (float)v;
		uint32_t b32;
		memcpy(&b32, &f, 4);
		bits = b32;
		expbits = 8;
		mantbits = 23;
		bias = -127;
	} else {
		memcpy(&bits, &v, 8);
		expbits = 11;
		mantbits = 52;
		bias = -1023;
	}
	bool neg = (bits >> (expbits + mantbits)) != 0;
	int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
	uint64_t mant = bits & (((uint64_t)1 << mantbits) - 1);
	if (exp == (1 << expbits) - 1) {
		buf_str(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
		return;
	}
	if (exp == 0)
		exp++;
	else
		mant |= (uint64_t)1 << mantbits;
	exp += bias;
	if (fmt == 'b') {
		fmtB_float(b, neg, mant, exp, mantbits);
		return;
	}
	if (fmt == 'x' || fmt == 'X') {
		fmtX_float(b, prec, fmt, neg, mant, exp, mantbits);
		return;
	}
	double a = fabs(v);
	decimal dd, *d = &dd;
	bool isshortest = prec < 0;
	if (isshortest) {
		ryudec r;
		ryuFtoaShortest(&r, mant, exp - mantbits, bitsize == 32);
		dec_reserve(d, (size_t)r.nd + 1);
		memcpy(d->d, r.d, (size_t)r.nd);
		d->nd = r.nd;
		d->dp = r.dp;
		switch (fmt) {
		case 'e': case 'E': prec = imax(d->nd - 1, 0); break;
		case 'f': prec = imax(d->nd - d->dp, 0); break;
		case 'g': case 'G': prec = d->nd; break;
		}
	} else if (fmt == 'f') {
		if (a == 0) {
			d->nd = 0;
			d->dp = 0;
		} else {
			fixed_f(a, prec, d);
		}
	} else {
		int digits = prec;
		switch (fmt) {
		case 'e': case 'E':
			digits++;
			break;
		case 'g': case 'G':
			if (prec == 0)
				prec = 1;
			digits = prec;
			break;
		default:
			digits = 1;
		}
		if (a == 0) {
			d->nd = 0;
			d->dp = 0;
		} else {
			fixed_e(a, digits, d);
		}
	}
	switch (fmt) {
	case 'e': case 'E':
		fmtE_digits(b, neg, d, prec, fmt);
		return;
	case 'f':
		fmtF_digits(b, neg, d, prec);
		return;
	case 'g': case 'G': {
		int eprec = prec;
		if (eprec > d->nd && d->nd >= d->dp)
			eprec = d->nd;
		if (isshortest)
			eprec = 6;
		int exp10 = d->dp - 1;
		if (exp10 < -4 || exp10 >= eprec) {
			if (prec > d->nd)
				prec = d->nd;
			fmtE_digits(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
			return;
		}
		if (prec > d->dp)
			prec = d->nd;
		fmtF_digits(b, neg, d, imax(prec - d->dp, 0));
		return;
	}
	}
	buf_byte(b, '%');
	buf_byte(b, (uint8_t)fmt);
}

/* strconv.FormatFloat(v, fmt, prec, bitsize), for a C part of strconv
 * (declared in no header yet; bind it as strconv's formatFloat if wanted).
 * Defined after the entry points below, which own the stack switch. */
go_string fmt_formatfloat(double v, go_byte fmt, go_int prec, go_int bitsize);

/* format.go's fmtFloat. */
static void fmtFloatF(pp *p, double v, int size, go_rune verb, int prec)
{
	if (p->f.precPresent)
		prec = p->prec;
	buffer nb;
	scratch_init(&nb);
	buf_byte(&nb, '+');
	appendFloat(&nb, v, (char)verb, prec, size);
	uint8_t *num = nb.p;
	size_t n = nb.len;
	if (num[1] == '-' || num[1] == '+') {
		num++;
		n--;
	} else {
		num[0] = '+';
	}
	if (p->f.space && num[0] == '+' && !p->f.plus)
		num[0] = ' ';
	if (num[1] == 'I' || num[1] == 'N') {
		bool oldZero = p->f.zero;
		p->f.zero = false;
		if (num[1] == 'N' && !p->f.space && !p->f.plus) {
			num++;
			n--;
		}
		pad(p, num, n);
		p->f.zero = oldZero;
		return;
	}
	if (p->f.sharp && verb != 'b') {
		int digits = 0;
		switch (verb) {
		case 'v': case 'g': case 'G': case 'x':
			digits = prec;
			if (digits == -1)
				digits = 6;
		}
		char tail[16];
		size_t ntail = 0;
		bool hasDecimalPoint = false, sawNonzeroDigit = false;
		for (size_t i = 1; i < n; i++) {
			switch (num[i]) {
			case '.':
				hasDecimalPoint = true;
				break;
			case 'p': case 'P':
				ntail = n - i;
				memcpy(tail, num + i, ntail);
				n = i;
				break;
			case 'e': case 'E':
				if (verb != 'x' && verb != 'X') {
					ntail = n - i;
					memcpy(tail, num + i, ntail);
					n = i;
					break;
				}
				/* fallthrough */
			default:
				if (num[i] != '0')
					sawNonzeroDigit = true;
				if (sawNonzeroDigit)
					digits--;
			}
		}
		/* num lives in nb; rebuild there with the additions. */
		buffer ob;
		scratch_init(&ob);
		buf_write(&ob, num, n);
		if (!hasDecimalPoint) {
			if (n == 2 && num[1] == '0')
				digits--;
			buf_byte(&ob, '.');
		}
		while (digits > 0) {
			buf_byte(&ob, '0');
			digits--;
		}
		buf_write(&ob, tail, ntail);
		if (ob.p == ob.small) {
			/* keep it alive past this scope */
			uint8_t *c = rt_alloc_noscan(ob.len);
			memcpy(c, ob.p, ob.len);
			num = c;
		} else {
			num = ob.p;
		}
		n = ob.len;
	}
	if (p->f.plus || num[0] != '+') {
		if (p->f.zero && p->f.widPresent && p->wid > (int)n) {
			buf_byte(&p->buf, num[0]);
			writePadding(p, p->wid - (go_int)n);
			buf_write(&p->buf, num + 1, n - 1);
			return;
		}
		pad(p, num, n);
		return;
	}
	pad(p, num + 1, n - 1);
}

/* ---------------------------------------------------------------------
 * print.go: the pp methods.
 * --------------------------------------------------------------------- */

/* The value an interface holds.  For a direct type the value is the data
 * word itself, which lives in the eface: it is copied to a cell of its
 * own, since the eface here is a copy that dies with this call. */
static value value_of(go_eface e)
{
	if (e.type == NULL)
		return (value){NULL, NULL, true};
	if (e.type->flags & RT_DIRECTIFACE) {
		void **cell = rt_alloc(sizeof(void *));
		*cell = e.data;
		return (value){e.type, cell, true};
	}
	return (value){e.type, e.data, true};
}

static go_eface interface_of(value v)
{
	return rt_box(v.t, v.p);
}

static void badVerb(pp *p, go_rune verb)
{
	p->erroring = true;
	buf_str(&p->buf, "%!");
	buf_rune(&p->buf, verb);
	buf_byte(&p->buf, '(');
	if (p->argset) {
		buf_str(&p->buf, p->arg.type->string);
		buf_byte(&p->buf, '=');
		printArg(p, p->arg, 'v');
	} else if (p->val.t != NULL) {
		buf_str(&p->buf, p->val.t->string);
		buf_byte(&p->buf, '=');
		printValue(p, p->val, 'v', 0);
	} else {
		buf_str(&p->buf, "<nil>");
	}
	buf_byte(&p->buf, ')');
	p->erroring = false;
}

static void fmtBool(pp *p, bool v, go_rune verb)
{
	switch (verb) {
	case 't': case 'v':
		fmtBoolean(p, v);
		break;
	default:
		badVerb(p, verb);
	}
}

static void fmt0x64(pp *p, uint64_t v, bool leading0x)
{
	bool sharp = p->f.sharp;
	p->f.sharp = leading0x;
	fmtInteger(p, v, 16, false, 'v', ldigits);
	p->f.sharp = sharp;
}

static void fmtIntegerV(pp *p, uint64_t v, bool isSigned, go_rune verb)
{
	switch (verb) {
	case 'v':
		if (p->f.sharpV && !isSigned)
			fmt0x64(p, v, true);
		else
			fmtInteger(p, v, 10, isSigned, verb, ldigits);
		break;
	case 'd': fmtInteger(p, v, 10, isSigned, verb, ldigits); break;
	case 'b': fmtInteger(p, v, 2, isSigned, verb, ldigits); break;
	case 'o': case 'O': fmtInteger(p, v, 8, isSigned, verb, ldigits); break;
	case 'x': fmtInteger(p, v, 16, isSigned, verb, ldigits); break;
	case 'X': fmtInteger(p, v, 16, isSigned, verb, udigits); break;
	case 'c': fmtC(p, v); break;
	case 'q': fmtQc(p, v); break;
	case 'U': fmtUnicode(p, v); break;
	default: badVerb(p, verb);
	}
}

static void fmtFloatV(pp *p, double v, int size, go_rune verb)
{
	switch (verb) {
	case 'v': fmtFloatF(p, v, size, 'g', -1); break;
	case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatF(p, v, size, verb, -1); break;
	case 'f': case 'e': case 'E': fmtFloatF(p, v, size, verb, 6); break;
	case 'F': fmtFloatF(p, v, size, 'f', 6); break;
	default: badVerb(p, verb);
	}
}

static void fmtString(pp *p, go_string v, go_rune verb)
{
	switch (verb) {
	case 'v':
		if (p->f.sharpV)
			fmtQ(p, v);
		else
			fmtS(p, v);
		break;
	case 's': fmtS(p, v); break;
	case 'x': fmtSbx(p, v, ldigits); break;
	case 'X': fmtSbx(p, v, udigits); break;
	case 'q': fmtQ(p, v); break;
	default: badVerb(p, verb);
	}
}

/* v: a []byte (or byte array, as bytes); t: its type for %#v. */
static void fmtBytes(pp *p, go_string v, bool isnil, go_rune verb, const char *typeString, value orig)
{
	switch (verb) {
	case 'v': case 'd':
		if (p->f.sharpV) {
			buf_str(&p->buf, typeString);
			if (isnil) {
				buf_str(&p->buf, "(nil)");
				return;
			}
			buf_byte(&p->buf, '{');
			for (go_int i = 0; i < v.len; i++) {
				if (i > 0)
					buf_str(&p->buf, ", ");
				fmt0x64(p, v.ptr[i], true);
			}
			buf_byte(&p->buf, '}');
		} else {
			buf_byte(&p->buf, '[');
			for (go_int i = 0; i < v.len; i++) {
				if (i > 0)
					buf_byte(&p->buf, ' ');
				fmtInteger(p, v.ptr[i], 10, false, verb, ldigits);
			}
			buf_byte(&p->buf, ']');
		}
		break;
	case 's': {
		/* fmtBs: truncate by runes, then pad */
		padString(p, truncateString(p, v));
		break;
	}
	case 'x': fmtSbx(p, v, ldigits); break;
	case 'X': fmtSbx(p, v, udigits); break;
	case 'q': fmtQ(p, v); break;
	default:
		printValue(p, orig, verb, 0);
	}
}

static uintptr_t pointer_of(value v)
{
	switch (v.t->kind) {
	case RT_SLICE:
		return (uintptr_t)((const go_slice *)v.p)->ptr;
	default:
		return *(const uintptr_t *)v.p;
	}
}

static void fmtPointer(pp *p, value v, go_rune verb)
{
	uintptr_t u;
	switch (v.t->kind) {
	case RT_CHAN: case RT_FUNC: case RT_MAP: case RT_POINTER: case RT_SLICE: case RT_UNSAFEPOINTER:
		u = pointer_of(v);
		break;
	default:
		badVerb(p, verb);
		return;
	}
	switch (verb) {
	case 'v':
		if (p->f.sharpV) {
			buf_byte(&p->buf, '(');
			buf_str(&p->buf, v.t->string);
			buf_str(&p->buf, ")(");
			if (u == 0)
				buf_str(&p->buf, "nil");
			else
				fmt0x64(p, u, true);
			buf_byte(&p->buf, ')');
		} else {
			if (u == 0)
				padCStr(p, "<nil>");
			else
				fmt0x64(p, u, !p->f.sharp);
		}
		break;
	case 'p':
		fmt0x64(p, u, !p->f.sharp);
		break;
	case 'b': case 'o': case 'd': case 'x': case 'X':
		fmtIntegerV(p, u, false, verb);
		break;
	default:
		badVerb(p, verb);
	}
}

/* Calls a func() string method on an interface data word, catching a
 * panic (Go's catchPanic).  Returns true with *out on success; false with
 * *rec the recovered value if the method panicked. */
typedef struct method_call {
	const rt_method *m;
	void *data;
	go_string out;
	go_eface rec;
	bool panicked;
} method_call;

static void method_recover(void *arg)
{
	method_call *c = arg;
	go_eface r = rt_recover((const void *)method_recover);
	if (r.type != NULL) {
		c->rec = r;
		c->panicked = true;
	}
}

static bool call_method(method_call *c)
{
	rt_frame fr;
	c->panicked = false;
	rt_frame_enter(&fr);
	rt_defer_push(&fr, method_recover, c, (const void *)method_recover);
	if (rt_setjmp(&fr.jb) == 0)
		c->out = ((go_string(*)(void *))c->m->ifn)(c->data);
	rt_frame_leave(&fr);
	return !c->panicked;
}

static void catchPanic(pp *p, go_eface arg, go_rune verb, const char *method, go_eface err)
{
	if (arg.type && arg.type->kind == RT_POINTER && arg.data == NULL) {
		buf_str(&p->buf, "<nil>");
		return;
	}
	if (p->panicking)
		rt_panic(err);
	flags old = p->f;
	clearflags(p);
	buf_str(&p->buf, "%!");
	buf_rune(&p->buf, verb);
	buf_str(&p->buf, "(PANIC=");
	buf_str(&p->buf, method);
	buf_str(&p->buf, " method: ");
	p->panicking = true;
	printArg(p, err, 'v');
	p->panicking = false;
	buf_byte(&p->buf, ')');
	p->f = old;
}

static bool handle_string_method(pp *p, const rt_method *m, go_rune verb, const char *name, bool gostring)
{
	method_call c = {.m = m, .data = p->arg.data};
	go_eface arg = p->arg;
	if (call_method(&c)) {
		if (gostring)
			fmtS(p, c.out);
		else
			fmtString(p, c.out, verb);
	} else {
		catchPanic(p, arg, verb, name, c.rec);
	}
	return true;
}

static bool handleMethods(pp *p, go_rune verb)
{
	if (p->erroring)
		return false;
	const rt_type *t = p->arg.type;
	if (verb == 'w') {
		const rt_method *e = rt_findmethod(t, "Error", &rt_T_func_string);
		if (e == NULL || !p->wrapErrs || p->wrapped >= 0) {
			p->wrapped = -1;
			p->wrapErrs = false;
			badVerb(p, verb);
			return true;
		}
		p->wrapped = p->curarg;
		verb = 'v';
	}
	if (t == NULL || t->nmethods == 0)
		return false;
	if (p->f.sharpV) {
		const rt_method *m = rt_findmethod(t, "GoString", &rt_T_func_string);
		if (m != NULL)
			return handle_string_method(p, m, verb, "GoString", true);
		return false;
	}
	switch (verb) {
	case 'v': case 's': case 'x': case 'X': case 'q': {
		const rt_method *m = rt_findmethod(t, "Error", &rt_T_func_string);
		if (m != NULL)
			return handle_string_method(p, m, verb, "Error", false);
		m = rt_findmethod(t, "String", &rt_T_func_string);
		if (m != NULL)
			return handle_string_method(p, m, verb, "String", false);
	}
	}
	return false;
}

static bool is_bytes_type(const rt_type *t)
{
	return t->kind == RT_SLICE && !(t->flags & RT_NAMED) && t->elem == &rt_T_uint8;
}

static void printArg(pp *p, go_eface arg, go_rune verb)
{
	p->arg = arg;
	p->argset = arg.type != NULL;
	p->val = (value){NULL, NULL, false};
	if (arg.type == NULL) {
		switch (verb) {
		case 'T': case 'v':
			padCStr(p, "<nil>");
			break;
		default:
			badVerb(p, verb);
		}
		return;
	}
	const rt_type *t = arg.type;
	switch (verb) {
	case 'T':
		fmtS(p, rt_gostring(t->string));
		return;
	case 'p':
		fmtPointer(p, value_of(arg), 'p');
		return;
	}
	const void *v = rt_efacevalue(&arg);
	if (t == &rt_T_bool) fmtBool(p, *(const bool *)v, verb);
	else if (t == &rt_T_float32) fmtFloatV(p, *(const float *)v, 32, verb);
	else if (t == &rt_T_float64) fmtFloatV(p, *(const double *)v, 64, verb);
	else if (t == &rt_T_int || t == &rt_T_int64) fmtIntegerV(p, (uint64_t)*(const int64_t *)v, true, verb);
	else if (t == &rt_T_int8) fmtIntegerV(p, (uint64_t)(int64_t)*(const int8_t *)v, true, verb);
	else if (t == &rt_T_int16) fmtIntegerV(p, (uint64_t)(int64_t)*(const int16_t *)v, true, verb);
	else if (t == &rt_T_int32) fmtIntegerV(p, (uint64_t)(int64_t)*(const int32_t *)v, true, verb);
	else if (t == &rt_T_uint || t == &rt_T_uint64 || t == &rt_T_uintptr) fmtIntegerV(p, *(const uint64_t *)v, false, verb);
	else if (t == &rt_T_uint8) fmtIntegerV(p, *(const uint8_t *)v, false, verb);
	else if (t == &rt_T_uint16) fmtIntegerV(p, *(const uint16_t *)v, false, verb);
	else if (t == &rt_T_uint32) fmtIntegerV(p, *(const uint32_t *)v, false, verb);
	else if (t == &rt_T_string) fmtString(p, *(const go_string *)v, verb);
	else if (is_bytes_type(t)) {
		const go_slice *s = v;
		fmtBytes(p, (go_string){s->ptr, s->len}, s->ptr == NULL, verb, "[]byte", value_of(arg));
	} else if (!handleMethods(p, verb)) {
		printValue(p, value_of(arg), verb, 0);
	}
}

/* ---------------------------------------------------------------------
 * Sorting map keys (internal/fmtsort).
 * --------------------------------------------------------------------- */

static bool is_nan(double f) { return f != f; }

static int cmp_value(value a, value b);

static int nilable(bool anil, bool bnil, bool *ok)
{
	*ok = true;
	if (anil)
		return bnil ? 0 : -1;
	if (bnil)
		return 1;
	*ok = false;
	return 0;
}

static int64_t int_of(value v)
{
	switch (v.t->kind) {
	case RT_INT8: return *(const int8_t *)v.p;
	case RT_INT16: return *(const int16_t *)v.p;
	case RT_INT32: return *(const int32_t *)v.p;
	default: return *(const int64_t *)v.p;
	}
}

static uint64_t uint_of(value v)
{
	switch (v.t->kind) {
	case RT_UINT8: return *(const uint8_t *)v.p;
	case RT_UINT16: return *(const uint16_t *)v.p;
	case RT_UINT32: return *(const uint32_t *)v.p;
	default: return *(const uint64_t *)v.p;
	}
}

/* The element of an interface value (t NULL if nil). */
static value iface_elem(value v)
{
	go_eface e;
	if (v.t->nimethods == 0)
		e = *(const go_eface *)v.p;
	else
		e = rt_iface2eface(*(const go_iface *)v.p);
	value r = value_of(e);
	r.canif = v.canif;
	return r;
}

static int cmp_value(value a, value b)
{
	if (a.t != b.t)
		return -1;
	switch (a.t->kind) {
	case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64: {
		int64_t x = int_of(a), y = int_of(b);
		return x < y ? -1 : x > y;
	}
	case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR: {
		uint64_t x = uint_of(a), y = uint_of(b);
		return x < y ? -1 : x > y;
	}
	case RT_STRING:
		return rt_strcmp(*(const go_string *)a.p, *(const go_string *)b.p);
	case RT_FLOAT32: case RT_FLOAT64: {
		double x = a.t->kind == RT_FLOAT32 ? *(const float *)a.p : *(const double *)a.p;
		double y = b.t->kind == RT_FLOAT32 ? *(const float *)b.p : *(const double *)b.p;
		if (is_nan(x))
			return -1;
		if (is_nan(y))
			return 1;
		return x < y ? -1 : x > y;
	}
	case RT_BOOL: {
		bool x = *(const bool *)a.p, y = *(const bool *)b.p;
		return x == y ? 0 : x ? 1 : -1;
	}
	case RT_POINTER: case RT_UNSAFEPOINTER: case RT_CHAN: {
		uintptr_t x = *(const uintptr_t *)a.p, y = *(const uintptr_t *)b.p;
		return x < y ? -1 : x > y;
	}
	case RT_STRUCT:
		for (intptr_t i = 0; i < a.t->nfields; i++) {
			const rt_field *f = &a.t->fields[i];
			value x = {f->type, (const char *)a.p + f->offset, true};
			value y = {f->type, (const char *)b.p + f->offset, true};
			int c = cmp_value(x, y);
			if (c != 0)
				return c;
		}
		return 0;
	case RT_ARRAY:
		for (intptr_t i = 0; i < a.t->len; i++) {
			size_t off = (size_t)i * a.t->elem->size;
			int c = cmp_value((value){a.t->elem, (const char *)a.p + off, true},
			                  (value){a.t->elem, (const char *)b.p + off, true});
			if (c != 0)
				return c;
		}
		return 0;
	case RT_INTERFACE: {
		value x = iface_elem(a), y = iface_elem(b);
		bool ok;
		int c = nilable(x.t == NULL, y.t == NULL, &ok);
		if (ok)
			return c;
		uintptr_t tx = (uintptr_t)x.t, ty = (uintptr_t)y.t;
		if (tx != ty)
			return tx < ty ? -1 : 1;
		return cmp_value(x, y);
	}
	default:
		return 0;
	}
}

typedef struct kv {
	value k, v;
} kv;

/* Go's sort.Stable: insertion sort of blocks of 20, then symMerge. */
static bool kv_less(kv *a, int i, int j)
{
	return cmp_value(a[i].k, a[j].k) < 0;
}

static void kv_swap(kv *a, int i, int j)
{
	kv t = a[i];
	a[i] = a[j];
	a[j] = t;
}

static void insertionSort(kv *d, int a, int b)
{
	for (int i = a + 1; i < b; i++)
		for (int j = i; j > a && kv_less(d, j, j - 1); j--)
			kv_swap(d, j, j - 1);
}

static void swapRange(kv *d, int a, int b, int n)
{
	for (int i = 0; i < n; i++)
		kv_swap(d, a + i, b + i);
}

static void rotate(kv *d, int a, int m, int b)
{
	int i = m - a, j = b - m;
	while (i != j) {
		if (i > j) {
			swapRange(d, m - i, m, j);
			i -= j;
		} else {
			swapRange(d, m - i, m + j - i, i);
			j -= i;
		}
	}
	swapRange(d, m - i, m, i);
}

static void symMerge(kv *d, int a, int m, int b)
{
	if (m - a == 1) {
		int i = m, j = b;
		while (i < j) {
			int h = (int)((unsigned)(i + j) >> 1);
			if (kv_less(d, h, a))
				i = h + 1;
			else
				j = h;
		}
		for (int k = a; k < i - 1; k++)
			kv_swap(d, k, k + 1);
		return;
	}
	if (b - m == 1) {
		int i = a, j = m;
		while (i < j) {
			int h = (int)((unsigned)(i + j) >> 1);
			if (!kv_less(d, m, h))
				i = h + 1;
			else
				j = h;
		}
		for (int k = m; k > i; k--)
			kv_swap(d, k, k - 1);
		return;
	}
	int mid = (int)((unsigned)(a + b) >> 1);
	int n = mid + m, start, r;
	if (m > mid) {
		start = n - b;
		r = mid;
	} else {
		start = a;
		r = m;
	}
	int p = n - 1;
	while (start < r) {
		int c = (int)((unsigned)(start + r) >> 1);
		if (!kv_less(d, p - c, c))
			start = c + 1;
		else
			r = c;
	}
	int end = n - start;
	if (start < m && m < end)
		rotate(d, start, m, end);
	if (a < start && start < mid)
		symMerge(d, a, start, mid);
	if (mid < end && end < b)
		symMerge(d, mid, end, b);
}

static void stable(kv *d, int n)
{
	int blockSize = 20, a = 0, b = blockSize;
	while (b <= n) {
		insertionSort(d, a, b);
		a = b;
		b += blockSize;
	}
	insertionSort(d, a, n);
	while (blockSize < n) {
		a = 0;
		b = 2 * blockSize;
		while (b <= n) {
			symMerge(d, a, a + blockSize, b);
			a = b;
			b += 2 * blockSize;
		}
		int m = a + blockSize;
		if (m < n)
			symMerge(d, a, m, n);
		blockSize *= 2;
	}
}

/* ---------------------------------------------------------------------
 * printValue.
 * --------------------------------------------------------------------- */

static value getField(value v, intptr_t i)
{
	const rt_field *f = &v.t->fields[i];
	value r = {f->type, (const char *)v.p + f->offset, v.canif && f->exported};
	if (r.t->kind == RT_INTERFACE) {
		value e = iface_elem(r);
		if (e.t != NULL)
			return e;
	}
	return r;
}

static void printValue(pp *p, value v, go_rune verb, int depth)
{
	if (depth > 0 && v.t != NULL && v.canif && (v.t->nmethods > 0 || verb == 'w')) {
		p->arg = interface_of(v);
		p->argset = true;
		if (handleMethods(p, verb))
			return;
	}
	p->arg = nil_eface;
	p->argset = false;
	p->val = v;
	if (v.t == NULL) {
		if (depth == 0) {
			buf_str(&p->buf, "<invalid reflect.Value>");
		} else if (verb == 'v') {
			buf_str(&p->buf, "<nil>");
		} else {
			badVerb(p, verb);
		}
		return;
	}
	const rt_type *t = v.t;
	switch (t->kind) {
	case RT_BOOL:
		fmtBool(p, *(const bool *)v.p, verb);
		break;
	case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64:
		fmtIntegerV(p, (uint64_t)int_of(v), true, verb);
		break;
	case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR:
		fmtIntegerV(p, uint_of(v), false, verb);
		break;
	case RT_FLOAT32:
		fmtFloatV(p, *(const float *)v.p, 32, verb);
		break;
	case RT_FLOAT64:
		fmtFloatV(p, *(const double *)v.p, 64, verb);
		break;
	case RT_STRING:
		fmtString(p, *(const go_string *)v.p, verb);
		break;
	case RT_MAP: {
		rt_map *m = *(rt_map *const *)v.p;
		if (p->f.sharpV) {
			buf_str(&p->buf, t->string);
			if (m == NULL) {
				buf_str(&p->buf, "(nil)");
				return;
			}
			buf_byte(&p->buf, '{');
		} else {
			buf_str(&p->buf, "map[");
		}
		go_int n = rt_maplen(m);
		kv *items = n > 0 ? rt_alloc((size_t)n * sizeof(kv)) : NULL;
		go_int k = 0;
		rt_mapiter it;
		for (rt_mapiterinit(t, m, &it); it.key != NULL && k < n; rt_mapiternext(&it)) {
			items[k].k = (value){t->key, it.key, v.canif};
			items[k].v = (value){t->elem, it.val, v.canif};
			k++;
		}
		stable(items, (int)k);
		for (go_int i = 0; i < k; i++) {
			if (i > 0) {
				if (p->f.sharpV)
					buf_str(&p->buf, ", ");
				else
					buf_byte(&p->buf, ' ');
			}
			printValue(p, items[i].k, verb, depth + 1);
			buf_byte(&p->buf, ':');
			printValue(p, items[i].v, verb, depth + 1);
		}
		buf_byte(&p->buf, p->f.sharpV ? '}' : ']');
		break;
	}
	case RT_STRUCT:
		if (p->f.sharpV)
			buf_str(&p->buf, t->string);
		buf_byte(&p->buf, '{');
		for (intptr_t i = 0; i < t->nfields; i++) {
			if (i > 0) {
				if (p->f.sharpV)
					buf_str(&p->buf, ", ");
				else
					buf_byte(&p->buf, ' ');
			}
			if (p->f.plusV || p->f.sharpV) {
				buf_str(&p->buf, t->fields[i].name);
				buf_byte(&p->buf, ':');
			}
			printValue(p, getField(v, i), verb, depth + 1);
		}
		buf_byte(&p->buf, '}');
		break;
	case RT_INTERFACE: {
		value e = iface_elem(v);
		if (e.t == NULL) {
			if (p->f.sharpV) {
				buf_str(&p->buf, t->string);
				buf_str(&p->buf, "(nil)");
			} else {
				buf_str(&p->buf, "<nil>");
			}
		} else {
			printValue(p, e, verb, depth + 1);
		}
		break;
	}
	case RT_ARRAY: case RT_SLICE: {
		const uint8_t *base;
		go_int len;
		bool isnil = false;
		if (t->kind == RT_SLICE) {
			const go_slice *s = v.p;
			base = s->ptr;
			len = s->len;
			isnil = s->ptr == NULL;
		} else {
			base = v.p;
			len = t->len;
		}
		switch (verb) {
		case 's': case 'q': case 'x': case 'X':
			if (t->elem->kind == RT_UINT8) {
				fmtBytes(p, (go_string){base, len}, isnil, verb, t->string, v);
				return;
			}
		}
		size_t es = t->elem->size;
		if (p->f.sharpV) {
			buf_str(&p->buf, t->string);
			if (t->kind == RT_SLICE && isnil) {
				buf_str(&p->buf, "(nil)");
				return;
			}
			buf_byte(&p->buf, '{');
			for (go_int i = 0; i < len; i++) {
				if (i > 0)
					buf_str(&p->buf, ", ");
				printValue(p, (value){t->elem, base + (size_t)i * es, v.canif}, verb, depth + 1);
			}
			buf_byte(&p->buf, '}');
		} else {
			buf_byte(&p->buf, '[');
			for (go_int i = 0; i < len; i++) {
				if (i > 0)
					buf_byte(&p->buf, ' ');
				printValue(p, (value){t->elem, base + (size_t)i * es, v.canif}, verb, depth + 1);
			}
			buf_byte(&p->buf, ']');
		}
		break;
	}
	case RT_POINTER: {
		const void *q = *(void *const *)v.p;
		if (depth == 0 && q != NULL) {
			switch (t->elem->kind) {
			case RT_ARRAY: case RT_SLICE: case RT_STRUCT: case RT_MAP:
				buf_byte(&p->buf, '&');
				printValue(p, (value){t->elem, q, v.canif}, verb, depth + 1);
				return;
			}
		}
		fmtPointer(p, v, verb);
		break;
	}
	case RT_CHAN: case RT_FUNC: case RT_UNSAFEPOINTER:
		fmtPointer(p, v, verb);
		break;
	default:
		buf_byte(&p->buf, '?');
		buf_str(&p->buf, t->string);
		buf_byte(&p->buf, '?');
	}
}

/* ---------------------------------------------------------------------
 * doPrintf, doPrint, doPrintln.
 * --------------------------------------------------------------------- */

static bool tooLarge(go_int x)
{
	return x > 1000000 || x < -1000000;
}

static go_int parsenum(go_string s, go_int start, go_int end, bool *isnum, go_int *newi)
{
	go_int num = 0;
	*isnum = false;
	if (start >= end) {
		*newi = end;
		return 0;
	}
	go_int i;
	for (i = start; i < end && '0' <= s.ptr[i] && s.ptr[i] <= '9'; i++) {
		if (tooLarge(num)) {
			*isnum = false;
			*newi = end;
			return 0;
		}
		num = num * 10 + (s.ptr[i] - '0');
		*isnum = true;
	}
	*newi = i;
	return num;
}

static int intFromArg(const go_eface *a, go_int n, go_int *argNum, bool *isInt)
{
	go_int num = 0;
	*isInt = false;
	if (*argNum < n) {
		go_eface e = a[*argNum];
		if (e.type != NULL) {
			const void *v = rt_efacevalue(&e);
			value x = {e.type, v, true};
			switch (e.type->kind) {
			case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64:
				num = int_of(x);
				*isInt = true;
				break;
			case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR: {
				uint64_t u = uint_of(x);
				if ((int64_t)u >= 0) {
					num = (go_int)u;
					*isInt = true;
				}
				break;
			}
			}
		}
		(*argNum)++;
		if (tooLarge(num)) {
			num = 0;
			*isInt = false;
		}
	}
	return (int)num;
}

/* parseArgNumber on format[i:]. */
static go_int parseArgNumber(go_string format, go_int i, go_int *wid, bool *ok)
{
	go_int len = format.len - i;
	if (len < 3) {
		*wid = 1;
		*ok = false;
		return 0;
	}
	for (go_int j = 1; j < len; j++) {
		if (format.ptr[i + j] == ']') {
			bool isnum;
			go_int newi;
			go_int width = parsenum(format, i + 1, i + j, &isnum, &newi);
			if (!isnum || newi != i + j) {
				*wid = j + 1;
				*ok = false;
				return 0;
			}
			*wid = j + 1;
			*ok = true;
			return width - 1;
		}
	}
	*wid = 1;
	*ok = false;
	return 0;
}

static go_int argNumber(pp *p, go_int argNum, go_string format, go_int *i, go_int numArgs, bool *found)
{
	if (format.len <= *i || format.ptr[*i] != '[') {
		*found = false;
		return argNum;
	}
	p->reordered = true;
	go_int wid;
	bool ok;
	go_int index = parseArgNumber(format, *i, &wid, &ok);
	if (ok && 0 <= index && index < numArgs) {
		*i += wid;
		*found = true;
		return index;
	}
	p->goodArgNum = false;
	*i += wid;
	*found = ok;
	return argNum;
}

static void printArgN(pp *p, const go_eface *a, go_int k, go_rune verb)
{
	p->curarg = (int)k;
	printArg(p, a[k], verb);
}

static void doPrintf(pp *p, go_string format, go_slice args)
{
	const go_eface *a = args.ptr;
	go_int na = args.len;
	go_int end = format.len;
	go_int argNum = 0;
	bool afterIndex = false;
	p->reordered = false;
	go_int i = 0;
	while (i < end) {
		p->goodArgNum = true;
		go_int lasti = i;
		while (i < end && format.ptr[i] != '%')
			i++;
		if (i > lasti)
			buf_write(&p->buf, format.ptr + lasti, (size_t)(i - lasti));
		if (i >= end)
			break;
		i++;
		clearflags(p);
		bool simple_done = false;
		for (; i < end; i++) {
			uint8_t c = format.ptr[i];
			bool brk = false;
			switch (c) {
			case '#': p->f.sharp = true; break;
			case '0': p->f.zero = !p->f.minus; break;
			case '+': p->f.plus = true; break;
			case '-': p->f.minus = true; p->f.zero = false; break;
			case ' ': p->f.space = true; break;
			default:
				if ('a' <= c && c <= 'z' && argNum < na) {
					if (c == 'v') {
						p->f.sharpV = p->f.sharp;
						p->f.sharp = false;
						p->f.plusV = p->f.plus;
						p->f.plus = false;
					}
					printArgN(p, a, argNum, c);
					argNum++;
					i++;
					simple_done = true;
				}
				brk = true;
			}
			if (brk)
				break;
		}
		if (simple_done)
			continue;

		argNum = argNumber(p, argNum, format, &i, na, &afterIndex);

		if (i < end && format.ptr[i] == '*') {
			i++;
			bool ok;
			p->wid = intFromArg(a, na, &argNum, &ok);
			p->f.widPresent = ok;
			if (!ok)
				buf_str(&p->buf, "%!(BADWIDTH)");
			if (p->wid < 0) {
				p->wid = -p->wid;
				p->f.minus = true;
				p->f.zero = false;
			}
			afterIndex = false;
		} else {
			bool ok;
			p->wid = (int)parsenum(format, i, end, &ok, &i);
			p->f.widPresent = ok;
			if (afterIndex && p->f.widPresent)
				p->goodArgNum = false;
		}

		if (i + 1 < end && format.ptr[i] == '.') {
			i++;
			if (afterIndex)
				p->goodArgNum = false;
			argNum = argNumber(p, argNum, format, &i, na, &afterIndex);
			if (i < end && format.ptr[i] == '*') {
				i++;
				bool ok;
				p->prec = intFromArg(a, na, &argNum, &ok);
				p->f.precPresent = ok;
				if (p->prec < 0) {
					p->prec = 0;
					p->f.precPresent = false;
				}
				if (!p->f.precPresent)
					buf_str(&p->buf, "%!(BADPREC)");
				afterIndex = false;
			} else {
				bool ok;
				p->prec = (int)parsenum(format, i, end, &ok, &i);
				p->f.precPresent = ok;
				if (!ok) {
					p->prec = 0;
					p->f.precPresent = true;
				}
			}
		}

		if (!afterIndex)
			argNum = argNumber(p, argNum, format, &i, na, &afterIndex);

		if (i >= end) {
			buf_str(&p->buf, "%!(NOVERB)");
			break;
		}

		go_rune verb = format.ptr[i];
		go_int size = 1;
		if (verb >= 0x80)
			size = rt_decoderune(format, i, &verb) - i;
		i += size;

		if (verb == '%') {
			buf_byte(&p->buf, '%');
		} else if (!p->goodArgNum) {
			buf_str(&p->buf, "%!");
			buf_rune(&p->buf, verb);
			buf_str(&p->buf, "(BADINDEX)");
		} else if (argNum >= na) {
			buf_str(&p->buf, "%!");
			buf_rune(&p->buf, verb);
			buf_str(&p->buf, "(MISSING)");
		} else {
			if (verb == 'v') {
				p->f.sharpV = p->f.sharp;
				p->f.sharp = false;
				p->f.plusV = p->f.plus;
				p->f.plus = false;
			}
			printArgN(p, a, argNum, verb);
			argNum++;
		}
	}

	if (!p->reordered && argNum < na) {
		clearflags(p);
		buf_str(&p->buf, "%!(EXTRA ");
		for (go_int k = argNum; k < na; k++) {
			if (k > argNum)
				buf_str(&p->buf, ", ");
			if (a[k].type == NULL) {
				buf_str(&p->buf, "<nil>");
			} else {
				buf_str(&p->buf, a[k].type->string);
				buf_byte(&p->buf, '=');
				printArgN(p, a, k, 'v');
			}
		}
		buf_byte(&p->buf, ')');
	}
}

static void doPrint(pp *p, go_slice args)
{
	const go_eface *a = args.ptr;
	bool prevString = false;
	for (go_int k = 0; k < args.len; k++) {
		bool isString = a[k].type != NULL && a[k].type->kind == RT_STRING;
		if (k > 0 && !isString && !prevString)
			buf_byte(&p->buf, ' ');
		printArgN(p, a, k, 'v');
		prevString = isString;
	}
}

static void doPrintln(pp *p, go_slice args)
{
	const go_eface *a = args.ptr;
	for (go_int k = 0; k < args.len; k++) {
		if (k > 0)
			buf_byte(&p->buf, ' ');
		printArgN(p, a, k, 'v');
	}
	buf_byte(&p->buf, '\n');
}

/* ---------------------------------------------------------------------
 * Entry points.
 * --------------------------------------------------------------------- */

enum { OP_PRINT, OP_PRINTLN, OP_PRINTF, OP_PRINTFW, OP_WRAPINDEX, OP_FLOAT };

typedef struct call {
	int op;
	go_string format;
	go_slice a;
	go_string result;
	go_int index;
	double fv;        /* OP_FLOAT */
	int ffmt, fprec, fbits;
} call;

static void run(void *arg)
{
	call *c = arg;
	pp p;
	memset(&p, 0, sizeof p);
	scratch_init(&p.buf);
	p.wrapped = -1;
	switch (c->op) {
	case OP_FLOAT:
		appendFloat(&p.buf, c->fv, (char)c->ffmt, c->fprec, c->fbits);
		break;
	case OP_PRINT:
		doPrint(&p, c->a);
		break;
	case OP_PRINTLN:
		doPrintln(&p, c->a);
		break;
	default:
		p.wrapErrs = c->op != OP_PRINTF;
		doPrintf(&p, c->format, c->a);
		break;
	}
	c->result = rt_gostringn(p.buf.p, (go_int)p.buf.len);
	c->index = p.wrapped;
}

static void enter(call *c)
{
	if (rt_stack_room() < FMT_STACK)
		rt_morestack(run, c, FMT_STACK);
	else
		run(c);
}

go_string fmt_sprint(go_slice a)
{
	call c = {.op = OP_PRINT, .a = a};
	enter(&c);
	return c.result;
}

go_string fmt_sprintln(go_slice a)
{
	call c = {.op = OP_PRINTLN, .a = a};
	enter(&c);
	return c.result;
}

go_string fmt_sprintf(go_string format, go_slice a)
{
	call c = {.op = OP_PRINTF, .format = format, .a = a};
	enter(&c);
	return c.result;
}

go_string fmt_sprintfw(go_string format, go_slice a)
{
	call c = {.op = OP_PRINTFW, .format = format, .a = a};
	enter(&c);
	return c.result;
}

go_int fmt_wrapindex(go_string format, go_slice a)
{
	call c = {.op = OP_WRAPINDEX, .format = format, .a = a};
	enter(&c);
	return c.index;
}

go_string fmt_formatfloat(double v, go_byte fmt, go_int prec, go_int bitsize)
{
	call c = {.op = OP_FLOAT, .fv = v, .ffmt = fmt, .fprec = (int)prec, .fbits = (int)bitsize};
	enter(&c);
	return c.result;
}
