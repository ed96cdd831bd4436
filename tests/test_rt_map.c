/*
 * test_rt_map.c — Go maps (runtime/map.c): lookups, growth, nil maps,
 * NaN keys, unhashable interface keys, and range with deletes and inserts.
 */
#include "rt_data_harness.h"

static const rt_type T_map_string_int = {
	.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "map[string]int", .key = &rt_T_string, .elem = &rt_T_int,
};
static const rt_type T_map_int_int = {
	.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "map[int]int", .key = &rt_T_int, .elem = &rt_T_int,
};
static const rt_type T_map_float_int = {
	.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "map[float64]int", .key = &rt_T_float64, .elem = &rt_T_int,
};
static const rt_type T_map_any_int = {
	.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "map[interface {}]int", .key = &rt_T_any, .elem = &rt_T_int,
};
static const rt_type T_big = {
	.kind = RT_ARRAY, .flags = RT_COMPARABLE | RT_NOPTRS, .size = 4096, .align = 8,
	.string = "[512]int", .elem = &rt_T_int, .len = 512,
};
static const rt_type T_map_int_big = {
	.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
	.string = "map[int][512]int", .key = &rt_T_int, .elem = &T_big,
};
static const rt_type T_slice_int = {
	.kind = RT_SLICE, .size = 24, .align = 8, .string = "[]int", .elem = &rt_T_int,
};

static go_int get(const rt_type *mt, rt_map *m, const void *k, bool *ok)
{
	return *(go_int *)rt_mapaccess2(mt, m, k, ok);
}

static void put(const rt_type *mt, rt_map *m, const void *k, go_int v)
{
	*(go_int *)rt_mapassign(mt, m, k) = v;
}

static void test_basic(void **state)
{
	const rt_type *mt = &T_map_string_int;
	rt_map *m = rt_makemap(mt, 0);
	go_string a = S("a"), b = S("b"), a2 = rt_concat(S(""), S("a"));
	put(mt, m, &a, 1);
	put(mt, m, &b, 2);
	bool ok;
	assert_int_equal(get(mt, m, &a2, &ok), 1);
	assert_true(ok);
	assert_int_equal(rt_maplen(m), 2);
	put(mt, m, &a2, 10);
	assert_int_equal(rt_maplen(m), 2);
	assert_int_equal(*(go_int *)rt_mapaccess1(mt, m, &a), 10);
	rt_mapdelete(mt, m, &a);
	assert_int_equal(get(mt, m, &a, &ok), 0);
	assert_false(ok);
	assert_int_equal(rt_maplen(m), 1);
	rt_mapdelete(mt, m, &a); /* absent: no-op */
	assert_int_equal(rt_maplen(m), 1);
	rt_mapclear(mt, m);
	assert_int_equal(rt_maplen(m), 0);
	assert_int_equal(get(mt, m, &b, &ok), 0);
	assert_false(ok);
}

static void test_many(void **state)
{
	const rt_type *mt = &T_map_int_int;
	rt_map *m = rt_makemap(mt, 3);
	for (go_int i = 0; i < 20000; i++) {
		put(mt, m, &i, i * 3);
		if (i % 3 == 0) {
			go_int d = i / 2;
			rt_mapdelete(mt, m, &d);
		}
	}
	go_int n = 0;
	for (go_int i = 0; i < 20000; i++) {
		bool ok;
		go_int v = get(mt, m, &i, &ok);
		if (ok) {
			assert_int_equal(v, i * 3);
			n++;
		}
	}
	assert_int_equal(n, rt_maplen(m));
	/* iteration sees exactly the live entries */
	go_int seen = 0, sum = 0;
	rt_mapiter it;
	for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
		seen++;
		assert_int_equal(*(go_int *)it.val, *(go_int *)it.key * 3);
		sum += *(go_int *)it.key;
	}
	assert_int_equal(seen, n);
}

