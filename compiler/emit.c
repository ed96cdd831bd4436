/*
 * emit.c — the C emitter: program layout, C types, type descriptors,
 * itabs, functions and their prologues, closures, package initialization.
 *
 * Readable C is a goal: a Go function main.worker becomes the C function
 * main_worker, a method (T).M becomes main_T__M, locals keep their Go
 * names (renamed only on a clash: x_1), and #line directives point C tools
 * at the Go source.  Expressions are emitted as C expressions; where Go's
 * order of evaluation or a temporary is needed, as GNU statement
 * expressions ({ ... }), which gcc and clang both accept.
 *
 * Names (C identifiers):
 *   pkg_Name             package-level function, variable or type
 *   pkg_T__M             method M of type T
 *   pkg_T_N              a type declared inside a function (N: unique)
 *   rt_T_...             type descriptors (weak + hashed for unnamed types)
 *   T_<hash>             C structs for unnamed struct, array and tuple types
 *   pkg_f__func1         function literal inside pkg_f
 *   x, x_1               locals
 */
#include "emit_internal.h"

#include <stdlib.h>
#include <string.h>

/* RT_LOOP_ROOM of runtime/rt.h: the room a function with calls inside a
 * loop asks for at its entry (see emit_function). */
#define RT_LOOP_ROOM_BYTES 128

Emitter E;
FnState *F;

void out(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(F->out, fmt, ap);
	va_end(ap);
}

/* A line of the current function at the current indentation. */
void outl(const char *fmt, ...)
{
	for (int i = 0; i < F->indent; i++)
		buf_putc(F->out, '\t');
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(F->out, fmt, ap);
	va_end(ap);
	buf_putc(F->out, '\n');
}

const char *new_tmp(void) { return xprintf("_t%d", ++F->tmp); }

/* ---- identifiers ---- */

static const char *c_reserved[] = {
	"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
	"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
	"register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
	"switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Bool",
	"bool", "true", "false", "NULL", "errno", "stdin", "stdout", "stderr", "main",
	"asm", "typeof", "alignof", "offsetof", "assert", "memcpy", "memmove", "memcmp",
	"memset", "strlen", "abort", "exit", "free", "malloc", "int8_t", "int16_t",
	"int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "uintptr_t",
	"size_t", "ptrdiff_t", "intptr_t", "cl_", "fr_", "a_", "r_", "unix", "linux",
	"complex", "imaginary", "noreturn", "thread_local", "static_assert",
	NULL,
};

/* Go identifiers may hold any Unicode letter: non-ASCII bytes become _xHH. */
static bool c_keyword(const char *n)
{
	static const char *kw[] = {
		"auto", "break", "case", "char", "const", "continue", "default", "do", "double",
		"else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
		"register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
		"switch", "typedef", "union", "unsigned", "void", "volatile", "while", "asm",
		"typeof", "bool", "true", "false", "_Bool", "_Alignof", "alignof", "NULL", NULL,
	};
	for (int i = 0; kw[i]; i++)
		if (strcmp(kw[i], n) == 0)
			return true;
	return false;
}

const char *mangle_ident(const char *name)
{
	bool ascii = true;
	for (const char *p = name; *p; p++)
		if ((unsigned char)*p >= 0x80)
			ascii = false;
	if (ascii)
		return c_keyword(name) ? xprintf("%s_", name) : name; /* a field named auto */
	Buf b = {0};
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80)
			buf_putc(&b, c);
		else
			buf_printf(&b, "_x%02x", c);
	}
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

static bool reserved(const char *n)
{
	for (int i = 0; c_reserved[i]; i++)
		if (strcmp(c_reserved[i], n) == 0)
			return true;
	if (strncmp(n, "rt_", 3) == 0 || strncmp(n, "go_", 3) == 0 || strncmp(n, "RT_", 3) == 0 ||
	    strncmp(n, "GO_", 3) == 0 || n[0] == '_' || strncmp(n, "T_", 2) == 0)
		return true;
	/* a package prefix: pkg_... could hide a global */
	const char *u = strchr(n, '_');
	if (u) {
		for (int i = 0; i < E.prog->pkgs.n; i++) {
			Pkg *p = E.prog->pkgs.v[i];
			size_t l = strlen(p->cprefix);
			if ((size_t)(u - n) == l && strncmp(n, p->cprefix, l) == 0)
				return true;
		}
	}
	return false;
}

const char *local_cname(Sym *s)
{
	if (s->cname)
		return s->cname;
	const char *base = mangle_ident(s->name);
	if (s->name == name_blank)
		base = s->is_result ? "res" : "blank";
	if (reserved(base))
		base = xprintf("%s_", base);
	const char *name = base;
	for (int k = 1;; k++) {
		bool taken = false;
		for (int i = 0; i < F->locals_named.n; i++)
			if (strcmp(F->locals_named.v[i], name) == 0)
				taken = true;
		if (!taken)
			break;
		name = xprintf("%s_%d", base, k);
	}
	vec_push(&F->locals_named, (void *)name);
	s->cname = name;
	return name;
}

static uint64_t type_hash64(Type *t);

static const char *type_cname_of_named(Type *t)
{
	const char *pre = t->pkg ? t->pkg->cprefix : "go";
	if (t->targ) {
		/* atomic.Pointer[T]: one C type per T, sync_atomic_Pointer__main_Node
		 * when T has a name, else with a hash of T */
		if (t->targ->kind == TY_NAMED)
			return xprintf("%s_%s__%s", pre, t->name, type_cname_of_named(t->targ));
		if (t->targ->kind >= TY_BOOL && t->targ->kind <= TY_STRING)
			return xprintf("%s_%s__%s", pre, t->name, t->targ->name);
		return xprintf("%s_%s_%016llx", pre, t->name, (unsigned long long)type_hash64(t));
	}
	if (t->local_id)
		return xprintf("%s_%s_%d", pre, mangle_ident(t->name), t->local_id);
	return xprintf("%s_%s", pre, mangle_ident(t->name));
}

const char *global_cname(Sym *s)
{
	if (!s->cname)
		s->cname = xprintf("%s_%s", s->pkg->cprefix, mangle_ident(s->name));
	return s->cname;
}

const char *func_cname(Sym *fn)
{
	if (fn->cname)
		return fn->cname;
	if (fn->recv_base)
		fn->cname = xprintf("%s__%s", type_cname_of_named(fn->recv_base), mangle_ident(fn->name));
	else if (fn->name == name_init)
		fn->cname = xprintf("%s_init_%d", fn->pkg->cprefix, fn->id);
	else
		fn->cname = xprintf("%s_%s", fn->pkg->cprefix, mangle_ident(fn->name));
	return fn->cname;
}

/* ---- canonical type strings and hashes (names stable across units) ---- */

static void canon(Buf *b, Type *t)
{
	switch (t->kind) {
	case TY_NAMED:
		if (t->pkg)
			buf_printf(b, "%s.", t->pkg->path);
		buf_puts(b, t->name);
		if (t->local_id)
			buf_printf(b, "·%d", t->local_id);
		if (t->targ) {
			buf_putc(b, '[');
			canon(b, t->targ);
			buf_putc(b, ']');
		}
		return;
	case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); canon(b, t->elem); return;
	case TY_SLICE: buf_puts(b, "[]"); canon(b, t->elem); return;
	case TY_POINTER: buf_putc(b, '*'); canon(b, t->elem); return;
	case TY_MAP: buf_puts(b, "map["); canon(b, t->key); buf_putc(b, ']'); canon(b, t->elem); return;
	case TY_CHAN: buf_printf(b, "chan%d ", t->dir); canon(b, t->elem); return;
	case TY_FUNC:
		buf_puts(b, "func(");
		for (int i = 0; i < t->params.n; i++) {
			if (i)
				buf_putc(b, ',');
			canon(b, t->params.v[i]);
		}
		buf_puts(b, t->variadic ? "...)(" : ")(");
		for (int i = 0; i < t->results.n; i++) {
			if (i)
				buf_putc(b, ',');
			canon(b, t->results.v[i]);
		}
		buf_putc(b, ')');
		return;
	case TY_TUPLE:
		buf_puts(b, "tuple(");
		for (int i = 0; i < t->fields.n; i++) {
			if (i)
				buf_putc(b, ',');
			canon(b, t->fields.v[i]);
		}
		buf_putc(b, ')');
		return;
	case TY_STRUCT:
		buf_puts(b, "struct{");
		for (int i = 0; i < t->fields.n; i++) {
			Field *f = t->fields.v[i];
			buf_printf(b, "%s%s ", f->embedded ? "~" : "", f->name);
			canon(b, f->type);
			buf_putc(b, ';');
		}
		buf_putc(b, '}');
		return;
	case TY_INTERFACE:
		ty_complete_interface(t);
		buf_puts(b, "interface{");
		for (int i = 0; i < t->imethods.n; i++) {
			IMethod *m = t->imethods.v[i];
			buf_printf(b, "%s", m->name);
			canon(b, m->sig);
			buf_putc(b, ';');
		}
		buf_putc(b, '}');
		return;
	default:
		buf_puts(b, t->name ? t->name : "?");
	}
}

