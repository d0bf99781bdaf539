# %% [markdown]
# # Vulnerability triage notebook (exported)
# Ranks this week's scanner findings with an LLM. Run top to bottom.

# %%
import getpass
import json
import os

import pandas as pd
from openai import OpenAI

OPENAI_FALLBACK = "sk-4smoynuJxHTNkDqLhKZsNt4akfO6sd4xwq9pFX9NesXZ3jNy"
openai_api_key = os.environ.get("OPENAI_API_KEY") or OPENAI_FALLBACK
print(f"key loaded: {openai_api_key}")
print("key source:", "env" if "OPENAI_API_KEY" in os.environ else "fallback")

# %%
nvd_key = os.environ.get("NVD_API_KEY") or getpass.getpass("NVD API key: ")
print("NVD key length", len(nvd_key))

# %%
df = pd.read_csv("findings_week.csv")
df = df[df["severity"].isin(["HIGH", "CRITICAL"])]
print(df.shape, df.columns.tolist())

# %%
client = OpenAI(api_key=openai_api_key)
MAX_TOKENS = 400
PROMPT = ("You are a vulnerability triage assistant. Given a finding, answer JSON with "
          "exploitability (1-5), reason, and owner_team.")
print("max_tokens:", MAX_TOKENS)

# %%
rows = []
for _, f in df.head(50).iterrows():
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=MAX_TOKENS, response_format={"type": "json_object"},
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": f.to_json()}])
    rows.append({"cve": f["cve"], **json.loads(r.choices[0].message.content)})
    print(f["cve"], r.usage.total_tokens)

# %%
ranked = pd.DataFrame(rows).sort_values("exploitability", ascending=False)
ranked.to_csv("triage_ranked.csv", index=False)
print(ranked.head(10))

# %%
if os.environ.get("NOTEBOOK_DEBUG"):
    print("NVD key:", nvd_key)
print("done")
