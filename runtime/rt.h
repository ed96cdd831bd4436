/*
 * rt.h — the contract between the C the compiler emits and the runtime.
 *
 * Generated code includes this header and nothing else.  Keep it short and
 * commented: it is the small, visible ABI of minigo.  Every symbol that
 * generated code calls starts with rt_ (functions, types) or go_ (Go's
 * value types), and RT_ for macros.
 *
 * Rules that generated code (and C code of the standard library that runs on
 * a goroutine's stack) must follow:
 *   1. Goroutine stacks are small segments.  Every generated function starts
 *      with RT_STACK_CHECK (or RT_STACK_CHECK_N for frames larger than
 *      RT_SMALL_FRAME bytes) and, when the check fails, re-runs itself on a
 *      new segment through rt_morestack.  Below the guard there are
 *      RT_STACK_HEADROOM bytes for a small frame and the slow path.
 *   2. Code on a segment only computes and calls rt_ functions.  It never
 *      calls libc functions that may lock, block, allocate or use much stack
 *      (printf, malloc, pthread_*, read...).  mem*, str* are fine.  The
 *      runtime's entry points switch to the thread's own stack (g0) for such
 *      work, so that the collector can stop the world at a safe point.
 *   3. Go integer arithmetic wraps: build with -fwrapv.  Division, shifts and
 *      conversions that C leaves undefined go through the inline helpers
 *      below.  Build also with -fno-strict-aliasing.
 *   4. Run-time failures are Go panics raised on the goroutine's stack
 *      (rt_panic and the rt_panic_* helpers), never from g0.
 */
#ifndef RT_H
#define RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------------
 * Go's value types in C.
 * --------------------------------------------------------------------- */

typedef int64_t go_int;
typedef uint64_t go_uint;
typedef uintptr_t go_uintptr;
typedef int32_t go_rune;
typedef uint8_t go_byte;
typedef bool go_bool;
typedef double go_float64;
typedef float go_float32;

/* string: immutable bytes (not NUL-terminated). */
typedef struct go_string {
	const uint8_t *ptr;
	go_int len;
} go_string;

/* []T: ptr points at the first element (of element type T). */
typedef struct go_slice {
	void *ptr;
	go_int len;
	go_int cap;
} go_slice;

typedef struct rt_type rt_type;
typedef struct rt_itab rt_itab;

/* interface{} (any). data is the value itself for pointer-shaped types
 * (RT_DIRECTIFACE), else a pointer to a heap copy of the value. */
typedef struct go_eface {
	const rt_type *type; /* NULL: nil interface */
	void *data;
} go_eface;

/* A non-empty interface: itab gives the dynamic type and the methods. */
typedef struct go_iface {
	const rt_itab *itab; /* NULL: nil interface */
	void *data;
} go_iface;

/* A func value is a pointer to a closure whose first word is the code;
 * the code gets the closure pointer as a hidden first argument.  A nil
 * func value is NULL. */
typedef struct rt_closure {
	void *fn;
	/* captured variables follow */
} rt_closure;

typedef struct rt_chan rt_chan;
typedef struct rt_map rt_map;

#define GO_STR(s) ((go_string){(const uint8_t *)(s), (go_int)sizeof(s) - 1})

/* ---------------------------------------------------------------------
 * Type descriptors.  Emitted by the compiler for every type that meets an
 * interface, a map or fmt; basic types are defined by the runtime
 * (rt_T_int, rt_T_string, ...).  Runtime type identity is pointer equality:
 * named types are defined once, unnamed composite types are emitted as weak
 * symbols with a canonical name so the linker keeps one.
 * --------------------------------------------------------------------- */

enum rt_kind {
	RT_INVALID = 0,
	RT_BOOL, RT_INT, RT_INT8, RT_INT16, RT_INT32, RT_INT64,
	RT_UINT, RT_UINT8, RT_UINT16, RT_UINT32, RT_UINT64, RT_UINTPTR,
	RT_FLOAT32, RT_FLOAT64, RT_COMPLEX64, RT_COMPLEX128,
	RT_ARRAY, RT_CHAN, RT_FUNC, RT_INTERFACE, RT_MAP, RT_POINTER,
	RT_SLICE, RT_STRING, RT_STRUCT, RT_UNSAFEPOINTER,
};

