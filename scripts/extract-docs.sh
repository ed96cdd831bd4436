#!/usr/bin/env bash
# scripts/extract-docs.sh — the Go code blocks of the seed documents, one file each.
#
# Every ```go block of the documents is a test of ours (SPEC.md): block <nn> (1-based)
# of document <doc> (the seed file's 3-digit prefix) is testdata/docs/<doc>_<nn>_<slug>.go.
#
#   scripts/extract-docs.sh [--check] [SEEDS_DIR]   verify that testdata/docs/*.go are
#                                                   exactly the blocks (default; exit 1 if not)
#   scripts/extract-docs.sh --write [SEEDS_DIR]     (re)write the .go files from the documents
#
# SEEDS_DIR defaults to $SEEDS, then /work/shared/seeds.
# A block's text is taken as Markdown (CommonMark) defines it: the lines between the
# opening ```go fence and the closing ``` fence, byte for byte, except that a fence
# indented by K spaces (a block inside a list item) has up to K leading spaces removed
# from each of its lines.  Only the .go files are written; the .want files are not
# touched (they come from running real Go, see tests/README.md).
# Bash + coreutils only.
set -euo pipefail

# doc nn slug            (one row per ```go block, in document order)
SLUGS='
000 01 worker_pool
000 02 say_hello_world
001 01 print_numbers
001 02 task_sleep5
001 03 exec_echo
001 04 ping
001 05 mutex_deposit
001 06 task_sleep6
001 07 data_race
001 08 mutex_counter
001 09 deadlock_resolved
001 10 atomic_counter
001 11 fan_out_fan_in
001 12 gomaxprocs
002 01 go_syntax
002 02 hello_goroutine
002 03 multiple_workers
002 04 channel_message
002 05 worker_pool_func
002 06 waitgroup_pattern
003 01 goroutine_literals
003 02 waitgroup
003 03 mutexes
003 04 channels
003 05 worker_pool
003 06 timeout
003 07 directionality
003 08 fan_out_fan_in
003 09 loop_capture
004 01 print_message
004 02 waitgroup_worker
004 03 task_finished
004 04 buffered_channel
004 05 select
004 06 task_a_b
'

mode=check
case "${1:-}" in
	--check) shift ;;
	--write) mode="write"; shift ;;
	-h|--help) sed -n '2,17p' "$0"; exit 0 ;;
esac
SEEDS_DIR=${1:-${SEEDS:-/work/shared/seeds}}
cd "$(dirname "$0")/.."
OUT=testdata/docs

declare -A slug
while read -r d n s; do
	[[ -n "$d" ]] && slug["$d $n"]=$s
done <<<"$SLUGS"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bad=0 count=0
for seed in "$SEEDS_DIR"/[0-9][0-9][0-9]_*.txt; do
	[[ -e "$seed" ]] || { echo "extract-docs: no seed documents in $SEEDS_DIR" >&2; exit 1; }
	doc=${seed##*/}; doc=${doc:0:3}
	n=0 in=0 indent=0 cur=
	while IFS= read -r line || [[ -n "$line" ]]; do
		if (( !in )); then
			if [[ "$line" =~ ^(\ *)\`\`\`go[[:space:]]*$ ]]; then
				in=1; indent=${#BASH_REMATCH[1]}; n=$((n + 1))
				nn=$(printf '%02d' "$n")
				s=${slug["$doc $nn"]:-}
				if [[ -z "$s" ]]; then
					echo "extract-docs: $seed: block $nn has no slug in the table" >&2
					bad=1; s=unnamed
				fi
				cur="$tmp/${doc}_${nn}_${s}.go"
				: >"$cur"
			fi
			continue
		fi
		if [[ "$line" =~ ^\ *\`\`\`[[:space:]]*$ ]]; then
			in=0; count=$((count + 1)); continue
		fi
		# strip up to $indent leading spaces (CommonMark: content of an indented fence)
		k=0
		while (( k < indent )) && [[ "${line:0:1}" == " " ]]; do line=${line:1}; k=$((k + 1)); done
		printf '%s\n' "$line" >>"$cur"
	done <"$seed"
	(( in )) && { echo "extract-docs: $seed: unterminated code block" >&2; bad=1; }
done

if (( count != ${#slug[@]} )); then
	echo "extract-docs: found $count blocks, the slug table has ${#slug[@]}" >&2
	bad=1
fi

if [[ $mode == write ]]; then
	mkdir -p "$OUT"
	for f in "$tmp"/*.go; do
		cp "$f" "$OUT/${f##*/}"
	done
	echo "extract-docs: wrote $count files to $OUT"
	exit $bad
fi

for f in "$tmp"/*.go; do
	name=${f##*/}
	if [[ ! -f "$OUT/$name" ]]; then
		echo "missing: $OUT/$name"; bad=1
	elif ! cmp -s "$f" "$OUT/$name"; then
		echo "differs from the document: $OUT/$name"
		diff "$f" "$OUT/$name" | head -n 10 || true
		bad=1
	fi
done
for g in "$OUT"/[0-9][0-9][0-9]_[0-9][0-9]_*.go; do
	[[ -e "$g" ]] || continue
	[[ -f "$tmp/${g##*/}" ]] || { echo "not a document block: $g"; bad=1; }
done
if (( bad )); then
	echo "extract-docs: MISMATCH"
	exit 1
fi
echo "extract-docs: all $count blocks match $OUT"
