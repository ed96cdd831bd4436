/*
 * test_rt_datarun.c — the runtime-data code inside the real runtime:
 * fmt on a goroutine's small stack (its switch to a 64 KiB segment),
 * String methods that panic (fmt's recover through panic.c), run-time
 * errors recovered and reported, print/println through rt_write.  The
 * other test_rt_<data> tests check the same code alone, with stand-ins.
 */
#include "rt_testutil.h"
#include "../runtime/data.h"

go_string fmt_sprintf(go_string format, go_slice a);
go_string fmt_sprintln(go_slice a);

static void puts_go(go_string s) { rt_write(1, s.ptr, s.len); }

/* type Panicker struct{}; func (Panicker) String() string { panic("boom") } */
static go_string Panicker_String(void *data) { rt_panic_string(GO_STR("boom")); }
static const rt_method Panicker_methods[1] = {{"String", &rt_T_func_string, (void *)Panicker_String}};
static bool eq_true(const void *a, const void *b) { return true; }
static uintptr_t hash_seed(const void *p, uintptr_t s) { return s; }
static const rt_type T_Panicker = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 0, .align = 1, .string = "main.Panicker", .pkgpath = "main", .name = "Panicker",
	.equal = eq_true, .hashfn = hash_seed, .methods = Panicker_methods, .nmethods = 1};

/* type NP struct{ x int }; func (p *NP) String() string { _ = p.x } */
static go_string NP_String(void *data)
{
	RT_NILCHECK(data);
	return GO_STR("np");
}
static const rt_method NP_methods[1] = {{"String", &rt_T_func_string, (void *)NP_String}};
static const rt_type T_NP = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_NOPTRS, .size = 8, .align = 8,
	.string = "main.NP", .pkgpath = "main", .name = "NP"};
static bool eq_ptr(const void *a, const void *b) { return *(void *const *)a == *(void *const *)b; }
static uintptr_t hash_ptr(const void *p, uintptr_t s) { return rt_memhash(p, 8, s); }
static const rt_type T_pNP = {.kind = RT_POINTER, .flags = RT_DIRECTIFACE | RT_COMPARABLE, .size = 8,
	.align = 8, .string = "*main.NP", .equal = eq_ptr, .hashfn = hash_ptr, .elem = &T_NP,
	.methods = NP_methods, .nmethods = 1};

static void fmt_body(void *arg)
{
	double f = 0.1;
	go_int n = 42;
	go_string s = GO_STR("x");
	go_eface a[4] = {rt_box(&rt_T_float64, &f), rt_box(&rt_T_int, &n), rt_box(&rt_T_string, &s),
		rt_box(&rt_T_float64, &f)};
	puts_go(fmt_sprintf(GO_STR("%v|%5d|%q|%e\n"), (go_slice){a, 4, 4}));
	go_eface p[2] = {rt_box(&T_Panicker, &n), {&T_pNP, NULL}};
	puts_go(fmt_sprintln((go_slice){p, 2, 2}));
	puts_go(fmt_sprintf(GO_STR("%s %d\n"), (go_slice){p, 2, 2}));
}

/* Test code is C without the generated prologue's stack check: it runs
 * on a big segment (rt_morestack), and eats it down to little room before
 * calling fmt, which must then move to a segment of its own. */
static void eat(void *arg)
{
	volatile char pad[200];
	pad[0] = 1;
	if (rt_stack_room() > 3000)
		eat(arg);
	else
		fmt_body(arg);
	(void)pad[0];
}

static void fmt_main(void) { rt_morestack(eat, NULL, 32768); }

/* Long conversions (printf_fp on the thread's stack): Go 1.19 prints
 *   fmt.Println(len(a), a[:30], a[len(a)-10:], len(b), b[len(b)-12:], len(c), c[:20], c[len(c)-5:])
 * for a = %.500f of 0.1, b = %.300e of 1e300, c = %.400g of 1.0/3 as below. */
