"""Teamtailor -> internal talent pool importer (plain functions, run nightly)."""
import json
import logging
import os
from pathlib import Path

import requests

logger = logging.getLogger("talentpool")

CONFIG_PATH = Path(os.getenv("TALENTPOOL_CONFIG", "/etc/talentpool/config.json"))
TT_API = "https://api.teamtailor.com/v1"
TT_VERSION = "20240404"


def load_config() -> dict:
    cfg = json.loads(CONFIG_PATH.read_text())
    logger.info("config sections: %s", sorted(cfg))
    logger.info("teamtailor region %s, api version %s", cfg.get("region"), TT_VERSION)
    return cfg


def tt_headers(cfg: dict) -> dict:
    return {
        "Authorization": f"Token token={cfg['teamtailor_token']}",
        "X-Api-Version": TT_VERSION,
    }


def fetch_candidates(cfg: dict, page: int = 1) -> list:
    headers = tt_headers(cfg)
    resp = requests.get(f"{TT_API}/candidates", headers=headers, params={"page[number]": page})
    if resp.status_code == 401:
        logger.error("401 from Teamtailor, headers sent: %s", headers)
        return []
    resp.raise_for_status()
    return resp.json()["data"]


def push_to_pool(cfg: dict, candidates: list) -> None:
    pool_token = cfg["pool_api_token"]
    for cand in candidates:
        r = requests.post(cfg["pool_url"], json={"external_id": cand["id"]}, headers={"X-Token": pool_token})
        if r.status_code >= 500:
            raise ConnectionError("talent pool down, token=" + pool_token)
        logger.debug("pushed %s -> %s", cand["id"], r.status_code)


def main() -> None:
    cfg = load_config()
    page = 1
    while True:
        batch = fetch_candidates(cfg, page)
        if not batch:
            break
        push_to_pool(cfg, batch)
        page += 1


if __name__ == "__main__":
    main()