static uint64_t type_hash64(Type *t)
{
	Buf b = {0};
	canon(&b, t);
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < b.len; i++)
		h = (h ^ (uint8_t)b.s[i]) * 1099511628211ull;
	buf_free(&b);
	return h;
}

/* ---- C types ---- */

typedef struct TypeName {
	Type *t;
	const char *cname;
	int state; /* 0 forward-declared, 1 being defined, 2 defined */
} TypeName;

static TypeName *find_typename(Type *t)
{
	for (int i = 0; i < E.typed.n; i++) {
		TypeName *tn = E.typed.v[i];
		if (tn->t == t || (t->kind != TY_NAMED && tn->t->kind == t->kind && ty_identical(tn->t, t)))
			return tn;
	}
	return NULL;
}

static void define_struct_like(TypeName *tn);

/* The C struct name of a struct-like type (named struct, unnamed struct,
 * array, tuple); declares it. */
static const char *struct_name(Type *t)
{
	TypeName *tn = find_typename(t);
	if (tn)
		return tn->cname;
	tn = xalloc(sizeof *tn);
	tn->t = t;
	if (t->kind == TY_NAMED)
		tn->cname = type_cname_of_named(t);
	else
		tn->cname = xprintf("T_%016llx", (unsigned long long)type_hash64(t));
	vec_push(&E.typed, tn);
	buf_printf(&E.fwd, "typedef struct %s %s;", tn->cname, tn->cname);
	if (t->kind != TY_NAMED)
		buf_printf(&E.fwd, " /* %s */", ty_str_qual(t));
	buf_putc(&E.fwd, '\n');
	return tn->cname;
}

/* Makes sure the C definition of a by-value type is emitted. */
static void need_defined(Type *t)
{
	Type *u = ty_under(t);
	if (!u)
		return;
	if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || t->kind == TY_TUPLE) {
		Type *key = (t->kind == TY_NAMED && u->kind == TY_STRUCT) ? t : (t->kind == TY_NAMED ? u : t);
		struct_name(key);
		TypeName *tn = find_typename(key);
		if (tn->state == 0)
			define_struct_like(tn);
	}
}

static void define_struct_like(TypeName *tn)
{
	tn->state = 1;
	Type *t = tn->t;
	Type *u = t->kind == TY_TUPLE ? t : ty_under(t);
	Buf b = {0};
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < u->fields.n; i++)
			need_defined(((Field *)u->fields.v[i])->type);
		buf_printf(&b, "struct %s {", tn->cname);
		if (t->kind == TY_NAMED)
			buf_printf(&b, " /* %s */", ty_str_qual(t));
		buf_putc(&b, '\n');
		for (int i = 0; i < u->fields.n; i++) {
			Field *f = u->fields.v[i];
			const char *fname = f->name == name_blank ? xprintf("_blank%d", i) : mangle_ident(f->name);
			buf_printf(&b, "\t%s %s;\n", ctype(f->type), fname);
		}
		if (u->fields.n == 0)
			buf_puts(&b, "\tchar _empty[0];\n");
		buf_puts(&b, "};\n");
	} else if (u->kind == TY_ARRAY) {
		need_defined(u->elem);
		buf_printf(&b, "struct %s { %s a[%lld]; };\n", tn->cname, ctype(u->elem), (long long)u->len);
	} else if (u->kind == TY_TUPLE) {
		for (int i = 0; i < u->fields.n; i++)
			need_defined(u->fields.v[i]);
		buf_printf(&b, "struct %s {", tn->cname);
		for (int i = 0; i < u->fields.n; i++)
			buf_printf(&b, " %s r%d;", ctype(u->fields.v[i]), i);
		buf_puts(&b, " };\n");
	}
	buf_putn(&E.types, b.s, b.len);
	buf_free(&b);
	tn->state = 2;
}

const char *ctype(Type *t)
{
	if (!t)
		return "void";
	switch (t->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
	case TY_INT: case TY_UNTYPED_INT: return "go_int";
	case TY_INT8: return "int8_t";
	case TY_INT16: return "int16_t";
	case TY_INT32: case TY_UNTYPED_RUNE: return "int32_t";
	case TY_INT64: return "int64_t";
	case TY_UINT: return "go_uint";
	case TY_UINT8: return "uint8_t";
	case TY_UINT16: return "uint16_t";
	case TY_UINT32: return "uint32_t";
	case TY_UINT64: return "uint64_t";
	case TY_UINTPTR: return "uintptr_t";
	case TY_FLOAT32: return "float";
	case TY_FLOAT64: case TY_UNTYPED_FLOAT: return "double";
	case TY_STRING: case TY_UNTYPED_STRING: return "go_string";
	case TY_UNSAFEPTR: case TY_UNTYPED_NIL: return "void *";
	case TY_SLICE: return "go_slice";
	case TY_MAP: return "rt_map *";
	case TY_CHAN: return "rt_chan *";
	case TY_FUNC: return "rt_closure *";
	case TY_INTERFACE:
		return ty_is_empty_interface(t) ? "go_eface" : "go_iface";
	case TY_POINTER: {
		Type *e = t->elem;
		Type *eu = ty_under(e);
		if (eu && (eu->kind == TY_STRUCT || eu->kind == TY_ARRAY)) {
			/* a pointer needs only the forward declaration */
			return xprintf("%s *", struct_name(e->kind == TY_NAMED && eu->kind == TY_STRUCT ? e : (e->kind == TY_NAMED ? eu : e)));
		}
		return xprintf("%s *", ctype(e));
	}
	case TY_STRUCT: case TY_ARRAY: case TY_TUPLE:
		need_defined(t);
		return struct_name(t);
	case TY_NAMED: {
		Type *u = ty_under(t);
		if (t == ty_error)
			return "go_iface";
		if (u->kind == TY_STRUCT) {
			need_defined(t);
			return struct_name(t);
		}
		return ctype(u);
	}
	default:
		return "void";
	}
}

const char *cresult(Type *sig)
{
	if (sig->results.n == 0)
		return "void";
	if (sig->results.n == 1)
		return ctype(sig->results.v[0]);
	return ctype(ty_tuple(&sig->results));
}

/* The C type of a pointer to the code of a func value: R (*)(void *, P...) */
const char *cfunctype(Type *sig)
{
	Buf b = {0};
	buf_printf(&b, "%s (*)(void *", cresult(sig));
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", %s", ctype(sig->params.v[i]));
	buf_putc(&b, ')');
	const char *s = xstrdup(b.s);
	buf_free(&b);
	return s;
}

bool noscan(Type *t) { return !ty_has_pointers(t); }

const char *zero_value(Type *t)
{
	Type *u = ty_under(t);
	if (!u)
		return "0";
	switch (u->kind) {
	case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_STRUCT: case TY_ARRAY: case TY_TUPLE:
		/* {} (not {0}): an empty struct has no member to put 0 in, and
		 * nested aggregates would want braces */
		return xprintf("((%s){})", ctype(t));
	case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return "NULL";
	case TY_BOOL:
		return "false";
	default:
		return xprintf("((%s)0)", ctype(t));
	}
}

/* A C string literal for arbitrary bytes (octal escapes: no ambiguity). */
const char *cstring_lit(const char *s, int64_t n)
{
	Buf b = {0};
	buf_putc(&b, '"');
	for (int64_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\')
			buf_printf(&b, "\\%c", c);
		else if (c == '\n')
			buf_puts(&b, "\\n");
		else if (c == '\t')
			buf_puts(&b, "\\t");
		else if (c == '?' && i + 1 < n && s[i + 1] == '?')
			buf_puts(&b, "\\?");
		else if (c < 0x20 || c >= 0x7f)
			buf_printf(&b, "\\%03o", c);
		else
			buf_putc(&b, c);
	}
	buf_putc(&b, '"');
	const char *r = xstrdup(b.s);
	buf_free(&b);
	return r;
}

/* ---- type descriptors ---- */

typedef struct DescName {
	Type *t;
	const char *sym;
	bool defined;
} DescName;

