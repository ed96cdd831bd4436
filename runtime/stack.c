/*
 * stack.c — segmented goroutine stacks, owned by the runtime (not libgcc's
 * -fsplit-stack: see ARCHITECTURE.md), and the switch to the thread's own
 * stack (g0).
 *
 * A goroutine starts on a 1.5 KiB segment.  Every generated function checks
 * its sp against rt_stackguard (RT_STACK_CHECK) and, when short, calls
 * rt_morestack(thunk, arg, need), which takes a segment twice the size of
 * the current one (up to 1 MiB; more if `need` asks), runs thunk(arg) on it
 * through __morestack (switch_<arch>.S) and comes back.
 *
 * Sizes (issue 5: at most 2,048 B of RSS per parked goroutine).  A parked
 * goroutine costs its first segment, its G on the GC heap (232 B, 240 with
 * Boehm's rounding), its allgs slot and what the program gave it (the `go`
 * statement's record and closure).
 * The first segment is a class of its own, RT_SEG_FIRST = 1,536 B (42 to a
 * 64 KiB chunk); later segments double from there into the power-of-two
 * classes 2 KiB .. 1 MiB.  Measured (bench/memory.go, 100,000 goroutines):
 * 2,438 B before (2 KiB segment + 288 B G), 1,894 B now; Go 1.19: 2,715 B.
 * The first segment keeps 832 B above its guard (was 1,344).
 * Rejected: the G inside the first segment.  For the same RSS it leaves
 * about the same stack room (the G's 232 B come out of the segment instead
 * of the heap), but the G's pointer fields and its stack scan would then
 * need a root object per G (or a mark procedure walking allgs in batches)
 * instead of the G kind.  A 1 KiB first segment leaves 320 B above the
 * guard: most goroutines would cross at their first calls.
 *
 * The hot split (a call in a loop from a frame just above the guard: one
 * crossing per iteration, 5.2x the cost of the call in bench/hotsplit.go)
 * is cured in the compiler: a function with calls inside a loop checks for
 * RT_LOOP_ROOM (128 B) more than its frame at entry (RT_STACK_CHECK_N), so
 * near a boundary the function itself moves to a new segment once per call
 * of it, and its callees (up to 128 B of frames) run on that segment.  The
 * room is small on purpose: a worker goroutine (`go func() { worker(ch)
 * }()`, a loop over a channel) must still fit its first segment.  With 512
 * B it did not: 6,006 B per parked worker (a 4 KiB second segment each),
 * against 1,911 B with 128 B and 2,454 B before this work.  The callees
 * that the hot split hurts are the cheap ones, whose frames are small; a
 * callee chain deeper than 128 B does more work per crossing.  What
 * remains: a crossing per iteration when the callees need more than 128 B,
 * when the loop is a goto or a recursion (not a for/range statement), and
 * when a looping function is called in a loop (it asks for its frame plus
 * 128 B: a crossing per outer iteration in a window of that size, which its
 * own loop amortises).  A crossing costs ~5 ns (test_rt_stack: hot split).
 * Rejected: a crossing fast path taking the cached segment without the
 * general checks (measured no faster: 5.4 ns against 5.1 ns;
 * the cost is the calls and the switch themselves, not the C path).
 * Hysteresis in the sense of keeping the next segment is what g->segcache
 * does: it makes a crossing allocation-free, not free.  Lowering the guard
 * after a crossing is not possible: the headroom below it is what the slow
 * path and unchecked runtime code need, there is no slack to give.
 *
 * Invariants:
 *   - g->seg is the segment the goroutine runs on; seg->prev the older
 *     ones, each with caller_sp = the sp it was left at.  The collector
 *     scans [g->sched_sp, g->seg->hi) and [s->caller_sp, s->prev->hi) for
 *     each older segment (mem.c).  g->seg is changed only by the goroutine
 *     itself, on its segment (M is USER): never observed half-done.
 *   - rt_stackguard = g->seg->guard = lo + RT_STACK_HEADROOM, or
 *     RT_GUARD_PREEMPT when a preemption is requested (rt_morestack then
 *     yields first), or 0 on g0 (no check ever fails there).
 *   - The hot split: a segment freed on return is kept in g->segcache and
 *     reused by the next crossing; the older cached one goes to the M's
 *     pool.  Nothing is freed to the OS on that path.
 *   - Segments come from per-M pools (no lock: only the M's own code,
 *     runtime code is never preempted asynchronously), then from global
 *     pools (segpool.lock, g0 only), then carved from one MAP_NORESERVE
 *     reservation.  Pools are trimmed lazily in schedule() (rt_stack_trim);
 *     segments of 64 KiB and more are madvise(DONTNEED)ed when they go to
 *     the global pool.  Beyond 1 MiB, segments are mmapped one by one.
 *
 * rt_systemstack: sys_tramp below runs on g0 between the M's USER -> SYS
 * and SYS -> USER transitions (ARCHITECTURE.md, "What held", point 2).
 *
 * Rejected: one mmap per goroutine (a 4 KiB page each, a syscall per
 * spawn); a guard page per segment (segments are 2 KiB, smaller than a
 * page, and the check makes it unnecessary); copying stacks as Go does
 * (C code keeps pointers into its stack: impossible to relocate).
 */
