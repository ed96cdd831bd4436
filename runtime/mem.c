/*
 * mem.c — allocation on Boehm GC and the collector's integration with
 * goroutine stacks (ARCHITECTURE.md, "The collector", "What held").
 *
 * Design:
 *   1. All GC calls run on g0 (rt_systemstack): libgc then only ever sees
 *      threads on their own stacks, which it scans itself from its suspend
 *      handler's sp.  Goroutine segments are invisible to it.
 *   2. An M is USER (rsp may be on a segment) or SYS.  rt_enter_user is the
 *      g0 -> segment transition: set USER, then read the stop request; if
 *      set, back to SYS and wait.  The collector's pre-stop-world hook sets
 *      the request, issues membarrier(PRIVATE_EXPEDITED) (which orders every
 *      running thread's USER store against its load of the request: the
 *      asymmetric Dekker), then waits, sleeping on a futex, until no M is
 *      USER, sending SIGURG every 50 us to those that are (preempt.c takes
 *      them to a safe point).  Without membarrier, enter_user uses a seq_cst
 *      exchange instead.
 *   3. Each G is a GC object of its own kind, whose mark procedure pushes the
 *      words of the G and of every segment of its stack:
 *      [g->sched_sp, seg->hi) for the newest, [s->caller_sp, s->prev->hi)
 *      for the older ones.  Gs are kept alive by the allgs table.
 *      While the world is stopped no G is on a segment, so sched_sp is exact.
 *   4. Goroutine stack volume is invisible to libgc's heuristics: the
 *      minimum bytes allocated between collections grows with the number of
 *      goroutines (else spawning many goroutines collects over and over).
 *
 * Invariants: never allocate while holding sched.lock or timers.lock; the
 * hook runs with libgc's allocation lock held and must not allocate.
 *
 * Rejected (see ARCHITECTURE.md): letting libgc scan the running segment
 * from its suspend handler (it scans [sp, thread stack bottom): garbage or a
 * crash); GC_set_push_other_roots with every segment (the mark stack
 * overflows on each collection with the parallel marker); re-installing
 * libgc's signals with SA_ONSTACK (leans on internals marked FIXME).
 */
#include "rt_internal.h"

#define GC_THREADS
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <linux/membarrier.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

_Atomic uint32_t rt_gc_stopreq;
_Atomic uint32_t rt_gc_sysgen; /* bumped by an M going SYS during a stop request */
static bool use_membarrier;
static unsigned gkind;
static void **gkind_freelist;
static rt_lock allglock;

/* ------------------------------------------------------------------ */
/* The safe-point protocol. */

void rt_enter_user(M *m)
{
	for (;;) {
		if (use_membarrier) {
			atomic_store_explicit(&m->gcstate, M_USER, memory_order_relaxed);
			atomic_signal_fence(memory_order_seq_cst);
		} else {
			atomic_exchange(&m->gcstate, M_USER);
		}
		if (atomic_load_explicit(&rt_gc_stopreq, memory_order_relaxed) == 0)
			return;
		atomic_store(&m->gcstate, M_SYS);
		rt_gc_note_sys();
		while (atomic_load(&rt_gc_stopreq) != 0)
			rt_futex_wait(&rt_gc_stopreq, 1, -1);
	}
}

extern void rt_preempt_signal_m(M *m); /* preempt.c */

static void wait_for_sys(void)
{
	M *self = getm();
	for (;;) {
		bool busy = false;
		for (M *m = __atomic_load_n(&rt_sched_.allm, __ATOMIC_ACQUIRE); m; m = m->alllink) {
			if (m == self)
				continue;
			if (atomic_load(&m->gcstate) == M_USER) {
				busy = true;
				rt_preempt_signal_m(m);
			}
		}
		if (!busy)
			return;
		/* sleep, do not spin: on 2 cores spinning starves the very thread
		 * we signalled.  An M going SYS wakes us (rt_gc_sysgen); else we
		 * resend after 50 us. */
		uint32_t gen = atomic_load(&rt_gc_sysgen);
		bool still = false;
		for (M *m = __atomic_load_n(&rt_sched_.allm, __ATOMIC_ACQUIRE); m; m = m->alllink)
			still |= m != self && atomic_load(&m->gcstate) == M_USER;
		if (still)
			rt_futex_wait(&rt_gc_sysgen, gen, 50000);
	}
}

static void on_collection_event(GC_EventType e)
{
	switch (e) {
	case GC_EVENT_PRE_STOP_WORLD:
		atomic_store(&rt_gc_stopreq, 1);
		if (use_membarrier)
			syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
		else
			atomic_thread_fence(memory_order_seq_cst);
		wait_for_sys();
		break;
	case GC_EVENT_POST_START_WORLD:
		atomic_store(&rt_gc_stopreq, 0);
		rt_futex_wake(&rt_gc_stopreq, INT32_MAX);
		break;
	default:
		break;
	}
}

/* ------------------------------------------------------------------ */
/* The G kind. */

/* The conservative scan reads whole stacks and Gs, ASan's redzones and
 * words other threads write included: not instrumented (make asan, make
 * tsan). */