static void test_nil_map(void **state)
{
	const rt_type *mt = &T_map_string_int;
	go_string a = S("a");
	bool ok = true;
	assert_int_equal(get(mt, NULL, &a, &ok), 0);
	assert_false(ok);
	assert_int_equal(rt_maplen(NULL), 0);
	rt_mapdelete(mt, NULL, &a);
	assert_string_equal(CATCH_PANIC(rt_mapassign(mt, NULL, &a)), "assignment to entry in nil map");
	rt_mapiter it;
	rt_mapiterinit(mt, NULL, &it);
	assert_null(it.key);
	go_int k = 1;
	uint8_t *z = rt_mapaccess1(&T_map_int_big, NULL, &k);
	for (int i = 0; i < 4096; i++)
		assert_int_equal(z[i], 0);
}

static void test_nan_and_zero(void **state)
{
	const rt_type *mt = &T_map_float_int;
	rt_map *m = rt_makemap(mt, 0);
	double nan = __builtin_nan(""), pz = 0.0, nz = -0.0;
	put(mt, m, &nan, 1);
	put(mt, m, &nan, 2);
	assert_int_equal(rt_maplen(m), 2);
	bool ok;
	get(mt, m, &nan, &ok);
	assert_false(ok);
	rt_mapdelete(mt, m, &nan);
	assert_int_equal(rt_maplen(m), 2);
	put(mt, m, &pz, 5);
	put(mt, m, &nz, 6);
	assert_int_equal(rt_maplen(m), 3);
	assert_int_equal(get(mt, m, &pz, &ok), 6);
	int nans = 0;
	rt_mapiter it;
	for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it))
		nans += *(double *)it.key != *(double *)it.key;
	assert_int_equal(nans, 2);
	rt_mapclear(mt, m);
	assert_int_equal(rt_maplen(m), 0);
}

static void test_interface_keys(void **state)
{
	const rt_type *mt = &T_map_any_int;
	rt_map *m = rt_makemap(mt, 0);
	go_int one = 1;
	go_string s1 = S("1");
	go_eface k1 = rt_box(&rt_T_int, &one), k2 = rt_box(&rt_T_string, &s1), k3 = rt_box(&rt_T_int, &one);
	put(mt, m, &k1, 10);
	put(mt, m, &k2, 20);
	bool ok;
	assert_int_equal(get(mt, m, &k3, &ok), 10);
	assert_int_equal(rt_maplen(m), 2);
	go_eface nilk = {NULL, NULL};
	put(mt, m, &nilk, 30);
	assert_int_equal(get(mt, m, &nilk, &ok), 30);
	go_slice sl = {NULL, 0, 0};
	go_eface bad = rt_box(&T_slice_int, &sl);
	assert_string_equal(CATCH_PANIC(rt_mapassign(mt, m, &bad)),
	                    "runtime error: hash of unhashable type []int");
	assert_string_equal(CATCH_PANIC(rt_mapaccess1(mt, NULL, &bad)),
	                    "runtime error: hash of unhashable type []int");
	assert_string_equal(CATCH_PANIC(rt_mapdelete(mt, rt_makemap(mt, 0), &bad)),
	                    "runtime error: hash of unhashable type []int");
}

static int order_of(const rt_type *mt, rt_map *m, go_int *out)
{
	int n = 0;
	rt_mapiter it;
	for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it))
		out[n++] = *(go_int *)it.key;
	return n;
}

static void test_random_order(void **state)
{
	const rt_type *mt = &T_map_int_int;
	rt_map *m = rt_makemap(mt, 0);
	for (go_int i = 0; i < 50; i++)
		put(mt, m, &i, i);
	go_int first[50], other[50];
	assert_int_equal(order_of(mt, m, first), 50);
	int differ = 0;
	for (int t = 0; t < 20; t++) {
		assert_int_equal(order_of(mt, m, other), 50);
		differ += memcmp(first, other, sizeof first) != 0;
	}
	assert_true(differ > 0);
	/* small maps too (Go randomizes the start of one-bucket maps) */
	rt_map *s = rt_makemap(mt, 0);
	for (go_int i = 0; i < 3; i++)
		put(mt, s, &i, i);
	differ = 0;
	order_of(mt, s, first);
	for (int t = 0; t < 50; t++) {
		order_of(mt, s, other);
		differ += memcmp(first, other, 3 * sizeof(go_int)) != 0;
	}
	assert_true(differ > 0);
}

