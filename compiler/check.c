/*
 * check.c — the type checker: scopes, packages, declarations.
 * Expressions are in check_expr.c, statements in check_stmt.c.
 *
 * Design:
 *   - Scopes: universe ⊃ package ⊃ file (imports) ⊃ function ⊃ blocks.
 *     Each is a small hash table of interned names -> Sym.
 *   - Package-level objects are collected first, then resolved lazily on
 *     first use (Sym.state: 0 unresolved, 1 resolving, 2 done), so
 *     declarations may appear in any order; a cycle through state 1 is an
 *     "invalid recursive type" / "initialization cycle" error.
 *   - Standard-library packages are Go sources under LIBDIR/stdlib/PATH,
 *     parsed and checked on import like user code.  Body-less functions are
 *     bound to C (the emitter declares them extern).
 *   - Messages follow gc (Go 1.22's types2 wording where it differs from
 *     1.19, as SPEC.md targets Go 1.22).
 */
#include "check_internal.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

bool tc_strict;
const char *minigo_libdir; /* ROOT/lib/minigo, set by the driver */
Buf *tc_warnings;

Scope *universe;
static Vec all_pkgs;

/* ---- scopes ---- */

Scope *scope_new(Scope *parent, Func *func)
{
	Scope *s = xalloc(sizeof *s);
	s->parent = parent;
	s->func = func ? func : (parent ? parent->func : NULL);
	return s;
}

static size_t name_hash(const char *name) { return ((uintptr_t)name >> 4) * 2654435761u; }

Sym *scope_lookup_local(Scope *s, const char *name)
{
	if (!s->cap)
		return NULL;
	size_t j = name_hash(name) & (size_t)(s->cap - 1);
	while (s->tab[j]) {
		if (s->tab[j]->name == name)
			return s->tab[j];
		j = (j + 1) & (size_t)(s->cap - 1);
	}
	return NULL;
}

Sym *scope_lookup(Scope *s, const char *name, Scope **where)
{
	for (; s; s = s->parent) {
		Sym *sym = scope_lookup_local(s, name);
		if (sym) {
			if (where)
				*where = s;
			return sym;
		}
	}
	return NULL;
}

static void scope_grow(Scope *s)
{
	int ncap = s->cap ? s->cap * 2 : 8;
	Sym **nt = xalloc(sizeof(Sym *) * (size_t)ncap);
	for (int i = 0; i < s->cap; i++) {
		Sym *sym = s->tab[i];
		if (!sym)
			continue;
		size_t j = name_hash(sym->name) & (size_t)(ncap - 1);
		while (nt[j])
			j = (j + 1) & (size_t)(ncap - 1);
		nt[j] = sym;
	}
	s->tab = nt;
	s->cap = ncap;
}

/* Inserts sym; returns the previous symbol of that name in s, if any (and
 * then does not insert). */
Sym *scope_insert(Scope *s, Sym *sym)
{
	Sym *old = scope_lookup_local(s, sym->name);
	if (old)
		return old;
	if ((s->n + 1) * 2 > s->cap)
		scope_grow(s);
	size_t j = name_hash(sym->name) & (size_t)(s->cap - 1);
	while (s->tab[j])
		j = (j + 1) & (size_t)(s->cap - 1);
	s->tab[j] = sym;
	s->n++;
	vec_push(&s->order, sym);
	return NULL;
}

Sym *sym_new(SymKind kind, const char *name, Pos pos)
{
	static int ids;
	Sym *s = xalloc(sizeof *s);
	s->kind = kind;
	s->name = name;
	s->pos = pos;
	s->id = ++ids;
	return s;
}

/* ---- the universe ---- */

static void uni_type(const char *name, Type *t)
{
	Sym *s = sym_new(S_TYPE, intern0(name), (Pos){0});
	s->type = t;
	s->state = 2;
	s->used = true;
	scope_insert(universe, s);
}

static void uni_builtin(const char *name, Builtin b)
{
	Sym *s = sym_new(S_BUILTIN, intern0(name), (Pos){0});
	s->builtin = b;
	s->state = 2;
	scope_insert(universe, s);
}

