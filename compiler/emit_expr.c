/*
 * emit_expr.c — expressions to C expressions.
 *
 * ex(n) gives a C rvalue of n's Go type (n->type); ex_to(n, T) converts it
 * for an assignment to T (boxing into interfaces, nil to a typed zero).
 * Go evaluates calls and receives left to right; C leaves the order of
 * operands and arguments unspecified, so wherever two or more operands
 * have calls the emitter binds them to temporaries, in order, inside a
 * statement expression.
 */
#include "emit_internal.h"

#include <math.h>
#include <string.h>

enum { SELK_NONE, SELK_FIELD, SELK_METHOD, SELK_IFACE, SELK_PKG, SELK_METHODEXPR };

static const char *strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *strf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	Buf b = {0};
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	const char *s = xstrdup(b.s ? b.s : "");
	buf_free(&b);
	return s;
}

/* Does evaluating n call a function, receive, or otherwise need ordering? */
bool has_call(Node *n)
{
	if (!n)
		return false;
	if (n->mode == MODE_CONST)
		return false;
	switch (n->kind) {
	case N_CALL: {
		/* conversions and pure built-ins do not call anything */
		Node *f = n->x;
		while (f->kind == N_PAREN)
			f = f->x;
		bool pure = n->aux == 2;
		if (f->mode == MODE_BUILTIN && f->sym) {
			Builtin b = f->sym->builtin;
			pure = b == B_LEN || b == B_CAP || b == B_MIN || b == B_MAX;
		}
		if (!pure)
			return true;
		for (int i = 0; i < n->list.n; i++)
			if (has_call(n->list.v[i]))
				return true;
		return false;
	}
	case N_UNARY:
		if (n->op == OP_ARROW)
			return true;
		return has_call(n->x);
	case N_FUNCLIT: case N_IDENT: case N_BASICLIT:
		return false;
	case N_COMPOSITE:
		for (int i = 0; i < n->list.n; i++)
			if (has_call(n->list.v[i]))
				return true;
		return false;
	case N_KEYVALUE:
		return has_call(n->x) || has_call(n->y);
	case N_INDEX:
		/* a map read may not call, but keep order with calls around it */
		return has_call(n->x) || has_call(n->y);
	default:
		return has_call(n->x) || has_call(n->y) || has_call(n->z) || has_call(n->w);
	}
}

/* ---- variables ---- */

static const char *cap_field(Func *fn, Sym *s)
{
	(void)fn;
	return strf("c%d_%s", s->id, mangle_ident(s->name));
}

/* A pointer to the heap cell of captured/address-taken local s. */
static const char *cell_ptr(Sym *s)
{
	if (s->func == F->fn || !F->is_closure)
		return local_cname(s);
	return strf("cl_->%s", cap_field(F->fn, s));
}

const char *var_ref(Sym *s)
{
	if (s->global)
		return global_cname(s);
	if (s->heap)
		return strf("(*%s)", cell_ptr(s));
	return local_cname(s);
}

/* ---- constants ---- */

static const char *int_lit(__int128 v, Type *t)
{
	Type *u = ty_under(t);
	if (ty_is_unsigned(u)) {
		unsigned long long x = (unsigned long long)v;
		if (u->kind == TY_UINT64 || u->kind == TY_UINT || u->kind == TY_UINTPTR)
			return strf("((%s)%lluull)", ctype(t), x);
		return strf("((%s)%lluu)", ctype(t), x);
	}
	long long x = (long long)v;
	if (x == INT64_MIN)
		return strf("((%s)(-9223372036854775807ll - 1))", ctype(t));
	if (u->kind == TY_INT || u->kind == TY_INT64)
		return x < 0 ? strf("((%s)(%lldll))", ctype(t), x) : strf("((%s)%lldll)", ctype(t), x);
	return x < 0 ? strf("((%s)(%lld))", ctype(t), x) : strf("((%s)%lld)", ctype(t), x);
}

static const char *float_lit(long double v, Type *t)
{
	Type *u = ty_under(t);
	double d = (double)v;
	if (d == 0)
		d = 0; /* Go constants have no negative zero */
	if (isnan(d))
		return "(__builtin_nan(\"\"))";
	if (isinf(d))
		return d > 0 ? "(__builtin_inf())" : "(-__builtin_inf())";
	if (u->kind == TY_FLOAT32)
		return strf("((float)%.9g)", (double)(float)d);
	char buf[64];
	snprintf(buf, sizeof buf, "%.17g", d);
	if (!strpbrk(buf, ".eE"))
		strcat(buf, ".0");
	return strf("(%s)", buf);
}

const char *ex_const(ConstVal *cv, Type *t)
{
	if (ty_is_untyped(t))
		t = ty_default(t);
	Type *u = ty_under(t);
	if (u->kind == TY_INTERFACE) {
		/* a constant assigned to an interface: box its default type */
		Type *d = cv->kind == CV_BOOL ? ty_bool : cv->kind == CV_STRING ? ty_string : cv->kind == CV_FLOAT ? ty_float64 : ty_int;
		return convert_value(ex_const(cv, d), d, t);
	}
	switch (cv->kind) {
	case CV_BOOL:
		return cv->b ? "true" : "false";
	case CV_STRING:
		return strf("((go_string){(const uint8_t *)%s, %lld})", cstring_lit(cv->s, cv->slen), (long long)cv->slen);
	case CV_INT:
		if (ty_is_float(u)) {
			ConstVal f = *cv;
			cv_to_float(&f);
			return float_lit(f.f, t);
		}
		return int_lit(cv->i, t);
	case CV_FLOAT:
		if (ty_is_integer(u))
			return int_lit((__int128)cv->f, t);
		return float_lit(cv->f, t);
	default:
		return "0";
	}
}

/* ---- interfaces ---- */

static bool direct(Type *t)
{
	Type *u = ty_under(t);
	return u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_FUNC ||
	       u->kind == TY_UNSAFEPTR;
}

static const char *data_word(const char *v, Type *t)
{
	if (direct(t))
		return strf("(void *)(%s)", v);
	return strf("rt_box(%s, (%s[]){%s}).data", desc(t), ctype(t), v);
}

const char *eface_of(const char *v, Type *t)
{
	if (ty_is_interface(t)) {
		if (ty_is_empty_interface(t))
			return v;
		return strf("rt_iface2eface(%s)", v);
	}
	if (direct(t))
		return strf("((go_eface){%s, (void *)(%s)})", desc(t), v);
	return strf("rt_box(%s, (%s[]){%s})", desc(t), ctype(t), v);
}

const char *iface_of(const char *v, Type *from, Type *to)
{
	if (ty_is_empty_interface(to))
		return eface_of(v, from);
	if (ty_is_interface(from)) {
		if (!ty_is_empty_interface(from) && ty_identical(ty_under(from), ty_under(to)))
			return v;
		/* interface to interface: find the itab at run time */
		const char *t = new_tmp();
		if (ty_is_empty_interface(from))
			return strf("({ go_eface %s = %s; (go_iface){%s.type ? rt_getitab(%s, %s.type, false) : NULL, %s.data}; })",
			            t, v, t, desc(to), t, t);
		return strf("({ go_iface %s = %s; (go_iface){%s.itab ? rt_getitab(%s, %s.itab->type, false) : NULL, %s.data}; })",
		            t, v, t, desc(to), t, t);
	}
	return strf("((go_iface){%s, %s})", itab_for(to, from), data_word(v, from));
}

/* Values of identical underlying struct or array types may have different C
 * struct types (main_T vs an unnamed T_...): same layout, so reinterpret. */
static const char *reinterpret(const char *v, Type *from, Type *to)
{
	Type *fu = ty_under(from), *tu = ty_under(to);
	if (!fu || !tu || (fu->kind != TY_STRUCT && fu->kind != TY_ARRAY))
		return v;
	const char *cf = ctype(from), *ct = ctype(to);
	if (strcmp(cf, ct) == 0)
		return v;
	return strf("(*(%s *)(%s[]){%s})", ct, cf, v);
}

/* Converts a C value of Go type `from` to Go type `to` for an assignment
 * (identical C representation except for interfaces). */
const char *convert_value(const char *v, Type *from, Type *to)
{
	if (!to || !from || from == to)
		return v;
	if (from == ty_untyped_nil)
		return zero_value(to);
	if (ty_is_interface(to) && !(ty_is_interface(from) && ty_identical(ty_under(from), ty_under(to))))
		return iface_of(v, ty_is_untyped(from) ? ty_default(from) : from, to);
	return reinterpret(v, from, to);
}

