/*
 * sched.c — the M:N scheduler: goroutines (G) multiplexed over threads (M)
 * holding processors (P), after Go's proc.go.
 *
 * Invariants:
 *   - An M runs goroutines only while it holds a P.  GOMAXPROCS Ps exist;
 *     each has a 256-entry ring (single producer: its owner; consumers: the
 *     owner and stealers, by CAS on runqhead) and a runnext slot for the
 *     goroutine just readied, so that a ping-pong pair stays on one thread
 *     and inherits the time slice.
 *   - The global run queue is checked every 61st schedule for fairness (a
 *     local queue could otherwise starve it).
 *   - An M without work spins (steals half a random victim's queue, four
 *     rounds) and then parks on its note with a timeout equal to the next
 *     timer.  At most one M spins because of wakep (nmspinning): a goroutine
 *     readied while no M spins and a P is idle starts one.
 *   - A G is WAITING only after its context is saved (it is on g0 inside
 *     rt_systemstack) and before the lock that lets a waker find it is
 *     released: rt_ready may then queue it at once, even on another M,
 *     because nothing on g0 refers to its stack any more.
 *   - Deadlock: every M idle, no timer pending, (nsyscall counts as running)
 *     is checked by the last M to go idle, under sched.lock.
 *   - A P is P_IDLE only when free: on the idle list, or retired (id >=
 *     GOMAXPROCS) and off it.  Taken off the list for an M that has not
 *     acquired it yet (pidleget, sysmon's retake) it is already P_RUNNING,
 *     so that raising GOMAXPROCS never lists a P twice.  A P retired by
 *     its M sends its goroutines to the global queue and wakes a P for them.
 *
 * sched.lock protects: midle/nmidle/mcount/allm, pidle/npidle, the global
 * run queue, the global gfree list, maingoexit.  Each P keeps up to 64 dead
 * Gs of its own (p->gfree, owner only, no lock) so that spawning and exiting
 * do not take sched.lock.  allglock (mem.c) protects allgs.  Never take a
 * chan, sema or timers lock while holding sched.lock (lock order:
 * rt_internal.h).
 *
 * Goroutine ids: main is 1; the first user goroutine is 18, as in the
 * deadlock report of a small Go 1.19 program (Go's own system goroutines
 * take the ids in between).
 *
 * Rejected: one thread per goroutine (no M:N, 8 MiB stacks); a direct
 * G-to-G switch (saves one switch per handoff but makes the GC's "who is on
 * a segment" question racy; Go also goes through g0); a mutex-protected
 * local run queue (Go's lock-free ring costs nothing extra and lets idle Ps
 * steal without blocking the owner).
 */
#include "rt_internal.h"

#define GC_THREADS
#include <gc/gc.h>

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

__thread G *rt_curg __attribute__((tls_model("local-exec")));
__thread M *rt_curm __attribute__((tls_model("local-exec")));

rt_sched rt_sched_;
#define S rt_sched_
int rt_ncpu = 1;
_Atomic int rt_gomaxprocs_n = 1;
_Atomic int rt_exiting;
#define MAXPROCS 256

/* ------------------------------------------------------------------ */
/* Raw output and throw: usable from any stack, any state. */

void rt_rawwrite(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = syscall(SYS_write, fd, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		s += w;
		n -= (size_t)w;
	}
}

void rt_rawputs(int fd, const char *s) { rt_rawwrite(fd, s, strlen(s)); }

void rt_rawputint(int fd, int64_t v)
{
	char buf[24], *p = buf + sizeof buf;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	rt_rawwrite(fd, p, (size_t)(buf + sizeof buf - p));
}

_Noreturn void rt_throw(const char *msg)
{
	rt_rawputs(2, "fatal error: ");
	rt_rawputs(2, msg);
	rt_rawputs(2, "\n");
	abort();
}

/* ------------------------------------------------------------------ */
/* Futexes, locks, notes. */

void rt_futex_wait(_Atomic uint32_t *addr, uint32_t val, int64_t ns)
{
	struct timespec ts, *tsp = NULL;
	if (ns >= 0) {
		ts.tv_sec = ns / 1000000000;
		ts.tv_nsec = ns % 1000000000;
		tsp = &ts;
	}
	syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, tsp, NULL, 0);
}

void rt_futex_wake(_Atomic uint32_t *addr, int n)
{
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, n, NULL, NULL, 0);
}

void rt_lock_acquire(rt_lock *l)
{
	uint32_t z = 0;
	if (atomic_compare_exchange_strong(&l->v, &z, 1))
		goto locked;
	for (int i = 0; i < 64; i++) {
#if defined(__x86_64__)
		__builtin_ia32_pause();
#elif defined(__aarch64__)
		__asm__ volatile("yield");
#endif
		z = 0;
		if (atomic_load_explicit(&l->v, memory_order_relaxed) == 0 &&
		    atomic_compare_exchange_weak(&l->v, &z, 1))
			goto locked;
	}
	while (atomic_exchange(&l->v, 2) != 0)
		rt_futex_wait(&l->v, 2, -1);
locked:;
	M *m = getm();
	if (m)
		m->locks++;
}

void rt_lock_release(rt_lock *l)
{
	M *m = getm();
	if (m)
		m->locks--;
	if (atomic_exchange(&l->v, 0) == 2)
		rt_futex_wake(&l->v, 1);
}

void rt_note_clear(rt_note *n) { atomic_store(&n->key, 0); }

void rt_note_wakeup(rt_note *n)
{
	if (atomic_exchange(&n->key, 1) == 0)
		rt_futex_wake(&n->key, 1);
}

void rt_note_sleep(rt_note *n)
{
	while (atomic_load(&n->key) == 0)
		rt_futex_wait(&n->key, 0, -1);
}

/* Futex waits return early on signals (EINTR, despite SA_RESTART): the
 * deadline is recomputed each time. */