#include "rt_internal.h"

#include <errno.h>
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

__thread uintptr_t rt_stackguard __attribute__((tls_model("local-exec")));

#define RESERVATION ((size_t)64 << 30) /* 64 GiB of address space */
#define CHUNK ((size_t)64 << 10)

static struct {
	rt_lock lock;
	uintptr_t next, end;      /* the unused part of the reservation */
	rt_seg *free[RT_SEG_NCLASS];
	int nfree[RT_SEG_NCLASS];
} segpool;

static int seg_class(size_t size)
{
	if (size <= RT_SEG_FIRST)
		return 0;
	size_t s = RT_SEG_MIN;
	for (int c = 1; c < RT_SEG_NCLASS; c++, s <<= 1)
		if (size <= s)
			return c;
	return -1;
}

static size_t class_size(int c) { return c == 0 ? RT_SEG_FIRST : (size_t)RT_SEG_MIN << (c - 1); }

/* How many free segments of a class an M keeps: about 64 KiB worth. */
static int pool_limit(int c)
{
	size_t n = CHUNK / class_size(c);
	return n < 2 ? 2 : (int)n;
}

static rt_seg *seg_init(uintptr_t base, size_t size, int cls)
{
	rt_seg *s = (rt_seg *)base;
	s->prev = NULL;
	s->lo = base + RT_SEG_HDR;
	s->hi = base + size;
	s->guard = s->lo + RT_STACK_HEADROOM;
	s->caller_sp = 0;
	s->size = size;
	s->cls = cls;
	s->flags = 0;
	return s;
}

void rt_stack_init(void)
{
	void *p = mmap(NULL, RESERVATION, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		segpool.next = segpool.end = 0;
		return;
	}
	segpool.next = (uintptr_t)p;
	segpool.end = (uintptr_t)p + RESERVATION;
}

