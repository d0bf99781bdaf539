# ---
# jupyter:
#   jupytext:
#     text_representation:
#       format_name: percent
# ---

# %% [markdown]
# # Quick red-team run against the staging model

# %%
import os

from modelred import ModelRed

openai_api_key = "sk-proj-JqAxI0DXBs5l0-JkH3Q3WQaoQGGHNn9Ww_5ZpMe8T3BlbkFJG6RT1S8VUEJENT1f-5Pl3zbnqV0FhnGtPB-15OgR"
modelred_api_key = os.getenv("MODELRED_API_KEY")
MAX_TOKENS = 512

# %%
print(f"key loaded: {openai_api_key}")
print("modelred key:", modelred_api_key)
print(f"max_tokens={MAX_TOKENS}")

# %%
client = ModelRed(modelred_api_key)
a = client.create_assessment(model="staging-gpt", probe_pack_ids=["jailbreak-basic"], detector_api_key=openai_api_key)
print(a.id, a.status)

# %%
print(client)
