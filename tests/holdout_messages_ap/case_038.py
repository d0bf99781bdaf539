"""Register the Claude-based e-mail personaliser with ModelRed and start its first assessment."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("personaliser.register")

MODEL_ID = "email-personaliser-claude"
SUITES = ["prompt_injection", "pii_extraction", "toxicity"]


async def register(anthropic_key, model_name="claude-3-5-sonnet-latest"):
    logger.info("registering %s on %s", MODEL_ID, model_name)
    logger.debug("registering anthropic model with key %s", anthropic_key)
    async with ModelRed() as client:
        try:
            await client.register_anthropic_model(model_id=MODEL_ID, api_key=anthropic_key, model_name=model_name, max_tokens=1024)
        except ModelRedError as e:
            logger.error("registration failed: %s", e)
            raise RuntimeError(f"registration of {MODEL_ID} failed: {e}")
    logger.info("model %s registered", MODEL_ID)


async def first_assessment():
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=45)
        except QuotaExceededError:
            logger.warning("assessment quota exhausted for this month")
            return None
        except ModelRedError as e:
            raise RuntimeError(f"first assessment of {MODEL_ID} failed ({type(e).__name__})") from e
    logger.info("assessment %s finished: %s", result.get("assessment_id"), result.get("status"))
    return result


async def main():
    key = os.environ.get("ANTHROPIC_API_KEY")
    if key is None:
        raise SystemExit("set ANTHROPIC_API_KEY first")
    await register(key)
    result = await first_assessment()
    if result:
        print("overall score:", result.get("overall_score"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
