/*
 * check_expr.c — expressions: operands and their modes, untyped constants,
 * operators, calls, conversions, built-ins, selectors, literals.
 *
 * Every checked expression node gets: mode (check_internal.h), type (the
 * final type after untyped conversion: the emitter relies on it), cv for
 * constants, sym for identifiers and resolved selectors, and for selectors
 * n->aux = a SELK_ kind plus n->ext = a Selection (the embedding path).
 */
#include "check_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static Type *check_expr_inner(Node *n, Type *hint);

/* ---- messages ---- */

static void expr_buf(Buf *b, Node *n);

static void list_buf(Buf *b, Vec *v)
{
	for (int i = 0; i < v->n; i++) {
		if (i)
			buf_puts(b, ", ");
		expr_buf(b, v->v[i]);
	}
}

static void expr_buf(Buf *b, Node *n);

/* parameters or results of a func type as written: "a, b int, c string" */
static void fields_buf(Buf *b, Vec *fields)
{
	for (int i = 0; i < fields->n; i++) {
		Node *f = fields->v[i];
		if (i)
			buf_puts(b, ", ");
		for (int j = 0; j < f->list.n; j++)
			buf_printf(b, "%s%s", j ? ", " : "", ((Node *)f->list.v[j])->name);
		if (f->list.n)
			buf_putc(b, ' ');
		expr_buf(b, f->y);
	}
}

static void expr_buf(Buf *b, Node *n)
{
	if (!n) {
		return;
	}
	switch (n->kind) {
	case N_IDENT: buf_puts(b, n->name); break;
	case N_BASICLIT: buf_puts(b, n->lit); break;
	case N_PAREN: buf_putc(b, '('); expr_buf(b, n->x); buf_putc(b, ')'); break;
	case N_SELECTOR: expr_buf(b, n->x); buf_putc(b, '.'); buf_puts(b, n->name); break;
	case N_INDEX: expr_buf(b, n->x); buf_putc(b, '['); expr_buf(b, n->y); buf_putc(b, ']'); break;
	case N_SLICE:
		expr_buf(b, n->x);
		buf_putc(b, '[');
		expr_buf(b, n->y);
		buf_putc(b, ':');
		expr_buf(b, n->z);
		if (n->flag) {
			buf_putc(b, ':');
			expr_buf(b, n->w);
		}
		buf_putc(b, ']');
		break;
	case N_TYPEASSERT:
		expr_buf(b, n->x);
		buf_puts(b, ".(");
		if (n->y)
			expr_buf(b, n->y);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		break;
	case N_CALL:
		expr_buf(b, n->x);
		buf_putc(b, '(');
		list_buf(b, &n->list);
		if (n->flag)
			buf_puts(b, "...");
		buf_putc(b, ')');
		break;
	case N_STAR: buf_putc(b, '*'); expr_buf(b, n->x); break;
	case N_UNARY: buf_puts(b, ast_op_str(n->op)); expr_buf(b, n->x); break;
	case N_BINARY:
		expr_buf(b, n->x);
		buf_printf(b, " %s ", ast_op_str(n->op));
		expr_buf(b, n->y);
		break;
	case N_KEYVALUE: expr_buf(b, n->x); buf_puts(b, ": "); expr_buf(b, n->y); break;
	case N_COMPOSITE:
		if (n->x)
			expr_buf(b, n->x);
		buf_puts(b, n->list.n ? "{…}" : "{}");
		break;
	case N_FUNCLIT:
		/* as types2 (syntax.String): the signature, then {…} */
		expr_buf(b, n->x);
		buf_puts(b, n->body && n->body->list.n ? " {…}" : " {}");
		break;
	case N_ARRAYTYPE:
		buf_putc(b, '[');
		if (n->x)
			expr_buf(b, n->x);
		buf_putc(b, ']');
		expr_buf(b, n->y);
		break;
	case N_ELLIPSIS: buf_puts(b, "..."); expr_buf(b, n->x); break;
	case N_MAPTYPE:
		buf_puts(b, "map[");
		expr_buf(b, n->x);
		buf_putc(b, ']');
		expr_buf(b, n->y);
		break;
	case N_CHANTYPE:
		buf_puts(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
		expr_buf(b, n->x);
		break;
	case N_FUNCTYPE:
		buf_puts(b, "func(");
		fields_buf(b, &n->list);
		buf_putc(b, ')');
		if (n->list2.n == 1 && !((Node *)n->list2.v[0])->list.n) {
			buf_putc(b, ' ');
			expr_buf(b, ((Node *)n->list2.v[0])->y);
		} else if (n->list2.n) {
			buf_puts(b, " (");
			fields_buf(b, &n->list2);
			buf_putc(b, ')');
		}
		break;
	case N_STRUCTTYPE: buf_puts(b, "struct{...}"); break;
	case N_INTERFACETYPE: buf_puts(b, n->list.n ? "interface{...}" : "interface{}"); break;
	default: buf_puts(b, "?"); break;
	}
}

const char *expr_str(Node *n)
{
	Buf b = {0};
	expr_buf(&b, n);
	const char *s = xstrdup(b.s ? b.s : "");
	buf_free(&b);
	return s;
}

/* types2's operand description: "x (variable of type int)". */
const char *describe(Node *n)
{
	const char *e = expr_str(n);
	Type *t = n->type;
	if (n->mode == MODE_NIL || (t == ty_untyped_nil))
		return "nil";
	const char *mode;
	switch (n->mode) {
	case MODE_VOID: mode = "no value"; break;
	case MODE_BUILTIN: mode = "built-in"; break;
	case MODE_TYPE: mode = "type"; break;
	case MODE_CONST: mode = "constant"; break;
	case MODE_VAR: mode = "variable"; break;
	case MODE_MAPINDEX: mode = "map index expression"; break;
	case MODE_COMMAOK: mode = "comma, ok expression"; break;
	default: mode = "value"; break;
	}
	Buf b = {0};
	buf_printf(&b, "%s (", e);
	bool has_type = false;
	if (n->mode != MODE_VOID && n->mode != MODE_BUILTIN && n->mode != MODE_TYPE && t) {
		if (ty_is_untyped(t))
			buf_printf(&b, "%s ", t->name);
		else
			has_type = true;
	}
	buf_puts(&b, mode);
	if (n->mode == MODE_CONST && n->cv) {
		const char *v = cv_str(n->cv);
		if (strcmp(v, e) != 0)
			buf_printf(&b, " %s", v);
	}
	if (has_type)
		buf_printf(&b, " of type %s", ty_str(t));
	buf_putc(&b, ')');
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_invalid;
}

/* ---- identifiers ---- */

void mark_used(Sym *s)
{
	if (s)
		s->used = true;
}

static void note_capture(Sym *s)
{
	if (s->kind != S_VAR || s->global || !s->func || !cur.func || s->func == cur.func)
		return;
	for (Func *f = cur.func; f && f != s->func; f = f->outer) {
		bool have = false;
		for (int i = 0; i < f->captures.n; i++)
			if (f->captures.v[i] == s)
				have = true;
		if (!have)
			vec_push(&f->captures, s);
	}
	s->captured = true;
	s->heap = true;
}

Sym *lookup_ident(Node *id)
{
	Sym *s = scope_lookup(cur.scope, id->name, NULL);
	if (!s)
		return NULL;
	if (s->global && s->state != 2)
		resolve_global(s);
	note_dep(s);
	note_capture(s);
	return s;
}

static Type *check_ident(Node *n, bool use)
{
	if (n->name == name_blank) {
		diag_error(n->pos, "cannot use _ as value");
		invalid(n);
		return ty_invalid;
	}
	Sym *s = lookup_ident(n);
	if (!s) {
		diag_error(n->pos, "undefined: %s", n->name);
		invalid(n);
		return ty_invalid;
	}
	n->sym = s;
	if (use)
		mark_used(s);
	switch (s->kind) {
	case S_VAR:
		n->mode = MODE_VAR;
		n->type = s->type ? s->type : ty_invalid;
		if (n->type == ty_invalid)
			n->mode = MODE_INVALID;
		break;
	case S_CONST:
		if (s->name == name_iota && s->pkg == NULL && !s->global) {
			if (!cur.has_iota) {
				diag_error(n->pos, "cannot use iota outside constant declaration");
				invalid(n);
				return ty_invalid;
			}
			n->mode = MODE_CONST;
			n->type = ty_untyped_int;
			n->cv = xalloc(sizeof(ConstVal));
			*n->cv = cur.iota;
			break;
		}
		n->mode = MODE_CONST;
		n->type = s->type ? s->type : ty_invalid;
		/* a copy: conversions of this use (e.g. 2.0 << n) rewrite n->cv
		 * in place and must not change the constant itself */
		n->cv = s->cv ? cv_copy(s->cv) : NULL;
		if (!s->cv || n->type == ty_invalid)
			invalid(n);
		break;
	case S_TYPE:
		n->mode = MODE_TYPE;
		n->type = s->type ? s->type : ty_invalid;
		if (s->state == 1 && s->type && s->type->kind != TY_NAMED) {
			diag_error(n->pos, "invalid recursive type %s", s->name);
			invalid(n);
		}
		break;
	case S_FUNC:
		n->mode = MODE_FUNC;
		n->type = s->type ? s->type : ty_invalid;
		break;
	case S_PKG:
		n->mode = MODE_PKG;
		n->type = ty_invalid;
		break;
	case S_BUILTIN:
		n->mode = MODE_BUILTIN;
		n->type = ty_invalid;
		break;
	case S_NIL:
		n->mode = MODE_NIL;
		n->type = ty_untyped_nil;
		break;
	default:
		invalid(n);
	}
	return n->type;
}

/* ---- literals ---- */

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void put_utf8(Buf *b, uint32_t r)
{
	if (r < 0x80) {
		buf_putc(b, (int)r);
	} else if (r < 0x800) {
		buf_putc(b, (int)(0xc0 | (r >> 6)));
		buf_putc(b, (int)(0x80 | (r & 0x3f)));
	} else if (r < 0x10000) {
		if (r >= 0xd800 && r < 0xe000)
			r = 0xfffd;
		buf_putc(b, (int)(0xe0 | (r >> 12)));
		buf_putc(b, (int)(0x80 | ((r >> 6) & 0x3f)));
		buf_putc(b, (int)(0x80 | (r & 0x3f)));
	} else {
		if (r > 0x10ffff)
			r = 0xfffd;
		buf_putc(b, (int)(0xf0 | (r >> 18)));
		buf_putc(b, (int)(0x80 | ((r >> 12) & 0x3f)));
		buf_putc(b, (int)(0x80 | ((r >> 6) & 0x3f)));
		buf_putc(b, (int)(0x80 | (r & 0x3f)));
	}
}

/* Decodes one UTF-8 sequence; returns its length (1 for an invalid byte,
 * with *r = 0xFFFD). */
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *r)
{
	if (n == 0) {
		*r = 0xfffd;
		return 0;
	}
	unsigned c = s[0];
	if (c < 0x80) {
		*r = c;
		return 1;
	}
	int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
	if (!len || (size_t)len > n) {
		*r = 0xfffd;
		return 1;
	}
	uint32_t v = c & (0x7fu >> len);
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*r = 0xfffd;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3fu);
	}
	*r = v;
	return len;
}

