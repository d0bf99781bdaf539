"""Figma OAuth app: token refresh job for connected design teams (plain functions)."""
import json
import logging
import os
import pathlib
import time

import requests

log = logging.getLogger("figma.oauth")

STORE = pathlib.Path(os.environ.get("FIGMA_TOKEN_STORE", "/var/lib/figma-app/tokens.json"))
CLIENT_ID = os.environ["FIGMA_CLIENT_ID"]
CLIENT_SECRET = os.environ["FIGMA_CLIENT_SECRET"]
REFRESH_MARGIN = 600


def load() -> dict:
    return json.loads(STORE.read_text()) if STORE.exists() else {}


def save(data: dict) -> None:
    STORE.write_text(json.dumps(data))
    log.info("saved %d team tokens to %s", len(data), STORE)


def refresh(team: str, entry: dict) -> dict:
    r = requests.post("https://api.figma.com/v1/oauth/refresh", data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "refresh_token": entry["refresh_token"]}, timeout=15)
    if r.status_code != 200:
        log.error("refresh for %s failed: %s %s", team, r.status_code, r.text)
        raise RuntimeError(f"cannot refresh Figma token for {team} with refresh token {entry['refresh_token']}")
    data = r.json()
    entry.update(access_token=data["access_token"], expires_at=time.time() + data["expires_in"])
    log.info("refreshed %s, expires_in=%s user_id=%s", team, data["expires_in"], data.get("user_id"))
    return entry


def run() -> None:
    tokens = load()
    for team, entry in tokens.items():
        if entry.get("expires_at", 0) - time.time() < REFRESH_MARGIN:
            tokens[team] = refresh(team, entry)
        else:
            log.debug("team %s still valid, access token %s", team, entry["access_token"])
    save(tokens)


if __name__ == "__main__":
    run()
