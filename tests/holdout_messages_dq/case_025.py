"""Background poller that follows running ModelRed assessments (generation 3, asyncio)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys

from modelred import AsyncModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("poller")

TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED"})


class AssessmentPoller:
    def __init__(self, key: str, *, every: float = 30.0) -> None:
        self._key = key
        self.every = every
        self._client = AsyncModelRed(key, max_retries=5)
        self.done: dict[str, dict] = {}

    def __repr__(self) -> str:
        return f"AssessmentPoller(key={self._key!r}, every={self.every})"

    async def _poll_one(self, assessment_id: str) -> None:
        a = await self._client.get_assessment(assessment_id)
        if a.get("status") in TERMINAL:
            self.done[assessment_id] = a

    async def run(self, ids: set[str]) -> dict[str, dict]:
        log.info("starting %r", self)
        log.info("polling %d assessment(s) every %.0fs", len(ids), self.every)
        while pending := ids - self.done.keys():
            try:
                async with asyncio.TaskGroup() as tg:
                    for aid in pending:
                        tg.create_task(self._poll_one(aid))
            except* NotFound as eg:
                log.warning("%d assessment(s) vanished; dropping this round's stragglers", len(eg.exceptions))
                ids -= pending
            except* RateLimited as eg:
                wait = max(e.retry_after or self.every for e in eg.exceptions)
                log.info("rate limited; sleeping %.0fs", wait)
                await asyncio.sleep(wait)
            except* Unauthorized:
                raise PermissionError(f"ModelRed key {self._key} was revoked while polling")
            await asyncio.sleep(self.every)
        log.info("all done: %s", {k: v.get("status") for k, v in self.done.items()})
        return self.done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    poller = AssessmentPoller(os.environ["MODELRED_API_KEY"], every=float(os.getenv("POLL_EVERY", "30")))
    asyncio.run(poller.run(set(sys.argv[1:])))
