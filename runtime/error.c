/*
 * error.c — the run-time error values that the runtime panics with, and
 * the printing of a panic value.
 *
 * Each failure panics with a Go value of one of Go's own runtime error
 * types, so that a program that recovers it sees what Go would give it:
 * the same %T (runtime.boundsError, runtime.errorString, runtime.plainError,
 * *runtime.TypeAssertionError), the same Error() text, and a RuntimeError
 * method (runtime.Error).  The messages are built in Error(), as Go does,
 * not at the panic: a recovered panic that is never printed costs no text.
 *
 *   runtime.errorString  "runtime error: " + s   (divide, nil deref, shifts,
 *                                                  makeslice, hash/compare)
 *   runtime.plainError   s                       (nil map assignment)
 *   runtime.boundsError  index and slice bounds, all of Go's variants
 *   *runtime.TypeAssertionError  failed x.(T)
 *
 * rt_printpanicval prints a panic value as Go 1.19's printpanics does after
 * preprintpanics: an error prints v.Error(), a Stringer v.String(), the
 * predeclared basic types their value, other named basic types
 * `main.T(value)`, anything else `(main.T) 0xADDR` with the data word.
 */
#include "data.h"

/* ---------------------------------------------------------------------
 * errorString and plainError: named string types.
 * --------------------------------------------------------------------- */

static go_string errorString_Error(void *data)
{
	return rt_concat(GO_STR("runtime error: "), *(go_string *)data);
}

static go_string plainError_Error(void *data)
{
	return *(go_string *)data;
}

static void runtimeError(void *data) { (void)data; }

static bool eq_str(const void *a, const void *b)
{
	return rt_streq(*(const go_string *)a, *(const go_string *)b);
}

static const rt_method errorString_methods[2] = {
	{"Error", &rt_T_func_string, (void *)errorString_Error},
	{"RuntimeError", &rt_T_func_void, (void *)runtimeError},
};

static const rt_method plainError_methods[2] = {
	{"Error", &rt_T_func_string, (void *)plainError_Error},
	{"RuntimeError", &rt_T_func_void, (void *)runtimeError},
};

const rt_type rt_T_runtime_errorString = {
	.kind = RT_STRING, .flags = RT_NAMED | RT_COMPARABLE, .hash = 0x4001u,
	.size = sizeof(go_string), .align = _Alignof(go_string),
	.string = "runtime.errorString", .pkgpath = "runtime", .name = "errorString",
	.equal = eq_str, .hashfn = rt_strhash,
	.methods = errorString_methods, .nmethods = 2,
};

const rt_type rt_T_runtime_plainError = {
	.kind = RT_STRING, .flags = RT_NAMED | RT_COMPARABLE, .hash = 0x4002u,
	.size = sizeof(go_string), .align = _Alignof(go_string),
	.string = "runtime.plainError", .pkgpath = "runtime", .name = "plainError",
	.equal = eq_str, .hashfn = rt_strhash,
	.methods = plainError_methods, .nmethods = 2,
};

static _Noreturn void panic_str(const rt_type *t, go_string msg)
{
	go_string *p = RT_NEW(go_string);
	*p = msg;
	rt_panic((go_eface){t, p});
}

void rt_panic_errorstring(go_string msg) { panic_str(&rt_T_runtime_errorString, msg); }
void rt_panic_plainerror(go_string msg) { panic_str(&rt_T_runtime_plainError, msg); }

void rt_panic_nil(void) { rt_panic_errorstring(GO_STR("invalid memory address or nil pointer dereference")); }
void rt_panic_divide(void) { rt_panic_errorstring(GO_STR("integer divide by zero")); }
void rt_panic_shift(void) { rt_panic_errorstring(GO_STR("negative shift amount")); }
void rt_panic_nilmap(void) { rt_panic_plainerror(GO_STR("assignment to entry in nil map")); }
void rt_panic_makeslice_len(void) { rt_panic_errorstring(GO_STR("makeslice: len out of range")); }
void rt_panic_makeslice_cap(void) { rt_panic_errorstring(GO_STR("makeslice: cap out of range")); }
void rt_panic_msg(const char *text) { rt_panic_errorstring(rt_gostring(text)); }
void rt_panic_plain(const char *text) { rt_panic_plainerror(rt_gostring(text)); }
void rt_panic_unreachable(void) { rt_panic_plainerror(GO_STR("minigo: missing return reached")); }