enum rt_tflag {
	RT_DIRECTIFACE = 1, /* stored directly in an interface's data word */
	RT_NOPTRS = 2,      /* contains no pointers: may live in noscan memory */
	RT_NAMED = 4,       /* a defined (named) type */
	RT_COMPARABLE = 8,  /* == is defined (equal != NULL) */
};

enum rt_chandir { RT_CHAN_RECV = 1, RT_CHAN_SEND = 2, RT_CHAN_BOTH = 3 };

typedef struct rt_field {
	const char *name;      /* field name ("" never; embedded: the type's name) */
	const rt_type *type;
	uintptr_t offset;
	bool embedded;
	bool exported;
} rt_field;

/* A method in a method set.  ifn takes the interface data word as its
 * receiver: the pointer itself for direct types, else a pointer to the
 * boxed value; then the method's own arguments. */
typedef struct rt_method {
	const char *name;
	const rt_type *mtyp;   /* the method's func type, without receiver */
	void *ifn;
} rt_method;

typedef struct rt_imethod {
	const char *name;
	const rt_type *mtyp;
} rt_imethod;

struct rt_type {
	uint8_t kind;            /* enum rt_kind */
	uint8_t flags;           /* enum rt_tflag */
	uint32_t hash;           /* a hash of the type, for type switches/maps */
	uintptr_t size;
	uintptr_t align;
	const char *string;      /* as %T prints it: "main.Point", "[]int", "map[string]int" */
	const char *pkgpath;     /* named types: "main", "time"...; else NULL */
	const char *name;        /* named types: "Point"; else NULL */
	bool (*equal)(const void *a, const void *b);           /* NULL: not comparable */
	uintptr_t (*hashfn)(const void *p, uintptr_t seed);    /* NULL: not hashable */
	const rt_type *elem;     /* array, chan, map (value), pointer, slice */
	const rt_type *key;      /* map */
	intptr_t len;            /* array: length; chan: enum rt_chandir */
	const rt_field *fields;  /* struct */
	intptr_t nfields;
	const rt_imethod *imethods; /* interface, sorted by name */
	intptr_t nimethods;
	const rt_method *methods;   /* method set, sorted by name */
	intptr_t nmethods;
	const rt_type *const *in;   /* func parameters */
	intptr_t nin;
	const rt_type *const *out;  /* func results */
	intptr_t nout;
	bool variadic;              /* func */
};

struct rt_itab {
	const rt_type *inter;
	const rt_type *type;
	void *fun[]; /* in the order of inter->imethods */
};

/* Basic types, defined by the runtime. */
extern const rt_type rt_T_bool, rt_T_int, rt_T_int8, rt_T_int16, rt_T_int32,
	rt_T_int64, rt_T_uint, rt_T_uint8, rt_T_uint16, rt_T_uint32, rt_T_uint64,
	rt_T_uintptr, rt_T_float32, rt_T_float64, rt_T_string, rt_T_unsafeptr,
	rt_T_any, rt_T_error;
/* func() string: the type of the Error and String methods (types.c).
 * Method signatures are matched by identity or, for unnamed types, by
 * their type string, so the compiler may also emit its own. */
extern const rt_type rt_T_func_string;
/* equal/hashfn of interface types (for descriptors the compiler emits):
 * p points at a go_eface (empty interface) or a go_iface. */
bool rt_eface_equal(const void *a, const void *b);
bool rt_iface_equal(const void *a, const void *b);
uintptr_t rt_eface_hash(const void *p, uintptr_t seed);
uintptr_t rt_iface_hash(const void *p, uintptr_t seed);
/* The equal/hashfn of the basic descriptors under constant names, for
 * static initializers of emitted descriptors (rt_T_int.equal is not a
 * constant expression in C): rt_eq_T / rt_hash_T for T in bool, int,
 * int8..int64, uint, uint8..uint64, uintptr, float32, float64, string,
 * unsafeptr (pointers and chans too: they compare as addresses). */
