#!/usr/bin/env bash
# Feed parsing throughput: `sitegen ingest --inspect` (parse + normalise + JSON) on the two shared feeds, R times each.
# Usage: bench/feeds-throughput.sh [R]   (default 100). Reports MB/s over the whole loop, process start-up included,
# so it is a lower bound on the parser's own speed.
set -euo pipefail
cd "$(dirname "$0")/.."
R=${1:-100}
FEEDS=(../shared/corpus/feeds/templated-devto.xml ../shared/corpus/feeds/research-quarto.xml)
swift build -c release >/dev/null
BIN=.build/release/sitegen
bytes=0
for f in "${FEEDS[@]}"; do bytes=$((bytes + $(stat -c %s "$f"))); done
start=$(date +%s.%N)
for _ in $(seq "$R"); do
  for f in "${FEEDS[@]}"; do "$BIN" ingest --inspect "$f" >/dev/null; done
done
end=$(date +%s.%N)
python3 - "$bytes" "$R" "$start" "$end" <<'PY'
import sys
b, r, s, e = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
mb = b * r / 1e6
print(f"{r} x {b/1e3:.0f} KB = {mb:.1f} MB in {e-s:.2f} s: {mb/(e-s):.1f} MB/s (parse + JSON + process start-up)")
PY
