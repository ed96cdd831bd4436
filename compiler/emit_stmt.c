/*
 * emit_stmt.c — statements to C statements.
 *
 * Go blocks become C blocks.  Switches, type switches and selects become
 * a dispatch of `goto`s to one label per clause (so that fallthrough, break
 * and a default in any position need no special case); loops become C
 * loops, with labels only where a break or continue crosses a switch,
 * a select or a loop.  Variables captured by closures or whose address is
 * taken live in heap cells (T *x), fresh per iteration for loop variables
 * (Go 1.22).
 */
#include "emit_internal.h"

#include <string.h>

void emit_go_defer(Node *stmt, bool is_go); /* emit_expr.c */

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

static const char *alloc_cell(Type *t)
{
	return noscan(t) ? strf("rt_alloc_noscan(sizeof(%s))", ctype(t)) : strf("rt_alloc(sizeof(%s))", ctype(t));
}

/* "(a == b)" -> "a == b" (clang warns about if ((a == b))). */
static const char *strip_parens(const char *c)
{
	size_t n = strlen(c);
	if (n < 2 || c[0] != '(' || c[n - 1] != ')' || c[1] == '{')
		return c; /* not a statement expression ({ ... }) */
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		if (c[i] == '(')
			depth++;
		else if (c[i] == ')')
			depth--;
		if (depth == 0 && i < n - 1)
			return c; /* "(a) == (b)": the outer parens do not match */
	}
	return xstrndup(c + 1, n - 2);
}

/* Declares local s initialized with the C value init (NULL: zero). */
static void declare_local(Sym *s, const char *init)
{
	if (!s || s->name == name_blank) {
		if (init)
			outl("(void)(%s);", init);
		return;
	}
	const char *n = local_cname(s);
	Type *t = s->type;
	if (s->heap) {
		outl("%s *%s = %s;", ctype(t), n, alloc_cell(t));
		if (init)
			outl("*%s = %s;", n, init);
	} else {
		outl("%s %s = %s;", ctype(t), n, init ? init : zero_value(t));
	}
	Type *u = ty_under(t);
	/* unused in Go (only a warning), used only by a constant len, or an
	 * aggregate whose fields are only written (a use for Go, not for C) */
	if (!s->used || u->kind == TY_ARRAY || u->kind == TY_STRUCT ||
	    (u->kind == TY_POINTER && ty_under(u->elem)->kind == TY_ARRAY))
		outl("(void)%s;", n);
}

/* lhs = value (value already of lhs's type). */
void emit_assign_value(Node *lhs, const char *value, Type *vt)
{
	(void)vt;
	if (!lhs || !value)
		return;
	Node *l = lhs;
	while (l->kind == N_PAREN)
		l = l->x;
	if (l->kind == N_IDENT && l->name == name_blank) {
		outl("(void)(%s);", value);
		return;
	}
	if (l->kind == N_INDEX && l->x->mode != MODE_INVALID && ty_under(l->x->type)->kind == TY_MAP) {
		Type *mt = l->x->type;
		Type *u = ty_under(mt);
		outl("*(%s *)rt_mapassign(%s, %s, (%s[]){%s}) = %s;", ctype(u->elem), desc(mt), ex(l->x), ctype(u->key),
		     ex_to(l->y, u->key), value);
		return;
	}
	outl("%s = %s;", ex_lvalue(l), value);
}

static bool is_blank(Node *n) { return n->kind == N_IDENT && n->name == name_blank; }

/* A target for the second phase of a tuple assignment: the operands of
 * index expressions and indirections are evaluated first (Go's order). */
typedef struct Target {
	Node *lhs;
	const char *ptr;   /* pointer temp, or NULL for a plain variable */
	const char *map, *key;
} Target;

static Target prepare_target(Node *lhs)
{
	Target t = {lhs, NULL, NULL, NULL};
	Node *l = lhs;
	while (l->kind == N_PAREN)
		l = l->x;
	if (is_blank(l) || (l->kind == N_IDENT))
		return t;
	if (l->kind == N_INDEX && ty_under(l->x->type)->kind == TY_MAP) {
		Type *u = ty_under(l->x->type);
		t.map = new_tmp();
		t.key = new_tmp();
		outl("rt_map *%s = %s;", t.map, ex(l->x));
		outl("%s %s = %s;", ctype(u->key), t.key, ex_to(l->y, u->key));
		return t;
	}
	t.ptr = new_tmp();
	outl("%s *%s = %s;", ctype(l->type), t.ptr, ex_addr(l));
	return t;
}

static void assign_target(Target *t, const char *value)
{
	Node *l = t->lhs;
	while (l->kind == N_PAREN)
		l = l->x;
	if (t->map) {
		Type *mt = l->x->type;
		outl("*(%s *)rt_mapassign(%s, %s, &%s) = %s;", ctype(ty_under(mt)->elem), desc(mt), t->map, t->key, value);
	} else if (t->ptr) {
		outl("*%s = %s;", t->ptr, value);
	} else {
		emit_assign_value(l, value, NULL);
	}
}

/* v, ok = <comma-ok expression>: emits into C temps; returns them. */
static void commaok_(Node *e, const char **val, const char **ok);

/* v, ok = <comma-ok expression>: emits into C temps (marked used: one of
 * them may go to _). */
static void commaok(Node *e, const char **val, const char **ok)
{
	commaok_(e, val, ok);
	outl("(void)%s;", *ok);
}

