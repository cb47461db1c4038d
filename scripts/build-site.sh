#!/usr/bin/env bash
# The README's first command: installs the system libraries when missing,
# builds thanrak (release) and checks the example site in content/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release
.build/release/thanrak check --content content
