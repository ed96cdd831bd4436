/*
 * check_decl.c — declarations: types, constants, variables, function
 * signatures and bodies, and the initialization order of package variables.
 *
 * Initialization order (spec "Package initialization"): package variables
 * are initialized in declaration order, except that a variable is
 * initialized after the variables its initializer depends on (directly or
 * through functions it references).  The checker records, for every
 * package-level object, the package-level objects its initializer or body
 * references (Sym.deps); order_globals walks them depth first.
 */
#include "check_internal.h"

#include <string.h>

Checker cur;

/* ---- types ---- */

/* types2's arrayLength: a non-constant identifier is an "invalid array
 * length", another non-constant "must be constant"; a constant must be an
 * integer value that fits int ("must be integer") and is not negative
 * ("invalid array length"). */
static Type *array_len_type(Node *n, Type *elem)
{
	Node *len = n->x;
	Type *t = check_expr(len, NULL);
	if (!t || len->mode == MODE_INVALID)
		return ty_array(elem, 0);
	if (len->mode != MODE_CONST) {
		if (len->kind == N_IDENT)
			diag_error(ast_start_pos(len), "invalid array length %s", expr_str(len));
		else
			diag_error(ast_start_pos(len), "array length %s must be constant", describe(len));
		return ty_array(elem, 0);
	}
	ConstVal v;
	bool fits = (ty_is_integer(len->type) || ty_is_untyped(len->type)) && representable(len->cv, ty_int, &v);
	if (!fits || v.i < 0) {
		diag_error(ast_start_pos(len), fits ? "invalid array length %s" : "array length %s must be integer",
		           describe(len));
		return ty_array(elem, 0);
	}
	return ty_array(elem, (int64_t)v.i);
}

static Type *struct_type(Node *n)
{
	Type *t = ty_new(TY_STRUCT);
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		Type *ft = resolve_type(f->y);
		if (f->lit)
			diag_error(f->pos, "struct tags are not supported by minigo");
		if (f->list.n == 0) {
			/* embedded: T, *T, pkg.T */
			Node *tn = f->y;
			if (tn->kind == N_STAR)
				tn = tn->x;
			if (tn->kind == N_INDEX) /* atomic.Pointer[T]: named Pointer */
				tn = tn->x;
			const char *name = tn->kind == N_SELECTOR ? tn->name : tn->name;
			Type *base = ft->kind == TY_POINTER ? ft->elem : ft;
			if (ft->kind == TY_POINTER && ty_under(base) && ty_under(base)->kind == TY_POINTER)
				diag_error(f->pos, "embedded field type cannot be a pointer");
			else if (ft->kind == TY_POINTER && ty_is_interface(base))
				diag_error(f->pos, "embedded field type cannot be a pointer to an interface");
			Field *fl = xalloc(sizeof *fl);
			fl->name = name ? name : intern0("?");
			fl->type = ft;
			fl->embedded = true;
			fl->pos = f->pos;
			fl->pkg = cur.pkg;
			vec_push(&t->fields, fl);
			continue;
		}
		for (int j = 0; j < f->list.n; j++) {
			Node *id = f->list.v[j];
			Field *fl = xalloc(sizeof *fl);
			fl->name = id->name;
			fl->type = ft;
			fl->pos = id->pos;
			fl->pkg = cur.pkg;
			vec_push(&t->fields, fl);
		}
	}
	/* duplicate field names */
	for (int i = 0; i < t->fields.n; i++) {
		Field *a = t->fields.v[i];
		if (a->name == name_blank)
			continue;
		for (int j = 0; j < i; j++) {
			Field *b = t->fields.v[j];
			if (a->name == b->name) {
				diag_error(a->pos, "%s redeclared\n\t%s: other declaration of %s", a->name,
				           diag_pos_str(b->pos), a->name);
				break;
			}
		}
	}
	return t;
}

