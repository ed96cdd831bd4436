/* test_rt_stack.c — segmented stacks: deep recursion through the prologue
 * check (as the emitter writes it), the hot split, panics across segments,
 * rt_systemstack, memory per goroutine, and the collector scanning every
 * segment of parked goroutines. */
#include "rt_testutil.h"
#include "../runtime/rt_internal.h"

#include <gc/gc.h>

/* --- a generated-style recursive function --- */
struct rec_args {
	go_int n;
	go_int r;
};
static go_int rec(go_int n);
static void rec_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = rec(x->n);
}
__attribute__((noinline)) static go_int rec(go_int n)
{
	RT_STACK_CHECK(more);
	if (n == 0)
		return 0;
	go_int r = rec(n - 1);
	__asm__ volatile("" : "+r"(r)); /* no recursion-to-loop */
	return r + 1;
more:;
	struct rec_args a = {n, 0};
	rt_morestack(rec_thunk, &a, 0);
	return a.r;
}

#ifdef RT_STRESS_SPLIT
#define DEEP 100000 /* a segment every few frames: keep the memory sane */
#else
#define DEEP 1000000
#endif
static void deep_main(void)
{
	int64_t t0 = rt_nanotime();
	go_int r = rec(DEEP);
	int64_t t1 = rt_nanotime();
	RTT_CHECK(r == DEEP);
	/* again: segments come from the pools now */
	r = rec(DEEP);
	int64_t t2 = rt_nanotime();
	RTT_CHECK(r == DEEP);
	rtt_putint((t1 - t0) / 1000000);
	rtt_puts(" ms first, ");
	rtt_putint((t2 - t1) / 1000000);
	rtt_puts(" ms second\n");
}
static void test_deep(void **state)
{
	static char out[128];
	assert_int_equal(rtt_run(deep_main, "1", out, sizeof out, 60), 0);
	fprintf(stderr, "1M-frame recursion: %s", out);
}

/* --- the hot split: a call in a loop right at a segment boundary --- */
static go_int crossings;
static go_int leaf(go_int n);
static void leaf_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = leaf(x->n);
}
__attribute__((noinline)) static go_int leaf(go_int n)
{
	RT_STACK_CHECK(more);
	__asm__ volatile("" : "+r"(n));
	return n + 1;
more:;
	crossings++;
	struct rec_args a = {n, 0};
	rt_morestack(leaf_thunk, &a, 0);
	return a.r;
}
static int64_t hot_ps;
static go_int at_boundary(go_int depth, go_int calls);
struct ab_args {
	go_int d, c, r;
};
static void ab_thunk(void *a)
{
	struct ab_args *x = a;
	x->r = at_boundary(x->d, x->c);
}
__attribute__((noinline)) static go_int at_boundary(go_int depth, go_int calls)
{
	RT_STACK_CHECK(more);
	if (depth > 0) {
		go_int r = at_boundary(depth - 1, calls);
		__asm__ volatile("" : "+r"(r));
		return r;
	}
	/* Move sp just below the guard (into the headroom): leaf is then
	 * called across a boundary every time. */
	volatile char *pad = __builtin_alloca(rt_stack_room() + 16);
	pad[0] = 0;
	/* the best of 10 rounds: the machine may be busy */
	go_int s = 0, round = calls / 10;
	hot_ps = INT64_MAX;
	for (go_int i = 0; i < calls;) {
		int64_t t0 = rt_nanotime();
		for (go_int j = 0; j < round && i < calls; j++, i++)
			s += leaf(i);
		int64_t ps = (rt_nanotime() - t0) * 1000 / round;
		if (ps < hot_ps)
			hot_ps = ps;
	}
	return s;
more:;
	struct ab_args a = {depth, calls, 0};
	rt_morestack(ab_thunk, &a, 0);
	return a.r;
}
static void hot_main(void)
{
	go_int n = 2000000;
	RTT_CHECK(at_boundary(3, n) == n * (n + 1) / 2);
	RTT_CHECK(crossings >= n); /* more with preemption requests */
	rtt_putint(hot_ps);
	rtt_puts(" ps per call across a boundary\n");
}
static void test_hot_split(void **state)
{
	RTT_NOT_UNDER_TSAN("a timing, and 64 KiB segments");
	static char out[128];
	int st = rtt_run(hot_main, "1", out, sizeof out, 60);
	if (st != 0)
		fprintf(stderr, "status %d: %s\n", st, out);
	assert_int_equal(st, 0);
	fprintf(stderr, "hot split: %s", out);
	assert_true(atol(out) < rtt_time_limit(200000));
}