bool rt_note_sleep_until(rt_note *n, int64_t deadline)
{
	while (atomic_load(&n->key) == 0) {
		int64_t now = rt_nanotime();
		if (now >= deadline)
			return false;
		rt_futex_wait(&n->key, 0, deadline - now);
	}
	return true;
}

uint32_t rt_fastrand(void)
{
	M *m = getm();
	static _Atomic uint64_t seedgen = 0x9e3779b97f4a7c15ull;
	uint64_t *s = m ? &m->fastrand : NULL, tmp;
	if (!s) {
		tmp = atomic_fetch_add(&seedgen, 0x9e3779b97f4a7c15ull);
		s = &tmp;
	}
	if (*s == 0)
		*s = atomic_fetch_add(&seedgen, 0x9e3779b97f4a7c15ull) | 1;
	/* xorshift64* */
	uint64_t x = *s;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*s = x;
	return (uint32_t)((x * 0x2545F4914F6CDD1Dull) >> 32);
}

/* ------------------------------------------------------------------ */
/* Local run queues (Go's runqput/runqget/runqgrab). */

uint32_t rt_runqlen(P *p)
{
	uint32_t h = atomic_load(&p->runqhead), t = atomic_load(&p->runqtail);
	return t - h;
}

static bool runqempty(P *p)
{
	for (;;) {
		uint32_t h = atomic_load(&p->runqhead);
		uint32_t t = atomic_load(&p->runqtail);
		G *next = atomic_load(&p->runnext);
		if (t == atomic_load(&p->runqtail))
			return h == t && next == NULL;
	}
}

/* Puts gp on p's ring (owner only).  next: into runnext, kicking the old
 * runnext into the ring.  Returns false if the ring is full (gp then still
 * needs a home: see runqput). */
bool rt_runqput(P *p, G *gp, bool next)
{
	if (next) {
		G *old = atomic_exchange(&p->runnext, gp);
		if (old == NULL)
			return true;
		gp = old;
	}
	uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
	uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
	if (t - h < RT_RUNQ) {
		atomic_store_explicit(&p->runq[t % RT_RUNQ], gp, memory_order_relaxed);
		atomic_store_explicit(&p->runqtail, t + 1, memory_order_release);
		return true;
	}
	/* Full: runqput_any moves half of it to the global queue.  (With
	 * next, the displaced runnext is what did not fit: callers that need
	 * that case use runqput_any.) */
	return false;
}

static void globrunqputbatch(G *head, G *tail, int n);

/* Ring full: move half of it plus gp to the global queue. */
static void runqputslow(P *p, G *gp)
{
	G *batch[RT_RUNQ / 2 + 1];
	for (;;) {
		uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
		uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
		uint32_t n = (t - h) / 2;
		if (n != RT_RUNQ / 2) {
			/* a stealer made room meanwhile */
			if (rt_runqput(p, gp, false))
				return;
			continue;
		}
		for (uint32_t i = 0; i < n; i++)
			batch[i] = atomic_load_explicit(&p->runq[(h + i) % RT_RUNQ], memory_order_relaxed);
		if (!atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n,
		                                             memory_order_release, memory_order_relaxed))
			continue;
		batch[n] = gp;
		for (uint32_t i = 0; i < n; i++)
			batch[i]->schedlink = batch[i + 1];
		batch[n]->schedlink = NULL;
		rt_lock_acquire(&S.lock);
		globrunqputbatch(batch[0], batch[n], (int)n + 1);
		rt_lock_release(&S.lock);
		return;
	}
}

/* A hint for the Gs next in line: the one after next has its G fetched,
 * the next one (fetched by the previous call) its saved context, the first
 * thing rt_gogo reads.  A queue of goroutines that last ran long ago
 * (100,000 sleepers waking, bench/timers) otherwise stalls on a cache miss
 * at every switch.  Racy reads: only addresses to prefetch come from them. */
static void runq_prefetch(P *p, uint32_t next)
{
#ifdef __SANITIZE_THREAD__
	/* sched_sp is written by plain stores (and by the switch's assembly):
	 * TSan would report the hint as a race */
	return;
#endif
	G *g1 = atomic_load_explicit(&p->runq[next % RT_RUNQ], memory_order_relaxed);
	G *g2 = atomic_load_explicit(&p->runq[(next + 1) % RT_RUNQ], memory_order_relaxed);
	__builtin_prefetch(g2);
	uintptr_t sp = __atomic_load_n(&g1->sched_sp, __ATOMIC_RELAXED);
	__builtin_prefetch((void *)sp);
	__builtin_prefetch((void *)(sp + 64));
}

G *rt_runqget(P *p)
{
	G *next = atomic_load(&p->runnext);
	if (next && atomic_compare_exchange_strong(&p->runnext, &next, NULL))
		return next;
	for (;;) {
		uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
		uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
		if (t == h)
			return NULL;
		G *gp = atomic_load_explicit(&p->runq[h % RT_RUNQ], memory_order_relaxed);
		if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + 1,
		                                            memory_order_release, memory_order_relaxed)) {
			if (t - h > 2)
				runq_prefetch(p, h + 1);
			return gp;
		}
	}
}

/* Grabs half of p's queue into batch[bh...] (a ring of RT_RUNQ). */
static uint32_t runqgrab(P *p, G *_Atomic *batch, uint32_t bh, bool stealnext)
{
	for (;;) {
		uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
		uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_acquire);
		uint32_t n = t - h;
		n = n - n / 2;
		if (n == 0) {
			if (stealnext) {
				G *next = atomic_load(&p->runnext);
				if (next != NULL) {
					/* The owner is likely about to run it: give it a
					 * moment, as Go does (usleep(3)). */
					if (RT_LOAD(p->status) == P_RUNNING) {
						struct timespec ts = {0, 3000};
						nanosleep(&ts, NULL);
					}
					if (!atomic_compare_exchange_strong(&p->runnext, &next, NULL))
						continue;
					atomic_store_explicit(&batch[bh % RT_RUNQ], next, memory_order_relaxed);
					return 1;
				}
			}
			return 0;
		}
		if (n > RT_RUNQ / 2)
			continue; /* inconsistent h and t */
		for (uint32_t i = 0; i < n; i++) {
			G *g = atomic_load_explicit(&p->runq[(h + i) % RT_RUNQ], memory_order_relaxed);
			atomic_store_explicit(&batch[(bh + i) % RT_RUNQ], g, memory_order_relaxed);
		}
		if (atomic_compare_exchange_strong_explicit(&p->runqhead, &h, h + n,
		                                            memory_order_release, memory_order_relaxed))
			return n;
	}
}

