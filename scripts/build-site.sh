#!/usr/bin/env bash
# The README's first command: installs the system libraries when missing,
# builds thanrak (release) and builds the example site content/ → public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product thanrak
.build/release/thanrak build --content content --output public "$@"
