#!/usr/bin/env bash
# Builds the libFuzzer fuzzers with clang (ASan + UBSan) in build/fuzz and runs each for a
# bounded time on a scratch copy of its seed corpus, so the committed corpus never changes.
#
#   scripts/fuzz.sh [seconds per fuzzer, default 20] [fuzzer name...; default: every one]
#
# A fuzzer is tests/fuzz/<name>_fuzz.cpp, its seeds in tests/fuzz/corpus/<name>/, and one
# ssi_fuzzer() line in tests/fuzz/CMakeLists.txt; this script finds it by its file name.
# Exits non-zero when a fuzzer crashes, leaks, times out or breaks an invariant; the input that
# did it is kept in build/fuzz/run/<name>/artifacts/ (replay: build/fuzz/<name>_fuzz <file>).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

seconds=${1:-20}
if [ $# -gt 0 ]; then shift; fi
if ! [[ $seconds =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [seconds] [fuzzer...]" >&2
  exit 2
fi
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for source in tests/fuzz/*_fuzz.cpp; do
    name=$(basename "$source" _fuzz.cpp)
    names+=("$name")
  done
fi

build=build/fuzz
# Configured every time (a second): a fuzzer added since the last run gets its target.
echo "[fuzz] configuring $build (clang)"
# A tree configured before the fuzzers joined the main project (tests/fuzz on its own) is redone.
if grep -qs '^CMAKE_HOME_DIRECTORY.*/tests/fuzz$' "$build/CMakeCache.txt"; then rm -rf "$build"; fi
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSSI_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
echo "[fuzz] building ${names[*]}"
cmake --build "$build" -j "$(nproc)" --target "${names[@]/%/_fuzz}" >/dev/null

status=0
for name in "${names[@]}"; do
  work=$build/run/$name
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  if [ -d "tests/fuzz/corpus/$name" ]; then
    cp -R "tests/fuzz/corpus/$name/." "$work/corpus/"
  fi
  echo "[fuzz] $name for ${seconds}s ($(ls "$work/corpus" | wc -l) seeds)"
  # -max_len: room past the 8 KB limit of the URL codec. -timeout: a single input taking
  # seconds means the parser is not linear.
  if "$build/${name}_fuzz" "$work/corpus" -max_total_time="$seconds" -timeout=10 -max_len=12000 \
       -print_final_stats=1 -artifact_prefix="$work/artifacts/" >"$work/fuzz.log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log")
    echo "[fuzz] $name: clean, $runs runs, $speed exec/s, corpus $(ls "$work/corpus" | wc -l) inputs"
  else
    echo "[fuzz] $name FAILED (log: $work/fuzz.log)" >&2
    grep -E 'invariant broken|ERROR|SUMMARY|runtime error' "$work/fuzz.log" | head -n 20 >&2 || true
    ls "$work/artifacts" >&2 || true
    status=1
  fi
done
exit $status
