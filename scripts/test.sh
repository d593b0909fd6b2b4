#!/usr/bin/env bash
# Sets up what is missing, builds native and web, and runs every test: the core and UI tests
# natively under ASan + UBSan, the same tests in wasm under node, the native-vs-wasm
# comparison, the fuzzers for a bounded time, then the browser tests. Exits non-zero on any
# failure. FUZZ_SECONDS (default 20) is each fuzzer's time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" native web

echo "[test] native (ASan + UBSan)"
ctest --preset native
echo "[test] web (wasm under node)"
ctest --preset web
echo "[test] fuzzers, ${FUZZ_SECONDS:-20} s each"
scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
echo "[test] browser (Chromium)"
node --test --test-reporter=spec tests/e2e/*.test.mjs