#define RT_DECLARE_EQHASH(T) \
	bool rt_eq_##T(const void *a, const void *b); \
	uintptr_t rt_hash_##T(const void *p, uintptr_t seed);
RT_DECLARE_EQHASH(bool) RT_DECLARE_EQHASH(int) RT_DECLARE_EQHASH(int8)
RT_DECLARE_EQHASH(int16) RT_DECLARE_EQHASH(int32) RT_DECLARE_EQHASH(int64)
RT_DECLARE_EQHASH(uint) RT_DECLARE_EQHASH(uint8) RT_DECLARE_EQHASH(uint16)
RT_DECLARE_EQHASH(uint32) RT_DECLARE_EQHASH(uint64) RT_DECLARE_EQHASH(uintptr)
RT_DECLARE_EQHASH(float32) RT_DECLARE_EQHASH(float64) RT_DECLARE_EQHASH(string)
RT_DECLARE_EQHASH(unsafeptr)
#undef RT_DECLARE_EQHASH
/* Hash building blocks for struct and array hashfns. */
uintptr_t rt_memhash(const void *p, size_t n, uintptr_t seed);
uintptr_t rt_strhash(const void *p, uintptr_t seed); /* p: go_string */

/* Interfaces (iface.c). */
const rt_itab *rt_getitab(const rt_type *inter, const rt_type *type, bool canfail);
go_eface rt_box(const rt_type *t, const void *v); /* any(v): copies *v */
bool rt_efaceeq(go_eface a, go_eface b);          /* panics on uncomparable */
bool rt_ifaceeq(go_iface a, go_iface b);
/* x.(T) for concrete T: copies the value to out or panics (Go's message).
 * The _ok form returns false instead of panicking. */
void rt_assert_concrete(go_eface x, const rt_type *want, const rt_type *iface, void *out);
bool rt_assert_concrete_ok(go_eface x, const rt_type *want, void *out);
go_iface rt_assert_iface(go_eface x, const rt_type *inter);
bool rt_assert_iface_ok(go_eface x, const rt_type *inter, go_iface *out);
static inline go_eface rt_iface2eface(go_iface i)
{
	return (go_eface){i.itab ? i.itab->type : NULL, i.data};
}

/* ---------------------------------------------------------------------
 * Memory (GC-managed; everything is zeroed).
 * --------------------------------------------------------------------- */

void *rt_alloc(size_t size);        /* may contain pointers */
void *rt_alloc_noscan(size_t size); /* contains no pointers */
#define RT_NEW(T) ((T *)rt_alloc(sizeof(T)))

/* ---------------------------------------------------------------------
 * Strings and slices (string.c, slice.c).
 * --------------------------------------------------------------------- */

go_string rt_concat(go_string a, go_string b);
go_string rt_concatn(const go_string *parts, go_int n);
int rt_strcmp(go_string a, go_string b); /* <0, 0, >0 */
static inline bool rt_streq(go_string a, go_string b)
{
	return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}
go_string rt_rune_to_string(go_int r);           /* string(rune) */
go_string rt_bytes_to_string(go_slice b);        /* string([]byte) */
go_slice rt_string_to_bytes(go_string s);        /* []byte(s) */
go_slice rt_string_to_runes(go_string s);        /* []rune(s) */
go_string rt_runes_to_string(go_slice r);        /* string([]rune) */
/* Decodes the rune at s[i] (invalid bytes: U+FFFD, width 1); returns the
 * index of the next rune. */
go_int rt_decoderune(go_string s, go_int i, go_rune *r);

/* append's growth: returns a slice with len newlen and Go's capacity for
 * it, old contents copied. */
go_slice rt_growslice(go_slice old, go_int newlen, size_t elemsize, bool noscan);
go_slice rt_makeslice(go_int len, go_int cap, size_t elemsize, bool noscan);

/* ---------------------------------------------------------------------
 * Maps (map.c).  mt is the map's type descriptor (key, elem).
 * --------------------------------------------------------------------- */

