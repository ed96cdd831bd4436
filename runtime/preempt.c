/*
 * preempt.c — sysmon and preemption.
 *
 * sysmon is a thread without M or P (registered with libgc only because it
 * may create Ms; it never touches the GC heap) waking every millisecond (every 50 us while a P sits in a
 * system call, every 10 ms when everything is idle).  It
 *   - hands off the P of an M blocked in a system call for over 20 us;
 *   - kicks an idle M when a timer is overdue and a P is idle;
 *   - preempts a goroutine that has run for 10 ms: it compares each P's
 *     schedtick with the value it saw at its previous visit (no clock read
 *     on the switch path) and, past 10 ms, sets g->preempt, the thread's
 *     rt_stackguard to RT_GUARD_PREEMPT (the next prologue check lands in
 *     rt_morestack, which yields) and rt_preempt_flag (back-edge polls).
 *     It resends every period and never backs off.
 *
 *     and sends the thread SIGURG.
 *
 * Asynchronous preemption (ARCHITECTURE.md, "Preemption by signal"): the
 * SIGURG handler runs on the thread's altstack with libgc's suspend and
 * restart signals blocked.  It always sets rt_preempt_flag (back-edge polls
 * of loops calling out of generated code).  It preempts on the spot only at
 * a safe point:
 *   - the PC is in generated code (section go_text, between the weak
 *     __start_go_text and __stop_go_text: a program without it is never
 *     preempted asynchronously, only at calls);
 *   - the M runs a goroutine on its segment (USER, not on g0) and holds no
 *     runtime lock (m->locks == 0);
 *   - a preemption or a collection was requested;
 *   - the M's reserve segment is there.
 * Otherwise it declines (and sets the guard so that the next prologue
 * yields); sysmon or the collector resends every period.
 * At a safe point the handler chains the reserve segment to the goroutine
 * (caller_sp = the interrupted sp minus the 128-byte red zone, so the red
 * zone is scanned too) and rewrites the context to "call"
 * rt_async_preempt (switch_x86_64.S) on it, which saves every register and
 * calls rt_async_preempt_c: Gosched (or just a pass through g0 when only
 * the collector asked), then unchain the segment and return.
 *
 * aarch64 (switch_aarch64.S): no red zone (caller_sp = the interrupted
 * sp), and no register is free to jump back with once all are restored.
 * So the handler copies the interrupted context (regs[31], sp, pc, pstate,
 * the signal mask and the fpsimd_context record of __reserved: v0-v31,
 * fpsr, fpcr) to the top of the reserve segment as a kernel rt_sigframe
 * and "returns" into rt_async_preempt(frame); after the yield the frame
 * gets the resuming thread's altstack and mask (a64_frame_fix, on g0) and
 * the rt_sigreturn system call restores everything from it.  SVE/SME
 * records are not copied: generated code built for armv8-a keeps no state
 * there, and without them the kernel restores the FP/SIMD part.
 *
 * The M's TLS addresses of rt_stackguard and rt_preempt_flag are recorded
 * at thread start, so sysmon can write them.  A write racing with the M's
 * own guard update may be lost: the next period resends it.
 *
 * Rejected: an injected frame on the interrupted segment (a 2 KiB segment
 * has no room for the 2.7 KiB xsave area, and a call-free loop near a
 * segment's end could never be stopped); fxsave only (corrupted AVX state
 * at -march=native in the prototype); xsaveopt into a stack area (stale).
 */
#include "rt_internal.h"

/* sysmon is created through libgc's pthread_create (GC_THREADS): it may
 * start Ms (startm -> newm), which libgc wants from a registered thread. */
#define GC_THREADS
#include <gc/gc.h>

#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <signal.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

extern char __start_go_text[] __attribute__((weak));
extern char __stop_go_text[] __attribute__((weak));

uint64_t rt_xsave_size = 4096;
uint64_t rt_xsave_mask;
uint8_t rt_has_avx;
static size_t preemptseg_size = 8192;

__thread volatile int rt_preempt_flag __attribute__((tls_model("local-exec")));

#define PREEMPT_NS 10000000 /* 10 ms */

static uintptr_t *guardaddr[1024];
static volatile int *flagaddr[1024];

bool rt_in_go_text(uintptr_t pc)
{
	return __start_go_text != NULL && pc >= (uintptr_t)__start_go_text &&
	       pc < (uintptr_t)__stop_go_text;
}

static void sigurg(int sig, siginfo_t *si, void *ctx);