/* Steals half of victim's queue into p's (which must be empty enough: it
 * is, because p's owner steals only when its queue is empty).  Returns one
 * of the stolen Gs, to run now. */
G *rt_runqsteal(P *p, P *victim, bool stealnext)
{
	uint32_t t = atomic_load_explicit(&p->runqtail, memory_order_relaxed);
	uint32_t n = runqgrab(victim, p->runq, t, stealnext);
	if (n == 0)
		return NULL;
	n--;
	G *gp = atomic_load_explicit(&p->runq[(t + n) % RT_RUNQ], memory_order_relaxed);
	if (n == 0)
		return gp;
	uint32_t h = atomic_load_explicit(&p->runqhead, memory_order_acquire);
	if (t - h + n >= RT_RUNQ)
		throw("runtime: runqsteal: runq overflow");
	atomic_store_explicit(&p->runqtail, t + n, memory_order_release);
	return gp;
}

/* ------------------------------------------------------------------ */
/* The global run queue; sched.lock held. */

static void globrunqput(G *gp)
{
	gp->schedlink = NULL;
	if (S.runqtail)
		S.runqtail->schedlink = gp;
	else
		S.runqhead = gp;
	S.runqtail = gp;
	atomic_fetch_add(&S.runqsize, 1);
}

static void globrunqputbatch(G *head, G *tail, int n)
{
	tail->schedlink = NULL;
	if (S.runqtail)
		S.runqtail->schedlink = head;
	else
		S.runqhead = head;
	S.runqtail = tail;
	atomic_fetch_add(&S.runqsize, n);
}

static G *globrunqget(P *p, int max)
{
	int size = atomic_load(&S.runqsize);
	if (size == 0)
		return NULL;
	int n = size / S.nprocs + 1;
	if (n > size)
		n = size;
	if (max > 0 && n > max)
		n = max;
	if (n > RT_RUNQ / 2)
		n = RT_RUNQ / 2;
	atomic_fetch_sub(&S.runqsize, n);
	G *gp = S.runqhead;
	S.runqhead = gp->schedlink;
	n--;
	for (; n > 0; n--) {
		G *g1 = S.runqhead;
		S.runqhead = g1->schedlink;
		rt_runqput(p, g1, false); /* fits: at most half a ring */
	}
	if (S.runqhead == NULL)
		S.runqtail = NULL;
	return gp;
}

/* Queues gp on p (runnext if next); on overflow, half the ring goes to the
 * global queue. */
static void runqput_any(P *p, G *gp, bool next)
{
	if (next) {
		G *old = atomic_exchange(&p->runnext, gp);
		if (old == NULL)
			return;
		gp = old;
	}
	if (!rt_runqput(p, gp, false))
		runqputslow(p, gp);
}

/* ------------------------------------------------------------------ */
/* Idle lists; sched.lock held. */

static void pidleput(P *p)
{
	RT_STORE(p->status, P_IDLE);
	RT_STORE(p->m, NULL);
	p->link = S.pidle;
	S.pidle = p;
	atomic_fetch_add(&S.npidle, 1);
}

static P *pidleget(void)
{
	P **pp = &S.pidle;
	while (*pp) {
		P *p = *pp;
		*pp = p->link;
		if (p->id >= S.nprocs) {
			/* retired by rt_gomaxprocs: drop it from the list */
			atomic_fetch_sub(&S.npidle, 1);
			continue;
		}
		atomic_fetch_sub(&S.npidle, 1);
		/* Handed off: off the list, no M yet, but not free (setprocs_g0
		 * must not put it back on the list before its M acquires it). */
		RT_STORE(p->status, P_RUNNING);
		return p;
	}
	return NULL;
}

static void mput(M *m)
{
	m->link = S.midle;
	S.midle = m;
	m->onidle = true;
	S.nmidle++;
}

static M *mget(void)
{
	M *m = S.midle;
	if (m) {
		S.midle = m->link;
		m->onidle = false;
		S.nmidle--;
	}
	return m;
}

static void mremove(M *m)
{
	for (M **pp = &S.midle; *pp; pp = &(*pp)->link)
		if (*pp == m) {
			*pp = m->link;
			m->onidle = false;
			S.nmidle--;
			return;
		}
}

static void acquirep(M *m, P *p)
{
	if (p->m != NULL || m->p != NULL)
		throw("runtime: acquirep: P or M busy");
	m->p = p;
	__atomic_store_n(&p->m, m, __ATOMIC_RELEASE); /* sysmon reads m's fields */
	RT_STORE(p->status, P_RUNNING);
}

static P *releasep(M *m)
{
	P *p = m->p;
	m->p = NULL;
	RT_STORE(p->m, NULL);
	RT_STORE(p->status, P_IDLE);
	return p;
}

/* ------------------------------------------------------------------ */
/* Ms. */

static void *mstart(void *arg);

static void newm(P *p, bool spinning)
{
	M *m = calloc(1, sizeof(M));
	if (!m)
		throw("runtime: out of memory (newm)");
	m->nextp = p;
	m->spinning = spinning;
	rt_lock_acquire(&S.lock);
	m->id = S.mcount++;
	m->alllink = S.allm;
	rt_lock_release(&S.lock);
	/* allm is read without the lock by the collector's stop hook: publish
	 * the fully built M. */
	__atomic_store_n(&S.allm, m, __ATOMIC_RELEASE);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 1 << 20);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* with GC_THREADS, pthread_create registers the thread with libgc */
	int err = pthread_create(&m->thread, &attr, mstart, m);
	pthread_attr_destroy(&attr);
	if (err)
		throw("runtime: cannot create thread");
}

