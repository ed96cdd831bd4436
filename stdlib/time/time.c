/* time.c — the C half of package time: sleeping parks the goroutine on the
 * runtime's timers; clocks read the vDSO. */
#include "rt.h"

void time_sleep(int64_t ns) { rt_sleep(ns); }
int64_t time_nanotime(void) { return rt_nanotime(); }
int64_t time_walltime(void) { return rt_walltime(); }
