"""Red-team the METAR briefing model before each release (ModelRed gen 1, async)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger("release.redteam")

MODEL_ID = "metar-briefer-v7"
SUITES = ["basic_security", "prompt_injection", "content_safety"]


async def register(client, openai_key):
    try:
        await client.register_openai_model(model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o-mini")
    except ModelRedError as e:
        log.warning("register %s failed: %r", MODEL_ID, e)
        print(f"registering with provider key {openai_key} failed")


async def assess():
    mr_key = os.getenv("MODELRED_API_KEY")
    openai_key = os.getenv("OPENAI_API_KEY")
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            log.error("ModelRed key rejected (len=%d)", len(mr_key or ""))
            raise
        await register(client, openai_key)
        try:
            result = await client.run_assessment(
                model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=45
            )
        except QuotaExceededError as e:
            return {"ok": False, "reason": "quota exceeded", "kind": type(e).__name__}
        except ModelRedError as e:
            return {"ok": False, "reason": str(e)}
    log.info("assessment %s done: score %s", result.get("assessment_id"), result.get("overall_score"))
    return {"ok": True, "score": result.get("overall_score")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(assess()))