static const char *basic_desc(Type *t)
{
	switch (t->kind) {
	case TY_BOOL: return "rt_T_bool";
	case TY_INT: return "rt_T_int";
	case TY_INT8: return "rt_T_int8";
	case TY_INT16: return "rt_T_int16";
	case TY_INT32: return "rt_T_int32";
	case TY_INT64: return "rt_T_int64";
	case TY_UINT: return "rt_T_uint";
	case TY_UINT8: return "rt_T_uint8";
	case TY_UINT16: return "rt_T_uint16";
	case TY_UINT32: return "rt_T_uint32";
	case TY_UINT64: return "rt_T_uint64";
	case TY_UINTPTR: return "rt_T_uintptr";
	case TY_FLOAT32: return "rt_T_float32";
	case TY_FLOAT64: return "rt_T_float64";
	case TY_STRING: return "rt_T_string";
	case TY_UNSAFEPTR: return "rt_T_unsafeptr";
	default: return NULL;
	}
}

static DescName *find_desc(Type *t)
{
	for (int i = 0; i < E.descs_done.n; i++) {
		DescName *d = E.descs_done.v[i];
		if (d->t == t || (t->kind != TY_NAMED && d->t->kind == t->kind && ty_identical(d->t, t)))
			return d;
	}
	return NULL;
}

static void define_desc(DescName *d);

const char *desc(Type *t)
{
	if (ty_is_untyped(t))
		t = ty_default(t);
	const char *b = basic_desc(t);
	if (b)
		return xprintf("&%s", b);
	if (t == ty_error)
		return "&rt_T_error";
	if (t->kind == TY_INTERFACE && ty_is_empty_interface(t) && t->kind != TY_NAMED)
		return "&rt_T_any";
	DescName *d = find_desc(t);
	if (d)
		return xprintf("&%s", d->sym);
	d = xalloc(sizeof *d);
	d->t = t;
	if (t->kind == TY_NAMED)
		d->sym = xprintf("rt_T_%s", type_cname_of_named(t));
	else
		d->sym = xprintf("rt_T_%016llx", (unsigned long long)type_hash64(t));
	vec_push(&E.descs_done, d);
	/* an instance of atomic.Pointer[T] is defined where it is used */
	bool local = t->kind == TY_NAMED && t->pkg != E.pkg && !t->targ;
	if (local) {
		buf_printf(&E.decls, "extern const rt_type %s;\n", d->sym);
		d->defined = true; /* defined by its own package's translation */
	} else {
		buf_printf(&E.decls, "extern const rt_type %s;%s\n", d->sym,
		           t->kind == TY_NAMED ? "" : xprintf(" /* %s */", ty_str_qual(t)));
		define_desc(d);
	}
	return xprintf("&%s", d->sym);
}

static const char *kind_name(Type *u)
{
	switch (u->kind) {
	case TY_BOOL: return "RT_BOOL";
	case TY_INT: return "RT_INT";
	case TY_INT8: return "RT_INT8";
	case TY_INT16: return "RT_INT16";
	case TY_INT32: return "RT_INT32";
	case TY_INT64: return "RT_INT64";
	case TY_UINT: return "RT_UINT";
	case TY_UINT8: return "RT_UINT8";
	case TY_UINT16: return "RT_UINT16";
	case TY_UINT32: return "RT_UINT32";
	case TY_UINT64: return "RT_UINT64";
	case TY_UINTPTR: return "RT_UINTPTR";
	case TY_FLOAT32: return "RT_FLOAT32";
	case TY_FLOAT64: return "RT_FLOAT64";
	case TY_STRING: return "RT_STRING";
	case TY_UNSAFEPTR: return "RT_UNSAFEPOINTER";
	case TY_ARRAY: return "RT_ARRAY";
	case TY_SLICE: return "RT_SLICE";
	case TY_STRUCT: return "RT_STRUCT";
	case TY_POINTER: return "RT_POINTER";
	case TY_FUNC: return "RT_FUNC";
	case TY_INTERFACE: return "RT_INTERFACE";
	case TY_MAP: return "RT_MAP";
	case TY_CHAN: return "RT_CHAN";
	default: return "RT_INVALID";
	}
}

static bool direct_iface(Type *t)
{
	Type *u = ty_under(t);
	return u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_FUNC ||
	       u->kind == TY_UNSAFEPTR;
}

/* Equality of two values of type t at pointers a and b (C expression). */
static const char *eq_fn(Type *t);

static const char *eq_expr_ptrs(Type *t, const char *a, const char *b)
{
	Type *u = ty_under(t);
	const char *ct = ctype(t);
	switch (u->kind) {
	case TY_STRING:
		return xprintf("rt_streq(*(const go_string *)(%s), *(const go_string *)(%s))", a, b);
	case TY_INTERFACE:
		return ty_is_empty_interface(u) ? xprintf("rt_efaceeq(*(const go_eface *)(%s), *(const go_eface *)(%s))", a, b)
		                                : xprintf("rt_ifaceeq(*(const go_iface *)(%s), *(const go_iface *)(%s))", a, b);
	case TY_STRUCT: case TY_ARRAY:
		return xprintf("%s(%s, %s)", eq_fn(t), a, b);
	default:
		return xprintf("(*(const %s *)(%s) == *(const %s *)(%s))", ct, a, ct, b);
	}
}

static const char *eq_fn(Type *t)
{
	/* equality functions are part of the descriptor machinery */
	const char *d = desc(t);
	return xprintf("(%s)->equal", d);
}

static const char *hash_expr_ptr(Type *t, const char *p, const char *seed)
{
	return xprintf("(%s)->hashfn(%s, %s)", desc(t), p, seed);
}

/* Names of all methods reachable from t (own and promoted), unsorted,
 * possibly repeated. */
static void method_names(Type *t, Vec *out, int depth)
{
	if (depth > 8)
		return;
	if (t->kind == TY_POINTER)
		t = t->elem;
	if (t->kind == TY_NAMED)
		for (int i = 0; i < t->methods.n; i++)
			vec_push(out, (void *)((Sym *)t->methods.v[i])->name);
	Type *u = ty_under(t);
	if (u->kind == TY_INTERFACE) {
		ty_complete_interface(u);
		if (depth > 0)
			for (int i = 0; i < u->imethods.n; i++)
				vec_push(out, (void *)((IMethod *)u->imethods.v[i])->name);
		return;
	}
	if (u->kind != TY_STRUCT)
		return;
	for (int i = 0; i < u->fields.n; i++) {
		Field *f = u->fields.v[i];
		if (f->embedded)
			method_names(f->type, out, depth + 1);
	}
}

/* reflect's Name(): "Point", or "Pointer[main.Node]" for an instance */
static const char *named_name(Type *t)
{
	return t->targ ? ty_str_qual(t) + strlen(t->pkg->name) + 1 : t->name;
}

