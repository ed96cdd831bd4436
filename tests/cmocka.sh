# tests/cmocka.sh — sourced by run_all.sh and aarch64.sh, which run cmocka
# binaries (natively, or under qemu) and count their results the same way.
#   cmocka_count BINARY OUTPUT STATUS TIMEOUT
# reads the cmocka summary lines in OUTPUT (run with CMOCKA_MESSAGE_OUTPUT=
# stdout), adds them to the caller's passed/failed/skipped, and counts one
# more failure for a binary that timed out (STATUS 124), crashed, printed no
# summary or exited non-zero without a failed test; prints a FAIL block.
cmocka_count() {
	local b=$1 out=$2 rc=$3 tmo=$4 line p=0 f=0 s=0 summary=0 why=
	while IFS= read -r line; do
		if [[ $line =~ ^\[\ +PASSED\ +\]\ +([0-9]+)\ test ]]; then
			p=$((p + BASH_REMATCH[1])); summary=1
		elif [[ $line =~ ^\[\ +FAILED\ +\]\ +([0-9]+)\ test ]]; then
			f=$((f + BASH_REMATCH[1])); summary=1
		elif [[ $line =~ ^\[\ +SKIPPED\ +\]\ +([0-9]+)\ test ]]; then
			s=$((s + BASH_REMATCH[1])); summary=1
		fi
	done <<<"$out"
	if ((rc == 124)); then
		why="timed out after ${tmo}s"
	elif ((rc > 128)); then
		why="crashed (signal $((rc - 128)))"
	elif ((!summary)); then
		why="exit $rc, no cmocka summary"
	elif ((rc != 0 && f == 0)); then
		why="exit $rc"
	fi
	[[ -n $why ]] && f=$((f + 1))
	passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	if ((f)); then
		echo "FAIL $b: $f failed${why:+ ($why)}"
		grep -E '^\[  (ERROR|FAILED) ' <<<"$out" | head -n 20 | sed 's/^/    /'
		[[ -n $why && -n $out ]] && tail -n 5 <<<"$out" | sed 's/^/    | /'
	fi
	return 0
}
