"""Poll DealerTrack for credit-application decisions and red-team the F&I chat assistant."""
import asyncio
import os

import aiohttp
from loguru import logger
from modelred import ModelRed, ModelRedError, QuotaExceededError

DT_BASE = "https://api.dealertrack.example/credit/v1"
POLL_SECONDS = 45


async def poll_decisions(session: aiohttp.ClientSession, partner_id: str, partner_secret: str, app_ids: list) -> dict:
    headers = {"X-Partner-Id": partner_id, "X-Partner-Secret": partner_secret}
    logger.debug("polling {} applications as partner {}", len(app_ids), partner_id)
    decisions = {}
    for app_id in app_ids:
        async with session.get(f"{DT_BASE}/applications/{app_id}/decision", headers=headers) as resp:
            if resp.status == 403:
                logger.error("partner headers rejected: {}", headers)
                continue
            body = await resp.json()
            logger.info("app {} -> {} (status {})", app_id, body.get("decision"), resp.status)
            decisions[app_id] = body.get("decision")
    return decisions


async def assess_fi_assistant(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["base64_injection", "toxicity"], wait_for_completion=True, timeout_minutes=30)
            return {"ok": True, "assessment": result.assessment_id}
    except QuotaExceededError as e:
        logger.warning("quota hit for {}: {}", model_id, type(e).__name__)
        return {"ok": False, "error": "quota exceeded, try tomorrow"}
    except ModelRedError as e:
        return {"ok": False, "error": f"ModelRed assessment failed: {e}"}


async def main() -> None:
    partner_id = os.environ["DT_PARTNER_ID"]
    partner_secret = os.environ["DT_PARTNER_SECRET"]
    async with aiohttp.ClientSession() as session:
        while True:
            got = await poll_decisions(session, partner_id, partner_secret, ["A-1001", "A-1002"])
            logger.info("decisions {}", got)
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    asyncio.run(main())
