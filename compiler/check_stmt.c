/*
 * check_stmt.c — statements, labels, terminating statements, and the
 * "declared and not used" rule.
 *
 * For the emitter: a break/continue/goto gets its target statement in
 * n->x (a loop, switch or select; for goto the N_LABELED); a labeled
 * statement gets n->aux = 1 when some branch names it.
 */
#include "check_internal.h"

#include <string.h>

typedef struct Target {
	Node *stmt;        /* N_FOR, N_RANGE, N_SWITCH, N_TYPESWITCH, N_SELECT */
	const char *label; /* label of the statement, if any */
} Target;

/* types2 reports label errors at the label, not the keyword */
#define LABPOS(s) ((s)->pos2.line ? (s)->pos2 : (s)->pos)

static Target targets[256];
static int ntargets;

static void push_target(Node *s, const char *label)
{
	if (ntargets < 256) {
		targets[ntargets].stmt = s;
		targets[ntargets].label = label;
	}
	ntargets++;
}

static void pop_target(void) { ntargets--; }

static const char *pending_label; /* label of the statement being checked */

static void report_unused_in(Scope *sc);
static void open_scope(void) { cur.scope = scope_new(cur.scope, NULL); }
static void close_scope(void)
{
	report_unused_in(cur.scope);
	cur.scope = cur.scope->parent;
}

static Sym *declare_var(Node *id, Type *t)
{
	Sym *s = sym_new(S_VAR, id->name, id->pos);
	s->type = t;
	s->func = cur.func;
	s->pkg = cur.pkg;
	s->state = 2;
	id->sym = s;
	id->type = t;
	if (cur.func)
		vec_push(&cur.func->locals, s);
	if (id->name != name_blank) {
		Sym *old = scope_insert(cur.scope, s);
		if (old)
			diag_error(id->pos, "%s redeclared in this block\n\t%s: other declaration of %s", id->name,
			           diag_pos_str(old->pos), id->name);
	}
	return s;
}

/* ---- labels ---- */

static void collect_in(Node *s)
{
	if (!s)
		return;
	switch (s->kind) {
	case N_LABELED: {
		Sym *l = sym_new(S_LABEL, s->name, s->pos);
		l->decl = s;
		for (int i = 0; i < cur.labels.n; i++) {
			Sym *o = cur.labels.v[i];
			if (o->name == s->name) {
				diag_error(s->pos, "label %s already defined at %s", s->name, diag_pos_str(o->pos));
				break;
			}
		}
		vec_push(&cur.labels, l);
		collect_in(s->x);
		break;
	}
	case N_BLOCK:
		for (int i = 0; i < s->list.n; i++)
			collect_in(s->list.v[i]);
		break;
	case N_IF:
		collect_in(s->body);
		collect_in(s->els);
		break;
	case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		collect_in(s->body);
		break;
	case N_CASECLAUSE: case N_COMMCLAUSE:
		for (int i = 0; i < s->list2.n; i++)
			collect_in(s->list2.v[i]);
		break;
	default:
		break;
	}
}

void collect_labels(Node *body)
{
	cur.labels = (Vec){0};
	collect_in(body);
}

/* A function literal starts afresh: no enclosing loop, switch or select
 * (a break inside it cannot leave the outer loop). */
int targets_save(void)
{
	int n = ntargets;
	ntargets = 0;
	return n;
}

void targets_restore(int n) { ntargets = n; }

static Sym *find_label(const char *name)
{
	for (int i = 0; i < cur.labels.n; i++) {
		Sym *l = cur.labels.v[i];
		if (l->name == name)
			return l;
	}
	return NULL;
}

void check_labels_used(void)
{
	for (int i = 0; i < cur.labels.n; i++) {
		Sym *l = cur.labels.v[i];
		if (!l->used)
			diag_error(l->pos, "label %s defined and not used", l->name);
	}
}

/* ---- terminating statements (spec "Terminating statements") ---- */

static bool has_break(Node *s, Node *target, const char *label, bool nested);

static bool list_has_break(Vec *v, Node *target, const char *label, bool nested)
{
	for (int i = 0; i < v->n; i++)
		if (has_break(v->v[i], target, label, nested))
			return true;
	return false;
}

/* Is there a break referring to target?  nested: inside another breakable
 * statement (where an unlabeled break refers to that one). */
static bool has_break(Node *s, Node *target, const char *label, bool nested)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_BRANCH:
		if (s->op != OP_BREAK)
			return false;
		if (s->name)
			return label && s->name == label;
		return !nested;
	case N_BLOCK:
		return list_has_break(&s->list, target, label, nested);
	case N_LABELED:
		return has_break(s->x, target, label, nested);
	case N_IF:
		return has_break(s->body, target, label, nested) || has_break(s->els, target, label, nested);
	case N_CASECLAUSE: case N_COMMCLAUSE:
		return list_has_break(&s->list2, target, label, nested);
	case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		return has_break(s->body, target, label, true);
	default:
		return false;
	}
}

bool is_terminating(Node *s, const char *label)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_RETURN:
		return true;
	case N_BRANCH:
		return s->op == OP_GOTO || s->op == OP_FALLTHROUGH;
	case N_EXPRSTMT: {
		Node *c = s->x;
		while (c->kind == N_PAREN)
			c = c->x;
		if (c->kind == N_CALL) {
			Node *f = c->x;
			while (f->kind == N_PAREN)
				f = f->x;
			if (f->kind == N_IDENT && f->sym && f->sym->kind == S_BUILTIN && f->sym->builtin == B_PANIC)
				return true;
			/* os.Exit and similar are not terminating for the spec */
		}
		return false;
	}
	case N_BLOCK:
		return s->list.n > 0 && is_terminating(s->list.v[s->list.n - 1], NULL);
	case N_IF:
		return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
	case N_LABELED:
		return is_terminating(s->x, s->name);
	case N_FOR:
		return !s->cond && !has_break(s->body, s, label, false);
	case N_RANGE:
		return false;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
		bool has_default = s->kind == N_SELECT;
		for (int i = 0; i < s->body->list.n; i++) {
			Node *cc = s->body->list.v[i];
			if (cc->flag)
				has_default = true;
			if (has_break(cc, s, label, false))
				return false;
			Vec *st = &cc->list2;
			if (st->n == 0)
				return false;
			Node *last = st->v[st->n - 1];
			if (!is_terminating(last, NULL))
				return false;
		}
		return has_default;
	}
	default:
		return false;
	}
}

