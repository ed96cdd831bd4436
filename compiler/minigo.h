/*
 * minigo.h — the compiler's one header, a table of contents per source file
 * (chibicc's habit).  Every stage includes it.
 *
 *   util.c      arena allocation, interned strings, vectors, string buffers
 *   diag.c      source files, positions, diagnostics (gc's wording and format)
 *   lexer.re    tokens (re2c), Go's semicolon insertion            lx_
 *   parser.y    grammar (lemon), builds the AST                    ps_
 *   ast.c       AST constructors and the -dump printer             ast_
 *   types.c     Go types                                           ty_
 *   check*.c    the type checker                                   tc_
 *   emit*.c     the C emitter                                      ce_
 *   driver.c    the command line: run, build, translate, parse     main
 *
 * Memory: the compiler is a short-lived process.  Everything is allocated
 * from one arena (xalloc) and never freed one by one; arena_reset() drops it
 * all (used by the fuzzer between inputs).
 */
#ifndef MINIGO_H
#define MINIGO_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define MINIGO_VERSION "0.1.0"

/* ---- util.c ---- */

void *xalloc(size_t size); /* zeroed; never fails (aborts on OOM) */
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void arena_reset(void);

/* Interned strings: equal contents give the same pointer, so names
 * compare with ==.  The result is NUL-terminated. */
const char *intern(const char *s, size_t len);
const char *intern0(const char *s);

/* A growable array of pointers. */
typedef struct Vec {
	void **v;
	int n, cap;
} Vec;
void vec_push(Vec *v, void *p);
#define VEC_AT(vec, i) ((vec).v[i])

/* A growable string buffer (heap, not arena: it can be large). */
typedef struct Buf {
	char *s;
	size_t len, cap;
} Buf;
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_free(Buf *b);

/* Reads a whole file (or stdin for "-"); NULL and errno on failure. */
char *read_file(const char *path, size_t *len);

/* ---- diag.c ---- */

/* A source file.  Files are numbered in the order they are added. */
typedef struct SrcFile {
	const char *name; /* as given on the command line: used in messages */
	const char *src;  /* contents, NUL-terminated */
	size_t len;
	int *lines;       /* byte offset of the start of each line (lazy) */
	int nlines;
	/* Snippet mode maps wrapped positions back to the user's file: a
	 * position whose line is > 0 is always the user's own line. */
} SrcFile;

/* A position: file index, 1-based line, 1-based column counted in bytes
 * (as gc counts).  line == 0 means "no position". */
typedef struct Pos {
	int file;
	int line;
	int col;
} Pos;

int diag_add_file(const char *name, const char *src, size_t len);
SrcFile *diag_file(int i);
void diag_reset(void);

extern int diag_errors;     /* errors reported so far */
extern int diag_max_errors; /* stop after this many (10, like gc); 0: no limit */
extern bool diag_caret;     /* print the source line and a caret (default on) */
extern FILE *diag_out;      /* stderr by default */

/* Reports "file:line:col: message".  After diag_max_errors errors it prints
 * "too many errors" and exits with status 1. */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_verror(Pos pos, const char *fmt, va_list ap);
/* A warning: same format, does not count as an error. */
void diag_warn(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Buffered mode (used while type checking, as gc does): errors are kept
 * and diag_flush prints them sorted by position, at most diag_max_errors,
 * then "too many errors".  Unbuffered (the default) prints at once. */
extern bool diag_buffered;
void diag_flush(void);
/* Formats a position as "file:line:col" (static buffer, rotates 4). */
const char *diag_pos_str(Pos pos);

/* Internal compiler errors: a bug of ours, never the user's. */
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));


/* ---- lexer.re, parser.y (the front end) ---- */

/* A token.  kind is a TK_* code of build/compiler/parser.h (lemon's), 0 at
 * the end of input.  lit: identifiers interned; literals their source text;
 * ";" is "semicolon", "newline" or "EOF" (automatic), as gc names them. */
typedef struct Token {
	int kind;
	int op;          /* operators: the AST Op (assignment ops: the binary Op) */
	Pos pos;
	const char *lit;
} Token;

typedef struct Lexer {
	const char *src, *cur, *lim, *tok, *line_start;
	Pos tok_pos;     /* where the current token starts */
	int file, line;
	bool nlsemi;     /* a newline here becomes ";" (Go's semicolon rule) */
	int errors;      /* lexical errors reported */
} Lexer;

void lx_init(Lexer *lx, int file);            /* lexes diag_file(file) */
int lx_next(Lexer *lx, Token *t);             /* returns t->kind */
const char *lx_token_str(const Token *t);     /* gc's words: "name x", "keyword func", "literal 1", "newline" */

/* Parses diag_file(file)->src; syntax errors via diag_error(); returns an
 * N_FILE (possibly partial after errors), never NULL. */
struct Node *ps_parse_file(int file);

#endif
