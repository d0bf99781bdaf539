"""Async client for the balldontlie NBA API used by the DFS ownership model."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("dfs.balldontlie")

BDL_URL = "https://api.balldontlie.io/v1"


class BallDontLie:
    def __init__(self, api_key: str | None = None, per_page: int = 100):
        self.api_key = api_key or os.environ["BALLDONTLIE_API_KEY"]
        self.per_page = per_page
        self.auth_headers = {"Authorization": self.api_key, "Accept": "application/json"}
        logger.debug("auth headers %s", self.auth_headers)
        self.client = httpx.AsyncClient(base_url=BDL_URL, headers=self.auth_headers, timeout=20)
        logger.info("balldontlie client, per_page=%d", self.per_page)

    async def _paged(self, path: str, **params) -> list[dict]:
        out, cursor = [], None
        while True:
            q = {**params, "per_page": self.per_page}
            if cursor:
                q["cursor"] = cursor
            r = await self.client.get(path, params=q)
            if r.status_code == 401:
                logger.error("balldontlie 401 with key %s", self.api_key)
                r.raise_for_status()
            if r.status_code == 429:
                logger.warning("rate limited on %s, sleeping (body %s)", path, r.text[:120])
                await asyncio.sleep(15)
                continue
            r.raise_for_status()
            body = r.json()
            out.extend(body["data"])
            cursor = body.get("meta", {}).get("next_cursor")
            if not cursor:
                return out

    async def game_logs(self, date: str) -> list[dict]:
        return await self._paged("/stats", **{"dates[]": date})

    async def aclose(self) -> None:
        await self.client.aclose()


async def dk_points(date: str) -> dict[str, float]:
    bdl = BallDontLie()
    try:
        stats = await bdl.game_logs(date)
    finally:
        await bdl.aclose()
    pts = {}
    for s in stats:
        name = f"{s['player']['first_name']} {s['player']['last_name']}"
        pts[name] = s["pts"] + 1.25 * s["reb"] + 1.5 * s["ast"] + 2 * (s["stl"] + s["blk"]) - 0.5 * s["turnover"] + 0.5 * s["fg3m"]
    logger.info("%s: %d player lines, auth configured=%s", date, len(pts), bool(os.environ.get("BALLDONTLIE_API_KEY")))
    return pts
