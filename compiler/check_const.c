/*
 * check_const.c — untyped and typed constants: exact integer arithmetic in
 * 128 bits (Go requires at least 256; values beyond ±2^127 are reported as
 * overflow, which no program within SPEC.md's scope reaches in practice),
 * floats in long double, representability and the spelling of values in
 * messages as gc spells them.
 */
#include "check_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const __int128 I128_MAX = (__int128)(((unsigned __int128)1 << 127) - 1);

void cv_to_float(ConstVal *cv)
{
	if (cv->kind == CV_INT) {
		cv->f = (long double)cv->i;
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
			if (v.f > 1.7e38L || v.f < -1.7e38L)
				return false;
			v.i = (__int128)v.f;
			v.kind = CV_INT;
		}
		if (v.kind != CV_INT)
			return false;
		if (v.i < lo || v.i > hi)
			return false;
	}
	}
	if (out)
		*out = v;
	return true;
}

/* Spells a constant as go/constant's String does (used in messages). */
const char *cv_str(ConstVal *cv)
{
	switch (cv->kind) {
	case CV_BOOL:
		return cv->b ? "true" : "false";
	case CV_INT: {
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
