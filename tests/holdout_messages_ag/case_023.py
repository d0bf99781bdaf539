"""Payments reconciliation bot: gen-1 ModelRed, Slack alerts, warnings for config drift."""
import asyncio
import logging
import os
import warnings

import httpx
from modelred import ModelRed, ModelRedError, SubscriptionLimitError

log = logging.getLogger("recon.bot")

SLACK_WEBHOOK_ENV = "RECON_SLACK_WEBHOOK"
LEDGER_API = os.environ.get("LEDGER_API", "https://ledger.internal/api")
LEDGER_TOKEN = os.environ["LEDGER_SERVICE_TOKEN"]
TOKEN_TTL_MINUTES = 15


def ledger_diff(day: str) -> list:
    r = httpx.get(f"{LEDGER_API}/recon/{day}", headers={"Authorization": f"Bearer {LEDGER_TOKEN}"}, timeout=20)
    if r.status_code != 200:
        raise RuntimeError(f"ledger API {r.status_code}: {r.text[:200]}")
    return r.json()["mismatches"]


def check_config() -> None:
    if len(LEDGER_TOKEN) < 24:
        warnings.warn(f"LEDGER_SERVICE_TOKEN looks truncated: {LEDGER_TOKEN}")
    if TOKEN_TTL_MINUTES > 60:
        warnings.warn(f"token TTL {TOKEN_TTL_MINUTES} min exceeds policy")


async def assess_recon_bot() -> str:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id="recon-explainer", test_suites=["basic_security", "data_exfiltration"])
            return result.get("assessment_id", "")
    except SubscriptionLimitError as e:
        log.warning("ModelRed plan limit: %s", type(e).__name__)
        return ""
    except ModelRedError as e:
        return "ModelRed error: " + str(e)


def alert(text: str) -> None:
    hook = os.environ.get(SLACK_WEBHOOK_ENV)
    if not hook:
        log.info("no %s, alert skipped: %s", SLACK_WEBHOOK_ENV, text)
        return
    httpx.post(hook, json={"text": text}, timeout=10)


if __name__ == "__main__":
    check_config()
    mismatches = ledger_diff(os.environ.get("RECON_DAY", "yesterday"))
    alert(f"{len(mismatches)} ledger mismatches")
    aid = asyncio.run(assess_recon_bot())
    log.info("recon bot assessment %s", aid)