static Type *interface_type(Node *n)
{
	Type *t = ty_new(TY_INTERFACE);
	for (int i = 0; i < n->list.n; i++) {
		Node *f = n->list.v[i];
		if (f->list.n == 0) {
			Type *e = resolve_type(f->y);
			if (e != ty_invalid && !ty_is_interface(e)) {
				diag_error(f->y->pos, "cannot use %s as interface: not an interface type", ty_str(e));
				continue;
			}
			vec_push(&t->embeds, e);
			continue;
		}
		Node *id = f->list.v[0];
		IMethod *m = xalloc(sizeof *m);
		m->name = id->name;
		m->sig = func_type_of(f->y, NULL, NULL, NULL);
		m->pkg = cur.pkg;
		for (int j = 0; j < t->imethods.n; j++) {
			if (((IMethod *)t->imethods.v[j])->name == m->name)
				diag_error(id->pos, "duplicate method %s", m->name);
		}
		vec_push(&t->imethods, m);
	}
	/* Completed lazily: embedded interfaces may not be resolved yet. */
	return t;
}

Type *resolve_type(Node *n)
{
	if (!n)
		return ty_invalid;
	Type *t = NULL;
	switch (n->kind) {
	case N_IDENT:
	case N_SELECTOR: {
		Type *r = check_expr_or_type(n);
		if (n->mode == MODE_INVALID)
			return ty_invalid;
		if (n->mode != MODE_TYPE) {
			diag_error(ast_start_pos(n), "%s is not a type", n->mode == MODE_PKG ? expr_str(n) : describe(n));
			return ty_invalid;
		}
		if (generic_misused(n, true))
			return ty_invalid;
		return r;
	}
	case N_PAREN:
		t = resolve_type(n->x);
		break;
	case N_INDEX: {
		/* X[A] as a type: X must be the generic atomic.Pointer */
		check_expr_or_type(n->x);
		if (n->x->mode == MODE_INVALID)
			return ty_invalid;
		if (n->x->mode != MODE_TYPE) {
			diag_error(ast_start_pos(n->x), "%s is not a type", describe(n->x));
			return ty_invalid;
		}
		t = generic_instantiate(n);
		if (t == ty_invalid)
			return t;
		break;
	}
	case N_STAR:
		t = ty_pointer(resolve_type(n->x));
		break;
	case N_ARRAYTYPE: {
		Type *elem = resolve_type(n->y);
		if (!n->x)
			t = ty_slice(elem);
		else if (n->x->kind == N_ELLIPSIS) {
			diag_error(n->x->pos, "invalid use of [...] array (outside a composite literal)");
			t = ty_invalid;
		} else
			t = array_len_type(n, elem);
		break;
	}
	case N_MAPTYPE: {
		Type *k = resolve_type(n->x);
		Type *v = resolve_type(n->y);
		t = ty_map(k, v);
		/* gc's position of a func type here is its '(' (pos2) */
		Pos kpos = n->x->kind == N_FUNCTYPE && n->x->pos2.line ? n->x->pos2 : ast_start_pos(n->x);
		if (k != ty_invalid && k->kind != TY_NAMED && !ty_comparable(k))
			diag_error(kpos, "invalid map key type %s", ty_str(k));
		else if (k->kind == TY_NAMED && k->state == 2 && !ty_comparable(k))
			diag_error(kpos, "invalid map key type %s", ty_str(k));
		break;
	}
	case N_CHANTYPE:
		t = ty_chan(resolve_type(n->x), n->op ? (int)n->op : CHAN_BOTH);
		break;
	case N_FUNCTYPE:
		t = func_type_of(n, NULL, NULL, NULL);
		break;
	case N_STRUCTTYPE:
		t = struct_type(n);
		break;
	case N_INTERFACETYPE:
		t = interface_type(n);
		break;
	default: {
		Type *r = check_expr_or_type(n);
		if (n->mode == MODE_TYPE)
			return r;
		if (n->mode != MODE_INVALID)
			diag_error(ast_start_pos(n), "%s is not a type", expr_str(n));
		return ty_invalid;
	}
	}
	n->type = t;
	n->mode = MODE_TYPE;
	return t;
}

