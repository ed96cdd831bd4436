/*
 * ast.h — the syntax tree the parser builds and the checker annotates.
 *
 * One node type for everything (chibicc's habit): a kind, a position, a few
 * generic child slots whose meaning depends on the kind (listed below per
 * kind), and the checker's annotations.  Types are parsed as expressions and
 * share the node type (as gc's grammar does): the checker decides whether an
 * expression denotes a type or a value.
 *
 * Positions follow cmd/compile/internal/syntax, so that messages point where
 * gc points:
 *   - binary expression: the operator; unary: the operator
 *   - call: the '('; index and slice: the '['; selector: the '.'
 *     (the checker finds the start of an expression with ast_start_pos)
 *   - composite literal: the '{' ; key: value: the ':'
 *   - type assertion: the '.'
 *   - everything else: its first token
 * pos2, where the parser sets it (added by the parser's author):
 *   - N_ASSIGN, N_INCDEC, N_SEND: the operator (gc's position for them)
 *   - N_BLOCK: the closing '}'
 *   - N_SELECTOR: the selected name;  N_BRANCH: the label
 *   - N_FUNCDECL: the name (pos is the "func" keyword)
 *   - N_IMPORTSPEC: the path;  N_FILE: the package name
 *   - N_FUNCTYPE: the '(' of its parameters (gc's position for a type)
 *
 * Field use per kind ("list" and "list2" are Vec of Node*):
 *
 * Expressions
 *   N_IDENT       name                          (the blank "_" is an ident too)
 *   N_BASICLIT    op = LIT_INT/LIT_FLOAT/LIT_IMAG/LIT_RUNE/LIT_STRING, lit = source text
 *   N_COMPOSITE   x = type (NULL when elided inside an outer literal),
 *                 list = elements (N_KEYVALUE or plain expressions); pos2 = the closing '}'
 *   N_KEYVALUE    x = key, y = value
 *   N_FUNCLIT     x = N_FUNCTYPE, body = N_BLOCK
 *   N_PAREN       x
 *   N_SELECTOR    x . name
 *   N_INDEX       x [ y ]
 *   N_SLICE       x [ y : z : w ]  (each of y, z, w may be NULL); flag = 3-index form
 *   N_TYPEASSERT  x . ( y )  ; y == NULL for x.(type) (only in type switches)
 *   N_CALL        x ( list )  ; flag = last argument has "..."
 *   N_STAR        * x   (dereference or pointer type)
 *   N_UNARY       op x  (OP_ADD OP_SUB OP_NOT OP_XOR OP_AND(&x) OP_ARROW(<-x))
 *   N_BINARY      x op y
 *
 * Types (parsed where an expression could stand, or in type context)
 *   N_ARRAYTYPE   [ x ] y     x == NULL: slice type; x is N_ELLIPSIS: [...]T
 *   N_MAPTYPE     map [ x ] y
 *   N_CHANTYPE    chan x; op = CHAN_BOTH, CHAN_SEND (chan<- T), CHAN_RECV (<-chan T)
 *   N_FUNCTYPE    list = parameters (N_FIELD), list2 = results (N_FIELD)
 *   N_STRUCTTYPE  list = fields (N_FIELD; an embedded field has no names)
 *   N_INTERFACETYPE list = N_FIELD: a method has one name and y = N_FUNCTYPE,
 *                 an embedded interface has no names and y = the type
 *   N_ELLIPSIS    ... x  (variadic parameter type; x may be NULL in [...]T)
 *   N_FIELD       list = names (N_IDENT; may be empty), y = type,
 *                 lit = struct tag text or NULL (tags are parsed, then refused
 *                 by the checker as SPEC.md excludes them)
 *
 * Statements
 *   N_EMPTY
 *   N_BLOCK       list = statements; pos2 = position of the closing '}'
 *   N_DECLSTMT    x = N_GENDECL
 *   N_LABELED     name = label, x = statement
 *   N_EXPRSTMT    x
 *   N_SEND        x <- y
 *   N_INCDEC      x; op = OP_INC or OP_DEC
 *   N_ASSIGN      list = left side, list2 = right side;
 *                 op = OP_ASSIGN (=), OP_DEFINE (:=), or the binary operator
 *                 of an op= form (OP_ADD for +=, ...)
 *   N_GO          x = call expression
 *   N_DEFER       x = call expression
 *   N_RETURN      list = results
 *   N_BRANCH      op = OP_BREAK/OP_CONTINUE/OP_GOTO/OP_FALLTHROUGH, name = label or NULL
 *   N_IF          init, cond, body (N_BLOCK), els (N_IF, N_BLOCK or NULL)
 *   N_CASECLAUSE  list = expressions (types in a type switch); list empty
 *                 and flag = 1 for "default"; list2 = statements
 *   N_SWITCH      init, x = tag (or NULL), body = N_BLOCK of N_CASECLAUSE
 *   N_TYPESWITCH  init, x = the guard: N_ASSIGN (v := y.(type)) or
 *                 N_EXPRSTMT (y.(type)); body = N_BLOCK of N_CASECLAUSE
 *   N_COMMCLAUSE  x = N_SEND, N_EXPRSTMT (<-c) or N_ASSIGN (v, ok := <-c);
 *                 x == NULL and flag = 1 for "default"; list2 = statements
 *   N_SELECT      body = N_BLOCK of N_COMMCLAUSE
 *   N_FOR         init, cond, post (any may be NULL), body
 *   N_RANGE       x = key (or NULL), y = value (or NULL), z = range expression,
 *                 op = OP_DEFINE, OP_ASSIGN or 0 ("for range x"), body
 *
 * Declarations
 *   N_IMPORTSPEC  name = local name or NULL ("." and "_" are names too),
 *                 lit = path as written (with quotes)
 *   N_VALUESPEC   list = names (N_IDENT), y = type or NULL, list2 = values;
 *                 aux = iota (index of the spec in its const group)
 *   N_TYPESPEC    name, y = type; flag = alias (type A = B)
 *   N_GENDECL     op = KW_IMPORT/KW_CONST/KW_VAR/KW_TYPE, list = specs;
 *                 flag = grouped with parentheses
 *   N_FUNCDECL    name, x = receiver (N_FIELD or NULL; its pos2 = the receiver
 *                 list's '('), y = N_FUNCTYPE,
 *                 body = N_BLOCK or NULL (body-less: bound to C)
 *   N_FILE        name = package name (NULL in a snippet), list = imports
 *                 (N_GENDECL), list2 = other top-level declarations in order;
 *                 in a snippet, top-level statements appear in list2 too
 *                 (as statements), in source order
 */