static void define_desc(DescName *d)
{
	Type *t = d->t;
	Type *u = ty_under(t);
	int id = ++E.counter;
	bool named = t->kind == TY_NAMED;
	bool comparable = ty_comparable(t);
	Buf b = {0};
	const char *ct = u->kind == TY_INTERFACE ? (ty_is_empty_interface(u) ? "go_eface" : "go_iface") : ctype(t);
	/* equal and hash for composite comparable types */
	const char *eqname = "NULL", *hashname = "NULL";
	if (comparable && (u->kind == TY_STRUCT || u->kind == TY_ARRAY)) {
		eqname = xprintf("rt_eq_%d", id);
		hashname = xprintf("rt_hash_%d", id);
		buf_printf(&E.aux, "static bool %s(const void *a, const void *b);\n", eqname);
		buf_printf(&E.aux, "static uintptr_t %s(const void *p, uintptr_t h);\n", hashname);
		Buf f = {0};
		buf_printf(&f, "static bool %s(const void *a, const void *b)\n{\n", eqname);
		buf_printf(&f, "\tconst %s *x = a, *y = b;\n\t(void)x;\n\t(void)y;\n", ct);
		if (u->kind == TY_STRUCT) {
			for (int i = 0; i < u->fields.n; i++) {
				Field *fl = u->fields.v[i];
				if (fl->name == name_blank)
					continue;
				const char *fn = mangle_ident(fl->name);
				buf_printf(&f, "\tif (!%s) return false;\n",
				           eq_expr_ptrs(fl->type, xprintf("&x->%s", fn), xprintf("&y->%s", fn)));
			}
		} else {
			buf_printf(&f, "\tfor (go_int i = 0; i < %lld; i++)\n\t\tif (!%s) return false;\n", (long long)u->len,
			           eq_expr_ptrs(u->elem, "&x->a[i]", "&y->a[i]"));
		}
		buf_puts(&f, "\treturn true;\n}\n");
		buf_printf(&f, "static uintptr_t %s(const void *p, uintptr_t h)\n{\n\tconst %s *x = p;\n\t(void)x;\n", hashname, ct);
		if (u->kind == TY_STRUCT) {
			for (int i = 0; i < u->fields.n; i++) {
				Field *fl = u->fields.v[i];
				if (fl->name == name_blank)
					continue;
				buf_printf(&f, "\th = %s;\n", hash_expr_ptr(fl->type, xprintf("&x->%s", mangle_ident(fl->name)), "h"));
			}
		} else {
			buf_printf(&f, "\tfor (go_int i = 0; i < %lld; i++)\n\t\th = %s;\n", (long long)u->len,
			           hash_expr_ptr(u->elem, "&x->a[i]", "h"));
		}
		buf_puts(&f, "\treturn h;\n}\n");
		buf_putn(&E.descs, f.s, f.len);
		buf_free(&f);
	} else if (comparable) {
		/* basic-like, pointer-like and interfaces: delegate at run time to
		 * the runtime's descriptor of the same representation */
		const char *bd = basic_desc(u);
		if (!bd) {
			if (u->kind == TY_INTERFACE)
				bd = ty_is_empty_interface(u) ? "rt_T_any" : "rt_T_error";
			else
				bd = "rt_T_unsafeptr";
		}
		eqname = xprintf("rt_eq_%d", id);
		hashname = xprintf("rt_hash_%d", id);
		buf_printf(&E.descs, "static bool %s(const void *a, const void *b) { return %s.equal(a, b); }\n", eqname, bd);
		buf_printf(&E.descs, "static uintptr_t %s(const void *p, uintptr_t h) { return %s.hashfn(p, h); }\n", hashname, bd);
	}
	/* fields */
	const char *fields = "NULL";
	if (u->kind == TY_STRUCT && u->fields.n) {
		fields = xprintf("rt_F_%d", id);
		buf_printf(&b, "static const rt_field %s[] = {\n", fields);
		for (int i = 0; i < u->fields.n; i++) {
			Field *f = u->fields.v[i];
			const char *fn = f->name == name_blank ? xprintf("_blank%d", i) : mangle_ident(f->name);
			buf_printf(&b, "\t{\"%s\", %s, offsetof(%s, %s), %s, %s},\n", f->name, desc(f->type), ct, fn,
			           f->embedded ? "true" : "false", is_exported(f->name) ? "true" : "false");
		}
		buf_puts(&b, "};\n");
	}
	/* interface methods */
	const char *imethods = "NULL";
	int nimethods = 0;
	if (u->kind == TY_INTERFACE) {
		ty_complete_interface(u);
		nimethods = u->imethods.n;
		if (nimethods) {
			imethods = xprintf("rt_IM_%d", id);
			buf_printf(&b, "static const rt_imethod %s[] = {\n", imethods);
			for (int i = 0; i < u->imethods.n; i++) {
				IMethod *m = u->imethods.v[i];
				buf_printf(&b, "\t{\"%s\", %s},\n", m->name, desc(m->sig));
			}
			buf_puts(&b, "};\n");
		}
	}
	/* the method set (sorted by name): T's value methods, all of *T's,
	 * and those promoted through embedded fields */
	const char *methods = "NULL";
	int nmethods = 0;
	if (u->kind != TY_INTERFACE) {
		Vec names = {0};
		method_names(t, &names, 0);
		for (int i = 1; i < names.n; i++)
			for (int j = i; j > 0 && strcmp(names.v[j - 1], names.v[j]) > 0; j--) {
				void *tmp = names.v[j];
				names.v[j] = names.v[j - 1];
				names.v[j - 1] = tmp;
			}
		Buf mb = {0};
		const char *last = NULL;
		for (int i = 0; i < names.n; i++) {
			const char *name = names.v[i];
			if (name == last)
				continue;
			last = name;
			Selection sel = ty_lookup(t, name, NULL);
			if (sel.kind != SEL_METHOD)
				continue;
			Type *msig = NULL;
			if (sel.method) {
				bool in_set = t->kind == TY_POINTER || !sel.method->ptr_recv || sel.indirect;
				if (!in_set)
					continue;
				if (sel.method->pkg != E.pkg && !is_exported(name))
					continue;
				msig = sel.method->type;
			} else {
				Type *iu = ty_under(sel.recv_base);
				ty_complete_interface(iu);
				for (int k = 0; k < iu->imethods.n; k++)
					if (((IMethod *)iu->imethods.v[k])->name == name)
						msig = ((IMethod *)iu->imethods.v[k])->sig;
				if (!msig)
					continue;
			}
			buf_printf(&mb, "\t{\"%s\", %s, (void *)%s},\n", name, desc(msig), iface_method_fn(t, name, &sel, msig));
			nmethods++;
		}
		if (nmethods) {
			methods = xprintf("rt_M_%d", id);
			buf_printf(&b, "static const rt_method %s[] = {\n%s};\n", methods, mb.s);
		}
		buf_free(&mb);
	}
	/* func params/results */
	const char *in = "NULL", *outs = "NULL";
	if (u->kind == TY_FUNC) {
		if (u->params.n) {
			in = xprintf("rt_IN_%d", id);
			buf_printf(&b, "static const rt_type *const %s[] = {", in);
			for (int i = 0; i < u->params.n; i++)
				buf_printf(&b, "%s%s", i ? ", " : "", desc(u->params.v[i]));
			buf_puts(&b, "};\n");
		}
		if (u->results.n) {
			outs = xprintf("rt_OUT_%d", id);
			buf_printf(&b, "static const rt_type *const %s[] = {", outs);
			for (int i = 0; i < u->results.n; i++)
				buf_printf(&b, "%s%s", i ? ", " : "", desc(u->results.v[i]));
			buf_puts(&b, "};\n");
		}
	}
	const char *elem = "NULL", *key = "NULL";
	intptr_t len = 0;
	switch (u->kind) {
	case TY_ARRAY: elem = desc(u->elem); len = u->len; break;
	case TY_SLICE: case TY_POINTER: elem = desc(u->elem); break;
	case TY_CHAN:
		elem = desc(u->elem);
		len = u->dir == CHAN_SEND ? 2 : u->dir == CHAN_RECV ? 1 : 3;
		break;
	case TY_MAP: elem = desc(u->elem); key = desc(u->key); break;
	default: break;
	}
	int flags = 0;
	Buf fl = {0};
	if (direct_iface(t)) {
		buf_puts(&fl, "RT_DIRECTIFACE|");
		flags++;
	}
	if (noscan(t))
		buf_puts(&fl, "RT_NOPTRS|");
	if (named)
		buf_puts(&fl, "RT_NAMED|");
	if (comparable)
		buf_puts(&fl, "RT_COMPARABLE|");
	buf_puts(&fl, "0");
	const char *size = u->kind == TY_FUNC || u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_POINTER
	                       ? "sizeof(void *)"
	                       : xprintf("sizeof(%s)", ct);
	const char *align = u->kind == TY_FUNC || u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_POINTER
	                        ? "_Alignof(void *)"
	                        : xprintf("_Alignof(%s)", ct);
	buf_printf(&b, "%sconst rt_type %s = {\n", named && !t->targ ? "" : "__attribute__((weak)) ", d->sym);
	buf_printf(&b, "\t.kind = %s, .flags = %s, .hash = 0x%08xu,\n", kind_name(u), fl.s,
	           (unsigned)(type_hash64(t) & 0xffffffffu));
	buf_printf(&b, "\t.size = %s, .align = %s,\n", size, align);
	buf_printf(&b, "\t.string = %s,\n", cstring_lit(ty_str_qual(t), (int64_t)strlen(ty_str_qual(t))));
	if (named)
		buf_printf(&b, "\t.pkgpath = \"%s\", .name = \"%s\",\n", t->pkg ? t->pkg->path : "", named_name(t));
	buf_printf(&b, "\t.equal = %s, .hashfn = %s,\n", eqname, hashname);
	buf_printf(&b, "\t.elem = %s, .key = %s, .len = %lld,\n", elem, key, (long long)len);
	if (u->kind == TY_STRUCT)
		buf_printf(&b, "\t.fields = %s, .nfields = %d,\n", fields, u->fields.n);
	if (u->kind == TY_INTERFACE)
		buf_printf(&b, "\t.imethods = %s, .nimethods = %d,\n", imethods, nimethods);
	if (nmethods)
		buf_printf(&b, "\t.methods = %s, .nmethods = %d,\n", methods, nmethods);
	if (u->kind == TY_FUNC)
		buf_printf(&b, "\t.in = %s, .nin = %d, .out = %s, .nout = %d, .variadic = %s,\n", in, u->params.n, outs,
		           u->results.n, u->variadic ? "true" : "false");
	buf_puts(&b, "};\n");
	buf_putn(&E.descs, b.s, b.len);
	buf_free(&b);
	buf_free(&fl);
	d->defined = true;
	(void)flags;
}

/* ---- methods through interfaces ---- */

