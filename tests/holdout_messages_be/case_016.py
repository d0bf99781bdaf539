"""Weekly red-team run for all guest-facing bots (gen-1 SDK, run from a cron job)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, ServerError

logging.basicConfig(format="%(asctime)s %(levelname)s %(message)s", level=logging.INFO)
LOG = logging.getLogger("weekly_redteam")

BOTS = {
    "reservation-bot": ["basic_security", "prompt_injection"],
    "menu-qa": ["basic_security", "toxicity"],
    "loyalty-helper": ["basic_security", "data_leakage"],
}


async def run_all() -> dict:
    results = {}
    api_key = os.getenv("MODELRED_API_KEY")
    LOG.info("weekly run, %d bots, key present=%s", len(BOTS), api_key is not None)
    async with ModelRed(api_key=api_key) as client:
        for model_id, suites in BOTS.items():
            try:
                res = await client.run_assessment(model_id=model_id, test_suites=suites, priority="low", wait_for_completion=True, timeout_minutes=90)
                results[model_id] = res.overall_score
            except QuotaExceededError:
                LOG.warning("quota exceeded at %s, stopping", model_id)
                break
            except ServerError as e:
                LOG.error("server error on %s: %r", model_id, e)
            except ModelRedError as e:
                return {"failed": model_id, "error": str(e), "partial": results}
    return results


def slack_notify(text: str) -> None:
    import requests
    webhook = os.environ["SLACK_OPS_WEBHOOK"]
    r = requests.post(webhook, json={"text": text}, timeout=10)
    if r.status_code != 200:
        LOG.error("slack returned %s: %s", r.status_code, r.text)


if __name__ == "__main__":
    scores = asyncio.run(run_all())
    slack_notify(f"weekly red-team done: {len(scores)} entries")
    for bot, score in scores.items():
        print(f"{bot:20s} {score:5.1f}")
    key = os.getenv("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        LOG.error("MODELRED_API_KEY looks wrong: %s", key)
