/*
 * time.c — clocks, the timer heap, sleeping.
 *
 * One global 4-ary min-heap of (when, rt_timer*) under timers.lock.  No
 * thread per timer: due timers are run by whichever M passes through
 * schedule()/findrunnable() with a P, and an idle M parks
 * with a timeout equal to the earliest `when` (published lock-free in
 * nextwhen, so the scheduler can read it under sched.lock).  A timer that
 * becomes the earliest kicks an idle M to recompute its timeout
 * (rt_timer_kick); sysmon is the safety net when every P is busy.
 *
 * A timer's f runs on g0 with timers.lock released (it may ready Gs);
 * stdlib timers (rt_timer_start) run their Go function in a new goroutine,
 * so that it may block, allocate and panic like Go code.
 *
 * Invariants: t->idx is its heap index while queued, -1 otherwise; only
 * code holding timers.lock changes idx or the heap.  rt_ntimers counts queued
 * timers (the deadlock detector reads it).  Lock order: chan, sema ->
 * timers -> sched.
 *
 * Rejected: per-P heaps (Go's choice, better for many Ps; with 2 cores and a
 * lock held for a few hundred ns the global heap is simpler and its
 * wakeups easier to get right); a timer thread (a switch per firing).
 */
#include "rt_internal.h"

#include <time.h>

/* The heap keeps each timer's `when` next to its pointer and has four
 * children per node (Go's timer heap is 4-ary too): sifting compares keys
 * inside the array, four to a cache line, instead of loading every
 * compared timer from wherever its G lives, and the tree is half as deep.
 * With 100,000 sleeping goroutines (bench/timers) the binary heap of
 * pointers was the hottest function after the page faults. */
typedef struct {
	int64_t when;
	rt_timer *t;
} heapent;

static struct {
	rt_lock lock;
	heapent *heap;
	intptr_t n, cap;
} timers;
_Atomic int rt_ntimers;
static _Atomic int64_t nextwhen = -1;