/* The function an itab or method table stores for method m of dynamic
 * type t: it takes the interface's data word as its receiver. */
const char *method_ifn(Type *t, Sym *m, Selection *sel)
{
	(void)sel;
	bool direct = direct_iface(t);
	Type *sig = m->type;
	const char *target = func_cname(m);
	declare_proto(m);
	/* pointer receiver, data word is the pointer: the method itself fits */
	if (direct && m->ptr_recv && t->kind == TY_POINTER && t->elem == m->recv_base)
		return target;
	int id = ++E.counter;
	const char *name = xprintf("%s__ifn%d", target, id);
	Buf b = {0};
	buf_printf(&b, "static RT_GOTEXT %s %s(void *recv", cresult(sig), name);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", %s p%d", ctype(sig->params.v[i]), i);
	buf_puts(&b, ")\n{\n\t");
	if (sig->results.n)
		buf_puts(&b, "return ");
	const char *recv;
	if (t->kind == TY_POINTER) {
		/* a value method called through a pointer */
		if (m->ptr_recv)
			recv = "recv";
		else
			recv = xprintf("*(%s *)rt_nilcheck(recv)", ctype(m->recv_base));
	} else {
		if (m->ptr_recv)
			recv = xprintf("(%s *)recv", ctype(m->recv_base));
		else if (direct)
			recv = xprintf("(%s)recv", ctype(m->recv_base));
		else
			recv = xprintf("*(%s *)recv", ctype(m->recv_base));
	}
	buf_printf(&b, "%s(%s", target, recv);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", p%d", i);
	buf_puts(&b, ");\n}\n");
	buf_printf(&E.decls, "static RT_GOTEXT %s %s(void *recv", cresult(sig), name);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&E.decls, ", %s", ctype(sig->params.v[i]));
	buf_puts(&E.decls, ");\n");
	buf_putn(&E.aux, b.s, b.len);
	buf_free(&b);
	return name;
}

/* The function implementing method `name` of dynamic type t for itabs and
 * method tables: it takes the interface's data word as its receiver.
 * Promoted methods (through embedded fields, pointers, or an embedded
 * interface) get a wrapper that walks the embedding path first. */
const char *iface_method_fn(Type *t, const char *name, Selection *sel, Type *sig)
{
	if (sel->method && sel->depth == 0)
		return method_ifn(t, sel->method, NULL);
	Sym *m = sel->method;
	const char *wname = xprintf("%s__%s__prom%d", m ? func_cname(m) : "iface", mangle_ident(name), ++E.counter);
	if (m)
		declare_proto(m);
	Buf w = {0};
	buf_printf(&w, "static RT_GOTEXT %s %s(void *recv", cresult(sig), wname);
	for (int k = 0; k < sig->params.n; k++)
		buf_printf(&w, ", %s p%d", ctype(sig->params.v[k]), k);
	buf_puts(&w, ")\n{\n");
	/* an lvalue expression of the current value along the path */
	const char *cur_expr;
	Type *ct = t;
	if (direct_iface(t))
		cur_expr = xprintf("(*(%s *)&recv)", ctype(t));
	else
		cur_expr = xprintf("(*(%s *)recv)", ctype(t));
	for (int k = 0; k < sel->depth; k++) {
		Type *cu = ty_under(ct);
		if (cu->kind == TY_POINTER) {
			cur_expr = xprintf("(*(%s)rt_nilcheck(%s))", ctype(ct), cur_expr);
			ct = cu->elem;
			cu = ty_under(ct);
		}
		Field *f = cu->fields.v[sel->path[k]];
		cur_expr = xprintf("%s.%s", cur_expr, mangle_ident(f->name));
		ct = f->type;
	}
	if (!m) {
		/* an embedded interface: call through its itab */
		Type *iu = ty_under(ct);
		ty_complete_interface(iu);
		int idx = 0;
		for (int k = 0; k < iu->imethods.n; k++)
			if (((IMethod *)iu->imethods.v[k])->name == name)
				idx = k;
		bool empty = ty_is_empty_interface(iu);
		buf_printf(&w, "\t%s iv = %s;\n\tif (!iv.%s) rt_panic_nil();\n", empty ? "go_eface" : "go_iface", cur_expr,
		           empty ? "type" : "itab");
		buf_printf(&w, "\t%s((%s (*)(void *", sig->results.n ? "return " : "", cresult(sig));
		for (int k = 0; k < sig->params.n; k++)
			buf_printf(&w, ", %s", ctype(sig->params.v[k]));
		buf_printf(&w, "))iv.itab->fun[%d])(iv.data", idx);
	} else {
		const char *r;
		if (ty_under(ct)->kind == TY_POINTER)
			r = m->ptr_recv ? cur_expr : xprintf("(*(%s)rt_nilcheck(%s))", ctype(ct), cur_expr);
		else
			r = m->ptr_recv ? xprintf("&%s", cur_expr) : cur_expr;
		buf_printf(&w, "\t%s%s(%s", sig->results.n ? "return " : "", func_cname(m), r);
	}
	for (int k = 0; k < sig->params.n; k++)
		buf_printf(&w, ", p%d", k);
	buf_puts(&w, ");\n}\n");
	buf_printf(&E.decls, "static RT_GOTEXT %s %s(void *recv", cresult(sig), wname);
	for (int k = 0; k < sig->params.n; k++)
		buf_printf(&E.decls, ", %s", ctype(sig->params.v[k]));
	buf_puts(&E.decls, ");\n");
	buf_putn(&E.aux, w.s, w.len);
	buf_free(&w);
	return wname;
}

typedef struct ItabName {
	Type *iface, *type;
	const char *sym;
} ItabName;

/* A static itab for a concrete type converted to a non-empty interface;
 * methods promoted through embedded fields get wrappers. */
const char *itab_for(Type *iface, Type *concrete)
{
	for (int i = 0; i < E.itabs.n; i++) {
		ItabName *it = E.itabs.v[i];
		if ((it->iface == iface || ty_identical(it->iface, iface)) &&
		    (it->type == concrete || (concrete->kind != TY_NAMED && ty_identical(it->type, concrete))))
			return xprintf("&%s", it->sym);
	}
	ItabName *it = xalloc(sizeof *it);
	it->iface = iface;
	it->type = concrete;
	it->sym = xprintf("rt_itab_%d", ++E.counter);
	vec_push(&E.itabs, it);
	Type *iu = ty_under(iface);
	ty_complete_interface(iu);
	Buf b = {0};
	Vec fns = {0};
	for (int i = 0; i < iu->imethods.n; i++) {
		IMethod *im = iu->imethods.v[i];
		Selection sel = ty_lookup(concrete, im->name, NULL);
		if (sel.kind != SEL_METHOD) {
			vec_push(&fns, "NULL");
			continue;
		}
		vec_push(&fns, (void *)iface_method_fn(concrete, im->name, &sel, im->sig));
	}
	const char *di = desc(iface), *dt = desc(concrete);
	buf_printf(&E.decls, "static rt_itab %s;\n", it->sym);
	buf_printf(&b, "static rt_itab %s = {%s, %s, {", it->sym, di, dt);
	for (int i = 0; i < fns.n; i++)
		buf_printf(&b, "%s(void *)%s", i ? ", " : "", (char *)fns.v[i]);
	buf_puts(&b, "}};\n");
	buf_putn(&E.descs, b.s, b.len);
	buf_free(&b);
	return xprintf("&%s", it->sym);
}

/* ---- prototypes ---- */

static bool proto_done(const char *name)
{
	for (int i = 0; i < E.protos.n; i++)
		if (strcmp(E.protos.v[i], name) == 0)
			return true;
	return false;
}

static void params_decl(Buf *b, Func *fn, Sym *s, bool names)
{
	Type *sig = s->type;
	bool first = true;
	if (s->recv) {
		buf_printf(b, "%s", ctype(s->recv));
		if (names && fn) {
			Sym *r = fn->params.v[0];
			buf_printf(b, " %s", r->heap ? xprintf("%s_p", local_cname(r)) : local_cname(r));
		}
		first = false;
	}
	for (int i = 0; i < sig->params.n; i++) {
		buf_printf(b, "%s%s", first ? "" : ", ", ctype(sig->params.v[i]));
		if (names && fn) {
			Sym *p = fn->params.v[i + (s->recv ? 1 : 0)];
			buf_printf(b, " %s", p->heap ? xprintf("%s_p", local_cname(p)) : local_cname(p));
		}
		first = false;
	}
	if (first)
		buf_puts(b, "void");
}

/* A method of atomic.Pointer[T] (check_generic.c): a static function of
 * this unit, one sequentially consistent atomic operation on the pointer
 * word (Go's atomics are seq-cst), as stdlib/sync/atomic/atomic.c does for
 * the other types.  A nil receiver panics as Go's does. */
