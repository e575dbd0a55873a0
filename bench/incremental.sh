#!/usr/bin/env bash
# Build-cache benchmark on a gen_corpus.py site: cold build with the cache vs --no-cache (paired), a no-op build,
# one post's text edited, one post's title edited, a template edited; then `sitegen serve`'s save -> reload message
# latency over SERVE_EDITS edits (50 by default, 0 skips it) with a real loopback client, and its peak memory.
# Short runs; prints medians.
#   bench/incremental.sh N [SITEGEN_BINARY]      (RUNS=5 by default)
set -euo pipefail
N=${1:?usage: incremental.sh N [SITEGEN_BINARY]}
SITEGEN=${2:-$(pwd)/.build/release/sitegen}
SHARED=$(cd "$(dirname "$0")/.." && pwd)/../shared
[ -d "$SHARED/bench" ] || SHARED=/work/shared
W=${BENCH_DIR:-/tmp/sitegen-incremental}
RUNS=${RUNS:-5}
[ -x "$SITEGEN" ] || { echo "no sitegen binary at $SITEGEN (swift build -c release)" >&2; exit 2; }

[ -d "$W/corpus/N$N" ] || python3 "$SHARED/bench/gen_corpus.py" --n "$N" --out "$W/corpus" >/dev/null
S="$W/site-N$N"
rm -rf "$S"
mkdir -p "$S/Content/posts"
cp "$W/corpus/N$N/posts/"*.md "$S/Content/posts/"
cp "$W/corpus/references.bib" "$S/Content/references.bib"
printf 'title: Research Blog Baseline\nbase_url: https://example.org/\nbibliography: references.bib\n' > "$S/sitegen.yml"
POST=$(ls "$S/Content/posts" | sort | sed -n "$((N / 2))p")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
build() { "$SITEGEN" build --quiet --source "$S" --output "$S/Site" "$@"; }
rewritten() { find "$S/Site" -type f -newer "$W/stamp" | wc -l; }

echo "sitegen build cache, N=$N posts, $RUNS runs each (median seconds)"
ratios=()
for _ in $(seq "$RUNS"); do
  rm -rf "$S/Site" "$S/.sitegen/build"; a=$(seconds build)
  rm -rf "$S/Site" "$S/.sitegen/build"; b=$(seconds build --no-cache)
  ratios+=("$(echo "scale=4; $a / $b" | bc)")
done
echo "cold with cache / --no-cache (paired): median ratio $(printf '%s\n' "${ratios[@]}" | median)"

build >/dev/null 2>&1 || true
echo "no-op build: $(for _ in $(seq "$RUNS"); do seconds build; done | median) s"

edit_text() { sed -i "0,/^## /s//## Edited $RANDOM /" "$S/Content/posts/$POST"; }
edit_title() { sed -i "0,/^title: /s//title: Edited $RANDOM /" "$S/Content/posts/$POST"; }
TEMPLATE="$S/Themes/default/templates/summary.mustache"
edit_template() { mkdir -p "$(dirname "$TEMPLATE")"; printf '<article class="summary s%s"><h2><a href="{{url}}">{{title}}</a></h2></article>\n' "$RANDOM" > "$TEMPLATE"; }
for scenario in text title template; do
  times=()
  for _ in $(seq "$RUNS"); do
    "edit_$scenario"; sleep 0.01; touch "$W/stamp"; sleep 0.01
    times+=("$(seconds build)")
  done
  label="one post's $scenario edited"; [ "$scenario" = template ] && label="a template (summary.mustache) edited"
  echo "$label: $(printf '%s\n' "${times[@]}" | median) s, $(rewritten) files rewritten of $(find "$S/Site" -type f | wc -l)"
done
rm -f "$TEMPLATE"

SERVE_EDITS=${SERVE_EDITS:-50}
if [ "$SERVE_EDITS" -gt 0 ]; then
  rm -rf "$S/.sitegen/serve"
  python3 "$(dirname "$0")/serve_latency.py" "$SITEGEN" "$S" "$SERVE_EDITS"
fi
