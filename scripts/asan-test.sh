#!/usr/bin/env bash
# Memory safety under AddressSanitizer, in two parts:
#  1. the whole test suite (`swift test --sanitize=address`): any use after free, overflow or double free fails it.
#     Leak checking is off here: XCTest on Linux keeps every test case (and its lazy properties) alive until exit,
#     so every fixture would be reported.
#  2. leaks: the ASan-built `toc` checks, draws, exports and formats every example and fuzz fixture with
#     LeakSanitizer on; leaks inside Graphviz, fontconfig, glib and Foundation are suppressed
#     (.ci/lsan-suppressions.txt), so any report is a leak in toc's own code.
#   scripts/asan-test.sh [swift test options, e.g. --filter LimitsTests]
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(pwd)/.build-asan/reports
mkdir -p "$logs"
rm -f "$logs"/*

echo "== 1. the test suite under AddressSanitizer"
status=0
ASAN_OPTIONS=detect_leaks=0:log_path=$logs/tests \
  swift test --sanitize=address --disable-swift-testing --scratch-path .build-asan "$@" || status=$?

echo "== 2. leaks in the toc command"
toc=.build-asan/debug/toc
out=$(mktemp -d)
for plan in examples/*.toc examples/*/*.toc Tests/Fixtures/fuzz/*.toc; do
  name=$(basename "$plan" .toc)
  for command in "check $plan" "check --format json $plan" "render --force $plan -o $out/$name.svg" \
                 "render --force $plan -o $out/$name.png" "export --force $plan -o $out/$name.json" "fmt --check $plan"; do
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=1:log_path=$logs/toc LSAN_OPTIONS=suppressions=$(pwd)/.ci/lsan-suppressions.txt:print_suppressions=0 \
      "$toc" $command > /dev/null 2>&1 || true
  done
done
rm -rf "$out"

if compgen -G "$logs/*" > /dev/null; then
  echo "AddressSanitizer reports (one file per process, in $logs):" >&2
  grep -h -E "^(==[0-9]+==ERROR|SUMMARY)" "$logs"/* >&2 || true
  exit 1
fi
echo "== no memory errors or leaks"
exit "$status"