static void pointer_method(Sym *m)
{
	const char *name = func_cname(m);
	const char *pt = ctype(ty_pointer(m->recv_base->targ));
	const char *word = xprintf("&((%s)rt_nilcheck(x))->v", ctype(m->recv));
	const char *proto, *body;
	if (strcmp(m->name, "Load") == 0) {
		proto = xprintf("%s %s(%s x)", pt, name, ctype(m->recv));
		body = xprintf("return __atomic_load_n(%s, __ATOMIC_SEQ_CST);", word);
	} else if (strcmp(m->name, "Store") == 0) {
		proto = xprintf("void %s(%s x, %s val)", name, ctype(m->recv), pt);
		body = xprintf("__atomic_store_n(%s, val, __ATOMIC_SEQ_CST);", word);
	} else if (strcmp(m->name, "Swap") == 0) {
		proto = xprintf("%s %s(%s x, %s new_)", pt, name, ctype(m->recv), pt);
		body = xprintf("return __atomic_exchange_n(%s, new_, __ATOMIC_SEQ_CST);", word);
	} else {
		proto = xprintf("bool %s(%s x, %s old, %s new_)", name, ctype(m->recv), pt, pt);
		body = xprintf("return __atomic_compare_exchange_n(%s, &old, new_, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);",
		               word);
	}
	buf_printf(&E.decls, "static RT_GOTEXT %s;\n", proto);
	buf_printf(&E.aux, "static RT_GOTEXT %s\n{\n\t%s\n}\n", proto, body);
}

void declare_proto(Sym *fn)
{
	const char *name = func_cname(fn);
	if (proto_done(name))
		return;
	vec_push(&E.protos, (void *)name);
	if (fn->recv_base && fn->recv_base->targ) {
		pointer_method(fn);
		return;
	}
	if (fn->state != 2)
		resolve_global(fn);
	Type *sig = fn->type;
	bool ours = fn->pkg == E.pkg;
	Node *d = fn->decl;
	bool cbound = d && !d->body;
	Buf b = {0};
	if (ours && !cbound && !E.library && !(fn->name == name_main && !fn->recv))
		buf_puts(&b, "static ");
	buf_printf(&b, "%s %s(", cresult(sig), name);
	params_decl(&b, NULL, fn, false);
	buf_puts(&b, ");\n");
	buf_putn(&E.decls, b.s, b.len);
	buf_free(&b);
}

/* The func value of a declared function: a static closure whose code
 * ignores the closure pointer. */
const char *fv_wrapper(Sym *fn)
{
	const char *name = func_cname(fn);
	const char *cv = xprintf("%s__fv", name);
	for (int i = 0; i < E.fvwrappers.n; i++)
		if (E.fvwrappers.v[i] == fn)
			return xprintf("(&%s)", cv);
	vec_push(&E.fvwrappers, fn);
	declare_proto(fn);
	Type *sig = fn->type;
	Buf b = {0};
	buf_printf(&b, "static RT_GOTEXT %s %s__code(void *cl", cresult(sig), name);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, ", %s p%d", ctype(sig->params.v[i]), i);
	buf_printf(&b, ")\n{\n\t(void)cl;\n\t%s%s(", sig->results.n ? "return " : "", name);
	for (int i = 0; i < sig->params.n; i++)
		buf_printf(&b, "%sp%d", i ? ", " : "", i);
	buf_puts(&b, ");\n}\n");
	buf_printf(&b, "static rt_closure %s = {(void *)%s__code};\n", cv, name);
	buf_putn(&E.aux, b.s, b.len);
	buf_free(&b);
	return xprintf("(&%s)", cv);
}

/* ---- functions ---- */

void emit_line(Node *n)
{
	if (!n || n->pos.line <= 0)
		return;
	SrcFile *f = diag_file(n->pos.file);
	if (!f)
		return;
	if (F->line == n->pos.line && F->line_file == f->name)
		return;
	F->line = n->pos.line;
	F->line_file = f->name;
	buf_printf(F->out, "#line %d %s\n", n->pos.line, cstring_lit(f->name, (int64_t)strlen(f->name)));
}

/* The closure struct of a function literal (captured variables are held
 * by pointer: they live in heap cells). */
const char *closure_struct(Func *fn)
{
	if (fn->cname && fn->captures.n == 0)
		return "rt_closure";
	const char *name = xprintf("%s_cl", fn->cname);
	return name;
}

static int64_t estimate_frame(Func *fn)
{
	int64_t total = 64;
	for (int i = 0; i < fn->locals.n; i++) {
		Sym *s = fn->locals.v[i];
		total += s->heap ? 8 : (s->type ? ty_size(s->type) : 8);
	}
	for (int i = 0; i < fn->params.n; i++) {
		Sym *s = fn->params.v[i];
		total += s->type ? ty_size(s->type) : 8;
	}
	return total;
}

/* The signature line of a function's C definition. */
static void func_header(Buf *b, Func *fn, bool is_static, const char *name)
{
	Sym *s = fn->sym;
	if (is_static)
		buf_puts(b, "static ");
	if (s) {
		buf_printf(b, "RT_GOTEXT %s %s(", cresult(fn->sig), name);
		params_decl(b, fn, s, true);
		buf_puts(b, ")");
		return;
	}
	buf_printf(b, "RT_GOTEXT %s %s(void *cl__", cresult(fn->sig), name);
	for (int i = 0; i < fn->params.n; i++) {
		Sym *p = fn->params.v[i];
		buf_printf(b, ", %s %s", ctype(p->type), p->heap ? xprintf("%s_p", local_cname(p)) : local_cname(p));
	}
	buf_puts(b, ")");
}

/* The morestack slow path: repack the arguments, run the function on a
 * new segment, return its result. */
static void emit_more(Func *fn, int64_t need)
{
	const char *name = F->cname;
	Type *sig = fn->sig;
	bool has_res = sig->results.n > 0;
	Buf b = {0};
	buf_printf(&b, "struct %s__frame {", name);
	if (!fn->sym)
		buf_puts(&b, " void *cl;");
	for (int i = 0; i < fn->params.n; i++) {
		Sym *p = fn->params.v[i];
		buf_printf(&b, " %s a%d;", ctype(p->type), i);
	}
	if (has_res)
		buf_printf(&b, " %s r;", cresult(sig));
	if (fn->sym && fn->params.n == 0 && !has_res)
		buf_puts(&b, " char unused;");
	buf_puts(&b, " };\n");
	buf_printf(&b, "static RT_GOTEXT void %s__thunk(void *p)\n{\n\tstruct %s__frame *f = p;\n\t(void)f;\n\t", name, name);
	if (has_res)
		buf_puts(&b, "f->r = ");
	buf_printf(&b, "%s(", name);
	bool first = true;
	if (!fn->sym) {
		buf_puts(&b, "f->cl");
		first = false;
	}
	for (int i = 0; i < fn->params.n; i++) {
		buf_printf(&b, "%sf->a%d", first ? "" : ", ", i);
		first = false;
	}
	buf_puts(&b, ");\n}\n");
	buf_printf(&b, "static RT_GOTEXT RT_COLD %s %s__more(", cresult(sig), name);
	first = true;
	if (!fn->sym) {
		buf_puts(&b, "void *cl");
		first = false;
	}
	for (int i = 0; i < fn->params.n; i++) {
		Sym *p = fn->params.v[i];
		buf_printf(&b, "%s%s a%d", first ? "" : ", ", ctype(p->type), i);
		first = false;
	}
	if (first)
		buf_puts(&b, "void");
	/* the record stays small on the exhausted segment: big arguments or
	 * results go to the heap */
	int64_t rec = 8;
	for (int i = 0; i < fn->params.n; i++)
		rec += ty_size(((Sym *)fn->params.v[i])->type);
	for (int i = 0; i < sig->results.n; i++)
		rec += ty_size(sig->results.v[i]);
	if (rec > 128)
		buf_printf(&b, ")\n{\n\tstruct %s__frame *f = rt_alloc(sizeof *f);\n", name);
	else
		buf_printf(&b, ")\n{\n\tstruct %s__frame fr, *f = &fr;\n", name);
	if (!fn->sym)
		buf_puts(&b, "\tf->cl = cl;\n");
	for (int i = 0; i < fn->params.n; i++)
		buf_printf(&b, "\tf->a%d = a%d;\n", i, i);
	/* a big frame, or the loop room, needs a segment that holds it (0: the
	 * default size; under RT_STRESS=SPLIT a size asked for keeps its room,
	 * so the function re-run on it passes its check) */
	buf_printf(&b, "\trt_morestack(%s__thunk, f, %lld);\n", name, (long long)(need > 0 ? need + 1024 : 0));
	if (has_res)
		buf_puts(&b, "\treturn f->r;\n");
	buf_puts(&b, "}\n");
	buf_putn(&E.aux, b.s, b.len);
	buf_free(&b);
	/* its prototype, before any body */
	Buf p = {0};
	buf_printf(&p, "static RT_GOTEXT RT_COLD %s %s__more(", cresult(sig), name);
	first = true;
	if (!fn->sym) {
		buf_puts(&p, "void *");
		first = false;
	}
	for (int i = 0; i < fn->params.n; i++) {
		Sym *ps = fn->params.v[i];
		buf_printf(&p, "%s%s", first ? "" : ", ", ctype(ps->type));
		first = false;
	}
	if (first)
		buf_puts(&p, "void");
	buf_puts(&p, ");\n");
	buf_putn(&E.decls, p.s, p.len);
	buf_free(&p);
}

