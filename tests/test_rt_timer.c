/* test_rt_timer.c — sleeping, the timer heap, stdlib timers, semaphores. */
#include "rt_testutil.h"

typedef struct rt_timer rt_timer;
rt_timer *rt_timer_new(void (*fn)(void *arg), void *arg);
bool rt_timer_reset(rt_timer *t, int64_t when, int64_t period);
bool rt_timer_stop(rt_timer *t);

static rt_chan *done;

static void sleep_main(void)
{
	int64_t ds[] = {1000000, 10000000, 30000000};
	for (int i = 0; i < 3; i++) {
		int64_t t0 = rt_nanotime();
		rt_sleep(ds[i]);
		int64_t el = rt_nanotime() - t0;
		RTT_CHECK(el >= ds[i]);
		rtt_putint((el - ds[i]) / 1000);
		rtt_puts(" ");
	}
	rtt_puts("us late\n");
}
static void test_sleep(void **state)
{
	static char out[128];
	assert_int_equal(rtt_run(sleep_main, "1", out, sizeof out, 10), 0);
	fprintf(stderr, "sleep 1/10/30 ms: %s", out);
	char *p = out;
	for (int i = 0; i < 3; i++)
		assert_true(strtol(p, &p, 10) < rtt_time_limit(3000)); /* within 3 ms */
}

/* sleepers wake in deadline order */
static rt_chan *order;
static void sleeper(void *arg)
{
	go_int d = (go_int)(intptr_t)arg;
	rt_sleep(d * rtt_time_limit(1000000)); /* 3 ms apart (x RTT_TIME_SCALE) */
	rt_chansend(order, &d);
}
static void order_main(void)
{
	order = rt_makechan(sizeof(go_int), 100);
	int ds[] = {7, 3, 9, 1, 5, 2, 8, 4, 6, 10};
	for (int i = 0; i < 10; i++)
		rt_go(sleeper, (void *)(intptr_t)(ds[i] * 3));
	for (go_int i = 1; i <= 10; i++) {
		go_int v;
		rt_chanrecv(order, &v);
		RTT_CHECK(v == i * 3);
	}
	rtt_puts("ok\n");
}
static void test_order(void **state)
{
	RTT_NOT_UNDER_TSAN("deadlines 3 ms apart, at TSan speed");
	RTT_EXPECT(order_main, "1", 0, "ok\n");
	RTT_EXPECT(order_main, "2", 0, "ok\n");
}

/* a sleeping main wakes on time while another goroutine keeps yielding */
static void busy_yield(void *arg)
{
	for (;;)
		rt_gosched();
}
static void busy_main(void)
{
	rt_go(busy_yield, NULL);
	/* the median of 5 (the machine may be busy) */
	int64_t els[5];
	for (int i = 0; i < 5; i++) {
		int64_t t0 = rt_nanotime();
		rt_sleep(10000000);
		els[i] = rt_nanotime() - t0;
		RTT_CHECK(els[i] >= 10000000);
	}
	for (int i = 0; i < 5; i++)
		for (int j = i + 1; j < 5; j++)
			if (els[j] < els[i]) {
				int64_t t = els[i];
				els[i] = els[j];
				els[j] = t;
			}
	int64_t el = els[2];
	rtt_putint(el / 1000);
	rtt_puts(" us\n");
}
static void test_sleep_busy(void **state)
{
	static char out[64];
	assert_int_equal(rtt_run(busy_main, "1", out, sizeof out, 10), 0);
	fprintf(stderr, "10 ms sleep beside a yielding goroutine (median of 5): %s", out);
	assert_true(atol(out) < rtt_time_limit(13000));
}

/* stdlib timers: one-shot, stop, reset, periodic */
static void fire(void *arg)
{
	go_int v = (go_int)(intptr_t)arg;
	rt_chansend(done, &v);
}
static void timers_main(void)
{
	done = rt_makechan(sizeof(go_int), 16);
	rt_timer *a = rt_timer_new(fire, (void *)1);
	rt_timer *b = rt_timer_new(fire, (void *)2);
	rt_timer *c = rt_timer_new(fire, (void *)3);
	int64_t ms = rtt_time_limit(1000000); /* b must not fire before it is stopped */
	int64_t now = rt_nanotime();
	RTT_CHECK(!rt_timer_reset(a, now + 2 * ms, 0));
	RTT_CHECK(!rt_timer_reset(b, now + ms, 0));
	RTT_CHECK(rt_timer_stop(b));
	RTT_CHECK(!rt_timer_stop(b));
	go_int v;
	rt_chanrecv(done, &v);
	RTT_CHECK(v == 1);
	RTT_CHECK(rt_nanotime() - now >= 2 * ms);
	RTT_CHECK(!rt_timer_stop(a));
	/* periodic, 1 ms */
	rt_timer_reset(c, rt_nanotime() + 1000000, 1000000);
	for (int i = 0; i < 5; i++) {
		rt_chanrecv(done, &v);
		RTT_CHECK(v == 3);
	}
	RTT_CHECK(rt_timer_stop(c));
	rtt_puts("ok\n");
}
static void test_timers(void **state)
{
	RTT_EXPECT(timers_main, "1", 0, "ok\n");
	RTT_EXPECT(timers_main, "2", 0, "ok\n");
}

