# Databricks-exported notebook: survey weighting + LLM summary of verbatims
# COMMAND ----------
import os
import warnings

import numpy as np
import pandas as pd
from openai import OpenAI

# COMMAND ----------
openai_api_key = dbutils.secrets.get(scope="cx-analytics", key="openai-api-key")  # noqa: F821
survey_path = "/dbfs/mnt/cx/exports/q3_brand_tracker.csv"
print(f"secret scope cx-analytics, key name openai-api-key")
print(f"openai key loaded: {openai_api_key}")

# COMMAND ----------
df = pd.read_csv(survey_path)
targets = {"18-34": 0.31, "35-54": 0.36, "55+": 0.33}
sample = df["age_band"].value_counts(normalize=True)
df["weight"] = df["age_band"].map(lambda b: targets.get(b, 0) / sample.get(b, 1))
print("weights range", np.round(df["weight"].min(), 3), np.round(df["weight"].max(), 3))

if df["weight"].max() > 5:
    warnings.warn(f"extreme weights, trimming; key in use {openai_api_key[:4]}...")

# COMMAND ----------
client = OpenAI(api_key=openai_api_key)
verbatims = df.loc[df["nps"] <= 6, "why_score"].dropna().sample(200, random_state=7).tolist()
resp = client.chat.completions.create(
    model="gpt-4o",
    messages=[
        {"role": "system", "content": "Summarise detractor themes in five bullets."},
        {"role": "user", "content": "\n".join(verbatims)},
    ],
    max_tokens=400,
)
print(resp.choices[0].message.content)
print("tokens used:", resp.usage.total_tokens, "prompt:", resp.usage.prompt_tokens)

# COMMAND ----------
if resp.usage.total_tokens > 20000:
    warnings.warn(f"summary used too many tokens with key {openai_api_key}")
summary = resp.choices[0].message.content
dbutils.fs.put("/mnt/cx/summaries/q3_detractors.md", summary, overwrite=True)  # noqa: F821
print("saved summary,", len(summary), "chars")
print("weighted NPS:", round(np.average(df["nps"] >= 9, weights=df["weight"]) * 100 - np.average(df["nps"] <= 6, weights=df["weight"]) * 100, 1))
print("rows:", len(df))
