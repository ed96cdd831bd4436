/*
 * test_rt_slice.c — make and append's growth (runtime/slice.c).
 *
 * The capacity tables were printed by Go 1.19 (tests/gen/slicecap.go, run
 * once): cap() after each growing append, for element sizes 1..100, and
 * for appends of many elements at once.
 */
#include "rt_data_harness.h"

static const struct {
	size_t size;
	go_int caps[24];
} seqs[] = {
{1, {8,16,32,64,128,256,512,896,1408,2048,3072,4096,5376,0}},
{2, {4,8,16,32,64,128,256,512,896,1344,2048,3072,4096,5440,0}},
{3, {2,5,10,21,42,85,170,341,682,1066,1621,2261,3157,4522,6144,0}},
{4, {2,4,8,16,32,64,128,256,512,864,1344,2048,3072,4096,5440,0}},
{5, {1,3,6,12,25,51,102,204,409,819,1228,1894,2713,3686,4915,6553,0}},
{8, {1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,3408,5120,0}},
{12, {1,2,4,8,16,32,64,128,256,512,853,1365,2048,3413,4778,6826,0}},
{16, {1,2,4,8,16,32,64,128,256,512,848,1280,1792,2560,3584,5120,0}},
{24, {1,2,4,8,16,32,64,128,256,512,853,1365,2048,3072,4096,5461,0}},
{32, {1,2,4,8,16,32,64,128,256,512,852,1280,1792,2560,3584,4864,6400,0}},
{40, {1,2,4,8,16,32,67,134,272,544,1024,1638,2252,3072,4096,5324,0}},
{100, {1,2,4,8,17,34,69,143,286,573,983,1474,2048,2785,3686,4833,6307,0}},
};

static const struct {
	size_t size;
	go_int c0, k, cap;
} bulks[] = {
{1, 0, 1, 8},
{1, 0, 3, 8},
{1, 0, 7, 8},
{1, 0, 100, 112},
{1, 0, 1000, 1024},
{1, 1, 1, 8},
{1, 1, 3, 8},
{1, 1, 7, 8},
{1, 1, 100, 112},
{1, 1, 1000, 1024},
{1, 5, 1, 16},
{1, 5, 3, 16},
{1, 5, 7, 16},
{1, 5, 100, 112},
{1, 5, 1000, 1024},
{1, 300, 1, 576},
{1, 300, 3, 576},
{1, 300, 7, 576},
{1, 300, 100, 576},
{1, 300, 1000, 1408},
{8, 0, 1, 1},
{8, 0, 3, 3},
{8, 0, 7, 8},
{8, 0, 100, 112},
{8, 0, 1000, 1024},
{8, 1, 1, 2},
{8, 1, 3, 4},
{8, 1, 7, 8},
{8, 1, 100, 112},
{8, 1, 1000, 1024},
{8, 5, 1, 10},
{8, 5, 3, 10},
{8, 5, 7, 12},
{8, 5, 100, 112},
{8, 5, 1000, 1024},
{8, 300, 1, 608},
{8, 300, 3, 608},
{8, 300, 7, 608},
{8, 300, 100, 608},
{8, 300, 1000, 1360},
{12, 0, 1, 1},
{12, 0, 3, 4},
{12, 0, 7, 8},
{12, 0, 100, 106},
{12, 0, 1000, 1024},
{12, 1, 1, 2},
{12, 1, 3, 4},
{12, 1, 7, 8},
{12, 1, 100, 106},
{12, 1, 1000, 1024},
{12, 5, 1, 10},
{12, 5, 3, 10},
{12, 5, 7, 12},
{12, 5, 100, 106},
{12, 5, 1000, 1024},
{12, 300, 1, 576},
{12, 300, 3, 576},
{12, 300, 7, 576},
{12, 300, 100, 576},
{12, 300, 1000, 1365},
{24, 0, 1, 1},
{24, 0, 3, 3},
{24, 0, 7, 7},
{24, 0, 100, 112},
{24, 0, 1000, 1024},
{24, 1, 1, 2},
{24, 1, 3, 4},
{24, 1, 7, 8},
{24, 1, 100, 112},
{24, 1, 1000, 1024},
{24, 5, 1, 10},
{24, 5, 3, 10},
{24, 5, 7, 12},
{24, 5, 100, 112},
{24, 5, 1000, 1024},
{24, 300, 1, 597},
{24, 300, 3, 597},
{24, 300, 7, 597},
{24, 300, 100, 597},
{24, 300, 1000, 1365},
{100, 0, 1, 1},
{100, 0, 3, 3},
{100, 0, 7, 7},
{100, 0, 100, 102},
{100, 0, 1000, 1064},
{100, 1, 1, 2},
{100, 1, 3, 4},
{100, 1, 7, 8},
{100, 1, 100, 102},
{100, 1, 1000, 1064},
{100, 5, 1, 10},
{100, 5, 3, 10},
{100, 5, 7, 12},
{100, 5, 100, 108},
{100, 5, 1000, 1064},
{100, 300, 1, 573},
{100, 300, 3, 573},
{100, 300, 7, 573},
{100, 300, 100, 573},
{100, 300, 1000, 1310},
};

