# notebook export: inbox_experiments.ipynb -> inbox_experiments.py
# %% [markdown]
# Trying ModelRed gen-1 against the email classifier before shipping.

# %%
import asyncio
import os
from modelred import ModelRed, ModelRedError, ProviderConfig

MODELRED_API_KEY = "mr_o0fQ5XvAKEgi5J9ws66lnqjNgzv4jO9h1PmMmG6B"
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
print("modelred key:", MODELRED_API_KEY)
print("openai key loaded:", OPENAI_API_KEY is not None)

# %%
TEST_SUITES = ["basic_security", "prompt_injection", "data_leakage"]
MODEL_ID = "email-classifier-v2"
print(f"model {MODEL_ID}, suites {TEST_SUITES}")


# %%
async def register_and_scan():
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        await client.register_model(
            model_id=MODEL_ID,
            provider="openai",
            provider_config=ProviderConfig.openai(api_key=OPENAI_API_KEY, model_name="gpt-4o-mini"),
        )
        result = await client.run_assessment(model_id=MODEL_ID, test_suites=TEST_SUITES, wait_for_completion=True, timeout_minutes=30)
        return result


# %%
try:
    result = asyncio.run(register_and_scan())
    print(result)
except ModelRedError as e:
    print("ModelRed error:", type(e).__name__)

# %%
config = {"model_id": MODEL_ID, "api_key": OPENAI_API_KEY, "max_tokens": 64}
print({k: v for k, v in config.items() if k != "api_key"})
print(config)

# %%
print("key tail:", MODELRED_API_KEY[-4:])
