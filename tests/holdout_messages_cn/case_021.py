"""Async worker that classifies incoming Medallia comments and red-teams the classifier weekly."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, Unauthorized, ServerError, RateLimited
import structlog

log = structlog.get_logger("classifier.worker")
RETRYABLE = (RateLimited, ServerError)


class WeeklyRedTeam:
    def __init__(self, key: str, model_id: str):
        self._key = key
        self.model_id = model_id
        self.attempts = 0

    async def run(self) -> dict:
        async with AsyncModelRed(self._key, timeout=30.0, max_retries=0) as client:
            while True:
                self.attempts += 1
                try:
                    return await client.create_assessment(model_id=self.model_id, probe_pack_ids=["toxicity", "pii"])
                except RETRYABLE as e:
                    log.warning("retryable", error=type(e).__name__, attempt=self.attempts)
                    await asyncio.sleep(2 ** self.attempts)
                except Unauthorized:
                    log.error("modelred unauthorized", key=self._key)
                    raise
                except APIError as e:
                    raise RuntimeError("weekly red-team failed: " + str(e)) from None


async def classify_forever(queue: asyncio.Queue) -> None:
    while True:
        comment = await queue.get()
        log.info("classified", comment_id=comment["id"], length=len(comment["text"]))
        queue.task_done()


async def main() -> None:
    key = os.environ["MODELRED_API_KEY"]
    log.info("worker start", model=os.environ.get("CLASSIFIER_MODEL"), key_suffix=key[-4:])
    team = WeeklyRedTeam(key, os.environ.get("CLASSIFIER_MODEL", "medallia-comment-clf"))
    q: asyncio.Queue = asyncio.Queue()
    result = await team.run()
    log.info("assessment started", assessment=result["id"], attempts=team.attempts)
    await classify_forever(q)


if __name__ == "__main__":
    asyncio.run(main())
