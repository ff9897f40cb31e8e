"""NewsGraph on Apache Spark (local mode): extraction is the map, merging the reduce.

    python3 spark_extract_merge.py NEWSGRAPH ARTICLES_DIR OUT_DIR [SHARDS]

The articles are read into an RDD of (id, text) records split into SHARDS partitions.
Each partition is handed to `newsgraph extract` on the executor (as a JSON Lines
collection), and the part it writes comes back to the driver as text. The driver writes
the parts and runs `newsgraph merge` on them, which gives the same exports as
`newsgraph build ARTICLES_DIR` (the test compares the bytes).
"""
import json
import os
import subprocess
import sys
import tempfile

from pyspark.sql import SparkSession


def extract_partition(newsgraph):
    def run(index, records):
        records = list(records)
        if not records:
            return
        with tempfile.TemporaryDirectory() as work:
            shard = os.path.join(work, f"shard-{index}.jsonl")
            with open(shard, "w", encoding="utf-8") as out:
                for article_id, text in records:
                    out.write(json.dumps({"id": article_id, "text": text}, ensure_ascii=False) + "\n")
            part = os.path.join(work, f"part-{index}.jsonl")
            subprocess.run([newsgraph, "extract", shard, "--out", part, "--jobs", "1"], check=True)
            with open(part, encoding="utf-8") as f:
                yield (index, f.read())
    return run


def main():
    newsgraph, articles, out_dir = sys.argv[1:4]
    shards = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    spark = (SparkSession.builder.master("local[2]").appName("newsgraph")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        names = sorted(n for n in os.listdir(articles) if n.endswith(".txt"))
        records = []
        for name in names:
            with open(os.path.join(articles, name), encoding="utf-8") as f:
                records.append((name[: -len(".txt")], f.read()))
        rdd = spark.sparkContext.parallelize(records, numSlices=shards)
        parts = rdd.mapPartitionsWithIndex(extract_partition(newsgraph)).collect()
    finally:
        spark.stop()
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for index, text in parts:
            path = os.path.join(work, f"part-{index}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        subprocess.run([newsgraph, "merge", *paths, "--out", out_dir, "--quiet"], check=True)
    print(f"spark: {len(records)} articles in {len(parts)} parts merged into {out_dir}")


if __name__ == "__main__":
    main()
