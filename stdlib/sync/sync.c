/*
 * sync.c — the lock algorithms of package sync, on the runtime's counting
 * semaphores (rt_semacquire/rt_semrelease: a blocked goroutine parks on
 * the runtime, its thread goes on with others).
 *
 * The struct layouts below must match sync.go's declarations (the
 * compiler emits the same structs from the Go source).
 *
 * Mutex: state bit 0 = locked, state >> 1 = waiters.  Lock: take the free
 * lock with a CAS, else count itself a waiter and sleep on the semaphore,
 * then retry (a woken waiter competes with newcomers).  Before it sleeps,
 * a locker spins a few rounds while other processors may release the lock
 * (Go's sync_runtime_canSpin: 4 rounds of 30 pause instructions, only with
 * GOMAXPROCS > 1 on more than one CPU): parking and waking cost far more
 * than a short critical section.  Unlock: clear the
 * bit, and if there are waiters and the lock is still free, remove one
 * waiter and release the semaphore once.  The semaphore counts, so a
 * release before the sleep is never lost.
 *
 * WaitGroup: Go's algorithm: counter and waiters in one 64-bit word.
 * RWMutex: Go's algorithm (readerCount goes negative while a writer waits).
 */
#include "rt.h"

typedef struct sync_Mutex { int32_t state; uint32_t sema; } sync_Mutex;
typedef struct sync_WaitGroup { uint64_t state; uint32_t sema; } sync_WaitGroup;
typedef struct sync_RWMutex {
	sync_Mutex w;
	uint32_t writerSem;
	uint32_t readerSem;
	int32_t readerCount;
	int32_t readerWait;
} sync_RWMutex;

enum { LOCKED = 1, WAITER = 2, MAX_READERS = 1 << 30 };

_Noreturn static void fatal(const char *msg)
{
	rt_fatal(msg);
}

enum { SPIN_ROUNDS = 4, SPIN_PAUSES = 30 };

static inline void cpu_pause(void)
{
#if defined(__x86_64__)
	__asm__ volatile("pause");
#elif defined(__aarch64__)
	__asm__ volatile("yield");
#endif
}

static bool can_spin(int round)
{
	return round < SPIN_ROUNDS && rt_numcpu() > 1 && rt_gomaxprocs(0) > 1;
}

static void mutex_lock(sync_Mutex *m, int reason)
{
	int32_t old = 0;
	if (__atomic_compare_exchange_n(&m->state, &old, LOCKED, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return;
	int round = 0;
	for (;;) {
		old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
		if (!(old & LOCKED)) {
			if (__atomic_compare_exchange_n(&m->state, &old, old | LOCKED, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
				return;
			continue;
		}
		if (can_spin(round)) {
			round++;
			for (int i = 0; i < SPIN_PAUSES; i++)
				cpu_pause();
			continue;
		}
		round = 0;
		if (__atomic_compare_exchange_n(&m->state, &old, old + WAITER, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
			rt_semacquire(&m->sema, reason);
	}
}

void sync_Mutex__Lock(sync_Mutex *m) { mutex_lock(m, RT_WAIT_MUTEX); }

bool sync_Mutex__TryLock(sync_Mutex *m)
{
	int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
	return !(old & LOCKED) &&
	       __atomic_compare_exchange_n(&m->state, &old, old | LOCKED, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

void sync_Mutex__Unlock(sync_Mutex *m)
{
	int32_t now = __atomic_sub_fetch(&m->state, LOCKED, __ATOMIC_RELEASE);
	if ((now + LOCKED) & LOCKED) {
		for (;;) {
			int32_t old = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
			if (old < WAITER || (old & LOCKED))
				return; /* no waiter, or the new owner will wake one */
			if (__atomic_compare_exchange_n(&m->state, &old, old - WAITER, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
				rt_semrelease(&m->sema);
				return;
			}
		}
	}
	__atomic_add_fetch(&m->state, LOCKED, __ATOMIC_RELAXED);
	fatal("sync: unlock of unlocked mutex");
}

void sync_WaitGroup__Add(sync_WaitGroup *wg, go_int delta)
{
	uint64_t state = __atomic_add_fetch(&wg->state, (uint64_t)delta << 32, __ATOMIC_ACQ_REL);
	int32_t v = (int32_t)(state >> 32);
	uint32_t w = (uint32_t)state;
	if (v < 0)
		rt_panic_string(GO_STR("sync: negative WaitGroup counter"));
	if (v > 0 || w == 0)
		return;
	/* counter reached 0 with waiters: wake them all */
	__atomic_store_n(&wg->state, 0, __ATOMIC_RELEASE);
	for (; w > 0; w--)
		rt_semrelease(&wg->sema);
}

void sync_WaitGroup__Wait(sync_WaitGroup *wg)
{
	for (;;) {
		uint64_t state = __atomic_load_n(&wg->state, __ATOMIC_ACQUIRE);
		if ((int32_t)(state >> 32) == 0)
			return;
		if (__atomic_compare_exchange_n(&wg->state, &state, state + 1, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
			rt_semacquire(&wg->sema, RT_WAIT_WAITGROUP);
			return;
		}
	}
}

void sync_RWMutex__RLock(sync_RWMutex *rw)
{
	if (__atomic_add_fetch(&rw->readerCount, 1, __ATOMIC_ACQUIRE) < 0)
		rt_semacquire(&rw->readerSem, RT_WAIT_RWMUTEX_R);
}

void sync_RWMutex__RUnlock(sync_RWMutex *rw)
{
	int32_t r = __atomic_sub_fetch(&rw->readerCount, 1, __ATOMIC_RELEASE);
	if (r < 0) {
		if (r + 1 == 0 || r + 1 == -MAX_READERS)
			fatal("sync: RUnlock of unlocked RWMutex");
		if (__atomic_sub_fetch(&rw->readerWait, 1, __ATOMIC_RELEASE) == 0)
			rt_semrelease(&rw->writerSem);
	}
}

void sync_RWMutex__Lock(sync_RWMutex *rw)
{
	mutex_lock(&rw->w, RT_WAIT_RWMUTEX_W);
	int32_t r = __atomic_add_fetch(&rw->readerCount, -MAX_READERS, __ATOMIC_ACQUIRE) + MAX_READERS;
	if (r != 0 && __atomic_add_fetch(&rw->readerWait, r, __ATOMIC_ACQUIRE) != 0)
		rt_semacquire(&rw->writerSem, RT_WAIT_RWMUTEX_W);
}

void sync_RWMutex__Unlock(sync_RWMutex *rw)
{
	int32_t r = __atomic_add_fetch(&rw->readerCount, MAX_READERS, __ATOMIC_RELEASE);
	if (r >= MAX_READERS)
		fatal("sync: Unlock of unlocked RWMutex");
	for (int32_t i = 0; i < r; i++)
		rt_semrelease(&rw->readerSem);
	sync_Mutex__Unlock(&rw->w);
}

void sync_semacquire(uint32_t *addr, go_int reason) { rt_semacquire(addr, (int)reason); }
void sync_semrelease(uint32_t *addr) { rt_semrelease(addr); }
