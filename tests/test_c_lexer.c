/*
 * test_c_lexer.c — the lexer (lexer.re): every token kind, every literal
 * form, Go's semicolon insertion, positions (columns in bytes, as gc), and
 * the lexical errors with gc's words.  Tokens are written as text: a kind
 * name, then the literal in parentheses where it has one; ";" shows the
 * automatic ones as ";nl" and ";eof".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ast.h"
#include "parser.h"

static const char *kind_name(int k)
{
	switch (k) {
	case 0: return "EOF";
	case TK_IDENT: return "IDENT";
	case TK_INT: return "INT";
	case TK_FLOAT: return "FLOAT";
	case TK_IMAG: return "IMAG";
	case TK_RUNE: return "RUNE";
	case TK_STRING: return "STRING";
	case TK_ASSIGNOP: return "ASSIGNOP";
	case TK_SEMI: return ";";
	}
	return NULL; /* keywords and operators print their text */
}

static char *errs;
static size_t errs_len;

/* All tokens of src as one string. */
static const char *lex(const char *src, size_t len)
{
	FILE *f = open_memstream(&errs, &errs_len);
	diag_out = f;
	diag_caret = false;
	diag_max_errors = 0;
	diag_errors = 0;
	char *copy = xalloc(len + 1);
	memcpy(copy, src, len);
	int file = diag_add_file("t.go", copy, len);
	Lexer lx;
	lx_init(&lx, file);
	Buf b = {0};
	Token t;
	for (int n = 0; n < 10000; n++) {
		int k = lx_next(&lx, &t);
		if (b.len)
			buf_putc(&b, ' ');
		const char *name = kind_name(k);
		if (k == TK_SEMI)
			buf_puts(&b, strcmp(t.lit, "newline") == 0 ? ";nl" : strcmp(t.lit, "EOF") == 0 ? ";eof" : ";");
		else if (k == TK_ASSIGNOP)
			buf_printf(&b, "%s", t.lit);
		else if (name && k != 0)
			buf_printf(&b, "%s(%s)", name, t.lit);
		else if (name)
			buf_puts(&b, name);
		else
			buf_puts(&b, t.lit);
		if (k == 0)
			break;
	}
	fclose(f);
	diag_out = stderr;
	return b.s;
}

static const char *lex0(const char *src) { return lex(src, strlen(src)); }

struct Case {
	const char *src, *want;
};

