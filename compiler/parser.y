/*
 * parser.y — Go's grammar (lemon), minus type parameters (but a qualified
 * type name may take one type argument: atomic.Pointer[T]); builds the AST of
 * ast.h.  SQLite's parse.y is the model: rules first, each action a one-line
 * call to an ast_ constructor or a small helper defined at the end.
 *
 * Types and expressions share one syntax, as in gc's old go.y: wherever both
 * may stand (call arguments, conversions, case lists, composite literal
 * types) they are parsed as expressions, and a type literal ([]T, map[K]V,
 * chan T, func(...), struct{...}, interface{...}) is an operand.  Where only
 * a type may stand (declarations, parameters, fields) the "type" grammar is
 * used; it shares the composite types (ctype) with the expression grammar.
 *
 * The composite-literal ambiguity (spec, "Composite literals": in
 * "if x == T{} {" the first '{' opens the body) is settled by duplicating the
 * expression grammar: nexpr/nuexpr/npexpr/nsimple are the "no brace" variant
 * used at the top level of the headers of if, for and switch.  In it a
 * literal whose type is a name or qualified name (T{...}, pkg.T{...}) does
 * not exist; [N]T{...}, []T{...}, map[K]V{...}, struct{...}{...} and
 * function literals do.  Anything inside ( ) [ ] { } returns to the full
 * grammar.  This is the spec's rule exactly, and gc's.
 *
 * Lemon is a push parser: ps_parse_file() pulls tokens from the lexer and
 * pushes them.  Syntax errors go through %syntax_error to syntax_error()
 * below, which words them as gc (cmd/compile/internal/syntax, Go >= 1.20:
 * "expected", "name x", "keyword func") does.  Like gc we report at most
 * one syntax error per line; after one, the current top-level declaration
 * is abandoned and parsing resumes at the next one (ps_parse_file), so a
 * declaration never reports a cascade.  Lemon's "error" symbol was tried
 * and rejected: its resynchronisation inside expressions produced follow-on
 * messages that gc does not give.
 *
 * Memory: every node and list lives in the compiler's arena, so no
 * nonterminal needs a %destructor.
 */

%name ps_Parse
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_argument {Parser *ps}
%stack_size 10000
%start_symbol file

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "parser.h"

/* A copy of one entry of lemon's stack: state, symbol, and for a token
 * its position. */
struct Snap {
	unsigned short state, major;
	Pos pos;
};

/* A parenthesized parameter list and the position of its '(' (gc's
 * position for a function type). */
typedef struct Params {
	Vec list;
	Pos lparen;
} Params;

typedef struct Parser {
	int file;
	Lexer lx;
	Node *root;           /* the N_FILE */
	bool snippet;         /* no package clause */
	bool seen_decl;       /* a non-import declaration was seen */
	int err_line;         /* line of the last syntax error (one per line) */
	int errors;
	bool overflow;
	int diag_errors0;     /* diag_errors when the parse began */
	bool restart;         /* a syntax error: resume at the next declaration */
	const char *pending;  /* a syntax error to report at the next token */
	struct Snap *snap;    /* the parser's stack before the last token */
	int nsnap, capsnap;
	Token last;           /* the last token pushed */
} Parser;

static Vec list1(Node *x);
static Vec list_add(Vec v, Node *x);
static Node *lit(Token t, Op kind);
static Node *name(Token t);
static Node *unary(Token op, Node *x);
static Node *binary(Token op, Node *x, Node *y);
static Node *star(Token t, Node *x);
static Node *recv(Token t, Node *x);
static Node *paren(Token t, Node *x);
static Node *selector(Node *x, Token dot, Token sel);
static Node *index_expr(Node *x, Token lb, Node *i);
static Node *slice_expr(Node *x, Token lb, Node *lo, Node *hi, Node *max, bool three);
static Node *type_assert(Node *x, Token dot, Node *t);
static Node *call(Node *f, Token lp, Vec args, bool dots);
static Node *composite(Node *t, Token lb, Vec elems, Token rb);
static Node *keyvalue(Node *k, Token colon, Node *v);
static Node *funclit(Node *ftype, Node *body);
static Node *arraytype(Token lb, Node *len, Node *elem);
static Node *maptype(Token m, Node *key, Node *val);
static Node *chantype(Token t, Op dir, Node *elem);
static Node *functype(Pos pos, Vec params, Vec results);
static Node *recvtype(Token kw, Params r);
static Node *structtype(Token t, Vec fields);
static Node *interfacetype(Token t, Vec elems);
static Node *ellipsis(Token t, Node *x);
static Node *qualified(Token pkg, Token dot, Token sel);
static Node *field(Vec names, Node *type, Node *tag);
static Node *param(Node *name, Node *type);
static Vec params(Parser *ps, Vec list, Pos rparen);
static Node *method(Token name, Node *ftype);
static Node *block(Token lb, Vec stmts, Token rb);
static Node *expr_stmt(Parser *ps, Vec list);
static Node *incdec(Node *x, Token op);
static Node *send(Node *ch, Token arrow, Node *v);
static Node *assign(Vec lhs, Token op, Vec rhs);
static Node *go_defer(Parser *ps, Token kw, NodeKind kind, Node *call);
static Node *return_stmt(Token t, Vec results);
static Node *branch(Token t, Op op, Token *label);
static Node *labeled(Token label, Node *stmt);
static Node *declstmt(Node *decl);
static Node *if_stmt(Parser *ps, Token t, Node *init, Node *cond, Node *body, Node *els);
static Node *switch_stmt(Parser *ps, Token t, Node *init, Node *tag, Node *body);
static Node *caseclause(Token t, Vec exprs, bool dflt, Vec stmts);
static Node *select_stmt(Token t, Node *body);
static Node *commclause(Parser *ps, Token t, Node *comm, Vec stmts);
static Node *for_stmt(Parser *ps, Token t, Node *init, Node *cond, Node *post, Node *body);
static Node *range_stmt(Parser *ps, Token t, Vec lhs, Op op, Node *x, Node *body);
static Node *gendecl(Token kw, Op kind, Vec specs, bool grouped);
static Vec spec_add(Vec v, Node *spec);
static Node *importspec(Token *name, Token path);
static Node *valuespec(Vec names, Node *type, Vec values);
static Node *typespec(Token name, bool alias, Node *type);
static Node *funcdecl(Parser *ps, Token kw, Node *recv, Token name, Node *ftype, Node *body);
static void top_import(Parser *ps, Node *decl);
static void top_decl(Parser *ps, Node *decl);
static void top_stmt(Parser *ps, Node *stmt);
static bool method_without_name(Parser *ps, Node *stmt);
static void package_clause(Parser *ps, Token kw, Token name);
static void syntax_error(Parser *ps, void *parser, int major, Token *tok);
static Node *cond(Parser *ps, Node *s);
static Node *cond_after_semi(Parser *ps, Node *s);
static Node *no_cond(Parser *ps, Token *semi);
static Node *finish(Node *head, Node *body, Node *els);
static Node *index_required(Token t, const char *which);
static Node *tilde(Token t, Node *x);
}

%syntax_error { syntax_error(ps, yypParser, yymajor, &TOKEN); }
%stack_overflow { if (!ps->overflow) diag_error(ps->last.pos, "syntax error: too deeply nested"); ps->overflow = true; }

/* Token order: the lexer includes parser.h for the codes. */
%token IDENT INT FLOAT IMAG RUNE STRING
	BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO
	GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE
	VAR
	ASSIGNOP INC DEC ASSIGN DEFINE NOT TILDE ELLIPSIS
	LPAREN RPAREN LBRACK RBRACK LBRACE RBRACE COMMA SEMI DOT COLON.

/*
 * Precedence, lowest first.
 *
 * Go's five levels of binary operators are the last five lines.  The first
 * line is not an operator level: LOW marks rules that must give way when the
 * next token could extend the construct, which resolves each of these
 * shift/reduce choices to "shift", as Go's grammar means:
 *   - a composite type in a no-brace header followed by '{' ([]int{...} in
 *     "for range []int{1} {"): a literal, since "if []int {" means nothing;
 *   - a function type followed by '{': a function literal; followed by '(':
 *     "func() (x)" is a result list (gc parses it so too);
 *   - a function type followed by '[', '.' or '<-': "func() []int",
 *     "func() pkg.T", "func() <-chan int" are result types, not an index, a
 *     selector or a send on a function type;
 *   - "func (r T) m()" at the top level of a snippet, where a statement could
 *     also start with a function literal "func (x T) R": a method.
 * ARROW binds to the leftmost chan ("chan<- chan int" is chan<- (chan int)),
 * which the type grammar gets by construction, not by precedence.
 */
%nonassoc LOW.
%nonassoc LPAREN LBRACE LBRACK DOT ARROW.
%left OROR.
%left ANDAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left STAR DIV REM SHL SHR AND ANDNOT.

/* ---------------------------------------------------------------- files */

/* file -> [ "package" name ";" ] { topitem ";" }
 * A file without a package clause is a snippet: statements are allowed at
 * the top level (ps->snippet). */
file ::= package toplist.

package ::= .
package ::= PACKAGE(K) IDENT(N) SEMI.                { package_clause(ps, K, N); }

toplist ::= topitem.
toplist ::= toplist SEMI topitem.

topitem ::= .
topitem ::= importdecl(D).                           { top_import(ps, D); }
topitem ::= funcdecl(D).                             { top_decl(ps, D); }
topitem ::= declaration(D).                          { top_decl(ps, D); }
topitem ::= stmt0(S).                                { top_stmt(ps, S); }

/* importdecl -> "import" ( spec | "(" { spec ";" } ")" ) */
importdecl(D) ::= IMPORT(K) importspec(S).            { D = gendecl(K, KW_IMPORT, list1(S), false); }
importdecl(D) ::= IMPORT(K) LPAREN importspecs(L) RPAREN. { D = gendecl(K, KW_IMPORT, L, true); }

%type importspecs {Vec}
importspecs(L) ::= importspec_opt(S).                 { L = spec_add((Vec){0}, S); }
importspecs(L) ::= importspecs(A) SEMI importspec_opt(S). { L = spec_add(A, S); }
importspec_opt(S) ::= .                               { S = NULL; }
importspec_opt(S) ::= importspec(A).                  { S = A; }
importspec(S) ::= STRING(P).                          { S = importspec(NULL, P); }
importspec(S) ::= IDENT(N) STRING(P).                 { S = importspec(&N, P); }
importspec(S) ::= DOT(N) STRING(P).                   { S = importspec(&N, P); }

