/* test_rt_sync.c — package sync's lock algorithms (stdlib/sync/sync.c) and
 * Once (sync.go, translated) on the real runtime, each case in a child
 * running rt_main: mutual exclusion under contention, WaitGroup waking all
 * waiters and its negative-counter panic, RWMutex readers sharing and a
 * writer excluding them, Mutex misuse as Go's fatal error, Once running
 * its function once. */
#include "rt_testutil.h"

typedef struct sync_Mutex { int32_t state; uint32_t sema; } sync_Mutex;
typedef struct sync_WaitGroup { uint64_t state; uint32_t sema; } sync_WaitGroup;
typedef struct sync_RWMutex {
	sync_Mutex w;
	uint32_t writerSem, readerSem;
	int32_t readerCount, readerWait;
} sync_RWMutex;
typedef struct sync_Once { uint32_t done; sync_Mutex m; } sync_Once;

void sync_Mutex__Lock(sync_Mutex *m);
void sync_Mutex__Unlock(sync_Mutex *m);
bool sync_Mutex__TryLock(sync_Mutex *m);
void sync_WaitGroup__Add(sync_WaitGroup *wg, go_int delta);
void sync_WaitGroup__Wait(sync_WaitGroup *wg);
void sync_RWMutex__RLock(sync_RWMutex *rw);
void sync_RWMutex__RUnlock(sync_RWMutex *rw);
void sync_RWMutex__Lock(sync_RWMutex *rw);
void sync_RWMutex__Unlock(sync_RWMutex *rw);
void sync_Once__Do(sync_Once *o, rt_closure *f);

static sync_Mutex mu;
static sync_WaitGroup wg;
static sync_RWMutex rw;
static int64_t counter;
static int inside, max_inside;

/* Mutex: 8 goroutines x 10,000 increments, yielding inside the lock */
static void incr(void *arg)
{
	for (int i = 0; i < 10000; i++) {
		sync_Mutex__Lock(&mu);
		int64_t v = counter;
		if ((i & 255) == 0)
			rt_gosched(); /* others must wait */
		counter = v + 1;
		sync_Mutex__Unlock(&mu);
	}
	sync_WaitGroup__Add(&wg, -1);
}
static void mutex_main(void)
{
	sync_WaitGroup__Add(&wg, 8);
	for (int i = 0; i < 8; i++)
		rt_go(incr, NULL);
	sync_WaitGroup__Wait(&wg);
	RTT_CHECK(counter == 80000);
	RTT_CHECK(sync_Mutex__TryLock(&mu));
	RTT_CHECK(!sync_Mutex__TryLock(&mu));
	sync_Mutex__Unlock(&mu);
	rtt_puts("ok\n");
}
static void test_mutex(void **state)
{
	RTT_EXPECT(mutex_main, "1", 0, "ok\n");
	RTT_EXPECT(mutex_main, "2", 0, "ok\n");
}

static void unlock_unlocked_main(void) { sync_Mutex__Unlock(&mu); }
static void test_mutex_misuse(void **state)
{
	RTT_EXPECT(unlock_unlocked_main, "1", 2, "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n");
}

/* WaitGroup: several waiters all released by the last Done */
static int released;
static void waiter(void *arg)
{
	sync_WaitGroup__Wait(&wg);
	__atomic_add_fetch(&released, 1, __ATOMIC_SEQ_CST);
}
static void wg_main(void)
{
	sync_WaitGroup__Add(&wg, 3);
	for (int i = 0; i < 4; i++)
		rt_go(waiter, NULL);
	rt_sleep(2000000);
	RTT_CHECK(__atomic_load_n(&released, __ATOMIC_SEQ_CST) == 0);
	sync_WaitGroup__Add(&wg, -1);
	sync_WaitGroup__Add(&wg, -2);
	for (int i = 0; i < 100 && __atomic_load_n(&released, __ATOMIC_SEQ_CST) < 4; i++)
		rt_sleep(1000000);
	RTT_CHECK(__atomic_load_n(&released, __ATOMIC_SEQ_CST) == 4);
	sync_WaitGroup__Wait(&wg); /* zero: returns at once */
	rtt_puts("ok\n");
}
static void test_waitgroup(void **state) { RTT_EXPECT(wg_main, "2", 0, "ok\n"); }

static void wg_negative_main(void) { sync_WaitGroup__Add(&wg, -1); }
static void test_waitgroup_negative(void **state)
{
	RTT_EXPECT(wg_negative_main, "1", 2, "panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n");
}

/* RWMutex: readers overlap; a writer is alone */
static void reader(void *arg)
{
	for (int i = 0; i < 200; i++) {
		sync_RWMutex__RLock(&rw);
		int n = __atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST);
		int m = __atomic_load_n(&max_inside, __ATOMIC_SEQ_CST);
		while (n > m && !__atomic_compare_exchange_n(&max_inside, &m, n, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			;
		rt_gosched();
		__atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST);
		sync_RWMutex__RUnlock(&rw);
	}
	sync_WaitGroup__Add(&wg, -1);
}
static void writer(void *arg)
{
	for (int i = 0; i < 200; i++) {
		sync_RWMutex__Lock(&rw);
		RTT_CHECK(__atomic_load_n(&inside, __ATOMIC_SEQ_CST) == 0);
		counter++;
		sync_RWMutex__Unlock(&rw);
		rt_gosched();
	}
	sync_WaitGroup__Add(&wg, -1);
}
static void rw_main(void)
{
	sync_WaitGroup__Add(&wg, 6);
	for (int i = 0; i < 4; i++)
		rt_go(reader, NULL);
	for (int i = 0; i < 2; i++)
		rt_go(writer, NULL);
	sync_WaitGroup__Wait(&wg);
	RTT_CHECK(counter == 400);
	RTT_CHECK(max_inside >= 2); /* readers did share the lock */
	rtt_puts("ok\n");
}
static void test_rwmutex(void **state) { RTT_EXPECT(rw_main, "1", 0, "ok\n"); }

/* Once: the function runs once, even from many goroutines */
static sync_Once once;
static int ran;
static void once_fn(void *cl) { ran++; }
static rt_closure once_cl = {(void *)once_fn};
static void once_g(void *arg)
{
	sync_Once__Do(&once, &once_cl);
	sync_WaitGroup__Add(&wg, -1);
}
static void once_main(void)
{
	sync_WaitGroup__Add(&wg, 16);
	for (int i = 0; i < 16; i++)
		rt_go(once_g, NULL);
	sync_WaitGroup__Wait(&wg);
	sync_Once__Do(&once, &once_cl);
	RTT_CHECK(ran == 1);
	rtt_puts("ok\n");
}
static void test_once(void **state) { RTT_EXPECT(once_main, "2", 0, "ok\n"); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mutex),
		cmocka_unit_test(test_mutex_misuse),
		cmocka_unit_test(test_waitgroup),
		cmocka_unit_test(test_waitgroup_negative),
		cmocka_unit_test(test_rwmutex),
		cmocka_unit_test(test_once),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
