# 311 call-transcript batch classifier; exported from the analytics team's notebook
import os
import json
import pandas as pd
from openai import OpenAI

# %%
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
DATA_PATH = "data/311_calls_2024_q3.parquet"
BATCH_TOKENS_LIMIT = 90_000
print(f"{DATA_PATH=} {BATCH_TOKENS_LIMIT=}")

# %%
print(f"{OPENAI_API_KEY=}")

# %%
df = pd.read_parquet(DATA_PATH)
df = df[df["channel"] == "phone"].head(500)
print(df.shape)

# %%
client = OpenAI(api_key=OPENAI_API_KEY)
rows = []
for i, row in df.iterrows():
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=20,
        messages=[{"role": "user", "content": "Department for this 311 call (one word): " + row["transcript"]}],
    )
    rows.append({"call_id": row["call_id"], "dept": r.choices[0].message.content.strip(),
                 "tokens": r.usage.total_tokens})

# %%
out = pd.DataFrame(rows)
print(out["tokens"].sum(), "tokens used")
print(out["dept"].value_counts().head(10))

# %%
run_meta = {"n": len(out), "model": "gpt-4o-mini", "key_tail": OPENAI_API_KEY[-4:]}
print(json.dumps(run_meta))
env_dump = {k: v for k, v in os.environ.items() if k.startswith("OPENAI")}
print(json.dumps(env_dump, indent=2))
