/*
 * slice.c — make([]T, len, cap) and append's growth.
 *
 * Capacities are Go 1.19's exactly, so that a program printing cap() after
 * append prints what Go prints: growslice doubles below 256 elements, then
 * grows by (cap + 768) / 4 per step, and finally rounds the byte size up to
 * Go's malloc size class (the table below, from Go 1.19's sizeclasses.go)
 * or, above 32 KiB, to a multiple of Go's 8 KiB page.  The memory itself
 * comes from the collector (rt_alloc), whose own size classes differ; only
 * the capacity reported to the program follows Go's.
 *
 * Zero-size elements share one address (Go's zerobase).
 */
#include "data.h"

static const uint16_t class_to_size[68] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
	240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
	1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
	4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
	12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
	28672, 32768,
};

#define MAX_SMALL_SIZE 32768
#define PAGE_SIZE 8192
#define MAX_ALLOC ((uintptr_t)1 << 48)

uintptr_t rt_roundupsize(uintptr_t size)
{
	if (size < MAX_SMALL_SIZE) {
		/* The smallest class that holds size (the table is sorted). */
		int lo = 0, hi = 67;
		while (lo < hi) {
			int mid = (lo + hi) / 2;
			if (class_to_size[mid] >= size)
				hi = mid;
			else
				lo = mid + 1;
		}
		return class_to_size[lo];
	}
	if (size + PAGE_SIZE < size)
		return size;
	return (size + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}

static uint64_t zerobase;

static void *allocmem(size_t n, bool noscan)
{
	return noscan ? rt_alloc_noscan(n) : rt_alloc(n);
}

go_slice rt_makeslice(go_int len, go_int cap, size_t elemsize, bool noscan)
{
	__uint128_t mem = (__uint128_t)(uint64_t)cap * elemsize;
	if (cap < 0 || len < 0 || len > cap || mem > MAX_ALLOC) {
		/* Go reports the len when it is what is wrong, else the cap. */
		__uint128_t lmem = (__uint128_t)(uint64_t)len * elemsize;
		if (len < 0 || lmem > MAX_ALLOC)
			rt_panic_makeslice_len();
		rt_panic_makeslice_cap();
	}
	if (mem == 0)
		return (go_slice){&zerobase, len, cap};
	return (go_slice){allocmem((size_t)mem, noscan), len, cap};
}

go_slice rt_growslice(go_slice old, go_int newlen, size_t elemsize, bool noscan)
{
	if (newlen < old.cap)
		rt_panic_errorstring(GO_STR("growslice: cap out of range"));
	if (elemsize == 0)
		return (go_slice){&zerobase, newlen, newlen};

	go_int newcap = old.cap, doublecap = newcap + newcap;
	if (newlen > doublecap) {
		newcap = newlen;
	} else if (old.cap < 256) {
		newcap = doublecap;
	} else {
		while (0 < newcap && newcap < newlen)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap <= 0)
			newcap = newlen;
	}

	__uint128_t mem = (__uint128_t)(uint64_t)newcap * elemsize;
	if (mem > MAX_ALLOC)
		rt_panic_errorstring(GO_STR("growslice: cap out of range"));
	uintptr_t capmem = rt_roundupsize((uintptr_t)mem);
	newcap = (go_int)(capmem / elemsize);

	void *p = allocmem(capmem, noscan);
	if (old.len > 0)
		memcpy(p, old.ptr, (size_t)old.len * elemsize);
	return (go_slice){p, newlen, newcap};
}