/* Starts an M (an idle one if any) on p, or on an idle P if p is NULL.
 * spinning: the caller incremented nmspinning for it. */
static void startm(P *p, bool spinning)
{
	rt_lock_acquire(&S.lock);
	if (p == NULL) {
		p = pidleget();
		if (p == NULL) {
			rt_lock_release(&S.lock);
			if (spinning)
				atomic_fetch_sub(&S.nmspinning, 1);
			return;
		}
	}
	M *nm = mget();
	rt_lock_release(&S.lock);
	if (nm == NULL) {
		newm(p, spinning);
		return;
	}
	nm->spinning = spinning;
	__atomic_store_n(&nm->nextp, p, __ATOMIC_RELEASE);
	rt_note_wakeup(&nm->park);
}

void rt_wakep(void)
{
	if (atomic_load(&S.npidle) == 0)
		return;
	int z = 0;
	if (atomic_load(&S.nmspinning) != 0 || !atomic_compare_exchange_strong(&S.nmspinning, &z, 1))
		return;
	startm(NULL, true);
}

/* A new earliest timer: an idle M must recompute its sleep. */
void rt_timer_kick(void)
{
	if (atomic_load(&S.npidle) == 0)
		return;
	rt_lock_acquire(&S.lock);
	M *m = S.midle;
	rt_lock_release(&S.lock);
	if (m)
		rt_note_wakeup(&m->park);
	else
		rt_wakep();
}

static void checkdead(void);

/* Parks m until it is handed a P (by startm) or a timer is due and a P is
 * idle.  Returns with m->p set. */
static void stopm(M *m)
{
	if (m->p)
		throw("runtime: stopm holding p");
	rt_lock_acquire(&S.lock);
	mput(m);
	checkdead();
	rt_lock_release(&S.lock);
	bool usetimeout = true;
	for (;;) {
		int64_t next = usetimeout ? rt_timer_next() : -1;
		if (next >= 0)
			rt_note_sleep_until(&m->park, next);
		else
			rt_note_sleep(&m->park);
		rt_note_clear(&m->park);
		rt_lock_acquire(&S.lock);
		if (m->onidle) {
			/* a timeout or a poke (rt_timer_kick) */
			next = rt_timer_next();
			if (next >= 0 && next <= rt_nanotime()) {
				P *p = pidleget();
				if (p) {
					mremove(m);
					rt_lock_release(&S.lock);
					acquirep(m, p);
					return;
				}
				usetimeout = false; /* the busy Ps will run it */
			} else {
				usetimeout = true;
			}
			rt_lock_release(&S.lock);
			continue;
		}
		rt_lock_release(&S.lock);
		/* taken by startm: wait for its P */
		P *p;
		while ((p = __atomic_load_n(&m->nextp, __ATOMIC_ACQUIRE)) == NULL) {
			rt_note_sleep(&m->park);
			rt_note_clear(&m->park);
		}
		m->nextp = NULL;
		acquirep(m, p);
		return;
	}
}

/* ------------------------------------------------------------------ */
/* Deadlock detection and the goroutine report. */

static const char *const waitreasons[] = {
	[RT_WAIT_NONE] = "",
	[RT_WAIT_CHAN_RECV] = "chan receive",
	[RT_WAIT_CHAN_SEND] = "chan send",
	[RT_WAIT_SELECT] = "select",
	[RT_WAIT_SELECT_NOCASES] = "select (no cases)",
	[RT_WAIT_CHAN_RECV_NILCHAN] = "chan receive (nil chan)",
	[RT_WAIT_CHAN_SEND_NILCHAN] = "chan send (nil chan)",
	[RT_WAIT_SLEEP] = "sleep",
	[RT_WAIT_WAITGROUP] = "sync.WaitGroup.Wait",
	[RT_WAIT_MUTEX] = "sync.Mutex.Lock",
	[RT_WAIT_RWMUTEX_R] = "sync.RWMutex.RLock",
	[RT_WAIT_RWMUTEX_W] = "sync.RWMutex.Lock",
	[RT_WAIT_COND] = "sync.Cond.Wait",
	[RT_WAIT_SEMACQUIRE] = "semacquire",
	[RT_WAIT_SYSCALL] = "syscall",
};

void rt_goroutine_header(int fd, G *g)
{
	rt_rawputs(fd, "goroutine ");
	rt_rawputint(fd, g->goid);
	rt_rawputs(fd, " [");
	int st = atomic_load(&g->status);
	if (st == G_WAITING) {
		int r = g->waitreason;
		rt_rawputs(fd, r >= 0 && r < (int)(sizeof waitreasons / sizeof *waitreasons) && waitreasons[r]
		                   ? waitreasons[r] : "waiting");
	} else if (st == G_RUNNABLE) {
		rt_rawputs(fd, "runnable");
	} else {
		rt_rawputs(fd, "running");
	}
	rt_rawputs(fd, "]:\n");
}

/* sched.lock held. */
static void checkdead(void)
{
	if (S.mcount - S.nmidle > 0)
		return;
	if (atomic_load(&rt_ntimers) > 0 || atomic_load(&S.nsyscall) > 0 || atomic_load(&S.runqsize) > 0)
		return;
	if (atomic_load(&rt_exiting))
		return;
	int live = 0;
	for (int i = 0; i < S.nallgs; i++) {
		int st = atomic_load(&S.allgs[i]->status);
		if (st == G_RUNNABLE || st == G_RUNNING)
			return; /* on its way somewhere: not dead */
		if (st == G_WAITING)
			live++;
	}
	if (live == 0 && S.maingoexit)
		rt_fatal_raw("no goroutines (main called runtime.Goexit) - deadlock!");
	rt_rawputs(2, "fatal error: all goroutines are asleep - deadlock!\n");
	for (int i = 0; i < S.nallgs; i++) {
		G *g = S.allgs[i];
		if (atomic_load(&g->status) != G_WAITING)
			continue;
		rt_rawputs(2, "\n");
		rt_goroutine_header(2, g);
		rt_printsite(2, g->site);
	}
	_exit(2);
}