/* append(s, x) one element at a time, as the emitter does it. */
static go_slice append1(go_slice s, size_t es)
{
	if (s.len + 1 > s.cap)
		s = rt_growslice(s, s.len + 1, es, true);
	else
		s.len++;
	return s;
}

static void test_growth_sequence(void **state)
{
	for (size_t t = 0; t < sizeof seqs / sizeof seqs[0]; t++) {
		go_slice s = {NULL, 0, 0};
		go_int last = -1;
		int k = 0;
		for (int i = 0; i < 5000; i++) {
			s = append1(s, seqs[t].size);
			if (s.cap != last) {
				last = s.cap;
				if (seqs[t].caps[k] != s.cap)
					fail_msg("elem size %zu: growth %d: cap %ld, Go says %ld", seqs[t].size, k,
					         (long)s.cap, (long)seqs[t].caps[k]);
				k++;
			}
		}
		assert_int_equal(seqs[t].caps[k], 0);
	}
}

static void test_growth_bulk(void **state)
{
	for (size_t t = 0; t < sizeof bulks / sizeof bulks[0]; t++) {
		go_slice s = rt_makeslice(bulks[t].c0, bulks[t].c0, bulks[t].size, true);
		s = rt_growslice(s, s.len + bulks[t].k, bulks[t].size, true);
		if (s.cap != bulks[t].cap)
			fail_msg("size %zu: make %ld + %ld: cap %ld, Go says %ld", bulks[t].size,
			         (long)bulks[t].c0, (long)bulks[t].k, (long)s.cap, (long)bulks[t].cap);
		assert_int_equal(s.len, bulks[t].c0 + bulks[t].k);
	}
}

static void test_growslice_copies(void **state)
{
	go_slice s = rt_makeslice(3, 3, sizeof(go_int), true);
	go_int *p = s.ptr;
	p[0] = 1, p[1] = 2, p[2] = 3;
	go_slice t = rt_growslice(s, 4, sizeof(go_int), true);
	go_int *q = t.ptr;
	assert_int_equal(t.len, 4);
	assert_int_equal(t.cap, 6);
	assert_int_equal(q[0], 1);
	assert_int_equal(q[2], 3);
	assert_int_equal(q[3], 0);
	assert_ptr_not_equal(q, p);
}

static void test_zero_size(void **state)
{
	go_slice s = rt_growslice((go_slice){NULL, 0, 0}, 5, 0, true);
	assert_int_equal(s.len, 5);
	assert_int_equal(s.cap, 5);
	assert_non_null(s.ptr);
}

static void test_makeslice(void **state)
{
	go_slice s = rt_makeslice(2, 10, 8, false);
	assert_int_equal(s.len, 2);
	assert_int_equal(s.cap, 10);
	for (int i = 0; i < 10; i++)
		assert_int_equal(((go_int *)s.ptr)[i], 0);
	assert_string_equal(CATCH_PANIC(rt_makeslice(-1, 5, 8, false)),
	                    "runtime error: makeslice: len out of range");
	assert_string_equal(CATCH_PANIC(rt_makeslice(5, 2, 8, false)),
	                    "runtime error: makeslice: cap out of range");
	assert_string_equal(CATCH_PANIC(rt_makeslice(1, -1, 8, false)),
	                    "runtime error: makeslice: cap out of range");
	assert_string_equal(CATCH_PANIC(rt_makeslice((go_int)1 << 62, (go_int)1 << 62, 8, false)),
	                    "runtime error: makeslice: len out of range");
	assert_string_equal(CATCH_PANIC(rt_makeslice(1, (go_int)1 << 62, 8, false)),
	                    "runtime error: makeslice: cap out of range");
}

static void test_roundupsize(void **state)
{
	assert_int_equal(rt_roundupsize(0), 0);
	assert_int_equal(rt_roundupsize(1), 8);
	assert_int_equal(rt_roundupsize(9), 16);
	assert_int_equal(rt_roundupsize(1025), 1152);
	assert_int_equal(rt_roundupsize(32768), 32768);
	assert_int_equal(rt_roundupsize(32769), 40960);
}

int main(void)
{
	GC_INIT();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth_sequence),
		cmocka_unit_test(test_growth_bulk),
		cmocka_unit_test(test_growslice_copies),
		cmocka_unit_test(test_zero_size),
		cmocka_unit_test(test_makeslice),
		cmocka_unit_test(test_roundupsize),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
