#!/usr/bin/env bash
# Speed work must not change output: builds the same sites with two sitegen binaries and diffs the two Site/ trees.
# Usage: bench/same-output.sh OLD_BINARY NEW_BINARY [N]      (N posts of ../shared/bench/gen_corpus.py, default 300)
# Sites: the generated corpus as compare-hugo.sh builds it (no bibliography), the same with `bibliography:` (3
# citations per post rendered with CSL), and this repository's own site. Exit status 1 when any file differs.
set -euo pipefail
OLD=${1:?usage: same-output.sh OLD_BINARY NEW_BINARY [N]}
NEW=${2:?usage: same-output.sh OLD_BINARY NEW_BINARY [N]}
N=${3:-300}
cd "$(dirname "$0")/.."
REPO=$(pwd)
SHARED=${SHARED:-$( [ -d ../shared/bench ] && echo ../shared/bench || echo /work/shared/bench )}
W=${BENCH_DIR:-/tmp/sitegen-same-output}
[ -d "$W/corpus/N$N" ] || python3 "$SHARED/gen_corpus.py" --n "$N" --out "$W/corpus" >/dev/null

site() {  # site NAME [bibliography]
  local dir="$W/site-$1"
  rm -rf "$dir" && mkdir -p "$dir/Content/posts"
  cp -al "$W/corpus/N$N/posts/." "$dir/Content/posts/"
  cp "$W/corpus/references.bib" "$dir/Content/references.bib"
  printf 'title: Research Blog Baseline\nbase_url: https://example.org/\n' > "$dir/sitegen.yml"
  [ "${2:-}" = bibliography ] && echo 'bibliography: references.bib' >> "$dir/sitegen.yml"
  printf -- '---\ntitle: About\n---\n\nAn *about* page with a [link](/posts/) & an ampersand.\n' > "$dir/Content/about.md"
  echo "$dir"
}

status=0
for name in plain cited own; do
  case $name in
    plain) src=$(site plain) ;;
    cited) src=$(site cited bibliography) ;;
    own) src=$REPO ;;
  esac
  for which in old new; do
    bin=$OLD; [ $which = new ] && bin=$NEW
    rm -rf "$W/out-$name-$which"
    "$bin" build --quiet --no-cache --source "$src" --output "$W/out-$name-$which" >/dev/null 2>"$W/log-$name-$which" || true
  done
  if diff -r "$W/out-$name-old" "$W/out-$name-new" >"$W/diff-$name" && diff "$W/log-$name-old" "$W/log-$name-new" >>"$W/diff-$name"; then
    echo "$name: identical ($(find "$W/out-$name-new" -type f | wc -l) files)"
  else
    echo "$name: DIFFERENT (see $W/diff-$name)"; head -20 "$W/diff-$name"; status=1
  fi
done
exit $status
