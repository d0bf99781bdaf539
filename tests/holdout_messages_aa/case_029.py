"""Proactive Teams notifications: the on-call bot pings a channel when the LLM gateway degrades."""
from __future__ import annotations

import logging
import os
import time
from typing import Any

import msal
import requests

log = logging.getLogger("teams.proactive")

TENANT_ID = os.environ["BOT_TENANT_ID"]
APP_ID = os.environ["BOT_APP_ID"]
APP_SECRET = os.environ["BOT_APP_SECRET"]
SERVICE_URL = os.environ.get("TEAMS_SERVICE_URL", "https://smba.trafficmanager.net/emea/")
SCOPE = ["https://api.botframework.com/.default"]

_cca = msal.ConfidentialClientApplication(APP_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=APP_SECRET)
_cache: dict[str, Any] = {}


def bot_token() -> str:
    if _cache.get("exp", 0) > time.time() + 60:
        return _cache["tok"]
    result = _cca.acquire_token_for_client(scopes=SCOPE)
    if "access_token" not in result:
        log.error("token request failed: %s %s", result.get("error"), result.get("error_description"))
        raise RuntimeError(f"no bot token for app {APP_ID} in tenant {TENANT_ID}")
    log.info("got bot token, expires in %ss", result["expires_in"])
    log.debug("msal result %s", result)
    _cache.update(tok=result["access_token"], exp=time.time() + int(result["expires_in"]))
    return result["access_token"]


def notify(conversation_id: str, text: str) -> int:
    tok = bot_token()
    r = requests.post(
        f"{SERVICE_URL}v3/conversations/{conversation_id}/activities",
        headers={"Authorization": f"Bearer {tok}"},
        json={"type": "message", "text": text},
        timeout=15,
    )
    if r.status_code == 401:
        _cache.clear()
        log.warning("bearer %s refused for conversation %s", tok, conversation_id)
    elif r.status_code >= 300:
        log.warning("teams returned %s: %s", r.status_code, r.text[:300])
    return r.status_code


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if not APP_SECRET:
        raise SystemExit(f"BOT_APP_SECRET is empty: {APP_SECRET!r}")
    print(notify(os.environ["ONCALL_CONVERSATION_ID"], "LLM gateway p95 latency above 8s"))