/* ---- assignments ---- */

/* Can x be assigned to?  Reports gc's message if not. */
static bool check_lhs(Node *x)
{
	if (x->kind == N_IDENT && x->name == name_blank) {
		x->mode = MODE_VAR;
		x->type = NULL;
		return true;
	}
	/* an identifier on the left is not a use */
	if (x->kind == N_IDENT) {
		Sym *s = lookup_ident(x);
		if (!s) {
			diag_error(x->pos, "undefined: %s", x->name);
			x->mode = MODE_INVALID;
			return false;
		}
		bool was_used = s->used;
		check_expr(x, NULL);
		if (s->kind == S_VAR)
			s->used = was_used;
	} else {
		check_expr(x, NULL);
	}
	if (x->mode == MODE_INVALID)
		return false;
	if (x->mode == MODE_VAR || x->mode == MODE_MAPINDEX)
		return true;
	Node *e = x;
	while (e->kind == N_PAREN)
		e = e->x;
	if (e->kind == N_SELECTOR && e->aux == 1 && e->x->mode == MODE_MAPINDEX) {
		diag_error(ast_start_pos(x), "cannot assign to struct field %s in map", expr_str(x));
		return false;
	}
	if (e->kind == N_INDEX && ty_is_string(e->x->type)) {
		diag_error(ast_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)",
		           expr_str(x));
		return false;
	}
	if (x->mode == MODE_PKG) {
		diag_error(ast_start_pos(x), "use of package %s not in selector", expr_str(x));
		return false;
	}
	if (x->mode == MODE_CONST || x->mode == MODE_FUNC || x->mode == MODE_TYPE || x->mode == MODE_NIL) {
		diag_error(ast_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)",
		           expr_str(x));
		return false;
	}
	diag_error(ast_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)",
	           expr_str(x));
	return false;
}

static void assign_to(Node *lhs, Node *rhs_for_msg, Type *vt, Node *value)
{
	/* value may be NULL when the value comes out of a tuple (vt given) */
	if (lhs->mode == MODE_INVALID)
		return;
	if (lhs->kind == N_IDENT && lhs->name == name_blank) {
		if (value) {
			if (value->type == ty_untyped_nil) {
				diag_error(ast_start_pos(value), "use of untyped nil in assignment");
				return;
			}
			default_untyped(value);
		}
		return;
	}
	if (value) {
		assignable(value, lhs->type, "assignment");
	} else {
		Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = vt, .pos = rhs_for_msg->pos};
		tmp.name = expr_str(rhs_for_msg);
		assignable(&tmp, lhs->type, "assignment");
	}
}

