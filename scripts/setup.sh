#!/usr/bin/env bash
# Installs everything the build and the tests need, from Debian's archive and npm only.
# Idempotent: when all is present it only checks and returns in seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '[setup] %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: compilers (clang for the libFuzzer targets), Emscripten, Catch2, the browser
# for e2e tests, the UI font (the native build's, and the web page's where the system has it) and
# fontTools to subset it, clang-format (the C++ style check).
packages=(build-essential cmake emscripten catch2 chromium fonts-roboto-unhinted
          python3-fonttools nodejs npm dpkg-dev clang libclang-rt-14-dev clang-format)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# nodejs/npm may come from another vendor's package; accept any working node and npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi

# Dear ImGui 1.90.1 comes from Debian's source package in trixie (bookworm has 1.86).
imgui_version=1.90.1
imgui_dir="$root/third_party/imgui-$imgui_version"
src_list=/etc/apt/sources.list.d/ssi-imgui-src.sources
need_update=0
if [ ! -f "$imgui_dir/imgui.h" ] && [ ! -f "$src_list" ]; then
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  [ -n "$uri" ] || uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | head -n1 | awk '{print $2}')
  [ -n "$uri" ] || uri=http://deb.debian.org/debian
  say "adding deb-src for trixie ($uri) to fetch Dear ImGui $imgui_version"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" \
    | sudo_if_needed tee "$src_list" >/dev/null
  need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  say "apt-get update"
  sudo_if_needed apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing: ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$imgui_dir/imgui.h" ]; then
  say "fetching Dear ImGui $imgui_version source package"
  work=$(mktemp -d)
  (cd "$work" && apt-get source --download-only "imgui=${imgui_version}+ds-1" >/dev/null 2>&1 \
     || { sudo_if_needed apt-get update -qq && apt-get source --download-only "imgui=${imgui_version}+ds-1"; })
  mkdir -p "$imgui_dir"
  tar -xf "$work"/imgui_"${imgui_version}"*.orig.tar.* -C "$imgui_dir" --strip-components=1
  rm -rf "$work"
fi

# npm: playwright-core drives Debian's Chromium (never its own browser download); Closure
# Compiler (a native build in the npm package) minifies Emscripten's JavaScript; axe-core audits
# the page's accessibility in the browser tests; Lighthouse scores the page in scripts/bench.sh.
# Installed again when package-lock.json is newer than what npm last installed (a dependency added).
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  say "npm ci (playwright-core, google-closure-compiler-linux, axe-core, lighthouse)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
say "ready"
