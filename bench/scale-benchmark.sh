#!/usr/bin/env bash
# The split analysis (feature records → Spark candidates → verification) against the in-process analysis.
# Usage: bench/scale-benchmark.sh [N ...]          (default: 10000 100000)
#
# Per N, on gen_corpus.py posts with copies and rewrites planted by bench/plant_rewrites.py:
#   in-process  sitegen analyze POSTS --format json
#   emit        sitegen analyze POSTS --emit-features F --gzip          (per-document stage; memory flat in N)
#   spark       python3 scale/spark_candidates.py F P --master $MASTER   (driver and JVM, the job's own timing)
#   verify      sitegen analyze --features F --candidates P --format json
# each under /usr/bin/time -v (wall, user+sys CPU, peak RSS). The Spark line's CPU and RSS are the Python
# driver's only (PySpark does not wait for the JVM it starts); the job's --stats file has the JVM and its Python
# workers, sampled from /proc, and the shuffle bytes from Spark's REST API: bench/spark_stats.py prints them.
# Then: are the two reports byte-identical, precision/recall of both (bench/score_analysis.py), feature bytes
# and candidate pairs per document.
#
# Environment: CORPUS (gen_corpus.py output, default /tmp/sitegen-bench/corpus), WORK (default
# /tmp/sitegen-scale-bench), SEED (20240601), MASTER (local[2]), CHUNK (documents per shard, 1000),
# SKIP_BUILD=1 (reuse the release binary), BIN (the binary, default .build/release/sitegen), SKIP_INPROCESS=1
# (only the split path), CONCURRENT=1 (the in-process run alongside the split path instead of before it: wall
# times then include each other's load; CPU and peak memory do not).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CORPUS=${CORPUS:-/tmp/sitegen-bench/corpus}
WORK=${WORK:-/tmp/sitegen-scale-bench}
SEED=${SEED:-20240601}
MASTER=${MASTER:-local[2]}
CHUNK=${CHUNK:-1000}
SHARED=${SHARED:-$ROOT/../shared/bench}
[ -f "$SHARED/gen_corpus.py" ] || SHARED=/work/shared/bench
BIN=${BIN:-$ROOT/.build/release/sitegen}
NS=${*:-10000 100000}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  swift build -c release --product sitegen 2>&1 | tail -1
fi
mkdir -p "$WORK"

timed() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.log" 2>&1 || rc=$?
  awk -v n="$name" -v rc="$rc" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    '/Elapsed/ {w=$NF} /User time/ {u=$NF} /System time/ {s=$NF} /Maximum resident/ {m=$NF}
    END {printf "   %-11s wall %8s  cpu %8.2f s  peak RSS %6.0f MB  (exit %s, load %s)\n", n, w, u+s, m/1024, rc, load}' \
    "$OUT/$name.time" | tee -a "$OUT/summary.txt"
  return "$rc"
}

for n in $NS; do
  OUT=$WORK/N$n
  rm -rf "$OUT"; mkdir -p "$OUT"
  echo "== N=$n  ($(nproc) cores, master $MASTER, $CHUNK documents per shard)" | tee "$OUT/summary.txt"
  [ -d "$CORPUS/N$n/posts" ] || python3 "$SHARED/gen_corpus.py" --n "$n" --out "$CORPUS" >/dev/null
  P=$WORK/planted-N$n
  [ -d "$P/posts" ] || python3 bench/plant_rewrites.py --corpus "$CORPUS/N$n/posts" --out "$P" --seed "$SEED" >/dev/null
  INPROCESS_PID=
  if [ "${SKIP_INPROCESS:-0}" != 1 ]; then
    if [ "${CONCURRENT:-0}" = 1 ]; then
      timed in-process "$BIN" analyze "$P/posts" --format json --output "$OUT/in-process.json" --quiet &
      INPROCESS_PID=$!
    else
      timed in-process "$BIN" analyze "$P/posts" --format json --output "$OUT/in-process.json" --quiet || true
    fi
  fi
  timed emit "$BIN" analyze "$P/posts" --emit-features "$OUT/features" --gzip --chunk-size "$CHUNK" --quiet
  timed spark python3 scale/spark_candidates.py "$OUT/features" "$OUT/pairs" --master "$MASTER" --stats "$OUT/spark.json"
  timed verify "$BIN" analyze --features "$OUT/features" --candidates "$OUT/pairs" --format json \
    --output "$OUT/split.json" --quiet
  [ -z "$INPROCESS_PID" ] || wait "$INPROCESS_PID" || true
  {
    echo "   feature shards: $(du -cb "$OUT"/features/*.gz | tail -1 | cut -f1) bytes gzip ($(( $(du -cb "$OUT"/features/*.gz | tail -1 | cut -f1) / n )) per document); uncompressed $(( $(zcat "$OUT"/features/*.gz | wc -c) / n )) per document"
    python3 bench/spark_stats.py "$OUT/spark.json" "$OUT/spark.time"
    if [ -f "$OUT/in-process.json" ]; then
      if cmp -s "$OUT/in-process.json" "$OUT/split.json"; then echo "   reports: identical"; else echo "   reports: DIFFERENT"; fi
    fi
    for r in in-process split; do
      [ -f "$OUT/$r.json" ] || continue
      python3 bench/score_analysis.py --truth "$P/ground_truth.json" --report "$OUT/$r.json" --json "$OUT/$r-score.json" 2>/dev/null \
        | head -3 | sed "s/^/   $r: /"
    done
  } | tee -a "$OUT/summary.txt"
done
