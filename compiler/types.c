/*
 * types.c — Go's types: construction, identity, predicates, spelling,
 * layout, method sets and interface satisfaction.
 *
 * Unnamed composite types are structural: two []int built separately are
 * identical (ty_identical), though not always the same pointer.  Pointer
 * types are canonical per element (ty_pointer), which the method-set code
 * relies on.  Layout (ty_size/ty_align) follows the x86-64/aarch64 C ABI,
 * which is also Go's on those machines, so that unsafe.Sizeof-like facts
 * and the C structs the emitter writes agree.
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

Pkg *ty_local_pkg;

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint,
	*ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32,
	*ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr,
	*ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
	*ty_untyped_string, *ty_untyped_nil, *ty_invalid, *ty_any, *ty_error,
	*ty_byte, *ty_rune;

Type *ty_new(TypeKind kind)
{
	Type *t = xalloc(sizeof *t);
	t->kind = kind;
	t->size = -1;
	return t;
}

static Type *basic(TypeKind k, const char *name)
{
	Type *t = ty_new(k);
	t->name = name;
	return t;
}

void ty_init(void)
{
	ty_invalid = basic(TY_INVALID, "invalid type");
	ty_bool = basic(TY_BOOL, "bool");
	ty_int = basic(TY_INT, "int");
	ty_int8 = basic(TY_INT8, "int8");
	ty_int16 = basic(TY_INT16, "int16");
	ty_int32 = basic(TY_INT32, "int32");
	ty_int64 = basic(TY_INT64, "int64");
	ty_uint = basic(TY_UINT, "uint");
	ty_uint8 = basic(TY_UINT8, "uint8");
	ty_uint16 = basic(TY_UINT16, "uint16");
	ty_uint32 = basic(TY_UINT32, "uint32");
	ty_uint64 = basic(TY_UINT64, "uint64");
	ty_uintptr = basic(TY_UINTPTR, "uintptr");
	ty_float32 = basic(TY_FLOAT32, "float32");
	ty_float64 = basic(TY_FLOAT64, "float64");
	ty_complex64 = basic(TY_COMPLEX64, "complex64");
	ty_complex128 = basic(TY_COMPLEX128, "complex128");
	ty_string = basic(TY_STRING, "string");
	ty_unsafeptr = basic(TY_UNSAFEPTR, "unsafe.Pointer");
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool");
	ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int");
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune");
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float");
	ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string");
	ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil");
	/* byte and rune are aliases of uint8 and int32: identical types (same
	 * kind), kept apart only so that messages say what the source said,
	 * as types2 does. */
	ty_byte = basic(TY_UINT8, "byte");
	ty_rune = basic(TY_INT32, "rune");
	ty_any = ty_new(TY_INTERFACE);
	ty_any->complete = true;
	/* error: a named interface type with one method Error() string. */
	Type *sig = ty_new(TY_FUNC);
	vec_push(&sig->results, ty_string);
	Type *iface = ty_new(TY_INTERFACE);
	IMethod *m = xalloc(sizeof *m);
	m->name = intern0("Error");
	m->sig = sig;
	vec_push(&iface->imethods, m);
	iface->complete = true;
	ty_error = ty_new(TY_NAMED);
	ty_error->name = intern0("error");
	ty_error->underlying = iface;
	ty_error->state = 2;
}

Type *ty_under(Type *t)
{
	while (t && t->kind == TY_NAMED)
		t = t->underlying;
	return t;
}

Type *ty_slice(Type *elem)
{
	Type *t = ty_new(TY_SLICE);
	t->elem = elem;
	return t;
}

Type *ty_pointer(Type *elem)
{
	/* Canonical per element: kept in a small side table on the element. */
	static Vec elems, ptrs;
	for (int i = 0; i < elems.n; i++)
		if (elems.v[i] == elem)
			return ptrs.v[i];
	Type *t = ty_new(TY_POINTER);
	t->elem = elem;
	vec_push(&elems, elem);
	vec_push(&ptrs, t);
	return t;
}