const char *ex_to(Node *n, Type *target)
{
	if (!target)
		return ex(n);
	if (n->mode == MODE_CONST && !ty_is_interface(target))
		return ex_const(n->cv, target);
	if (n->type == ty_untyped_nil || n->mode == MODE_NIL)
		return zero_value(target);
	return convert_value(ex(n), n->type, target);
}

/* ---- equality ---- */

const char *ex_eq(const char *a, const char *b, Type *t, bool neq)
{
	Type *u = ty_under(t);
	const char *r;
	switch (u->kind) {
	case TY_STRING:
		r = strf("rt_streq(%s, %s)", a, b);
		break;
	case TY_INTERFACE:
		r = ty_is_empty_interface(u) ? strf("rt_efaceeq(%s, %s)", a, b) : strf("rt_ifaceeq(%s, %s)", a, b);
		break;
	case TY_STRUCT: case TY_ARRAY:
		r = strf("(%s)->equal((%s[]){%s}, (%s[]){%s})", desc(t), ctype(t), a, ctype(t), b);
		break;
	default:
		return strf("(%s %s %s)", a, neq ? "!=" : "==", b);
	}
	return neq ? strf("(!%s)", r) : r;
}

/* ---- field selection through embedding ---- */

/* x.f where sel describes the path; base is the C expression for x and bt
 * its Go type.  Gives an lvalue when base is one or a pointer is followed. */
static const char *select_path(const char *base, Type *bt, Selection *sel, bool final_field)
{
	const char *cur = base;
	Type *ct = bt;
	int steps = sel->depth + (final_field ? 1 : 0);
	for (int k = 0; k < steps; k++) {
		Type *cu = ty_under(ct);
		bool ptr = false;
		if (cu->kind == TY_POINTER) {
			ptr = true;
			ct = cu->elem;
			cu = ty_under(ct);
		}
		Field *f = k < sel->depth ? cu->fields.v[sel->path[k]] : sel->field;
		const char *fname = f->name == name_blank ? strf("_blank%d", sel->field_index) : mangle_ident(f->name);
		if (ptr)
			cur = strf("((%s *)rt_nilcheck(%s))->%s", ctype(ct), cur, fname);
		else
			cur = strf("%s.%s", cur, fname);
		ct = f->type;
	}
	return cur;
}

/* Type reached after the embedding path (before the final field). */
static Type *path_type(Type *bt, Selection *sel)
{
	Type *ct = bt;
	for (int k = 0; k < sel->depth; k++) {
		Type *cu = ty_under(ct);
		if (cu->kind == TY_POINTER) {
			ct = cu->elem;
			cu = ty_under(ct);
		}
		Field *f = cu->fields.v[sel->path[k]];
		ct = f->type;
	}
	return ct;
}

/* The receiver argument for calling method m on x (through sel's path). */
static const char *method_recv(Node *x, Selection *sel, Sym *m)
{
	Type *xt = x->type;
	const char *base;
	bool addressable = x->mode == MODE_VAR;
	if (sel->depth == 0) {
		Type *xu = ty_under(xt);
		if (m->ptr_recv) {
			if (xu->kind == TY_POINTER)
				return ex(x);
			return ex_addr(x);
		}
		if (xu->kind == TY_POINTER)
			return strf("(*(%s)rt_nilcheck(%s))", ctype(xt), ex(x));
		return ex(x);
	}
	/* through embedded fields */
	if (addressable && ty_under(xt)->kind != TY_POINTER)
		base = ex_lvalue(x);
	else
		base = ex(x);
	const char *path = select_path(base, xt, sel, false);
	Type *pt = path_type(xt, sel);
	Type *pu = ty_under(pt);
	if (m->ptr_recv) {
		if (pu->kind == TY_POINTER)
			return path;
		return strf("&%s", path);
	}
	if (pu->kind == TY_POINTER)
		return strf("(*(%s)rt_nilcheck(%s))", ctype(pt), path);
	return path;
}

static const char *ex_composite(Node *n);

/* ---- addresses and lvalues ---- */

const char *ex_lvalue(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->x;
	return ex(n);
}

const char *ex_addr(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->x;
	if (n->kind == N_IDENT && n->sym && n->sym->kind == S_VAR) {
		Sym *s = n->sym;
		if (s->global)
			return strf("(&%s)", global_cname(s));
		if (s->heap)
			return cell_ptr(s);
		return strf("(&%s)", local_cname(s));
	}
	if (n->kind == N_SELECTOR && n->aux == SELK_PKG && n->sym)
		return strf("(&%s)", global_cname(n->sym));
	if (n->kind == N_STAR)
		return strf("((%s)rt_nilcheck(%s))", ctype(n->x->type), ex(n->x));
	if (n->kind == N_COMPOSITE) {
		const char *t = new_tmp();
		Type *ty = n->type;
		return strf("({ %s *%s = %s; *%s = %s; %s; })", ctype(ty), t,
		            noscan(ty) ? strf("rt_alloc_noscan(sizeof(%s))", ctype(ty)) : strf("rt_alloc(sizeof(%s))", ctype(ty)),
		            t, ex_composite(n), t);
	}
	return strf("(&%s)", ex(n));
}

/* ---- index and slice ---- */

static bool simple(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->x;
	if (n->kind == N_IDENT)
		return true;
	if (n->kind == N_SELECTOR && (n->aux == SELK_PKG || (n->aux == SELK_FIELD && simple(n->x))))
		return true;
	return false;
}

static const char *ex_index(Node *n)
{
	Node *x = n->x;
	Type *u = ty_under(x->type);
	const char *idx;
	if (u->kind == TY_MAP) {
		const char *k = ex_to(n->y, u->key);
		return strf("(*(%s *)rt_mapaccess1(%s, %s, (%s[]){%s}))", ctype(u->elem), desc(x->type), ex(x),
		            ctype(u->key), k);
	}
	if (u->kind == TY_STRING) {
		const char *s = ex(x);
		const char *i = ex(n->y);
		if (simple(x) && !has_call(n->y))
			return strf("%s.ptr[rt_index(%s, %s.len)]", s, i, s);
		const char *t = new_tmp();
		return strf("({ go_string %s = %s; %s.ptr[rt_index(%s, %s.len)]; })", t, s, t, i, t);
	}
	if (u->kind == TY_ARRAY) {
		if (n->y->mode == MODE_CONST)
			idx = strf("%lld", (long long)n->y->cv->i);
		else
			idx = strf("rt_index(%s, %lld)", ex(n->y), (long long)u->len);
		return strf("%s.a[%s]", ex(x), idx);
	}
	if (u->kind == TY_POINTER) {
		Type *a = ty_under(u->elem);
		const char *p = strf("((%s)rt_nilcheck(%s))", ctype(x->type), ex(x));
		if (n->y->mode == MODE_CONST)
			idx = strf("%lld", (long long)n->y->cv->i);
		else
			idx = strf("rt_index(%s, %lld)", ex(n->y), (long long)a->len);
		return strf("%s->a[%s]", p, idx);
	}
	/* slice */
	const char *et = ctype(u->elem);
	if (simple(x) && !has_call(n->y)) {
		const char *s = ex(x);
		return strf("((%s *)%s.ptr)[rt_index(%s, %s.len)]", et, s, ex(n->y), s);
	}
	const char *t = new_tmp();
	return strf("(*({ go_slice %s = %s; &((%s *)%s.ptr)[rt_index(%s, %s.len)]; }))", t, ex(x), et, t, ex(n->y), t);
}

static const char *ex_slice(Node *n)
{
	Node *x = n->x;
	Type *u = ty_under(x->type);
	const char *lo = n->y ? ex_to(n->y, ty_int) : "0";
	if (u->kind == TY_STRING) {
		const char *t = new_tmp();
		const char *hi = n->z ? ex_to(n->z, ty_int) : strf("%s.len", t);
		return strf("({ go_string %s = %s; rt_strslice(%s, %s, %s); })", t, ex(x), t, lo, hi);
	}
	if (u->kind == TY_SLICE) {
		const char *t = new_tmp();
		const char *hi = n->z ? ex_to(n->z, ty_int) : strf("%s.len", t);
		const char *max = n->w ? ex_to(n->w, ty_int) : strf("%s.cap", t);
		return strf("({ go_slice %s = %s; rt_sliceslice(%s, %s, %s, %s, %s, sizeof(%s)); })", t, ex(x), t, lo, hi, max,
		            n->flag ? "true" : "false", ctype(u->elem));
	}
	/* array (addressable) or pointer to array */
	Type *a = u->kind == TY_POINTER ? ty_under(u->elem) : u;
	const char *p = u->kind == TY_POINTER ? strf("((%s)rt_nilcheck(%s))->a", ctype(x->type), ex(x)) : strf("(%s)->a", ex_addr(x));
	const char *hi = n->z ? ex_to(n->z, ty_int) : strf("%lld", (long long)a->len);
	const char *max = n->w ? ex_to(n->w, ty_int) : strf("%lld", (long long)a->len);
	return strf("rt_slicearray(%s, %lld, %s, %s, %s, %s, sizeof(%s))", p, (long long)a->len, lo, hi, max,
	            n->flag ? "true" : "false", ctype(a->elem));
}