rt_map *rt_makemap(const rt_type *mt, go_int hint);
void *rt_mapaccess1(const rt_type *mt, rt_map *m, const void *key); /* value or zero value */
void *rt_mapaccess2(const rt_type *mt, rt_map *m, const void *key, bool *ok);
void *rt_mapassign(const rt_type *mt, rt_map *m, const void *key);  /* slot to store into */
void rt_mapdelete(const rt_type *mt, rt_map *m, const void *key);
void rt_mapclear(const rt_type *mt, rt_map *m);
go_int rt_maplen(rt_map *m);
typedef struct rt_mapiter {
	void *key; /* NULL when the iteration is over */
	void *val;
	uintptr_t priv[10];
} rt_mapiter;
void rt_mapiterinit(const rt_type *mt, rt_map *m, rt_mapiter *it);
void rt_mapiternext(rt_mapiter *it);

/* ---------------------------------------------------------------------
 * Panics, defer, recover (panic.c).
 *
 * A function that contains defer statements keeps an rt_frame on its C
 * stack:
 *
 *     rt_frame fr;
 *     rt_frame_enter(&fr);
 *     if (rt_setjmp(&fr.jb) == 0) {
 *         ... body; a return stores the results, then: goto out;
 *     }
 *   out:
 *     rt_frame_leave(&fr);   // runs the defers; continues a panic that
 *     return results;        // was not recovered (does not return then)
 *
 * A panic longjmps to the newest frame; the frame runs its defers; if one
 * of them recovered, the function returns normally with its named results.
 * --------------------------------------------------------------------- */

typedef struct rt_jmpbuf {
	/* layout private to the .S, but for regs[1]: the sp (stack.c) */
#if defined(__aarch64__)
	uintptr_t regs[22];
#else
	uintptr_t regs[16];
#endif
} rt_jmpbuf;
int rt_setjmp(rt_jmpbuf *jb) __attribute__((returns_twice));
_Noreturn void rt_longjmp(rt_jmpbuf *jb, int v);

typedef struct rt_defer rt_defer;
typedef struct rt_frame {
	rt_jmpbuf jb;
	struct rt_frame *prev;
	rt_defer *defers;
	void *seg;        /* the stack segment the frame lives on (runtime) */
	uintptr_t priv[4];
} rt_frame;

void rt_frame_enter(rt_frame *f);
void rt_frame_leave(rt_frame *f);
/* Pushes a deferred call: fn(arg) at frame exit.  fnid identifies the
 * deferred Go function (its C code address) so that recover() knows it is
 * called directly by a deferred call. */
void rt_defer_push(rt_frame *f, void (*fn)(void *arg), void *arg, const void *fnid);
/* recover(): fnid is the C code address of the function calling it. */
go_eface rt_recover(const void *fnid);
_Noreturn void rt_panic(go_eface v);
_Noreturn void rt_goexit(void);

/* Run-time errors with Go's messages ("runtime error: ..."). */
_Noreturn void rt_panic_index(go_int i, go_int len);
_Noreturn void rt_panic_slice(go_int lo, go_int hi, go_int max, int which);
/* rt_panic_slice's arguments are Go's boundsError: call it as
 * rt_panic_slice(x, y, 0, which) with, for s[a:b] and s[a:b:c], checked
 * in this order with unsigned comparisons (so negatives fail too):
 *   which                  failed check            x   y
 *   RT_BOUNDS_SLICE_ALEN   b <= len (string)       b   len
 *   RT_BOUNDS_SLICE_ACAP   b <= cap (slice, array) b   cap
 *   RT_BOUNDS_SLICE_B      a <= b                  a   b
 *   RT_BOUNDS_SLICE3_ALEN  c <= len                c   len
 *   RT_BOUNDS_SLICE3_ACAP  c <= cap                c   cap
 *   RT_BOUNDS_SLICE3_B     b <= c                  b   c
 *   RT_BOUNDS_SLICE3_C     a <= b                  a   b
 *   RT_BOUNDS_CONVERT      N <= len for (*[N]T)(s) N   len
 * e.g. "slice bounds out of range [:5] with capacity 3" (error.c). */
