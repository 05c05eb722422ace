#!/usr/bin/env bash
# Renders the coverage HTML report to a PNG with headless Chromium, to look at it.
# Usage: docs/scripts/render-coverage.sh [OUT.png] [-- coverage arguments]
# Needs Debian's `chromium` package (apt-get install chromium); CI does not run this.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=coverage.png
# OUT.png is optional: `render-coverage.sh -- ARGS` keeps the default name.
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  out=$1
  shift
fi
case $out in /*) ;; *) out="$PWD/$out" ;; esac
[ "${1:-}" = "--" ] && shift
html=$(mktemp --suffix .html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
cargo run --quiet --release -- coverage --format html "$@" > "$html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1200,2600 \
  --screenshot="$out" "file://$html" 2>/dev/null
echo "wrote $out"