/* types2 reports it at the first value; a call is named by its function. */
static void mismatch(Node *s, int nl, int nr, Node *call)
{
	Pos at = s->list2.n ? ast_start_pos(s->list2.v[0]) : s->pos;
	if (call)
		diag_error(at, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
		           nl == 1 ? "" : "s", expr_str(call->x), nr, nr == 1 ? "" : "s");
	else
		diag_error(at, "assignment mismatch: %d variable%s but %d value%s", nl,
		           nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
}

/* Types of the right side when it is one multi-valued expression
 * (call, or comma-ok form with 2 on the left).  Returns false if not. */
static bool rhs_types(Node *s, Vec *types)
{
	int nl = s->list.n;
	Node *e = s->list2.v[0];
	check_expr(e, NULL);
	if (e->mode == MODE_INVALID)
		return false;
	if (e->type && e->type->kind == TY_TUPLE) {
		*types = e->type->fields;
		if (types->n != nl) {
			mismatch(s, nl, types->n, e);
			return false;
		}
		return true;
	}
	if (nl == 2 && (e->mode == MODE_COMMAOK || e->mode == MODE_MAPINDEX)) {
		e->flag_commaok = true;
		vec_push(types, e->type);
		vec_push(types, ty_untyped_bool);
		return true;
	}
	check_value(e);
	mismatch(s, nl, 1, e->kind == N_CALL ? e : NULL);
	return false;
}

static void check_define(Node *s)
{
	int nl = s->list.n, nr = s->list2.n;
	/* the left side: identifiers only; at least one new */
	bool any_new = false;
	Vec news = {0};
	for (int i = 0; i < nl; i++) {
		Node *id = s->list.v[i];
		if (id->kind != N_IDENT) {
			diag_error(ast_start_pos(id), "non-name %s on left side of :=", expr_str(id));
			for (int k = 0; k < nr; k++)
				check_expr(s->list2.v[k], NULL);
			return;
		}
		bool dup = false;
		for (int k = 0; k < i; k++)
			if (((Node *)s->list.v[k])->name == id->name && id->name != name_blank) {
				diag_error(id->pos, "%s repeated on left side of :=", id->name);
				dup = true;
			}
		if (dup)
			return;
		Sym *old = id->name == name_blank ? NULL : scope_lookup_local(cur.scope, id->name);
		vec_push(&news, old ? NULL : (void *)1);
		if (!old && id->name != name_blank)
			any_new = true;
	}
	/* the right side is checked before the new names are in scope */
	Vec types = {0};
	bool multi = nr == 1 && nl > 1;
	if (multi) {
		if (!rhs_types(s, &types)) {
			for (int i = 0; i < nl; i++) {
				Node *id = s->list.v[i];
				if (news.v[i] && id->name != name_blank)
					declare_var(id, ty_invalid)->used = true;
			}
			return;
		}
	} else if (nl != nr) {
		for (int k = 0; k < nr; k++)
			check_expr(s->list2.v[k], NULL);
		mismatch(s, nl, nr, NULL);
		for (int i = 0; i < nl; i++) {
			Node *id = s->list.v[i];
			if (news.v[i] && id->name != name_blank)
				declare_var(id, ty_invalid)->used = true;
		}
		return;
	} else {
		for (int i = 0; i < nr; i++) {
			Node *e = s->list2.v[i];
			check_expr(e, NULL);
			if (nl == 1 && e->type && e->type->kind == TY_TUPLE) {
				mismatch(s, 1, e->type->fields.n, e->kind == N_CALL ? e : NULL);
				e->mode = MODE_INVALID;
				e->type = ty_invalid;
				continue;
			}
			check_value(e);
			if (e->mode == MODE_CONST && ty_is_untyped(e->type) && e->type != ty_untyped_nil &&
			    !representable(e->cv, ty_default(e->type), NULL)) {
				diag_error(ast_start_pos(e), "cannot use %s as %s value in assignment (overflows)", describe(e),
				           ty_str(ty_default(e->type)));
				e->mode = MODE_INVALID;
				e->type = ty_invalid;
			}
		}
	}
	if (!any_new)
		diag_error(s->pos2.line ? s->pos2 : s->pos, "no new variables on left side of :=");
	for (int i = 0; i < nl; i++) {
		Node *id = s->list.v[i];
		Node *e = multi ? NULL : s->list2.v[i];
		Type *vt = multi ? types.v[i] : e->type;
		if (!multi && e->mode == MODE_INVALID)
			vt = ty_invalid;
		if (news.v[i] || id->name == name_blank) {
			if (e && e->mode != MODE_INVALID) {
				if (e->type == ty_untyped_nil) {
					diag_error(ast_start_pos(e), "use of untyped nil in assignment");
					vt = ty_invalid;
				} else {
					default_untyped(e);
					vt = e->type;
				}
			} else if (vt && ty_is_untyped(vt)) {
				vt = ty_default(vt);
			}
			if (id->name == name_blank) {
				id->mode = MODE_VAR;
				id->type = vt;
				continue;
			}
			Sym *v = declare_var(id, vt ? vt : ty_invalid);
			if (vt == ty_invalid)
				v->used = true;
			id->mode = MODE_VAR;
			id->aux = 1; /* a new variable */
		} else {
			/* an existing variable: plain assignment */
			Sym *old = scope_lookup_local(cur.scope, id->name);
			id->sym = old;
			id->type = old->type;
			id->mode = old->kind == S_VAR ? MODE_VAR : MODE_INVALID;
			if (old->kind != S_VAR) {
				diag_error(id->pos, "cannot assign to %s", id->name);
				continue;
			}
			if (old->func && old->func != cur.func) {
				/* captured */
			}
			if (e)
				assign_to(id, e, NULL, e);
			else
				assign_to(id, s->list2.v[0], vt, NULL);
		}
	}
}

static void check_assign(Node *s)
{
	if (s->op == OP_DEFINE) {
		check_define(s);
		return;
	}
	int nl = s->list.n, nr = s->list2.n;
	if (s->op != OP_ASSIGN) {
		/* x op= y */
		Node *x = s->list.v[0], *y = s->list2.v[0];
		if (nl != 1 || nr != 1) {
			diag_error(s->pos, "assignment operation %s= requires single-valued expressions", ast_op_str(s->op));
			return;
		}
		if (!check_lhs(x))
			return;
		/* x is also read */
		Node *e = x;
		while (e->kind == N_PAREN)
			e = e->x;
		if (e->kind == N_IDENT && e->sym)
			e->sym->used = true;
		Node bin = {.kind = N_BINARY, .op = s->op, .pos = s->pos, .x = x, .y = y};
		/* type the operation like x op y */
		check_expr(y, NULL);
		check_value(y);
		if (y->mode == MODE_INVALID)
			return;
		if (s->op == OP_SHL || s->op == OP_SHR) {
			if (!ty_is_integer(x->type)) {
				diag_error(s->pos, "invalid operation: shifted operand %s must be integer", describe(x));
				return;
			}
			if (!ty_is_integer(y->type) && !(y->mode == MODE_CONST && representable(y->cv, ty_uint, NULL))) {
				diag_error(ast_start_pos(y), "invalid operation: shift count %s must be integer", describe(y));
				return;
			}
			if (y->mode == MODE_CONST) {
				if (!representable(y->cv, ty_uint, NULL)) {
					diag_error(ast_start_pos(y), "invalid shift count %s", describe(y));
					return;
				}
				if (ty_is_untyped(y->type))
					convert_untyped(y, ty_uint);
			}
			return;
		}
		if (ty_is_untyped(y->type)) {
			if (!assignable(y, x->type, "assignment"))
				return;
		} else if (!ty_identical(x->type, y->type)) {
			diag_error(s->pos, "invalid operation: %s %s= %s (mismatched types %s and %s)", expr_str(x),
			           ast_op_str(s->op), expr_str(y), ty_str(x->type), ty_str(y->type));
			return;
		}
		Type *u = ty_under(x->type);
		bool ok;
		switch (s->op) {
		case OP_ADD: ok = ty_is_numeric(u) || ty_is_string(u); break;
		case OP_SUB: case OP_MUL: case OP_DIV: ok = ty_is_numeric(u); break;
		default: ok = ty_is_integer(u); break;
		}
		if (!ok) {
			diag_error(s->pos, "invalid operation: operator %s not defined on %s", ast_op_str(s->op), describe(x));
			return;
		}
		if ((s->op == OP_DIV || s->op == OP_REM) && y->mode == MODE_CONST && ty_is_integer(u) &&
		    y->cv->kind == CV_INT && y->cv->i == 0)
			diag_error(ast_start_pos(y), "invalid operation: division by zero");
		(void)bin;
		return;
	}
	if (nr == 1 && nl > 1) {
		for (int i = 0; i < nl; i++)
			check_lhs(s->list.v[i]);
		Vec types = {0};
		if (!rhs_types(s, &types))
			return;
		for (int i = 0; i < nl; i++)
			assign_to(s->list.v[i], s->list2.v[0], types.v[i], NULL);
		return;
	}
	if (nl != nr) {
		for (int i = 0; i < nl; i++)
			check_lhs(s->list.v[i]);
		for (int i = 0; i < nr; i++)
			check_expr(s->list2.v[i], NULL);
		mismatch(s, nl, nr, NULL);
		return;
	}
	for (int i = 0; i < nl; i++)
		check_lhs(s->list.v[i]);
	for (int i = 0; i < nr; i++) {
		Node *e = s->list2.v[i];
		Node *l = s->list.v[i];
		check_expr(e, l->type);
		if (nl == 1 && e->type && e->type->kind == TY_TUPLE) {
			mismatch(s, 1, e->type->fields.n, e->kind == N_CALL ? e : NULL);
			continue;
		}
		check_value(e);
		if (e->mode == MODE_INVALID)
			continue;
		assign_to(l, e, NULL, e);
	}
}

/* ---- simple statements ---- */

static void check_exprstmt(Node *s)
{
	Node *x = s->x;
	check_expr(x, NULL);
	if (x->mode == MODE_INVALID)
		return;
	Node *e = x;
	while (e->kind == N_PAREN)
		e = e->x;
	if (e->kind == N_CALL) {
		if (e->aux == 2) {
			diag_error(ast_start_pos(x), "%s is not used", describe(x));
			return;
		}
		Node *f = e->x;
		while (f->kind == N_PAREN)
			f = f->x;
		if (f->kind == N_IDENT && f->sym && f->sym->kind == S_BUILTIN) {
			switch (f->sym->builtin) {
			case B_APPEND: case B_CAP: case B_LEN: case B_MAKE: case B_NEW: case B_MIN: case B_MAX:
			case B_COMPLEX: case B_REAL: case B_IMAG:
				diag_error(ast_start_pos(x), "%s is not used", describe(x));
				return;
			default:
				break;
			}
		}
		return;
	}
	if (e->kind == N_UNARY && e->op == OP_ARROW)
		return;
	diag_error(ast_start_pos(x), "%s is not used", describe(x));
}

static void check_send(Node *s)
{
	check_expr(s->x, NULL);
	check_value(s->x);
	check_expr(s->y, NULL);
	check_value(s->y);
	if (s->x->mode == MODE_INVALID || s->y->mode == MODE_INVALID)
		return;
	Type *u = ty_under(s->x->type);
	if (u->kind != TY_CHAN) {
		diag_error(s->pos, "invalid operation: cannot send to non-channel %s", describe(s->x));
		return;
	}
	if (u->dir == CHAN_RECV) {
		diag_error(s->pos, "invalid operation: cannot send to receive-only channel %s", describe(s->x));
		return;
	}
	assignable(s->y, u->elem, "send");
}

static void check_incdec(Node *s)
{
	if (!check_lhs(s->x))
		return;
	Node *e = s->x;
	while (e->kind == N_PAREN)
		e = e->x;
	if (e->kind == N_IDENT && e->sym)
		e->sym->used = true;
	if (!ty_is_numeric(s->x->type)) {
		diag_error(s->pos, "invalid operation: %s%s (non-numeric type %s)", expr_str(s->x),
		           s->op == OP_INC ? "++" : "--", ty_str(s->x->type));
	}
}

void check_call_stmt(Node *call, const char *what)
{
	Node *c = call;
	while (c->kind == N_PAREN)
		c = c->x;
	if (c->kind != N_CALL) {
		check_expr(call, NULL);
		diag_error(ast_start_pos(call), "expression in %s must be function call", what);
		return;
	}
	if (c != call)
		diag_error(ast_start_pos(call), "expression in %s must not be parenthesized", what);
	check_expr(c, NULL);
	if (c->mode == MODE_INVALID)
		return;
	if (c->aux == 2) {
		diag_error(ast_start_pos(c), "%s requires function call, not conversion", what);
		return;
	}
	Node *f = c->x;
	while (f->kind == N_PAREN)
		f = f->x;
	if (f->kind == N_IDENT && f->sym && f->sym->kind == S_BUILTIN) {
		switch (f->sym->builtin) {
		case B_APPEND: case B_CAP: case B_LEN: case B_MAKE: case B_NEW: case B_MIN: case B_MAX:
			diag_error(ast_start_pos(c), "%s discards result of %s", what, describe(c));
			break;
		default:
			break;
		}
	}
}

static void check_return(Node *s)
{
	Func *fn = cur.func;
	Type *sig = fn->sig;
	int nr = s->list.n, nres = sig->results.n;
	if (nr == 0) {
		if (nres > 0 && !fn->named_results)
			diag_error(s->pos, "not enough return values\n\thave ()\n\twant %s", ty_str(tuple_or_single(sig)));
		if (fn->named_results) {
			/* a bare return: the result names must not be shadowed */
			for (int i = 0; i < fn->results.n; i++) {
				Sym *r = fn->results.v[i];
				if (r->name == name_blank)
					continue;
				Sym *found = scope_lookup(cur.scope, r->name, NULL);
				if (found != r)
					diag_error(s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
					           r->name, diag_pos_str(found->pos), r->name);
			}
		}
		return;
	}
	if (nres == 0) {
		for (int i = 0; i < nr; i++)
			check_expr(s->list.v[i], NULL);
		diag_error(ast_start_pos(s->list.v[0]), "too many return values\n\thave %s\n\twant ()",
		           "(...)");
		return;
	}
	if (nr == 1 && nres > 1) {
		Node *e = s->list.v[0];
		check_expr(e, NULL);
		if (e->mode == MODE_INVALID)
			return;
		if (e->type && e->type->kind == TY_TUPLE) {
			Type *tt = e->type;
			if (tt->fields.n != nres) {
				diag_error(ast_start_pos(e), "%s return values\n\thave %s\n\twant %s",
				           tt->fields.n < nres ? "not enough" : "too many", ty_str(tt), ty_str(tuple_or_single(sig)));
				return;
			}
			for (int i = 0; i < nres; i++) {
				Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = tt->fields.v[i], .pos = e->pos};
				tmp.name = expr_str(e);
				assignable(&tmp, sig->results.v[i], "return statement");
			}
			s->aux = 1; /* return of a tuple call */
			return;
		}
	}
	if (nr != nres) {
		for (int i = 0; i < nr; i++)
			check_expr(s->list.v[i], NULL);
		Buf b = {0};
		buf_putc(&b, '(');
		for (int i = 0; i < nr; i++) {
			Node *e = s->list.v[i];
			if (i)
				buf_puts(&b, ", ");
			if (e->mode == MODE_CONST && ty_is_untyped(e->type))
				buf_puts(&b, "number");
			else
				buf_puts(&b, e->type ? ty_str(e->type) : "?");
		}
		buf_putc(&b, ')');
		diag_error(nr < nres ? ast_start_pos(s->list.v[nr - 1]) : ast_start_pos(s->list.v[nres]), "%s return values\n\thave %s\n\twant %s",
		           nr < nres ? "not enough" : "too many", b.s, ty_str(ty_tuple(&sig->results)));
		buf_free(&b);
		return;
	}
	for (int i = 0; i < nr; i++)
		check_rvalue(s->list.v[i], sig->results.v[i], "return statement");
}

