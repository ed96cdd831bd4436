#!/usr/bin/env bash
# tests/docs-matrix.sh — issue 6's acceptance run: every complete program of
# testdata/docs (those with a package clause), at GOMAXPROCS=1, 2 and 8,
# N runs in a row each (default 10), with their check modes.  Prints one
# line per configuration and a final "docs-matrix: N passed, M failed".
# Not part of `make test` (it takes minutes: several programs sleep for
# seconds); run it with `make docs-matrix` or directly.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
RUNS=${RUNS:-10}
progs=$(grep -l '^package main' testdata/docs/*.go | sort)
passed=0 failed=0
for procs in 1 2 8; do
	for ((r = 1; r <= RUNS; r++)); do
		out=$(GOMAXPROCS=$procs E2E_JOBS=${E2E_JOBS:-4} tests/e2e.sh $progs 2>&1)
		line=$(grep '^e2e-summary:' <<<"$out")
		p=$(sed -n 's/.*passed=\([0-9]*\).*/\1/p' <<<"$line")
		f=$(sed -n 's/.*failed=\([0-9]*\).*/\1/p' <<<"$line")
		passed=$((passed + p)) failed=$((failed + f))
		echo "GOMAXPROCS=$procs run $r: $line"
		((f)) && grep '^FAIL' <<<"$out"
	done
done
echo "docs-matrix: $passed passed, $failed failed"
((failed == 0))
