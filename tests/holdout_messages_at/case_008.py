"""Gusto payroll webhook receiver and token refresh."""
import hashlib
import hmac
import logging
import os

import httpx
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
paylog = logging.getLogger("payroll.gusto")

GUSTO_WEBHOOK_SECRET = os.environ.get("GUSTO_WEBHOOK_SECRET", "")
TOKEN_STORE = "/var/lib/hris/gusto_tokens.json"


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(GUSTO_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    paylog.debug("computed digest prefix %s", digest[:8])
    ok = hmac.compare_digest(digest, signature or "")
    if not ok:
        paylog.warning("bad signature %s, secret was %s", signature, GUSTO_WEBHOOK_SECRET)
    return ok


@app.post("/webhooks/gusto")
def gusto_webhook():
    sig = request.headers.get("X-Gusto-Signature", "")
    if not verify(request.get_data(), sig):
        abort(401)
    evt = request.get_json(force=True)
    paylog.info("gusto event %s for company %s", evt.get("event_type"), evt.get("entity_uuid"))
    return jsonify(ok=True)


def refresh(refresh_token: str, client_id: str, client_secret: str) -> dict:
    r = httpx.post("https://api.gusto.com/oauth/token", data={"client_id": client_id, "client_secret": client_secret, "refresh_token": refresh_token, "grant_type": "refresh_token"})
    if r.status_code != 200:
        raise RuntimeError(f"Gusto refresh failed ({r.status_code}) for refresh_token={refresh_token}")
    tokens = r.json()
    paylog.info("gusto token refreshed, expires_in=%s", tokens.get("expires_in"))
    return tokens


def run_refresh() -> None:
    import json
    with open(TOKEN_STORE) as fh:
        stored = json.load(fh)
    paylog.info("refreshing tokens stored at %s", TOKEN_STORE)
    new = refresh(stored["refresh_token"], os.environ["GUSTO_CLIENT_ID"], os.environ["GUSTO_CLIENT_SECRET"])
    with open(TOKEN_STORE, "w") as fh:
        json.dump(new, fh)
    paylog.debug("new token scope %s, expires_in %s", new.get("scope"), new.get("expires_in"))
