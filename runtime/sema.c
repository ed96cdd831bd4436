/*
 * sema.c — semaphores for the sync package: goroutines block on the
 * scheduler, not on an OS futex.
 *
 * A table of 251 roots hashed by address, each with a lock, a FIFO of
 * waiting sudogs (any address hashing there) and nwait.
 *
 * Invariants: *addr is only changed atomically.  A waiter increments
 * root->nwait (under the lock) before its last cansemacquire check; a
 * releaser increments *addr before reading nwait: with seq_cst atomics one
 * of them sees the other (no lost wakeup), so semrelease can skip the lock
 * when nwait is 0.  A woken waiter retries cansemacquire and queues again
 * at the tail if another goroutine took the count first (Go's behaviour
 * without handoff).
 *
 * root->lock protects the queue; lock order: sema -> timers -> sched.
 */
#include "rt_internal.h"

#define SEMTAB 251

static struct semaroot {
	rt_lock lock;
	sudog *first, *last;
	_Atomic uint32_t nwait;
	char pad[64 - sizeof(rt_lock) - 2 * sizeof(void *) - sizeof(uint32_t)];
} semtab[SEMTAB];

static struct semaroot *semroot(uint32_t *addr)
{
	return &semtab[((uintptr_t)addr >> 3) % SEMTAB];
}

static bool cansemacquire(uint32_t *addr)
{
	_Atomic uint32_t *a = (_Atomic uint32_t *)addr;
	for (;;) {
		uint32_t v = atomic_load(a);
		if (v == 0)
			return false;
		if (atomic_compare_exchange_weak(a, &v, v - 1))
			return true;
	}
}

struct semargs {
	uint32_t *addr;
	int reason;
	bool acquired;
	sudog sg;
};

static void semacquire_g0(void *arg)
{
	struct semargs *a = arg;
	struct semaroot *r = semroot(a->addr);
	rt_lock_acquire(&r->lock);
	atomic_fetch_add(&r->nwait, 1);
	if (cansemacquire(a->addr)) {
		atomic_fetch_sub(&r->nwait, 1);
		rt_lock_release(&r->lock);
		a->acquired = true;
		return;
	}
	memset(&a->sg, 0, sizeof a->sg);
	a->sg.g = getg();
	a->sg.semaddr = a->addr;
	rt_waitq_enqueue(&r->first, &r->last, &a->sg);
	rt_park(&r->lock, a->reason);
}

void rt_semacquire(uint32_t *addr, int reason)
{
	if (cansemacquire(addr))
		return;
	struct semargs a = {.addr = addr, .reason = reason};
	for (;;) {
		a.acquired = false;
		rt_systemstack(semacquire_g0, &a);
		if (a.acquired || cansemacquire(addr))
			return;
	}
}

static void semrelease_g0(void *arg)
{
	uint32_t *addr = arg;
	struct semaroot *r = semroot(addr);
	rt_lock_acquire(&r->lock);
	if (atomic_load(&r->nwait) == 0) {
		rt_lock_release(&r->lock);
		return;
	}
	sudog *s;
	for (s = r->first; s; s = s->next)
		if (s->semaddr == addr)
			break;
	if (s) {
		rt_waitq_remove(&r->first, &r->last, s);
		atomic_fetch_sub(&r->nwait, 1);
	}
	rt_lock_release(&r->lock);
	if (s)
		rt_ready(s->g, false);
}

void rt_semrelease(uint32_t *addr)
{
	atomic_fetch_add((_Atomic uint32_t *)addr, 1);
	if (atomic_load(&semroot(addr)->nwait) == 0)
		return;
	rt_systemstack(semrelease_g0, addr);
}
