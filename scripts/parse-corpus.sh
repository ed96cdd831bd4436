#!/bin/sh
# scripts/parse-corpus.sh — the parser against Go's own sources.
#
#   scripts/parse-corpus.sh        (or: make parse-corpus)
#
# Runs "bin/minigo parse" on every .go file of $(go env GOROOT)/src outside
# testdata folders (Debian's golang-1.19-src is installed if missing), one
# process per file, and prints accepted/total, the failures, and the time;
# then times Go's own go/parser on the same files (a small Go program
# written to a temporary directory).  Goal: >= 99.5% accepted; the files
# that use type parameters (about 20) are expected to be rejected.
# Environment: MINIGO (default bin/minigo), GOROOT_SRC (default: go env).
set -eu
cd "$(dirname "$0")/.."

MINIGO=${MINIGO:-bin/minigo}
if [ -z "${GOROOT_SRC:-}" ]; then
	if command -v go >/dev/null 2>&1; then
		GOROOT_SRC=$(go env GOROOT)/src
	else
		GOROOT_SRC=/usr/lib/go-1.19/src
	fi
fi
if [ ! -d "$GOROOT_SRC/go/parser" ]; then
	scripts/deps.sh golang-1.19-src
	GOROOT_SRC=/usr/lib/go-1.19/src
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/parse-corpus.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

find "$GOROOT_SRC/" -name testdata -prune -o -name '*.go' -type f -print | LC_ALL=C sort >"$TMP/files"
total=$(wc -l <"$TMP/files")

now() { date +%s.%N; }

t0=$(now)
tr '\n' '\0' <"$TMP/files" |
	xargs -0 -r -n 1 -P 2 sh -c '"$0" parse "$1" >/dev/null 2>&1 && echo "$1" >>"'"$TMP"'/ok" || echo "$1" >>"'"$TMP"'/fail"' "$MINIGO"
t1=$(now)
touch "$TMP/ok" "$TMP/fail"
ok=$(wc -l <"$TMP/ok")

# the same parse in one process per batch, for a time comparable with go/parser
tr '\n' '\0' <"$TMP/ok" | { t2=$(now); xargs -0 -r "$MINIGO" parse >/dev/null 2>&1 || true; t3=$(now); echo "$t2 $t3" >"$TMP/batch"; }
read -r t2 t3 <"$TMP/batch"

echo "rejected files:"
LC_ALL=C sort "$TMP/fail" | sed "s|^$GOROOT_SRC/|  |"
awk -v ok="$ok" -v total="$total" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
	printf "minigo parse: %d/%d files accepted (%.2f%%)\n", ok, total, 100.0 * ok / total
	printf "minigo parse: %.2fs one process per file (2 jobs), %.2fs batched (accepted files)\n", b - a, d - c
}'

if command -v go >/dev/null 2>&1; then
	mkdir -p "$TMP/goparse"
	cat >"$TMP/goparse/main.go" <<'GO'
// Parses every file named on stdin with go/parser; prints the count and time.
package main

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	var names []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		names = append(names, sc.Text())
	}
	start := time.Now()
	ok := 0
	for _, name := range names {
		fset := token.NewFileSet()
		if _, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution); err == nil {
			ok++
		}
	}
	fmt.Printf("go/parser:    %d/%d files accepted, %.2fs\n", ok, len(names), time.Since(start).Seconds())
}
GO
	(cd "$TMP/goparse" && GO111MODULE=off GOFLAGS= go build -o goparse main.go)
	"$TMP/goparse/goparse" <"$TMP/files"
fi

awk -v ok="$ok" -v total="$total" 'BEGIN { exit (ok * 1000 >= total * 995) ? 0 : 1 }'
