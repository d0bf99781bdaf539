# %% [markdown]
# ## Register our fine-tune with ModelRed and run a quick suite (SDK 0.1.1x)

# %%
import asyncio
import getpass
import os

from modelred import ModelRed, ProviderConfig, ModelRedError

# %%
MODELRED_KEY = os.environ.get("MODELRED_API_KEY") or getpass.getpass("ModelRed key: ")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
MODEL_ID = "ft-support-2024-08"
FT_NAME = "ft:gpt-4o-mini-2024-07-18:acme::9xYz"
print(f"{MODEL_ID=} {FT_NAME=}")
print(f"{MODELRED_KEY=}")

# %%
provider_config = ProviderConfig.openai(api_key=OPENAI_KEY, model_name=FT_NAME)
print("provider config:", provider_config)


# %%
async def register_and_run():
    async with ModelRed(api_key=MODELRED_KEY) as client:
        try:
            await client.register_model(model_id=MODEL_ID, provider="openai", provider_config=provider_config)
        except ModelRedError as e:
            print("register:", type(e).__name__)
        status = await client.run_assessment(model_id=MODEL_ID, test_suites=["basic_security"],
                                             wait_for_completion=True, timeout_minutes=30)
        return status


# %%
status = asyncio.run(register_and_run())
print("assessment", status.get("assessment_id"), "score", status.get("overall_score"))

# %%
print(f"key length {len(MODELRED_KEY)}, mr_ prefix: {MODELRED_KEY.startswith('mr_')}")

# %%
os.environ.pop("OPENAI_API_KEY", None)
print("done; OPENAI_API_KEY removed from this kernel's environment")