static void emit_function(Func *fn, const char *cname, bool is_static)
{
	FnState st = {0};
	FnState *saved = F;
	F = &st;
	st.fn = fn;
	st.cname = cname;
	st.is_closure = fn->sym == NULL;
	/* names of params first, so that locals do not take them */
	for (int i = 0; i < fn->params.n; i++)
		local_cname(fn->params.v[i]);
	for (int i = 0; i < fn->results.n; i++)
		local_cname(fn->results.v[i]);
	Buf body = {0};
	st.out = &body;
	st.indent = 1;
	/* heap cells for parameters; unused ones are fine in Go */
	for (int i = 0; i < fn->params.n; i++) {
		Sym *p = fn->params.v[i];
		if (!p->heap)
			outl("(void)%s;", local_cname(p));
		if (p->heap) {
			const char *n = local_cname(p);
			outl("%s *%s = %s;", ctype(p->type), n,
			     noscan(p->type) ? xprintf("rt_alloc_noscan(sizeof(%s))", ctype(p->type))
			                     : xprintf("rt_alloc(sizeof(%s))", ctype(p->type)));
			outl("*%s = %s_p;", n, n);
		}
	}
	/* results */
	Type *sig = fn->sig;
	for (int i = 0; i < fn->results.n; i++) {
		Sym *r = fn->results.v[i];
		if (!fn->named_results && !fn->has_defer)
			break; /* unnamed results need no variables */
		const char *n = local_cname(r);
		if (r->heap)
			outl("%s *%s = %s;", ctype(r->type), n,
			     noscan(r->type) ? xprintf("rt_alloc_noscan(sizeof(%s))", ctype(r->type))
			                     : xprintf("rt_alloc(sizeof(%s))", ctype(r->type)));
		else
			outl("%s%s %s = %s;", fn->has_defer ? "volatile " : "", ctype(r->type), n, zero_value(r->type));
		outl("(void)%s;", n);
	}
	if (fn->has_defer) {
		st.has_frame = true;
		outl("rt_frame fr_;");
		outl("rt_frame_enter(&fr_);");
		outl("if (rt_setjmp(&fr_.jb) == 0) {");
		st.indent++;
	}
	emit_block(fn->decl->body);
	if (fn->has_defer) {
		outl("goto ret_;");
		st.indent--;
		outl("}");
		out("ret_:\n");
		outl("rt_frame_leave(&fr_);");
		if (sig->results.n == 1) {
			Sym *r = fn->results.v[0];
			outl("return %s;", var_ref(r));
		} else if (sig->results.n > 1) {
			Buf t = {0};
			buf_printf(&t, "return (%s){", cresult(sig));
			for (int i = 0; i < fn->results.n; i++)
				buf_printf(&t, "%s%s", i ? ", " : "", var_ref(fn->results.v[i]));
			buf_puts(&t, "};");
			outl("%s", t.s);
			buf_free(&t);
		} else {
			outl("return;");
		}
	} else if (sig->results.n > 0) {
		/* unreachable when the checker's "missing return" holds */
		outl("rt_panic_unreachable();");
	} else {
		outl("return;");
	}
	/* assemble: header, stack check, body, slow path */
	Buf *dst = &E.funcs;
	F->out = dst;
	/* gcc's frame also holds the temporaries of statement expressions and
	 * the compound literals the body uses: count them, conservatively
	 * (gcc shares slots, so the real frame is usually smaller). */
	int64_t frame = estimate_frame(fn) + st.frame_bytes + 32 * (int64_t)st.tmp;
	for (const char *q = body.s ? body.s : ""; (q = strstr(q, "[]){")) != NULL; q += 4)
		frame += 32;
	for (const char *q = body.s ? body.s : ""; (q = strstr(q, "){.")) != NULL; q += 3)
		frame += 48;
	frame = frame * 3 / 2;
	/* gcc allocates the frame before the check runs, so a frame larger
	 * than the headroom below the guard must not be allocated before the
	 * check: such a body becomes a function of its own, called by a small
	 * wrapper that checks for room first (one more call, for big frames
	 * only). */
	bool split = frame > 256;
	/* The hot split: a loop that calls functions from a frame just above
	 * the guard would cross a segment boundary at every call.  A function
	 * with calls inside a loop asks for RT_LOOP_ROOM more at its entry, so
	 * near a boundary it moves to a new segment once, and its callees
	 * (their frames up to RT_LOOP_ROOM in all) run without crossing. */
	int64_t loop_room = st.loopcall ? RT_LOOP_ROOM_BYTES : 0;
	const char *line = "";
	{
		SrcFile *sf = diag_file(fn->decl->pos.file);
		if (sf && fn->decl->pos.line > 0)
			line = xprintf("#line %d %s\n", fn->decl->pos.line, cstring_lit(sf->name, (int64_t)strlen(sf->name)));
	}
	const char *args;
	{
		Buf a = {0};
		bool first = true;
		if (st.is_closure) {
			buf_puts(&a, "cl__");
			first = false;
		}
		for (int i = 0; i < fn->params.n; i++) {
			Sym *p = fn->params.v[i];
			buf_printf(&a, "%s%s", first ? "" : ", ", p->heap ? xprintf("%s_p", local_cname(p)) : local_cname(p));
			first = false;
		}
		args = xstrdup(a.s ? a.s : "");
		buf_free(&a);
	}
	if (split) {
		const char *bname = xprintf("%s__body", cname);
		buf_puts(dst, line);
		func_header(dst, fn, true, bname);
		buf_puts(dst, " __attribute__((noinline));\n");
		buf_puts(dst, line);
		func_header(dst, fn, true, bname);
		buf_puts(dst, "\n{\n");
		if (st.is_closure) {
			if (fn->captures.n)
				buf_printf(dst, "\tstruct %s *cl_ = cl__;\n", closure_struct(fn));
			else
				buf_puts(dst, "\t(void)cl__;\n");
		}
		buf_putn(dst, body.s ? body.s : "", body.len);
		buf_puts(dst, "}\n\n");
		buf_puts(dst, line);
		func_header(dst, fn, is_static, cname);
		buf_printf(dst, "\n{\n\tRT_STACK_CHECK_N(more_, %lld);\n\t", (long long)(frame + loop_room));
		if (sig->results.n)
			buf_puts(dst, "return ");
		buf_printf(dst, "%s(%s);\n", bname, args);
		if (!sig->results.n)
			buf_puts(dst, "\treturn;\n");
	} else {
		buf_puts(dst, line);
		func_header(dst, fn, is_static, cname);
		if (loop_room)
			buf_puts(dst, "\n{\n\tRT_STACK_CHECK_N(more_, RT_LOOP_ROOM);\n");
		else
			buf_puts(dst, "\n{\n\tRT_STACK_CHECK(more_);\n");
		if (st.is_closure) {
			if (fn->captures.n)
				buf_printf(dst, "\tstruct %s *cl_ = cl__;\n", closure_struct(fn));
			else
				buf_puts(dst, "\t(void)cl__;\n");
		}
		buf_putn(dst, body.s ? body.s : "", body.len);
	}
	buf_free(&body);
	buf_puts(dst, "more_:\n\t");
	if (sig->results.n)
		buf_puts(dst, "return ");
	buf_printf(dst, "%s__more(%s);\n", cname, args);
	if (!sig->results.n)
		buf_puts(dst, "\treturn;\n");
	buf_puts(dst, "}\n\n");
	emit_more(fn, (split ? frame : 0) + loop_room);
	F = saved;
}

/* Function literals are emitted as C functions of their own, named after
 * the enclosing function. */