/* ---- operators ---- */

static const char *int_suffix(Type *t)
{
	switch (ty_under(t)->kind) {
	case TY_INT8: return "i8";
	case TY_INT16: return "i16";
	case TY_INT32: return "i32";
	case TY_INT: case TY_INT64: return "i64";
	case TY_UINT8: return "u8";
	case TY_UINT16: return "u16";
	case TY_UINT32: return "u32";
	default: return "u64";
	}
}

static bool narrow_int(Type *t)
{
	Type *u = ty_under(t);
	return ty_is_integer(u) && ty_size(u) < 8;
}

static const char *ex_binary(Node *n)
{
	Node *x = n->x, *y = n->y;
	Type *xt = x->type, *yt = y->type;
	Op op = n->op;
	if (op == OP_LAND || op == OP_LOR)
		return strf("(%s %s %s)", ex(x), op == OP_LAND ? "&&" : "||", ex(y));
	/* Like gc, calls run first (left to right), plain operands are read
	 * after them. */
	bool order = has_call(x) || has_call(y);
	const char *a, *b;
	const char *pre = "";
	/* operand types for comparisons with nil or interfaces */
	Type *ct = xt;
	if (op == OP_EQL || op == OP_NEQ) {
		bool xnil = x->mode == MODE_NIL || xt == ty_untyped_nil;
		bool ynil = y->mode == MODE_NIL || yt == ty_untyped_nil;
		if (xnil || ynil) {
			Node *v = xnil ? y : x;
			Type *vu = ty_under(v->type);
			const char *e = ex(v);
			const char *cmp = op == OP_EQL ? "==" : "!=";
			switch (vu->kind) {
			case TY_SLICE: return strf("(%s.ptr %s NULL)", e, cmp);
			case TY_INTERFACE:
				return ty_is_empty_interface(vu) ? strf("(%s.type %s NULL)", e, cmp) : strf("(%s.itab %s NULL)", e, cmp);
			default: return strf("(%s %s NULL)", e, cmp);
			}
		}
		if (ty_is_interface(xt) && !ty_is_interface(yt))
			ct = xt;
		else if (ty_is_interface(yt) && !ty_is_interface(xt))
			ct = yt;
		a = ex_to(x, ct);
		b = ex_to(y, ct);
	} else {
		a = ex(x);
		b = ex(y);
	}
	if (order) {
		Type *at = (op == OP_EQL || op == OP_NEQ) ? ct : xt;
		Type *bt = (op == OP_EQL || op == OP_NEQ) ? ct : (op == OP_SHL || op == OP_SHR ? yt : xt);
		if (ty_is_untyped(at))
			at = ty_default(at);
		if (ty_is_untyped(bt))
			bt = ty_default(bt);
		if (has_call(x)) {
			const char *ta = new_tmp();
			pre = strf("%s%s %s = %s; ", pre, ctype(at), ta, a);
			a = ta;
		}
		if (has_call(y)) {
			const char *tb = new_tmp();
			pre = strf("%s%s %s = %s; ", pre, ctype(bt), tb, b);
			b = tb;
		}
	}
	const char *r;
	Type *u = ty_under(xt);
	switch (op) {
	case OP_EQL: case OP_NEQ:
		r = ex_eq(a, b, ct, op == OP_NEQ);
		break;
	case OP_LSS: case OP_LEQ: case OP_GTR: case OP_GEQ: {
		const char *cop = op == OP_LSS ? "<" : op == OP_LEQ ? "<=" : op == OP_GTR ? ">" : ">=";
		if (ty_is_string(u))
			r = strf("(rt_strcmp(%s, %s) %s 0)", a, b, cop);
		else
			r = strf("(%s %s %s)", a, cop, b);
		break;
	}
	case OP_ADD:
		if (ty_is_string(u)) {
			r = strf("rt_concat(%s, %s)", a, b);
			break;
		}
		/* fallthrough */
	case OP_SUB: case OP_MUL: case OP_AND: case OP_OR: case OP_XOR: {
		const char *cop = op == OP_ADD ? "+" : op == OP_SUB ? "-" : op == OP_MUL ? "*" : op == OP_AND ? "&" : op == OP_OR ? "|" : "^";
		if (ty_is_integer(u) && (narrow_int(xt) || ty_is_unsigned(u)))
			r = strf("((%s)(%s %s %s))", ctype(xt), a, cop, b);
		else
			r = strf("(%s %s %s)", a, cop, b);
		break;
	}
	case OP_ANDNOT:
		r = strf("((%s)(%s & ~%s))", ctype(xt), a, b);
		break;
	case OP_DIV: case OP_REM:
		if (ty_is_float(u)) {
			r = strf("(%s / %s)", a, b);
		} else if (y->mode == MODE_CONST && y->cv->kind == CV_INT && y->cv->i != 0 && y->cv->i != -1) {
			r = strf("((%s)(%s %s %s))", ctype(xt), a, op == OP_DIV ? "/" : "%", b);
		} else {
			r = strf("rt_%s_%s(%s, %s)", op == OP_DIV ? "div" : "mod", int_suffix(xt), a, b);
		}
		break;
	case OP_SHL: case OP_SHR: {
		const char *cnt = b;
		if (!ty_is_unsigned(yt) && !(y->mode == MODE_CONST)) {
			const char *t = new_tmp();
			pre = strf("%s%s %s = %s; if (%s < 0) rt_panic_shift(); ", pre, ctype(yt), t, b, t);
			cnt = t;
		}
		if (y->mode == MODE_CONST && y->cv->i < (int64_t)ty_size(xt) * 8) {
			if (op == OP_SHL)
				r = strf("((%s)((uint64_t)(%s) << %lld))", ctype(xt), a, (long long)y->cv->i);
			else
				r = strf("((%s)(%s >> %lld))", ctype(xt), a, (long long)y->cv->i);
		} else {
			r = strf("rt_%s_%s(%s, (uint64_t)(%s))", op == OP_SHL ? "shl" : "shr", int_suffix(xt), a, cnt);
		}
		break;
	}
	default:
		r = "0";
	}
	if (*pre)
		return strf("({ %s%s; })", pre, r);
	return r;
}

static const char *ex_unary(Node *n)
{
	Node *x = n->x;
	switch (n->op) {
	case OP_ADD:
		return ex(x);
	case OP_SUB:
		if (narrow_int(n->type) || ty_is_unsigned(n->type))
			return strf("((%s)-%s)", ctype(n->type), ex(x));
		return strf("(-%s)", ex(x));
	case OP_NOT:
		return strf("(!%s)", ex(x));
	case OP_XOR:
		return strf("((%s)~%s)", ctype(n->type), ex(x));
	case OP_AND: {
		Node *inner = x;
		while (inner->kind == N_PAREN)
			inner = inner->x;
		if (inner->kind == N_COMPOSITE)
			return ex_addr(inner);
		return ex_addr(x);
	}
	case OP_ARROW: {
		const char *t = new_tmp();
		Type *et = n->type;
		return strf("({ %s %s; rt_chanrecv(%s, &%s); %s; })", ctype(et), t, ex(x), t, t);
	}
	default:
		return "0";
	}
}

/* ---- conversions ---- */

