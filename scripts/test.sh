#!/usr/bin/env bash
# The test command of the README and of CI: installs the system libraries
# when missing, then builds and runs every test (unit, golden, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
# python3 runs the benchmark's corpus generator in BenchmarkCorpusTests.
extra=()
command -v python3 >/dev/null 2>&1 || extra+=(python3)
scripts/install-deps.sh "${extra[@]}"
swift test "$@"
# The example site, as a publisher checks it: valid HTML, no broken link.
scripts/validate-site.sh
