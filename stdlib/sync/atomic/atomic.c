/* atomic.c — the functions of package sync/atomic: sequentially consistent
 * GCC atomics (Go's memory model makes atomics seq-cst). */
#include "rt.h"

#define DEF(Name, T) \
	T sync_atomic_Add##Name(T *p, T d) { return __atomic_add_fetch((T *)rt_nilcheck(p), d, __ATOMIC_SEQ_CST); } \
	T sync_atomic_Load##Name(T *p) { return __atomic_load_n((T *)rt_nilcheck(p), __ATOMIC_SEQ_CST); } \
	void sync_atomic_Store##Name(T *p, T v) { __atomic_store_n((T *)rt_nilcheck(p), v, __ATOMIC_SEQ_CST); } \
	T sync_atomic_Swap##Name(T *p, T v) { return __atomic_exchange_n((T *)rt_nilcheck(p), v, __ATOMIC_SEQ_CST); } \
	bool sync_atomic_CompareAndSwap##Name(T *p, T old, T new) { \
		return __atomic_compare_exchange_n((T *)rt_nilcheck(p), &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); }

DEF(Int32, int32_t)
DEF(Int64, int64_t)
DEF(Uint32, uint32_t)
DEF(Uint64, uint64_t)
DEF(Uintptr, uintptr_t)

bool sync_atomic_sametype(go_eface a, go_eface b) { return a.type == b.type; }