#if defined(__aarch64__)
/* The frame the rt_sigreturn system call reads at sp: the kernel's struct
 * rt_sigframe (glibc's ucontext_t has the kernel's layout on aarch64). */
struct a64_sigframe {
	siginfo_t info;
	ucontext_t uc;
};
/* A record of uc_mcontext.__reserved (the kernel's struct _aarch64_ctx). */
struct a64_ctxhdr {
	uint32_t magic;
	uint32_t size;
};
#define A64_FPSIMD_MAGIC 0x46508001u
#define A64_FPSIMD_SIZE 528u /* fpsr, fpcr, v0-v31 */

static void preemptseg_size_init(void)
{
	/* the frame, and the C frames down to rt_systemstack */
	size_t need = RT_SEG_HDR + sizeof(struct a64_sigframe) + 16 + 2048;
	preemptseg_size = 4096;
	while (preemptseg_size < need)
		preemptseg_size *= 2;
}
#else
static void preemptseg_size_init(void)
{
	unsigned a, b, c, d;
	if (__get_cpuid(1, &a, &b, &c, &d) && (c & bit_OSXSAVE)) {
		uint32_t lo, hi;
		__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
		uint64_t xcr0 = ((uint64_t)hi << 32) | lo;
		/* minus PKRU (bit 9) and AMX tile config/data (bits 17, 18) */
		rt_xsave_mask = xcr0 & ~((1ull << 9) | (1ull << 17) | (1ull << 18));
		rt_has_avx = (xcr0 & 6) == 6 && (c & bit_AVX);
		__cpuid_count(0xd, 0, a, b, c, d);
		rt_xsave_size = b; /* for the features enabled in XCR0 */
		if (rt_xsave_size < 576)
			rt_xsave_size = 576;
	} else {
		throw("runtime: the CPU lacks xsave");
	}
	/* the injected frame: header, 152 bytes of GPRs, alignment, the
	 * xsave area, and the C frames down to rt_systemstack */
	size_t need = RT_SEG_HDR + 152 + 64 + rt_xsave_size + 1024;
	preemptseg_size = 4096;
	while (preemptseg_size < need)
		preemptseg_size *= 2;
}
#endif

void rt_preempt_init(void)
{
	preemptseg_size_init();
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = sigurg;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
	sigemptyset(&sa.sa_mask);
	int s1 = GC_get_suspend_signal(), s2 = GC_get_thr_restart_signal();
	if (s1 > 0)
		sigaddset(&sa.sa_mask, s1);
	if (s2 > 0)
		sigaddset(&sa.sa_mask, s2);
	if (sigaction(SIGURG, &sa, NULL) != 0)
		throw("runtime: cannot install the SIGURG handler");
}

/* g0, per thread: the TLS addresses and the reserve segment. */
void rt_preempt_mstart(M *m)
{
	if (m->id < 1024) {
		RT_STORE(guardaddr[m->id], (uintptr_t *)&rt_stackguard);
		RT_STORE(flagaddr[m->id], &rt_preempt_flag);
	}
	if (!m->preemptseg)
		m->preemptseg = rt_seg_alloc(preemptseg_size);
}

static _Atomic uint64_t npreempt, ndeclined;

#if defined(__aarch64__)
/* The FP/SIMD record of the interrupted context (the kernel writes it
 * first; the walk tolerates any order), or NULL. */
static const struct a64_ctxhdr *a64_fpsimd(const ucontext_t *uc)
{
	const uint8_t *p = (const uint8_t *)uc->uc_mcontext.__reserved;
	const uint8_t *end = p + sizeof uc->uc_mcontext.__reserved;
	while (p + sizeof(struct a64_ctxhdr) <= end) {
		const struct a64_ctxhdr *h = (const void *)p;
		if (h->magic == 0 || h->size < sizeof *h || h->size > (size_t)(end - p))
			return NULL;
		if (h->magic == A64_FPSIMD_MAGIC)
			return h->size == A64_FPSIMD_SIZE ? h : NULL;
		p += h->size;
	}
	return NULL;
}

/* Copies the interrupted context to the top of the reserve segment as a
 * sigreturn frame (the GPRs, sp, pc, pstate, the signal mask and the
 * FP/SIMD record; SVE and SME state is left out: code compiled for
 * armv8-a has none live, and the kernel then restores the FP/SIMD part),
 * chains the segment and makes the handler "return" into
 * rt_async_preempt(frame) on it. */
