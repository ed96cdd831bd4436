/*
 * check_builtin.c — the built-in functions: len cap append copy delete
 * make new close panic recover print println min max clear (complex, real
 * and imag are refused: SPEC.md leaves complex numbers out).
 *
 * The emitter finds the built-in in n->x's symbol; n->type is the result.
 */
#include "check_internal.h"

#include <string.h>

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_invalid;
}

static const char *bname(Builtin b)
{
	static const char *names[] = {
		[B_APPEND] = "append", [B_CAP] = "cap", [B_CLEAR] = "clear", [B_CLOSE] = "close",
		[B_COMPLEX] = "complex", [B_COPY] = "copy", [B_DELETE] = "delete", [B_IMAG] = "imag",
		[B_LEN] = "len", [B_MAKE] = "make", [B_MAX] = "max", [B_MIN] = "min", [B_NEW] = "new",
		[B_PANIC] = "panic", [B_PRINT] = "print", [B_PRINTLN] = "println", [B_REAL] = "real",
		[B_RECOVER] = "recover",
	};
	return names[b];
}

static bool nargs(Node *n, Builtin b, int min, int max)
{
	int na = n->list.n;
	if (na < min) {
		diag_error(ast_start_pos(n), "invalid operation: not enough arguments for %s (expected %d, found %d)",
		           expr_str(n), min, na);
		return false;
	}
	if (max >= 0 && na > max) {
		diag_error(ast_start_pos(n->list.v[max]), "invalid operation: too many arguments for %s (expected %d, found %d)",
		           expr_str(n), max, na);
		return false;
	}
	(void)b;
	return true;
}

static bool values(Node *n, int from)
{
	bool ok = true;
	for (int i = from; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		check_expr(a, NULL);
		check_value(a);
		if (a->mode == MODE_INVALID)
			ok = false;
	}
	return ok;
}

static Type *check_len_cap(Node *n, Builtin b)
{
	if (!nargs(n, b, 1, 1) || !values(n, 0)) {
		invalid(n);
		return ty_invalid;
	}
	Node *x = n->list.v[0];
	Type *u = ty_under(x->type);
	if (u->kind == TY_POINTER && ty_under(u->elem)->kind == TY_ARRAY)
		u = ty_under(u->elem);
	bool ok;
	switch (u->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: ok = b == B_LEN; break;
	case TY_ARRAY: case TY_SLICE: case TY_CHAN: ok = true; break;
	case TY_MAP: ok = b == B_LEN; break;
	default: ok = false;
	}
	if (!ok) {
		diag_error(ast_start_pos(x), "invalid argument: %s for built-in %s", describe(x), bname(b));
		invalid(n);
		return ty_invalid;
	}
	n->type = ty_int;
	n->mode = MODE_VALUE;
	/* constant for constant strings and arrays without calls/receives */
	if (x->mode == MODE_CONST && x->cv->kind == CV_STRING) {
		n->mode = MODE_CONST;
		n->cv = xalloc(sizeof(ConstVal));
		n->cv->kind = CV_INT;
		n->cv->i = x->cv->slen;
		if (ty_is_untyped(x->type))
			convert_untyped(x, ty_string);
	} else if (u->kind == TY_ARRAY && x->kind != N_CALL) {
		n->mode = MODE_CONST;
		n->cv = xalloc(sizeof(ConstVal));
		n->cv->kind = CV_INT;
		n->cv->i = u->len;
		n->aux = 1; /* emit the constant, evaluate nothing */
	}
	return n->type;
}