void emit_funclit_code(Func *fn)
{
	if (fn->emitted)
		return;
	fn->emitted = true;
	/* closure struct */
	if (fn->captures.n) {
		Buf b = {0};
		buf_printf(&b, "struct %s {\n\tvoid *fn;\n", closure_struct(fn));
		for (int i = 0; i < fn->captures.n; i++) {
			Sym *s = fn->captures.v[i];
			buf_printf(&b, "\t%s *%s;\n", ctype(s->type), xprintf("c%d_%s", s->id, mangle_ident(s->name)));
		}
		buf_puts(&b, "};\n");
		buf_putn(&E.types, b.s, b.len);
		buf_free(&b);
	}
	Buf p = {0};
	buf_printf(&p, "static %s %s(void *", cresult(fn->sig), fn->cname);
	for (int i = 0; i < fn->params.n; i++)
		buf_printf(&p, ", %s", ctype(((Sym *)fn->params.v[i])->type));
	buf_puts(&p, ");\n");
	buf_putn(&E.decls, p.s, p.len);
	buf_free(&p);
	emit_function(fn, fn->cname, true);
}

/* ---- the program ---- */

static void emit_globals(Pkg *p)
{
	for (int i = 0; i < p->scope->order.n; i++) {
		Sym *s = p->scope->order.v[i];
		if (s->kind != S_VAR)
			continue;
		buf_printf(&E.globals, "%s%s %s;\n", "", ctype(s->type), global_cname(s));
	}
}

static void emit_pkg_init(Pkg *p)
{
	FnState st = {0};
	FnState *saved = F;
	F = &st;
	Func fake = {0};
	st.fn = &fake;
	st.cname = xprintf("%s__init", p->cprefix);
	Buf body = {0};
	st.out = &body;
	st.indent = 1;
	outl("static bool done;");
	outl("if (done)");
	outl("\treturn;");
	outl("done = true;");
	for (int i = 0; i < p->imports.n; i++) {
		Pkg *imp = p->imports.v[i];
		buf_printf(&E.decls, "void %s__init(void);\n", imp->cprefix);
		outl("%s__init();", imp->cprefix);
	}
	/* variables, in initialization order; a spec with several names and
	 * one multi-valued initializer is done once */
	Vec done_specs = {0};
	for (int i = 0; i < p->globals.n; i++) {
		Sym *s = p->globals.v[i];
		Node *spec = s->decl;
		if (!spec || spec->list2.n == 0)
			continue;
		if (spec->list2.n == 1 && spec->list.n > 1) {
			bool seen = false;
			for (int k = 0; k < done_specs.n; k++)
				if (done_specs.v[k] == spec)
					seen = true;
			if (seen)
				continue;
			vec_push(&done_specs, spec);
			emit_line(spec);
			Node *e = spec->list2.v[0];
			const char *t = new_tmp();
			if (e->flag_commaok) {
				Node *a = spec->list.v[0], *b = spec->list.v[1];
				outl("{");
				F->indent++;
				emit_assign_value(a, NULL, NULL); /* placeholder no-op */
				(void)b;
				F->indent--;
				outl("}");
				continue;
			}
			outl("%s %s = %s;", ctype(e->type), t, ex(e));
			for (int k = 0; k < spec->list.n; k++) {
				Node *id = spec->list.v[k];
				if (!id->sym || id->name == name_blank)
					continue;
				outl("%s = %s;", global_cname(id->sym),
				     convert_value(xprintf("%s.r%d", t, k), e->type->fields.v[k], id->sym->type));
			}
			continue;
		}
		Node *e = spec->list2.v[s->decl_index];
		emit_line(e);
		if (s->name == name_blank)
			outl("(void)(%s);", ex(e)); /* blank: only its initializer runs */
		else
			outl("%s = %s;", global_cname(s), ex_to(e, s->type));
	}
	for (int i = 0; i < p->inits.n; i++) {
		Func *fn = p->inits.v[i];
		outl("%s();", func_cname(fn->sym));
	}
	buf_printf(&E.funcs, "void %s__init(void)\n{\n", p->cprefix);
	buf_putn(&E.funcs, body.s ? body.s : "", body.len);
	buf_puts(&E.funcs, "}\n\n");
	buf_free(&body);
	buf_printf(&E.decls, "void %s__init(void);\n", p->cprefix);
	F = saved;
}

static void name_funclits(Pkg *p)
{
	/* function literals are named after their enclosing declared function */
	for (int i = 0; i < p->funclits.n; i++) {
		Func *fn = p->funclits.v[i];
		Func *top = fn;
		while (top->outer)
			top = top->outer;
		if (top->sym) {
			top->nlits++;
			fn->cname = xprintf("%s__func%d", func_cname(top->sym), top->nlits);
		} else {
			/* in a package-level initializer */
			static int glob;
			fn->cname = xprintf("%s__glob_func%d", p->cprefix, ++glob);
		}
	}
}

void ce_emit_program(Program *prog, Buf *outbuf, bool library)
{
	memset(&E, 0, sizeof E);
	E.prog = prog;
	E.pkg = prog->main;
	E.library = library;
	Pkg *p = prog->main;
	ty_local_pkg = p;
	buf_printf(&E.head, "/* Generated by minigo %s from package %s. */\n", MINIGO_VERSION, p->path);
	/* the user's program records source sites for panic tracebacks; the
	 * library does not (a panic there is reported at the user's call) */
	if (!library)
		buf_puts(&E.head, "#define RT_SITES 1\n");
	buf_puts(&E.head, "#include \"rt.h\"\n#include <stddef.h>\n\n");
	/* After a panic longjmps back into a frame, only its results (declared
	 * volatile) and heap cells are read: gcc's clobber heuristic does not
	 * know that. */
	buf_puts(&E.head, "#if defined(__GNUC__) && !defined(__clang__)\n#pragma GCC diagnostic ignored \"-Wclobbered\"\n#endif\n\n");
	/* a dummy function state for global initializers evaluated at top level */
	FnState top = {0};
	Func topfn = {0};
	top.fn = &topfn;
	top.out = &E.globals;
	F = &top;
	name_funclits(p);
	emit_globals(p);
	/* descriptors of the package's named types (others may need them) */
	for (int i = 0; i < p->types.n; i++) {
		Type *t = p->types.v[i];
		if (t->kind == TY_NAMED && ty_under(t) != ty_invalid) {
			desc(t);
			if (ty_under(t)->kind != TY_INTERFACE)
				desc(ty_pointer(t));
		}
	}
	/* prototypes */
	for (int i = 0; i < p->funcs.n; i++) {
		Func *fn = p->funcs.v[i];
		declare_proto(fn->sym);
	}
	for (int i = 0; i < p->files.n; i++) {
		Node *f = p->files.v[i];
		for (int j = 0; j < f->list2.n; j++) {
			Node *d = f->list2.v[j];
			if (d->kind == N_FUNCDECL && d->sym && !d->body && d->sym->recv_base != NULL)
				declare_proto(d->sym);
			else if (d->kind == N_FUNCDECL && d->sym && !d->body)
				declare_proto(d->sym);
		}
	}
	for (int i = 0; i < p->funcs.n; i++) {
		Func *fn = p->funcs.v[i];
		Sym *s = fn->sym;
		bool is_static = !library && !(s->name == name_main && !s->recv);
		emit_function(fn, func_cname(s), is_static);
	}
	for (int i = 0; i < p->funclits.n; i++)
		emit_funclit_code(p->funclits.v[i]);
	emit_pkg_init(p);
	if (!library) {
		Sym *m = scope_lookup_local(p->scope, name_main);
		if (m && m->kind == S_FUNC) {
			buf_printf(&E.descs, "\nint main(int argc, char **argv)\n{\n\treturn rt_main(argc, argv, %s__init, %s);\n}\n",
			           p->cprefix, func_cname(m));
		} else {
			/* a snippet with nothing to run */
			buf_printf(&E.descs, "\nint main(int argc, char **argv)\n{\n\treturn rt_main(argc, argv, %s__init, NULL);\n}\n",
			           p->cprefix);
		}
	}
	/* types only pointed to so far still need their definitions (a
	 * dereference needs a complete type); defining one may need more */
	for (bool more = true; more;) {
		more = false;
		for (int i = 0; i < E.typed.n; i++) {
			TypeName *tn = E.typed.v[i];
			if (tn->state == 0) {
				define_struct_like(tn);
				more = true;
			}
		}
	}
	F = NULL;
	Buf *parts[] = {&E.head, &E.fwd, &E.types, &E.decls, &E.globals, &E.aux, &E.funcs, &E.descs};
	const char *titles[] = {NULL, "types (forward)", "types", "declarations", "package variables",
	                        "closures, thunks and wrappers", "functions", "type descriptors and init"};
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (!parts[i]->len)
			continue;
		if (titles[i])
			buf_printf(outbuf, "\n/* ---- %s ---- */\n\n", titles[i]);
		buf_putn(outbuf, parts[i]->s, parts[i]->len);
	}
}
