#!/usr/bin/env python3
"""Candidate pairs for `sitegen analyze --candidates`, computed with Apache Spark from feature records.

    spark-submit scale/spark_candidates.py FEATURES_DIR OUT_DIR [--master local[2]] [--partitions N]
    python3 scale/spark_candidates.py FEATURES_DIR OUT_DIR --master local[2]

FEATURES_DIR is what `sitegen analyze --emit-features FEATURES_DIR` wrote: JSON Lines shards (`*.jsonl` or
`*.jsonl.gz`, one record per document) and `manifest.json` (schema version and the candidate rule's caps).
OUT_DIR receives the candidate pairs as JSON Lines part files (`part-*.json`), one pair of units per line:

    {"a": "12:3", "b": "40:1", "keys": ["band:4", "band:17", "terms:3"], "agreement": 51}

`a` and `b` are `document:unit` (the document's input position and the unit's position in the document), `a`
the earlier by date, input position and unit; `keys` the rules that paired them (`document`, `band:B` for each
LSH band whose bucket paired them, `terms:K` for K shared candidate terms); `agreement` the MinHash slots the
two signatures agree on (band pairs below the manifest's `lshMinAgreeingSlots` lose their band keys; a pair
left with no key is dropped). The rules are those of `RewriteCandidates` in SitegenAnalysis (docs/scaling.md):

  document  top-level units of one document, each with the next `maxDirectUnits`;
  band      units sharing a band key; a bucket of at most `lshBucketCap` members pairs every two members, a
            larger one pairs each member with its `lshAnchors` earliest members;
  terms     top-level units of different documents sharing `minSharedCandidateTerms` of their
            `candidateTermsPerSection` heaviest terms, (1 + ln count) * ln(1 + N / df) with df >= 2, ties to
            the smaller term hash; terms chosen by more than `maxPostingLength` units are dropped.

Every step is a DataFrame join or aggregation, so the same file runs on one machine (`--master local[2]`) and
on a cluster (`spark-submit --master yarn|k8s://…|spark://…`, see docs/scaling.md). Without `--master` the
master comes from spark-submit or the Spark configuration.
"""
import argparse
import json
import os
import sys
import time


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("features", help="folder written by sitegen analyze --emit-features")
    parser.add_argument("out", help="output folder for the candidate pairs (replaced)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: from spark-submit)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="shuffle partitions (default: 2 x default parallelism)")
    parser.add_argument("--single-file", action="store_true", help="write one part file (small outputs)")
    parser.add_argument("--stats", help="write stage timings and counts to this JSON file")
    parser.add_argument("--manifest", help="the feature folder's manifest.json as a local file (default: "
                        "FEATURES/manifest.json; give it when FEATURES is hdfs://, s3a://, …)")
    return parser.parse_args(argv)


SCHEMA_VERSION = 1


class ProcessTreeMeter:
    """Samples the CPU time and resident memory of this process and its descendants (in local mode the JVM
    PySpark starts and the Python workers it forks) from /proc, so the job's own cost can be reported: a
    launcher that is not waited for is missing from /usr/bin/time's figures. Linux only; elsewhere it reports
    nothing."""

    def __init__(self, interval=0.5):
        import threading
        self.interval = interval
        self.cpu = {}            # pid -> largest user+system seconds seen
        self.reaped = {}         # pid -> largest user+system seconds of its children it has waited for
        self.peak_rss = {}       # pid -> largest resident bytes seen
        self.peak_tree_rss = 0   # largest sum over the tree at one sample
        self.names = {}
        self.available = os.path.isdir("/proc/self")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK") if self.available else 100
        self._page = os.sysconf("SC_PAGE_SIZE") if self.available else 4096

    def start(self):
        if self.available:
            self._thread.start()
        return self

    def _tree(self):
        children = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    stat = handle.read()
            except OSError:
                continue
            name_end = stat.rfind(")")
            fields = stat[name_end + 2:].split()
            children.setdefault(int(fields[1]), []).append((int(entry), stat[stat.find("(") + 1:name_end], fields))
        found, stack = [], [os.getpid()]
        while stack:
            pid = stack.pop()
            for child in children.get(pid, []):
                found.append(child)
                stack.append(child[0])
        return found

    def sample(self):
        total = 0
        for pid, name, fields in self._tree():
            # fields[11..14]: utime, stime, cutime, cstime; fields[21]: rss in pages (stat(5) numbering - 3).
            cpu = (int(fields[11]) + int(fields[12])) / self._tick
            reaped = (int(fields[13]) + int(fields[14])) / self._tick
            rss = int(fields[21]) * self._page
            self.cpu[pid] = max(self.cpu.get(pid, 0.0), cpu)
            self.reaped[pid] = max(self.reaped.get(pid, 0.0), reaped)
            self.peak_rss[pid] = max(self.peak_rss.get(pid, 0), rss)
            self.names[pid] = name
            total += rss
        self.peak_tree_rss = max(self.peak_tree_rss, total)

    def _run(self):
        while not self._stop.wait(self.interval):
            try:
                self.sample()
            except (OSError, ValueError, IndexError):
                pass

    def stop(self):
        """Stops sampling; returns the figures (CPU seconds and peak bytes) of the descendants."""
        if not self.available:
            return {}
        self.sample()
        self._stop.set()
        self._thread.join()
        jvm = [pid for pid, name in self.names.items() if name == "java"]
        return {
            "descendantCpuSeconds": round(sum(self.cpu.values()), 2),
            # Processes that exited before a sample saw them, counted when their parent waited for them (a
            # process seen alive and then waited for is in both figures).
            "reapedCpuSeconds": round(sum(self.reaped.values()), 2),
            "jvmCpuSeconds": round(sum(self.cpu[p] for p in jvm), 2),
            "jvmPeakRssBytes": max((self.peak_rss[p] for p in jvm), default=0),
            "descendantsPeakRssBytes": self.peak_tree_rss,
            "processes": len(self.names),
        }


def shuffle_bytes(spark):
    """Shuffle bytes written and read over the application's stages, from the driver's REST API (None when the
    UI is off or unreachable)."""
    import urllib.request
    url = spark.sparkContext.uiWebUrl
    if not url:
        return None
    try:
        app = spark.sparkContext.applicationId
        with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/stages?status=complete", timeout=30) as handle:
            stages = json.load(handle)
    except (OSError, ValueError):
        return None
    return {
        "shuffleWriteBytes": sum(stage.get("shuffleWriteBytes", 0) for stage in stages),
        "shuffleReadBytes": sum(stage.get("shuffleReadBytes", 0) for stage in stages),
        "inputBytes": sum(stage.get("inputBytes", 0) for stage in stages),
        "executorRunSeconds": round(sum(stage.get("executorRunTime", 0) for stage in stages) / 1000, 2),
        "executorCpuSeconds": round(sum(stage.get("executorCpuTime", 0) for stage in stages) / 1e9, 2),
        "stages": len(stages),
    }


def read_manifest(path):
    try:
        with open(path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except OSError as error:
        sys.exit(f"{path}: cannot read the manifest ({error.strerror}); run sitegen analyze --emit-features first")
    if manifest.get("schema") != SCHEMA_VERSION:
        sys.exit(f"{path}: feature schema {manifest.get('schema')!r}, this job reads schema {SCHEMA_VERSION}")
    return manifest


def main(argv):
    args = parse_args(argv)
    manifest = read_manifest(args.manifest or os.path.join(args.features, "manifest.json"))
    rule = manifest["candidates"]
    shards = [args.features.rstrip("/") + "/" + name for name in manifest["shards"]]
    missing = [s for s in shards if not os.path.exists(s)] if "://" not in args.features else []
    if missing:
        sys.exit(f"{missing[0]}: shard listed in the manifest is missing")

    meter = ProcessTreeMeter().start() if args.stats else None
    from pyspark.sql import SparkSession, Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    builder = SparkSession.builder.appName("sitegen-candidates").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    partitions = args.partitions or 2 * spark.sparkContext.defaultParallelism
    # Adaptive execution coalesces small shuffle partitions, so local runs do not pay for empty tasks.
    spark.conf.set("spark.sql.adaptive.enabled", "true")
    spark.conf.set("spark.sql.shuffle.partitions", str(partitions))
    stats = {"partitions": partitions}
    started = time.time()

    unit_type = T.StructType([
        T.StructField("unit", T.IntegerType()),
        T.StructField("top", T.BooleanType()),
        T.StructField("bands", T.ArrayType(T.StringType())),
        T.StructField("slots", T.ArrayType(T.LongType())),
        T.StructField("terms", T.ArrayType(T.StringType())),
        T.StructField("counts", T.ArrayType(T.IntegerType())),
    ])
    schema = T.StructType([
        T.StructField("schema", T.IntegerType()),
        T.StructField("doc", T.LongType()),
        T.StructField("time", T.DoubleType()),
        T.StructField("terms", T.ArrayType(T.StringType())),
        T.StructField("units", T.ArrayType(unit_type)),
    ])
    records = spark.read.schema(schema).json(shards).cache()
    documents = records.count()
    bad = records.filter(F.col("schema").isNull() | (F.col("schema") != SCHEMA_VERSION)).count()
    if bad:
        sys.exit(f"{bad} feature records without schema {SCHEMA_VERSION} (or not JSON) in {args.features}")
    stats["documents"] = documents

    # Time order of documents: dated first by date, then input position (the report's order of originals).
    ranked = records.select("doc", "time").rdd.map(lambda r: (r["doc"], r["time"])) \
        .sortBy(lambda r: (r[1] is None, r[1] if r[1] is not None else 0.0, r[0])) \
        .zipWithIndex().map(lambda item: (item[0][0], item[1])).toDF(["doc", "rank"])
    units = records.select("doc", F.explode("units").alias("u")).join(ranked, "doc") \
        .select("doc", F.col("u.unit").alias("unit"), F.col("u.top").alias("top"), F.col("u.bands").alias("bands"),
                F.col("u.slots").alias("slots"), F.col("u.terms").alias("terms"), F.col("u.counts").alias("counts"),
                (F.col("rank") * F.lit(1 << 20) + F.col("unit")).alias("order")) \
        .withColumn("key", F.concat_ws(":", F.col("doc").cast("string"), F.col("unit").cast("string"))).cache()
    stats["units"] = units.count()

    def side(frame, name):
        return frame.select(*[F.col(c).alias(f"{c}_{name}") for c in frame.columns])

    # document: top-level units of one document, each with the next maxDirectUnits.
    window = Window.partitionBy("doc").orderBy("unit")
    tops = units.filter("top").select("doc", "key", "order", F.row_number().over(window).alias("position"))
    a, b = side(tops, "a"), side(tops, "b")
    document_pairs = a.join(b, (F.col("doc_a") == F.col("doc_b")) & (F.col("position_b") > F.col("position_a"))
                            & (F.col("position_b") - F.col("position_a") <= int(rule["maxDirectUnits"]))) \
        .select(F.col("key_a").alias("a"), F.col("key_b").alias("b"), F.lit("document").alias("via"))

    # band: explode band keys, size each bucket, pair within capped buckets or with the earliest anchors.
    bands = units.select("key", "order", F.posexplode("bands").alias("band", "bucket"))
    sizes = bands.groupBy("band", "bucket").agg(F.count("*").alias("size")).filter("size > 1")
    members = bands.join(sizes, ["band", "bucket"]) \
        .withColumn("position", F.row_number().over(Window.partitionBy("band", "bucket").orderBy("order"))).cache()
    cap, anchors = int(rule["lshBucketCap"]), int(rule["lshAnchors"])
    leaders = members.filter((F.col("size") <= cap) | (F.col("position") <= anchors))
    a, b = side(leaders, "a"), side(members, "b")
    band_pairs = a.join(b, (F.col("band_a") == F.col("band_b")) & (F.col("bucket_a") == F.col("bucket_b"))
                        & (F.col("position_b") > F.col("position_a"))) \
        .select(F.col("key_a").alias("a"), F.col("key_b").alias("b"),
                F.concat(F.lit("band:"), F.col("band_a").cast("string")).alias("via"))
    # The cheap verification, on the executors: agreeing signature slots of each distinct band pair.
    signatures = units.select("key", "slots")
    distinct_band = band_pairs.select("a", "b").distinct() \
        .join(side(signatures, "a"), F.col("a") == F.col("key_a")) \
        .join(side(signatures, "b"), F.col("b") == F.col("key_b")) \
        .select("a", "b", F.aggregate(F.zip_with("slots_a", "slots_b", lambda x, y: F.when(x == y, 1).otherwise(0)),
                                      F.lit(0), lambda acc, x: acc + x).alias("agreement")).cache()
    agreed = distinct_band.filter(F.col("agreement") >= int(rule["lshMinAgreeingSlots"]))
    band_pairs = band_pairs.join(agreed.select("a", "b"), ["a", "b"])

    # terms: document frequencies (the aggregation), each top unit's heaviest shared terms, capped postings.
    df = records.select(F.explode(F.array_distinct("terms")).alias("term")).groupBy("term").agg(F.count("*").alias("df"))
    unit_terms = units.filter("top").select("doc", "key", "order", F.explode(F.arrays_zip("terms", "counts")).alias("tc")) \
        .select("doc", "key", "order", F.col("tc.terms").alias("term"), F.col("tc.counts").alias("count")) \
        .join(df, "term").filter("df >= 2") \
        .withColumn("weight", (F.lit(1.0) + F.log(F.col("count").cast("double")))
                    * F.log(F.lit(1.0) + F.lit(float(documents)) / F.col("df").cast("double")))
    ranked_terms = unit_terms.withColumn(
        "rank", F.row_number().over(Window.partitionBy("key").orderBy(F.desc("weight"), F.asc("term"))))
    chosen = ranked_terms.filter(F.col("rank") <= int(rule["candidateTermsPerSection"])).select("doc", "key", "order", "term")
    postings = chosen.groupBy("term").agg(F.count("*").alias("length")) \
        .filter(F.col("length") <= int(rule["maxPostingLength"])).select("term")
    kept = chosen.join(postings, "term").cache()
    a, b = side(kept, "a"), side(kept, "b")
    term_pairs = a.join(b, (F.col("term_a") == F.col("term_b")) & (F.col("doc_a") != F.col("doc_b"))
                        & (F.col("order_a") < F.col("order_b"))) \
        .groupBy(F.col("key_a").alias("a"), F.col("key_b").alias("b")).agg(F.count("*").alias("shared")) \
        .filter(F.col("shared") >= int(rule["minSharedCandidateTerms"])) \
        .select("a", "b", F.concat(F.lit("terms:"), F.col("shared").cast("string")).alias("via"))

    pairs = document_pairs.unionByName(band_pairs).unionByName(term_pairs) \
        .groupBy("a", "b").agg(F.array_sort(F.collect_set("via")).alias("keys")) \
        .join(distinct_band, ["a", "b"], "left")
    if args.single_file:
        pairs = pairs.coalesce(1)
    pairs.write.mode("overwrite").json(args.out)
    written = spark.read.json(args.out)
    stats["pairs"] = written.count()
    stats["seconds"] = round(time.time() - started, 3)
    if args.stats:
        stats["shuffle"] = shuffle_bytes(spark)
        stats["processes"] = meter.stop()
        # Band buckets by size (after the timing: extra jobs): those over the cap are paired with anchors only.
        buckets = sizes.agg(F.count("*").alias("buckets"), F.max("size").alias("largest"),
                            F.sum(F.when(F.col("size") > cap, 1).otherwise(0)).alias("capped"),
                            F.sum(F.when(F.col("size") > cap, F.col("size")).otherwise(0)).alias("cappedMembers")).first()
        stats["bandBuckets"] = {"shared": buckets["buckets"], "largest": buckets["largest"],
                                "overCap": buckets["capped"], "membersOverCap": buckets["cappedMembers"]}
        with open(args.stats, "w", encoding="utf-8") as handle:
            json.dump(stats, handle, indent=2)
    print(f"{stats['pairs']} candidate pairs from {documents} documents ({stats['units']} units) "
          f"in {stats['seconds']} s -> {args.out}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
