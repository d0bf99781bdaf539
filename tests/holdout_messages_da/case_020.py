"""Support lookups against a Riot-style match-history API for account-compromise tickets."""
import logging
import os
from typing import Any

import httpx

logger = logging.getLogger("support.matchhistory")

REGION_HOSTS = {"euw": "europe.api.riotgames.com", "na": "americas.api.riotgames.com"}
RIOT_TOKEN_HEADER = "X-Riot-Token"


def _client(riot_token: str) -> httpx.Client:
    return httpx.Client(headers={RIOT_TOKEN_HEADER: riot_token}, timeout=8.0)


def puuid_for(riot_token: str, region: str, game_name: str, tag: str) -> str:
    host = REGION_HOSTS.get(region)
    if host is None:
        raise ValueError(f"unknown region {region!r}; known: {sorted(REGION_HOSTS)}")
    with _client(riot_token) as c:
        r = c.get(f"https://{host}/riot/account/v1/accounts/by-riot-id/{game_name}/{tag}")
    if r.status_code == 403:
        logger.error("%s rejected (key %s) - dev keys expire every 24h", RIOT_TOKEN_HEADER, riot_token)
        raise PermissionError("Riot API key expired or invalid")
    r.raise_for_status()
    return r.json()["puuid"]


def recent_logins(riot_token: str, region: str, puuid: str, count: int = 20) -> list[dict[str, Any]]:
    host = REGION_HOSTS[region]
    with _client(riot_token) as c:
        ids = c.get(f"https://{host}/lol/match/v5/matches/by-puuid/{puuid}/ids", params={"count": count}).json()
        out = []
        for mid in ids:
            m = c.get(f"https://{host}/lol/match/v5/matches/{mid}")
            if m.status_code == 429:
                logger.warning("rate limited, retry-after %s", m.headers.get("Retry-After"))
                break
            info = m.json()["info"]
            out.append({"match": mid, "start": info["gameStartTimestamp"], "mode": info["gameMode"]})
    logger.info("pulled %d matches for %s", len(out), puuid)
    return out


def build_ticket_note(ticket_id: int, region: str, game_name: str, tag: str) -> str:
    token = os.environ["RIOT_API_KEY"]
    try:
        puuid = puuid_for(token, region, game_name, tag)
    except httpx.HTTPError as exc:
        raise RuntimeError(f"lookup for ticket {ticket_id} failed using {token}: {exc}") from exc
    rows = recent_logins(token, region, puuid)
    return "\n".join(f"{r['start']} {r['mode']} {r['match']}" for r in rows)
