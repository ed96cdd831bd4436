#!/usr/bin/env bash
# tests/run_all.sh — every test of minigo (what `make test` runs, after building).
#
#   tests/run_all.sh [E2E-ARGS...]
#
# 1. the cmocka unit test binaries build/tests/test_* (none yet is fine): the counts come
#    from their "[  PASSED  ] N test(s)." / "[  FAILED  ] N test(s)" / "[  SKIPPED ] N
#    test(s)" lines; a binary that crashes, times out or prints no summary counts as one
#    failure more;
# 2. tests/e2e.sh (arguments are passed to it; environment: MINIGO, E2E_JOBS, ...).
# The last line printed is always the one summary line
#     N passed, M failed, K skipped
# (unit tests + end-to-end tests).  Exit status 1 if M > 0 or if nothing ran at all.
# Environment: UNIT_TIMEOUT (seconds per unit test binary, default 300).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CALLER_PWD=$PWD
cd "$ROOT" || exit 1
. tests/cmocka.sh

# Each rebuild of the library gives every program a new build-cache key: the suite
# builds into a cache of its own, emptied at every run, instead of piling up
# gigabytes of stale programs in ~/.cache/minigo.
if [[ -z ${MINIGO_CACHE:-} ]]; then
	export MINIGO_CACHE="$ROOT/build/test-cache"
	rm -rf "$MINIGO_CACHE"
fi

passed=0 failed=0 skipped=0 ran=0

# --- unit tests ---------------------------------------------------------------------
shopt -s nullglob
for b in build/tests/test_*; do
	[[ -f $b && -x $b ]] || continue
	case $b in *.o|*.d|*.c|*.h|*.txt|*.log) continue ;; esac
	ran=$((ran + 1))
	out=$(CMOCKA_MESSAGE_OUTPUT=stdout timeout -k 5 "${UNIT_TIMEOUT:-300}" "$b" </dev/null 2>&1)
	rc=$?
	cmocka_count "$b" "$out" "$rc" "${UNIT_TIMEOUT:-300}"
done
shopt -u nullglob
((ran)) && echo "unit: $ran binaries: $passed passed, $failed failed, $skipped skipped"

# --- end-to-end tests ---------------------------------------------------------------
e2e_seen=0
while IFS= read -r line; do
	if [[ $line =~ ^e2e-summary:\ passed=([0-9]+)\ failed=([0-9]+)\ skipped=([0-9]+)$ ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
		skipped=$((skipped + BASH_REMATCH[3]))
		e2e_seen=1
		echo "e2e: ${BASH_REMATCH[1]} passed, ${BASH_REMATCH[2]} failed, ${BASH_REMATCH[3]} skipped"
	else
		printf '%s\n' "$line"
	fi
done < <(cd "$CALLER_PWD" && "$ROOT/tests/e2e.sh" "$@" 2>&1)
if ((!e2e_seen)); then
	echo "FAIL tests/e2e.sh: no summary line (did it crash?)"
	failed=$((failed + 1))
fi

# --- the generated C compiles without warnings (gcc -Wall -Wextra, clang -Wall) --------
cw_seen=0
while IFS= read -r line; do
	if [[ $line =~ ^cwarn-summary:\ passed=([0-9]+)\ failed=([0-9]+)$ ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
		cw_seen=1
		echo "cwarn: ${BASH_REMATCH[1]} passed, ${BASH_REMATCH[2]} failed"
	else
		printf '%s\n' "$line"
	fi
done < <("$ROOT/tests/cwarn.sh" 2>&1)
if ((!cw_seen)); then
	echo "FAIL tests/cwarn.sh: no summary line"
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed, $skipped skipped"
((failed == 0 && passed + failed + skipped > 0))
