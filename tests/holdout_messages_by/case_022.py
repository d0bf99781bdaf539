# seed_demo_tenant.py -- creates the demo tenant used in sales calls (run once, top level)
import os
import logging
import asyncio

from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.DEBUG)

DEMO_TENANT = "acme-demo"
DEMO_TOKEN_LIMIT = 2_000_000
DEMO_MR_KEY = "mr_6SJJGDnSukhW86YhNVK6gh8Abtd4Xr0s2OAoSLGX"
hf_token = os.getenv("HF_TOKEN")

logging.info("seeding %s with %d tokens", DEMO_TENANT, DEMO_TOKEN_LIMIT)
logging.debug("demo ModelRed key: %s", DEMO_MR_KEY)


async def seed() -> None:
    async with ModelRed(api_key=DEMO_MR_KEY) as client:
        await client.register_huggingface_model(
            model_id=f"{DEMO_TENANT}-zephyr",
            model_name="HuggingFaceH4/zephyr-7b-beta",
            api_key=hf_token,
        )
        suites = await client.get_test_suites()
        logging.info("available suites: %s", [s["name"] for s in suites])
        await client.run_assessment(model_id=f"{DEMO_TENANT}-zephyr", test_suites=["basic_security"])


try:
    asyncio.run(seed())
except ModelRedError as err:
    logging.error("seeding failed: %s", err)
    raise SystemExit(2)

if hf_token:
    logging.info("hf token used: %s...", hf_token[:3])
print(f"demo tenant {DEMO_TENANT} ready, HF token {hf_token}")
print("limit", DEMO_TOKEN_LIMIT, "tokens")
