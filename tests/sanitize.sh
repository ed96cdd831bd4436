#!/usr/bin/env bash
# tests/sanitize.sh — the end-to-end programs built with UBSan (every
# report is fatal: -fno-sanitize-recover), so that undefined behaviour in
# generated C or the inline helpers of rt.h shows up as a failing test.
#   tests/sanitize.sh [DIR...]     (default: testdata/lang testdata/docs)
# ASan + UBSan together, with the runtime built for it: make asan
# (tests/asan.sh).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
dirs=("$@")
((${#dirs[@]})) || dirs=(testdata/lang testdata/docs)
export MINIGO_CFLAGS="-fsanitize=undefined -fno-sanitize-recover=undefined"
export E2E_TIMEOUT_SCALE=${E2E_TIMEOUT_SCALE:-3}
exec tests/e2e.sh "${dirs[@]}"