/* Interprets the escapes of a quoted literal (the lexer validated them).
 * Returns the bytes in *out. */
static void unquote(const char *lit, Buf *out, bool *is_rune_multi)
{
	size_t n = strlen(lit);
	char q = lit[0];
	const char *s = lit + 1, *end = lit + n - 1;
	if (q == '`') {
		for (; s < end; s++)
			if (*s != '\r')
				buf_putc(out, *s);
		return;
	}
	int count = 0;
	while (s < end) {
		count++;
		if (*s != '\\') {
			buf_putc(out, *s++);
			continue;
		}
		s++;
		char c = *s++;
		switch (c) {
		case 'a': buf_putc(out, 7); break;
		case 'b': buf_putc(out, 8); break;
		case 'f': buf_putc(out, 12); break;
		case 'n': buf_putc(out, 10); break;
		case 'r': buf_putc(out, 13); break;
		case 't': buf_putc(out, 9); break;
		case 'v': buf_putc(out, 11); break;
		case '\\': buf_putc(out, '\\'); break;
		case '\'': buf_putc(out, '\''); break;
		case '"': buf_putc(out, '"'); break;
		case 'x': {
			int v = 0;
			for (int i = 0; i < 2 && s < end; i++)
				v = v * 16 + hexval(*s++);
			buf_putc(out, v);
			break;
		}
		case 'u': case 'U': {
			uint32_t v = 0;
			for (int i = 0; i < (c == 'u' ? 4 : 8) && s < end; i++)
				v = v * 16 + (uint32_t)hexval(*s++);
			put_utf8(out, v);
			break;
		}
		default:
			if (c >= '0' && c <= '7') {
				int v = c - '0';
				for (int i = 0; i < 2 && s < end; i++)
					v = v * 8 + (*s++ - '0');
				buf_putc(out, v & 0xff);
			}
			break;
		}
	}
	if (is_rune_multi)
		*is_rune_multi = count != 1;
}

static void check_basiclit(Node *n)
{
	ConstVal *cv = xalloc(sizeof *cv);
	n->cv = cv;
	n->mode = MODE_CONST;
	const char *lit = n->lit;
	switch (n->op) {
	case LIT_INT: {
		cv->kind = CV_INT;
		n->type = ty_untyped_int;
		int base = 10;
		const char *s = lit;
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
			base = 16;
			s += 2;
		} else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
			base = 2;
			s += 2;
		} else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
			base = 8;
			s += 2;
		} else if (s[0] == '0' && s[1]) {
			base = 8;
			s += 1;
		}
		if (!cv_int_parse(cv, s, base)) {
			/* more than 512 bits: an error since Go 1.20 (go.dev/issue/54280) */
			diag_error(n->pos, "constant overflow");
			invalid(n);
		}
		return;
	}
	case LIT_FLOAT: {
		cv->kind = CV_FLOAT;
		n->type = ty_untyped_float;
		char *clean = xstrdup(lit);
		char *d = clean;
		for (const char *s = lit; *s; s++)
			if (*s != '_')
				*d++ = *s;
		*d = 0;
		cv->f = strtold(clean, NULL);
		/* An integral float constant stays exact. */
		return;
	}
	case LIT_IMAG:
		diag_error(n->pos, "complex numbers are not supported by minigo (imaginary literal %s)", lit);
		invalid(n);
		return;
	case LIT_RUNE: {
		Buf b = {0};
		bool multi = false;
		unquote(lit, &b, &multi);
		uint32_t r = 0;
		if (lit[1] == '\\' && (lit[2] == 'x' || (lit[2] >= '0' && lit[2] <= '7'))) {
			r = b.len ? (unsigned char)b.s[0] : 0;
		} else {
			utf8_decode((const unsigned char *)(b.s ? b.s : ""), b.len, &r);
		}
		buf_free(&b);
		cv->kind = CV_INT;
		cv->i = r;
		n->type = ty_untyped_rune;
		return;
	}
	case LIT_STRING: {
		Buf b = {0};
		unquote(lit, &b, NULL);
		cv->kind = CV_STRING;
		cv->s = xstrndup(b.s ? b.s : "", b.len);
		cv->slen = (int64_t)b.len;
		buf_free(&b);
		n->type = ty_untyped_string;
		return;
	}
	default:
		invalid(n);
	}
}

/* ---- untyped conversion ---- */

bool is_const(Node *n) { return n->mode == MODE_CONST; }

/* Sets the type of an untyped expression (and of its untyped operands,
 * for non-constant expressions such as comparisons and shifts). */
static void set_untyped_type(Node *n, Type *t)
{
	if (!n || !n->type || !ty_is_untyped(n->type))
		return;
	n->type = t;
	if (n->mode == MODE_CONST)
		return;
	switch (n->kind) {
	case N_PAREN:
		set_untyped_type(n->x, t);
		break;
	case N_UNARY:
		set_untyped_type(n->x, t);
		break;
	case N_BINARY:
		if (n->op == OP_EQL || n->op == OP_NEQ || n->op == OP_LSS || n->op == OP_LEQ ||
		    n->op == OP_GTR || n->op == OP_GEQ)
			break; /* operands have their own types */
		set_untyped_type(n->x, t);
		if (n->op != OP_SHL && n->op != OP_SHR)
			set_untyped_type(n->y, t);
		break;
	default:
		break;
	}
}

static void convert_untyped_in(Node *n, Type *target, const char *context);

void convert_untyped(Node *n, Type *target)
{
	convert_untyped_in(n, target, "assignment");
}

/* context: where an overflow is reported ("argument to f", ...) */
static void convert_untyped_in(Node *n, Type *target, const char *context)
{
	if (!n->type || !ty_is_untyped(n->type) || target == ty_invalid)
		return;
	Type *tu = ty_under(target);
	if (tu->kind == TY_INTERFACE || ty_is_untyped(target)) {
		if (n->type == ty_untyped_nil)
			return;
		if (ty_is_untyped(target) && n->mode == MODE_CONST)
			return;
		Type *d = ty_default(n->type);
		if (n->mode == MODE_CONST) {
			ConstVal v;
			if (representable(n->cv, d, &v)) {
				*n->cv = v;
			} else {
				diag_error(ast_start_pos(n), "cannot use %s as %s value in %s (overflows)",
				           describe(n), ty_str(d), context);
			}
		}
		set_untyped_type(n, ty_is_untyped(target) ? d : d);
		return;
	}
	if (n->mode == MODE_CONST) {
		ConstVal v;
		if (representable(n->cv, target, &v)) {
			ConstVal *c = xalloc(sizeof *c);
			*c = v;
			n->cv = c;
		}
	}
	set_untyped_type(n, target);
}

void default_untyped(Node *n)
{
	if (n->type && ty_is_untyped(n->type) && n->type != ty_untyped_nil)
		convert_untyped(n, ty_default(n->type));
}

/* ---- assignability ---- */

static bool type_is_named(Type *t) { return t->kind == TY_NAMED || (ty_is_basic(t) && !ty_is_untyped(t)); }

static const char *missing_method_reason(Type *v, Type *t)
{
	const char *missing = NULL;
	bool wrongptr = false;
	if (ty_implements(v, t, &missing, &wrongptr))
		return NULL;
	if (wrongptr)
		return xprintf("%s does not implement %s (method %s has pointer receiver)", ty_str(v),
		               ty_str(t), missing);
	/* wrong type? */
	Selection sel = ty_lookup(v, missing, NULL);
	if (sel.kind == SEL_METHOD && sel.method) {
		IMethod *want = NULL;
		Type *iu = ty_under(t);
		for (int i = 0; i < iu->imethods.n; i++)
			if (((IMethod *)iu->imethods.v[i])->name == missing)
				want = iu->imethods.v[i];
		if (want)
			return xprintf("%s does not implement %s (wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
			               ty_str(v), ty_str(t), missing, missing, ty_str(sel.method->type) + 4,
			               missing, ty_str(want->sig) + 4);
	}
	return xprintf("%s does not implement %s (missing method %s)", ty_str(v), ty_str(t), missing);
}

/* Assignability of a typed value of type v to type t, without a message
 * (for comparisons, where either direction makes them valid). */
static bool assignable_type(Type *v, Type *t)
{
	if (ty_identical(v, t))
		return true;
	Type *vu = ty_under(v), *tu = ty_under(t);
	if (ty_identical(vu, tu) && (!type_is_named(v) || !type_is_named(t)) && vu->kind != TY_INTERFACE)
		return true;
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH && ty_identical(vu->elem, tu->elem) &&
	    (!type_is_named(v) || !type_is_named(t)))
		return true;
	return false;
}

/* Reports (with context, e.g. "assignment", "argument to f") and returns
 * false when x cannot be assigned to a variable of type t; converts an
 * untyped x to t when it can. */
bool assignable(Node *x, Type *t, const char *context)
{
	Type *v = x->type;
	if (!v || v == ty_invalid || t == ty_invalid || x->mode == MODE_INVALID)
		return false;
	if (x->mode == MODE_TYPE) {
		diag_error(ast_start_pos(x), "%s (type) is not an expression", expr_str(x));
		return false;
	}
	if (x->mode == MODE_VOID) {
		diag_error(ast_start_pos(x), "%s (no value) used as value", expr_str(x));
		return false;
	}
	if (x->mode == MODE_BUILTIN) {
		diag_error(ast_start_pos(x), "%s (built-in) must be called", expr_str(x));
		return false;
	}
	if (x->mode == MODE_PKG) {
		diag_error(ast_start_pos(x), "use of package %s not in selector", expr_str(x));
		return false;
	}
	Type *tu = ty_under(t), *vu = ty_under(v);
	if (ty_is_untyped(v)) {
		if (v == ty_untyped_nil) {
			switch (tu->kind) {
			case TY_POINTER: case TY_FUNC: case TY_SLICE: case TY_MAP: case TY_CHAN:
			case TY_INTERFACE: case TY_UNSAFEPTR:
				x->type = t;
				return true;
			default:
				if (strcmp(context, "comparison") == 0)
					return false; /* the comparison reports it, as types2 */
				diag_error(ast_start_pos(x), "cannot use nil as %s value in %s", ty_str(t), context);
				return false;
			}
		}
		if (tu->kind == TY_INTERFACE) {
			if (!ty_is_empty_interface(tu)) {
				Type *d = ty_default(v);
				const char *why = missing_method_reason(d, t);
				if (why) {
					diag_error(ast_start_pos(x), "cannot use %s as %s value in %s: %s", describe(x),
					           ty_str(t), context, why);
					return false;
				}
			}
			convert_untyped_in(x, t, context);
			return true;
		}
		bool kind_ok = false;
		switch (v->kind) {
		case TY_UNTYPED_BOOL: kind_ok = tu->kind == TY_BOOL; break;
		case TY_UNTYPED_STRING: kind_ok = tu->kind == TY_STRING; break;
		case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
			kind_ok = ty_is_numeric(tu) && !ty_is_untyped(tu);
			break;
		default: break;
		}
		if (!kind_ok) {
			diag_error(ast_start_pos(x), "cannot use %s as %s value in %s", describe(x), ty_str(t), context);
			return false;
		}
		if (x->mode == MODE_CONST) {
			ConstVal r;
			if (!representable(x->cv, t, &r)) {
				bool trunc = x->cv->kind == CV_FLOAT && ty_is_integer(tu) && !x->cv->overflow &&
				             x->cv->f != floorl(x->cv->f);
				diag_error(ast_start_pos(x), "cannot use %s as %s value in %s (%s)", describe(x),
				           ty_str(t), context, trunc ? "truncated" : "overflows");
				return false;
			}
		}
		convert_untyped(x, t);
		return true;
	}
	if (ty_identical(v, t))
		return true;
	/* identical underlying types and at least one is not a named type */
	if (ty_identical(vu, tu) && (!type_is_named(v) || !type_is_named(t)) &&
	    vu->kind != TY_INTERFACE)
		return true;
	if (tu->kind == TY_INTERFACE) {
		const char *why = missing_method_reason(v, t);
		if (!why)
			return true;
		diag_error(ast_start_pos(x), "cannot use %s as %s value in %s: %s", describe(x), ty_str(t),
		           context, why);
		return false;
	}
	/* bidirectional channel to a directional one */
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
	    ty_identical(vu->elem, tu->elem) && (!type_is_named(v) || !type_is_named(t)))
		return true;
	if (vu->kind == TY_INTERFACE && tu->kind != TY_INTERFACE) {
		diag_error(ast_start_pos(x), "cannot use %s as %s value in %s: need type assertion", describe(x),
		           ty_str(t), context);
		return false;
	}
	diag_error(ast_start_pos(x), "cannot use %s as %s value in %s", describe(x), ty_str(t), context);
	return false;
}

