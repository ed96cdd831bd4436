/*
 * rt_internal.h — the runtime's own header: G, M, P, stack segments,
 * locks, and the lock-order table.  Generated code never includes it.
 *
 * The model (Go's, see sched.c for the details):
 *   G  a goroutine: a chain of stack segments, a saved sp, its panic and
 *      defer state.  A GC object of its own kind (mem.c) whose mark
 *      procedure scans its segments.
 *   M  an OS thread.  It runs the scheduler and all runtime work on its own
 *      stack ("g0": the thread's stack), and goroutines on their segments.
 *   P  the right to run Go code; GOMAXPROCS of them, each with a run queue.
 *
 * Where code runs:
 *   - Generated code and the thin runtime entry points it calls run on the
 *     goroutine's segment.  They only compute, then call rt_systemstack.
 *   - Everything that locks, blocks, allocates or needs stack runs on g0,
 *     reached through rt_systemstack (switch_<arch>.S pushes the callee-saved
 *     registers on the segment and stores the exact sp in g->sched_sp first).
 *   - A goroutine blocks by calling schedule() from g0 inside such a call;
 *     it is resumed later, maybe on another M, by rt_gogo(g->sched_sp), which
 *     returns from that very rt_systemstack call.  So "park" needs no special
 *     switch: the goroutine's context was saved when it left its segment.
 *
 * GC states (ARCHITECTURE.md, "What held"): an M is USER while its rsp may be
 * on a segment, SYS otherwise.  g0 -> segment: set USER, check the stop
 * request (back off to SYS and wait if set), then move rsp.  Segment -> g0:
 * store the exact sp, move rsp, then set SYS.  m->gcstate is the one field
 * that decides "running"; the collector waits until no M is USER, so every
 * goroutine's g->sched_sp is valid while the world is stopped.
 *
 * LOCK ORDER (take locks only in this order; all locks are taken on g0):
 *   1. rt_chan.lock       several at once only in select, by address
 *   2. semaroot.lock      sema.c
 *   3. timers.lock        time.c
 *   4. sched.lock         sched.c: idle M/P lists, global run queue, gfree
 *   5. segpool.lock       stack.c: the global segment pools
 *   5. allglock           mem.c: the allgs table (a leaf, like segpool)
 *   6. gcstop (futex)     mem.c: never held, only waited on
 * Lock-free, owner-only: a P's run queue (stealers CAS its head), a P's
 * gfree list, an M's segment pools and preemption reserve.
 * Never hold a runtime lock across a switch to a segment (enter_user may
 * wait for a collection).  GC allocation under a runtime lock is allowed:
 * the collector's hook takes no runtime lock and only waits for USER Ms,
 * which hold none.
 */
#ifndef RT_INTERNAL_H
#define RT_INTERNAL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "rt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct G G;
typedef struct M M;
typedef struct P P;
typedef struct rt_seg rt_seg;
typedef struct sudog sudog;
typedef struct rt_timer rt_timer;

/* ------------------------------------------------------------------ */
/* Failures. */

_Noreturn void rt_throw(const char *msg);
#define throw(msg) rt_throw(msg)
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define RT_SANITIZE_STACKS 1 /* make tsan / make asan: big segments */
#endif
#define RT_ASSERT(c) ((c) ? (void)0 : rt_throw("runtime: assertion failed: " #c))

/* Fields that sysmon or another M reads or writes without the owner's lock
 * (p->m, p->status, p->schedtick, p->syscallwhen, m->curg, m->ong0,
 * g->preempt, rt_stackguard, rt_preempt_flag, S.nprocs): every access that
 * can race goes through these relaxed atomics.  They compile to the same
 * plain moves on x86-64 and aarch64, but they are what the C memory model
 * requires and what ThreadSanitizer checks (make tsan).  Go's sysmon reads
 * the same fields with atomic.Load for the same reason. */
/* make tsan: each G is a ThreadSanitizer fiber, so that its shadow call
 * stack and its clock follow it across the switches (g0 -> G in execute,
 * G -> g0 and back in sys_tramp).  Switches synchronize, as the real
 * hand-offs through the run queues do. */