#define NO_SANITIZE __attribute__((no_sanitize_address, no_sanitize_thread))

NO_SANITIZE
static struct GC_ms_entry *push_range(uintptr_t lo, uintptr_t hi, struct GC_ms_entry *msp,
                                      struct GC_ms_entry *lim)
{
	lo = (lo + 7) & ~(uintptr_t)7;
	for (uintptr_t a = lo; a + 8 <= hi; a += 8) {
		void *w = *(void **)a;
		msp = GC_MARK_AND_PUSH(w, msp, lim, (void **)a);
	}
	return msp;
}

NO_SANITIZE
static struct GC_ms_entry *g_mark(GC_word *addr, struct GC_ms_entry *msp,
                                  struct GC_ms_entry *lim, GC_word env)
{
	G *g = (G *)addr;
	for (size_t i = 0; i < sizeof(G) / sizeof(GC_word); i++)
		msp = GC_MARK_AND_PUSH((void *)addr[i], msp, lim, (void **)&addr[i]);
	int st = atomic_load(&g->status);
	if (st == G_DEAD || st == G_IDLE || g->seg == NULL)
		return msp;
	uintptr_t sp = g->sched_sp;
	rt_seg *s = g->seg;
	if (sp < (uintptr_t)s || sp > g->seghi)
		return msp; /* not consistent: cannot happen with the world stopped */
	/* the newest segment without touching its (cold) header */
	msp = push_range(sp, g->seghi, msp, lim);
	if (s == g->firstseg)
		return msp;
	sp = s->caller_sp;
	for (s = s->prev; s; s = s->prev) {
		if (sp < (uintptr_t)s || sp > s->hi)
			break;
		msp = push_range(sp, s->hi, msp, lim);
		sp = s->caller_sp;
	}
	return msp;
}

G *rt_gc_newg(void)
{
	G *g = GC_generic_malloc(sizeof(G), (int)gkind);
	if (!g)
		throw("runtime: out of memory allocating a goroutine");
	memset(g, 0, sizeof *g);
	return g;
}

void rt_gc_register_g(G *g)
{
	rt_lock_acquire(&allglock);
	if (rt_sched_.nallgs == rt_sched_.capallgs) {
		int ncap = rt_sched_.capallgs ? rt_sched_.capallgs * 2 : 64;
		G **n = GC_malloc((size_t)ncap * sizeof(G *));
		if (!n)
			throw("runtime: out of memory (allgs)");
		if (rt_sched_.nallgs)
			memcpy(n, rt_sched_.allgs, (size_t)rt_sched_.nallgs * sizeof(G *));
		rt_sched_.allgs = n;
		rt_sched_.capallgs = ncap;
	}
	rt_sched_.allgs[rt_sched_.nallgs] = g;
	__atomic_store_n(&rt_sched_.nallgs, rt_sched_.nallgs + 1, __ATOMIC_RELEASE);
	/* stack volume is not visible to libgc's heuristics */
	size_t stack = (size_t)rt_sched_.nallgs * RT_SEG_FIRST;
	if (stack < ((size_t)1 << 20))
		stack = (size_t)1 << 20;
	if (stack > ((size_t)256 << 20))
		stack = (size_t)256 << 20;
	GC_set_min_bytes_allocd(stack);
	rt_lock_release(&allglock);
}

void rt_mem_init(void)
{
	GC_set_finalize_on_demand(1);
	GC_set_on_collection_event(on_collection_event);
	gkind_freelist = GC_new_free_list();
	gkind = GC_new_kind(gkind_freelist, GC_MAKE_PROC(GC_new_proc(g_mark), 0), 0, 1);
	if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0)
		use_membarrier = true;
	GC_set_min_bytes_allocd((size_t)1 << 20);
}

/* ------------------------------------------------------------------ */
/* Allocation. */

#ifdef RT_STRESS_GC
static _Atomic unsigned stress_count;
#endif

void *rt_gcalloc_g0(size_t n, bool scan)
{
#ifdef RT_STRESS_GC
	atomic_fetch_add(&stress_count, 1);
	GC_gcollect(); /* a collection at every allocation */
#endif
	if (n == 0)
		n = 1;
	void *p = scan ? GC_malloc(n) : GC_malloc_atomic(n);
	if (!p)
		throw("runtime: out of memory");
	if (!scan)
		memset(p, 0, n);
	return p;
}

struct allocreq {
	size_t n;
	bool scan;
	void *p;
};

static void alloc_g0(void *a)
{
	struct allocreq *r = a;
	r->p = rt_gcalloc_g0(r->n, r->scan);
}

void *rt_alloc(size_t size)
{
	if (rt_on_g0())
		return rt_gcalloc_g0(size, true);
	struct allocreq r = {size, true, NULL};
	rt_systemstack(alloc_g0, &r);
	return r.p;
}

void *rt_alloc_noscan(size_t size)
{
	if (rt_on_g0())
		return rt_gcalloc_g0(size, false);
	struct allocreq r = {size, false, NULL};
	rt_systemstack(alloc_g0, &r);
	return r.p;
}

static void gc_g0(void *unused) { GC_gcollect(); }

void rt_gc(void) { rt_systemstack(gc_g0, NULL); }
