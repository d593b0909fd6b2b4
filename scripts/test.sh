#!/usr/bin/env bash
# Sets up what is missing, builds native and web, and runs every test: the core and UI tests
# natively under ASan + UBSan, the same tests in wasm under node, the native-vs-wasm
# comparison, then the browser tests. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" native web

echo "[test] native (ASan + UBSan)"
ctest --preset native
echo "[test] web (wasm under node)"
ctest --preset web
echo "[test] browser (Chromium)"
node --test --test-reporter=spec tests/e2e/
