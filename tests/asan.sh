#!/usr/bin/env bash
# tests/asan.sh — `make asan`: the end-to-end programs (default: testdata/lang
# and testdata/docs) under AddressSanitizer and UBSan (issue 4).  A copy of
# the tree is built with -fsanitize=address (compiler, runtime and library),
# and every test program's C is compiled with ASan + UBSan (MINIGO_CFLAGS);
# any report makes its test fail (its stderr no longer matches, or its exit
# status is ASan's).
#   tests/asan.sh [DIR...]
# What makes goroutine stacks checkable (runtime/rt_internal.h, "make
# asan"): the runtime tells ASan the bounds of the stack a thread switches
# to (g0, a goroutine's segment), unpoisons a segment when a goroutine takes
# it and the dead part of a segment a panic longjmps into; segments are
# 64 KiB with 40 KiB of headroom, since ASan's redzones make frames larger.
# ASAN_OPTIONS: no leak check (the Boehm heap is not malloc's), our own
# SIGSEGV handler (nil dereferences are Go panics), no fake stacks
# (detect_stack_use_after_return: frames must live on the segments).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
dirs=("$@")
((${#dirs[@]})) || dirs=(testdata/lang testdata/docs)
. tests/copytree.sh
dir=$(copy_tree asan) || exit 1
export ASAN_OPTIONS="detect_leaks=0:allow_user_segv_handler=1:handle_segv=0:detect_stack_use_after_return=0"
echo "== AddressSanitizer build in $dir"
if ! make -C "$dir" -s -j2 OPT="-O1 -fsanitize=address -fno-omit-frame-pointer" all >"$dir/build.log" 2>&1; then
	echo "FAIL build (see $dir/build.log)"
	exit 1
fi
export MINIGO="$dir/bin/minigo" MINIGO_CACHE="$dir/cache"
export MINIGO_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
export E2E_TIMEOUT_SCALE=${E2E_TIMEOUT_SCALE:-5}
tests/e2e.sh -j 2 "${dirs[@]}"
rc=$?
((rc == 0)) && rm -rf "$dir"
exit $rc
