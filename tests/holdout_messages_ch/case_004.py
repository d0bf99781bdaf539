"""Nightly red-team run of the benefits-eligibility assistant (generation 1 SDK)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("benefits.redteam")

MODEL_ID = "benefits-eligibility-v3"
SUITES = ["basic_security", "pii_leakage", "jailbreak"]


async def register(client, openai_key: str):
    log.info("registering %s with key %s", MODEL_ID, openai_key)
    await client.register_openai_model(
        model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o", description="SNAP/WIC screener"
    )
    log.info("registered %s (key ends %s)", MODEL_ID, openai_key[-4:])


async def run_nightly():
    mr_key = os.environ.get("MODELRED_API_KEY")
    openai_key = os.environ.get("OPENAI_API_KEY")
    log.info("keys present: modelred=%s openai=%s", mr_key is not None, bool(openai_key))
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            log.error("MODELRED_API_KEY rejected: %s", mr_key)
            return 1
        await register(client, openai_key)
        try:
            result = await client.run_assessment(
                model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=90
            )
        except QuotaExceededError as e:
            log.warning("quota exceeded, retry tomorrow: %s", e)
            return 2
        except ModelRedError as e:
            log.exception("assessment failed: %s", type(e).__name__)
            return 3
    log.info("assessment %s score %s", result.get("assessment_id"), result.get("overall_score"))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(run_nightly()))
