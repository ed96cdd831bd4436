#!/bin/sh
# scripts/fuzz.sh — fuzz the lexer and parser with libFuzzer (clang, ASan, UBSan).
#
#   scripts/fuzz.sh            (or: make fuzz FUZZTIME=60)
#
# Environment: FUZZTIME (seconds, default 60), FUZZ_JOBS (default 1: the
# machine is shared), CC_FUZZ (default clang).  The seed corpus is every .go
# file under testdata/; the working corpus grows in build/fuzz/corpus.  An
# input that crashes, leaks or hangs is copied to tests/fuzz-regressions/
# (replayed by build/tests/test_c_parser) and the script fails.
set -eu
cd "$(dirname "$0")/.."

FUZZTIME=${FUZZTIME:-60}
FUZZ_JOBS=${FUZZ_JOBS:-1}
CC_FUZZ=${CC_FUZZ:-clang}
OUT=build/fuzz

command -v "$CC_FUZZ" >/dev/null 2>&1 || scripts/deps.sh clang
make -s build/compiler/lexer.c build/compiler/parser.c
mkdir -p "$OUT/corpus" "$OUT/seed" "$OUT/artifacts"

$CC_FUZZ -g -O1 -std=gnu11 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-Icompiler -Ibuild/compiler -o "$OUT/fuzz_parser" \
	tests/fuzz_parser.c compiler/util.c compiler/ast.c \
	build/compiler/lexer.c build/compiler/parser.c -lm

# seeds: the Go programs of the test suites (name = path, flattened)
find testdata -name '*.go' -type f | while read -r f; do
	cp "$f" "$OUT/seed/$(echo "$f" | tr / _)"
done

rm -f "$OUT"/artifacts/*
status=0
jobs=""
[ "$FUZZ_JOBS" -gt 1 ] && jobs="-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
# shellcheck disable=SC2086
echo 1 >"$OUT/status"
{
	rc=0
	"$OUT/fuzz_parser" -max_total_time="$FUZZTIME" -timeout=10 -rss_limit_mb=2048 \
		-max_len=8192 -dict=tests/fuzz_parser.dict $jobs -print_final_stats=1 \
		-artifact_prefix="$OUT/artifacts/" "$OUT/corpus" "$OUT/seed" || rc=$?
	echo "$rc" >"$OUT/status"
} 2>&1 | tail -12
status=$(cat "$OUT/status")

found=0
for a in "$OUT"/artifacts/*; do
	[ -f "$a" ] || continue
	cp "$a" "tests/fuzz-regressions/$(basename "$a")"
	echo "fuzz: kept $a as tests/fuzz-regressions/$(basename "$a")" >&2
	found=1
done
rm -f fuzz-*.log
if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
	echo "fuzz: FAILED (status $status)" >&2
	exit 1
fi
echo "fuzz: no crash in ${FUZZTIME}s"
