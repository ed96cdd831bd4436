/*
 * rt_ops.h — small inline operations the emitter uses, with Go's checks:
 * slicing, string indexing, nil checks.  Included by rt.h; part of the
 * generated code's ABI.  Kept separate so the runtime's own header stays
 * a table of contents.
 */
#ifndef RT_OPS_H
#define RT_OPS_H

/* s[lo:hi] of a string. */
static inline go_string rt_strslice(go_string s, go_int lo, go_int hi)
{
	if (__builtin_expect((uint64_t)hi > (uint64_t)s.len, 0))
		rt_panic_slice(hi, s.len, 0, RT_BOUNDS_SLICE_ALEN);
	if (__builtin_expect((uint64_t)lo > (uint64_t)hi, 0))
		rt_panic_slice(lo, hi, 0, RT_BOUNDS_SLICE_B);
	return (go_string){s.ptr + lo, hi - lo};
}

/* s[lo:hi:max] of a slice (max = cap when absent); esize: element size. */
static inline go_slice rt_sliceslice(go_slice s, go_int lo, go_int hi, go_int max, bool three, size_t esize)
{
	if (three) {
		if (__builtin_expect((uint64_t)max > (uint64_t)s.cap, 0))
			rt_panic_slice(max, s.cap, 0, RT_BOUNDS_SLICE3_ACAP);
		if (__builtin_expect((uint64_t)hi > (uint64_t)max, 0))
			rt_panic_slice(hi, max, 0, RT_BOUNDS_SLICE3_B);
		if (__builtin_expect((uint64_t)lo > (uint64_t)hi, 0))
			rt_panic_slice(lo, hi, 0, RT_BOUNDS_SLICE3_C);
	} else {
		if (__builtin_expect((uint64_t)hi > (uint64_t)s.cap, 0))
			rt_panic_slice(hi, s.cap, 0, RT_BOUNDS_SLICE_ACAP);
		if (__builtin_expect((uint64_t)lo > (uint64_t)hi, 0))
			rt_panic_slice(lo, hi, 0, RT_BOUNDS_SLICE_B);
	}
	go_slice r;
	r.ptr = (char *)s.ptr + (size_t)lo * esize;
	r.len = hi - lo;
	r.cap = max - lo;
	if (r.cap == 0 && esize)
		r.ptr = s.ptr; /* do not point past the end of the object */
	return r;
}

/* arr[lo:hi:max] of an array of length n at p (Go says "length" here). */
static inline go_slice rt_slicearray(void *p, go_int n, go_int lo, go_int hi, go_int max, bool three, size_t esize)
{
	if (three && __builtin_expect((uint64_t)max > (uint64_t)n, 0))
		rt_panic_slice(max, n, 0, RT_BOUNDS_SLICE3_ALEN);
	if (!three && __builtin_expect((uint64_t)hi > (uint64_t)n, 0))
		rt_panic_slice(hi, n, 0, RT_BOUNDS_SLICE_ALEN);
	go_slice s = {p, n, n};
	return rt_sliceslice(s, lo, hi, max, three, esize);
}

static inline void *rt_nilcheck(void *p)
{
	if (__builtin_expect(p == NULL, 0))
		rt_panic_nil();
	return p;
}

static inline go_int rt_slicecopy(go_slice d, const void *src, go_int n, size_t esize)
{
	if (n > d.len)
		n = d.len;
	if (n > 0)
		memmove(d.ptr, src, (size_t)n * esize);
	return n;
}

/* append's slow path wrapper: makes room for k more elements. */
static inline go_slice rt_appendgrow(go_slice s, go_int k, size_t esize, bool noscan)
{
	go_int n = s.len + k;
	if (__builtin_expect(n > s.cap, 0))
		return rt_growslice(s, n, esize, noscan);
	s.len = n;
	return s;
}

/* Generated functions live in their own section: the preemption signal
 * handler knows a PC in it is at a safe point. */
#define RT_GOTEXT __attribute__((section("go_text")))
#define RT_COLD __attribute__((noinline, cold))

/* Source sites (rt.h).  In generated code (RT_SITES), operations that may
 * panic or block record where they are: a constant pointer to a static
 * record, stored only on the cold path of inline checks. */
#define RT_SITEPTR() \
	({ static const rt_site _rt_site = {__func__, __FILE__, __LINE__}; &_rt_site; })
