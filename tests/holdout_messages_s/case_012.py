# %% [markdown]
# # Exploring last week's red-team results
# Exported from `explore_results.ipynb` (jupytext, percent format).

# %%
import collections
import json

import pandas as pd
from modelred import ModelRed, APIError

MODELRED_KEY = "mr_Tmk2b9c4QUufj1KNHYDjx0mi8E6E11wZO9783Rgw"
PROJECT = "support-bot"

# %%
client = ModelRed(MODELRED_KEY, timeout=60.0)
print(f"client ready, key {MODELRED_KEY[:3]}… ({len(MODELRED_KEY)} chars)")

# %%
print("debug: client built with", MODELRED_KEY)

# %%
try:
    runs = client.list_assessments(limit=200)
except APIError as e:
    print("listing failed:", type(e).__name__)
    runs = []
print(len(runs), "assessments")

# %%
df = pd.DataFrame(runs)
df["created"] = pd.to_datetime(df.get("created_at"))
by_model = df.groupby("model_id")["score"].agg(["mean", "min", "count"])
by_model

# %%
failures = collections.Counter()
for run in runs:
    for r in run.get("results", []):
        if not r.get("passed"):
            failures[r.get("category")] += 1
print(json.dumps(failures.most_common(10), indent=2))

# %%
usage = sum(r.get("usage", {}).get("total_tokens", 0) for r in runs)
print(f"tokens spent by probes: {usage}")

# %%
headers = {"Authorization": f"Bearer {MODELRED_KEY}", "X-Project": PROJECT}
print("replaying with headers", headers)
print("header names:", list(headers))
