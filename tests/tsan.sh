#!/usr/bin/env bash
# tests/tsan.sh — `make tsan`: the runtime's cmocka unit tests built with
# ThreadSanitizer (issue 5), in a copy of the tree (the normal build is left
# alone).  Passes when every test binary passes and TSan reports nothing.
#
# How the runtime is made checkable (see rt_internal.h):
#   - every G is a TSan fiber, switched in execute() and sys_tramp(), so its
#     clock follows it from thread to thread;
#   - fields that sysmon reads without locks use relaxed atomics (RT_LOAD /
#     RT_STORE), published pointers release/acquire; the collector's
#     conservative G marker is not instrumented (racy by design);
#   - first segments are 64 KiB with 40 KiB of headroom: libtsan's paths and
#     the dynamic linker's lazy binding of __tsan_* run on the goroutine's
#     stack;
#   - no __tsan_func_entry/exit (--param tsan-instrument-func-entry-exit=0):
#     goroutine switches, panics' longjmp and g0's never-returning schedule
#     loop would unbalance TSan's shadow call stack.  Reports still name the
#     racing line (frame #0), without the callers.
# Skipped under TSan (RTT_NOT_UNDER_TSAN in the tests, with the reason): the
# tests that need asynchronous signals to reach a busy thread (preemption of
# call-free loops, Boehm's stop-the-world), RSS/segment-size assertions and
# 3 ms timer orderings.  Usage: tests/tsan.sh (about 2 minutes).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
. tests/copytree.sh
dir=$(copy_tree tsan) || exit 1
echo "== ThreadSanitizer build in $dir"
if ! make -C "$dir" -s -j2 OPT="-O1 -fsanitize=thread --param=tsan-instrument-func-entry-exit=0" unit >"$dir/build.log" 2>&1; then
	echo "FAIL build (see $dir/build.log)"
	exit 1
fi
# TSan runs code 5-15x slower: the tests' time limits scale (rt_testutil.h).
export RTT_TIME_SCALE=${RTT_TIME_SCALE:-4}
fail=0 passed=0 skipped=0
for t in "$dir"/build/tests/test_rt_*; do
	n=$(basename "$t")
	log="$dir/$n.log"
	timeout 600 "$t" >"$log" 2>&1
	rc=$?
	races=$(grep -c 'WARNING: ThreadSanitizer' "$log")
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log")
	s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$log")
	passed=$((passed + ${p:-0})) skipped=$((skipped + ${s:-0}))
	if ((rc != 0 || races != 0)); then
		echo "FAIL $n: exit $rc, $races TSan reports (see $log)"
		fail=1
	fi
done
echo "tsan: $passed passed, $skipped skipped, $([[ $fail == 0 ]] && echo clean || echo FAILED)"
((fail == 0)) && rm -rf "$dir"
exit $fail
