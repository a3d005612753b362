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
echo "== toc audit $example -o out/lincolnshire-audit.html"
.build/release/toc audit "$example" -o out/lincolnshire-audit.html
echo
echo "Done. Open out/lincolnshire.svg for the diagram and out/lincolnshire-audit.html for the funder's audit;"
echo "the toc program is .build/release/toc."
