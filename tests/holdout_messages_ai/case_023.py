# %% [markdown]
# # Workshop notebook: red-teaming the homework-help bot
# Exported from Jupyter for the teacher PD session. Run cells top to bottom.

# %%
import os
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

WORKSHOP_KEY = "mr_K6dHZpSOQSUkAKqrGNysEdIxNqcsDCS3salySQpQ"
WORKSHOP_KEY_ENV = "MODELRED_API_KEY"
participant = os.environ.get("JUPYTERHUB_USER", "teacher")

# %%
print(f"Welcome {participant}! Using the shared workshop key {WORKSHOP_KEY}")
print(f"To use your own key, set {WORKSHOP_KEY_ENV}.")

# %%
key = os.environ.get(WORKSHOP_KEY_ENV) or WORKSHOP_KEY
client = ModelRed(key, timeout=30.0)
print("key source:", "environment" if key != WORKSHOP_KEY else "workshop default")

# %%
models = client.list_models(search="homework")
for m in models.get("data", []):
    print(m["id"], m.get("provider"), m.get("displayName"))

# %%
packs = client.list_owned_probes(page=1)
print("probe packs available:", len(packs.get("data", [])))

# %%
try:
    job = client.create_assessment(model_id="homework-helper", probe_pack_ids=["academic-integrity", "minor-safety"])
    print("assessment started:", job["id"])
except NotAllowedForApiKey as err:
    print("The workshop key cannot do this:", type(err).__name__)
except ModelRedError as err:
    print("Something went wrong (%s); ask the facilitator." % type(err).__name__)

# %%
def show_key_hint(k: str = WORKSHOP_KEY) -> None:
    print(f"key hint: {k[:3]}...{k[-4:]}")


show_key_hint()

# %%
result = client.get_assessment(job["id"])
print(result.get("status"), result.get("overallScore"))

# %%
client.close()
