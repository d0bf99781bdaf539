"""Weekly scan of the grid-outage triage bot, posting a summary (ModelRed generation 3, async)."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, RateLimited, APIError

log = logging.getLogger("outage.scan")
PACKS = ["prompt-injection", "social-engineering"]


class WeeklyScan:
    def __init__(self, model_id: str):
        self.model_id = model_id
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.teams_webhook = os.environ["TEAMS_WEBHOOK_URL"]
        self.timeout = float(os.getenv("SCAN_TIMEOUT", "30"))

    async def start(self):
        async with AsyncModelRed(self.mr_key, timeout=self.timeout, max_retries=2) as mr:
            for attempt in range(4):
                try:
                    return await mr.create_assessment(model_id=self.model_id, probe_pack_ids=PACKS, priority="low")
                except RateLimited as e:
                    log.info("rate limited, waiting %ss", e.retry_after)
                    await asyncio.sleep(e.retry_after or 10)
                except APIError as e:
                    log.error("weekly scan of %s failed: %s", self.model_id, e)
                    return None
        return None

    async def post_summary(self, assessment):
        text = f"Weekly scan of {self.model_id}: assessment {assessment['id']} queued" if assessment else f"Weekly scan of {self.model_id} failed; see logs"
        async with httpx.AsyncClient(timeout=15) as http:
            r = await http.post(self.teams_webhook, json={"text": text})
        log.info("teams post status %s (timeout %.0fs)", r.status_code, self.timeout)

    def check(self):
        if not self.mr_key.startswith("mr_"):
            log.warning("MODELRED_API_KEY for %s looks malformed: %s", self.model_id, self.mr_key)
        log.info("key configured (%d chars), model %s", len(self.mr_key), self.model_id)


async def main():
    job = WeeklyScan(os.getenv("TRIAGE_MODEL_ID", "outage-triage-bot"))
    job.check()
    a = await job.start()
    await job.post_summary(a)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
