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
#     `toc render` against `dot -Tsvg` on that DOT, and the peak memory of `toc check` (GNU time); and each stage in
#     process without the interposer (`toc-stage-times`). It ends with the tables for docs/performance.md and each
#     target of issue 7, met or not, with its numbers. Run it on a quiet machine: wall times are shared with
#     whatever else is running (user CPU times, in brackets, are steadier).
#
# Needs, for benchmarks only (toc itself never uses them): sudo apt-get install hyperfine graphviz time
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true
scratch=${TOC_BENCH_SCRATCH:-.build-bench}  # the build folder (another one can be named, to reuse its build)
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

echo "== part 2: whole commands, and each stage in process"
missing=()
for tool in hyperfine dot gc /usr/bin/time; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "skipped: needs ${missing[*]} (sudo apt-get install hyperfine graphviz time)"
  exit 0
fi
swift build --package-path Benchmarks --scratch-path "$scratch" -c release --product toc-stage-times >/dev/null
stages=$scratch/release/toc-stage-times
results=$plans/results
rm -rf "$results"
mkdir -p "$results"
for size in 100 1000 10000; do
  plan=$plans/plan-$size.toc
  dotfile=$plans/plan-$size.dot
  echo "-- $size elements: $(wc -l < "$plan") lines, $(du -k "$plan" | cut -f1) KiB; DOT $(du -k "$dotfile" | cut -f1) KiB"
  hyperfine -N -i --warmup 1 --runs 10 --style none --export-csv "$results/check-$size.csv" \
    -n "toc check" "$toc check --format json $plan" \
    -n "gc" "gc -n -e $dotfile" >/dev/null
  /usr/bin/time -f "%M" -o "$results/peak-$size.txt" "$toc" check --format json "$plan" >/dev/null || true
  layout=true
  [ "$size" -ge 10000 ] && $quick && layout=false
  if $layout; then
    runs=5
    [ "$size" -ge 10000 ] && runs=1
    hyperfine -N -i --warmup 0 --runs "$runs" --style none --export-csv "$results/render-$size.csv" \
      -n "toc render" "$toc render --force --no-legend $plan -o $plans/out-$size.svg" \
      -n "dot -Tsvg" "dot -Tsvg $dotfile -o $plans/dot-$size.svg" >/dev/null
    "$stages" "$plan" 5 > "$results/stages-$size.tsv"
  else
    "$stages" "$plan" 5 --no-layout > "$results/stages-$size.tsv"
  fi
done

# The tables, in Markdown (docs/performance.md), and each target of issue 7 with its numbers.
awk -v results="$results" '
  function csv(file, name, column,    line, fields) {
    while ((getline line < file) > 0) { split(line, fields, ","); if (fields[1] == name) { close(file); return fields[column] } }
    close(file); return ""
  }
  function stage(size, name,    file, line, fields) {
    file = results "/stages-" size ".tsv"
    while ((getline line < file) > 0) { split(line, fields, "\t"); if (fields[1] == name) { close(file); return fields[2] } }
    close(file); return "–"
  }
  function ms(seconds) { return seconds == "" ? "–" : sprintf("%.0f", seconds * 1000) }
  function verdict(ok) { return ok ? "met" : "NOT met" }
  BEGIN {
    split("100 1000 10000", sizes, " ")
    print "\nWhole commands (mean of 10 runs; render: 5 runs, 1 at 10,000; milliseconds, user CPU in brackets):\n"
    print "| elements | toc check | gc (Graphviz parser) | check / gc | peak memory, toc check | toc render (SVG) | dot -Tsvg | render / dot |"
    print "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for (i = 1; i <= 3; i++) {
      size = sizes[i]; c = results "/check-" size ".csv"; r = results "/render-" size ".csv"
      check[size] = csv(c, "toc check", 2); gc[size] = csv(c, "gc", 2)
      getline peak < (results "/peak-" size ".txt"); peakMB[size] = peak / 1024
      render[size] = csv(r, "toc render", 2); dot[size] = csv(r, "dot -Tsvg", 2)
      printf "| %s | %s (%s) | %s (%s) | %.2f | %.0f MB | %s | %s | %s |\n", size,
        ms(check[size]), ms(csv(c, "toc check", 5)), ms(gc[size]), ms(csv(c, "gc", 5)), check[size] / gc[size],
        peakMB[size], ms(render[size]), ms(dot[size]), render[size] == "" ? "–" : sprintf("%.3f", render[size] / dot[size])
    }
    print "\nStages in process (median of 5 runs; layout and render: 1 run; milliseconds):\n"
    print "| elements | parse | build | rules | check (all three) | LSP re-check after an edit | DOT emission | Graphviz parse (agmemread) | layout + render (SVG) |"
    print "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for (i = 1; i <= 3; i++) {
      size = sizes[i]
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", size, stage(size, "parse"), stage(size, "build"),
        stage(size, "rules"), stage(size, "check"), stage(size, "lsp-recheck"), stage(size, "dot"), stage(size, "graphviz-parse"),
        stage(size, "layout-render")
    }
    print "\nTargets (issue 7):\n"
    printf "- check a 10,000-element plan in under 0.5 s: %s (%s ms)\n", verdict(check[10000] < 0.5), ms(check[10000])
    printf "- no slower than Graphviz parsing the equivalent DOT: %s (toc check %s ms, gc %s ms)\n",
      verdict(check[10000] <= gc[10000]), ms(check[10000]), ms(gc[10000])
    if (render[10000] != "") {
      printf "- toc render within 10%% of dot -Tsvg: %s (%s ms against %s ms, %.1f%%)\n",
        verdict(render[10000] <= 1.1 * dot[10000]), ms(render[10000]), ms(dot[10000]), (render[10000] / dot[10000] - 1) * 100
    } else {
      print "- toc render within 10% of dot -Tsvg: not measured at 10,000 (--quick)"
    }
    growth = stage(10000, "check") / stage(1000, "check")
    printf "- near-linear check (10x elements, at most 12x time; in process): %s (1,000: %s ms, 10,000: %s ms, %.1fx)\n",
      verdict(growth <= 12), stage(1000, "check"), stage(10000, "check"), growth
    printf "- peak memory checking 10,000 elements under 150 MB: %s (%.0f MB)\n", verdict(peakMB[10000] < 150), peakMB[10000]
    printf "\nTarget (issue 6):\n\n- the language server re-checks a 1,000-element plan after an edit in under 20 ms: %s (%s ms, median of 21)\n",
      verdict(stage(1000, "lsp-recheck") < 20), stage(1000, "lsp-recheck")
  }'