/* --- the emitter's cure for the hot split: a function with calls inside a
 * loop checks for RT_LOOP_ROOM below its frame, so wherever it sits relative
 * to a boundary, its callees never cross at every iteration --- */
static go_int leaf_cross, loop_cross;
static go_int leaf2(go_int n);
static void leaf2_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = leaf2(x->n);
}
__attribute__((noinline)) static go_int leaf2(go_int n)
{
	RT_STACK_CHECK(more);
	__asm__ volatile("" : "+r"(n));
	return n + 1;
more:;
	leaf_cross++;
	struct rec_args a = {n, 0};
	rt_morestack(leaf2_thunk, &a, 0);
	return a.r;
}
static go_int looper(go_int n);
static void looper_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = looper(x->n);
}
__attribute__((noinline)) static go_int looper(go_int n)
{
	RT_STACK_CHECK_N(more, RT_LOOP_ROOM);
	go_int s = 0;
	for (go_int i = 0; i < n; i++)
		s += leaf2(i);
	return s;
more:;
	loop_cross++;
	struct rec_args a = {n, 0};
	rt_morestack(looper_thunk, &a, RT_LOOP_ROOM + 1024); /* as emit_more asks */
	return a.r;
}
__attribute__((noinline)) static go_int place(size_t pad, go_int n)
{
	volatile char *p = __builtin_alloca(pad + 16);
	p[0] = 0;
	go_int r = looper(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
static void loop_room_main(void)
{
	size_t room = rt_stack_room();
	go_int n = 100, calls = 0;
	for (size_t pad = 0; pad < room + 64; pad += 8) {
		go_int before = loop_cross;
		RTT_CHECK(place(pad, n) == n * (n + 1) / 2);
		RTT_CHECK(loop_cross - before <= 1);
		calls++;
	}
	RTT_CHECK(loop_cross >= 1); /* the boundary was met */
	if (leaf_cross != 0) {
		rtt_putint(leaf_cross);
		rtt_puts(" leaf crossings\n");
	} else {
		rtt_puts("ok\n");
	}
}
static void test_loop_room(void **state) { RTT_EXPECT(loop_room_main, "1", 0, "ok\n"); }

/* --- the first segment: RT_SEG_FIRST bytes; the next ones double from
 * there into the power-of-two classes --- */
static go_int segsize_at_bottom;
static go_int probe(go_int n);
static void probe_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = probe(x->n);
}
__attribute__((noinline)) static go_int probe(go_int n)
{
	RT_STACK_CHECK(more);
	if (n == 0) {
		G *g = getg();
		segsize_at_bottom = (go_int)g->seg->size;
		return g->seg == g->firstseg ? 0 : 1;
	}
	go_int r = probe(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r;
more:;
	struct rec_args a = {n, 0};
	rt_morestack(probe_thunk, &a, 0);
	return a.r;
}
static void firstseg_main(void)
{
	G *g = getg();
	RTT_CHECK(g->seg == g->firstseg);
	RTT_CHECK(g->firstseg->size == RT_SEG_FIRST);
	RTT_CHECK(g->seghi - (uintptr_t)g->firstseg == RT_SEG_FIRST);
	RTT_CHECK(g->seghi == g->firstseg->hi && g->segguard == g->firstseg->guard);
	/* deep enough to leave the first segment, not the second */
	RTT_CHECK(probe(40) == 1);
	RTT_CHECK(segsize_at_bottom >= 2 * RT_SEG_FIRST);
	RTT_CHECK((segsize_at_bottom & (segsize_at_bottom - 1)) == 0);
	/* back home, the guard with it */
	RTT_CHECK(g->seg == g->firstseg && g->firstseg->prev == NULL);
	RTT_CHECK(rt_stackguard == g->firstseg->guard || rt_stackguard == RT_GUARD_PREEMPT);
	RTT_CHECK(sizeof(G) <= 232);
	rtt_puts("ok\n");
}
static void test_first_segment(void **state)
{
	RTT_NOT_UNDER_TSAN("the first segment is 64 KiB");
	RTT_EXPECT(firstseg_main, "1", 0, "ok\n");
}

/* --- panic at the bottom of a deep recursion, recovered at the top --- */
static go_int rec_panic(go_int n);
static void rp_thunk(void *a)
{
	struct rec_args *x = a;
	x->r = rec_panic(x->n);
}
__attribute__((noinline)) static go_int rec_panic(go_int n)
{
	RT_STACK_CHECK(more);
	if (n == 0)
		rt_panic_string(GO_STR("bottom"));
	go_int r = rec_panic(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
more:;
	struct rec_args a = {n, 0};
	rt_morestack(rp_thunk, &a, 0);
	return a.r;
}
static void catch(void *arg)
{
	go_eface x = rt_recover((const void *)catch);
	RTT_CHECK(x.type == &rt_T_string);
	*(int *)arg = 1;
}
static int try_deep_panic(go_int depth)
{
	volatile int caught = 0;
	rt_frame fr;
	rt_frame_enter(&fr);
	if (rt_setjmp(&fr.jb) == 0) {
		rt_defer_push(&fr, catch, (void *)&caught, (const void *)catch);
		rec_panic(depth);
	}
	rt_frame_leave(&fr);
	return caught;
}
static void xpanic_body(void *arg)
{
	uintptr_t guard0 = __atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED);
	size_t room0 = rt_stack_room();
	for (int i = 0; i < 20; i++) {
		RTT_CHECK(try_deep_panic(100000 + i * 1000) == 1);
		/* back on the first segment, with its guard */
		RTT_CHECK(__atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED) == guard0 || __atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED) == RT_GUARD_PREEMPT);
		RTT_CHECK(rt_stack_room() + 256 > room0 && rt_stack_room() < room0 + 256);
	}
	RTT_CHECK(rec(200000) == 200000);
	rtt_puts("ok\n");
}
static void xpanic_main(void) { rt_morestack(xpanic_body, NULL, 16384); }
static void test_panic_across_segments(void **state) { RTT_EXPECT(xpanic_main, "1", 0, "ok\n"); }