static void a64_inject(ucontext_t *uc, const struct a64_ctxhdr *fp, G *g, rt_seg *s)
{
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.sp;
	uintptr_t top = s->hi & ~(uintptr_t)15;
	struct a64_sigframe *f = (void *)((top - sizeof *f) & ~(uintptr_t)15);
	memset(f, 0, sizeof *f);
	f->uc.uc_sigmask = uc->uc_sigmask;
	memcpy(f->uc.uc_mcontext.regs, uc->uc_mcontext.regs, sizeof f->uc.uc_mcontext.regs);
	f->uc.uc_mcontext.sp = uc->uc_mcontext.sp;
	f->uc.uc_mcontext.pc = uc->uc_mcontext.pc;
	f->uc.uc_mcontext.pstate = uc->uc_mcontext.pstate;
	memcpy(f->uc.uc_mcontext.__reserved, fp, fp->size); /* then the end record: zeros */
	s->prev = g->seg;
	s->caller_sp = sp; /* AAPCS64 has no red zone */
	rt_setseg(g, s);
	RT_TLS(rt_stackguard) = s->guard;
	uc->uc_mcontext.regs[0] = (uintptr_t)f;
	uc->uc_mcontext.regs[29] = 0; /* the end of the frame chain */
	uc->uc_mcontext.regs[30] = 0;
	uc->uc_mcontext.sp = (uintptr_t)f;
	uc->uc_mcontext.pc = (uintptr_t)rt_async_preempt;
}

/* g0, on the M that resumes the goroutine: the frame gets this thread's
 * alternate signal stack (rt_sigreturn installs uc_stack) and mask. */
static void a64_frame_fix(void *arg)
{
	struct a64_sigframe *f = arg;
	if (sigaltstack(NULL, &f->uc.uc_stack) != 0)
		throw("runtime: sigaltstack failed");
	f->uc.uc_stack.ss_flags &= ~SS_ONSTACK;
	pthread_sigmask(SIG_SETMASK, NULL, &f->uc.uc_sigmask);
}
#endif

static void sigurg(int sig, siginfo_t *si, void *ctx)
{
	RT_STORE(RT_TLS(rt_preempt_flag), 1);
	M *m = getm();
	if (m == NULL)
		return;
	G *g = m->curg;
	if (g == NULL || m->ong0 || m->locks != 0 || atomic_load(&m->gcstate) != M_USER)
		return;
	if (!RT_LOAD(g->preempt) && atomic_load(&rt_gc_stopreq) == 0)
		return;
	ucontext_t *uc = ctx;
#if defined(__aarch64__)
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.pc;
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.sp;
	const struct a64_ctxhdr *fp = a64_fpsimd(uc);
#else
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#endif
	rt_seg *s = m->preemptseg;
	if (!rt_in_go_text(pc) || s == NULL || !(sp > (uintptr_t)g->seg && sp <= g->seg->hi)
#if defined(__aarch64__)
	    || fp == NULL
#endif
	) {
		/* not a safe point: the next prologue check yields */
		if (RT_LOAD(g->preempt))
			RT_STORE(RT_TLS(rt_stackguard), RT_GUARD_PREEMPT);
		atomic_fetch_add_explicit(&ndeclined, 1, memory_order_relaxed);
		return;
	}
	m->preemptseg = NULL;
#if defined(__aarch64__)
	a64_inject(uc, fp, g, s);
#else
	uintptr_t top = s->hi & ~(uintptr_t)15;
	((uintptr_t *)top)[-1] = pc;
	((uintptr_t *)top)[-2] = sp;
	((uintptr_t *)top)[-3] = 0;
	s->prev = g->seg;
	s->caller_sp = sp - 128;
	rt_setseg(g, s);
	RT_STORE(RT_TLS(rt_stackguard), s->guard);
	uc->uc_mcontext.gregs[REG_RSP] = (greg_t)(top - 24);
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_async_preempt;
#endif
	atomic_fetch_add_explicit(&npreempt, 1, memory_order_relaxed);
}

static void nop_g0(void *unused) {}

/* On the injected frame's segment, registers saved: x86-64 passes the
 * pushed GPRs, aarch64 the sigreturn frame. */
void rt_async_preempt_c(void *frame)
{
	G *g = getg();
	if (RT_LOAD(g->preempt))
		rt_gopreempt();
	else
		rt_systemstack(nop_g0, NULL); /* the collector asked: pass through SYS */
	/* resumed, maybe on another M */
#if defined(__aarch64__)
	rt_systemstack(a64_frame_fix, frame); /* the segment still chained */
#endif
	M *m = getm();
	rt_seg *s = g->seg;
	rt_setseg(g, s->prev);
	s->prev = NULL;
	RT_STORE(RT_TLS(rt_stackguard), rt_g_guard(g));
	if (m->preemptseg == NULL)
		m->preemptseg = s;
	else
		rt_seg_free_local(m, s);
}

