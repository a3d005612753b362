#!/usr/bin/env bash
# Optional: installs Chromium from the Debian (or Ubuntu) packages, for the tests that open `toc audit`'s HTML in a
# real headless browser (nothing in a hostile plan may execute; the page is screenshotted and printed to PDF) and for
# `toc audit plan.toc -o audit.pdf`. CI runs this; newcomers do not need it: without Chromium those tests are skipped.
# poppler-utils adds `pdfinfo`, which the tests use to count a PDF's pages.
set -euo pipefail

"$(dirname "$0")/apt-install.sh" chromium poppler-utils

browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "error: chromium was installed but is not on PATH" >&2; exit 1; }
echo "Test browser is installed: $("$browser" --version 2>/dev/null || echo "$browser")."
