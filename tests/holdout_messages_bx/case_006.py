"""Gen-1 ModelRed audit of the drone copilot model, run from the lab CI box."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("copilot.audit")

COPILOT_MODEL = "drone-copilot-v3"
SUITES = ["basic_security", "prompt_injection", "jailbreak"]


async def register_and_run(openai_key: str):
    async with ModelRed() as client:
        await client.register_openai_model(
            model_id=COPILOT_MODEL,
            api_key=openai_key,
            model_name="gpt-4o-mini",
        )
        logger.info("registered %s with provider key %s", COPILOT_MODEL, openai_key)
        return await client.run_assessment(
            model_id=COPILOT_MODEL,
            test_suites=SUITES,
            wait_for_completion=True,
            timeout_minutes=45,
        )


def run_audit() -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    logger.info("auditing %s with suites %s", COPILOT_MODEL, ",".join(SUITES))
    try:
        result = asyncio.run(register_and_run(openai_key))
    except AuthenticationError:
        logger.error("ModelRed authentication failed; check MODELRED_API_KEY")
        return {"ok": False, "reason": "auth"}
    except QuotaExceededError as e:
        logger.error("quota exceeded: %s", type(e).__name__)
        return {"ok": False, "reason": "quota"}
    except ModelRedError as e:
        return {"ok": False, "reason": str(e)}
    return {"ok": True, "score": result.get("overall_score")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run_audit())
