#!/usr/bin/env bash
# What citations cost a build: the gen_corpus.py site (3 citations per post) built with its `bibliography:` and
# without it (the same posts; citations then stay unresolved), paired runs in alternating order, --no-cache.
# Prints both medians, the median of the paired ratios (target ≤ 1.15) and sitegen's per-step timings.
#   bench/citations-cost.sh [N] [SITEGEN_BINARY]      (N=1000, RUNS=7 by default)
set -euo pipefail
N=${1:-1000}
SITEGEN=${2:-$(pwd)/.build/release/sitegen}
SHARED=$(cd "$(dirname "$0")/.." && pwd)/../shared
[ -d "$SHARED/bench" ] || SHARED=/work/shared
W=${BENCH_DIR:-/tmp/sitegen-citations}
RUNS=${RUNS:-7}
[ -x "$SITEGEN" ] || { echo "no sitegen binary at $SITEGEN (swift build -c release)" >&2; exit 2; }

[ -d "$W/corpus/N$N" ] || python3 "$SHARED/bench/gen_corpus.py" --n "$N" --out "$W/corpus" >/dev/null
for kind in with without; do
  S="$W/site-$kind-N$N"
  rm -rf "$S"
  mkdir -p "$S/Content/posts"
  cp "$W/corpus/N$N/posts/"*.md "$S/Content/posts/"
  cp "$W/corpus/references.bib" "$S/Content/references.bib"
  printf 'title: Research Blog Baseline\nbase_url: https://example.org/\n' > "$S/sitegen.yml"
  [ "$kind" = with ] && printf 'bibliography: references.bib\n' >> "$S/sitegen.yml"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
build() { rm -rf "$W/site-$1-N$N/Site"; "$SITEGEN" build --quiet --no-cache --source "$W/site-$1-N$N" --output "$W/site-$1-N$N/Site"; }

build with >/dev/null 2>&1 || true   # warm the file cache
build without >/dev/null 2>&1 || true
with=(); without=(); ratios=()
for k in $(seq "$RUNS"); do
  if [ $((k % 2)) -eq 0 ]; then a=$(seconds build with); b=$(seconds build without)
  else b=$(seconds build without); a=$(seconds build with); fi
  with+=("$a"); without+=("$b"); ratios+=("$(echo "scale=4; $a / $b" | bc)")
done
echo "sitegen build, N=$N posts with 3 citations each, $RUNS paired runs (--no-cache, alternating order)"
echo "with bibliography:    $(printf '%s\n' "${with[@]}" | median) s (median)"
echo "without bibliography: $(printf '%s\n' "${without[@]}" | median) s (median)"
echo "ratio with/without:   $(printf '%s\n' "${ratios[@]}" | median) (median of paired ratios; target ≤ 1.15)"
echo "steps with bibliography (--timings):"
rm -rf "$W/site-with-N$N/Site"
"$SITEGEN" build --no-cache --timings --source "$W/site-with-N$N" --output "$W/site-with-N$N/Site" 2>&1 | grep -E "^ +[0-9.]+ s |^citation style|^built " || true
