#!/usr/bin/env bash
# Builds one preset (native, native-bench or web; default: both native and web).
# The web build writes the deployable site to dist/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# emcc runs whichever python3 is first on PATH; pin Debian's.
export EMSDK_PYTHON=/usr/bin/python3
presets=("$@")
[ ${#presets[@]} -gt 0 ] || presets=(native web)
for preset in "${presets[@]}"; do
  echo "[build] $preset"
  if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset" >/dev/null
  fi
  cmake --build --preset "$preset" -j "$(nproc)"
done