static void test_delete_during_range(void **state)
{
	const rt_type *mt = &T_map_int_int;
	for (int round = 0; round < 20; round++) {
		rt_map *m = rt_makemap(mt, 0);
		for (go_int i = 0; i < 100; i++)
			put(mt, m, &i, i);
		/* Delete every key when first seen, plus its partner i^1: the
		 * partner must not be produced afterwards. */
		int seen[100] = {0};
		rt_mapiter it;
		for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
			go_int k = *(go_int *)it.key;
			assert_int_equal(seen[k], 0);
			seen[k] = 1;
			go_int partner = k ^ 1;
			rt_mapdelete(mt, m, &k);
			rt_mapdelete(mt, m, &partner);
		}
		int n = 0;
		for (int i = 0; i < 100; i += 2) {
			assert_int_equal(seen[i] + seen[i + 1], 1);
			n++;
		}
		assert_int_equal(rt_maplen(m), 0);
	}
}

static void test_insert_during_range(void **state)
{
	const rt_type *mt = &T_map_int_int;
	for (int round = 0; round < 20; round++) {
		rt_map *m = rt_makemap(mt, 0);
		for (go_int i = 0; i < 20; i++)
			put(mt, m, &i, i);
		int seen[100000] = {0};
		int produced = 0;
		rt_mapiter it;
		for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
			go_int k = *(go_int *)it.key;
			assert_true(k < 100000);
			assert_int_equal(seen[k], 0); /* never twice */
			seen[k] = 1;
			produced++;
			if (k >= 20)
				continue; /* a new key, produced or not: both are Go */
			/* grow the map a lot: several rebuilds */
			for (go_int j = 0; j < 50; j++) {
				go_int nk = 1000 + k * 50 + j;
				put(mt, m, &nk, 0);
			}
			/* update a key not seen yet: its new value is produced */
			go_int other = (k + 7) % 20;
			if (!seen[other])
				put(mt, m, &other, -1);
		}
		for (int i = 0; i < 20; i++)
			assert_int_equal(seen[i], 1);
		assert_int_equal(rt_maplen(m), 20 + 20 * 50);
	}
}

static void test_values_after_rebuild(void **state)
{
	/* A value updated after a rebuild, for a key not yet reached, is
	 * produced with its new value. */
	const rt_type *mt = &T_map_int_int;
	rt_map *m = rt_makemap(mt, 0);
	for (go_int i = 0; i < 8; i++)
		put(mt, m, &i, i);
	rt_mapiter it;
	rt_mapiterinit(mt, m, &it);
	go_int first = *(go_int *)it.key;
	for (go_int j = 100; j < 200; j++)
		put(mt, m, &j, j);
	for (go_int i = 0; i < 8; i++)
		put(mt, m, &i, i + 1000);
	int n = 1;
	for (rt_mapiternext(&it); it.key; rt_mapiternext(&it)) {
		go_int k = *(go_int *)it.key;
		assert_int_not_equal(k, first);
		if (k < 8) {
			assert_int_equal(*(go_int *)it.val, k + 1000);
			n++;
		}
	}
	assert_int_equal(n, 8);
}

static void test_clear_during_range(void **state)
{
	const rt_type *mt = &T_map_int_int;
	rt_map *m = rt_makemap(mt, 0);
	for (go_int i = 0; i < 10; i++)
		put(mt, m, &i, i);
	int n = 0;
	rt_mapiter it;
	for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) {
		n++;
		rt_mapclear(mt, m);
	}
	assert_int_equal(n, 1);
}

int main(void)
{
	GC_INIT();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_nil_map),
		cmocka_unit_test(test_nan_and_zero),
		cmocka_unit_test(test_interface_keys),
		cmocka_unit_test(test_random_order),
		cmocka_unit_test(test_delete_during_range),
		cmocka_unit_test(test_insert_during_range),
		cmocka_unit_test(test_values_after_rebuild),
		cmocka_unit_test(test_clear_during_range),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