static void check_branch(Node *s)
{
	switch (s->op) {
	case OP_BREAK: case OP_CONTINUE: {
		const char *what = s->op == OP_BREAK ? "break" : "continue";
		if (s->name) {
			Sym *l = find_label(s->name);
			if (!l) {
				diag_error(LABPOS(s), "%s label not defined: %s", what, s->name);
				return;
			}
			l->used = true;
			for (int i = ntargets - 1; i >= 0; i--) {
				if (targets[i].label == s->name) {
					Node *t = targets[i].stmt;
					if (s->op == OP_CONTINUE && t->kind != N_FOR && t->kind != N_RANGE) {
						diag_error(LABPOS(s), "invalid continue label %s", s->name);
						return;
					}
					s->x = t;
					t->aux |= s->op == OP_BREAK ? 2 : 4; /* needs a break/continue label */
					return;
				}
			}
			diag_error(LABPOS(s), "invalid %s label %s", what, s->name);
			return;
		}
		for (int i = ntargets - 1; i >= 0; i--) {
			Node *t = targets[i].stmt;
			if (s->op == OP_CONTINUE && t->kind != N_FOR && t->kind != N_RANGE)
				continue;
			s->x = t;
			if (s->op == OP_BREAK && t->kind != N_FOR && t->kind != N_RANGE)
				t->aux |= 2;
			return;
		}
		diag_error(s->pos, "%s is not in a loop%s", what, s->op == OP_BREAK ? ", switch, or select" : "");
		return;
	}
	case OP_GOTO: {
		Sym *l = find_label(s->name);
		if (!l) {
			diag_error(LABPOS(s), "label %s not defined", s->name);
			return;
		}
		l->used = true;
		s->x = l->decl;
		l->decl->aux2 = 1; /* the emitter keeps a C label for it */
		return;
	}
	case OP_FALLTHROUGH:
		/* validated by the switch (it must be last in a non-final clause) */
		if (!s->aux)
			diag_error(s->pos, "fallthrough statement out of place");
		return;
	default:
		return;
	}
}

