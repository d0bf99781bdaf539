"""Red-team the trading assistant's LLM before each release (ModelRed gen 1)."""
import asyncio
import logging
import os

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("release.redteam")

MODEL_ID = "trade-assistant-gpt4o"
SUITES = ["basic_security", "prompt_injection", "financial_advice"]
OPENAI_KEY_VAR = "OPENAI_API_KEY"


async def register(client):
    openai_key = os.environ[OPENAI_KEY_VAR]
    logger.info("registering %s with key from %s", MODEL_ID, OPENAI_KEY_VAR)
    try:
        await client.register_openai_model(model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o")
    except ModelRedError as exc:
        logger.error("register failed for key %s: %s", openai_key, exc)
        raise


async def main():
    mr_key = os.getenv("MODELRED_API_KEY")
    if not mr_key:
        raise SystemExit("set MODELRED_API_KEY first")
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError as exc:
            raise RuntimeError(f"ModelRed key {mr_key} rejected") from exc
        await register(client)
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES,
                                                 wait_for_completion=True, timeout_minutes=30)
        except QuotaExceededError as exc:
            logger.warning("quota exceeded: %s", type(exc).__name__)
            return 2
        except ModelRedError as exc:
            logger.exception("assessment failed: %s", exc)
            return 1
    logger.info("assessment %s score=%s", result.get("assessment_id"), result.get("overall_score"))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(asyncio.run(main()))
