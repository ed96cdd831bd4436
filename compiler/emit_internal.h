/*
 * emit_internal.h — shared state of the C emitter (emit.c, emit_expr.c,
 * emit_stmt.c).
 *
 * The output is assembled from sections, each a Buf, concatenated in this
 * order so that everything is declared before use:
 *   head     #include "rt.h"
 *   fwd      typedef struct X X;  for every struct-like type
 *   types    struct definitions, in by-value dependency order
 *   decls    descriptor and itab declarations, prototypes, externs
 *   globals  package variables
 *   aux      closure structs, go/defer thunks, wrappers, morestack paths
 *   funcs    function bodies
 *   descs    descriptor, method-table and itab definitions; init; main
 */
#ifndef EMIT_INTERNAL_H
#define EMIT_INTERNAL_H

#include "check_internal.h"

typedef struct Emitter {
	Program *prog;
	Pkg *pkg;
	bool library;
	Buf head, fwd, types, decls, globals, aux, funcs, descs;
	Vec typed;      /* TypeName*: struct-like types given C names */
	Vec descs_done; /* DescName*: descriptors declared */
	Vec itabs;      /* ItabName* */
	Vec protos;     /* const char*: functions declared */
	Vec fvwrappers; /* Sym*: function-value wrappers emitted */
	int counter;
} Emitter;

typedef struct Loop {
	Node *stmt;
	int id;
	bool is_loop;
	struct Loop *outer;
} Loop;

/* The function being emitted. */
typedef struct FnState {
	Func *fn;
	const char *cname;     /* its C name */
	Buf *out;
	int indent;
	int tmp;               /* temp counter */
	int label;             /* label counter */
	bool has_frame;        /* defer: an rt_frame named fr_ */
	bool is_closure;
	Vec locals_named;      /* const char* C names taken */
	Loop *loops;           /* innermost breakable statement */
	int64_t frame_bytes;   /* estimate, for the stack check */
	int inloop;            /* inside a for/range statement */
	bool loopcall;         /* a call inside a loop: reserve RT_LOOP_ROOM */
	const char *line_file; /* last #line emitted */
	int line;
} FnState;

extern Emitter E;
extern FnState *F;

/* emit.c */
const char *ctype(Type *t);
const char *cfunctype(Type *sig);      /* pointer to the C function of a func value */
const char *cresult(Type *sig);        /* C return type of a Go signature */
const char *desc(Type *t);             /* "&rt_T_..." ; declares it */
const char *itab_for(Type *iface, Type *concrete);
const char *func_cname(Sym *fn);
const char *global_cname(Sym *s);
const char *local_cname(Sym *s);
const char *fv_wrapper(Sym *fn);       /* func value of a declared function */
const char *zero_value(Type *t);
const char *cstring_lit(const char *s, int64_t n);
bool noscan(Type *t);
const char *new_tmp(void);
void declare_proto(Sym *fn);
void emit_funclit_code(Func *fn);
const char *closure_struct(Func *fn);
const char *method_ifn(Type *recv_type, Sym *m, Selection *sel);
const char *iface_method_fn(Type *t, const char *name, Selection *sel, Type *sig);
void emit_line(Node *n);
void out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void outl(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *mangle_ident(const char *name);

/* emit_expr.c */
const char *ex(Node *n);                     /* an rvalue of n's own type */
const char *ex_to(Node *n, Type *target);    /* converted to target (assignments) */
const char *convert_value(const char *v, Type *from, Type *to);
const char *ex_addr(Node *n);                /* address of an addressable n */
const char *ex_lvalue(Node *n);              /* an lvalue for n */
const char *ex_const(ConstVal *cv, Type *t);
const char *ex_call(Node *call, bool want_tuple);
const char *eface_of(const char *v, Type *t); /* value as interface{} */
const char *iface_of(const char *v, Type *from, Type *to);
const char *ex_eq(const char *a, const char *b, Type *t, bool neq);
bool has_call(Node *n);
const char *var_ref(Sym *s);
const char *funclit_value(Func *fn);

/* emit_stmt.c */
void emit_block(Node *b);
void emit_stmt(Node *s);
void emit_assign_value(Node *lhs, const char *value, Type *vt);

#endif