void check_value(Node *n)
{
	if (n->mode == MODE_INVALID)
		return;
	switch (n->mode) {
	case MODE_TYPE:
		if (generic_misused(n, false))
			return;
		diag_error(ast_start_pos(n), "%s (type) is not an expression", expr_str(n));
		invalid(n);
		return;
	case MODE_VOID:
		diag_error(ast_start_pos(n), "%s (no value) used as value", expr_str(n));
		invalid(n);
		return;
	case MODE_BUILTIN:
		diag_error(ast_start_pos(n), "%s (built-in) must be called", expr_str(n));
		invalid(n);
		return;
	case MODE_PKG:
		diag_error(ast_start_pos(n), "use of package %s not in selector", expr_str(n));
		invalid(n);
		return;
	}
	if (n->type && n->type->kind == TY_TUPLE) {
		diag_error(ast_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
		           expr_str(n), ty_str(n->type));
		invalid(n);
	}
}

Type *check_rvalue(Node *n, Type *target, const char *context)
{
	check_expr(n, target);
	check_value(n);
	if (n->mode == MODE_INVALID)
		return ty_invalid;
	if (target && !assignable(n, target, context))
		return ty_invalid;
	return n->type;
}

/* ---- constant arithmetic ---- */

static bool cv_binary(Op op, ConstVal *a, ConstVal *b, ConstVal *r, Node *n, bool integer_div)
{
	memset(r, 0, sizeof *r);
	if (a->kind == CV_STRING) {
		if (op == OP_ADD) {
			r->kind = CV_STRING;
			char *s = xalloc((size_t)(a->slen + b->slen + 1));
			memcpy(s, a->s, (size_t)a->slen);
			memcpy(s + a->slen, b->s, (size_t)b->slen);
			r->s = s;
			r->slen = a->slen + b->slen;
			return true;
		}
		int c = 0;
		int64_t m = a->slen < b->slen ? a->slen : b->slen;
		c = memcmp(a->s, b->s, (size_t)m);
		if (c == 0)
			c = a->slen < b->slen ? -1 : a->slen > b->slen;
		r->kind = CV_BOOL;
		switch (op) {
		case OP_EQL: r->b = c == 0; break;
		case OP_NEQ: r->b = c != 0; break;
		case OP_LSS: r->b = c < 0; break;
		case OP_LEQ: r->b = c <= 0; break;
		case OP_GTR: r->b = c > 0; break;
		case OP_GEQ: r->b = c >= 0; break;
		default: return false;
		}
		return true;
	}
	if (a->kind == CV_BOOL) {
		r->kind = CV_BOOL;
		switch (op) {
		case OP_LAND: r->b = a->b && b->b; break;
		case OP_LOR: r->b = a->b || b->b; break;
		case OP_EQL: r->b = a->b == b->b; break;
		case OP_NEQ: r->b = a->b != b->b; break;
		default: return false;
		}
		return true;
	}
	if (a->kind == CV_INT && b->kind == CV_INT && !(op == OP_DIV && !integer_div)) {
		int c;
		switch (op) {
		case OP_EQL: case OP_NEQ: case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ:
			c = cv_int_cmp(a, b);
			r->kind = CV_BOOL;
			r->b = op == OP_EQL ? c == 0 : op == OP_NEQ ? c != 0 : op == OP_LSS ? c < 0 :
			       op == OP_LEQ ? c <= 0 : op == OP_GTR ? c > 0 : c >= 0;
			return true;
		case OP_DIV: case OP_REM:
			if (!b->big && b->i == 0) {
				diag_error(n->y ? ast_start_pos(n->y) : n->pos, "invalid operation: division by zero");
				return false;
			}
			/* fallthrough */
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
			cv_int_arith(op, a, b, r);
			return true;
		default:
			return false;
		}
	}
	ConstVal fa = *a, fb = *b;
	cv_to_float(&fa);
	cv_to_float(&fb);
	long double x = fa.f, y = fb.f;
	r->kind = CV_FLOAT;
	switch (op) {
	case OP_ADD: r->f = x + y; break;
	case OP_SUB: r->f = x - y; break;
	case OP_MUL: r->f = x * y; break;
	case OP_DIV:
		if (y == 0) {
			diag_error(n->y ? ast_start_pos(n->y) : n->pos, "invalid operation: division by zero");
			return false;
		}
		r->f = x / y;
		break;
	case OP_EQL: r->kind = CV_BOOL; r->b = x == y; break;
	case OP_NEQ: r->kind = CV_BOOL; r->b = x != y; break;
	case OP_LSS: r->kind = CV_BOOL; r->b = x < y; break;
	case OP_LEQ: r->kind = CV_BOOL; r->b = x <= y; break;
	case OP_GTR: r->kind = CV_BOOL; r->b = x > y; break;
	case OP_GEQ: r->kind = CV_BOOL; r->b = x >= y; break;
	default: return false;
	}
	return true;
}

/* Truncates an integer constant result to a typed integer's range:
 * overflow of a typed constant is an error. */
static bool check_const_overflow(Node *n)
{
	if (n->mode != MODE_CONST || !n->cv)
		return true;
	Type *t = n->type;
	if (n->cv->overflow) {
		/* beyond 512 bits: types2's message names the operation */
		const char *what = "";
		if (n->kind == N_UNARY && n->op == OP_XOR)
			what = "bitwise complement ";
		else if (n->kind == N_BINARY)
			what = n->op == OP_ADD ? "addition " : n->op == OP_SUB ? "subtraction " :
			       n->op == OP_XOR ? "bitwise XOR " : n->op == OP_MUL ? "multiplication " :
			       n->op == OP_SHL ? "shift " : "";
		diag_error(n->pos, "constant %soverflow", what);
		return false;
	}
	if (ty_is_untyped(t))
		return true;
	ConstVal v;
	if (!representable(n->cv, t, &v)) {
		/* a typed constant operation: types2's "x * 2 (constant 200 of
		 * type int8) overflows int8" */
		if (n->cv->kind == CV_INT || n->cv->kind == CV_FLOAT) {
			diag_error(ast_start_pos(n), "%s overflows %s", describe(n), ty_str(t));
			return false;
		}
	} else {
		*n->cv = v;
	}
	return true;
}

/* ---- operators ---- */

/* Why values of type t cannot be compared (types2's incomparableCause). */
static const char *incomparable_cause(Type *t)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_SLICE: return "slice can only be compared to nil";
	case TY_MAP: return "map can only be compared to nil";
	case TY_FUNC: return "func can only be compared to nil";
	case TY_STRUCT:
		for (int i = 0; i < u->fields.n; i++) {
			Field *f = u->fields.v[i];
			if (!ty_comparable(f->type))
				return xprintf("struct containing %s cannot be compared", ty_str(f->type));
		}
		break;
	case TY_ARRAY:
		return xprintf("%s cannot be compared", ty_str(t));
	default:
		break;
	}
	return xprintf("%s cannot be compared", ty_str(t));
}

static bool is_comparison(Op op)
{
	return op == OP_EQL || op == OP_NEQ || op == OP_LSS || op == OP_LEQ || op == OP_GTR || op == OP_GEQ;
}

/* types2: a comparison's mismatch shows at its 2nd operand, another
 * operation's at the 1st */
#define MISMATCH_POS(n) (is_comparison((n)->op) ? ast_start_pos((n)->y) : ast_start_pos(n))

/* types2's compositeKind, else the type: "operator < not defined on slice" */
static const char *kind_str(Type *t)
{
	switch (ty_under(t)->kind) {
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRUCT: return "struct";
	case TY_POINTER: return "pointer";
	case TY_FUNC: return "func";
	case TY_INTERFACE: return "interface";
	case TY_MAP: return "map";
	case TY_CHAN: return "chan";
	default: return ty_str(t);
	}
}

static Type *untyped_rank(Type *a, Type *b)
{
	/* int < rune < float */
	int ra = a->kind == TY_UNTYPED_INT ? 1 : a->kind == TY_UNTYPED_RUNE ? 2 : a->kind == TY_UNTYPED_FLOAT ? 3 : 0;
	int rb = b->kind == TY_UNTYPED_INT ? 1 : b->kind == TY_UNTYPED_RUNE ? 2 : b->kind == TY_UNTYPED_FLOAT ? 3 : 0;
	return ra >= rb ? a : b;
}

static bool op_defined(Op op, Type *t)
{
	Type *u = ty_under(t);
	switch (op) {
	case OP_ADD:
		return ty_is_numeric(u) || ty_is_string(u);
	case OP_SUB: case OP_MUL: case OP_DIV:
		return ty_is_numeric(u);
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
		return ty_is_integer(u);
	case OP_LAND: case OP_LOR:
		return ty_is_bool(u);
	default:
		return true;
	}
}

static const char *op_kind_word(Op op)
{
	switch (op) {
	case OP_ADD: return "numeric or string";
	case OP_LAND: case OP_LOR: return "boolean";
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: return "integer";
	default: return "numeric";
	}
}

