#!/usr/bin/env bash
# The test command of the README and of CI: installs the system libraries
# when missing, then builds and runs every test (unit, golden, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift test "$@"
# The example site, as a publisher checks it: valid HTML, no broken link.
scripts/validate-site.sh
