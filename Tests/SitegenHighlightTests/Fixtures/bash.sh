#!/usr/bin/env bash
set -euo pipefail

# Render every post and collect the logs
OUT="${1:-_site}"
for f in posts/*.qmd; do
    echo "rendering $f"
    quarto render "$f" --to html > "logs/$(basename "$f").log" 2>&1 || exit 1
done

if [ -d "$OUT" ] && [[ $# -gt 0 ]]; then
    cp -r "$OUT" /tmp/backup
fi

count=$(ls posts | wc -l)
export COUNT=$count
function cleanup() {
    local dir=$1
    rm -rf "$dir"/*.tmp
}
case "$MODE" in
    fast) make -j4 ;;
    *) make ;;
esac
cleanup "$OUT"
echo 'done' && exit 0