#ifdef __SANITIZE_THREAD__
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#define RT_TSAN_NEWG(gp) ((gp)->tsan_fiber = __tsan_create_fiber(0))
#define RT_TSAN_MSTART(m) ((m)->tsan_g0 = __tsan_get_current_fiber())
#define RT_TSAN_TO_G(gp) __tsan_switch_to_fiber((gp)->tsan_fiber, 0)
#define RT_TSAN_TO_G0(m) __tsan_switch_to_fiber((m)->tsan_g0, 0)
#else
#define RT_TSAN_NEWG(gp) ((void)0)
#define RT_TSAN_MSTART(m) ((void)0)
#define RT_TSAN_TO_G(gp) ((void)0)
#define RT_TSAN_TO_G0(m) ((void)0)
#endif

/* make asan: AddressSanitizer must know which stack a thread runs on (its
 * __asan_handle_no_return, called before a noreturn call such as a
 * panic's longjmp, clears the poison of the stack from sp to the top).
 * The runtime tells it at every switch: g0 -> G (execute), G -> g0 and
 * back (sys_tramp), to a new segment and back (rt_morestack), and a
 * longjmp to an older segment.  The start/finish pair is called on the old
 * stack, just before the switch: nothing between them depends on the
 * bounds.  Stale poison: a segment is unpoisoned when a goroutine takes
 * it, and a longjmp unpoisons the part of its target segment below the
 * target frame. */
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
static inline void rt_asan_stack(uintptr_t lo, uintptr_t hi)
{
	__sanitizer_start_switch_fiber(NULL, (const void *)lo, hi - lo);
	__sanitizer_finish_switch_fiber(NULL, NULL, NULL);
}
#define RT_ASAN_STACK(lo, hi) rt_asan_stack((lo), (hi))
#define RT_ASAN_UNPOISON(lo, hi) ASAN_UNPOISON_MEMORY_REGION((void *)(lo), (hi) - (lo))
#else
#define RT_ASAN_STACK(lo, hi) ((void)0)
#define RT_ASAN_UNPOISON(lo, hi) ((void)0)
#endif

#define RT_LOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define RT_STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)

/* Provided by error.c (runtime data): prints a panic value as Go does. */
void rt_printpanicval(go_eface v);

/* Raw output to a fd from any stack (a write(2) syscall; no locks). */
void rt_rawwrite(int fd, const char *s, size_t n);
void rt_rawputs(int fd, const char *s);
void rt_rawputint(int fd, int64_t v);

/* ------------------------------------------------------------------ */
/* Locks (sched.c).  A futex mutex; taken on g0 only. */

typedef struct rt_lock {
	_Atomic uint32_t v; /* 0 free, 1 locked, 2 locked with waiters */
} rt_lock;
void rt_lock_acquire(rt_lock *l);
void rt_lock_release(rt_lock *l);

/* A one-shot wakeup (Go's note): sleep until woken or timeout. */
typedef struct rt_note {
	_Atomic uint32_t key;
} rt_note;
void rt_note_clear(rt_note *n);
void rt_note_wakeup(rt_note *n);
void rt_note_sleep(rt_note *n);
bool rt_note_sleep_until(rt_note *n, int64_t deadline); /* false: timed out */

void rt_futex_wait(_Atomic uint32_t *addr, uint32_t val, int64_t ns); /* ns < 0: forever */
void rt_futex_wake(_Atomic uint32_t *addr, int n);

/* ------------------------------------------------------------------ */
/* Stack segments (stack.c). */

/* A segment is [base, base + size).  The header sits at base, the stack
 * grows down from base + size toward it.  guard = lo + RT_STACK_HEADROOM. */
struct rt_seg {
	rt_seg *prev;         /* in use: the older segment; free: list link */
	uintptr_t lo, hi;     /* usable stack [lo, hi) */
	uintptr_t guard;      /* rt_stackguard while running on this segment */
	uintptr_t caller_sp;  /* sp on prev when this segment was entered */
	size_t size;          /* total bytes, header included */
	int cls;              /* size class; -1: a direct mmap */
	int flags;
};
#define RT_SEG_HDR 64
#ifndef RT_SANITIZE_STACKS
#define RT_SEG_FIRST 1536      /* the first segment of a goroutine (class 0) */
#define RT_SEG_MIN 2048        /* the smallest later segment (class 1) */
#define RT_SEG_NCLASS 11       /* 1.5 KiB, then 2 KiB .. 1 MiB */
#else
/* make tsan, make asan: instrumented code (ASan's redzones make frames
 * several times larger) and the sanitizer's own slow paths (a report) run
 * on the segment and need tens of KiB (RT_STACK_HEADROOM). */
