/* sort.c — the C half of package sort: length and element swap of any
 * slice held in an interface (sort.Slice's reflect.Swapper). */
#include "rt.h"

static go_slice *slice_of(go_eface x)
{
	if (!x.type || x.type->kind != RT_SLICE)
		rt_panic_string(GO_STR("reflect: call of Swapper on non-slice value"));
	return (go_slice *)x.data;
}

go_int sort_sliceLen(go_eface x) { return slice_of(x)->len; }

void sort_sliceSwap(go_eface x, go_int i, go_int j)
{
	go_slice *s = slice_of(x);
	if ((uint64_t)i >= (uint64_t)s->len || (uint64_t)j >= (uint64_t)s->len)
		rt_panic_string(GO_STR("reflect: slice index out of range"));
	size_t n = x.type->elem->size;
	uint8_t *a = (uint8_t *)s->ptr + (size_t)i * n, *b = (uint8_t *)s->ptr + (size_t)j * n;
	if (n == 8) {
		uint64_t t = *(uint64_t *)a;
		*(uint64_t *)a = *(uint64_t *)b;
		*(uint64_t *)b = t;
		return;
	}
	for (size_t k = 0; k < n; k++) {
		uint8_t t = a[k];
		a[k] = b[k];
		b[k] = t;
	}
}
