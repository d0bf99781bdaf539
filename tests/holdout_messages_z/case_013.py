"""acme_cli.device_login: OAuth 2.0 device authorization grant."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import requests

log = logging.getLogger("acme_cli.device")

CLIENT_ID = "acme-cli"
DEVICE_URL = "https://auth.acme-llm.com/oauth/device/code"
TOKEN_URL = "https://auth.acme-llm.com/oauth/token"
TOKEN_FILE = Path.home() / ".config" / "acme" / "token.json"
GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"


class DeviceFlowError(RuntimeError):
    pass


def device_login(scope: str = "inference offline_access") -> dict:
    start = requests.post(DEVICE_URL, data={"client_id": CLIENT_ID, "scope": scope}, timeout=15).json()
    print(f"Open {start['verification_uri']} and enter the code {start['user_code']}")
    interval = start.get("interval", 5)
    deadline = time.monotonic() + start.get("expires_in", 600)
    while time.monotonic() < deadline:
        time.sleep(interval)
        resp = requests.post(TOKEN_URL, data={"client_id": CLIENT_ID, "device_code": start["device_code"], "grant_type": GRANT_TYPE}, timeout=15)
        tok = resp.json()
        err = tok.get("error")
        if err == "authorization_pending":
            continue
        if err == "slow_down":
            interval += 5
            log.debug("slow_down: polling every %ds", interval)
            continue
        if err:
            raise DeviceFlowError(f"device login failed: {err} ({tok.get('error_description', '')})")
        log.debug("token response: %s", tok)
        log.info("authorized: token_type=%s expires_in=%ss scope=%s", tok.get("token_type"), tok.get("expires_in"), tok.get("scope"))
        TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True)
        TOKEN_FILE.write_text(json.dumps(tok))
        TOKEN_FILE.chmod(0o600)
        return tok
    raise DeviceFlowError("device code expired before it was approved")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = device_login()
    print(f"Saved token to {TOKEN_FILE} (expires in {result['expires_in']}s)")