#define RT_SEG_FIRST (64u << 10)
#define RT_SEG_MIN (128u << 10)
#define RT_SEG_NCLASS 5        /* 64 KiB, then 128 KiB .. 1 MiB */
#endif
#define RT_SEG_MAX (1u << 20)  /* doubling stops here */
#define RT_GUARD_PREEMPT ((uintptr_t)-1 - 0xfff) /* guard value asking for a preemption */

rt_seg *rt_seg_alloc(size_t size);   /* g0 only */
void rt_seg_free_local(M *m, rt_seg *s); /* any stack: into m's pool */
void rt_seg_free(rt_seg *s);         /* g0 only */
void rt_stack_init(void);
void rt_stack_mstart(M *m);          /* per-thread: altstack, pools */
void rt_g_release_segs(G *g);        /* free all but the first segment (g0) */

/* ------------------------------------------------------------------ */
/* switch_x86_64.S / switch_aarch64.S.  The saved-context layout (from the
 * saved sp up), x86-64:
 *   0: mxcsr (4 bytes), x87 control word (2 bytes), pad
 *   8: r15, 16: r14, 24: r13, 32: r12, 40: rbx, 48: rbp, 56: return address
 * aarch64:
 *   0: x29 (fp), 8: x30 (lr, the return address), 16..88: x19-x28,
 *   96..152: d8-d15, 160: fpcr, 168: pad
 * rt_sysswitch and rt_gogo agree on it; sched.c builds it for a new G
 * (zeroed, then the FP control defaults and the return address). */

#if defined(__aarch64__)
#define RT_CTX_SIZE 176
#define RT_CTX_RET 8
#else
#define RT_CTX_SIZE 64
#define RT_CTX_RET 56
#endif
/* Pushes the context on the current stack, stores sp in *save_sp, moves rsp
 * to g0sp and calls fn(arg).  If fn returns, rsp becomes its return value
 * and the context is popped from there. */
void rt_sysswitch(uintptr_t (*fn)(void *arg), void *arg, uintptr_t *save_sp, uintptr_t g0sp);
_Noreturn void rt_gogo(uintptr_t sp);
void rt_gostart(void); /* the first "return address" of a new G */
/* Calls thunk(arg) with rsp = newsp; stores the caller's sp in *save_sp
 * first.  Named __morestack so that gdb unwinds across segments. */
void __morestack(void (*thunk)(void *), void *arg, uintptr_t newsp, uintptr_t *save_sp);
/* Raw jmp_buf restore (rt_longjmp fixes the segment chain first). */
_Noreturn void rt_longjmp_raw(rt_jmpbuf *jb, int v);
/* make asan: the same two switches declared as returning, so that the
 * compiler puts no __asan_handle_no_return before them: the stack bounds
 * already describe the target stack, not the one the call is made on. */
#ifdef __SANITIZE_ADDRESS__
void rt_gogo_asan(uintptr_t sp) __asm__("rt_gogo");
void rt_longjmp_raw_asan(rt_jmpbuf *jb, int v) __asm__("rt_longjmp_raw");
#define RT_GOGO(sp) (rt_gogo_asan(sp), __builtin_unreachable())
#define RT_LONGJMP_RAW(jb, v) (rt_longjmp_raw_asan((jb), (v)), __builtin_unreachable())
#else
#define RT_GOGO(sp) rt_gogo(sp)
#define RT_LONGJMP_RAW(jb, v) rt_longjmp_raw((jb), (v))
#endif
void rt_async_preempt(void); /* the injected frame (preempt.c) */

/* ------------------------------------------------------------------ */
/* G, M, P. */

enum gstatus {
	G_IDLE,     /* just allocated */
	G_RUNNABLE, /* in a run queue */
	G_RUNNING,  /* owned by an M */
	G_WAITING,  /* parked; g->waitreason says why */
	G_DEAD,     /* on the free list */
};

enum mgcstate { M_SYS = 0, M_USER = 1 };

typedef struct rt_panicrec {
	struct rt_panicrec *link; /* older panic */
	go_eface arg;
	bool recovered;
	bool aborted;   /* a newer panic started while this one ran defers */
	bool goexit;    /* runtime.Goexit, not a panic */
	const rt_site *site; /* where it was raised (rt_cursite), for the report */
} rt_panicrec;

struct sudog {
	G *g;
	sudog *next, *prev;
	void *elem;        /* data element (may point to the stack) */
	rt_chan *c;
	uint32_t *semaddr; /* sema.c */
	int caseidx;       /* select: index of the case */
	bool isselect;
	bool success;      /* woken by a value (true) or by close (false) */
};