/* ---- compound statements ---- */

static void check_simple(Node *s)
{
	if (s)
		check_stmt(s);
}

static void check_cond(Node *c)
{
	check_expr(c, NULL);
	check_value(c);
	if (c->mode == MODE_INVALID)
		return;
	if (!ty_is_bool(c->type)) {
		diag_error(ast_start_pos(c), "non-boolean condition in %s statement", "if");
		return;
	}
	default_untyped(c);
}

static void check_if(Node *s)
{
	open_scope();
	check_simple(s->init);
	if (s->cond) {
		check_expr(s->cond, NULL);
		check_value(s->cond);
		if (s->cond->mode != MODE_INVALID) {
			if (!ty_is_bool(s->cond->type))
				diag_error(ast_start_pos(s->cond), "non-boolean condition in if statement");
			else
				default_untyped(s->cond);
		}
	}
	check_block(s->body, true);
	if (s->els) {
		if (s->els->kind == N_IF)
			check_if(s->els);
		else
			check_block(s->els, true);
	}
	close_scope();
}

static void check_clause_body(Node *cc, bool allow_fallthrough)
{
	open_scope();
	for (int i = 0; i < cc->list2.n; i++) {
		Node *st = cc->list2.v[i];
		if (st->kind == N_BRANCH && st->op == OP_FALLTHROUGH) {
			if (i == cc->list2.n - 1 && allow_fallthrough)
				st->aux = 1;
			else if (i == cc->list2.n - 1 && cur.in_typeswitch)
				diag_error(st->pos, "cannot fallthrough in type switch");
			else if (i == cc->list2.n - 1)
				diag_error(st->pos, "cannot fallthrough final case in switch");
		}
		check_stmt(st);
	}
	close_scope();
}

static void check_switch(Node *s, const char *label)
{
	open_scope();
	check_simple(s->init);
	Type *tag = ty_bool;
	if (s->x) {
		check_expr(s->x, NULL);
		check_value(s->x);
		if (s->x->mode == MODE_INVALID)
			tag = ty_invalid;
		else {
			if (s->x->type == ty_untyped_nil) {
				diag_error(ast_start_pos(s->x), "use of untyped nil in switch expression");
				tag = ty_invalid;
			} else if (s->x->mode == MODE_CONST && ty_is_untyped(s->x->type) &&
			           !representable(s->x->cv, ty_default(s->x->type), NULL)) {
				diag_error(ast_start_pos(s->x), "cannot use %s as %s value in switch expression (overflows)",
				           describe(s->x), ty_str(ty_default(s->x->type)));
				tag = ty_invalid;
			} else {
				default_untyped(s->x);
				tag = s->x->type;
				if (!ty_comparable(tag) && tag != ty_invalid) {
					diag_error(ast_start_pos(s->x), "cannot switch on %s", describe(s->x));
				}
			}
		}
	}
	push_target(s, label);
	int ndefault = 0;
	Node *first_default = NULL;
	bool saved_ts = cur.in_typeswitch;
	cur.in_typeswitch = false;
	for (int i = 0; i < s->body->list.n; i++) {
		Node *cc = s->body->list.v[i];
		if (cc->flag) {
			if (ndefault++)
				diag_error(cc->pos, "multiple defaults (first at %s)", diag_pos_str(first_default->pos));
			first_default = cc;
		}
		for (int k = 0; k < cc->list.n; k++) {
			Node *e = cc->list.v[k];
			check_expr(e, NULL);
			check_value(e);
			if (e->mode == MODE_INVALID || tag == ty_invalid)
				continue;
			if (!s->x) {
				if (!ty_is_bool(e->type)) {
					diag_error(ast_start_pos(e), "invalid case %s in switch (mismatched types %s and bool)",
					           expr_str(e), ty_str(e->type));
					continue;
				}
				default_untyped(e);
				continue;
			}
			/* e == tag must be valid */
			if (ty_is_untyped(e->type)) {
				if (e->type == ty_untyped_nil) {
					if (!assignable(e, tag, "switch case"))
						continue;
				} else if (!representable(e->cv ? e->cv : &(ConstVal){0}, tag, NULL) && e->mode == MODE_CONST &&
				           !ty_is_interface(tag)) {
					diag_error(ast_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
					           expr_str(e), expr_str(s->x), ty_str(e->type), ty_str(tag));
					continue;
				} else
					convert_untyped(e, ty_is_interface(tag) ? ty_default(e->type) : tag);
			} else if (!ty_identical(e->type, tag) &&
			           !(ty_is_interface(tag) && ty_implements(e->type, tag, NULL, NULL)) &&
			           !(ty_is_interface(e->type) && ty_implements(tag, e->type, NULL, NULL))) {
				diag_error(ast_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
				           expr_str(e), expr_str(s->x), ty_str(e->type), ty_str(tag));
				continue;
			}
			/* duplicate constant cases */
			if (e->mode == MODE_CONST) {
				for (int p = 0; p <= i; p++) {
					Node *pc = s->body->list.v[p];
					int lim = p == i ? k : pc->list.n;
					for (int q = 0; q < lim; q++) {
						Node *o = pc->list.v[q];
						if (o->mode != MODE_CONST || !o->cv || o->cv->kind != e->cv->kind)
							continue;
						bool same = false;
						switch (o->cv->kind) {
						case CV_INT: same = cv_int_cmp(o->cv, e->cv) == 0; break;
						case CV_FLOAT: same = o->cv->f == e->cv->f; break;
						case CV_BOOL: same = o->cv->b == e->cv->b; break;
						case CV_STRING:
							same = o->cv->slen == e->cv->slen && memcmp(o->cv->s, e->cv->s, (size_t)e->cv->slen) == 0;
							break;
						default: break;
						}
						if (same && ty_identical(o->type, e->type)) {
							diag_error(ast_start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case",
							           describe(e), diag_pos_str(ast_start_pos(o)));
							goto next_case;
						}
					}
				}
			}
		next_case:;
		}
		check_clause_body(cc, i < s->body->list.n - 1);
	}
	cur.in_typeswitch = saved_ts;
	pop_target();
	close_scope();
}

