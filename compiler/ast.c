/*
 * ast.c — AST constructors, names of kinds and operators, the position
 * where an expression starts, and the printer behind "minigo parse -dump".
 *
 * The dump is one node per line, children indented under it and labelled
 * with the slot that holds them (x, y, list, ...), so a test can compare it
 * as text:   CALL @3:13
 *              x: SELECTOR Println @3:5
 *                x: IDENT fmt @3:2
 */
#include "ast.h"

Node *ast_new(NodeKind kind, Pos pos)
{
	Node *n = xalloc(sizeof *n);
	n->kind = kind;
	n->pos = pos;
	return n;
}

Node *ast_ident(Pos pos, const char *name)
{
	Node *n = ast_new(N_IDENT, pos);
	n->name = name;
	return n;
}

Node *ast_unary(Pos pos, Op op, Node *x)
{
	Node *n = ast_new(N_UNARY, pos);
	n->op = op;
	n->x = x;
	return n;
}

Node *ast_binary(Pos pos, Op op, Node *x, Node *y)
{
	Node *n = ast_new(N_BINARY, pos);
	n->op = op;
	n->x = x;
	n->y = y;
	return n;
}

const char *ast_op_str(Op op)
{
	static const char *names[OP_COUNT] = {
		[OP_NONE] = "",
		[OP_MUL] = "*", [OP_DIV] = "/", [OP_REM] = "%", [OP_SHL] = "<<",
		[OP_SHR] = ">>", [OP_AND] = "&", [OP_ANDNOT] = "&^",
		[OP_ADD] = "+", [OP_SUB] = "-", [OP_OR] = "|", [OP_XOR] = "^",
		[OP_EQL] = "==", [OP_NEQ] = "!=", [OP_LSS] = "<", [OP_LEQ] = "<=",
		[OP_GTR] = ">", [OP_GEQ] = ">=",
		[OP_LAND] = "&&", [OP_LOR] = "||",
		[OP_NOT] = "!", [OP_ARROW] = "<-",
		[OP_INC] = "++", [OP_DEC] = "--", [OP_ASSIGN] = "=", [OP_DEFINE] = ":=",
		[OP_BREAK] = "break", [OP_CONTINUE] = "continue", [OP_GOTO] = "goto",
		[OP_FALLTHROUGH] = "fallthrough",
		[LIT_INT] = "int", [LIT_FLOAT] = "float", [LIT_IMAG] = "imag",
		[LIT_RUNE] = "rune", [LIT_STRING] = "string",
		[CHAN_BOTH] = "chan", [CHAN_SEND] = "chan<-", [CHAN_RECV] = "<-chan",
		[KW_IMPORT] = "import", [KW_CONST] = "const", [KW_VAR] = "var",
		[KW_TYPE] = "type",
	};
	if ((unsigned)op >= OP_COUNT || !names[op])
		return "?";
	return names[op];
}

