#!/usr/bin/env bash
# Build speed and memory against Hugo on the shared benchmark corpus.
# Usage: bench/build-vs-hugo.sh [N ...]     (default: 1000 10000)
# Needs ../shared/bench (corpus generator and compare script), hugo and hyperfine (apt-get install -y hugo hyperfine).
# Prints hyperfine's medians and ratio per N, then sitegen's and Hugo's peak memory (max RSS, /usr/bin/time -v).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/bench}
W=${BENCH_DIR:-/tmp/sitegen-bench}
swift build -c release >/dev/null
SITEGEN=$(pwd)/.build/release/sitegen
for N in "${@:-1000 10000}"; do
  for n in $N; do
    echo "== N=$n"
    BENCH_DIR=$W bash "$SHARED/compare-hugo.sh" "$n" "$SITEGEN"
    rm -rf "$W/sitegen-N$n/Site" "$W/hugo-N$n/public"
    s=$( { /usr/bin/time -v "$SITEGEN" build --quiet --source "$W/sitegen-N$n" --output "$W/sitegen-N$n/Site" >/dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')
    h=$( { /usr/bin/time -v hugo --quiet --source "$W/hugo-N$n" --destination public >/dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')
    echo "peak memory: sitegen $((s / 1024)) MB, hugo $((h / 1024)) MB"
  done
done
