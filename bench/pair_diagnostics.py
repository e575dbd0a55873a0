#!/usr/bin/env python3
"""Why a planted pair was or was not reported: the pair's shingle Jaccard and an approximation of the engine's
weighted content-word cosine, next to the engine's thresholds.

Usage:
    pair_diagnostics.py --posts DIR/posts --truth DIR/ground_truth.json --scores SCORES.json [--json OUT.json]
                        [--stop-words Sources/SitegenAnalysis/StopWords.swift]

The cosine follows docs/analysis.md: content words (English function words dropped, the engine's own list read
from StopWords.swift, lightly stemmed as Stemmer.swift does), sublinear tf x idf with idf = ln(1 + N / df), df
over documents, unit-length vectors. Tokenisation is bench/sections.py's, so values are close to, not equal to,
the engine's. Prints, per kind, found/missed counts against Jaccard >= 0.5 and cosine >= 0.45 (clusterCosine),
>= 0.5 (paraphraseCosine) and >= 0.6 (shortSectionCosine).
"""
import argparse
import collections
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sections  # noqa: E402

RULES = [("ational", "ate"), ("ization", "ize"), ("isation", "ize"), ("fulness", "ful"), ("iveness", "ive"),
         ("ousness", "ous"), ("ations", "ate"), ("ation", "ate"), ("ingly", ""), ("edly", ""), ("ments", "ment"),
         ("ities", "ity"), ("ness", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("sses", "ss"),
         ("ises", "ize"), ("ised", "ize"), ("ise", "ize"), ("ed", ""), ("es", "e"), ("ly", "")]


def stem(word):
    if len(word) <= 3 or not word.isascii():
        return word
    s = word
    for suffix, repl in RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            s = word[:-len(suffix)] + repl
            break
    else:
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            s = word[:-1]
    if len(s) > 3 and s.endswith("e"):
        s = s[:-1]
    return s


def load_stop_words(path):
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r'"([a-z]+)"', f.read()))


def vector(unit, stop, idf):
    tf = collections.Counter(stem(w) for p in unit.passages for w in p if w not in stop)
    v = {t: (1 + math.log(c)) * idf.get(t, 0.0) for t, c in tf.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def cosine(a, b):
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--scores", help="score_analysis.py --json output, for found/missed")
    ap.add_argument("--stop-words", default=os.path.join(here, "..", "Sources", "SitegenAnalysis", "StopWords.swift"))
    ap.add_argument("--json")
    args = ap.parse_args()
    stop = load_stop_words(args.stop_words)
    units = sections.read_units(args.posts, 1)
    df = collections.Counter()
    files = collections.defaultdict(set)
    for u in units:
        for p in u.passages:
            files[u.file].update(stem(w) for w in p if w not in stop)
    for terms in files.values():
        df.update(terms)
    n = len(files)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    index = {(u.file, u.heading): u for u in units}
    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    missed = set()
    if args.scores:
        with open(args.scores, encoding="utf-8") as f:
            scores = json.load(f)
        for k in scores["kinds"].values():
            missed |= {(m["file"], m["heading"]) for m in k["missed"]}
    rows = []
    for e in truth["planted"]:
        a, b = index.get((e["original_file"], e["original_heading"])), index.get((e["file"], e["heading"]))
        if a is None or b is None:
            continue
        rows.append({"file": e["file"], "heading": e["heading"], "kind": e["kind"], "same_post": e["same_post"],
                     "words": b.word_count(), "found": (e["file"], e["heading"]) not in missed,
                     "jaccard": round(sections.jaccard(a.shingles(), b.shingles()), 3),
                     "cosine": round(cosine(vector(a, stop, idf), vector(b, stop, idf)), 3)})
    for kind in ("copy", "rewrite"):
        for found in (True, False):
            rs = [r for r in rows if r["kind"] == kind and r["found"] == found]
            if not rs:
                continue
            cs = sorted(r["cosine"] for r in rs)
            js = sorted(r["jaccard"] for r in rs)
            print(f"{kind:8s} {'found' if found else 'missed':6s} n={len(rs):4d} "
                  f"cosine min/median/max {cs[0]}/{cs[len(cs) // 2]}/{cs[-1]} "
                  f"(<0.45: {sum(c < 0.45 for c in cs)}, <0.5: {sum(c < 0.5 for c in cs)}, "
                  f"<0.6: {sum(c < 0.6 for c in cs)}) jaccard min/median {js[0]}/{js[len(js) // 2]}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
