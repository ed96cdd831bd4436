/*
 * test_rt_iface.c — interfaces (runtime/iface.c), run-time errors and the
 * printing of panic values (runtime/error.c), print/println (print.c).
 * Expected texts printed by Go 1.19 (tests/gen/panicmsg.go).
 */
#include "rt_data_harness.h"

/* --- hand-made descriptors, as the compiler would emit them --------- */

typedef struct T { go_int a; } T;

static bool eq_T(const void *a, const void *b) { return ((const T *)a)->a == ((const T *)b)->a; }
static uintptr_t hash_T(const void *p, uintptr_t seed) { return rt_memhash(p, sizeof(T), seed); }

static const rt_type T_MyInt = {
	.kind = RT_INT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .size = 8, .align = 8,
	.string = "main.MyInt", .pkgpath = "main", .name = "MyInt",
	.equal = NULL, .hashfn = NULL,
};
static const rt_type T_S = {
	.kind = RT_STRING, .flags = RT_NAMED | RT_COMPARABLE, .size = 16, .align = 8,
	.string = "main.S", .pkgpath = "main", .name = "S",
};
static const rt_type T_F = {
	.kind = RT_FLOAT64, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .size = 8, .align = 8,
	.string = "main.F", .pkgpath = "main", .name = "F",
};
static const rt_field T_fields[1] = {{"a", &rt_T_int, 0, false, false}};
static const rt_type T_T = {
	.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .size = 8, .align = 8,
	.string = "main.T", .pkgpath = "main", .name = "T", .equal = eq_T, .hashfn = hash_T,
	.fields = T_fields, .nfields = 1,
};

/* type St struct{}; func (St) String() string */
static go_string St_String(void *data) { return S("stringer!"); }
/* the compiler's own descriptor of func() string: a different symbol */
static const rt_type *const out_string[1] = {&rt_T_string};
static const rt_type T_func_string_emitted = {
	.kind = RT_FUNC, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "func() string", .out = out_string, .nout = 1,
};
static const rt_method St_methods[1] = {{"String", &T_func_string_emitted, (void *)St_String}};
static bool eq_empty(const void *a, const void *b) { return true; }
static uintptr_t hash_empty(const void *p, uintptr_t seed) { return seed; }
static const rt_type T_St = {
	.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .size = 0, .align = 1,
	.string = "main.St", .pkgpath = "main", .name = "St", .equal = eq_empty, .hashfn = hash_empty,
	.methods = St_methods, .nmethods = 1,
};

/* type E struct{}; func (*E) Error() string */
static go_string E_Error(void *data) { return S("err!"); }
static const rt_method pE_methods[1] = {{"Error", &rt_T_func_string, (void *)E_Error}};
static const rt_type T_E = {
	.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, .size = 0, .align = 1,
	.string = "main.E", .pkgpath = "main", .name = "E", .equal = eq_empty, .hashfn = hash_empty,
};
static bool eq_ptr(const void *a, const void *b) { return *(void *const *)a == *(void *const *)b; }
static uintptr_t hash_ptr(const void *p, uintptr_t seed) { return rt_memhash(p, 8, seed); }
static const rt_type T_pE = {
	.kind = RT_POINTER, .flags = RT_DIRECTIFACE | RT_COMPARABLE, .size = 8, .align = 8,
	.string = "*main.E", .equal = eq_ptr, .hashfn = hash_ptr, .elem = &T_E,
	.methods = pE_methods, .nmethods = 1,
};

/* type fmt.Stringer interface { String() string } */
static const rt_imethod Stringer_imethods[1] = {{"String", &rt_T_func_string}};
static const rt_type T_Stringer = {
	.kind = RT_INTERFACE, .flags = RT_NAMED | RT_COMPARABLE, .size = 16, .align = 8,
	.string = "fmt.Stringer", .pkgpath = "fmt", .name = "Stringer",
	.equal = rt_iface_equal, .hashfn = rt_iface_hash,
	.imethods = Stringer_imethods, .nimethods = 1,
};

/* []int: not comparable */
static const rt_type T_slice_int = {
	.kind = RT_SLICE, .size = 24, .align = 8, .string = "[]int", .elem = &rt_T_int,
};

/* --- print capture ---------------------------------------------------- */