/* --- rt_systemstack runs on the thread's stack --- */
static void where(void *arg)
{
	uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
	*(uintptr_t *)arg = sp;
	RTT_CHECK(__atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED) == 0);
}
static void sys_main(void)
{
	uintptr_t sp = 0, here = (uintptr_t)__builtin_frame_address(0);
	uintptr_t g = __atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED);
	rt_systemstack(where, &sp);
	RTT_CHECK(sp != 0);
	RTT_CHECK(sp > here + 65536 || sp + 65536 < here);
	RTT_CHECK(__atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED) == g);
	RTT_CHECK(rt_stack_room() > 256 && rt_stack_room() < 2048);
	rtt_puts("ok\n");
}
static void test_systemstack(void **state)
{
	RTT_NOT_UNDER_TSAN("the first segment is 64 KiB");
	RTT_EXPECT(sys_main, "2", 0, "ok\n");
}

/* --- memory per parked goroutine --- */
static rt_chan *block;
static void parked(void *arg)
{
	bool t;
	rt_chanrecv(block, &t);
}
static long rss_kb(void)
{
	/* reading /proc needs libc's stdio: do it on g0 */
	return 0;
}
struct rss {
	long kb;
};
static void rss_g0(void *arg)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long size = 0, res = 0;
	if (f) {
		if (fscanf(f, "%ld %ld", &size, &res) != 2)
			res = 0;
		fclose(f);
	}
	((struct rss *)arg)->kb = res * 4;
}
static void mem_main(void)
{
	(void)rss_kb;
	block = rt_makechan(1, 0);
	int n = 100000;
	struct rss a, b;
	rt_systemstack(rss_g0, &a);
	int64_t t0 = rt_nanotime();
	for (int i = 0; i < n; i++)
		rt_go(parked, NULL);
	while (rt_numgoroutine() < n + 1)
		rt_gosched();
	for (int i = 0; i < 10; i++)
		rt_gosched();
	int64_t t1 = rt_nanotime();
	rt_systemstack(rss_g0, &b);
	rtt_putint((b.kb - a.kb) * 1024 / n);
	rtt_puts(" B per parked goroutine, ");
	rtt_putint((t1 - t0) / n);
	rtt_puts(" ns per spawn\n");
	rt_chanclose(block);
}
static void test_memory(void **state)
{
	RTT_NOT_UNDER_TSAN("RSS per goroutine with 64 KiB segments");
	static char out[128];
	assert_int_equal(rtt_run(mem_main, "1", out, sizeof out, 60), 0);
	fprintf(stderr, "%s", out);
	assert_true(atol(out) < 2048); /* issue 5's goal */
}

