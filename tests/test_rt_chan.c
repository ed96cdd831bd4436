/* test_rt_chan.c — channels and select, end to end (each case in a child
 * running rt_main): the rule table of Go's spec for send, receive, close on
 * nil, open and closed channels, buffered and not; select. */
#include "rt_testutil.h"

bool rt_chansend_nb(rt_chan *c, const void *elem);
int rt_chanrecv_nb(rt_chan *c, void *elem);

static rt_chan *c1, *c2, *done;

static void signal_done(void)
{
	bool t = true;
	rt_chansend(done, &t);
}
static void wait_done(int n)
{
	bool t;
	for (int i = 0; i < n; i++)
		rt_chanrecv(done, &t);
}

/* unbuffered: a value handed over, in order, both directions blocking */
static void producer(void *arg)
{
	for (go_int i = 0; i < 1000; i++)
		rt_chansend(c1, &i);
	rt_chanclose(c1);
}
static void unbuf_main(void)
{
	c1 = rt_makechan(sizeof(go_int), 0);
	rt_go(producer, NULL);
	go_int v, want = 0;
	while (rt_chanrecv(c1, &v)) {
		RTT_CHECK(v == want);
		want++;
	}
	RTT_CHECK(want == 1000);
	RTT_CHECK(v == 0); /* zero value from a closed channel */
	RTT_CHECK(!rt_chanrecv(c1, &v));
	rtt_puts("ok\n");
}
static void test_unbuffered(void **state)
{
	RTT_EXPECT(unbuf_main, "1", 0, "ok\n");
	RTT_EXPECT(unbuf_main, "2", 0, "ok\n");
}

/* buffered: FIFO, len/cap, close drains then reports closed */
static void buf_main(void)
{
	rt_chan *c = rt_makechan(sizeof(int32_t), 3);
	RTT_CHECK(rt_chancap(c) == 3 && rt_chanlen(c) == 0);
	for (int32_t i = 1; i <= 3; i++)
		rt_chansend(c, &i);
	RTT_CHECK(rt_chanlen(c) == 3);
	int32_t four = 4;
	RTT_CHECK(!rt_chansend_nb(c, &four)); /* full */
	int32_t v;
	RTT_CHECK(rt_chanrecv(c, &v) && v == 1);
	RTT_CHECK(rt_chansend_nb(c, &four));
	rt_chanclose(c);
	RTT_CHECK(rt_chanrecv(c, &v) && v == 2);
	RTT_CHECK(rt_chanrecv(c, &v) && v == 3);
	RTT_CHECK(rt_chanrecv(c, &v) && v == 4);
	v = 99;
	RTT_CHECK(!rt_chanrecv(c, &v) && v == 0);
	RTT_CHECK(rt_chanrecv_nb(c, &v) == 0);
	RTT_CHECK(rt_chanlen(NULL) == 0 && rt_chancap(NULL) == 0);
	rt_chan *e = rt_makechan(8, 1);
	RTT_CHECK(rt_chanrecv_nb(e, &v) == -1);
	RTT_CHECK(rt_chanrecv_nb(NULL, &v) == -1);
	RTT_CHECK(!rt_chansend_nb(NULL, &v));
	/* zero-size elements (chan struct{}) */
	rt_chan *z = rt_makechan(0, 2);
	rt_chansend(z, NULL);
	rt_chansend(z, NULL);
	RTT_CHECK(rt_chanlen(z) == 2);
	RTT_CHECK(rt_chanrecv(z, NULL));
	rtt_puts("ok\n");
}
static void test_buffered(void **state) { RTT_EXPECT(buf_main, "1", 0, "ok\n"); }

