#!/bin/bash
# Measures `toc watch`'s memory over many re-renders (docs/performance.md, "toc watch").
#
#   scripts/watch-memory.sh [TOC_BINARY] [RUNS] [OUTPUT_EXTENSION]
#
# Copies examples/lincolnshire-partners-in-practice.toc to a temporary folder, starts `toc watch` on it, touches the
# plan RUNS times (waiting for each run's summary line) and prints VmRSS/VmHWM from /proc/PID/status along the way,
# with the number of zombie children (SVG, PNG and PDF are drawn by a child process per run, which must be reaped).
# Linux only (/proc). Use OUTPUT_EXTENSION dot for a control run that never calls Graphviz.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
toc=$(realpath "${1:-$root/.build/debug/toc}")
runs=${2:-300}
extension=${3:-svg}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/lincolnshire-partners-in-practice.toc" "$work/plan.toc"
cd "$work"
: > err.txt  # before starting, so the first poll below cannot find it missing
"$toc" watch plan.toc -o "out.$extension" --iterations $((runs + 2)) --color never 2> err.txt &
pid=$!
alive() { kill -0 $pid 2>/dev/null || { echo "toc watch stopped early:"; cat err.txt; exit 1; }; }
count() { grep -c '] run [0-9]*:' err.txt || true; }
zombies() { ps -o stat= --ppid $pid | grep -c '^Z' || true; }
sample() { echo "run $(count): $(grep -E 'VmRSS|VmHWM' /proc/$pid/status | tr -s ' \t' ' ' | tr '\n' ' ')zombies $(zombies)"; }
until [ "$(count)" -ge 1 ]; do alive; sleep 0.05; done
sample
for i in $(seq 1 "$runs"); do
  touch plan.toc
  until [ "$(count)" -ge $((i + 1)) ]; do alive; sleep 0.05; done
  if [ $(((i + 1) % 50)) -eq 0 ] || [ "$i" -eq "$runs" ]; then sample; fi
done
kill -INT $pid  # the last run is sampled first; Ctrl-C then stops it cleanly
status=0; wait $pid || status=$?
echo "exit status $status"