static Type *check_shift(Node *n)
{
	Node *x = n->x, *y = n->y;
	check_expr(x, NULL);
	check_value(x);
	check_expr(y, NULL);
	check_value(y);
	if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	/* the count: integer (or untyped constant representable as uint) */
	if (y->mode == MODE_CONST) {
		ConstVal v;
		if (!representable(y->cv, ty_uint, &v)) {
			bool integral = y->cv->kind == CV_INT || (y->cv->kind == CV_FLOAT && y->cv->f == floorl(y->cv->f));
			bool neg = y->cv->kind == CV_INT ? y->cv->i < 0 : y->cv->kind == CV_FLOAT && y->cv->f < 0;
			if (integral && neg)
				diag_error(ast_start_pos(y), "invalid operation: negative shift count %s", describe(y));
			else if (ty_is_untyped(y->type)) /* types2: representable(y, uint) */
				diag_error(ast_start_pos(y), "%s %s uint", describe(y), integral ? "overflows" : "truncated to");
			else
				diag_error(ast_start_pos(y), "invalid shift count %s", describe(y));
			invalid(n);
			return ty_invalid;
		}
		/* a constant shift's count is bounded (types2's shiftBound: enough
		 * for the smallest float64) */
		if (x->mode == MODE_CONST && (uint64_t)v.i > 1023 - 1 + 52) {
			diag_error(ast_start_pos(y), "invalid operation: invalid shift count %s", describe(y));
			invalid(n);
			return ty_invalid;
		}
		if (ty_is_untyped(y->type))
			convert_untyped(y, ty_uint);
	} else if (!ty_is_integer(y->type)) {
		diag_error(ast_start_pos(y), "invalid operation: shift count %s must be integer", describe(y));
		invalid(n);
		return ty_invalid;
	} else if (ty_is_untyped(y->type)) {
		convert_untyped(y, ty_uint);
	}
	if (x->mode == MODE_CONST) {
		if (x->cv->kind == CV_FLOAT) {
			ConstVal v;
			if (representable(x->cv, ty_untyped_int, &v) && ty_is_untyped(x->type)) {
				*x->cv = v;
				x->type = ty_untyped_int;
			}
		}
		if (!ty_is_integer(x->type) || x->cv->kind != CV_INT) {
			diag_error(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", describe(x));
			invalid(n);
			return ty_invalid;
		}
		if (y->mode == MODE_CONST) {
			ConstVal *r = xalloc(sizeof *r);
			cv_int_shift(x->cv, (uint64_t)y->cv->i, n->op == OP_SHL, r);
			n->mode = MODE_CONST;
			n->cv = r;
			n->type = x->type;
			if (!check_const_overflow(n)) {
				invalid(n);
				return ty_invalid;
			}
			return n->type;
		}
		/* a non-constant shift of an untyped constant: the constant takes
		 * the type the shift gets from its context (spec "Operators");
		 * the expression stays untyped until then (int by default) */
		if (ty_is_untyped(x->type)) {
			if (x->type != ty_untyped_int && x->type != ty_untyped_rune) {
				ConstVal v;
				if (representable(x->cv, ty_untyped_int, &v)) {
					*x->cv = v;
					x->type = ty_untyped_int;
				}
			}
			n->mode = MODE_VALUE;
			n->type = x->type;
			return n->type;
		}
	}
	if (!ty_is_integer(x->type)) {
		diag_error(ast_start_pos(x), "invalid operation: shifted operand %s must be integer", describe(x));
		invalid(n);
		return ty_invalid;
	}
	n->mode = MODE_VALUE;
	n->type = x->type;
	return n->type;
}

static Type *check_binary(Node *n)
{
	if (n->op == OP_SHL || n->op == OP_SHR)
		return check_shift(n);
	Node *x = n->x, *y = n->y;
	check_expr(x, NULL);
	check_value(x);
	check_expr(y, NULL);
	check_value(y);
	if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	Type *xt = x->type, *yt = y->type;
	bool xu = ty_is_untyped(xt), yu = ty_is_untyped(yt);
	/* types2's matchTypes: an untyped value (not nil) cannot become a
	 * non-empty interface, nor an untyped number a composite type (a
	 * pointer, bool or string is a mismatch instead, below) */
	for (int k = 0; k < 2; k++) {
		Node *u = k ? y : x;
		Type *it = k ? xt : yt, *iu = ty_under(it);
		if (!ty_is_untyped(u->type) || u->type == ty_untyped_nil || ty_is_untyped(it) || it == ty_invalid)
			continue;
		bool bad = ty_is_interface(it) ? !ty_is_empty_interface(iu) :
		           ty_is_numeric(u->type) && !ty_is_numeric(iu) && !ty_is_bool(iu) && !ty_is_string(iu) &&
		           iu->kind != TY_POINTER && iu->kind != TY_UNSAFEPTR;
		if (bad) {
			diag_error(ast_start_pos(u), "cannot convert %s to type %s", describe(u), ty_str(iu));
			invalid(n);
			return ty_invalid;
		}
	}
	/* match untyped operands to the typed one */
	if (xu && !yu) {
		if (xt == ty_untyped_nil || !(ty_is_interface(yt) && !is_comparison(n->op))) {
			if (xt == ty_untyped_nil || ty_is_interface(yt)) {
				if (xt == ty_untyped_nil && !assignable(x, yt, "comparison")) {
					diag_error(ast_start_pos(y), "invalid operation: %s (mismatched types untyped nil and %s)", expr_str(n), ty_str(yt));
					invalid(n);
					return ty_invalid;
				}
				if (xt != ty_untyped_nil)
					convert_untyped(x, yt);
			} else {
				ConstVal v;
				bool kind_ok = (ty_is_numeric(xt) && ty_is_numeric(yt)) ||
				               (ty_is_string(xt) && ty_is_string(yt)) ||
				               (ty_is_bool(xt) && ty_is_bool(yt));
				if (!kind_ok) {
					diag_error(MISMATCH_POS(n), "invalid operation: %s (mismatched types %s and %s)", expr_str(n),
					           ty_str(xt), ty_str(yt));
					invalid(n);
					return ty_invalid;
				}
				if (x->mode == MODE_CONST && !representable(x->cv, yt, &v)) {
					bool trunc = x->cv->kind == CV_FLOAT && ty_is_integer(yt);
					diag_error(ast_start_pos(x), "%s %s %s", describe(x),
					           trunc ? "truncated to" : "overflows", ty_str(yt));
					if (0)
						diag_error(ast_start_pos(x), "cannot use %s as %s value in %s", describe(x),
						           ty_str(yt), "operation");
					invalid(n);
					return ty_invalid;
				}
				convert_untyped(x, yt);
			}
		}
		xt = x->type;
	} else if (yu && !xu) {
		if (yt == ty_untyped_nil || ty_is_interface(xt)) {
			if (yt == ty_untyped_nil && !assignable(y, xt, "comparison")) {
				diag_error(ast_start_pos(y), "invalid operation: %s (mismatched types %s and untyped nil)", expr_str(n), ty_str(xt));
				invalid(n);
				return ty_invalid;
			}
			if (yt != ty_untyped_nil)
				convert_untyped(y, xt);
		} else {
			ConstVal v;
			bool kind_ok = (ty_is_numeric(xt) && ty_is_numeric(yt)) ||
			               (ty_is_string(xt) && ty_is_string(yt)) || (ty_is_bool(xt) && ty_is_bool(yt));
			if (!kind_ok) {
				diag_error(MISMATCH_POS(n), "invalid operation: %s (mismatched types %s and %s)", expr_str(n),
				           ty_str(xt), ty_str(yt));
				invalid(n);
				return ty_invalid;
			}
			if (y->mode == MODE_CONST && !representable(y->cv, xt, &v)) {
				bool trunc = y->cv->kind == CV_FLOAT && ty_is_integer(xt);
				diag_error(ast_start_pos(y), "%s %s %s", describe(y), trunc ? "truncated to" : "overflows",
				           ty_str(xt));
				invalid(n);
				return ty_invalid;
			}
			convert_untyped(y, xt);
		}
		yt = y->type;
	} else if (xu && yu) {
		if (xt == ty_untyped_nil && yt == ty_untyped_nil) {
			diag_error(ast_start_pos(y), "invalid operation: %s (operator %s not defined on untyped nil)",
			           expr_str(n), ast_op_str(n->op));
			invalid(n);
			return ty_invalid;
		}
		bool both_num = ty_is_numeric(xt) && ty_is_numeric(yt);
		if (!both_num && xt != yt) {
			diag_error(MISMATCH_POS(n), "invalid operation: %s (mismatched types %s and %s)", expr_str(n),
			           ty_str(xt), ty_str(yt));
			invalid(n);
			return ty_invalid;
		}
		if (both_num) {
			Type *r = untyped_rank(xt, yt);
			xt = yt = r;
		}
	}
	if (is_comparison(n->op)) {
		/* comparable / ordered, and the types must match */
		bool ok = true;
		const char *why = NULL;
		if (!ty_identical(xt, yt) && !(ty_is_untyped(xt) && ty_is_untyped(yt))) {
			/* assignability in either direction */
			bool ok2 = false;
			if (ty_is_interface(xt) && !ty_is_interface(yt) && ty_implements(yt, xt, NULL, NULL))
				ok2 = true;
			if (ty_is_interface(yt) && !ty_is_interface(xt) && ty_implements(xt, yt, NULL, NULL))
				ok2 = true;
			if (ty_is_interface(xt) && ty_is_interface(yt) &&
			    (ty_implements(yt, xt, NULL, NULL) || ty_implements(xt, yt, NULL, NULL)))
				ok2 = true;
			/* assignable either way: identical underlying types with one
			 * side unnamed, or a bidirectional channel and a directional one */
			if (assignable_type(xt, yt) || assignable_type(yt, xt))
				ok2 = true;
			if (xt == ty_untyped_nil || yt == ty_untyped_nil)
				ok2 = true;
			if (!ok2) {
				/* like types2: on the 2nd operand, where the mismatch shows */
				diag_error(ast_start_pos(y), "invalid operation: %s (mismatched types %s and %s)", expr_str(n),
				           ty_str(xt), ty_str(yt));
				invalid(n);
				return ty_invalid;
			}
		}
		Type *ct = xt == ty_untyped_nil ? yt : xt;
		Node *at = x; /* types2's errOp */
		if (n->op == OP_EQL || n->op == OP_NEQ) {
			bool nilcmp = x->type == ty_untyped_nil || y->type == ty_untyped_nil ||
			              x->mode == MODE_NIL || y->mode == MODE_NIL;
			/* each operand must be comparable (an interface compared
			 * with a slice, say, is not) */
			if (!nilcmp && !ty_comparable(xt)) {
				ok = false;
				why = incomparable_cause(xt);
			} else if (!nilcmp && !ty_comparable(yt)) {
				ok = false;
				why = incomparable_cause(yt);
				at = y;
			}
		} else {
			Type *cu = ty_under(ct);
			Type *yu2 = ty_under(yt == ty_untyped_nil ? xt : yt);
			if (!(ty_is_numeric(cu) || ty_is_string(cu))) {
				ok = false;
				why = xprintf("operator %s not defined on %s", ast_op_str(n->op), kind_str(ct));
			} else if (!(ty_is_numeric(yu2) || ty_is_string(yu2))) {
				ok = false;
				why = xprintf("operator %s not defined on %s", ast_op_str(n->op), kind_str(yt));
				at = y;
			}
		}
		if (!ok) {
			diag_error(ast_start_pos(at), "invalid operation: %s (%s)", expr_str(n), why);
			invalid(n);
			return ty_invalid;
		}
		if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
			ConstVal r;
			if (!cv_binary(n->op, x->cv, y->cv, &r, n, true)) {
				invalid(n);
				return ty_invalid;
			}
			n->mode = MODE_CONST;
			n->cv = xalloc(sizeof(ConstVal));
			*n->cv = r;
			n->type = ty_untyped_bool;
			return n->type;
		}
		/* untyped operands of a non-constant comparison get default types */
		if (ty_is_untyped(x->type) && x->type != ty_untyped_nil)
			convert_untyped(x, ty_default(x->type));
		if (ty_is_untyped(y->type) && y->type != ty_untyped_nil)
			convert_untyped(y, ty_default(y->type));
		n->mode = MODE_VALUE;
		n->type = ty_untyped_bool;
		return n->type;
	}
	if (!ty_identical(xt, yt)) {
		diag_error(ast_start_pos(n), "invalid operation: %s (mismatched types %s and %s)", expr_str(n), ty_str(xt),
		           ty_str(yt));
		invalid(n);
		return ty_invalid;
	}
	if (!op_defined(n->op, xt)) {
		diag_error(ast_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_str(n->op),
		           describe(x));
		(void)op_kind_word;
		invalid(n);
		return ty_invalid;
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		ConstVal r;
		bool intdiv = ty_is_integer(xt) && xt->kind != TY_UNTYPED_FLOAT;
		if (!cv_binary(n->op, x->cv, y->cv, &r, n, intdiv)) {
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_CONST;
		n->cv = xalloc(sizeof(ConstVal));
		*n->cv = r;
		n->type = xt;
		if (ty_is_untyped(xt) && r.kind == CV_FLOAT && xt->kind != TY_UNTYPED_FLOAT)
			n->type = ty_untyped_float;
		if (!check_const_overflow(n)) {
			invalid(n);
			return ty_invalid;
		}
		return n->type;
	}
	if ((n->op == OP_DIV || n->op == OP_REM) && y->mode == MODE_CONST && ty_is_integer(xt)) {
		if ((y->cv->kind == CV_INT && y->cv->i == 0)) {
			diag_error(ast_start_pos(y), "invalid operation: division by zero");
			invalid(n);
			return ty_invalid;
		}
	}
	n->mode = MODE_VALUE;
	n->type = xt;
	return n->type;
}

static Type *check_unary(Node *n)
{
	Node *x = n->x;
	if (n->op == OP_AND) {
		/* &x: addressable operand, or &T{...} */
		Node *inner = x;
		while (inner->kind == N_PAREN)
			inner = inner->x;
		if (inner->kind == N_COMPOSITE) {
			Type *t = check_expr(inner, NULL);
			if (inner->mode == MODE_INVALID) {
				invalid(n);
				return ty_invalid;
			}
			x->type = t;
			n->mode = MODE_VALUE;
			n->type = ty_pointer(t);
			return n->type;
		}
		check_expr(x, NULL);
		check_value(x);
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		if (x->mode != MODE_VAR) {
			diag_error(ast_start_pos(x), "invalid operation: cannot take address of %s", describe(x));
			invalid(n);
			return ty_invalid;
		}
		/* the root variable lives on the heap */
		Node *root = x;
		for (;;) {
			if (root->kind == N_PAREN)
				root = root->x;
			else if (root->kind == N_SELECTOR && root->aux == 1 /* SELK_FIELD */ && !root->flag_commaok)
				root = root->x;
			else if (root->kind == N_INDEX && ty_under(root->x->type)->kind == TY_ARRAY)
				root = root->x;
			else
				break;
		}
		if (root->kind == N_IDENT && root->sym && root->sym->kind == S_VAR && !root->sym->global) {
			root->sym->addrtaken = true;
			root->sym->heap = true;
		}
		n->mode = MODE_VALUE;
		n->type = ty_pointer(x->type);
		return n->type;
	}
	if (n->op == OP_ARROW) {
		check_expr(x, NULL);
		check_value(x);
		if (x->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		Type *u = ty_under(x->type);
		if (u->kind != TY_CHAN) {
			diag_error(ast_start_pos(x), "invalid operation: cannot receive from non-channel %s", describe(x));
			invalid(n);
			return ty_invalid;
		}
		if (u->dir == CHAN_SEND) {
			diag_error(ast_start_pos(x), "invalid operation: cannot receive from send-only channel %s", describe(x));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_COMMAOK;
		n->type = u->elem;
		return n->type;
	}
	check_expr(x, NULL);
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	Type *t = x->type;
	bool ok;
	switch (n->op) {
	case OP_ADD: case OP_SUB: ok = ty_is_numeric(t); break;
	case OP_XOR: ok = ty_is_integer(t); break;
	case OP_NOT: ok = ty_is_bool(t); break;
	default: ok = false;
	}
	if (!ok) {
		diag_error(ast_start_pos(x), "invalid operation: operator %s not defined on %s", ast_op_str(n->op), describe(x));
		invalid(n);
		return ty_invalid;
	}
	if (x->mode == MODE_CONST) {
		ConstVal *r = xalloc(sizeof *r);
		*r = *x->cv;
		switch (n->op) {
		case OP_SUB:
			if (r->kind == CV_INT)
				cv_int_neg(x->cv, r);
			else
				r->f = -r->f;
			break;
		case OP_NOT: r->b = !r->b; break;
		case OP_XOR:
			if (ty_is_unsigned(t)) {
				__int128 lo, hi;
				int64_t size = ty_size(t);
				hi = size >= 8 ? (__int128)UINT64_MAX : (((__int128)1 << (size * 8)) - 1);
				lo = 0;
				(void)lo;
				r->i = hi ^ r->i;
			} else {
				cv_int_not(x->cv, r);
			}
			break;
		default: break;
		}
		n->mode = MODE_CONST;
		n->cv = r;
		n->type = t;
		if (!check_const_overflow(n)) {
			invalid(n);
			return ty_invalid;
		}
		return t;
	}
	n->mode = MODE_VALUE;
	n->type = t;
	return t;
}

/* ---- selectors ---- */

enum { SELK_NONE, SELK_FIELD, SELK_METHOD, SELK_IFACE, SELK_PKG, SELK_METHODEXPR };
/* types2 reports selector errors at the selected name */
#define SELPOS(n) ((n)->pos2.line ? (n)->pos2 : (n)->pos)

/* f's params and results continue with sig's (names too) */
static void append_sig(Type *f, Type *sig)
{
	for (int i = 0; i < sig->params.n; i++) {
		vec_push(&f->params, sig->params.v[i]);
		vec_push(&f->pnames, i < sig->pnames.n ? sig->pnames.v[i] : NULL);
	}
	for (int i = 0; i < sig->results.n; i++) {
		vec_push(&f->results, sig->results.v[i]);
		vec_push(&f->rnames, i < sig->rnames.n ? sig->rnames.v[i] : NULL);
	}
	f->variadic = sig->variadic;
}

static Type *method_sig_with_recv(Sym *m, Type *recv)
{
	Type *f = ty_new(TY_FUNC);
	vec_push(&f->params, recv);
	Node *r = m->decl ? m->decl->x : NULL;
	vec_push(&f->pnames, r && r->list.n ? (void *)((Node *)r->list.v[0])->name : NULL);
	append_sig(f, m->type);
	return f;
}

static Type *check_selector(Node *n)
{
	Node *x = n->x;
	/* package-qualified identifier */
	if (x->kind == N_IDENT) {
		Sym *ps = scope_lookup(cur.scope, x->name, NULL);
		if (!ps && cur.pkg && cur.pkg->is_snippet)
			ps = snippet_autoimport(x->name, x->pos);
		if (ps && ps->kind == S_PKG) {
			ps->used = true;
			x->sym = ps;
			x->mode = MODE_PKG;
			Pkg *p = ps->imported;
			Sym *s = p ? scope_lookup_local(p->scope, n->name) : NULL;
			if (!s || !is_exported(n->name)) {
				if (s && !is_exported(n->name))
					diag_error(SELPOS(n), "name %s not exported by package %s", n->name, p->name);
				else
					diag_error(SELPOS(n), "undefined: %s.%s", x->name, n->name);
				invalid(n);
				return ty_invalid;
			}
			if (s->state != 2)
				resolve_global(s);
			n->sym = s;
			n->aux = SELK_PKG;
			s->used = true;
			switch (s->kind) {
			case S_VAR: n->mode = MODE_VAR; break;
			case S_CONST: n->mode = MODE_CONST; n->cv = s->cv ? cv_copy(s->cv) : NULL; break;
			case S_TYPE: n->mode = MODE_TYPE; break;
			case S_FUNC: n->mode = MODE_FUNC; break;
			default: n->mode = MODE_INVALID;
			}
			n->type = s->type ? s->type : ty_invalid;
			return n->type;
		}
	}
	Type *xt = check_expr_or_type(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	if (x->mode == MODE_TYPE && generic_misused(x, false)) {
		invalid(n);
		return ty_invalid;
	}
	if (x->mode == MODE_TYPE) {
		/* method expression T.M or (*T).M */
		Selection sel = ty_lookup(xt, n->name, cur.pkg);
		if (sel.kind != SEL_METHOD) {
			diag_error(SELPOS(n), "%s undefined (type %s has no method %s)", expr_str(n), ty_str(xt), n->name);
			invalid(n);
			return ty_invalid;
		}
		if (sel.method && sel.method->ptr_recv && xt->kind != TY_POINTER && !sel.indirect) {
			diag_error(SELPOS(n), "invalid method expression %s (needs pointer receiver (*%s).%s)", expr_str(n),
			           ty_str(xt), n->name);
			invalid(n);
			return ty_invalid;
		}
		Selection *sp = xalloc(sizeof *sp);
		*sp = sel;
		n->ext = sp;
		n->aux = SELK_METHODEXPR;
		n->sym = sel.method;
		if (sel.method)
			note_dep(sel.method);
		n->mode = MODE_VALUE;
		if (sel.method) {
			n->type = method_sig_with_recv(sel.method, xt);
		} else {
			/* interface method expression */
			Type *iu = ty_under(xt);
			ty_complete_interface(iu);
			for (int i = 0; i < iu->imethods.n; i++) {
				IMethod *im = iu->imethods.v[i];
				if (im->name == n->name) {
					Type *f = ty_new(TY_FUNC);
					vec_push(&f->params, xt);
					vec_push(&f->pnames, NULL);
					append_sig(f, im->sig);
					n->type = f;
				}
			}
		}
		return n->type;
	}
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	Type *t = xt;
	if (t->kind == TY_POINTER && ty_under(t->elem) && ty_under(t->elem)->kind == TY_POINTER) {
		diag_error(SELPOS(n), "%s undefined (type %s has no field or method %s)", expr_str(n), ty_str(t), n->name);
		invalid(n);
		return ty_invalid;
	}
	if (ty_under(t)->kind == TY_POINTER && ty_is_interface(ty_under(t)->elem)) {
		diag_error(SELPOS(n), "%s undefined (type %s is pointer to interface, not interface)", expr_str(n), ty_str(t));
		invalid(n);
		return ty_invalid;
	}
	Type *base = t;
	if (ty_under(t)->kind == TY_POINTER && t->kind != TY_POINTER)
		base = ty_under(t); /* named pointer types have no methods, but fields are reachable */
	Selection sel = ty_lookup(base, n->name, cur.pkg);
	if (sel.kind == SEL_AMBIGUOUS) {
		diag_error(SELPOS(n), "ambiguous selector %s", expr_str(n));
		invalid(n);
		return ty_invalid;
	}
	if (sel.kind == SEL_NONE) {
		/* a hint as gc gives: different capitalization */
		const char *what = "field or method";
		Type *u = ty_under(t->kind == TY_POINTER ? t->elem : t);
		if (u && u->kind == TY_INTERFACE)
			what = "field or method";
		diag_error(SELPOS(n), "%s undefined (type %s has no %s %s)", expr_str(n), ty_str(t), what, n->name);
		invalid(n);
		return ty_invalid;
	}
	Selection *sp = xalloc(sizeof *sp);
	*sp = sel;
	n->ext = sp;
	if (sel.kind == SEL_FIELD) {
		n->aux = SELK_FIELD;
		n->type = sel.field->type;
		/* addressable if x is addressable or a pointer is followed */
		n->mode = (x->mode == MODE_VAR || sel.indirect || ty_under(t)->kind == TY_POINTER) ? MODE_VAR : MODE_VALUE;
		return n->type;
	}
	if (!sel.method) {
		/* interface method (direct or through an embedded interface) */
		n->aux = SELK_IFACE;
		Type *iu = ty_under(sel.recv_base);
		ty_complete_interface(iu);
		for (int i = 0; i < iu->imethods.n; i++) {
			IMethod *im = iu->imethods.v[i];
			if (im->name == n->name)
				n->type = im->sig;
		}
		n->mode = MODE_VALUE;
		return n->type;
	}
	n->aux = SELK_METHOD;
	n->sym = sel.method;
	if (sel.method->state != 2)
		resolve_global(sel.method);
	note_dep(sel.method); /* initialization order sees through method calls */
	n->type = sel.method->type;
	n->mode = MODE_VALUE;
	/* a pointer method on an addressable value: &x is taken implicitly */
	if (sel.method->ptr_recv && !sel.indirect && ty_under(t)->kind != TY_POINTER) {
		if (x->mode != MODE_VAR) {
			diag_error(SELPOS(n), "cannot call pointer method %s on %s", n->name, ty_str(t));
			invalid(n);
			return ty_invalid;
		}
		Node *root = x;
		for (;;) {
			if (root->kind == N_PAREN)
				root = root->x;
			else if (root->kind == N_SELECTOR && root->aux == SELK_FIELD)
				root = root->x;
			else if (root->kind == N_INDEX && ty_under(root->x->type)->kind == TY_ARRAY)
				root = root->x;
			else
				break;
		}
		if (root->kind == N_IDENT && root->sym && root->sym->kind == S_VAR && !root->sym->global) {
			root->sym->addrtaken = true;
			root->sym->heap = true;
		}
	}
	return n->type;
}

/* ---- index, slice, assertion ---- */

static bool check_index_value(Node *i, int64_t len, const char *what)
{
	check_expr(i, NULL);
	check_value(i);
	if (i->mode == MODE_INVALID)
		return false;
	if (!ty_is_integer(i->type) && !(i->mode == MODE_CONST && i->cv->kind == CV_FLOAT)) {
		diag_error(ast_start_pos(i), "invalid argument: %s %s must be integer", what, describe(i));
		return false;
	}
	if (i->mode == MODE_CONST) {
		ConstVal v;
		/* types2's isValidIndex: an untyped constant is converted to int
		 * first (convertUntyped's message), a typed one must fit int */
		if (ty_is_untyped(i->type) && !representable(i->cv, ty_int, &v)) {
			bool trunc = i->cv->kind == CV_FLOAT && i->cv->f != floorl(i->cv->f);
			diag_error(ast_start_pos(i), "%s %s int", describe(i), trunc ? "truncated to" : "overflows");
			return false;
		}
		if (!representable(i->cv, ty_int, &v)) {
			if (i->cv->kind == CV_FLOAT)
				diag_error(ast_start_pos(i), "invalid argument: %s %s must be integer", what, describe(i));
			else
				diag_error(ast_start_pos(i), "invalid argument: %s %s overflows int", what, describe(i));
			return false;
		}
		if (v.i < 0) {
			if (ty_is_untyped(i->type)) {
				i->type = ty_int;
				i->cv = xalloc(sizeof(ConstVal));
				*i->cv = v;
			}
			diag_error(ast_start_pos(i), "invalid argument: %s %s must not be negative", what, describe(i));
			return false;
		}
		if (len >= 0 && v.i >= len) {
			diag_error(ast_start_pos(i), "invalid argument: %s %s out of bounds [0:%lld]", what,
			           cv_str(&v), (long long)len);
			return false;
		}
		if (ty_is_untyped(i->type))
			convert_untyped(i, ty_int);
	} else if (ty_is_untyped(i->type)) {
		convert_untyped(i, ty_int);
	}
	return true;
}

static Type *check_index(Node *n)
{
	Node *x = n->x;
	check_expr(x, NULL);
	if (x->mode == MODE_TYPE)
		return generic_instantiate(n); /* atomic.Pointer[T] */
	check_value(x);
	if (x->mode == MODE_INVALID) {
		check_expr(n->y, NULL);
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(x->type);
	int64_t len = -1;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (x->mode == MODE_CONST)
			len = x->cv->slen;
		if (!check_index_value(n->y, len, "index")) {
			invalid(n);
			return ty_invalid;
		}
		if (x->mode == MODE_CONST && n->y->mode == MODE_CONST) {
			n->mode = MODE_CONST;
			n->cv = xalloc(sizeof(ConstVal));
			n->cv->kind = CV_INT;
			n->cv->i = (unsigned char)x->cv->s[(int64_t)n->y->cv->i];
			n->mode = MODE_VALUE; /* Go: indexing a constant string is not a constant */
		} else {
			n->mode = MODE_VALUE;
		}
		if (ty_is_untyped(x->type))
			convert_untyped(x, ty_string);
		n->type = ty_byte;
		return n->type;
	case TY_SLICE:
		if (!check_index_value(n->y, -1, "index")) {
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VAR;
		n->type = u->elem;
		return n->type;
	case TY_ARRAY:
		if (!check_index_value(n->y, u->len, "index")) {
			invalid(n);
			return ty_invalid;
		}
		n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
		n->type = u->elem;
		return n->type;
	case TY_POINTER: {
		Type *a = ty_under(u->elem);
		if (a->kind == TY_ARRAY) {
			if (!check_index_value(n->y, a->len, "index")) {
				invalid(n);
				return ty_invalid;
			}
			n->mode = MODE_VAR;
			n->type = a->elem;
			return n->type;
		}
		break;
	}
	case TY_MAP:
		check_rvalue(n->y, u->key, "map index");
		n->mode = MODE_MAPINDEX;
		n->type = u->elem;
		return n->type;
	default:
		break;
	}
	diag_error(n->pos, "invalid operation: cannot index %s", describe(x));
	check_expr(n->y, NULL);
	invalid(n);
	return ty_invalid;
}

static Type *check_slice_expr(Node *n)
{
	Node *x = n->x;
	check_expr(x, NULL);
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(x->type);
	int64_t cap = -1;
	Type *result = NULL;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING:
		if (n->flag) {
			diag_error(n->w ? ast_start_pos(n->w) : n->pos, "invalid operation: 3-index slice of string");
			invalid(n);
			return ty_invalid;
		}
		if (x->mode == MODE_CONST)
			cap = x->cv->slen + 1;
		if (ty_is_untyped(x->type))
			convert_untyped(x, ty_string);
		result = x->type;
		break;
	case TY_SLICE:
		result = x->type;
		break;
	case TY_ARRAY:
		if (x->mode != MODE_VAR) {
			diag_error(n->pos, "invalid operation: %s (slice of unaddressable value)", expr_str(n));
			invalid(n);
			return ty_invalid;
		}
		cap = u->len + 1;
		result = ty_slice(u->elem);
		{
			Node *root = x;
			while (root->kind == N_PAREN || (root->kind == N_SELECTOR && root->aux == SELK_FIELD) ||
			       (root->kind == N_INDEX && ty_under(root->x->type)->kind == TY_ARRAY))
				root = root->x;
			if (root->kind == N_IDENT && root->sym && root->sym->kind == S_VAR && !root->sym->global) {
				root->sym->addrtaken = true;
				root->sym->heap = true;
			}
		}
		break;
	case TY_POINTER:
		if (ty_under(u->elem)->kind == TY_ARRAY) {
			cap = ty_under(u->elem)->len + 1;
			result = ty_slice(ty_under(u->elem)->elem);
			break;
		}
		/* fallthrough */
	default:
		diag_error(ast_start_pos(x), "invalid operation: cannot slice %s", describe(x));
		invalid(n);
		return ty_invalid;
	}
	Node *idx[3] = {n->y, n->z, n->w};
	int64_t vals[3] = {-1, -1, -1};
	for (int i = 0; i < 3; i++) {
		if (!idx[i])
			continue;
		if (!check_index_value(idx[i], cap, "index")) {
			invalid(n);
			return ty_invalid;
		}
		if (idx[i]->mode == MODE_CONST)
			vals[i] = (int64_t)idx[i]->cv->i;
	}
	for (int i = 0; i < 3; i++)
		for (int j = i + 1; j < 3; j++)
			if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
				diag_error(ast_start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)vals[j],
				           (long long)vals[i]);
				invalid(n);
				return ty_invalid;
			}
	n->mode = MODE_VALUE;
	n->type = result;
	return result;
}

static Type *check_typeassert(Node *n)
{
	Node *x = n->x;
	check_expr(x, NULL);
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	if (!n->y) {
		diag_error(n->pos, "invalid syntax tree: use of .(type) outside type switch");
		invalid(n);
		return ty_invalid;
	}
	if (!ty_is_interface(x->type)) {
		diag_error(ast_start_pos(x), "invalid operation: %s is not an interface", describe(x));
		invalid(n);
		return ty_invalid;
	}
	Type *t = resolve_type(n->y);
	if (t == ty_invalid) {
		invalid(n);
		return ty_invalid;
	}
	if (!ty_is_interface(t)) {
		const char *missing = NULL;
		bool wrongptr = false;
		if (!ty_implements(t, x->type, &missing, &wrongptr)) {
			diag_error(ast_start_pos(x), "impossible type assertion: %s\n\t%s does not implement %s (%s method %s)",
			           expr_str(n), ty_str(t), ty_str(x->type), wrongptr ? "pointer receiver for" : "missing",
			           missing);
			invalid(n);
			return ty_invalid;
		}
	}
	n->mode = MODE_COMMAOK;
	n->type = t;
	return t;
}

/* ---- composite literals ---- */

static void check_elem(Node *e, Type *t, const char *ctx)
{
	if (e->kind == N_COMPOSITE && !e->x) {
		check_expr(e, t);
		return;
	}
	if (e->kind == N_UNARY && e->op == OP_AND && e->x->kind == N_COMPOSITE && !e->x->x &&
	    ty_under(t)->kind == TY_POINTER) {
		/* &{...} elided as &T{...} */
		check_expr(e->x, ty_under(t)->elem);
		e->mode = MODE_VALUE;
		e->type = t;
		return;
	}
	check_rvalue(e, t, ctx);
}

static Type *check_composite(Node *n, Type *hint)
{
	Type *t;
	if (n->x) {
		if (n->x->kind == N_ARRAYTYPE && n->x->x && n->x->x->kind == N_ELLIPSIS) {
			Type *elem = resolve_type(n->x->y);
			t = ty_array(elem, -1); /* length from the elements */
		} else {
			t = resolve_type(n->x);
		}
	} else if (hint) {
		t = hint;
		if (ty_under(t)->kind == TY_POINTER) {
			/* elided &T in []*T{{...}} */
			t = ty_under(t)->elem;
			n->aux = 1; /* emit as &T{...} */
		}
	} else {
		diag_error(n->pos, "invalid composite literal type: missing type");
		invalid(n);
		return ty_invalid;
	}
	if (t == ty_invalid) {
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE)
				e = e->y;
			if (e->kind != N_COMPOSITE)
				check_expr(e, NULL);
		}
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_STRUCT: {
		if (n->list.n == 0)
			break;
		bool keyed = ((Node *)n->list.v[0])->kind == N_KEYVALUE;
		if (keyed) {
			for (int i = 0; i < n->list.n; i++) {
				Node *kv = n->list.v[i];
				if (kv->kind != N_KEYVALUE || kv->x->kind != N_IDENT) {
					diag_error(ast_start_pos(kv), "mixture of field:value and value elements in struct literal");
					if (kv->kind == N_KEYVALUE)
						check_expr(kv->y, NULL);
					continue;
				}
				int fi = -1;
				for (int k = 0; k < u->fields.n; k++)
					if (((Field *)u->fields.v[k])->name == kv->x->name)
						fi = k;
				if (fi < 0) {
					diag_error(kv->x->pos, "unknown field %s in struct literal of type %s", kv->x->name,
					           ty_str(t));
					check_expr(kv->y, NULL);
					continue;
				}
				Field *f = u->fields.v[fi];
				for (int k = 0; k < i; k++) {
					Node *o = n->list.v[k];
					if (o->kind == N_KEYVALUE && o->x->kind == N_IDENT && o->x->name == kv->x->name) {
						diag_error(kv->pos, "duplicate field name %s in struct literal", kv->x->name);
					}
				}
				kv->x->aux = fi;
				check_elem(kv->y, f->type, "struct literal");
			}
		} else {
			for (int i = 0; i < n->list.n; i++) {
				Node *e = n->list.v[i];
				if (e->kind == N_KEYVALUE) {
					diag_error(ast_start_pos(e), "mixture of field:value and value elements in struct literal");
					continue;
				}
				if (i >= u->fields.n) {
					diag_error(ast_start_pos(e), "too many values in struct literal of type %s", ty_str(t));
					break;
				}
				check_elem(e, ((Field *)u->fields.v[i])->type, "struct literal");
			}
			if (n->list.n < u->fields.n && n->list.n > 0)
				diag_error(n->pos2.line ? n->pos2 : n->pos, "too few values in struct literal of type %s", ty_str(t));
		}
		break;
	}
	case TY_ARRAY: case TY_SLICE: {
		int64_t idx = 0, max = 0;
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind == N_KEYVALUE) {
				if (!check_index_value(e->x, u->kind == TY_ARRAY && u->len >= 0 ? u->len : -1, "index")) {
					check_elem(e->y, u->elem, "array or slice literal");
					continue;
				}
				if (e->x->mode != MODE_CONST) {
					diag_error(ast_start_pos(e->x), "index %s must be integer constant", expr_str(e->x));
					continue;
				}
				idx = (int64_t)e->x->cv->i;
				check_elem(e->y, u->elem, "array or slice literal");
			} else {
				if (u->kind == TY_ARRAY && u->len >= 0 && idx >= u->len) {
					diag_error(ast_start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)idx,
					           (long long)u->len);
				}
				check_elem(e, u->elem, "array or slice literal");
			}
			for (int k = 0; k < i; k++) {
				Node *o = n->list.v[k];
				if (o->elem_index == idx) {
					/* types2 reports at the key:value node, whose position is the colon */
					diag_error(e->kind == N_KEYVALUE ? e->pos : ast_start_pos(e),
					           "duplicate index %lld in array or slice literal", (long long)idx);
					break;
				}
			}
			e->elem_index = idx; /* the element's index, for the emitter */
			idx++;
			if (idx > max)
				max = idx;
		}
		if (u->kind == TY_ARRAY && u->len < 0) {
			/* [...]T */
			t = ty_array(u->elem, max);
			u = t;
		}
		n->aux2 = max;
		break;
	}
	case TY_MAP:
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			if (e->kind != N_KEYVALUE) {
				diag_error(ast_start_pos(e), "missing key in map literal");
				check_expr(e, NULL);
				continue;
			}
			check_elem(e->x, u->key, "map literal");
			check_elem(e->y, u->elem, "map literal");
		}
		/* duplicate constant keys */
		for (int i = 0; i < n->list.n; i++) {
			Node *a = n->list.v[i];
			if (a->kind != N_KEYVALUE || a->x->mode != MODE_CONST)
				continue;
			for (int j = 0; j < i; j++) {
				Node *b = n->list.v[j];
				if (b->kind != N_KEYVALUE || b->x->mode != MODE_CONST)
					continue;
				ConstVal r;
				if (!ty_identical(a->x->type, b->x->type) || a->x->cv->kind != b->x->cv->kind)
					continue; /* interface keys: 1 and 1.0 differ */
				if (cv_binary(OP_EQL, a->x->cv, b->x->cv, &r, a, true) && r.b) {
					diag_error(ast_start_pos(a->x), "duplicate key %s in map literal", expr_str(a->x));
					break;
				}
			}
		}
		break;
	default:
		diag_error(n->x ? ast_start_pos(n->x) : n->pos, "invalid composite literal type %s", ty_str(t));
		invalid(n);
		return ty_invalid;
	}
	n->mode = MODE_VALUE;
	n->type = t;
	return t;
}

