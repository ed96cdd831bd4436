#!/usr/bin/env bash
# tests/stress.sh — the runtime under its stress switches (issue 5/6):
#   SPLIT    a new stack segment at (almost) every prologue check
#   PREEMPT  a preemption request every 100 us
#   GC       a collection at every allocation
# For each switch, a copy of the tree is built with `make RT_STRESS=...` in
# a temporary folder (the normal build is left alone), then the 100,000-
# goroutine mesh (tests/stress/mesh.go, exact totals), the documents'
# programs and the concurrency tests run against it.  Not part of make test
# (it takes minutes).  Usage: tests/stress.sh [MODE...]
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
. tests/copytree.sh
modes=("$@")
((${#modes[@]})) || modes=(SPLIT PREEMPT GC)
fail=0
for mode in "${modes[@]}"; do
	dir=$(copy_tree "stress-$mode") || exit 1
	echo "== RT_STRESS=$mode: building in $dir"
	if ! make -C "$dir" -s -j2 RT_STRESS="$mode" all >"$dir/build.log" 2>&1; then
		echo "FAIL build (see $dir/build.log)"
		fail=1
		continue
	fi
	export MINIGO="$dir/bin/minigo" MINIGO_CACHE="$dir/cache"
	args=()
	[[ $mode == GC ]] && args=(20 50 10) # a collection per allocation: smaller
	want="2000 3999000 true"
	[[ $mode == GC ]] && want="200 29900 true"
	got=$(timeout 600 "$MINIGO" run tests/stress/mesh.go "${args[@]}" 2>&1)
	if [[ $got == "$want" ]]; then
		echo "PASS mesh ($got)"
	else
		echo "FAIL mesh: got '$got', want '$want'"
		fail=1
	fi
	suites=(testdata/docs testdata/conc)
	if [[ $mode == GC ]]; then
		# A collection per allocation slows a program 30-100x, so programs
		# that race wall-clock timers against work (conc/tm_*: "stop these
		# before 60 ms", "fires within 500 ms") cannot keep their output,
		# and the large st_* programs exceed any sane timeout; the mesh
		# above is GC mode's scale test.  Everything else runs.
		mapfile -t suites < <(find testdata/docs testdata/conc -name '*.want' \
			! -name 'tm_*' ! -name 'st_*' | LC_ALL=C sort)
	fi
	# GC mode: 10,000 parked goroutines make every collection scan 10,000
	# stacks (pat_08 needs ~100 s), hence the larger scale.
	scale=10
	[[ $mode == GC ]] && scale=30
	# PREEMPT: tests whose output assumes cooperative switching are skipped
	pre=0
	[[ $mode == PREEMPT ]] && pre=1
	E2E_PREEMPT_STRESS=$pre E2E_TIMEOUT_SCALE=$scale tests/e2e.sh -j 2 "${suites[@]}" | grep -E '^(FAIL|e2e-summary)'
	[[ ${PIPESTATUS[0]} -eq 0 ]] || fail=1
	unset MINIGO MINIGO_CACHE
done
exit $fail
