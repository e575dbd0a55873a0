#!/usr/bin/env bash
# Time and peak memory of `sitegen build` on single hostile posts (docs/limits.md): many tags, a very wide
# table, tens of thousands of unresolved and cross-post references on one line. Each case runs at N and 2N so
# growth is visible: linear work roughly doubles, quadratic work quadruples.
# Usage: bench/hostile-posts.sh [path/to/sitegen]   (default: .build/release/sitegen)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/sitegen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_site() {  # name, python expression printing the post body; $n is the size
  mkdir -p "$work/$1/Content/posts"
  printf 'title: T\nbase_url: https://t.example/\n' > "$work/$1/sitegen.yml"
  printf -- '---\ntitle: P\ndate: 2024-01-01\n---\n\n![A figure](a.png){#fig-x}\n' > "$work/$1/Content/posts/p.md"
  python3 -c "$2" > "$work/$1/Content/posts/q.md"
}
printf '%-22s %8s %10s %12s\n' case n seconds peak_MB
for n in 1000 2000; do
  for case in tags table refs crosspost; do
    case $case in
      tags) body="n=$n; print('---\ntitle: Q\ndate: 2024-01-01\ntags: [' + ', '.join(f't{i}' for i in range(n)) + ']\n---\nx')";;
      table) body="n=$n*10; print('---\ntitle: Q\n---\n\n|' + '|'.join(f'c{i}' for i in range(n)) + '|\n|' + '|'.join('-'*n) + '|')";;
      refs) body="n=$n*20; print('---\ntitle: Q\n---\n\n' + ' '.join('@fig-x' + str(i) for i in range(n)))";;
      crosspost) body="n=$n*10; print('---\ntitle: Q\n---\n\n' + ' '.join('@posts/p#fig-x' for i in range(n)))";;
    esac
    make_site "$case-$n" "$body"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin" build --source "$work/$case-$n" --quiet >/dev/null 2>&1 || true
    read -r seconds kb < "$work/time"
    printf '%-22s %8s %10s %12s\n' "$case" "$n" "$seconds" "$((kb / 1024))"
  done
done