static void commaok_(Node *e, const char **val, const char **ok)
{
	Node *x = e;
	while (x->kind == N_PAREN)
		x = x->x;
	const char *v = new_tmp(), *k = new_tmp();
	*val = v;
	*ok = k;
	if (x->kind == N_INDEX) {
		Type *u = ty_under(x->x->type);
		outl("bool %s;", k);
		outl("%s %s = *(%s *)rt_mapaccess2(%s, %s, (%s[]){%s}, &%s);", ctype(u->elem), v, ctype(u->elem), desc(x->x->type),
		     ex(x->x), ctype(u->key), ex_to(x->y, u->key), k);
		return;
	}
	if (x->kind == N_UNARY && x->op == OP_ARROW) {
		outl("%s %s;", ctype(x->type), v);
		outl("bool %s = rt_chanrecv(%s, &%s);", k, ex(x->x), v);
		return;
	}
	if (x->kind == N_TYPEASSERT) {
		Type *t = x->type;
		const char *e2 = eface_of(ex(x->x), x->x->type);
		if (ty_is_interface(t)) {
			if (ty_is_empty_interface(t)) {
				outl("go_eface %s = %s;", v, e2);
				outl("bool %s = %s.type != NULL;", k, v);
			} else {
				outl("go_iface %s = {};", v);
				outl("bool %s = rt_assert_iface_ok(%s, %s, &%s);", k, e2, desc(t), v);
			}
			return;
		}
		outl("%s %s = %s;", ctype(t), v, zero_value(t));
		outl("bool %s = rt_assert_concrete_ok(%s, %s, &%s);", k, e2, desc(t), v);
		return;
	}
	outl("%s %s = %s;", ctype(x->type), v, ex(x));
	outl("bool %s = true;", k);
}

static void emit_define(Node *s)
{
	int nl = s->list.n, nr = s->list2.n;
	if (nr == 1 && nl > 1) {
		Node *e = s->list2.v[0];
		Vec vals = {0};
		Vec types = {0};
		if (e->flag_commaok) {
			const char *v, *k;
			commaok(e, &v, &k);
			outl("(void)%s;", v);
			vec_push(&vals, (void *)v);
			vec_push(&vals, (void *)k);
			vec_push(&types, e->type);
			vec_push(&types, ty_bool);
		} else {
			const char *t = new_tmp();
			outl("%s %s = %s;", ctype(e->type), t, ex(e));
			for (int i = 0; i < nl; i++) {
				vec_push(&vals, (void *)strf("%s.r%d", t, i));
				vec_push(&types, e->type->fields.v[i]);
			}
		}
		for (int i = 0; i < nl; i++) {
			Node *id = s->list.v[i];
			const char *v = convert_value(vals.v[i], types.v[i], id->type ? id->type : types.v[i]);
			if (is_blank(id))
				continue;
			if (id->aux == 1)
				declare_local(id->sym, v);
			else
				emit_assign_value(id, v, NULL);
		}
		return;
	}
	/* x, y := a, b: values first (in order), then the variables */
	if (nl == 1) {
		Node *id = s->list.v[0];
		Node *e = s->list2.v[0];
		if (is_blank(id)) {
			outl("(void)(%s);", ex(e));
			return;
		}
		if (id->aux == 1)
			declare_local(id->sym, ex_to(e, id->sym->type));
		else
			emit_assign_value(id, ex_to(e, id->type), NULL);
		return;
	}
	Vec vals = {0};
	for (int i = 0; i < nr; i++) {
		Node *id = s->list.v[i];
		Node *e = s->list2.v[i];
		const char *t = new_tmp();
		Type *tt = id->type && !is_blank(id) ? id->type : e->type;
		if (ty_is_untyped(tt))
			tt = ty_default(tt);
		outl("%s %s = %s;", ctype(tt), t, ex_to(e, tt));
		vec_push(&vals, (void *)t);
	}
	for (int i = 0; i < nl; i++) {
		Node *id = s->list.v[i];
		if (is_blank(id))
			continue;
		if (id->aux == 1)
			declare_local(id->sym, vals.v[i]);
		else
			emit_assign_value(id, vals.v[i], NULL);
	}
}

static const char *binop_c(Op op)
{
	switch (op) {
	case OP_ADD: return "+";
	case OP_SUB: return "-";
	case OP_MUL: return "*";
	case OP_AND: return "&";
	case OP_OR: return "|";
	case OP_XOR: return "^";
	default: return "?";
	}
}

static const char *int_suffix_of(Type *t)
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

/* *p op= v, for a pointer p to a value of type t. */
static const char *compound(const char *cur, Op op, Node *y, Type *t)
{
	Type *u = ty_under(t);
	const char *v = ex_to(y, (op == OP_SHL || op == OP_SHR) ? y->type : t);
	switch (op) {
	case OP_ADD:
		if (ty_is_string(u))
			return strf("rt_concat(%s, %s)", cur, v);
		/* fallthrough */
	case OP_SUB: case OP_MUL: case OP_AND: case OP_OR: case OP_XOR:
		return strf("(%s)(%s %s %s)", ctype(t), cur, binop_c(op), v);
	case OP_ANDNOT:
		return strf("(%s)(%s & ~%s)", ctype(t), cur, v);
	case OP_DIV: case OP_REM:
		if (ty_is_float(u))
			return strf("(%s / %s)", cur, v);
		return strf("rt_%s_%s(%s, %s)", op == OP_DIV ? "div" : "mod", int_suffix_of(t), cur, v);
	case OP_SHL: case OP_SHR: {
		const char *cnt = v;
		if (!ty_is_unsigned(y->type) && y->mode != MODE_CONST)
			cnt = strf("({ %s _c = %s; if (_c < 0) rt_panic_shift(); _c; })", ctype(y->type), v);
		return strf("rt_%s_%s(%s, (uint64_t)(%s))", op == OP_SHL ? "shl" : "shr", int_suffix_of(t), cur, cnt);
	}
	default:
		return cur;
	}
}

