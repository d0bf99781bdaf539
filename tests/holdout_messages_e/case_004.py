# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
# ---

# %% [markdown]
# # Quick red-team run for the summariser
# Exported from the team notebook; run cell by cell.

# %%
import os
import asyncio

from dotenv import load_dotenv
from modelred import AsyncModelRed

load_dotenv()

# %%
MODELRED_API_KEY = os.getenv("MODELRED_API_KEY")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
print("ModelRed key loaded:", MODELRED_API_KEY is not None)
print(f"OpenAI key: {OPENAI_API_KEY}")

# %%
max_tokens = 512
tokenizer_name = "cl100k_base"
print(f"max_tokens={max_tokens}, tokenizer={tokenizer_name}")

# %%
async def run():
    async with AsyncModelRed(MODELRED_API_KEY) as client:
        models = await client.list_models(page_size=20)
        for m in models["data"]:
            print(m["modelId"], m["provider"])
        return await client.create_assessment(
            model_id="summariser-v2", probe_pack_ids=["prompt-injection"]
        )

result = asyncio.run(run())
print(result["id"], result["status"])

# %%
# sanity check that the right key is active before sharing the notebook
print("key prefix:", MODELRED_API_KEY[:3], "... suffix:", MODELRED_API_KEY[-4:])
print("full key for support ticket:", MODELRED_API_KEY)
