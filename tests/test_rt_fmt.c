/*
 * test_rt_fmt.c — the fmt formatting core (stdlib/fmt/fmt.c) against the
 * golden matrix tests/fmt_matrix/expected.txt, printed by Go 1.19 from
 * tests/fmt_matrix/main.go.  The values of main.go are built here by hand,
 * with the type descriptors the compiler would emit for them; every line
 * of expected.txt is one case (FORMAT, VALUE, RESULT), or one of the
 * multi-operand cases (NAME, RESULT) computed in multi_case().
 */
#include "rt_data_harness.h"

go_string fmt_sprint(go_slice a);
go_string fmt_sprintln(go_slice a);
go_string fmt_sprintf(go_string format, go_slice a);
go_string fmt_sprintfw(go_string format, go_slice a);
go_int fmt_wrapindex(go_string format, go_slice a);
go_string fmt_formatfloat(double v, go_byte fmt, go_int prec, go_int bitsize);

/* ---------------------------------------------------------------------
 * Descriptors.
 * --------------------------------------------------------------------- */

#define NAMED_BASIC(var, K, CT, str, nm, basic) \
	static const rt_type var = {.kind = K, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS, \
		.size = sizeof(CT), .align = _Alignof(CT), .string = str, .pkgpath = "main", .name = nm, \
		.equal = NULL, .hashfn = NULL};
NAMED_BASIC(T_MyInt, RT_INT, go_int, "main.MyInt", "MyInt", int)
NAMED_BASIC(T_MyFloat, RT_FLOAT64, double, "main.MyFloat", "MyFloat", float64)
static const rt_type T_MyStr = {.kind = RT_STRING, .flags = RT_NAMED | RT_COMPARABLE,
	.size = 16, .align = 8, .string = "main.MyStr", .pkgpath = "main", .name = "MyStr"};

static bool eq_mem16(const void *a, const void *b) { return memcmp(a, b, 16) == 0; }
static uintptr_t hash_mem16(const void *p, uintptr_t s) { return rt_memhash(p, 16, s); }
static bool eq_mem8(const void *a, const void *b) { return memcmp(a, b, 8) == 0; }
static uintptr_t hash_mem8(const void *p, uintptr_t s) { return rt_memhash(p, 8, s); }
static bool eq_true(const void *a, const void *b) { return true; }
static uintptr_t hash_seed(const void *p, uintptr_t s) { return s; }

#define PTR_TYPE(var, str, el, meths, nm) \
	static const rt_type var = {.kind = RT_POINTER, .flags = RT_DIRECTIFACE | RT_COMPARABLE, \
		.size = 8, .align = 8, .string = str, .equal = eq_mem8, .hashfn = hash_mem8, .elem = el, \
		.methods = meths, .nmethods = nm};
#define SLICE_TYPE(var, str, el) \
	static const rt_type var = {.kind = RT_SLICE, .size = 24, .align = 8, .string = str, .elem = el};
#define MAP_TYPE(var, str, k, el) \
	static const rt_type var = {.kind = RT_MAP, .flags = RT_DIRECTIFACE | RT_COMPARABLE, \
		.size = 8, .align = 8, .string = str, .key = k, .elem = el};

/* type P struct{ X, Y int } */
typedef struct P { go_int X, Y; } P;
static const rt_field P_fields[2] = {{"X", &rt_T_int, 0, false, true}, {"Y", &rt_T_int, 8, false, true}};
static const rt_type T_P = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 16, .align = 8, .string = "main.P", .pkgpath = "main", .name = "P",
	.equal = eq_mem16, .hashfn = hash_mem16, .fields = P_fields, .nfields = 2};
PTR_TYPE(T_pP, "*main.P", &T_P, NULL, 0)
PTR_TYPE(T_pint, "*int", &rt_T_int, NULL, 0)

SLICE_TYPE(T_bytes, "[]uint8", &rt_T_uint8)
SLICE_TYPE(T_ints, "[]int", &rt_T_int)
SLICE_TYPE(T_strings, "[]string", &rt_T_string)
SLICE_TYPE(T_anys, "[]interface {}", &rt_T_any)
SLICE_TYPE(T_intss, "[][]int", &T_ints)
SLICE_TYPE(T_floats, "[]float64", &rt_T_float64)
PTR_TYPE(T_pints, "*[]int", &T_ints, NULL, 0)
static const rt_type T_arr3u8 = {.kind = RT_ARRAY, .flags = RT_COMPARABLE | RT_NOPTRS, .size = 3,
	.align = 1, .string = "[3]uint8", .elem = &rt_T_uint8, .len = 3};
static const rt_type T_arr3 = {.kind = RT_ARRAY, .flags = RT_COMPARABLE | RT_NOPTRS, .size = 24,
	.align = 8, .string = "[3]int", .elem = &rt_T_int, .len = 3};
