#!/usr/bin/env bash
# The analysis engine's benchmark: precision/recall on planted copies and rewrites, time, memory, datasketch.
# Usage: bench/analysis-benchmark.sh [N ...]          (default: 1000 10000)
#
# Per N:
#   1. plant copies and rewrites into the shared corpus (bench/plant_rewrites.py → $WORK/planted-N$n)
#   2. `sitegen analyze` the planted and the unplanted posts under /usr/bin/time -v (wall, CPU, max RSS)
#   3. score the planted report (bench/score_analysis.py) and explain the pairs (bench/pair_diagnostics.py)
#   4. the same LSH candidate search with datasketch (bench/datasketch_lsh.py)
#   5. `sitegen build` and `sitegen lint` on a copy of $SITES/sitegen-N$n (built from the corpus when missing)
# then prints a summary (bench/analysis_summary.py). Every timed command records /proc/loadavg before it.
#
# Environment: CORPUS (gen_corpus.py output, default /tmp/sitegen-bench/corpus), WORK (scratch, default
# /tmp/sitegen-analysis-bench), SITES (default /tmp/sitegen-bench), SEED (default 20240601), SYNONYMS
# (table|generator, default table), SHARED (../shared/bench), SKIP_BUILD=1 (reuse .build/release/sitegen),
# SKIP_SITE=1 (no build/lint timing), RUNS (build+lint repetitions, default 2), LINT_TIMEOUT (s, default 3600), PERF=1 (perf profile of analyze: share of the candidate search).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS=${CORPUS:-/tmp/sitegen-bench/corpus}
WORK=${WORK:-/tmp/sitegen-analysis-bench}
SITES=${SITES:-/tmp/sitegen-bench}
SEED=${SEED:-20240601}
SYNONYMS=${SYNONYMS:-table}
SHARED=${SHARED:-$ROOT/../shared/bench}
[ -f "$SHARED/gen_corpus.py" ] || SHARED=/work/shared/bench
BIN=$ROOT/.build/release/sitegen
NS=${*:-1000 10000}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== swift build -c release --product sitegen"
  swift build -c release --product sitegen 2>&1 | tail -1
fi
mkdir -p "$WORK"

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time -v (its output to $LOG when set); writes $OUT/NAME.time,
# $OUT/NAME.load (load average before and after) and $OUT/NAME.rc.
timed() {
  local name=$1; shift
  cut -d' ' -f1-3 /proc/loadavg > "$OUT/$name.load"
  local rc=0
  if [ -n "${LOG:-}" ]; then
    /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$LOG" 2>&1 || rc=$?
  else
    /usr/bin/time -v -o "$OUT/$name.time" "$@" || rc=$?
  fi
  cut -d' ' -f1-3 /proc/loadavg >> "$OUT/$name.load"
  echo "$rc" > "$OUT/$name.rc"
  awk -v n="$name" -v rc="$rc" '/Elapsed/ {w=$NF} /User time/ {u=$NF} /System time/ {s=$NF} /Maximum resident/ {m=$NF}
    END {printf "   %-16s wall %s  user %s s  sys %s s  max RSS %.0f MB  (exit %s)\n", n, w, u, s, m/1024, rc}' "$OUT/$name.time"
}

for n in $NS; do
  OUT=$WORK/N$n
  mkdir -p "$OUT"
  echo "== N=$n  (load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  if [ ! -d "$CORPUS/N$n/posts" ]; then
    python3 "$SHARED/gen_corpus.py" --n "$n" --out "$CORPUS"
  fi
  P=$WORK/planted-N$n
  python3 bench/plant_rewrites.py --corpus "$CORPUS/N$n/posts" --out "$P" --seed "$SEED" --synonyms "$SYNONYMS"

  timed analyze "$BIN" analyze "$P/posts" --format json --output "$OUT/report.json" --quiet
  timed analyze-base "$BIN" analyze "$CORPUS/N$n/posts" --format json --output "$OUT/base-report.json" --quiet
  python3 bench/score_analysis.py --truth "$P/ground_truth.json" --report "$OUT/report.json" \
    --base-report "$OUT/base-report.json" --json "$OUT/score.json" 2>/dev/null
  python3 bench/pair_diagnostics.py --posts "$P/posts" --truth "$P/ground_truth.json" --scores "$OUT/score.json" \
    --json "$OUT/pairs.json"
  timed datasketch python3 bench/datasketch_lsh.py --posts "$P/posts" --truth "$P/ground_truth.json" \
    --json "$OUT/datasketch.json"

  if [ "${PERF:-0}" = 1 ] && command -v perf >/dev/null; then
    perf record -q -F 499 -g -o "$OUT/perf.data" -- "$BIN" analyze "$P/posts" --format json \
      --output "$OUT/perf-report.json" --quiet 2>/dev/null
    perf report -i "$OUT/perf.data" --children --sort symbol --stdio -g none 2>/dev/null > "$OUT/perf.txt"
  fi

  if [ "${SKIP_SITE:-0}" != 1 ]; then
    S=$WORK/site-N$n
    rm -rf "$S"
    if [ -f "$SITES/sitegen-N$n/sitegen.yml" ]; then
      cp -r "$SITES/sitegen-N$n" "$S"
      rm -rf "$S/Site" "$S/.sitegen"
    else
      mkdir -p "$S/Content"
      cp -r "$CORPUS/N$n/posts" "$S/Content/posts"
      cp "$CORPUS/references.bib" "$S/Content/"
      printf 'title: Research Blog Baseline\nbase_url: https://example.org/\n' > "$S/sitegen.yml"
    fi
    for r in $(seq 1 "${RUNS:-2}"); do
      rm -rf "$S/Site" "$S/.sitegen"
      LOG=$OUT/build.log timed "build-$r" "$BIN" build --quiet --source "$S" --output "$S/Site"
      # lint exits 1 when it has errors (the corpus's images do not exist); a timeout exits 124.
      LOG=$OUT/lint.log timed "lint-$r" timeout "${LINT_TIMEOUT:-3600}" "$BIN" lint --source "$S" \
        --format "json=$OUT/lint.json" --color never
      if [ "$(cat "$OUT/lint-$r.rc")" = 124 ]; then break; fi
    done
  fi
done
python3 bench/analysis_summary.py "$WORK" $NS
