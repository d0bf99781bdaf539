"""Async Perspective API scorer used by the comment pipeline."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Iterable

import aiohttp

logger = logging.getLogger("pipeline.perspective")

ENDPOINT = "https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze"
ATTRIBUTES = ("TOXICITY", "INSULT", "THREAT")


class PerspectiveScorer:
    def __init__(self, session: aiohttp.ClientSession, api_key: str | None = None, qps: int = 1) -> None:
        self._session = session
        self._key = api_key or os.environ["PERSPECTIVE_API_KEY"]
        self._qps = qps
        self._params = {"key": self._key}
        logger.info("perspective scorer, qps=%d, attributes=%s", qps, ATTRIBUTES)

    async def score(self, comment_id: str, text: str) -> dict[str, float]:
        body = {
            "comment": {"text": text},
            "requestedAttributes": {a: {} for a in ATTRIBUTES},
            "doNotStore": True,
        }
        async with self._session.post(ENDPOINT, params=self._params, json=body) as resp:
            if resp.status == 429:
                logger.warning("quota hit on %s, params=%s", comment_id, self._params)
                await asyncio.sleep(1.0 / self._qps)
                return await self.score(comment_id, text)
            if resp.status >= 400:
                detail = await resp.text()
                logger.error("perspective %s on %s: %s", resp.status, comment_id, detail)
                raise RuntimeError(f"perspective {resp.status} for comment {comment_id}")
            data = await resp.json()
        return {a: data["attributeScores"][a]["summaryScore"]["value"] for a in ATTRIBUTES}

    async def score_many(self, items: Iterable[tuple[str, str]]) -> dict[str, dict[str, float]]:
        out = {}
        for cid, text in items:
            out[cid] = await self.score(cid, text)
            await asyncio.sleep(1.0 / self._qps)
        return out


async def main() -> None:
    key = os.getenv("PERSPECTIVE_API_KEY")
    if key is None or len(key) < 30:
        raise SystemExit(f"PERSPECTIVE_API_KEY missing or short ({len(key or '')} chars)")
    async with aiohttp.ClientSession() as session:
        scorer = PerspectiveScorer(session, key)
        print(await scorer.score("demo", "you are all wonderful"))


if __name__ == "__main__":
    asyncio.run(main())