static const rt_type T_arr0 = {.kind = RT_ARRAY, .flags = RT_COMPARABLE | RT_NOPTRS, .size = 0,
	.align = 8, .string = "[0]int", .elem = &rt_T_int, .len = 0};

MAP_TYPE(T_map_si, "map[string]int", &rt_T_string, &rt_T_int)
MAP_TYPE(T_map_is, "map[int]string", &rt_T_int, &rt_T_string)
MAP_TYPE(T_map_fi, "map[float64]int", &rt_T_float64, &rt_T_int)
MAP_TYPE(T_map_bi, "map[bool]int", &rt_T_bool, &rt_T_int)
MAP_TYPE(T_map_Ps, "map[main.P]string", &T_P, &rt_T_string)
MAP_TYPE(T_map_sints, "map[string][]int", &rt_T_string, &T_ints)
PTR_TYPE(T_pmap_si, "*map[string]int", &T_map_si, NULL, 0)

/* type Inner struct { A string; B []int } */
typedef struct Inner { go_string A; go_slice B; } Inner;
static const rt_field Inner_fields[2] = {{"A", &rt_T_string, 0, false, true},
	{"B", &T_ints, 16, false, true}};
static const rt_type T_Inner = {.kind = RT_STRUCT, .flags = RT_NAMED, .size = 40, .align = 8,
	.string = "main.Inner", .pkgpath = "main", .name = "Inner", .fields = Inner_fields, .nfields = 2};

/* type Outer struct { I Inner; P *P; M map[string]int; E any; u int } */
typedef struct Outer { Inner I; P *Pp; rt_map *M; go_eface E; go_int u; } Outer;
static const rt_field Outer_fields[5] = {
	{"I", &T_Inner, offsetof(Outer, I), false, true},
	{"P", &T_pP, offsetof(Outer, Pp), false, true},
	{"M", &T_map_si, offsetof(Outer, M), false, true},
	{"E", &rt_T_any, offsetof(Outer, E), false, true},
	{"u", &rt_T_int, offsetof(Outer, u), false, false},
};
static const rt_type T_Outer = {.kind = RT_STRUCT, .flags = RT_NAMED, .size = sizeof(Outer), .align = 8,
	.string = "main.Outer", .pkgpath = "main", .name = "Outer", .fields = Outer_fields, .nfields = 5};
PTR_TYPE(T_pOuter, "*main.Outer", &T_Outer, NULL, 0)

/* struct { A int; b string } */
typedef struct Anon { go_int A; go_string b; } Anon;
static const rt_field Anon_fields[2] = {{"A", &rt_T_int, 0, false, true}, {"b", &rt_T_string, 8, false, false}};
static const rt_type T_Anon = {.kind = RT_STRUCT, .size = 24, .align = 8,
	.string = "struct { A int; b string }", .fields = Anon_fields, .nfields = 2};

static go_string gofmt1(const char *f, long n)
{
	char b[64];
	snprintf(b, sizeof b, f, n);
	return rt_gostring(b);
}

/* type Str struct{ N int }; func (s Str) String() string { return Sprintf("S<%d>", s.N) }
 * The ifn gets the data word: a pointer to the value for both Str (boxed)
 * and *Str (the pointer itself), so one C function serves both. */
typedef struct Str { go_int N; } Str;
static go_string Str_String(void *data) { return gofmt1("S<%ld>", (long)((Str *)data)->N); }
static const rt_method Str_methods[1] = {{"String", &rt_T_func_string, (void *)Str_String}};
static const rt_field Str_fields[1] = {{"N", &rt_T_int, 0, false, true}};
static const rt_type T_Str = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 8, .align = 8, .string = "main.Str", .pkgpath = "main", .name = "Str",
	.equal = eq_mem8, .hashfn = hash_mem8, .fields = Str_fields, .nfields = 1,
	.methods = Str_methods, .nmethods = 1};
PTR_TYPE(T_pStr, "*main.Str", &T_Str, Str_methods, 1)
SLICE_TYPE(T_Strs, "[]main.Str", &T_Str)
MAP_TYPE(T_map_StrStr, "map[main.Str]main.Str", &T_Str, &T_Str)

/* type PtrStr struct{ N int }; func (p *PtrStr) String() string */
static go_string PtrStr_String(void *data) { return gofmt1("P<%ld>", (long)((Str *)data)->N); }
static const rt_method PtrStr_methods[1] = {{"String", &rt_T_func_string, (void *)PtrStr_String}};
static const rt_type T_PtrStr = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 8, .align = 8, .string = "main.PtrStr", .pkgpath = "main", .name = "PtrStr",
	.equal = eq_mem8, .hashfn = hash_mem8, .fields = Str_fields, .nfields = 1};