static void emit_opassign(Node *lhs, Op op, Node *y)
{
	Node *l = lhs;
	while (l->kind == N_PAREN)
		l = l->x;
	Type *t = l->type;
	if (l->kind == N_INDEX && ty_under(l->x->type)->kind == TY_MAP) {
		Type *u = ty_under(l->x->type);
		const char *m = new_tmp(), *k = new_tmp(), *p = new_tmp();
		outl("{");
		F->indent++;
		outl("rt_map *%s = %s;", m, ex(l->x));
		outl("%s %s = %s;", ctype(u->key), k, ex_to(l->y, u->key));
		const char *val = new_tmp();
		outl("%s %s = *(%s *)rt_mapaccess1(%s, %s, &%s);", ctype(u->elem), val, ctype(u->elem), desc(l->x->type), m, k);
		const char *nv = compound(val, op, y, t);
		outl("%s = %s;", val, nv);
		outl("%s *%s = rt_mapassign(%s, %s, &%s);", ctype(u->elem), p, desc(l->x->type), m, k);
		outl("*%s = %s;", p, val);
		F->indent--;
		outl("}");
		return;
	}
	if (l->kind == N_IDENT) {
		const char *v = ex(l);
		outl("%s = %s;", v, compound(v, op, y, t));
		return;
	}
	const char *p = new_tmp();
	outl("{");
	F->indent++;
	outl("%s *%s = %s;", ctype(t), p, ex_addr(l));
	outl("*%s = %s;", p, compound(strf("(*%s)", p), op, y, t));
	F->indent--;
	outl("}");
}

static void emit_assign(Node *s)
{
	if (s->op == OP_DEFINE) {
		emit_define(s);
		return;
	}
	if (s->op != OP_ASSIGN) {
		emit_opassign(s->list.v[0], s->op, s->list2.v[0]);
		return;
	}
	int nl = s->list.n, nr = s->list2.n;
	if (nl == 1 && nr == 1) {
		Node *l = s->list.v[0], *r = s->list2.v[0];
		if (is_blank(l)) {
			outl("(void)(%s);", ex(r));
			return;
		}
		Node *lu = l;
		while (lu->kind == N_PAREN)
			lu = lu->x;
		/* Go evaluates the right side before the store (and before a bounds
		 * check or map insertion of the left): keep C from reordering. */
		if (has_call(r) && !(lu->kind == N_IDENT)) {
			outl("{");
			F->indent++;
			Target t = prepare_target(l);
			const char *v = new_tmp();
			outl("%s %s = %s;", ctype(lu->type), v, ex_to(r, lu->type));
			assign_target(&t, v);
			F->indent--;
			outl("}");
			return;
		}
		emit_assign_value(l, ex_to(r, lu->type), NULL);
		return;
	}
	outl("{");
	F->indent++;
	Target targets[64];
	int nt = nl < 64 ? nl : 64;
	for (int i = 0; i < nt; i++)
		targets[i] = prepare_target(s->list.v[i]);
	Vec vals = {0};
	if (nr == 1) {
		Node *e = s->list2.v[0];
		if (e->flag_commaok) {
			const char *v, *k;
			commaok(e, &v, &k);
			outl("(void)%s;", v);
			Node *l0 = s->list.v[0];
			vec_push(&vals, (void *)(is_blank(l0) ? v : convert_value(v, e->type, l0->type)));
			vec_push(&vals, (void *)k);
		} else {
			const char *t = new_tmp();
			outl("%s %s = %s;", ctype(e->type), t, ex(e));
			for (int i = 0; i < nl; i++) {
				Node *li = s->list.v[i];
				vec_push(&vals, (void *)(is_blank(li) ? strf("%s.r%d", t, i)
				                                      : convert_value(strf("%s.r%d", t, i), e->type->fields.v[i], li->type)));
			}
		}
	} else {
		for (int i = 0; i < nr; i++) {
			Node *l = s->list.v[i], *e = s->list2.v[i];
			if (is_blank(l)) {
				outl("(void)%s;", ex(e)); /* evaluated, in order, then dropped */
				vec_push(&vals, NULL);
				continue;
			}
			const char *t = new_tmp();
			outl("%s %s = %s;", ctype(l->type), t, ex_to(e, l->type));
			vec_push(&vals, (void *)t);
		}
	}
	for (int i = 0; i < nt; i++) {
		if (is_blank(s->list.v[i]))
			continue;
		assign_target(&targets[i], vals.v[i]);
	}
	F->indent--;
	outl("}");
}

/* ---- return ---- */