/* Does t contain `named` by value (an invalid recursive type)? */
static bool contains_by_value(Type *t, Type *named, int depth)
{
	if (!t || depth > 100)
		return false;
	if (t == named)
		return true;
	if (t->kind == TY_NAMED)
		return t->underlying && contains_by_value(t->underlying, named, depth + 1);
	if (t->kind == TY_ARRAY)
		return contains_by_value(t->elem, named, depth + 1);
	if (t->kind == TY_STRUCT) {
		for (int i = 0; i < t->fields.n; i++)
			if (contains_by_value(((Field *)t->fields.v[i])->type, named, depth + 1))
				return true;
	}
	return false;
}

void resolve_typedecl(Sym *s)
{
	Node *spec = s->decl;
	if (spec->flag) { /* alias */
		s->type = ty_invalid;
		s->type = resolve_type(spec->y);
		return;
	}
	Type *t = ty_new(TY_NAMED);
	t->name = s->name;
	t->pkg = cur.pkg;
	t->sym = s;
	t->state = 1;
	s->type = t;
	Type *u = resolve_type(spec->y);
	if (u == t || (u->kind == TY_NAMED && !u->underlying)) {
		diag_error(s->pos, "invalid recursive type %s", s->name);
		u = ty_invalid;
	}
	t->underlying = ty_under(u);
	if (!t->underlying)
		t->underlying = ty_invalid;
	if (contains_by_value(t->underlying, t, 0)) {
		diag_error(s->pos, "invalid recursive type %s", s->name);
		t->underlying = ty_invalid;
	}
	t->state = 2;
	if (cur.pkg)
		vec_push(&cur.pkg->types, t);
}

/* ---- constants ---- */

void resolve_const_spec(Node *spec, Scope *scope, bool global)
{
	Node *src = spec->w ? spec->w : spec; /* implicit repetition of the previous list */
	Checker save = cur;
	cur.in_const = true;
	cur.has_iota = true;
	cur.iota = (ConstVal){.kind = CV_INT, .i = spec->aux};
	Type *typ = NULL;
	if (src->y)
		typ = resolve_type(src->y);
	if (typ && typ != ty_invalid && !ty_is_basic(typ)) {
		diag_error(src->y->pos, "invalid constant type %s", ty_str(typ));
		typ = ty_invalid;
	}
	for (int i = 0; i < spec->list.n; i++) {
		Node *id = spec->list.v[i];
		Sym *s = id->sym;
		if (!s)
			continue;
		if (global && s->state == 2 && s->cv)
			continue;
		s->type = ty_invalid;
		s->cv = xalloc(sizeof(ConstVal));
		if (i >= src->list2.n) {
			if (src->list2.n == 0 && i == 0)
				diag_error(id->pos, "missing init expr for const declaration");
			else if (i == src->list2.n)
				diag_error(id->pos, "missing init expr for const declaration");
			continue;
		}
		Node *e = src->list2.v[i];
		check_expr(e, typ);
		if (e->mode == MODE_INVALID)
			continue;
		if (e->mode != MODE_CONST) {
			diag_error(ast_start_pos(e), "%s is not constant", describe(e));
			continue;
		}
		if (typ && typ != ty_invalid) {
			if (!assignable(e, typ, "constant declaration"))
				continue;
			s->type = typ;
		} else {
			s->type = e->type;
		}
		*s->cv = *e->cv;
		if (typ && typ != ty_invalid) {
			ConstVal v;
			if (representable(e->cv, typ, &v))
				*s->cv = v;
		}
		s->state = 2;
	}
	if (src->list2.n > spec->list.n && spec == src) {
		Node *extra = src->list2.v[spec->list.n];
		diag_error(ast_start_pos(extra), "extra init expr");
	}
	cur = save;
	cur.in_const = false;
	(void)scope;
}

