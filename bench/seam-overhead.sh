#!/usr/bin/env bash
# Paired comparison of two sitegen binaries on `sitegen analyze POSTS --format json`: runs them alternately R
# times (A B A B …), prints each run's wall and user+sys CPU and the median ratio B/A of CPU and wall, and whether
# the reports are byte-identical. CPU time is the robust figure on a shared machine.
# Usage: bench/seam-overhead.sh BINARY_A BINARY_B POSTS [R]        (R default 5)
set -euo pipefail
A=$1; B=$2; POSTS=$3; R=${4:-5}
OUT=$(mktemp -d)
for r in $(seq 1 "$R"); do
  for side in A B; do
    bin=$A; [ "$side" = B ] && bin=$B
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/$side-$r.time" "$bin" analyze "$POSTS" --format json --output "$OUT/$side.json" --quiet
    read -r wall user sys rss < "$OUT/$side-$r.time"
    printf '%s run %d  wall %6.2f s  cpu %6.2f s  peak %4.0f MB  (load %s)\n' "$side" "$r" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
python3 - "$OUT" "$R" <<'PY'
import statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
def read(side, r):
    wall, user, system, _ = open(f"{out}/{side}-{r}.time").read().split()
    return float(wall), float(user) + float(system)
cpu = [read("B", r)[1] / read("A", r)[1] for r in range(1, runs + 1)]
wall = [read("B", r)[0] / read("A", r)[0] for r in range(1, runs + 1)]
print(f"median B/A: cpu {statistics.median(cpu):.3f} (pairs {', '.join(f'{x:.3f}' for x in cpu)}), wall {statistics.median(wall):.3f}")
PY
cmp -s "$OUT/A.json" "$OUT/B.json" && echo "reports: identical" || echo "reports: different"
rm -rf "$OUT"