static void longprec_body(void *arg)
{
	double tenth = 0.1, big = 1e300, third = 1.0 / 3;
	go_eface x = rt_box(&rt_T_float64, &tenth), y = rt_box(&rt_T_float64, &big), z = rt_box(&rt_T_float64, &third);
	go_string a = fmt_sprintf(GO_STR("%.500f"), (go_slice){&x, 1, 1});
	go_string b = fmt_sprintf(GO_STR("%.300e"), (go_slice){&y, 1, 1});
	go_string c = fmt_sprintf(GO_STR("%.400g"), (go_slice){&z, 1, 1});
	go_int la = a.len, lb = b.len, lc = c.len;
	go_string parts[8] = {{a.ptr, 30}, {a.ptr + a.len - 10, 10}, {b.ptr + b.len - 12, 12}, {c.ptr, 20},
		{c.ptr + c.len - 5, 5}};
	go_eface e[8] = {rt_box(&rt_T_int, &la), rt_box(&rt_T_string, &parts[0]), rt_box(&rt_T_string, &parts[1]),
		rt_box(&rt_T_int, &lb), rt_box(&rt_T_string, &parts[2]), rt_box(&rt_T_int, &lc),
		rt_box(&rt_T_string, &parts[3]), rt_box(&rt_T_string, &parts[4])};
	puts_go(fmt_sprintln((go_slice){e, 8, 8}));
}

static void eat2(void *arg)
{
	volatile char pad[200];
	pad[0] = 1;
	if (rt_stack_room() > 3000)
		eat2(arg);
	else
		longprec_body(arg);
	(void)pad[0];
}

static void longprec_main(void) { rt_morestack(eat2, NULL, 32768); }

static void test_long_precision(void **state)
{
	RTT_EXPECT(longprec_main, "1", 0,
	           "502 0.1000000000000000055511151231 0000000000 307 0540160e+300 56 0.333333333333333314 28125\n");
}

static void test_fmt_in_goroutine(void **state)
{
	RTT_EXPECT(fmt_main, "1", 0,
	           "0.1|   42|\"x\"|1.000000e-01\n"
	           "%!v(PANIC=String method: boom) <nil>\n"
	           "%!s(PANIC=String method: boom) 0\n");
}

/* func main() { a := make([]int, 3); i := 5; _ = a[i] }  — unrecovered */
static void index_body(void *arg)
{
	go_slice a = rt_makeslice(3, 3, 8, true);
	go_int i = 5;
	((go_int *)a.ptr)[rt_index(i, a.len)] = 1;
}
static void index_main(void) { rt_morestack(index_body, NULL, 32768); }

static void test_unrecovered_index(void **state)
{
	static char out[1 << 16];
	int st = rtt_run(index_main, "1", out, sizeof out, 30);
	assert_int_equal(st, 2);
	const char *want = "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\n";
	if (strncmp(out, want, strlen(want)) != 0)
		fail_msg("got:\n%s", out);
}

/* A recovered runtime error printed with println(err.Error()). */
static go_eface caught;
static void catch_recover(void *arg) { caught = rt_recover((const void *)catch_recover); }
static void nilmap_body(void *arg)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	rt_defer_push(&fr, catch_recover, NULL, (const void *)catch_recover);
	if (rt_setjmp(&fr.jb) == 0) {
		static const rt_type mt = {.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
			.string = "map[string]int", .key = &rt_T_string, .elem = &rt_T_int};
		go_string k = GO_STR("a");
		rt_mapassign(&mt, NULL, &k);
	}
	rt_frame_leave(&fr);
	go_string msg;
	rt_printlock();
	if (rt_panicval_method(caught, &msg))
		rt_printstring(msg);
	rt_printsp();
	rt_printstring(rt_gostring(caught.type->string));
	rt_printsp();
	rt_printfloat(-1.5);
	rt_printnl();
	rt_printunlock();
}
static void nilmap_main(void) { rt_morestack(nilmap_body, NULL, 32768); }

static void test_recovered_nilmap(void **state)
{
	RTT_EXPECT(nilmap_main, "1", 0, "assignment to entry in nil map runtime.plainError -1.500000e+000\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fmt_in_goroutine),
		cmocka_unit_test(test_long_precision),
		cmocka_unit_test(test_unrecovered_index),
		cmocka_unit_test(test_recovered_nilmap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
