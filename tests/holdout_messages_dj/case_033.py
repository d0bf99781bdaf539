"""Refresh-token rotation for a vendor SSO in front of our model gateway."""
import json
import logging
import time
from pathlib import Path

import requests

logger = logging.getLogger("sso.refresh")
TOKEN_FILE = Path.home() / ".acme" / "sso.json"
SSO_URL = "https://sso.acme.example/oauth/token"
REFRESH_TOKEN_FIELD = "refresh_token"


def read_store():
    if not TOKEN_FILE.exists():
        return {}
    store = json.loads(TOKEN_FILE.read_text())
    logger.debug("store fields %s, expires_at %s", sorted(store), store.get("expires_at"))
    return store


def refresh(client_id):
    store = read_store()
    old_refresh_token = store.get(REFRESH_TOKEN_FIELD)
    if not old_refresh_token:
        raise RuntimeError(f"no {REFRESH_TOKEN_FIELD} in {TOKEN_FILE}; got {old_refresh_token!r}")
    resp = requests.post(SSO_URL, data={"grant_type": "refresh_token", "refresh_token": old_refresh_token,
                                        "client_id": client_id}, timeout=15)
    if resp.status_code == 400:
        logger.error("refresh rejected: %s", resp.json().get("error_description"))
        raise PermissionError(f"refresh token {old_refresh_token} rejected, log in again")
    resp.raise_for_status()
    new = resp.json()
    logger.info("rotated, token_type=%s expires_in=%s", new.get("token_type"), new.get("expires_in"))
    store.update(access_token=new["access_token"], refresh_token=new.get("refresh_token", old_refresh_token),
                 expires_at=time.time() + new["expires_in"])
    TOKEN_FILE.write_text(json.dumps(store))
    logger.debug("new refresh token %s", new.get("refresh_token"))
    return store["access_token"]


def bearer(client_id):
    store = read_store()
    if store.get("expires_at", 0) - 60 < time.time():
        access = refresh(client_id)
    else:
        access = store["access_token"]
    logger.debug("bearer ready for client %s", client_id)
    return {"Authorization": f"Bearer {access}"}
