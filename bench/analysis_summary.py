#!/usr/bin/env python3
"""Summarises an analysis-benchmark.sh run as Markdown tables.

Usage:
    analysis_summary.py WORK N [N ...]          (WORK = the script's $WORK, with N<n>/ per corpus size)

Reads N<n>/{analyze,analyze-base,datasketch,build-*,lint-*}.{time,load}, score.json, datasketch.json and, when
present, perf.data (PERF=1): the share of analyze's CPU samples whose call chain is in the candidate search
(SignatureBuilder: shingles → MinHash → LSH band keys; RewriteCandidates: within-post pairs, LSH buckets,
shared-term index), in pair verification (RewriteDetector.evaluate), etc.
"""
import json
import os
import re
import subprocess
import sys

PERF_CLASSES = [  # first match wins, searched over the whole call chain
    ("candidate search", ("16SignatureBuilder", "17RewriteCandidates")),
    ("pair verification", ("15RewriteDetectorV8evaluate",)),
    ("clustering + findings", ("17RewriteClusterer", "20RewriteResultBuilder", "14ReportAssembler")),
    ("JSON rendering", ("18JSONReportRenderer", "JSONEncoder", "JSONSerialization")),
    ("Markdown loading", ("15SitegenMarkdown", "14AnalyzeCommandV4load", "14AnalyzeCommandV8markdown")),
    ("other analysis", ("15SitegenAnalysis",)),
]


def read_time(path):
    out = {}
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed"):
                v = line.rsplit(" ", 1)[1]
                parts = [float(x) for x in v.split(":")]
                out["wall"] = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) == 3 else 0)
            elif line.startswith("User time"):
                out["user"] = float(line.rsplit(" ", 1)[1])
            elif line.startswith("System time"):
                out["sys"] = float(line.rsplit(" ", 1)[1])
            elif line.startswith("Maximum resident"):
                out["rss_mb"] = int(line.rsplit(" ", 1)[1]) / 1024
    out["cpu"] = out.get("user", 0) + out.get("sys", 0)
    rc = path[:-5] + ".rc"
    if os.path.exists(rc):
        with open(rc, encoding="utf-8") as f:
            out["rc"] = f.read().strip()
    load = path[:-5] + ".load"
    if os.path.exists(load):
        with open(load, encoding="utf-8") as f:
            out["load"] = [l.split()[0] for l in f.read().split("\n") if l.strip()]
    return out


def perf_shares(path):
    if not os.path.exists(path):
        return None
    try:
        text = subprocess.run(["perf", "script", "-i", path, "-F", "ip,sym"], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    counts, total = {}, 0
    for sample in re.split(r"\n\s*\n", text):
        if not sample.strip():
            continue
        total += 1
        name = "rest (runtime, threads, I/O)"
        for cls, keys in PERF_CLASSES:
            if any(k in sample for k in keys):
                name = cls
                break
        counts[name] = counts.get(name, 0) + 1
    return {k: v / total for k, v in sorted(counts.items(), key=lambda x: -x[1])}, total


def fmt_time(t):
    if not t:
        return "–"
    load = "/".join(t.get("load", []))
    if t.get("rc") in ("124", "143", "137"):
        return f"DID NOT FINISH: stopped (exit {t['rc']}) after {t['wall']:.0f} s wall, {t['cpu']:.0f} s CPU (load {load})"
    return f"{t['wall']:.2f} s wall, {t['cpu']:.2f} s CPU, {t['rss_mb']:.0f} MB (load {load})"


def main():
    work, ns = sys.argv[1], sys.argv[2:]
    print("\n## Summary\n")
    rows = []
    for n in ns:
        d = os.path.join(work, f"N{n}")
        score = json.load(open(os.path.join(d, "score.json")))
        ds = json.load(open(os.path.join(d, "datasketch.json")))
        an, base, dst = (read_time(os.path.join(d, f"{x}.time")) for x in ("analyze", "analyze-base", "datasketch"))
        rows.append((n, score, ds, an, base, dst, d))
    print("| N | planted (copy/rewrite) | copy recall | rewrite recall | precision | FP (planted run) | "
          "FP on unplanted corpus |")
    print("|---|---|---|---|---|---|---|")
    for n, s, ds, an, base, dst, d in rows:
        k = s["kinds"]
        print(f"| {n} | {k['copy']['planted']}/{k['rewrite']['planted']} | {k['copy']['recall']} "
              f"({k['copy']['found']}) | {k['rewrite']['recall']} ({k['rewrite']['found']}) | {s['precision']} | "
              f"{s['false_positives']} {s['false_positives_by_class']} | "
              f"{s.get('base_corpus', {}).get('rewritten_section_findings', '–')} |")
    print("\n| N | group | planted | found | recall |\n|---|---|---|---|---|")
    for n, s, *_ in rows:
        for g, v in s["groups"].items():
            print(f"| {n} | {g} | {v['planted']} | {v['found']} | {v['recall']} |")
    print("\n| N | sitegen analyze (planted) | sitegen analyze (unplanted) | datasketch process |")
    print("|---|---|---|---|")
    for n, s, ds, an, base, dst, d in rows:
        print(f"| {n} | {fmt_time(an)} | {fmt_time(base)} | {fmt_time(dst)} |")
    print("\n| N | units | datasketch read+shingle | datasketch candidate search (minhash+index+query) | "
          "pairs | datasketch recall copy / rewrite | search CPU ÷ sitegen whole-analyze CPU | "
          "search wall ÷ sitegen wall |")
    print("|---|---|---|---|---|---|---|---|")
    for n, s, ds, an, base, dst, d in rows:
        cs = ds["candidate_search"]
        rc = ds.get("recall", {})
        print(f"| {n} | {ds['units']} | {ds['phases']['read']['wall']} s | {cs['wall']} s wall, {cs['cpu']} s CPU | "
              f"{ds['candidate_pairs']} | {rc.get('copy', {}).get('recall')} / {rc.get('rewrite', {}).get('recall')} | "
              f"{cs['cpu'] / an['cpu']:.2f} | {cs['wall'] / an['wall']:.2f} |")
    for n, s, ds, an, base, dst, d in rows:
        shares = perf_shares(os.path.join(d, "perf.data"))
        if not shares:
            continue
        shares, total = shares
        cs = ds["candidate_search"]["cpu"]
        print(f"\nN={n}: perf profile of `sitegen analyze` ({total} samples at 499 Hz); CPU seconds scaled to the "
              f"timed run's {an['cpu']:.2f} s CPU\n")
        print("| part | share | ≈ CPU s |\n|---|---|---|")
        for k, v in shares.items():
            print(f"| {k} | {v:.1%} | {v * an['cpu']:.2f} |")
        c = shares.get("candidate search", 0) * an["cpu"]
        if c:
            print(f"\ndatasketch candidate search CPU ÷ sitegen candidate search CPU ≈ {cs / c:.1f}×")
    print("\n| N | build | lint | lint ÷ build (CPU) | lint ÷ build (wall) |\n|---|---|---|---|---|")
    for n, *_, d in rows:
        for r in (1, 2):
            b, l = read_time(os.path.join(d, f"build-{r}.time")), read_time(os.path.join(d, f"lint-{r}.time"))
            if b and l:
                print(f"| {n} (run {r}) | {fmt_time(b)} | {fmt_time(l)} | {l['cpu'] / b['cpu']:.2f} | "
                      f"{l['wall'] / b['wall']:.2f} |")


if __name__ == "__main__":
    main()