static void uni_const(const char *name, Type *t, ConstVal cv)
{
	Sym *s = sym_new(S_CONST, intern0(name), (Pos){0});
	s->type = t;
	s->cv = xalloc(sizeof *s->cv);
	*s->cv = cv;
	s->state = 2;
	scope_insert(universe, s);
}

const char *name_iota, *name_blank, *name_init, *name_main, *name_underscore;

static void init_universe(void)
{
	ty_init();
	universe = scope_new(NULL, NULL);
	uni_type("bool", ty_bool);
	uni_type("int", ty_int);
	uni_type("int8", ty_int8);
	uni_type("int16", ty_int16);
	uni_type("int32", ty_int32);
	uni_type("int64", ty_int64);
	uni_type("uint", ty_uint);
	uni_type("uint8", ty_uint8);
	uni_type("uint16", ty_uint16);
	uni_type("uint32", ty_uint32);
	uni_type("uint64", ty_uint64);
	uni_type("uintptr", ty_uintptr);
	uni_type("float32", ty_float32);
	uni_type("float64", ty_float64);
	uni_type("complex64", ty_complex64);
	uni_type("complex128", ty_complex128);
	uni_type("string", ty_string);
	uni_type("byte", ty_byte);
	uni_type("rune", ty_rune);
	uni_type("error", ty_error);
	uni_type("any", ty_any);
	uni_const("true", ty_untyped_bool, (ConstVal){.kind = CV_BOOL, .b = true});
	uni_const("false", ty_untyped_bool, (ConstVal){.kind = CV_BOOL, .b = false});
	uni_const("iota", ty_untyped_int, (ConstVal){.kind = CV_INT, .i = 0});
	Sym *nil = sym_new(S_NIL, intern0("nil"), (Pos){0});
	nil->type = ty_untyped_nil;
	nil->state = 2;
	scope_insert(universe, nil);
	uni_builtin("append", B_APPEND);
	uni_builtin("cap", B_CAP);
	uni_builtin("clear", B_CLEAR);
	uni_builtin("close", B_CLOSE);
	uni_builtin("complex", B_COMPLEX);
	uni_builtin("copy", B_COPY);
	uni_builtin("delete", B_DELETE);
	uni_builtin("imag", B_IMAG);
	uni_builtin("len", B_LEN);
	uni_builtin("make", B_MAKE);
	uni_builtin("max", B_MAX);
	uni_builtin("min", B_MIN);
	uni_builtin("new", B_NEW);
	uni_builtin("panic", B_PANIC);
	uni_builtin("print", B_PRINT);
	uni_builtin("println", B_PRINTLN);
	uni_builtin("real", B_REAL);
	uni_builtin("recover", B_RECOVER);
	name_iota = intern0("iota");
	name_blank = intern0("_");
	name_init = intern0("init");
	name_main = intern0("main");
}

/* ---- packages ---- */

static Pkg *pkg_new(const char *path)
{
	Pkg *p = xalloc(sizeof *p);
	p->path = intern0(path);
	const char *slash = strrchr(path, '/');
	p->name = intern0(slash ? slash + 1 : path);
	char *pre = xstrdup(path);
	for (char *c = pre; *c; c++)
		if (*c == '/' || *c == '.' || *c == '-')
			*c = '_';
	p->cprefix = pre;
	p->scope = scope_new(universe, NULL);
	p->scope->pkg = p;
	return p;
}

Pkg *find_pkg(const char *path)
{
	for (int i = 0; i < all_pkgs.n; i++) {
		Pkg *p = all_pkgs.v[i];
		if (strcmp(p->path, path) == 0)
			return p;
	}
	return NULL;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads LIBDIR/stdlib/PATH/ (*.go); returns false if there is no such package. */
static bool load_std_files(Pkg *p)
{
	char *dir = xprintf("%s/stdlib/%s", minigo_libdir, p->path);
	DIR *d = opendir(dir);
	if (!d)
		return false;
	Vec names = {0};
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		if (n > 3 && strcmp(e->d_name + n - 3, ".go") == 0 && !strstr(e->d_name, "_test.go"))
			vec_push(&names, xstrdup(e->d_name));
	}
	closedir(d);
	if (names.n == 0)
		return false;
	qsort(names.v, (size_t)names.n, sizeof(void *), cmp_str);
	for (int i = 0; i < names.n; i++) {
		char *path = xprintf("%s/%s", dir, (char *)names.v[i]);
		size_t len;
		char *src = read_file(path, &len);
		if (!src)
			fatal("cannot read %s", path);
		int f = diag_add_file(xprintf("$MINIGO/stdlib/%s/%s", p->path, (char *)names.v[i]), src, len);
		vec_push(&p->files, ps_parse_file(f));
	}
	return true;
}

