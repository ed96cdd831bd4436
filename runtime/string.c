/*
 * string.c — Go strings: concatenation, comparison, conversions, UTF-8.
 *
 * A go_string is immutable and never NUL-terminated; several strings may
 * share bytes (substrings), so nothing here writes into a string it did not
 * just allocate.  Empty results are {NULL, 0}: the bytes of an empty string
 * are never read.
 *
 * UTF-8 decoding follows Go's unicode/utf8 exactly: an invalid encoding
 * (bad leading byte, missing or bad continuation byte, overlong form,
 * surrogate half, value above U+10FFFF) decodes as U+FFFD with width 1, so
 * that `for range` steps one byte at a time through garbage.
 *
 * Every function here is small-stacked (runs on a goroutine's segment within
 * RT_STACK_HEADROOM) and allocates only through rt_alloc_noscan.
 */
#include "data.h"

go_string rt_gostringn(const void *p, go_int n)
{
	if (n <= 0)
		return (go_string){NULL, 0};
	uint8_t *b = rt_alloc_noscan((size_t)n);
	memcpy(b, p, (size_t)n);
	return (go_string){b, n};
}

go_string rt_gostring(const char *s)
{
	return rt_gostringn(s, (go_int)strlen(s));
}

go_string rt_concat(go_string a, go_string b)
{
	if (a.len == 0)
		return b;
	if (b.len == 0)
		return a;
	uint8_t *p = rt_alloc_noscan((size_t)(a.len + b.len));
	memcpy(p, a.ptr, (size_t)a.len);
	memcpy(p + a.len, b.ptr, (size_t)b.len);
	return (go_string){p, a.len + b.len};
}

go_string rt_concatn(const go_string *parts, go_int n)
{
	go_int total = 0, nonempty = 0, last = 0;
	for (go_int i = 0; i < n; i++) {
		if (parts[i].len > 0) {
			total += parts[i].len;
			nonempty++;
			last = i;
		}
	}
	if (nonempty == 0)
		return (go_string){NULL, 0};
	if (nonempty == 1)
		return parts[last];
	uint8_t *p = rt_alloc_noscan((size_t)total), *q = p;
	for (go_int i = 0; i < n; i++) {
		if (parts[i].len == 0)
			continue; /* ptr may be NULL */
		memcpy(q, parts[i].ptr, (size_t)parts[i].len);
		q += parts[i].len;
	}
	return (go_string){p, total};
}

int rt_strcmp(go_string a, go_string b)
{
	go_int n = a.len < b.len ? a.len : b.len;
	int c = n > 0 ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return a.len < b.len ? -1 : a.len > b.len;
}

/* ---------------------------------------------------------------------
 * UTF-8.
 * --------------------------------------------------------------------- */

#define RUNE_ERROR 0xFFFD