/* ---- variables ---- */

static void var_spec(Node *spec, bool global)
{
	Type *typ = spec->y ? resolve_type(spec->y) : NULL;
	int nn = spec->list.n, nv = spec->list2.n;
	Vec syms = {0};
	for (int i = 0; i < nn; i++) {
		Node *id = spec->list.v[i];
		vec_push(&syms, id->sym);
	}
	if (nv == 0) {
		for (int i = 0; i < nn; i++) {
			Sym *s = syms.v[i];
			if (s) {
				s->type = typ ? typ : ty_invalid;
				s->state = 2;
			}
		}
		return;
	}
	if (nv == 1 && nn > 1) {
		Node *e = spec->list2.v[0];
		Type *t = check_expr(e, NULL);
		if (e->mode == MODE_INVALID) {
			for (int i = 0; i < nn; i++)
				if (syms.v[i])
					((Sym *)syms.v[i])->type = ty_invalid;
			return;
		}
		Vec types = {0};
		if (t && t->kind == TY_TUPLE) {
			types = t->fields;
		} else if (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX) {
			if (nn == 2) {
				e->flag_commaok = true;
				vec_push(&types, t);
				vec_push(&types, ty_untyped_bool);
			}
		}
		if (types.n != nn) {
			diag_error(((Node *)spec->list.v[0])->pos,
			           "assignment mismatch: %d variable%s but %s returns %d value%s", nn,
			           nn == 1 ? "" : "s", expr_str(e), types.n ? types.n : 1,
			           (types.n ? types.n : 1) == 1 ? "" : "s");
			for (int i = 0; i < nn; i++)
				if (syms.v[i])
					((Sym *)syms.v[i])->type = ty_invalid;
			return;
		}
		for (int i = 0; i < nn; i++) {
			Sym *s = syms.v[i];
			Type *vt = types.v[i];
			if (typ) {
				if (!ty_identical(vt, typ) && vt != ty_untyped_bool) {
					/* check assignability of each tuple element */
					Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = vt, .pos = e->pos};
					assignable(&tmp, typ, "variable declaration");
				}
			}
			if (s)
				s->type = typ ? typ : ty_default(vt);
		}
		return;
	}
	if (nn != nv) {
		if (nv > nn) {
			Node *extra = spec->list2.v[nn];
			diag_error(ast_start_pos(extra), "assignment mismatch: %d variable%s but %d value%s", nn,
			           nn == 1 ? "" : "s", nv, nv == 1 ? "" : "s");
		} else
			diag_error(((Node *)spec->list.v[0])->pos,
			           "assignment mismatch: %d variable%s but %d value%s", nn, nn == 1 ? "" : "s",
			           nv, nv == 1 ? "" : "s");
		for (int i = 0; i < nv; i++)
			check_expr(spec->list2.v[i], typ);
		for (int i = 0; i < nn; i++)
			if (syms.v[i])
				((Sym *)syms.v[i])->type = typ ? typ : ty_invalid;
		return;
	}
	for (int i = 0; i < nn; i++) {
		Node *e = spec->list2.v[i];
		Sym *s = syms.v[i];
		if (typ) {
			check_rvalue(e, typ, "variable declaration");
			if (s)
				s->type = typ;
		} else {
			check_expr(e, NULL);
			check_value(e);
			if (e->mode == MODE_INVALID) {
				if (s)
					s->type = ty_invalid;
				continue;
			}
			if (e->type == ty_untyped_nil) {
				diag_error(ast_start_pos(e), "use of untyped nil in variable declaration");
				if (s)
					s->type = ty_invalid;
				continue;
			}
			if (e->mode == MODE_CONST && ty_is_untyped(e->type) && !representable(e->cv, ty_default(e->type), NULL)) {
				diag_error(ast_start_pos(e), "cannot use %s as %s value in variable declaration (overflows)",
				           describe(e), ty_str(ty_default(e->type)));
				if (s)
					s->type = ty_invalid;
				continue;
			}
			default_untyped(e);
			if (s)
				s->type = e->type;
		}
	}
	(void)global;
}