static const char *ex_conversion(Node *n)
{
	Type *to = n->type;
	Node *x = n->list.v[0];
	Type *from = x->type;
	Type *tu = ty_under(to), *fu = ty_under(from);
	if (x->mode == MODE_NIL || from == ty_untyped_nil)
		return zero_value(to);
	if (tu->kind == TY_INTERFACE)
		return convert_value(ex(x), from, to);
	if (tu->kind == TY_STRING) {
		if (ty_is_integer(fu))
			return strf("rt_rune_to_string((go_int)(%s))", ex(x));
		if (fu->kind == TY_SLICE) {
			if (ty_under(fu->elem)->kind == TY_UINT8)
				return strf("rt_bytes_to_string(%s)", ex(x));
			return strf("rt_runes_to_string(%s)", ex(x));
		}
		return ex(x);
	}
	if (tu->kind == TY_SLICE && ty_is_string(fu)) {
		if (ty_under(tu->elem)->kind == TY_UINT8)
			return strf("rt_string_to_bytes(%s)", ex_to(x, ty_string));
		return strf("rt_string_to_runes(%s)", ex_to(x, ty_string));
	}
	if (ty_is_numeric(tu) && ty_is_numeric(fu)) {
		if (ty_is_float(fu) && ty_is_integer(tu) && !ty_is_unsigned(tu))
			return strf("((%s)(int64_t)(%s))", ctype(to), ex(x));
		if (ty_is_float(fu) && ty_is_unsigned(tu))
			return strf("((%s)(uint64_t)(%s))", ctype(to), ex(x));
		return strf("((%s)(%s))", ctype(to), ex(x));
	}
	if (tu->kind == TY_ARRAY && fu->kind == TY_SLICE) {
		const char *t = new_tmp();
		return strf("({ go_slice %s = %s; if (%s.len < %lld) rt_panic_slice(%lld, %s.len, 0, RT_BOUNDS_CONVERT); *(%s *)%s.ptr; })", t, ex(x), t,
		            (long long)tu->len, (long long)tu->len, t, ctype(to), t);
	}
	if (tu->kind == TY_POINTER && fu->kind == TY_SLICE) {
		const char *t = new_tmp();
		Type *a = ty_under(tu->elem);
		return strf("({ go_slice %s = %s; if (%s.len < %lld) rt_panic_slice(%lld, %s.len, 0, RT_BOUNDS_CONVERT); (%s)%s.ptr; })", t, ex(x), t,
		            (long long)a->len, (long long)a->len, t, ctype(to), t);
	}
	if (tu->kind == TY_POINTER)
		return strf("((%s)(%s))", ctype(to), ex(x));
	return reinterpret(ex(x), from, to);
}

/* ---- calls ---- */

typedef struct Arg {
	const char *code;
	Type *type;
	bool effect;
} Arg;

static void push_arg(Vec *args, const char *code, Type *type, bool effect)
{
	Arg *a = xalloc(sizeof *a);
	a->code = code;
	a->type = type;
	a->effect = effect;
	vec_push(args, a);
}

/* Evaluates the arguments of a call to sig into args, packing variadics. */
static void call_args(Node *call, Type *sig, Vec *args, const char **pre)
{
	Vec *list = &call->list;
	int np = sig->params.n;
	if (call->aux == 1) {
		/* f(g()) with a multi-valued g */
		Node *g = list->v[0];
		const char *t = new_tmp();
		*pre = strf("%s%s %s = %s; ", *pre, ctype(g->type), t, ex(g));
		Type *tt = g->type;
		int nv = tt->fields.n;
		for (int i = 0; i < np; i++) {
			Type *pt = sig->params.v[i];
			if (sig->variadic && i == np - 1) {
				int extra = nv - (np - 1);
				Type *et = pt->elem;
				if (extra == 0) {
					push_arg(args, "((go_slice){0})", pt, false);
				} else {
					const char *s = new_tmp();
					Buf b = {0};
					buf_printf(&b, "({ go_slice %s = rt_makeslice(%d, %d, sizeof(%s), %s); ", s, extra, extra, ctype(et),
					           noscan(et) ? "true" : "false");
					for (int k = 0; k < extra; k++)
						buf_printf(&b, "((%s *)%s.ptr)[%d] = %s; ", ctype(et), s, k,
						           convert_value(strf("%s.r%d", t, np - 1 + k), tt->fields.v[np - 1 + k], et));
					buf_printf(&b, "%s; })", s);
					push_arg(args, xstrdup(b.s), pt, false);
					buf_free(&b);
				}
				break;
			}
			push_arg(args, convert_value(strf("%s.r%d", t, i), tt->fields.v[i], pt), pt, false);
		}
		return;
	}
	int na = list->n;
	for (int i = 0; i < np; i++) {
		Type *pt = sig->params.v[i];
		if (sig->variadic && i == np - 1 && !call->flag) {
			int extra = na - (np - 1);
			Type *et = pt->elem;
			if (extra <= 0) {
				push_arg(args, "((go_slice){0})", pt, false);
				break;
			}
			const char *s = new_tmp();
			Buf b = {0};
			bool eff = false;
			/* like gc: the calls among the elements first, then the rest */
			const char **codes = xalloc(sizeof(char *) * (size_t)extra);
			buf_puts(&b, "({ ");
			for (int k = 0; k < extra; k++) {
				Node *a = list->v[np - 1 + k];
				codes[k] = ex_to(a, et);
				if (has_call(a)) {
					eff = true;
					const char *t = new_tmp();
					buf_printf(&b, "%s %s = %s; ", ctype(et), t, codes[k]);
					codes[k] = t;
				}
			}
			buf_printf(&b, "go_slice %s = rt_makeslice(%d, %d, sizeof(%s), %s); ", s, extra, extra, ctype(et),
			           noscan(et) ? "true" : "false");
			for (int k = 0; k < extra; k++)
				buf_printf(&b, "((%s *)%s.ptr)[%d] = %s; ", ctype(et), s, k, codes[k]);
			buf_printf(&b, "%s; })", s);
			push_arg(args, xstrdup(b.s), pt, eff);
			buf_free(&b);
			break;
		}
		Node *a = list->v[i];
		push_arg(args, ex_to(a, pt), pt, has_call(a));
	}
}

/* Joins arguments, binding them to temporaries when order matters. */
static const char *join_args(Vec *args, const char **pre)
{
	/* aggregates passed by value take room in the caller's frame */
	for (int i = 0; i < args->n; i++) {
		Arg *a = args->v[i];
		if (a->type && ty_size(a->type) > 16)
			F->frame_bytes += ty_size(a->type);
	}
	int effects = 0;
	for (int i = 0; i < args->n; i++)
		if (((Arg *)args->v[i])->effect)
			effects++;
	Buf b = {0};
	/* Like gc: the calls (and receives) among the arguments run first, in
	 * order; plain operands are read afterwards, at the call. */
	for (int i = 0; i < args->n; i++) {
		Arg *a = args->v[i];
		const char *code = a->code;
		if (a->effect && (effects > 1 || args->n > 1 || **pre)) {
			const char *t = new_tmp();
			*pre = strf("%s%s %s = %s; ", *pre, ctype(a->type), t, code);
			code = t;
		}
		buf_printf(&b, "%s%s", i ? ", " : "", code);
	}
	const char *s = xstrdup(b.s ? b.s : "");
	buf_free(&b);
	return s;
}

static const char *ex_builtin_call(Node *n, Builtin b);

static const char *wrap(const char *pre, const char *call)
{
	if (!*pre)
		return call;
	return strf("({ %s%s; })", pre, call);
}

