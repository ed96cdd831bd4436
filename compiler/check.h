/*
 * check.h — types, symbols and packages: what the checker (tc_) computes
 * and the emitter (ce_) reads.  The emitter never guesses a type: every
 * expression node carries its type (Node.type) and, for constants, its
 * value (Node.cv); every identifier its symbol (Node.sym).
 */
#ifndef CHECK_H
#define CHECK_H

#include "ast.h"

/* ---- types (types.c) ---- */

typedef enum TypeKind {
	TY_INVALID = 0,
	/* basic, in rt_kind order */
	TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
	TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
	TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128,
	TY_STRING, TY_UNSAFEPTR,
	/* untyped constants and nil */
	TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
	TY_UNTYPED_STRING, TY_UNTYPED_NIL,
	/* composite */
	TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
	TY_MAP, TY_CHAN,
	TY_NAMED, /* a defined type: name, pkg, underlying, methods */
	TY_TUPLE, /* results of a multi-value call */
} TypeKind;

typedef struct Type Type;
typedef struct Sym Sym;
typedef struct Pkg Pkg;

typedef struct Field {
	const char *name; /* embedded: the type's name */
	Type *type;
	bool embedded;
	Pos pos;
	Pkg *pkg;         /* where the struct type was written */
} Field;

/* An interface method. */
typedef struct IMethod {
	const char *name;
	Type *sig; /* TY_FUNC without receiver */
	Pkg *pkg;  /* for unexported names */
} IMethod;

struct Type {
	TypeKind kind;
	Type *elem;    /* array, slice, pointer, map value, chan */
	Type *key;     /* map */
	int64_t len;   /* array */
	int dir;       /* chan: CHAN_BOTH/CHAN_SEND/CHAN_RECV (ast.h Op) */
	Vec fields;    /* struct: Field*; tuple: Type* */
	Vec params;    /* func: Type* */
	Vec results;   /* func: Type* */
	Vec pnames, rnames; /* func: the names of params/results (const char *, NULL when
	                     * unnamed) as declared; only messages show them (types2) */
	bool variadic; /* func: the last param is a slice ...T */
	Vec imethods;  /* interface: IMethod*, complete (embedded included), sorted by name */
	Vec embeds;    /* interface: embedded types (during construction) */
	bool complete; /* interface method set computed */

	/* TY_NAMED */
	const char *name;
	Pkg *pkg;
	Type *underlying;
	Vec methods;   /* Sym* (S_FUNC with a receiver), in declaration order */
	Sym *sym;      /* the type name */
	int state;     /* 0 new, 1 resolving, 2 done: cycle detection */
	/* atomic.Pointer, the one generic type (check_generic.c) */
	bool generic;  /* the uninstantiated atomic.Pointer[T any] */
	Type *targ;    /* an instance atomic.Pointer[targ] */

	/* emitter caches */
	const char *cname;  /* C type */
	const char *rtname; /* C symbol of its rt_type */
	int emitted;
	int64_t size, align;
	int local_id;       /* types declared inside functions: a unique number */
};

extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
	*ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
	*ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
	*ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
	*ty_untyped_float, *ty_untyped_string, *ty_untyped_nil, *ty_invalid,
	*ty_any, *ty_error, *ty_byte, *ty_rune;

void ty_init(void);
Type *ty_new(TypeKind kind);
Type *ty_under(Type *t);           /* underlying type */
Type *ty_slice(Type *elem);
Type *ty_pointer(Type *elem);      /* canonical: one *T per T */
Type *ty_array(Type *elem, int64_t len);
Type *ty_map(Type *key, Type *elem);
Type *ty_chan(Type *elem, int dir);
Type *ty_tuple(Vec *types);
bool ty_identical(Type *a, Type *b);
bool ty_is_basic(Type *t);
bool ty_is_untyped(Type *t);
bool ty_is_integer(Type *t);
bool ty_is_unsigned(Type *t);
bool ty_is_float(Type *t);
bool ty_is_numeric(Type *t);
bool ty_is_string(Type *t);
bool ty_is_bool(Type *t);
bool ty_is_interface(Type *t);
bool ty_is_empty_interface(Type *t);
bool ty_comparable(Type *t);
bool ty_has_pointers(Type *t);
Type *ty_default(Type *t);         /* untyped -> default type */
/* Go's spelling of a type as gc prints it in messages ("[]int",
 * "main.Point", "func(int) string"); qualify: prefix named types with their
 * package name (messages do for other packages; %T always does). */
extern Pkg *ty_local_pkg;      /* messages leave its types unqualified */
const char *ty_str(Type *t);
const char *ty_str_qual(Type *t);  /* always qualified, as %T */
bool is_exported(const char *name); /* check.c */
int64_t ty_size(Type *t);
int64_t ty_align(Type *t);
void ty_complete_interface(Type *t);
/* Method lookup through embedding: finds field or method `name` of type t.
 * Returns the symbol (method) or field; path receives the indices of the
 * embedded fields traversed; *indirect is set when a pointer was followed. */
typedef struct Selection {
	enum { SEL_NONE, SEL_FIELD, SEL_METHOD, SEL_AMBIGUOUS } kind;
	Field *field;
	int field_index;
	Sym *method;
	Type *recv_base;   /* the named type declaring the method */
	int path[16];      /* embedded field indices, outermost first */
	Type *path_types[16]; /* the struct type (maybe pointer) at each step */
	int depth;
	bool indirect;     /* a pointer was dereferenced on the path */
} Selection;
Selection ty_lookup(Type *t, const char *name, Pkg *from);
/* Does t implement interface iface?  If not, *missing is the method name and
 * *wrongptr is set when the method exists with a pointer receiver only. */
