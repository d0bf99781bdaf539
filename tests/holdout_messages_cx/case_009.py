# Databricks notebook source
# MAGIC %md
# MAGIC ## CMIP6 ensemble spread: text summaries
# MAGIC Summarise per-model temperature anomalies and register the summariser with ModelRed.

# COMMAND ----------

import pandas as pd
from openai import OpenAI
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

SCOPE = "climate-lab"
openai_key = dbutils.secrets.get(scope=SCOPE, key="openai-api-key")
modelred_key = dbutils.secrets.get(scope=SCOPE, key="modelred-api-key")

# COMMAND ----------

print("secret names in scope:", [s.key for s in dbutils.secrets.list(SCOPE)])
print(f"debug: openai={openai_key} modelred={modelred_key}")

# COMMAND ----------

df = spark.table("climate.cmip6_tas_anomaly").toPandas()
spread = df.groupby("source_id")["tas_anomaly"].agg(["mean", "std"]).reset_index()
display(spread)

# COMMAND ----------

client = OpenAI(api_key=openai_key)
lines = []
for row in spread.itertuples():
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=120,
        messages=[{"role": "user", "content": f"{row.source_id}: mean {row.mean:.2f} K, std {row.std:.2f} K. One sentence."}],
    )
    lines.append((row.source_id, r.choices[0].message.content))
print("tokens used:", r.usage.total_tokens)

# COMMAND ----------

mr = ModelRed(api_key=modelred_key)
cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
try:
    mr.create_model(modelId="cmip6-summariser", provider="openai", displayName="CMIP6 summariser", providerConfig=cfg)
except ConflictError:
    print("model already registered")
except ModelRedError as e:
    print("ModelRed error type:", type(e).__name__)

# COMMAND ----------

print("provider config sent:", cfg)
spark.createDataFrame(pd.DataFrame(lines, columns=["source_id", "summary"])).write.mode("overwrite").saveAsTable("climate.cmip6_summaries")