static const char *printed(go_eface v)
{
	ncaptured = 0;
	captured[0] = 0;
	capture_on = 1;
	rt_printpanicval(v);
	capture_on = 0;
	return captured;
}

static go_eface box(const rt_type *t, const void *v) { return rt_box(t, v); }

static void test_printpanicval(void **state)
{
	go_int three = 3;
	go_string x = S("x");
	double f15 = 1.5, fm = -2.25;
	bool tr = true;
	uint8_t u200 = 200;
	T t = {1};
	assert_string_equal(printed(box(&T_MyInt, &three)), "main.MyInt(3)");
	assert_string_equal(printed(box(&T_S, &x)), "main.S(\"x\")");
	assert_string_equal(printed(box(&rt_T_float64, &f15)), "+1.500000e+000");
	assert_true(strncmp(printed(box(&T_T, &t)), "(main.T) 0x", 11) == 0);
	assert_string_equal(printed(box(&T_St, &t)), "stringer!");
	void *e = rt_alloc(1);
	assert_string_equal(printed(box(&T_pE, &e)), "err!");
	assert_string_equal(printed(box(&T_F, &fm)), "main.F(-2.250000e+000)");
	assert_string_equal(printed(box(&rt_T_bool, &tr)), "true");
	assert_string_equal(printed(box(&rt_T_uint8, &u200)), "200");
	assert_string_equal(printed((go_eface){NULL, NULL}), "nil");
	assert_string_equal(printed(box(&rt_T_string, &x)), "x");
}

static void test_print_builtins(void **state)
{
	ncaptured = 0;
	capture_on = 1;
	rt_printlock();
	rt_printint(-42);
	rt_printsp();
	rt_printuint(18446744073709551615ULL);
	rt_printsp();
	rt_printbool(false);
	rt_printsp();
	rt_printfloat(0.1);
	rt_printsp();
	rt_printfloat(-0.0);
	rt_printsp();
	rt_printfloat(1e300 * 1e10);
	rt_printsp();
	rt_printfloat(123456789.0);
	rt_printsp();
	rt_printfloat(__builtin_nan(""));
	rt_printsp();
	rt_printpointer(NULL);
	rt_printsp();
	rt_printpointer((void *)0xc000012345);
	rt_printnl();
	rt_printunlock();
	capture_on = 0;
	/* Go 1.19: println(-42, uint64(1<<64-1), false, 0.1, math.Copysign(0, -1),
	 *   math.Inf(1), 123456789.0, math.NaN(), nil-pointer, 0xc000012345) */
	assert_string_equal(captured, "-42 18446744073709551615 false +1.000000e-001 -0.000000e+000 "
	                              "+Inf +1.234568e+008 NaN 0x0 0xc000012345\n");
}

/* --- run-time error messages ------------------------------------------ */

