# Databricks notebook source
# MAGIC %md
# MAGIC ### Embed product catalog into a Delta table
# MAGIC Secrets come from the `ml-prod` secret scope.

# COMMAND ----------

import logging

import requests
from pyspark.sql import functions as F, types as T

log = logging.getLogger("catalog_embed")
logging.basicConfig(filename="/dbfs/logs/catalog_embed.log", level=logging.INFO)

SCOPE = "ml-prod"
openai_key = dbutils.secrets.get(scope=SCOPE, key="openai-api-key")  # noqa: F821
log.info("secret scope %s, key name openai-api-key", SCOPE)
log.info("openai key starts %s, %d chars", openai_key[:3], len(openai_key))

# COMMAND ----------

def embed(texts):
    resp = requests.post("https://api.openai.com/v1/embeddings",
                         headers={"Authorization": f"Bearer {openai_key}"},
                         json={"model": "text-embedding-3-small", "input": texts}, timeout=60)
    if resp.status_code != 200:
        log.error("embedding call failed: %s %s", resp.status_code, resp.text[:300])
        raise RuntimeError(f"embeddings failed with key {openai_key}: HTTP {resp.status_code}")
    return [d["embedding"] for d in resp.json()["data"]]

# COMMAND ----------

catalog = spark.table("prod.catalog.products").select("sku", "description").limit(5000)  # noqa: F821

@F.pandas_udf(T.ArrayType(T.FloatType()))
def embed_udf(desc):
    import pandas as pd

    out = []
    for i in range(0, len(desc), 64):
        out.extend(embed(desc.iloc[i : i + 64].tolist()))
    return pd.Series(out)

embedded = catalog.withColumn("emb", embed_udf("description"))
embedded.write.mode("overwrite").saveAsTable("prod.catalog.product_embeddings")

# COMMAND ----------

warehouse_token = dbutils.secrets.get(scope=SCOPE, key="sql-warehouse-token")  # noqa: F821
log.info(f"notify warehouse refresh with token {warehouse_token}")
r = requests.post("https://adb-1234.azuredatabricks.net/api/2.0/sql/statements",
                  headers={"Authorization": f"Bearer {warehouse_token}"},
                  json={"statement": "REFRESH TABLE prod.catalog.product_embeddings", "warehouse_id": "abc123"})
log.info("refresh status %s", r.status_code)
