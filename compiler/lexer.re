/*
 * lexer.re — Go's tokens (re2c), with Go's automatic semicolon insertion.
 *
 * The input is a whole file in memory, NUL-terminated, that may contain NUL
 * bytes of its own: re2c's "sentinel with bounds check" method (re2c:eof)
 * tells the terminating NUL from an embedded one by comparing with lim.
 *
 * Positions are 1-based line and byte column, as gc counts them.  Tokens are
 * matched by re2c; the bodies of literals and comments are scanned by small
 * hand-written loops that mirror cmd/compile/internal/syntax/scanner.go, so
 * that malformed literals get gc's messages at gc's positions.
 *
 * Semicolons: after a line's last token that can end a statement (name,
 * literal, break/continue/fallthrough/return, ++, --, ), ], }) the newline
 * becomes a ";" whose lit is "newline"; at the end of input it is "EOF"; a
 * comment spanning lines counts as a newline.  nlsemi records that state.
 *
 * Lexical errors are reported here (diag_error) and never stop the scan: an
 * invalid character, NUL byte or bad UTF-8 is reported and skipped, a bad
 * literal still yields its token.
 */
#include <string.h>

#include "ast.h"
#include "parser.h"

/*!re2c
	re2c:api:style = free-form;
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = "cur";
	re2c:define:YYMARKER = "mar";
	re2c:define:YYLIMIT = "lim";
	re2c:define:YYFILL = "0";
	re2c:eof = 0;
	re2c:encoding:utf8 = 1;
*/

/*!include:re2c "unicode_categories.re" */

/* Named sub-patterns (Go's spec: letter, unicode_digit, identifier...) */
/*!re2c
	letter     = L | "_";
	digit      = Nd;
	ident      = letter (letter | digit)*;
	decdigit   = [0-9];
	space      = [ \t\r]+;
	nonascii   = [\x80-\uD7FF\uE000-\U0010FFFF] \ "\uFEFF";
	bom        = "\uFEFF";
*/

static Pos pos_at(Lexer *lx, const char *p)
{
	return (Pos){lx->file, lx->line, (int)(p - lx->line_start) + 1};
}

static void lx_error(Lexer *lx, const char *p, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void lx_error(Lexer *lx, const char *p, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	lx->errors++;
	diag_verror(p == lx->tok ? lx->tok_pos : pos_at(lx, p), fmt, ap);
	va_end(ap);
}

void lx_init(Lexer *lx, int file)
{
	SrcFile *f = diag_file(file);
	memset(lx, 0, sizeof *lx);
	lx->file = file;
	lx->src = lx->cur = lx->line_start = lx->tok = f->src;
	lx->lim = f->src + f->len;
	lx->line = 1;
}

/* Decodes one UTF-8 sequence at p (p < lim); returns its length, or 0 when
 * the encoding is invalid (overlong, surrogate, out of range, truncated). */
static int utf8_decode(const char *p, const char *lim, int *rune)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t avail = (size_t)(lim - p);
	int c = s[0], n, r, min;
	if (c < 0x80) {
		*rune = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		n = 2, r = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3, r = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4, r = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if ((size_t)n > avail)
		return 0;
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		r = (r << 6) | (s[i] & 0x3F);
	}
	if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		return 0;
	*rune = r;
	return n;
}