static Type *check_make(Node *n)
{
	if (n->list.n == 0) {
		diag_error(ast_start_pos(n), "invalid operation: not enough arguments for make() (expected 1, found 0)");
		invalid(n);
		return ty_invalid;
	}
	Type *t = resolve_type(n->list.v[0]);
	if (t == ty_invalid) {
		values(n, 1);
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(t);
	int min = 1, max = 1;
	switch (u->kind) {
	case TY_SLICE: min = 2; max = 3; break;
	case TY_MAP: case TY_CHAN: max = 2; break;
	default:
		diag_error(ast_start_pos(n->list.v[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
		           expr_str(n->list.v[0]));
		values(n, 1);
		invalid(n);
		return ty_invalid;
	}
	if (n->list.n < min) {
		diag_error(ast_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
		           expr_str(n), min, max, n->list.n);
		invalid(n);
		return ty_invalid;
	}
	if (n->list.n > max) {
		diag_error(ast_start_pos(n->list.v[max]), "invalid operation: %s expects %d or %d arguments; found %d",
		           expr_str(n), min, max, n->list.n);
		invalid(n);
		return ty_invalid;
	}
	int64_t sizes[2] = {-1, -1};
	for (int i = 1; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		check_expr(a, NULL);
		check_value(a);
		if (a->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		if (!ty_is_integer(a->type) && !(a->mode == MODE_CONST && a->cv->kind == CV_FLOAT)) {
			diag_error(ast_start_pos(a), "cannot convert %s to type int", describe(a));
			invalid(n);
			return ty_invalid;
		}
		if (a->mode == MODE_CONST) {
			ConstVal v;
			if (!representable(a->cv, ty_int, &v)) {
				diag_error(ast_start_pos(a), "%s %s", describe(a),
				           a->cv->kind == CV_FLOAT ? "truncated to int" : "overflows int");
				invalid(n);
				return ty_invalid;
			}
			if (v.i < 0) {
				diag_error(ast_start_pos(a), "invalid argument: index %s must not be negative", describe(a));
				invalid(n);
				return ty_invalid;
			}
			sizes[i - 1] = (int64_t)v.i;
			if (ty_is_untyped(a->type))
				convert_untyped(a, ty_int);
		} else if (ty_is_untyped(a->type)) {
			convert_untyped(a, ty_int);
		}
	}
	if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
		diag_error(ast_start_pos(n->list.v[1]), "invalid argument: length and capacity swapped");
		invalid(n);
		return ty_invalid;
	}
	n->mode = MODE_VALUE;
	n->type = t;
	return t;
}

static Type *check_append(Node *n)
{
	if (n->list.n == 0) {
		diag_error(ast_start_pos(n), "invalid operation: not enough arguments for append() (expected 1, found 0)");
		invalid(n);
		return ty_invalid;
	}
	Node *s = n->list.v[0];
	check_expr(s, NULL);
	check_value(s);
	if (s->mode == MODE_INVALID) {
		values(n, 1);
		invalid(n);
		return ty_invalid;
	}
	Type *st = s->type;
	if (st == ty_untyped_nil) {
		diag_error(ast_start_pos(s), "first argument to append must be a typed slice; found untyped nil");
		invalid(n);
		return ty_invalid;
	}
	Type *u = ty_under(st);
	if (u->kind != TY_SLICE) {
		diag_error(ast_start_pos(s), "invalid argument: %s is not a slice", describe(s));
		values(n, 1);
		invalid(n);
		return ty_invalid;
	}
	if (n->flag) {
		/* append(s, t...) ; append([]byte, string...) */
		if (n->list.n != 2) {
			diag_error(n->pos, "can only use ... with final argument in list");
			invalid(n);
			return ty_invalid;
		}
		Node *t = n->list.v[1];
		check_expr(t, st);
		check_value(t);
		if (t->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		if (ty_under(u->elem)->kind == TY_UINT8 && ty_is_string(t->type)) {
			if (ty_is_untyped(t->type))
				convert_untyped(t, ty_string);
			n->aux = 3; /* append bytes of a string */
		} else if (!assignable(t, st, "append")) {
			invalid(n);
			return ty_invalid;
		}
	} else {
		for (int i = 1; i < n->list.n; i++) {
			Node *a = n->list.v[i];
			check_expr(a, u->elem);
			check_value(a);
			if (a->mode == MODE_INVALID)
				continue;
			assignable(a, u->elem, "argument to append");
		}
	}
	n->mode = MODE_VALUE;
	n->type = st;
	return st;
}

static Type *check_minmax(Node *n, Builtin b)
{
	if (!nargs(n, b, 1, -1) || !values(n, 0)) {
		invalid(n);
		return ty_invalid;
	}
	/* all operands must have one ordered type, untyped ones converted */
	Type *t = NULL;
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		if (!ty_is_untyped(a->type)) {
			t = a->type;
			break;
		}
	}
	bool all_const = true;
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		if (a->mode != MODE_CONST)
			all_const = false;
		Type *at = a->type;
		Type *au = ty_under(at);
		if (!(ty_is_numeric(au) || ty_is_string(au))) {
			diag_error(ast_start_pos(a), "invalid argument: %s cannot be ordered", describe(a));
			invalid(n);
			return ty_invalid;
		}
	}
	if (t) {
		for (int i = 0; i < n->list.n; i++) {
			Node *a = n->list.v[i];
			if (ty_is_untyped(a->type)) {
				if (!assignable(a, t, xprintf("argument to %s", bname(b)))) {
					invalid(n);
					return ty_invalid;
				}
			} else if (!ty_identical(a->type, t)) {
				diag_error(ast_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
				           ty_str(t), ty_str(a->type), expr_str(a));
				invalid(n);
				return ty_invalid;
			}
		}
	}
	if (all_const) {
		/* constant result: fold */
		Node *best = n->list.v[0];
		for (int i = 1; i < n->list.n; i++) {
			Node *a = n->list.v[i];
			ConstVal x = *a->cv, y = *best->cv;
			bool less;
			if (x.kind == CV_STRING) {
				int64_t m = x.slen < y.slen ? x.slen : y.slen;
				int c = memcmp(x.s, y.s, (size_t)m);
				less = c < 0 || (c == 0 && x.slen < y.slen);
			} else if (x.kind == CV_INT && y.kind == CV_INT) {
				less = cv_int_cmp(&x, &y) < 0;
			} else {
				cv_to_float(&x);
				cv_to_float(&y);
				less = x.f < y.f;
			}
			if (b == B_MIN ? less : !less && !(x.kind == y.kind && memcmp(&x, &y, sizeof x) == 0))
				best = a;
		}
		n->mode = MODE_CONST;
		n->cv = best->cv;
		n->type = t ? t : best->type;
		if (!t) {
			/* untyped: the "largest" kind */
			for (int i = 0; i < n->list.n; i++)
				if (((Node *)n->list.v[i])->type == ty_untyped_float)
					n->type = ty_untyped_float;
		}
		return n->type;
	}
	if (!t) {
		t = ty_default(((Node *)n->list.v[0])->type);
		for (int i = 0; i < n->list.n; i++)
			convert_untyped(n->list.v[i], t);
	}
	n->mode = MODE_VALUE;
	n->type = t;
	return t;
}

Type *check_builtin(Node *n, Builtin b)
{
	n->aux = 0;
	if (n->flag && b != B_APPEND) {
		diag_error(n->pos, "invalid operation: invalid use of ... with built-in %s", bname(b));
		values(n, 0);
		invalid(n);
		return ty_invalid;
	}
	switch (b) {
	case B_LEN: case B_CAP:
		return check_len_cap(n, b);
	case B_MAKE:
		return check_make(n);
	case B_NEW: {
		if (!nargs(n, b, 1, 1)) {
			invalid(n);
			return ty_invalid;
		}
		Type *t = resolve_type(n->list.v[0]);
		if (t == ty_invalid) {
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VALUE;
		n->type = ty_pointer(t);
		return n->type;
	}
	case B_APPEND:
		return check_append(n);
	case B_COPY: {
		if (!nargs(n, b, 2, 2) || !values(n, 0)) {
			invalid(n);
			return ty_invalid;
		}
		Node *d = n->list.v[0], *s = n->list.v[1];
		Type *du = ty_under(d->type), *su = ty_under(s->type);
		if (du->kind != TY_SLICE) {
			diag_error(ast_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s",
			           describe(d), describe(s));
			invalid(n);
			return ty_invalid;
		}
		if (ty_is_string(su) && ty_under(du->elem)->kind == TY_UINT8) {
			if (ty_is_untyped(s->type))
				convert_untyped(s, ty_string);
		} else if (su->kind != TY_SLICE) {
			diag_error(ast_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s",
			           describe(d), describe(s));
			invalid(n);
			return ty_invalid;
		} else if (!ty_identical(du->elem, su->elem)) {
			diag_error(ast_start_pos(d), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
			           describe(d), describe(s), ty_str(du->elem), ty_str(su->elem));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VALUE;
		n->type = ty_int;
		return ty_int;
	}
	case B_DELETE: {
		if (!nargs(n, b, 2, 2)) {
			values(n, 0);
			invalid(n);
			return ty_invalid;
		}
		Node *m = n->list.v[0];
		check_expr(m, NULL);
		check_value(m);
		if (m->mode == MODE_INVALID) {
			invalid(n);
			return ty_invalid;
		}
		Type *mu = ty_under(m->type);
		if (mu->kind != TY_MAP) {
			diag_error(ast_start_pos(m), "invalid argument: %s is not a map", describe(m));
			invalid(n);
			return ty_invalid;
		}
		check_rvalue(n->list.v[1], mu->key, "argument to delete");
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	}
	case B_CLOSE: {
		if (!nargs(n, b, 1, 1) || !values(n, 0)) {
			invalid(n);
			return ty_invalid;
		}
		Node *c = n->list.v[0];
		Type *cu = ty_under(c->type);
		if (cu->kind != TY_CHAN) {
			diag_error(ast_start_pos(c), "invalid operation: cannot close non-channel %s", describe(c));
			invalid(n);
			return ty_invalid;
		}
		if (cu->dir == CHAN_RECV) {
			diag_error(ast_start_pos(c), "invalid operation: cannot close receive-only channel %s", describe(c));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	}
	case B_PANIC: {
		if (!nargs(n, b, 1, 1)) {
			values(n, 0);
			invalid(n);
			return ty_invalid;
		}
		check_rvalue(n->list.v[0], ty_any, "argument to panic");
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	}
	case B_RECOVER:
		if (!nargs(n, b, 0, 0)) {
			values(n, 0);
			invalid(n);
			return ty_invalid;
		}
		if (cur.func)
			cur.func->has_recover = true;
		n->mode = MODE_VALUE;
		n->type = ty_any;
		return ty_any;
	case B_PRINT: case B_PRINTLN:
		if (!values(n, 0)) {
			invalid(n);
			return ty_invalid;
		}
		for (int i = 0; i < n->list.n; i++) {
			Node *a = n->list.v[i];
			if (a->type == ty_untyped_nil) {
				diag_error(ast_start_pos(a), "use of untyped nil in argument to built-in %s", bname(b));
				continue;
			}
			default_untyped(a);
		}
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	case B_MIN: case B_MAX:
		return check_minmax(n, b);
	case B_CLEAR: {
		if (!nargs(n, b, 1, 1) || !values(n, 0)) {
			invalid(n);
			return ty_invalid;
		}
		Node *a = n->list.v[0];
		Type *u = ty_under(a->type);
		if (u->kind != TY_MAP && u->kind != TY_SLICE) {
			diag_error(ast_start_pos(a), "invalid argument: %s must be a map or slice", describe(a));
			invalid(n);
			return ty_invalid;
		}
		n->mode = MODE_VOID;
		n->type = NULL;
		return NULL;
	}
	case B_COMPLEX: case B_REAL: case B_IMAG:
		diag_error(n->pos, "complex numbers are not supported by minigo (built-in %s)", bname(b));
		values(n, 0);
		invalid(n);
		return ty_invalid;
	default:
		invalid(n);
		return ty_invalid;
	}
}
