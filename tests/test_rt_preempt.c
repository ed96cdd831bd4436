/* test_rt_preempt.c — preemption: call-free loops in generated code
 * (section go_text) are stopped by SIGURG, for the scheduler and for the
 * collector; registers (vector ones included) survive. */
#include "rt_testutil.h"
#include "../runtime/rt_internal.h"

uint64_t rt_preempt_count(bool declined);

static _Atomic int stop;
static rt_chan *done;

/* a tight loop without calls: only a signal can stop it */
RT_GOTEXT __attribute__((noinline)) static uint64_t spin(uint64_t seed)
{
	uint64_t x = seed;
	while (!atomic_load_explicit(&stop, memory_order_relaxed))
		x = x * 6364136223846793005ull + 1442695040888963407ull;
	return x;
}
static void spinner(void *arg)
{
	uint64_t r = spin((uint64_t)(uintptr_t)arg);
	rt_chansend(done, &r);
}

static void sleep_main(void)
{
	done = rt_makechan(sizeof(uint64_t), 4);
	rt_go(spinner, (void *)1);
	rt_gosched(); /* let it start */
	int64_t worst = 0, els[20];
	for (int i = 0; i < 20; i++) {
		int64_t t0 = rt_nanotime();
		rt_sleep(10000000);
		int64_t el = rt_nanotime() - t0;
		els[i] = el;
		if (el > worst)
			worst = el;
	}
	for (int i = 0; i < 20; i++)
		for (int j = i + 1; j < 20; j++)
			if (els[j] < els[i]) {
				int64_t t = els[i];
				els[i] = els[j];
				els[j] = t;
			}
	atomic_store(&stop, 1);
	uint64_t r;
	rt_chanrecv(done, &r);
	rtt_putint(worst / 1000);
	rtt_puts(" us worst, ");
	rtt_putint(els[10] / 1000);
	rtt_puts(" us median, ");
	rtt_putint((int64_t)rt_preempt_count(false));
	rtt_puts(" preemptions\n");
}
static void test_sleep_beside_spinner(void **state)
{
	RTT_NOT_UNDER_TSAN("asynchronous preemption of a call-free loop");
	static char out[128];
	assert_int_equal(rtt_run(sleep_main, "1", out, sizeof out, 30), 0);
	fprintf(stderr, "GOMAXPROCS=1, 10 ms sleeps beside a call-free loop: %s", out);
	/* the median (the worst depends on the machine's load) */
	char *med = strstr(out, "worst, ");
	assert_non_null(med);
	assert_true(atol(med + 7) < rtt_time_limit(15000)); /* Go 1.19: 20 ms */
}

/* vector registers survive: a loop keeping its state in ymm/xmm (x86-64)
 * or in v registers (aarch64: q0-q7 and q16-q31 are caller-saved, so the
 * injected frame must restore all 128 bits of them) */
#if defined(__aarch64__)
typedef double v4d __attribute__((vector_size(16)));
#define VLOOP_ATTR __attribute__((noinline))
#define VREG "+w"
#define V4(a, b, c, d) {a, b}
#define VLOOP_N 20000000ull /* under qemu-user: about 10x slower */
#else
typedef double v4d __attribute__((vector_size(32)));
#define VLOOP_ATTR __attribute__((noinline, target("avx2")))
#define VREG "+x"
#define V4(a, b, c, d) {a, b, c, d}
#define VLOOP_N 200000000ull
#endif
RT_GOTEXT VLOOP_ATTR static double vloop(uint64_t n)
{
	v4d a = V4(1.0, 2.0, 3.0, 4.0), b = V4(0.5, 0.25, 0.125, 0.0625), c = V4(0, 0, 0, 0);
	for (uint64_t i = 0; i < n; i++) {
		c += a * b;
		a += b;
		__asm__ volatile("" : VREG(a), VREG(b), VREG(c));
	}
	double sum = 0;
	for (size_t k = 0; k < sizeof c / sizeof c[0]; k++)
		sum += c[k];
	return sum;
}
static void vworker(void *arg)
{
	double r = vloop(VLOOP_N);
	rt_chansend(done, &r);
}
static void vector_main(void)
{
	done = rt_makechan(sizeof(double), 4);
	double want = vloop(VLOOP_N); /* uninterrupted, hopefully */
	rt_go(vworker, NULL);
	rt_go(vworker, NULL);
	rt_go(spinner, (void *)2); /* competes with them */
	double r1, r2;
	rt_chanrecv(done, &r1);
	rt_chanrecv(done, &r2);
	atomic_store(&stop, 1);
	RTT_CHECK(r1 == want && r2 == want);
	RTT_CHECK(rt_preempt_count(false) > 10);
	rtt_puts("ok\n");
}
static void test_vector_state(void **state)
{
	RTT_NOT_UNDER_TSAN("asynchronous preemption of a call-free loop");
#if defined(__x86_64__)
	if (!__builtin_cpu_supports("avx2"))
		skip();
#endif
	RTT_EXPECT(vector_main, "1", 0, "ok\n");
}

/* the collector stops call-free loops too (it would hang otherwise), and
 * frees nothing live: objects referenced only from spinning goroutines'
 * registers and stacks */
RT_GOTEXT __attribute__((noinline)) static uint64_t spin_hold(uint64_t *obj)
{
	uint64_t x = 0;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		x += obj[x & 7];
		__asm__ volatile("" : "+r"(obj));
	}
	for (int i = 0; i < 8; i++)
		if (obj[i] != 0xabcdef00u + (uint64_t)i)
			return 1;
	return 0;
}
static void holder(void *arg)
{
	uint64_t *obj = rt_alloc(64);
	for (int i = 0; i < 8; i++)
		obj[i] = 0xabcdef00u + (uint64_t)i;
	uint64_t bad = spin_hold(obj);
	rt_chansend(done, &bad);
}
static void gc_main(void)
{
	done = rt_makechan(sizeof(uint64_t), 8);
	for (int i = 0; i < 3; i++)
		rt_go(holder, NULL);
	rt_sleep(2000000);
	int64_t t0 = rt_nanotime();
	for (int i = 0; i < 200; i++) {
		for (int j = 0; j < 200; j++) {
			uint64_t *junk = rt_alloc(64);
			junk[0] = 1;
		}
		rt_gc();
	}
	int64_t el = rt_nanotime() - t0;
	atomic_store(&stop, 1);
	for (int i = 0; i < 3; i++) {
		uint64_t bad;
		rt_chanrecv(done, &bad);
		RTT_CHECK(bad == 0);
	}
	rtt_putint(el / 200000);
	rtt_puts(" us per collection\n");
}
static void test_gc_stops_loops(void **state)
{
	RTT_NOT_UNDER_TSAN("asynchronous preemption of a call-free loop");
	static char out[128];
	assert_int_equal(rtt_run(gc_main, "1", out, sizeof out, 60), 0);
	fprintf(stderr, "GOMAXPROCS=1 with 3 spinners: %s", out);
	assert_int_equal(rtt_run(gc_main, "2", out, sizeof out, 60), 0);
	fprintf(stderr, "GOMAXPROCS=2 with 3 spinners: %s", out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sleep_beside_spinner),
		cmocka_unit_test(test_vector_state),
		cmocka_unit_test(test_gc_stops_loops),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