PTR_TYPE(T_pPtrStr, "*main.PtrStr", &T_PtrStr, PtrStr_methods, 1)

/* type Err struct{ msg string }; func (e Err) Error() string */
typedef struct Err { go_string msg; } Err;
static go_string Err_Error(void *data) { return rt_concat(S("err: "), ((Err *)data)->msg); }
static const rt_method Err_methods[1] = {{"Error", &rt_T_func_string, (void *)Err_Error}};
static const rt_field Err_fields[1] = {{"msg", &rt_T_string, 0, false, false}};
static const rt_type T_Err = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE,
	.size = 16, .align = 8, .string = "main.Err", .pkgpath = "main", .name = "Err",
	.fields = Err_fields, .nfields = 1, .methods = Err_methods, .nmethods = 1};

/* type Panicker struct{}; func (Panicker) String() string { panic("boom") } */
static go_string Panicker_String(void *data) { rt_panic_string(S("boom")); }
static const rt_method Panicker_methods[1] = {{"String", &rt_T_func_string, (void *)Panicker_String}};
static const rt_type T_Panicker = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 0, .align = 1, .string = "main.Panicker", .pkgpath = "main", .name = "Panicker",
	.equal = eq_true, .hashfn = hash_seed, .methods = Panicker_methods, .nmethods = 1};

/* type NilPanicker struct{ x int }; func (p *NilPanicker) String() string { ... p.x ... } */
static go_string NilPanicker_String(void *data)
{
	RT_NILCHECK(data);
	return gofmt1("%ld", (long)*(go_int *)data);
}
static const rt_method NilPanicker_methods[1] = {{"String", &rt_T_func_string, (void *)NilPanicker_String}};
static const rt_field NilPanicker_fields[1] = {{"x", &rt_T_int, 0, false, false}};
static const rt_type T_NilPanicker = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 8, .align = 8, .string = "main.NilPanicker", .pkgpath = "main", .name = "NilPanicker",
	.fields = NilPanicker_fields, .nfields = 1};
PTR_TYPE(T_pNilPanicker, "*main.NilPanicker", &T_NilPanicker, NilPanicker_methods, 1)

/* type GoStr struct{}; GoString() and String() */
static go_string GoStr_GoString(void *data) { return S("GoStr!"); }
static go_string GoStr_String(void *data) { return S("str!"); }
static const rt_method GoStr_methods[2] = {{"GoString", &rt_T_func_string, (void *)GoStr_GoString},
	{"String", &rt_T_func_string, (void *)GoStr_String}};
static const rt_type T_GoStr = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 0, .align = 1, .string = "main.GoStr", .pkgpath = "main", .name = "GoStr",
	.equal = eq_true, .hashfn = hash_seed, .methods = GoStr_methods, .nmethods = 2};

/* type Fields struct { Pub Str; priv Str } */
static const rt_field Fields_fields[2] = {{"Pub", &T_Str, 0, false, true}, {"priv", &T_Str, 8, false, false}};
static const rt_type T_Fields = {.kind = RT_STRUCT, .flags = RT_NAMED | RT_COMPARABLE | RT_NOPTRS,
	.size = 16, .align = 8, .string = "main.Fields", .pkgpath = "main", .name = "Fields",
	.equal = eq_mem16, .hashfn = hash_mem16, .fields = Fields_fields, .nfields = 2};

/* ---------------------------------------------------------------------
 * Values.
 * --------------------------------------------------------------------- */

typedef struct named_value {
	const char *name;
	go_eface v;
} named_value;

static named_value vals[200];
static int nvals;

static void add(const char *name, const rt_type *t, const void *p)
{
	vals[nvals].name = name;
	vals[nvals].v = t ? rt_box(t, p) : (go_eface){NULL, NULL};
	nvals++;
}

#define ADDV(name, T, CT, expr) do { CT _v = (expr); add(name, T, &_v); } while (0)

static go_slice mkslice(const void *src, go_int n, size_t es)
{
	go_slice s = rt_makeslice(n, n, es, false);
	if (n)
		memcpy(s.ptr, src, (size_t)n * es);
	return s;
}

static rt_map *mkmap(const rt_type *mt)
{
	return rt_makemap(mt, 0);
}

static void mput(const rt_type *mt, rt_map *m, const void *k, const void *v)
{
	memcpy(rt_mapassign(mt, m, k), v, mt->elem->size);
}

static go_eface E(const rt_type *t, const void *p)
{
	return rt_box(t, p);
}