#ifndef AST_H
#define AST_H

#include "minigo.h"

typedef enum NodeKind {
	N_BAD = 0,
	/* expressions */
	N_IDENT, N_BASICLIT, N_COMPOSITE, N_KEYVALUE, N_FUNCLIT, N_PAREN,
	N_SELECTOR, N_INDEX, N_SLICE, N_TYPEASSERT, N_CALL, N_STAR, N_UNARY,
	N_BINARY,
	/* types */
	N_ARRAYTYPE, N_MAPTYPE, N_CHANTYPE, N_FUNCTYPE, N_STRUCTTYPE,
	N_INTERFACETYPE, N_ELLIPSIS, N_FIELD,
	/* statements */
	N_EMPTY, N_BLOCK, N_DECLSTMT, N_LABELED, N_EXPRSTMT, N_SEND, N_INCDEC,
	N_ASSIGN, N_GO, N_DEFER, N_RETURN, N_BRANCH, N_IF, N_CASECLAUSE,
	N_SWITCH, N_TYPESWITCH, N_COMMCLAUSE, N_SELECT, N_FOR, N_RANGE,
	/* declarations */
	N_IMPORTSPEC, N_VALUESPEC, N_TYPESPEC, N_GENDECL, N_FUNCDECL, N_FILE,
	N_KIND_COUNT
} NodeKind;

/* Operators (Node.op).  Independent of the lexer's token codes. */
typedef enum Op {
	OP_NONE = 0,
	/* binary, by Go precedence: 5 */
	OP_MUL, OP_DIV, OP_REM, OP_SHL, OP_SHR, OP_AND, OP_ANDNOT,
	/* 4 */
	OP_ADD, OP_SUB, OP_OR, OP_XOR,
	/* 3 */
	OP_EQL, OP_NEQ, OP_LSS, OP_LEQ, OP_GTR, OP_GEQ,
	/* 2, 1 */
	OP_LAND, OP_LOR,
	/* unary only */
	OP_NOT, OP_ARROW,
	/* statements */
	OP_INC, OP_DEC, OP_ASSIGN, OP_DEFINE,
	OP_BREAK, OP_CONTINUE, OP_GOTO, OP_FALLTHROUGH,
	/* literal kinds */
	LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_RUNE, LIT_STRING,
	/* channel directions */
	CHAN_BOTH, CHAN_SEND, CHAN_RECV,
	/* declaration keywords */
	KW_IMPORT, KW_CONST, KW_VAR, KW_TYPE,
	OP_COUNT
} Op;

const char *ast_op_str(Op op);   /* "+", "<-", "&^", "break", ... */
const char *ast_kind_str(NodeKind k);

struct Type;
struct Sym;
struct ConstVal;

typedef struct Node Node;
struct Node {
	NodeKind kind;
	Op op;
	Pos pos;   /* see the convention above */
	Pos pos2;  /* a second position where useful (closing '}' of a block) */

	Node *x, *y, *z, *w;
	Node *init, *cond, *post, *body, *els;
	Vec list;  /* of Node* */
	Vec list2; /* of Node* */

	const char *name; /* interned identifier, label, package name */
	const char *lit;  /* literal source text (NUL-terminated) */
	bool flag;
	int aux;

	/* Filled in by the checker. */
	struct Type *type;     /* type of an expression, or the type a type expression denotes */
	struct Sym *sym;       /* object an identifier (or selector) refers to */
	struct ConstVal *cv;   /* value of a constant expression */
	int mode;              /* checker's operand mode (value, type, ...) */
	void *ext;             /* private to the checker/emitter */
	int64_t aux2;          /* checker: array/slice literal length */
	bool flag_commaok;     /* checker: a comma-ok form (v, ok := m[k] / x.(T) / <-c) */
	int64_t elem_index;    /* checker: index of an array/slice literal element */
	struct Func *func;     /* checker: the Func of an N_FUNCLIT */
};

/* Constructors (ast.c).  All return arena memory. */
Node *ast_new(NodeKind kind, Pos pos);
Node *ast_ident(Pos pos, const char *name);
Node *ast_unary(Pos pos, Op op, Node *x);
Node *ast_binary(Pos pos, Op op, Node *x, Node *y);

/* The position where an expression starts (its leftmost token). */
Pos ast_start_pos(Node *n);

/* Prints the tree in an indented, readable form (minigo parse -dump). */
void ast_dump(FILE *out, Node *n);

#endif
