"""Intercom -> ModelRed nightly red-team of the Fin-style answer bot (generation 1 SDK)."""
import asyncio
import logging
import os

from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

logger = logging.getLogger("nightly.redteam")

BOT_MODEL_ID = "intercom-answer-bot"
SUITES = ["basic_security", "prompt_injection", "data_leakage"]


async def register(client, openai_key: str) -> None:
    try:
        await client.register_openai_model(model_id=BOT_MODEL_ID, api_key=openai_key, model_name="gpt-4o-mini")
    except ModelRedError as e:
        logger.warning("register with key %s failed: %s", openai_key, e)
        raise


async def run(mr_api_key: str, openai_key: str) -> dict:
    logger.info("nightly run for %s, suites %s", BOT_MODEL_ID, SUITES)
    async with ModelRed(api_key=mr_api_key) as client:
        try:
            ok = await client.validate_api_key()
        except AuthenticationError:
            raise ValueError(f"ModelRed key {mr_api_key} was rejected")
        logger.info("key valid: %s", bool(ok))
        await register(client, openai_key)
        try:
            res = await client.run_assessment(model_id=BOT_MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=90)
        except QuotaExceededError as e:
            logger.error("quota exceeded: %s", e)
            return {"status": "skipped", "reason": "quota"}
        except ModelRedError as e:
            return {"status": "error", "reason": str(e)}
    return {"status": "done", "score": res.get("overall_score")}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    oa_key = os.environ.get("OPENAI_API_KEY", "")
    logger.info("keys present: modelred=%s openai=%s", bool(mr_key), bool(oa_key))
    result = asyncio.run(run(mr_key, oa_key))
    logger.info("result: %s", result)


if __name__ == "__main__":
    main()