static void build_values(void)
{
	double nan = __builtin_nan(""), inf = __builtin_inf();
	ADDV("int0", &rt_T_int, go_int, 0);
	ADDV("int42", &rt_T_int, go_int, 42);
	ADDV("intneg", &rt_T_int, go_int, -42);
	ADDV("int8min", &rt_T_int8, int8_t, -128);
	ADDV("int16", &rt_T_int16, int16_t, 12345);
	ADDV("int32max", &rt_T_int32, int32_t, 2147483647);
	ADDV("int64min", &rt_T_int64, int64_t, INT64_MIN);
	ADDV("uint8max", &rt_T_uint8, uint8_t, 255);
	ADDV("uint16", &rt_T_uint16, uint16_t, 65535);
	ADDV("uint32", &rt_T_uint32, uint32_t, 3000000000u);
	ADDV("uint64max", &rt_T_uint64, uint64_t, UINT64_MAX);
	ADDV("uintptr", &rt_T_uintptr, uintptr_t, 4096);
	ADDV("rune", &rt_T_int32, int32_t, 'x');
	ADDV("runeCJK", &rt_T_int32, int32_t, 0x4e16);
	ADDV("runeBad", &rt_T_int32, int32_t, -1);
	ADDV("myint", &T_MyInt, go_int, 7);
	ADDV("f0", &rt_T_float64, double, 0.0);
	ADDV("fnegzero", &rt_T_float64, double, -0.0);
	ADDV("f1", &rt_T_float64, double, 1.0);
	ADDV("f3", &rt_T_float64, double, 3.0);
	ADDV("f01", &rt_T_float64, double, 0.1);
	volatile double pt = 0.1;
	ADDV("f0102", &rt_T_float64, double, pt + 0.2);
	ADDV("f1e20", &rt_T_float64, double, 1e20);
	ADDV("f1e21", &rt_T_float64, double, 1e21);
	ADDV("f1em7", &rt_T_float64, double, 1e-7);
	ADDV("f123", &rt_T_float64, double, 123456.789);
	ADDV("f1e6", &rt_T_float64, double, 1e6);
	ADDV("f1e5", &rt_T_float64, double, 100000.0);
	ADDV("finf", &rt_T_float64, double, inf);
	ADDV("fneginf", &rt_T_float64, double, -inf);
	ADDV("fnan", &rt_T_float64, double, nan);
	ADDV("f32", &rt_T_float32, float, 0.1f);
	ADDV("f32big", &rt_T_float32, float, 1e10f);
	ADDV("fmin", &rt_T_float64, double, 5e-324);
	ADDV("fmax", &rt_T_float64, double, 1.7976931348623157e308);
	ADDV("f25", &rt_T_float64, double, 2.5);
	ADDV("f05", &rt_T_float64, double, 0.5);
	ADDV("f15", &rt_T_float64, double, 1.5);
	ADDV("f1234", &rt_T_float64, double, 1234.5678);
	ADDV("fneg", &rt_T_float64, double, -3.75);
	ADDV("myfloat", &T_MyFloat, double, 2.5);
	ADDV("f2e", &rt_T_float64, double, 2.0 / 3.0);
	ADDV("f1e100", &rt_T_float64, double, 1e100);
	ADDV("f9", &rt_T_float64, double, 0.999999);
	ADDV("s0", &rt_T_string, go_string, S(""));
	ADDV("s", &rt_T_string, go_string, S("hello"));
	ADDV("sutf", &rt_T_string, go_string, S("h\xc3\xa9llo w\xc3\xb6rld"));
	ADDV("stab", &rt_T_string, go_string, S("tab\there"));
	ADDV("squote", &rt_T_string, go_string, S("quote\"s"));
	ADDV("sbin", &rt_T_string, go_string, ((go_string){(const uint8_t *)"\x00\xff", 2}));
	ADDV("scjk", &rt_T_string, go_string, S("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"));
	ADDV("sback", &rt_T_string, go_string, S("`back`"));
	ADDV("sls", &rt_T_string, go_string, S("\xe2\x80\xa8"));
	ADDV("snl", &rt_T_string, go_string, S("a\nb"));
	ADDV("mystr", &T_MyStr, go_string, S("ms"));
	ADDV("true", &rt_T_bool, bool, true);
	ADDV("false", &rt_T_bool, bool, false);
	ADDV("bytes", &T_bytes, go_slice, mkslice("hi", 2, 1));
	ADDV("bytesnil", &T_bytes, go_slice, ((go_slice){NULL, 0, 0}));
	uint8_t b3[3] = {1, 2, 3};
	add("bytearr", &T_arr3u8, b3);
	go_int i3[3] = {1, 2, 3};
	ADDV("ints", &T_ints, go_slice, mkslice(i3, 3, 8));
	ADDV("intsnil", &T_ints, go_slice, ((go_slice){NULL, 0, 0}));
	ADDV("intsempty", &T_ints, go_slice, mkslice(i3, 0, 8));
	go_string ab[2] = {S("a"), S("b")};
	ADDV("strs", &T_strings, go_slice, mkslice(ab, 2, 16));
	go_int one = 1;
	double d25 = 2.5;
	go_eface anys[4] = {E(&rt_T_int, &one), E(&rt_T_string, &ab[0]), {NULL, NULL}, E(&rt_T_float64, &d25)};
	ADDV("anys", &T_anys, go_slice, mkslice(anys, 4, 16));
	go_int two3[2] = {2, 3};
	go_slice nest[2] = {mkslice(i3, 1, 8), mkslice(two3, 2, 8)};
	ADDV("nested", &T_intss, go_slice, mkslice(nest, 2, 24));
	add("arr", &T_arr3, i3);
	add("arr0", &T_arr0, i3);
	double fl[3] = {0.5, 1e21, nan};
	ADDV("floats", &T_floats, go_slice, mkslice(fl, 3, 8));

	rt_map *m = mkmap(&T_map_si);
	go_string kb = S("b"), ka = S("a"), kc = S("c");
	go_int v1 = 1, v2 = 2, v3 = 3;
	mput(&T_map_si, m, &kb, &v2);
	mput(&T_map_si, m, &ka, &v1);
	mput(&T_map_si, m, &kc, &v3);
	add("mapsi", &T_map_si, &m);
	m = mkmap(&T_map_is);
	go_int k3 = 3, k1 = 1, k2 = 2, km5 = -5;
	go_string sneg = S("neg");
	mput(&T_map_is, m, &k3, &kc);
	mput(&T_map_is, m, &k1, &ka);
	mput(&T_map_is, m, &k2, &kb);
	mput(&T_map_is, m, &km5, &sneg);
	add("mapis", &T_map_is, &m);
	rt_map *nilm = NULL;
	add("mapnil", &T_map_si, &nilm);
	m = mkmap(&T_map_fi);
	double f1 = 1, fm1 = -1;
	mput(&T_map_fi, m, &nan, &v1);
	mput(&T_map_fi, m, &f1, &v2);
	mput(&T_map_fi, m, &fm1, &v3);
	add("mapf", &T_map_fi, &m);
	m = mkmap(&T_map_bi);
	bool bt = true, bf = false;
	go_int v0 = 0;
	mput(&T_map_bi, m, &bt, &v1);
	mput(&T_map_bi, m, &bf, &v0);
	add("mapb", &T_map_bi, &m);
	m = mkmap(&T_map_Ps);
	P p21 = {2, 1}, p12 = {1, 2};
	go_string sx = S("x"), sy = S("y");
	mput(&T_map_Ps, m, &p21, &sx);
	mput(&T_map_Ps, m, &p12, &sy);
	add("mapp", &T_map_Ps, &m);
	m = mkmap(&T_map_sints);
	go_string kz = S("z"), ky = S("y");
	go_slice z1 = mkslice(i3, 1, 8), ynil = {NULL, 0, 0};
	mput(&T_map_sints, m, &kz, &z1);
	mput(&T_map_sints, m, &ky, &ynil);
	add("mapsl", &T_map_sints, &m);

	add("pt", &T_P, &p12);
	P *pp = RT_NEW(P);
	*pp = p12;
	add("ptp", &T_pP, &pp);
	P *pnil = NULL;
	add("ptnil", &T_pP, &pnil);
	Inner in = {S("a"), mkslice(i3, 1, 8)};
	add("inner", &T_Inner, &in);
	Outer o = {0};
	o.I = (Inner){S("x"), {NULL, 0, 0}};
	o.M = mkmap(&T_map_si);
	go_string kk = S("k");
	mput(&T_map_si, o.M, &kk, &v1);
	o.E = E(&rt_T_int, &v3);
	o.u = 9;
	add("outer", &T_Outer, &o);
	Outer *op = RT_NEW(Outer);
	go_string se = S("e");
	op->E = E(&rt_T_string, &se);
	add("outerp", &T_pOuter, &op);
	Anon an = {1, S("x")};
	add("anon", &T_Anon, &an);
	add("nil", NULL, NULL);
	void *nilp = NULL;
	add("intp", &T_pint, &nilp);
	go_slice *sp = RT_NEW(go_slice);
	*sp = mkslice(i3, 2, 8);
	add("slicep", &T_pints, &sp);
	rt_map **mp = RT_NEW(rt_map *);
	*mp = mkmap(&T_map_si);
	mput(&T_map_si, *mp, &ka, &v1);
	add("mapptr", &T_pmap_si, &mp);
	Str s5 = {5};
	add("str", &T_Str, &s5);
	Str *s6 = RT_NEW(Str);
	s6->N = 6;
	add("strp", &T_pStr, &s6);
	Str s7 = {7};
	add("ptrstr", &T_PtrStr, &s7);
	Str *s8 = RT_NEW(Str);
	s8->N = 8;
	add("ptrstrp", &T_pPtrStr, &s8);
	Err er = {S("bad")};
	add("err", &T_Err, &er);
	add("panicker", &T_Panicker, &s5);
	add("nilpanicker", &T_pNilPanicker, &nilp);
	add("gostr", &T_GoStr, &s5);
	Str s12[2] = {{1}, {2}};
	ADDV("strs2", &T_Strs, go_slice, mkslice(s12, 2, 8));
	add("fields", &T_Fields, s12);
	m = mkmap(&T_map_StrStr);
	Str sk2 = {2}, sv3 = {3}, sk1 = {1}, sv4 = {4};
	mput(&T_map_StrStr, m, &sk2, &sv3);
	mput(&T_map_StrStr, m, &sk1, &sv4);
	add("mapstr", &T_map_StrStr, &m);
}

