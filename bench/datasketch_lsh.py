#!/usr/bin/env python3
"""The analysis engine's near-duplicate candidate search done with datasketch's MinHash LSH, for speed and recall.

Usage:
    datasketch_lsh.py --posts DIR/posts --truth DIR/ground_truth.json [--json OUT.json]
                      [--num-perm 63 --bands 21 --rows 3]

Same units and word 5-gram shingles as sitegen (bench/sections.py), same LSH shape as
Sources/SitegenAnalysis/MinHasher.swift: 63 permutations, 21 bands x 3 rows (MinHashLSH params=(21, 3)).
datasketch hashes each shingle (its UTF-8 bytes) with its default SHA-1 32-bit hash.

Timed phases (wall and process CPU):
  read       read the posts, extract units and shingle sets (Python, not datasketch)
  minhash    MinHash.bulk over all units
  index      MinHashLSH insertion session
  query      lsh.query for every unit, collecting candidate pairs
The candidate search time is minhash + index + query. Recall: a planted section counts as found when its planted
original is among its LSH candidates.
"""
import argparse
import json
import os
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sections  # noqa: E402


class Timer:
    def __init__(self):
        self.phases = {}

    def run(self, name, fn):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        self.phases[name] = {"wall": round(time.perf_counter() - w, 3), "cpu": round(time.process_time() - c, 3)}
        return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--json")
    ap.add_argument("--num-perm", type=int, default=63)
    ap.add_argument("--bands", type=int, default=21)
    ap.add_argument("--rows", type=int, default=3)
    ap.add_argument("--min-words", type=int, default=60)
    args = ap.parse_args()
    timer = Timer()

    def read():
        units = sections.read_units(args.posts, args.min_words)
        return units, [[s.encode("utf-8") for s in u.shingles()] for u in units]

    units, shingle_lists = timer.run("read", read)
    hashes = timer.run("minhash", lambda: MinHash.bulk(shingle_lists, num_perm=args.num_perm))
    lsh = MinHashLSH(num_perm=args.num_perm, params=(args.bands, args.rows))

    def index():
        with lsh.insertion_session() as session:
            for i, m in enumerate(hashes):
                session.insert(i, m, check_duplication=False)

    timer.run("index", index)

    def query():
        pairs = set()
        for i, m in enumerate(hashes):
            for j in lsh.query(m):
                if j != i:
                    pairs.add((min(i, j), max(i, j)))
        return pairs

    pairs = timer.run("query", query)
    search = {k: round(sum(timer.phases[p][k] for p in ("minhash", "index", "query")), 3) for k in ("wall", "cpu")}
    result = {"units": len(units), "shingles": sum(len(s) for s in shingle_lists), "candidate_pairs": len(pairs),
              "num_perm": args.num_perm, "bands": args.bands, "rows": args.rows, "phases": timer.phases,
              "candidate_search": search,
              "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if args.truth:
        result["recall"] = recall(units, shingle_lists, pairs, args.truth)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, sort_keys=True)
            f.write("\n")
    print(f"datasketch: {len(units)} units, {len(pairs)} candidate pairs; read {timer.phases['read']}, "
          f"candidate search {search}")
    for kind, r in result.get("recall", {}).items():
        print(f"  {kind:22s} recall {r['recall']} ({r['found']}/{r['planted']}), "
              f"shingle Jaccard min {r['jaccard_min']} median {r['jaccard_median']}")


def recall(units, shingle_lists, pairs, truth_path):
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    index = {(u.file, u.heading): i for i, u in enumerate(units)}
    sets = {}
    groups = {}
    for e in truth["planted"]:
        a = index.get((e["original_file"], e["original_heading"]))
        b = index.get((e["file"], e["heading"]))
        hit = a is not None and b is not None and (min(a, b), max(a, b)) in pairs
        j = None
        if a is not None and b is not None:
            for k in (a, b):
                if k not in sets:
                    sets[k] = set(shingle_lists[k])
            j = round(sections.jaccard(sets[a], sets[b]), 3)
        for name in (e["kind"], e["kind"] + ("-same-post" if e["same_post"] else "-cross-post")):
            g = groups.setdefault(name, {"planted": 0, "found": 0, "jaccards": []})
            g["planted"] += 1
            g["found"] += hit
            if j is not None:
                g["jaccards"].append(j)
    for g in groups.values():
        g["recall"] = round(g["found"] / g["planted"], 4) if g["planted"] else None
        js = sorted(g.pop("jaccards"))
        g["jaccard_min"] = js[0] if js else None
        g["jaccard_median"] = js[len(js) // 2] if js else None
    return dict(sorted(groups.items()))


if __name__ == "__main__":
    main()
