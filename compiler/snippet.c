/*
 * snippet.c — snippet mode (SPEC.md "Snippets"): a file without a package
 * clause.  Its declarations stay package-level; its top-level statements,
 * in order, become the body of func main.  Positions are the user's own:
 * nothing is re-parsed or shifted, the statements keep their nodes.
 */
#include "check_internal.h"

#include <string.h>

static bool is_decl(Node *n)
{
	return n->kind == N_FUNCDECL || n->kind == N_GENDECL;
}

void snippet_prepare(Pkg *p)
{
	for (int i = 0; i < p->files.n; i++) {
		Node *f = p->files.v[i];
		if (f->name)
			continue;
		Vec decls = {0}, stmts = {0};
		for (int k = 0; k < f->list2.n; k++) {
			Node *n = f->list2.v[k];
			vec_push(is_decl(n) ? &decls : &stmts, n);
		}
		f->name = name_main;
		if (stmts.n == 0) {
			f->list2 = decls;
			continue;
		}
		Node *first = stmts.v[0];
		Node *body = ast_new(N_BLOCK, first->pos);
		body->list = stmts;
		Node *last = stmts.v[stmts.n - 1];
		body->pos2 = last->pos;
		Node *ft = ast_new(N_FUNCTYPE, first->pos);
		Node *fd = ast_new(N_FUNCDECL, first->pos);
		fd->name = name_main;
		fd->y = ft;
		fd->body = body;
		vec_push(&decls, fd);
		f->list2 = decls;
	}
}

/* Standard-library packages a snippet may use without importing them, by
 * the name it uses (goimports' choice for each). */
static const struct {
	const char *name, *path;
} known[] = {
	{"fmt", "fmt"}, {"time", "time"}, {"sync", "sync"}, {"atomic", "sync/atomic"},
	{"strings", "strings"}, {"strconv", "strconv"}, {"os", "os"}, {"exec", "os/exec"},
	{"context", "context"}, {"rand", "math/rand"}, {"math", "math"}, {"sort", "sort"},
	{"errors", "errors"}, {"bufio", "bufio"}, {"bytes", "bytes"}, {"unicode", "unicode"},
	{"utf8", "unicode/utf8"}, {"runtime", "runtime"}, {"io", "io"},
	{"fs", "io/fs"}, {"path", "path"}, {"filepath", "path/filepath"},
};

/* Called by the checker for an undefined name used as pkg.Name in a
 * snippet: imports the package into the snippet's file scope. */
Sym *snippet_autoimport(const char *name, Pos pos)
{
	const char *path = NULL;
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strcmp(known[i].name, name) == 0)
			path = known[i].path;
	if (!path)
		return NULL;
	Pkg *p = cur.pkg;
	/* the file scope of the snippet: the outermost non-package scope */
	Scope *fs = cur.scope;
	while (fs && !fs->is_file)
		fs = fs->parent;
	if (!fs)
		return NULL;
	Pkg *imp = tc_import(path, pos);
	if (!imp)
		return NULL;
	vec_push(&p->imports, imp);
	Sym *s = sym_new(S_PKG, name, pos);
	s->imported = imp;
	s->state = 2;
	s->used = true;
	scope_insert(fs, s);
	return s;
}

/* A snippet with declarations and nothing to run: say so (stderr). */
void snippet_report(Pkg *p)
{
	Sym *m = scope_lookup_local(p->scope, name_main);
	if (!m || m->kind != S_FUNC) {
		SrcFile *f = diag_file(p->first_file);
		if (tc_warnings)
			buf_printf(tc_warnings, "minigo: %s: checked; it declares things but has no statements and no func main, so there is nothing to run\n",
			           f ? f->name : "snippet");
	}
}