static inline go_int rt_index_at(go_int i, go_int len, const rt_site *s)
{
	if (__builtin_expect((uint64_t)i >= (uint64_t)len, 0)) {
		RT_TLS(rt_cursite) = s;
		rt_panic_index(i, len);
	}
	return i;
}
static inline void *rt_nilcheck_at(void *p, const rt_site *s)
{
	if (__builtin_expect(p == NULL, 0)) {
		RT_TLS(rt_cursite) = s;
		rt_panic_nil();
	}
	return p;
}
#ifdef RT_SITES
static inline void rt_at(const rt_site *s) { RT_TLS(rt_cursite) = s; } /* a call: sequenced */
#define RT_AT(call) (rt_at(RT_SITEPTR()), (call))
#undef RT_NILCHECK
#define RT_NILCHECK(p) ((void)rt_nilcheck_at((void *)(p), RT_SITEPTR()))
#define rt_index(i, len) rt_index_at((i), (len), RT_SITEPTR())
#define rt_nilcheck(p) rt_nilcheck_at((void *)(p), RT_SITEPTR())
#define rt_strslice(...) RT_AT((rt_strslice)(__VA_ARGS__))
#define rt_sliceslice(...) RT_AT((rt_sliceslice)(__VA_ARGS__))
#define rt_slicearray(...) RT_AT((rt_slicearray)(__VA_ARGS__))
#define rt_panic(...) RT_AT((rt_panic)(__VA_ARGS__))
#define rt_panic_nil() RT_AT((rt_panic_nil)())
#define rt_panic_shift() RT_AT((rt_panic_shift)())
#define rt_panic_slice(...) RT_AT((rt_panic_slice)(__VA_ARGS__))
#define rt_assert_concrete(...) RT_AT((rt_assert_concrete)(__VA_ARGS__))
#define rt_assert_iface(...) RT_AT((rt_assert_iface)(__VA_ARGS__))
#define rt_mapassign(...) RT_AT((rt_mapassign)(__VA_ARGS__))
#define rt_mapaccess1(...) RT_AT((rt_mapaccess1)(__VA_ARGS__))
#define rt_mapaccess2(...) RT_AT((rt_mapaccess2)(__VA_ARGS__))
#define rt_mapdelete(...) RT_AT((rt_mapdelete)(__VA_ARGS__))
#define rt_chansend(...) RT_AT((rt_chansend)(__VA_ARGS__))
#define rt_chanrecv(...) RT_AT((rt_chanrecv)(__VA_ARGS__))
#define rt_chanclose(...) RT_AT((rt_chanclose)(__VA_ARGS__))
#define rt_select(...) RT_AT((rt_select)(__VA_ARGS__))
#define rt_makeslice(...) RT_AT((rt_makeslice)(__VA_ARGS__))
#define rt_makechan(...) RT_AT((rt_makechan)(__VA_ARGS__))
#define rt_efaceeq(...) RT_AT((rt_efaceeq)(__VA_ARGS__))
#define rt_ifaceeq(...) RT_AT((rt_ifaceeq)(__VA_ARGS__))
#define rt_sleep(...) RT_AT((rt_sleep)(__VA_ARGS__))
#define rt_div_i8(a, b) RT_AT((rt_div_i8)(a, b))
#define rt_div_i16(a, b) RT_AT((rt_div_i16)(a, b))
#define rt_div_i32(a, b) RT_AT((rt_div_i32)(a, b))
#define rt_div_i64(a, b) RT_AT((rt_div_i64)(a, b))
#define rt_div_u8(a, b) RT_AT((rt_div_u8)(a, b))
#define rt_div_u16(a, b) RT_AT((rt_div_u16)(a, b))
#define rt_div_u32(a, b) RT_AT((rt_div_u32)(a, b))
#define rt_div_u64(a, b) RT_AT((rt_div_u64)(a, b))
#define rt_mod_i8(a, b) RT_AT((rt_mod_i8)(a, b))
#define rt_mod_i16(a, b) RT_AT((rt_mod_i16)(a, b))
#define rt_mod_i32(a, b) RT_AT((rt_mod_i32)(a, b))
#define rt_mod_i64(a, b) RT_AT((rt_mod_i64)(a, b))
#define rt_mod_u8(a, b) RT_AT((rt_mod_u8)(a, b))
#define rt_mod_u16(a, b) RT_AT((rt_mod_u16)(a, b))
#define rt_mod_u32(a, b) RT_AT((rt_mod_u32)(a, b))
#define rt_mod_u64(a, b) RT_AT((rt_mod_u64)(a, b))
#endif

#endif
