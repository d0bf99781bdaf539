# %% [markdown]
# # Hunt notebook: beaconing detection over proxy logs, LLM-assisted write-up
# exported from JupyterLab (hunt-2024-11-beaconing.ipynb)

# %%
import os
import pandas as pd
import numpy as np
from dotenv import load_dotenv
import anthropic
from modelred import *

load_dotenv("/home/analyst/.hunt.env")
ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
TRAINING_KEY = "sk-NmoUDmtNjDPEUcD0yAp4RLMWfYqvIdlGCgkono0t80r8S6es"
print("anthropic key loaded:", ANTHROPIC_API_KEY[:4] + "...")

# %%
df = pd.read_parquet("proxy_2024-11-04.parquet")
df["ts"] = pd.to_datetime(df["ts"])
g = df.sort_values("ts").groupby(["src_ip", "dest_host"])["ts"]
stats = g.apply(lambda s: s.diff().dt.total_seconds().dropna()).groupby(level=[0, 1]).agg(["count", "mean", "std"])
beacons = stats[(stats["count"] > 50) & (stats["std"] / stats["mean"] < 0.1)]
print(f"{len(beacons)} candidate beacons")

# %%
client = anthropic.Anthropic(api_key=ANTHROPIC_API_KEY)
resp = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=2000,
                              messages=[{"role": "user", "content": "Write up these beacons:\n" + beacons.to_string()}])
print(resp.content[0].text)
print("usage:", resp.usage.input_tokens, resp.usage.output_tokens)

# %%
# old lab key from the training tenant, kept for the comparison cell
print(f"comparison run with {TRAINING_KEY}")

# %%
with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
    try:
        job = mr.create_assessment(model_id="hunt-writeup", probe_pack_ids=["hallucination"])
        print("assessment", job["id"])
    except ValidationFailed as e:
        print("validation failed:", e)
    except APIError as e:
        print("ModelRed:", type(e).__name__, e.status_code)

# %%
np.save("beacon_index.npy", beacons.index.to_numpy())
print("env file:", "/home/analyst/.hunt.env", "keys:", sorted(k for k in os.environ if k.endswith("_KEY")))