void rt_panic_string(go_string s)
{
	go_string *p = RT_NEW(go_string);
	*p = s;
	rt_panic((go_eface){&rt_T_string, p});
}

/* ---------------------------------------------------------------------
 * boundsError.
 * --------------------------------------------------------------------- */

typedef struct bounds_error {
	int64_t x;
	go_int y;
	bool sign;
	uint8_t code;
} bounds_error;

static const char *const bounds_fmts[] = {
	[RT_BOUNDS_INDEX] = "index out of range [%x] with length %y",
	[RT_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
	[RT_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
	[RT_BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
	[RT_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
	[RT_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
	[RT_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
	[RT_BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
	[RT_BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const bounds_neg_fmts[] = {
	[RT_BOUNDS_INDEX] = "index out of range [%x]",
	[RT_BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
	[RT_BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
	[RT_BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
	[RT_BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
	[RT_BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
	[RT_BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
	[RT_BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
	[RT_BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static size_t put_int(char *b, int64_t v, bool sign)
{
	char tmp[24];
	size_t n = 0, k = 0;
	uint64_t u = (uint64_t)v;
	if (sign && v < 0) {
		b[k++] = '-';
		u = 0 - u;
	}
	do
		tmp[n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	while (n > 0)
		b[k++] = tmp[--n];
	return k;
}

static go_string boundsError_Error(void *data)
{
	const bounds_error *e = data;
	const char *f = (e->sign && e->x < 0) ? bounds_neg_fmts[e->code] : bounds_fmts[e->code];
	char b[128];
	size_t n = 0;
	memcpy(b, "runtime error: ", 15);
	n = 15;
	for (; *f; f++) {
		if (*f != '%') {
			b[n++] = *f;
			continue;
		}
		f++;
		if (*f == 'x')
			n += put_int(b + n, e->x, e->sign);
		else
			n += put_int(b + n, (int64_t)e->y, true);
	}
	return rt_gostringn(b, (go_int)n);
}

static const rt_method boundsError_methods[2] = {
	{"Error", &rt_T_func_string, (void *)boundsError_Error},
	{"RuntimeError", &rt_T_func_void, (void *)runtimeError},
};

static bool eq_bounds(const void *a, const void *b)
{
	const bounds_error *x = a, *y = b;
	return x->x == y->x && x->y == y->y && x->sign == y->sign && x->code == y->code;
}

static uintptr_t hash_bounds(const void *p, uintptr_t seed)
{
	const bounds_error *e = p;
	uint64_t w[3] = {(uint64_t)e->x, (uint64_t)e->y, (uint64_t)e->sign << 8 | e->code};
	return rt_memhash(w, sizeof w, seed);
}

static const rt_type T_boundsErrorCode = {
	.kind = RT_UINT8, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .hash = 0x4004u,
	.size = 1, .align = 1, .string = "runtime.boundsErrorCode", .pkgpath = "runtime",
	.name = "boundsErrorCode",
};

static const rt_field boundsError_fields[4] = {
	{"x", &rt_T_int64, offsetof(bounds_error, x), false, false},
	{"y", &rt_T_int, offsetof(bounds_error, y), false, false},
	{"signed", &rt_T_bool, offsetof(bounds_error, sign), false, false},
	{"code", &T_boundsErrorCode, offsetof(bounds_error, code), false, false},
};

const rt_type rt_T_runtime_boundsError = {
	.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .hash = 0x4003u,
	.size = sizeof(bounds_error), .align = _Alignof(bounds_error),
	.string = "runtime.boundsError", .pkgpath = "runtime", .name = "boundsError",
	.equal = eq_bounds, .hashfn = hash_bounds,
	.fields = boundsError_fields, .nfields = 4,
	.methods = boundsError_methods, .nmethods = 2,
};

static _Noreturn void panic_bounds(int64_t x, go_int y, int code)
{
	bounds_error *e = rt_alloc_noscan(sizeof *e);
	e->x = x;
	e->y = y;
	e->sign = true;
	e->code = (uint8_t)code;
	rt_panic((go_eface){&rt_T_runtime_boundsError, e});
}

void rt_panic_index(go_int i, go_int len)
{
	panic_bounds(i, len, RT_BOUNDS_INDEX);
}

void rt_panic_slice(go_int x, go_int y, go_int unused, int which)
{
	(void)unused;
	if (which < RT_BOUNDS_SLICE_ALEN || which > RT_BOUNDS_CONVERT)
		which = RT_BOUNDS_SLICE_B;
	panic_bounds(x, y, which);
}

/* ---------------------------------------------------------------------
 * *runtime.TypeAssertionError.
 * --------------------------------------------------------------------- */

typedef struct type_assertion_error {
	const rt_type *iface;    /* static type of x; NULL: "interface" */
	const rt_type *concrete; /* dynamic type; NULL: x was nil */
	const rt_type *asserted;
	go_string missing;       /* a method of asserted that concrete lacks */
} type_assertion_error;

static go_string typeAssertionError_Error(void *data)
{
	const type_assertion_error *e = data;
	const char *inter = e->iface ? e->iface->string : "interface";
	go_string as = rt_gostring(e->asserted->string);
	if (e->concrete == NULL) {
		go_string p[4] = {GO_STR("interface conversion: "), rt_gostring(inter), GO_STR(" is nil, not "), as};
		return rt_concatn(p, 4);
	}
	go_string cs = rt_gostring(e->concrete->string);
	if (e->missing.len == 0) {
		go_string p[7] = {GO_STR("interface conversion: "), rt_gostring(inter), GO_STR(" is "), cs,
			GO_STR(", not "), as, {NULL, 0}};
		if (rt_streq(cs, as)) {
			const char *a = e->concrete->pkgpath ? e->concrete->pkgpath : "";
			const char *b = e->asserted->pkgpath ? e->asserted->pkgpath : "";
			p[6] = strcmp(a, b) != 0 ? GO_STR(" (types from different packages)")
			                         : GO_STR(" (types from different scopes)");
		}
		return rt_concatn(p, 7);
	}
	go_string p[6] = {GO_STR("interface conversion: "), cs, GO_STR(" is not "), as,
		GO_STR(": missing method "), e->missing};
	return rt_concatn(p, 6);
}

static const rt_method typeAssertionError_methods[2] = {
	{"Error", &rt_T_func_string, (void *)typeAssertionError_Error},
	{"RuntimeError", &rt_T_func_void, (void *)runtimeError},
};

static const rt_field typeAssertionError_fields[4] = {
	{"_interface", &rt_T_unsafeptr, offsetof(type_assertion_error, iface), false, false},
	{"concrete", &rt_T_unsafeptr, offsetof(type_assertion_error, concrete), false, false},
	{"asserted", &rt_T_unsafeptr, offsetof(type_assertion_error, asserted), false, false},
	{"missingMethod", &rt_T_string, offsetof(type_assertion_error, missing), false, false},
};

const rt_type rt_T_runtime_TypeAssertionError = {
	.kind = RT_STRUCT, .flags = RT_NAMED, .hash = 0x4005u,
	.size = sizeof(type_assertion_error), .align = _Alignof(type_assertion_error),
	.string = "runtime.TypeAssertionError", .pkgpath = "runtime", .name = "TypeAssertionError",
	.fields = typeAssertionError_fields, .nfields = 4,
};

static bool eq_ptr(const void *a, const void *b) { return *(void *const *)a == *(void *const *)b; }
static uintptr_t hash_ptr(const void *p, uintptr_t seed) { return rt_memhash(p, sizeof(void *), seed); }

const rt_type rt_T_runtime_TypeAssertionError_ptr = {
	.kind = RT_POINTER, .flags = RT_DIRECTIFACE | RT_COMPARABLE, .hash = 0x4006u,
	.size = sizeof(void *), .align = _Alignof(void *),
	.string = "*runtime.TypeAssertionError",
	.equal = eq_ptr, .hashfn = hash_ptr, .elem = &rt_T_runtime_TypeAssertionError,
	.methods = typeAssertionError_methods, .nmethods = 2,
};

void rt_panic_typeassert(const rt_type *iface, const rt_type *concrete,
                         const rt_type *asserted, const char *missing)
{
	type_assertion_error *e = RT_NEW(type_assertion_error);
	e->iface = iface;
	e->concrete = concrete;
	e->asserted = asserted;
	if (missing)
		e->missing = rt_gostring(missing);
	rt_panic((go_eface){&rt_T_runtime_TypeAssertionError_ptr, e});
}

/* ---------------------------------------------------------------------
 * Printing a panic value.
 * --------------------------------------------------------------------- */

bool rt_panicval_method(go_eface v, go_string *out)
{
	if (v.type == NULL)
		return false;
	const rt_method *m = rt_findmethod(v.type, "Error", &rt_T_func_string);
	if (m == NULL)
		m = rt_findmethod(v.type, "String", &rt_T_func_string);
	if (m == NULL)
		return false;
	*out = ((go_string(*)(void *))m->ifn)(v.data);
	return true;
}

void rt_printpanicval(go_eface v)
{
	go_string s;
	if (rt_panicval_method(v, &s)) {
		rt_printstring(s);
		return;
	}
	const rt_type *t = v.type;
	if (t == NULL) {
		rt_printstring(GO_STR("nil"));
		return;
	}
	/* Predeclared types print bare; other named basic types as T(v). */
	bool bare = t == &rt_T_bool || t == &rt_T_int || t == &rt_T_int8 || t == &rt_T_int16 ||
		t == &rt_T_int32 || t == &rt_T_int64 || t == &rt_T_uint || t == &rt_T_uint8 ||
		t == &rt_T_uint16 || t == &rt_T_uint32 || t == &rt_T_uint64 || t == &rt_T_uintptr ||
		t == &rt_T_float32 || t == &rt_T_float64 || t == &rt_T_string;
	const void *p = v.data;
	bool basic = true;
	switch (t->kind) {
	case RT_STRING: case RT_BOOL: case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32:
	case RT_INT64: case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64:
	case RT_UINTPTR: case RT_FLOAT32: case RT_FLOAT64:
		break;
	default:
		basic = false;
	}
	if (!basic) {
		rt_printstring(GO_STR("("));
		rt_printstring(rt_gostring(t->string));
		rt_printstring(GO_STR(") "));
		rt_printpointer(v.data);
		return;
	}
	if (!bare) {
		rt_printstring(rt_gostring(t->string));
		rt_printstring(t->kind == RT_STRING ? GO_STR("(\"") : GO_STR("("));
	}
	switch (t->kind) {
	case RT_STRING: rt_printstring(*(const go_string *)p); break;
	case RT_BOOL: rt_printbool(*(const bool *)p); break;
	case RT_INT: case RT_INT64: rt_printint(*(const int64_t *)p); break;
	case RT_INT8: rt_printint(*(const int8_t *)p); break;
	case RT_INT16: rt_printint(*(const int16_t *)p); break;
	case RT_INT32: rt_printint(*(const int32_t *)p); break;
	case RT_UINT: case RT_UINT64: case RT_UINTPTR: rt_printuint(*(const uint64_t *)p); break;
	case RT_UINT8: rt_printuint(*(const uint8_t *)p); break;
	case RT_UINT16: rt_printuint(*(const uint16_t *)p); break;
	case RT_UINT32: rt_printuint(*(const uint32_t *)p); break;
	case RT_FLOAT32: rt_printfloat(*(const float *)p); break;
	case RT_FLOAT64: rt_printfloat(*(const double *)p); break;
	}
	if (!bare)
		rt_printstring(t->kind == RT_STRING ? GO_STR("\")") : GO_STR(")"));
}
