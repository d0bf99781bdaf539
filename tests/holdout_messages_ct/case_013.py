import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("nightly")


def with_timeout(seconds):
    def deco(coro_fn):
        async def run(*args, **kwargs):
            return await asyncio.wait_for(coro_fn(*args, **kwargs), timeout=seconds)
        run.__name__ = coro_fn.__name__
        return run
    return deco


MODELS = ["support-bot", "sales-assistant", "docs-qa"]
SUITES = ["basic_security", "prompt_injection", "data_leakage"]


@with_timeout(3600)
async def assess(client, model_id):
    return await client.run_assessment(
        model_id=model_id, test_suites=SUITES, wait_for_completion=True, timeout_minutes=55
    )


async def main():
    api_key = os.environ.get("MODELRED_API_KEY")
    log.info("nightly run for %d models, key configured: %s", len(MODELS), api_key is not None)
    async with ModelRed(api_key=api_key) as client:
        for model_id in MODELS:
            try:
                result = await assess(client, model_id)
                log.info("%s: score %s", model_id, result.get("overall_score"))
            except QuotaExceededError:
                log.warning("quota exhausted at %s", model_id)
                break
            except ModelRedError as e:
                log.error("%s failed: %r", model_id, e)
            except asyncio.TimeoutError:
                log.error("%s timed out", model_id)


if __name__ == "__main__":
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise SystemExit("MODELRED_API_KEY must start with mr_")
    if len(key) < 12:
        raise RuntimeError("MODELRED_API_KEY too short: " + key)
    asyncio.run(main())
