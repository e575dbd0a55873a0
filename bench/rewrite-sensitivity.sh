#!/usr/bin/env bash
# How recall depends on how much a rewrite changes and on how rare its replacement words are.
# Usage: bench/rewrite-sensitivity.sh [N]            (default 1000; needs .build/release/sitegen)
# For each synonym source (table: the English synonym table; generator: words of the corpus generator's own
# vocabulary) and each replaced share of content words, plants 10% rewrites + 2% copies (+0.5% each same-post),
# runs `sitegen analyze` and prints recall per kind, precision and the median approximate cosine of the pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
CORPUS=${CORPUS:-/tmp/sitegen-bench/corpus}
WORK=${WORK:-/tmp/sitegen-analysis-bench}/sensitivity-N$N
SEED=${SEED:-20240601}
BIN=.build/release/sitegen
mkdir -p "$WORK"
echo "| synonyms | replaced share | copy recall | rewrite recall (cross / same post) | precision | FP | median cosine of rewrites (found / missed) |"
echo "|---|---|---|---|---|---|---|"
for syn in table generator; do
  for frac in 0.00,0.00 0.05,0.10 0.10,0.20 0.20,0.30 0.30,0.50; do
    D=$WORK/$syn-${frac/,/-}
    python3 bench/plant_rewrites.py --corpus "$CORPUS/N$N/posts" --out "$D" --seed "$SEED" --synonyms "$syn" \
      --rewrite-fraction "$frac" --rewrite-rate 0.1 2>/dev/null
    "$BIN" analyze "$D/posts" --format json --output "$D/report.json" --quiet
    python3 bench/score_analysis.py --truth "$D/ground_truth.json" --report "$D/report.json" --json "$D/score.json" \
      >/dev/null 2>&1
    python3 bench/pair_diagnostics.py --posts "$D/posts" --truth "$D/ground_truth.json" --scores "$D/score.json" \
      --json "$D/pairs.json" >/dev/null
    python3 - "$D" "$syn" "$frac" <<'EOF'
import json, sys
d, syn, frac = sys.argv[1:]
s = json.load(open(f"{d}/score.json"))
rows = json.load(open(f"{d}/pairs.json"))
def med(xs):
    xs = sorted(xs)
    return f"{xs[len(xs) // 2]:.2f}" if xs else "–"
rw = [r for r in rows if r["kind"] == "rewrite"]
g = s["groups"]
print(f"| {syn} | {frac.replace(',', '–')} | {s['kinds']['copy']['recall']} | {s['kinds']['rewrite']['recall']} "
      f"({g['rewrite-cross-post']['found']}/{g['rewrite-cross-post']['planted']} / "
      f"{g['rewrite-same-post']['found']}/{g['rewrite-same-post']['planted']}) | {s['precision']} | "
      f"{s['false_positives']} | {med([r['cosine'] for r in rw if r['found']])} / "
      f"{med([r['cosine'] for r in rw if not r['found']])} |")
EOF
  done
done
