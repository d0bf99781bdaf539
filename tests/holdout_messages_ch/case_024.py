# Notebook export: exploring 311 complaint text with an LLM (analyst's scratch work).
import os

import pandas as pd
from openai import OpenAI
from dotenv import load_dotenv

load_dotenv()
# %%
openai_api_key = os.environ["OPENAI_API_KEY"]
org_id = os.environ.get("OPENAI_ORG_ID", "org-cityanalytics")
print("org:", org_id)
print("key:", openai_api_key)
client = OpenAI(api_key=openai_api_key, organization=org_id)

# %%
df = pd.read_csv("311_service_requests_2024.csv", usecols=["unique_key", "complaint_type", "descriptor"])
df = df.sample(200, random_state=7)
print(df.shape)
print(df["unique_key"].head())

# %%
def label(text):
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=5,
        messages=[{"role": "user", "content": f"Is this complaint urgent? yes/no: {text}"}])
    return r.choices[0].message.content.strip().lower(), r.usage.total_tokens

results = [label(t) for t in df["descriptor"].fillna("")]
df["urgent"] = [r[0] for r in results]
df["tokens"] = [r[1] for r in results]
print("total tokens:", df["tokens"].sum())

# %%
df.groupby("complaint_type")["urgent"].value_counts().unstack().fillna(0).head(20)

# %%
sample_key = df["unique_key"].iloc[0]
print(f"example row {sample_key}")
if not openai_api_key.startswith("sk-"):
    raise ValueError(f"unexpected key {openai_api_key}")
df.to_csv("311_urgent_labels.csv", index=False)
print("saved")