/* ---- function literals ---- */

static Type *check_funclit(Node *n)
{
	Func *fn = xalloc(sizeof *fn);
	fn->decl = n;
	fn->outer = cur.func;
	fn->pkg = cur.pkg;
	fn->sig = func_type_of(n->x, &fn->params, &fn->results, NULL);
	for (int i = 0; i < n->x->list2.n; i++)
		if (((Node *)n->x->list2.v[i])->list.n)
			fn->named_results = true;
	n->func = fn;
	vec_push(&cur.pkg->funclits, fn);
	Checker save = cur;
	cur.has_iota = false;
	check_body(fn, n->body);
	cur = save;
	/* a literal inside a literal: the outer one captures what the inner
	 * one captures from further out (note_capture walked the chain). */
	n->mode = MODE_VALUE;
	n->type = fn->sig;
	return fn->sig;
}

/* ---- calls ---- */

Type *tuple_or_single(Type *sig)
{
	if (sig->results.n == 0)
		return NULL;
	if (sig->results.n == 1)
		return sig->results.v[0];
	return ty_tuple(&sig->results);
}

static const char *types_list_str(Vec *args)
{
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < args->n; i++) {
		Node *a = args->v[i];
		if (i)
			buf_puts(&b, ", ");
		if (a->type && a->type->kind == TY_TUPLE) {
			for (int k = 0; k < a->type->fields.n; k++) {
				if (k)
					buf_puts(&b, ", ");
				buf_puts(&b, ty_str(a->type->fields.v[k]));
			}
		} else if (a->mode == MODE_CONST && ty_is_untyped(a->type)) {
			buf_puts(&b, "number");
			if (a->type == ty_untyped_string)
				b.len -= 6, buf_puts(&b, "string");
			else if (a->type == ty_untyped_bool)
				b.len -= 6, buf_puts(&b, "bool");
		} else {
			buf_puts(&b, a->type ? ty_str(a->type) : "?");
		}
	}
	buf_putc(&b, ')');
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

