/* test_rt_sched.c — the scheduler end to end: goroutines, yielding, run
 * queues, work stealing, the deadlock report, goroutine ids. */
#include "rt_testutil.h"
#include "../runtime/rt_internal.h"

/* ---- run queue units (no scheduler needed) ---- */

static G gs[600];

static void test_runq_fifo(void **state)
{
	static P p;
	memset(&p, 0, sizeof p);
	for (int i = 0; i < 200; i++)
		assert_true(rt_runqput(&p, &gs[i], false));
	assert_int_equal(rt_runqlen(&p), 200);
	for (int i = 0; i < 200; i++)
		assert_ptr_equal(rt_runqget(&p), &gs[i]);
	assert_null(rt_runqget(&p));
}

static void test_runq_next(void **state)
{
	static P p;
	memset(&p, 0, sizeof p);
	assert_true(rt_runqput(&p, &gs[0], false));
	assert_true(rt_runqput(&p, &gs[1], true));
	assert_true(rt_runqput(&p, &gs[2], true)); /* kicks gs[1] into the ring */
	assert_ptr_equal(rt_runqget(&p), &gs[2]);
	assert_ptr_equal(rt_runqget(&p), &gs[0]);
	assert_ptr_equal(rt_runqget(&p), &gs[1]);
	assert_null(rt_runqget(&p));
}

static void test_runq_full(void **state)
{
	static P p;
	memset(&p, 0, sizeof p);
	for (int i = 0; i < RT_RUNQ; i++)
		assert_true(rt_runqput(&p, &gs[i], false));
	assert_false(rt_runqput(&p, &gs[RT_RUNQ], false));
	/* wraps around */
	for (int i = 0; i < 100; i++)
		assert_ptr_equal(rt_runqget(&p), &gs[i]);
	for (int i = 0; i < 100; i++)
		assert_true(rt_runqput(&p, &gs[300 + i], false));
	for (int i = 100; i < RT_RUNQ; i++)
		assert_ptr_equal(rt_runqget(&p), &gs[i]);
	for (int i = 0; i < 100; i++)
		assert_ptr_equal(rt_runqget(&p), &gs[300 + i]);
}

static void test_runq_steal(void **state)
{
	static P p, v;
	memset(&p, 0, sizeof p);
	memset(&v, 0, sizeof v);
	for (int i = 0; i < 10; i++)
		assert_true(rt_runqput(&v, &gs[i], false));
	G *g = rt_runqsteal(&p, &v, false);
	/* half (5) taken: 4 queued in p, the 5th returned to run */
	assert_ptr_equal(g, &gs[4]);
	assert_int_equal(rt_runqlen(&p), 4);
	assert_int_equal(rt_runqlen(&v), 5);
	for (int i = 0; i < 4; i++)
		assert_ptr_equal(rt_runqget(&p), &gs[i]);
	for (int i = 5; i < 10; i++)
		assert_ptr_equal(rt_runqget(&v), &gs[i]);
	/* runnext is stolen only when asked */
	assert_true(rt_runqput(&v, &gs[20], true));
	assert_null(rt_runqsteal(&p, &v, false));
	assert_ptr_equal(rt_runqsteal(&p, &v, true), &gs[20]);
	assert_null(rt_runqget(&v));
}

/* ---- end to end ---- */

static void hello_main(void) { rtt_puts("hello\n"); }

static void test_hello(void **state)
{
	RTT_EXPECT(hello_main, NULL, 0, "hello\n");
	RTT_EXPECT(hello_main, "1", 0, "hello\n");
}

/* main returns without waiting for other goroutines */
static void spin_forever(void *arg)
{
	for (;;)
		rt_gosched();
}
static void noexit_main(void)
{
	rt_go(spin_forever, NULL);
	rt_gosched();
	rtt_puts("bye\n");
}

static void test_main_exit(void **state) { RTT_EXPECT(noexit_main, "1", 0, "bye\n"); }