const char *ex_call(Node *n, bool want_tuple)
{
	(void)want_tuple;
	Node *f = n->x;
	while (f->kind == N_PAREN)
		f = f->x;
	if (n->aux == 2)
		return ex_conversion(n);
	if (f->mode == MODE_BUILTIN)
		return ex_builtin_call(n, f->sym->builtin);
	Type *sig = ty_under(f->type);
	if (F->inloop)
		F->loopcall = true; /* the stack check reserves room for it */
	/* a big result comes back through a temporary in the caller's frame */
	if (n->type && ty_size(n->type) > 16)
		F->frame_bytes += ty_size(n->type);
	const char *pre = "";
	Vec args = {0};
	/* method calls */
	if (f->kind == N_SELECTOR && f->aux == SELK_METHOD) {
		Selection *sel = f->ext;
		Sym *m = sel->method;
		declare_proto(m);
		const char *recv = method_recv(f->x, sel, m);
		push_arg(&args, recv, m->recv, has_call(f->x));
		call_args(n, sig, &args, &pre);
		const char *a = join_args(&args, &pre);
		if (!E.library && m->pkg != E.pkg)
			return wrap(pre, strf("RT_AT(%s(%s))", func_cname(m), a));
		return wrap(pre, strf("%s(%s)", func_cname(m), a));
	}
	if (f->kind == N_SELECTOR && f->aux == SELK_IFACE) {
		Selection *sel = f->ext;
		Node *x = f->x;
		/* the interface value, possibly through embedded fields */
		const char *iv;
		Type *it;
		if (sel->depth == 0) {
			iv = ex(x);
			it = x->type;
			if (ty_under(it)->kind == TY_POINTER) {
				iv = strf("(*(%s)rt_nilcheck(%s))", ctype(it), iv);
				it = ty_under(it)->elem;
			}
		} else {
			Selection s2 = *sel;
			Type *xt = x->type;
			/* the last path step is the embedded interface field */
			s2.depth = sel->depth - 1;
			Type *pt = path_type(xt, &s2);
			Type *pu = ty_under(pt);
			if (pu->kind == TY_POINTER)
				pu = ty_under(pu->elem);
			s2.field = pu->fields.v[sel->path[sel->depth - 1]];
			s2.field_index = sel->path[sel->depth - 1];
			iv = select_path(x->mode == MODE_VAR ? ex_lvalue(x) : ex(x), xt, &s2, true);
			it = s2.field->type;
		}
		Type *iu = ty_under(it);
		ty_complete_interface(iu);
		int idx = 0;
		for (int i = 0; i < iu->imethods.n; i++)
			if (((IMethod *)iu->imethods.v[i])->name == f->name)
				idx = i;
		const char *t = new_tmp();
		pre = strf("go_iface %s = %s; if (!%s.itab) rt_panic_nil(); ", t, iv, t);
		call_args(n, sig, &args, &pre);
		const char *a = join_args(&args, &pre);
		Type *msig = sig;
		Buf ft = {0};
		buf_printf(&ft, "%s (*)(void *", cresult(msig));
		for (int i = 0; i < msig->params.n; i++)
			buf_printf(&ft, ", %s", ctype(msig->params.v[i]));
		buf_putc(&ft, ')');
		const char *call = strf("((%s)%s.itab->fun[%d])(%s.data%s%s)", ft.s, t, idx, t, args.n ? ", " : "", a);
		buf_free(&ft);
		return strf("({ %s%s; })", pre, call);
	}
	/* direct calls of declared functions */
	Sym *fs = NULL;
	if (f->kind == N_IDENT && f->sym && f->sym->kind == S_FUNC)
		fs = f->sym;
	if (f->kind == N_SELECTOR && f->aux == SELK_PKG && f->sym && f->sym->kind == S_FUNC)
		fs = f->sym;
	if (fs) {
		declare_proto(fs);
		call_args(n, sig, &args, &pre);
		const char *a = join_args(&args, &pre);
		/* a call into the library: a panic in there is reported here */
		if (!E.library && fs->pkg != E.pkg)
			return wrap(pre, strf("RT_AT(%s(%s))", func_cname(fs), a));
		return wrap(pre, strf("%s(%s)", func_cname(fs), a));
	}
	/* method expression T.M(recv, args) */
	if (f->kind == N_SELECTOR && f->aux == SELK_METHODEXPR && f->sym) {
		Sym *m = f->sym;
		Selection *sel = f->ext;
		declare_proto(m);
		call_args(n, sig, &args, &pre);
		if (sel->depth == 0) {
			/* adjust the receiver: (*T).M with a value method */
			Arg *r = args.v[0];
			Type *rt = sig->params.v[0];
			if (!m->ptr_recv && ty_under(rt)->kind == TY_POINTER)
				r->code = strf("(*(%s)rt_nilcheck(%s))", ctype(rt), r->code);
			const char *a = join_args(&args, &pre);
			return wrap(pre, strf("%s(%s)", func_cname(m), a));
		}
	}
	/* a func value */
	const char *fv = ex(n->x);
	const char *t = new_tmp();
	pre = strf("rt_closure *%s = %s; if (!%s) rt_panic_nil(); ", t, fv, t);
	call_args(n, sig, &args, &pre);
	const char *a = join_args(&args, &pre);
	return strf("({ %s((%s)%s->fn)(%s%s%s); })", pre, cfunctype(sig), t, t, args.n ? ", " : "", a);
}

/* ---- built-ins ---- */

