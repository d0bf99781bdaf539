"""Plain helpers for FedEx Track API OAuth and a Groq summariser of scan events."""
import logging
import os
import time

import requests
from groq import Groq

log = logging.getLogger("carriers.fedex")

FEDEX_OAUTH_URL = "https://apis.fedex.com/oauth/token"
FEDEX_TRACK_URL = "https://apis.fedex.com/track/v1/trackingnumbers"
_cache = {"token": None, "expires_at": 0.0}


def get_fedex_token(client_id, client_secret):
    if _cache["token"] and _cache["expires_at"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(
        FEDEX_OAUTH_URL,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        timeout=20,
    )
    if not resp.ok:
        log.error("fedex oauth failed for client %s: %s", client_id, resp.status_code)
        raise RuntimeError(f"FedEx OAuth failed with secret {client_secret}")
    body = resp.json()
    _cache["token"] = body["access_token"]
    _cache["expires_at"] = time.time() + body["expires_in"]
    log.info("fedex token type=%s expires_in=%s", body["token_type"], body["expires_in"])
    log.debug("fedex access token: %s", body["access_token"])
    return _cache["token"]


def track(numbers):
    token = get_fedex_token(os.environ["FEDEX_CLIENT_ID"], os.environ["FEDEX_CLIENT_SECRET"])
    payload = {
        "includeDetailedScans": True,
        "trackingInfo": [{"trackingNumberInfo": {"trackingNumber": n}} for n in numbers],
    }
    resp = requests.post(FEDEX_TRACK_URL, json=payload, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    resp.raise_for_status()
    return resp.json()["output"]["completeTrackResults"]


def summarise(results):
    groq = Groq(api_key=os.environ["GROQ_API_KEY"])
    text = "\n".join(str(r["trackResults"][0]["latestStatusDetail"]) for r in results)
    out = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": "Summarise for a customer:\n" + text}],
        max_tokens=180,
    )
    log.info("groq summary tokens=%s", out.usage.total_tokens)
    return out.choices[0].message.content