const char *ast_kind_str(NodeKind k)
{
	static const char *names[N_KIND_COUNT] = {
		[N_BAD] = "BAD",
		[N_IDENT] = "IDENT", [N_BASICLIT] = "BASICLIT", [N_COMPOSITE] = "COMPOSITE",
		[N_KEYVALUE] = "KEYVALUE", [N_FUNCLIT] = "FUNCLIT", [N_PAREN] = "PAREN",
		[N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX", [N_SLICE] = "SLICE",
		[N_TYPEASSERT] = "TYPEASSERT", [N_CALL] = "CALL", [N_STAR] = "STAR",
		[N_UNARY] = "UNARY", [N_BINARY] = "BINARY",
		[N_ARRAYTYPE] = "ARRAYTYPE", [N_MAPTYPE] = "MAPTYPE", [N_CHANTYPE] = "CHANTYPE",
		[N_FUNCTYPE] = "FUNCTYPE", [N_STRUCTTYPE] = "STRUCTTYPE",
		[N_INTERFACETYPE] = "INTERFACETYPE", [N_ELLIPSIS] = "ELLIPSIS",
		[N_FIELD] = "FIELD",
		[N_EMPTY] = "EMPTY", [N_BLOCK] = "BLOCK", [N_DECLSTMT] = "DECLSTMT",
		[N_LABELED] = "LABELED", [N_EXPRSTMT] = "EXPRSTMT", [N_SEND] = "SEND",
		[N_INCDEC] = "INCDEC", [N_ASSIGN] = "ASSIGN", [N_GO] = "GO",
		[N_DEFER] = "DEFER", [N_RETURN] = "RETURN", [N_BRANCH] = "BRANCH",
		[N_IF] = "IF", [N_CASECLAUSE] = "CASECLAUSE", [N_SWITCH] = "SWITCH",
		[N_TYPESWITCH] = "TYPESWITCH", [N_COMMCLAUSE] = "COMMCLAUSE",
		[N_SELECT] = "SELECT", [N_FOR] = "FOR", [N_RANGE] = "RANGE",
		[N_IMPORTSPEC] = "IMPORTSPEC", [N_VALUESPEC] = "VALUESPEC",
		[N_TYPESPEC] = "TYPESPEC", [N_GENDECL] = "GENDECL",
		[N_FUNCDECL] = "FUNCDECL", [N_FILE] = "FILE",
	};
	if ((unsigned)k >= N_KIND_COUNT || !names[k])
		return "?";
	return names[k];
}

/* The leftmost token of an expression: walks down the left spine (a loop,
 * not recursion: a long a+b+c+... chain must not use stack). */
Pos ast_start_pos(Node *n)
{
	Pos pos = {0, 0, 0};
	while (n) {
		pos = n->pos;
		switch (n->kind) {
		case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT:
		case N_CALL: case N_BINARY:
			n = n->x;
			continue;
		case N_COMPOSITE:
			if (!n->x)
				return pos;
			n = n->x;
			continue;
		case N_KEYVALUE:
			n = n->x;
			continue;
		case N_EXPRSTMT: case N_SEND: case N_INCDEC:
			n = n->x;
			continue;
		case N_ASSIGN:
			if (n->list.n == 0)
				return pos;
			n = n->list.v[0];
			continue;
		default:
			return pos;
		}
	}
	return pos;
}

static void indent(FILE *out, int depth)
{
	for (int i = 0; i < depth; i++)
		fputs("  ", out);
}

static void dump(FILE *out, Node *n, int depth, const char *label);

static void dump_list(FILE *out, Vec *v, int depth, const char *label)
{
	if (v->n == 0)
		return;
	indent(out, depth);
	fprintf(out, "%s:\n", label);
	for (int i = 0; i < v->n; i++)
		dump(out, v->v[i], depth + 1, NULL);
}

static void dump(FILE *out, Node *n, int depth, const char *label)
{
	/* Deep trees (long operator chains) are printed iteratively along the
	 * x slot when it is the only child, recursively otherwise. */
	indent(out, depth);
	if (label)
		fprintf(out, "%s: ", label);
	if (!n) {
		fputs("nil\n", out);
		return;
	}
	fputs(ast_kind_str(n->kind), out);
	if (n->op)
		fprintf(out, " %s", ast_op_str(n->op));
	if (n->name)
		fprintf(out, " %s", n->name);
	if (n->lit)
		fprintf(out, " %s", n->lit);
	if (n->flag)
		fputs(" flag", out);
	if (n->aux)
		fprintf(out, " aux=%d", n->aux);
	fprintf(out, " @%d:%d\n", n->pos.line, n->pos.col);
	struct { const char *name; Node *n; } slots[] = {
		{"init", n->init}, {"x", n->x}, {"y", n->y}, {"z", n->z}, {"w", n->w},
		{"cond", n->cond}, {"post", n->post},
	};
	for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
		if (slots[i].n)
			dump(out, slots[i].n, depth + 1, slots[i].name);
	dump_list(out, &n->list, depth + 1, "list");
	dump_list(out, &n->list2, depth + 1, "list2");
	if (n->body)
		dump(out, n->body, depth + 1, "body");
	if (n->els)
		dump(out, n->els, depth + 1, "els");
}

void ast_dump(FILE *out, Node *n)
{
	dump(out, n, 0, NULL);
}
