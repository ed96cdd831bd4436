/*
 * check_const.c — untyped and typed constants: exact integer arithmetic,
 * floats in long double, representability and the spelling of values in
 * messages as gc spells them.
 *
 * Integers: Go requires at least 256 bits for untyped integer constants; gc
 * keeps 512 and reports "constant <op> overflow" beyond.  minigo does the
 * same with two representations: an __int128 for every value within
 * ±(2^127-1) (all typed constants, nearly all untyped ones) and a BigInt
 * (sign and magnitude, check.h) for larger ones, in which case ConstVal.i
 * holds ±(2^127-1), so that code reading only .i still sees the right sign
 * and a value outside every Go integer type.  Arithmetic that leaves the
 * __int128 range redoes the operation on BigInts (simple schoolbook
 * algorithms: the numbers are short and rare).
 */
#include "check_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const __int128 I128_MAX = (__int128)(((unsigned __int128)1 << 127) - 1);
#define BIG_PREC 512 /* bits of an untyped integer constant (gc's precision) */

/* ---- BigInt magnitudes ---- */

static int mag_bitlen(const uint64_t *m)
{
	for (int i = BIG_LIMBS - 1; i >= 0; i--)
		if (m[i])
			return i * 64 + 64 - __builtin_clzll(m[i]);
	return 0;
}

