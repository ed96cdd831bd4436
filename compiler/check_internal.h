/*
 * check_internal.h — shared between check.c, check_expr.c, check_stmt.c,
 * check_decl.c and snippet.c; not seen by the emitter.
 */
#ifndef CHECK_INTERNAL_H
#define CHECK_INTERNAL_H

#include "check.h"

typedef struct Scope {
	struct Scope *parent;
	Func *func;     /* function the scope belongs to (NULL: package level) */
	Pkg *pkg;
	Sym **tab;
	int cap, n;
	Vec order;      /* symbols in insertion order */
	bool is_file;
	Vec imports;    /* file scopes: S_PKG symbols, for "imported and not used" */
	bool is_func;   /* the outermost scope of a function body */
} Scope;

/* Operand modes (Node.mode). */
enum {
	MODE_INVALID = 0,
	MODE_VOID,      /* a call without results */
	MODE_VALUE,     /* a computed value */
	MODE_VAR,       /* an addressable variable */
	MODE_MAPINDEX,  /* m[k]: assignable, not addressable, has comma-ok */
	MODE_CONST,     /* a constant (Node.cv) */
	MODE_TYPE,      /* a type */
	MODE_BUILTIN,   /* a built-in function name */
	MODE_PKG,       /* a package name */
	MODE_COMMAOK,   /* x.(T), <-c: a value with an optional ok */
	MODE_NIL,
	MODE_FUNC,      /* a declared function name (a value, not addressable) */
};

typedef struct Checker {
	Pkg *pkg;
	Scope *scope;
	Func *func;
	Sym *global_init;     /* the package-level object being resolved */
	bool pkg_is_std;
	bool in_const;
	ConstVal iota;        /* current iota (in a const spec) */
	bool has_iota;
	int loop_depth;       /* for break/continue */
	int switch_depth;     /* for break */
	int select_depth;
	Vec labels;           /* Sym* S_LABEL of the current function */
	bool in_typeswitch;
} Checker;

extern Checker cur;
extern Scope *universe;
extern const char *name_iota, *name_blank, *name_init, *name_main;

/* check.c */
Scope *scope_new(Scope *parent, Func *func);
Sym *scope_lookup(Scope *s, const char *name, Scope **where);
Sym *scope_lookup_local(Scope *s, const char *name);
Sym *scope_insert(Scope *s, Sym *sym);
Sym *sym_new(SymKind kind, const char *name, Pos pos);
void resolve_global(Sym *s);
void report_unused(Pos pos, const char *msg);
bool is_exported(const char *name);
Pkg *find_pkg(const char *path);

/* check_decl.c */
void resolve_typedecl(Sym *s);
void resolve_const_spec(Node *spec, Scope *scope, bool global);
void resolve_global_var(Sym *s);
void resolve_func_sig(Sym *s);
void check_func_body(Pkg *p, Sym *fn);
void order_globals(Pkg *p);
Type *resolve_type(Node *n);
Type *func_type_of(Node *ftype, Vec *param_syms, Vec *result_syms, Scope *scope);
void declare_local_consts(Node *gendecl);
void declare_local_types(Node *gendecl);
void declare_local_vars(Node *gendecl);
void note_dep(Sym *s);

/* check_expr.c */
Type *check_expr(Node *n, Type *hint);     /* value (or type, for conversions) */
Type *check_expr_or_type(Node *n);
void check_value(Node *n);                 /* must be a single value */
Type *check_rvalue(Node *n, Type *target, const char *context); /* check + assign to target */
bool assignable(Node *x, Type *target, const char *context);
void convert_untyped(Node *n, Type *target);
void default_untyped(Node *n);
bool is_const(Node *n);
const char *describe(Node *n);             /* "x (variable of type int)" */
const char *expr_str(Node *n);             /* source-like text of an expression */
void mark_used(Sym *s);
Sym *lookup_ident(Node *id);
void check_call_stmt(Node *call, const char *what); /* go/defer operand */
bool representable(ConstVal *cv, Type *t, ConstVal *out);
void cv_to_float(ConstVal *cv);
ConstVal *cv_copy(const ConstVal *cv);
int cv_int_cmp(const ConstVal *a, const ConstVal *b);
void cv_int_arith(Op op, const ConstVal *a, const ConstVal *b, ConstVal *r);
void cv_int_shift(const ConstVal *x, uint64_t s, bool left, ConstVal *r);
void cv_int_neg(const ConstVal *x, ConstVal *r);
void cv_int_not(const ConstVal *x, ConstVal *r);
bool cv_int_parse(ConstVal *cv, const char *digits, int base);
const char *cv_str(ConstVal *cv);
Type *tuple_or_single(Type *sig);

void check_body(Func *fn, Node *body);

/* check_stmt.c */
void collect_labels(Node *body);
int targets_save(void);
void check_gotos(Node *body);
void targets_restore(int n);
void check_labels_used(void);
void check_block(Node *block, bool new_scope);
void check_stmt(Node *s);
bool is_terminating(Node *s, const char *label);

/* check_generic.c: atomic.Pointer[T] */
void generic_declare(Pkg *atomic);
bool generic_misused(Node *n, bool as_type);
Type *generic_instantiate(Node *n);

/* snippet.c */
void snippet_prepare(Pkg *p);
Sym *snippet_autoimport(const char *name, Pos pos);
void snippet_report(Pkg *p);

#endif