enum rt_bounds {
	RT_BOUNDS_INDEX, RT_BOUNDS_SLICE_ALEN, RT_BOUNDS_SLICE_ACAP, RT_BOUNDS_SLICE_B,
	RT_BOUNDS_SLICE3_ALEN, RT_BOUNDS_SLICE3_ACAP, RT_BOUNDS_SLICE3_B, RT_BOUNDS_SLICE3_C,
	RT_BOUNDS_CONVERT,
};
_Noreturn void rt_panic_nil(void);          /* nil pointer dereference */
_Noreturn void rt_panic_divide(void);       /* integer divide by zero */
_Noreturn void rt_panic_nilmap(void);       /* assignment to entry in nil map */
_Noreturn void rt_panic_makeslice_len(void);
_Noreturn void rt_panic_makeslice_cap(void);
_Noreturn void rt_panic_msg(const char *runtime_error_text); /* "runtime error: " + text */
_Noreturn void rt_panic_string(go_string s);                 /* panic("...") as plain string */
/* A runtime.Error whose text has no "runtime error: " prefix (Go's
 * plainError): "close of closed channel", "send on closed channel",
 * "close of nil channel", "makechan: size out of range",
 * "assignment to entry in nil map" (error.c). */
_Noreturn void rt_panic_plain(const char *text);
_Noreturn void rt_panic_unreachable(void);  /* missing return reached (never, if the checker is right) */

static inline go_int rt_index(go_int i, go_int len)
{
	if (__builtin_expect((uint64_t)i >= (uint64_t)len, 0))
		rt_panic_index(i, len);
	return i;
}

#define RT_NILCHECK(p) \
	(__builtin_expect((p) == NULL, 0) ? rt_panic_nil() : (void)0)

/* Integer division with Go's rules: panic on zero, MinInt / -1 wraps. */
#define RT_DEFINE_SDIV(T, name) \
	static inline T rt_div_##name(T a, T b) { \
		if (__builtin_expect(b == 0, 0)) rt_panic_divide(); \
		if (b == -1) return (T)(0 - (uint64_t)a); \
		return a / b; } \
	static inline T rt_mod_##name(T a, T b) { \
		if (__builtin_expect(b == 0, 0)) rt_panic_divide(); \
		if (b == -1) return 0; \
		return a % b; }
#define RT_DEFINE_UDIV(T, name) \
	static inline T rt_div_##name(T a, T b) { \
		if (__builtin_expect(b == 0, 0)) rt_panic_divide(); \
		return a / b; } \
	static inline T rt_mod_##name(T a, T b) { \
		if (__builtin_expect(b == 0, 0)) rt_panic_divide(); \
		return a % b; }
RT_DEFINE_SDIV(int8_t, i8) RT_DEFINE_SDIV(int16_t, i16) RT_DEFINE_SDIV(int32_t, i32)
RT_DEFINE_SDIV(int64_t, i64) RT_DEFINE_UDIV(uint8_t, u8) RT_DEFINE_UDIV(uint16_t, u16)
RT_DEFINE_UDIV(uint32_t, u32) RT_DEFINE_UDIV(uint64_t, u64)

/* Shifts with Go's rules: counts >= width give 0 (or the sign for >>).
 * A negative count panics ("negative shift amount"). */
_Noreturn void rt_panic_shift(void);
#define RT_DEFINE_SSHIFT(T, name, bits) \
	static inline T rt_shl_##name(T a, uint64_t n) { \
		return n >= bits ? (T)0 : (T)((uint64_t)a << n); } \
	static inline T rt_shr_##name(T a, uint64_t n) { \
		if (n >= bits) return a < 0 ? (T)-1 : (T)0; \
		return a >> n; }
#define RT_DEFINE_USHIFT(T, name, bits) \
	static inline T rt_shl_##name(T a, uint64_t n) { \
		return n >= bits ? (T)0 : (T)((uint64_t)a << n); } \
	static inline T rt_shr_##name(T a, uint64_t n) { \
		return n >= bits ? (T)0 : (T)(a >> n); }