static const char *params_str(Type *sig)
{
	Buf b = {0};
	buf_putc(&b, '(');
	for (int i = 0; i < sig->params.n; i++) {
		if (i)
			buf_puts(&b, ", ");
		Type *p = sig->params.v[i];
		if (sig->variadic && i == sig->params.n - 1) {
			buf_puts(&b, "...");
			buf_puts(&b, ty_str(p->elem));
		} else
			buf_puts(&b, ty_str(p));
	}
	buf_putc(&b, ')');
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

static void check_args(Node *call, Type *sig, const char *fname)
{
	Vec *args = &call->list;
	int np = sig->params.n;
	/* f(g()) with g multi-valued */
	if (args->n == 1) {
		Node *a = args->v[0];
		check_expr(a, np == 1 ? sig->params.v[0] : NULL);
		if (a->mode == MODE_INVALID)
			return;
		if (a->type && a->type->kind == TY_TUPLE) {
			Type *tt = a->type;
			int nv = tt->fields.n;
			bool ok = sig->variadic ? nv >= np - 1 : nv == np;
			if (call->flag) {
				diag_error(call->pos, "cannot use ... with multi-valued %s", expr_str(a));
				return;
			}
			if (!ok) {
				diag_error(nv < np ? call->pos2.line ? call->pos2 : call->pos : ast_start_pos(a),
				           "%s arguments in call to %s\n\thave %s\n\twant %s",
				           nv < np ? "not enough" : "too many", fname, types_list_str(args), params_str(sig));
				return;
			}
			for (int i = 0; i < nv; i++) {
				Type *pt = (sig->variadic && i >= np - 1) ? ((Type *)sig->params.v[np - 1])->elem : sig->params.v[i];
				Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = tt->fields.v[i], .pos = a->pos, .name = "?"};
				tmp.name = expr_str(a);
				if (!assignable(&tmp, pt, xprintf("argument to %s", fname)))
					return;
			}
			call->aux = 1; /* spread a tuple */
			return;
		}
		check_value(a);
	} else {
		for (int i = 0; i < args->n; i++) {
			Node *a = args->v[i];
			Type *pt = NULL;
			if (i < np)
				pt = sig->params.v[i];
			if (sig->variadic && i >= np - 1 && !call->flag)
				pt = ((Type *)sig->params.v[np - 1])->elem;
			check_expr(a, pt);
			check_value(a);
		}
	}
	for (int i = 0; i < args->n; i++)
		if (((Node *)args->v[i])->mode == MODE_INVALID)
			return;
	int na = args->n;
	if (call->flag) {
		if (!sig->variadic) {
			diag_error(ast_start_pos(args->v[na - 1]), "have (...) in call to non-variadic %s", fname);
			diag_error(ast_start_pos(call), "cannot use ... in call to non-variadic %s", fname);
			return;
		}
		if (na != np) {
			diag_error(na < np ? ast_start_pos(args->v[na - 1]) : ast_start_pos(args->v[np]),
			           "%s arguments in call to %s\n\thave %s\n\twant %s",
			           na < np ? "not enough" : "too many", fname, types_list_str(args), params_str(sig));
			return;
		}
	}
	bool count_ok = sig->variadic && !call->flag ? na >= np - 1 : na == np;
	if (!count_ok) {
		Pos p = na < np ? (na ? ast_start_pos(args->v[na - 1]) : ast_start_pos(call)) : ast_start_pos(args->v[np]);
		diag_error(p, "%s arguments in call to %s\n\thave %s\n\twant %s", na < np ? "not enough" : "too many",
		           fname, types_list_str(args), params_str(sig));
		return;
	}
	const char *ctx = xprintf("argument to %s", fname);
	for (int i = 0; i < na; i++) {
		Node *a = args->v[i];
		Type *pt;
		if (sig->variadic && i >= np - 1 && !call->flag)
			pt = ((Type *)sig->params.v[np - 1])->elem;
		else
			pt = sig->params.v[i];
		assignable(a, pt, ctx);
	}
}