/* Go's %#U: U+0040 '@' */
static const char *fmt_U(int r)
{
	char buf[8];
	int n = 0;
	if (r < 0x80) {
		buf[n++] = (char)r;
	} else if (r < 0x800) {
		buf[n++] = (char)(0xC0 | (r >> 6));
		buf[n++] = (char)(0x80 | (r & 0x3F));
	} else if (r < 0x10000) {
		buf[n++] = (char)(0xE0 | (r >> 12));
		buf[n++] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[n++] = (char)(0x80 | (r & 0x3F));
	} else {
		buf[n++] = (char)(0xF0 | (r >> 18));
		buf[n++] = (char)(0x80 | ((r >> 12) & 0x3F));
		buf[n++] = (char)(0x80 | ((r >> 6) & 0x3F));
		buf[n++] = (char)(0x80 | (r & 0x3F));
	}
	buf[n] = 0;
	if (r > 0x10FFFF)
		return xprintf("U+%04X", r);
	bool printable = r >= 0x20 && r != 0x7F && !(r >= 0x80 && r < 0xA0) &&
			 !(r >= 0xD800 && r < 0xE000) && r != 0xFFFD;
	if (!printable)
		return xprintf("U+%04X", r);
	return xprintf("U+%04X '%s'", r, buf);
}

/* Go's %q of a rune, for the few characters our messages quote. */
static const char *fmt_q(int c)
{
	switch (c) {
	case '\n': return "'\\n'";
	case '\t': return "'\\t'";
	case '\r': return "'\\r'";
	case '\'': return "'\\''";
	case '\\': return "'\\\\'";
	}
	if (c < 0x20 || c == 0x7F)
		return xprintf("'\\x%02x'", c);
	if (c < 0x80)
		return xprintf("'%c'", c);
	const char *u = fmt_U(c);
	return xprintf("'%s", strchr(u, '\'') ? strchr(u, '\'') + 1 : "?'");
}

/* Steps over one source character inside a literal or comment, reporting
 * (once each) a NUL byte or an invalid UTF-8 sequence as gc's reader does. */
static void skip_char(Lexer *lx)
{
	int r;
	if (*lx->cur == 0) {
		lx_error(lx, lx->cur, "invalid NUL character");
		lx->cur++;
		return;
	}
	int n = utf8_decode(lx->cur, lx->lim, &r);
	if (n == 0) {
		lx_error(lx, lx->cur, "invalid UTF-8 encoding");
		n = 1;
	}
	lx->cur += n;
}

static void newline(Lexer *lx, const char *after)
{
	lx->line++;
	lx->line_start = after;
}

static int lower(int c) { return c | 0x20; }
static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	}
	return "hexadecimal";
}

/* escape -> '\' ( quote | [abfnrtv\\] | oct oct oct | x hex hex | u hex{4} | U hex{8} )
 * lx->cur is after the backslash.  Returns false after reporting an error. */
static bool escape(Lexer *lx, int quote)
{
	int n, base;
	uint32_t max;
	int c = lx->cur < lx->lim ? (unsigned char)*lx->cur : -1;
	switch (c) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
		lx->cur++;
		return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x':
		lx->cur++;
		n = 2, base = 16, max = 255;
		break;
	case 'u':
		lx->cur++;
		n = 4, base = 16, max = 0x10FFFF;
		break;
	case 'U':
		lx->cur++;
		n = 8, base = 16, max = 0x10FFFF;
		break;
	default:
		if (c == quote) {
			lx->cur++;
			return true;
		}
		if (c < 0)
			return true; /* the caller complains about the end of input */
		lx_error(lx, lx->cur, "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (int i = n; i > 0; i--) {
		if (lx->cur >= lx->lim)
			return true;
		int ch = (unsigned char)*lx->cur;
		uint32_t d = (uint32_t)base;
		if (is_dec(ch))
			d = (uint32_t)(ch - '0');
		else if (lower(ch) >= 'a' && lower(ch) <= 'f')
			d = (uint32_t)(lower(ch) - 'a' + 10);
		if (d >= (uint32_t)base) {
			int r = ch;
			if (ch >= 0x80 && !utf8_decode(lx->cur, lx->lim, &r))
				r = 0xFFFD;
			lx_error(lx, lx->cur, "invalid character %s in %s escape", fmt_q(r), base_name(base));
			return false;
		}
		x = x * (uint32_t)base + d;
		lx->cur++;
	}
	if (x > max && base == 8) {
		lx_error(lx, lx->cur, "octal escape value %u > 255", x);
		return false;
	}
	if (x > max || (x >= 0xD800 && x < 0xE000)) {
		lx_error(lx, lx->cur, "escape is invalid Unicode code point %s", fmt_U((int)x));
		return false;
	}
	return true;
}