static void check_typeswitch(Node *s, const char *label)
{
	open_scope();
	check_simple(s->init);
	Node *guard = s->x;
	Node *assert = guard->kind == N_ASSIGN ? guard->list2.v[0] : guard->x;
	Node *bind = guard->kind == N_ASSIGN ? guard->list.v[0] : NULL;
	Node *x = assert->x;
	check_expr(x, NULL);
	check_value(x);
	Type *xt = x->mode == MODE_INVALID ? ty_invalid : x->type;
	if (xt != ty_invalid && !ty_is_interface(xt)) {
		diag_error(ast_start_pos(x), "%s is not an interface", describe(x));
		xt = ty_invalid;
	}
	assert->type = xt;
	assert->mode = MODE_VALUE;
	if (bind && bind->name == name_blank) {
		diag_error(bind->pos, "no new variable on left side of :=");
		bind = NULL;
	}
	push_target(s, label);
	Vec bound = {0};
	bool saved_ts = cur.in_typeswitch;
	cur.in_typeswitch = true;
	int ndefault = 0;
	Node *first_def = NULL;
	for (int i = 0; i < s->body->list.n; i++) {
		Node *cc = s->body->list.v[i];
		if (cc->flag && ndefault++)
			diag_error(cc->pos, "multiple defaults (first at %s)", diag_pos_str(first_def->pos));
		if (cc->flag && !first_def)
			first_def = cc;
		Type *single = NULL;
		for (int k = 0; k < cc->list.n; k++) {
			Node *e = cc->list.v[k];
			Type *t;
			if (e->kind == N_IDENT && e->name == intern0("nil")) {
				check_expr(e, NULL);
				t = ty_untyped_nil;
				e->mode = MODE_NIL;
			} else {
				t = resolve_type(e);
				if (t != ty_invalid && xt != ty_invalid && !ty_is_interface(t)) {
					const char *missing = NULL;
					bool wrongptr = false;
					if (!ty_implements(t, xt, &missing, &wrongptr))
						diag_error(ast_start_pos(e), "impossible type switch case: %s cannot have dynamic type %s (%s method %s)",
						           describe(x), ty_str(t), wrongptr ? "pointer receiver for" : "missing", missing);
				}
			}
			/* duplicates */
			for (int p = 0; p <= i; p++) {
				Node *pc = s->body->list.v[p];
				int lim = p == i ? k : pc->list.n;
				for (int q = 0; q < lim; q++) {
					Node *o = pc->list.v[q];
					if (o->type && t != ty_invalid && ty_identical(o->type, t)) {
						diag_error(ast_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
						           expr_str(e), diag_pos_str(ast_start_pos(o)));
						goto dup_done;
					}
				}
			}
		dup_done:
			e->type = t;
			single = cc->list.n == 1 ? t : NULL;
		}
		open_scope();
		if (bind) {
			Type *vt = single && single != ty_untyped_nil ? single : xt;
			Node *id = xalloc(sizeof *id);
			*id = *bind;
			Sym *v = declare_var(id, vt);
			v->pos = bind->pos;
			cc->sym = v; /* the clause's variable */
			vec_push(&bound, v);
		}
		for (int k = 0; k < cc->list2.n; k++) {
			Node *st = cc->list2.v[k];
			if (st->kind == N_BRANCH && st->op == OP_FALLTHROUGH) {
				diag_error(st->pos, "cannot fallthrough in type switch");
				st->aux = 1;
			}
			check_stmt(st);
		}
		/* the clause variable counts as used if any clause uses it:
		 * decided below, not by the scope */
		if (bind && cc->sym) {
			cc->sym->inited = cc->sym->used; /* remember this clause's use */
			cc->sym->used = true;
		}
		close_scope();
	}
	cur.in_typeswitch = saved_ts;
	if (bind) {
		bool used = false;
		for (int i = 0; i < bound.n; i++) {
			Sym *v = bound.v[i];
			if (v->inited)
				used = true;
			v->used = v->inited; /* the emitter binds only where used */
			v->inited = false;
		}
		if (!used)
			report_unused(bind->pos, xprintf("declared and not used: %s", bind->name));
	}
	pop_target();
	close_scope();
}