/* a full buffer with waiting senders keeps FIFO order */
static void bsender(void *arg)
{
	go_int v = (go_int)(intptr_t)arg;
	rt_chansend(c1, &v);
	signal_done();
}
static void bufwait_main(void)
{
	c1 = rt_makechan(sizeof(go_int), 2);
	done = rt_makechan(1, 10);
	for (intptr_t i = 0; i < 6; i++) {
		rt_go(bsender, (void *)i);
		rt_sleep(rtt_time_limit(200000)); /* let it queue, in order */
	}
	for (go_int i = 0; i < 6; i++) {
		go_int v;
		RTT_CHECK(rt_chanrecv(c1, &v));
		RTT_CHECK(v == i);
	}
	wait_done(6);
	rtt_puts("ok\n");
}
static void test_buffered_waiters(void **state)
{
	RTT_EXPECT(bufwait_main, "1", 0, "ok\n");
	RTT_EXPECT(bufwait_main, "2", 0, "ok\n");
}

/* close wakes every receiver with the zero value and false */
static void closed_recv(void *arg)
{
	go_int v = 7;
	bool ok = rt_chanrecv(c1, &v);
	RTT_CHECK(!ok && v == 0);
	signal_done();
}
static void closewake_main(void)
{
	c1 = rt_makechan(sizeof(go_int), 0);
	done = rt_makechan(1, 0);
	for (int i = 0; i < 5; i++)
		rt_go(closed_recv, NULL);
	rt_sleep(1000000);
	rt_chanclose(c1);
	wait_done(5);
	rtt_puts("ok\n");
}
static void test_close_wakes(void **state)
{
	RTT_EXPECT(closewake_main, "1", 0, "ok\n");
	RTT_EXPECT(closewake_main, "2", 0, "ok\n");
}