/* string -> '"' { char | escape } '"'   (lx->cur after the opening quote) */
static void string_body(Lexer *lx)
{
	bool ok = true;
	for (;;) {
		if (lx->cur >= lx->lim) {
			if (ok)
				lx_error(lx, lx->tok, "string not terminated");
			return;
		}
		int c = (unsigned char)*lx->cur;
		if (c == '"') {
			lx->cur++;
			return;
		}
		if (c == '\\') {
			lx->cur++;
			if (!escape(lx, '"'))
				ok = false;
			continue;
		}
		if (c == '\n') {
			if (ok)
				lx_error(lx, lx->cur, "newline in string");
			return;
		}
		skip_char(lx);
	}
}

/* raw_string -> '`' { char } '`' ; carriage returns are dropped from the value */
static void raw_string_body(Lexer *lx)
{
	for (;;) {
		if (lx->cur >= lx->lim) {
			lx_error(lx, lx->tok, "string not terminated");
			return;
		}
		int c = (unsigned char)*lx->cur;
		if (c == '`') {
			lx->cur++;
			return;
		}
		if (c == '\n') {
			lx->cur++;
			newline(lx, lx->cur);
			continue;
		}
		skip_char(lx);
	}
}

/* rune -> '\'' ( char | escape ) '\'' */
static void rune_body(Lexer *lx)
{
	bool ok = true;
	for (int n = 0;; n++) {
		if (lx->cur >= lx->lim) {
			if (ok)
				lx_error(lx, lx->tok, "rune literal not terminated");
			return;
		}
		int c = (unsigned char)*lx->cur;
		if (c == '\'') {
			if (ok) {
				if (n == 0)
					lx_error(lx, lx->cur, "empty rune literal or unescaped '");
				else if (n != 1)
					lx_error(lx, lx->tok, "more than one character in rune literal");
			}
			lx->cur++;
			return;
		}
		if (c == '\\') {
			lx->cur++;
			if (!escape(lx, '\''))
				ok = false;
			continue;
		}
		if (c == '\n') {
			if (ok)
				lx_error(lx, lx->cur, "newline in rune literal");
			return;
		}
		skip_char(lx);
	}
}

/* Scans digits of the given base (and '_'); returns bit 0 if a digit was
 * seen, bit 1 if a '_' was.  Records the offset of the first digit not valid
 * in a base <= 10. */
static int digits(Lexer *lx, int base, int *invalid)
{
	int digsep = 0;
	const char *p = lx->cur;
	if (base <= 10) {
		int max = '0' + base;
		while (p < lx->lim && (is_dec(*p) || *p == '_')) {
			int ds = 1;
			if (*p == '_')
				ds = 2;
			else if (*p >= max && invalid && *invalid < 0)
				*invalid = (int)(p - lx->tok);
			digsep |= ds;
			p++;
		}
	} else {
		while (p < lx->lim && (is_hex(*p) || *p == '_')) {
			digsep |= *p == '_' ? 2 : 1;
			p++;
		}
	}
	lx->cur = p;
	return digsep;
}

/* Offset of the first '_' that does not separate successive digits, or -1. */
static int invalid_sep(const char *x, int len)
{
	int x1 = ' ', d = '.', i = 0;
	if (len >= 2 && x[0] == '0') {
		x1 = lower(x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';
			i = 2;
		}
	}
	for (; i < len; i++) {
		int p = d;
		d = x[i];
		if (d == '_') {
			if (p != '0')
				return i;
		} else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return i - 1;
			d = '.';
		}
	}
	if (d == '_')
		return len - 1;
	return -1;
}

#define CH() (lx->cur < lx->lim ? (unsigned char)*lx->cur : -1)