static void emit_return(Node *s)
{
	Func *fn = F->fn;
	Type *sig = fn->sig;
	int nres = sig->results.n;
	if (F->has_frame) {
		/* store the results, run the defers */
		if (s->list.n == 1 && nres > 1 && s->aux == 1) {
			Node *e = s->list.v[0];
			const char *t = new_tmp();
			outl("{");
			F->indent++;
			outl("%s %s = %s;", ctype(e->type), t, ex(e));
			for (int i = 0; i < nres; i++)
				outl("%s = %s;", var_ref(fn->results.v[i]),
				     convert_value(strf("%s.r%d", t, i), e->type->fields.v[i], sig->results.v[i]));
			F->indent--;
			outl("}");
		} else if (s->list.n == 1) {
			outl("%s = %s;", var_ref(fn->results.v[0]), ex_to(s->list.v[0], sig->results.v[0]));
		} else if (s->list.n > 1) {
			outl("{");
			F->indent++;
			Vec tmps = {0};
			for (int i = 0; i < s->list.n; i++) {
				const char *t = new_tmp();
				outl("%s %s = %s;", ctype(sig->results.v[i]), t, ex_to(s->list.v[i], sig->results.v[i]));
				vec_push(&tmps, (void *)t);
			}
			for (int i = 0; i < s->list.n; i++)
				outl("%s = %s;", var_ref(fn->results.v[i]), (char *)tmps.v[i]);
			F->indent--;
			outl("}");
		}
		outl("goto ret_;");
		return;
	}
	if (nres == 0) {
		outl("return;");
		return;
	}
	if (s->list.n == 0) {
		/* bare return of named results */
		if (nres == 1) {
			outl("return %s;", var_ref(fn->results.v[0]));
			return;
		}
		Buf b = {0};
		buf_printf(&b, "return (%s){", cresult(sig));
		for (int i = 0; i < nres; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", var_ref(fn->results.v[i]));
		buf_puts(&b, "};");
		outl("%s", b.s);
		buf_free(&b);
		return;
	}
	if (nres == 1) {
		outl("return %s;", ex_to(s->list.v[0], sig->results.v[0]));
		return;
	}
	if (s->aux == 1) {
		Node *e = s->list.v[0];
		bool same = true;
		for (int i = 0; i < nres; i++)
			if (!ty_identical(e->type->fields.v[i], sig->results.v[i]))
				same = false;
		if (same) {
			outl("return %s;", ex(e));
			return;
		}
		const char *t = new_tmp();
		outl("{");
		F->indent++;
		outl("%s %s = %s;", ctype(e->type), t, ex(e));
		Buf b = {0};
		buf_printf(&b, "return (%s){", cresult(sig));
		for (int i = 0; i < nres; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", convert_value(strf("%s.r%d", t, i), e->type->fields.v[i], sig->results.v[i]));
		buf_puts(&b, "};");
		outl("%s", b.s);
		buf_free(&b);
		F->indent--;
		outl("}");
		return;
	}
	int effects = 0;
	for (int i = 0; i < nres; i++)
		if (has_call(s->list.v[i]))
			effects++;
	if (effects > 1) {
		outl("{");
		F->indent++;
		Vec tmps = {0};
		for (int i = 0; i < nres; i++) {
			const char *t = new_tmp();
			outl("%s %s = %s;", ctype(sig->results.v[i]), t, ex_to(s->list.v[i], sig->results.v[i]));
			vec_push(&tmps, (void *)t);
		}
		Buf b = {0};
		buf_printf(&b, "return (%s){", cresult(sig));
		for (int i = 0; i < nres; i++)
			buf_printf(&b, "%s%s", i ? ", " : "", (char *)tmps.v[i]);
		buf_puts(&b, "};");
		outl("%s", b.s);
		buf_free(&b);
		F->indent--;
		outl("}");
		return;
	}
	Buf b = {0};
	buf_printf(&b, "return (%s){", cresult(sig));
	for (int i = 0; i < nres; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", ex_to(s->list.v[i], sig->results.v[i]));
	buf_puts(&b, "};");
	outl("%s", b.s);
	buf_free(&b);
}

/* ---- loops and branches ---- */

typedef struct LoopInfo {
	Loop loop;
	bool brk_label, cont_label;
} LoopInfo;

static LoopInfo *loopinfo(Loop *l) { return (LoopInfo *)l; }

static void push_loop(LoopInfo *li, Node *stmt, bool is_loop)
{
	li->loop.stmt = stmt;
	li->loop.id = ++F->label;
	li->loop.is_loop = is_loop;
	li->loop.outer = F->loops;
	F->loops = &li->loop;
}

static void pop_loop(void) { F->loops = F->loops->outer; }

static void emit_branch(Node *s)
{
	switch (s->op) {
	case OP_GOTO:
		outl("goto L_%s;", mangle_ident(s->name));
		return;
	case OP_FALLTHROUGH:
		outl("goto %s;", (const char *)s->ext);
		return;
	case OP_BREAK: case OP_CONTINUE: {
		Node *target = s->x;
		Loop *l = F->loops;
		/* is the target the innermost C loop with nothing in between? */
		bool direct = false;
		if (l && l->stmt == target && l->is_loop)
			direct = true;
		if (s->op == OP_CONTINUE) {
			/* switches and selects are not C loops: continue passes them */
			Loop *k = l;
			while (k && !k->is_loop)
				k = k->outer;
			direct = k && k->stmt == target;
		}
		Loop *tl = l;
		while (tl && tl->stmt != target)
			tl = tl->outer;
		if (!tl) {
			outl("%s;", s->op == OP_BREAK ? "break" : "continue");
			return;
		}
		if (direct) {
			outl("%s;", s->op == OP_BREAK ? "break" : "continue");
			return;
		}
		if (s->op == OP_BREAK) {
			if (!tl->is_loop) {
				/* the end label of a switch, type switch or select */
				const char *k = target->kind == N_SWITCH ? "sw" : target->kind == N_TYPESWITCH ? "ts" : "sel";
				outl("goto %s%d_end;", k, tl->id);
				return;
			}
			loopinfo(tl)->brk_label = true;
			outl("goto brk_%d;", tl->id);
		} else {
			loopinfo(tl)->cont_label = true;
			outl("goto cont_%d;", tl->id);
		}
		return;
	}
	default:
		return;
	}
}

static void emit_cond_block(Node *body, LoopInfo *li)
{
	outl("{");
	F->indent++;
	for (int i = 0; i < body->list.n; i++)
		emit_stmt(body->list.v[i]);
	if (li && li->cont_label)
		outl("cont_%d:;", li->loop.id);
	F->indent--;
	outl("}");
}

static void emit_post_as_expr(Node *post, Buf *outb)
{
	Buf b = {0};
	Buf *saved = F->out;
	int saved_indent = F->indent;
	F->out = &b;
	F->indent = 0;
	emit_stmt(post);
	F->out = saved;
	F->indent = saved_indent;
	/* strip #line directives and newlines: it is one expression */
	Buf clean = {0};
	const char *p = b.s ? b.s : "";
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);
		if (!(len >= 5 && strncmp(p, "#line", 5) == 0)) {
			buf_putn(&clean, p, len);
			buf_putc(&clean, ' ');
		}
		p += len + (nl ? 1 : 0);
	}
	buf_printf(outb, "({ %s})", clean.s ? clean.s : "");
	buf_free(&b);
	buf_free(&clean);
}

static void emit_for(Node *s)
{
	LoopInfo li = {0};
	outl("{");
	F->indent++;
	if (s->init)
		emit_stmt(s->init);
	/* per-iteration copies of loop variables that live in heap cells */
	Vec cells = {0};
	if (s->init && s->init->kind == N_ASSIGN && s->init->op == OP_DEFINE) {
		for (int i = 0; i < s->init->list.n; i++) {
			Node *id = s->init->list.v[i];
			if (id->sym && id->aux == 1 && id->sym->heap)
				vec_push(&cells, id->sym);
		}
	}
	Buf third = {0};
	bool any = false;
	for (int i = 0; i < cells.n; i++) {
		Sym *v = cells.v[i];
		const char *n = local_cname(v);
		buf_printf(&third, "%s({ %s *_n = %s; *_n = *%s; %s = _n; })", any ? ", " : "", ctype(v->type), alloc_cell(v->type), n, n);
		any = true;
	}
	if (s->post) {
		if (any)
			buf_puts(&third, ", ");
		emit_post_as_expr(s->post, &third);
	}
	const char *cond = s->cond ? strip_parens(ex(s->cond)) : "";
	push_loop(&li, s, true);
	outl("for (; %s; %s)", cond, third.s ? third.s : "");
	buf_free(&third);
	emit_cond_block(s->body, &li);
	pop_loop();
	if (li.brk_label)
		outl("brk_%d:;", li.loop.id);
	F->indent--;
	outl("}");
}

/* Binds a range variable (declared or assigned) to value v of type vt. */
static void range_bind(Node *var, int op, const char *v, Type *vt)
{
	if (!var || is_blank(var))
		return;
	if (op == OP_DEFINE)
		declare_local(var->sym, convert_value(v, vt, var->sym->type));
	else
		emit_assign_value(var, convert_value(v, vt, var->type), NULL);
}

static void emit_range(Node *s)
{
	LoopInfo li = {0};
	Node *x = s->z;
	Type *u = ty_under(x->type);
	Node *k = s->x, *v = s->y;
	if (k && is_blank(k))
		k = NULL;
	if (v && is_blank(v))
		v = NULL;
	outl("{");
	F->indent++;
	push_loop(&li, s, true);
	const char *i = strf("_i%d", li.loop.id);
	Type *pu = u;
	if (u->kind == TY_POINTER)
		pu = ty_under(u->elem);
	if (ty_is_integer(u)) {
		const char *n = new_tmp();
		outl("%s %s = %s;", ctype(x->type), n, ex(x));
		outl("for (%s %s = 0; %s < %s; %s++) {", ctype(x->type), i, i, n, i);
		F->indent++;
		range_bind(k, s->op, i, x->type);
	} else if (u->kind == TY_SLICE || pu->kind == TY_ARRAY) {
		const char *c = new_tmp();
		const char *len;
		const char *elem;
		if (u->kind == TY_SLICE) {
			outl("go_slice %s = %s;", c, ex(x));
			len = strf("%s.len", c);
			elem = strf("((%s *)%s.ptr)[%s]", ctype(u->elem), c, i);
		} else if (u->kind == TY_POINTER) {
			outl("%s %s = %s;", ctype(x->type), c, ex(x));
			outl("(void)%s;", c);
			len = strf("%lld", (long long)pu->len);
			elem = strf("((%s)rt_nilcheck(%s))->a[%s]", ctype(x->type), c, i);
		} else {
			/* an array is copied once, if its values are used */
			if (v) {
				outl("%s %s = %s;", ctype(x->type), c, ex(x));
				F->frame_bytes += ty_size(x->type);
			}
			else if (has_call(x))
				outl("(void)(%s);", ex(x));
			len = strf("%lld", (long long)pu->len);
			elem = strf("%s.a[%s]", c, i);
		}
		outl("for (go_int %s = 0; %s < %s; %s++) {", i, i, len, i);
		F->indent++;
		range_bind(k, s->op, i, ty_int);
		if (v)
			range_bind(v, s->op, elem, pu->elem);
	} else if (u->kind == TY_STRING) {
		const char *c = new_tmp(), *nx = new_tmp(), *r = new_tmp();
		outl("go_string %s = %s;", c, ex(x));
		outl("for (go_int %s = 0, %s = 0; %s < %s.len; %s = %s) {", i, nx, i, c, i, nx);
		F->indent++;
		outl("go_rune %s;", r);
		outl("%s = rt_decoderune(%s, %s, &%s);", nx, c, i, r);
		range_bind(k, s->op, i, ty_int);
		if (v)
			range_bind(v, s->op, r, ty_rune);
	} else if (u->kind == TY_MAP) {
		const char *it = new_tmp();
		outl("rt_mapiter %s;", it);
		outl("for (rt_mapiterinit(%s, %s, &%s); %s.key; rt_mapiternext(&%s)) {", desc(x->type), ex(x), it, it, it);
		F->indent++;
		if (k)
			range_bind(k, s->op, strf("*(%s *)%s.key", ctype(u->key), it), u->key);
		if (v)
			range_bind(v, s->op, strf("*(%s *)%s.val", ctype(u->elem), it), u->elem);
	} else if (u->kind == TY_CHAN) {
		const char *c = new_tmp(), *e = new_tmp();
		outl("rt_chan *%s = %s;", c, ex(x));
		outl("for (;;) {");
		F->indent++;
		outl("%s %s;", ctype(u->elem), e);
		outl("if (!rt_chanrecv(%s, &%s))", c, e);
		outl("\tbreak;");
		if (k)
			range_bind(k, s->op, e, u->elem);
	} else {
		outl("for (;;) {");
		F->indent++;
		outl("break;");
	}
	for (int j = 0; j < s->body->list.n; j++)
		emit_stmt(s->body->list.v[j]);
	if (li.cont_label)
		outl("cont_%d:;", li.loop.id);
	F->indent--;
	outl("}");
	pop_loop();
	if (li.brk_label)
		outl("brk_%d:;", li.loop.id);
	F->indent--;
	outl("}");
}

/* ---- switch ---- */

static void emit_clause_body(Vec *stmts)
{
	outl("{");
	F->indent++;
	for (int i = 0; i < stmts->n; i++)
		emit_stmt(stmts->v[i]);
	F->indent--;
	outl("}");
}

static void emit_switch(Node *s)
{
	LoopInfo li = {0};
	outl("{");
	F->indent++;
	if (s->init)
		emit_stmt(s->init);
	push_loop(&li, s, false);
	int id = li.loop.id;
	const char *tag = NULL;
	Type *tt = NULL;
	if (s->x) {
		tt = s->x->type;
		tag = new_tmp();
		outl("%s %s = %s;", ctype(tt), tag, ex(s->x));
		outl("(void)%s;", tag);
	}
	int ndef = -1;
	int n = s->body->list.n;
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		if (cc->flag)
			ndef = i;
		for (int k = 0; k < cc->list.n; k++) {
			Node *e = cc->list.v[k];
			const char *cond;
			if (!tag) {
				cond = ex(e);
			} else {
				Type *ct = tt;
				if (ty_is_interface(e->type) && !ty_is_interface(tt))
					ct = e->type;
				cond = ex_eq(convert_value(tag, tt, ct), ex_to(e, ct), ct, false);
			}
			emit_line(e);
			outl("if (%s)", strip_parens(cond));
			outl("\tgoto sw%d_c%d;", id, i);
		}
	}
	if (ndef >= 0)
		outl("goto sw%d_c%d;", id, ndef);
	else
		outl("goto sw%d_end;", id);
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		outl("sw%d_c%d:", id, i);
		/* a fallthrough at the end jumps to the next clause */
		if (cc->list2.n) {
			Node *last = cc->list2.v[cc->list2.n - 1];
			if (last->kind == N_BRANCH && last->op == OP_FALLTHROUGH)
				last->ext = (void *)strf("sw%d_c%d", id, i + 1);
		}
		emit_clause_body(&cc->list2);
		outl("goto sw%d_end;", id);
	}
	outl("sw%d_end:;", id);
	pop_loop();
	F->indent--;
	outl("}");
	(void)li;
}

