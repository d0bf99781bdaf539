"""Clever roster sync: pulls sections and students for the district AI tutor."""
import logging
import os
import time

import requests

clever_log = logging.getLogger("sync.clever")

CLEVER_API = "https://api.clever.com/v3.0"
DISTRICT_TOKEN_VAR = "CLEVER_DISTRICT_TOKEN"


def district_token() -> str:
    token = os.environ.get(DISTRICT_TOKEN_VAR, "")
    if not token:
        raise RuntimeError(f"{DISTRICT_TOKEN_VAR} is empty: {token!r}")
    return token


def paged(path: str, token: str):
    url = f"{CLEVER_API}{path}?limit=500"
    while url:
        r = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if r.status_code == 429:
            wait = int(r.headers.get("Retry-After", "5"))
            clever_log.info("rate limited on %s, sleeping %ss", path, wait)
            time.sleep(wait)
            continue
        if r.status_code == 401:
            raise PermissionError(f"Clever rejected district token {token}")
        body = r.json()
        yield from body.get("data", [])
        nxt = next((l["uri"] for l in body.get("links", []) if l["rel"] == "next"), None)
        url = f"https://api.clever.com{nxt}" if nxt else None


def sync(token: str) -> dict:
    counts = {"sections": 0, "students": 0}
    for sec in paged("/sections", token):
        counts["sections"] += 1
        clever_log.debug("section %s %s", sec["data"]["id"], sec["data"].get("name"))
    for stu in paged("/users?role=student", token):
        counts["students"] += 1
    clever_log.info("sync done: %s", counts)
    return counts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    tok = district_token()
    clever_log.info("syncing with token %s...", tok[:4])
    me = requests.get(f"{CLEVER_API}/me", headers={"Authorization": f"Bearer {tok}"}, timeout=10).json()
    clever_log.info("district %s, token type %s", me["data"].get("district"), me.get("type"))
    clever_log.debug("auth for debug: Bearer %s", tok)
    sync(tok)
