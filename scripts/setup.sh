#!/usr/bin/env bash
# The newcomer's first command: installs what toc needs, builds it, then checks and draws a bundled example.
# Results go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh
swift build -c release
mkdir -p out

example=examples/lincolnshire-partners-in-practice.toc
echo
echo "== toc check $example"
.build/release/toc check "$example"
echo
echo "== toc render $example -o out/lincolnshire.svg"
.build/release/toc render "$example" -o out/lincolnshire.svg
.build/release/toc render "$example" -o out/lincolnshire.png
echo
echo "Done. Open out/lincolnshire.svg (or .png) to see the diagram; the toc binary is .build/release/toc."