/* funcdecl -> "func" [ receiver ] name signature [ block ] */
funcdecl(D) ::= FUNC(K) IDENT(N) signature(F).        { D = funcdecl(ps, K, NULL, N, F, NULL); }
funcdecl(D) ::= FUNC(K) IDENT(N) signature(F) block(B). { D = funcdecl(ps, K, NULL, N, F, B); }
funcdecl(D) ::= FUNC(K) params(R) IDENT(N) signature(F). { D = funcdecl(ps, K, recvtype(K, R), N, F, NULL); }
funcdecl(D) ::= FUNC(K) params(R) IDENT(N) signature(F) block(B). { D = funcdecl(ps, K, recvtype(K, R), N, F, B); }

/* declaration -> constdecl | vardecl | typedecl */
declaration(D) ::= CONST(K) constspec(S).             { D = gendecl(K, KW_CONST, list1(S), false); }
declaration(D) ::= CONST(K) LPAREN constspecs(L) RPAREN. { D = gendecl(K, KW_CONST, L, true); }
declaration(D) ::= VAR(K) varspec(S).                 { D = gendecl(K, KW_VAR, list1(S), false); }
declaration(D) ::= VAR(K) LPAREN varspecs(L) RPAREN.  { D = gendecl(K, KW_VAR, L, true); }
declaration(D) ::= TYPE(K) typespec(S).               { D = gendecl(K, KW_TYPE, list1(S), false); }
declaration(D) ::= TYPE(K) LPAREN typespecs(L) RPAREN. { D = gendecl(K, KW_TYPE, L, true); }

%type constspecs {Vec}
%type varspecs {Vec}
%type typespecs {Vec}
constspecs(L) ::= constspec_opt(S).                   { L = spec_add((Vec){0}, S); }
constspecs(L) ::= constspecs(A) SEMI constspec_opt(S). { L = spec_add(A, S); }
constspec_opt(S) ::= .                                { S = NULL; }
constspec_opt(S) ::= constspec(A).                    { S = A; }
/* constspec -> names [ [ type ] "=" exprs ] */
constspec(S) ::= idents(N).                           { S = valuespec(N, NULL, (Vec){0}); }
constspec(S) ::= idents(N) type(T).                   { S = valuespec(N, T, (Vec){0}); }
constspec(S) ::= idents(N) ASSIGN expr_list(V).       { S = valuespec(N, NULL, V); }
constspec(S) ::= idents(N) type(T) ASSIGN expr_list(V). { S = valuespec(N, T, V); }

varspecs(L) ::= varspec_opt(S).                       { L = spec_add((Vec){0}, S); }
varspecs(L) ::= varspecs(A) SEMI varspec_opt(S).      { L = spec_add(A, S); }
varspec_opt(S) ::= .                                  { S = NULL; }
varspec_opt(S) ::= varspec(A).                        { S = A; }
/* varspec -> names ( type [ "=" exprs ] | "=" exprs ) */
varspec(S) ::= idents(N) type(T).                     { S = valuespec(N, T, (Vec){0}); }
varspec(S) ::= idents(N) ASSIGN expr_list(V).         { S = valuespec(N, NULL, V); }
varspec(S) ::= idents(N) type(T) ASSIGN expr_list(V). { S = valuespec(N, T, V); }

typespecs(L) ::= typespec_opt(S).                     { L = spec_add((Vec){0}, S); }
typespecs(L) ::= typespecs(A) SEMI typespec_opt(S).   { L = spec_add(A, S); }
typespec_opt(S) ::= .                                 { S = NULL; }
typespec_opt(S) ::= typespec(A).                      { S = A; }
/* typespec -> name [ "=" ] type */
typespec(S) ::= IDENT(N) type(T).                     { S = typespec(N, false, T); }
typespec(S) ::= IDENT(N) ASSIGN type(T).              { S = typespec(N, true, T); }

%type idents {Vec}
idents(L) ::= IDENT(N).                               { L = list1(name(N)); }
idents(L) ::= idents(A) COMMA IDENT(N).               { L = list_add(A, name(N)); }

/* ---------------------------------------------------------------- types */

/* type -> typename | "(" type ")" | "[" [ expr | "..." ] "]" type
 *       | "map" "[" type "]" type | "chan" type | "chan" "<-" type
 *       | "<-" "chan" type | "*" type | "func" signature | struct | interface
 * "chan" takes a type not starting with "<-" (nrtype), so that
 * "chan <-chan int" is chan<- (chan int) as the spec says. */
type(T) ::= nrtype(A).                                { T = A; }
type(T) ::= rchantype(A).                             { T = A; }
rchantype(T) ::= ARROW(K) CHAN type(E).               { T = chantype(K, CHAN_RECV, E); }
nrtype(T) ::= LPAREN type(A) RPAREN.                  { T = A; }
nrtype(T) ::= ptype(A).                               { T = A; }
/* a type that is neither parenthesized nor starts with "<-" */
ptype(T) ::= typename(A).                             { T = A; }
ptype(T) ::= ctype(A).                                { T = A; }
ptype(T) ::= othertype(A).                            { T = A; }
ptype(T) ::= STAR(K) type(A).                         { T = star(K, A); }
ptype(T) ::= FUNC(K) signature(F).                    { T = F; F->pos = K.pos; }

typename(T) ::= IDENT(N). [LOW]                       { T = name(N); }
typename(T) ::= IDENT(P) DOT(D) IDENT(N). [LOW]       { T = qualified(P, D, N); }
/* the one instantiable generic type, atomic.Pointer[T] (check_generic.c):
 * a qualified name with one type argument.  The [LOW] above makes a '['
 * after pkg.T shift: the rule's own precedence would be DOT's, the same
 * (nonassoc) as LBRACK's, which would make that '[' a syntax error. */
typename(T) ::= IDENT(P) DOT(D) IDENT(N) LBRACK(K) expr(A) RBRACK. { T = index_expr(qualified(P, D, N), K, A); }

/* composite literal types: they may be followed by '{' even in headers */
ctype(T) ::= LBRACK(K) expr(L) RBRACK type(E).        { T = arraytype(K, L, E); }
ctype(T) ::= LBRACK(K) ELLIPSIS(D) RBRACK type(E).    { T = arraytype(K, ellipsis(D, NULL), E); }
ctype(T) ::= LBRACK(K) RBRACK type(E).                { T = arraytype(K, NULL, E); }
ctype(T) ::= MAP(K) LBRACK type(A) RBRACK type(B).    { T = maptype(K, A, B); }
ctype(T) ::= STRUCT(K) LBRACE fields(L) RBRACE.       { T = structtype(K, L); }

/* type literals that are operands too (not starting with "<-") */
othertype(T) ::= CHAN(K) nrtype(E).                   { T = chantype(K, CHAN_BOTH, E); }
othertype(T) ::= CHAN(K) ARROW type(E).               { T = chantype(K, CHAN_SEND, E); }
othertype(T) ::= INTERFACE(K) LBRACE ifelems(L) RBRACE. { T = interfacetype(K, L); }

/* struct -> "struct" "{" { ( names type | [ "*" ] typename ) [ tag ] ";" } "}" */
%type fields {Vec}
fields(L) ::= field_opt(F).                           { L = spec_add((Vec){0}, F); }
fields(L) ::= fields(A) SEMI field_opt(F).            { L = spec_add(A, F); }
field_opt(F) ::= .                                    { F = NULL; }
field_opt(F) ::= idents(N) type(T) tag(G).            { F = field(N, T, G); }
field_opt(F) ::= typename(T) tag(G).                  { F = field((Vec){0}, T, G); }
field_opt(F) ::= STAR(K) typename(T) tag(G).          { F = field((Vec){0}, star(K, T), G); }
tag(G) ::= .                                          { G = NULL; }
tag(G) ::= STRING(S).                                 { G = lit(S, LIT_STRING); }

/* interface -> "interface" "{" { name signature | typename ";" } "}" */
%type ifelems {Vec}
ifelems(L) ::= ifelem_opt(F).                         { L = spec_add((Vec){0}, F); }
ifelems(L) ::= ifelems(A) SEMI ifelem_opt(F).         { L = spec_add(A, F); }
ifelem_opt(F) ::= .                                   { F = NULL; }
ifelem_opt(F) ::= IDENT(N) signature(S).              { F = method(N, S); }
ifelem_opt(F) ::= typename(T).                        { F = field((Vec){0}, T, NULL); }

/* signature -> parameters [ result ];  result -> parameters | type */
signature(F) ::= params(P) result(R).                 { F = functype(P.lparen, P.list, R); F->pos2 = P.lparen; }
%type params {Params}
%type result {Vec}
%type paramlist {Vec}
params(L) ::= LPAREN(P) RPAREN.                       { L = (Params){(Vec){0}, P.pos}; }
params(L) ::= LPAREN(P) paramlist(A) ocomma RPAREN(R). { L = (Params){params(ps, A, R.pos), P.pos}; }
result(L) ::= . [LOW]                                 { L = (Vec){0}; }
result(L) ::= params(A).                              { L = A.list; }
result(L) ::= ptype(T).                               { L = list1(field((Vec){0}, T, NULL)); }
result(L) ::= rchantype(T).                           { L = list1(field((Vec){0}, T, NULL)); }
paramlist(L) ::= param(P).                            { L = list1(P); }
paramlist(L) ::= paramlist(A) COMMA param(P).         { L = list_add(A, P); }
/* a parameter: [ name ] [ "..." ] type; names are sorted out by params() */
param(P) ::= type(T).                                 { P = param(NULL, T); }
param(P) ::= IDENT(N) type(T).                        { P = param(name(N), T); }
param(P) ::= IDENT(N) ELLIPSIS(D) type(T).            { P = param(name(N), ellipsis(D, T)); }
param(P) ::= ELLIPSIS(D) type(T).                     { P = param(NULL, ellipsis(D, T)); }

ocomma ::= .
ocomma ::= COMMA.

/* ---------------------------------------------------------- expressions */

/* expr -> unary_expr | expr binary_op expr */
expr(E) ::= uexpr(A).                                 { E = A; }
expr(E) ::= expr(A) OROR(O) expr(B).                  { E = binary(O, A, B); }
expr(E) ::= expr(A) ANDAND(O) expr(B).                { E = binary(O, A, B); }
expr(E) ::= expr(A) EQL(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) NEQ(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) LSS(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) LEQ(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) GTR(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) GEQ(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) ADD(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) SUB(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) OR(O) expr(B).                    { E = binary(O, A, B); }
expr(E) ::= expr(A) XOR(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) STAR(O) expr(B).                  { E = binary(O, A, B); }
expr(E) ::= expr(A) DIV(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) REM(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) SHL(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) SHR(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) AND(O) expr(B).                   { E = binary(O, A, B); }
expr(E) ::= expr(A) ANDNOT(O) expr(B).                { E = binary(O, A, B); }

