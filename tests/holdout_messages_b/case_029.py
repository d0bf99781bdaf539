# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
# ---

# %% [markdown]
# # Quick probe-pack check

# %%
import modelred
from modelred import ModelRed

# %%
MODELRED_KEY = "mr_rIcqIiQcJ0t7bVFrMPD6SBXodvdE2YeMOvoGayvc"
client = ModelRed(MODELRED_KEY)
print("client ready:", client)
print(f"modelred {modelred.__version__}, key {MODELRED_KEY}")

# %%
packs = client.list_owned_probes()
for p in packs:
    print(p["id"], p["name"], p.get("prompt_count"))

# %%
print("key length:", len(MODELRED_KEY))
print("last4:", MODELRED_KEY[-4:])
