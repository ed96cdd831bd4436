#!/usr/bin/env bash
# tests/aarch64.sh — minigo on aarch64, cross-compiled and run under
# qemu-user (issue 5; `make test-aarch64`, not part of make test).
#
#   tests/aarch64.sh [E2E-ARGS...]     (default: testdata/docs testdata/conc)
#
# 1. scripts/deps-aarch64.sh: the cross compiler, qemu-user, and arm64
#    Boehm GC + cmocka unpacked into build/aarch64/sysroot.
# 2. The host build (make all): bin/minigo stays a host program; it
#    translates Go to C, and the standard library's Go is translated once.
# 3. A copy of the tree in build/aarch64/tree (the host's bin/minigo and
#    translated library C come along, their timestamps kept, so make does not
#    redo them) where `make ARCH=aarch64 CC=aarch64-linux-gnu-gcc` builds
#    lib/minigo/libminigo.a and the runtime's cmocka tests for aarch64.
# 4. The runtime unit tests under qemu-aarch64, then tests/e2e.sh with that
#    tree's minigo: CC (the C compiler the driver runs), MINIGO_CFLAGS (the
#    sysroot's libgc), MINIGO_EXEC (qemu-aarch64 -L /usr/aarch64-linux-gnu)
#    and a cache of its own.
# The last line is the summary "N passed, M failed, K skipped".
# Environment: E2E_TIMEOUT_SCALE (default 10: qemu is slower), RTT_TIME_SCALE
# (the unit tests' time limits, default 3), UNIT_TIMEOUT, AARCH64_UNIT=0
# (skip the unit tests), AARCH64_STRESS="SPLIT" (or PREEMPT, GC, several:
# the runtime's stress switches, as in tests/stress.sh; the unit tests are
# then skipped, as stress.sh skips them, since some count segments).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
. tests/cmocka.sh

A=$ROOT/build/aarch64
SYSROOT=$A/sysroot
LIBDIR=$SYSROOT/usr/lib/aarch64-linux-gnu
TREE=$A/tree
XCC=aarch64-linux-gnu-gcc
QEMU="qemu-aarch64 -L /usr/aarch64-linux-gnu"

scripts/deps-aarch64.sh "$SYSROOT" || { echo "aarch64: dependencies missing"; exit 1; }
make -s -j2 all || exit 1

# --- the cross build -----------------------------------------------------------
# -ffp-contract=off: gcc would fuse x*y+z into fmadd on aarch64 (x86-64 has no
# FMA at its baseline), and results would differ from Go on amd64 in the last bit.
XFLAGS="-O2 -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -ffp-contract=off"
XFLAGS+=" -I$SYSROOT/usr/include -L$LIBDIR -Wl,-rpath,$LIBDIR"
mkdir -p "$TREE"
STRESS=${AARCH64_STRESS:-}
[[ -n $STRESS ]] && AARCH64_UNIT=0
# make does not track flags: new flags, new objects
if [[ $(cat "$A/flags" 2>/dev/null) != "$XFLAGS stress=$STRESS" ]]; then
	rm -rf "$TREE/build/runtime" "$TREE/build/stdlib" "$TREE/build/tests" "$TREE/lib/minigo/libminigo.a"
	printf '%s\n' "$XFLAGS stress=$STRESS" >"$A/flags"
fi
tar --exclude=./.git --exclude=./build/aarch64 --exclude=./build/runtime \
	--exclude=./build/tests --exclude='./build/stdlib/*.o' \
	--exclude=./lib/minigo/libminigo.a -cf - . | tar -C "$TREE" -xf -
unit=()
for t in tests/test_rt_*.c; do
	t=${t#tests/}
	unit+=("build/tests/${t%.c}")
done
echo "== aarch64: building the library${STRESS:+ (RT_STRESS=$STRESS)} and ${#unit[@]} runtime unit tests in $TREE"
if ! make -C "$TREE" -s -j2 ARCH=aarch64 CC=$XCC CFLAGS="$XFLAGS" RT_STRESS="$STRESS" \
	lib/minigo/libminigo.a "${unit[@]}" >"$A/build.log" 2>&1; then
	tail -n 30 "$A/build.log"
	echo "aarch64: the cross build failed (log: $A/build.log)"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi
grep -E 'warning|error' "$A/build.log" | head -n 20

# --- unit tests under qemu ---------------------------------------------------------
passed=0 failed=0 skipped=0
if [[ ${AARCH64_UNIT:-1} != 0 ]]; then
	for b in "${unit[@]}"; do
		out=$(cd "$TREE" && CMOCKA_MESSAGE_OUTPUT=stdout RTT_TIME_SCALE=${RTT_TIME_SCALE:-3} \
			timeout -k 5 "${UNIT_TIMEOUT:-600}" \
			$QEMU "$b" </dev/null 2>&1)
		rc=$?
		cmocka_count "$b" "$out" "$rc" "${UNIT_TIMEOUT:-600}"
	done
	echo "aarch64 unit: $passed passed, $failed failed, $skipped skipped"
fi

# --- end-to-end programs under qemu ------------------------------------------------
(($#)) || set -- testdata/docs testdata/conc
export MINIGO=$TREE/bin/minigo MINIGO_CACHE=$A/cache${STRESS:+-${STRESS// /-}} CC=$XCC \
	MINIGO_CFLAGS="-L$LIBDIR -Wl,-rpath,$LIBDIR" MINIGO_EXEC="$QEMU" \
	E2E_TIMEOUT_SCALE=${E2E_TIMEOUT_SCALE:-10} E2E_PREEMPT_STRESS=0
[[ " $STRESS " == *" PREEMPT "* ]] && E2E_PREEMPT_STRESS=1
out=$(tests/e2e.sh -j 2 "$@")
printf '%s\n' "$out" | grep -v '^e2e-summary'
sum=$(printf '%s\n' "$out" | grep '^e2e-summary')
[[ $sum =~ passed=([0-9]+)\ failed=([0-9]+)\ skipped=([0-9]+) ]] || { echo "aarch64: no e2e summary"; failed=$((failed + 1)); }
echo "aarch64 e2e: ${BASH_REMATCH[1]:-0} passed, ${BASH_REMATCH[2]:-0} failed, ${BASH_REMATCH[3]:-0} skipped"
passed=$((passed + ${BASH_REMATCH[1]:-0}))
failed=$((failed + ${BASH_REMATCH[2]:-0}))
skipped=$((skipped + ${BASH_REMATCH[3]:-0}))
echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0))
