/*
 * check_generic.c — atomic.Pointer[T], the one instantiable generic type.
 *
 * Design (decided for issue 6): minigo has no generics (SPEC.md), but
 * sync/atomic's Pointer[T] is part of the concurrency toolbox a learner
 * meets.  It is a library type the compiler instantiates itself, the way it
 * knows map and chan — there are no type parameters, no constraints and no
 * generic functions anywhere else:
 *
 *   - The parser accepts a qualified type name with one type argument
 *     (pkg.Name[T], parser.y); in expressions atomic.Pointer[T] is an index
 *     expression.  Both arrive at check_index with a type as its operand.
 *   - Package sync/atomic gets, after it is checked, a type name Pointer whose
 *     type is a marker (Type.generic).  Every use of the marker other than as
 *     the operand of an instantiation is gc's error "cannot use generic type
 *     atomic.Pointer[T any] without instantiation"; an index on any other type
 *     is "X is not a generic type".
 *   - pointer_instance(T) makes (once per T, so that two uses are identical
 *     types) a defined type named Pointer with Type.targ = T, whose underlying
 *     type is Go 1.19's struct { _ [0]*T; _ noCopy; v *T } (Go's v is an
 *     unsafe.Pointer; *T has the same representation and %v), and the method
 *     set of *Pointer[T]: Load() *T, Store(val *T), Swap(new *T) (old *T),
 *     CompareAndSwap(old, new *T) (swapped bool).  %T spells it as Go does,
 *     atomic.Pointer[main.Node] (types.c).
 *   - The methods have no Go body: the emitter writes each as a small static
 *     C function per instantiation, a sequentially consistent __atomic
 *     operation on the pointer word (emit.c, pointer_method).  Calls, method
 *     values, method expressions and itabs all reach them through the usual
 *     func_cname/declare_proto, so nothing else needed to change.
 *   - Not enforced: Go's "must not be copied after first use" (go vet's
 *     business, not the compiler's).
 */
#include "check_internal.h"

#include <string.h>

static Pkg *atomic_pkg;   /* sync/atomic, once imported */
static Vec instances;     /* Type* of atomic.Pointer[T] made so far */

/* Called when sync/atomic has been checked: its generic type name. */
void generic_declare(Pkg *p)
{
	atomic_pkg = p;
	Type *g = ty_new(TY_NAMED);
	g->name = intern0("Pointer");
	g->pkg = p;
	g->generic = true;
	g->underlying = ty_invalid;
	g->state = 2;
	Sym *s = sym_new(S_TYPE, g->name, (Pos){0});
	s->pkg = p;
	s->type = g;
	s->state = 2;
	s->global = true;
	s->used = true;
	g->sym = s;
	scope_insert(p->scope, s);
}

/* Reports a generic type used without instantiation: as a type ("atomic.
 * Pointer[T any]", as_type) or as an expression ("atomic.Pointer"), the two
 * spellings types2 uses.  Returns true (and invalidates n) if it was one. */
bool generic_misused(Node *n, bool as_type)
{
	if (n->mode != MODE_TYPE || !n->type || !n->type->generic)
		return false;
	diag_error(ast_start_pos(n), "cannot use generic type %s without instantiation",
	           as_type ? ty_str(n->type) : expr_str(n));
	n->mode = MODE_INVALID;
	n->type = ty_invalid;
	return true;
}

static Field *field(const char *name, Type *t)
{
	Field *f = xalloc(sizeof *f);
	f->name = intern0(name);
	f->type = t;
	f->pkg = atomic_pkg;
	return f;
}

static Type *signature(Type *p1, Type *p2, Type *r)
{
	Type *f = ty_new(TY_FUNC);
	if (p1)
		vec_push(&f->params, p1);
	if (p2)
		vec_push(&f->params, p2);
	if (r)
		vec_push(&f->results, r);
	return f;
}

static void add_method(Type *inst, const char *name, Type *sig)
{
	Sym *m = sym_new(S_FUNC, intern0(name), (Pos){0});
	m->pkg = inst->pkg;
	m->type = sig;
	m->recv = ty_pointer(inst);
	m->recv_base = inst;
	m->ptr_recv = true;
	m->global = true;
	m->used = true;
	m->state = 2;
	vec_push(&inst->methods, m);
}

/* atomic.Pointer[elem], made once per (identical) elem. */
static Type *pointer_instance(Type *elem)
{
	for (int i = 0; i < instances.n; i++) {
		Type *t = instances.v[i];
		if (ty_identical(t->targ, elem))
			return t;
	}
	Type *t = ty_new(TY_NAMED);
	t->name = intern0("Pointer");
	t->pkg = atomic_pkg;
	t->targ = elem;
	t->state = 2;
	Sym *nc = scope_lookup_local(atomic_pkg->scope, intern0("noCopy"));
	Type *u = ty_new(TY_STRUCT);
	vec_push(&u->fields, field("_", ty_array(ty_pointer(elem), 0)));
	vec_push(&u->fields, field("_", nc && nc->type ? nc->type : ty_new(TY_STRUCT)));
	vec_push(&u->fields, field("v", ty_pointer(elem)));
	t->underlying = u;
	Type *pe = ty_pointer(elem);
	add_method(t, "Load", signature(NULL, NULL, pe));
	add_method(t, "Store", signature(pe, NULL, NULL));
	add_method(t, "Swap", signature(pe, NULL, pe));
	add_method(t, "CompareAndSwap", signature(pe, pe, ty_bool));
	vec_push(&instances, t);
	return t;
}

/* n is x[y] where x (already checked) denotes a type: an instantiation. */
Type *generic_instantiate(Node *n)
{
	Node *x = n->x;
	if (!x->type->generic) {
		diag_error(ast_start_pos(x), "%s is not a generic type", ty_str(x->type));
		n->mode = MODE_INVALID;
		n->type = ty_invalid;
		return ty_invalid;
	}
	Type *arg = resolve_type(n->y);
	if (arg == ty_invalid) {
		n->mode = MODE_INVALID;
		n->type = ty_invalid;
		return ty_invalid;
	}
	n->mode = MODE_TYPE;
	n->type = pointer_instance(arg);
	return n->type;
}