static int mag_cmp(const uint64_t *a, const uint64_t *b)
{
	for (int i = BIG_LIMBS - 1; i >= 0; i--)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

static void mag_add(uint64_t *r, const uint64_t *a, const uint64_t *b)
{
	unsigned __int128 c = 0;
	for (int i = 0; i < BIG_LIMBS; i++) {
		c += (unsigned __int128)a[i] + b[i];
		r[i] = (uint64_t)c;
		c >>= 64;
	}
}

/* r = a - b, a >= b */
static void mag_sub(uint64_t *r, const uint64_t *a, const uint64_t *b)
{
	uint64_t borrow = 0;
	for (int i = 0; i < BIG_LIMBS; i++) {
		uint64_t x = a[i], y = b[i];
		uint64_t d = x - y - borrow;
		borrow = (x < y || (x == y && borrow)) ? 1 : 0;
		r[i] = d;
	}
}

/* r = a * b; the caller keeps both within 512 bits, so nothing is lost */
static void mag_mul(uint64_t *r, const uint64_t *a, const uint64_t *b)
{
	uint64_t t[BIG_LIMBS] = {0};
	for (int i = 0; i < BIG_LIMBS; i++) {
		if (!a[i])
			continue;
		unsigned __int128 c = 0;
		for (int j = 0; i + j < BIG_LIMBS; j++) {
			c += (unsigned __int128)a[i] * b[j] + t[i + j];
			t[i + j] = (uint64_t)c;
			c >>= 64;
		}
	}
	memcpy(r, t, sizeof t);
}

static void mag_shl(uint64_t *r, const uint64_t *a, unsigned s)
{
	uint64_t t[BIG_LIMBS] = {0};
	unsigned w = s / 64, b = s % 64;
	for (int i = BIG_LIMBS - 1; i >= (int)w; i--) {
		t[i] = a[i - w] << b;
		if (b && i - (int)w - 1 >= 0)
			t[i] |= a[i - w - 1] >> (64 - b);
	}
	memcpy(r, t, sizeof t);
}

/* r = a >> s; returns whether any 1 bit was shifted out */
static bool mag_shr(uint64_t *r, const uint64_t *a, unsigned s)
{
	uint64_t t[BIG_LIMBS] = {0};
	unsigned w = s / 64, b = s % 64;
	bool lost = false;
	for (unsigned i = 0; i < BIG_LIMBS && i < w; i++)
		lost |= a[i] != 0;
	if (w < BIG_LIMBS && b)
		lost |= (a[w] & ((1ULL << b) - 1)) != 0;
	for (unsigned i = 0; i + w < BIG_LIMBS; i++) {
		t[i] = a[i + w] >> b;
		if (b && i + w + 1 < BIG_LIMBS)
			t[i] |= a[i + w + 1] << (64 - b);
	}
	memcpy(r, t, sizeof t);
	return lost;
}

/* q = a / b, rem = a % b (b != 0), bit by bit */
static void mag_divmod(uint64_t *q, uint64_t *rem, const uint64_t *a, const uint64_t *b)
{
	uint64_t qq[BIG_LIMBS] = {0}, r[BIG_LIMBS] = {0};
	for (int i = mag_bitlen(a) - 1; i >= 0; i--) {
		mag_shl(r, r, 1);
		r[0] |= (a[i / 64] >> (i % 64)) & 1;
		if (mag_cmp(r, b) >= 0) {
			mag_sub(r, r, b);
			qq[i / 64] |= 1ULL << (i % 64);
		}
	}
	if (q)
		memcpy(q, qq, sizeof qq);
	if (rem)
		memcpy(rem, r, sizeof r);
}

/* two's complement over all limbs and back (for & | ^ &^) */
static void to_twos(uint64_t *t, const BigInt *b)
{
	memcpy(t, b->m, sizeof b->m);
	if (b->neg) {
		uint64_t one[BIG_LIMBS] = {1};
		for (int i = 0; i < BIG_LIMBS; i++)
			t[i] = ~t[i];
		mag_add(t, t, one);
	}
}

static void from_twos(BigInt *b, const uint64_t *t)
{
	memcpy(b->m, t, sizeof b->m);
	b->neg = (t[BIG_LIMBS - 1] >> 63) != 0;
	if (b->neg) {
		uint64_t one[BIG_LIMBS] = {1};
		for (int i = 0; i < BIG_LIMBS; i++)
			b->m[i] = ~b->m[i];
		mag_add(b->m, b->m, one);
	}
}

/* ---- between ConstVal and BigInt ---- */

static void cv_big(const ConstVal *cv, BigInt *b)
{
	if (cv->big) {
		*b = *cv->big;
		return;
	}
	memset(b, 0, sizeof *b);
	__int128 v = cv->i;
	b->neg = v < 0;
	unsigned __int128 u = b->neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
	b->m[0] = (uint64_t)u;
	b->m[1] = (uint64_t)(u >> 64);
}

/* Stores b in r (an integer): small when it fits, else a copy of b, or
 * the overflow flag beyond BIG_PREC bits. */
static void cv_set_big(ConstVal *r, const BigInt *b)
{
	r->kind = CV_INT;
	r->big = NULL;
	int n = mag_bitlen(b->m);
	if (n == 0) {
		r->i = 0;
		return;
	}
	if (n <= 127) {
		__int128 v = (__int128)(((unsigned __int128)b->m[1] << 64) | b->m[0]);
		r->i = b->neg ? -v : v;
		return;
	}
	if (n > BIG_PREC) {
		r->overflow = true;
		r->i = 0;
		return;
	}
	BigInt *c = xalloc(sizeof *c);
	*c = *b;
	r->big = c;
	r->i = b->neg ? -I128_MAX : I128_MAX;
}

int cv_int_cmp(const ConstVal *a, const ConstVal *b)
{
	if (!a->big && !b->big)
		return a->i < b->i ? -1 : a->i > b->i;
	BigInt x, y;
	cv_big(a, &x);
	cv_big(b, &y);
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	int c = mag_cmp(x.m, y.m);
	return x.neg ? -c : c;
}

/* r = a op b for integers (op: + - * / % & | ^ &^); b != 0 for / and %.
 * r->overflow when the result needs more than 512 bits. */
void cv_int_arith(Op op, const ConstVal *a, const ConstVal *b, ConstVal *r)
{
	*r = (ConstVal){.kind = CV_INT};
	if (!a->big && !b->big) {
		__int128 x = a->i, y = b->i, z = 0;
		bool ovf = false;
		switch (op) {
		case OP_ADD: ovf = __builtin_add_overflow(x, y, &z); break;
		case OP_SUB: ovf = __builtin_sub_overflow(x, y, &z); break;
		case OP_MUL: ovf = __builtin_mul_overflow(x, y, &z); break;
		case OP_DIV: z = x / y; break;
		case OP_REM: z = x % y; break;
		case OP_AND: z = x & y; break;
		case OP_OR: z = x | y; break;
		case OP_XOR: z = x ^ y; break;
		case OP_ANDNOT: z = x & ~y; break;
		default: break;
		}
		if (!ovf && z != -I128_MAX - 1) {
			r->i = z;
			return;
		}
	}
	BigInt x, y, z;
	cv_big(a, &x);
	cv_big(b, &y);
	memset(&z, 0, sizeof z);
	switch (op) {
	case OP_SUB:
		y.neg = !y.neg;
		/* fallthrough */
	case OP_ADD:
		if (x.neg == y.neg) {
			mag_add(z.m, x.m, y.m);
			z.neg = x.neg;
		} else if (mag_cmp(x.m, y.m) >= 0) {
			mag_sub(z.m, x.m, y.m);
			z.neg = x.neg;
		} else {
			mag_sub(z.m, y.m, x.m);
			z.neg = y.neg;
		}
		break;
	case OP_MUL:
		mag_mul(z.m, x.m, y.m);
		z.neg = x.neg != y.neg;
		break;
	case OP_DIV:
		mag_divmod(z.m, NULL, x.m, y.m);
		z.neg = x.neg != y.neg;
		break;
	case OP_REM:
		mag_divmod(NULL, z.m, x.m, y.m);
		z.neg = x.neg;
		break;
	default: {
		uint64_t tx[BIG_LIMBS], ty[BIG_LIMBS], tz[BIG_LIMBS];
		to_twos(tx, &x);
		to_twos(ty, &y);
		for (int i = 0; i < BIG_LIMBS; i++)
			tz[i] = op == OP_AND ? tx[i] & ty[i] : op == OP_OR ? tx[i] | ty[i] :
			        op == OP_XOR ? tx[i] ^ ty[i] : tx[i] & ~ty[i];
		from_twos(&z, tz);
	}
	}
	cv_set_big(r, &z);
}

/* r = x << s or x >> s (arithmetic: rounds toward -inf) */
void cv_int_shift(const ConstVal *x, uint64_t s, bool left, ConstVal *r)
{
	*r = (ConstVal){.kind = CV_INT};
	BigInt b;
	cv_big(x, &b);
	int n = mag_bitlen(b.m);
	if (n == 0)
		return;
	if (left) {
		if ((uint64_t)n + s > BIG_PREC) {
			r->overflow = true;
			return;
		}
		mag_shl(b.m, b.m, (unsigned)s);
	} else if (s >= (uint64_t)n) {
		r->i = b.neg ? -1 : 0;
		return;
	} else if (mag_shr(b.m, b.m, (unsigned)s) && b.neg) {
		uint64_t one[BIG_LIMBS] = {1};
		mag_add(b.m, b.m, one);
	}
	cv_set_big(r, &b);
}

void cv_int_neg(const ConstVal *x, ConstVal *r)
{
	BigInt b;
	cv_big(x, &b);
	b.neg = !b.neg;
	*r = (ConstVal){.kind = CV_INT};
	cv_set_big(r, &b);
}

/* ^x = -x - 1 (untyped and signed integers) */
void cv_int_not(const ConstVal *x, ConstVal *r)
{
	ConstVal n, one = {.kind = CV_INT, .i = 1};
	cv_int_neg(x, &n);
	cv_int_arith(OP_SUB, &n, &one, r);
}

/* An integer literal's digits (underscores skipped) in base 2..16.
 * Returns false when the value needs more than 512 bits. */
bool cv_int_parse(ConstVal *cv, const char *s, int base)
{
	BigInt b;
	memset(&b, 0, sizeof b);
	uint64_t mb[BIG_LIMBS] = {(uint64_t)base};
	for (; *s; s++) {
		int d = *s >= '0' && *s <= '9' ? *s - '0' : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10 :
		        *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : -1;
		if (d < 0 || d >= base)
			continue;
		uint64_t md[BIG_LIMBS] = {(uint64_t)d};
		mag_mul(b.m, b.m, mb);
		mag_add(b.m, b.m, md);
		if (mag_bitlen(b.m) > BIG_PREC)
			return false;
	}
	*cv = (ConstVal){.kind = CV_INT};
	cv_set_big(cv, &b);
	return true;
}

static long double big_to_float(const BigInt *b)
{
	long double f = 0;
	for (int i = BIG_LIMBS - 1; i >= 0; i--)
		f = f * 18446744073709551616.0L + (long double)b->m[i];
	return b->neg ? -f : f;
}

/* An integral float as an exact integer; false beyond 512 bits. */
static bool float_to_int(long double f, ConstVal *out)
{
	BigInt b;
	memset(&b, 0, sizeof b);
	b.neg = f < 0;
	int e;
	long double fr = frexpl(fabsl(f), &e); /* |f| = fr * 2^e, 0.5 <= fr < 1 */
	if (e > BIG_PREC)
		return false;
	uint64_t mant = (uint64_t)ldexpl(fr, 64); /* exact: 64-bit mantissa */
	b.m[0] = mant;
	if (e >= 64)
		mag_shl(b.m, b.m, (unsigned)(e - 64));
	else
		mag_shr(b.m, b.m, (unsigned)(64 - e));
	*out = (ConstVal){.kind = CV_INT};
	cv_set_big(out, &b);
	return !out->overflow;
}

/* ---- constants in general ---- */

ConstVal *cv_copy(const ConstVal *cv)
{
	ConstVal *c = xalloc(sizeof *c);
	*c = *cv;
	return c;
}

void cv_to_float(ConstVal *cv)
{
	if (cv->kind == CV_INT) {
		cv->f = cv->big ? big_to_float(cv->big) : (long double)cv->i;
		cv->big = NULL;
		cv->kind = CV_FLOAT;
	}
}

static bool int_range(Type *t, __int128 *lo, __int128 *hi)
{
	switch (ty_under(t)->kind) {
	case TY_INT8: *lo = INT8_MIN; *hi = INT8_MAX; return true;
	case TY_INT16: *lo = INT16_MIN; *hi = INT16_MAX; return true;
	case TY_INT32: *lo = INT32_MIN; *hi = INT32_MAX; return true;
	case TY_INT: case TY_INT64: *lo = INT64_MIN; *hi = INT64_MAX; return true;
	case TY_UINT8: *lo = 0; *hi = UINT8_MAX; return true;
	case TY_UINT16: *lo = 0; *hi = UINT16_MAX; return true;
	case TY_UINT32: *lo = 0; *hi = UINT32_MAX; return true;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: *lo = 0; *hi = UINT64_MAX; return true;
	case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: *lo = -I128_MAX; *hi = I128_MAX; return true;
	default: return false;
	}
}

/* Is cv representable as a value of type t?  On success *out is the value
 * converted (e.g. 2.0 -> int 2; float rounded to float32). */
bool representable(ConstVal *cv, Type *t, ConstVal *out)
{
	Type *u = ty_under(t);
	ConstVal v = *cv;
	if (cv->overflow)
		return false;
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL:
		if (v.kind != CV_BOOL)
			return false;
		break;
	case TY_STRING: case TY_UNTYPED_STRING:
		if (v.kind != CV_STRING)
			return false;
		break;
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
		if (v.kind != CV_INT && v.kind != CV_FLOAT)
			return false;
		cv_to_float(&v);
		if (u->kind == TY_FLOAT32) {
			if (isinf((float)v.f) && !isinf(v.f))
				return false;
			v.f = (float)v.f;
		} else if (u->kind == TY_FLOAT64) {
			if (isinf((double)v.f) && !isinf(v.f))
				return false;
			v.f = (double)v.f;
		}
		break;
	case TY_COMPLEX64: case TY_COMPLEX128:
		return false;
	default: {
		__int128 lo, hi;
		if (!int_range(u, &lo, &hi))
			return false;
		if (v.kind == CV_FLOAT) {
			if (v.f != floorl(v.f) || isinf(v.f) || isnan(v.f))
				return false;
			if (!float_to_int(v.f, &v))
				return false;
		}
		if (v.kind != CV_INT)
			return false;
		if (v.big && u->kind != TY_UNTYPED_INT && u->kind != TY_UNTYPED_RUNE)
			return false;
		if (!v.big && (v.i < lo || v.i > hi))
			return false;
	}
	}
	if (out)
		*out = v;
	return true;
}