static void check_select(Node *s, const char *label)
{
	push_target(s, label);
	int ndefault = 0;
	Node *first_def = NULL;
	for (int i = 0; i < s->body->list.n; i++) {
		Node *cc = s->body->list.v[i];
		open_scope();
		if (cc->flag) {
			if (ndefault++)
				diag_error(cc->pos, "multiple defaults (first at %s)", diag_pos_str(first_def->pos));
			else
				first_def = cc;
		} else {
			Node *c = cc->x;
			bool ok = false;
			if (c->kind == N_SEND) {
				check_send(c);
				ok = true;
			} else {
				Node *rx = c->kind == N_EXPRSTMT ? c->x : c->kind == N_ASSIGN && c->list2.n == 1 ? c->list2.v[0] : NULL;
				while (rx && rx->kind == N_PAREN)
					rx = rx->x;
				if (rx && rx->kind == N_UNARY && rx->op == OP_ARROW) {
					ok = true;
					if (c->kind == N_EXPRSTMT)
						check_expr(c->x, NULL);
					else if (c->list.n > 2)
						diag_error(c->pos, "select case must be send or receive (possibly with assignment)");
					else
						check_stmt(c);
				}
			}
			if (!ok) {
				diag_error(c->pos, "select case must be send or receive (possibly with assignment)");
			}
		}
		for (int k = 0; k < cc->list2.n; k++)
			check_stmt(cc->list2.v[k]);
		close_scope();
	}
	pop_target();
}

static void check_for(Node *s, const char *label)
{
	open_scope();
	check_simple(s->init);
	if (s->init && s->init->kind == N_ASSIGN && s->init->op == OP_DEFINE) {
		for (int i = 0; i < s->init->list.n; i++) {
			Node *id = s->init->list.v[i];
			if (id->sym && id->aux == 1)
				id->sym->loopvar = true;
		}
	}
	if (s->cond) {
		check_expr(s->cond, NULL);
		check_value(s->cond);
		if (s->cond->mode != MODE_INVALID) {
			if (!ty_is_bool(s->cond->type))
				diag_error(ast_start_pos(s->cond), "non-boolean condition in for statement");
			else
				default_untyped(s->cond);
		}
	}
	if (s->post) {
		if (s->post->kind == N_ASSIGN && s->post->op == OP_DEFINE)
			diag_error(s->post->pos, "cannot declare in post statement of for loop");
		else
			check_simple(s->post);
	}
	push_target(s, label);
	check_block(s->body, true);
	pop_target();
	close_scope();
}

static void check_range(Node *s, const char *label)
{
	open_scope();
	Node *x = s->z;
	check_expr(x, NULL);
	check_value(x);
	Type *kt = NULL, *vt = NULL;
	bool ok = x->mode != MODE_INVALID;
	if (ok) {
		Type *u = ty_under(x->type);
		if (u->kind == TY_POINTER && ty_under(u->elem)->kind == TY_ARRAY)
			u = ty_under(u->elem);
		switch (u->kind) {
		case TY_STRING: case TY_UNTYPED_STRING:
			if (ty_is_untyped(x->type))
				convert_untyped(x, ty_string);
			kt = ty_int;
			vt = ty_rune;
			break;
		case TY_ARRAY: case TY_SLICE:
			kt = ty_int;
			vt = u->elem;
			break;
		case TY_MAP:
			kt = u->key;
			vt = u->elem;
			break;
		case TY_CHAN:
			if (u->dir == CHAN_SEND) {
				diag_error(ast_start_pos(x), "invalid operation: range %s: receive from send-only channel %s",
				           expr_str(x), ty_str(x->type));
				ok = false;
				break;
			}
			kt = u->elem;
			if (s->y) {
				diag_error(ast_start_pos(s->y), "range over %s permits only one iteration variable", describe(x));
				ok = false;
			}
			break;
		default:
			if (ty_is_integer(u)) {
				/* Go 1.22: range over an integer */
				if (ty_is_untyped(x->type))
					convert_untyped(x, ty_int);
				kt = x->type;
				if (s->y) {
					diag_error(ast_start_pos(s->y), "range over %s permits only one iteration variable", describe(x));
					ok = false;
				}
				break;
			}
			diag_error(ast_start_pos(x), "cannot range over %s", describe(x));
			ok = false;
		}
	}
	Node *vars[2] = {s->x, s->y};
	Type *types[2] = {kt, vt};
	if (s->op == OP_DEFINE) {
		for (int i = 0; i < 2; i++) {
			Node *v = vars[i];
			if (!v)
				continue;
			if (v->kind != N_IDENT) {
				diag_error(ast_start_pos(v), "non-name %s on left side of :=", expr_str(v));
				continue;
			}
			if (v->name == name_blank) {
				v->mode = MODE_VAR;
				v->type = types[i];
				continue;
			}
			Sym *sym = declare_var(v, ok && types[i] ? types[i] : ty_invalid);
			sym->loopvar = true;
			if (!ok)
				sym->used = true;
			v->aux = 1;
		}
	} else if (s->op == OP_ASSIGN) {
		for (int i = 0; i < 2; i++) {
			Node *v = vars[i];
			if (!v)
				continue;
			if (!check_lhs(v) || !ok || !types[i])
				continue;
			if (v->kind == N_IDENT && v->name == name_blank)
				continue;
			Node tmp = {.kind = N_IDENT, .mode = MODE_VALUE, .type = types[i], .pos = v->pos, .name = "range value"};
			assignable(&tmp, v->type, "range");
		}
	}
	push_target(s, label);
	check_block(s->body, true);
	pop_target();
	close_scope();
}

/* ---- the dispatcher ---- */

void check_stmt(Node *s)
{
	const char *label = pending_label;
	pending_label = NULL;
	switch (s->kind) {
	case N_EMPTY:
		break;
	case N_BLOCK:
		check_block(s, true);
		break;
	case N_DECLSTMT: {
		Node *gd = s->x;
		if (gd->op == KW_VAR)
			declare_local_vars(gd);
		else if (gd->op == KW_CONST) {
			Node *prev = NULL;
			for (int j = 0; j < gd->list.n; j++) {
				Node *spec = gd->list.v[j];
				if (spec->list2.n || spec->y)
					prev = spec;
				else if (prev)
					spec->w = prev;
			}
			declare_local_consts(gd);
		} else if (gd->op == KW_TYPE)
			declare_local_types(gd);
		break;
	}
	case N_LABELED: {
		Sym *l = find_label(s->name);
		(void)l;
		pending_label = s->name;
		check_stmt(s->x);
		pending_label = NULL;
		break;
	}
	case N_EXPRSTMT:
		check_exprstmt(s);
		break;
	case N_SEND:
		check_send(s);
		break;
	case N_INCDEC:
		check_incdec(s);
		break;
	case N_ASSIGN:
		check_assign(s);
		break;
	case N_GO:
		check_call_stmt(s->x, "go");
		break;
	case N_DEFER:
		if (cur.func)
			cur.func->has_defer = true;
		check_call_stmt(s->x, "defer");
		break;
	case N_RETURN:
		check_return(s);
		break;
	case N_BRANCH:
		check_branch(s);
		break;
	case N_IF:
		check_if(s);
		break;
	case N_SWITCH:
		check_switch(s, label);
		break;
	case N_TYPESWITCH:
		check_typeswitch(s, label);
		break;
	case N_SELECT:
		check_select(s, label);
		break;
	case N_FOR:
		check_for(s, label);
		break;
	case N_RANGE:
		check_range(s, label);
		break;
	default:
		diag_error(s->pos, "unexpected statement");
	}
	(void)check_cond;
}