/* unary_expr -> primary_expr | unary_op unary_expr */
uexpr(E) ::= pexpr(A).                                { E = A; }
uexpr(E) ::= ADD(O) uexpr(A).                         { E = unary(O, A); }
uexpr(E) ::= SUB(O) uexpr(A).                         { E = unary(O, A); }
uexpr(E) ::= NOT(O) uexpr(A).                         { E = unary(O, A); }
uexpr(E) ::= XOR(O) uexpr(A).                         { E = unary(O, A); }
uexpr(E) ::= AND(O) uexpr(A).                         { E = unary(O, A); }
uexpr(E) ::= STAR(O) uexpr(A).                        { E = star(O, A); }
uexpr(E) ::= ARROW(O) uexpr(A).                       { E = recv(O, A); }
uexpr(E) ::= TILDE(O) uexpr(A).                       { E = tilde(O, A); }

/* primary_expr -> operand | conversion | primary_expr selector | index
 *               | slice | type_assertion | arguments | composite_literal */
pexpr(E) ::= operand(A).                              { E = A; }
pexpr(E) ::= IDENT(N).                                { E = name(N); }
pexpr(E) ::= IDENT(N) LBRACE(B) elems(L) RBRACE(R).   { E = composite(name(N), B, L, R); }
pexpr(E) ::= ctype(T). [LOW]                          { E = T; }
pexpr(E) ::= ctype(T) LBRACE(B) elems(L) RBRACE(R).   { E = composite(T, B, L, R); }
pexpr(E) ::= pexpr(X) DOT(D) IDENT(N).                { E = selector(X, D, N); }
pexpr(E) ::= pexpr(X) DOT(D) IDENT(N) LBRACE(B) elems(L) RBRACE(R). { E = composite(selector(X, D, N), B, L, R); }
pexpr(E) ::= pexpr(X) DOT(D) LPAREN type(T) RPAREN.   { E = type_assert(X, D, T); }
pexpr(E) ::= pexpr(X) DOT(D) LPAREN TYPE RPAREN.      { E = type_assert(X, D, NULL); }
pexpr(E) ::= pexpr(X) LBRACK(B) expr(I) RBRACK.       { E = index_expr(X, B, I); }
/* a literal of an instantiated type, atomic.Pointer[T]{} (check_generic.c);
 * not in the "no brace" grammar, like T{} */
pexpr(E) ::= pexpr(X) LBRACK(K) expr(I) RBRACK LBRACE(B) elems(L) RBRACE(R). { E = composite(index_expr(X, K, I), B, L, R); }
pexpr(E) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. { E = slice_expr(X, B, L, H, NULL, false); }
pexpr(E) ::= pexpr(X) LBRACK(B) oexpr(L) COLON expr(H) COLON expr(M) RBRACK. { E = slice_expr(X, B, L, H, M, true); }
pexpr(E) ::= pexpr(X) LBRACK(B) oexpr(L) COLON COLON(C) oexpr(M) RBRACK. { E = slice_expr(X, B, L, index_required(C, "middle"), M, true); }
pexpr(E) ::= pexpr(X) LBRACK(B) oexpr(L) COLON expr(H) COLON RBRACK(R). { E = slice_expr(X, B, L, H, index_required(R, "final"), true); }
pexpr(E) ::= pexpr(X) LPAREN(P) RPAREN.               { E = call(X, P, (Vec){0}, false); }
pexpr(E) ::= pexpr(X) LPAREN(P) expr_list(A) ocomma RPAREN. { E = call(X, P, A, false); }
pexpr(E) ::= pexpr(X) LPAREN(P) expr_list(A) ELLIPSIS ocomma RPAREN. { E = call(X, P, A, true); }

/* operands shared by both expression grammars */
operand(E) ::= INT(T).                                { E = lit(T, LIT_INT); }
operand(E) ::= FLOAT(T).                              { E = lit(T, LIT_FLOAT); }
operand(E) ::= IMAG(T).                               { E = lit(T, LIT_IMAG); }
operand(E) ::= RUNE(T).                               { E = lit(T, LIT_RUNE); }
operand(E) ::= STRING(T).                             { E = lit(T, LIT_STRING); }
operand(E) ::= LPAREN(P) expr(X) RPAREN.              { E = paren(P, X); }
operand(E) ::= FUNC(K) signature(F). [LOW]            { E = F; F->pos = K.pos; }
operand(E) ::= FUNC(K) signature(F) block(B).         { F->pos = K.pos; E = funclit(F, B); }
operand(E) ::= othertype(T).                          { E = T; }

oexpr(E) ::= .                                        { E = NULL; }
oexpr(E) ::= expr(A).                                 { E = A; }

%type expr_list {Vec}
expr_list(L) ::= expr(X).                             { L = list1(X); }
expr_list(L) ::= expr_list(A) COMMA expr(X).          { L = list_add(A, X); }

/* composite literal elements: [ key ":" ] value, where key and value may be
 * literals with their type elided: "{...}" */
%type elems {Vec}
%type elemlist {Vec}
elems(L) ::= .                                        { L = (Vec){0}; }
elems(L) ::= elemlist(A) ocomma.                      { L = A; }
elemlist(L) ::= elem(E).                              { L = list1(E); }
elemlist(L) ::= elemlist(A) COMMA elem(E).            { L = list_add(A, E); }
elem(E) ::= ekey(A).                                  { E = A; }
elem(E) ::= ekey(A) COLON(C) ekey(B).                 { E = keyvalue(A, C, B); }
ekey(E) ::= expr(A).                                  { E = A; }
ekey(E) ::= LBRACE(B) elems(L) RBRACE(R).             { E = composite(NULL, B, L, R); }

/* ------------------------------------------- the no-brace expression grammar
 * The same rules as above for the headers of if/for/switch, without T{...}
 * and pkg.T{...}. */
nexpr(E) ::= nuexpr(A).                               { E = A; }
nexpr(E) ::= nexpr(A) OROR(O) nexpr(B).               { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) ANDAND(O) nexpr(B).             { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) EQL(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) NEQ(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) LSS(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) LEQ(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) GTR(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) GEQ(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) ADD(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) SUB(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) OR(O) nexpr(B).                 { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) XOR(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) STAR(O) nexpr(B).               { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) DIV(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) REM(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) SHL(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) SHR(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) AND(O) nexpr(B).                { E = binary(O, A, B); }
nexpr(E) ::= nexpr(A) ANDNOT(O) nexpr(B).             { E = binary(O, A, B); }

nuexpr(E) ::= npexpr(A).                              { E = A; }
nuexpr(E) ::= ADD(O) nuexpr(A).                       { E = unary(O, A); }
nuexpr(E) ::= SUB(O) nuexpr(A).                       { E = unary(O, A); }
nuexpr(E) ::= NOT(O) nuexpr(A).                       { E = unary(O, A); }
nuexpr(E) ::= XOR(O) nuexpr(A).                       { E = unary(O, A); }
nuexpr(E) ::= AND(O) nuexpr(A).                       { E = unary(O, A); }
nuexpr(E) ::= STAR(O) nuexpr(A).                      { E = star(O, A); }
nuexpr(E) ::= ARROW(O) nuexpr(A).                     { E = recv(O, A); }
nuexpr(E) ::= TILDE(O) nuexpr(A).                     { E = tilde(O, A); }

npexpr(E) ::= operand(A).                             { E = A; }
npexpr(E) ::= IDENT(N).                               { E = name(N); }
npexpr(E) ::= ctype(T). [LOW]                         { E = T; }
npexpr(E) ::= ctype(T) LBRACE(B) elems(L) RBRACE(R).  { E = composite(T, B, L, R); }
npexpr(E) ::= npexpr(X) DOT(D) IDENT(N).              { E = selector(X, D, N); }
npexpr(E) ::= npexpr(X) DOT(D) LPAREN type(T) RPAREN. { E = type_assert(X, D, T); }
npexpr(E) ::= npexpr(X) DOT(D) LPAREN TYPE RPAREN.    { E = type_assert(X, D, NULL); }
npexpr(E) ::= npexpr(X) LBRACK(B) expr(I) RBRACK.     { E = index_expr(X, B, I); }
npexpr(E) ::= npexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. { E = slice_expr(X, B, L, H, NULL, false); }
npexpr(E) ::= npexpr(X) LBRACK(B) oexpr(L) COLON expr(H) COLON expr(M) RBRACK. { E = slice_expr(X, B, L, H, M, true); }
npexpr(E) ::= npexpr(X) LBRACK(B) oexpr(L) COLON COLON(C) oexpr(M) RBRACK. { E = slice_expr(X, B, L, index_required(C, "middle"), M, true); }
npexpr(E) ::= npexpr(X) LBRACK(B) oexpr(L) COLON expr(H) COLON RBRACK(R). { E = slice_expr(X, B, L, H, index_required(R, "final"), true); }
npexpr(E) ::= npexpr(X) LPAREN(P) RPAREN.             { E = call(X, P, (Vec){0}, false); }
npexpr(E) ::= npexpr(X) LPAREN(P) expr_list(A) ocomma RPAREN. { E = call(X, P, A, false); }
npexpr(E) ::= npexpr(X) LPAREN(P) expr_list(A) ELLIPSIS ocomma RPAREN. { E = call(X, P, A, true); }

%type nexpr_list {Vec}
nexpr_list(L) ::= nexpr(X).                           { L = list1(X); }
nexpr_list(L) ::= nexpr_list(A) COMMA nexpr(X).       { L = list_add(A, X); }

/* ----------------------------------------------------------- statements */

block(B) ::= LBRACE(L) stmt_list(S) RBRACE(R).        { B = block(L, S, R); }

%type stmt_list {Vec}
stmt_list(L) ::= stmt(S).                             { L = spec_add((Vec){0}, S); }
stmt_list(L) ::= stmt_list(A) SEMI stmt(S).           { L = spec_add(A, S); }

stmt(S) ::= .                                         { S = NULL; }
stmt(S) ::= stmt0(A).                                 { S = A; }
stmt(S) ::= declaration(D).                           { S = declstmt(D); }