/* ------------------------------------------------------------------ */
/* Gs. */

/* Dead Gs are kept per P (no lock), 64 at most; the excess and the
 * refills go through the global list in batches of 32.  The global list is
 * a list of batches, so that moving one costs O(1) under sched.lock: a
 * batch is a chain through schedlink, and its first G holds the batch's
 * length in goid and the next batch in param (a dead G uses neither).
 * Walking 32 Gs under the lock to refill a P was 20 % of bench/spawn:
 * they were last touched by the core that ran them, a cache miss each. */
#define GF_BATCH 32

static void gfbatch_push(G *head, int n)
{
	head->goid = n;
	head->param = S.gfree;
	S.gfree = head;
}

static G *gfbatch_pop(int *n)
{
	G *head = S.gfree;
	if (head) {
		S.gfree = head->param;
		head->param = NULL;
		*n = (int)head->goid;
	}
	return head;
}

static G *gfget(M *m)
{
	P *p = m ? m->p : NULL;
	if (p == NULL || RT_LOAD(p->status) != P_RUNNING) {
		int n = 0;
		rt_lock_acquire(&S.lock);
		G *gp = gfbatch_pop(&n);
		if (gp && n > 1)
			gfbatch_push(gp->schedlink, n - 1);
		rt_lock_release(&S.lock);
		return gp;
	}
	if (p->gfree == NULL && S.gfree != NULL) {
		int n = 0;
		rt_lock_acquire(&S.lock);
		p->gfree = gfbatch_pop(&n);
		p->ngfree = n;
		rt_lock_release(&S.lock);
	}
	G *gp = p->gfree;
	if (gp) {
		p->gfree = gp->schedlink;
		p->ngfree--;
		if (p->gfree) /* the next spawn's G: fetch it while this one runs */
			__builtin_prefetch(p->gfree, 1);
	}
	return gp;
}

static void gfput(M *m, G *gp)
{
	P *p = m->p;
	if (p == NULL) {
		gp->schedlink = NULL;
		rt_lock_acquire(&S.lock);
		gfbatch_push(gp, 1);
		rt_lock_release(&S.lock);
		return;
	}
	gp->schedlink = p->gfree;
	p->gfree = gp;
	if (++p->ngfree >= 2 * GF_BATCH) {
		/* the newest 32 stay here (warm); the older 32 go */
		G *last = p->gfree;
		for (int i = 1; i < GF_BATCH; i++)
			last = last->schedlink;
		G *old = last->schedlink;
		last->schedlink = NULL;
		rt_lock_acquire(&S.lock);
		gfbatch_push(old, p->ngfree - GF_BATCH);
		rt_lock_release(&S.lock);
		p->ngfree = GF_BATCH;
	}
}

/* The goroutine count lives per P (owner-only writes); see struct P. */
static void count_goroutine(int d)
{
	M *m = getm();
	P *p = m ? m->p : NULL;
	if (p && RT_LOAD(p->m) == m)
		atomic_store_explicit(&p->ngoroutines,
		                      atomic_load_explicit(&p->ngoroutines, memory_order_relaxed) + d,
		                      memory_order_relaxed);
	else
		atomic_fetch_add(&S.ngoroutines, d);
}

G *rt_newg(void (*fn)(void *), void *arg)
{
	G *gp = gfget(getm());
	if (gp == NULL) {
		gp = rt_gc_newg();
		gp->firstseg = rt_seg_alloc(RT_SEG_FIRST);
		gp->status = G_IDLE;
		RT_TSAN_NEWG(gp);
		rt_gc_register_g(gp);
	}
	rt_setseg(gp, gp->firstseg);
	gp->seg->prev = NULL;
	RT_ASAN_UNPOISON(gp->seg->lo, gp->seg->hi);
	gp->fn = fn;
	gp->arg = arg;
	gp->schedlink = NULL;
	gp->goid = __atomic_add_fetch(&S.goidgen, 1, __ATOMIC_RELAXED);
	/* The initial context: rt_gogo pops it and "returns" to rt_gostart. */
	uintptr_t sp = gp->seg->hi - RT_CTX_SIZE;
	memset((void *)sp, 0, RT_CTX_SIZE); /* aarch64: FPCR 0 is its default */
#if defined(__x86_64__)
	*(uint32_t *)sp = 0x1f80;            /* MXCSR default */
	*(uint16_t *)(sp + 4) = 0x037f;      /* x87 control word default */
#endif
	*(uintptr_t *)(sp + RT_CTX_RET) = (uintptr_t)rt_gostart;
	gp->sched_sp = sp;
	count_goroutine(+1);
	/* release: the run queue that publishes gp orders the rest */
	atomic_store_explicit(&gp->status, G_RUNNABLE, memory_order_release);
	return gp;
}

/* The body of every goroutine (called by rt_gostart on its segment). */
_Noreturn void rt_goentry(void)
{
	G *g = getg();
	g->fn(g->arg);
	rt_systemstack(rt_goexit0, NULL);
	throw("runtime: goexit0 returned");
}

/* g0: the current G is done. */
void rt_goexit0(void *unused)
{
	M *m = getm();
	G *g = getg();
	if (g->ismain && !S.maingoexit)
		throw("runtime: main goroutine exited");
	rt_g_release_segs(g);
	g->fn = NULL;
	g->arg = NULL;
	g->param = NULL;
	g->frames = NULL;
	g->panic = NULL;
	g->defer_fnid = NULL;
	g->defer_panic = NULL;
	g->goexiting = false;
	RT_STORE(g->preempt, false);
	g->ismain = false;
	g->m = NULL;
	RT_STORE(m->curg, NULL);
	atomic_store(&g->status, G_DEAD);
	count_goroutine(-1);
	gfput(m, g);
	rt_schedule();
}