struct rt_timer {
	int64_t when;
	int64_t period;            /* > 0: periodic */
	void (*f)(rt_timer *t);    /* runs on g0 with timers.lock released */
	void (*gofn)(void *arg);   /* stdlib timers: run in a new goroutine */
	void *arg;
	G *g;                      /* sleep: the goroutine to ready */
	intptr_t idx;              /* heap index; -1 when not in the heap */
	uint64_t seq;
};

struct G {
	uintptr_t sched_sp;     /* saved context when not running */
	const rt_site *site;    /* rt_cursite while not running (tracebacks) */
	rt_seg *seg;            /* current segment (newest); set with rt_setseg */
	uintptr_t segguard;     /* seg->guard and seg->hi, kept here: the segment */
	uintptr_t seghi;        /* header is a cold cache line (switch, GC mark) */
	rt_seg *firstseg;       /* the goroutine's bottom segment */
	rt_seg *segcache;       /* one freed segment kept for the hot split */
	M *m;                   /* the M running it, or NULL */
	G *schedlink;           /* run queue / free list link */
	int64_t goid;
	_Atomic int status;     /* enum gstatus */
	int waitreason;         /* enum rt_waitreason, when G_WAITING */
	void (*fn)(void *arg);
	void *arg;
	void *param;            /* wakeup parameter (the sudog that won) */
	_Atomic int selectdone;
	int nselsgs;            /* length of selsgs */
	sudog *selsgs;          /* select's sudogs, kept for the G's next select */
	/* panic and defer (panic.c) */
	rt_frame *frames;
	rt_panicrec *panic;
	const void *defer_fnid; /* the deferred function the runtime is running */
	rt_panicrec *defer_panic; /* ... on behalf of this panic (or NULL) */
	bool goexiting;
	bool preempt;           /* a preemption was requested */
	bool ismain;
	rt_timer sleeptimer;
#ifdef __SANITIZE_THREAD__
	void *tsan_fiber;       /* make tsan: the G's ThreadSanitizer fiber */
#endif
};
/* Every G costs its size on the GC heap (rounded up to 16 bytes) for the
 * program's lifetime: keep it small (memory per parked goroutine). */
#ifndef RT_SANITIZE_STACKS
_Static_assert(sizeof(G) <= 232, "G grew: check the memory per goroutine");
#endif

static inline void rt_setseg(G *g, rt_seg *s)
{
	g->seg = s;
	g->segguard = s->guard;
	g->seghi = s->hi;
}

/* The run queue of a P: Go's lock-free ring (one producer, many stealers).
 * Layout: the first cache line holds what only the owner writes on the hot
 * paths (spawn, exit, schedule); the ring's indices and runnext, which
 * stealers CAS, start a line of their own.  With them on the first line,
 * every steal by another core made the owner's next read of p->id or
 * p->status a cache miss (perf of bench/spawn, 2026-11-26). */
#define RT_CACHELINE 64
#define RT_RUNQ 256
struct P {
	int id;
	int status;             /* P_IDLE, P_RUNNING, P_SYSCALL */
	M *m;
	P *link;                /* idle list */
	uint32_t schedtick;
	uint32_t syscalltick;
	int64_t syscallwhen;    /* nanotime of entering the syscall */
	G *gfree;               /* dead Gs kept by this P (owner only) */
	int ngfree;
	/* goroutines created minus goroutines exited on this P: written by the
	 * owner only (relaxed load + store, no locked add), summed by
	 * rt_numgoroutine.  A shared counter cost a contended `lock add` per
	 * spawn and per exit. */
	_Atomic int64_t ngoroutines;
	_Alignas(RT_CACHELINE) _Atomic uint32_t runqhead;
	_Atomic uint32_t runqtail;
	G *_Atomic runnext;
	G *_Atomic runq[RT_RUNQ];
};
enum { P_IDLE, P_RUNNING, P_SYSCALL };