/* a statement other than a declaration (those differ at the top level) */
stmt0(S) ::= simple_stmt(A).                          { S = A; }
stmt0(S) ::= IDENT(L) COLON stmt(A).                  { S = labeled(L, A); }
stmt0(S) ::= GO(K) pexpr(X).                          { S = go_defer(ps, K, N_GO, X); }
stmt0(S) ::= DEFER(K) pexpr(X).                       { S = go_defer(ps, K, N_DEFER, X); }
stmt0(S) ::= RETURN(K).                               { S = return_stmt(K, (Vec){0}); }
stmt0(S) ::= RETURN(K) expr_list(L).                  { S = return_stmt(K, L); }
stmt0(S) ::= BREAK(K).                                { S = branch(K, OP_BREAK, NULL); }
stmt0(S) ::= BREAK(K) IDENT(L).                       { S = branch(K, OP_BREAK, &L); }
stmt0(S) ::= CONTINUE(K).                             { S = branch(K, OP_CONTINUE, NULL); }
stmt0(S) ::= CONTINUE(K) IDENT(L).                    { S = branch(K, OP_CONTINUE, &L); }
stmt0(S) ::= GOTO(K) IDENT(L).                        { S = branch(K, OP_GOTO, &L); }
stmt0(S) ::= FALLTHROUGH(K).                          { S = branch(K, OP_FALLTHROUGH, NULL); }
stmt0(S) ::= block(B).                                { S = B; }
stmt0(S) ::= if_stmt(A).                              { S = A; }
stmt0(S) ::= switch_stmt(A).                          { S = A; }
stmt0(S) ::= select_stmt(A).                          { S = A; }
stmt0(S) ::= for_stmt(A).                             { S = A; }

/* simple_stmt -> expr | send | incdec | assignment | short_var_decl */
simple_stmt(S) ::= expr_list(L).                      { S = expr_stmt(ps, L); }
simple_stmt(S) ::= expr(X) INC(O).                    { S = incdec(X, O); }
simple_stmt(S) ::= expr(X) DEC(O).                    { S = incdec(X, O); }
simple_stmt(S) ::= expr(X) ARROW(O) expr(V).          { S = send(X, O, V); }
simple_stmt(S) ::= expr_list(L) ASSIGN(O) expr_list(R). { S = assign(L, O, R); }
simple_stmt(S) ::= expr_list(L) DEFINE(O) expr_list(R). { S = assign(L, O, R); }
simple_stmt(S) ::= expr_list(L) ASSIGNOP(O) expr_list(R). { S = assign(L, O, R); }

nsimple(S) ::= nexpr_list(L).                         { S = expr_stmt(ps, L); }
nsimple(S) ::= nexpr(X) INC(O).                       { S = incdec(X, O); }
nsimple(S) ::= nexpr(X) DEC(O).                       { S = incdec(X, O); }
nsimple(S) ::= nexpr(X) ARROW(O) nexpr(V).            { S = send(X, O, V); }
nsimple(S) ::= nexpr_list(L) ASSIGN(O) nexpr_list(R). { S = assign(L, O, R); }
nsimple(S) ::= nexpr_list(L) DEFINE(O) nexpr_list(R). { S = assign(L, O, R); }
nsimple(S) ::= nexpr_list(L) ASSIGNOP(O) nexpr_list(R). { S = assign(L, O, R); }

onsimple(S) ::= .                                     { S = NULL; }
onsimple(S) ::= nsimple(A).                           { S = A; }

/* if -> "if" [ simple_stmt ";" ] expr block [ "else" ( if | block ) ]
 * The header is reduced when its '{' arrives, so that its errors come
 * before any in the body, as gc reports them. */
if_stmt(S) ::= ifhead(H) block(B) else(E).            { S = finish(H, B, E); }
ifhead(H) ::= IF(K) nsimple(C).                       { H = if_stmt(ps, K, NULL, cond(ps, C), NULL, NULL); }
ifhead(H) ::= IF(K) onsimple(I) SEMI nsimple(C).      { H = if_stmt(ps, K, I, cond_after_semi(ps, C), NULL, NULL); }
/* gc's messages for a missing condition: the lookahead is the '{' */
ifhead(H) ::= IF(K).                                  { H = if_stmt(ps, K, NULL, no_cond(ps, NULL), NULL, NULL); }
ifhead(H) ::= IF(K) onsimple(I) SEMI(M).              { H = if_stmt(ps, K, I, no_cond(ps, &M), NULL, NULL); }
else(E) ::= .                                         { E = NULL; }
else(E) ::= ELSE if_stmt(A).                          { E = A; }
else(E) ::= ELSE block(A).                            { E = A; }

/* switch -> "switch" [ simple_stmt ";" ] [ expr | guard ] "{" { clause } "}"
 * The tag is parsed as a simple statement so that "v := x.(type)" fits. */
switch_stmt(S) ::= switchhead(H) caseblock(B).        { S = finish(H, B, NULL); }
switchhead(H) ::= SWITCH(K).                          { H = switch_stmt(ps, K, NULL, NULL, NULL); }
switchhead(H) ::= SWITCH(K) nsimple(T).               { H = switch_stmt(ps, K, NULL, T, NULL); }
switchhead(H) ::= SWITCH(K) onsimple(I) SEMI.         { H = switch_stmt(ps, K, I, NULL, NULL); }
switchhead(H) ::= SWITCH(K) onsimple(I) SEMI nsimple(T). { H = switch_stmt(ps, K, I, T, NULL); }
caseblock(B) ::= LBRACE(L) caseclauses(C) RBRACE(R).  { B = block(L, C, R); }
%type caseclauses {Vec}
caseclauses(L) ::= .                                  { L = (Vec){0}; }
caseclauses(L) ::= caseclauses(A) caseclause(C).      { L = list_add(A, C); }
caseclause(C) ::= CASE(K) expr_list(E) COLON stmt_list(S). { C = caseclause(K, E, false, S); }
caseclause(C) ::= DEFAULT(K) COLON stmt_list(S).      { C = caseclause(K, (Vec){0}, true, S); }

/* select -> "select" "{" { ( "case" ( send | recv ) | "default" ) ":" stmts } "}" */
select_stmt(S) ::= SELECT(K) commblock(B).            { S = select_stmt(K, B); }
commblock(B) ::= LBRACE(L) commclauses(C) RBRACE(R).  { B = block(L, C, R); }
%type commclauses {Vec}
commclauses(L) ::= .                                  { L = (Vec){0}; }
commclauses(L) ::= commclauses(A) commclause(C).      { L = list_add(A, C); }
commclause(C) ::= CASE(K) simple_stmt(X) COLON stmt_list(S). { C = commclause(ps, K, X, S); }
commclause(C) ::= DEFAULT(K) COLON stmt_list(S).      { C = commclause(ps, K, NULL, S); }

/* for -> "for" [ expr | init ";" [ expr ] ";" post | range_clause ] block */
for_stmt(S) ::= forhead(H) block(B).                  { S = finish(H, B, NULL); }
forhead(H) ::= FOR(K).                                { H = for_stmt(ps, K, NULL, NULL, NULL, NULL); }
forhead(H) ::= FOR(K) nsimple(C).                     { H = for_stmt(ps, K, NULL, cond(ps, C), NULL, NULL); }
forhead(H) ::= FOR(K) onsimple(I) SEMI onsimple(C) SEMI onsimple(P). { H = for_stmt(ps, K, I, C ? cond_after_semi(ps, C) : NULL, P, NULL); }
forhead(H) ::= FOR(K) nexpr_list(L) ASSIGN RANGE nexpr(X). { H = range_stmt(ps, K, L, OP_ASSIGN, X, NULL); }
forhead(H) ::= FOR(K) nexpr_list(L) DEFINE RANGE nexpr(X). { H = range_stmt(ps, K, L, OP_DEFINE, X, NULL); }
forhead(H) ::= FOR(K) RANGE nexpr(X).                 { H = range_stmt(ps, K, (Vec){0}, OP_NONE, X, NULL); }