static const char *ex_print(Node *n, bool ln)
{
	Buf b = {0};
	buf_puts(&b, "({ rt_printlock(); ");
	for (int i = 0; i < n->list.n; i++) {
		Node *a = n->list.v[i];
		if (i && ln)
			buf_puts(&b, "rt_printsp(); ");
		Type *u = ty_under(a->type);
		const char *v = ex(a);
		switch (u->kind) {
		case TY_BOOL: buf_printf(&b, "rt_printbool(%s); ", v); break;
		case TY_STRING: buf_printf(&b, "rt_printstring(%s); ", v); break;
		case TY_FLOAT32: case TY_FLOAT64: buf_printf(&b, "rt_printfloat(%s); ", v); break;
		case TY_INTERFACE: buf_printf(&b, "rt_printeface(%s); ", eface_of(v, a->type)); break;
		case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
			buf_printf(&b, "rt_printpointer((const void *)(%s)); ", v);
			break;
		case TY_SLICE:
			buf_printf(&b, "({ go_slice _ps = %s; rt_printstring(GO_STR(\"[\")); rt_printint(_ps.len); rt_printstring(GO_STR(\"/\")); rt_printint(_ps.cap); rt_printstring(GO_STR(\"]\")); rt_printpointer(_ps.ptr); }); ", v);
			break;
		default:
			if (ty_is_unsigned(u))
				buf_printf(&b, "rt_printuint(%s); ", v);
			else
				buf_printf(&b, "rt_printint(%s); ", v);
		}
	}
	if (ln)
		buf_puts(&b, "rt_printnl(); ");
	buf_puts(&b, "rt_printunlock(); })");
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

static const char *ex_append(Node *n)
{
	Node *s = n->list.v[0];
	Type *st = s->type;
	Type *et = ty_under(st)->elem;
	const char *ce = ctype(et);
	const char *t = new_tmp();
	const char *ns = noscan(et) ? "true" : "false";
	if (n->flag) {
		Node *o = n->list.v[1];
		const char *u = new_tmp();
		if (n->aux == 3) {
			/* append([]byte, string...) */
			return strf("({ go_slice %s = %s; go_string %s = %s; go_int _n = %s.len; %s = rt_appendgrow(%s, %s.len, 1, true); "
			            "if (%s.len) memmove((uint8_t *)%s.ptr + _n, %s.ptr, (size_t)%s.len); %s; })",
			            t, ex(s), u, ex(o), t, t, t, u, u, t, u, u, t);
		}
		return strf("({ go_slice %s = %s; go_slice %s = %s; go_int _n = %s.len; %s = rt_appendgrow(%s, %s.len, sizeof(%s), %s); "
		            "if (%s.len) memmove((%s *)%s.ptr + _n, %s.ptr, (size_t)%s.len * sizeof(%s)); %s; })",
		            t, ex(s), u, ex_to(o, st), t, t, t, u, ce, ns, u, ce, t, u, u, ce, t);
	}
	int k = n->list.n - 1;
	if (k == 0)
		return ex(s);
	Buf b = {0};
	buf_printf(&b, "({ go_slice %s = %s; ", t, ex(s));
	Vec vals = {0};
	for (int i = 1; i < n->list.n; i++) {
		const char *v = new_tmp();
		buf_printf(&b, "%s %s = %s; ", ce, v, ex_to(n->list.v[i], et));
		vec_push(&vals, (void *)v);
	}
	buf_printf(&b, "go_int _n = %s.len; %s = rt_appendgrow(%s, %d, sizeof(%s), %s); ", t, t, t, k, ce, ns);
	for (int i = 0; i < k; i++)
		buf_printf(&b, "((%s *)%s.ptr)[_n + %d] = %s; ", ce, t, i, (char *)vals.v[i]);
	buf_printf(&b, "%s; })", t);
	const char *r = xstrdup(b.s);
	buf_free(&b);
	return r;
}

static const char *ex_builtin_call(Node *n, Builtin b)
{
	switch (b) {
	case B_LEN: case B_CAP: {
		if (n->mode == MODE_CONST)
			return ex_const(n->cv, ty_int);
		Node *x = n->list.v[0];
		Type *u = ty_under(x->type);
		const char *v = ex(x);
		switch (u->kind) {
		case TY_STRING: case TY_SLICE:
			return strf("(%s).%s", v, b == B_LEN ? "len" : "cap");
		case TY_MAP: return strf("rt_maplen(%s)", v);
		case TY_CHAN: return strf("rt_chan%s(%s)", b == B_LEN ? "len" : "cap", v);
		case TY_POINTER: return strf("((void)rt_nilcheck(%s), (go_int)%lld)", v, (long long)ty_under(u->elem)->len);
		case TY_ARRAY: return strf("((void)(%s), (go_int)%lld)", v, (long long)u->len);
		default: return "0";
		}
	}
	case B_MAKE: {
		Type *t = n->type;
		Type *u = ty_under(t);
		if (u->kind == TY_SLICE) {
			const char *len = ex_to(n->list.v[1], ty_int);
			const char *cap = n->list.n > 2 ? ex_to(n->list.v[2], ty_int) : NULL;
			if (!cap) {
				const char *l = new_tmp();
				return strf("({ go_int %s = %s; rt_makeslice(%s, %s, sizeof(%s), %s); })", l, len, l, l, ctype(u->elem),
				            noscan(u->elem) ? "true" : "false");
			}
			return strf("rt_makeslice(%s, %s, sizeof(%s), %s)", len, cap, ctype(u->elem), noscan(u->elem) ? "true" : "false");
		}
		if (u->kind == TY_MAP)
			return strf("rt_makemap(%s, %s)", desc(t), n->list.n > 1 ? ex_to(n->list.v[1], ty_int) : "0");
		if (u->kind == TY_CHAN)
			return strf("rt_makechan(sizeof(%s), %s)", ctype(u->elem), n->list.n > 1 ? ex_to(n->list.v[1], ty_int) : "0");
		return "NULL";
	}
	case B_NEW: {
		Type *e = ty_under(n->type)->elem;
		if (ty_size(e) == 0)
			return strf("((%s)rt_alloc_noscan(1))", ctype(n->type));
		return strf("((%s)%s(sizeof(%s)))", ctype(n->type), noscan(e) ? "rt_alloc_noscan" : "rt_alloc", ctype(e));
	}
	case B_APPEND:
		return ex_append(n);
	case B_COPY: {
		Node *d = n->list.v[0], *s = n->list.v[1];
		Type *et = ty_under(d->type)->elem;
		const char *td = new_tmp(), *ts = new_tmp();
		if (ty_is_string(s->type))
			return strf("({ go_slice %s = %s; go_string %s = %s; rt_slicecopy(%s, %s.ptr, %s.len, 1); })", td, ex(d), ts,
			            ex(s), td, ts, ts);
		return strf("({ go_slice %s = %s; go_slice %s = %s; rt_slicecopy(%s, %s.ptr, %s.len, sizeof(%s)); })", td, ex(d), ts,
		            ex(s), td, ts, ts, ctype(et));
	}
	case B_DELETE: {
		Node *m = n->list.v[0];
		Type *u = ty_under(m->type);
		return strf("rt_mapdelete(%s, %s, (%s[]){%s})", desc(m->type), ex(m), ctype(u->key), ex_to(n->list.v[1], u->key));
	}
	case B_CLOSE:
		return strf("rt_chanclose(%s)", ex(n->list.v[0]));
	case B_PANIC:
		return strf("rt_panic(%s)", ex_to(n->list.v[0], ty_any));
	case B_RECOVER:
		return strf("rt_recover((const void *)%s)", F->cname ? F->cname : "NULL");
	case B_PRINT: case B_PRINTLN:
		return ex_print(n, b == B_PRINTLN);
	case B_MIN: case B_MAX: {
		if (n->mode == MODE_CONST)
			return ex_const(n->cv, n->type);
		Type *t = n->type;
		Buf bb = {0};
		buf_puts(&bb, "({ ");
		const char *acc = new_tmp();
		buf_printf(&bb, "%s %s = %s; ", ctype(t), acc, ex_to(n->list.v[0], t));
		for (int i = 1; i < n->list.n; i++) {
			const char *v = new_tmp();
			buf_printf(&bb, "%s %s = %s; ", ctype(t), v, ex_to(n->list.v[i], t));
			if (ty_is_string(t))
				buf_printf(&bb, "if (rt_strcmp(%s, %s) %s 0) %s = %s; ", v, acc, b == B_MIN ? "<" : ">", acc, v);
			else if (ty_is_float(t))
				/* a NaN wins; -0 is less than +0 */
				buf_printf(&bb, "if (%s != %s || (%s == %s && (%s %s %s || (%s == 0 && %s == 0 && %s)))) %s = %s; ", v, v,
				           acc, acc, v, b == B_MIN ? "<" : ">", acc, v, acc,
				           b == B_MIN ? strf("__builtin_signbit(%s)", v) : strf("!__builtin_signbit(%s)", v), acc, v);
			else
				buf_printf(&bb, "if (%s %s %s) %s = %s; ", v, b == B_MIN ? "<" : ">", acc, acc, v);
		}
		buf_printf(&bb, "%s; })", acc);
		const char *r = xstrdup(bb.s);
		buf_free(&bb);
		return r;
	}
	case B_CLEAR: {
		Node *a = n->list.v[0];
		Type *u = ty_under(a->type);
		if (u->kind == TY_MAP)
			return strf("rt_mapclear(%s, %s)", desc(a->type), ex(a));
		const char *t = new_tmp();
		return strf("({ go_slice %s = %s; memset(%s.ptr, 0, (size_t)%s.len * sizeof(%s)); })", t, ex(a), t, t,
		            ctype(u->elem));
	}
	default:
		return "0";
	}
}

/* ---- composite literals ---- */

static const char *ex_composite(Node *n)
{
	Type *t = n->type;
	Type *u = ty_under(t);
	const char *ct = ctype(t);
	const char *lit;
	switch (u->kind) {
	case TY_STRUCT: {
		Buf b = {0};
		int effects = 0;
		for (int i = 0; i < n->list.n; i++)
			if (has_call(n->list.v[i]))
				effects++;
		const char *pre = "";
		int nfields = 0;
		buf_printf(&b, "((%s){", ct);
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			Field *f;
			Node *v = e;
			if (e->kind == N_KEYVALUE) {
				f = u->fields.v[e->x->aux];
				v = e->y;
			} else {
				f = u->fields.v[i];
			}
			const char *code = ex_to(v, f->type);
			if (v->kind == N_COMPOSITE && !v->x && v->aux == 1)
				code = ex_addr(v);
			if (effects && has_call(v) && n->list.n > 1) {
				const char *tmp = new_tmp();
				pre = strf("%s%s %s = %s; ", pre, ctype(f->type), tmp, code);
				code = tmp;
			}
			if (f->name == name_blank)
				continue;
			buf_printf(&b, "%s.%s = %s", nfields++ ? ", " : "", mangle_ident(f->name), code);
		}
		buf_puts(&b, "})");
		lit = *pre ? strf("({ %s%s; })", pre, b.s) : xstrdup(b.s);
		buf_free(&b);
		break;
	}
	case TY_ARRAY: {
		Buf b = {0};
		const char *pre = "";
		int effects = 0;
		for (int i = 0; i < n->list.n; i++)
			if (has_call(n->list.v[i]))
				effects++;
		buf_printf(&b, n->list.n ? "((%s){{" : "((%s){", ct);
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			Node *v = e->kind == N_KEYVALUE ? e->y : e;
			const char *code = (v->kind == N_COMPOSITE && !v->x && v->aux == 1) ? ex_addr(v) : ex_to(v, u->elem);
			if (effects && has_call(v) && n->list.n > 1) {
				const char *tmp = new_tmp();
				pre = strf("%s%s %s = %s; ", pre, ctype(u->elem), tmp, code);
				code = tmp;
			}
			buf_printf(&b, "%s[%lld] = %s", i ? ", " : "", (long long)e->elem_index, code);
		}
		buf_puts(&b, n->list.n ? "}})" : "})");
		lit = *pre ? strf("({ %s%s; })", pre, b.s) : xstrdup(b.s);
		buf_free(&b);
		break;
	}
	case TY_SLICE: {
		int64_t len = n->aux2;
		const char *s = new_tmp();
		Buf b = {0};
		const char *ce = ctype(u->elem);
		buf_printf(&b, "({ go_slice %s = rt_makeslice(%lld, %lld, sizeof(%s), %s); ", s, (long long)len, (long long)len, ce,
		           noscan(u->elem) ? "true" : "false");
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			Node *v = e->kind == N_KEYVALUE ? e->y : e;
			const char *code = (v->kind == N_COMPOSITE && !v->x && v->aux == 1) ? ex_addr(v) : ex_to(v, u->elem);
			buf_printf(&b, "((%s *)%s.ptr)[%lld] = %s; ", ce, s, (long long)e->elem_index, code);
		}
		buf_printf(&b, "%s; })", s);
		lit = xstrdup(b.s);
		buf_free(&b);
		break;
	}
	case TY_MAP: {
		const char *m = new_tmp();
		Buf b = {0};
		buf_printf(&b, "({ rt_map *%s = rt_makemap(%s, %d); ", m, desc(t), n->list.n);
		for (int i = 0; i < n->list.n; i++) {
			Node *e = n->list.v[i];
			const char *k = (e->x->kind == N_COMPOSITE && !e->x->x && e->x->aux == 1) ? ex_addr(e->x) : ex_to(e->x, u->key);
			const char *v = (e->y->kind == N_COMPOSITE && !e->y->x && e->y->aux == 1) ? ex_addr(e->y) : ex_to(e->y, u->elem);
			const char *kt = new_tmp(), *vt = new_tmp();
			buf_printf(&b, "{ %s %s = %s; %s %s = %s; *(%s *)rt_mapassign(%s, %s, &%s) = %s; } ", ctype(u->key), kt, k,
			           ctype(u->elem), vt, v, ctype(u->elem), desc(t), m, kt, vt);
		}
		buf_printf(&b, "%s; })", m);
		lit = xstrdup(b.s);
		buf_free(&b);
		break;
	}
	default:
		lit = zero_value(t);
	}
	return lit;
}

