"""Async poller for football-data.org: pushes live scores into the clubhouse TV feed."""
import asyncio
import os

import aiohttp
import structlog

slog = structlog.get_logger("clubhouse.livescores")

API = "https://api.football-data.org/v4"
TOKEN_HEADER = "X-Auth-Token"
COMPETITIONS = ("PL", "ELC", "FL1")


async def poll_competition(session: aiohttp.ClientSession, code: str, token: str) -> list[dict]:
    async with session.get(f"{API}/competitions/{code}/matches", params={"status": "LIVE"}, headers={TOKEN_HEADER: token}) as resp:
        left = resp.headers.get("X-Requests-Available-Minute")
        if resp.status == 403:
            slog.error("football-data forbidden", competition=code, token=token)
            return []
        if resp.status == 429:
            slog.warning("throttled", competition=code, header=TOKEN_HEADER, available=left)
            await asyncio.sleep(60)
            return []
        body = await resp.json()
        return body.get("matches", [])


async def push_to_tv(matches: list[dict]) -> None:
    lines = []
    for m in matches:
        home, away = m["homeTeam"]["shortName"], m["awayTeam"]["shortName"]
        ft = m["score"]["fullTime"]
        lines.append(f"{home} {ft['home']}-{ft['away']} {away}")
    slog.info("tv update", lines=len(lines))


async def main() -> None:
    token = os.environ.get("FOOTBALL_DATA_TOKEN")
    if not token:
        slog.error("no football-data token", env="FOOTBALL_DATA_TOKEN", value=token)
        return
    slog.info("starting poller", competitions=COMPETITIONS, token_tail=token[-4:])
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
        while True:
            batches = await asyncio.gather(*(poll_competition(session, c, token) for c in COMPETITIONS))
            live = [m for b in batches for m in b]
            await push_to_tv(live)
            await asyncio.sleep(30 if live else 300)


if __name__ == "__main__":
    asyncio.run(main())