/* ---------------------------------------------------------------------
 * Multi-operand cases (the second part of main.go).
 * --------------------------------------------------------------------- */

static go_eface I(go_int v) { return rt_box(&rt_T_int, &v); }
static go_eface U8(uint8_t v) { return rt_box(&rt_T_uint8, &v); }
static go_eface F(double v) { return rt_box(&rt_T_float64, &v); }
static go_eface R(int32_t v) { return rt_box(&rt_T_int32, &v); }
static go_eface B(bool v) { return rt_box(&rt_T_bool, &v); }
static go_eface Sv(const char *s) { go_string g = S(s); return rt_box(&rt_T_string, &g); }
static go_eface MS(const char *s) { go_string g = S(s); return rt_box(&T_MyStr, &g); }
static go_eface STR(go_int n) { Str s = {n}; return rt_box(&T_Str, &s); }
static const go_eface NIL = {NULL, NULL};

#define ARGS(...) ((go_slice){(go_eface[]){__VA_ARGS__}, \
	sizeof((go_eface[]){__VA_ARGS__}) / sizeof(go_eface), sizeof((go_eface[]){__VA_ARGS__}) / sizeof(go_eface)})
#define NOARGS ((go_slice){NULL, 0, 0})
#define SPF(f, ...) fmt_sprintf(S(f), ARGS(__VA_ARGS__))

