/* test_rt_panic.c — defer, panic, recover, Goexit and the unhandled-panic
 * report, written the way the emitter writes them (rt.h). */
#include "rt_testutil.h"

static rt_chan *done;

/* func f() (r int) { defer func() { if x := recover(); x != nil { r = 7 } }(); panic("boom") } */
struct f_env {
	go_int *r;
};
static void f_recover(void *arg)
{
	struct f_env *e = arg;
	go_eface x = rt_recover((const void *)f_recover);
	if (x.type != NULL) {
		RTT_CHECK(x.type == &rt_T_string);
		go_string *s = x.data;
		RTT_CHECK(rt_streq(*s, GO_STR("boom")));
		*e->r = 7;
	}
}
static go_int f(void)
{
	go_int r = 0;
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		struct f_env *e = rt_alloc(sizeof *e);
		e->r = &r;
		rt_defer_push(&fr, f_recover, e, (const void *)f_recover);
		rt_panic_string(GO_STR("boom"));
	}
	rt_frame_leave(&fr);
	return *(volatile go_int *)&r;
}

/* defers run LIFO, also without a panic; recover outside a panic is nil */
static void put(void *arg) { rtt_puts(arg); }
static void notrec(void *arg) { RTT_CHECK(rt_recover((const void *)notrec).type == NULL); }
static void g_lifo(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, put, "1", (const void *)put);
		rt_defer_push(&fr, put, "2", (const void *)put);
		rt_defer_push(&fr, notrec, NULL, (const void *)notrec);
		rt_defer_push(&fr, put, "3", (const void *)put);
	}
	rt_frame_leave(&fr);
}

/* recover() not called directly by the deferred function returns nil */
static void indirect_helper(void) { RTT_CHECK(rt_recover((const void *)indirect_helper).type == NULL); }
static void indirect(void *arg)
{
	indirect_helper();
	go_eface x = rt_recover((const void *)indirect);
	RTT_CHECK(x.type != NULL);
}
static void h_indirect(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, indirect, NULL, (const void *)indirect);
		rt_panic_string(GO_STR("x"));
	}
	rt_frame_leave(&fr);
}

/* a panic passes through a frame whose defers do not recover */
static void mid(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, put, "m", (const void *)put);
		rt_panic_string(GO_STR("through"));
	}
	rt_frame_leave(&fr);
	rtt_puts("NOT REACHED\n");
}
static void outer_rec(void *arg)
{
	go_eface x = rt_recover((const void *)outer_rec);
	RTT_CHECK(x.type == &rt_T_string);
	rtt_puts("r");
}
static void outer(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, outer_rec, NULL, (const void *)outer_rec);
		mid();
	}
	rt_frame_leave(&fr);
	rtt_puts("o");
}

static void basic_body(void *arg)
{
	RTT_CHECK(f() == 7);
	g_lifo();
	rtt_puts("\n");
	h_indirect();
	outer();
	rtt_puts("\n");
	/* the goroutine still works after all that */
	RTT_CHECK(f() == 7);
	rtt_puts("ok\n");
}
/* These functions have no stack checks: run them on a big segment. */
static void basic_main(void) { rt_morestack(basic_body, NULL, 32768); }
static void test_basic(void **state) { RTT_EXPECT(basic_main, "1", 0, "321\nmro\nok\n"); }

/* unhandled: Go's report */
static void unhandled_main(void) { rt_panic_string(GO_STR("first")); }

static void repanic(void *arg)
{
	go_eface x = rt_recover((const void *)repanic);
	rt_panic(x);
}
static void repanic_main(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, repanic, NULL, (const void *)repanic);
		rt_panic_string(GO_STR("42"));
	}
	rt_frame_leave(&fr);
}

static void second(void *arg) { rt_panic_string(GO_STR("second")); }
static void nested_main(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, second, NULL, (const void *)second);
		rt_panic_string(GO_STR("first"));
	}
	rt_frame_leave(&fr);
}

static void child_panic(void *arg) { rt_panic_string(GO_STR("in child")); }
static void child_main(void)
{
	rt_go(child_panic, NULL);
	rt_sleep(1000000000);
}

static void test_unhandled(void **state)
{
	RTT_EXPECT(unhandled_main, NULL, 2, "panic: first\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(repanic_main, NULL, 2, "panic: 42 [recovered]\n\tpanic: 42\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(nested_main, NULL, 2, "panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(child_main, NULL, 2, "panic: in child\n\ngoroutine 18 [running]:\n");
}

/* a panic in a deferred call, recovered by a later defer of the same frame */
static void rec_print(void *arg)
{
	go_eface x = rt_recover((const void *)rec_print);
	RTT_CHECK(x.type == &rt_T_string);
	rtt_puts(((go_string *)x.data)->len == 6 ? "second" : "first");
	rtt_puts("\n");
}
static void twice_main(void)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, rec_print, NULL, (const void *)rec_print);
		rt_defer_push(&fr, second, NULL, (const void *)second);
		rt_panic_string(GO_STR("first"));
	}
	rt_frame_leave(&fr);
	rtt_puts("after\n");
}
static void test_panic_in_defer(void **state) { RTT_EXPECT(twice_main, NULL, 0, "second\nafter\n"); }

/* Goexit runs the defers, recover returns nil, the goroutine ends */
static void goexit_body(void *arg)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, put, "deferred\n", (const void *)put);
		rt_defer_push(&fr, notrec, NULL, (const void *)notrec);
		rt_goexit();
	}
	rt_frame_leave(&fr);
	rtt_puts("NOT REACHED\n");
}
static void goexit_child(void *arg)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		bool t = true;
		(void)t;
		goexit_body(NULL);
	}
	rt_frame_leave(&fr);
}
static void signal_and_exit(void *arg)
{
	bool t = true;
	rt_chansend(done, &t);
}
static void goexit_wrapper(void *arg)
{
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, signal_and_exit, NULL, (const void *)signal_and_exit);
		goexit_child(NULL);
	}
	rt_frame_leave(&fr);
}
static void goexit_main(void)
{
	done = rt_makechan(1, 0);
	rt_go(goexit_wrapper, NULL);
	bool t;
	rt_chanrecv(done, &t);
	rt_sleep(1000000);
	RTT_CHECK(rt_numgoroutine() == 1);
	rtt_puts("ok\n");
}
static void maingoexit_main(void)
{
	rt_go(goexit_wrapper, NULL);
	done = rt_makechan(1, 1);
	rt_goexit();
}
static void test_goexit(void **state)
{
	RTT_EXPECT(goexit_main, NULL, 0, "deferred\nok\n");
	RTT_EXPECT(maingoexit_main, "1", 2,
	           "deferred\nfatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_unhandled),
		cmocka_unit_test(test_panic_in_defer),
		cmocka_unit_test(test_goexit),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