/* many goroutines, each sending its number; main sums */
static rt_chan *sumc;
#ifndef __SANITIZE_THREAD__
#define MANY 10000
#define MANY_SUM "50005000\n"
#else /* TSan counts every goroutine (a fiber) against its 8,128 threads */
#define MANY 5000
#define MANY_SUM "12502500\n"
#endif
static void sender(void *arg)
{
	go_int v = (go_int)(intptr_t)arg;
	rt_chansend(sumc, &v);
}
static void many_main(void)
{
	sumc = rt_makechan(sizeof(go_int), 0);
	int n = MANY;
	for (int i = 1; i <= n; i++)
		rt_go(sender, (void *)(intptr_t)i);
	go_int sum = 0, v;
	for (int i = 0; i < n; i++) {
		RTT_CHECK(rt_chanrecv(sumc, &v));
		sum += v;
	}
	rtt_putint(sum);
	rtt_puts("\n");
	for (int i = 0; i < 2000 && rt_numgoroutine() != 1; i++)
		rt_sleep(1000000);
	if (rt_numgoroutine() != 1)
		rtt_putint(rt_numgoroutine());
	RTT_CHECK(rt_numgoroutine() == 1);
}

static void test_many(void **state)
{
	RTT_EXPECT(many_main, "1", 0, MANY_SUM);
	RTT_EXPECT(many_main, "2", 0, MANY_SUM);
	RTT_EXPECT(many_main, "4", 0, MANY_SUM);
}

/* gosched interleaves with GOMAXPROCS=1 */
static rt_chan *donec;
static void yielder(void *arg)
{
	for (int i = 0; i < 3; i++) {
		rtt_puts((const char *)arg);
		rt_gosched();
	}
	bool t = true;
	rt_chansend(donec, &t);
}
static void gosched_main(void)
{
	donec = rt_makechan(1, 2);
	rt_go(yielder, "a");
	rt_go(yielder, "b");
	bool t;
	rt_chanrecv(donec, &t);
	rt_chanrecv(donec, &t);
	rtt_puts("\n");
}

static void test_gosched(void **state)
{
	static char out[256];
	int st = rtt_run(gosched_main, "1", out, sizeof out, 10);
	assert_int_equal(st, 0);
	/* three of each, alternating after the start */
	assert_int_equal(strlen(out), 7);
	int a = 0, b = 0;
	for (int i = 0; i < 6; i++)
		a += out[i] == 'a', b += out[i] == 'b';
	assert_int_equal(a, 3);
	assert_int_equal(b, 3);
}

/* parallelism: with GOMAXPROCS=2 two CPU-bound goroutines run at the same
 * time (an idle P is woken and steals); with GOMAXPROCS=1 they cannot (the
 * loop below is not in go_text: no asynchronous preemption). */
static _Atomic int spinners;
static _Atomic int overlapped;
static void burn(void *arg)
{
	atomic_fetch_add(&spinners, 1);
	int64_t end = rt_nanotime() + 500000000; /* 0.5 s at most */
	while (rt_nanotime() < end)
		if (atomic_load(&spinners) == 2) {
			atomic_store(&overlapped, 1);
			break;
		}
	atomic_fetch_sub(&spinners, 1);
	bool t = true;
	rt_chansend(donec, &t);
}
static void parallel_main(void)
{
	donec = rt_makechan(1, 2);
	rt_go(burn, NULL);
	rt_go(burn, NULL);
	bool t;
	rt_chanrecv(donec, &t);
	rt_chanrecv(donec, &t);
	rtt_puts(atomic_load(&overlapped) ? "parallel\n" : "serial\n");
}

static void test_parallel(void **state)
{
	RTT_EXPECT(parallel_main, "1", 0, "serial\n");
	RTT_EXPECT(parallel_main, "2", 0, "parallel\n");
}

/* the deadlock report */
static rt_chan *dc;
static void dl_send(void *arg)
{
	int v = 1;
	rt_chansend(dc, &v);
	rt_chansend(dc, &v);
}
static void dl_nilrecv(void *arg) { rt_chanrecv(NULL, NULL); }
static void dl_sleep(void *arg) { rt_sleep(1000); }
static void deadlock_main(void)
{
	dc = rt_makechan(sizeof(int), 0);
	rt_go(dl_send, NULL);
	rt_go(dl_send, NULL);
	rt_go(dl_sleep, NULL);
	rt_sleep(5000000);
	int v;
	rt_chanrecv(dc, &v);
	rt_go(dl_nilrecv, NULL);
	rt_chanrecv(rt_makechan(sizeof(int), 0), &v);
}

static void test_deadlock(void **state)
{
	/* After main's receive, one sender has sent once and waits on its
	 * second send; the other one waits on its first. */
	const char *want = "fatal error: all goroutines are asleep - deadlock!\n"
	                   "\n"
	                   "goroutine 1 [chan receive]:\n"
	                   "\n"
	                   "goroutine 18 [chan send]:\n"
	                   "\n"
	                   "goroutine 19 [chan send]:\n"
	                   "\n"
	                   "goroutine 21 [chan receive (nil chan)]:\n";
	RTT_EXPECT(deadlock_main, "1", 2, want);
	RTT_EXPECT(deadlock_main, "2", 2, want);
}