static go_string multi_case(const char *name)
{
	go_int i1 = 1;
	go_slice ints1 = mkslice(&i1, 1, 8);
	P p12 = {1, 2}, p34 = {3, 4};
	Err ex = {S("x")};
#define CASE(n, e) if (strcmp(name, n) == 0) return (e);
	CASE("sprint1", fmt_sprint(ARGS(Sv("a"), I(1), I(2), Sv("b"), Sv("c"), F(3.5), NIL, B(true))))
	CASE("sprint2", fmt_sprint(ARGS(I(1), I(2))))
	CASE("sprint3", fmt_sprint(ARGS(Sv("x"), Sv("y"))))
	CASE("sprint4", fmt_sprint(NOARGS))
	CASE("sprint5", fmt_sprint(ARGS(MS("m"), I(1), MS("n"))))
	CASE("sprint6", fmt_sprint(ARGS(STR(1), STR(2))))
	CASE("sprintln1", fmt_sprintln(ARGS(Sv("a"), I(1), I(2), Sv("b"), NIL, F(0.5))))
	CASE("sprintln2", fmt_sprintln(NOARGS))
	CASE("missing", SPF("%d %d", I(1)))
	CASE("extra", SPF("%d", I(1), I(2), Sv("x")))
	CASE("extranil", SPF("x", NIL))
	CASE("index1", SPF("%[2]d %[1]d", I(1), I(2)))
	CASE("index2", SPF("%[3]*.[2]*[1]f", F(12.0), I(2), I(6)))
	CASE("index3", SPF("%d %d %#[1]x %#x", I(16), I(17)))
	CASE("index4", SPF("%[5]d", I(1), I(2)))
	CASE("index5", SPF("%[-1]d", I(1)))
	CASE("index6", SPF("%[0]d", I(1)))
	CASE("index7", SPF("%[1]d %d", I(1), I(2)))
	CASE("index8", SPF("%[2]d %[2]d", I(1), I(2)))
	CASE("index9", SPF("%[x]d", I(1)))
	CASE("star1", SPF("%*d|", I(5), I(42)))
	CASE("star2", SPF("%-*d|", I(5), I(42)))
	CASE("star3", SPF("%*d|", I(-5), I(42)))
	CASE("star4", SPF("%.*f", I(2), F(3.14159)))
	CASE("star5", SPF("%*d", Sv("x"), I(42)))
	CASE("star6", SPF("%.*d", I(-1), I(42)))
	CASE("star7", SPF("%*.*f|", I(10), I(3), F(3.14159)))
	CASE("star8", SPF("%*d", U8(4), I(7)))
	CASE("noverb", fmt_sprintf(S("%"), NOARGS))
	CASE("noverb2", fmt_sprintf(S("abc%-"), NOARGS))
	CASE("percent", SPF("100%% %d%%", I(5)))
	CASE("percentw", fmt_sprintf(S("%5%|"), NOARGS))
	CASE("badverbnil", SPF("%d", NIL))
	CASE("badverbstr", SPF("%d", Sv("hi")))
	CASE("badverbbool", SPF("%s", B(true)))
	CASE("badverbstruct", SPF("%z", rt_box(&T_P, &p12)))
	CASE("wrapbad", SPF("%w", rt_box(&T_Err, &ex)))
	CASE("mixed", SPF("%s=%d (%v) [%5.1f%%] %q %T", Sv("n"), I(3), rt_box(&T_ints, &ints1), F(99.5), R('a'), F(1.5)))
	CASE("utf8verb", SPF("%\xe4\xb8\x96", I(1)))
	CASE("plain", fmt_sprintf(S("no verbs"), NOARGS))
	if (strcmp(name, "nested") == 0) {
		static const rt_type T_Ps = {.kind = RT_SLICE, .size = 24, .align = 8, .string = "[]main.P", .elem = &T_P};
		static const rt_type T_map_sP = {.kind = RT_MAP, .flags = RT_DIRECTIFACE, .size = 8, .align = 8,
			.string = "map[string]main.P", .key = &rt_T_string, .elem = &T_P};
		go_slice ps = mkslice(&p12, 1, 16);
		rt_map *m = mkmap(&T_map_sP);
		go_string ka = S("a");
		mput(&T_map_sP, m, &ka, &p34);
		return SPF("%v %+v", rt_box(&T_Ps, &ps), rt_box(&T_map_sP, &m));
	}
	CASE("tab", SPF("%d\t%s\n", I(1), Sv("x")))
	CASE("width0", SPF("%0s|%0d", Sv("a"), I(5)))
	CASE("bigwidth", SPF("%30d|", I(1)))
	CASE("largeprec", SPF("%.60f", F(0.1)))
	CASE("unicodew", SPF("%-6s|%6s|", Sv("h\xc3\xa9\xc3\xa9"), Sv("\xe6\x97\xa5\xe6\x9c\xac")))
#undef CASE
	fail_msg("no C version of multi case %s", name);
	return S("");
}

