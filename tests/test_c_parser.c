/*
 * test_c_parser.c — the parser (parser.y): one or more cases per grammar
 * production, each a source fragment and the tree it must give, written as a
 * compact S-expression (kind, operator, name, literal, then the children in
 * slot order init x y z w cond post body els list list2; "!" marks flag).
 * Then syntax errors as gc words them, error recovery, and the inputs kept
 * by the fuzzer under tests/fuzz-regressions/ (they must parse without
 * crashing; any message is fine).
 */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ast.h"

static void sexpr(Buf *b, Node *n)
{
	if (!n) {
		buf_puts(b, "_");
		return;
	}
	buf_printf(b, "(%s", ast_kind_str(n->kind));
	if (n->op)
		buf_printf(b, " %s", ast_op_str(n->op));
	if (n->name)
		buf_printf(b, " %s", n->name);
	if (n->lit)
		buf_printf(b, " %s", n->lit);
	if (n->flag)
		buf_puts(b, " !");
	Node *slots[] = {n->init, n->x, n->y, n->z, n->w, n->cond, n->post, n->body, n->els};
	int last = -1;
	for (int i = 0; i < 9; i++)
		if (slots[i])
			last = i;
	/* a slice keeps its empty indexes visible: x[:] is (SLICE x _ _) */
	if (n->kind == N_SLICE)
		last = n->flag ? 4 : 3;
	for (int i = 0; i <= last; i++) {
		if (!slots[i] && (n->kind != N_SLICE || i == 0))
			continue;
		buf_putc(b, ' ');
		sexpr(b, slots[i]);
	}
	for (int i = 0; i < n->list.n; i++) {
		buf_putc(b, ' ');
		sexpr(b, n->list.v[i]);
	}
	if (n->list2.n) {
		buf_puts(b, " |");
		for (int i = 0; i < n->list2.n; i++) {
			buf_putc(b, ' ');
			sexpr(b, n->list2.v[i]);
		}
	}
	buf_putc(b, ')');
}

static char *errs;
static size_t errs_len;

/* Parses src; messages (without source lines) go to errs. */
static Node *parse(const char *src)
{
	FILE *f = open_memstream(&errs, &errs_len);
	diag_out = f;
	diag_caret = false;
	diag_max_errors = 0;
	diag_errors = 0;
	int file = diag_add_file("t.go", xstrdup(src), strlen(src));
	Node *n = ps_parse_file(file);
	fclose(f);
	diag_out = stderr;
	return n;
}

static const char *str(Node *n)
{
	Buf b = {0};
	sexpr(&b, n);
	return xstrdup(b.s);
}

/* The tree of an expression, a type, or the statements of a function body. */
static const char *expr_tree(const char *e)
{
	Node *f = parse(xprintf("package p\nvar _ = %s\n", e));
	if (diag_errors)
		return xprintf("error: %s", errs);
	Node *spec = ((Node *)f->list2.v[0])->list.v[0];
	return str(spec->list2.v[0]);
}

static const char *type_tree(const char *t)
{
	Node *f = parse(xprintf("package p\ntype T %s\n", t));
	if (diag_errors)
		return xprintf("error: %s", errs);
	Node *spec = ((Node *)f->list2.v[0])->list.v[0];
	return str(spec->y);
}

static const char *stmt_tree(const char *s)
{
	Node *f = parse(xprintf("package p\nfunc f() {\n%s\n}\n", s));
	if (diag_errors)
		return xprintf("error: %s", errs);
	Node *fn = f->list2.v[0];
	Buf b = {0};
	for (int i = 0; i < fn->body->list.n; i++) {
		if (i)
			buf_putc(&b, ' ');
		sexpr(&b, fn->body->list.v[i]);
	}
	return b.s ? xstrdup(b.s) : "";
}

static const char *file_tree(const char *src)
{
	Node *f = parse(src);
	if (diag_errors)
		return xprintf("error: %s", errs);
	return str(f);
}

/* First message for src, without the file name. */
static const char *first_error(const char *src)
{
	parse(src);
	if (!errs || !*errs)
		return "";
	char *nl = strchr(errs, '\n');
	if (nl)
		*nl = 0;
	return strncmp(errs, "t.go:", 5) == 0 ? errs + 5 : errs;
}

struct Case {
	const char *src, *want;
};

/* C string literal of s, for PRINT_CASES=1 (regenerating expectations). */
static void print_c(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if (*s == '\n')
			printf("\\n");
		else if (*s == '\t')
			printf("\\t");
		else
			putchar(*s);
	}
	putchar('"');
}