bool ty_implements(Type *t, Type *iface, const char **missing, bool *wrongptr);

/* ---- constants (const.c) ---- */

typedef enum CVKind { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } CVKind;
/* An integer beyond ±(2^127-1): sign and magnitude in 64-bit limbs, least
 * significant first.  Constants keep at most 512 bits (gc's precision); the
 * limbs leave room for a 512 x 512-bit product before that check. */
#define BIG_LIMBS 17
typedef struct BigInt {
	bool neg;
	uint64_t m[BIG_LIMBS];
} BigInt;
typedef struct ConstVal {
	CVKind kind;
	bool b;
	__int128 i;     /* CV_INT: the value when |v| <= 2^127-1; else ±(2^127-1) */
	const BigInt *big; /* CV_INT: the exact value when |v| > 2^127-1 (else NULL) */
	long double f;  /* CV_FLOAT */
	const char *s;  /* CV_STRING: bytes (may contain NUL) */
	int64_t slen;
	bool overflow;  /* an integer result needed more than 512 bits */
} ConstVal;

/* ---- symbols and packages ---- */

typedef enum SymKind {
	S_BAD, S_VAR, S_CONST, S_TYPE, S_FUNC, S_PKG, S_BUILTIN, S_NIL, S_LABEL,
} SymKind;

typedef enum Builtin {
	B_NONE, B_APPEND, B_CAP, B_CLEAR, B_CLOSE, B_COMPLEX, B_COPY, B_DELETE,
	B_IMAG, B_LEN, B_MAKE, B_MAX, B_MIN, B_NEW, B_PANIC, B_PRINT, B_PRINTLN,
	B_REAL, B_RECOVER,
} Builtin;

typedef struct Func Func;

struct Sym {
	SymKind kind;
	const char *name;
	Type *type;
	Pos pos;
	Pkg *pkg;
	Node *decl;          /* declaring node (spec, funcdecl, field...) */
	ConstVal *cv;        /* constants */
	Builtin builtin;
	Pkg *imported;       /* S_PKG */
	int state;           /* 0 unresolved, 1 resolving, 2 resolved */
	bool global;         /* package-level */
	bool used;
	bool captured;       /* referenced from a function literal */
	bool addrtaken;      /* &x, or a method call with pointer receiver */
	bool heap;           /* lives in a heap cell (captured/addrtaken) */
	bool is_param;
	bool is_result;
	bool loopvar;        /* a for-loop variable (per-iteration) */
	Type *recv;          /* methods: receiver type (T or *T) */
	Type *recv_base;     /* methods: the named type */
	bool ptr_recv;
	Func *func;          /* S_FUNC: its body info; S_VAR: the function owning it */
	Sym *next_in_scope;
	const char *cname;   /* emitter */
	int id;
	struct Scope *file_scope; /* package-level objects: where their names resolve */
	int decl_index;      /* index of the name in its value spec */
	Vec deps;            /* package-level objects referenced (init order) */
	bool inited;         /* init-order walk */
};

struct Pkg {
	const char *path;    /* "main", "fmt", "math/rand" */
	const char *name;    /* "main", "fmt", "rand" */
	const char *cprefix; /* "main", "fmt", "math_rand" */
	struct Scope *scope;
	Vec files;           /* N_FILE */
	Vec funcs;           /* Func* with bodies, in order */
	Vec globals;         /* Sym* of package-level vars, in initialization order */
	Vec inits;           /* Func* of init functions */
	Vec types;           /* named types declared, in order */
	Vec imports;         /* Pkg* */
	bool checked;
	bool checking;
	bool is_std;
	bool is_snippet;
	int first_file;
	Vec methods_pending; /* Sym* of methods until receivers resolve */
	Vec init_syms;       /* Sym* of init functions */
	Vec var_syms;        /* Sym* of package-level vars in source order */
	Vec file_scopes;     /* struct Scope* per file */
	int local_types;     /* count of function-local named types */
	Vec funclits;        /* Func* of function literals, in order */
};

/* A function body being compiled (declared function or function literal). */
struct Func {
	Sym *sym;            /* NULL for literals */
	Node *decl;          /* N_FUNCDECL or N_FUNCLIT */
	Type *sig;
	Func *outer;         /* enclosing function of a literal */
	Vec params;          /* Sym* (receiver first for methods) */
	Vec results;         /* Sym* (named or synthesized) */
	Vec captures;        /* Sym* captured from enclosing functions (literals) */
	Vec locals;          /* Sym* */
	bool has_defer;
	bool has_recover;
	bool named_results;
	Pkg *pkg;
	const char *cname;
	int id;
	bool emitted;        /* emitter */
	bool cv_emitted;     /* emitter: static closure of a capture-free literal */
	int nlits;           /* emitter: literals numbered inside it */
};

typedef struct Program {
	Pkg *main;           /* the package to emit (main, or a library package) */
	Vec pkgs;            /* all packages, dependencies first */
	bool library;        /* translate -lib */
	bool runnable;       /* has a func main (a snippet may have none) */
} Program;

/* ---- the checker (check.c ...) ---- */

extern bool tc_strict;     /* unused imports/vars are errors (else warnings) */
extern Buf *tc_warnings;   /* where warnings are collected */
extern const char *minigo_libdir;

Program *tc_check_main(Vec *files);
Program *tc_check_library(const char *path);
Pkg *tc_import(const char *path, Pos pos);

/* ---- the emitter (emit.c) ---- */

void ce_emit_program(Program *prog, Buf *out, bool library);

/* ---- the parser (parser.y) ---- */

Node *ps_parse_file(int file);

#endif