go_int rt_encoderune(uint8_t *p, go_rune r)
{
	uint32_t c = (uint32_t)r;
	if (c < 0x80) {
		p[0] = (uint8_t)c;
		return 1;
	}
	if (c < 0x800) {
		p[0] = (uint8_t)(0xC0 | (c >> 6));
		p[1] = (uint8_t)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		c = RUNE_ERROR;
	if (c < 0x10000) {
		p[0] = (uint8_t)(0xE0 | (c >> 12));
		p[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
		p[2] = (uint8_t)(0x80 | (c & 0x3F));
		return 3;
	}
	p[0] = (uint8_t)(0xF0 | (c >> 18));
	p[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
	p[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
	p[3] = (uint8_t)(0x80 | (c & 0x3F));
	return 4;
}

go_int rt_decoderune(go_string s, go_int i, go_rune *r)
{
	const uint8_t *p = s.ptr + i;
	go_int n = s.len - i;
	if (n <= 0) {
		*r = RUNE_ERROR;
		return i + 1;
	}
	uint32_t c0 = p[0];
	if (c0 < 0x80) {
		*r = (go_rune)c0;
		return i + 1;
	}
	/* The accepted range of the second byte depends on the first
	 * (Go's acceptRanges): that rules out overlongs and surrogates. */
	uint32_t lo = 0x80, hi = 0xBF, need;
	if (c0 >= 0xC2 && c0 <= 0xDF)
		need = 2;
	else if (c0 >= 0xE0 && c0 <= 0xEF) {
		need = 3;
		if (c0 == 0xE0)
			lo = 0xA0;
		else if (c0 == 0xED)
			hi = 0x9F;
	} else if (c0 >= 0xF0 && c0 <= 0xF4) {
		need = 4;
		if (c0 == 0xF0)
			lo = 0x90;
		else if (c0 == 0xF4)
			hi = 0x8F;
	} else
		goto bad;
	if (n < (go_int)need || p[1] < lo || p[1] > hi)
		goto bad;
	if (need == 2) {
		*r = (go_rune)(((c0 & 0x1F) << 6) | (p[1] & 0x3F));
		return i + 2;
	}
	if (p[2] < 0x80 || p[2] > 0xBF)
		goto bad;
	if (need == 3) {
		*r = (go_rune)(((c0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
		return i + 3;
	}
	if (p[3] < 0x80 || p[3] > 0xBF)
		goto bad;
	*r = (go_rune)(((c0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F));
	return i + 4;
bad:
	*r = RUNE_ERROR;
	return i + 1;
}

go_int rt_runecount(go_string s)
{
	go_int n = 0;
	go_rune r;
	for (go_int i = 0; i < s.len; n++)
		i = s.ptr[i] < 0x80 ? i + 1 : rt_decoderune(s, i, &r);
	return n;
}

/* ---------------------------------------------------------------------
 * Conversions.
 * --------------------------------------------------------------------- */

go_string rt_rune_to_string(go_int r)
{
	uint8_t buf[4];
	go_rune c = (r < 0 || r > 0x10FFFF) ? RUNE_ERROR : (go_rune)r;
	return rt_gostringn(buf, rt_encoderune(buf, c));
}

go_string rt_bytes_to_string(go_slice b)
{
	return rt_gostringn(b.ptr, b.len);
}

/* []byte(s) and []rune(s) get the capacity of Go's allocation, as Go's
 * rawbyteslice/rawruneslice do when the result escapes. */
go_slice rt_string_to_bytes(go_string s)
{
	if (s.len == 0)
		return (go_slice){rt_alloc_noscan(1), 0, 0};
	go_int cap = (go_int)rt_roundupsize((uintptr_t)s.len);
	uint8_t *p = rt_alloc_noscan((size_t)cap);
	memcpy(p, s.ptr, (size_t)s.len);
	return (go_slice){p, s.len, cap};
}

go_slice rt_string_to_runes(go_string s)
{
	go_int n = rt_runecount(s);
	if (n == 0)
		return (go_slice){rt_alloc_noscan(1), 0, 0};
	go_int cap = (go_int)(rt_roundupsize((uintptr_t)n * 4) / 4);
	go_rune *p = rt_alloc_noscan((size_t)cap * 4);
	go_int k = 0;
	for (go_int i = 0; i < s.len;)
		i = rt_decoderune(s, i, &p[k++]);
	return (go_slice){p, n, cap};
}

go_string rt_runes_to_string(go_slice r)
{
	const go_rune *rs = r.ptr;
	go_int n = 0;
	uint8_t buf[4];
	for (go_int i = 0; i < r.len; i++)
		n += rt_encoderune(buf, rs[i] < 0 ? RUNE_ERROR : rs[i]);
	if (n == 0)
		return (go_string){NULL, 0};
	uint8_t *p = rt_alloc_noscan((size_t)n), *q = p;
	for (go_int i = 0; i < r.len; i++)
		q += rt_encoderune(q, rs[i] < 0 ? RUNE_ERROR : rs[i]);
	return (go_string){p, n};
}
