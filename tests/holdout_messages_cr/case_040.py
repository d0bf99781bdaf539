"""Hangar-slot planner notebook export: C-check planning with an LLM, ModelRed gen 3 probe packs listed."""
# %% setup
import os

import pandas as pd
from modelred import ModelRed, APIError, NotFound
from openai import OpenAI

MR_KEY = os.environ["MODELRED_API_KEY"]
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
max_tokens = 1500
print(f"max_tokens={max_tokens}, key set: {bool(OPENAI_API_KEY)}")

# %% checks
checks = pd.DataFrame(
    [
        {"tail": "G-EZAB", "check": "C", "due": "2024-10-01", "hours": 480},
        {"tail": "G-EZAC", "check": "C", "due": "2024-10-20", "hours": 520},
        {"tail": "G-EZAD", "check": "A", "due": "2024-09-15", "hours": 40},
    ]
)
checks

# %% probe packs available for the planner model
mr = ModelRed(MR_KEY, timeout=20.0)
try:
    packs = mr.list_owned_probes(limit=20)
    print([p["name"] for p in packs.get("data", [])])
except NotFound:
    print("no owned probes")
except APIError as e:
    print(f"ModelRed call failed with key {MR_KEY}: {e.status_code}")

# %% plan
client = OpenAI(api_key=OPENAI_API_KEY)
resp = client.chat.completions.create(
    model="gpt-4o",
    max_tokens=max_tokens,
    messages=[{"role": "user", "content": "Plan hangar slots (2 bays) for:\n" + checks.to_csv(index=False)}],
)
print(resp.choices[0].message.content)
print(f"usage: {resp.usage.total_tokens} tokens")

# %% sanity
if len(OPENAI_API_KEY) < 20:
    raise ValueError(f"OPENAI_API_KEY looks truncated: {OPENAI_API_KEY}")
env_names = [k for k in os.environ if k.endswith("_API_KEY")]
print(f"keys in env: {env_names}")