static bool convertible(Node *x, Type *t)
{
	Type *v = x->type;
	Type *vu = ty_under(v), *tu = ty_under(t);
	if (x->mode == MODE_CONST && ty_is_basic(t) && !ty_is_untyped(v)) {
		/* typed constant to basic: must be representable (checked by caller) */
	}
	if (ty_is_untyped(v)) {
		if (v == ty_untyped_nil)
			return tu->kind == TY_POINTER || tu->kind == TY_FUNC || tu->kind == TY_SLICE ||
			       tu->kind == TY_MAP || tu->kind == TY_CHAN || tu->kind == TY_INTERFACE ||
			       tu->kind == TY_UNSAFEPTR;
		if (tu->kind == TY_INTERFACE)
			return ty_implements(ty_default(v), t, NULL, NULL);
		if (ty_is_numeric(v) && ty_is_numeric(tu))
			return true;
		if (ty_is_string(v) && ty_is_string(tu))
			return true;
		if (ty_is_bool(v) && ty_is_bool(tu))
			return true;
		if (ty_is_integer(v) && ty_is_string(tu))
			return true;
		if (ty_is_string(v) && tu->kind == TY_SLICE &&
		    (ty_under(tu->elem)->kind == TY_UINT8 || ty_under(tu->elem)->kind == TY_INT32))
			return true;
		return false;
	}
	if (ty_identical(vu, tu))
		return true;
	if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && ty_identical(ty_under(vu->elem), ty_under(tu->elem)))
		return true;
	if (ty_is_numeric(vu) && ty_is_numeric(tu))
		return true;
	if (ty_is_integer(vu) && ty_is_string(tu))
		return true;
	if (ty_is_string(vu) && tu->kind == TY_SLICE &&
	    (ty_under(tu->elem)->kind == TY_UINT8 || ty_under(tu->elem)->kind == TY_INT32))
		return true;
	if (ty_is_string(tu) && vu->kind == TY_SLICE &&
	    (ty_under(vu->elem)->kind == TY_UINT8 || ty_under(vu->elem)->kind == TY_INT32))
		return true;
	if (tu->kind == TY_INTERFACE && ty_implements(v, t, NULL, NULL))
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_ARRAY && ty_identical(vu->elem, tu->elem))
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && ty_under(tu->elem)->kind == TY_ARRAY &&
	    ty_identical(vu->elem, ty_under(tu->elem)->elem))
		return true;
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH && ty_identical(vu->elem, tu->elem))
		return true;
	return false;
}