static void report_unused_in(Scope *sc)
{
	for (int i = 0; i < sc->order.n; i++) {
		Sym *s = sc->order.v[i];
		if (s->kind == S_VAR && !s->used && !s->is_param && !s->is_result && s->name != name_blank) {
			report_unused(s->pos, xprintf("declared and not used: %s", s->name));
		}
	}
}

void check_block(Node *block, bool new_scope)
{
	if (new_scope)
		open_scope();
	for (int i = 0; i < block->list.n; i++)
		check_stmt(block->list.v[i]);
	if (new_scope) {
		close_scope();
	} else {
		report_unused_in(cur.scope);
	}
}

/* ---- goto: no jump into a block, none over a variable declaration ----
 * A walk over the function body (not into function literals) records,
 * for each labeled statement and each goto, the chain of blocks around
 * it with the statement's index in each; then each goto is checked
 * against its label (spec "Goto statements", types2's wording). */

typedef struct BlockPos {
	Node *block;
	int index;
} BlockPos;

typedef struct JumpSite {
	Node *stmt;      /* N_LABELED or N_BRANCH (goto) */
	BlockPos chain[32];
	int depth;
} JumpSite;

static void walk_jumps(Node *s, BlockPos *chain, int depth, Vec *labels, Vec *gotos);

static void walk_list(Node *block, Vec *stmts, BlockPos *chain, int depth, Vec *labels, Vec *gotos)
{
	if (depth >= 32)
		return;
	for (int i = 0; i < stmts->n; i++) {
		chain[depth].block = block;
		chain[depth].index = i;
		walk_jumps(stmts->v[i], chain, depth + 1, labels, gotos);
	}
}

static void record(Node *s, BlockPos *chain, int depth, Vec *out)
{
	JumpSite *j = xalloc(sizeof *j);
	j->stmt = s;
	j->depth = depth;
	memcpy(j->chain, chain, sizeof(BlockPos) * (size_t)depth);
	vec_push(out, j);
}

static void walk_jumps(Node *s, BlockPos *chain, int depth, Vec *labels, Vec *gotos)
{
	if (!s)
		return;
	switch (s->kind) {
	case N_LABELED:
		record(s, chain, depth, labels);
		walk_jumps(s->x, chain, depth, labels, gotos);
		break;
	case N_BRANCH:
		if (s->op == OP_GOTO)
			record(s, chain, depth, gotos);
		break;
	case N_BLOCK:
		walk_list(s, &s->list, chain, depth, labels, gotos);
		break;
	case N_IF:
		walk_jumps(s->body, chain, depth, labels, gotos);
		walk_jumps(s->els, chain, depth, labels, gotos);
		break;
	case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		walk_jumps(s->body, chain, depth, labels, gotos);
		break;
	case N_CASECLAUSE: case N_COMMCLAUSE:
		walk_list(s, &s->list2, chain, depth, labels, gotos);
		break;
	default:
		break;
	}
}

/* The position of a declaration of a new variable by statement s, or a
 * zero position (types2 points at := or at the name). */
static Pos var_decl_pos(Node *s, const char **name)
{
	if (s->kind == N_LABELED)
		s = s->x;
	if (s->kind == N_ASSIGN && s->op == OP_DEFINE) {
		for (int i = 0; i < s->list.n; i++) {
			Node *id = s->list.v[i];
			if (id->aux == 1) {
				*name = id->name;
				return s->pos2.line ? s->pos2 : s->pos;
			}
		}
	}
	if (s->kind == N_DECLSTMT && s->x->op == KW_VAR && s->x->list.n) {
		Node *spec = s->x->list.v[0];
		Node *id = spec->list.v[0];
		*name = id->name;
		return id->pos;
	}
	return (Pos){0};
}

void check_gotos(Node *body)
{
	Vec labels = {0}, gotos = {0};
	BlockPos chain[32];
	chain[0].block = body;
	walk_list(body, &body->list, chain, 0, &labels, &gotos);
	for (int g = 0; g < gotos.n; g++) {
		JumpSite *jg = gotos.v[g];
		JumpSite *jl = NULL;
		for (int l = 0; l < labels.n; l++)
			if (((JumpSite *)labels.v[l])->stmt->name == jg->stmt->name)
				jl = labels.v[l];
		if (!jl)
			continue;
		Pos at = jg->stmt->pos2.line ? jg->stmt->pos2 : jg->stmt->pos;
		/* the label's block must enclose the goto */
		int d = jl->depth - 1; /* the label's own block level */
		if (d >= jg->depth || jg->chain[d].block != jl->chain[d].block) {
			/* the outermost block of the label's chain that the goto is not in */
			int k = 0;
			while (k < jl->depth && k < jg->depth && jg->chain[k].block == jl->chain[k].block)
				k++;
			Node *blk = k < jl->depth ? jl->chain[k].block : jl->chain[jl->depth - 1].block;
			diag_error(at, "goto %s jumps into block starting at %s", jg->stmt->name, diag_pos_str(blk->pos));
			continue;
		}
		/* a forward jump in that block must not skip a variable declaration */
		Node *blk = jl->chain[d].block;
		int from = jg->chain[d].index, to = jl->chain[d].index;
		Vec *stmts = blk->kind == N_BLOCK ? &blk->list : &blk->list2;
		for (int i = from + 1; i < to && i < stmts->n; i++) {
			const char *name = NULL;
			Pos p = var_decl_pos(stmts->v[i], &name);
			if (p.line) {
				diag_error(at, "goto %s jumps over declaration of %s at %s", jg->stmt->name, name, diag_pos_str(p));
				break;
			}
		}
	}
}
