#!/usr/bin/env python3
"""Prints the Spark candidate job's figures from its --stats file (and the driver's /usr/bin/time -v output).

Usage: spark_stats.py STATS.json [DRIVER.time]

Lines: pairs and units per document and the job's wall time; the JVM's and its Python workers' CPU and peak
resident memory (sampled from /proc by the job); shuffle bytes written and read per document and the executors'
run and CPU time (Spark's REST API); band buckets over the cap.
"""
import json
import re
import sys


def main(argv):
    stats = json.load(open(argv[0], encoding="utf-8"))
    n = stats["documents"]
    print("   spark: %d pairs from %d units (%.2f pairs per document), job %.1f s"
          % (stats["pairs"], stats["units"], stats["pairs"] / n, stats["seconds"]))
    driver_cpu = 0.0
    if len(argv) > 1:
        text = open(argv[1], encoding="utf-8").read()
        driver_cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", text))
    processes = stats.get("processes") or {}
    if processes:
        print("   spark JVM: cpu %.1f s, peak RSS %.0f MB; all descendants: cpu %.1f s (+ %.1f s reaped), peak RSS %.0f MB; "
              "with the driver: cpu %.1f s"
              % (processes["jvmCpuSeconds"], processes["jvmPeakRssBytes"] / 2**20, processes["descendantCpuSeconds"],
                 processes["reapedCpuSeconds"], processes["descendantsPeakRssBytes"] / 2**20,
                 processes["descendantCpuSeconds"] + driver_cpu))
    shuffle = stats.get("shuffle")
    if shuffle:
        print("   spark shuffle: written %.0f MB (%.0f bytes per document), read %.0f MB; input %.0f MB; "
              "executor run %.0f s, executor CPU %.0f s over %d stages"
              % (shuffle["shuffleWriteBytes"] / 1e6, shuffle["shuffleWriteBytes"] / n, shuffle["shuffleReadBytes"] / 1e6,
                 shuffle["inputBytes"] / 1e6, shuffle["executorRunSeconds"], shuffle["executorCpuSeconds"], shuffle["stages"]))
    buckets = stats.get("bandBuckets")
    if buckets:
        print("   band buckets: %d shared, largest %d, %d over the cap with %d members"
              % (buckets["shared"], buckets["largest"] or 0, buckets["overCap"] or 0, buckets["membersOverCap"] or 0))


if __name__ == "__main__":
    main(sys.argv[1:])