%code {
/* ------------------------------------------------------------- helpers */

static Vec list1(Node *x)
{
	Vec v = {0};
	vec_push(&v, x);
	return v;
}

static Vec list_add(Vec v, Node *x)
{
	vec_push(&v, x);
	return v;
}

/* Appends a spec/field/statement, skipping the empty ones of "a;;b". */
static Vec spec_add(Vec v, Node *x)
{
	if (x)
		vec_push(&v, x);
	return v;
}

static Node *lit(Token t, Op kind)
{
	Node *n = ast_new(N_BASICLIT, t.pos);
	n->op = kind;
	n->lit = t.lit;
	return n;
}

static Node *name(Token t) { return ast_ident(t.pos, t.lit); }

static Node *unary(Token op, Node *x) { return ast_unary(op.pos, (Op)op.op, x); }

static Node *binary(Token op, Node *x, Node *y) { return ast_binary(op.pos, (Op)op.op, x, y); }

static Node *star(Token t, Node *x)
{
	Node *n = ast_new(N_STAR, t.pos);
	n->x = x;
	return n;
}

/* "<-" x: a receive, unless x is a channel type: then "<-chan T" (gc
 * re-associates: <-chan chan<- T is <-chan (<-chan T)... as in syntax.parser). */
static Node *recv(Token t, Node *x)
{
	if (x->kind != N_CHANTYPE)
		return ast_unary(t.pos, OP_ARROW, x);
	Op dir = CHAN_SEND;
	Node *c = x;
	while (dir == CHAN_SEND && c && c->kind == N_CHANTYPE) {
		dir = c->op;
		if (dir == CHAN_RECV)
			diag_error(c->pos, "syntax error: unexpected <-, expected chan");
		c->op = CHAN_RECV;
		c = c->x;
	}
	if (dir == CHAN_SEND)
		diag_error(t.pos, "syntax error: unexpected <-, expected chan");
	x->pos = t.pos;
	return x;
}

static Node *paren(Token t, Node *x)
{
	Node *n = ast_new(N_PAREN, t.pos);
	n->x = x;
	return n;
}

static Node *selector(Node *x, Token dot, Token sel)
{
	Node *n = ast_new(N_SELECTOR, dot.pos);
	n->x = x;
	n->name = sel.lit;
	n->pos2 = sel.pos;
	return n;
}

static Node *qualified(Token pkg, Token dot, Token sel) { return selector(name(pkg), dot, sel); }

static Node *index_expr(Node *x, Token lb, Node *i)
{
	Node *n = ast_new(N_INDEX, lb.pos);
	n->x = x;
	n->y = i;
	return n;
}

static Node *slice_expr(Node *x, Token lb, Node *lo, Node *hi, Node *max, bool three)
{
	Node *n = ast_new(N_SLICE, lb.pos);
	n->x = x, n->y = lo, n->z = hi, n->w = max;
	n->flag = three;
	return n;
}

static Node *type_assert(Node *x, Token dot, Node *t)
{
	Node *n = ast_new(N_TYPEASSERT, dot.pos);
	n->x = x;
	n->y = t;
	return n;
}

static Node *call(Node *f, Token lp, Vec args, bool dots)
{
	Node *n = ast_new(N_CALL, lp.pos);
	n->x = f;
	n->list = args;
	n->flag = dots;
	return n;
}

static Node *composite(Node *t, Token lb, Vec elems, Token rb)
{
	Node *n = ast_new(N_COMPOSITE, lb.pos);
	n->pos2 = rb.pos;
	n->x = t;
	n->list = elems;
	return n;
}

static Node *keyvalue(Node *k, Token colon, Node *v)
{
	Node *n = ast_new(N_KEYVALUE, colon.pos);
	n->x = k;
	n->y = v;
	return n;
}

static Node *funclit(Node *ftype, Node *body)
{
	Node *n = ast_new(N_FUNCLIT, ftype->pos);
	n->x = ftype;
	n->body = body;
	return n;
}

static Node *arraytype(Token lb, Node *len, Node *elem)
{
	Node *n = ast_new(N_ARRAYTYPE, lb.pos);
	n->x = len;
	n->y = elem;
	return n;
}

static Node *maptype(Token m, Node *key, Node *val)
{
	Node *n = ast_new(N_MAPTYPE, m.pos);
	n->x = key;
	n->y = val;
	return n;
}

static Node *chantype(Token t, Op dir, Node *elem)
{
	Node *n = ast_new(N_CHANTYPE, t.pos);
	n->op = dir;
	n->x = elem;
	return n;
}

/* A method's receiver list as a func type: pos = 'func', pos2 = its '('. */
static Node *recvtype(Token kw, Params r)
{
	Node *n = functype(kw.pos, r.list, (Vec){0});
	n->pos2 = r.lparen;
	return n;
}

static Node *functype(Pos pos, Vec params, Vec results)
{
	Node *n = ast_new(N_FUNCTYPE, pos);
	n->list = params;
	n->list2 = results;
	return n;
}

static Node *structtype(Token t, Vec fields)
{
	Node *n = ast_new(N_STRUCTTYPE, t.pos);
	n->list = fields;
	return n;
}

static Node *interfacetype(Token t, Vec elems)
{
	Node *n = ast_new(N_INTERFACETYPE, t.pos);
	n->list = elems;
	return n;
}

static Node *ellipsis(Token t, Node *x)
{
	Node *n = ast_new(N_ELLIPSIS, t.pos);
	n->x = x;
	return n;
}

static Node *field(Vec names, Node *type, Node *tag)
{
	Node *n = ast_new(N_FIELD, names.n ? ((Node *)names.v[0])->pos : ast_start_pos(type));
	n->list = names;
	n->y = type;
	n->lit = tag ? tag->lit : NULL;
	return n;
}

static Node *method(Token name_tok, Node *ftype)
{
	ftype->pos = name_tok.pos;
	return field(list1(name(name_tok)), ftype, NULL);
}

/* A parameter as parsed: y = type, x = name or NULL. */
static Node *param(Node *pname, Node *type)
{
	Node *n = ast_new(N_FIELD, pname ? pname->pos : ast_start_pos(type));
	n->x = pname;
	n->y = type;
	return n;
}

/* Groups parsed parameters into N_FIELDs.  In "(a, b int, c string)" the
 * bare "a" was parsed as a type; once some parameter has a name, every bare
 * name shares the type of the next parameter that has one (gc's rule, and
 * gc's messages when that fails).  rparen: position of the ')'. */
static Vec params(Parser *ps, Vec list, Pos rparen)
{
	Vec out = {0};
	int named = 0, typed = 0;
	for (int i = 0; i + 1 < list.n; i++) {
		Node *t = ((Node *)list.v[i])->y;
		if (t->kind == N_ELLIPSIS) {
			diag_error(t->pos, "can only use ... with final parameter in list");
			break;
		}
	}
	for (int i = 0; i < list.n; i++) {
		Node *p = list.v[i];
		if (p->x)
			named++, typed++;
		else if (p->y->kind != N_IDENT)
			typed++;
	}
	if (named == 0) {
		for (int i = 0; i < list.n; i++) {
			Node *p = list.v[i];
			vec_push(&out, field((Vec){0}, p->y, NULL));
		}
		return out;
	}
	/* right to left: a bare name takes the type on its right */
	Pos err = {0, 0, 0};
	Node *type = NULL;
	Vec names = {0};
	Node **fields = xalloc(sizeof(Node *) * (size_t)list.n);
	int nf = 0;
	for (int i = list.n - 1; i >= 0; i--) {
		Node *p = list.v[i];
		if (p->x) {
			type = p->y;
			names = list1(p->x);
			fields[nf++] = field(names, type, NULL);
		} else if (p->y->kind != N_IDENT) {
			err = ast_start_pos(p->y);
			type = p->y;
			fields[nf++] = field((Vec){0}, type, NULL);
		} else if (type) {
			/* joins the group on its right */
			Node *f = fields[nf - 1];
			Vec nv = list1(p->y);
			for (int k = 0; k < f->list.n; k++)
				vec_push(&nv, f->list.v[k]);
			f->list = nv;
			f->pos = p->y->pos;
		} else {
			err = p->y->pos;
		}
	}
	for (int i = nf - 1; i >= 0; i--)
		vec_push(&out, fields[i]);
	if (err.line) {
		if (named == typed)
			diag_error(rparen, "syntax error: missing parameter type");
		else
			diag_error(err, "syntax error: missing parameter name");
	}
	return out;
}

static Node *block(Token lb, Vec stmts, Token rb)
{
	Node *n = ast_new(N_BLOCK, lb.pos);
	n->list = stmts;
	n->pos2 = rb.pos;
	return n;
}

static Node *expr_stmt(Parser *ps, Vec list)
{
	Node *x = list.v[0];
	if (list.n > 1) {
		/* "a, b" alone: gc expects an assignment operator after the list */
		diag_error(ps->last.pos, "syntax error: unexpected %s, expected := or = or comma",
			   lx_token_str(&ps->last));
		ps->err_line = ps->last.pos.line;
	}
	Node *n = ast_new(N_EXPRSTMT, ast_start_pos(x));
	n->x = x;
	return n;
}

static Node *incdec(Node *x, Token op)
{
	Node *n = ast_new(N_INCDEC, ast_start_pos(x));
	n->op = (Op)op.op;
	n->x = x;
	n->pos2 = op.pos;
	return n;
}

static Node *send(Node *ch, Token arrow, Node *v)
{
	Node *n = ast_new(N_SEND, ast_start_pos(ch));
	n->x = ch;
	n->y = v;
	n->pos2 = arrow.pos;
	return n;
}

static Node *assign(Vec lhs, Token op, Vec rhs)
{
	Node *n = ast_new(N_ASSIGN, ast_start_pos(lhs.v[0]));
	n->op = (Op)op.op;
	n->list = lhs;
	n->list2 = rhs;
	n->pos2 = op.pos;
	return n;
}

static Node *go_defer(Parser *ps, Token kw, NodeKind kind, Node *x)
{
	Node *n = ast_new(kind, kw.pos);
	const char *what = kind == N_GO ? "go" : "defer";
	if (x->kind == N_PAREN) {
		diag_error(x->pos, "expression in %s must not be parenthesized", what);
		while (x->kind == N_PAREN)
			x = x->x;
	}
	if (x->kind != N_CALL)
		diag_error(x->kind == N_FUNCTYPE && x->pos2.line ? x->pos2 : x->pos,
			   "expression in %s must be function call", what);
	n->x = x;
	return n;
}

static Node *return_stmt(Token t, Vec results)
{
	Node *n = ast_new(N_RETURN, t.pos);
	n->list = results;
	return n;
}

static Node *branch(Token t, Op op, Token *label)
{
	Node *n = ast_new(N_BRANCH, t.pos);
	n->op = op;
	if (label) {
		n->name = label->lit;
		n->pos2 = label->pos;
	}
	return n;
}

static Node *labeled(Token label, Node *stmt)
{
	Node *n = ast_new(N_LABELED, label.pos);
	n->name = label.lit;
	n->x = stmt ? stmt : ast_new(N_EMPTY, label.pos);
	return n;
}

static Node *declstmt(Node *decl)
{
	Node *n = ast_new(N_DECLSTMT, decl->pos);
	n->x = decl;
	return n;
}


/* gc's String() of a simple statement or expression, for messages such as
 * "cannot use x := 1 as value".  Covers the usual forms; others print "…". */
static void node_str(Buf *b, Node *n)
{
	if (!n) {
		return;
	}
	switch (n->kind) {
	case N_IDENT: buf_puts(b, n->name); return;
	case N_BASICLIT: buf_puts(b, n->lit); return;
	case N_BINARY:
		node_str(b, n->x);
		buf_printf(b, " %s ", ast_op_str(n->op));
		node_str(b, n->y);
		return;
	case N_UNARY: buf_puts(b, ast_op_str(n->op)); node_str(b, n->x); return;
	case N_STAR: buf_putc(b, '*'); node_str(b, n->x); return;
	case N_PAREN: buf_putc(b, '('); node_str(b, n->x); buf_putc(b, ')'); return;
	case N_SELECTOR: node_str(b, n->x); buf_printf(b, ".%s", n->name); return;
	case N_INDEX: node_str(b, n->x); buf_putc(b, '['); node_str(b, n->y); buf_putc(b, ']'); return;
	case N_CALL:
		node_str(b, n->x);
		buf_putc(b, '(');
		for (int i = 0; i < n->list.n; i++) {
			if (i)
				buf_puts(b, ", ");
			node_str(b, n->list.v[i]);
		}
		buf_puts(b, n->flag ? "...)" : ")");
		return;
	case N_TYPEASSERT:
		node_str(b, n->x);
		buf_puts(b, ".(");
		if (n->y)
			node_str(b, n->y);
		else
			buf_puts(b, "type");
		buf_putc(b, ')');
		return;
	case N_EXPRSTMT: node_str(b, n->x); return;
	case N_INCDEC: node_str(b, n->x); buf_puts(b, ast_op_str(n->op)); return;
	case N_SEND: node_str(b, n->x); buf_puts(b, " <- "); node_str(b, n->y); return;
	case N_ASSIGN:
		for (int i = 0; i < n->list.n; i++) {
			if (i)
				buf_puts(b, ", ");
			node_str(b, n->list.v[i]);
		}
		if (n->op == OP_ASSIGN || n->op == OP_DEFINE)
			buf_printf(b, " %s ", ast_op_str(n->op));
		else
			buf_printf(b, " %s= ", ast_op_str(n->op));
		for (int i = 0; i < n->list2.n; i++) {
			if (i)
				buf_puts(b, ", ");
			node_str(b, n->list2.v[i]);
		}
		return;
	default:
		buf_puts(b, "…");
	}
}

static void emphasize(Buf *b, Vec list)
{
	bool paren = list.n == 1 && ((Node *)list.v[0])->kind == N_BINARY;
	if (paren)
		buf_putc(b, '(');
	for (int i = 0; i < list.n; i++) {
		if (i)
			buf_puts(b, ", ");
		node_str(b, list.v[i]);
	}
	if (paren)
		buf_putc(b, ')');
}

/* The position gc gives a simple statement: the operator of an assignment,
 * send or ++/--, the start of an expression statement. */
static Pos stmt_pos(Node *s)
{
	if (s->kind == N_ASSIGN || s->kind == N_SEND || s->kind == N_INCDEC)
		return s->pos2;
	return s->pos;
}

/* The condition of an if or for header, parsed as a simple statement:
 * "if x := 1 {" gets gc's "cannot use x := 1 as value". */
static Node *cond(Parser *ps, Node *s)
{
	if (s->kind == N_EXPRSTMT)
		return s->x;
	if (ps->last.kind != TK_LBRACE)
		return ast_new(N_BAD, s->pos); /* not a header: the syntax error follows */
	Buf b = {0};
	if (s->kind == N_ASSIGN && s->op == OP_ASSIGN) {
		/* gc emphasizes "=" written for "==": assignment (a) = (b) */
		buf_puts(&b, "assignment ");
		emphasize(&b, s->list);
		buf_puts(&b, " = ");
		emphasize(&b, s->list2);
	} else {
		node_str(&b, s);
	}
	diag_error(stmt_pos(s), "syntax error: cannot use %s as value", b.s ? b.s : "");
	buf_free(&b);
	return ast_new(N_BAD, s->pos);
}

/* After "if init;" gc parses the condition as a simple statement and
 * checks it whatever follows. */
static Node *cond_after_semi(Parser *ps, Node *s)
{
	int kind = ps->last.kind;
	ps->last.kind = TK_LBRACE;
	Node *c = cond(ps, s);
	ps->last.kind = kind;
	return c;
}

static Node *no_cond(Parser *ps, Token *semi)
{
	Pos lbrace = ps->last.pos;
	if (ps->last.kind != TK_LBRACE)
		return ast_new(N_BAD, lbrace); /* the syntax error follows */
	if (!semi)
		diag_error(lbrace, "syntax error: missing condition in if statement");
	else if (strcmp(semi->lit, "semicolon") == 0)
		diag_error(semi->pos, "syntax error: missing condition in if statement");
	else
		diag_error(semi->pos, "syntax error: unexpected %s, expected { after if clause", semi->lit);
	return ast_new(N_BAD, semi ? semi->pos : lbrace);
}

/* Completes an if/for/switch whose header was reduced first. */
static Node *finish(Node *head, Node *body, Node *els)
{
	head->body = body;
	head->els = els;
	return head;
}

static Node *index_required(Token t, const char *which)
{
	diag_error(t.pos, "%s index required in 3-index slice", which);
	return ast_new(N_BAD, t.pos);
}

static Node *tilde(Token t, Node *x)
{
	diag_error(t.pos, "cannot use ~ outside of interface or type constraint");
	return x;
}

static Node *if_stmt(Parser *ps, Token t, Node *init, Node *c, Node *body, Node *els)
{
	Node *n = ast_new(N_IF, t.pos);
	n->init = init;
	n->cond = c;
	n->body = body;
	n->els = els;
	return n;
}

static bool is_guard(Node *x)
{
	return x && x->kind == N_TYPEASSERT && x->y == NULL;
}

static Node *switch_stmt(Parser *ps, Token t, Node *init, Node *tag, Node *body)
{
	Node *n = ast_new(N_SWITCH, t.pos);
	n->init = init;
	n->body = body;
	if (!tag)
		return n;
	if (tag->kind == N_EXPRSTMT) {
		n->x = tag->x;
		if (is_guard(tag->x))
			n->kind = N_TYPESWITCH, n->x = tag;
		return n;
	}
	if (tag->kind == N_ASSIGN && tag->op == OP_DEFINE && tag->list.n == 1 &&
	    tag->list2.n == 1 && is_guard(tag->list2.v[0])) {
		n->kind = N_TYPESWITCH;
		n->x = tag;
		return n;
	}
	n->x = cond(ps, tag);
	return n;
}

static Node *caseclause(Token t, Vec exprs, bool dflt, Vec stmts)
{
	Node *n = ast_new(N_CASECLAUSE, t.pos);
	n->list = exprs;
	n->flag = dflt;
	n->list2 = stmts;
	return n;
}

static Node *select_stmt(Token t, Node *body)
{
	Node *n = ast_new(N_SELECT, t.pos);
	n->body = body;
	return n;
}

static Node *commclause(Parser *ps, Token t, Node *comm, Vec stmts)
{
	Node *n = ast_new(N_COMMCLAUSE, t.pos);
	n->x = comm;
	n->flag = comm == NULL;
	n->list2 = stmts;
	return n;
}

static Node *for_stmt(Parser *ps, Token t, Node *init, Node *c, Node *post, Node *body)
{
	Node *n = ast_new(N_FOR, t.pos);
	n->init = init;
	n->cond = c;
	n->post = post;
	n->body = body;
	if (post && post->kind == N_ASSIGN && post->op == OP_DEFINE && ps->last.kind == TK_LBRACE)
		diag_error(post->pos2, "syntax error: cannot declare in post statement of for loop");
	return n;
}

static Node *range_stmt(Parser *ps, Token t, Vec lhs, Op op, Node *x, Node *body)
{
	Node *n = ast_new(N_RANGE, t.pos);
	if (lhs.n > 0)
		n->x = lhs.v[0];
	if (lhs.n > 1)
		n->y = lhs.v[1];
	if (lhs.n > 2)
		diag_error(ast_start_pos(lhs.v[2]), "range clause permits at most two iteration variables");
	n->op = op;
	n->z = x;
	n->body = body;
	return n;
}

static Node *gendecl(Token kw, Op kind, Vec specs, bool grouped)
{
	Node *n = ast_new(N_GENDECL, kw.pos);
	n->op = kind;
	n->list = specs;
	n->flag = grouped;
	for (int i = 0; i < specs.n; i++)
		((Node *)specs.v[i])->aux = i;
	return n;
}

static Node *importspec(Token *local, Token path)
{
	Node *n = ast_new(N_IMPORTSPEC, local ? local->pos : path.pos);
	n->name = local ? local->lit : NULL;
	n->lit = path.lit;
	n->pos2 = path.pos;
	return n;
}

static Node *valuespec(Vec names, Node *type, Vec values)
{
	Node *n = ast_new(N_VALUESPEC, ((Node *)names.v[0])->pos);
	n->list = names;
	n->y = type;
	n->list2 = values;
	return n;
}

static Node *typespec(Token tname, bool alias, Node *type)
{
	Node *n = ast_new(N_TYPESPEC, tname.pos);
	n->name = tname.lit;
	n->flag = alias;
	n->y = type;
	return n;
}

/* The spec's index in its group is iota (aux), set as specs are appended. */
static Node *funcdecl(Parser *ps, Token kw, Node *recv_type, Token fname, Node *ftype, Node *body)
{
	Node *n = ast_new(N_FUNCDECL, kw.pos);
	n->name = fname.lit;
	n->pos2 = fname.pos;
	ftype->pos = kw.pos;
	n->y = ftype;
	n->body = body;
	if (recv_type) {
		if (recv_type->list.n == 1 && ((Node *)recv_type->list.v[0])->list.n <= 1) {
			n->x = recv_type->list.v[0];
			n->x->pos2 = recv_type->pos2;
		}
		else if (recv_type->list.n == 0)
			diag_error(recv_type->pos, "method has no receiver");
		else
			diag_error(recv_type->pos, "method has multiple receivers");
	}
	return n;
}

static void package_clause(Parser *ps, Token kw, Token pname)
{
	ps->root->name = pname.lit;
	ps->root->pos = kw.pos;
	ps->root->pos2 = pname.pos;
	ps->snippet = false;
}

static void top_import(Parser *ps, Node *decl)
{
	if (ps->seen_decl) {
		diag_error(decl->pos, "syntax error: imports must appear before other declarations");
		ps->err_line = decl->pos.line;
	}
	vec_push(&ps->root->list, decl);
}

static void top_decl(Parser *ps, Node *decl)
{
	ps->seen_decl = true;
	vec_push(&ps->root->list2, decl);
}

/* "func (r T) {" at the top level parses as a function literal; gc read a
 * method declaration whose name is missing, and says so where the name
 * should be (here only when the body's '{' follows the receiver). */
static bool method_without_name(Parser *ps, Node *stmt)
{
	Node *x = stmt->kind == N_EXPRSTMT ? stmt->x : NULL;
	while (x && x->kind == N_CALL)
		x = x->x;
	if (!x || x->kind != N_FUNCLIT || x->x->list2.n != 0 || x->pos.line != stmt->pos.line ||
	    x->pos.col != stmt->pos.col)
		return false;
	Pos at = x->body->pos;
	ps->errors++;
	ps->err_line = at.line;
	if (x->x->list.n == 0)
		diag_error(at, "method has no receiver");
	else if (x->x->list.n > 1 || ((Node *)x->x->list.v[0])->list.n > 1)
		diag_error(at, "method has multiple receivers");
	diag_error(at, "syntax error: unexpected {, expected name");
	return true;
}

static void top_stmt(Parser *ps, Node *stmt)
{
	ps->seen_decl = true;
	Node *prev = ps->root->list2.n ? ps->root->list2.v[ps->root->list2.n - 1] : NULL;
	if (stmt->kind == N_BLOCK && prev && prev->kind == N_FUNCDECL && !prev->body) {
		diag_error(stmt->pos, "syntax error: unexpected semicolon or newline before {");
		prev->body = stmt;
		ps->err_line = stmt->pos.line;
		ps->errors++;
		return;
	}
	if (!ps->snippet && ps->last.kind != TK_SEMI && ps->last.kind != 0)
		return; /* a default reduction before a syntax error: let it speak */
	if (!ps->snippet && method_without_name(ps, stmt))
		return;
	if (!ps->snippet) {
		if (ps->err_line != stmt->pos.line)
			diag_error(stmt->pos, "syntax error: non-declaration statement outside function body");
		ps->err_line = stmt->pos.line;
		ps->errors++;
	}
	vec_push(&ps->root->list2, stmt);
}

/* ------------------------------------------------------- syntax errors */

/* Would the parser, in its current state, accept token tok?  Simulates the
 * reductions lemon would do on a copy of the state stack (as bison's LAC
 * does), without touching the real one. */
static bool accepts(Parser *ps, int tok)
{
	enum { MAXX = 256 };
	YYACTIONTYPE extra[MAXX];
	int nextra = 0;
	int base = ps->nsnap - 1; /* snapshot entries at and below base are kept */
	if (base < 0)
		return false;
	YYACTIONTYPE act = ps->snap[base].state;
	for (int iter = 0; iter < 10000; iter++) {
		act = yy_find_shift_action((YYCODETYPE)tok, act);
		if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
			unsigned rule = act - YY_MIN_REDUCE;
			int pop = -yyRuleInfoNRhs[rule];
			while (pop > 0) {
				if (nextra > 0)
					nextra--;
				else
					base--;
				pop--;
			}
			if (base < 0)
				return false;
			YYACTIONTYPE top = nextra > 0 ? extra[nextra - 1] : ps->snap[base].state;
			act = yy_find_reduce_action(top, yyRuleInfoLhs[rule]);
			if (nextra >= MAXX)
				return false;
			extra[nextra++] = act;
			continue;
		}
		return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
	}
	return false;
}

