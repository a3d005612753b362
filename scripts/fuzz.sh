#!/usr/bin/env bash
# Fuzzes toc with libFuzzer for [seconds] (default 60): every input goes through the parser, the model builder, every
# rule, the diagnostic formatters, fix-its, the JSON export, `toc fmt` (which must be idempotent) and the diagram's DOT,
# which Graphviz's own parser must read back, and every request of the language server on it (Fuzz/Sources/TocFuzz).
# Built with AddressSanitizer, so memory errors are findings too; an input slower than 10 seconds is a hang.
#
#   scripts/fuzz.sh            # one minute (what CI runs)
#   scripts/fuzz.sh 3600       # an hour
#   FUZZ_JOBS=2 scripts/fuzz.sh 600
#
# The corpus grows in .build-fuzz/corpus (seeded from examples/, Fuzz/seeds/ and every .toc file under Tests/).
# A finding is written to .build-fuzz/findings/ and the script fails; replay it with
#   .build-fuzz/release/TocFuzz .build-fuzz/findings/crash-…
# then add it to Tests/Fixtures/fuzz/ (FuzzRegressionTests runs every file there) and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
jobs=${FUZZ_JOBS:-1}
scratch=.build-fuzz
corpus=$scratch/corpus
findings=$scratch/findings

echo "== building the fuzz target (libFuzzer + AddressSanitizer)"
swift build --package-path Fuzz --scratch-path "$scratch" -c release --product TocFuzz \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" || true
fuzzer=$scratch/release/TocFuzz
[ -x "$fuzzer" ] || { echo "error: the fuzz target did not build" >&2; exit 1; }

mkdir -p "$corpus" "$findings"
root=$(pwd)
seeds=("$root/examples" "$root/Fuzz/seeds")
while IFS= read -r folder; do seeds+=("$root/$folder"); done < <(find Tests -name '*.toc' -printf '%h\n' | sort -u)
parallel=()
# With several jobs libFuzzer writes a fuzz-N.log per job into the working folder, so run from the scratch folder.
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")

echo "== fuzzing for ${seconds}s (${jobs} job(s)); seeds: ${seeds[*]#$root/}"
# Graphviz and fontconfig leak by design, so leak checking is off here (scripts/asan-test.sh checks our own code).
status=0
(cd "$scratch" && ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "$root/$fuzzer" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
  -dict="$root/Fuzz/toc.dict" -artifact_prefix="$root/$findings/" -print_final_stats=1 \
  "${parallel[@]}" "$root/$corpus" "${seeds[@]}") || status=$?

if [ "$status" -ne 0 ] || compgen -G "$findings/*" > /dev/null; then
  echo "fuzzing found a problem (status $status):" >&2
  ls -l "$findings" >&2
  echo "replay with: $fuzzer <finding>; then add it to Tests/Fixtures/fuzz/ and fix the cause" >&2
  exit 1
fi
echo "== no crashes or hangs; corpus: $(find "$corpus" -type f | wc -l) inputs"