RT_DEFINE_SSHIFT(int8_t, i8, 8) RT_DEFINE_SSHIFT(int16_t, i16, 16)
RT_DEFINE_SSHIFT(int32_t, i32, 32) RT_DEFINE_SSHIFT(int64_t, i64, 64)
RT_DEFINE_USHIFT(uint8_t, u8, 8) RT_DEFINE_USHIFT(uint16_t, u16, 16)
RT_DEFINE_USHIFT(uint32_t, u32, 32) RT_DEFINE_USHIFT(uint64_t, u64, 64)

/* ---------------------------------------------------------------------
 * Goroutines, stacks, scheduler (sched.c, stack.c, switch_*.S).
 * --------------------------------------------------------------------- */

/* Starts a goroutine running fn(arg).  arg is GC memory (or NULL). */
void rt_go(void (*fn)(void *arg), void *arg);
void rt_gosched(void);
go_int rt_numgoroutine(void);
go_int rt_gomaxprocs(go_int n); /* n < 1: query only */
go_int rt_numcpu(void);
void rt_gc(void);
int64_t rt_goid(void);

/* Program entry: generated main() returns rt_main(argc, argv, init, main). */
int rt_main(int argc, char **argv, void (*init)(void), void (*main_main)(void));
extern int rt_argc;     /* os.Args */
extern char **rt_argv;
_Noreturn void rt_exit(int code);
/* Go's "fatal error: MSG" and exit status 2; deferred calls do not run (fatal.c). */
_Noreturn void rt_fatal(const char *msg);

/* Thread-local variables of the runtime (rt_stackguard, rt_preempt_flag,
 * rt_cursite) are reached through RT_TLS(var).  A goroutine may resume on
 * another thread after any call, so the thread pointer must be read again
 * at every access.  On x86-64 every access is %fs-relative: RT_TLS(var) is
 * var.  On aarch64 gcc reads tpidr_el0 once per function and keeps it in a
 * callee-saved register across calls (the wrong thread's variables after a
 * switch): RT_TLS reads tpidr_el0 in an asm volatile each time. */
#if defined(__aarch64__)
#define RT_TLS_PTR(var)                                                        \
	({                                                                     \
		__typeof__(&(var)) rt_tls_p_;                                  \
		__asm__ volatile("mrs %0, tpidr_el0\n\t"                        \
		                 "add %0, %0, #:tprel_hi12:" #var ", lsl #12\n\t" \
		                 "add %0, %0, #:tprel_lo12_nc:" #var            \
		                 : "=r"(rt_tls_p_));                           \
		rt_tls_p_;                                                     \
	})
#define RT_TLS(var) (*RT_TLS_PTR(var))
#else
#define RT_TLS(var) (var)
#endif

/* The stack check.  rt_stackguard is the current goroutine's guard (the
 * lowest sp a function may start with); the runtime keeps it up to date
 * and sets it to a huge value to request a preemption at the next call. */
#if !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)
#define RT_STACK_HEADROOM 640 /* bytes below the guard, for frame + slow path */
#else
#define RT_STACK_HEADROOM (40 << 10) /* make tsan, make asan: see RT_SEG_FIRST */
#endif
#define RT_SMALL_FRAME 256    /* frames up to this use the plain check */
/* A function with calls inside a loop checks for this much room below its
 * frame (RT_STACK_CHECK_N), so that its callees do not cross a segment
 * boundary at every iteration (the hot split).  compiler/emit.c has the
 * same value. */
#define RT_LOOP_ROOM 128
extern __thread uintptr_t rt_stackguard __attribute__((tls_model("local-exec")));
#if defined(__x86_64__)
#define RT_STACK_CHECK(label) \
	__asm__ goto("cmpq %%fs:rt_stackguard@tpoff, %%rsp\n\tjb %l0" : : : "cc" : label)
#define RT_STACK_CHECK_N(label, n) \
	__asm__ goto("leaq -%c0(%%rsp), %%rax\n\tcmpq %%fs:rt_stackguard@tpoff, %%rax\n\tjb %l1" \
	             : : "i"(n) : "rax", "cc" : label)