static void check_package(Pkg *p);

Pkg *tc_import(const char *path, Pos pos)
{
	Pkg *p = find_pkg(path);
	if (p) {
		if (!p->checked && p->files.n && !p->checking) {
			check_package(p);
		} else if (p->checking) {
			diag_error(pos, "import cycle not allowed");
		}
		return p;
	}
	p = pkg_new(path);
	p->is_std = true;
	vec_push(&all_pkgs, p);
	int errs = diag_errors;
	if (!load_std_files(p)) {
		diag_error(pos, "package %s is not in std", path);
		p->checked = true;
		return NULL;
	}
	if (diag_errors != errs)
		fatal("syntax errors in the standard library package %s", path);
	check_package(p);
	return p;
}

/* ---- collecting package-level declarations ---- */

static void declare_global(Pkg *p, Scope *file_scope, Sym *s)
{
	if (s->name == name_blank) {
		return;
	}
	if (s->kind == S_FUNC && s->name == name_init && !s->recv) {
		return; /* init functions are not declared */
	}
	if (s->kind == S_FUNC && s->name == name_main && strcmp(p->path, "main") == 0) {
		/* main must be a function without arguments and results: checked later */
	}
	Sym *old = scope_insert(p->scope, s);
	if (old) {
		diag_error(s->pos, "%s redeclared in this block\n\t%s: other declaration of %s", s->name,
		           diag_pos_str(old->pos), s->name);
		return;
	}
	Sym *imp = scope_lookup_local(file_scope, s->name);
	if (imp && imp->kind == S_PKG)
		diag_error(s->pos, "%s already declared through import of package %s", s->name,
		           imp->imported ? imp->imported->path : s->name);
}

static void collect_imports(Pkg *p, Node *file, Scope *fs)
{
	for (int i = 0; i < file->list.n; i++) {
		Node *gd = file->list.v[i];
		for (int j = 0; j < gd->list.n; j++) {
			Node *spec = gd->list.v[j];
			/* strip the quotes: import paths are plain here */
			const char *lit = spec->lit;
			size_t n = strlen(lit);
			char *path = xstrndup(lit + 1, n >= 2 ? n - 2 : 0);
			if (!*path) {
				diag_error(spec->pos, "invalid import path: %s", lit);
				continue;
			}
			Pkg *imp = tc_import(path, spec->pos);
			if (!imp)
				continue;
			vec_push(&p->imports, imp);
			const char *local = spec->name ? spec->name : imp->name;
			if (local == name_blank)
				continue;
			if (strcmp(local, ".") == 0) {
				/* dot import: all exported names into the file scope */
				Scope *ps = imp->scope;
				for (int k = 0; k < ps->order.n; k++) {
					Sym *s = ps->order.v[k];
					if (is_exported(s->name))
						scope_insert(fs, s);
				}
				continue;
			}
			Sym *s = sym_new(S_PKG, local, spec->pos);
			s->imported = imp;
			s->decl = spec;
			s->state = 2;
			Sym *old = scope_insert(fs, s);
			if (old)
				diag_error(spec->pos, "%s redeclared in this block", local);
			vec_push(&fs->imports, s);
		}
	}
}

