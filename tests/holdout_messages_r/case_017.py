# %%
# Quick ModelRed smoke test (exported from scratch/modelred_try.ipynb)
# TODO move key to .env before committing!!
import asyncio
import logging

from modelred import AuthenticationError, ModelRed, ModelRedError, ProviderConfig

logging.basicConfig(level=logging.INFO)
MODELRED_API_KEY = "mr_Z68IcTnOclmEBvspAh9OtKyl0Op5UTg7MCUKP1Hl"
OPENAI_KEY_ENV = "OPENAI_API_KEY"

# %%
print("using modelred key", MODELRED_API_KEY)
print("key prefix ok:", MODELRED_API_KEY.startswith("mr_"))

# %%
import os

openai_key = os.environ.get(OPENAI_KEY_ENV)
print(f"{OPENAI_KEY_ENV} present: {openai_key is not None}")


async def main():
    async with ModelRed(api_key=MODELRED_API_KEY) as client:
        ok = await client.validate_api_key()
        print("validate:", ok)
        await client.register_openai_model(
            model_id="gpt4o-support",
            api_key=openai_key,
            model_name="gpt-4o",
        )
        res = await client.run_assessment(
            model_id="gpt4o-support",
            test_suites=["basic_security"],
            wait_for_completion=True,
            timeout_minutes=20,
            progress_callback=lambda p: print("progress", p),
        )
        print(res)


# %%
try:
    asyncio.run(main())
except AuthenticationError:
    logging.error("auth failed for key %s", MODELRED_API_KEY)
except ModelRedError as e:
    logging.error("modelred error: %s", type(e).__name__)

# %%
cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o")
print("provider config built for gpt-4o, max tokens default")
print(f"openai key: {openai_key}")
