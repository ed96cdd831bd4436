/*
 * types.c — descriptors of the predeclared types, and the equality and hash
 * functions that maps, interface comparison and fmt use through them.
 *
 * Type identity is pointer identity (rt.h), with one exception made here:
 * method signatures are matched by rt_sametype, which also accepts two
 * distinct descriptors of the same unnamed type (same %T string).  The
 * compiler emits unnamed types as weak symbols so the linker keeps one, but
 * the runtime's own descriptors (func() string for Error and String) and
 * the compiler's ones may not share a symbol name; comparing the canonical
 * strings of unnamed types is exact because an unnamed type's string spells
 * out its whole structure.
 *
 * Hashing: one 64-bit multiply-mix hash (wyhash style) over the bytes, with
 * a per-map seed.  Floats hash +0 and -0 alike and NaN randomly (NaN != NaN,
 * so every NaN key is a new key, as in Go).  Interfaces hash their dynamic
 * value with its type's hashfn, and panic with Go's "hash of unhashable
 * type T" when there is none.
 */
#include "data.h"

/* ---------------------------------------------------------------------
 * Hashing.
 * --------------------------------------------------------------------- */

#define P0 0xa0761d6478bd642fULL
#define P1 0xe7037ed1a0b428dbULL
#define P2 0x8ebc6af09c88c6e3ULL