static void run_cases(const char *(*fn)(const char *), const struct Case *cs)
{
	int bad = 0;
	for (const struct Case *c = cs; c->src; c++) {
		const char *got = fn(c->src);
		if (getenv("PRINT_CASES")) {
			printf("\t{");
			print_c(c->src);
			printf(",\n\t ");
			print_c(got);
			printf("},\n");
			continue;
		}
		if (strcmp(got, c->want) != 0) {
			print_error("  %s\n    got:  %s\n    want: %s\n", c->src, got, c->want);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* expressions (and types where an expression may stand), in "var _ = E" */
static const struct Case expr_cases[] = {
	{"x",
	 "(IDENT x)"},
	{"_",
	 "(IDENT _)"},
	{"42",
	 "(BASICLIT int 42)"},
	{"0x_1F",
	 "(BASICLIT int 0x_1F)"},
	{"1.5e3",
	 "(BASICLIT float 1.5e3)"},
	{"0x1p-2",
	 "(BASICLIT float 0x1p-2)"},
	{"2i",
	 "(BASICLIT imag 2i)"},
	{"'a'",
	 "(BASICLIT rune 'a')"},
	{"'\\n'",
	 "(BASICLIT rune '\\n')"},
	{"\"s\\t\"",
	 "(BASICLIT string \"s\\t\")"},
	{"`raw\nstr`",
	 "(BASICLIT string `raw\nstr`)"},
	{"(x)",
	 "(PAREN (IDENT x))"},
	{"a.b",
	 "(SELECTOR b (IDENT a))"},
	{"a.b.c",
	 "(SELECTOR c (SELECTOR b (IDENT a)))"},
	{"a[1]",
	 "(INDEX (IDENT a) (BASICLIT int 1))"},
	{"a[i:j]",
	 "(SLICE (IDENT a) (IDENT i) (IDENT j))"},
	{"a[:]",
	 "(SLICE (IDENT a) _ _)"},
	{"a[i:]",
	 "(SLICE (IDENT a) (IDENT i) _)"},
	{"a[:j]",
	 "(SLICE (IDENT a) _ (IDENT j))"},
	{"a[i:j:k]",
	 "(SLICE ! (IDENT a) (IDENT i) (IDENT j) (IDENT k))"},
	{"a[:j:k]",
	 "(SLICE ! (IDENT a) _ (IDENT j) (IDENT k))"},
	{"x.(T)",
	 "(TYPEASSERT (IDENT x) (IDENT T))"},
	{"x.(*pkg.T)",
	 "(TYPEASSERT (IDENT x) (STAR (SELECTOR T (IDENT pkg))))"},
	{"f()",
	 "(CALL (IDENT f))"},
	{"f(a, b)",
	 "(CALL (IDENT f) (IDENT a) (IDENT b))"},
	{"f(a, b...)",
	 "(CALL ! (IDENT f) (IDENT a) (IDENT b))"},
	{"f(a,\nb,\n)",
	 "(CALL (IDENT f) (IDENT a) (IDENT b))"},
	{"pkg.F(1)",
	 "(CALL (SELECTOR F (IDENT pkg)) (BASICLIT int 1))"},
	{"-x",
	 "(UNARY - (IDENT x))"},
	{"+x",
	 "(UNARY + (IDENT x))"},
	{"!b",
	 "(UNARY ! (IDENT b))"},
	{"^x",
	 "(UNARY ^ (IDENT x))"},
	{"&x",
	 "(UNARY & (IDENT x))"},
	{"*p",
	 "(STAR (IDENT p))"},
	{"<-ch",
	 "(UNARY <- (IDENT ch))"},
	{"<-<-ch",
	 "(UNARY <- (UNARY <- (IDENT ch)))"},
	{"a + b * c",
	 "(BINARY + (IDENT a) (BINARY * (IDENT b) (IDENT c)))"},
	{"a * b + c",
	 "(BINARY + (BINARY * (IDENT a) (IDENT b)) (IDENT c))"},
	{"a || b && c",
	 "(BINARY || (IDENT a) (BINARY && (IDENT b) (IDENT c)))"},
	{"a == b || c != d",
	 "(BINARY || (BINARY == (IDENT a) (IDENT b)) (BINARY != (IDENT c) (IDENT d)))"},
	{"a < b && c <= d && e > f && g >= h",
	 "(BINARY && (BINARY && (BINARY && (BINARY < (IDENT a) (IDENT b)) (BINARY <= (IDENT c) (IDENT d))) (BINARY > (IDENT e) (IDENT f))) (BINARY >= (IDENT g) (IDENT h)))"},
	{"a &^ b | c ^ d",
	 "(BINARY ^ (BINARY | (BINARY &^ (IDENT a) (IDENT b)) (IDENT c)) (IDENT d))"},
	{"a << 1 >> 2 % 3 / 4",
	 "(BINARY / (BINARY % (BINARY >> (BINARY << (IDENT a) (BASICLIT int 1)) (BASICLIT int 2)) (BASICLIT int 3)) (BASICLIT int 4))"},
	{"-a.b",
	 "(UNARY - (SELECTOR b (IDENT a)))"},
	{"*p.f",
	 "(STAR (SELECTOR f (IDENT p)))"},
	{"&T{1}",
	 "(UNARY & (COMPOSITE (IDENT T) (BASICLIT int 1)))"},
	{"T{}",
	 "(COMPOSITE (IDENT T))"},
	{"atomic.Pointer[T]{}",
	 "(COMPOSITE (INDEX (SELECTOR Pointer (IDENT atomic)) (IDENT T)))"},
	{"T{1, 2}",
	 "(COMPOSITE (IDENT T) (BASICLIT int 1) (BASICLIT int 2))"},
	{"T{a: 1, b: 2,}",
	 "(COMPOSITE (IDENT T) (KEYVALUE (IDENT a) (BASICLIT int 1)) (KEYVALUE (IDENT b) (BASICLIT int 2)))"},
	{"pkg.T{X: 1}",
	 "(COMPOSITE (SELECTOR T (IDENT pkg)) (KEYVALUE (IDENT X) (BASICLIT int 1)))"},
	{"[]int{1, 2, 3}",
	 "(COMPOSITE (ARRAYTYPE (IDENT int)) (BASICLIT int 1) (BASICLIT int 2) (BASICLIT int 3))"},
	{"[3]int{}",
	 "(COMPOSITE (ARRAYTYPE (BASICLIT int 3) (IDENT int)))"},
	{"[...]string{\"a\"}",
	 "(COMPOSITE (ARRAYTYPE (ELLIPSIS) (IDENT string)) (BASICLIT string \"a\"))"},
	{"map[string]int{\"a\": 1}",
	 "(COMPOSITE (MAPTYPE (IDENT string) (IDENT int)) (KEYVALUE (BASICLIT string \"a\") (BASICLIT int 1)))"},
	{"map[[2]int]string{{1, 2}: \"x\"}",
	 "(COMPOSITE (MAPTYPE (ARRAYTYPE (BASICLIT int 2) (IDENT int)) (IDENT string)) (KEYVALUE (COMPOSITE (BASICLIT int 1) (BASICLIT int 2)) (BASICLIT string \"x\")))"},
	{"[][]int{{1}, {2, 3}}",
	 "(COMPOSITE (ARRAYTYPE (ARRAYTYPE (IDENT int))) (COMPOSITE (BASICLIT int 1)) (COMPOSITE (BASICLIT int 2) (BASICLIT int 3)))"},
	{"[]*T{{1}, &T{2}}",
	 "(COMPOSITE (ARRAYTYPE (STAR (IDENT T))) (COMPOSITE (BASICLIT int 1)) (UNARY & (COMPOSITE (IDENT T) (BASICLIT int 2))))"},
	{"struct{ a int }{1}",
	 "(COMPOSITE (STRUCTTYPE (FIELD (IDENT int) (IDENT a))) (BASICLIT int 1))"},
	{"struct{}{}",
	 "(COMPOSITE (STRUCTTYPE))"},
	{"func() {}",
	 "(FUNCLIT (FUNCTYPE) (BLOCK))"},
	{"func(x int) int { return x }",
	 "(FUNCLIT (FUNCTYPE (FIELD (IDENT int) (IDENT x)) | (FIELD (IDENT int))) (BLOCK (RETURN (IDENT x))))"},
	{"func(a, b int, c ...string) (int, error) { return 0, nil }",
	 "(FUNCLIT (FUNCTYPE (FIELD (IDENT int) (IDENT a) (IDENT b)) (FIELD (ELLIPSIS (IDENT string)) (IDENT c)) | (FIELD (IDENT int)) (FIELD (IDENT error))) (BLOCK (RETURN (BASICLIT int 0) (IDENT nil))))"},
	{"func() {}()",
	 "(CALL (FUNCLIT (FUNCTYPE) (BLOCK)))"},
	{"[]byte(\"x\")",
	 "(CALL (ARRAYTYPE (IDENT byte)) (BASICLIT string \"x\"))"},
	{"(*T)(p)",
	 "(CALL (PAREN (STAR (IDENT T))) (IDENT p))"},
	{"(<-chan int)(c)",
	 "(CALL (PAREN (CHANTYPE <-chan (IDENT int))) (IDENT c))"},
	{"(func())(f)",
	 "(CALL (PAREN (FUNCTYPE)) (IDENT f))"},
	{"map[string]int(m)",
	 "(CALL (MAPTYPE (IDENT string) (IDENT int)) (IDENT m))"},
	{"interface{}(x)",
	 "(CALL (INTERFACETYPE) (IDENT x))"},
	{"make([]int, 3)",
	 "(CALL (IDENT make) (ARRAYTYPE (IDENT int)) (BASICLIT int 3))"},
	{"make(chan int, 1)",
	 "(CALL (IDENT make) (CHANTYPE chan (IDENT int)) (BASICLIT int 1))"},
	{"make(chan<- int)",
	 "(CALL (IDENT make) (CHANTYPE chan<- (IDENT int)))"},
	{"make(<-chan int)",
	 "(CALL (IDENT make) (CHANTYPE <-chan (IDENT int)))"},
	{"make(chan (<-chan int))",
	 "(CALL (IDENT make) (CHANTYPE chan (CHANTYPE <-chan (IDENT int))))"},
	{"new(struct{ x int })",
	 "(CALL (IDENT new) (STRUCTTYPE (FIELD (IDENT int) (IDENT x))))"},
	{"chan int(nil)",
	 "(CALL (CHANTYPE chan (IDENT int)) (IDENT nil))"},
	{"f(func() {}, 1)",
	 "(CALL (IDENT f) (FUNCLIT (FUNCTYPE) (BLOCK)) (BASICLIT int 1))"},
	{"T.Method",
	 "(SELECTOR Method (IDENT T))"},
	{"(*T).Method",
	 "(SELECTOR Method (PAREN (STAR (IDENT T))))"},
	{"x.y.z[1](2)",
	 "(CALL (INDEX (SELECTOR z (SELECTOR y (IDENT x))) (BASICLIT int 1)) (BASICLIT int 2))"},
	{"a[b{1}]",
	 "(INDEX (IDENT a) (COMPOSITE (IDENT b) (BASICLIT int 1)))"},
	{NULL, NULL},
};

/* types in "type T X" */
static const struct Case type_cases[] = {
	{"int",
	 "(IDENT int)"},
	{"pkg.T",
	 "(SELECTOR T (IDENT pkg))"},
	/* atomic.Pointer[T], the one generic type (compiler/check_generic.c) */
	{"atomic.Pointer[Node]",
	 "(INDEX (SELECTOR Pointer (IDENT atomic)) (IDENT Node))"},
	{"*atomic.Pointer[[]*T]",
	 "(STAR (INDEX (SELECTOR Pointer (IDENT atomic)) (ARRAYTYPE (STAR (IDENT T)))))"},
	{"*T",
	 "(STAR (IDENT T))"},
	{"**T",
	 "(STAR (STAR (IDENT T)))"},
	{"[]T",
	 "(ARRAYTYPE (IDENT T))"},
	{"[4]T",
	 "(ARRAYTYPE (BASICLIT int 4) (IDENT T))"},
	{"[N+1]T",
	 "(ARRAYTYPE (BINARY + (IDENT N) (BASICLIT int 1)) (IDENT T))"},
	{"map[K]V",
	 "(MAPTYPE (IDENT K) (IDENT V))"},
	{"map[string][]int",
	 "(MAPTYPE (IDENT string) (ARRAYTYPE (IDENT int)))"},
	{"chan T",
	 "(CHANTYPE chan (IDENT T))"},
	{"chan<- T",
	 "(CHANTYPE chan<- (IDENT T))"},
	{"<-chan T",
	 "(CHANTYPE <-chan (IDENT T))"},
	{"chan<- chan int",
	 "(CHANTYPE chan<- (CHANTYPE chan (IDENT int)))"},
	{"chan<- <-chan int",
	 "(CHANTYPE chan<- (CHANTYPE <-chan (IDENT int)))"},
	{"<-chan <-chan int",
	 "(CHANTYPE <-chan (CHANTYPE <-chan (IDENT int)))"},
	{"chan (<-chan int)",
	 "(CHANTYPE chan (CHANTYPE <-chan (IDENT int)))"},
	{"chan <-chan int",
	 "(CHANTYPE chan<- (CHANTYPE chan (IDENT int)))"},
	{"func()",
	 "(FUNCTYPE)"},
	{"func(int) string",
	 "(FUNCTYPE (FIELD (IDENT int)) | (FIELD (IDENT string)))"},
	{"func(a, b int) (c int, err error)",
	 "(FUNCTYPE (FIELD (IDENT int) (IDENT a) (IDENT b)) | (FIELD (IDENT int) (IDENT c)) (FIELD (IDENT error) (IDENT err)))"},
	{"func(...int)",
	 "(FUNCTYPE (FIELD (ELLIPSIS (IDENT int))))"},
	{"func(x int, ys ...string) func() error",
	 "(FUNCTYPE (FIELD (IDENT int) (IDENT x)) (FIELD (ELLIPSIS (IDENT string)) (IDENT ys)) | (FIELD (FUNCTYPE | (FIELD (IDENT error)))))"},
	{"struct{}",
	 "(STRUCTTYPE)"},
	{"struct { a, b int; c string }",
	 "(STRUCTTYPE (FIELD (IDENT int) (IDENT a) (IDENT b)) (FIELD (IDENT string) (IDENT c)))"},
	{"struct { T; *U; pkg.V; w int }",
	 "(STRUCTTYPE (FIELD (IDENT T)) (FIELD (STAR (IDENT U))) (FIELD (SELECTOR V (IDENT pkg))) (FIELD (IDENT int) (IDENT w)))"},
	{"struct { a int `json:\"a\"` }",
	 "(STRUCTTYPE (FIELD `json:\"a\"` (IDENT int) (IDENT a)))"},
	{"interface{}",
	 "(INTERFACETYPE)"},
	{"interface { M(); N(x int) bool }",
	 "(INTERFACETYPE (FIELD (FUNCTYPE) (IDENT M)) (FIELD (FUNCTYPE (FIELD (IDENT int) (IDENT x)) | (FIELD (IDENT bool))) (IDENT N)))"},
	{"interface { io.Reader; Close() error }",
	 "(INTERFACETYPE (FIELD (SELECTOR Reader (IDENT io))) (FIELD (FUNCTYPE | (FIELD (IDENT error))) (IDENT Close)))"},
	{"(int)",
	 "(IDENT int)"},
	{"[]func(int) bool",
	 "(ARRAYTYPE (FUNCTYPE (FIELD (IDENT int)) | (FIELD (IDENT bool))))"},
	{"map[string]struct{}",
	 "(MAPTYPE (IDENT string) (STRUCTTYPE))"},
	{"= int",
	 "(IDENT int)"},
	{NULL, NULL},
};

/* statements in a function body */
static const struct Case stmt_cases[] = {
	{"x := 1",
	 "(ASSIGN := (IDENT x) | (BASICLIT int 1))"},
	{"a, b := 1, 2",
	 "(ASSIGN := (IDENT a) (IDENT b) | (BASICLIT int 1) (BASICLIT int 2))"},
	{"x = 1",
	 "(ASSIGN = (IDENT x) | (BASICLIT int 1))"},
	{"a, b = b, a",
	 "(ASSIGN = (IDENT a) (IDENT b) | (IDENT b) (IDENT a))"},
	{"x += 1",
	 "(ASSIGN + (IDENT x) | (BASICLIT int 1))"},
	{"x <<= 2",
	 "(ASSIGN << (IDENT x) | (BASICLIT int 2))"},
	{"x &^= y",
	 "(ASSIGN &^ (IDENT x) | (IDENT y))"},
	{"x++",
	 "(INCDEC ++ (IDENT x))"},
	{"y--",
	 "(INCDEC -- (IDENT y))"},
	{"ch <- v",
	 "(SEND (IDENT ch) (IDENT v))"},
	{"f()",
	 "(EXPRSTMT (CALL (IDENT f)))"},
	{"<-ch",
	 "(EXPRSTMT (UNARY <- (IDENT ch)))"},
	{"var x int",
	 "(DECLSTMT (GENDECL var (VALUESPEC (IDENT int) (IDENT x))))"},
	{"var x, y = 1, 2",
	 "(DECLSTMT (GENDECL var (VALUESPEC (IDENT x) (IDENT y) | (BASICLIT int 1) (BASICLIT int 2))))"},
	{"var (\n\ta int\n\tb = 2\n)",
	 "(DECLSTMT (GENDECL var ! (VALUESPEC (IDENT int) (IDENT a)) (VALUESPEC (IDENT b) | (BASICLIT int 2))))"},
	{"const c = 1",
	 "(DECLSTMT (GENDECL const (VALUESPEC (IDENT c) | (BASICLIT int 1))))"},
	{"const (\n\ta = iota\n\tb\n\t_\n\tc\n)",
	 "(DECLSTMT (GENDECL const ! (VALUESPEC (IDENT a) | (IDENT iota)) (VALUESPEC (IDENT b)) (VALUESPEC (IDENT _)) (VALUESPEC (IDENT c))))"},
	{"type T int",
	 "(DECLSTMT (GENDECL type (TYPESPEC T (IDENT int))))"},
	{"type (\n\tA = B\n\tC []int\n)",
	 "(DECLSTMT (GENDECL type ! (TYPESPEC A ! (IDENT B)) (TYPESPEC C (ARRAYTYPE (IDENT int)))))"},
	{"go f(x)",
	 "(GO (CALL (IDENT f) (IDENT x)))"},
	{"defer f()",
	 "(DEFER (CALL (IDENT f)))"},
	{"defer func() { recover() }()",
	 "(DEFER (CALL (FUNCLIT (FUNCTYPE) (BLOCK (EXPRSTMT (CALL (IDENT recover)))))))"},
	{"return",
	 "(RETURN)"},
	{"return 1",
	 "(RETURN (BASICLIT int 1))"},
	{"return a, b",
	 "(RETURN (IDENT a) (IDENT b))"},
	{"L:\n\tfor {\n\t\tbreak L\n\t}",
	 "(LABELED L (FOR (BLOCK (BRANCH break L))))"},
	{"for {\n\tcontinue\n}",
	 "(FOR (BLOCK (BRANCH continue)))"},
	{"goto L\nL:",
	 "(BRANCH goto L) (LABELED L (EMPTY))"},
	{"L: x++",
	 "(LABELED L (INCDEC ++ (IDENT x)))"},
	{"{\n\tx := 1\n\t_ = x\n}",
	 "(BLOCK (ASSIGN := (IDENT x) | (BASICLIT int 1)) (ASSIGN = (IDENT _) | (IDENT x)))"},
	{";;",
	 ""},
	{"if x {\n}",
	 "(IF (IDENT x) (BLOCK))"},
	{"if x := f(); x > 0 {\n} else if y {\n} else {\n}",
	 "(IF (ASSIGN := (IDENT x) | (CALL (IDENT f))) (BINARY > (IDENT x) (BASICLIT int 0)) (BLOCK) (IF (IDENT y) (BLOCK) (BLOCK)))"},
	{"if ; x {\n}",
	 "(IF (IDENT x) (BLOCK))"},
	{"if v, ok := m[k]; ok {\n}",
	 "(IF (ASSIGN := (IDENT v) (IDENT ok) | (INDEX (IDENT m) (IDENT k))) (IDENT ok) (BLOCK))"},
	{"if x == (T{}) {\n}",
	 "(IF (BINARY == (IDENT x) (PAREN (COMPOSITE (IDENT T)))) (BLOCK))"},
	{"if f(T{}) {\n}",
	 "(IF (CALL (IDENT f) (COMPOSITE (IDENT T))) (BLOCK))"},
	{"if []int{1}[0] == 1 {\n}",
	 "(IF (BINARY == (INDEX (COMPOSITE (ARRAYTYPE (IDENT int)) (BASICLIT int 1)) (BASICLIT int 0)) (BASICLIT int 1)) (BLOCK))"},
	{"if func() bool { return true }() {\n}",
	 "(IF (CALL (FUNCLIT (FUNCTYPE | (FIELD (IDENT bool))) (BLOCK (RETURN (IDENT true))))) (BLOCK))"},
	{"if x.(T).y {\n}",
	 "(IF (SELECTOR y (TYPEASSERT (IDENT x) (IDENT T))) (BLOCK))"},
	{"switch {\n}",
	 "(SWITCH (BLOCK))"},
	{"switch x {\ncase 1, 2:\n\tf()\n\tfallthrough\ncase 3:\ndefault:\n}",
	 "(SWITCH (IDENT x) (BLOCK (CASECLAUSE (BASICLIT int 1) (BASICLIT int 2) | (EXPRSTMT (CALL (IDENT f))) (BRANCH fallthrough)) (CASECLAUSE (BASICLIT int 3)) (CASECLAUSE !)))"},
	{"switch x := f(); x {\n}",
	 "(SWITCH (ASSIGN := (IDENT x) | (CALL (IDENT f))) (IDENT x) (BLOCK))"},
	{"switch f(); {\n}",
	 "(SWITCH (EXPRSTMT (CALL (IDENT f))) (BLOCK))"},
	{"switch x := y.(type) {\ncase int, *T:\ncase nil:\ndefault:\n}",
	 "(TYPESWITCH (ASSIGN := (IDENT x) | (TYPEASSERT (IDENT y))) (BLOCK (CASECLAUSE (IDENT int) (STAR (IDENT T))) (CASECLAUSE (IDENT nil)) (CASECLAUSE !)))"},
	{"switch y.(type) {\ncase []int, map[string]int, chan int, func():\n}",
	 "(TYPESWITCH (EXPRSTMT (TYPEASSERT (IDENT y))) (BLOCK (CASECLAUSE (ARRAYTYPE (IDENT int)) (MAPTYPE (IDENT string) (IDENT int)) (CHANTYPE chan (IDENT int)) (FUNCTYPE))))"},
	{"switch x := 1; y := x.(type) {\n}",
	 "(TYPESWITCH (ASSIGN := (IDENT x) | (BASICLIT int 1)) (ASSIGN := (IDENT y) | (TYPEASSERT (IDENT x))) (BLOCK))"},
	{"select {\ncase v := <-ch:\n\t_ = v\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}",
	 "(SELECT (BLOCK (COMMCLAUSE (ASSIGN := (IDENT v) | (UNARY <- (IDENT ch))) | (ASSIGN = (IDENT _) | (IDENT v))) (COMMCLAUSE (ASSIGN := (IDENT v) (IDENT ok) | (UNARY <- (IDENT ch)))) (COMMCLAUSE (SEND (IDENT ch) (BASICLIT int 1))) (COMMCLAUSE (EXPRSTMT (UNARY <- (IDENT done)))) (COMMCLAUSE !)))"},
	{"select {}",
	 "(SELECT (BLOCK))"},
	{"for i := 0; i < 10; i++ {\n}",
	 "(FOR (ASSIGN := (IDENT i) | (BASICLIT int 0)) (BINARY < (IDENT i) (BASICLIT int 10)) (INCDEC ++ (IDENT i)) (BLOCK))"},
	{"for ; ; {\n}",
	 "(FOR (BLOCK))"},
	{"for x < 3 {\n}",
	 "(FOR (BINARY < (IDENT x) (BASICLIT int 3)) (BLOCK))"},
	{"for i := range 10 {\n}",
	 "(RANGE := (IDENT i) (BASICLIT int 10) (BLOCK))"},
	{"for range ch {\n}",
	 "(RANGE (IDENT ch) (BLOCK))"},
	{"for k, v := range m {\n}",
	 "(RANGE := (IDENT k) (IDENT v) (IDENT m) (BLOCK))"},
	{"for k = range m {\n}",
	 "(RANGE = (IDENT k) (IDENT m) (BLOCK))"},
	{"for _, x := range []int{1, 2} {\n}",
	 "(RANGE := (IDENT _) (IDENT x) (COMPOSITE (ARRAYTYPE (IDENT int)) (BASICLIT int 1) (BASICLIT int 2)) (BLOCK))"},
	{"for x := range struct{ a []int }{}.a {\n}",
	 "(RANGE := (IDENT x) (SELECTOR a (COMPOSITE (STRUCTTYPE (FIELD (ARRAYTYPE (IDENT int)) (IDENT a))))) (BLOCK))"},
	{"for i := 0; i < len(T{}.a); i++ {\n}",
	 "(FOR (ASSIGN := (IDENT i) | (BASICLIT int 0)) (BINARY < (IDENT i) (CALL (IDENT len) (SELECTOR a (COMPOSITE (IDENT T))))) (INCDEC ++ (IDENT i)) (BLOCK))"},
	{"x, y := <-ch",
	 "(ASSIGN := (IDENT x) (IDENT y) | (UNARY <- (IDENT ch)))"},
	{"a[i], b.c = 1, 2",
	 "(ASSIGN = (INDEX (IDENT a) (IDENT i)) (SELECTOR c (IDENT b)) | (BASICLIT int 1) (BASICLIT int 2))"},
	{"*p = 3",
	 "(ASSIGN = (STAR (IDENT p)) | (BASICLIT int 3))"},
	{"f := func() {}\nf()",
	 "(ASSIGN := (IDENT f) | (FUNCLIT (FUNCTYPE) (BLOCK))) (EXPRSTMT (CALL (IDENT f)))"},
	{NULL, NULL},
};

/* whole files: package clause, imports, declarations, snippets */
static const struct Case file_cases[] = {
	{"package p\n",
	 "(FILE p)"},
	{"package p\nimport \"fmt\"\n",
	 "(FILE p (GENDECL import (IMPORTSPEC \"fmt\")))"},
	{"package p\nimport (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)\n",
	 "(FILE p (GENDECL import ! (IMPORTSPEC \"fmt\") (IMPORTSPEC f \"fmt\") (IMPORTSPEC . \"math\") (IMPORTSPEC _ \"os\")))"},
	{"package p\nfunc f()\nfunc (r *T) m(x int) {}\nfunc (T) n() {}\n",
	 "(FILE p | (FUNCDECL f (FUNCTYPE)) (FUNCDECL m (FIELD (STAR (IDENT T)) (IDENT r)) (FUNCTYPE (FIELD (IDENT int) (IDENT x))) (BLOCK)) (FUNCDECL n (FIELD (IDENT T)) (FUNCTYPE) (BLOCK)))"},
	{"package p\nvar x = 1; const y = 2; type z int\n",
	 "(FILE p | (GENDECL var (VALUESPEC (IDENT x) | (BASICLIT int 1))) (GENDECL const (VALUESPEC (IDENT y) | (BASICLIT int 2))) (GENDECL type (TYPESPEC z (IDENT int))))"},
	{"x := 1\nfmt.Println(x)\n",
	 "(FILE | (ASSIGN := (IDENT x) | (BASICLIT int 1)) (EXPRSTMT (CALL (SELECTOR Println (IDENT fmt)) (IDENT x))))"},
	{"import \"fmt\"\nfunc worker() {}\ngo worker()\nfmt.Println(1)\n",
	 "(FILE (GENDECL import (IMPORTSPEC \"fmt\")) | (FUNCDECL worker (FUNCTYPE) (BLOCK)) (GO (CALL (IDENT worker))) (EXPRSTMT (CALL (SELECTOR Println (IDENT fmt)) (BASICLIT int 1))))"},
	{"package p\n/* multi\nline */ var x = 1 /* a\n*/\nvar y = 2\n",
	 "(FILE p | (GENDECL var (VALUESPEC (IDENT x) | (BASICLIT int 1))) (GENDECL var (VALUESPEC (IDENT y) | (BASICLIT int 2))))"},
	{"﻿package p\n",
	 "(FILE p)"},
	{NULL, NULL},
};

/* first message for a broken file (position line:col, gc's words) */
static const struct Case error_cases[] = {
	{"package p\nfunc f() {\n\tx := }\n",
	 "3:7: syntax error: unexpected }, expected expression"},
	{"package p\nfunc f() {\n\tf(1\n}\n",
	 "3:5: syntax error: unexpected newline in argument list; possibly missing comma or )"},
	{"package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n",
	 "3:6: syntax error: unexpected newline, expected { after if clause"},
	{"package p\nfunc f()\n{\n}\n",
	 "3:1: syntax error: unexpected semicolon or newline before {"},
	{"package p\nx := 1\n",
	 "2:1: syntax error: non-declaration statement outside function body"},
	{"package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n",
	 "4:9: syntax error: else must be followed by if or statement block"},
	{"package p\nvar x = []int{1,\n\t2\n}\n",
	 "3:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
	{"package p\nfunc f(a int b int) {}\n",
	 "2:14: syntax error: unexpected name b in parameter list; possibly missing comma or )"},
	{"package p\ntype T struct {\n\ta int b int\n}\n",
	 "3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"},
	{"package p\nfunc f() {\n\tfor {\n",
	 "4:1: syntax error: unexpected EOF, expected }"},
	{"package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
	 "3:7: syntax error: cannot use x := 1 as value"},
	{"package p\nfunc f() {\n\tif {\n\t}\n}\n",
	 "3:5: syntax error: missing condition in if statement"},
	{"package p\nfunc f() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
	 "3:23: syntax error: cannot declare in post statement of for loop"},
	{"package p\nfunc f() {\n\tgo f\n}\n",
	 "3:5: expression in go must be function call"},
	{"package p\nfunc f() {\n\t_ = s[1:2:]\n}\n",
	 "3:12: final index required in 3-index slice"},
	{"package p\nfunc f() {\n\t_ = s[::2]\n}\n",
	 "3:9: middle index required in 3-index slice"},
	{"package p\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
	 "4:8: syntax error: unexpected newline, expected :"},
	{"package p\nvar x int y int\n",
	 "2:11: syntax error: unexpected name y after top level declaration"},
	{"package p\nfunc f() {}\nimport \"fmt\"\n",
	 "3:1: syntax error: imports must appear before other declarations"},
	{"package p\nfunc f() {\n\tvar func int\n}\n",
	 "3:6: syntax error: unexpected keyword func, expected name"},
	{"package p\nfunc f(a, b int, c) {}\n",
	 "2:19: syntax error: missing parameter type"},
	{"package p\nfunc f(a int, []string) {}\n",
	 "2:15: syntax error: missing parameter name"},
	{"package p\nfunc f(a int, string) {}\n",
	 "2:21: syntax error: missing parameter type"},
	{"package p\nfunc f[T any]() {}\n",
	 "2:7: syntax error: unexpected [, expected ("},
	{"package p\nfunc f() {\n\tx := 1 @ 2\n}\n",
	 "3:9: invalid character U+0040 '@'"},
	{"package p\nvar s = \"a\\qb\"\n",
	 "2:12: unknown escape"},
	{"package p\nvar x = 08\n",
	 "2:10: invalid digit '8' in octal literal"},
	{"package p\nfunc f() {\n\tswitch x := 5 {\n\t}\n}\n",
	 "3:11: syntax error: cannot use x := 5 as value"},
	{"package p\nfunc f() {\n\tif x = 2 {\n\t}\n}\n",
	 "3:7: syntax error: cannot use assignment x = 2 as value"},
	{"package p\nfunc f() {\n\tfor {\n\t}\n\telse {\n\t}\n}\n",
	 "5:2: syntax error: unexpected keyword else, expected }"},
	{"package p\nvar m map[string int\n",
	 "2:18: syntax error: unexpected name int, expected ]"},
	{"package p\nfunc f() {\n\tdefer (f())\n}\n",
	 "3:8: expression in defer must not be parenthesized"},
	{"package p\nfunc f() {\n\tx := ~1\n}\n",
	 "3:7: cannot use ~ outside of interface or type constraint"},
	{"package p\ntype T int\n(t T) M() {}\n",
	 "3:1: syntax error: non-declaration statement outside function body"},
	{"package p\ntype T struct {\n\tname: string\n}\n",
	 "3:6: syntax error: unexpected :, expected type"},
	{"package p\nfunc f() {\n\tfor i := 0, i < 3, i++ {\n\t}\n}\n",
	 "3:22: syntax error: unexpected ++, expected {"},
	{"package p\nfunc f() {\n\tfor i := 0; i < 3; i++ x {\n\t}\n}\n",
	 "3:25: syntax error: unexpected name x, expected { after for clause"},
	{"package p\nfunc f() {\n\tswitch x; y z {\n\t}\n}\n",
	 "3:14: syntax error: missing { after switch clause"},
	{"package p\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
	 "3:10: syntax error: var declaration not allowed in for initializer"},
	{"package p\nfunc f(a ...int, b int) {}\n",
	 "2:10: can only use ... with final parameter in list"},
	{"package p\nfunc f() {\n\tdefer mu.Unlock\n}\n",
	 "3:10: expression in defer must be function call"},
	{"package p\nfunc f() {\n\tdefer wg.Done() / x\n}\n",
	 "3:18: syntax error: unexpected / at end of statement"},
	{"package p\nfunc f() {\n\tfor i := 0;  < 5; i++ {\n\t}\n}\n",
	 "3:15: syntax error: unexpected <, expected expression"},
	{"package p\nfunc f() {\n\tfor := 1; j < 9; j++ {\n\t}\n}\n",
	 "3:6: syntax error: unexpected :=, expected expression"},
	{"package p\nfunc f() {}\n} (\n",
	 "3:1: syntax error: non-declaration statement outside function body"},
	{"package p\nfunc f() {\n} :=\n",
	 "3:3: syntax error: unexpected := after top level declaration"},
	{"package main,\n",
	 "1:13: syntax error: unexpected comma, expected semicolon or newline"},
	{"package p\nfunc ,\n",
	 "2:6: syntax error: unexpected comma, expected name or ("},
	{"package p\nvar c = make(chan, 1)\n",
	 "2:18: syntax error: missing channel element type"},
	{"package p\nfunc (id int) {\n}\n",
	 "2:15: syntax error: unexpected {, expected name"},
	{"package p\nfunc f() {\n\tfmt ::.Println()\n}\n",
	 "3:6: syntax error: missing statement after label"},
	{"package p\nfunc main( ...) {}\n",
	 "2:15: syntax error: ... is missing type"},
	{"package p\nvar (\n\tx int\n1\n)\n",
	 "4:1: syntax error: unexpected literal 1, expected name"},
	{"package p\nfunc f() {\n\tgo (200, &wg)\n}\n",
	 "3:5: expression in go must not be parenthesized"},
	{"package p\nfunc f() {\n\tgo func() \"s\" {}\n}\n",
	 "3:9: expression in go must be function call"},
	{"package p\nfunc f() {\n\tfor j := 1; j < 'a' = 9; j++ {\n\t}\n}\n",
	 "3:22: syntax error: cannot use assignment (j < 'a') = 9 as value"},
	{"package p\nfunc f() {\n\tif r == nil\n\t\treturn\n}\n",
	 "4:3: syntax error: unexpected keyword return, expected expression"},
	{NULL, NULL},
};

static void test_expressions(void **state) { run_cases(expr_tree, expr_cases); }
static void test_types(void **state) { run_cases(type_tree, type_cases); }
static void test_statements(void **state) { run_cases(stmt_tree, stmt_cases); }
static void test_files(void **state) { run_cases(file_tree, file_cases); }
static void test_errors(void **state) { run_cases(first_error, error_cases); }

/* After an error the parser resumes at the next declaration: one message
 * per broken declaration, the good ones kept. */
static void test_recovery(void **state)
{
	Node *f = parse("package p\nfunc a() { x := }\nfunc b() { y := ) }\nfunc c() {}\n");
	assert_int_equal(diag_errors, 2);
	assert_non_null(strstr(errs, "t.go:2:17: syntax error: unexpected }, expected expression"));
	assert_non_null(strstr(errs, "t.go:3:17: syntax error: unexpected ), expected expression"));
	assert_int_equal(f->list2.n, 1);
	assert_string_equal(((Node *)f->list2.v[0])->name, "c");
}

/* Positions follow gc's conventions (ast.h). */
static void test_positions(void **state)
{
	Node *f = parse("package p\nfunc f() {\n\tx := a.b(c)[1] + T{2}\n}\n");
	assert_int_equal(diag_errors, 0);
	Node *as = ((Node *)f->list2.v[0])->body->list.v[0];
	assert_int_equal(as->kind, N_ASSIGN);
	assert_int_equal(as->pos.line, 3);
	assert_int_equal(as->pos.col, 2);
	assert_int_equal(as->pos2.col, 4); /* the := */
	Node *bin = as->list2.v[0];
	assert_int_equal(bin->pos.col, 17); /* the + */
	Node *idx = bin->x;
	assert_int_equal(idx->kind, N_INDEX);
	assert_int_equal(idx->pos.col, 13); /* the [ */
	Node *call = idx->x;
	assert_int_equal(call->pos.col, 10); /* the ( */
	assert_int_equal(call->x->pos.col, 8); /* the . */
	assert_int_equal(ast_start_pos(bin).col, 7);
	Node *lit = bin->y;
	assert_int_equal(lit->kind, N_COMPOSITE);
	assert_int_equal(lit->pos.col, 20); /* the { */
}

static void test_dump(void **state)
{
	Node *f = parse("package main\nfunc main() { println(1) }\n");
	char *out;
	size_t len;
	FILE *m = open_memstream(&out, &len);
	ast_dump(m, f);
	fclose(m);
	assert_string_equal(out,
		"FILE main @1:1\n"
		"  list2:\n"
		"    FUNCDECL main @2:1\n"
		"      y: FUNCTYPE @2:1\n"
		"      body: BLOCK @2:13\n"
		"        list:\n"
		"          EXPRSTMT @2:15\n"
		"            x: CALL @2:22\n"
		"              x: IDENT println @2:15\n"
		"              list:\n"
		"                BASICLIT int 1 @2:23\n");
	free(out);
}

/* Inputs that once crashed or hung the parser (kept by scripts/fuzz.sh). */
static void test_fuzz_regressions(void **state)
{
	const char *dir = "tests/fuzz-regressions";
	DIR *d = opendir(dir);
	if (!d)
		skip();
	struct dirent *e;
	int n = 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t len;
		char *src = read_file(xprintf("%s/%s", dir, e->d_name), &len);
		if (!src)
			continue;
		FILE *f = open_memstream(&errs, &errs_len);
		diag_out = f;
		diag_max_errors = 0;
		int file = diag_add_file(e->d_name, src, len);
		assert_non_null(ps_parse_file(file));
		fclose(f);
		diag_out = stderr;
		n++;
	}
	closedir(d);
	print_message("  %d fuzz regression inputs parsed\n", n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_expressions),
		cmocka_unit_test(test_types),
		cmocka_unit_test(test_statements),
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_recovery),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_dump),
		cmocka_unit_test(test_fuzz_regressions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
