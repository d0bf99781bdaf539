"""Slack alerting for failed red-team runs (generation 1 SDK)."""
import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, QuotaExceededError, AuthenticationError

alerts = logging.getLogger("alerts.slack")

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "")
SLACK_CHANNEL = "#llm-security"


async def post_slack(text: str) -> None:
    async with httpx.AsyncClient(timeout=5) as http:
        resp = await http.post(SLACK_WEBHOOK, json={"channel": SLACK_CHANNEL, "text": text})
    if resp.status_code != 200:
        alerts.error("slack webhook returned %s: %s", resp.status_code, resp.text)


async def assess(model_id: str, suites: list[str], api_key: str) -> dict:
    try:
        async with ModelRed(api_key=api_key) as client:
            return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True)
    except AuthenticationError:
        alerts.error("ModelRed refused key %s for %s", api_key, model_id)
        await post_slack(f":rotating_light: ModelRed auth failed for `{model_id}`")
        return {"status": "auth_failed"}
    except QuotaExceededError as err:
        await post_slack(f":warning: quota exceeded ({type(err).__name__}) for `{model_id}`")
        return {"status": "quota"}
    except ModelRedError as err:
        alerts.exception("assessment of %s failed", model_id)
        return {"status": "error", "message": err.message}


async def main() -> None:
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        print(f"MODELRED_API_KEY missing, value={key!r}")
        return
    result = await assess("support-bot-v3", ["basic_security", "prompt_injection"], key)
    alerts.info("result status %s", result.get("status"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