static void emit_typeswitch(Node *s)
{
	LoopInfo li = {0};
	outl("{");
	F->indent++;
	if (s->init)
		emit_stmt(s->init);
	push_loop(&li, s, false);
	int id = li.loop.id;
	Node *guard = s->x;
	Node *assert = guard->kind == N_ASSIGN ? guard->list2.v[0] : guard->x;
	Node *x = assert->x;
	Type *xt = x->type;
	const char *orig = new_tmp(), *e = new_tmp();
	outl("%s %s = %s;", ctype(xt), orig, ex(x));
	outl("go_eface %s = %s;", e, eface_of(orig, xt));
	int n = s->body->list.n, ndef = -1;
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		if (cc->flag)
			ndef = i;
		for (int k = 0; k < cc->list.n; k++) {
			Node *c = cc->list.v[k];
			Type *t = c->type;
			if (t == ty_untyped_nil || c->mode == MODE_NIL)
				outl("if (%s.type == NULL)", e);
			else if (ty_is_interface(t)) {
				if (ty_is_empty_interface(t))
					outl("if (%s.type != NULL)", e);
				else
					outl("if (%s.type && rt_getitab(%s, %s.type, true))", e, desc(t), e);
			} else
				outl("if (%s.type == %s)", e, desc(t));
			outl("\tgoto ts%d_c%d;", id, i);
		}
	}
	if (ndef >= 0)
		outl("goto ts%d_c%d;", id, ndef);
	else
		outl("goto ts%d_end;", id);
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		outl("ts%d_c%d:", id, i);
		outl("{");
		F->indent++;
		Sym *v = cc->sym;
		if (v && v->used) {
			Type *vt = v->type;
			const char *val;
			if (ty_identical(vt, xt) || (cc->list.n != 1))
				val = orig;
			else if (ty_is_interface(vt))
				val = ty_is_empty_interface(vt) ? e : strf("rt_assert_iface(%s, %s)", e, desc(vt));
			else {
				Type *vu = ty_under(vt);
				bool dir = vu->kind == TY_POINTER || vu->kind == TY_MAP || vu->kind == TY_CHAN || vu->kind == TY_FUNC ||
				           vu->kind == TY_UNSAFEPTR;
				val = dir ? strf("((%s)%s.data)", ctype(vt), e) : strf("(*(%s *)%s.data)", ctype(vt), e);
			}
			declare_local(v, val);
		}
		for (int k = 0; k < cc->list2.n; k++)
			emit_stmt(cc->list2.v[k]);
		F->indent--;
		outl("}");
		outl("goto ts%d_end;", id);
	}
	outl("ts%d_end:;", id);
	pop_loop();
	F->indent--;
	outl("}");
}

