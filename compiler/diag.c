/*
 * diag.c — source files and diagnostics.
 *
 * Messages have gc's form, "file:line:col: message", and gc's wording (the
 * callers choose the words).  Like gc, at most 10 errors are printed, then
 * "too many errors" and the compiler exits with status 1.  Each message is
 * followed by the source line and a caret under the column, for learners.
 */
#define _GNU_SOURCE
#include "minigo.h"

#include <stdlib.h>
#include <string.h>

static Vec files;
int diag_errors;
int diag_max_errors = 10;
bool diag_caret = true;
FILE *diag_out;

int diag_add_file(const char *name, const char *src, size_t len)
{
	SrcFile *f = xalloc(sizeof *f);
	f->name = name;
	f->src = src;
	f->len = len;
	vec_push(&files, f);
	return files.n - 1;
}

/* Forgets every file (their records live in the arena: call before
 * arena_reset).  The error count stays. */
void diag_reset(void)
{
	files = (Vec){0};
}

SrcFile *diag_file(int i)
{
	if (i < 0 || i >= files.n)
		return NULL;
	return files.v[i];
}

static void index_lines(SrcFile *f)
{
	if (f->lines)
		return;
	int n = 1;
	for (size_t i = 0; i < f->len; i++)
		if (f->src[i] == '\n')
			n++;
	f->lines = xalloc(sizeof(int) * (size_t)(n + 1));
	int k = 0;
	f->lines[k++] = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->src[i] == '\n')
			f->lines[k++] = (int)i + 1;
	f->nlines = k;
}

const char *diag_pos_str(Pos pos)
{
	static char bufs[4][512];
	static int k;
	char *b = bufs[k++ & 3];
	SrcFile *f = diag_file(pos.file);
	const char *name = f ? f->name : "?";
	if (pos.line <= 0)
		snprintf(b, 512, "%s", name);
	else if (pos.col <= 0 || pos.col >= 255)
		/* gc keeps 8 bits of column (cmd/internal/src, colMax 255) and
		 * prints a column that reaches the limit as unknown */
		snprintf(b, 512, "%s:%d", name, pos.line);
	else
		snprintf(b, 512, "%s:%d:%d", name, pos.line, pos.col);
	return b;
}

static void show_line(Pos pos)
{
	SrcFile *f = diag_file(pos.file);
	if (!f || pos.line <= 0 || !diag_caret)
		return;
	index_lines(f);
	if (pos.line > f->nlines)
		return;
	const char *s = f->src + f->lines[pos.line - 1];
	const char *end = s;
	while (end < f->src + f->len && *end != '\n')
		end++;
	if (end - s > 200)
		return; /* a minified line helps nobody */
	fprintf(diag_out, "\t%.*s\n\t", (int)(end - s), s);
	for (int i = 1; i < pos.col && s + i - 1 < end; i++)
		fputc(s[i - 1] == '\t' ? '\t' : ' ', diag_out);
	fputs("^\n", diag_out);
}

static void report(Pos pos, const char *kind, const char *fmt, va_list ap)
{
	if (!diag_out)
		diag_out = stderr;
	fprintf(diag_out, "%s: %s", diag_pos_str(pos), kind);
	vfprintf(diag_out, fmt, ap);
	fputc('\n', diag_out);
	show_line(pos);
}

bool diag_buffered;

typedef struct Pending {
	Pos pos;
	char *msg;
	int seq;
} Pending;
static Pending *pending;
static int npending, cappending;

static int pending_cmp(const void *a, const void *b)
{
	const Pending *x = a, *y = b;
	if (x->pos.file != y->pos.file)
		return x->pos.file - y->pos.file;
	if (x->pos.line != y->pos.line)
		return x->pos.line - y->pos.line;
	if (x->pos.col != y->pos.col)
		return x->pos.col - y->pos.col;
	return x->seq - y->seq;
}

static void print_one(Pos pos, const char *msg)
{
	fprintf(diag_out, "%s: %s\n", diag_pos_str(pos), msg);
	show_line(pos);
}

void diag_flush(void)
{
	if (!diag_out)
		diag_out = stderr;
	qsort(pending, (size_t)npending, sizeof *pending, pending_cmp);
	int shown = 0;
	for (int i = 0; i < npending; i++) {
		/* gc reports one error per line */
		if (i > 0 && pending[i].pos.file == pending[i - 1].pos.file &&
		    pending[i].pos.line == pending[i - 1].pos.line && pending[i].pos.line > 0)
			continue;
		if (diag_max_errors > 0 && shown >= diag_max_errors) {
			fprintf(diag_out, "%s: too many errors\n", diag_pos_str(pending[i].pos));
			break;
		}
		print_one(pending[i].pos, pending[i].msg);
		shown++;
	}
	for (int i = 0; i < npending; i++)
		free(pending[i].msg);
	npending = 0;
	fflush(diag_out);
}

void diag_verror(Pos pos, const char *fmt, va_list ap)
{
	if (!diag_out)
		diag_out = stderr;
	if (diag_buffered) {
		if (npending == cappending) {
			cappending = cappending ? cappending * 2 : 32;
			pending = realloc(pending, sizeof *pending * (size_t)cappending);
		}
		char *msg;
		if (vasprintf(&msg, fmt, ap) < 0)
			msg = NULL;
		pending[npending].pos = pos;
		pending[npending].msg = msg ? msg : strdup("?");
		pending[npending].seq = npending;
		npending++;
		diag_errors++;
		return;
	}
	if (diag_max_errors > 0 && diag_errors >= diag_max_errors) {
		fprintf(diag_out, "%s: too many errors\n", diag_pos_str(pos));
		fflush(diag_out);
		exit(1);
	}
	diag_errors++;
	report(pos, "", fmt, ap);
}

void diag_error(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_verror(pos, fmt, ap);
	va_end(ap);
}

void diag_warn(Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report(pos, "warning: ", fmt, ap);
	va_end(ap);
}

_Noreturn void fatal(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("minigo: internal error: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputs("\nThis is a bug in minigo, not in your program; please report it.\n", stderr);
	va_end(ap);
	exit(3);
}