static void run(const struct Case *cs)
{
	int bad = 0;
	for (const struct Case *c = cs; c->src; c++) {
		const char *got = lex0(c->src);
		if (strcmp(got, c->want) != 0) {
			print_error("  %s\n    got:  %s\n    want: %s\n", c->src, got, c->want);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_keywords(void **state)
{
	static const struct Case cs[] = {
		{"break case chan const continue default defer else fallthrough for func go goto if import",
		 "break case chan const continue default defer else fallthrough for func go goto if import EOF"},
		{"interface map package range return select struct switch type var",
		 "interface map package range return select struct switch type var EOF"},
		{"x _y αβ日本 breakx x1 _", "IDENT(x) IDENT(_y) IDENT(αβ日本) IDENT(breakx) IDENT(x1) IDENT(_) ;eof EOF"},
		{NULL, NULL},
	};
	run(cs);
}

static void test_operators(void **state)
{
	static const struct Case cs[] = {
		{"+ - * / % & | ^ << >> &^", "+ - * / % & | ^ << >> &^ EOF"},
		{"+= -= *= /= %= &= |= ^= <<= >>= &^=", "+= -= *= /= %= &= |= ^= <<= >>= &^= EOF"},
		{"&& || <- == != < <= > >= ! ~ = := ...", "&& || <- == != < <= > >= ! ~ = := ... EOF"},
		{"( [ { , . : ;", "( [ { , . : ; EOF"},
		{"x++ y--", "IDENT(x) ++ IDENT(y) -- ;eof EOF"},
		{"a<-b", "IDENT(a) <- IDENT(b) ;eof EOF"},
		{"a&^=b&&c", "IDENT(a) &^= IDENT(b) && IDENT(c) ;eof EOF"},
		{NULL, NULL},
	};
	run(cs);
}

static void test_numbers(void **state)
{
	static const struct Case cs[] = {
		{"0 42 1_000 0x1F 0XaB_cd 0o17 0O7 017 0b101 0B1_0",
		 "INT(0) INT(42) INT(1_000) INT(0x1F) INT(0XaB_cd) INT(0o17) INT(0O7) INT(017) INT(0b101) INT(0B1_0) ;eof EOF"},
		{"1.5 1. .5 1e3 1E-3 1.5e+3 0x1p-2 0x1.8p3 0X.8P0 1_0.2_5 09.5",
		 "FLOAT(1.5) FLOAT(1.) FLOAT(.5) FLOAT(1e3) FLOAT(1E-3) FLOAT(1.5e+3) FLOAT(0x1p-2) FLOAT(0x1.8p3) FLOAT(0X.8P0) FLOAT(1_0.2_5) FLOAT(09.5) ;eof EOF"},
		{"2i 1.5i 0x1p2i 0i 0o7i", "IMAG(2i) IMAG(1.5i) IMAG(0x1p2i) IMAG(0i) IMAG(0o7i) ;eof EOF"},
		{"x.y 1..2", "IDENT(x) . IDENT(y) FLOAT(1.) FLOAT(.2) ;eof EOF"},
		{NULL, NULL},
	};
	run(cs);
}

static void test_strings_runes(void **state)
{
	static const struct Case cs[] = {
		{"'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é' '\\\\'",
		 "RUNE('a') RUNE('\\n') RUNE('\\'') RUNE('\\x41') RUNE('\\101') RUNE('\\u00e9') RUNE('\\U0001F600') RUNE('é') RUNE('\\\\') ;eof EOF"},
		{"\"\" \"a\\tb\" \"\\\"q\\\"\" \"日本\" \"\\a\\b\\f\\n\\r\\t\\v\\\\\"",
		 "STRING(\"\") STRING(\"a\\tb\") STRING(\"\\\"q\\\"\") STRING(\"日本\") STRING(\"\\a\\b\\f\\n\\r\\t\\v\\\\\") ;eof EOF"},
		{"`raw\\n` `two\nlines`", "STRING(`raw\\n`) STRING(`two\nlines`) ;eof EOF"},
		{NULL, NULL},
	};
	run(cs);
}

/* Go's rule: a newline (or EOF) after an identifier, literal, one of
 * break continue fallthrough return, ++ --, ) ] } is a semicolon. */
static void test_semicolons(void **state)
{
	static const struct Case cs[] = {
		{"x\n", "IDENT(x) ;nl EOF"},
		{"1\n2.0\n3i\n'c'\n\"s\"\n`r`\n", "INT(1) ;nl FLOAT(2.0) ;nl IMAG(3i) ;nl RUNE('c') ;nl STRING(\"s\") ;nl STRING(`r`) ;nl EOF"},
		{"break\ncontinue\nfallthrough\nreturn\n", "break ;nl continue ;nl fallthrough ;nl return ;nl EOF"},
		{"x++\ny--\n)\n]\n}\n", "IDENT(x) ++ ;nl IDENT(y) -- ;nl ) ;nl ] ;nl } ;nl EOF"},
		{"x +\ny", "IDENT(x) + IDENT(y) ;eof EOF"},
		{"f(a,\nb)", "IDENT(f) ( IDENT(a) , IDENT(b) ) ;eof EOF"},
		{"go\nfunc\nif\n{\n(\n[\n", "go func if { ( [ EOF"},
		{"x // comment\ny", "IDENT(x) ;nl IDENT(y) ;eof EOF"},
		{"x /* c */ y", "IDENT(x) IDENT(y) ;eof EOF"},
		{"x /* multi\nline */ y", "IDENT(x) ;nl IDENT(y) ;eof EOF"},
		{"+ /* multi\nline */ y", "+ IDENT(y) ;eof EOF"},
		{"x\n\n\ny", "IDENT(x) ;nl IDENT(y) ;eof EOF"},
		{"x;y;", "IDENT(x) ; IDENT(y) ; EOF"},
		{"x \r\n", "IDENT(x) ;nl EOF"},
		{"", "EOF"},
		{NULL, NULL},
	};
	run(cs);
}

static void test_positions(void **state)
{
	const char *src = "package main\n\nfunc f() {\n\ts := \"日本\" + x\n}";
	int file = diag_add_file("p.go", src, strlen(src));
	Lexer lx;
	lx_init(&lx, file);
	Token t;
	struct { int kind, line, col; } want[] = {
		{TK_PACKAGE, 1, 1}, {TK_IDENT, 1, 9}, {TK_SEMI, 1, 13},
		{TK_FUNC, 3, 1}, {TK_IDENT, 3, 6}, {TK_LPAREN, 3, 7}, {TK_RPAREN, 3, 8}, {TK_LBRACE, 3, 10},
		{TK_IDENT, 4, 2}, {TK_DEFINE, 4, 4}, {TK_STRING, 4, 7}, {TK_ADD, 4, 16}, {TK_IDENT, 4, 18},
		{TK_SEMI, 4, 19}, {TK_RBRACE, 5, 1}, {TK_SEMI, 5, 2}, {0, 5, 2},
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		lx_next(&lx, &t);
		assert_int_equal(t.kind, want[i].kind);
		assert_int_equal(t.pos.line, want[i].line);
		assert_int_equal(t.pos.col, want[i].col);
	}
	assert_string_equal(lx_token_str(&(Token){.kind = TK_IDENT, .lit = "x"}), "name x");
	assert_string_equal(lx_token_str(&(Token){.kind = TK_FUNC, .lit = "func"}), "keyword func");
	assert_string_equal(lx_token_str(&(Token){.kind = TK_INT, .lit = "42"}), "literal 42");
	assert_string_equal(lx_token_str(&(Token){.kind = TK_SEMI, .lit = "newline"}), "newline");
	assert_string_equal(lx_token_str(&(Token){.kind = TK_COMMA, .lit = ","}), "comma");
}

/* First message for src (without "t.go:"), gc's words and position. */
static const char *first_error(const char *src, size_t len)
{
	lex(src, len);
	if (!errs || !*errs)
		return "";
	char *nl = strchr(errs, '\n');
	if (nl)
		*nl = 0;
	return errs + 5;
}

static void test_errors(void **state)
{
	static const struct Case cs[] = {
		{"x @ y", "1:3: invalid character U+0040 '@'"},
		{"a·b", "1:2: invalid character U+00B7 '·' in identifier"},
		{"\"abc", "1:1: string not terminated"},
		{"\"ab\nc\"", "1:4: newline in string"},
		{"`abc", "1:1: string not terminated"},
		{"'ab'", "1:1: more than one character in rune literal"},
		{"''", "1:2: empty rune literal or unescaped '"},
		{"'a", "1:1: rune literal not terminated"},
		{"'a\n'", "1:3: newline in rune literal"},
		{"\"\\q\"", "1:3: unknown escape"},
		{"\"\\xZZ\"", "1:4: invalid character 'Z' in hexadecimal escape"},
		{"\"\\400\"", "1:6: octal escape value 256 > 255"},
		{"\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800"},
		{"\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000"},
		{"0x", "1:3: hexadecimal literal has no digits"},
		{"08", "1:2: invalid digit '8' in octal literal"},
		{"0b12", "1:4: invalid digit '2' in binary literal"},
		{"1__0", "1:3: '_' must separate successive digits"},
		{"1_", "1:2: '_' must separate successive digits"},
		{"1e", "1:3: exponent has no digits"},
		{"0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent"},
		{"0b1.0", "1:4: invalid radix point in binary literal"},
		{"0x1e", ""},
		{"0o7e2", "1:4: 'e' exponent requires decimal mantissa"},
		{"1p3", "1:2: 'p' exponent requires hexadecimal mantissa"},
		{"/* open", "1:1: comment not terminated"},
		{"x\n\xef\xbb\xbf", "2:1: invalid BOM in the middle of the file"},
		{"\xef\xbb\xbfx", ""},
		{NULL, NULL},
	};
	int bad = 0;
	for (const struct Case *c = cs; c->src; c++) {
		const char *got = first_error(c->src, strlen(c->src));
		if (strcmp(got, c->want) != 0) {
			print_error("  %s\n    got:  %s\n    want: %s\n", c->src, got, c->want);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/* NUL bytes and invalid UTF-8 are errors, never a crash or a hang. */
static void test_bad_bytes(void **state)
{
	static const char nul[] = "x \0 y \"a\0b\" // c\0\n";
	assert_string_equal(first_error(nul, sizeof nul - 1), "1:3: invalid NUL character");
	assert_string_equal(lex(nul, sizeof nul - 1), "IDENT(x) IDENT(y) STRING(\"a) ;nl EOF");
	assert_string_equal(first_error("x \xff y", 6), "1:3: invalid UTF-8 encoding");
	assert_string_equal(first_error("\"\xc3\x28\"", 4), "1:2: invalid UTF-8 encoding");
	assert_string_equal(first_error("\xed\xa0\x80", 3), "1:1: invalid UTF-8 encoding"); /* surrogate */
	assert_string_equal(first_error("\xf0\x9f\x98", 3), "1:1: invalid UTF-8 encoding");  /* truncated */
	/* every byte value alone: no crash, always terminates */
	for (int c = 0; c < 256; c++) {
		char s[2] = {(char)c, 0};
		lex(s, 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords),
		cmocka_unit_test(test_operators),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_strings_runes),
		cmocka_unit_test(test_semicolons),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_bad_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
