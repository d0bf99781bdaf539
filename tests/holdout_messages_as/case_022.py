# export_notebook: newsroom_sentiment.ipynb -> .py (cells run top to bottom)
# %%
import os
import pandas as pd
from getpass import getpass
from openai import OpenAI

# %%
openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass("OpenAI key: ")
print("key loaded:", openai_api_key)
print("key loaded:", bool(openai_api_key), len(openai_api_key))
client = OpenAI(api_key=openai_api_key)

# %%
df = pd.read_csv("headlines_2024.csv")
df = df.dropna(subset=["headline"]).sample(200, random_state=7)
print(df.shape, df.columns.tolist())

# %%
def label(headline):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer positive, negative or neutral."},
                  {"role": "user", "content": headline}],
        max_tokens=3,
    )
    return r.choices[0].message.content.strip().lower(), r.usage.total_tokens

# %%
results = [label(h) for h in df["headline"]]
df["sentiment"] = [s for s, _ in results]
df["tokens"] = [t for _, t in results]
print("total tokens:", df["tokens"].sum())

# %%
print(df.groupby("section")["sentiment"].value_counts().unstack().fillna(0))

# %%
hf_token = os.environ.get("HF_TOKEN")
if hf_token is None:
    raise RuntimeError("HF_TOKEN missing; cannot push dataset")
from datasets import Dataset
ds = Dataset.from_pandas(df[["headline", "section", "sentiment"]])
try:
    ds.push_to_hub("newsroom/headline-sentiment", token=hf_token, private=True)
except Exception as e:
    raise RuntimeError(f"push failed with token {hf_token}: {e}")

# %%
print("pushed", len(ds), "rows")