/* decimal digits, by repeated division by 10^19 */
static const char *big_str(const BigInt *b)
{
	char buf[BIG_LIMBS * 20 + 2];
	char *p = buf + sizeof buf - 1;
	*p = 0;
	uint64_t m[BIG_LIMBS];
	memcpy(m, b->m, sizeof m);
	const uint64_t ten19 = 10000000000000000000ULL;
	while (mag_bitlen(m)) {
		unsigned __int128 rem = 0;
		for (int i = BIG_LIMBS - 1; i >= 0; i--) {
			unsigned __int128 cur = (rem << 64) | m[i];
			m[i] = (uint64_t)(cur / ten19);
			rem = cur % ten19;
		}
		uint64_t chunk = (uint64_t)rem;
		bool last = !mag_bitlen(m);
		for (int k = 0; k < 19 && (!last || chunk); k++) {
			*--p = (char)('0' + chunk % 10);
			chunk /= 10;
		}
	}
	if (b->neg)
		*--p = '-';
	return xstrdup(p);
}

/* Spells a constant as go/constant's String does (used in messages). */
const char *cv_str(ConstVal *cv)
{
	switch (cv->kind) {
	case CV_BOOL:
		return cv->b ? "true" : "false";
	case CV_INT: {
		if (cv->big)
			return big_str(cv->big);
		char buf[64];
		char *p = buf + sizeof buf - 1;
		*p = 0;
		__int128 v = cv->i;
		bool neg = v < 0;
		unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
		do {
			*--p = (char)('0' + (int)(u % 10));
			u /= 10;
		} while (u);
		if (neg)
			*--p = '-';
		return xstrdup(p);
	}
	case CV_FLOAT: {
		char buf[64];
		snprintf(buf, sizeof buf, "%.6Lg", cv->f);
		/* Go writes exponents with at least two digits: 1e+06 */
		return xstrdup(buf);
	}
	case CV_STRING: {
		Buf b = {0};
		buf_putc(&b, '"');
		int64_t n = cv->slen;
		bool cut = n > 72;
		if (cut)
			n = 68;
		for (int64_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)cv->s[i];
			if (c == '"' || c == '\\')
				buf_printf(&b, "\\%c", c);
			else if (c == '\n')
				buf_puts(&b, "\\n");
			else if (c == '\t')
				buf_puts(&b, "\\t");
			else if (c < 0x20 || c == 0x7f)
				buf_printf(&b, "\\x%02x", c);
			else
				buf_putc(&b, c);
		}
		if (cut)
			buf_puts(&b, "...");
		buf_putc(&b, '"');
		const char *s = xstrdup(b.s);
		buf_free(&b);
		return s;
	}
	default:
		return "?";
	}
}