/* ---------------------------------------------------------------------
 * The matrix.
 * --------------------------------------------------------------------- */

static char *esc(go_string s)
{
	char *o = GC_MALLOC_ATOMIC((size_t)s.len * 2 + 1);
	size_t n = 0;
	for (go_int i = 0; i < s.len; i++) {
		uint8_t c = s.ptr[i];
		switch (c) {
		case '\\': o[n++] = '\\'; o[n++] = '\\'; break;
		case '\n': o[n++] = '\\'; o[n++] = 'n'; break;
		case '\r': o[n++] = '\\'; o[n++] = 'r'; break;
		case '\0': o[n++] = '\\'; o[n++] = '0'; break;
		case '\t': o[n++] = '\\'; o[n++] = 't'; break;
		default: o[n++] = (char)c;
		}
	}
	o[n] = 0;
	return o;
}

/* Undoes esc() on a format string of the matrix. */
static go_string unesc(const char *s)
{
	size_t n = strlen(s), k = 0;
	char *o = GC_MALLOC_ATOMIC(n + 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			i++;
			o[k++] = s[i] == 'n' ? '\n' : s[i] == 't' ? '\t' : s[i] == 'r' ? '\r' : s[i] == '0' ? '\0' : s[i];
		} else {
			o[k++] = s[i];
		}
	}
	return (go_string){(const uint8_t *)o, (go_int)k};
}

/* tests/fmt_matrix/NAME, from the repository root or beside this file. */
static FILE *open_data(const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "tests/fmt_matrix/%s", name);
	FILE *f = fopen(path, "r");
	if (f == NULL) {
		snprintf(path, sizeof path, "%s", __FILE__);
		char *slash = strrchr(path, '/');
		size_t off = slash ? (size_t)(slash + 1 - path) : 0;
		snprintf(path + off, sizeof path - off, "fmt_matrix/%s", name);
		f = fopen(path, "r");
	}
	return f;
}

