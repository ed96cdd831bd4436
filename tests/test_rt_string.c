/*
 * test_rt_string.c — strings and UTF-8 (runtime/string.c).
 * Expected decodings printed by Go 1.19 (tests/gen/decode.go).
 */
#include "rt_data_harness.h"

static const struct {
	const char *s;
	int len;
	const char *ranges; /* "i:rune " per step of for-range, hex */
	int nrunes;
} decodes[] = {
{"\x68\xc3\xa9\x6c\x6c\x6f", 6, "0:68 1:e9 3:6c 4:6c 5:6f ", 5},
{"\xff", 1, "0:fffd ", 1},
{"\xc0\x80", 2, "0:fffd 1:fffd ", 2},
{"\xe0\x80\x80", 3, "0:fffd 1:fffd 2:fffd ", 3},
{"\xed\xa0\x80", 3, "0:fffd 1:fffd 2:fffd ", 3},
{"\xf4\x90\x80\x80", 4, "0:fffd 1:fffd 2:fffd 3:fffd ", 4},
{"\xf0\x9f\x98\x80", 4, "0:1f600 ", 1},
{"\x61\xe2\x82", 3, "0:61 1:fffd 2:fffd ", 3},
{"\xe2\x82\xac", 3, "0:20ac ", 1},
{"\xc2", 1, "0:fffd ", 1},
{"\x80\x61\x62\x63", 4, "0:fffd 1:61 2:62 3:63 ", 4},
{"\xf5\x80\x80\x80", 4, "0:fffd 1:fffd 2:fffd 3:fffd ", 4},
{"\xef\xbf\xbd", 3, "0:fffd ", 1},
{"\xf0\x80\x80\x80", 4, "0:fffd 1:fffd 2:fffd 3:fffd ", 4},
{"\xe0\xa0\x80", 3, "0:800 ", 1},
{"\xf4\x8f\xbf\xbf", 4, "0:10ffff ", 1},
{"\xdf\xbf", 2, "0:7ff ", 1},
{"\xc1\xbf", 2, "0:fffd 1:fffd ", 2},
};

static const struct {
	int64_t r;
	const char *utf8;
} encodes[] = {
{-1, "\xef\xbf\xbd"},
{0, "\x00"},
{65, "\x41"},
{127, "\x7f"},
{128, "\xc2\x80"},
{2047, "\xdf\xbf"},
{2048, "\xe0\xa0\x80"},
{55295, "\xed\x9f\xbf"},
{55296, "\xef\xbf\xbd"},
{57343, "\xef\xbf\xbd"},
{57344, "\xee\x80\x80"},
{65533, "\xef\xbf\xbd"},
{65535, "\xef\xbf\xbf"},
{65536, "\xf0\x90\x80\x80"},
{1114111, "\xf4\x8f\xbf\xbf"},
{1114112, "\xef\xbf\xbd"},
{1099511627776, "\xef\xbf\xbd"},
};

static void test_decoderune(void **state)
{
	for (size_t t = 0; t < sizeof decodes / sizeof decodes[0]; t++) {
		go_string s = {(const uint8_t *)decodes[t].s, decodes[t].len};
		char got[256] = "";
		size_t n = 0;
		for (go_int i = 0; i < s.len;) {
			go_rune r;
			go_int next = rt_decoderune(s, i, &r);
			n += (size_t)snprintf(got + n, sizeof got - n, "%ld:%x ", (long)i, (unsigned)r);
			i = next;
		}
		assert_string_equal(got, decodes[t].ranges);
		go_slice rs = rt_string_to_runes(s);
		assert_int_equal(rs.len, decodes[t].nrunes);
		assert_int_equal(rt_runecount(s), decodes[t].nrunes);
	}
}

static void test_rune_to_string(void **state)
{
	for (size_t t = 0; t < sizeof encodes / sizeof encodes[0]; t++) {
		go_string s = rt_rune_to_string(encodes[t].r);
		assert_string_equal(C(s), encodes[t].utf8);
	}
}