static void collect_decls(Pkg *p, Node *file, Scope *fs)
{
	for (int i = 0; i < file->list2.n; i++) {
		Node *d = file->list2.v[i];
		if (d->kind == N_FUNCDECL) {
			Sym *s = sym_new(S_FUNC, d->name, d->pos2.line ? d->pos2 : d->pos);
			s->decl = d;
			s->pkg = p;
			s->global = true;
			s->file_scope = fs;
			d->sym = s;
			/* gc: a method's missing body at its receiver's '(' */
			if (!d->body && !p->is_std)
				diag_error(d->x && d->x->pos2.line ? d->x->pos2 : s->pos, "missing function body");
			if (d->x) {
				vec_push(&p->methods_pending, s);
				continue;
			}
			if (d->name == name_init) {
				if (d->y->list.n || d->y->list2.n)
					diag_error(s->pos, "func init must have no arguments and no return values");
				vec_push(&p->init_syms, s);
			}
			if (d->name == name_main && strcmp(p->path, "main") == 0 &&
			    (d->y->list.n || d->y->list2.n))
				diag_error(s->pos, "func main must have no arguments and no return values");
			declare_global(p, fs, s);
			continue;
		}
		if (d->kind != N_GENDECL)
			continue;
		Node *prev = NULL;
		for (int j = 0; j < d->list.n; j++) {
			Node *spec = d->list.v[j];
			if (d->op == KW_CONST) {
				/* an empty spec repeats the previous one's type and values */
				if (spec->list2.n || spec->y)
					prev = spec;
				else if (prev)
					spec->w = prev;
			}
			if (d->op == KW_TYPE) {
				Sym *s = sym_new(S_TYPE, spec->name, spec->pos);
				s->decl = spec;
				s->pkg = p;
				s->global = true;
				s->file_scope = fs;
				spec->sym = s;
				declare_global(p, fs, s);
				continue;
			}
			/* const or var */
			for (int k = 0; k < spec->list.n; k++) {
				Node *id = spec->list.v[k];
				if (id->name == name_init) {
					diag_error(id->pos, "cannot declare init - must be func");
					continue;
				}
				Sym *s = sym_new(d->op == KW_CONST ? S_CONST : S_VAR, id->name, id->pos);
				s->decl = spec;
				s->decl_index = k;
				s->pkg = p;
				s->global = true;
				s->file_scope = fs;
				id->sym = s;
				declare_global(p, fs, s);
				if (d->op == KW_VAR)
					vec_push(&p->var_syms, s);
			}
		}
	}
}

/* ---- resolving package-level objects ---- */

void resolve_global(Sym *s)
{
	if (s->state == 2)
		return;
	if (s->state == 1) {
		if (s->kind == S_TYPE)
			return; /* handled by the type resolver (named types may recurse) */
		if (s->kind == S_CONST || s->kind == S_VAR) {
			diag_error(s->pos, "initialization cycle or invalid recursive reference to %s", s->name);
			s->type = ty_invalid;
			s->state = 2;
		}
		return;
	}
	s->state = 1;
	Checker save = cur;
	memset(&cur, 0, sizeof cur);
	cur.pkg = s->pkg;
	cur.scope = s->file_scope;
	cur.global_init = s;
	switch (s->kind) {
	case S_TYPE:
		resolve_typedecl(s);
		break;
	case S_CONST:
		resolve_const_spec(s->decl, s->file_scope, true);
		break;
	case S_VAR:
		resolve_global_var(s);
		break;
	case S_FUNC:
		resolve_func_sig(s);
		break;
	default:
		break;
	}
	cur = save;
	s->state = 2;
}

/* Receivers: `func (r T) M()` or `func (r *T) M()` with T a named type of
 * this package, not a pointer or interface. */