static void test_runtime_errors(void **state)
{
	assert_string_equal(CATCH_PANIC(rt_panic_nilmap()), "assignment to entry in nil map");
	assert_string_equal(CATCH_PANIC(rt_panic_index(5, 0)),
	                    "runtime error: index out of range [5] with length 0");
	assert_string_equal(CATCH_PANIC(rt_panic_index(-1, 3)), "runtime error: index out of range [-1]");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(2, 1, 0, RT_BOUNDS_SLICE_B)),
	                    "runtime error: slice bounds out of range [2:1]");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(5, 3, 0, RT_BOUNDS_SLICE_ACAP)),
	                    "runtime error: slice bounds out of range [:5] with capacity 3");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(5, 3, 0, RT_BOUNDS_SLICE_ALEN)),
	                    "runtime error: slice bounds out of range [:5] with length 3");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(-1, 3, 0, RT_BOUNDS_SLICE_B)),
	                    "runtime error: slice bounds out of range [-1:]");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(5, 3, 0, RT_BOUNDS_SLICE3_ACAP)),
	                    "runtime error: slice bounds out of range [::5] with capacity 3");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(2, 1, 0, RT_BOUNDS_SLICE3_B)),
	                    "runtime error: slice bounds out of range [:2:1]");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(2, 1, 0, RT_BOUNDS_SLICE3_C)),
	                    "runtime error: slice bounds out of range [2:1:]");
	assert_string_equal(CATCH_PANIC(rt_panic_slice(4, 3, 0, RT_BOUNDS_CONVERT)),
	                    "runtime error: cannot convert slice with length 3 to pointer to array with length 4");
	assert_string_equal(CATCH_PANIC(rt_panic_divide()), "runtime error: integer divide by zero");
	assert_string_equal(CATCH_PANIC(rt_panic_nil()),
	                    "runtime error: invalid memory address or nil pointer dereference");
	assert_string_equal(CATCH_PANIC(rt_panic_shift()), "runtime error: negative shift amount");
	assert_string_equal(CATCH_PANIC(rt_panic_makeslice_len()), "runtime error: makeslice: len out of range");
	assert_string_equal(CATCH_PANIC(rt_panic_msg("foo")), "runtime error: foo");
	assert_string_equal(CATCH_PANIC(rt_panic_string(S("boom"))), "boom");
	assert_string_equal(CATCH_PANIC(rt_panic_plain("close of closed channel")), "close of closed channel");
	assert_string_equal(h_caught.type->string, "runtime.plainError");
	assert_string_equal(CATCH_PANIC(rt_div_i64(1, 0)), "runtime error: integer divide by zero");
	assert_string_equal(CATCH_PANIC(rt_index(3, 3)), "runtime error: index out of range [3] with length 3");
	/* %T of the values and their RuntimeError method */
	assert_null(CATCH_PANIC(rt_panic_nilmap()) == NULL ? "x" : NULL);
	CATCH_PANIC(rt_panic_index(1, 0));
	assert_string_equal(h_caught.type->string, "runtime.boundsError");
	assert_non_null(rt_findmethod(h_caught.type, "RuntimeError", NULL));
	CATCH_PANIC(rt_panic_nilmap());
	assert_string_equal(h_caught.type->string, "runtime.plainError");
	CATCH_PANIC(rt_panic_divide());
	assert_string_equal(h_caught.type->string, "runtime.errorString");
}

/* --- interfaces ---------------------------------------------------------- */

static void test_assertions(void **state)
{
	go_string s = S("s");
	go_int one = 1, out = 77;
	go_eface xs = box(&rt_T_string, &s), x1 = box(&rt_T_int, &one), nil = {NULL, NULL};
	assert_string_equal(CATCH_PANIC(rt_assert_concrete(xs, &rt_T_int, &rt_T_any, &out)),
	                    "interface conversion: interface {} is string, not int");
	assert_string_equal(CATCH_PANIC(rt_assert_concrete(nil, &rt_T_int, &rt_T_any, &out)),
	                    "interface conversion: interface {} is nil, not int");
	assert_string_equal(CATCH_PANIC(rt_assert_iface(x1, &T_Stringer)),
	                    "interface conversion: int is not fmt.Stringer: missing method String");
	assert_string_equal(CATCH_PANIC(rt_assert_concrete(nil, &T_St, &T_Stringer, NULL)),
	                    "interface conversion: fmt.Stringer is nil, not main.St");
	assert_string_equal(CATCH_PANIC(rt_assert_iface(nil, &T_Stringer)),
	                    "interface conversion: interface is nil, not fmt.Stringer");
	void *e = rt_alloc(1);
	assert_string_equal(CATCH_PANIC(rt_assert_iface(box(&T_pE, &e), &T_Stringer)),
	                    "interface conversion: *main.E is not fmt.Stringer: missing method String");
	assert_string_equal(CATCH_PANIC(rt_assert_concrete(box(&T_MyInt, &one), &rt_T_int, NULL, &out)),
	                    "interface conversion: interface is main.MyInt, not int");

	rt_assert_concrete(x1, &rt_T_int, &rt_T_any, &out);
	assert_int_equal(out, 1);
	assert_false(rt_assert_concrete_ok(xs, &rt_T_int, &out));
	assert_int_equal(out, 0);
	assert_true(rt_assert_concrete_ok(x1, &rt_T_int, &out));
	assert_int_equal(out, 1);

	go_iface i;
	T t0 = {0};
	go_eface st = box(&T_St, &t0);
	assert_true(rt_assert_iface_ok(st, &T_Stringer, &i));
	assert_ptr_equal(i.itab->type, &T_St);
	assert_ptr_equal(i.itab->fun[0], (void *)St_String);
	assert_false(rt_assert_iface_ok(x1, &T_Stringer, &i));
	assert_null(i.itab);
	assert_false(rt_assert_iface_ok(nil, &T_Stringer, &i));
	go_iface ee = rt_assert_iface(box(&T_pE, &e), &rt_T_error);
	assert_ptr_equal(ee.data, e);
	go_string msg = ((go_string(*)(void *))ee.itab->fun[0])(ee.data);
	assert_string_equal(C(msg), "err!");
}