/* ---- function literals and method values ---- */

const char *funclit_value(Func *fn)
{
	emit_funclit_code(fn);
	if (fn->captures.n == 0) {
		const char *cv = strf("%s__cv", fn->cname);
		if (!fn->cv_emitted) {
			fn->cv_emitted = true;
			buf_printf(&E.aux, "static rt_closure %s = {(void *)%s};\n", cv, fn->cname);
		}
		return strf("(&%s)", cv);
	}
	const char *c = new_tmp();
	Buf b = {0};
	buf_printf(&b, "({ struct %s *%s = rt_alloc(sizeof *%s); %s->fn = (void *)%s; ", closure_struct(fn), c, c, c, fn->cname);
	for (int i = 0; i < fn->captures.n; i++) {
		Sym *s = fn->captures.v[i];
		buf_printf(&b, "%s->%s = %s; ", c, cap_field(fn, s), cell_ptr(s));
	}
	buf_printf(&b, "(rt_closure *)%s; })", c);
	const char *r = xstrdup(b.s);
	buf_free(&b);
	return r;
}

/* x.M as a value: a closure binding the receiver (evaluated now). */
static const char *method_value(Node *n)
{
	Selection *sel = n->ext;
	Type *sig = n->type;
	int id = ++E.counter;
	const char *code = strf("mv_%d", id);
	Type *recvt;
	const char *recv;
	const char *call_target;
	bool iface = n->aux == SELK_IFACE;
	int idx = 0;
	if (iface) {
		recvt = n->x->type;
		recv = ex(n->x);
		if (ty_under(recvt)->kind == TY_POINTER) {
			recv = strf("(*(%s)rt_nilcheck(%s))", ctype(recvt), recv);
			recvt = ty_under(recvt)->elem;
		}
		Type *iu = ty_under(recvt);
		for (int i = 0; i < iu->imethods.n; i++)
			if (((IMethod *)iu->imethods.v[i])->name == n->name)
				idx = i;
		recv = strf("({ go_iface _i = %s; if (!_i.itab) rt_panic_nil(); _i; })", recv);
		call_target = NULL;
	} else {
		Sym *m = sel->method;
		declare_proto(m);
		recvt = m->recv;
		recv = method_recv(n->x, sel, m);
		/* a value receiver is copied now, as Go does */
		call_target = func_cname(m);
	}
	Buf b = {0};
	buf_printf(&b, "struct %s_cl { void *fn; %s recv; };\n", code, iface ? "go_iface" : ctype(recvt));
	buf_printf(&b, "static RT_GOTEXT %s %s(void *cl", cresult(sig), code);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", %s p%d", ctype(sig->params.v[i]), i);
	buf_printf(&b, ")\n{\n\tstruct %s_cl *c = cl;\n\t%s", code, sig->results.n ? "return " : "");
	if (iface) {
		buf_printf(&b, "((%s (*)(void *", cresult(sig));
		for (int i = 0; i < sig->params.n; i++)
			buf_printf(&b, ", %s", ctype(sig->params.v[i]));
		buf_printf(&b, "))c->recv.itab->fun[%d])(c->recv.data", idx);
	} else {
		buf_printf(&b, "%s(c->recv", call_target);
	}
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", p%d", i);
	buf_puts(&b, ");\n}\n");
	buf_putn(&E.aux, b.s, b.len);
	buf_free(&b);
	const char *c = new_tmp();
	return strf("({ struct %s_cl *%s = rt_alloc(sizeof *%s); %s->fn = (void *)%s; %s->recv = %s; (rt_closure *)%s; })", code,
	            c, c, c, code, c, recv, c);
}

/* T.M or (*T).M as a value: a function taking the receiver first. */
static const char *method_expr_value(Node *n)
{
	Sym *m = n->sym;
	Type *sig = n->type;
	Type *rt = sig->params.v[0];
	int id = ++E.counter;
	const char *code = strf("me_%d", id);
	Buf b = {0};
	buf_printf(&b, "static RT_GOTEXT %s %s(void *cl", cresult(sig), code);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", %s p%d", ctype(sig->params.v[i]), i);
	buf_printf(&b, ")\n{\n\t(void)cl;\n");
	if (!m)
		buf_puts(&b, "\tif (!p0.itab)\n\t\trt_panic_nil();\n");
	buf_printf(&b, "\t%s", sig->results.n ? "return " : "");
	if (!m) {
		/* interface method expression */
		Type *iu = ty_under(rt);
		int idx = 0;
		for (int i = 0; i < iu->imethods.n; i++)
			if (((IMethod *)iu->imethods.v[i])->name == n->name)
				idx = i;
		buf_printf(&b, "((%s (*)(void *", cresult(sig));
		for (int i = 1; i < sig->params.n; i++)
			buf_printf(&b, ", %s", ctype(sig->params.v[i]));
		buf_printf(&b, "))p0.itab->fun[%d])(p0.data", idx);
		for (int i = 1; i < sig->params.n; i++)
			buf_printf(&b, ", p%d", i);
	} else {
		declare_proto(m);
		Selection *sel = n->ext;
		const char *recv = "p0";
		Type *pt = rt;
		if (sel && sel->depth > 0) {
			/* promoted through embedded fields: walk the path first */
			recv = select_path("p0", rt, sel, false);
			pt = path_type(rt, sel);
		}
		if (m->ptr_recv && ty_under(pt)->kind != TY_POINTER)
			recv = strf("&%s", recv);
		else if (!m->ptr_recv && ty_under(pt)->kind == TY_POINTER)
			recv = strf("(*(%s)rt_nilcheck(%s))", ctype(pt), recv);
		buf_printf(&b, "%s(%s", func_cname(m), recv);
		for (int i = 1; i < sig->params.n; i++)
			buf_printf(&b, ", p%d", i);
	}
	buf_puts(&b, ");\n}\n");
	buf_printf(&b, "static rt_closure %s_cv = {(void *)%s};\n", code, code);
	buf_putn(&E.aux, b.s, b.len);
	buf_free(&b);
	return strf("(&%s_cv)", code);
}

/* ---- type assertions ---- */

static const char *ex_typeassert(Node *n)
{
	Node *x = n->x;
	Type *t = n->type;
	const char *e = eface_of(ex(x), x->type);
	if (ty_is_interface(t)) {
		const char *tmp = new_tmp();
		if (ty_is_empty_interface(t))
			return strf("({ go_eface %s = %s; if (!%s.type) rt_assert_iface(%s, %s); %s; })", tmp, e, tmp, tmp, desc(t), tmp);
		return strf("rt_assert_iface(%s, %s)", e, desc(t));
	}
	const char *tmp = new_tmp();
	return strf("({ %s %s; rt_assert_concrete(%s, %s, %s, &%s); %s; })", ctype(t), tmp, e, desc(t), desc(x->type), tmp, tmp);
}

/* ---- the dispatcher ---- */

const char *ex(Node *n)
{
	if (n->mode == MODE_CONST && n->cv)
		return ex_const(n->cv, n->type);
	switch (n->kind) {
	case N_IDENT: {
		Sym *s = n->sym;
		if (!s || n->mode == MODE_NIL)
			return zero_value(n->type);
		if (s->kind == S_VAR)
			return var_ref(s);
		if (s->kind == S_FUNC)
			return fv_wrapper(s);
		return "0";
	}
	case N_PAREN:
		return ex(n->x);
	case N_SELECTOR:
		switch (n->aux) {
		case SELK_PKG:
			if (n->sym->kind == S_VAR) {
				if (n->sym->pkg != E.pkg) {
					static Vec declared;
					bool seen = false;
					for (int i = 0; i < declared.n; i++)
						if (declared.v[i] == n->sym)
							seen = true;
					if (!seen) {
						vec_push(&declared, n->sym);
						buf_printf(&E.decls, "extern %s %s;\n", ctype(n->sym->type), global_cname(n->sym));
					}
				}
				return global_cname(n->sym);
			}
			if (n->sym->kind == S_FUNC)
				return fv_wrapper(n->sym);
			return "0";
		case SELK_FIELD: {
			Selection *sel = n->ext;
			Node *x = n->x;
			const char *base = ex(x);
			return select_path(base, x->type, sel, true);
		}
		case SELK_METHOD: case SELK_IFACE:
			return method_value(n);
		case SELK_METHODEXPR:
			return method_expr_value(n);
		default:
			return "0";
		}
	case N_INDEX:
		return ex_index(n);
	case N_SLICE:
		return ex_slice(n);
	case N_TYPEASSERT:
		return ex_typeassert(n);
	case N_CALL:
		return ex_call(n, false);
	case N_STAR:
		return strf("(*(%s)rt_nilcheck(%s))", ctype(n->x->type), ex(n->x));
	case N_UNARY:
		return ex_unary(n);
	case N_BINARY:
		return ex_binary(n);
	case N_COMPOSITE:
		if (n->aux == 1)
			return ex_addr(n);
		return ex_composite(n);
	case N_FUNCLIT:
		return funclit_value(n->func);
	default:
		return "0";
	}
}

