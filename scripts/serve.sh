#!/usr/bin/env bash
# Sets up what is missing, builds the web app into dist/ and serves it on loopback.
# PORT=8080 by default; Ctrl-C stops the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-8080}
"$root/scripts/setup.sh"
"$root/scripts/build.sh" web
echo
echo "SSI Calculator: open http://127.0.0.1:$port/"
echo "(Ctrl-C stops the server)"
cd "$root/dist"
exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1