static void attach_method(Pkg *p, Sym *m)
{
	Node *d = m->decl;
	Node *recv = d->x;
	Node *tn = recv->y;
	bool ptr = false;
	while (tn && tn->kind == N_PAREN)
		tn = tn->x;
	if (tn && tn->kind == N_STAR) {
		ptr = true;
		tn = tn->x;
		while (tn && tn->kind == N_PAREN)
			tn = tn->x;
	}
	if (!tn || tn->kind != N_IDENT) {
		diag_error(recv->pos, "invalid receiver type %s", recv->y ? expr_str(recv->y) : "");
		return;
	}
	Sym *ts = scope_lookup(m->file_scope, tn->name, NULL);
	if (!ts) {
		diag_error(tn->pos, "undefined: %s", tn->name);
		return;
	}
	if (ts->kind != S_TYPE) {
		diag_error(tn->pos, "%s is not a type", tn->name);
		return;
	}
	resolve_global(ts);
	Type *base = ts->type;
	if (!base || base->kind != TY_NAMED || base->pkg != p) {
		diag_error(recv->pos, "cannot define new methods on non-local type %s", ty_str(base));
		return;
	}
	Type *u = ty_under(base);
	if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
		diag_error(recv->pos, "invalid receiver type %s (pointer or interface type)", tn->name);
		return;
	}
	tn->sym = ts;
	tn->type = base;
	ts->used = true;
	m->recv_base = base;
	m->ptr_recv = ptr;
	m->recv = ptr ? ty_pointer(base) : base;
	if (m->name != name_blank) {
		for (int i = 0; i < base->methods.n; i++) {
			Sym *o = base->methods.v[i];
			if (o->name == m->name) {
				diag_error(m->pos, "method %s.%s already declared at %s", base->name, m->name,
				           diag_pos_str(o->pos));
				return;
			}
		}
		if (u->kind == TY_STRUCT) {
			for (int i = 0; i < u->fields.n; i++) {
				Field *f = u->fields.v[i];
				if (f->name == m->name) {
					diag_error(m->pos, "field and method with the same name %s", m->name);
					return;
				}
			}
		}
		vec_push(&base->methods, m);
	}
}

static void check_unused_imports(Pkg *p)
{
	for (int i = 0; i < p->file_scopes.n; i++) {
		Scope *fs = p->file_scopes.v[i];
		for (int j = 0; j < fs->imports.n; j++) {
			Sym *s = fs->imports.v[j];
			if (s->used)
				continue;
			Node *spec = s->decl;
			if (spec->name)
				report_unused(spec->pos, xprintf("%s imported as %s and not used", spec->lit, s->name));
			else
				report_unused(spec->pos, xprintf("%s imported and not used", spec->lit));
		}
	}
}

/* Unused variables and imports: errors with -strict (as go does),
 * warnings otherwise (SPEC.md). */
typedef struct Warning {
	Pos pos;
	const char *msg;
	int seq;
} Warning;
static Vec pending_warnings;

void report_unused(Pos pos, const char *msg)
{
	if (tc_strict || cur.pkg_is_std) {
		diag_error(pos, "%s", msg);
		return;
	}
	/* kept, then written sorted by position (as gc sorts its errors) */
	Warning *w = xalloc(sizeof *w);
	w->pos = pos;
	w->msg = msg;
	w->seq = pending_warnings.n;
	vec_push(&pending_warnings, w);
}

static int warning_cmp(const void *a, const void *b)
{
	const Warning *x = *(Warning *const *)a, *y = *(Warning *const *)b;
	if (x->pos.file != y->pos.file)
		return x->pos.file - y->pos.file;
	if (x->pos.line != y->pos.line)
		return x->pos.line - y->pos.line;
	if (x->pos.col != y->pos.col)
		return x->pos.col - y->pos.col;
	return x->seq - y->seq;
}

static void flush_warnings(void)
{
	if (pending_warnings.n > 1)
		qsort(pending_warnings.v, (size_t)pending_warnings.n, sizeof(void *), warning_cmp);
	for (int i = 0; i < pending_warnings.n; i++) {
		Warning *w = pending_warnings.v[i];
		if (tc_warnings)
			buf_printf(tc_warnings, "%s: %s\n", diag_pos_str(w->pos), w->msg);
	}
	pending_warnings.n = 0;
}