static void selectnone_main(void) { rt_select(NULL, 0, true, NULL); }

static void test_deadlock_select(void **state)
{
	RTT_EXPECT(selectnone_main, NULL, 2,
	           "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select (no cases)]:\n");
}

static void goid_child(void *arg)
{
	rtt_putint(rt_goid());
	rtt_puts("\n");
	bool t = true;
	rt_chansend(donec, &t);
}
static void goid_main(void)
{
	donec = rt_makechan(1, 0);
	rtt_putint(rt_goid());
	rtt_puts("\n");
	rt_go(goid_child, NULL);
	bool t;
	rt_chanrecv(donec, &t);
	rtt_putint(rt_gomaxprocs(0));
	rtt_puts("\n");
}

static void test_goid(void **state) { RTT_EXPECT(goid_main, "3", 0, "1\n18\n3\n"); }

/* a goroutine blocked in read(2) does not stop the others (GOMAXPROCS=1):
 * sysmon hands its P to another thread */
static int pfd[2];
static _Atomic int progress;
static void mkpipe(void *arg) { RTT_CHECK(pipe(pfd) == 0); }
static void reader(void *arg)
{
	char buf[8];
	go_int n = rt_read(pfd[0], buf, sizeof buf);
	RTT_CHECK(n == 3 && memcmp(buf, "abc", 3) == 0);
	RTT_CHECK(atomic_load(&progress) >= 1000);
	bool t = true;
	rt_chansend(donec, &t);
}
static void counter(void *arg)
{
	for (int i = 0; i < 1000; i++) {
		atomic_fetch_add(&progress, 1);
		rt_gosched();
	}
	rt_write(pfd[1], "abc", 3);
}
static void syscall_main(void)
{
	donec = rt_makechan(1, 0);
	rt_systemstack(mkpipe, NULL);
	rt_go(reader, NULL);
	rt_sleep(1000000); /* the reader blocks */
	rt_go(counter, NULL);
	bool t;
	rt_chanrecv(donec, &t);
	rtt_puts("ok\n");
}
static void test_syscall_handoff(void **state) { RTT_EXPECT(syscall_main, "1", 0, "ok\n"); }

/* a goroutine blocked in a syscall is not a deadlock */
static void syscall_dl_main(void)
{
	rt_systemstack(mkpipe, NULL);
	char c;
	rt_read(pfd[0], &c, 1); /* the write end stays open: blocks until the alarm */
}
static void test_syscall_not_deadlock(void **state)
{
	static char out[256];
	int st = rtt_run(syscall_dl_main, "1", out, sizeof out, 1);
	assert_int_equal(st, 128 + SIGALRM);
	assert_string_equal(out, "");
}

/* runtime.GOMAXPROCS at run time */
static void procs_main(void)
{
	RTT_CHECK(rt_gomaxprocs(0) == 2);
	RTT_CHECK(rt_gomaxprocs(1) == 2);
	RTT_CHECK(rt_gomaxprocs(0) == 1);
	RTT_CHECK(rt_gomaxprocs(3) == 1);
	donec = rt_makechan(1, 0);
	for (int i = 0; i < 3; i++)
		rt_go(yielder, "x");
	bool t;
	for (int i = 0; i < 3; i++)
		rt_chanrecv(donec, &t);
	RTT_CHECK(rt_numcpu() >= 1);
	rtt_puts("ok\n");
}
static void test_gomaxprocs(void **state) { RTT_EXPECT(procs_main, "2", 0, "xxxxxxxxxok\n"); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_runq_fifo),
		cmocka_unit_test(test_runq_next),
		cmocka_unit_test(test_runq_full),
		cmocka_unit_test(test_runq_steal),
		cmocka_unit_test(test_hello),
		cmocka_unit_test(test_main_exit),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_gosched),
		cmocka_unit_test(test_parallel),
		cmocka_unit_test(test_deadlock),
		cmocka_unit_test(test_deadlock_select),
		cmocka_unit_test(test_goid),
		cmocka_unit_test(test_syscall_handoff),
		cmocka_unit_test(test_syscall_not_deadlock),
		cmocka_unit_test(test_gomaxprocs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
