"""Webhook-driven campaign QA bot for Microsoft Teams: posts ModelRed (gen 1) results back to the channel."""
import asyncio
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, RateLimitError, TierRestrictedError

logger = logging.getLogger("teams.qa")

TEAMS_WEBHOOK_ENV = "TEAMS_QA_WEBHOOK_URL"
SUITES = ["basic_security", "misinformation"]


def post_card(title: str, text: str) -> int:
    url = os.environ[TEAMS_WEBHOOK_ENV]
    r = requests.post(url, json={"@type": "MessageCard", "title": title, "text": text}, timeout=10)
    logger.info("teams card '%s' -> %s", title, r.status_code)
    return r.status_code


async def scan_and_report(model_id: str, requested_by: str) -> None:
    api_key = os.environ["MODELRED_API_KEY"]
    logger.info("scan of %s for %s (key ...%s)", model_id, requested_by, api_key[-4:])
    try:
        async with ModelRed(api_key=api_key) as client:
            ok = await client.validate_api_key()
            if not ok:
                logger.error("validate_api_key false for key %s", api_key)
                return
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True)
    except RateLimitError as e:
        logger.warning("rate limited: %s", e)
        post_card("Campaign QA delayed", "The scanner is busy; the scan will be retried.")
        return
    except TierRestrictedError as e:
        post_card("Campaign QA unavailable", str(e))
        return
    except ModelRedError as e:
        logger.exception("scan failed for %s", model_id)
        post_card("Campaign QA failed", f"Scan failed ({type(e).__name__}).")
        return
    score = result.get("overall_score")
    post_card(f"Campaign QA: {model_id}", f"Score {score}, requested by {requested_by}")


if __name__ == "__main__":
    asyncio.run(scan_and_report(os.environ.get("MODEL_ID", "newsletter-writer"), "cron"))