static void check_package(Pkg *p)
{
	if (p->checked || p->checking)
		return;
	p->checking = true;
	Pkg *saved_local = ty_local_pkg;
	ty_local_pkg = p;
	for (int i = 0; i < p->files.n; i++) {
		Node *f = p->files.v[i];
		Scope *fs = scope_new(p->scope, NULL);
		fs->pkg = p;
		fs->is_file = true;
		vec_push(&p->file_scopes, fs);
		if (f->name && p->name != f->name && strcmp(p->path, "main") == 0 && strcmp(f->name, "main") != 0) {
			diag_error(f->pos, "package %s is not a main package", f->name);
		}
		collect_imports(p, f, fs);
	}
	ty_local_pkg = p;
	for (int i = 0; i < p->files.n; i++)
		collect_decls(p, p->files.v[i], p->file_scopes.v[i]);
	/* Type declarations first, then methods (receivers need the types),
	 * then everything else. */
	for (int i = 0; i < p->scope->order.n; i++) {
		Sym *s = p->scope->order.v[i];
		if (s->kind == S_TYPE)
			resolve_global(s);
	}
	for (int i = 0; i < p->methods_pending.n; i++)
		attach_method(p, p->methods_pending.v[i]);
	for (int i = 0; i < p->methods_pending.n; i++) {
		Sym *m = p->methods_pending.v[i];
		if (m->recv_base)
			resolve_global(m);
	}
	for (int i = 0; i < p->scope->order.n; i++)
		resolve_global(p->scope->order.v[i]);
	/* blank package variables are in no scope, but their initializers run */
	for (int i = 0; i < p->var_syms.n; i++)
		resolve_global(p->var_syms.v[i]);
	for (int i = 0; i < p->init_syms.n; i++)
		resolve_global(p->init_syms.v[i]);
	/* Bodies. */
	for (int i = 0; i < p->files.n; i++) {
		Node *f = p->files.v[i];
		for (int j = 0; j < f->list2.n; j++) {
			Node *d = f->list2.v[j];
			if (d->kind == N_FUNCDECL && d->sym && d->body)
				check_func_body(p, d->sym);
		}
	}
	order_globals(p);
	if (!p->is_std || true) {
		Checker save = cur;
		cur.pkg_is_std = p->is_std;
		check_unused_imports(p);
		cur = save;
	}
	if (strcmp(p->path, "main") == 0) {
		Sym *m = scope_lookup_local(p->scope, name_main);
		if (!m || m->kind != S_FUNC) {
			if (!p->is_snippet)
				diag_error((Pos){.file = p->first_file, .line = 0}, "function main is undeclared in the main package");
		}
	}
	ty_local_pkg = saved_local;
	if (strcmp(p->path, "sync/atomic") == 0)
		generic_declare(p); /* atomic.Pointer[T] */
	p->checking = false;
	p->checked = true;
}

static void setup(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	init_universe();
}

Program *tc_check_main(Vec *files)
{
	setup();
	Pkg *p = pkg_new("main");
	vec_push(&all_pkgs, p);
	for (int i = 0; i < files->n; i++) {
		Node *f = files->v[i];
		if (!f->name)
			p->is_snippet = true;
		vec_push(&p->files, f);
	}
	if (files->n)
		p->first_file = ((Node *)files->v[0])->pos.file;
	if (p->is_snippet)
		snippet_prepare(p);
	check_package(p);
	flush_warnings();
	if (p->is_snippet)
		snippet_report(p); /* after the warnings: "nothing to run" */
	if (diag_errors)
		return NULL;
	Program *prog = xalloc(sizeof *prog);
	prog->main = p;
	Sym *m = scope_lookup_local(p->scope, name_main);
	prog->runnable = m && m->kind == S_FUNC;
	for (int i = 0; i < all_pkgs.n; i++)
		vec_push(&prog->pkgs, all_pkgs.v[i]);
	return prog;
}

Program *tc_check_library(const char *path)
{
	setup();
	Pkg *p = tc_import(path, (Pos){0});
	if (!p || diag_errors)
		return NULL;
	Program *prog = xalloc(sizeof *prog);
	prog->main = p;
	prog->library = true;
	for (int i = 0; i < all_pkgs.n; i++)
		vec_push(&prog->pkgs, all_pkgs.v[i]);
	return prog;
}

bool is_exported(const char *name)
{
	unsigned char c = (unsigned char)name[0];
	if (c >= 'A' && c <= 'Z')
		return true;
	if (c < 0x80)
		return false;
	/* Unicode upper case letters: a small decoder for the common ranges. */
	uint32_t r = 0;
	const unsigned char *s = (const unsigned char *)name;
	if ((s[0] & 0xe0) == 0xc0)
		r = ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
	else if ((s[0] & 0xf0) == 0xe0)
		r = ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
	if (r >= 0xc0 && r <= 0xde && r != 0xd7)
		return true;
	if (r >= 0x391 && r <= 0x3a9)
		return true;
	if (r >= 0x410 && r <= 0x42f)
		return true;
	return false;
}