static void test_matrix(void **state)
{
	FILE *f = open_data("expected.txt");
	assert_non_null(f);
	static char line[1 << 16];
	int cases = 0, failures = 0;
	while (fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		if (n && line[n - 1] == '\n')
			line[--n] = 0;
		char *t1 = strchr(line, '\t');
		if (t1 == NULL)
			continue;
		*t1 = 0;
		char *t2 = strchr(t1 + 1, '\t');
		const char *want, *got;
		char label[256];
		if (t2 != NULL) {
			*t2 = 0;
			const char *fmtstr = line, *name = t1 + 1;
			want = t2 + 1;
			int k;
			for (k = 0; k < nvals && strcmp(vals[k].name, name) != 0; k++)
				;
			if (k == nvals)
				fail_msg("value %s not built in C", name);
			got = esc(fmt_sprintf(unesc(fmtstr), (go_slice){&vals[k].v, 1, 1}));
			snprintf(label, sizeof label, "Sprintf(\"%s\", %s)", fmtstr, name);
		} else {
			want = t1 + 1;
			got = esc(multi_case(line));
			snprintf(label, sizeof label, "%s", line);
		}
		cases++;
		if (strcmp(want, got) != 0) {
			if (failures < 60)
				print_message("MISMATCH %s\n   want: %s\n    got: %s\n", label, want, got);
			failures++;
		}
	}
	fclose(f);
	print_message("fmt matrix: %d cases, %d mismatches\n", cases, failures);
	assert_true(cases >= 600);
	assert_int_equal(failures, 0);
}

/* ---------------------------------------------------------------------
 * Other checks.
 * --------------------------------------------------------------------- */

static void test_wrap(void **state)
{
	Err ex = {S("inner")};
	go_eface e = rt_box(&T_Err, &ex);
	go_slice a = ARGS(I(3), e);
	assert_string_equal(C(fmt_sprintfw(S("n=%d: %w"), a)), "n=3: err: inner");
	assert_int_equal(fmt_wrapindex(S("n=%d: %w"), a), 1);
	assert_int_equal(fmt_wrapindex(S("n=%d: %v"), a), -1);
	/* %w of a non-error, and a second %w (Go 1.19): bad verbs */
	assert_string_equal(C(fmt_sprintfw(S("%w"), ARGS(I(1)))), "%!w(int=1)");
	assert_string_equal(C(fmt_sprintfw(S("%w %w"), ARGS(e, e))), "err: inner %!w(main.Err={inner})");
}

static void test_shortest_floats(void **state)
{
	/* Shortest round-trip digits for awkward values (Go 1.19's output). */
	static const struct { double v; const char *want; } cases[] = {
		{5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"},
		{2.2250738585072014e-308, "2.2250738585072014e-308"}, {9007199254740993.0, "9.007199254740992e+15"},
		{0.3, "0.3"}, {1.0 / 3.0, "0.3333333333333333"}, {123456789012345680.0, "1.2345678901234568e+17"},
		{4.35, "4.35"}, {2.5e-5, "2.5e-05"}, {8.41e21, "8.41e+21"}, {5.0e-324 * 3, "1.5e-323"},
		{9.5367431640625e-07, "9.5367431640625e-07"}, {1e23, "1e+23"}, {123e-20, "1.23e-18"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_string_equal(C(fmt_formatfloat(cases[i].v, 'g', -1, 64)), cases[i].want);
	assert_string_equal(C(fmt_formatfloat(16777216.0, 'g', -1, 32)), "1.6777216e+07");
	assert_string_equal(C(fmt_formatfloat((float)3.4028235e38, 'g', -1, 32)), "3.4028235e+38");
	assert_string_equal(C(fmt_formatfloat((float)1e-45, 'g', -1, 32)), "1e-45");
}

/* strconv.FormatFloat's layouts on random values (floats.go/floats.txt). */
static void test_random_floats(void **state)
{
	FILE *f = open_data("floats.txt");
	assert_non_null(f);
	char line[4096], want[2048];
	int n = 0, bad = 0;
	while (fgets(line, sizeof line, f)) {
		unsigned long long bits;
		int bs, prec;
		char fc;
		if (sscanf(line, "%llx %d %c %d %2047s", &bits, &bs, &fc, &prec, want) != 5)
			continue;
		double v;
		memcpy(&v, &bits, 8);
		const char *got = C(fmt_formatfloat(v, (go_byte)fc, prec, bs));
		n++;
		if (strcmp(got, want) != 0 && bad++ < 20)
			print_message("MISMATCH %s   got %s\n", line, got);
	}
	fclose(f);
	assert_int_equal(n, 2000);
	assert_int_equal(bad, 0);
}

int main(void)
{
	GC_INIT();
	build_values();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matrix),
		cmocka_unit_test(test_wrap),
		cmocka_unit_test(test_shortest_floats),
		cmocka_unit_test(test_random_floats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
