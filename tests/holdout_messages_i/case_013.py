"""OAuth 2.0 device authorization flow for the `evalctl login` command."""
import json
import logging
import time
from pathlib import Path

import requests

log = logging.getLogger("evalctl.login")

AUTH_BASE = "https://auth.example-evals.dev/oauth"
CLIENT_ID = "evalctl-cli"
TOKEN_CACHE = Path.home() / ".config" / "evalctl" / "token.json"


class LoginError(Exception):
    pass


def start_device_flow() -> dict:
    resp = requests.post(f"{AUTH_BASE}/device/code", data={"client_id": CLIENT_ID, "scope": "evals:run offline_access"}, timeout=10)
    resp.raise_for_status()
    grant = resp.json()
    print(f"Open {grant['verification_uri']} and enter the code {grant['user_code']}")
    log.debug("device grant expires in %ss, poll interval %ss", grant["expires_in"], grant.get("interval", 5))
    return grant


def poll_for_token(grant: dict) -> dict:
    interval = grant.get("interval", 5)
    deadline = time.monotonic() + grant["expires_in"]
    while time.monotonic() < deadline:
        time.sleep(interval)
        resp = requests.post(f"{AUTH_BASE}/token", data={"grant_type": "urn:ietf:params:oauth:grant-type:device_code", "device_code": grant["device_code"], "client_id": CLIENT_ID}, timeout=10)
        body = resp.json()
        if body.get("error") == "authorization_pending":
            continue
        if body.get("error") == "slow_down":
            interval += 5
            continue
        if "error" in body:
            raise LoginError(f"login failed: {body['error']} ({body.get('error_description', 'no description')})")
        log.info("logged in: token_type=%s expires_in=%s scope=%s", body["token_type"], body["expires_in"], body.get("scope"))
        log.debug("access token %s", body["access_token"])
        return body
    raise LoginError("device code expired before the login finished")


def save_tokens(tokens: dict) -> None:
    TOKEN_CACHE.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_CACHE.write_text(json.dumps({"access_token": tokens["access_token"], "refresh_token": tokens.get("refresh_token")}))
    TOKEN_CACHE.chmod(0o600)
    log.info("tokens saved to %s", TOKEN_CACHE)
    if not tokens.get("refresh_token"):
        log.warning("no refresh token issued; you will need to log in again in %ss", tokens["expires_in"])
