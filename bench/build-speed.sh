#!/usr/bin/env bash
# Build speed against Hugo and against the cmark-gfm floor, on tmpfs, at several sizes (issue targets in
# bench/README.md). Corpora are generated on the fly by ../shared/bench/gen_corpus.py, never committed.
#   bench/build-speed.sh [N ...]        (default: 1000 10000 50000; RUNS=3 hyperfine runs per size)
# Per size it prints:
#   - the paired Hugo comparison (compare-hugo.sh: hyperfine medians and the ratio sitegen/Hugo) and the load average;
#   - one /usr/bin/time -v run of each: wall, user+system CPU and peak memory;
#   - the cmark-gfm floor (bench/cmark-floor: parse + render of the same bodies, one thread) and CPU / floor;
#   - the citations ratio: the same site with `bibliography:` (3 citations per post) against without (CPU, median
#     of RUNS single runs).
# Then the growth ratios time(10k)/time(1k), time(50k)/time(10k) and the same for memory. Outputs go to
# bench/results/build-speed-<date>.txt as well.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
SHARED=$( [ -d ../shared/bench ] && cd ../shared/bench && pwd || echo /work/shared/bench )
W=${BENCH_DIR:-/dev/shm/sitegen-bench}
RUNS=${RUNS:-3}
SITEGEN=${SITEGEN:-$REPO/.build/release/sitegen}
SIZES=("${@:-1000 10000 50000}")
[ -x "$SITEGEN" ] || { echo "no sitegen binary at $SITEGEN (swift build -c release)" >&2; exit 2; }
mkdir -p "$W" bench/results
OUT=bench/results/build-speed-$(date -u +%Y-%m-%dT%H%M).txt
FLOOR=$W/cmark_floor
cc -O2 -o "$FLOOR" bench/cmark-floor/cmark_floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions

measure() {  # measure CMD... -> "wall cpu maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1, $2 + $3, $4}'
}

declare -A WALL CPU MEM
{
  echo "sitegen $(git rev-parse --short HEAD), $(nproc) cores, $(date -u)"
  for N in ${SIZES[@]}; do
    echo "== N=$N  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    [ -d "$W/corpus/N$N" ] || python3 "$SHARED/gen_corpus.py" --n "$N" --out "$W/corpus" | tail -1
    if [ "$N" -le 10000 ]; then
      BENCH_DIR=$W RUNS=$RUNS bash "$SHARED/compare-hugo.sh" "$N" "$SITEGEN" | grep -E "Time|User|median"
      echo "   (load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
    else
      # Hugo needs several GB at this size; sitegen alone.
      mkdir -p "$W/sitegen-N$N/Content/posts"
      [ -n "$(ls "$W/sitegen-N$N/Content/posts")" ] || cp -al "$W/corpus/N$N/posts/." "$W/sitegen-N$N/Content/posts/"
      cp "$W/corpus/references.bib" "$W/sitegen-N$N/Content/references.bib"
      printf 'title: Research Blog Baseline\nbase_url: https://example.org/\n' > "$W/sitegen-N$N/sitegen.yml"
    fi
    S=$W/sitegen-N$N
    rm -rf "$S/Site"
    read -r wall cpu mem < <(measure "$SITEGEN" build --quiet --no-cache --source "$S" --output "$S/Site")
    WALL[$N]=$wall; CPU[$N]=$cpu; MEM[$N]=$mem
    printf 'sitegen: wall %.2f s, CPU %.2f s, peak memory %d MB\n' "$wall" "$cpu" $((mem / 1024))
    floor=$(ls "$W/corpus/N$N/posts/"*.md | "$FLOOR" - | sed 's/.*cpu \([0-9.]*\) s/\1/')
    echo "cmark-gfm floor: $floor s CPU; whole-build CPU / floor = $(echo "scale=2; $cpu / $floor" | bc)"
    if [ "$N" -le 10000 ]; then
      C=$W/cited-N$N
      rm -rf "$C" && mkdir -p "$C/Content" && cp -al "$S/Content/." "$C/Content/"
      printf 'title: Research Blog Baseline\nbase_url: https://example.org/\nbibliography: references.bib\n' > "$C/sitegen.yml"
      plain=(); cited=()
      for _ in $(seq "$RUNS"); do
        rm -rf "$S/Site" "$C/Site"
        plain+=("$(measure "$SITEGEN" build --quiet --no-cache --source "$S" --output "$S/Site" | cut -d' ' -f2)")
        cited+=("$(measure "$SITEGEN" build --quiet --no-cache --source "$C" --output "$C/Site" | cut -d' ' -f2)")
      done
      p=$(printf '%s\n' "${plain[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
      c=$(printf '%s\n' "${cited[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
      echo "citations: CPU median $c s with, $p s without; ratio $(echo "scale=3; $c / $p" | bc)"
    fi
  done
  for pair in "1000 10000" "10000 50000"; do
    set -- $pair
    [ -n "${CPU[$1]:-}" ] && [ -n "${CPU[$2]:-}" ] || continue
    echo "growth N=$1 -> $2: wall $(echo "scale=2; ${WALL[$2]} / ${WALL[$1]}" | bc)x, CPU $(echo "scale=2; ${CPU[$2]} / ${CPU[$1]}" | bc)x, memory $(echo "scale=2; ${MEM[$2]} / ${MEM[$1]}" | bc)x"
  done
} 2>&1 | tee "$OUT"