/* g0: a fresh segment of at least size bytes (header included). */
rt_seg *rt_seg_alloc(size_t size)
{
	int c = seg_class(size);
	if (c < 0) {
		size_t sz = (size + 4095) & ~(size_t)4095;
		void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			throw("runtime: out of memory allocating a stack segment");
		return seg_init((uintptr_t)p, sz, -1);
	}
	M *m = getm();
	if (m && m->segpool[c]) {
		rt_seg *s = m->segpool[c];
		m->segpool[c] = s->prev;
		m->nsegpool[c]--;
		return seg_init((uintptr_t)s, class_size(c), c);
	}
	size_t csz = class_size(c);
	rt_lock_acquire(&segpool.lock);
	rt_seg *s = segpool.free[c];
	if (s) {
		segpool.free[c] = s->prev;
		segpool.nfree[c]--;
		rt_lock_release(&segpool.lock);
		return seg_init((uintptr_t)s, csz, c);
	}
	/* Carve a chunk from the reservation: one segment for us, the rest to
	 * this M's pool. */
	size_t chunk = csz > CHUNK ? csz : CHUNK;
	uintptr_t base;
	if (segpool.next && segpool.next + chunk <= segpool.end) {
		base = segpool.next;
		segpool.next += chunk;
		rt_lock_release(&segpool.lock);
	} else {
		rt_lock_release(&segpool.lock);
		void *p = mmap(NULL, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			throw("runtime: out of memory allocating a stack segment");
		base = (uintptr_t)p;
	}
	/* seg_init below writes every segment's header, so every page of a
	 * chunk of small segments is touched at once: fault them in with one
	 * call rather than one fault each (a fault per page was 20 % of
	 * bench/timers, which keeps 100,000 goroutines alive).  Kernels before
	 * 5.14 refuse the advice; the faults then happen as before. */
	if (csz < chunk)
		madvise((void *)base, chunk, MADV_POPULATE_WRITE);
	for (uintptr_t b = base + csz; b + csz <= base + chunk; b += csz) {
		rt_seg *f = seg_init(b, csz, c);
		if (m) {
			f->prev = m->segpool[c];
			m->segpool[c] = f;
			m->nsegpool[c]++;
		} else {
			rt_lock_acquire(&segpool.lock);
			f->prev = segpool.free[c];
			segpool.free[c] = f;
			segpool.nfree[c]++;
			rt_lock_release(&segpool.lock);
		}
	}
	return seg_init(base, csz, c);
}

/* Any stack, no lock: into the M's pool.  Trimmed later (rt_stack_trim). */
void rt_seg_free_local(M *m, rt_seg *s)
{
	int c = s->cls;
	if (c < 0) {
		s->prev = m->segbig;
		m->segbig = s;
		m->segtrim = true;
		return;
	}
	s->prev = m->segpool[c];
	m->segpool[c] = s;
	if (++m->nsegpool[c] > pool_limit(c))
		m->segtrim = true;
}

void rt_seg_free(rt_seg *s)
{
	M *m = getm();
	if (m) {
		rt_seg_free_local(m, s);
		return;
	}
	if (s->cls < 0) {
		munmap(s, s->size);
		return;
	}
	rt_lock_acquire(&segpool.lock);
	s->prev = segpool.free[s->cls];
	segpool.free[s->cls] = s;
	segpool.nfree[s->cls]++;
	rt_lock_release(&segpool.lock);
}

/* g0 (schedule): move the excess of the M's pools to the global ones. */
void rt_stack_trim(M *m)
{
	if (!m->segtrim)
		return;
	m->segtrim = false;
	while (m->segbig) {
		rt_seg *s = m->segbig;
		m->segbig = s->prev;
		munmap(s, s->size);
	}
	for (int c = 0; c < RT_SEG_NCLASS; c++) {
		if (m->nsegpool[c] <= pool_limit(c))
			continue;
		rt_seg *keep = NULL, *give = NULL;
		int nkeep = 0, ngive = 0;
		rt_seg *s = m->segpool[c];
		while (s) {
			rt_seg *next = s->prev;
			if (nkeep < pool_limit(c) / 2) {
				s->prev = keep;
				keep = s;
				nkeep++;
			} else {
				if (s->size >= CHUNK)
					madvise((void *)((uintptr_t)s + 4096), s->size - 4096, MADV_DONTNEED);
				s->prev = give;
				give = s;
				ngive++;
			}
			s = next;
		}
		m->segpool[c] = keep;
		m->nsegpool[c] = nkeep;
		if (give) {
			rt_lock_acquire(&segpool.lock);
			while (give) {
				rt_seg *next = give->prev;
				give->prev = segpool.free[c];
				segpool.free[c] = give;
				segpool.nfree[c]++;
				give = next;
			}
			rt_lock_release(&segpool.lock);
		}
	}
}

/* Per thread: the alternate signal stack (64 KiB: signal frames are 3.4 KiB
 * with AVX-512, 6.9 KiB when the GC's suspend signal nests). */
void rt_stack_mstart(M *m)
{
	size_t sz = 64 << 10;
	void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		throw("runtime: cannot allocate the signal stack");
	stack_t ss = {.ss_sp = p, .ss_size = sz, .ss_flags = 0};
	if (sigaltstack(&ss, NULL) != 0)
		throw("runtime: sigaltstack failed");
	m->altstack = p;
}

/* g0: frees every segment of a dead G but its first. */
void rt_g_release_segs(G *g)
{
	M *m = getm();
	rt_seg *s = g->seg;
	while (s && s != g->firstseg) {
		rt_seg *prev = s->prev;
		rt_seg_free_local(m, s);
		s = prev;
	}
	if (g->segcache) {
		rt_seg_free_local(m, g->segcache);
		g->segcache = NULL;
	}
	rt_setseg(g, g->firstseg);
	g->firstseg->prev = NULL;
}

/* ------------------------------------------------------------------ */
/* Crossing to a new segment. */

enum { SEG_NEED = 1 }; /* stress mode: the segment was sized for a big frame */

static inline uintptr_t g_guard(G *g)
{
	if (RT_LOAD(g->preempt))
		return RT_GUARD_PREEMPT;
#ifdef RT_STRESS_SPLIT
	/* only the top few hundred bytes of each segment are usable: a new
	 * segment every few calls (the function re-run by rt_morestack at the
	 * top of a fresh segment still passes its check) */
	if (!(g->seg->flags & SEG_NEED) && g->seg->hi - 384 > g->seg->guard)
		return g->seg->hi - 384;
#endif
	return g->segguard;
}

uintptr_t rt_g_guard(G *g) { return g_guard(g); }

static inline uintptr_t cur_sp(void) { return rt_getsp(); }

struct segreq {
	size_t size;
	rt_seg *seg;
};

static void seg_alloc_g0(void *a)
{
	struct segreq *r = a;
	r->seg = rt_seg_alloc(r->size);
}

static void seg_release(G *g, M *m, rt_seg *s)
{
	rt_seg *c = g->segcache;
	if (c == NULL) {
		g->segcache = s;
		return;
	}
	/* keep the bigger one for the next crossing */
	if (c->size < s->size) {
		g->segcache = s;
		s = c;
	}
	rt_seg_free_local(m, s);
}

void rt_morestack(void (*thunk)(void *arg), void *arg, size_t need)
{
	G *g = getg();
	M *m = getm();
	if (g == NULL || m == NULL || m->ong0) {
		thunk(arg);
		return;
	}
	if (RT_LOAD(g->preempt)) {
		RT_STORE(RT_TLS(rt_stackguard), g->seg->guard);
		rt_gopreempt();
		/* Maybe the check failed only because of the request. */
		RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
		if (cur_sp() > g->seg->guard + 512 + need) {
			thunk(arg);
			return;
		}
	}
#ifdef RT_STRESS_SPLIT
	/* Near the top of its segment, the check failed only because frames
	 * bigger than the stress window (384 B) sit above it: aarch64's are,
	 * and a fresh segment would fail the same way, forever (make
	 * test-aarch64 with AARCH64_STRESS=SPLIT ran out of memory).  This
	 * segment gets its full room instead. */
	if (!(g->seg->flags & SEG_NEED) && cur_sp() > g->seg->hi - 1024 &&
	    cur_sp() > g->seg->guard + 512 + need) {
		rt_seg *s = g->seg;
		s->flags |= SEG_NEED;
		RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
		thunk(arg);
		s->flags &= ~SEG_NEED; /* maybe on another M now: rt_stackguard is its */
		RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
		return;
	}
#endif
	size_t cur = g->seg->size;
	size_t size = cur >= RT_SEG_MAX ? RT_SEG_MAX : cur * 2;
#ifdef RT_STRESS_SPLIT
	size = cur;
#endif
	size_t want = need + RT_SEG_HDR + RT_STACK_HEADROOM + 1024;
	if (size < want) {
		int c = seg_class(want);
		size = c < 0 ? want : class_size(c);
	}
	rt_seg *s = g->segcache;
	if (s && s->size >= size && s->size <= 2 * size) {
		g->segcache = NULL;
	} else {
		s = NULL;
		int c = seg_class(size);
		if (c >= 0 && m->segpool[c]) {
			/* the M's pool, without leaving the segment */
			s = m->segpool[c];
			m->segpool[c] = s->prev;
			m->nsegpool[c]--;
			s = (rt_seg *)((uintptr_t)s);
			s->prev = NULL;
			s->lo = (uintptr_t)s + RT_SEG_HDR;
			s->hi = (uintptr_t)s + class_size(c);
			s->guard = s->lo + RT_STACK_HEADROOM;
			s->size = class_size(c);
			s->cls = c;
		} else {
			struct segreq r = {size, NULL};
			rt_systemstack(seg_alloc_g0, &r);
			s = r.seg;
			m = getm();
		}
	}
#ifdef RT_STRESS_SPLIT
	/* a segment asked for by size (a big frame) keeps all its room */
	s->flags = need ? SEG_NEED : 0;
#endif
	s->prev = g->seg;
	rt_setseg(g, s);
	RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
	RT_ASAN_UNPOISON(s->lo, s->hi);
	RT_ASAN_SEG(s);
	__morestack(thunk, arg, s->hi, &s->caller_sp);
	/* Back on the old segment, maybe on another M. */
	m = getm();
	s = g->seg;
	rt_setseg(g, s->prev);
	s->prev = NULL;
	RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
	RT_ASAN_SEG(g->seg);
	seg_release(g, m, s);
}

size_t rt_stack_room(void)
{
	uintptr_t sp = cur_sp();
	uintptr_t guard = RT_LOAD(RT_TLS(rt_stackguard));
	G *g = getg();
	M *m = getm();
	if (g && m && !m->ong0) {
		bool pre = RT_LOAD(g->preempt);
		RT_STORE(g->preempt, false);
		guard = g_guard(g); /* the segment's guard, or the stress one */
		RT_STORE(g->preempt, pre);
	}
	return sp > guard ? sp - guard : 0;
}

/* ------------------------------------------------------------------ */
/* rt_systemstack. */

static uintptr_t sys_tramp(void *arg)
{
	M *m = arg;
	/* sp is on g0 now: the M is SYS (segment -> g0: sp stored, rsp
	 * moved, then SYS). */
	rt_san_to_g0(m);
	atomic_store_explicit(&m->gcstate, M_SYS, memory_order_release);
	rt_gc_note_sys();
	RT_STORE(m->ong0, true);
	RT_STORE(RT_TLS(rt_stackguard), 0);
	m->sysfn(m->sysarg);
	/* Returned without parking: back to the same goroutine. */
	m = getm();
	G *g = getg();
	RT_STORE(m->ong0, false);
	RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
	rt_enter_user(m);
	rt_san_to_g(g);
	return g->sched_sp;
}

void rt_systemstack(void (*fn)(void *arg), void *arg)
{
	M *m = getm();
	G *g = getg();
	if (m == NULL || g == NULL || m->ong0) {
		/* Already on g0: a plain call.  Nothing under it may park the
		 * goroutine (rt_park_fn checks nested): its context was saved
		 * by the outer call, which would be cut short. */
		if (m)
			m->nested++;
		fn(arg);
		if (m)
			m->nested--;
		return;
	}
	m->sysfn = fn;
	m->sysarg = arg;
	rt_sysswitch(sys_tramp, m, &g->sched_sp, m->g0sp);
}

/* ------------------------------------------------------------------ */
/* rt_longjmp: to a frame maybe on an older segment. */

_Noreturn void rt_longjmp(rt_jmpbuf *jb, int v)
{
	G *g = getg();
	M *m = getm();
	if (g && m && !m->ong0) {
		uintptr_t sp = jb->regs[1];
		while (!(sp > (uintptr_t)g->seg && sp <= g->seg->hi)) {
			rt_seg *s = g->seg;
			if (s->prev == NULL)
				throw("runtime: longjmp to a frame not on the goroutine's stack");
			rt_setseg(g, s->prev);
			s->prev = NULL;
			seg_release(g, m, s);
		}
		RT_STORE(RT_TLS(rt_stackguard), g_guard(g));
		RT_ASAN_UNPOISON(g->seg->lo, sp);
		RT_ASAN_SEG(g->seg);
	}
	RT_LONGJMP_RAW(jb, v);
}