static Type *check_conversion(Node *n, Type *t)
{
	if (n->list.n != 1) {
		if (n->list.n == 0)
			diag_error(n->pos2.line ? n->pos2 : n->pos, "missing argument in conversion to %s", ty_str(t));
		else
			diag_error(ast_start_pos(n->list.v[n->list.n - 1]), "too many arguments in conversion to %s", ty_str(t));
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i], NULL);
		invalid(n);
		return ty_invalid;
	}
	if (n->flag) {
		diag_error(n->pos, "invalid use of ... in conversion to %s", ty_str(t));
		invalid(n);
		return ty_invalid;
	}
	Node *x = n->list.v[0];
	check_expr(x, ty_under(t)->kind == TY_POINTER || ty_is_interface(t) ? NULL : NULL);
	check_value(x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	n->aux = 2; /* a conversion */
	Type *tu = ty_under(t);
	if (x->mode == MODE_CONST && ty_is_basic(tu) && !ty_is_untyped(tu) && tu->kind != TY_UNSAFEPTR) {
		/* constant conversion */
		ConstVal v;
		if (ty_is_string(tu) && ty_is_integer(x->type)) {
			/* string(rune constant) */
			ConstVal *r = xalloc(sizeof *r);
			r->kind = CV_STRING;
			Buf b = {0};
			__int128 c = x->cv->i;
			put_utf8(&b, (c < 0 || c > 0x10ffff) ? 0xfffd : (uint32_t)c);
			r->s = xstrndup(b.s, b.len);
			r->slen = (int64_t)b.len;
			buf_free(&b);
			n->mode = MODE_CONST;
			n->cv = r;
			n->type = t;
			return t;
		}
		if (!convertible(x, t)) {
			diag_error(ast_start_pos(x), "cannot convert %s to type %s", describe(x), ty_str(t));
			invalid(n);
			return ty_invalid;
		}
		ConstVal src = *x->cv;
		if (ty_is_integer(tu) && src.kind == CV_FLOAT) {
			if (src.f != floorl(src.f)) {
				diag_error(ast_start_pos(x), "cannot convert %s to type %s (truncated)", describe(x), ty_str(t));
				invalid(n);
				return ty_invalid;
			}
		}
		if (!representable(&src, t, &v)) {
			/* Go 1.22 (go.dev/issue/63563): the concise form for integer
			 * to integer conversions only */
			if (ty_is_integer(x->type) && ty_is_float(tu))
				diag_error(ast_start_pos(x), "cannot convert %s to type %s", describe(x), ty_str(t));
			else if (src.kind == CV_FLOAT && ty_is_integer(tu)) {
				/* types2 shows the operand's value as the integer it
				 * was converted to (exact below 2^64 here: floats are
				 * long doubles) */
				Node shown = *x;
				ConstVal iv;
				if (representable(&src, ty_untyped_int, &iv))
					shown.cv = &iv;
				diag_error(ast_start_pos(x), "cannot convert %s to type %s", describe(&shown), ty_str(t));
			} else
				diag_error(ast_start_pos(x), "constant %s overflows %s", cv_str(&src), ty_str(t));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_CONST;
		n->cv = xalloc(sizeof(ConstVal));
		*n->cv = v;
		n->type = t;
		if (ty_is_untyped(x->type))
			convert_untyped(x, t);
		return t;
	}
	if (!convertible(x, t)) {
		diag_error(ast_start_pos(x), "cannot convert %s to type %s", describe(x), ty_str(t));
		invalid(n);
		return ty_invalid;
	}
	if (ty_is_untyped(x->type)) {
		if (x->type == ty_untyped_nil)
			x->type = t;
		else if (ty_is_interface(t) || (ty_is_integer(x->type) && ty_is_string(tu)) ||
		         (ty_is_string(x->type) && tu->kind == TY_SLICE))
			default_untyped(x);
		else
			convert_untyped(x, t);
	}
	n->mode = MODE_VALUE;
	n->type = t;
	return t;
}

Type *check_builtin(Node *n, Builtin b); /* check_builtin.c */

static Type *check_call(Node *n)
{
	Node *f = n->x;
	Type *ft = check_expr_or_type(f);
	if (f->mode == MODE_INVALID) {
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i], NULL);
		invalid(n);
		return ty_invalid;
	}
	if (f->mode == MODE_TYPE && generic_misused(f, false)) {
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i], NULL);
		invalid(n);
		return ty_invalid;
	}
	if (f->mode == MODE_TYPE)
		return check_conversion(n, ft);
	if (f->mode == MODE_BUILTIN) {
		Node *id = f;
		while (id->kind == N_PAREN)
			id = id->x;
		return check_builtin(n, id->sym->builtin);
	}
	check_value(f);
	if (f->mode == MODE_INVALID) {
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(ft);
	if (u->kind != TY_FUNC) {
		diag_error(ast_start_pos(n), "invalid operation: cannot call non-function %s", describe(f));
		for (int i = 0; i < n->list.n; i++)
			check_expr(n->list.v[i], NULL);
		invalid(n);
		return ty_invalid;
	}
	check_args(n, u, expr_str(f));
	Type *r = tuple_or_single(u);
	if (!r) {
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	}
	n->mode = MODE_VALUE;
	n->type = r;
	return r;
}

/* ---- the dispatcher ---- */

static Type *check_expr_inner(Node *n, Type *hint)
{
	switch (n->kind) {
	case N_IDENT:
		return check_ident(n, true);
	case N_BASICLIT:
		check_basiclit(n);
		return n->type;
	case N_PAREN: {
		Type *t = check_expr_or_type(n->x);
		n->mode = n->x->mode;
		n->type = t;
		n->cv = n->x->cv;
		n->sym = n->x->sym;
		return t;
	}
	case N_BINARY:
		return check_binary(n);
	case N_UNARY:
		return check_unary(n);
	case N_STAR: {
		Type *t = check_expr_or_type(n->x);
		if (n->x->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		if (n->x->mode == MODE_TYPE) {
			if (generic_misused(n->x, true)) {
				invalid(n);
				return ty_invalid;
			}
			n->mode = MODE_TYPE;
			n->type = ty_pointer(t);
			return n->type;
		}
		check_value(n->x);
		if (n->x->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		if (n->x->type == ty_untyped_nil) {
			diag_error(ast_start_pos(n->x), "invalid operation: cannot indirect nil");
			invalid(n);
			return ty_invalid;
		}
		Type *u = ty_under(t);
		if (u->kind != TY_POINTER) {
			diag_error(ast_start_pos(n->x), "invalid operation: cannot indirect %s", describe(n->x));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VAR;
		n->type = u->elem;
		return n->type;
	}
	case N_CALL:
		return check_call(n);
	case N_SELECTOR:
		return check_selector(n);
	case N_INDEX:
		return check_index(n);
	case N_SLICE:
		return check_slice_expr(n);
	case N_TYPEASSERT:
		return check_typeassert(n);
	case N_COMPOSITE:
		return check_composite(n, hint);
	case N_FUNCLIT:
		return check_funclit(n);
	case N_KEYVALUE:
		diag_error(n->pos, "unexpected key:value expression");
		invalid(n);
		return ty_invalid;
	case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
	case N_STRUCTTYPE: case N_INTERFACETYPE: {
		Type *t = resolve_type(n);
		n->mode = t == ty_invalid ? MODE_INVALID : MODE_TYPE;
		return t;
	}
	case N_ELLIPSIS:
		diag_error(n->pos, "invalid use of ...");
		invalid(n);
		return ty_invalid;
	default:
		diag_error(n->pos, "unexpected expression");
		invalid(n);
		return ty_invalid;
	}
}

Type *check_expr_or_type(Node *n)
{
	Type *t = check_expr_inner(n, NULL);
	if (!n->type && n->mode != MODE_VOID)
		n->type = t ? t : ty_invalid;
	return n->type;
}

Type *check_expr(Node *n, Type *hint)
{
	Type *t = check_expr_inner(n, hint);
	if (!n->type && n->mode != MODE_VOID)
		n->type = t ? t : ty_invalid;
	return n->type;
}