/* ---- go and defer ---- */

static Node *fake_ident(const char *cexpr, Type *t, Pos pos)
{
	Node *n = ast_new(N_IDENT, pos);
	n->name = "?";
	Sym *s = sym_new(S_VAR, "?", pos);
	s->cname = cexpr;
	s->type = t;
	s->state = 2;
	n->sym = s;
	n->type = t;
	n->mode = MODE_VAR;
	return n;
}

/* go f(x) / defer f(x): evaluates the function and arguments now into a
 * heap record, and emits a thunk that makes the call from the record. */
void emit_go_defer(Node *stmt, bool is_go)
{
	Node *call = stmt->x;
	while (call->kind == N_PAREN)
		call = call->x;
	Node *f = call->x;
	while (f->kind == N_PAREN)
		f = f->x;
	int id = ++E.counter;
	const char *rec = strf("%s_%s%d", F->cname, is_go ? "go" : "defer", id);
	Vec fields = {0};  /* Arg*: type and value (evaluated now) */
	const char *pre = "";
	Node *tcall = ast_new(N_CALL, call->pos);
	tcall->pos2 = call->pos2;
	tcall->type = call->type;
	tcall->mode = call->mode;
	const char *fnid = "NULL";
	Node *callee = f;
	Type *sig = ty_under(f->type);
	if (f->mode == MODE_BUILTIN) {
		Builtin b = f->sym->builtin;
		if (b == B_RECOVER && !is_go)
			return; /* defer recover(): called by the defer mechanism itself, it never recovers */
		for (int i = 0; i < call->list.n; i++) {
			Node *a = call->list.v[i];
			Type *t = a->type;
			const char *v;
			if (b == B_PANIC) {
				t = ty_any;
				v = ex_to(a, ty_any);
			} else if (b == B_MAKE || b == B_NEW) {
				vec_push(&tcall->list, a);
				continue;
			} else {
				if (!t || ty_is_untyped(t))
					t = t ? ty_default(t) : ty_int;
				v = ex_to(a, t);
			}
			push_arg(&fields, v, t, has_call(a));
			vec_push(&tcall->list, fake_ident(strf("r->a%d", fields.n - 1), t, a->pos));
		}
		tcall->flag = call->flag;
		tcall->aux = call->aux;
	} else {
		if (f->kind == N_SELECTOR && f->aux == SELK_METHOD) {
			Selection *sel = f->ext;
			Sym *m = sel->method;
			declare_proto(m);
			push_arg(&fields, method_recv(f->x, sel, m), m->recv, has_call(f->x));
			Node *s = ast_new(N_SELECTOR, f->pos);
			Selection *s2 = xalloc(sizeof *s2);
			*s2 = *sel;
			s2->depth = 0;
			s->ext = s2;
			s->aux = SELK_METHOD;
			s->name = f->name;
			s->sym = m;
			s->type = f->type;
			s->mode = MODE_VALUE;
			s->x = fake_ident("r->a0", m->recv, f->pos);
			callee = s;
			fnid = func_cname(m);
		} else if (f->kind == N_SELECTOR && f->aux == SELK_IFACE) {
			Selection *sel = f->ext;
			Node *x = f->x;
			Type *it = x->type;
			const char *iv = ex(x);
			if (ty_under(it)->kind == TY_POINTER) {
				iv = strf("(*(%s)rt_nilcheck(%s))", ctype(it), iv);
				it = ty_under(it)->elem;
			}
			if (sel->depth > 0) {
				/* through an embedded interface field: resolve now */
				Selection s2 = *sel;
				s2.depth = sel->depth - 1;
				Type *pt = path_type(x->type, &s2);
				Type *pu = ty_under(pt);
				if (pu->kind == TY_POINTER)
					pu = ty_under(pu->elem);
				s2.field = pu->fields.v[sel->path[sel->depth - 1]];
				s2.field_index = sel->path[sel->depth - 1];
				iv = select_path(x->mode == MODE_VAR ? ex_lvalue(x) : ex(x), x->type, &s2, true);
				it = s2.field->type;
			}
			const char *t = new_tmp();
			push_arg(&fields, strf("({ go_iface %s = %s; if (!%s.itab) rt_panic_nil(); %s; })", t, iv, t, t), it, has_call(x));
			Node *s = ast_new(N_SELECTOR, f->pos);
			Selection *s2 = xalloc(sizeof *s2);
			*s2 = *sel;
			s2->depth = 0;
			s->ext = s2;
			s->aux = SELK_IFACE;
			s->name = f->name;
			s->type = f->type;
			s->mode = MODE_VALUE;
			s->x = fake_ident("r->a0", it, f->pos);
			callee = s;
		} else if ((f->kind == N_IDENT && f->sym && f->sym->kind == S_FUNC) ||
		           (f->kind == N_SELECTOR && f->aux == SELK_PKG && f->sym && f->sym->kind == S_FUNC)) {
			declare_proto(f->sym);
			fnid = func_cname(f->sym);
		} else {
			/* a func value (closure): evaluated now, called later; a nil one
			 * panics when called (defer) or at once (go) */
			const char *t = new_tmp();
			push_arg(&fields, is_go ? strf("({ rt_closure *%s = %s; if (!%s) rt_fatal(\"go of nil func value\"); %s; })", t, ex(f), t, t) : ex(f),
			         f->type, has_call(f));
			callee = fake_ident(strf("r->a%d", fields.n - 1), f->type, f->pos);
			fnid = strf("(r_->a%d ? r_->a%d->fn : NULL)", fields.n - 1, fields.n - 1);
		}
		int first = fields.n;
		Vec args = {0};
		call_args(call, sig, &args, &pre);
		for (int i = 0; i < args.n; i++) {
			Arg *a = args.v[i];
			push_arg(&fields, a->code, a->type, a->effect);
			vec_push(&tcall->list, fake_ident(strf("r->a%d", first + i), a->type, call->pos));
		}
		tcall->flag = sig->variadic; /* the variadic slice is already packed */
		tcall->aux = 0;
	}
	tcall->x = callee;
	/* the record */
	Buf rb = {0};
	buf_printf(&rb, "struct %s {", rec);
	for (int i = 0; i < fields.n; i++) {
		Arg *a = fields.v[i];
		buf_printf(&rb, " %s a%d;", ctype(a->type), i);
	}
	if (fields.n == 0)
		buf_puts(&rb, " char unused;");
	buf_puts(&rb, " };\n");
	buf_putn(&E.types, rb.s, rb.len);
	buf_free(&rb);
	/* the thunk (its own function state) */
	FnState ts = {0};
	Func tf = {0};
	ts.fn = &tf;
	ts.cname = strf("%s_thunk", rec);
	Buf tb = {0};
	ts.out = &tb;
	FnState *saved = F;
	F = &ts;
	const char *code = ex_call(tcall, false);
	F = saved;
	buf_printf(&E.aux, "static RT_GOTEXT void %s_thunk(void *p)\n{\n\tstruct %s *r = p;\n\t(void)r;\n\t(void)(%s);\n}\n", rec, rec, code);
	buf_free(&tb);
	/* now: evaluate into the record, in order */
	outl("{");
	F->indent++;
	if (*pre)
		outl("%s", pre);
	outl("struct %s *r_ = rt_alloc(sizeof(struct %s));", rec, rec);
	for (int i = 0; i < fields.n; i++) {
		Arg *a = fields.v[i];
		outl("r_->a%d = %s;", i, a->code);
	}
	if (is_go) {
		outl("rt_go(%s_thunk, r_);", rec);
	} else {
		outl("rt_defer_push(&fr_, %s_thunk, r_, (const void *)%s);", rec, fnid);
	}
	F->indent--;
	outl("}");
}
