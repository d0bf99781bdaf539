"""Todoist -> Google Calendar time-blocking sync (async)."""
import asyncio
import logging
import os

import aiohttp
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("todoist_sync")

TODOIST_API = "https://api.todoist.com/rest/v2"
TODOIST_TOKEN_ENV = "TODOIST_API_TOKEN"


async def fetch_tasks(session: aiohttp.ClientSession, token: str) -> list:
    async with session.get(f"{TODOIST_API}/tasks", headers={"Authorization": f"Bearer {token}"}) as r:
        if r.status != 200:
            body = await r.text()
            logger.error("todoist %s: %s", r.status, body[:200])
            raise RuntimeError(f"todoist returned {r.status} for token {token}")
        return await r.json()


async def red_team_planner() -> None:
    async with ModelRed() as client:
        try:
            await client.validate_api_key()
            await client.run_assessment(model_id="planner-gpt", test_suites=["basic_security"], wait_for_completion=False)
        except AuthenticationError:
            logger.error("ModelRed key rejected; check %s", "MODELRED_API_KEY")
        except ModelRedError as e:
            logger.error("assessment not started: %s", type(e).__name__)


async def main() -> None:
    token = os.getenv(TODOIST_TOKEN_ENV)
    if not token:
        raise SystemExit(f"set {TODOIST_TOKEN_ENV}")
    logger.info("syncing with todoist token %s", token)
    async with aiohttp.ClientSession() as session:
        tasks = await fetch_tasks(session, token)
    due = [t for t in tasks if t.get("due")]
    logger.info("%d of %d tasks have a due date", len(due), len(tasks))
    for t in due:
        logger.debug("block %s at %s", t["content"], t["due"].get("datetime"))
    await red_team_planner()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
