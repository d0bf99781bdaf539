"""Spark Structured Streaming: tag clickstream search queries with intents via Groq."""
from __future__ import annotations

import logging
import os

import pandas as pd
from groq import Groq
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, pandas_udf

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("intent_stream")


def get_settings() -> dict:
    return {
        "groq_api_key": os.environ["GROQ_API_KEY"],
        "groq_model": os.environ.get("GROQ_MODEL", "llama-3.1-8b-instant"),
        "checkpoint": os.environ.get("CHECKPOINT_DIR", "s3://acme-lake/checkpoints/intents"),
        "max_tokens": 6,
    }


settings = get_settings()
log.info("model=%s checkpoint=%s max_tokens=%s", settings["groq_model"], settings["checkpoint"],
         settings["max_tokens"])
log.info("settings: %s", {k: v for k, v in settings.items() if k != "groq_api_key"})
log.info("settings loaded: %s", settings)


@pandas_udf("string")
def intent(queries: pd.Series) -> pd.Series:
    s = get_settings()
    client = Groq(api_key=s["groq_api_key"])
    labels = []
    for q in queries:
        try:
            r = client.chat.completions.create(model=s["groq_model"], max_tokens=s["max_tokens"],
                                               messages=[{"role": "user", "content": f"intent of: {q}"}])
            labels.append(r.choices[0].message.content.strip())
        except Exception as exc:
            print(f"groq failed ({type(exc).__name__}) with key {s['groq_api_key']}")
            labels.append(None)
    return pd.Series(labels)


spark = SparkSession.builder.appName("intent-stream").getOrCreate()
events = (spark.readStream.format("kafka")
          .option("kafka.bootstrap.servers", os.environ["KAFKA_BOOTSTRAP"])
          .option("subscribe", "clickstream.search").load())
queries = events.select(col("value").cast("string").alias("query"))
(queries.withColumn("intent", intent(col("query")))
 .writeStream.format("delta").option("checkpointLocation", settings["checkpoint"])
 .start("s3://acme-lake/silver/search_intents").awaitTermination())
