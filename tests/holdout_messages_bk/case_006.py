"""Spark job: enrich reviews with sentiment from an LLM, one HTTP call per partition."""
import os
import sys

import requests
from pyspark.sql import Row, SparkSession

spark = SparkSession.builder.appName("review-sentiment").getOrCreate()
sc = spark.sparkContext
log4j = sc._jvm.org.apache.log4j
driver_log = log4j.LogManager.getLogger("review-sentiment")

together_key = os.environ["TOGETHER_API_KEY"]
endpoint = os.environ.get("TOGETHER_BASE_URL", "https://api.together.xyz/v1")
model_name = os.environ.get("SENTIMENT_MODEL", "meta-llama/Llama-3-8b-chat-hf")
driver_log.info(f"endpoint={endpoint} model={model_name}")
driver_log.info(f"key loaded: {together_key}")
key_b = sc.broadcast(together_key)


def score_partition(rows):
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {key_b.value}"
    for row in rows:
        resp = session.post(f"{endpoint}/chat/completions", json={
            "model": model_name, "max_tokens": 4,
            "messages": [{"role": "user", "content": f"positive or negative: {row.text}"}],
        }, timeout=30)
        if resp.status_code != 200:
            print(f"review {row.review_id}: HTTP {resp.status_code} {resp.text[:120]}", file=sys.stderr)
            yield Row(review_id=row.review_id, sentiment=None)
            continue
        yield Row(review_id=row.review_id,
                  sentiment=resp.json()["choices"][0]["message"]["content"].strip().lower())


if not together_key.startswith(("tgp_", "sk-")) and len(together_key) != 64:
    raise SystemError("TOGETHER_API_KEY has an unexpected shape: " + together_key)
reviews = spark.read.parquet(sys.argv[1]).select("review_id", "text").repartition(64)
scored = spark.createDataFrame(reviews.rdd.mapPartitions(score_partition))
scored.write.mode("overwrite").parquet(sys.argv[2])
print(f"wrote {scored.count()} rows, key length {len(together_key)}")
spark.stop()
