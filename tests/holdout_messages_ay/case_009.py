"""Work-order assistant: nightly safety assessment of the WO chatbot model (ModelRed, old SDK)."""
import asyncio
import logging
import os

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("wo_assistant.safety")

MODEL_ID = os.getenv("WO_MODEL_ID", "wo-assistant-gpt4o")
SUITES = ["basic_security", "prompt_injection", "content_safety"]


class MesApi:
    """Tiny wrapper around the MES REST API used for comments on maintenance work orders."""

    def __init__(self, http, base):
        self.http, self.base = http, base

    async def add_comment(self, wo_number, text):
        await self.http.post(f"{self.base}/workorders/{wo_number}/comments", json={"text": text})


async def nightly(mes: MesApi, tracking_wo: str):
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=SUITES,
                priority="normal",
                wait_for_completion=True,
                timeout_minutes=90,
            )
    except AuthenticationError as e:
        logger.error("ModelRed auth failed: %s", type(e).__name__)
        await mes.add_comment(tracking_wo, "Safety run could not authenticate; IT has been notified.")
        return None
    except QuotaExceededError as e:
        logger.warning("quota exceeded: %s", e)
        await mes.add_comment(tracking_wo, f"Safety run skipped: {e}")
        return None
    except ModelRedError as e:
        await mes.add_comment(tracking_wo, "Safety run failed: " + str(e))
        return None
    score = result.get("overall_score")
    logger.info("assessment %s for %s scored %s", result.get("assessment_id"), MODEL_ID, score)
    await mes.add_comment(tracking_wo, f"Nightly safety score for {MODEL_ID}: {score}")
    return score


if __name__ == "__main__":
    import httpx

    async def _main():
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {os.environ['MES_TOKEN']}"}) as http:
            await nightly(MesApi(http, os.environ.get("MES_URL", "http://mes.local/api")), "WO-SAFETY-0001")

    logging.basicConfig(level=logging.INFO)
    asyncio.run(_main())