/* ---- select ---- */

static void emit_select(Node *s)
{
	LoopInfo li = {0};
	outl("{");
	F->indent++;
	push_loop(&li, s, false);
	int id = li.loop.id;
	int n = s->body->list.n;
	int ncases = 0, ndef = -1;
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		if (cc->flag)
			ndef = i;
		else
			ncases++;
	}
	const char *cases = strf("_sc%d", id);
	if (ncases)
		outl("rt_scase %s[%d];", cases, ncases);
	int k = 0;
	int *caseidx = xalloc(sizeof(int) * (size_t)(n + 1));
	const char **bufs = xalloc(sizeof(char *) * (size_t)(n + 1));
	/* channels and values, in source order */
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		caseidx[i] = -1;
		if (cc->flag)
			continue;
		Node *c = cc->x;
		caseidx[i] = k;
		if (c->kind == N_SEND) {
			Type *et = ty_under(c->x->type)->elem;
			const char *ch = new_tmp(), *v = new_tmp();
			outl("rt_chan *%s = %s;", ch, ex(c->x));
			outl("%s %s = %s;", ctype(et), v, ex_to(c->y, et));
			outl("%s[%d] = (rt_scase){%s, &%s, RT_SELECT_SEND};", cases, k, ch, v);
		} else {
			Node *rx = c->kind == N_EXPRSTMT ? c->x : c->list2.v[0];
			while (rx->kind == N_PAREN)
				rx = rx->x;
			Type *et = ty_under(rx->x->type)->elem;
			const char *v = new_tmp();
			bufs[i] = v;
			outl("%s %s = %s;", ctype(et), v, zero_value(et));
			outl("%s[%d] = (rt_scase){%s, &%s, RT_SELECT_RECV};", cases, k, ex(rx->x), v);
		}
		k++;
	}
	const char *ok = strf("_ok%d", id), *sel = strf("_sel%d", id);
	outl("bool %s = false;", ok);
	outl("int %s = rt_select(%s, %d, %s, &%s);", sel, ncases ? cases : "NULL", ncases, ndef >= 0 ? "false" : "true", ok);
	outl("(void)%s;", ok);
	outl("(void)%s;", sel);
	for (int i = 0; i < n; i++) {
		if (caseidx[i] >= 0) {
			outl("if (%s == %d)", sel, caseidx[i]);
			outl("\tgoto sel%d_c%d;", id, i);
		}
	}
	if (ndef >= 0)
		outl("goto sel%d_c%d;", id, ndef);
	else
		outl("goto sel%d_end;", id);
	for (int i = 0; i < n; i++) {
		Node *cc = s->body->list.v[i];
		outl("sel%d_c%d:", id, i);
		outl("{");
		F->indent++;
		Node *c = cc->x;
		if (c && c->kind == N_ASSIGN) {
			/* v [, ok] := / = <-c */
			Node *v = c->list.v[0];
			Node *okv = c->list.n > 1 ? c->list.v[1] : NULL;
			Node *rx = c->list2.v[0];
			Type *et = rx->type;
			if (c->op == OP_DEFINE) {
				if (!is_blank(v))
					declare_local(v->sym, convert_value(bufs[i], et, v->sym->type));
				if (okv && !is_blank(okv))
					declare_local(okv->sym, ok);
			} else {
				if (!is_blank(v))
					emit_assign_value(v, convert_value(bufs[i], et, v->type), NULL);
				if (okv && !is_blank(okv))
					emit_assign_value(okv, ok, NULL);
			}
		}
		for (int j = 0; j < cc->list2.n; j++)
			emit_stmt(cc->list2.v[j]);
		F->indent--;
		outl("}");
		outl("goto sel%d_end;", id);
	}
	outl("sel%d_end:;", id);
	pop_loop();
	F->indent--;
	outl("}");
}