void resolve_global_var(Sym *s)
{
	Node *spec = s->decl;
	/* All names of the spec are resolved together. */
	for (int i = 0; i < spec->list.n; i++) {
		Sym *o = ((Node *)spec->list.v[i])->sym;
		if (o && o != s)
			o->state = 1;
	}
	cur.global_init = s;
	var_spec(spec, true);
	for (int i = 0; i < spec->list.n; i++) {
		Sym *o = ((Node *)spec->list.v[i])->sym;
		if (o && o != s) {
			o->state = 2;
			/* the other names share the dependencies */
			for (int k = 0; k < s->deps.n; k++)
				vec_push(&o->deps, s->deps.v[k]);
		}
	}
}

/* ---- functions ---- */

Type *func_type_of(Node *ft, Vec *param_syms, Vec *result_syms, Scope *scope)
{
	Type *t = ty_new(TY_FUNC);
	for (int i = 0; i < ft->list.n; i++) {
		Node *f = ft->list.v[i];
		Node *tn = f->y;
		bool variadic = false;
		if (tn && tn->kind == N_ELLIPSIS) {
			if (i != ft->list.n - 1 || f->list.n > 1) {
				diag_error(tn->pos, "can only use ... with final parameter in list");
			}
			variadic = true;
			tn = tn->x;
		}
		Type *pt = resolve_type(tn);
		if (variadic) {
			pt = ty_slice(pt);
			t->variadic = true;
		}
		int n = f->list.n ? f->list.n : 1;
		for (int j = 0; j < n; j++) {
			vec_push(&t->params, pt);
			vec_push(&t->pnames, f->list.n ? (void *)((Node *)f->list.v[j])->name : NULL);
			if (param_syms) {
				Node *id = f->list.n ? f->list.v[j] : NULL;
				Sym *s = sym_new(S_VAR, id ? id->name : name_blank, id ? id->pos : f->pos);
				s->type = pt;
				s->is_param = true;
				s->used = true;
				s->state = 2;
				if (id)
					id->sym = s;
				vec_push(param_syms, s);
			}
		}
	}
	for (int i = 0; i < ft->list2.n; i++) {
		Node *f = ft->list2.v[i];
		if (f->y && f->y->kind == N_ELLIPSIS) {
			diag_error(f->y->pos, "can only use ... with final parameter in list");
		}
		Type *rt = resolve_type(f->y);
		int n = f->list.n ? f->list.n : 1;
		for (int j = 0; j < n; j++) {
			vec_push(&t->results, rt);
			vec_push(&t->rnames, f->list.n ? (void *)((Node *)f->list.v[j])->name : NULL);
			if (result_syms) {
				Node *id = f->list.n ? f->list.v[j] : NULL;
				Sym *s = sym_new(S_VAR, id ? id->name : name_blank, id ? id->pos : f->pos);
				s->type = rt;
				s->is_result = true;
				s->used = true;
				s->state = 2;
				if (id)
					id->sym = s;
				vec_push(result_syms, s);
			}
		}
	}
	(void)scope;
	return t;
}

void resolve_func_sig(Sym *s)
{
	Node *d = s->decl;
	Func *fn = xalloc(sizeof *fn);
	fn->sym = s;
	fn->decl = d;
	fn->pkg = s->pkg;
	s->func = fn;
	if (d->x) {
		/* receiver: a parameter of its own */
		Node *r = d->x;
		Sym *rs = sym_new(S_VAR, r->list.n ? ((Node *)r->list.v[0])->name : name_blank,
		                  r->list.n ? ((Node *)r->list.v[0])->pos : r->pos);
		rs->type = s->recv ? s->recv : ty_invalid;
		rs->is_param = true;
		rs->used = true;
		rs->state = 2;
		if (r->list.n)
			((Node *)r->list.v[0])->sym = rs;
		vec_push(&fn->params, rs);
	}
	fn->sig = func_type_of(d->y, &fn->params, &fn->results, NULL);
	s->type = fn->sig;
	for (int i = 0; i < d->y->list2.n; i++)
		if (((Node *)d->y->list2.v[i])->list.n)
			fn->named_results = true;
}