/* the panics */
static void sendclosed_main(void)
{
	rt_chan *c = rt_makechan(sizeof(int), 1);
	rt_chanclose(c);
	int v = 1;
	rt_chansend(c, &v);
}
static void closeclosed_main(void)
{
	rt_chan *c = rt_makechan(sizeof(int), 1);
	rt_chanclose(c);
	rt_chanclose(c);
}
static void closenil_main(void) { rt_chanclose(NULL); }
static void blocked_sender(void *arg)
{
	int v = 1;
	rt_chansend(c1, &v);
}
static void closesender_main(void)
{
	c1 = rt_makechan(sizeof(int), 0);
	rt_go(blocked_sender, NULL);
	rt_sleep(1000000);
	rt_chanclose(c1);
	rt_sleep(1000000000);
}
static void test_panics(void **state)
{
	RTT_EXPECT(sendclosed_main, NULL, 2, "panic: send on closed channel\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(closeclosed_main, NULL, 2, "panic: close of closed channel\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(closenil_main, NULL, 2, "panic: close of nil channel\n\ngoroutine 1 [running]:\n");
	RTT_EXPECT(closesender_main, "1", 2, "panic: send on closed channel\n\ngoroutine 18 [running]:\n");
}

/* nil channels block forever */
static void nilsend_main(void)
{
	int v = 0;
	rt_chansend(NULL, &v);
}
static void test_nil_blocks(void **state)
{
	RTT_EXPECT(nilsend_main, NULL, 2,
	           "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send (nil chan)]:\n");
}

/* ping-pong, and its cost */
static void ponger(void *arg)
{
	go_int v;
	while (rt_chanrecv(c1, &v))
		rt_chansend(c2, &v);
}
static void pingpong_main(void)
{
	c1 = rt_makechan(sizeof(go_int), 0);
	c2 = rt_makechan(sizeof(go_int), 0);
	rt_go(ponger, NULL);
	int n = 200000;
	int64_t t0 = rt_nanotime();
	for (go_int i = 0; i < n; i++) {
		go_int v;
		rt_chansend(c1, &i);
		rt_chanrecv(c2, &v);
		RTT_CHECK(v == i);
	}
	int64_t ns = (rt_nanotime() - t0) / n;
	rt_chanclose(c1);
	rtt_putint(ns);
	rtt_puts("\n");
}
static void test_pingpong(void **state)
{
	static char out[64];
	assert_int_equal(rtt_run(pingpong_main, "1", out, sizeof out, 30), 0);
	fprintf(stderr, "unbuffered ping-pong round trip: GOMAXPROCS=1 %s", out);
	assert_int_equal(rtt_run(pingpong_main, "2", out, sizeof out, 30), 0);
	fprintf(stderr, "unbuffered ping-pong round trip: GOMAXPROCS=2 %s", out);
}

/* ---- select ---- */

static void select_ready_main(void)
{
	rt_chan *a = rt_makechan(sizeof(int), 100), *b = rt_makechan(sizeof(int), 100);
	int one = 1, two = 2, counts[2] = {0, 0};
	for (int i = 0; i < 100; i++) {
		rt_chansend(a, &one);
		rt_chansend(b, &two);
	}
	for (int i = 0; i < 100; i++) {
		int va = 0, vb = 0;
		rt_scase cs[2] = {{a, &va, RT_SELECT_RECV}, {b, &vb, RT_SELECT_RECV}};
		bool ok = false;
		int k = rt_select(cs, 2, true, &ok);
		RTT_CHECK(ok);
		RTT_CHECK(k == 0 ? va == 1 : vb == 2);
		counts[k]++;
	}
	/* random choice among ready cases */
	RTT_CHECK(counts[0] > 20 && counts[1] > 20);
	/* default */
	rt_chan *e = rt_makechan(sizeof(int), 0);
	int v;
	rt_scase ce[2] = {{e, &v, RT_SELECT_RECV}, {NULL, &v, RT_SELECT_SEND}};
	RTT_CHECK(rt_select(ce, 2, false, NULL) == -1);
	RTT_CHECK(rt_select(NULL, 0, false, NULL) == -1);
	/* a closed channel is ready */
	rt_chanclose(e);
	bool ok = true;
	v = 5;
	RTT_CHECK(rt_select(ce, 2, true, &ok) == 0 && !ok && v == 0);
	/* send case into a buffer */
	rt_chan *s = rt_makechan(sizeof(int), 1);
	int seven = 7;
	rt_scase cs2[1] = {{s, &seven, RT_SELECT_SEND}};
	RTT_CHECK(rt_select(cs2, 1, false, NULL) == 0);
	RTT_CHECK(rt_select(cs2, 1, false, NULL) == -1);
	RTT_CHECK(rt_chanrecv(s, &v) && v == 7);
	rtt_puts("ok\n");
}
static void test_select_ready(void **state) { RTT_EXPECT(select_ready_main, "1", 0, "ok\n"); }

/* blocking select woken by a sender, a receiver, a close */
static void later_send(void *arg)
{
	rt_sleep(1000000);
	int v = 42;
	rt_chansend(c2, &v);
}
static void later_recv(void *arg)
{
	rt_sleep(1000000);
	int v;
	rt_chanrecv(c1, &v);
	RTT_CHECK(v == 9);
	signal_done();
}
static void later_close(void *arg)
{
	rt_sleep(1000000);
	rt_chanclose(c2);
}
static void select_block_main(void)
{
	done = rt_makechan(1, 1);
	for (int round = 0; round < 50; round++) {
		c1 = rt_makechan(sizeof(int), 0);
		c2 = rt_makechan(sizeof(int), 0);
		int nine = 9, got = 0;
		bool ok = false;
		rt_scase cs[3] = {{c1, &nine, RT_SELECT_SEND}, {c2, &got, RT_SELECT_RECV}, {NULL, NULL, RT_SELECT_RECV}};
		rt_go(later_send, NULL);
		int k = rt_select(cs, 3, true, &ok);
		RTT_CHECK(k == 1 && ok && got == 42);
		rt_go(later_recv, NULL);
		k = rt_select(cs, 3, true, &ok);
		RTT_CHECK(k == 0);
		wait_done(1);
		rt_go(later_close, NULL);
		got = 5;
		k = rt_select(cs, 3, true, &ok);
		RTT_CHECK(k == 1 && !ok && got == 0);
		/* the losers' sudogs are gone: a plain send now blocks until a
		 * plain receive */
		RTT_CHECK(!rt_chansend_nb(c1, &nine));
	}
	rtt_puts("ok\n");
}
static void test_select_block(void **state)
{
	RTT_EXPECT(select_block_main, "1", 0, "ok\n");
	RTT_EXPECT(select_block_main, "2", 0, "ok\n");
}

/* many selects racing on shared channels: each value delivered once */
static rt_chan *work, *results;
static void selworker(void *arg)
{
	rt_chan *quit = arg;
	for (;;) {
		go_int v;
		bool ok;
		rt_scase cs[2] = {{work, &v, RT_SELECT_RECV}, {quit, NULL, RT_SELECT_RECV}};
		int k = rt_select(cs, 2, true, &ok);
		if (k == 1)
			return;
		RTT_CHECK(ok);
		go_int r = v * 2;
		rt_chansend(results, &r);
	}
}
static void select_race_main(void)
{
	work = rt_makechan(sizeof(go_int), 0);
	results = rt_makechan(sizeof(go_int), 16);
	rt_chan *quit = rt_makechan(0, 0);
	for (int i = 0; i < 8; i++)
		rt_go(selworker, quit);
	go_int n = 20000, sum = 0;
	go_int sent = 0, got = 0;
	while (got < n) {
		go_int r;
		if (sent < n) {
			rt_scase cs[2] = {{work, &sent, RT_SELECT_SEND}, {results, &r, RT_SELECT_RECV}};
			int k = rt_select(cs, 2, true, NULL);
			if (k == 0) {
				sent++;
				continue;
			}
		} else {
			RTT_CHECK(rt_chanrecv(results, &r));
		}
		sum += r;
		got++;
	}
	rt_chanclose(quit);
	RTT_CHECK(sum == n * (n - 1));
	rtt_puts("ok\n");
}
static void test_select_race(void **state)
{
	RTT_EXPECT(select_race_main, "1", 0, "ok\n");
	RTT_EXPECT(select_race_main, "2", 0, "ok\n");
	RTT_EXPECT(select_race_main, "3", 0, "ok\n");
}

static void select_nil_main(void)
{
	rt_scase cs[1] = {{NULL, NULL, RT_SELECT_RECV}};
	rt_select(cs, 1, true, NULL);
}
static void test_select_deadlock(void **state)
{
	RTT_EXPECT(select_nil_main, NULL, 2,
	           "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [select]:\n");
}

/* fairness (issue 6): with 4 cases always ready, each is chosen 25% +- 2%
 * of 100,000 selects (Go picks uniformly at random among ready cases) */
static void select_fair_main(void)
{
	enum { N = 100000 };
	rt_chan *cs[4];
	rt_scase sc[4];
	int v[4];
	for (int i = 0; i < 4; i++) {
		cs[i] = rt_makechan(sizeof(int), 1);
		sc[i] = (rt_scase){cs[i], &v[i], RT_SELECT_RECV};
		int one = 1;
		rt_chansend(cs[i], &one);
	}
	long counts[4] = {0};
	for (int k = 0; k < N; k++) {
		int i = rt_select(sc, 4, true, NULL);
		RTT_CHECK(i >= 0 && i < 4);
		counts[i]++;
		int one = 1;
		rt_chansend(cs[i], &one); /* ready again */
	}
	for (int i = 0; i < 4; i++)
		RTT_CHECK(counts[i] >= N * 23 / 100 && counts[i] <= N * 27 / 100);
	rtt_puts("ok\n");
}
static void test_select_fair(void **state) { RTT_EXPECT(select_fair_main, "1", 0, "ok\n"); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unbuffered),
		cmocka_unit_test(test_buffered),
		cmocka_unit_test(test_buffered_waiters),
		cmocka_unit_test(test_close_wakes),
		cmocka_unit_test(test_panics),
		cmocka_unit_test(test_nil_blocks),
		cmocka_unit_test(test_pingpong),
		cmocka_unit_test(test_select_ready),
		cmocka_unit_test(test_select_block),
		cmocka_unit_test(test_select_race),
		cmocka_unit_test(test_select_deadlock),
		cmocka_unit_test(test_select_fair),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