/* ---- the dispatcher ---- */

static void emit_if(Node *s)
{
	bool scoped = s->init != NULL;
	if (scoped) {
		outl("{");
		F->indent++;
		emit_stmt(s->init);
	}
	emit_line(s);
	outl("if (%s)", strip_parens(ex(s->cond)));
	emit_block(s->body);
	if (s->els) {
		outl("else");
		if (s->els->kind == N_IF) {
			outl("{");
			F->indent++;
			emit_if(s->els);
			F->indent--;
			outl("}");
		} else {
			emit_block(s->els);
		}
	}
	if (scoped) {
		F->indent--;
		outl("}");
	}
}

void emit_stmt(Node *s)
{
	if (s->kind != N_BLOCK && s->kind != N_LABELED && s->kind != N_EMPTY)
		emit_line(s);
	switch (s->kind) {
	case N_EMPTY:
		break;
	case N_BLOCK:
		emit_block(s);
		break;
	case N_DECLSTMT: {
		Node *gd = s->x;
		if (gd->op != KW_VAR)
			break; /* constants and types need no code */
		for (int i = 0; i < gd->list.n; i++) {
			Node *spec = gd->list.v[i];
			int nn = spec->list.n, nv = spec->list2.n;
			if (nv == 0) {
				for (int k = 0; k < nn; k++)
					declare_local(((Node *)spec->list.v[k])->sym, NULL);
			} else if (nv == 1 && nn > 1) {
				Node *fake = ast_new(N_ASSIGN, spec->pos);
				fake->op = OP_DEFINE;
				fake->list = spec->list;
				fake->list2 = spec->list2;
				for (int k = 0; k < nn; k++)
					((Node *)spec->list.v[k])->aux = 1;
				emit_define(fake);
			} else if (nn == 1) {
				Sym *sym = ((Node *)spec->list.v[0])->sym;
				declare_local(sym, ex_to(spec->list2.v[0], sym ? sym->type : NULL));
			} else {
				Vec vals = {0};
				for (int k = 0; k < nn; k++) {
					Sym *sym = ((Node *)spec->list.v[k])->sym;
					const char *t = new_tmp();
					Type *tt = sym && sym->type ? sym->type : ty_default(((Node *)spec->list2.v[k])->type);
					outl("%s %s = %s;", ctype(tt), t, ex_to(spec->list2.v[k], tt));
					vec_push(&vals, (void *)t);
				}
				for (int k = 0; k < nn; k++)
					declare_local(((Node *)spec->list.v[k])->sym, vals.v[k]);
			}
		}
		break;
	}
	case N_LABELED:
		if (s->aux2) /* the target of a goto */
			outl("L_%s:;", mangle_ident(s->name));
		emit_stmt(s->x);
		break;
	case N_EXPRSTMT: {
		Node *x = s->x;
		while (x->kind == N_PAREN)
			x = x->x;
		if (x->kind == N_CALL && (!x->type || x->mode == MODE_VOID))
			outl("%s;", ex(x));
		else
			outl("(void)%s;", ex(x));
		break;
	}
	case N_SEND: {
		Type *et = ty_under(s->x->type)->elem;
		if (has_call(s->x) && has_call(s->y)) {
			const char *c = new_tmp();
			outl("{ rt_chan *%s = %s; rt_chansend(%s, (%s[]){%s}); }", c, ex(s->x), c, ctype(et), ex_to(s->y, et));
		} else {
			outl("rt_chansend(%s, (%s[]){%s});", ex(s->x), ctype(et), ex_to(s->y, et));
		}
		break;
	}
	case N_INCDEC: {
		Node one = {.kind = N_BASICLIT, .mode = MODE_CONST, .type = s->x->type};
		ConstVal cv = {.kind = CV_INT, .i = 1};
		one.cv = &cv;
		emit_opassign(s->x, s->op == OP_INC ? OP_ADD : OP_SUB, &one);
		break;
	}
	case N_ASSIGN:
		emit_assign(s);
		break;
	case N_GO:
		emit_go_defer(s, true);
		break;
	case N_DEFER:
		emit_go_defer(s, false);
		break;
	case N_RETURN:
		emit_return(s);
		break;
	case N_BRANCH:
		emit_branch(s);
		break;
	case N_IF:
		emit_if(s);
		break;
	case N_SWITCH:
		emit_switch(s);
		break;
	case N_TYPESWITCH:
		emit_typeswitch(s);
		break;
	case N_SELECT:
		emit_select(s);
		break;
	case N_FOR:
		F->inloop++;
		emit_for(s);
		F->inloop--;
		break;
	case N_RANGE:
		F->inloop++;
		emit_range(s);
		F->inloop--;
		break;
	default:
		break;
	}
}

void emit_block(Node *b)
{
	outl("{");
	F->indent++;
	for (int i = 0; i < b->list.n; i++)
		emit_stmt(b->list.v[i]);
	F->indent--;
	outl("}");
}