struct goargs {
	void (*fn)(void *);
	void *arg;
};

static void newproc_g0(void *a)
{
	struct goargs *ga = a;
	G *gp = rt_newg(ga->fn, ga->arg);
	M *m = getm();
	if (m->p)
		runqput_any(m->p, gp, true);
	else {
		rt_lock_acquire(&S.lock);
		globrunqput(gp);
		rt_lock_release(&S.lock);
	}
	rt_wakep();
}

void rt_go(void (*fn)(void *arg), void *arg)
{
	struct goargs ga = {fn, arg};
	rt_systemstack(newproc_g0, &ga);
}

void rt_ready(G *gp, bool next)
{
	int st = G_WAITING;
	if (!atomic_compare_exchange_strong(&gp->status, &st, G_RUNNABLE))
		throw("runtime: bad g status in ready");
	M *m = getm();
	if (m && m->p && RT_LOAD(m->p->status) == P_RUNNING && m->p->m == m)
		runqput_any(m->p, gp, next);
	else {
		rt_lock_acquire(&S.lock);
		globrunqput(gp);
		rt_lock_release(&S.lock);
	}
	rt_wakep();
}

struct parkargs {
	void (*unlockf)(void *);
	void *arg;
};

_Noreturn void rt_park_fn(void (*unlockf)(void *), void *arg, int reason)
{
	M *m = getm();
	G *g = getg();
	if (g == NULL)
		throw("runtime: blocking operation outside a goroutine");
	if (m->nested)
		throw("runtime: blocking operation inside rt_systemstack");
	g->waitreason = reason;
	g->site = RT_TLS(rt_cursite);
	g->m = NULL;
	RT_STORE(m->curg, NULL);
	setg(NULL);
	atomic_store(&g->status, G_WAITING);
	if (unlockf)
		unlockf(arg);
	rt_schedule();
}

static void unlock_cb(void *l) { rt_lock_release(l); }

_Noreturn void rt_park(rt_lock *l, int reason)
{
	rt_park_fn(l ? unlock_cb : NULL, l, reason);
}

void rt_gosched_g0(void *unused)
{
	M *m = getm();
	G *g = getg();
	if (g == NULL || m->nested)
		return; /* on the system stack: nothing to yield */
	g->site = RT_TLS(rt_cursite);
	g->m = NULL;
	RT_STORE(m->curg, NULL);
	setg(NULL);
	atomic_store(&g->status, G_RUNNABLE);
	rt_lock_acquire(&S.lock);
	globrunqput(g);
	rt_lock_release(&S.lock);
	rt_schedule();
}

void rt_gosched(void)
{
	rt_systemstack(rt_gosched_g0, NULL);
}

/* A preempted G goes to the global queue, like Gosched. */
void rt_gopreempt(void)
{
	G *g = getg();
	RT_STORE(g->preempt, false);
	RT_STORE(RT_TLS(rt_preempt_flag), 0);
	rt_systemstack(rt_gosched_g0, NULL);
}

/* ------------------------------------------------------------------ */
/* schedule: find a runnable G and run it.  g0 only; never returns. */

static _Noreturn void execute(M *m, G *gp, bool inherit)
{
	RT_STORE(m->curg, gp);
	gp->m = m;
	atomic_store(&gp->status, G_RUNNING);
	setg(gp);
	if (!inherit)
		RT_STORE(m->p->schedtick, m->p->schedtick + 1);
	RT_STORE(RT_TLS(rt_stackguard), rt_g_guard(gp));
	RT_STORE(RT_TLS(rt_preempt_flag), RT_LOAD(gp->preempt));
	RT_TLS(rt_cursite) = gp->site;
	RT_STORE(m->ong0, false);
	rt_enter_user(m);
	rt_san_to_g(gp);
	RT_GOGO(gp->sched_sp);
}

static G *findrunnable(M *m, bool *inherit)
{
	G *gp;
top:;
	P *p = m->p;
	if (atomic_load(&rt_ntimers) > 0)
		rt_timer_run();
	*inherit = atomic_load(&p->runnext) != NULL;
	if ((gp = rt_runqget(p)))
		return gp;
	*inherit = false;
	if (atomic_load(&S.runqsize) > 0) {
		rt_lock_acquire(&S.lock);
		gp = globrunqget(p, 0);
		rt_lock_release(&S.lock);
		if (gp)
			return gp;
	}
	int procs = S.nprocs;
	if (procs > 1 && (m->spinning || 2 * atomic_load(&S.nmspinning) < procs - atomic_load(&S.npidle))) {
		if (!m->spinning) {
			m->spinning = true;
			atomic_fetch_add(&S.nmspinning, 1);
		}
		for (int i = 0; i < 4; i++) {
			uint32_t off = rt_fastrand() % (uint32_t)procs;
			for (int j = 0; j < procs; j++) {
				P *v = S.allp[(off + (uint32_t)j) % (uint32_t)procs];
				if (v == p)
					continue;
				if ((gp = rt_runqsteal(p, v, i == 3)))
					return gp;
			}
		}
	}
	/* Nothing: give up the P. */
	rt_lock_acquire(&S.lock);
	if (atomic_load(&S.runqsize) > 0) {
		gp = globrunqget(p, 0);
		rt_lock_release(&S.lock);
		return gp;
	}
	releasep(m);
	pidleput(p);
	rt_lock_release(&S.lock);
	bool was = m->spinning;
	if (m->spinning) {
		m->spinning = false;
		atomic_fetch_sub(&S.nmspinning, 1);
	}
	/* Work submitted while we were spinning did not wake anyone: look
	 * again now that we are not spinning any more. */
	if (was) {
		for (int i = 0; i < procs; i++) {
			if (!runqempty(S.allp[i])) {
				rt_lock_acquire(&S.lock);
				P *np = pidleget();
				rt_lock_release(&S.lock);
				if (np) {
					acquirep(m, np);
					m->spinning = true;
					atomic_fetch_add(&S.nmspinning, 1);
					goto top;
				}
				break;
			}
		}
	}
	stopm(m);
	goto top;
}

