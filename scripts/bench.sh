#!/usr/bin/env bash
# Benchmarks toc against Graphviz on generated plans of 100, 1,000 and 10,000 elements (results: docs/performance.md).
#
#   scripts/bench.sh            # everything (about 15 minutes: Graphviz lays out 10,000 elements in about 2)
#   scripts/bench.sh --quick    # leaves out laying out the 10,000-element plan
#
# Two parts:
#  1. The ordo-one/benchmark suite (Benchmarks/, its own package, so the main build never builds it): each stage in
#     process (parse, build, rules, check = all three, DOT emission, Graphviz's parser reading our DOT, layout and
#     SVG rendering) and `dot -Tsvg` as a process, with wall clock, CPU, mallocs and peak memory; plus the
#     pathological plans of docs/limits.md. Note: the benchmark's malloc interposer slows every allocation, ours and
#     Graphviz's alike, so times here are higher than in part 2.
#  2. Whole commands with hyperfine: `toc check` against `gc` (Graphviz's own parser reading the equivalent DOT),
#     `toc render` against `dot -Tsvg` on that DOT, and the peak memory of `toc check` (GNU time).
#
# Needs, for benchmarks only (toc itself never uses them): sudo apt-get install hyperfine graphviz time
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true
scratch=.build-bench
plans=$scratch/plans
mkdir -p "$plans"

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d)"
swift --version 2>&1 | head -1

echo "== building (release)"
swift build --package-path Benchmarks --scratch-path "$scratch" -c release --product toc-generate-plan >/dev/null
swift build --package-path Benchmarks --scratch-path "$scratch" -c release --product toc >/dev/null
toc=$scratch/release/toc
for size in 100 1000 10000; do
  "$scratch/release/toc-generate-plan" "$size" > "$plans/plan-$size.toc"
  "$toc" render --force --no-legend "$plans/plan-$size.toc" -o "$plans/plan-$size.dot" 2>/dev/null
done

echo "== part 1: the benchmark suite"
skip=()
$quick && skip=(--skip '(render-svg|dot-Tsvg-process)/10000')
swift package --package-path Benchmarks --scratch-path "$scratch" benchmark --no-progress \
  --time-units milliseconds "${skip[@]}"

echo "== part 2: whole commands"
missing=()
for tool in hyperfine dot gc /usr/bin/time; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "skipped: needs ${missing[*]} (sudo apt-get install hyperfine graphviz time)"
  exit 0
fi
for size in 100 1000 10000; do
  plan=$plans/plan-$size.toc
  echo "-- $size elements: $(wc -l < "$plan") lines, $(du -k "$plan" | cut -f1) KiB; DOT $(du -k "$plans/plan-$size.dot" | cut -f1) KiB"
  hyperfine -N -i --warmup 1 --runs 10 --style basic \
    -n "toc check ($size)" "$toc check --format json $plan" \
    -n "Graphviz parse, gc ($size)" "gc -n -e $plans/plan-$size.dot" 2>&1 | grep -v "^ *$" || true
  /usr/bin/time -f "peak memory of toc check ($size): %M KiB" "$toc" check --format json "$plan" >/dev/null 2>"$plans/time.txt" || true
  tail -1 "$plans/time.txt"
  if [ "$size" -lt 10000 ] || ! $quick; then
    runs=5
    [ "$size" -ge 10000 ] && runs=1
    hyperfine -N -i --warmup 0 --runs "$runs" --style basic \
      -n "toc render ($size)" "$toc render --force --no-legend $plan -o $plans/out-$size.svg" \
      -n "dot -Tsvg ($size)" "dot -Tsvg $plans/plan-$size.dot -o $plans/dot-$size.svg" 2>&1 | grep -v "^ *$" || true
  fi
done
