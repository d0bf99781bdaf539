"""ModelRed generation 2 async: periodic scans of the customs-broker assistant."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

logger = logging.getLogger("customs.scans")

MODELS = ("broker-assistant-eu", "broker-assistant-us")
TEST_TYPES = ["jailbreak", "pii_exposure", "sanctions_evasion"]


async def scan_all(client):
    results = {}
    for model in MODELS:
        try:
            job = await client.create_assessment(model=model, test_types=TEST_TYPES, priority="normal")
            done = await client.wait_for_completion(job["id"], timeout=1800)
            results[model] = done.get("score")
        except NotFoundError:
            results[model] = "not registered"
        except RateLimitError as e:
            logger.warning("rate limited on %s: %s", model, e)
            await asyncio.sleep(60)
        except ModelRedError as e:
            results[model] = f"error: {type(e).__name__}"
    return results


async def scan_summary():
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(api_key=key) as client:
        try:
            probes = await client.list_probes()
        except ModelRedError as e:
            return f"probe listing failed: {e}"
        logger.info("%d probes available", len(probes))
        return await scan_all(client)


async def loop():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        logger.critical("MODELRED_API_KEY malformed: %s", key)
        return
    while True:
        summary = await scan_summary()
        logger.info("scan summary %s", summary)
        await asyncio.sleep(6 * 3600)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(loop())
