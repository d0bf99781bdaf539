"""API-Football (RapidAPI) fixtures loader for the club's match-centre page."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

LOG = logging.getLogger("matchcentre.fixtures")

RAPIDAPI_HOST = "api-football-v1.p.rapidapi.com"
KEY_HEADER = "x-rapidapi-key"


@dataclass
class FixturesClient:
    team_id: int
    season: int
    rapidapi_key: str = field(repr=False)
    timeout: float = 12.0

    @property
    def headers(self) -> dict[str, str]:
        return {KEY_HEADER: self.rapidapi_key, "x-rapidapi-host": RAPIDAPI_HOST}

    def fixtures(self, upcoming: int = 5) -> list[dict]:
        url = f"https://{RAPIDAPI_HOST}/v3/fixtures"
        params = {"team": self.team_id, "season": self.season, "next": upcoming}
        LOG.debug("GET %s params=%s headers=%s", url, params, self.headers)
        resp = requests.get(url, headers=self.headers, params=params, timeout=self.timeout)
        if resp.status_code == 403:
            raise PermissionError(f"RapidAPI refused key {self.rapidapi_key} for host {RAPIDAPI_HOST}")
        remaining = resp.headers.get("x-ratelimit-requests-remaining")
        LOG.info("fixtures %s: HTTP %s, quota left %s", self.team_id, resp.status_code, remaining)
        resp.raise_for_status()
        return resp.json().get("response", [])


def load_client() -> FixturesClient:
    key = os.environ.get("RAPIDAPI_KEY", "")
    client = FixturesClient(team_id=int(os.environ.get("CLUB_TEAM_ID", "66")), season=date.today().year, rapidapi_key=key)
    LOG.info("fixtures client %r (header %s)", client, KEY_HEADER)
    return client


def render(rows: list[dict]) -> str:
    lines = []
    for fx in rows:
        home = fx["teams"]["home"]["name"]
        away = fx["teams"]["away"]["name"]
        kick = fx["fixture"]["date"][:16].replace("T", " ")
        lines.append(f"{kick}  {home} v {away}")
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(render(load_client().fixtures()))