/* Copies lemon's stack before a token is pushed, so that an error is
 * explained from the state the token met, before lemon's default
 * reductions (which run before the error is detected) changed it. */
static void snapshot(Parser *ps, yyParser *p)
{
	int n = (int)(p->yytos - p->yystack) + 1;
	if (n > ps->capsnap) {
		ps->capsnap = n * 2 + 16;
		ps->snap = realloc(ps->snap, sizeof *ps->snap * (size_t)ps->capsnap);
		if (!ps->snap)
			fatal("out of memory");
	}
	for (int i = 0; i < n; i++) {
		yyStackEntry *e = &p->yystack[i];
		ps->snap[i] = (struct Snap){e->stateno, e->major, {0, 0, 0}};
		if (i > 0 && e->major < YYNTOKEN)
			ps->snap[i].pos = e->minor.yy0.pos; /* a token: its value is a Token */
	}
	ps->nsnap = n;
}

/* The innermost unclosed bracket on the parser's stack (a shifted '(' '['
 * or '{' not yet reduced), with the symbol under it, which tells the
 * construct; and the nearest header keyword (if/for/switch/select) above it. */
typedef struct Ctx {
	int open, below, header;
} Ctx;

/* Lemon numbers nonterminals but names them only in yyTokenName. */
static int YYNT_pexpr = -1, YYNT_npexpr = -1, YYNT_params = -1, YYNT_ctype = -1, YYNT_package = -1;