static inline uint64_t mix(uint64_t a, uint64_t b)
{
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rd64(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t rd32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

uintptr_t rt_memhash(const void *p, size_t n, uintptr_t seed)
{
	const uint8_t *b = p;
	uint64_t s = seed ^ P0, a, c;
	if (n <= 16) {
		if (n >= 4) {
			a = (rd32(b) << 32) | rd32(b + ((n >> 3) << 2));
			c = (rd32(b + n - 4) << 32) | rd32(b + n - 4 - ((n >> 3) << 2));
		} else if (n > 0) {
			a = ((uint64_t)b[0] << 16) | ((uint64_t)b[n >> 1] << 8) | b[n - 1];
			c = 0;
		} else {
			a = c = 0;
		}
	} else {
		size_t i = n;
		const uint8_t *q = b;
		while (i > 16) {
			s = mix(rd64(q) ^ P1, rd64(q + 8) ^ s);
			q += 16;
			i -= 16;
		}
		a = rd64(q + i - 16);
		c = rd64(q + i - 8);
	}
	return (uintptr_t)mix(P1 ^ n, mix(a ^ P1, c ^ s));
}

static inline uintptr_t hash64(uint64_t v, uintptr_t seed)
{
	return (uintptr_t)mix(v ^ P1 ^ seed, P2 ^ (seed >> 7));
}

#define MEMEQ_HASH(name, CT) \
	static bool eq_##name(const void *a, const void *b) { return *(const CT *)a == *(const CT *)b; } \
	static uintptr_t hash_##name(const void *p, uintptr_t seed) { return hash64((uint64_t)*(const CT *)p, seed); }
MEMEQ_HASH(bool, bool)
MEMEQ_HASH(i8, int8_t)
MEMEQ_HASH(i16, int16_t)
MEMEQ_HASH(i32, int32_t)
MEMEQ_HASH(i64, int64_t)
MEMEQ_HASH(u8, uint8_t)
MEMEQ_HASH(u16, uint16_t)
MEMEQ_HASH(u32, uint32_t)
MEMEQ_HASH(u64, uint64_t)
MEMEQ_HASH(ptr, uintptr_t)

static uint64_t nan_counter;

static uintptr_t hashfloat(double f, uintptr_t seed)
{
	if (f == 0)
		return hash64(0, seed); /* +0 and -0 */
	if (f != f)                 /* NaN: random, every NaN key is distinct */
		return hash64(__atomic_add_fetch(&nan_counter, 0x9e3779b97f4a7c15ULL, __ATOMIC_RELAXED), seed ^ P2);
	uint64_t bits;
	memcpy(&bits, &f, 8);
	return hash64(bits, seed);
}

static bool eq_f32(const void *a, const void *b) { return *(const float *)a == *(const float *)b; }
static bool eq_f64(const void *a, const void *b) { return *(const double *)a == *(const double *)b; }
static uintptr_t hash_f32(const void *p, uintptr_t seed) { return hashfloat(*(const float *)p, seed); }
static uintptr_t hash_f64(const void *p, uintptr_t seed) { return hashfloat(*(const double *)p, seed); }

static bool eq_string(const void *a, const void *b)
{
	return rt_streq(*(const go_string *)a, *(const go_string *)b);
}

static uintptr_t hash_string(const void *p, uintptr_t seed)
{
	const go_string *s = p;
	return rt_memhash(s->ptr, (size_t)s->len, seed);
}

uintptr_t rt_strhash(const void *p, uintptr_t seed) { return hash_string(p, seed); }

/* Interfaces: the dynamic type decides. */
static uintptr_t hash_dyn(const rt_type *t, void *data, uintptr_t seed)
{
	if (t == NULL)
		return hash64(0, seed);
	if (t->hashfn == NULL) {
		go_string parts[2] = {GO_STR("hash of unhashable type "), rt_gostring(t->string)};
		rt_panic_errorstring(rt_concatn(parts, 2));
	}
	go_eface e = {t, data};
	return t->hashfn(rt_efacevalue(&e), seed ^ t->hash);
}

uintptr_t rt_eface_hash(const void *p, uintptr_t seed)
{
	const go_eface *e = p;
	return hash_dyn(e->type, e->data, seed);
}

uintptr_t rt_iface_hash(const void *p, uintptr_t seed)
{
	const go_iface *i = p;
	return hash_dyn(i->itab ? i->itab->type : NULL, i->data, seed);
}

bool rt_eface_equal(const void *a, const void *b)
{
	return rt_efaceeq(*(const go_eface *)a, *(const go_eface *)b);
}

bool rt_iface_equal(const void *a, const void *b)
{
	return rt_ifaceeq(*(const go_iface *)a, *(const go_iface *)b);
}

/* ---------------------------------------------------------------------
 * Descriptors.
 * --------------------------------------------------------------------- */

/* The descriptors' functions, also under names that generated code can use
 * in a static initializer (rt_eq_int, rt_hash_int, ... see rt.h). */
#define BASIC(T, K, CT, FL, EQ) \
	bool rt_eq_##T(const void *a, const void *b) __attribute__((alias("eq_" #EQ))); \
	uintptr_t rt_hash_##T(const void *p, uintptr_t seed) __attribute__((alias("hash_" #EQ))); \
	const rt_type rt_T_##T = { \
		.kind = K, .flags = RT_NAMED | RT_COMPARABLE | (FL), .hash = 0x1000u + K, \
		.size = sizeof(CT), .align = _Alignof(CT), .string = #T, .name = #T, \
		.equal = eq_##EQ, .hashfn = hash_##EQ, \
	};
BASIC(bool, RT_BOOL, bool, RT_NOPTRS, bool)
BASIC(int, RT_INT, int64_t, RT_NOPTRS, i64)
BASIC(int8, RT_INT8, int8_t, RT_NOPTRS, i8)
BASIC(int16, RT_INT16, int16_t, RT_NOPTRS, i16)
BASIC(int32, RT_INT32, int32_t, RT_NOPTRS, i32)
BASIC(int64, RT_INT64, int64_t, RT_NOPTRS, i64)
BASIC(uint, RT_UINT, uint64_t, RT_NOPTRS, u64)
BASIC(uint8, RT_UINT8, uint8_t, RT_NOPTRS, u8)
BASIC(uint16, RT_UINT16, uint16_t, RT_NOPTRS, u16)
BASIC(uint32, RT_UINT32, uint32_t, RT_NOPTRS, u32)
BASIC(uint64, RT_UINT64, uint64_t, RT_NOPTRS, u64)
BASIC(uintptr, RT_UINTPTR, uintptr_t, RT_NOPTRS, ptr)
BASIC(float32, RT_FLOAT32, float, RT_NOPTRS, f32)
BASIC(float64, RT_FLOAT64, double, RT_NOPTRS, f64)
BASIC(string, RT_STRING, go_string, 0, string)

bool rt_eq_unsafeptr(const void *a, const void *b) __attribute__((alias("eq_ptr")));
uintptr_t rt_hash_unsafeptr(const void *p, uintptr_t seed) __attribute__((alias("hash_ptr")));

const rt_type rt_T_unsafeptr = {
	.kind = RT_UNSAFEPOINTER, .flags = RT_NAMED | RT_COMPARABLE | RT_DIRECTIFACE,
	.hash = 0x1000u + RT_UNSAFEPOINTER, .size = sizeof(void *), .align = _Alignof(void *),
	.string = "unsafe.Pointer", .pkgpath = "unsafe", .name = "Pointer",
	.equal = eq_ptr, .hashfn = hash_ptr,
};

const rt_type rt_T_any = {
	.kind = RT_INTERFACE, .flags = RT_COMPARABLE, .hash = 0x2001u,
	.size = sizeof(go_eface), .align = _Alignof(go_eface), .string = "interface {}",
	.equal = rt_eface_equal, .hashfn = rt_eface_hash,
};

static const rt_type *const out_string[1] = {&rt_T_string};

const rt_type rt_T_func_string = {
	.kind = RT_FUNC, .flags = RT_DIRECTIFACE, .hash = 0x3001u,
	.size = sizeof(void *), .align = _Alignof(void *), .string = "func() string",
	.out = out_string, .nout = 1,
};

const rt_type rt_T_func_void = {
	.kind = RT_FUNC, .flags = RT_DIRECTIFACE, .hash = 0x3002u,
	.size = sizeof(void *), .align = _Alignof(void *), .string = "func()",
};

static const rt_imethod error_imethods[1] = {{"Error", &rt_T_func_string}};

const rt_type rt_T_error = {
	.kind = RT_INTERFACE, .flags = RT_NAMED | RT_COMPARABLE, .hash = 0x2002u,
	.size = sizeof(go_iface), .align = _Alignof(go_iface), .string = "error", .name = "error",
	.equal = rt_iface_equal, .hashfn = rt_iface_hash,
	.imethods = error_imethods, .nimethods = 1,
};

/* ---------------------------------------------------------------------
 * Lookups.
 * --------------------------------------------------------------------- */

bool rt_sametype(const rt_type *a, const rt_type *b)
{
	if (a == b)
		return true;
	if (a == NULL || b == NULL || a->kind != b->kind)
		return false;
	if ((a->flags & RT_NAMED) || (b->flags & RT_NAMED))
		return false;
	return strcmp(a->string, b->string) == 0;
}

const rt_method *rt_findmethod(const rt_type *t, const char *name, const rt_type *mtyp)
{
	if (t == NULL)
		return NULL;
	for (intptr_t i = 0; i < t->nmethods; i++) {
		const rt_method *m = &t->methods[i];
		if (strcmp(m->name, name) == 0)
			return mtyp == NULL || rt_sametype(m->mtyp, mtyp) ? m : NULL;
	}
	return NULL;
}
