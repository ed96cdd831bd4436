/* time.c — the C half of package time: sleeping parks the goroutine on the
 * runtime's timers; clocks read the vDSO. */
#include "rt.h"

void time_sleep(int64_t ns) { rt_sleep(ns); }
int64_t time_nanotime(void) { return rt_nanotime(); }
int64_t time_walltime(void) { return rt_walltime(); }

/* A fired timer runs the Go func value in a new goroutine. */
static void run_closure(void *arg)
{
	rt_closure *c = arg;
	((void (*)(void *))c->fn)(c);
}

void *time_timerNew(rt_closure *f) { return rt_timer_new(run_closure, f); }
bool time_timerReset(void *t, int64_t when, int64_t period) { return rt_timer_reset(t, when, period); }
bool time_timerStop(void *t) { return rt_timer_stop(t); }