#elif defined(__aarch64__)
/* x16 and x17 (IP0, IP1) are scratch; `cmp sp, xN` is the extended form. */
#define RT_STACK_CHECK(label)                                                  \
	__asm__ goto("mrs x16, tpidr_el0\n\t"                                   \
	             "add x16, x16, #:tprel_hi12:rt_stackguard, lsl #12\n\t"    \
	             "ldr x16, [x16, #:tprel_lo12_nc:rt_stackguard]\n\t"        \
	             "cmp sp, x16\n\t"                                          \
	             "b.lo %l0"                                                \
	             : : : "x16", "cc" : label)
#define RT_STACK_CHECK_N(label, n)                                             \
	__asm__ goto("mrs x16, tpidr_el0\n\t"                                   \
	             "add x16, x16, #:tprel_hi12:rt_stackguard, lsl #12\n\t"    \
	             "ldr x16, [x16, #:tprel_lo12_nc:rt_stackguard]\n\t"        \
	             "sub x17, sp, %0\n\t"                                      \
	             "cmp x17, x16\n\t"                                         \
	             "b.lo %l1"                                                \
	             : : "r"((uintptr_t)(n)) : "x16", "x17", "cc" : label)
#else
#define RT_STACK_CHECK(label) \
	do { if (__builtin_expect((uintptr_t)__builtin_frame_address(0) < rt_stackguard, 0)) goto label; } while (0)
#define RT_STACK_CHECK_N(label, n) \
	do { if (__builtin_expect((uintptr_t)__builtin_frame_address(0) - (n) < rt_stackguard, 0)) goto label; } while (0)
#endif
/* Runs thunk(arg) on a new stack segment of at least `need` bytes (0: the
 * default size) and returns when it returns.  Also the place where a
 * requested preemption happens. */
void rt_morestack(void (*thunk)(void *arg), void *arg, size_t need);
/* Runs fn(arg) on the thread's own stack (g0).  For runtime and library C
 * code that locks, blocks, allocates or needs much stack. */
void rt_systemstack(void (*fn)(void *arg), void *arg);
/* Bytes of stack left above the guard on the current segment: C library
 * code (fmt) asks before calling rt_morestack(..., need). */
size_t rt_stack_room(void);
/* Generated functions go in section go_text (RT_GOTEXT, rt_ops.h): a
 * goroutine interrupted by the preemption signal with its PC there is at a
 * safe point.  Every generated function needs it, thunks and wrappers
 * included: gcc inlines a go_text function into a caller of another section. */
/* Back-edge poll for loops that call out of generated code. */
extern __thread volatile int rt_preempt_flag __attribute__((tls_model("local-exec")));
void rt_preempt_poll(void);
#define RT_POLL() \
	(__builtin_expect(RT_TLS(rt_preempt_flag), 0) ? rt_preempt_poll() : (void)0)

/* ---------------------------------------------------------------------
 * Channels and select (chan.c, select.c).
 * --------------------------------------------------------------------- */

rt_chan *rt_makechan(size_t elemsize, go_int cap);
void rt_chansend(rt_chan *c, const void *elem);
/* Receives into elem (may be NULL); returns false if c is closed and empty
 * (elem then holds the zero value). */
bool rt_chanrecv(rt_chan *c, void *elem);
/* select with one case and a default: rt_chansend_nb returns false if it
 * could not send; rt_chanrecv_nb returns -1 if nothing was ready, else
 * 1 (a value) or 0 (closed). */
bool rt_chansend_nb(rt_chan *c, const void *elem);
int rt_chanrecv_nb(rt_chan *c, void *elem);
void rt_chanclose(rt_chan *c);
go_int rt_chanlen(rt_chan *c);
go_int rt_chancap(rt_chan *c);

enum { RT_SELECT_SEND = 1, RT_SELECT_RECV = 2 };
typedef struct rt_scase {
	rt_chan *c;   /* NULL: a nil channel, never ready */
	void *elem;   /* send: the value; receive: destination (may be NULL) */
	int dir;      /* RT_SELECT_SEND or RT_SELECT_RECV */
} rt_scase;
/* Returns the index of the case that ran, or -1 when block is false and no
 * case was ready (the default case).  *recvok is set for a receive.
 * ncases == 0 with block: blocks forever (select {}). */
