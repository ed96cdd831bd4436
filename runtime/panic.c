/*
 * panic.c — defer, panic, recover, Goexit, and the fatal reports.
 *
 * How generated code uses it (rt.h): a function with defers keeps an
 * rt_frame on its stack, linked into g->frames by rt_frame_enter, and
 * rt_setjmp(fr.jb) marks its body.  rt_frame_leave runs the defers (LIFO,
 * each popped before it runs) and pops the frame.
 *
 * A panic pushes an rt_panicrec on g->panic and longjmps to the newest frame
 * (g->frames), recording the panic in the frame (priv[0]): "you were
 * reached by this panic".  The frame's rt_frame_leave runs its defers with
 * g->defer_panic = that panic and g->defer_fnid = the deferred function, so
 * rt_recover(fnid) recovers only when called directly by a deferred call
 * that the panic is running (Go's rule).  After a defer returns, a recovered
 * panic is removed (with the older panics it aborted) and the function
 * returns normally; otherwise, once the frame has no defers left, it is
 * popped and the unwinding continues with the next frame.  With no frame
 * left, the goroutine dies with Go's report:
 *     panic: VALUE [recovered]
 *     	panic: VALUE2
 *
 *     goroutine N [running]:
 * and exit status 2.
 *
 * A panic inside a deferred call longjmps to the newest frame, which may be
 * the very frame running its defers (it is popped only when it has none
 * left): its rt_frame_leave simply starts again and runs the rest.
 * rt_longjmp restores the segment chain and the guard when the target frame
 * lives on an older segment (stack.c).
 *
 * Goexit is a panic record marked goexit that recover ignores; when it runs
 * out of frames the goroutine exits normally.
 *
 * Everything here runs on the goroutine's own stack (rt.h, rule 4): deferred
 * calls and rt_printpanicval run Go code.
 */
#include "rt_internal.h"

#include <unistd.h>

struct rt_defer {
	rt_defer *next;
	void (*fn)(void *arg);
	void *arg;
	const void *fnid;
};

#define FRAME_PANIC(f) ((f)->priv[0])

void rt_frame_enter(rt_frame *f)
{
	G *g = getg();
	f->defers = NULL;
	FRAME_PANIC(f) = 0;
	f->seg = g ? g->seg : NULL;
	f->prev = g ? g->frames : NULL;
	if (g)
		g->frames = f;
}

void rt_defer_push(rt_frame *f, void (*fn)(void *arg), void *arg, const void *fnid)
{
	rt_defer *d = rt_alloc(sizeof *d);
	d->fn = fn;
	d->arg = arg;
	d->fnid = fnid;
	d->next = f->defers;
	f->defers = d;
}

static _Noreturn void fatalpanic(G *g);
static _Noreturn void unwind(G *g);

void rt_frame_leave(rt_frame *f)
{
	G *g = getg();
	for (;;) {
		rt_defer *d = f->defers;
		if (d == NULL)
			break;
		f->defers = d->next;
		rt_panicrec *p = (rt_panicrec *)FRAME_PANIC(f);
		if (p != NULL && p != g->panic)
			p = NULL;
		const void *svid = g->defer_fnid;
		rt_panicrec *svp = g->defer_panic;
		g->defer_fnid = d->fnid;
		g->defer_panic = p;
		d->fn(d->arg);
		g = getg();
		g->defer_fnid = svid;
		g->defer_panic = svp;
		if (p && p->recovered) {
			/* The panic is over: drop it and the panics it aborted. */
			g->panic = p->link;
			while (g->panic && g->panic->aborted)
				g->panic = g->panic->link;
			FRAME_PANIC(f) = 0;
		}
	}
	g->frames = f->prev;
	if (FRAME_PANIC(f) != 0 && g->panic != NULL)
		unwind(g);
}

go_eface rt_recover(const void *fnid)
{
	G *g = getg();
	rt_panicrec *p = g ? g->panic : NULL;
	if (p && !p->goexit && !p->recovered && g->defer_panic == p && g->defer_fnid == fnid) {
		p->recovered = true;
		return p->arg;
	}
	return (go_eface){NULL, NULL};
}

static _Noreturn void unwind(G *g)
{
	rt_frame *f = g->frames;
	if (f == NULL) {
		rt_panicrec *p = g->panic;
		if (p && p->goexit) {
			rt_systemstack(rt_goexit0, NULL);
			throw("runtime: goexit0 returned");
		}
		fatalpanic(g);
	}
	FRAME_PANIC(f) = (uintptr_t)g->panic;
	rt_longjmp(&f->jb, 1);
}

static void printpanics(rt_panicrec *p)
{
	if (p->link) {
		printpanics(p->link);
		if (!p->link->goexit)
			rt_write(2, "\t", 1);
	}
	if (p->goexit)
		return;
	rt_write(2, "panic: ", 7);
	rt_printpanicval(p->arg);
	if (p->recovered)
		rt_write(2, " [recovered]", 12);
	rt_write(2, "\n", 1);
}

static _Noreturn void fatalpanic(G *g)
{
	atomic_store(&rt_exiting, 1);
	printpanics(g->panic);
	rt_write(2, "\ngoroutine ", 11);
	char buf[24], *q = buf + sizeof buf;
	uint64_t id = (uint64_t)g->goid;
	do
		*--q = (char)('0' + id % 10);
	while ((id /= 10) != 0);
	rt_write(2, q, buf + sizeof buf - q);
	rt_write(2, " [running]:\n", 12);
	/* the newest panic's site (the one that ends the program) */
	rt_printsite(2, g->panic ? g->panic->site : NULL);
	rt_exit(2);
}

_Noreturn void rt_panic(go_eface v)
{
	/* Go 1.21+: panic(nil) panics with a run-time error (PanicNilError),
	 * so that recover() never returns nil for a real panic */
	if (v.type == NULL)
		rt_panic_plain("panic called with nil argument");
	G *g = getg();
	if (g == NULL) {
		/* outside any goroutine (a unit test, or before rt_main) */
		rt_rawputs(2, "panic: ");
		rt_printpanicval(v);
		rt_rawputs(2, "\n");
		_exit(2);
	}
	rt_panicrec *p = rt_alloc(sizeof *p);
	p->arg = v;
	p->site = RT_TLS(rt_cursite);
	p->link = g->panic;
	/* A panic raised while a deferred call runs for an older panic aborts
	 * that one (it is still printed, and removed when this one is
	 * recovered). */
	if (g->panic && !g->panic->recovered)
		g->panic->aborted = true;
	g->panic = p;
	unwind(g);
}

_Noreturn void rt_goexit(void)
{
	G *g = getg();
	rt_panicrec *p = rt_alloc(sizeof *p);
	p->goexit = true;
	p->link = g->panic;
	g->panic = p;
	g->goexiting = true;
	if (g->ismain) {
		extern rt_sched rt_sched_;
		rt_sched_.maingoexit = true;
	}
	unwind(g);
}

_Noreturn void rt_fatal_raw(const char *msg)
{
	atomic_store(&rt_exiting, 1);
	rt_rawputs(2, "fatal error: ");
	rt_rawputs(2, msg);
	rt_rawputs(2, "\n");
	_exit(2);
}
