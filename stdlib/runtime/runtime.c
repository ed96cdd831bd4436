/* runtime.c — package runtime's functions, bound to the scheduler. */
#include "rt.h"

go_int runtime_GOMAXPROCS(go_int n) { return rt_gomaxprocs(n); }
go_int runtime_NumGoroutine(void) { return rt_numgoroutine(); }
go_int runtime_NumCPU(void) { return rt_numcpu(); }
void runtime_Gosched(void) { rt_gosched(); }
void runtime_GC(void) { rt_gc(); }
void runtime_Goexit(void) { rt_goexit(); }