struct M {
	int id;
	G *curg;                /* the goroutine it runs, or NULL */
	P *p;                   /* attached P */
	P *nextp;               /* P handed over by startm */
	M *link;                /* idle list */
	M *alllink;
	pthread_t thread;
	uintptr_t g0sp;         /* where g0 work starts (top of the thread stack) */
#ifdef __SANITIZE_THREAD__
	void *tsan_g0;          /* make tsan: the thread's own fiber */
#endif
#ifdef __SANITIZE_ADDRESS__
	uintptr_t asan_lo, asan_hi; /* make asan: the thread's own stack */
#endif
	uintptr_t g0lo;         /* lowest usable address of the thread stack */
	bool ong0;              /* running on g0 inside rt_systemstack */
	int nested;             /* rt_systemstack calls made while already on g0 */
	bool spinning;
	bool onidle;            /* on sched.midle */
	int locks;              /* runtime locks held (preemption: not a safe point) */
	_Atomic int gcstate;    /* enum mgcstate */
	rt_note park;
	void (*sysfn)(void *);
	void *sysarg;
	uintptr_t sysguard;     /* the G's guard, saved while on g0 */
	/* segment pools of this thread (stack.c): no lock */
	rt_seg *segpool[RT_SEG_NCLASS];
	int nsegpool[RT_SEG_NCLASS];
	bool segtrim;           /* a pool went over its limit: trim on g0 */
	rt_seg *segbig;         /* freed segments beyond 1 MiB, unmapped on g0 */
	/* preemption (preempt.c) */
	_Atomic uint32_t preemptgen;
	rt_seg *preemptseg;     /* a reserve 4 KiB+ segment for the injected frame */
	void *altstack;
	uint64_t fastrand;
	int64_t spinstart;
};

/* The switch points tell the sanitizers which goroutine (TSan fiber) and
 * which stack (ASan) the thread goes to; no-ops in normal builds. */
#define RT_ASAN_SEG(s) RT_ASAN_STACK((s)->lo, (s)->hi)
static inline void rt_san_to_g(G *g)
{
	RT_TSAN_TO_G(g);
	RT_ASAN_SEG(g->seg);
}
static inline void rt_san_to_g0(M *m)
{
	RT_TSAN_TO_G0(m);
	RT_ASAN_STACK(m->asan_lo, m->asan_hi);
}

/* The current G and M.  Read through asm so that the compiler never caches
 * a value across a call that may resume on another thread. */
extern __thread G *rt_curg __attribute__((tls_model("local-exec")));
extern __thread M *rt_curm __attribute__((tls_model("local-exec")));
#if defined(__x86_64__)
static inline G *getg(void)
{
	G *g;
	__asm__ volatile("movq %%fs:rt_curg@tpoff, %0" : "=r"(g));
	return g;
}
static inline M *getm(void)
{
	M *m;
	__asm__ volatile("movq %%fs:rt_curm@tpoff, %0" : "=r"(m));
	return m;
}
static inline void setg(G *g) { __asm__ volatile("movq %0, %%fs:rt_curg@tpoff" : : "r"(g) : "memory"); }
static inline void setm(M *m) { __asm__ volatile("movq %0, %%fs:rt_curm@tpoff" : : "r"(m) : "memory"); }
static inline uintptr_t rt_getsp(void)
{
	uintptr_t sp;
	__asm__ volatile("movq %%rsp, %0" : "=r"(sp));
	return sp;
}
#elif defined(__aarch64__)
/* RT_TLS (rt.h) reads tpidr_el0 afresh at each access. */
static inline G *getg(void) { return *(G *volatile *)RT_TLS_PTR(rt_curg); }
static inline M *getm(void) { return *(M *volatile *)RT_TLS_PTR(rt_curm); }
static inline void setg(G *g)
{
	*(G *volatile *)RT_TLS_PTR(rt_curg) = g;
	__asm__ volatile("" : : : "memory");
}
static inline void setm(M *m)
{
	*(M *volatile *)RT_TLS_PTR(rt_curm) = m;
	__asm__ volatile("" : : : "memory");
}
static inline uintptr_t rt_getsp(void)
{
	uintptr_t sp;
	__asm__ volatile("mov %0, sp" : "=r"(sp));
	return sp;
}
#else
#error "minigo's runtime supports x86-64 and aarch64 (switch_*.S)"
#endif

/* ------------------------------------------------------------------ */
/* Scheduler (sched.c). */

extern int rt_ncpu;
extern _Atomic int rt_gomaxprocs_n;
extern _Atomic int rt_exiting;

G *rt_newg(void (*fn)(void *), void *arg); /* g0: a runnable G, not queued */
void rt_ready(G *gp, bool next);           /* g0: WAITING -> RUNNABLE, queued */
/* g0, inside rt_systemstack: parks the current G (status already set to
 * G_WAITING with the reason) after releasing l (may be NULL).  Never returns:
 * the G resumes by returning from its rt_systemstack call. */