static void test_getitab_cache(void **state)
{
	const rt_itab *a = rt_getitab(&T_Stringer, &T_St, false);
	const rt_itab *b = rt_getitab(&T_Stringer, &T_St, false);
	assert_ptr_equal(a, b);
	assert_null(rt_getitab(&T_Stringer, &rt_T_int, true));
	assert_null(rt_getitab(&T_Stringer, &rt_T_int, true));
	/* Many distinct pairs: the table grows. */
	static rt_type many[300];
	for (int k = 0; k < 300; k++) {
		many[k] = T_St;
		const rt_itab *m = rt_getitab(&T_Stringer, &many[k], false);
		assert_ptr_equal(m->type, &many[k]);
	}
	for (int k = 0; k < 300; k++)
		assert_ptr_equal(rt_getitab(&T_Stringer, &many[k], false)->type, &many[k]);
}

static void test_equality(void **state)
{
	go_int one = 1, two = 2;
	go_string a = S("abc"), b = rt_concat(S("ab"), S("c"));
	double nan = __builtin_nan("");
	assert_true(rt_efaceeq(box(&rt_T_int, &one), box(&rt_T_int, &one)));
	assert_false(rt_efaceeq(box(&rt_T_int, &one), box(&rt_T_int, &two)));
	assert_false(rt_efaceeq(box(&rt_T_int, &one), box(&rt_T_int64, &one)));
	assert_true(rt_efaceeq(box(&rt_T_string, &a), box(&rt_T_string, &b)));
	assert_true(rt_efaceeq((go_eface){NULL, NULL}, (go_eface){NULL, NULL}));
	assert_false(rt_efaceeq((go_eface){NULL, NULL}, box(&rt_T_int, &one)));
	go_eface n = box(&rt_T_float64, &nan);
	assert_false(rt_efaceeq(n, n));
	go_slice sl = {NULL, 0, 0};
	assert_string_equal(CATCH_PANIC(rt_efaceeq(box(&T_slice_int, &sl), box(&T_slice_int, &sl))),
	                    "runtime error: comparing uncomparable type []int");
	/* different dynamic types: false, no panic */
	assert_false(rt_efaceeq(box(&T_slice_int, &sl), box(&rt_T_int, &one)));
	void *e = rt_alloc(1);
	go_iface i1 = rt_assert_iface(box(&T_pE, &e), &rt_T_error);
	go_iface i2 = rt_assert_iface(box(&T_pE, &e), &rt_T_error);
	assert_true(rt_ifaceeq(i1, i2));
	assert_true(rt_iface_equal(&i1, &i2));
	assert_int_equal(rt_iface_hash(&i1, 5), rt_iface_hash(&i2, 5));
	go_eface u = box(&T_slice_int, &sl);
	assert_string_equal(CATCH_PANIC(rt_eface_hash(&u, 0)), "runtime error: hash of unhashable type []int");
}

static void test_box(void **state)
{
	go_int v = 42;
	go_eface e = rt_box(&rt_T_int, &v);
	v = 43;
	assert_int_equal(*(go_int *)e.data, 42);
	void *p = &v;
	go_eface d = rt_box(&T_pE, &p);
	assert_ptr_equal(d.data, &v);
	T t0 = {0};
	go_eface z = rt_box(&T_St, &t0);
	assert_non_null(z.data);
}

int main(void)
{
	GC_INIT();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_printpanicval),
		cmocka_unit_test(test_print_builtins),
		cmocka_unit_test(test_runtime_errors),
		cmocka_unit_test(test_assertions),
		cmocka_unit_test(test_getitab_cache),
		cmocka_unit_test(test_equality),
		cmocka_unit_test(test_box),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
