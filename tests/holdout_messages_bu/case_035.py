"""Async gen-3 harness: jailbreak packs against every model the red team owns."""
import asyncio
import logging
import os

from modelred import *  # noqa: F403

log = logging.getLogger("packs.harness")

RETRYABLE = (RateLimited, ServerError)  # noqa: F405
PACKS = ["jailbreak-basic", "jailbreak-advanced", "system-prompt-leak"]


async def run_one(client, model_id):
    for attempt in range(3):
        try:
            return await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        except RETRYABLE as e:
            log.warning("retry %d for %s: %s", attempt, model_id, e)
            await asyncio.sleep(2 ** attempt)
        except NotAllowedForApiKey:  # noqa: F405
            return {"model_id": model_id, "error": "this key may not run assessments"}
        except APIError as e:  # noqa: F405
            return {"model_id": model_id, "error": f"{e}"}
    return {"model_id": model_id, "error": "gave up after retries"}


async def main():
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, timeout=60.0) as client:  # noqa: F405
        models = await client.list_models()
        log.info("%d models owned", len(models))
        results = await asyncio.gather(*(run_one(client, m["id"]) for m in models))
    failed = [r for r in results if "error" in r]
    for r in failed:
        log.error("%s: %s", r["model_id"], r["error"])
    log.info("%d started, %d failed", len(results) - len(failed), len(failed))
    return results


def env_report():
    key = os.environ.get("MODELRED_API_KEY")
    log.info("MODELRED_API_KEY set=%s length=%s", bool(key), len(key or ""))
    log.debug("MODELRED_API_KEY=%s", key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    env_report()
    asyncio.run(main())
