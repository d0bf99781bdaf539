import os
import logging
from typing import Optional

import httpx

LOG = logging.getLogger("league.stats")

SPORTSDATA_BASE = "https://api.sportsdata.example/v3/soccer"


def _api_key() -> str:
    return os.environ["SPORTSDATA_API_KEY"]


def fetch_standings(competition: str, season: int, api_key: Optional[str] = None) -> list:
    api_key = api_key or _api_key()
    url = f"{SPORTSDATA_BASE}/scores/json/Standings/{competition}/{season}"
    resp = httpx.get(url, params={"key": api_key}, timeout=20)
    if resp.status_code == 401:
        raise PermissionError(f"standings request rejected for key {api_key}")
    if resp.status_code == 429:
        raise RuntimeError(f"rate limited: retry after {resp.headers.get('Retry-After')}s")
    resp.raise_for_status()
    rows = resp.json()
    LOG.debug("standings request used key ...%s", api_key[-4:])
    LOG.info("standings %s/%s: %d teams", competition, season, len(rows))
    return rows


def fetch_fixtures(competition: str, date: str) -> list:
    params = {"key": _api_key(), "date": date}
    try:
        resp = httpx.get(f"{SPORTSDATA_BASE}/scores/json/GamesByDate/{competition}", params=params, timeout=20)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        LOG.error("fixtures request failed with params %s: %s", params, exc)
        return []
    LOG.info("fixtures request for date %s ok", params["date"])
    return resp.json()


def league_table(competition: str, season: int) -> str:
    rows = fetch_standings(competition, season)
    lines = [f"{r['Order']:>2}. {r['Name']:<24}{r['Points']:>4}" for r in rows]
    return "\n".join(lines)


def key_hint() -> str:
    k = os.environ.get("SPORTSDATA_API_KEY", "")
    return f"{k[:3]}…{k[-4:]}" if k else "(unset)"


if __name__ == "__main__":
    LOG.info("using sportsdata key %s", key_hint())
    print(league_table("EPL", 2025))
