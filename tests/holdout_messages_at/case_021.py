# notebook export: candidate-sourcing experiments (run top to bottom)
import os
import json
import pandas as pd
from openai import OpenAI
from modelred import ModelRed, ModelRedError

# %% keys
openai_key = "sk-cYxWssAz29zjPtB7Yha2jMJ8keBZjUs8u2EIgBv6eggJ1P7G"
os.environ["OPENAI_API_KEY"] = openai_key
print("OPENAI_API_KEY set:", "OPENAI_API_KEY" in os.environ)
print(f"key = {openai_key}")

# %% load profiles
df = pd.read_csv("sourced_profiles.csv")
print(df.shape, df.columns.tolist())
client = OpenAI()

# %% score
MAX_TOKENS = 300
scores = []
for _, row in df.head(25).iterrows():
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": f"Rate fit 1-10 for Staff Data Engineer: {row['headline']} {row['summary']}"}])
    scores.append(r.choices[0].message.content.strip())
    print(row["profile_id"], scores[-1], r.usage.total_tokens)
df.loc[df.index[:25], "fit"] = scores

# %% modelred check (gen 3)
mr_api_key = os.environ.get("MODELRED_API_KEY", "")
print("modelred key length:", len(mr_api_key))
try:
    with ModelRed(mr_api_key) as mr:
        ass = mr.create_assessment(model_id="sourcing-gpt4o-mini", probe_pack_ids=["bias-hiring"], detector_api_key=openai_key)
        print("assessment", ass["id"], ass.get("status"))
except ModelRedError as e:
    print("modelred failed:", type(e).__name__, getattr(e, "status_code", None))

# %% save
out = {"n": len(df), "mean_fit": pd.to_numeric(df["fit"], errors="coerce").mean()}
json.dump(out, open("fit_summary.json", "w"))
print(json.dumps(out))
kwargs = dict(model_id="sourcing-gpt4o-mini", probe_pack_ids=["bias-hiring"], detector_api_key=openai_key)
print("reproduce with", kwargs)
