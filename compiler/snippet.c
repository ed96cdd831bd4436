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