int rt_select(rt_scase *cases, int ncases, bool block, bool *recvok);

/* ---------------------------------------------------------------------
 * Time and sleeping (time.c).
 * --------------------------------------------------------------------- */

int64_t rt_nanotime(void);  /* monotonic clock, ns */
int64_t rt_walltime(void);  /* ns since the Unix epoch */
void rt_sleep(int64_t ns);  /* parks the goroutine, not the thread */

/* Timers for the time package (AfterFunc, Timer, Ticker): when the timer
 * fires, fn(arg) runs in a new goroutine.  when is in rt_nanotime's clock;
 * period > 0 makes it periodic.  reset and stop return whether the timer
 * was pending. */
typedef struct rt_timer rt_timer;
rt_timer *rt_timer_new(void (*fn)(void *arg), void *arg);
bool rt_timer_reset(rt_timer *t, int64_t when, int64_t period);
bool rt_timer_stop(rt_timer *t);

/* ---------------------------------------------------------------------
 * Semaphores for the sync package (sema.c).  Blocked goroutines park on
 * the runtime, not on an OS futex.  reason is printed by the deadlock
 * report (enum rt_waitreason).
 * --------------------------------------------------------------------- */

enum rt_waitreason {
	RT_WAIT_NONE, RT_WAIT_CHAN_RECV, RT_WAIT_CHAN_SEND, RT_WAIT_SELECT,
	RT_WAIT_SELECT_NOCASES, RT_WAIT_CHAN_RECV_NILCHAN, RT_WAIT_CHAN_SEND_NILCHAN,
	RT_WAIT_SLEEP, RT_WAIT_WAITGROUP, RT_WAIT_MUTEX, RT_WAIT_RWMUTEX_R,
	RT_WAIT_RWMUTEX_W, RT_WAIT_COND, RT_WAIT_SEMACQUIRE, RT_WAIT_SYSCALL,
};
void rt_semacquire(uint32_t *addr, int reason);
void rt_semrelease(uint32_t *addr);

/* ---------------------------------------------------------------------
 * Output and the print/println built-ins (print.c).
 * --------------------------------------------------------------------- */

/* Writes all of buf to fd (the goroutine's P is handed off if it blocks). */
go_int rt_write(int fd, const void *buf, go_int n); /* n, or -errno */
go_int rt_read(int fd, void *buf, go_int n);        /* bytes, 0 at EOF, or -errno */
/* waitpid(2) for os/exec, in the syscall state: returns the pid or -errno. */
go_int rt_waitpid(go_int pid, int *status, int options);
/* Runs fn(arg) on the thread's stack as a blocking system call: the P is
 * handed to another thread if it blocks (fork/exec, file I/O...). */
go_int rt_syscall(go_int (*fn)(void *arg), void *arg);
void rt_printlock(void);
void rt_printunlock(void);
void rt_printstring(go_string s);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printfloat(double v);
void rt_printbool(bool v);
void rt_printpointer(const void *p);
void rt_printeface(go_eface e);
void rt_printsp(void);
void rt_printnl(void);
/* Prints a panic value as Go's printpanics does: an error's Error(), a
 * Stringer's String(), basic values bare or as main.T(v), else
 * (main.T) 0xADDR (error.c).  Called by the panic report. */
void rt_printpanicval(go_eface v);

/* ---------------------------------------------------------------------
 * Source sites, for the tracebacks of panics and deadlocks: generated code
 * (compiled with RT_SITES) points rt_cursite at a static record of the Go
 * function, file and line before an operation that may panic or block;
 * for inline checks only on their cold path.  The scheduler keeps it per
 * goroutine across switches.
 * --------------------------------------------------------------------- */

typedef struct rt_site {
	const char *func; /* the C function (main_main, main_T__M, ...) */
	const char *file; /* the Go file, as #line gives it */
	int line;
} rt_site;
extern __thread const rt_site *rt_cursite __attribute__((tls_model("local-exec")));
void rt_printsite(int fd, const rt_site *s); /* "main.main()\n\tFILE:LINE\n" */

#include "rt_ops.h"

#endif