_Noreturn void rt_park(rt_lock *l, int reason);
_Noreturn void rt_schedule(void);
void rt_wakep(void);
void rt_entersyscall(void);  /* g0, around blocking system calls */
void rt_exitsyscall(void);
bool rt_on_g0(void);
uintptr_t rt_g_guard(G *g);  /* the rt_stackguard value for g now */
void rt_enter_user(M *m);    /* g0 -> segment transition protocol (mem.c) */
uint32_t rt_fastrand(void);
void rt_gosched_g0(void *unused);
_Noreturn void rt_park_fn(void (*unlockf)(void *), void *arg, int reason);
void rt_timer_kick(void);
void rt_gopreempt(void);
_Noreturn void rt_sched_start(void (*init)(void), void (*mainfn)(void));
void rt_retake_syscalls(int64_t now);
void rt_stack_trim(M *m);
void rt_goexit0(void *unused);

/* Run queues, exposed for the unit tests. */
bool rt_runqput(P *p, G *gp, bool next);   /* false: ring full, gp not queued */
G *rt_runqget(P *p);
G *rt_runqsteal(P *p, P *victim, bool stealnext);
uint32_t rt_runqlen(P *p);

/* Grouped by who writes what: the lock and what it protects; the id
 * generator (every spawn); the read-mostly tables.  Each group starts a
 * cache line, so that spawning on one core and exiting on another do not
 * bounce the lock's line (perf of bench/spawn, 2026-11-26). */
typedef struct rt_sched {
	rt_lock lock;
	M *midle;
	int nmidle;
	int mcount;
	M *allm;
	P *pidle;
	_Atomic int npidle;
	_Atomic int nmspinning;
	_Atomic int nsyscall;   /* Ms inside a blocking syscall */
	G *runqhead, *runqtail; /* the global run queue */
	_Atomic int runqsize;
	G *gfree;               /* dead Gs for reuse: batches (gfget) */
	bool maingoexit;
	_Alignas(RT_CACHELINE) int64_t goidgen;
	_Atomic int64_t ngoroutines; /* created - exited without a P */
	_Alignas(RT_CACHELINE) G **allgs; /* GC-allocated (Gs are GC objects) */
	int nallgs, capallgs;
	P **allp;
	int nprocs;
} rt_sched;
extern rt_sched rt_sched_;

/* ------------------------------------------------------------------ */
/* Timers (time.c). */

void rt_timer_add(rt_timer *t);       /* g0 */
bool rt_timer_del(rt_timer *t);       /* g0; false if it was not pending */
int64_t rt_timer_next(void);          /* when of the earliest timer, or -1; no lock */
bool rt_timer_run(void);              /* g0 with a P: runs due timers; true if any */
extern _Atomic int rt_ntimers;

/* ------------------------------------------------------------------ */
/* Collector integration (mem.c). */

void rt_mem_init(void);
G *rt_gc_newg(void);             /* a zeroed G of the G kind; g0 */
void rt_gc_register_g(G *g);     /* into the allgs table */
void *rt_gcalloc_g0(size_t n, bool scan); /* on g0 */
extern _Atomic uint32_t rt_gc_stopreq;
extern _Atomic uint32_t rt_gc_sysgen;
static inline void rt_gc_note_sys(void)
{
	if (__builtin_expect(atomic_load_explicit(&rt_gc_stopreq, memory_order_relaxed) != 0, 0)) {
		atomic_fetch_add(&rt_gc_sysgen, 1);
		rt_futex_wake(&rt_gc_sysgen, 1);
	}
}

/* Preemption (preempt.c). */
void rt_preempt_init(void);
void rt_preempt_mstart(M *m);
void rt_sysmon_start(void);
bool rt_in_go_text(uintptr_t pc);

/* Panics (panic.c). */
_Noreturn void rt_fatal_raw(const char *msg); /* "fatal error: msg\n", exit 2; any stack */
void rt_goroutine_header(int fd, G *g);

/* Channel helpers shared by chan.c and select.c. */
struct rt_chan {
	rt_lock lock;
	bool closed;
	size_t elemsize;
	go_int qcount;   /* elements in buf */
	go_int dataqsiz; /* capacity */
	go_int sendx, recvx;
	uint8_t *buf;
	sudog *recvq_first, *recvq_last;
	sudog *sendq_first, *sendq_last;
};
void rt_waitq_enqueue(sudog **first, sudog **last, sudog *s);
void rt_waitq_remove(sudog **first, sudog **last, sudog *s);
sudog *rt_waitq_dequeue(sudog **first, sudog **last);

/* I/O through the scheduler's syscall state (proc.c). */
go_int rt_read(int fd, void *buf, go_int n);

#endif