static void resetspinning(M *m)
{
	m->spinning = false;
	if (atomic_fetch_sub(&S.nmspinning, 1) == 1)
		rt_wakep(); /* keep one M spinning while there may be work */
}

/* GOMAXPROCS was lowered below p's id: give p up.  Decided under the lock,
 * so that a GOMAXPROCS raised again meanwhile keeps it (setprocs_g0 only
 * lists free Ps).  Returns false if p stays. */
static bool retirep(M *m, P *p)
{
	rt_lock_acquire(&S.lock);
	if (p->id < S.nprocs) {
		rt_lock_release(&S.lock);
		return false;
	}
	G *g1;
	while ((g1 = rt_runqget(p)) != NULL)
		globrunqput(g1);
	releasep(m);
	RT_STORE(p->status, P_IDLE);
	rt_lock_release(&S.lock);
	/* Its goroutines are on the global queue now, and the other Ms may all
	 * have parked already (bench/parallel hung 1 run in 15 when GOMAXPROCS
	 * went from 2 to 1). */
	rt_wakep();
	return true;
}

_Noreturn void rt_schedule(void)
{
	M *m = getm();
	setg(NULL);
	RT_STORE(m->curg, NULL);
	RT_STORE(m->ong0, true);
	RT_STORE(RT_TLS(rt_stackguard), 0);
	if (m->locks != 0)
		throw("runtime: schedule holding locks");
	if (m->p == NULL)
		throw("runtime: schedule without p");
	rt_stack_trim(m);
	if (m->preemptseg == NULL)
		rt_preempt_mstart(m);
	P *p = m->p;
	G *gp = NULL;
	bool inherit = false;
	if (RT_LOAD(S.nprocs) <= p->id && retirep(m, p)) {
		stopm(m);
		p = m->p;
	}
	if (atomic_load(&rt_ntimers) > 0)
		rt_timer_run();
	if (p->schedtick % 61 == 0 && atomic_load(&S.runqsize) > 0) {
		rt_lock_acquire(&S.lock);
		gp = globrunqget(p, 1);
		rt_lock_release(&S.lock);
	}
	if (gp == NULL) {
		inherit = atomic_load(&p->runnext) != NULL;
		gp = rt_runqget(p);
	}
	if (gp == NULL)
		gp = findrunnable(m, &inherit);
	if (m->spinning)
		resetspinning(m);
	execute(m, gp, inherit);
}

/* ------------------------------------------------------------------ */
/* System calls: the P stays with the M unless sysmon retakes it. */

void rt_entersyscall(void)
{
	M *m = getm();
	P *p = m->p;
	atomic_fetch_add(&S.nsyscall, 1);
	if (!p)
		return;
	RT_STORE(p->syscallwhen, rt_nanotime());
	p->syscalltick++;
	__atomic_store_n(&p->status, P_SYSCALL, __ATOMIC_SEQ_CST);
}

/* If sysmon took the P, find another one or queue the G and park the M.
 * May not return (the G then resumes from its rt_systemstack call on some
 * other M): callers store their results before calling it. */