static int symbol_code(const char *name)
{
#if defined(YYCOVERAGE) || !defined(NDEBUG)
	for (size_t i = 0; i < sizeof yyTokenName / sizeof yyTokenName[0]; i++)
		if (strcmp(yyTokenName[i], name) == 0)
			return (int)i;
#endif
	(void)name;
	return -2;
}

static void init_symbols(void)
{
	if (YYNT_pexpr != -1)
		return;
	YYNT_pexpr = symbol_code("pexpr");
	YYNT_npexpr = symbol_code("npexpr");
	YYNT_params = symbol_code("params");
	YYNT_ctype = symbol_code("ctype");
	YYNT_package = symbol_code("package");
}

static Ctx context(Parser *ps)
{
	Ctx c = {0, 0, 0};
	int closed = 0; /* brackets closed above: skip their openers */
	for (int i = ps->nsnap - 1; i > 0; i--) {
		int m = ps->snap[i].major;
		if (!c.header && (m == TK_IF || m == TK_FOR || m == TK_SWITCH || m == TK_SELECT))
			c.header = m;
		if (m == TK_RPAREN || m == TK_RBRACK || m == TK_RBRACE) {
			closed++;
			continue;
		}
		if ((m == TK_LPAREN || m == TK_LBRACK || m == TK_LBRACE) && closed > 0) {
			closed--;
			continue;
		}
		if (m == TK_LPAREN || m == TK_LBRACK || m == TK_LBRACE) {
			c.open = m;
			c.below = i > 1 ? ps->snap[i - 1].major : 0;
			return c;
		}
	}
	return c;
}

/* Whether the header of an if/switch (one ';' seen) or a for (two, or a
 * range clause) is complete, so that only its block can follow. */
static bool header_done(Parser *ps, int keyword)
{
	int semis = 0;
	for (int i = ps->nsnap - 1; i > 0 && ps->snap[i].major != keyword; i--) {
		if (ps->snap[i].major == TK_SEMI)
			semis++;
		if (ps->snap[i].major == TK_RANGE)
			return true; /* a range clause is the whole header */
	}
	return semis >= (keyword == TK_FOR ? 2 : 1);
}

/* The list a list-closing error is in, as gc's parser.list() names it. */
static const char *list_context(Ctx c, int *sep, int *close)
{
	*sep = TK_COMMA;
	*close = c.open == TK_LPAREN ? TK_RPAREN : TK_RBRACE;
	if (c.open == TK_LPAREN) {
		if (c.below == YYNT_pexpr || c.below == YYNT_npexpr)
			return "argument list";
		if (c.below == TK_FUNC || c.below == TK_IDENT || c.below == YYNT_params)
			return "parameter list";
		if (c.below == TK_CONST || c.below == TK_VAR || c.below == TK_TYPE || c.below == TK_IMPORT) {
			*sep = TK_SEMI;
			return "grouped declaration";
		}
		return NULL;
	}
	if (c.open == TK_LBRACE) {
		if (c.below == TK_STRUCT || c.below == TK_INTERFACE) {
			*sep = TK_SEMI;
			return c.below == TK_STRUCT ? "struct type" : "interface type";
		}
		if (c.below == TK_IDENT || c.below == YYNT_ctype || c.below == TK_LBRACE ||
		    c.below == TK_COMMA || c.below == TK_COLON)
			return "composite literal";
	}
	return NULL;
}

static const char *tokstring(int kind)
{
	switch (kind) {
	case TK_COMMA: return "comma";
	case TK_SEMI: return "semicolon or newline";
	case TK_IDENT: return "name";
	case TK_RPAREN: return ")";
	case TK_RBRACK: return "]";
	case TK_RBRACE: return "}";
	case TK_LBRACE: return "{";
	case TK_LPAREN: return "(";
	case TK_LBRACK: return "[";
	case TK_COLON: return ":";
	case TK_CHAN: return "chan";
	case TK_ASSIGN: return "=";
	}
	return "?";
}

/* Words a syntax error as gc does.  What lemon could accept here (accepts())
 * and the enclosing construct (context()) stand in for the call stack of
 * gc's recursive-descent parser, which is what chooses gc's wording. */