Type *ty_array(Type *elem, int64_t len)
{
	Type *t = ty_new(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *ty_map(Type *key, Type *elem)
{
	Type *t = ty_new(TY_MAP);
	t->key = key;
	t->elem = elem;
	return t;
}

Type *ty_chan(Type *elem, int dir)
{
	Type *t = ty_new(TY_CHAN);
	t->elem = elem;
	t->dir = dir;
	return t;
}

Type *ty_tuple(Vec *types)
{
	Type *t = ty_new(TY_TUPLE);
	for (int i = 0; i < types->n; i++)
		vec_push(&t->fields, types->v[i]);
	return t;
}

bool ty_is_basic(Type *t) { t = ty_under(t); return t && t->kind >= TY_BOOL && t->kind <= TY_UNTYPED_NIL; }
bool ty_is_untyped(Type *t) { return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool ty_is_integer(Type *t)
{
	t = ty_under(t);
	return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
	             t->kind == TY_UNTYPED_RUNE);
}

bool ty_is_unsigned(Type *t)
{
	t = ty_under(t);
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool ty_is_float(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool ty_is_numeric(Type *t) { return ty_is_integer(t) || ty_is_float(t); }

bool ty_is_string(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool ty_is_bool(Type *t)
{
	t = ty_under(t);
	return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool ty_is_interface(Type *t)
{
	t = ty_under(t);
	return t && t->kind == TY_INTERFACE;
}

bool ty_is_empty_interface(Type *t)
{
	t = ty_under(t);
	if (!t || t->kind != TY_INTERFACE)
		return false;
	ty_complete_interface(t);
	return t->imethods.n == 0;
}

Type *ty_default(Type *t)
{
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_bool;
	case TY_UNTYPED_INT: return ty_int;
	case TY_UNTYPED_RUNE: return ty_rune;
	case TY_UNTYPED_FLOAT: return ty_float64;
	case TY_UNTYPED_STRING: return ty_string;
	default: return t;
	}
}

bool ty_comparable(Type *t)
{
	Type *u = ty_under(t);
	if (!u)
		return false;
	switch (u->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC:
		return false;
	case TY_ARRAY:
		return ty_comparable(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->fields.n; i++)
			if (!ty_comparable(((Field *)u->fields.v[i])->type))
				return false;
		return true;
	default:
		return true;
	}
}

bool ty_has_pointers(Type *t)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32:
	case TY_INT64: case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
	case TY_UINT64: case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64:
	case TY_COMPLEX64: case TY_COMPLEX128:
		return false;
	case TY_ARRAY:
		return u->len > 0 && ty_has_pointers(u->elem);
	case TY_STRUCT:
		for (int i = 0; i < u->fields.n; i++)
			if (ty_has_pointers(((Field *)u->fields.v[i])->type))
				return true;
		return false;
	default:
		return true;
	}
}

/* ---- identity ---- */

static bool identical_vec(Vec *a, Vec *b)
{
	if (a->n != b->n)
		return false;
	for (int i = 0; i < a->n; i++)
		if (!ty_identical(a->v[i], b->v[i]))
			return false;
	return true;
}

bool ty_identical(Type *a, Type *b)
{
	if (a == b)
		return true;
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_NAMED:
		return false; /* defined types are identical only to themselves */
	case TY_ARRAY:
		return a->len == b->len && ty_identical(a->elem, b->elem);
	case TY_SLICE: case TY_POINTER:
		return ty_identical(a->elem, b->elem);
	case TY_MAP:
		return ty_identical(a->key, b->key) && ty_identical(a->elem, b->elem);
	case TY_CHAN:
		return a->dir == b->dir && ty_identical(a->elem, b->elem);
	case TY_FUNC:
		return a->variadic == b->variadic && identical_vec(&a->params, &b->params) &&
		       identical_vec(&a->results, &b->results);
	case TY_TUPLE:
		return identical_vec(&a->fields, &b->fields);
	case TY_STRUCT:
		if (a->fields.n != b->fields.n)
			return false;
		for (int i = 0; i < a->fields.n; i++) {
			Field *fa = a->fields.v[i], *fb = b->fields.v[i];
			if (fa->name != fb->name || fa->embedded != fb->embedded ||
			    !ty_identical(fa->type, fb->type))
				return false;
		}
		return true;
	case TY_INTERFACE:
		ty_complete_interface(a);
		ty_complete_interface(b);
		if (a->imethods.n != b->imethods.n)
			return false;
		for (int i = 0; i < a->imethods.n; i++) {
			IMethod *ma = a->imethods.v[i], *mb = b->imethods.v[i];
			if (ma->name != mb->name || !ty_identical(ma->sig, mb->sig))
				return false;
		}
		return true;
	default:
		return a->kind == b->kind; /* basic kinds are unique */
	}
}

/* ---- spelling ---- */

static void type_str(Buf *b, Type *t, bool qualify);

/* "name " of parameter i in messages (types2 shows declared names; %T,
 * like reflect, does not) */
static void param_name(Buf *b, Vec *names, int i, bool qualify)
{
	if (!qualify && i < names->n && names->v[i])
		buf_printf(b, "%s ", (const char *)names->v[i]);
}

/* Inside the type argument of atomic.Pointer[T], %T (reflect) spells named
 * types with their package path and local types with a number, as gc's
 * linker names do: atomic.Pointer[math/rand.Rand], [main.L·1]. */
static bool in_targ;

static void sig_str(Buf *b, Type *t, bool qualify)
{
	buf_putc(b, '(');
	for (int i = 0; i < t->params.n; i++) {
		if (i)
			buf_puts(b, ", ");
		Type *p = t->params.v[i];
		param_name(b, &t->pnames, i, qualify);
		if (t->variadic && i == t->params.n - 1) {
			buf_puts(b, "...");
			type_str(b, p->elem, qualify);
		} else {
			type_str(b, p, qualify);
		}
	}
	buf_putc(b, ')');
	bool named = !qualify && t->rnames.n && t->rnames.v[0];
	if (t->results.n == 1 && !named) {
		buf_putc(b, ' ');
		type_str(b, t->results.v[0], qualify);
	} else if (t->results.n >= 1) {
		buf_puts(b, " (");
		for (int i = 0; i < t->results.n; i++) {
			if (i)
				buf_puts(b, ", ");
			param_name(b, &t->rnames, i, qualify);
			type_str(b, t->results.v[i], qualify);
		}
		buf_putc(b, ')');
	}
}

static void type_str(Buf *b, Type *t, bool qualify)
{
	if (!t) {
		buf_puts(b, "<nil>");
		return;
	}
	switch (t->kind) {
	case TY_NAMED:
		if (t->pkg && (qualify || t->pkg != ty_local_pkg)) {
			buf_puts(b, qualify && in_targ ? t->pkg->path : t->pkg->name);
			buf_putc(b, '.');
		}
		buf_puts(b, t->name);
		if (qualify && in_targ && t->local_id)
			buf_printf(b, "·%d", t->local_id);
		if (t->generic) /* atomic.Pointer (check_generic.c) */
			buf_puts(b, "[T any]");
		if (t->targ) {
			bool saved = in_targ;
			in_targ = true;
			buf_putc(b, '[');
			type_str(b, t->targ, qualify);
			buf_putc(b, ']');
			in_targ = saved;
		}
		return;
	case TY_ARRAY:
		buf_printf(b, "[%lld]", (long long)t->len);
		type_str(b, t->elem, qualify);
		return;
	case TY_SLICE:
		buf_puts(b, "[]");
		type_str(b, t->elem, qualify);
		return;
	case TY_POINTER:
		buf_putc(b, '*');
		type_str(b, t->elem, qualify);
		return;
	case TY_MAP:
		buf_puts(b, "map[");
		type_str(b, t->key, qualify);
		buf_putc(b, ']');
		type_str(b, t->elem, qualify);
		return;
	case TY_CHAN:
		if (t->dir == CHAN_RECV)
			buf_puts(b, "<-chan ");
		else if (t->dir == CHAN_SEND)
			buf_puts(b, "chan<- ");
		else
			buf_puts(b, "chan ");
		if (t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
			buf_putc(b, '(');
			type_str(b, t->elem, qualify);
			buf_putc(b, ')');
		} else {
			type_str(b, t->elem, qualify);
		}
		return;
	case TY_FUNC:
		buf_puts(b, "func");
		sig_str(b, t, qualify);
		return;
	case TY_STRUCT:
		/* %T (qualify) spells reflect's "struct { X int }", messages
		 * types2's "struct{X int}" */
		buf_puts(b, qualify ? "struct {" : "struct{");
		for (int i = 0; i < t->fields.n; i++) {
			Field *f = t->fields.v[i];
			buf_puts(b, i ? "; " : (qualify ? " " : ""));
			if (!f->embedded) {
				/* in a type argument, unexported names carry their package */
				if (qualify && in_targ && f->pkg && !is_exported(f->name))
					buf_printf(b, "%s.", f->pkg->path);
				buf_puts(b, f->name);
				buf_putc(b, ' ');
			}
			type_str(b, f->type, qualify);
		}
		buf_puts(b, t->fields.n && qualify ? " }" : "}");
		return;
	case TY_INTERFACE:
		ty_complete_interface(t);
		if (t == ty_any && !qualify) {
			buf_puts(b, "any"); /* types2 says what the source said */
			return;
		}
		if (t == ty_any || t->imethods.n == 0) {
			buf_puts(b, qualify ? "interface {}" : "interface{}");
			return;
		}
		buf_puts(b, qualify ? "interface {" : "interface{");
		for (int i = 0; i < t->imethods.n; i++) {
			IMethod *m = t->imethods.v[i];
			buf_puts(b, i ? "; " : (qualify ? " " : ""));
			if (qualify && in_targ && m->pkg && !is_exported(m->name))
				buf_printf(b, "%s.", m->pkg->path);
			buf_puts(b, m->name);
			sig_str(b, m->sig, qualify);
		}
		buf_puts(b, qualify ? " }" : "}");
		return;
	case TY_TUPLE:
		buf_putc(b, '(');
		for (int i = 0; i < t->fields.n; i++) {
			if (i)
				buf_puts(b, ", ");
			type_str(b, t->fields.v[i], qualify);
		}
		buf_putc(b, ')');
		return;
	default:
		buf_puts(b, t->name ? t->name : "?");
		return;
	}
}

const char *ty_str(Type *t)
{
	Buf b = {0};
	type_str(&b, t, false);
	const char *s = xstrdup(b.s ? b.s : "");
	buf_free(&b);
	return s;
}

const char *ty_str_qual(Type *t)
{
	Buf b = {0};
	type_str(&b, t, true);
	const char *s = xstrdup(b.s ? b.s : "");
	buf_free(&b);
	return s;
}

/* ---- layout ---- */

static void layout(Type *t)
{
	if (t->size >= 0)
		return;
	Type *u = ty_under(t);
	int64_t size = 0, align = 1;
	switch (u->kind) {
	case TY_BOOL: case TY_INT8: case TY_UINT8: size = align = 1; break;
	case TY_INT16: case TY_UINT16: size = align = 2; break;
	case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = align = 4; break;
	case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
	case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_MAP: case TY_CHAN:
	case TY_FUNC:
		size = align = 8;
		break;
	case TY_COMPLEX64: size = 8; align = 4; break;
	case TY_COMPLEX128: size = 16; align = 8; break;
	case TY_STRING: case TY_INTERFACE: size = 16; align = 8; break;
	case TY_SLICE: size = 24; align = 8; break;
	case TY_ARRAY:
		size = ty_size(u->elem) * u->len;
		align = ty_align(u->elem);
		break;
	case TY_STRUCT:
		for (int i = 0; i < u->fields.n; i++) {
			Field *f = u->fields.v[i];
			int64_t fa = ty_align(f->type);
			size = (size + fa - 1) / fa * fa;
			size += ty_size(f->type);
			if (fa > align)
				align = fa;
		}
		size = (size + align - 1) / align * align;
		break;
	default:
		size = align = 8;
	}
	t->size = size;
	t->align = align;
}

int64_t ty_size(Type *t) { layout(t); return t->size; }
int64_t ty_align(Type *t) { layout(t); return t->align; }

/* ---- interfaces and method sets ---- */

static int imethod_cmp(const void *a, const void *b)
{
	const IMethod *x = *(IMethod *const *)a, *y = *(IMethod *const *)b;
	return strcmp(x->name, y->name);
}

void ty_complete_interface(Type *t)
{
	if (t->kind != TY_INTERFACE || t->complete)
		return;
	t->complete = true;
	for (int i = 0; i < t->embeds.n; i++) {
		Type *e = ty_under(t->embeds.v[i]);
		if (!e || e->kind != TY_INTERFACE)
			continue;
		ty_complete_interface(e);
		for (int j = 0; j < e->imethods.n; j++) {
			IMethod *m = e->imethods.v[j];
			bool dup = false;
			for (int k = 0; k < t->imethods.n; k++)
				if (((IMethod *)t->imethods.v[k])->name == m->name)
					dup = true;
			if (!dup)
				vec_push(&t->imethods, m);
		}
	}
	if (t->imethods.n > 1)
		qsort(t->imethods.v, (size_t)t->imethods.n, sizeof(void *), imethod_cmp);
}

static Sym *find_method(Type *named, const char *name)
{
	for (int i = 0; i < named->methods.n; i++) {
		Sym *m = named->methods.v[i];
		if (m->name == name)
			return m;
	}
	return NULL;
}

/* Breadth-first search through embedded fields, as the spec's depth rule
 * says: the shallowest match wins; two at the same depth are ambiguous. */
Selection ty_lookup(Type *t, const char *name, Pkg *from)
{
	Selection sel = {0};
	bool indirect0 = false;
	if (t->kind == TY_POINTER) {
		t = t->elem;
		indirect0 = true;
	}
	typedef struct Cand {
		Type *t;
		int path[16];
		Type *path_types[16];
		int depth;
		bool indirect;
	} Cand;
	Cand *cur = xalloc(sizeof(Cand) * 64), *next = xalloc(sizeof(Cand) * 64);
	int ncur = 1, nnext;
	cur[0].t = t;
	cur[0].depth = 0;
	cur[0].indirect = indirect0;
	for (int depth = 0; depth < 16 && ncur > 0; depth++) {
		int found = 0;
		nnext = 0;
		for (int c = 0; c < ncur; c++) {
			Cand *cd = &cur[c];
			Type *ct = cd->t;
			if (ct->kind == TY_NAMED) {
				Sym *m = find_method(ct, name);
				if (m) {
					if (found++ == 0) {
						sel.kind = SEL_METHOD;
						sel.method = m;
						sel.recv_base = ct;
						memcpy(sel.path, cd->path, sizeof sel.path);
						memcpy(sel.path_types, cd->path_types, sizeof sel.path_types);
						sel.depth = cd->depth;
						sel.indirect = cd->indirect;
					}
					continue;
				}
			}
			Type *u = ty_under(ct);
			if (u->kind == TY_INTERFACE && depth >= 0) {
				ty_complete_interface(u);
				for (int i = 0; i < u->imethods.n; i++) {
					IMethod *im = u->imethods.v[i];
					if (im->name == name) {
						if (found++ == 0) {
							sel.kind = SEL_METHOD;
							sel.method = NULL;
							sel.recv_base = ct;
							memcpy(sel.path, cd->path, sizeof sel.path);
							memcpy(sel.path_types, cd->path_types, sizeof sel.path_types);
							sel.depth = cd->depth;
							sel.indirect = cd->indirect;
						}
					}
				}
				continue;
			}
			if (u->kind != TY_STRUCT)
				continue;
			for (int i = 0; i < u->fields.n; i++) {
				Field *f = u->fields.v[i];
				if (f->name == name) {
					if (found++ == 0) {
						sel.kind = SEL_FIELD;
						sel.field = f;
						sel.field_index = i;
						memcpy(sel.path, cd->path, sizeof sel.path);
						memcpy(sel.path_types, cd->path_types, sizeof sel.path_types);
						sel.depth = cd->depth;
						sel.indirect = cd->indirect;
					}
				}
				if (f->embedded && nnext < 64 && cd->depth < 15) {
					Cand *n = &next[nnext++];
					*n = *cd;
					n->path[cd->depth] = i;
					n->path_types[cd->depth] = ct;
					n->depth = cd->depth + 1;
					Type *ft = f->type;
					if (ft->kind == TY_POINTER) {
						ft = ft->elem;
						n->indirect = true;
					}
					n->t = ft;
				}
			}
		}
		if (found > 1) {
			sel.kind = SEL_AMBIGUOUS;
			return sel;
		}
		if (found == 1)
			return sel;
		Cand *tmp = cur;
		cur = next;
		next = tmp;
		ncur = nnext;
	}
	(void)from;
	return sel;
}

bool ty_implements(Type *t, Type *iface, const char **missing, bool *wrongptr)
{
	Type *iu = ty_under(iface);
	ty_complete_interface(iu);
	if (wrongptr)
		*wrongptr = false;
	Type *tu = ty_under(t);
	if (tu->kind == TY_INTERFACE) {
		ty_complete_interface(tu);
		for (int i = 0; i < iu->imethods.n; i++) {
			IMethod *m = iu->imethods.v[i];
			bool ok = false;
			for (int j = 0; j < tu->imethods.n; j++) {
				IMethod *n = tu->imethods.v[j];
				if (n->name == m->name && ty_identical(n->sig, m->sig))
					ok = true;
			}
			if (!ok) {
				if (missing)
					*missing = m->name;
				return false;
			}
		}
		return true;
	}
	for (int i = 0; i < iu->imethods.n; i++) {
		IMethod *m = iu->imethods.v[i];
		Selection sel = ty_lookup(t, m->name, NULL);
		bool ok = sel.kind == SEL_METHOD;
		if (ok && sel.method) {
			if (!ty_identical(sel.method->type, m->sig))
				ok = false;
			/* A pointer-receiver method is in the method set of T only
			 * through an embedded pointer, or when t is a pointer. */
			else if (sel.method->ptr_recv && t->kind != TY_POINTER && !sel.indirect) {
				if (wrongptr)
					*wrongptr = true;
				ok = false;
			}
		} else if (ok && !sel.method) {
			/* promoted from an embedded interface: look up its signature */
			Type *ei = ty_under(sel.recv_base);
			ok = false;
			for (int j = 0; j < ei->imethods.n; j++) {
				IMethod *n = ei->imethods.v[j];
				if (n->name == m->name && ty_identical(n->sig, m->sig))
					ok = true;
			}
		}
		if (!ok) {
			if (missing)
				*missing = m->name;
			return false;
		}
	}
	return true;
}