/* --- the collector sees pointers held only on goroutine segments --- */
static rt_chan *gcdone;
static go_int keep(go_int n, uint64_t *obj);
struct keep_args {
	go_int n;
	uint64_t *obj;
	go_int r;
};
static void keep_thunk(void *a)
{
	struct keep_args *x = a;
	x->r = keep(x->n, x->obj);
}
__attribute__((noinline)) static go_int keep(go_int n, uint64_t *obj)
{
	RT_STACK_CHECK(more);
	if (n == 0) {
		/* churn: collections and reuse of freed memory */
		for (int i = 0; i < 2000; i++) {
			uint64_t *junk = rt_alloc(64);
			junk[0] = 0xdeadbeef;
			if (i % 500 == 0)
				rt_gc();
			if (i % 50 == 0)
				rt_gosched();
		}
		return 0;
	}
	/* a fresh object at every level, its only reference in this frame */
	uint64_t *mine = rt_alloc(64);
	for (int i = 0; i < 8; i++)
		mine[i] = 0x5eed0000u + (uint64_t)n + (uint64_t)i;
	go_int r = keep(n - 1, mine);
	__asm__ volatile("" : "+r"(r));
	for (int i = 0; i < 8; i++)
		if (mine[i] != 0x5eed0000u + (uint64_t)n + (uint64_t)i)
			return -1000000;
	if (obj && obj[0] != 0x5eed0000u + (uint64_t)n + 1)
		return -1000000;
	return r + 1;
more:;
	struct keep_args a = {n, obj, 0};
	rt_morestack(keep_thunk, &a, 0);
	return a.r;
}
static void gcworker(void *arg)
{
	go_int r = keep(2000, NULL);
	rt_chansend(gcdone, &r);
}
static void gc_main(void)
{
	gcdone = rt_makechan(sizeof(go_int), 0);
	int n = 20;
	for (int i = 0; i < n; i++)
		rt_go(gcworker, NULL);
	for (int i = 0; i < n; i++) {
		go_int r;
		rt_chanrecv(gcdone, &r);
		RTT_CHECK(r == 2000);
	}
	rtt_puts("ok\n");
}
static void test_gc_scans_segments(void **state)
{
	RTT_NOT_UNDER_TSAN("the collector stops threads with signals");
	RTT_EXPECT(gc_main, "1", 0, "ok\n");
	RTT_EXPECT(gc_main, "2", 0, "ok\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deep),
		cmocka_unit_test(test_hot_split),
		cmocka_unit_test(test_loop_room),
		cmocka_unit_test(test_first_segment),
		cmocka_unit_test(test_panic_across_segments),
		cmocka_unit_test(test_systemstack),
		cmocka_unit_test(test_memory),
		cmocka_unit_test(test_gc_scans_segments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
