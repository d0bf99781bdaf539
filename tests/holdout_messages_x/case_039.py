"""Weekly scheduled assessment (generation 3 SDK), results posted to a Teams channel."""

import logging
import os

import requests
from modelred import AsyncModelRed, ModelRedError, Conflict, RateLimited
import asyncio

log = logging.getLogger("weekly-redteam")

TEAMS_WEBHOOK = os.environ["TEAMS_WEBHOOK_URL"]
MODELS = [m for m in os.environ.get("WEEKLY_MODELS", "support-bot,search-rag").split(",") if m]


def post_teams(text: str) -> None:
    resp = requests.post(TEAMS_WEBHOOK, json={"text": text}, timeout=10)
    log.info("teams webhook %s", resp.status_code)
    if resp.status_code >= 400:
        log.error("teams refused the post: %s", resp.text[:200])


async def run_one(mr: AsyncModelRed, model_id: str) -> str:
    try:
        job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["weekly"])
    except Conflict:
        return f"{model_id}: an assessment is already running"
    except RateLimited as exc:
        log.warning("rate limited on %s: %s", model_id, exc)
        return f"{model_id}: rate limited, will retry next week"
    except ModelRedError as exc:
        return f"{model_id}: failed: {exc}"
    return f"{model_id}: started `{job['id']}`"


async def main() -> None:
    key = os.environ["MODELRED_API_KEY"]
    if not key.startswith("mr_"):
        log.warning("MODELRED_API_KEY=%r does not look like a ModelRed key", key)
    log.info("weekly run for %d models with key ending %s", len(MODELS), key[-4:])
    async with AsyncModelRed(key, timeout=60.0) as mr:
        lines = await asyncio.gather(*(run_one(mr, m) for m in MODELS))
    post_teams("**Weekly red-team run**\n\n" + "\n\n".join(lines))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