/* number -> int_lit | float_lit | imaginary_lit, every base, '_' separators
 * (gc's scanner.number).  lx->cur is at the first character (a digit, or the
 * '.' of ".5").  Returns the token kind. */
static int number(Lexer *lx)
{
	bool ok = true, seen_point = false;
	int kind = TK_INT, base = 10, prefix = 0, digsep = 0, invalid = -1;

	if (*lx->cur == '.') {
		lx->cur++;
		seen_point = true;
	} else {
		if (*lx->cur == '0') {
			lx->cur++;
			switch (lower(CH())) {
			case 'x': lx->cur++; base = 16, prefix = 'x'; break;
			case 'o': lx->cur++; base = 8, prefix = 'o'; break;
			case 'b': lx->cur++; base = 2, prefix = 'b'; break;
			default: base = 8, prefix = '0', digsep = 1; break;
			}
		}
		digsep |= digits(lx, base, &invalid);
		if (CH() == '.') {
			if (prefix == 'o' || prefix == 'b') {
				lx_error(lx, lx->cur, "invalid radix point in %s literal", base_name(base));
				ok = false;
			}
			lx->cur++;
			seen_point = true;
		}
	}
	if (seen_point) {
		kind = TK_FLOAT;
		digsep |= digits(lx, base, &invalid);
	}
	if ((digsep & 1) == 0 && ok) {
		lx_error(lx, lx->cur, "%s literal has no digits", base_name(base));
		ok = false;
	}
	int e = lower(CH());
	if (e == 'e' || e == 'p') {
		if (ok) {
			if (e == 'e' && prefix != 0 && prefix != '0') {
				lx_error(lx, lx->cur, "%s exponent requires decimal mantissa", fmt_q(CH()));
				ok = false;
			} else if (e == 'p' && prefix != 'x') {
				lx_error(lx, lx->cur, "%s exponent requires hexadecimal mantissa", fmt_q(CH()));
				ok = false;
			}
		}
		lx->cur++;
		kind = TK_FLOAT;
		if (CH() == '+' || CH() == '-')
			lx->cur++;
		digsep = digits(lx, 10, NULL) | (digsep & 2);
		if ((digsep & 1) == 0 && ok) {
			lx_error(lx, lx->cur, "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == TK_FLOAT && ok) {
		lx_error(lx, lx->cur, "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (CH() == 'i') {
		kind = TK_IMAG;
		lx->cur++;
	}
	if (kind == TK_INT && invalid >= 0 && ok) {
		lx_error(lx, lx->tok + invalid, "invalid digit %s in %s literal",
			 fmt_q(lx->tok[invalid]), base_name(base));
		ok = false;
	}
	if ((digsep & 2) && ok) {
		int i = invalid_sep(lx->tok, (int)(lx->cur - lx->tok));
		if (i >= 0)
			lx_error(lx, lx->tok + i, "'_' must separate successive digits");
	}
	return kind;
}

/* Skips the rest of a block comment (lx->cur after the opening slash-star).
 * Returns true if it spanned a newline. */
static bool block_comment(Lexer *lx)
{
	bool nl = false;
	for (;;) {
		if (lx->cur >= lx->lim) {
			lx_error(lx, lx->tok, "comment not terminated");
			return nl;
		}
		int c = (unsigned char)*lx->cur;
		if (c == '*' && lx->cur + 1 < lx->lim && lx->cur[1] == '/') {
			lx->cur += 2;
			return nl;
		}
		if (c == '\n') {
			lx->cur++;
			newline(lx, lx->cur);
			nl = true;
			continue;
		}
		skip_char(lx);
	}
}

static void line_comment(Lexer *lx)
{
	while (lx->cur < lx->lim && *lx->cur != '\n')
		skip_char(lx);
}

/* Reports, as gc does, each rune of an identifier-like word that is not a
 * letter or digit (the first may not be a digit either). */
static void bad_ident(Lexer *lx, const char *p, const char *end)
{
	bool first = true;
	while (p < end) {
		const char *cur = p, *mar;
		int r = 0, n;
		(void)mar;
		n = utf8_decode(p, end, &r);
		if (n == 0)
			n = 1;
		/*!re2c
			re2c:eof = -1;
			re2c:yyfill:enable = 0;
			re2c:define:YYLIMIT = "end";
			letter { p = cur; first = false; continue; }
			digit  {
				if (first)
					lx_error(lx, p, "identifier cannot begin with digit %s", fmt_U(r));
				p = cur;
				first = false;
				continue;
			}
			* {
				lx_error(lx, p, "invalid character %s in identifier", fmt_U(r));
				p += n;
				first = false;
				continue;
			}
		*/
	}
}

/* Token strings for messages, as gc (Go >= 1.20) prints them. */
const char *lx_token_str(const Token *t)
{
	switch (t->kind) {
	case 0: return "EOF";
	case TK_IDENT: return xprintf("name %s", t->lit);
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_RUNE: case TK_STRING:
		return xprintf("literal %s", t->lit);
	case TK_SEMI:
		if (strcmp(t->lit, "semicolon") == 0)
			return "semicolon";
		return t->lit; /* newline, EOF */
	case TK_COMMA: return "comma";
	case TK_BREAK: case TK_CASE: case TK_CHAN: case TK_CONST: case TK_CONTINUE:
	case TK_DEFAULT: case TK_DEFER: case TK_ELSE: case TK_FALLTHROUGH: case TK_FOR:
	case TK_FUNC: case TK_GO: case TK_GOTO: case TK_IF: case TK_IMPORT:
	case TK_INTERFACE: case TK_MAP: case TK_PACKAGE: case TK_RANGE: case TK_RETURN:
	case TK_SELECT: case TK_STRUCT: case TK_SWITCH: case TK_TYPE: case TK_VAR:
		return xprintf("keyword %s", t->lit);
	}
	return t->lit;
}

static int op_tok(Lexer *lx, Token *t, int kind, int op)
{
	t->op = op;
	return kind;
}

/* The next token.  The big switch: each rule returns a token kind, or
 * "continue"s the loop for white space, comments and reported errors. */
int lx_next(Lexer *lx, Token *t)
{
	const char *cur, *mar, *lim = lx->lim;
	int kind;
	(void)mar;
	memset(t, 0, sizeof *t);
	for (;;) {
		lx->tok = cur = lx->cur;
		t->pos = lx->tok_pos = pos_at(lx, cur);
		t->op = 0;
		bool nlsemi = lx->nlsemi;
		lx->nlsemi = false;
/*!re2c
	re2c:eof = 0;
	re2c:yyfill:enable = 1;
	re2c:define:YYLIMIT = "lim";

	$  {
		lx->cur = lim;
		if (nlsemi) {
			t->lit = "EOF";
			return t->kind = TK_SEMI;
		}
		t->lit = "EOF";
		return t->kind = 0;
	}
	"\n" {
		lx->cur = cur;
		newline(lx, cur);
		if (nlsemi) {
			t->lit = "newline";
			return t->kind = TK_SEMI;
		}
		continue;
	}
	space { lx->cur = cur; lx->nlsemi = nlsemi; continue; }
	"//"  {
		lx->cur = cur;
		line_comment(lx);
		lx->nlsemi = nlsemi;
		continue;
	}
	"/*"  {
		lx->cur = cur;
		if (block_comment(lx) && nlsemi) {
			t->lit = "newline";
			return t->kind = TK_SEMI;
		}
		lx->nlsemi = nlsemi;
		continue;
	}

	"break"       { kind = TK_BREAK; lx->nlsemi = true; goto word; }
	"case"        { kind = TK_CASE; goto word; }
	"chan"        { kind = TK_CHAN; goto word; }
	"const"       { kind = TK_CONST; goto word; }
	"continue"    { kind = TK_CONTINUE; lx->nlsemi = true; goto word; }
	"default"     { kind = TK_DEFAULT; goto word; }
	"defer"       { kind = TK_DEFER; goto word; }
	"else"        { kind = TK_ELSE; goto word; }
	"fallthrough" { kind = TK_FALLTHROUGH; lx->nlsemi = true; goto word; }
	"for"         { kind = TK_FOR; goto word; }
	"func"        { kind = TK_FUNC; goto word; }
	"go"          { kind = TK_GO; goto word; }
	"goto"        { kind = TK_GOTO; goto word; }
	"if"          { kind = TK_IF; goto word; }
	"import"      { kind = TK_IMPORT; goto word; }
	"interface"   { kind = TK_INTERFACE; goto word; }
	"map"         { kind = TK_MAP; goto word; }
	"package"     { kind = TK_PACKAGE; goto word; }
	"range"       { kind = TK_RANGE; goto word; }
	"return"      { kind = TK_RETURN; lx->nlsemi = true; goto word; }
	"select"      { kind = TK_SELECT; goto word; }
	"struct"      { kind = TK_STRUCT; goto word; }
	"switch"      { kind = TK_SWITCH; goto word; }
	"type"        { kind = TK_TYPE; goto word; }
	"var"         { kind = TK_VAR; goto word; }
	ident         { kind = TK_IDENT; lx->nlsemi = true; goto word; }
	(letter | nonascii) (letter | digit | nonascii)* {
		/* gc scans any non-ASCII character as part of an identifier
		 * and reports the ones that are not letters or digits */
		bad_ident(lx, lx->tok, cur);
		kind = TK_IDENT;
		lx->nlsemi = true;
		goto word;
	}
	bom {
		lx->cur = cur;
		if (lx->tok != lx->src)
			lx_error(lx, lx->tok, "invalid BOM in the middle of the file");
		lx->nlsemi = nlsemi;
		continue;
	}

	decdigit | "." decdigit {
		lx->cur = lx->tok;
		kind = number(lx);
		lx->nlsemi = true;
		goto text;
	}
	["] { lx->cur = cur; string_body(lx); kind = TK_STRING; lx->nlsemi = true; goto text; }
	[`] { lx->cur = cur; raw_string_body(lx); kind = TK_STRING; lx->nlsemi = true; goto text; }
	['] { lx->cur = cur; rune_body(lx); kind = TK_RUNE; lx->nlsemi = true; goto text; }

	"+"   { kind = op_tok(lx, t, TK_ADD, OP_ADD); goto sym; }
	"-"   { kind = op_tok(lx, t, TK_SUB, OP_SUB); goto sym; }
	"*"   { kind = op_tok(lx, t, TK_STAR, OP_MUL); goto sym; }
	"/"   { kind = op_tok(lx, t, TK_DIV, OP_DIV); goto sym; }
	"%"   { kind = op_tok(lx, t, TK_REM, OP_REM); goto sym; }
	"&"   { kind = op_tok(lx, t, TK_AND, OP_AND); goto sym; }
	"|"   { kind = op_tok(lx, t, TK_OR, OP_OR); goto sym; }
	"^"   { kind = op_tok(lx, t, TK_XOR, OP_XOR); goto sym; }
	"<<"  { kind = op_tok(lx, t, TK_SHL, OP_SHL); goto sym; }
	">>"  { kind = op_tok(lx, t, TK_SHR, OP_SHR); goto sym; }
	"&^"  { kind = op_tok(lx, t, TK_ANDNOT, OP_ANDNOT); goto sym; }
	"+="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_ADD); goto sym; }
	"-="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_SUB); goto sym; }
	"*="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_MUL); goto sym; }
	"/="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_DIV); goto sym; }
	"%="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_REM); goto sym; }
	"&="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_AND); goto sym; }
	"|="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_OR); goto sym; }
	"^="  { kind = op_tok(lx, t, TK_ASSIGNOP, OP_XOR); goto sym; }
	"<<=" { kind = op_tok(lx, t, TK_ASSIGNOP, OP_SHL); goto sym; }
	">>=" { kind = op_tok(lx, t, TK_ASSIGNOP, OP_SHR); goto sym; }
	"&^=" { kind = op_tok(lx, t, TK_ASSIGNOP, OP_ANDNOT); goto sym; }
	"&&"  { kind = op_tok(lx, t, TK_ANDAND, OP_LAND); goto sym; }
	"||"  { kind = op_tok(lx, t, TK_OROR, OP_LOR); goto sym; }
	"<-"  { kind = op_tok(lx, t, TK_ARROW, OP_ARROW); goto sym; }
	"++"  { kind = op_tok(lx, t, TK_INC, OP_INC); lx->nlsemi = true; goto sym; }
	"--"  { kind = op_tok(lx, t, TK_DEC, OP_DEC); lx->nlsemi = true; goto sym; }
	"=="  { kind = op_tok(lx, t, TK_EQL, OP_EQL); goto sym; }
	"!="  { kind = op_tok(lx, t, TK_NEQ, OP_NEQ); goto sym; }
	"<"   { kind = op_tok(lx, t, TK_LSS, OP_LSS); goto sym; }
	"<="  { kind = op_tok(lx, t, TK_LEQ, OP_LEQ); goto sym; }
	">"   { kind = op_tok(lx, t, TK_GTR, OP_GTR); goto sym; }
	">="  { kind = op_tok(lx, t, TK_GEQ, OP_GEQ); goto sym; }
	"!"   { kind = op_tok(lx, t, TK_NOT, OP_NOT); goto sym; }
	"~"   { kind = TK_TILDE; goto sym; }
	"="   { kind = op_tok(lx, t, TK_ASSIGN, OP_ASSIGN); goto sym; }
	":="  { kind = op_tok(lx, t, TK_DEFINE, OP_DEFINE); goto sym; }
	"..." { kind = TK_ELLIPSIS; goto sym; }
	"("   { kind = TK_LPAREN; goto sym; }
	")"   { kind = TK_RPAREN; lx->nlsemi = true; goto sym; }
	"["   { kind = TK_LBRACK; goto sym; }
	"]"   { kind = TK_RBRACK; lx->nlsemi = true; goto sym; }
	"{"   { kind = TK_LBRACE; goto sym; }
	"}"   { kind = TK_RBRACE; lx->nlsemi = true; goto sym; }
	","   { kind = TK_COMMA; goto sym; }
	";"   {
		lx->cur = cur;
		t->lit = "semicolon";
		return t->kind = TK_SEMI;
	}
	"."   { kind = TK_DOT; goto sym; }
	":"   { kind = TK_COLON; goto sym; }

	"\x00" {
		lx->cur = cur;
		lx_error(lx, lx->tok, "invalid NUL character");
		lx->nlsemi = nlsemi;
		continue;
	}
	[^] {
		int r = 0;
		lx->cur = cur;
		if (utf8_decode(lx->tok, lim, &r) == 0) {
			lx->cur = lx->tok + 1;
			lx_error(lx, lx->tok, "invalid UTF-8 encoding");
		} else {
			lx_error(lx, lx->tok, "invalid character %s", fmt_U(r));
		}
		lx->nlsemi = nlsemi;
		continue;
	}
	* {
		lx->cur = lx->tok + 1;
		lx_error(lx, lx->tok, "invalid UTF-8 encoding");
		lx->nlsemi = nlsemi;
		continue;
	}
*/
	word:
		lx->cur = cur;
		t->lit = intern(lx->tok, (size_t)(cur - lx->tok));
		return t->kind = kind;
	text:
		t->lit = xstrndup(lx->tok, (size_t)(lx->cur - lx->tok));
		return t->kind = kind;
	sym:
		lx->cur = cur;
		t->lit = intern(lx->tok, (size_t)(cur - lx->tok));
		return t->kind = kind;
	}
}
