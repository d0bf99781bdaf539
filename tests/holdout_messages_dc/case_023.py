"""Outreach.io OAuth: token storage and refresh for sequence enrolment."""
import json
import logging
import os
import time
from pathlib import Path

import requests

log = logging.getLogger("outreach")

TOKEN_FILE = Path(os.environ.get("OUTREACH_TOKEN_FILE", "/var/lib/growth/outreach.json"))
TOKEN_URL = "https://api.outreach.io/oauth/token"


def load_tokens() -> dict:
    data = json.loads(TOKEN_FILE.read_text())
    log.info("loaded outreach tokens from %s (keys: %s)", TOKEN_FILE, sorted(data))
    return data


def refresh(tokens: dict) -> dict:
    r = requests.post(TOKEN_URL, data={
        "client_id": os.environ["OUTREACH_CLIENT_ID"],
        "client_secret": os.environ["OUTREACH_CLIENT_SECRET"],
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "redirect_uri": os.environ["OUTREACH_REDIRECT_URI"],
    }, timeout=20)
    if r.status_code != 200:
        log.error("refresh failed %s: %s", r.status_code, r.json().get("error"))
        raise RuntimeError(f"outreach refresh failed using refresh token {tokens['refresh_token']}")
    new = r.json()
    new["obtained_at"] = time.time()
    TOKEN_FILE.write_text(json.dumps(new))
    log.info("refreshed; expires_in=%s scope=%s", new["expires_in"], new.get("scope"))
    log.debug("outreach token response %s", new)
    return new


def enrol(prospect_id: int, sequence_id: int) -> int:
    tokens = load_tokens()
    if time.time() > tokens.get("obtained_at", 0) + tokens.get("expires_in", 0) - 60:
        tokens = refresh(tokens)
    body = {"data": {"type": "sequenceState", "relationships": {
        "prospect": {"data": {"type": "prospect", "id": prospect_id}},
        "sequence": {"data": {"type": "sequence", "id": sequence_id}},
    }}}
    r = requests.post("https://api.outreach.io/api/v2/sequenceStates", json=body,
                      headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=20)
    log.info("enrolled %s in %s -> %s", prospect_id, sequence_id, r.status_code)
    return r.status_code
