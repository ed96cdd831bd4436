/* test_rt_gc.c — the collector against goroutine stacks under churn:
 * objects whose only references live in goroutine frames several segments
 * deep, in registers of preempted call-free loops, in channel buffers and
 * in values handed over between goroutines; collections forced all along.
 * Every object carries a checksum: a premature free shows up as a bad sum
 * (freed memory is reused, zeroed, by new allocations).
 * RTT_CHURN_SECS sets the duration (default 3 s). */
#include "rt_testutil.h"

#include <stdatomic.h>

typedef struct node {
	struct node *next;
	uint64_t v, sum;
} node;

static rt_chan *pipe_c, *done;
static _Atomic int stop;
static _Atomic uint64_t nbad, nlists;

static node *mklist(uint64_t seed, int n)
{
	node *h = NULL;
	for (int i = 0; i < n; i++) {
		node *x = rt_alloc(sizeof *x);
		x->v = seed * 1000 + (uint64_t)i;
		x->sum = x->v ^ 0x9e3779b97f4a7c15ull;
		x->next = h;
		h = x;
	}
	return h;
}
static int checklist(node *h, int n)
{
	int k = 0;
	for (; h; h = h->next, k++)
		if (h->sum != (h->v ^ 0x9e3779b97f4a7c15ull))
			return 0;
	return k == n;
}

/* generated-style recursion holding a list per frame */
struct deep_args {
	int d;
	uint64_t seed;
	int r;
};
static int deep(int d, uint64_t seed);
static void deep_thunk(void *a)
{
	struct deep_args *x = a;
	x->r = deep(x->d, x->seed);
}
__attribute__((noinline)) static int deep(int d, uint64_t seed)
{
	RT_STACK_CHECK(more);
	node *mine = mklist(seed + (uint64_t)d, 3);
	int r = 1;
	if (d > 0)
		r = deep(d - 1, seed);
	else {
		node *l = mklist(seed, 20);
		rt_chansend(pipe_c, &l); /* handed to a consumer */
		if (seed % 3 == 0)
			rt_gosched();
	}
	__asm__ volatile("" : "+r"(r));
	return r && checklist(mine, 3);
more:;
	struct deep_args a = {d, seed, 0};
	rt_morestack(deep_thunk, &a, 0);
	return a.r;
}

static void producer(void *arg)
{
	uint64_t seed = (uint64_t)(uintptr_t)arg * 7919;
	while (!atomic_load(&stop)) {
		if (!deep((int)(seed % 150), seed))
			atomic_fetch_add(&nbad, 1);
		seed += 13;
	}
	bool t = true;
	rt_chansend(done, &t);
}

static void consumer(void *arg)
{
	rt_chan *quit = arg;
	for (;;) {
		node *l = NULL;
		bool ok;
		rt_scase cs[2] = {{pipe_c, &l, RT_SELECT_RECV}, {quit, NULL, RT_SELECT_RECV}};
		if (rt_select(cs, 2, true, &ok) == 1)
			break;
		if (!checklist(l, 20))
			atomic_fetch_add(&nbad, 1);
		atomic_fetch_add(&nlists, 1);
	}
	bool t = true;
	rt_chansend(done, &t);
}

RT_GOTEXT __attribute__((noinline)) static uint64_t spin_hold(node *l)
{
	uint64_t x = 0;
	while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
		x += l->v;
		__asm__ volatile("" : "+r"(l));
	}
	return checklist(l, 20);
}
static void spinner(void *arg)
{
	node *l = mklist(42, 20);
	if (!spin_hold(l))
		atomic_fetch_add(&nbad, 1);
	bool t = true;
	rt_chansend(done, &t);
}

static int secs(void)
{
	const char *s = getenv("RTT_CHURN_SECS");
	return s ? atoi(s) : 3;
}
static int nsecs;
static void churn_main(void)
{
	pipe_c = rt_makechan(sizeof(node *), 8);
	done = rt_makechan(1, 0);
	rt_chan *quit = rt_makechan(0, 0);
	int np = 40, nc = 4, ns = 2;
	for (int i = 0; i < nc; i++)
		rt_go(consumer, quit);
	for (int i = 0; i < np; i++)
		rt_go(producer, (void *)(uintptr_t)(i + 1));
	for (int i = 0; i < ns; i++)
		rt_go(spinner, NULL);
	int64_t end = rt_nanotime() + (int64_t)nsecs * 1000000000;
	int ngc = 0;
	while (rt_nanotime() < end) {
		rt_sleep(2000000);
		rt_gc();
		ngc++;
	}
	atomic_store(&stop, 1);
	bool t;
	for (int i = 0; i < np + ns; i++)
		rt_chanrecv(done, &t);
	rt_chanclose(quit);
	for (int i = 0; i < nc; i++)
		rt_chanrecv(done, &t);
	RTT_CHECK(atomic_load(&nbad) == 0);
	RTT_CHECK(atomic_load(&nlists) > 100);
	rtt_putint(ngc);
	rtt_puts(" forced collections, ");
	rtt_putint((int64_t)atomic_load(&nlists));
	rtt_puts(" lists checked\n");
}

static void test_churn(void **state)
{
	RTT_NOT_UNDER_TSAN("the collector stops threads with signals");
	static char out[256];
	nsecs = secs();
	const char *procs[] = {"1", "2"};
	for (int i = 0; i < 2; i++) {
		int st = rtt_run(churn_main, procs[i], out, sizeof out, nsecs + 30);
		fprintf(stderr, "GOMAXPROCS=%s: status %d, %s", procs[i], st, out);
		assert_int_equal(st, 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_churn),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
