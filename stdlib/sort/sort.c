/* sort.c — the C half of package sort: length and element swap of any
 * slice held in an interface (sort.Slice's reflect.Swapper). */
#include "rt.h"

#include <string.h>

static const char *const kind_names[] = {
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr",
	"slice", "string", "struct", "unsafe.Pointer",
};

/* The slice in x, or Go's reflect panic ("reflect: call of
 * reflect.Value.Len on int Value"). */
static go_slice *slice_of_m(go_eface x, const char *method)
{
	if (x.type && x.type->kind == RT_SLICE)
		return (go_slice *)x.data;
	static const char pre0[] = "reflect: call of ";
	char pre[64];
	size_t m = strlen(method);
	memcpy(pre, pre0, sizeof pre0 - 1);
	memcpy(pre + sizeof pre0 - 1, method, m);
	memcpy(pre + sizeof pre0 - 1 + m, " on ", 5);
	const char *k = "zero";
	if (x.type && x.type->kind < sizeof kind_names / sizeof kind_names[0])
		k = kind_names[x.type->kind];
	size_t n1 = strlen(pre), n2 = strlen(k), n3 = 6;
	uint8_t *p = rt_alloc_noscan(n1 + n2 + n3);
	memcpy(p, pre, n1);
	memcpy(p + n1, k, n2);
	memcpy(p + n1 + n2, " Value", n3);
	rt_panic_string((go_string){p, (go_int)(n1 + n2 + n3)});
}

static go_slice *slice_of(go_eface x) { return slice_of_m(x, "reflect.Value.Len"); }

go_int sort_sliceLen(go_eface x)
{
	/* reflect's Len also takes strings and arrays (SliceIsSorted) */
	if (x.type && x.type->kind == RT_STRING)
		return ((go_string *)x.data)->len;
	if (x.type && x.type->kind == RT_ARRAY)
		return (go_int)x.type->len;
	return slice_of(x)->len;
}

/* sort.Slice and SliceStable ask reflect for a Swapper first. */
void sort_checkSwapper(go_eface x) { (void)slice_of_m(x, "Swapper"); }

void sort_sliceSwap(go_eface x, go_int i, go_int j)
{
	go_slice *s = slice_of(x);
	if ((uint64_t)i >= (uint64_t)s->len || (uint64_t)j >= (uint64_t)s->len)
		rt_panic_string(GO_STR("reflect: slice index out of range"));
	size_t n = x.type->elem->size;
	uint8_t *a = (uint8_t *)s->ptr + (size_t)i * n, *b = (uint8_t *)s->ptr + (size_t)j * n;
	if (n % 8 == 0 && ((uintptr_t)a | (uintptr_t)b) % 8 == 0) {
		/* word by word: a pointer is never split between the two
		 * elements while the conservative collector may look */
		uint64_t *wa = (uint64_t *)a, *wb = (uint64_t *)b;
		for (size_t k = 0; k < n / 8; k++) {
			uint64_t t = wa[k];
			wa[k] = wb[k];
			wb[k] = t;
		}
		return;
	}
	for (size_t k = 0; k < n; k++) {
		uint8_t t = a[k];
		a[k] = b[k];
		b[k] = t;
	}
}