static void declare_params(Func *fn, Scope *sc)
{
	for (int i = 0; i < fn->params.n; i++) {
		Sym *s = fn->params.v[i];
		s->func = fn;
		if (s->name == name_blank)
			continue;
		if (scope_insert(sc, s))
			diag_error(s->pos, "%s redeclared in this block", s->name);
	}
	for (int i = 0; i < fn->results.n; i++) {
		Sym *s = fn->results.v[i];
		s->func = fn;
		if (s->name == name_blank)
			continue;
		if (scope_insert(sc, s))
			diag_error(s->pos, "%s redeclared in this block", s->name);
	}
}

/* Checks a function body (declared function or literal) in cur context. */
void check_body(Func *fn, Node *body)
{
	Checker save = cur;
	cur.func = fn;
	cur.loop_depth = cur.switch_depth = cur.select_depth = 0;
	cur.labels = (Vec){0};
	Scope *sc = scope_new(cur.scope, fn);
	sc->func = fn;
	sc->is_func = true;
	cur.scope = sc;
	declare_params(fn, sc);
	collect_labels(body);
	int saved_targets = targets_save();
	check_block(body, false);
	targets_restore(saved_targets);
	check_gotos(body);
	if (fn->sig->results.n > 0 && !is_terminating(body, NULL))
		diag_error(body->pos2.line ? body->pos2 : body->pos, "missing return");
	check_labels_used();
	Scope *s = cur.scope;
	(void)s;
	cur = save;
}

void check_func_body(Pkg *p, Sym *fn)
{
	if (!fn->func)
		return;
	Node *d = fn->decl;
	Checker save = cur;
	memset(&cur, 0, sizeof cur);
	cur.pkg = p;
	cur.pkg_is_std = p->is_std;
	cur.scope = fn->file_scope;
	cur.global_init = fn;
	vec_push(&p->funcs, fn->func);
	check_body(fn->func, d->body);
	cur = save;
}

/* ---- local declarations ---- */

void declare_local_consts(Node *gd)
{
	Node *prev = NULL;
	for (int j = 0; j < gd->list.n; j++) {
		Node *spec = gd->list.v[j];
		if (spec->list2.n || spec->y)
			prev = spec;
		else if (prev)
			spec->w = prev;
		Vec syms = {0};
		for (int k = 0; k < spec->list.n; k++) {
			Node *id = spec->list.v[k];
			Sym *s = sym_new(S_CONST, id->name, id->pos);
			s->decl = spec;
			s->func = cur.func;
			s->used = true; /* unused constants are fine */
			id->sym = s;
			vec_push(&syms, s);
		}
		resolve_const_spec(spec, cur.scope, false);
		for (int k = 0; k < syms.n; k++) {
			Sym *s = syms.v[k];
			s->state = 2;
			if (s->name == name_blank)
				continue;
			Sym *old = scope_insert(cur.scope, s);
			if (old)
				diag_error(s->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				           s->name, diag_pos_str(old->pos), s->name);
		}
	}
}

void declare_local_types(Node *gd)
{
	for (int j = 0; j < gd->list.n; j++) {
		Node *spec = gd->list.v[j];
		Sym *s = sym_new(S_TYPE, spec->name, spec->pos);
		s->decl = spec;
		s->func = cur.func;
		s->pkg = cur.pkg;
		s->used = true;
		spec->sym = s;
		/* The name is in scope inside its own declaration (recursive types). */
		if (s->name != name_blank) {
			Sym *old = scope_insert(cur.scope, s);
			if (old)
				diag_error(s->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				           s->name, diag_pos_str(old->pos), s->name);
		}
		s->state = 1;
		resolve_typedecl(s);
		s->state = 2;
		if (s->type && s->type->kind == TY_NAMED)
			s->type->local_id = ++cur.pkg->local_types;
	}
}