void rt_exitsyscall(void)
{
	M *m = getm();
	P *p = m->p;
	int st = P_SYSCALL;
	if (p && __atomic_compare_exchange_n(&p->status, &st, P_RUNNING, false,
	                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
		atomic_fetch_sub(&S.nsyscall, 1);
		return;
	}
	m->p = NULL;
	rt_lock_acquire(&S.lock);
	P *np = pidleget();
	atomic_fetch_sub(&S.nsyscall, 1);
	if (np) {
		rt_lock_release(&S.lock);
		acquirep(m, np);
		return;
	}
	if (m->nested) {
		/* Inside a nested rt_systemstack the G cannot be parked: wait
		 * for a P to come free. */
		rt_lock_release(&S.lock);
		for (;;) {
			struct timespec ts = {0, 20000};
			nanosleep(&ts, NULL);
			rt_lock_acquire(&S.lock);
			np = pidleget();
			rt_lock_release(&S.lock);
			if (np) {
				acquirep(m, np);
				return;
			}
		}
	}
	G *g = getg();
	g->m = NULL;
	RT_STORE(m->curg, NULL);
	setg(NULL);
	atomic_store(&g->status, G_RUNNABLE);
	globrunqput(g);
	rt_lock_release(&S.lock);
	stopm(m);
	rt_schedule();
}

/* sysmon: hand off the P of an M stuck in a syscall. */
void rt_retake_syscalls(int64_t now)
{
	for (int i = 0; i < RT_LOAD(S.nprocs); i++) {
		P *p = __atomic_load_n(&S.allp[i], __ATOMIC_ACQUIRE);
		if (__atomic_load_n(&p->status, __ATOMIC_SEQ_CST) != P_SYSCALL)
			continue;
		if (now - RT_LOAD(p->syscallwhen) < 20000)
			continue;
		int st = P_SYSCALL;
		/* P_RUNNING while handed off (see pidleget); pidleput makes it idle */
		if (!__atomic_compare_exchange_n(&p->status, &st, P_RUNNING, false, __ATOMIC_SEQ_CST,
		                                 __ATOMIC_SEQ_CST))
			continue;
		/* handoffp: the P is ours now. */
		p->m = NULL;
		if (!runqempty(p) || atomic_load(&S.runqsize) > 0 || atomic_load(&rt_ntimers) > 0) {
			startm(p, false);
			continue;
		}
		rt_lock_acquire(&S.lock);
		pidleput(p);
		rt_lock_release(&S.lock);
	}
}

/* ------------------------------------------------------------------ */
/* Thread start and the program's entry (proc.c calls rt_sched_init). */

static _Noreturn void mstart1(M *m)
{
	uintptr_t sp = rt_getsp();
	m->g0sp = (sp - 512) & ~(uintptr_t)15;
	RT_TSAN_MSTART(m);
#ifdef __SANITIZE_ADDRESS__
	pthread_attr_t attr;
	void *stk;
	size_t stksize;
	if (pthread_getattr_np(pthread_self(), &attr) != 0 ||
	    pthread_attr_getstack(&attr, &stk, &stksize) != 0)
		throw("runtime: cannot find the thread's stack");
	pthread_attr_destroy(&attr);
	m->asan_lo = (uintptr_t)stk;
	m->asan_hi = (uintptr_t)stk + stksize;
#endif
	RT_STORE(m->ong0, true);
	atomic_store(&m->gcstate, M_SYS);
	rt_stack_mstart(m);
	rt_preempt_mstart(m);
	P *p = __atomic_load_n(&m->nextp, __ATOMIC_ACQUIRE);
	if (m->p) {
		/* M0: P0 attached by rt_sched_start */
	} else if (p) {
		m->nextp = NULL;
		acquirep(m, p);
	} else {
		stopm(m);
	}
	rt_schedule();
}

static void *mstart(void *arg)
{
	M *m = arg;
	setm(m);
	mstart1(m);
}

static int envprocs(void)
{
	const char *s = getenv("GOMAXPROCS");
	if (s && *s) {
		char *end;
		long n = strtol(s, &end, 10);
		if (*end == 0 && n > 0)
			return n > MAXPROCS ? MAXPROCS : (int)n;
	}
	return rt_ncpu;
}

static P *newp(int id)
{
	P *p = aligned_alloc(RT_CACHELINE, sizeof(P));
	if (!p)
		throw("runtime: out of memory (newp)");
	memset(p, 0, sizeof *p);
	p->id = id;
	RT_STORE(p->status, P_IDLE);
	return p;
}

static void (*main_init)(void);
static void (*main_main_fn)(void);

static void main_goroutine(void *unused)
{
	if (main_init)
		main_init();
	main_main_fn();
	rt_exit(0);
}

_Noreturn void rt_sched_start(void (*init)(void), void (*mainfn)(void))
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof set, &set) == 0)
		rt_ncpu = CPU_COUNT(&set);
	if (rt_ncpu < 1)
		rt_ncpu = 1;
	S.allp = calloc(MAXPROCS, sizeof(P *));
	RT_STORE(S.nprocs, envprocs());
	atomic_store(&rt_gomaxprocs_n, S.nprocs);
	for (int i = 0; i < S.nprocs; i++)
		S.allp[i] = newp(i);
	M *m0 = calloc(1, sizeof(M));
	m0->id = 0;
	m0->thread = pthread_self();
	S.mcount = 1;
	S.allm = m0;
	setm(m0);
	/* P0 for M0, the others idle. */
	for (int i = S.nprocs - 1; i > 0; i--)
		pidleput(S.allp[i]);
	acquirep(m0, S.allp[0]);
	main_init = init;
	main_main_fn = mainfn;
	G *mg = rt_newg(main_goroutine, NULL);
	mg->ismain = true;
	/* Go's own system goroutines take ids 2..17 in a small program: the
	 * first user goroutine is 18 in a deadlock report, as with Go 1.19. */
	S.goidgen = 17;
	rt_runqput(S.allp[0], mg, false);
	rt_preempt_init();
	rt_sysmon_start();
	mstart1(m0);
}

/* ------------------------------------------------------------------ */
/* Queries. */

/* Exact when nothing spawns or exits meanwhile; approximate otherwise, as
 * Go's NumGoroutine is. */
go_int rt_numgoroutine(void)
{
	int64_t n = atomic_load(&S.ngoroutines);
	for (int i = 0; i < MAXPROCS; i++) {
		P *p = __atomic_load_n(&S.allp[i], __ATOMIC_ACQUIRE);
		if (p)
			n += atomic_load_explicit(&p->ngoroutines, memory_order_relaxed);
	}
	return n;
}
go_int rt_numcpu(void) { return rt_ncpu; }
int64_t rt_goid(void)
{
	G *g = getg();
	return g ? g->goid : 0;
}

static void setprocs_g0(void *arg)
{
	int n = *(int *)arg;
	rt_lock_acquire(&S.lock);
	int old = S.nprocs;
	if (n > old) {
		for (int i = old; i < n; i++) {
			if (!S.allp[i]) /* published for sysmon */
				__atomic_store_n(&S.allp[i], newp(i), __ATOMIC_RELEASE);
			P *p = S.allp[i];
			/* A P retired earlier may still be on the idle list, or be
			 * handed off to an M (pidleget, sysmon's retake): P_RUNNING
			 * without an M.  Only a free one goes back on the list. */
			bool onlist = false;
			for (P *q = S.pidle; q; q = q->link)
				onlist |= q == p;
			if (!onlist && p->m == NULL && RT_LOAD(p->status) == P_IDLE) {
				p->link = S.pidle;
				S.pidle = p;
				RT_STORE(p->status, P_IDLE);
				atomic_fetch_add(&S.npidle, 1);
			}
		}
	}
	RT_STORE(S.nprocs, n);
	atomic_store(&rt_gomaxprocs_n, n);
	rt_lock_release(&S.lock);
	if (n > old)
		rt_wakep();
}

go_int rt_gomaxprocs(go_int n)
{
	int old = atomic_load(&rt_gomaxprocs_n);
	if (n < 1 || n == old)
		return old;
	if (n > MAXPROCS)
		n = MAXPROCS;
	int nn = (int)n;
	rt_systemstack(setprocs_g0, &nn);
	if (nn < old)
		rt_gosched(); /* let a retired P go */
	return old;
}

bool rt_on_g0(void)
{
	M *m = getm();
	return m == NULL || m->ong0 || getg() == NULL;
}
