/*
 * fuzz_parser.c — libFuzzer harness over the lexer and the parser (and the
 * -dump printer): any input must give an N_FILE and diagnostics, never a
 * crash, a sanitizer report, a leak or a hang.  Built and run by
 * scripts/fuzz.sh (make fuzz FUZZTIME=60); inputs that failed are kept in
 * tests/fuzz-regressions/ and replayed by tests/test_c_parser.c.
 *
 * Between inputs the arena is dropped (arena_reset).  diag.c's table of
 * source files lives in that arena, so the harness compiles diag.c into
 * itself to empty the table too: a test-only reach into a static.
 */
#define _GNU_SOURCE /* diag.c, included below, uses vasprintf */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "diag.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	if (!devnull) {
		devnull = fopen("/dev/null", "w");
		if (!devnull)
			abort();
	}
	diag_out = devnull;
	diag_max_errors = 0; /* report everything, never exit */
	diag_caret = true;

	char *src = malloc(size + 1);
	if (!src)
		return 0;
	memcpy(src, data, size);
	src[size] = 0;
	int file = diag_add_file("fuzz.go", src, size);
	Node *n = ps_parse_file(file);
	if (!n || n->kind != N_FILE)
		abort();
	ast_dump(devnull, n);

	free(src);
	files = (Vec){0};
	diag_errors = 0;
	arena_reset();
	return 0;
}