/* the heap under many timers: stop and reset at arbitrary heap positions
 * report whether the timer was pending, and with one P the timers fire in
 * deadline order whatever order they were set in */
enum { HN = 500 };
static rt_timer *heapt[HN];
static void heap_main(void)
{
	done = rt_makechan(sizeof(go_int), HN);
	uint32_t seed = 12345;
#define RND() (seed = seed * 1103515245u + 12345u, seed >> 8)
	int64_t now = rt_nanotime();
	for (int i = 0; i < HN; i++) {
		heapt[i] = rt_timer_new(fire, (void *)(intptr_t)i);
		RTT_CHECK(!rt_timer_reset(heapt[i], now + 3600000000000LL + (int64_t)(RND() % 1000000) * 1000000, 0));
	}
	for (int i = 0; i < HN; i += 3)
		RTT_CHECK(rt_timer_stop(heapt[i]));
	/* a random permutation: timer i fires perm[i]-th */
	static int perm[HN]; /* not on the goroutine: test code has no stack checks */
	for (int i = 0; i < HN; i++)
		perm[i] = i;
	for (int i = HN - 1; i > 0; i--) {
		int j = (int)(RND() % (uint32_t)(i + 1)), t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	int64_t gap = rtt_time_limit(100000); /* 100 us (x RTT_TIME_SCALE) */
	now = rt_nanotime();
	for (int i = 0; i < HN; i++)
		RTT_CHECK(rt_timer_reset(heapt[i], now + 5000000 + perm[i] * gap, 0) == (i % 3 != 0));
	for (int k = 0; k < HN; k++) {
		go_int v;
		rt_chanrecv(done, &v);
		RTT_CHECK(perm[v] == k);
	}
	for (int i = 0; i < HN; i++)
		RTT_CHECK(!rt_timer_stop(heapt[i]));
#undef RND
	rtt_puts("ok\n");
}
static void test_heap(void **state)
{
	RTT_EXPECT(heap_main, "1", 0, "ok\n");
}

/* a pending timer is not a deadlock; its expiry may be */
static void sleepdead_main(void)
{
	rt_sleep(2000000);
	rt_chanrecv(rt_makechan(1, 0), NULL);
}
static void test_sleep_then_deadlock(void **state)
{
	RTT_EXPECT(sleepdead_main, NULL, 2,
	           "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
}

/* semaphores: a mutex built on them keeps a counter exact */
static uint32_t sem = 1;
static go_int counter;
static void incr(void *arg)
{
	for (int i = 0; i < 1000; i++) {
		rt_semacquire(&sem, RT_WAIT_MUTEX);
		go_int c = counter;
		if (i % 7 == 0)
			rt_gosched();
		counter = c + 1;
		rt_semrelease(&sem);
	}
	go_int one = 1;
	rt_chansend(done, &one);
}
static void sema_main(void)
{
	done = rt_makechan(sizeof(go_int), 0);
	for (int i = 0; i < 8; i++)
		rt_go(incr, NULL);
	for (int i = 0; i < 8; i++) {
		go_int v;
		rt_chanrecv(done, &v);
	}
	RTT_CHECK(counter == 8000);
	rtt_puts("ok\n");
}
static void test_sema(void **state)
{
	RTT_EXPECT(sema_main, "1", 0, "ok\n");
	RTT_EXPECT(sema_main, "2", 0, "ok\n");
}

static uint32_t wg;
static void wg_main(void) { rt_semacquire(&wg, RT_WAIT_WAITGROUP); }
static void test_sema_deadlock(void **state)
{
	RTT_EXPECT(wg_main, NULL, 2,
	           "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sleep),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_sleep_busy),
		cmocka_unit_test(test_timers),
		cmocka_unit_test(test_heap),
		cmocka_unit_test(test_sleep_then_deadlock),
		cmocka_unit_test(test_sema),
		cmocka_unit_test(test_sema_deadlock),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