static void test_runes_roundtrip(void **state)
{
	go_string s = S("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80");
	go_slice r = rt_string_to_runes(s);
	assert_int_equal(r.len, 11);
	assert_int_equal(((go_rune *)r.ptr)[1], 0xe9);
	assert_int_equal(((go_rune *)r.ptr)[10], 0x1f600);
	go_string back = rt_runes_to_string(r);
	assert_true(rt_streq(back, s));
	/* Invalid runes become U+FFFD. */
	go_rune bad[3] = {-5, 0xD800, 0x41};
	go_string b = rt_runes_to_string((go_slice){bad, 3, 3});
	assert_string_equal(C(b), "\xef\xbf\xbd\xef\xbf\xbd" "A");
}

static void test_bytes(void **state)
{
	go_string s = S("abcdef");
	go_slice b = rt_string_to_bytes(s);
	assert_int_equal(b.len, 6);
	assert_int_equal(b.cap, 8); /* Go: roundupsize, when it escapes */
	((uint8_t *)b.ptr)[0] = 'X';
	assert_string_equal(C(s), "abcdef"); /* a copy */
	go_string t = rt_bytes_to_string(b);
	((uint8_t *)b.ptr)[1] = 'Y';
	assert_string_equal(C(t), "Xbcdef");
	go_slice r = rt_string_to_runes(s);
	assert_int_equal(r.cap, 6);
	go_slice e = rt_string_to_bytes(S(""));
	assert_int_equal(e.len, 0);
	assert_non_null(e.ptr);
}

static void test_concat(void **state)
{
	assert_string_equal(C(rt_concat(S("foo"), S("bar"))), "foobar");
	go_string a = S("x");
	assert_ptr_equal(rt_concat(a, S("")).ptr, a.ptr);
	assert_ptr_equal(rt_concat(S(""), a).ptr, a.ptr);
	go_string parts[4] = {S("a"), S(""), S("bc"), S("def")};
	assert_string_equal(C(rt_concatn(parts, 4)), "abcdef");
	go_string none[2] = {S(""), S("")};
	assert_int_equal(rt_concatn(none, 2).len, 0);
}

static void test_strcmp(void **state)
{
	assert_true(rt_strcmp(S("a"), S("b")) < 0);
	assert_true(rt_strcmp(S("b"), S("a")) > 0);
	assert_true(rt_strcmp(S("ab"), S("abc")) < 0);
	assert_true(rt_strcmp(S("abc"), S("ab")) > 0);
	assert_int_equal(rt_strcmp(S("abc"), S("abc")), 0);
	assert_int_equal(rt_strcmp(S(""), S("")), 0);
	assert_true(rt_strcmp(S("\xff"), S("a")) > 0); /* bytes are unsigned */
	assert_true(rt_streq(S("abc"), S("abc")));
	assert_false(rt_streq(S("abc"), S("abd")));
}

static void test_hash(void **state)
{
	go_string a = S("hello"), b = rt_concat(S("hel"), S("lo"));
	assert_int_equal(rt_T_string.hashfn(&a, 42), rt_T_string.hashfn(&b, 42));
	assert_int_not_equal(rt_T_string.hashfn(&a, 42), rt_T_string.hashfn(&a, 43));
	assert_true(rt_T_string.equal(&a, &b));
	double pz = 0.0, nz = -0.0, nan = __builtin_nan("");
	assert_int_equal(rt_T_float64.hashfn(&pz, 7), rt_T_float64.hashfn(&nz, 7));
	assert_true(rt_T_float64.equal(&pz, &nz));
	assert_false(rt_T_float64.equal(&nan, &nan));
	/* All lengths hash without reading out of bounds, and differ. */
	char buf[64];
	memset(buf, 'q', sizeof buf);
	uintptr_t seen[64];
	for (int n = 0; n < 64; n++) {
		seen[n] = rt_memhash(buf, (size_t)n, 1);
		for (int m = 0; m < n; m++)
			assert_int_not_equal(seen[m], seen[n]);
	}
}

int main(void)
{
	GC_INIT();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decoderune),
		cmocka_unit_test(test_rune_to_string),
		cmocka_unit_test(test_runes_roundtrip),
		cmocka_unit_test(test_bytes),
		cmocka_unit_test(test_concat),
		cmocka_unit_test(test_strcmp),
		cmocka_unit_test(test_hash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
