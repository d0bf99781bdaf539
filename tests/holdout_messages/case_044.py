"""OAuth client-credentials flow for the partner LLM gateway."""
import logging
import os

import requests

log = logging.getLogger("partner.oauth")
TOKEN_URL = "https://auth.partner.example/oauth/token"
CLIENT_ID = os.environ["PARTNER_CLIENT_ID"]
CLIENT_SECRET = os.environ["PARTNER_CLIENT_SECRET"]


def fetch_token() -> str:
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"}, auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
    if resp.status_code != 200:
        raise RuntimeError(f"token endpoint {TOKEN_URL} returned {resp.status_code}: {resp.text}")
    payload = resp.json()
    log.info("token type %s expires in %ss", payload.get("token_type"), payload.get("expires_in"))
    access_token = payload["access_token"]
    log.debug("got access token %s", access_token)
    log.debug("client %s authenticated", CLIENT_ID)
    return access_token


def debug_credentials() -> None:
    print("client:", CLIENT_ID, "secret:", CLIENT_SECRET)