static void syntax_error(Parser *ps, void *parser, int major, Token *tok)
{
	(void)parser;
	const char *what = lx_token_str(tok);
	const char *msg = NULL;
	bool plain = false;  /* message without "unexpected X" */

	ps->errors++;
	ps->restart = true;
	if (ps->err_line == tok->pos.line && ps->err_line)
		return;
	if (major == 0 && diag_errors > ps->diag_errors0)
		return; /* gc: no meaningless follow-up error at EOF */
	ps->err_line = tok->pos.line;

	init_symbols();
	Ctx c = context(ps);
	int top = ps->nsnap > 0 ? ps->snap[ps->nsnap - 1].major : 0;
	bool want_expr = accepts(ps, TK_INT);
	bool want_stmt = accepts(ps, TK_RETURN);
	bool want_type = !want_expr && accepts(ps, TK_IDENT) && accepts(ps, TK_STAR) && accepts(ps, TK_MAP);
	bool want_semi = accepts(ps, TK_SEMI);
	bool want_lbrace = accepts(ps, TK_LBRACE);
	int sep, close;
	const char *list = list_context(c, &sep, &close);

	/* gc's callStmt reports "go (f())" after parsing it, but errors are
	 * sorted: its message comes first, at the '(' */
	for (int i = ps->nsnap - 2; i > 0; i--) {
		int m = ps->snap[i].major;
		if ((m == TK_GO || m == TK_DEFER) && ps->snap[i + 1].major == TK_LPAREN) {
			diag_error(ps->snap[i + 1].pos, "expression in %s must not be parenthesized",
				   m == TK_GO ? "go" : "defer");
			break;
		}
		if (m == TK_SEMI || m == TK_LBRACE || m == TK_COLON)
			break;
	}

	/* Specific cases first, each named after the gc function whose message
	 * it reproduces; the general ones (lists, statements, expressions) last. */
	int below = ps->nsnap > 1 ? ps->snap[ps->nsnap - 2].major : 0;
	if (top == TK_COLON && below == TK_IDENT && c.open == TK_LBRACE && major != TK_RBRACE &&
	    !accepts(ps, major)) {
		/* gc's labeledStmtOrNil, at the ':' */
		diag_error(ps->snap[ps->nsnap - 1].pos, "syntax error: missing statement after label");
		return;
	} else if (top == TK_ELLIPSIS && list && strcmp(list, "parameter list") == 0 && !accepts(ps, major)) {
		msg = "... is missing type", plain = true;
	} else if (c.open == TK_LPAREN && (c.below == TK_VAR || c.below == TK_CONST || c.below == TK_TYPE) &&
		   (top == TK_LPAREN || top == TK_SEMI) && major != 0 && !accepts(ps, major)) {
		msg = "expected name"; /* a spec of a group starts with a name */
	} else if (top == TK_IDENT && below == TK_PACKAGE) {
		msg = "expected semicolon or newline"; /* gc: want(';') after the package clause */
	} else if (top == TK_FUNC && c.open == 0 && major != TK_LPAREN &&
		   (below == TK_SEMI || below == YYNT_package || ps->nsnap <= 2)) {
		msg = "expected name or ("; /* gc's funcDeclOrNil */
	} else if (top == TK_IDENT && c.open == 0 && !accepts(ps, major) &&
		   (below == TK_FUNC || (below == YYNT_params && ps->nsnap > 3 &&
					 ps->snap[ps->nsnap - 3].major == TK_FUNC))) {
		msg = "expected ("; /* gc's funcType after the function's name */
	} else if ((top == TK_CHAN || (top == TK_ARROW && below == TK_CHAN)) && !accepts(ps, major)) {
		msg = "missing channel element type", plain = true;
	} else if (major == TK_VAR && (top == TK_FOR || top == TK_IF || top == TK_SWITCH)) {
		/* gc reports it at the token after "var" */
		ps->pending = xprintf("var declaration not allowed in %s initializer",
				      top == TK_FOR ? "for" : top == TK_IF ? "if" : "switch");
		return;
	} else if (c.header == TK_FOR && top == TK_SEMI && major == TK_LBRACE && !header_done(ps, TK_FOR)) {
		msg = "expected for loop condition";
	} else if (want_expr && major != TK_LBRACE &&
		   (((top == TK_FOR || top == TK_IF || top == TK_SWITCH) && major != TK_SEMI) ||
		    (c.header == TK_FOR && top == TK_SEMI && (major != TK_SEMI || header_done(ps, TK_FOR))) ||
		    ((c.header == TK_IF || c.header == TK_SWITCH) && top == TK_SEMI))) {
		msg = "expected expression"; /* gc's header(): a simple statement starts here */
	} else if (top == TK_RETURN && major != TK_SEMI && major != TK_RBRACE) {
		msg = "expected expression";
	} else if (top == TK_LBRACK && major == TK_RBRACK && (below == YYNT_pexpr || below == YYNT_npexpr)) {
		msg = "expected operand"; /* gc: x[] */
	} else if (top == TK_ELSE) {
		msg = "else must be followed by if or statement block", plain = true;
	} else if (top == TK_SELECT) {
		msg = "missing { after select clause", plain = true;
	} else if (top == TK_IDENT && ps->nsnap > 2 && (ps->snap[ps->nsnap - 2].major == TK_TYPE ||
							  (c.open == TK_LPAREN && c.below == TK_TYPE &&
							   ps->snap[ps->nsnap - 2].major != TK_IDENT))) {
		msg = "in type declaration";
	} else if (list && strcmp(list, "parameter list") == 0 && (top == TK_LPAREN || top == TK_COMMA) &&
		   !accepts(ps, major)) {
		msg = "expected )";
	} else if (top == TK_DOT) {
		msg = accepts(ps, TK_LPAREN) ? "expected name or (" : "expected name";
	} else if (major == TK_DEFINE && accepts(ps, TK_ASSIGN)) {
		msg = "expected =";
	} else if (major != TK_STRING && major != TK_IDENT && major != TK_DOT && major != TK_RPAREN &&
		   (top == TK_IMPORT || (c.open == TK_LPAREN && c.below == TK_IMPORT &&
					 (top == TK_LPAREN || top == TK_SEMI)))) {
		msg = "missing import path", plain = true;
	} else if (accepts(ps, TK_STRING) && !want_expr && !accepts(ps, TK_IDENT) && !want_semi) {
		msg = "missing import path", plain = true;
	} else if (c.header && want_lbrace && !want_stmt &&
		   (major == TK_SEMI ? !want_semi : header_done(ps, c.header))) {
		/* the header is complete: gc's blockStmt(context) */
		if (c.header == TK_SWITCH)
			msg = "missing { after switch clause", plain = true;
		else
			msg = c.header == TK_FOR ? "expected { after for clause" : "expected { after if clause";
	} else if (c.header && want_lbrace && !want_stmt && major != TK_SEMI) {
		msg = "expected {"; /* gc's header(): want('{') */
	} else if (c.header == TK_FOR && want_semi && !want_stmt && !want_lbrace) {
		msg = "expected semicolon or newline";
	} else if (c.open == TK_LBRACE && c.below == TK_STRUCT && (top == TK_LBRACE || top == TK_SEMI) &&
		   major != TK_RBRACE && major != 0 && !accepts(ps, major)) {
		msg = "expected field name or embedded type";
	} else if (c.open == TK_LBRACE && c.below == TK_STRUCT && top == TK_IDENT && ps->nsnap > 2 &&
		   (ps->snap[ps->nsnap - 2].major == TK_LBRACE || ps->snap[ps->nsnap - 2].major == TK_SEMI ||
		    ps->snap[ps->nsnap - 2].major == TK_COMMA) && major != 0) {
		msg = "expected type"; /* gc's fieldDecl: a name, then a type */
	} else if (list && major == 0 && accepts(ps, close)) {
		msg = xprintf("expected %s", tokstring(close));
	} else if (list && accepts(ps, sep) && accepts(ps, close) && top != sep && top != c.open) {
		msg = xprintf("in %s; possibly missing %s or %s", list, tokstring(sep), tokstring(close));
	} else if (accepts(ps, TK_CASE) && accepts(ps, TK_DEFAULT) &&
		   (!want_stmt || top == TK_SEMI || top == TK_COLON)) {
		msg = "expected case or default or }";
	} else if (accepts(ps, TK_CASE) && want_semi) {
		msg = "at end of statement";
	} else if (want_stmt) {
		if (c.open == 0)
			msg = "non-declaration statement outside function body", plain = true;
		else
			msg = "expected }";
	} else if (want_expr && !want_semi) {
		msg = "expected expression";
	} else if (want_type && !want_semi) {
		msg = "expected type";
	} else if (want_semi) {
		msg = c.open == 0 ? "after top level declaration" : "at end of statement";
	} else if (c.open == TK_LBRACK && (c.below == YYNT_pexpr || c.below == YYNT_npexpr) &&
		   accepts(ps, TK_COLON)) {
		msg = "expected comma, : or ]";
	} else {
		static const int closers[] = {TK_RPAREN, TK_RBRACK, TK_RBRACE, TK_COLON, TK_LBRACE,
					      TK_IDENT, TK_CHAN, TK_LPAREN, TK_LBRACK, TK_ASSIGN, TK_COMMA, 0};
		for (const int *k = closers; *k && !msg; k++)
			if (accepts(ps, *k))
				msg = xprintf("expected %s", tokstring(*k));
	}
	if (!msg)
		diag_error(tok->pos, "syntax error: unexpected %s", what);
	else if (plain)
		diag_error(tok->pos, "syntax error: %s", msg);
	else if (strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 || strncmp(msg, "after ", 6) == 0)
		diag_error(tok->pos, "syntax error: unexpected %s %s", what, msg);
	else
		diag_error(tok->pos, "syntax error: unexpected %s, %s", what, msg);
}

static bool top_level_start(int kind)
{
	return kind == TK_IMPORT || kind == TK_CONST || kind == TK_TYPE || kind == TK_VAR ||
	       kind == TK_FUNC || kind == TK_SEMI || kind == 0;
}

static void not_a_declaration(Parser *ps, Token *t)
{
	Node *prev = ps->root->list2.n ? ps->root->list2.v[ps->root->list2.n - 1] : NULL;
	ps->errors++;
	if (ps->err_line == t->pos.line)
		return;
	ps->err_line = t->pos.line;
	if (t->kind == TK_LBRACE && prev && prev->kind == N_FUNCDECL && !prev->body)
		diag_error(t->pos, "syntax error: unexpected semicolon or newline before {");
	else
		diag_error(t->pos, "syntax error: non-declaration statement outside function body");
}

/* Feeds the lexer's tokens to lemon.  After a syntax error the parse of the
 * current top-level declaration is abandoned, as gc abandons it: tokens are
 * skipped up to the next const/func/import/type/var at brace depth 0 that
 * starts a line, and a fresh parser continues from there (declarations
 * already reduced are in ps.root).  So each declaration reports at most
 * one syntax error and no cascade. */
Node *ps_parse_file(int file)
{
	Parser ps = {0};
	ps.file = file;
	ps.root = ast_new(N_FILE, (Pos){file, 1, 1});
	ps.snippet = true;
	ps.diag_errors0 = diag_errors;
	lx_init(&ps.lx, file);
	void *p = ps_ParseAlloc(malloc);
	Token t;
	int depth = 0, nest = 0, prev_kind = TK_SEMI, ntokens = 0, semis = 0;
	bool skipping = false, has_package = false;
	do {
		lx_next(&ps.lx, &t);
		if (ntokens++ == 0)
			has_package = t.kind == TK_PACKAGE;
		if (ps.pending) {
			diag_error(t.pos, "syntax error: %s", ps.pending);
			ps.pending = NULL;
		}
		if (!skipping && has_package && semis > 0 && nest == 0 && prev_kind == TK_SEMI &&
		    !top_level_start(t.kind)) {
			/* gc's fileOrNil: only a declaration may start here */
			not_a_declaration(&ps, &t);
			ps_ParseFree(p, free);
			p = ps_ParseAlloc(malloc);
			skipping = true;
		}
		if (t.kind == TK_LPAREN || t.kind == TK_LBRACK || t.kind == TK_LBRACE)
			nest++;
		else if ((t.kind == TK_RPAREN || t.kind == TK_RBRACK || t.kind == TK_RBRACE) && nest > 0)
			nest--;
		if (t.kind == TK_SEMI)
			semis++;
		if (skipping) {
			bool decl = t.kind == TK_FUNC || t.kind == TK_VAR || t.kind == TK_CONST ||
				    t.kind == TK_TYPE || t.kind == TK_IMPORT;
			if (depth <= 0 && decl && prev_kind == TK_SEMI) {
				skipping = false;
				depth = nest = 0;
			}
		}
		if (t.kind == TK_LBRACE)
			depth++;
		else if (t.kind == TK_RBRACE)
			depth--;
		prev_kind = t.kind;
		if (skipping && t.kind != 0)
			continue;
		ps.last = t;
		snapshot(&ps, p);
		ps_Parse(p, t.kind, t, &ps);
		if (ps.restart && t.kind != 0) {
			ps.restart = false;
			ps_ParseFree(p, free);
			p = ps_ParseAlloc(malloc);
			skipping = true;
		}
	} while (t.kind != 0 && !ps.overflow);
	ps_ParseFree(p, free);
	free(ps.snap);
	return ps.root;
}
}
