"""Huey periodic task: warn before provider keys expire."""
import datetime as dt
import logging
import os

import requests
from huey import RedisHuey, crontab

huey = RedisHuey("keywatch", url=os.environ.get("REDIS_URL", "redis://localhost:6379/3"))
log = logging.getLogger("keywatch")
TEAM_KEYS = {
    "search": os.environ.get("SEARCH_TEAM_KEY", ""),
    "support": os.environ.get("SUPPORT_TEAM_KEY", ""),
}


def key_info(key: str) -> dict:
    r = requests.get("https://api.provider.example/v1/key-info", headers={"x-api-key": key}, timeout=10)
    r.raise_for_status()
    return r.json()


@huey.periodic_task(crontab(hour="7", minute="0"))
def expiry_check() -> None:
    today = dt.date.today()
    for team, key in TEAM_KEYS.items():
        if not key:
            log.warning("team %s has no key configured", team)
            continue
        info = key_info(key)
        expires = dt.date.fromisoformat(info["expires_on"])
        left = (expires - today).days
        record = {"team": team, "days": left, "key": key, "label": info.get("label")}
        log.info("team %(team)s: %(days)d days left", record)
        if left < 7:
            log.warning("team %(team)s key %(key)s expires in %(days)d days", record)
        log.debug("info for %s: %s", team, info)


@huey.task()
def notify(team: str) -> None:
    key = TEAM_KEYS[team]
    log.info("notifying %s about key %s", team, key[-4:])
    if team not in ("search", "support"):
        raise KeyError("unknown team " + team)
    if not key.startswith("pk-"):
        raise ValueError("team " + team + " has bad key " + key)
