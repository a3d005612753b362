#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer (with LeakSanitizer): any use after free, overflow or leak in
# toc's own code fails the run. Leaks inside Graphviz, fontconfig, glib and Foundation are suppressed
# (.ci/lsan-suppressions.txt); the toc processes the CLI tests start are checked too.
#   scripts/asan-test.sh [--filter <tests>]
set -euo pipefail
cd "$(dirname "$0")/.."
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:log_path=${ASAN_LOG:-$(pwd)/.build-asan/asan}
export LSAN_OPTIONS=suppressions=$(pwd)/.ci/lsan-suppressions.txt:print_suppressions=0
mkdir -p .build-asan
rm -f .build-asan/asan.*
status=0
swift test --sanitize=address --disable-swift-testing --scratch-path .build-asan "$@" || status=$?
if compgen -G ".build-asan/asan.*" > /dev/null; then
  echo "AddressSanitizer reports (one file per process):" >&2
  grep -h -E "^(==[0-9]+==ERROR|SUMMARY)" .build-asan/asan.* >&2 || true
  exit 1
fi
exit "$status"