void declare_local_vars(Node *gd)
{
	for (int j = 0; j < gd->list.n; j++) {
		Node *spec = gd->list.v[j];
		Vec syms = {0};
		for (int k = 0; k < spec->list.n; k++) {
			Node *id = spec->list.v[k];
			Sym *s = sym_new(S_VAR, id->name, id->pos);
			s->decl = spec;
			s->func = cur.func;
			s->pkg = cur.pkg;
			id->sym = s;
			vec_push(&syms, s);
			if (cur.func)
				vec_push(&cur.func->locals, s);
		}
		/* The names are in scope only after the spec. */
		var_spec(spec, false);
		for (int k = 0; k < syms.n; k++) {
			Sym *s = syms.v[k];
			s->state = 2;
			if (s->name == name_blank)
				continue;
			Sym *old = scope_insert(cur.scope, s);
			if (old)
				diag_error(s->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				           s->name, diag_pos_str(old->pos), s->name);
		}
	}
}

/* ---- initialization order ---- */

void note_dep(Sym *s)
{
	Sym *g = cur.global_init;
	if (!g || !s->global || s == g)
		return;
	if (s->kind != S_VAR && s->kind != S_FUNC)
		return;
	for (int i = 0; i < g->deps.n; i++)
		if (g->deps.v[i] == s)
			return;
	vec_push(&g->deps, s);
}

/* Collects into out the package variables s depends on, directly or
 * through the functions it references. */
static void var_deps(Pkg *p, Sym *s, Vec *out, Vec *seen)
{
	for (int i = 0; i < s->deps.n; i++) {
		Sym *d = s->deps.v[i];
		if (d->pkg != p)
			continue;
		bool was = false;
		for (int k = 0; k < seen->n; k++)
			if (seen->v[k] == d)
				was = true;
		if (was)
			continue;
		vec_push(seen, d);
		if (d->kind == S_VAR)
			vec_push(out, d);
		else if (d->kind == S_FUNC)
			var_deps(p, d, out, seen);
	}
}

/* The spec's rule: repeatedly initialize the variable earliest in
 * declaration order that depends on no uninitialized variable. */
void order_globals(Pkg *p)
{
	int n = p->var_syms.n;
	Vec *deps = xalloc(sizeof(Vec) * (size_t)(n ? n : 1));
	for (int i = 0; i < n; i++) {
		Vec seen = {0};
		var_deps(p, p->var_syms.v[i], &deps[i], &seen);
	}
	for (int done = 0; done < n;) {
		int pick = -1;
		for (int i = 0; i < n && pick < 0; i++) {
			Sym *s = p->var_syms.v[i];
			if (s->inited)
				continue;
			bool ready = true;
			for (int k = 0; k < deps[i].n; k++) {
				Sym *d = deps[i].v[k];
				if (!d->inited && d != s)
					ready = false;
			}
			if (ready)
				pick = i;
		}
		if (pick < 0) {
			/* a cycle: report it at the first uninitialized variable */
			for (int i = 0; i < n; i++) {
				Sym *s = p->var_syms.v[i];
				if (!s->inited) {
					diag_error(s->pos, "initialization cycle or initialization loop: %s refers to itself", s->name);
					break;
				}
			}
			break;
		}
		Sym *s = p->var_syms.v[pick];
		s->inited = true;
		vec_push(&p->globals, s);
		done++;
	}
	for (int i = 0; i < p->init_syms.n; i++) {
		Sym *s = p->init_syms.v[i];
		if (s->func)
			vec_push(&p->inits, s->func);
	}
}
