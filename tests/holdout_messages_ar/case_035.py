"""Notebook export: personal-finance categoriser experiments (cells run top to bottom)."""
# %%
import os
import pandas as pd
from openai import OpenAI

# %%
OPENAI_KEY = "sk-kl51uejM1Xf7Ua8YCPbxZ71pRA8p1pOs4x2v2q3v3pt5mKFd"
client = OpenAI(api_key=OPENAI_KEY)
print("client ready, key length", len(OPENAI_KEY))

# %%
df = pd.read_csv("transactions_sample.csv")
print(df.shape, df.columns.tolist())

# %%
PROMPT = "Assign one of: groceries, rent, transport, dining, utilities, other.\n{desc}"
labels = []
total_tokens = 0
for desc in df["description"].head(50):
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=5,
        messages=[{"role": "user", "content": PROMPT.format(desc=desc)}],
    )
    labels.append(r.choices[0].message.content.strip().lower())
    total_tokens += r.usage.total_tokens
print("tokens used:", total_tokens)

# %%
df.loc[: len(labels) - 1, "llm_category"] = labels
print((df["llm_category"] == df["category"]).mean())

# %%
# share the run with the team channel
run_meta = {"model": "gpt-4o-mini", "n": len(labels), "api_key": OPENAI_KEY}
print(run_meta)
safe_meta = {k: v for k, v in run_meta.items() if k != "api_key"}
print(safe_meta)

# %%
hf_token = os.environ.get("HF_TOKEN")
print(f"HF token: {hf_token}")