int64_t rt_nanotime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_walltime(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ------------------------------------------------------------------ */
/* The heap; timers.lock held. */

static void heap_set(intptr_t i, heapent e)
{
	timers.heap[i] = e;
	e.t->idx = i;
}

static void siftup(intptr_t i)
{
	heapent e = timers.heap[i];
	while (i > 0) {
		intptr_t p = (i - 1) / 4;
		if (timers.heap[p].when <= e.when)
			break;
		heap_set(i, timers.heap[p]);
		i = p;
	}
	heap_set(i, e);
}

static void siftdown(intptr_t i)
{
	heapent e = timers.heap[i];
	for (;;) {
		intptr_t c = 4 * i + 1, end = c + 4;
		if (c >= timers.n)
			break;
		if (end > timers.n)
			end = timers.n;
		intptr_t m = c;
		for (intptr_t k = c + 1; k < end; k++)
			if (timers.heap[k].when < timers.heap[m].when)
				m = k;
		if (e.when <= timers.heap[m].when)
			break;
		heap_set(i, timers.heap[m]);
		i = m;
	}
	heap_set(i, e);
}

static void publish(void)
{
	atomic_store(&nextwhen, timers.n ? timers.heap[0].when : -1);
	atomic_store(&rt_ntimers, (int)timers.n);
}

static void heap_remove(rt_timer *t)
{
	intptr_t i = t->idx;
	timers.n--;
	if (i != timers.n) {
		heapent x = timers.heap[timers.n];
		heap_set(i, x);
		siftdown(i);
		siftup(x.t->idx);
	}
	t->idx = -1;
}

/* timers.lock held.  Returns true if t became the earliest. */
static bool heap_add(rt_timer *t)
{
	if (timers.n == timers.cap) {
		/* the heap holds pointers to GC objects: allocate it from the
		 * GC (uncollectable: its only reference is this static) */
		intptr_t ncap = timers.cap ? timers.cap * 2 : 64;
		heapent *nh = rt_gcalloc_g0((size_t)ncap * sizeof *nh, true);
		if (timers.n)
			memcpy(nh, timers.heap, (size_t)timers.n * sizeof *nh);
		timers.heap = nh;
		timers.cap = ncap;
	}
	heap_set(timers.n++, (heapent){t->when, t});
	siftup(t->idx);
	return t->idx == 0;
}

void rt_timer_add(rt_timer *t)
{
	rt_lock_acquire(&timers.lock);
	bool first = heap_add(t);
	publish();
	rt_lock_release(&timers.lock);
	if (first)
		rt_timer_kick();
}

bool rt_timer_del(rt_timer *t)
{
	rt_lock_acquire(&timers.lock);
	bool was = t->idx >= 0;
	if (was)
		heap_remove(t);
	publish();
	rt_lock_release(&timers.lock);
	return was;
}

int64_t rt_timer_next(void) { return atomic_load(&nextwhen); }

/* g0 with a P: runs the due timers.  They leave the heap in batches of up
 * to 32 under one hold of timers.lock, and run with it released. */
bool rt_timer_run(void)
{
	int64_t w = atomic_load(&nextwhen);
	if (w < 0)
		return false;
	int64_t now = rt_nanotime();
	if (w > now)
		return false;
	bool ran = false;
	rt_timer *due[32];
	for (;;) {
		int n = 0;
		rt_lock_acquire(&timers.lock);
		while (n < 32 && timers.n > 0 && timers.heap[0].when <= now) {
			rt_timer *t = timers.heap[0].t;
			heap_remove(t);
			if (t->period > 0) {
				int64_t next = t->when + t->period;
				if (next <= now) /* fell behind: skip ticks, as Go does */
					next = now + t->period - (now - t->when) % t->period;
				t->when = next;
				heap_add(t);
			}
			t->seq++;
			due[n++] = t;
		}
		publish();
		rt_lock_release(&timers.lock);
		for (int i = 0; i < n; i++)
			due[i]->f(due[i]);
		ran |= n > 0;
		if (n < 32)
			return ran;
	}
}

/* ------------------------------------------------------------------ */
/* Sleeping. */

static void sleep_fire(rt_timer *t) { rt_ready(t->g, false); }

static void sleep_unlock(void *arg)
{
	bool first = (bool)(uintptr_t)arg;
	rt_lock_release(&timers.lock);
	if (first)
		rt_timer_kick();
}

static void sleep_g0(void *arg)
{
	int64_t ns = *(int64_t *)arg;
	G *g = getg();
	rt_timer *t = &g->sleeptimer;
	int64_t now = rt_nanotime();
	t->when = now + ns < now ? INT64_MAX : now + ns;
	t->period = 0;
	t->f = sleep_fire;
	t->g = g;
	t->idx = -1;
	rt_lock_acquire(&timers.lock);
	bool first = heap_add(t);
	publish();
	/* WAITING is set before timers.lock is released: the timer may fire
	 * on another M at once. */
	rt_park_fn(sleep_unlock, (void *)(uintptr_t)first, RT_WAIT_SLEEP);
}

void rt_sleep(int64_t ns)
{
	if (ns <= 0)
		return;
	rt_systemstack(sleep_g0, &ns);
}

/* ------------------------------------------------------------------ */
/* Timers for the time package: f(arg) runs in a new goroutine. */

static void gotimer_fire(rt_timer *t) 
{
	G *gp = rt_newg(t->gofn, t->arg);
	M *m = getm();
	(void)m;
	/* rt_newg returns it RUNNABLE: queue it like rt_go would */
	atomic_store(&gp->status, G_WAITING);
	rt_ready(gp, false);
}

rt_timer *rt_timer_new(void (*fn)(void *arg), void *arg)
{
	rt_timer *t = rt_alloc(sizeof *t);
	t->gofn = fn;
	t->arg = arg;
	t->f = gotimer_fire;
	t->idx = -1;
	return t;
}

struct tstart {
	rt_timer *t;
	int64_t when, period;
	bool was;
};

static void timer_reset_g0(void *arg)
{
	struct tstart *a = arg;
	rt_lock_acquire(&timers.lock);
	a->was = a->t->idx >= 0;
	if (a->was)
		heap_remove(a->t);
	a->t->when = a->when;
	a->t->period = a->period;
	bool first = heap_add(a->t);
	publish();
	rt_lock_release(&timers.lock);
	if (first)
		rt_timer_kick();
}

bool rt_timer_reset(rt_timer *t, int64_t when, int64_t period)
{
	struct tstart a = {t, when, period, false};
	rt_systemstack(timer_reset_g0, &a);
	return a.was;
}

static void timer_stop_g0(void *arg)
{
	struct tstart *a = arg;
	a->was = rt_timer_del(a->t);
}

bool rt_timer_stop(rt_timer *t)
{
	struct tstart a = {t, 0, 0, false};
	rt_systemstack(timer_stop_g0, &a);
	return a.was;
}
