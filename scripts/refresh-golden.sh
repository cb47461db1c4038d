#!/usr/bin/env bash
# Rewrites the golden files of the end-to-end tests from the current build.
# Review the diff before committing: a changed golden file is a changed output.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build
bin="$PWD/.build/debug/thanrak"
for dir in Tests/ThanrakCLITests/Fixtures/*/; do
  for format in text json github; do
    (cd "$dir" && "$bin" check --format "$format" > "expected.$format" 2>/dev/null || true)
  done
done
git status --short Tests/ThanrakCLITests/Fixtures