uint64_t rt_preempt_count(bool declined)
{
	return declined ? atomic_load(&ndeclined) : atomic_load(&npreempt);
}

void rt_preempt_poll(void)
{
	RT_STORE(RT_TLS(rt_preempt_flag), 0);
	G *g = getg();
	if (g == NULL || rt_on_g0())
		return;
	if (RT_LOAD(g->preempt))
		rt_gopreempt();
	else if (atomic_load(&rt_gc_stopreq))
		rt_systemstack(nop_g0, NULL);
}

/* Called by the collector's stop hook for an M still USER: it only needs
 * the M to pass through g0, not to yield. */
void rt_preempt_signal_m(M *m)
{
	volatile int *flag = m->id < 1024 ? RT_LOAD(flagaddr[m->id]) : NULL;
	if (flag)
		RT_STORE(*flag, 1);
	pthread_kill(m->thread, SIGURG);
}

static void preemptone(P *p)
{
	M *m = __atomic_load_n(&p->m, __ATOMIC_ACQUIRE);
	G *g;
	if (m == NULL || (g = RT_LOAD(m->curg)) == NULL || RT_LOAD(m->ong0))
		return;
	RT_STORE(g->preempt, true);
	uintptr_t *guard = m->id < 1024 ? RT_LOAD(guardaddr[m->id]) : NULL;
	if (guard) {
		RT_STORE(*RT_LOAD(flagaddr[m->id]), 1);
		RT_STORE(*guard, RT_GUARD_PREEMPT);
	}
	pthread_kill(m->thread, SIGURG);
}

static void *sysmon(void *unused)
{
	static uint32_t lasttick[1024];
	static int64_t tickwhen[1024];
	for (;;) {
		int64_t delay = 1000000;
		if (atomic_load(&rt_sched_.nsyscall) > 0)
			delay = 50000;
		else if (atomic_load(&rt_sched_.npidle) == RT_LOAD(rt_sched_.nprocs))
			delay = 10000000;
#ifdef RT_STRESS_PREEMPT
		delay = 100000;
#endif
		/* A timer due soon while every P is busy: wake up for it. */
		int64_t nt = rt_timer_next();
		if (nt >= 0 && atomic_load(&rt_sched_.npidle) == 0) {
			int64_t d = nt - rt_nanotime();
			if (d < 20000)
				d = 20000;
			if (d < delay)
				delay = d;
		}
		struct timespec ts = {0, delay};
		nanosleep(&ts, NULL);
		int64_t now = rt_nanotime();
		rt_retake_syscalls(now);
		int64_t w = rt_timer_next();
		bool overdue = w >= 0 && w <= now;
		if (overdue && atomic_load(&rt_sched_.npidle) > 0)
			rt_timer_kick();
		int n = RT_LOAD(rt_sched_.nprocs);
		int oldest = -1;
		for (int i = 0; i < n && i < 1024; i++) {
			P *p = __atomic_load_n(&rt_sched_.allp[i], __ATOMIC_ACQUIRE);
			if (p == NULL || RT_LOAD(p->status) != P_RUNNING) {
				lasttick[i] = p ? RT_LOAD(p->schedtick) : 0;
				tickwhen[i] = now;
				continue;
			}
			uint32_t t = RT_LOAD(p->schedtick);
			if (t != lasttick[i]) {
				lasttick[i] = t;
				tickwhen[i] = now;
				continue;
			}
			if (oldest < 0 || tickwhen[i] < tickwhen[oldest])
				oldest = i;
#ifndef RT_STRESS_PREEMPT
			if (now - tickwhen[i] < PREEMPT_NS)
				continue;
#endif
			preemptone(p);
		}
		/* A due timer and no idle P to run it: make room by preempting
		 * the longest runner (so a sleep returns on time beside a
		 * spinning goroutine, even with GOMAXPROCS=1). */
		if (overdue && atomic_load(&rt_sched_.npidle) == 0 && oldest >= 0 &&
		    now - tickwhen[oldest] >= 100000)
			preemptone(rt_sched_.allp[oldest]);
	}
	return NULL;
}

void rt_sysmon_start(void)
{
	pthread_t t;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, 256 << 10);
	if (pthread_create(&t, &attr, sysmon, NULL) != 0)
		throw("runtime: cannot start sysmon");
	pthread_attr_destroy(&attr);
}
