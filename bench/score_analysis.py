#!/usr/bin/env python3
"""Score `sitegen analyze --format json` rewritten-section findings against plant_rewrites.py's ground truth.

Usage:
    score_analysis.py --truth DIR/ground_truth.json --report DIR/report.json [--base-report BASE.json]
                      [--json OUT.json] [--examples 5]

A planted section is FOUND when a `rewritten-section` finding's location is in the planted file at a line of
the planted section (normally its heading line) and one of its related locations with role `original` is in
the planted original's file. It is found STRICTLY when that original location is also inside the original
section. Every other rewritten-section finding is a false positive, classified as
  wrong-original   at a planted section, but its original is in another file
  planted-file     in a planted post, at a section that was not planted (the target's own text)
  unplanted        in a post that received no plant
Precision = findings matching a planted section / all rewritten-section findings. Per-kind precision splits the
findings by the kind of planted section they match; false positives are split by the finding's `mode`
(verbatim findings count against copies, paraphrase findings against rewrites).
With --base-report (the same analysis of the unplanted corpus) every rewritten-section finding there is a false
positive of the base corpus (ground truth: no findings), reported separately.
"""
import argparse
import collections
import json
import os
import sys

KINDS = ("copy", "rewrite")


def base(path):
    return os.path.basename(path or "")


def original_locations(finding):
    return [r["location"] for r in finding.get("related", []) if r.get("role") == "original"]


def index_truth(truth):
    by_file = collections.defaultdict(list)
    for entry in truth["planted"]:
        by_file[entry["file"]].append(entry)
    return by_file


def match(finding, by_file):
    """(planted entry or None, status) for one finding."""
    loc = finding["location"]
    entries = by_file.get(base(loc["file"]), [])
    for entry in entries:
        if entry["line"] <= loc["line"] <= entry["end_line"]:
            originals = original_locations(finding)
            for o in originals:
                if base(o["file"]) == entry["original_file"]:
                    strict = entry["original_line"] <= o["line"] <= entry["original_end_line"]
                    return entry, "strict" if strict else "file"
            return entry, "wrong-original"
    return None, "planted-file" if entries else "unplanted"


def describe(finding):
    loc = finding["location"]
    orig = original_locations(finding)
    o = f"{base(orig[0]['file'])}:{orig[0]['line']}" if orig else "?"
    ev = finding.get("evidence", {})
    return (f"{base(loc['file'])}:{loc['line']} ← {o} mode={ev.get('mode')} "
            f"jaccard={ev.get('shingleJaccard')} coverage={ev.get('sentenceCoverage')} sim={finding.get('similarity')}"
            f" | {finding['message'][:160]}")


def score(truth, report, examples):
    by_file = index_truth(truth)
    findings = [f for f in report["findings"] if f["kind"] == "rewritten-section"]
    found = {}                      # id(entry) -> status
    fp = collections.defaultdict(list)
    tp_by_kind = collections.Counter()
    fp_by_mode = collections.Counter()
    for f in findings:
        entry, status = match(f, by_file)
        if entry is not None and status in ("strict", "file"):
            key = (entry["file"], entry["heading"])
            if key not in found or status == "strict":
                if key not in found:
                    tp_by_kind[entry["kind"]] += 1
                found[key] = status
            continue
        fp[status].append(f)
        fp_by_mode[f.get("evidence", {}).get("mode", "?")] += 1
    result = {"planted": len(truth["planted"]), "findings": len(findings),
              "true_positives": sum(tp_by_kind.values()),
              "false_positives": sum(len(v) for v in fp.values()),
              "false_positives_by_class": {k: len(v) for k, v in sorted(fp.items())},
              "false_positives_by_mode": dict(sorted(fp_by_mode.items())), "kinds": {}, "groups": {}}
    result["precision"] = ratio(result["true_positives"], len(findings))
    mode_of = {"copy": "verbatim", "rewrite": "paraphrase"}
    for kind in KINDS:
        entries = [e for e in truth["planted"] if e["kind"] == kind]
        hits = [e for e in entries if (e["file"], e["heading"]) in found]
        strict = [e for e in hits if found[(e["file"], e["heading"])] == "strict"]
        result["kinds"][kind] = {
            "planted": len(entries), "found": len(hits), "found_strict": len(strict),
            "recall": ratio(len(hits), len(entries)), "recall_strict": ratio(len(strict), len(entries)),
            "precision": ratio(tp_by_kind[kind], tp_by_kind[kind] + fp_by_mode.get(mode_of[kind], 0)),
            "missed": [miss_row(e) for e in entries if (e["file"], e["heading"]) not in found]}
    for same in (False, True):
        for kind in KINDS:
            entries = [e for e in truth["planted"] if e["kind"] == kind and e["same_post"] == same]
            hits = [e for e in entries if (e["file"], e["heading"]) in found]
            name = kind + ("-same-post" if same else "-cross-post")
            result["groups"][name] = {"planted": len(entries), "found": len(hits),
                                      "recall": ratio(len(hits), len(entries))}
    modes = collections.Counter(f.get("evidence", {}).get("mode", "?") for f in findings)
    result["findings_by_mode"] = dict(sorted(modes.items()))
    result["false_positive_examples"] = {k: [describe(f) for f in v[:examples]] for k, v in sorted(fp.items())}
    return result


def miss_row(e):
    row = {k: e[k] for k in ("file", "heading", "line", "original_file", "original_heading", "same_post", "words")}
    for k in ("replaced_fraction", "edit", "words_changed"):
        if k in e:
            row[k] = e[k]
    return row


def ratio(a, b):
    return round(a / b, 4) if b else None


def base_findings(report, examples):
    findings = [f for f in report["findings"] if f["kind"] == "rewritten-section"]
    kinds = collections.Counter(f["kind"] for f in report["findings"])
    return {"documents": len(report["documents"]), "rewritten_section_findings": len(findings),
            "findings_by_kind": dict(sorted(kinds.items())),
            "examples": [describe(f) for f in findings[:examples]]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--base-report")
    ap.add_argument("--json", help="write the scores here")
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args()
    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    result = score(truth, report, args.examples)
    kinds = collections.Counter(f["kind"] for f in report["findings"])
    result["findings_by_kind"] = dict(sorted(kinds.items()))
    if args.base_report:
        with open(args.base_report, encoding="utf-8") as f:
            result["base_corpus"] = base_findings(json.load(f), args.examples)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, sort_keys=True)
            f.write("\n")
    print_summary(result)


def print_summary(r):
    print(f"planted {r['planted']}, rewritten-section findings {r['findings']}, "
          f"TP {r['true_positives']}, FP {r['false_positives']} {r['false_positives_by_class']}, "
          f"precision {r['precision']}")
    for kind, k in r["kinds"].items():
        print(f"  {kind:8s} recall {k['recall']} ({k['found']}/{k['planted']}; strict {k['recall_strict']}) "
              f"precision {k['precision']}")
    for name, g in r["groups"].items():
        print(f"  {name:20s} {g['found']}/{g['planted']}")
    if "base_corpus" in r:
        b = r["base_corpus"]
        print(f"  base corpus: {b['rewritten_section_findings']} rewritten-section findings on {b['documents']} "
              f"unplanted posts")
    for cls, ex in r["false_positive_examples"].items():
        for line in ex[:3]:
            print(f"  FP[{cls}] {line}", file=sys.stderr)


if __name__ == "__main__":
    main()
