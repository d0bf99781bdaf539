"""Weekly recap generator for our Sleeper dynasty league."""
import asyncio
import logging
import os

import httpx
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, RateLimited

log = logging.getLogger("recaps.sleeper")

SLEEPER_BASE = "https://api.sleeper.app/v1"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class RecapBot:
    def __init__(self, league_id: str, season: int = 2025):
        self.league_id = league_id
        self.season = season
        self.openai_key = os.environ[OPENAI_KEY_VAR]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.max_tokens = 700
        self.llm = AsyncOpenAI(api_key=self.openai_key)
        log.info("recap bot for league %s (season %s)", self.league_id, self.season)
        log.debug("using key from $%s", OPENAI_KEY_VAR)
        log.debug("openai key loaded: %s", self.openai_key)

    async def matchups(self, week: int) -> list[dict]:
        async with httpx.AsyncClient(base_url=SLEEPER_BASE, timeout=10) as http:
            resp = await http.get(f"/league/{self.league_id}/matchups/{week}")
            resp.raise_for_status()
            return resp.json()

    async def write_recap(self, week: int) -> str:
        rows = await self.matchups(week)
        top = sorted(rows, key=lambda r: r.get("points", 0), reverse=True)[:3]
        out = await self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Write a cheeky recap: {top}"}],
        )
        log.info("recap week %d used %d tokens (cap %d)", week, out.usage.total_tokens, self.max_tokens)
        return out.choices[0].message.content

    async def red_team(self) -> dict:
        async with AsyncModelRed(self.mr_key, timeout=30.0) as mr:
            try:
                job = await mr.create_assessment(model_id="sleeper-recap-bot", probe_pack_ids=["toxicity", "pii"])
            except RateLimited as e:
                log.warning("modelred rate limited, retry after %s", e.retry_after)
                return {"ok": False, "error": "rate limited, try later"}
            except APIError as e:
                log.error("modelred failed: %s", e)
                return {"ok": False, "error": str(e)}
        return {"ok": True, "assessment": job["id"]}


if __name__ == "__main__":
    bot = RecapBot(os.environ.get("SLEEPER_LEAGUE_ID", "0"))
    print(asyncio.run(bot.write_recap(int(os.environ.get("WEEK", "1")))))
