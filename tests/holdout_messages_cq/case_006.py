"""Raiser's Edge NXT (SKY API) token refresh and gift export."""
import json
import logging
from pathlib import Path

import requests

logger = logging.getLogger("sky.export")
CONFIG = Path.home() / ".config" / "re-nxt" / "sky.json"
TOKEN_URL = "https://oauth2.sky.blackbaud.com/token"
SUBSCRIPTION_HEADER = "Bb-Api-Subscription-Key"


def load_config():
    cfg = json.loads(CONFIG.read_text())
    logger.info("loaded SKY config keys %s from %s", sorted(cfg), CONFIG)
    return cfg


def refresh(cfg):
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "refresh_token",
        "refresh_token": cfg["refresh_token"],
        "client_id": cfg["client_id"],
        "client_secret": cfg["client_secret"],
    }, timeout=20)
    if resp.status_code != 200:
        logger.error("token refresh failed %s: %s", resp.status_code, resp.text)
        raise RuntimeError(f"SKY refresh failed for client {cfg['client_id']} using refresh token {cfg['refresh_token']}")
    tokens = resp.json()
    logger.info("new access token expires in %s s, type %s", tokens["expires_in"], tokens["token_type"])
    logger.debug("token response: %s", tokens)
    cfg["refresh_token"] = tokens["refresh_token"]
    CONFIG.write_text(json.dumps(cfg))
    return tokens["access_token"]


def export_gifts(cfg, since):
    access_token = refresh(cfg)
    headers = {"Authorization": f"Bearer {access_token}", SUBSCRIPTION_HEADER: cfg["subscription_key"]}
    r = requests.get("https://api.sky.blackbaud.com/gift/v1/gifts", headers=headers,
                     params={"date_added": since, "limit": 500}, timeout=60)
    if r.status_code == 401:
        logger.warning("unauthorized with subscription key %s", cfg["subscription_key"])
        return []
    logger.info("header used: %s", SUBSCRIPTION_HEADER)
    gifts = r.json().get("value", [])
    logger.info("exported %d gifts since %s", len(gifts), since)
    return gifts


if __name__ == "__main__":
    c = load_config()
    for gift in export_gifts(c, "2024-01-01"):
        print(gift["id"], gift["amount"]["value"])
